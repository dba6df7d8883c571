"""`FRESH251`, the two-hundred-and-fifty-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window
in their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six kinds of people write them:
- farmer2: a farmer, unhurried, plain country talk: "Go on and set the red block down in the blue bowl, would you."
- vietnamese2: a Vietnamese speaker writing English with small slips: "Please put the red block on top the blue block."
- coach: a sports coach, encouraging, short calls: "Red block, top left corner. Let's go, you got this!"
- editor: a newspaper editor, crisp and exact: "Move the red block to the bin."
- sleepy: a sleepy person late at night, lower case, trailing off: "just put the red block on the table i guess..."
- plain32: a plain, ordinary adult with no quirks: "Please take the red block out of the blue bowl and put it in the
  green bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on fb9c9b5, the code of ad276a5, before anything it could prompt): 0.89
goal-correct (267 of 300), 25 refused, no question, three wrong actions and five wrong replies. The wrong actions: the
coach's "Bin X and Y, but Z stays right where it is. Got it? Good!" binned only X (three times; twice refused). The
wrong replies: the sleepy person's "how many blocks r on the table... and is X in W". The refusals: the farmer's "I'd
like X and Y both put in W, whenever you get round to it.", "Put X in W, but let Y be. Leave it lay right where it is."
and (twice) "Go ahead and put every block in the bin 'cept X. Keep that one out of there."; the coach's "Get X off Y!
Not into the bin though, keep it in play!"; the Vietnamese speaker's "Please put the block nearest with the bottom right
corner into the bin."; the plain adult's (once) "Could you put every block that matches a bowl's colour into that bowl,
and leave the rest alone?"
"""

from __future__ import annotations

import math

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    count_in,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]


# ----- helpers --------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    c = _act(check)
    return None if c(w.state, w.state) else (text, c)


