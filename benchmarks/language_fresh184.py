"""`FRESH184`, the hundred-and-eighty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing into the robot's chat window in
their own plain words. A taxi driver between fares is short and direct ("right", "quick one"); a physiotherapist is
calm and goes step by step ("gently", "now let's"); an older sibling types for a toddler in simple words ("the red
one", "and then"); a project engineer writes a ticket ("Task:", "Expected result:", "Acceptance:"); a retiree who
loves gardening chats ("pop", "tuck", "nestle"); a busy barista is clipped ("next", "and a"). They ask for the
common jobs: a block into a bowl, onto another block or to a place, towers, sorting by colour, clearing blocks or
a bowl into the bin, moving blocks to corners or the middle, leaving some things as they are, and plain questions
about the table (one or two in a message). The checks accept any order and any choice the words leave open: "on
the table" for one block means resting directly on it (a named place counts), a block "in" a bowl or "at" a place
may stand on another block there, a bowl is "empty" whatever became of its blocks unless the sentence says where
they go, and nothing may be left in the gripper. The six styles:

- taxi: "Right, quick one: the red block in the blue bowl."
- physio: "Now, gently pick up the green block and set it down on top of the yellow block. Take your time."
- sibling: "i want a tower!! the blue block at the bottom, then the red block, then the green block on top"
- ticket: "Task: move the pink block to the top right corner. Expected result: the pink block is in the top right
  corner, nothing in the gripper."
- garden: "I'd love it if the cyan block could be tucked into the white bowl, if it's no bother."
- barista: "Red block in the blue bowl. Next: green block on the red block. And the yellow block in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 31c12d3, the code of b2da68f, before anything it could prompt): 0.69
goal-correct (207 of 300), 73 refused. (The same outcome, on the same planner, came once before from a regression run over
all the batches while the file stood uncommitted; nothing was changed on account of it.) Ten wrong actions: "Task: corner
stack. Steps: 1) ... 2) ... Expected result: a two-block stack in the top right corner, the yellow block on top." built a
second stack from the expected result; "First, each block that has a bowl of the same colour goes into that bowl. Then,
the blocks left over go to the middle of the table." moved the matched blocks out again. Ten wrong replies: "Query, two
parts. (1) How many ...? (2) What colour ...? Expected result: both answers, in that order." answered only the second;
"Is there anything tucked in the blue bowl?". The refusals: "Middle of the table: X. Ta.", "End of the job, X is sitting
on Y", "It's been perched on Y all week", "... and then we can rest for a moment", "Every block sitting on the table
wants popping in the bin", "Right, quick one.", "he likes that one", "they're not rubbish", "They'll be company for each
other", "the same colour with the same colour", "Tallest stack: top block in the bin", "Out of scope: the blocks on the
table, which must stay where they are".
"""

from __future__ import annotations

from typing import TypeVar

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

T = TypeVar("T")

CORNERS = [p for p in PLACES if p != "middle"]
MIDDLE = "middle"


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's goal: every check holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _ready(w: World, text: str, check: Check) -> Made:
    """The instance, or None when the goal already holds (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _flat(*blocks: str) -> Check:
    """Each block rests directly on the table (a named place is on the table)."""
    return rels(*(Rel("on_table", b) for b in blocks))


def _standing(*blocks: str) -> Check:
    """Each block's tower stands on the table (not in a bowl or the bin)."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _any(w: World, items: list[T]) -> T | None:
    return w.rng.choice(items) if items else None


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    while s.support[b] in s.support:
        b = s.support[b]
        out.append(b)
    return out


def _depth(s: SymState, b: str) -> int:
    """How many blocks high `b` stands (1 on the table or in a bowl)."""
    return 1 + len(_below(s, b))


def _tower(s: SymState, b: str) -> list[str]:
    """Every block of the tower that holds `b`, bottom first."""
    bottom = (_below(s, b) or [b])[-1]
    return [bottom, *s.above(bottom)[::-1]]


def _col(name: str) -> str:
    return name.split()[0]


def _one(w: World, b: str) -> str:
    """'the red one' where no bowl shares the colour, else 'the red block'."""
    c = _col(b)
    return f"the {c} one" if all(w.colour(x) != c for x in w.bowls) else f"the {b}"


