"""`FRESH112`, the hundred-and-thirteenth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: the final arrangement stated as plain facts, the way a user describes the picture they want at the end
("the red block is on the blue block", "the blue bowl holds the red block and nothing else", "the tower is red,
then blue, then green from the bottom"), one or several relations at once, in one or several sentences, with or
without a frame such as "make it so", "I want", "the goal is", "final state:" or "end result:". Blocks that a
sentence does not mention may stay where they are unless it says "the rest". Each check also asks for an empty
gripper at the end, and carries `moves`, one intended way to reach the goal (pairs of block and target), which only
the author's self-check read; the suite ignores it. The six styles are six speakers:

- engineer: "Target configuration: the red block in the top left corner, with the blue block on top of it."
- manager: "End result: the green bowl has the red block and the blue block in it."
- teacher: "First picture the red block in the blue bowl. The green block is on the red block."
- parent: "By bedtime the red block is in the bin, and so is the yellow block."
- customer: "I'd like the red block in the middle, with nothing on top of it, please."
- gamer: "Win condition: the red block on top of the blue block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(By mistake, a grep for the lexicon's constant names also printed five of its synonym lines (for the bin, the
table and "floor"); nothing else past the allowed range was read.)

Its first run (300 instructions, seed 0, on 15da47f, after every fix before it and before anything it could prompt):
0.773 goal-correct (232 of 300), 55 refused, 7 asked, 6 wrong: 4 wrong actions ("..., and the white block on the table all
by itself." binned the white block; 'Arrange things so that X sits on the table by itself.' and 'X sits on the table by
itself, and ...' left a block on X; "There's a tower of X, Y and Z, X at the bottom and Z on top." took the tower apart)
and 2 wrong replies ('Where are we at, how many blocks are currently in W?').
"""

from __future__ import annotations

from itertools import pairwise

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    both,
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

_MAX_TOWER = layout.MAX_TOWER
_BOWL_CAP = layout.BOWL_CAPACITY
_BIN_CAP = len(layout.BIN_SLOTS)


# ----- helpers ---------------------------------------------------------------------------------------
def _hand_free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _goal(*checks: Check, moves: list[tuple[str, str]]) -> Check:
    """The intended goal, with an empty gripper; `moves` is one way there (for the self-check only)."""
    check = both(*checks, _hand_free)
    check.moves = tuple(moves)  # type: ignore[attr-defined]
    return check


def _made(w: World, text: str, check: Check) -> Made:
    """(text, check), unless the goal already holds at the start."""
    return None if check(w.state, w.state) else (text, check)


def _level(s: SymState, b: str) -> int:
    """How many blocks the tower holds from its base up to `b`, `b` included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_on(s: SymState, x: str, y: str) -> bool:
    """Whether putting block `x` on block `y` is a fair, feasible and not yet true request."""
    return (
        x != y
        and s.support[x] != y
        and y not in s.above(x)
        and _level(s, y) < _MAX_TOWER
        and s.base(y) not in (BIN, GRIPPER)
    )


def _room(s: SymState, bowl: str, blocks: list[str]) -> bool:
    return len(set(s.in_bowl(bowl)) | set(blocks)) <= _BOWL_CAP


def _bin_room(s: SymState, blocks: list[str]) -> bool:
    return len({b for b in s.blocks if s.base(b) == BIN} | set(blocks)) <= _BIN_CAP


def _in(x: str, bowl: str) -> Rel:
    return Rel("in", x, bowl)


def _on(x: str, y: str) -> Rel:
    return Rel("on", x, y)


def _alone_on_table(x: str) -> Check:
    return rels(Rel("on_table", x), Rel("clear", x))


def _tower(*blocks: str) -> Check:
    """One tower, `blocks` from the bottom up, the last on top; it may stand on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        s = f.support
        return (
            s[blocks[0]] not in s
            and s[blocks[0]] not in (BIN, GRIPPER)
            and all(s[top] == below for below, top in pairwise(blocks))
            and f.is_clear(blocks[-1])
        )

    return check


def _directly_in(*pairs: tuple[str, str]) -> Check:
    """Each block rests on the floor of its bowl, not on another block."""
    return lambda _i, f: all(f.support[b] == bowl for b, bowl in pairs)


def _on_table_all(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) not in (*f.bowls, BIN, GRIPPER) for b in blocks)


def _out_of_bowls(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) not in (*f.bowls, GRIPPER) for b in blocks)


def _one_tower(blocks: list[str]) -> Check:
    """All `blocks` in a single tower, any order, anywhere but the bin."""

    def check(_i: SymState, f: SymState) -> bool:
        s = f.support
        bottoms = [b for b in blocks if s[b] not in s]
        return (
            len(bottoms) == 1
            and s[bottoms[0]] not in (BIN, GRIPPER)
            and all(len(f.on_top(b)) <= 1 for b in blocks)
        )

    return check


def _place(p: str) -> str:
    return f"the {p}"


def _one(w: World, b: str) -> str:
    """'the green one' for a block whose colour no bowl shares, else its full name."""
    c = w.colour(b)
    return (
        f"the {c} one" if all(w.colour(bowl) != c for bowl in w.bowls) else f"the {b}"
    )


def _pairs_on(w: World) -> list[tuple[str, str]]:
    return [(x, y) for x in w.blocks for y in w.blocks if _can_on(w.state, x, y)]


