"""`FRESH93`, the ninety-fourth untuned batch: sixty language templates, six per category, for the offline planner.

The theme: the user never gives a command, only says how the table should look afterwards: "the red block is on the
blue block", "the green bowl holds the red block and the blue block", "the tower goes red, blue, green from the
bottom", "nothing is on the yellow block", "the bin has the pink block in it", in varied grammar and vocabulary.
Questions ask whether a described state already holds (or count or name what the table shows now). The six styles:

- present: the finished state in the present tense ("The red block is on top of the blue block.");
- future: what will be true ("By the end, the red block will be sitting in the green bowl.");
- modal: what should or ought to be ("The red block ought to end up in the bin.");
- passive: passive voice ("The red block is placed in the top left corner.");
- list: a terse list of facts ("Tower, bottom to top: red block, blue block, green block.");
- picture: a short description of a picture of the finished table ("Picture the finished table: the red block
  resting on the blue block.").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(While looking up the lexicon's constant names, one grep by mistake also printed five pattern lines of the lexicon's
synonym table, the ones mapping words for the bin and the table; no template was written from them.)

Its first run (300 instructions, seed 0, on be2ede1, after every fix before it and before anything it could prompt):
0.663 goal-correct (199 of 300), 86 refused, 15 wrong: 12 wrong actions ('Result: X - in the bin. Y and Z - exactly
where they are now.' binned all three, twice; 'I want W to hold X and Y.' put only X in W; a picture's 'X, Y and Z
stacked up, X lowest and Z highest' did nothing; a question about the layout or the future, 'Is this already the
layout: ...?', 'Does the table already show the following: ...?', 'W is supposed to hold X. Does it already?', 'Say
nobody touches the table: will X be sitting in W?', was planned as moves, eight times) and three wrong replies ('How
many blocks have been put in W so far?').
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
    count_in,
    empty,
    kept,
    matching,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_BIN_CAPACITY = len(layout.BIN_SLOTS)
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


# ----- helpers ----------------------------------------------------------------------------------------
def _all(*checks: Check) -> Check:
    """Every check holds and the gripper is empty."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _goal(w: World, text: str, *checks: Check) -> Made:
    """(text, check), or None when the goal already holds at the start."""
    check = _all(*checks)
    return None if check(w.state, w.state) else (text, check)


def _height(s: SymState, b: str) -> int:
    """Blocks from the bottom of `b`'s tower up to `b`, itself included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_take(s: SymState, y: str) -> bool:
    """Whether a block may be put on block `y` without making its tower too tall."""
    return s.base(y) not in (BIN, GRIPPER) and _height(s, y) < layout.MAX_TOWER


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.on_top(bowl)) + n <= layout.BOWL_CAPACITY


def _binned_now(s: SymState) -> int:
    return sum(s.base(b) == BIN for b in s.blocks)


def _onto(w: World, avoid: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A block and another block it could be put on (not already there)."""
    s = w.state
    pairs = [
        (x, y)
        for x in w.blocks
        for y in w.blocks
        if x != y
        and x not in avoid
        and y not in avoid
        and s.support[x] != y
        and _can_take(s, y)
        and y not in s.above(x)
    ]
    return w.rng.choice(pairs) if pairs else None


