"""`FRESH84`, the eighty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: goals in many grammatical shapes. Every category is said as a goal rather than a command wherever it
can be: the passive voice ("the red block is to be put in the blue bowl"), "there is/are" sentences ("there
should be two blocks in the blue bowl"), possessives and "has/have" ("the blue bowl has the red block in
it"), relative clauses and pseudo-clefts ("the bowl that the red block ends up in is the blue one"), goals
with "so that" and "in such a way that", and comparatives or counts ("the blue bowl should have more blocks
than the red bowl"). Questions still ask about the table as it is. The six styles:

- passive: "The red block is to be stacked on the green block."
- there: "There should be exactly two blocks in the blue bowl."
- have: "At the end the blue bowl has the red block and the green block in it."
- which: "The bowl that the red block ends up in is the blue bowl."
- sothat: "The red block should be lifted off the green block in such a way that the green block ends up
  clear."
- compare: "The blue bowl should end up with as many blocks as the red bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only
the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the
layout.

Its first run (300 instructions, seed 0, on 2d3d033, after every fix before it and before anything it could prompt):
0.583 goal-correct (175 of 300), 106 refused, 6 asked, 13 wrong: five wrong actions ('All the bowls should have a
single block each.' and 'Every bowl is to have one block in it, no more.' left a bowl with two; "There shouldn't be
more blocks in W than in V." did nothing, three times) and eight wrong replies ('There are some blocks in W; how many
are there?' counted every object, twice; 'Has X already been placed inside W?', twice, 'Is X being kept in W at the
moment?', 'Does W have more blocks in it than V?' and 'Is X free of anything on top, so that it could be lifted ...?',
twice, answered 'I don't see ...').
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
    empty,
    kept,
    matching,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- helpers --------------------------------------------------------------------------------------
def _hand_empty(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    """The goal holds and nothing is left in the gripper."""
    return both(*checks, _hand_empty)


def _depth(s: SymState, b: str) -> int:
    """How many blocks the tower holds from its base up to `b`, `b` included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n += 1
        cur = s.support[cur]
    return n


def _count(s: SymState, bowl: str) -> int:
    return len(s.in_bowl(bowl))


def _room(s: SymState, bowl: str, k: int = 1) -> bool:
    return _count(s, bowl) + k <= layout.BOWL_CAPACITY


def _bin_count(s: SymState) -> int:
    return sum(s.base(b) == BIN for b in s.blocks)


def _stack_targets(w: World) -> list[str]:
    """Clear blocks that one more block can go on."""
    return [b for b in w.clear_blocks() if _depth(w.state, b) < layout.MAX_TOWER]


def _np(w: World, place: str) -> str:
    if place == "middle":
        return w.rng.choice(["the middle", "the middle of the table"])
    return f"the {place}"


def _loc(w: World, place: str) -> str:
    return f"in {_np(w, place)}"


def _matches(s: SymState) -> dict[str, str]:
    """block -> the bowl of its colour, for blocks that have one."""
    by_colour = {s.colours[b]: b for b in s.bowls}
    return {b: by_colour[s.colours[b]] for b in s.blocks if s.colours[b] in by_colour}


def _pure(_i: SymState, f: SymState) -> bool:
    return all(f.colours[b] == f.colours[f.base(b)] for b in f.in_bowls())


def _n_matched(s: SymState) -> int:
    return sum(s.base(b) == bowl for b, bowl in _matches(s).items())


def _blocks(n: int) -> str:
    return f"{_NUMBERS[n]} block" if n == 1 else f"{_NUMBERS[n]} blocks"


# ----- imperative ------------------------------------------------------------------------------------
def t84_imp_passive(w: World) -> Made:
    s = w.state
    opts = [
        (a, bw) for a in w.blocks for bw in w.bowls if s.base(a) != bw and _room(s, bw)
    ]
    if not opts:
        return None
    a, bw = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Have the {a} put in the {bw}.",
            f"Get the {a} placed in the {bw}, please.",
            f"See that the {a} gets put into the {bw}.",
        ]
    )
    return text, _done(rels(Rel("in", a, bw)))


