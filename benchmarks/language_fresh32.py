"""`FRESH32`, the thirty-third untuned batch: sixty language templates, six per category, each category with one
template in each of six styles of ordinary user. It was written by a tester who had not read the planner, its
tests, the lexicon or any other batch of templates.

The six styles: a chatty retiree (long friendly sentences with asides), a gamer (slang: yeet, gg, lemme, ngl,
pls), a British speaker (pop it in, cheers, whilst, be a dear, sort out), a non-native speaker (dropped articles,
mixed prepositions), a nurse or shift worker (brisk and procedural: next, confirm, proceed) and someone reading a
sticky note aloud in fragments (red -> green bowl, blue block, bin).

Its first run, before any fix it prompted (300 instructions, seed 0; on 414a527 with this session's first three
question mends, written before the batch was read): goal correct 0.507 (152 of 300); 30 templates missed, 2 of them
with a wrong kind of reply: 'Sorry to be a bother, but which bowl is X in?' and 'X -- anything stacked on it?' were
answered with the list of questions it can answer instead of the answer.
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

CAP = layout.BOWL_CAPACITY


# ----- scene helpers ----------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _flat(w: World, b: str) -> bool:
    """Directly on the table (or on a named place)."""
    return w.state.support[b] in (TABLE, *PLACES)


def _room(w: World, bowl: str, n: int = 1, moving: tuple[str, ...] = ()) -> bool:
    """Whether `n` more blocks (besides those in `moving` already there) fit in the bowl."""
    return len([b for b in w.state.in_bowl(bowl) if b not in moving]) + n <= CAP


def _depth(w: World, b: str) -> int:
    """How many blocks the tower holds up to and including `b`."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _can_top(w: World, top: str, below: str) -> bool:
    """`top` may sensibly be put on `below`: distinct, not already there, not in the bin, tower not too tall."""
    return (top != below and w.state.support[top] != below and w.state.base(below) != BIN
            and w.state.base(top) != BIN and _depth(w, below) + 1 <= layout.MAX_TOWER)


