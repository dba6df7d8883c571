"""`FRESH109`, the hundred-and-tenth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: places and regions of the table as goals and references. The goals are the named places (the four corners
and the middle); the references are regions and distances: the left or right side, the half nearest the robot or
the far side, the block nearest the middle, the leftmost block, the block that sits on another one, "X in the middle
and Y in the bottom right corner", "put Y where X is", "nothing in the corners". Every region reference is used only
when no block sits close to the dividing line, and every "nearest" or "-most" only when the winner is clear.

- engineer: "Target configuration: the red block at the middle, the blue block at the bottom right corner."
- parent: "Sweetheart, put the block on the left side in the top right corner, please."
- child: "put the blocks on the left side in the bottom left corner but not the red one"
- warehouse: "Grab the block nearest the middle and drop it in the top left corner."
- teacher: "Put one block in each of the four corners, please."
- gamer: "Step one: green block to the middle. Step two: put the pink block where the green block is."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 54d50af, after every fix before it and before anything it could prompt):
0.747 goal-correct (224 of 300), 56 refused, 3 asked, 17 wrong, none of them an action: 17 wrong replies (questions about
the sides and halves of the table: 'Count the blocks on the left side: how many are there?', "What's the block count on
the near side?", 'Sweetie, is X over on the left side of the table?', and whether X is nearer one corner than another).
"""

from __future__ import annotations

import math
from collections.abc import Callable

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
from sim.core.lexicon import BIN, PLACES
from sim.core.relations import Rel
from sim.core.symbolic import SymState

MIDDLE = "middle"
CORNERS = [p for p in PLACES if p != MIDDLE]
_MARGIN = 0.03  # how far from a dividing line, or ahead of the runner-up, a block must be to be referred to
_MID_XY = layout.PLACES[MIDDLE]


# ----- helpers ---------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """The goal, with nothing left in the gripper."""
    return both(*checks, _idle)


def _at(*blocks: str, place: str) -> Check:
    return rels(*(Rel("at", b, place) for b in blocks))


def _count_at(place: str, n: int) -> Check:
    return lambda _i, f: sum(f.base(b) == place for b in f.blocks) == n


def _corners_empty(_i: SymState, f: SymState) -> bool:
    return not any(f.base(b) in CORNERS for b in f.blocks)


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _side(w: World, name: str) -> str | None:
    y = w.y(name)
    return "left" if y < -_MARGIN else "right" if y > _MARGIN else None


def _half(w: World, name: str) -> str | None:
    x = _xy(w, name)[0]
    return (
        "near"
        if x < _MID_XY[0] - _MARGIN
        else "far"
        if x > _MID_XY[0] + _MARGIN
        else None
    )


def _region(w: World, which: str) -> list[str] | None:
    """The blocks on one side ("left", "right") or half ("near", "far"); None when a block is on the line."""
    label = _side if which in ("left", "right") else _half
    labels = {b: label(w, b) for b in w.blocks}
    if None in labels.values():
        return None
    return [b for b, lab in labels.items() if lab == which]


def _unique_min(blocks: list[str], key: Callable[[str], float]) -> str | None:
    ranked = sorted(blocks, key=key)
    if not ranked or (len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < _MARGIN):
        return None
    return ranked[0]


def _to_middle(w: World, name: str) -> float:
    x, y = _xy(w, name)
    return math.hypot(x - _MID_XY[0], y - _MID_XY[1])


def _nearest_middle(w: World) -> str | None:
    return _unique_min(w.blocks, lambda b: _to_middle(w, b))


def _loose(w: World) -> list[str]:
    """Clear blocks, not in the bin."""
    return w.clear_blocks()


def _in_bowl(w: World, b: str) -> bool:
    return w.state.base(b) in w.state.bowls


def _pl(w: World, place: str) -> str:
    if place == MIDDLE:
        return w.rng.choice(["the middle", "the middle of the table"])
    return w.rng.choice([f"the {place}", f"the {place}", f"the {place} of the table"])


def _side_words(w: World, side: str) -> str:
    return w.rng.choice(
        [f"the {side} side", f"the {side}-hand side", f"the {side} side of the table"]
    )


def _half_words(w: World, half: str) -> str:
    if half == "far":
        return w.rng.choice(
            ["the far side", "the far half of the table", "the side furthest from you"]
        )
    return w.rng.choice(
        ["the half nearest you", "the near side", "the side closest to the robot"]
    )


def _short(name: str) -> str:
    """The colour word of a name ("red block" -> "red")."""
    return name.split()[0]


def _matched_bowl(w: World, b: str) -> str | None:
    return next((bowl for bowl in w.bowls if w.colour(bowl) == w.colour(b)), None)


def _corner_on(region: str) -> list[str]:
    """The two corners on a side ("left", "right") or half ("near": top, "far": bottom)."""
    word = {"near": "top", "far": "bottom"}.get(region, region)
    return [c for c in CORNERS if word in c]


_OPPOSITE = {"left": "right", "right": "left", "near": "far", "far": "near"}
_ALL_REGIONS = ["left", "right", "near", "far"]


def _region_words(w: World, which: str) -> str:
    return (
        _side_words(w, which) if which in ("left", "right") else _half_words(w, which)
    )


def _find_region(
    w: World, regions: list[str], ok: Callable[[str, list[str]], bool]
) -> tuple[str, list[str]] | None:
    """The first region, in random order, whose blocks (none on a dividing line) pass `ok`."""
    for r in w.rng.sample(regions, len(regions)):
        blocks = _region(w, r)
        if blocks is not None and ok(r, blocks):
            return r, blocks
    return None


