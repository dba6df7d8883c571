"""The eighteenth untuned batch of language templates (`FRESH17`): sixty requests in six registers, one register
per template in every category: a primary-school teacher narrating to the class, a sports commentator, a chef in a
busy kitchen ("yes chef", "86 that", mise en place), a customer-service ticket ("Issue: ... Expected behaviour:
..."), a military radio operator ("over", "copy", "roger") and a speaker of Indian English ("kindly do the needful",
"itself", "only", "prepone", "keep it on" for "put it on"). It was written by a tester who had not read the planner,
its tests, the lexicon or any other batch, and who never ran the planner on these sentences.

Its first run, before any fix it prompted (300 instructions, seed 0; on 7403b0f with a tower fix found apart from it):
goal correct 0.033 (10 of 300); 58 templates missed, 7 of them with a wrong robot action or wrong kind of reply (35
instructions): "get that red block up and right on top of the green block! Let's see it, folks!" (picked it up again),
"Can everyone see the block that's sitting on top of X? Let's ask the robot to put that one in the bin!" (binned X),
"What the fans want to see right here is that white brick going into the bin ..." (answered with the scene), "Chef
wants X in W. Make it happen, yes chef?", "Nobody touch X, that one's plated! ... Yes chef?" and "... every block into
the bowl of its own colour. Can they pull it off?" (answered with the list of questions), "is X sitting right on top of
Y at the moment? Yes or no?" (asked about 'Y yes or no'); every other miss a refusal naming the words (244) or a
question (11). What it found: sentences around a request that carry no part of it ('Arm, this is Control.', 'Over.',
'Yes chef.', 'The end!', 'Two steps, easy peasy!'), a ticket's 'Issue:' and 'Actual behaviour:' (how things are) beside
'Expected behaviour:' (the goal), a restatement ('I say again, ...'), vocatives, a third person's wish, Indian English
('itself', 'only', 'is having', 'let it be', 'dustbin'), a chef's '86', a narrator's 'is going to', 'gets to stay
out', 'is heading for the bin', a manner between 'is' and 'in' ('sitting snug and cosy inside'), 'the bowl' just
named, 'the blocks on the table' meaning those not in a bowl (a tower's included). The general rules it prompted are
tested in other words in `tests/agent/test_understanding_fresh17.py`; since then it is tuned on. After the first run
the helper `_tower` was mended (it listed a tower of three as bottom, top, middle, so the check of 't17_rel_sports'
wanted the middle block); no other line changed.
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds

_GROUND = (TABLE, *PLACES)


# ----- helpers -------------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    """The colour word of a block or bowl."""
    return w.colour(name)


def _level(w: World, block: str) -> int:
    """How high `block` sits in its tower (1 = resting on the table or a bowl)."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _tower(w: World, block: str) -> list[str]:
    """Every block in the tower holding `block`, bottom first."""
    bottom = block
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    return [bottom, *w.state.above(bottom)[::-1]]  # `above` lists top first (mended after the first run)


def _room(w: World, bowl: str) -> int:
    """How many more blocks the bowl takes."""
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _can_stack(w: World, top: str, below: str) -> bool:
    """Whether the clear block `top` can go onto the clear block `below` (and is not there yet)."""
    s = w.state
    return (top != below and s.is_clear(top) and s.is_clear(below) and s.support[top] != below
            and _level(w, below) < layout.MAX_TOWER)


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) for every pair of clear blocks that can be stacked."""
    clear = w.clear_blocks()
    return [(a, b) for a in clear for b in clear if _can_stack(w, a, b)]


def _grounded(w: World, block: str) -> bool:
    """Whether the block's tower stands on the table (not in a bowl)."""
    return w.state.base(block) in _GROUND


