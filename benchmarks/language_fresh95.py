"""`FRESH95`, the ninety-sixth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: the six everyday jobs, each said in many ways: put a block in a bowl, stack blocks into a tower, sort
blocks into the bowls of their colour, clear the table (everything into the bin), move blocks to a named place
(the corners, the middle), and questions about the scene. The verbs vary (place, set, drop, pop, plonk, pile,
move, shift, transfer, relocate, deposit, park, chuck, toss), so do the nouns (block, cube, brick, piece; bowl,
dish, container; bin, trash, waste bin), the word order and the kind of sentence. The styles:

- plain: "Put the red block in the blue bowl."
- synonyms: "Transfer the red cube into the blue dish."
- reordered: "Into the blue bowl with the red block."
- casual: "chuck everything on the table in the bin"
- formal: "Kindly relocate the red block to the bottom left corner."
- elliptical: "Red block to the middle, then the blue block on top of it."

Each check may carry `example`, one sequence of (block, target) moves that reaches its goal; only the self-check
of this batch reads it.

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on db3016f, after every fix before it and before anything it could prompt):
0.767 goal-correct (230 of 300), 58 refused, 1 asked, 11 wrong: 10 wrong actions ('X to P, Y on top.' put Y beside X,
three times; 'Kindly arrange all of the blocks standing on the table into one tower.' moved blocks to the table,
twice; 'Would you clear the table, depositing the blocks in the bin, but keep X where it is?' binned X; 'set X on Y;
then transfer the two of them, as a tower, to P' moved two other blocks, twice; 'would be nice to have all the blocks
off the table and in the bin' stacked them, twice) and one wrong reply ('got anything stacked on X?').
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
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = [p for p in PLACES if p != "middle"]


# ----- helpers --------------------------------------------------------------------------------------
def _any(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _made(text: str, check: Check, *moves: tuple[str, str]) -> Made:
    check.example = list(moves)  # type: ignore[attr-defined]
    return text, check


def _cube(w: World, name: str) -> str:
    return f"{w.colour(name)} {_any(w, 'cube', 'brick', 'piece')}"


def _dish(w: World, name: str) -> str:
    return f"{w.colour(name)} {_any(w, 'dish', 'container', 'bowl')}"


def _trash(w: World) -> str:
    return _any(w, "the trash", "the waste bin", "the bin")


def _place(w: World, place: str) -> str:
    if place == "middle":
        return _any(
            w, "the middle", "the middle of the table", "the centre of the table"
        )
    return "the " + place


def _height(s: SymState, block: str) -> int:
    """How many blocks from the bottom of `block`'s tower up to `block`."""
    n = 1
    while s.support[block] in s.support:
        block = s.support[block]
        n += 1
    return n


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _free(w: World) -> list[str]:
    return w.clear_blocks()


def _into_bowl(w: World, room: int = 1) -> tuple[str, str] | None:
    """A clear block and a bowl it is not in, with room."""
    s = w.state
    options = [
        (b, bowl)
        for bowl in w.bowls
        if _room(s, bowl) >= room
        for b in _free(w)
        if s.base(b) != bowl
    ]
    return w.rng.choice(options) if options else None


