"""`FRESH69`, the seventieth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: terse messages typed fast by busy people: few words, articles and verbs often dropped, lowercase,
everyday abbreviations ("pls", "u", "w/", "asap", "q", "todo"), arrows and colons, no politeness. A block is
named by its bare colour ("red"), or "red block" when a bowl of that colour is on the table too, so that no
message is ambiguous to someone looking at the table. The six styles:
telegraphic fragments ("frag": "red in blue bowl pls"); arrow or colon notation ("arrow": "green -> bin");
a verb and bare colour names ("verb": "stack pink on cyan"); a list with commas ("list": "pink, cyan into
yellow bowl"); a quick question ("ask": "can u put red on green?"); a note-to-self ("note": "todo: white to
top left corner").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only
the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the
layout.

Its first run (300 instructions, seed 0, on 351d82f, after every fix before it and before anything it could prompt):
0.767 goal-correct (230 of 300), 50 refused, 0 asked, 20 wrong: five wrong actions ('pink block, cyan -> bowl that
matches pink' left the cyan block out) and fifteen wrong replies (terse questions answered with the help text: 'cyan:
sitting on what?', 'which bowl has yellow?', 'cyan block, white, purple: how many in bowls?').
"""

from __future__ import annotations

from typing import TypeVar

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
from sim.core.symbolic import SymState

_T = TypeVar("_T")
_GROUND = (TABLE, *PLACES)
_BIN_CAPACITY = 5


# ----- helpers --------------------------------------------------------------------------------------
def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _nm(w: World, block: str) -> str:
    """The bare colour, or "<colour> block" when a bowl of that colour would make the bare colour unclear."""
    c = w.colour(block)
    return c if _bowl_of(w, c) is None else f"{c} block"


