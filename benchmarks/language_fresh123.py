"""`FRESH123`, the hundred-and-twenty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: picking things out by position and order among several. Blocks and bowls are named by where they stand in
the row from left to right (the scene's y coordinate, left = smaller y): "the second block from the left", "the
last bowl on the right", "the middle one of the three loose blocks", "the two rightmost blocks", "every other
loose block", "the block just left of the green one", "the bowl between the other two", "the block in the
leftmost bowl", and by order in a tower ("the top block of the tower", "the one under the top"). A template only
fires when the position is clear-cut: no other candidate within 0.03 m in y of a picked block (0.06 m for bowls), and the same
object whichever reasonable set of blocks the speaker could be counting (loose blocks only, everything on the
table, or every block including those in bowls). The speakers vary:

- teacher: "Okay everyone, count from the left with me. Can you put the second block from the left in the bin?"
- gamer: "ok so there's 3 loose blocks, grab the middle one and drop it in the red bowl"
- engineer: "Stack the block second from the right onto the leftmost block."
- child: "can you put the block right next to the green one, on its left side, in the bin pleeease"
- shop: "Lovely, could you pop the red block into the bowl on the far left for me?"
- coach: "Go left to right and the last block you hit goes in the bin! Move it!"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

The lexicon's constant names were listed with the permitted `grep` of assignment lines; that grep also printed the
right-hand side of a few regular-expression constants (the kind words and the shade pattern). A `grep` for the line
length in `pyproject.toml` printed nothing. Nothing else past the allowed range was read.

Its first run (300 instructions, seed 0, on d639df6, after every fix before it and before anything it could prompt):
0.537 goal-correct (161 of 300), 101 refused, 5 asked, 33 wrong, seven of them actions: 'all the loose blocks in the
bin, except the two on the far left' left out the two leftmost of all the blocks, one of them in a bowl (four times, one
of them 'Not the two furthest left though, leave those!' said as a sentence of its own and dropped); 'the block second
from the right must not go there' put it there; 'apart from the second one from the right' counted from every block;
'the block just right of X' took the nearest block where the next one along was meant; twenty-six wrong replies
('which bowl is the one furthest left?', 'how many blocks are between X and Y?', 'is X second from the left?').
"""

from __future__ import annotations

from itertools import pairwise

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    kept,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds

GAP = 0.03  # two candidates closer than this in y are too close to tell apart
BIN_CAPACITY = 5
_ORD = ("first", "second", "third", "fourth", "fifth", "sixth")
_NUM = ("zero", "one", "two", "three", "four", "five", "six")


# ----- position helpers --------------------------------------------------------------------------------
def _loose(w: World) -> list[str]:
    """Blocks lying on the table on their own: nothing under them but the table, nothing on top."""
    s = w.state
    return [b for b in w.blocks if s.support[b] in (TABLE, *PLACES) and s.is_clear(b)]


def _sets(w: World, scope: str) -> list[list[str]]:
    """Every set of blocks a speaker could mean: "loose" blocks only, or any block (on the table or in a bowl)."""
    loose = _loose(w)
    if scope == "loose":
        return [loose]
    table = w.state.on_the_table()
    every = [b for b in w.blocks if w.state.base(b) != BIN]
    return [loose, table, every]


def _order(w: World, names: list[str], right: bool = False) -> list[str]:
    return sorted(names, key=w.y, reverse=right)


def _alone(w: World, name: str, names: list[str]) -> bool:
    """No other candidate within GAP of `name` in y."""
    return all(o == name or abs(w.y(o) - w.y(name)) >= GAP for o in names)


def _nth(w: World, names: list[str], k: int, right: bool = False) -> str | None:
    order = _order(w, names, right)
    if k >= len(order) or not _alone(w, order[k], names):
        return None
    return order[k]


def _agree(picks: list) -> object | None:
    if not picks or any(p is None for p in picks) or any(p != picks[0] for p in picks):
        return None
    return picks[0]


def _pick(w: World, k: int, right: bool = False, scope: str = "any") -> str | None:
    """The k-th block (0-based) from one side, the same under every reading of "block"."""
    return _agree([_nth(w, s, k, right) for s in _sets(w, scope)])  # type: ignore[return-value]


def _first(
    w: World, k: int, right: bool = False, scope: str = "any"
) -> list[str] | None:
    """The k blocks at one end, when there are more than k and the k-th is clearly apart from the next."""
    picks: list = []
    for s in _sets(w, scope):
        order = _order(w, s, right)
        if len(order) <= k or abs(w.y(order[k - 1]) - w.y(order[k])) < GAP:
            return None
        picks.append(sorted(order[:k]))
    return _agree(picks)  # type: ignore[return-value]


