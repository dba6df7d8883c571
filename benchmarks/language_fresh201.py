"""`FRESH201`, the two-hundred-and-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or to a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table (one or two in a message). Six kinds of people type them:

- journalist: "First, put the red block in the bin. Then put the green block in the blue bowl."
- gardener: "pop the red block onto the green block for me, would you"
- programmer: "red block -> bin; then blue block -> green bowl; then yellow block -> top left corner"
- waiter: "Could you take the red block off to the bin, please? Thank you kindly."
- nan: "Would you be a dear and build me a little tower, love? The yellow block at the bottom, then the red one."
- voice: "um take the blue block out of the red bowl and like put it on the table"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 59284fb, the code of 2e64668, before anything it could prompt): 0.80
goal-correct (240 of 300), 50 refused, 5 asked, no wrong action and five wrong replies: "um how many blocks are there and uh
is X on Y" was read as one count. The refusals and questions back: "tucked into W, nice and snug", "want: X, Y, Z in one tower (any order)",
"X sitting in W all on its own, with nothing else in there", "tidy up W so it's got exactly two blocks in it", "for each
bowl: exactly 1 block in it", "only not in any of the corners", "May I suggest moving ...", "the block off the very top of
the stack, dear,", "tidy everything out of W into the bin, but X stays put", "blocks with a same-colour bowl -> that bowl;
all other blocks -> bin", "W should have X in it and like nothing else".
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
    count_in,
    empty,
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

CORNERS = PLACES[:4]
MIDDLE = "middle"
ON_TABLE = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _made(w: World, text: str, *checks: Check) -> Made:
    """An action: every check holds at the end and the gripper is empty; None when it already holds."""

    def check(i: SymState, f: SymState) -> bool:
        return f.held is None and all(c(i, f) for c in checks)

    if check(w.state, w.state):
        return None
    return text, check


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[block]
    while s in w.state.support and s not in out:
        out.append(s)
        s = w.state.support[s]
    return out


def _can_stack(w: World, top: str, base: str, extra: int = 1) -> bool:
    """`top` can end up on `base` (and `extra - 1` more on top of it) without breaking the tower limit."""
    return top != base and top not in _below(w, base) and len(_below(w, base)) + 1 + extra <= layout.MAX_TOWER


def _room(w: World, bowl: str, blocks: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(blocks)) <= layout.BOWL_CAPACITY


def _bin_room(w: World, blocks: list[str]) -> bool:
    already = [b for b in w.blocks if w.state.base(b) == BIN]
    return len(set(already) | set(blocks)) <= len(layout.BIN_SLOTS)


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _nearest(w: World, xy: tuple[float, float]) -> str | None:
    """The block nearest `xy`, when it stands alone on the table and clearly nearer than any other block."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return math.hypot(p[0] - xy[0], p[1] - xy[1])

    ranked = sorted(w.blocks, key=d)
    best = ranked[0]
    if w.state.support[best] not in ON_TABLE or not w.state.is_clear(best):
        return None
    if len(ranked) > 1 and d(ranked[1]) - d(best) < 0.03:
        return None
    return best


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _not(*want: Rel) -> Check:
    return lambda _i, f: not any(holds(r, f) for r in want)


def _same_set(bowl: str) -> Check:
    return lambda i, f: set(f.in_bowl(bowl)) == set(i.in_bowl(bowl))


def _one_pair(w: World) -> tuple[str, str] | None:
    """A random (top, below) pair of blocks, one resting on the other."""
    pairs = w.pairs()
    return pairs[w.rng.randrange(len(pairs))] if pairs else None