def _pairs_in(w: World) -> list[tuple[str, str]]:
    s = w.state
    return [
        (x, b) for x in w.blocks for b in w.bowls if s.base(x) != b and _room(s, b, [x])
    ]


def _bowl_moves(s: SymState, bowl: str, keep: list[str]) -> list[tuple[str, str]]:
    """Moves that take every block but `keep` out of `bowl`, onto the table."""
    return [(b, TABLE) for b in s.in_bowl(bowl) if b not in keep]


def _extreme(w: World) -> tuple[str, str] | None:
    """('left' | 'right', block) for a block clearly furthest to one side, if there is one."""
    side = w.rng.choice(["left", "right"])
    order = sorted(w.blocks, key=w.y, reverse=side == "right")
    if len(order) < 2 or abs(w.y(order[0]) - w.y(order[1])) < 0.03:
        return None
    return side, order[0]


def _match_pairs(w: World) -> list[tuple[str, str]]:
    return [(r.args[0], r.args[1]) for r in matching(w)]


# ----- imperative ------------------------------------------------------------------------------------
def t112_imp_engineer(w: World) -> Made:
    opts = [
        (x, y, b)
        for x in w.blocks
        for y in w.blocks
        for b in w.bowls
        if x != y and _room(w.state, b, [x, y])
    ]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Make it so that the {x} is on the {y} and the {y} is in the {bowl}.",
            f"Set things up so the {y} is in the {bowl} with the {x} resting on it.",
            f"Bring the table to this state: {x} on {y}, {y} in the {bowl}.",
        ]
    )
    return _made(
        w, text, _goal(rels(_on(x, y), _in(y, bowl)), moves=[(y, bowl), (x, y)])
    )


def t112_imp_manager(w: World) -> Made:
    opts = _pairs_in(w)
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Make sure the {x} ends up in the {bowl}.",
            f"I need the {x} in the {bowl} by the end of this. Make it happen.",
            f"Get it so the {x} is sitting in the {bowl}, that's the outcome I need.",
        ]
    )
    return _made(w, text, _goal(rels(_in(x, bowl)), moves=[(x, bowl)]))


def t112_imp_teacher(w: World) -> Made:
    s = w.state
    opts = [
        b for b in w.blocks if s.support[b] not in (TABLE, *PLACES) or not s.is_clear(b)
    ]
    if not opts:
        return None
    x = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Arrange things so that the {x} sits on the table by itself.",
            f"Make it so the {x} is on the table, all on its own.",
            f"Fix it so the {x} is standing alone on the table, with nothing on it.",
        ]
    )
    return _made(w, text, _goal(_alone_on_table(x), moves=[(x, TABLE)]))


def t112_imp_parent(w: World) -> Made:
    opts = _pairs_on(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Okay sweetie, let's make it so the {x} is sitting on top of the {y}.",
            f"Can you make it so the {x} is on the {y}, honey?",
            f"Let's have the {x} up on the {y}, okay? Make it so.",
        ]
    )
    return _made(w, text, _goal(rels(_on(x, y)), moves=[(x, y)]))


def t112_imp_customer(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    x = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"Please set it up so the {bowl} holds the {x} and nothing else.",
            f"Could you arrange it so that only the {x} is in the {bowl}?",
            f"Make it so the {bowl} has just the {x} in it, please.",
        ]
    )
    moves = [*_bowl_moves(w.state, bowl, [x]), (x, bowl)]
    return _made(w, text, _goal(rels(_in(x, bowl)), count_in(bowl, 1), moves=moves))


def t112_imp_gamer(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3) or (None, None, None)
    if a is None:
        return None
    ca, cb, cc = w.colour(a), w.colour(b), w.colour(c)
    text = w.rng.choice(
        [
            f"Make it so there's a tower that goes {ca}, then {cb}, then {cc}, from the bottom up.",
            f"Make it so the {a} is at the bottom, the {b} is on it, and the {c} is on top.",
            f"Stack it like this: {a} at the bottom, then {b}, then {c} on top. Make it so.",
        ]
    )
    return _made(w, text, _goal(_tower(a, b, c), moves=[(a, TABLE), (b, a), (c, b)]))


# ----- declarative -----------------------------------------------------------------------------------
def t112_dec_engineer(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None:
        return None
    place = w.rng.choice(PLACES)
    p = _place(place)
    text = w.rng.choice(
        [
            f"Target configuration: the {x} in {p}, with the {y} on top of it.",
            f"Final state: {x} in {p}; {y} stacked on {x}.",
            f"End state: the {x} is in {p} and the {y} sits on it.",
        ]
    )
    return _made(
        w, text, _goal(rels(Rel("at", x, place), _on(y, x)), moves=[(x, place), (y, x)])
    )


def t112_dec_manager(w: World) -> Made:
    opts = [
        (x, y, b)
        for x in w.blocks
        for y in w.blocks
        for b in w.bowls
        if x < y and _room(w.state, b, [x, y])
    ]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"End result: the {bowl} has the {x} and the {y} in it.",
            f"Deliverable: the {x} and the {y} are both in the {bowl}.",
            f"Bottom line, the {x} and the {y} are in the {bowl} when you're done.",
        ]
    )
    moves = [(b, bowl) for b in (x, y) if w.state.base(b) != bowl]
    return _made(w, text, _goal(rels(_in(x, bowl), _in(y, bowl)), moves=moves))


