"""`FRESH80`, the eighty-first untuned batch: sixty language templates, six per category, for the offline planner.

Theme: six everyday users not seen before, each speaking as they would to the robot at
the table. A lab technician resets the bench between experiments, a child plays, a
non-native English speaker uses simple words with small grammar slips, a hurried
researcher types fast, a very polite person wraps every request in courtesies, and a
teacher explains to a class what the robot is about to do. One style per user:

- `lab`: "Put the red block back in the blue bowl."
- `child`: "put the red block on top of the green block!"
- `esl`: "I would like the red block be on top of the green block."
- `hurried`: "need red block moved into blue bowl pls"
- `polite`: "Would you be so kind as to take the red block out of the blue bowl and set
  it down on the table, please?"
- `teacher`: "Class, the red block goes down on the table now."

Every action check also wants the gripper empty at the end (nobody asked to hold
anything). Each action check carries `intended`, the moves its writer had in mind, so
that a self-check can build a final state that should pass; the suite ignores it.

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb2404a, after every fix before it and before anything it could prompt):
0.88 goal-correct (264 of 300), 28 refused, 1 asked, 7 wrong: one wrong action ("Class, let's watch the robot build one
tower out of all three blocks." moved one block to the table) and six wrong replies ('On the green block, what block
there is?', 'How many blocks can we see, counting every one of them?' and 'Class, how many blocks are there altogether?
Robot, you tell us.' answered with the help text).
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
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

Move = tuple[
    str, str
]  # (block, where it is put down: a block, a bowl, BIN, TABLE or a place)


# ----- helpers ------------------------------------------------------------------------------
def _hand_free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(moves: list[Move], *checks: Check) -> Check:
    """The checks, plus an empty gripper; `intended` records the moves meant to satisfy them."""
    check = both(*checks, _hand_free)
    check.intended = list(moves)  # type: ignore[attr-defined]
    return check


def _on_floor(s: SymState, b: str) -> bool:
    return s.base(b) in (TABLE, *PLACES)


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of its tower up to `b`, itself included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _loose(w: World) -> list[str]:
    """Clear blocks (nothing on them, not in the bin)."""
    return w.clear_blocks()


def _stack_pairs(w: World, extra: int = 1) -> list[tuple[str, str]]:
    """(x, y): x can be put on y, leaving room for `extra` blocks on y's tower."""
    s = w.state
    return [
        (x, y)
        for x in _loose(w)
        for y in _loose(w)
        if x != y
        and s.support[x] != y
        and _on_floor(s, y)
        and _depth(s, y) + extra <= layout.MAX_TOWER
    ]


def _into_bowl(w: World, blocks: list[str] | None = None) -> list[tuple[str, str]]:
    """(x, bowl): clear x not yet in bowl, which has room for it."""
    s = w.state
    return [
        (x, b)
        for x in (_loose(w) if blocks is None else blocks)
        for b in w.bowls
        if s.base(x) != b and _room(s, b) > 0
    ]


def _extreme(w: World, sign: float, margin: float = 0.04) -> str | None:
    """The block furthest left (sign 1) or right (sign -1), if no other block comes close."""
    ranked = sorted(w.blocks, key=lambda b: sign * w.y(b))
    if len(ranked) < 2:
        return None
    if sign * (w.y(ranked[1]) - w.y(ranked[0])) < margin:
        return None
    return ranked[0]


def _nearest(
    w: World, target: str, blocks: list[str], margin: float = 0.03
) -> str | None:
    ranked = sorted(blocks, key=lambda b: w.dist(b, target))
    if len(ranked) < 2:
        return ranked[0] if ranked else None
    if w.dist(ranked[1], target) - w.dist(ranked[0], target) < margin:
        return None
    return ranked[0]


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _top_first(s: SymState, blocks: list[str]) -> list[str]:
    return sorted(blocks, key=lambda b: -_depth(s, b))


