"""`FRESH188`, the hundred-and-eighty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no theme at all: yet more ordinary people on an ordinary day, typing into the robot's chat window in their
own plain words. A hotel receptionist is courteous ("would you kindly", "at your convenience"), an electrician is
practical ("pull", "stick it on", "sorted"), a choir conductor is orderly ("in turn", "one after another"), a bank
teller is exact ("precisely", "no fewer than"), a fisherman is plain ("chuck", "haul", "toss") and a student texts
between lectures ("pls", "thx", "tbh", "rn"). They ask for the everyday jobs: a block into a bowl, onto another block
or a named place, a small tower, clearing a bowl or the table into the bin, sorting by colour, leaving some things as
they are, and plain questions (one or two in a message). The checks accept any order and any free choice the words
leave open; every action must end with nothing in the gripper, and no block the sentence did not send to the bin may
end up there. A block "on the table" rests directly on the table or on a named place of it; a block "in" a bowl, the
bin or a named place may stand on other blocks there.

- hotel: "Would you kindly place the red block in the blue bowl, at your convenience?"
- spark: "Pull the green block off the yellow block and stick it on the table, would you?"
- choir: "One by one, take every block out of the red bowl, but do not put any of them in the bin."
- teller: "Put blocks into the red bowl until it holds no fewer than two."
- angler: "Chuck the orange block in the bin."
- texting: "pls put the pink block in the middle rn, thx"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on da20f71, the code of 202dd7d, before anything it could prompt): 0.8033
goal-correct (241 of 300), 30 refused, 14 asked. Five wrong actions: "I want a little tower out of two blocks: X at the
bottom, Y stuck on top of it." built a tower of three. Ten wrong replies: "Precisely how many blocks are not in any
bowl?" was not answered; "is X in a bowl rn? also how many blocks r there altogether" answered only the count. It asked
on "There's one block in W. Pull it out and stick it in the top left corner.", "Take the block lying closest to W and
put it in that bowl, precisely that one" and "dont touch the stuff already in there pls". The refusals: "Precisely that
corner, no other.", "The bin should hold precisely one block, X. Nothing else goes in it.", "whenever it is convenient
for you", "precisely those, and not a single block from the bowls", "Don't you go moving Y, mind.", "haul Y over to
where X was sitting".
"""

from __future__ import annotations

from collections.abc import Iterable

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    count_in,
    empty,
    kept,
    matching,
    rels,
    yes,
)
from sim.core.layout import BOWL_CAPACITY, MAX_TOWER
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

CORNERS = [p for p in PLACES if p != "middle"]


# ----- helpers --------------------------------------------------------------------------------------
def _act(w: World, text: str, goal: Check, binnable: Iterable[str] = ()) -> Made:
    """An action: the goal holds, nothing is left in the gripper and no block outside `binnable` ends in the bin.

    None when the goal already holds in the scene (doing nothing must fail)."""
    spared = [b for b in w.blocks if b not in set(binnable)]

    def check(i: SymState, f: SymState) -> bool:
        return f.held is None and all(f.base(b) != BIN for b in spared) and goal(i, f)

    return None if check(w.state, w.state) else (text, check)