def _into(w: World, avoid: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A block and a bowl with room that it is not in yet."""
    s = w.state
    pairs = [
        (x, b)
        for x in w.blocks
        for b in w.bowls
        if x not in avoid and s.base(x) != b and _room(s, b)
    ]
    return w.rng.choice(pairs) if pairs else None


def _at(w: World, place: str) -> str:
    if place == "middle":
        return w.rng.choice(["in the middle", "in the middle of the table"])
    return w.rng.choice([f"in the {place}", f"at the {place}"])


def _on_table(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _tower(*blocks: str) -> Check:
    """`blocks` form a tower from the bottom up; the bottom one stands on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        bottom = f.support[blocks[0]]
        if bottom in f.support or bottom in (BIN, GRIPPER):
            return False
        return all(f.support[top] == below for below, top in pairwise(blocks))

    return check


def _only_in(bowl: str, block: str) -> Check:
    return lambda _i, f: f.in_bowl(bowl) == [block]


def _flat(blocks: list[str]) -> Check:
    """No block rests on another block."""
    return lambda _i, f: all(f.support[b] not in f.support for b in blocks)


def _match_pairs(w: World) -> list[tuple[str, str]]:
    """(block, bowl) of the same colour."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return [(b, by_colour[w.colour(b)]) for b in w.blocks if w.colour(b) in by_colour]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# ----- imperative: one placement, said as a fact ------------------------------------------------------------
def t93_imp_present(w: World) -> Made:
    pair = _onto(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"The {x} is on top of the {y}.",
            f"When you're done, the {x} sits on the {y}.",
            f"Final state: the {x} rests on the {y}.",
        ]
    )
    return _goal(w, text, rels(Rel("on", x, y)))


def t93_imp_future(w: World) -> Made:
    pair = _into(w)
    if pair is None:
        return None
    x, b = pair
    text = w.rng.choice(
        [
            f"The {x} will be in the {b}.",
            f"By the end, the {x} will be sitting in the {b}.",
            f"Once everything is finished, the {b} will have the {x} in it.",
        ]
    )
    return _goal(w, text, rels(Rel("in", x, b)))


def t93_imp_modal(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"The {x} should be in the bin.",
            f"The {x} ought to end up in the bin.",
            f"The {x} belongs in the bin when all is said and done.",
        ]
    )
    return _goal(w, text, binned([x]))


def t93_imp_passive(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    p = w.rng.choice(list(PLACES))
    where = _at(w, p)
    text = w.rng.choice(
        [
            f"The {x} is placed {where}.",
            f"The {x} has been set down {where}.",
            f"The {p} is occupied by the {x}."
            if p != "middle"
            else f"The {x} has been put down {where}.",
        ]
    )
    return _goal(w, text, rels(Rel("at", x, p)))


def t93_imp_list(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES)]
    if not off:
        return None
    x = w.rng.choice(off)
    text = w.rng.choice(
        [
            f"Afterwards: {x} on the table.",
            f"End state - {x}: on the table.",
            f"Final layout: the {x} standing directly on the table.",
        ]
    )
    return _goal(w, text, _on_table(x))


def t93_imp_picture(w: World) -> Made:
    if w.rng.random() < 0.5:
        pair = _onto(w)
        if pair is None:
            return None
        x, y = pair
        text = w.rng.choice(
            [
                f"Picture the finished table: the {x} resting on the {y}.",
                f"In the photo of the finished table, the {x} is sitting on top of the {y}.",
            ]
        )
        return _goal(w, text, rels(Rel("on", x, y)))
    pair = _into(w)
    if pair is None:
        return None
    x, b = pair
    text = w.rng.choice(
        [
            f"In the photo of the finished table, the {x} is in the {b}.",
            f"Imagine the table when it's done: the {b} has the {x} in it.",
        ]
    )
    return _goal(w, text, rels(Rel("in", x, b)))


# ----- declarative: a tower, bottom to top ----------------------------------------------------------------
def _three(w: World) -> list[str]:
    return w.pick(w.blocks, 3)


def t93_dec_present(w: World) -> Made:
    abc = _three(w)
    if not abc:
        return None
    a, b, c = abc
    text = w.rng.choice(
        [
            f"The tower goes {a}, {b}, {c} from the bottom.",
            f"From the bottom up, the tower is the {a}, then the {b}, then the {c}.",
            f"There's a tower with the {a} at the bottom, the {b} in the middle and the {c} on top.",
        ]
    )
    return _goal(w, text, _tower(a, b, c))


def t93_dec_future(w: World) -> Made:
    abc = _three(w)
    if not abc:
        return None
    a, b, c = abc
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"There will be a tower: the {a} at the bottom, the {b} in the middle, the {c} on top.",
                f"When it's finished, the tower will go {a}, {b}, {c}, starting from the bottom.",
            ]
        )
        return _goal(w, text, _tower(a, b, c))
    text = f"The {c} will end up on the {b}, which will be standing on the {a}."
    return _goal(w, text, rels(Rel("on", c, b), Rel("on", b, a)))


def t93_dec_modal(w: World) -> Made:
    abc = _three(w)
    if not abc:
        return None
    a, b, c = abc
    text = w.rng.choice(
        [
            f"The {c} should be on top of a tower, with the {b} under it and the {a} at the bottom.",
            f"Bottom to top, the stack should be {a}, {b}, {c}.",
            f"The {a} ought to be the bottom of a tower, the {b} next and the {c} last, at the top.",
        ]
    )
    return _goal(w, text, _tower(a, b, c))


def t93_dec_passive(w: World) -> Made:
    abc = _three(w)
    if not abc:
        return None
    a, b, c = abc
    if w.rng.random() < 0.35:
        text = f"The {b} is stacked on the {a}, and the {c} is stacked on the {b}."
        return _goal(w, text, rels(Rel("on", b, a), Rel("on", c, b)))
    text = w.rng.choice(
        [
            f"The {a}, the {b} and the {c} are stacked in that order, starting from the bottom.",
            f"A tower is built with the {a} at the base, the {b} on it and the {c} on top.",
        ]
    )
    return _goal(w, text, _tower(a, b, c))


def t93_dec_list(w: World) -> Made:
    abc = _three(w)
    if not abc:
        return None
    a, b, c = abc
    text = w.rng.choice(
        [
            f"Tower, bottom to top: {a}, {b}, {c}.",
            f"Bottom: {a}. Middle: {b}. Top: {c}.",
            f"Stack, from the bottom: 1. {a}, 2. {b}, 3. {c}.",
        ]
    )
    return _goal(w, text, _tower(a, b, c))


def t93_dec_picture(w: World) -> Made:
    abc = _three(w)
    if not abc:
        return None
    a, b, c = abc
    text = w.rng.choice(
        [
            f"The finished picture shows a tower of three: the {a} at the bottom, the {b} in the middle, the {c} on top.",
            f"Imagine a photo of the end result: the {a}, {b} and {c} stacked up, the {a} lowest and the {c} highest.",
        ]
    )
    return _goal(w, text, _tower(a, b, c))


# ----- desiderative: a wish about the finished table ----------------------------------------------------------
def t93_des_present(w: World) -> Made:
    s = w.state
    options = []
    for bowl in w.bowls:
        for x in w.blocks:
            for y in w.blocks:
                if x < y and _room(s, bowl, (s.base(x) != bowl) + (s.base(y) != bowl)):
                    options.append((bowl, x, y))
    if not options:
        return None
    bowl, x, y = w.rng.choice(options)
    if w.rng.random() < 0.5:
        x, y = y, x
    text = w.rng.choice(
        [
            f"I want the {bowl} to hold the {x} and the {y}.",
            f"What I'd like is a table where the {x} and the {y} are both in the {bowl}.",
            f"My goal: the {bowl} has the {x} and the {y} in it.",
        ]
    )
    return _goal(w, text, rels(Rel("in", x, bowl), Rel("in", y, bowl)))


def t93_des_future(w: World) -> Made:
    if w.rng.random() < 0.5:
        (x,) = w.pick(w.blocks, 1)
        text = w.rng.choice(
            [
                f"I'd like the bin to have the {x} in it by the end.",
                f"I want the {x} to be in the bin by the time you're finished.",
                f"Hopefully the {x} will be in the bin afterwards.",
            ]
        )
        return _goal(w, text, binned([x]))
    x, y = w.pick(w.blocks, 2)
    text = w.rng.choice(
        [
            f"I'd like the bin to have the {x} and the {y} in it by the end.",
            f"I want the {x} and the {y} to be in the bin once you're finished.",
        ]
    )
    return _goal(w, text, binned([x, y]))


def t93_des_modal(w: World) -> Made:
    pair = _onto(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"I'd love it if the {x} could end up on the {y}.",
            f"Ideally the {x} would be sitting on the {y}.",
            f"It would be nice if the {x} were on top of the {y}.",
        ]
    )
    return _goal(w, text, rels(Rel("on", x, y)))


def t93_des_passive(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    p = w.rng.choice(list(PLACES))
    where = _at(w, p)
    text = w.rng.choice(
        [
            f"I'd like the {x} to be placed {where}.",
            f"I want the {x} set down {where}.",
            f"I'd prefer the {x} to be put {where}.",
        ]
    )
    return _goal(w, text, rels(Rel("at", x, p)))


def t93_des_list(w: World) -> Made:
    pair = _into(w)
    if pair is None:
        return None
    y, bowl = pair
    others = [b for b in w.blocks if b != y]
    x = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"My wish list for the table: {x} in the bin, {y} in the {bowl}.",
            f"What I'd want to see: the {x} in the bin; the {y} in the {bowl}.",
            f"Wanted at the end - bin: {x}. {_cap(bowl)}: {y}.",
        ]
    )
    return _goal(w, text, binned([x]), rels(Rel("in", y, bowl)))


def t93_des_picture(w: World) -> Made:
    s = w.state
    options = [
        (x, b)
        for b in w.bowls
        for x in w.blocks
        if s.in_bowl(b) != [x] and (s.base(x) == b or _room(s, b))
    ]
    if not options:
        return None
    x, bowl = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"What I'd like to see when I look at the table: the {bowl} holding only the {x}.",
            f"I'm picturing the {bowl} with just the {x} in it, nothing else.",
            f"The picture I want: the {x} alone in the {bowl}.",
        ]
    )
    return _goal(w, text, _only_in(bowl, x))


# ----- quantified ------------------------------------------------------------------------------------------
def t93_qua_present(w: World) -> Made:
    if len(w.blocks) > _BIN_CAPACITY - _binned_now(w.state):
        return None
    text = w.rng.choice(
        [
            "All the blocks are in the bin.",
            "Every single block ends up in the bin.",
            "Each and every block is in the bin at the end.",
        ]
    )
    return _goal(w, text, binned(w.blocks))


def t93_qua_future(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) == 2:
        phrases = ["Both bowls will be empty.", "Neither bowl will have a block in it."]
    else:
        phrases = ["No bowl will have a block in it.", "Every bowl will be empty."]
    phrases.append("None of the bowls will have anything in them by the end.")
    text = w.rng.choice(phrases)
    return _goal(w, text, *(empty(b) for b in bowls))


def t93_qua_modal(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    now = len(s.in_bowl(bowl))
    options = [
        n for n in range(1, min(layout.BOWL_CAPACITY, len(w.blocks)) + 1) if n != now
    ]
    options = [n for n in options if n < now or _room(s, bowl, n - now)]
    if not options:
        return None
    n = w.rng.choice(options)
    noun = "block" if n == 1 else "blocks"
    text = w.rng.choice(
        [
            f"The {bowl} should hold exactly {_WORDS[n]} {noun}.",
            f"There should be {_WORDS[n]} {noun} in the {bowl}, no more and no fewer.",
            f"The {bowl} ought to have exactly {n} {noun} in it.",
        ]
    )
    return _goal(w, text, count_in(bowl, n))


def t93_qua_passive(w: World) -> Made:
    text = w.rng.choice(
        [
            "All the blocks are set down directly on the table.",
            "Every block is laid out on the table, none stacked and none in a bowl.",
            "Each block is placed flat on the table itself.",
        ]
    )
    return _goal(w, text, _on_table(*w.blocks))


def t93_qua_list(w: World) -> Made:
    n = w.rng.randint(1, min(3, len(w.blocks) - 1))
    noun = "block" if n == 1 else "blocks"

    def check(_i: SymState, f: SymState) -> bool:
        return _binned_now(f) == n

    text = w.rng.choice(
        [
            f"End state checklist: exactly {_WORDS[n]} {noun} in the bin.",
            f"Target: bin - {n} {noun}, no more; everything else stays out of it.",
            f"Afterwards: {_WORDS[n]} {noun} in the bin, the rest anywhere but the bin.",
        ]
    )
    return _goal(w, text, check)


def t93_qua_picture(w: World) -> Made:
    if len(w.blocks) < len(w.bowls):
        return None
    text = w.rng.choice(
        [
            "Picture the end: no bowl is empty; each one has at least one block in it.",
            "In the final picture every bowl has a block in it.",
            "The finished table shows a block in every bowl.",
        ]
    )
    return _goal(w, text, *(count_in(b, 1, exact=False) for b in w.bowls))


# ----- negated ------------------------------------------------------------------------------------------
def t93_neg_present(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    x = w.rng.choice(covered)
    text = w.rng.choice(
        [
            f"Nothing is on the {x}.",
            f"The {x} has nothing on top of it anymore.",
            f"Nothing is left sitting on the {x}.",
        ]
    )
    return _goal(w, text, rels(Rel("clear", x)))


def t93_neg_future(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"The {x} won't be in the {bowl} any more.",
            f"The {bowl} will no longer have the {x} in it.",
            f"By the end, the {x} will be out of the {bowl}.",
        ]
    )
    return _goal(w, text, rels(Rel("in", x, bowl, negated=True)))


def t93_neg_modal(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice(
        [
            f"The {bowl} shouldn't have any blocks in it.",
            f"There should be nothing left in the {bowl}.",
            f"No block should be in the {bowl} at the end.",
        ]
    )
    return _goal(w, text, empty(bowl))


def t93_neg_passive(w: World) -> Made:
    pairs = w.pairs()
    inside = w.in_bowls()
    if inside and (not pairs or w.rng.random() < 0.3):
        x = w.rng.choice(inside)
        bowl = w.state.base(x)
        text = w.rng.choice(
            [
                f"The {x} is no longer kept in the {bowl}.",
                f"The {x} has been taken out of the {bowl}, and it isn't in there any more.",
            ]
        )
        return _goal(w, text, rels(Rel("in", x, bowl, negated=True)))
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The {x} is no longer stacked on the {y}.",
            f"The {x} isn't stacked on the {y} anymore.",
            f"The {y} is not covered by the {x} any more.",
        ]
    )
    return _goal(w, text, rels(Rel("on", x, y, negated=True)))


def t93_neg_list(w: World) -> Made:
    s = w.state
    facts: list[tuple[str, Check]] = []
    inside = w.in_bowls()
    x = w.rng.choice(inside) if inside else None
    if x is not None:
        facts.append(
            (f"the {x} not in any bowl", lambda _i, f: f.base(x) not in f.bowls)
        )
    stacked = [b for b in w.blocks if s.support[b] in s.support and b != x]
    if stacked:
        y = w.rng.choice(stacked)
        facts.append(
            (
                f"the {y} not on top of another block",
                lambda _i, f: f.support[y] not in f.support,
            )
        )
    if not facts:
        return None
    w.rng.shuffle(facts)
    head = w.rng.choice(
        ["Final layout: ", "End state, point by point: ", "When it's finished: "]
    )
    text = head + "; ".join(t for t, _ in facts) + "."
    return _goal(w, text, *(c for _, c in facts))


def t93_neg_picture(w: World) -> Made:
    if not w.pairs():
        if not w.in_bowls():
            return None
        text = w.rng.choice(
            [
                "Picture the finished table: not a single block is left in any of the bowls.",
                "In the final picture, the bowls are all empty."
                if len(w.bowls) > 1
                else f"In the final picture, the {w.bowls[0]} is empty.",
            ]
        )
        return _goal(w, text, *(empty(b) for b in w.bowls))
    text = w.rng.choice(
        [
            "Picture the finished table: no block is sitting on another block.",
            "In the final picture there are no towers at all; every block stands on its own.",
            "The end result shows not a single block stacked on another one.",
        ]
    )
    return _goal(w, text, _flat(w.blocks))


# ----- relative -------------------------------------------------------------------------------------------
def _single_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) where `top` is the only block resting on `below`."""
    return [(t, b) for t, b in w.pairs() if w.state.on_top(b) == [t]]


def t93_rel_present(w: World) -> Made:
    pairs = _single_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The block that's on the {below} is in the bin.",
            f"Whatever block is sitting on the {below} ends up in the bin.",
            f"The block on top of the {below} is in the bin at the end.",
        ]
    )
    return _goal(w, text, binned([top]))


