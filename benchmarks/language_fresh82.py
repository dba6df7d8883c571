"""`FRESH82`, the eighty-third untuned batch: sixty language templates, six per category, for the offline planner.

Theme: robotics researchers and engineers scripting and testing the robot. They type precise, technical
requests ("place", "transfer", "relocate", "target", "receptacle", "configuration", "ensure",
"subsequently"), spec-like and log-like lines, numbered steps, parenthetical clarifications and now and then
the predicate notation of their planning papers. The six styles:

- spec: "task: transfer the red block to the bin; constraint: none"
- steps: "1. pick up the red block. 2. place it on the green block."
- formal: "Transfer the red block into the blue bowl, which is the target receptacle."
- paren: "Relocate the red block to the top left corner (the named location on the table)."
- predicate: "goal: on(red block, green block)"
- log: "[trial 14] operator: put the red block back on the table"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb2404a, after every fix before it and before anything it could prompt):
0.443 goal-correct (133 of 300), 154 refused, 3 asked, 10 wrong: three wrong actions ('I want X moved to the top right
corner (leave it on the table surface there).' did nothing; 'goal: count(blocks in W) = 3' was answered as a question,
twice) and seven wrong replies ('Is X clear (i.e. nothing on top of it)?', 'query: on(X, Y)? answer yes or no' and
'does on(X, Y) hold in the current state?' answered with the help text or 'I don't see ...').
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
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers --------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: the goal holds and nothing is left in the gripper."""
    return both(_idle, *checks)


def _not(rel: str, *args: str) -> Check:
    return rels(Rel(rel, *args, negated=True))