def _spot(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _depth(s: SymState, block: str) -> int:
    """How many blocks the tower holds from `block` down, `block` included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str) -> int:
    return BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _stackable(w: World, x: str, y: str) -> bool:
    """Whether the clear block `x` can go straight onto the clear block `y`."""
    s = w.state
    if x == y or not s.is_clear(x) or not s.is_clear(y) or _depth(s, y) + 1 > MAX_TOWER:
        return False
    base = s.base(y)
    return base not in s.bowls or s.base(x) == base or _room(w, base) > 0


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(x, y) for x in w.clear_blocks() for y in w.clear_blocks() if _stackable(w, x, y)]
    return w.rng.choice(pairs) if pairs else None


def _into(w: World, blocks: list[str]) -> list[tuple[str, str]]:
    """(block, bowl) choices: a block not yet in the bowl, the bowl with room for it."""
    return [(b, bowl) for b in blocks for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl) > 0]


def _on_table(s: SymState, block: str) -> bool:
    return s.support[block] in (TABLE, *PLACES)


def _nonmatching(w: World) -> list[str]:
    colours = {w.colour(b) for b in w.bowls}
    return [b for b in w.blocks if w.colour(b) not in colours]


def _single_stack_top(w: World) -> str | None:
    """The top of the only stack (two or more blocks) in the scene, if there is exactly one."""
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.on_top(b)]
    if len(bottoms) != 1:
        return None
    above = s.above(bottoms[0])
    return above[0]


# ----- imperative -----------------------------------------------------------------------------------
def t188_imp_hotel(w: World) -> Made:
    choices = _into(w, w.clear_blocks())
    if not choices:
        return None
    x, b = w.rng.choice(choices)
    return _act(w, f"Good afternoon. Would you kindly place the {x} in the {b}, at your convenience?",
                rels(Rel("in", x, b)))


def t188_imp_spark(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _act(w, f"Pull the {x} off the {y} and stick it on the table, would you?",
                lambda _i, f: _on_table(f, x))


def t188_imp_choir(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return _act(w, f"Take the {x} first, and then set it down on top of the {y}, please.", rels(Rel("on", x, y)))


def t188_imp_teller(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x, p = w.rng.choice(blocks), w.rng.choice(CORNERS)
    return _act(w, f"Please move the {x} to the {p}. Precisely that corner, no other.", rels(Rel("at", x, p)))


def t188_imp_angler(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return _act(w, f"Chuck the {x} in the bin.", binned([x]), binnable=[x])


def t188_imp_texting(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x, p = w.rng.choice(blocks), w.rng.choice(list(PLACES))
    where = "the middle" if p == "middle" else f"the {p}"
    return _act(w, f"pls put the {x} in {where} rn, thx", rels(Rel("at", x, p)))


# ----- declarative ----------------------------------------------------------------------------------
def t188_dec_hotel(w: World) -> Made:
    choices = _into(w, w.clear_blocks())
    if not choices:
        return None
    x, b = w.rng.choice(choices)
    return _act(w, f"The {x} belongs in the {b}, if you would be so kind.", rels(Rel("in", x, b)))


def t188_dec_spark(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return _act(w, f"Right, the job: the {x} sits on top of the {y}. Once that's done we're sorted.",
                rels(Rel("on", x, y)))


def t188_dec_choir(w: World) -> Made:
    blocks = w.pick(w.clear_blocks(), 2)
    if not blocks:
        return None
    (x, y), (p, q) = blocks, w.pick(list(PLACES), 2)
    return _act(w, f"By the end, the {x} should be in {_spot(p)}, and the {y} in {_spot(q)}.",
                rels(Rel("at", x, p), Rel("at", y, q)))


def t188_dec_teller(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return _act(w, f"The bin should hold precisely one block, the {x}. Nothing else goes in it.", binned([x]),
                binnable=[x])


def t188_dec_angler(w: World) -> Made:
    s = w.state
    inside = [b for b in w.clear_blocks() if s.support[b] in s.bowls]
    if not inside:
        return None
    x = w.rng.choice(inside)
    others = [b for b in w.clear_blocks() if b != x]
    if not others:
        return None
    y = w.rng.choice(others)
    return _act(w, f"The {x} belongs on the table, not in the {s.support[x]}, and the {y} belongs in the bin.",
                both(lambda _i, f: _on_table(f, x), binned([y])), binnable=[y])


def t188_dec_texting(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x = w.rng.choice(blocks)
    return _act(w, f"ok so the {x} is supposed to be in the middle of the table, thats all thx",
                rels(Rel("at", x, "middle")))


# ----- desiderative ---------------------------------------------------------------------------------
def t188_des_hotel(w: World) -> Made:
    choices = _into(w, w.clear_blocks())
    if not choices:
        return None
    x, b = w.rng.choice(choices)
    return _act(w, f"I would like the {x} placed in the {b}, whenever it is convenient for you.",
                rels(Rel("in", x, b)))


def t188_des_spark(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in w.clear_blocks() for y in w.clear_blocks() if x != y and s.support[y] == TABLE]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _act(w, f"I want a little tower out of two blocks: the {y} at the bottom, the {x} stuck on top of it.",
                rels(Rel("stacked", y, x)))


def t188_des_choir(w: World) -> Made:
    s = w.state
    for b in w.rng.sample(w.bowls, len(w.bowls)):
        loose = [x for x in w.clear_blocks() if s.base(x) != b]
        if len(loose) >= 2 and _room(w, b) >= 2:
            x, y = w.pick(loose, 2)
            return _act(w, f"I'd like the {x} and then the {y} put into the {b}, one after the other.",
                        rels(Rel("in", x, b), Rel("in", y, b)))
    return None


def t188_des_teller(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x, p = w.rng.choice(blocks), w.rng.choice(CORNERS)
    return _act(w, f"What I need is the {x} placed exactly at the {p}.", rels(Rel("at", x, p)))


def t188_des_angler(w: World) -> Made:
    s = w.state
    inside = [b for b in w.clear_blocks() if s.base(b) in s.bowls]
    if not inside:
        return None
    x = w.rng.choice(inside)
    return _act(w, f"I want that {x} hauled out of the {s.base(x)} and left on the table.",
                lambda _i, f: _on_table(f, x))


def t188_des_texting(w: World) -> Made:
    choices = _into(w, w.clear_blocks())
    if not choices:
        return None
    x, b = w.rng.choice(choices)
    return _act(w, f"can u make it so the {x} ends up in the {b} pls", rels(Rel("in", x, b)))


# ----- quantified -----------------------------------------------------------------------------------
def t188_qua_hotel(w: World) -> Made:
    return _act(w, "Would you kindly put every single block into the bin, please?", binned(w.blocks),
                binnable=w.blocks)


def t188_qua_spark(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    inside = w.state.in_bowl(b)
    return _act(w, f"Pull all the blocks out of the {b} and stick them on the table.",
                lambda _i, f: all(f.base(x) in (TABLE, *PLACES) for x in inside))


def t188_qua_choir(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    return _act(w, "In turn, move each block that is in a bowl out onto the table, one after another.",
                lambda _i, f: all(f.base(x) in (TABLE, *PLACES) for x in inside))


def t188_qua_teller(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if len(s.in_bowl(b)) < 2]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    return _act(w, f"Put blocks into the {b} until it holds no fewer than two.", count_in(b, 2, exact=False))


def t188_qua_angler(w: World) -> Made:
    return _act(w, "Toss any three blocks in the bin. Doesn't matter which three.",
                lambda _i, f: sum(f.base(x) == BIN for x in f.blocks) == 3, binnable=w.blocks)


def t188_qua_texting(w: World) -> Made:
    if len(w.blocks) > BOWL_CAPACITY:
        return None
    b = w.rng.choice(w.bowls)
    return _act(w, f"pls put all the blocks in the {b}, every one of them thx",
                rels(*(Rel("in", x, b) for x in w.blocks)))


# ----- negated --------------------------------------------------------------------------------------
def t188_neg_hotel(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    return _act(w, f"Would you kindly put all of the blocks in the bin, except for the {x}?", binned(rest),
                binnable=rest)


def t188_neg_spark(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _act(w, f"Get the {x} off the {y}, and don't stick it in a bowl or in the bin.",
                lambda _i, f: f.support[x] != y and f.base(x) not in (*f.bowls, BIN))


def t188_neg_choir(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    return _act(w, f"One by one, take every block out of the {b}, but do not put any of them in the bin.", empty(b))


def t188_neg_teller(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return _act(w, "Put each block that is not in a bowl into the bin: precisely those, and not a single block "
                   "from the bowls.", binned(outside), binnable=outside)


def t188_neg_angler(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return _act(w, f"Chuck the {x} up on the {y}. Don't you go moving the {y}, mind.",
                both(rels(Rel("on", x, y)), kept(y)))


def t188_neg_texting(w: World) -> Made:
    s = w.state
    under = [b for b in w.blocks if s.on_top(b)]
    if not under:
        return None
    r = w.rng.choice(under)
    return _act(w, f"pls get everything off the {r} but dont put any of it in the bin", rels(Rel("clear", r)))


# ----- relative -------------------------------------------------------------------------------------
def t188_rel_hotel(w: World) -> Made:
    s = w.state
    choices = [(x, r, b) for x, r in w.pairs() for b in w.bowls if s.base(x) != b and _room(w, b) > 0]
    if not choices:
        return None
    x, r, b = w.rng.choice(choices)
    return _act(w, f"Would you kindly take the block that is sitting on the {r} and place it in the {b}?",
                rels(Rel("in", x, b)))


def t188_rel_spark(w: World) -> Made:
    s = w.state
    lone = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    if not lone:
        return None
    b = w.rng.choice(lone)
    x, p = s.in_bowl(b)[0], w.rng.choice(CORNERS)
    return _act(w, f"There's one block in the {b}. Pull it out and stick it in the {p}.", rels(Rel("at", x, p)))


def t188_rel_choir(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    y, u = w.rng.choice(pairs)
    return _act(w, f"Find the block directly beneath the {y}, and put that one in the bin.", binned([u]),
                binnable=[u])


def t188_rel_teller(w: World) -> Made:
    s = w.state
    for b in w.rng.sample(w.bowls, len(w.bowls)):
        if _room(w, b) < 1:
            continue
        near = sorted((w.dist(x, b), x) for x in w.blocks if s.base(x) != b)
        if len(near) < 2:
            continue
        (d0, x), (d1, _) = near[0], near[1]
        if s.support[x] == TABLE and s.is_clear(x) and d0 < 0.75 * d1:
            return _act(w, f"Take the block lying closest to the {b} and put it in that bowl, precisely that one.",
                        rels(Rel("in", x, b)))
    return None


def t188_rel_angler(w: World) -> Made:
    top = _single_stack_top(w)
    if top is None:
        return None
    return _act(w, "See that stack of blocks? Toss the one on the very top in the bin.", binned([top]),
                binnable=[top])


def t188_rel_texting(w: World) -> Made:
    s = w.state
    choices = [(x, y) for y in s.in_bowls() for x in w.clear_blocks()
               if s.base(x) != s.base(y) and _room(w, s.base(y)) > 0]
    if not choices:
        return None
    x, y = w.rng.choice(choices)
    return _act(w, f"can u put the {x} in the same bowl as the {y} pls", rels(Rel("in", x, s.base(y))))


# ----- keep -----------------------------------------------------------------------------------------
def t188_keep_hotel(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.blocks)
    keep = [k for k in w.blocks if k != x and k not in s.above(x)]
    if not keep:
        return None
    k = w.rng.choice(keep)
    return _act(w, f"Would you kindly put the {x} in the bin? Please leave the {k} exactly where it is.",
                both(binned([x]), kept(k)), binnable=[x])


def t188_keep_spark(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    pairs = [(x, y) for x in w.clear_blocks() for y in w.clear_blocks()
             if x not in inside and y not in inside and _stackable(w, x, y)]
    if not inside or not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _act(w, f"Stick the {x} on the {y}, and leave whatever's in the bowls alone.",
                both(rels(Rel("on", x, y)), kept(*inside)))


def t188_keep_choir(w: World) -> Made:
    choices = _into(w, w.clear_blocks())
    if not choices:
        return None
    x, b = w.rng.choice(choices)
    rest = [k for k in w.blocks if k != x]
    return _act(w, f"Put the {x} into the {b}. Every other block stays where it is, please.",
                both(rels(Rel("in", x, b)), kept(*rest)))


def t188_keep_teller(w: World) -> Made:
    s = w.state
    raised = [x for x in w.clear_blocks() if s.support[x] != TABLE]
    if not raised:
        return None
    x = w.rng.choice(raised)
    k = w.rng.choice([b for b in w.blocks if b != x])
    return _act(w, f"Put the {x} down on the table, and keep the {k} precisely where it is now.",
                both(lambda _i, f: _on_table(f, x), kept(k)))


def t188_keep_angler(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in w.blocks for y in w.blocks
             if x < y and set(s.above(x)) <= {y} and set(s.above(y)) <= {x}]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    if w.rng.random() < 0.5:
        x, y = y, x
    rest = [k for k in w.blocks if k not in (x, y)]
    return _act(w, f"Chuck the {x} and the {y} in the bin, and leave the rest be.",
                both(binned([x, y]), kept(*rest)), binnable=[x, y])


def t188_keep_texting(w: World) -> Made:
    s = w.state
    choices = [(x, b) for b in w.bowls if s.in_bowl(b) and _room(w, b) > 0
               for x in w.clear_blocks() if s.base(x) != b]
    if not choices:
        return None
    x, b = w.rng.choice(choices)
    inside = s.in_bowl(b)
    return _act(w, f"put the {x} in the {b} but dont touch the stuff already in there pls",
                both(rels(Rel("in", x, b)), kept(*inside)))


# ----- multi_step -----------------------------------------------------------------------------------
def t188_multi_hotel(w: World) -> Made:
    s = w.state
    choices = [(r, g, b) for r in w.clear_blocks() for g in w.clear_blocks() for b in w.bowls
               if r != g and s.base(r) != b and _room(w, b) >= 1 + (s.base(g) != b)]
    if not choices:
        return None
    r, g, b = w.rng.choice(choices)
    return _act(w, f"First, would you kindly place the {r} in the {b}; after that, the {g} on top of the {r}.",
                rels(Rel("in", r, b), Rel("on", g, r)))


def t188_multi_spark(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    p = w.rng.choice(CORNERS)
    return _act(w, f"Pull the {x} off the {y} and stick it in the {p}. Then put the {y} in the bin.",
                rels(Rel("at", x, p), Rel("in_bin", y)), binnable=[y])


def t188_multi_choir(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    return _act(w, f"In turn, please: the {a} to the middle of the table, then the {b} on top of it, "
                   f"then the {c} on top of that.", rels(Rel("at", a, "middle"), Rel("stacked", a, b, c)))


def t188_multi_teller(w: World) -> Made:
    s = w.state
    choices = [(x, y, b) for x, b in _into(w, w.clear_blocks()) for y in w.clear_blocks() if y != x]
    if not choices:
        return None
    x, y, b = w.rng.choice(choices)
    rest = [k for k in w.blocks if k not in (x, y) and s.base(k) != BIN]
    return _act(w, f"Step one: move the {x} into the {b}. Step two: move the {y} into the bin. Nothing else moves.",
                both(rels(Rel("in", x, b), Rel("in_bin", y)), kept(*rest)), binnable=[y])


def t188_multi_angler(w: World) -> Made:
    s = w.state
    choices = [(r, u) for r in w.clear_blocks() if s.support[r] != TABLE
               for u in w.clear_blocks() if u not in (r, s.support[r]) and s.base(u) != s.support[r]]
    if not choices:
        return None
    r, u = w.rng.choice(choices)
    spot = s.support[r]
    if spot in s.bowls:
        there = rels(Rel("in", u, spot))
    else:
        there = rels(Rel("on", u, spot))
    return _act(w, f"Chuck the {r} in the bin, then haul the {u} over to where the {r} was sitting.",
                both(binned([r]), there), binnable=[r])


def t188_multi_texting(w: World) -> Made:
    s = w.state
    raised = [c for c in w.clear_blocks() if s.support[c] != TABLE]
    if not raised:
        return None
    c = w.rng.choice(raised)
    tops = [b for b in w.blocks if b != c and (s.is_clear(b) or s.above(b) == [c])]
    if not tops:
        return None
    p = w.rng.choice(tops)
    return _act(w, f"ok first put the {c} on the table, then stack the {p} on it thx",
                both(lambda _i, f: _on_table(f, c), rels(Rel("on", p, c))))


# ----- question -------------------------------------------------------------------------------------
def t188_q_hotel(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    n = len(w.state.in_bowl(b))
    return f"Would you kindly tell me how many blocks are in the {b} at the moment?", answered(str(n))


def t188_q_spark(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(w.blocks, 2)
    return f"Quick one before I go: is the {x} sitting on the {y}?", answered(yes(s.support[x] == y))


def t188_q_choir(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, r = w.rng.choice(pairs)
    return (f"Two questions, in turn: which block is sitting right on the {r}, and how many bowls are on the table?",
            answered(f"{w.colour(t)}|{len(w.bowls)}"))


def t188_q_teller(w: World) -> Made:
    s = w.state
    n = sum(1 for b in w.blocks if s.base(b) not in s.bowls)
    if n < 1:
        return None
    return "Precisely how many blocks are not in any bowl?", answered(str(n))


def t188_q_angler(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    return f"Is the {b} empty?", answered(yes(not w.state.in_bowl(b)))


def t188_q_texting(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.blocks)
    return (f"is the {x} in a bowl rn? also how many blocks r there altogether",
            answered(f"{yes(s.base(x) in s.bowls)}|{len(w.blocks)}"))


# ----- matching -------------------------------------------------------------------------------------
def _matching_fits(w: World) -> bool:
    """Every block with a bowl of its colour can go into it (the bowl has room)."""
    s = w.state
    return all(s.base(r.block) == r.target or _room(w, r.target) > 0 for r in matching(w))


def t188_match_hotel(w: World) -> Made:
    want = matching(w)
    if not want or not _matching_fits(w):
        return None
    return _act(w, "Would you kindly put each block into the bowl of the same colour, wherever there is one?",
                rels(*want))


def t188_match_spark(w: World) -> Made:
    s = w.state
    want = [r for r in matching(w) if s.base(r.block) != r.target and _room(w, r.target) > 0]
    if not want:
        return None
    r = w.rng.choice(want)
    return _act(w, f"Stick the {r.block} in the bowl that's the same colour as it.", rels(r))


def t188_match_choir(w: World) -> Made:
    want, rest = matching(w), _nonmatching(w)
    if not want or not rest or not _matching_fits(w):
        return None
    return _act(w, "One after another: every block that has a bowl of its own colour goes into that bowl, and the "
                   "remaining blocks go in the bin.", both(rels(*want), binned(rest)), binnable=rest)


def t188_match_teller(w: World) -> Made:
    want, rest = matching(w), _nonmatching(w)
    if not want or not _matching_fits(w):
        return None
    return _act(w, "Put each block whose colour matches a bowl into that bowl. Precisely those: no other block "
                   "should end up in any bowl.",
                both(rels(*want), lambda _i, f: all(f.base(x) not in f.bowls for x in rest)))


def t188_match_angler(w: World) -> Made:
    want, rest = matching(w), _nonmatching(w)
    if not want or not rest:
        return None
    return _act(w, "Toss every block that doesn't match the colour of any bowl in the bin.", binned(rest),
                binnable=rest)


def t188_match_texting(w: World) -> Made:
    s = w.state
    want, rest = matching(w), _nonmatching(w)
    moving = [r for r in want if s.base(r.block) != r.target]
    if not moving or not all(s.is_clear(r.block) and _room(w, r.target) > 0 for r in moving):
        return None
    return _act(w, "can u put the blocks in the bowls that are the same colour as them pls, and leave the rest "
                   "where they are", both(rels(*want), kept(*rest)))


# ----- the batch ------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("hotel", "spark", "choir", "teller", "angler", "texting")
FRESH188: list[Template] = [
    (f"t188_{short}_{style}", category, globals()[f"t188_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
