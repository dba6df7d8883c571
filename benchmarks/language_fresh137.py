"""`FRESH137`, the hundred-and-thirty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: above and below, higher and lower, not only "directly on". The people who speak here state goals and
pick out blocks by their vertical order in a stack without naming the block right beneath: "somewhere above",
"anywhere under it in the same pile", "the second block from the bottom", "the block two below the top", "the
lowest block in the tallest stack", "everything above the red block". Their checks read the support chain of
the symbolic state (`SymState.above`, `SymState.base`): "somewhere above" is the same stack at a greater
height, not necessarily directly on. Every request stays feasible (tower height `layout.MAX_TOWER`, bowl
capacity `layout.BOWL_CAPACITY`, five blocks in the bin) and names one goal (two for the multi-step ones).

- above: "Put the red block somewhere above the blue block; it doesn't have to sit right on it."
- below: "Make sure the white block ends up below the pink block, in the same stack."
- ordinal: "Take the second block from the bottom of the tallest stack and put it in the bin."
- extreme: "Which block is lowest in the tallest stack?"
- compare: "Is the green block higher than the blue one?"
- span: "Everything above the red block goes in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(While learning the constant names, a grep of the lexicon for upper-case definitions also printed its line 18,
`BIN, TABLE, GRIPPER = "bin", "table", "gripper"`; nothing else of it was read.)

Its first run (300 instructions, seed 0, on 122c3ff, the code of 5427764, after every fix before it and before anything
it could prompt): 0.3167 goal-correct (95 of 300), 173 refused, 7 asked, 25 wrong, eight of them actions: 'whatever is
at the very bottom of the tallest pile' moved the top block (three times); 'the block which is two up from X' binned
the one directly on X (twice); 'Pull out the lowest block in the tallest pile and put it in W' read 'out ... in W' as out
of W; 'X needs to be lower than Y, both in the same pile' and "I don't want X under Y in any stack" did nothing when it
was not so; seventeen wrong replies. Most refusals were 'somewhere above / underneath', 'higher / lower than',
'the second block from the bottom', 'everything below X'.
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
    kept,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_FLAT = (TABLE, *PLACES)  # what "on the table" stands on
_NUM = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- the stacks, read off the support chain --------------------------------------------------------
def _tower(s: SymState, b: str) -> list[str]:
    """The blocks of `b`'s tower, bottom first."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *reversed(s.above(bottom))]


def _level(s: SymState, b: str) -> int:
    """How many blocks lie below `b` in its tower."""
    return _tower(s, b).index(b)


def _stacks(s: SymState) -> list[list[str]]:
    """Towers of two or more blocks (on the table, a place or in a bowl), bottom first."""
    out = []
    for b in s.blocks:
        sup = s.support[b]
        if sup not in s.support and sup not in (BIN, GRIPPER):
            t = _tower(s, b)
            if len(t) >= 2:
                out.append(t)
    return out


def _tallest(s: SymState) -> list[str] | None:
    """The one tallest stack, or None when there is none or two tie."""
    st = _stacks(s)
    if not st:
        return None
    top = max(len(t) for t in st)
    best = [t for t in st if len(t) == top]
    return best[0] if len(best) == 1 else None


def _stack_ref(w: World, stack: list[str], avoid: list[str]) -> str | None:
    """A way to say which stack is meant, naming none of `avoid`."""
    opts = []
    if _tallest(w.state) == stack:
        opts += ["the tallest stack", "the tallest pile", "the highest stack"]
    for a in stack:
        if a not in avoid:
            opts += [
                f"the stack with the {a} in it",
                f"the {a}'s stack",
                f"the pile the {a} is in",
            ]
    return w.rng.choice(opts) if opts else None


def _ordinal(w: World, stack: list[str], i: int) -> str | None:
    """The words for the block at index `i` (from the bottom) by counting, never "top" or "bottom" alone."""
    k = len(stack) - 1 - i
    opts = []
    if 1 <= i <= 3:
        opts.append(f"{('second', 'third', 'fourth')[i - 1]} block from the bottom")
    if k == 1:
        opts += [
            "second block from the top",
            "block just below the top",
            "block one down from the top",
        ]
    if k == 2:
        opts += ["third block from the top", "block two below the top"]
    if k == 3:
        opts.append("block three below the top")
    return w.rng.choice(opts) if opts else None


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.on_top(bowl))


def _fits(w: World, b: str, extra: int = 1) -> bool:
    """Whether `extra` more blocks fit on top of `b`'s tower."""
    return len(_tower(w.state, b)) + extra <= layout.MAX_TOWER


def _matching_bowl(w: World, b: str) -> str | None:
    return next((bowl for bowl in w.bowls if w.colour(bowl) == w.colour(b)), None)


# ----- checks ------------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    """The goal, with nothing left in the gripper."""
    return both(*checks, _idle)


def _over(hi: str, lo: str) -> Check:
    """`hi` somewhere above `lo` in one stack, not necessarily directly on it."""
    return lambda _i, f: hi in f.above(lo)


def _not_over(hi: str, lo: str) -> Check:
    return lambda _i, f: hi not in f.above(lo)


def _clear(b: str) -> Check:
    return lambda _i, f: f.is_clear(b)


def _in(b: str, bowl: str) -> Check:
    return rels(Rel("in", b, bowl))


def _at(b: str, place: str) -> Check:
    return rels(Rel("at", b, place))