def _height(s: SymState, b: str) -> int:
    """How many blocks the tower holds from its base up to `b` (b included)."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n += 1
        cur = s.support[cur]
    return n


def _movable(w: World) -> list[str]:
    """Clear blocks that are not in the bin."""
    return w.clear_blocks()


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _can_stack(w: World, top: str, below: str) -> bool:
    s = w.state
    return (
        top != below
        and s.is_clear(top)
        and s.is_clear(below)
        and s.support[top] not in (BIN, GRIPPER)
        and s.base(below) != BIN
        and s.support[top] != below
        and _height(s, below) + 1 <= layout.MAX_TOWER
    )


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    return [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]


def _where(w: World, b: str) -> str:
    sup = w.state.support[b]
    if sup == TABLE:
        return "on the table"
    if sup in w.state.bowls:
        return f"in the {sup}"
    return f"on the {sup}"


def _bowl_targets(w: World, b: str) -> list[str]:
    """Bowls `b` is not in yet and that have room for it."""
    return [k for k in w.bowls if w.state.base(b) != k and _room(w, k)]


def _trial(w: World) -> int:
    return w.rng.randint(2, 48)


def _colour_pairs(w: World) -> tuple[list[str], list[str]]:
    """(blocks with a bowl of their colour, blocks without one)."""
    bowl_colours = {w.colour(k) for k in w.bowls}
    matched = [b for b in w.blocks if w.colour(b) in bowl_colours]
    return matched, [b for b in w.blocks if b not in matched]


def _match_open(w: World) -> bool:
    want = matching(w)
    return bool(want) and not all(holds(r, w.state) for r in want)


# ----- imperative -----------------------------------------------------------------------------------
def t82_imp_spec(w: World) -> Made:
    cands = _movable(w)
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"task: transfer the {x} to the bin; constraint: none",
            f"Task - relocate the {x} into the bin. No other constraints.",
            f"task: move the {x} to the bin | priority: normal",
        ]
    )
    return text, _act(binned([x]))


def t82_imp_steps(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"1. pick up the {x}. 2. place it on the {y}.",
            f"Steps: (1) grasp the {x}, (2) put it down on top of the {y}, (3) release.",
            f"1) pick the {x} 2) stack it onto the {y}",
        ]
    )
    return text, _act(rels(Rel("on", x, y)))


def t82_imp_formal(w: World) -> Made:
    cands = [(x, k) for x in _movable(w) for k in _bowl_targets(w, x)]
    if not cands:
        return None
    x, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Place the {x} inside the {k}.",
            f"Transfer the {x} into the {k}, which is the target receptacle.",
            f"Please relocate the {x} to the {k}.",
        ]
    )
    return text, _act(rels(Rel("in", x, k)))


def t82_imp_paren(w: World) -> Made:
    cands = _movable(w)
    if not cands:
        return None
    x, p = w.rng.choice(cands), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Relocate the {x} to the {p} (the named location on the table).",
            f"Move the {x} to the {p} (table surface, not inside a bowl).",
            f"Put the {x} at the {p} (it is currently {_where(w, x)}).",
        ]
    )
    return text, _act(rels(Rel("at", x, p)))


def t82_imp_predicate(w: World) -> Made:
    cands = [(x, k) for x in _movable(w) for k in _bowl_targets(w, x)]
    cands += [(x, BIN) for x in _movable(w)]
    if not cands:
        return None
    x, t = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"exec: pick({x}); place({x}, {t})",
            f"Call pick_and_place(object={x}, target={t}).",
            f"command: move({x}, {t})",
        ]
    )
    goal = Rel("in_bin", x) if t == BIN else Rel("in", x, t)
    return text, _act(rels(goal))


def t82_imp_log(w: World) -> Made:
    cands = [b for b in _movable(w) if w.state.support[b] not in (TABLE, *PLACES)]
    if not cands:
        return None
    x, n = w.rng.choice(cands), _trial(w)
    text = w.rng.choice(
        [
            f"[trial {n}] operator: put the {x} back on the table",
            f"[run {n}] cmd: set the {x} down on the table surface",
            f"[{n:03d}] move the {x} -> table",
        ]
    )
    return text, _act(rels(Rel("on_table", x)))


# ----- declarative ----------------------------------------------------------------------------------
def t82_dec_spec(w: World) -> Made:
    cands = [(x, k) for x in _movable(w) for k in _bowl_targets(w, x)]
    if not cands:
        return None
    x, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"final configuration: the {x} is in the {k}; all other objects unconstrained.",
            f"spec: end state has the {x} inside the {k}. nothing else required.",
            f"target state: the {x} is located in the {k}.",
        ]
    )
    return text, _act(rels(Rel("in", x, k)))


def t82_dec_steps(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    x, y = w.pick(cands, 2)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"The final state satisfies: 1. the {x} is in the bin. 2. the {y} is at the {p}.",
            f"End state, two conditions: (1) the {x} in the bin; (2) the {y} at the {p}.",
            f"Final configuration: 1) {x} is in the bin 2) {y} sits at the {p}",
        ]
    )
    return text, _act(rels(Rel("in_bin", x), Rel("at", y, p)))


def t82_dec_formal(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The {x} ends up resting on the {y}.",
            f"In the final configuration the {x} is stacked directly on top of the {y}.",
            f"The {x} belongs on top of the {y}.",
        ]
    )
    return text, _act(rels(Rel("on", x, y)))


def t82_dec_paren(w: World) -> Made:
    cands = [(x, k) for x in _movable(w) for k in _bowl_targets(w, x)]
    if not cands:
        return None
    x, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"The {x} goes in the {k} (not on the table).",
            f"The {x} is supposed to be in the {k} (right now it is {_where(w, x)}).",
            f"The {x} belongs in the {k} (the {w.colour(k)} container).",
        ]
    )
    return text, _act(rels(Rel("in", x, k)))


def t82_dec_predicate(w: World) -> Made:
    pairs = _stack_pairs(w)
    bowls = [(x, k) for x in _movable(w) for k in _bowl_targets(w, x)]
    if not pairs and not bowls:
        return None
    if pairs and (not bowls or w.rng.random() < 0.5):
        x, y = w.rng.choice(pairs)
        goal, pred = Rel("on", x, y), f"on({x}, {y})"
    else:
        x, k = w.rng.choice(bowls)
        goal, pred = Rel("in", x, k), f"in({x}, {k})"
    text = w.rng.choice(
        [f"goal: {pred}", f"goal state: {pred}.", f"post: {pred} holds"]
    )
    return text, _act(rels(goal))


def t82_dec_log(w: World) -> Made:
    cands = _movable(w)
    if not cands:
        return None
    x, p = w.rng.choice(cands), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"expected end state: {x} at the {p}",
            f"[post-condition] the {x} is at the {p}.",
            f"[{_trial(w)}] final: the {x} located at the {p}",
        ]
    )
    return text, _act(rels(Rel("at", x, p)))


# ----- desiderative ---------------------------------------------------------------------------------
def t82_des_spec(w: World) -> Made:
    cands = _movable(w)
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"requirement: the {x} should end up in the bin.",
            f"req: I need the {x} in the bin by the end of the run.",
            f"desired outcome: {x} in the bin; no further constraints.",
        ]
    )
    return text, _act(binned([x]))


def t82_des_steps(w: World) -> Made:
    cands = [
        (x, y, k)
        for x in _movable(w)
        for k in _bowl_targets(w, x)
        for y in _movable(w)
        if y != x
    ]
    if not cands:
        return None
    x, y, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"I'd like two things done: 1) the {x} into the {k}, 2) the {y} into the bin.",
            f"We need: (1) the {x} placed in the {k}; (2) the {y} transferred to the bin.",
            f"What I want: 1. {x} in the {k} 2. {y} in the bin",
        ]
    )
    return text, _act(rels(Rel("in", x, k), Rel("in_bin", y)))


def t82_des_formal(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I would like the {x} to be placed on the {y}.",
            f"I'd prefer the {x} stacked on top of the {y}, please.",
            f"We want the {x} positioned on the {y}.",
        ]
    )
    return text, _act(rels(Rel("on", x, y)))


def t82_des_paren(w: World) -> Made:
    cands = _movable(w)
    if not cands:
        return None
    x, p = w.rng.choice(cands), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I need the {x} at the {p} (for the next calibration run).",
            f"I want the {x} moved to the {p} (leave it on the table surface there).",
            f"We'd like the {x} at the {p} (that's the reference position for the next test).",
        ]
    )
    return text, _act(rels(Rel("at", x, p)))


def t82_des_predicate(w: World) -> Made:
    kind = w.rng.choice(["on", "in", "in_bin"])
    if kind == "on":
        pairs = _stack_pairs(w)
        if not pairs:
            return None
        x, y = w.rng.choice(pairs)
        return f"I want on({x}, {y}) to hold at the end.", _act(rels(Rel("on", x, y)))
    if kind == "in":
        bowls = [(x, k) for x in _movable(w) for k in _bowl_targets(w, x)]
        if not bowls:
            return None
        x, k = w.rng.choice(bowls)
        return f"I'd like in({x}, {k}) in the final state.", _act(rels(Rel("in", x, k)))
    cands = _movable(w)
    if not cands:
        return None
    x = w.rng.choice(cands)
    return f"We'd like in_bin({x}) to be true afterwards.", _act(binned([x]))


def t82_des_log(w: World) -> Made:
    cands = [b for b in _movable(w) if w.state.support[b] not in (TABLE, *PLACES)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    sup = w.state.support[x]
    off = f"out of the {sup}" if sup in w.bowls else f"off the {sup}"
    text = w.rng.choice(
        [
            f"note: would be good to have the {x} back on the table",
            f"[todo] want the {x} {off} and on the table",
            f"// need the {x} on the table before the next trial",
        ]
    )
    return text, _act(rels(Rel("on_table", x)))


# ----- quantified -----------------------------------------------------------------------------------
def t82_qua_spec(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > 5:
        return None
    text = w.rng.choice(
        [
            "task: transfer all blocks to the bin; constraint: none",
            "task: clear the workspace: every block into the bin.",
            f"task: bin all {len(blocks)} blocks.",
        ]
    )
    return text, _act(binned(blocks))


def t82_qua_steps(w: World) -> Made:
    bowls = [k for k in w.bowls if not w.state.in_bowl(k)]
    if not bowls or len(w.blocks) < 3:
        return None
    k = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"1. choose any two blocks. 2. place them in the {k} (it should then hold exactly two).",
            f"Steps: (1) select two blocks, (2) put both into the {k}.",
            f"1) take two blocks of your choice 2) transfer them to the {k}, which is empty right now",
        ]
    )
    return text, _act(count_in(k, 2))


def t82_qua_formal(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if len(table) < 2 or any(s.support[b] not in (TABLE, *PLACES) for b in table):
        return None  # a tower on the table makes "the blocks on the table" unclear
    bowls = [k for k in w.bowls if _room(w, k, len(table))]
    if not bowls:
        return None
    k = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Place every block currently on the table into the {k}.",
            f"Transfer all blocks on the table to the {k}.",
            f"Ensure that each block now lying on the table is relocated into the {k}.",
        ]
    )
    return text, _act(rels(*(Rel("in", b, k) for b in table)))


def t82_qua_paren(w: World) -> Made:
    bowls = [k for k in w.bowls if w.state.in_bowl(k)]
    if not bowls:
        return None
    k = w.rng.choice(bowls)
    inside = w.state.in_bowl(k)
    n = len(inside)
    text = w.rng.choice(
        [
            f"Move all blocks in the {k} (i.e. its entire contents, {n} object{'s' if n > 1 else ''}) to the bin.",
            f"Empty the {k} into the bin (every block inside it).",
            f"Transfer the contents of the {k} to the bin (all of them).",
        ]
    )
    return text, _act(binned(inside), empty(k))


def t82_qua_predicate(w: World) -> Made:
    k = w.rng.choice(w.bowls)
    c = len(w.state.in_bowl(k))
    options = [n for n in range(1, min(3, len(w.blocks)) + 1) if n != c]
    if not options:
        return None
    n = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"goal: count(blocks in {k}) = {n}",
            f"goal: n_blocks({k}) == {n}",
            f"target: the {k} contains exactly {n} block{'s' if n > 1 else ''}",
        ]
    )
    return text, _act(count_in(k, n))


def t82_qua_log(w: World) -> Made:
    if len(w.bowls) < 2 or all(w.state.in_bowl(k) for k in w.bowls):
        return None
    text = w.rng.choice(
        [
            "[setup] need at least one block in each bowl",
            "[prep] every bowl should contain at least one block before the trial",
            "precondition for next test: no empty bowls (at least 1 block per bowl)",
        ]
    )
    bowls = list(w.bowls)
    return text, _act(lambda _i, f: all(f.in_bowl(k) for k in bowls))


# ----- negated --------------------------------------------------------------------------------------
def t82_neg_spec(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    if len(others) > 5:
        return None
    text = w.rng.choice(
        [
            f"task: put all blocks except the {x} in the bin",
            f"task: bin every block other than the {x}; constraint: the {x} does not go in the bin",
            f"task: dispose of all blocks but the {x} (that one stays out of the bin)",
        ]
    )
    return text, _act(binned(others), none_binned([x]))


def t82_neg_steps(w: World) -> Made:
    cands = [(x, k) for x in _movable(w) for k in _bowl_targets(w, x)]
    if not cands:
        return None
    x, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Steps: (1) put the {x} in the {k}, (2) do not place anything on top of it.",
            f"1. place the {x} into the {k}. 2. don't stack any block on the {x}.",
            f"1) transfer the {x} to the {k} 2) nothing goes on top of the {x} afterwards",
        ]
    )
    return text, _act(rels(Rel("in", x, k), Rel("clear", x)))


def t82_neg_formal(w: World) -> Made:
    cands = [b for b in _movable(w) if w.state.base(b) in w.bowls]
    if not cands:
        return None
    x = w.rng.choice(cands)
    k = w.state.base(x)
    text = w.rng.choice(
        [
            f"Ensure the {x} is not inside any receptacle (no bowl, no bin).",
            f"Take the {x} out of the {k}; it must not end up in a bowl or in the bin.",
            f"Remove the {x} from the {k} and make sure it is in no container at all.",
        ]
    )
    bowls = list(w.bowls)
    return text, _act(lambda _i, f: f.base(x) not in (*bowls, BIN, GRIPPER))


def t82_neg_paren(w: World) -> Made:
    bowls = [k for k in w.bowls if w.state.in_bowl(k)]
    if not bowls:
        return None
    k = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Clear out the {k} (nothing should remain inside it), but don't put anything in the bin.",
            f"Empty the {k} (no bin, please: put the contents somewhere else).",
            f"Remove every block from the {k} (the bin is off limits for this test).",
        ]
    )
    return text, _act(empty(k), none_binned(w.blocks))


def t82_neg_predicate(w: World) -> Made:
    cands = [y for y in w.blocks if any(_can_stack(w, x, y) for x in w.blocks)]
    if not cands:
        return None
    y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"goal: not clear({y})",
            f"post-condition: clear({y}) == false (i.e. some block stacked on it)",
            f"goal: NOT clear({y}); any block will do",
        ]
    )
    return text, _act(_not("clear", y))


def t82_neg_log(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"[run {_trial(w)}] the {x} must not stay on the {y}; do not use the bin",
            f"[fix] the {x} shouldn't be on top of the {y}. don't bin it.",
            f"[issue {_trial(w)}] {x} is not supposed to sit on the {y} - move it, but not into the bin",
        ]
    )
    return text, _act(_not("on", x, y), none_binned([x]))


# ----- relative -------------------------------------------------------------------------------------
def t82_rel_spec(w: World) -> Made:
    bowls = [k for k in w.bowls if len(w.state.in_bowl(k)) == 1]
    if not bowls:
        return None
    k = w.rng.choice(bowls)
    x = w.state.in_bowl(k)[0]
    text = w.rng.choice(
        [
            f"task: transfer the block that is in the {k} to the bin",
            f"task: bin the object currently inside the {k}",
            f"task: the block in the {k} -> bin; constraint: none",
        ]
    )
    return text, _act(binned([x]))


def t82_rel_steps(w: World) -> Made:
    cands = [(t, y, k) for t, y in w.pairs() for k in _bowl_targets(w, t)]
    if not cands:
        return None
    t, y, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"1. locate the block resting on the {y}. 2. place it in the {k}.",
            f"Step 1: identify the block stacked on the {y}. Step 2: transfer that block into the {k}.",
            f"1) find whatever block sits on top of the {y} 2) put it in the {k}",
        ]
    )
    return text, _act(rels(Rel("in", t, k)))


def t82_rel_formal(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    blocks = [b for b in w.blocks if w.state.base(b) != BIN]
    if len(blocks) < 2:
        return None
    order = sorted(blocks, key=w.y, reverse=side == "right")
    x, nxt = order[0], order[1]
    if abs(w.y(x) - w.y(nxt)) < 0.03 or not w.state.is_clear(x):
        return None
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Relocate the {side}most block to the {p}.",
            f"Place the {side}most block at the {p}.",
            f"Transfer the block furthest to the {side} to the {p}.",
        ]
    )
    return text, _act(rels(Rel("at", x, p)))


def t82_rel_paren(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    cands = []
    for x in _movable(w):
        if w.state.base(x) in w.bowls:
            continue
        d = sorted((w.dist(x, k), k) for k in w.bowls)
        if d[1][0] - d[0][0] > 0.05 and _room(w, d[0][1]):
            cands.append((x, d[0][1]))
    if not cands:
        return None
    x, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Place the {x} in the bowl nearest to it (the closest receptacle).",
            f"Put the {x} into the closest bowl (closest to the {x}, that is).",
            f"Transfer the {x} to whichever bowl is nearest (measured from the {x}).",
        ]
    )
    return text, _act(rels(Rel("in", x, k)))


def t82_rel_predicate(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"target: the x such that on(x, {y}); goal: in_bin(x)",
            f"let b = the block with on(b, {y}). goal: in_bin(b).",
            f"goal: in_bin(x), where x is the block on top of the {y}",
        ]
    )
    return text, _act(binned([t]))


def t82_rel_log(w: World) -> Made:
    cands = []
    for r in w.in_bowls():
        k = w.state.base(r)
        cands += [
            (x, r, k)
            for x in _movable(w)
            if x != r and w.state.base(x) != k and _room(w, k)
        ]
    if not cands:
        return None
    x, r, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"[eval] put the {x} into whichever bowl the {r} is in",
            f"[eval] {x} -> the same bowl as the {r}",
            f"[trial {_trial(w)}] place the {x} in the bowl that contains the {r}",
        ]
    )
    return text, _act(rels(Rel("in", x, k)))


# ----- keep -----------------------------------------------------------------------------------------
def t82_keep_spec(w: World) -> Made:
    cands = [(x, k) for x in _movable(w) for k in w.blocks if k != x]
    if not cands:
        return None
    x, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"task: put the {x} in the bin; constraint: the {k} stays where it is.",
            f"task: transfer the {x} to the bin. constraint: do not move the {k}.",
            f"task: bin the {x}; constraint: {k} fixed",
        ]
    )
    return text, _act(binned([x]), kept(k))


def t82_keep_steps(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"1. place the {x} on the {y}. 2. leave the rest of the configuration untouched.",
            f"Steps: (1) stack the {x} onto the {y}; (2) do not move any other object.",
            f"1) put the {x} on top of the {y} 2) every other block stays where it is",
        ]
    )
    return text, _act(rels(Rel("on", x, y)), kept(*others))


def t82_keep_formal(w: World) -> Made:
    cands = [
        (x, k, z)
        for x in _movable(w)
        for k in _bowl_targets(w, x)
        for z in w.blocks
        if z != x
    ]
    if not cands:
        return None
    x, k, z = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Transfer the {x} to the {k} without disturbing the {z}.",
            f"Place the {x} in the {k}; ensure the {z} remains in its initial position.",
            f"Relocate the {x} into the {k} while the {z} stays exactly where it is.",
        ]
    )
    return text, _act(rels(Rel("in", x, k)), kept(z))


def t82_keep_paren(w: World) -> Made:
    cands = [(x, z) for x in _movable(w) for z in w.blocks if z != x]
    if not cands:
        return None
    x, z = w.rng.choice(cands)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the {x} to the {p} (keep the {z} in place, it's a fixture for this test).",
            f"Relocate the {x} to the {p} (the {z} is a reference marker: don't touch it).",
            f"Put the {x} at the {p} (and leave the {z} where it currently is).",
        ]
    )
    return text, _act(rels(Rel("at", x, p)), kept(z))


def t82_keep_predicate(w: World) -> Made:
    bowls = [(x, k) for x in _movable(w) for k in _bowl_targets(w, x)]
    pairs = _stack_pairs(w)
    if w.rng.random() < 0.5 and bowls:
        x, k = w.rng.choice(bowls)
        goal, pred, busy = Rel("in", x, k), f"in({x}, {k})", {x}
    elif pairs:
        x, y = w.rng.choice(pairs)
        goal, pred, busy = Rel("on", x, y), f"on({x}, {y})", {x}
    else:
        return None
    z = w.rng.choice([b for b in w.blocks if b not in busy])
    text = w.rng.choice(
        [
            f"goal: {pred}; invariant: unchanged({z})",
            f"goal: {pred}; constraint: {z} not moved",
            f"goal: {pred} (keep the {z} fixed)",
        ]
    )
    return text, _act(rels(goal), kept(z))


def t82_keep_log(w: World) -> Made:
    cands = _movable(w)
    if not cands or len(w.blocks) < 3:
        return None
    x = w.rng.choice(cands)
    k1, k2 = w.pick([b for b in w.blocks if b != x], 2)
    text = w.rng.choice(
        [
            f"[calib] the {k1} and the {k2} are reference markers, don't move them. bin the {x}.",
            f"[calib] fixed: {k1}, {k2}. task: {x} into the bin.",
            f"[setup {_trial(w)}] {k1} + {k2} must stay put; put the {x} in the bin",
        ]
    )
    return text, _act(binned([x]), kept(k1, k2))


# ----- multi-step -----------------------------------------------------------------------------------
def t82_multi_spec(w: World) -> Made:
    cands = [
        (x, y, k)
        for x in _movable(w)
        for y in _movable(w)
        if y != x
        for k in _bowl_targets(w, y)
    ]
    if not cands:
        return None
    x, y, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"task 1: {x} -> bin; task 2: {y} -> {k}",
            f"task: (a) transfer the {x} to the bin, (b) transfer the {y} to the {k}",
            f"task list: bin the {x}; subsequently move the {y} into the {k}",
        ]
    )
    return text, _act(rels(Rel("in_bin", x), Rel("in", y, k)))


def t82_multi_steps(w: World) -> Made:
    xs = [b for b in _movable(w) if w.state.support[b] not in (TABLE, *PLACES)]
    cands = [(x, y) for x in xs for y in w.blocks if y != x and w.state.base(y) != BIN]
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"1. place the {x} on the table. 2. subsequently stack the {y} on the {x}.",
            f"Step 1: put the {x} down on the table. Step 2: put the {y} on top of it.",
            f"1) {x} onto the table 2) then the {y} onto the {x}",
        ]
    )
    return text, _act(rels(Rel("on_table", x), Rel("on", y, x)))


def t82_multi_formal(w: World) -> Made:
    cands = [
        (x, y, k)
        for x in _movable(w)
        for k in w.bowls
        if w.state.base(x) != k and _room(w, k, 2)
        for y in _movable(w)
        if y != x
    ]
    if not cands:
        return None
    x, y, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"First transfer the {x} to the {k}, then place the {y} on top of it.",
            f"Place the {x} in the {k}; subsequently stack the {y} on the {x}.",
            f"Relocate the {x} into the {k} and, once that is done, put the {y} onto the {x}.",
        ]
    )
    return text, _act(rels(Rel("in", x, k), Rel("on", y, x)))


def t82_multi_paren(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    x, y = w.pick(cands, 2)
    p1, p2 = w.rng.sample(PLACES, 2)
    text = w.rng.choice(
        [
            f"Move the {x} to the {p1}, and after that the {y} to the {p2} (two separate places).",
            f"Relocate the {x} to the {p1} (first), then the {y} to the {p2} (second).",
            f"Place the {x} at the {p1}; subsequently place the {y} at the {p2} (not the same spot).",
        ]
    )
    return text, _act(rels(Rel("at", x, p1), Rel("at", y, p2)))


def t82_multi_predicate(w: World) -> Made:
    cands = [
        (x, y, z) for y, z in _stack_pairs(w) for x in _movable(w) if x not in (y, z)
    ]
    if not cands:
        return None
    x, y, z = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"plan: in_bin({x}); then on({y}, {z})",
            f"goals, in order: 1) in_bin({x}) 2) on({y}, {z})",
            f"achieve in_bin({x}), subsequently on({y}, {z})",
        ]
    )
    return text, _act(rels(Rel("in_bin", x), Rel("on", y, z)))


def t82_multi_log(w: World) -> Made:
    cands = []
    for k in w.bowls:
        inside = w.state.in_bowl(k)
        if inside:
            cands += [(k, y) for y in w.blocks if w.state.base(y) not in (k, BIN)]
    if not cands:
        return None
    k, y = w.rng.choice(cands)
    inside = w.state.in_bowl(k)
    text = w.rng.choice(
        [
            f"[seq] step a: empty the {k} into the bin; step b: put the {y} into the {k}",
            f"[seq] 1/2 dump the contents of the {k} into the bin. 2/2 move the {y} into the {k}.",
            f"[run {_trial(w)}] bin everything in the {k}, then load the {y} into it",
        ]
    )
    return text, _act(binned(inside), rels(Rel("in", y, k)))


# ----- questions ------------------------------------------------------------------------------------
def t82_q_spec(w: World) -> Made:
    flag = w.rng.random() < 0.5
    if flag:
        cands = [(x, w.state.base(x)) for x in w.in_bowls()]
    else:
        cands = [(x, k) for x in w.blocks for k in w.bowls if w.state.base(x) != k]
    if not cands:
        return None
    x, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"query: is the {x} in the {k}? (yes/no)",
            f"status query: is the {x} currently inside the {k}?",
            f"check: is the {x} in the {k}? answer yes or no",
        ]
    )
    return text, answered(yes(flag))


def t82_q_steps(w: World) -> Made:
    k = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(k))
    text = w.rng.choice(
        [
            f"1. count the blocks in the {k}. 2. report the number.",
            f"Two steps: (1) inspect the {k}, (2) tell me how many blocks it contains.",
            f"1) look into the {k} 2) return the block count",
        ]
    )
    return text, answered(str(n))


def t82_q_formal(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Which block is resting on the {y}?",
            f"Identify the object stacked directly on top of the {y}.",
            f"What is currently placed on the {y}?",
        ]
    )
    return text, answered(t)


def t82_q_paren(w: World) -> Made:
    flag = w.rng.random() < 0.5
    cands = [b for b in w.blocks if w.state.is_clear(b) == flag]
    if not cands:
        return None
    x = w.rng.choice(cands)
    form = w.rng.randrange(3)
    if form == 0:
        return f"Is the {x} clear (i.e. nothing on top of it)?", answered(yes(flag))
    if form == 1:
        return f"Is there anything stacked on the {x}? (yes/no)", answered(
            yes(not flag)
        )
    return (
        f"Quick check: is the top of the {x} free (no block resting on it)?",
        answered(yes(flag)),
    )


def t82_q_predicate(w: World) -> Made:
    flag = w.rng.random() < 0.5
    if flag:
        cands = w.pairs()
    else:
        cands = [
            (a, b)
            for a in w.blocks
            for b in w.blocks
            if a != b and w.state.support[a] != b
        ]
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"query: on({x}, {y})? answer yes or no",
            f"does on({x}, {y}) hold in the current state?",
            f"is on({x}, {y}) true right now? (yes/no)",
        ]
    )
    return text, answered(yes(flag))


def t82_q_log(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if not table or any(s.support[b] not in (TABLE, *PLACES) for b in table):
        return None  # towers on the table make the count unclear
    if s.in_bowls():  # then say that the blocks in bowls do not count
        text = w.rng.choice(
            [
                "log query: count of blocks on the table (not in bowls or the bin)",
                "[status] number of blocks on the table, excluding the ones in bowls: ?",
            ]
        )
    else:
        text = w.rng.choice(
            [
                "[status] number of blocks on the table: ?",
                "[status check] how many blocks are on the table right now?",
                "log query: count of blocks on the table",
            ]
        )
    return text, answered(str(len(table)))


# ----- matching -------------------------------------------------------------------------------------
def t82_match_spec(w: World) -> Made:
    if not _match_open(w):
        return None
    text = w.rng.choice(
        [
            "task: sort the blocks into the bowls of matching colour; constraint: none",
            "task: colour-match blocks to bowls (each block into the bowl of its own colour)",
            "task: put every block whose colour has a bowl into that bowl",
        ]
    )
    return text, _act(rels(*matching(w)))


def t82_match_steps(w: World) -> Made:
    cands = [
        (r.block, r.target)
        for r in matching(w)
        if not holds(r, w.state) and _room(w, r.target)
    ]
    if not cands:
        return None
    x, k = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"1. find the block whose colour matches the {k}. 2. place it in that bowl.",
            f"Step 1: identify the block with the same colour as the {k}. Step 2: transfer it into the {k}.",
            f"1) pick the block of the {k}'s colour 2) put it into the {k}",
        ]
    )
    return text, _act(rels(Rel("in", x, k)))


def t82_match_formal(w: World) -> Made:
    if not _match_open(w):
        return None
    text = w.rng.choice(
        [
            "Place each block in the bowl of the same colour, where such a bowl exists.",
            "Ensure every block whose colour matches a bowl ends up in that bowl.",
            "Transfer each block into the receptacle that shares its colour (if there is one).",
        ]
    )
    return text, _act(rels(*matching(w)))


def t82_match_paren(w: World) -> Made:
    if not _match_open(w):
        return None
    _, unmatched = _colour_pairs(w)
    moving = [r.block for r in matching(w) if not holds(r, w.state)]
    if not unmatched or not all(w.state.is_clear(b) for b in moving):
        return None
    text = w.rng.choice(
        [
            "Put each block into its same-coloured bowl (blocks with no matching bowl stay where they are).",
            "Sort by colour (block into the bowl of its colour); leave the unmatched blocks untouched.",
            "Colour-match the blocks into the bowls (don't move any block that has no bowl of its colour).",
        ]
    )
    return text, _act(rels(*matching(w)), kept(*unmatched))


def t82_match_predicate(w: World) -> Made:
    if not _match_open(w):
        return None
    text = w.rng.choice(
        [
            "goal: for each block b with a bowl k of the same colour: in(b, k)",
            "goal: in(b, bowl_of_colour(b)) for every block b that has one",
            "goal: forall blocks b, if colour(b) == colour(k) for a bowl k then in(b, k)",
        ]
    )
    return text, _act(rels(*matching(w)))


def t82_match_log(w: World) -> Made:
    matched, unmatched = _colour_pairs(w)
    if not matched or not unmatched or len(unmatched) > 5:
        return None
    text = w.rng.choice(
        [
            "[sort test] colour-match: blocks -> bowls of their own colour; unmatched blocks go to the bin",
            "[sort test] each block into the same-colour bowl, leftovers into the bin",
            f"[run {_trial(w)}] sort blocks by colour into the bowls; bin any block with no matching bowl",
        ]
    )
    return text, _act(rels(*matching(w)), binned(unmatched))


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
_STYLES = ("spec", "steps", "formal", "paren", "predicate", "log")
FRESH82: list[Template] = [
    (f"t82_{short}_{style}", category, globals()[f"t82_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
