"""`FRESH64`, the sixty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: indirect requests. Nobody here gives a command; the request is implied by a remark, a complaint, a suggestion,
a polite question, a "let's" or a stated need, yet what should happen (and where things should go) is always said
plainly enough to have one reading. The six styles, one template per style in every category:

- `hint`: a remark that implies the wish ("the red block would look nice in the blue bowl");
- `problem`: a complaint about the scene that still says where things belong ("it'd be better off in the bin");
- `offer`: a suggestion ("how about putting ...", "what if you put ...", "maybe try ...");
- `permission`: a polite question ("is it ok if you ...", "mind putting ...?", "would you be so kind as to ...");
- `lets`: a joint proposal ("let's put ...", "shall we ...", "we could ...");
- `need`: a stated need ("I need X in W", "X needs to go in W", "it's time for X to go in the bin").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on be37a97, after every fix before it and before anything it could prompt):
0.55 goal-correct (165 of 300), 111 refused, 10 asked, 14 wrong: fourteen wrong replies (requests asked as questions,
'What if X ended up in W?', 'Shall we bin X?', 'Maybe try X in the corner?', answered with the help text).
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    count_in,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel

_BIN_CAPACITY = 5
_TIE = 0.03


# ----- helpers ----------------------------------------------------------------------------------------------------
def _b(w: World, name: str) -> str:
    """'the red block' / 'the blue bowl'."""
    return f"the {w.colour(name)} {'bowl' if name in w.state.bowls else 'block'}"


def _place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _height(w: World, block: str) -> int:
    """How many blocks stand from the bottom of `block`'s tower up to `block` itself."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _loose(w: World) -> list[str]:
    """Clear blocks standing on the table (not in a bowl, not in the bin)."""
    return [b for b in w.clear_blocks() if w.state.base(b) == TABLE]


def _not_in(w: World, bowl: str) -> list[str]:
    """Clear blocks that are not already in `bowl`."""
    return [b for b in w.clear_blocks() if w.state.base(b) != bowl]


def _bowl_with_room(w: World, n: int = 1) -> str | None:
    got = w.pick([b for b in w.bowls if _room(w, b) >= n])
    return got[0] if got else None


def _empty_bowl(w: World) -> str | None:
    got = w.pick([b for b in w.bowls if not w.state.in_bowl(b)])
    return got[0] if got else None


def _stack_target(w: World, exclude: tuple[str, ...] = (), extra: int = 1) -> list[str]:
    """Clear blocks that can take `extra` more blocks on top without passing MAX_TOWER."""
    return [
        b
        for b in w.clear_blocks()
        if b not in exclude and _height(w, b) + extra <= layout.MAX_TOWER
    ]


def _extreme(w: World, key: Callable[[str], float], pool: list[str]) -> str | None:
    """The block in `pool` with the smallest key, when no other block is within `_TIE` of it."""
    if len(pool) < 2:
        return None
    ranked = sorted(pool, key=key)
    best = ranked[0]
    if any(abs(key(o) - key(best)) < _TIE for o in w.blocks if o != best):
        return None
    return best


def _below(w: World, block: str) -> list[str]:
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _colour_bowl(w: World, block: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == w.colour(block)), None)


def _matching_fits(w: World, want: list[Rel]) -> bool:
    """Whether every bowl can hold what must end up in it (its matched blocks plus those that may stay)."""
    going = {r.block: r.target for r in want}
    for bowl in w.bowls:
        final = {r.block for r in want if r.target == bowl}
        final |= {b for b in w.state.in_bowl(bowl) if going.get(b, bowl) == bowl}
        if len(final) > layout.BOWL_CAPACITY:
            return False
    return True


_not_stacked: Check = lambda _i, f: all(
    f.support[b] not in f.support for b in f.support
)


# ----- imperative ---------------------------------------------------------------------------------------------------
def s64_imp_hint(w: World) -> Made:
    bowl = _bowl_with_room(w)
    xs = w.pick(_not_in(w, bowl)) if bowl else []
    if not xs:
        return None
    x = xs[0]
    return (
        f"You know, {_b(w, x)} would look really nice sitting in {_b(w, bowl)}.",
        rels(Rel("in", x, bowl)),
    )