def t93_rel_future(w: World) -> Made:
    single = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    pairs = _single_pairs(w)
    if single and (not pairs or w.rng.random() < 0.5):
        bowl = w.rng.choice(single)
        (x,) = w.state.in_bowl(bowl)
        text = w.rng.choice(
            [
                f"The block in the {bowl} will be on the table.",
                f"Whichever block is in the {bowl} now will end up on the table.",
                f"The block that is sitting in the {bowl} will be out on the table afterwards.",
            ]
        )
        return _goal(w, text, _on_table(x))
    if not pairs:
        return None
    x, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The block that's sitting on the {below} will be on the table.",
            f"Whatever block is on top of the {below} now will end up on the table.",
        ]
    )
    return _goal(w, text, _on_table(x))


def t93_rel_modal(w: World) -> Made:
    s = w.state
    options = [
        (t, b, bowl)
        for t, b in w.pairs()
        for bowl in w.bowls
        if s.base(b) != bowl and _room(s, bowl)
    ]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"The block under the {top} should be in the {bowl}.",
            f"The block that the {top} is sitting on should end up in the {bowl}.",
            f"Whatever is underneath the {top} ought to be in the {bowl}.",
        ]
    )
    return _goal(w, text, rels(Rel("in", below, bowl)))


def t93_rel_passive(w: World) -> Made:
    order = sorted(w.blocks, key=w.y)
    ends = []
    if w.y(order[1]) - w.y(order[0]) >= 0.04:
        ends.append((order[0], ["leftmost block", "block furthest to the left"]))
    if w.y(order[-1]) - w.y(order[-2]) >= 0.04:
        ends.append((order[-1], ["rightmost block", "block furthest to the right"]))
    if not ends:
        return None
    x, words = w.rng.choice(ends)
    which = w.rng.choice(words)
    options = [b for b in w.bowls if w.state.base(x) != b and _room(w.state, b)]
    if w.rng.random() < 0.5 or not options:
        text = w.rng.choice(
            [f"The {which} is put in the bin.", f"The {which} gets placed in the bin."]
        )
        return _goal(w, text, binned([x]))
    bowl = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"The {which} is placed in the {bowl}.",
            f"The {which} has been put in the {bowl}.",
        ]
    )
    return _goal(w, text, rels(Rel("in", x, bowl)))


