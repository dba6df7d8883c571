"""`FRESH106`, the hundred-and-seventh untuned batch: sixty language templates, six per category, for the offline planner.

Theme: goals stated as end states in the many grammatical shapes people use for them, rather than as bare
commands: passives and perfects ("the red block has been put in the blue bowl", "the red block ought to have
been binned"), causatives ("get the red block stacked on the green block", "see to it that ..."), existentials
("there should be a block on the red block", "let there be nothing in the blue bowl"), states named by adjectives
("the blue bowl empty, the red block binned") and goals about several objects at once ("both the red block and
the green block belong in the bin", "neither ... nor ... stays on the table"). The speakers vary: an engineer, a
manager, a parent, a teacher, a customer, a gamer.

- passive: "The red block should be placed on top of the green block."
- perfect: "I want the red block to have been binned by the time I get back."
- causative: "Get the red block stacked on the green block."
- existential: "Let there be no block in the blue bowl."
- stative: "First the red block binned, then the blue bowl empty."
- joint: "Neither the red block nor the green block stays on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only
the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the
layout. (While learning the lexicon's constant names, its import lines were printed too; nothing else of it.)

Each state check carries `intended`, one sequence of (block, target) moves that reaches the goal, which the
self-check applied to the symbolic state; the planner never sees it.

Its first run (300 instructions, seed 0, on c8ab7ed, after every fix before it and before anything it could prompt):
0.627 goal-correct (188 of 300), 97 refused, 2 asked, 13 wrong: 3 wrong actions ('There should be a block of the same
colour in the pink bowl.' and 'There ought to be a block in the pink bowl whose colour matches it.' put another block in
its own bowl; 'The pink block and the block which is on top of it are both to be binned.' binned only the top one and
moved the pink block onto another) and 10 wrong replies ('Do I still have to get X put on top of Y?' and 'Is there still
work to do to get X sitting on Y?', six times; 'Are X and Y both clear, with nothing stacked on them?', four times;
'Has something been placed on X?').
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
from sim.core.relations import Rel, holds


# ----- helpers --------------------------------------------------------------------------------------
def _done(*checks: Check) -> Check:
    """The goal holds and nothing is left in the gripper."""
    return both(*checks, lambda _i, f: f.held is None)


def _aim(check: Check, *moves: tuple[str, str]) -> Check:
    """Record one way of reaching the goal (moves of a block onto a target), for the self-check only."""
    check.intended = list(moves)  # type: ignore[attr-defined]
    return check


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _loose(w: World) -> list[str]:
    """Blocks whose tower stands on the table."""
    return [b for b in w.blocks if w.state.base(b) == TABLE]


def _can_stack(w: World, x: str, y: str) -> bool:
    """Whether putting `x` on `y` is a fair, feasible request that is not already true."""
    return (
        x != y
        and w.state.base(y) == TABLE
        and x not in _below(w, y)
        and w.state.support[x] != y
        and len(_below(w, y)) + 2 <= layout.MAX_TOWER
    )


def _room(w: World, bowl: str, k: int) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _in_place(place: str) -> str:
    return f"in the {place}"


def _matched(w: World) -> dict[str, str]:
    """block -> the bowl of its colour."""
    return {r.args[0]: r.args[1] for r in matching(w)}


def _off_table(block: str) -> Check:
    """The block's tower stands in a bowl or in the bin."""
    return lambda _i, f: f.base(block) in (*f.bowls, BIN)


# ----- imperative -----------------------------------------------------------------------------------
def t106_imp_passive(w: World) -> Made:
    cands = [
        (b, c)
        for b in w.blocks
        for c in w.bowls
        if w.state.base(b) != c and _room(w, c, 1)
    ]
    if not cands:
        return None
    x, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Let the {x} be put in the {c}.",
            f"Go on, let the {x} be moved into the {c}, please.",
            f"Right then: the {x} is to be placed in the {c}. Go ahead and do it.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c))), (x, c))


def t106_imp_perfect(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Make sure the {x[0]} has been moved to the {place} before you stop.",
            f"Ensure that, by the end, the {x[0]} has been placed {_in_place(place)}.",
            f"Quest objective: make it so the {x[0]} has been carried over to the {place}.",
        ]
    )
    return text, _aim(_done(rels(Rel("at", x[0], place))), (x[0], place))


