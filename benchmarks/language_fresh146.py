"""`FRESH146`, the hundred-and-forty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

The theme is balance and equal shares: people ask for the blocks to be shared out evenly or compared across the
places that hold them (the bowls, the bin, the table, the four named corners): "even out the red and blue bowls",
"the same number of blocks in each bowl", "as many blocks in the bin as on the table", "one more block in W than
in V", "split the blocks evenly between the two corners", "balance the bowls". A count "in" a bowl, the bin or a
corner is the number of blocks whose tower stands there (a block stacked on a block in a bowl is in the bowl); "on
the table" counts every block whose tower stands on the table, corners included. What the checks accept:

- Every action check requires an empty gripper at the end, and, unless the sentence sends blocks to the bin, that
  no block ends in the bin (evening out or sharing never throws blocks away). Blocks the sentence does not concern
  may end anywhere else; they must stay where they were only when the sentence says so: a block "left where it
  is", "not moved" or "left alone" keeps its support; a bowl "kept as it is", "left alone" or "not touched" keeps
  the support of every block in it and its count; "without taking anything out of W": every block in W stays in W.
- Symmetric requests ("balance W and V", "W and V hold the same number", "I want the same number in the bin as in
  W", "even out W and V") accept any final counts that are equal and not zero; "as evenly as you can" accepts
  counts at most one apart. Requests to put blocks somewhere to match a reference ("put as many in W as there are
  in V", "put one more in W than in V", "give W the same number as V has") accept only the reference's count as
  it was (or as the earlier step left it), and the reference must keep that count. Explicit numbers are exact.
- "Split/spread/share these blocks evenly between W and V" requires every one of those blocks to end in W or V
  with equal shares (shares one apart when the sentence says "as evenly as you can"); "split all the blocks into
  equal groups" likewise for every block.
- "Until there are as many in W as are left on the table" and "more blocks in the bin than on the table" compare
  the final counts (and ask for at least one block on each side of an equality). Colour matching requires every
  block whose colour matches a bowl to end in that bowl (or, where one block is named, that block), along with the
  stated balance.
- Questions are answered from the scene before anything moves: "Yes"/"No", a digit, or a colour word (or "table").

The six styles:

- even: "Spread all the blocks evenly over the red bowl and the blue bowl."
- same: "Put the same number of blocks in the top left corner as there are in the red bowl."
- asmany: "There are as many blocks in the bin as there are on the table, and neither is empty."
- more: "Put one more block in the red bowl than in the blue bowl."
- split: "Split the blocks evenly between the bin and the top right corner."
- balance: "Balance the red bowl and the blue bowl so they hold the same number of blocks."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 90dfe7e, the code of 40f2bf0, after every fix before it and before anything
it could prompt): 0.0733 goal-correct (22 of 300), 252 refused, 26 wrong, three of them actions: 'add one block to every
bowl' put a block in one bowl; 'give every bowl exactly two blocks, making sure each block that has a bowl of its colour
ends up in it' put three in one bowl; '... then add the other blocks to the bowls so that they are as evenly filled as
possible' dropped the 'evenly'; twenty-three wrong replies: 'the number of blocks in W is the same as the number in V'
answered as a question (three), and twenty questions of balance ('are there as many blocks in W as on the table?',
'does W have as many blocks as V?', 'are the bowls balanced?'). Almost every other request was refused: nothing read
balance, equal shares or 'as many as' as a goal.
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

_NUM = ("no", "one", "two", "three", "four", "five", "six")
_CORNERS = tuple(p for p in PLACES if p.endswith("corner"))
_CAP = layout.BOWL_CAPACITY


# ----- small helpers ---------------------------------------------------------------------------------
def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _the(spot: str) -> str:
    return f"the {spot}"


def _at(spot: str) -> str:
    return "on the table" if spot == TABLE else f"in the {spot}"


def _nb(k: int) -> str:
    return f"{_NUM[k]} block" + ("" if k == 1 else "s")


def _names(spots: list[str]) -> str:
    parts = [_the(s) for s in spots]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _blist(w: World, blocks: list[str]) -> str:
    cols = [w.colour(b) for b in blocks]
    if len(cols) == 1:
        return f"the {cols[0]} block"
    return "the " + ", ".join(cols[:-1]) + " and " + cols[-1] + " blocks"


def _count(s: SymState, spot: str) -> int:
    if spot == TABLE:
        return len(s.on_the_table())
    return sum(1 for b in s.blocks if s.base(b) == spot)


def _inside_of(s: SymState, spot: str) -> list[str]:
    if spot == TABLE:
        return s.on_the_table()
    return [b for b in s.blocks if s.base(b) == spot]


def _done(*checks: Check) -> Check:
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _nobin(_i: SymState, f: SymState) -> bool:
    return all(f.base(b) != BIN for b in f.blocks)


def _equal(spots: list[str], least: int = 1, tol: int = 0) -> Check:
    def check(_i: SymState, f: SymState) -> bool:
        c = [_count(f, s) for s in spots]
        return min(c) >= least and max(c) - min(c) <= tol
    return check


def _is(spot: str, n: int) -> Check:
    return lambda _i, f: _count(f, spot) == n


def _inside(blocks: list[str], spots: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in spots for b in blocks)


def _share(blocks: list[str], spots: list[str], tol: int = 0) -> Check:
    """Every one of `blocks` ends in one of `spots`, with shares at most `tol` apart."""
    def check(_i: SymState, f: SymState) -> bool:
        if not all(f.base(b) in spots for b in blocks):
            return False
        c = [sum(1 for b in blocks if f.base(b) == s) for s in spots]
        return max(c) - min(c) <= tol
    return check


def _stay_in(spot: str) -> Check:
    """Nothing taken out of `spot`."""
    return lambda i, f: all(f.base(b) == spot for b in _inside_of(i, spot))


def _untouched(spot: str) -> Check:
    """`spot` left as it is: its blocks keep their support and nothing is added."""
    return lambda i, f: all(f.support[b] == i.support[b] for b in _inside_of(i, spot)) and (
        _count(f, spot) == _count(i, spot))


def _more(big: str, small: str, by: int | None = None) -> Check:
    def check(_i: SymState, f: SymState) -> bool:
        d = _count(f, big) - _count(f, small)
        return d == by if by is not None else d > 0
    return check


def _out(w: World, text: str, check: Check) -> Made:
    """The instance, unless doing nothing already satisfies it."""
    return None if check(w.state, w.state) else (text, check)


def _n(w: World, spot: str) -> int:
    return _count(w.state, spot)


def _flat(w: World, blocks: list[str] | None = None) -> list[str]:
    """Blocks resting directly on the table or a bowl (not on another block)."""
    return [b for b in (blocks if blocks is not None else w.blocks) if w.state.support[b] not in w.state.support]


def _on_table(w: World) -> list[str]:
    return w.state.on_the_table()


def _corner(w: World, k: int = 1) -> list[str]:
    return w.rng.sample(list(_CORNERS), k)


def _pair(w: World, unequal: bool = False, need_one: bool = False, empty: bool = False) -> tuple[str, str] | None:
    """Two places to compare: two bowls, a bowl and a corner, or two corners (`empty`: holding no block)."""
    bowls = [b for b in w.bowls if not empty or _n(w, b) == 0]
    options: list[tuple[str, str]] = []
    for a in bowls:
        for b in bowls:
            if a != b and (not unequal or _n(w, a) != _n(w, b)) and (not need_one or _n(w, a) > 0):
                options.append((a, b))
    if not options or w.rng.random() < 0.3:
        options += [(a, c) for a in bowls for c in _corner(w) if (not need_one or _n(w, a) > 0)
                    and (not unequal or _n(w, a) > 0)]
        if not unequal and not need_one:
            options.append(tuple(_corner(w, 2)))  # type: ignore[arg-type]
    if not options:
        return None
    a, b = w.rng.choice(options)
    return (b, a) if w.rng.random() < 0.5 and not need_one else (a, b)


def _nearest_corner(w: World, block: str, margin: float = 0.05) -> str | None:
    x, y = w.scene.get(block).position[:2]
    d = sorted((math.hypot(x - layout.PLACES[p][0], y - layout.PLACES[p][1]), p) for p in _CORNERS)
    return d[0][1] if d[1][0] - d[0][0] >= margin else None


def _nearest_bowl(w: World, block: str, margin: float = 0.05) -> str | None:
    if len(w.bowls) < 2:
        return None
    d = sorted((w.dist(block, b), b) for b in w.bowls)
    return d[0][1] if d[1][0] - d[0][0] >= margin else None


def _depth(w: World, block: str) -> int:
    """How many blocks the tower holds from its bottom up to and including `block`."""
    k, s = 1, w.state.support[block]
    while s in w.state.support:
        k, s = k + 1, w.state.support[s]
    return k


def _as_even(tol: int) -> str:
    return " as evenly as you can" if tol else " evenly"


# ----- imperative ------------------------------------------------------------------------------------
def t146_imp_even(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    k = w.rng.choice([2, len(w.bowls)])
    spots = w.pick(w.bowls, k)
    n = len(w.blocks)
    tol = 0 if n % k == 0 else 1
    where = ({2: "both bowls", 3: "all three bowls"}[k] if k == len(w.bowls) and w.rng.random() < 0.5
             else _names(spots))
    if tol == 0:
        text = w.rng.choice([f"Spread all the blocks evenly over {where}.",
                             f"Put every block into {where}, evenly.",
                             f"Even out all the blocks across {where}, leaving none outside them."])
    else:
        text = w.rng.choice([f"Spread all the blocks over {where} as evenly as you can.",
                             f"Put every block into {where}, as evenly as possible."])
    return _out(w, text, _done(_inside(w.blocks, spots), _equal(spots, 0, tol)))


def t146_imp_same(w: World) -> Made:
    n = len(w.blocks)
    full = [b for b in w.bowls if 1 <= _n(w, b) and 2 * _n(w, b) <= n]
    if not full:
        return None
    ref = w.rng.choice(full)
    a = _n(w, ref)
    others = [b for b in w.bowls if b != ref and _n(w, b) < a]
    x = w.rng.choice(others) if others and w.rng.random() < 0.6 else _corner(w)[0]
    text = w.rng.choice([f"Put the same number of blocks {_at(x)} as there are {_at(ref)}.",
                         f"Give {_the(x)} the same number of blocks that {_the(ref)} has.",
                         f"Add blocks to {_the(x)} until it has the same number as {_the(ref)}."])
    return _out(w, text, _done(_is(x, a), _is(ref, a), _nobin))


def t146_imp_asmany(w: World) -> Made:
    t = _n(w, TABLE)
    fits = [b for b in w.bowls if t - _n(w, b) > 0 and (t - _n(w, b)) % 2 == 0 and t + _n(w, b) <= 2 * _CAP]
    if not fits:
        return None
    bowl = w.rng.choice(fits)
    text = w.rng.choice([
        f"Move blocks from the table into {_the(bowl)} until it holds as many as are left on the table.",
        f"Keep taking blocks off the table and putting them in {_the(bowl)} until there are as many in the bowl "
        "as on the table.",
        f"Fill {_the(bowl)} from the table until the bowl and the table have as many blocks as each other."])
    return _out(w, text, _done(_equal([bowl, TABLE], 1), _nobin))


def t146_imp_more(w: World) -> Made:
    n = len(w.blocks)
    pairs = [(a, b) for a in w.bowls for b in w.bowls
             if a != b and _n(w, a) <= _n(w, b) and _n(w, b) + 1 <= _CAP and n >= 2 * _n(w, b) + 1]
    if pairs:
        big, small = w.rng.choice(pairs)
        b = _n(w, small)
        text = w.rng.choice([f"Put one more block in {_the(big)} than in {_the(small)}.",
                             f"Make {_the(big)} hold one block more than {_the(small)}.",
                             f"Add blocks to {_the(big)} until it has one more than {_the(small)}."])
        return _out(w, text, _done(_is(big, b + 1), _is(small, b), _nobin))
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([f"Put more blocks in {_the(bowl)} than there are on the table.",
                         f"Move blocks into {_the(bowl)} until it has more of them than the table."])
    return _out(w, text, _done(_more(bowl, TABLE), _nobin))


def t146_imp_split(w: World) -> Made:
    n = len(w.blocks)
    if n % 2 == 0 and w.rng.random() < 0.5:
        group = list(w.blocks)
    else:
        group = w.pick(w.blocks, w.rng.choice([2, 4]) if n >= 4 else 2)
    spots = list(_CORNERS) + [b for b in w.bowls if set(_inside_of(w.state, b)) <= set(group)]
    x, y = w.rng.sample(spots, 2)
    if len(group) == n:
        text = w.rng.choice([f"Split the blocks evenly between {_the(x)} and {_the(y)}.",
                             f"Divide the blocks between {_the(x)} and {_the(y)}, half in each."])
    else:
        text = w.rng.choice([f"Split {_blist(w, group)} evenly between {_the(x)} and {_the(y)}.",
                             f"Divide {_blist(w, group)} between {_the(x)} and {_the(y)}, the same number in each."])
    return _out(w, text, _done(_share(group, [x, y]), _nobin))


def t146_imp_balance(w: World) -> Made:
    pair = _pair(w, unequal=True)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice([f"Balance {_the(x)} and {_the(y)}.",
                         f"Balance {_the(x)} and {_the(y)} so they hold the same number of blocks.",
                         f"Balance {_the(x)} with {_the(y)}, giving them the same number of blocks."])
    return _out(w, text, _done(_equal([x, y], 1), _nobin))


# ----- declarative -----------------------------------------------------------------------------------
def t146_dec_even(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    x, y = pair
    k = w.rng.randint(1, min(3, len(w.blocks) // 2))
    text = w.rng.choice([f"{_cap(_the(x))} and {_the(y)} are even, with {_nb(k)} in each.",
                         f"There is an even split of {_NUM[k]} and {_NUM[k]} between {_the(x)} and {_the(y)}.",
                         f"{_cap(_the(x))} and {_the(y)} are evenly matched at {_nb(k)} apiece."])
    return _out(w, text, _done(_is(x, k), _is(y, k), _nobin))


def t146_dec_same(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice([
        f"{_cap(_the(x))} holds the same number of blocks as {_the(y)}, and neither is empty.",
        f"{_cap(_the(x))} and {_the(y)} have the same number of blocks in them, at least one each.",
        f"The number of blocks {_at(x)} is the same as the number {_at(y)}, and it is not zero."])
    return _out(w, text, _done(_equal([x, y], 1), _nobin))


def t146_dec_asmany(w: World) -> Made:
    if w.rng.random() < 0.7:
        text = w.rng.choice(["There are as many blocks in the bin as there are on the table, and neither is empty.",
                             "The bin holds as many blocks as the table does, and both hold at least one.",
                             "As many blocks are in the bin as are left on the table, with at least one in each."])
        return _out(w, text, _done(_equal([BIN, TABLE], 1)))
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([f"{_cap(_the(bowl))} holds as many blocks as the bin, and the bin is not empty.",
                         f"There are as many blocks in the bin as in {_the(bowl)}, at least one in each."])
    return _out(w, text, _done(_equal([BIN, bowl], 1)))


def t146_dec_more(w: World) -> Made:
    if len(w.bowls) >= 2 and w.rng.random() < 0.7:
        big, small = w.pick(w.bowls, 2)
        text = w.rng.choice([f"{_cap(_the(big))} holds one more block than {_the(small)}.",
                             f"{_cap(_the(small))} holds one block fewer than {_the(big)}.",
                             f"There is exactly one block more {_at(big)} than {_at(small)}."])
        return _out(w, text, _done(_more(big, small, 1), _nobin))
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([f"There are fewer blocks on the table than in {_the(bowl)}.",
                         f"{_cap(_the(bowl))} holds more blocks than the table does."])
    return _out(w, text, _done(_more(bowl, TABLE), _nobin))


def t146_dec_split(w: World) -> Made:
    n = len(w.blocks)
    group = list(w.blocks) if n % 2 == 0 else w.pick(w.blocks, n - 1)
    rest = [b for b in w.blocks if b not in group]
    spots = [BIN, *_CORNERS] + [b for b in w.bowls if set(_inside_of(w.state, b)) <= set(group)]
    x, y = w.rng.sample(spots, 2)
    if not rest:
        text = w.rng.choice([f"The blocks are split evenly between {_the(x)} and {_the(y)}.",
                             f"Half of the blocks are {_at(x)} and the other half are {_at(y)}."])
    else:
        text = f"{_cap(_blist(w, group))} are split evenly between {_the(x)} and {_the(y)}."
        if len(group) >= 4 and w.rng.random() < 0.5:
            text = f"Half of {_blist(w, group)} are {_at(x)} and the other half are {_at(y)}."
    return _out(w, text, _done(_share(group, [x, y]), none_binned(rest)))


def t146_dec_balance(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    k = len(w.bowls)
    text = w.rng.choice([
        "The bowls are balanced: each holds the same number of blocks, and none of them is empty.",
        "Every bowl holds the same number of blocks as the others, and no bowl is empty.",
        f"{'Both' if k == 2 else 'All three'} bowls are balanced, with the same number of blocks in each and at "
        "least one."])
    return _out(w, text, _done(_equal(w.bowls, 1), _nobin))


# ----- desiderative ----------------------------------------------------------------------------------
def t146_des_even(w: World) -> Made:
    group = _on_table(w)
    if len(group) < 2:
        return None
    pair = _pair(w, empty=True)
    if pair is None:
        return None
    x, y = pair
    tol = len(group) % 2
    if tol == 0:
        text = w.rng.choice([f"I'd like the blocks on the table shared out evenly between {_the(x)} and {_the(y)}.",
                             f"I want the blocks that are on the table spread evenly over {_the(x)} and {_the(y)}."])
    else:
        text = w.rng.choice([
            f"I'd like the blocks on the table spread over {_the(x)} and {_the(y)} as evenly as possible.",
            f"I want every block that is on the table moved to {_the(x)} or {_the(y)}, as evenly as you can."])
    return _out(w, text, _done(_share(group, [x, y], tol), _nobin))


def t146_des_same(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if _n(w, bowl) > 0 and w.rng.random() < 0.5:
        text = w.rng.choice([f"I want the same number of blocks in the bin as in {_the(bowl)}.",
                             f"I'd like the bin to hold the same number of blocks as {_the(bowl)}."])
    else:
        text = w.rng.choice([f"I want the same number of blocks in the bin as in {_the(bowl)}, and at least one "
                             "in each.",
                             f"I'd like the bin and {_the(bowl)} to hold the same number of blocks, neither of them "
                             "empty."])
    return _out(w, text, _done(_equal([BIN, bowl], 1)))


def t146_des_asmany(w: World) -> Made:
    bowls = w.bowls

    def in_bowls(s: SymState) -> int:
        return sum(_count(s, b) for b in bowls)

    where = "the bowls" if len(bowls) > 1 else _the(bowls[0])
    if len(w.blocks) % 2 == 0 and w.rng.random() < 0.5:
        text = w.rng.choice([f"I'd like as many blocks in {where} as on the table.",
                             f"I want the table and {where} to end up with as many blocks as each other."])
        check = _done(lambda _i, f: in_bowls(f) == _count(f, TABLE) >= 1, _nobin)
    else:
        together = " all together" if len(bowls) > 1 else ""
        text = w.rng.choice([f"I'd like the bin to hold as many blocks as {where}{together}, and not to be empty.",
                             f"I want as many blocks in the bin as there are in {where}, with at least one in each."])
        check = _done(lambda _i, f: in_bowls(f) == _count(f, BIN) >= 1)
    return _out(w, text, check)


def t146_des_more(w: World) -> Made:
    if len(w.bowls) >= 2 and w.rng.random() < 0.3:
        big, small = w.pick(w.bowls, 2)
        text = f"I'd like {_the(big)} to have more blocks in it than {_the(small)}."
        return _out(w, text, _done(_more(big, small), _nobin))
    text = w.rng.choice(["I'd like more blocks in the bin than on the table.",
                         "I'd like fewer blocks left on the table than in the bin.",
                         "I want the bin to end up with more blocks than the table."])
    return _out(w, text, _done(_more(BIN, TABLE)))


def t146_des_split(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    x, y = pair
    n = len(w.blocks)
    ks = [k for k in range(1, n) if (x not in w.bowls or k <= _CAP) and (y not in w.bowls or n - k <= _CAP)]
    k = w.rng.choice(ks)
    text = w.rng.choice([f"I want the blocks split between {_the(x)} and {_the(y)}, with {_nb(k)} {_at(x)} and "
                         f"the rest {_at(y)}.",
                         f"I'd like {_the(x)} to get {_NUM[k]} of the blocks and {_the(y)} to get all the others.",
                         f"I'd like the blocks shared out so that {_the(x)} has {_NUM[k]} and {_the(y)} has the "
                         "rest."])
    return _out(w, text, _done(_is(x, k), _is(y, n - k)))


def t146_des_balance(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice([
        f"Make it so that {_the(x)} and {_the(y)} balance, with the same number of blocks in each, at least one.",
        f"I'd like {_the(x)} and {_the(y)} balanced: equal numbers of blocks, and neither of them empty.",
        f"I want {_the(x)} to balance {_the(y)}, the same number of blocks in both and not zero."])
    return _out(w, text, _done(_equal([x, y], 1), _nobin))


# ----- quantified ------------------------------------------------------------------------------------
def t146_qua_even(w: World) -> Made:
    k = len(w.bowls)
    if k < 2:
        return None
    m = w.rng.randint(1, min(3, len(w.blocks) // k))
    text = w.rng.choice([f"Fill every bowl evenly, with exactly {_nb(m)} in each.",
                         f"Even out all the bowls so that each one holds {_nb(m)}.",
                         f"Give each of the bowls exactly {_nb(m)}, so that they are all even."])
    return _out(w, text, _done(*(_is(b, m) for b in w.bowls), _nobin))


def t146_qua_same(w: World) -> Made:
    k, n = len(w.bowls), len(w.blocks)
    refs = [b for b in w.bowls if _n(w, b) >= 1 and _n(w, b) * k <= n]
    if k >= 2 and refs:
        ref = w.rng.choice(refs)
        a = _n(w, ref)
        text = w.rng.choice([f"Make every bowl hold the same number of blocks as {_the(ref)} holds now.",
                             f"Give each of the other bowls the same number of blocks as {_the(ref)} has."])
        return _out(w, text, _done(*(_is(b, a) for b in w.bowls), _nobin))
    if n < 4:
        return None
    text = w.rng.choice(["Put the same number of blocks in each of the four corners, and at least one in every "
                         "corner.",
                         "Every corner of the table should get the same number of blocks: put at least one in each."])
    return _out(w, text, _done(_equal(list(_CORNERS), 1), _nobin))


def t146_qua_asmany(w: World) -> Made:
    k = len(w.bowls)
    if w.rng.random() < 0.6:
        text = w.rng.choice(["Put as many blocks in the bin as there are bowls.",
                             "Put exactly as many blocks in the bin as there are bowls on the table."])
        return _out(w, text, _done(_is(BIN, k)))
    corner = _corner(w)[0]
    text = w.rng.choice([f"Put as many blocks {_at(corner)} as there are bowls.",
                         f"Move blocks to {_the(corner)} until there are as many of them there as there are bowls."])
    return _out(w, text, _done(_is(corner, k), _nobin))


def t146_qua_more(w: World) -> Made:
    k = len(w.bowls)
    if k < 2 or _n(w, TABLE) < k or any(_n(w, b) + 1 > _CAP for b in w.bowls):
        return None
    want = {b: _n(w, b) + 1 for b in w.bowls}
    text = w.rng.choice(["Put one more block in each bowl.",
                         "Add one block to every bowl.",
                         "Give each of the bowls one more block than it has now."])
    return _out(w, text, _done(*(_is(b, m) for b, m in want.items()), _nobin))


def t146_qua_split(w: World) -> Made:
    n = len(w.blocks)
    spots_all = list(w.bowls) + list(_CORNERS)
    if n == 5:
        keep = _flat(w)
        if not keep:
            return None
        c = w.rng.choice(keep)
        group = [b for b in w.blocks if b != c]
        spots = w.rng.sample([s for s in spots_all if s != w.state.base(c)], 2)
        text = (f"Split all the blocks except the {w.colour(c)} block into two equal groups, one {_at(spots[0])} "
                f"and one {_at(spots[1])}, and leave the {w.colour(c)} block where it is.")
        return _out(w, text, _done(_share(group, spots), kept(c), _nobin))
    g = w.rng.choice([d for d in (2, 3) if n % d == 0])
    spots = w.rng.sample(spots_all, g)
    where = ", ".join(f"one {_at(s)}" for s in spots[:-1]) + f" and one {_at(spots[-1])}"
    text = w.rng.choice([f"Split all {_NUM[n]} blocks into {_NUM[g]} equal groups: {where}.",
                         f"Share out all the blocks equally, {_NUM[n // g]} each, between {_names(spots)}."])
    return _out(w, text, _done(_share(w.blocks, spots), _nobin))


def t146_qua_balance(w: World) -> Made:
    k = len(w.bowls)
    if k < 2:
        return None
    tol = 0 if len(w.blocks) % k == 0 else 1
    if tol == 0:
        text = w.rng.choice(["Balance all the bowls, putting every block into one of them.",
                             "Put every block in a bowl so that all the bowls are balanced."])
    else:
        text = w.rng.choice(["Put every block into a bowl and balance the bowls as well as you can.",
                             "Balance all the bowls as closely as possible, with every block in one of them."])
    return _out(w, text, _done(_inside(w.blocks, w.bowls), _equal(w.bowls, 0, tol)))


# ----- negated ---------------------------------------------------------------------------------------
def t146_neg_even(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.support[b] == TABLE]
    if not loose:
        return None
    c = w.rng.choice(loose)
    pair = _pair(w)
    if pair is None:
        return None
    x, y = pair
    others = [b for b in w.blocks if b != c]
    tol = len(others) % 2
    col = w.colour(c)
    text = w.rng.choice([
        f"Spread all the blocks except the {col} block{_as_even(tol)} over {_the(x)} and {_the(y)}, and do not "
        f"move the {col} block.",
        f"Without moving the {col} block, spread the other blocks{_as_even(tol)} between {_the(x)} and {_the(y)}.",
        f"Don't move the {col} block, but even out all the others between {_the(x)} and {_the(y)}"
        + (", as well as you can." if tol else ".")])
    return _out(w, text, _done(kept(c), _inside(others, [x, y]), _equal([x, y], 0, tol)))


def t146_neg_same(w: World) -> Made:
    n = len(w.blocks)
    refs = [b for b in w.bowls if 1 <= _n(w, b) and 2 * _n(w, b) <= n]
    if not refs:
        return None
    ref = w.rng.choice(refs)
    a = _n(w, ref)
    others = [b for b in w.bowls if b != ref and _n(w, b) < a]
    x = w.rng.choice(others) if others and w.rng.random() < 0.5 else _corner(w)[0]
    text = w.rng.choice([
        f"Put the same number of blocks {_at(x)} as there are {_at(ref)}, without taking any blocks out of "
        f"{_the(ref)}.",
        f"Don't take anything out of {_the(ref)}, but give {_the(x)} the same number of blocks as the bowl has.",
        f"Without removing a single block from {_the(ref)}, make {_the(x)} hold the same number of blocks."])
    return _out(w, text, _done(_stay_in(ref), _is(x, a), _is(ref, a), _nobin))


def t146_neg_asmany(w: World) -> Made:
    refs = [b for b in w.bowls if _n(w, b) >= 1]
    if not refs:
        return None
    ref = w.rng.choice(refs)
    a = _n(w, ref)
    outside = [b for b in w.blocks if w.state.base(b) != ref]
    if not outside:
        return None
    c = w.rng.choice(outside)
    below = set()
    s = w.state.support[c]
    while s in w.state.support:
        below.add(s)
        s = w.state.support[s]
    if len([b for b in outside if b != c and b not in below]) < a:
        return None
    col = w.colour(c)
    text = w.rng.choice([f"Without moving the {col} block, put as many blocks in the bin as there are in {_the(ref)}.",
                         f"Put as many blocks in the bin as {_the(ref)} holds, but don't move the {col} block.",
                         f"Leave the {col} block alone; throw as many blocks into the bin as {_the(ref)} has in it."])
    return _out(w, text, _done(kept(c), _is(BIN, a), _is(ref, a)))


def t146_neg_more(w: World) -> Made:
    pairs = [(a, b) for a in w.bowls for b in w.bowls if _n(w, a) > _n(w, b)]
    if pairs and w.rng.random() < 0.7:
        big, small = w.rng.choice(pairs)
        text = w.rng.choice([f"Make sure {_the(big)} no longer has more blocks than {_the(small)}.",
                             f"{_cap(_the(big))} should not have more blocks than {_the(small)}; fix that.",
                             f"Change things so that {_the(big)} doesn't hold more blocks than {_the(small)}."])
        return _out(w, text, _done(lambda _i, f: _count(f, big) <= _count(f, small), _nobin))
    bowl = w.rng.choice(w.bowls)
    if _n(w, TABLE) <= _n(w, bowl):
        return None
    text = w.rng.choice([f"There should not be more blocks on the table than in {_the(bowl)}; change that.",
                         f"Don't leave more blocks on the table than there are in {_the(bowl)}."])
    return _out(w, text, _done(lambda _i, f: _count(f, TABLE) <= _count(f, bowl), _nobin))


def t146_neg_split(w: World) -> Made:
    n = len(w.blocks)
    out = w.pick(w.blocks, 1 if n % 2 else 2)
    group = [b for b in w.blocks if b not in out]
    pair = _pair(w)
    if pair is None:
        return None
    x, y = pair
    ex, verb = _blist(w, out), ("goes" if len(out) == 1 else "go")
    text = w.rng.choice([
        f"Split the blocks evenly between {_the(x)} and {_the(y)}, except {ex}, which {verb} in the bin.",
        f"Except for {ex}, split the blocks evenly between {_the(x)} and {_the(y)}; {ex} {verb} in the bin.",
        f"Put {ex} in the bin, not in {_the(x)} or {_the(y)}, and split all the other blocks evenly between "
        "those two."])
    return _out(w, text, _done(binned(out), _share(group, [x, y]), _equal([x, y], 1)))


def t146_neg_balance(w: World) -> Made:
    pair = _pair(w, unequal=True, need_one=True)
    if pair is None:
        return None
    x, y = pair
    if len(w.blocks) < 2 * _n(w, x):
        return None
    text = w.rng.choice([f"Balance {_the(x)} and {_the(y)} without taking anything out of {_the(x)}.",
                         f"Don't take any blocks out of {_the(x)}, but balance it with {_the(y)}.",
                         f"Balance {_the(y)} against {_the(x)}, never removing a block from {_the(x)}."])
    return _out(w, text, _done(_stay_in(x), _equal([x, y], 1), _nobin))


# ----- relative --------------------------------------------------------------------------------------
def t146_rel_even(w: World) -> Made:
    held = w.in_bowls()
    if not held:
        return None
    c = w.rng.choice(held)
    bowl = w.state.base(c)
    corner = _corner(w)[0]
    tol = len(w.blocks) % 2
    col = w.colour(c)
    text = w.rng.choice([
        f"Spread all the blocks{_as_even(tol)} between the bowl the {col} block is in and {_the(corner)}.",
        f"Even out all the blocks between {_the(corner)} and the bowl holding the {col} block"
        + (", as well as you can." if tol else "."),
        f"Take the bowl that has the {col} block in it and {_the(corner)}, and spread every block{_as_even(tol)} "
        "between them."])
    return _out(w, text, _done(_inside(w.blocks, [bowl, corner]), _equal([bowl, corner], 0, tol)))


def t146_rel_same(w: World) -> Made:
    n = len(w.blocks)
    refs = [b for b in w.bowls if 1 <= _n(w, b) and 2 * _n(w, b) <= n]
    cands = [(c, p) for c in _on_table(w) if (p := _nearest_corner(w, c))]
    if not refs or not cands:
        return None
    ref = w.rng.choice(refs)
    a = _n(w, ref)
    c, corner = w.rng.choice(cands)
    if w.rng.random() < 0.5:
        d = w.rng.choice(_inside_of(w.state, ref))
        rname = f"the bowl holding the {w.colour(d)} block"
    else:
        rname = _the(ref)
    col = w.colour(c)
    text = w.rng.choice([f"Put the same number of blocks in the corner nearest the {col} block as there are in "
                         f"{rname}.",
                         f"Give the corner closest to the {col} block the same number of blocks as {rname} has."])
    return _out(w, text, _done(_is(corner, a), _is(ref, a), _nobin))


def t146_rel_asmany(w: World) -> Made:
    n = len(w.blocks)
    held = [b for b in w.in_bowls() if 2 * _n(w, w.state.base(b)) <= n]
    if not held:
        return None
    d = w.rng.choice(held)
    bowl = w.state.base(d)
    a = _n(w, bowl)
    col = w.colour(d)
    text = w.rng.choice([f"Put as many blocks in the bin as there are in the bowl holding the {col} block.",
                         f"Put as many blocks in the bin as the bowl with the {col} block in it holds.",
                         f"Look at the bowl the {col} block is in, and put that many blocks in the bin."])
    return _out(w, text, _done(_is(BIN, a), _is(bowl, a)))


def t146_rel_more(w: World) -> Made:
    n = len(w.blocks)
    held = [b for b in w.in_bowls() if n >= 2 * _n(w, w.state.base(b)) + 1]
    cands = [(c, p) for c in _on_table(w) if (p := _nearest_corner(w, c))]
    if not held or not cands:
        return None
    d = w.rng.choice(held)
    bowl = w.state.base(d)
    a = _n(w, bowl)
    c, corner = w.rng.choice(cands)
    cc, dc = w.colour(c), w.colour(d)
    text = w.rng.choice([
        f"Make the corner nearest the {cc} block hold one more block than the bowl the {dc} block is in.",
        f"Put one more block in the corner closest to the {cc} block than there is in the bowl holding the {dc} "
        "block."])
    return _out(w, text, _done(_is(corner, a + 1), _is(bowl, a), _nobin))


def t146_rel_split(w: World) -> Made:
    group = _on_table(w)
    near = [(c, p) for c in group if (p := _nearest_corner(w, c))]
    options = [(c, p, d, q) for c, p in near for d, q in near if p != q and c < d]
    if len(group) < 2 or not options:
        return None
    c, p, d, q = w.rng.choice(options)
    tol = len(group) % 2
    cc, dc = w.colour(c), w.colour(d)
    text = w.rng.choice([
        f"Split the blocks on the table{_as_even(tol)} between the corner nearest the {cc} block and the corner "
        f"nearest the {dc} block.",
        f"Share the blocks that are on the table{_as_even(tol)} between the corner closest to the {cc} block and "
        f"the one closest to the {dc} block."])
    return _out(w, text, _done(_share(group, [p, q], tol), _nobin))


def t146_rel_balance(w: World) -> Made:
    held = w.in_bowls()
    if not held:
        return None
    c = w.rng.choice(held)
    bowl = w.state.base(c)
    opts = []
    for d in _on_table(w):
        b = _nearest_bowl(w, d)
        if b is not None and b != bowl and _n(w, b) != _n(w, bowl):
            opts.append((d, b, "bowl"))
        p = _nearest_corner(w, d)
        if p is not None:
            opts.append((d, p, "corner"))
    if not opts:
        return None
    d, other, kind = w.rng.choice(opts)
    cc, dc = w.colour(c), w.colour(d)
    text = w.rng.choice([
        f"Balance the bowl holding the {cc} block and the {kind} nearest the {dc} block.",
        f"Give the {kind} closest to the {dc} block and the bowl the {cc} block is in the same number of blocks.",
        f"Balance the {kind} nearest to the {dc} block against the bowl with the {cc} block in it."])
    return _out(w, text, _done(_equal([bowl, other], 1), _nobin))


# ----- keep ------------------------------------------------------------------------------------------
def t146_keep_even(w: World) -> Made:
    pair = _pair(w, unequal=True)
    if pair is None:
        return None
    x, y = pair
    c = w.rng.choice(_flat(w))
    col = w.colour(c)
    text = w.rng.choice([f"Even out {_the(x)} and {_the(y)}, but leave the {col} block where it is.",
                         f"Leave the {col} block where it is and even out {_the(x)} and {_the(y)}.",
                         f"Make {_the(x)} and {_the(y)} even without moving the {col} block."])
    return _out(w, text, _done(kept(c), _equal([x, y], 1), _nobin))


def t146_keep_same(w: World) -> Made:
    n = len(w.blocks)
    refs = [b for b in w.bowls if 1 <= _n(w, b) and 2 * _n(w, b) <= n]
    if not refs:
        return None
    ref = w.rng.choice(refs)
    a = _n(w, ref)
    text = w.rng.choice([
        f"Put the same number of blocks in the bin as there are in {_the(ref)}, and keep {_the(ref)} as it is.",
        f"Leave {_the(ref)} exactly as it is, and put the same number of blocks in the bin as it holds.",
        f"Keep {_the(ref)} the way it is and give the bin the same number of blocks."])
    return _out(w, text, _done(_untouched(ref), _is(BIN, a)))


def t146_keep_asmany(w: World) -> Made:
    n = len(w.blocks)
    corner = _corner(w)[0]
    pairs = [(a, b) for a in w.bowls for b in w.bowls
             if a < b and 1 <= _n(w, a) + _n(w, b) and 2 * (_n(w, a) + _n(w, b)) <= n]
    if pairs and w.rng.random() < 0.6:
        a, b = w.rng.choice(pairs)
        k = _n(w, a) + _n(w, b)
        text = w.rng.choice([
            f"Put as many blocks {_at(corner)} as there are in {_the(a)} and {_the(b)} together, leaving both bowls "
            "as they are.",
            f"Leave {_the(a)} and {_the(b)} alone, and put as many blocks {_at(corner)} as the two of them hold."])
        return _out(w, text, _done(_untouched(a), _untouched(b), _is(corner, k), _nobin))
    refs = [b for b in w.bowls if 1 <= _n(w, b) and 2 * _n(w, b) <= n]
    if not refs:
        return None
    ref = w.rng.choice(refs)
    text = w.rng.choice([f"Put as many blocks {_at(corner)} as there are in {_the(ref)}, and leave {_the(ref)} alone.",
                         f"Without touching {_the(ref)}, put as many blocks {_at(corner)} as it holds."])
    return _out(w, text, _done(_untouched(ref), _is(corner, _n(w, ref)), _nobin))


def t146_keep_more(w: World) -> Made:
    n = len(w.blocks)
    ref = w.rng.choice(w.bowls)
    r = _n(w, ref)
    if n - r < r + 1:
        return None
    others = [b for b in w.bowls if b != ref and _n(w, b) <= r and r + 1 <= _CAP]
    x = w.rng.choice(others) if others and w.rng.random() < 0.6 else _corner(w)[0]
    text = w.rng.choice([f"Put one more block {_at(x)} than there is in {_the(ref)}, and don't touch {_the(ref)}.",
                         f"Leave {_the(ref)} alone and make {_the(x)} hold one block more than it.",
                         f"Without touching {_the(ref)}, put blocks {_at(x)} until there is one more there than in "
                         + ("the bowl." if x in _CORNERS else f"{_the(ref)}.")])
    return _out(w, text, _done(_untouched(ref), _is(x, r + 1), _nobin))


def t146_keep_split(w: World) -> Made:
    group = _on_table(w)
    if len(group) < 2:
        return None
    p, q = _corner(w, 2)
    tol = len(group) % 2
    text = w.rng.choice([
        f"Split the blocks on the table{_as_even(tol)} between {_the(p)} and {_the(q)}, leaving the bowls as "
        "they are.",
        f"Leave the bowls alone and share the blocks on the table{_as_even(tol)} between {_the(p)} and {_the(q)}.",
        f"Keep everything in the bowls where it is, and divide the blocks on the table{_as_even(tol)} between "
        f"{_the(p)} and {_the(q)}."])
    return _out(w, text, _done(_share(group, [p, q], tol), *(_untouched(b) for b in w.bowls), _nobin))


def t146_keep_balance(w: World) -> Made:
    pair = _pair(w, unequal=True)
    if pair is None:
        return None
    x, y = pair
    if _n(w, TABLE) < abs(_n(w, x) - _n(w, y)):
        return None
    already = _inside_of(w.state, x) + _inside_of(w.state, y)
    text = w.rng.choice([
        f"Balance {_the(x)} and {_the(y)} using blocks from the table, and leave the blocks already in them where "
        "they are.",
        f"Without moving anything that is already in {_the(x)} or {_the(y)}, balance them with blocks from the table.",
        f"Keep what is in {_the(x)} and {_the(y)} where it is, and add blocks from the table until they balance."])
    return _out(w, text, _done(kept(*already), _equal([x, y], 1), _nobin))


# ----- multi_step ------------------------------------------------------------------------------------
def t146_multi_even(w: World) -> Made:
    c = w.rng.choice(w.blocks)
    pair = _pair(w)
    if pair is None:
        return None
    x, y = pair
    others = [b for b in w.blocks if b != c]
    tol = len(others) % 2
    col = w.colour(c)
    text = w.rng.choice([
        f"First put the {col} block in the bin, then spread the rest{_as_even(tol)} over {_the(x)} and {_the(y)}.",
        f"Put the {col} block in the bin; after that, share out the other blocks{_as_even(tol)} between {_the(x)} "
        f"and {_the(y)}.",
        f"Start by dropping the {col} block in the bin. Next, spread every other block{_as_even(tol)} between "
        f"{_the(x)} and {_the(y)}."])
    return _out(w, text, _done(binned([c]), _inside(others, [x, y]), _equal([x, y], 0, tol)))


def t146_multi_same(w: World) -> Made:
    n = len(w.blocks)
    bowl = w.rng.choice(w.bowls)
    a = _n(w, bowl) + 1
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if a > 3 or n < 2 * a or not outside:
        return None
    c = w.rng.choice(outside)
    others = [b for b in w.bowls if b != bowl]
    x = w.rng.choice(others) if others and w.rng.random() < 0.5 else _corner(w)[0]
    col = w.colour(c)
    text = w.rng.choice([
        f"Put the {col} block in {_the(bowl)}, then put the same number of blocks {_at(x)}.",
        f"First move the {col} block into {_the(bowl)}; next, give {_the(x)} the same number of blocks as "
        f"{_the(bowl)} then has.",
        f"Two steps: the {col} block goes into {_the(bowl)}, and then {_the(x)} gets as many blocks as that bowl "
        "holds."])
    return _out(w, text, _done(rels(Rel("in", c, bowl)), _is(bowl, a), _is(x, a), _nobin))


def t146_multi_asmany(w: World) -> Made:
    n = len(w.blocks)
    bowl = w.rng.choice(w.bowls)
    a = _n(w, bowl) + 1
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if a > 3 or n < 2 * a or not outside:
        return None
    c = w.rng.choice(outside)
    col = w.colour(c)
    text = w.rng.choice([
        f"First put the {col} block in {_the(bowl)}, then put as many blocks in the bin as {_the(bowl)} holds.",
        f"Move the {col} block into {_the(bowl)}. After that, put as many blocks in the bin as there are in "
        f"{_the(bowl)}."])
    return _out(w, text, _done(rels(Rel("in", c, bowl)), _is(bowl, a), _is(BIN, a)))


def t146_multi_more(w: World) -> Made:
    n = len(w.blocks)
    bowl = w.rng.choice(w.bowls)
    a = _n(w, bowl) + 1
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if a > _CAP or n < 2 * a + 1 or not outside:
        return None
    c = w.rng.choice(outside)
    others = [b for b in w.bowls if b != bowl and _n(w, b) < a + 1 and a + 1 <= _CAP]
    x = w.rng.choice(others) if others and w.rng.random() < 0.5 else _corner(w)[0]
    col = w.colour(c)
    text = w.rng.choice([
        f"First put the {col} block in {_the(bowl)}, then add blocks to {_the(x)} until it has one more than "
        f"{_the(bowl)}.",
        f"Put the {col} block in {_the(bowl)}; then make {_the(x)} hold one block more than {_the(bowl)}."])
    return _out(w, text, _done(rels(Rel("in", c, bowl)), _is(bowl, a), _is(x, a + 1), _nobin))


def t146_multi_split(w: World) -> Made:
    table = _on_table(w)
    bowls = [b for b in w.bowls if _n(w, b) + 1 <= _CAP]
    if len(table) < 3 or not bowls:
        return None
    c = w.rng.choice(table)
    bowl = w.rng.choice(bowls)
    group = [b for b in table if b != c]
    p, q = _corner(w, 2)
    tol = len(group) % 2
    col = w.colour(c)
    text = w.rng.choice([
        f"Put the {col} block in {_the(bowl)} first; then split the remaining blocks on the table{_as_even(tol)} "
        f"between {_the(p)} and {_the(q)}.",
        f"Start by moving the {col} block into {_the(bowl)}, then divide the other blocks on the table"
        f"{_as_even(tol)} between {_the(p)} and {_the(q)}."])
    return _out(w, text, _done(rels(Rel("in", c, bowl)), _share(group, [p, q], tol), _nobin))


def t146_multi_balance(w: World) -> Made:
    pair = _pair(w, unequal=True)
    if pair is None or len(w.blocks) < 4:
        return None
    x, y = pair
    opts = [(c, d) for c in w.blocks for d in w.blocks
            if c != d and w.state.support[c] != d and _depth(w, d) + 1 <= layout.MAX_TOWER]
    if not opts:
        return None
    c, d = w.rng.choice(opts)
    cc, dc = w.colour(c), w.colour(d)
    text = w.rng.choice([
        f"Put the {cc} block on the {dc} block, then balance {_the(x)} and {_the(y)}.",
        f"First stack the {cc} block on the {dc} block; after that, balance {_the(x)} and {_the(y)} so they hold "
        "the same number of blocks."])
    return _out(w, text, _done(rels(Rel("on", c, d)), _equal([x, y], 1), _nobin))


# ----- question --------------------------------------------------------------------------------------
def t146_q_even(w: World) -> Made:
    if len(w.bowls) >= 2:
        a, b = w.pick(w.bowls, 2)
        text = w.rng.choice([f"Are {_the(a)} and {_the(b)} evenly filled, with the same number of blocks in each?",
                             f"Do {_the(a)} and {_the(b)} hold an even share of blocks, the same number each?"])
        return text, answered(yes(_n(w, a) == _n(w, b)))
    bowl = w.bowls[0]
    text = f"Are the blocks evenly split between {_the(bowl)} and the table, the same number in each?"
    return text, answered(yes(_n(w, bowl) == _n(w, TABLE)))


def t146_q_same(w: World) -> Made:
    r = w.rng.random()
    if len(w.bowls) >= 2 and r < 0.5:
        a, b = w.pick(w.bowls, 2)
        text = w.rng.choice([f"Do {_the(a)} and {_the(b)} hold the same number of blocks?",
                             f"Is the number of blocks in {_the(a)} the same as the number in {_the(b)}?"])
        return text, answered(yes(_n(w, a) == _n(w, b)))
    if len(w.bowls) >= 2 and r < 0.7:
        return ("Does every bowl hold the same number of blocks?",
                answered(yes(len({_n(w, b) for b in w.bowls}) == 1)))
    bowl = w.rng.choice(w.bowls)
    text = f"Are there the same number of blocks in {_the(bowl)} as on the table?"
    return text, answered(yes(_n(w, bowl) == _n(w, TABLE)))


def t146_q_asmany(w: World) -> Made:
    if len(w.bowls) >= 2 and w.rng.random() < 0.6:
        a, b = sorted(w.pick(w.bowls, 2), key=lambda s: _n(w, s))
        text = w.rng.choice([f"Does {_the(a)} have as many blocks in it as {_the(b)}?",
                             f"Are there as many blocks in {_the(a)} as in {_the(b)}?"])
        return text, answered(yes(_n(w, a) == _n(w, b)))
    bowl = w.rng.choice(w.bowls)
    if _n(w, bowl) > _n(w, TABLE):
        return None
    text = f"Are there as many blocks in {_the(bowl)} as there are on the table?"
    return text, answered(yes(_n(w, bowl) == _n(w, TABLE)))


def t146_q_more(w: World) -> Made:
    spots = list(w.bowls) + [TABLE]
    pairs = [(a, b) for a in spots for b in spots if _n(w, a) > _n(w, b)]
    if not pairs:
        return None
    big, small = w.rng.choice(pairs)
    if w.rng.random() < 0.7:
        if big == TABLE:
            text = f"How many more blocks are there on the table than in {_the(small)}?"
        elif small == TABLE:
            text = f"How many more blocks are there in {_the(big)} than on the table?"
        else:
            text = f"How many more blocks does {_the(big)} hold than {_the(small)}?"
        return text, answered(str(_n(w, big) - _n(w, small)))
    a, b = w.rng.sample([big, small], 2)
    text = f"Which has more blocks, {_the(a)} or {_the(b)}?"
    return text, answered(TABLE if big == TABLE else w.colour(big))


def t146_q_split(w: World) -> Made:
    t = _n(w, TABLE)
    pairs = [(a, b) for a in w.bowls for b in w.bowls if a < b and _n(w, a) == _n(w, b)]
    if pairs and w.rng.random() < 0.6:
        a, b = w.rng.choice(pairs)
        if t % 2 == 0 and w.rng.random() < 0.5:
            text = (f"If the blocks on the table were shared equally between {_the(a)} and {_the(b)}, how many "
                    "would each bowl get?")
            return text, answered(str(t // 2))
        text = f"Could the blocks on the table be split evenly between {_the(a)} and {_the(b)}, with none left over?"
        return text, answered(yes(t % 2 == 0))
    n = len(w.blocks)
    bowl = w.rng.choice(w.bowls)
    corner = _corner(w)[0]
    if n % 2 == 0 and w.rng.random() < 0.5:
        text = f"If all the blocks were split evenly between {_the(bowl)} and {_the(corner)}, how many would each get?"
        return text, answered(str(n // 2))
    text = f"Could all the blocks be split evenly between {_the(bowl)} and {_the(corner)}, with none left over?"
    return text, answered(yes(n % 2 == 0))


def t146_q_balance(w: World) -> Made:
    if len(w.bowls) >= 2:
        close = [(a, b) for a in w.bowls for b in w.bowls if _n(w, a) + 1 == _n(w, b)]
        if close and w.rng.random() < 0.4:
            small, big = w.rng.choice(close)
            a, b = w.rng.sample([small, big], 2)
            text = f"Which of {_the(a)} and {_the(b)} needs one more block for the two of them to balance?"
            return text, answered(w.colour(small))
        text = w.rng.choice(["Are the bowls balanced, with the same number of blocks in each?",
                             "Is every bowl balanced with the others, holding the same number of blocks?"])
        return text, answered(yes(len({_n(w, b) for b in w.bowls}) == 1))
    bowl = w.bowls[0]
    text = f"Is {_the(bowl)} balanced with the table, with as many blocks in the bowl as on the table?"
    return text, answered(yes(_n(w, bowl) == _n(w, TABLE)))


# ----- matching --------------------------------------------------------------------------------------
def t146_match_even(w: World) -> Made:
    m = matching(w)
    k = len(w.bowls)
    if k < 2 or not m:
        return None
    tol = 0 if len(w.blocks) % k == 0 else 1
    if tol == 0:
        text = w.rng.choice([
            "Put each block in the bowl of its own colour where there is one, then add the other blocks to the "
            "bowls so that they are all evenly filled.",
            "Sort the blocks that match a bowl into their bowls, and spread the rest over the bowls so that every "
            "bowl ends up with the same number."])
    else:
        text = w.rng.choice([
            "Put each block in the bowl of its own colour where there is one, then add the other blocks to the "
            "bowls so that they are as evenly filled as possible.",
            "Sort the blocks that match a bowl into their bowls, and spread the rest over the bowls as evenly as "
            "you can, leaving none outside."])
    return _out(w, text, _done(rels(*m), _inside(w.blocks, w.bowls), _equal(w.bowls, 0, tol)))


def t146_match_same(w: World) -> Made:
    n = len(w.blocks)
    m = [r for r in matching(w) if w.state.base(r.args[0]) != r.args[1]]
    if not m:
        return None
    r = w.rng.choice(m)
    c, bowl = r.args
    a = _n(w, bowl) + 1
    if 2 * a > n or a > _CAP:
        return None
    spots = [b for b in w.bowls if b != bowl] + [BIN, _corner(w)[0]]
    x = w.rng.choice(spots)
    col = w.colour(c)
    text = w.rng.choice([f"Put the {col} block in the bowl of the same colour, then put the same number of blocks "
                         f"{_at(x)}.",
                         f"Move the {col} block into its matching bowl, and give {_the(x)} the same number of blocks "
                         "as that bowl then holds."])
    extra = [] if x == BIN else [_nobin]
    return _out(w, text, _done(rels(r), _is(bowl, a), _is(x, a), *extra))


def t146_match_asmany(w: World) -> Made:
    m = matching(w)
    if not m:
        return None
    filled = set(w.in_bowls()) | {r.args[0] for r in m}
    s = len(filled)
    if len(w.blocks) - s < s:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return sum(_count(f, b) for b in w.bowls) == s and _count(f, BIN) == s

    text = w.rng.choice([
        "Put each block whose colour matches a bowl into that bowl, then put as many blocks in the bin as there "
        "are in the bowls altogether.",
        "Sort the matching blocks into the bowls of their colours; after that, the bin should hold as many blocks "
        "as all the bowls together."])
    return _out(w, text, _done(rels(*m), check))


def t146_match_more(w: World) -> Made:
    m = matching(w)
    if len(w.bowls) < 2 or not m:
        return None
    big, small = w.pick(w.bowls, 2)
    fixed = {r.args[1] for r in m}
    free = len(w.blocks) - len(m)
    need = (1 if small in fixed else 0) + 1 - (1 if big in fixed else 0)
    if need > free:
        return None
    text = w.rng.choice([
        f"Put every block that matches a bowl's colour into that bowl, and make sure {_the(big)} ends up with one "
        f"more block than {_the(small)}.",
        f"Sort the blocks into the bowls of their colours where you can; {_the(big)} should end up holding one "
        f"block more than {_the(small)}."])
    return _out(w, text, _done(rels(*m), _more(big, small, 1), _nobin))


def t146_match_split(w: World) -> Made:
    m = matching(w)
    if not m:
        return None
    rest = [b for b in w.blocks if b not in {r.args[0] for r in m}]
    if len(rest) < 2:
        return None
    tol = len(rest) % 2

    def check(_i: SymState, f: SymState) -> bool:
        binned_ = sum(1 for b in rest if f.base(b) == BIN)
        tabled = sum(1 for b in rest if b in f.on_the_table())
        return binned_ + tabled == len(rest) and abs(binned_ - tabled) <= tol

    text = w.rng.choice([
        f"Put the blocks that match a bowl in their bowls, and split the rest{_as_even(tol)} between the bin and "
        "the table.",
        f"Each block with a bowl of its colour goes in that bowl; split the others{_as_even(tol)} between the bin "
        "and the table."])
    return _out(w, text, _done(rels(*m), check))


def t146_match_balance(w: World) -> Made:
    m = matching(w)
    if not m:
        return None
    k, n = len(w.bowls), len(w.blocks)
    if k >= 2:
        per = w.rng.choice([p for p in (1, 2) if p * k <= n])
        text = w.rng.choice([
            f"Balance the bowls at {_nb(per)} each, with every block that matches a bowl's colour in that bowl.",
            f"Give every bowl exactly {_nb(per)}, making sure each block that has a bowl of its colour ends up "
            "in it."])
        return _out(w, text, _done(rels(*m), *(_is(b, per) for b in w.bowls), _nobin))
    if n % 2:
        return None
    c, bowl = m[0].args
    text = (f"Put the {w.colour(c)} block in the bowl of its colour, and balance the bowl against the table so "
            "that both hold the same number of blocks.")
    return _out(w, text, _done(rels(*m), _equal([bowl, TABLE], 1), _nobin))


# ----- the batch -------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("even", "same", "asmany", "more", "split", "balance")
FRESH146: list[Template] = [
    (f"t146_{short}_{style}", category, globals()[f"t146_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