def _middle(w: World) -> tuple[int, str] | None:
    """(how many loose blocks, the middle one) for an odd number of loose blocks, three or more."""
    loose = _loose(w)
    if len(loose) not in (3, 5):
        return None
    mid = _nth(w, loose, len(loose) // 2)
    return (len(loose), mid) if mid else None


def _beside(w: World, anchor: str, right: bool, scope: str = "any") -> str | None:
    """The block just left (or right) of `anchor`: the next one over, clearly apart from anchor and the one after."""
    picks: list = []
    for s in _sets(w, scope):
        if anchor not in s:
            return None
        if not _alone(w, anchor, s):
            return None
        sign = 1 if right else -1
        side = [b for b in s if sign * (w.y(b) - w.y(anchor)) > 0]
        if not side:
            return None
        order = _order(w, side, not right)
        if len(order) > 1 and abs(w.y(order[0]) - w.y(order[1])) < GAP:
            return None
        picks.append(order[0])
    return _agree(picks)  # type: ignore[return-value]


def _beyond(w: World, anchor: str, right: bool, scope: str = "any") -> list[str] | None:
    """Every block on one side of `anchor`, the same set under every reading, none too close to call."""
    picks: list = []
    for s in _sets(w, scope):
        if anchor not in s or not _alone(w, anchor, s):
            return None
        sign = 1 if right else -1
        picks.append(sorted(b for b in s if sign * (w.y(b) - w.y(anchor)) > 0))
    return _agree(picks)  # type: ignore[return-value]


def _between(w: World, a: str, b: str, scope: str = "any") -> list[str] | None:
    picks: list = []
    lo, hi = sorted((w.y(a), w.y(b)))
    for s in _sets(w, scope):
        if a not in s or b not in s or not _alone(w, a, s) or not _alone(w, b, s):
            return None
        picks.append(sorted(c for c in s if lo < w.y(c) < hi))
    return _agree(picks)  # type: ignore[return-value]


def _singles(w: World) -> list[str]:
    """Blocks not in a tower and not in the bin (on the table or in a bowl), each alone in y."""
    s = w.state
    every = [b for b in w.blocks if s.base(b) != BIN]
    return [
        b
        for b in every
        if s.is_clear(b) and s.support[b] not in s.support and _alone(w, b, every)
    ]


def _anchors(w: World) -> list[str]:
    """Loose blocks that stand alone in y: good landmarks ("the block just left of the green one")."""
    loose = _loose(w)
    return [b for b in _singles(w) if b in loose]


def _clear(w: World) -> list[str]:
    """Blocks that can be picked up at once (nothing on top, not in the bin)."""
    return [b for b in w.blocks if w.state.is_clear(b) and w.state.base(b) != BIN]


def _towers(w: World) -> list[list[str]]:
    """Towers of two or more blocks, each bottom first."""
    s = w.state
    out = []
    for b in w.blocks:
        if s.support[b] not in s.support and not s.is_clear(b) and s.base(b) != BIN:
            out.append([b, *s.above(b)[::-1]])
    return out


def _tower(w: World) -> tuple[str, list[str]] | None:
    """("the tower" or "the tower on the left", its blocks bottom first) when one tower can be named."""
    towers = _towers(w)
    if len(towers) == 1:
        return w.rng.choice(["the tower", "the stack", "the tower"]), towers[0]
    if len(towers) == 2 and abs(w.y(towers[0][0]) - w.y(towers[1][0])) >= GAP:
        right = w.rng.random() < 0.5
        side = "right" if right else "left"
        t = _order(w, [c[0] for c in towers], right)[0]
        phrase = w.rng.choice(
            [
                f"the tower on the {side}",
                f"the {side}-hand tower",
                f"the {side}most tower",
            ]
        )
        return phrase, next(c for c in towers if c[0] == t)
    return None


def _bowl_ref(w: World) -> tuple[str, str] | None:
    """A bowl named by its position among two or three."""
    bowls = w.bowls
    if len(bowls) < 2:
        return None
    opts = []
    for right in (False, True):
        b = _bowl_nth(w, 0, right)
        if b:
            side = "right" if right else "left"
            names = [
                f"the {side}most bowl",
                f"the bowl on the far {side}",
                f"the bowl furthest to the {side}",
            ]
            if len(bowls) == 2:
                names += [f"the {side}-hand bowl", f"the bowl on the {side}"]
            if right:
                names.append("the last bowl on the right")
            opts.append((w.rng.choice(names), b))
    if len(bowls) == 3:
        b = _bowl_nth(w, 1)
        if b and min(abs(w.y(b) - w.y(o)) for o in bowls if o != b) >= 2 * GAP:
            opts.append(
                (w.rng.choice(["the middle bowl", "the bowl between the other two"]), b)
            )
    return w.rng.choice(opts) if opts else None


def _bowl_nth(w: World, k: int, right: bool = False) -> str | None:
    """The k-th bowl from one side, when no other bowl is within twice GAP of it in y (bowls are wide)."""
    order = _order(w, w.bowls, right)
    if k >= len(order) or any(
        o != order[k] and abs(w.y(o) - w.y(order[k])) < 2 * GAP for o in order
    ):
        return None
    return order[k]


def _phrase(w: World, k: int, right: bool, noun: str = "block") -> str:
    side = "right" if right else "left"
    if k == 0:
        names = [
            f"the {side}most {noun}",
            f"the {noun} on the far {side}",
            f"the {noun} furthest to the {side}",
        ]
        if right:
            names.append(f"the last {noun} on the right")
        else:
            names.append(f"the first {noun} on the left")
        return w.rng.choice(names)
    o = _ORD[k]
    return w.rng.choice(
        [f"the {o} {noun} from the {side}", f"the {noun} {o} from the {side}"]
    )


def _into(bowl: str):
    return lambda b: Rel("in", b, bowl)


def _dest(
    w: World, blocks: list[str], bowls_only: bool = False, exclude: tuple[str, ...] = ()
):
    """(phrase, relation maker) for somewhere every block in `blocks` can still go and none is yet."""
    s = w.state
    opts = []
    for bowl in w.bowls:
        if bowl in exclude or any(s.base(b) == bowl for b in blocks):
            continue
        if len(s.in_bowl(bowl)) + len(blocks) > layout.BOWL_CAPACITY:
            continue
        opts.append((f"the {bowl}", _into(bowl)))
    in_bin = sum(s.base(b) == BIN for b in w.blocks)
    if (
        not bowls_only
        and in_bin + len(blocks) <= BIN_CAPACITY
        and not any(s.base(b) == BIN for b in blocks)
    ):
        opts.append(("the bin", lambda b: Rel("in_bin", b)))
    return w.rng.choice(opts) if opts else None


def _ks(*ks: int) -> list[tuple[int, bool]]:
    """(k, right) for every rank and both ends."""
    return [(k, right) for k in ks for right in (False, True)]


_NOUN = {"any": "block", "loose": "loose block"}


def _scoped(*options: tuple) -> list[tuple]:
    """Each option once speaking of any block, once of loose blocks only."""
    return [(*o, scope) for o in options for scope in ("any", "loose")]


def _around(w: World) -> list[tuple[str, bool]]:
    """(anchor, right) for every loose landmark block and both sides."""
    return [(a, right) for a in _anchors(w) for right in (False, True)]


def _pairs(w: World) -> list[tuple[str, str]]:
    """Every ordered pair of loose landmark blocks."""
    anchors = _anchors(w)
    return [(a, b) for a in anchors for b in anchors if a != b]


def _first_ok(w: World, build, options: list) -> Made:
    """The first option, in random order, that `build` can make a sentence of."""
    options = list(options)
    w.rng.shuffle(options)
    for o in options:
        made = build(*o)
        if made is not None:
            return made
    return None


def _free(_i, f) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    """Every check holds and the gripper is empty."""
    return both(*checks, _free)


def _put(blocks: list[str], make) -> Check:
    return _done(rels(*(make(b) for b in blocks)))


def _height(w: World, block: str) -> int:
    """How many blocks the tower holding `block` has."""
    s = w.state
    bottom = block
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return 1 + len(s.above(bottom))


def _stackable(w: World, top: str, onto: str, extra: int = 1) -> bool:
    s = w.state
    return (
        top != onto
        and s.is_clear(top)
        and s.is_clear(onto)
        and s.base(onto) != BIN
        and s.support[top] != onto
        and _height(w, onto) + extra <= layout.MAX_TOWER
    )


def _match_bowl(w: World, block: str) -> str | None:
    bowl = next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)
    if (
        bowl is None
        or w.state.base(block) == bowl
        or len(w.state.in_bowl(bowl)) >= layout.BOWL_CAPACITY
    ):
        return None
    return bowl


def _side(w: World) -> bool:
    return w.rng.random() < 0.5


def _name_of(block: str) -> str:
    return f"the {block}"


def _place(w: World, avoid_middle: bool = False) -> str:
    places = [p for p in PLACES if not (avoid_middle and p == "middle")]
    return w.rng.choice(places)


def _unmet(check: Check, w: World) -> bool:
    """The goal is not already true at the start."""
    return not check(w.state, w.state)


# ----- imperative ----------------------------------------------------------------------------------------
def t123_imp_teacher(w: World) -> Made:
    def build(k: int, right: bool) -> Made:
        t = _pick(w, k, right)
        d = _dest(w, [t]) if t else None
        if d is None:
            return None
        side, ref = ("right" if right else "left"), _phrase(w, k, right)
        text = w.rng.choice(
            [
                f"Okay everyone, count from the {side} with me. Can you put {ref} in {d[0]}?",
                f"Now, find {ref} and put it into {d[0]}, please.",
                f"Let's count from the {side} together. Please place {ref} in {d[0]}.",
            ]
        )
        return text, _put([t], d[1])

    return _first_ok(w, build, _ks(0, 1, 2))


