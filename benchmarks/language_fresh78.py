"""`FRESH78`, the seventy-ninth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: plans in steps, as ordinary people give them: two or three steps joined by "first", "then", "after that",
"finally", "once that's done" or "and then", with pronouns that point back at what an earlier step moved ("it",
"that one", "the same bowl", "there"), and steps whose order matters (build a tower bottom-up, empty a bowl and then
use it). The check is always about the final state after every step, and accepts every final state the steps allow.
Questions stay plain questions. The six styles, one per template in every category:

- numbered: numbered steps, "1. Put the red block in the blue bowl. 2. Stack the green block on the red one."
- first_then: "First take the red block off the green block, then throw the green block in the bin."
- and_then: a run-on sentence, "Put the red block on the green block and then put the blue block on top of the red one."
- sentences: one sentence per step, "Move the red block to the top left corner. Move the green block to the middle."
- once_done: a step, then "Once that's done, ...", "Clear off the red block. Once that's done, put the green block
  on the red one."
- pronoun: a later step refers back with a pronoun, "Pick up the red block and put it in the blue bowl, then put the
  green block in the same bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on b382b52, after every fix before it and before anything it could prompt):
0.903 goal-correct (271 of 300), 19 refused, 0 asked, 10 wrong: five wrong actions ('Take X out of W and then put it
down anywhere except the bin' put it back in W) and five wrong replies ("There's a block in W. What colour is it?"
answered the bowl's colour).
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
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_GRIPPER = "gripper"
_BIN_CAPACITY = len(layout.BIN_SLOTS)
_CORNERS = [p for p in PLACES if "corner" in p]


# ----- helpers --------------------------------------------------------------------------------------
def _one(w: World, name: str) -> str:
    """'the red one' for a block or bowl named before; its full name where a thing of the other kind shares the
    colour ('the white one' could then be the white bowl as well as the white block)."""
    kind = name.split()[-1]
    others = [
        b
        for b in (w.bowls if kind == "block" else w.blocks)
        if w.colour(b) == w.colour(name)
    ]
    return f"the {name}" if others else f"the {w.colour(name)} one"


def _free(w: World) -> list[str]:
    """Blocks with nothing on them, not in the bin or the gripper: they can be picked up at once."""
    return [b for b in w.clear_blocks() if w.state.base(b) not in (BIN, _GRIPPER)]


def _depth(w: World, block: str) -> int:
    """How many blocks high `block` stands in its tower (1: it rests on the table, a place or a bowl)."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _bin_room(w: World) -> int:
    return _BIN_CAPACITY - sum(1 for b in w.blocks if w.state.base(b) == BIN)


def _on_floor(w: World, block: str) -> bool:
    """Standing straight on the table (or a named place on it)."""
    return w.state.support[block] in (TABLE, *PLACES)


def _clear_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) where the top block has nothing on it and the tower is not in the bin."""
    return [
        (t, b)
        for t, b in w.pairs()
        if w.state.is_clear(t) and w.state.base(b) not in (BIN, _GRIPPER)
    ]


def _bowls_with(w: World, n: int) -> list[str]:
    """Bowls holding exactly n blocks."""
    return [b for b in w.bowls if len(w.state.in_bowl(b)) == n]


def _nonempty(w: World) -> list[str]:
    return [b for b in w.bowls if w.state.in_bowl(b)]


def _only_in(bowl: str, *blocks: str) -> Check:
    """The bowl holds exactly these blocks."""
    return lambda _i, f: set(f.in_bowl(bowl)) == set(blocks)


def _out_of(block: str, bowl: str) -> Check:
    """The block is set down somewhere outside the bowl (and not held)."""
    return lambda _i, f: f.base(block) not in (bowl, _GRIPPER)


def _not_on(top: str, below: str) -> Check:
    return rels(Rel("on", top, below, negated=True))


def _matched(w: World) -> dict[str, str]:
    """Block -> the bowl of its colour."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower (any order) standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if (
            len(bottoms) != 1
            or f.support[bottoms[0]] in f.support
            or f.support[bottoms[0]] in (BIN, _GRIPPER)
        ):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