def _lone(w: World, regions: list[str]) -> tuple[str, str] | None:
    """A region holding exactly one block, a clear one: (region, block)."""
    found = _find_region(w, regions, lambda _r, bs: len(bs) == 1 and bs[0] in _loose(w))
    return (found[0], found[1][0]) if found else None


def _lone_or_end(w: World, regions: list[str]) -> tuple[str, str, bool] | None:
    """(region, block, alone): the only block in a region, else the clear block furthest to one side."""
    found = _lone(w, regions)
    if found is not None:
        return found[0], found[1], True
    extreme = _find_extreme(w, ("leftmost", "rightmost"), lambda b: b in _loose(w))
    if extreme is None:
        return None
    return extreme[0].removesuffix("most"), extreme[1], False


_EXTREMES = ("nearest the middle", "furthest from the middle", "leftmost", "rightmost")


def _extreme(w: World, kind: str) -> str | None:
    key: Callable[[str], float] = {
        "nearest the middle": lambda b: _to_middle(w, b),
        "furthest from the middle": lambda b: -_to_middle(w, b),
        "leftmost": lambda b: w.y(b),
        "rightmost": lambda b: -w.y(b),
    }[kind]
    return _unique_min(w.blocks, key)


def _find_extreme(
    w: World, kinds: tuple[str, ...], ok: Callable[[str], bool]
) -> tuple[str, str] | None:
    """(kind, block) for the first kind of extreme block, in random order, that is unique and passes `ok`."""
    for kind in w.rng.sample(list(kinds), len(kinds)):
        b = _extreme(w, kind)
        if b is not None and ok(b):
            return kind, b
    return None


def _extreme_words(kind: str) -> str:
    return {
        "nearest the middle": "the block nearest the middle",
        "furthest from the middle": "the block furthest from the middle",
        "leftmost": "the leftmost block",
        "rightmost": "the rightmost block",
    }[kind]


# ----- imperative ------------------------------------------------------------------------------------
def t109_imp_engineer(w: World) -> Made:
    (b,) = w.pick(_loose(w)) or (None,)
    if b is None:
        return None
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Relocate the {b} to {_pl(w, p)}.",
            f"Move the {b} to {_pl(w, p)}.",
            f"Transfer the {b} over to {_pl(w, p)}, please.",
        ]
    )
    return text, _act(_at(b, place=p))


def t109_imp_parent(w: World) -> Made:
    found = _lone_or_end(w, ["left", "right"])
    if found is None:
        return None
    side, b, alone = found
    p = w.rng.choice([MIDDLE, *_corner_on(_OPPOSITE[side])])
    ref = (
        f"the block on {_side_words(w, side)}"
        if alone
        else f"the block that's furthest to the {side}"
    )
    text = w.rng.choice(
        [
            f"Sweetheart, put {ref} in {_pl(w, p)}, please.",
            f"Honey, take {ref} and put it in {_pl(w, p)}.",
            f"Put {ref} into {_pl(w, p)} for me, love.",
        ]
    )
    return text, _act(_at(b, place=p))


def t109_imp_child(w: World) -> Made:
    (b,) = w.pick(_loose(w)) or (None,)
    if b is None:
        return None
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"put the {b} in {_pl(w, p)}!",
            f"move the {b} to {_pl(w, p)} pleeease",
            f"robot put the {_short(b)} block in {_pl(w, p)} now",
        ]
    )
    return text, _act(_at(b, place=p))


def t109_imp_warehouse(w: World) -> Made:
    found = _find_extreme(
        w, ("nearest the middle", "furthest from the middle"), lambda b: b in _loose(w)
    )
    if found is None:
        return None
    kind, b = found
    c = w.rng.choice(CORNERS)
    if kind == "nearest the middle":
        text = w.rng.choice(
            [
                f"Grab the block nearest the middle and drop it in {_pl(w, c)}.",
                f"Take whichever block is closest to the middle and move it to {_pl(w, c)}.",
                f"Shift the block nearest to the middle of the table over to {_pl(w, c)}.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Grab the block furthest from the middle and drop it in {_pl(w, c)}.",
                f"Take whichever block is farthest out from the middle and move it to {_pl(w, c)}.",
            ]
        )
    return text, _act(_at(b, place=c))


def t109_imp_teacher(w: World) -> Made:
    p = w.rng.choice(list(PLACES))
    found = _lone(w, _ALL_REGIONS)
    if found is not None:
        region, b = found
        where = _region_words(w, region)
        text = w.rng.choice(
            [
                f"Please place the block on {where} in {_pl(w, p)}.",
                f"Could you kindly move the only block on {where} to {_pl(w, p)}?",
                f"Take the block that is on {where} and put it in {_pl(w, p)}, please.",
            ]
        )
        return text, _act(_at(b, place=p))
    extreme = _find_extreme(w, ("leftmost", "rightmost"), lambda b: b in _loose(w))
    if extreme is None:
        return None
    kind, b = extreme
    side = kind.removesuffix("most")
    text = w.rng.choice(
        [
            f"Please place the block furthest to the {side} in {_pl(w, p)}.",
            f"Could you kindly move the {kind} block to {_pl(w, p)}?",
        ]
    )
    return text, _act(_at(b, place=p))


def t109_imp_gamer(w: World) -> Made:
    (b,) = w.pick(_loose(w)) or (None,)
    if b is None:
        return None
    c = w.rng.choice(CORNERS)
    text = w.rng.choice(
        [
            f"Yeet the {b} into {_pl(w, c)}.",
            f"Send the {b} to {_pl(w, c)}, go go go.",
            f"Ok move the {b} to {_pl(w, c)}, ez.",
        ]
    )
    return text, _act(_at(b, place=c))