def t112_dec_teacher(w: World) -> Made:
    s = w.state
    opts = [
        (x, y, z)
        for x in w.blocks
        for y in w.blocks
        for z in w.blocks
        if len({x, y, z}) == 3
        and z not in s.above(x) + s.above(y)
        and _level(s, z) <= _MAX_TOWER - 2
        and s.base(z) != BIN
    ]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"When you're done, the {x} is on the {y}, and the {y} is on the {z}.",
            f"Here's the picture: the {y} on the {z}, and the {x} on the {y}.",
            f"At the end the {x} sits on the {y}, which sits on the {z}.",
        ]
    )
    return _made(w, text, _goal(rels(_on(x, y), _on(y, z)), moves=[(y, z), (x, y)]))


def t112_dec_parent(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None or not _bin_room(w.state, [x, y]):
        return None
    text = w.rng.choice(
        [
            f"By bedtime the {x} is in the bin, and so is the {y}.",
            f"At the end, the {x} and the {y} are both in the bin, okay?",
            f"Tidy-up picture: the {x} in the bin, the {y} in the bin too.",
        ]
    )
    return _made(
        w,
        text,
        _goal(rels(Rel("in_bin", x), Rel("in_bin", y)), moves=[(x, BIN), (y, BIN)]),
    )


def t112_dec_customer(w: World) -> Made:
    opts = [(x, y, b) for x in w.blocks for y, b in _pairs_in(w) if x != y]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {x} sits on the table by itself, and the {y} is in the {bowl}.",
            f"What I'm after: the {y} in the {bowl} and the {x} on the table on its own.",
            f"The {y} is in the {bowl}. The {x} is on the table with nothing on top of it.",
        ]
    )
    return _made(
        w,
        text,
        _goal(_alone_on_table(x), rels(_in(y, bowl)), moves=[(x, TABLE), (y, bowl)]),
    )


def t112_dec_gamer(w: World) -> Made:
    opts = _pairs_on(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Level complete when the {x} is on top of the {y}.",
            f"Win condition: {x} on top of {y}.",
            f"Final board: the {x} is stacked on the {y}.",
        ]
    )
    return _made(w, text, _goal(rels(_on(x, y)), moves=[(x, y)]))


# ----- desiderative ----------------------------------------------------------------------------------
def t112_des_engineer(w: World) -> Made:
    s = w.state
    opts = [
        (x, y, b)
        for x in w.blocks
        for y in w.blocks
        for b in w.bowls
        if x < y
        and len(set(s.on_top(b)) - {x, y}) + 2 <= _BOWL_CAP
        and _room(s, b, [x, y])
    ]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The goal is that the {x} and the {y} are side by side in the {bowl}.",
            f"Desired state: the {x} and the {y} next to each other in the {bowl}, neither on the other.",
            f"I want the {x} and the {y} sitting side by side in the {bowl}.",
        ]
    )
    moves = [(b, bowl) for b in (x, y) if s.support[b] != bowl]
    return _made(w, text, _goal(_directly_in((x, bowl), (y, bowl)), moves=moves))


def t112_des_manager(w: World) -> Made:
    opts = [
        (x, y, b)
        for x in w.blocks
        for y in w.blocks
        for b in w.bowls
        if x != y and _room(w.state, b, [x, y])
    ]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"What I want at the end is the {x} in the {bowl} with the {y} on top of it.",
            f"The goal: the {x} sits in the {bowl} and the {y} is stacked on it.",
            f"I'd like to see the {y} on the {x}, and the {x} in the {bowl}.",
        ]
    )
    return _made(
        w, text, _goal(rels(_in(x, bowl), _on(y, x)), moves=[(x, bowl), (y, x)])
    )


def t112_des_teacher(w: World) -> Made:
    s = w.state
    opts = [
        (x, y, b1, b2)
        for x in w.blocks
        for y in w.blocks
        for b1 in w.bowls
        for b2 in w.bowls
        if x != y and b1 != b2 and _room(s, b1, [x]) and _room(s, b2, [y])
    ]
    if not opts:
        return None
    x, y, b1, b2 = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The goal is that the {x} is in the {b1} and the {y} is in the {b2}.",
            f"What we want to see is the {x} in the {b1}, and the {y} in the {b2}.",
            f"I'd like the {y} to be in the {b2} and the {x} to be in the {b1}.",
        ]
    )
    return _made(w, text, _goal(rels(_in(x, b1), _in(y, b2)), moves=[(x, b1), (y, b2)]))


def t112_des_parent(w: World) -> Made:
    opts = [(x, b, y) for x, b in _pairs_in(w) for y in w.blocks if y != x]
    if not opts:
        return None
    x, bowl, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I want the {x} in the {bowl}, and the {y} in the bin.",
            f"What I'd like, kiddo, is the {y} in the bin and the {x} in the {bowl}.",
            f"I want to see the {x} in the {bowl} and the {y} in the bin, please.",
        ]
    )
    return _made(
        w,
        text,
        _goal(rels(_in(x, bowl), Rel("in_bin", y)), moves=[(y, BIN), (x, bowl)]),
    )


def t112_des_customer(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I'd like the {x} in the {place}, with nothing on top of it.",
            f"What I want is the {x} sitting in the {place}, on its own, nothing stacked on it.",
            f"I'd like to end up with the {x} in the {place} and nothing on it, please.",
        ]
    )
    return _made(
        w, text, _goal(rels(Rel("at", x, place), Rel("clear", x)), moves=[(x, place)])
    )


