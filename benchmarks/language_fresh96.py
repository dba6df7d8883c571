"""`FRESH96`, the ninety-seventh untuned batch: sixty language templates, six per category, for the offline planner.

Theme: goal sentences about single relations and small sets of them. Instead of "put X on Y", people state the
relation they want to hold: X sits, rests, lies, stands or perches on, on top of, atop or upon Y, or in, inside or
within a bowl; X is placed, set, stacked or balanced somewhere; the same said with should, must, needs to or has
to, as a wish ("I want", "I'd like"), as "make sure" / "ensure" / "make it so that", with two or three relations
joined, and negated ("X no longer sits in W", "nothing is on X"). Questions ask whether such a relation already
holds. The styles:

- rests: plain relation verbs. "The block on top of the green block lies in the bin when you're done."
- modal: should, must, needs to, has to. "The red block needs to be inside the blue bowl."
- wish: "I want", "I'd like". "I'd like the red block atop the green block, please."
- ensure: make sure, ensure, see to it, make it so that. "Make it so that the red block is in the middle."
- joined: two or three relations joined. "The red block sits on the green block and the blue block lies in the bin."
- placed: passive participles, placed, set, stacked, balanced. "The red block is to be balanced upon the green block."

Every check of an action also asks that nothing is left in the gripper, and carries `intended`, the moves
(block, where) the tester had in mind; only the tester's self-check reads it.

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Past the allowed range, by mistake: a second grep of the lexicon, for its imports and the line naming BIN, also
printed its import lines and four lines of its synonyms (41, 43, 46 and 61: words such as "trash can", "waste bin",
"box", "tray" and "floor" mapped to the bin or the table).

Its first run (300 instructions, seed 0, on 55f5162, after every fix before it and before anything it could prompt):
0.837 goal-correct (251 of 300), 37 refused, 2 asked, 10 wrong: 4 wrong actions ('First make sure X is on Y, and after
that make it so that Z is inside W.' took X off Y again; 'Every block in W is to be placed in the middle.' put blocks
into W, read as 'the W in the middle'; 'X gets balanced upon Y' put Y on X; 'Do both of these hold: ...?' was planned
as moves) and 6 wrong replies ('Is it true that X sits in W and Y sits atop Z?', 'Are both of these so: ...?', three
more; 'Is X already set on Y?', twice).
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    both,
    count_in,
    empty,
    kept,
    matching,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

Goal = tuple[
    str, str, str
]  # (kind, block, target): kind is "on", "in", "bin", "at" or "table"
_KINDS = ("on", "in", "bin", "at")
_BIN_ROOM = len(layout.BIN_SLOTS)
_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- scene helpers ----------------------------------------------------------------------------------
def _depth(s: SymState, b: str) -> int:
    """How many blocks the tower holds from its bottom up to and including `b`."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _tower(s: SymState, b: str) -> list[str]:
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *s.above(bottom)]