def _into_bowl(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every clear block that can go into a bowl it is not in yet."""
    return [(b, bowl) for b in w.clear_blocks() for bowl in w.bowls
            if w.state.base(b) != bowl and _room(w, bowl) > 0]


def _not_above(w: World, keep: str, *moved: str) -> bool:
    """Whether `keep` is none of `moved` and rests above none of them (so it can stay put)."""
    return all(keep != m and keep not in w.state.above(m) for m in moved)


def _place_words(place: str) -> str:
    """How people name a place on the table."""
    return "the middle of the table" if place == "middle" else f"the {place}"


def _choice(w: World, items: list[str]) -> str | None:
    """One item at random, or None if there are none."""
    got = w.pick(items)
    return got[0] if got else None


# ----- imperative ------------------------------------------------------------------------------------------
def _t17_imp_teacher(w: World) -> Made:
    """Teacher: pick up X and pop it into the Y bowl."""
    options = _into_bowl(w)
    if not options:
        return None
    b, bowl = options[w.rng.randrange(len(options))]
    text = (f"Alright boys and girls, eyes on our robot friend. Robot, can you pick up the {_c(w, b)} block and "
            f"pop it into the {_c(w, bowl)} bowl? Nice and gently now!")
    return text, rels(Rel("in", b, bowl))


def _t17_imp_sports(w: World) -> Made:
    """Commentator: stack X on Y."""
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    text = (f"And here's the call from the sideline: get that {_c(w, a)} block up and right on top of the "
            f"{_c(w, b)} block! Let's see it, folks!")
    return text, rels(Rel("on", a, b))


def _t17_imp_chef(w: World) -> Made:
    """Chef: 86 the X cube, into the bin."""
    b = _choice(w, w.clear_blocks())
    if b is None:
        return None
    return f"86 the {_c(w, b)} cube! Straight in the bin, hands, let's go!", binned([b])


def _t17_imp_ticket(w: World) -> Made:
    """Ticket: move X to a named corner."""
    b = _choice(w, w.clear_blocks())
    if b is None:
        return None
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    text = (f"Issue: the {_c(w, b)} block is in the wrong position. Requested action: move the {_c(w, b)} block "
            f"to the {place} of the table.")
    return text, rels(Rel("at", b, place))


def _t17_imp_radio(w: World) -> Made:
    """Radio: take X off Y and set it down on the table."""
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    text = (f"Arm, this is Control. Take the {_c(w, a)} block off the {_c(w, b)} block and set it down on the "
            f"table. Over.")
    return text, rels(Rel("on_table", a))


def _t17_imp_indian(w: World) -> Made:
    """Indian English: take X out of the bowl and keep it on the table only."""
    b = _choice(w, [b for b in w.in_bowls() if w.state.is_clear(b)])
    if b is None:
        return None
    bowl = w.state.base(b)
    text = (f"Please take out the {_c(w, b)} block from the {_c(w, bowl)} bowl and keep it on the table only. "
            f"Kindly do the needful.")
    return text, rels(Rel("on_table", b))


# ----- declarative -----------------------------------------------------------------------------------------
def _t17_decl_teacher(w: World) -> Made:
    """Teacher: the story ends with X snug inside the Y bowl."""
    options = _into_bowl(w)
    if not options:
        return None
    b, bowl = options[w.rng.randrange(len(options))]
    text = (f"And the end of our little story is this, everyone: the {_c(w, b)} block is sitting snug and cosy "
            f"inside the {_c(w, bowl)} bowl. The end!")
    return text, rels(Rel("in", b, bowl))


def _t17_decl_sports(w: World) -> Made:
    """Commentator: the final picture is X on top of Y."""
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    text = (f"Here's how this one finishes, folks: the {_c(w, a)} block on top of the {_c(w, b)} block at the "
            f"final whistle. That's the scoreline!")
    return text, rels(Rel("on", a, b))


def _t17_decl_chef(w: World) -> Made:
    """Chef: plating note, X sits in the middle of the table."""
    b = _choice(w, w.clear_blocks())
    if b is None:
        return None
    text = f"Plating note, heard? The {_c(w, b)} cube sits dead centre, middle of the table. Yes chef."
    return text, rels(Rel("at", b, "middle"))


def _t17_decl_ticket(w: World) -> Made:
    """Ticket: expected behaviour X in the bin, actual behaviour it is still on the table."""
    b = _choice(w, [b for b in w.blocks if w.state.support[b] in _GROUND])
    if b is None:
        return None
    text = (f"Issue: leftover block. Expected behaviour: the {_c(w, b)} block is in the bin. Actual behaviour: "
            f"the {_c(w, b)} block is still sitting out on the table.")
    return text, binned([b])


def _t17_decl_radio(w: World) -> Made:
    """Radio: the objective is X stacked on Y."""
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    text = (f"Control to Arm. Objective is: {_c(w, a)} block stacked on {_c(w, b)} block. I say again, "
            f"{_c(w, a)} on {_c(w, b)}. How copy? Over.")
    return text, rels(Rel("on", a, b))


def _t17_decl_indian(w: World) -> Made:
    """Indian English: X should be in the Y bowl itself, not on the table."""
    options = [(b, bowl) for b, bowl in _into_bowl(w) if _grounded(w, b)]
    if not options:
        return None
    b, bowl = options[w.rng.randrange(len(options))]
    text = f"The {_c(w, b)} block should be in the {_c(w, bowl)} bowl itself, not on the table."
    return text, rels(Rel("in", b, bowl))


# ----- desiderative ----------------------------------------------------------------------------------------
def _t17_want_teacher(w: World) -> Made:
    """Teacher: I'd like X to sit on Y like a little hat."""
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    text = (f"Now, who can help me? I'd really like the {_c(w, a)} block to go and sit on top of the "
            f"{_c(w, b)} block, just like a little hat!")
    return text, rels(Rel("on", a, b))


def _t17_want_sports(w: World) -> Made:
    """Commentator: what the fans want is X in the bin."""
    b = _choice(w, w.clear_blocks())
    if b is None:
        return None
    text = (f"What the fans want to see right here is that {_c(w, b)} brick going into the bin, and I think "
            f"they're about to get their wish!")
    return text, binned([b])


def _t17_want_chef(w: World) -> Made:
    """Chef: chef wants X in the Y dish."""
    options = _into_bowl(w)
    if not options:
        return None
    b, bowl = options[w.rng.randrange(len(options))]
    text = f"Chef wants the {_c(w, b)} cube in the {_c(w, bowl)} dish. Make it happen, yes chef?"
    return text, rels(Rel("in", b, bowl))


def _t17_want_ticket(w: World) -> Made:
    """Ticket: I would like X moved to a corner."""
    b = _choice(w, w.clear_blocks())
    if b is None:
        return None
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    text = (f"Issue: I would like the {_c(w, b)} block moved to the {place}. Expected behaviour: the "
            f"{_c(w, b)} block is at the {place}.")
    return text, rels(Rel("at", b, place))


def _t17_want_radio(w: World) -> Made:
    """Radio: Control wants X off Y and down on the table."""
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    text = (f"Arm, Control. Control wants the {_c(w, a)} block off the {_c(w, b)} block and down on the table. "
            f"Make it so. Over.")
    return text, rels(Rel("on_table", a))


def _t17_want_indian(w: World) -> Made:
    """Indian English: I want X and Y both in the dustbin only."""
    got = w.pick(w.blocks, 2)
    if not got:
        return None
    a, b = got
    text = (f"I want the {_c(w, a)} block and the {_c(w, b)} block both in the dustbin only. "
            f"Please do the needful.")
    return text, binned([a, b])


# ----- quantified ------------------------------------------------------------------------------------------
def _t17_quant_teacher(w: World) -> Made:
    """Teacher: put two blocks (any two) into the empty Y bowl."""
    bowl = _choice(w, [bw for bw in w.bowls if not w.state.in_bowl(bw)])
    if bowl is None:
        return None
    text = (f"Let's count together, class! The robot is going to put two blocks into the {_c(w, bowl)} bowl. "
            f"One... two! Any two blocks will do.")
    return text, count_in(bowl, 2)


def _t17_quant_sports(w: World) -> Made:
    """Commentator: every block into the bin."""
    if len(w.blocks) > 5:
        return None
    text = "A clean sweep, folks! Every single block off the pitch and into the bin, every last one of them!"
    return text, binned(w.blocks)


def _t17_quant_chef(w: World) -> Made:
    """Chef: each cube on the table (not in a dish) goes into the Y dish."""
    loose = [b for b in w.blocks if _grounded(w, b)]
    options = [bw for bw in w.bowls if 2 <= len(loose) <= _room(w, bw)]
    bowl = _choice(w, options)
    if bowl is None:
        return None
    text = (f"Mise en place, people! Each cube out on the table goes into the {_c(w, bowl)} dish. Not the ones "
            f"already in a dish, just the ones on the table. Yes chef?")
    return text, rels(*(Rel("in", b, bowl) for b in loose))


def _t17_quant_ticket(w: World) -> Made:
    """Ticket: the Y bowl should contain exactly three blocks."""
    options = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) != 3
               and len(w.blocks) - len(w.state.in_bowl(bw)) >= 3 - len(w.state.in_bowl(bw))]
    bowl = _choice(w, options)
    if bowl is None:
        return None
    n = len(w.state.in_bowl(bowl))
    now = "it is empty" if n == 0 else f"it has {n} block" + ("" if n == 1 else "s")
    text = (f"Issue: the {_c(w, bowl)} bowl should contain exactly three blocks. Currently {now}. Expected "
            f"behaviour: exactly three blocks in the {_c(w, bowl)} bowl, no more, no less.")
    return text, count_in(bowl, 3)


