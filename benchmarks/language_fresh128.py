"""`FRESH128`, the hundred-and-twenty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: hedged, tentative and indirect requests. The speakers are unsure, polite or thinking aloud ("maybe put
the red block in the blue bowl?", "I was wondering if you could ...", "if it's not too much trouble, ...",
"hmm, let's see ..."). The hedge never changes what is asked: a reasonable person hearing it would do the
thing (or, for questions, answer it). The styles, with one example each:

- maybe: a soft adverb up front: "Perhaps put the red block in the blue bowl?"
- wonder: an indirect question: "I was wondering if you could stack the yellow block on the red one."
- think: an opinion hedge in the middle: "I think the green block should probably go in the bin."
- tag: the request first, the hedge tagged on at the end: "Move the red block to the middle, I guess."
- polite: a courtesy frame: "If it's not too much trouble, put the pink block on the table."
- aloud: thinking aloud: "Hmm, let's see... the pink one in the green bowl, I suppose."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Printed past the allowed range by mistake: one grep for the words BIN/TABLE/GRIPPER in `sim/core/lexicon.py`
showed four lines of its contents (three patterns of words for the bin and one line of place aliases). The
templates here use only the plain word "bin" and the names in `PLACES`.

Its first run (300 instructions, seed 0, on 2c4bbc6, after every fix before it and before anything it could prompt):
0.803 goal-correct (241 of 300), 52 refused, 7 wrong, three of them actions: 'Perhaps you know, is X inside W?' was
planned as a request (twice: once it put X in W); "I'd rather no blocks were stacked on top of one another" unstacked one
tower of two ('on top of one another' was read as on a block); four wrong replies ("I think X is on Y, but I'm not sure.
Is it?", '..., I wonder?'). Most refusals were hedges read as words ("I'd say", 'I was wondering whether X could go on
Y', 'thinking about it', 'if I'm not mistaken', 'sorry to be a pain').
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


# ----- helpers ----------------------------------------------------------------------------------------
def _done(*checks: Check) -> Check:
    """The goal holds and the gripper is empty at the end."""
    return both(*checks, lambda _i, f: f.held is None)


def _one(w: World, b: str) -> str:
    """ "the red one" for a block or bowl."""
    return f"the {w.colour(b)} one"


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of b's tower up to and including b."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n += 1
        cur = s.support[cur]
    return n


def _tower(s: SymState, b: str) -> list[str]:
    """Every block in b's tower."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *s.above(bottom)]