def t112_des_gamer(w: World) -> Made:
    opts = [(x, y, z) for y, z in _pairs_on(w) for x in w.blocks if x not in (y, z)]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Goal: the {x} ends up in the bin and the {y} ends up on the {z}.",
            f"I want the {x} in the bin and the {y} on top of the {z}. That's the win.",
            f"Target for this round: {y} on {z}, {x} in the bin.",
        ]
    )
    return _made(
        w, text, _goal(rels(Rel("in_bin", x), _on(y, z)), moves=[(x, BIN), (y, z)])
    )


# ----- quantified ------------------------------------------------------------------------------------
def t112_qua_engineer(w: World) -> Made:
    if len(w.blocks) > _BOWL_CAP or not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Final state: all blocks in the {bowl}.",
            f"Target: every block is inside the {bowl}.",
            f"Spec for the end state: the {bowl} contains all of the blocks.",
        ]
    )
    order = sorted(w.blocks, key=lambda b: _level(w.state, b))
    moves = [(b, bowl) for b in order if w.state.base(b) != bowl]
    return _made(w, text, _goal(rels(*(_in(b, bowl) for b in w.blocks)), moves=moves))


def t112_qua_manager(w: World) -> Made:
    if not _bin_room(w.state, w.blocks):
        return None
    text = w.rng.choice(
        [
            "End result: every block is in the bin.",
            "Bottom line: all the blocks end up in the bin.",
            "What I need at the end is all of the blocks in the bin, every single one.",
        ]
    )
    order = sorted(w.blocks, key=lambda b: _level(w.state, b))
    return _made(
        w,
        text,
        _goal(
            rels(*(Rel("in_bin", b) for b in w.blocks)), moves=[(b, BIN) for b in order]
        ),
    )


def t112_qua_teacher(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    text = w.rng.choice(
        [
            "When we're done, each bowl has exactly one block in it.",
            "Every bowl holds one block: no more, no fewer.",
            "Picture it like this: one block in every bowl, exactly one each.",
        ]
    )
    keepers = {b: s.on_top(b)[0] for b in w.bowls if s.on_top(b)}
    moves = [mv for b in w.bowls for mv in _bowl_moves(s, b, [keepers.get(b, "")])]
    pool = [b for b in w.blocks if b not in keepers.values()]
    for bowl in w.bowls:
        if bowl not in keepers:
            moves.append((pool.pop(), bowl))
    return _made(w, text, _goal(*(count_in(b, 1) for b in w.bowls), moves=moves))


def t112_qua_parent(w: World) -> Made:
    s = w.state
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    inside = sorted(s.in_bowl(bowl), key=lambda b: _level(s, b))
    text = w.rng.choice(
        [
            f"At the end, exactly two blocks are in the {bowl}.",
            f"I want just two blocks in the {bowl}, okay? Two, no more.",
            f"When we're finished, the {bowl} has two blocks in it and no more.",
        ]
    )
    if len(inside) >= 2:
        moves = [(b, TABLE) for b in inside[2:]]
    else:
        moves = [
            (b, bowl)
            for b in [b for b in w.blocks if b not in inside][: 2 - len(inside)]
        ]
    return _made(w, text, _goal(count_in(bowl, 2), moves=moves))


def t112_qua_customer(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = w.rng.choice(
        [
            "I'd like all the blocks out on the table, none in the bowls.",
            "Every block should be on the table, please; nothing left in any bowl.",
            "What I want is every single block sitting on the table.",
        ]
    )
    return _made(
        w, text, _goal(_on_table_all(w.blocks), moves=[(b, TABLE) for b in inside])
    )


def t112_qua_gamer(w: World) -> Made:
    if len(w.blocks) > _MAX_TOWER:
        return None
    text = w.rng.choice(
        [
            "Win condition: all the blocks are in one single tower.",
            "Final board: every block stacked up into one tower.",
            "Boss level: the whole set of blocks is one tall tower, all of them.",
        ]
    )
    order = w.rng.sample(w.blocks, len(w.blocks))
    moves = [(order[0], TABLE), *zip(order[1:], order)]
    return _made(w, text, _goal(_one_tower(w.blocks), moves=moves))


# ----- negated ---------------------------------------------------------------------------------------
def t112_neg_engineer(w: World) -> Made:
    opts = w.pairs()
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Postcondition: the {x} is not on the {y}.",
            f"End state: {x} not resting on {y} anymore.",
            f"Target: the {x} no longer sits on the {y}.",
        ]
    )
    return _made(
        w, text, _goal(rels(Rel("on", x, y, negated=True)), moves=[(x, TABLE)])
    )


def t112_neg_manager(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b)]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"At the end, the {bowl} is empty.",
            f"Deliverable: nothing left in the {bowl}.",
            f"When we're done, the {bowl} has nothing in it. No exceptions.",
        ]
    )
    return _made(w, text, _goal(empty(bowl), moves=_bowl_moves(w.state, bowl, [])))


def t112_neg_teacher(w: World) -> Made:
    opts = [b for b in w.blocks if not w.state.is_clear(b)]
    if not opts:
        return None
    x = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"When you're finished, nothing is sitting on the {x}.",
            f"Nothing is on top of the {x} any more at the end.",
            f"Picture the {x} with nothing on top of it. That's how it should look.",
        ]
    )
    return _made(
        w,
        text,
        _goal(rels(Rel("clear", x)), moves=[(b, TABLE) for b in w.state.on_top(x)]),
    )