def _under(w: World, z: str, x: str) -> bool:
    """Whether `z` rests somewhere above `x` (so moving `x` would disturb `z`)."""
    return z in w.state.above(x)


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _nearest(w: World, point: tuple[float, float], cands: list[str]) -> str | None:
    """The one block clearly nearest to a point (by 3 cm at least), if it stands alone and clear on the table."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2) ** 0.5

    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=d)
    best = ranked[0]
    if not (_flat(w, best) and w.state.is_clear(best)):
        return None
    if d(ranked[1]) < d(best) + 0.03:
        return None
    return best


def _match(w: World) -> Check | None:
    want = matching(w)
    if not want or rels(*want)(w.state, w.state):
        return None
    return rels(*want)


# ----- imperative -------------------------------------------------------------------------------------
def k32_imp_retiree(w: World) -> Made:
    x, y = w.pick(_live(w)), w.pick(w.bowls)
    if not x or not y or w.state.base(x[0]) == y[0] or not _room(w, y[0]):
        return None
    x, y = x[0], y[0]
    text = (f"Right, I've just come back from my walk with the dog and I'm puffed out, so put the {_c(w, x)} block "
            f"into the {_c(w, y)} bowl for me, please, there's a good robot.")
    return text, rels(Rel("in", x, y))


def k32_imp_gamer(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    return f"yeet the {_c(w, x[0])} block into the bin lol", binned(x)


def k32_imp_british(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if not pair or not _can_top(w, pair[0], pair[1]):
        return None
    x, y = pair
    return f"Pop the {_c(w, x)} block on top of the {_c(w, y)} one, cheers.", rels(Rel("on", x, y))


def k32_imp_nonnative(w: World) -> Made:
    x, y = w.pick(_live(w)), w.pick(w.bowls)
    if not x or not y or w.state.base(x[0]) == y[0] or not _room(w, y[0]):
        return None
    x, y = x[0], y[0]
    return f"put {_c(w, x)} block to {_c(w, y)} bowl", rels(Rel("in", x, y))


def k32_imp_nurse(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    p = _place(w)
    return f"Next: {_c(w, x[0])} block to the {p}. Proceed.", rels(Rel("at", x[0], p))


def k32_imp_sticky(w: World) -> Made:
    cands = [b for b in _live(w) if not _flat(w, b)]
    x = w.pick(cands)
    if not x:
        return None
    return f"{_c(w, x[0])} block -> table", rels(Rel("on_table", x[0]))


# ----- declarative ------------------------------------------------------------------------------------
def k32_dec_retiree(w: World) -> Made:
    x, y = w.pick(_live(w)), w.pick(w.bowls)
    if not x or not y or w.state.base(x[0]) == y[0] or not _room(w, y[0]):
        return None
    x, y = x[0], y[0]
    text = (f"Oh dear, the {_c(w, x)} block should be in the {_c(w, y)} bowl, not where it is now. My eyesight "
            "isn't what it was, but I'm quite sure of that much.")
    return text, rels(Rel("in", x, y))


def k32_dec_gamer(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if not pair or not _can_top(w, pair[0], pair[1]):
        return None
    x, y = pair
    text = f"ngl the {_c(w, x)} block is supposed to be on the {_c(w, y)} block, my cat messed it all up lol"
    return text, rels(Rel("on", x, y))


def k32_dec_british(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    return f"I reckon the {_c(w, x[0])} block belongs in the bin, to be honest.", binned(x)


def k32_dec_nonnative(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return f"{_c(w, x)} block must be on table, not on {_c(w, y)} block.", rels(Rel("on_table", x))


def k32_dec_nurse(w: World) -> Made:
    x, y = w.pick(_live(w)), w.pick(w.bowls)
    if not x or not y or w.state.base(x[0]) == y[0] or not _room(w, y[0]):
        return None
    x, y = x[0], y[0]
    return f"End state: {_c(w, x)} block in the {_c(w, y)} bowl. Confirm when done.", rels(Rel("in", x, y))


def k32_dec_sticky(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    p = _place(w)
    return f"{p}: {_c(w, x[0])} block", rels(Rel("at", x[0], p))


# ----- desiderative -----------------------------------------------------------------------------------
def k32_des_retiree(w: World) -> Made:
    xs, y = w.pick(_live(w), 2), w.pick(w.bowls)
    if not xs or not y:
        return None
    y = y[0]
    if all(w.state.base(b) == y for b in xs) or not _room(w, y, 2, tuple(xs)):
        return None
    a, b = xs
    text = (f"What I'd really love, if it's not too much bother, is to see the {_c(w, a)} block and the {_c(w, b)} "
            f"block both sitting in the {_c(w, y)} bowl. It would look so cheerful next to my geraniums.")
    return text, rels(Rel("in", a, y), Rel("in", b, y))


def k32_des_gamer(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    p = _place(w)
    return f"lemme get the {_c(w, x[0])} block in the {p} pls", rels(Rel("at", x[0], p))


def k32_des_british(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"I'd quite like the {_c(w, x)} block off the {_c(w, y)} block, if you could be a dear."
    return text, both(lambda _i, f: f.support[x] != y, none_binned([x]))


def k32_des_nonnative(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    return f"I want {_c(w, x[0])} block go in the bin, please.", binned(x)


def k32_des_nurse(w: World) -> Made:
    x, y = w.pick(_live(w)), w.pick(w.bowls)
    if not x or not y or w.state.base(x[0]) == y[0] or not _room(w, y[0]):
        return None
    x, y = x[0], y[0]
    return f"Need the {_c(w, x)} block in the {_c(w, y)} bowl, thanks.", rels(Rel("in", x, y))


def k32_des_sticky(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if not pair or not _can_top(w, pair[0], pair[1]):
        return None
    x, y = pair
    return f"want: {_c(w, x)} block on top of {_c(w, y)} pls", rels(Rel("on", x, y))


# ----- quantified -------------------------------------------------------------------------------------
def k32_qua_retiree(w: World) -> Made:
    live = _live(w)
    if not 2 <= len(live) <= 5:
        return None
    text = ("Would you mind putting every single one of the blocks into the bin? I've got the grandchildren coming "
            "over this afternoon and they'll only knock them about.")
    return text, binned(live)


def k32_qua_gamer(w: World) -> Made:
    xs = w.pick(_live(w), 2)
    if not xs:
        return None
    a, b = xs
    return f"yeet both the {_c(w, a)} and {_c(w, b)} blocks in the bin gg", binned(xs)


def k32_qua_british(w: World) -> Made:
    y = w.pick(w.bowls)
    if not y:
        return None
    y = y[0]
    n0 = len(w.state.in_bowl(y))
    outside = [b for b in _live(w) if w.state.base(b) != y]
    if len(outside) < 2 or n0 + 2 > CAP:
        return None
    text = f"Could you pop two blocks into the {_c(w, y)} bowl? Any two will do, I'm not fussy."
    return text, count_in(y, n0 + 2)


def k32_qua_nonnative(w: World) -> Made:
    y = w.pick(w.bowls)
    if not y:
        return None
    y = y[0]
    on_table = [b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES)]
    if len(on_table) < 2 or not _room(w, y, len(on_table)):
        return None
    return f"take all blocks from table and put in {_c(w, y)} bowl", rels(*(Rel("in", b, y) for b in on_table))


def k32_qua_nurse(w: World) -> Made:
    tops = [t for t, _s in w.pairs() if w.state.base(t) != BIN]
    if not tops:
        return None
    text = "Every block currently stacked on another block: move down to the table. Confirm."
    return text, rels(*(Rel("on_table", t) for t in tops))


def k32_qua_sticky(w: World) -> Made:
    n = len(w.bowls)
    inside = w.in_bowls()
    if n < 2 or not inside:
        return None
    word = "both bowls" if n == 2 else f"all {n} bowls"
    check = both(*(empty(y) for y in w.bowls), rels(*(Rel("on_table", b) for b in inside)))
    return f"{word} -> empty them, blocks on table pls", check


# ----- negated ----------------------------------------------------------------------------------------
def k32_neg_retiree(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    y = w.state.base(x)
    text = (f"Would you take the {_c(w, x)} block out of the {_c(w, y)} bowl for me? But don't throw it away, "
            "mind, I'm rather fond of that one, my late husband painted it.")
    return text, both(lambda _i, f: f.base(x) != y, none_binned([x]))


def k32_neg_gamer(w: World) -> Made:
    ys, x = w.pick(w.bowls, 2), w.pick(_live(w))
    if not ys or not x:
        return None
    (y, z), x = ys, x[0]
    if w.state.base(x) == y or not _room(w, y):
        return None
    text = f"ngl i keep mixing them up, the {_c(w, x)} block goes in the {_c(w, y)} bowl not the {_c(w, z)} one"
    return text, rels(Rel("in", x, y), Rel("in", x, z, negated=True))


def k32_neg_british(w: World) -> Made:
    live = _live(w)
    x = w.pick(live)
    if not x or len(live) < 2:
        return None
    others = [b for b in live if b != x[0]]
    return f"Right, bin the lot apart from the {_c(w, x[0])} block, cheers.", both(binned(others), none_binned(x))


def k32_neg_nonnative(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(w.bowls) < 2:
        return None
    x = w.rng.choice(inside)
    y = w.state.base(x)
    z = w.rng.choice([b for b in w.bowls if b != y])
    if not _room(w, z):
        return None
    text = f"no more {_c(w, x)} block in {_c(w, y)} bowl, put it to {_c(w, z)} bowl"
    return text, rels(Rel("in", x, z))


def k32_neg_nurse(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    p = _place(w)
    text = f"Do not bin anything. Move the {_c(w, x[0])} block to the {p}."
    return text, both(rels(Rel("at", x[0], p)), none_binned(w.blocks))


def k32_neg_sticky(w: World) -> Made:
    cands = [b for b in _live(w) if not w.state.is_clear(b)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = f"nothing on {_c(w, x)} block pls (don't bin anything)"
    return text, both(rels(Rel("clear", x)), none_binned(w.blocks))


# ----- relative ---------------------------------------------------------------------------------------
def k32_rel_retiree(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    z = w.pick(w.bowls)
    if not pairs or not z:
        return None
    x, y = w.rng.choice(pairs)
    z = z[0]
    if w.state.base(x) == z or not _room(w, z):
        return None
    text = (f"There's a block sitting on top of the {_c(w, y)} block, my old eyes can't make out what colour it "
            f"is from my armchair, would you put it in the {_c(w, z)} bowl?")
    return text, rels(Rel("in", x, z))


def k32_rel_gamer(w: World) -> Made:
    solo = [y for y in w.bowls if len(w.state.in_bowl(y)) == 1]
    if not solo:
        return None
    y = w.rng.choice(solo)
    x = w.state.in_bowl(y)[0]
    return f"the block thats in the {_c(w, y)} bowl, yeet it", binned([x])


def k32_rel_british(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    z = w.pick(w.bowls)
    if not pairs or not z:
        return None
    x, y = w.rng.choice(pairs)
    z = z[0]
    if w.state.base(y) == z or not _room(w, z):
        return None
    text = f"Could you take the block the {_c(w, x)} block's sitting on and pop it in the {_c(w, z)} bowl?"
    return text, rels(Rel("in", y, z))


def k32_rel_nonnative(w: World) -> Made:
    y = w.pick(w.bowls)
    if not y:
        return None
    y = y[0]
    if not _room(w, y):
        return None
    pos = w.scene.get(y).position
    x = _nearest(w, (pos[0], pos[1]), [b for b in _live(w) if w.state.base(b) != y])
    if x is None:
        return None
    return f"block which is most near to {_c(w, y)} bowl, put it inside this bowl", rels(Rel("in", x, y))


def k32_rel_nurse(w: World) -> Made:
    y = w.pick(w.bowls)
    if not y:
        return None
    y = y[0]
    x = _nearest(w, layout.BIN_CENTER, _live(w))
    if x is None or w.state.base(x) == y or not _room(w, y):
        return None
    text = f"Identify the block that is closest to the bin. Proceed to place it in the {_c(w, y)} bowl."
    return text, rels(Rel("in", x, y))


def k32_rel_sticky(w: World) -> Made:
    cands = [b for b in _live(w) if not w.state.is_clear(b)]
    if not cands:
        return None
    y = w.rng.choice(cands)
    return f"whatever's on top of {_c(w, y)} block -> bin", binned(w.state.above(y))


# ----- keep -------------------------------------------------------------------------------------------
def _mover_and_kept(w: World, n_kept: int = 1) -> tuple[str, list[str]] | None:
    live = _live(w)
    if len(live) < n_kept + 1:
        return None
    x = w.rng.choice(live)
    zs = w.pick([b for b in live if b != x and not _under(w, b, x)], n_kept)
    if not zs:
        return None
    return x, zs


def k32_keep_retiree(w: World) -> Made:
    got = _mover_and_kept(w)
    if not got:
        return None
    x, (z,) = got
    p = _place(w)
    text = (f"Would you move the {_c(w, x)} block over to the {p} for me, but please leave the {_c(w, z)} block "
            "exactly where it is. My grandson arranged that one and he'd be ever so cross.")
    return text, both(rels(Rel("at", x, p)), kept(z))


def k32_keep_gamer(w: World) -> Made:
    got = _mover_and_kept(w)
    if not got:
        return None
    x, (z,) = got
    return f"yeet the {_c(w, x)} block but leave the {_c(w, z)} block alone ok", both(binned([x]), kept(z))


def k32_keep_british(w: World) -> Made:
    got, y = _mover_and_kept(w, 2), w.pick(w.bowls)
    if not got or not y:
        return None
    x, (z, v), y = *got, y[0]
    if w.state.base(x) == y or not _room(w, y):
        return None
    text = (f"Pop the {_c(w, x)} block in the {_c(w, y)} bowl whilst leaving the {_c(w, z)} and {_c(w, v)} blocks "
            "be, ta.")
    return text, both(rels(Rel("in", x, y)), kept(z, v))


def k32_keep_nonnative(w: World) -> Made:
    got = _mover_and_kept(w)
    if not got:
        return None
    x, (z,) = got
    p = _place(w)
    return f"put {_c(w, x)} block at {p}, {_c(w, z)} block stay same place", both(rels(Rel("at", x, p)), kept(z))


def k32_keep_nurse(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    x, y, z = w.rng.sample(live, 3)
    if not _can_top(w, x, y) or _under(w, z, x) or _under(w, z, y):
        return None
    text = f"Move the {_c(w, x)} block onto the {_c(w, y)} block. Maintain the {_c(w, z)} block's current position."
    return text, both(rels(Rel("on", x, y)), kept(z))


def k32_keep_sticky(w: World) -> Made:
    got, y = _mover_and_kept(w), w.pick(w.bowls)
    if not got or not y:
        return None
    x, (z,), y = *got, y[0]
    if w.state.base(x) == y or not _room(w, y):
        return None
    return f"{_c(w, x)} -> {_c(w, y)} bowl (leave {_c(w, z)} block alone)", both(rels(Rel("in", x, y)), kept(z))


# ----- multi-step -------------------------------------------------------------------------------------
def k32_multi_retiree(w: World) -> Made:
    xs, y = w.pick(_live(w), 2), w.pick(w.bowls)
    if not xs or not y:
        return None
    (x, z), y = xs, y[0]
    if not _room(w, y, 2, (x, z)) or (w.state.base(x) == y and w.state.support[z] == x):
        return None
    text = (f"First, would you put the {_c(w, x)} block in the {_c(w, y)} bowl, and then once that's done the "
            f"{_c(w, z)} block can go on top of it. That's how my Arthur always liked it, bless him.")
    return text, rels(Rel("in", x, y), Rel("on", z, x))


def k32_multi_gamer(w: World) -> Made:
    live = _live(w)
    xs = [b for b in live if not _flat(w, b)]
    if not xs or len(live) < 2:
        return None
    x = w.rng.choice(xs)
    z = w.rng.choice([b for b in live if b != x])
    text = f"ok so {_c(w, x)} block on the table, then {_c(w, z)} block in the bin, ez gg"
    return text, both(rels(Rel("on_table", x)), binned([z]))


def k32_multi_british(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    z = w.pick(w.bowls)
    if not pairs or not z:
        return None
    x, y = w.rng.choice(pairs)
    z = z[0]
    if w.state.base(y) == z or not _room(w, z):
        return None
    text = f"Take the {_c(w, x)} block off the {_c(w, y)} block, then pop the {_c(w, y)} one in the {_c(w, z)} bowl."
    return text, both(rels(Rel("in", y, z)), lambda _i, f: f.support[x] != y, none_binned([x]))


def k32_multi_nonnative(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    y = w.state.base(x)
    zs = [b for b in _live(w) if _can_top(w, x, b) and not _under(w, b, x)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = f"first take {_c(w, x)} from {_c(w, y)} bowl, after put it on {_c(w, z)} block"
    return text, rels(Rel("on", x, z))


def k32_multi_nurse(w: World) -> Made:
    xs = w.pick(_live(w), 2)
    if not xs:
        return None
    x, z = xs
    p = _place(w)
    text = (f"Step 1: {_c(w, x)} block to the bin. Step 2: {_c(w, z)} block to the {p}. "
            "Confirm when complete.")
    return text, both(binned([x]), rels(Rel("at", z, p)))


def k32_multi_sticky(w: World) -> Made:
    xs = w.pick(_live(w), 2)
    if not xs or not w.bowls:
        return None
    x, z = xs
    y, v = w.rng.choice(w.bowls), w.rng.choice(w.bowls)
    if w.state.base(x) == y and w.state.base(z) == v:
        return None
    if y == v and not _room(w, y, 2, (x, z)):
        return None
    if y != v and (not _room(w, y, 1, (x,)) or not _room(w, v, 1, (z,))):
        return None
    text = f"1) {_c(w, x)} -> {_c(w, y)} bowl  2) {_c(w, z)} -> {_c(w, v)} bowl"
    return text, rels(Rel("in", x, y), Rel("in", z, v))


# ----- questions --------------------------------------------------------------------------------------
def k32_q_retiree(w: World) -> Made:
    y = w.pick(w.bowls)
    if not y:
        return None
    y = y[0]
    text = (f"I've lost my reading glasses again and I can't quite see from over here, is there anything in the "
            f"{_c(w, y)} bowl at the moment?")
    return text, answered(yes(bool(w.state.in_bowl(y))))


def k32_q_gamer(w: World) -> Made:
    y = w.pick(w.bowls)
    if not y or not w.state.in_bowl(y[0]):
        return None
    return f"how many blocks r in the {_c(w, y[0])} bowl rn", answered(str(len(w.state.in_bowl(y[0]))))


def k32_q_british(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    y = w.state.base(x)
    text = f"Sorry to be a bother, but which bowl is the {_c(w, x)} block in?"
    return text, answered(f"{_c(w, y)}|bowl")


def k32_q_nonnative(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    y = w.rng.choice(live)
    tops = w.state.on_top(y)
    answer = f"{_c(w, tops[0])}|block" if tops else "nothing"
    return f"what is on {_c(w, y)} block?", answered(answer)


def k32_q_nurse(w: World) -> Made:
    x, y = w.pick(_live(w)), w.pick(w.bowls)
    if not x or not y:
        return None
    x, y = x[0], y[0]
    text = f"Confirm: is the {_c(w, x)} block in the {_c(w, y)} bowl? Yes or no."
    return text, answered(yes(w.state.base(x) == y))


def k32_q_sticky(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    return f"{_c(w, x[0])} block -- anything stacked on it?", answered(yes(not w.state.is_clear(x[0])))


# ----- matching ---------------------------------------------------------------------------------------
def k32_match_retiree(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    text = ("You know what would make me happy? If each block found its way home to the bowl of the same colour, "
            "like little ducklings following their mother.")
    return text, check


def k32_match_gamer(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    return "match em up pls, every block goes in its own colour bowl", check


def k32_match_british(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    return "Could you sort out the blocks into their matching bowls, there's a love?", check


def k32_match_nonnative(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    return "put every block to bowl of same colour", check


def k32_match_nurse(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    return "Next task: colour match. Each block to its corresponding bowl. Proceed.", check


def k32_match_sticky(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    return "blocks -> same colour bowls", check


FRESH32: list[Template] = [
    ("k32_imp_retiree", "imperative", k32_imp_retiree),
    ("k32_imp_gamer", "imperative", k32_imp_gamer),
    ("k32_imp_british", "imperative", k32_imp_british),
    ("k32_imp_nonnative", "imperative", k32_imp_nonnative),
    ("k32_imp_nurse", "imperative", k32_imp_nurse),
    ("k32_imp_sticky", "imperative", k32_imp_sticky),
    ("k32_dec_retiree", "declarative", k32_dec_retiree),
    ("k32_dec_gamer", "declarative", k32_dec_gamer),
    ("k32_dec_british", "declarative", k32_dec_british),
    ("k32_dec_nonnative", "declarative", k32_dec_nonnative),
    ("k32_dec_nurse", "declarative", k32_dec_nurse),
    ("k32_dec_sticky", "declarative", k32_dec_sticky),
    ("k32_des_retiree", "desiderative", k32_des_retiree),
    ("k32_des_gamer", "desiderative", k32_des_gamer),
    ("k32_des_british", "desiderative", k32_des_british),
    ("k32_des_nonnative", "desiderative", k32_des_nonnative),
    ("k32_des_nurse", "desiderative", k32_des_nurse),
    ("k32_des_sticky", "desiderative", k32_des_sticky),
    ("k32_qua_retiree", "quantified", k32_qua_retiree),
    ("k32_qua_gamer", "quantified", k32_qua_gamer),
    ("k32_qua_british", "quantified", k32_qua_british),
    ("k32_qua_nonnative", "quantified", k32_qua_nonnative),
    ("k32_qua_nurse", "quantified", k32_qua_nurse),
    ("k32_qua_sticky", "quantified", k32_qua_sticky),
    ("k32_neg_retiree", "negated", k32_neg_retiree),
    ("k32_neg_gamer", "negated", k32_neg_gamer),
    ("k32_neg_british", "negated", k32_neg_british),
    ("k32_neg_nonnative", "negated", k32_neg_nonnative),
    ("k32_neg_nurse", "negated", k32_neg_nurse),
    ("k32_neg_sticky", "negated", k32_neg_sticky),
    ("k32_rel_retiree", "relative", k32_rel_retiree),
    ("k32_rel_gamer", "relative", k32_rel_gamer),
    ("k32_rel_british", "relative", k32_rel_british),
    ("k32_rel_nonnative", "relative", k32_rel_nonnative),
    ("k32_rel_nurse", "relative", k32_rel_nurse),
    ("k32_rel_sticky", "relative", k32_rel_sticky),
    ("k32_keep_retiree", "keep", k32_keep_retiree),
    ("k32_keep_gamer", "keep", k32_keep_gamer),
    ("k32_keep_british", "keep", k32_keep_british),
    ("k32_keep_nonnative", "keep", k32_keep_nonnative),
    ("k32_keep_nurse", "keep", k32_keep_nurse),
    ("k32_keep_sticky", "keep", k32_keep_sticky),
    ("k32_multi_retiree", "multi_step", k32_multi_retiree),
    ("k32_multi_gamer", "multi_step", k32_multi_gamer),
    ("k32_multi_british", "multi_step", k32_multi_british),
    ("k32_multi_nonnative", "multi_step", k32_multi_nonnative),
    ("k32_multi_nurse", "multi_step", k32_multi_nurse),
    ("k32_multi_sticky", "multi_step", k32_multi_sticky),
    ("k32_q_retiree", "question", k32_q_retiree),
    ("k32_q_gamer", "question", k32_q_gamer),
    ("k32_q_british", "question", k32_q_british),
    ("k32_q_nonnative", "question", k32_q_nonnative),
    ("k32_q_nurse", "question", k32_q_nurse),
    ("k32_q_sticky", "question", k32_q_sticky),
    ("k32_match_retiree", "matching", k32_match_retiree),
    ("k32_match_gamer", "matching", k32_match_gamer),
    ("k32_match_british", "matching", k32_match_british),
    ("k32_match_nonnative", "matching", k32_match_nonnative),
    ("k32_match_nurse", "matching", k32_match_nurse),
    ("k32_match_sticky", "matching", k32_match_sticky),
]