def _free(w: World) -> list[str]:
    """Blocks that can be picked up at once or after clearing (not in the bin, not held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _can_stack(w: World, top: str, below: str) -> bool:
    """`top` can go directly on `below`: different, `below` clear and not above `top`, height fits."""
    s = w.state
    return (
        top != below
        and s.is_clear(below)
        and below not in s.above(top)
        and s.support[top] != below
        and s.base(below) != BIN
        and _depth(s, below) + 1 <= layout.MAX_TOWER
    )


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.on_top(bowl)) + n <= layout.BOWL_CAPACITY


def _place_free(w: World) -> list[str]:
    return [p for p in PLACES if not w.state.on_top(p)]


def _on_ground(s: SymState, b: str) -> bool:
    """Its tower stands on the table (or a named place on it)."""
    return s.base(b) in (TABLE, *PLACES)


def _lone(w: World, b: str) -> bool:
    """Not stacked: nothing under it but the table or a bowl, nothing on it."""
    return len(_tower(w.state, b)) == 1


def _extreme(w: World, side: str) -> str | None:
    """The leftmost ("left") or rightmost block, when it stands alone and clearly apart."""
    cands = _free(w)
    if len(cands) < 2:
        return None
    order = sorted(cands, key=w.y, reverse=side == "right")
    first = order[0]
    if not _lone(w, first) or abs(w.y(order[1]) - w.y(first)) < 0.04:
        return None
    return first


def _place_word(p: str) -> str:
    return f"the {p}"


# ----- imperative -------------------------------------------------------------------------------------
def t128_imp_maybe(w: World) -> Made:
    opts = [
        (b, o)
        for b in _free(w)
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o)
    ]
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Maybe put the {b} in the {o}?",
            f"Perhaps move the {b} into the {o}.",
            f"Possibly drop the {b} into the {o}? Just a thought.",
        ]
    )
    return text, _done(rels(Rel("in", b, o)))


def t128_imp_wonder(w: World) -> Made:
    opts = [(a, c) for a in _free(w) for c in _free(w) if _can_stack(w, a, c)]
    if not opts:
        return None
    a, c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I was wondering if you could stack the {a} on the {c}.",
            f"Would it be possible to put the {a} on top of {_one(w, c)}?",
            f"Do you think you could set the {a} on the {c}?",
        ]
    )
    return text, _done(rels(Rel("on", a, c)))


def t128_imp_think(w: World) -> Made:
    opts = _free(w)
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I think you should probably put the {b} in the bin.",
            f"You'd better toss the {b} in the bin, I think.",
            f"Not totally sure, but I reckon you should throw the {b} into the bin.",
        ]
    )
    return text, _done(binned([b]))


def t128_imp_tag(w: World) -> Made:
    places = _place_free(w)
    blocks = _free(w)
    if not places or not blocks:
        return None
    b, p = w.rng.choice(blocks), w.rng.choice(places)
    text = w.rng.choice(
        [
            f"Move the {b} to {_place_word(p)}, I guess.",
            f"Put the {b} in {_place_word(p)}, if that's okay.",
            f"Slide the {b} over to {_place_word(p)}, maybe?",
        ]
    )
    return text, _done(rels(Rel("at", b, p)))


def t128_imp_polite(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    o = w.state.base(b)
    text = w.rng.choice(
        [
            f"If it's not too much trouble, take the {b} out of the {o} and put it on the table.",
            f"If you don't mind, could you lift the {b} out of the {o} and set it down on the table?",
            f"Sorry to be a pain, but please put the {b} on the table instead of in the {o}.",
        ]
    )
    return text, _done(rels(Rel("on_table", b)))


def t128_imp_aloud(w: World) -> Made:
    opts = [
        (b, o)
        for b in _free(w)
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o)
    ]
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Let's see... the {b} in the {o}, I guess.",
            f"Hmm, okay, how about the {b} goes into the {o}?",
            f"Right, um... pop the {b} in the {o}, I suppose.",
        ]
    )
    return text, _done(rels(Rel("in", b, o)))


# ----- declarative ------------------------------------------------------------------------------------
def t128_dec_maybe(w: World) -> Made:
    opts = _free(w)
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Maybe the {b} should be in the bin.",
            f"Perhaps the {b} belongs in the bin.",
            f"The {b} could maybe go in the bin.",
        ]
    )
    return text, _done(binned([b]))


def t128_dec_wonder(w: World) -> Made:
    opts = [(a, c) for a in _free(w) for c in _free(w) if _can_stack(w, a, c)]
    if not opts:
        return None
    a, c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I was wondering whether the {a} could go on top of the {c}.",
            f"I wonder if the {a} might sit on the {c} instead. Could you do that?",
            f"I've been wondering if the {a} would look better on {_one(w, c)}. Let's try that.",
        ]
    )
    return text, _done(rels(Rel("on", a, c)))


def t128_dec_think(w: World) -> Made:
    opts = [
        (b, o)
        for b in _free(w)
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o)
    ]
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I think the {b} belongs in the {o}.",
            f"I'd say the {b} should be in the {o}.",
            f"I suppose the {o} is the best place for the {b}.",
        ]
    )
    return text, _done(rels(Rel("in", b, o)))


def t128_dec_tag(w: World) -> Made:
    places = _place_free(w)
    blocks = _free(w)
    if not places or not blocks:
        return None
    b, p = w.rng.choice(blocks), w.rng.choice(places)
    text = w.rng.choice(
        [
            f"The {b} goes in {_place_word(p)}, I think.",
            f"The {b} should be in {_place_word(p)}, probably.",
            f"The {b} belongs in {_place_word(p)}, if I'm not mistaken.",
        ]
    )
    return text, _done(rels(Rel("at", b, p)))


def t128_dec_polite(w: World) -> Made:
    opts = [(a, c) for a in _free(w) for c in _free(w) if _can_stack(w, a, c)]
    if not opts:
        return None
    a, c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"If you don't mind, the {a} needs to be on top of the {c}.",
            f"Sorry to bother you, but the {a} ought to be sitting on the {c}.",
            f"The {a} should really be on the {c}, if that's alright with you.",
        ]
    )
    return text, _done(rels(Rel("on", a, c)))


def t128_dec_aloud(w: World) -> Made:
    opts = [(b, s) for b, s in w.pairs() if w.state.base(b) != BIN]
    if not opts:
        return None
    b, s = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Hmm, the {b} probably belongs down on the table, not up on the {s}.",
            f"Let's see... the {b} should be on the table, I'd imagine, rather than on {_one(w, s)}.",
            f"Okay so, thinking about it, the {b} goes on the table.",
        ]
    )
    return text, _done(rels(Rel("on_table", b)))


# ----- desiderative -----------------------------------------------------------------------------------
def t128_des_maybe(w: World) -> Made:
    opts = [(a, c) for a in _free(w) for c in _free(w) if _can_stack(w, a, c)]
    if not opts:
        return None
    a, c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Maybe I'd like the {a} sitting on {_one(w, c)}.",
            f"I'd perhaps like to have the {a} stacked on the {c}.",
            f"Perhaps I want the {a} on top of the {c}.",
        ]
    )
    return text, _done(rels(Rel("on", a, c)))


def t128_des_wonder(w: World) -> Made:
    opts = _free(w)
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I was kind of hoping the {b} could end up in the bin.",
            f"I wonder if I could have the {b} in the bin?",
            f"I was wondering if I might get the {b} put in the bin.",
        ]
    )
    return text, _done(binned([b]))


def t128_des_think(w: World) -> Made:
    opts = [
        (b, o)
        for b in _free(w)
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o)
    ]
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I think I'd like the {b} in the {o}.",
            f"I think I want the {b} in the {o}, probably.",
            f"I'd like the {b} in the {o}, I think.",
        ]
    )
    return text, _done(rels(Rel("in", b, o)))


def t128_des_tag(w: World) -> Made:
    opts = [o for o in w.bowls if w.state.in_bowl(o)]
    if not opts:
        return None
    o = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I'd like the {o} empty, if possible.",
            f"I want nothing left in the {o}, I guess.",
            f"I'd prefer the {o} to be empty, if that's okay.",
        ]
    )
    return text, _done(empty(o))


def t128_des_polite(w: World) -> Made:
    places = _place_free(w)
    blocks = _free(w)
    if not places or not blocks:
        return None
    b, p = w.rng.choice(blocks), w.rng.choice(places)
    text = w.rng.choice(
        [
            f"If it's not too much trouble, I'd love the {b} in {_place_word(p)}.",
            f"I'd really like the {b} over in {_place_word(p)}, if you don't mind.",
            f"If you could, I'd like to have the {b} in {_place_word(p)}, please.",
        ]
    )
    return text, _done(rels(Rel("at", b, p)))


def t128_des_aloud(w: World) -> Made:
    if len(w.bowls) < 2 or not w.in_bowls():
        return None
    text = w.rng.choice(
        [
            "It might be nice if the bowls were empty.",
            "Hmm, could be good to have all the bowls emptied out.",
            "You know, I think I'd like every bowl empty.",
        ]
    )
    return text, _done(*(empty(o) for o in w.bowls))


# ----- quantified -------------------------------------------------------------------------------------
def t128_qua_maybe(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = w.rng.choice(
        [
            "Maybe put all the blocks in the bin?",
            "Perhaps every block should go in the bin.",
            "Maybe just throw all of the blocks into the bin?",
        ]
    )
    return text, _done(binned(w.blocks))


def t128_qua_wonder(w: World) -> Made:
    ground = [b for b in w.blocks if _on_ground(w.state, b)]
    opts = [o for o in w.bowls if ground and _room(w, o, len(ground))]
    if len(ground) < 2 or not opts:
        return None
    o = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I was wondering if you could move every block on the table into the {o}.",
            f"Would it be possible to put all the blocks that are on the table in the {o}?",
            f"Any chance you could gather all the blocks from the table into the {o}?",
        ]
    )
    return text, _done(rels(*(Rel("in", b, o) for b in ground)))


def t128_qua_think(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    have = len(w.state.in_bowl(o))
    numbers = [n for n in range(have + 1, min(len(w.blocks), 4) + 1)]
    if not numbers:
        return None
    n = w.rng.choice(numbers)
    word = {1: "one block", 2: "two blocks", 3: "three blocks", 4: "four blocks"}[n]
    text = w.rng.choice(
        [
            f"I think the {o} should probably have {word} in it.",
            f"I'd say {word} in the {o} would be about right.",
            f"I reckon there ought to be {word} in the {o}.",
        ]
    )
    return text, _done(count_in(o, n))


def _one_tower(blocks: list[str]) -> Check:
    """All `blocks` in one chain, whatever it stands on."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        return len(bottoms) == 1 and sorted(_tower(f, bottoms[0])) == sorted(blocks)

    return check