def t112_neg_parent(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    if len(w.bowls) == 1:
        where = f"the {w.bowls[0]}"
        text = w.rng.choice(
            [
                f"By the end, none of the blocks are in {where}, okay?",
                f"No blocks in {where} when we're done.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                "By the end, none of the blocks are in the bowls, okay?",
                "No blocks in any of the bowls when we're done, sweetie.",
                "At the end there isn't a single block in a bowl.",
            ]
        )
    return _made(
        w, text, _goal(_out_of_bowls(w.blocks), moves=[(b, TABLE) for b in inside])
    )


def t112_neg_customer(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"I don't want the {x} in the {bowl}; it should be on the table.",
            f"The {x} is not in the {bowl} any more. It's on the table instead.",
            f"Please, the {x} isn't in the {bowl} at the end, it's out on the table.",
        ]
    )
    return _made(
        w,
        text,
        _goal(
            rels(Rel("in", x, bowl, negated=True), Rel("on_table", x)),
            moves=[(x, TABLE)],
        ),
    )


def t112_neg_gamer(w: World) -> Made:
    opts = w.pairs()
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Win condition: the {x} is not on the {y} anymore, and the {y} is in the bin.",
            f"Final board: {y} in the bin, {x} not on it.",
            f"To clear the level, the {x} can't be on the {y}, and the {y} has to be in the bin.",
        ]
    )
    check = _goal(
        rels(Rel("on", x, y, negated=True), Rel("in_bin", y)),
        moves=[(x, TABLE), (y, BIN)],
    )
    return _made(w, text, check)


# ----- relative --------------------------------------------------------------------------------------
def t112_rel_engineer(w: World) -> Made:
    s = w.state
    opts = [
        (t, y, b)
        for t, y in w.pairs()
        for b in w.bowls
        if s.base(t) != b and _room(s, b, [t])
    ]
    if not opts:
        return None
    t, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Final state: the block that is currently on the {y} is in the {bowl}.",
            f"Target: whatever block is on the {y} right now ends up in the {bowl}.",
            f"End state: the block now sitting on the {y} is in the {bowl}.",
        ]
    )
    return _made(w, text, _goal(rels(_in(t, bowl)), moves=[(t, bowl)]))


def t112_rel_manager(w: World) -> Made:
    opts = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    x = w.state.in_bowl(bowl)[0]
    text = w.rng.choice(
        [
            f"When we're done, the block that's in the {bowl} is on the table.",
            f"End result: whatever block is in the {bowl} is out on the table.",
            f"The block sitting in the {bowl} ends up on the table. That's the deliverable.",
        ]
    )
    return _made(w, text, _goal(rels(Rel("on_table", x)), moves=[(x, TABLE)]))


def t112_rel_teacher(w: World) -> Made:
    opts = [(x, s) for x, s in w.pairs() if _bin_room(w.state, [s])]
    if not opts:
        return None
    x, below = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"When we're finished, the block under the {x} is in the bin.",
            f"At the end, the block underneath the {x} is in the bin.",
            f"The block that the {x} is sitting on ends up in the bin.",
        ]
    )
    return _made(w, text, _goal(rels(Rel("in_bin", below)), moves=[(below, BIN)]))


def t112_rel_parent(w: World) -> Made:
    ext = _extreme(w)
    if ext is None:
        return None
    side, x = ext
    opts = [b for b in w.bowls if w.state.base(x) != b and _room(w.state, b, [x])]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Let's have the block that's furthest to the {side} sitting in the {bowl}.",
            f"At the end, the {side}most block is in the {bowl}, okay?",
            f"When we're done, the block on the far {side} is in the {bowl}.",
        ]
    )
    return _made(w, text, _goal(rels(_in(x, bowl)), moves=[(x, bowl)]))


def t112_rel_customer(w: World) -> Made:
    opts = [
        b
        for b in w.bowls
        if w.state.in_bowl(b) and _bin_room(w.state, w.state.in_bowl(b))
    ]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    inside = sorted(w.state.in_bowl(bowl), key=lambda b: _level(w.state, b))
    if len(inside) == 1:
        text = w.rng.choice(
            [
                f"The block that's in the {bowl} right now should end up in the bin.",
                f"I'd like whatever block is in the {bowl} at the moment to be in the bin.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"The blocks that are in the {bowl} right now should all end up in the bin.",
                f"I'd like every block that's currently in the {bowl} to be in the bin.",
            ]
        )
    return _made(
        w,
        text,
        _goal(
            rels(*(Rel("in_bin", b) for b in inside)), moves=[(b, BIN) for b in inside]
        ),
    )


def t112_rel_gamer(w: World) -> Made:
    opts = [
        (t, x, y)
        for t, x in w.pairs()
        for y in w.blocks
        if y != x and _can_on(w.state, t, y)
    ]
    if not opts:
        return None
    t, x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The block that's on top of the {x} ends up on top of the {y}.",
            f"Final board: whatever block is on the {x} now is on the {y}.",
            f"Win condition: the block sitting on the {x} is stacked on the {y} instead.",
        ]
    )
    return _made(w, text, _goal(rels(_on(t, y)), moves=[(t, y)]))


# ----- keep ------------------------------------------------------------------------------------------
def _keep_opts(w: World) -> list[tuple[str, str, str]]:
    s = w.state
    return [
        (x, y, z)
        for x, y in _pairs_on(w)
        for z in w.blocks
        if z not in (x, y, *s.above(x), *s.above(y))
    ]