def _flat(blocks: list[str]) -> Check:
    """Each block stands on the table (a place counts), alone or in a stack there."""
    return lambda _i, f: all(f.base(b) in _FLAT for b in blocks)


# ----- pickers ---------------------------------------------------------------------------------------
def _above_pairs(w: World, busy: bool | None = None) -> list[tuple[str, str]]:
    """(hi, lo): `hi` can be put on top of `lo`'s tower. busy: `lo` has blocks on it (True), none (False)."""
    s = w.state
    out = []
    for lo in s.blocks:
        if s.base(lo) in (BIN, GRIPPER) or not _fits(w, lo):
            continue
        if busy is not None and busy == s.is_clear(lo):
            continue
        tower = _tower(s, lo)
        out += [(hi, lo) for hi in s.blocks if hi not in tower]
    return out


def _pair(w: World, pairs: list[tuple[str, str]]) -> tuple[str, str] | None:
    return w.rng.choice(pairs) if pairs else None


def _stack_pick(w: World, ok) -> tuple[list[str], int] | None:
    """(stack, index) of a block that `ok(stack, index)` accepts."""
    found = [(t, i) for t in _stacks(w.state) for i in range(len(t)) if ok(t, i)]
    return w.rng.choice(found) if found else None


def _bowl_for(w: World, b: str, n: int = 1) -> str | None:
    """A bowl with room for `n` more blocks that `b`'s tower does not stand in."""
    bowls = [
        bowl for bowl in w.bowls if _room(w, bowl) >= n and w.state.base(b) != bowl
    ]
    return w.rng.choice(bowls) if bowls else None


def _ordinal_target(
    w: World, ok=lambda _t, _i: True
) -> tuple[list[str], int, str, str] | None:
    """(stack, index, ordinal words, stack words) for a block picked out by counting."""
    got = _stack_pick(
        w, lambda t, i: ok(t, i) and (1 <= i <= 3 or 1 <= len(t) - 1 - i <= 3)
    )
    if got is None:
        return None
    t, i = got
    words, ref = _ordinal(w, t, i), _stack_ref(w, t, [t[i]])
    if words is None or ref is None:
        return None
    return t, i, words, ref


# ----- imperative --------------------------------------------------------------------------------------
def t137_imp_above(w: World) -> Made:
    got = _pair(w, _above_pairs(w, busy=True))
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"Put the {hi} somewhere above the {lo}; it doesn't have to sit right on it.",
            f"Get the {hi} up onto the {lo}'s stack, anywhere higher than the {lo}.",
            f"Stick the {hi} anywhere above the {lo} in that pile.",
        ]
    )
    return text, _done(_over(hi, lo))


def t137_imp_below(w: World) -> Made:
    got = _pair(w, _above_pairs(w))
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"Make sure the {lo} ends up below the {hi}, in the same stack.",
            f"Arrange things so that the {lo} is somewhere underneath the {hi} in one pile.",
            f"Set it up so the {lo} sits lower down in the same stack as the {hi}, under it.",
        ]
    )
    return text, _done(_over(hi, lo))


def t137_imp_ordinal(w: World) -> Made:
    got = _ordinal_target(w)
    if got is None:
        return None
    t, i, words, ref = got
    b = t[i]
    text = w.rng.choice(
        [
            f"Take the {words} of {ref} and put it in the bin.",
            f"Throw the {words} in {ref} into the bin.",
            f"Find the {words} of {ref} and drop it in the bin, please.",
        ]
    )
    return text, _done(binned([b]))


def t137_imp_extreme(w: World) -> Made:
    t = _tallest(w.state)
    if t is None:
        return None
    bowl = _bowl_for(w, t[0])
    if bowl is None:
        return None
    text = w.rng.choice(
        [
            f"Put the bottom block of the tallest stack in the {bowl}.",
            f"Pull out the lowest block in the tallest pile and put it in the {bowl}.",
            f"Move whichever block is at the very bottom of the tallest stack into the {bowl}.",
        ]
    )
    return text, _done(_in(t[0], bowl))


def t137_imp_compare(w: World) -> Made:
    got = _pair(w, _above_pairs(w))
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"Put the {hi} higher up than the {lo}, in the same stack.",
            f"Stack the {hi} so that it sits higher than the {lo} in one pile.",
            f"Move the {hi} into the same stack as the {lo}, at a higher level than the {lo}.",
        ]
    )
    return text, _done(_over(hi, lo))


def t137_imp_span(w: World) -> Made:
    cands = [
        b
        for b in w.blocks
        if not w.state.is_clear(b) and w.state.base(b) not in (BIN, GRIPPER)
    ]
    if not cands:
        return None
    r = w.rng.choice(cands)
    up = w.state.above(r)
    text = w.rng.choice(
        [
            f"Take everything above the {r} off and put it on the table.",
            f"Move every block that's stacked above the {r} down onto the table.",
            f"Unstack whatever is piled above the {r} and set it on the table.",
        ]
    )
    return text, _done(_flat(up), lambda _i, f: not set(up) & set(f.above(r)))


# ----- declarative -------------------------------------------------------------------------------------
def t137_dec_above(w: World) -> Made:
    pairs = [(hi, lo) for hi, lo in _above_pairs(w) if len(_tower(w.state, lo)) >= 2]
    got = _pair(w, pairs)
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"The {hi} goes anywhere on top of the tower that has the {lo} in it.",
            f"The {hi} belongs somewhere up the stack the {lo} is in, higher than the {lo}.",
            f"The {hi} should end up somewhere above the {lo}.",
        ]
    )
    return text, _done(_over(hi, lo))