def t106_imp_causative(w: World) -> Made:
    cands = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(w, x, y)]
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Get the {x} stacked on the {y}.",
            f"Have the {x} sitting on top of the {y}, please.",
            f"See to it that the {x} ends up on the {y}.",
        ]
    )
    return text, _aim(_done(rels(Rel("on", x, y))), (x, y))


def t106_imp_existential(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Make sure there's nothing left on top of the {x}.",
            f"Let there be nothing on the {x}.",
            f"Make it so that there is no block sitting on the {x} any more.",
        ]
    )
    return text, _aim(
        _done(rels(Rel("clear", x))), *((a, TABLE) for a in w.state.above(x))
    )


def t106_imp_stative(w: World) -> Made:
    cands = [c for c in w.bowls if w.state.in_bowl(c)]
    if not cands:
        return None
    c = w.rng.choice(cands)
    inside = w.state.in_bowl(c)
    order = sorted(inside, key=lambda b: -len(_below(w, b)))  # top first
    text = w.rng.choice(
        [
            f"Make the {c} empty.",
            f"Kids, leave the {c} empty, please: nothing in it.",
            f"Clear out the {c}; I want it bare.",
        ]
    )
    return text, _aim(_done(empty(c)), *((b, TABLE) for b in order))


def t106_imp_joint(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    x, y = xy
    text = w.rng.choice(
        [
            f"Put both the {x} and the {y} in the bin.",
            f"Bin the {x} and the {y}, the pair of them.",
            f"Toss the {x} as well as the {y} into the bin.",
        ]
    )
    return text, _aim(_done(binned([x, y])), (x, BIN), (y, BIN))


# ----- declarative ----------------------------------------------------------------------------------
def t106_dec_passive(w: World) -> Made:
    cands = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(w, x, y)]
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"The {x} is to be stacked on the {y}.",
            f"The {x} should be placed on top of the {y}.",
            f"Per the spec, the {x} gets mounted on the {y}.",
        ]
    )
    return text, _aim(_done(rels(Rel("on", x, y))), (x, y))


def t106_dec_perfect(w: World) -> Made:
    cands = [
        (b, c)
        for b in w.blocks
        for c in w.bowls
        if w.state.base(b) != c and _room(w, c, 1)
    ]
    if not cands:
        return None
    x, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"By the end, the {x} will have been moved into the {c}.",
            f"When you are done, the {x} ought to have been put in the {c}.",
            f"The {x} will have been dropped into the {c} by the time I'm back.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c))), (x, c))


def t106_dec_causative(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Your job is getting the {x[0]} over to the {place}.",
            f"You're going to have the {x[0]} sitting {_in_place(place)}.",
            f"The task for today is to get the {x[0]} moved to the {place}.",
        ]
    )
    return text, _aim(_done(rels(Rel("at", x[0], place))), (x[0], place))


def t106_dec_existential(w: World) -> Made:
    cands = [
        x
        for x in w.blocks
        if w.state.is_clear(x)
        and w.state.base(x) == TABLE
        and len(_below(w, x)) + 2 <= layout.MAX_TOWER
        and any(b != x and b not in _below(w, x) for b in w.blocks)
    ]
    if not cands:
        return None
    x = w.rng.choice(cands)
    other = w.rng.choice([b for b in w.blocks if b != x and b not in _below(w, x)])
    text = w.rng.choice(
        [
            f"There should be a block on the {x}.",
            f"There ought to be some block sitting on top of the {x}.",
            f"There's meant to be a block stacked on the {x}; any one will do.",
        ]
    )
    return text, _aim(_done(rels(Rel("clear", x, negated=True))), (other, x))


