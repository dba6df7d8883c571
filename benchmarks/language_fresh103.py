"""`FRESH103`, the hundred-and-fourth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: questions about the scene, of many kinds, asked by different people in different registers: where a block
is, what is on, in or under something, how many blocks a bowl or the table holds, which bowl is empty or fullest,
yes/no questions about relations, colours, which block is leftmost or nearest, whether one block is higher than
another, whether two blocks share a bowl, how tall the tower is. The categories other than questions mix a
question with a request ("Which bowl is empty? Put the red block in it.") or state a goal in the same voices.

- kid: an excited child. "Where's the red block?"
- formal: a polite, careful adult. "Could you tell me how many blocks are in the blue bowl, please?"
- terse: a busy person, few words. "Which bowl's empty?"
- chatty: a friendly talker with fillers. "Hey, is the red block higher up than the blue block?"
- quiz: a teacher quizzing. "What colour is the block sitting on the green block?"
- audit: an inspector going through a checklist. "Confirm: are the red block and the yellow block in the same bowl?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on c640ef5, after every fix before it and before anything it could prompt):
0.583 goal-correct (175 of 300), 83 refused, 11 asked, 31 wrong: 12 wrong actions ('Which blocks are above X? Put all
of them down on the table.' did nothing, three times; 'Is X on Y? Keep it there, and put Z on top of it.' moved X,
three times; 'Kindly take the block off X; it should not go into the bin, however.' ended holding it, twice; 'Blocks
in bowls: unchanged. Every other block: into the bin.' binned blocks from the bowls, twice; 'W contains 1 block, no more
and no fewer.' and "don't move X itself, but get all the stuff off the top of it" did nothing) and 19 wrong replies,
14 of them a question answered and the request said with it lost ('tell me how many blocks W holds, and then place X in
it', 'Count the blocks in W and then throw them all in the bin!', 'What is presently in W should be on the table
instead.', "Is X in W? I don't want it in there, so take it out, please."), and 'Check: is X clear, with nothing on
it?' read as 'clearthing'.
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
    count_in,
    empty,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_FLOOR = (TABLE, *PLACES)
_BIN_CAPACITY = 5


# ----- helpers ----------------------------------------------------------------------------------------
def _done(*checks: Check) -> Check:
    """Every check holds and the gripper is empty."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _unchanged() -> Check:
    return lambda i, f: f.held is None and i.support == f.support


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _word(w: World, name: str) -> str:
    """The colour word of an object: "red"."""
    return w.colour(name)


def _tower(s: SymState, block: str) -> list[str]:
    """The tower holding `block`, bottom first."""
    bottom = block
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *reversed(s.above(bottom))]


def _level(s: SymState, block: str) -> int:
    return _tower(s, block).index(block)


def _towers(w: World) -> list[list[str]]:
    """Every tower of two or more blocks."""
    seen: dict[str, list[str]] = {}
    for b in w.blocks:
        t = _tower(w.state, b)
        if len(t) >= 2:
            seen[t[0]] = t
    return list(seen.values())


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _can_top(s: SymState, target: str) -> bool:
    """A block can be put on `target` (blocks above it moved off) without a tower too tall."""
    return _level(s, target) + 2 <= layout.MAX_TOWER


def _extreme(w: World, key: dict[str, float], margin: float = 0.03) -> str | None:
    """The block with the smallest key, if every other block's key is at least `margin` larger."""
    if len(key) < 2:
        return None
    order = sorted(key, key=lambda b: key[b])
    if key[order[1]] - key[order[0]] < margin:
        return None
    return order[0]


def _side(w: World, sign: float) -> str | None:
    """The leftmost block (sign 1) or the rightmost (sign -1), when clearly so."""
    return _extreme(w, {b: sign * w.y(b) for b in w.blocks})


def _near(w: World, xy: tuple[float, float], blocks: list[str]) -> str | None:
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return math.hypot(p[0] - xy[0], p[1] - xy[1])

    return _extreme(w, {b: d(b) for b in blocks})


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return (p[0], p[1])


def _counts(w: World) -> dict[str, int]:
    return {b: len(w.state.in_bowl(b)) for b in w.bowls}


def _unique(counts: dict[str, int], best: int) -> str | None:
    hits = [k for k, v in counts.items() if v == best]
    return hits[0] if len(hits) == 1 else None


def _empty_bowl(w: World) -> str | None:
    """The one empty bowl, when there are at least two bowls and exactly one is empty."""
    c = _counts(w)
    return _unique(c, 0) if len(c) >= 2 else None


def _in_some_bowl(block: str, but: str) -> Check:
    return lambda _i, f: (
        f.support[block] != GRIPPER
        and f.base(block) in f.bowls
        and f.base(block) != but
    )


def _say(w: World, options: list[str], **names: str) -> str:
    return _cap(w.rng.choice(options).format(**names))


def _first(w: World, *makers: Callable[[], Made]) -> Made:
    """One of several sentences, tried in random order: the first that suits the scene."""
    order = list(makers)
    w.rng.shuffle(order)
    for make in order:
        made = make()
        if made is not None:
            return made
    return None


# ===== imperative =====================================================================================
def t103_imp_kid(w: World) -> Made:
    b = _side(w, 1.0)
    if b is None:
        return None
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w.state, x) > 0]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        [
            "which block is the most left one? Put it in the {bowl}!",
            "hey robot, which block is all the way over on the left? Can you put that one in the {bowl}?",
            "find the block that's farthest to the left and put it in the {bowl}!",
        ],
        bowl=bowl,
    )
    return text, _done(rels(Rel("in", b, bowl)))


def _t103_imp_formal_main(w: World) -> Made:
    c = _counts(w)
    if len(c) < 2:
        return None
    full = _unique(c, max(c.values())) if max(c.values()) > 0 else None
    few = _unique(c, min(c.values()))
    options = [
        (k, x)
        for k, x in (("most", full), ("fewest", few))
        if x is not None and _room(w.state, x) > 0
    ]
    if not options:
        return None
    kind, bowl = w.rng.choice(options)
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = _say(
        w,
        [
            "would you kindly find out which bowl holds the {kind} blocks, and place the {b} in it?",
            "please establish which bowl contains the {kind} blocks, then put the {b} into that bowl.",
            "could you see which of the bowls has the {kind} blocks in it and put the {b} there, please?",
        ],
        b=b,
        kind=kind,
    )
    return text, _done(rels(Rel("in", b, bowl)))