# ----- declarative -----------------------------------------------------------------------------------
def t109_dec_engineer(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    p, q = w.rng.sample(list(PLACES), 2)
    text = w.rng.choice(
        [
            f"Target configuration: the {a} at {_pl(w, p)}, the {b} at {_pl(w, q)}.",
            f"The end state is the {a} in {_pl(w, p)} and the {b} in {_pl(w, q)}.",
            f"Spec: the {a} ends up in {_pl(w, p)} and the {b} ends up in {_pl(w, q)}.",
        ]
    )
    return text, _act(_at(a, place=p), _at(b, place=q))


def t109_dec_parent(w: World) -> Made:
    (b,) = w.pick(_loose(w)) or (None,)
    if b is None:
        return None
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"The {b} goes in {_pl(w, p)}, honey.",
            f"The {b} belongs in {_pl(w, p)}, sweetie.",
            f"That {b} should be sitting in {_pl(w, p)}, love.",
        ]
    )
    return text, _act(_at(b, place=p))


def t109_dec_child(w: World) -> Made:
    (b,) = w.pick(_loose(w)) or (None,)
    if b is None:
        return None
    c = w.rng.choice(CORNERS)
    text = w.rng.choice(
        [
            f"the {b} lives in {_pl(w, c)}",
            f"the {_short(b)} block's house is {_pl(w, c)}",
            f"the {b} has to be in {_pl(w, c)}",
        ]
    )
    return text, _act(_at(b, place=c))


def t109_dec_warehouse(w: World) -> Made:
    found = _find_region(
        w,
        _ALL_REGIONS,
        lambda _r, bs: 2 <= len(bs) <= 4 and not any(_in_bowl(w, b) for b in bs),
    )
    if found is None:
        return None
    region, blocks = found
    c = w.rng.choice(CORNERS)
    where = _region_words(w, region)
    text = w.rng.choice(
        [
            f"Every block on {where} goes to {_pl(w, c)}.",
            f"All the blocks on {where} get staged in {_pl(w, c)}.",
            f"Blocks on {where} belong in {_pl(w, c)}.",
        ]
    )
    return text, _act(_at(*blocks, place=c))


def t109_dec_teacher(w: World) -> Made:
    found = _find_extreme(
        w, ("nearest the middle", "furthest from the middle"), lambda b: b in _loose(w)
    )
    if found is None:
        return None
    kind, b = found
    if kind == "nearest the middle":
        text = w.rng.choice(
            [
                "The block nearest the middle belongs right in the middle.",
                "The block that is closest to the middle ought to be in the middle itself.",
                "Whichever block is nearest to the middle of the table should be exactly in the middle.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                "The block furthest from the middle belongs in the middle.",
                "Whichever block is farthest away from the middle ought to be in the middle instead.",
            ]
        )
    return text, _act(_at(b, place=MIDDLE))


def t109_dec_gamer(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    c = w.rng.choice(CORNERS)
    text = w.rng.choice(
        [
            f"Objective: {a} in the middle, {b} in {_pl(w, c)}.",
            f"Win condition is the {a} in the middle and the {b} in {_pl(w, c)}.",
            f"Quest goal: the {a} sits in the middle and the {b} sits in {_pl(w, c)}.",
        ]
    )
    return text, _act(_at(a, place=MIDDLE), _at(b, place=c))


# ----- desiderative ----------------------------------------------------------------------------------
def t109_des_engineer(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    p, q = w.rng.choice(
        [
            ("top left corner", "bottom right corner"),
            ("top right corner", "bottom left corner"),
        ]
    )
    text = w.rng.choice(
        [
            f"I'd like the {a} in the {p} and the {b} in the {q}.",
            f"I need the {a} and the {b} in opposite corners: the {a} in the {p}, the {b} in the {q}.",
            f"I want the {a} at the {p} and the {b} at the {q}.",
        ]
    )
    return text, _act(_at(a, place=p), _at(b, place=q))


def t109_des_parent(w: World) -> Made:
    found = _lone_or_end(w, _ALL_REGIONS)
    if found is None:
        return None
    region, b, alone = found
    p = w.rng.choice(list(PLACES))
    ref = (
        f"the block on {_region_words(w, region)}"
        if alone
        else f"the block furthest to the {region}"
    )
    text = w.rng.choice(
        [
            f"I'd love it if {ref} ended up in {_pl(w, p)}, sweetheart.",
            f"I want {ref} in {_pl(w, p)}, please, honey.",
            f"Mummy would like {ref} to be in {_pl(w, p)}.",
        ]
    )
    return text, _act(_at(b, place=p))


def t109_des_child(w: World) -> Made:
    (b,) = w.pick(_loose(w)) or (None,)
    if b is None:
        return None
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"i want the {b} in {_pl(w, p)}!!",
            f"i wanna see the {_short(b)} block in {_pl(w, p)}",
            f"i want the {b} to be in {_pl(w, p)} pls",
        ]
    )
    return text, _act(_at(b, place=p))