def _t17_quant_radio(w: World) -> Made:
    """Radio: every block in the Y bowl goes to the bin."""
    bowl = _choice(w, [bw for bw in w.bowls if w.state.in_bowl(bw)])
    if bowl is None:
        return None
    text = (f"Arm, Control. Every block in the {_c(w, bowl)} bowl goes in the bin. I say again, all blocks in "
            f"the {_c(w, bowl)} bowl, to the bin. Over.")
    return text, binned(w.state.in_bowl(bowl))


def _t17_quant_indian(w: World) -> Made:
    """Indian English: any two blocks in the dustbin."""
    if len(w.blocks) < 3:
        return None
    text = "Just put any two blocks in the dustbin only, whichever two you like. Not more than two, okay?"
    return text, lambda _i, f: sum(f.base(b) == "bin" for b in f.blocks) == 2


# ----- negated ---------------------------------------------------------------------------------------------
def _t17_neg_teacher(w: World) -> Made:
    """Teacher: tidy every block into the bin except X."""
    b = _choice(w, w.blocks)
    if b is None:
        return None
    others = [o for o in w.blocks if o != b]
    text = (f"Tidy-up time! The robot is going to put all the blocks in the bin, but NOT the {_c(w, b)} one. "
            f"The {_c(w, b)} block gets to stay out and play!")
    return text, both(binned(others), none_binned([b]))