def _matching_ok(w: World) -> list[Rel] | None:
    """The matching relations, if some is not yet true and every bowl has room for its block."""
    want = matching(w)
    s = w.state
    todo = [r for r in want if s.base(r.block) != r.target]
    if not todo:
        return None
    if any(_room(s, r.target) < 1 for r in todo):
        return None
    return want


def _match_moves(w: World, want: list[Rel]) -> list[Move]:
    s = w.state
    todo = [r for r in want if s.base(r.block) != r.target]
    order = _top_first(s, [r.block for r in todo])
    target = {r.block: r.target for r in todo}
    return [(b, target[b]) for b in order]


# ----- imperative ---------------------------------------------------------------------------
def t80_imp_lab(w: World) -> Made:
    cands = _into_bowl(w)
    if not cands:
        return None
    x, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {x} back in the {b}.",
            f"Place the {x} in the {b}.",
            f"Transfer the {x} into the {b}.",
        ]
    )
    return text, _act([(x, b)], rels(Rel("in", x, b)))


def t80_imp_child(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"put the {x} on top of the {y}!",
            f"Robot! Put the {x} on the {y}!",
            f"can you put the {x} on the {y}? please!",
        ]
    )
    return text, _act([(x, y)], rels(Rel("on", x, y)))


def t80_imp_esl(w: World) -> Made:
    xs = _loose(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Please you move the {x} to the {p}.",
            f"Move {x} to {p}, please.",
            f"Put the {x} in the {p} please.",
        ]
    )
    return text, _act([(x, p)], rels(Rel("at", x, p)))


def t80_imp_hurried(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.base(b) != BIN]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice([f"bin the {x} pls", f"{x} in bin pls", f"toss {x} in the bin"])
    return text, _act([(x, BIN)], rels(Rel("in_bin", x)))


def t80_imp_polite(w: World) -> Made:
    xs = [b for b in _loose(w) if w.state.support[b] in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = w.state.support[x]
    text = w.rng.choice(
        [
            (
                f"Would you be so kind as to take the {x} out of the {b} and set it down on "
                "the table, please?"
            ),
            (
                f"If you don't mind, please lift the {x} out of the {b} and put it on the "
                "table. Thank you so much!"
            ),
        ]
    )
    return text, _act([(x, TABLE)], rels(Rel("on_table", x)))


def t80_imp_teacher(w: World) -> Made:
    s = w.state
    cands = [
        (x, y, b)
        for x, y in w.pairs()
        if s.is_clear(x)
        for b in w.bowls
        if s.base(x) != b and _room(s, b) > 0
    ]
    if not cands:
        return None
    x, y, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Robot, lift the {x} off the {y} and put it in the {b}, so everyone can see.",
            f"Now, robot, take the {x} off the {y} and place it into the {b}.",
            f"Watch carefully, class. Robot: move the {x} from the {y} to the {b}.",
        ]
    )
    return text, _act([(x, b)], rels(Rel("in", x, b)))


# ----- declarative --------------------------------------------------------------------------
def t80_dec_lab(w: World) -> Made:
    cands = _into_bowl(w)
    if not cands:
        return None
    x, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"The {x} goes back in the {b}.",
            f"The {x} belongs in the {b}.",
            f"The {x} is to be kept in the {b}.",
        ]
    )
    return text, _act([(x, b)], rels(Rel("in", x, b)))


def t80_dec_child(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"the {x} goes on top of the {y}!",
            f"the {x} is gonna go on the {y}",
            f"The {x} needs to be on the {y}!",
        ]
    )
    return text, _act([(x, y)], rels(Rel("on", x, y)))


def t80_dec_esl(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.base(b) != BIN]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"The {x} must be in the bin.",
            f"The place for the {x} is the bin.",
            f"The {x} is going in the bin.",
        ]
    )
    return text, _act([(x, BIN)], rels(Rel("in_bin", x)))


