"""`FRESH60`, the sixty-first untuned batch: sixty language templates, six per category, for the offline planner.

Theme: people who state GOALS as how the table should END UP rather than as commands, in every category (questions
excepted, which ask about how things are now). Six styles, one template per style in each category:

- 'state': the outcome said as a plain fact ("the red block is on the blue block", "the green bowl holds A and B");
- 'should': "X ought to end up ...", "by the end W should ...";
- 'want': "what I'm after is ...", "I'd love for ...";
- 'picture': "picture the table with ...", "imagine ... - that's the goal";
- 'spec': "final state: ...", "target configuration - ...", "success means ...";
- 'contrast': "right now X is in W, but it should be on Y", "instead of ... I want ...".

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; each
template returns None when the scene makes its sentence ambiguous, impossible or already true.

Its first run (300 instructions, seed 0, on 183a678, after every fix before it and before anything it could prompt):
0.613 goal-correct (184 of 300), 104 refused, 12 wrong: seven wrong actions ('The yellow block is on the purple block,
right?' planned as a move; 'Right now only one of the blocks is in a bowl; instead I want every last one of them in some
bowl or other' read the first sentence as a goal) and five wrong replies ('Where should I go looking for X?' answered
with the help text).
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
from sim.core.relations import Rel

_TIE = 0.03  # metres: closer than this, two candidates count as a tie


# ----- helpers ----------------------------------------------------------------------------------------
def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _blk(w: World, name: str) -> str:
    return f"the {w.colour(name)} block"


def _bwl(w: World, name: str) -> str:
    return f"the {w.colour(name)} bowl"


def _in_place(place: str) -> str:
    return "in the middle of the table" if place == "middle" else f"in the {place}"


def _the_place(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _grounded(w: World, b: str) -> bool:
    """The block's tower stands on the table (or a named place on it)."""
    return w.state.base(b) in (TABLE, *PLACES)


def _in_a_bowl(w: World, b: str) -> bool:
    return w.state.base(b) in w.state.bowls


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _bowls_with_room(w: World, block: str | None = None, n: int = 1) -> list[str]:
    """Bowls that can take `n` more blocks (and do not already hold `block`)."""
    return [
        b
        for b in w.bowls
        if _room(w, b, n) and (block is None or w.state.base(block) != b)
    ]