def t123_imp_gamer(w: World) -> Made:
    m = _middle(w)
    d = _dest(w, [m[1]]) if m else None
    if m is not None and d is not None:
        n, t = m
        text = w.rng.choice(
            [
                f"ok so there's {n} loose blocks, grab the middle one and drop it in {d[0]}",
                f"take the middle one of the {_NUM[n]} loose blocks and stick it in {d[0]}",
                f"middle block out of the {n} loose ones, left to right -> put it in {d[0]}",
            ]
        )
        return text, _put([t], d[1])

    def build(a: str, b: str) -> Made:
        ts = _between(w, a, b)
        if not ts or len(ts) != 1 or not w.state.is_clear(ts[0]):
            return None
        d = _dest(w, ts)
        if d is None:
            return None
        ca, cb = w.colour(a), w.colour(b)
        text = w.rng.choice(
            [
                f"grab the block in the middle of the {ca} one and the {cb} one and drop it in {d[0]}",
                f"the one sandwiched between the {ca} block and the {cb} block -> {d[0]}",
            ]
        )
        return text, _put(ts, d[1])

    return _first_ok(w, build, _pairs(w))


def t123_imp_engineer(w: World) -> Made:
    def build(right: bool, scope: str) -> Made:
        a, b = _pick(w, 1, right, scope), _pick(w, 0, not right, scope)
        if a is None or b is None or not _stackable(w, a, b):
            return None
        noun = _NOUN[scope]
        ra, rb = _phrase(w, 1, right, noun), _phrase(w, 0, not right, noun)
        text = w.rng.choice(
            [
                f"Stack {ra} onto {rb}.",
                f"Pick up {ra} and place it on top of {rb}.",
                f"Take {ra} and set it down on {rb}.",
            ]
        )
        return text, _done(rels(Rel("on", a, b)))

    return _first_ok(w, build, _scoped((False,), (True,)))


def t123_imp_child(w: World) -> Made:
    def build(anchor: str, right: bool) -> Made:
        t = _beside(w, anchor, right)
        d = _dest(w, [t]) if t else None
        if d is None:
            return None
        c, side = w.colour(anchor), ("right" if right else "left")
        text = w.rng.choice(
            [
                f"can you put the block right next to the {c} one, on its {side} side, in {d[0]} pleeease",
                f"the block just {side} of the {c} block, put it in {d[0]}!",
                f"put the one that's next to the {c} block on the {side} into {d[0]}",
            ]
        )
        return text, _put([t], d[1])

    return _first_ok(w, build, _around(w))


def t123_imp_shop(w: World) -> Made:
    ref = _bowl_ref(w)
    if ref is None:
        return None
    phrase, bowl = ref
    if len(w.state.in_bowl(bowl)) >= layout.BOWL_CAPACITY:
        return None
    cands = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Lovely, could you pop the {blk} into {phrase} for me?",
            f"Right then, the {blk} in {phrase}, please.",
            f"If you'd just put the {blk} in {phrase}, that'd be perfect, thank you.",
        ]
    )
    return text, _done(rels(Rel("in", blk, bowl)))


def t123_imp_coach(w: World) -> Made:
    t = _pick(w, 0, True)
    if t is None:
        return None
    d = _dest(w, [t])
    if d is None:
        return None
    text = w.rng.choice(
        [
            f"Go left to right and the last block you hit goes in {d[0]}! Move it!",
            f"Sweep from the left, the last block you reach: into {d[0]}. Go, go, go!",
            f"Rightmost block, into {d[0]}, now! Let's move!",
        ]
    )
    return text, _put([t], d[1])


# ----- declarative ---------------------------------------------------------------------------------------
def t123_dec_teacher(w: World) -> Made:
    def build(k: int, right: bool) -> Made:
        t = _pick(w, k, right)
        d = _dest(w, [t]) if t else None
        if d is None:
            return None
        ref = _phrase(w, k, right)
        text = w.rng.choice(
            [
                f"{ref[0].upper() + ref[1:]} belongs in {d[0]}.",
                f"Remember, class: {ref} goes in {d[0]}.",
                f"{ref[0].upper() + ref[1:]} needs to end up in {d[0]}.",
            ]
        )
        return text, _put([t], d[1])

    return _first_ok(w, build, _ks(0, 1, 2))


def t123_dec_gamer(w: World) -> Made:
    def build(right: bool, scope: str) -> Made:
        a, b = _pick(w, 0, right, scope), _pick(w, 0, not right, scope)
        if a is None or b is None or not _stackable(w, a, b):
            return None
        s, o = ("right", "left") if right else ("left", "right")
        noun = _NOUN[scope]
        text = w.rng.choice(
            [
                f"{s}most {noun} goes on top of the {o}most one, ez",
                f"the {noun} all the way on the {s} sits on top of the {noun} all the way on the {o}",
                f"far-{s} {noun} ends up stacked on the far-{o} {noun}, gg",
            ]
        )
        return text, _done(rels(Rel("on", a, b)))

    return _first_ok(w, build, _scoped((False,), (True,)))


def t123_dec_engineer(w: World) -> Made:
    ref = _bowl_ref(w)
    if ref is None:
        return None
    phrase, bowl = ref
    if len(w.state.in_bowl(bowl)) >= layout.BOWL_CAPACITY:
        return None

    def build(k: int, right: bool) -> Made:
        t = _pick(w, k, right)
        if t is None or w.state.base(t) == bowl:
            return None
        r = _phrase(w, k, right)
        text = w.rng.choice(
            [
                f"Target state: {r} inside {phrase}.",
                f"Goal: {r} ends up in {phrase}.",
                f"Required end state: {r} is in {phrase}.",
            ]
        )
        return text, _done(rels(Rel("in", t, bowl)))

    return _first_ok(w, build, _ks(0, 1))


def t123_dec_child(w: World) -> Made:
    tw = _tower(w)
    if tw is None:
        return None
    phrase, chain = tw
    t = chain[-2]
    d = _dest(w, [t])
    if d is None:
        return None
    text = w.rng.choice(
        [
            f"the block second from the top of {phrase} goes in {d[0]}!",
            f"the one just under the top block in {phrase} belongs in {d[0]}",
            f"the block underneath the top one of {phrase} goes in {d[0]}, ok?",
        ]
    )
    return text, _put([t], d[1])


def t123_dec_shop(w: World) -> Made:
    ref = _bowl_ref(w)
    if ref is None:
        return None
    phrase, bowl = ref
    if len(w.state.in_bowl(bowl)) >= layout.BOWL_CAPACITY:
        return None
    cands = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"The {blk} goes in {phrase}, thanks.",
            f"That {blk} belongs in {phrase}, love.",
            f"The {blk} is for {phrase}.",
        ]
    )
    return text, _done(rels(Rel("in", blk, bowl)))


def t123_dec_coach(w: World) -> Made:
    right = _side(w)
    t = _pick(w, 0, right, "loose")
    if t is None:
        return None
    place, side = _place(w), ("right" if right else "left")
    text = w.rng.choice(
        [
            f"Here's the play: the loose block furthest {side} ends up in the {place}.",
            f"The {side}most loose block finishes at the {place}. That's the plan.",
            f"Loose block on the far {side}: its spot is the {place}.",
        ]
    )
    return text, _done(rels(Rel("at", t, place)))