def t93_rel_list(w: World) -> Made:
    pairs = _single_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"End state - the block now on the {below}: on the table. The {below}: in the bin.",
            f"Afterwards: whatever sits on the {below} now, on the table; the {below} itself, in the bin.",
        ]
    )
    return _goal(w, text, _on_table(top), binned([below]))


def t93_rel_picture(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"Picture the end: the bowl that now has the {x} in it stands empty.",
            f"In the finished picture, the bowl holding the {x} right now is empty.",
            f"The final photo shows the bowl where the {x} is now with nothing in it.",
        ]
    )
    return _goal(w, text, empty(bowl))


# ----- keep ----------------------------------------------------------------------------------------------
def _stay(w: World, *moving: str, k: int = 1) -> list[str]:
    """`k` blocks other than `moving` that need not move for them."""
    s = w.state
    free = [
        z
        for z in w.blocks
        if z not in moving and not any(z in s.above(m) for m in moving)
    ]
    return w.pick(free, k)


def t93_keep_present(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    zs = _stay(w, x)
    if not zs:
        return None
    (z,) = zs
    text = w.rng.choice(
        [
            f"The {x} is in the bin and the {z} stays where it is.",
            f"The {x} ends up in the bin, while the {z} doesn't move.",
            f"In the end the {x} is in the bin; the {z} is right where it is now.",
        ]
    )
    return _goal(w, text, binned([x]), kept(z))


def t93_keep_future(w: World) -> Made:
    pair = _onto(w)
    if pair is None:
        return None
    x, y = pair
    zs = _stay(w, x, y)
    if not zs:
        return None
    (z,) = zs
    text = w.rng.choice(
        [
            f"The {x} will be on the {y}; the {z} will still be exactly where it is now.",
            f"The {x} will end up on top of the {y}, and the {z} won't have moved.",
        ]
    )
    return _goal(w, text, rels(Rel("on", x, y)), kept(z))


def t93_keep_modal(w: World) -> Made:
    pair = _into(w)
    if pair is None:
        return None
    x, bowl = pair
    zs = _stay(w, x)
    if not zs:
        return None
    (z,) = zs
    text = w.rng.choice(
        [
            f"The {x} should end up in the {bowl}, but the {z} should not move.",
            f"The {x} ought to be in the {bowl}; the {z} should stay put.",
            f"The {bowl} should have the {x} in it, and the {z} should be left alone.",
        ]
    )
    return _goal(w, text, rels(Rel("in", x, bowl)), kept(z))


def t93_keep_passive(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    zs = _stay(w, x)
    if not zs:
        return None
    (z,) = zs
    p = w.rng.choice(list(PLACES))
    where = _at(w, p)
    text = w.rng.choice(
        [
            f"The {x} is placed {where}, and the {z} is left untouched.",
            f"The {x} gets set down {where}; the {z} is not moved at all.",
        ]
    )
    return _goal(w, text, rels(Rel("at", x, p)), kept(z))


def t93_keep_list(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    zs = _stay(w, x, k=2)
    if not zs:
        return None
    z1, z2 = zs
    text = w.rng.choice(
        [
            f"End state: {x} in the bin; {z1} unchanged; {z2} unchanged.",
            f"Result: {x} - in the bin. {z1} and {z2} - exactly where they are now.",
        ]
    )
    return _goal(w, text, binned([x]), kept(z1, z2))


def t93_keep_picture(w: World) -> Made:
    s = w.state
    options = [
        (x, b)
        for x in w.blocks
        for b in w.bowls
        if s.is_clear(x) and s.base(x) != b and _room(s, b)
    ]
    if not options:
        return None
    x, bowl = w.rng.choice(options)
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"The finished table looks just like it does now, except that the {x} sits in the {bowl}.",
            f"Picture the table as it is now, only with the {x} in the {bowl}; nothing else has moved.",
        ]
    )
    return _goal(w, text, rels(Rel("in", x, bowl)), kept(*others))


# ----- multi-step: several facts at once ------------------------------------------------------------------
def t93_multi_present(w: World) -> Made:
    pair = _onto(w)
    if pair is None:
        return None
    x, y = pair
    rest = [b for b in w.blocks if b not in (x, y)]
    if not rest:
        return None
    z = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"The {x} is on the {y} and the {z} is in the bin.",
            f"The {x} sits on top of the {y}, and the bin has the {z} in it.",
            f"At the end the {z} is in the bin and the {x} rests on the {y}.",
        ]
    )
    return _goal(w, text, rels(Rel("on", x, y)), binned([z]))