def t84_imp_there(w: World) -> Made:
    covered = sorted({below for _, below in w.pairs()})
    if not covered:
        return None
    b = w.rng.choice(covered)
    text = w.rng.choice(
        [
            f"Make sure there's nothing on top of the {b}.",
            f"See to it that there is nothing resting on the {b}.",
            f"Sort things out so there's nothing sitting on the {b} any more.",
        ]
    )
    return text, _done(rels(Rel("clear", b)))


def t84_imp_have(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Make sure {_np(w, p)} has the {a} on it.",
            f"See to it that {_np(w, p)} has the {a} sitting there.",
            f"Fix it so that {_np(w, p)} has the {a} in it.",
        ]
    )
    return text, _done(rels(Rel("at", a, p)))


def t84_imp_which(w: World) -> Made:
    tops = _stack_targets(w)
    opts = [(a, b) for a in w.clear_blocks() for b in tops if a != b]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Make sure the block that ends up on the {b} is the {a}.",
            f"See to it that the block sitting on top of the {b} at the end is the {a}.",
            f"Make it so that the block resting on the {b} is the {a}.",
        ]
    )
    return text, _done(rels(Rel("on", a, b)))


def t84_imp_sothat(w: World) -> Made:
    s = w.state
    opts = [(a, bw) for a in w.blocks for bw in w.bowls if s.in_bowl(bw) != [a]]
    if not opts:
        return None
    a, bw = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Move the blocks around so that the {a} is the only block in the {bw}.",
            f"Rearrange things so that the {bw} holds the {a} and nothing else.",
            f"Shuffle the blocks so that the {a} ends up alone in the {bw}.",
        ]
    )
    return text, _done(lambda _i, f: f.in_bowl(bw) == [a])


def t84_imp_compare(w: World) -> Made:
    s = w.state
    opts = [
        (b1, b2)
        for b1 in w.bowls
        for b2 in w.bowls
        if b1 != b2 and _count(s, b1) <= _count(s, b2)
    ]
    if not opts:
        return None
    b1, b2 = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Make the {b1} hold more blocks than the {b2}.",
            f"Get the {b1} to have more blocks in it than the {b2}.",
            f"Arrange it so the {b1} has more blocks in it than the {b2} does.",
        ]
    )
    return text, _done(lambda _i, f: _count(f, b1) > _count(f, b2))


# ----- declarative -----------------------------------------------------------------------------------
def t84_dec_passive(w: World) -> Made:
    tops = _stack_targets(w)
    opts = [(a, b) for a in w.clear_blocks() for b in tops if a != b]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {a} is to be stacked on the {b}.",
            f"The {a} should be placed on top of the {b}.",
            f"The {a} is supposed to be set down on the {b}.",
        ]
    )
    return text, _done(rels(Rel("on", a, b)))


def t84_dec_there(w: World) -> Made:
    s = w.state
    bw = w.rng.choice(w.bowls)
    cur = _count(s, bw)
    ns = [
        n
        for n in (cur - 1, cur + 1, cur + 2)
        if 1 <= n <= layout.BOWL_CAPACITY and n <= len(w.blocks)
    ]
    if not ns:
        return None
    n = w.rng.choice(ns)
    text = w.rng.choice(
        [
            f"There should be exactly {_blocks(n)} in the {bw}.",
            f"There are to be {_blocks(n)} in the {bw}, no more and no fewer.",
            f"In the end there should be just {_blocks(n)} in the {bw}.",
        ]
    )
    return text, _done(count_in(bw, n))


def t84_dec_have(w: World) -> Made:
    s = w.state
    bw = w.rng.choice(w.bowls)
    out = [b for b in w.blocks if s.base(b) != bw]
    if len(out) < 2 or not _room(s, bw, 2):
        return None
    a, c = w.pick(out, 2)
    text = w.rng.choice(
        [
            f"At the end the {bw} has the {a} and the {c} in it.",
            f"The {bw} is supposed to have both the {a} and the {c} inside it.",
            f"When you're finished, the {bw} has the {a} and the {c} in it.",
        ]
    )
    return text, _done(rels(Rel("in", a, bw), Rel("in", c, bw)))