# ----- desiderative --------------------------------------------------------------------------------------
def t123_des_teacher(w: World) -> Made:
    def build(k: int, right: bool) -> Made:
        t = _pick(w, k, right)
        d = _dest(w, [t]) if t else None
        if d is None:
            return None
        ref = _phrase(w, k, right)
        text = w.rng.choice(
            [
                f"I'd like {ref} in {d[0]}, please.",
                f"I want {ref} to go into {d[0]} now.",
                f"What I'd like to see is {ref} sitting in {d[0]}.",
            ]
        )
        return text, _put([t], d[1])

    return _first_ok(w, build, _ks(1, 2))


def t123_des_gamer(w: World) -> Made:
    def build(right: bool, k: int, scope: str) -> Made:
        a, b = _pick(w, 0, right, scope), _pick(w, k, not right, scope)
        if a is None or b is None or not _stackable(w, a, b):
            return None
        ra = "far-right" if right else "far-left"
        ob = "left" if right else "right"
        o, n, noun = _ORD[k], ("2nd", "3rd")[k - 1], _NOUN[scope]
        text = w.rng.choice(
            [
                f"i wanna see the {ra} {noun} stacked on the {o} one from the {ob}",
                f"want the {ra} {noun} on top of the {noun} {o} from the {ob} pls",
                f"i'd like the {ra} {noun} sitting on the {n} {noun} from the {ob}",
            ]
        )
        return text, _done(rels(Rel("on", a, b)))

    return _first_ok(
        w, build, _scoped(*[(r, k) for r in (False, True) for k in (1, 2)])
    )


def t123_des_engineer(w: World) -> Made:
    def build(anchor: str, right: bool) -> Made:
        t = _beside(w, anchor, right)
        d = _dest(w, [t]) if t else None
        if d is None:
            return None
        c, side = w.colour(anchor), ("right" if right else "left")
        text = w.rng.choice(
            [
                f"I would like the block immediately to the {side} of the {c} block relocated to {d[0]}.",
                f"I want the block adjacent to the {c} block on its {side} moved into {d[0]}.",
                f"Please have the nearest block on the {side} side of the {c} block transferred to {d[0]}.",
            ]
        )
        return text, _put([t], d[1])

    return _first_ok(w, build, _around(w))