def t137_dec_below(w: World) -> Made:
    got = _pair(w, _above_pairs(w, busy=True))
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"The {lo} should end up below the {hi}.",
            f"The {lo} has to be somewhere underneath the {hi}; same stack, not necessarily right under it.",
            f"The {lo} is supposed to be lower down in the pile than the {hi}, beneath it.",
        ]
    )
    return text, _done(_over(hi, lo))


def t137_dec_ordinal(w: World) -> Made:
    got = _ordinal_target(w)
    if got is None:
        return None
    t, i, words, ref = got
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"The {words} of {ref} should be in the {place}.",
            f"The {words} in {ref} belongs in the {place}.",
            f"The {words} of {ref} needs to end up in the {place}.",
        ]
    )
    return text, _done(_at(t[i], place))


def t137_dec_extreme(w: World) -> Made:
    t = _tallest(w.state)
    if t is None:
        return None
    bowl = _bowl_for(w, t[-1])
    if bowl is None:
        return None
    text = w.rng.choice(
        [
            f"The topmost block of the tallest stack goes in the {bowl}.",
            f"Whatever is at the very top of the tallest pile should end up in the {bowl}.",
            f"The highest block of the tallest stack belongs in the {bowl}.",
        ]
    )
    return text, _done(_in(t[-1], bowl))


def t137_dec_compare(w: World) -> Made:
    pairs = [
        (lo, hi)
        for t in _stacks(w.state)
        for j, lo in enumerate(t)
        for hi in t[j + 1 :]
    ]
    got = _pair(w, pairs)
    if got is None:
        return None
    lo, hi = got
    text = w.rng.choice(
        [
            f"The {lo} should sit higher than the {hi} in their stack.",
            f"The {lo} ought to be higher up than the {hi}, in one stack.",
            f"The {hi} needs to be lower than the {lo}, both in the same pile.",
        ]
    )
    return text, _done(_over(lo, hi))


def t137_dec_span(w: World) -> Made:
    cands = [
        b
        for b in w.blocks
        if not w.state.is_clear(b) and w.state.base(b) not in (BIN, GRIPPER)
    ]
    if not cands:
        return None
    r = w.rng.choice(cands)
    up = w.state.above(r)
    text = w.rng.choice(
        [
            f"Everything above the {r} goes in the bin.",
            f"All the blocks stacked over the {r} belong in the bin.",
            f"Whatever sits higher than the {r} in its stack is going in the bin.",
        ]
    )
    return text, _done(binned(up))


# ----- desiderative ------------------------------------------------------------------------------------
def t137_des_above(w: World) -> Made:
    got = _pair(w, _above_pairs(w, busy=True) or _above_pairs(w))
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"I'd like the {hi} to end up somewhere over the {lo}.",
            f"I want the {hi} sitting anywhere above the {lo}, in the same stack.",
            f"I'd love to see the {hi} somewhere up above the {lo}.",
        ]
    )
    return text, _done(_over(hi, lo))


def t137_des_below(w: World) -> Made:
    got = _pair(w, _above_pairs(w, busy=False))
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"I want the {lo} underneath the {hi}; anywhere under it in the same pile is fine.",
            f"I'd like the {lo} to be lower down than the {hi}, in one stack.",
            f"What I want is the {lo} somewhere below the {hi}.",
        ]
    )
    return text, _done(_over(hi, lo))


def t137_des_ordinal(w: World) -> Made:
    got = _ordinal_target(w)
    if got is None:
        return None
    t, i, words, ref = got
    bowl = _bowl_for(w, t[i])
    if bowl is None:
        return None
    text = w.rng.choice(
        [
            f"I'd like the {words} of {ref} put in the {bowl}.",
            f"I want the {words} in {ref} moved into the {bowl}.",
            f"I'd love it if the {words} of {ref} ended up in the {bowl}.",
        ]
    )
    return text, _done(_in(t[i], bowl))


def t137_des_extreme(w: World) -> Made:
    got = _stack_pick(w, lambda t, i: i == 0)
    if got is None:
        return None
    t, _ = got
    ref = _stack_ref(w, t, [t[0]])
    if ref is None:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I'd like the lowest block of {ref} moved to the {place}.",
            f"I want whatever is at the very bottom of {ref} over in the {place}.",
            f"I'd like the block at the base of {ref} to end up in the {place}.",
        ]
    )
    return text, _done(_at(t[0], place))


