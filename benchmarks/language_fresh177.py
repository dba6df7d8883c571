"""`FRESH177`, the hundred-and-seventy-eighth untuned batch: sixty language templates, six per category, for the
offline planner.

The theme is paired and ordered lists. People name several blocks and several destinations in one breath and let the
order pair them up ("the red and blue blocks in the green bowl and the bin respectively"), spell the pairs out as a
little list or table ("red block -> green bowl; blue block -> bin"), leave the verb out of every pair after the first
("the red block goes in the green bowl; the blue, on the table"), point back with "the former", "the latter", "the
first" and "the second", state a tower's order from the bottom up or from the top down, and ask about or check a
list of pairings. The checks follow the pairing the words make: every named block must end where its own partner
says (a swapped pairing fails), a tower must stand in exactly the stated order with nothing under its bottom block
or on its top one (a tower in the wrong order fails), and whatever the words leave open (which slot of a bowl, where
a block that was in the way goes, the order of the moves) is free. Nothing may be left in the gripper. Questions are
answered from the scene, with Yes/No or a count.

The six styles:

- resp: "Put the red and blue blocks in the green bowl and on the table respectively."
- listed: "Do these moves: red block -> green bowl; blue block -> bin."
- gapped: "Move the red block to the green bowl; the blue block, to the top left corner."
- former: "Take the red and blue blocks; put the former in the bin and the latter in the green bowl."
- order: "Build a tower, top to bottom: blue, red, green."
- checked: "Check that the red block is in the green bowl and the blue block is on the table, and fix whatever is
  wrong."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on df57a5a, the code of 11418fb, before anything it could prompt): 0.34
goal-correct (102 of 300), 148 refused, 11 asked. Eighteen wrong actions: 'respectively' was not read ("Put X and Y in W
and in the middle respectively" put both in W, or one in W and another block elsewhere; "Take X and Y and put them in W
and in the bin, respectively" put both in W); "stacked so that, from the top down, they come in that order" built the
tower upside down; "stack X and Y on it, in that order from the bottom up" moved other blocks; "X to W, yellow to the
white one" put yellow on the white block, not in the white bowl. Twenty-one wrong replies: pairings asked about
('Are X and Y in W and on the table respectively?', 'Is this list right? X: in W; Y: in V.' was planned as nothing to do,
gapped questions). The refusals were the pairings themselves: respectively with places and bins, former and latter,
first and second, lists of 'block: place' pairs, towers listed top to bottom.
"""

from __future__ import annotations

from benchmarks.planner_language import Check, Made, Template, World, answered, kept, rels, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

Dest = tuple[str, str]  # (kind, target): kind is "bowl", "bin", "table", "place" or "block"
Move = tuple[str, Dest]  # (block, where it should end up)
_MIX = ("bowl", "bowl", "bowl", "bin", "table", "place")  # kinds of destination, weighted


# ----- small helpers ----------------------------------------------------------------------------------
def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _np(d: Dest) -> str:
    return "the middle of the table" if d == ("place", "middle") else f"the {d[1]}"


def _at(d: Dest) -> str:
    return ("on " if d[0] in ("table", "block") else "in ") + _np(d)


def _to(d: Dest) -> str:
    return ("onto " if d[0] == "block" else "to ") + _np(d)


def _bare(d: Dest) -> str:
    """The destination as a list entry: "green bowl", "bin", "top left corner"."""
    return "middle of the table" if d == ("place", "middle") else d[1]


def _gap_at(w: World, d: Dest, first: Dest) -> str:
    """The second half of a gapped pair: "in the yellow one" after a bowl, otherwise the full phrase."""
    if d[0] == "bowl" and first[0] == "bowl" and w.rng.random() < 0.6:
        return f"in the {w.colour(d[1])} one"
    return _at(d)


def _rel(block: str, d: Dest) -> Rel:
    kind, target = d
    if kind == "bowl":
        return Rel("in", block, target)
    if kind == "bin":
        return Rel("in_bin", block)
    if kind == "table":
        return Rel("on_table", block)
    if kind == "place":
        return Rel("at", block, target)
    return Rel("on", block, target)


def _holds(w: World, block: str, d: Dest) -> bool:
    return holds(_rel(block, d), w.state)


def _options(w: World, kinds: tuple[str, ...]) -> list[Dest]:
    out: list[Dest] = []
    for k in dict.fromkeys(kinds):
        if k == "bowl":
            out += [("bowl", b) for b in w.bowls]
        elif k == "bin":
            out.append(("bin", BIN))
        elif k == "table":
            out.append(("table", TABLE))
        elif k == "place":
            out += [("place", p) for p in PLACES]
    return out


def _fits(w: World, moves: list[Move], extra: list[Move] | None = None) -> bool:
    """No bowl ends with more than four blocks (counting every block that is not moved as staying)."""
    allm = [*moves, *(extra or [])]
    moved = {b for b, _ in allm}
    for bowl in w.bowls:
        stay = [b for b in w.state.in_bowl(bowl) if b not in moved]
        if len(stay) + sum(1 for _, d in allm if d == ("bowl", bowl)) > layout.BOWL_CAPACITY:
            return False
    return True


def _choose(w: World, block: str, kinds: tuple[str, ...], used: set[Dest]) -> Dest | None:
    """A random destination of one of `kinds` that the block is not at yet and no other pair uses."""
    opts = [d for d in _options(w, kinds) if d not in used and not _holds(w, block, d)]
    ks = [k for k in kinds if any(o[0] == k for o in opts)]
    if not ks:
        return None
    kind = w.rng.choice(ks)
    return w.rng.choice([o for o in opts if o[0] == kind])


def _assign(w: World, blocks: list[str], kinds: tuple[str, ...] = _MIX,
            used: set[Dest] | None = None) -> list[Move] | None:
    """One distinct destination per block, each a real change."""
    if not blocks:
        return None
    used = set(used or ())
    moves: list[Move] = []
    for b in blocks:
        d = _choose(w, b, kinds, used)
        if d is None:
            return None
        used.add(d)
        moves.append((b, d))
    return moves if _fits(w, moves) else None


def _pairs(w: World, n: int, kinds: tuple[str, ...] = _MIX) -> list[Move] | None:
    return _assign(w, w.pick(w.blocks, n), kinds)


def _where(w: World, block: str) -> Dest | None:
    """Where a block plainly is: directly in a bowl, directly on the table, or on a block."""
    s = w.state.support[block]
    if s in w.bowls:
        return ("bowl", s)
    if s == TABLE:
        return ("table", TABLE)
    if s in w.state.support:
        return ("block", s)
    return None


def _mixed(w: World, n: int, kinds: tuple[str, ...] = _MIX) -> list[Move] | None:
    """Pairs to check: some may already hold (a block paired with where it is), at least one does not."""
    blocks = w.pick(w.blocks, n)
    if not blocks:
        return None
    moves: list[Move] = []
    used: set[Dest] = set()
    for b in blocks:
        here = _where(w, b)
        keep_here = here is not None and here[0] in ("bowl", "table") and here[0] in kinds and here not in used
        if keep_here and w.rng.random() < 0.4:
            d: Dest | None = here
        else:
            d = _choose(w, b, kinds, used)
        if d is None:
            return None
        used.add(d)
        moves.append((b, d))
    if all(_holds(w, b, d) for b, d in moves) or not _fits(w, moves):
        return None
    return moves


def _goal(moves: list[Move]) -> Check:
    return rels(*(_rel(b, d) for b, d in moves))