def t84_dec_which(w: World) -> Made:
    s = w.state
    opts = [
        (a, bw) for a in w.blocks for bw in w.bowls if s.base(a) != bw and _room(s, bw)
    ]
    if not opts:
        return None
    a, bw = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The bowl that the {a} ends up in is the {bw}.",
            f"The {bw} is the bowl that the {a} should end up in.",
            f"The bowl where the {a} belongs is the {bw}.",
        ]
    )
    return text, _done(rels(Rel("in", a, bw)))


def t84_dec_sothat(w: World) -> Made:
    opts = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {a} is to come off the {b}, so that nothing is left on top of the {b}.",
            f"The {a} should be lifted off the {b} in such a way that the {b} ends up clear.",
            f"The {a} needs to be taken off the {b} so that the {b} has nothing on it.",
        ]
    )
    return text, _done(rels(Rel("clear", b)))


def t84_dec_compare(w: World) -> Made:
    s = w.state
    opts = [
        (b1, b2)
        for b1 in w.bowls
        for b2 in w.bowls
        if b1 != b2 and _count(s, b1) != _count(s, b2)
    ]
    if not opts:
        return None
    b1, b2 = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {b1} should end up with as many blocks as the {b2}.",
            f"The {b1} and the {b2} are to hold the same number of blocks.",
            f"There should be just as many blocks in the {b1} as in the {b2}.",
        ]
    )
    return text, _done(lambda _i, f: _count(f, b1) == _count(f, b2))


# ----- desiderative ----------------------------------------------------------------------------------
def t84_des_passive(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"I'd like the {a} to be thrown in the bin.",
            f"I want the {a} put into the bin.",
            f"I'd love for the {a} to be dropped in the bin.",
        ]
    )
    return text, _done(rels(Rel("in_bin", a)))


def t84_des_there(w: World) -> Made:
    full = [bw for bw in w.bowls if _count(w.state, bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    text = w.rng.choice(
        [
            f"I want there to be nothing in the {bw}.",
            f"I'd like there to be no blocks left in the {bw}.",
            f"What I'd like is for there to be nothing at all inside the {bw}.",
        ]
    )
    return text, _done(empty(bw))


def t84_des_have(w: World) -> Made:
    a, c = w.pick(w.blocks, 2)
    text = w.rng.choice(
        [
            f"I'd like the bin to have the {a} and the {c} in it.",
            f"I want the bin to end up with the {a} and the {c} inside.",
            f"I'd like it if the bin had both the {a} and the {c} in it.",
        ]
    )
    return text, _done(binned([a, c]))


def t84_des_which(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"What I want is for the {a} to end up {_loc(w, p)}.",
            f"What I'd like is the {a} sitting {_loc(w, p)}.",
            f"Where I want the {a} is {_np(w, p)}.",
        ]
    )
    return text, _done(rels(Rel("at", a, p)))


def t84_des_sothat(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bw = w.state.base(a)
    text = w.rng.choice(
        [
            f"I'd like the blocks moved so that the {a} is out of the {bw} and sitting on the table.",
            f"I want things rearranged so that the {a} sits on the table rather than in the {bw}.",
            f"I'd like the {a} taken out of the {bw} in such a way that it ends up on the table.",
        ]
    )
    return text, _done(rels(Rel("on_table", a)))


def t84_des_compare(w: World) -> Made:
    s = w.state
    opts = [bw for bw in w.bowls if _room(s, bw) and _count(s, bw) < len(w.blocks)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    n = _count(s, bw) + 1
    text = w.rng.choice(
        [
            f"I'd like one more block in the {bw} than there is now.",
            f"I want the {bw} to have one block more than it has right now.",
            f"I'd like the {bw} to end up holding exactly one more block than it does now.",
        ]
    )
    return text, _done(count_in(bw, n))


# ----- quantified ------------------------------------------------------------------------------------
def t84_qua_passive(w: World) -> Made:
    if len(w.blocks) > len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        [
            "Every block is to be put in the bin.",
            "All of the blocks should be thrown into the bin.",
            "Each and every block ought to be dropped in the bin.",
        ]
    )
    return text, _done(binned(w.blocks))


def t84_qua_there(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or all(_count(s, bw) for bw in w.bowls):
        return None
    bowls = w.bowls
    text = w.rng.choice(
        [
            "There should be at least one block in every bowl.",
            "There ought to be a block in each of the bowls.",
            "There should be no empty bowl left: every bowl gets at least one block.",
        ]
    )
    return text, _done(lambda _i, f: all(_count(f, bw) for bw in bowls))


def t84_qua_have(w: World) -> Made:
    s = w.state
    bowls = w.bowls
    if len(bowls) < 2 or all(_count(s, bw) == 1 for bw in bowls):
        return None
    text = w.rng.choice(
        [
            "Each of the bowls should have exactly one block in it.",
            "Every bowl is to have one block in it, no more.",
            "All the bowls should have a single block each.",
        ]
    )
    return text, _done(lambda _i, f: all(_count(f, bw) == 1 for bw in bowls))


def t84_qua_which(w: World) -> Made:
    s = w.state
    out = [b for b in w.blocks if s.base(b) not in s.bowls]
    if not w.in_bowls() or not 2 <= len(out) <= len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        [
            "All the blocks that aren't in a bowl are to go in the bin.",
            "Every block that is not sitting in a bowl should be put in the bin.",
            "Any block that isn't already in a bowl is to be thrown in the bin.",
        ]
    )
    return text, _done(binned(out))


def t84_qua_sothat(w: World) -> Made:
    a, c = w.pick(w.blocks, 2)
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Both the {a} and the {c} should be put {_loc(w, p)}, so that they sit there side by side.",
            f"The {a} and the {c} are both to go {_loc(w, p)}, in such a way that neither is on top of the other.",
        ]
    )
    return text, _done(lambda _i, f: f.support[a] == p and f.support[c] == p)