def _t17_neg_sports(w: World) -> Made:
    """Commentator: not a single block left in the Y bowl."""
    bowl = _choice(w, [bw for bw in w.bowls if w.state.in_bowl(bw)])
    if bowl is None:
        return None
    text = f"Not a single block left in that {_c(w, bowl)} bowl by the final whistle, that's what we need here!"
    return text, empty(bowl)


def _t17_neg_chef(w: World) -> Made:
    """Chef: get X off Y, anywhere but the bin."""
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    text = (f"Get the {_c(w, a)} cube off the {_c(w, b)} cube. Anywhere but the bin, chef, we are not 86ing "
            f"that one. Heard?")
    return text, rels(Rel("on", a, b, negated=True), Rel("in_bin", a, negated=True))


def _t17_neg_ticket(w: World) -> Made:
    """Ticket: X must not be on Y, and nothing goes in the bin."""
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    text = (f"Issue: the {_c(w, a)} block is on top of the {_c(w, b)} block. Expected behaviour: the "
            f"{_c(w, a)} block is not on the {_c(w, b)} block. Note: do not throw any blocks in the bin.")
    return text, both(rels(Rel("on", a, b, negated=True)), none_binned(w.blocks))


def _t17_neg_radio(w: World) -> Made:
    """Radio: every block other than X to the bottom left corner."""
    if len(w.blocks) > 5:
        return None
    b = _choice(w, w.blocks)
    if b is None:
        return None
    others = [o for o in w.blocks if o != b]
    place = "bottom left corner"
    text = (f"Arm, Control. Move every block other than the {_c(w, b)} block to the {place}. {_c(w, b).title()} "
            f"block does not go to the corner. Over.")
    return text, rels(*(Rel("at", o, place) for o in others), Rel("at", b, place, negated=True))


def _t17_neg_indian(w: World) -> Made:
    """Indian English: X in some bowl, any bowl but the Y bowl."""
    options = []
    for b in w.clear_blocks():
        for bowl in w.bowls:
            rest = [o for o in w.bowls if o != bowl]
            if rest and w.state.base(b) not in rest and any(_room(w, o) > 0 for o in rest):
                options.append((b, bowl))
    if not options:
        return None
    b, bowl = options[w.rng.randrange(len(options))]
    rest = [o for o in w.bowls if o != bowl]
    text = (f"Kindly keep the {_c(w, b)} block in some bowl. Any bowl is fine, only not the {_c(w, bowl)} "
            f"bowl.")
    return text, lambda _i, f: f.base(b) in rest


# ----- relative --------------------------------------------------------------------------------------------
def _t17_rel_teacher(w: World) -> Made:
    """Teacher: the block sitting on top of X goes in the bin."""
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    text = (f"Can everyone see the block that's sitting on top of the {_c(w, b)} block? Let's ask the robot to "
            f"put that one in the bin!")
    return text, binned([a])


def _t17_rel_sports(w: World) -> Made:
    """Commentator: the one at the very top of the (only) tower into the Y bowl."""
    towers = {_tower(w, a)[0] for a, _b in w.pairs()}
    if len(towers) != 1:
        return None
    top = _tower(w, next(iter(towers)))[-1]
    bowl = _choice(w, [bw for bw in w.bowls if _room(w, bw) > 0 and w.state.base(top) != bw])
    if bowl is None:
        return None
    text = (f"Look at that stack! The one sitting at the very top of the tower, take it down and into the "
            f"{_c(w, bowl)} bowl!")
    return text, rels(Rel("in", top, bowl))


