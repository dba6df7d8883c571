"""`FRESH174`, the hundred-and-seventy-fifth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is rules stated, then applied. People first state a rule, a constraint, a policy or a definition, and then
ask the robot to make the table follow it, or to apply it to some blocks: "The rule is: every block goes in the bowl
of its own colour. Apply it to the red block.", "Constraint: nothing may sit on the blue block. Fix the table.",
"Policy: the top left corner is where the red block is kept. Put it there.". The checks accept every final state that
follows the rule(s) for the blocks the request applies them to (any order, any free choice the words leave open, a
block that has to move out of the way going anywhere the rules allow), with nothing left in the gripper; questions
are answered from the scene as it is. The six styles:

- rule: "The rule is: every block goes in the bowl of its own colour. Apply it to the red block."
- constraint: "Constraint: the blue block must have nothing on top of it. Fix the table so it does."
- policy: "Policy: the bottom right corner is where the green block is kept. Put it there."
- define: "Call the block sitting on the red block its lid. Put the lid in the blue bowl."
- exception: "Rule: all blocks go in the bin, with two exceptions: the red block and the cyan block. Apply it."
- tworules: "Two rules: no block may sit on another block, and the white bowl must stay empty. Make the table follow
  both."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 3323342, the code of 6034598, before anything it could prompt): 0.0967
goal-correct (29 of 300), 231 refused, 9 asked. Six wrong actions: "Count as 'stacked' every block that rests on another
block. Move each stacked block onto the table." was answered as a count (three times); "Rule: all blocks go in the bin.
Exceptions: X, and anything in W; those stay exactly where they are. Apply the rule." binned X and then put it in W
(three times). Twenty-five wrong replies: questions about a rule ('Does X obey it at the moment?', 'Is the table breaking
that constraint right now?') got the help text. The refusals were the rules themselves: a rule then 'apply it', a
constraint then 'fix the table', policies about places, definitions then their use, exceptions, two rules together.
"""

from __future__ import annotations

from benchmarks.planner_language import Check, Made, Template, World, answered, binned, both, empty, kept, none_binned
from benchmarks.planner_language import rels, yes
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

GROUND = (TABLE, *PLACES)
CORNERS = PLACES[:4]
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


# ----- helpers ---------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """The goal holds and nothing is left in the gripper."""
    return both(_idle, *checks)


def _home(w: World, block: str) -> str | None:
    """The bowl of the block's colour, if the scene has one."""
    return next((o for o in w.bowls if w.colour(o) == w.colour(block)), None)


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= 4


def _names(blocks: list[str]) -> str:
    words = [f"the {b}" for b in blocks]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _covered(w: World) -> list[str]:
    """Blocks with another block on top of them."""
    return [b for b in w.blocks if not w.state.is_clear(b)]


def _height(s: SymState, block: str) -> int:
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _on_table(s: SymState, block: str) -> bool:
    return s.base(block) in GROUND


def _flat(_i: SymState, f: SymState) -> bool:
    """No block rests on another block."""
    return all(f.support[b] not in f.support for b in f.blocks)


def _clear(block: str) -> Check:
    return lambda _i, f: f.is_clear(block)


def _grounded(*blocks: str) -> Check:
    """Each block stands directly on the table (or a named place on it)."""
    return lambda _i, f: all(f.support[b] in GROUND for b in blocks)


def _on_table_check(*blocks: str) -> Check:
    return lambda _i, f: all(_on_table(f, b) for b in blocks)


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _at(block: str, place: str) -> Check:
    return rels(Rel("at", block, place))


def _on(top: str, below: str) -> Check:
    return rels(Rel("on", top, below))


def _homes_check(w: World, blocks: list[str]) -> Check:
    want = [Rel("in", b, _home(w, b)) for b in blocks]
    return rels(*want)


def _bowls_pure(w: World) -> Check:
    """No bowl holds a block of another colour."""
    cols = dict(w.state.colours)
    bowls = w.bowls
    return lambda _i, f: all(cols[b] == cols[o] for o in bowls for b in f.in_bowl(o))


def _matched(w: World) -> list[str]:
    return [b for b in w.blocks if _home(w, b)]


def _unmatched(w: World) -> list[str]:
    return [b for b in w.blocks if not _home(w, b)]


def _table_blocks(w: World) -> list[str]:
    return [b for b in w.blocks if _on_table(w.state, b)]