def t128_qua_tag(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > layout.MAX_TOWER or len(w.pairs()) == len(blocks) - 1:
        return None
    text = w.rng.choice(
        [
            "Stack all the blocks into one tower, I guess.",
            "Put every block in a single stack, if that's okay.",
            "Make one tall tower out of all the blocks, maybe?",
        ]
    )
    return text, _done(_one_tower(blocks))


def t128_qua_polite(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(inside) > 5:
        return None
    bowls = "the bowl" if len(w.bowls) == 1 else "the bowls"
    text = w.rng.choice(
        [
            f"If you don't mind, could you put everything that's in {bowls} into the bin?",
            f"If it's not too much trouble, every block in {bowls} should go in the bin.",
            f"When you get a chance, please move all the blocks in {bowls} to the bin.",
        ]
    )
    return text, _done(binned(inside))


def t128_qua_aloud(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    bowls = "the bowl" if len(w.bowls) == 1 else "a bowl"
    text = w.rng.choice(
        [
            f"Hmm, what if every block that's in {bowls} went on the table instead?",
            f"Let's see... all the blocks in {bowls} could come out onto the table, I suppose.",
            f"Thinking aloud here: maybe take each block out of {bowls} and leave it on the table.",
        ]
    )
    return text, _done(lambda _i, f: all(_on_ground(f, b) for b in inside))


# ----- negated ----------------------------------------------------------------------------------------
def t128_neg_maybe(w: World) -> Made:
    if not 3 <= len(w.blocks) <= 6:
        return None
    b = w.rng.choice(w.blocks)
    others = [o for o in w.blocks if o != b]
    if len(others) > 5:
        return None
    text = w.rng.choice(
        [
            f"Maybe put everything except the {b} in the bin?",
            f"Perhaps all the blocks but {_one(w, b)} should go in the bin.",
            f"Maybe bin every block apart from the {b}?",
        ]
    )
    return text, _done(binned(others), none_binned([b]))


def t128_neg_wonder(w: World) -> Made:
    opts = [b for b in w.blocks if not w.state.is_clear(b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I was wondering if you could make sure nothing is on top of the {b}.",
            f"Would it be possible to have nothing sitting on the {b}?",
            f"Do you think you could get everything off the {b}, so nothing's on it?",
        ]
    )
    return text, _done(rels(Rel("clear", b)))


def t128_neg_think(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    o = w.state.base(b)
    text = w.rng.choice(
        [
            f"I don't think the {b} should be in the {o}.",
            f"I don't really think the {b} belongs in the {o}, to be honest.",
            f"I'm not sure the {b} ought to stay in the {o}. I'd say it shouldn't be in there.",
        ]
    )
    return text, _done(rels(Rel("in", b, o, negated=True)))


def t128_neg_tag(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    o = w.state.base(b)
    text = w.rng.choice(
        [
            f"Take the {b} out of the {o}, but not into the bin, I guess.",
            f"Move the {b} out of the {o} without putting it in the bin, if that's okay.",
            f"Get the {b} out of the {o}, just don't bin it, maybe?",
        ]
    )
    return text, _done(rels(Rel("in", b, o, negated=True)), none_binned([b]))


def t128_neg_polite(w: World) -> Made:
    if not w.pairs():
        return None
    blocks = w.blocks
    text = w.rng.choice(
        [
            "If you don't mind, none of the blocks should be stacked on each other.",
            "If it's not too much trouble, could you make sure no block is sitting on another block?",
            "Sorry to ask, but I'd rather no blocks were stacked on top of one another, please.",
        ]
    )
    return text, _done(lambda _i, f: all(f.support[b] not in blocks for b in blocks))


def t128_neg_aloud(w: World) -> Made:
    opts = [(b, s) for b, s in w.pairs()]
    if not opts:
        return None
    b, s = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Hmm, I'd rather the {b} weren't on the {s}.",
            f"Let's see... the {b} shouldn't be sitting on {_one(w, s)}, I think.",
            f"Thinking about it, the {b} doesn't belong on top of the {s}.",
        ]
    )
    return text, _done(rels(Rel("on", b, s, negated=True)))


# ----- relative ---------------------------------------------------------------------------------------
def t128_rel_maybe(w: World) -> Made:
    opts = [(b, s) for b, s in w.pairs()]
    if not opts:
        return None
    b, s = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Maybe put the block that's on the {s} in the bin?",
            f"Perhaps the block sitting on top of the {s} should go in the bin.",
            f"Maybe throw the block on {_one(w, s)} into the bin?",
        ]
    )
    return text, _done(binned([b]))


def t128_rel_wonder(w: World) -> Made:
    places = _place_free(w)
    refs = []
    for o in w.bowls:
        inside = w.state.in_bowl(o)
        if len(inside) == 1:
            refs.append(
                (inside[0], f"the block in the {o}", f"whichever block is in the {o}")
            )
    bottoms = {_tower(w.state, b)[0] for b, _s in w.pairs()}
    if len(bottoms) == 1:
        (b,) = bottoms
        refs.append(
            (b, "the block at the bottom of the stack", "the bottom block of the stack")
        )
    if not refs or not places:
        return None
    b, ref, ref2 = w.rng.choice(refs)
    p = w.rng.choice(places)
    text = w.rng.choice(
        [
            f"I was wondering if you could move {ref} to {_place_word(p)}.",
            f"Would it be possible to put {ref2} in {_place_word(p)}?",
            f"Could you maybe take {ref} and set it in {_place_word(p)}?",
        ]
    )
    return text, _done(rels(Rel("at", b, p)))


def t128_rel_think(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    b = _extreme(w, side)
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"I think the block furthest to the {side} should probably go in the bin.",
            f"I'd say the {side}most block belongs in the bin.",
            f"I suppose the block farthest {side} could go in the bin.",
        ]
    )
    return text, _done(binned([b]))