def _t17_rel_chef(w: World) -> Made:
    """Chef: the empty dish gets X."""
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if len(empties) != 1:
        return None
    b = _choice(w, w.clear_blocks())
    if b is None:
        return None
    return f"The empty dish, chef: {_c(w, b)} cube goes in it. Yes chef!", rels(Rel("in", b, empties[0]))


def _t17_rel_ticket(w: World) -> Made:
    """Ticket: the block closest to the Y bowl goes to the bin."""
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        cands = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) != bowl)
        if len(cands) < 2:
            continue
        (d0, b0), (d1, _b1) = cands[0], cands[1]
        if d1 - d0 >= 0.04 and w.state.support[b0] in _GROUND and w.state.is_clear(b0):
            text = (f"Issue: a block is too close to the {_c(w, bowl)} bowl. Requested action: move the block "
                    f"nearest to the {_c(w, bowl)} bowl into the bin.")
            return text, binned([b0])
    return None


def _t17_rel_radio(w: World) -> Made:
    """Radio: the block under X goes to the middle."""
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(b) != "middle"]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    text = (f"Arm, Control. Block under the {_c(w, a)} block, move it to the middle of the table. I say again, "
            f"the block underneath {_c(w, a)}. Over.")
    return text, rels(Rel("at", b, "middle"))


