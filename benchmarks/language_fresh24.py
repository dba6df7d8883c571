"""`FRESH24`, the twenty-fifth untuned batch: sixty language templates, six per category, about goal sentences,
requests in which the user says how the table should end up rather than (or as well as) what the robot should do.
It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.

Each category has one template in each of six styles: a researcher's task specification ("Goal: ...", "Success
condition: ..."), the finished picture ("When you're done, ..."), what is wrong now and what it should be, a hopeful
wish or preference ("Ideally ...", "It would be nice if ..."), constraints and conditions ("Make sure that ...",
"as long as ..."), and a plain conversational speaker mixing a command with a state.

Its first run, before any fix it prompted (300 instructions, seed 0; on 074ada0): goal correct 0.537 (161 of 300); 28
templates missed, 1 of them with a wrong kind of reply (5 instructions): "hey, which bowl's the pink cube in?"
(answered with the list of questions); every other miss a refusal or a question (134). Once its first fixes were in,
'whatever is in W is in the wrong bowl; all of it belongs in the orange one' showed an older wrong action: a bowl 'in
the orange one' was read as the bowl holding the orange block. What it found: a result said after the request ('...,
so that when you're done X sits on top of it', 'so it's sitting there'), conditions ('as long as ...', 'making sure
neither of them ends up stacked on anything', 'no other object has moved', 'nothing else gets thrown away'), a thing
with what rests on it ('X in W with Y stacked on top of it', 'with nothing stacked on it'), complaints ('X is in the
wrong bowl; it belongs in ...', "X isn't even in W", 'the colours are all mixed up'), "can you sort that out for me?",
'whether anything is stacked on X', 'W had X in it', 'part of one tall stack', 'the stack that X is part of', 'look
exactly the same as they do now'. The general rules it prompted are tested in other words in
`tests/agent/test_understanding_fresh23.py`; since then it is tuned on.
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

_CAP = layout.BOWL_CAPACITY
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- helpers over the scene -------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _live(w: World) -> list[str]:
    """Blocks that are on the table, on blocks or in bowls (not in the bin)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _on_table(w: World, b: str) -> bool:
    return w.state.support[b] in (TABLE, *PLACES)


def _in_a_bowl(w: World, b: str) -> bool:
    return w.state.base(b) in w.state.bowls


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    """Whether the bowl can take the given blocks (those already in it do not count twice)."""
    return len(set(w.state.in_bowl(bowl)) | set(adding)) <= _CAP