def t109_des_warehouse(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    key = (lambda b: w.y(b)) if side == "left" else (lambda b: -w.y(b))
    b = _unique_min(w.blocks, key)
    if b is None or b not in _loose(w):
        return None
    c = w.rng.choice(CORNERS)
    most = "leftmost" if side == "left" else "rightmost"
    text = w.rng.choice(
        [
            f"Need the {most} block parked in {_pl(w, c)}.",
            f"I want the block furthest to the {side} moved to {_pl(w, c)}.",
            f"I'd like the {most} block on the table staged in {_pl(w, c)}.",
        ]
    )
    return text, _act(_at(b, place=c))


def t109_des_teacher(w: World) -> Made:
    found = _find_region(
        w,
        _ALL_REGIONS,
        lambda _r, bs: 2 <= len(bs) <= 4 and not any(_in_bowl(w, b) for b in bs),
    )
    if found is None:
        return None
    region, blocks = found
    c = w.rng.choice(CORNERS)
    where = _region_words(w, region)
    text = w.rng.choice(
        [
            f"I would like every block on {where} moved to {_pl(w, c)}, please.",
            f"I'd like all of the blocks on {where} gathered in {_pl(w, c)}.",
            f"I want each block that is on {where} to end up in {_pl(w, c)}.",
        ]
    )
    return text, _act(_at(*blocks, place=c))


def t109_des_gamer(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    c = w.rng.choice(CORNERS)
    text = w.rng.choice(
        [
            f"I need the {a} in the middle and the {b} in {_pl(w, c)}, asap.",
            f"Wanna see the {a} in the middle and the {b} chilling in {_pl(w, c)}.",
            f"I want the {a} mid and the {b} in {_pl(w, c)}, let's go.",
        ]
    )
    return text, _act(_at(a, place=MIDDLE), _at(b, place=c))


# ----- quantified ------------------------------------------------------------------------------------
def t109_qua_engineer(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Place exactly two blocks at {_pl(w, p)}.",
            f"Put two blocks, any two, in {_pl(w, p)}.",
            f"Move two of the blocks to {_pl(w, p)}.",
        ]
    )
    return text, _act(_count_at(p, 2))


def t109_qua_parent(w: World) -> Made:
    found = _find_region(
        w,
        _ALL_REGIONS,
        lambda _r, bs: 2 <= len(bs) <= 5 and not any(_in_bowl(w, b) for b in bs),
    )
    if found is None:
        return None
    region, blocks = found
    where = _region_words(w, region)
    text = w.rng.choice(
        [
            f"Put all the blocks on {where} in the bin, sweetie.",
            f"Every block on {where} goes into the bin, honey.",
            f"Could you throw all of the blocks on {where} in the bin for me?",
        ]
    )
    return text, _act(binned(blocks))


def t109_qua_child(w: World) -> Made:
    if len(w.blocks) > 4:
        return None
    text = w.rng.choice(
        [
            "put all the blocks in the middle",
            "put every single block in the middle of the table!",
            "i want all the blocks in the middle",
        ]
    )
    return text, _act(_at(*w.blocks, place=MIDDLE))


def t109_qua_warehouse(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    c = w.rng.choice(CORNERS)
    text = w.rng.choice(
        [
            f"Move three blocks to {_pl(w, c)}.",
            f"Stage any three blocks in {_pl(w, c)}.",
            f"Three blocks to {_pl(w, c)}, please, doesn't matter which.",
        ]
    )
    return text, _act(_count_at(c, 3))


def t109_qua_teacher(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = w.rng.choice(
        [
            "Put one block in each of the four corners, please.",
            "Place a single block in every corner of the table.",
            "Each corner of the table should get exactly one block.",
        ]
    )
    return text, _act(*(_count_at(c, 1) for c in CORNERS))


def t109_qua_gamer(w: World) -> Made:
    found = _find_region(w, _ALL_REGIONS, lambda _r, bs: len(bs) == 2)
    if found is None:
        return None
    region, blocks = found
    p = w.rng.choice([MIDDLE, *_corner_on(_OPPOSITE[region])])
    where = _region_words(w, region)
    text = w.rng.choice(
        [
            f"Get both blocks on {where} into {_pl(w, p)}.",
            f"Both of the blocks on {where}: send them to {_pl(w, p)}.",
            f"Move the two blocks on {where} to {_pl(w, p)}, gg.",
        ]
    )
    return text, _act(_at(*blocks, place=p))


# ----- negated ---------------------------------------------------------------------------------------
def t109_neg_engineer(w: World) -> Made:
    (a,) = w.pick(_loose(w)) or (None,)
    if a is None:
        return None
    others = [b for b in w.blocks if b != a and w.state.base(b) != BIN]
    (b,) = w.pick(others) or (None,)
    if b is None:
        return None
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Move the {a} to {_pl(w, p)} without disturbing the {b}.",
            f"Relocate the {a} to {_pl(w, p)}; do not touch the {b}.",
            f"Put the {a} at {_pl(w, p)}, but don't move the {b}.",
        ]
    )
    return text, _act(_at(a, place=p), kept(b))


def t109_neg_parent(w: World) -> Made:
    (b,) = w.pick(_loose(w)) or (None,)
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"Put the {b} in the middle, not in a corner, honey.",
            f"The {b} goes in the middle, sweetie, not the corners.",
            f"No, not a corner: put the {b} in the middle of the table.",
        ]
    )
    return text, _act(_at(b, place=MIDDLE))


def t109_neg_child(w: World) -> Made:
    def ok(_r: str, bs: list[str]) -> bool:
        return (
            2 <= len(bs) <= 5
            and not any(_in_bowl(w, b) for b in bs)
            and any(w.state.support[b] not in w.state.support for b in bs)
        )

    found = _find_region(w, _ALL_REGIONS, ok)
    if found is None:
        return None
    region, blocks = found
    x = next(b for b in blocks if w.state.support[b] not in w.state.support)
    others = [b for b in blocks if b != x]
    c = w.rng.choice(_corner_on(region))
    where = _region_words(w, region)
    text = w.rng.choice(
        [
            f"put the blocks on {where} in {_pl(w, c)} but not the {_short(x)} one",
            f"all the blocks on {where} go in {_pl(w, c)} except the {x}",
            f"move the blocks on {where} to {_pl(w, c)}, not the {x} tho",
        ]
    )
    return text, _act(_at(*others, place=c), rels(Rel("at", x, c, negated=True)))