def t106_dec_stative(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    text = w.rng.choice(
        [
            f"The {x[0]} is supposed to be binned.",
            f"Manager's call: the {x[0]} ends up binned, full stop.",
            f"The {x[0]} is done for. Binned, that's where it belongs.",
        ]
    )
    return text, _aim(_done(binned(x)), (x[0], BIN))


def t106_dec_joint(w: World) -> Made:
    cands = [c for c in w.bowls if _room(w, c, 2)]
    if not cands:
        return None
    c = w.rng.choice(cands)
    xy = w.pick([b for b in w.blocks if w.state.base(b) != c], 2)
    if not xy:
        return None
    x, y = xy
    text = w.rng.choice(
        [
            f"Both the {x} and the {y} belong in the {c}.",
            f"The {x} and the {y} go in the {c} together.",
            f"The {x} and the {y} are both to end up in the {c}.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c), Rel("in", y, c))), (x, c), (y, c))


# ----- desiderative ---------------------------------------------------------------------------------
def t106_des_passive(w: World) -> Made:
    cands = [
        (b, c)
        for b in w.blocks
        for c in w.bowls
        if w.state.base(b) != c and _room(w, c, 1)
    ]
    if not cands:
        return None
    x, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"I'd like the {x} placed in the {c}.",
            f"I want the {x} put into the {c}, please.",
            f"As a customer, I'd like to see the {x} dropped in the {c}.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c))), (x, c))


def t106_des_perfect(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    text = w.rng.choice(
        [
            f"I want the {x[0]} to have been binned by the time I get back.",
            f"I'd like the {x[0]} to have been thrown in the bin when I return.",
            f"When I come back, I want to find that the {x[0]} has been put in the bin.",
        ]
    )
    return text, _aim(_done(binned(x)), (x[0], BIN))


def t106_des_causative(w: World) -> Made:
    cands = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(w, x, y)]
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"I'd love to have the {x} sitting on the {y}.",
            f"I want to get the {x} stacked on top of the {y}.",
            f"I'd like you to have the {x} perched on the {y}.",
        ]
    )
    return text, _aim(_done(rels(Rel("on", x, y))), (x, y))


def t106_des_existential(w: World) -> Made:
    cands = [c for c in w.bowls if not w.state.in_bowl(c)]
    if not cands:
        return None
    c = w.rng.choice(cands)
    x = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"I'd like there to be a block in the {c}; any block will do.",
            f"I want there to be at least one block inside the {c}.",
            f"What I'd like is for there to be some block in the {c}.",
        ]
    )
    return text, _aim(_done(count_in(c, 1, exact=False)), (x, c))


def t106_des_stative(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.rng.choice(cands)
    c = w.state.base(x)
    text = w.rng.choice(
        [
            f"I'd like the {x} out of the {c} and on the table.",
            f"I want the {x} lying loose on the table, not in the {c}.",
            f"Sweetie, I'd like the {x} back out on the table, please.",
        ]
    )
    return text, _aim(_done(lambda _i, f: f.base(x) in (TABLE, *PLACES)), (x, TABLE))


def t106_des_joint(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    x, y = xy
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I'd like the {x} and the {y} both {_in_place(place)}.",
            f"I want both the {x} and the {y} {_in_place(place)}.",
            f"What I'd love is the {x} together with the {y} {_in_place(place)}.",
        ]
    )
    return text, _aim(
        _done(rels(Rel("at", x, place), Rel("at", y, place))), (x, place), (y, place)
    )