def t84_qua_compare(w: World) -> Made:
    n = len(w.blocks)
    if n // 2 + 1 > len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        [
            "More than half of the blocks should end up in the bin.",
            "Over half the blocks are to go in the bin.",
            "The bin should hold more than half of all the blocks.",
        ]
    )
    return text, _done(lambda _i, f: 2 * _bin_count(f) > n)


# ----- negated ---------------------------------------------------------------------------------------
def t84_neg_passive(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bw = w.state.base(a)
    text = w.rng.choice(
        [
            f"The {a} is not to be left in the {bw}.",
            f"The {a} shouldn't stay in the {bw}.",
            f"The {a} must not be kept in the {bw} any longer.",
        ]
    )
    return text, _done(rels(Rel("in", a, bw, negated=True)))


def t84_neg_there(w: World) -> Made:
    text = w.rng.choice(
        [
            "There shouldn't be any blocks left on the table.",
            "There must not be a single block left standing on the table.",
            "There should be no blocks on the table when you're done.",
        ]
    )
    return text, _done(lambda _i, f: not f.on_the_table())


def t84_neg_have(w: World) -> Made:
    s = w.state
    bowls = w.bowls
    if all(_count(s, bw) <= 1 for bw in bowls):
        return None
    text = w.rng.choice(
        [
            "No bowl should have more than one block in it.",
            "None of the bowls should have more than a single block inside.",
            "Not one bowl is to have two or more blocks in it.",
        ]
    )
    return text, _done(lambda _i, f: all(_count(f, bw) <= 1 for bw in bowls))


def t84_neg_which(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"What I don't want is the {a} being left on the {b}.",
            f"What shouldn't happen is the {a} staying on top of the {b}.",
            f"The one thing I don't want is the {a} still sitting on the {b}.",
        ]
    )
    return text, _done(rels(Rel("on", a, b, negated=True)))


def t84_neg_sothat(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    text = w.rng.choice(
        [
            f"The {a} should be moved so that it is not in any bowl.",
            f"Move the {a} in such a way that it is no longer in a bowl.",
            f"The {a} has to go somewhere so that it isn't in a bowl at all.",
        ]
    )
    return text, _done(lambda _i, f: f.base(a) not in f.bowls)


def t84_neg_compare(w: World) -> Made:
    s = w.state
    opts = [
        (b1, b2)
        for b1 in w.bowls
        for b2 in w.bowls
        if b1 != b2 and _count(s, b1) > _count(s, b2)
    ]
    if not opts:
        return None
    b1, b2 = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {b1} shouldn't have more blocks in it than the {b2}.",
            f"There shouldn't be more blocks in the {b1} than in the {b2}.",
            f"The {b1} must not end up holding more blocks than the {b2}.",
        ]
    )
    return text, _done(lambda _i, f: _count(f, b1) <= _count(f, b2))