def _depth(w: World, b: str) -> int:
    """How many blocks stand from the bottom of `b`'s tower up to `b`, itself included."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _tower(w: World, b: str) -> set[str]:
    bottom = b
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    return {bottom, *w.state.above(bottom)}


def _can_stack(w: World, x: str, y: str) -> bool:
    """x can sensibly end up directly on y: y is clear, stands on the table, another tower, not too tall."""
    return (
        x != y
        and w.state.is_clear(y)
        and _grounded(w, y)
        and x not in _tower(w, y)
        and _depth(w, y) + 1 <= layout.MAX_TOWER
        and w.state.support[x] != y
    )


def _stack_pair(w: World) -> tuple[str, str] | None:
    """A random (x, y) with x able to end up on y."""
    options = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(w, x, y)]
    return w.rng.choice(options) if options else None


def _extreme(w: World, key, largest: bool = False) -> str | None:
    """The one block with the smallest (or largest) key, or None on a tie (towers share a position)."""
    ranked = sorted(w.blocks, key=key, reverse=largest)
    if len(ranked) < 2 or abs(key(ranked[0]) - key(ranked[1])) < _TIE:
        return None
    return ranked[0]


def _place_dist(w: World, b: str, place: str) -> float:
    px, py = layout.PLACES[place]
    pos = w.scene.get(b).position
    return ((pos[0] - px) ** 2 + (pos[1] - py) ** 2) ** 0.5


def _not_above(w: World, x: str) -> list[str]:
    """Blocks other than x that moving x does not disturb."""
    above = set(w.state.above(x))
    return [b for b in w.blocks if b != x and b not in above]


def _match_goal(w: World) -> list[Rel] | None:
    """The colour-matching relations, when at least one is not yet true and every bowl has room for its own."""
    want = matching(w)
    todo = [r for r in want if w.state.base(r.block) != r.target]
    if not todo:
        return None
    for bowl in w.bowls:
        if not _room(w, bowl, sum(1 for r in todo if r.target == bowl)):
            return None
    return want


# ----- imperative ------------------------------------------------------------------------------------
def o60_imp_state(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return f"Make it so {_blk(w, x)} is on top of {_blk(w, y)}.", rels(Rel("on", x, y))


def o60_imp_should(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    return (
        f"Go ahead and sort the table out: {_blk(w, x)} should be sitting at {_the_place(p)} by the end.",
        rels(Rel("at", x, p)),
    )


def o60_imp_want(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return f"Do this for me - what I'm after is {_blk(w, x)} lying in the bin.", binned(
        [x]
    )


def o60_imp_picture(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowls = _bowls_with_room(w, x)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (
        f"Picture {_bwl(w, bowl)} with {_blk(w, x)} inside it, then make the table look like that.",
        rels(Rel("in", x, bowl)),
    )


def o60_imp_spec(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, _ = w.rng.choice(pairs)
    return (
        f"Carry this out. End state: {_blk(w, x)} standing directly on the table.",
        rels(Rel("on_table", x)),
    )


def o60_imp_contrast(w: World) -> Made:
    inside = [b for b in w.blocks if w.state.support[b] in w.state.bowls]
    if not inside:
        return None
    x = w.rng.choice(inside)
    p = w.rng.choice(PLACES)
    return (
        (
            f"{_cap(_blk(w, x))} is in {_bwl(w, w.state.support[x])} at the moment. Change that so it's "
            f"{_in_place(p)} instead."
        ),
        rels(Rel("at", x, p)),
    )


# ----- declarative -----------------------------------------------------------------------------------
def o60_dec_state(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    out = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(out) < 2 or not _room(w, bowl, 2):
        return None
    a, b = w.rng.sample(out, 2)
    return (
        f"{_cap(_bwl(w, bowl))} holds {_blk(w, a)} and {_blk(w, b)}.",
        rels(Rel("in", a, bowl), Rel("in", b, bowl)),
    )


def o60_dec_should(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return f"By the end, {_blk(w, x)} should be resting on {_blk(w, y)}.", rels(
        Rel("on", x, y)
    )


def o60_dec_want(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    return f"The way I want it, {_blk(w, x)} sits {_in_place(p)}.", rels(
        Rel("at", x, p)
    )


def o60_dec_picture(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return (
        f"In the picture I've got in my head, {_blk(w, x)} is down in the bin.",
        binned([x]),
    )


def o60_dec_spec(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowls = _bowls_with_room(w, x)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"Acceptance criterion: {_blk(w, x)} rests inside {_bwl(w, bowl)}.", rels(
        Rel("in", x, bowl)
    )


def o60_dec_contrast(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    others = _bowls_with_room(w, x)
    if not others:
        return None
    bowl = w.rng.choice(others)
    return (
        f"{_cap(_blk(w, x))} is in {_bwl(w, w.state.base(x))} now; it belongs in {_bwl(w, bowl)}.",
        rels(Rel("in", x, bowl)),
    )


# ----- desiderative ----------------------------------------------------------------------------------
def o60_des_state(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return f"Ideally {_blk(w, x)} is stacked on {_blk(w, y)} when you're done.", rels(
        Rel("on", x, y)
    )


def o60_des_should(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    return (
        f"Hopefully, by the time you finish, {_blk(w, x)} should be {_in_place(p)}.",
        rels(Rel("at", x, p)),
    )


def o60_des_want(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowls = _bowls_with_room(w, x)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"I'd love for {_bwl(w, bowl)} to have {_blk(w, x)} in it.", rels(
        Rel("in", x, bowl)
    )


def o60_des_picture(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    p = w.rng.choice([q for q in PLACES if q != "middle"])
    return (
        f"I keep imagining {_blk(w, x)} tucked away {_in_place(p)} - could the table end up like that?",
        rels(Rel("at", x, p)),
    )


def o60_des_spec(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return f"My wish, as an end state: {_blk(w, x)} in the bin, nowhere else.", binned(
        [x]
    )


def o60_des_contrast(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowls = _bowls_with_room(w, x)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (
        f"I'd rather {_blk(w, x)} weren't stacked on {_blk(w, y)} - I'd much prefer it in {_bwl(w, bowl)}.",
        rels(Rel("in", x, bowl)),
    )


# ----- quantified ------------------------------------------------------------------------------------
def o60_qua_state(w: World) -> Made:
    # no more blocks than the bin has slots for
    if len(w.blocks) > len(layout.BIN_SLOTS):
        return None
    return "When you're done, every single block is in the bin.", binned(w.blocks)


def o60_qua_should(w: World) -> Made:
    if len(w.blocks) < len(w.bowls) or all(
        len(w.state.in_bowl(b)) == 1 for b in w.bowls
    ):
        return None
    check: Check = both(*(count_in(b, 1) for b in w.bowls))
    which = "Each bowl" if len(w.bowls) > 1 else "The bowl"
    return f"{which} should end up with exactly one block in it.", check


def o60_qua_want(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.state.in_bowl(bowl)) == 2:
        return None
    return (
        f"What I'm after is {_bwl(w, bowl)} holding exactly two blocks - no more, no fewer.",
        count_in(bowl, 2),
    )


def o60_qua_picture(w: World) -> Made:
    out = [b for b in w.blocks if _grounded(w, b)]
    bowls = [b for b in w.bowls if _room(w, b, len(out))]
    if len(out) < 2 or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (
        f"Picture all of the blocks that are out on the table gathered together in {_bwl(w, bowl)}.",
        rels(*(Rel("in", b, bowl) for b in out)),
    )


def o60_qua_spec(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.state.in_bowl(bowl)) >= 3:
        return None
    return f"Done when {_bwl(w, bowl)} has at least three blocks in it.", count_in(
        bowl, 3, exact=False
    )


def o60_qua_contrast(w: World) -> Made:
    n = len(w.in_bowls())
    if n == len(w.blocks) or len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    now = {0: "none of the blocks is", 1: "only one of the blocks is"}.get(
        n, f"just {n} of the blocks are"
    )
    return (
        f"Right now {now} in a bowl; instead I want every last one of them in some bowl or other.",
        lambda _i, f: all(f.base(b) in f.bowls for b in f.blocks),
    )


# ----- negated ---------------------------------------------------------------------------------------
def o60_neg_state(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    return (
        f"Every block except the {w.colour(x)} one is in the bin afterwards.",
        both(binned(others), none_binned([x])),
    )


def o60_neg_should(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return (
        f"By the end, {_bwl(w, bowl)} shouldn't have a single block left in it.",
        empty(bowl),
    )


def o60_neg_want(w: World) -> Made:
    inside = w.in_bowls()
    out = [b for b in w.blocks if b not in inside]
    if not inside or not out:
        return None
    return (
        "What I'd like is for every block that isn't in a bowl to end up in the bin.",
        both(binned(out), none_binned(inside)),
    )


def o60_neg_picture(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    _, y = w.rng.choice(pairs)
    return f"Imagine {_blk(w, y)} with nothing stacked on it - that's the goal.", rels(
        Rel("clear", y)
    )


def o60_neg_spec(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    loose = [b for b in w.blocks if not _in_a_bowl(w, b)]
    if not loose:
        return None
    x = w.rng.choice(loose)
    avoid = w.rng.choice(w.bowls)
    if not [b for b in w.bowls if b != avoid and _room(w, b)]:
        return None
    return (
        f"Target configuration - {_blk(w, x)} in one of the bowls, just not {_bwl(w, avoid)}.",
        lambda _i, f: f.base(x) in f.bowls and f.base(x) != avoid,
    )


def o60_neg_contrast(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    return (
        f"{_cap(_blk(w, x))} is in {_bwl(w, w.state.base(x))} right now, but it shouldn't be in any bowl at all.",
        lambda _i, f: f.base(x) not in f.bowls,
    )


# ----- relative --------------------------------------------------------------------------------------
def o60_rel_state(w: World) -> Made:
    x = _extreme(w, w.y)
    if x is None:
        return None
    bowls = _bowls_with_room(w, x)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (
        f"The block that's currently furthest to the left is in {_bwl(w, bowl)} once you're done.",
        rels(Rel("in", x, bowl)),
    )


def o60_rel_should(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    x = _extreme(w, lambda b: w.dist(b, bowl))
    if x is None:
        return None
    return (
        f"Whichever block is closest to {_bwl(w, bowl)} ought to end up in the bin.",
        binned([x]),
    )


def o60_rel_want(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    p = w.rng.choice(PLACES)
    return (
        f"I'd like the block sitting on {_blk(w, y)} to end up {_in_place(p)}.",
        rels(Rel("at", x, p)),
    )


def o60_rel_picture(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    (x,) = w.state.in_bowl(bowl)
    p = w.rng.choice(PLACES)
    return (
        f"Picture this: whatever block is in {_bwl(w, bowl)} now sits {_in_place(p)}.",
        rels(Rel("at", x, p)),
    )


def o60_rel_spec(w: World) -> Made:
    p = w.rng.choice(PLACES)
    x = _extreme(w, lambda b: _place_dist(w, b, p))
    if x is None:
        return None
    ys = [y for y in w.blocks if _can_stack(w, x, y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return (
        f"Target configuration - the block nearest {_the_place(p)} stacked on {_blk(w, y)}.",
        rels(Rel("on", x, y)),
    )


def o60_rel_contrast(w: World) -> Made:
    x = _extreme(w, w.y, largest=True)
    if x is None or not _grounded(w, x):
        return None
    bowls = _bowls_with_room(w, x)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (
        f"The rightmost block is out on the table right now, but I'd have it in {_bwl(w, bowl)} instead.",
        rels(Rel("in", x, bowl)),
    )


# ----- keep ------------------------------------------------------------------------------------------
def o60_keep_state(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowls = _bowls_with_room(w, x)
    stay = _not_above(w, x)
    if not bowls or not stay:
        return None
    bowl, k = w.rng.choice(bowls), w.rng.choice(stay)
    return (
        f"{_cap(_blk(w, x))} is in {_bwl(w, bowl)}, and {_blk(w, k)} is exactly where it is now.",
        both(rels(Rel("in", x, bowl)), kept(k)),
    )


def o60_keep_should(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    stay = _not_above(w, x)
    if len(stay) < 2:
        return None
    a, b = w.rng.sample(stay, 2)
    p = w.rng.choice(PLACES)
    return (
        (
            f"{_cap(_blk(w, x))} ought to finish {_in_place(p)}, while {_blk(w, a)} and {_blk(w, b)} ought to "
            "stay right where they are."
        ),
        both(rels(Rel("at", x, p)), kept(a, b)),
    )


def o60_keep_want(w: World) -> Made:
    stacked = [b for b in w.blocks if w.state.support[b] in w.state.support]
    if not stacked or any(not _grounded(w, b) for b in stacked):
        return None
    towers = {frozenset(_tower(w, b)) for b in stacked}
    if len(towers) != 1:
        return None
    (tower,) = towers
    free = [b for b in w.blocks if b not in tower]
    if not free:
        return None
    x = w.rng.choice(free)
    return (
        f"What I'm after: {_blk(w, x)} in the bin, with the tower left standing exactly as it is.",
        both(binned([x]), kept(*tower)),
    )


def o60_keep_picture(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.is_clear(b)]
    x = w.rng.choice(loose)
    bowls = _bowls_with_room(w, x)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    others = [b for b in w.blocks if b != x]
    return (
        f"Picture the table just as it is now, except that {_blk(w, x)} is in {_bwl(w, bowl)}.",
        both(rels(Rel("in", x, bowl)), kept(*others)),
    )


def o60_keep_spec(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice([b for b in w.blocks if b not in inside] or [None])
    if x is None:
        return None
    p = w.rng.choice(PLACES)
    return (
        f"Final state: {_blk(w, x)} {_in_place(p)}; {_bwl(w, bowl)} and whatever is in it untouched.",
        both(rels(Rel("at", x, p)), kept(*inside)),
    )


def o60_keep_contrast(w: World) -> Made:
    options = [
        (x, y)
        for x in w.blocks
        for y in w.blocks
        if w.state.is_clear(x) and _can_stack(w, x, y)
    ]
    if not options:
        return None
    x, y = w.rng.choice(options)
    others = [b for b in w.blocks if b != x]
    return (
        (
            f"Instead of reshuffling everything, the only difference I want is {_blk(w, x)} sitting on "
            f"{_blk(w, y)}."
        ),
        both(rels(Rel("on", x, y)), kept(*others)),
    )


# ----- multi-step ------------------------------------------------------------------------------------
def o60_multi_state(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    bowls = _bowls_with_room(w, x)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    p = w.rng.choice(PLACES)
    return (
        f"When we're through, {_blk(w, x)} is in {_bwl(w, bowl)} and {_blk(w, y)} is {_in_place(p)}.",
        rels(Rel("in", x, bowl), Rel("at", y, p)),
    )


def o60_multi_should(w: World) -> Made:
    stackable = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    options = [
        (x, y, z)
        for y, z in stackable
        for x in w.blocks
        if x not in _tower(w, y) | _tower(w, z)
    ]
    if not options:
        return None
    x, y, z = w.rng.choice(options)
    return (
        f"First {_blk(w, x)} should be in the bin, and after that {_blk(w, y)} should be on {_blk(w, z)}.",
        both(binned([x]), rels(Rel("on", y, z))),
    )


def o60_multi_want(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    p1, p2 = w.rng.sample(PLACES, 2)
    return (
        f"I'd love {_blk(w, a)} {_in_place(p1)}, {_blk(w, b)} {_in_place(p2)}, and {_blk(w, c)} in the bin.",
        both(rels(Rel("at", a, p1), Rel("at", b, p2)), binned([c])),
    )


def o60_multi_picture(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    goal = Rel("stacked", a, b, c)
    if not _grounded(w, a) or rels(goal)(w.state, w.state):
        return None
    return (
        (
            f"Picture one tower: {_blk(w, a)} at the bottom, the {w.colour(b)} one on it, and the {w.colour(c)} "
            "one crowning it."
        ),
        rels(goal),
    )


def o60_multi_spec(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    outs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outs:
        return None
    y = w.rng.choice(outs)
    return (
        (
            f"Success means two things: {_blk(w, x)} out of {_bwl(w, bowl)} and on the table, and {_blk(w, y)} in "
            "that bowl."
        ),
        rels(Rel("on_table", x), Rel("in", y, bowl)),
    )


def o60_multi_contrast(w: World) -> Made:
    pairs = [
        (x, y)
        for x, y in w.pairs()
        if w.state.is_clear(x) and w.state.support[y] == TABLE
    ]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    rest = [b for b in w.blocks if b not in (x, y)]
    if not rest:
        return None
    z = w.rng.choice(rest)
    bowls = _bowls_with_room(w, z)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (
        (
            f"At the moment {_blk(w, x)} is on {_blk(w, y)}. I want it the other way round - {_blk(w, y)} on top "
            f"of {_blk(w, x)} - and {_blk(w, z)} in {_bwl(w, bowl)}."
        ),
        rels(Rel("on", y, x), Rel("in", z, bowl)),
    )


# ----- questions -------------------------------------------------------------------------------------
def o60_q_state(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        options = [
            (x, y)
            for x in w.blocks
            for y in w.blocks
            if x != y and x not in w.state.above(y) and y not in w.state.above(x)
        ]
        if not options:
            return None
        x, y = w.rng.choice(options)
        flag = False
    return f"{_cap(_blk(w, x))} is on {_blk(w, y)}, right?", answered(yes(flag))


def o60_q_should(w: World) -> Made:
    sup = w.state.support
    options = [
        b
        for b in w.blocks
        if sup[b] in w.state.bowls or (sup[b] in sup and _grounded(w, b))
    ]
    if not options:
        return None
    x = w.rng.choice(options)
    s = sup[x]
    where = f"{w.colour(s)} bowl" if s in w.state.bowls else f"{w.colour(s)} block"
    return f"Where should I go looking for {_blk(w, x)}?", answered(where)


def o60_q_want(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    parts = "|".join(w.colour(b) for b in w.state.in_bowl(bowl))
    return f"I'd like to know what {_bwl(w, bowl)} has in it.", answered(parts)


def o60_q_picture(w: World) -> Made:
    x = _extreme(w, w.y)
    if x is None:
        return None
    return (
        "Picture the table from the front: which block is furthest to the left?",
        answered(w.colour(x)),
    )


def o60_q_spec(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return f"Just a number, please: how many blocks are in {_bwl(w, bowl)}?", answered(
        str(n)
    )


def o60_q_contrast(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(w.bowls) < 2:
        return None
    x = w.rng.choice(inside)
    home = w.state.base(x)
    other = w.rng.choice([b for b in w.bowls if b != home])
    a, b = w.rng.sample([home, other], 2)
    return f"Is {_blk(w, x)} in {_bwl(w, a)} or in {_bwl(w, b)}?", answered(
        f"{w.colour(home)} bowl"
    )


# ----- matching --------------------------------------------------------------------------------------
def o60_match_state(w: World) -> Made:
    goal = _match_goal(w)
    if goal is None:
        return None
    return (
        "When you're done, every block that has a bowl of its own colour is sitting in that bowl.",
        rels(*goal),
    )


def o60_match_should(w: World) -> Made:
    goal = _match_goal(w)
    if goal is None:
        return None
    return (
        "By the end, blocks ought to be in whichever bowl shares their colour.",
        rels(*goal),
    )


def o60_match_want(w: World) -> Made:
    goal = _match_goal(w)
    if goal is None:
        return None
    return (
        "I'd love it if the colours lined up - each block in the bowl that matches it, wherever there is one.",
        rels(*goal),
    )


def o60_match_picture(w: World) -> Made:
    goal = _match_goal(w)
    if goal is None:
        return None
    return (
        "Imagine every bowl holding the block that's the same colour as it. That's what I'm going for.",
        rels(*goal),
    )


def o60_match_spec(w: World) -> Made:
    todo = [
        r
        for r in matching(w)
        if w.state.base(r.block) != r.target and _room(w, r.target)
    ]
    if not todo:
        return None
    r = w.rng.choice(todo)
    return (
        f"Goal state: {_bwl(w, r.target)} has the block of its own colour inside it.",
        rels(r),
    )


def o60_match_contrast(w: World) -> Made:
    todo = [r for r in matching(w) if _grounded(w, r.block) and _room(w, r.target)]
    if not todo:
        return None
    r = w.rng.choice(todo)
    return (
        (
            f"{_cap(_blk(w, r.block))} is out on the table right now, but it belongs in the bowl that matches its "
            "colour."
        ),
        rels(r),
    )


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
_STYLES = ("state", "should", "want", "picture", "spec", "contrast")

FRESH60: list[Template] = [
    (f"o60_{short}_{style}", category, globals()[f"o60_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
