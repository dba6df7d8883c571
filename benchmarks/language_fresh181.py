"""`FRESH181`, the hundred-and-eighty-second untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, each typing into the robot's chat window in
their own plain words. A nurse on a short break is brisk ("could you just", "quickly"); a student writing a lab report
is slightly formal ("the objective is", "subsequently"); a grandparent trying the technology for the first time is
polite, wordy and unsure ("dear", "if it is no trouble"); a warehouse worker speaks in terse logistics words ("load",
"drop off", "clear out"); a non-native speaker uses simple, slightly off English ("please you put", "the red block go
to"); and a parent with a toddler on their lap is interrupted and corrects themselves mid-sentence ("wait", "no, not
that one"). The jobs are the everyday ones: a block into a bowl, onto another block or to a named place, stacks and
towers, sorting by colour, clearing the table or a bowl into the bin, and plain questions about the table. The checks
ask for the goal the words name and nothing more, in any order and with any free choice the words leave open; every
action must end with the gripper empty and, unless the bin was asked for, with no block thrown away. Where a parent
corrects themselves, only the corrected request counts, and the thing they took back must not be done in its place.

The six styles:

- nurse: "Could you just pop the red block in the blue bowl? Quickly, thanks."
- student: "The objective is for the green block to be stacked on the yellow block."
- grandparent: "Dear, could you put the pink block into one of the bowls? Not the cyan bowl, please."
- warehouse: "Step 1: clear out the red bowl into the bin. Step 2: load the green block into the red bowl."
- nonnative: "Please you take off all blocks from the white block, but no put them in the bin."
- parent: "Put the blue block... wait, no, not that one. The red block. Put the red block in the green bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 61ca9d3, the code of 36e201a, before anything it could prompt): 0.69
goal-correct (207 of 300), 76 refused, 6 asked. One wrong action: "I am not sure how this works, but would you be so kind
as to place X on Y, dear?" got the help text ('how this works' read as a question). Ten wrong replies: "Could you tell
me, if it is no trouble, whether X is sitting in a bowl?" and "Inventory: number of blocks on the table, not counting
blocks in bowls?" got the help text or 'I don't see'. The refusals, most of them the parent's broken-off speech: "Make it
so that X is in the... hang on, he's pulling my sleeve... in the top right corner", "Put three... no, wait, two. Put two
blocks in the bin", "How many blocks... wait, no, put that down... how many blocks are there altogether?"; and "as the
procedure requires", "Relocate it anywhere except the bin", "Colour sort. Matching bowl: load it in. No matching bowl: bin
it.", "Need X plus Y in W", "Please you take off all blocks from X, but no put them in the bin".
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
from sim.core.relations import Rel
from sim.core.symbolic import SymState


# ----- helpers ----------------------------------------------------------------------------------------
def _released(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(text: str, w: World, *checks: Check) -> Made:
    """An action instance: its checks plus an empty gripper; None when the scene already satisfies it."""
    check = both(_released, *checks)
    if check(w.state, w.state):
        return None
    return text, check


def _one(w: World, items: list):
    return w.rng.choice(items) if items else None


def _say(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _rest(w: World, *names: str) -> list[str]:
    return [b for b in w.blocks if b not in names]


def _tower(s: SymState, block: str) -> list[str]:
    """The tower holding `block`, bottom first."""
    while s.support[block] in s.support:
        block = s.support[block]
    return [block, *reversed(s.above(block))]


def _depth(s: SymState, block: str) -> int:
    """1 for a block at the bottom of its tower, 2 for the one on it, and so on."""
    return _tower(s, block).index(block) + 1


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _stackable(s: SymState, a: str, b: str) -> bool:
    """Whether "put a on b" is a sensible, doable request here (different towers, not too tall, not done)."""
    return a != b and b not in _tower(s, a) and _depth(s, b) < layout.MAX_TOWER and s.support[a] != b


def _loose_on_table(s: SymState) -> list[str]:
    return [b for b in s.blocks if s.support[b] not in (TABLE, *PLACES)]


def _not_on(a: str, b: str) -> Check:
    return lambda _i, f: f.support[a] != b


def _in_some_bowl_but(a: str, bowl: str) -> Check:
    return lambda _i, f: f.base(a) in f.bowls and f.base(a) != bowl


def _binned_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _one_tower(blocks: list[str]) -> Check:
    """All `blocks` in one tower, in any order, standing anywhere but the bin."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.base(bottoms[0]) == BIN:
            return False
        return sorted(_tower(f, bottoms[0])) == sorted(blocks)

    return check