# ----- relative --------------------------------------------------------------------------------------
def t84_rel_passive(w: World) -> Made:
    s = w.state
    opts = [
        (x, b, bw)
        for x, b in w.pairs()
        for bw in w.bowls
        if s.base(b) != bw and _room(s, bw)
    ]
    if not opts:
        return None
    x, b, bw = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The block that is sitting on the {b} is to be put in the {bw}.",
            f"The block that's on top of the {b} should be moved into the {bw}.",
            f"Whichever block is resting on the {b} is to go in the {bw}.",
        ]
    )
    return text, _done(rels(Rel("in", x, bw)))


def t84_rel_there(w: World) -> Made:
    s = w.state
    single = [bw for bw in w.bowls if len(s.in_bowl(bw)) == 1]
    if not single:
        return None
    bw = w.rng.choice(single)
    x = s.in_bowl(bw)[0]
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"There's a block in the {bw} which needs to end up {_loc(w, p)}.",
            f"There is a block inside the {bw} that should be moved to {_np(w, p)}.",
            f"The one block there is in the {bw} should go {_loc(w, p)}.",
        ]
    )
    return text, _done(rels(Rel("at", x, p)))


def t84_rel_have(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bw = w.state.base(a)
    text = w.rng.choice(
        [
            f"The bowl that has the {a} in it should end up with nothing in it.",
            f"The bowl which has the {a} in it is to be emptied.",
            f"Whichever bowl has the {a} inside should be left empty.",
        ]
    )
    return text, _done(empty(bw))


def t84_rel_which(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The block that the {a} is resting on should be moved to the bin.",
            f"The block the {a} is sitting on is to go in the bin.",
            f"The block which the {a} is stacked on should be thrown in the bin.",
        ]
    )
    return text, _done(rels(Rel("in_bin", y)))


def t84_rel_sothat(w: World) -> Made:
    s = w.state
    bw = w.rng.choice(w.bowls)
    if not _room(s, bw):
        return None
    others = sorted((w.dist(b, bw), b) for b in w.blocks if s.base(b) != bw)
    if len(others) < 2:
        return None
    (d0, x), (d1, _) = others[0], others[1]
    if d1 - d0 < 0.03 or s.support[x] != TABLE or not s.is_clear(x):
        return None
    text = w.rng.choice(
        [
            f"The block outside the {bw} that is closest to it should be moved so that it ends up in the {bw}.",
            (
                f"The block nearest to the {bw}, of those not already in it, is to be put in such a way that it sits "
                f"inside the {bw}."
            ),
        ]
    )
    return text, _done(rels(Rel("in", x, bw)))


def t84_rel_compare(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    counts = sorted(((_count(s, bw), bw) for bw in w.bowls), reverse=True)
    if counts[0][0] == 0 or counts[0][0] == counts[1][0]:
        return None
    contents = s.in_bowl(counts[0][1])
    text = w.rng.choice(
        [
            "The bowl that has the most blocks in it should be emptied into the bin.",
            "Whichever bowl holds the most blocks is to have its blocks tipped into the bin.",
            "The blocks in the bowl that has more blocks than any other are to be put in the bin.",
        ]
    )
    return text, _done(binned(contents))


# ----- keep ------------------------------------------------------------------------------------------
def t84_keep_passive(w: World) -> Made:
    tops = _stack_targets(w)
    opts = [
        (a, b, c)
        for a in w.clear_blocks()
        for b in tops
        for c in w.blocks
        if len({a, b, c}) == 3
    ]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {a} is to be put on the {b}, and the {c} is to be left where it is.",
            f"The {a} should be stacked on the {b}, while the {c} is left alone.",
            f"The {a} is meant to end up on top of the {b}; the {c} is not to be moved.",
        ]
    )
    return text, _done(rels(Rel("on", a, b)), kept(c))


def t84_keep_there(w: World) -> Made:
    s = w.state
    full = [bw for bw in w.bowls if _count(s, bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    rest = [c for c in w.blocks if s.base(c) != bw]
    if not rest:
        return None
    c = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"There should be nothing left in the {bw}, but the {c} has to stay where it is.",
            f"There are to be no blocks in the {bw}, and the {c} should stay put.",
            f"There should be no block in the {bw} at the end, with the {c} left exactly where it is.",
        ]
    )
    return text, _done(empty(bw), kept(c))