def t112_keep_engineer(w: World) -> Made:
    opts = _keep_opts(w)
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Final state: the {x} on the {y}, the {z} unchanged.",
            f"Target: {x} resting on {y}. Constraint: the {z} stays where it is.",
            f"The end state has the {x} on the {y} while the {z} keeps its position.",
        ]
    )
    return _made(w, text, _goal(rels(_on(x, y)), kept(z), moves=[(x, y)]))


def t112_keep_manager(w: World) -> Made:
    s = w.state
    opts = [
        (x, b, z)
        for x, b in _pairs_in(w)
        for z in w.blocks
        if z != x and z not in s.above(x)
    ]
    if not opts:
        return None
    x, bowl, z = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {x} is in the {bowl}, and the {z} stays exactly where it is.",
            f"End result: the {x} in the {bowl}. The {z} doesn't move, that's non-negotiable.",
            f"What I need is the {x} in the {bowl} with the {z} left untouched.",
        ]
    )
    return _made(w, text, _goal(rels(_in(x, bowl)), kept(z), moves=[(x, bowl)]))


def t112_keep_teacher(w: World) -> Made:
    opts = [
        b
        for b in w.blocks
        if w.state.is_clear(b) and w.state.base(b) != BIN and _bin_room(w.state, [b])
    ]
    if not opts:
        return None
    x = w.rng.choice(opts)
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"At the end the {x} is in the bin, and everything else is exactly where it was.",
            f"Only one thing is different at the end: the {x} is in the bin. All the other blocks stay put.",
            f"The {x} is in the bin; every other block stays where it is now.",
        ]
    )
    return _made(
        w, text, _goal(rels(Rel("in_bin", x)), kept(*others), moves=[(x, BIN)])
    )


def t112_keep_parent(w: World) -> Made:
    opts = _keep_opts(w)
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {x} sits on the {y}, but leave the {z} alone.",
            f"The {x} ends up on the {y}, but the {z} doesn't move, okay?",
            f"At the end the {x} is on top of the {y}, and nobody touches the {z}.",
        ]
    )
    return _made(w, text, _goal(rels(_on(x, y)), kept(z), moves=[(x, y)]))


def t112_keep_customer(w: World) -> Made:
    s = w.state
    opts = [
        (x, y, b, z)
        for x in w.blocks
        for y in w.blocks
        for b in w.bowls
        for z in w.blocks
        if x < y and _room(s, b, [x, y]) and z not in (x, y, *s.above(x), *s.above(y))
    ]
    if not opts:
        return None
    x, y, bowl, z = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I want the {x} and the {y} in the {bowl}, and the {z} left where it is.",
            f"I'd like the {x} and the {y} both in the {bowl}. The {z} stays put, please.",
            f"The {x} and the {y} are in the {bowl}, and the {z} is still right where it is now.",
        ]
    )
    moves = [(b, bowl) for b in (x, y) if s.base(b) != bowl]
    return _made(w, text, _goal(rels(_in(x, bowl), _in(y, bowl)), kept(z), moves=moves))


def t112_keep_gamer(w: World) -> Made:
    s = w.state
    opts = [
        (x, z) for x in w.blocks for z in w.blocks if z != x and z not in s.above(x)
    ]
    if not opts:
        return None
    x, z = w.rng.choice(opts)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"The {x} is in the {place} and the {z} doesn't move.",
            f"Win condition: {x} in the {place}. The {z} is locked, it stays where it is.",
            f"Final board: the {x} in the {place}, the {z} untouched.",
        ]
    )
    return _made(w, text, _goal(rels(Rel("at", x, place)), kept(z), moves=[(x, place)]))


# ----- multi_step ------------------------------------------------------------------------------------
def t112_multi_engineer(w: World) -> Made:
    if not w.bowls or len(w.blocks) - 2 > _BIN_CAP:
        return None
    x, y = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    rest = [b for b in w.blocks if b not in (x, y)]
    text = w.rng.choice(
        [
            f"Target state: the {x} is in the {bowl}, {_one(w, y)} is on top of it, and the rest are in the bin.",
            f"Final state: {x} in the {bowl}, {y} on the {x}, every other block in the bin.",
            (
                f"End configuration: the {y} sits on the {x}, the {x} is in the {bowl}, and all the remaining "
                "blocks are in the bin."
            ),
        ]
    )
    order = sorted(rest, key=lambda b: _level(w.state, b))
    check = _goal(
        rels(_in(x, bowl), _on(y, x), *(Rel("in_bin", b) for b in rest)),
        moves=[*((b, BIN) for b in order), (x, bowl), (y, x)],
    )
    return _made(w, text, check)


def t112_multi_manager(w: World) -> Made:
    if len(w.blocks) < 4 or not w.bowls:
        return None
    a, b, c, d = w.pick(w.blocks, 4)
    bowl = w.rng.choice(w.bowls)
    if not _room(w.state, bowl, [d]):
        return None
    text = w.rng.choice(
        [
            f"End result: one tower, {a} at the bottom, then {b}, then {c} on top, and the {d} is in the {bowl}.",
            (
                f"Deliverables: the {d} is in the {bowl}. There's a tower of the {a}, the {b} and the {c}, "
                f"{w.colour(a)} at the bottom and {w.colour(c)} on top."
            ),
            f"What I need at the end: the {b} on the {a}, the {c} on top of the {b}, and the {d} in the {bowl}.",
        ]
    )
    if "tower" not in text:  # the third phrasing says nothing of the bottom or the top
        goal = rels(_on(b, a), _on(c, b), _in(d, bowl))
    else:
        goal = both(_tower(a, b, c), rels(_in(d, bowl)))
    return _made(w, text, _goal(goal, moves=[(a, TABLE), (b, a), (c, b), (d, bowl)]))