# ----- imperative -----------------------------------------------------------------------------------
def t78_imp_numbered(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pick:
        return None
    a, b = pick
    text = f"1. Put the {a} in the {bowl}. 2. Stack the {b} on {_one(w, a)}."
    return text, rels(Rel("in", a, bowl), Rel("on", b, a))


def t78_imp_first_then(w: World) -> Made:
    pairs = _clear_pairs(w)
    if not pairs or _bin_room(w) < 1:
        return None
    x, y = w.pick(pairs)[0]
    text = f"First take the {x} off the {y}, then throw the {y} in the bin."
    return text, both(binned([y]), _not_on(x, y), none_binned([x]))


def t78_imp_and_then(w: World) -> Made:
    pick = w.pick(_free(w), 3)
    if not pick:
        return None
    a, b, c = pick
    if _depth(w, b) + 2 > layout.MAX_TOWER:
        return None
    text = f"Put the {a} on the {b} and then put the {c} on top of {_one(w, a)}."
    return text, rels(Rel("on", a, b), Rel("on", c, a))


def t78_imp_sentences(w: World) -> Made:
    pick = w.pick(_free(w), 2)
    if not pick:
        return None
    a, b = pick
    p, q = w.pick(list(PLACES), 2)
    text = f"Move the {a} to the {p}. Move the {b} to the {q}."
    return text, rels(Rel("at", a, p), Rel("at", b, q))


def t78_imp_once_done(w: World) -> Made:
    covered = [
        b
        for b in w.blocks
        if not w.state.is_clear(b) and w.state.base(b) not in (BIN, _GRIPPER)
    ]
    if not covered:
        return None
    r = w.pick(covered)[0]
    above = w.state.above(r)
    others = [b for b in _free(w) if b not in above and b != r]
    if not others:
        return None
    g = w.pick(others)[0]
    text = f"Clear off the {r}. Once that's done, put the {g} on {_one(w, r)}."
    return text, both(rels(Rel("on", g, r)), none_binned(above))


def t78_imp_pronoun(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pick:
        return None
    a, b = pick
    text = (
        f"Pick up the {a} and put it in the {bowl}, then put the {b} in the same bowl."
    )
    return text, rels(Rel("in", a, bowl), Rel("in", b, bowl))


# ----- declarative ----------------------------------------------------------------------------------
def t78_dec_numbered(w: World) -> Made:
    raised = [b for b in _free(w) if not _on_floor(w, b)]
    if not raised:
        return None
    r = w.pick(raised)[0]
    others = [b for b in _free(w) if b != r]
    if not others:
        return None
    g = w.pick(others)[0]
    text = f"1. The {r} goes on the table. 2. The {g} goes on top of {_one(w, r)}."
    return text, rels(Rel("on_table", r), Rel("on", g, r))


def t78_dec_first_then(w: World) -> Made:
    pairs = _clear_pairs(w)
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not pairs or not bowls:
        return None
    x, y = w.pick(pairs)[0]
    bowls = [b for b in bowls if w.state.base(y) != b]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    text = f"First the {x} comes off the {y}, then the {y} goes in the {bowl}."
    return text, both(rels(Rel("in", y, bowl)), _not_on(x, y), none_binned([x]))


def t78_dec_and_then(w: World) -> Made:
    pick = w.pick(_free(w), 3)
    if not pick or _bin_room(w) < 1:
        return None
    r, b, g = pick
    if _depth(w, g) + 1 > layout.MAX_TOWER:
        return None
    text = f"The {r} goes in the bin and then the {b} goes on the {g}."
    return text, both(binned([r]), rels(Rel("on", b, g)))


def t78_dec_sentences(w: World) -> Made:
    bowls = _nonempty(w)
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    outside = [b for b in _free(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    r = w.pick(outside)[0]
    text = f"The {bowl} gets emptied first. After that, the {r} goes in that bowl."
    return text, _only_in(bowl, r)


def t78_dec_once_done(w: World) -> Made:
    pick = w.pick(_free(w), 2)
    if not pick:
        return None
    r, g = pick
    text = f"The {r} needs to go in the middle of the table. Once that's done, the {g} goes on top of {_one(w, r)}."
    return text, rels(Rel("at", r, "middle"), Rel("on", g, r))


def t78_dec_pronoun(w: World) -> Made:
    inside = [b for b in _free(w) if w.state.base(b) in w.bowls]
    if not inside:
        return None
    r = w.pick(inside)[0]
    home = w.state.base(r)
    targets = [b for b in w.bowls if b != home and _room(w, b) >= 2]
    if not targets:
        return None
    bowl = w.pick(targets)[0]
    others = [b for b in _free(w) if b != r and w.state.base(b) != bowl]
    if not others:
        return None
    y = w.pick(others)[0]
    text = f"The {r} comes out of the {home} and goes into the {bowl}, and the {y} goes in there with it."
    return text, rels(Rel("in", r, bowl), Rel("in", y, bowl))


# ----- desiderative ---------------------------------------------------------------------------------
def t78_des_numbered(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls or _bin_room(w) < 1:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick(_free(w), 2)
    if not pick:
        return None
    r, g = pick
    if w.state.base(g) == bowl:
        return None
    text = f"I'd like two things, in this order: 1) the {r} in the bin, 2) the {g} in the {bowl}."
    return text, both(binned([r]), rels(Rel("in", g, bowl)))


def t78_des_first_then(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick(_free(w), 2)
    if not pick:
        return None
    r, b = pick
    if w.state.base(b) == bowl:
        return None
    p = w.pick(list(PLACES))[0]
    text = f"I'd like you to first move the {r} to the {p}, then put the {b} in the {bowl}."
    return text, rels(Rel("at", r, p), Rel("in", b, bowl))


def t78_des_and_then(w: World) -> Made:
    inside = [b for b in _free(w) if w.state.base(b) in w.bowls]
    if not inside:
        return None
    r = w.pick(inside)[0]
    bowl = w.state.base(r)
    others = [b for b in _free(w) if w.state.base(b) != bowl]
    if not others:
        return None
    g = w.pick(others)[0]
    text = f"I want you to take the {r} out of the {bowl} and then put the {g} in that bowl."
    return text, both(_out_of(r, bowl), none_binned([r]), rels(Rel("in", g, bowl)))


def t78_des_sentences(w: World) -> Made:
    bowls = [b for b in _nonempty(w) if len(w.state.in_bowl(b)) <= _bin_room(w)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    contents = w.state.in_bowl(bowl)
    outside = [b for b in _free(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    g = w.pick(outside)[0]
    text = (
        f"I'd like the {bowl} emptied into the bin. Then I want the {g} in that bowl."
    )
    return text, both(binned(contents), _only_in(bowl, g))


def t78_des_once_done(w: World) -> Made:
    pick = w.pick(_free(w), 3)
    if not pick or _bin_room(w) < 1:
        return None
    r, b, g = pick
    if _depth(w, g) + 1 > layout.MAX_TOWER:
        return None
    text = f"Could you put the {r} in the bin? Once that's done, I'd like the {b} moved onto the {g}."
    return text, both(binned([r]), rels(Rel("on", b, g)))


def t78_des_pronoun(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pick:
        return None
    r, g = pick
    text = (
        f"I'd like the {r} in the {bowl}, and after that the {g} on top of that block."
    )
    return text, rels(Rel("in", r, bowl), Rel("on", g, r))


# ----- quantified -----------------------------------------------------------------------------------
def t78_qua_numbered(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pick:
        return None
    a, b = pick
    others = [x for x in w.blocks if x not in pick]
    if not 2 <= len(others) <= _bin_room(w):
        return None
    text = f"1. Put the {a} and the {b} in the {bowl}. 2. Put all the other blocks in the bin."
    return text, both(rels(Rel("in", a, bowl), Rel("in", b, bowl)), binned(others))


def t78_qua_first_then(w: World) -> Made:
    bowls = _nonempty(w)
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pick:
        return None
    a, b = pick
    text = (
        f"First take everything out of the {bowl}, then put the {a} and the {b} in it."
    )
    return text, _only_in(bowl, a, b)


def t78_qua_and_then(w: World) -> Made:
    bowls = _nonempty(w)
    if not bowls or len(w.bowls) < 2:
        return None
    src = w.pick(bowls)[0]
    contents = w.state.in_bowl(src)
    dests = [b for b in w.bowls if b != src and _room(w, b) >= len(contents)]
    if not dests:
        return None
    dst = w.pick(dests)[0]
    outside = [b for b in _free(w) if w.state.base(b) != src]
    if not outside:
        return None
    r = w.pick(outside)[0]
    text = f"Move everything in the {src} into the {dst} and then put the {r} in the {src}."
    return text, both(rels(*(Rel("in", c, dst) for c in contents)), _only_in(src, r))


def t78_qua_sentences(w: World) -> Made:
    loose = w.state.on_the_table()
    if not 2 <= len(loose) <= _bin_room(w):
        return None
    starts = [b for b in _free(w) if b in loose]
    if not starts:
        return None
    r = w.pick(starts)[0]
    text = f"Put the {r} in the bin. Do the same with every other block that isn't in a bowl."
    return text, both(binned(loose), none_binned(w.state.in_bowls()))


def t78_qua_once_done(w: World) -> Made:
    if len(w.bowls) < 2 or not _nonempty(w):
        return None
    outside = [b for b in _free(w) if w.state.base(b) not in w.bowls]
    if not outside:
        return None
    r = w.pick(outside)[0]
    bowl = w.pick(w.bowls)[0]
    which = "both bowls" if len(w.bowls) == 2 else f"all {len(w.bowls)} bowls"
    which = which.replace("all 3", "all three")
    text = f"Empty {which}. Once that's done, put the {r} in {_one(w, bowl)}."
    others = [b for b in w.bowls if b != bowl]
    return text, both(_only_in(bowl, r), *(_only_in(b) for b in others))


def t78_qua_pronoun(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pick:
        return None
    a, b = pick
    text = f"Grab the {a} and the {b}, one after the other, and drop both of them in the {bowl}."
    return text, rels(Rel("in", a, bowl), Rel("in", b, bowl))


# ----- negated --------------------------------------------------------------------------------------
def t78_neg_numbered(w: World) -> Made:
    if len(w.bowls) < 2 or _bin_room(w) < 1:
        return None
    outside = [b for b in _free(w) if w.state.base(b) not in w.bowls]
    if len(outside) < 1:
        return None
    a = w.pick(outside)[0]
    avoid = w.pick(w.bowls)[0]
    allowed = [b for b in w.bowls if b != avoid and _room(w, b) >= 1]
    if not allowed:
        return None
    rest = [b for b in _free(w) if b != a]
    if not rest:
        return None
    b = w.pick(rest)[0]
    text = f"1. Put the {a} in a bowl, but not the {avoid}. 2. Put the {b} in the bin."
    return text, both(lambda _i, f: f.base(a) in allowed, binned([b]))


def t78_neg_first_then(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pick:
        return None
    a, b = pick
    text = f"First put the {a} in the {bowl}, then put the {b} in the bowl too, but not on top of {_one(w, a)}."
    return text, both(rels(Rel("in", a, bowl), Rel("in", b, bowl)), _not_on(b, a))


def t78_neg_and_then(w: World) -> Made:
    inside = [b for b in _free(w) if w.state.base(b) in w.bowls]
    if not inside:
        return None
    r = w.pick(inside)[0]
    bowl = w.state.base(r)
    text = (
        f"Take the {r} out of the {bowl} and then put it down anywhere except the bin."
    )
    return text, both(_out_of(r, bowl), none_binned([r]))


def t78_neg_sentences(w: World) -> Made:
    pick = w.pick(_free(w), 2)
    if not pick:
        return None
    a, b = pick
    p = w.pick(_CORNERS)[0]
    text = f"Put the {a} in the {p}. Then put the {b} in that corner as well. Don't stack it on {_one(w, a)}."
    return text, both(rels(Rel("at", a, p), Rel("at", b, p)), _not_on(b, a))


def t78_neg_once_done(w: World) -> Made:
    pick = w.pick(_free(w), 3)
    if not pick or _bin_room(w) < 1:
        return None
    r, b, g = pick
    if _depth(w, g) + 1 > layout.MAX_TOWER:
        return None
    rest = [x for x in w.blocks if x not in pick and w.state.base(x) != BIN]
    if not rest:
        return None
    y = w.pick(rest)[0]
    text = f"Put the {r} in the bin. Once that's done, stack the {b} on the {g}, but don't move the {y}."
    return text, both(binned([r]), rels(Rel("on", b, g)), kept(y))


def t78_neg_pronoun(w: World) -> Made:
    pairs = _clear_pairs(w)
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    bowls = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(y) != b]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    text = (
        f"Take the {x} off the {y} and put it in the {bowl}, not back on {_one(w, y)}."
    )
    return text, both(rels(Rel("in", x, bowl)), _not_on(x, y))


# ----- relative -------------------------------------------------------------------------------------
def t78_rel_numbered(w: World) -> Made:
    pairs = _clear_pairs(w)
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    bowls = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(x) != b]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    text = f"1. Pick up the block that's sitting on the {y}. 2. Put it in the {bowl}."
    return text, rels(Rel("in", x, bowl))


def t78_rel_first_then(w: World) -> Made:
    bowls = _bowls_with(w, 1)
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    (x,) = w.state.in_bowl(bowl)
    others = [b for b in _free(w) if b != x]
    if not others:
        return None
    r = w.pick(others)[0]
    text = f"First put the block that's in the {bowl} on the table, then put the {r} in that bowl."
    return text, rels(Rel("on_table", x), Rel("in", r, bowl))


def t78_rel_and_then(w: World) -> Made:
    pairs = _clear_pairs(w)
    if not pairs:
        return None
    r, y = w.pick(pairs)[0]
    bowls = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(y) != b]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    text = f"Move the {r} onto the table and then put the block it was sitting on into the {bowl}."
    return text, rels(Rel("on_table", r), Rel("in", y, bowl))


def t78_rel_sentences(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    r = w.pick(inside)[0]
    bowl = w.state.base(r)
    if _room(w, bowl) < 1:
        return None
    others = [b for b in _free(w) if w.state.base(b) != bowl]
    if not others:
        return None
    g = w.pick(others)[0]
    text = f"Find the bowl that has the {r} in it. Put the {g} in that bowl as well."
    return text, rels(Rel("in", g, bowl))


def t78_rel_once_done(w: World) -> Made:
    pairs = [(x, g) for x, g in _clear_pairs(w) if w.state.above(g) == [x]]
    if not pairs or _bin_room(w) < 1:
        return None
    x, g = w.pick(pairs)[0]
    others = [b for b in _free(w) if b not in (x, g)]
    if not others:
        return None
    r = w.pick(others)[0]
    text = f"Put the block that's on top of the {g} in the bin. Once that's done, put the {r} on the {g}."
    return text, both(binned([x]), rels(Rel("on", r, g)))


def t78_rel_pronoun(w: World) -> Made:
    bowls = _bowls_with(w, 1)
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    (x,) = w.state.in_bowl(bowl)
    others = [b for b in _free(w) if b != x and _depth(w, b) < layout.MAX_TOWER]
    if not others:
        return None
    r = w.pick(others)[0]
    text = f"There's a block in the {bowl}. Take it out and put it on the {r}."
    return text, rels(Rel("on", x, r))


# ----- keep -----------------------------------------------------------------------------------------
def t78_keep_numbered(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls or _bin_room(w) < 1:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pick:
        return None
    r, g = pick
    rest = [b for b in w.blocks if b not in pick]
    y = w.pick(rest)[0]
    text = f"1. Put the {r} in the bin. 2. Put the {g} in the {bowl}. Keep the {y} where it is the whole time."
    return text, both(binned([r]), rels(Rel("in", g, bowl)), kept(y))


def t78_keep_first_then(w: World) -> Made:
    pick = w.pick(_free(w), 3)
    if not pick:
        return None
    a, b, c = pick
    if _depth(w, b) + 2 > layout.MAX_TOWER:
        return None
    rest = [x for x in w.blocks if x not in pick]
    if not rest:
        return None
    y = w.pick(rest)[0]
    text = f"First put the {a} on the {b}, then put the {c} on {_one(w, a)}. Leave the {y} alone."
    return text, both(rels(Rel("on", a, b), Rel("on", c, a)), kept(y))


def t78_keep_and_then(w: World) -> Made:
    bowls = [b for b in _nonempty(w) if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    contents = w.state.in_bowl(bowl)
    outside = [b for b in _free(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    r = w.pick(outside)[0]
    what = "whatever's" if len(contents) > 1 else "the block that's"
    text = f"Leave {what} in the {bowl} where it is, pick up the {r} and then put it in the {bowl} too."
    return text, both(kept(*contents), rels(Rel("in", r, bowl)))


def t78_keep_sentences(w: World) -> Made:
    pick = w.pick(_free(w), 2)
    if not pick:
        return None
    a, b = pick
    rest = [x for x in w.blocks if x not in pick]
    y = w.pick(rest)[0]
    p, q = w.pick(list(PLACES), 2)
    text = f"Move the {a} to the {p}. Then move the {b} to the {q}. The {y} stays where it is."
    return text, both(rels(Rel("at", a, p), Rel("at", b, q)), kept(y))


def t78_keep_once_done(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls or _bin_room(w) < 1:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pick:
        return None
    r, g = pick
    rest = [b for b in w.blocks if b not in pick]
    text = f"Put the {r} in the bin. Once that's done, put the {g} in the {bowl}. Everything else stays put."
    return text, both(binned([r]), rels(Rel("in", g, bowl)), kept(*rest))


def t78_keep_pronoun(w: World) -> Made:
    inside = [b for b in _free(w) if w.state.base(b) in w.bowls]
    if not inside:
        return None
    r = w.pick(inside)[0]
    bowl = w.state.base(r)
    targets = [
        b
        for b in _free(w)
        if b != r and w.state.base(b) != bowl and _depth(w, b) < layout.MAX_TOWER
    ]
    if not targets:
        return None
    g = w.pick(targets)[0]
    text = f"Take the {r} out of the {bowl} and put it on the {g}, but keep {_one(w, g)} where it is."
    return text, both(rels(Rel("on", r, g)), kept(g))


# ----- multi-step -----------------------------------------------------------------------------------
def t78_multi_numbered(w: World) -> Made:
    raised = [b for b in _free(w) if not _on_floor(w, b)]
    if not raised:
        return None
    r = w.pick(raised)[0]
    pick = w.pick([b for b in _free(w) if b != r], 2)
    if not pick:
        return None
    g, b = pick
    text = f"1. Put the {r} on the table. 2. Stack the {g} on {_one(w, r)}. 3. Stack the {b} on {_one(w, g)}."
    return text, rels(Rel("stacked", r, g, b))


def t78_multi_first_then(w: World) -> Made:
    bowls = _nonempty(w)
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pick:
        return None
    r, g = pick
    text = f"First empty the {bowl}, then put the {r} in it, and finally put the {g} on top of {_one(w, r)}."
    return text, both(_only_in(bowl, r, g), rels(Rel("on", g, r)))


def t78_multi_and_then(w: World) -> Made:
    pairs = _clear_pairs(w)
    if not pairs:
        return None
    r, y = w.pick(pairs)[0]
    text = f"Take the {r} off the {y} and then put it on the table and then put the {y} on top of it."
    return text, rels(Rel("on_table", r), Rel("on", y, r))


def t78_multi_sentences(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 3]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 3)
    if not pick:
        return None
    r, g, y = pick
    text = (
        f"Pick up the {r}. Put it in the {bowl}. Then put the {g} in the same bowl. "
        f"Finally, put the {y} on top of {_one(w, g)}."
    )
    return text, rels(Rel("in", r, bowl), Rel("in", g, bowl), Rel("on", y, g))


def t78_multi_once_done(w: World) -> Made:
    pairs = _clear_pairs(w)
    if not pairs or _bin_room(w) < 1:
        return None
    r, y = w.pick(pairs)[0]
    others = [b for b in _free(w) if b not in (r, y)]
    if not others:
        return None
    g = w.pick(others)[0]
    text = f"Put the {r} in the bin. Once that's done, put the {g} where {_one(w, r)} was sitting."
    return text, both(binned([r]), rels(Rel("on", g, y)))


def t78_multi_pronoun(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 3]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    pick = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 3)
    if not pick:
        return None
    r, g, y = pick
    text = (
        f"Pick up the {r} and put it in the {bowl}. Then stack the {g} on it, "
        f"and the {y} on top of that one."
    )
    return text, rels(Rel("in", r, bowl), Rel("on", g, r), Rel("on", y, g))


# ----- questions ------------------------------------------------------------------------------------
def t78_q_numbered(w: World) -> Made:
    bowls = [
        b
        for b in _nonempty(w)
        if all(w.state.support[x] == b for x in w.state.in_bowl(b))
    ]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return f"How many blocks are in the {bowl}?", answered(
        str(len(w.state.in_bowl(bowl)))
    )


def t78_q_first_then(w: World) -> Made:
    bowl_colours = {w.colour(b) for b in w.bowls}
    pairs = [(t, b) for t, b in w.pairs() if w.colour(b) not in bowl_colours]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return f"What is the {top} sitting on?", answered(f"{w.colour(below)}|block")


def t78_q_and_then(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        r = w.pick(inside)[0]
        bowl = w.state.base(r)
        if w.rng.random() < 0.5 and len(w.bowls) > 1:
            bowl = w.pick([b for b in w.bowls if b != bowl])[0]
    else:
        r = w.pick(w.blocks)[0]
        bowl = w.pick(w.bowls)[0]
    return f"Is the {r} in the {bowl}?", answered(yes(w.state.base(r) == bowl))


def t78_q_sentences(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.colour(b) != w.colour(w.state.base(b))]
    if not inside:
        return None
    r = w.pick(inside)[0]
    return f"Which bowl is the {r} in?", answered(w.colour(w.state.base(r)))


def t78_q_once_done(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if covered and w.rng.random() < 0.5:
        r = w.pick(covered)[0]
    else:
        r = w.pick(w.blocks)[0]
    return f"Is there anything on top of the {r}?", answered(
        yes(not w.state.is_clear(r))
    )


def t78_q_pronoun(w: World) -> Made:
    bowls = [
        b for b in _bowls_with(w, 1) if w.colour(w.state.in_bowl(b)[0]) != w.colour(b)
    ]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    (x,) = w.state.in_bowl(bowl)
    return f"There's a block in the {bowl}. What colour is it?", answered(w.colour(x))


# ----- colour matching ------------------------------------------------------------------------------
def t78_match_numbered(w: World) -> Made:
    home = _matched(w)
    movable = [
        b
        for b in _free(w)
        if b in home and w.state.base(b) != home[b] and _room(w, home[b]) >= 2
    ]
    if not movable:
        return None
    r = w.pick(movable)[0]
    others = [b for b in _free(w) if b != r]
    if not others:
        return None
    g = w.pick(others)[0]
    text = f"1. Put the {r} in the bowl of the same colour. 2. Stack the {g} on {_one(w, r)}."
    return text, rels(Rel("in", r, home[r]), Rel("on", g, r))


def t78_match_first_then(w: World) -> Made:
    home = _matched(w)
    rest = [b for b in w.blocks if b not in home]
    if not home or not 1 <= len(rest) <= _bin_room(w):
        return None
    text = "First sort the blocks into the bowls that match their colours, then put the rest in the bin."
    return text, both(rels(*matching(w)), binned(rest))


def t78_match_and_then(w: World) -> Made:
    home = _matched(w)
    rest = [b for b in w.blocks if b not in home]
    if not home or not 2 <= len(rest) <= layout.MAX_TOWER:
        return None
    check = both(rels(*matching(w)), _one_tower(rest))
    if check(w.state, w.state):
        return None  # already done
    text = (
        "Put every block that has a bowl of the same colour into that bowl, "
        "and then stack the remaining blocks into one tower."
    )
    return text, check


def t78_match_sentences(w: World) -> Made:
    home = _matched(w)
    if not home:
        return None
    unmatched = [b for b in _free(w) if b not in home]
    pick = w.pick(unmatched, 2)
    if not pick:
        return None
    r, g = pick
    if _depth(w, g) + 1 > layout.MAX_TOWER:
        return None
    text = f"Put each block that has a bowl of the same colour into that bowl. Then put the {r} on the {g}."
    return text, rels(*matching(w), Rel("on", r, g))


def t78_match_once_done(w: World) -> Made:
    home = _matched(w)
    movable = [
        b
        for b in _free(w)
        if b in home and _room(w, home[b]) >= 1 and w.state.base(b) != home[b]
    ]
    if not movable:
        return None
    r = w.pick(movable)[0]
    others = [b for b in w.blocks if b != r]
    if len(others) > _bin_room(w):
        return None
    text = f"Put the {r} in the bowl that matches it. Once that's done, throw all the other blocks in the bin."
    return text, both(rels(Rel("in", r, home[r])), binned(others))


def t78_match_pronoun(w: World) -> Made:
    home = _matched(w)
    movable = [
        b
        for b in _free(w)
        if b in home and w.state.base(b) != home[b] and _room(w, home[b]) >= 2
    ]
    if not movable:
        return None
    r = w.pick(movable)[0]
    others = [b for b in _free(w) if b != r and w.state.base(b) != home[r]]
    if not others:
        return None
    g = w.pick(others)[0]
    text = f"Put the {r} in the bowl that matches its colour, and then put the {g} in there with it."
    return text, rels(Rel("in", r, home[r]), Rel("in", g, home[r]))


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
_STYLES = ("numbered", "first_then", "and_then", "sentences", "once_done", "pronoun")

FRESH78: list[Template] = [
    (f"t78_{short}_{style}", category, globals()[f"t78_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