def _act(*checks: Check) -> Check:
    """The checks, with nothing left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """An action instance, unless the goal already holds (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _unblocked(w: World, moved: list[str]) -> bool:
    """Every block resting on a moved block is moved as well (so that nothing else has to move)."""
    return all(set(w.state.above(b)) <= set(moved) for b in moved)


def _others(w: World, moved: list[str]) -> list[str]:
    return [b for b in w.blocks if b not in moved]


def _bystander(w: World, moved: list[str], avoid: list[Dest] | None = None) -> str | None:
    """A block not moved, not in the way of a moved one, and not at any of `avoid`."""
    blocked = {a for b in moved for a in w.state.above(b)}
    cands = [b for b in w.blocks if b not in moved and b not in blocked
             and not any(_holds(w, b, d) for d in avoid or [])]
    return w.rng.choice(cands) if cands else None


def _tower(order: list[str]) -> Check:
    """Exactly the tower `order` (bottom first): its bottom on the table, at a named place or in a bowl; nothing on
    its top block."""
    def check(_i: SymState, f: SymState) -> bool:
        s = f.support
        if f.held is not None or s[order[0]] in s or s[order[0]] == BIN:
            return False
        return all(s[top] == below for below, top in zip(order, order[1:])) and f.is_clear(order[-1])
    return check


def _chain(order: list[str]) -> Check:
    """Each block of `order` rests directly on the one before it, and nothing is on the last."""
    return lambda _i, f: (f.held is None and all(f.support[t] == b for b, t in zip(order, order[1:]))
                          and f.is_clear(order[-1]))


def _tower_blocks(w: World, n: int) -> list[str] | None:
    """`n` blocks, bottom first, that do not already stand as that tower."""
    if len(w.blocks) < n:
        return None
    order = w.pick(w.blocks, n)
    return None if _tower(order)(w.state, w.state) else order


def _cols(w: World, blocks: list[str]) -> list[str]:
    return [w.colour(b) for b in blocks]


def _towers(w: World) -> list[list[str]]:
    """The towers of two or more blocks in the scene, bottom first."""
    st = w.state
    return [[b, *st.above(b)[::-1]] for b in w.blocks
            if st.support[b] not in st.support and st.on_top(b)]


# ----- statements about the scene, for questions ------------------------------------------------------
def _says(w: World, block: str, d: Dest) -> bool | None:
    """Whether "the block is <at d>" is plainly true (True), plainly false (False) or arguable (None)."""
    st = w.state
    kind, target = d
    if kind == "bin":
        return st.base(block) == BIN
    if kind == "bowl":
        return True if st.support[block] == target else (False if st.base(block) != target else None)
    if kind == "table":
        return True if st.support[block] == TABLE else (False if st.base(block) in st.bowls else None)
    if kind == "block":
        return True if st.support[block] == target else (False if block not in st.above(target) else None)
    return None


def _claims(w: World, n: int, truth: bool | None = None,
            distinct: bool = False) -> list[tuple[str, Dest, bool]] | None:
    """`n` statements "block at place", each plainly true or false (all true when `truth` is True, at least one false
    when it is False); a place never names a block of the list."""
    blocks = w.pick(w.blocks, n)
    if not blocks:
        return None
    pool: list[Dest] = [("bowl", b) for b in w.bowls] + [("table", TABLE), ("bin", BIN)]
    out: list[tuple[str, Dest, bool]] = []
    used: set[Dest] = set()
    for k, b in enumerate(blocks):
        want = True if truth else w.rng.random() < 0.5
        if truth is False and k == n - 1 and all(c[2] for c in out):
            want = False
        here = _where(w, b)
        if want and here is not None and here[1] not in blocks and here not in used:
            d: Dest = here
        else:
            if truth is True:
                return None
            cands = [p for p in pool if _says(w, b, p) is False and p not in used]
            if here is not None and here[0] == "block" and here[1] not in blocks:
                cands += [p for p in [("block", x) for x in w.blocks if x not in blocks]
                          if _says(w, b, p) is False and p not in used][:1]
            if not cands:
                return None
            d = w.rng.choice(cands)
        val = _says(w, b, d)
        if val is None:
            return None
        if distinct:
            used.add(d)
        out.append((b, d, val))
    return out


def _q(text: str, answer: str) -> Made:
    return text, answered(answer)


# ----- relative referents -----------------------------------------------------------------------------
def _nearest(w: World, bowl: str) -> str | None:
    """The loose block plainly nearest an empty bowl."""
    if w.state.in_bowl(bowl):
        return None
    ds = sorted((w.dist(b, bowl), b) for b in w.blocks)
    best = ds[0][1]
    if w.state.support[best] != TABLE or not w.state.is_clear(best):
        return None
    if len(ds) > 1 and ds[1][0] - ds[0][0] < 0.05:
        return None
    return best


def _refs(w: World) -> list[tuple[str, str, str]]:
    """(phrase, block, the object the phrase mentions) for blocks that can be named by where they are."""
    st = w.state
    out: list[tuple[str, str, str]] = []
    for bowl in w.bowls:
        inside = st.in_bowl(bowl)
        if len(inside) == 1:
            out.append((f"the block in the {bowl}", inside[0], bowl))
        near = _nearest(w, bowl)
        if near is not None:
            out.append((f"the block nearest the {bowl}", near, bowl))
    for top, below in w.pairs():
        out.append((f"the block on the {below}", top, below))
        out.append((f"the block right under the {top}", below, top))
    return out


def _two_refs_m(w: World) -> list[tuple[str, str, str]] | None:
    """Two blocks (phrase, block, mentioned object), at least one named by a relation, neither phrase naming the
    other block."""
    refs = _refs(w)
    w.rng.shuffle(refs)
    for p1, b1, m1 in refs:
        for p2, b2, m2 in refs:
            if b1 != b2 and m2 != b1 and m1 != b2 and w.rng.random() < 0.7:
                return [(p1, b1, m1), (p2, b2, m2)]
    if not refs:
        return None
    p1, b1, m1 = refs[0]
    others = [b for b in w.blocks if b not in (b1, m1)]
    if not others:
        return None
    b2 = w.rng.choice(others)
    pair = [(p1, b1, m1), (f"the {b2}", b2, b2)]
    w.rng.shuffle(pair)
    return pair


def _two_refs(w: World) -> list[tuple[str, str]] | None:
    refs = _two_refs_m(w)
    return None if refs is None else [(p, b) for p, b, _ in refs]


def _ref_moves(w: World, kinds: tuple[str, ...] = _MIX) -> tuple[list[tuple[str, str]], list[Move]] | None:
    refs = _two_refs_m(w)
    if refs is None:
        return None
    # Not "the block nearest the red bowl to the red bowl".
    mentioned = {("bowl", m) for _, _, m in refs if m in w.bowls}
    moves = _assign(w, [b for _, b, _ in refs], kinds, used=mentioned)
    return None if moves is None else ([(p, b) for p, b, _ in refs], moves)


# ----- colour matching --------------------------------------------------------------------------------
def _mates(w: World) -> list[tuple[str, str]]:
    """(block, bowl) of the same colour."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return [(b, by_colour[w.colour(b)]) for b in w.blocks if w.colour(b) in by_colour]


def _unmatched(w: World) -> list[str]:
    colours = {w.colour(b) for b in w.bowls}
    return [b for b in w.blocks if w.colour(b) not in colours]


# ===== imperative ========================================================================================
def t177_imp_resp(w: World) -> Made:
    moves = _pairs(w, 3 if len(w.blocks) >= 4 and w.rng.random() < 0.3 else 2)
    if moves is None:
        return None
    cols = _cols(w, [b for b, _ in moves])
    ds = [d for _, d in moves]
    form = w.rng.randrange(3)
    if form == 0:
        text = f"Put the {_and(cols)} blocks {_and([_at(d) for d in ds])} respectively."
    elif form == 1:
        text = f"Move the {_and([f'{c} block' for c in cols])} to {_and([_np(d) for d in ds])}, respectively."
    else:
        text = f"Take the {_and(cols)} blocks and put them {_and([_at(d) for d in ds])}, respectively."
    return _made(w, text, _act(_goal(moves)))


def t177_imp_listed(w: World) -> Made:
    moves = _pairs(w, w.rng.choice((2, 3)))
    if moves is None:
        return None
    form = w.rng.randrange(3)
    if form == 0:
        text = "Do these moves: " + "; ".join(f"{b} -> {_bare(d)}" for b, d in moves) + "."
    elif form == 1:
        text = "Move the blocks as listed, " + ", ".join(f"{w.colour(b)}: {_np(d)}" for b, d in moves) + "."
    else:
        text = ("Here is the list, block then destination: "
                + "; ".join(f"{b}, {_bare(d)}" for b, d in moves) + ". Please do it.")
    return _made(w, text, _act(_goal(moves)))


def t177_imp_gapped(w: World) -> Made:
    moves = _pairs(w, w.rng.choice((2, 2, 3)))
    if moves is None:
        return None
    (b1, d1), rest = moves[0], moves[1:]
    form = w.rng.randrange(3)
    if form == 0:
        text = "Put " + _and([f"the {b1} {_at(d1)}"]
                             + [f"the {w.colour(b)} {_gap_at(w, d, d1)}" for b, d in rest]) + "."
    elif form == 1:
        text = ", ".join([f"{_cap(w.colour(b1))} block {_to(d1)}"] + [f"{w.colour(b)} {_to(d)}" for b, d in rest])
        text += ", please."
    else:
        text = "; ".join([f"Move the {b1} {_to(d1)}"] + [f"the {b}, {_to(d)}" for b, d in rest]) + "."
    return _made(w, text, _act(_goal(moves)))


def t177_imp_former(w: World) -> Made:
    moves = _pairs(w, 2)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    ca, cb = w.colour(a), w.colour(b)
    form = w.rng.randrange(3)
    if form == 0:
        text = f"Take the {ca} and {cb} blocks; put the former {_at(da)} and the latter {_at(db)}."
    elif form == 1:
        text = (f"There are two blocks I need moved, the {ca} one and the {cb} one: the first goes {_at(da)}, "
                f"the second {_at(db)}.")
    else:
        text = f"Grab the {a} and the {b}. Put the first one {_at(da)} and the second one {_at(db)}."
    return _made(w, text, _act(_goal(moves)))


def t177_imp_order(w: World) -> Made:
    order = _tower_blocks(w, 3)
    if order is None:
        return None
    cols = _cols(w, order)
    form = w.rng.randrange(4)
    if form == 0:
        text = f"Stack the {_and(cols)} blocks, in that order, from the bottom up."
    elif form == 1:
        text = f"Build a tower, top to bottom: {', '.join(cols[::-1])}."
    elif form == 2:
        text = (f"Make a stack with the {order[0]} at the bottom, then the {order[1]}, "
                f"then the {order[2]} on top.")
    else:
        text = f"Stack these blocks, listed from the top down: {_and([f'the {b}' for b in order[::-1]])}."
    return _made(w, text, _tower(order))


def t177_imp_checked(w: World) -> Made:
    moves = _mixed(w, w.rng.choice((2, 3)))
    if moves is None:
        return None
    claims = _and([f"the {b} is {_at(d)}" for b, d in moves])
    form = w.rng.randrange(3)
    if form == 0:
        text = f"Check that {claims}, and fix whatever is wrong."
    elif form == 1:
        text = ("Go through these pairings and correct any that don't hold: "
                + ", ".join(f"{b} {_at(d)}" for b, d in moves) + ".")
    else:
        text = "Make sure " + _and([f"the {b} ends up {_at(d)}" for b, d in moves]) + "; move whatever needs moving."
    return _made(w, text, _act(_goal(moves)))


# ===== declarative =======================================================================================
def t177_dec_resp(w: World) -> Made:
    form = w.rng.randrange(3)
    moves = _pairs(w, w.rng.choice((2, 3)), ("bowl", "bowl", "bin") if form == 2 else _MIX)
    if moves is None:
        return None
    cols = _cols(w, [b for b, _ in moves])
    ds = [d for _, d in moves]
    if form == 0:
        text = f"The {_and(cols)} blocks belong {_and([_at(d) for d in ds])} respectively."
    elif form == 1:
        text = f"The {_and(cols)} blocks should be {_and([_at(d) for d in ds])}, respectively."
    else:
        text = f"{_cap(_and([_np(d) for d in ds]))} should hold the {_and(cols)} blocks respectively."
    return _made(w, text, _act(_goal(moves)))


def t177_dec_listed(w: World) -> Made:
    moves = _pairs(w, w.rng.choice((2, 3)))
    if moves is None:
        return None
    form = w.rng.randrange(3)
    if form == 0:
        text = "Target layout: " + "; ".join(f"{b}: {_bare(d)}" for b, d in moves) + "."
    elif form == 1:
        text = "Where the blocks should end up: " + ", ".join(f"{b} -> {_np(d)}" for b, d in moves) + "."
    else:
        text = "Final positions: " + "; ".join(f"{k}) {b}, {_at(d)}" for k, (b, d) in enumerate(moves, 1)) + "."
    return _made(w, text, _act(_goal(moves)))


def t177_dec_gapped(w: World) -> Made:
    moves = _pairs(w, w.rng.choice((2, 2, 3)))
    if moves is None:
        return None
    (b1, d1), rest = moves[0], moves[1:]
    form = w.rng.randrange(3)
    if form == 0:
        text = "; ".join([f"The {b1} goes {_at(d1)}"] + [f"the {w.colour(b)}, {_gap_at(w, d, d1)}" for b, d in rest])
    elif form == 1:
        text = "The " + _and([f"{b1} should be {_at(d1)}"] + [f"the {b} {_at(d)}" for b, d in rest])
    else:
        text = "When you're done, the " + _and([f"{b1} is {_at(d1)}"]
                                               + [f"the {w.colour(b)} {_gap_at(w, d, d1)}" for b, d in rest])
    return _made(w, text + ".", _act(_goal(moves)))


def t177_dec_former(w: World) -> Made:
    moves = _pairs(w, 2)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    ca, cb = w.colour(a), w.colour(b)
    form = w.rng.randrange(3)
    if form == 0:
        text = f"Of the {ca} and {cb} blocks, the former belongs {_at(da)} and the latter {_at(db)}."
    elif form == 1:
        text = f"Two blocks need a home, the {ca} and the {cb}: the first should be {_at(da)}, the second {_at(db)}."
    else:
        text = f"The {a} and the {b} should end up apart, the former {_at(da)} and the latter {_at(db)}."
    return _made(w, text, _act(_goal(moves)))


def t177_dec_order(w: World) -> Made:
    order = _tower_blocks(w, 3)
    if order is None:
        return None
    cols = _cols(w, order)
    form = w.rng.randrange(3)
    if form == 0:
        text = f"The tower should read, from the bottom up: {', '.join(cols)}."
    elif form == 1:
        text = (f"From top to bottom the stack should be the {order[2]}, the {order[1]} and then the {order[0]}, "
                "with nothing else in it.")
    else:
        text = (f"The end result is one tower: the {order[0]} at the bottom, the {order[1]} sitting on it, "
                f"and the {order[2]} on top.")
    return _made(w, text, _tower(order))


def t177_dec_checked(w: World) -> Made:
    moves = _mixed(w, 2)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    form = w.rng.randrange(3)
    if form == 0:
        text = f"The {a} is supposed to be {_at(da)} and the {b} {_at(db)}; right now at least one of them isn't."
    elif form == 1:
        def note(x: str, d: Dest) -> str:
            return "it already is" if _holds(w, x, d) else "it isn't yet"
        text = f"The {a} should be {_at(da)} ({note(a, da)}) and the {b} {_at(db)} ({note(b, db)})."
    else:
        text = f"These pairings should hold: {a} -> {_bare(da)}, {b} -> {_bare(db)}."
    return _made(w, text, _act(_goal(moves)))


# ===== desiderative ======================================================================================
def t177_des_resp(w: World) -> Made:
    form = w.rng.randrange(3)
    moves = _pairs(w, w.rng.choice((2, 3)), ("bowl",) if form == 0 else _MIX)
    if moves is None:
        return None
    cols = _cols(w, [b for b, _ in moves])
    ds = [d for _, d in moves]
    if form == 0:
        text = f"I want the {_and(cols)} blocks in the {_and(_cols(w, [d[1] for d in ds]))} bowls respectively."
    elif form == 1:
        text = f"I'd like the {_and(cols)} blocks moved to {_and([_np(d) for d in ds])}, respectively."
    else:
        text = f"Could you make it so that the {_and(cols)} blocks end up {_and([_at(d) for d in ds])} respectively?"
    return _made(w, text, _act(_goal(moves)))


def t177_des_listed(w: World) -> Made:
    moves = _pairs(w, w.rng.choice((2, 3)))
    if moves is None:
        return None
    form = w.rng.randrange(3)
    if form == 0:
        text = "I'd like: " + ", ".join(f"{b} -> {_bare(d)}" for b, d in moves) + "."
    elif form == 1:
        text = "What I want, block by block: " + "; ".join(f"{w.colour(b)} {_to(d)}" for b, d in moves) + "."
    else:
        text = "I want this arrangement - " + " / ".join(f"{b}: {_np(d)}" for b, d in moves) + "."
    return _made(w, text, _act(_goal(moves)))


def t177_des_gapped(w: World) -> Made:
    moves = _pairs(w, w.rng.choice((2, 2, 3)))
    if moves is None:
        return None
    (b1, d1), rest = moves[0], moves[1:]
    form = w.rng.randrange(3)
    if form == 0:
        text = "I want " + _and([f"the {b1} {_at(d1)}"] + [f"the {w.colour(b)} {_gap_at(w, d, d1)}" for b, d in rest])
    elif form == 1:
        text = "I'd like the " + ", ".join([f"{b1} {_at(d1)}"] + [f"the {w.colour(b)} {_at(d)}" for b, d in rest])
    else:
        text = "Make it so that " + _and([f"the {b1} is {_at(d1)}"] + [f"the {b}, {_at(d)}" for b, d in rest])
    return _made(w, text + ".", _act(_goal(moves)))


def t177_des_former(w: World) -> Made:
    moves = _pairs(w, 2)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    ca, cb = w.colour(a), w.colour(b)
    form = w.rng.randrange(3)
    if form == 0:
        text = f"I'd like the {ca} and the {cb} blocks moved, the former {_to(da)} and the latter {_to(db)}."
    elif form == 1:
        text = f"I want the {a} and the {b} put away: the first {_at(da)}, the second {_at(db)}."
    else:
        text = (f"I'd like the {ca} block and the {cb} block moved; the first should go {_to(da)} and the second "
                f"{_to(db)}.")
    return _made(w, text, _act(_goal(moves)))


def t177_des_order(w: World) -> Made:
    order = _tower_blocks(w, 3)
    if order is None:
        return None
    cols = _cols(w, order)
    form = w.rng.randrange(3)
    if form == 0:
        text = f"I want a tower of the {_and(cols)} blocks, {cols[0]} at the bottom and {cols[2]} on top."
    elif form == 1:
        text = (f"I'd like the {_and(cols[::-1])} blocks stacked so that, from the top down, they come in that "
                "order.")
    else:
        text = f"I want them stacked bottom to top: {', '.join(order)}."
    return _made(w, text, _tower(order))


def t177_des_checked(w: World) -> Made:
    moves = _mixed(w, w.rng.choice((2, 3)))
    if moves is None:
        return None
    form = w.rng.randrange(3)
    if form == 0:
        text = ("I want each of these pairings to hold, so fix any that don't: "
                + ", ".join(f"the {b} {_at(d)}" for b, d in moves) + ".")
    elif form == 1:
        right = [b for b, d in moves if _holds(w, b, d)]
        wrong = [b for b, d in moves if not _holds(w, b, d)]
        now = (f"at the moment {_and([f'the {x}' for x in right])} {'is' if len(right) == 1 else 'are'} right but "
               if right else "at the moment ")
        now += f"{_and([f'the {x}' for x in wrong])} {'is' if len(wrong) == 1 else 'are'}n't"
        text = "I'd like " + _and([f"the {b} {_at(d)}" for b, d in moves]) + f"; {now}."
    else:
        text = ("Here are the pairings I'd like to hold, block then place: "
                + "; ".join(f"{b} - {_bare(d)}" for b, d in moves) + ".")
    return _made(w, text, _act(_goal(moves)))


# ===== quantified ========================================================================================
def t177_qua_resp(w: World) -> Made:
    form = w.rng.randrange(3)
    if form == 0:
        rest_kind = w.rng.choice(("bin", "place"))
        moves = _pairs(w, 2, tuple(k for k in _MIX if k != rest_kind))
        if moves is None:
            return None
        moved = [b for b, _ in moves]
        others = _others(w, moved)
        if not others:
            return None
        spot: Dest = ("bin", BIN) if rest_kind == "bin" else ("place", w.rng.choice(PLACES))
        rest: list[Move] = [(b, spot) for b in others]
        if not _fits(w, moves, rest):
            return None
        cols = _cols(w, moved)
        text = (f"Put the {_and(cols)} blocks {_and([_at(d) for _, d in moves])} respectively, and all the other "
                f"blocks {_at(rest[0][1])}.")
        return _made(w, text, _act(_goal(moves + rest)))
    moves = _pairs(w, 2 if form == 1 else 3, ("bowl",) if form == 1 else _MIX)
    if moves is None:
        return None
    cols = _cols(w, [b for b, _ in moves])
    if form == 1:
        text = (f"Put each of the {_and(cols)} blocks in its own bowl: the "
                f"{_and(_cols(w, [d[1] for _, d in moves]))} bowls respectively.")
    else:
        text = f"Move all three of the {_and(cols)} blocks to {_and([_np(d) for _, d in moves])}, respectively."
    return _made(w, text, _act(_goal(moves)))


def t177_qua_listed(w: World) -> Made:
    if len(w.blocks) > 4:
        return None
    blocks = list(w.blocks)
    w.rng.shuffle(blocks)
    moves = _assign(w, blocks)
    if moves is None:
        return None
    n = len(moves)
    form = w.rng.randrange(3)
    if form == 0:
        text = "Every block has a place to go: " + "; ".join(f"{b} -> {_bare(d)}" for b, d in moves) + "."
    elif form == 1:
        text = "One destination for each block - " + "; ".join(f"{w.colour(b)}: {_np(d)}" for b, d in moves) + "."
    else:
        text = f"All {n} blocks, each to its spot: " + ", ".join(f"the {b} {_to(d)}" for b, d in moves) + "."
    return _made(w, text, _act(_goal(moves)))


def t177_qua_gapped(w: World) -> Made:
    n = len(w.blocks)
    if n < 3:
        return None
    second = 2 if n >= 4 and w.rng.random() < 0.5 else 1
    blocks = w.pick(w.blocks, 2 + second)
    used: set[Dest] = set()
    groups: list[tuple[list[str], Dest]] = []
    for grp in (blocks[:2], blocks[2:]):
        opts = [d for d in _options(w, _MIX) if d not in used and not any(_holds(w, b, d) for b in grp)]
        if not opts:
            return None
        d = w.rng.choice(opts)
        used.add(d)
        groups.append((grp, d))
    moves = [(b, d) for grp, d in groups for b in grp]
    if not _fits(w, moves):
        return None
    (g1, d1), (g2, d2) = groups
    c1, c2 = _cols(w, g1), _cols(w, g2)
    form = w.rng.randrange(3)
    if form == 0:
        one = "one" if len(g2) == 1 else "two"
        text = (f"Put two blocks {_at(d1)}, the {g1[0]} and the {g1[1]}, and {one}, the {_and(g2)}, "
                f"{_at(d2)}.")
    elif form == 1:
        tail = f"the {c2[0]}, {_at(d2)}" if len(g2) == 1 else f"both the {c2[0]} and the {c2[1]}, {_at(d2)}"
        text = f"Both the {c1[0]} and {c1[1]} blocks go {_at(d1)}; {tail}."
    else:
        tail = f"the {g2[0]}, {_to(d2)}" if len(g2) == 1 else f"the {_and(c2)} blocks, both of them, {_to(d2)}"
        text = f"The {_and(c1)} blocks, both of them, {_to(d1)}; {tail}."
    return _made(w, text, _act(_goal(moves)))


def t177_qua_former(w: World) -> Made:
    form = w.rng.randrange(3)
    blocks = w.pick(w.blocks, 3 if form != 1 or len(w.blocks) < 4 else 4)
    if not blocks:
        return None
    g1, g2 = (blocks[:2], blocks[2:])
    used: set[Dest] = set()
    dests: list[Dest] = []
    for grp in (g1, g2):
        kinds = ("bowl", "bowl", "bin", "place") if form == 0 else _MIX
        opts = [d for d in _options(w, kinds) if d not in used and not any(_holds(w, b, d) for b in grp)]
        if not opts:
            return None
        dests.append(w.rng.choice(opts))
        used.add(dests[-1])
    moves = [(b, dests[0]) for b in g1] + [(b, dests[1]) for b in g2]
    if not _fits(w, moves):
        return None
    c1, c2 = _cols(w, g1), _cols(w, g2)
    check = _goal(moves)
    if form == 0:
        counts = ("one" if len(g2) == 1 else "two")
        text = (f"Put two blocks {_at(dests[0])} and {counts} {_at(dests[1])}; for the former use the {_and(c1)} "
                f"blocks, for the latter the {_and(c2)} {'one' if len(g2) == 1 else 'ones'}.")
        # A bowl that holds no block outside the list ends with exactly the stated count.
        exact = [_count_is(d[1], 2 if d == dests[0] else len(g2)) for d in dests
                 if d[0] == "bowl" and all(b in blocks for b in w.state.in_bowl(d[1]))]
        check = _act(check, *exact)
    elif form == 1:
        text = (f"There are two groups, the {_and(c1)} blocks and the {_and(c2)} "
                f"{'block' if len(g2) == 1 else 'blocks'}: put all of the former {_at(dests[0])} and all of the "
                f"latter {_at(dests[1])}.")
    else:
        text = (f"Take the {c1[0]} block, the {c1[1]} block and the {c2[0]} block; put the first two "
                f"{_at(dests[0])} and the last one {_at(dests[1])}.")
    return _made(w, text, _act(check))


def _count_is(bowl: str, n: int) -> Check:
    return lambda _i, f: len(f.in_bowl(bowl)) == n


def t177_qua_order(w: World) -> Made:
    form = w.rng.randrange(3)
    if form < 2 and len(w.blocks) > 4:
        form = 2
    order = _tower_blocks(w, len(w.blocks) if form < 2 else 3)
    if order is None:
        return None
    cols = _cols(w, order)
    if form == 0:
        text = f"Stack all the blocks in one tower, from the bottom up: {', '.join(cols)}."
    elif form == 1:
        text = f"Put every block into a single stack, top to bottom: {', '.join(cols[::-1])}."
    else:
        text = f"Stack all three of the {_and(cols)} blocks, in that order starting from the bottom."
    return _made(w, text, _tower(order))


def t177_qua_checked(w: World) -> Made:
    moves = _mixed(w, 3)
    if moves is None:
        return None
    listing = ", ".join(f"the {b} {_at(d)}" for b, d in moves)
    form = w.rng.randrange(3)
    if form == 0:
        text = f"Check every pairing and fix any that's wrong: {listing}."
    elif form == 1:
        text = f"All of these should hold - {listing}; fix each one that doesn't."
    else:
        k = sum(not _holds(w, b, d) for b, d in moves)
        head = {1: "One of these three pairings is", 2: "Two of these three pairings are",
                3: "All three of these pairings are"}[k]
        text = f"{head} wrong; fix {'it' if k == 1 else 'them'}: "
        text += "; ".join(f"{b} {_at(d)}" for b, d in moves) + "."
    return _made(w, text, _act(_goal(moves)))


# ===== negated ===========================================================================================
def t177_neg_resp(w: World) -> Made:
    form = w.rng.randrange(3)
    moves = _pairs(w, 2, tuple(k for k in _MIX if k != "bin") if form == 2 else _MIX)
    if moves is None:
        return None
    moved = [b for b, _ in moves]
    cols = _cols(w, moved)
    ds = [d for _, d in moves]
    if form == 0:
        text = f"Move the {_and(cols)} blocks to {_and([_np(d) for d in ds])} respectively, not the other way round."
        return _made(w, text, _act(_goal(moves)))
    if form == 1:
        other = _bystander(w, moved, ds)
        if other is None:
            return None
        text = (f"Put the {cols[0]} and {cols[1]} blocks, but not the {w.colour(other)} one, "
                f"{_and([_at(d) for d in ds])} respectively.")
        return _made(w, text, _act(_goal(moves), lambda _i, f: not any(holds(_rel(other, d), f) for d in ds)))
    text = f"Without using the bin, move the {_and(cols)} blocks to {_and([_np(d) for d in ds])} respectively."
    return _made(w, text, _act(_goal(moves), lambda _i, f: all(f.base(b) != BIN for b in f.blocks)))


def t177_neg_listed(w: World) -> Made:
    form = w.rng.randrange(3)
    moves = _pairs(w, 2, tuple(k for k in _MIX if k != "bin") if form == 2 else _MIX)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    moved = [a, b]
    if form == 0:
        text = _cap(f"{a} -> {_np(da)}, not {_np(db)}; {b} -> {_np(db)}, not {_np(da)}.")
        return _made(w, text, _act(_goal(moves)))
    if form == 1:
        if not _unblocked(w, moved):
            return None
        text = f"Moves: {a} -> {_bare(da)}; {b} -> {_bare(db)}. Don't move any other block."
        return _made(w, text, _act(_goal(moves), kept(*_others(w, moved))))
    text = f"A list of moves, with no block going into the bin: {w.colour(a)} {_to(da)}; {w.colour(b)} {_to(db)}."
    return _made(w, text, _act(_goal(moves), lambda _i, f: all(f.base(x) != BIN for x in f.blocks)))


def t177_neg_gapped(w: World) -> Made:
    form = w.rng.randrange(3)
    moves = _pairs(w, 2, ("bowl",) if form == 1 else _MIX)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    if form == 0:
        text = f"Put the {a} {_at(da)} and the {w.colour(b)} one {_gap_at(w, db, da)} - never the other way round."
        return _made(w, text, _act(_goal(moves)))
    if form == 1:
        text = (f"{_cap(w.colour(a))} block to the {da[1]}, {w.colour(b)} to the {w.colour(db[1])} one; "
                "don't put anything else in either bowl.")

        def nothing_else(i: SymState, f: SymState) -> bool:
            return all(set(f.in_bowl(d[1])) <= set(i.in_bowl(d[1])) | {a, b} for d in (da, db))
        return _made(w, text, _act(_goal(moves), nothing_else))
    other = _bystander(w, [a, b], [da, db])
    if other is None:
        return None
    text = f"The {a} goes {_at(da)}, the {w.colour(b)}, {_at(db)}, and the {other}, nowhere: leave it be."
    return _made(w, text, _act(_goal(moves), kept(other)))


def t177_neg_former(w: World) -> Made:
    form = w.rng.randrange(3)
    moves = _pairs(w, 2, ("bowl", "bowl", "bin", "place") if form == 0 else _MIX)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    ca, cb = w.colour(a), w.colour(b)
    if form == 0:
        text = (f"Put the {ca} and {cb} blocks {_at(da)} and {_at(db)}, one in each, but not the former "
                f"{_at(db)}.")
        return _made(w, text, _act(_goal(moves)))
    if form == 1:
        other = _bystander(w, [a, b])
        if other is None:
            return None
        text = (f"Of the {ca} and {cb} blocks, move the first {_to(da)} and the second {_to(db)}, and don't touch "
                f"the {other}.")
        return _made(w, text, _act(_goal(moves), kept(other)))
    text = f"Take the {a} and the {b}: the former goes {_to(da)}, the latter {_to(db)} - not the reverse."
    return _made(w, text, _act(_goal(moves)))


def t177_neg_order(w: World) -> Made:
    order = _tower_blocks(w, 3)
    if order is None:
        return None
    cols = _cols(w, order)
    form = w.rng.randrange(3)
    if form == 0:
        text = f"Stack the {_and(cols)} blocks from the bottom up in that order, not the reverse."
    elif form == 1:
        text = f"Build a tower with no other block in it, top to bottom: {', '.join(cols[::-1])}."
    else:
        spare = [b for b in w.blocks if b not in order]
        if not spare:
            return None
        text = (f"Without using the {w.rng.choice(spare)}, build a tower with the {order[0]} at the bottom, "
                f"the {order[1]} on it and the {order[2]} on top.")
    return _made(w, text, _tower(order))


def t177_neg_checked(w: World) -> Made:
    form = w.rng.randrange(3)
    moves = _mixed(w, 2, ("bowl",) if form == 0 else _MIX)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    if form == 0:
        text = (f"Make sure the {a} is in the {da[1]}, not the {w.colour(db[1])} one, and the {b} is in the "
                f"{db[1]}, not the {w.colour(da[1])} one.")
    elif form == 1:
        text = (f"Check that the {a} is not {_at(db)} but {_at(da)}, and that the {b} is not {_at(da)} but "
                f"{_at(db)}; fix what's wrong.")
    else:
        text = f"Don't leave either pairing unmet: the {a} {_at(da)}, the {b} {_at(db)}."
    return _made(w, text, _act(_goal(moves)))


# ===== relative ==========================================================================================
def t177_rel_resp(w: World) -> Made:
    got = _ref_moves(w)
    if got is None:
        return None
    refs, moves = got
    names = [p for p, _ in refs]
    ds = [d for _, d in moves]
    form = w.rng.randrange(2)
    if form == 0:
        text = f"Move {names[0]} and {names[1]} to {_and([_np(d) for d in ds])} respectively."
    else:
        text = f"Put {names[0]} and {names[1]} {_and([_at(d) for d in ds])}, respectively."
    return _made(w, text, _act(_goal(moves)))


def t177_rel_listed(w: World) -> Made:
    got = _ref_moves(w)
    if got is None:
        return None
    refs, moves = got
    rows = [(p, d) for (p, _), (_, d) in zip(refs, moves)]
    form = w.rng.randrange(2)
    if form == 0:
        text = "Moves: " + "; ".join(f"{p} -> {_np(d)}" for p, d in rows) + "."
    else:
        text = "Please do this list - " + ", ".join(f"({k}) {p} {_to(d)}" for k, (p, d) in enumerate(rows, 1)) + "."
    return _made(w, text, _act(_goal(moves)))


def t177_rel_gapped(w: World) -> Made:
    got = _ref_moves(w)
    if got is None:
        return None
    (p1, _), (p2, _) = got[0]
    moves = got[1]
    d1, d2 = moves[0][1], moves[1][1]
    form = w.rng.randrange(2)
    if form == 0:
        text = f"Put {p1} {_at(d1)}, and {p2}, {_at(d2)}."
    else:
        text = f"{_cap(p1)} goes {_to(d1)}; {p2}, {_to(d2)}."
    return _made(w, text, _act(_goal(moves)))


def t177_rel_former(w: World) -> Made:
    got = _ref_moves(w)
    if got is None:
        return None
    (p1, _), (p2, _) = got[0]
    moves = got[1]
    d1, d2 = moves[0][1], moves[1][1]
    form = w.rng.randrange(2)
    if form == 0:
        text = f"Consider {p1} and {p2}; put the former {_at(d1)} and the latter {_at(d2)}."
    else:
        text = f"Take {p1} and {p2}: the first goes {_to(d1)}, the second {_to(d2)}."
    return _made(w, text, _act(_goal(moves)))


def t177_rel_order(w: World) -> Made:
    refs = _two_refs_m(w)
    if refs is None:
        return None
    named = {x for _, b, m in refs for x in (b, m)}
    spare = [b for b in w.blocks if b not in named]
    if not spare:
        return None
    mid = w.rng.choice(spare)
    items = [refs[0][:2], (f"the {mid}", mid), refs[1][:2]]
    w.rng.shuffle(items)
    order = [b for _, b in items]
    if _tower(order)(w.state, w.state):
        return None
    ps = [p for p, _ in items]
    form = w.rng.randrange(3)
    if form == 0:
        text = f"Stack these from the bottom up: {ps[0]}, then {ps[1]}, then {ps[2]}."
    elif form == 1:
        text = f"Build one tower, listed top to bottom: {ps[2]}; {ps[1]}; {ps[0]}."
    else:
        text = (f"Make a three-block tower with {ps[0]} at the bottom, {ps[1]} in the second level and {ps[2]} "
                "on top.")
    return _made(w, text, _tower(order))


def t177_rel_checked(w: World) -> Made:
    got = _ref_moves(w)
    if got is None:
        return None
    (p1, _), (p2, _) = got[0]
    moves = got[1]
    d1, d2 = moves[0][1], moves[1][1]
    form = w.rng.randrange(2)
    if form == 0:
        text = f"Make sure that {p1} ends up {_at(d1)} and that {p2} ends up {_at(d2)}."
    else:
        text = (f"Check where {p1} and {p2} are; they should be {_at(d1)} and {_at(d2)} respectively, so move "
                "them if not.")
    return _made(w, text, _act(_goal(moves)))


# ===== keep ==============================================================================================
def t177_keep_resp(w: World) -> Made:
    moves = _pairs(w, 2)
    if moves is None:
        return None
    moved = [b for b, _ in moves]
    if not _unblocked(w, moved):
        return None
    cols = _cols(w, moved)
    ds = [d for _, d in moves]
    others = _others(w, moved)
    form = w.rng.randrange(3)
    if form == 2 and not others:
        form = 0
    if form == 0:
        text = (f"Put the {_and(cols)} blocks {_and([_at(d) for d in ds])} respectively, and leave everything else "
                "alone.")
        check = _act(_goal(moves), kept(*others))
    elif form == 1:
        text = f"Move the {_and(cols)} blocks to {_and([_np(d) for d in ds])}, respectively; don't move anything else."
        check = _act(_goal(moves), kept(*others))
    else:
        other = w.rng.choice(others)
        text = f"Keeping the {other} where it is, move the {_and(cols)} blocks to {_and([_np(d) for d in ds])} " \
               "respectively."
        check = _act(_goal(moves), kept(other))
    return _made(w, text, check)


def t177_keep_listed(w: World) -> Made:
    moves = _pairs(w, 2)
    if moves is None:
        return None
    moved = [b for b, _ in moves]
    stay = _bystander(w, moved)
    if stay is None:
        return None
    form = w.rng.randrange(2)
    if form == 0:
        text = _cap("; ".join(f"{b} -> {_bare(d)}" for b, d in moves) + f"; {stay} -> stays put.")
    else:
        text = ("The plan, block by block: " + ", ".join(f"{w.colour(b)}: {_np(d)}" for b, d in moves)
                + f", {w.colour(stay)}: leave it where it is.")
    return _made(w, text, _act(_goal(moves), kept(stay)))


def t177_keep_gapped(w: World) -> Made:
    moves = _pairs(w, 2)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    stay = _bystander(w, [a, b])
    if stay is None:
        return None
    stays = [stay]
    extra = _bystander(w, [a, b, stay])
    if extra is not None and w.rng.random() < 0.5 and extra not in w.state.above(stay):
        stays.append(extra)
    verb = "stays where it is" if len(stays) == 1 else "stay where they are"
    form = w.rng.randrange(2)
    if form == 0:
        text = f"{_cap(w.colour(a))} block {_to(da)}, {w.colour(b)} {_to(db)}; the {_and(stays)} {verb}."
    else:
        text = f"Put the {a} {_at(da)} and the {w.colour(b)} one {_gap_at(w, db, da)}, while the {_and(stays)} {verb}."
    return _made(w, text, _act(_goal(moves), kept(*stays)))


def t177_keep_former(w: World) -> Made:
    moves = _pairs(w, 2)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    moved = [a, b]
    stays = [x for x in [_bystander(w, moved)] if x is not None]
    if not stays:
        return None
    more = _bystander(w, moved + stays)
    if more is not None and more not in w.state.above(stays[0]):
        stays.append(more)
    ca, cb = w.colour(a), w.colour(b)
    form = w.rng.randrange(2)
    if form == 0:
        text = (f"Move the {ca} and {cb} blocks - the former {_to(da)}, the latter {_to(db)} - and leave the "
                f"{_and(_cols(w, stays))} {'block' if len(stays) == 1 else 'blocks'} alone.")
    else:
        text = (f"The {a} and the {b}: put the first {_at(da)} and the second {_at(db)}. The "
                f"{_and(stays)} {'stays as it is' if len(stays) == 1 else 'stay as they are'}.")
    return _made(w, text, _act(_goal(moves), kept(*stays)))


def t177_keep_order(w: World) -> Made:
    form = w.rng.randrange(2)
    order = _tower_blocks(w, 3)
    if order is None:
        return None
    if form == 0:
        base = order[0]
        if w.state.support[base] in w.state.support:
            return None
        text = (f"Leave the {base} where it is and build on it: first the {order[1]}, then the "
                f"{order[2]} on top.")
        return _made(w, text, _act(kept(base), _chain(order)))
    spare = [b for b in w.blocks if b not in order and not any(b in w.state.above(x) for x in order)]
    if not spare:
        return None
    stay = w.rng.choice(spare)
    text = (f"Stack the {_and(_cols(w, order))} blocks bottom to top in that order, without moving the "
            f"{stay}.")
    return _made(w, text, _act(_tower(order), kept(stay)))


def t177_keep_checked(w: World) -> Made:
    moves = _mixed(w, 2)
    if moves is None:
        return None
    moved = [b for b, _ in moves]
    if not _unblocked(w, moved):
        return None
    form = w.rng.randrange(2)
    if form == 0:
        text = f"Make sure the {moves[0][0]} is {_at(moves[0][1])} and the {moves[1][0]} {_at(moves[1][1])}, " \
               "touching nothing else."
    else:
        text = ("Check these two pairings - " + ", ".join(f"{b} {_at(d)}" for b, d in moves)
                + " - and fix them if needed, leaving every other block where it is.")
    return _made(w, text, _act(_goal(moves), kept(*_others(w, moved))))


# ===== multi_step ========================================================================================
def t177_multi_resp(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    moves = _pairs(w, 2)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    third = w.rng.choice([x for x in w.blocks if x not in (a, b)])
    form = w.rng.randrange(2)
    cols = _cols(w, [a, b])
    if form == 0 and da[0] != "bin" and not w.state.above(third):
        if not _fits(w, moves, [(third, da)] if da[0] == "bowl" else []):
            return None
        text = (f"First put the {_and(cols)} blocks {_at(da)} and {_at(db)} respectively, then put the "
                f"{third} on the {w.colour(a)} one.")
        return _made(w, text, _act(_goal(moves), rels(Rel("on", third, a))))
    d3 = _choose(w, third, _MIX, {da, db})
    if d3 is None or not _fits(w, moves, [(third, d3)]):
        return None
    text = (f"First move the {third} {_to(d3)}, then move the {_and(cols)} blocks to {_np(da)} and {_np(db)} "
            "respectively.")
    return _made(w, text, _act(_goal(moves + [(third, d3)])))


def t177_multi_listed(w: World) -> Made:
    moves = _pairs(w, w.rng.choice((2, 3)))
    if moves is None:
        return None
    form = w.rng.randrange(3)
    if form == 0:
        text = " ".join(f"Step {k}: {b} -> {_bare(d)}." for k, (b, d) in enumerate(moves, 1))
    elif form == 1:
        text = "; ".join(f"{k}) {b} {_to(d)}" for k, (b, d) in enumerate(moves, 1)) + "."
    else:
        text = "In order: " + ", then ".join(f"{w.colour(b)} -> {_bare(d)}" for b, d in moves) + "."
    return _made(w, text, _act(_goal(moves)))


def t177_multi_gapped(w: World) -> Made:
    moves = _pairs(w, 2)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    form = w.rng.randrange(2)
    if form == 0:
        text = f"First the {a} goes {_to(da)}, then the {w.colour(b)}, {_to(db)}."
    else:
        text = f"Put the {a} {_at(da)} first; after that, the {w.colour(b)} one {_gap_at(w, db, da)}."
    return _made(w, text, _act(_goal(moves)))


def t177_multi_former(w: World) -> Made:
    form = w.rng.randrange(2)
    moves = _pairs(w, 2, ("bowl", "bowl", "table", "place") if form == 0 else _MIX)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    ca, cb = w.colour(a), w.colour(b)
    if form == 0:
        if w.state.support[b] == a or not _fits(w, [(a, da), (b, da)]):
            return None
        text = f"Take the {ca} and {cb} blocks. First put the former {_at(da)}, then put the latter on top of it."
        return _made(w, text, _act(rels(_rel(a, da), Rel("on", b, a))))
    text = f"The {a} and the {b}: first move the former {_to(da)}, then the latter {_to(db)}."
    return _made(w, text, _act(_goal(moves)))


def t177_multi_order(w: World) -> Made:
    order = _tower_blocks(w, 3)
    if order is None:
        return None
    g, r, b = order
    form = w.rng.randrange(3)
    if form == 0:
        if w.state.support[g] in w.state.support:
            return None
        text = f"First put the {r} on the {g}, then the {b} on the {w.colour(r)} one."
        return _made(w, text, _chain(order))
    if form == 1:
        place = w.rng.choice(PLACES)
        text = (f"First move the {g} {_to(('place', place))}, then stack the {r} on it, then the {w.colour(b)} "
                f"block on the {w.colour(r)}.")
        return _made(w, text, _act(rels(Rel("at", g, place)), _chain(order),
                                   lambda _i, f: f.support[g] == place))
    text = (f"Build the tower bottom-up in three steps: the {g} on the table, the {r} on it, the {b} on top.")
    return _made(w, text, _act(rels(Rel("on_table", g)), _chain(order)))


def t177_multi_checked(w: World) -> Made:
    moves = _mixed(w, 2)
    if moves is None:
        return None
    (a, da), (b, db) = moves
    form = w.rng.randrange(2)
    if form == 0:
        text = (f"First check whether the {a} is {_at(da)} and put it there if not; then do the same for the "
                f"{b} and {_np(db)}.")
    else:
        text = (f"Step one: see that the {a} is {_at(da)}. Step two: see that the {b} is {_at(db)}. Move "
                "whichever isn't.")
    return _made(w, text, _act(_goal(moves)))


# ===== question ==========================================================================================
def _pair_claims(w: World) -> tuple[list[tuple[str, Dest, bool]], bool] | None:
    """Two statements with different places for a yes/no question: all true, swapped, or one plainly wrong."""
    truth = w.rng.random() < 0.5
    pairs = [(a, b) for a in w.blocks for b in w.blocks if a != b]
    w.rng.shuffle(pairs)
    cl = None
    for a, b in pairs:
        da, db = _where(w, a), _where(w, b)
        if da is not None and db is not None and da != db and da[1] != b and db[1] != a:
            cl = [(a, da, True), (b, db, True)]
            break
    if cl is None:
        return None
    if truth:
        return cl, True
    (a, da, _), (b, db, _) = cl
    if w.rng.random() < 0.6:  # the swapped pairing
        sa, sb = _says(w, a, db), _says(w, b, da)
        if sa is None or sb is None or (da[0] == "block" and da[1] == b) or (db[0] == "block" and db[1] == a):
            return None
        return [(a, db, sa), (b, da, sb)], bool(sa and sb)
    wrong = _claims(w, 2, False, distinct=True)
    if wrong is None:
        return None
    return wrong, all(c[2] for c in wrong)


def t177_q_resp(w: World) -> Made:
    got = _pair_claims(w)
    if got is None:
        return None
    (a, da, _), (b, db, _) = got[0]
    cols = _cols(w, [a, b])
    form = w.rng.randrange(3)
    if form == 0:
        text = f"Are the {_and(cols)} blocks {_at(da)} and {_at(db)} respectively?"
    elif form == 1:
        text = f"Is it true that the {_and(cols)} blocks are, respectively, {_at(da)} and {_at(db)}?"
    else:
        text = f"Are the {a} and the {b}, respectively, {_at(da)} and {_at(db)}?"
    return _q(text, yes(got[1]))


def t177_q_listed(w: World) -> Made:
    form = w.rng.randrange(3)
    if form == 2:
        cl = _claims(w, 3)
        if cl is None:
            return None
        text = ("How many lines of this list are true - " + "; ".join(f"{b}: {_at(d)}" for b, d, _ in cl) + "?")
        return _q(text, str(sum(c[2] for c in cl)))
    got = _pair_claims(w)
    if got is None:
        return None
    cl, truth = got
    if form == 0:
        text = "Is this list right? " + "; ".join(f"{b}: {_at(d)}" for b, d, _ in cl) + "."
    else:
        text = "Check these pairs against the scene, yes or no: " + ", ".join(f"{b} - {_at(d)}" for b, d, _ in cl)
        text += ". Are they all right?"
    return _q(text, yes(truth))


def t177_q_gapped(w: World) -> Made:
    form = w.rng.randrange(2)
    if form == 0:
        got = _pair_claims(w)
        if got is None:
            return None
        (a, da, _), (b, db, _) = got[0]
        return _q(f"Is the {a} {_at(da)} and the {w.colour(b)} one {_gap_at(w, db, da)}?", yes(got[1]))
    truth = w.rng.random() < 0.5
    cl = _claims(w, 3, truth, distinct=True) if len(w.blocks) >= 3 else None
    if cl is None:
        return None
    (a, da, _), *rest = cl
    parts = [f"the {a} {_at(da)}"] + [f"the {w.colour(b)}, {_at(d)}" for b, d, _ in rest]
    return _q("Is " + _and(parts) + "?", yes(all(c[2] for c in cl)))


def t177_q_former(w: World) -> Made:
    got = _pair_claims(w)
    if got is None:
        return None
    (a, da, _), (b, db, _) = got[0]
    ca, cb = w.colour(a), w.colour(b)
    form = w.rng.randrange(2)
    if form == 0:
        text = f"Looking at the {ca} and {cb} blocks: is the former {_at(da)} and the latter {_at(db)}?"
    else:
        text = f"Of the {a} and the {b}, is the first {_at(da)} and the second {_at(db)}?"
    return _q(text, yes(got[1]))


def t177_q_order(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    tower = w.rng.choice(towers)
    truth = w.rng.random() < 0.5
    if truth:
        order = tower
    else:
        others = [p for p in _perms(tower) if p != tower]
        order = w.rng.choice(others)
    cols = _cols(w, order)
    form = w.rng.randrange(3)
    if form == 0:
        text = f"Are the {_and(cols)} blocks stacked in that order from the bottom up?"
    elif form == 1:
        text = f"Top to bottom, do the {_and(cols[::-1])} blocks form a tower in that order?"
    else:
        text = f"Is there a tower that goes {', '.join(cols)} from the bottom up?"
    return _q(text, yes(truth))


def _perms(items: list[str]) -> list[list[str]]:
    if len(items) <= 1:
        return [list(items)]
    return [[x, *rest] for k, x in enumerate(items) for rest in _perms(items[:k] + items[k + 1:])]


def t177_q_checked(w: World) -> Made:
    form = w.rng.randrange(3)
    n = 3 if len(w.blocks) >= 3 else 2
    if form == 0:
        cl = _claims(w, n)
        if cl is None:
            return None
        text = "How many of these pairings hold: " + ", ".join(f"the {b} {_at(d)}" for b, d, _ in cl) + "?"
        return _q(text, str(sum(c[2] for c in cl)))
    cl = _claims(w, n, w.rng.random() < 0.5)
    if cl is None:
        return None
    ok = all(c[2] for c in cl)
    listing = ", ".join(f"{w.colour(b)} {_at(d)}" for b, d, _ in cl)
    if form == 1:
        return _q(f"Is each block where this list says - {listing}?", yes(ok))
    return _q(f"Are any of these pairings wrong: {listing}?", yes(not ok))


# ===== matching ==========================================================================================
def t177_match_resp(w: World) -> Made:
    mates = _mates(w)
    if not mates:
        return None
    w.rng.shuffle(mates)
    if len(mates) >= 2 and w.rng.random() < 0.6:
        pair = mates[:2]
        moves: list[Move] = [(b, ("bowl", bowl)) for b, bowl in pair]
        if not _fits(w, moves):
            return None
        cols = _cols(w, [b for b, _ in pair])
        if w.rng.random() < 0.5:
            text = f"Put the {_and(cols)} blocks in the {_and(cols)} bowls respectively."
        else:
            text = f"Move the {cols[0]} and {cols[1]} blocks to the bowls of the same colours, respectively."
        return _made(w, text, _act(_goal(moves)))
    rest = _unmatched(w)
    if not 2 <= len(rest) <= 3:
        return None
    w.rng.shuffle(rest)
    home: list[Move] = [(b, ("bowl", bowl)) for b, bowl in mates]
    others = _assign(w, rest, ("bin", "table", "place"))
    if others is None or not _fits(w, home, others):
        return None
    text = (f"Put every block whose colour matches a bowl into that bowl, and the {_and(_cols(w, rest))} blocks, "
            f"which have no bowl of their colour, {_and([_at(d) for _, d in others])} respectively.")
    return _made(w, text, _act(_goal(home + others)))


def t177_match_listed(w: World) -> Made:
    mates = _mates(w)
    if not mates:
        return None
    w.rng.shuffle(mates)
    form = w.rng.randrange(2)
    if form == 0 and len(mates) >= 2:
        moves: list[Move] = [(b, ("bowl", bowl)) for b, bowl in mates]
        text = "Colour pairs: " + "; ".join(f"{b} -> {bowl}" for b, bowl in mates) + "."
        return _made(w, text, _act(_goal(moves))) if _fits(w, moves) else None
    b, bowl = mates[0]
    other = _assign(w, [x for x in w.rng.sample(w.blocks, len(w.blocks)) if x != b][:1], ("bin", "table", "place"))
    if other is None:
        return None
    moves = [(b, ("bowl", bowl)), *other]
    if not _fits(w, moves):
        return None
    text = f"Sort these out: {b} -> the bowl of the same colour; {other[0][0]} -> {_bare(other[0][1])}."
    return _made(w, text, _act(_goal(moves)))


def t177_match_gapped(w: World) -> Made:
    mates = _mates(w)
    if not mates:
        return None
    w.rng.shuffle(mates)
    form = w.rng.randrange(3)
    if form == 1 and len(mates) >= 2:
        (a, ba), (b, bb) = mates[:2]
        moves: list[Move] = [(a, ("bowl", ba)), (b, ("bowl", bb))]
        if not _fits(w, moves):
            return None
        text = f"{_cap(w.colour(a))} block into the {ba}, {w.colour(b)} into the {w.colour(bb)}."
        return _made(w, text, _act(_goal(moves)))
    a, ba = mates[0]
    rest = [x for x in w.blocks if x != a]
    other = _assign(w, [w.rng.choice(rest)], ("bin", "table", "place"))
    if other is None:
        return None
    moves = [(a, ("bowl", ba)), *other]
    if not _fits(w, moves):
        return None
    b, db = other[0]
    if form == 0:
        text = f"Put the {a} in the bowl that matches it, and the {w.colour(b)} one, {_at(db)}."
    else:
        text = f"The {a} goes in the bowl of its own colour; the {w.colour(b)} one, {_at(db)}."
    return _made(w, text, _act(_goal(moves)))


def t177_match_former(w: World) -> Made:
    mates = _mates(w)
    if not mates:
        return None
    a, ba = w.rng.choice(mates)
    form = w.rng.randrange(3)
    if form == 2:
        two = [m for m in mates if m[0] != a]
        if not two:
            form = 0
        else:
            b, bb = w.rng.choice(two)
            moves: list[Move] = [(a, ("bowl", ba)), (b, ("bowl", bb))]
            if not _fits(w, moves):
                return None
            text = (f"Of the {w.colour(a)} and {w.colour(b)} blocks, put the first in the {ba} and the second in "
                    f"the {w.colour(bb)} one.")
            return _made(w, text, _act(_goal(moves)))
    rest = [x for x in w.blocks if x != a]
    b = w.rng.choice(rest)
    if form == 0:
        other = _assign(w, [b], ("bin", "table", "place"), used={("bowl", ba)})
        if other is None:
            return None
        moves = [(a, ("bowl", ba)), *other]
        if not _fits(w, moves):
            return None
        text = (f"Take the {a} and the {b}: put the former in the bowl of the same colour and the latter "
                f"{_at(other[0][1])}.")
        return _made(w, text, _act(_goal(moves)))
    bowls = [x for x in w.bowls if x != ba]
    if not bowls:
        return None
    bb = w.rng.choice(bowls)
    if _holds(w, b, ("bowl", bb)):
        return None
    moves = [(a, ("bowl", ba)), (b, ("bowl", bb))]
    if not _fits(w, moves):
        return None
    text = f"There's a {ba} and a {bb}: put the {a} in the former and the {b} in the latter."
    return _made(w, text, _act(_goal(moves)))


def t177_match_order(w: World) -> Made:
    mates = _mates(w)
    if not mates or len(w.blocks) < 3:
        return None
    a, ba = w.rng.choice(mates)
    b, c = w.rng.sample([x for x in w.blocks if x != a], 2)
    form = w.rng.randrange(3)
    if form == 0:
        text = (f"Put the {a} in the {ba}, then stack the {b} and the {c} on it, in that order from the bottom "
                "up.")
        stay = [x for x in w.state.on_top(ba) if x not in (a, b, c)]
        if len(stay) + 1 > layout.BOWL_CAPACITY:
            return None
        return _made(w, text, _act(rels(Rel("in", a, ba)), _chain([a, b, c])))
    order = [a, b, c]
    if form == 1:
        text = f"Build a tower from the bottom up: the block that matches the {ba}, then the {b}, then the {c}."
    else:
        text = (f"Make a tower that reads, top to bottom: the {c}, the {b}, then the block of the same colour as "
                f"the {ba}.")
    return _made(w, text, _tower(order))


def t177_match_checked(w: World) -> Made:
    mates = _mates(w)
    if not mates:
        return None
    moves: list[Move] = [(b, ("bowl", bowl)) for b, bowl in mates]
    if not _fits(w, moves):
        return None
    form = w.rng.randrange(3)
    if form == 0:
        text = "Check that every block with a bowl of its own colour is in that bowl, and put right any that isn't."
    elif form == 1 and len(mates) >= 2:
        text = "Make sure " + _and([f"the {b} is in the {bowl}" for b, bowl in mates]) + "."
    else:
        if len(mates) < 2:
            return None
        text = ("Go through the colour pairs - " + ", ".join(f"{b} with {bowl}" for b, bowl in mates)
                + " - and fix any block that isn't in its bowl.")
    return _made(w, text, _act(_goal(moves)))


# ----- the list ---------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("resp", "listed", "gapped", "former", "order", "checked")
FRESH177: list[Template] = [
    (f"t177_{short}_{style}", category, globals()[f"t177_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