def t80_dec_hurried(w: World) -> Made:
    xs = _loose(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    text = w.rng.choice([f"{x} goes in {p}", f"{x} belongs in the {p}", f"{x} -> {p}"])
    return text, _act([(x, p)], rels(Rel("at", x, p)))


def t80_dec_polite(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            (
                f"I'm terribly sorry to bother you, but the {x} really belongs on top of "
                f"the {y}."
            ),
            f"Pardon me, the {x} is meant to be sitting on the {y}, if you'd be so kind.",
        ]
    )
    return text, _act([(x, y)], rels(Rel("on", x, y)))


def t80_dec_teacher(w: World) -> Made:
    s = w.state
    xs = [b for b in _loose(w) if s.support[b] != TABLE and s.support[b] not in PLACES]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Class, the {x} goes down on the table now.",
            f"Now, boys and girls, the {x} is going to sit on the table.",
            f"The {x} belongs on the table, class.",
        ]
    )
    return text, _act([(x, TABLE)], rels(Rel("on_table", x)))


# ----- desiderative -------------------------------------------------------------------------
def t80_des_lab(w: World) -> Made:
    s = w.state
    bs = [b for b in w.bowls if s.in_bowl(b)]
    if not bs:
        return None
    b = w.rng.choice(bs)
    moves = [(x, TABLE) for x in _top_first(s, s.in_bowl(b))]
    text = w.rng.choice(
        [
            f"I need the {b} emptied before the next run.",
            f"I'd like the {b} cleared out.",
            f"I want nothing left in the {b}.",
        ]
    )
    return text, _act(moves, empty(b))


def t80_des_child(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.base(b) != BIN]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"I want the {x} in the bin!",
            f"i wanna see the {x} go in the bin",
            f"I want the {x} in the trash!",
        ]
    )
    return text, _act([(x, BIN)], rels(Rel("in_bin", x)))


def t80_des_esl(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I want that the {x} is on the {y}.",
            f"I would like the {x} be on top of the {y}.",
            f"My wish is the {x} on the {y}, please.",
        ]
    )
    return text, _act([(x, y)], rels(Rel("on", x, y)))


def t80_des_hurried(w: World) -> Made:
    cands = _into_bowl(w)
    if not cands:
        return None
    x, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"need {x} in {b}",
            f"want {x} in the {b} asap",
            f"need {x} moved into {b} pls",
        ]
    )
    return text, _act([(x, b)], rels(Rel("in", x, b)))


def t80_des_polite(w: World) -> Made:
    xs = _loose(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I would be ever so grateful if the {x} could end up in the {p}.",
            f"It would be lovely to have the {x} in the {p}, if it's no trouble at all.",
        ]
    )
    return text, _act([(x, p)], rels(Rel("at", x, p)))


def t80_des_teacher(w: World) -> Made:
    s = w.state
    cands = [(x, y) for x, y in w.pairs() if s.is_clear(x)]
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"What I'd like to see, class, is the {x} on the table, not on the {y}.",
            f"I'd like the {x} taken off the {y} and put on the table, please.",
        ]
    )
    return text, _act([(x, TABLE)], rels(Rel("on_table", x)))


