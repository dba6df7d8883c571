"""`FRESH63`, the sixty-fourth untuned batch: sixty language templates, six per category, whose theme is goal
sentences that describe several relations at once, as lists and conjunctions.

The six styles, one template per style in every category: 'list' (X on Y, Z in W and V in the bin), 'grouped'
(A, B and C all in W; both X and Y on the table), 'negatives' (nothing on X, and Y in no bowl), 'mixed' (a goal
relation plus a keep: X in W while Y stays put), 'counts' (W with two blocks and V empty) and 'chain' (X on Y on Z;
a tower of A, B, C from the bottom). Questions may ask about several things too, but have one right answer.

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; each
template returns None where its scene would make the sentence ambiguous, impossible or already true.

Its first run (300 instructions, seed 0, on be37a97, after every fix before it and before anything it could prompt):
0.547 goal-correct (164 of 300), 121 refused, 15 wrong: fifteen wrong replies (yes/no questions about several things at
once: 'Are both X and Y ...?', 'Is it true that ... and that ...?', 'Is X on Y, which is itself on Z?').
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

_BIN_CAPACITY = 5
_GAP = 0.03


# ----- helpers ------------------------------------------------------------------------------------------
def _b(w: World, x: str) -> str:
    return f"the {w.colour(x)} block"


def _w(w: World, x: str) -> str:
    return f"the {w.colour(x)} bowl"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _place(p: str) -> str:
    """'in the middle', 'in the top left corner'."""
    return f"in the {p}"


def _below(w: World, x: str) -> list[str]:
    """The blocks under `x` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[x]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _bottom(w: World, x: str) -> str:
    under = _below(w, x)
    return under[-1] if under else x


def _apart(w: World, *xs: str) -> bool:
    """No two of `xs` share a tower."""
    bottoms = [_bottom(w, x) for x in xs]
    return len(set(bottoms)) == len(bottoms)


def _seat(w: World, x: str) -> bool:
    """A block on the table (not in a bowl or the bin) that can take one more block on top of it."""
    return (
        w.state.base(x) in (TABLE, *PLACES) and len(_below(w, x)) + 1 < layout.MAX_TOWER
    )


def _ground(w: World, x: str) -> bool:
    """A block resting right on the table, nothing under it."""
    return w.state.support[x] == TABLE


def _room(w: World, bowl: str, incoming: list[str]) -> bool:
    new = [x for x in incoming if w.state.base(x) != bowl]
    return len(w.state.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _binned_now(w: World) -> list[str]:
    return [x for x in w.blocks if w.state.base(x) == BIN]


def _bin_room(w: World, incoming: list[str]) -> bool:
    return len(set(_binned_now(w)) | set(incoming)) <= _BIN_CAPACITY


def _free(w: World, keep: list[str], touched: list[str]) -> bool:
    """None of `keep` is touched or sits above a block that must move or take a block."""
    return all(
        t not in keep and not any(k in w.state.above(t) for k in keep) for t in touched
    )


def _in_bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for x in f.support if f.base(x) == BIN) == n


def _in_no_bowl(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(x) not in f.bowls for x in blocks)


def _lone(w: World, x: str) -> bool:
    """No other block within _GAP of `x` across the table (so left/right/near orderings are clear)."""
    return all(abs(w.y(x) - w.y(o)) >= _GAP for o in w.blocks if o != x)


def _leftmost(w: World) -> str | None:
    x = min(w.blocks, key=w.y)
    return x if _lone(w, x) else None


def _rightmost(w: World) -> str | None:
    x = max(w.blocks, key=w.y)
    return x if _lone(w, x) else None


def _near_place(w: World, place: str, k: int = 1) -> list[str] | None:
    """The `k` blocks nearest a named place, when the next one is at least _GAP further away."""
    px, py = layout.PLACES[place]

    def d(x: str) -> float:
        pos = w.scene.get(x).position
        return ((pos[0] - px) ** 2 + (pos[1] - py) ** 2) ** 0.5

    order = sorted(w.blocks, key=d)
    if len(order) <= k or d(order[k]) - d(order[k - 1]) < _GAP:
        return None
    return order[:k]


def _open_matches(w: World) -> list[Rel]:
    """The colour-matching relations that do not hold yet."""
    return [r for r in matching(w) if not rels(r)(w.state, w.state)]


def _matches_fit(w: World) -> bool:
    return all(_room(w, r.target, [r.block]) for r in matching(w))


def _unmatched(w: World) -> list[str]:
    bowl_colours = {w.colour(b) for b in w.bowls}
    return [x for x in w.blocks if w.colour(x) not in bowl_colours]