def t84_keep_have(w: World) -> Made:
    s = w.state
    opts = [
        (a, bw, c)
        for a in w.clear_blocks()
        for bw in w.bowls
        for c in w.blocks
        if s.base(a) != bw and _room(s, bw) and c != a
    ]
    if not opts:
        return None
    a, bw, c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {bw} should have the {a} in it, and the {c} must keep its spot.",
            f"The {bw} is to end up with the {a} inside it, while the {c} stays where it is.",
            f"The {a} should be in the {bw} when you're done; the {c} keeps its place.",
        ]
    )
    return text, _done(rels(Rel("in", a, bw)), kept(c))


def t84_keep_which(w: World) -> Made:
    opts = [(x, b) for x, b in w.pairs() if w.state.is_clear(x)]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The block that's on the {b} goes in the bin, but the {b} itself stays put.",
            f"The block sitting on top of the {b} is to be thrown in the bin, and the {b} should not be moved.",
            f"Whatever block is resting on the {b} should be put in the bin; the {b} is to stay where it is.",
        ]
    )
    return text, _done(rels(Rel("in_bin", x)), kept(b))


def t84_keep_sothat(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    a = w.rng.choice(clear)
    c = w.rng.choice([b for b in w.blocks if b != a])
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Move the {a} so that it sits {_loc(w, p)}, without disturbing the {c}.",
            f"The {a} is to be moved in such a way that it ends up {_loc(w, p)} and the {c} stays where it is.",
        ]
    )
    return text, _done(rels(Rel("at", a, p)), kept(c))


def t84_keep_compare(w: World) -> Made:
    s = w.state
    opts = []
    for b1 in w.bowls:
        for b2 in w.bowls:
            c1, c2 = _count(s, b1), _count(s, b2)
            if b1 == b2 or c2 == 0 or c1 > c2 or c2 + 1 > layout.BOWL_CAPACITY:
                continue
            spare = [b for b in w.blocks if s.base(b) not in (b1, b2)]
            if len(spare) >= c2 + 1 - c1:
                opts.append((b1, b2))
    if not opts:
        return None
    b1, b2 = w.rng.choice(opts)
    fixed = s.in_bowl(b2)
    text = w.rng.choice(
        [
            f"The {b1} should end up with more blocks than the {b2}, while the blocks in the {b2} stay where they are.",
            f"The {b1} is to hold more blocks than the {b2}, but nothing that is in the {b2} now may be moved.",
        ]
    )
    return text, _done(lambda _i, f: _count(f, b1) > _count(f, b2), kept(*fixed))


# ----- multi-step ------------------------------------------------------------------------------------
def t84_multi_passive(w: World) -> Made:
    clear = w.clear_blocks()
    tops = _stack_targets(w)
    opts = [
        (a, c, b) for a in clear for c in clear for b in tops if len({a, b, c}) == 3
    ]
    if not opts:
        return None
    a, c, b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"First the {a} is to be put in the bin, and then the {c} is to be placed on the {b}.",
            f"The {a} should be dropped in the bin first; after that, the {c} should be stacked on the {b}.",
            f"To begin with the {a} is to go in the bin, and next the {c} is to be put on top of the {b}.",
        ]
    )
    return text, _done(rels(Rel("in_bin", a), Rel("on", c, b)))


def t84_multi_there(w: World) -> Made:
    s = w.state
    covered = sorted({below for _, below in w.pairs()})
    opts = [
        (b, bw) for b in covered for bw in w.bowls if s.base(b) != bw and _room(s, bw)
    ]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"First there should be nothing on the {b}, and after that the {b} should go in the {bw}.",
            f"To start, there must be nothing left on top of the {b}; then the {b} is to be put in the {bw}.",
            f"There should first be nothing stacked on the {b}, and then the {b} itself should end up in the {bw}.",
        ]
    )
    return text, _done(rels(Rel("in", b, bw), Rel("clear", b)))