# ----- quantified ---------------------------------------------------------------------------
def t80_qua_lab(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if not inside:
        return None
    moves = [(x, TABLE) for x in _top_first(s, inside)]
    text = w.rng.choice(
        [
            "Take every block out of the bowls and leave them on the bench.",
            "All blocks out of the bowls, onto the table.",
            "Clear every bowl; the blocks go on the table.",
        ]
    )
    return text, _act(moves, lambda _i, f: all(_on_floor(f, x) for x in inside))


def t80_qua_child(w: World) -> Made:
    s = w.state
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bs = [b for b in w.bowls if len(s.in_bowl(b)) < len(w.blocks)]
    if not bs:
        return None
    b = w.rng.choice(bs)
    moves = [(x, b) for x in _top_first(s, w.blocks) if s.base(x) != b]
    text = w.rng.choice(
        [
            f"put ALL the blocks in the {b}!",
            f"every single block goes in the {b}!",
            f"Put all of the blocks into the {b}, robot!",
        ]
    )
    return text, _act(moves, rels(*(Rel("in", x, b) for x in w.blocks)))


def t80_qua_esl(w: World) -> Made:
    s = w.state
    bs = [b for b in w.bowls if not s.in_bowl(b)]
    if not bs:
        return None
    b = w.rng.choice(bs)
    xs = _loose(w)[:2]
    if len(xs) < 2:
        return None
    text = w.rng.choice(
        [
            f"Put two blocks in the {b}.",
            f"Please put 2 block in the {b}.",
            f"Two blocks, put them into the {b}.",
        ]
    )
    return text, _act([(x, b) for x in xs], count_in(b, 2))


def t80_qua_hurried(w: World) -> Made:
    if len(w.blocks) > len(layout.BIN_SLOTS):
        return None
    moves = [(x, BIN) for x in _top_first(w.state, w.blocks)]
    text = w.rng.choice(
        ["all blocks in bin pls", "bin every block", "dump all the blocks in bin"]
    )
    return text, _act(moves, binned(w.blocks))


def t80_qua_polite(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    s = w.state
    moves = [(x, BIN) for x in _top_first(s, w.blocks)[:3]]
    text = w.rng.choice(
        [
            "Could you kindly put three of the blocks in the bin?",
            "Would you mind placing any three blocks in the bin, please? Thank you ever so much.",
        ]
    )
    return text, _act(moves, lambda _i, f: sum(f.base(x) == BIN for x in f.blocks) == 3)


def t80_qua_teacher(w: World) -> Made:
    s = w.state
    n = len(w.blocks)
    if n > layout.MAX_TOWER or holds(Rel("tower", *w.blocks), s):
        return None
    order = w.rng.sample(w.blocks, n)
    moves = [(order[0], TABLE)] + [(order[i], order[i - 1]) for i in range(1, n)]
    words = {3: "three", 4: "four"}.get(n, str(n))
    text = w.rng.choice(
        [
            f"Class, let's watch the robot build one tower out of all {words} blocks.",
            "Robot, please stack all the blocks into a single tower.",
            "Now we stack every block on top of each other to make one tall tower.",
        ]
    )
    return text, _act(moves, rels(Rel("tower", *w.blocks)))


# ----- negated ------------------------------------------------------------------------------
def t80_neg_lab(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    if len(others) > len(layout.BIN_SLOTS) or not others:
        return None
    moves = [(b, BIN) for b in _top_first(w.state, others)]
    text = w.rng.choice(
        [
            f"Bin all the blocks except the {x}.",
            f"Everything into the bin except the {x}.",
            f"Discard every block but the {x}.",
        ]
    )
    return text, _act(moves, binned(others), none_binned([x]))


def t80_neg_child(w: World) -> Made:
    cands = _into_bowl(w)
    if not cands:
        return None
    x, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"don't put the {x} in the bin, put it in the {b}!",
            f"Not the bin! The {x} goes in the {b}!",
        ]
    )
    return text, _act([(x, b)], rels(Rel("in", x, b)))


def t80_neg_esl(w: World) -> Made:
    s = w.state
    xs = [b for b in _loose(w) if s.base(b) in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = s.base(x)
    text = w.rng.choice(
        [
            f"Take the {x} out from the {b}, but not put it in the bin.",
            f"Please remove {x} from {b}. Not in the bin, please.",
            f"The {x} must not stay in the {b}, and don't throw it in the bin.",
        ]
    )
    return text, _act([(x, TABLE)], lambda _i, f: f.base(x) not in (b, BIN))


def t80_neg_hurried(w: World) -> Made:
    s = w.state
    bs = [b for b in w.bowls if not s.in_bowl(b)]
    if not bs:
        return None
    b, y = w.rng.choice(bs), w.rng.choice(w.blocks)
    xs = [x for x in _loose(w) if x != y]
    if not xs:
        return None
    c = w.colour(y)
    text = w.rng.choice(
        [
            f"any block but the {y} into {b} pls",
            f"one block, not the {y}, in {b}",
            f"put a non-{c} block in the {b}",
        ]
    )
    return text, _act([(xs[0], b)], count_in(b, 1), lambda _i, f: f.base(y) != b)


def t80_neg_polite(w: World) -> Made:
    s = w.state
    ys = [y for y in w.blocks if not s.is_clear(y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    moves = [(x, TABLE) for x in s.above(y)]
    text = w.rng.choice(
        [
            f"Would you please make sure that nothing is sitting on the {y}? Many thanks.",
            f"I'd be most grateful if the {y} had nothing on top of it anymore.",
        ]
    )
    return text, _act(moves, rels(Rel("clear", y)))


def t80_neg_teacher(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    xs = [x for x in _loose(w) if s.base(x) not in w.bowls]
    if not xs:
        return None
    x, b = w.rng.choice(xs), w.rng.choice(w.bowls)
    others = [c for c in w.bowls if c != b and _room(s, c) > 0]
    if not others:
        return None
    text = w.rng.choice(
        [
            f"Put the {x} in a bowl, but not the {b}.",
            f"Robot, the {x} goes into one of the bowls, just not the {b}.",
            f"Class, the robot will put the {x} into any bowl except the {b}.",
        ]
    )
    bowls = list(w.bowls)
    return text, _act(
        [(x, others[0])], lambda _i, f: f.base(x) in bowls and f.base(x) != b
    )


# ----- relative -----------------------------------------------------------------------------
def t80_rel_lab(w: World) -> Made:
    cands = w.pairs()
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the block that's sitting on the {y} in the bin.",
            f"Whatever block is directly on top of the {y}, bin it.",
            f"Discard the block resting on the {y}.",
        ]
    )
    return text, _act([(x, BIN)], rels(Rel("in_bin", x)))


def t80_rel_child(w: World) -> Made:
    s = w.state
    bs = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    if not bs:
        return None
    b = w.rng.choice(bs)
    x = s.in_bowl(b)[0]
    text = w.rng.choice(
        [
            f"the block in the {b}, put it in the bin!",
            f"take the block that's in the {b} and put it in the bin",
            f"Put the block from the {b} in the bin!",
        ]
    )
    return text, _act([(x, BIN)], rels(Rel("in_bin", x)))


def t80_rel_esl(w: World) -> Made:
    s = w.state
    cands = [
        (x, y, b)
        for x, y in w.pairs()
        for b in w.bowls
        if s.base(y) != b and _room(s, b) > 0
    ]
    if not cands:
        return None
    x, y, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Take the block which is under the {x} and put it in the {b}.",
            f"The block below {x}, please put in {b}.",
            f"Please, the block under the {x} I want in the {b}.",
        ]
    )
    return text, _act([(y, b)], rels(Rel("in", y, b)))


def t80_rel_hurried(w: World) -> Made:
    x = _extreme(w, 1.0)
    if x is None or w.state.base(x) == BIN:
        return None
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"leftmost block to {p} pls",
            f"put leftmost block in {p}",
            f"block furthest left -> {p}",
        ]
    )
    return text, _act([(x, p)], rels(Rel("at", x, p)))


