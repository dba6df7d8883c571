"""`FRESH65`, the sixty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: no special trick, just ordinary people of six kinds typing into the robot's chat window on an ordinary day,
each in their own way. The six styles are the six people:

- parent: a parent tidying up with a small child, mentioning the kid now and then ("can you put the red block in
  the blue bowl for us? my daughter wants to watch it go in");
- office: an office worker on a coffee break, terse and lower-case ("quick one before my meeting: stack the red
  block on the green block");
- student: a student in a robotics class, precise and a little formal ("Step 1: move the red block to the top left
  corner. Step 2: put the green block on top of it.");
- retiree: a retired person trying the robot for the first time, polite and wordy ("Hello there. Would you please
  pick up the red block and put it in the bin? Thank you very much.");
- hobbyist: a hobbyist who likes building things and talks about towers and bases ("take the red block off the
  green block, then put the green block on top of the red one");
- cook: a busy cook with messy hands, in a hurry, with contractions and dashes ("my hands are covered in flour -
  just grab the red block and drop it in the blue bowl").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
One slip: meaning to read `_world`, the tester printed about a hundred lines of `benchmarks.planner_language` past
line 131, which hold the first `HELD_OUT` templates; nothing here was taken from them on purpose.

Its first run (300 instructions, seed 0, on f8866c9, after every fix before it and before anything it could prompt):
0.833 goal-correct (250 of 300), 45 refused, 0 asked, 5 wrong: five wrong actions ('put the blocks in the bin, but not
the green block - he's still playing with that one' binned the green block too).
"""

from __future__ import annotations

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
from sim.core.relations import Rel

_BIN_CAPACITY = 5
_CORNERS = [p for p in PLACES if p != "middle"]
_GRIPPER = "gripper"


# ----- helpers ---------------------------------------------------------------------------------------
def _sup(w: World, b: str) -> str:
    return w.state.support[b]


def _height(w: World, b: str) -> int:
    """How many blocks high `b` stands (1 for a block resting on the table or a bowl)."""
    n, s = 1, _sup(w, b)
    while s in w.state.support:
        n, s = n + 1, _sup(w, s)
    return n


def _below(w: World, b: str) -> list[str]:
    """Every block under `b` in its tower."""
    out, s = [], _sup(w, b)
    while s in w.state.support:
        out.append(s)
        s = _sup(w, s)
    return out


def _direct(w: World, bowl: str) -> list[str]:
    """Blocks resting directly on the floor of `bowl`."""
    return [b for b in w.blocks if _sup(w, b) == bowl]


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(_direct(w, bowl)) + k <= layout.BOWL_CAPACITY


def _clear(w: World) -> list[str]:
    return w.clear_blocks()


def _loose(w: World) -> list[str]:
    """Clear blocks resting right on the table."""
    return [b for b in _clear(w) if _sup(w, b) in (TABLE, *PLACES)]


def _can_top(w: World, y: str) -> bool:
    """A block can go on `y` without making a tower too tall (`y` is clear)."""
    return _height(w, y) < layout.MAX_TOWER


def _stack_pair(w: World) -> tuple[str, str] | None:
    """Two different clear blocks, the first to go on the second."""
    tops = [y for y in _clear(w) if _can_top(w, y)]
    y = w.pick(tops)
    if not y:
        return None
    x = w.pick([b for b in _clear(w) if b != y[0]])
    return (x[0], y[0]) if x else None