# ----- imperative -------------------------------------------------------------------------------------
def t201_imp_journalist(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _one(w, [x for x in w.blocks if bowl and w.state.base(x) != bowl])
    if not bowl or not b or not _room(w, bowl, [b]):
        return None
    return _made(w, f"Please place the {b} in the {bowl}.", rels(Rel("in", b, bowl)))


def t201_imp_gardener(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair or not _can_stack(w, pair[0], pair[1]):
        return None
    top, base = pair
    return _made(w, f"pop the {top} onto the {base} for me, would you", rels(Rel("on", top, base)))


def t201_imp_programmer(w: World) -> Made:
    b = _one(w, w.blocks)
    corner = _one(w, list(CORNERS))
    if not b or not corner:
        return None
    return _made(w, f"move {b} -> {corner}", rels(Rel("at", b, corner)))


def t201_imp_waiter(w: World) -> Made:
    b = _one(w, w.blocks)
    if not b or not _bin_room(w, [b]):
        return None
    return _made(w, f"Could you take the {b} off to the bin, please? Thank you kindly.", binned([b]))


def t201_imp_nan(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    y, r, g = three
    text = (f"Would you be a dear and build me a little tower, love? The {y} at the bottom, then the {r} on it, "
            f"and the {g} right on top.")
    return _made(w, text, rels(Rel("stacked", y, r, g)))


def t201_imp_voice(w: World) -> Made:
    b = _one(w, w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b)
    return _made(w, f"um take the {b} out of the {bowl} and like put it on the table", rels(Rel("on_table", b)))


# ----- declarative ------------------------------------------------------------------------------------
def t201_dec_journalist(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _one(w, [x for x in w.blocks if bowl and w.state.base(x) != bowl])
    if not bowl or not b or not _room(w, bowl, [b]):
        return None
    return _made(w, f"The {b} should end up in the {bowl}.", rels(Rel("in", b, bowl)))


def t201_dec_gardener(w: World) -> Made:
    b = _one(w, w.blocks)
    if not b:
        return None
    text = f"the {b} belongs in the middle of the table, that's where it wants planting"
    return _made(w, text, rels(Rel("at", b, MIDDLE)))


def t201_dec_programmer(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    r, b, g = three
    if not _can_stack(w, r, b) or g in _below(w, b) or not _bin_room(w, [g]):
        return None
    return _made(w, f"goal state: {r} on {b}; {g} in bin", rels(Rel("on", r, b), Rel("in_bin", g)))


def t201_dec_waiter(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    text = f"The {bowl} needs clearing for the next guests; nothing should be left in it."
    return _made(w, text, empty(bowl))


def t201_dec_nan(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair or not _can_stack(w, pair[0], pair[1]):
        return None
    r, g = pair
    return _made(w, f"Oh, the {r} ought to be sitting on top of the {g}, dear.", rels(Rel("on", r, g)))


def t201_dec_voice(w: World) -> Made:
    b = _one(w, w.blocks)
    if not b or not _bin_room(w, [b]):
        return None
    return _made(w, f"so uh the {b} is supposed to be in the bin", binned([b]))


# ----- desiderative -----------------------------------------------------------------------------------
def t201_des_journalist(w: World) -> Made:
    bowl = _one(w, w.bowls)
    pair = w.pick(w.blocks, 2)
    if not bowl or not pair or not _room(w, bowl, pair):
        return None
    a, b = pair
    return _made(w, f"I would like both the {a} and the {b} in the {bowl}.",
                 rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t201_des_gardener(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _one(w, [x for x in w.blocks if bowl and w.state.base(x) != bowl])
    if not bowl or not b or not _room(w, bowl, [b]):
        return None
    return _made(w, f"I'd love the {b} tucked into the {bowl}, nice and snug.", rels(Rel("in", b, bowl)))


def t201_des_programmer(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    a, b, c = three
    return _made(w, f"want: {a}, {b}, {c} in one tower (any order)", rels(Rel("tower", a, b, c)))


def t201_des_waiter(w: World) -> Made:
    b = _one(w, w.blocks)
    corner = _one(w, list(CORNERS))
    if not b or not corner:
        return None
    return _made(w, f"I'd like the {b} set down at the {corner}, if you please.", rels(Rel("at", b, corner)))


def t201_des_nan(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _one(w, w.blocks)
    if not bowl or not b:
        return None
    text = (f"What I'd really like, love, is the {b} sitting in the {bowl} all on its own, with nothing else in "
            f"there.")
    return _made(w, text, rels(Rel("in", b, bowl)), count_in(bowl, 1))


def t201_des_voice(w: World) -> Made:
    pair = _one_pair(w)
    if not pair:
        return None
    g, y = pair
    return _made(w, f"um my goal is like to get the {g} off the {y} and uh onto the table",
                 rels(Rel("on_table", g)))


# ----- quantified -------------------------------------------------------------------------------------
def t201_qua_journalist(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or not _bin_room(w, inside):
        return None
    return _made(w, "Move every block that is sitting in a bowl into the bin.", binned(inside))


def t201_qua_gardener(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl or len(w.state.in_bowl(bowl)) == 2:
        return None
    text = f"tidy up the {bowl} so it's got exactly two blocks in it, no more and no less"
    return _made(w, text, count_in(bowl, 2))


def t201_qua_programmer(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "for each bowl: exactly 1 block in it", *(count_in(b, 1) for b in w.bowls))


def t201_qua_waiter(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose or not _bin_room(w, loose):
        return None
    return _made(w, "Every block that isn't in a bowl goes to the bin, please.", binned(loose))


def t201_qua_nan(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl or len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    text = f"Could you put all the blocks into the {bowl}, dear? Every last one of them."
    return _made(w, text, rels(*(Rel("in", b, bowl) for b in w.blocks)))


def t201_qua_voice(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "um can you like stack all the blocks up into one big tower", rels(Rel("tower", *w.blocks)))


# ----- negated ----------------------------------------------------------------------------------------
def t201_neg_journalist(w: World) -> Made:
    x = _one(w, w.blocks)
    if not x:
        return None
    others = [b for b in w.blocks if b != x]
    if not _bin_room(w, others):
        return None
    return _made(w, f"Put all the blocks except the {x} in the bin.", binned(others), none_binned([x]))


def t201_neg_gardener(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
    if not bowl or not x:
        return None
    others = [b for b in w.blocks if b != x]
    if len(others) < 2 or not _room(w, bowl, others):
        return None
    text = f"tuck all the blocks into the {bowl} except the {x}"
    return _made(w, text, rels(*(Rel("in", b, bowl) for b in others), Rel("in", x, bowl, negated=True)))


def t201_neg_programmer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = _one(w, w.bowls)
    g = _one(w, w.blocks)
    if not bowl or not g:
        return None
    rest = [b for b in w.bowls if b != bowl and _room(w, b, [g])]
    if not rest:
        return None
    return _made(w, f"{g} -> any bowl except {bowl}",
                 lambda _i, f: f.base(g) in f.bowls and f.base(g) != bowl)


def t201_neg_waiter(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    text = f"Could you take everything out of the {bowl}, please? Not into the bin, mind."
    return _made(w, text, empty(bowl), none_binned(inside))


def t201_neg_nan(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] not in ON_TABLE])
    if not x:
        return None
    text = f"Put the {x} down on the table for me, love, only not in any of the corners."
    return _made(w, text, rels(Rel("on_table", x)), _not(*(Rel("at", x, c) for c in CORNERS)))


def t201_neg_voice(w: World) -> Made:
    pair = _one_pair(w)
    if not pair:
        return None
    g, r = pair
    return _made(w, f"uh can you get the {g} off the {r} but dont put it in the bin",
                 rels(Rel("on", g, r, negated=True), Rel("in_bin", g, negated=True)))


# ----- relative ---------------------------------------------------------------------------------------
def t201_rel_journalist(w: World) -> Made:
    pair = _one_pair(w)
    if not pair or not _bin_room(w, [pair[0]]):
        return None
    top, below = pair
    return _made(w, f"Take the block on top of the {below} and put it in the bin.", binned([top]))


def t201_rel_gardener(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl:
        return None
    n = _nearest(w, _pos(w, bowl))
    if not n:
        return None
    return _made(w, f"pop the block nearest the {bowl} into it", rels(Rel("in", n, bowl)))


def t201_rel_programmer(w: World) -> Made:
    pair = _one_pair(w)
    bowl = _one(w, w.bowls)
    if not pair or not bowl:
        return None
    top, below = pair
    if not _room(w, bowl, [below]):
        return None
    return _made(w, f"block under {top} -> {bowl}", rels(Rel("in", below, bowl)))


def t201_rel_waiter(w: World) -> Made:
    n = _nearest(w, layout.PLACES[MIDDLE])
    bowl = _one(w, w.bowls)
    if not n or not bowl or not _room(w, bowl, [n]):
        return None
    text = f"May I suggest moving the block closest to the middle of the table into the {bowl}?"
    return _made(w, text, rels(Rel("in", n, bowl)))


def t201_rel_nan(w: World) -> Made:
    tops = [b for b in w.blocks if w.state.support[b] in w.state.support and w.state.is_clear(b)]
    if len(tops) != 1:
        return None
    top = tops[0]
    bowl = _one(w, [b for b in w.bowls if w.state.base(top) != b and _room(w, b, [top])])
    if not bowl:
        return None
    text = f"Would you take the block off the very top of the stack, dear, and put it in the {bowl}?"
    return _made(w, text, rels(Rel("in", top, bowl)))


def t201_rel_voice(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"uh whichever block is in the {bowl} can you put it on the table", rels(Rel("on_table", b)))


# ----- keep -------------------------------------------------------------------------------------------
def t201_keep_journalist(w: World) -> Made:
    bowl = _one(w, w.bowls)
    pair = w.pick(w.blocks, 2)
    if not bowl or not pair:
        return None
    r, g = pair
    if r in _below(w, g) or not _room(w, bowl, [r]):
        return None
    text = f"Move the {r} into the {bowl}, but leave the {g} exactly where it is."
    return _made(w, text, rels(Rel("in", r, bowl)), kept(g))


def t201_keep_gardener(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    x = _one(w, [b for b in w.blocks if b not in inside])
    if not x or not _bin_room(w, inside):
        return None
    text = f"tidy everything out of the {bowl} into the bin, but the {x} stays put"
    return _made(w, text, binned(inside), kept(x))


def t201_keep_programmer(w: World) -> Made:
    four = w.pick(w.blocks, 4)
    if not four:
        return None
    r, b, g, y = four
    if not _can_stack(w, r, b) or any(k in (*_below(w, g), *_below(w, y)) for k in (r, b)):
        return None
    return _made(w, f"stack {r} on {b}; keep {g}, {y} unchanged", rels(Rel("on", r, b)), kept(g, y))


def t201_keep_waiter(w: World) -> Made:
    bowl = _one(w, w.bowls)
    g = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
    if not bowl or not g:
        return None
    inside = w.state.in_bowl(bowl)
    text = f"The {g} to the middle of the table, please, and leave the {bowl} just as it is."
    return _made(w, text, rels(Rel("at", g, MIDDLE)), _same_set(bowl), kept(*inside))


def t201_keep_nan(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] not in ON_TABLE and w.state.is_clear(b)])
    if not x:
        return None
    others = [b for b in w.blocks if b != x]
    text = f"Would you put the {x} on the table, love, and leave everything else just as it is?"
    return _made(w, text, rels(Rel("on_table", x)), kept(*others))


def t201_keep_voice(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    b, g, r = three
    if not _can_stack(w, b, g) or any(k in _below(w, r) for k in (b, g)):
        return None
    text = f"um so put the {b} on top of the {g} but uh dont move the {r} at all"
    return _made(w, text, rels(Rel("on", b, g)), kept(r))


# ----- multi-step -------------------------------------------------------------------------------------
def t201_multi_journalist(w: World) -> Made:
    bowl = _one(w, w.bowls)
    pair = w.pick(w.blocks, 2)
    if not bowl or not pair:
        return None
    r, g = pair
    if not _room(w, bowl, [g]) or not _bin_room(w, [r]):
        return None
    text = f"First, put the {r} in the bin. Then put the {g} in the {bowl}."
    return _made(w, text, binned([r]), rels(Rel("in", g, bowl)))


def t201_multi_gardener(w: World) -> Made:
    bowl = _one(w, w.bowls)
    pair = w.pick(w.blocks, 2)
    if not bowl or not pair:
        return None
    r, g = pair
    if not _room(w, bowl, [r, g]):
        return None
    text = f"first tuck the {r} into the {bowl}, then plant the {g} on top of it"
    return _made(w, text, rels(Rel("in", r, bowl), Rel("on", g, r)))


def t201_multi_programmer(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    bowl = _one(w, w.bowls)
    corner = _one(w, list(CORNERS))
    if not three or not bowl or not corner:
        return None
    r, b, g = three
    if not _room(w, bowl, [b]) or not _bin_room(w, [r]):
        return None
    text = f"{r} -> bin; then {b} -> {bowl}; then {g} -> {corner}"
    return _made(w, text, binned([r]), rels(Rel("in", b, bowl), Rel("at", g, corner)))


def t201_multi_waiter(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    b, g, r = three
    if not _can_stack(w, g, b, extra=2) or r in _below(w, b):
        return None
    text = f"To start, the {g} on the {b}, please; after that, the {r} on the {g}."
    return _made(w, text, rels(Rel("on", g, b), Rel("on", r, g)))


def t201_multi_nan(w: World) -> Made:
    pair = _one_pair(w)
    if not pair:
        return None
    y, r = pair
    if not _bin_room(w, [r]):
        return None
    text = f"First would you lift the {y} off the {r}, dear, and then put the {r} in the bin for me?"
    return _made(w, text, rels(Rel("on", y, r, negated=True)), binned([r]))


def t201_multi_voice(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    r, b = pair
    text = f"um first put the {r} in the middle and then uh put the {b} on top of it"
    return _made(w, text, rels(Rel("at", r, MIDDLE), Rel("on", b, r)))


# ----- questions --------------------------------------------------------------------------------------
def t201_q_journalist(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    n = len(w.state.in_bowl(bowl))
    return f"Tell me, how many blocks are in the {bowl} right now?", answered(str(n))


def t201_q_gardener(w: World) -> Made:
    b = _one(w, w.in_bowls()) if w.rng.random() < 0.5 else _one(w, w.blocks)
    bowl = _one(w, w.bowls)
    if not b or not bowl:
        return None
    if w.rng.random() < 0.6 and w.state.base(b) in w.bowls:
        bowl = w.state.base(b)
    return f"is the {b} sitting in the {bowl}?", answered(yes(w.state.base(b) == bowl))


def t201_q_programmer(w: World) -> Made:
    covered = [b for b in w.blocks if len(w.state.above(b)) == 1]
    r = _one(w, covered) if covered and w.rng.random() < 0.5 else None
    r = r or _one(w, [b for b in w.blocks if len(w.state.above(b)) <= 1])
    if not r:
        return None
    up = w.state.on_top(r)
    return f"what's on top of {r}?", answered(up[0] if up else "nothing")


def t201_q_waiter(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    return f"Pardon me, is there anything in the {bowl} at the moment?", answered(yes(bool(w.state.in_bowl(bowl))))


def t201_q_nan(w: World) -> Made:
    def plain(b: str) -> bool:
        s = w.state.support[b]
        return s in w.bowls or (s in w.state.support and w.state.base(b) == TABLE)

    x = _one(w, [b for b in w.blocks if plain(b)])
    if not x:
        return None
    return f"Where's the {x} got to, dear? Tell your old nan.", answered(w.state.support[x])


def t201_q_voice(w: World) -> Made:
    pair = _one_pair(w) if w.rng.random() < 0.5 else None
    if pair is None:
        two = w.pick(w.blocks, 2)
        pair = (two[0], two[1]) if two else None
    if not pair:
        return None
    g, r = pair
    if r in _below(w, g) and w.state.support[g] != r:
        return None
    n = len(w.blocks)
    text = f"um how many blocks are there and uh is the {g} on the {r}"
    return text, answered(f"{n}|{yes(w.state.support[g] == r)}")


# ----- matching ---------------------------------------------------------------------------------------
def t201_match_journalist(w: World) -> Made:
    want = matching(w)
    if not want or not all(_room(w, r.target, [r.block]) for r in want):
        return None
    return _made(w, "Put every block that has a bowl of the same colour into that bowl.", rels(*want))


def t201_match_gardener(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if _bowl_of(w, w.colour(x))])
    if not b:
        return None
    bowl = _bowl_of(w, w.colour(b))
    if not bowl or not _room(w, bowl, [b]):
        return None
    return _made(w, f"pop the {b} into the bowl that matches its colour", rels(Rel("in", b, bowl)))


def t201_match_programmer(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if not _bowl_of(w, w.colour(b))]
    if not want or not rest or not _bin_room(w, rest):
        return None
    if not all(_room(w, r.target, [r.block]) for r in want):
        return None
    text = "blocks with a same-colour bowl -> that bowl; all other blocks -> bin"
    return _made(w, text, rels(*want), binned(rest))


def t201_match_waiter(w: World) -> Made:
    g = _one(w, [x for x in w.blocks if _bowl_of(w, w.colour(x))])
    if not g:
        return None
    bowl = _bowl_of(w, w.colour(g))
    r = _one(w, [x for x in w.blocks if x != g and w.state.base(x) != bowl])
    if not bowl or not r or not _room(w, bowl, [r]):
        return None
    text = f"The {r} into the bowl that's the same colour as the {g}, please."
    return _made(w, text, rels(Rel("in", r, bowl)))


def t201_match_nan(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if any(w.colour(x) == w.colour(b) for x in w.blocks)])
    if not bowl:
        return None
    m = next(x for x in w.blocks if w.colour(x) == w.colour(bowl))
    r = _one(w, [x for x in w.blocks if x != m])
    if not r or not _can_stack(w, m, r):
        return None
    text = f"Would you put the block that's the same colour as the {bowl} on top of the {r}, dear?"
    return _made(w, text, rels(Rel("on", m, r)))


def t201_match_voice(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if any(w.colour(x) == w.colour(b) for x in w.blocks)])
    if not bowl:
        return None
    m = next(x for x in w.blocks if w.colour(x) == w.colour(bowl))
    text = f"um the {bowl} should have the {m} in it and like nothing else"
    return _made(w, text, rels(Rel("in", m, bowl)), count_in(bowl, 1))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("journalist", "gardener", "programmer", "waiter", "nan", "voice")
FRESH201: list[Template] = [
    (f"t201_{short}_{style}", category, globals()[f"t201_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