def _depth(w: World, b: str) -> int:
    """How many blocks make the tower from its bottom up to and including `b`."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _can_stack(w: World, top: str, below: str) -> bool:
    """`top` may sensibly go on `below`: different blocks, not already there, `below` not above `top`, and the
    tower stays within the height limit."""
    if top == below or w.state.support[top] == below or below in w.state.above(top):
        return False
    if w.state.base(below) == BIN:
        return False
    return _depth(w, below) + 1 <= layout.MAX_TOWER


def _tower(w: World, b: str) -> list[str]:
    """Every block in the tower holding `b`, bottom first."""
    bottom = b
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    return [bottom, *reversed(w.state.above(bottom))]


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _two_places(w: World) -> list[str]:
    return w.rng.sample(list(PLACES), 2)


def _not_on_block(b: str) -> Check:
    return lambda _i, f: f.support[b] not in f.support and f.base(b) != BIN


def _false_now(w: World, check: Check) -> bool:
    return not check(w.state, w.state)


def _done(w: World, text: str, check: Check) -> Made:
    """The instance, unless its goal already holds in the scene."""
    return (text, check) if _false_now(w, check) else None


def _matching_ok(w: World) -> list[Rel] | None:
    """The colour-matching relations, when some of them are still to be made true and the bowls have room."""
    want = matching(w)
    if not want or all(w.state.base(r.args[0]) == r.args[1] for r in want):
        return None
    for r in want:
        if w.state.base(r.args[0]) != r.args[1] and not _room(w, r.args[1], [r.args[0]]):
            return None
    return want


# ----- imperative -------------------------------------------------------------------------------------
def a24_imp_spec(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.is_clear(b) and not _in_a_bowl(w, b)]
    if not cands:
        return None
    a, bowl = w.rng.choice(cands), w.rng.choice(w.bowls)
    if not _room(w, bowl, [a]):
        return None
    others = [b for b in w.blocks if b != a]
    text = (f"Task: put the {_c(w, a)} block into the {_c(w, bowl)} bowl. Success condition: the {_c(w, a)} block is "
            f"inside the {_c(w, bowl)} bowl and no other object has moved.")
    return _done(w, text, both(rels(Rel("in", a, bowl)), kept(*others)))


def a24_imp_picture(w: World) -> Made:
    a, b = w.pick(_live(w), 2) or (None, None)
    if a is None or not w.state.is_clear(b) or not _can_stack(w, a, b):
        return None
    text = f"Stack the {_c(w, a)} cube on the {_c(w, b)} cube, so that when you're done the {_c(w, a)} one sits " \
           f"right on top of it."
    return _done(w, text, rels(Rel("on", a, b)))


def a24_imp_wrong(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    cands = [c for c in _live(w) if c not in (a, b) and w.state.is_clear(c) and _can_stack(w, a, c)]
    if not cands:
        return None
    c = w.rng.choice(cands)
    text = f"Take the {_c(w, a)} block off the {_c(w, b)} block, it shouldn't be stacked there, and put it on the " \
           f"{_c(w, c)} block instead."
    return _done(w, text, rels(Rel("on", a, c)))


def a24_imp_wish(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    cands = [b for b in _live(w) if not _in_a_bowl(w, b)]
    if not cands:
        return None
    a, bowl = w.rng.choice(cands), w.rng.choice(w.bowls)
    if not _room(w, bowl, [a]):
        return None
    text = f"Put the {_c(w, a)} block in one of the bowls, preferably the {_c(w, bowl)} one if that's possible."
    return _done(w, text, rels(Rel("in", a, bowl)))


def a24_imp_constraint(w: World) -> Made:
    cands = [b for b in _live(w) if not w.state.is_clear(b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Unstack whatever is on the {_c(w, a)} block so that its top is clear, as long as nothing goes in the " \
           f"bin and the {_c(w, a)} block itself stays put."
    return _done(w, text, both(rels(Rel("clear", a)), kept(a), none_binned(w.blocks)))


def a24_imp_chat(w: World) -> Made:
    cands = _live(w)
    if not cands:
        return None
    a, place = w.rng.choice(cands), _place(w)
    text = f"hey could you pop the {_c(w, a)} block over to the {place} so it's sitting there?"
    return _done(w, text, rels(Rel("at", a, place)))


# ----- declarative ------------------------------------------------------------------------------------
def a24_decl_spec(w: World) -> Made:
    movers = [b for b in _live(w) if not _in_a_bowl(w, b)]
    raised = [b for b in _live(w) if not _on_table(w, b)]
    if not movers or not raised:
        return None
    a, b, bowl = w.rng.choice(movers), w.rng.choice(raised), w.rng.choice(w.bowls)
    if a == b or not _room(w, bowl, [a]):
        return None
    text = f"Final state: {_c(w, a)} block in {_c(w, bowl)} bowl; {_c(w, b)} block on the table."
    return _done(w, text, rels(Rel("in", a, bowl), Rel("on_table", b)))


def a24_decl_picture(w: World) -> Made:
    a, b = w.pick(_live(w), 2) or (None, None)
    if a is None:
        return None
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [a, b]) or b in w.state.above(a) and w.state.support[b] != a:
        return None
    text = f"When you're finished, the {_c(w, a)} block should be sitting in the {_c(w, bowl)} bowl with the " \
           f"{_c(w, b)} block stacked on top of it."
    return _done(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


def a24_decl_wrong(w: World) -> Made:
    cands = [(b, w.state.base(b)) for b in _live(w) if _in_a_bowl(w, b)]
    if not cands or len(w.bowls) < 2:
        return None
    a, now = w.rng.choice(cands)
    bowl = w.rng.choice([x for x in w.bowls if x != now])
    if not _room(w, bowl, [a]):
        return None
    text = f"The {_c(w, a)} block is in the wrong bowl; it belongs in the {_c(w, bowl)} one."
    return _done(w, text, rels(Rel("in", a, bowl)))


def a24_decl_wish(w: World) -> Made:
    a, b = w.pick(_live(w), 2) or (None, None)
    if a is None:
        return None
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [a, b]):
        return None
    text = f"Ideally the {_c(w, a)} cube and the {_c(w, b)} cube both end up in the {_c(w, bowl)} bowl."
    return _done(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def a24_decl_constraint(w: World) -> Made:
    live = _live(w)
    busy = [b for b in live if not w.state.is_clear(b)]
    a = w.rng.choice(busy if busy and w.rng.random() < 0.5 else live)
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [a]):
        return None
    text = f"The {_c(w, a)} block has to be in the {_c(w, bowl)} bowl, with nothing stacked on it."
    return _done(w, text, rels(Rel("in", a, bowl), Rel("clear", a)))


def a24_decl_chat(w: World) -> Made:
    a, b = w.pick(_live(w), 2) or (None, None)
    if a is None or not _can_stack(w, a, b):
        return None
    text = f"I need the {_c(w, a)} block sitting on the {_c(w, b)} block, can you sort that out for me?"
    return _done(w, text, rels(Rel("on", a, b)))


# ----- desiderative -----------------------------------------------------------------------------------
def a24_des_spec(w: World) -> Made:
    live = _live(w)
    a = w.rng.choice(live)
    text = f"Desired outcome: {_c(w, a)} cube in the bin. Nothing else gets thrown away."
    return _done(w, text, both(binned([a]), none_binned([b for b in w.blocks if b != a])))


def a24_des_picture(w: World) -> Made:
    trio = w.pick(_live(w), 3)
    if not trio:
        return None
    a, b, c = trio
    text = f"What I'd like to see at the end is a stack of three: the {_c(w, a)} block at the bottom, then the " \
           f"{_c(w, b)} one, then the {_c(w, c)} one on top."
    return _done(w, text, both(rels(Rel("on", b, a), Rel("on", c, b)), _not_on_block(a)))


def a24_des_wrong(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"I don't like the {_c(w, a)} block sitting on the {_c(w, b)} block like that; I'd rather it were on the " \
           f"table."
    return _done(w, text, rels(Rel("on_table", a)))


def a24_des_wish(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    a = w.rng.choice(cands)
    text = f"It would be nice if the {_c(w, bowl)} bowl had the {_c(w, a)} block in it."
    return _done(w, text, rels(Rel("in", a, bowl)))


def a24_des_constraint(w: World) -> Made:
    a, b = w.pick(_live(w), 2) or (None, None)
    if a is None or b in w.state.above(a):
        return None
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [a]):
        return None
    text = f"I want the {_c(w, a)} block in the {_c(w, bowl)} bowl, but only if you can do it without moving the " \
           f"{_c(w, b)} block."
    return _done(w, text, both(rels(Rel("in", a, bowl)), kept(b)))


def a24_des_chat(w: World) -> Made:
    a, place = w.rng.choice(_live(w)), _place(w)
    text = f"I'd love it if you could get the {_c(w, a)} block over to the {place}."
    return _done(w, text, rels(Rel("at", a, place)))


# ----- quantified -------------------------------------------------------------------------------------
def a24_quant_spec(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bowl))
    options = [n for n in range(1, min(_CAP, len(_live(w))) + 1) if n != now]
    n = w.rng.choice(options)
    text = f"Success condition: the {_c(w, bowl)} bowl contains exactly {n} blocks." if n > 1 else \
        f"Success condition: the {_c(w, bowl)} bowl contains exactly 1 block."
    return _done(w, text, count_in(bowl, n))


def _one_stack(blocks: list[str]) -> Check:
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in f.support]
        return len(bottoms) == 1 and f.base(bottoms[0]) != BIN
    return check


def a24_quant_picture(w: World) -> Made:
    live = _live(w)
    if len(live) != len(w.blocks) or not 3 <= len(live) <= layout.MAX_TOWER:
        return None
    text = w.rng.choice(["When you're done, all the blocks should be in one single stack.",
                         "When you're done, every block should be part of one tall stack."])
    return _done(w, text, _one_stack(live))


def a24_quant_wrong(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full or len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(full)
    other = w.rng.choice([x for x in w.bowls if x != bowl])
    inside = w.state.in_bowl(bowl)
    if not _room(w, other, inside):
        return None
    text = f"Whatever is in the {_c(w, bowl)} bowl right now is in the wrong bowl; all of it belongs in the " \
           f"{_c(w, other)} one."
    return _done(w, text, rels(*(Rel("in", b, other) for b in inside)))


def a24_quant_wish(w: World) -> Made:
    live = _live(w)
    if len(live) > _CAP * len(w.bowls):
        return None
    text = "Ideally every single block would be in a bowl, doesn't matter which one."
    return _done(w, text, lambda _i, f: all(f.base(b) in f.bowls for b in live))


def a24_quant_constraint(w: World) -> Made:
    if not w.pairs():
        return None
    blocks = list(w.blocks)
    text = "Make sure no block is left on top of another block, and don't throw any of them away."
    return _done(w, text, both(lambda _i, f: all(f.support[b] not in f.support for b in blocks),
                               none_binned(blocks)))


def a24_quant_chat(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bowl))
    options = [n for n in (2, 3) if n > now and n <= min(_CAP, len(_live(w)))]
    if not options:
        return None
    n = w.rng.choice(options)
    text = f"Could you get it so there are {_WORDS[n]} blocks in the {_c(w, bowl)} bowl?"
    return _done(w, text, count_in(bowl, n))


# ----- negated ----------------------------------------------------------------------------------------
def a24_neg_spec(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"Goal: no blocks in the {_c(w, bowl)} bowl."
    return _done(w, text, empty(bowl))


def a24_neg_picture(w: World) -> Made:
    cands = [b for b in _live(w) if _on_table(w, b)]
    if not cands or len(_live(w)) < 2:
        return None
    a = w.rng.choice(cands)
    text = f"When you're done, the {_c(w, a)} block shouldn't be lying on the table anymore; stack it on one of the " \
           f"other blocks."
    return _done(w, text, lambda _i, f: f.support[a] in f.support and f.base(a) != BIN)


def a24_neg_wrong(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"The {_c(w, a)} cube shouldn't be on top of the {_c(w, b)} cube. Don't move the {_c(w, b)} one though."
    return _done(w, text, both(rels(Rel("on", a, b, negated=True)), kept(b), none_binned([a])))


def a24_neg_wish(w: World) -> Made:
    cands = [b for b in _live(w) if not w.state.is_clear(b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"It'd be better if nothing were stacked on the {_c(w, a)} block. Please don't throw anything away, though."
    return _done(w, text, both(rels(Rel("clear", a)), none_binned(w.blocks)))


def a24_neg_constraint(w: World) -> Made:
    cands = [b for b in _live(w) if not _on_table(w, b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Move the {_c(w, a)} block, just make sure it doesn't end up in a bowl or in the bin."
    return _done(w, text, lambda i, f: f.support[a] != i.support[a] and f.base(a) not in (*f.bowls, BIN))


def a24_neg_chat(w: World) -> Made:
    cands = [b for b in _live(w) if _in_a_bowl(w, b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.base(a)
    text = f"Could you get the {_c(w, a)} block out of the {_c(w, bowl)} bowl? Don't put it in the bin though."
    return _done(w, text, lambda _i, f: f.base(a) not in (bowl, BIN))


# ----- relative ---------------------------------------------------------------------------------------
def a24_rel_spec(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if not _in_a_bowl(w, a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [a]):
        return None
    text = f"Goal: the block that is currently on top of the {_c(w, b)} block is in the {_c(w, bowl)} bowl."
    return _done(w, text, rels(Rel("in", a, bowl)))


def a24_rel_picture(w: World) -> Made:
    single = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    a = w.state.in_bowl(bowl)[0]
    text = f"When you're done, the block that's sitting in the {_c(w, bowl)} bowl should be out on the table instead."
    return _done(w, text, rels(Rel("on_table", a)))


def a24_rel_wrong(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    place = _place(w)
    text = f"The block underneath the {_c(w, a)} block is in the wrong place; it should be in the {place}."
    return _done(w, text, rels(Rel("at", b, place)))


def a24_rel_wish(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    loose = sorted((b for b in _live(w) if not _in_a_bowl(w, b)), key=lambda b: w.dist(b, bowl))
    # The nearest must stand alone (a tower's blocks share a position) and clearly nearer than the rest.
    if len(loose) < 2 or w.dist(loose[1], bowl) - w.dist(loose[0], bowl) < 0.04 or not _room(w, bowl, loose[:1]):
        return None
    text = f"I'd like the block that's closest to the {_c(w, bowl)} bowl to go in it, if you can."
    return _done(w, text, rels(Rel("in", loose[0], bowl)))


def a24_rel_constraint(w: World) -> Made:
    by_colour = {_c(w, x): x for x in w.bowls}
    cands = [b for b in _live(w) if _c(w, b) in by_colour and w.state.base(b) != by_colour[_c(w, b)]
             and w.state.is_clear(b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = by_colour[_c(w, a)]
    if not _room(w, bowl, [a]):
        return None
    others = [b for b in w.blocks if b != a]
    text = f"Make sure the cube that matches the {_c(w, bowl)} bowl's colour ends up in that bowl, without moving " \
           f"any of the other blocks."
    return _done(w, text, both(rels(Rel("in", a, bowl)), kept(*others)))


def a24_rel_chat(w: World) -> Made:
    single = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    a = w.state.in_bowl(bowl)[0]
    cands = [b for b in _live(w) if b != a and w.state.is_clear(b) and _can_stack(w, a, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"can you grab the block that's in the {_c(w, bowl)} bowl and stack it on the {_c(w, b)} block"
    return _done(w, text, rels(Rel("on", a, b)))


# ----- keep -------------------------------------------------------------------------------------------
def a24_keep_spec(w: World) -> Made:
    a, b = w.pick(_live(w), 2) or (None, None)
    if a is None or b in w.state.above(a):
        return None
    text = f"Goal: {_c(w, a)} block in the bin. Constraint: the {_c(w, b)} block stays exactly where it is."
    return _done(w, text, both(binned([a]), kept(b)))


def a24_keep_picture(w: World) -> Made:
    trio = w.pick(_live(w), 3)
    if not trio:
        return None
    a, b, c = trio
    if b in w.state.above(a) or c in w.state.above(a):
        return None
    place = _place(w)
    text = f"When you're done the {_c(w, a)} block should be in the {place}, and the {_c(w, b)} and {_c(w, c)} " \
           f"blocks should look exactly the same as they do now."
    return _done(w, text, both(rels(Rel("at", a, place)), kept(b, c)))


def a24_keep_wrong(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(a) == bowl or not _room(w, bowl, [a]):
        return None
    text = f"The {_c(w, a)} block doesn't belong on top of the {_c(w, b)} block, it should be in the " \
           f"{_c(w, bowl)} bowl. Leave the {_c(w, b)} block alone though."
    return _done(w, text, both(rels(Rel("in", a, bowl)), kept(b)))


def a24_keep_wish(w: World) -> Made:
    trio = w.pick(_live(w), 3)
    if not trio:
        return None
    a, b, c = trio
    if not _can_stack(w, a, b) or c in w.state.above(a) or c in w.state.above(b):
        return None
    text = f"I'd like the {_c(w, a)} block moved onto the {_c(w, b)} block, ideally without disturbing the " \
           f"{_c(w, c)} block."
    return _done(w, text, both(rels(Rel("on", a, b)), kept(c)))


def a24_keep_constraint(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    b = w.rng.choice([x for pair in pairs for x in pair])
    tower = _tower(w, b)
    cands = [x for x in _live(w) if x not in tower and not _in_a_bowl(w, x)]
    if not cands:
        return None
    a, bowl = w.rng.choice(cands), w.rng.choice(w.bowls)
    if not _room(w, bowl, [a]):
        return None
    text = f"Put the {_c(w, a)} block in the {_c(w, bowl)} bowl, as long as you leave the stack that the {_c(w, b)} " \
           f"block is part of alone."
    return _done(w, text, both(rels(Rel("in", a, bowl)), kept(*tower)))


def a24_keep_chat(w: World) -> Made:
    inside = w.in_bowls()
    cands = [b for b in _live(w) if not _in_a_bowl(w, b)]
    if not inside or not cands:
        return None
    a, place = w.rng.choice(cands), _place(w)
    text = f"Could you move the {_c(w, a)} cube over to the {place}? Don't mess with anything that's already in a bowl."
    return _done(w, text, both(rels(Rel("at", a, place)), kept(*inside)))


# ----- multi_step -------------------------------------------------------------------------------------
def a24_multi_spec(w: World) -> Made:
    trio = w.pick(_live(w), 3)
    if not trio:
        return None
    a, b, c = trio
    bowl = w.rng.choice(w.bowls)
    if not _can_stack(w, a, b) or _in_a_bowl(w, c) or not _room(w, bowl, [c]) or c in w.state.above(b):
        return None
    text = f"Goal:\n- the {_c(w, a)} block on the {_c(w, b)} block\n- the {_c(w, c)} block in the {_c(w, bowl)} bowl"
    return _done(w, text, rels(Rel("on", a, b), Rel("in", c, bowl)))


def a24_multi_picture(w: World) -> Made:
    trio = w.pick(_live(w), 3)
    if not trio:
        return None
    a, b, c = trio
    bowl, place = w.rng.choice(w.bowls), _place(w)
    if w.state.base(b) == bowl or not _room(w, bowl, [b]):
        return None
    text = f"By the end, the {_c(w, a)} block should be in the bin, the {_c(w, b)} block in the {_c(w, bowl)} bowl, " \
           f"and the {_c(w, c)} block in the {place}."
    return _done(w, text, rels(Rel("in_bin", a), Rel("in", b, bowl), Rel("at", c, place)))


def a24_multi_wrong(w: World) -> Made:
    cands = [b for b in _live(w) if _in_a_bowl(w, b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.base(a)
    rest = [x for x in _live(w) if x != a]
    if len(rest) < 2:
        return None
    b, c = w.rng.sample(rest, 2)
    if not _can_stack(w, b, c) or c in w.state.above(a):
        return None
    text = f"Two things are off: the {_c(w, a)} block shouldn't be in the {_c(w, bowl)} bowl, it goes on the table, " \
           f"and the {_c(w, b)} block is supposed to be on top of the {_c(w, c)} block."
    return _done(w, text, rels(Rel("on_table", a), Rel("on", b, c)))


def a24_multi_wish(w: World) -> Made:
    a, b = w.pick(_live(w), 2) or (None, None)
    if a is None:
        return None
    place = _place(w)
    text = f"First I'd like the {_c(w, a)} block put in the {place}, and after that it would be great if the " \
           f"{_c(w, b)} block went in the bin."
    return _done(w, text, rels(Rel("at", a, place), Rel("in_bin", b)))


def a24_multi_constraint(w: World) -> Made:
    a, b = w.pick(_live(w), 2) or (None, None)
    if a is None:
        return None
    p, q = _two_places(w)
    text = f"Move the {_c(w, a)} block to the {p} and the {_c(w, b)} block to the {q}, making sure neither of them " \
           f"ends up stacked on anything."
    return _done(w, text, both(rels(Rel("at", a, p), Rel("at", b, q)), _not_on_block(a), _not_on_block(b)))


def a24_multi_chat(w: World) -> Made:
    trio = w.pick(_live(w), 3)
    if not trio:
        return None
    a, b, c = trio
    bowl = w.rng.choice(w.bowls)
    if _in_a_bowl(w, a) or not _room(w, bowl, [a]) or not _can_stack(w, b, c) or a in w.state.above(c):
        return None
    text = f"ok so can you put the {_c(w, a)} cube in the {_c(w, bowl)} bowl, then stack the {_c(w, b)} one on the " \
           f"{_c(w, c)} one? thanks"
    return _done(w, text, rels(Rel("in", a, bowl), Rel("on", b, c)))


# ----- question ---------------------------------------------------------------------------------------
def a24_q_spec(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
    else:
        a, bowl = w.rng.choice(_live(w)), w.rng.choice(w.bowls)
    text = f"Query: is the {_c(w, a)} block in the {_c(w, bowl)} bowl? Answer yes or no."
    return text, answered(yes(w.state.base(a) == bowl))


def a24_q_picture(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = f"Just so I know what we're starting from: how many blocks are in the {_c(w, bowl)} bowl at the moment?"
    return text, answered(str(n))


def a24_q_wrong(w: World) -> Made:
    a = w.rng.choice(_live(w))
    s = w.state.support[a]
    if s in w.state.support:
        answer = f"{_c(w, s)}|block"
    elif s in w.state.bowls:
        answer = f"{_c(w, s)}|bowl"
    elif s == TABLE:
        answer = "table"
    else:
        return None
    text = f"I think the {_c(w, a)} block might be in the wrong place. What is it sitting on right now?"
    return text, answered(answer)


def a24_q_wish(w: World) -> Made:
    busy = [b for b in _live(w) if not w.state.is_clear(b)]
    a = w.rng.choice(busy) if busy and w.rng.random() < 0.5 else w.rng.choice(_live(w))
    text = f"I'd like to know whether anything is stacked on the {_c(w, a)} block."
    return text, answered(yes(not w.state.is_clear(a)))


def a24_q_constraint(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    bowl = w.rng.choice(full) if full and w.rng.random() < 0.6 else w.rng.choice(w.bowls)
    a = w.rng.choice(_live(w))
    others = [b for b in w.state.in_bowl(bowl) if b != a]
    text = f"If I wanted only the {_c(w, a)} block in the {_c(w, bowl)} bowl, would anything else have to come out " \
           f"of it first?"
    return text, answered(yes(bool(others)))


def a24_q_chat(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    text = f"hey, which bowl's the {_c(w, a)} cube in?"
    return text, answered(f"{_c(w, bowl)}|bowl")


# ----- matching ---------------------------------------------------------------------------------------
def a24_match_spec(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    text = "Goal: every block that has a bowl of the same colour is inside that bowl."
    return _done(w, text, rels(*want))


def a24_match_picture(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    text = "When you're done, each block should be sitting in the bowl of its own colour, wherever there is one."
    return _done(w, text, rels(*want))


def a24_match_wrong(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    off = [r for r in want if w.state.base(r.args[0]) != r.args[1]]
    a = w.rng.choice(off).args[0]
    text = f"The colours are all mixed up right now, the {_c(w, a)} block isn't even in the {_c(w, a)} bowl. Blocks " \
           f"belong in the bowl that matches their colour."
    return _done(w, text, rels(*want))


def a24_match_wish(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    text = "It would be really nice if the colours lined up, with each block in the bowl that matches it."
    return _done(w, text, rels(*want))


def a24_match_constraint(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    target = {r.args[0]: r.args[1] for r in want}
    stay = [b for b in w.blocks if b not in target]
    pending = [m for m, bowl in target.items() if w.state.base(m) != bowl]
    if any(s in w.state.above(m) for s in stay for m in pending):
        return None
    text = "Sort the blocks into the bowls of the same colour, and make sure any block without a matching bowl stays " \
           "where it is."
    return _done(w, text, both(rels(*want), kept(*stay)))


def a24_match_chat(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    c = _c(w, w.rng.choice(want).args[0])
    text = f"can you match the blocks up with their bowls? you know, {c} block in the {c} bowl and so on"
    return _done(w, text, rels(*want))


FRESH24: list[Template] = [
    ("a24_imp_spec", "imperative", a24_imp_spec),
    ("a24_imp_picture", "imperative", a24_imp_picture),
    ("a24_imp_wrong", "imperative", a24_imp_wrong),
    ("a24_imp_wish", "imperative", a24_imp_wish),
    ("a24_imp_constraint", "imperative", a24_imp_constraint),
    ("a24_imp_chat", "imperative", a24_imp_chat),
    ("a24_decl_spec", "declarative", a24_decl_spec),
    ("a24_decl_picture", "declarative", a24_decl_picture),
    ("a24_decl_wrong", "declarative", a24_decl_wrong),
    ("a24_decl_wish", "declarative", a24_decl_wish),
    ("a24_decl_constraint", "declarative", a24_decl_constraint),
    ("a24_decl_chat", "declarative", a24_decl_chat),
    ("a24_des_spec", "desiderative", a24_des_spec),
    ("a24_des_picture", "desiderative", a24_des_picture),
    ("a24_des_wrong", "desiderative", a24_des_wrong),
    ("a24_des_wish", "desiderative", a24_des_wish),
    ("a24_des_constraint", "desiderative", a24_des_constraint),
    ("a24_des_chat", "desiderative", a24_des_chat),
    ("a24_quant_spec", "quantified", a24_quant_spec),
    ("a24_quant_picture", "quantified", a24_quant_picture),
    ("a24_quant_wrong", "quantified", a24_quant_wrong),
    ("a24_quant_wish", "quantified", a24_quant_wish),
    ("a24_quant_constraint", "quantified", a24_quant_constraint),
    ("a24_quant_chat", "quantified", a24_quant_chat),
    ("a24_neg_spec", "negated", a24_neg_spec),
    ("a24_neg_picture", "negated", a24_neg_picture),
    ("a24_neg_wrong", "negated", a24_neg_wrong),
    ("a24_neg_wish", "negated", a24_neg_wish),
    ("a24_neg_constraint", "negated", a24_neg_constraint),
    ("a24_neg_chat", "negated", a24_neg_chat),
    ("a24_rel_spec", "relative", a24_rel_spec),
    ("a24_rel_picture", "relative", a24_rel_picture),
    ("a24_rel_wrong", "relative", a24_rel_wrong),
    ("a24_rel_wish", "relative", a24_rel_wish),
    ("a24_rel_constraint", "relative", a24_rel_constraint),
    ("a24_rel_chat", "relative", a24_rel_chat),
    ("a24_keep_spec", "keep", a24_keep_spec),
    ("a24_keep_picture", "keep", a24_keep_picture),
    ("a24_keep_wrong", "keep", a24_keep_wrong),
    ("a24_keep_wish", "keep", a24_keep_wish),
    ("a24_keep_constraint", "keep", a24_keep_constraint),
    ("a24_keep_chat", "keep", a24_keep_chat),
    ("a24_multi_spec", "multi_step", a24_multi_spec),
    ("a24_multi_picture", "multi_step", a24_multi_picture),
    ("a24_multi_wrong", "multi_step", a24_multi_wrong),
    ("a24_multi_wish", "multi_step", a24_multi_wish),
    ("a24_multi_constraint", "multi_step", a24_multi_constraint),
    ("a24_multi_chat", "multi_step", a24_multi_chat),
    ("a24_q_spec", "question", a24_q_spec),
    ("a24_q_picture", "question", a24_q_picture),
    ("a24_q_wrong", "question", a24_q_wrong),
    ("a24_q_wish", "question", a24_q_wish),
    ("a24_q_constraint", "question", a24_q_constraint),
    ("a24_q_chat", "question", a24_q_chat),
    ("a24_match_spec", "matching", a24_match_spec),
    ("a24_match_picture", "matching", a24_match_picture),
    ("a24_match_wrong", "matching", a24_match_wrong),
    ("a24_match_wish", "matching", a24_match_wish),
    ("a24_match_constraint", "matching", a24_match_constraint),
    ("a24_match_chat", "matching", a24_match_chat),
]