def t84_multi_have(w: World) -> Made:
    s = w.state
    clear = w.clear_blocks()
    opts = [
        (a, c, bw)
        for a in clear
        for c in clear
        for bw in w.bowls
        if a != c and s.base(a) != bw and _room(s, bw, 2)
    ]
    if not opts:
        return None
    a, c, bw = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {bw} should have the {a} in it first, and then the {c} on top of the {a}.",
            f"First the {bw} should get the {a}, and after that the {a} should have the {c} sitting on it.",
            f"To begin with, the {bw} is to have the {a} inside it; then the {c} should be put on the {a}.",
        ]
    )
    return text, _done(rels(Rel("in", a, bw), Rel("on", c, a)))


def t84_multi_which(w: World) -> Made:
    opts = [(a, y) for a, y in w.pairs() if w.state.is_clear(a)]
    if not opts:
        return None
    a, y = w.rng.choice(opts)
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"First the {a} should be moved to {_np(w, p)}, and then the block it was sitting on is to go in the bin.",
            (
                f"The {a} is to be put {_loc(w, p)} first; after that, the block that was underneath it should be thrown "
                "in the bin."
            ),
            f"The {a} goes {_loc(w, p)} to start with, and then the block it had been resting on goes in the bin.",
        ]
    )
    return text, _done(rels(Rel("at", a, p), Rel("in_bin", y)))


def t84_multi_sothat(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    a, c = w.pick(clear, 2)
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            (
                f"First the {a} has to be moved to {_np(w, p)}, and then the {c} should be put down in such a way that it "
                f"sits on the {a}."
            ),
            (
                f"The {a} should go {_loc(w, p)} first, and after that the {c} is to be placed so that it ends up on top "
                f"of the {a}."
            ),
        ]
    )
    return text, _done(rels(Rel("at", a, p), Rel("on", c, a)))