def t112_multi_teacher(w: World) -> Made:
    opts = [b for b in w.bowls if len(w.state.in_bowl(b)) <= _BOWL_CAP - 3]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    x, y, z = w.pick(w.blocks, 3)
    if not _room(w.state, bowl, [x, y, z]):
        return None
    text = w.rng.choice(
        [
            f"First picture the {x} in the {bowl}. The {y} is on the {x}. The {z} is on the {y}.",
            (
                f"Here's what it looks like at the end. The {x} is in the {bowl}. On it is the {y}, "
                f"and on the {y} is the {z}."
            ),
            (
                f"Imagine the finished table: the {x} inside the {bowl}, the {y} on top of the {x}, the {z} on "
                f"top of the {y}."
            ),
        ]
    )
    check = _goal(
        rels(_in(x, bowl), _on(y, x), _on(z, y)), moves=[(x, bowl), (y, x), (z, y)]
    )
    return _made(w, text, check)


def t112_multi_parent(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    if not _bin_room(w.state, [x, y]):
        return None
    text = w.rng.choice(
        [
            f"Here's how I want it: the {x} and the {y} in the bin, and the {z} on the table all by itself.",
            f"The {x} is in the bin, the {y} is in the bin, and the {z} is on the table on its own.",
            f"When we're done: {x} in the bin, {y} in the bin too, and the {z} alone on the table.",
        ]
    )
    check = _goal(
        rels(Rel("in_bin", x), Rel("in_bin", y)),
        _alone_on_table(z),
        moves=[(x, BIN), (y, BIN), (z, TABLE)],
    )
    return _made(w, text, check)


def t112_multi_customer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b1, b2 = w.pick(w.bowls, 2)
    x, y = w.pick(w.blocks, 2)
    text = w.rng.choice(
        [
            f"I'd like the {b1} to hold the {x} and nothing else, and the {b2} to hold just the {y}.",
            f"The {b1} has only the {x} in it, and the {b2} has only the {y}.",
            f"What I want: the {x} alone in the {b1}, the {y} alone in the {b2}.",
        ]
    )
    moves = [
        *_bowl_moves(w.state, b1, []),
        *_bowl_moves(w.state, b2, []),
        (x, b1),
        (y, b2),
    ]
    check = _goal(
        rels(_in(x, b1), _in(y, b2)), count_in(b1, 1), count_in(b2, 1), moves=moves
    )
    return _made(w, text, check)


def t112_multi_gamer(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Final board: {x} on {y}, {y} on {z}, {z} in the {place}.",
            f"Win condition: the {z} is in the {place}, the {y} is on the {z}, and the {x} is on the {y}.",
            f"Level goal: a stack in the {place} with the {z} at the bottom, then the {y}, then the {x}.",
        ]
    )
    check = _goal(
        rels(Rel("at", z, place), _on(y, z), _on(x, y)),
        moves=[(z, place), (y, z), (x, y)],
    )
    return _made(w, text, check)


# ----- question --------------------------------------------------------------------------------------
def t112_q_engineer(w: World) -> Made:
    s = w.state
    true = w.pairs()
    false = [
        (x, y)
        for x in w.blocks
        for y in w.blocks
        if x != y and s.support[x] != y and x not in s.above(y)
    ]
    flag = bool(true) and (not false or w.rng.random() < 0.5)
    if not (true if flag else false):
        return None
    x, y = w.rng.choice(true if flag else false)
    text = w.rng.choice(
        [
            f"Before we plan anything: is the {x} currently resting on the {y}?",
            f"Status query: is the {x} on the {y} right now?",
            f"Sanity check, does the {x} sit directly on the {y} at the moment?",
        ]
    )
    return text, answered(yes(flag))


def t112_q_manager(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b)]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Quick status check: how many blocks are in the {bowl} right now?",
            f"Give me a number: how many blocks does the {bowl} hold at the moment?",
            f"Where are we at, how many blocks are currently in the {bowl}?",
        ]
    )
    return text, answered(str(n))


def t112_q_teacher(w: World) -> Made:
    opts = [(t, y) for t, y in w.pairs() if w.state.is_clear(t)]
    if not opts:
        return None
    t, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Tell me: which block is sitting on the {y} right now?",
            f"Look at the {y}. What block is on top of it?",
            f"Which block is resting on the {y} at the moment?",
        ]
    )
    return text, answered(t)


def t112_q_parent(w: World) -> Made:
    if not w.bowls:
        return None
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    hollow = [b for b in w.bowls if not w.state.in_bowl(b)]
    pool = full if full and (not hollow or w.rng.random() < 0.5) else hollow
    bowl = w.rng.choice(pool)
    is_empty = not w.state.in_bowl(bowl)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Sweetie, is the {bowl} empty right now?",
                f"Is the {bowl} empty at the moment?",
            ]
        )
        return text, answered(yes(is_empty))
    text = w.rng.choice(
        [
            f"Is there anything in the {bowl} right now?",
            f"Honey, is anything in the {bowl} yet?",
        ]
    )
    return text, answered(yes(not is_empty))