def _extreme(w: World, side: str) -> str | None:
    """The single (unstacked) table block furthest to one side, when it is clearly furthest."""
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] in GROUND]
    if len(bottoms) < 2:
        return None
    sign = 1 if side == "right" else -1
    ranked = sorted(bottoms, key=lambda b: -sign * w.y(b))
    first, second = ranked[0], ranked[1]
    if abs(w.y(first) - w.y(second)) < 0.05 or not s.is_clear(first):
        return None
    return first


def _nearest(w: World, bowl: str) -> str | None:
    """The single table block clearly closest to a bowl."""
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] in GROUND]
    if len(bottoms) < 2:
        return None
    ranked = sorted(bottoms, key=lambda b: w.dist(b, bowl))
    if w.dist(ranked[1], bowl) - w.dist(ranked[0], bowl) < 0.04 or not s.is_clear(ranked[0]):
        return None
    return ranked[0]


# ----- imperative ------------------------------------------------------------------------------------
def t174_imp_rule(w: World) -> Made:
    cands = [b for b in _matched(w) if w.state.base(b) != _home(w, b) and _room(w.state, _home(w, b))]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice([
        f"The rule is: every block goes in the bowl of its own colour. Apply it to the {b}.",
        f"Here is the rule: a block belongs in the bowl that shares its colour. Now apply that rule to the {b}.",
        f"Rule: blocks live in the bowl of their own colour. Use the rule on the {b}.",
    ])
    return text, _act(_in(b, _home(w, b)))


def t174_imp_constraint(w: World) -> Made:
    cands = _covered(w)
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice([
        f"House rule: nothing may sit on the {x}. Take off whatever is on it.",
        f"Constraint: the {x} must have nothing on top of it. Fix the table so it does, leaving the {x} where it is.",
        f"There's a rule that the {x} is never covered. Clear off the {x} so the rule holds.",
    ])
    return text, _act(_clear(x), kept(x))


def t174_imp_policy(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Policy: the {place} is where the {b} is kept. Put it there.",
        f"Our policy is that the {b} lives in the {place}. Move it to where it lives.",
        f"By policy the {b} is stored in the {place}. Go and store it.",
    ])
    return text, _act(_at(b, place))


def t174_imp_define(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, x = w.rng.choice(pairs)
    bowls = [o for o in w.bowls if w.state.base(x) != o and _room(w.state, o)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        f"Call the block sitting on the {x} its lid. Put the lid in the {bowl}.",
        f"By 'the cap' I mean whatever block rests directly on the {x}. Move the cap into the {bowl}.",
    ])
    return text, _act(_in(top, bowl))


def t174_imp_exception(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] in GROUND]
    if not cands:
        return None
    b = w.rng.choice(cands)
    others = [c for c in _table_blocks(w) if c != b]
    if not others or len(others) > 5:
        return None
    text = w.rng.choice([
        f"The rule for tidying: blocks on the table go in the bin. The one exception is the {b}, which stays where "
        "it is. Tidy up.",
        f"Clearing rule: anything standing on the table belongs in the bin, except the {b}; leave that one in "
        "place. Apply the rule.",
    ])
    return text, _act(binned(others), kept(b))


def t174_imp_tworules(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if not w.state.in_bowl(bowl) and not w.pairs():
        return None
    text = w.rng.choice([
        f"Two rules: no block may sit on another block, and the {bowl} must stay empty. Make the table follow both.",
        f"Rule one: every block stands on its own, never on another block. Rule two: the {bowl} holds nothing. "
        "Bring the table in line with them.",
    ])
    return text, _act(_flat, empty(bowl))


# ----- declarative -----------------------------------------------------------------------------------
def t174_dec_rule(w: World) -> Made:
    cands = [b for b in _matched(w) if w.state.base(b) != _home(w, b) and _room(w.state, _home(w, b))]
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = _home(w, b)
    text = w.rng.choice([
        f"The rule: blocks rest in the bowl of their own colour. So by the time you're done, the {b} is in the "
        f"{bowl}.",
        f"Rule: each block sits in the bowl that matches its colour. When you finish, the {b} follows that rule.",
    ])
    return text, _act(_in(b, bowl))


def t174_dec_constraint(w: World) -> Made:
    s = w.state
    if not any(s.support[b] in s.support for b in _table_blocks(w)):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.support[b] in GROUND for b in f.blocks if _on_table(f, b))

    text = w.rng.choice([
        "Constraint: every block on the table stands directly on the table, never on top of another block. That "
        "is how the table should be.",
        "The table is to obey one constraint: on the table, no block is stacked on another.",
    ])
    return text, _act(check)