def _stack(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(top, below): two clear blocks, `below` with room above it for one more."""
    s = w.state
    free = [b for b in _free(w) if b not in exclude]
    options = [
        (t, b)
        for t in free
        for b in free
        if t != b
        and _height(s, b) < layout.MAX_TOWER
        and (s.base(b) not in s.bowls or _room(s, s.base(b)) >= 1)
    ]
    return w.rng.choice(options) if options else None


def _to_place(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    free = [b for b in _free(w) if b not in exclude]
    if not free:
        return None
    block = w.rng.choice(free)
    place = w.rng.choice([p for p in PLACES if w.state.base(block) != p])
    return block, place


def _other(w: World, *not_these: str) -> str | None:
    rest = [b for b in w.blocks if b not in not_these]
    return w.rng.choice(rest) if rest else None


def _single_tops(w: World) -> list[tuple[str, str]]:
    """(top, below): `top` is the only block on `below` and nothing rests on `top`."""
    s = w.state
    return [(t, b) for t, b in w.pairs() if s.on_top(b) == [t] and s.is_clear(t)]


def _tower(*blocks: str) -> Check:
    """One tower of exactly these blocks in any order, standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        sup = f.support
        bottoms = [b for b in blocks if sup[b] not in blocks]
        if (
            len(bottoms) != 1
            or sup[bottoms[0]] in (BIN, GRIPPER)
            or sup[bottoms[0]] in sup
        ):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def _idle(f: SymState) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    """All the checks, and nothing left in the gripper."""
    return both(*checks, lambda _i, f: _idle(f))


def _in(block: str, bowl: str) -> Rel:
    return Rel("in", block, bowl)


def _on(top: str, below: str) -> Rel:
    return Rel("on", top, below)


def _at(block: str, place: str) -> Rel:
    return Rel("at", block, place)


def _unmatched(w: World) -> list[Rel]:
    """The colour matches still to make; none when the bowls lack the room for them."""
    todo = [r for r in matching(w) if not holds(r, w.state)]
    if any(_room(w.state, r.target) < 1 for r in todo):
        return []
    return todo


# ----- imperative -----------------------------------------------------------------------------------
def t95_imp_plain(w: World) -> Made:
    pick = _into_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    verb = _any(w, "Put", "Place", "Set")
    text = f"{verb} the {b} {_any(w, 'in', 'into')} the {bowl}."
    return _made(text, _done(rels(_in(b, bowl))), (b, bowl))


def t95_imp_synonyms(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    top, below = pick
    text = _any(
        w,
        f"Pile the {_cube(w, top)} on top of the {_cube(w, below)}.",
        f"Plonk the {_cube(w, top)} onto the {_cube(w, below)}.",
        f"Set the {_cube(w, top)} down on the {_cube(w, below)}.",
    )
    return _made(text, _done(rels(_on(top, below))), (top, below))


def t95_imp_reordered(w: World) -> Made:
    pick = _to_place(w)
    if pick is None:
        return None
    b, place = pick
    where = _place(w, place)
    text = _any(
        w,
        f"To {where} with the {b}.",
        f"Over to {where}, move the {b}.",
        f"Into {where} goes the {b}, please.",
    )
    return _made(text, _done(rels(_at(b, place))), (b, place))


def t95_imp_casual(w: World) -> Made:
    on = w.state.on_the_table()
    if len(w.blocks) > 5 or len(on) < 2:
        return None
    text = _any(
        w,
        "chuck everything on the table in the bin",
        "toss all the stuff on the table into the trash",
        "clear the table off, just bin the lot",
    )
    order = sorted(on, key=lambda b: -_height(w.state, b))
    return _made(text, _done(binned(on)), *((b, BIN) for b in order))


def t95_imp_formal(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    b = w.rng.choice(free)
    text = _any(
        w,
        f"Please deposit the {b} in the waste bin.",
        f"Kindly place the {b} into the bin.",
        f"Would you please transfer the {b} to the bin?",
    )
    return _made(text, _done(binned([b])), (b, BIN))


def t95_imp_elliptical(w: World) -> Made:
    if w.rng.random() < 0.5:
        pick = _into_bowl(w)
        if pick is not None:
            b, bowl = pick
            text = _any(
                w,
                f"{b.capitalize()} in the {bowl}.",
                f"{b.capitalize()} into the {bowl}, please.",
            )
            return _made(text, _done(rels(_in(b, bowl))), (b, bowl))
    pick = _stack(w)
    if pick is None:
        return None
    top, below = pick
    text = _any(
        w,
        f"{top.capitalize()} on the {below}.",
        f"{top.capitalize()} on top of the {below}, please.",
    )
    return _made(text, _done(rels(_on(top, below))), (top, below))


# ----- declarative ----------------------------------------------------------------------------------
def t95_dec_plain(w: World) -> Made:
    pick = _into_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    text = _any(
        w,
        f"The {b} goes in the {bowl}.",
        f"The {b} belongs in the {bowl}.",
        f"The {b} needs to go into the {bowl}.",
    )
    return _made(text, _done(rels(_in(b, bowl))), (b, bowl))


def t95_dec_synonyms(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    top, below = pick
    text = _any(
        w,
        f"The {_cube(w, top)} needs to sit on top of the {_cube(w, below)}.",
        f"The {_cube(w, top)} should be resting on the {_cube(w, below)}.",
        f"The {_cube(w, top)} goes on the {_cube(w, below)}.",
    )
    return _made(text, _done(rels(_on(top, below))), (top, below))


def t95_dec_reordered(w: World) -> Made:
    pick = _to_place(w)
    if pick is None:
        return None
    b, place = pick
    if w.rng.random() < 0.4:
        text = _any(
            w,
            f"In the bin is where the {b} belongs.",
            f"The bin is where the {b} should end up.",
        )
        return _made(text, _done(binned([b])), (b, BIN))
    where = _place(w, place)
    text = _any(
        w,
        f"{where.capitalize()} is where the {b} should go.",
        f"Over in {where} is where the {b} belongs.",
    )
    return _made(text, _done(rels(_at(b, place))), (b, place))


def t95_dec_casual(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    b = w.rng.choice(free)
    text = _any(
        w,
        f"the {b}'s gotta go in the trash",
        f"i'm done with the {b}, it goes in the bin",
        f"that {b} is going in the bin",
    )
    return _made(text, _done(binned([b])), (b, BIN))


def t95_dec_formal(w: World) -> Made:
    pick = _to_place(w)
    if pick is None:
        return None
    b, place = pick
    where = _place(w, place)
    text = _any(
        w,
        f"The {b} is to be placed in {where}.",
        f"The {b} is to be relocated to {where}.",
        f"The {b} must be moved to {where}.",
    )
    return _made(text, _done(rels(_at(b, place))), (b, place))


def t95_dec_elliptical(w: World) -> Made:
    s = w.state
    free = _free(w)
    options = [
        (a, x, b, y)
        for x in w.bowls
        for y in w.bowls
        for a in free
        for b in free
        if a != b
        and s.base(a) != x
        and s.base(b) != y
        and _room(s, x) >= (2 if x == y else 1)
        and _room(s, y) >= 1
    ]
    if not options:
        return None
    a, x, b, y = w.rng.choice(options)
    if x == y:
        text = _any(
            w,
            f"The {a} goes in the {x}, and the {b} too.",
            f"The {a} goes in the {x}, the {b} as well.",
        )
    else:
        text = _any(
            w,
            f"The {a} goes in the {x}, the {b} in the {y}.",
            f"The {a} belongs in the {x}; the {b}, the {y}.",
        )
    return _made(text, _done(rels(_in(a, x), _in(b, y))), (a, x), (b, y))


# ----- desiderative ---------------------------------------------------------------------------------
def t95_des_plain(w: World) -> Made:
    pick = _into_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    text = _any(
        w,
        f"I want the {b} in the {bowl}.",
        f"I'd like the {b} to be in the {bowl}.",
        f"I would like the {b} put in the {bowl}.",
    )
    return _made(text, _done(rels(_in(b, bowl))), (b, bowl))


def t95_des_synonyms(w: World) -> Made:
    s = w.state
    usable = [b for b in w.blocks if s.base(b) != BIN]
    n = w.rng.choice([2, 3])
    if len(usable) < n:
        return None
    chosen = w.pick(usable, n)
    if _tower(*chosen)(s, s):
        return None
    names = [w.colour(b) for b in chosen]
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    noun = _any(w, "cubes", "bricks", "pieces")
    text = _any(
        w,
        f"I'd like the {listed} {noun} piled up into a tower.",
        f"I want the {listed} {noun} stacked on top of each other.",
        f"It'd be great to have the {listed} {noun} in one stack.",
    )
    # The example: everything on top of the chosen blocks goes to the table, then they pile up on the table.
    moves = [(chosen[0], TABLE)] + [(chosen[k], chosen[k - 1]) for k in range(1, n)]
    return _made(text, _done(_tower(*chosen)), *moves)


def t95_des_reordered(w: World) -> Made:
    pick = _to_place(w)
    if pick is None:
        return None
    b, place = pick
    where = _place(w, place)
    text = _any(
        w,
        f"{where.capitalize()}, that's where I'd like the {b}.",
        f"{where.capitalize()} is where I want the {b} to end up.",
        f"In {where} I'd like to see the {b}.",
    )
    return _made(text, _done(rels(_at(b, place))), (b, place))


def t95_des_casual(w: World) -> Made:
    on = w.state.on_the_table()
    if len(w.blocks) > 5 or len(on) < 2:
        return None
    text = _any(
        w,
        "i'd love the table cleared, everything in the trash",
        "wanna see the table empty, just bin everything on it",
        "would be nice to have all the blocks off the table and in the bin",
    )
    order = sorted(on, key=lambda b: -_height(w.state, b))
    return _made(text, _done(binned(on)), *((b, BIN) for b in order))


def t95_des_formal(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    top, below = pick
    text = _any(
        w,
        f"I would like the {top} to be placed on top of the {below}.",
        f"I should like the {top} stacked upon the {below}, please.",
        f"It is my wish that the {top} be set on the {below}.",
    )
    return _made(text, _done(rels(_on(top, below))), (top, below))


def t95_des_elliptical(w: World) -> Made:
    first = _to_place(w)
    if first is None:
        return None
    a, p = first
    rest = [b for b in _free(w) if b != a]
    if not rest:
        return None
    b = w.rng.choice(rest)
    q = w.rng.choice([x for x in _CORNERS if x != p])
    short = q.replace(" corner", "")
    text = _any(
        w,
        f"I want the {a} at {_place(w, p)} and the {b} at the {short}.",
        f"I'd like the {a} in {_place(w, p)}, the {b} in the {short}.",
    )
    return _made(text, _done(rels(_at(a, p), _at(b, q))), (a, p), (b, q))


# ----- quantified -----------------------------------------------------------------------------------
def _bin_count(f: SymState) -> int:
    return sum(f.base(b) == BIN for b in f.blocks)


def t95_qua_plain(w: World) -> Made:
    n = w.rng.choice([2, 3])
    if len(w.blocks) <= n:
        return None
    word = {2: "two", 3: "three"}[n]
    text = _any(
        w,
        f"Put {word} blocks in the bin.",
        f"Place any {word} blocks into the bin.",
        f"Bin {word} blocks.",
    )
    order = sorted(w.blocks, key=lambda b: -_height(w.state, b))[:n]
    return _made(
        text, _done(lambda _i, f: _bin_count(f) == n), *((b, BIN) for b in order)
    )


def t95_qua_synonyms(w: World) -> Made:
    s = w.state
    bowls = [x for x in w.bowls if not s.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    free = _free(w)
    if len(free) < 2:
        return None
    text = _any(
        w,
        f"Transfer two cubes into the {_dish(w, bowl)}.",
        f"Drop two bricks in the {_dish(w, bowl)}.",
        f"Move two pieces to the {_dish(w, bowl)}.",
    )
    a, b = w.pick(free, 2)
    return _made(text, _done(count_in(bowl, 2)), (a, bowl), (b, bowl))


def t95_qua_reordered(w: World) -> Made:
    s = w.state
    bowls = [x for x in w.bowls if s.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = s.in_bowl(bowl)
    text = _any(
        w,
        f"Into the bin with every block in the {bowl}.",
        f"Everything in the {bowl}, put it in the bin.",
        f"All the blocks from the {bowl} - into the bin with them.",
    )
    order = sorted(inside, key=lambda b: -_height(s, b))
    return _made(text, _done(binned(inside)), *((b, BIN) for b in order))


def t95_qua_casual(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = _any(
        w,
        "chuck all the blocks in the bin",
        "toss every single block into the trash",
        "just bin all of the cubes",
    )
    order = sorted(w.blocks, key=lambda b: -_height(w.state, b))
    return _made(text, _done(binned(w.blocks)), *((b, BIN) for b in order))


def t95_qua_formal(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) <= layout.MAX_TOWER:
        text = _any(
            w,
            "Please stack all of the blocks into a single tower.",
            "Kindly arrange every block into one tower.",
            "Would you please pile all the blocks up into one stack?",
        )
    else:
        blocks = w.state.on_the_table()
        if not 2 <= len(blocks) <= layout.MAX_TOWER:
            return None
        text = _any(
            w,
            "Please stack every block that is on the table into a single tower.",
            "Kindly arrange all of the blocks standing on the table into one tower.",
        )
    if _tower(*blocks)(w.state, w.state):
        return None
    order = sorted(blocks, key=lambda b: -_height(w.state, b))
    moves = [(order[0], TABLE)] + [
        (order[k], order[k - 1]) for k in range(1, len(order))
    ]
    return _made(text, _done(_tower(*blocks)), *moves)


def t95_qua_elliptical(w: World) -> Made:
    s = w.state
    bowls = w.bowls
    empty = [x for x in bowls if not s.in_bowl(x)]
    if len(bowls) < 2 or not empty:
        return None
    spare = [b for b in _free(w) if s.base(b) not in bowls]
    if len(spare) < len(empty):
        return None
    if len(empty) == len(bowls):
        text = _any(
            w,
            "A block in every bowl.",
            "One block per bowl, please.",
            "A cube in each bowl.",
        )
    else:
        text = _any(
            w,
            "At least one block in every bowl.",
            "Every bowl with at least one block in it, please.",
        )
    check = _done(*(count_in(x, 1, exact=False) for x in bowls))
    return _made(text, check, *zip(spare, empty, strict=False))


# ----- negated --------------------------------------------------------------------------------------
def t95_neg_plain(w: World) -> Made:
    pick = _into_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    text = _any(
        w,
        f"Don't put the {b} in the bin; put it in the {bowl}.",
        f"Put the {b} in the {bowl}, not in the bin.",
        f"Not the bin - the {b} goes into the {bowl}.",
    )
    return _made(text, _done(rels(_in(b, bowl)), none_binned([b])), (b, bowl))


def t95_neg_synonyms(w: World) -> Made:
    pick = _to_place(w)
    if pick is None:
        return None
    b, place = pick
    other = _other(w, b)
    if other is None:
        return None
    text = _any(
        w,
        f"Shift the {_cube(w, b)} to {_place(w, place)}, but don't touch the {_cube(w, other)}.",
        f"Move the {_cube(w, b)} over to {_place(w, place)} without moving the {_cube(w, other)}.",
        f"Relocate the {_cube(w, b)} to {_place(w, place)}; the {_cube(w, other)} must not move.",
    )
    return _made(text, _done(rels(_at(b, place)), kept(other)), (b, place))


def t95_neg_reordered(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    top, below = pick
    other = _other(w, top, below)
    if other is None:
        return None
    text = _any(
        w,
        f"The {top}, not the {other}, goes on the {below}.",
        f"On the {below} goes the {top} - not the {other}.",
        f"Not the {other} but the {top} should go on top of the {below}.",
    )
    check = _done(rels(_on(top, below), Rel("on", other, below, negated=True)))
    return _made(text, check, (top, below))


def t95_neg_casual(w: World) -> Made:
    blocks = w.blocks
    keep = w.rng.choice(blocks)
    others = [b for b in blocks if b != keep]
    if not 2 <= len(others) <= 5:
        return None
    text = _any(
        w,
        f"bin everything but the {keep}",
        f"toss all the blocks in the trash except the {keep}",
        f"chuck the lot in the bin, just not the {keep}",
    )
    order = sorted(others, key=lambda b: -_height(w.state, b))
    return _made(
        text, _done(binned(others), none_binned([keep])), *((b, BIN) for b in order)
    )


def t95_neg_formal(w: World) -> Made:
    pick = _into_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    others = [x for x in w.blocks if x != b]
    text = _any(
        w,
        f"Please place the {b} in the {bowl} without moving any of the other blocks.",
        f"Kindly transfer the {b} to the {bowl}; none of the other blocks are to be moved.",
        f"Would you place the {b} into the {bowl}, leaving no other block disturbed?",
    )
    return _made(text, _done(rels(_in(b, bowl)), kept(*others)), (b, bowl))


def t95_neg_elliptical(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    top, below = pick
    text = _any(
        w,
        f"{top.capitalize()} on the {below}, not the other way round.",
        f"{top.capitalize()} on top of the {below} - not the {below} on the {top}.",
    )
    return _made(text, _done(rels(_on(top, below))), (top, below))


# ----- relative -------------------------------------------------------------------------------------
def t95_rel_plain(w: World) -> Made:
    pairs = _single_tops(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _any(
        w,
        f"Put the block that is on the {below} in the bin.",
        f"Put the block sitting on top of the {below} into the bin.",
        f"Move the block which is on the {below} to the bin.",
    )
    return _made(text, _done(binned([top])), (top, BIN))


def t95_rel_synonyms(w: World) -> Made:
    s = w.state
    bowls = [x for x in w.bowls if len(s.in_bowl(x)) == 1]
    tops = _single_tops(w)
    place = w.rng.choice(list(PLACES))
    if tops and (not bowls or w.rng.random() < 0.4):
        b, below = w.rng.choice(tops)
        text = _any(
            w,
            f"Move the cube that's sitting on the {_cube(w, below)} to {_place(w, place)}.",
            f"Transfer the piece which rests on top of the {_cube(w, below)} to {_place(w, place)}.",
        )
        return _made(text, _done(rels(_at(b, place))), (b, place))
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = s.in_bowl(bowl)[0]
    text = _any(
        w,
        f"Move the cube that's in the {_dish(w, bowl)} to {_place(w, place)}.",
        f"Shift the piece which is sitting in the {_dish(w, bowl)} over to {_place(w, place)}.",
        f"Park the brick that's in the {_dish(w, bowl)} in {_place(w, place)}.",
    )
    return _made(text, _done(rels(_at(b, place))), (b, place))


def t95_rel_reordered(w: World) -> Made:
    s = w.state
    options = [
        (r, bowl, g)
        for r in w.in_bowls()
        for bowl in [s.base(r)]
        if _room(s, bowl) >= 1
        for g in _free(w)
        if s.base(g) != bowl
    ]
    if not options:
        return None
    r, bowl, g = w.rng.choice(options)
    text = _any(
        w,
        f"Into the bowl the {r} is in, put the {g}.",
        f"Into whichever bowl has the {r} in it, place the {g}.",
        f"The bowl that holds the {r} - put the {g} in there.",
    )
    return _made(text, _done(rels(_in(g, bowl))), (g, bowl))


def t95_rel_casual(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _any(
        w,
        f"grab the block the {top} is sitting on and chuck it in the bin",
        f"whatever block's under the {top}, toss it in the trash",
        f"the block that the {top} is on, bin it",
    )
    above = s.above(below)
    return _made(
        text, _done(binned([below])), *((b, TABLE) for b in above), (below, BIN)
    )


def t95_rel_formal(w: World) -> Made:
    s = w.state
    options = []
    # A bowl whose nearest block is plainly the nearest, and loose on the table.
    for bowl in w.bowls:
        near = sorted((w.dist(b, bowl), b) for b in w.blocks if s.base(b) != bowl)
        if len(near) >= 2 and near[1][0] - near[0][0] >= 0.05:
            b = near[0][1]
            if s.support[b] == TABLE and s.is_clear(b):
                options.append((bowl, b))
    if not options:
        return None
    bowl, b = w.rng.choice(options)
    text = _any(
        w,
        f"Please place the block that is closest to the {bowl} in the bin.",
        f"Kindly deposit the block which is nearest to the {bowl} into the bin.",
        f"Would you move the block that lies closest to the {bowl} to the waste bin?",
    )
    return _made(text, _done(binned([b])), (b, BIN))


def t95_rel_elliptical(w: World) -> Made:
    s = w.state
    options = [
        (t, b, x)
        for t, b in _single_tops(w)
        for x in w.bowls
        if s.base(t) != x and _room(s, x) >= 1
    ]
    if not options or w.rng.random() < 0.3:
        tops = _single_tops(w)
        lone = [x for x in w.bowls if len(s.in_bowl(x)) == 1]
        if not tops and lone:  # no tower: the block alone in a bowl, into the bin
            bowl = w.rng.choice(lone)
            b = s.in_bowl(bowl)[0]
            text = _any(
                w,
                f"Whatever's in the {bowl}, into the bin.",
                f"The block in the {bowl} - bin it, please.",
            )
            return _made(text, _done(binned([b])), (b, BIN))
        if not tops:
            return None
        top, below = w.rng.choice(tops)
        place = w.rng.choice(list(PLACES))
        text = _any(
            w,
            f"Whatever's on the {below}, over to {_place(w, place)}.",
            f"The block on the {below} - to {_place(w, place)}, please.",
        )
        return _made(text, _done(rels(_at(top, place))), (top, place))
    top, below, bowl = w.rng.choice(options)
    text = _any(
        w,
        f"Whatever's on the {below}, into the {bowl}.",
        f"The block on the {below} - in the {bowl}, please.",
    )
    return _made(text, _done(rels(_in(top, bowl))), (top, bowl))


# ----- keep -----------------------------------------------------------------------------------------
def t95_keep_plain(w: World) -> Made:
    pick = _into_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    other = _other(w, b)
    if other is None:
        return None
    text = _any(
        w,
        f"Put the {b} in the {bowl} and keep the {other} where it is.",
        f"Place the {b} into the {bowl}, but leave the {other} where it is.",
        f"Put the {b} in the {bowl}; the {other} stays where it is.",
    )
    return _made(text, _done(rels(_in(b, bowl)), kept(other)), (b, bowl))


def t95_keep_synonyms(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    top, below = pick
    other = _other(w, top, below)
    if other is None:
        return None
    text = _any(
        w,
        f"Pile the {_cube(w, top)} on the {_cube(w, below)}, leaving the {_cube(w, other)} alone.",
        f"Set the {_cube(w, top)} on top of the {_cube(w, below)} and keep the {_cube(w, other)} in place.",
        f"Plonk the {_cube(w, top)} onto the {_cube(w, below)}; don't shift the {_cube(w, other)}.",
    )
    return _made(text, _done(rels(_on(top, below)), kept(other)), (top, below))


def t95_keep_reordered(w: World) -> Made:
    free = _free(w)
    if not free or len(w.blocks) < 3:
        return None
    b = w.rng.choice(free)
    k1, k2 = w.pick([x for x in w.blocks if x != b], 2)
    text = _any(
        w,
        f"Keeping the {k1} and the {k2} where they are, put the {b} in the bin.",
        f"With the {k1} and the {k2} left in place, drop the {b} in the bin.",
        f"Leave the {k1} and the {k2} be, and the {b} - into the bin.",
    )
    return _made(text, _done(binned([b]), kept(k1, k2)), (b, BIN))


def t95_keep_casual(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    b = w.rng.choice(free)
    other = _other(w, b)
    if other is None:
        return None
    text = _any(
        w,
        f"bin the {b} but leave the {other} be",
        f"chuck the {b} in the trash, don't mess with the {other}",
        f"toss the {b}, the {other} stays put",
    )
    return _made(text, _done(binned([b]), kept(other)), (b, BIN))


def t95_keep_formal(w: World) -> Made:
    s = w.state
    on = s.on_the_table()
    keeps = [b for b in on if s.support[b] not in s.support]
    if not keeps:
        return None
    keep = w.rng.choice(keeps)
    others = [b for b in on if b != keep]
    if not others or len(w.blocks) - 1 > 5:
        return None
    text = _any(
        w,
        f"Please clear the table into the bin, except that the {keep} must remain where it is.",
        f"Kindly put everything on the table in the bin, keeping the {keep} in its present position.",
        f"Would you clear the table, depositing the blocks in the bin, but keep the {keep} where it is?",
    )
    order = sorted(others, key=lambda b: -_height(s, b))
    return _made(text, _done(binned(others), kept(keep)), *((b, BIN) for b in order))


def t95_keep_elliptical(w: World) -> Made:
    pick = _to_place(w)
    if pick is None:
        return None
    b, place = pick
    other = _other(w, b)
    if other is None:
        return None
    text = _any(
        w,
        f"{b.capitalize()} to {_place(w, place)}; the {other} stays put.",
        f"{b.capitalize()} over to {_place(w, place)}, {other} stays where it is.",
    )
    return _made(text, _done(rels(_at(b, place)), kept(other)), (b, place))


# ----- multi-step -----------------------------------------------------------------------------------
def t95_multi_plain(w: World) -> Made:
    pick = _into_bowl(w, room=2)
    if pick is None:
        return None
    b, bowl = pick
    rest = [x for x in _free(w) if x != b]
    if not rest:
        return None
    g = w.rng.choice(rest)
    text = _any(
        w,
        f"Put the {b} in the {bowl}, then put the {g} on the {b}.",
        f"Place the {b} in the {bowl} and then stack the {g} on top of it.",
        f"First put the {b} into the {bowl}, then put the {g} on top of the {b}.",
    )
    return _made(text, _done(rels(_in(b, bowl), _on(g, b))), (b, bowl), (g, b))


def t95_multi_synonyms(w: World) -> Made:
    pick = _to_place(w)
    if pick is None:
        return None
    b, place = pick
    rest = [x for x in _free(w) if x != b]
    if not rest:
        return None
    g = w.rng.choice(rest)
    text = _any(
        w,
        f"First shift the {_cube(w, b)} to {_place(w, place)}, then drop the {_cube(w, g)} into {_trash(w)}.",
        f"Relocate the {_cube(w, b)} to {_place(w, place)} and after that toss the {_cube(w, g)} in {_trash(w)}.",
        f"Park the {_cube(w, b)} at {_place(w, place)}, then chuck the {_cube(w, g)} into {_trash(w)}.",
    )
    return _made(text, _done(rels(_at(b, place)), binned([g])), (b, place), (g, BIN))


def t95_multi_reordered(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    r = w.rng.choice(free)
    pick = _stack(w, exclude=(r,))
    if pick is None:
        return None
    top, below = pick
    text = _any(
        w,
        f"Before you put the {r} in the bin, stack the {top} on the {below}.",
        f"After stacking the {top} on the {below}, put the {r} in the bin.",
        f"The {r} into the bin - but first the {top} on top of the {below}.",
    )
    return _made(
        text, _done(binned([r]), rels(_on(top, below))), (top, below), (r, BIN)
    )


def t95_multi_casual(w: World) -> Made:
    pick = _into_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    rest = [x for x in _free(w) if x != b]
    if not rest:
        return None
    g = w.rng.choice(rest)
    text = _any(
        w,
        f"pop the {b} in the {bowl} and then chuck the {g} in the bin",
        f"stick the {b} in the {bowl}, then toss the {g} in the trash",
        f"{b} into the {bowl} and the {g} in the bin, cheers",
    )
    return _made(text, _done(rels(_in(b, bowl)), binned([g])), (b, bowl), (g, BIN))


def t95_multi_formal(w: World) -> Made:
    s = w.state
    free = _free(w)
    options = [
        (t, b) for t in free for b in free if t != b and s.support[b] not in s.support
    ]
    if not options:
        return None
    top, below = w.rng.choice(options)
    place = w.rng.choice(_CORNERS)
    text = _any(
        w,
        f"Kindly stack the {top} on the {below}, and subsequently move the resulting tower to the {place}.",
        f"Please place the {top} upon the {below}; thereafter, relocate that tower to the {place}.",
        f"First, please set the {top} on the {below}; then transfer the two of them, as a tower, to the {place}.",
    )
    check = _done(rels(_on(top, below), _at(below, place)))
    return _made(text, check, (below, place), (top, below))


def t95_multi_elliptical(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    a, b = w.pick(free, 2)
    place = w.rng.choice(list(PLACES))
    text = _any(
        w,
        f"{a.capitalize()} to {_place(w, place)}, then the {b} on top of it.",
        f"{a.capitalize()} to {_place(w, place)}, {b} on top.",
    )
    return _made(text, _done(rels(_at(a, place), _on(b, a))), (a, place), (b, a))


# ----- questions ------------------------------------------------------------------------------------
def t95_q_plain(w: World) -> Made:
    s = w.state
    bowls = [x for x in w.bowls if s.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(s.in_bowl(bowl))
    text = _any(
        w,
        f"How many blocks are in the {bowl}?",
        f"How many blocks are there in the {bowl}?",
        f"Can you count the blocks in the {bowl}?",
    )
    return text, answered(str(n))


def t95_q_synonyms(w: World) -> Made:
    s = w.state
    if not w.bowls:
        return None
    # Only blocks resting right in a bowl, or in none, so that "in the bowl" is not in doubt.
    inside = [(b, s.support[b]) for b in w.blocks if s.support[b] in s.bowls]
    outside = [b for b in w.blocks if s.base(b) not in s.bowls]
    if inside and (w.rng.random() < 0.5 or not outside):
        b, bowl = w.rng.choice(inside)
        if w.rng.random() < 0.4:
            other = [x for x in w.bowls if x != bowl]
            bowl = w.rng.choice(other) if other else bowl
    elif outside:
        b, bowl = w.rng.choice(outside), w.rng.choice(w.bowls)
    else:
        return None
    flag = s.support[b] == bowl
    text = _any(
        w,
        f"Is the {_cube(w, b)} in the {_dish(w, bowl)}?",
        f"Is the {_cube(w, b)} sitting in the {_dish(w, bowl)}?",
        f"Does the {_dish(w, bowl)} have the {_cube(w, b)} in it?",
    )
    return text, answered(yes(flag))


def t95_q_reordered(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.on_top(b) == [t]]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _any(
        w,
        f"The {below}: what's on top of it?",
        f"On top of the {below}, which block is there?",
        f"Sitting on the {below} is which block?",
    )
    return text, answered(top)


def t95_q_casual(w: World) -> Made:
    s = w.state
    below = [b for _, b in w.pairs()]
    if below and w.rng.random() < 0.5:
        b = w.rng.choice(below)
    else:
        b = w.rng.choice(w.blocks)
    text = _any(
        w,
        f"anything on top of the {b}?",
        f"is there stuff sitting on the {b}?",
        f"got anything stacked on the {b}?",
    )
    return text, answered(yes(not s.is_clear(b)))


def t95_q_formal(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = _any(
        w,
        f"Could you please tell me which bowl the {b} is in?",
        f"Would you kindly tell me in which bowl the {b} is located?",
        f"May I ask which bowl contains the {b}?",
    )
    return text, answered(bowl)


def t95_q_elliptical(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
    else:
        if len(w.blocks) < 2:
            return None
        top, below = w.pick(w.blocks, 2)
    if top in s.above(below) and s.support[top] != below:
        return None  # "on" would be in doubt: resting higher up the same tower
    flag = s.support[top] == below
    text = _any(
        w, f"{top.capitalize()} on the {below}?", f"The {top} on top of the {below}?"
    )
    return text, answered(yes(flag))


# ----- matching -------------------------------------------------------------------------------------
def _sort_moves(w: World) -> list[tuple[str, str]]:
    return [(r.block, r.target) for r in _unmatched(w)]


def t95_match_plain(w: World) -> Made:
    if not _unmatched(w):
        return None
    text = _any(
        w,
        "Put each block in the bowl of the same colour.",
        "Put every block into the bowl that matches its colour.",
        "Sort the blocks into the bowls by colour.",
    )
    return _made(text, _done(rels(*matching(w))), *_sort_moves(w))


def t95_match_synonyms(w: World) -> Made:
    if not _unmatched(w):
        return None
    text = _any(
        w,
        "Sort the cubes into the dishes of the same colour.",
        "Transfer each brick to the container that matches it in colour.",
        "Pop every piece into the dish of its own colour.",
    )
    return _made(text, _done(rels(*matching(w))), *_sort_moves(w))


def t95_match_reordered(w: World) -> Made:
    if not _unmatched(w):
        return None
    text = _any(
        w,
        "Into the bowl of its own colour, put each block.",
        "By colour, sort the blocks into the bowls.",
        "Into the matching bowls with the blocks, by colour.",
    )
    return _made(text, _done(rels(*matching(w))), *_sort_moves(w))


def t95_match_casual(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not 1 <= len(rest) <= 5:
        return None
    text = _any(
        w,
        "sort the blocks into the bowls that match, and chuck the rest in the bin",
        "blocks go in their matching colour bowls, anything left over goes in the trash",
        "match the blocks up with the bowls by colour and bin whatever doesn't have a bowl",
    )
    moves = _sort_moves(w) + [
        (b, BIN) for b in sorted(rest, key=lambda b: -_height(w.state, b))
    ]
    return _made(text, _done(rels(*want), binned(rest)), *moves)


def t95_match_formal(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    text = _any(
        w,
        f"Would you please place the {r.block} in the bowl that matches its colour?",
        f"Kindly transfer the {r.block} to the bowl of the same colour.",
        f"Please deposit the {r.block} in the bowl whose colour it shares.",
    )
    return _made(text, _done(rels(r)), (r.block, r.target))


def t95_match_elliptical(w: World) -> Made:
    if not _unmatched(w):
        return None
    text = _any(
        w,
        "Each block into the bowl of its colour.",
        "Blocks to their matching bowls, please.",
        "Every block in the same-coloured bowl.",
    )
    return _made(text, _done(rels(*matching(w))), *_sort_moves(w))


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
_STYLES = ("plain", "synonyms", "reordered", "casual", "formal", "elliptical")
FRESH95: list[Template] = [
    (f"t95_{short}_{style}", category, globals()[f"t95_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