def _bn(w: World, bowl: str) -> str:
    return f"{w.colour(bowl)} bowl"


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _depth(w: World, block: str) -> int:
    """How many blocks high the tower is up to and including `block`."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _one(w: World, items: list[_T]) -> _T | None:
    return w.rng.choice(items) if items else None


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _stack_ok(w: World, a: str, b: str) -> bool:
    s = w.state
    return (
        a != b
        and s.is_clear(a)
        and s.is_clear(b)
        and s.support[a] != b
        and BIN not in (s.base(a), s.base(b))
        and _depth(w, b) < layout.MAX_TOWER
    )


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    return [(a, b) for a in w.blocks for b in w.blocks if _stack_ok(w, a, b)]


def _bowl_ok(w: World, a: str, bowl: str) -> bool:
    return w.state.base(a) not in (bowl, BIN) and _room(w, bowl) >= 1


def _bowl_pairs(w: World, clear: bool = True) -> list[tuple[str, str]]:
    pool = w.clear_blocks() if clear else _live(w)
    return [(a, b) for a in pool for b in w.bowls if _bowl_ok(w, a, b)]


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _others(w: World, *not_these: str) -> list[str]:
    return [b for b in w.blocks if b not in not_these]


def _arrow(w: World) -> str:
    return w.rng.choice(["->", "->", "→"])


def _out(f: SymState, b: str) -> bool:
    """`b` is put down somewhere (not held)."""
    return f.base(b) != "gripper"


# ----- imperative -----------------------------------------------------------------------------------
def t69_imp_frag(w: World) -> Made:
    p = _one(w, _bowl_pairs(w))
    if p is None:
        return None
    a, bowl = p
    tail = w.rng.choice(["", " pls", " asap"])
    return f"{_nm(w, a)} in {_bn(w, bowl)}{tail}", rels(Rel("in", a, bowl))


def t69_imp_arrow(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if a is None:
        return None
    return f"{_nm(w, a)} {_arrow(w)} bin", binned([a])


def t69_imp_verb(w: World) -> Made:
    p = _one(w, _stack_pairs(w))
    if p is None:
        return None
    a, b = p
    verb = w.rng.choice(["stack", "put"])
    return f"{verb} {_nm(w, a)} on {_nm(w, b)}", rels(Rel("on", a, b))


def t69_imp_list(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b) >= 2])
    if bowl is None:
        return None
    pool = [a for a in w.clear_blocks() if w.state.base(a) != bowl]
    k = min(w.rng.choice([2, 3]), _room(w, bowl))
    picked = w.pick(pool, k) or w.pick(pool, 2)
    if not picked:
        return None
    names = ", ".join(_nm(w, a) for a in picked)
    into = w.rng.choice(["in", "into"])
    return f"{names} {into} {_bn(w, bowl)}", rels(*(Rel("in", a, bowl) for a in picked))


def t69_imp_ask(w: World) -> Made:
    p = _one(w, _stack_pairs(w))
    if p is None:
        return None
    a, b = p
    return f"can u put {_nm(w, a)} on {_nm(w, b)}?", rels(Rel("on", a, b))


def t69_imp_note(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if a is None:
        return None
    place = _place(w)
    head = w.rng.choice(["todo:", "todo -", "reminder:"])
    return f"{head} {_nm(w, a)} to the {place}", rels(Rel("at", a, place))


# ----- declarative ----------------------------------------------------------------------------------
def t69_dec_frag(w: World) -> Made:
    p = _one(w, _bowl_pairs(w))
    if p is None:
        return None
    a, bowl = p
    return f"{_nm(w, a)} goes in {_bn(w, bowl)}", rels(Rel("in", a, bowl))


def t69_dec_arrow(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if a is None:
        return None
    place = _place(w)
    return f"{_nm(w, a)}'s spot: {place}", rels(Rel("at", a, place))


def t69_dec_verb(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if a is None:
        return None
    return f"{_nm(w, a)} belongs in bin", binned([a])


def t69_dec_list(w: World) -> Made:
    picked = w.pick(w.clear_blocks(), w.rng.choice([2, 3]))
    if not picked:
        return None
    names = ", ".join(_nm(w, a) for a in picked)
    return f"{names} go in the bin", binned(picked)


def t69_dec_ask(w: World) -> Made:
    p = _one(w, _stack_pairs(w))
    if p is None:
        return None
    a, b = p
    return f"{_nm(w, a)} should be on {_nm(w, b)}, can u fix?", rels(Rel("on", a, b))


def t69_dec_note(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if bowl is None:
        return None
    a = _one(w, w.clear_blocks())
    if a is None:
        return None
    return f"note: {_bn(w, bowl)} is for {_nm(w, a)}", rels(Rel("in", a, bowl))


# ----- desiderative ---------------------------------------------------------------------------------
def t69_des_frag(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if a is None:
        return None
    bowl = w.state.base(a)
    check: Check = lambda _i, f: f.base(a) != bowl and _out(f, a)
    return f"need {_nm(w, a)} out of {_bn(w, bowl)}", check


def t69_des_arrow(w: World) -> Made:
    p = _one(w, _bowl_pairs(w))
    if p is None:
        return None
    a, bowl = p
    return f"need: {_nm(w, a)} {_arrow(w)} {_bn(w, bowl)}", rels(Rel("in", a, bowl))


def t69_des_verb(w: World) -> Made:
    p = _one(w, _stack_pairs(w))
    if p is None:
        return None
    a, b = p
    return f"want {_nm(w, a)} stacked on {_nm(w, b)}", rels(Rel("on", a, b))


def t69_des_list(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b) >= 2])
    if bowl is None:
        return None
    picked = w.pick([a for a in w.clear_blocks() if w.state.base(a) != bowl], 2)
    if not picked:
        return None
    a, b = picked
    return f"want {_nm(w, a)}, {_nm(w, b)} both in {_bn(w, bowl)}", rels(
        Rel("in", a, bowl), Rel("in", b, bowl)
    )


def t69_des_ask(w: World) -> Made:
    p = _one(w, _stack_pairs(w))
    if p is None:
        return None
    a, b = p
    return f"could i get {_nm(w, a)} on {_nm(w, b)}?", rels(Rel("on", a, b))


def t69_des_note(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if a is None:
        return None
    place = _place(w)
    return f"note: want {_nm(w, a)} in the {place}", rels(Rel("at", a, place))


# ----- quantified -----------------------------------------------------------------------------------
def t69_qua_frag(w: World) -> Made:
    x = _one(w, w.blocks)
    rest = _others(w, x)
    if x is None or not 1 <= len(rest) <= _BIN_CAPACITY:
        return None
    return f"all blocks in bin except {_nm(w, x)}", both(binned(rest), none_binned([x]))


def t69_qua_arrow(w: World) -> Made:
    on_table, in_bowls = w.state.on_the_table(), w.in_bowls()
    if not in_bowls or not 1 <= len(on_table) <= _BIN_CAPACITY:
        return None
    return f"all blocks on table {_arrow(w)} bin", both(
        binned(on_table), none_binned(in_bowls)
    )


def t69_qua_verb(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    return f"bin everything in {_bn(w, bowl)}", binned(inside)


def t69_qua_list(w: World) -> Made:
    keep = w.pick(w.blocks, 2)
    rest = _others(w, *keep)
    if not keep or not 1 <= len(rest) <= _BIN_CAPACITY:
        return None
    a, b = keep
    return f"bin all blocks but {_nm(w, a)}, {_nm(w, b)}", both(
        binned(rest), none_binned(keep)
    )


def t69_qua_ask(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    where = "the bowls" if len(w.bowls) > 1 else "the bowl"
    check: Check = lambda _i, f: all(
        f.base(b) not in f.bowls and _out(f, b) for b in inside
    )
    return f"can u take every block out of {where}?", check


def t69_qua_note(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if bowl is None or len(_live(w)) < 3:
        return None
    return f"todo: {_bn(w, bowl)} needs 2 blocks, any 2", count_in(bowl, 2)


# ----- negated --------------------------------------------------------------------------------------
def t69_neg_frag(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a = _one(w, [b for b in w.clear_blocks() if w.state.base(b) in _GROUND])
    if a is None:
        return None
    no = w.rng.choice(w.bowls)
    if not any(_room(w, b) >= 1 for b in w.bowls if b != no):
        return None
    check: Check = lambda _i, f: f.base(a) in f.bowls and f.base(a) != no
    return f"{_nm(w, a)} in a bowl, not the {w.colour(no)} one", check


def t69_neg_arrow(w: World) -> Made:
    top = _one(w, [t for t, _b in w.pairs() if w.state.is_clear(t)])
    if top is None:
        return None
    below = w.state.support[top]
    check: Check = lambda _i, f: (
        f.support[top] != below and f.base(top) != BIN and _out(f, top)
    )
    return f"{_nm(w, top)} off {_nm(w, below)} {_arrow(w)} anywhere but the bin", check


def t69_neg_verb(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    x = _one(w, [b for b in _live(w) if b != a])
    if a is None or x is None:
        return None
    return f"bin {_nm(w, a)}, not {_nm(w, x)}", both(binned([a]), none_binned([x]))


def t69_neg_list(w: World) -> Made:
    inside = _one(w, w.in_bowls())
    other = _one(w, [b for b in _live(w) if b != inside])
    if inside is None or other is None:
        return None
    picked = [inside, other]
    w.rng.shuffle(picked)
    a, b = picked
    check: Check = lambda _i, f: all(f.base(x) in _GROUND for x in picked)
    return f"{_nm(w, a)}, {_nm(w, b)} on table, not in bowls", check


def t69_neg_ask(w: World) -> Made:
    s = w.state
    options = []
    for a in w.clear_blocks():
        if s.support[a] in s.support:
            continue  # already on a block: the request would be moot or odd
        for x in w.clear_blocks():
            if x == a:
                continue
            if any(_stack_ok(w, a, c) for c in w.clear_blocks() if c != x):
                options.append((a, x))
    p = _one(w, options)
    if p is None:
        return None
    a, x = p
    blocks = set(w.blocks)
    check: Check = lambda _i, f: f.support[a] in blocks and f.support[a] != x
    return f"can u stack {_nm(w, a)} on any block except {_nm(w, x)}?", check


def t69_neg_note(w: World) -> Made:
    a = _one(w, _live(w))
    if a is None:
        return None
    k = _one(w, [b for b in _others(w, a) if b not in w.state.above(a)])
    if k is None:
        return None
    return f"note: don't touch {_nm(w, k)}. bin {_nm(w, a)}", both(binned([a]), kept(k))


# ----- relative -------------------------------------------------------------------------------------
def t69_rel_frag(w: World) -> Made:
    p = _one(
        w, [(t, b) for t, b in w.pairs() if _depth(w, t) == 2]
    )  # one block under it, no more
    if p is None:
        return None
    top, below = p
    place = _place(w)
    return f"block under {_nm(w, top)} to the {place}", rels(Rel("at", below, place))


def t69_rel_arrow(w: World) -> Made:
    options = []
    for b in _live(w):
        above = w.state.above(b)
        if len(above) == 1:
            options += [
                (above[0], b, bowl) for bowl in w.bowls if _bowl_ok(w, above[0], bowl)
            ]
    p = _one(w, options)
    if p is None:
        return None
    top, below, bowl = p
    return f"the one on {_nm(w, below)} {_arrow(w)} {_bn(w, bowl)}", rels(
        Rel("in", top, bowl)
    )


def t69_rel_verb(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if bowl is None:
        return None
    (x,) = w.state.in_bowl(bowl)
    return f"bin the one in {_bn(w, bowl)}", binned([x])


def t69_rel_list(w: World) -> Made:
    inside = _one(w, w.in_bowls())
    rest = w.pick([b for b in _live(w) if b not in w.in_bowls()], 2)
    if inside is None or not rest:
        return None
    picked = [inside, *rest]
    w.rng.shuffle(picked)
    names = ", ".join(_nm(w, b) for b in picked)
    return f"whichever of {names} is in a bowl {_arrow(w)} bin", both(
        binned([inside]), none_binned(rest)
    )


def t69_rel_ask(w: World) -> Made:
    options = []
    for c in w.in_bowls():
        bowl = w.state.base(c)
        options += [(p, c) for p in w.clear_blocks() if p != c and _bowl_ok(w, p, bowl)]
    pair = _one(w, options)
    if pair is None:
        return None
    p, c = pair
    bowl = w.state.base(c)
    return f"can u put {_nm(w, p)} in the same bowl as {_nm(w, c)}?", rels(
        Rel("in", p, bowl)
    )


def t69_rel_note(w: World) -> Made:
    b = _one(w, [x for x in _live(w) if w.state.above(x)])
    if b is None:
        return None
    above = w.state.above(b)
    return f"todo: bin whatever's on top of {_nm(w, b)}", both(
        binned(above), none_binned([b])
    )


# ----- keep -----------------------------------------------------------------------------------------
def t69_keep_frag(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    k = _one(w, _others(w, a))
    if a is None or k is None:
        return None
    return f"{_nm(w, a)} in bin, {_nm(w, k)} stays", both(binned([a]), kept(k))


def t69_keep_arrow(w: World) -> Made:
    p = _one(w, _bowl_pairs(w))
    if p is None:
        return None
    a, bowl = p
    k = _one(w, _others(w, a))
    if k is None:
        return None
    return f"{_nm(w, a)} {_arrow(w)} {_bn(w, bowl)}, don't move {_nm(w, k)}", both(
        rels(Rel("in", a, bowl)), kept(k)
    )


def t69_keep_verb(w: World) -> Made:
    p = _one(w, _stack_pairs(w))
    if p is None:
        return None
    a, b = p
    k = _one(w, _others(w, a, b))
    if k is None:
        return None
    return f"stack {_nm(w, a)} on {_nm(w, b)}, leave {_nm(w, k)} alone", both(
        rels(Rel("on", a, b)), kept(k)
    )


def t69_keep_list(w: World) -> Made:
    s = w.state
    keep = w.pick(w.blocks, 2)
    if not keep:
        return None
    rest = _others(w, *keep)
    # a kept block must not rest on a block that is to be binned
    if any(s.support[k] in s.support and s.support[k] not in keep for k in keep):
        return None
    if not 1 <= len(rest) <= _BIN_CAPACITY:
        return None
    a, b = keep
    return f"keep {_nm(w, a)}, {_nm(w, b)} where they are, rest {_arrow(w)} bin", both(
        binned(rest), kept(*keep)
    )


def t69_keep_ask(w: World) -> Made:
    p = _one(w, _stack_pairs(w))
    if p is None:
        return None
    a, b = p
    k = _one(w, _others(w, a, b))
    if k is None:
        return None
    text = f"can u put {_nm(w, a)} on {_nm(w, b)} but leave {_nm(w, k)} where it is?"
    return text, both(rels(Rel("on", a, b)), kept(k))


def t69_keep_note(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    k = _one(w, _others(w, a))
    if a is None or k is None:
        return None
    place = _place(w)
    return f"note: {_nm(w, k)} stays put. {_nm(w, a)} to the {place}", both(
        rels(Rel("at", a, place)), kept(k)
    )


# ----- multi_step -----------------------------------------------------------------------------------
def t69_multi_frag(w: World) -> Made:
    p = _one(w, _stack_pairs(w))
    if p is None:
        return None
    g, b = p
    a = _one(w, [x for x in w.clear_blocks() if x not in (g, b)])
    if a is None:
        return None
    return f"{_nm(w, a)} in bin, then {_nm(w, g)} on {_nm(w, b)}", both(
        binned([a]), rels(Rel("on", g, b))
    )


def t69_multi_arrow(w: World) -> Made:
    p = _one(w, _bowl_pairs(w))
    if p is None:
        return None
    a, bowl = p
    c = _one(w, [x for x in w.clear_blocks() if x != a])
    if c is None:
        return None
    r = _arrow(w)
    return f"{_nm(w, a)} {r} {_bn(w, bowl)}, {_nm(w, c)} {r} bin", both(
        rels(Rel("in", a, bowl)), binned([c])
    )


def t69_multi_verb(w: World) -> Made:
    options = []
    for c in _live(w):
        above = w.state.above(c)
        if len(above) == 1:
            options += [(above[0], c, bowl) for bowl in w.bowls if _bowl_ok(w, c, bowl)]
    p = _one(w, options)
    if p is None:
        return None
    top, c, bowl = p
    check: Check = lambda _i, f: f.support[top] != c and f.base(top) != BIN
    text = f"unstack {_nm(w, top)}, put {_nm(w, c)} in {_bn(w, bowl)}"
    return text, both(rels(Rel("in", c, bowl)), check)


def t69_multi_list(w: World) -> Made:
    s = w.state
    options = []
    for g in w.clear_blocks():
        if _depth(w, g) + 2 > layout.MAX_TOWER:
            continue
        for r in w.clear_blocks():
            for b in w.clear_blocks():
                if len({g, r, b}) == 3 and s.support[b] != r:
                    options.append((g, r, b))
    p = _one(w, options)
    if p is None:
        return None
    g, r, b = p
    return f"tower, bottom up: {_nm(w, g)}, {_nm(w, r)}, {_nm(w, b)}", rels(
        Rel("on", r, g), Rel("on", b, r)
    )


def t69_multi_ask(w: World) -> Made:
    p = _one(w, _bowl_pairs(w))
    if p is None:
        return None
    c, bowl = p
    a = _one(w, [x for x in w.clear_blocks() if x != c])
    if a is None:
        return None
    text = f"can u bin {_nm(w, a)} then put {_nm(w, c)} in {_bn(w, bowl)}?"
    return text, both(binned([a]), rels(Rel("in", c, bowl)))


def t69_multi_note(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    a = _one(w, [x for x in _live(w) if x not in inside])
    if a is None:
        return None
    gone: Check = lambda _i, f: all(f.base(x) != bowl and _out(f, x) for x in inside)
    return f"todo: 1) empty {_bn(w, bowl)} 2) {_nm(w, a)} in it", both(
        gone, rels(Rel("in", a, bowl))
    )


# ----- question -------------------------------------------------------------------------------------
def t69_q_frag(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
    else:
        a, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    return f"{_nm(w, a)} in {_bn(w, bowl)}?", answered(yes(w.state.base(a) == bowl))


def t69_q_arrow(w: World) -> Made:
    p = _one(w, w.pairs())
    if p is None:
        return None
    top, below = p
    return f"{_nm(w, top)}: sitting on what?", answered(w.colour(below))


def t69_q_verb(w: World) -> Made:
    a = _one(w, [b for b in w.in_bowls() if w.colour(b) != w.colour(w.state.base(b))])
    if a is None:
        return None
    return f"which bowl has {_nm(w, a)}?", answered(w.colour(w.state.base(a)))


def t69_q_list(w: World) -> Made:
    picked = w.pick(w.blocks, 3)
    if not picked:
        return None
    n = sum(w.state.base(b) in w.bowls for b in picked)
    if n == 0:
        return None
    names = ", ".join(_nm(w, b) for b in picked)
    return f"{names}: how many in bowls?", answered(str(n))


def t69_q_ask(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    bowl = w.rng.choice(full if full and w.rng.random() < 0.5 else w.bowls)
    return f"quick q: {_bn(w, bowl)} empty?", answered(yes(not w.state.in_bowl(bowl)))


def t69_q_note(w: World) -> Made:
    options = [
        b
        for b in w.bowls
        if 1 <= len(w.state.in_bowl(b)) <= 3
        and all(w.colour(x) != w.colour(b) for x in w.state.in_bowl(b))
    ]
    bowl = _one(w, options)
    if bowl is None:
        return None
    colours = "|".join(w.colour(x) for x in w.state.in_bowl(bowl))
    return f"need to know: what's in {_bn(w, bowl)}?", answered(colours)


# ----- matching -------------------------------------------------------------------------------------
def _open_matches(w: World) -> list[Rel]:
    """Colour matches not yet made whose bowl has room."""
    return [
        r
        for r in matching(w)
        if w.state.base(r.block) != r.target and _bowl_ok(w, r.block, r.target)
    ]


def _all_matches(w: World) -> list[Rel] | None:
    """Every colour match, when at least one is still to make and all of them fit."""
    want = matching(w)
    todo = [r for r in want if w.state.base(r.block) != r.target]
    if not todo or any(
        w.state.base(r.block) == BIN or _room(w, r.target) < 1 for r in todo
    ):
        return None
    return want


def t69_match_frag(w: World) -> Made:
    want = _all_matches(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "blocks into same-colour bowls",
            "blocks in matching bowls",
            "each block in its colour bowl",
        ]
    )
    return text, rels(*want)


def t69_match_arrow(w: World) -> Made:
    want = matching(w)
    rest = [b for b in _live(w) if _bowl_of(w, w.colour(b)) is None]
    if not want or not 1 <= len(rest) <= _BIN_CAPACITY:
        return None
    if any(w.state.base(r.block) != r.target and _room(w, r.target) < 1 for r in want):
        return None
    r = _arrow(w)
    return f"matching blocks {r} their bowls, rest {r} bin", both(
        rels(*want), binned(rest)
    )


def t69_match_verb(w: World) -> Made:
    m = _one(w, _open_matches(w))
    if m is None:
        return None
    return f"match up {_nm(w, m.block)} w/ its bowl", rels(m)


def t69_match_list(w: World) -> Made:
    options = []
    for m in matching(w):
        bowl = m.target
        need = (w.state.base(m.block) != bowl) + 1
        if w.state.base(m.block) == BIN or _room(w, bowl) < need:
            continue
        options += [
            (m.block, c, bowl)
            for c in w.clear_blocks()
            if c != m.block and _bowl_ok(w, c, bowl)
        ]
    p = _one(w, options)
    if p is None:
        return None
    a, c, bowl = p
    text = f"{_nm(w, a)}, {_nm(w, c)} {_arrow(w)} bowl that matches {w.colour(a)}"
    return text, rels(Rel("in", a, bowl), Rel("in", c, bowl))


def t69_match_ask(w: World) -> Made:
    s = w.state
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(s.base(b))]
    right = [b for b in w.in_bowls() if w.colour(b) == w.colour(s.base(b))]
    if not wrong or any(r in s.above(x) for x in wrong for r in right):
        return None  # a matching block resting on one to take out: its fate would be unclear
    bowls = set(w.bowls)

    def check(_i: SymState, f: SymState) -> bool:
        no_mismatch = all(
            w.colour(f.base(b)) == w.colour(b) for b in f.blocks if f.base(b) in bowls
        )
        stay = all(f.base(b) == s.base(b) for b in right)
        placed = all(f.base(b) != BIN and _out(f, b) for b in wrong)
        return no_mismatch and stay and placed

    return "can u take out blocks that don't match the bowl they're in?", check


def t69_match_note(w: World) -> Made:
    m = _one(w, _open_matches(w))
    if m is None:
        return None
    return f"todo: block matching {_bn(w, m.target)} goes in it", rels(m)


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
_STYLES = ("frag", "arrow", "verb", "list", "ask", "note")

FRESH69: list[Template] = [
    (f"t69_{short}_{style}", category, globals()[f"t69_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