def _room(s: SymState, bowl: str, k: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _stackable(s: SymState, x: str, y: str) -> bool:
    """Whether `x` can end up directly on block `y` without a tower growing too tall or a bowl overflowing."""
    if y not in s.support or y == x or s.support[x] == y or y in s.above(x):
        return False
    base = s.base(y)
    if base in (BIN, GRIPPER) or _depth(s, y) >= layout.MAX_TOWER:
        return False
    return base not in s.bowls or s.base(x) == base or _room(s, base)


def _zone(s: SymState, names: list[str] | tuple[str, ...]) -> set[str]:
    """Names a second goal must keep away from: the towers of blocks in `names`, their bowls, what is in them."""
    out = set(names)
    for n in names:
        if n in s.support:
            out.update(_tower(s, n))
    out.update(s.base(b) for b in list(out) if b in s.support and s.base(b) in s.bowls)
    out.update(b for b in s.support if s.base(b) in out)
    return out


def _options(w: World, kind: str, x: str, zone: set[str]) -> list[Goal]:
    s = w.state
    if kind == "on":
        return [("on", x, y) for y in w.blocks if y not in zone and _stackable(s, x, y)]
    if kind == "in":
        return [
            ("in", x, b)
            for b in w.bowls
            if b not in zone and s.base(x) != b and _room(s, b)
        ]
    if kind == "bin":
        return [("bin", x, BIN)] if s.base(x) != BIN else []
    if kind == "at":
        return [("at", x, p) for p in PLACES if p not in zone and s.support[x] != p]
    return []


def _goal(
    w: World,
    kinds: tuple[str, ...] = _KINDS,
    avoid: list[str] | tuple[str, ...] = (),
    blocks: list[str] | None = None,
) -> Goal | None:
    """One goal that does not hold yet and is feasible: a kind first, then a block and a target."""
    zone = _zone(w.state, avoid)
    cands = [
        b for b in (w.clear_blocks() if blocks is None else blocks) if b not in zone
    ]
    by_kind: dict[str, list[Goal]] = {}
    for k in kinds:
        opts = [g for x in cands for g in _options(w, k, x, zone)]
        if opts:
            by_kind[k] = opts
    if not by_kind:
        return None
    return w.rng.choice(by_kind[w.rng.choice(sorted(by_kind))])


def _goals(
    w: World, n: int, kinds: tuple[str, ...] = _KINDS, avoid: tuple[str, ...] = ()
) -> list[Goal]:
    """Up to `n` goals over separate towers and targets, so that none undoes another."""
    out: list[Goal] = []
    for _ in range(n):
        g = _goal(
            w,
            kinds,
            avoid=[*avoid, *(name for g in out for name in g[1:] if name != BIN)],
        )
        if g is None:
            break
        out.append(g)
    return out


def _rel(g: Goal) -> Rel:
    kind, x, t = g
    if kind == "bin":
        return Rel("in_bin", x)
    if kind == "table":
        return Rel("on_table", x)
    return Rel(kind, x, t)


def _free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(text: str, moves: list[tuple[str, str]], *checks: Check) -> Made:
    check = both(*checks, _free)
    check.intended = moves  # type: ignore[attr-defined]
    return text, check


def _achieve(
    text: str,
    goals: list[Goal],
    *extra: Check,
    moves: list[tuple[str, str]] | None = None,
) -> Made:
    plan = moves if moves is not None else [(x, t) for _k, x, t in goals]
    return _done(text, plan, rels(*(_rel(g) for g in goals)), *extra)


def _referents(w: World) -> list[tuple[str, str]]:
    """(block, a description that singles it out by a relation) for clear blocks."""
    s, out = w.state, []
    for b in w.bowls:
        inside = s.in_bowl(b)
        if len(inside) == 1:
            z = inside[0]
            out.append(
                (
                    z,
                    _c(
                        w,
                        f"the block in the {b}",
                        f"the block inside the {b}",
                        f"the block sitting in the {b}",
                    ),
                )
            )
    for z, y in w.pairs():
        if s.is_clear(z):
            out.append(
                (
                    z,
                    _c(
                        w,
                        f"the block on top of the {y}",
                        f"the block resting on the {y}",
                        f"the block on the {y}",
                    ),
                )
            )
    return out


def _now(w: World, k: str) -> str:
    sup = w.state.support[k]
    if sup in w.state.support or sup in w.state.bowls:
        return f"{'on' if sup in w.state.support else 'in'} the {sup}"
    return "where it is"


# ----- wording ------------------------------------------------------------------------------------------
def _c(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


_VERBS: dict[
    str, tuple[tuple[str, str, str], ...]
] = {  # base, third person, participle
    "on": (
        ("sit", "sits", "sitting"),
        ("rest", "rests", "resting"),
        ("stand", "stands", "standing"),
        ("lie", "lies", "lying"),
        ("perch", "perches", "perched"),
    ),
    "in": (
        ("sit", "sits", "sitting"),
        ("rest", "rests", "resting"),
        ("lie", "lies", "lying"),
    ),
    "at": (
        ("sit", "sits", "sitting"),
        ("rest", "rests", "resting"),
        ("stand", "stands", "standing"),
    ),
}
_PLACED = {
    "on": ("placed", "set", "stacked", "balanced"),
    "in": ("placed", "set", "put"),
    "bin": ("placed", "put", "dropped"),
    "at": ("placed", "set", "put"),
    "table": ("placed", "set", "put down"),
}


def _verb(w: World, kind: str, form: int) -> str:
    table = _VERBS["on" if kind == "table" else "in" if kind == "bin" else kind]
    return w.rng.choice(table)[form]


def _rests(w: World, kind: str) -> str:
    return _verb(w, kind, 1)


def _resting(w: World, kind: str) -> str:
    return _verb(w, kind, 2)


def _rest(w: World, kind: str) -> str:
    return _verb(w, kind, 0)


def _placed(w: World, kind: str) -> str:
    return w.rng.choice(_PLACED[kind])


def _modal(w: World) -> str:
    return _c(w, "should", "must", "needs to", "has to")


def _where(w: World, g: Goal) -> str:
    kind, _x, t = g
    if kind == "on":
        return f"{_c(w, 'on', 'on top of', 'atop', 'upon')} the {t}"
    if kind == "in":
        return f"{_c(w, 'in', 'inside', 'within')} the {t}"
    if kind == "bin":
        return f"{_c(w, 'in', 'inside')} the bin"
    if kind == "table":
        return "on the table"
    return f"in the {t}" if t == "middle" else f"{_c(w, 'in', 'at')} the {t}"


def _to(w: World, g: Goal) -> str:
    kind, _x, t = g
    if kind == "on":
        return f"{_c(w, 'onto', 'on', 'on top of', 'atop')} the {t}"
    if kind == "in":
        return f"{_c(w, 'into', 'in', 'inside')} the {t}"
    if kind == "bin":
        return f"{_c(w, 'into', 'in')} the bin"
    if kind == "table":
        return "on the table"
    return f"in the {t}" if t == "middle" else f"{_c(w, 'into', 'in')} the {t}"


def _put(w: World, kind: str) -> str:
    extra = {"on": ("Stack",), "bin": ("Drop",), "in": ("Drop",)}.get(kind, ())
    return w.rng.choice(("Put", "Place", "Set", "Move", *extra))


def _clause(w: World, g: Goal, style: str) -> str:
    """A finite clause saying that goal `g` holds, in a style."""
    x = g[1]
    if style == "rests":
        return f"the {x} {_rests(w, g[0])} {_where(w, g)}"
    if style == "modal":
        return f"the {x} {_modal(w)} be {_where(w, g)}"
    if style == "placed":
        return f"the {x} is {_placed(w, g[0])} {_where(w, g)}"
    return f"the {x} is {_where(w, g)}"


# ----- imperative ---------------------------------------------------------------------------------------
def t96_imp_rests(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x, k = g[1], g[0]
    text = _c(
        w,
        f"Move the {x} so that it {_rests(w, k)} {_where(w, g)}.",
        f"Set the {x} down so it {_rests(w, k)} {_where(w, g)}.",
        f"Get the {x} {_resting(w, k)} {_where(w, g)}, please.",
    )
    return _achieve(text, [g])


def t96_imp_modal(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x = g[1]
    text = _c(
        w,
        f"Move the {x}: it {_modal(w)} be {_where(w, g)}.",
        f"Take the {x} - it needs to end up {_where(w, g)}.",
        f"Pick up the {x}; it has to go {_to(w, g)}.",
    )
    return _achieve(text, [g])


def t96_imp_wish(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x = g[1]
    text = _c(
        w,
        f"Please put the {x} {_to(w, g)} - I'd like it {_resting(w, g[0])} there.",
        f"{_put(w, g[0])} the {x} {_to(w, g)}; I want it {_resting(w, g[0])} there.",
        f"Could you set the {x} {_to(w, g)}? I'd like it there.",
    )
    return _achieve(text, [g])


def t96_imp_ensure(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x = g[1]
    text = _c(
        w,
        f"Make sure the {x} is {_where(w, g)}.",
        f"Ensure that the {x} ends up {_where(w, g)}.",
        f"See to it that the {x} {_rests(w, g[0])} {_where(w, g)}.",
        f"Make it so that the {x} is {_where(w, g)}.",
    )
    return _achieve(text, [g])


def t96_imp_joined(w: World) -> Made:
    gs = _goals(w, w.rng.choice((2, 2, 3)))
    if len(gs) < 2:
        return None
    if w.rng.random() < 0.5:
        text = (
            f"{_put(w, 'any')} " + _join([f"the {g[1]} {_to(w, g)}" for g in gs]) + "."
        )
    else:
        text = (
            _join([f"{_put(w, g[0]).lower()} the {g[1]} {_to(w, g)}" for g in gs]) + "."
        )
        text = _cap(text)
    return _achieve(text, gs)


def t96_imp_placed(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    kind, x, t = g
    if kind == "on":
        text = _c(
            w,
            f"Place the {x} upon the {t}.",
            f"Stack the {x} {_c(w, 'onto', 'atop', 'on top of')} the {t}.",
            f"Balance the {x} on top of the {t}.",
        )
    elif kind == "bin":
        text = _c(w, f"Drop the {x} into the bin.", f"Place the {x} inside the bin.")
    else:
        text = _c(
            w,
            f"Place the {x} {_to(w, g) if kind == 'in' else _where(w, g)}.",
            f"Set the {x} down {_where(w, g)}.",
        )
    return _achieve(text, [g])


# ----- declarative --------------------------------------------------------------------------------------
def t96_dec_rests(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    clause = _clause(w, g, "rests")
    text = _c(
        w,
        f"When you're done, {clause}.",
        f"End result: {clause}.",
        f"{_cap(clause)} at the end.",
    )
    return _achieve(text, [g])


def t96_dec_modal(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x = g[1]
    text = _c(
        w,
        f"{_cap(_clause(w, g, 'modal'))}.",
        f"By the end, the {x} has to be {_where(w, g)}.",
        f"The {x} must end up {_where(w, g)}.",
    )
    return _achieve(text, [g])


def t96_dec_wish(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x = g[1]
    text = _c(
        w,
        f"What I'm after is the {x} {_resting(w, g[0])} {_where(w, g)}.",
        f"My goal: the {x} {_where(w, g)}.",
        f"The target is simple: the {x} {_where(w, g)}.",
    )
    return _achieve(text, [g])


def t96_dec_ensure(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x = g[1]
    text = _c(
        w,
        f"The {x} is going to be {_where(w, g)} - make sure of that.",
        f"The {x} ends up {_where(w, g)}; see to it.",
        f"It's important that the {x} is {_where(w, g)} when you finish.",
    )
    return _achieve(text, [g])


def t96_dec_joined(w: World) -> Made:
    gs = _goals(w, w.rng.choice((2, 3)))
    if len(gs) < 2:
        return None
    body = _join([_clause(w, g, w.rng.choice(("rests", "is"))) for g in gs])
    text = _c(
        w,
        f"Final arrangement: {body}.",
        f"When you're finished, {body}.",
        f"{_cap(body)}, that's the goal.",
    )
    return _achieve(text, gs)


def t96_dec_placed(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x, p = g[1], _placed(w, g[0])
    text = _c(
        w,
        f"The {x} is to be {p} {_where(w, g)}.",
        f"The {x} gets {p} {_where(w, g)}.",
        f"At the end the {x} is {p} {_where(w, g)}.",
    )
    return _achieve(text, [g])


# ----- desiderative -------------------------------------------------------------------------------------
def t96_des_rests(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x, k = g[1], g[0]
    text = _c(
        w,
        f"I want the {x} {_resting(w, k)} {_where(w, g)}.",
        f"I'd like the {x} to {_rest(w, k)} {_where(w, g)}.",
        f"I'd love to see the {x} {_resting(w, k)} {_where(w, g)}.",
    )
    return _achieve(text, [g])


def t96_des_modal(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x = g[1]
    text = _c(
        w,
        f"I think the {x} should be {_where(w, g)}.",
        f"I need the {x} to be {_where(w, g)}.",
        f"In my view the {x} has to {_rest(w, g[0])} {_where(w, g)}.",
    )
    return _achieve(text, [g])


def t96_des_wish(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x = g[1]
    text = _c(
        w,
        f"I want the {x} {_where(w, g)}.",
        f"I'd like the {x} {_where(w, g)}, please.",
        f"What I'd like is the {x} {_where(w, g)}.",
    )
    return _achieve(text, [g])


def t96_des_ensure(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x = g[1]
    text = _c(
        w,
        f"I'd like you to make sure the {x} is {_where(w, g)}.",
        f"I want you to ensure the {x} ends up {_where(w, g)}.",
        f"I'd appreciate it if you made it so that the {x} {_rests(w, g[0])} {_where(w, g)}.",
    )
    return _achieve(text, [g])


def t96_des_joined(w: World) -> Made:
    gs = _goals(w, w.rng.choice((2, 3)))
    if len(gs) < 2:
        return None
    body = _join([f"the {g[1]} {_where(w, g)}" for g in gs])
    text = _c(
        w, f"I want {body}.", f"I'd like {body}.", f"What I'd really like is {body}."
    )
    return _achieve(text, gs)


def t96_des_placed(w: World) -> Made:
    g = _goal(w)
    if g is None:
        return None
    x, p = g[1], _placed(w, g[0])
    text = _c(
        w,
        f"I'd like the {x} {p} {_where(w, g)}.",
        f"I want the {x} {p} {_where(w, g)}, please.",
        f"I'd like to have the {x} {p} {_where(w, g)}.",
    )
    return _achieve(text, [g])


# ----- quantified ---------------------------------------------------------------------------------------
def t96_qua_rests(w: World) -> Made:
    s = w.state
    off = [b for b in w.blocks if s.support[b] not in (TABLE, *PLACES)]
    if not off:
        return None
    text = _c(
        w,
        "At the end every block rests on the table itself, none on another block and none in a bowl.",
        "Every single block lies flat on the table: nothing stacked, nothing in a bowl.",
        "All the blocks sit directly on the table when you're done, not on each other and not in bowls.",
    )
    moves = [(b, TABLE) for b in sorted(off, key=lambda b: -_depth(s, b))]
    return _done(text, moves, rels(*(Rel("on_table", b) for b in w.blocks)))


def t96_qua_modal(w: World) -> Made:
    s = w.state
    opts = []
    for bowl in w.bowls:
        for n in (2, 3):
            for chosen in (
                [b, *w.pick([c for c in w.blocks if c != b], n - 1)] for b in w.blocks
            ):
                outside = [b for b in chosen if s.base(b) != bowl]
                if len(chosen) == n and outside and _room(s, bowl, len(outside)):
                    opts.append((bowl, chosen))
    if not opts:
        return None
    bowl, chosen = w.rng.choice(opts)
    names = [c.removesuffix(" block") for c in chosen]
    where = _c(w, "in", "inside")
    if len(chosen) == 2:
        text = _c(
            w,
            f"Both the {names[0]} block and the {names[1]} block should be {where} the {bowl}.",
            f"The {chosen[0]} and the {chosen[1]} both need to be {where} the {bowl}.",
            f"Each of the {names[0]} and {names[1]} blocks has to sit {where} the {bowl}.",
        )
    else:
        text = _c(
            w,
            f"All three of the {names[0]}, {names[1]} and {names[2]} blocks should be {where} the {bowl}.",
            f"The {chosen[0]}, the {chosen[1]} and the {chosen[2]} must all sit {where} the {bowl}.",
        )
    moves = [(b, bowl) for b in chosen if s.base(b) != bowl] + [
        (b, bowl) for b in chosen if s.base(b) == bowl
    ]
    return _done(text, moves, rels(*(Rel("in", b, bowl) for b in chosen)))


def t96_qua_wish(w: World) -> Made:
    s = w.state
    opts = []
    for bowl in w.bowls:
        cur = len(s.in_bowl(bowl))
        opts += [(bowl, n) for n in (1, 2, 3) if n != cur and n <= len(w.blocks)]
    if not opts:
        return None
    bowl, n = w.rng.choice(opts)
    inside = s.in_bowl(bowl)
    word = _NUMBERS[n]
    text = _c(
        w,
        f"I'd like exactly {word} block{'s' if n > 1 else ''} in the {bowl}, any {word} will do.",
        f"I want the {bowl} to hold exactly {word} block{'s' if n > 1 else ''}.",
        f"I'd like there to be just {word} block{'s' if n > 1 else ''} sitting in the {bowl}.",
    )
    if len(inside) > n:
        moves = [
            (b, TABLE)
            for b in sorted(inside, key=lambda b: -_depth(s, b))[: len(inside) - n]
        ]
    else:
        outside = sorted(
            (b for b in w.blocks if b not in inside), key=lambda b: -_depth(s, b)
        )
        moves = [(b, bowl) for b in outside[: n - len(inside)]]
    return _done(text, moves, count_in(bowl, n))


def t96_qua_ensure(w: World) -> Made:
    s = w.state
    stacked = [b for b, _y in w.pairs()]
    if not stacked:
        return None
    text = _c(
        w,
        "Make sure no block sits on top of another one.",
        "Ensure that no block is stacked on any other block.",
        "See to it that every block stands on its own, with nothing on top of any block.",
    )
    moves = [(b, TABLE) for b in sorted(stacked, key=lambda b: -_depth(s, b))]
    return _done(
        text, moves, lambda _i, f: all(f.support[b] not in f.support for b in f.support)
    )


def t96_qua_joined(w: World) -> Made:
    s = w.state
    loose = [b for b in w.blocks if s.base(b) != BIN]
    n = min(len(loose), w.rng.choice((2, 3)), _BIN_ROOM)
    if n < 2:
        return None
    chosen = w.pick(loose, n)
    names = [c.removesuffix(" block") for c in chosen]
    text = _c(
        w,
        f"The {_join(names)} blocks should {'both' if n == 2 else 'all'} lie in the bin.",
        _cap(_join([f"the {c}" for c in chosen])) + " each end up inside the bin.",
        f"All of the {_join(names)} blocks go in the bin.",
    )
    return _done(
        text, [(b, BIN) for b in chosen], rels(*(Rel("in_bin", b) for b in chosen))
    )


def t96_qua_placed(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if 0 < len(s.in_bowl(b)) <= _BIN_ROOM]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = s.in_bowl(bowl)
    target = w.rng.choice((BIN, *PLACES))
    where = "in the bin" if target == BIN else f"in the {target}"
    text = _c(
        w,
        f"Every block in the {bowl} is to be placed {where}.",
        f"All the blocks that are in the {bowl} get set down {where}.",
        f"Each block inside the {bowl} should be placed {where}.",
    )
    want = [Rel("in_bin", b) if target == BIN else Rel("at", b, target) for b in inside]
    moves = [(b, target) for b in sorted(inside, key=lambda b: -_depth(s, b))]
    return _done(text, moves, rels(*want))


# ----- negated ------------------------------------------------------------------------------------------
def _negations(w: World) -> list[tuple[str, str, str]]:
    """(kind, a, b) that hold now: ("in", block, bowl), ("on", block, below) or ("clear", below, "")."""
    s = w.state
    out = [("in", b, s.base(b)) for b in w.in_bowls()]
    for z, y in w.pairs():
        out += [("on", z, y), ("clear", y, "")]
    return out


def _negate(w: World, neg: tuple[str, str, str]) -> tuple[Check, list[tuple[str, str]]]:
    kind, a, b = neg
    s = w.state
    if kind == "clear":
        return rels(Rel("clear", a)), [(s.on_top(a)[0], TABLE)]
    if kind == "in":
        return _out_of(a, b), [(a, TABLE)]
    return rels(Rel("on", a, b, negated=True)), [(a, TABLE)]


def _out_of(block: str, bowl: str) -> Check:
    """The block is out of the bowl (and not held)."""
    return lambda _i, f: f.support[block] != GRIPPER and f.base(block) != bowl


def _pick_neg(w: World, kinds: tuple[str, ...]) -> tuple[str, str, str] | None:
    by_kind: dict[str, list[tuple[str, str, str]]] = {}
    for n in _negations(w):
        if n[0] in kinds:
            by_kind.setdefault(n[0], []).append(n)
    if not by_kind:
        return None
    return w.rng.choice(by_kind[w.rng.choice(sorted(by_kind))])


def t96_neg_rests(w: World) -> Made:
    neg = _pick_neg(w, ("in", "on"))
    if neg is None:
        return None
    kind, a, b = neg
    if kind == "in":
        text = _c(
            w,
            f"The {a} no longer {_rests(w, 'in')} in the {b}.",
            f"The {a} doesn't {_rest(w, 'in')} in the {b} any more.",
            f"The {a} isn't lying inside the {b} anymore.",
        )
    else:
        text = _c(
            w,
            f"The {a} no longer rests on top of the {b}.",
            f"The {a} doesn't sit on the {b} any more.",
            f"The {a} isn't perched on the {b} anymore.",
        )
    check, moves = _negate(w, neg)
    return _done(text, moves, check)


def t96_neg_modal(w: World) -> Made:
    neg = _pick_neg(w, ("clear", "in"))
    if neg is None:
        return None
    kind, a, b = neg
    if kind == "clear":
        text = _c(
            w,
            f"Nothing should be on top of the {a}.",
            f"Nothing must sit on the {a}.",
            f"The {a} needs to have nothing on it.",
        )
    else:
        text = _c(
            w,
            f"The {a} shouldn't be in the {b} any more.",
            f"The {a} must not stay inside the {b}.",
            f"The {a} has to be out of the {b}.",
        )
    check, moves = _negate(w, neg)
    return _done(text, moves, check)


def t96_neg_wish(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    pairs = w.pairs()
    if not full and not pairs:
        return None
    if full and (not pairs or w.rng.random() < 0.6):
        bowl = w.rng.choice(full)
        text = _c(
            w,
            f"I don't want anything left in the {bowl}.",
            f"I'd like the {bowl} to have nothing in it.",
            f"I want no blocks inside the {bowl}.",
        )
        moves = [
            (b, TABLE) for b in sorted(s.in_bowl(bowl), key=lambda b: -_depth(s, b))
        ]
        return _done(text, moves, empty(bowl))
    z, y = w.rng.choice(pairs)
    text = _c(
        w,
        f"I don't want the {z} on the {y} any more.",
        f"I'd rather the {z} wasn't sitting on top of the {y}.",
        f"I want the {z} off the {y}; it shouldn't rest there.",
    )
    return _done(text, [(z, TABLE)], rels(Rel("on", z, y, negated=True)))


def t96_neg_ensure(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    pairs = w.pairs()
    if not full and not pairs:
        return None
    if full and (not pairs or w.rng.random() < 0.5):
        bowl = w.rng.choice(full)
        text = _c(
            w,
            f"Make sure nothing is left in the {bowl}.",
            f"Ensure the {bowl} ends up with nothing inside it.",
            f"Make it so that no block sits in the {bowl}.",
        )
        moves = [
            (b, TABLE) for b in sorted(s.in_bowl(bowl), key=lambda b: -_depth(s, b))
        ]
        return _done(text, moves, empty(bowl))
    z, y = w.rng.choice(pairs)
    if w.rng.random() < 0.4:
        text = _c(
            w,
            f"See to it that nothing is on the {y}.",
            f"Make sure nothing sits on top of the {y}.",
        )
        return _done(text, [(z, TABLE)], rels(Rel("clear", y)))
    text = _c(
        w,
        f"Make sure the {z} is no longer on top of the {y}.",
        f"Ensure the {z} isn't resting on the {y} anymore.",
    )
    return _done(text, [(z, TABLE)], rels(Rel("on", z, y, negated=True)))


def t96_neg_joined(w: World) -> Made:
    neg = _pick_neg(w, ("in", "on", "clear"))
    if neg is None:
        return None
    kind, a, b = neg
    s = w.state
    check, moves = _negate(w, neg)
    if kind in ("in", "on") and s.is_clear(a) and w.rng.random() < 0.6:
        away = (
            _zone(s, [b]) if kind == "in" else set()
        )  # somewhere else than the bowl it leaves
        opts = [g for k in _KINDS for g in _options(w, k, a, set()) if g[2] not in away]
        if not opts:
            return None
        g = w.rng.choice(opts)
        old = f"{'in' if kind == 'in' else 'on'} the {b}"
        text = _c(
            w,
            f"The {a} is no longer {old}; it {_rests(w, g[0])} {_where(w, g)} instead.",
            f"The {a} shouldn't be {old} any more, and it should be {_where(w, g)}.",
            f"Not {old} any more: the {a} {_rests(w, g[0])} {_where(w, g)} now.",
        )
        return _achieve(text, [g], check)
    g = _goal(w, avoid=(a, b) if b else (a,))
    if g is None:
        return None
    if kind == "clear":
        first = _c(w, f"nothing is on the {a}", f"nothing sits on top of the {a}")
    elif kind == "in":
        first = f"the {a} is no longer in the {b}"
    else:
        first = f"the {a} no longer rests on the {b}"
    second = _clause(w, g, w.rng.choice(("rests", "is")))
    text = _c(w, f"{_cap(first)}, and {second}.", f"{_cap(second)}, while {first}.")
    return _achieve(text, [g], check, moves=[*moves, (g[1], g[2])])


def t96_neg_placed(w: World) -> Made:
    neg = _pick_neg(w, ("in", "on", "clear"))
    if neg is None:
        return None
    kind, a, b = neg
    if kind == "on":
        text = _c(
            w,
            f"The {a} is no longer stacked on the {b}.",
            f"The {a} is not to be left stacked on the {b}.",
        )
    elif kind == "in":
        text = _c(
            w,
            f"The {a} is not placed in the {b} any more.",
            f"The {a} is no longer kept in the {b}.",
        )
    else:
        text = _c(
            w,
            f"Nothing is stacked on the {a} any more.",
            f"Nothing is left placed on top of the {a}.",
        )
    check, moves = _negate(w, neg)
    return _done(text, moves, check)


# ----- relative -----------------------------------------------------------------------------------------
def _ref_goal(w: World, kinds: tuple[str, ...] = _KINDS) -> tuple[str, Goal] | None:
    refs = _referents(w)
    w.rng.shuffle(refs)
    for z, desc in refs:
        g = _goal(w, kinds, blocks=[z])
        if g is not None:
            return desc, g
    return None


def t96_rel_rests(w: World) -> Made:
    found = _ref_goal(w)
    if found is None:
        return None
    desc, g = found
    text = _c(
        w,
        f"{_cap(desc)} ends up {_resting(w, g[0])} {_where(w, g)}.",
        f"{_cap(desc)} {_rests(w, g[0])} {_where(w, g)} when you're done.",
        f"At the end, {desc} {_rests(w, g[0])} {_where(w, g)}.",
    )
    return _achieve(text, [g])


def t96_rel_modal(w: World) -> Made:
    found = _ref_goal(w)
    if found is None:
        return None
    desc, g = found
    text = _c(
        w,
        f"{_cap(desc)} should be {_where(w, g)}.",
        f"{_cap(desc)} has to go {_to(w, g)}.",
        f"{_cap(desc)} needs to {_rest(w, g[0])} {_where(w, g)}.",
    )
    return _achieve(text, [g])


def t96_rel_wish(w: World) -> Made:
    s = w.state
    opts: list[tuple[Goal, str]] = []
    for bowl in w.bowls:
        inside = s.in_bowl(bowl)
        for z in inside:
            desc = _c(
                w,
                f"the bowl that holds the {z}",
                f"the bowl the {z} is in",
                f"whichever bowl has the {z}",
            )
            opts += [
                (("in", x, bowl), desc)
                for x in w.clear_blocks()
                if s.base(x) != bowl and _room(s, bowl)
            ]
        if len(inside) == 1:
            desc = _c(
                w,
                f"the block that sits in the {bowl}",
                f"whichever block is in the {bowl}",
            )
            opts += [
                (("on", x, inside[0]), desc)
                for x in w.clear_blocks()
                if _stackable(s, x, inside[0])
            ]
    if not opts:
        return None
    g, desc = w.rng.choice(opts)
    prep = _c(w, "in", "inside") if g[0] == "in" else _c(w, "on", "on top of", "atop")
    text = _c(
        w,
        f"I want the {g[1]} {prep} {desc}.",
        f"I'd like the {g[1]} to {_rest(w, g[0])} {prep} {desc}.",
    )
    return _achieve(text, [g])


def t96_rel_ensure(w: World) -> Made:
    s = w.state
    opts: list[tuple[Goal, str]] = []
    for bowl in w.bowls:
        inside = s.in_bowl(bowl)
        if len(inside) == 1:
            desc = _c(
                w,
                f"the block that's inside the {bowl}",
                f"the block sitting in the {bowl}",
            )
            opts += [
                (("on", x, inside[0]), desc)
                for x in w.clear_blocks()
                if _stackable(s, x, inside[0])
            ]
    for z, y in w.pairs():
        desc = _c(w, f"the block under the {z}", f"the block beneath the {z}")
        opts += [(g, desc) for k in ("bin", "at") for g in _options(w, k, y, set())]
    if not opts:
        return None
    g, desc = w.rng.choice(opts)
    if g[0] == "on":
        text = _c(
            w,
            f"Make sure the {g[1]} ends up on top of {desc}.",
            f"Ensure the {g[1]} {_rests(w, 'on')} on {desc}.",
        )
    else:
        text = _c(
            w,
            f"Make sure {desc} ends up {_where(w, g)}.",
            f"See to it that {desc} is {_where(w, g)}.",
        )
    return _achieve(text, [g])


def t96_rel_joined(w: World) -> Made:
    found = _ref_goal(w)
    if found is None:
        return None
    desc, g = found
    g2 = _goal(w, avoid=(g[1], g[2]) if g[2] != BIN else (g[1],))
    if g2 is None:
        return None
    first = f"{desc} {_rests(w, g[0])} {_where(w, g)}"
    second = _clause(w, g2, w.rng.choice(("rests", "is")))
    text = _c(w, f"{_cap(first)} and {second}.", f"{_cap(second)}, and {first}.")
    return _achieve(text, [g, g2])


def t96_rel_placed(w: World) -> Made:
    found = _ref_goal(w)
    if found is None:
        return None
    desc, g = found
    p = _placed(w, g[0])
    text = _c(
        w,
        f"{_cap(desc)} is to be {p} {_where(w, g)}.",
        f"{_cap(desc)} should be {p} {_where(w, g)}.",
        f"{_cap(desc)} gets {p} {_where(w, g)}.",
    )
    return _achieve(text, [g])


# ----- keep ---------------------------------------------------------------------------------------------
def _keeper(w: World, goals: list[Goal]) -> str | None:
    zone = _zone(w.state, [n for g in goals for n in g[1:] if n != BIN])
    keep = [b for b in w.blocks if b not in zone]
    return w.rng.choice(keep) if keep else None


def t96_keep_rests(w: World) -> Made:
    g = _goal(w)
    k = _keeper(w, [g]) if g else None
    if g is None or k is None:
        return None
    text = _c(
        w,
        f"The {g[1]} {_rests(w, g[0])} {_where(w, g)}, while the {k} stays where it is.",
        f"Have the {g[1]} {_resting(w, g[0])} {_where(w, g)}, and let the {k} stay {_now(w, k)}.",
        f"The {g[1]} {_rests(w, g[0])} {_where(w, g)}; the {k} doesn't move.",
    )
    return _achieve(text, [g], kept(k))


def t96_keep_modal(w: World) -> Made:
    g = _goal(w)
    k = _keeper(w, [g]) if g else None
    if g is None or k is None:
        return None
    text = _c(
        w,
        f"The {g[1]} should be {_where(w, g)}, but the {k} must stay put.",
        f"The {g[1]} needs to end up {_where(w, g)}; the {k} has to stay {_now(w, k)}.",
        f"The {g[1]} has to be {_where(w, g)}, and the {k} must not be moved.",
    )
    return _achieve(text, [g], kept(k))


def t96_keep_wish(w: World) -> Made:
    g = _goal(w)
    k = _keeper(w, [g]) if g else None
    if g is None or k is None:
        return None
    text = _c(
        w,
        f"I want the {g[1]} {_where(w, g)}, and I'd like the {k} left alone.",
        f"I'd like the {g[1]} {_resting(w, g[0])} {_where(w, g)} - but I don't want the {k} moved.",
        f"I'd like the {g[1]} {_where(w, g)} while the {k} stays {_now(w, k)}.",
    )
    return _achieve(text, [g], kept(k))


def t96_keep_ensure(w: World) -> Made:
    g = _goal(w)
    k = _keeper(w, [g]) if g else None
    if g is None or k is None:
        return None
    text = _c(
        w,
        f"Make sure the {g[1]} is {_where(w, g)} without moving the {k}.",
        f"Ensure the {g[1]} ends up {_where(w, g)}, and make sure the {k} stays {_now(w, k)}.",
        f"See to it that the {g[1]} {_rests(w, g[0])} {_where(w, g)}, leaving the {k} untouched.",
    )
    return _achieve(text, [g], kept(k))


def t96_keep_joined(w: World) -> Made:
    gs = _goals(w, 2)
    k = _keeper(w, gs) if len(gs) == 2 else None
    if k is None:
        return None
    body = _join([_clause(w, g, w.rng.choice(("rests", "is"))) for g in gs])
    text = _c(
        w,
        f"{_cap(body)}, while the {k} stays where it is.",
        f"{_cap(body)}; leave the {k} {_now(w, k) if _now(w, k) != 'where it is' else 'alone'}.",
        f"Without touching the {k}: {body}.",
    )
    return _achieve(text, gs, kept(k))


def t96_keep_placed(w: World) -> Made:
    g = _goal(w)
    k = _keeper(w, [g]) if g else None
    if g is None or k is None:
        return None
    sup = w.state.support[k]
    if sup in w.state.support:
        left = f"left stacked on the {sup}"
    elif sup in w.state.bowls:
        left = f"left sitting in the {sup}"
    else:
        left = "left where it was placed"
    p = _placed(w, g[0])
    text = _c(
        w,
        f"The {g[1]} is to be {p} {_where(w, g)}, with the {k} {left}.",
        f"The {g[1]} gets {p} {_where(w, g)}; the {k} is {left}.",
    )
    return _achieve(text, [g], kept(k))


# ----- multi-step ---------------------------------------------------------------------------------------
def t96_multi_rests(w: World) -> Made:
    gs = _goals(w, 2)
    if len(gs) < 2:
        return None
    a, b = gs
    text = _c(
        w,
        f"First get the {a[1]} {_resting(w, a[0])} {_where(w, a)}, then have the {b[1]} {_rest(w, b[0])} {_where(w, b)}.",
        f"Step one: the {a[1]} {_rests(w, a[0])} {_where(w, a)}. Step two: the {b[1]} {_rests(w, b[0])} {_where(w, b)}.",
        f"To start, the {a[1]} {_rests(w, a[0])} {_where(w, a)}; after that the {b[1]} {_rests(w, b[0])} {_where(w, b)}.",
    )
    return _achieve(text, gs)


def t96_multi_modal(w: World) -> Made:
    gs = _goals(w, 2)
    if len(gs) < 2:
        return None
    a, b = gs
    text = _c(
        w,
        f"First, the {a[1]} needs to be {_where(w, a)}; after that, the {b[1]} should be {_where(w, b)}.",
        f"The {a[1]} has to be {_where(w, a)} first, and then the {b[1]} must be {_where(w, b)}.",
        f"Before anything else the {a[1]} should be {_where(w, a)}. Next, the {b[1]} needs to be {_where(w, b)}.",
    )
    return _achieve(text, gs)


def t96_multi_wish(w: World) -> Made:
    s = w.state
    opts: list[tuple[Goal, str]] = []
    for x in w.clear_blocks():
        for g in (g for k in ("in", "at", "on") for g in _options(w, k, x, set())):
            base = s.base(g[2]) if g[0] == "on" else g[2]
            if g[0] == "on" and (
                _depth(s, g[2]) > layout.MAX_TOWER - 2
                or (base in w.bowls and not _room(s, base, 2))
            ):
                continue
            for z in w.clear_blocks():
                if z == x or (g[0] == "on" and z in _tower(s, g[2])):
                    continue
                if g[0] == "in" and not _room(s, base, 1 + (s.base(z) != base)):
                    continue
                opts.append((g, z))
    if not opts:
        return None
    g, z = w.rng.choice(opts)
    x = g[1]
    text = _c(
        w,
        f"I'd like the {x} {_where(w, g)} first, and then I want the {z} on top of it.",
        f"First I want the {x} {_resting(w, g[0])} {_where(w, g)}, then I'd like the {z} {_resting(w, 'on')} on it.",
        f"I want the {x} {_where(w, g)}; after that I'd like the {z} stacked on the {x}.",
    )
    return _achieve(text, [g, ("on", z, x)])


def t96_multi_ensure(w: World) -> Made:
    gs = _goals(w, 2)
    if len(gs) < 2:
        return None
    a, b = gs
    text = _c(
        w,
        f"Move the {a[1]} {_to(w, a)}, then make sure the {b[1]} {_rests(w, b[0])} {_where(w, b)}.",
        f"Start by putting the {a[1]} {_to(w, a)}; once that's done, ensure the {b[1]} is {_where(w, b)}.",
        f"First make sure the {a[1]} is {_where(w, a)}, and after that make it so that the {b[1]} is {_where(w, b)}.",
    )
    return _achieve(text, gs)


def t96_multi_joined(w: World) -> Made:
    gs = _goals(w, w.rng.choice((2, 3, 3)))
    if len(gs) < 2:
        return None
    steps = [f"the {g[1]} {_where(w, g)}" for g in gs]
    if len(gs) == 3:
        text = _c(
            w,
            f"First {steps[0]}, next {steps[1]}, and finally {steps[2]}.",
            f"One: {steps[0]}. Two: {steps[1]}. Three: {steps[2]}.",
        )
    else:
        text = _c(
            w,
            f"First {steps[0]}, then {steps[1]}.",
            f"Start with {steps[0]}, and finish with {steps[1]}.",
        )
    return _achieve(text, gs)


def t96_multi_placed(w: World) -> Made:
    gs = _goals(w, 2)
    if len(gs) < 2:
        return None
    a, b = gs
    pa, pb = _placed(w, a[0]), _placed(w, b[0])
    text = _c(
        w,
        f"Have the {a[1]} {pa} {_where(w, a)}; once that's done, the {b[1]} is to be {pb} {_where(w, b)}.",
        f"The {a[1]} gets {pa} {_where(w, a)} first, and after that the {b[1]} gets {pb} {_where(w, b)}.",
    )
    return _achieve(text, gs)


# ----- questions ----------------------------------------------------------------------------------------
def _fact(w: World, truth: bool, avoid: tuple[str, ...] = ()) -> Goal | None:
    """("on", x, y) or ("in", x, bowl) whose truth the scene decides plainly: "no" only when far from true."""
    s = w.state
    by_kind: dict[str, list[Goal]] = {}
    for x in w.blocks:
        if x in avoid or s.support[x] == GRIPPER:
            continue
        for y in w.blocks:
            if (
                y != x
                and y not in avoid
                and (s.support[x] == y if truth else y not in _tower(s, x))
            ):
                by_kind.setdefault("on", []).append(("on", x, y))
        for b in w.bowls:
            if s.support[x] == b if truth else s.base(x) != b:
                by_kind.setdefault("in", []).append(("in", x, b))
    if not by_kind:
        return None
    return w.rng.choice(by_kind[w.rng.choice(sorted(by_kind))])


def _fact_any(w: World, avoid: tuple[str, ...] = ()) -> tuple[Goal, bool] | None:
    truth = w.rng.random() < 0.5
    f = _fact(w, truth, avoid) or _fact(w, not truth, avoid)
    if f is None:
        return None
    return f, _fact_holds(w, f)


def _fact_holds(w: World, f: Goal) -> bool:
    return w.state.support[f[1]] == f[2]


def t96_q_rests(w: World) -> Made:
    s = w.state
    tops = [(y, s.on_top(y)[0]) for y in w.blocks if len(s.on_top(y)) == 1]
    if tops and w.rng.random() < 0.3:
        y, z = w.rng.choice(tops)
        text = _c(
            w,
            f"What rests on top of the {y}?",
            f"Which block sits on the {y}?",
            f"What's perched on the {y}?",
        )
        return text, answered(z)
    found = _fact_any(w)
    if found is None:
        return None
    f, truth = found
    text = _c(
        w,
        f"Does the {f[1]} {_rest(w, f[0])} {_where(w, f)}?",
        f"Is the {f[1]} {_resting(w, f[0])} {_where(w, f)}?",
        f"Is the {f[1]} {_resting(w, f[0])} {_where(w, f)} right now?",
    )
    return text, answered(yes(truth))


def t96_q_modal(w: World) -> Made:
    found = _fact_any(w)
    if found is None:
        return None
    f, truth = found
    text = _c(
        w,
        f"Could you tell me whether the {f[1]} is {_where(w, f)}?",
        f"Can you check if the {f[1]} is {_resting(w, f[0])} {_where(w, f)}?",
        f"Would you tell me if the {f[1]} {_rests(w, f[0])} {_where(w, f)}?",
    )
    return text, answered(yes(truth))


def t96_q_wish(w: World) -> Made:
    s = w.state
    countable = [
        b
        for b in w.bowls
        if s.in_bowl(b) and all(s.support[z] == b for z in s.in_bowl(b))
    ]
    tops = [(y, s.on_top(y)[0]) for y in w.blocks if len(s.on_top(y)) == 1]
    if not countable and not tops:
        return None
    if countable and (not tops or w.rng.random() < 0.6):
        bowl = w.rng.choice(countable)
        text = _c(
            w,
            f"I'd like to know how many blocks are sitting in the {bowl}.",
            f"I want to know how many blocks there are inside the {bowl}.",
        )
        return text, answered(str(len(s.in_bowl(bowl))))
    y, z = w.rng.choice(tops)
    text = _c(
        w,
        f"I'd like to know which block is sitting on top of the {y}.",
        f"I want to know what rests on the {y}.",
    )
    return text, answered(z)


def t96_q_ensure(w: World) -> Made:
    found = _fact_any(w)
    if found is None:
        return None
    f, truth = found
    text = _c(
        w,
        f"Just to be sure: is the {f[1]} {_where(w, f)}?",
        f"Can you confirm that the {f[1]} is {_resting(w, f[0])} {_where(w, f)}?",
        f"Before we go on, make sure I've got this right: is the {f[1]} {_where(w, f)}?",
    )
    return text, answered(yes(truth))


def t96_q_joined(w: World) -> Made:
    want = w.rng.random() < 0.5  # both hold, or at least one does not
    first = _fact(w, want or w.rng.random() < 0.5)
    if first is None:
        return None
    second_true = want or (not _fact_holds(w, first) and w.rng.random() < 0.5)
    second = _fact(w, second_true, avoid=(first[1],))
    if second is None:
        return None
    truth = _fact_holds(w, first) and _fact_holds(w, second)
    c1 = f"the {first[1]} {_rests(w, first[0])} {_where(w, first)}"
    c2 = f"the {second[1]} {_rests(w, second[0])} {_where(w, second)}"
    text = _c(
        w,
        f"Is it true that {c1} and {c2}?",
        f"Are both of these so: the {first[1]} {_where(w, first)} and the {second[1]} {_where(w, second)}?",
        f"Do both of these hold: {c1}, and {c2}?",
    )
    return text, answered(yes(truth))


def t96_q_placed(w: World) -> Made:
    s = w.state
    tops = [(y, s.on_top(y)[0]) for y in w.blocks if len(s.on_top(y)) == 1]
    if tops and w.rng.random() < 0.3:
        y, z = w.rng.choice(tops)
        return _c(
            w,
            f"Which block is stacked on top of the {y}?",
            f"What has been placed on the {y}?",
        ), answered(z)
    found = _fact_any(w)
    if found is None:
        return None
    f, truth = found
    p = _placed(w, f[0])
    text = _c(
        w,
        f"Has the {f[1]} been {p} {_where(w, f)}?",
        f"Is the {f[1]} {p} {_where(w, f)}?",
        f"Is the {f[1]} already {p} {_where(w, f)}?",
    )
    return text, answered(yes(truth))


# ----- matching -----------------------------------------------------------------------------------------
def _bowl_of(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _matches(w: World) -> list[tuple[str, str]]:
    """(block, bowl of its colour) that do not hold yet and fit."""
    s = w.state
    out = []
    for x in w.blocks:
        bowl = _bowl_of(w, x)
        if bowl and s.base(x) != bowl and s.base(x) != BIN and _room(s, bowl):
            out.append((x, bowl))
    return out


def _all_match(w: World) -> tuple[list[Rel], list[tuple[str, str]]] | None:
    s = w.state
    want = matching(w)
    missing = [(r.block, r.target) for r in want if s.base(r.block) != r.target]
    if not missing or any(not _room(s, b) for _x, b in missing):
        return None
    return want, [
        *missing,
        *((r.block, r.target) for r in want if s.base(r.block) == r.target),
    ]


def t96_match_rests(w: World) -> Made:
    found = _all_match(w)
    if found is None:
        return None
    want, moves = found
    text = _c(
        w,
        "Each block that has a bowl of its own colour sits in that bowl.",
        "Every block with a same-coloured bowl rests inside it.",
        "Any block whose colour matches a bowl lies in that bowl.",
    )
    return _done(text, moves, rels(*want))


def t96_match_modal(w: World) -> Made:
    opts = _matches(w)
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = _c(
        w,
        f"The {x} should be in the bowl of the same colour.",
        f"The {x} must sit in the bowl that matches its colour.",
        f"The {x} needs to be inside the bowl that's the same colour as it.",
    )
    return _done(text, [(x, bowl)], rels(Rel("in", x, bowl)))


def t96_match_wish(w: World) -> Made:
    found = _all_match(w)
    if found is not None and len(matching(w)) >= 2 and w.rng.random() < 0.6:
        want, moves = found
        text = _c(
            w,
            "I want every block that has a matching bowl in that bowl.",
            "I'd like each block in the bowl of its own colour, where there is one.",
        )
        return _done(text, moves, rels(*want))
    opts = _matches(w)
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = _c(
        w,
        f"I'd like the {x} in the bowl that matches it.",
        f"I want the {x} sitting in its matching bowl.",
    )
    return _done(text, [(x, bowl)], rels(Rel("in", x, bowl)))


def t96_match_ensure(w: World) -> Made:
    opts = _matches(w)
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = _c(
        w,
        f"Make sure the {bowl} holds the block of its own colour.",
        f"Ensure the {bowl} ends up with the same-coloured block inside it.",
        f"Make it so that the {bowl} has its matching block in it.",
    )
    return _done(text, [(x, bowl)], rels(Rel("in", x, bowl)))


def t96_match_joined(w: World) -> Made:
    s = w.state
    opts = _matches(w)
    if len(opts) >= 2 and w.rng.random() < 0.5:
        (x, b), (y, c) = w.pick(opts, 2)
        if not _room(s, b, 1) or not _room(s, c, 1):
            return None
        text = _c(
            w,
            f"The {x} and the {y} both sit in the bowls of their own colours.",
            f"The {x} should be in its matching bowl, and so should the {y}.",
        )
        return _done(text, [(x, b), (y, c)], rels(Rel("in", x, b), Rel("in", y, c)))
    chains = []
    for x, b in opts:
        if not s.is_clear(x):
            continue
        for z in w.clear_blocks():
            if z != x and _room(s, b, 1 + (s.base(z) != b)):
                chains.append((x, b, z))
    if not chains:
        return None
    x, b, z = w.rng.choice(chains)
    text = _c(
        w,
        f"The {x} should rest in the bowl of its colour, with the {z} on top of it.",
        f"The {x} sits in its matching bowl and the {z} sits on the {x}.",
    )
    return _done(text, [(x, b), (z, x)], rels(Rel("in", x, b), Rel("on", z, x)))


def t96_match_placed(w: World) -> Made:
    opts = _matches(w)
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = _c(
        w,
        f"The block that matches the {bowl} is to be placed in it.",
        f"The block of the same colour as the {bowl} gets set inside it.",
        f"Whichever block shares the {bowl}'s colour should be placed in it.",
    )
    return _done(text, [(x, bowl)], rels(Rel("in", x, bowl)))


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
_STYLES = ("rests", "modal", "wish", "ensure", "joined", "placed")
FRESH96: list[Template] = [
    (f"t96_{short}_{style}", category, globals()[f"t96_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