def t123_des_child(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2:
        return None
    opts = []
    for right in (False, True):
        bowl = _bowl_nth(w, 0, right)
        if bowl and len(w.state.in_bowl(bowl)) == 1:
            opts.append((right, bowl))
    if not opts:
        return None
    right, bowl = w.rng.choice(opts)
    t = w.state.in_bowl(bowl)[0]
    side = "right" if right else "left"
    text = w.rng.choice(
        [
            f"i want the block in the {side}most bowl to go in the bin!",
            f"i want the {side}most bowl's block in the bin please",
            f"can the block that's in the bowl on the far {side} go in the bin? i want it there",
        ]
    )
    return text, _put([t], lambda b: Rel("in_bin", b))


def t123_des_shop(w: World) -> Made:
    def build(k: int, right: bool) -> Made:
        t = _pick(w, k, right)
        cands = [b for b in _clear(w) if _stackable(w, t, b)] if t else []
        if not cands:
            return None
        blk = w.rng.choice(cands)
        ref = _phrase(w, k, right)
        text = w.rng.choice(
            [
                f"I'd like {ref} set on top of the {blk}, please.",
                f"Could I have {ref} put on the {blk}? Lovely.",
                f"We'd like {ref} sitting on the {blk}, if you don't mind.",
            ]
        )
        return text, _done(rels(Rel("on", t, blk)))

    return _first_ok(w, build, _ks(0, 1))


def t123_des_coach(w: World) -> Made:
    right = _side(w)
    t = _pick(w, 0, right, "loose")
    if t is None:
        return None
    place, side = _place(w), ("right" if right else "left")
    text = w.rng.choice(
        [
            f"I want the {side}most loose block in the {place}. Let's go!",
            f"I want to see the loose block on the far {side} at the {place}, come on!",
            f"Want that far-{side} loose block over at the {place}. Hustle!",
        ]
    )
    return text, _done(rels(Rel("at", t, place)))


# ----- quantified ----------------------------------------------------------------------------------------
def t123_qua_teacher(w: World) -> Made:
    def build(k: int, right: bool) -> Made:
        ts = _first(w, k, right)
        if ts is None or not all(w.state.is_clear(b) for b in ts):
            return None
        d = _dest(w, ts)
        if d is None:
            return None
        side, n = ("right" if right else "left"), _NUM[k]
        text = w.rng.choice(
            [
                f"Please put the first {n} blocks from the {side} into {d[0]}.",
                f"Count {n} blocks in from the {side}, and put those {n} in {d[0]}.",
                f"The {n} blocks nearest the {side} end: I'd like them all in {d[0]}.",
            ]
        )
        return text, _put(ts, d[1])

    return _first_ok(w, build, _ks(2, 3))


def t123_qua_gamer(w: World) -> Made:
    def build(right: bool) -> Made:
        ts = _first(w, 2, right)
        if ts is None or not all(w.state.is_clear(b) for b in ts):
            return None
        d = _dest(w, ts)
        if d is None:
            return None
        side = "right" if right else "left"
        text = w.rng.choice(
            [
                f"yeet the two {side}most blocks into {d[0]}",
                f"both of the {side}most two blocks -> {d[0]}",
                f"grab the 2 blocks furthest {side} and throw em in {d[0]}",
            ]
        )
        return text, _put(ts, d[1])

    return _first_ok(w, build, [(False,), (True,)])


def t123_qua_engineer(w: World) -> Made:
    loose = _order(w, _loose(w))
    if len(loose) < 3 or any(abs(w.y(a) - w.y(b)) < GAP for a, b in pairwise(loose)):
        return None
    ts = loose[0::2]
    if sum(w.state.base(b) == BIN for b in w.blocks) + len(ts) > BIN_CAPACITY:
        return None
    text = w.rng.choice(
        [
            "Move every other loose block into the bin, starting with the leftmost.",
            "Counting the loose blocks from the left, bin the first, the third and so on: every other one.",
            "Put alternate loose blocks in the bin, beginning at the left end.",
        ]
    )
    return text, _put(ts, lambda b: Rel("in_bin", b))


def t123_qua_child(w: World) -> Made:
    def build(anchor: str, right: bool) -> Made:
        ts = _beyond(w, anchor, right)
        if not ts or not all(w.state.is_clear(b) for b in ts):
            return None
        d = _dest(w, ts)
        if d is None:
            return None
        c, side = w.colour(anchor), ("right" if right else "left")
        text = w.rng.choice(
            [
                f"put all the blocks that are {side} of the {c} block into {d[0]}",
                f"every block on the {side} side of the {c} one goes in {d[0]}!!",
                f"can you move all the blocks to the {side} of the {c} block in {d[0]}",
            ]
        )
        return text, _put(ts, d[1])

    return _first_ok(w, build, _around(w))


def t123_qua_shop(w: World) -> Made:
    def build(a: str, b: str) -> Made:
        ts = _between(w, a, b)
        if not ts or not all(w.state.is_clear(x) for x in ts):
            return None
        d = _dest(w, ts)
        if d is None:
            return None
        ca, cb = w.colour(a), w.colour(b)
        text = w.rng.choice(
            [
                f"Could you put all the blocks between the {ca} block and the {cb} block in {d[0]}?",
                f"Everything in between the {ca} block and the {cb} block into {d[0]}, please.",
                f"The blocks sitting between the {ca} and the {cb} block, those go in {d[0]}, thanks.",
            ]
        )
        return text, _put(ts, d[1])

    return _first_ok(w, build, _pairs(w))


def t123_qua_coach(w: World) -> Made:
    def build(scope: str) -> Made:
        a, b = _pick(w, 0, False, scope), _pick(w, 0, True, scope)
        if a is None or b is None or a == b:
            return None
        d = _dest(w, [a, b])
        if d is None:
            return None
        noun = _NOUN[scope]
        text = w.rng.choice(
            [
                f"Both end {noun}s, far left and far right, into {d[0]}!",
                f"The two {noun}s on the ends of the row: both in {d[0]}, go!",
                f"Leftmost and rightmost {noun}s, both of them, into {d[0]}. Hustle!",
            ]
        )
        return text, _put([a, b], d[1])

    return _first_ok(w, build, _scoped(()))


# ----- negated -------------------------------------------------------------------------------------------
def t123_neg_teacher(w: World) -> Made:
    loose = _loose(w)
    if not 3 <= len(loose) <= BIN_CAPACITY + 1:
        return None
    k, right = w.rng.choice([0, 1]), _side(w)
    t = _pick(w, k, right, "loose")
    if t is None:
        return None
    rest = [b for b in loose if b != t]
    ref = _phrase(w, k, right, "one")
    text = w.rng.choice(
        [
            f"Let's tidy up: every loose block goes in the bin except {ref}.",
            f"Put all the loose blocks in the bin, but not {ref}.",
            f"Right, every loose block into the bin, apart from {ref}.",
        ]
    )
    return text, _done(binned(rest), none_binned([t]))


def t123_neg_gamer(w: World) -> Made:
    ref = _bowl_ref(w)
    if ref is None:
        return None
    phrase, bowl = ref
    others = [b for b in w.bowls if b != bowl]
    cands = [b for b in _clear(w) if w.state.base(b) not in others]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    if all(len(w.state.in_bowl(o)) >= layout.BOWL_CAPACITY for o in others):
        return None
    text = w.rng.choice(
        [
            f"put the {blk} in a bowl, just not {phrase} lol",
            f"{blk} goes in any bowl except {phrase}",
            f"drop the {blk} in one of the bowls, but not {phrase}",
        ]
    )
    return text, _done(lambda _i, f: any(holds(Rel("in", blk, o), f) for o in others))


def t123_neg_engineer(w: World) -> Made:
    def build(right: bool) -> Made:
        a, b = _pick(w, 0, right), _pick(w, 1, right)
        d = _dest(w, [a, b]) if a and b else None
        if d is None:
            return None
        ra = _phrase(w, 0, right)
        side = "right" if right else "left"
        text = w.rng.choice(
            [
                f"Place {ra} in {d[0]}, not the block second from the {side}.",
                f"Move {ra} to {d[0]}. Do not move the second block from the {side} there.",
                f"Transfer {ra} into {d[0]}; the block second from the {side} must not go there.",
            ]
        )
        return text, _done(rels(d[1](a), d[1](b).model_copy(update={"negated": True})))

    return _first_ok(w, build, [(False,), (True,)])


def t123_neg_child(w: World) -> Made:
    def build(right: bool) -> Made:
        a, b = _pick(w, 0, right), _pick(w, 1, right)
        if a is None or b is None or not w.state.is_clear(b):
            return None
        if sum(w.state.base(x) == BIN for x in w.blocks) >= BIN_CAPACITY:
            return None
        side = "right" if right else "left"
        text = w.rng.choice(
            [
                f"not the {side}most block, the one next to it! put that one in the bin",
                f"no not the one at the very {side}, the one after it, that goes in the bin",
                f"put the block next to the {side} end one in the bin, not the end one!",
            ]
        )
        return text, _done(binned([b]), none_binned([a]))

    return _first_ok(w, build, [(False,), (True,)])


def t123_neg_shop(w: World) -> Made:
    def build(anchor: str, right: bool) -> Made:
        ts = _beyond(w, anchor, right)
        if not ts or not all(w.state.is_clear(b) for b in ts):
            return None
        if sum(w.state.base(b) == BIN for b in w.blocks) + len(ts) > BIN_CAPACITY:
            return None
        c, side = w.colour(anchor), ("right" if right else "left")
        text = w.rng.choice(
            [
                f"Everything to the {side} of the {c} block goes in the bin, but don't move the {c} block itself.",
                f"Could you bin all the blocks on the {side} of the {c} block? Not the {c} one, mind.",
                f"All the blocks {side} of the {c} block in the bin please, leaving the {c} block alone.",
            ]
        )
        return text, _done(binned(ts), kept(anchor))

    return _first_ok(w, build, _around(w))


def t123_neg_coach(w: World) -> Made:
    loose = _loose(w)
    keep = _first(w, 2, False, "loose")
    if keep is None:
        return None
    rest = [b for b in loose if b not in keep]
    if not rest or len(rest) > BIN_CAPACITY:
        return None
    text = w.rng.choice(
        [
            "All the loose blocks in the bin, except the two on the far left!",
            "Every loose block goes in the bin, but not the two leftmost ones. Go!",
            "Bin the loose blocks! Not the two furthest left though, leave those!",
        ]
    )
    return text, _done(binned(rest), none_binned(keep))


# ----- relative ------------------------------------------------------------------------------------------
def t123_rel_teacher(w: World) -> Made:
    def build(k: int, right: bool) -> Made:
        t = _pick(w, k, right)
        d = _dest(w, [t]) if t else None
        if d is None:
            return None
        side = "right" if right else "left"
        where = f"furthest to the {side}" if k == 0 else f"{_ORD[k]} from the {side}"
        text = w.rng.choice(
            [
                f"Put the block that is {where} into {d[0]}.",
                f"Now take the block which sits {where} and put it in {d[0]}.",
                f"Can you find the block that's {where}? Put it in {d[0]}.",
            ]
        )
        return text, _put([t], d[1])

    return _first_ok(w, build, _ks(0, 1, 2))


def t123_rel_gamer(w: World) -> Made:
    def build(anchor: str, right: bool) -> Made:
        t = _beside(w, anchor, right)
        if t is None or not _stackable(w, t, anchor):
            return None
        c, side = w.colour(anchor), ("right" if right else "left")
        text = w.rng.choice(
            [
                f"grab the block that's sitting just {side} of the {c} one and stack it on the {c} one",
                f"the block that's right next to the {c} block on the {side}, put it on top of the {c} block",
                f"take the block which is next to the {c} block on its {side} and slap it on the {c} block",
            ]
        )
        return text, _done(rels(Rel("on", t, anchor)))

    return _first_ok(w, build, _around(w))


def t123_rel_engineer(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2:
        return None
    opts = []
    mid = _bowl_nth(w, 1) if len(bowls) == 3 else None
    if mid and min(abs(w.y(mid) - w.y(o)) for o in bowls if o != mid) >= 2 * GAP:
        opts.append(
            (
                w.rng.choice(
                    [
                        "the bowl that lies between the other two",
                        "the bowl that sits in between the other two",
                    ]
                ),
                mid,
            )
        )
    for right in (False, True):
        b = _bowl_nth(w, 0, right)
        if b:
            side = "right" if right else "left"
            opts.append(
                (
                    w.rng.choice(
                        [
                            f"the bowl that is furthest to the {side}",
                            f"the bowl which is {side}most",
                        ]
                    ),
                    b,
                )
            )
    if not opts:
        return None
    clause, bowl = w.rng.choice(opts)
    if len(w.state.in_bowl(bowl)) >= layout.BOWL_CAPACITY:
        return None
    cands = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Place the {blk} in {clause}.",
            f"Put the {blk} into {clause}.",
            f"Transfer the {blk} to {clause}.",
        ]
    )
    return text, _done(rels(Rel("in", blk, bowl)))