def _t17_rel_indian(w: World) -> Made:
    """Indian English: the bowl having X in it, put Y also in that bowl."""
    options = []
    for a in w.in_bowls():
        bowl = w.state.base(a)
        if _room(w, bowl) > 0:
            options += [(a, b, bowl) for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not options:
        return None
    a, b, bowl = options[w.rng.randrange(len(options))]
    text = (f"The bowl which is having the {_c(w, a)} block in it, kindly put the {_c(w, b)} block also in that "
            f"same bowl.")
    return text, rels(Rel("in", b, bowl))


# ----- keep ------------------------------------------------------------------------------------------------
def _t17_keep_teacher(w: World) -> Made:
    """Teacher: X is having a rest, don't touch it; put Y on Z."""
    options = [(k, a, b) for a, b in _stack_pairs(w) for k in w.blocks if _not_above(w, k, a, b)]
    if not options:
        return None
    k, a, b = options[w.rng.randrange(len(options))]
    text = (f"Shh, the {_c(w, k)} block is having a little rest, so we won't move it at all. Robot, just put the "
            f"{_c(w, a)} block on top of the {_c(w, b)} block instead.")
    return text, both(rels(Rel("on", a, b)), kept(k))


def _t17_keep_sports(w: World) -> Made:
    """Commentator: X stays exactly where it is; Y goes into the bin."""
    options = [(k, b) for b in w.clear_blocks() for k in w.blocks if _not_above(w, k, b)]
    if not options:
        return None
    k, b = options[w.rng.randrange(len(options))]
    text = (f"The {_c(w, k)} block holds its position, exactly where it is, that's the anchor of this side. "
            f"Meanwhile the {_c(w, b)} block is heading for the bin!")
    return text, both(binned([b]), kept(k))


def _t17_keep_chef(w: World) -> Made:
    """Chef: don't touch X, it's plated; Y into the Z dish."""
    options = [(k, b, bowl) for b, bowl in _into_bowl(w) for k in w.blocks if _not_above(w, k, b)]
    if not options:
        return None
    k, b, bowl = options[w.rng.randrange(len(options))]
    text = (f"Nobody touch the {_c(w, k)} cube, that one's plated! {_c(w, b).title()} cube into the "
            f"{_c(w, bowl)} dish. Yes chef?")
    return text, both(rels(Rel("in", b, bowl)), kept(k))


def _t17_keep_ticket(w: World) -> Made:
    """Ticket: move X to a corner; all other blocks must remain where they are."""
    b = _choice(w, w.clear_blocks())
    if b is None:
        return None
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    text = (f"Issue: please move the {_c(w, b)} block to the {place}. Constraint: all other blocks must remain "
            f"exactly where they are.")
    return text, both(rels(Rel("at", b, place)), kept(*(o for o in w.blocks if o != b)))


def _t17_keep_radio(w: World) -> Made:
    """Radio: the X-on-Y stack is not to be disturbed; Z to the bin."""
    options = [(a, b, z) for a, b in w.pairs() if _tower(w, b) == [b, a]
               for z in w.clear_blocks() if z not in (a, b)]
    if not options:
        return None
    a, b, z = options[w.rng.randrange(len(options))]
    text = (f"Arm, Control. {_c(w, a).title()}-on-{_c(w, b)} stack stays as is, do not disturb. Move "
            f"{_c(w, z)} block to the bin. Over.")
    return text, both(binned([z]), kept(a, b))


def _t17_keep_indian(w: World) -> Made:
    """Indian English: put X in the Y bowl, but let Z be where it is only."""
    options = [(k, b, bowl) for b, bowl in _into_bowl(w) for k in w.blocks if _not_above(w, k, b)]
    if not options:
        return None
    k, b, bowl = options[w.rng.randrange(len(options))]
    text = (f"Put the {_c(w, b)} block in the {_c(w, bowl)} bowl, but the {_c(w, k)} block, let it be where it "
            f"is only. Don't disturb it.")
    return text, both(rels(Rel("in", b, bowl)), kept(k))


# ----- multi-step ------------------------------------------------------------------------------------------
def _t17_multi_teacher(w: World) -> Made:
    """Teacher: first X into the bowl, then Y on Z."""
    options = [(x, bowl, a, b) for x, bowl in _into_bowl(w) for a, b in _stack_pairs(w) if x not in (a, b)]
    if not options:
        return None
    x, bowl, a, b = options[w.rng.randrange(len(options))]
    text = (f"First, we pick up the {_c(w, x)} block and put it in the {_c(w, bowl)} bowl. Then, we put the "
            f"{_c(w, a)} block on top of the {_c(w, b)} block. Two steps, easy peasy!")
    return text, rels(Rel("in", x, bowl), Rel("on", a, b))


def _t17_multi_sports(w: World) -> Made:
    """Commentator: first X to a corner, then Y right on top of it."""
    clear = w.clear_blocks()
    got = w.pick(clear, 2)
    if not got:
        return None
    a, b = got
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    text = (f"First the {_c(w, a)} brick goes out to the {place}, then the {_c(w, b)} one comes in right on "
            f"top of it! What a combination that would be!")
    return text, rels(Rel("at", a, place), Rel("on", b, a))


def _t17_multi_chef(w: World) -> Made:
    """Chef: first X in the bin, then Y into the Z dish."""
    options = [(x, b, bowl) for b, bowl in _into_bowl(w) for x in w.clear_blocks() if x != b]
    if not options:
        return None
    x, b, bowl = options[w.rng.randrange(len(options))]
    text = (f"Two moves, chef. First, 86 the {_c(w, x)} cube, in the bin. Then the {_c(w, b)} cube goes into "
            f"the {_c(w, bowl)} dish. Go!")
    return text, rels(Rel("in_bin", x), Rel("in", b, bowl))


def _t17_multi_ticket(w: World) -> Made:
    """Ticket: 1. X to the table. 2. Y on X."""
    options = [(g, r) for g in w.clear_blocks() if w.state.support[g] not in _GROUND
               for r in w.clear_blocks() if r != g and w.state.support[g] != r]
    if not options:
        return None
    g, r = options[w.rng.randrange(len(options))]
    text = (f"Steps to resolve: 1. Move the {_c(w, g)} block onto the table. 2. Place the {_c(w, r)} block on "
            f"the {_c(w, g)} block. Expected result: {_c(w, r)} block on {_c(w, g)} block, {_c(w, g)} block on "
            f"the table.")
    return text, rels(Rel("on_table", g), Rel("on", r, g))


def _t17_multi_radio(w: World) -> Made:
    """Radio: phase one X off Y onto the table, phase two Y into the bowl."""
    options = [(a, b, bowl) for a, b in w.pairs() if w.state.is_clear(a) and w.state.above(b) == [a]
               for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl) > 0]
    if not options:
        return None
    a, b, bowl = options[w.rng.randrange(len(options))]
    text = (f"Arm, Control. Phase one: {_c(w, a)} block off the {_c(w, b)} block, onto the table. Phase two: "
            f"{_c(w, b)} block into the {_c(w, bowl)} bowl. Execute. Over.")
    return text, rels(Rel("on_table", a), Rel("in", b, bowl))


def _t17_multi_indian(w: World) -> Made:
    """Indian English: take X out of its bowl and keep it on Y; bin Z, preponed to go first."""
    options = []
    for p in w.in_bowls():
        if not w.state.is_clear(p):
            continue
        for o in w.clear_blocks():
            if o != p and w.state.base(o) != w.state.base(p) and _level(w, o) < layout.MAX_TOWER:
                options += [(p, o, z) for z in w.clear_blocks() if z not in (p, o)]
    if not options:
        return None
    p, o, z = options[w.rng.randrange(len(options))]
    bowl = w.state.base(p)
    text = (f"Kindly take the {_c(w, p)} block out of the {_c(w, bowl)} bowl and keep it on top of the "
            f"{_c(w, o)} block. Also put the {_c(w, z)} block in the dustbin; that one I am preponing, so do it "
            f"first itself.")
    return text, rels(Rel("on", p, o), Rel("in_bin", z))


