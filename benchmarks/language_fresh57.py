"""`FRESH57`, the fifty-eighth untuned batch: sixty language templates, six per category, written blind.

Theme: people who point at things by WHERE they are rather than by colour, wherever that comes naturally (colours
still appear, and every object named is picked out uniquely; a template gives up on a scene where two candidates
tie within 3 cm or a description fits more than one thing). Six styles, one template per style in each category:
'viewer' (left and right as seen from the front camera: "the bowl on my right"), 'ordinal' ("the second block from
the left", "the last one on the right"), 'landmark' ("the block by the bin", "the block next to the green bowl",
"near the top left corner"), 'superlative' ("closest to", "furthest from", "the leftmost"), 'stackpos' ("the one
on top", "the bottom block of the stack", "the block under the red one") and 'containment' ("the block sitting in
the blue bowl", "the empty bowl"). Left as the user sees it is the smaller y.

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.

Its first run (300 instructions, seed 0, on 025186d, after every fix before it and before anything it could prompt):
0.453 goal-correct (136 of 300), 140 refused, 23 asked, 1 wrong: one wrong action ('put the cyan block in one of the
bowls, just not the second one from the left' put it in the one it excluded).
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.planner_language import (
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    kept,
    none_binned,
    rels,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel

PREFIX = "l57"
_TIE = 0.03  # two positions closer than this are a tie: the description would not be unique
_NEAR_MARGIN = 0.06  # "next to" / "by": the runner-up must be this much further away than the one meant
_CORNERS = [p for p in PLACES if p != "middle"]


# ----- helpers --------------------------------------------------------------------------------------------------
def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _to_point(w: World, name: str, point: tuple[float, float]) -> float:
    x, y = _xy(w, name)
    return ((x - point[0]) ** 2 + (y - point[1]) ** 2) ** 0.5


def _place_text(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _live(w: World) -> list[str]:
    """Blocks on the table or in bowls (not in the bin)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _loose(w: World) -> list[str]:
    """Blocks whose tower stands on the table (not in a bowl or the bin)."""
    return [b for b in _live(w) if w.state.base(b) not in w.state.bowls]


def _col(w: World, name: str) -> str:
    return w.colour(name)


def _extreme(items: list[str], key: Callable[[str], float]) -> str | None:
    """The item with the smallest key, or None when the runner-up is within `_TIE` of it."""
    if not items:
        return None
    s = sorted(items, key=key)
    if len(s) >= 2 and key(s[1]) - key(s[0]) <= _TIE:
        return None
    return s[0]


def _first_k(items: list[str], key: Callable[[str], float], k: int) -> list[str] | None:
    """The first k items by key, each position unambiguous (no tie around any of them)."""
    s = sorted(items, key=key)
    if len(s) < k:
        return None
    for i in range(min(k, len(s) - 1)):
        if key(s[i + 1]) - key(s[i]) <= _TIE:
            return None
    return s[:k]


def _next_to(
    items: list[str], key: Callable[[str], float], within: float
) -> str | None:
    """The one item clearly next to a landmark: within `within` of it, the runner-up clearly further off."""
    if not items:
        return None
    s = sorted(items, key=key)
    if key(s[0]) > within:
        return None
    if len(s) >= 2 and key(s[1]) - key(s[0]) < _NEAR_MARGIN:
        return None
    return s[0]


def _tower(w: World, b: str) -> set[str]:
    """Every block in the tower holding b."""
    bottom = b
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    return {bottom, *w.state.above(bottom)}


def _depth(w: World, b: str) -> int:
    """How many blocks from the base up to b, b included."""
    n, cur = 1, b
    while w.state.support[cur] in w.state.support:
        cur = w.state.support[cur]
        n += 1
    return n


def _room(w: World, bowl: str, movers: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(movers)) <= layout.BOWL_CAPACITY


def _stackable(w: World, top: str, below: str, extra: int = 1) -> bool:
    """`top` can go onto `below` (plus `extra - 1` more blocks after it) without breaking the rules."""
    if top == below or top in _tower(w, below):
        return False
    if _depth(w, below) + extra > layout.MAX_TOWER:
        return False
    base = w.state.base(below)
    return base not in w.state.bowls or _room(w, base, [top])


def _tops(w: World) -> list[str]:
    """Clear blocks resting on another block: the tops of the stacks."""
    return [
        b
        for b in _live(w)
        if w.state.support[b] in w.state.support and w.state.is_clear(b)
    ]