def t174_dec_policy(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Policy: the {place} is the home of the {b}. At the end, the {b} is at home.",
        f"By house policy the {b} is kept in the {place}, and that is where it should be.",
    ])
    return text, _act(_at(b, place))


def t174_dec_define(w: World) -> Made:
    odd = _unmatched(w)
    if not odd or len(odd) > 5:
        return None
    text = w.rng.choice([
        "The 'odd ones out' are the blocks whose colour none of the bowls has. The odd ones out are in the bin.",
        "Let's say a block is orphaned if no bowl shares its colour. Every orphaned block is in the bin at the end.",
    ])
    return text, _act(binned(odd))


def t174_dec_exception(w: World) -> Made:
    table = _table_blocks(w)
    if not table:
        return None
    b = w.rng.choice(table)
    others = [c for c in w.blocks if c != b]
    if len(others) > 4 * len(w.bowls) or all(w.state.base(c) in w.bowls for c in others):
        return None
    bowls = set(w.bowls)
    text = w.rng.choice([
        f"Every block is in a bowl, except the {b}, which is on the table.",
        f"Here's the rule for the table: blocks are kept in bowls. The one exception is the {b}: it is on the table.",
    ])
    return text, _act(lambda _i, f: all(f.base(c) in bowls for c in others), _on_table_check(b))


def t174_dec_tworules(w: World) -> Made:
    m, u = _matched(w), _unmatched(w)
    if not m or not u or len(u) > 5:
        return None
    text = w.rng.choice([
        "Two rules describe the table: a block whose colour matches a bowl is in that bowl, and every other block "
        "is in the bin.",
        "Here's how the table must be, by two rules: blocks sit in the bowl of their own colour, and a block with "
        "no such bowl is in the bin.",
    ])
    return text, _act(_homes_check(w, m), binned(u))


# ----- desiderative ----------------------------------------------------------------------------------
def t174_des_rule(w: World) -> Made:
    cands = [b for b in _matched(w) if w.state.base(b) != _home(w, b) and _room(w.state, _home(w, b))]
    if not cands:
        return None
    chosen = w.pick(cands, w.rng.randint(1, min(2, len(cands))))
    names = _names(chosen)
    text = w.rng.choice([
        f"My rule: each block goes in the bowl of its own colour. I'd like you to apply it to {names}.",
        f"I want the rule 'a block belongs in the bowl of its colour' applied to {names}.",
    ])
    return text, _act(_homes_check(w, chosen))


def t174_des_constraint(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice([
        f"Constraint: the {bowl} must be empty, and nothing may go in the bin. I'd like the table fixed to match.",
        f"I want the table to follow this: nothing in the {bowl}, and nothing in the bin either.",
    ])
    return text, _act(empty(bowl), none_binned(w.blocks))


def t174_des_policy(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"I'd like a policy: the {place} is for the {b} and nothing else. Please put it there.",
        f"My policy is that only the {b} may be in the {place}. I want it there now.",
    ])
    others = [c for c in w.blocks if c != b]
    return text, _act(_at(b, place), lambda _i, f: all(f.base(c) != place for c in others))


def t174_des_define(w: World) -> Made:
    s = w.state
    loners = [b for b in w.blocks if s.support[b] in GROUND and s.is_clear(b)]
    if not loners or len(loners) > 5:
        return None
    text = w.rng.choice([
        "A 'loner' is a block standing directly on the table with nothing on top of it. I'd like every loner in "
        "the bin.",
        "Let's call a block a single when it stands right on the table, not stacked and with nothing on it. I want "
        "all the singles put in the bin.",
    ])
    return text, _act(binned(loners))


def t174_des_exception(w: World) -> Made:
    table = _table_blocks(w)
    inside = w.in_bowls()
    if not table or len(table) > 5:
        return None
    text = w.rng.choice([
        "I want every block in the bin, except the ones that are in a bowl.",
        "My rule: everything goes in the bin, but blocks sitting in bowls are exempt. I'd like it applied.",
    ])
    return text, _act(binned(table), none_binned(inside))


def t174_des_tworules(w: World) -> Made:
    m, u = _matched(w), _unmatched(w)
    if not m or not u or len(u) > 5:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"I'd like two rules followed: a block goes in the bowl of its own colour, and a block with no such bowl "
        f"goes in the {place}.",
        f"Two rules, please: blocks that have a bowl of their colour are in it; the rest are in the {place}. I want "
        "the table like that.",
    ])
    return text, _act(_homes_check(w, m), lambda _i, f: all(f.base(b) == place for b in u))


