"""`FRESH164`, the hundred-and-sixty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is requests written as code, queries and config. Engineers and students type what they want in the notations
they use every day instead of sentences: Python-like calls ("move(red_block, green_bowl)"), loops and conditionals
("for b in blocks_on_table: bin(b)", "move(red_block, green_bowl if green_bowl.is_empty() else bin)"), SQL-like
statements ("UPDATE blocks SET location = 'bin' WHERE colour <> 'red';"), config and data formats (YAML, JSON,
key=value), shell-like commands ("robot mv green_bowl/* bin/") and plain English with code words mixed in ("every
block in green_bowl -> bin"). Objects are named the ways programmers name them (red_block, RedBlock, 'red block', or a
bare colour where only one object has it); a block rests directly on one thing only. The checks accept every outcome
the request allows (any order, any free choice such as which two blocks or where a displaced block goes) and require
an empty gripper; a conditional's branch is decided by the scene as it is, and its check accepts only that branch's
outcome. Questions ("SELECT COUNT(*) FROM blocks WHERE location = 'green bowl';", "robot where red_block") are
answered from the scene: a count, Yes/No, or the name of the thing asked about.

- call: "move(red_block, green_bowl)", "robot.place('red block', on='blue block')", "bin_all(blocks, except_=[red])"
- loop: "for b in blocks_on_table:\\n    bin(b)", "if red_block.on_table: move(red_block, blue_bowl)\\nelse: ..."
- sql: "UPDATE blocks SET location = 'bin' WHERE location = 'green bowl';", "SELECT COUNT(*) FROM blocks WHERE ..."
- config: "red_block: {on: blue_block}", '{"move": "red block", "to": "bin"}', "object=red_block target=green_bowl"
- shell: "robot mv red_block bin", "robot mv green_bowl/* bin/", "robot bin --all --exclude red_block"
- mixed: "put red_block -> green_bowl", "make count(green_bowl) == 2", "what's red_block.location?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 7580638, the code of 63ec76f, before anything it could prompt): 0.2067
goal-correct (62 of 300), 225 refused, 6 asked. No wrong actions. Seven wrong replies: 'purple_block.is_in(red_bowl)?'
was planned as moves; 'robot where X', 'quick q: W.count == 2?', "what's X.location?" and 'how many bowls are empty,
i.e. sum(bowl.is_empty() for bowl in bowls)?' got the help text. The refusals were nearly every notation: CamelCase
names ('RedBlock'), SQL ('UPDATE blocks SET location = ... WHERE ...', 'SELECT ...'), shell commands ('robot mv X bin',
'robot stack --top X --bottom Y'), loops over lists, config ('X: {on: Y}', JSON) and a script's questions.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
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

_ON_TABLE = (TABLE, *PLACES)
_ALL = ("bowl", "block", "bin", "table", "place")
_LOOSE = ("bowl", "bin", "table", "place")  # destinations that are not a block


# ----- names ----------------------------------------------------------------------------------------
def _snake(name: str) -> str:
    return name.replace(" ", "_")


def _camel(name: str) -> str:
    return "".join(p.capitalize() for p in name.split())


def _code(w: World, name: str) -> str:
    """An identifier for an object, as a programmer types it: red_block (mostly) or RedBlock."""
    return w.rng.choice([_snake(name), _snake(name), _camel(name)])


def _tcode(w: World, target: str) -> str:
    """An identifier for a destination: objects as `_code`, the bin, the table and the places in snake case."""
    return _snake(target) if target in (BIN, TABLE, *PLACES) else _code(w, target)


def _short(w: World, block: str) -> str:
    """A bare colour where no other object has it (unambiguous), else the snake-case name."""
    c = w.colour(block)
    alone = sum(1 for o in (*w.blocks, *w.bowls) if w.colour(o) == c) == 1
    return c if alone and w.rng.random() < 0.6 else _snake(block)


def _prep(kind: str) -> str:
    return {"bowl": "into", "block": "onto", "bin": "into", "table": "onto", "place": "at"}[kind]


# ----- scene facts ----------------------------------------------------------------------------------
def _bottom(s: SymState, b: str) -> str:
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _tower(s: SymState, b: str) -> list[str]:
    """The tower holding `b`, bottom first."""
    bottom = _bottom(s, b)
    return [bottom, *s.above(bottom)[::-1]]


def _below(s: SymState, b: str) -> list[str]:
    t = _tower(s, b)
    return t[: t.index(b)]


def _where(s: SymState, b: str) -> str:
    """What `b` rests on directly, as an answer names it."""
    sup = s.support[b]
    return "table" if sup in _ON_TABLE else sup


def _flat_bowls(w: World) -> list[str]:
    """Bowls whose blocks all rest on the bowl itself (no tower inside), so that counting them is unambiguous."""
    s = w.state
    return [o for o in w.bowls if all(s.support[b] == o for b in s.in_bowl(o))]


def _flat_bowl(w: World) -> str | None:
    """A bowl whose blocks can be counted unambiguously, one with blocks in it more often than not."""
    return _some_bowl(w, _flat_bowls(w))


def _some_bowl(w: World, bowls: list[str] | None = None) -> str | None:
    """One of `bowls` (all of them by default), a non-empty one where there is one, more often than not."""
    bowls = w.bowls if bowls is None else bowls
    full = [o for o in bowls if w.state.in_bowl(o)]
    if full and w.rng.random() < 0.6:
        return w.rng.choice(full)
    return w.rng.choice(bowls) if bowls else None


def _dests(w: World, b: str, kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    """(kind, target) destinations that make sense for block `b`."""
    s = w.state
    out: list[tuple[str, str]] = []
    for k in kinds:
        if k == "bowl":
            out += [("bowl", o) for o in s.bowls if s.base(b) != o and len(s.on_top(o)) < layout.BOWL_CAPACITY]
        elif k == "block":
            out += [("block", t) for t in s.blocks if _bottom(s, t) != _bottom(s, b) and s.is_clear(t)
                    and len(_tower(s, t)) < layout.MAX_TOWER]
        elif k == "bin":
            out.append(("bin", BIN))
        elif k == "table":
            if s.support[b] not in _ON_TABLE:
                out.append(("table", TABLE))
        elif k == "place":
            out.append(("place", w.rng.choice(PLACES)))
    return out


def _dest(w: World, b: str, kinds: tuple[str, ...]) -> tuple[str, str] | None:
    ds = _dests(w, b, kinds)
    return w.rng.choice(ds) if ds else None


def _rel(b: str, kind: str, t: str) -> Rel:
    return {"bowl": Rel("in", b, t), "block": Rel("on", b, t), "bin": Rel("in_bin", b),
            "table": Rel("on_table", b), "place": Rel("at", b, t)}[kind]


def _keepable(s: SymState, movers: list[str], targets: tuple[str, ...] = ()) -> list[str]:
    """Blocks that can stay exactly where they are while `movers` move (onto `targets`)."""
    blocked = set(movers)
    for m in (*movers, *(t for t in targets if t in s.support)):
        blocked |= set(s.above(m))
    return [b for b in s.blocks if b not in blocked]


def _matchable(w: World) -> list[str]:
    """Blocks that have a bowl of their colour and are not in it yet."""
    by_colour = {w.colour(o): o for o in w.bowls}
    return [b for b in w.blocks if w.colour(b) in by_colour and w.state.base(b) != by_colour[w.colour(b)]]


def _bowl_of(w: World, b: str) -> str:
    return next(o for o in w.bowls if w.colour(o) == w.colour(b))


# ----- checks ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's goal: every check holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _done(w: World, text: str, check: Check) -> Made:
    """The instance, unless doing nothing would already satisfy it."""
    return None if check(w.state, w.state) else (text, check)


def _on_table_base(blocks: list[str]) -> Check:
    """Each block stands on the table (alone or in a tower standing there), not in a bowl or the bin."""
    return lambda _i, f: all(f.support[b] != "gripper" and f.base(b) in _ON_TABLE for b in blocks)


def _stay_in(bowl: str, blocks: list[str]) -> Check:
    return lambda _i, f: all(f.support[b] != "gripper" and f.base(b) == bowl for b in blocks)


def _frozen(bowl: str, contents: list[str]) -> Check:
    """The bowl keeps exactly what it held, each block resting where it rested."""
    return lambda i, f: set(f.in_bowl(bowl)) == set(contents) and kept(*contents)(i, f)


def _bin_exactly(n: int, pool: list[str]) -> Check:
    """Exactly `n` blocks end in the bin, all from `pool`."""
    def check(_i: SymState, f: SymState) -> bool:
        inside = [b for b in f.blocks if f.base(b) == BIN]
        return len(inside) == n and all(b in pool for b in inside)
    return check


def _bin_set(blocks: list[str]) -> Check:
    """The bin holds exactly these blocks."""
    return lambda _i, f: {b for b in f.blocks if f.base(b) == BIN} == set(blocks)


def _moved_from(b: str) -> Check:
    return lambda i, f: f.support[b] != i.support[b]


# ----- imperative -----------------------------------------------------------------------------------
def t164_imp_call(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    kind, t = w.rng.choice(_dests(w, b, _ALL))
    shape = w.rng.randrange(3)
    if shape == 0:
        text = f"move({_code(w, b)}, {_tcode(w, t)})"
    elif shape == 1:
        kw = {"bowl": "into", "block": "on", "bin": "into", "table": "on", "place": "at"}[kind]
        text = f"robot.place('{b}', {kw}='{t}')"
    else:
        text = f"pick_and_place(obj={_camel(b)}, target={_camel(t)})"
    return _done(w, text, _act(rels(_rel(b, kind, t))))


def t164_imp_loop(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        bs = w.pick(w.blocks, 2)
        opts = [("bin", BIN), ("table", TABLE)] + [
            ("bowl", o) for o in w.bowls if len(s.on_top(o)) <= layout.BOWL_CAPACITY - 2]
        kind, t = w.rng.choice(opts)
        names = ", ".join(_code(w, b) for b in bs)
        text = f"for b in [{names}]:\n    move(b, {_tcode(w, t)})"
        return _done(w, text, _act(rels(*(_rel(b, kind, t) for b in bs))))
    if shape == 1:
        b, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
        alt = w.rng.choice([BIN, TABLE])
        bc, oc = _code(w, b), _code(w, bowl)
        text = f"move({bc}, {oc} if {oc}.is_empty() else {alt})"
        goal = Rel("in", b, bowl) if not s.in_bowl(bowl) else (Rel("in_bin", b) if alt == BIN else Rel("on_table", b))
        return _done(w, text, _act(rels(goal)))
    cands = [b for b in w.blocks if s.support[b] == TABLE or s.support[b] in s.bowls]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands), w.rng.choice(w.bowls)
    bc = _code(w, b)
    goal = Rel("in", b, bowl) if s.support[b] == TABLE else Rel("on_table", b)
    text = f"if {bc}.on_table:\n    move({bc}, {_code(w, bowl)})\nelse:\n    move({bc}, table)"
    return _done(w, text, _act(rels(goal)))


def t164_imp_sql(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    shape = w.rng.randrange(3)
    if shape == 1 and (d := _dest(w, b, ("block",))):
        text = f"UPDATE blocks SET on_top_of = '{d[1]}' WHERE colour = '{w.colour(b)}';"
    elif shape == 2 and (d := _dest(w, b, ("bowl",))):
        text = f"INSERT INTO {_snake(d[1])} (block) VALUES ('{b}');"
    else:
        d = w.rng.choice(_dests(w, b, _LOOSE))
        text = f"UPDATE blocks SET location = '{d[1]}' WHERE name = '{b}';"
    return _done(w, text, _act(rels(_rel(b, *d))))


def t164_imp_config(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    kind, t = w.rng.choice(_dests(w, b, _ALL))
    shape = w.rng.randrange(3)
    if shape == 0:
        key = "onto" if kind == "block" else "to"
        text = f'{{"move": "{b}", "{key}": "{t}"}}'
    elif shape == 1:
        text = f"action: place\nobject: {_snake(b)}\ntarget: {_snake(t)}"
    else:
        text = f"action=move object={_snake(b)} target={_snake(t)}"
    return _done(w, text, _act(rels(_rel(b, kind, t))))


def t164_imp_shell(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    shape = w.rng.randrange(3)
    if shape == 1 and (d := _dest(w, b, ("block",))):
        if w.rng.random() < 0.5:
            text = f"robot stack --top {_short(w, b)} --bottom {_short(w, d[1])}"
        else:
            text = f"robot place --object {_snake(b)} --on {_snake(d[1])}"
    elif shape == 2:
        d = w.rng.choice(_dests(w, b, _ALL))
        text = f"$ arm put {_snake(b)} {_snake(d[1])}"
    else:
        d = w.rng.choice(_dests(w, b, _LOOSE))
        text = f"robot mv {_snake(b)} {_snake(d[1])}"
    return _done(w, text, _act(rels(_rel(b, *d))))


def t164_imp_mixed(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    kind, t = w.rng.choice(_dests(w, b, _ALL))
    shape = w.rng.randrange(3)
    if shape == 0:
        text = f"please put {_snake(b)} -> {_tcode(w, t)}"
    elif shape == 1:
        text = f"can you move `{_code(w, b)}` to `{_tcode(w, t)}`, thanks"
    else:
        text = f"grab {_camel(b)} and drop it {_prep(kind)} {_tcode(w, t)}"
    return _done(w, text, _act(rels(_rel(b, kind, t))))


# ----- declarative ----------------------------------------------------------------------------------
def _pred(w: World, b: str, kind: str, t: str) -> str:
    """A relation written as a predicate call: on(a, b), inside(a, bowl), in_bin(a), on_table(a), at(a, place)."""
    bc = _code(w, b)
    return {"block": f"on({bc}, {_code(w, t)})", "bowl": f"inside({bc}, {_code(w, t)})", "bin": f"in_bin({bc})",
            "table": f"on_table({bc})", "place": f"at({bc}, {_snake(t)})"}[kind]


def _two_goals(w: World) -> tuple[str, tuple[str, str], str, tuple[str, str]] | None:
    """Two blocks with compatible destinations: the first anywhere (not onto the second), the second not a block."""
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    b1, b2 = pair
    d1 = w.rng.choice([d for d in _dests(w, b1, _ALL) if d[1] != b2])
    d2 = w.rng.choice([d for d in _dests(w, b2, _LOOSE) if not (d[0] == "bowl" and d[1] == d1[1])]
                      or [("bin", BIN)])
    return b1, d1, b2, d2


def t164_dec_call(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 2:
        g = _two_goals(w)
        if g is None:
            return None
        b1, d1, b2, d2 = g
        text = f"final_state = [{_pred(w, b1, *d1)}, {_pred(w, b2, *d2)}]"
        return _done(w, text, _act(rels(_rel(b1, *d1), _rel(b2, *d2))))
    b = w.rng.choice(w.blocks)
    kind, t = w.rng.choice(_dests(w, b, _ALL))
    if shape == 0:
        text = f"goal({_pred(w, b, kind, t)})"
    elif kind == "block":
        text = f"{_code(w, b)}.on = {_code(w, t)}"
    else:
        text = f"{_code(w, b)}.location = '{t}'"
    return _done(w, text, _act(rels(_rel(b, kind, t))))


def t164_dec_loop(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        bs = w.pick(w.blocks, 2)
        opts = [("bin", BIN)] + [("bowl", o) for o in w.bowls if len(s.on_top(o)) <= layout.BOWL_CAPACITY - 2]
        kind, t = w.rng.choice(opts)
        names = ", ".join(_code(w, b) for b in bs)
        text = f"goal: all(b.location == {_tcode(w, t)} for b in ({names}))"
        return _done(w, text, _act(rels(*(_rel(b, kind, t) for b in bs))))
    if shape == 1:
        pairs = [(r, t) for r in w.blocks for t in w.blocks
                 if _bottom(s, r) != _bottom(s, t) and len(_tower(s, t)) < layout.MAX_TOWER]
        if not pairs:
            return None
        r, t = w.rng.choice(pairs)
        rc, tc = _code(w, r), _code(w, t)
        goal = Rel("on", r, t) if s.is_clear(t) else Rel("on_table", r)
        text = f"goal: {rc}.on == ({tc} if {tc}.is_clear() else table)"
        return _done(w, text, _act(rels(goal)))
    bs = w.pick(w.blocks, 2)
    names = ", ".join(_code(w, b) for b in bs)
    text = f"goal: {{b for b in blocks if b.in_bin()}} == {{{names}}}"
    return _done(w, text, _act(_bin_set(bs)))


def t164_dec_sql(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 1:
        bs = w.pick(w.blocks, 2)
        text = (f"-- target state\nSELECT name FROM blocks WHERE location = 'bin';\n"
                f"-- expected rows: '{bs[0]}', '{bs[1]}' (and no others)")
        return _done(w, text, _act(_bin_set(bs)))
    b = w.rng.choice(w.blocks)
    if shape == 2 and (d := _dest(w, b, ("block",))):
        text = f"ASSERT (SELECT on_top_of FROM blocks WHERE name = '{b}') = '{d[1]}';  -- make this hold"
    else:
        d = w.rng.choice(_dests(w, b, _LOOSE))
        text = f"SELECT location FROM blocks WHERE name = '{b}';  -- should return '{d[1]}' afterwards"
    return _done(w, text, _act(rels(_rel(b, *d))))


def t164_dec_config(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 0:
        b = w.rng.choice(w.blocks)
        kind, t = w.rng.choice(_dests(w, b, ("block", "bowl", "place")))
        key = {"block": "on", "bowl": "in", "place": "at"}[kind]
        text = f"{_snake(b)}: {{{key}: {_snake(t)}}}"
        return _done(w, text, _act(rels(_rel(b, kind, t))))
    pair = w.pick(w.blocks, 2)
    b1, b2 = pair
    d1 = w.rng.choice(_dests(w, b1, _LOOSE))
    d2 = w.rng.choice([d for d in _dests(w, b2, _LOOSE) if not (d[0] == "bowl" and d[1] == d1[1])])
    check = _act(rels(_rel(b1, *d1), _rel(b2, *d2)))
    if shape == 1:
        text = f'{{"final": {{"{b1}": "{d1[1]}", "{b2}": "{d2[1]}"}}}}'
    else:
        text = f"{_snake(b1)}.location={_snake(d1[1])} {_snake(b2)}.location={_snake(d2[1])}"
    return _done(w, text, check)


def t164_dec_shell(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 2:
        g = _two_goals(w)
        if g is None:
            return None
        b1, d1, b2, d2 = g
        text = f"robot set-state {_snake(b1)}:{_snake(d1[1])} {_snake(b2)}:{_snake(d2[1])}"
        return _done(w, text, _act(rels(_rel(b1, *d1), _rel(b2, *d2))))
    b = w.rng.choice(w.blocks)
    if shape == 1 and (d := _dest(w, b, ("bowl",))):
        text = f"robot ensure --in {_snake(d[1])} {_snake(b)}"
    else:
        d = w.rng.choice(_dests(w, b, ("block", "bowl")) or [("bin", BIN)])
        word = {"block": "on", "bowl": "in", "bin": "in"}[d[0]]
        text = f"robot goal '{_snake(b)} {word} {_snake(d[1])}'"
    return _done(w, text, _act(rels(_rel(b, *d))))


def t164_dec_mixed(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 1:
        pair = w.pick(w.blocks, 2)
        b1, b2 = pair
        bowl = w.rng.choice(w.bowls)
        if len(w.state.on_top(bowl)) >= layout.BOWL_CAPACITY:
            return None
        text = f"when you're done, {_snake(b1)} should be in {_snake(bowl)} and {_snake(b2)} in the bin"
        return _done(w, text, _act(rels(Rel("in", b1, bowl), Rel("in_bin", b2))))
    b = w.rng.choice(w.blocks)
    if shape == 0 and (d := _dest(w, b, ("block",))):
        text = f"end state: {_code(w, b)}.on == {_code(w, d[1])}"
    else:
        d = w.rng.choice(_dests(w, b, _LOOSE))
        text = f"afterwards `{_code(w, b)}.location` == '{d[1]}'"
    return _done(w, text, _act(rels(_rel(b, *d))))


# ----- desiderative ---------------------------------------------------------------------------------
def t164_des_call(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    kind, t = w.rng.choice(_dests(w, b, _ALL))
    shape = w.rng.randrange(3)
    if shape == 0:
        text = f"I want {_pred(w, b, kind, t)}"
    elif shape == 1:
        kw = {"bowl": "into", "block": "on", "bin": "into", "table": "on", "place": "at"}[kind]
        text = f"I'd like robot.place('{b}', {kw}='{t}')"
    else:
        text = f"make_it_so({_code(w, b)}.{'on' if kind == 'block' else 'location'} == '{t}')"
    return _done(w, text, _act(rels(_rel(b, kind, t))))


def t164_des_loop(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 1:
        b, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
        alt = w.rng.choice([BIN, TABLE])
        bc, oc = _code(w, b), _code(w, bowl)
        text = f"I want:\nif {oc}.is_empty():\n    {bc} -> {oc}\nelse:\n    {bc} -> {alt}"
        goal = Rel("in", b, bowl) if not s.in_bowl(bowl) else (Rel("in_bin", b) if alt == BIN else Rel("on_table", b))
        return _done(w, text, _act(rels(goal)))
    bs = w.pick(w.blocks, 2)
    names = ", ".join(_code(w, b) for b in bs)
    if shape == 0:
        kind, t = w.rng.choice([("bin", BIN), ("table", TABLE)])
        text = f"I'd like:\nfor b in ({names}):\n    b.location = {t}"
    else:
        bowls = [o for o in w.bowls if len(s.on_top(o)) <= layout.BOWL_CAPACITY - 2]
        if not bowls:
            return None
        kind, t = "bowl", w.rng.choice(bowls)
        text = f"I'd like [move(b, {_code(w, t)}) for b in ({names})] to run"
    return _done(w, text, _act(rels(*(_rel(b, kind, t) for b in bs))))


def t164_des_sql(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        bs = w.pick(w.blocks, 2)
        text = f"I'd like: UPDATE blocks SET location = 'bin' WHERE name IN ('{bs[0]}', '{bs[1]}');"
        return _done(w, text, _act(binned(bs)))
    if shape == 1:
        b = w.rng.choice(w.blocks)
        d = w.rng.choice(_dests(w, b, _LOOSE))
        text = f"I want SELECT location FROM blocks WHERE name = '{b}' to return '{d[1]}'."
        return _done(w, text, _act(rels(_rel(b, *d))))
    bowls = _flat_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    now = len(s.in_bowl(bowl))
    options = [n for n in (now - 1, now + 1, now + 2) if 0 <= n <= 3 and n != now]
    n = w.rng.choice(options)
    text = f"make it so that SELECT COUNT(*) FROM blocks WHERE location = '{bowl}' returns {n}"
    return _done(w, text, _act(count_in(bowl, n)))


def t164_des_config(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    shape = w.rng.randrange(3)
    if shape == 1 and (d := _dest(w, b, ("block",))):
        text = f"I'd like the table to match this YAML:\n{_snake(b)}: {{on: {_snake(d[1])}}}"
    elif shape == 2:
        d = w.rng.choice(_dests(w, b, _ALL))
        text = f"wanted: object={_snake(b)} target={_snake(d[1])}"
    else:
        d = w.rng.choice(_dests(w, b, _LOOSE))
        text = f'I want this layout: {{"{b}": "{d[1]}"}}'
    return _done(w, text, _act(rels(_rel(b, *d))))


def t164_des_shell(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    shape = w.rng.randrange(3)
    if shape == 2 and (d := _dest(w, b, ("block",))):
        text = f"want: robot stack --bottom {_snake(d[1])} --top {_snake(b)}"
    elif shape == 1:
        d = w.rng.choice(_dests(w, b, _LOOSE))
        text = f"I'd like `robot where {_snake(b)}` to print `{_snake(d[1])}`"
    else:
        d = w.rng.choice(_dests(w, b, _ALL))
        text = f"i want: robot mv {_snake(b)} {_snake(d[1])}"
    return _done(w, text, _act(rels(_rel(b, *d))))


def t164_des_mixed(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 2:
        bowls = _flat_bowls(w)
        if not bowls:
            return None
        bowl = w.rng.choice(bowls)
        now = len(w.state.in_bowl(bowl))
        n = w.rng.choice([m for m in (now - 1, now + 1, now + 2) if 0 <= m <= 3])
        text = f"make it so that {_code(w, bowl)}.count == {n}"
        return _done(w, text, _act(count_in(bowl, n)))
    b = w.rng.choice(w.blocks)
    if shape == 1 and (d := _dest(w, b, ("block",))):
        text = f"I want {_code(w, b)}.on == {_code(w, d[1])}, please"
    else:
        d = _dest(w, b, ("bowl",))
        if d is None:
            return None
        text = f"I'd like {_snake(b)} to end up in {_snake(d[1])}"
    return _done(w, text, _act(rels(_rel(b, *d))))


# ----- quantified -----------------------------------------------------------------------------------
def t164_qua_call(w: World) -> Made:
    s = w.state
    full = [o for o in w.bowls if s.in_bowl(o)]
    shape = w.rng.randrange(3)
    if shape == 0 and full:
        bowl = w.rng.choice(full)
        text = f"bin_all(blocks_in({_code(w, bowl)}))"
        return _done(w, text, _act(binned(s.in_bowl(bowl))))
    if shape == 1 and full and len(w.bowls) >= 2:
        src = w.rng.choice(full)
        dst = w.rng.choice([o for o in w.bowls if o != src])
        text = f"move_all(from_={_code(w, src)}, to={_code(w, dst)})"
        return _done(w, text, _act(rels(*(Rel("in", b, dst) for b in s.in_bowl(src)))))
    pool = s.on_the_table()
    if len(pool) < 2:
        return None
    n = w.rng.choice([2, 2, 3]) if len(pool) >= 3 else 2
    text = f"place(n={n}, blocks=on_table(), target=bin)"
    return _done(w, text, _act(_bin_exactly(n, pool)))


def t164_qua_loop(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        pool = s.on_the_table()
        if not pool or len(pool) > 5:
            return None
        text = "for b in blocks_on_table:\n    bin(b)"
        return _done(w, text, _act(binned(pool)))
    if shape == 1:
        if len(w.bowls) < 2:
            return None
        text = "for bowl in bowls:\n    if bowl.is_empty():\n        put(any_block, bowl)"
        return _done(w, text, _act(lambda _i, f: all(f.in_bowl(o) for o in w.bowls)))
    text = w.rng.choice(["for b in blocks:\n    move(b, table)", "for block in all_blocks: block.place(TABLE)"])
    return _done(w, text, _act(rels(*(Rel("on_table", b) for b in w.blocks))))


def t164_qua_sql(w: World) -> Made:
    s = w.state
    full = [o for o in w.bowls if s.in_bowl(o)]
    shape = w.rng.randrange(3)
    if shape == 0 and full:
        bowl = w.rng.choice(full)
        text = f"UPDATE blocks SET location = 'bin' WHERE location = '{bowl}';"
        return _done(w, text, _act(binned(s.in_bowl(bowl))))
    if shape == 2 and full:
        if len(w.bowls) == 1:
            text = "UPDATE blocks SET location = 'table' WHERE location LIKE '% bowl';"
        else:
            names = ", ".join(f"'{o}'" for o in w.bowls)
            text = f"UPDATE blocks SET location = 'table' WHERE location IN ({names});"
        return _done(w, text, _act(_on_table_base(s.in_bowls())))
    n = w.rng.choice([1, 2])
    text = f"UPDATE blocks SET location = 'bin' ORDER BY RANDOM() LIMIT {n};"
    return _done(w, text, _act(_bin_exactly(n, w.blocks)))


def t164_qua_config(w: World) -> Made:
    s = w.state
    full = [o for o in w.bowls if s.in_bowl(o)]
    shape = w.rng.randrange(3)
    if shape == 0 and full:
        bowl = w.rng.choice(full)
        text = f"select: all blocks in {_snake(bowl)}\nmove_to: bin"
        return _done(w, text, _act(binned(s.in_bowl(bowl))))
    if shape == 2 and full and len(w.bowls) >= 2:
        src = w.rng.choice(full)
        dst = w.rng.choice([o for o in w.bowls if o != src])
        text = f"objects=all source={_snake(src)} dest={_snake(dst)}"
        return _done(w, text, _act(rels(*(Rel("in", b, dst) for b in s.in_bowl(src)))))
    pool = s.on_the_table()
    if len(pool) < 2:
        return None
    n = w.rng.choice([1, 2])
    text = f'{{"move": {{"count": {n}, "from": "table"}}, "to": "bin"}}'
    return _done(w, text, _act(_bin_exactly(n, pool)))


def t164_qua_shell(w: World) -> Made:
    s = w.state
    full = [o for o in w.bowls if s.in_bowl(o)]
    shape = w.rng.randrange(3)
    if shape == 0 and full:
        bowl = w.rng.choice(full)
        text = f"robot mv {_snake(bowl)}/* bin/"
        return _done(w, text, _act(binned(s.in_bowl(bowl))))
    pool = s.on_the_table()
    if shape == 1 and len(pool) >= 2:
        n = w.rng.choice([1, 2])
        text = f"robot ls table | head -n {n} | xargs robot mv --to bin"
        return _done(w, text, _act(_bin_exactly(n, pool)))
    if not pool or len(pool) > 5:
        return None
    text = "for b in $(robot ls table); do robot mv $b bin; done"
    return _done(w, text, _act(binned(pool)))


def t164_qua_mixed(w: World) -> Made:
    s = w.state
    full = [o for o in w.bowls if s.in_bowl(o)]
    shape = w.rng.randrange(3)
    if shape == 0 and full:
        bowl = w.rng.choice(full)
        text = f"every block in {_snake(bowl)} -> bin"
        return _done(w, text, _act(binned(s.in_bowl(bowl))))
    if shape == 1:
        bowls = _flat_bowls(w)
        if not bowls:
            return None
        bowl = w.rng.choice(bowls)
        now = len(s.in_bowl(bowl))
        n = w.rng.choice([m for m in (now - 1, now + 1, now + 2) if 0 <= m <= 3])
        text = f"make count({_snake(bowl)}) == {n}"
        return _done(w, text, _act(count_in(bowl, n)))
    text = "for every b in blocks: b.support == table (no stacks, nothing left in bowls)"
    return _done(w, text, _act(rels(*(Rel("on_table", b) for b in w.blocks))))


# ----- negated --------------------------------------------------------------------------------------
def t164_neg_call(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    full = [o for o in w.bowls if s.in_bowl(o)]
    if shape == 1 and len(w.bowls) >= 2:
        r, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
        others = [o for o in w.bowls if o != bowl]
        text = f"move({_code(w, r)}, to=one_of(bowls), not_into={_code(w, bowl)})"
        return _done(w, text, _act(lambda _i, f: f.support[r] != "gripper" and f.base(r) in others))
    if shape == 2 and full:
        bowl = w.rng.choice(full)
        text = f"empty({_code(w, bowl)}, never=bin)"
        return _done(w, text, _act(empty(bowl), none_binned(s.in_bowl(bowl))))
    r = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != r]
    if len(rest) > 5:
        return None
    text = f"bin_all(blocks, except_=[{_code(w, r)}])"
    return _done(w, text, _act(binned(rest), none_binned([r])))


def t164_neg_loop(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 1:
        bowls = [o for o in w.bowls if len(s.in_bowl(o)) >= 2]
        if bowls:
            bowl = w.rng.choice(bowls)
            r = w.rng.choice(s.in_bowl(bowl))
            rest = [b for b in s.in_bowl(bowl) if b != r]
            text = (f"for b in {_code(w, bowl)}.contents():\n    if b.colour != '{w.colour(r)}':\n"
                    "        move(b, table)")
            return _done(w, text, _act(_on_table_base(rest), _stay_in(bowl, [r])))
    full = [o for o in w.bowls if s.in_bowl(o)]
    if shape == 2 and full:
        bowl = w.rng.choice(full)
        rest = [b for b in w.blocks if s.base(b) != bowl]
        text = f"for b in blocks:\n    if b.location != '{bowl}':\n        bin(b)"
        return _done(w, text, _act(binned(rest), _stay_in(bowl, s.in_bowl(bowl))))
    r = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != r]
    if len(rest) > 5:
        return None
    text = f"for b in blocks:\n    if b != {_code(w, r)}:\n        bin(b)"
    return _done(w, text, _act(binned(rest), none_binned([r])))


def t164_neg_sql(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 1:
        bowls = [o for o in w.bowls if len(s.in_bowl(o)) >= 2]
        if bowls:
            bowl = w.rng.choice(bowls)
            r = w.rng.choice(s.in_bowl(bowl))
            rest = [b for b in s.in_bowl(bowl) if b != r]
            text = f"UPDATE blocks SET location = 'table' WHERE location = '{bowl}' AND name != '{r}';"
            return _done(w, text, _act(_on_table_base(rest), _stay_in(bowl, [r])))
    if shape == 2 and s.in_bowls():
        outside = [b for b in w.blocks if b not in s.in_bowls()]
        if not outside:
            return None
        names = ", ".join(f"'{o}'" for o in w.bowls)
        text = f"UPDATE blocks SET location = 'bin' WHERE location NOT IN ({names});"
        keep = [_stay_in(s.base(b), [b]) for b in s.in_bowls()]
        return _done(w, text, _act(binned(outside), *keep))
    r = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != r]
    if len(rest) > 5:
        return None
    text = f"UPDATE blocks SET location = 'bin' WHERE colour <> '{w.colour(r)}';"
    return _done(w, text, _act(binned(rest), none_binned([r])))


def t164_neg_config(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    full = [o for o in w.bowls if s.in_bowl(o)]
    if shape == 0 and full:
        bowl = w.rng.choice(full)
        text = f"empty: {_snake(bowl)}\nnever: bin"
        return _done(w, text, _act(empty(bowl), none_binned(s.in_bowl(bowl))))
    covered = [b for b in w.blocks if not s.is_clear(b)]
    if shape == 2 and covered:
        t = w.rng.choice(covered)
        above = s.above(t)
        text = f"action=clear target={_snake(t)} exclude_dest=bin"
        return _done(w, text, _act(rels(Rel("clear", t)), none_binned(above)))
    if len(w.blocks) < 4:
        return None
    ex = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in ex]
    text = f'{{"bin": "all", "except": ["{ex[0]}", "{ex[1]}"]}}'
    return _done(w, text, _act(binned(rest), none_binned(ex)))


def t164_neg_shell(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    full = [o for o in w.bowls if s.in_bowl(o)]
    if shape == 1 and full:
        bowl = w.rng.choice(full)
        text = f"robot empty {_snake(bowl)} --not-into bin"
        return _done(w, text, _act(empty(bowl), none_binned(s.in_bowl(bowl))))
    lifted = [b for b in w.blocks if s.support[b] not in _ON_TABLE]
    if shape == 2 and lifted:
        r = w.rng.choice(lifted)
        bowl = s.base(r) if s.base(r) in w.bowls and w.rng.random() < 0.6 else w.rng.choice(w.bowls)
        text = f"robot mv {_snake(r)} --anywhere-except {_snake(bowl)},bin"
        return _done(w, text, _act(_moved_from(r), lambda _i, f: f.base(r) not in (bowl, BIN, "gripper")))
    r = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != r]
    if len(rest) > 5:
        return None
    text = f"robot bin --all --exclude {_snake(r)}"
    return _done(w, text, _act(binned(rest), none_binned([r])))


def t164_neg_mixed(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    pairs = w.pairs()
    if shape == 0 and pairs:
        r, t = w.rng.choice(pairs)
        text = f"{_snake(r)} should not be on {_snake(t)} anymore (and don't put it in the bin)"
        return _done(w, text, _act(rels(Rel("on", r, t, negated=True)), none_binned([r])))
    full = [o for o in w.bowls if s.in_bowl(o)]
    if shape == 1 and full:
        bowl = w.rng.choice(full)
        text = f"clear {_snake(bowl)}, but never use the bin"
        return _done(w, text, _act(empty(bowl), none_binned(s.in_bowl(bowl))))
    if len(w.blocks) < 4:
        return None
    ex = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in ex]
    text = f"bin everything except {_code(w, ex[0])} and {_code(w, ex[1])}"
    return _done(w, text, _act(binned(rest), none_binned(ex)))


# ----- relative -------------------------------------------------------------------------------------
def _nearest(w: World, bowl: str) -> str | None:
    """The one block clearly nearest an empty bowl: alone (not in a tower), 4 cm closer than any other."""
    s = w.state
    if s.in_bowl(bowl):
        return None
    d = {b: w.dist(b, bowl) for b in w.blocks}
    best = min(d, key=d.get)
    others = [d[b] for b in w.blocks if _bottom(s, b) != _bottom(s, best)]
    if len(_tower(s, best)) != 1 or (others and min(others) - d[best] < 0.04):
        return None
    return best


def t164_rel_call(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 2:
        bowl = w.rng.choice(w.bowls)
        b = _nearest(w, bowl)
        if b is None:
            return None
        text = f"move(nearest_block({_code(w, bowl)}), {_code(w, bowl)})"
        return _done(w, text, _act(rels(Rel("in", b, bowl))))
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if shape == 0:
        d = w.rng.choice([x for x in _dests(w, top, ("bowl", "bin", "table")) if x[1] != below])
        text = f"move(block_on({_code(w, below)}), {_tcode(w, d[1])})"
        return _done(w, text, _act(rels(_rel(top, *d))))
    d = w.rng.choice(_dests(w, below, ("bowl", "bin", "place")))
    text = f"move(block_under({_code(w, top)}), {_tcode(w, d[1])})"
    return _done(w, text, _act(rels(_rel(below, *d))))


def t164_rel_loop(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    full = [o for o in w.bowls if s.in_bowl(o)]
    if shape == 1 and full:
        bowl = w.rng.choice(full)
        text = f"for b in {_code(w, bowl)}.contents():\n    move(b, table)"
        return _done(w, text, _act(rels(*(Rel("on_table", b) for b in s.in_bowl(bowl)))))
    covered = [b for b in w.blocks if not s.is_clear(b)]
    if shape == 0 and covered:
        t = w.rng.choice(covered)
        tc = _code(w, t)
        text = f"while not {tc}.is_clear():\n    bin({tc}.top())"
        return _done(w, text, _act(binned(s.above(t)), none_binned([t])))
    t = w.rng.choice(w.blocks)
    tc = _code(w, t)
    text = f"if {tc}.has_block_on_top():\n    bin(block_on({tc}))\nelse:\n    bin({tc})"
    if s.is_clear(t):
        return _done(w, text, _act(binned([t])))
    return _done(w, text, _act(binned(s.on_top(t)), none_binned([t])))


def t164_rel_sql(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 2:
        bowl = w.rng.choice(w.bowls)
        b = _nearest(w, bowl)
        if b is None:
            return None
        text = (f"UPDATE blocks SET location = '{bowl}' WHERE location <> '{bowl}' "
                f"ORDER BY distance_to('{bowl}') LIMIT 1;")
        return _done(w, text, _act(rels(Rel("in", b, bowl))))
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if shape == 0:
        text = f"UPDATE blocks SET location = 'bin' WHERE on_top_of = '{below}';"
        return _done(w, text, _act(rels(Rel("in_bin", top)), none_binned([below])))
    d = w.rng.choice(_dests(w, below, ("bowl", "bin", "table")))
    text = (f"UPDATE blocks SET location = '{d[1]}' "
            f"WHERE name = (SELECT on_top_of FROM blocks WHERE name = '{top}');")
    return _done(w, text, _act(rels(_rel(below, *d))))


def t164_rel_config(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 2:
        bowl = w.rng.choice(w.bowls)
        b = _nearest(w, bowl)
        if b is None:
            return None
        text = f"object=nearest_to:{_snake(bowl)} target={_snake(bowl)}"
        return _done(w, text, _act(rels(Rel("in", b, bowl))))
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if shape == 0:
        d = w.rng.choice([x for x in _dests(w, top, ("bowl", "bin", "table")) if x[1] != below])
        text = f"object: {{on_top_of: {_snake(below)}}}\ntarget: {_snake(d[1])}"
        return _done(w, text, _act(rels(_rel(top, *d))))
    d = w.rng.choice(_dests(w, below, ("bowl", "bin", "table")))
    text = f'{{"move": {{"under": "{top}"}}, "to": "{d[1]}"}}'
    return _done(w, text, _act(rels(_rel(below, *d))))


def t164_rel_shell(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 2:
        bowl = w.rng.choice(w.bowls)
        b = _nearest(w, bowl)
        if b is None:
            return None
        text = f"robot mv $(robot find --nearest {_snake(bowl)}) {_snake(bowl)}"
        return _done(w, text, _act(rels(Rel("in", b, bowl))))
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if shape == 0:
        d = w.rng.choice([x for x in _dests(w, top, ("bowl", "bin", "table")) if x[1] != below])
        text = f"robot mv $(robot query --on {_snake(below)}) {_snake(d[1])}"
        return _done(w, text, _act(rels(_rel(top, *d))))
    d = w.rng.choice(_dests(w, below, ("bowl", "bin", "place")))
    text = f"robot mv $(robot query --under {_snake(top)}) {_snake(d[1])}"
    return _done(w, text, _act(rels(_rel(below, *d))))


def t164_rel_mixed(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 1:
        bowl = w.rng.choice(w.bowls)
        b = _nearest(w, bowl)
        if b is None:
            return None
        text = f"the block closest to {_snake(bowl)} goes into {_snake(bowl)}"
        return _done(w, text, _act(rels(Rel("in", b, bowl))))
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if shape == 0 and len(s.above(below)) == 1:
        text = f"take whatever sits on top of {_snake(below)} -> bin"
        return _done(w, text, _act(rels(Rel("in_bin", top)), none_binned([below])))
    d = w.rng.choice(_dests(w, below, ("bowl", "bin", "table")))
    where = "the bin" if d[0] == "bin" else _snake(d[1])
    text = f"move {_snake(top)}.support (the block it's sitting on) to {where}"
    return _done(w, text, _act(rels(_rel(below, *d))))


# ----- keep -----------------------------------------------------------------------------------------
def _keep_move(w: World, kinds: tuple[str, ...], n_keep: int,
               ) -> tuple[str, tuple[str, str], list[str]] | None:
    """A block, a destination for it and `n_keep` blocks that can stay put meanwhile."""
    s = w.state
    r = w.rng.choice(w.blocks)
    d = _dest(w, r, kinds)
    if d is None:
        return None
    keep = [b for b in _keepable(s, [r], (d[1],)) if b != d[1]]
    if len(keep) < n_keep:
        return None
    return r, d, w.pick(keep, n_keep)


def t164_keep_call(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 2:
        bowl = w.rng.choice([o for o in w.bowls if s.in_bowl(o)] or w.bowls)
        movers = [b for b in w.blocks if s.base(b) != bowl]
        if not movers:
            return None
        r = w.rng.choice(movers)
        ds = [d for d in _dests(w, r, _ALL) if d[1] != bowl and (d[0] != "block" or s.base(d[1]) != bowl)]
        d = w.rng.choice(ds)
        text = f"with locked({_code(w, bowl)}):\n    move({_code(w, r)}, {_tcode(w, d[1])})"
        return _done(w, text, _act(rels(_rel(r, *d)), _frozen(bowl, s.in_bowl(bowl))))
    if shape == 1:
        got = _keep_move(w, ("block",), 2)
        if got is None:
            return None
        r, d, ks = got
        text = f"robot.place('{r}', on='{d[1]}', frozen=('{ks[0]}', '{ks[1]}'))"
        return _done(w, text, _act(rels(_rel(r, *d)), kept(*ks)))
    got = _keep_move(w, _ALL, 1)
    if got is None:
        return None
    r, d, ks = got
    text = f"move({_code(w, r)}, {_tcode(w, d[1])}, keep=[{_code(w, ks[0])}])"
    return _done(w, text, _act(rels(_rel(r, *d)), kept(*ks)))


def t164_keep_loop(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    full = [o for o in w.bowls if s.in_bowl(o)]
    if shape == 1 and full and len(w.bowls) >= 2:
        bowl = w.rng.choice(full)
        other = w.rng.choice([o for o in w.bowls if o != bowl])
        text = f"for b in {_code(w, bowl)}.contents():\n    bin(b)\n# leave {_code(w, other)} alone"
        return _done(w, text, _act(binned(s.in_bowl(bowl)), _frozen(other, s.in_bowl(other))))
    movers = w.pick(w.blocks, 2)
    if shape == 2:
        bowls = [o for o in w.bowls if len(s.on_top(o)) <= layout.BOWL_CAPACITY - 2]
        if not bowls:
            return None
        kind, t = "bowl", w.rng.choice(bowls)
    else:
        kind, t = "bin", BIN
    keep = _keepable(s, movers)
    if not keep:
        return None
    k = w.rng.choice(keep)
    names = ", ".join(_code(w, b) for b in movers)
    if kind == "bin":
        text = f"for b in [{names}]:\n    bin(b)  # {_code(w, k)} stays where it is"
    else:
        text = f"for b in ({names}): move(b, {_code(w, t)})  # keep {_code(w, k)} where it is"
    return _done(w, text, _act(rels(*(_rel(b, kind, t) for b in movers)), kept(k)))


def t164_keep_sql(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        clear = [b for b in w.blocks if s.is_clear(b)]
        r = w.rng.choice(clear)
        d = w.rng.choice(_dests(w, r, _LOOSE))
        rest = [b for b in w.blocks if b != r]
        text = f"UPDATE blocks SET location = '{d[1]}' WHERE name = '{r}';  -- every other row stays unchanged"
        return _done(w, text, _act(rels(_rel(r, *d)), kept(*rest)))
    full = [o for o in w.bowls if s.in_bowl(o)]
    if shape == 2 and full:
        bowl = w.rng.choice(full)
        movers = [b for b in w.blocks if s.base(b) != bowl]
        if not movers:
            return None
        r = w.rng.choice(movers)
        ds = [d for d in _dests(w, r, ("block",)) if s.base(d[1]) != bowl]
        if not ds:
            return None
        d = w.rng.choice(ds)
        text = (f"UPDATE blocks SET on_top_of = '{d[1]}' WHERE name = '{r}';\n"
                f"-- leave the rows WHERE location = '{bowl}' as they are")
        return _done(w, text, _act(rels(_rel(r, *d)), _frozen(bowl, s.in_bowl(bowl))))
    got = _keep_move(w, _LOOSE, 1)
    if got is None:
        return None
    r, d, ks = got
    text = f"BEGIN;\nUPDATE blocks SET location = '{d[1]}' WHERE name = '{r}';\n-- do not touch '{ks[0]}'\nCOMMIT;"
    return _done(w, text, _act(rels(_rel(r, *d)), kept(*ks)))


def t164_keep_config(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 0:
        got = _keep_move(w, ("bin",), 2)
        if got is None:
            return None
        r, d, ks = got
        text = f"move: {{{_snake(r)}: bin}}\nkeep: [{_snake(ks[0])}, {_snake(ks[1])}]"
    elif shape == 1:
        got = _keep_move(w, _ALL, 1)
        if got is None:
            return None
        r, d, ks = got
        key = "onto" if d[0] == "block" else "to"
        text = f'{{"move": "{r}", "{key}": "{d[1]}", "readonly": ["{ks[0]}"]}}'
    else:
        got = _keep_move(w, _LOOSE, 2)
        if got is None:
            return None
        r, d, ks = got
        text = f"object={_snake(r)} target={_snake(d[1])} keep={_snake(ks[0])},{_snake(ks[1])}"
    return _done(w, text, _act(rels(_rel(r, *d)), kept(*ks)))


def t164_keep_shell(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 1:
        bowl = w.rng.choice([o for o in w.bowls if s.in_bowl(o)] or w.bowls)
        movers = [b for b in w.blocks if s.base(b) != bowl]
        if not movers:
            return None
        r = w.rng.choice(movers)
        ds = [d for d in _dests(w, r, _LOOSE) if d[1] != bowl]
        d = w.rng.choice(ds)
        text = f"robot mv {_snake(r)} {_snake(d[1])} --freeze {_snake(bowl)}"
        return _done(w, text, _act(rels(_rel(r, *d)), _frozen(bowl, s.in_bowl(bowl))))
    if shape == 2:
        got = _keep_move(w, ("table",), 2)
        if got is None:
            return None
        r, d, ks = got
        text = f"robot mv {_snake(r)} table --dont-touch {_snake(ks[0])},{_snake(ks[1])}"
        return _done(w, text, _act(rels(_rel(r, *d)), kept(*ks)))
    got = _keep_move(w, _ALL, 1)
    if got is None:
        return None
    r, d, ks = got
    text = f"robot mv {_snake(r)} {_snake(d[1])} --keep {_snake(ks[0])}"
    return _done(w, text, _act(rels(_rel(r, *d)), kept(*ks)))


def t164_keep_mixed(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 2 and len(w.bowls) >= 2:
        bowl = w.rng.choice([o for o in w.bowls if s.in_bowl(o)] or w.bowls)
        movers = [b for b in w.blocks if s.base(b) != bowl]
        if not movers:
            return None
        r = w.rng.choice(movers)
        ds = [d for d in _dests(w, r, ("bowl",)) if d[1] != bowl]
        if not ds:
            return None
        d = w.rng.choice(ds)
        text = f"{_snake(r)} -> {_snake(d[1])}. don't touch anything in {_snake(bowl)}."
        return _done(w, text, _act(rels(_rel(r, *d)), _frozen(bowl, s.in_bowl(bowl))))
    if shape == 1:
        got = _keep_move(w, ("block",), 1)
        if got is None:
            return None
        r, d, ks = got
        text = f"put {_snake(r)} on {_snake(d[1])}, but leave {_snake(ks[0])} exactly where it is"
        return _done(w, text, _act(rels(_rel(r, *d)), kept(*ks)))
    got = _keep_move(w, ("bin",), 1)
    if got is None:
        return None
    r, d, ks = got
    text = f"move {_snake(r)} -> bin; {_snake(ks[0])} stays put (readonly)"
    return _done(w, text, _act(rels(_rel(r, *d)), kept(*ks)))


# ----- multi-step -----------------------------------------------------------------------------------
def _base_then_top(w: World) -> tuple[str, str] | None:
    """(r, b): put r on the table, then b on r."""
    pair = w.pick(w.blocks, 2)
    return (pair[0], pair[1]) if pair else None


def _base_then_top_check(r: str, b: str) -> Check:
    return _act(rels(Rel("on_table", r), Rel("on", b, r)))


def _two_loose(w: World) -> tuple[str, tuple[str, str], str, tuple[str, str]]:
    b1, b2 = w.pick(w.blocks, 2)
    d1 = w.rng.choice(_dests(w, b1, _LOOSE))
    d2 = w.rng.choice([d for d in _dests(w, b2, _LOOSE) if not (d[0] == "bowl" and d[1] == d1[1])])
    return b1, d1, b2, d2


def t164_multi_call(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        r, b = _base_then_top(w)
        text = f"move({_code(w, r)}, table); move({_code(w, b)}, {_code(w, r)})"
        return _done(w, text, _base_then_top_check(r, b))
    if shape == 1:
        b1, d1, b2, d2 = _two_loose(w)
        text = f"robot.place('{b1}', '{d1[1]}'); robot.place('{b2}', '{d2[1]}')"
        return _done(w, text, _act(rels(_rel(b1, *d1), _rel(b2, *d2))))
    if len(w.blocks) < 3:
        return None
    r, g, b = w.pick(w.blocks, 3)
    if len(_below(s, r)) > 1 or g in _below(s, r) or b in _below(s, r):
        return None
    text = f"stack({_code(w, g)}, on={_code(w, r)}); stack({_code(w, b)}, on={_code(w, g)})"
    return _done(w, text, _act(rels(Rel("on", g, r), Rel("on", b, g))))


def t164_multi_loop(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        if w.rng.random() < 0.5:
            r, b = _base_then_top(w)
            pairs = f"({_code(w, r)}, table), ({_code(w, b)}, {_code(w, r)})"
            check = _base_then_top_check(r, b)
        else:
            b1, d1, b2, d2 = _two_loose(w)
            pairs = f"({_code(w, b1)}, {_tcode(w, d1[1])}), ({_code(w, b2)}, {_tcode(w, d2[1])})"
            check = _act(rels(_rel(b1, *d1), _rel(b2, *d2)))
        return _done(w, f"for obj, dst in [{pairs}]:\n    move(obj, dst)", check)
    if shape == 1:
        if len(w.blocks) < 3:
            return None
        bs = w.pick(w.blocks, 3)
        ds: list[tuple[str, str]] = []
        for b in bs:
            ds.append(w.rng.choice([d for d in _dests(w, b, ("bin", "table", "place"))
                                    if d[0] != "place" or d[1] not in [x[1] for x in ds]]))
        steps = ", ".join(f"'{b} to {d[1]}'" for b, d in zip(bs, ds))
        text = f"steps = [{steps}]\nfor s in steps:\n    do(s)"
        return _done(w, text, _act(rels(*(_rel(b, *d) for b, d in zip(bs, ds)))))
    bowl = w.rng.choice(w.bowls)
    firsts = [b for b in w.blocks if s.is_clear(b) and s.base(b) != bowl and s.support[b] not in _ON_TABLE]
    if not firsts:
        return None
    r = w.rng.choice(firsts)
    b = w.rng.choice([x for x in w.blocks if x != r])
    oc = _code(w, bowl)
    text = (f"move({_code(w, r)}, table)\nif {oc}.is_empty():\n    move({_code(w, b)}, {oc})\n"
            f"else:\n    move({_code(w, b)}, bin)")
    second = Rel("in", b, bowl) if not s.in_bowl(bowl) else Rel("in_bin", b)
    return _done(w, text, _act(rels(Rel("on_table", r), second)))


def t164_multi_sql(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        r, b = _base_then_top(w)
        text = (f"BEGIN;\nUPDATE blocks SET location = 'table' WHERE name = '{r}';\n"
                f"UPDATE blocks SET on_top_of = '{r}' WHERE name = '{b}';\nCOMMIT;")
        return _done(w, text, _base_then_top_check(r, b))
    if shape == 1:
        b1, d1, b2, d2 = _two_loose(w)
        text = (f"UPDATE blocks SET location = '{d1[1]}' WHERE name = '{b1}';\n"
                f"UPDATE blocks SET location = '{d2[1]}' WHERE name = '{b2}';")
        return _done(w, text, _act(rels(_rel(b1, *d1), _rel(b2, *d2))))
    if len(w.blocks) < 3:
        return None
    b1, b2, t = w.pick(w.blocks, 3)
    if _bottom(s, t) in (_bottom(s, b1), _bottom(s, b2)) or len(_tower(s, t)) >= layout.MAX_TOWER:
        return None
    text = (f"-- step 1\nUPDATE blocks SET location = 'bin' WHERE name = '{b1}';\n"
            f"-- step 2\nUPDATE blocks SET on_top_of = '{t}' WHERE name = '{b2}';")
    return _done(w, text, _act(rels(Rel("in_bin", b1), Rel("on", b2, t))))


def t164_multi_config(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 1:
        r, b = _base_then_top(w)
        text = f'[{{"move": "{r}", "to": "table"}}, {{"move": "{b}", "onto": "{r}"}}]'
        return _done(w, text, _base_then_top_check(r, b))
    b1, d1, b2, d2 = _two_loose(w)
    if shape == 0:
        text = (f"steps:\n  - {{move: {_snake(b1)}, to: {_snake(d1[1])}}}\n"
                f"  - {{move: {_snake(b2)}, to: {_snake(d2[1])}}}")
    else:
        text = (f"1.object={_snake(b1)} 1.target={_snake(d1[1])} "
                f"2.object={_snake(b2)} 2.target={_snake(d2[1])}")
    return _done(w, text, _act(rels(_rel(b1, *d1), _rel(b2, *d2))))


def t164_multi_shell(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 1:
        pairs = w.pairs()
        if not pairs:
            return None
        r = w.rng.choice(pairs)[0]
        b = w.rng.choice([x for x in w.blocks if x != r])
        text = f"robot unstack {_snake(r)}; robot stack {_snake(b)} --on {_snake(r)}"
        return _done(w, text, _base_then_top_check(r, b))
    if shape == 2 and len(w.blocks) >= 3:
        x, y, z = w.pick(w.blocks, 3)
        text = f"robot mv {_snake(x)} table; robot mv {_snake(y)} {_snake(x)}; robot mv {_snake(z)} {_snake(y)}"
        return _done(w, text, _act(rels(Rel("stacked", x, y, z))))
    b1, d1, b2, d2 = _two_loose(w)
    text = f"robot mv {_snake(b1)} {_snake(d1[1])} && robot mv {_snake(b2)} {_snake(d2[1])}"
    return _done(w, text, _act(rels(_rel(b1, *d1), _rel(b2, *d2))))


def t164_multi_mixed(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        r, b = _base_then_top(w)
        text = f"first {_snake(r)} -> table, then {_snake(b)} -> on {_snake(r)}"
        return _done(w, text, _base_then_top_check(r, b))
    if shape == 1:
        bowl = w.rng.choice(w.bowls)
        cands = [b for b in w.blocks if s.is_clear(b) and s.base(b) != bowl]
        if len(cands) < 2 or len(s.on_top(bowl)) >= layout.BOWL_CAPACITY:
            return None
        b1, b2 = w.pick(cands, 2)
        n = len(s.in_bowl(bowl)) + 1
        text = (f"step 1: bin({_snake(b1)}). step 2: {_snake(b2)} into {_snake(bowl)}. "
                f"step 3: assert {_snake(bowl)}.count == {n}")
        return _done(w, text, _act(rels(Rel("in_bin", b1), Rel("in", b2, bowl)), count_in(bowl, n)))
    if len(w.blocks) < 3:
        return None
    x, y, z = w.pick(w.blocks, 3)
    text = f"put {_snake(x)} on the table, after that stack {_snake(y)} on it, and finally drop {_snake(z)} in the bin"
    return _done(w, text, _act(rels(Rel("on_table", x), Rel("on", y, x), Rel("in_bin", z))))


# ----- questions ------------------------------------------------------------------------------------
def _located(w: World) -> list[str]:
    """Blocks whose place has one clear name: on the table, in a bowl, or on a block standing on the table."""
    s = w.state
    return [b for b in w.blocks if s.support[b] in _ON_TABLE or s.support[b] in w.bowls
            or s.base(b) in _ON_TABLE]


def _on_question(w: World) -> tuple[str, str, bool]:
    """(a, t, answer) for "is a on / in t": t is a's direct support (Yes) or something clearly not under it (No)."""
    s = w.state
    a = w.rng.choice(w.blocks)
    sup = s.support[a]
    others = [x for x in (*w.blocks, *w.bowls) if x != a and x != sup and x not in _below(s, a) and x != s.base(a)]
    if sup not in _ON_TABLE and (w.rng.random() < 0.5 or not others):
        return a, sup, True
    return a, w.rng.choice(others), False