def t137_des_compare(w: World) -> Made:
    s = w.state
    cands = []
    for x in s.blocks:
        for y in s.blocks:
            tx, ty = _tower(s, x), _tower(s, y)
            if x == y or y in tx or s.base(x) in (BIN, GRIPPER) or len(tx) > len(ty):
                continue
            spare = [b for b in s.blocks if b not in tx and b not in ty]
            need = len(ty) - len(tx) + 1
            if len(ty) + 1 <= layout.MAX_TOWER and len(spare) >= need:
                cands.append((x, y))
    got = _pair(w, cands)
    if got is None:
        return None
    x, y = got
    text = w.rng.choice(
        [
            f"I'd like the stack with the {x} in it to end up taller than the one with the {y}.",
            f"I want the {x} to end up in a taller stack than the {y}.",
            f"I'd like the {x}'s stack to stand taller than the stack the {y} is in.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        tx, ty = _tower(f, x), _tower(f, y)
        return y not in tx and len(tx) > len(ty)

    return text, _done(check)


def t137_des_span(w: World) -> Made:
    cands = [
        b
        for b in w.blocks
        if _level(w.state, b) >= 1 and w.state.base(b) not in (BIN, GRIPPER)
    ]
    if not cands:
        return None
    p = w.rng.choice(cands)
    down = _tower(w.state, p)[: _level(w.state, p)]
    text = w.rng.choice(
        [
            f"I'd like everything underneath the {p} thrown in the bin.",
            f"I want all the blocks below the {p} in its stack to go in the bin.",
            f"I'd like whatever is under the {p} to end up in the bin.",
        ]
    )
    return text, _done(binned(down))


# ----- quantified --------------------------------------------------------------------------------------
def t137_qua_above(w: World) -> Made:
    s = w.state
    cands = [
        r
        for r in s.blocks
        if s.is_clear(r)
        and s.base(r) not in (BIN, GRIPPER)
        and _fits(w, r, 2)
        and len([b for b in s.blocks if b not in _tower(s, r)]) >= 2
    ]
    if not cands:
        return None
    r = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put two blocks somewhere above the {r}.",
            f"Stack exactly two blocks on top of the {r}, one above the other.",
            f"Get two blocks piled up above the {r}.",
        ]
    )
    return text, _done(lambda _i, f: len(f.above(r)) == 2)


def t137_qua_below(w: World) -> Made:
    s = w.state
    cands = [y for y in s.blocks if _level(s, y) < 2 and len(s.blocks) >= 3]
    if not cands:
        return None
    y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Get at least two blocks underneath the {y} in its stack.",
            f"Make sure the {y} ends up with two or more blocks below it.",
            f"Put the {y} up high enough that at least two blocks sit under it.",
        ]
    )
    return text, _done(lambda _i, f: _level(f, y) >= 2)


def t137_qua_ordinal(w: World) -> Made:
    st = [t for t in _stacks(w.state) if len(t) >= 3]
    if not st:
        return None
    t = w.rng.choice(st)
    ref = _stack_ref(w, t, t[-2:])
    if ref is None:
        return None
    text = w.rng.choice(
        [
            f"Put the top two blocks of {ref} in the bin.",
            f"Bin the two highest blocks in {ref}.",
            f"Take the two uppermost blocks off {ref} and throw them in the bin.",
        ]
    )
    return text, _done(binned(t[-2:]))


def t137_qua_extreme(w: World) -> Made:
    st = _stacks(w.state)
    if not st:
        return None
    tops = [t[-1] for t in st]
    rest = [b for b in w.blocks if b not in tops]
    text = w.rng.choice(
        [
            "Put the top block of every stack in the bin.",
            "Take the topmost block off each of the stacks and put it in the bin.",
            "Every stack's highest block goes in the bin.",
        ]
    )
    return text, _done(binned(tops), none_binned(rest))


def t137_qua_compare(w: World) -> Made:
    s = w.state
    cands = [
        (g, bowl)
        for g in s.blocks
        if not s.is_clear(g) and s.base(g) not in (BIN, GRIPPER)
        for bowl in w.bowls
        if _room(w, bowl) >= len(s.above(g)) and s.base(g) != bowl
    ]
    got = _pair(w, cands)
    if got is None:
        return None
    g, bowl = got
    up = s.above(g)
    text = w.rng.choice(
        [
            f"Put every block that's higher up than the {g} in its stack into the {bowl}.",
            f"All the blocks sitting higher than the {g} in that pile go in the {bowl}.",
            f"Move each block that is above the {g} into the {bowl}.",
        ]
    )
    return text, _done(*(_in(b, bowl) for b in up))


def t137_qua_span(w: World) -> Made:
    s = w.state
    cands = [
        (x, bowl)
        for x in s.blocks
        if _level(s, x) >= 1 and s.base(x) not in (BIN, GRIPPER)
        for bowl in w.bowls
        if _room(w, bowl) >= _level(s, x) and s.base(x) != bowl
    ]
    got = _pair(w, cands)
    if got is None:
        return None
    x, bowl = got
    down = _tower(s, x)[: _level(s, x)]
    many = (
        "the block"
        if len(down) == 1
        else ("both blocks" if len(down) == 2 else f"all {_NUM[len(down)]} blocks")
    )
    text = w.rng.choice(
        [
            f"Move all the blocks under the {x} into the {bowl}.",
            f"Put every block beneath the {x} in the {bowl}.",
            f"Take {many} below the {x} and put them in the {bowl}."
            if len(down) > 1
            else f"Take whatever is below the {x} and put it in the {bowl}.",
        ]
    )
    return text, _done(*(_in(b, bowl) for b in down))


# ----- negated -----------------------------------------------------------------------------------------
def t137_neg_above(w: World) -> Made:
    got = _pair(w, _above_pairs(w, busy=True))
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"Put the {hi} somewhere above the {lo}, just not directly on it.",
            f"Stack the {hi} higher than the {lo} in its pile, but not right on top of the {lo}.",
            f"Get the {hi} above the {lo} without setting it straight onto the {lo}.",
        ]
    )
    return text, _done(_over(hi, lo), lambda _i, f: f.support[hi] != lo)


def t137_neg_below(w: World) -> Made:
    s = w.state
    pairs = [(hi, lo) for lo in s.blocks for hi in s.above(lo)]
    far = [(hi, lo) for hi, lo in pairs if s.support[hi] != lo]
    got = _pair(w, far if far and w.rng.random() < 0.7 else pairs)
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"The {lo} shouldn't be anywhere below the {hi} anymore.",
            f"Make sure the {lo} isn't underneath the {hi} any more, not even further down.",
            f"I don't want the {lo} under the {hi} in any stack.",
        ]
    )
    return text, _done(_not_over(hi, lo))