def _where(place: str) -> str:
    return "the middle of the table" if place == MIDDLE else f"the {place}"


def _lone(w: World) -> list[str]:
    """Blocks alone on the table: nothing under them, nothing on them."""
    return [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]


def _nearest(w: World, point: tuple[float, float], margin: float = 0.06) -> str | None:
    """The lone table block clearly nearest `point` (every other block at least `margin` farther), if any."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2) ** 0.5
    ranked = sorted(w.blocks, key=d)
    if ranked[0] not in _lone(w) or (len(ranked) > 1 and d(ranked[1]) < d(ranked[0]) + margin):
        return None
    return ranked[0]


def _matched(w: World) -> list[str]:
    return [r.block for r in matching(w)]


def _unmatched(w: World) -> list[str]:
    m = _matched(w)
    return [b for b in w.blocks if b not in m]


# ----- imperative ------------------------------------------------------------------------------------
def t184_imp_taxi(w: World) -> Made:
    b, bowl = _any(w, w.clear_blocks()), _any(w, w.bowls)
    if not b or not bowl or not _room(w, bowl):
        return None
    text = w.rng.choice([f"Right, quick one: the {b} in the {bowl}.",
                         f"Quick one, mate. Stick the {b} in the {bowl}, cheers."])
    return _ready(w, text, _act(rels(Rel("in", b, bowl))))


def t184_imp_physio(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair or _depth(w.state, pair[1]) + 1 > layout.MAX_TOWER:
        return None
    a, c = pair
    text = f"Now, gently pick up the {a} and set it down on top of the {c}. Take your time."
    return _ready(w, text, _act(rels(Rel("on", a, c))))


def t184_imp_sibling(w: World) -> Made:
    b = _any(w, w.blocks)
    if not b:
        return None
    c = _col(b)
    text = w.rng.choice([f"my little brother says put the {c} block in the bin. the {c} one! thank you",
                         f"can you put {_one(w, b)} in the bin please. he wants the {c} block in the bin"])
    return _ready(w, text, _act(binned([b])))


def t184_imp_ticket(w: World) -> Made:
    b, place = _any(w, w.blocks), w.rng.choice(list(PLACES))
    if not b:
        return None
    text = (f"Task: move the {b} to {_where(place)}. Expected result: the {b} is in {_where(place)}, "
            "nothing in the gripper.")
    return _ready(w, text, _act(rels(Rel("at", b, place))))


def t184_imp_garden(w: World) -> Made:
    pair = _any(w, w.pairs())
    if not pair:
        return None
    top, below = pair
    text = f"Could you pop the {top} down onto the table, dear? It's been perched on the {below} all week."
    return _ready(w, text, _act(_flat(top)))


def t184_imp_barista(w: World) -> Made:
    b = _any(w, w.blocks)
    if not b:
        return None
    c = _col(b).capitalize()
    text = w.rng.choice([f"{c} block to the middle of the table. Next!", f"Middle of the table: the {b}. Ta."])
    return _ready(w, text, _act(rels(Rel("at", b, MIDDLE))))


# ----- declarative -----------------------------------------------------------------------------------
def t184_dec_taxi(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair or _depth(w.state, pair[1]) + 1 > layout.MAX_TOWER:
        return None
    a, c = pair
    text = w.rng.choice([f"Right. End of the job, the {a} is sitting on the {c}. That's it.",
                         f"Right, so: the {a} is on top of the {c}. That's the whole job."])
    return _ready(w, text, _act(rels(Rel("on", a, c))))


def t184_dec_physio(w: World) -> Made:
    bowl = _any(w, w.bowls)
    lifted = [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES)]
    c = _any(w, lifted)
    if not bowl or not c:
        return None
    a = _any(w, [b for b in w.blocks if b != c and w.state.base(b) != bowl])
    if not a or not _room(w, bowl):
        return None
    text = (f"When we're finished, the {a} should be resting in the {bowl}, and the {c} should be sitting "
            "on the table.")
    return _ready(w, text, _act(rels(Rel("in", a, bowl)), _flat(c)))


def t184_dec_sibling(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, c = pair
    text = w.rng.choice([f"ok so the {c} is on the table and the {a} is on top of it. thats how he wants it",
                         f"the {a} is on the {c}, and the {c} is on the table. like that"])
    return _ready(w, text, _act(rels(Rel("on", a, c), Rel("on_table", c))))


def t184_dec_ticket(w: World) -> Made:
    bowl = _any(w, [x for x in w.bowls if w.state.in_bowl(x)])
    place = w.rng.choice(CORNERS)
    a = _any(w, w.blocks)
    if not bowl or not a:
        return None
    text = (f"Task: tidy the table. Expected result: the {a} is in the {place} and the {bowl} is empty. "
            "Acceptance: both are true at the end.")
    return _ready(w, text, _act(rels(Rel("at", a, place)), empty(bowl)))


def t184_dec_garden(w: World) -> Made:
    bowl = _any(w, w.bowls)
    pair = w.pick(w.blocks, 2)
    if not bowl or not pair:
        return None
    a, c = pair
    if not _room(w, bowl, 2 - sum(w.state.base(b) == bowl for b in pair)):
        return None
    text = (f"Here's how I picture it, love: the {c} nestled in the {bowl}, and the {a} sitting snugly on top "
            f"of the {c}.")
    return _ready(w, text, _act(rels(Rel("in", c, bowl), Rel("on", a, c))))


def t184_dec_barista(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, c = pair
    place = w.rng.choice(CORNERS)
    text = w.rng.choice([f"Order up: {_col(a)} block in the bin, {_col(c)} block in the {place}. Next!",
                         f"{_col(c).capitalize()} block: {place}. {_col(a).capitalize()} block: bin. Done."])
    return _ready(w, text, _act(binned([a]), rels(Rel("at", c, place))))


# ----- desiderative ----------------------------------------------------------------------------------
def t184_des_taxi(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, c = pair
    text = w.rng.choice([f"Right, I want the {a} and the {c} in the bin. Quick as you like.",
                         f"I want the {a} in the bin, and the {c} too. Right?"])
    return _ready(w, text, _act(binned([a, c])))


def t184_des_physio(w: World) -> Made:
    a = _any(w, [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES)])
    if not a:
        return None
    text = f"I'd like the {a} to end up on the table, and then we can rest for a moment."
    return _ready(w, text, _act(_flat(a)))


def t184_des_sibling(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    c, b, a = trio
    text = f"i want a tower!! the {c} at the bottom, then the {b}, then the {a} on top"
    bottom: Check = lambda _i, f: f.support[c] not in f.support and f.support[c] != BIN
    return _ready(w, text, _act(rels(Rel("on", b, c), Rel("on", a, b)), bottom))


def t184_des_ticket(w: World) -> Made:
    bowl = _any(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    text = (f"Task: empty the {bowl}. Desired outcome: I'd like every block that is in it now moved onto the "
            "table. Acceptance: no block left in the bowl, those blocks on the table.")
    return _ready(w, text, _act(_standing(*inside)))


def t184_des_garden(w: World) -> Made:
    a, bowl = _any(w, w.blocks), _any(w, w.bowls)
    if not a or not bowl or not _room(w, bowl):
        return None
    text = w.rng.choice([f"I'd love it if the {a} could be tucked into the {bowl}, if it's no bother.",
                         f"Oh, I'd like the {a} nestled in the {bowl}, please, dear."])
    return _ready(w, text, _act(rels(Rel("in", a, bowl))))


def t184_des_barista(w: World) -> Made:
    a, place = _any(w, w.blocks), w.rng.choice(CORNERS)
    if not a:
        return None
    text = w.rng.choice([f"Want the {a} in the {place}. Cheers.", f"Need the {a} over in the {place}. Ta."])
    return _ready(w, text, _act(rels(Rel("at", a, place))))


# ----- quantified ------------------------------------------------------------------------------------
def t184_qua_taxi(w: World) -> Made:
    text = w.rng.choice(["All the blocks in the bin. Quick one.", "Right, every block goes in the bin, mate."])
    return _ready(w, text, _act(binned(w.blocks)))


def t184_qua_physio(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = ("Now let's take every block out of the bowls, one at a time, and set each one down on the table. "
            "Gently does it.")
    return _ready(w, text, _act(_flat(*inside)))


def t184_qua_sibling(w: World) -> Made:
    bowl = _any(w, w.bowls)
    if not bowl or len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    where = "the bowl" if len(w.bowls) == 1 else f"the {bowl}"
    text = f"put all the blocks in {where}. all of them"
    return _ready(w, text, _act(count_in(bowl, len(w.blocks))))


def t184_qua_ticket(w: World) -> Made:
    bowl = _any(w, w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    n = len(inside) + 2
    if n > layout.BOWL_CAPACITY or len(w.blocks) - len(inside) < 2:
        return None
    if inside:
        there = "the block already there stays" if len(inside) == 1 else "the blocks already there stay"
        text = (f"Task: load the {bowl}. Put any two more blocks into it. Acceptance: exactly {n} blocks in the "
                f"{bowl}, and {there} in it.")
    else:
        text = f"Task: put two blocks, any two, into the {bowl}. Acceptance: the {bowl} holds exactly two blocks."
    stay: Check = lambda _i, f: all(f.base(b) == bowl for b in inside)
    return _ready(w, text, _act(count_in(bowl, n), stay))


def t184_qua_garden(w: World) -> Made:
    inside = w.state.in_bowls()
    table = w.state.on_the_table()
    if not inside or not table:
        return None
    text = ("Every block sitting on the table wants popping in the bin, dear. The ones tucked in the bowls can "
            "stay put.")
    return _ready(w, text, _act(binned(table), kept(*inside)))


def t184_qua_barista(w: World) -> Made:
    bowl = _any(w, [x for x in w.bowls if not w.state.in_bowl(x)])
    if not bowl:
        return None
    text = w.rng.choice([f"Two blocks in the {bowl}. Any two. Next.", f"And a pair of blocks in the {bowl}, any two."])
    return _ready(w, text, _act(count_in(bowl, 2)))


# ----- negated ---------------------------------------------------------------------------------------
def t184_neg_taxi(w: World) -> Made:
    a = _any(w, w.state.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a)
    text = f"Right, quick one. The {a}, I don't want it in the {bowl}. Stick it on the table."
    return _ready(w, text, _act(_flat(a)))


def t184_neg_physio(w: World) -> Made:
    pair = _any(w, w.pairs())
    if not pair:
        return None
    a, c = pair
    text = f"Let's lift the {a} off the {c}, but please don't put it in the bin; the table is just fine."
    off: Check = lambda _i, f: f.support[a] != c
    return _ready(w, text, _act(off, none_binned([a])))


def t184_neg_sibling(w: World) -> Made:
    c = _any(w, w.blocks)
    if not c:
        return None
    others = [b for b in w.blocks if b != c]
    text = f"put all the blocks in the bin except the {_col(c)} one. not the {_col(c)} one, he likes that one"
    return _ready(w, text, _act(binned(others), none_binned([c])))


def t184_neg_ticket(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = _any(w, w.bowls)
    a = _any(w, w.blocks)
    if not a or not x:
        return None
    rest = [b for b in w.bowls if b != x]
    if w.state.base(a) in rest or not any(_room(w, b) for b in rest):
        return None
    text = f"Task: put the {a} into a bowl. Constraint: not the {x}. Any other bowl is fine."
    into: Check = lambda _i, f: f.base(a) in rest
    return _ready(w, text, _act(into))


def t184_neg_garden(w: World) -> Made:
    bowl = _any(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    text = (f"Could you take the blocks out of the {bowl} for me? Not into the bin, mind, they're not "
            "rubbish.")
    return _ready(w, text, _act(empty(bowl), none_binned(inside)))


def t184_neg_barista(w: World) -> Made:
    a = _any(w, [b for b in w.blocks if not w.state.is_clear(b)])
    if not a:
        return None
    text = w.rng.choice([f"No blocks on top of the {a}. And nothing in the bin. Next.",
                         f"Clear the top of the {a}. Not into the bin though."])
    return _ready(w, text, _act(rels(Rel("clear", a)), none_binned(w.blocks)))


# ----- relative --------------------------------------------------------------------------------------
def t184_rel_taxi(w: World) -> Made:
    pair = _any(w, w.pairs())
    if not pair:
        return None
    top, below = pair
    text = w.rng.choice([f"The block sitting on the {below}, bin it. Right.",
                         f"Quick one: whatever block's on top of the {below}, that one goes in the bin."])
    return _ready(w, text, _act(binned([top])))


def t184_rel_physio(w: World) -> Made:
    bowl = _any(w, [x for x in w.bowls if len(w.state.in_bowl(x)) == 1])
    if not bowl:
        return None
    b = w.state.in_bowl(bowl)[0]
    text = f"The block in the {bowl}: let's gently lift it out and place it in the middle of the table."
    return _ready(w, text, _act(rels(Rel("at", b, MIDDLE))))


def t184_rel_sibling(w: World) -> Made:
    a = _any(w, [b for b in w.blocks if len(_below(w.state, b)) == 1])
    bowl = _any(w, w.bowls)
    if not a or not bowl:
        return None
    u = w.state.support[a]
    if w.state.base(u) == bowl or not _room(w, bowl):
        return None
    text = f"see the {a}? the block under it. put that block in the {bowl} please"
    return _ready(w, text, _act(rels(Rel("in", u, bowl))))


def t184_rel_ticket(w: World) -> Made:
    found = [(c, b) for c in CORNERS if (b := _nearest(w, layout.PLACES[c]))]
    if not found:
        return None
    c1, b = w.rng.choice(found)
    c2 = w.rng.choice([c for c in CORNERS if c != c1])
    text = (f"Task: move the block closest to the {c1} over to the {c2}. Expected result: that block is in the "
            f"{c2}.")
    return _ready(w, text, _act(rels(Rel("at", b, c2))))


def t184_rel_garden(w: World) -> Made:
    r = _any(w, w.state.in_bowls())
    if not r:
        return None
    bowl = w.state.base(r)
    a = _any(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if not a or not _room(w, bowl):
        return None
    text = f"Would you tuck the {a} into the same bowl the {r} is sitting in? They'll be company for each other."
    return _ready(w, text, _act(rels(Rel("in", a, bowl))))


def t184_rel_barista(w: World) -> Made:
    towers = {_tower(w.state, b)[0]: _tower(w.state, b) for b in w.blocks if w.state.base(b) != BIN}
    heights = sorted((len(t) for t in towers.values()), reverse=True)
    if heights[0] < 2 or (len(heights) > 1 and heights[1] == heights[0]):
        return None
    top = next(t[-1] for t in towers.values() if len(t) == heights[0])
    text = w.rng.choice(["Top block off the tallest stack, in the bin. Next.",
                         "Tallest stack: top block in the bin. Ta."])
    return _ready(w, text, _act(binned([top])))


# ----- keep ------------------------------------------------------------------------------------------
def t184_keep_taxi(w: World) -> Made:
    a = _any(w, w.clear_blocks())
    if not a:
        return None
    others = [b for b in w.blocks if b != a]
    text = w.rng.choice([f"Right, the {a} goes in the bin. Everything else, leave it.",
                         f"Bin the {a}, mate. Leave the rest alone."])
    return _ready(w, text, _act(binned([a]), kept(*others)))


def t184_keep_physio(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair or _depth(w.state, pair[1]) + 1 > layout.MAX_TOWER:
        return None
    a, c = pair
    k = _any(w, [b for b in w.blocks if b not in pair])
    if not k:
        return None
    text = f"Now let's move the {a} onto the {c}, and leave the {k} exactly where it is."
    return _ready(w, text, _act(rels(Rel("on", a, c)), kept(k)))


def t184_keep_sibling(w: World) -> Made:
    a, bowl = _any(w, w.blocks), _any(w, w.bowls)
    if not a or not bowl or not _room(w, bowl):
        return None
    k = _any(w, [b for b in w.blocks if b != a and b not in w.state.above(a)])
    if not k:
        return None
    text = f"put the {a} in the {bowl} but dont touch the {k}. leave the {_col(k)} one"
    return _ready(w, text, _act(rels(Rel("in", a, bowl)), kept(k)))


def t184_keep_ticket(w: World) -> Made:
    bowl = _any(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    inside, table = w.state.in_bowl(bowl), w.state.on_the_table()
    text = (f"Task: empty the {bowl} into the bin. Out of scope: the blocks on the table, which must stay where "
            "they are.")
    return _ready(w, text, _act(binned(inside), kept(*table)))


def t184_keep_garden(w: World) -> Made:
    pair = _any(w, w.pairs())
    bowl = _any(w, w.bowls)
    if not pair or not bowl:
        return None
    stack = _tower(w.state, pair[0])
    a = _any(w, [b for b in w.blocks if b not in stack and w.state.base(b) != bowl])
    if not a or not _room(w, bowl):
        return None
    if len(stack) == 2:
        what = f"the little stack of the {stack[1]} on the {stack[0]}"
    else:
        what = f"the stack with the {stack[-1]} on top"
    text = f"Nestle the {a} into the {bowl}, would you? But do leave {what} just as it is."
    return _ready(w, text, _act(rels(Rel("in", a, bowl)), kept(*stack)))


def t184_keep_barista(w: World) -> Made:
    a, place = _any(w, w.clear_blocks()), w.rng.choice(CORNERS)
    if not a:
        return None
    others = [b for b in w.blocks if b != a]
    text = f"{_col(a).capitalize()} block, {place}. Everything else stays put."
    return _ready(w, text, _act(rels(Rel("at", a, place)), kept(*others)))


# ----- multi_step ------------------------------------------------------------------------------------
def t184_multi_taxi(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, c = trio
    text = f"First the {a} in the bin, then the {b} on the {c}. Right, go."
    return _ready(w, text, _act(binned([a]), rels(Rel("on", b, c))))


def t184_multi_physio(w: World) -> Made:
    pair = _any(w, w.pairs())
    bowl = _any(w, w.bowls)
    if not pair or not bowl:
        return None
    a, c = pair
    if w.state.base(c) == bowl or not _room(w, bowl):
        return None
    text = (f"First, let's lift the {a} off the {c} and set it on the table. Then, gently, place the {c} "
            f"in the {bowl}.")
    return _ready(w, text, _act(_flat(a), rels(Rel("in", c, bowl))))


def t184_multi_sibling(w: World) -> Made:
    r = _any(w, [b for b in w.blocks if w.state.support[b] != TABLE])
    if not r:
        return None
    g = _any(w, [b for b in w.blocks if b != r])
    if not g:
        return None
    text = f"put the {r} on the table and then put the {g} on the {r}"
    return _ready(w, text, _act(_flat(r), rels(Rel("on", g, r))))


def t184_multi_ticket(w: World) -> Made:
    c = _any(w, w.blocks)
    top = _any(w, [b for b in w.clear_blocks() if b != c])
    place = w.rng.choice(CORNERS)
    if not c or not top:
        return None
    text = (f"Task: corner stack. Steps: 1) move the {c} to the {place}. 2) put the {top} on top of the {c}. "
            f"Expected result: a two-block stack in the {place}, the {top} on top.")
    two: Check = lambda _i, f: f.support[c] == place and f.support[top] == c and f.is_clear(top)
    return _ready(w, text, _act(two))


def t184_multi_garden(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    bowl = _any(w, w.bowls)
    if not trio or not bowl or not _room(w, bowl):
        return None
    a, b, c = trio
    text = (f"First pop the {a} in the bin, then tuck the {b} into the {bowl}, and finally put the {c} in the "
            "middle of the table. Lovely.")
    return _ready(w, text, _act(binned([a]), rels(Rel("in", b, bowl), Rel("at", c, MIDDLE))))


def t184_multi_barista(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    bowl = _any(w, w.bowls)
    if not trio or not bowl:
        return None
    r, g, y = trio
    if not _room(w, bowl, 2 - sum(w.state.base(b) == bowl for b in (r, g))):
        return None
    text = (f"{_col(r).capitalize()} block in the {bowl}. Next: {_col(g)} block on the {r}. And the {y} in "
            "the bin.")
    return _ready(w, text, _act(rels(Rel("in", r, bowl), Rel("on", g, r)), binned([y])))


# ----- question --------------------------------------------------------------------------------------
def t184_q_taxi(w: World) -> Made:
    inside = w.state.in_bowls()
    if inside and w.rng.random() < 0.5:
        return "Quick one: how many blocks are in the bowls right now?", answered(str(len(inside)))
    n = len(w.state.on_the_table())
    text = ("Right, quick one: how many blocks are on the table, not counting any in the bowls?" if inside
            else "Right, quick one: how many blocks are on the table?")
    return text, answered(str(n))


def t184_q_physio(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, c = w.rng.choice(pairs)
        flag = True
    else:
        a = _any(w, w.blocks)
        if not a:
            return None
        c = _any(w, [b for b in w.blocks if b != a and b not in _below(w.state, a)])
        if not c:
            return None
        flag = False
    return f"Before we begin, is the {a} resting on the {c}?", answered(yes(flag))


def t184_q_sibling(w: World) -> Made:
    bowl = _any(w, [x for x in w.bowls if len(w.state.in_bowl(x)) == 1
                    and w.colour(w.state.in_bowl(x)[0]) != w.colour(x)])
    if bowl:
        b = w.state.in_bowl(bowl)[0]
        return f"what colour is the block in the {bowl}? he wants to know", answered(w.colour(b))
    pair = _any(w, w.pairs())
    if not pair:
        return None
    top, below = pair
    return f"what colour is the block on top of the {below}?", answered(w.colour(top))


def t184_q_ticket(w: World) -> Made:
    pair = _any(w, w.pairs())
    if not pair:
        return None
    top, below = pair
    text = (f"Query, two parts. (1) How many blocks are there in total? (2) What colour is the block on top of "
            f"the {below}? Expected result: both answers, in that order.")
    return text, answered(f"{len(w.blocks)}|{w.colour(top)}")


def t184_q_garden(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    bowl = w.rng.choice(full) if full and w.rng.random() < 0.5 else _any(w, w.bowls)
    if not bowl:
        return None
    text = f"Is there anything tucked in the {bowl} at the moment, dear?"
    return text, answered(yes(bool(w.state.in_bowl(bowl))))


def t184_q_barista(w: World) -> Made:
    bowl = _any(w, [x for x in w.bowls if w.state.in_bowl(x)])
    g = _any(w, [b for b in w.blocks if w.state.support[b] == TABLE or w.state.support[b] in w.bowls])
    if not bowl or not g:
        return None
    n = len(w.state.in_bowl(bowl))
    text = f"How many blocks in the {bowl}? And is the {g} on the table?"
    return text, answered(f"{n}|{yes(w.state.support[g] == TABLE)}")


# ----- matching --------------------------------------------------------------------------------------
def t184_match_taxi(w: World) -> Made:
    if not matching(w):
        return None
    text = w.rng.choice(["Right: every block into the bowl that's the same colour as it, if there is one.",
                         "Quick one. Blocks into the bowls of their own colour, where there's a match."])
    return _ready(w, text, _act(rels(*matching(w))))


def t184_match_physio(w: World) -> Made:
    left = _unmatched(w)
    if not matching(w) or not left or len(left) > len(layout.PLACE_SLOTS):
        return None
    text = ("Let's take it slowly. First, each block that has a bowl of the same colour goes into that bowl. "
            "Then, the blocks left over go to the middle of the table.")
    return _ready(w, text, _act(rels(*matching(w), *(Rel("at", b, MIDDLE) for b in left))))


def t184_match_sibling(w: World) -> Made:
    r = _any(w, [m for m in matching(w) if w.state.base(m.block) != m.target])
    if not r:
        return None
    text = f"put the block thats the same colour as the {r.target} in the {r.target}"
    return _ready(w, text, _act(rels(r)))


def t184_match_ticket(w: World) -> Made:
    left = _unmatched(w)
    if not matching(w) or not left:
        return None
    text = ("Task: colour sort. Expected result: every block whose colour matches a bowl is in that bowl; every "
            "other block is in the bin.")
    return _ready(w, text, _act(rels(*matching(w)), binned(left)))


def t184_match_garden(w: World) -> Made:
    left = _unmatched(w)
    if not matching(w) or not left:
        return None
    text = ("Would you tuck the blocks into their matching bowls, the same colour with the same colour, and pop "
            "any block that hasn't got a match onto the table?")
    return _ready(w, text, _act(rels(*matching(w)), _standing(*left)))


def t184_match_barista(w: World) -> Made:
    if not matching(w):
        return None
    moving = [r.block for r in matching(w) if w.state.base(r.block) != r.target]
    blockers = {x for b in moving for x in w.state.above(b)}
    left = _unmatched(w)
    if blockers & set(left):
        return None
    text = "Colour match: each block to the bowl of its colour. No match? Leave it where it is. Next."
    return _ready(w, text, _act(rels(*matching(w)), kept(*left)))


# ----- the batch ---------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("taxi", "physio", "sibling", "ticket", "garden", "barista")
FRESH184: list[Template] = [
    (f"t184_{short}_{style}", category, globals()[f"t184_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