# ----- questions -------------------------------------------------------------------------------------------
def _t17_q_teacher(w: World) -> Made:
    """Teacher: how many blocks are there altogether?"""
    text = "Let's all count together, boys and girls! Robot, how many blocks are there altogether?"
    return text, answered(str(len(w.blocks)))


def _t17_q_sports(w: World) -> Made:
    """Commentator: is X sitting on top of Y right now?"""
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = pairs[w.rng.randrange(len(pairs))]
    else:
        got = w.pick(w.blocks, 2)
        if not got:
            return None
        a, b = got
    flag = w.state.support[a] == b
    text = (f"Quick one for the folks at home: is the {_c(w, a)} block sitting right on top of the {_c(w, b)} "
            f"block at the moment? Yes or no?")
    return text, answered(yes(flag))


def _t17_q_chef(w: World) -> Made:
    """Chef: what's sitting on the X cube?"""
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return f"Chef asking: what's sitting on the {_c(w, b)} cube right now? Call it!", answered(_c(w, a))


def _t17_q_ticket(w: World) -> Made:
    """Ticket: how many blocks are not in any bowl?"""
    n = len(w.blocks) - len(w.in_bowls())
    text = ("Issue: inventory check. Question: how many blocks are currently not inside any bowl? Expected "
            "behaviour: reply with the number.")
    return text, answered(str(n))


def _t17_q_radio(w: World) -> Made:
    """Radio: is the Y bowl empty?"""
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    flag = not w.state.in_bowl(bowl)
    return f"Arm, Control. Request status: is the {_c(w, bowl)} bowl empty? Over.", answered(yes(flag))


def _t17_q_indian(w: World) -> Made:
    """Indian English: X is kept on top of which block?"""
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return f"Just tell me one thing: the {_c(w, a)} block is kept on top of which block?", answered(_c(w, b))


# ----- colour matching -------------------------------------------------------------------------------------
def _unmatched(w: World) -> Check | None:
    """The colour-matching goal, or None when there is nothing to match or it holds already."""
    want = matching(w)
    todo = [r for r in want if not holds(r, w.state)]
    if not todo or any(_room(w, r.target) == 0 for r in todo):
        return None
    return rels(*want)


def _t17_match_teacher(w: World) -> Made:
    """Teacher: the colour game, each block home to its own colour bowl."""
    goal = _unmatched(w)
    if goal is None:
        return None
    c = _c(w, matching(w)[0].block)
    text = (f"Let's play the colour game! Every block goes home to the bowl that's the same colour as it: "
            f"{c} to {c}, and so on. Off you go, robot!")
    return text, goal


def _t17_match_sports(w: World) -> Made:
    """Commentator: every block into the bowl of its own colour."""
    goal = _unmatched(w)
    if goal is None:
        return None
    text = ("And the game plan is a colour-coordinated finish: every block into the bowl of its own colour. "
            "Can they pull it off?")
    return text, goal


def _t17_match_chef(w: World) -> Made:
    """Chef: the X cube goes in the dish that matches it."""
    todo = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target) > 0]
    if not todo:
        return None
    r = todo[w.rng.randrange(len(todo))]
    text = f"The {_c(w, r.block)} cube goes in the dish that matches it, chef. Same colour. Heard?"
    return text, rels(r)


def _t17_match_ticket(w: World) -> Made:
    """Ticket: each block sits in the bowl with the same colour."""
    goal = _unmatched(w)
    if goal is None:
        return None
    text = ("Issue: blocks are not sorted. Expected behaviour: each block sits in the bowl that has the same "
            "colour as the block. Blocks without a matching bowl can be left where they are.")
    return text, goal


def _t17_match_radio(w: World) -> Made:
    """Radio: each block to the bowl of its colour; blocks with no match stand fast."""
    want = matching(w)
    goal = _unmatched(w)
    if goal is None:
        return None
    matched = [r.block for r in want]
    todo = [r.block for r in want if not holds(r, w.state)]
    stay = [b for b in w.blocks if b not in matched]
    if any(not _not_above(w, k, *todo) for k in stay):
        return None
    text = ("Arm, Control. Sort by colour: each block to the bowl of the same colour. Blocks with no matching "
            "bowl, stand fast, do not move them. Over.")
    return text, both(goal, kept(*stay))


