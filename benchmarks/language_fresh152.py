"""`FRESH152`, the hundred-and-fifty-second untuned batch: sixty language templates, six per category, for the offline planner.

The theme is passive and impersonal requests: people who do not say "you, do this" but state that something is to
be done, should get done or wants doing, without naming who does it ("the red block is to be placed in the blue
bowl", "the green block needs putting on the table", "have the pink block put in the bin", "see that the orange
block ends up in the white bowl"). Every category is worded this way, negations, things to leave alone, ordered
steps and questions ("has the red block been placed in a bowl?") included. The checks accept every outcome the
words allow: a block put "in" a bowl may rest on another block in it, a block taken "off" another may go anywhere
else unless the sentence rules a place out, counts are exact unless the sentence says "at least", and nothing may be
left in the gripper.

The six styles:

- formal: "The red block is to be placed in the blue bowl." (bureaucratic "is to be")
- needs: "The green block wants moving to the table." (British colloquial "needs/wants doing")
- manual: "Step 1: the red block should be placed in the bin." (instruction-manual "should be")
- shall: "The yellow block shall be deposited in the bin." (legal/requirements "shall be")
- get: "Get the blue block moved onto the green block." (casual get-passive)
- have: "Have the pink block put in the bin." / "See that ..." (causative "have"/"see that")

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 733a09a, the code of eef24d1, after every fix before it and before anything
it could prompt): 0.5933 goal-correct (178 of 300), 115 refused, 5 asked, 2 wrong, none of them an action: two wrong
replies to 'How many blocks have had another block stacked on them?' ('them' not read). Most refusals were the passive
itself: 'X wants moving to the table', 'get X moved', 'have X put in W', 'X being put on Y would be ideal', 'X is to be
transferred to W at the earliest opportunity', 'did X get stacked on Y?'.
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
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_FLOOR = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _act(w: World, text: str, check: Check) -> Made:
    """An action instance: None when the goal already holds (doing nothing must fail); the gripper must be empty."""
    if check(w.state, w.state):
        return None
    return text, lambda i, f: f.held is None and check(i, f)


def _depth(s: SymState, block: str) -> int:
    """How many blocks make up the tower from `block` down (itself included)."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n += 1
        cur = s.support[cur]
    return n


def _room_on(w: World, block: str) -> bool:
    """Whether one more block may go on `block` without a tower taller than four."""
    return _depth(w.state, block) <= 3


