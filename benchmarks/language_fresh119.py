"""`FRESH119`, the hundred-and-twentieth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: comparisons and superlatives about the scene, in requests and questions. The blocks and bowls are picked
out by how they compare: the bowl with the most (or fewest) blocks, the taller stack, the highest block, the
block furthest from (or closest to, or second-closest to) the bin or a bowl, the leftmost and rightmost blocks,
"more blocks in W than in V", "as many blocks in W as in V". Every comparison is decided by the scene without a
tie (distances and left-right positions by a clear margin), or the template does not apply. The six styles are
six speakers:

- teacher: "Please put the block that is furthest from the bin into the bin."
- gamer: "Yo, grab whatever block's sitting highest and drop it in the red bowl."
- analyst: "Relocate the leftmost block to the top left corner."
- child: "I want the block that's way over on the left in the blue bowl!"
- coach: "Take the top block off the tallest tower and set it down on the table."
- inspector: "Confirm: does the green bowl hold fewer blocks than the pink bowl?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(While writing it, the tester also ran one `grep` on the first thirty lines of `pyproject.toml` that printed
nothing; nothing past the allowed range of any other file was printed.)

Every action check also carries `moves`, the intended moves as (block, target) pairs, so that a self-check can
apply them to a copy of the initial state; the suite ignores it.

Its first run (300 instructions, seed 0, on 2ff834b, after every fix before it and before anything it could prompt):
0.597 goal-correct (179 of 300), 107 refused, 5 asked, 9 wrong, three of them actions: 'Transfer a single block from the
bowl holding the most blocks to W' took one from another bowl; 'the block nearest W' read as the nearest outside W
where this batch counts a block inside W (twice: left as it is, see BENCHMARKS.md); six wrong replies ('Which block is
the highest?', 'Between W and V, which one contains more blocks?').
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

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
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel

_GAP = 0.04  # metres (one block): two distances or sideways positions closer than this are a tie to the eye
Move = tuple[str, str]


# ----- helpers: what the scene says about comparisons ---------------------------------------------------------
def _done(check: Check, moves: list[Move]) -> Check:
    """The goal holds and the gripper is empty; `moves` (for the self-check) reach it from the start."""
    out: Check = lambda i, f: f.held is None and check(i, f)
    out.moves = list(moves)  # type: ignore[attr-defined]
    return out


def _n(w: World, bowl: str) -> int:
    return len(w.state.in_bowl(bowl))


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return _n(w, bowl) + k <= layout.BOWL_CAPACITY


def _level(w: World, block: str) -> int:
    """How many blocks are under `block`."""
    n, s = 0, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _bottom(w: World, block: str) -> str:
    while w.state.support[block] in w.state.support:
        block = w.state.support[block]
    return block


def _stack(w: World, block: str) -> list[str]:
    """The whole stack `block` belongs to, bottom first."""
    b = _bottom(w, block)
    return [b, *w.state.above(b)[::-1]]


def _stacks(w: World) -> list[list[str]]:
    return [_stack(w, b) for b in w.blocks if w.state.support[b] not in w.state.support]


def _tallest(w: World) -> list[str] | None:
    """The one tallest stack (two blocks high at least), bottom first."""
    stacks = sorted(_stacks(w), key=len, reverse=True)
    if len(stacks[0]) < 2 or (len(stacks) > 1 and len(stacks[1]) == len(stacks[0])):
        return None
    return stacks[0]


def _highest(w: World) -> str | None:
    """The one block sitting highest (on another block)."""
    by = sorted(w.blocks, key=lambda b: _level(w, b), reverse=True)
    top = _level(w, by[0])
    if top < 1 or (len(by) > 1 and _level(w, by[1]) == top):
        return None
    return by[0]


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _bin_dist(w: World, block: str) -> float:
    x, y = _xy(w, block)
    return math.hypot(x - layout.BIN_CENTER[0], y - layout.BIN_CENTER[1])


def _ranked(
    w: World, blocks: list[str], key: Callable[[str], float], k: int = 1
) -> list[str] | None:
    """The first `k` of `blocks` by `key` (smallest first), each alone at its spot and each clearly apart from
    the next; None when a tie (within `_GAP`) or a stack makes the order unclear."""
    spots: dict[str, list[str]] = {}
    for b in blocks:
        spots.setdefault(_bottom(w, b), []).append(b)
    order = sorted(spots.values(), key=lambda s: key(s[0]))
    if len(order) < k:
        return None
    keys = [key(s[0]) for s in order]
    if any(len(s) != 1 for s in order[:k]):
        return None
    if any(keys[i + 1] - keys[i] < _GAP for i in range(min(k, len(order) - 1))):
        return None
    return [s[0] for s in order[:k]]


def _group(
    w: World, blocks: list[str], key: Callable[[str], float], k: int
) -> list[str] | None:
    """Exactly `k` blocks of `blocks` with the smallest `key`, whole stacks at a time, clearly apart from the rest."""
    spots: dict[str, list[str]] = {}
    for b in blocks:
        spots.setdefault(_bottom(w, b), []).append(b)
    order = sorted(spots.values(), key=lambda s: key(s[0]))
    out: list[str] = []
    for i, s in enumerate(order):
        out += s
        if len(out) >= k:
            if len(out) > k or (
                i + 1 < len(order) and key(order[i + 1][0]) - key(s[0]) < _GAP
            ):
                return None
            return out
    return None


def _top_first(w: World, blocks: list[str]) -> list[str]:
    """`blocks` in an order in which each is clear when its turn comes (if those before it are moved away)."""
    return sorted(blocks, key=lambda b: _level(w, b), reverse=True)


def _fullest(w: World) -> str | None:
    """The one bowl with the most blocks (of two or more bowls; it holds one block at least)."""
    if len(w.bowls) < 2:
        return None
    by = sorted(w.bowls, key=lambda b: _n(w, b), reverse=True)
    return by[0] if _n(w, by[0]) > _n(w, by[1]) else None


def _emptiest(w: World) -> str | None:
    """The one bowl with the fewest blocks (of two or more bowls)."""
    if len(w.bowls) < 2:
        return None
    by = sorted(w.bowls, key=lambda b: _n(w, b))
    return by[0] if _n(w, by[0]) < _n(w, by[1]) else None


def _free(w: World, exclude: Sequence[str] = ()) -> list[str]:
    """Clear blocks (not in the bin) that are none of `exclude`."""
    return [b for b in w.clear_blocks() if b not in exclude]


def _loose(w: World, exclude: Sequence[str] = ()) -> list[str]:
    """Clear blocks that stand in no bowl and are none of `exclude`."""
    return [b for b in _free(w, exclude) if w.state.base(b) not in w.state.bowls]


def _bowl_for(
    w: World, block: str, k: int = 1, exclude: Sequence[str] = ()
) -> str | None:
    """A random bowl with room that `block` is not in yet."""
    ok = [
        b
        for b in w.bowls
        if b != w.state.base(block) and _room(w, b, k) and b not in exclude
    ]
    return w.rng.choice(ok) if ok else None


def _matched(w: World) -> dict[str, str]:
    """block -> the bowl of its colour, for every block that has one."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _bowl_by(w: World) -> list[tuple[str, str, str]]:
    """(how people pick it out, the same as a relative clause, bowl) for each bowl that a superlative singles
    out (of two bowls or more)."""
    if len(w.bowls) < 2:
        return []
    out: list[tuple[str, str, str]] = []
    full, low = _fullest(w), _emptiest(w)
    if full:
        out.append(
            (
                "the bowl with the most blocks",
                "the bowl which has the most blocks",
                full,
            )
        )
    if low:
        out.append(
            (
                "the bowl with the fewest blocks",
                "the bowl which has the fewest blocks",
                low,
            )
        )
    near, far = (
        sorted(w.bowls, key=lambda b: _bin_dist(w, b)),
        sorted(w.bowls, key=lambda b: -_bin_dist(w, b)),
    )
    if _bin_dist(w, near[1]) - _bin_dist(w, near[0]) >= _GAP:
        out.append(
            (
                "the bowl closest to the bin",
                "the bowl which is closest to the bin",
                near[0],
            )
        )
    if _bin_dist(w, far[0]) - _bin_dist(w, far[1]) >= _GAP:
        out.append(
            (
                "the bowl furthest from the bin",
                "the bowl which is furthest from the bin",
                far[0],
            )
        )
    by_y = sorted(w.bowls, key=w.y)
    if w.y(by_y[1]) - w.y(by_y[0]) >= _GAP:
        out.append(
            ("the leftmost bowl", "the bowl which lies furthest to the left", by_y[0])
        )
    if w.y(by_y[-1]) - w.y(by_y[-2]) >= _GAP:
        out.append(
            (
                "the rightmost bowl",
                "the bowl which lies furthest to the right",
                by_y[-1],
            )
        )
    return out