def t128_rel_tag(w: World) -> Made:
    opts = [(b, s) for b, s in w.pairs()]
    places = _place_free(w)
    if not opts or not places:
        return None
    b, s = w.rng.choice(opts)
    p = w.rng.choice(places)
    text = w.rng.choice(
        [
            f"Move the block under the {b} over to {_place_word(p)}, I guess.",
            f"Move the block that the {b} is sitting on to {_place_word(p)}, if that's okay.",
            f"The block underneath {_one(w, b)} goes to {_place_word(p)}, I think.",
        ]
    )
    return text, _done(rels(Rel("at", s, p)))


def t128_rel_polite(w: World) -> Made:
    ground = [b for b in _free(w) if _on_ground(w.state, b)]
    opts = []
    for o in w.bowls:
        if not _room(w, o) or len(ground) < 2:
            continue
        cands = sorted(ground, key=lambda b, o=o: w.dist(b, o))
        near = cands[0]
        if not _lone(w, near) or w.dist(cands[1], o) - w.dist(near, o) < 0.04:
            continue
        opts.append((o, near))
    if not opts:
        return None
    o, b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"If you don't mind, put the block on the table that's closest to the {o} into it.",
            f"If it's not too much trouble, the table block nearest the {o} could go inside it.",
            f"Sorry to bother you, but of the blocks on the table, could the one closest to the {o} go in it?",
        ]
    )
    return text, _done(rels(Rel("in", b, o)))