# ----- quantified -----------------------------------------------------------------------------------
def t106_qua_passive(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(inside) > 5:
        return None
    order = sorted(inside, key=lambda b: -len(_below(w, b)))
    text = w.rng.choice(
        [
            "Every block that is in a bowl is to be moved to the bin.",
            "All the blocks sitting in bowls are to be put in the bin.",
            "Each block found in any of the bowls should be thrown into the bin.",
        ]
    )
    return text, _aim(_done(binned(inside)), *((b, BIN) for b in order))


def t106_qua_perfect(w: World) -> Made:
    n = w.rng.choice([1, 2, 3])
    picked = w.pick(w.blocks, n)
    if not picked:
        return None
    words = {1: "one block", 2: "two blocks", 3: "three blocks"}[n]
    text = w.rng.choice(
        [
            f"By the end, exactly {words} should have been put in the bin.",
            f"When you're finished, {words} and no more will have been binned.",
            f"Exactly {words} ought to have been dropped in the bin by the time we're done.",
        ]
    )
    return text, _aim(
        _done(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n),
        *((b, BIN) for b in picked),
    )


def t106_qua_causative(w: World) -> Made:
    cands = [c for c in w.bowls if len(w.state.in_bowl(c)) != 2]
    if not cands:
        return None
    c = w.rng.choice(cands)
    inside = w.state.in_bowl(c)
    if len(inside) > 2:
        order = sorted(inside, key=lambda b: -len(_below(w, b)))
        moves = [(b, TABLE) for b in order[: len(inside) - 2]]
    else:
        moves = [
            (b, c)
            for b in w.pick([b for b in w.blocks if b not in inside], 2 - len(inside))
        ]
    text = w.rng.choice(
        [
            f"Get the {c} holding exactly two blocks.",
            f"Have exactly two blocks sitting in the {c}.",
            f"See to it that the {c} has two blocks in it, no more, no fewer.",
        ]
    )
    return text, _aim(_done(count_in(c, 2)), *moves)


def t106_qua_existential(w: World) -> Made:
    n = w.rng.choice([1, 2, 3])
    picked = w.pick(w.blocks, n)
    if not picked:
        return None
    words = {1: "one block", 2: "two blocks", 3: "three blocks"}[n]
    text = w.rng.choice(
        [
            f"There should be {words} in the bin, no more and no fewer.",
            f"Let there be exactly {words} in the bin.",
            f"Level goal: there are exactly {words} in the bin.",
        ]
    )
    return text, _aim(
        _done(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n),
        *((b, BIN) for b in picked),
    )


def t106_qua_stative(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    order = sorted(w.blocks, key=lambda b: -len(_below(w, b)))
    text = w.rng.choice(
        [
            "Every block binned.",
            "All the blocks binned, every last one of them.",
            "Class, the end state is simple: each and every block in the bin.",
        ]
    )
    return text, _aim(_done(binned(w.blocks)), *((b, BIN) for b in order))


def t106_qua_joint(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    text = w.rng.choice(
        [
            f"Each of the {x}, the {y} and the {z} belongs in the bin.",
            f"All three of them, the {x}, the {y} and the {z}, are to end up binned.",
            f"The {x}, the {y} and the {z}: every one of those three goes in the bin.",
        ]
    )
    return text, _aim(_done(binned([x, y, z])), (x, BIN), (y, BIN), (z, BIN))


# ----- negated --------------------------------------------------------------------------------------
def t106_neg_passive(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.rng.choice(cands)
    c = w.state.base(x)
    text = w.rng.choice(
        [
            f"The {x} must not be left in the {c}.",
            f"The {x} is not to be kept in the {c} any longer.",
            f"The {x} shouldn't be sitting in the {c}.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c, negated=True))), (x, TABLE))


def t106_neg_perfect(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The {x} should not have been put on the {y}; sort that out.",
            f"The {x} was never meant to be stacked on the {y}. Fix it.",
            f"Class, the {x} ought not to have been placed on the {y}. Put that right.",
        ]
    )
    return text, _aim(_done(rels(Rel("on", x, y, negated=True))), (x, TABLE))


def t106_neg_causative(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, _y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"See to it that the {x} isn't stacked on any block.",
            f"Get the {x} down so that it is not resting on another block.",
            f"Have the {x} taken off so it's no longer on top of any block.",
        ]
    )
    return text, _aim(
        _done(lambda _i, f: f.support[x] not in f.support and f.held is None),
        (x, TABLE),
    )


def t106_neg_existential(w: World) -> Made:
    cands = [c for c in w.bowls if w.state.in_bowl(c)]
    if not cands:
        return None
    c = w.rng.choice(cands)
    order = sorted(w.state.in_bowl(c), key=lambda b: -len(_below(w, b)))
    text = w.rng.choice(
        [
            f"There shouldn't be any blocks in the {c}.",
            f"Let there be no block in the {c}.",
            f"There mustn't be a single block left in the {c}.",
        ]
    )
    return text, _aim(_done(empty(c)), *((b, TABLE) for b in order))


def t106_neg_stative(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    text = w.rng.choice(
        [
            "The bin shouldn't be empty.",
            "I don't want the bin left empty.",
            "The bin is not to stay empty; something has to go in it.",
        ]
    )
    return text, _aim(
        _done(lambda _i, f: any(f.base(b) == BIN for b in f.blocks)), (x[0], BIN)
    )


def t106_neg_joint(w: World) -> Made:
    xy = w.pick(_loose(w), 2)
    if not xy:
        return None
    x, y = xy
    text = w.rng.choice(
        [
            f"Neither the {x} nor the {y} stays on the table.",
            f"Neither the {x} nor the {y} should be left on the table.",
            f"Not the {x}, not the {y}: neither of them is to remain on the table.",
        ]
    )
    return text, _aim(_done(_off_table(x), _off_table(y)), (x, BIN), (y, BIN))


# ----- relative -------------------------------------------------------------------------------------
def t106_rel_passive(w: World) -> Made:
    cands = [
        (w.state.in_bowl(c)[0], f"that was put in the {c}")
        for c in w.bowls
        if len(w.state.in_bowl(c)) == 1
    ]
    cands += [(s, f"that the {x} has been stacked on") for x, s in w.pairs()]
    if not cands:
        return None
    x, which = w.rng.choice(cands)
    moves = [(a, TABLE) for a in w.state.above(x)] + [(x, BIN)]
    text = w.rng.choice(
        [
            f"The block {which} is to be moved to the bin.",
            f"The block {which} should be binned.",
            f"The block {which} is to be thrown in the bin.",
        ]
    )
    return text, _aim(_done(binned([x])), *moves)


def t106_rel_perfect(w: World) -> Made:
    cands = [s for s in w.blocks if len(w.state.on_top(s)) == 1]
    if not cands:
        return None
    s = w.rng.choice(cands)
    x = w.state.on_top(s)[0]
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"The block that has been stacked on the {s} ought to be moved to the {place}.",
            f"The block which was put on top of the {s} should end up {_in_place(place)}.",
            f"Whichever block has been sitting on the {s} is to be taken to the {place}.",
        ]
    )
    return text, _aim(_done(rels(Rel("at", x, place))), (x, place))


def t106_rel_causative(w: World) -> Made:
    sources = [
        (w.state.in_bowl(c)[0], f"that's in the {c}")
        for c in w.bowls
        if len(w.state.in_bowl(c)) == 1
    ]
    sources += [
        (w.state.on_top(s)[0], f"that's sitting on the {s}")
        for s in w.blocks
        if w.state.on_top(s)
    ]
    cands = [
        (x, where, y) for x, where in sources for y in w.blocks if _can_stack(w, x, y)
    ]
    if not cands:
        return None
    x, where, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Have the block {where} stacked on the {y}.",
            f"Get the block {where} put on top of the {y}.",
            f"See to it that the block {where} ends up on the {y}.",
        ]
    )
    return text, _aim(_done(rels(Rel("on", x, y))), (x, y))


def t106_rel_existential(w: World) -> Made:
    cands = [
        (w.state.on_top(s)[0], s, c)
        for s in w.blocks
        for c in w.bowls
        if len(w.state.on_top(s)) == 1 and w.state.base(s) != c and _room(w, c, 1)
    ]
    if not cands:
        return None
    x, s, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"There is a block which is sitting on the {s}; it should go in the {c}.",
            f"There's a block that rests on top of the {s}. I want it in the {c}.",
            f"There is some block on the {s}, and that block belongs in the {c}.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c))), (x, c))


def t106_rel_stative(w: World) -> Made:
    alone = [
        b
        for b in w.blocks
        if w.state.is_clear(b) and w.state.support[b] not in w.state.support
    ]
    if not alone:
        return None
    x = min(alone, key=w.y)
    if any(b != x and w.y(b) < w.y(x) + 0.03 for b in w.blocks):
        return None
    text = w.rng.choice(
        [
            "The block that is furthest to the left should end up binned.",
            "The block which lies furthest left: binned, please.",
            "Objective: the block that's the leftmost of them all, binned.",
        ]
    )
    return text, _aim(_done(binned([x])), (x, BIN))


def t106_rel_joint(w: World) -> Made:
    cands = [s for s in w.blocks if len(w.state.on_top(s)) == 1]
    if not cands:
        return None
    s = w.rng.choice(cands)
    x = w.state.on_top(s)[0]
    moves = [(b, TABLE) for b in w.state.above(x)] + [(x, BIN), (s, BIN)]
    text = w.rng.choice(
        [
            f"Both the {s} and the block that sits on it belong in the bin.",
            f"The {s} and the block which is on top of it are both to be binned.",
            f"The {s}, along with the block that's stacked on it, should end up in the bin.",
        ]
    )
    return text, _aim(_done(binned([s, x])), *moves)


# ----- keep -----------------------------------------------------------------------------------------
def t106_keep_passive(w: World) -> Made:
    cands = [
        (x, y)
        for x in w.blocks
        for y in w.blocks
        if x != y and y not in w.state.above(x)
    ]
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"The {x} is to be put in the bin; the {y} is to be left where it is.",
            f"The {x} should be binned, but the {y} must be left exactly where it is.",
            f"The {x} is to be thrown in the bin. The {y} is not to be moved.",
        ]
    )
    return text, _aim(_done(binned([x]), kept(y)), (x, BIN))


