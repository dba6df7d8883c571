"""`FRESH145`, the hundred-and-forty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is indefinites and free choice: people name a block, a bowl or a spot without saying which one ("a
block", "any bowl", "something", "one of these two", "whichever corner you like", "a different bowl", "either
bowl") and leave the choice to the robot. Every check accepts each choice the words allow and rejects the rest.
A singular indefinite ("a block", "some block", "something", "any block you like", "one of ...") means exactly
one block newly gets where it is sent, chosen from the blocks the words allow; "any two" and "two of" mean
exactly two; "each bowl has a block" means at least one in every bowl. Besides the blocks the sentence sends
somewhere, only the blocks that were stacked on them (or on a block that must take one) may move, to anywhere
but the bin; every other block keeps what it rests on, nothing else goes into the bin, and the gripper ends
empty. Blocks the sentence says to leave (or not to touch) keep what they rest on, and a target block ("on top
of the red block") stays put. A block stacked on a block that is in a bowl is in that bowl. "Put it on the
table" and "set it down on the table" mean on the table itself or one of its named places; "out of the bowl and
on the table, anywhere on the table" also accepts the top of a tower standing on the table. "At a corner" means
on one of the four corners. "Take something out of the bowl" and "anywhere other than the bin" accept any spot
but the bin and that bowl. Questions are answered from the scene: "Yes"/"No", or the name of the one bowl asked
about. Templates return None where the choice would be empty, where the goal already holds, or where a bowl
(four blocks) or a tower (four blocks) would overflow.

The six styles:

- a: "Drop a block into the blue bowl."
- any: "Put any two blocks in the bin."
- some: "Put something on top of the red block."
- oneof: "Throw one of these two into the bin: the red block or the green block."
- whichever: "Move the red block into whichever bowl you like."
- other: "Move the red block to a different bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 546dcc8, the code of be227d2, after every fix before it and before anything
it could prompt): 0.7133 goal-correct (214 of 300), 74 refused, 12 wrong, eleven of them actions: 'stack two other blocks
on top of X' stacked one (X itself was counted among the two); 'put the block sitting on Y onto a different block' did
nothing (the block it is on was a different block); 'leaving X where it is, stack one of the blocks on the table onto Y'
did nothing; 'put X into any bowl whose colour is different from its own' put it in its own bowl; one wrong reply ('does
some bowl hold at least two blocks?' counted all the bowls together). A note from the tester: reading the file, they
saw the first ten held-out templates of `benchmarks.planner_language` by mistake; nothing else off limits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from benchmarks.planner_language import Check, Made, Template, World, answered, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.symbolic import SymState

Where = Callable[[SymState, str], bool]  # (state, block) -> the block is where it was sent

_GROUND = (TABLE, *PLACES)
_CORNERS = tuple(p for p in PLACES if p != "middle")


# ----- helpers ----------------------------------------------------------------------------------------
def _the(names: list[str]) -> str:
    """'the red block, the green block and the blue block'."""
    parts = [f"the {n}" for n in names]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _spot(place: str) -> str:
    return "in the middle of the table" if place == "middle" else f"in the {place}"


def _depth(s: SymState, b: str) -> int:
    """How many blocks the tower holds from its base up to `b` (1: `b` rests on the table, a bowl or a place)."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _below(s: SymState, b: str) -> list[str]:
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.on_top(bowl)) + n <= layout.BOWL_CAPACITY


def _live(s: SymState) -> list[str]:
    return [b for b in s.blocks if s.base(b) != BIN]


def _grounded(s: SymState) -> list[str]:
    """Blocks whose tower stands on the table (not in a bowl or the bin)."""
    return [b for b in s.blocks if s.base(b) in _GROUND]


def _freed(i: SymState, chosen: Iterable[str], also: Iterable[str] = ()) -> set[str]:
    """The chosen blocks and whatever was stacked on them, or on the blocks in `also`, at the start."""
    out = set(chosen)
    for b in (*out, *also):
        if b in i.support:
            out.update(i.above(b))
    return out