# ----- quantified ------------------------------------------------------------------------------------
def t174_qua_rule(w: World) -> Made:
    m = _matched(w)
    if not m or all(w.state.base(b) == _home(w, b) for b in m):
        return None
    text = w.rng.choice([
        "The rule is: every block goes in the bowl of its own colour. Apply it to all the blocks that have such a "
        "bowl.",
        "Rule: each block that has a bowl of its own colour belongs in it. Apply the rule to every such block.",
    ])
    return text, _act(_homes_check(w, m))


def t174_qua_constraint(w: World) -> Made:
    n = w.rng.randint(1, 2)
    if len(w.state.on_the_table()) <= n:
        return None
    what = "one block" if n == 1 else "two blocks"
    text = w.rng.choice([
        f"Constraint: at most {what} may be on the table. Fix the table so it holds.",
        f"New rule: never more than {what} on the table. Bring the table in line with it.",
    ])
    return text, _act(lambda _i, f: len(f.on_the_table()) <= n)


def t174_qua_policy(w: World) -> Made:
    chosen = w.pick(w.blocks, 2)
    if not chosen:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        spots = [f.base(b) for b in chosen]
        return len(set(spots)) == len(spots) and all(p in CORNERS and f.count_at(p) == 1 for p in spots)

    names = _names(chosen)
    text = w.rng.choice([
        f"Policy: every block in a corner has that corner to itself. Put {names} in corners, following the policy.",
        f"Our corner policy: one block per corner, never two. Move {names} into corners.",
    ])
    return text, _act(check)


def t174_qua_define(w: World) -> Made:
    perched = [b for b, _ in w.pairs()]
    if not perched:
        return None
    text = w.rng.choice([
        "Count as 'stacked' every block that rests on another block. Move each stacked block onto the table.",
        "A block is perched when it sits on another block. Put all the perched blocks directly on the table.",
    ])
    return text, _act(_grounded(*perched))


def t174_qua_exception(w: World) -> Made:
    keep = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in keep]
    if not keep or not others or len(others) > 5:
        return None
    b, c = keep
    text = w.rng.choice([
        f"Rule: all blocks go in the bin, with two exceptions: the {b} and the {c}. Apply it.",
        f"Everything goes in the bin except the {b} and the {c}. Apply that rule to every block.",
    ])
    return text, _act(binned(others), none_binned(keep))


def t174_qua_tworules(w: World) -> Made:
    bowls = w.bowls
    if all(len(w.state.in_bowl(o)) == 1 for o in bowls):
        return None
    text = w.rng.choice([
        "Two rules: each bowl holds exactly one block, and no block goes in the bin. Make the table follow both.",
        "Rule one: every bowl gets exactly one block. Rule two: the bin stays empty. Apply both rules.",
    ])
    return text, _act(lambda _i, f: all(len(f.in_bowl(o)) == 1 for o in bowls), none_binned(w.blocks))


# ----- negated ---------------------------------------------------------------------------------------
def t174_neg_rule(w: World) -> Made:
    cols = dict(w.state.colours)
    bad = [o for o in w.bowls if any(cols[b] != cols[o] for b in w.state.in_bowl(o))]
    if not bad:
        return None
    bowl = w.rng.choice(bad)
    movers = [b for b in w.state.in_bowl(bowl) if cols[b] != cols[bowl]]
    bowls = w.bowls

    def check(_i: SymState, f: SymState) -> bool:
        if any(cols[b] != cols[bowl] for b in f.in_bowl(bowl)):
            return False
        return all(f.base(b) not in bowls or cols[f.base(b)] == cols[b] for b in movers)

    text = w.rng.choice([
        f"Rule: a block never sits in a bowl of a different colour. Apply it to the {bowl}.",
        f"No block may be in a bowl of another colour. The {bowl} breaks this rule; fix it.",
    ])
    return text, _act(check)