def t123_rel_child(w: World) -> Made:
    tw = _tower(w)
    if tw is None:
        return None
    phrase, chain = tw
    if len(chain) >= 3 and w.rng.random() < 0.6:
        t, what = chain[-2], "second from the top"
    else:
        t, what = chain[-1], "at the very top"
    d = _dest(w, [t])
    if d is None:
        return None
    text = w.rng.choice(
        [
            f"put the block that's {what} of {phrase} into {d[0]}",
            f"the block that is {what} in {phrase}, can it go in {d[0]}?? please",
            f"move the one that's {what} of {phrase} to {d[0]}",
        ]
    )
    return text, _put([t], d[1])


def t123_rel_shop(w: World) -> Made:
    def build(right: bool) -> Made:
        bowl, t = _bowl_nth(w, 0, right), _pick(w, 0, not right)
        if bowl is None or t is None or w.state.base(t) == bowl:
            return None
        if len(w.state.in_bowl(bowl)) >= layout.BOWL_CAPACITY:
            return None
        bs, ts = ("right", "left") if right else ("left", "right")
        text = w.rng.choice(
            [
                f"Could you put the block that's nearest the {ts} edge into the bowl that's furthest {bs}?",
                f"The block which is furthest {ts}, could that go in the bowl that sits furthest {bs}, please?",
                f"Let's have the block that's on the far {ts} in the bowl that's on the far {bs}, thanks.",
            ]
        )
        return text, _done(rels(Rel("in", t, bowl)))

    return _first_ok(w, build, [(False,), (True,)]) if len(w.bowls) >= 2 else None


def t123_rel_coach(w: World) -> Made:
    def build(right: bool, scope: str) -> Made:
        a, b = _pick(w, 0, not right, scope), _pick(w, 0, right, scope)
        if a is None or b is None or not _stackable(w, a, b):
            return None
        s, o = ("right", "left") if right else ("left", "right")
        noun = _NOUN[scope]
        text = w.rng.choice(
            [
                f"Going {s} to {o}, the {noun} that comes last: stack it on the one that comes first!",
                f"Take the {noun} that's at the {o} end of the row and put it on the {noun} that's at the {s} end!",
                f"The {noun} that you reach last from the {s} goes on top of the one you reach first. Go!",
            ]
        )
        return text, _done(rels(Rel("on", a, b)))

    return _first_ok(w, build, _scoped((False,), (True,)))


# ----- keep ----------------------------------------------------------------------------------------------
def t123_keep_teacher(w: World) -> Made:
    def build(right: bool) -> Made:
        a, b = _pick(w, 0, right), _pick(w, 1, right)
        d = _dest(w, [a]) if a and b else None
        if d is None:
            return None
        side = "right" if right else "left"
        ra = _phrase(w, 0, right)
        text = w.rng.choice(
            [
                f"Put {ra} in {d[0]}, but leave the second one from the {side} exactly where it is.",
                f"Please move {ra} into {d[0]}. The block second from the {side} stays put.",
                f"{ra[0].upper() + ra[1:]} goes in {d[0]}; keep the next block along from the {side} where it is.",
            ]
        )
        return text, _done(rels(d[1](a)), kept(b))

    return _first_ok(w, build, [(False,), (True,)])


def t123_keep_gamer(w: World) -> Made:
    def build(right: bool) -> Made:
        a, b = _pick(w, 1, right), _pick(w, 0, right)
        d = _dest(w, [a]) if a and b else None
        if d is None:
            return None
        side = "right" if right else "left"
        text = w.rng.choice(
            [
                f"move the 2nd block from the {side} to {d[0]} but don't touch the {side}most one",
                f"2nd from the {side} -> {d[0]}, keep the {side}most block where it is",
                f"put the second block from the {side} in {d[0]}, and the one at the very {side} stays put",
            ]
        )
        return text, _done(rels(d[1](a)), kept(b))

    return _first_ok(w, build, [(False,), (True,)])


def t123_keep_engineer(w: World) -> Made:
    def build(anchor: str, right: bool) -> Made:
        t = _beside(w, anchor, right)
        d = _dest(w, [t]) if t else None
        if d is None:
            return None
        c, side = w.colour(anchor), ("right" if right else "left")
        text = w.rng.choice(
            [
                f"Put the block immediately {side} of the {c} block into {d[0]}; the {c} block itself must stay put.",
                f"Move the nearest block on the {side} of the {c} block to {d[0]}, keeping the {c} block stationary.",
                f"Relocate the block just {side} of the {c} block into {d[0]} without moving the {c} block.",
            ]
        )
        return text, _done(rels(d[1](t)), kept(anchor))

    return _first_ok(w, build, _around(w))


def t123_keep_child(w: World) -> Made:
    tw = _tower(w)
    if tw is None:
        return None
    phrase, chain = tw
    d = _dest(w, [chain[-1]])
    if d is None:
        return None
    text = w.rng.choice(
        [
            f"put the top block of {phrase} in {d[0]} but the rest of {phrase} stays!",
            f"take just the top one off {phrase} and put it in {d[0]}, don't move the other ones",
            f"the block on top of {phrase} goes in {d[0]}, and keep the blocks under it where they are",
        ]
    )
    return text, _done(rels(d[1](chain[-1])), kept(*chain[:-1]))


def t123_keep_shop(w: World) -> Made:
    m = _middle(w)
    d = _dest(w, [m[1]]) if m else None
    if m is not None and d is not None:
        n, t = m
        order = _order(w, _loose(w))
        i = order.index(t)
        nb = [order[i - 1], order[i + 1]]
        text = w.rng.choice(
            [
                f"The middle one of the {_NUM[n]} loose blocks goes in {d[0]}; leave the ones either side of it alone.",
                f"Could you put the middle loose block, out of the {n}, in {d[0]}? Keep its neighbours where they are.",
                f"Just the middle one of those {n} loose blocks in {d[0]}, please, and the two beside it stay as they are.",
            ]
        )
        return text, _done(rels(d[1](t)), kept(*nb))

    def build(a: str, b: str) -> Made:
        ts = _between(w, a, b)
        if not ts or len(ts) != 1 or not w.state.is_clear(ts[0]):
            return None
        d = _dest(w, ts)
        if d is None:
            return None
        ca, cb = w.colour(a), w.colour(b)
        text = w.rng.choice(
            [
                f"The block in between the {ca} one and the {cb} one goes in {d[0]}; the {ca} and {cb} blocks stay put.",
                f"Could you put the block between the {ca} and {cb} blocks in {d[0]}, leaving those two where they are?",
            ]
        )
        return text, _done(rels(d[1](ts[0])), kept(a, b))

    return _first_ok(w, build, _pairs(w))