def t80_rel_polite(w: World) -> Made:
    s = w.state
    bs = [b for b in w.bowls if _room(s, b) > 0]
    if not bs:
        return None
    b = w.rng.choice(bs)
    x = _nearest(w, b, [x for x in w.blocks if s.base(x) != b])
    if x is None:
        return None
    text = w.rng.choice(
        [
            f"Would you kindly move the block closest to the {b} into it?",
            f"If you'd be so kind, please put whichever block is nearest the {b} inside it.",
        ]
    )
    return text, _act([(x, b)], rels(Rel("in", x, b)))


def t80_rel_teacher(w: World) -> Made:
    x = _extreme(w, -1.0)
    if x is None:
        return None
    ys = [y for xx, y in _stack_pairs(w) if xx == x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Find the block furthest to the right, and put it on the {y}.",
            f"Class, see the block on the far right? Robot, stack it on the {y}.",
            f"Robot, take the rightmost block and put it on top of the {y}.",
        ]
    )
    return text, _act([(x, y)], rels(Rel("on", x, y)))


# ----- keep ---------------------------------------------------------------------------------
def t80_keep_lab(w: World) -> Made:
    xs = _loose(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    y = w.rng.choice([b for b in w.blocks if b != x])
    text = w.rng.choice(
        [
            f"Put the {x} in the bin, but leave the {y} exactly where it is.",
            f"Bin the {x}; the {y} stays put.",
            f"Discard the {x}. Do not move the {y}.",
        ]
    )
    return text, _act([(x, BIN)], rels(Rel("in_bin", x)), kept(y))


def t80_keep_child(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    zs = [z for z in w.blocks if z not in (x, y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = w.rng.choice(
        [
            f"put the {x} on the {y} but don't move the {z}!",
            f"put the {x} on top of the {y}, and the {z} has to stay where it is!",
            f"I want the {x} on the {y}! leave my {z} alone!",
        ]
    )
    return text, _act([(x, y)], rels(Rel("on", x, y)), kept(z))


def t80_keep_esl(w: World) -> Made:
    cands = _into_bowl(w)
    if not cands:
        return None
    x, b = w.rng.choice(cands)
    y = w.rng.choice([c for c in w.blocks if c != x])
    text = w.rng.choice(
        [
            f"Move the {x} in the {b}. The {y} stay in its place.",
            f"Put {x} into {b}, but the {y} you don't move.",
            f"Please put the {x} in the {b} and keep the {y} where it is now.",
        ]
    )
    return text, _act([(x, b)], rels(Rel("in", x, b)), kept(y))


def t80_keep_hurried(w: World) -> Made:
    xs = _loose(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    rest = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"{x} to bin, dont touch anything else",
            f"bin {x}, leave rest as is",
            f"just the {x} in bin pls, everything else stays",
        ]
    )
    return text, _act([(x, BIN)], rels(Rel("in_bin", x)), kept(*rest))


def t80_keep_polite(w: World) -> Made:
    s = w.state
    bs = [b for b in w.bowls if s.in_bowl(b)]
    if not bs:
        return None
    b = w.rng.choice(bs)
    xs = [x for x in _loose(w) if s.base(x) != b]
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"Would you be so kind as to put the {x} in the {p}, while leaving the {b} "
                "and everything in it just as it is?"
            ),
            (
                f"If I may ask, please move the {x} to the {p}, but kindly don't disturb "
                f"anything in the {b}."
            ),
        ]
    )
    return text, _act([(x, p)], rels(Rel("at", x, p)), kept(*s.in_bowl(b)))