def t174_neg_constraint(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = w.rng.choice([
        f"Constraint: the {b} must not be in the {bowl}, and it must not go in the bin either. Fix the table.",
        f"The {b} is not allowed in the {bowl}. Don't bin it; just make the table obey that.",
    ])
    return text, _act(lambda _i, f: f.base(b) not in (bowl, BIN))


def t174_neg_policy(w: World) -> Made:
    table = _table_blocks(w)
    if not table:
        return None
    chosen = w.pick(table, w.rng.randint(1, min(2, len(table))))
    names = _names(chosen)
    spots = (*w.bowls, BIN)
    text = w.rng.choice([
        f"House policy: no block is left on the table; each goes in a bowl or the bin. Apply the policy to {names}.",
        f"Policy: blocks never stay on the table. Put {names} somewhere the policy allows.",
    ])
    return text, _act(lambda _i, f: all(f.base(b) in spots for b in chosen))


def t174_neg_define(w: World) -> Made:
    if not w.pairs():
        return None
    text = w.rng.choice([
        "A block is 'covered' if something is on it. Don't leave any covered block, and don't use the bin.",
        "Say a block is buried when another block sits on it. No block should stay buried; uncover them all "
        "without putting anything in the bin.",
    ])
    return text, _act(_flat, none_binned(w.blocks))


def t174_neg_exception(w: World) -> Made:
    m = _matched(w)
    u = [b for b in _unmatched(w) if _on_table(w.state, b)]
    if not m or not u or len(u) > 5:
        return None
    text = w.rng.choice([
        "Rule: never bin a block that has a bowl of its own colour; every other block on the table goes in the bin. "
        "Apply it.",
        "The bin takes every block on the table except those whose colour matches a bowl; those never go in the "
        "bin. Apply that.",
    ])
    return text, _act(binned(u), none_binned(m))


def t174_neg_tworules(w: World) -> Made:
    cands = _covered(w)
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice([
        f"Two rules: nothing may sit on the {x}, and nothing may go in the bin. Fix the table.",
        f"Two don'ts: don't leave any block on top of the {x}, and don't put any block in the bin. Sort the table "
        "out.",
    ])
    return text, _act(_clear(x), none_binned(w.blocks))


# ----- relative --------------------------------------------------------------------------------------
def t174_rel_rule(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, x = w.rng.choice(pairs)
    text = w.rng.choice([
        f"Rule: no block sits on another; a block on top of another comes down onto the table. Apply it to the "
        f"block on the {x}.",
        f"The rule is that blocks stand directly on the table. Apply it to whatever block is sitting on the {x}.",
    ])
    return text, _act(_grounded(top))


def t174_rel_constraint(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, x = w.rng.choice(pairs)
    text = w.rng.choice([
        f"Constraint: nothing may rest on the block that is under the {top}. Make the table meet it.",
        f"Whatever block the {top} is sitting on must end up with nothing on it. Fix the table to follow that.",
    ])
    return text, _act(_clear(x))


def t174_rel_policy(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    b = _extreme(w, side)
    if b is None:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Policy: the block on the table furthest to the {side} lives in the {place}. Move it home.",
        f"House policy sends the {side}most block on the table to the {place}. Apply it.",
    ])
    return text, _act(_at(b, place))


def t174_rel_define(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    b = _nearest(w, bowl)
    if b is None or not _room(w.state, bowl):
        return None
    colour = w.colour(bowl)
    text = w.rng.choice([
        f"Call the block on the table closest to the {bowl} its neighbour. Put the neighbour in the {bowl}.",
        f"By 'the {colour} bowl's neighbour' I mean the block on the table nearest to it. Move that neighbour into "
        f"the {bowl}.",
    ])
    return text, _act(_in(b, bowl))


def t174_rel_exception(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    b = _nearest(w, bowl)
    if b is None:
        return None
    others = [c for c in _table_blocks(w) if c != b]
    if not others or len(others) > 5:
        return None
    text = w.rng.choice([
        f"Rule: every block on the table goes in the bin, except the one closest to the {bowl}. Apply it.",
        f"Bin all the blocks on the table but one: the block nearest the {bowl} stays on the table. Follow that "
        "rule.",
    ])
    return text, _act(binned(others), _on_table_check(b))


def t174_rel_tworules(w: World) -> Made:
    s = w.state
    cands = [(t, x) for t, x in w.pairs() if s.support[x] not in s.support and s.above(x) == [t]]
    if not cands:
        return None
    top, x = w.rng.choice(cands)
    text = w.rng.choice([
        f"Two rules for towers: the top block goes in the bin, and the block under it stays where it is. Apply them "
        f"to the tower with the {x} at the bottom.",
        f"Rule one: a tower's top block belongs in the bin. Rule two: its bottom block never moves. Apply both to "
        f"the tower whose bottom block is the {x}.",
    ])
    return text, _act(binned([top]), kept(x))


# ----- keep ------------------------------------------------------------------------------------------
def t174_keep_rule(w: World) -> Made:
    s = w.state
    cands = [b for b in _matched(w) if s.base(b) != _home(w, b) and s.is_clear(b) and _room(s, _home(w, b))]
    if not cands:
        return None
    b = w.rng.choice(cands)
    others = [c for c in w.blocks if c != b]
    text = w.rng.choice([
        f"Rule: each block goes in the bowl of its own colour. Apply it to the {b} only, and leave every other "
        "block where it is.",
        f"The rule is 'a block belongs in the bowl of its colour'. Apply it to the {b}, without moving anything "
        "else.",
    ])
    return text, _act(_in(b, _home(w, b)), kept(*others))


def t174_keep_constraint(w: World) -> Made:
    cands = _covered(w)
    if not cands:
        return None
    x = w.rng.choice(cands)
    ys = [y for y in w.blocks if y != x and y not in w.state.above(x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    if w.rng.random() < 0.5:
        return (f"Constraint: the {x} must have nothing on it. Fix that, but leave the {y} where it is.",
                _act(_clear(x), kept(y)))
    return (f"Rule: no block rests on the {x}. Make the table follow it while keeping the {x} and the {y} in place.",
            _act(_clear(x), kept(x, y)))


def t174_keep_policy(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    contents = w.state.in_bowl(bowl)
    bs = [b for b in w.blocks if b not in contents]
    if not bs:
        return None
    b = w.rng.choice(bs)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Policy: the {place} is where the {b} belongs. Move it there, and keep the blocks in the {bowl} as they "
        "are.",
        f"Our policy puts the {b} in the {place}. Apply it, but don't disturb what is in the {bowl}.",
    ])
    return text, _act(_at(b, place), kept(*contents))


def t174_keep_define(w: World) -> Made:
    s = w.state
    cands = [x for x in w.blocks if s.support[x] not in s.support and not s.is_clear(x)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    pile = [x, *s.above(x)]
    others = [b for b in w.blocks if b not in pile]
    if not others or len(others) > 5:
        return None
    text = w.rng.choice([
        f"By 'the stack' I mean the {x} and every block on top of it. Leave the stack exactly as it is and put all "
        "the other blocks in the bin.",
        f"Let the {x} and whatever is piled on it be the keep pile. The keep pile stays put; every other block goes "
        "in the bin.",
    ])
    return text, _act(kept(*pile), binned(others))


def t174_keep_exception(w: World) -> Made:
    s = w.state
    singles = [b for b in w.blocks if s.support[b] in GROUND]
    full = [o for o in w.bowls if s.in_bowl(o)]
    if not singles:
        return None
    b = w.rng.choice(singles)
    if full and w.rng.random() < 0.5:
        bowl = w.rng.choice(full)
        stay = [b, *s.in_bowl(bowl)]
        text = (f"Rule: all blocks go in the bin. Exceptions: the {b}, and anything in the {bowl}; those stay "
                "exactly where they are. Apply the rule.")
    else:
        rest = [c for c in singles if c != b]
        if not rest:
            return None
        c = w.rng.choice(rest)
        stay = [b, c]
        text = (f"Everything goes in the bin, with two exceptions that stay exactly where they are: the {b} and the "
                f"{c}. Apply that.")
    others = [c for c in w.blocks if c not in stay]
    if not others or len(others) > 5:
        return None
    return text, _act(binned(others), kept(*stay))


def t174_keep_tworules(w: World) -> Made:
    s = w.state
    full = [o for o in w.bowls if s.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    contents = s.in_bowl(bowl)
    bs = [b for b in w.blocks if b not in contents]
    if not bs:
        return None
    b = w.rng.choice(bs)
    cs = [c for c in w.blocks if c != b and s.is_clear(c) and s.support[b] != c and b not in s.above(c)
          and _height(s, c) <= 3 and (s.base(c) not in w.bowls or _room(s, s.base(c)))]
    if not cs:
        return None
    c = w.rng.choice(cs)
    text = w.rng.choice([
        f"Two rules for today: nothing goes in the bin, and nothing leaves the {bowl}. Following them, put the {b} "
        f"on the {c}.",
        f"Rule one: the bin stays empty. Rule two: whatever is in the {bowl} stays in it. With both rules in mind, "
        f"stack the {b} on the {c}.",
    ])
    return text, _act(_on(b, c), none_binned(w.blocks), lambda _i, f: all(f.base(x) == bowl for x in contents))


# ----- multi_step ------------------------------------------------------------------------------------
def t174_multi_rule(w: World) -> Made:
    s = w.state
    cands = [b for b in _matched(w) if s.base(b) != _home(w, b) and _room(s, _home(w, b), 2)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    c = w.rng.choice([c for c in w.blocks if c != b])
    text = w.rng.choice([
        f"Here's the rule: every block goes in the bowl of its own colour. First apply it to the {b}, then put the "
        f"{c} on top of the {b}.",
        f"Rule: a block belongs in the bowl of its colour. Step one, apply the rule to the {b}. Step two, stack the "
        f"{c} on it.",
    ])
    return text, _act(_in(b, _home(w, b)), _on(c, b))


def t174_multi_constraint(w: World) -> Made:
    s = w.state
    cands = _covered(w)
    if not cands:
        return None
    x = w.rng.choice(cands)
    bowls = [o for o in w.bowls if s.base(x) != o and _room(s, o)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        f"Constraint: nothing may sit on the {x}. First fix that, then put the {x} in the {bowl}.",
        f"Rule: the {x} must be bare, with no block on it. Make it so first; after that, move the {x} into the "
        f"{bowl}.",
    ])
    return text, _act(_in(x, bowl), _clear(x))


def t174_multi_policy(w: World) -> Made:
    b, c = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Policy: finished blocks go to the {place}. First move the {b} there, then put the {c} on top of it.",
        f"Our policy says the {place} is where blocks are collected. Take the {b} there first, and after that stack "
        f"the {c} on the {b}.",
    ])
    return text, _act(_at(b, place), _on(c, b))


def t174_multi_define(w: World) -> Made:
    s = w.state
    cands = _covered(w)
    if not cands:
        return None
    x = w.rng.choice(cands)
    bowls = [o for o in w.bowls if s.base(x) != o and _room(s, o)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    tops = s.above(x)
    text = w.rng.choice([
        f"Call the {x} and everything on it the pile. First take the pile apart, putting each of its blocks on the "
        f"table. Then put the {x} in the {bowl}.",
        f"'The pile' means the {x} plus the blocks stacked on it. Step one: unstack the pile onto the table. Step "
        f"two: move the {x} into the {bowl}.",
    ])
    return text, _act(_grounded(*tops), _in(x, bowl))


def t174_multi_exception(w: World) -> Made:
    s = w.state
    b = w.rng.choice(w.blocks)
    others = [c for c in w.blocks if c != b]
    bowls = [o for o in w.bowls if s.base(b) != o]
    if len(others) > 5 or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        f"The rule is 'everything goes in the bin', but the {b} is exempt. Apply the rule first, then put the {b} "
        f"in the {bowl}.",
        f"First, put every block in the bin except the {b}; that one is the exception. Then move the {b} into the "
        f"{bowl}.",
    ])
    return text, _act(binned(others), _in(b, bowl))


def t174_multi_tworules(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    b = w.rng.choice(w.blocks)
    spots = (*GROUND, *w.bowls)

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.support[c] in spots for c in f.blocks) and f.in_bowl(bowl) == [b]

    if check(s, s):
        return None
    text = w.rng.choice([
        f"Rule one: no towers; every block stands directly on the table or in a bowl. Rule two: the {bowl} holds "
        f"the {b} and nothing else. Apply rule one first, then rule two.",
        f"Two rules, in order: first, unstack everything so that no block sits on another (and none goes in the "
        f"bin); second, make the {b} the only block in the {bowl}.",
    ])
    return text, _act(check)


# ----- question --------------------------------------------------------------------------------------
def t174_q_rule(w: World) -> Made:
    m = _matched(w)
    if not m:
        return None
    b = w.rng.choice(m)
    ok = w.state.base(b) == _home(w, b)
    text = w.rng.choice([
        f"The rule is: each block sits in the bowl of its own colour. Is the {b} following the rule right now?",
        f"Rule: blocks belong in the bowl matching their colour. Does the {b} obey it at the moment?",
    ])
    return text, answered(yes(ok))


def t174_q_constraint(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    covered = not w.state.is_clear(x)
    if w.rng.random() < 0.5:
        return (f"Constraint: nothing may rest on the {x}. Is the table breaking that constraint right now?",
                answered(yes(covered)))
    return (f"House rule: the {x} must have nothing on top of it. Does the table follow the rule at the moment?",
            answered(yes(not covered)))


def t174_q_policy(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    free = _home(w, b) is None
    if w.rng.random() < 0.5:
        return (f"Policy: the bin only takes blocks whose colour no bowl has. Would the policy allow the {b} in the "
                "bin?", answered(yes(free)))
    return (f"Our policy: a block with a bowl of its own colour never goes in the bin. Is the {b} allowed in the bin "
            "under that policy?", answered(yes(free)))


def t174_q_define(w: World) -> Made:
    n = len(_covered(w))
    text = w.rng.choice([
        "Call a block buried when another block is on top of it. How many blocks are buried?",
        "Let's say a block is covered if some block sits on it. How many covered blocks are there right now?",
    ])
    return text, answered(str(n))


def t174_q_exception(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    n = sum(1 for c in w.blocks if c != b and w.state.base(c) not in w.bowls)
    text = w.rng.choice([
        f"Rule: all blocks belong in bowls, except the {b}. How many blocks break the rule right now?",
        f"Every block should be in a bowl; the {b} is the one exception. How many blocks are breaking that rule?",
    ])
    return text, answered(str(n))


def t174_q_tworules(w: World) -> Made:
    s = w.state
    ok = _flat(s, s) and all(len(s.in_bowl(o)) <= 1 for o in w.bowls)
    text = w.rng.choice([
        "Two rules: no block sits on another block, and no bowl holds more than one block. Does the table follow "
        "both rules right now?",
        "Rule one: no stacking. Rule two: at most one block per bowl. Is the table obeying both at the moment?",
    ])
    return text, answered(yes(ok))


# ----- matching --------------------------------------------------------------------------------------
def t174_match_rule(w: World) -> Made:
    s = w.state
    cands = [(o, b) for b in _matched(w) for o in [_home(w, b)] if sorted(s.in_bowl(o)) != [b]]
    if not cands:
        return None
    bowl, b = w.rng.choice(cands)
    text = w.rng.choice([
        f"Rule: a bowl only takes the block of its own colour. Apply it to the {bowl}: the {b} goes in, anything "
        "else comes out.",
        f"The {bowl} may hold only the block of its own colour. Make it so: that block goes in, and any other block "
        "comes out.",
    ])
    return text, _act(lambda _i, f: f.in_bowl(bowl) == [b] and f.held is None)


def t174_match_constraint(w: World) -> Made:
    pure = _bowls_pure(w)
    if pure(w.state, w.state):
        return None
    text = w.rng.choice([
        "Constraint: no block may sit in a bowl of a different colour. Fix the table without using the bin.",
        "Rule: a bowl holds only blocks of its own colour. Make the table obey it, and keep the bin empty.",
    ])
    return text, _act(pure, none_binned(w.blocks))


def t174_match_policy(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    home = _home(w, b)
    if home is not None and (w.state.base(b) == home or not _room(w.state, home)):
        return None
    goal = _in(b, home) if home else _at(b, place)
    text = w.rng.choice([
        f"Policy: a block whose colour has a bowl lives in that bowl; every other block lives in the {place}. Put "
        f"the {b} where the policy says it lives.",
        f"House policy: blocks go in the bowl of their own colour, and blocks with no such bowl go to the {place}. "
        f"Apply it to the {b}.",
    ])
    return text, _act(goal)


def t174_match_define(w: World) -> Made:
    s = w.state
    cands = [b for b in _matched(w) if s.base(b) != _home(w, b) and _room(s, _home(w, b))]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice([
        f"A block's partner is the bowl of the same colour. Put the {b} in its partner.",
        f"Let's call the bowl that shares a block's colour its home. Send the {b} home.",
    ])
    return text, _act(_in(b, _home(w, b)))


def t174_match_exception(w: World) -> Made:
    s = w.state
    m = _matched(w)
    us = [b for b in _unmatched(w) if s.support[b] not in s.support]
    if not m or not us:
        return None
    b = w.rng.choice(us)
    u = [c for c in _unmatched(w) if c != b]
    if len(u) > 5 or (not u and all(s.base(c) == _home(w, c) for c in m)):
        return None
    text = w.rng.choice([
        f"Rule: every block goes in the bowl of its own colour, and a block with no such bowl goes in the bin. The "
        f"exception is the {b}, which stays where it is. Apply the rule.",
        f"Blocks go in the bowl of their colour, and those without one go in the bin, all except the {b}, which "
        "stays put. Apply that.",
    ])
    return text, _act(_homes_check(w, m), binned(u), kept(b))


def t174_match_tworules(w: World) -> Made:
    m = _matched(w)
    if not m:
        return None
    goal = both(_homes_check(w, m), _bowls_pure(w))
    if goal(w.state, w.state):
        return None
    text = w.rng.choice([
        "Two rules: a block with a bowl of its own colour goes in that bowl, and no bowl holds a block of another "
        "colour. Apply both.",
        "Rule one: blocks sit in the bowl of their own colour where there is one. Rule two: a bowl never holds a "
        "block of a different colour. Make the table follow both rules.",
    ])
    return text, _act(goal)


# ----- the batch -------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("rule", "constraint", "policy", "define", "exception", "tworules")
FRESH174: list[Template] = [
    (f"t174_{short}_{style}", category, globals()[f"t174_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