def t128_rel_aloud(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    b = _extreme(w, side)
    if b is None:
        return None
    opts = [c for c in _free(w) if _can_stack(w, b, c)]
    if not opts:
        return None
    c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Hmm, the {side}most block could go on top of the {c}, I think.",
            f"Let's see... the block way over on the {side}, put it on {_one(w, c)}, I suppose.",
            f"Okay, how about the block furthest to the {side} ends up on the {c}?",
        ]
    )
    return text, _done(rels(Rel("on", b, c)))


# ----- keep -------------------------------------------------------------------------------------------
def t128_keep_maybe(w: World) -> Made:
    free = _free(w)
    opts = [
        (b, k) for b in free for k in w.blocks if k != b and k not in w.state.above(b)
    ]
    if not opts:
        return None
    b, k = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Maybe put the {b} in the bin, but leave the {k} where it is.",
            f"Perhaps the {b} could go in the bin? The {k} should probably stay put, though.",
            f"Maybe bin the {b}, and don't move the {k}.",
        ]
    )
    return text, _done(binned([b]), kept(k))


def t128_keep_wonder(w: World) -> Made:
    opts = []
    for o in w.bowls:
        if not w.state.in_bowl(o):
            continue
        for k in w.blocks:
            if w.state.base(k) != o:
                opts.append((o, k))
    if not opts:
        return None
    o, k = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Would it be possible to empty the {o} without touching the {k}?",
            f"I was wondering if you could clear out the {o}, but leave the {k} alone.",
            f"Do you think you could take everything out of the {o}? The {k} has to stay where it is.",
        ]
    )
    return text, _done(empty(o), kept(k))