def t123_keep_coach(w: World) -> Made:
    loose = _loose(w)
    right = _side(w)
    t = _pick(w, 0, right, "loose")
    if t is None:
        return None
    rest = [b for b in loose if b != t]
    if not rest or len(rest) > BIN_CAPACITY:
        return None
    side = "right" if right else "left"
    text = w.rng.choice(
        [
            f"Hold your position on the far-{side} loose block, it stays. Every other loose block in the bin!",
            f"The {side}most loose block stays right where it is; all the other loose blocks go in the bin!",
            f"Bin every loose block but keep the one on the far {side} exactly where it is. Go!",
        ]
    )
    return text, _done(binned(rest), kept(t))


# ----- multi-step ----------------------------------------------------------------------------------------
def t123_multi_teacher(w: World) -> Made:
    ref = _bowl_ref(w)
    if ref is None:
        return None
    phrase, bowl = ref
    if len(w.state.in_bowl(bowl)) + 2 > layout.BOWL_CAPACITY:
        return None

    def build(k: int, right: bool, scope: str) -> Made:
        t = _pick(w, k, right, scope)
        if t is None or w.state.base(t) == bowl:
            return None
        cands = [b for b in _clear(w) if b != t and w.state.base(b) != bowl]
        if not cands:
            return None
        blk = w.rng.choice(cands)
        r = _phrase(w, k, right, _NOUN[scope])
        text = w.rng.choice(
            [
                f"First, put {r} in {phrase}. Then put the {blk} in the same bowl.",
                f"Start by placing {r} into {phrase}, and after that add the {blk} to that bowl too.",
                f"Two steps: {r} goes into {phrase}, then the {blk} joins it there.",
            ]
        )
        return text, _done(rels(Rel("in", t, bowl), Rel("in", blk, bowl)))

    return _first_ok(w, build, _scoped(*_ks(0, 1)))


def t123_multi_gamer(w: World) -> Made:
    right = _side(w)
    t = _pick(w, 0, right)
    if t is None:
        return None
    cands = [b for b in _clear(w) if _stackable(w, t, b, extra=2)]
    if not cands:
        return None
    base = w.rng.choice(cands)
    tops = [b for b in _clear(w) if b not in (t, base) and w.state.support[t] != b]
    if not tops:
        return None
    top = w.rng.choice(tops)
    side = "right" if right else "left"
    text = w.rng.choice(
        [
            f"ok step one: {side}most block goes on the {base}. step two: {top} on top of that",
            f"first stack the {side}most block on the {base}, then put the {top} on it",
            f"put the block on the far {side} on the {base} and then the {top} on top, gg",
        ]
    )
    return text, _done(rels(Rel("on", t, base), Rel("on", top, t)))


def t123_multi_engineer(w: World) -> Made:
    def build(right: bool) -> Made:
        a, b = _pick(w, 0, right), _pick(w, 1, right)
        if a is None or b is None:
            return None
        place, side = _place(w), ("right" if right else "left")
        text = w.rng.choice(
            [
                (
                    f"Move the {side}most block to the {place}, then put the block that was second from the {side} "
                    "on top of it."
                ),
                (
                    f"First relocate the {side}most block to the {place}; next, stack the block that was second "
                    f"from the {side} onto it."
                ),
                f"Step 1: {side}most block to the {place}. Step 2: the block originally second from the {side} onto it.",
            ]
        )
        return text, _done(rels(Rel("at", a, place), Rel("on", b, a)))

    return _first_ok(w, build, [(False,), (True,)])


def t123_multi_child(w: World) -> Made:
    tw = _tower(w)
    if tw is None:
        return None
    phrase, chain = tw
    if sum(w.state.base(b) == BIN for b in w.blocks) + 2 > BIN_CAPACITY:
        return None
    top, nxt = chain[-1], chain[-2]
    text = w.rng.choice(
        [
            f"put the block on top of {phrase} in the bin and then put the next one down in the bin too",
            f"first the top block of {phrase} goes in the bin, then the one under it goes in the bin",
            f"take the top one off {phrase} and put it in the bin, and then the one that was under it in the bin too",
        ]
    )
    return text, _done(binned([top, nxt]))