def _same_bowl_contents(bowl: str) -> Check:
    return lambda i, f: sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl))


def _bowl_of(w: World) -> dict[str, str]:
    """Block -> the bowl of its colour, for every block that has one."""
    by_colour = {w.colour(x): x for x in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _towers(s: SymState) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first."""
    return [_tower(s, b) for b in s.blocks if s.support[b] not in s.support and s.on_top(b)]


# ----- imperative -------------------------------------------------------------------------------------
def t181_imp_nurse(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if _room(s, x)])
    a = _one(w, [b for b in w.blocks if bowl and s.base(b) != bowl])
    if not a:
        return None
    text = _say(w, f"Could you just pop the {a} in the {bowl}? Quickly, thanks.",
                f"Quickly please, put the {a} into the {bowl}.",
                f"Can you just drop the {a} into the {bowl}? I've only got a minute.")
    return _act(text, w, rels(Rel("in", a, bowl)), none_binned(w.blocks))


def t181_imp_student(w: World) -> Made:
    a, place = _one(w, w.blocks), w.rng.choice(PLACES)
    text = _say(w, f"Please relocate the {a} to the {place}.",
                f"For this trial, place the {a} in the {place}.",
                f"Move the {a} to the {place}, please, so that the setup matches the procedure.")
    return _act(text, w, rels(Rel("at", a, place)), none_binned(w.blocks))


def t181_imp_grandparent(w: World) -> Made:
    s = w.state
    pair = _one(w, [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b)])
    if not pair:
        return None
    a, b = pair
    text = _say(w, f"Hello dear. If it is no trouble, could you put the {a} on top of the {b}? Thank you ever so "
                   "much.",
                f"I am not sure how this works, but would you be so kind as to place the {a} on the {b}, dear?",
                f"Good morning. Could you please set the {a} down on the {b} for me, if it is not a bother?")
    return _act(text, w, rels(Rel("on", a, b)), none_binned(w.blocks))


def t181_imp_warehouse(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = _say(w, f"Drop off the {a} and the {b} in the bin.",
                f"Bin the {a}. Bin the {b}. Go.",
                f"Move {a} and {b} to the bin.")
    return _act(text, w, binned([a, b]), none_binned(_rest(w, a, b)))


def t181_imp_nonnative(w: World) -> Made:
    a = _one(w, _loose_on_table(w.state))
    if not a:
        return None
    text = _say(w, f"Please you put the {a} on the table.",
                f"The {a}, please take it and put on the table.",
                f"Please the {a} go down on the table.")
    return _act(text, w, rels(Rel("on_table", a)), none_binned(w.blocks))


def t181_imp_parent(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if _room(s, x)])
    a = _one(w, [b for b in w.blocks if bowl and s.base(b) != bowl])
    wrong = _one(w, [b for b in w.blocks if a and b != a and b not in s.above(a)])
    if not wrong:
        return None
    text = _say(w, f"Put the {wrong}... wait, no, not that one. The {a}. Put the {a} in the {bowl}.",
                f"Can you put the {wrong} in the... no, sorry, I mean the {a}. The {a} goes in the {bowl}.")
    return _act(text, w, rels(Rel("in", a, bowl)), kept(wrong), none_binned(w.blocks))


# ----- declarative ------------------------------------------------------------------------------------
def t181_dec_nurse(w: World) -> Made:
    s = w.state
    pair = _one(w, [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b)])
    if not pair:
        return None
    a, b = pair
    text = _say(w, f"Quick one: the {a} belongs on top of the {b}.",
                f"The {a} should be sitting on the {b}. Quickly if you can.",
                f"The {a} is on the {b} when you're done, that's all. Thanks.")
    return _act(text, w, rels(Rel("on", a, b)), none_binned(w.blocks))


def t181_dec_student(w: World) -> Made:
    s = w.state
    triples = [(a, b, c) for a in w.blocks for b in w.blocks for c in w.blocks
               if len({a, b, c}) == 3 and a not in _tower(s, c) and b not in _tower(s, c) and _depth(s, c) <= 2]
    abc = _one(w, triples)
    if not abc:
        return None
    a, b, c = abc
    text = _say(w, f"The intended final configuration is as follows: the {a} is on the {b}, and the {b} is on the "
                   f"{c}.",
                f"In the final state, the {b} rests on the {c} and the {a} rests on the {b}.")
    return _act(text, w, rels(Rel("on", a, b), Rel("on", b, c)), none_binned(w.blocks))


def t181_dec_grandparent(w: World) -> Made:
    a, place = _one(w, w.blocks), w.rng.choice(PLACES)
    text = _say(w, f"Dear, when you have finished, the {a} ought to be sitting in the {place}. If it is no trouble.",
                f"Hello. I was told to type how I want things, so here goes: the {a} is in the {place}. Thank you, "
                "dear.")
    return _act(text, w, rels(Rel("at", a, place)), none_binned(w.blocks))


def t181_dec_warehouse(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if _room(s, x)])
    b = _one(w, [x for x in w.blocks if bowl and s.base(x) != bowl])
    a = _one(w, [x for x in w.blocks if b and x != b])
    if not a:
        return None
    text = _say(w, f"End state: {a} in the bin, {b} in the {bowl}.",
                f"Target layout: the {a} is in the bin, the {b} is in the {bowl}.")
    return _act(text, w, binned([a]), rels(Rel("in", b, bowl)), none_binned(_rest(w, a)))


def t181_dec_nonnative(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if _room(s, x, 2)])
    ab = w.pick([x for x in w.blocks if bowl and s.base(x) != bowl], 2)
    if not ab:
        return None
    a, b = ab
    text = _say(w, f"Please, at the end the {a} is in the {bowl} and the {b} is in the {bowl} also.",
                f"After you finish, {a} and {b} both are inside the {bowl}, please.")
    return _act(text, w, rels(Rel("in", a, bowl), Rel("in", b, bowl)), none_binned(w.blocks))


def t181_dec_parent(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if _room(s, x)])
    outside = [x for x in w.blocks if bowl and s.base(x) != bowl]
    ab = w.pick(outside, 2)
    if not ab:
        return None
    a, b = ab
    text = _say(w, f"The {a} should be on the {b}... no, wait, sorry. The {a} should be in the {bowl}.",
                f"Okay so the {a} is on the... hold on, she's grabbing my hand... the {a} is in the {bowl}. In the "
                f"{bowl}, not on the {b}.")
    return _act(text, w, rels(Rel("in", a, bowl)), _not_on(a, b), none_binned(w.blocks))


# ----- desiderative -----------------------------------------------------------------------------------
def t181_des_nurse(w: World) -> Made:
    a = _one(w, w.blocks)
    text = _say(w, f"I need the {a} in the bin, quickly please.",
                f"I'd like the {a} thrown in the bin. Quick as you can.",
                f"I just need the {a} gone, into the bin. Thanks, I'm on a short break.")
    return _act(text, w, binned([a]), none_binned(_rest(w, a)))


def t181_des_student(w: World) -> Made:
    s = w.state
    pair = _one(w, [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b)])
    if not pair:
        return None
    a, b = pair
    text = _say(w, f"The objective is for the {a} to be stacked on the {b}.",
                f"I would like the {a} to end up resting on top of the {b}, as the procedure requires.")
    return _act(text, w, rels(Rel("on", a, b)), none_binned(w.blocks))


def t181_des_grandparent(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if _room(s, x)])
    a = _one(w, [b for b in w.blocks if bowl and s.base(b) != bowl])
    if not a:
        return None
    text = _say(w, f"I would like the {a} put in the {bowl}, dear, if it is no trouble.",
                f"Hello, it's Grandma. I would like it very much if the {a} could go into the {bowl}. Only if it is "
                "no bother, dear.")
    return _act(text, w, rels(Rel("in", a, bowl)), none_binned(w.blocks))


def t181_des_warehouse(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if _room(s, x, 2)])
    ab = w.pick([x for x in w.blocks if bowl and s.base(x) != bowl], 2)
    if not ab:
        return None
    a, b = ab
    text = _say(w, f"Want the {a} and the {b} loaded into the {bowl}.",
                f"Need {a} plus {b} in the {bowl}.")
    return _act(text, w, rels(Rel("in", a, bowl), Rel("in", b, bowl)), none_binned(w.blocks))


def t181_des_nonnative(w: World) -> Made:
    a, place = _one(w, w.blocks), w.rng.choice(PLACES)
    text = _say(w, f"I want the {a} go to the {place}, please.",
                f"Please, I would like the {a} be in the {place}.")
    return _act(text, w, rels(Rel("at", a, place)), none_binned(w.blocks))


def t181_des_parent(w: World) -> Made:
    a = _one(w, w.blocks)
    p1, p2 = w.rng.sample(PLACES, 2)
    text = _say(w, f"I'd like the {a} in the {p1}... no wait, the {p2}. The {p2}.",
                f"Make it so that the {a} is in the... hang on, he's pulling my sleeve... in the {p2}. Not the {p1}, "
                f"the {p2}.")
    return _act(text, w, rels(Rel("at", a, p2)), none_binned(w.blocks))


# ----- quantified -------------------------------------------------------------------------------------
def t181_qua_nurse(w: World) -> Made:
    text = _say(w, "Could you just put all the blocks in the bin? Quickly please.",
                "Quick one: every block goes in the bin, thanks.",
                f"All {len(w.blocks)} blocks into the bin, please, quick as you can.")
    return _act(text, w, binned(w.blocks))


def t181_qua_student(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    bowl = _one(w, [x for x in w.bowls if table and _room(s, x, len(table))])
    if not bowl:
        return None
    text = _say(w, f"Every block currently on the table (that is, not already in a bowl) is to be placed in the "
                   f"{bowl}.",
                f"All of the blocks that are on the table rather than in a bowl should subsequently be transferred "
                f"into the {bowl}.")
    return _act(text, w, rels(*(Rel("in", b, bowl) for b in table)), none_binned(w.blocks))


def t181_qua_grandparent(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if not s.in_bowl(x)])
    if not bowl:
        return None
    text = _say(w, f"Dear, the {bowl} is empty. Would you please put two blocks in it, any two you like, if it is no "
                   "trouble?",
                f"If it is not too much trouble, I would like two of the blocks in the {bowl}. It does not matter "
                "which two, dear.")
    return _act(text, w, count_in(bowl, 2), none_binned(w.blocks))


def t181_qua_warehouse(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if s.in_bowl(x)])
    if not bowl:
        return None
    inside = s.in_bowl(bowl)
    text = _say(w, f"Clear out the {bowl}. Every block in it goes to the bin.",
                f"All blocks in the {bowl}: drop off in the bin.")
    return _act(text, w, binned(inside), none_binned(_rest(w, *inside)))


def t181_qua_nonnative(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    text = _say(w, "Please you make one tower with all the blocks. Which order, no matter.",
                f"Please all the {len(w.blocks)} blocks go in one tower, one on top of other. Any order is ok.")
    return _act(text, w, _one_tower(w.blocks))


def t181_qua_parent(w: World) -> Made:
    text = _say(w, "Put three... no, wait, two. Put two blocks in the bin. Any two, I don't mind.",
                "Hold on. Okay: two of the blocks into the bin, please, whichever two. No, just two!")
    return _act(text, w, _binned_count(2))


# ----- negated ----------------------------------------------------------------------------------------
def t181_neg_nurse(w: World) -> Made:
    a = _one(w, w.blocks)
    text = _say(w, f"Could you just put all the blocks in the bin except the {a}? Quickly.",
                f"Bin every block but the {a}, please, I'm in a hurry.",
                f"Quick: every block into the bin, not the {a} though.")
    return _act(text, w, binned(_rest(w, a)), none_binned([a]))


def t181_neg_student(w: World) -> Made:
    pair = _one(w, w.pairs())
    if not pair:
        return None
    a, b = pair
    text = _say(w, f"The {a} is not to remain on top of the {b}; please move it off.",
                f"In this step the {a} should no longer rest on the {b}. Relocate it anywhere except the bin.")
    return _act(text, w, _not_on(a, b), none_binned(w.blocks))


def t181_neg_grandparent(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    avoid = w.rng.choice(w.bowls)
    if not [x for x in w.bowls if x != avoid and _room(s, x)]:
        return None
    a = _one(w, [b for b in w.blocks if s.base(b) not in w.bowls])
    if not a:
        return None
    text = _say(w, f"Dear, could you put the {a} into one of the bowls? Not the {avoid}, please. Any other bowl is "
                   "fine.",
                f"If it is no trouble, I would like the {a} in a bowl, dear, but not in the {avoid}.")
    return _act(text, w, _in_some_bowl_but(a, avoid), none_binned(w.blocks))


def t181_neg_warehouse(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if s.in_bowl(x)])
    if not bowl:
        return None
    text = _say(w, f"Clear out the {bowl}. Nothing goes in the bin.",
                f"Empty the {bowl}. Do not use the bin.")
    return _act(text, w, empty(bowl), none_binned(w.blocks))


def t181_neg_nonnative(w: World) -> Made:
    s = w.state
    a = _one(w, [b for b in w.blocks if s.on_top(b)])
    if not a:
        return None
    text = _say(w, f"Please you take off all blocks from the {a}, but no put them in the bin.",
                f"Please no block stay on the {a}. The blocks you take off, don't put in bin.")
    return _act(text, w, rels(Rel("clear", a)), none_binned(w.blocks))


def t181_neg_parent(w: World) -> Made:
    s = w.state
    pair = _one(w, [(a, c) for a in w.blocks for c in w.blocks if _stackable(s, a, c)])
    b = _one(w, [x for x in w.blocks if pair and x not in pair])
    if not b:
        return None
    a, c = pair
    text = _say(w, f"Put the {a} on... no, not the {b}, on the {c}.",
                f"Can you put the {a} on the {b}? Wait, no, not the {b}. On the {c}.")
    return _act(text, w, rels(Rel("on", a, c)), none_binned(w.blocks))


# ----- relative ---------------------------------------------------------------------------------------
def t181_rel_nurse(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if _room(s, x)])
    pair = _one(w, [(t, x) for t, x in w.pairs() if bowl and s.base(t) != bowl])
    if not pair:
        return None
    top, x = pair
    text = _say(w, f"Could you just move whatever block is sitting on the {x} into the {bowl}? Quickly.",
                f"Quick one: the block on top of the {x}, put it in the {bowl}.")
    return _act(text, w, rels(Rel("in", top, bowl)), none_binned(w.blocks))


def t181_rel_student(w: World) -> Made:
    pair = _one(w, w.pairs())
    if not pair:
        return None
    x, below = pair
    place = w.rng.choice(PLACES)
    text = _say(w, f"The block directly beneath the {x} is to be relocated to the {place}.",
                f"Please identify the block on which the {x} rests, and subsequently move that block to the {place}.")
    return _act(text, w, rels(Rel("at", below, place)), none_binned(w.blocks))


def t181_rel_grandparent(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if len(s.in_bowl(x)) == 1])
    if not bowl:
        return None
    b = s.in_bowl(bowl)[0]
    text = _say(w, f"Dear, there is one block sitting in the {bowl}. If it is no trouble, could you take it out and "
                   "set it on the table?",
                f"Hello. Would you lift the block out of the {bowl} and put it down on the table for me, dear?")
    return _act(text, w, rels(Rel("on_table", b)), none_binned(w.blocks))


def t181_rel_warehouse(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if _room(s, x)])
    table = s.on_the_table()
    if not bowl or len(table) < 2:
        return None
    near = sorted(table, key=lambda b: w.dist(b, bowl))
    first = near[0]
    if s.support[first] != TABLE or not s.is_clear(first) or w.dist(near[1], bowl) < w.dist(first, bowl) + 0.04:
        return None
    text = _say(w, f"Move the block nearest the {bowl} into it.",
                f"Load the block closest to the {bowl} into the {bowl}.")
    return _act(text, w, rels(Rel("in", first, bowl)), none_binned(w.blocks))


def t181_rel_nonnative(w: World) -> Made:
    towers = _towers(w.state)
    if len(towers) != 1:
        return None
    top = towers[0][-1]
    text = _say(w, "Please you take the top block of the tower and put it in the bin.",
                "Please the block on the top of the tower, it go to the bin.")
    return _act(text, w, binned([top]), none_binned(_rest(w, top)))


def t181_rel_parent(w: World) -> Made:
    pair = _one(w, w.pairs())
    if not pair:
        return None
    top, x = pair
    text = _say(w, f"Put the block under... no wait, on top of. The block on top of the {x}, in the bin.",
                f"The block that's on the... no, not that one, sorry... the one sitting on the {x}. Put that one in "
                "the bin.")
    return _act(text, w, binned([top]), none_binned(_rest(w, top)))


# ----- keep -------------------------------------------------------------------------------------------
def t181_keep_nurse(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if _room(s, x)])
    a = _one(w, [b for b in w.blocks if bowl and s.base(b) != bowl])
    c = _one(w, [b for b in w.blocks if a and b != a and b not in s.above(a)])
    if not c:
        return None
    text = _say(w, f"Could you just put the {a} in the {bowl}? Leave the {c} where it is.",
                f"Quickly, the {a} into the {bowl}, but don't touch the {c}.")
    return _act(text, w, rels(Rel("in", a, bowl)), kept(c), none_binned(w.blocks))


def t181_keep_student(w: World) -> Made:
    a, place = _one(w, w.clear_blocks()), w.rng.choice(PLACES)
    if not a:
        return None
    text = _say(w, f"Transfer the {a} to the {place}; all other blocks are to remain in their current positions.",
                f"The {a} should be moved to the {place}. The remaining blocks must not be disturbed.")
    return _act(text, w, rels(Rel("at", a, place)), kept(*_rest(w, a)), none_binned([a]))


def t181_keep_grandparent(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if s.in_bowl(x)])
    outside = [b for b in w.blocks if bowl and s.base(b) != bowl]
    pair = _one(w, [(a, b) for a in outside for b in outside if _stackable(s, a, b)])
    if not pair:
        return None
    a, b = pair
    inside = s.in_bowl(bowl)
    text = _say(w, f"Dear, would you stack the {a} on the {b}? Please don't disturb the {bowl} or whatever is in it.",
                f"If it is no trouble, put the {a} on top of the {b}, dear, and leave the blocks in the {bowl} just "
                "as they are.")
    return _act(text, w, rels(Rel("on", a, b)), kept(*inside), _same_bowl_contents(bowl), none_binned(w.blocks))


def t181_keep_warehouse(w: World) -> Made:
    s = w.state
    ab = w.pick(w.blocks, 2)
    c = _one(w, [x for x in w.blocks if x not in ab and not any(x in s.above(y) for y in ab)])
    if not c:
        return None
    a, b = ab
    text = _say(w, f"Drop off the {a} and the {b} in the bin. The {c} stays put.",
                f"Bin {a} and {b}. Don't move {c}.")
    return _act(text, w, binned([a, b]), kept(c), none_binned(_rest(w, a, b)))


def t181_keep_nonnative(w: World) -> Made:
    s = w.state
    pair = _one(w, [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b)])
    c = _one(w, [x for x in w.blocks if pair and x not in pair and x not in s.above(pair[0]) + s.above(pair[1])])
    if not c:
        return None
    a, b = pair
    text = _say(w, f"Please you put the {a} on the {b}, and the {c} you don't move it.",
                f"Please the {a} go on top of the {b}. The {c} stay same place.")
    return _act(text, w, rels(Rel("on", a, b)), kept(c), none_binned(w.blocks))


def t181_keep_parent(w: World) -> Made:
    s = w.state
    a = _one(w, w.blocks)
    c = _one(w, [x for x in w.blocks if x != a and x not in s.above(a)])
    if not c:
        return None
    text = _say(w, f"Put the {c}... no, leave the {c} alone. Put the {a} in the bin.",
                f"The {c} goes in the... no, wait, not the {c}, the {c} stays where it is. The {a}. The {a} goes in "
                "the bin.")
    return _act(text, w, binned([a]), kept(c), none_binned(_rest(w, a)))


# ----- multi-step -------------------------------------------------------------------------------------
def t181_multi_nurse(w: World) -> Made:
    s = w.state
    pair = _one(w, [(b, c) for b in w.blocks for c in w.blocks if _stackable(s, b, c)])
    a = _one(w, [x for x in w.blocks if pair and x not in _tower(s, pair[0]) + _tower(s, pair[1])])
    if not a:
        return None
    b, c = pair
    text = _say(w, f"First put the {a} in the bin, then the {b} on the {c}. Quickly please.",
                f"Could you just bin the {a} first, and after that stack the {b} on top of the {c}?")
    return _act(text, w, binned([a]), rels(Rel("on", b, c)), none_binned(_rest(w, a)))


def t181_multi_student(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = _say(w, f"Firstly, place the {a} in the {place}. Subsequently, stack the {b} on top of it.",
                f"Step one of the procedure is to move the {a} to the {place}; subsequently, the {b} is to be placed "
                f"on the {a}.")
    return _act(text, w, rels(Rel("at", a, place), Rel("on", b, a)), none_binned(w.blocks))


def t181_multi_grandparent(w: World) -> Made:
    s = w.state
    pair = _one(w, w.pairs())
    bowl = _one(w, [x for x in w.bowls if pair and _room(s, x) and s.base(pair[1]) != x])
    if not bowl:
        return None
    a, b = pair
    text = _say(w, f"Dear, first could you lift the {a} off the {b} and set it on the table, and after that put the "
                   f"{b} in the {bowl}? If it is no trouble.",
                f"Two things, if you don't mind, dear. To begin with, take the {a} off the {b} and put it on the "
                f"table. Then, when that is done, the {b} goes into the {bowl}.")
    return _act(text, w, rels(Rel("on_table", a), Rel("in", b, bowl)), none_binned(w.blocks))


def t181_multi_warehouse(w: World) -> Made:
    s = w.state
    bowl = _one(w, [x for x in w.bowls if s.in_bowl(x)])
    c = _one(w, [x for x in w.blocks if bowl and s.base(x) != bowl])
    if not c:
        return None
    inside = s.in_bowl(bowl)
    text = _say(w, f"Step 1: clear out the {bowl} into the bin. Step 2: load the {c} into the {bowl}.",
                f"First empty the {bowl} into the bin, then load {c} into it.")
    return _act(text, w, binned(inside), rels(Rel("in", c, bowl)), none_binned(_rest(w, *inside)))


def t181_multi_nonnative(w: World) -> Made:
    a = _one(w, _loose_on_table(w.state))
    b = _one(w, [x for x in w.blocks if a and x != a])
    if not b:
        return None
    text = _say(w, f"First you put the {a} on the table, after you put the {b} on the {a}.",
                f"Please, one: the {a} go on table. Two: the {b} go on top of the {a}.")
    return _act(text, w, rels(Rel("on_table", a), Rel("on", b, a)), none_binned(w.blocks))


def t181_multi_parent(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    a = _one(w, [x for x in w.blocks if s.base(x) != bowl])
    b = _one(w, [x for x in w.blocks if a and x != a and (_room(s, bowl) or s.base(x) == bowl)])
    if not b:
        return None
    text = _say(w, f"Put the {a} in the {bowl}... wait, first put the {b} in the bin. Then the {a} in the {bowl}.",
                f"First the {b} into the bin... hold on, she's grabbing the mouse... okay, then the {a} into the "
                f"{bowl}.")
    return _act(text, w, binned([b]), rels(Rel("in", a, bowl)), none_binned(_rest(w, b)))


# ----- questions --------------------------------------------------------------------------------------
def t181_q_nurse(w: World) -> Made:
    bowl = _one(w, w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = _say(w, f"Quick question: how many blocks are in the {bowl} right now?",
                f"How many blocks in the {bowl}? Just the number, thanks.")
    return text, answered(str(n))


def t181_q_student(w: World) -> Made:
    s = w.state
    on = w.pairs()
    off = [(a, b) for a in w.blocks for b in w.blocks if a != b and a not in s.above(b)]
    if on and (not off or w.rng.random() < 0.5):
        (a, b), flag = w.rng.choice(on), True
    else:
        (a, b), flag = w.rng.choice(off), False
    text = _say(w, f"For my lab report: is the {a} on top of the {b}?",
                f"Could you confirm whether the {a} is currently resting directly on the {b}?")
    return text, answered(yes(flag))


def t181_q_grandparent(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    a = w.rng.choice(inside) if inside and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    text = _say(w, f"Dear, is the {a} in one of the bowls? My eyes are not what they used to be.",
                f"Could you tell me, if it is no trouble, whether the {a} is sitting in a bowl?")
    return text, answered(yes(s.base(a) in w.bowls))


def t181_q_warehouse(w: World) -> Made:
    n = len(w.state.on_the_table())
    text = _say(w, "Count check: how many blocks are on the table outside the bowls, stacked ones included?",
                "Inventory: number of blocks on the table, not counting blocks in bowls?")
    return text, answered(str(n))


def t181_q_nonnative(w: World) -> Made:
    pair = _one(w, w.pairs())
    if not pair:
        return None
    top, x = pair
    text = _say(w, f"What colour is the block on the {x}, please?",
                f"Please which colour have the block on top of the {x}?")
    return text, answered(w.colour(top))


def t181_q_parent(w: World) -> Made:
    text = _say(w, "How many bowls are th... no, sorry. How many blocks are there, in total?",
                "How many blocks... wait, no, put that down... how many blocks are there altogether?")
    return text, answered(str(len(w.blocks)))


# ----- matching ---------------------------------------------------------------------------------------
def t181_match_nurse(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = _say(w, "Could you just put each block into the bowl of its own colour, where there is one? Quickly.",
                "Quick sort please: any block that has a bowl of the same colour goes into that bowl.")
    return _act(text, w, rels(*want), none_binned(w.blocks))


def t181_match_student(w: World) -> Made:
    s = w.state
    bowl_of = _bowl_of(w)
    a = _one(w, [b for b in bowl_of if s.base(b) != bowl_of[b]])
    if not a:
        return None
    text = _say(w, f"Please place the {a} into the bowl that matches its colour.",
                f"The {a} is to be sorted by colour, that is, placed in the bowl of the same colour.")
    return _act(text, w, rels(Rel("in", a, bowl_of[a])), none_binned(w.blocks))


def t181_match_grandparent(w: World) -> Made:
    s = w.state
    bowl_of = _bowl_of(w)
    movers = [b for b in bowl_of if s.base(b) != bowl_of[b]]
    if not movers:
        return None
    colour = w.colour(w.rng.choice(movers))
    shifted = {x for b in movers for x in s.above(b)}
    others = [b for b in w.blocks if b not in bowl_of and b not in shifted]
    text = _say(w, f"Dear, could you put the blocks in the bowls of their own colour, {colour} with {colour} and so "
                   "on? The other blocks can stay where they are.",
                f"If it is no trouble, I would like each block that has a bowl of the same colour put in that bowl, "
                f"dear, like the {colour} block in the {colour} bowl. Please leave the rest alone.")
    return _act(text, w, rels(*matching(w)), kept(*others), none_binned(w.blocks))


def t181_match_warehouse(w: World) -> Made:
    bowl_of = _bowl_of(w)
    rest = [b for b in w.blocks if b not in bowl_of]
    if not bowl_of or not rest:
        return None
    text = _say(w, "Sort by colour: blocks with a bowl of their colour go in that bowl. The rest go to the bin.",
                "Colour sort. Matching bowl: load it in. No matching bowl: bin it.")
    return _act(text, w, rels(*matching(w)), binned(rest), none_binned(list(bowl_of)))


def t181_match_nonnative(w: World) -> Made:
    s = w.state
    bowl_of = _bowl_of(w)
    a = _one(w, [b for b in bowl_of if s.base(b) != bowl_of[b]])
    if not a:
        return None
    bowl = bowl_of[a]
    text = _say(w, f"Please the block with same colour as the {bowl}, you put it inside.",
                f"Please put in the {bowl} the block with same colour like it.")
    return _act(text, w, rels(Rel("in", a, bowl)), none_binned(w.blocks))


def t181_match_parent(w: World) -> Made:
    s = w.state
    bowl_of = _bowl_of(w)
    a = _one(w, [b for b in bowl_of if s.base(b) != bowl_of[b]])
    if not a:
        return None
    others = [b for b in bowl_of if b != a and b not in s.above(a)]
    text = _say(w, f"Put the blocks in the bowls with the same colour... no wait, just the {a}. Only the {a} for now.",
                f"Can you sort the... hold on... okay, just the {a}, into the bowl of its colour. Just that one for "
                "now.")
    return _act(text, w, rels(Rel("in", a, bowl_of[a])), kept(*others), none_binned(w.blocks))


# ----- the batch --------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse", "student", "grandparent", "warehouse", "nonnative", "parent")
FRESH181: list[Template] = [
    (f"t181_{short}_{style}", category, globals()[f"t181_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