def t128_keep_think(w: World) -> Made:
    opts = [k for k in w.blocks if w.state.support[k] not in w.state.support]
    opts = [k for k in opts if len(w.blocks) - 1 <= 5]
    if not opts:
        return None
    k = w.rng.choice(opts)
    others = [b for b in w.blocks if b != k]
    text = w.rng.choice(
        [
            f"I think all the blocks except the {k} should go in the bin; the {k} can stay where it is.",
            f"I'd say bin everything but the {k}, and leave the {k} where it is.",
            f"The {k} should stay exactly where it is, I suppose, but the rest of the blocks can go in the bin.",
        ]
    )
    return text, _done(binned(others), kept(k))


def t128_keep_tag(w: World) -> Made:
    opts = []
    for o in w.bowls:
        if not w.state.in_bowl(o):
            continue
        opts += [(o, a) for a in _free(w) if w.state.base(a) != o]
    if not opts:
        return None
    o, a = w.rng.choice(opts)
    inside = w.state.in_bowl(o)
    text = w.rng.choice(
        [
            f"Put the {a} in the bin, and leave whatever's in the {o} alone, if that's okay.",
            f"Toss the {a} in the bin, but don't touch the blocks in the {o}, I guess.",
            f"Bin the {a}; the stuff in the {o} stays put, I think.",
        ]
    )
    return text, _done(binned([a]), kept(*inside))


def t128_keep_polite(w: World) -> Made:
    places = _place_free(w)
    opts = [b for b in w.clear_blocks()]
    if not places or not opts:
        return None
    b, p = w.rng.choice(opts), w.rng.choice(places)
    others = [o for o in w.blocks if o != b]
    text = w.rng.choice(
        [
            f"If it's not too much trouble, put the {b} in {_place_word(p)} and leave everything else alone.",
            f"If you don't mind, move just the {b} to {_place_word(p)}; the other blocks should stay where they are.",
            f"Sorry to bother you, but could you move the {b} to {_place_word(p)} without disturbing the other blocks?",
        ]
    )
    return text, _done(rels(Rel("at", b, p)), kept(*others))


def t128_keep_aloud(w: World) -> Made:
    opts = [(a, k) for a in _free(w) for k in _free(w) if _can_stack(w, a, k)]
    if not opts:
        return None
    a, k = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Let's see... the {k} can stay where it is, and the {a} goes on top of it.",
            f"Hmm, leave the {k} right where it is and pop the {a} on it, I suppose.",
            f"Okay, so the {k} doesn't move, and the {a} ends up stacked on it.",
        ]
    )
    return text, _done(rels(Rel("on", a, k)), kept(k))


# ----- multi-step -------------------------------------------------------------------------------------
def t128_multi_maybe(w: World) -> Made:
    clear = w.clear_blocks()
    opts = [
        (r, a, c)
        for r in clear
        for a in clear
        for c in clear
        if len({r, a, c}) == 3 and _can_stack(w, a, c) and c not in w.state.above(r)
    ]
    if not opts:
        return None
    r, a, c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Maybe first put the {r} in the bin, and then the {a} on the {c}?",
            f"Perhaps start by binning the {r}, then stack the {a} on the {c}.",
            f"Maybe the {r} goes in the bin first, and after that the {a} on top of {_one(w, c)}?",
        ]
    )
    return text, _done(binned([r]), rels(Rel("on", a, c)))