def t93_multi_future(w: World) -> Made:
    pair = _into(w)
    if pair is None:
        return None
    x, bowl = pair
    rest = [b for b in w.blocks if b != x]
    y = w.rng.choice(rest)
    p = w.rng.choice(list(PLACES))
    where = _at(w, p)
    text = w.rng.choice(
        [
            f"The {bowl} will hold the {x}, and the {y} will be {where}.",
            f"Once it's done, the {y} will be sitting {where} and the {x} will be in the {bowl}.",
        ]
    )
    return _goal(w, text, rels(Rel("in", x, bowl), Rel("at", y, p)))


def t93_multi_modal(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES)]
    if not off:
        return None
    y = w.rng.choice(off)
    x = w.rng.choice([b for b in w.blocks if b != y])
    text = w.rng.choice(
        [
            f"The {x} should be in the bin and the {y} should be on the table.",
            f"By the end the {x} ought to be in the bin, with the {y} sitting on the table.",
            f"The {y} should be on the table, and the {x} should have gone into the bin.",
        ]
    )
    return _goal(w, text, binned([x]), _on_table(y))


def t93_multi_passive(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    pair = _onto(w, avoid=(x,))
    if pair is None:
        return None
    y, z = pair
    text = w.rng.choice(
        [
            f"First the {x} is put in the bin, then the {y} is stacked on the {z}.",
            f"The {x} gets dropped in the bin, and after that the {y} is stacked on top of the {z}.",
        ]
    )
    return _goal(w, text, binned([x]), rels(Rel("on", y, z)))


def t93_multi_list(w: World) -> Made:
    pair = _into(w)
    if pair is None:
        return None
    a, bowl = pair
    facts = [(f"{a} in the {bowl}", rels(Rel("in", a, bowl)))]
    onto = _onto(w, avoid=(a,))
    if onto is not None:
        b, c = onto
        facts.append((f"{b} on the {c}", rels(Rel("on", b, c))))
    used = {a, *(onto or ())}
    rest = [d for d in w.blocks if d not in used]
    if rest:
        d = w.rng.choice(rest)
        facts.append((f"{d} in the bin", binned([d])))
    if len(facts) < 2:
        return None
    style = w.rng.randint(0, 1)
    if style == 0:
        text = (
            "Finished table: "
            + " ".join(f"{i}) {t}" for i, (t, _) in enumerate(facts, 1))
            + "."
        )
    else:
        text = "Final layout - " + "; ".join(t for t, _ in facts) + "."
    return _goal(w, text, *(c for _, c in facts))


def t93_multi_picture(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    x, g = w.pick(w.blocks, 2)
    p = w.rng.choice(list(PLACES))
    where = _at(w, p)
    text = w.rng.choice(
        [
            f"In the picture of the finished table, the {x} is in the bin, the {bowl} is empty and the {g} sits {where}.",
            f"Imagine the end result: an empty {bowl}, the {g} {where} and the {x} in the bin.",
        ]
    )
    return _goal(w, text, binned([x]), empty(bowl), rels(Rel("at", g, p)))


# ----- questions: does a described state already hold? -------------------------------------------------------
def t93_q_present(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(w.blocks, 2)
    flag = s.support[x] == y
    text = w.rng.choice(
        [
            f"Is the {x} on the {y}?",
            f"Is the {x} sitting on top of the {y} right now?",
            f"Right now, does the {x} rest on the {y}?",
        ]
    )
    return text, answered(yes(flag))


def _bowl_fact(w: World) -> tuple[str, str, bool]:
    """(block, bowl, whether the block is in the bowl now), true about half the time when possible."""
    s = w.state
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        return x, s.base(x), True
    x = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    return x, bowl, s.base(x) == bowl


def t93_q_future(w: World) -> Made:
    x, bowl, flag = _bowl_fact(w)
    text = w.rng.choice(
        [
            f"If nothing gets moved, will the {x} be in the {bowl}?",
            f"Leaving everything as it is, will the {bowl} have the {x} in it?",
            f"Say nobody touches the table: will the {x} be sitting in the {bowl}?",
        ]
    )
    return text, answered(yes(flag))


def t93_q_modal(w: World) -> Made:
    x, bowl, flag = _bowl_fact(w)
    text = w.rng.choice(
        [
            f"The {x} should be in the {bowl}. Is it there already?",
            f"Is the {x} already in the {bowl}, where it should be?",
            f"The {bowl} is supposed to hold the {x}. Does it already?",
        ]
    )
    return text, answered(yes(flag))


def t93_q_passive(w: World) -> Made:
    s = w.state
    covered = [b for b in w.blocks if s.above(b)]
    full = [b for b in w.bowls if s.in_bowl(b)]
    if covered and (not full or w.rng.random() < 0.5):
        x = w.rng.choice(covered)
        n = len(s.above(x))
        text = w.rng.choice(
            [
                f"How many blocks are stacked on top of the {x} at the moment?",
                f"How many blocks have been piled on the {x} so far?",
            ]
        )
        return text, answered(str(n))
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(s.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"How many blocks have been put in the {bowl} so far?",
            f"How many blocks are sitting in the {bowl} right now?",
        ]
    )
    return text, answered(str(n))


def t93_q_list(w: World) -> Made:
    s = w.state
    true: list[str] = []
    false: list[str] = []
    for x in w.blocks:
        if s.support[x] == TABLE and s.is_clear(x):
            true.append(f"{x} on the table")
        elif s.base(x) in s.bowls:
            false.append(f"{x} on the table")
        for bowl in w.bowls:
            (true if s.base(x) == bowl else false).append(f"{x} in the {bowl}")
        for y in w.blocks:
            if y != x:
                (true if s.support[x] == y else false).append(f"{x} on the {y}")
    if len(true) >= 2 and w.rng.random() < 0.5:
        facts, flag = w.rng.sample(true, 2), True
    else:
        facts = [w.rng.choice(true + false), w.rng.choice(false)]
        if facts[0] == facts[1]:
            return None
        w.rng.shuffle(facts)
        flag = False
    a, b = facts
    text = w.rng.choice(
        [
            f"Is this already the layout: {a}, {b}?",
            f"Quick check, yes or no: {a}; {b}. Is that how the table is now?",
            f"Does the table already show the following: {a} and {b}?",
        ]
    )
    return text, answered(yes(flag))


def t93_q_picture(w: World) -> Made:
    s = w.state
    single = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    pairs = _single_pairs(w)
    if pairs and (not single or w.rng.random() < 0.5):
        top, below = w.rng.choice(pairs)
        text = w.rng.choice(
            [
                f"Looking at the table as it is now, which block is sitting on the {below}?",
                f"In the current picture, what block is on top of the {below}?",
            ]
        )
        return text, answered(top)
    if not single:
        return None
    bowl = w.rng.choice(single)
    (x,) = s.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Looking at the table as it is now, which block is in the {bowl}?",
            f"In the current picture, what's sitting in the {bowl}?",
        ]
    )
    return text, answered(x)