def t123_multi_shop(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2:
        return None
    lb, rb = _bowl_nth(w, 0, False), _bowl_nth(w, 0, True)
    if lb is None or rb is None:
        return None
    cands = [b for b in _clear(w) if w.state.base(b) not in (lb, rb)]
    if len(cands) < 2:
        return None
    a, b = w.rng.sample(cands, 2)
    if w.state.support[a] == b or w.state.support[b] == a:
        return None
    if (
        len(w.state.in_bowl(lb)) >= layout.BOWL_CAPACITY
        or len(w.state.in_bowl(rb)) >= layout.BOWL_CAPACITY
    ):
        return None
    text = w.rng.choice(
        [
            f"First pop the {a} into the bowl on the left, and then the {b} into the bowl on the right.",
            f"Right, the {a} in the leftmost bowl first, please, then the {b} in the rightmost one.",
            f"Could you put the {a} in the left-end bowl, and after that the {b} in the right-end bowl?",
        ]
    )
    return text, _done(rels(Rel("in", a, lb), Rel("in", b, rb)))


def t123_multi_coach(w: World) -> Made:
    loose = _loose(w)
    n = len(loose)
    left, right = _nth(w, loose, 0), _nth(w, loose, 0, True)
    if n < 3 or left is None or right is None:
        return None
    mid = _nth(w, loose, n // 2) if n in (3, 5) else None
    if mid is not None:
        text = w.rng.choice(
            [
                f"{_NUM[n].capitalize()} loose blocks: leftmost onto the rightmost, then the middle one on top of that!",
                "Put the leftmost loose block on the rightmost loose block, then stack the middle loose one on top. Go!",
                f"Out of the {n} loose blocks: far-left one onto the far-right one, middle one on top. Build it!",
            ]
        )
        return text, _done(rels(Rel("on", left, right), Rel("on", mid, left)))
    second = _nth(w, loose, 1)
    if second is None:
        return None
    text = w.rng.choice(
        [
            "Leftmost loose block onto the rightmost one, then the one that was second from the left on top!",
            "Far-left loose block goes on the far-right one; after that, the loose block that was next to it on top. Go!",
        ]
    )
    return text, _done(rels(Rel("on", left, right), Rel("on", second, left)))


# ----- questions -----------------------------------------------------------------------------------------
def t123_q_teacher(w: World) -> Made:
    def build(k: int, right: bool) -> Made:
        t = _pick(w, k, right)
        if t is None:
            return None
        ref = _phrase(w, k, right)
        text = w.rng.choice(
            [
                f"Which block is {ref}?",
                f"Can anyone tell me which block is {ref}?",
                f"Look carefully, class. Which one is {ref}?",
            ]
        )
        return text, answered(t)

    return _first_ok(w, build, _ks(1, 2))


def t123_q_gamer(w: World) -> Made:
    anchors = _anchors(w)
    if not anchors:
        return None
    anchor, right = w.rng.choice(anchors), _side(w)
    ts = _beyond(w, anchor, right)
    if ts is None:
        return None
    c, side = w.colour(anchor), ("right" if right else "left")
    text = w.rng.choice(
        [
            f"yo how many blocks are to the {side} of the {c} block?",
            f"quick q: how many blocks on the {side} side of the {c} block?",
            f"how many blocks r {side} of the {c} one",
        ]
    )
    return text, answered(str(len(ts)))


def t123_q_engineer(w: World) -> Made:
    k, right = w.rng.choice([0, 1]), _side(w)
    t = _pick(w, k, right)
    if t is None:
        return None
    flag = w.rng.random() < 0.5
    blk = t if flag else w.rng.choice([b for b in w.blocks if b != t])
    side = "right" if right else "left"
    where = f"the {side}most block" if k == 0 else f"second from the {side}"
    text = w.rng.choice(
        [
            f"Is the {blk} {where}?",
            f"Confirm: is the {blk} {where}?",
            f"Query: is the {blk} {where} on the table?"
            if k == 0
            else f"Check: is the {blk} {where}?",
        ]
    )
    return text, answered(yes(flag))


def t123_q_child(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2:
        return None
    right = _side(w)
    b = _bowl_nth(w, 0, right)
    if b is None:
        return None
    side = "right" if right else "left"
    text = w.rng.choice(
        [
            f"which bowl is the one furthest {side}?",
            f"what bowl is on the very {side}??",
            f"which one is the {side}most bowl?",
        ]
    )
    return text, answered(b)


def t123_q_shop(w: World) -> Made:
    def build(right: bool) -> Made:
        t = _pick(w, 0, right)
        if t is None:
            return None
        side = "right" if right else "left"
        text = w.rng.choice(
            [
                f"What colour is the block at the far {side} end?",
                f"Sorry, which colour's the {side}most block?",
                f"Can you tell me the colour of the block furthest to the {side}?",
            ]
        )
        return text, answered(w.colour(t))

    return _first_ok(w, build, [(False,), (True,)])


def t123_q_coach(w: World) -> Made:
    anchors = _anchors(w)
    if len(anchors) < 2:
        return None
    a, b = w.rng.sample(anchors, 2)
    ts = _between(w, a, b)
    if ts is None:
        return None
    text = w.rng.choice(
        [
            f"How many blocks between the {w.colour(a)} block and the {w.colour(b)} block? Count 'em!",
            f"Tell me how many blocks sit between the {w.colour(a)} block and the {w.colour(b)} block.",
            f"Between the {w.colour(a)} and the {w.colour(b)} block, how many blocks? Quick!",
        ]
    )
    return text, answered(str(len(ts)))


# ----- matching ------------------------------------------------------------------------------------------
def t123_match_teacher(w: World) -> Made:
    def build(k: int, right: bool) -> Made:
        t = _pick(w, k, right)
        bowl = _match_bowl(w, t) if t else None
        if bowl is None:
            return None
        ref = _phrase(w, k, right)
        text = w.rng.choice(
            [
                f"Put {ref} into the bowl that's the same colour.",
                f"Can you match {ref} to its bowl? Same colour, remember.",
                f"Find {ref} and put it in the bowl with the matching colour.",
            ]
        )
        return text, _done(rels(Rel("in", t, bowl)))

    return _first_ok(w, build, _ks(0, 1, 2))


def t123_match_gamer(w: World) -> Made:
    def build(right: bool) -> Made:
        t = _pick(w, 0, right)
        bowl = _match_bowl(w, t) if t else None
        if bowl is None:
            return None
        side = "right" if right else "left"
        text = w.rng.choice(
            [
                f"drop the {side}most block in its matching bowl",
                f"{side}most block -> same colour bowl",
                f"match the block on the far {side} with its bowl",
            ]
        )
        return text, _done(rels(Rel("in", t, bowl)))

    return _first_ok(w, build, [(False,), (True,)])


def t123_match_engineer(w: World) -> Made:
    def build(anchor: str, right: bool) -> Made:
        t = _beside(w, anchor, right)
        bowl = _match_bowl(w, t) if t else None
        if bowl is None:
            return None
        c, side = w.colour(anchor), ("right" if right else "left")
        text = w.rng.choice(
            [
                f"Place the block immediately {side} of the {c} block into the bowl matching its colour.",
                f"Take the nearest block on the {side} of the {c} block and put it in the bowl of the same colour.",
                f"The block adjacent to the {c} block on its {side}: move it to its colour-matched bowl.",
            ]
        )
        return text, _done(rels(Rel("in", t, bowl)))

    return _first_ok(w, build, _around(w))


def t123_match_child(w: World) -> Made:
    tw = _tower(w)
    if tw is None:
        return None
    phrase, chain = tw

    def build(i: int) -> Made:
        bowl = _match_bowl(w, chain[i])
        if bowl is None:
            return None
        if i == -1:
            texts = [
                f"put the top block of {phrase} in the bowl that's the same colour as it",
                f"the block on top of {phrase} wants to go in its own colour bowl!",
                f"can the top one on {phrase} go in the bowl that matches it",
            ]
        else:
            texts = [
                f"put the block under the top one in {phrase} in the bowl that's the same colour as it",
                f"the one second from the top of {phrase} wants to go in its own colour bowl!",
            ]
        return w.rng.choice(texts), _done(rels(Rel("in", chain[i], bowl)))

    return _first_ok(w, build, [(-1,), (-1,), (-2,)])


def t123_match_shop(w: World) -> Made:
    m = _middle(w)
    t = m[1] if m else None
    bowl = _match_bowl(w, t) if t else None
    if m is not None and bowl is not None:
        n = m[0]
        text = w.rng.choice(
            [
                f"Could you match the middle one of the {_NUM[n]} loose blocks to its bowl, please?",
                f"The middle loose block, out of the {n}, goes in the bowl of the same colour, thanks.",
                f"Of those {n} loose blocks, the one in the middle: pop it in the bowl that matches it.",
            ]
        )
        return text, _done(rels(Rel("in", t, bowl)))

    def build(k: int, right: bool) -> Made:
        t = _pick(w, k, right, "loose")
        bowl = _match_bowl(w, t) if t else None
        if bowl is None:
            return None
        side = "right" if right else "left"
        text = w.rng.choice(
            [
                f"Counting the loose blocks from the {side}, could the {_ORD[k]} one go in the bowl that matches it?",
                f"The {_ORD[k]} loose block along from the {side}, in its matching bowl, please.",
            ]
        )
        return text, _done(rels(Rel("in", t, bowl)))

    return _first_ok(w, build, _ks(1, 2))


def t123_match_coach(w: World) -> Made:
    def build(right: bool, scope: str) -> Made:
        t = _pick(w, 1, right, scope)
        bowl = _match_bowl(w, t) if t else None
        if bowl is None:
            return None
        side, noun = ("right" if right else "left"), _NOUN[scope]
        text = w.rng.choice(
            [
                f"Second {noun} from the {side}: into the bowl that matches it!",
                f"{noun.capitalize()} number two from the {side}, into its own colour bowl. Go!",
                f"Second {noun} in from the {side}, same-colour bowl, now!",
            ]
        )
        return text, _done(rels(Rel("in", t, bowl)))

    return _first_ok(w, build, _scoped((False,), (True,)))


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
_STYLES = ("teacher", "gamer", "engineer", "child", "shop", "coach")
FRESH123: list[Template] = [
    (f"t123_{short}_{style}", category, globals()[f"t123_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