def _first(items: list[str]) -> str | None:
    return items[0] if items else None


# ----- imperative -----------------------------------------------------------------------------------------
def r63_imp_list(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    seats = [x for x in w.blocks if _seat(w, x)]
    if not seats or len(w.blocks) < 4:
        return None
    b = w.pick(seats)[0]
    movers = [x for x in w.blocks if x != b and _apart(w, x, b)]
    a = _first(w.pick(movers))
    if a is None:
        return None
    rest = [x for x in w.blocks if x not in (a, b)]
    into = [x for x in rest if w.state.base(x) != bowl]
    if not into or not _room(w, bowl, into[:1]):
        return None
    c = w.pick(into)[0]
    d = _first(w.pick([x for x in rest if x != c]))
    if d is None:
        return None
    text = f"Put {_b(w, a)} on {_b(w, b)}, {_b(w, c)} in {_w(w, bowl)} and {_b(w, d)} in the bin."
    return text, rels(Rel("on", a, b), Rel("in", c, bowl), Rel("in_bin", d))


def r63_imp_grouped(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    outside = [x for x in w.blocks if w.state.base(x) != bowl]
    n = min(3, layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl)), len(outside))
    if n < 2:
        return None
    group = w.pick(outside, n)
    names = [w.colour(x) for x in group]
    if n == 3:
        text = f"Get the {names[0]}, the {names[1]} and the {names[2]} block all into {_w(w, bowl)}, would you."
    else:
        text = f"Get the {names[0]} and the {names[1]} block both into {_w(w, bowl)}, would you."
    return text, rels(*(Rel("in", x, bowl) for x in group))


def r63_imp_negatives(w: World) -> Made:
    bowled = w.in_bowls()
    if not bowled:
        return None
    b = w.pick(bowled)[0]
    bowl = w.state.base(b)
    covered = [x for x in w.blocks if x != b and not w.state.is_clear(x)]
    pool = (
        covered if covered and w.rng.random() < 0.6 else [x for x in w.blocks if x != b]
    )
    a = _first(w.pick(pool))
    if a is None:
        return None
    text = (
        f"Make sure nothing's left on {_b(w, a)}, and take {_b(w, b)} out of {_w(w, bowl)} "
        "without putting it into any other bowl."
    )
    return text, both(rels(Rel("clear", a)), _in_no_bowl([b]))