def t112_q_customer(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    bare = [b for b in w.blocks if w.state.is_clear(b)]
    pool = covered if covered and w.rng.random() < 0.5 else bare
    x = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Before you start: is there anything on top of the {x}?",
            f"Just wondering, is anything sitting on the {x} right now?",
            f"Is something stacked on the {x} at the moment?",
        ]
    )
    return text, answered(yes(x in covered))


def t112_q_gamer(w: World) -> Made:
    if not w.bowls:
        return None
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bowl = w.state.base(x) if w.rng.random() < 0.6 else w.rng.choice(w.bowls)
    else:
        x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = w.state.base(x) == bowl
    text = w.rng.choice(
        [
            f"Quick check: is the {x} already in the {bowl}?",
            f"Is the {x} in the {bowl} yet?",
            f"Is the {x} sitting in the {bowl} right now?",
        ]
    )
    return text, answered(yes(flag))


# ----- matching --------------------------------------------------------------------------------------
def t112_match_engineer(w: World) -> Made:
    pairs = _match_pairs(w)
    if not pairs:
        return None
    if len(pairs) == len(w.blocks):
        text = w.rng.choice(
            [
                "Final state: every block is in the bowl of its own colour.",
                "Target: each block sits in the bowl that matches its colour.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                "Final state: each block that has a bowl of the same colour is in that bowl.",
                "Target: every block with a same-coloured bowl sits in that bowl; the others don't matter.",
                "End state: blocks whose colour matches a bowl are in the matching bowl.",
            ]
        )
    moves = [(b, bowl) for b, bowl in pairs if w.state.base(b) != bowl]
    return _made(w, text, _goal(rels(*matching(w)), moves=moves))


def t112_match_manager(w: World) -> Made:
    pairs = _match_pairs(w)
    others = [b for b in w.blocks if b not in dict(pairs)]
    if not pairs or not others or not _bin_room(w.state, others):
        return None
    text = w.rng.choice(
        [
            "End result: blocks are in the bowls that match their colours, and the others are in the bin.",
            "Deliverable: every block with a bowl of its colour is in that bowl. Everything else is in the bin.",
            "Bottom line: colour-matched blocks in their bowls, the unmatched ones in the bin.",
        ]
    )
    order = sorted(others, key=lambda b: _level(w.state, b))
    moves = [*((b, BIN) for b in order), *((b, bowl) for b, bowl in pairs)]
    return _made(
        w,
        text,
        _goal(rels(*matching(w), *(Rel("in_bin", b) for b in others)), moves=moves),
    )


def t112_match_teacher(w: World) -> Made:
    pairs = [(b, bowl) for b, bowl in _match_pairs(w) if w.state.base(b) != bowl]
    if not pairs:
        return None
    x, bowl = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"When you're done, the {x} is in the bowl that matches its colour.",
            f"The {x} sits in the bowl of its own colour at the end.",
            f"Picture the {x} in the bowl with the same colour as it.",
        ]
    )
    return _made(w, text, _goal(rels(_in(x, bowl)), moves=[(x, bowl)]))


def t112_match_parent(w: World) -> Made:
    s = w.state
    pairs = _match_pairs(w)
    movers = [b for b, bowl in pairs if s.base(b) != bowl]
    others = [b for b in w.blocks if b not in dict(pairs)]
    if not movers or any(o in s.above(m) for o in others for m in movers):
        return None
    text = w.rng.choice(
        [
            "Every block that has a matching bowl is in it, and the other blocks stay where they are.",
            "At the end each block sits in the bowl of its colour if there is one; the rest stay put, okay?",
            "Blocks go with their same-colour bowls and end up in them. Leave the other blocks alone.",
        ]
    )
    moves = [(b, bowl) for b, bowl in pairs if b in movers]
    return _made(w, text, _goal(rels(*matching(w)), kept(*others), moves=moves))


def t112_match_customer(w: World) -> Made:
    pairs = _match_pairs(w)
    if not pairs:
        return None
    x, bowl = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I'd like the {bowl} to hold the block of the same colour and nothing else.",
            f"Please: the {bowl} ends up with just its matching block in it.",
            f"The {bowl} has the block that matches it in colour, and only that block.",
        ]
    )
    moves = [*_bowl_moves(w.state, bowl, [x]), (x, bowl)]
    return _made(w, text, _goal(rels(_in(x, bowl)), count_in(bowl, 1), moves=moves))


def t112_match_gamer(w: World) -> Made:
    s = w.state
    pairs = _match_pairs(w)
    if not pairs or any(
        len(set(s.on_top(bowl)) - {b}) + 1 > _BOWL_CAP for b, bowl in pairs
    ):
        return None
    text = w.rng.choice(
        [
            (
                "Colour-match bonus: each block that matches a bowl is sitting on the bottom of that bowl, not on "
                "another block."
            ),
            "Win condition: every block with a bowl of its colour is in that bowl, right on the bowl floor.",
            "Final board: matching colours together, each matched block flat on the floor of its bowl.",
        ]
    )
    moves = [(b, bowl) for b, bowl in pairs if s.support[b] != bowl]
    return _made(w, text, _goal(_directly_in(*pairs), moves=moves))


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
_STYLES = ("engineer", "manager", "teacher", "parent", "customer", "gamer")
FRESH112: list[Template] = [
    (f"t112_{short}_{style}", category, globals()[f"t112_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