def t106_keep_perfect(w: World) -> Made:
    cands = [
        (x, y, z)
        for x in w.blocks
        for y in w.blocks
        if _can_stack(w, x, y)
        for z in w.blocks
        if z not in (x, y) and z not in w.state.above(x) and z not in w.state.above(y)
    ]
    if not cands:
        return None
    x, y, z = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Once the {x} has been stacked on the {y}, the {z} should still be exactly where it was.",
            f"When the {x} has been put on top of the {y}, the {z} must not have been moved.",
            f"By the end the {x} will have been placed on the {y}, and the {z} will have stayed put.",
        ]
    )
    return text, _aim(_done(rels(Rel("on", x, y)), kept(z)), (x, y))


def t106_keep_causative(w: World) -> Made:
    cands = [
        (x, y, c)
        for x in w.blocks
        for y in w.blocks
        for c in w.bowls
        if x != y
        and y not in w.state.above(x)
        and w.state.base(x) != c
        and _room(w, c, 1)
    ]
    if not cands:
        return None
    x, y, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Get the {x} into the {c} without having the {y} moved.",
            f"Have the {x} put in the {c}, but see to it that the {y} stays where it is.",
            f"Get the {x} sitting in the {c}; the {y} is not to be touched.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c)), kept(y)), (x, c))