def _one_stack(w: World) -> list[str] | None:
    """The blocks of the only stack, bottom first, or None when there is not exactly one."""
    tops = _tops(w)
    if len(tops) != 1:
        return None
    below = [tops[0]]
    while w.state.support[below[-1]] in w.state.support:
        below.append(w.state.support[below[-1]])
    return below[::-1]


def _by_bowls(w: World) -> list[tuple[str, str]]:
    """(bowl, block) for every bowl with exactly one loose, unstacked block clearly next to it."""
    out = []
    for bowl in w.bowls:
        cands = [b for b in _live(w) if w.state.base(b) != bowl]
        nb = _next_to(cands, lambda n, bw=bowl: w.dist(n, bw), 0.22)
        if nb is not None and nb in _loose(w) and len(_tower(w, nb)) == 1:
            out.append((bowl, nb))
    return out


def _by_corners(w: World) -> list[tuple[str, str]]:
    """(corner, block) for every corner with one block lying on the table clearly near it."""
    out = []
    for corner in _CORNERS:
        point = layout.PLACES[corner]
        nb = _next_to(_live(w), lambda n, p=point: _to_point(w, n, p), 0.2)
        if nb is not None and nb in _loose(w):
            out.append((corner, nb))
    return out


def _by_bin(w: World) -> str | None:
    """The one unstacked block lying on the table clearly next to the bin (no block in a bowl is nearer to it)."""
    dist = _bin_dist(w)
    nb = _next_to(_loose(w), dist, 0.38)
    if (
        nb is None
        or len(_tower(w, nb)) > 1
        or any(dist(b) <= dist(nb) + _TIE for b in w.in_bowls())
    ):
        return None
    return nb


def _y(w: World) -> Callable[[str], float]:
    return w.y


def _neg_y(w: World) -> Callable[[str], float]:
    return lambda n: -w.y(n)


def _bin_dist(w: World) -> Callable[[str], float]:
    return lambda n: _to_point(w, n, layout.BIN_CENTER)


def _matching_bowl(w: World, b: str) -> str | None:
    return next((bw for bw in w.bowls if _col(w, bw) == _col(w, b)), None)


def _unmatched(w: World) -> list[str]:
    """Live blocks with a bowl of their colour that they are not in yet."""
    out = []
    for b in _live(w):
        bw = _matching_bowl(w, b)
        if bw is not None and w.state.base(b) != bw:
            out.append(b)
    return out


def _matching_ok(w: World, blocks: list[str]) -> bool:
    """Every bowl can take the blocks of its colour among `blocks`."""
    for bw in w.bowls:
        movers = [b for b in blocks if _col(w, b) == _col(w, bw)]
        if movers and not _room(w, bw, movers):
            return False
    return True


# ----- imperative ---------------------------------------------------------------------------------------------
def l57_imp_viewer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    right = _extreme(w.bowls, _neg_y(w))
    if right is None:
        return None
    cands = [b for b in _live(w) if w.state.base(b) != right]
    if not cands:
        return None
    blk = w.pick(cands)[0]
    if not _room(w, right, [blk]):
        return None
    where = "over on my right" if len(w.bowls) == 2 else "furthest over on my right"
    return f"pop the {_col(w, blk)} block into the bowl {where}", rels(
        Rel("in", blk, right)
    )


def l57_imp_ordinal(w: World) -> Made:
    first = _first_k(_live(w), _y(w), 2)
    if first is None:
        return None
    place = w.pick(list(PLACES))[0]
    return (
        f"Take the second block counting from the left and set it down at {_place_text(place)}.",
        rels(Rel("at", first[1], place)),
    )


def l57_imp_landmark(w: World) -> Made:
    nb = _by_bin(w)
    if nb is None:
        return None
    bowls = [bw for bw in w.bowls if _room(w, bw, [nb])]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return (
        f"grab the block sitting over by the bin and drop it in the {_col(w, bowl)} bowl",
        rels(Rel("in", nb, bowl)),
    )