def t137_neg_ordinal(w: World) -> Made:
    got = _ordinal_target(w, lambda _t, i: i >= 1)
    if got is None:
        return None
    t, i, words, ref = got
    b, bottom = t[i], t[0]
    text = w.rng.choice(
        [
            f"Take the {words} of {ref} out of that stack, but don't put it in the bin.",
            f"Get the {words} of {ref} off that stack, just not into the bin.",
            f"Remove the {words} from {ref}, and don't throw it away in the bin.",
        ]
    )
    return text, _done(lambda _i, f: bottom not in _tower(f, b), none_binned([b]))


def t137_neg_extreme(w: World) -> Made:
    t = _tallest(w.state)
    if t is None:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Put the bottom block of the tallest stack in the {place}, and don't put anything in the bin.",
            f"Move the lowest block of the tallest pile to the {place} without using the bin.",
            f"Without binning anything, get the block at the very bottom of the tallest stack to the {place}.",
        ]
    )
    return text, _done(_at(t[0], place), none_binned(w.blocks))


def t137_neg_compare(w: World) -> Made:
    cands = [
        b
        for b in w.blocks
        if not w.state.is_clear(b) and w.state.base(b) not in (BIN, GRIPPER)
    ]
    if not cands:
        return None
    r = w.rng.choice(cands)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the {r} to the {place}, and don't let any block sit higher than it there.",
            f"Put the {r} in the {place} with nothing stacked higher than it.",
            f"Get the {r} over to the {place}; no block should end up above it.",
        ]
    )
    return text, _done(_at(r, place), _clear(r))


def t137_neg_span(w: World) -> Made:
    cands = [
        b
        for b in w.blocks
        if not w.state.is_clear(b) and w.state.base(b) not in (BIN, GRIPPER)
    ]
    if not cands:
        return None
    r = w.rng.choice(cands)
    up = w.state.above(r)
    text = w.rng.choice(
        [
            f"Take everything off the {r}, but don't put any of it in the bin.",
            f"Clear away all the blocks above the {r}; none of them go in the bin.",
            f"Get every block stacked above the {r} off it, without binning any of them.",
        ]
    )
    return text, _done(_clear(r), none_binned(up))


# ----- relative ----------------------------------------------------------------------------------------
def t137_rel_above(w: World) -> Made:
    got = _stack_pick(w, lambda t, i: i + 2 < len(t))
    if got is None:
        return None
    t, i = got
    x, b = t[i], t[i + 2]
    text = w.rng.choice(
        [
            f"The block that sits two above the {x}: put it in the bin.",
            f"Put the block that's two places above the {x} in the bin.",
            f"Throw the block which is two up from the {x} into the bin.",
        ]
    )
    return text, _done(binned([b]))


def t137_rel_below(w: World) -> Made:
    got = _stack_pick(w, lambda t, i: i >= 1)
    if got is None:
        return None
    t, i = got
    y = t[i]
    if i >= 2 and w.rng.random() < 0.6:
        b = t[i - 2]
        what = w.rng.choice(
            [
                f"the block that sits two below the {y}",
                f"the block that's two under the {y}",
            ]
        )
    else:
        b = t[i - 1]
        what = w.rng.choice(
            [
                f"the block that the {y} is sitting on",
                f"the block that's holding up the {y}",
            ]
        )
    bowl = _bowl_for(w, b)
    if bowl is None:
        return None
    text = w.rng.choice(
        [
            f"Put {what} in the {bowl}.",
            f"Move {what} into the {bowl}.",
        ]
    )
    return text, _done(_in(b, bowl))


def t137_rel_ordinal(w: World) -> Made:
    got = _ordinal_target(w, lambda t, i: i + 2 <= layout.MAX_TOWER)
    if got is None:
        return None
    t, i, words, ref = got
    movers = [x for x in w.blocks if x not in t]
    if not movers:
        return None
    x, b, pos = w.rng.choice(movers), t[i], words.replace("block ", "")
    text = w.rng.choice(
        [
            f"Put the {x} on the block that's {pos} in {ref}.",
            f"The block that is {pos} of {ref}: set the {x} right on it.",
            f"Place the {x} directly on whichever block is {pos} in {ref}.",
        ]
    )
    return text, _done(rels(Rel("on", x, b)))


def t137_rel_extreme(w: World) -> Made:
    t = _tallest(w.state)
    if t is None or len(t) >= layout.MAX_TOWER:
        return None
    movers = [x for x in w.blocks if x not in t]
    if not movers:
        return None
    x = w.rng.choice(movers)
    text = w.rng.choice(
        [
            f"Put the {x} on the block that's at the very top of the tallest stack.",
            f"Set the {x} on whichever block is highest in the tallest pile.",
            f"Place the {x} onto the block that sits at the top of the tallest stack.",
        ]
    )
    return text, _done(rels(Rel("on", x, t[-1])))


def t137_rel_compare(w: World) -> Made:
    cands = [
        (p, bowl)
        for p in w.blocks
        if _level(w.state, p) == 1
        for bowl in w.bowls
        if _room(w, bowl) >= 1 and w.state.base(p) != bowl
    ]
    got = _pair(w, cands)
    if got is None:
        return None
    p, bowl = got
    b = w.state.support[p]
    text = w.rng.choice(
        [
            f"Move the block that sits lower than the {p} in its stack into the {bowl}.",
            f"The block that's lower down than the {p} in its pile: put it in the {bowl}.",
            f"Put the block which is beneath the {p} in the {bowl}.",
        ]
    )
    return text, _done(_in(b, bowl))