# ----- matching colours ---------------------------------------------------------------------------------
def t93_match_present(w: World) -> Made:
    goal = matching(w)
    if not goal:
        return None
    if len(goal) == len(w.bowls):
        text = w.rng.choice(
            [
                "Each bowl holds the block of its own colour.",
                "Every bowl has the block of the same colour in it.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                "Every block that has a bowl of the same colour sits in that bowl.",
                "Each block with a matching bowl is in it.",
            ]
        )
    return _goal(w, text, rels(*goal))


def t93_match_future(w: World) -> Made:
    options = [(x, b) for x, b in _match_pairs(w) if w.state.base(x) != b]
    if not options:
        return None
    x, bowl = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"The {x} will be in the bowl of the same colour.",
            f"The {x} will end up in its matching bowl.",
            f"By the end, the {x} will be sitting in the bowl that matches its colour.",
        ]
    )
    return _goal(w, text, rels(Rel("in", x, bowl)))


def t93_match_modal(w: World) -> Made:
    goal = matching(w)
    if not goal:
        return None
    matched = {r.block for r in goal}
    rest = [b for b in w.blocks if b not in matched]

    def out(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) not in f.bowls for b in rest)

    text = w.rng.choice(
        [
            (
                "The blocks should be sorted into the bowls by colour, and any block without a bowl of its colour"
                " should stay out of the bowls."
            ),
            "Blocks should sit in the bowls of their own colour, and no other block should be in a bowl.",
        ]
    )
    return _goal(w, text, rels(*goal), out)