def t80_keep_teacher(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Keep the {y} where it is, and put the {x} on top of it.",
            f"The {y} stays where it is, class. Robot, place the {x} on top of it.",
            f"Without moving the {y}, the robot will put the {x} on it. Go ahead, robot.",
        ]
    )
    return text, _act([(x, y)], rels(Rel("on", x, y)), kept(y))


# ----- multi-step ---------------------------------------------------------------------------
def t80_multi_lab(w: World) -> Made:
    cands = [(x, y, b) for y, b in _into_bowl(w) for x in _loose(w) if x != y]
    if not cands:
        return None
    x, y, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"First bin the {x}, then put the {y} in the {b}.",
            f"Discard the {x}, then transfer the {y} into the {b}.",
            f"Put the {x} in the bin. After that, the {y} goes in the {b}.",
        ]
    )
    return text, _act([(x, BIN), (y, b)], rels(Rel("in_bin", x), Rel("in", y, b)))


def t80_multi_child(w: World) -> Made:
    cands = [
        (x, y, z)
        for x, y in _stack_pairs(w, extra=2)
        for z in _loose(w)
        if z not in (x, y)
    ]
    if not cands:
        return None
    x, y, z = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"put the {x} on the {y} and then put the {z} on the {x}!",
            f"first the {x} goes on the {y}, then the {z} goes on top!",
            f"make a tower! the {x} on the {y}, and the {z} on the {x}!",
        ]
    )
    return text, _act([(x, y), (z, x)], rels(Rel("on", x, y), Rel("on", z, x)))