def t137_rel_span(w: World) -> Made:
    cands = [
        b
        for b in w.blocks
        if not w.state.is_clear(b) and w.state.base(b) not in (BIN, GRIPPER)
    ]
    if not cands:
        return None
    x = w.rng.choice(cands)
    up = w.state.above(x)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the blocks that are stacked above the {x} to the {place}.",
            f"Whatever blocks are sitting above the {x}, put them in the {place}.",
            f"The blocks that are higher up than the {x} in its pile go to the {place}.",
        ]
    )
    return text, _done(*(_at(b, place) for b in up))


# ----- keep ----------------------------------------------------------------------------------------------
def t137_keep_above(w: World) -> Made:
    got = _pair(w, _above_pairs(w, busy=True))
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"Put the {hi} anywhere above the {lo}, but leave the {lo} where it is.",
            f"Without moving the {lo}, get the {hi} somewhere up above it.",
            f"Stack the {hi} somewhere over the {lo}; the {lo} itself stays put.",
        ]
    )
    return text, _done(_over(hi, lo), kept(lo))


def t137_keep_below(w: World) -> Made:
    got = _pair(w, _above_pairs(w))
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"Get the {lo} below the {hi} without moving the {lo}.",
            f"Leave the {lo} where it is, but make it end up underneath the {hi}.",
            f"Keep the {lo} in place and get it somewhere beneath the {hi} in the same stack.",
        ]
    )
    return text, _done(_over(hi, lo), kept(lo))


def t137_keep_ordinal(w: World) -> Made:
    got = _ordinal_target(w, lambda _t, i: i >= 1)
    if got is None:
        return None
    t, i, words, ref = got
    text = w.rng.choice(
        [
            f"Put the {words} of {ref} in the bin, and leave the bottom block alone.",
            f"Bin the {words} in {ref}, but don't move the block at the bottom.",
            f"Throw the {words} of {ref} into the bin; the bottom block stays where it is.",
        ]
    )
    return text, _done(binned([t[i]]), kept(t[0]))


def t137_keep_extreme(w: World) -> Made:
    t = _tallest(w.state)
    if t is None:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the top block of the tallest stack to the {place}, without touching the rest of that stack.",
            f"Take the highest block off the tallest pile and put it in the {place}; leave the others as they are.",
            f"Put the uppermost block of the tallest stack in the {place}, and keep the blocks under it where they are.",
        ]
    )
    return text, _done(_at(t[-1], place), kept(*t[:-1]))


def t137_keep_compare(w: World) -> Made:
    got = _pair(w, _above_pairs(w, busy=False))
    if got is None:
        return None
    hi, lo = got
    text = w.rng.choice(
        [
            f"Put the {hi} higher than the {lo}, in the same stack, but don't move the {lo}.",
            f"Get the {hi} up higher than the {lo} in one pile, leaving the {lo} in place.",
            f"Keep the {lo} still and put the {hi} somewhere higher than it in the same stack.",
        ]
    )
    return text, _done(_over(hi, lo), kept(lo))


def t137_keep_span(w: World) -> Made:
    cands = [
        b
        for b in w.blocks
        if not w.state.is_clear(b) and w.state.base(b) not in (BIN, GRIPPER)
    ]
    if not cands:
        return None
    r = w.rng.choice(cands)
    up = w.state.above(r)
    text = w.rng.choice(
        [
            f"Put everything above the {r} in the bin, but keep the {r} where it is.",
            f"Bin all the blocks stacked over the {r}, and leave the {r} itself alone.",
            f"Without moving the {r}, throw whatever is above it into the bin.",
        ]
    )
    return text, _done(binned(up), kept(r))


# ----- multi-step ----------------------------------------------------------------------------------------
def t137_multi_above(w: World) -> Made:
    s = w.state
    cands = [
        (b, r)
        for r in s.blocks
        if not s.is_clear(r) and s.base(r) not in (BIN, GRIPPER)
        for b in s.blocks
        if b not in _tower(s, r)
    ]
    got = _pair(w, cands)
    if got is None:
        return None
    b, r = got
    up = s.above(r)
    text = w.rng.choice(
        [
            f"First clear everything above the {r} into the bin, then put the {b} somewhere above the {r}.",
            f"Bin whatever is stacked over the {r}, and after that get the {b} up above the {r}.",
            f"Throw all the blocks above the {r} in the bin first; then the {b} goes somewhere above the {r}.",
        ]
    )
    return text, _done(binned(up), _over(b, r))


def t137_multi_below(w: World) -> Made:
    s = w.state
    cands = [
        (x, hi, lo)
        for hi, lo in _above_pairs(w)
        for x in s.blocks
        if x not in (hi, lo)
        and s.is_clear(x)
        and x not in _tower(s, lo)
        and x not in _tower(s, hi)
    ]
    if not cands:
        return None
    x, hi, lo = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {x} in the bin, then make sure the {lo} ends up below the {hi}.",
            f"First bin the {x}; after that, get the {lo} somewhere underneath the {hi}.",
            f"Throw the {x} in the bin and then arrange things so the {lo} is lower than the {hi} in one stack.",
        ]
    )
    return text, _done(binned([x]), _over(hi, lo))