def t128_multi_wonder(w: World) -> Made:
    clear = w.clear_blocks()
    opts = [
        (r, y, o)
        for r in clear
        for y in clear
        for o in w.bowls
        if r != y and w.state.base(r) != o and _room(w, o)
    ]
    if not opts:
        return None
    r, y, o = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I was wondering if you could put the {r} in the {o} and then stack the {y} on it.",
            f"Would it be possible to move the {r} into the {o}, then put the {y} on top of it?",
            f"Do you think you could drop the {r} in the {o} and set the {y} on it afterwards?",
        ]
    )
    return text, _done(rels(Rel("in", r, o), Rel("on", y, r)))


def t128_multi_think(w: World) -> Made:
    places = _place_free(w)
    free = _free(w)
    if len(places) < 2 or len(free) < 2:
        return None
    a, b = w.pick(free, 2)
    p, q = w.pick(places, 2)
    text = w.rng.choice(
        [
            f"I think the {a} should go in {_place_word(p)}, and the {b} in {_place_word(q)}, probably.",
            f"I'd say the {a} belongs in {_place_word(p)} and the {b} in {_place_word(q)}.",
            f"I reckon first the {a} to {_place_word(p)}, then the {b} to {_place_word(q)}.",
        ]
    )
    return text, _done(rels(Rel("at", a, p), Rel("at", b, q)))


def t128_multi_tag(w: World) -> Made:
    opts = [(b, s) for b, s in w.pairs() if w.state.is_clear(b)]
    if not opts:
        return None
    b, s = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Take the {b} off the {s}, then put the {s} in the bin, I guess.",
            f"Lift the {b} off {_one(w, s)} and then bin the {s}, if that's okay.",
            f"First get the {b} off the {s}, then the {s} goes in the bin, maybe?",
        ]
    )
    return text, _done(binned([s]), rels(Rel("on", b, s, negated=True)))


def t128_multi_polite(w: World) -> Made:
    opts = []
    for r in w.blocks:
        if w.state.support[r] == TABLE or w.state.base(r) == BIN:
            continue
        for g in _free(w):
            if g != r and g not in _tower(w.state, r)[: _depth(w.state, r)]:
                opts.append((r, g))
    if not opts:
        return None
    r, g = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"If you don't mind, put the {r} on the table and then the {g} on top of it.",
            f"If it's not too much trouble, set the {r} down on the table, then stack the {g} on it.",
            f"When you get a chance, could you put the {r} on the table, and the {g} on top of it?",
        ]
    )
    return text, _done(rels(Rel("on_table", r), Rel("on", g, r)))


def t128_multi_aloud(w: World) -> Made:
    free = _free(w)
    opts = [
        (a, b, o)
        for a in free
        for b in free
        for o in w.bowls
        if a != b and w.state.base(b) != o and _room(w, o) and a not in w.state.above(b)
    ]
    if not opts:
        return None
    a, b, o = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Hmm, let's do the {a} in the bin first, then maybe the {b} in the {o}.",
            f"Okay, so... the {a} goes in the bin, and then the {b} into the {o}, I suppose.",
            f"Let's see, um, bin the {a}, and after that the {b} can go in the {o}.",
        ]
    )
    return text, _done(binned([a]), rels(Rel("in", b, o)))