def _tidy(i: SymState, f: SymState, movable: set[str], to_bin: Iterable[str] = ()) -> bool:
    """Nothing held, only `movable` blocks rest elsewhere, and nothing else went into the bin."""
    ok_bin = set(to_bin)
    return (f.held is None
            and all(f.support[b] == i.support[b] for b in i.support if b not in movable)
            and all(f.base(b) != BIN or i.base(b) == BIN or b in ok_bin for b in i.support))


def _in(bowl: str) -> Where:
    return lambda s, b: s.base(b) == bowl


def _on(block: str) -> Where:
    return lambda s, b: s.support[b] == block


def _at(place: str) -> Where:
    return lambda s, b: s.base(b) == place


def _binned(s: SymState, b: str) -> bool:
    return s.base(b) == BIN


def _exactly(n: int, cands: Iterable[str], where: Where, fixed: Iterable[str] = (), to_bin: bool = False) -> Check:
    """Exactly `n` blocks newly satisfy `where`, all of them from `cands`; the rest is tidy and `fixed` stays."""
    allowed, keep = set(cands), set(fixed)

    def check(i: SymState, f: SymState) -> bool:
        if f.held is not None:
            return False
        new = [b for b in i.support if where(f, b) and not where(i, b)]
        if len(new) != n or not set(new) <= allowed:
            return False
        return _tidy(i, f, _freed(i, new) - keep, new if to_bin else ())

    return check


def _goes(x: str, ok: Callable[[SymState, SymState], bool], fixed: Iterable[str] = ()) -> Check:
    """The named block `x` ends where `ok` says; it, what was on it and what was on the block it lands on may move."""
    keep = set(fixed)

    def check(i: SymState, f: SymState) -> bool:
        if f.held is not None or not ok(i, f):
            return False
        landing = [f.support[x]] if f.support[x] in f.support else []
        return _tidy(i, f, _freed(i, [x], landing) - keep)

    return check


def _feasible(s: SymState, cands: list[str], fixed: Iterable[str] = (), onto: str | None = None) -> list[str]:
    """The candidates that can be moved without moving a fixed block (or the target block `onto`)."""
    keep = set(fixed) | ({onto} if onto else set())
    below = set(_below(s, onto)) if onto else set()
    return [c for c in cands if c not in keep and c not in below and not (set(s.above(c)) & keep)]


def _stackable(s: SymState, b: str) -> bool:
    return s.base(b) != BIN and _depth(s, b) < layout.MAX_TOWER


