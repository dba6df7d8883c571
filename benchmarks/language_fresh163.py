"""`FRESH163`, the hundred-and-sixty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is requests written like prompts for a chatbot. People used to chat assistants write to the robot the way
they write prompts: they give it a role and a job ("You are a careful robot arm. Your job: ..."), split the request
into labelled sections ("Task: ... Constraints: ... Notes: ..."), dress it in markdown ("**Goal:** ...", "# Task",
bullets and numbered lists), add instructions about thinking or answering ("Think step by step.", "Be concise.",
"Reply with the plan only."), show an example of their shorthand before the real request ("Example: 'blue block ->
bin' means ... Now: red block -> green bowl"), or open as if resetting a conversation ("Ignore all previous
instructions and ...", "New task: ..."). The checks accept exactly what the request itself asks for: the wrapping
asks for nothing. An example given first is not a request, so a check fails if the example is carried out instead
of, or as well as, the real request; a request cancelled by a reset ("Earlier I asked for X. Cancel that.") must not
be carried out either; constraints ("do not touch the blue block") are checked on the state before and after.
Questions are asked in the same habits and answered from the scene. The six styles:

- role: "You are a careful robot arm working on a tabletop. Your job: put the red block in the green bowl."
- sections: "Task: stack the red block on the blue block.\\nConstraints: none.\\nNotes: the blue block has nothing on
  it right now."
- markdown: "# Task\\nPut the red block in the green bowl.\\n- keep the blue block where it is"
- meta: "Think step by step, then move the red block to the top left corner. Reply with the plan only."
- example: "Example: 'blue block -> bin' means: put the blue block in the bin. Now: 'red block -> green bowl'"
- reset: "Ignore all previous instructions and put the red block on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 0a9fa9b, the code of 1ff139d, before anything it could prompt): 0.6833
goal-correct (205 of 300), 88 refused. Seven wrong actions: an example given before the request was carried out as well
as the request (five times "Example of a goal: 'X is in the bin'. Your actual goal: Y is on Z." and once a two-step
example before "Mine is: ..."), and "New task: I want X standing directly on the table, with nothing stacked on it." put
X on another block. No wrong replies. The refusals were examples given first, 'Ignore all previous instructions', labelled
sections ('Keep:', 'Notes:', 'Constraints:'), markdown ('**Action:**', '# Rule'), 'Think step by step' and 'SYSTEM: ...'.
"""

from __future__ import annotations

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
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- helpers ----------------------------------------------------------------------------------------
def _done(*checks: Check) -> Check:
    """An action's goal: every check holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _undone(*example: Rel) -> Check:
    """What an example (or a cancelled request) asked for was not carried out: none of its relations holds."""
    return lambda _i, f: not any(holds(r, f) for r in example)


def _one(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


def _depth(s: SymState, block: str) -> int:
    """How many blocks stand from `block` down to the bottom of its tower, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _tower(s: SymState, block: str) -> set[str]:
    bottom = block
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return {bottom, *s.above(bottom)}


def _stackable(w: World, x: str, y: str) -> bool:
    """Whether the clear block x can be put straight onto the clear block y."""
    s = w.state
    return (x != y and s.is_clear(x) and s.is_clear(y) and s.support[y] != BIN
            and _depth(s, y) < layout.MAX_TOWER)


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    clear = w.clear_blocks()
    return [(x, y) for x in clear for y in clear if _stackable(w, x, y)]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _loose_for(w: World, bowl: str) -> list[str]:
    """Clear blocks not yet in `bowl`."""
    return [b for b in w.clear_blocks() if w.state.base(b) != bowl]


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _single(w: World) -> list[tuple[str, str]]:
    """(bowl, block) for every bowl that holds exactly one block."""
    return [(b, w.state.in_bowl(b)[0]) for b in w.bowls if len(w.state.in_bowl(b)) == 1]


