"""`FRESH195`, the hundred-and-ninety-sixth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing what they want into the robot's
chat window in their own plain words. A librarian speaks quietly and "shelves", "puts away" and "files" blocks; a
nurse practitioner gives clear, numbered steps ("first", "then", "after that"); a stage manager calls cues and
"places" and "sets" things on their marks; a plumber "sticks" and "bungs" things about; a babysitter is patient and
says "let's tidy" and "all the blocks"; a robotics student writes "goal:", "end state" and "pick-and-place". The
jobs are the everyday ones: a block into a bowl, onto another block, into a corner or the middle, into the bin;
towers; sorting by colour; clearing a bowl or the table; leaving some things as they are; and plain questions
about the table (one or two in a message). The checks accept every outcome that meets the words, in any order and
with any free choice the words leave open, with nothing left in the gripper; "on the table" for a block taken out of
a bowl accepts it standing on the table in a tower, while "put it down on the table" and "directly on the table" ask
for the table itself. The six styles:

- librarian: "Please shelve the red block in the blue bowl. Thank you."
- nurse: "First, move the red block to the middle. Then put the green block on top of it."
- stage: "Cue one: the red block goes to the top left corner. Cue two: the blue block goes to the middle."
- plumber: "Bung the red block in the bin first, then stick the green block in the blue bowl."
- sitter: "Let's tidy up! All the blocks go in the blue bowl."
- student: "Goal: the red block in the middle. Invariant: the blue block keeps its current position."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 536452d, the code of 2c7c312, before anything it could prompt): 0.9167
goal-correct (275 of 300), 15 refused, 5 asked, no wrong action. Five wrong replies: "Two quick questions. First, how
many bowls are there? Second, what colour is the block on top of X?" was not answered. It asked on "Goal: X in the
bottom right corner. Invariant: Y and Z keep their current positions.". The refusals: "on its mark in the middle for the
next scene", "everything else stays on its mark, exactly where it is now", "Colour-match the set: ...". One slip while it
was written: its tester ran `sed -n 1,30p sim/core/lexicon.py | head -0`, which printed nothing.
"""

from __future__ import annotations

import math

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
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- helpers ----------------------------------------------------------------------------------------
def _free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(w: World, text: str, *checks: Check) -> Made:
    """An action instance: the goal plus an empty gripper; None when the scene already meets it."""
    check = both(*checks, _free)
    return None if check(w.state, w.state) else (text, check)