def r63_imp_mixed(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    movers = [x for x in w.blocks if w.state.base(x) != bowl]
    if not movers or not _room(w, bowl, movers[:1]):
        return None
    a = w.pick(movers)[0]
    stay = [x for x in w.blocks if _free(w, [x], [a])]
    b = _first(w.pick(stay))
    if b is None:
        return None
    text = f"Move {_b(w, a)} into {_w(w, bowl)} - {_b(w, b)} stays put, though."
    return text, both(rels(Rel("in", a, bowl)), kept(b))


def r63_imp_counts(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    full, clear = w.pick(w.bowls, 2)
    if len(w.state.in_bowl(full)) == 2 and not w.state.in_bowl(clear):
        return None
    text = f"See that {_w(w, full)} ends up with exactly two blocks, and clear out {_w(w, clear)} completely."
    return text, both(count_in(full, 2), empty(clear))


def r63_imp_chain(w: World) -> Made:
    grounds = [x for x in w.blocks if _ground(w, x)]
    if not grounds or len(w.blocks) < 3:
        return None
    c = w.pick(grounds)[0]
    a, b = w.pick([x for x in w.blocks if x != c], 2)
    check = rels(Rel("on", a, b), Rel("on", b, c))
    if check(w.state, w.state):
        return None
    return f"Stack {_b(w, a)} on {_b(w, b)} on {_b(w, c)}.", check


# ----- declarative ----------------------------------------------------------------------------------------
def r63_dec_list(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    bowl = w.pick(w.bowls)[0]
    place = w.pick(list(PLACES))[0]
    into = [x for x in w.blocks if w.state.base(x) != bowl]
    if not into or not _room(w, bowl, into[:1]):
        return None
    a = w.pick(into)[0]
    b, c = w.pick([x for x in w.blocks if x != a], 2)
    text = (
        f"{_cap(_b(w, a))} goes in {_w(w, bowl)}, {_b(w, b)} sits {_place(place)}, "
        f"and {_b(w, c)} ends up in the bin."
    )
    return text, rels(Rel("in", a, bowl), Rel("at", b, place), Rel("in_bin", c))


def r63_dec_grouped(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    place = w.pick(list(PLACES))[0]
    group = w.pick(w.blocks, 3)
    names = [w.colour(x) for x in group]
    text = f"The {names[0]}, {names[1]} and {names[2]} blocks all belong together {_place(place)}."
    return text, rels(*(Rel("at", x, place) for x in group))


def r63_dec_negatives(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = f"{_cap(_w(w, bowl))} has nothing left in it, and the bin has nothing in it either."
    return text, both(empty(bowl), none_binned(w.blocks))


def r63_dec_mixed(w: World) -> Made:
    seats = [x for x in w.blocks if _seat(w, x)]
    if not seats or len(w.blocks) < 3:
        return None
    b = w.pick(seats)[0]
    a = _first(w.pick([x for x in w.blocks if x != b and _apart(w, x, b)]))
    if a is None:
        return None
    c = _first(
        w.pick([x for x in w.blocks if x not in (a, b) and _free(w, [x], [a, b])])
    )
    if c is None:
        return None
    text = f"End state: {_b(w, a)} resting on {_b(w, b)}, with {_b(w, c)} exactly where it was."
    return text, both(rels(Rel("on", a, b)), kept(c))


def r63_dec_counts(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    bowl = w.pick(w.bowls)[0]
    check = both(count_in(bowl, 2), _in_bin_count(1))
    text = f"Two blocks in {_w(w, bowl)}, one block in the bin - that's how the table should look."
    return text, check


def r63_dec_chain(w: World) -> Made:
    grounds = [x for x in w.blocks if _ground(w, x)]
    if not grounds or len(w.blocks) < 3:
        return None
    c = w.pick(grounds)[0]
    b, a = w.pick([x for x in w.blocks if x != c], 2)
    check = rels(Rel("stacked", c, b, a))
    if check(w.state, w.state):
        return None
    text = f"The finished tower reads, from the bottom up: {_b(w, c)}, {_b(w, b)}, {_b(w, a)}."
    return text, check


# ----- desiderative ---------------------------------------------------------------------------------------
def r63_des_list(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    bowl = w.pick(w.bowls)[0]
    place = w.pick(list(PLACES))[0]
    seats = [x for x in w.blocks if _seat(w, x)]
    if not seats:
        return None
    c = w.pick(seats)[0]
    b = _first(w.pick([x for x in w.blocks if x != c and _apart(w, x, c)]))
    if b is None:
        return None
    into = [x for x in w.blocks if x not in (b, c) and w.state.base(x) != bowl]
    if not into or not _room(w, bowl, into[:1]):
        return None
    d = w.pick(into)[0]
    a = _first(w.pick([x for x in w.blocks if x not in (b, c, d)]))
    if a is None:
        return None
    text = (
        f"I'd like {_b(w, a)} {_place(place)}, {_b(w, b)} on top of {_b(w, c)}, "
        f"and {_b(w, d)} in {_w(w, bowl)}, please."
    )
    return text, rels(Rel("at", a, place), Rel("on", b, c), Rel("in", d, bowl))


def r63_des_grouped(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return f"What I want is {_b(w, a)} and {_b(w, b)} both in the bin.", binned([a, b])


def r63_des_negatives(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    a = _first(w.pick([x for x in w.blocks if w.state.base(x) != bowl]))
    if a is None:
        return None
    text = f"I want no blocks left in {_w(w, bowl)}, and nothing sitting on {_b(w, a)} either."
    return text, both(empty(bowl), rels(Rel("clear", a)))


def r63_des_mixed(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    b = _first(w.pick([x for x in w.blocks if _free(w, [x], [a])]))
    if b is None:
        return None
    text = f"I'd like {_b(w, a)} in the bin, but please don't touch {_b(w, b)}."
    return text, both(binned([a]), kept(b))


def r63_des_counts(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < 3:
        return None
    full, clear = w.pick(w.bowls, 2)
    check = both(count_in(full, 3), empty(clear))
    if check(w.state, w.state):
        return None
    text = f"I want {_w(w, full)} to end up with three blocks in it and {_w(w, clear)} with none."
    return text, check


def r63_des_chain(w: World) -> Made:
    grounds = [x for x in w.blocks if _ground(w, x)]
    if not grounds or len(w.blocks) < 3:
        return None
    c = w.pick(grounds)[0]
    b, a = w.pick([x for x in w.blocks if x != c], 2)
    check = rels(Rel("stacked", c, b, a))
    if check(w.state, w.state):
        return None
    text = (
        f"I'd love a little tower with {_b(w, c)} at the base, {_b(w, b)} resting on it "
        f"and {_b(w, a)} crowning the lot."
    )
    return text, check


# ----- quantified -----------------------------------------------------------------------------------------
def r63_qua_list(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [x for x in w.blocks if x not in inside]
    if len(outside) < 2:
        return None
    a, b = w.pick(outside, 2)
    place = w.pick(list(PLACES))[0]
    text = (
        f"Every block in {_w(w, bowl)} onto the table, {_b(w, a)} into the bin, "
        f"and {_b(w, b)} over to the {place}."
    )
    return text, rels(
        *(Rel("on_table", x) for x in inside), Rel("in_bin", a), Rel("at", b, place)
    )


def r63_qua_grouped(w: World) -> Made:
    riders = [x for x, _s in w.pairs()]
    if not riders or not _bin_room(w, riders):
        return None
    return (
        "Take every block that's resting on another block and put them all in the bin.",
        binned(riders),
    )


def r63_qua_negatives(w: World) -> Made:
    if not w.in_bowls():
        return None
    text = "Every bowl should end up empty, and not a single block may go in the bin."
    return text, both(_in_no_bowl(w.blocks), none_binned(w.blocks))


def r63_qua_mixed(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    if not _bin_room(w, inside):
        return None
    a = _first(w.pick([x for x in w.blocks if x not in inside]))
    if a is None:
        return None
    text = f"Put all the blocks from {_w(w, bowl)} in the bin, but leave {_b(w, a)} where it is."
    return text, both(binned(inside), kept(a))


def r63_qua_counts(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls) + 2:
        return None
    check = both(*(count_in(b, 1) for b in w.bowls), _in_bin_count(2))
    return (
        "Each bowl gets exactly one block, and exactly two blocks go in the bin.",
        check,
    )


def r63_qua_chain(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    bases = [
        x for x in w.blocks if x not in inside and _ground(w, x) and w.state.is_clear(x)
    ]
    if not bases or 1 + len(inside) > layout.MAX_TOWER:
        return None
    a = w.pick(bases)[0]

    def check(_i, f) -> bool:
        def under(x: str) -> list[str]:
            out, s = [], f.support[x]
            while s in f.support:
                out.append(s)
                s = f.support[s]
            return out

        return all(a in under(x) for x in inside)

    text = f"Pile every single block from {_w(w, bowl)} on top of {_b(w, a)}."
    return text, check


# ----- negated --------------------------------------------------------------------------------------------
def r63_neg_list(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    bowl = w.pick(w.bowls)[0]
    seats = [x for x in w.blocks if _seat(w, x)]
    if not seats:
        return None
    c = w.pick(seats)[0]
    b = _first(w.pick([x for x in w.blocks if x != c and _apart(w, x, c)]))
    if b is None:
        return None
    into = [x for x in w.blocks if x not in (b, c) and w.state.base(x) != bowl]
    if not into or not _room(w, bowl, into[:1]):
        return None
    a = w.pick(into)[0]
    text = (
        f"Put {_b(w, a)} in {_w(w, bowl)} and {_b(w, b)} on {_b(w, c)}, and don't put "
        "anything in the bin while you're at it."
    )
    return text, both(rels(Rel("in", a, bowl), Rel("on", b, c)), none_binned(w.blocks))


def r63_neg_grouped(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    others = [x for x in w.blocks if x != a]
    if not _bin_room(w, others):
        return None
    text = f"All the blocks but {_b(w, a)} go in the bin, every last one of them."
    return text, both(binned(others), none_binned([a]))


def r63_neg_negatives(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    check = both(
        lambda _i, f: all(f.support[x] not in f.support for x in f.support), empty(bowl)
    )
    if check(w.state, w.state):
        return None
    text = f"No block should be left on top of another block, and none should be left in {_w(w, bowl)}."
    return text, check


def r63_neg_mixed(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    a = _first(w.pick([x for x in w.blocks if x not in inside]))
    if a is None:
        return None
    place = w.pick(list(PLACES))[0]
    text = f"Move {_b(w, a)} to the {place}, but don't touch anything in {_w(w, bowl)}."
    return text, both(rels(Rel("at", a, place)), kept(*inside))


def r63_neg_counts(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.state.in_bowl(bowl)) >= 2:
        return None
    text = f"{_cap(_w(w, bowl))} shouldn't have fewer than two blocks in it, and nothing should go in the bin."
    return text, both(count_in(bowl, 2, exact=False), none_binned(w.blocks))


def r63_neg_chain(w: World) -> Made:
    seats = [
        x
        for x in w.blocks
        if w.state.base(x) in (TABLE, *PLACES)
        and len(_below(w, x)) + 3 <= layout.MAX_TOWER
    ]
    if not seats or len(w.blocks) < 3:
        return None
    c = w.pick(seats)[0]
    movers = [x for x in w.blocks if x != c and x not in _below(w, c)]
    if len(movers) < 2:
        return None
    b, a = w.pick(movers, 2)
    check = both(rels(Rel("on", b, c), Rel("on", a, b)), kept(c))
    if check(w.state, w.state):
        return None
    text = f"Don't move {_b(w, c)} - build on it instead: {_b(w, b)} on it, then {_b(w, a)} on top of that."
    return text, check


# ----- relative -------------------------------------------------------------------------------------------
def r63_rel_list(w: World) -> Made:
    ends = [
        (word, x)
        for word, x in (("Leftmost", _leftmost(w)), ("Rightmost", _rightmost(w)))
        if x is not None
    ]
    if not ends:
        return None
    word, end = w.rng.choice(ends)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(end) == bowl or not _room(w, bowl, [end]):
        return None
    options = [(p, n[0]) for p in PLACES if (n := _near_place(w, p)) and n[0] != end]
    if not options:
        return None
    place, near = w.rng.choice(options)
    text = f"{word} block into {_w(w, bowl)}, and whichever block is nearest the {place} into the bin."
    return text, rels(Rel("in", end, bowl), Rel("in_bin", near))


def r63_rel_grouped(w: World) -> Made:
    options = [(p, n) for p in PLACES if (n := _near_place(w, p, 2))]
    if not options:
        return None
    place, pair = w.rng.choice(options)
    if not _bin_room(w, pair):
        return None
    text = f"Take the two blocks closest to the {place} and put them both in the bin."
    return text, binned(pair)


def r63_rel_negatives(w: World) -> Made:
    bowled = w.in_bowls()
    if not bowled:
        return None
    b = w.pick(bowled)[0]
    bowl = w.state.base(b)
    inside = w.state.in_bowl(bowl)
    text = f"No blocks left in whichever bowl holds {_b(w, b)}, and none of them in the bin."
    return text, both(empty(bowl), none_binned(inside))


def r63_rel_mixed(w: World) -> Made:
    bases = [x for x in w.blocks if len(w.state.above(x)) == 1]
    if not bases:
        return None
    a = w.pick(bases)[0]
    top = w.state.above(a)[0]
    place = w.pick(list(PLACES))[0]
    text = f"Move the block on top of {_b(w, a)} to the {place}, leaving {_b(w, a)} where it is."
    return text, both(rels(Rel("at", top, place)), kept(a))


def r63_rel_counts(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    order = sorted(w.blocks, key=w.y, reverse=True)
    y = [w.y(x) for x in order[:3]]
    if y[0] - y[1] < _GAP or y[1] - y[2] < _GAP:
        return None
    pair = order[:2]
    bowl = w.pick(w.bowls)[0]
    check = both(count_in(bowl, 2), rels(*(Rel("in", x, bowl) for x in pair)))
    if check(w.state, w.state):
        return None
    text = f"Make {_w(w, bowl)} hold just the two right-most blocks, and nothing besides them."
    return text, check


def r63_rel_chain(w: World) -> Made:
    options = [
        (p, n[0]) for p in PLACES if (n := _near_place(w, p)) and _ground(w, n[0])
    ]
    if not options or len(w.blocks) < 3:
        return None
    place, base = w.rng.choice(options)
    b, a = w.pick([x for x in w.blocks if x != base], 2)
    check = rels(Rel("on", b, base), Rel("on", a, b))
    if check(w.state, w.state):
        return None
    text = (
        f"Build up from the block closest to the {place}: {_b(w, b)} goes on it, "
        f"and {_b(w, a)} goes on {_b(w, b)}."
    )
    return text, check


# ----- keep -----------------------------------------------------------------------------------------------
def r63_keep_list(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    d = w.pick(w.blocks)[0]
    stay = [x for x in w.blocks if _free(w, [x], [d])]
    if len(stay) < 3 or not _bin_room(w, [d]):
        return None
    a, b, c = w.pick(stay, 3)
    text = (
        f"Leave {_b(w, a)}, {_b(w, b)} and {_b(w, c)} where they are, "
        f"and chuck {_b(w, d)} in the bin."
    )
    return text, both(kept(a, b, c), binned([d]))


def r63_keep_grouped(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a = w.pick(w.blocks)[0]
    stay = [x for x in w.blocks if _free(w, [x], [a])]
    if len(stay) < 2:
        return None
    b, c = w.pick(stay, 2)
    place = w.pick(list(PLACES))[0]
    text = (
        f"Set {_b(w, a)} down {_place(place)}; {_b(w, b)} and {_b(w, c)} both stay "
        "exactly where they are."
    )
    return text, both(rels(Rel("at", a, place)), kept(b, c))


def r63_keep_negatives(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    movers = [x for x in w.blocks if w.state.base(x) != bowl]
    if not movers or not _room(w, bowl, movers[:1]):
        return None
    b = w.pick(movers)[0]
    stay = [
        x for x in w.blocks if x != b and w.state.is_clear(x) and _free(w, [x], [b])
    ]
    a = _first(w.pick(stay))
    if a is None:
        return None
    text = f"Put {_b(w, b)} in {_w(w, bowl)}. Don't move {_b(w, a)}, and don't put anything on it."
    return text, both(rels(Rel("in", b, bowl), Rel("clear", a)), kept(a))


def r63_keep_mixed(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    seats = [x for x in w.blocks if x not in inside and _seat(w, x)]
    if not seats:
        return None
    b = w.pick(seats)[0]
    a = _first(
        w.pick([x for x in w.blocks if x not in inside and x != b and _apart(w, x, b)])
    )
    if a is None:
        return None
    c = _first(
        w.pick(
            [
                x
                for x in w.blocks
                if x not in inside and x not in (a, b) and _free(w, [x], [a, b])
            ]
        )
    )
    if c is None:
        return None
    if inside:
        text = (
            f"{_cap(_b(w, a))} goes on {_b(w, b)}; meanwhile {_b(w, c)} and whatever's in "
            f"{_w(w, bowl)} stay where they are."
        )
        return text, both(rels(Rel("on", a, b)), kept(c, *inside))
    text = (
        f"{_cap(_b(w, a))} goes on {_b(w, b)}; meanwhile {_b(w, c)} stays where it is "
        f"and {_w(w, bowl)} stays empty."
    )
    return text, both(rels(Rel("on", a, b)), kept(c), empty(bowl))


def r63_keep_counts(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    if len(inside) >= 2:
        return None
    outside = [x for x in w.blocks if x not in inside]
    if len(outside) < 2:
        return None
    a, b = w.pick(outside, 2)
    movable = [x for x in outside if x not in (a, b) and _free(w, [a, b], [x])]
    if len(inside) + len(movable) < 2:
        return None
    text = f"Get {_w(w, bowl)} up to exactly two blocks, without moving {_b(w, a)} or {_b(w, b)}."
    return text, both(count_in(bowl, 2), kept(a, b))


def r63_keep_chain(w: World) -> Made:
    grounds = [x for x in w.blocks if _ground(w, x)]
    if not grounds or len(w.blocks) < 4:
        return None
    c = w.pick(grounds)[0]
    b, a = w.pick([x for x in w.blocks if x != c], 2)
    d = _first(
        w.pick([x for x in w.blocks if x not in (a, b, c) and _free(w, [x], [a, b, c])])
    )
    if d is None:
        return None
    check = both(rels(Rel("stacked", c, b, a)), kept(d))
    if check(w.state, w.state):
        return None
    text = f"Build a tower of {_b(w, c)}, {_b(w, b)} and {_b(w, a)}, from the bottom, while {_b(w, d)} stays put."
    return text, check


# ----- multi-step -----------------------------------------------------------------------------------------
def r63_multi_list(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    bowl = w.pick(w.bowls)[0]
    seats = [x for x in w.blocks if _seat(w, x)]
    if not seats:
        return None
    c = w.pick(seats)[0]
    b = _first(w.pick([x for x in w.blocks if x != c and _apart(w, x, c)]))
    if b is None:
        return None
    into = [x for x in w.blocks if x not in (b, c) and w.state.base(x) != bowl]
    if not into or not _room(w, bowl, into[:1]):
        return None
    d = w.pick(into)[0]
    a = _first(w.pick([x for x in w.blocks if x not in (b, c, d)]))
    if a is None:
        return None
    text = (
        f"First put {_b(w, a)} in the bin, then {_b(w, b)} on {_b(w, c)}, and finally "
        f"{_b(w, d)} in {_w(w, bowl)}."
    )
    return text, rels(Rel("in_bin", a), Rel("on", b, c), Rel("in", d, bowl))


def r63_multi_grouped(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    place = w.pick(list(PLACES))[0]
    text = f"Move {_b(w, a)} and {_b(w, b)} over to the {place} first, then drop {_b(w, c)} in the bin."
    return text, rels(Rel("at", a, place), Rel("at", b, place), Rel("in_bin", c))


def r63_multi_negatives(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    covered = [
        x for x in w.blocks if not w.state.is_clear(x) and w.state.base(x) != bowl
    ]
    if covered:
        a = w.pick(covered)[0]
        text = (
            f"Empty {_w(w, bowl)} first, then take whatever is on {_b(w, a)} off it - "
            "and none of it goes in the bin."
        )
        return text, both(empty(bowl), rels(Rel("clear", a)), none_binned(w.blocks))
    text = f"First empty {_w(w, bowl)}, then unstack anything that's stacked, and keep the bin out of it."
    return text, both(
        empty(bowl),
        lambda _i, f: all(f.support[x] not in f.support for x in f.support),
        none_binned(w.blocks),
    )


def r63_multi_mixed(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    bowl = w.pick(w.bowls)[0]
    place = w.pick(list(PLACES))[0]
    into = [x for x in w.blocks if w.state.base(x) != bowl]
    if not into or not _room(w, bowl, into[:1]):
        return None
    b = w.pick(into)[0]
    a = w.pick([x for x in w.blocks if x != b])[0]
    c = _first(
        w.pick([x for x in w.blocks if x not in (a, b) and _free(w, [x], [a, b])])
    )
    if c is None:
        return None
    text = (
        f"Put {_b(w, a)} {_place(place)}, then {_b(w, b)} in {_w(w, bowl)}; "
        f"{_b(w, c)} stays where it is the whole time."
    )
    return text, both(rels(Rel("at", a, place), Rel("in", b, bowl)), kept(c))


def r63_multi_counts(w: World) -> Made:
    open_bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not open_bowls or len(w.blocks) < 3:
        return None
    bowl = w.pick(open_bowls)[0]
    text = f"First put two blocks into the empty {w.colour(bowl)} bowl, then one block into the bin."
    return text, both(count_in(bowl, 2), _in_bin_count(1))


def r63_multi_chain(w: World) -> Made:
    grounds = [x for x in w.blocks if _ground(w, x)]
    if not grounds or len(w.blocks) < 4:
        return None
    c = w.pick(grounds)[0]
    b, a, d = w.pick([x for x in w.blocks if x != c], 3)
    check = rels(Rel("on", b, c), Rel("on", a, b), Rel("on", d, a))
    if check(w.state, w.state):
        return None
    text = (
        f"Put {_b(w, b)} on {_b(w, c)}, then {_b(w, a)} on top of it, "
        f"and after that stick {_b(w, d)} on the very top."
    )
    return text, check


# ----- question -------------------------------------------------------------------------------------------
def _where(w: World, x: str) -> str | None:
    """The one answer for where `x` is, when it rests right on the table or right in a bowl."""
    s = w.state.support[x]
    if s == TABLE:
        return "table"
    if s in w.bowls:
        return f"{w.colour(s)} bowl"
    return None


def r63_q_list(w: World) -> Made:
    known = [x for x in w.blocks if _where(w, x) is not None]
    if len(known) < 2:
        return None
    bowled = [x for x in known if w.state.support[x] in w.bowls]
    if bowled and w.rng.random() < 0.7:
        a = w.pick(bowled)[0]
        b = w.pick([x for x in known if x != a])[0]
    else:
        a, b = w.pick(known, 2)
    parts = [_where(w, a), _where(w, b)]
    return f"Where are {_b(w, a)} and {_b(w, b)} right now?", answered(
        "|".join(p for p in parts if p)
    )


def r63_q_grouped(w: World) -> Made:
    """Blocks right on the table (yes) or in a bowl (no): never a block stacked on the table, which reads both ways."""
    clear_cut = [
        x for x in w.blocks if w.state.support[x] == TABLE or w.state.base(x) in w.bowls
    ]
    if len(clear_cut) < 2:
        return None
    a, b = w.pick(clear_cut, 2)
    flag = all(w.state.support[x] == TABLE for x in (a, b))
    return f"Are both {_b(w, a)} and {_b(w, b)} sitting on the table?", answered(
        yes(flag)
    )


def r63_q_negatives(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    covered = [x for x in w.blocks if not w.state.is_clear(x)]
    pool = covered if covered and w.rng.random() < 0.4 else w.blocks
    a = w.pick(pool)[0]
    flag = w.state.is_clear(a) and not w.state.in_bowl(bowl)
    text = f"Is it true that nothing is on {_b(w, a)} and that {_w(w, bowl)} has nothing in it?"
    return text, answered(yes(flag))


def r63_q_mixed(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    others = [x for x in w.blocks if x not in inside and _where(w, x) is not None]
    a = _first(w.pick(others))
    if a is None:
        return None
    colours = [w.colour(x) for x in inside]
    if any(c in (w.colour(a), w.colour(bowl)) for c in colours):
        return None
    parts = [*colours, _where(w, a)]
    return f"What's in {_w(w, bowl)}, and where's {_b(w, a)}?", answered(
        "|".join(p for p in parts if p)
    )


def r63_q_counts(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    v, u = w.pick(w.bowls, 2)
    n = len(w.state.in_bowl(v)) + len(w.state.in_bowl(u))
    if n < 1:
        return None
    text = f"Counting both {_w(w, v)} and {_w(w, u)}, how many blocks do they hold between them?"
    return text, answered(str(n))


def r63_q_chain(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    sup = w.state.support
    towers = [
        (x, sup[x], sup[sup[x]])
        for x in w.blocks
        if sup[x] in sup and sup[sup[x]] in sup
    ]
    pairs = w.pairs()
    roll = w.rng.random()
    if pairs and roll < 0.5:
        a, b = w.pick(pairs)[0]  # type: ignore[misc]
        if sup[b] in sup or (towers and roll < 0.2):
            a, b, c = (a, b, sup[b]) if sup[b] in sup else w.pick(towers)[0]  # type: ignore[misc]
            return (
                f"Is {_b(w, a)} on {_b(w, b)}, which is itself on {_b(w, c)}?",
                answered("Yes"),
            )
        flag = sup[b] == TABLE
        return f"Is {_b(w, a)} on {_b(w, b)}, which is itself on the table?", answered(
            yes(flag)
        )
    a, b, c = w.pick(w.blocks, 3)
    flag = sup[a] == b and sup[b] == c
    text = f"Is {_b(w, a)} on {_b(w, b)}, which is itself on {_b(w, c)}?"
    return text, answered(yes(flag))


# ----- matching -------------------------------------------------------------------------------------------
def r63_match_list(w: World) -> Made:
    if not _open_matches(w) or not _matches_fit(w):
        return None
    spare = [x for x in _unmatched(w) if w.state.base(x) != BIN]
    a = _first(w.pick(spare))
    if a is None:
        return None
    text = (
        f"Sort by colour - any block whose colour has a bowl goes in that bowl - "
        f"and put {_b(w, a)} in the bin."
    )
    return text, rels(*matching(w), Rel("in_bin", a))


def r63_match_grouped(w: World) -> Made:
    if not _open_matches(w) or not _matches_fit(w):
        return None
    return "Pair up every block with the bowl that's the same colour as it.", rels(
        *matching(w)
    )


def r63_match_negatives(w: World) -> Made:
    if not _open_matches(w) or not _matches_fit(w):
        return None

    def no_odd_ones(_i, f) -> bool:
        return all(
            f.colours[x] == f.colours[f.base(x)]
            for x in f.support
            if f.base(x) in f.bowls
        )

    text = (
        "No block should sit in a bowl of a different colour, and every block that has a bowl in its "
        "colour should be in it."
    )
    return text, both(rels(*matching(w)), no_odd_ones)


def r63_match_mixed(w: World) -> Made:
    opened = _open_matches(w)
    if not opened or not _matches_fit(w):
        return None
    moving = [r.block for r in opened]
    stay = [x for x in _unmatched(w) if _free(w, [x], moving)]
    a = _first(w.pick(stay))
    if a is None:
        return None
    text = f"Put each block in the bowl that's its own colour, but leave {_b(w, a)} where it is."
    return text, both(rels(*matching(w)), kept(a))


def r63_match_counts(w: World) -> Made:
    found = matching(w)
    if not found:
        return None
    check = both(rels(*found), *(count_in(r.target, 1) for r in found))
    if check(w.state, w.state):
        return None
    text = (
        "Wherever a bowl has a block of the same colour, that bowl should end up holding that one block "
        "and nothing else."
    )
    return text, check


def r63_match_chain(w: World) -> Made:
    if not matching(w) or not _matches_fit(w):
        return None
    spare = _unmatched(w)
    if not 2 <= len(spare) <= layout.MAX_TOWER:
        return None
    check = rels(*matching(w), Rel("tower", *spare))
    if check(w.state, w.state):
        return None
    text = (
        "Send each block to the bowl of its colour, and stack every block that has no bowl of its "
        "colour into a single tower on the table."
    )
    return text, check


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
_STYLES = ("list", "grouped", "negatives", "mixed", "counts", "chain")

FRESH63: list[Template] = [
    (f"r63_{short}_{style}", category, globals()[f"r63_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