def _t17_match_indian(w: World) -> Made:
    """Indian English: put the blocks in their same-colour bowls only."""
    goal = _unmatched(w)
    if goal is None:
        return None
    c = _c(w, matching(w)[0].block)
    text = (f"Kindly do the needful and put each block in its same-colour bowl only, like {c} block in {c} "
            f"bowl, like that.")
    return text, goal


FRESH17: list[Template] = [
    ("t17_imp_teacher", "imperative", _t17_imp_teacher),
    ("t17_imp_sports", "imperative", _t17_imp_sports),
    ("t17_imp_chef", "imperative", _t17_imp_chef),
    ("t17_imp_ticket", "imperative", _t17_imp_ticket),
    ("t17_imp_radio", "imperative", _t17_imp_radio),
    ("t17_imp_indian", "imperative", _t17_imp_indian),
    ("t17_decl_teacher", "declarative", _t17_decl_teacher),
    ("t17_decl_sports", "declarative", _t17_decl_sports),
    ("t17_decl_chef", "declarative", _t17_decl_chef),
    ("t17_decl_ticket", "declarative", _t17_decl_ticket),
    ("t17_decl_radio", "declarative", _t17_decl_radio),
    ("t17_decl_indian", "declarative", _t17_decl_indian),
    ("t17_want_teacher", "desiderative", _t17_want_teacher),
    ("t17_want_sports", "desiderative", _t17_want_sports),
    ("t17_want_chef", "desiderative", _t17_want_chef),
    ("t17_want_ticket", "desiderative", _t17_want_ticket),
    ("t17_want_radio", "desiderative", _t17_want_radio),
    ("t17_want_indian", "desiderative", _t17_want_indian),
    ("t17_quant_teacher", "quantified", _t17_quant_teacher),
    ("t17_quant_sports", "quantified", _t17_quant_sports),
    ("t17_quant_chef", "quantified", _t17_quant_chef),
    ("t17_quant_ticket", "quantified", _t17_quant_ticket),
    ("t17_quant_radio", "quantified", _t17_quant_radio),
    ("t17_quant_indian", "quantified", _t17_quant_indian),
    ("t17_neg_teacher", "negated", _t17_neg_teacher),
    ("t17_neg_sports", "negated", _t17_neg_sports),
    ("t17_neg_chef", "negated", _t17_neg_chef),
    ("t17_neg_ticket", "negated", _t17_neg_ticket),
    ("t17_neg_radio", "negated", _t17_neg_radio),
    ("t17_neg_indian", "negated", _t17_neg_indian),
    ("t17_rel_teacher", "relative", _t17_rel_teacher),
    ("t17_rel_sports", "relative", _t17_rel_sports),
    ("t17_rel_chef", "relative", _t17_rel_chef),
    ("t17_rel_ticket", "relative", _t17_rel_ticket),
    ("t17_rel_radio", "relative", _t17_rel_radio),
    ("t17_rel_indian", "relative", _t17_rel_indian),
    ("t17_keep_teacher", "keep", _t17_keep_teacher),
    ("t17_keep_sports", "keep", _t17_keep_sports),
    ("t17_keep_chef", "keep", _t17_keep_chef),
    ("t17_keep_ticket", "keep", _t17_keep_ticket),
    ("t17_keep_radio", "keep", _t17_keep_radio),
    ("t17_keep_indian", "keep", _t17_keep_indian),
    ("t17_multi_teacher", "multi_step", _t17_multi_teacher),
    ("t17_multi_sports", "multi_step", _t17_multi_sports),
    ("t17_multi_chef", "multi_step", _t17_multi_chef),
    ("t17_multi_ticket", "multi_step", _t17_multi_ticket),
    ("t17_multi_radio", "multi_step", _t17_multi_radio),
    ("t17_multi_indian", "multi_step", _t17_multi_indian),
    ("t17_q_teacher", "question", _t17_q_teacher),
    ("t17_q_sports", "question", _t17_q_sports),
    ("t17_q_chef", "question", _t17_q_chef),
    ("t17_q_ticket", "question", _t17_q_ticket),
    ("t17_q_radio", "question", _t17_q_radio),
    ("t17_q_indian", "question", _t17_q_indian),
    ("t17_match_teacher", "matching", _t17_match_teacher),
    ("t17_match_sports", "matching", _t17_match_sports),
    ("t17_match_chef", "matching", _t17_match_chef),
    ("t17_match_ticket", "matching", _t17_match_ticket),
    ("t17_match_radio", "matching", _t17_match_radio),
    ("t17_match_indian", "matching", _t17_match_indian),
]