def _place_phrase(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _not_binned(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _stack_pair(w: World) -> tuple[str, str] | None:
    """Two different blocks (a, b) such that a may be put on b."""
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if a != b and _room_on(w, b) and w.state.support[a] != b and b not in w.state.above(a)]
    return w.rng.choice(pairs) if pairs else None


def _table_towers(w: World) -> list[list[str]]:
    """Towers standing on the table (two blocks or more), bottom first."""
    s = w.state
    return [[b, *reversed(s.above(b))] for b in w.blocks if s.support[b] in _FLOOR and s.above(b)]


def _off_floor(w: World) -> list[str]:
    """Blocks not resting directly on the table (stacked or in a bowl)."""
    return [b for b in _not_binned(w) if w.state.support[b] not in _FLOOR]


def _on_table(b: str) -> Rel:
    return Rel("on_table", b)


# ----- imperative -----------------------------------------------------------------------------------
def t152_imp_formal(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = w.rng.choice([f"The {a} is to be placed in the {bowl}.",
                         f"The {a} is to be transferred to the {bowl} at the earliest opportunity."])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t152_imp_needs(w: World) -> Made:
    cands = _off_floor(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = w.rng.choice([f"The {a} needs putting on the table.", f"The {a} wants moving down to the table, please."])
    return _act(w, text, rels(_on_table(a)))


def t152_imp_manual(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = w.rng.choice([f"The {a} should be stacked on top of the {b}.",
                         f"Next, the {a} should be set down on the {b}."])
    return _act(w, text, rels(Rel("on", a, b)))


def t152_imp_shall(w: World) -> Made:
    a = w.rng.choice(_not_binned(w))
    text = w.rng.choice([f"The {a} shall be deposited in the bin.", f"The {a} shall be disposed of in the bin."])
    return _act(w, text, binned([a]))


def t152_imp_get(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = w.rng.choice([f"Get the {a} moved onto the {b}.", f"Get the {a} popped on top of the {b}, ta."])
    return _act(w, text, rels(Rel("on", a, b)))


def t152_imp_have(w: World) -> Made:
    a = w.rng.choice(_not_binned(w))
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"Have the {a} put in {_place_phrase(place)}.",
                         f"See that the {a} is moved to {_place_phrase(place)}."])
    return _act(w, text, rels(Rel("at", a, place)))


# ----- declarative ----------------------------------------------------------------------------------
def t152_dec_formal(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = w.rng.choice([f"The desired arrangement is as follows: the {a} is placed on the {b}.",
                         f"The intended state of the table is one in which the {a} rests on the {b}."])
    return _act(w, text, rels(Rel("on", a, b)))


def t152_dec_needs(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _not_binned(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = w.rng.choice([f"The {a} belongs in the {bowl}; that's where it needs to be.",
                         f"The {a}'s proper place is the {bowl}, and that's where it wants to end up."])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t152_dec_manual(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    cands = [c for c in _off_floor(w) if c not in (a, b)]
    if not cands:
        return None
    c = w.rng.choice(cands)
    text = w.rng.choice([f"Final state: the {a} is stacked on the {b}, and the {c} is placed on the table.",
                         f"Finished arrangement: {a} on {b}; {c} on the table."])
    return _act(w, text, rels(Rel("on", a, b), _on_table(c)))


def t152_dec_shall(w: World) -> Made:
    if w.rng.random() < 0.5:
        a = w.rng.choice(_not_binned(w))
        return _act(w, f"Upon completion, the {a} shall be found in the bin.", binned([a]))
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    return _act(w, f"When the work is finished, the {a} shall be resting in the {bowl}.", rels(Rel("in", a, bowl)))


def t152_dec_get(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice([f"The {a} ends up on the table and the {b} gets stacked on it.",
                         f"By the end, the {a} has got moved to the table, with the {b} stacked on top of it."])
    return _act(w, text, rels(_on_table(a), Rel("on", b, a)))


def t152_dec_have(w: World) -> Made:
    if w.rng.random() < 0.5:
        pair = _stack_pair(w)
        if pair is None:
            return None
        a, b = pair
        return _act(w, f"The {b} is to have the {a} stacked on it.", rels(Rel("on", a, b)))
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    return _act(w, f"The {bowl} is to have the {a} in it.", rels(Rel("in", a, bowl)))


# ----- desiderative ---------------------------------------------------------------------------------
def t152_des_formal(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = w.rng.choice([f"It would be appreciated if the {a} could be placed in the {bowl}.",
                         f"We would be grateful for the {a} to be transferred into the {bowl}."])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t152_des_needs(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    text = w.rng.choice([f"I'd like the {a} taken off the {b} and put on the table.",
                         f"I want the {a} lifting off the {b} and setting down on the table."])
    return _act(w, text, rels(_on_table(a)))


def t152_des_manual(w: World) -> Made:
    if w.rng.random() < 0.5:
        pair = _stack_pair(w)
        if pair is None:
            return None
        a, b = pair
        return _act(w, f"The {a} being put on the {b} would be ideal.", rels(Rel("on", a, b)))
    a = w.rng.choice(_not_binned(w))
    return _act(w, f"Ideally, the {a} would be placed in the bin.", binned([a]))


def t152_des_shall(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    b = w.rng.choice([x for x in _not_binned(w) if x != a])
    text = f"It is my wish that the {a} shall be placed in the {bowl} and that the {b} shall be placed in the bin."
    return _act(w, text, both(rels(Rel("in", a, bowl)), binned([b])))


def t152_des_get(w: World) -> Made:
    a = w.rng.choice(_not_binned(w))
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"I'd love for the {a} to get moved to {_place_phrase(place)}.",
                         f"I want the {a} to get put in {_place_phrase(place)}, if that's doable."])
    return _act(w, text, rels(Rel("at", a, place)))


def t152_des_have(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = w.rng.choice([f"I'd like to have the {a} put on the {b}.",
                         f"Make it so that the {a} is sitting on the {b}."])
    return _act(w, text, rels(Rel("on", a, b)))


# ----- quantified -----------------------------------------------------------------------------------
def t152_qua_formal(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = w.rng.choice(["Every block that is in a bowl is to be taken out and placed on the table.",
                         "All blocks currently contained in bowls are to be removed to the table."])
    return _act(w, text, lambda _i, f: all(b in f.on_the_table() for b in inside))


def t152_qua_needs(w: World) -> Made:
    free = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not free:
        return None
    bowl = w.rng.choice(free)
    text = w.rng.choice([f"Two blocks need putting in the {bowl}; any two will do.",
                         f"The {bowl} wants exactly two blocks putting in it, whichever two."])
    return _act(w, text, count_in(bowl, 2))


def t152_qua_manual(w: World) -> Made:
    towers = _table_towers(w)
    if not towers:
        return None
    tower = w.rng.choice(towers)
    listed = ", ".join(f"the {b}" for b in tower[:-1]) + f" and the {tower[-1]}"
    text = w.rng.choice([f"The tower of {listed} should be taken down, with every block in it placed on the table.",
                         f"The tower whose base is the {tower[0]} should be dismantled: each of its blocks is to "
                         "be set directly on the table."])
    return _act(w, text, rels(*(_on_table(b) for b in tower)))


def t152_qua_shall(w: World) -> Made:
    k = w.rng.choice([2, 3]) if len(w.blocks) >= 4 else 2
    text = w.rng.choice([f"No fewer than {('two', 'three')[k - 2]} blocks shall be placed in the bin.",
                         f"At least {k} blocks shall be deposited in the bin; which ones is left open."])
    return _act(w, text, lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) >= k)


def _tallest(s: SymState) -> int:
    return max((_depth(s, b) for b in s.blocks if s.base(b) != BIN), default=0)


def t152_qua_get(w: World) -> Made:
    text = w.rng.choice(["Get at least three blocks stacked up into a single tower.",
                         "Get three or more of the blocks stacked into one tower, any of them."])
    return _act(w, text, lambda _i, f: _tallest(f) >= 3)


def t152_qua_have(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowls = w.bowls
    text = w.rng.choice(["See that each bowl ends up with exactly one block in it.",
                         f"Have every one of the {('two', 'three')[len(bowls) - 2]} bowls left holding exactly "
                         "one block."])
    return _act(w, text, lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))


# ----- negated --------------------------------------------------------------------------------------
def t152_neg_formal(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice([f"No block is to be left in the {bowl}.",
                         f"The {bowl} is not to have any block remaining in it."])
    return _act(w, text, empty(bowl))


def t152_neg_needs(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    text = w.rng.choice([f"The {a} needs moving off the {b}, but it mustn't go in the bin.",
                         f"The {a} wants taking off the {b} - not into the bin, mind."])
    return _act(w, text, lambda _i, f: f.support[a] != b and f.base(a) != BIN)


def t152_neg_manual(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] in _FLOOR]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = w.rng.choice([f"The {a} should be moved, though not onto the table and not into the bin.",
                         f"The {a} should be relocated anywhere except the table or the bin."])
    return _act(w, text, lambda _i, f: f.support[a] not in (*_FLOOR, BIN) and f.base(a) != BIN)


def t152_neg_shall(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a = w.rng.choice(_not_binned(w))
    text = w.rng.choice([f"The {bowl} shall contain the {a} and no other block.",
                         f"The {a} shall be in the {bowl}, and no block other than the {a} shall be in it."])
    return _act(w, text, lambda _i, f: f.in_bowl(bowl) == [a])


def t152_neg_get(w: World) -> Made:
    if w.rng.random() < 0.5:
        cands = [b for b in w.blocks if w.state.support[b] == TABLE]
        if not cands:
            return None
        a = w.rng.choice(cands)
        text = f"Get the {a} moved somewhere, just not onto the table."
        return _act(w, text, lambda _i, f: f.support[a] not in _FLOOR)
    cands = _off_floor(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    sup = w.state.support[a]
    text = f"Get the {a} moved off the {sup}, only not into the bin."
    return _act(w, text, lambda _i, f: f.support[a] != sup and f.base(a) != BIN)


def t152_neg_have(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = w.rng.choice([f"See that none of the blocks is left sitting on the {a}.",
                         f"Have the {a} cleared, so that no block is on top of it."])
    return _act(w, text, rels(Rel("clear", a)))


# ----- relative -------------------------------------------------------------------------------------
def t152_rel_formal(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    cands = [x for x in w.bowls if w.state.base(a) != x]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    text = w.rng.choice([f"The block currently resting on the {b} is to be placed in the {bowl}.",
                         f"Whichever block is on top of the {b} is to be transferred to the {bowl}."])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t152_rel_needs(w: World) -> Made:
    cands = [b for b in w.blocks if len(w.state.above(b)) == 1]
    if not cands:
        return None
    b = w.rng.choice(cands)
    a = w.state.above(b)[0]
    text = w.rng.choice([f"Whatever's sitting on top of the {b} needs putting in the bin.",
                         f"The block that's on the {b} wants chucking in the bin."])
    return _act(w, text, binned([a]))


def t152_rel_manual(w: World) -> Made:
    cands = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    a = w.state.in_bowl(bowl)[0]
    text = w.rng.choice([f"The block in the {bowl} should be taken out and placed on the table.",
                         f"The {bowl}'s block should be removed and set down on the table."])
    return _act(w, text, rels(_on_table(a)))


def t152_rel_shall(w: World) -> Made:
    cands = [(a, c) for a, c in w.pairs() if w.state.support[c] not in w.state.support]
    if not cands:
        return None
    a, c = w.rng.choice(cands)
    text = w.rng.choice([f"The block beneath the {a} shall be moved to the bin.",
                         f"The block on which the {a} rests shall be deposited in the bin."])
    return _act(w, text, binned([c]))


def t152_rel_get(w: World) -> Made:
    towers = _table_towers(w)
    if not towers:
        return None
    tower = w.rng.choice(towers)
    top = tower[-1]
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([f"Get whichever block is at the top of the tower with the {tower[0]} at the bottom moved "
                         f"into the {bowl}.",
                         f"Get the topmost block of the {tower[0]}'s tower put in the {bowl}."])
    return _act(w, text, rels(Rel("in", top, bowl)))


def t152_rel_have(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) not in (*w.state.bowls, BIN)]
    ranked = sorted(outside, key=lambda b: w.dist(b, bowl))
    if not ranked:
        return None
    a = ranked[0]
    if w.state.support[a] != TABLE or not w.state.is_clear(a):
        return None
    if len(ranked) > 1 and w.dist(ranked[1], bowl) - w.dist(a, bowl) < 0.04:
        return None
    if w.in_bowls():
        text = f"Of the blocks not in a bowl, have the one closest to the {bowl} put in it."
    else:
        text = w.rng.choice([f"Have the block closest to the {bowl} put in it.",
                             f"See that the block lying nearest the {bowl} gets put into it."])
    return _act(w, text, rels(Rel("in", a, bowl)))


# ----- keep -----------------------------------------------------------------------------------------
def t152_keep_formal(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [c for c in w.blocks if c != a and c not in w.state.above(a)]
    if not others:
        return None
    c = w.rng.choice(others)
    text = w.rng.choice([f"The {a} is to be placed in the {bowl}; the {c} is to be left where it is.",
                         f"The {a} is to be transferred to the {bowl}, the {c} remaining undisturbed."])
    return _act(w, text, both(rels(Rel("in", a, bowl)), kept(c)))


def t152_keep_needs(w: World) -> Made:
    clear = w.clear_blocks()
    pairs = [(a, b) for a in clear for b in clear if a != b and _room_on(w, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    rest = [c for c in w.blocks if c != a]
    text = w.rng.choice([f"The {a} needs putting on the {b}, and everything else wants leaving alone.",
                         f"The {a} wants stacking on the {b}; nothing else needs touching."])
    return _act(w, text, both(rels(Rel("on", a, b)), kept(*rest)))


def t152_keep_manual(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    a = w.rng.choice(clear)
    rest = [c for c in w.blocks if c != a]
    text = w.rng.choice([f"The {a} should be moved to the bin. No other block should be moved.",
                         f"Only the {a} should be moved: it is placed in the bin, and every other block stays put."])
    return _act(w, text, both(binned([a]), kept(*rest)))


def t152_keep_shall(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _not_binned(w) if b not in inside]
    if not cands:
        return None
    a = w.rng.choice(cands)
    if len(inside) == 1:
        tail = f"the {inside[0]} in the {bowl} shall remain where it is"
    else:
        tail = f"the blocks in the {bowl} shall remain where they are"
    if w.state.support[a] in _FLOOR:
        return _act(w, f"The {a} shall be deposited in the bin, and {tail}.", both(binned([a]), kept(*inside)))
    return _act(w, f"The {a} shall be placed on the table, and {tail}.", both(rels(_on_table(a)), kept(*inside)))


def t152_keep_get(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    others = [c for c in w.blocks if c not in (a, b, *w.state.above(a), *w.state.above(b))]
    if not others:
        return None
    c = w.rng.choice(others)
    text = w.rng.choice([f"Get the {a} stacked onto the {b}, but the {c} mustn't get moved.",
                         f"Get the {a} put on the {b} - the {c} isn't to get shifted, though."])
    return _act(w, text, both(rels(Rel("on", a, b)), kept(c)))


def t152_keep_have(w: World) -> Made:
    a = w.rng.choice(_not_binned(w))
    others = [c for c in w.blocks if c != a and c not in w.state.above(a)]
    if len(others) < 2:
        return None
    b, c = w.pick(others, 2)
    text = w.rng.choice([f"Have the {a} put in the bin, leaving the {b} and the {c} as they are.",
                         f"See that the {a} gets binned while the {b} and the {c} are left alone."])
    return _act(w, text, both(binned([a]), kept(b, c)))


# ----- multi_step -----------------------------------------------------------------------------------
def t152_multi_formal(w: World) -> Made:
    cands = _off_floor(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    b = w.rng.choice([x for x in w.blocks if x != a])
    text = w.rng.choice([f"First, the {a} is to be placed on the table; thereafter, the {b} is to be placed on top "
                         "of it.",
                         f"The {a} is first to be set on the table, and subsequently the {b} is to be stacked on it."])
    return _act(w, text, rels(_on_table(a), Rel("on", b, a)))


def t152_multi_needs(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    cands = [x for x in w.bowls if w.state.base(b) != x]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    text = w.rng.choice([f"The {a} wants taking off the {b} first, and then the {b} needs putting in the {bowl}.",
                         f"First the {a} needs lifting off the {b}; after that the {b} wants moving into the {bowl}."])
    return _act(w, text, lambda i, f: f.support[a] != b and rels(Rel("in", b, bowl))(i, f))


def t152_multi_manual(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    bowl = w.rng.choice(w.bowls)
    text = (f"Step 1: the {a} should be placed in the bin. Step 2: the {b} should be placed in the {bowl}. "
            f"Step 3: the {c} should be placed on top of the {b}.")
    return _act(w, text, both(binned([a]), rels(Rel("in", b, bowl), Rel("on", c, b))))


def t152_multi_shall(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"The {a} shall first be moved to {_place_phrase(place)}, after which the {b} shall be "
                         "stacked on it.",
                         f"Firstly, the {a} shall be placed in {_place_phrase(place)}; secondly, the {b} shall be "
                         f"placed on the {a}."])
    return _act(w, text, rels(Rel("at", a, place), Rel("on", b, a)))


def t152_multi_get(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([f"Get the {a} put in the {bowl}, then get the {b} put on top of it.",
                         f"First get the {a} moved into the {bowl}, and after that get the {b} stacked on it."])
    return _act(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


def t152_multi_have(w: World) -> Made:
    cands = _off_floor(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    old = w.state.support[a]
    below = []
    cur = old
    while cur in w.state.support:
        below.append(cur)
        cur = w.state.support[cur]
    others = [b for b in w.blocks if b != a and b not in below and w.state.base(b) != old]
    if not others:
        return None
    b = w.rng.choice(others)
    where = Rel("on", b, old) if old in w.state.support else Rel("in", b, old)
    text = w.rng.choice([f"Have the {a} moved to the table, then have the {b} put where the {a} was.",
                         f"See that the {a} is taken down to the table first, and then that the {b} is put in the "
                         f"spot the {a} has left."])
    return _act(w, text, rels(_on_table(a), where))


# ----- question -------------------------------------------------------------------------------------
def t152_q_formal(w: World) -> Made:
    inside = w.in_bowls()
    a = w.rng.choice(inside) if inside and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    text = w.rng.choice([f"Has the {a} been placed in a bowl?", f"Is the {a} placed in any of the bowls?"])
    return text, answered(yes(w.state.base(a) in w.state.bowls))


def t152_q_needs(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    text = w.rng.choice([f"Is anything stacked on the {a}?", f"Has anything been put on top of the {a}?"])
    return text, answered(yes(not w.state.is_clear(a)))


def t152_q_manual(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([f"How many blocks are placed in the {bowl}?",
                         f"How many blocks have been placed in the {bowl}?"])
    return text, answered(str(len(w.state.in_bowl(bowl))))


def t152_q_shall(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    top = w.state.on_top(a)[0]
    text = w.rng.choice([f"Which block has been stacked on top of the {a}?",
                         f"Which block is placed directly on the {a}?"])
    return text, answered(w.colour(top))


def t152_q_get(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    text = w.rng.choice([f"Did the {a} get stacked on the {b}?", f"Has the {a} been put on top of the {b}?"])
    return text, answered(yes(w.state.support[a] == b))


def t152_q_have(w: World) -> Made:
    if w.rng.random() < 0.5:
        n = sum(1 for b in w.blocks if w.state.support[b] in w.state.support)
        return "How many blocks have been put on top of other blocks?", answered(str(n))
    n = sum(1 for b in w.blocks if not w.state.is_clear(b))
    return "How many blocks have had another block stacked on them?", answered(str(n))


# ----- matching -------------------------------------------------------------------------------------
def _by_colour(w: World) -> dict[str, str]:
    return {w.colour(x): x for x in w.bowls}


def t152_match_formal(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = w.rng.choice(["Each block is to be placed in the bowl of its own colour, where there is one.",
                         "Every block for which a bowl of the same colour exists is to be placed in that bowl."])
    return _act(w, text, rels(*want))


def t152_match_needs(w: World) -> Made:
    bowls = _by_colour(w)
    cands = [b for b in w.blocks if w.colour(b) in bowls and w.state.base(b) != bowls[w.colour(b)]]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = w.rng.choice([f"The {a} needs putting in the bowl that's the same colour as it.",
                         f"The {a} wants moving into its matching bowl."])
    return _act(w, text, rels(Rel("in", a, bowls[w.colour(a)])))


def t152_match_manual(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want if w.state.base(r.block) != r.target]
    matched = {r.block for r in want}
    unmatched = [b for b in w.blocks if b not in matched]
    if any(u in w.state.above(m) for m in movers for u in unmatched):
        return None
    text = w.rng.choice(["Blocks should be sorted into the bowls of matching colour; blocks with no matching bowl "
                         "should be left where they are.",
                         "Each block that has a bowl of its colour should be placed in it, and any other block "
                         "should not be moved."])
    return _act(w, text, both(rels(*want), kept(*unmatched)))


def t152_match_shall(w: World) -> Made:
    bowls = _by_colour(w)
    cands = [b for b in w.blocks if w.colour(b) in bowls and w.state.base(b) != bowls[w.colour(b)]]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = bowls[w.colour(a)]
    text = w.rng.choice([f"The {bowl} shall receive the block of the same colour.",
                         f"Into the {bowl} shall go the block whose colour matches it."])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t152_match_get(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    odd = [b for b in w.blocks if w.colour(b) != w.colour(bowl)]
    text = w.rng.choice([f"Get a block that isn't the same colour as the {bowl} put into it.",
                         f"Get one of the blocks that don't match the {bowl}'s colour put in the {bowl}."])
    return _act(w, text, lambda _i, f: any(f.base(b) == bowl for b in odd))


def t152_match_have(w: World) -> Made:
    s = w.state
    odd = {b: s.base(b) for b in w.blocks if s.base(b) in s.bowls and w.colour(b) != w.colour(s.base(b))}

    def none_odd(_i: SymState, f: SymState) -> bool:
        return all(f.colours[b] == f.colours[f.base(b)] for b in f.blocks if f.base(b) in f.bowls)

    if w.rng.random() < 0.5:
        return _act(w, "See that no block is left in a bowl of a different colour.", none_odd)
    text = "Have every block that sits in a bowl of another colour taken out of it."
    return _act(w, text, lambda _i, f: all(f.base(b) != bowl for b, bowl in odd.items()))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("formal", "needs", "manual", "shall", "get", "have")
FRESH152: list[Template] = [
    (f"t152_{short}_{style}", category, globals()[f"t152_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