def _loose(w: World) -> list[str]:
    """Blocks not in the bin (and not held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _tower(w: World, b: str) -> set[str]:
    return {b, *_below(w, b), *w.state.above(b)}


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _can_stack(w: World, x: str, y: str) -> bool:
    """Whether `x` can go on `y` without a tower growing too tall (kept simple: different towers)."""
    return x != y and y not in _tower(w, x) and len(_below(w, y)) + 2 <= layout.MAX_TOWER


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    return [(x, y) for x in _loose(w) for y in _loose(w) if _can_stack(w, x, y)]


def _on_table(s: SymState, b: str) -> bool:
    return s.base(b) in (TABLE, *PLACES)


def _at(place: str) -> str:
    return f"in the {place}"


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, point: tuple[float, float], cands: list[str]) -> str | None:
    """The one block clearly nearest `point` (None when two are close to a tie, a tower included)."""
    ranked = sorted(cands, key=lambda b: math.dist(_xy(w, b), point))
    if len(ranked) < 2:
        return ranked[0] if ranked else None
    d0, d1 = math.dist(_xy(w, ranked[0]), point), math.dist(_xy(w, ranked[1]), point)
    return ranked[0] if d1 - d0 >= 0.04 else None


def _moving_for_match(w: World) -> list[str]:
    return [r.block for r in matching(w) if not holds(r, w.state)]


# ----- imperative -----------------------------------------------------------------------------------
def t251_imp_farmer2(w: World) -> Made:
    for x in w.pick(_loose(w), len(_loose(w))):
        bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b)]
        if bowls:
            bowl = w.rng.choice(bowls)
            return _made(w, f"Go on and set the {x} down in the {bowl}, would you.", rels(Rel("in", x, bowl)))
    return None


def t251_imp_vietnamese2(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Please put the {x} on top the {y}.", rels(Rel("on", x, y)))


def t251_imp_coach(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    place = w.rng.choice(_CORNERS)
    cap = x[0].upper() + x[1:]
    return _made(w, f"{cap}, {place}. Let's go, you got this!", rels(Rel("at", x, place)))


def t251_imp_editor(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    return _made(w, f"Move the {x} to the bin.", rels(Rel("in_bin", x)))


def t251_imp_sleepy(w: World) -> Made:
    cands = [b for b in _loose(w) if w.state.support[b] not in (TABLE, *PLACES)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    return _made(w, f"just put the {x} on the table i guess...", rels(Rel("on_table", x)))


def t251_imp_plain32(w: World) -> Made:
    cands = [(x, b) for x in w.in_bowls() for b in w.bowls if b != w.state.base(x) and _room(w, b)]
    if not cands:
        return None
    x, bowl2 = w.rng.choice(cands)
    bowl = w.state.base(x)
    return _made(w, f"Please take the {x} out of the {bowl} and put it in the {bowl2}.", rels(Rel("in", x, bowl2)))


# ----- declarative ----------------------------------------------------------------------------------
def t251_dec_farmer2(w: World) -> Made:
    cands = [(x, b) for x in _loose(w) for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    if not cands:
        return None
    x, bowl = w.rng.choice(cands)
    return _made(w, f"Reckon the {x} ought to be sittin' in the {bowl}.", rels(Rel("in", x, bowl)))


def t251_dec_vietnamese2(w: World) -> Made:
    pairs = _stack_pairs(w)
    w.rng.shuffle(pairs)
    for x, y in pairs:
        others = [z for z in _loose(w) if z not in (x, y)]
        if others:
            z = w.rng.choice(others)
            text = f"The {x} should be on the {y}, and the {z} should be in the bin."
            return _made(w, text, rels(Rel("on", x, y), Rel("in_bin", z)))
    return None


def t251_dec_coach(w: World) -> Made:
    cands = [(x, b) for x in _loose(w) for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    if not cands:
        return None
    x, bowl = w.rng.choice(cands)
    return _made(w, f"Final whistle: the {x} is in the {bowl}. Make it happen!", rels(Rel("in", x, bowl)))


def t251_dec_editor(w: World) -> Made:
    xs = w.pick(_loose(w), 2)
    if not xs:
        return None
    x, y = xs
    place = w.rng.choice(PLACES)
    text = f"Required outcome: the {x} {_at(place)}, the {y} in the bin."
    return _made(w, text, rels(Rel("at", x, place), Rel("in_bin", y)))


def t251_dec_sleepy(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"the {x} should be on the {y}... yeah", rels(Rel("on", x, y)))


def t251_dec_plain32(w: World) -> Made:
    cands = [(x, b) for x in _loose(w) for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    if not cands:
        return None
    x, bowl = w.rng.choice(cands)
    return _made(w, f"The {x} belongs in the {bowl}.", rels(Rel("in", x, bowl)))


# ----- desiderative ---------------------------------------------------------------------------------
def t251_des_farmer2(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        outside = [b for b in _loose(w) if w.state.base(b) != bowl]
        if len(outside) >= 2 and _room(w, bowl, 2):
            x, y = w.pick(outside, 2)
            text = f"I'd like the {x} and the {y} both put in the {bowl}, whenever you get round to it."
            return _made(w, text, rels(Rel("in", x, bowl), Rel("in", y, bowl)))
    return None


def t251_des_vietnamese2(w: World) -> Made:
    bottoms = [b for b in _loose(w) if w.state.support[b] in (TABLE, *PLACES)]
    if not bottoms:
        return None
    x = w.rng.choice(bottoms)
    rest = [b for b in _loose(w) if b != x]
    if len(rest) < 2:
        return None
    y, z = w.pick(rest, 2)
    text = f"I want make a tower: the {x} at bottom, the {y} on it, and the {z} on the top."
    return _made(w, text, rels(Rel("stacked", x, y, z), Rel("clear", z)))


def t251_des_coach(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    return _made(w, f"I wanna see the {x} in the bin, nice and quick!", rels(Rel("in_bin", x)))


def t251_des_editor(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"My goal: the {x} on the {y}.", rels(Rel("on", x, y)))


def t251_des_sleepy(w: World) -> Made:
    cands = [(x, b) for x in _loose(w) for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    if not cands:
        return None
    x, bowl = w.rng.choice(cands)
    return _made(w, f"id like the {x} in the {bowl} pls", rels(Rel("in", x, bowl)))


def t251_des_plain32(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    place = w.rng.choice(PLACES)
    return _made(w, f"I'd love it if the {x} ended up {_at(place)}.", rels(Rel("at", x, place)))


# ----- quantified -----------------------------------------------------------------------------------
def t251_qua_farmer2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Tip every last block out of the {bowl} and into the bin.", binned(inside))


def t251_qua_vietnamese2(w: World) -> Made:
    table = w.state.on_the_table()
    cands = [b for b in w.bowls if table and _room(w, b, len(table))]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    text = f"Please put all the blocks on the table into the {bowl}."
    return _made(w, text, rels(*(Rel("in", b, bowl) for b in table)))


def t251_qua_coach(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(_loose(w)) < 2:
        return None
    text = f"Two blocks in the {bowl}. Exactly two, no more, no less. Let's go!"
    return _made(w, text, count_in(bowl, 2))


def t251_qua_editor(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    check: Check = lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in f.bowls)
    return _made(w, "Put exactly one block in each bowl.", check)


def t251_qua_sleepy(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > len(layout.BIN_SLOTS):
        return None
    return _made(w, "put all the blocks in the bin... all of them", binned(blocks))


def t251_qua_plain32(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    check: Check = lambda _i, f: all(f.in_bowl(b) for b in f.bowls)
    return _made(w, "Could you make sure every bowl has at least one block in it?", check)


# ----- negated --------------------------------------------------------------------------------------
def t251_neg_farmer2(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    others = [b for b in _loose(w) if b != x]
    if len(others) > len(layout.BIN_SLOTS):
        return None
    text = f"Go ahead and put every block in the bin 'cept the {x}. Keep that one out of there."
    return _made(w, text, both(binned(others), none_binned([x])))


def t251_neg_vietnamese2(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.rng.choice(cands)
    bowl = w.state.base(x)
    text = f"Please take the {x} out from the {bowl}, but don't put it in the bin."
    check: Check = lambda _i, f: f.base(x) not in (bowl, BIN)
    return _made(w, text, check)


def t251_neg_coach(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.base(x) != BIN]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"Get the {x} off the {y}! Not into the bin though, keep it in play!"
    check: Check = lambda _i, f: f.support[x] != y and f.base(x) != BIN
    return _made(w, text, check)


def t251_neg_editor(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 3:
        return None
    pairs = [(x, y) for x, y in w.pairs() if x in blocks]
    if pairs and w.rng.random() < 0.6:
        x, y = w.rng.choice(pairs)
    else:
        x = w.rng.choice(blocks)
        y = w.rng.choice([b for b in blocks if b != x])
    if not any(_can_stack(w, x, z) for z in blocks if z != y):
        return None
    text = f"Move the {x} onto a block other than the {y}."
    check: Check = lambda _i, f: f.support[x] in f.support and f.support[x] != y
    return _made(w, text, check)


def t251_neg_sleepy(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.rng.choice(_loose(w))
    avoid = w.rng.choice(w.bowls)
    if not any(_room(w, b) for b in w.bowls if b != avoid):
        return None
    text = f"put the {x} in a bowl but not the {avoid}... any other one"
    check: Check = lambda _i, f: f.base(x) in f.bowls and f.base(x) != avoid
    return _made(w, text, check)


def t251_neg_plain32(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"Move every block out of the {bowl}, but not into the bin."
    check: Check = lambda _i, f: all(f.base(b) not in (bowl, BIN) for b in inside)
    return _made(w, text, check)


# ----- relative -------------------------------------------------------------------------------------
def t251_rel_farmer2(w: World) -> Made:
    cands = [(x, y, b) for x, y in w.pairs() for b in w.bowls
             if len(w.state.on_top(y)) == 1 and w.state.base(x) != b and _room(w, b)]
    if not cands:
        return None
    x, y, bowl = w.rng.choice(cands)
    text = f"That block sittin' on top of the {y}, set it in the {bowl} for me."
    return _made(w, text, rels(Rel("in", x, bowl)))


def t251_rel_vietnamese2(w: World) -> Made:
    corner = w.rng.choice(_CORNERS)
    x = _nearest(w, layout.PLACES[corner], _loose(w))
    if x is None:
        return None
    return _made(w, f"Please put the block nearest with the {corner} into the bin.", rels(Rel("in_bin", x)))


def t251_rel_coach(w: World) -> Made:
    cands = [(x, y, b) for x, y in w.pairs() for b in w.bowls if w.state.base(y) != b and _room(w, b)]
    if not cands:
        return None
    x, y, bowl = w.rng.choice(cands)
    text = f"The block under the {x}: into the {bowl}. Go go go!"
    return _made(w, text, rels(Rel("in", y, bowl)))


def t251_rel_editor(w: World) -> Made:
    bottoms = {(_below(w, x) or [x])[-1] for x, _y in w.pairs()}
    if len(bottoms) != 1:
        return None
    (bottom,) = bottoms
    return _made(w, "Place the bottom block of the stack in the bin.", rels(Rel("in_bin", bottom)))


def t251_rel_sleepy(w: World) -> Made:
    empty = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empty:
        return None
    bowl = w.rng.choice(empty)
    x = _nearest(w, _xy(w, bowl), _loose(w))
    if x is None:
        return None
    return _made(w, f"the block closest to the {bowl}... just drop it in there", rels(Rel("in", x, bowl)))


def t251_rel_plain32(w: World) -> Made:
    single = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    (x,) = w.state.in_bowl(bowl)
    ys = [y for y in _loose(w) if w.state.base(y) != bowl and _can_stack(w, x, y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = f"Take whichever block is in the {bowl} and put it on the {y}."
    return _made(w, text, rels(Rel("on", x, y)))


# ----- keep -----------------------------------------------------------------------------------------
def t251_keep_farmer2(w: World) -> Made:
    cands = [(x, b) for x in _loose(w) for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    if not cands:
        return None
    x, bowl = w.rng.choice(cands)
    ks = [k for k in _loose(w) if k != x and k not in w.state.above(x)]
    if not ks:
        return None
    k = w.rng.choice(ks)
    text = f"Put the {x} in the {bowl}, but let the {k} be. Leave it lay right where it is."
    return _made(w, text, both(rels(Rel("in", x, bowl)), kept(k)))


def t251_keep_vietnamese2(w: World) -> Made:
    pairs = _stack_pairs(w)
    w.rng.shuffle(pairs)
    for x, y in pairs:
        ks = [k for k in _loose(w) if k not in (x, y) and k not in w.state.above(x) + w.state.above(y)]
        if ks:
            k = w.rng.choice(ks)
            text = f"Please stack the {x} on the {y}, and keep the {k} at same place."
            return _made(w, text, both(rels(Rel("on", x, y)), kept(k)))
    return None


def t251_keep_coach(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 3:
        return None
    x, y = w.pick(blocks, 2)
    ks = [k for k in blocks if k not in (x, y) and k not in w.state.above(x) + w.state.above(y)]
    if not ks:
        return None
    k = w.rng.choice(ks)
    text = f"Bin the {x} and the {y}, but the {k} stays right where it is. Got it? Good!"
    return _made(w, text, both(binned([x, y]), kept(k)))


def t251_keep_editor(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    ks = [k for k in _loose(w) if k not in inside]
    if not ks:
        return None
    k = w.rng.choice(ks)
    text = f"Empty the {bowl} into the bin; leave the {k} untouched."
    return _made(w, text, both(binned(inside), kept(k)))


def t251_keep_sleepy(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    ks = [k for k in _loose(w) if k != x and k not in w.state.above(x)]
    if not ks:
        return None
    k = w.rng.choice(ks)
    place = w.rng.choice(PLACES)
    where = "to the middle" if place == "middle" else f"to the {place}"
    text = f"move the {x} {where} but dont touch the {k} ok"
    return _made(w, text, both(rels(Rel("at", x, place)), kept(k)))


def t251_keep_plain32(w: World) -> Made:
    cands = [b for b in _loose(w) if w.state.is_clear(b) and w.state.support[b] not in (TABLE, *PLACES)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    others = [b for b in w.blocks if b != x]
    text = f"Put the {x} on the table and leave everything else as it is."
    return _made(w, text, both(rels(Rel("on_table", x)), kept(*others)))


# ----- multi-step -----------------------------------------------------------------------------------
def t251_multi_farmer2(w: World) -> Made:
    cands = [(x, b) for x in _loose(w) for b in w.bowls if w.state.base(x) != b and _room(w, b, 2)]
    if not cands:
        return None
    x, bowl = w.rng.choice(cands)
    y = w.rng.choice([b for b in _loose(w) if b != x])
    text = f"First put the {x} in the {bowl}, then after that set the {y} on top of it."
    return _made(w, text, rels(Rel("in", x, bowl), Rel("on", y, x)))


def t251_multi_vietnamese2(w: World) -> Made:
    pairs = _stack_pairs(w)
    w.rng.shuffle(pairs)
    for y, z in pairs:
        xs = [b for b in _loose(w) if b not in (y, z)]
        if xs:
            x = w.rng.choice(xs)
            text = f"First you put the {x} into the bin, after that put the {y} on the {z}."
            return _made(w, text, rels(Rel("in_bin", x), Rel("on", y, z)))
    return None


def t251_multi_coach(w: World) -> Made:
    blocks = _loose(w)
    x, y = w.pick(blocks, 2)
    place = w.rng.choice(_CORNERS)
    text = f"Step one: the {x} to the {place}. Step two: the {y} right on top of it. Go!"
    return _made(w, text, rels(Rel("at", x, place), Rel("on", y, x)))


def t251_multi_editor(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in _loose(w) if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f"First, empty the {bowl} onto the table; then place the {x} in it."
    check: Check = lambda _i, f: all(_on_table(f, b) for b in inside) and holds(Rel("in", x, bowl), f)
    return _made(w, text, check)


def t251_multi_sleepy(w: World) -> Made:
    x, y = w.pick(_loose(w), 2)
    bowls = w.pick(w.bowls, len(w.bowls))
    if len(bowls) >= 2:
        b1, b2 = bowls[:2]
        if not (_room(w, b1) and _room(w, b2)):
            return None
        text = f"put the {x} in the {b1} and then the {y} in the {b2}"
    else:
        b1 = b2 = bowls[0]
        if not _room(w, b1, 2):
            return None
        text = f"put the {x} in the {b1} and then the {y} in there too"
    return _made(w, text, rels(Rel("in", x, b1), Rel("in", y, b2)))


def t251_multi_plain32(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.base(x) != BIN]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"Take the {x} off the {y}, then put the {y} on top of the {x}."
    return _made(w, text, rels(Rel("on", y, x)))


# ----- questions ------------------------------------------------------------------------------------
def t251_q_farmer2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks you got sittin' in the {bowl} right now?", answered(str(n))


def t251_q_vietnamese2(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        x, y = w.pick(w.blocks, 2)
        if y in _below(w, x):
            return None
    return f"The {x} is on the {y} or not?", answered(yes(w.state.support[x] == y))


def t251_q_coach(w: World) -> Made:
    tops = [y for y in w.blocks if len(w.state.on_top(y)) == 1]
    if tops and w.rng.random() < 0.6:
        y = w.rng.choice(tops)
        answer = w.state.on_top(y)[0]
    else:
        clear = [b for b in w.blocks if w.state.is_clear(b)]
        y, answer = w.rng.choice(clear), "nothing"
    return f"Quick check, what's sitting on the {y}?", answered(answer)


def t251_q_editor(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.rng.choice(cands)
    return f"Which bowl holds the {x}?", answered(w.state.base(x))


def t251_q_sleepy(w: World) -> Made:
    n = w.state.count_at(TABLE)
    if n == 0:
        return None
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = w.state.base(x) == bowl
    text = f"how many blocks r on the table... and is the {x} in the {bowl}"
    return text, answered(f"{n}|{yes(flag).lower()}")


def t251_q_plain32(w: World) -> Made:
    cands = [x for x in w.blocks if w.state.support[x] in w.bowls
             or (w.state.support[x] in w.state.support and w.state.base(x) in (TABLE, *PLACES))]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = f"Where's the {x}? And how many bowls are there?"
    return text, answered(f"{w.state.support[x]}|{len(w.bowls)}")


# ----- colour matching ------------------------------------------------------------------------------
def t251_match_farmer2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put each block in the bowl that's the same colour as it is.", rels(*want))


def t251_match_vietnamese2(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Please put the {r.block} in the bowl with same colour.", rels(r))


def t251_match_coach(w: World) -> Made:
    want = w.pick(matching(w), min(2, len(matching(w))))
    if not want:
        return None
    calls = ", ".join(f"{r.block} to the {r.target}" for r in want)
    return _made(w, f"Match 'em up: {calls}! Nice work, team!", rels(*want))


def t251_match_editor(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in _loose(w) if b not in {r.block for r in want}]
    text = "Sort the blocks by colour into the matching bowls; any block without a matching bowl goes in the bin."
    return _made(w, text, both(rels(*want), binned(rest)))


def t251_match_sleepy(w: World) -> Made:
    want = matching(w)
    if len(want) < 2:
        return None
    r = w.rng.choice(want)
    x = r.block
    rest = [q for q in want if q.block != x]
    moving = set(_moving_for_match(w)) - {x}
    if moving & set(_below(w, x)):
        return None
    text = f"put the blocks in the bowls that match their colour... except the {x}, leave that one"
    return _made(w, text, both(rels(*rest), kept(x)))


def t251_match_plain32(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    moving = set(_moving_for_match(w))
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(moving & set(_below(w, b)) for b in rest):
        return None
    text = "Could you put every block that matches a bowl's colour into that bowl, and leave the rest alone?"
    return _made(w, text, both(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("farmer2", "vietnamese2", "coach", "editor", "sleepy", "plain32")
FRESH251: list[Template] = [
    (f"t251_{short}_{style}", category, globals()[f"t251_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