def _matches(w: World) -> dict[str, str]:
    """block -> the bowl of its colour, for the blocks that have one."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


# ----- imperative -------------------------------------------------------------------------------------
def t145_imp_a(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [x for x in _live(w.state) if w.state.base(x) != bowl]
    return (f"Drop a block into the {bowl}.", _exactly(1, cands, _in(bowl))) if cands else None


def t145_imp_any(w: World) -> Made:
    table = _grounded(w.state)
    if len(table) < 2:
        return None
    return "Take any block off the table and throw it in the bin.", _exactly(1, table, _binned, to_bin=True)


def t145_imp_some(w: World) -> Made:
    s = w.state
    xs = [x for x in w.clear_blocks() if _stackable(s, x) and _feasible(s, [b for b in s.blocks if b != x], onto=x)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    cands = [b for b in _live(s) if b != x]
    return f"Put something on top of the {x}.", _exactly(1, cands, _on(x), fixed=[x])


def t145_imp_oneof(w: World) -> Made:
    xy = w.pick(_live(w.state), 2)
    if not xy:
        return None
    return (f"Throw one of these two into the bin: the {xy[0]} or the {xy[1]}.",
            _exactly(1, xy, _binned, to_bin=True))


def t145_imp_whichever(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if _room(s, b)]
    xs = _grounded(s)
    if len(w.bowls) < 2 or not bowls or not xs:
        return None
    x = w.rng.choice(xs)
    return f"Move the {x} into whichever bowl you like.", _goes(x, lambda _i, f: f.base(x) in f.bowls)


def t145_imp_other(w: World) -> Made:
    s = w.state
    xs = s.in_bowls()
    if len(w.bowls) < 2 or not xs:
        return None
    x = w.rng.choice(xs)
    start = s.base(x)
    if not any(_room(s, b) for b in w.bowls if b != start):
        return None
    return (f"Move the {x} to a different bowl.",
            _goes(x, lambda _i, f: f.base(x) in f.bowls and f.base(x) != start))


# ----- declarative ------------------------------------------------------------------------------------
def t145_dec_a(w: World) -> Made:
    place = w.rng.choice(PLACES)
    if any(w.state.base(b) == place for b in w.blocks):
        return None
    return f"There should be a block {_spot(place)}.", _exactly(1, _live(w.state), _at(place))


def t145_dec_any(w: World) -> Made:
    s = w.state
    xs = [x for x in _live(s) if s.support[x] not in s.support
          and any(_stackable(s, t) for t in _live(s) if t != x and t not in s.above(x))]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return (f"The {x} should be resting on a block; any block is fine.",
            _goes(x, lambda _i, f: f.support[x] in f.support))


def t145_dec_some(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    return f"The {bowl} should have some block in it.", _exactly(1, _live(w.state), _in(bowl))


def t145_dec_oneof(w: World) -> Made:
    s = w.state
    zs = [z for z in w.clear_blocks() if _stackable(s, z)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    xy = w.pick(_feasible(s, [b for b in _live(s) if b != z], onto=z), 2)
    if not xy:
        return None
    return (f"One of the {xy[0]} and the {xy[1]} should be on top of the {z}.",
            _exactly(1, xy, _on(z), fixed=[z]))


def t145_dec_whichever(w: World) -> Made:
    xs = _live(w.state)
    x = w.rng.choice(xs)
    return (f"The {x} should sit in a corner of the table, whichever corner you like.",
            _goes(x, lambda _i, f: f.base(x) in _CORNERS))


def t145_dec_other(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    x = w.rng.choice(_live(s))
    bowls = [b for b in w.bowls if b != s.base(x)]
    if len(bowls) < 2:
        return None
    two = w.pick(bowls, 2)
    if not any(_room(s, b) for b in two):
        return None
    where = "in either bowl" if len(w.bowls) == 2 else f"in either the {two[0]} or the {two[1]}"
    return f"The {x} should end up {where}.", _goes(x, lambda _i, f: f.base(x) in two)


# ----- desiderative -----------------------------------------------------------------------------------
def t145_des_a(w: World) -> Made:
    s = w.state
    if not any(_room(s, b) for b in w.bowls):
        return None
    return ("I'd like a block moved from the table into a bowl.",
            _exactly(1, _grounded(s), lambda st, b: st.base(b) in st.bowls))


def t145_des_any(w: World) -> Made:
    xs = w.state.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    return (f"I want the {x} out of the {bowl} and on the table; anywhere on the table is fine.",
            _goes(x, lambda _i, f: f.base(x) in _GROUND))


def t145_des_some(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return (f"I'd like you to take something out of the {bowl}.",
            _exactly(1, w.state.in_bowl(bowl), lambda s, b: s.base(b) != bowl))


def t145_des_oneof(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if _room(s, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    outside = [b for b in _live(s) if s.base(b) != bowl]
    if len(outside) < 2:
        return None
    listed = w.pick(outside, min(len(outside), w.rng.choice((2, 3))))
    return f"I'd like one of {_the(listed)} in the {bowl}.", _exactly(1, listed, _in(bowl))


def t145_des_whichever(w: World) -> Made:
    return ("I'd like one block in the bin, whichever one you choose.",
            _exactly(1, _live(w.state), _binned, to_bin=True))


def t145_des_other(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if s.in_bowl(b) and _room(s, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _live(s) if s.base(b) != bowl]
    return (f"I'd like another block in the {bowl} as well.", _exactly(1, cands, _in(bowl))) if cands else None


# ----- quantified -------------------------------------------------------------------------------------
def t145_qua_a(w: World) -> Made:
    s = w.state
    empties = [b for b in w.bowls if not s.in_bowl(b)]
    if len(w.bowls) < 2 or not empties:
        return None

    def check(i: SymState, f: SymState) -> bool:
        if f.held is not None or not all(f.in_bowl(b) for b in f.bowls):
            return False
        goers = [b for b in i.support if f.support[b] != i.support[b] and f.base(b) in empties]
        return _tidy(i, f, _freed(i, goers))

    return "Make sure each bowl has a block in it.", check


def t145_qua_any(w: World) -> Made:
    return "Put any two blocks in the bin.", _exactly(2, _live(w.state), _binned, to_bin=True)


def t145_qua_some(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or any(len(s.in_bowl(b)) == 2 for b in w.bowls):
        return None

    def check(i: SymState, f: SymState) -> bool:
        if f.held is not None:
            return False
        moved = [b for b in i.support if f.support[b] != i.support[b]]
        for bowl in f.bowls:
            if len(f.in_bowl(bowl)) != 2:
                continue
            touched = [b for b in moved if bowl in (f.base(b), i.base(b))]
            if _tidy(i, f, _freed(i, touched)):
                return True
        return False

    return "Some bowl should end up with exactly two blocks in it.", check


def t145_qua_oneof(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if _room(s, b, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    listed = w.pick([b for b in _live(s) if s.base(b) != bowl], 3)
    if not listed:
        return None
    return f"Put two of {_the(listed)} in the {bowl}.", _exactly(2, listed, _in(bowl))


def t145_qua_whichever(w: World) -> Made:
    s = w.state
    table = _grounded(s)
    room = sum(layout.BOWL_CAPACITY - len(s.on_top(b)) for b in w.bowls)
    if len(w.bowls) < 2 or not table or len(table) > room:
        return None
    return ("Put every block that is on the table into a bowl, whichever bowl you like for each one.",
            lambda i, f: all(f.base(b) in f.bowls for b in table) and _tidy(i, f, set(table)))


def t145_qua_other(w: World) -> Made:
    s = w.state
    xs = [x for x in w.clear_blocks() if s.support[x] not in s.support and len(_live(s)) >= 3]
    if not xs:
        return None
    x = w.rng.choice(xs)

    def check(i: SymState, f: SymState) -> bool:
        up = f.above(x)
        return len(up) == 2 and _tidy(i, f, _freed(i, up) - {x})

    return f"Stack two other blocks on top of the {x}.", check


# ----- negated ----------------------------------------------------------------------------------------
def t145_neg_a(w: World) -> Made:
    s = w.state
    x = w.rng.choice(_live(s))
    cands = [b for b in _live(s) if b != x]
    if not [c for c in cands if c not in _below(s, x)]:
        return None
    return f"Throw a block in the bin, but not the {x}.", _exactly(1, cands, _binned, to_bin=True)


def t145_neg_any(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != bowl]
    xs = [x for x in _live(s) if s.base(x) not in others]
    if not xs or not any(_room(s, b) for b in others):
        return None
    x = w.rng.choice(xs)
    return f"Move the {x} into a bowl, any bowl except the {bowl}.", _goes(x, lambda _i, f: f.base(x) in others)


def t145_neg_some(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if _room(s, b)]
    table = _grounded(s)
    if not bowls or not table:
        return None
    bowl = w.rng.choice(bowls)
    return f"Move some block that isn't in a bowl into the {bowl}.", _exactly(1, table, _in(bowl))


def t145_neg_oneof(w: World) -> Made:
    s = w.state
    xs = [x for x in w.clear_blocks() if _stackable(s, x)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [y for y in _live(s) if y != x and y not in _below(s, x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    cands = [b for b in _live(s) if b not in (x, y)]
    if not _feasible(s, cands, fixed=[y], onto=x):
        return None
    return f"Stack one of the blocks onto the {x}, but not the {y}.", _exactly(1, cands, _on(x), fixed=[x])


def t145_neg_whichever(w: World) -> Made:
    x = w.rng.choice(_live(w.state))
    corner = w.rng.choice(_CORNERS)
    allowed = [c for c in _CORNERS if c != corner]
    return (f"Put the {x} in whichever corner you like, just not the {corner}.",
            _goes(x, lambda _i, f: f.base(x) in allowed))


def t145_neg_other(w: World) -> Made:
    xs = w.state.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    return (f"Take the {x} out of the {bowl} and put it anywhere other than the bin.",
            _goes(x, lambda _i, f: f.base(x) not in (bowl, BIN)))


# ----- relative ---------------------------------------------------------------------------------------
def t145_rel_a(w: World) -> Made:
    s = w.state
    singles = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    y = s.in_bowl(bowl)[0]
    cands = [b for b in _live(s) if b != y]
    return f"Put a block on the block that is in the {bowl}.", _exactly(1, cands, _on(y), fixed=[y])


def t145_rel_any(w: World) -> Made:
    s = w.state
    empties = [b for b in w.bowls if not s.in_bowl(b)]
    if not empties:
        return None
    x = w.rng.choice(_live(s))
    return f"Any bowl with nothing in it will do: put the {x} there.", _goes(x, lambda _i, f: f.base(x) in empties)


def t145_rel_some(w: World) -> Made:
    s = w.state
    xs = [x for x in s.in_bowls() if _room(s, s.base(x))]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = s.base(x)
    cands = [b for b in _live(s) if s.base(b) != bowl]
    return (f"Add some block to the bowl the {x} is sitting in.", _exactly(1, cands, _in(bowl))) if cands else None


def t145_rel_oneof(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    return ("Pick one of the blocks that have nothing on top of them and drop it in the bin.",
            _exactly(1, clear, _binned, to_bin=True))


def t145_rel_whichever(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return (f"Take the block that is on top of the {y} and set it down wherever you like on the table.",
            _goes(x, lambda _i, f: f.support[x] in _GROUND))


def t145_rel_other(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x, y in w.pairs() if any(_stackable(s, t) for t in _live(s) if t not in (x, y, *s.above(x)))]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return (f"Put the block sitting on the {y} onto a different block.",
            _goes(x, lambda _i, f: f.support[x] in f.support and f.support[x] != y))


# ----- keep -------------------------------------------------------------------------------------------
def t145_keep_a(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if _room(s, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.rng.choice(_live(s))
    cands = [b for b in _live(s) if b != x and s.base(b) != bowl]
    if not _feasible(s, cands, fixed=[x]):
        return None
    return f"Leave the {x} where it is, but get a block into the {bowl}.", _exactly(1, cands, _in(bowl), fixed=[x])


def t145_keep_any(w: World) -> Made:
    s = w.state
    xy = w.pick(_live(s), 2)
    cands = [b for b in _live(s) if b not in xy]
    if not xy or not _feasible(s, cands, fixed=xy):
        return None
    return (f"Put any block you like in the bin, as long as the {xy[0]} and the {xy[1]} stay where they are.",
            _exactly(1, cands, _binned, fixed=xy, to_bin=True))


def t145_keep_some(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if len(w.bowls) < 2 or not full:
        return None
    other = w.rng.choice(full)
    bowls = [b for b in w.bowls if b != other and _room(s, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _live(s) if s.base(b) not in (bowl, other)]
    if not cands:
        return None
    return (f"Don't touch anything in the {other}, but do put something into the {bowl}.",
            _exactly(1, cands, _in(bowl), fixed=s.in_bowl(other)))


def t145_keep_oneof(w: World) -> Made:
    s = w.state
    xs = [x for x in w.clear_blocks() if _stackable(s, x)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    y = w.rng.choice([b for b in _live(s) if b != x])
    cands = [b for b in _grounded(s) if b not in (x, y)]
    if len(_feasible(s, cands, fixed=[y], onto=x)) < 2:
        return None
    return (f"Leaving the {y} where it is, stack one of the blocks on the table onto the {x}.",
            _exactly(1, cands, _on(x), fixed=[x, y]))


def t145_keep_whichever(w: World) -> Made:
    s = w.state
    xs = [x for x in w.clear_blocks() if s.base(x) in _GROUND]
    if len(w.bowls) < 2 or not xs or not any(_room(s, b) for b in w.bowls):
        return None
    x = w.rng.choice(xs)
    return (f"Without moving any other block, put the {x} in whichever bowl you want.",
            _goes(x, lambda _i, f: f.base(x) in f.bowls))


def t145_keep_other(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    kept = w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != kept]
    if not any(_room(s, b) for b in others):
        return None
    inside = set(s.in_bowl(kept))
    where = "the other bowl" if len(others) == 1 else "either of the other two bowls"

    def check(i: SymState, f: SymState) -> bool:
        if f.held is not None or set(f.in_bowl(kept)) != inside:
            return False
        new = [b for b in i.support if f.base(b) in others and f.base(b) != i.base(b)]
        return len(new) == 1 and _tidy(i, f, _freed(i, new) - inside)

    return f"Leave the {kept} as it is and put a block into {where}.", check


# ----- multi-step -------------------------------------------------------------------------------------
def t145_multi_a(w: World) -> Made:
    s = w.state
    xs = [x for x in _live(s) if s.support[x] not in _GROUND]
    if not xs:
        return None
    x = w.rng.choice(xs)

    def check(i: SymState, f: SymState) -> bool:
        tops = f.on_top(x)
        return f.support[x] in _GROUND and len(tops) == 1 and _tidy(i, f, _freed(i, [x, tops[0]]))

    return f"First put the {x} on the table, then put a block on top of it.", check


def t145_multi_any(w: World) -> Made:
    xy = w.pick(_live(w.state), 2)
    if not xy:
        return None
    x, y = xy

    def check(i: SymState, f: SymState) -> bool:
        return f.support[x] in _CORNERS and f.support[y] == x and _tidy(i, f, _freed(i, [x, y]))

    return f"First move the {x} to any corner, then stack the {y} on it.", check


def t145_multi_some(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if _room(s, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [x for x in _live(s) if s.base(x) != bowl]
    if len(xs) < 2:
        return None
    x = w.rng.choice(xs)

    def check(i: SymState, f: SymState) -> bool:
        under = f.support[x]
        if under not in f.support or f.support[under] != bowl or i.base(under) == bowl:
            return False
        return _tidy(i, f, _freed(i, [x, under]))

    return f"Put something in the {bowl} first, then stack the {x} on whatever you put there.", check


def t145_multi_oneof(w: World) -> Made:
    s = w.state
    xs = _grounded(s)
    if len(w.bowls) < 2 or not xs or not any(_room(s, b) for b in w.bowls):
        return None
    x = w.rng.choice(xs)
    y = w.rng.choice([b for b in _live(s) if b != x])

    def check(i: SymState, f: SymState) -> bool:
        return f.base(x) in f.bowls and f.support[y] == x and _tidy(i, f, _freed(i, [x, y]))

    return f"Put the {x} into one of the bowls, then put the {y} on top of it.", check


def t145_multi_whichever(w: World) -> Made:
    s = w.state
    xy = w.pick(_grounded(s), 2)
    if len(w.bowls) < 2 or not xy or not any(_room(s, b, 2) for b in w.bowls):
        return None
    x, y = xy

    def check(i: SymState, f: SymState) -> bool:
        return f.base(x) in f.bowls and f.base(y) == f.base(x) and _tidy(i, f, _freed(i, [x, y]))

    return f"Move the {x} to whichever bowl you like, and after that put the {y} in the same bowl.", check


def t145_multi_other(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if _room(s, b, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [x for x in _live(s) if s.base(x) != bowl]
    if len(xs) < 2:
        return None
    x = w.rng.choice(xs)

    def check(i: SymState, f: SymState) -> bool:
        if f.base(x) != bowl:
            return False
        new = [b for b in i.support if b != x and f.base(b) == bowl and i.base(b) != bowl]
        return len(new) == 1 and _tidy(i, f, _freed(i, [x, *new]))

    return f"First put the {x} in the {bowl}, then put another block in there too.", check


# ----- questions --------------------------------------------------------------------------------------
def t145_q_a(w: World) -> Made:
    x = w.rng.choice(_live(w.state))
    return f"Is there a block on top of the {x}?", answered(yes(not w.state.is_clear(x)))


def t145_q_any(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"Are there any blocks in the {bowl}?", answered(yes(bool(w.state.in_bowl(bowl))))


def t145_q_some(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    return ("Does some bowl hold at least two blocks?",
            answered(yes(any(len(w.state.in_bowl(b)) >= 2 for b in w.bowls))))


def t145_q_oneof(w: World) -> Made:
    x = w.rng.choice(_live(w.state))
    return f"Is the {x} in one of the bowls?", answered(yes(w.state.base(x) in w.bowls))


def t145_q_whichever(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    bare = [b for b in w.bowls if b not in full]
    if len(full) == 1:
        return "Which bowl has something in it?", answered(full[0])
    if len(bare) == 1:
        return "Which bowl is empty?", answered(bare[0])
    return None


def t145_q_other(w: World) -> Made:
    xs = w.state.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    return (f"Besides the {x}, is there another block in the {bowl}?",
            answered(yes(len(w.state.in_bowl(bowl)) > 1)))


# ----- matching ---------------------------------------------------------------------------------------
def t145_match_a(w: World) -> Made:
    s = w.state
    match = _matches(w)
    cands = [b for b, bowl in match.items() if s.base(b) not in (bowl, BIN) and _room(s, bowl)]
    if not cands:
        return None
    return ("Pick a block whose colour matches one of the bowls and put it in that bowl.",
            _exactly(1, cands, lambda st, b: b in match and st.base(b) == match[b]))


def t145_match_any(w: World) -> Made:
    s = w.state
    x = w.rng.choice(_live(s))
    others = [b for b in w.bowls if w.colour(b) != w.colour(x)]
    if not others or s.base(x) in others or not any(_room(s, b) for b in others):
        return None
    return (f"Put the {x} into any bowl whose colour is different from its own.",
            _goes(x, lambda _i, f: f.base(x) in others))


def t145_match_some(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if _room(s, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    colours = {w.colour(b) for b in w.bowls}
    cands = [b for b in _live(s) if w.colour(b) not in colours and s.base(b) != bowl]
    if not cands:
        return None
    return (f"Some block whose colour matches none of the bowls should go into the {bowl}.",
            _exactly(1, cands, _in(bowl)))


def t145_match_oneof(w: World) -> Made:
    s = w.state
    match = _matches(w)
    bowls = [b for b in set(match.values()) if _room(s, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(sorted(bowls))
    cands = [b for b in _live(s) if w.colour(b) != w.colour(bowl) and s.base(b) != bowl]
    if not cands:
        return None
    return (f"The {bowl} should get one of the blocks that are a different colour from it.",
            _exactly(1, cands, _in(bowl)))


def t145_match_whichever(w: World) -> Made:
    s = w.state
    xs = _grounded(s)
    if not xs:
        return None
    x = w.rng.choice(xs)
    own = _matches(w).get(x)
    if (own and not _room(s, own)) or not any(_room(s, b) for b in w.bowls):
        return None
    ok = (lambda _i, f: f.base(x) == own) if own else (lambda _i, f: f.base(x) in f.bowls)
    return (f"Put the {x} in the bowl of its colour if there is one, otherwise in whichever bowl you like.",
            _goes(x, ok))


def t145_match_other(w: World) -> Made:
    s = w.state
    match = {b: bowl for b, bowl in _matches(w).items() if s.base(b) != BIN and _room(s, bowl)}
    if not match:
        return None
    x = w.rng.choice(sorted(match))
    bowl = match[x]
    cands = [b for b in _live(s) if b != x and s.base(b) != bowl]
    if not cands:
        return None
    return (f"The {bowl} is the same colour as the {x}; put a different block in that bowl.",
            _exactly(1, cands, _in(bowl)))


# ----- the batch --------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("a", "any", "some", "oneof", "whichever", "other")
FRESH145: list[Template] = [
    (f"t145_{short}_{style}", category, globals()[f"t145_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