def t109_neg_warehouse(w: World) -> Made:
    def ok(_r: str, bs: list[str]) -> bool:
        return (
            2 <= len(bs) <= 6
            and not any(_in_bowl(w, b) for b in bs)
            and any(w.state.support[b] not in w.state.support for b in bs)
        )

    found = _find_region(w, _ALL_REGIONS, ok)
    if found is None:
        return None
    region, blocks = found
    x = next(b for b in blocks if w.state.support[b] not in w.state.support)
    others = [b for b in blocks if b != x]
    if len(others) > 5:
        return None
    where = _region_words(w, region)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Bin every block on {where} except the {x}.",
                f"Everything on {where} goes in the bin, apart from the {x}.",
            ]
        )
        return text, _act(binned(others), none_binned([x]))
    text = w.rng.choice(
        [
            f"Clear the blocks on {where} into the bin, but leave the {x} where it is.",
            f"Bin all the blocks on {where}; the {x} stays put, don't move it.",
        ]
    )
    return text, _act(binned(others), kept(x))


def t109_neg_teacher(w: World) -> Made:
    (b,) = w.pick(_loose(w)) or (None,)
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"Move the {b} to the middle, and do not put anything in the corners.",
            f"Please put the {b} in the middle; nothing should end up in any corner.",
            f"Place the {b} in the middle of the table, and leave all four corners empty.",
        ]
    )
    return text, _act(_at(b, place=MIDDLE), _corners_empty)


def t109_neg_gamer(w: World) -> Made:
    found = _find_extreme(w, _EXTREMES, lambda b: any(x != b for x in _loose(w)))
    if found is None:
        return None
    kind, n = found
    (a,) = w.pick([b for b in _loose(w) if b != n])
    c = w.rng.choice(CORNERS)
    ref = _extreme_words(kind)
    text = w.rng.choice(
        [
            f"Put the {a} in {_pl(w, c)} without moving {ref}.",
            f"Send the {a} to {_pl(w, c)}, but don't touch {ref}.",
            f"Move the {a} to {_pl(w, c)}; {ref} is off limits, no touching.",
        ]
    )
    return text, _act(_at(a, place=c), kept(n))


# ----- relative --------------------------------------------------------------------------------------
def t109_rel_engineer(w: World) -> Made:
    found = _find_extreme(
        w, ("nearest the middle", "furthest from the middle"), lambda b: b in _loose(w)
    )
    if found is None:
        return None
    kind, b = found
    p = w.rng.choice(list(PLACES))
    if kind == "furthest from the middle":
        text = w.rng.choice(
            [
                f"Move the block that is furthest from the middle to {_pl(w, p)}.",
                f"Take the block which sits farthest from the middle of the table and put it in {_pl(w, p)}.",
                f"The block that's furthest away from the middle: relocate it to {_pl(w, p)}.",
            ]
        )
    else:
        if p == MIDDLE:
            p = w.rng.choice(CORNERS)
        text = w.rng.choice(
            [
                f"Move the block that sits closest to the middle to {_pl(w, p)}.",
                f"The block which is nearest the middle of the table: relocate it to {_pl(w, p)}.",
            ]
        )
    return text, _act(_at(b, place=p))


def t109_rel_parent(w: World) -> Made:
    found = _lone_or_end(w, _ALL_REGIONS)
    if found is None:
        return None
    region, b, alone = found
    if alone:
        where = _region_words(w, region)
        ref = w.rng.choice(
            [f"the block that's on {where}", f"the block which is on {where}"]
        )
    else:
        ref = w.rng.choice(
            [
                f"the block that's furthest to the {region}",
                f"the block that sits farthest {region}",
            ]
        )
    text = w.rng.choice(
        [
            f"{ref[0].upper()}{ref[1:]}, could you put it in the middle, honey?",
            f"Put {ref} in the middle, sweetie.",
            f"Can you move {ref} to the middle for me?",
        ]
    )
    return text, _act(_at(b, place=MIDDLE))


def t109_rel_child(w: World) -> Made:
    c = w.rng.choice(CORNERS)
    bowls = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if bowls:
        bowl = w.rng.choice(bowls)
        (b,) = w.state.in_bowl(bowl)
        text = w.rng.choice(
            [
                f"put the block that's in the {bowl} in {_pl(w, c)}",
                f"the block that is in the {bowl}, move it to {_pl(w, c)}",
                f"take the block that's inside the {_short(bowl)} bowl and put it in {_pl(w, c)}",
            ]
        )
        return text, _act(_at(b, place=c))
    empty = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not empty:
        return None
    bowl = w.rng.choice(empty)
    b = _unique_min(w.blocks, lambda x: w.dist(x, bowl))
    if b is None or b not in _loose(w):
        return None
    text = w.rng.choice(
        [
            f"put the block that's closest to the {bowl} in {_pl(w, c)}",
            f"the block that is nearest the {bowl}, move it to {_pl(w, c)}",
        ]
    )
    return text, _act(_at(b, place=c))