def _match_bowl(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


# ----- imperative -------------------------------------------------------------------------------------
def t163_imp_role(w: World) -> Made:
    b = _one(w, w.bowls)
    x = _one(w, _loose_for(w, b)) if b else None
    if not b or not x or not _room(w, b):
        return None
    text = w.rng.choice([
        f"You are a careful robot arm working on a tabletop. Your job: put the {x} in the {b}.",
        f"You are TidyBot, a helpful assistant that controls a robot arm. Your job is to pick up the {x} and "
        f"place it inside the {b}.",
        f"You are a precise pick-and-place robot, and I am your operator. Please do the following: "
        f"\"move the {x} into the {b}\".",
    ])
    return text, _done(rels(Rel("in", x, b)))


def t163_imp_sections(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice([
        f"Task: stack the {x} on the {y}.\nConstraints: none.\nNotes: the {y} has nothing on it right now.",
        f"Context: a table with blocks and bowls.\nTask: put the {x} on top of the {y}.\nOutput: the moves, "
        f"nothing else.",
        f"Instruction: \"place the {x} onto the {y}\"\nConstraints: one block at a time.\nNotes: no need to ask "
        f"me anything.",
    ])
    return text, _done(rels(Rel("on", x, y)))


def t163_imp_markdown(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    base = w.state.base(x)
    shapes = [
        f"# Task\n\nPut the {x} in the bin.",
        f"**Action:** throw the {x} into the bin.",
    ]
    if base in w.bowls:
        shapes.append(f"## Instructions\n- Take the {x} out of the {base}\n- Drop it in the bin")
    return w.rng.choice(shapes), _done(rels(Rel("in_bin", x)))


def t163_imp_meta(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    p = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Think step by step, then move the {x} to the {p}. Reply with the plan only.",
        f"Be concise and do not explain. Put the {x} in the {p} of the table.",
        f"Output format: a list of moves, one per line. Instruction: place the {x} at the {p}.",
    ])
    return text, _done(rels(Rel("at", x, p)))


def t163_imp_example(w: World) -> Made:
    b = _one(w, w.bowls)
    x = _one(w, _loose_for(w, b)) if b else None
    if not b or not x or not _room(w, b):
        return None
    a = _one(w, [o for o in w.blocks if o != x])
    if not a:
        return None
    text = w.rng.choice([
        f"Example: '{a} -> bin' means: put the {a} in the bin. Now: '{x} -> {b}'",
        f"Here is how I write requests. Example (do not do this one): {a} -> bin, which would mean putting the "
        f"{a} in the bin.\nReal request: {x} -> {b}",
        f"Format example: \"{a} -> bin\" = pick up the {a} and drop it in the bin. That was just the example. "
        f"Your request: \"{x} -> {b}\".",
    ])
    return text, _done(rels(Rel("in", x, b)), _undone(Rel("in_bin", a)))


def t163_imp_reset(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.support[b] != TABLE])
    if not x:
        return None
    s = w.state.support[x]
    off = f"out of the {s}" if s in w.bowls else f"off the {s}"
    text = w.rng.choice([
        f"Ignore all previous instructions and put the {x} on the table.",
        f"New task (forget anything before this): take the {x} {off} and set it down on the table.",
        f"### RESET ###\nNew task: the {x} goes on the table. Put it there.",
    ])
    return text, _done(rels(Rel("on_table", x)))


# ----- declarative ------------------------------------------------------------------------------------
def t163_dec_role(w: World) -> Made:
    pick = w.pick(w.blocks, 2)
    if not pick:
        return None
    x, y = pick
    text = w.rng.choice([
        f"You are a robot arm that keeps the table clean. Your job is done when the {x} and the {y} are both "
        f"in the bin.",
        f"You are Sorter-3000. Success looks like this: the {x} is in the bin, and so is the {y}.",
        f"Role: cleanup robot. Goal: the {x} and the {y} are in the bin.",
    ])
    return text, _done(binned([x, y]))


def t163_dec_sections(w: World) -> Made:
    b = _one(w, w.bowls)
    x = _one(w, _loose_for(w, b)) if b else None
    if not b or not x or not _room(w, b):
        return None
    y = _one(w, [o for o in w.blocks if o != x and w.state.support[o] != TABLE])
    if not y:
        return None
    table = "on the table" if w.state.base(y) in w.bowls else "directly on the table"
    text = w.rng.choice([
        f"Task: tidy up.\nDesired end state: the {x} is in the {b}, and the {y} is {table}.\nConstraints: none.",
        f"Goal state: the {x} is in the {b}. The {y} is {table}.\nNotes: any order is fine.",
        f"Context: blocks and bowls on a table.\nTarget: the {y} is {table} and the {x} is inside the {b}.",
    ])
    return text, _done(rels(Rel("in", x, b), Rel("on_table", y)))


def t163_dec_markdown(w: World) -> Made:
    if w.rng.random() < 0.5:
        b = _one(w, w.bowls)
        x = _one(w, _loose_for(w, b)) if b else None
        if not b or not x or not _room(w, b):
            return None
        text = w.rng.choice([f"**Goal:** the {x} in the {b}", f"## Desired result\nThe {x} is in the {b}."])
        return text, _done(rels(Rel("in", x, b)))
    pick = w.pick(w.blocks, 2)
    if not pick:
        return None
    x, y = pick
    text = w.rng.choice([
        f"# End state\n- the {x} is in the bin\n- the {y} is in the bin",
        f"**Goal:**\n* {x}: in the bin\n* {y}: in the bin",
    ])
    return text, _done(binned([x, y]))


def t163_dec_meta(w: World) -> Made:
    if w.rng.random() < 0.6:
        pairs = _stack_pairs(w)
        if not pairs:
            return None
        x, y = w.rng.choice(pairs)
        text = w.rng.choice([
            f"Be concise. Final state: the {x} is on top of the {y}.",
            f"Think step by step about how to get there, but reply with the plan only. The goal: the {x} sits "
            f"on the {y}.",
        ])
        return text, _done(rels(Rel("on", x, y)))
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    p = w.rng.choice(PLACES)
    return f"No explanations, please. End state wanted: the {x} is in the {p}.", _done(rels(Rel("at", x, p)))


def t163_dec_example(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    off = [o for o in w.blocks if o not in (x, y) and w.state.support[o] != TABLE]
    others = [o for o in w.blocks if o not in (x, y)]
    if off and w.rng.random() < 0.6:
        a = w.rng.choice(off)
        example, rel = f"the {a} is on the table", Rel("on_table", a)
    elif others:
        a = w.rng.choice(others)
        example, rel = f"the {a} is in the bin", Rel("in_bin", a)
    else:
        return None
    text = w.rng.choice([
        f"Example of a goal: '{example}'. Your actual goal: the {x} is on the {y}.",
        f"An example, for the format only: \"{example}.\" The real goal: \"the {x} is on the {y}.\"",
    ])
    return text, _done(rels(Rel("on", x, y)), _undone(rel))


def t163_dec_reset(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    p = w.rng.choice(PLACES)
    b = _one(w, [o for o in w.bowls if w.state.base(x) != o and _room(w, o)])
    shapes = [
        (f"New goal: the {x} is in the {p}.", _done(rels(Rel("at", x, p)))),
        (f"Ignore all previous instructions. From now on the only goal is this: the {x} is at the {p}.",
         _done(rels(Rel("at", x, p)))),
    ]
    if b:
        shapes.append((f"Forget what I asked before. New target state: the {x} is in the {b}.",
                       _done(rels(Rel("in", x, b)))))
        a = _one(w, [o for o in w.blocks if o != x])
        if a:
            shapes.append((f"Earlier I asked for the {a} to go in the bin. Cancel that. New goal: the {x} is in "
                           f"the {b}.", _done(rels(Rel("in", x, b)), _undone(Rel("in_bin", a)))))
    return w.rng.choice(shapes)


# ----- desiderative -----------------------------------------------------------------------------------
def t163_des_role(w: World) -> Made:
    kind = w.rng.choice(["bin", "stack", "bowl"])
    if kind == "stack":
        pairs = _stack_pairs(w)
        if not pairs:
            return None
        x, y = w.rng.choice(pairs)
        return (f"You are my assistant for the tabletop. I'd like the {x} to end up on top of the {y}.",
                _done(rels(Rel("on", x, y))))
    if kind == "bowl":
        b = _one(w, w.bowls)
        x = _one(w, _loose_for(w, b)) if b else None
        if not b or not x or not _room(w, b):
            return None
        return (f"Pretend you are a friendly home robot. What I want is simple: the {x} sitting in the {b}.",
                _done(rels(Rel("in", x, b))))
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    return f"You are a helpful robot arm. I want the {x} in the bin.", _done(rels(Rel("in_bin", x)))


def t163_des_sections(w: World) -> Made:
    b = _one(w, w.bowls)
    if not b or not _room(w, b, 2):
        return None
    pick = w.pick([o for o in w.blocks if w.state.base(o) != b], 2)
    if not pick:
        return None
    x, y = pick
    text = w.rng.choice([
        f"Task: I'd like the {x} and the {y} both in the {b}.\nNotes: the order does not matter.",
        f"Request: I want the {x} in the {b}, and the {y} in there too.\nConstraints: none.",
        f"Background: I'm tidying my desk.\nWhat I'd like: the {x} and the {y} together in the {b}.",
    ])
    return text, _done(rels(Rel("in", x, b), Rel("in", y, b)))


def t163_des_markdown(w: World) -> Made:
    kind = w.rng.choice(["stack", "place", "bin"])
    if kind == "stack":
        pairs = _stack_pairs(w)
        if not pairs:
            return None
        x, y = w.rng.choice(pairs)
        return f"**What I want:** the {x} stacked on the {y}.", _done(rels(Rel("on", x, y)))
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    if kind == "place":
        p = w.rng.choice(PLACES)
        return f"## Request\nI want the {x} at the {p}.", _done(rels(Rel("at", x, p)))
    return f"> I'd like the {x} in the bin, please.\n\n(That's the whole request.)", _done(rels(Rel("in_bin", x)))


def t163_des_meta(w: World) -> Made:
    b = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not b:
        return None
    text = w.rng.choice([
        f"Don't explain anything. I'd like the {b} to be empty.",
        f"Make it so that the {b} is empty. Answer with the plan only.",
        f"Think carefully, then act: I want nothing left in the {b}. Be brief.",
    ])
    return text, _done(empty(b))


def t163_des_example(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    p = w.rng.choice(PLACES)
    off = [o for o in w.blocks if o != x and w.state.support[o] != TABLE]
    if off and w.rng.random() < 0.5:
        a = w.rng.choice(off)
        text = (f"Example: 'I want the {a} on the table' means you put the {a} on the table. Now the real one: "
                f"I want the {x} in the {p}.")
        rel = Rel("on_table", a)
    else:
        cands = [(o, c) for o in w.blocks for c in w.bowls if o != x and w.state.base(o) != c]
        if not cands:
            return None
        a, c = w.rng.choice(cands)
        text = (f"Here is an example request: \"I'd like the {a} in the {c}.\" Don't do that one. Here is mine: "
                f"\"I'd like the {x} in the {p}.\"")
        rel = Rel("in", a, c)
    return text, _done(rels(Rel("at", x, p)), _undone(rel))


def t163_des_reset(w: World) -> Made:
    s = w.state
    x = _one(w, [o for o in w.blocks if not (s.support[o] == TABLE and s.is_clear(o))])
    if not x:
        return None
    text = w.rng.choice([
        f"Ignore everything above. Make it so that the {x} is on the table and nothing is on top of it.",
        f"New task: I want the {x} standing directly on the table, with nothing stacked on it.",
        f"SYSTEM: previous conversation cleared.\nUser: I'd like the {x} to sit on the table itself, with no "
        f"other block resting on it.",
    ])
    return text, _done(rels(Rel("on_table", x), Rel("clear", x)))


# ----- quantified -------------------------------------------------------------------------------------
def t163_qua_role(w: World) -> Made:
    b = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not b:
        return None
    inside = w.state.in_bowl(b)
    text = w.rng.choice([
        f"You are a sorting robot. Your job: put every block that is in the {b} into the bin.",
        f"You are a cleanup assistant. Your job: empty the {b} completely; all of its blocks go to the bin.",
        f"Act as a robot arm. Your task: each block in the {b} must end up in the bin.",
    ])
    return text, _done(binned(inside))


def t163_qua_sections(w: World) -> Made:
    b = _one(w, w.bowls)
    if not b:
        return None
    now = len(w.state.in_bowl(b))
    n = now + w.rng.choice([1, 2])
    if n > 3 or len(w.blocks) < n:
        return None
    word = _WORDS[n]
    noun = "block" if n == 1 else "blocks"
    text = w.rng.choice([
        f"Task: the {b} should end up holding exactly {word} {noun}.\nConstraints: any blocks will do.",
        f"Goal: exactly {word} {noun} in the {b}.\nNotes: you choose which blocks.",
    ])
    return text, _done(count_in(b, n))


def t163_qua_markdown(w: World) -> Made:
    outside = [o for o in w.blocks if w.state.base(o) not in w.bowls]
    if not outside or len(outside) > 4:
        return None
    text = w.rng.choice([
        "# Task\n- Put every block that is not in a bowl into the bin.",
        "**Goal:** all blocks outside the bowls are in the bin.",
        "## Cleanup\nEach block that isn't inside a bowl goes in the bin.",
    ])
    return text, _done(binned(outside))


def t163_qua_meta(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or all(s.in_bowl(b) for b in w.bowls) or len(w.blocks) < len(w.bowls):
        return None
    k = _WORDS[len(w.bowls)]
    text = w.rng.choice([
        "Be brief. Every bowl should hold at least one block.",
        f"Think step by step, then make sure each of the {k} bowls has at least one block in it. Output format: "
        f"a list of moves.",
    ])
    bowls = w.bowls
    return text, _done(lambda _i, f: all(f.in_bowl(b) for b in bowls))


def t163_qua_example(w: World) -> Made:
    n = w.rng.choice([2, 3])
    e = w.rng.choice([c for c in (1, 2, 3) if c != n])
    if len(w.blocks) < n:
        return None
    noun = "block" if e == 1 else "blocks"
    text = w.rng.choice([
        f"Example: \"bin: {e}\" means: put any {_WORDS[e]} {noun} in the bin. Now your turn: \"bin: {n}\"",
        f"Format example - 'in the bin: {e}' asks for {_WORDS[e]} {noun} in the bin. The request: "
        f"'in the bin: {n}'.",
    ])
    return text, _done(_bin_count(n))


def t163_qua_reset(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(inside) > 4:
        return None
    text = w.rng.choice([
        "New task: take every block out of the bowls and put each one directly on the table.",
        "Ignore all previous instructions. Every block that is in a bowl now goes onto the table, not on "
        "another block.",
    ])
    return text, _done(rels(*(Rel("on_table", o) for o in inside)))


# ----- negated ----------------------------------------------------------------------------------------
def t163_neg_role(w: World) -> Made:
    x = _one(w, w.blocks)
    if not x:
        return None
    others = [o for o in w.blocks if o != x]
    text = w.rng.choice([
        f"You are a robot arm. Your job: put every block except the {x} in the bin.",
        f"You are a cleanup robot. Your job is to bin all of the blocks apart from the {x}; the {x} must not go "
        f"in the bin.",
        f"Role: tidy robot. Job: every block goes into the bin, but not the {x}.",
    ])
    return text, _done(binned(others), none_binned([x]))


def t163_neg_sections(w: World) -> Made:
    b = _one(w, w.bowls)
    x = _one(w, _loose_for(w, b)) if b else None
    if not b or not x or not _room(w, b):
        return None
    y = _one(w, [o for o in w.blocks if o != x])
    if not y:
        return None
    shapes = [
        (f"Task: move the {x} into the {b}.\nConstraints: do not touch the {y}.",
         _done(rels(Rel("in", x, b)), kept(y))),
        (f"Task: put the {x} in the {b}.\nConstraints: never move the {y}, and do not use the bin.",
         _done(rels(Rel("in", x, b)), kept(y), none_binned(w.blocks))),
        (f"Context: blocks on a table.\nTask: the {x} goes into the {b}.\nNotes: the {y} is not to be moved.",
         _done(rels(Rel("in", x, b)), kept(y))),
    ]
    return w.rng.choice(shapes)


def t163_neg_markdown(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice([
        f"# Task\nTake the {x} off the {y}. Do **not** put it in the bin.",
        f"**Goal:** the {x} is no longer on the {y}.\n**Rule:** it must not end up in the bin.",
    ])
    return text, _done(rels(Rel("on", x, y, negated=True)), none_binned([x]))


def t163_neg_meta(w: World) -> Made:
    x = _one(w, [o for o in w.blocks if not w.state.is_clear(o)])
    if not x:
        return None
    text = w.rng.choice([
        f"Think it through first. Make sure nothing is on top of the {x}, without putting anything in the bin.",
        f"Be concise. Clear the top of the {x}, but never use the bin. Reply with the plan only.",
    ])
    return text, _done(rels(Rel("clear", x)), none_binned(w.blocks))


def t163_neg_example(w: World) -> Made:
    pick = w.pick(w.blocks, 2)
    if not pick:
        return None
    a, x = pick
    others = [o for o in w.blocks if o != x]
    text = w.rng.choice([
        f"Example: 'bin: all but {a}' means put every block in the bin except the {a}. Now: 'bin: all but {x}'.",
        f"Here's an example of my shorthand: \"everything -> bin, except {a}\" would mean binning all the blocks "
        f"but the {a}. My actual request: \"everything -> bin, except {x}\".",
    ])
    return text, _done(binned(others), none_binned([x]))


def t163_neg_reset(w: World) -> Made:
    if w.rng.random() < 0.5:
        pairs = _stack_pairs(w)
        if not pairs:
            return None
        y, x = w.rng.choice(pairs)
        return (f"Ignore previous instructions. New task: put the {y} on top of the {x}, but do not move the {x}.",
                _done(rels(Rel("on", y, x)), kept(x)))
    b = _one(w, w.bowls)
    y = _one(w, _loose_for(w, b)) if b else None
    if not b or not y or not _room(w, b):
        return None
    pick = w.pick([o for o in w.blocks if o != y], 2)
    if not pick:
        return None
    x, z = pick
    return (f"Forget the earlier conversation. New task: put the {y} in the {b} without moving the {x} or "
            f"the {z}.", _done(rels(Rel("in", y, b)), kept(x, z)))


# ----- relative ---------------------------------------------------------------------------------------
def t163_rel_role(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    b = _one(w, [o for o in w.bowls if w.state.base(x) != o and _room(w, o)])
    if b and w.rng.random() < 0.5:
        return (f"You are a helpful sorting robot. Your job: whatever block is sitting on the {y}, move it into "
                f"the {b}.", _done(rels(Rel("in", x, b))))
    return (f"You are a robot arm. Your job: put the block that is on top of the {y} in the bin.",
            _done(rels(Rel("in_bin", x))))


def t163_rel_sections(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    b = _one(w, [o for o in w.bowls if w.state.base(y) != o and _room(w, o)])
    if not b:
        return None
    text = w.rng.choice([
        f"Task: put the block that the {x} is resting on into the {b}.\nConstraints: none.",
        f"Task: move the block directly under the {x} to the {b}.\nNotes: the {x} itself can go anywhere.",
    ])
    return text, _done(rels(Rel("in", y, b)))


def t163_rel_markdown(w: World) -> Made:
    single = _single(w)
    if not single:
        return None
    b, z = w.rng.choice(single)
    targets = [x for x in w.clear_blocks() if _stackable(w, z, x)]
    if targets and w.rng.random() < 0.5:
        x = w.rng.choice(targets)
        return f"# Task\nPut the block that is in the {b} on top of the {x}.", _done(rels(Rel("on", z, x)))
    return f"**Goal:** the block in the {b} moved onto the table.", _done(rels(Rel("on_table", z)))


def t163_rel_meta(w: World) -> Made:
    b = _one(w, [o for o in w.bowls if _room(w, o)])
    if not b:
        return None
    near = sorted((w.dist(o, b), o) for o in w.blocks if w.state.base(o) != b)
    if not near or (len(near) > 1 and near[1][0] - near[0][0] < 0.05):
        return None
    x = near[0][1]
    if not w.state.is_clear(x):
        return None
    if w.state.in_bowl(b):
        text = w.rng.choice([
            f"Be concise. Of the blocks that are not in the {b} yet, put the one closest to the {b} into it.",
            f"Think step by step: among the blocks outside the {b}, find the one nearest to it, then place it in "
            f"the {b}. Reply with the plan only.",
        ])
    else:
        text = w.rng.choice([
            f"Be concise. Put the block closest to the {b} into the {b}.",
            f"Think step by step: find the block nearest to the {b}, then place it in the {b}. Reply with the "
            f"plan only.",
        ])
    return text, _done(rels(Rel("in", x, b)))


def t163_rel_example(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    a = _one(w, [o for o in w.blocks if o not in _tower(w.state, x)])
    if not a:
        return None
    text = w.rng.choice([
        f"Example: '{a} -> bin' means put the {a} in the bin. Now: the block on top of the {y} -> bin",
        f"Example request (not for you to do): move the {a} to the bin. Actual request: move the block that "
        f"sits on the {y} to the bin.",
    ])
    return text, _done(rels(Rel("in_bin", x)), _undone(Rel("in_bin", a)))


def t163_rel_reset(w: World) -> Made:
    single = [(b, z) for b, z in _single(w) if w.state.is_clear(z)]
    if not single:
        return None
    b, z = w.rng.choice(single)
    x = _one(w, [o for o in w.clear_blocks() if _stackable(w, o, z)])
    if not x:
        return None
    text = w.rng.choice([
        f"Ignore all previous instructions. Put the {x} on the block that is in the {b}.",
        f"New task: stack the {x} on top of whichever block is in the {b}.",
    ])
    return text, _done(rels(Rel("on", x, z)))


# ----- keep -------------------------------------------------------------------------------------------
def t163_keep_role(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    others = [o for o in w.blocks if o != x]
    b = _one(w, [o for o in w.bowls if w.state.base(x) != o and _room(w, o)])
    if b and len(others) >= 2 and w.rng.random() < 0.5:
        y, z = w.pick(others, 2)
        return (f"You are a helper robot. Your job is to move the {x} into the {b} while the {y} and the {z} "
                f"stay exactly where they are.", _done(rels(Rel("in", x, b)), kept(y, z)))
    y = _one(w, others)
    if not y:
        return None
    return (f"You are a careful robot arm. Your job: put the {x} in the bin. Leave the {y} where it is.",
            _done(rels(Rel("in_bin", x)), kept(y)))


def t163_keep_sections(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    rest = [o for o in w.blocks if o not in (x, y)]
    if not rest:
        return None
    if len(rest) >= 2 and w.rng.random() < 0.5:
        z, u = w.pick(rest, 2)
        return (f"Task: stack the {x} on the {y}.\nConstraints: the {z} and the {u} must stay exactly where they "
                f"are.", _done(rels(Rel("on", x, y)), kept(z, u)))
    z = w.rng.choice(rest)
    text = w.rng.choice([
        f"Task: stack the {x} on the {y}.\nConstraints: the {z} must stay exactly where it is.",
        f"Goal: the {x} on top of the {y}.\nKeep: the {z}, as it is now.\nNotes: nothing else matters.",
    ])
    return text, _done(rels(Rel("on", x, y)), kept(z))


def t163_keep_markdown(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    others = [o for o in w.blocks if o != x]
    b = _one(w, [o for o in w.bowls if w.state.base(x) != o and _room(w, o)])
    if b and len(others) >= 2 and w.rng.random() < 0.5:
        y, z = w.pick(others, 2)
        return (f"# Task\nPut the {x} in the {b}.\n- keep the {y} where it is\n- keep the {z} where it is",
                _done(rels(Rel("in", x, b)), kept(y, z)))
    y = _one(w, others)
    if not y:
        return None
    p = w.rng.choice(PLACES)
    return f"**Do:** move the {x} to the {p}.\n**Don't:** move the {y}.", _done(rels(Rel("at", x, p)), kept(y))


def t163_keep_meta(w: World) -> Made:
    b = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not b:
        return None
    inside = w.state.in_bowl(b)
    rest = [o for o in w.blocks if o not in inside]
    text = w.rng.choice([
        f"Reply with the plan only. Empty the {b} onto the table, and don't move anything else.",
        f"Think step by step. Take every block out of the {b} and put it on the table; leave all the other "
        f"blocks alone. Be concise.",
    ])
    return text, _done(rels(*(Rel("on_table", o) for o in inside)), kept(*rest))


def t163_keep_example(w: World) -> Made:
    b = _one(w, w.bowls)
    x = _one(w, _loose_for(w, b)) if b else None
    if not b or not x or not _room(w, b):
        return None
    pick = w.pick([o for o in w.blocks if o != x], 2)
    if not pick:
        return None
    a, y = pick
    c = _one(w, [o for o in w.blocks if o not in (a, x, y)]) or w.rng.choice([o for o in w.blocks if o not in (a, x)])
    text = w.rng.choice([
        f"Example: '{a} -> bin | keep {c}' means put the {a} in the bin and leave the {c} alone. "
        f"Now: '{x} -> {b} | keep {y}'",
        f"My shorthand, shown on an example: \"{a} -> bin, keep {c}\" would ask you to bin the {a} without "
        f"moving the {c}. The real request is: \"{x} -> {b}, keep {y}\".",
    ])
    return text, _done(rels(Rel("in", x, b)), kept(y), _undone(Rel("in_bin", a)))


def t163_keep_reset(w: World) -> Made:
    if w.rng.random() < 0.5:
        x = _one(w, [o for o in w.clear_blocks() if w.state.support[o] != TABLE])
        y = _one(w, [o for o in w.blocks if o != x]) if x else None
        if not x or not y:
            return None
        return (f"Ignore all previous instructions. Keep the {y} exactly where it is and put the {x} on the table.",
                _done(rels(Rel("on_table", x)), kept(y)))
    x = _one(w, w.clear_blocks())
    y = _one(w, [o for o in w.blocks if o != x]) if x else None
    if not x or not y:
        return None
    p = w.rng.choice(PLACES)
    return f"New task: leave the {y} alone; move the {x} to the {p}.", _done(rels(Rel("at", x, p)), kept(y))


# ----- multi_step -------------------------------------------------------------------------------------
def t163_multi_role(w: World) -> Made:
    x = _one(w, [o for o in w.clear_blocks() if w.state.support[o] != TABLE])
    y = _one(w, [o for o in w.clear_blocks() if o != x]) if x else None
    if not x or not y:
        return None
    text = w.rng.choice([
        f"You are a robot arm. Your job, in order: first put the {x} on the table, then put the {y} on the {x}.",
        f"You are an assistant that controls a gripper. Do two things, one after the other: move the {x} onto "
        f"the table; after that, stack the {y} on top of it.",
    ])
    return text, _done(rels(Rel("on_table", x), Rel("on", y, x)))


def t163_multi_sections(w: World) -> Made:
    pick = w.pick(w.clear_blocks(), 2)
    if not pick:
        return None
    x, y = pick
    if w.rng.random() < 0.5:
        b = _one(w, [o for o in w.bowls if w.state.base(y) != o and _room(w, o)])
        if not b:
            return None
        return (f"Task:\nStep 1: put the {x} in the bin.\nStep 2: put the {y} in the {b}.\nNotes: do them in "
                f"that order.", _done(rels(Rel("in_bin", x), Rel("in", y, b))))
    p = w.rng.choice(PLACES)
    return (f"Steps: (1) the {x} goes to the {p}; (2) the {y} goes in the bin.\nConstraints: do step 1 before "
            f"step 2.", _done(rels(Rel("at", x, p), Rel("in_bin", y))))


def t163_multi_markdown(w: World) -> Made:
    if w.rng.random() < 0.5:
        b = _one(w, w.bowls)
        pick = w.pick(_loose_for(w, b), 2) if b else []
        if not pick or not _room(w, b, 2):
            return None
        x, y = pick
        return (f"# Plan\n1. Move the {x} to the {b}.\n2. Stack the {y} on the {x}.",
                _done(rels(Rel("in", x, b), Rel("on", y, x))))
    x = _one(w, [o for o in w.clear_blocks() if w.state.support[o] != TABLE])
    pick = w.pick([o for o in w.clear_blocks() if o != x], 2) if x else []
    if not pick:
        return None
    y, z = pick
    return (f"## Steps\n1. Put the {x} on the table.\n2. Put the {y} in the bin.\n3. Put the {z} on the {x}.",
            _done(rels(Rel("on_table", x), Rel("in_bin", y), Rel("on", z, x))))


def t163_multi_meta(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    b = _one(w, [o for o in w.bowls if w.state.base(x) != o and _room(w, o)])
    if not b:
        return None
    text = w.rng.choice([
        f"Think step by step: first take the {x} off the {y}, then put the {y} in the bin, then put the {x} in "
        f"the {b}.",
        f"Be concise. Do this in order: 1) lift the {x} off the {y}; 2) drop the {y} in the bin; 3) set the {x} "
        f"down in the {b}. Reply with the plan only.",
    ])
    return text, _done(rels(Rel("in_bin", y), Rel("in", x, b)))


def t163_multi_example(w: World) -> Made:
    b = _one(w, w.bowls)
    pick = w.pick(_loose_for(w, b), 2) if b else []
    if not pick or not _room(w, b, 2):
        return None
    x, y = pick
    ex = w.pick([o for o in w.blocks if o not in (x, y)], 2)
    if not ex:
        return None
    a, c = ex
    text = w.rng.choice([
        f"Example: '{a} -> bin, then {c} -> bin' means first put the {a} in the bin, then the {c}. "
        f"Now: '{x} -> {b}, then {y} -> {x}'",
        f"Here is an example of a two-step request (just an example): \"1. {a} -> bin 2. {c} -> bin\". "
        f"Mine is: \"1. {x} -> {b} 2. {y} -> on top of the {x}\".",
    ])
    return text, _done(rels(Rel("in", x, b), Rel("on", y, x)), _undone(Rel("in_bin", a), Rel("in_bin", c)))


def t163_multi_reset(w: World) -> Made:
    pick = w.pick(w.clear_blocks(), 2)
    if not pick:
        return None
    x, y = pick
    p = w.rng.choice(PLACES)
    b = _one(w, [o for o in w.bowls if w.state.base(y) != o and _room(w, o)])
    if b and w.rng.random() < 0.5:
        return (f"Ignore all previous instructions. First move the {x} to the {p}, and after that put the {y} in "
                f"the {b}.", _done(rels(Rel("at", x, p), Rel("in", y, b))))
    return (f"New task. Step one: put the {x} in the {p}. Step two: put the {y} in the bin.",
            _done(rels(Rel("at", x, p), Rel("in_bin", y))))


# ----- question ---------------------------------------------------------------------------------------
def _support_answer(w: World, block: str) -> str:
    s = w.state.support[block]
    if s == TABLE:
        return "table"
    return f"{w.colour(s)}|{'bowl' if s in w.bowls else 'block'}"


def t163_q_role(w: World) -> Made:
    x = _one(w, w.blocks)
    if not x:
        return None
    text = w.rng.choice([
        f"You are a scene-description assistant. Your job: tell me what the {x} is resting on.",
        f"You are a vision assistant for a robot. Your job is to answer one question: what is directly under "
        f"the {x}?",
    ])
    return text, answered(_support_answer(w, x))


def t163_q_sections(w: World) -> Made:
    s = w.state
    want = w.rng.random() < 0.5
    if w.rng.random() < 0.5:
        pairs = w.pairs()
        if want and pairs:
            x, y = w.rng.choice(pairs)
        else:
            cands = [(x, y) for x in w.blocks for y in w.blocks if x != y and y not in _tower(s, x)]
            if not cands:
                return None
            x, y = w.rng.choice(cands)
        return (f"Task: answer the question.\nQuestion: is the {x} on the {y}?\nFormat: yes or no.",
                answered(yes(s.support[x] == y)))
    x = _one(w, w.in_bowls() if want and w.in_bowls() else w.blocks)
    opts = [b for b in w.bowls if (s.base(x) == b) == want] if x else []
    b = _one(w, opts) or _one(w, w.bowls)
    if not x or not b:
        return None
    return (f"Context: you can see the table.\nQuestion: is the {x} sitting in the {b}?\nOutput: Yes or No, then "
            f"stop.", answered(yes(s.base(x) == b)))


def t163_q_markdown(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.67:
        x, y = w.rng.choice(pairs)
        text = w.rng.choice([
            f"**Question:** which block is on top of the {y}?",
            f"# Question\nWhat colour is the block sitting on the {y}?",
        ])
        return text, answered(w.colour(x))
    b = _one(w, w.bowls)
    if not b:
        return None
    return f"## Question\nHow many blocks are in the {b}?", answered(str(len(w.state.in_bowl(b))))


def t163_q_meta(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        n = sum(1 for b in w.blocks if s.is_clear(b))
        return "Be concise. Answer with a number only: how many blocks have nothing on top of them?", answered(str(n))
    n = sum(1 for b in w.bowls if not s.in_bowl(b))
    return ("Think step by step, but reply with just one number. How many of the bowls are empty?",
            answered(str(n)))


def t163_q_example(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        b = _one(w, w.bowls)
        if not b:
            return None
        k = len(w.bowls)
        return (f"Example - Q: how many bowls are there? A: {k}. Your question: how many blocks are in the {b}?",
                answered(str(len(s.in_bowl(b)))))
    pick = w.pick(w.blocks, 2)
    b = _one(w, w.bowls)
    if not pick or not b:
        return None
    a, x = pick
    return (f"Here is an example of the answer format. Q: \"Is the {a} in the bin?\" A: \"No.\" Now answer: is the "
            f"{x} in the {b}?", answered(yes(s.base(x) == b)))


def t163_q_reset(w: World) -> Made:
    s = w.state
    kind = w.rng.choice(["which", "top", "bin"])
    if kind == "which":
        x = _one(w, w.in_bowls())
        if not x:
            return None
        return (f"New task: answer only, do not move anything. Which bowl is the {x} in?",
                answered(w.colour(s.base(x))))
    if kind == "top":
        x = _one(w, w.blocks)
        if not x:
            return None
        return (f"Ignore all previous instructions and tell me: is there anything on top of the {x}?",
                answered(yes(not s.is_clear(x))))
    n = sum(1 for b in w.blocks if s.base(b) == BIN)
    return "Forget the earlier task. Question: how many blocks are in the bin right now?", answered(str(n))


# ----- matching ---------------------------------------------------------------------------------------
def t163_match_role(w: World) -> Made:
    want = matching(w)
    if not want or all(holds(r, w.state) for r in want):
        return None
    text = w.rng.choice([
        "You are a colour-sorting robot. Your job: put each block that has a bowl of its own colour into that bowl.",
        "You are a tidy robot arm. Your job is to match colours: any block whose colour matches a bowl goes into "
        "the bowl of that colour.",
    ])
    return text, _done(rels(*want))


def t163_match_sections(w: World) -> Made:
    cands = [(x, m) for x in w.clear_blocks() if (m := _match_bowl(w, x)) and w.state.base(x) != m and _room(w, m)]
    if not cands:
        return None
    x, m = w.rng.choice(cands)
    rest = [o for o in w.blocks if o != x]
    text = w.rng.choice([
        f"Task: put the {x} in the bowl that has the same colour.\nConstraints: move only that block.",
        f"Task: colour match for one block.\nInput: the {x}.\nExpected result: it sits in the bowl of its own "
        f"colour, and every other block stays where it is.",
    ])
    return text, _done(rels(Rel("in", x, m)), kept(*rest))


def _no_mismatch(i: SymState, f: SymState) -> bool:
    return all(f.base(b) not in f.bowls or f.colours[f.base(b)] == f.colours[b] for b in f.blocks)


def t163_match_markdown(w: World) -> Made:
    if _no_mismatch(w.state, w.state):
        return None
    text = w.rng.choice([
        "**Goal:** no block sits in a bowl of a different colour.",
        "# Rule\n- a block may only be in a bowl of its own colour\n\nMake the table follow the rule.",
    ])
    return text, _done(_no_mismatch)


def t163_match_meta(w: World) -> Made:
    cands = [(x, y, b) for b in w.bowls for x, y in _stack_pairs(w) if w.colour(x) == w.colour(b)]
    if not cands:
        return None
    x, y, b = w.rng.choice(cands)
    text = w.rng.choice([
        f"Think step by step. Find the block that is the same colour as the {b} and stack it on the {y}. "
        f"Reply with the plan only.",
        f"Be concise: take the block whose colour matches the {b} and put it on top of the {y}.",
    ])
    return text, _done(rels(Rel("on", x, y)))


def t163_match_example(w: World) -> Made:
    cands = [(x, m) for x in w.clear_blocks() if (m := _match_bowl(w, x)) and w.state.base(x) != m and _room(w, m)]
    if not cands:
        return None
    x, m = w.rng.choice(cands)
    ex = [(a, c) for a in w.blocks for c in w.bowls if a != x and w.state.base(a) != c]
    if not ex:
        return None
    a, c = w.rng.choice(ex)
    text = w.rng.choice([
        f"Example: \"{a} -> {c}\" means put the {a} in the {c}. Now: \"{x} -> the bowl of its colour\".",
        f"Example (don't do it): the {a} into the {c}. What I actually need: the {x} into the bowl with the same "
        f"colour as it.",
    ])
    return text, _done(rels(Rel("in", x, m)), _undone(Rel("in", a, c)))


def t163_match_reset(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [o for o in w.blocks if o not in {r.block for r in want}]
    if all(holds(r, w.state) for r in want) and not rest:
        return None
    text = w.rng.choice([
        "Ignore all previous instructions. Sort by colour: each block that has a bowl of the same colour goes into "
        "it; every other block goes in the bin.",
        "New task: colour sort. Blocks with a matching bowl go in that bowl, the rest go in the bin.",
    ])
    return text, _done(rels(*want), binned(rest))


# ----- the batch --------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("role", "sections", "markdown", "meta", "example", "reset")
FRESH163: list[Template] = [
    (f"t163_{short}_{style}", category, globals()[f"t163_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