def l57_imp_superlative(w: World) -> Made:
    corner = w.pick(_CORNERS)[0]
    blk = _extreme(_live(w), lambda n: _to_point(w, n, layout.PLACES[corner]))
    if blk is None:
        return None
    targets = [t for t in _live(w) if w.state.is_clear(t) and _stackable(w, blk, t)]
    if not targets:
        return None
    tgt = w.pick(targets)[0]
    return (
        f"Whichever block is closest to the {corner}, stick it on top of the {_col(w, tgt)} one.",
        rels(Rel("on", blk, tgt)),
    )


def l57_imp_stackpos(w: World) -> Made:
    pairs = [
        (t, s) for t, s in w.pairs() if w.state.is_clear(t) and w.state.base(t) != BIN
    ]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return (
        f"lift the block off the top of the {_col(w, below)} one and stand it on the table by itself",
        rels(Rel("on_table", top)),
    )


def l57_imp_containment(w: World) -> Made:
    singles = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not singles:
        return None
    bowl = w.pick(singles)[0]
    blk = w.state.in_bowl(bowl)[0]
    return (
        f"Take out the block that's sitting in the {_col(w, bowl)} bowl and bin it.",
        binned([blk]),
    )


# ----- declarative --------------------------------------------------------------------------------------------
def l57_dec_viewer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    left = _extreme(w.bowls, _y(w))
    if left is None:
        return None
    cands = [b for b in _live(w) if w.state.base(b) != left]
    if not cands:
        return None
    blk = w.pick(cands)[0]
    if not _room(w, left, [blk]):
        return None
    side = (
        "on the left, from where I'm looking,"
        if len(w.bowls) == 2
        else "at the far left, as I see it,"
    )
    return f"The bowl {side} is where the {_col(w, blk)} block belongs.", rels(
        Rel("in", blk, left)
    )


def l57_dec_ordinal(w: World) -> Made:
    first = _first_k(_live(w), _neg_y(w), 2)
    if first is None:
        return None
    place = w.pick(list(PLACES))[0]
    return f"second block in from the right goes on {_place_text(place)}", rels(
        Rel("at", first[1], place)
    )


def l57_dec_landmark(w: World) -> Made:
    opts = _by_corners(w)
    if not opts:
        return None
    corner, blk = w.pick(opts)[0]
    return f"The block near the {corner} is rubbish, it goes in the bin.", binned([blk])


def l57_dec_superlative(w: World) -> Made:
    far = _extreme(_live(w), lambda n: -_to_point(w, n, layout.BIN_CENTER))
    if far is None:
        return None
    targets = [t for t in _live(w) if w.state.is_clear(t) and _stackable(w, far, t)]
    if not targets:
        return None
    tgt = w.pick(targets)[0]
    return (
        f"The block that's farthest away from the bin belongs on top of the {_col(w, tgt)} block.",
        rels(Rel("on", far, tgt)),
    )


def l57_dec_stackpos(w: World) -> Made:
    bottoms = [
        b
        for b in _live(w)
        if w.state.support[b] not in w.state.support and not w.state.is_clear(b)
    ]
    if not bottoms:
        return None
    heights = {b: len(w.state.above(b)) + 1 for b in bottoms}
    tallest = max(heights.values())
    top_ones = [b for b in bottoms if heights[b] == tallest]
    if len(top_ones) != 1:
        return None
    bottom = top_ones[0]
    which = "the stack" if len(bottoms) == 1 else "the tallest stack"
    place = w.pick(list(PLACES))[0]
    return (
        f"the block at the very bottom of {which} goes to {_place_text(place)}",
        rels(Rel("at", bottom, place)),
    )


def l57_dec_containment(w: World) -> Made:
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if len(empties) != 1:
        return None
    bowl = empties[0]
    blk = w.pick(_live(w))[0]
    return f"The empty bowl is for the {_col(w, blk)} block.", rels(
        Rel("in", blk, bowl)
    )


# ----- desiderative -------------------------------------------------------------------------------------------
def l57_des_viewer(w: World) -> Made:
    left = _extreme(_live(w), _y(w))
    if left is None:
        return None
    bowls = [bw for bw in w.bowls if w.state.base(left) != bw and _room(w, bw, [left])]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return (
        (
            f"I'd like the block right at the left-hand end of the table, as I see it, to end up in the "
            f"{_col(w, bowl)} bowl."
        ),
        rels(Rel("in", left, bowl)),
    )