def t109_rel_warehouse(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    (pair,) = w.pick(pairs) or (None,)
    if pair is None:
        return None
    top, below = pair
    c = w.rng.choice(CORNERS)
    text = w.rng.choice(
        [
            f"Move the block that's sitting on the {below} to {_pl(w, c)}.",
            f"The block that is stacked on top of the {below} goes to {_pl(w, c)}.",
            f"Take the block which is on the {below} and stage it in {_pl(w, c)}.",
        ]
    )
    return text, _act(_at(top, place=c))


def t109_rel_teacher(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    key = (lambda b: w.y(b)) if side == "left" else (lambda b: -w.y(b))
    b = _unique_min(w.blocks, key)
    if b is None or b not in _loose(w):
        return None
    c = w.rng.choice(_corner_on(side))
    text = w.rng.choice(
        [
            f"Put the block that is furthest to the {side} in {_pl(w, c)}.",
            f"Please take the block which lies farthest to the {side} and place it in {_pl(w, c)}.",
            f"The block that sits furthest {side}: move it to {_pl(w, c)}, please.",
        ]
    )
    return text, _act(_at(b, place=c))


def t109_rel_gamer(w: World) -> Made:
    b = _unique_min(w.blocks, lambda b: math.hypot(*_xy(w, b)))
    if b is None or b not in _loose(w):
        return None
    c = w.rng.choice(["bottom left corner", "bottom right corner"])
    text = w.rng.choice(
        [
            f"The block that's closest to you, send it to the {c}.",
            f"Move the block that is nearest to you over to the {c}.",
            f"Grab the block that's closest to the robot and drop it in the {c}, gg.",
        ]
    )
    return text, _act(_at(b, place=c))


# ----- keep ------------------------------------------------------------------------------------------
def t109_keep_engineer(w: World) -> Made:
    (a,) = w.pick(_loose(w)) or (None,)
    if a is None:
        return None
    (b,) = w.pick([x for x in w.blocks if x != a]) or (None,)
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"Move the {a} to the middle; the {b} must stay where it is.",
            f"Put the {a} in the middle and keep the {b} in its current position.",
            f"Relocate the {a} to the middle of the table while the {b} stays in place.",
        ]
    )
    return text, _act(_at(a, place=MIDDLE), kept(b))


def t109_keep_parent(w: World) -> Made:
    (a,) = w.pick(_loose(w)) or (None,)
    if a is None:
        return None
    c = w.rng.choice(CORNERS)
    others = [b for b in w.blocks if b != a]
    text = w.rng.choice(
        [
            f"Put the {a} in {_pl(w, c)} but leave the other blocks where they are, honey.",
            f"Just the {a} into {_pl(w, c)}, sweetie; keep everything else where it is.",
            f"Move the {a} to {_pl(w, c)} and keep all the other blocks right where they are.",
        ]
    )
    return text, _act(_at(a, place=c), kept(*others))


def t109_keep_child(w: World) -> Made:
    inside = w.in_bowls()
    (x,) = w.pick(inside) or (None,)
    if x is None:
        return None
    (a,) = w.pick([b for b in _loose(w) if b != x]) or (None,)
    if a is None:
        return None
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"keep the {x} in the {bowl} and put the {a} in the middle",
            f"the {_short(x)} block stays in the {_short(bowl)} bowl! put the {a} in the middle",
            f"put the {a} in the middle but leave the {x} where it is",
        ]
    )
    return text, _act(_at(a, place=MIDDLE), kept(x))


def t109_keep_warehouse(w: World) -> Made:
    def ok(r: str, bs: list[str]) -> bool:
        return (
            1 <= len(bs) <= 4
            and not any(_in_bowl(w, b) for b in bs)
            and len(bs) < len(w.blocks)
        )

    found = _find_region(w, _ALL_REGIONS, ok)
    if found is None:
        return None
    region, move = found
    keep = [b for b in w.blocks if b not in move]
    c = w.rng.choice(_corner_on(region))
    there, here = _region_words(w, region), _region_words(w, _OPPOSITE[region])
    text = w.rng.choice(
        [
            f"Keep everything on {here} where it is, and move the blocks on {there} to {_pl(w, c)}.",
            f"Blocks on {there} go to {_pl(w, c)}; {here} stays exactly as it is.",
            f"Don't touch anything on {here}; stage the blocks from {there} in {_pl(w, c)}.",
        ]
    )
    return text, _act(_at(*move, place=c), kept(*keep))


def t109_keep_teacher(w: World) -> Made:
    alone = [
        b
        for b in w.blocks
        if w.state.support[b] not in w.state.support and w.state.is_clear(b)
    ]
    (x,) = w.pick(alone) or (None,)
    if x is None:
        return None
    n = _unique_min([b for b in w.blocks if b != x], lambda b: w.dist(b, x))
    if n is None or n not in _loose(w):
        return None
    text = w.rng.choice(
        [
            f"Keep the {x} where it is, and move the block nearest to it to the middle.",
            f"Leave the {x} in place, please, but put the block closest to it in the middle.",
            f"The {x} stays where it is; the block closest to it goes to the middle.",
        ]
    )
    return text, _act(_at(n, place=MIDDLE), kept(x))


def t109_keep_gamer(w: World) -> Made:
    inside = w.in_bowls()
    rest = [b for b in w.blocks if b not in inside]
    if not inside or not 1 <= len(rest) <= 4:
        return None
    text = w.rng.choice(
        [
            "Keep the blocks in the bowls where they are and put the rest in the middle.",
            "Bowl blocks stay put, everything else goes to the middle, let's go.",
            "Don't touch what's in the bowls; all the other blocks to the middle.",
        ]
    )
    return text, _act(_at(*rest, place=MIDDLE), kept(*inside))