# ----- questions --------------------------------------------------------------------------------------
def t128_q_maybe(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    o = w.rng.choice(w.bowls)
    if w.rng.random() < 0.5 and w.in_bowls():
        b = w.rng.choice(w.in_bowls())
        o = w.state.base(b)
    flag = holds(Rel("in", b, o), w.state)
    text = w.rng.choice(
        [
            f"Maybe you can tell me: is the {b} in the {o}?",
            f"Perhaps you know, is the {b} inside the {o}?",
            f"Is the {b} in the {o}, maybe? I can't quite tell.",
        ]
    )
    return text, answered(yes(flag))


def t128_q_wonder(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(o))
    text = w.rng.choice(
        [
            f"I was wondering how many blocks are in the {o}.",
            f"I wonder, how many blocks are there in the {o}?",
            f"Would you happen to know how many blocks the {o} has in it?",
        ]
    )
    return text, answered(str(n))


def t128_q_think(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        b, s = w.rng.choice(pairs)
        flag = True
    else:
        opts = [
            (b, s)
            for b in w.blocks
            for s in w.blocks
            if b != s and b not in w.state.above(s) and w.state.base(b) != BIN
        ]
        if not opts:
            return None
        b, s = w.rng.choice(opts)
        flag = False
    text = w.rng.choice(
        [
            f"I think the {b} is on top of the {s}, but I'm not sure. Is it?",
            f"I could be wrong, but is the {b} sitting on the {s}?",
            f"Is the {b} on {_one(w, s)}, do you think?",
        ]
    )
    return text, answered(yes(flag))


def t128_q_tag(w: World) -> Made:
    opts = [s for s in w.blocks if len(w.state.above(s)) == 1]
    if not opts:
        return None
    s = w.rng.choice(opts)
    top = w.state.above(s)[0]
    text = w.rng.choice(
        [
            f"Which block is on top of the {s}, do you know?",
            f"What's sitting on the {s}, I wonder?",
            f"Which block is resting on {_one(w, s)}, if you can tell?",
        ]
    )
    return text, answered(top)


def t128_q_polite(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    covered = [b for b in cands if not w.state.is_clear(b)]
    if covered and w.rng.random() < 0.5:
        b = w.rng.choice(covered)
    else:
        b = w.rng.choice(cands)
    flag = not w.state.is_clear(b)
    text = w.rng.choice(
        [
            f"Sorry to bother you, but is there anything on the {b}?",
            f"If you don't mind me asking, is something sitting on top of the {b}?",
            f"Excuse me, could you tell me whether there's a block on the {b}?",
        ]
    )
    return text, answered(yes(flag))


def t128_q_aloud(w: World) -> Made:
    n = len(w.blocks)
    text = w.rng.choice(
        [
            "Hmm, how many blocks are there altogether, I wonder?",
            "Let's see... how many blocks do we have in total?",
            "Okay, um, how many blocks are there, counting every single one?",
        ]
    )
    return text, answered(str(n))


# ----- matching ---------------------------------------------------------------------------------------
def _matches(w: World) -> list[Rel]:
    return [r for r in matching(w) if not holds(r, w.state)]


def t128_match_maybe(w: World) -> Made:
    want = matching(w)
    if not _matches(w):
        return None
    text = w.rng.choice(
        [
            "Maybe sort the blocks into the bowls by colour?",
            "Perhaps each block could go in the bowl of its own colour.",
            "Maybe put the blocks in the bowls that match their colours?",
        ]
    )
    return text, _done(rels(*want))


def t128_match_wonder(w: World) -> Made:
    opts = _matches(w)
    if not opts:
        return None
    r = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I was wondering if you could put the {r.block} in the bowl of the same colour.",
            f"Would it be possible to put the {r.block} in the bowl that matches it?",
            f"Do you think you could move the {r.block} into its matching bowl?",
        ]
    )
    return text, _done(rels(r))


def t128_match_think(w: World) -> Made:
    want = matching(w)
    if not _matches(w):
        return None
    text = w.rng.choice(
        [
            "I think each block should probably go in the bowl that matches its colour.",
            "I'd say the blocks belong in the bowls of the same colour.",
            "I suppose every block with a bowl of its colour should be in that bowl.",
        ]
    )
    return text, _done(rels(*want))


def t128_match_tag(w: World) -> Made:
    opts = _matches(w)
    if not opts:
        return None
    r = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Put the block that's the same colour as the {r.target} into it, I guess.",
            f"The block matching the {r.target} goes in it, I think.",
            f"Move the block that matches the {r.target} into that bowl, if that's okay.",
        ]
    )
    return text, _done(rels(r))


def t128_match_polite(w: World) -> Made:
    want = matching(w)
    if not _matches(w):
        return None
    text = w.rng.choice(
        [
            "If it's not too much trouble, could each bowl get the block of its own colour?",
            "If you don't mind, put every block into the bowl with the same colour, where there is one.",
            "When you have a moment, please match the blocks to the bowls by colour.",
        ]
    )
    return text, _done(rels(*want))


def t128_match_aloud(w: World) -> Made:
    want = matching(w)
    if not _matches(w):
        return None
    text = w.rng.choice(
        [
            "Let's see... colour-match the blocks with the bowls, I suppose.",
            "Hmm, how about every block goes in the bowl that's its colour?",
            "Okay, thinking out loud: same-coloured blocks into the same-coloured bowls.",
        ]
    )
    return text, _done(rels(*want))


# ----- the batch --------------------------------------------------------------------------------------
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
_STYLES = ("maybe", "wonder", "think", "tag", "polite", "aloud")
FRESH128: list[Template] = [
    (f"t128_{short}_{style}", category, globals()[f"t128_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