def t137_multi_ordinal(w: World) -> Made:
    st = [t for t in _stacks(w.state) if len(t) >= 3]
    if not st:
        return None
    t = w.rng.choice(st)
    ref = _stack_ref(w, t, t[1:])
    bowl = _bowl_for(w, t[1])
    if ref is None or bowl is None:
        return None
    text = w.rng.choice(
        [
            f"Take the top block off {ref} and put it on the table, then put the block that was second from the bottom in the {bowl}.",
            f"First move the top block of {ref} to the table; after that, the second block from the bottom goes in the {bowl}.",
            f"Set the highest block of {ref} down on the table, and then put the second one from the bottom into the {bowl}.",
        ]
    )
    return text, _done(_flat([t[-1]]), _in(t[1], bowl))


def t137_multi_extreme(w: World) -> Made:
    t = _tallest(w.state)
    if t is None:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Put the bottom block of the tallest stack in the bin, then the top block of that stack in the {place}.",
            f"First bin the lowest block of the tallest pile, and after that move its topmost block to the {place}.",
            f"The block at the very bottom of the tallest stack goes in the bin first; then put the top block of that same stack in the {place}.",
        ]
    )
    return text, _done(binned([t[0]]), _at(t[-1], place))


def t137_multi_compare(w: World) -> Made:
    s = w.state
    cands = []
    for hi, lo in _above_pairs(w):
        for z in s.blocks:
            if z in (hi, lo) or z in _tower(s, lo) or z in _tower(s, hi):
                continue
            cands += [
                (hi, lo, z, bowl)
                for bowl in w.bowls
                if _room(w, bowl) >= 1 and s.base(z) != bowl
            ]
    if not cands:
        return None
    hi, lo, z, bowl = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {hi} higher than the {lo} in the same stack, and after that put the {z} in the {bowl}.",
            f"First get the {hi} up higher than the {lo}, in one pile; then the {z} goes in the {bowl}.",
            f"Stack the {hi} somewhere higher than the {lo}, then move the {z} into the {bowl}.",
        ]
    )
    return text, _done(_over(hi, lo), _in(z, bowl))


def t137_multi_span(w: World) -> Made:
    s = w.state
    cands = [
        (r, bowl)
        for r in s.blocks
        if not s.is_clear(r) and s.base(r) not in (BIN, GRIPPER)
        for bowl in w.bowls
        if _room(w, bowl) >= 1 and s.base(r) != bowl
    ]
    got = _pair(w, cands)
    if got is None:
        return None
    r, bowl = got
    up = s.above(r)
    text = w.rng.choice(
        [
            f"First move everything above the {r} onto the table, then put the {r} in the {bowl}.",
            f"Take all the blocks above the {r} down to the table, and after that put the {r} into the {bowl}.",
            f"Unstack whatever is over the {r} onto the table first; then the {r} goes in the {bowl}.",
        ]
    )
    return text, _done(_in(r, bowl), _flat(up))


# ----- questions ---------------------------------------------------------------------------------------
def t137_q_above(w: World) -> Made:
    s = w.state
    yes_pairs = [(a, b) for b in s.blocks for a in s.above(b)]
    no_pairs = [
        (a, b)
        for a in s.blocks
        for b in s.blocks
        if a != b
        and a not in s.above(b)
        and (b in s.above(a) or _level(s, a) <= _level(s, b))
    ]
    flag = bool(yes_pairs) and (not no_pairs or w.rng.random() < 0.5)
    got = _pair(w, yes_pairs if flag else no_pairs)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"Is the {a} anywhere above the {b}?",
            f"Does the {a} sit somewhere above the {b}?",
            f"Is the {a} stacked higher up than the {b}, in the same pile?",
        ]
    )
    return text, answered(yes(flag))


def t137_q_below(w: World) -> Made:
    cands = [b for b in w.blocks if _level(w.state, b) >= 1]
    if not cands:
        return None
    r = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"How many blocks are below the {r} in its stack?",
            f"How many blocks are underneath the {r}?",
            f"Count the blocks under the {r} in its pile: how many?",
        ]
    )
    return text, answered(str(_level(w.state, r)))


def t137_q_ordinal(w: World) -> Made:
    got = _ordinal_target(w)
    if got is None:
        return None
    t, i, words, ref = got
    pos = words.replace("block ", "")
    text = w.rng.choice(
        [
            f"Which block is {pos} of {ref}?",
            f"What's the {words} in {ref}?",
            f"Tell me which block is {pos} in {ref}.",
        ]
    )
    return text, answered(t[i])


def t137_q_extreme(w: World) -> Made:
    t = _tallest(w.state)
    if t is None:
        return None
    if w.rng.random() < 0.6:
        b = t[0]
        text = w.rng.choice(
            [
                "Which block is lowest in the tallest stack?",
                "What's at the very bottom of the tallest stack?",
                "Which block is the bottom one in the tallest pile?",
            ]
        )
    else:
        b = t[-1]
        text = w.rng.choice(
            [
                "Which block is highest in the tallest stack?",
                "What's sitting at the very top of the tallest pile?",
            ]
        )
    return text, answered(b)


def t137_q_compare(w: World) -> Made:
    pairs = [(a, b) for t in _stacks(w.state) for a in t for b in t if a != b]
    got = _pair(w, pairs)
    if got is None:
        return None
    a, b = got
    flag = a in w.state.above(b)
    one = b.replace(" block", " one")
    text = w.rng.choice(
        [
            f"Is the {a} higher than the {one}?",
            f"Is the {a} higher up in the stack than the {b}?",
            f"Does the {a} sit lower than the {b}?",
        ]
    )
    if text.startswith("Does"):
        flag = not flag
    return text, answered(yes(flag))