def t80_multi_esl(w: World) -> Made:
    s = w.state
    xs = [x for x in _loose(w) if s.base(x) in w.bowls]
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    b = s.base(x)
    text = w.rng.choice(
        [
            f"First you take the {x} out of the {b}, after you put it in the {p}.",
            f"Take {x} from {b} and then put it to the {p}.",
        ]
    )
    return text, _act([(x, p)], rels(Rel("at", x, p)))


def t80_multi_hurried(w: World) -> Made:
    cands = [(x, b, y) for x, b in _into_bowl(w) for y in _loose(w) if y != x]
    if not cands:
        return None
    x, b, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"{x} in {b}, then {y} in bin thx",
            f"put {x} in {b} & {y} in bin",
            f"{x} into the {b} then bin {y}",
        ]
    )
    return text, _act([(x, b), (y, BIN)], rels(Rel("in", x, b), Rel("in_bin", y)))


def t80_multi_polite(w: World) -> Made:
    xs = _loose(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"If it's not too much trouble, could you first move the {x} to the {p}, and "
                f"then place the {y} on top of it?"
            ),
            (
                f"I'd be grateful if you would put the {x} in the {p} and afterwards set the "
                f"{y} on it. Thank you kindly."
            ),
        ]
    )
    return text, _act([(x, p), (y, x)], rels(Rel("at", x, p), Rel("on", y, x)))


def t80_multi_teacher(w: World) -> Made:
    cands = [
        (x, y, z, b)
        for z, b in _into_bowl(w)
        for x in _loose(w)
        for y in _loose(w)
        if len({x, y, z}) == 3
    ]
    if not cands:
        return None
    x, y, z, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            (
                f"Step one: put the {x} in the bin. Step two: the {y} goes in the bin too. "
                f"Step three: put the {z} in the {b}."
            ),
            (
                f"Class, first the robot puts the {x} in the bin, next the {y} in the bin, "
                f"and last the {z} in the {b}."
            ),
        ]
    )
    return text, _act(
        [(x, BIN), (y, BIN), (z, b)],
        rels(Rel("in_bin", x), Rel("in_bin", y), Rel("in", z, b)),
    )


# ----- questions ----------------------------------------------------------------------------
def t80_q_lab(w: World) -> Made:
    s = w.state
    bs = [b for b in w.bowls if s.in_bowl(b)]
    if not bs:
        return None
    b = w.rng.choice(bs)
    n = len(s.in_bowl(b))
    text = w.rng.choice(
        [
            f"How many blocks are in the {b}?",
            f"How many blocks are currently in the {b}?",
            f"Count for me: how many blocks in the {b}?",
        ]
    )
    return text, answered(str(n))


def t80_q_child(w: World) -> Made:
    s = w.state
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
        flag = True
    else:
        cands = [
            (x, y)
            for x in w.blocks
            for y in w.blocks
            if x != y and s.support[x] != y and x not in s.above(y)
        ]
        if not cands:
            return None
        x, y = w.rng.choice(cands)
        flag = False
    text = w.rng.choice(
        [f"is the {x} on top of the {y}?", f"Is the {x} sitting on the {y}?"]
    )
    return text, answered(yes(flag))