def s64_imp_problem(w: World) -> Made:
    xs = w.pick(_loose(w))
    if not xs:
        return None
    x = xs[0]
    return (
        f"Ugh, {_b(w, x)} is just cluttering up the table. Honestly it'd be better off in the bin.",
        binned([x]),
    )


def s64_imp_offer(w: World) -> Made:
    xs = w.pick(w.clear_blocks())
    if not xs:
        return None
    x, p = xs[0], w.rng.choice(PLACES)
    return f"How about putting {_b(w, x)} over in {_place(p)}?", rels(Rel("at", x, p))


def s64_imp_permission(w: World) -> Made:
    xs = w.pick(w.clear_blocks())
    if not xs:
        return None
    ys = w.pick(_stack_target(w, exclude=(xs[0],)))
    if not ys:
        return None
    x, y = xs[0], ys[0]
    return f"Would you mind popping {_b(w, x)} on top of {_b(w, y)}?", rels(
        Rel("on", x, y)
    )


def s64_imp_lets(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    return (
        f"Let's lift {_b(w, t)} off {_b(w, s)} and just set it down on the table.",
        rels(Rel("on_table", t)),
    )


def s64_imp_need(w: World) -> Made:
    bowl = _bowl_with_room(w)
    xs = (
        w.pick([b for b in w.blocks if w.state.base(b) not in (bowl, BIN)])
        if bowl
        else []
    )
    if not xs:
        return None
    x = xs[0]
    return f"It's time for {_b(w, x)} to go in {_b(w, bowl)}.", rels(Rel("in", x, bowl))


# ----- declarative --------------------------------------------------------------------------------------------------
def s64_dec_hint(w: World) -> Made:
    bowl = _bowl_with_room(w)
    xs = w.pick(_not_in(w, bowl)) if bowl else []
    if not xs:
        return None
    x = xs[0]
    return (
        f"{_b(w, bowl).capitalize()} is really where {_b(w, x)} belongs, if you ask me.",
        rels(Rel("in", x, bowl)),
    )


def s64_dec_problem(w: World) -> Made:
    xs = w.pick(w.clear_blocks())
    if not xs:
        return None
    ys = w.pick(_stack_target(w, exclude=(xs[0],)))
    if not ys:
        return None
    x, y = xs[0], ys[0]
    return (
        f"Something's off here: {_b(w, x)} is in the wrong spot. Its proper place is on top of {_b(w, y)}.",
        rels(Rel("on", x, y)),
    )


def s64_dec_offer(w: World) -> Made:
    xs = w.pick(w.clear_blocks())
    if not xs:
        return None
    x, p = xs[0], w.rng.choice(PLACES)
    return f"What if {_b(w, x)} ended up in {_place(p)}?", rels(Rel("at", x, p))


def s64_dec_permission(w: World) -> Made:
    xs = w.pick(w.clear_blocks())
    if not xs:
        return None
    x = xs[0]
    return (
        f"Would it be alright if {_b(w, x)} ended up in the bin? I don't think it's needed anymore.",
        binned([x]),
    )


def s64_dec_lets(w: World) -> Made:
    xs = w.pick([b for b in w.clear_blocks() if w.state.support[b] in w.state.bowls])
    if not xs:
        return None
    x = xs[0]
    bowl = w.state.support[x]
    return (
        f"Let's have {_b(w, x)} back out on the table rather than in {_b(w, bowl)}.",
        rels(Rel("on_table", x)),
    )


def s64_dec_need(w: World) -> Made:
    bowl = _bowl_with_room(w)
    xs = w.pick(_not_in(w, bowl)) if bowl else []
    if not xs:
        return None
    x = xs[0]
    return (
        f"By the time we're done, {_b(w, x)} has to be in {_b(w, bowl)}.",
        rels(Rel("in", x, bowl)),
    )


# ----- desiderative -------------------------------------------------------------------------------------------------
def s64_des_hint(w: World) -> Made:
    xs = w.pick(w.clear_blocks())
    if not xs:
        return None
    ys = w.pick(_stack_target(w, exclude=(xs[0],)))
    if not ys:
        return None
    x, y = xs[0], ys[0]
    return f"I'd really love to see {_b(w, x)} perched on top of {_b(w, y)}.", rels(
        Rel("on", x, y)
    )


def s64_des_problem(w: World) -> Made:
    xs = w.pick([b for b in w.clear_blocks() if w.state.base(b) in w.state.bowls])
    if not xs:
        return None
    x = xs[0]
    old = w.state.base(x)
    others = w.pick([bw for bw in w.bowls if bw != old and _room(w, bw) >= 1])
    if not others:
        return None
    new = others[0]
    return (
        f"I'm not thrilled with {_b(w, x)} sitting in {_b(w, old)}; I'd much rather it were in {_b(w, new)}.",
        rels(Rel("in", x, new)),
    )


def s64_des_offer(w: World) -> Made:
    xs = w.pick(w.clear_blocks())
    if not xs:
        return None
    x, p = xs[0], w.rng.choice(PLACES)
    return (
        f"Maybe try {_b(w, x)} in {_place(p)}? I think I'd like it there.",
        rels(Rel("at", x, p)),
    )


def s64_des_permission(w: World) -> Made:
    xs = w.pick(w.clear_blocks())
    if not xs:
        return None
    x = xs[0]
    return (
        f"If it's not too much trouble, I'd like {_b(w, x)} in the bin, please.",
        binned([x]),
    )


def s64_des_lets(w: World) -> Made:
    bowl = _bowl_with_room(w)
    xs = w.pick(_not_in(w, bowl)) if bowl else []
    if not xs:
        return None
    x = xs[0]
    return (
        f"We could put {_b(w, x)} in {_b(w, bowl)} - I'd like that a lot.",
        rels(Rel("in", x, bowl)),
    )


def s64_des_need(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    return (
        f"What I need, really, is for {_b(w, t)} to be sitting on the table instead of on {_b(w, s)}.",
        rels(Rel("on_table", t)),
    )


# ----- quantified ---------------------------------------------------------------------------------------------------
def s64_qua_hint(w: World) -> Made:
    if len(w.blocks) > _BIN_CAPACITY:
        return None
    return "It would look so much tidier with every last block in the bin.", binned(
        list(w.blocks)
    )


def s64_qua_problem(w: World) -> Made:
    out = w.state.on_the_table()
    bowl = _bowl_with_room(w, len(out))
    if len(out) < 2 or not bowl:
        return None
    return (
        f"There are way too many blocks lying about on the table - they'd all be better off in {_b(w, bowl)}.",
        rels(*(Rel("in", b, bowl) for b in out)),
    )


def s64_qua_offer(w: World) -> Made:
    two_in_bin: Check = lambda _i, f: sum(1 for b in f.support if f.base(b) == BIN) == 2
    if len(w.blocks) < 3:
        return None
    return (
        "Perhaps two of the blocks could go in the bin? Whichever two you like.",
        two_in_bin,
    )


def s64_qua_permission(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return (
        (
            "Would you be so kind as to take every block out of the bowls and set them all down on the table?"
        ),
        rels(*(Rel("on_table", b) for b in inside)),
    )


def s64_qua_lets(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowls = w.pick(w.bowls)
    if not bowls:
        return None
    bowl = bowls[0]
    if all(w.state.base(b) == bowl for b in w.blocks):
        return None
    return f"Shall we get each and every block into {_b(w, bowl)}?", rels(
        *(Rel("in", b, bowl) for b in w.blocks)
    )


def s64_qua_need(w: World) -> Made:
    bowls = w.pick([bw for bw in w.bowls if len(w.state.in_bowl(bw)) < 3])
    if not bowls or len(w.blocks) < 3:
        return None
    bowl = bowls[0]
    return (
        f"I need exactly three blocks in {_b(w, bowl)} - no more, no fewer.",
        count_in(bowl, 3),
    )


# ----- negated ------------------------------------------------------------------------------------------------------
def s64_neg_hint(w: World) -> Made:
    xs = w.pick(w.blocks)
    if not xs:
        return None
    x = xs[0]
    others = [b for b in w.blocks if b != x]
    if len(others) > _BIN_CAPACITY:
        return None
    return (
        f"The bin seems like the right home for everything except {_b(w, x)}.",
        both(binned(others), none_binned([x])),
    )


def s64_neg_problem(w: World) -> Made:
    xs = w.pick(w.in_bowls())
    if not xs:
        return None
    x = xs[0]
    bowl = w.state.base(x)
    return (
        f"{_b(w, x).capitalize()} really shouldn't be in {_b(w, bowl)} - just set it down on the table somewhere.",
        rels(Rel("on_table", x), Rel("in", x, bowl, negated=True)),
    )


def s64_neg_offer(w: World) -> Made:
    inside = w.in_bowls()
    out = [b for b in w.blocks if b not in inside]
    if not inside or not out or len(out) > _BIN_CAPACITY:
        return None
    return (
        "What about binning the blocks that aren't in a bowl?",
        both(binned(out), none_binned(inside)),
    )


def s64_neg_permission(w: World) -> Made:
    bowls = w.pick(w.bowls)
    if not bowls:
        return None
    bowl = bowls[0]
    xs = w.pick([b for b in w.blocks if w.state.base(b) != bowl])
    if not xs:
        return None
    x = xs[0]
    others = [b for b in w.blocks if b != x]
    if len(others) > layout.BOWL_CAPACITY or all(
        w.state.base(b) == bowl for b in others
    ):
        return None
    return (
        f"Mind putting everything but {_b(w, x)} into {_b(w, bowl)}?",
        rels(*(Rel("in", b, bowl) for b in others), Rel("in", x, bowl, negated=True)),
    )


def s64_neg_lets(w: World) -> Made:
    if not w.pairs():
        return None
    return (
        "Let's not have any block sitting on top of another one - spread them out on the table.",
        both(_not_stacked, none_binned(list(w.blocks))),
    )


def s64_neg_need(w: World) -> Made:
    xs = w.pick([s for _t, s in w.pairs()])
    if not xs:
        return None
    x = xs[0]
    return f"I need nothing at all left on top of {_b(w, x)}.", both(
        rels(Rel("clear", x)), kept(x)
    )


# ----- relative -----------------------------------------------------------------------------------------------------
def s64_rel_hint(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if not bowl:
        return None
    pool = [b for b in w.blocks if w.state.base(b) == TABLE]
    near = min(pool, key=lambda b: w.dist(b, bowl)) if len(pool) >= 2 else None
    if near is None or w.state.support[near] != TABLE or not w.state.is_clear(near):
        return None
    if any(w.dist(o, bowl) - w.dist(near, bowl) < _TIE for o in pool if o != near):
        return None
    return (
        f"Of the blocks out on the table, the one closest to {_b(w, bowl)} would fit nicely inside it.",
        rels(Rel("in", near, bowl)),
    )


def s64_rel_problem(w: World) -> Made:
    left = _extreme(w, w.y, list(w.blocks))
    if left is None or not w.state.is_clear(left):
        return None
    return (
        "The block furthest to the left is kind of in the way; it would be better off in the bin.",
        binned([left]),
    )


def s64_rel_offer(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    bowls = w.pick(
        [bw for bw in w.bowls if bw != w.state.base(s) and _room(w, bw) >= 1]
    )
    if not bowls:
        return None
    bowl = bowls[0]
    return (
        f"Why not put whatever's sitting on {_b(w, s)} into {_b(w, bowl)}?",
        rels(Rel("in", t, bowl)),
    )


def s64_rel_permission(w: World) -> Made:
    bowls = w.pick([bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1])
    if not bowls:
        return None
    bowl = bowls[0]
    x = w.state.in_bowl(bowl)[0]
    p = w.rng.choice(PLACES)
    return (
        f"Is it alright if you move the block that's in {_b(w, bowl)} over to {_place(p)}?",
        rels(Rel("at", x, p)),
    )


def s64_rel_lets(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    return (
        f"Shall we bin the block underneath {_b(w, t)}?",
        both(binned([s]), none_binned([t])),
    )


def s64_rel_need(w: World) -> Made:
    right = _extreme(w, lambda b: -w.y(b), list(w.blocks))
    if right is None:
        return None
    bowls = w.pick(
        [bw for bw in w.bowls if bw != w.state.base(right) and _room(w, bw) >= 1]
    )
    if not bowls:
        return None
    bowl = bowls[0]
    return (
        f"The block furthest to the right needs to go in {_b(w, bowl)}.",
        rels(Rel("in", right, bowl)),
    )


# ----- keep ---------------------------------------------------------------------------------------------------------
def s64_keep_hint(w: World) -> Made:
    bowl = _bowl_with_room(w)
    xs = w.pick(_not_in(w, bowl)) if bowl else []
    if not xs:
        return None
    x = xs[0]
    ys = w.pick([b for b in w.blocks if b != x])
    if not ys:
        return None
    y = ys[0]
    return (
        f"{_b(w, x).capitalize()} would look lovely in {_b(w, bowl)} - but {_b(w, y)} is perfect where it is.",
        both(rels(Rel("in", x, bowl)), kept(y)),
    )


def s64_keep_problem(w: World) -> Made:
    xs = w.pick(w.clear_blocks())
    if not xs:
        return None
    x = xs[0]
    ys = w.pick([b for b in w.blocks if b != x])
    if not ys:
        return None
    y = ys[0]
    return (
        (
            f"{_b(w, x).capitalize()} is making a mess of things and would be better off in the bin - "
            f"just don't disturb {_b(w, y)}."
        ),
        both(binned([x]), kept(y)),
    )


def s64_keep_offer(w: World) -> Made:
    ys = w.pick([s for _t, s in w.pairs()])
    if not ys:
        return None
    y = ys[0]
    up = w.state.above(y)
    return (
        f"How about clearing everything off {_b(w, y)} onto the table, but leaving {_b(w, y)} itself where it is?",
        both(rels(Rel("clear", y), *(Rel("on_table", b) for b in up)), kept(y)),
    )


def s64_keep_permission(w: World) -> Made:
    xs = w.pick(w.clear_blocks())
    if not xs:
        return None
    ys = w.pick(_stack_target(w, exclude=(xs[0],)))
    if not ys:
        return None
    x, y = xs[0], ys[0]
    zs = w.pick([b for b in w.blocks if b not in (x, y)])
    if not zs:
        return None
    z = zs[0]
    return (
        f"Is it okay if you put {_b(w, x)} on {_b(w, y)}, without moving {_b(w, z)}?",
        both(rels(Rel("on", x, y)), kept(z)),
    )


def s64_keep_lets(w: World) -> Made:
    bowls = w.pick([bw for bw in w.bowls if w.state.in_bowl(bw)])
    if not bowls:
        return None
    bowl = bowls[0]
    xs = w.pick(_not_in(w, bowl))
    if not xs:
        return None
    x = xs[0]
    return (
        f"Let's leave {_b(w, bowl)} exactly as it is and put {_b(w, x)} in the bin.",
        both(binned([x]), kept(*w.state.in_bowl(bowl))),
    )


def s64_keep_need(w: World) -> Made:
    bowl = _bowl_with_room(w)
    ys = w.pick(_not_in(w, bowl)) if bowl else []
    if not ys:
        return None
    y = ys[0]
    xs = w.pick([b for b in w.blocks if b != y])
    if not xs:
        return None
    x = xs[0]
    return (
        f"I need {_b(w, y)} in {_b(w, bowl)}, and {_b(w, x)} has to stay right where it is.",
        both(rels(Rel("in", y, bowl)), kept(x)),
    )


# ----- multi-step ---------------------------------------------------------------------------------------------------
def s64_multi_hint(w: World) -> Made:
    bowl = _bowl_with_room(w)
    xs = w.pick(_not_in(w, bowl)) if bowl else []
    if not xs:
        return None
    x = xs[0]
    zs = w.pick(_stack_target(w, exclude=(x,)))
    if not zs:
        return None
    z = zs[0]
    ys = w.pick([b for b in w.clear_blocks() if b not in (x, z)])
    if not ys:
        return None
    y = ys[0]
    return (
        f"It'd be nice to have {_b(w, x)} in {_b(w, bowl)} and {_b(w, y)} stacked on {_b(w, z)}.",
        rels(Rel("in", x, bowl), Rel("on", y, z)),
    )


def s64_multi_problem(w: World) -> Made:
    bowl = _bowl_with_room(w)
    ys = w.pick(_not_in(w, bowl)) if bowl else []
    if not ys:
        return None
    y = ys[0]
    xs = w.pick([b for b in w.clear_blocks() if b != y])
    if not xs:
        return None
    x = xs[0]
    return (
        (
            f"{_b(w, x).capitalize()} and {_b(w, y)} keep getting in my way - {_b(w, x)} ought to go in the bin "
            f"and {_b(w, y)} in {_b(w, bowl)}."
        ),
        rels(Rel("in_bin", x), Rel("in", y, bowl)),
    )


def s64_multi_offer(w: World) -> Made:
    ys = w.pick(_stack_target(w, extra=2))
    if not ys:
        return None
    y = ys[0]
    rest = w.pick([b for b in w.clear_blocks() if b != y], 2)
    if not rest:
        return None
    x, z = rest
    return (
        f"Here's a thought: what about putting {_b(w, x)} on {_b(w, y)} first, then {_b(w, z)} on top of {_b(w, x)}?",
        rels(Rel("on", x, y), Rel("on", z, x)),
    )


def s64_multi_permission(w: World) -> Made:
    blocks = w.pick(w.clear_blocks(), 2)
    if not blocks:
        return None
    x, y = blocks
    p1, p2 = w.rng.sample(list(PLACES), 2)
    return (
        f"Could you be a dear and put {_b(w, x)} in {_place(p1)}, then {_b(w, y)} in {_place(p2)}?",
        rels(Rel("at", x, p1), Rel("at", y, p2)),
    )


def s64_multi_lets(w: World) -> Made:
    blocks = w.pick(w.clear_blocks(), 3)
    if not blocks:
        return None
    x, y, z = blocks
    return (
        f"Let's move {_b(w, x)} to the middle, stack {_b(w, y)} on it, and then chuck {_b(w, z)} in the bin.",
        rels(Rel("at", x, "middle"), Rel("on", y, x), Rel("in_bin", z)),
    )


def s64_multi_need(w: World) -> Made:
    xs = w.pick([b for b in w.clear_blocks() if w.state.base(b) in w.state.bowls])
    if not xs:
        return None
    x = xs[0]
    bowl = w.state.base(x)
    ys = w.pick(_not_in(w, bowl))
    if not ys:
        return None
    y = ys[0]
    return (
        f"I need {_b(w, x)} out of {_b(w, bowl)} and onto the table, and then {_b(w, y)} in that bowl instead.",
        rels(Rel("on_table", x), Rel("in", y, bowl)),
    )


# ----- questions ----------------------------------------------------------------------------------------------------
def s64_q_hint(w: World) -> Made:
    def fine(b: str) -> bool:
        s = w.state.support[b]
        return (
            s == TABLE
            or s in w.state.bowls
            or (s in w.state.support and w.state.base(s) == TABLE)
        )

    xs = w.pick([b for b in w.clear_blocks() if fine(b)])
    if not xs:
        return None
    x = xs[0]
    s = w.state.support[x]
    where = (
        "table"
        if s == TABLE
        else f"{w.colour(s)} {'bowl' if s in w.state.bowls else 'block'}"
    )
    return f"I wonder where {_b(w, x)} got to.", answered(where)


def s64_q_problem(w: World) -> Made:
    bowls = w.pick([bw for bw in w.bowls if w.state.in_bowl(bw)])
    if not bowls:
        return None
    bowl = bowls[0]
    return (
        f"I've completely lost track of what's in {_b(w, bowl)}.",
        answered("|".join(w.colour(b) for b in w.state.in_bowl(bowl))),
    )


def s64_q_offer(w: World) -> Made:
    return "Maybe you could tell me how many blocks there are altogether?", answered(
        str(len(w.blocks))
    )


def s64_q_permission(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        cands = [
            (a, b)
            for a in w.blocks
            for b in w.blocks
            if a != b and b not in _below(w, a)
        ]
        if not cands:
            return None
        x, y = w.rng.choice(cands)
        flag = False
    return (
        f"Could I trouble you to tell me whether {_b(w, x)} is sitting on {_b(w, y)}?",
        answered(yes(flag)),
    )


def s64_q_lets(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    return f"Let's see... what colour is the block on top of {_b(w, s)}?", answered(
        w.colour(t)
    )


def s64_q_need(w: World) -> Made:
    bowls = w.pick(w.bowls)
    if not bowls:
        return None
    bowl = bowls[0]
    return (
        f"I need to know whether there's anything in {_b(w, bowl)}.",
        answered(yes(bool(w.state.in_bowl(bowl)))),
    )


# ----- matching -----------------------------------------------------------------------------------------------------
def _all_matching(w: World) -> Check | None:
    want = matching(w)
    if (
        not want
        or all(w.state.base(r.block) == r.target for r in want)
        or not _matching_fits(w, want)
    ):
        return None
    return rels(*want)


def s64_match_hint(w: World) -> Made:
    check = _all_matching(w)
    if check is None:
        return None
    return (
        "Everything looks best when each block sits in the bowl that matches its colour.",
        check,
    )


def s64_match_problem(w: World) -> Made:
    xs = w.pick([b for b in _loose(w) if _colour_bowl(w, b)])
    if not xs:
        return None
    x = xs[0]
    bowl = _colour_bowl(w, x)
    if bowl is None or _room(w, bowl) < 1:
        return None
    return (
        (
            f"The poor {w.colour(x)} block is stranded out on the table, away from the bowl of the same colour - "
            "it really belongs in there."
        ),
        rels(Rel("in", x, bowl)),
    )


def s64_match_offer(w: World) -> Made:
    xs = w.pick(
        [
            b
            for b in w.clear_blocks()
            if _colour_bowl(w, b) not in (None, w.state.base(b))
        ]
    )
    if not xs:
        return None
    x = xs[0]
    bowl = _colour_bowl(w, x)
    if bowl is None or _room(w, bowl) < 1:
        return None
    return f"Maybe try {_b(w, x)} in the bowl that shares its colour?", rels(
        Rel("in", x, bowl)
    )


def s64_match_permission(w: World) -> Made:
    check = _all_matching(w)
    if check is None:
        return None
    return (
        "Do you think you could sort the blocks into the bowls by colour, wherever there's a bowl to match?",
        check,
    )


def s64_match_lets(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) == TABLE]
    if not want or not _matching_fits(w, want):
        return None
    return (
        "Let's pair up the blocks still out on the table with the bowls of the same colour.",
        rels(*want),
    )


def s64_match_need(w: World) -> Made:
    bowls = w.pick([bw for bw in w.bowls if _room(w, bw) >= 1])
    if not bowls:
        return None
    bowl = bowls[0]
    x = next((b for b in w.blocks if w.colour(b) == w.colour(bowl)), None)
    if x is None or w.state.base(x) == bowl:
        return None
    return f"{_b(w, bowl).capitalize()} needs its matching block in it.", rels(
        Rel("in", x, bowl)
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
_STYLES = ("hint", "problem", "offer", "permission", "lets", "need")

FRESH64: list[Template] = [
    (f"s64_{short}_{style}", category, globals()[f"s64_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