def t137_q_span(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b)]
    if not cands:
        return None
    y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"How many blocks are stacked above the {y}?",
            f"How many blocks sit higher than the {y} in its stack?",
            f"How many blocks are piled on top of the {y}, all told?",
        ]
    )
    return text, answered(str(len(w.state.above(y))))


# ----- matching ------------------------------------------------------------------------------------------
def _coloured(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every block with a bowl of its colour."""
    out = []
    for b in w.blocks:
        bowl = _matching_bowl(w, b)
        if bowl is not None:
            out.append((b, bowl))
    return out


def t137_match_above(w: World) -> Made:
    pairs = _above_pairs(w, busy=True)
    cands = [(b, bowl, lo) for b, bowl in _coloured(w) for hi, lo in pairs if hi == b]
    if not cands:
        return None
    b, bowl, lo = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Take the block that's the same colour as the {bowl} and put it somewhere above the {lo}.",
            f"The block matching the {bowl} should go anywhere above the {lo}.",
            f"Find the block that matches the {bowl} and stack it somewhere over the {lo}.",
        ]
    )
    return text, _done(_over(b, lo))


def t137_match_below(w: World) -> Made:
    pairs = _above_pairs(w)
    cands = [(b, bowl, hi) for b, bowl in _coloured(w) for hi, lo in pairs if lo == b]
    if not cands:
        return None
    b, bowl, hi = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Make the block that matches the {bowl} end up somewhere below the {hi}.",
            f"Get the block that's the same colour as the {bowl} underneath the {hi}, in the same stack.",
            f"The block matching the {bowl} in colour should be lower down than the {hi}, same pile.",
        ]
    )
    return text, _done(_over(hi, b))


def t137_match_ordinal(w: World) -> Made:
    def ok(t: list[str], i: int) -> bool:
        bowl = _matching_bowl(w, t[i])
        return bowl is not None and _room(w, bowl) >= 1 and w.state.base(t[i]) != bowl

    got = _ordinal_target(w, ok)
    if got is None:
        return None
    t, i, words, ref = got
    bowl = _matching_bowl(w, t[i])
    text = w.rng.choice(
        [
            f"Put the {words} of {ref} into the bowl of its own colour.",
            f"The {words} in {ref} goes in the bowl of its own colour.",
            f"Move the {words} of {ref} to the bowl with the same colour as it.",
        ]
    )
    return text, _done(_in(t[i], bowl))


def t137_match_extreme(w: World) -> Made:
    def ok(t: list[str], i: int) -> bool:
        bowl = _matching_bowl(w, t[i])
        return (
            i == 0
            and bowl is not None
            and _room(w, bowl) >= 1
            and w.state.base(t[i]) != bowl
        )

    got = _stack_pick(w, ok)
    if got is None:
        return None
    t, _ = got
    ref = _stack_ref(w, t, [t[0]])
    if ref is None:
        return None
    b = t[0]
    text = w.rng.choice(
        [
            f"Put the bottom block of {ref} into the bowl that matches its colour.",
            f"The lowest block in {ref} goes in the bowl of the same colour.",
            f"Move whatever is at the very bottom of {ref} into its matching bowl.",
        ]
    )
    return text, _done(_in(b, _matching_bowl(w, b)))


def t137_match_compare(w: World) -> Made:
    s = w.state
    cands = []
    for t in _stacks(s):
        for j, lo in enumerate(t):
            bowl = _matching_bowl(w, lo)
            if bowl is None or _room(w, bowl) < 1 or s.base(lo) == bowl:
                continue
            cands += [(lo, hi, bowl) for hi in t[j + 1 :]]
    if not cands:
        return None
    lo, hi, bowl = w.rng.choice(cands)
    a, b = (lo, hi) if w.rng.random() < 0.5 else (hi, lo)
    text = w.rng.choice(
        [
            f"Whichever of the {a} and the {b} is lower, put it in the bowl of its colour.",
            f"Put the lower of the {a} and the {b} into the bowl that matches it.",
            f"Of the {a} and the {b}, the one further down goes in its matching bowl.",
        ]
    )
    return text, _done(_in(lo, bowl))


def t137_match_span(w: World) -> Made:
    s = w.state
    cands = []
    for x in s.blocks:
        n = _level(s, x)
        if n < 1 or s.base(x) in (BIN, GRIPPER):
            continue
        down = _tower(s, x)[:n]
        bowls = [_matching_bowl(w, b) for b in down]
        if None in bowls or all(s.base(b) == bowl for b, bowl in zip(down, bowls)):
            continue
        if all(_room(w, bowl) >= bowls.count(bowl) for bowl in bowls):
            cands.append((x, list(zip(down, bowls))))
    if not cands:
        return None
    x, goal = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put every block below the {x} into the bowl of its own colour.",
            f"Each block underneath the {x} goes in the bowl of its own colour.",
            f"Sort whatever is under the {x} into the bowls of the same colours.",
        ]
    )
    return text, _done(*(_in(b, bowl) for b, bowl in goal))


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
_STYLES = ("above", "below", "ordinal", "extreme", "compare", "span")
FRESH137: list[Template] = [
    (f"t137_{short}_{style}", category, globals()[f"t137_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