def t164_q_call(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(4)
    if shape == 0:
        b = w.rng.choice(_located(w))
        return f"print({_code(w, b)}.location)", answered(_where(s, b))
    if shape == 1:
        bowl = _some_bowl(w)
        return f"{_code(w, bowl)}.is_empty()?", answered(yes(not s.in_bowl(bowl)))
    if shape == 2:
        bowl = _flat_bowl(w)
        if bowl is None:
            return None
        return f"print(len({_code(w, bowl)}.blocks()))", answered(str(len(s.in_bowl(bowl))))
    a, t, ans = _on_question(w)
    verb = "is_in" if t in w.bowls else "is_on"
    return f"{_code(w, a)}.{verb}({_code(w, t)})?", answered(yes(ans))


def t164_q_loop(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        bowl = _flat_bowl(w)
        if bowl is None:
            return None
        text = f"n = 0\nfor b in blocks:\n    if b.location == '{bowl}':\n        n += 1\nprint(n)"
        return text, answered(str(len(s.in_bowl(bowl))))
    if shape == 1:
        a, t, ans = _on_question(w)
        verb = "in_" if t in w.bowls else "on"
        text = f"if {_code(w, a)}.{verb}({_code(w, t)}):\n    print('yes')\nelse:\n    print('no')"
        return text, answered(yes(ans))
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"for b in blocks:\n    if b.on({_code(w, below)}):\n        print(b.name)", answered(top)


def t164_q_sql(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        bowl = _flat_bowl(w)
        if bowl is None:
            return None
        return (f"SELECT COUNT(*) FROM blocks WHERE location = '{bowl}';",
                answered(str(len(s.in_bowl(bowl)))))
    if shape == 1:
        b = w.rng.choice(_located(w))
        return f"SELECT location FROM blocks WHERE name = '{b}';", answered(_where(s, b))
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"SELECT name FROM blocks WHERE on_top_of = '{below}';", answered(top)


def t164_q_config(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        bowl = _flat_bowl(w)
        if bowl is None:
            return None
        return (f'{{"query": "count", "where": {{"location": "{bowl}"}}}}',
                answered(str(len(s.in_bowl(bowl)))))
    if shape == 1:
        b = w.rng.choice(_located(w))
        return f"query: location\nobject: {_snake(b)}", answered(_where(s, b))
    bowl = _some_bowl(w)
    return f"ask=is_empty target={_snake(bowl)}", answered(yes(not s.in_bowl(bowl)))


def t164_q_shell(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        bowl = _flat_bowl(w)
        if bowl is None:
            return None
        return f"robot ls {_snake(bowl)} | wc -l", answered(str(len(s.in_bowl(bowl))))
    if shape == 1:
        b = w.rng.choice(_located(w))
        return f"robot where {_snake(b)}", answered(_where(s, b))
    bowl = _some_bowl(w)
    return (f"robot test --empty {_snake(bowl)} && echo yes || echo no",
            answered(yes(not s.in_bowl(bowl))))


def t164_q_mixed(w: World) -> Made:
    s = w.state
    shape = w.rng.randrange(3)
    if shape == 0:
        bowl = _flat_bowl(w)
        if bowl is None:
            return None
        now = len(s.in_bowl(bowl))
        n = w.rng.choice([now, now, now + 1, max(now - 1, 0) if now else 2])
        return f"quick q: {_snake(bowl)}.count == {n}?", answered(yes(n == now))
    if shape == 1:
        b = w.rng.choice(_located(w))
        return f"what's {_code(w, b)}.location?", answered(_where(s, b))
    n = sum(1 for o in w.bowls if not s.in_bowl(o))
    return "how many bowls are empty, i.e. sum(bowl.is_empty() for bowl in bowls)?", answered(str(n))


# ----- matching -------------------------------------------------------------------------------------
def _match_all(w: World, text: str) -> Made:
    return _done(w, text, _act(rels(*matching(w))))


def _match_one(w: World) -> str | None:
    todo = _matchable(w)
    return w.rng.choice(todo) if todo else None


def t164_match_call(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 1:
        b = _match_one(w)
        if b is None:
            return None
        text = f"move({_code(w, b)}, bowl(colour={_code(w, b)}.colour))"
        return _done(w, text, _act(rels(Rel("in", b, _bowl_of(w, b)))))
    text = "put_in_matching_bowls(blocks)" if shape == 0 else "match_colours(blocks, into=bowls)"
    return _match_all(w, text)


def t164_match_loop(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 2:
        todo = _matchable(w)
        if not todo:
            return None
        bs = w.pick(todo, min(2, len(todo)))
        names = ", ".join(_code(w, b) for b in bs)
        text = f"for b in [{names}]:\n    move(b, f'{{b.colour}}_bowl')"
        return _done(w, text, _act(rels(*(Rel("in", b, _bowl_of(w, b)) for b in bs))))
    if shape == 0:
        text = "for b in blocks:\n    if bowl_of(b.colour):\n        move(b, bowl_of(b.colour))"
    else:
        text = "for bowl in bowls:\n    for b in blocks.where(colour=bowl.colour):\n        move(b, bowl)"
    return _match_all(w, text)


def t164_match_sql(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 2:
        b = _match_one(w)
        if b is None:
            return None
        text = (f"UPDATE blocks SET location = (SELECT name FROM bowls WHERE colour = '{w.colour(b)}') "
                f"WHERE name = '{b}';")
        return _done(w, text, _act(rels(Rel("in", b, _bowl_of(w, b)))))
    if shape == 0:
        text = "UPDATE blocks SET location = colour || ' bowl' WHERE colour IN (SELECT colour FROM bowls);"
    else:
        text = "UPDATE blocks SET location = bowls.name FROM bowls WHERE bowls.colour = blocks.colour;"
    return _match_all(w, text)


def t164_match_config(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 2:
        b = _match_one(w)
        if b is None:
            return None
        text = f"object={_snake(b)} target=bowl[colour={w.colour(b)}]"
        return _done(w, text, _act(rels(Rel("in", b, _bowl_of(w, b)))))
    if shape == 0:
        text = "match:\n  key: colour\n  from: blocks\n  to: bowls"
    else:
        text = '{"sort": "blocks", "into": "bowls", "by": "colour"}'
    return _match_all(w, text)


def t164_match_shell(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 1:
        b = _match_one(w)
        if b is None:
            return None
        text = f"robot mv {_snake(b)} $(robot find bowl --colour {w.colour(b)})"
        return _done(w, text, _act(rels(Rel("in", b, _bowl_of(w, b)))))
    text = "robot sort blocks --into bowls --by colour" if shape == 0 else "robot match --key colour blocks bowls"
    return _match_all(w, text)


def t164_match_mixed(w: World) -> Made:
    shape = w.rng.randrange(3)
    if shape == 1:
        b = _match_one(w)
        if b is None:
            return None
        text = f"{_snake(b)} -> the bowl with the same .colour"
        return _done(w, text, _act(rels(Rel("in", b, _bowl_of(w, b)))))
    if shape == 0:
        text = "each block -> the bowl where bowl.colour == block.colour (if there is one)"
    else:
        text = "sort blocks into bowls by colour; blocks with no bowl of their colour: skip"
    return _match_all(w, text)


# ----- the batch ------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("call", "loop", "sql", "config", "shell", "mixed")
FRESH164: list[Template] = [
    (f"t164_{short}_{style}", category, globals()[f"t164_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