def t103_imp_formal(w: World) -> Made:
    def one_bowl() -> Made:
        if len(w.bowls) != 1 or _room(w.state, w.bowls[0]) == 0:
            return None
        bowl = w.bowls[0]
        blocks = [b for b in w.blocks if w.state.base(b) != bowl]
        if not blocks:
            return None
        b = w.rng.choice(blocks)
        text = _say(
            w,
            [
                "would you kindly tell me how many blocks the {bowl} holds, and then place the {b} in it?",
                "may I ask what is in the {bowl} at present? Afterwards, please put the {b} into it.",
            ],
            bowl=bowl,
            b=b,
        )
        return text, _done(rels(Rel("in", b, bowl)))

    return _first(w, lambda: _t103_imp_formal_main(w), one_bowl)


def t103_imp_terse(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _say(
        w,
        [
            "find what's under the {top} and bin that block.",
            "whatever block the {top} sits on: into the bin.",
            "the block under the {top} goes in the bin. Now.",
        ],
        top=top,
    )
    return text, _done(binned([below]))


def t103_imp_chatty(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.7:
        top, base = w.rng.choice(pairs)
        check = _done(rels(Rel("on_table", top)))
    else:
        clear = [b for b in w.blocks if w.state.is_clear(b)]
        base = w.rng.choice(clear)
        check = _unchanged()
    text = _say(
        w,
        [
            "is anything sitting on the {b}? If so, just move it onto the table, would you?",
            "hey, is there something on top of the {b}? If there is, pop it down on the table for me.",
            "so is the {b} carrying anything? If it is, take that off and put it on the table, thanks!",
        ],
        b=base,
    )
    return text, check


def _t103_imp_quiz_main(w: World) -> Made:
    bowls = [x for x in w.bowls if not w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = _near(w, _xy(w, bowl), w.blocks)
    if b is None:
        return None
    text = _say(
        w,
        [
            "which block is closest to the {bowl}? Put that block in it.",
            "tell me which block is nearest the {bowl}, and then put it inside that bowl.",
            "look at the {bowl}: which block is the nearest to it? Put that one in the bowl.",
        ],
        bowl=bowl,
    )
    return text, _done(rels(Rel("in", b, bowl)))


def t103_imp_quiz(w: World) -> Made:
    def by_bin() -> Made:
        b = _near(w, layout.BIN_CENTER, w.blocks)
        bowls = [
            x
            for x in w.bowls
            if b is not None and w.state.base(b) != x and _room(w.state, x) > 0
        ]
        if b is None or not bowls:
            return None
        bowl = w.rng.choice(bowls)
        text = _say(
            w,
            [
                "which block is closest to the bin? Put that one in the {bowl}.",
                "find the block nearest the bin, then move it into the {bowl}.",
            ],
            bowl=bowl,
        )
        return text, _done(rels(Rel("in", b, bowl)))

    return _first(w, lambda: _t103_imp_quiz_main(w), by_bin)


def t103_imp_audit(w: World) -> Made:
    c = _counts(w)
    low = _unique(c, min(c.values())) if len(c) >= 2 else w.bowls[0]
    if low is None or _room(w.state, low) < 2:
        return None
    blocks = [b for b in w.blocks if w.state.base(b) != low]
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    if len(c) == 1:
        options = [
            "check how many blocks the {bowl} holds, then put the {a} and the {b} in it.",
            "item: the {bowl}. Count its blocks, then add the {a} and the {b} to it.",
        ]
    else:
        what = "is empty" if c[low] == 0 else "holds the fewest blocks"
        options = [
            f"check which bowl {what} and put the {{a}} and the {{b}} in it.",
            f"identify the bowl that {what}; place the {{a}} and the {{b}} there.",
            f"item: the bowl that {what}. Action: put the {{a}} and the {{b}} into it.",
        ]
    text = _say(w, options, a=a, b=b, bowl=low)
    return text, _done(rels(Rel("in", a, low), Rel("in", b, low)))


# ===== declarative ====================================================================================
def t103_dec_kid(w: World) -> Made:
    def top() -> Made:
        towers = _towers(w)
        if len(towers) != 1:
            return None
        text = _say(
            w,
            [
                "the block on top of the tower goes in the bin!",
                "the top block of the tower belongs in the bin!",
                "that block at the very top of the tower should be in the bin.",
            ],
        )
        return text, _done(binned([towers[0][-1]]))

    def alone() -> Made:
        bowls = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
        if not bowls:
            return None
        bowl = w.rng.choice(bowls)
        text = _say(
            w,
            [
                "the block that's all by itself in the {bowl} belongs in the bin!",
                "the block in the {bowl} goes in the bin!",
            ],
            bowl=bowl,
        )
        return text, _done(binned(w.state.in_bowl(bowl)))

    return _first(w, top, alone)


def t103_dec_formal(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = _say(
        w,
        [
            "the {bowl} ought to be empty, with its contents on the table.",
            "the contents of the {bowl} belong on the table; the bowl itself should be left empty.",
            "what is presently in the {bowl} should be on the table instead.",
        ],
        bowl=bowl,
    )
    on_floor: Check = lambda _i, f: all(
        f.support[b] != GRIPPER and f.base(b) in _FLOOR for b in inside
    )
    return text, _done(empty(bowl), on_floor)


def t103_dec_terse(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w.state, x) > 0]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        [
            "{b} belongs in the {bowl}.",
            "{b} in the {bowl}.",
            "{b} goes in the {bowl}. That's it.",
        ],
        b=b,
        bowl=bowl,
    )
    return text, _done(rels(Rel("in", b, bowl)))


def t103_dec_chatty(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    g, y = w.pick(w.blocks, 2)
    if g in _tower(w.state, y) or not _can_top(w.state, y) or w.state.support[g] == y:
        return None
    text = _say(
        w,
        [
            "so the way I see it, the {g} should end up sitting right on top of the {y}.",
            "right, what I'm after is the {g} on top of the {y}, nothing fancy.",
            "you know what, the {g} ought to be sitting on the {y}. That's the idea.",
        ],
        g=g,
        y=y,
    )
    return text, _done(rels(Rel("on", g, y)))


def t103_dec_quiz(w: World) -> Made:
    c = _counts(w)
    if len(c) < 2:
        return None
    b = w.rng.choice(w.blocks)

    def fewest() -> Made:
        few = _unique(c, min(c.values()))
        if few is None or _room(w.state, few) == 0 or w.state.base(b) == few:
            return None
        text = _say(
            w,
            [
                "whichever bowl has the fewest blocks is where the {b} belongs.",
                "the {b} goes in the bowl with the fewest blocks in it.",
                "the bowl holding the fewest blocks: that is where the {b} should be.",
            ],
            b=b,
        )
        return text, _done(rels(Rel("in", b, few)))

    def nearest() -> Made:
        if w.state.base(b) in w.bowls:
            return None
        p = _xy(w, b)
        d = {x: math.hypot(_xy(w, x)[0] - p[0], _xy(w, x)[1] - p[1]) for x in w.bowls}
        bowl = _extreme(w, d)
        if bowl is None or _room(w.state, bowl) == 0:
            return None
        text = _say(
            w,
            [
                "the {b} belongs in whichever bowl is nearest to it.",
                "which bowl is closest to the {b}? That's the bowl the {b} goes in.",
            ],
            b=b,
        )
        return text, _done(rels(Rel("in", b, bowl)))

    return _first(w, fewest, nearest)


def t103_dec_audit(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    a, b = w.pick(clear, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    text = _say(
        w,
        [
            "for the record: the {a} and the {b} should be in the bin, and everything else should stay as it is.",
            "required state: {a} and {b} in the bin; all other blocks unchanged.",
            "the {a} and the {b} are to be in the bin. Nothing else is to be moved.",
        ],
        a=a,
        b=b,
    )
    return text, _done(binned([a, b]), kept(*others))


# ===== desiderative ===================================================================================
def t103_des_kid(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    g = w.rng.choice(inside)
    bowl = w.state.base(g)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside or _room(w.state, bowl) == 0:
        return None
    r = w.rng.choice(outside)
    text = _say(
        w,
        [
            "I wish the {r} was in the {bowl} with the {g}!",
            "I want the {r} to go in the {bowl} too, with the {g}!",
            "I wanna see the {r} in the {bowl}, next to the {g}!",
        ],
        r=r,
        bowl=bowl,
        g=g,
    )
    return text, _done(rels(Rel("in", r, bowl), Rel("in", g, bowl)))


def t103_des_formal(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        bases = [b for b in w.blocks if w.state.support[b] in _FLOOR]
        if not bases or len(w.blocks) < 3:
            return None
        a = w.rng.choice(bases)
        text = _say(
            w,
            [
                "I would like a tower of three blocks built, with the {a} at the bottom.",
                "I'd like three blocks stacked into a tower, please, the {a} being the lowest.",
            ],
            a=a,
        )
        three: Check = lambda _i, f: f.support[a] in _FLOOR and len(f.above(a)) == 2
        return text, _done(three)
    tall = max(len(t) for t in towers)
    tallest = [t for t in towers if len(t) == tall]
    if len(tallest) != 1:
        return None
    tower = tallest[0]
    text = _say(
        w,
        [
            "I would like the tallest tower taken down, with each of its blocks standing on the table.",
            "I'd like the tallest tower dismantled, so that every one of its blocks rests on the table.",
            "I should like the tallest stack taken apart, please, and all of its blocks set on the table.",
        ],
    )
    return text, _done(rels(*(Rel("on_table", b) for b in tower)))


def t103_des_terse(w: World) -> Made:
    sign = w.rng.choice([1.0, -1.0])
    b = _side(w, sign)
    if b is None:
        return None
    side = "left" if sign > 0 else "right"
    text = _say(
        w,
        [
            "want the {side}most block in the bin.",
            "{side}most block in the bin, please.",
            "need the block furthest {side} binned.",
        ],
        side=side,
    )
    return text, _done(binned([b]))


def _t103_des_chatty_main(w: World) -> Made:
    c = _counts(w)
    if len(c) < 2:
        return None
    low = _unique(c, min(c.values()))
    high = _unique(c, max(c.values())) if max(c.values()) > 0 else None
    kinds = [
        (k, x)
        for k, x in (("low", low), ("high", high))
        if x is not None and _room(w.state, x) > 0
    ]
    if not kinds:
        return None
    kind, bowl = w.rng.choice(kinds)
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    if kind == "high":
        options = [
            "I'd love for whichever bowl has the most blocks to get the {b} as well.",
            "so which bowl's got the most stuff in it? I'd like the {b} in there too.",
        ]
    elif c[bowl] == 0:
        options = [
            "I'd love for whichever bowl is empty to get the {b}.",
            "honestly, I'd like the {b} to go in the empty bowl, if that's okay.",
            "so, there's a bowl with nothing in it, right? I'd like the {b} in there.",
        ]
    else:
        options = [
            "I'd love for whichever bowl has the fewest blocks to get the {b}.",
            "honestly, I'd like the {b} to go in the bowl with the fewest blocks, if that's okay.",
            "so which bowl's got the least in it? I'd like the {b} in there.",
        ]
    return _say(w, options, b=b), _done(rels(Rel("in", b, bowl)))


def t103_des_chatty(w: World) -> Made:
    def one_bowl() -> Made:
        if len(w.bowls) != 1 or _room(w.state, w.bowls[0]) == 0:
            return None
        bowl = w.bowls[0]
        blocks = [b for b in w.blocks if w.state.base(b) != bowl]
        if not blocks:
            return None
        b = w.rng.choice(blocks)
        text = _say(
            w,
            [
                "is there still room in the {bowl}? I'd love the {b} in there.",
                "so, how full is the {bowl}? Because I'd really like the {b} to go in it.",
            ],
            bowl=bowl,
            b=b,
        )
        return text, _done(rels(Rel("in", b, bowl)))

    return _first(w, lambda: _t103_des_chatty_main(w), one_bowl)


def t103_des_quiz(w: World) -> Made:
    b = _near(w, layout.BIN_CENTER, w.blocks)
    if b is None:
        return None
    text = _say(
        w,
        [
            "I'd like to see the block that's nearest to the bin put in the bin.",
            "which block is closest to the bin? I want that one in the bin.",
            "I would like whichever block is nearest the bin to end up inside it.",
        ],
    )
    return text, _done(binned([b]))


def _t103_des_audit_main(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.bowls, 2)
    if len(w.state.in_bowl(a)) == len(w.state.in_bowl(b)):
        return None
    text = _say(
        w,
        [
            "I need the {a} and the {b} to hold the same number of blocks.",
            "requirement: the {a} and the {b} contain equal numbers of blocks.",
            "I want the same count of blocks in the {a} as in the {b}.",
        ],
        a=a,
        b=b,
    )
    same: Check = lambda _i, f: len(f.in_bowl(a)) == len(f.in_bowl(b))
    return text, _done(same)


def t103_des_audit(w: World) -> Made:
    def exactly() -> Made:
        bowl = w.rng.choice(w.bowls)
        now = len(w.state.in_bowl(bowl))
        counts = [
            n
            for n in range(1, min(layout.BOWL_CAPACITY, len(w.blocks)) + 1)
            if n != now
        ]
        n = w.rng.choice(counts)
        text = _say(
            w,
            [
                "I need the {bowl} to hold exactly {n} {blocks}.",
                "requirement: the {bowl} contains {n} {blocks}, no more and no fewer.",
                "I want the count in the {bowl} to come to exactly {n}.",
            ],
            bowl=bowl,
            n=str(n),
            blocks="block" if n == 1 else "blocks",
        )
        return text, _done(count_in(bowl, n))

    return _first(w, lambda: _t103_des_audit_main(w), exactly)


# ===== quantified =====================================================================================
def t103_qua_kid(w: World) -> Made:
    table = w.state.on_the_table()
    if not 2 <= len(table) <= _BIN_CAPACITY:
        return None
    text = _say(
        w,
        [
            "how many blocks are on the table? Put all of them in the bin!",
            "put every block that's on the table in the bin!",
            "all the blocks on the table, into the bin! Every one!",
        ],
    )
    return text, _done(binned(table))


def t103_qua_formal(w: World) -> Made:
    inside = w.in_bowls()
    if not 1 <= len(inside) <= _BIN_CAPACITY:
        return None
    text = _say(
        w,
        [
            "kindly place every block that is currently in a bowl into the bin.",
            "would you please move all of the blocks that are in bowls into the bin?",
            "please put each block found in any of the bowls into the bin.",
        ],
    )
    return text, _done(binned(inside))


def t103_qua_terse(w: World) -> Made:
    bowls = [x for x in w.bowls if not w.state.in_bowl(x)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        [
            "two blocks in the {bowl}.",
            "get two blocks into the {bowl}. Any two.",
            "{bowl}: two blocks in it, please.",
        ],
        bowl=bowl,
    )
    return text, _done(count_in(bowl, 2))


def t103_qua_chatty(w: World) -> Made:
    c = _counts(w)
    empties = [x for x, n in c.items() if n == 0]
    if len(c) < 2 or not empties:
        return None
    if len([b for b in w.blocks if w.state.base(b) not in w.bowls]) < len(empties):
        return None
    bowls = list(w.bowls)
    text = _say(
        w,
        [
            "could you make it so every bowl has at least one block in it?",
            "hey, can you sort it so there's at least one block in each of the bowls?",
            "so I'd like no bowl left empty, you know, at least one block in every bowl.",
        ],
    )
    full: Check = lambda _i, f: all(f.in_bowl(x) for x in bowls)
    return text, _done(full)


def t103_qua_quiz(w: World) -> Made:
    stacked = [b for b in w.blocks if w.state.above(b)]
    if not stacked:
        return None
    r = w.rng.choice(stacked)
    above = w.state.above(r)
    text = _say(
        w,
        [
            "how many blocks are stacked on the {r}? Move each of them to the table.",
            "count the blocks piled on the {r}, then put every one of them on the table.",
            "which blocks are above the {r}? Put all of them down on the table.",
        ],
        r=r,
    )
    return text, _done(rels(*(Rel("on_table", b) for b in above)))


def t103_qua_audit(w: World) -> Made:
    inside = w.in_bowls()
    if not 1 <= len(inside) <= _BIN_CAPACITY:
        return None
    bowls = list(w.bowls)
    text = _say(
        w,
        [
            "every bowl must be emptied into the bin.",
            "all bowls are to be emptied; contents go in the bin.",
            "checklist: every bowl empty, everything from them in the bin.",
        ],
    )
    emptied: Check = lambda _i, f: all(not f.in_bowl(x) for x in bowls)
    return text, _done(binned(inside), emptied)


# ===== negated ========================================================================================
def t103_neg_kid(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    no = w.rng.choice(w.bowls)
    others = [x for x in w.bowls if x != no and _room(w.state, x) > 0]
    blocks = [b for b in w.blocks if w.state.base(b) in (*_FLOOR, no)]
    if not others or not blocks:
        return None
    r = w.rng.choice(blocks)
    text = _say(
        w,
        [
            "put the {r} in a bowl, but not the {no}!",
            "can you put the {r} in one of the bowls? Not the {no} though!",
            "the {r} has to go in a bowl! Just not the {no}, okay?",
        ],
        r=r,
        no=no,
    )
    return text, _done(_in_some_bowl(r, no))


def t103_neg_formal(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, g = w.rng.choice(pairs)
    text = _say(
        w,
        [
            "please remove the block that is on the {g}, but do not put it in the bin.",
            "kindly take the block off the {g}; it should not go into the bin, however.",
            "would you lift off whatever block is resting on the {g}? Please don't put it in the bin.",
        ],
        g=g,
    )
    off: Check = lambda _i, f: f.support[top] != g
    return text, _done(off, none_binned([top]))


def t103_neg_terse(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        [
            "empty the {bowl}. Don't bin anything.",
            "clear out the {bowl}, nothing into the bin.",
            "{bowl} empty. No bin.",
        ],
        bowl=bowl,
    )
    return text, _done(empty(bowl), none_binned(w.blocks))


def _t103_neg_chatty_main(w: World) -> Made:
    c = _counts(w)
    if len(c) < 2:
        return None
    e = _empty_bowl(w)
    most = max(c.values())
    full = _unique(c, most) if most > 0 else None
    options = [(k, x) for k, x in (("empty", e), ("full", full)) if x is not None]
    if not options:
        return None
    kind, no = w.rng.choice(options)
    if not [x for x in w.bowls if x != no and _room(w.state, x) > 0]:
        return None
    blocks = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if not blocks:
        return None
    r = w.rng.choice(blocks)
    if kind == "empty":
        phrases = [
            "which bowl's the empty one? Put the {r} in any bowl except that one.",
            "see the bowl with nothing in it? Put the {r} in a bowl, just not that one, yeah?",
            "okay, so, not the empty bowl, but one of the other bowls is where the {r} should go.",
        ]
    else:
        phrases = [
            "which bowl's got the most blocks? Put the {r} in any bowl except that one.",
            "see the bowl with the most blocks in it? Put the {r} in a bowl, just not that one, yeah?",
            "okay, so, not the fullest bowl, but one of the other bowls is where the {r} should go.",
        ]
    return _say(w, phrases, r=r), _done(_in_some_bowl(r, no))


def t103_neg_chatty(w: World) -> Made:
    def out() -> Made:
        inside = w.in_bowls()
        if not inside:
            return None
        r = w.rng.choice(inside)
        bowl = w.state.base(r)
        text = _say(
            w,
            [
                "is the {r} in the {bowl}? I don't want it in there, so take it out, please.",
                "hey, the {r} shouldn't be in the {bowl}, you know? Could you get it out of there?",
            ],
            r=r,
            bowl=bowl,
        )
        gone: Check = lambda _i, f: f.base(r) != bowl
        return text, _done(gone)

    return _first(w, lambda: _t103_neg_chatty_main(w), out)


def t103_neg_quiz(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    r = w.rng.choice(inside)
    text = _say(
        w,
        [
            "is the {r} on the table? If not, put it there.",
            "tell me, is the {r} on the table? If it isn't, then put it on the table.",
            "the {r}: on the table or not? If not, fix that.",
        ],
        r=r,
    )
    return text, _done(rels(Rel("on_table", r)))


def t103_neg_audit(w: World) -> Made:
    if not w.pairs():
        return None
    blocks = w.blocks
    text = _say(
        w,
        [
            "make sure no block is left standing on another block, and don't use the bin.",
            "no block may remain stacked on another block; the bin is not to be used.",
            "check: no block on top of any other block. Do not put anything in the bin.",
        ],
    )
    flat: Check = lambda _i, f: all(f.support[b] not in f.support for b in blocks)
    return text, _done(flat, none_binned(blocks))


# ===== relative =======================================================================================
def _t103_rel_kid_main(w: World) -> Made:
    bowls = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.state.in_bowl(bowl)[0]
    ys = [y for y in w.blocks if y != b and _can_top(w.state, y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(
        w,
        [
            "take the block that's in the {bowl} and put it on the {y}!",
            "put the block in the {bowl} on top of the {y}!",
            "the block that's sitting in the {bowl}, can you stack it on the {y}?",
        ],
        bowl=bowl,
        y=y,
    )
    return text, _done(rels(Rel("on", b, y)))


def t103_rel_kid(w: World) -> Made:
    def on_block() -> Made:
        pairs = w.pairs()
        if not pairs:
            return None
        b, x = w.rng.choice(pairs)
        ys = [
            y for y in w.blocks if y not in _tower(w.state, b) and _can_top(w.state, y)
        ]
        if not ys:
            return None
        y = w.rng.choice(ys)
        text = _say(
            w,
            [
                "take the block that's on the {x} and put it on the {y}!",
                "the block sitting on the {x}, put it on top of the {y}!",
            ],
            x=x,
            y=y,
        )
        return text, _done(rels(Rel("on", b, y)))

    return _first(w, lambda: _t103_rel_kid_main(w), on_block)


def t103_rel_formal(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, r = w.rng.choice(pairs)
    text = _say(
        w,
        [
            "kindly move the block which is resting on the {r} into the bin.",
            "please put the block that sits on top of the {r} into the bin.",
            "would you place the block that is currently on the {r} in the bin, please?",
        ],
        r=r,
    )
    return text, _done(binned([top]))


def t103_rel_terse(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    r = w.rng.choice(inside)
    bowl = w.state.base(r)
    text = _say(
        w,
        [
            "bowl with the {r} in it: empty it.",
            "empty the bowl that has the {r}.",
            "the bowl the {r} is in. Empty it out.",
        ],
        r=r,
    )
    return text, _done(empty(bowl))


def t103_rel_chatty(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    r, x = w.rng.choice(pairs)
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w.state, b) > 0]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        [
            "you know the block the {r} is sitting on? Put that one in the {bowl}.",
            "so there's a block under the {r}, right? That's the one I want in the {bowl}.",
            "the block that's got the {r} on top of it, could you move it into the {bowl}?",
        ],
        r=r,
        bowl=bowl,
    )
    return text, _done(rels(Rel("in", x, bowl)))


def t103_rel_quiz(w: World) -> Made:
    def bottom() -> Made:
        towers = _towers(w)
        if len(towers) != 1:
            return None
        text = _say(
            w,
            [
                "put the block that is at the very bottom of the tower in the bin.",
                "which block is at the bottom of the tower? Put that block in the bin.",
                "the block that holds up the whole tower: put it in the bin.",
            ],
        )
        return text, _done(binned([towers[0][0]]))

    def lone() -> Made:
        bowls = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
        if not bowls:
            return None
        bowl = w.rng.choice(bowls)
        text = _say(
            w,
            [
                "which block is the one in the {bowl}? Put the block that is in the {bowl} in the bin.",
                "the block that sits in the {bowl}: what colour is it? Put it in the bin.",
            ],
            bowl=bowl,
        )
        return text, _done(binned(w.state.in_bowl(bowl)))

    return _first(w, bottom, lone)


def t103_rel_audit(w: World) -> Made:
    sign = w.rng.choice([1.0, -1.0])
    b = _side(w, sign)
    if b is None:
        return None
    side = "left" if sign > 0 else "right"
    text = _say(
        w,
        [
            "the block that is furthest to the {side} is to go to the middle.",
            "move the block which sits farthest {side} to the middle of the table.",
            "action item: the block that is the {side}most one goes to the middle.",
        ],
        side=side,
    )
    return text, _done(rels(Rel("at", b, "middle")))


# ===== keep ===========================================================================================
def t103_keep_kid(w: World) -> Made:
    clear = [b for b in w.blocks if w.state.is_clear(b) and w.state.base(b) != BIN]
    if len(clear) < 2 or len(w.blocks) < 3:
        return None
    b, g = w.pick(clear, 2)
    if not _can_top(w.state, g) or w.state.support[b] == g:
        return None
    r = w.rng.choice([x for x in w.blocks if x not in (b, g)])
    text = _say(
        w,
        [
            "don't move the {r}! Just put the {b} on the {g}.",
            "put the {b} on top of the {g}, but don't touch the {r}!",
            "leave the {r} alone! I want the {b} on the {g}!",
        ],
        r=r,
        b=b,
        g=g,
    )
    return text, _done(rels(Rel("on", b, g)), kept(r))


def t103_keep_formal(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.bowls, 2)
    blocks = [x for x in w.blocks if w.state.base(x) not in (a, b)]
    if not blocks or _room(w.state, b) == 0:
        return None
    r = w.rng.choice(blocks)
    inside = sorted(w.state.in_bowl(a))
    text = _say(
        w,
        [
            "please leave the {a} exactly as it is, and put the {r} in the {b}.",
            "would you put the {r} into the {b}? The {a} should not be disturbed.",
            "kindly place the {r} in the {b}, keeping the {a} just as it is now.",
        ],
        a=a,
        r=r,
        b=b,
    )
    same: Check = lambda _i, f: sorted(f.in_bowl(a)) == inside
    return text, _done(rels(Rel("in", r, b)), same, kept(*inside))


def t103_keep_terse(w: World) -> Made:
    towers = _towers(w)
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if (len(towers) == 1 and w.rng.random() < 0.7) or not full:
        if len(towers) != 1:
            return None
        stay, what = towers[0], "the tower"
    else:
        bowl = w.rng.choice(full)
        stay, what = w.state.in_bowl(bowl), f"the {bowl}"
    others = [b for b in w.blocks if b not in stay]
    if not others:
        return None
    r = w.rng.choice(others)
    text = _say(
        w,
        [
            "{W} stays. {R} to the bin.",
            "leave {what}; bin the {r}.",
            "bin the {r}. Don't touch {what}.",
        ],
        r=r,
        R=_cap(r),
        what=what,
        W=_cap(what.removeprefix("the ")),
    )
    return text, _done(binned([r]), kept(*stay))


def t103_keep_chatty(w: World) -> Made:
    stacked = [b for b in w.blocks if w.state.above(b)]
    if not stacked:
        return None
    r = w.rng.choice(stacked)
    text = _say(
        w,
        [
            "keep the {r} right where it is, but could you clear everything off it?",
            "so the {r} stays put, okay? Just take whatever's on top of it off.",
            "hey, don't move the {r} itself, but get all the stuff off the top of it.",
        ],
        r=r,
    )
    return text, _done(rels(Rel("clear", r)), kept(r))


def t103_keep_quiz(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    r, g = w.rng.choice(pairs)
    blocks = [b for b in w.blocks if b not in _tower(w.state, r)]
    if not blocks or not _can_top(w.state, r):
        return None
    b = w.rng.choice(blocks)
    text = _say(
        w,
        [
            "is the {r} on the {g}? Keep it there, and put the {b} on top of it.",
            "the {r} is on the {g}, right? Leave it there and stack the {b} on the {r}.",
            "what is the {r} resting on? Keep it on that block and put the {b} on the {r}.",
        ],
        r=r,
        g=g,
        b=b,
    )
    return text, _done(rels(Rel("on", r, g), Rel("on", b, r)))


def t103_keep_audit(w: World) -> Made:
    inside = w.in_bowls()
    others = [b for b in w.blocks if b not in inside]
    if not inside or not 1 <= len(others) <= _BIN_CAPACITY:
        return None
    text = _say(
        w,
        [
            "keep every block that is in a bowl where it is; move all the other blocks into the bin.",
            "blocks in bowls: unchanged. Every other block: into the bin.",
            "all blocks not in a bowl are to be binned; those in bowls are to stay where they are.",
        ],
    )
    return text, _done(binned(others), kept(*inside))


# ===== multi_step =====================================================================================
def t103_multi_kid(w: World) -> Made:
    bowls = [x for x in w.bowls if 1 <= len(w.state.in_bowl(x)) <= _BIN_CAPACITY]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = _say(
        w,
        [
            "first tell me how many blocks are in the {bowl}, then put them all in the bin!",
            "count the blocks in the {bowl} and then throw them all in the bin!",
            "how many blocks are in the {bowl}? After that put all of them in the bin!",
        ],
        bowl=bowl,
    )
    return text, _done(binned(inside))


def t103_multi_formal(w: World) -> Made:
    blocks = [b for b in w.blocks if w.state.support[b] not in _FLOOR]
    if not blocks:
        return None
    r = w.rng.choice(blocks)
    b = w.rng.choice([x for x in w.blocks if x != r])
    text = _say(
        w,
        [
            "first, please place the {r} on the table; then put the {b} on top of it.",
            "would you begin by setting the {r} down on the table, and afterwards place the {b} on it?",
            "kindly move the {r} onto the table first, and then stack the {b} on the {r}.",
        ],
        r=r,
        b=b,
    )
    return text, _done(rels(Rel("on_table", r), Rel("on", b, r)))


def t103_multi_terse(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    b, r, g = w.pick(w.blocks, 3)
    tower = _tower(w.state, b)
    if r in tower or g in tower or _level(w.state, b) + 3 > layout.MAX_TOWER:
        return None
    text = _say(
        w,
        [
            "{cr} on {cb}, then {cg} on {cr}.",
            "{r} on the {b}. Then {g} on the {r}.",
            "stack: {r} onto {b}, then {g} onto that.",
        ],
        r=r,
        b=b,
        g=g,
        cr=_word(w, r),
        cb=_word(w, b),
        cg=_word(w, g),
    )
    return text, _done(rels(Rel("on", r, b), Rel("on", g, r)))


def t103_multi_chatty(w: World) -> Made:
    bowls = [x for x in w.bowls if _room(w.state, x) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(blocks) < 2:
        return None
    y, r = w.pick(blocks, 2)
    text = _say(
        w,
        [
            "okay so first move the {y} into the {bowl}, and after that the {r} goes in there too.",
            "right, start with the {y} in the {bowl}, and then pop the {r} in with it.",
            "could you put the {y} in the {bowl} first? Then the {r}, same bowl.",
        ],
        y=y,
        r=r,
        bowl=bowl,
    )
    return text, _done(rels(Rel("in", y, bowl), Rel("in", r, bowl)))


def t103_multi_quiz(w: World) -> Made:
    towers = _towers(w)
    if len(towers) == 1:
        block = towers[0][-1]
        options = [
            "what's the top block of the tower? Take it off and then put it in the {bowl}.",
            "which block is on top of the tower? Lift it off, then place it in the {bowl}.",
            "find the block at the top of the tower, take it down, and put it in the {bowl}.",
        ]
    else:
        sign = w.rng.choice([1.0, -1.0])
        found = _side(w, sign)
        if found is None:
            return None
        block = found
        side = "left" if sign > 0 else "right"
        options = [
            "which block is the "
            + side
            + "most one? Pick it up, and then put it in the {bowl}.",
            "find the block furthest to the "
            + side
            + ", lift it, then set it down in the {bowl}.",
        ]
    bowls = [x for x in w.bowls if w.state.base(block) != x and _room(w.state, x) > 0]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _say(w, options, bowl=bowl), _done(rels(Rel("in", block, bowl)))


def t103_multi_audit(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    r, x = w.rng.choice(pairs)
    text = _say(
        w,
        [
            "step one: put the {r} in the bin. Step two: put the block that was under it in the bin as well.",
            "first the {r} goes in the bin; second, the block it was standing on goes in the bin too.",
            "procedure: bin the {r}, then bin the block beneath it.",
        ],
        r=r,
    )
    return text, _done(binned([r, x]))


# ===== matching =======================================================================================
def _open_matches(w: World) -> list[Rel] | None:
    """The colour matches, when at least one does not hold yet and each bowl has room for its block."""
    want = matching(w)
    todo = [r for r in want if not holds(r, w.state)]
    if not todo or any(_room(w.state, r.target) == 0 for r in todo):
        return None
    return want


def t103_match_kid(w: World) -> Made:
    want = _open_matches(w)
    if want is None:
        return None
    text = _say(
        w,
        [
            "which blocks are the same colour as a bowl? Put them in their bowls!",
            "put every block in the bowl that's the same colour as it!",
            "blocks go in the bowl with the same colour! Can you do that?",
        ],
    )
    return text, _done(rels(*want))


def t103_match_formal(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    match = [b for b in w.blocks if w.colour(b) == w.colour(bowl)]
    text = _say(
        w,
        [
            "is there a block matching the colour of the {bowl}? If so, kindly place it in that bowl.",
            "might there be a block of the same colour as the {bowl}? If there is, please put it in the bowl.",
            "could you check whether any block shares the {bowl}'s colour, and if one does, place it inside?",
        ],
        bowl=bowl,
    )
    if not match:
        return text, _unchanged()
    b = match[0]
    if holds(Rel("in", b, bowl), w.state) or _room(w.state, bowl) == 0:
        return None
    return text, _done(rels(Rel("in", b, bowl)))


def t103_match_terse(w: World) -> Made:
    want = _open_matches(w)
    if want is None:
        return None
    text = _say(
        w,
        [
            "colour match: every block into the bowl of its colour.",
            "match blocks to bowls by colour.",
            "blocks in same-colour bowls. Go.",
        ],
    )
    return text, _done(rels(*want))


def t103_match_chatty(w: World) -> Made:
    want = [
        r for r in matching(w) if not holds(r, w.state) and _room(w.state, r.target) > 0
    ]
    if not want:
        return None
    rel = w.rng.choice(want)
    text = _say(
        w,
        [
            "the {b} has a bowl the same colour somewhere, right? Pop it in there.",
            "so there's a bowl that matches the {b}, yeah? Put the block in that one.",
            "hey, which bowl is the same colour as the {b}? Could you put it in that bowl?",
        ],
        b=rel.block,
    )
    return text, _done(rels(rel))


def t103_match_quiz(w: World) -> Made:
    want = _open_matches(w)
    if want is None:
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not 1 <= len(rest) <= _BIN_CAPACITY:
        return None
    text = _say(
        w,
        [
            "how many blocks match a bowl's colour? Put those in their bowls and the rest in the bin.",
            "which blocks have a bowl of their own colour? They go in those bowls; every other block goes in the bin.",
            "sort the blocks: same colour as a bowl, into that bowl; no matching bowl, into the bin.",
        ],
    )
    return text, _done(rels(*want), binned(rest))


def t103_match_audit(w: World) -> Made:
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(w.state.base(b))]
    if not wrong:
        return None
    text = _say(
        w,
        [
            "verify that every bowl contains only blocks of its own colour, and fix it if not.",
            "audit: each bowl may hold only blocks of the bowl's colour. Correct any violations.",
            "check the bowls: no block in a bowl of a different colour. Sort out whatever is wrong.",
        ],
    )
    pure: Check = lambda _i, f: all(
        w.colour(b) == w.colour(x) for x in f.bowls for b in f.in_bowl(x)
    )
    return text, _done(pure)


# ===== question =======================================================================================
def t103_q_kid(w: World) -> Made:
    s = w.state
    b = w.rng.choice(w.blocks)
    sup = s.support[b]

    def where() -> Made:
        if sup in s.bowls or (sup in s.support and s.base(sup) in _FLOOR):
            answer = sup
        elif sup == TABLE:
            answer = "table"
        else:
            return None
        text = _say(
            w,
            [
                "where's the {b}?",
                "robot, where is the {b} at?",
                "hey! Where's the {b}?",
            ],
            b=b,
        )
        return text, answered(answer)

    def under() -> Made:
        if sup not in s.bowls and sup not in s.support:
            return None
        text = _say(
            w,
            [
                "what's under the {b}?",
                "what is the {b} sitting on?",
                "ooh, what's the {b} standing on?",
            ],
            b=b,
        )
        return text, answered(sup)

    return _first(w, where, under)


def t103_q_formal(w: World) -> Made:
    def in_bowl() -> Made:
        bowls = [x for x in w.bowls if w.state.in_bowl(x)]
        if not bowls:
            return None
        bowl = w.rng.choice(bowls)
        text = _say(
            w,
            [
                "could you tell me how many blocks are in the {bowl}, please?",
                "may I ask how many blocks the {bowl} currently holds?",
                "would you be so kind as to tell me the number of blocks in the {bowl}?",
            ],
            bowl=bowl,
        )
        return text, answered(str(len(w.state.in_bowl(bowl))))

    def all_bowls() -> Made:
        n = len(w.in_bowls())
        if n == 0 or len(w.bowls) < 2:
            return None
        text = _say(
            w,
            [
                "could you tell me how many blocks there are in the bowls altogether?",
                "how many blocks, in total, are in the bowls, if you please?",
            ],
        )
        return text, answered(str(n))

    def stacked() -> Made:
        below = [b for b in w.blocks if w.state.above(b)]
        if not below:
            return None
        b = w.rng.choice(below)
        text = _say(
            w,
            [
                "would you tell me how many blocks are stacked on top of the {b}, please?",
                "how many blocks are resting above the {b}, if I may ask?",
            ],
            b=b,
        )
        return text, answered(str(len(w.state.above(b))))

    return _first(w, in_bowl, all_bowls, stacked)


def _t103_q_terse_main(w: World) -> Made:
    c = _counts(w)
    if len(c) < 2:
        return None

    def empty_one() -> Made:
        e = _empty_bowl(w)
        if e is None:
            return None
        return _say(
            w,
            [
                "which bowl's empty?",
                "empty bowl: which one?",
                "which bowl has nothing in it?",
            ],
        ), answered(e)

    def fullest() -> Made:
        most = max(c.values())
        full = _unique(c, most) if most > 0 else None
        if full is None:
            return None
        return _say(
            w,
            [
                "which bowl has the most blocks?",
                "fullest bowl?",
                "most blocks: which bowl?",
            ],
        ), answered(full)

    return _first(w, empty_one, fullest)


def t103_q_terse(w: World) -> Made:
    def one_bowl() -> Made:
        if len(w.bowls) != 1:
            return None
        bowl = w.bowls[0]
        n = len(w.state.in_bowl(bowl))
        if n and w.rng.random() < 0.6:
            return _say(
                w, ["how many in the {bowl}?", "{bowl}: how many blocks?"], bowl=bowl
            ), answered(str(n))
        return _say(w, ["{bowl} empty?", "is the {bowl} empty?"], bowl=bowl), answered(
            yes(n == 0)
        )

    return _first(w, lambda: _t103_q_terse_main(w), one_bowl)


def t103_q_chatty(w: World) -> Made:
    s = w.state

    def tall() -> Made:
        towers = _towers(w)
        if len(towers) != 1:
            return None
        text = _say(
            w,
            [
                "so how tall is the tower, like how many blocks high?",
                "hey, how many blocks are in that tower over there?",
                "just wondering, how many blocks is the tower made of?",
            ],
        )
        return text, answered(str(len(towers[0])))

    def higher() -> Made:
        ground = [b for b in w.blocks if s.base(b) in _FLOOR]
        if len(ground) < 2:
            return None
        a, b = w.pick(ground, 2)
        if _level(s, a) == _level(s, b):
            return None
        text = _say(
            w,
            [
                "hey, is the {a} higher up than the {b}?",
                "so is the {a} sitting higher than the {b}, would you say?",
                "quick one, is the {a} up higher than the {b}?",
            ],
            a=a,
            b=b,
        )
        return text, answered(yes(_level(s, a) > _level(s, b)))

    return _first(w, tall, higher)


def t103_q_quiz(w: World) -> Made:
    def colour_on() -> Made:
        pairs = w.pairs()
        if not pairs:
            return None
        top, below = w.rng.choice(pairs)
        text = _say(
            w,
            [
                "what colour is the block sitting on the {below}?",
                "here's one for you: what colour is the block on top of the {below}?",
                "tell me the colour of the block that rests on the {below}.",
            ],
            below=below,
        )
        return text, answered(w.colour(top))

    def side() -> Made:
        sign = w.rng.choice([1.0, -1.0])
        b = _side(w, sign)
        if b is None:
            return None
        text = _say(
            w,
            [
                "which block is furthest to the {side}?",
                "quiz time: which block is the {side}most one?",
                "can you tell me which block is farthest {side}?",
            ],
            side="left" if sign > 0 else "right",
        )
        return text, answered(b)

    def nearest() -> Made:
        bowl = w.rng.choice(w.bowls)
        if w.state.in_bowl(bowl):
            return None
        b = _near(w, _xy(w, bowl), w.blocks)
        if b is None:
            return None
        text = _say(
            w,
            [
                "which block is nearest to the {bowl}?",
                "name the block closest to the {bowl}.",
            ],
            bowl=bowl,
        )
        return text, answered(b)

    return _first(w, colour_on, side, nearest)


def t103_q_audit(w: World) -> Made:
    s = w.state

    def same_bowl() -> Made:
        inside = w.in_bowls()
        if not inside or len(w.blocks) < 2:
            return None
        a = w.rng.choice(inside)
        b = w.rng.choice([x for x in w.blocks if x != a])
        text = _say(
            w,
            [
                "confirm: are the {a} and the {b} in the same bowl?",
                "are the {a} and the {b} both in one bowl? Yes or no.",
                "check: do the {a} and the {b} share a bowl?",
            ],
            a=a,
            b=b,
        )
        return text, answered(yes(s.base(a) == s.base(b)))

    def covered() -> Made:
        b = w.rng.choice(w.blocks)
        text = _say(
            w,
            [
                "is there anything on top of the {b}?",
                "confirm: is any block resting on the {b}?",
            ],
            b=b,
        )
        return text, answered(yes(not s.is_clear(b)))

    def clear() -> Made:
        b = w.rng.choice(w.blocks)
        text = _say(
            w,
            [
                "check: is the {b} clear, with nothing on it?",
                "is the top of the {b} free? Yes or no.",
            ],
            b=b,
        )
        return text, answered(yes(s.is_clear(b)))

    return _first(w, same_bowl, covered, clear)


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
_STYLES = ("kid", "formal", "terse", "chatty", "quiz", "audit")
FRESH103: list[Template] = [
    (f"t103_{short}_{style}", category, globals()[f"t103_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