def _on_table_loosely(*blocks: str) -> Check:
    """Each block's tower stands on the table (or a named place on it): out of the bowls and the bin."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _alone(*blocks: str) -> Check:
    """Each block rests where it rested and carries what it carried."""
    return lambda i, f: all(i.support[b] == f.support[b] and sorted(i.on_top(b)) == sorted(f.on_top(b))
                            for b in blocks)


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _matching_bowl(w: World, block: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == w.colour(block)), None)


def _others(w: World, *names: str) -> list[str]:
    return [b for b in w.blocks if b not in names]


# ----- imperative -----------------------------------------------------------------------------------
def t195_imp_librarian(w: World) -> Made:
    a, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    return _act(w, f"Please shelve the {a} in the {bowl}. Thank you.", rels(Rel("in", a, bowl)))


def t195_imp_nurse(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _act(w, f"Could you move the {a} onto the {b}, please? Thank you.", rels(Rel("on", a, b)))


def t195_imp_stage(w: World) -> Made:
    a, place = w.pick(w.blocks)[0], w.rng.choice(PLACES)
    return _act(w, f"Next cue: set the {a} down in the {place}.", rels(Rel("at", a, place)))


def t195_imp_plumber(w: World) -> Made:
    a, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    return _act(w, f"Bung the {a} in the {bowl}, would you?", rels(Rel("in", a, bowl)))


def t195_imp_sitter(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _act(w, f"Time to tidy up! Can you put the {a} and the {b} in the bin for me?", binned([a, b]))


def t195_imp_student(w: World) -> Made:
    lifted = [b for b in w.blocks if w.state.support[b] != TABLE]
    if not lifted:
        return None
    a = w.rng.choice(lifted)
    s = w.state.support[a]
    off = f"out of the {s}" if s in w.bowls else f"off the {s}"
    return _act(w, f"Pick-and-place task: take the {a} {off} and put it down on the table.",
                rels(Rel("on_table", a)))


# ----- declarative ----------------------------------------------------------------------------------
def t195_dec_librarian(w: World) -> Made:
    a, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    return _act(w, f"The {a} belongs in the {bowl}.", rels(Rel("in", a, bowl)))


def t195_dec_nurse(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    b = w.rng.choice(_others(w, a))
    bowl = w.pick(w.bowls)[0]
    text = f"When you are finished, the {a} should be on the table and the {b} should be in the {bowl}."
    return _act(w, text, _on_table_loosely(a), rels(Rel("in", b, bowl)))


def t195_dec_stage(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place, bowl = w.rng.choice(PLACES), w.pick(w.bowls)[0]
    text = f"Opening positions: the {a} is in the {place}, and the {b} is in the {bowl}."
    return _act(w, text, rels(Rel("at", a, place), Rel("in", b, bowl)))


def t195_dec_plumber(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = f"Right, so the {a} goes in the bin and the {b} goes on the {c}."
    return _act(w, text, rels(Rel("in_bin", a), Rel("on", b, c)))


def t195_dec_sitter(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    if len([x for x in _below(w.state, b) if x not in (a, c)]) > 1:
        return None  # the tower would grow past four blocks
    text = f"When we're all done, the {a} is sitting on top of the {b}, and the {c} is on top of the {a}."
    return _act(w, text, rels(Rel("on", a, b), Rel("on", c, a)))


def t195_dec_student(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    return _act(w, f"End state: {a} in the {bowl}, {b} in the bin.", rels(Rel("in", a, bowl), Rel("in_bin", b)))


# ----- desiderative ---------------------------------------------------------------------------------
def t195_des_librarian(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    text = f"I'd like the {a} taken out of the {bowl} and put on the table, please."
    return _act(w, text, _on_table_loosely(a))


def t195_des_nurse(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    return _act(w, f"I want the {a} in the bin and the {b} in the {bowl}.", rels(Rel("in_bin", a), Rel("in", b, bowl)))


def t195_des_stage(w: World) -> Made:
    a, place = w.pick(w.blocks)[0], w.rng.choice(PLACES)
    return _act(w, f"I need the {a} on its mark in the {place} for the next scene.", rels(Rel("at", a, place)))


def t195_des_plumber(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _act(w, f"I'd like the {a} stuck on top of the {b}, cheers.", rels(Rel("on", a, b)))


def t195_des_sitter(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    text = f"I'd love it if the {a} and the {b} were both in the {bowl}."
    return _act(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t195_des_student(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = f"Make it so that the {a} is in the {place} and the {b} is stacked on it."
    return _act(w, text, rels(Rel("at", a, place), Rel("on", b, a)))


# ----- quantified -----------------------------------------------------------------------------------
def t195_qua_librarian(w: World) -> Made:
    text = "Kindly put every block directly on the table: none on another block, and none in a bowl."
    return _act(w, text, rels(*(Rel("on_table", b) for b in w.blocks)))


def t195_qua_nurse(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _act(w, f"Please put all of the blocks from the {bowl} into the bin.", binned(w.state.in_bowl(bowl)))


def t195_qua_stage(w: World) -> Made:
    return _act(w, "Strike the whole set: every block goes into the bin.", binned(w.blocks))


def t195_qua_plumber(w: World) -> Made:
    n = w.rng.choice([k for k in (2, 3) if k < len(w.blocks)])
    text = f"Chuck any {_NUMBERS[n]} of the blocks in the bin, doesn't matter which ones."
    return _act(w, text, lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n)


def t195_qua_sitter(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    return _act(w, f"Let's tidy up! All the blocks go in the {bowl}.", rels(*(Rel("in", b, bowl) for b in w.blocks)))


def t195_qua_student(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    now = len(w.state.in_bowl(bowl))
    n = w.rng.choice([k for k in (1, 2, 3) if k != now and k < len(w.blocks)])
    text = f"Goal state: the {bowl} holds exactly {_NUMBERS[n]} blocks, any {_NUMBERS[n]}."
    if n == 1:
        text = f"Goal state: the {bowl} holds exactly one block, any one."
    return _act(w, text, count_in(bowl, n))


# ----- negated --------------------------------------------------------------------------------------
def t195_neg_librarian(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    text = f"Please put the {a} in one of the bowls, but not the {bowl}."
    return _act(w, text, lambda _i, f: f.base(a) in f.bowls and f.base(a) != bowl)


def t195_neg_nurse(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Take the {a} off the {b}, but do not put it in the bin or in a bowl."
    return _act(w, text, lambda _i, f: f.support[a] != b and f.base(a) not in (BIN, *f.bowls))


def t195_neg_stage(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    text = f"Clear every block into the bin except the {a}."
    return _act(w, text, binned(_others(w, a)), none_binned([a]))


def t195_neg_plumber(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"Stick the {a} on top of one of the other blocks, just not the {b}."
    return _act(w, text, lambda _i, f: f.support[a] in f.support and f.support[a] != b)


def t195_neg_sitter(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a):
        return None
    bowl = w.pick(w.bowls)[0]
    text = f"Let's put the {a} in the {bowl}, without moving the {b} at all."
    return _act(w, text, rels(Rel("in", a, bowl)), kept(b))


def t195_neg_student(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _act(w, f"Goal: nothing left in the {bowl}, and no block in the bin.", empty(bowl), none_binned(w.blocks))


# ----- relative -------------------------------------------------------------------------------------
def t195_rel_librarian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    text = f"Please take the block that is sitting on the {b} and shelve it in the {bowl}."
    return _act(w, text, rels(Rel("in", a, bowl)), lambda _i, f: f.support[a] != b)


def t195_rel_nurse(w: World) -> Made:
    single = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    a = w.state.in_bowl(bowl)[0]
    return _act(w, f"There is one block in the {bowl}. Please move it onto the table.", rels(Rel("on_table", a)))


def t195_rel_stage(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, under = w.rng.choice(pairs)
    place = w.rng.choice(PLACES)
    return _act(w, f"Set the block underneath the {top} in the {place}.", rels(Rel("at", under, place)))


def t195_rel_plumber(w: World) -> Made:
    bases = [b for b in w.blocks if w.state.on_top(b)]
    if not bases:
        return None
    b = w.rng.choice(bases)
    return _act(w, f"Bung whatever's on top of the {b} in the bin.", binned(w.state.above(b)))


def t195_rel_sitter(w: World) -> Made:
    s = w.state
    heights = {b: 1 + len(s.above(b)) for b in w.blocks if s.support[b] not in s.support}
    tallest = max(heights.values())
    bottoms = [b for b, h in heights.items() if h == tallest]
    if tallest < 2 or len(bottoms) != 1:
        return None
    top = s.above(bottoms[0])[0]
    text = "Let's take the top block off the tallest tower and put it down on the table."
    return _act(w, text, rels(Rel("on_table", top)))


def t195_rel_student(w: World) -> Made:
    pos = {b: w.scene.get(b).position for b in w.blocks}
    for place in w.rng.sample(PLACES, len(PLACES)):
        px, py = layout.PLACES[place]
        dist = sorted((math.hypot(pos[b][0] - px, pos[b][1] - py), b) for b in w.blocks)
        (d0, a), (d1, _) = dist[0], dist[1]
        if d1 - d0 >= 0.04 and w.state.support[a] == TABLE and w.state.is_clear(a):
            bowl = w.pick(w.bowls)[0]
            return _act(w, f"Goal: the block closest to the {place} ends up in the {bowl}.", rels(Rel("in", a, bowl)))
    return None


# ----- keep -----------------------------------------------------------------------------------------
def t195_keep_librarian(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a):
        return None
    bowl = w.pick(w.bowls)[0]
    text = f"Please shelve the {a} in the {bowl}, and leave the {b} exactly where it is."
    return _act(w, text, rels(Rel("in", a, bowl)), kept(b))


def t195_keep_nurse(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    if {b, c} & set(w.state.above(a)):
        return None
    return _act(w, f"Put the {a} in the bin. Do not touch the {b} or the {c}.", binned([a]), kept(b, c))


def t195_keep_stage(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    a, b = w.rng.sample(clear, 2)
    text = f"Set the {a} on the {b}; everything else stays on its mark, exactly where it is now."
    return _act(w, text, rels(Rel("on", a, b)), kept(*_others(w, a)))


def t195_keep_plumber(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if set(w.state.above(a)) - {b} or set(w.state.above(b)) - {a}:
        return None
    text = f"Bung the {a} and the {b} in the bin but leave the rest be."
    return _act(w, text, binned([a, b]), kept(*_others(w, a, b)))


def t195_keep_sitter(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    rest = _others(w, *inside)
    if not rest:
        return None
    b = w.rng.choice(rest)
    text = f"Let's empty the {bowl} out onto the table, but leave the {b} alone."
    return _act(w, text, _on_table_loosely(*inside), _alone(b))


def t195_keep_student(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    if {b, c} & set(w.state.above(a)):
        return None
    place = w.rng.choice(PLACES)
    text = f"Goal: the {a} in the {place}. Invariant: the {b} and the {c} keep their current positions."
    return _act(w, text, rels(Rel("at", a, place)), kept(b, c))


# ----- multi_step -----------------------------------------------------------------------------------
def t195_multi_librarian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    text = f"First, please take the {a} off the {b}. Then shelve it in the {bowl}."
    return _act(w, text, rels(Rel("in", a, bowl)), lambda _i, f: f.support[a] != b)


def t195_multi_nurse(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    place = w.rng.choice(PLACES)
    text = (f"First, move the {a} to the {place}. Then put the {b} on top of it. "
            f"After that, put the {c} in the bin.")
    return _act(w, text, rels(Rel("at", a, place), Rel("on", b, a), Rel("in_bin", c)))


def t195_multi_stage(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    p1, p2 = w.rng.sample(PLACES, 2)
    text = f"Cue one: the {a} goes to the {p1}. Cue two: the {b} goes to the {p2}. That's places."
    return _act(w, text, rels(Rel("at", a, p1), Rel("at", b, p2)))


def t195_multi_plumber(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    text = f"Bung the {a} in the bin first, then stick the {b} in the {bowl}."
    return _act(w, text, rels(Rel("in_bin", a), Rel("in", b, bowl)))


def t195_multi_sitter(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = (f"Let's go one step at a time: put the {a} on the table, then the {b} on top of the {a}, "
            f"and then the {c} on top of the {b}.")
    return _act(w, text, rels(Rel("stacked", a, b, c)))


def t195_multi_student(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    if c in _below(w.state, b):
        return None
    bowl = w.pick(w.bowls)[0]
    text = (f"Step 1: pick up the {a}. Step 2: place it on the {b}. Step 3: pick up the {c}. "
            f"Step 4: place it in the {bowl}.")
    return _act(w, text, rels(Rel("on", a, b), Rel("in", c, bowl)))


# ----- question -------------------------------------------------------------------------------------
def t195_q_librarian(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"Quietly now: how many blocks are in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t195_q_nurse(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, b = w.rng.choice(pairs)
    text = (f"Two quick questions. First, how many bowls are there? "
            f"Second, what colour is the block on top of the {b}?")
    return text, answered(f"{len(w.bowls)}|{w.colour(top)}")


def t195_q_stage(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return f"Checking the set: is there anything on top of the {b}?", answered(yes(bool(w.state.on_top(b))))


def t195_q_plumber(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
    else:
        a, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    return f"Is the {a} in the {bowl}, mate?", answered(yes(w.state.base(a) == bowl))


def t195_q_sitter(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    bowl = w.rng.choice(full or w.bowls)
    text = f"How many blocks are there altogether? And how many of them are in the {bowl}?"
    return text, answered(f"{len(w.blocks)}|{len(w.state.in_bowl(bowl))}")


def t195_q_student(w: World) -> Made:
    n = sum(w.state.is_clear(b) for b in w.blocks)
    return "State query: how many blocks currently have nothing on top of them?", answered(str(n))


# ----- matching -------------------------------------------------------------------------------------
def t195_match_librarian(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _act(w, "Please shelve each block in the bowl of its own colour.", rels(*want))


def t195_match_nurse(w: World) -> Made:
    pairs = [(b, bw) for b in w.blocks if (bw := _matching_bowl(w, b))]
    if not pairs:
        return None
    a, bowl = w.rng.choice(pairs)
    text = f"First, find the block that is the same colour as the {bowl}. Then put it in that bowl."
    return _act(w, text, rels(Rel("in", a, bowl)))


def t195_match_stage(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if not _matching_bowl(w, b)]
    text = ("Colour-match the set: every block with a bowl of its colour goes in that bowl, "
            "and every other block goes in the bin.")
    return _act(w, text, rels(*want), binned(rest))


def t195_match_plumber(w: World) -> Made:
    have = [b for b in w.blocks if _matching_bowl(w, b)]
    if not have:
        return None
    a = w.rng.choice(have)
    bowl = _matching_bowl(w, a)
    assert bowl is not None
    return _act(w, f"Stick the {a} in the bowl that's the same colour as it.", rels(Rel("in", a, bowl)))


def t195_match_sitter(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if not _matching_bowl(w, b)]
    if not want or not rest:
        return None
    text = ("Let's sort by colour! Each block goes in the bowl that matches it, and the blocks with no "
            "matching bowl go on the table.")
    return _act(w, text, rels(*want), _on_table_loosely(*rest))


def t195_match_student(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if not _matching_bowl(w, b)]
    text = "Goal: every block whose colour matches a bowl is in that bowl, and no other block is in any bowl."
    return _act(w, text, rels(*want), lambda _i, f: all(f.base(b) not in f.bowls for b in rest))


# ----- the list -------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("librarian", "nurse", "stage", "plumber", "sitter", "student")
FRESH195: list[Template] = [
    (f"t195_{short}_{style}", category, globals()[f"t195_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