def t106_keep_existential(w: World) -> Made:
    cands = [
        (c, x, b)
        for c in w.bowls
        if not w.state.in_bowl(c)
        for x in w.blocks
        for b in w.blocks
        if b != x and x not in w.state.above(b)
    ]
    if not cands:
        return None
    c, x, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"There has to be something in the {c}, and the {x} is not to move.",
            f"There should be a block in the {c}, though the {x} must stay where it is.",
            f"Let there be a block in the {c}; the {x}, however, stays put.",
        ]
    )
    return text, _aim(_done(count_in(c, 1, exact=False), kept(x)), (b, c))


def t106_keep_stative(w: World) -> Made:
    cands = [
        (x, y)
        for x in w.blocks
        for y in w.blocks
        if x != y and y not in w.state.above(x)
    ]
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"The {x} binned, the {y} untouched.",
            f"Objective: the {x} in the bin, the {y} left alone.",
            f"What I want at the end: the {x} binned and the {y} undisturbed.",
        ]
    )
    return text, _aim(_done(binned([x]), kept(y)), (x, BIN))


def t106_keep_joint(w: World) -> Made:
    cands = [
        (x, y, z)
        for x in w.blocks
        for y in w.blocks
        if x < y
        for z in w.blocks
        if z not in (x, y) and z not in w.state.above(x) and z not in w.state.above(y)
    ]
    if not cands:
        return None
    x, y, z = w.rng.choice(cands)
    if w.rng.random() < 0.5:
        x, y = y, x
    text = w.rng.choice(
        [
            f"Both the {x} and the {y} go in the bin, while the {z} stays put.",
            f"The {x} and the {y} are to be binned; the {z} is to stay where it is.",
            f"I want the {x} and the {y} both in the bin, with the {z} left untouched.",
        ]
    )
    return text, _aim(_done(binned([x, y]), kept(z)), (x, BIN), (y, BIN))


# ----- multi-step -----------------------------------------------------------------------------------
def t106_multi_passive(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"First the {x} is to be taken off the {y}, and then the {y} is to be put in the bin.",
            f"The {x} should first be lifted off the {y}; after that, the {y} is to be binned.",
            f"To begin with, the {x} is to be removed from the {y}. Then the {y} gets thrown in the bin.",
        ]
    )
    check = _done(binned([y]), rels(Rel("on", x, y, negated=True)))
    return text, _aim(check, (x, TABLE), (y, BIN))


def t106_multi_perfect(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    x, y = xy
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"After the {x} has been binned, the {y} should be moved to the {place}.",
            f"Once the {x} has been put in the bin, the {y} is to go to the {place}.",
            f"When the {x} has been thrown away in the bin, have the {y} taken to the {place}.",
        ]
    )
    return text, _aim(
        _done(binned([x]), rels(Rel("at", y, place))), (x, BIN), (y, place)
    )


def t106_multi_causative(w: World) -> Made:
    cands = [
        (x, y, z)
        for x in w.blocks
        for y in w.blocks
        for z in w.blocks
        if _can_stack(w, x, y)
        and len(_below(w, y)) + 3 <= layout.MAX_TOWER
        and z not in (x, y)
        and z not in _below(w, y)
    ]
    if not cands:
        return None
    x, y, z = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Get the {x} onto the {y}, then have the {z} put on top of the {x}.",
            f"First get the {x} stacked on the {y}; after that, have the {z} sitting on the {x}.",
            f"Have the {x} placed on the {y}, and then get the {z} stacked on the {x}.",
        ]
    )
    return text, _aim(_done(rels(Rel("on", x, y), Rel("on", z, x))), (x, y), (z, x))