def l57_des_ordinal(w: World) -> Made:
    items = _live(w)
    first = _first_k(items, _y(w), 1)
    last = _first_k(items, _neg_y(w), 1)
    if first is None or last is None or first[0] == last[0]:
        return None
    a, b = first[0], last[0]
    if not _stackable(w, a, b):
        return None
    return (
        "i want the first block on the left stacked onto the last block on the right",
        rels(Rel("on", a, b)),
    )


def l57_des_landmark(w: World) -> Made:
    opts = []
    for anchor in _live(w):
        if len(_tower(w, anchor)) > 1:
            continue
        nb = _next_to(
            [b for b in _live(w) if b != anchor], lambda n, a=anchor: w.dist(n, a), 0.2
        )
        if nb is not None and len(_tower(w, nb)) == 1:
            opts.append((anchor, nb))
    if not opts:
        return None
    anchor, nb = w.pick(opts)[0]
    place = w.pick(list(PLACES))[0]
    return (
        f"I'd like whichever block is right beside the {_col(w, anchor)} one moved over to {_place_text(place)}.",
        rels(Rel("at", nb, place)),
    )


def l57_des_superlative(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    far = _extreme(cands, lambda n: -w.dist(n, bowl))
    if far is None:
        return None
    corner = w.pick(_CORNERS)[0]
    return (
        f"Could I have the block furthest from the {_col(w, bowl)} bowl put on the {corner}, please?",
        rels(Rel("at", far, corner)),
    )


def l57_des_stackpos(w: World) -> Made:
    stack = _one_stack(w)
    if stack is None:
        return None
    return "I'd like the block at the very top of the pile thrown in the bin", binned(
        [stack[-1]]
    )


def l57_des_containment(w: World) -> Made:
    singles = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not singles:
        return None
    bowl = w.pick(singles)[0]
    blk = w.state.in_bowl(bowl)[0]
    targets = [
        t
        for t in _live(w)
        if w.state.is_clear(t) and w.state.base(t) != bowl and _stackable(w, blk, t)
    ]
    if not targets:
        return None
    tgt = w.pick(targets)[0]
    return (
        (
            f"what I'd like is the block that's sitting in the {_col(w, bowl)} bowl put on top of the "
            f"{_col(w, tgt)} block"
        ),
        rels(Rel("on", blk, tgt)),
    )


# ----- quantified ---------------------------------------------------------------------------------------------
def _side(w: World, sign: float) -> list[str] | None:
    """The loose blocks on one half of the table (sign -1: the viewer's left), or None when one is on the line."""
    loose = _loose(w)
    if any(abs(w.y(b)) <= _TIE for b in loose):
        return None
    return [b for b in loose if w.y(b) * sign > 0]


def l57_qua_viewer(w: World) -> Made:
    left = _side(w, -1.0)
    if left is None or not 1 <= len(left) <= 4:
        return None
    corner = w.pick(_CORNERS)[0]
    return (
        f"Move all the blocks on my left-hand side over to the {corner} - leave the bowls and what's in them alone.",
        both(rels(*(Rel("at", b, corner) for b in left)), kept(*w.in_bowls())),
    )


def l57_qua_ordinal(w: World) -> Made:
    first = _first_k(_live(w), _y(w), 2)
    if first is None:
        return None
    bowls = [
        bw
        for bw in w.bowls
        if all(w.state.base(b) != bw for b in first) and _room(w, bw, first)
    ]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return (
        f"the first two blocks from the left, both of them into the {_col(w, bowl)} bowl",
        rels(*(Rel("in", b, bowl) for b in first)),
    )


def l57_qua_landmark(w: World) -> Made:
    near = _side(w, 1.0)
    if near is None or not 1 <= len(near) <= 5:
        return None
    return (
        "Whatever's lying out on the bin's side of the table (not the stuff in bowls), put all of it in the bin.",
        both(binned(near), kept(*w.in_bowls())),
    )


def l57_qua_superlative(w: World) -> Made:
    two = _first_k(_live(w), lambda n: -_to_point(w, n, layout.BIN_CENTER), 2)
    if two is None:
        return None
    bowls = [
        bw
        for bw in w.bowls
        if all(w.state.base(b) != bw for b in two) and _room(w, bw, two)
    ]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return (
        f"Put the two blocks that are furthest from the bin into the {_col(w, bowl)} bowl.",
        rels(*(Rel("in", b, bowl) for b in two)),
    )


def l57_qua_stackpos(w: World) -> Made:
    riders = [b for b in _live(w) if w.state.support[b] in w.state.support]
    if not riders:
        return None
    return (
        "Every block that's sitting on another block, take each one down onto the table.",
        rels(*(Rel("on_table", b) for b in riders)),
    )


def l57_qua_containment(w: World) -> Made:
    inside = w.in_bowls()
    if not 1 <= len(inside) <= 5:
        return None
    return "tip out all the bowls - every block in them goes in the bin", binned(inside)


# ----- negated ------------------------------------------------------------------------------------------------
def l57_neg_viewer(w: World) -> Made:
    live = _live(w)
    right = _extreme(live, _neg_y(w))
    if right is None:
        return None
    rest = [b for b in live if b != right]
    if not 1 <= len(rest) <= 5:
        return None
    return (
        "Everything into the bin apart from the block on my far right.",
        both(binned(rest), none_binned([right])),
    )


def l57_neg_ordinal(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    order = _first_k(w.bowls, _y(w), 2)
    if order is None:
        return None
    second = order[1]
    others = [bw for bw in w.bowls if bw != second]
    cands = [
        b
        for b in _live(w)
        if w.state.base(b) not in others and any(_room(w, bw, [b]) for bw in others)
    ]
    if not cands:
        return None
    blk = w.pick(cands)[0]
    return (
        f"put the {_col(w, blk)} block in one of the bowls, just not the second one from the left",
        lambda _i, f: f.base(blk) in others,
    )


def l57_neg_landmark(w: World) -> Made:
    opts = _by_bowls(w)
    if not opts:
        return None
    bowl, nb = w.pick(opts)[0]
    rest = [b for b in _live(w) if b != nb]
    if not 1 <= len(rest) <= 5:
        return None
    return (
        f"Bin all the blocks except the one right beside the {_col(w, bowl)} bowl.",
        both(binned(rest), none_binned([nb])),
    )


def l57_neg_superlative(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.support[b] not in w.state.support]
    if not cands:
        return None
    blk = w.pick(cands)[0]
    others = [b for b in _live(w) if b not in _tower(w, blk)]
    nearest = _extreme(others, lambda n: w.dist(n, blk))
    if nearest is None:
        return None
    targets = [
        t
        for t in others
        if t != nearest and w.state.is_clear(t) and _stackable(w, blk, t)
    ]
    if not targets:
        return None
    blocks = set(w.blocks)
    return (
        f"Stack the {_col(w, blk)} block on some other block, just not on the one nearest to it.",
        lambda _i, f: f.support[blk] in blocks and f.support[blk] != nearest,
    )


def l57_neg_stackpos(w: World) -> Made:
    if not _tops(w):
        return None
    singles = [b for b in _loose(w) if len(_tower(w, b)) == 1]
    stacked = [b for b in _loose(w) if len(_tower(w, b)) > 1]
    if not 1 <= len(singles) <= 5:
        return None
    return (
        "bin the blocks that aren't part of a stack, and leave whatever's in the bowls alone",
        both(binned(singles), none_binned(stacked), kept(*w.in_bowls())),
    )


def l57_neg_containment(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if len(full) != 1 or not empties:
        return None
    bowl = full[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl and _room(w, bowl, [b])]
    if not cands:
        return None
    blk = w.pick(cands)[0]
    return (
        f"The {_col(w, blk)} block goes in the bowl that already has something in it, not an empty one.",
        rels(Rel("in", blk, bowl)),
    )


# ----- relative -----------------------------------------------------------------------------------------------
def l57_rel_viewer(w: World) -> Made:
    opts = []
    for anchor in _live(w):
        ya = w.y(anchor)
        if len(_tower(w, anchor)) > 1 or any(
            abs(w.y(b) - ya) <= _TIE for b in _live(w) if b != anchor
        ):
            continue
        nb = _extreme([b for b in _live(w) if w.y(b) < ya], _neg_y(w))
        if nb is not None:
            opts.append((anchor, nb))
    if not opts:
        return None
    anchor, nb = w.pick(opts)[0]
    return (
        f"The block that's just to the left of the {_col(w, anchor)} one, as I look at it - put that in the bin.",
        binned([nb]),
    )


def l57_rel_ordinal(w: World) -> Made:
    first = _first_k(_live(w), _y(w), 2)
    if first is None or not _stackable(w, first[1], first[0]):
        return None
    return (
        "put the block that's second from the left on top of the one that's first from the left",
        rels(Rel("on", first[1], first[0])),
    )


def l57_rel_landmark(w: World) -> Made:
    opts = []
    for corner, blk in _by_corners(w):
        opts += [
            (corner, blk, bw)
            for bw in w.bowls
            if w.state.base(blk) != bw and _room(w, bw, [blk])
        ]
    if not opts:
        return None
    corner, blk, bowl = w.pick(opts)[0]
    return (
        f"The block that's over by the {corner} - that one wants to go in the {_col(w, bowl)} bowl.",
        rels(Rel("in", blk, bowl)),
    )


def l57_rel_superlative(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    blk = w.pick(_live(w))[0]
    far = _extreme(w.bowls, lambda bw: -w.dist(bw, blk))
    if far is None or w.state.base(blk) == far or not _room(w, far, [blk]):
        return None
    return (
        f"put the {_col(w, blk)} block in whichever bowl is the farthest away from it",
        rels(Rel("in", blk, far)),
    )


def l57_rel_stackpos(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(s) != BIN]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowls = [
        bw for bw in w.bowls if w.state.base(below) != bw and _room(w, bw, [below])
    ]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return (
        f"Move the block that the {_col(w, top)} block is sitting on into the {_col(w, bowl)} bowl.",
        rels(Rel("in", below, bowl)),
    )


def l57_rel_containment(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    ref = w.pick(inside)[0]
    bowl = w.state.base(ref)
    cands = [b for b in _live(w) if w.state.base(b) != bowl and _room(w, bowl, [b])]
    if not cands:
        return None
    blk = w.pick(cands)[0]
    return (
        f"Put the {_col(w, blk)} block in the bowl that the {_col(w, ref)} block is already in.",
        rels(Rel("in", blk, bowl)),
    )


# ----- keep ---------------------------------------------------------------------------------------------------
def l57_keep_viewer(w: World) -> Made:
    left = _extreme(_live(w), _y(w))
    if left is None:
        return None
    pairs = [
        (a, b)
        for a in _live(w)
        for b in _live(w)
        if left not in (a, b)
        and w.state.is_clear(b)
        and w.state.support[a] != b
        and _stackable(w, a, b)
    ]
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return (
        f"leave the block on the far left where it is, and put the {_col(w, a)} block on the {_col(w, b)} one",
        both(kept(left), rels(Rel("on", a, b))),
    )


def l57_keep_ordinal(w: World) -> Made:
    live = _live(w)
    first = _first_k(live, _y(w), 2)
    if first is None:
        return None
    rest = [b for b in live if b not in first]
    if not 1 <= len(rest) <= 5:
        return None
    return (
        "Don't touch the first two blocks on the left. All the rest go in the bin.",
        both(kept(*first), binned(rest)),
    )


def l57_keep_landmark(w: World) -> Made:
    opts = []
    for bowl, nb in _by_bowls(w):
        opts += [
            (bowl, nb, b)
            for b in _live(w)
            if b != nb and w.state.base(b) != bowl and _room(w, bowl, [b])
        ]
    if not opts:
        return None
    bowl, nb, blk = w.pick(opts)[0]
    c = _col(w, bowl)
    return (
        f"Careful not to move the block next to the {c} bowl - just get the {_col(w, blk)} block into the {c} bowl.",
        both(kept(nb), rels(Rel("in", blk, bowl))),
    )


def l57_keep_superlative(w: World) -> Made:
    blk = w.pick(_live(w))[0]
    others = [b for b in _live(w) if b not in _tower(w, blk)]
    nearest = _extreme(others, lambda n: w.dist(n, blk))
    if nearest is None or len(_tower(w, nearest)) > 1:
        return None
    return (
        f"throw the {_col(w, blk)} block in the bin but don't disturb the block closest to it",
        both(kept(nearest), binned([blk])),
    )


def l57_keep_stackpos(w: World) -> Made:
    stack = _one_stack(w)
    if stack is None:
        return None
    bottom, top = stack[0], stack[-1]
    bowls = [bw for bw in w.bowls if w.state.base(top) != bw and _room(w, bw, [top])]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return (
        f"Leave the bottom block of the stack where it is and move the top one into the {_col(w, bowl)} bowl.",
        both(kept(bottom), rels(Rel("in", top, bowl))),
    )


def l57_keep_containment(w: World) -> Made:
    inside = w.in_bowls()
    loose = _loose(w)
    if not inside or not 1 <= len(loose) <= 5:
        return None
    return (
        "Whatever's sitting in a bowl stays there; clear every other block off the table into the bin.",
        both(kept(*inside), binned(loose)),
    )


# ----- multi-step ---------------------------------------------------------------------------------------------
def l57_multi_viewer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    left = _extreme(w.bowls, _y(w))
    right = _extreme(w.bowls, _neg_y(w))
    if left is None or right is None:
        return None
    a_c = [b for b in _live(w) if w.state.base(b) != left and _room(w, left, [b])]
    if not a_c:
        return None
    a = w.pick(a_c)[0]
    b_c = [
        b
        for b in _live(w)
        if b != a and w.state.base(b) != right and _room(w, right, [b])
    ]
    if not b_c:
        return None
    b = w.pick(b_c)[0]
    far = "" if len(w.bowls) == 2 else " far"
    return (
        (
            f"First the {_col(w, a)} block into the bowl on my{far} left, then the {_col(w, b)} block into the one "
            f"on my{far} right."
        ),
        rels(Rel("in", a, left), Rel("in", b, right)),
    )


def l57_multi_ordinal(w: World) -> Made:
    first = _first_k(_live(w), _neg_y(w), 2)
    if first is None:
        return None
    a, b = first
    return (
        (
            "move the first block from the right to the middle of the table, and after that stack the second block "
            "from the right on top of it"
        ),
        rels(Rel("at", a, "middle"), Rel("on", b, a)),
    )


def l57_multi_landmark(w: World) -> Made:
    opts = [
        (corner, nb, x, bw)
        for corner, nb in _by_corners(w)
        if len(_tower(w, nb)) == 1
        for x in _live(w)
        for bw in w.bowls
        if x != nb and w.state.base(x) != bw and _room(w, bw, [nb, x])
    ]
    if not opts:
        return None
    corner, nb, x, bowl = w.pick(opts)[0]
    return (
        (
            f"Take the block near the {corner}, put it in the {_col(w, bowl)} bowl, then the {_col(w, x)} block goes "
            "on top of it."
        ),
        rels(Rel("in", nb, bowl), Rel("on", x, nb)),
    )


def l57_multi_superlative(w: World) -> Made:
    live = _live(w)
    lo = _extreme(live, _y(w))
    hi = _extreme(live, _neg_y(w))
    if lo is None or hi is None or lo == hi or not _stackable(w, lo, hi, extra=2):
        return None
    base = w.state.base(hi)
    cands = [
        b
        for b in live
        if b not in (lo, hi)
        and not (base in w.state.bowls and not _room(w, base, [lo, b]))
    ]
    if not cands:
        return None
    x = w.pick(cands)[0]
    return (
        f"Put the leftmost block on the rightmost one, then the {_col(w, x)} block on top of both.",
        rels(Rel("on", lo, hi), Rel("on", x, lo)),
    )


def l57_multi_stackpos(w: World) -> Made:
    stack = _one_stack(w)
    if stack is None:
        return None
    top, under = stack[-1], stack[-2]
    corner = w.pick(_CORNERS)[0]
    return (
        f"take the stack apart: the top block goes to the {corner} and the one underneath it goes in the bin",
        rels(Rel("at", top, corner), Rel("in_bin", under)),
    )


def l57_multi_containment(w: World) -> Made:
    singles = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not singles:
        return None
    bowl = w.pick(singles)[0]
    blk = w.state.in_bowl(bowl)[0]
    targets = [t for t in _loose(w) if w.state.is_clear(t) and _stackable(w, blk, t)]
    if not targets:
        return None
    tgt = w.pick(targets)[0]
    xs = [b for b in _live(w) if b != blk and b not in _tower(w, tgt)]
    if not xs:
        return None
    x = w.pick(xs)[0]
    return (
        (
            f"Take the block that's in the {_col(w, bowl)} bowl and put it on the {_col(w, tgt)} block, then put the "
            f"{_col(w, x)} block into the bowl it came out of."
        ),
        rels(Rel("on", blk, tgt), Rel("in", x, bowl)),
    )


# ----- question -----------------------------------------------------------------------------------------------
def l57_q_viewer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    right = _extreme(w.bowls, _neg_y(w))
    if right is None:
        return None
    where = "on my right" if len(w.bowls) == 2 else "furthest to my right"
    return f"what colour is the bowl {where}?", answered(_col(w, right))


def l57_q_ordinal(w: World) -> Made:
    first = _first_k(_live(w), _y(w), 2)
    if first is None:
        return None
    return "Which colour is the second block from the left?", answered(
        _col(w, first[1])
    )


def l57_q_landmark(w: World) -> Made:
    opts = _by_bowls(w)
    if not opts:
        return None
    bowl, nb = w.pick(opts)[0]
    return f"What colour's the block beside the {_col(w, bowl)} bowl?", answered(
        _col(w, nb)
    )


def l57_q_superlative(w: World) -> Made:
    far = _extreme(_live(w), lambda n: -_to_point(w, n, layout.BIN_CENTER))
    if far is None:
        return None
    return "which block is the furthest from the bin?", answered(_col(w, far))


def l57_q_stackpos(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(s) != BIN]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return f"What's underneath the {_col(w, top)} block?", answered(_col(w, below))


def l57_q_containment(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return f"What's sitting in the {_col(w, bowl)} bowl right now?", answered(
        "|".join(_col(w, b) for b in inside)
    )


# ----- matching -----------------------------------------------------------------------------------------------
def l57_match_viewer(w: World) -> Made:
    left = _side(w, -1.0)
    if not left:
        return None
    movers = [b for b in _unmatched(w) if b in left]
    if not movers or not _matching_ok(w, movers):
        return None
    return (
        "The blocks lying on the table on my left: sort them into the bowls that are the same colour as them.",
        rels(*(Rel("in", b, _matching_bowl(w, b) or TABLE) for b in movers)),
    )


def l57_match_ordinal(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    order = sorted(w.bowls, key=w.y)
    words = ["first", "second", "third"]
    opts = []
    for i, bw in enumerate(order):
        if _first_k(order, w.y, i + 1) is None:
            continue
        blk = next((b for b in _live(w) if _col(w, b) == _col(w, bw)), None)
        if blk is not None and w.state.base(blk) != bw and _room(w, bw, [blk]):
            opts.append((i, bw, blk))
    if not opts:
        return None
    i, bw, blk = w.pick(opts)[0]
    return (
        f"The {words[i]} bowl from the left: find the block that's the same colour as it and drop it in.",
        rels(Rel("in", blk, bw)),
    )


def l57_match_landmark(w: World) -> Made:
    bowl = _next_to(w.bowls, _bin_dist(w), 0.42)
    if bowl is None:
        return None
    blk = next((b for b in _live(w) if _col(w, b) == _col(w, bowl)), None)
    if blk is None or w.state.base(blk) == bowl or not _room(w, bowl, [blk]):
        return None
    return "the bowl by the bin - put the block that matches it in there", rels(
        Rel("in", blk, bowl)
    )


def l57_match_superlative(w: World) -> Made:
    movers = _unmatched(w)
    blk = _extreme(movers, lambda n: w.dist(n, _matching_bowl(w, n) or n))
    if blk is None:
        return None
    bowl = _matching_bowl(w, blk)
    if bowl is None or not _room(w, bowl, [blk]):
        return None
    return (
        "Find the block that's closest to the bowl of its own colour and put it in that bowl.",
        rels(Rel("in", blk, bowl)),
    )


def l57_match_stackpos(w: World) -> Made:
    if not w.pairs():
        return None
    movers = _unmatched(w)
    if not movers or not _matching_ok(w, movers):
        return None
    return (
        "Unpile whatever's stacked up if you need to, and get every block into the bowl of its own colour.",
        rels(*(Rel("in", b, _matching_bowl(w, b) or TABLE) for b in movers)),
    )


def l57_match_containment(w: World) -> Made:
    fills = []
    for bowl in w.bowls:
        if w.state.in_bowl(bowl):
            continue
        blk = next((b for b in _live(w) if _col(w, b) == _col(w, bowl)), None)
        if blk is not None:
            fills.append(Rel("in", blk, bowl))
    if not fills:
        return None
    return (
        "any bowl that's still empty, fill it with the block of the same colour if there is one",
        rels(*fills),
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
_STYLES = ("viewer", "ordinal", "landmark", "superlative", "stackpos", "containment")

FRESH57: list[Template] = [
    (f"{PREFIX}_{short}_{style}", category, globals()[f"{PREFIX}_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