def t93_match_passive(w: World) -> Made:
    options = [(x, b) for x, b in _match_pairs(w) if w.state.base(x) != b]
    if not options:
        return None
    x, bowl = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"The {bowl} is given the block that matches it.",
            f"The block matching the {bowl} is placed in it.",
            f"The {bowl} gets filled with the block of the same colour.",
        ]
    )
    return _goal(w, text, rels(Rel("in", x, bowl)))


def t93_match_list(w: World) -> Made:
    pairs = _match_pairs(w)
    if not pairs:
        return None
    w.rng.shuffle(pairs)
    items = [f"{x} in the {b}" for x, b in pairs]
    text = w.rng.choice(
        [
            "Colour to colour: " + ", ".join(items) + ".",
            "Final layout, matched by colour - " + "; ".join(items) + ".",
        ]
    )
    return _goal(w, text, rels(*(Rel("in", x, b) for x, b in pairs)))


def t93_match_picture(w: World) -> Made:
    pairs = _match_pairs(w)
    if not pairs:
        return None
    if len(pairs) == len(w.bowls):
        text = w.rng.choice(
            [
                "Picture the finished table: every bowl holds the block of its own colour and nothing else.",
                "In the final picture each bowl has just its matching block in it, nothing more.",
            ]
        )
    else:
        items = [f"the {b} holds only the {x}" for x, b in pairs]
        text = "Picture the finished table: " + " and ".join(items) + "."
    return _goal(w, text, *(_only_in(b, x) for x, b in pairs))


# ----- the list -------------------------------------------------------------------------------------------
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
_STYLES = ("present", "future", "modal", "passive", "list", "picture")
FRESH93: list[Template] = [
    (f"t93_{short}_{style}", category, globals()[f"t93_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