def t106_multi_existential(w: World) -> Made:
    cands = [
        (c, x)
        for c in w.bowls
        if w.state.in_bowl(c)
        for x in w.blocks
        if w.state.base(x) == TABLE
        and w.state.is_clear(x)
        and len(_below(w, x)) + 2 <= layout.MAX_TOWER
    ]
    if not cands:
        return None
    c, x = w.rng.choice(cands)
    order = sorted(w.state.in_bowl(c), key=lambda b: -len(_below(w, b)))
    moves = [(b, TABLE) for b in order[1:]] + [(order[0], x)]
    text = w.rng.choice(
        [
            f"First let there be nothing in the {c}; after that, there should be a block on the {x}.",
            f"To start, there must be no blocks left in the {c}. Then let there be a block sitting on the {x}.",
            f"Let there be nothing in the {c} first, and then there ought to be some block on top of the {x}.",
        ]
    )
    return text, _aim(_done(empty(c), rels(Rel("clear", x, negated=True))), *moves)


def t106_multi_stative(w: World) -> Made:
    cands = [
        (x, c)
        for c in w.bowls
        if w.state.in_bowl(c)
        for x in w.blocks
        if w.state.base(x) != c
    ]
    if not cands:
        return None
    x, c = w.rng.choice(cands)
    order = sorted(w.state.in_bowl(c), key=lambda b: -len(_below(w, b)))
    text = w.rng.choice(
        [
            f"First the {x} binned, then the {c} empty.",
            f"Step one: the {x} in the bin. Step two: the {c} emptied out.",
            f"The {x} binned to begin with, and after that the {c} left bare.",
        ]
    )
    return text, _aim(
        _done(binned([x]), empty(c)), (x, BIN), *((b, TABLE) for b in order)
    )


def t106_multi_joint(w: World) -> Made:
    cands = [c for c in w.bowls if _room(w, c, 2)]
    if not cands:
        return None
    c = w.rng.choice(cands)
    xyz = w.pick([b for b in w.blocks if w.state.base(b) != c], 3)
    if not xyz:
        return None
    x, y, z = xyz
    text = w.rng.choice(
        [
            f"Put both the {x} and the {y} in the {c}, then the {z} in the bin.",
            f"First the {x} and the {y} both go in the {c}; after that, the {z} goes in the bin.",
            f"Have the {x} and the {y} put in the {c}, and then get the {z} binned.",
        ]
    )
    check = _done(rels(Rel("in", x, c), Rel("in", y, c)), binned([z]))
    return text, _aim(check, (x, c), (y, c), (z, BIN))