def t84_multi_compare(w: World) -> Made:
    s = w.state
    full = [bw for bw in w.bowls if _count(s, bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    out = [b for b in w.blocks if s.base(b) != bw]
    if not out:
        return None
    a = w.rng.choice(out)
    text = w.rng.choice(
        [
            f"First the {a} goes in the bin, and then the bin should end up holding more blocks than the {bw}.",
            (
                f"The {a} is to be put in the bin first; after that, there should be more blocks in the bin than in the "
                f"{bw}."
            ),
        ]
    )
    return text, _done(
        rels(Rel("in_bin", a)), lambda _i, f: _bin_count(f) > _count(f, bw)
    )


# ----- question --------------------------------------------------------------------------------------
def t84_q_passive(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bw = s.base(a)
    else:
        a, bw = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Has the {a} been put in the {bw}?",
            f"Has the {a} already been placed inside the {bw}?",
            f"Is the {a} being kept in the {bw} at the moment?",
        ]
    )
    return text, answered(yes(s.base(a) == bw))


def t84_q_there(w: World) -> Made:
    full = [bw for bw in w.bowls if _count(w.state, bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    text = w.rng.choice(
        [
            f"How many blocks are there in the {bw}?",
            f"How many blocks are there sitting inside the {bw} right now?",
            f"There are some blocks in the {bw}; how many are there?",
        ]
    )
    return text, answered(str(_count(w.state, bw)))


def t84_q_have(w: World) -> Made:
    s = w.state
    covered = sorted({below for _, below in w.pairs()})
    b = (
        w.rng.choice(covered)
        if covered and w.rng.random() < 0.5
        else w.rng.choice(w.blocks)
    )
    text = w.rng.choice(
        [
            f"Does the {b} have anything on top of it?",
            f"Has the {b} got a block sitting on it?",
            f"Does the {b} have another block stacked on it right now?",
        ]
    )
    return text, answered(yes(not s.is_clear(b)))


def t84_q_which(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Which block is the {a} resting on?",
            f"What's the block that the {a} is sitting on?",
            f"Which block is it that the {a} has been stacked on?",
        ]
    )
    return text, answered(y)


def t84_q_sothat(w: World) -> Made:
    s = w.state
    covered = sorted({below for _, below in w.pairs()})
    a = (
        w.rng.choice(covered)
        if covered and w.rng.random() < 0.5
        else w.rng.choice(w.blocks)
    )
    text = w.rng.choice(
        [
            f"Is the {a} uncovered, so that it could be picked up right away?",
            f"Is the {a} free of anything on top, so that it could be lifted without moving anything else first?",
        ]
    )
    return text, answered(yes(s.is_clear(a)))


def t84_q_compare(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    s = w.state
    b1, b2 = w.pick(w.bowls, 2)
    text = w.rng.choice(
        [
            f"Are there more blocks in the {b1} than in the {b2}?",
            f"Does the {b1} have more blocks in it than the {b2}?",
            f"Is the {b1} holding more blocks than the {b2}?",
        ]
    )
    return text, answered(yes(_count(s, b1) > _count(s, b2)))


# ----- matching --------------------------------------------------------------------------------------
def _fits(s: SymState, moves: dict[str, str]) -> bool:
    """Whether each bowl has room for the blocks `moves` brings in."""
    incoming: dict[str, int] = {}
    for b, bw in moves.items():
        if s.base(b) != bw:
            incoming[bw] = incoming.get(bw, 0) + 1
    return all(_room(s, bw, k) for bw, k in incoming.items())


def t84_match_passive(w: World) -> Made:
    s = w.state
    m = _matches(s)
    if not m or all(s.base(b) == bw for b, bw in m.items()) or not _fits(s, m):
        return None
    text = w.rng.choice(
        [
            "Each block is to be put in the bowl of its own colour.",
            "Every block should be placed in the bowl that has the same colour as it.",
            "The blocks are to be sorted into the bowls of matching colour.",
        ]
    )
    return text, _done(rels(*matching(w)))


def t84_match_there(w: World) -> Made:
    if _pure(w.state, w.state):
        return None
    text = w.rng.choice(
        [
            "There should be no block sitting in a bowl of a different colour.",
            "There shouldn't be any block left in a bowl that doesn't match its colour.",
            "There must not be a single bowl holding a block of another colour.",
        ]
    )
    return text, _done(_pure)


def t84_match_have(w: World) -> Made:
    s = w.state
    opts = [(x, bw) for x, bw in _matches(s).items() if s.in_bowl(bw) != [x]]
    if not opts:
        return None
    x, bw = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {bw} should have the block of its own colour in it, and nothing else.",
            f"The {bw} is to have only the block that matches its colour inside it.",
            f"The only block the {bw} should have in it is the one of the same colour.",
        ]
    )
    return text, _done(lambda _i, f: f.in_bowl(bw) == [x])


def t84_match_which(w: World) -> Made:
    s = w.state
    opts = [
        (a, bw) for a, bw in _matches(s).items() if s.base(a) != bw and _room(s, bw)
    ]
    if not opts:
        return None
    a, bw = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {a} goes in the bowl whose colour matches it.",
            f"The {a} should end up in the bowl that is the same colour as it.",
            f"The {a} is to be put in whichever bowl matches its colour.",
        ]
    )
    return text, _done(rels(Rel("in", a, bw)))


def t84_match_sothat(w: World) -> Made:
    s = w.state
    todo = [a for a, bw in _matches(s).items() if s.base(a) != bw]
    if len(todo) < 2:
        return None
    a, c = w.pick(todo, 2)
    m = _matches(s)
    if not _fits(s, {a: m[a], c: m[c]}):
        return None
    text = w.rng.choice(
        [
            f"The {a} and the {c} should be moved so that each sits in the bowl matching its colour.",
            f"Put the {a} and the {c} away in such a way that each ends up in the bowl of the same colour.",
        ]
    )
    return text, _done(rels(Rel("in", a, m[a]), Rel("in", c, m[c])))


def t84_match_compare(w: World) -> Made:
    s = w.state
    m = _matches(s)
    can = [b for b, bw in m.items() if s.base(b) == bw or _room(s, bw)]
    if len(can) < 2 or _n_matched(s) >= 2:
        return None
    text = w.rng.choice(
        [
            "At least two blocks should end up in the bowl of their own colour.",
            "No fewer than two blocks should be sitting in a bowl of the same colour as themselves.",
            "There should be two or more blocks in bowls that match their colour.",
        ]
    )
    return text, _done(lambda _i, f: _n_matched(f) >= 2)


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
_STYLES = ("passive", "there", "have", "which", "sothat", "compare")
FRESH84: list[Template] = [
    (f"t84_{short}_{style}", category, globals()[f"t84_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