# ----- multi-step ------------------------------------------------------------------------------------
def t109_multi_engineer(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    p, q = w.rng.sample(list(PLACES), 2)
    text = w.rng.choice(
        [
            f"First move the {a} to {_pl(w, p)}, then move the {b} to {_pl(w, q)}.",
            f"Step one: the {a} to {_pl(w, p)}. Step two: the {b} to {_pl(w, q)}.",
            f"Move the {a} to {_pl(w, p)}; after that, move the {b} to {_pl(w, q)}.",
        ]
    )
    return text, _act(_at(a, place=p), _at(b, place=q))


def t109_multi_parent(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    text = w.rng.choice(
        [
            f"Put the {a} in the middle, and then put the {b} on top of it, honey.",
            f"First the {a} goes in the middle, sweetie, then stack the {b} on it.",
            f"Can you put the {a} in the middle of the table and then the {b} on top of the {a}?",
        ]
    )
    return text, _act(_at(a, place=MIDDLE), rels(Rel("on", b, a)))


def t109_multi_child(w: World) -> Made:
    (a,) = w.pick(_loose(w)) or (None,)
    if a is None:
        return None
    c = w.rng.choice(CORNERS)
    text = w.rng.choice(
        [
            f"put the {a} in {_pl(w, c)} and then move it to the middle",
            f"first the {_short(a)} block goes in {_pl(w, c)} then in the middle",
            f"move the {a} to {_pl(w, c)}, and after that put it in the middle",
        ]
    )
    return text, _act(_at(a, place=MIDDLE))


def t109_multi_warehouse(w: World) -> Made:
    def ok(_r: str, bs: list[str]) -> bool:
        return (
            1 <= len(bs) <= 5
            and not any(_in_bowl(w, b) for b in bs)
            and any(b not in bs for b in _loose(w))
        )

    found = _find_region(w, _ALL_REGIONS, ok)
    if found is None:
        return None
    region, blocks = found
    (g,) = w.pick([b for b in _loose(w) if b not in blocks])
    c = w.rng.choice(_corner_on(_OPPOSITE[region]))
    where = _region_words(w, region)
    text = w.rng.choice(
        [
            f"Move the {g} to {_pl(w, c)}, then bin every block on {where}.",
            f"First stage the {g} in {_pl(w, c)}; after that, everything on {where} goes in the bin.",
            f"The {g} to {_pl(w, c)} first, then clear the blocks on {where} into the bin.",
        ]
    )
    return text, _act(_at(g, place=c), binned(blocks))


def t109_multi_teacher(w: World) -> Made:
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    a, b, c = trio
    p, q = w.rng.choice(
        [
            ("top left corner", "top right corner"),
            ("bottom left corner", "bottom right corner"),
        ]
    )
    text = w.rng.choice(
        [
            f"Put the {a} in the {p}, then the {b} in the {q}, and finally the {c} in the middle.",
            f"First, place the {a} in the {p}. Next, the {b} in the {q}. Last, the {c} in the middle.",
            f"Please move the {a} to the {p}, after that the {b} to the {q}, and then the {c} to the middle.",
        ]
    )
    return text, _act(_at(a, place=p), _at(b, place=q), _at(c, place=MIDDLE))


def t109_multi_gamer(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Step one: {a} to {_pl(w, p)}. Step two: put the {b} where the {a} is.",
            f"Put the {a} in {_pl(w, p)}, then move the {b} to wherever the {a} is now.",
            f"Drop the {a} in {_pl(w, p)} and then bring the {b} to the same spot.",
        ]
    )
    return text, _act(_at(a, place=p), _at(b, place=p))


# ----- questions -------------------------------------------------------------------------------------
def t109_q_engineer(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    region = _region(w, side)
    if (
        not region
    ):  # on a line, or none there (a count of zero may be answered in words)
        return None
    where = _side_words(w, side)
    text = w.rng.choice(
        [
            f"How many blocks are on {where}?",
            f"Count the blocks on {where}: how many are there?",
            f"What is the number of blocks on {where}?",
        ]
    )
    return text, answered(str(len(region)))


def t109_q_parent(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    side = _side(w, b)
    if side is None:
        return None
    asked = w.rng.choice(["left", "right"])
    where = _side_words(w, asked)
    text = w.rng.choice(
        [
            f"Is the {b} on {where}, honey?",
            f"Sweetie, is the {b} over on {where}?",
            f"Is the {b} on {where} or not?",
        ]
    )
    return text, answered(yes(side == asked))


def t109_q_child(w: World) -> Made:
    found = _find_extreme(
        w, ("nearest the middle", "furthest from the middle"), lambda _b: True
    )
    if found is None:
        return None
    kind, b = found
    if kind == "nearest the middle":
        text = w.rng.choice(
            [
                "which block is closest to the middle?",
                "what block is nearest the middle??",
                "which block is the closest one to the middle of the table",
            ]
        )
    else:
        text = w.rng.choice(
            [
                "which block is furthest from the middle?",
                "what block is the farthest from the middle",
            ]
        )
    return text, answered(b)


def t109_q_warehouse(w: World) -> Made:
    half = w.rng.choice(["near", "far"])
    region = _region(w, half)
    if (
        not region
    ):  # on a line, or none there (a count of zero may be answered in words)
        return None
    where = _half_words(w, half)
    text = w.rng.choice(
        [
            f"How many blocks are on {where}?",
            f"What's the block count on {where}?",
            f"How many blocks have we got on {where}?",
        ]
    )
    return text, answered(str(len(region)))


def t109_q_teacher(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    key = (lambda b: w.y(b)) if side == "left" else (lambda b: -w.y(b))
    b = _unique_min(w.blocks, key)
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"Which block is furthest to the {side}?",
            f"Can you tell me which block is the {side}most one?",
            f"Which block lies farthest to the {side} on the table?",
        ]
    )
    return text, answered(b)


def t109_q_gamer(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    c1, c2 = w.rng.sample(CORNERS, 2)
    x, y = _xy(w, b)
    d1 = math.hypot(x - layout.PLACES[c1][0], y - layout.PLACES[c1][1])
    d2 = math.hypot(x - layout.PLACES[c2][0], y - layout.PLACES[c2][1])
    if abs(d1 - d2) < _MARGIN:
        return None
    text = w.rng.choice(
        [
            f"Is the {b} closer to the {c1} than to the {c2}?",
            f"Quick check: is the {b} nearer the {c1} than the {c2}?",
            f"Would you say the {b} is nearer to the {c1} than to the {c2}?",
        ]
    )
    return text, answered(yes(d1 < d2))


# ----- matching --------------------------------------------------------------------------------------
def t109_match_engineer(w: World) -> Made:
    want = matching(w)
    unmatched = [
        b for b in w.blocks if _matched_bowl(w, b) is None and w.state.base(b) != BIN
    ]
    (u,) = w.pick(unmatched) or (None,)
    if not want or u is None:
        return None
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Every block with a bowl of the same colour goes into that bowl; the {u} goes to {_pl(w, p)}.",
            f"Sort by colour: blocks into their matching bowls, and the {u} to {_pl(w, p)}.",
            f"Put each block into the bowl that matches its colour where there is one, then the {u} at {_pl(w, p)}.",
        ]
    )
    return text, _act(rels(*want), _at(u, place=p))


def t109_match_parent(w: World) -> Made:
    can = [
        b
        for b in w.blocks
        if (bowl := _matched_bowl(w, b)) is not None and w.state.base(b) != bowl
    ]
    (a,) = w.pick(can) or (None,)
    if a is None:
        return None
    (b,) = w.pick([x for x in _loose(w) if x != a]) or (None,)
    if b is None:
        return None
    bowl = _matched_bowl(w, a)
    assert bowl is not None
    c = w.rng.choice(CORNERS)
    text = w.rng.choice(
        [
            f"Put the {a} into the bowl that matches it, then put the {b} in {_pl(w, c)}, honey.",
            f"Sweetie, the {a} goes in the bowl of the same colour, and the {b} goes in {_pl(w, c)}.",
            f"Pop the {a} in its matching bowl and the {b} in {_pl(w, c)}, please.",
        ]
    )
    return text, _act(rels(Rel("in", a, bowl)), _at(b, place=c))


def t109_match_child(w: World) -> Made:
    for region in w.rng.sample(_ALL_REGIONS, 4):
        label = _side if region in ("left", "right") else _half
        labels = {bowl: label(w, bowl) for bowl in w.bowls}
        here = [bowl for bowl, lab in labels.items() if lab == region]
        if None in labels.values() or len(here) != 1:
            continue
        bowl = here[0]
        b = next((x for x in w.blocks if w.colour(x) == w.colour(bowl)), None)
        if b is None or w.state.base(b) == bowl:
            continue
        where = _region_words(w, region)
        text = w.rng.choice(
            [
                f"put the block that's the same colour as the bowl on {where} into that bowl",
                f"the bowl on {where} wants the block that matches it! put it in",
                f"find the block that's the same colour as the bowl on {where} and put it in there",
            ]
        )
        return text, _act(rels(Rel("in", b, bowl)))
    return None


def t109_match_warehouse(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if _matched_bowl(w, b) is None]
    if not want or not 1 <= len(rest) <= 4:
        return None
    c = w.rng.choice(CORNERS)
    text = w.rng.choice(
        [
            f"Match colours: every block that has a bowl of its colour goes in it; park the rest in {_pl(w, c)}.",
            f"Blocks go into the bowls of their own colour, and anything without a matching bowl goes to {_pl(w, c)}.",
            f"Sort the blocks into same-coloured bowls; the leftovers get staged in {_pl(w, c)}.",
        ]
    )
    return text, _act(rels(*want), _at(*rest, place=c))


def t109_match_teacher(w: World) -> Made:
    bowls = [
        bowl for bowl in w.bowls if any(w.colour(b) == w.colour(bowl) for b in w.blocks)
    ]
    (bowl,) = w.pick(bowls) or (None,)
    if bowl is None:
        return None
    b = next(x for x in w.blocks if w.colour(x) == w.colour(bowl))
    text = w.rng.choice(
        [
            f"Find the block whose colour matches the {bowl} and put it in the middle.",
            f"Please take the block that is the same colour as the {bowl} and place it in the middle of the table.",
            f"The block matching the {bowl} in colour should go to the middle, please.",
        ]
    )
    return text, _act(_at(b, place=MIDDLE))


def t109_match_gamer(w: World) -> Made:
    def ok(b: str) -> bool:
        bowl = _matched_bowl(w, b)
        return bowl is not None and w.state.base(b) != bowl

    found = _find_extreme(w, _EXTREMES, ok)
    if found is not None:
        ref = _extreme_words(found[0])
        b = found[1]
    else:
        lone = _find_region(w, _ALL_REGIONS, lambda _r, bs: len(bs) == 1 and ok(bs[0]))
        if lone is None:
            return None
        ref = f"the block on {_region_words(w, lone[0])}"
        b = lone[1][0]
    bowl = _matched_bowl(w, b)
    assert bowl is not None
    text = w.rng.choice(
        [
            f"Match {ref} with its bowl.",
            f"{ref[0].upper()}{ref[1:]} goes in the bowl of its own colour, gg.",
            f"Put {ref} into its matching bowl.",
        ]
    )
    return text, _act(rels(Rel("in", b, bowl)))


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
_STYLES = ("engineer", "parent", "child", "warehouse", "teacher", "gamer")
FRESH109: list[Template] = [
    (f"t109_{short}_{style}", category, globals()[f"t109_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
