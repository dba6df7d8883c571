"""`FRESH90`, the ninety-first untuned batch: sixty language templates, six per category, for the offline planner.

The theme is the plainest goal sentence: the user states how the table should look, "X is on Y" and its close
relatives ("the red block is in the blue bowl", "the blue bowl is empty", "all the blocks are in the bin", "no block
is on the table", "the red block and the blue block are stacked"), with small changes of verb. Every category is
said as a goal sentence where it fits; the questions ask about the table as it is. The six styles are the verb
forms of the goal:

- is: "The red block is on the blue block."
- should: "The red block should be in the green bowl."
- ends: "The red block ends up in the bin."
- must: "The red block has to be in the top left corner."
- will: "Hopefully, when you're done, the red block will be on the table."
- goal: "Goal: no block is on the table."

Every state check also asks that the gripper ends empty. Each check carries `moves`, the placements (block, target)
the tester intended, used only by the tester's own self-check (a plain symbolic replay, never the planner).

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2368675, after every fix before it and before anything it could prompt):
0.857 goal-correct (257 of 300), 29 refused, 3 asked, 11 wrong: six wrong actions ('The blocks have to be in the bowls
of their colour, and any block without one has to be in the bin.' binned one block, three times; 'Goal: every block in
a bowl is the same colour as that bowl.' left blocks of other colours in, twice; 'Goal: the blocks are all stacked up in
one tower.' did nothing) and five wrong replies ('Is X in W, like it should be?', twice, and 'X should be in W. Is it
there already?', three times).
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


# ----- helpers -------------------------------------------------------------------------------------
def _made(w: World, text: str, check: Check, *moves: tuple[str, str]) -> Made:
    """(text, check) unless the goal already holds; the check also wants the gripper empty at the end."""

    def done(i: SymState, f: SymState) -> bool:
        return f.held is None and check(i, f)

    if done(w.state, w.state):
        return None
    done.moves = moves  # type: ignore[attr-defined]
    return text, done


def _depth(s: SymState, block: str) -> int:
    """How many blocks from the bottom of its tower up to `block`, itself included."""
    n, below = 1, s.support[block]
    while below in s.support:
        n, below = n + 1, s.support[below]
    return n


def _below(s: SymState, block: str) -> list[str]:
    out, below = [], s.support[block]
    while below in s.support:
        out.append(below)
        below = s.support[below]
    return out


def _in(place: str) -> str:
    return f"in the {place}"


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _onto(w: World) -> tuple[str, str] | None:
    """(x, y): two clear blocks, y low enough in its tower to take x."""
    free = w.clear_blocks()
    pairs = [(x, y) for x in free for y in free if x != y and _depth(w.state, y) < layout.MAX_TOWER]
    return w.rng.choice(pairs) if pairs else None


def _into(w: World, blocks: list[str] | None = None) -> tuple[str, str] | None:
    """(block, bowl): a block not in that bowl yet, and a bowl with room for it."""
    s = w.state
    options = [
        (b, bowl)
        for b in (w.blocks if blocks is None else blocks)
        for bowl in w.bowls
        if s.base(b) != bowl and len(s.on_top(bowl)) < layout.BOWL_CAPACITY
    ]
    return w.rng.choice(options) if options else None


def _lifted(w: World) -> list[str]:
    """Blocks not resting directly on the table (on a block or in a bowl)."""
    return [b for b in w.blocks if w.state.support[b] != TABLE]


def _full(w: World) -> list[str]:
    return [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]


def _stacked_pair(x: str, y: str) -> Check:
    return lambda _i, f: f.support[x] == y or f.support[y] == x


def _matches(w: World) -> list[Rel]:
    return [r for r in matching(w) if w.state.base(r.block) != r.target]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _referents(w: World) -> list[tuple[str, list[str]]]:
    """Blocks a relative clause singles out: the only block in a bowl, or the block resting on a block."""
    s = w.state
    out = []
    for bowl in w.bowls:
        if len(s.in_bowl(bowl)) == 1:
            z = s.in_bowl(bowl)[0]
            out.append(
                (z, [f"the block in the {bowl}", f"whatever block is in the {bowl}", f"the block that's in the {bowl}"])
            )
    for top, below in w.pairs():
        out.append(
            (
                top,
                [
                    f"the block on the {below}",
                    f"whatever block is on the {below}",
                    f"the block sitting on the {below}",
                ],
            )
        )
    return out


# ----- imperative ------------------------------------------------------------------------------------
def t90_imp_is(w: World) -> Made:
    p = _onto(w)
    if p is None:
        return None
    x, y = p
    text = w.rng.choice(
        [
            f"Make it so the {x} is on the {y}.",
            f"Make it so that the {x} is on top of the {y}.",
            f"Arrange things so the {x} is sitting on the {y}.",
        ]
    )
    return _made(w, text, rels(Rel("on", x, y)), (x, y))


def t90_imp_should(w: World) -> Made:
    p = _into(w)
    if p is None:
        return None
    x, bowl = p
    text = w.rng.choice(
        [
            f"Fix the table: the {x} should be in the {bowl}.",
            f"Sort it out so the {x} is where it should be, in the {bowl}.",
            f"Put things right. The {x} should be in the {bowl}.",
        ]
    )
    return _made(w, text, rels(Rel("in", x, bowl)), (x, bowl))


def t90_imp_ends(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    text = w.rng.choice(
        [
            f"Move whatever you need to so the {x} ends up in the bin.",
            f"Do what it takes so that the {x} ends up in the bin.",
            f"Shuffle things around until the {x} ends up in the bin.",
        ]
    )
    return _made(w, text, binned([x]), (x, BIN))


def t90_imp_must(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x, place = w.rng.choice(free), _place(w)
    text = w.rng.choice(
        [
            f"Make sure the {x} is {_in(place)}; it has to be there.",
            f"See to it that the {x} is {_in(place)}. It needs to be there.",
            f"Make sure the {x} is {_in(place)}, because that's where it has to be.",
        ]
    )
    return _made(w, text, rels(Rel("at", x, place)), (x, place))


def t90_imp_will(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    x = w.rng.choice(lifted)
    text = w.rng.choice(
        [
            f"Set things up so the {x} will be on the table.",
            f"Rearrange it so that the {x} will be sitting on the table.",
        ]
    )
    return _made(w, text, rels(Rel("on_table", x)), (x, TABLE))


def t90_imp_goal(w: World) -> Made:
    p = _onto(w)
    if p is None:
        return None
    x, y = p
    text = w.rng.choice(
        [
            f"Get the table to where the {x} and the {y} are stacked.",
            f"Make it so the {x} and the {y} are stacked together.",
            f"Here's the goal, go: the {x} and the {y} are stacked.",
        ]
    )
    return _made(w, text, _stacked_pair(x, y), (x, y))


# ----- declarative -----------------------------------------------------------------------------------
def t90_dec_is(w: World) -> Made:
    p = _onto(w)
    if p is None:
        return None
    x, y = p
    text = w.rng.choice([f"The {x} is on the {y}.", f"The {x} is on top of the {y}.", f"The {x} sits on the {y}."])
    return _made(w, text, rels(Rel("on", x, y)), (x, y))


def t90_dec_should(w: World) -> Made:
    p = _into(w)
    if p is None:
        return None
    x, bowl = p
    text = w.rng.choice(
        [f"The {x} should be in the {bowl}.", f"The {x} ought to be in the {bowl}.", f"The {x} belongs in the {bowl}."]
    )
    return _made(w, text, rels(Rel("in", x, bowl)), (x, bowl))


def t90_dec_ends(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    place = _place(w)
    text = w.rng.choice(
        [f"The {x} ends up {_in(place)}.", f"In the end, the {x} is {_in(place)}.", f"The {x} finishes {_in(place)}."]
    )
    return _made(w, text, rels(Rel("at", x, place)), (x, place))


def t90_dec_must(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    text = w.rng.choice(
        [f"The {x} has to be in the bin.", f"The {x} needs to be in the bin.", f"The {x} must be in the bin."]
    )
    return _made(w, text, binned([x]), (x, BIN))


def t90_dec_will(w: World) -> Made:
    s = w.state
    options = [
        (x, y)
        for x in w.blocks
        for y in w.blocks
        if x != y and y not in _below(s, x) and x not in _below(s, y) and _depth(s, y) < layout.MAX_TOWER
    ]
    if not options:
        return None
    x, y = w.rng.choice(options)
    text = w.rng.choice(
        [f"The {x} will be on top of the {y}.", f"The {x} is going to be on the {y}.", f"The {x} will be on the {y}."]
    )
    return _made(w, text, rels(Rel("on", x, y)), (x, y))


def t90_dec_goal(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)

    def tower(_i: SymState, f: SymState) -> bool:
        sup = f.support
        return sup[a] not in sup and sup[b] == a and sup[c] == b and f.is_clear(c)

    text = w.rng.choice(
        [
            f"Goal: the {a} is at the bottom, the {b} is on it, and the {c} is on top.",
            f"Goal: a stack with the {a} on the bottom, the {b} in the middle and the {c} on top.",
            f"Goal: the {c} is on the {b}, the {b} is on the {a}, and the {a} is at the bottom.",
        ]
    )
    moves = ([(a, TABLE)] if w.state.support[a] in w.state.support else []) + [(b, a), (c, b)]
    return _made(w, text, tower, *moves)


# ----- desiderative ----------------------------------------------------------------------------------
def t90_des_is(w: World) -> Made:
    p = _into(w)
    if p is None:
        return None
    x, bowl = p
    text = w.rng.choice(
        [
            f"What I want is that the {x} is in the {bowl}.",
            f"I'd like it so the {x} is in the {bowl}.",
            f"I want it so that the {x} is in the {bowl}.",
        ]
    )
    return _made(w, text, rels(Rel("in", x, bowl)), (x, bowl))


def t90_des_should(w: World) -> Made:
    p = _onto(w)
    if p is None:
        return None
    x, y = p
    text = w.rng.choice(
        [
            f"I think the {x} should be on the {y}.",
            f"To me, the {x} should be on top of the {y}.",
            f"The way I'd like it, the {x} should be on the {y}.",
        ]
    )
    return _made(w, text, rels(Rel("on", x, y)), (x, y))


def t90_des_ends(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    text = w.rng.choice(
        [
            f"I'd like the {x} to end up in the bin.",
            f"I want the {x} to end up in the bin.",
            f"Ideally the {x} ends up in the bin.",
        ]
    )
    return _made(w, text, binned([x]), (x, BIN))


def t90_des_must(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    place = _place(w)
    text = w.rng.choice(
        [
            f"I need the {x} to be {_in(place)}.",
            f"I need the {x} {_in(place)}.",
            f"For me, the {x} needs to be {_in(place)}.",
        ]
    )
    return _made(w, text, rels(Rel("at", x, place)), (x, place))


def t90_des_will(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    x = w.rng.choice(lifted)
    text = w.rng.choice(
        [
            f"Hopefully, when you're done, the {x} will be on the table.",
            f"I'm hoping the {x} will be on the table when you're finished.",
        ]
    )
    return _made(w, text, rels(Rel("on_table", x)), (x, TABLE))


def t90_des_goal(w: World) -> Made:
    full = _full(w)
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice(
        [
            f"My goal is that the {bowl} is empty.",
            f"What I'm after: the {bowl} is empty.",
            f"I want the end result to be that the {bowl} is empty.",
        ]
    )
    return _made(w, text, empty(bowl), *((b, TABLE) for b in w.state.in_bowl(bowl)))


# ----- quantified ------------------------------------------------------------------------------------
def t90_qua_is(w: World) -> Made:
    if len(w.blocks) > len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        ["All the blocks are in the bin.", "Every block is in the bin.", "All of the blocks are in the bin."]
    )
    return _made(w, text, binned(w.blocks), *((b, BIN) for b in w.blocks))


def t90_qua_should(w: World) -> Made:
    s = w.state
    if len(w.blocks) < len(w.bowls):
        return None
    moves: list[tuple[str, str]] = []
    spare = [b for b in w.blocks if s.base(b) not in w.bowls]
    for bowl in w.bowls:
        inside = s.in_bowl(bowl)
        if len(inside) > 1:
            keep = next(b for b in inside if s.support[b] == bowl)
            for b in inside:
                if b != keep:
                    moves.append((b, TABLE))
                    spare.append(b)
    for bowl in w.bowls:
        if not s.in_bowl(bowl):
            moves.append((spare.pop(0), bowl))

    def one_each(_i: SymState, f: SymState) -> bool:
        return all(len(f.in_bowl(bowl)) == 1 for bowl in w.bowls)

    if len(w.bowls) == 1:
        text = w.rng.choice(
            [
                f"The {w.bowls[0]} should have exactly one block in it.",
                f"There should be exactly one block in the {w.bowls[0]}.",
            ]
        )
    else:
        text = w.rng.choice(
            ["Every bowl should have exactly one block in it.", "Each bowl should hold exactly one block."]
        )
    return _made(w, text, one_each, *moves)


def t90_qua_ends(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    inside = s.in_bowl(bowl)
    if len(inside) > 2:
        return None
    outside = [b for b in w.blocks if s.base(b) != bowl]
    adds = w.rng.sample(outside, 2 - len(inside))
    text = w.rng.choice(
        [
            f"Exactly two blocks end up in the {bowl}.",
            f"The {bowl} ends up with exactly two blocks in it.",
            f"In the end there are exactly two blocks in the {bowl}.",
        ]
    )
    return _made(w, text, lambda _i, f: len(f.in_bowl(bowl)) == 2, *((b, bowl) for b in adds))


def t90_qua_must(w: World) -> Made:
    s = w.state
    room = {bowl: layout.BOWL_CAPACITY - len(s.on_top(bowl)) for bowl in w.bowls}
    outside = [b for b in w.blocks if s.base(b) not in w.bowls]
    if len(outside) > sum(room.values()):
        return None
    moves = []
    for b in outside:
        bowl = next(k for k, v in room.items() if v > 0)
        room[bowl] -= 1
        moves.append((b, bowl))
    if len(w.bowls) == 1:
        bowl = w.bowls[0]
        phrasings = [f"All the blocks have to be in the {bowl}.", f"Every block needs to be in the {bowl}."]
    else:
        phrasings = [
            "All the blocks have to be in bowls.",
            "Every block needs to be in a bowl.",
            "Each block has to be in one of the bowls.",
        ]
    text = w.rng.choice(phrasings)
    return _made(w, text, lambda _i, f: all(f.base(b) in f.bowls for b in f.blocks), *moves)


def t90_qua_will(w: World) -> Made:
    picked = w.pick(w.blocks, 3)
    text = w.rng.choice(
        [
            "At least three blocks will be in the bin.",
            "The bin will have at least three blocks in it.",
            "There will be three or more blocks in the bin.",
        ]
    )
    return _made(w, text, lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) >= 3, *((b, BIN) for b in picked))


def t90_qua_goal(w: World) -> Made:
    s = w.state
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    grounded = [b for b in w.blocks if s.support[b] == TABLE]
    if not grounded:
        return None
    bottom = w.rng.choice(grounded)
    rest = [b for b in w.blocks if b != bottom]
    w.rng.shuffle(rest)
    order = [bottom, *rest]

    def one_tower(_i: SymState, f: SymState) -> bool:
        sup = f.support
        bases = [b for b in f.blocks if sup[b] not in sup]
        return len(bases) == 1 and all(len(f.on_top(b)) <= 1 for b in f.blocks)

    text = w.rng.choice(
        [
            "Goal: all the blocks are stacked in one tower.",
            "Goal: every block is in a single stack.",
            "Goal: the blocks are all stacked up in one tower.",
        ]
    )
    return _made(w, text, one_tower, *zip(order[1:], order[:-1]))


# ----- negated ---------------------------------------------------------------------------------------
def t90_neg_is(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The {x} is not on the {y} anymore.",
            f"The {x} is no longer on top of the {y}.",
            f"The {x} isn't on the {y}.",
        ]
    )
    return _made(w, text, lambda _i, f: f.support[x] != y, (x, TABLE))


def t90_neg_should(w: World) -> Made:
    full = _full(w)
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice(
        [
            f"Nothing should be in the {bowl}.",
            f"There shouldn't be any blocks in the {bowl}.",
            f"No block should be in the {bowl}.",
        ]
    )
    return _made(w, text, empty(bowl), *((b, TABLE) for b in w.state.in_bowl(bowl)))


def t90_neg_ends(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"The {x} ends up somewhere other than the {bowl}.",
            f"The {x} ends up anywhere but in the {bowl}.",
            f"The {x} doesn't end up in the {bowl}.",
        ]
    )
    return _made(w, text, lambda _i, f: f.base(x) != bowl, (x, TABLE))


def t90_neg_must(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    text = w.rng.choice(
        [
            "No block is allowed to be on another block.",
            "None of the blocks can be on top of another one.",
            "No block may be stacked on another block.",
        ]
    )
    return _made(
        w, text, lambda _i, f: all(f.support[b] not in f.support for b in f.blocks), *((x, TABLE) for x, _ in pairs)
    )


def t90_neg_will(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    x = w.rng.choice(covered)
    text = w.rng.choice(
        [f"Nothing will be on top of the {x}.", f"The {x} will have nothing on it.", f"Nothing will be on the {x}."]
    )
    return _made(w, text, rels(Rel("clear", x)), *((b, TABLE) for b in w.state.above(x)))


def t90_neg_goal(w: World) -> Made:
    s = w.state
    outside = [b for b in w.blocks if s.base(b) not in w.bowls]
    room = {bowl: layout.BOWL_CAPACITY - len(s.on_top(bowl)) for bowl in w.bowls}
    room[BIN] = len(layout.BIN_SLOTS)
    if len(outside) > sum(room.values()):
        return None
    moves = []
    for b in outside:
        target = BIN if room[BIN] > 0 else next(k for k, v in room.items() if v > 0)
        room[target] -= 1
        moves.append((b, target))
    text = w.rng.choice(
        [
            "Goal: no block is on the table.",
            "Goal: not a single block is on the table.",
            "Goal: none of the blocks is on the table.",
        ]
    )
    return _made(w, text, lambda _i, f: all(f.base(b) in (*f.bowls, BIN) for b in f.blocks), *moves)


# ----- relative --------------------------------------------------------------------------------------
def t90_rel_is(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, x = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The block that's on the {x} is in the bin.",
            f"The block sitting on top of the {x} is in the bin.",
            f"The block that is on the {x} is in the bin.",
        ]
    )
    return _made(w, text, binned([top]), (top, BIN))


def t90_rel_should(w: World) -> Made:
    refs = _referents(w)
    if not refs:
        return None
    z, phrases = w.rng.choice(refs)
    place = _place(w)
    text = f"{_cap(w.rng.choice(phrases))} should be {_in(place)}."
    return _made(w, text, rels(Rel("at", z, place)), (z, place))


def t90_rel_ends(w: World) -> Made:
    s = w.state
    options = [
        (top, x, bowl)
        for top, x in w.pairs()
        for bowl in w.bowls
        if s.base(top) != bowl and len(s.on_top(bowl)) < layout.BOWL_CAPACITY
    ]
    if not options:
        return None
    top, x, bowl = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"Whatever block is on the {x} ends up in the {bowl}.",
            f"The block on top of the {x} ends up in the {bowl}.",
            f"The block that's on the {x} ends up in the {bowl}.",
        ]
    )
    return _made(w, text, rels(Rel("in", top, bowl)), (top, bowl))


def t90_rel_must(w: World) -> Made:
    ordered = sorted(w.blocks, key=w.y)
    if len(ordered) < 2 or w.y(ordered[1]) - w.y(ordered[0]) < 0.03:
        return None
    x = ordered[0]
    text = w.rng.choice(
        [
            "The block furthest to the left has to be in the bin.",
            "The leftmost block needs to be in the bin.",
            "The block that's farthest left must be in the bin.",
        ]
    )
    return _made(w, text, binned([x]), (x, BIN))


def t90_rel_will(w: World) -> Made:
    s = w.state
    options = [(x, y) for x, y in w.pairs() if _depth(s, x) == 2]
    if not options:
        return None
    x, y = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"The block under the {x} will be in the bin.",
            f"Whatever block is under the {x} will be in the bin.",
            f"The block that's underneath the {x} will be in the bin.",
        ]
    )
    return _made(w, text, binned([y]), (y, BIN))


def t90_rel_goal(w: World) -> Made:
    s = w.state
    options = [
        (z, phrases, x)
        for z, phrases in _referents(w)
        for x in w.clear_blocks()
        if x != z and z not in _below(s, x) and _depth(s, x) < layout.MAX_TOWER
    ]
    if not options:
        return None
    z, phrases, x = w.rng.choice(options)
    text = w.rng.choice(
        [f"Goal: {w.rng.choice(phrases)} is on the {x}.", f"Goal: {w.rng.choice(phrases)} is on top of the {x}."]
    )
    return _made(w, text, rels(Rel("on", z, x)), (z, x))


# ----- keep ------------------------------------------------------------------------------------------
def t90_keep_is(w: World) -> Made:
    p = _into(w)
    if p is None:
        return None
    x, bowl = p
    others = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if not others:
        return None
    y = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"The {x} is in the {bowl} and the {y} is where it was.",
            f"The {x} is in the {bowl}, and the {y} stays where it is.",
            f"The {x} is in the {bowl}; the {y} is still where it is now.",
        ]
    )
    return _made(w, text, both(rels(Rel("in", x, bowl)), kept(y)), (x, bowl))


def t90_keep_should(w: World) -> Made:
    p = _onto(w)
    if p is None:
        return None
    x, y = p
    others = [b for b in w.blocks if b not in (x, y)]
    z = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"The {x} should be on the {y}, and the {z} should stay where it is.",
            f"The {x} should be on top of the {y}; the {z} should stay put.",
            f"The {x} should be on the {y}, but the {z} should not move.",
        ]
    )
    return _made(w, text, both(rels(Rel("on", x, y)), kept(z)), (x, y))


def t90_keep_ends(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x = w.rng.choice(free)
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"The {x} ends up in the bin and nothing else moves.",
            f"The {x} ends up in the bin; every other block stays where it is.",
            f"Only the {x} moves, and it ends up in the bin.",
        ]
    )
    return _made(w, text, both(binned([x]), kept(*others)), (x, BIN))


def t90_keep_must(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x = w.rng.choice(free)
    y = w.rng.choice([b for b in w.blocks if b != x])
    place = _place(w)
    text = w.rng.choice(
        [
            f"The {x} has to be {_in(place)}, but the {y} has to stay where it is.",
            f"The {x} needs to be {_in(place)}; the {y} must not move.",
            f"The {x} must be {_in(place)}, and the {y} has to stay put.",
        ]
    )
    return _made(w, text, both(rels(Rel("at", x, place)), kept(y)), (x, place))


def t90_keep_will(w: World) -> Made:
    full = _full(w)
    if not full:
        return None
    bowl = w.rng.choice(full)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    x = w.rng.choice(outside)
    text = w.rng.choice(
        [
            f"The {bowl} will be empty, and the {x} will still be where it is now.",
            f"The {bowl} will be empty, but the {x} will stay where it is.",
            f"The {bowl} will be empty and the {x} will not have moved.",
        ]
    )
    return _made(w, text, both(empty(bowl), kept(x)), *((b, TABLE) for b in w.state.in_bowl(bowl)))


def t90_keep_goal(w: World) -> Made:
    s = w.state
    direct = [b for b in w.blocks if s.support[b] in w.bowls]
    p = _onto(w)
    if not direct or p is None:
        return None
    x, y = p
    candidates = [z for z in direct if z not in (x, y)]
    if not candidates:
        return None
    z = w.rng.choice(candidates)
    bowl = s.support[z]
    text = w.rng.choice(
        [
            f"Goal: the {x} is on the {y}, and the {z} stays in the {bowl}.",
            f"Goal: the {x} is on top of the {y}, with the {z} still in the {bowl}.",
            f"Goal: the {x} is on the {y}; the {z} is still in the {bowl}.",
        ]
    )
    return _made(w, text, rels(Rel("on", x, y), Rel("in", z, bowl)), (x, y))


# ----- multi_step ------------------------------------------------------------------------------------
def t90_multi_is(w: World) -> Made:
    p = _onto(w)
    if p is None:
        return None
    y, z = p
    rest = [b for b in w.clear_blocks() if b not in (y, z)]
    if not rest:
        return None
    x = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"First the {x} is in the bin, then the {y} is on the {z}.",
            f"The {x} is in the bin, and after that the {y} is on the {z}.",
            f"First the {x} is in the bin. Then the {y} is on top of the {z}.",
        ]
    )
    return _made(w, text, both(binned([x]), rels(Rel("on", y, z))), (x, BIN), (y, z))


def t90_multi_should(w: World) -> Made:
    s = w.state
    options = [bowl for bowl in w.bowls if len(s.on_top(bowl)) + 2 <= layout.BOWL_CAPACITY]
    if not options:
        return None
    bowl = w.rng.choice(options)
    outside = [b for b in w.blocks if s.base(b) != bowl]
    if len(outside) < 2:
        return None
    x, y = w.rng.sample(outside, 2)
    text = w.rng.choice(
        [
            f"First the {x} should be in the {bowl}, then the {y} should be in the {bowl} too.",
            f"The {x} should be in the {bowl} first, and then the {y} should be in there as well.",
            f"The {x} should be in the {bowl}. After that, the {y} should be in the {bowl} too.",
        ]
    )
    return _made(w, text, rels(Rel("in", x, bowl), Rel("in", y, bowl)), (x, bowl), (y, bowl))


def t90_multi_ends(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    x = w.rng.choice(lifted)
    y = w.rng.choice([b for b in w.blocks if b != x])
    text = w.rng.choice(
        [
            f"Step one: the {x} ends up on the table. Step two: the {y} ends up on the {x}.",
            f"First the {x} ends up on the table, and then the {y} ends up on top of it.",
            f"The {x} ends up on the table first; then the {y} ends up on the {x}.",
        ]
    )
    return _made(w, text, rels(Rel("on_table", x), Rel("on", y, x)), (x, TABLE), (y, x))


def t90_multi_must(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    place = _place(w)
    text = w.rng.choice(
        [
            f"The {x} has to be {_in(place)} first, and then the {y} has to be on top of it.",
            f"First the {x} needs to be {_in(place)}, then the {y} needs to be on it.",
            f"The {x} must be {_in(place)} first; after that the {y} must be on the {x}.",
        ]
    )
    return _made(w, text, rels(Rel("at", x, place), Rel("on", y, x)), (x, place), (y, x))


def t90_multi_will(w: World) -> Made:
    p = _into(w)
    if p is None:
        return None
    x, bowl = p
    y = w.rng.choice([b for b in w.blocks if b != x])
    text = w.rng.choice(
        [
            f"The {x} will be in the {bowl}, and then the {y} will be on top of it.",
            f"First the {x} will be in the {bowl}, then the {y} will be on the {x}.",
            f"The {x} is going to be in the {bowl}, and after that the {y} will be on it.",
        ]
    )
    return _made(w, text, rels(Rel("in", x, bowl), Rel("on", y, x)), (x, bowl), (y, x))


def t90_multi_goal(w: World) -> Made:
    full = _full(w)
    if not full:
        return None
    bowl = w.rng.choice(full)
    x = w.rng.choice([b for b in w.blocks if w.state.base(b) != bowl])
    text = w.rng.choice(
        [
            f"Goal: first the {bowl} is empty, then the {x} is in it, alone.",
            f"Goal: the {bowl} is emptied first, and then the {x} is the only block in it.",
            f"Goal, in two steps: the {bowl} is empty; then the {x} is the one block in the {bowl}.",
        ]
    )
    moves = [*((b, TABLE) for b in w.state.in_bowl(bowl)), (x, bowl)]
    return _made(w, text, both(rels(Rel("in", x, bowl)), lambda _i, f: len(f.in_bowl(bowl)) == 1), *moves)


# ----- question --------------------------------------------------------------------------------------
def t90_q_is(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        (x, y), flag = w.rng.choice(pairs), True
    else:
        options = [(x, y) for x in w.blocks for y in w.blocks if x != y and y not in _below(s, x)]
        (x, y), flag = w.rng.choice(options), False
    text = w.rng.choice(
        [f"Is the {x} on the {y}?", f"Is the {x} sitting on the {y} right now?", f"Is the {x} on top of the {y}?"]
    )
    return text, answered(yes(flag))


def t90_q_should(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bowl, flag = s.base(x), True
    else:
        x, bowl = w.rng.choice([(b, bowl) for b in w.blocks for bowl in w.bowls if s.base(b) != bowl])
        flag = False
    text = w.rng.choice(
        [
            f"The {x} should be in the {bowl}. Is it there already?",
            f"Is the {x} in the {bowl}, like it should be?",
            f"The {x} should be in the {bowl}; is it in there now?",
        ]
    )
    return text, answered(yes(flag))


def t90_q_ends(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and not s.is_clear(b)]
    if not bottoms:
        return None
    x = w.rng.choice(bottoms)
    top = s.above(x)[0]
    text = w.rng.choice(
        [
            f"Which block is on top of the stack that starts with the {x}?",
            f"The stack with the {x} at the bottom ends with which block on top?",
            f"What's the top block of the stack that has the {x} at the bottom?",
        ]
    )
    return text, answered(top)


def t90_q_must(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"How many blocks are in the {bowl}?",
            f"I need a number: how many blocks are in the {bowl}?",
            f"Tell me how many blocks are in the {bowl} right now.",
        ]
    )
    return text, answered(str(n))


def t90_q_will(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    flag = not w.state.is_clear(x)
    text = w.rng.choice(
        [
            f"Will I have to take anything off the {x} before I can pick it up?",
            f"Is there anything on top of the {x} at the moment?",
            f"Is anything sitting on the {x} right now?",
        ]
    )
    return text, answered(yes(flag))


def t90_q_goal(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    flag = not w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Is the {bowl} empty?",
            f"Before I give you a goal: is the {bowl} empty right now?",
            f"Is the {bowl} empty at the moment?",
        ]
    )
    return text, answered(yes(flag))


# ----- matching --------------------------------------------------------------------------------------
def t90_match_is(w: World) -> Made:
    todo = _matches(w)
    if not todo:
        return None
    text = w.rng.choice(
        [
            "Every block is in the bowl of its own colour.",
            "Each block is in the bowl that's the same colour as it.",
            "Every block that has a bowl of its colour is in that bowl.",
        ]
    )
    return _made(w, text, rels(*matching(w)), *((r.block, r.target) for r in todo))


def t90_match_should(w: World) -> Made:
    todo = _matches(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    x = r.block
    text = w.rng.choice(
        [
            f"The {x} should be in the bowl of the same colour.",
            f"The {x} should be in its matching bowl.",
            f"The {x} should be in the bowl that matches it.",
        ]
    )
    return _made(w, text, rels(r), (x, r.target))


def t90_match_ends(w: World) -> Made:
    todo = _matches(w)
    if not todo:
        return None
    text = w.rng.choice(
        [
            "Every block with a bowl of its colour ends up in that bowl.",
            "Each block ends up in the bowl that matches its colour, where there is one.",
            "The blocks end up in the bowls of their own colour, wherever a bowl matches.",
        ]
    )
    return _made(w, text, rels(*matching(w)), *((r.block, r.target) for r in todo))


def t90_match_must(w: World) -> Made:
    bowl_colours = {w.colour(b) for b in w.bowls}
    rest = [b for b in w.blocks if w.colour(b) not in bowl_colours]
    if not matching(w) or not rest or len(rest) > len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        [
            "Each block that matches a bowl has to be in that bowl, and the rest have to be in the bin.",
            "The blocks have to be in the bowls of their colour, and any block without one has to be in the bin.",
            "Every block needs to be in the bowl of its colour; the ones with no such bowl need to be in the bin.",
        ]
    )
    moves = [*((r.block, r.target) for r in _matches(w)), *((b, BIN) for b in rest)]
    return _made(w, text, both(rels(*matching(w)), binned(rest)), *moves)


def t90_match_will(w: World) -> Made:
    s = w.state
    by_colour = {w.colour(b): b for b in w.blocks}
    if not all(w.colour(bowl) in by_colour for bowl in w.bowls):
        return None
    pairs = [(by_colour[w.colour(bowl)], bowl) for bowl in w.bowls]
    text = w.rng.choice(
        [
            "Each bowl will hold the block of its colour and nothing else.",
            "In the end, every bowl will have only its own colour's block in it.",
            "Every bowl will hold just the block that matches it.",
        ]
    )
    checks = [both(rels(Rel("in", b, bowl)), lambda _i, f, bowl=bowl: len(f.in_bowl(bowl)) == 1) for b, bowl in pairs]
    matched = {b for b, _ in pairs}
    moves = [(b, TABLE) for bowl in w.bowls for b in s.in_bowl(bowl) if b not in matched]
    moves += [(b, bowl) for b, bowl in pairs]
    return _made(w, text, both(*checks), *moves)


def t90_match_goal(w: World) -> Made:
    s = w.state

    def wrong(f: SymState) -> list[str]:
        return [b for b in f.blocks if f.base(b) in f.bowls and f.colours[f.base(b)] != f.colours[b]]

    bad = wrong(s)
    if not bad:
        return None
    text = w.rng.choice(
        [
            "Goal: no block is in a bowl of a different colour.",
            "Goal: no block sits in a bowl that isn't its own colour.",
            "Goal: every block in a bowl is the same colour as that bowl.",
        ]
    )
    return _made(w, text, lambda _i, f: not wrong(f), *((b, TABLE) for b in bad))


# ----- the batch -------------------------------------------------------------------------------------
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
_STYLES = ("is", "should", "ends", "must", "will", "goal")
FRESH90: list[Template] = [
    (f"t90_{short}_{style}", category, globals()[f"t90_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