# ----- questions ------------------------------------------------------------------------------------
def t106_q_passive(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        c = w.state.base(x)
    else:
        x = w.rng.choice(w.blocks)
        c = w.rng.choice(w.bowls)
    flag = w.state.base(x) == c
    text = w.rng.choice(
        [
            f"Has the {x} been put in the {c}?",
            f"Is the {x} to be found in the {c}?",
            f"Has the {x} been placed inside the {c} already?",
        ]
    )
    return text, answered(yes(flag))


def t106_q_perfect(w: World) -> Made:
    covered = [s for _x, s in w.pairs()]
    x = w.rng.choice(covered if covered and w.rng.random() < 0.5 else w.blocks)
    flag = not w.state.is_clear(x)
    text = w.rng.choice(
        [
            f"Has anything been stacked on the {x}?",
            f"Has a block been put on top of the {x}?",
            f"Has something been placed on the {x}?",
        ]
    )
    return text, answered(yes(flag))


def t106_q_causative(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        xy = w.pick(w.blocks, 2)
        if not xy:
            return None
        x, y = xy
    flag = w.state.support[x] != y
    if flag and not _can_stack(w, x, y):
        return None
    text = w.rng.choice(
        [
            f"Do I still need to get the {x} stacked on the {y}?",
            f"Do I still have to get the {x} put on top of the {y}?",
            f"Is there still work to do to get the {x} sitting on the {y}?",
        ]
    )
    return text, answered(yes(flag))


def t106_q_existential(w: World) -> Made:
    cands = [c for c in w.bowls if w.state.in_bowl(c)]
    if not cands:
        return None
    c = w.rng.choice(cands)
    n = len(w.state.in_bowl(c))
    text = w.rng.choice(
        [
            f"How many blocks are there in the {c}?",
            f"How many blocks are there inside the {c} right now?",
            f"Tell me how many blocks there are in the {c}.",
        ]
    )
    return text, answered(str(n))


def t106_q_stative(w: World) -> Made:
    c = w.rng.choice(w.bowls)
    flag = not w.state.in_bowl(c)
    text = w.rng.choice(
        [
            f"Is the {c} empty?",
            f"Is the {c} empty right now?",
            f"Would you say the {c} is empty at the moment?",
        ]
    )
    return text, answered(yes(flag))


def t106_q_joint(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    x, y = xy
    flag = w.state.is_clear(x) and w.state.is_clear(y)
    text = w.rng.choice(
        [
            f"Are the {x} and the {y} both clear, with nothing stacked on them?",
            f"Do both the {x} and the {y} have nothing on top of them?",
            f"Are both the {x} and the {y} free, with no block resting on either?",
        ]
    )
    return text, answered(yes(flag))


# ----- matching -------------------------------------------------------------------------------------
def t106_match_passive(w: World) -> Made:
    want = matching(w)
    todo = [r for r in want if not holds(r, w.state)]
    if not todo or not all(_room(w, r.args[1], 1) for r in todo):
        return None
    moves = [(r.args[0], r.args[1]) for r in want]
    text = w.rng.choice(
        [
            "Every block is to be put in the bowl of its own colour.",
            "Each block that has a bowl of the same colour is to be placed in that bowl.",
            "Blocks are to be sorted into the bowls that match their colours.",
        ]
    )
    return text, _aim(_done(rels(*want)), *moves)


def t106_match_perfect(w: World) -> Made:
    want = matching(w)
    todo = [r for r in want if not holds(r, w.state)]
    if not todo or not all(_room(w, r.args[1], 1) for r in todo):
        return None
    moves = [(r.args[0], r.args[1]) for r in want]
    text = w.rng.choice(
        [
            "By the time I'm back, every block should have been sorted into the bowl that matches its colour.",
            "When I return, each block ought to have been put in the bowl of the same colour.",
            "Kids, by dinner every block will have been tidied into its matching bowl.",
        ]
    )
    return text, _aim(_done(rels(*want)), *moves)


def t106_match_causative(w: World) -> Made:
    cands = [
        (b, c)
        for b, c in _matched(w).items()
        if w.state.base(b) != c and _room(w, c, 1)
    ]
    if not cands:
        return None
    x, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Get the {x} into the bowl of the same colour.",
            f"Have the {x} put in the bowl that matches its colour.",
            f"See to it that the {x} ends up in its matching bowl.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c))), (x, c))


def t106_match_existential(w: World) -> Made:
    cands = [
        (b, c)
        for b, c in _matched(w).items()
        if w.state.base(b) != c and _room(w, c, 1)
    ]
    if not cands:
        return None
    x, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"There should be a block of the same colour in the {c}.",
            f"Let there be a matching block sitting in the {c}.",
            f"There ought to be a block in the {c} whose colour matches it.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c))), (x, c))


def t106_match_stative(w: World) -> Made:
    cands = [
        (b, c)
        for b, c in _matched(w).items()
        if w.state.base(b) != c and _room(w, c, 1)
    ]
    if not cands:
        return None
    x, c = w.rng.choice(cands)
    rest = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    text = w.rng.choice(
        [
            f"The {x} sorted into its matching bowl, everything else left alone.",
            f"Objective: the {x} in the bowl of its own colour, and every other block untouched.",
            f"The {x} colour-matched with its bowl; the rest of the blocks stay where they are.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c)), kept(*rest)), (x, c))


def t106_match_joint(w: World) -> Made:
    cands = [
        (x, y, c)
        for x, c in _matched(w).items()
        for y in w.blocks
        if y != x
        and w.state.base(y) != c
        and _room(w, c, 2 - (w.state.base(x) == c))
        and not (w.state.base(x) == c and w.state.base(y) == c)
    ]
    if not cands:
        return None
    x, y, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Both the {x} and the {y} belong in the bowl that's the same colour as the {x}.",
            f"The {x} and the {y} should both go in the bowl matching the {x}'s colour.",
            f"I want the {y}, and the {x} too, in the bowl whose colour matches the {x}.",
        ]
    )
    return text, _aim(_done(rels(Rel("in", x, c), Rel("in", y, c))), (x, c), (y, c))


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
_STYLES = ("passive", "perfect", "causative", "existential", "stative", "joint")
FRESH106: list[Template] = [
    (f"t106_{short}_{style}", category, globals()[f"t106_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