def _pick(w: World, *texts: str) -> str:
    return w.rng.choice(list(texts))


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


# ----- imperative -------------------------------------------------------------------------------------------
def t119_imp_teacher(w: World) -> Made:
    far = _ranked(w, w.blocks, lambda b: -_bin_dist(w, b))
    if not far:
        return None
    b = far[0]
    text = _pick(
        w,
        "Please put the block that is furthest from the bin into the bin.",
        "Now, find the block that's farthest away from the bin and place it in the bin, please.",
        "Put the block furthest from the bin in the bin, please.",
    )
    return text, _done(binned([b]), [(b, BIN)])


def t119_imp_gamer(w: World) -> Made:
    h = _highest(w)
    bowl = _bowl_for(w, h) if h else None
    if not h or not bowl:
        return None
    text = _pick(
        w,
        f"Yo, grab whatever block's sitting highest and drop it in the {bowl}.",
        f"Take the highest block and chuck it into the {bowl}.",
        f"Yeet the block that's highest up into the {bowl}!",
    )
    return text, _done(_in(h, bowl), [(h, bowl)])


def t119_imp_analyst(w: World) -> Made:
    left = _ranked(w, w.blocks, lambda b: w.y(b))
    if not left:
        return None
    b, place = left[0], w.rng.choice(PLACES)
    text = _pick(
        w,
        f"Relocate the leftmost block to the {place}.",
        f"Move the block that is furthest to the left to the {place}.",
        f"Take the left-most block and move it to the {place}.",
    )
    return text, _done(rels(Rel("at", b, place)), [(b, place)])


def t119_imp_child(w: World) -> Made:
    bowls = [b for b in w.bowls if _n(w, b) == 0]
    for bowl in w.pick(bowls, len(bowls)):
        near = _ranked(w, w.blocks, lambda b, bowl=bowl: w.dist(b, bowl))
        if near:
            break
    else:
        return None
    b = near[0]
    text = _pick(
        w,
        f"Put the block that's closest to the {bowl} in it!",
        f"Put the block nearest to the {bowl} inside the {bowl}.",
        f"Can you put the closest block to the {bowl} into the {bowl}?",
    )
    return text, _done(_in(b, bowl), [(b, bowl)])


def t119_imp_coach(w: World) -> Made:
    tower = _tallest(w)
    if not tower:
        return None
    top = tower[-1]
    text = _pick(
        w,
        "Take the top block off the tallest tower and set it down on the table.",
        "Top block of the tallest stack: get it off and put it on the table!",
        "Knock the top block off the tallest tower onto the table.",
    )
    return text, _done(rels(Rel("on_table", top)), [(top, TABLE)])