def _into_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl with room that the block is not already in."""
    b = w.pick([b for b in w.bowls if _room(w, b)])
    if not b:
        return None
    x = w.pick([x for x in _clear(w) if w.state.base(x) != b[0]])
    return (x[0], b[0]) if x else None


def _place_words(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _one_tower(w: World, blocks: list[str]) -> Check:
    """All `blocks` in a single tower, standing on the table, a named place or in a bowl (any order)."""

    def check(_i, f):
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.support[bottoms[0]] in (BIN, _GRIPPER):
            return False
        return len(f.above(bottoms[0])) == len(blocks) - 1 and all(
            b in blocks for b in f.above(bottoms[0])
        )

    return check


def _not_in(block: str, bowl: str) -> Check:
    return lambda _i, f: f.support[block] != _GRIPPER and f.base(block) != bowl


def _towers(w: World) -> list[list[str]]:
    """Every stack of two or more blocks, bottom first."""
    out = []
    for b in w.blocks:
        if _sup(w, b) not in w.state.support and w.state.above(b):
            out.append([b, *reversed(w.state.above(b))])
    return out


# ----- imperative ------------------------------------------------------------------------------------
def t65_imp_parent(w: World) -> Made:
    xb = _into_bowl(w)
    if not xb:
        return None
    x, b = xb
    return (
        f"can you put the {x} in the {b} for us? my daughter wants to watch it go in",
        rels(Rel("in", x, b)),
    )


def t65_imp_office(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return f"quick one before my meeting: stack the {x} on the {y}", rels(
        Rel("on", x, y)
    )


def t65_imp_student(w: World) -> Made:
    x = w.pick(_clear(w))
    if not x:
        return None
    place = w.pick(list(PLACES))[0]
    return f"Move the {x[0]} to {_place_words(place)}.", rels(Rel("at", x[0], place))


def t65_imp_retiree(w: World) -> Made:
    x = w.pick(_clear(w))
    if not x:
        return None
    return (
        f"Hello there. Would you please pick up the {x[0]} and put it in the bin? Thank you very much.",
        binned(x),
    )


def t65_imp_hobbyist(w: World) -> Made:
    p = w.pick([(x, y) for x, y in w.pairs() if w.state.is_clear(x)])
    if not p:
        return None
    x, y = p[0]
    return f"take the {x} off the {y} and set it down on the table", rels(
        Rel("on_table", x)
    )


def t65_imp_cook(w: World) -> Made:
    xb = _into_bowl(w)
    if not xb:
        return None
    x, b = xb
    c = w.colour(x)
    what = f"the {c} one" if f"{c} bowl" not in w.bowls else f"the {x}"
    return (
        f"my hands are covered in flour - just grab {what} and drop it in the {b}",
        rels(Rel("in", x, b)),
    )


# ----- declarative -----------------------------------------------------------------------------------
def t65_dec_parent(w: World) -> Made:
    xb = _into_bowl(w)
    if not xb:
        return None
    x, b = xb
    return f"the {x} goes in the {b}, that's where we always keep it", rels(
        Rel("in", x, b)
    )


def t65_dec_office(w: World) -> Made:
    x = w.pick(w.blocks)
    return (f"fyi the {x[0]} belongs in the bin now", binned(x)) if x else None


def t65_dec_student(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return f"Goal state: the {x} is on top of the {y}.", rels(Rel("on", x, y))


def t65_dec_retiree(w: World) -> Made:
    x = w.pick(_clear(w))
    if not x:
        return None
    return f"I think the {x[0]} ought to be in the middle of the table.", rels(
        Rel("at", x[0], "middle")
    )


def t65_dec_hobbyist(w: World) -> Made:
    y = w.pick([b for b in _loose(w) if _can_top(w, b)])
    if not y:
        return None
    x = w.pick([b for b in _clear(w) if b != y[0]])
    if not x:
        return None
    return (
        f"the {y[0]} is the base and the {x[0]} sits right on top of it",
        rels(Rel("on", x[0], y[0]), Rel("on_table", y[0])),
    )


def t65_dec_cook(w: World) -> Made:
    xb = _into_bowl(w)
    if not xb:
        return None
    x, b = xb
    return f"the {x}'s in the wrong spot, it goes in the {b}", rels(Rel("in", x, b))


# ----- desiderative ----------------------------------------------------------------------------------
def t65_des_parent(w: World) -> Made:
    xb = _into_bowl(w)
    if not xb:
        return None
    x, b = xb
    return (
        f"we'd love the {x} in the {b} please, she's been asking for it all morning",
        rels(Rel("in", x, b)),
    )


def t65_des_office(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    return f"I want the {xy[0]} and the {xy[1]} in the bin", binned(xy)


def t65_des_student(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return f"I'd like to see the {x} stacked on the {y}.", rels(Rel("on", x, y))


def t65_des_retiree(w: World) -> Made:
    x = w.pick(_clear(w))
    if not x:
        return None
    corner = w.pick(_CORNERS)[0]
    return (
        f"I'd like the {x[0]} moved to the {corner}, if it's no trouble.",
        rels(Rel("at", x[0], corner)),
    )


def t65_des_hobbyist(w: World) -> Made:
    y = w.pick([b for b in w.blocks if _sup(w, b) == TABLE])
    if not y:
        return None
    xz = w.pick([b for b in w.blocks if b != y[0]], 2)
    if not xz:
        return None
    x, z = xz
    if _sup(w, x) == y[0] and _sup(w, z) == x:
        return None
    return (
        f"what I really want is a little tower: the {y[0]} at the bottom, then the {x}, then the {z} on top",
        rels(Rel("stacked", y[0], x, z)),
    )


def t65_des_cook(w: World) -> Made:
    x = w.pick(_clear(w))
    if not x:
        return None
    return f"I need the {x[0]} out of my way - in the bin would be perfect", binned(x)


# ----- quantified ------------------------------------------------------------------------------------
def t65_qua_parent(w: World) -> Made:
    if len(w.blocks) > _BIN_CAPACITY:
        return None
    return "time to tidy up! can you put all the blocks in the bin?", binned(w.blocks)


def t65_qua_office(w: World) -> Made:
    b = w.pick([b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= _BIN_CAPACITY])
    if not b:
        return None
    return f"bin everything that's in the {b[0]}", binned(w.state.in_bowl(b[0]))


def t65_qua_student(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b or len(w.blocks) < 2 or len(w.state.in_bowl(b[0])) >= 2:
        return None
    return f"Put exactly two blocks in the {b[0]}.", count_in(b[0], 2)


def t65_qua_retiree(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    if all(w.state.in_bowl(b) for b in w.bowls):
        return None
    return (
        "Would you make sure there's at least one block in every bowl, please?",
        lambda _i, f: all(f.in_bowl(b) for b in f.bowls),
    )


def t65_qua_hobbyist(w: World) -> Made:
    n = len(w.blocks)
    if n > layout.MAX_TOWER:
        return None
    words = {3: "three", 4: "four"}
    if len(_towers(w)) == 1 and len(_towers(w)[0]) == n:
        return None
    return (
        f"stack all {words[n]} blocks into one tower, the order doesn't matter",
        _one_tower(w, w.blocks),
    )


def t65_qua_cook(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside or len(inside) > _BIN_CAPACITY:
        return None
    bowls = "the bowls" if len(w.bowls) > 1 else "the bowl"
    return (
        f"dump whatever's in {bowls} into the bin, I need {'them' if len(w.bowls) > 1 else 'it'}",
        binned(inside),
    )


# ----- negated ---------------------------------------------------------------------------------------
def t65_neg_parent(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b not in x]
    if not x or len(others) > _BIN_CAPACITY:
        return None
    return (
        f"put the blocks in the bin, but not the {x[0]} - he's still playing with that one",
        both(binned(others), none_binned(x)),
    )


def t65_neg_office(w: World) -> Made:
    x = w.pick([b for b in _clear(w) if w.state.base(b) in w.bowls])
    if not x:
        return None
    b = w.state.base(x[0])
    return f"the {x[0]} shouldn't be in the {b}, can you move it", _not_in(x[0], b)


def t65_neg_student(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    b = w.pick(full)
    if not b:
        return None
    x = w.pick(_direct(w, b[0]))
    others = [o for o in w.state.in_bowl(b[0]) if o != x[0]]
    return (
        f"Take every block out of the {b[0]} except the {x[0]}.",
        both(rels(Rel("in", x[0], b[0])), *(_not_in(o, b[0]) for o in others)),
    )


def t65_neg_retiree(w: World) -> Made:
    x = w.pick([b for b in _loose(w) if _sup(w, b) == TABLE])
    if not x or not any(_room(w, b) for b in w.bowls):
        return None
    return (
        f"Please take the {x[0]} off the table, but not into the bin. One of the bowls would be fine.",
        lambda _i, f: f.support[x[0]] != _GRIPPER and f.base(x[0]) in f.bowls,
    )


def t65_neg_hobbyist(w: World) -> Made:
    x = w.pick(_clear(w))
    if not x:
        return None
    y = w.pick(
        [b for b in w.blocks if b != x[0] and _sup(w, x[0]) in (b, *w.bowls, TABLE)]
    )
    if not y:
        return None
    if not [z for z in _clear(w) if z not in (x[0], y[0]) and _can_top(w, z)]:
        return None
    return (
        f"put the {x[0]} on top of another block, just not the {y[0]}",
        lambda _i, f: f.support[x[0]] in f.support and f.support[x[0]] != y[0],
    )


def t65_neg_cook(w: World) -> Made:
    x = w.pick([b for b in _clear(w) if w.state.base(b) in w.bowls])
    if not x:
        return None
    b = w.state.base(x[0])
    return f"get the {x[0]} out of the {b} - not in the bin, just on the table", rels(
        Rel("on_table", x[0])
    )


# ----- relative --------------------------------------------------------------------------------------
def t65_rel_parent(w: World) -> Made:
    b = w.pick([b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not b:
        return None
    x = w.state.in_bowl(b[0])[0]
    return (
        f"the block that's in the {b[0]}, could you put it on the table for her?",
        rels(Rel("on_table", x)),
    )


def t65_rel_office(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    x, y = p[0]
    return f"put the block sitting on the {y} in the bin", binned([x])


def t65_rel_student(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    ys = sorted((w.y(b), b) for b in w.blocks)
    x = ys[0][1]
    if ys[1][0] - ys[0][0] < 0.03 or _sup(w, x) != TABLE or not w.state.is_clear(x):
        return None
    return "Move the leftmost block to the middle of the table.", rels(
        Rel("at", x, "middle")
    )


def t65_rel_retiree(w: World) -> Made:
    b = w.pick([b for b in w.bowls if _room(w, b)])
    if not b:
        return None
    outside = [x for x in w.blocks if w.state.base(x) != b[0]]
    if len(outside) < 2:
        return None
    ds = sorted((w.dist(x, b[0]), x) for x in outside)
    x = ds[0][1]
    if ds[1][0] - ds[0][0] < 0.03 or _sup(w, x) != TABLE or not w.state.is_clear(x):
        return None
    return f"Please put the block that is nearest to the {b[0]} into it.", rels(
        Rel("in", x, b[0])
    )


def t65_rel_hobbyist(w: World) -> Made:
    b = w.pick([b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not b:
        return None
    y = w.state.in_bowl(b[0])[0]
    x = w.pick([c for c in _clear(w) if c != y])
    if not x:
        return None
    return f"put the {x[0]} on top of the one that's in the {b[0]}", rels(
        Rel("on", x[0], y)
    )


def t65_rel_cook(w: World) -> Made:
    p = w.pick([(x, y) for x, y in w.pairs() if w.state.is_clear(x)])
    if not p:
        return None
    x, y = p[0]
    b = w.pick([b for b in w.bowls if _room(w, b) and w.state.base(y) != b])
    if not b:
        return None
    return f"whatever's on top of the {y}, move it to the {b[0]}", rels(
        Rel("in", x, b[0])
    )


# ----- keep ------------------------------------------------------------------------------------------
def t65_keep_parent(w: World) -> Made:
    xb = _into_bowl(w)
    if not xb:
        return None
    x, b = xb
    y = w.pick([c for c in w.blocks if c != x])
    if not y:
        return None
    return (
        f"put the {x} in the {b} but leave the {y[0]} where it is, she put that one there herself",
        both(rels(Rel("in", x, b)), kept(y[0])),
    )


def t65_keep_office(w: World) -> Made:
    x = w.pick(_clear(w))
    if not x:
        return None
    y = w.pick([c for c in w.blocks if c != x[0]])
    if not y:
        return None
    return f"bin the {x[0]} but don't move the {y[0]}", both(binned(x), kept(y[0]))


def t65_keep_student(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return f"Stack the {x} on the {y} without moving the {y}.", both(
        rels(Rel("on", x, y)), kept(y)
    )


def t65_keep_retiree(w: World) -> Made:
    x = w.pick([b for b in w.blocks if _sup(w, b) not in w.state.support])
    if not x:
        return None
    others = [b for b in w.blocks if b != x[0]]
    if len(others) > _BIN_CAPACITY:
        return None
    return (
        f"Please clear the blocks away into the bin, but keep the {x[0]} where it is.",
        both(binned(others), kept(x[0])),
    )


def t65_keep_hobbyist(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    others = [b for b in w.blocks if b not in towers[0]]
    if not others or len(others) > _BIN_CAPACITY:
        return None
    return (
        "don't touch my tower, just put all the other blocks in the bin",
        both(binned(others), kept(*towers[0])),
    )


def t65_keep_cook(w: World) -> Made:
    p = w.pick([(x, y) for x, y in w.pairs() if w.state.is_clear(x)])
    if not p:
        return None
    x, y = p[0]
    return (
        f"put the {x} on the table, and leave the {y} right where it is",
        both(rels(Rel("on_table", x)), kept(y)),
    )


# ----- multi-step ------------------------------------------------------------------------------------
def t65_multi_parent(w: World) -> Made:
    xb = _into_bowl(w)
    if not xb:
        return None
    x, b = xb
    y = w.pick([c for c in _clear(w) if c != x])
    if not y:
        return None
    return (
        f"first put the {x} in the {b}, then put the {y[0]} on top of it",
        rels(Rel("in", x, b), Rel("on", y[0], x)),
    )


def t65_multi_office(w: World) -> Made:
    z = w.pick(_clear(w))
    if not z:
        return None
    xy = w.pick([b for b in w.blocks if b != z[0]], 2)
    if not xy:
        return None
    return (
        f"bin the {xy[0]} and the {xy[1]}, then move the {z[0]} to the middle",
        both(binned(xy), rels(Rel("at", z[0], "middle"))),
    )


def t65_multi_student(w: World) -> Made:
    xy = w.pick(_clear(w), 2)
    if not xy:
        return None
    x, y = xy
    corner = w.pick(_CORNERS)[0]
    return (
        f"Step 1: move the {x} to the {corner}. Step 2: put the {y} on top of it.",
        rels(Rel("at", x, corner), Rel("on", y, x)),
    )


def t65_multi_retiree(w: World) -> Made:
    xb = _into_bowl(w)
    if not xb:
        return None
    x, b = xb
    y = w.pick([c for c in w.blocks if c != x])
    if not y:
        return None
    return (
        f"Would you put the {x} in the {b}, and after that put the {y[0]} in the bin? Thank you.",
        both(rels(Rel("in", x, b)), binned(y)),
    )


def t65_multi_hobbyist(w: World) -> Made:
    p = w.pick([(x, y) for x, y in w.pairs() if w.state.is_clear(x)])
    if not p:
        return None
    x, y = p[0]
    return (
        f"take the {x} off the {y}, then put the {y} on top of the {x}",
        rels(Rel("on", y, x)),
    )


def t65_multi_cook(w: World) -> Made:
    bs = w.pick([b for b in w.bowls if _room(w, b)], 2)
    if not bs:
        return None
    b1, b2 = bs
    x = w.pick([c for c in _clear(w) if w.state.base(c) != b1])
    if not x:
        return None
    y = w.pick([c for c in _clear(w) if c != x[0] and w.state.base(c) != b2])
    if not y:
        return None
    z = w.pick([c for c in w.blocks if c not in (x[0], y[0])])
    if not z:
        return None
    return (
        f"put the {x[0]} in the {b1} and the {y[0]} in the {b2}, then bin the {z[0]}",
        both(rels(Rel("in", x[0], b1), Rel("in", y[0], b2)), binned(z)),
    )


# ----- questions -------------------------------------------------------------------------------------
def t65_q_parent(w: World) -> Made:
    b = w.pick(
        [
            b
            for b in w.bowls
            if w.state.in_bowl(b) and w.state.in_bowl(b) == _direct(w, b)
        ]
    )
    if not b:
        return None
    n = len(w.state.in_bowl(b[0]))
    return f"my son's asking: how many blocks are in the {b[0]}?", answered(str(n))


def t65_q_office(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b:
        return None
    plain = [
        x
        for x in w.blocks
        if not (_sup(w, x) in w.state.support and w.state.base(x) in w.bowls)
    ]
    x = w.pick(plain)
    if not x:
        return None
    return f"is the {x[0]} in the {b[0]}?", answered(yes(_sup(w, x[0]) == b[0]))


def t65_q_student(w: World) -> Made:
    return (
        "Quick check before we start: how many blocks are there altogether?",
        answered(str(len(w.blocks))),
    )


def t65_q_retiree(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    x, y = p[0]
    return f"Excuse me, what colour is the block sitting on the {y}?", answered(
        w.colour(x)
    )


def t65_q_hobbyist(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    return f"is anything stacked on the {x[0]} right now?", answered(
        yes(not w.state.is_clear(x[0]))
    )


def t65_q_cook(w: World) -> Made:
    x = w.pick(
        [
            b
            for b in w.blocks
            if _sup(w, b) in w.bowls and w.colour(_sup(w, b)) != w.colour(b)
        ]
    )
    if not x:
        return None
    return f"which bowl's the {x[0]} in?", answered(w.colour(_sup(w, x[0])))


# ----- matching --------------------------------------------------------------------------------------
def _matching_ok(w: World) -> list[Rel] | None:
    want = [r for r in matching(w) if w.state.base(r.block) != r.target]
    if not want or not all(_room(w, r.target) for r in want):
        return None
    return matching(w)


def t65_match_parent(w: World) -> Made:
    want = _matching_ok(w)
    return (
        ("can you help us sort the blocks into the bowls by colour?", rels(*want))
        if want
        else None
    )


def t65_match_office(w: World) -> Made:
    r = w.pick(
        [
            r
            for r in matching(w)
            if w.state.base(r.block) != r.target and _room(w, r.target)
        ]
    )
    if not r:
        return None
    return f"put the {r[0].block} in the bowl that's the same colour", rels(r[0])


def t65_match_student(w: World) -> Made:
    want = _matching_ok(w)
    return (
        (
            "Place each block in the bowl of the same colour, where there is one.",
            rels(*want),
        )
        if want
        else None
    )


def t65_match_retiree(w: World) -> Made:
    r = w.pick(
        [
            r
            for r in matching(w)
            if w.state.base(r.block) != r.target and _room(w, r.target)
        ]
    )
    if not r:
        return None
    x, b = r[0].block, r[0].target
    return (
        f"I see the {x} matches the {b}. Would you put the block in it, please?",
        rels(r[0]),
    )


def t65_match_hobbyist(w: World) -> Made:
    r = w.pick(matching(w))
    if not r:
        return None
    x, b = r[0].block, r[0].target
    y = w.pick(
        [c for c in _clear(w) if c != x and x not in _below(w, c) and _can_top(w, c)]
    )
    if not y:
        return None
    return (
        f"put the block that's the same colour as the {b} on top of the {y[0]}",
        rels(Rel("on", x, y[0])),
    )


def t65_match_cook(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if len(rest) > _BIN_CAPACITY:
        return None
    return (
        "same-colour blocks into their bowls, the rest in the bin please",
        both(rels(*want), binned(rest)),
    )


_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("parent", "office", "student", "retiree", "hobbyist", "cook")

FRESH65: list[Template] = [
    (f"t65_{short}_{style}", category, globals()[f"t65_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