def t80_q_esl(w: World) -> Made:
    s = w.state
    ys = [y for y in w.blocks if len(s.above(y)) == 1]
    if not ys:
        return None
    y = w.rng.choice(ys)
    x = s.above(y)[0]
    text = w.rng.choice(
        [
            f"What block is on the {y}?",
            f"Which block is on top of {y}?",
            f"On the {y}, what block there is?",
        ]
    )
    return text, answered(x)


def t80_q_hurried(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    full = bool(w.state.in_bowl(b))
    form = w.rng.randrange(3)
    if form == 0:
        return f"is {b} empty?", answered(yes(not full))
    if form == 1:
        return f"{b} empty?", answered(yes(not full))
    return f"anything in the {b}?", answered(yes(full))


def t80_q_polite(w: World) -> Made:
    x = _extreme(w, 1.0)
    if x is None:
        return None
    text = w.rng.choice(
        [
            "Could you possibly tell me which block is furthest to the left?",
            "Would you mind telling me which block is the leftmost one, please?",
        ]
    )
    return text, answered(x)


def t80_q_teacher(w: World) -> Made:
    n = len(w.blocks)
    text = w.rng.choice(
        [
            "Class, how many blocks are there altogether? Robot, you tell us.",
            "Robot, how many blocks are there in total?",
            "Let's count together. How many blocks can we see, counting every one of them?",
        ]
    )
    return text, answered(str(n))


# ----- matching -----------------------------------------------------------------------------
def t80_match_lab(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "Sort the blocks into the bowls by colour.",
            "Put each block in the bowl that matches its colour.",
            "Return the blocks to the bowls of matching colour.",
        ]
    )
    return text, _act(_match_moves(w, want), rels(*want))


def t80_match_child(w: World) -> Made:
    s = w.state
    cands = []
    for x in w.blocks:
        b = _bowl_of(w, w.colour(x))
        if b is not None and s.base(x) != b and _room(s, b) > 0:
            cands.append((x, b))
    if not cands:
        return None
    x, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"put the {x} in the bowl that's the same colour!",
            f"the {x} goes in the bowl with the same color as it!",
            f"put the {x} in its matching bowl!",
        ]
    )
    return text, _act([(x, b)], rels(Rel("in", x, b)))


def t80_match_esl(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "Each block go in the bowl of same colour.",
            "Please put every block in bowl with his colour.",
            "Put the blocks in the bowls, the colour must be same.",
        ]
    )
    return text, _act(_match_moves(w, want), rels(*want))


def t80_match_hurried(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "match blocks to bowls by color pls",
            "put blocks in matching color bowls",
            "blocks into same-colour bowls, thx",
        ]
    )
    return text, _act(_match_moves(w, want), rels(*want))


def t80_match_polite(w: World) -> Made:
    s = w.state
    cands = []
    for y in w.blocks:
        b = _bowl_of(w, w.colour(y))
        if b is None or _room(s, b) < 1:
            continue
        cands += [(x, y, b) for x in w.blocks if x != y and s.base(x) != b]
    if not cands:
        return None
    x, y, b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Would you kindly put the {x} into the bowl that's the same colour as the {y}?",
            f"If you please, the {x} should go in the bowl matching the colour of the {y}.",
        ]
    )
    return text, _act([(x, b)], rels(Rel("in", x, b)))


def t80_match_teacher(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    s = w.state
    movers = {r.block for r in want if s.base(r.block) != r.target}
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    if not others:
        return None
    if any(o in s.above(m) for m in movers for o in others):
        return None
    text = w.rng.choice(
        [
            (
                "Let's match colours, class: every block that has a bowl of its own colour goes "
                "into that bowl, and the other blocks stay where they are."
            ),
            (
                "Robot, put each block into the bowl of the same colour. Blocks with no bowl of "
                "their colour stay put."
            ),
        ]
    )
    return text, _act(_match_moves(w, want), rels(*want), kept(*others))


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
_STYLES = ("lab", "child", "esl", "hurried", "polite", "teacher")
FRESH80: list[Template] = [
    (f"t80_{short}_{style}", category, globals()[f"t80_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