def t119_imp_inspector(w: World) -> Made:
    ways = [
        (word, bowl)
        for word, bowl in (("the fewest", _emptiest(w)), ("the most", _fullest(w)))
        if bowl and _room(w, bowl)
    ]
    if not ways:
        return None
    word, bowl = w.rng.choice(ways)
    blocks = [b for b in _free(w) if w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    if len(w.bowls) == 2:
        word = "fewer" if word == "the fewest" else "more"
    text = _pick(
        w,
        f"Put the {b} in whichever bowl has {word} blocks.",
        f"Place the {b} into the bowl that currently holds {word} blocks.",
        f"Transfer the {b} to whichever bowl contains {word} blocks.",
    )
    return text, _done(_in(b, bowl), [(b, bowl)])


# ----- declarative -------------------------------------------------------------------------------------------
def t119_dec_teacher(w: World) -> Made:
    near = _ranked(w, w.blocks, lambda b: _bin_dist(w, b))
    if not near:
        return None
    b = near[0]
    text = _pick(
        w,
        "The block that is nearest to the bin goes in the bin.",
        "The closest block to the bin belongs in the bin.",
        "The block nearest the bin is the one that goes into the bin.",
    )
    return text, _done(binned([b]), [(b, BIN)])


def t119_dec_gamer(w: World) -> Made:
    full = _fullest(w)
    if not full or not _room(w, full):
        return None
    blocks = [b for b in _free(w) if w.state.base(b) != full]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = _pick(
        w,
        f"The {b} goes in the bowl with the most blocks.",
        f"The {b} lands in whichever bowl's got the most blocks already.",
        f"Bowl with the most blocks in it gets the {b}.",
    )
    return text, _done(_in(b, full), [(b, full)])


def t119_dec_analyst(w: World) -> Made:
    tower = _tallest(w)
    if not tower:
        return None
    top, place = tower[-1], w.rng.choice(PLACES)
    text = _pick(
        w,
        f"The top block of the tallest stack goes to the {place}.",
        f"The block on top of the tallest tower is to be moved to the {place}.",
        f"The uppermost block of the highest tower belongs at the {place}.",
    )
    return text, _done(rels(Rel("at", top, place)), [(top, place)])


def t119_dec_child(w: World) -> Made:
    right = _ranked(w, w.blocks, lambda b: -w.y(b))
    bowl = _bowl_for(w, right[0]) if right else None
    if not right or not bowl:
        return None
    b = right[0]
    text = _pick(
        w,
        f"The block all the way on the right goes in the {bowl}.",
        f"The rightmost block is going in the {bowl}!",
        f"The block that's the most to the right goes into the {bowl}.",
    )
    return text, _done(_in(b, bowl), [(b, bowl)])


def t119_dec_coach(w: World) -> Made:
    near = _ranked(w, w.blocks, lambda b: _bin_dist(w, b))
    far = _ranked(w, w.blocks, lambda b: -_bin_dist(w, b))
    if not near or not far or near[0] == far[0]:
        return None
    a, b = far[0], near[0]
    text = _pick(
        w,
        "The block farthest from the bin ends up on top of the block nearest the bin.",
        "Furthest-from-the-bin block goes on top of the closest-to-the-bin block. That's the play.",
        "The block that's furthest from the bin gets stacked on the one that's closest to it.",
    )
    return text, _done(rels(Rel("on", a, b)), [(a, b)])


def t119_dec_inspector(w: World) -> Made:
    near = _ranked(w, w.blocks, lambda b: _bin_dist(w, b), 2)
    if not near:
        return None
    b, place = near[1], w.rng.choice(PLACES)
    text = _pick(
        w,
        f"The block that is second closest to the bin goes to the {place}.",
        f"The second-nearest block to the bin is to be placed at the {place}.",
        f"The block that ranks second in closeness to the bin goes to the {place}.",
    )
    return text, _done(rels(Rel("at", b, place)), [(b, place)])


# ----- desiderative -----------------------------------------------------------------------------------------
def t119_des_teacher(w: World) -> Made:
    h = _highest(w)
    if not h:
        return None
    text = _pick(
        w,
        "I'd like the highest block brought down onto the table, please.",
        "I want the block that sits highest to be on the table.",
        "I would like the topmost block of all to end up on the table.",
    )
    return text, _done(rels(Rel("on_table", h)), [(h, TABLE)])


def t119_des_gamer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    more, less = w.pick(w.bowls, 2)
    need = _n(w, less) - _n(w, more) + 1
    if need < 1:
        more, less = less, more
        need = _n(w, less) - _n(w, more) + 1
    if need < 1 or not _room(w, more, need):
        return None
    spare = [b for b in _free(w) if w.state.base(b) not in (more, less)]
    if len(spare) < need:
        return None
    moves = [(b, more) for b in spare[:need]]
    text = _pick(
        w,
        f"I want more blocks in the {more} than in the {less}.",
        f"I wanna see the {more} holding more blocks than the {less}.",
        f"I'd like the {more} to have more blocks than the {less}, gg.",
    )
    check: Check = lambda _i, f: len(f.in_bowl(more)) > len(f.in_bowl(less))
    return text, _done(check, moves)


def t119_des_analyst(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.bowls, 2)
    if _n(w, a) == _n(w, b):
        return None
    big, small = (a, b) if _n(w, a) > _n(w, b) else (b, a)
    d = _n(w, big) - _n(w, small)
    moves = [(x, TABLE) for x in _top_first(w, w.state.in_bowl(big))[:d]]
    text = _pick(
        w,
        f"I'd like as many blocks in the {a} as in the {b}.",
        f"I would like the {a} and the {b} to hold the same number of blocks.",
        f"I want the {a} to contain exactly as many blocks as the {b}.",
    )
    check: Check = lambda _i, f: len(f.in_bowl(a)) == len(f.in_bowl(b))
    return text, _done(check, moves)


def t119_des_child(w: World) -> Made:
    left = _ranked(w, w.blocks, lambda b: w.y(b))
    bowl = _bowl_for(w, left[0]) if left else None
    if not left or not bowl:
        return None
    b = left[0]
    text = _pick(
        w,
        f"I want the block that's way over on the left in the {bowl}!",
        f"I want the leftmost block to go in the {bowl}.",
        f"I wanna have the block that's the most on the left inside the {bowl}.",
    )
    return text, _done(_in(b, bowl), [(b, bowl)])


def t119_des_coach(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        near = _ranked(w, w.blocks, lambda b, bowl=bowl: w.dist(b, bowl), 2)
        if near:
            break
    else:
        return None
    b = near[1]
    text = _pick(
        w,
        f"I need the second-closest block to the {bowl} in the bin.",
        f"What I want is the block that's second nearest to the {bowl} sitting in the bin.",
        f"I want the block that's the second closest to the {bowl} put in the bin.",
    )
    return text, _done(binned([b]), [(b, BIN)])


def t119_des_inspector(w: World) -> Made:
    full = _fullest(w)
    if not full:
        return None
    inside = w.state.in_bowl(full)
    text = _pick(
        w,
        "I would like the bowl with the most blocks emptied into the bin.",
        "I want the fullest bowl cleared out, with everything in it going into the bin.",
        "I'd like whatever is in the bowl holding the most blocks tipped into the bin.",
    )
    return text, _done(
        both(binned(inside), empty(full)), [(b, BIN) for b in _top_first(w, inside)]
    )


# ----- quantified -------------------------------------------------------------------------------------------
def t119_qua_teacher(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    yb = w.y(bowl)
    others = [b for b in w.blocks if w.state.base(b) != bowl]
    if any(abs(w.y(b) - yb) < _GAP for b in others):
        return None
    left = [b for b in others if w.y(b) < yb]
    if not 1 <= len(left) <= 5:
        return None
    right = [b for b in w.blocks if b not in left]
    text = _pick(
        w,
        f"Please put every block that is to the left of the {bowl} into the bin.",
        f"Put all the blocks on the left side of the {bowl} in the bin, please.",
        f"Everything that is left of the {bowl}: put all of those blocks in the bin.",
    )
    moves = [(b, BIN) for b in _top_first(w, left)]
    return text, _done(both(binned(left), none_binned(right)), moves)


def t119_qua_gamer(w: World) -> Made:
    near = _ranked(w, w.blocks, lambda b: _bin_dist(w, b), 2)
    if not near:
        return None
    text = _pick(
        w,
        "Dunk the two blocks closest to the bin into it.",
        "Both of the blocks nearest the bin: into the bin they go.",
        "Put the two blocks that are closest to the bin in the bin.",
    )
    return text, _done(binned(near), [(b, BIN) for b in near])


def t119_qua_analyst(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    far = _group(w, w.blocks, lambda b: -_bin_dist(w, b), 3)
    if not far:
        return None
    place = w.rng.choice(PLACES)
    text = _pick(
        w,
        f"Move the three blocks that are furthest from the bin to the {place}.",
        f"Relocate the three blocks with the greatest distance from the bin to the {place}.",
        f"Take the three blocks farthest away from the bin and move all of them to the {place}.",
    )
    moves = [(b, place) for b in _top_first(w, far)]
    return text, _done(rels(*(Rel("at", b, place) for b in far)), moves)


def t119_qua_child(w: World) -> Made:
    ref = w.rng.choice(w.blocks)
    d = _bin_dist(w, ref)
    others = [b for b in w.blocks if b != ref]
    if any(abs(_bin_dist(w, b) - d) < _GAP for b in others):
        return None
    closer = [b for b in others if _bin_dist(w, b) < d]
    if not 1 <= len(closer) <= 5:
        return None
    text = _pick(
        w,
        f"Put all the blocks that are closer to the bin than the {ref} in the bin!",
        f"Every block that's nearer to the bin than the {ref} goes in, okay? Put them in the bin.",
        f"Can you put each block that is closer to the bin than the {ref} into the bin?",
    )
    moves = [(b, BIN) for b in _top_first(w, closer)]
    return text, _done(both(binned(closer), none_binned([ref])), moves)


def t119_qua_coach(w: World) -> Made:
    refs = [
        b
        for b in w.blocks
        if _level(w, b) == 0 and w.state.support[b] not in w.state.bowls
    ]
    up = [b for b in w.blocks if _level(w, b) >= 1]
    if not refs or not up:
        return None
    ref = w.rng.choice(refs)
    text = _pick(
        w,
        f"Every block that sits higher than the {ref}: get it down on the table.",
        f"All the blocks that are up higher than the {ref} come down onto the table. Let's go!",
        f"Bring down every block that's higher than the {ref} and put them all on the table.",
    )
    moves = [(b, TABLE) for b in _top_first(w, up)]
    return text, _done(rels(*(Rel("on_table", b) for b in up)), moves)


def t119_qua_inspector(w: World) -> Made:
    full = _fullest(w)
    bowls = [b for b in w.bowls if b != full and _room(w, b)]
    if not full or not bowls:
        return None
    to = w.rng.choice(bowls)
    n, m = _n(w, full), _n(w, to)
    top = _top_first(w, w.state.in_bowl(full))[0]
    text = _pick(
        w,
        f"Move one block from the fullest bowl to the {to}.",
        f"Transfer a single block from the bowl holding the most blocks to the {to}.",
        f"Take exactly one block out of the bowl with the most blocks and put it in the {to}.",
    )
    return text, _done(both(count_in(full, n - 1), count_in(to, m + 1)), [(top, to)])


# ----- negated -----------------------------------------------------------------------------------------------
def t119_neg_teacher(w: World) -> Made:
    h = _highest(w)
    if not h:
        return None
    rest = [b for b in w.blocks if b != h]
    if len(rest) > 5:
        return None
    text = _pick(
        w,
        "Put all the blocks in the bin except the highest one.",
        "Every block goes into the bin, but not the block that sits highest.",
        "Please put the blocks in the bin, all but the highest block.",
    )
    moves = [(h, TABLE), *((b, BIN) for b in _top_first(w, rest))]
    return text, _done(both(binned(rest), none_binned([h])), moves)


def t119_neg_gamer(w: World) -> Made:
    tower = _tallest(w)
    if not tower:
        return None
    blocks = [b for b in _free(w) if b not in tower]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    bowl = _bowl_for(w, b, exclude=[w.state.base(tower[0])])
    if not bowl:
        return None
    text = _pick(
        w,
        f"Don't mess with the tallest tower, just drop the {b} in the {bowl}.",
        f"Put the {b} in the {bowl} and don't touch the tallest stack.",
        f"No touching the biggest tower! Only the {b} goes into the {bowl}.",
    )
    return text, _done(both(_in(b, bowl), kept(*tower)), [(b, bowl)])


def t119_neg_analyst(w: World) -> Made:
    full = _fullest(w)
    if not full:
        return None
    blocks = [b for b in _free(w) if w.state.base(b) != full]
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), w.rng.choice(PLACES)
    inside = w.state.in_bowl(full)
    text = _pick(
        w,
        f"Move the {b} to the {place} without disturbing the bowl that has the most blocks in it.",
        f"Relocate the {b} to the {place}; do not touch the bowl containing the most blocks.",
        f"Put the {b} at the {place}, but leave the fullest bowl alone, don't take anything out of it.",
    )
    check = both(rels(Rel("at", b, place)), kept(*inside), count_in(full, len(inside)))
    return text, _done(check, [(b, place)])


def t119_neg_child(w: World) -> Made:
    full = _fullest(w)
    if not full:
        return None
    blocks = _loose(w)
    bowls = [b for b in w.bowls if b != full and _room(w, b)]
    if not blocks or not bowls:
        return None
    b = w.rng.choice(blocks)
    text = _pick(
        w,
        f"Put the {b} in a bowl, but not the one with the most blocks in it!",
        f"Can the {b} go in a bowl? Not the bowl that has the most blocks though.",
        f"I want the {b} in a bowl, just not in the one with the most blocks.",
    )
    check: Check = lambda _i, f: f.base(b) in f.bowls and f.base(b) != full
    return text, _done(check, [(b, bowls[0])])


def t119_neg_coach(w: World) -> Made:
    far = _ranked(w, w.blocks, lambda b: -_bin_dist(w, b))
    if not far:
        return None
    rest = [b for b in w.blocks if b != far[0]]
    if len(rest) > 5:
        return None
    text = _pick(
        w,
        "Everybody in the bin except the block furthest from it!",
        "All the blocks go in the bin, except the one that's farthest away from the bin.",
        "Put every block in the bin but not the block furthest from the bin.",
    )
    moves = [(b, BIN) for b in _top_first(w, rest)]
    return text, _done(both(binned(rest), none_binned(far)), moves)


def t119_neg_inspector(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    near, second, *_ = sorted(w.bowls, key=lambda x: w.dist(b, x))
    others = [x for x in w.bowls if x != near and _room(w, x)]
    if w.dist(b, second) - w.dist(b, near) < _GAP or not others:
        return None
    text = _pick(
        w,
        f"Place the {b} in a bowl that is not the nearest one to it.",
        f"The {b} goes into a bowl, but not the bowl closest to it.",
        f"Put the {b} in a bowl, though not in the bowl that is closest to it.",
    )
    check: Check = lambda _i, f: f.base(b) in f.bowls and f.base(b) != near
    return text, _done(check, [(b, others[0])])


# ----- relative ----------------------------------------------------------------------------------------------
def t119_rel_teacher(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        near = _ranked(w, w.blocks, lambda b, bowl=bowl: w.dist(b, bowl))
        far = _ranked(w, w.blocks, lambda b, bowl=bowl: -w.dist(b, bowl))
        if near and far and near[0] != far[0]:
            break
    else:
        return None
    a, b = near[0], far[0]
    text = _pick(
        w,
        f"Put the block that is closest to the {bowl} on top of the block that is furthest from it.",
        f"Take the block which is nearest the {bowl} and stack it on the block which is farthest from the {bowl}.",
        f"The block that's closest to the {bowl} should go on the one that's furthest from it; please stack them.",
    )
    return text, _done(rels(Rel("on", a, b)), [(a, b)])


def t119_rel_gamer(w: World) -> Made:
    h = _highest(w)
    if not h:
        return None
    targets = [b for b in _free(w, [h]) if len(_stack(w, b)) < layout.MAX_TOWER]
    if not targets:
        return None
    x = w.rng.choice(targets)
    text = _pick(
        w,
        f"Grab the block that's sitting highest and stack it on the {x}.",
        f"The block that's highest up, put it on top of the {x}, ez.",
        f"Take whichever block is the highest and plop it onto the {x}.",
    )
    return text, _done(rels(Rel("on", h, x)), [(h, x)])


def t119_rel_analyst(w: World) -> Made:
    right = _ranked(w, w.blocks, lambda b: -w.y(b))
    if not right:
        return None
    b = right[0]
    ways = [
        way for way in _bowl_by(w) if _room(w, way[2]) and w.state.base(b) != way[2]
    ]
    if not ways:
        return None
    words, which, bowl = w.rng.choice(ways)
    text = _pick(
        w,
        f"Place the block which lies furthest to the right in {which}.",
        f"Move the block that is the rightmost one into {which}.",
        f"Put the block that sits furthest right into {words}.",
    )
    return text, _done(_in(b, bowl), [(b, bowl)])


def t119_rel_child(w: World) -> Made:
    near = _ranked(w, w.blocks, lambda b: _bin_dist(w, b))
    if not near:
        return None
    b = near[0]
    ways = [
        way for way in _bowl_by(w) if _room(w, way[2]) and w.state.base(b) != way[2]
    ]
    if not ways:
        return None
    words, which, bowl = w.rng.choice(ways)
    which = which.replace(" which ", " that ")
    text = _pick(
        w,
        f"Put the block that's closest to the bin in {which}!",
        f"The block that is nearest the bin, can you put it in {words}?",
        f"Put the block that's the closest one to the bin into {which}.",
    )
    return text, _done(_in(b, bowl), [(b, bowl)])


def t119_rel_coach(w: World) -> Made:
    tower = _tallest(w)
    if not tower:
        return None
    top = tower[-1]
    text = _pick(
        w,
        "Take the block that's on top of the tallest tower and put it in the bin.",
        "The block that sits on top of the tallest stack: into the bin with it!",
        "Grab the block that's at the top of the tallest tower and toss it in the bin.",
    )
    return text, _done(binned([top]), [(top, BIN)])


def t119_rel_inspector(w: World) -> Made:
    singles = [b for b in w.clear_blocks() if _level(w, b) == 0]
    for ref in w.pick(singles, len(singles)):
        near = _ranked(
            w, [b for b in w.blocks if b != ref], lambda b, ref=ref: w.dist(b, ref), 2
        )
        if near:
            break
    else:
        return None
    b, place = near[1], w.rng.choice(PLACES)
    text = _pick(
        w,
        f"Move the block which is second closest to the {ref} to the {place}.",
        f"The block that is the second nearest to the {ref}: relocate it to the {place}.",
        f"Put the block that is second-closest to the {ref} at the {place}.",
    )
    return text, _done(rels(Rel("at", b, place)), [(b, place)])


# ----- keep --------------------------------------------------------------------------------------------------
def t119_keep_teacher(w: World) -> Made:
    tower = _tallest(w)
    if not tower:
        return None
    blocks = [b for b in _free(w) if b not in tower]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = _pick(
        w,
        f"Keep the tallest tower as it is, and put the {b} in the bin.",
        f"Put the {b} in the bin, and please keep the tallest tower standing just as it is.",
        f"Leave the tallest tower exactly as it is while you put the {b} in the bin.",
    )
    return text, _done(both(binned([b]), kept(*tower)), [(b, BIN)])


def t119_keep_gamer(w: World) -> Made:
    full = _fullest(w)
    if not full:
        return None
    blocks = [b for b in _free(w) if w.state.base(b) != full]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    bowl = _bowl_for(w, b, exclude=[full])
    if not bowl:
        return None
    inside = w.state.in_bowl(full)
    text = _pick(
        w,
        f"Keep the bowl with the most blocks untouched and put the {b} in the {bowl}.",
        f"Drop the {b} in the {bowl}, but keep the fullest bowl as is, no touching.",
        f"Fullest bowl stays exactly like it is. Move the {b} into the {bowl}.",
    )
    check = both(_in(b, bowl), kept(*inside), count_in(full, len(inside)))
    return text, _done(check, [(b, bowl)])


def t119_keep_analyst(w: World) -> Made:
    left = _ranked(w, w.blocks, lambda b: w.y(b))
    if not left:
        return None
    blocks = _free(w, left)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = _pick(
        w,
        f"Keep the leftmost block where it is and stack the {b} on top of it.",
        f"Keeping the block furthest to the left in place, put the {b} on top of it.",
        f"Stack the {b} on the leftmost block, and keep the leftmost block where it currently is.",
    )
    return text, _done(both(rels(Rel("on", b, left[0])), kept(left[0])), [(b, left[0])])


def t119_keep_child(w: World) -> Made:
    h = _highest(w)
    if not h:
        return None
    stack = _stack(w, h)
    blocks = [b for b in _free(w) if b not in stack]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = _pick(
        w,
        f"Keep the highest block up there, but put the {b} in the bin!",
        f"Put the {b} in the bin, and keep the block that's the highest where it is.",
        f"The highest block has to stay up there. Can you put the {b} in the bin?",
    )
    return text, _done(both(binned([b]), kept(*stack)), [(b, BIN)])


def t119_keep_coach(w: World) -> Made:
    near = _ranked(w, w.blocks, lambda b: _bin_dist(w, b))
    blocks = _free(w, near or [])
    if not near or not blocks:
        return None
    b = w.rng.choice(blocks)
    text = _pick(
        w,
        f"Keep the block closest to the bin right where it is, and put the {b} in the bin.",
        f"The {b} goes in the bin! The block nearest the bin stays put, though.",
        f"Put the {b} in the bin and keep the block that's closest to the bin exactly where it is.",
    )
    return text, _done(both(binned([b]), kept(near[0])), [(b, BIN)])


def t119_keep_inspector(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    near = _ranked(w, w.blocks, lambda b: w.dist(b, bowl))
    if not near or not _room(w, bowl):
        return None
    blocks = [b for b in _free(w, near) if w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = _pick(
        w,
        f"Keep the block nearest the {bowl} where it is and put the {b} in the {bowl}.",
        f"Place the {b} in the {bowl}; the block closest to the {bowl} must stay where it is.",
        f"Put the {b} into the {bowl} while keeping the block that is nearest the {bowl} in its position.",
    )
    return text, _done(both(_in(b, bowl), kept(near[0])), [(b, bowl)])


# ----- multi_step -------------------------------------------------------------------------------------------
def t119_multi_teacher(w: World) -> Made:
    h = _highest(w)
    if not h:
        return None
    blocks = [b for b in _free(w, [h])] + [w.state.support[h]]
    b = w.rng.choice(blocks)
    text = _pick(
        w,
        f"First put the highest block on the table, then put the {b} in the bin.",
        f"Start by bringing the highest block down to the table; after that, the {b} goes in the bin.",
        f"Put the block that sits highest on the table first, and then put the {b} into the bin.",
    )
    return text, _done(
        both(rels(Rel("on_table", h)), binned([b])), [(h, TABLE), (b, BIN)]
    )


def t119_multi_gamer(w: World) -> Made:
    left = _ranked(w, w.blocks, lambda b: w.y(b))
    right = _ranked(w, w.blocks, lambda b: -w.y(b))
    if not left or not right or left[0] == right[0]:
        return None
    a, b = left[0], right[0]
    text = _pick(
        w,
        "Put the leftmost block in the bin, then the rightmost one too.",
        "Bin the block furthest left first, then bin the block furthest right.",
        "Leftmost block into the bin, then the rightmost block into the bin, go!",
    )
    return text, _done(binned([a, b]), [(a, BIN), (b, BIN)])


def t119_multi_analyst(w: World) -> Made:
    tower = _tallest(w)
    if not tower:
        return None
    top, below = tower[-1], tower[-2]
    bowl = _bowl_for(w, below)
    if not bowl:
        return None
    place = w.rng.choice(PLACES)
    text = _pick(
        w,
        f"Move the top block of the tallest stack to the {place}, then put the block that was beneath it into the {bowl}.",
        f"First relocate the uppermost block of the tallest tower to the {place}; next, move the block it was "
        f"resting on to the {bowl}.",
        f"Take the top block off the tallest tower and put it at the {place}, then put the block under it in the "
        f"{bowl}.",
    )
    check = rels(Rel("at", top, place), Rel("in", below, bowl))
    return text, _done(check, [(top, place), (below, bowl)])


def t119_multi_child(w: World) -> Made:
    left = _ranked(w, w.blocks, lambda b: w.y(b))
    right = _ranked(w, w.blocks, lambda b: -w.y(b))
    if not left or not right or left[0] == right[0]:
        return None
    a, b = right[0], left[0]
    bowl = _bowl_for(w, a, 2, exclude=[w.state.base(b)])
    if not bowl:
        return None
    text = _pick(
        w,
        f"Put the rightmost block in the {bowl} and then put the leftmost block on top of it!",
        f"First the block on the far right goes in the {bowl}, then the block on the far left goes on top of it.",
        f"Can you put the block that's most to the right in the {bowl}, and after that stack the block that's most "
        "to the left on it?",
    )
    return text, _done(rels(Rel("in", a, bowl), Rel("on", b, a)), [(a, bowl), (b, a)])


def t119_multi_coach(w: World) -> Made:
    full = _fullest(w)
    if not full:
        return None
    inside = w.state.in_bowl(full)
    blocks = [b for b in _free(w) if b not in inside]
    if not blocks or len(inside) > 5:
        return None
    b = w.rng.choice(blocks)
    text = _pick(
        w,
        f"Empty the fullest bowl into the bin, then put the {b} in that bowl.",
        f"Dump everything from the bowl with the most blocks into the bin. Then the {b} goes in that bowl!",
        f"First clear out the bowl holding the most blocks into the bin, and then put the {b} into it.",
    )
    moves = [*((x, BIN) for x in _top_first(w, inside)), (b, full)]
    return text, _done(both(binned(inside), _in(b, full)), moves)


def t119_multi_inspector(w: World) -> Made:
    near = _ranked(w, w.blocks, lambda b: _bin_dist(w, b))
    far = _ranked(w, w.blocks, lambda b: -_bin_dist(w, b))
    if not near or not far or near[0] == far[0]:
        return None
    a, b = far[0], near[0]
    place = w.rng.choice(PLACES)
    text = _pick(
        w,
        f"Move the block furthest from the bin to the {place}, then stack the block nearest the bin on top of it.",
        f"First, the block that is farthest from the bin goes to the {place}; second, the block closest to the bin "
        "goes on top of it.",
        f"Relocate the block with the greatest distance to the bin to the {place}, and after that place the block "
        "with the smallest distance to the bin on it.",
    )
    return text, _done(rels(Rel("at", a, place), Rel("on", b, a)), [(a, place), (b, a)])


# ----- question ---------------------------------------------------------------------------------------------
def t119_q_teacher(w: World) -> Made:
    tower = _tallest(w)
    if not tower:
        return None
    text = _pick(
        w,
        "Which block is at the bottom of the tallest tower?",
        "Can you tell me which block is the lowest block of the tallest tower?",
        "Look at the tallest stack: which block is at its bottom?",
    )
    return text, answered(tower[0])


def t119_q_gamer(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _level(w, a) != _level(w, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = _pick(
        w,
        f"Is the {a} higher up than the {b}?",
        f"Yo, is the {a} higher than the {b} rn?",
        f"Quick check: is the {a} sitting higher than the {b}?",
    )
    return text, answered(yes(_level(w, a) > _level(w, b)))


def t119_q_analyst(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.bowls, 2)
    if _n(w, a) == _n(w, b):
        return None
    more, less = (a, b) if _n(w, a) > _n(w, b) else (b, a)
    text = _pick(
        w,
        f"How many more blocks are in the {more} than in the {less}?",
        f"By how many blocks does the {more} outnumber the {less}?",
        f"What is the difference between the number of blocks in the {more} and in the {less}?",
    )
    return text, answered(str(_n(w, more) - _n(w, less)))


def t119_q_child(w: World) -> Made:
    h = _highest(w)
    if not h:
        return None
    text = _pick(
        w,
        "Which block is the highest?",
        "Which block is the highest one up?",
        "What block is sitting the highest?",
    )
    return text, answered(h)


def t119_q_coach(w: World) -> Made:
    far = _ranked(w, w.blocks, lambda b: -_bin_dist(w, b))
    if not far:
        return None
    text = _pick(
        w,
        "Which block is furthest from the bin?",
        "Which block's the farthest away from the bin?",
        "Tell me which block sits furthest from the bin.",
    )
    return text, answered(far[0])


def t119_q_inspector(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.bowls, 2)
    if _n(w, a) == _n(w, b):
        return None
    if w.rng.random() < 0.5:
        text = _pick(
            w,
            f"Confirm: does the {a} hold fewer blocks than the {b}?",
            f"Does the {a} contain fewer blocks than the {b}?",
            f"Are there fewer blocks in the {a} than in the {b}?",
        )
        return text, answered(yes(_n(w, a) < _n(w, b)))
    text = _pick(
        w,
        f"Which bowl holds more blocks, the {a} or the {b}?",
        f"Between the {a} and the {b}, which one contains more blocks?",
    )
    return text, answered(a if _n(w, a) > _n(w, b) else b)


# ----- matching ---------------------------------------------------------------------------------------------
def _todo(w: World) -> dict[str, str]:
    """Blocks with a bowl of their colour, clear and not in it yet, whose bowl has room: block -> bowl."""
    return {
        b: bowl
        for b, bowl in _matched(w).items()
        if w.state.base(b) != bowl
        and w.state.is_clear(b)
        and w.state.base(b) != BIN
        and _room(w, bowl)
    }


def _match_one(w: World, key: Callable[[str], float]) -> tuple[str, str, bool] | None:
    """(block, its bowl, whether it is the only block with a bowl of its colour): the block with a bowl of its
    colour that comes first by `key` among all such blocks, if it can go into its bowl now."""
    pairs, todo = _matched(w), _todo(w)
    if len(pairs) == 1:
        b = next(iter(pairs))
        return (b, pairs[b], True) if b in todo else None
    first = _ranked(w, list(pairs), key) if pairs else None
    if not first or first[0] not in todo:
        return None
    return first[0], pairs[first[0]], False


def t119_match_teacher(w: World) -> Made:
    one = _match_one(w, lambda b: -w.dist(b, _matched(w)[b]))
    if not one:
        return None
    b, bowl, only = one
    if only:
        text = _pick(
            w,
            "Only one block has a bowl of the same colour; please put it in that bowl.",
            "Put the one block whose colour matches a bowl into that bowl.",
        )
    else:
        text = _pick(
            w,
            "Of the blocks that have a bowl of their own colour, put the one furthest from its bowl into that bowl.",
            "Look at each block that matches a bowl's colour; the one that is furthest from its bowl goes into it.",
            "Put the block that is the furthest away from its same-coloured bowl into that bowl, please.",
        )
    return text, _done(_in(b, bowl), [(b, bowl)])


def t119_match_gamer(w: World) -> Made:
    one = _match_one(w, lambda b: _bin_dist(w, b))
    if not one:
        return None
    b, bowl, only = one
    if only:
        text = _pick(
            w,
            "Only one block has a same-colour bowl, so put it in that bowl.",
            "The single block that matches a bowl's colour goes in that bowl.",
        )
    else:
        text = _pick(
            w,
            "Of the blocks with a same-colour bowl, the one closest to the bin goes in its bowl.",
            "Matching-colour block nearest the bin: put it in its bowl.",
        )
    return text, _done(_in(b, bowl), [(b, bowl)])


def t119_match_analyst(w: World) -> Made:
    pairs = _matched(w)
    todo = [b for b, bowl in pairs.items() if w.state.base(b) != bowl]
    if not todo or any(not w.state.is_clear(b) or not _room(w, pairs[b]) for b in todo):
        return None
    right = _ranked(w, todo, lambda b: -w.y(b))
    if not right:
        return None
    moves = [(b, pairs[b]) for b in [right[0], *(b for b in todo if b != right[0])]]
    text = _pick(
        w,
        "Place every block in the bowl of its own colour, beginning with the block furthest to the right.",
        "Starting from the rightmost one, move each block into the bowl that matches its colour.",
        "Sort the blocks into the bowls with the same colours; begin with whichever is furthest right.",
    )
    return text, _done(rels(*(Rel("in", b, bowl) for b, bowl in pairs.items())), moves)


def t119_match_child(w: World) -> Made:
    one = _match_one(w, lambda b: -_bin_dist(w, b))
    if not one:
        return None
    b, bowl, only = one
    if only:
        text = _pick(
            w,
            "There's only one block that's the same colour as a bowl. Put it in that bowl!",
            "Can you put the one block that matches a bowl into the bowl that's the same colour?",
        )
    else:
        text = _pick(
            w,
            "Out of the blocks that have a bowl the same colour, the one farthest from the bin goes in its bowl!",
            "Which block with a same-colour bowl is the farthest from the bin? Put that one in its bowl!",
        )
    return text, _done(_in(b, bowl), [(b, bowl)])


def t119_match_coach(w: World) -> Made:
    ways = []
    for words, _which, bowl in _bowl_by(w):
        block = next((b for b in w.blocks if w.colour(b) == w.colour(bowl)), None)
        if (
            block
            and w.state.base(block) != bowl
            and w.state.is_clear(block)
            and _room(w, bowl)
        ):
            ways.append((words, bowl, block))
    if not ways:
        return None
    words, bowl, block = w.rng.choice(ways)
    text = _pick(
        w,
        f"{words[0].upper()}{words[1:]} gets the block of its own colour.",
        f"Match it up: put the block with the same colour as {words} into that bowl.",
        f"Find {words} and put its matching block in it!",
    )
    return text, _done(_in(block, bowl), [(block, bowl)])


def t119_match_inspector(w: World) -> Made:
    pairs = _matched(w)
    todo = [b for b, bowl in pairs.items() if w.state.base(b) != bowl]
    if not todo or any(not w.state.is_clear(b) or not _room(w, pairs[b]) for b in todo):
        return None
    first = _ranked(w, todo, lambda b: w.dist(b, pairs[b]))
    if not first:
        return None
    moves = [(b, pairs[b]) for b in [first[0], *(b for b in todo if b != first[0])]]
    text = _pick(
        w,
        "Put each block in the bowl of the same colour, starting with the block that is closest to its bowl.",
        "Every block with a matching bowl goes into it; do the one nearest to its bowl first.",
        "Place the blocks in their same-coloured bowls, the one with the shortest distance to its bowl first.",
    )
    return text, _done(rels(*(Rel("in", b, bowl) for b, bowl in pairs.items())), moves)


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
_STYLES = ("teacher", "gamer", "analyst", "child", "coach", "inspector")
FRESH119: list[Template] = [
    (f"t119_{short}_{style}", category, globals()[f"t119_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
