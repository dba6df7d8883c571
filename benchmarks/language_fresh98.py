"""`FRESH98`, the ninety-ninth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: things named by where they are or what they are next to rather than only by colour, in everyday speech
(commands, goals, questions): "the block on the far left", "the one nearest the bin", "the top block of the tallest
tower", "the empty bowl", "the block under the red one". A template only refers that way when the scene makes the
referent unambiguous (a clear margin in position or distance, exactly one object that fits), and returns None
otherwise. The six styles:

- side: by left and right ("Put the block on the far left in the bin.")
- near: by what it is closest to ("I'd like the block closest to the bin put in the bin.")
- stack: by what it rests on or carries ("Put the block under the red block in the bin.")
- bowl: bowls by their contents, blocks by their bowl ("Drop the green block into the bowl with nothing in it.")
- corner: by the named place it is nearest ("Stack the block nearest the top left corner on the blue block.")
- only: by being the only one of its kind ("Take the only block that's in a bowl and put it on the table.")

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(By mistake the tester also printed the first five lines of `benchmarks/language_suite.py`, its module docstring,
which lists the batches; nothing of the planner or of any other template.)

Its first run (300 instructions, seed 0, on 0d68250, after every fix before it and before anything it could prompt):
0.85 goal-correct (255 of 300), 33 refused, 7 asked, 5 wrong: one wrong action ("Take X out of the bowl it's in, then
put Y in that bowl." ended holding X) and four wrong replies ('Which block is the only one sitting in a bowl?', twice;
'Is X the only block in a bowl?'; 'Is X the block nearest the bottom right corner?').
"""

from __future__ import annotations

import math
from collections.abc import Callable

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    both,
    kept,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_MARGIN = (
    0.05  # metres by which a referent must beat the runner-up (left, right, nearest)
)


# ----- checks -----------------------------------------------------------------------------------------
def _free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _goal(*parts: Check) -> Check:
    """All parts hold and the gripper is empty; the parts are kept for the self-check's search."""
    check = both(*parts, _free)
    check.parts = (*parts, _free)  # type: ignore[attr-defined]
    return check


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _on(block: str, below: str) -> Check:
    return rels(Rel("on", block, below))


def _at(block: str, place: str) -> Check:
    return rels(Rel("at", block, place))


def _bin(block: str) -> Check:
    return rels(Rel("in_bin", block))


def _table(block: str) -> Check:
    return rels(Rel("on_table", block))


def _not_bin(block: str) -> Check:
    return lambda _i, f: f.base(block) != BIN


def _out_of(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _in_any(block: str, bowls: list[str]) -> Check:
    return lambda _i, f: f.support[block] != GRIPPER and f.base(block) in bowls


def _empty(bowl: str) -> Check:
    return lambda _i, f: not f.in_bowl(bowl)


# ----- referring to things ------------------------------------------------------------------------------
def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _to(w: World, name: str, point: tuple[float, float]) -> float:
    x, y = _xy(w, name)
    return math.hypot(x - point[0], y - point[1])


def _bin_d(w: World) -> Callable[[str], float]:
    return lambda n: _to(w, n, layout.BIN_CENTER)


def _place_d(w: World, place: str) -> Callable[[str], float]:
    return lambda n: _to(w, n, layout.PLACES[place])


def _first(
    items: list[str], key: Callable[[str], float], margin: float = _MARGIN
) -> str | None:
    """The item with the smallest key, if it beats every other by `margin` (blocks of one tower tie)."""
    ranked = sorted(items, key=key)
    if not ranked or (len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < margin):
        return None
    return ranked[0]


def _first_two(items: list[str], key: Callable[[str], float]) -> list[str] | None:
    ranked = sorted(items, key=key)
    if len(ranked) < 3 or key(ranked[2]) - key(ranked[1]) < _MARGIN:
        return None
    return ranked[:2]


def _extreme(w: World, items: list[str], side: str) -> str | None:
    return _first(items, w.y if side == "left" else (lambda n: -w.y(n)))


def _side_words(w: World, side: str, kind: str) -> str:
    return w.rng.choice(
        [
            f"the {side}most {kind}",
            f"the {kind} on the far {side}",
            f"the {kind} furthest to the {side}",
        ]
    )


def _side_ref(w: World, items: list[str], kind: str) -> tuple[str, str] | None:
    """(name, words) for the leftmost or rightmost of `items`, whichever side is unambiguous."""
    sides = ["left", "right"]
    w.rng.shuffle(sides)
    for side in sides:
        found = _extreme(w, items, side)
        if found is not None:
            return found, _side_words(w, side, kind)
    return None


def _corner_block(w: World) -> tuple[str, str] | None:
    """(place, block) for a named place whose nearest block is unambiguous (places tried in random order)."""
    places = list(PLACES)
    w.rng.shuffle(places)
    for p in places:
        b = _first(w.blocks, _place_d(w, p))
        if b is not None:
            return p, b
    return None


def _in_bowl_refs(w: World) -> list[tuple[str, str]]:
    """(block, words) for every block that is alone in its bowl: "the block in the red bowl"."""
    refs = []
    for bowl in w.bowls:
        held = w.state.in_bowl(bowl)
        if len(held) == 1:
            refs.append(
                (
                    held[0],
                    w.rng.choice(
                        [f"the block in the {bowl}", f"the block that's in the {bowl}"]
                    ),
                )
            )
    return refs


def _pl(place: str) -> str:
    return f"the {place}"


def _bottom(w: World, block: str) -> str:
    s = w.state
    while s.support[block] in s.support:
        block = s.support[block]
    return block


def _tower(w: World, block: str) -> list[str]:
    """The tower holding `block`, bottom first."""
    bottom = _bottom(w, block)
    return [bottom, *w.state.above(bottom)[::-1]]


def _towers(w: World) -> list[list[str]]:
    """Every tower of two or more blocks (on the table or in a bowl), bottom first."""
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    return [t for t in (_tower(w, b) for b in bottoms) if len(t) >= 2]


def _room(w: World, block: str) -> bool:
    """Another block can go on `block`: it is clear and its tower is below the maximum height."""
    return w.state.is_clear(block) and len(_tower(w, block)) < layout.MAX_TOWER


def _fits(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _loose(w: World) -> list[str]:
    """Clear blocks not in a bowl."""
    return [b for b in w.clear_blocks() if w.state.base(b) not in w.state.bowls]


def _alone(w: World) -> list[str]:
    """Blocks that are a tower of one: nothing on them and nothing under them."""
    s = w.state
    return [b for b in w.blocks if s.is_clear(b) and s.support[b] not in s.support]


def _the_empty_bowl(w: World) -> str | None:
    if len(w.bowls) < 2:
        return None
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    return empties[0] if len(empties) == 1 else None


def _the_full_bowl(w: World) -> str | None:
    """The only bowl with something in it (of two or more)."""
    if len(w.bowls) < 2:
        return None
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    return full[0] if len(full) == 1 else None


def _only_in_bowl(w: World) -> str | None:
    inside = w.in_bowls()
    return inside[0] if len(inside) == 1 else None


def _only_pair(w: World) -> tuple[str, str] | None:
    pairs = w.pairs()
    return pairs[0] if len(pairs) == 1 else None


def _only_refs(w: World) -> list[tuple[str, str]]:
    """(block, words) for every block that is the only one of its kind: the only block in a bowl, the only
    block on top of another, the only block in a given bowl."""
    refs: list[tuple[str, str]] = []
    inside = _only_in_bowl(w)
    if inside is not None:
        refs.append(
            (
                inside,
                w.rng.choice(
                    [
                        "the only block that's in a bowl",
                        "the one block sitting in a bowl",
                        "the single block in a bowl",
                    ]
                ),
            )
        )
    pair = _only_pair(w)
    if pair is not None:
        refs.append(
            (
                pair[0],
                w.rng.choice(
                    [
                        "the only block that's stacked on another block",
                        "the one block sitting on top of another block",
                    ]
                ),
            )
        )
    for bowl in w.bowls:
        held = w.state.in_bowl(bowl)
        if len(held) == 1 and held[0] != inside:
            refs.append(
                (
                    held[0],
                    w.rng.choice(
                        [
                            f"the only block in the {bowl}",
                            f"the lone block in the {bowl}",
                        ]
                    ),
                )
            )
    return refs


def _bowl_refs(w: World) -> list[tuple[str, str]]:
    """(bowl, words) for every bowl that its contents single out among two or more."""
    if len(w.bowls) < 2:
        return []
    counts = {b: len(w.state.in_bowl(b)) for b in w.bowls}
    refs: list[tuple[str, str]] = []
    empty, full = _the_empty_bowl(w), _the_full_bowl(w)
    if empty is not None:
        refs.append(
            (empty, w.rng.choice(["the empty bowl", "the bowl with nothing in it"]))
        )
    if full is not None:
        refs.append(
            (
                full,
                w.rng.choice(
                    ["the bowl that has something in it", "the bowl that isn't empty"]
                ),
            )
        )
    for b, n in counts.items():
        if n and list(counts.values()).count(n) == 1 and b != full:
            refs.append((b, f"the bowl with {_n_blocks(n)} in it"))
    return refs


def _bowl_of(w: World, block: str) -> str | None:
    """The bowl of `block`'s colour, if there is one and the block is not in it yet and it has room."""
    bowl = next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)
    if bowl is None or w.state.base(block) == bowl or not _fits(w, bowl):
        return None
    return bowl


def _n_blocks(n: int) -> str:
    word = {1: "one", 2: "two", 3: "three", 4: "four"}.get(n, str(n))
    return f"{word} block" if n == 1 else f"{word} blocks"


# ----- imperative ---------------------------------------------------------------------------------------
def t98_imp_side(w: World) -> Made:
    ref = _side_ref(w, w.blocks, "block")
    if ref is None:
        return None
    b, words = ref
    bowls = [x for x in w.bowls if w.state.base(b) != x and _fits(w, x)]
    if bowls and w.rng.random() < 0.5:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"Put {words} in the {bowl}.",
                f"Move {words} into the {bowl}.",
                f"Grab {words} and put it in the {bowl}.",
            ]
        )
        return text, _goal(_in(b, bowl))
    text = w.rng.choice(
        [
            f"Put {words} in the bin.",
            f"Throw {words} in the bin.",
            f"Take {words} and drop it into the bin.",
        ]
    )
    return text, _goal(_bin(b))


def t98_imp_near(w: World) -> Made:
    b = _first(w.blocks, _bin_d(w))
    if b is None:
        return None
    p = w.rng.choice(PLACES)
    near = w.rng.choice(
        [
            "the block closest to the bin",
            "the block nearest the bin",
            "the block that's nearest to the bin",
        ]
    )
    text = w.rng.choice(
        [
            f"Move {near} to {_pl(p)}.",
            f"Put {near} in {_pl(p)}.",
            f"Take {near} and set it down in {_pl(p)}.",
        ]
    )
    return text, _goal(_at(b, p))


def t98_imp_stack(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    under = w.rng.choice(
        [
            f"the block under the {top}",
            f"the block the {top} is sitting on",
            f"the block beneath the {top}",
        ]
    )
    text = w.rng.choice(
        [
            f"Put {under} in the bin.",
            f"Throw {under} into the bin.",
            f"Get rid of {under} - bin it.",
        ]
    )
    return text, _goal(_bin(below))


def t98_imp_bowl(w: World) -> Made:
    refs = [(b, words) for b, words in _bowl_refs(w) if _fits(w, b)]
    blocks = _in_bowl_refs(w)
    if blocks and (not refs or w.rng.random() < 0.4):
        b, words = w.rng.choice(blocks)
        text = w.rng.choice(
            [f"Put {words} in the bin.", f"Take {words} and throw it in the bin."]
        )
        return text, _goal(_bin(b))
    if not refs:
        return None
    bowl, words = w.rng.choice(refs)
    loose = [x for x in w.clear_blocks() if w.state.base(x) != bowl]
    if not loose:
        return None
    x = w.rng.choice(loose)
    text = w.rng.choice(
        [
            f"Put the {x} in {words}.",
            f"Drop the {x} into {words}.",
            f"Put the {x} into {words}, please.",
        ]
    )
    return text, _goal(_in(x, bowl))


def t98_imp_corner(w: World) -> Made:
    found = _corner_block(w)
    if found is None:
        return None
    p, b = found
    others = [o for o in w.blocks if o != b and _room(w, o)]
    if not others:
        return None
    o = w.rng.choice(others)
    near = w.rng.choice(
        [f"the block nearest {_pl(p)}", f"the block closest to {_pl(p)}"]
    )
    text = w.rng.choice(
        [
            f"Stack {near} on the {o}.",
            f"Put {near} on top of the {o}.",
            f"Take {near} and put it on the {o}.",
        ]
    )
    return text, _goal(_on(b, o))


def t98_imp_only(w: World) -> Made:
    refs = _only_refs(w)
    if not refs:
        return None
    b, words = w.rng.choice(refs)
    text = w.rng.choice(
        [
            f"Take {words} and put it on the table.",
            f"Set {words} down on the table.",
            f"Move {words} onto the table.",
        ]
    )
    return text, _goal(_table(b))


# ----- declarative --------------------------------------------------------------------------------------
def t98_dec_side(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    ref = _side_ref(w, w.bowls, "bowl")
    if ref is None:
        return None
    bowl, words = ref
    xs = [x for x in w.clear_blocks() if w.state.base(x) != bowl]
    if not xs or not _fits(w, bowl):
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"The {x} goes in {words}.",
            f"The {x} belongs in {words}.",
            f"The {x} should be in {words}.",
        ]
    )
    return text, _goal(_in(x, bowl))


def t98_dec_near(w: World) -> Made:
    bowls = list(w.bowls)
    w.rng.shuffle(bowls)
    for bowl in bowls:
        d = lambda n, bowl=bowl: w.dist(n, bowl)
        b = _first([x for x in w.blocks if w.state.base(x) != bowl], d)
        if b is None or not _fits(w, bowl):
            continue
        words = [
            f"The block closest to the {bowl} goes in it.",
            f"The block nearest the {bowl} belongs inside it.",
        ]
        if d(b) < 0.18:
            words.append(f"The block right next to the {bowl} should be in it.")
        return w.rng.choice(words), _goal(_in(b, bowl))
    return None


def t98_dec_stack(w: World) -> Made:
    refs: list[tuple[str, str]] = []
    towers = sorted(_towers(w), key=len, reverse=True)
    if towers and (len(towers) == 1 or len(towers[1]) < len(towers[0])):
        refs += [
            (towers[0][-1], "the top block of the tallest tower"),
            (towers[0][-1], "the block at the top of the highest stack"),
        ]
    refs += [(below, f"the block under the {top}") for top, below in w.pairs()]
    if not refs:
        return None
    b, words = w.rng.choice(refs)
    words = words[0].upper() + words[1:]
    text = w.rng.choice(
        [
            f"{words} goes in the bin.",
            f"{words} belongs in the bin.",
            f"{words} is going in the bin.",
        ]
    )
    return text, _goal(_bin(b))


def t98_dec_bowl(w: World) -> Made:
    refs = [(b, words) for b, words in _bowl_refs(w) if w.state.in_bowl(b)]
    blocks = _in_bowl_refs(w)
    if refs and (not blocks or w.rng.random() < 0.5):
        bowl, words = w.rng.choice(refs)
        text = w.rng.choice(
            [
                f"{words[0].upper()}{words[1:]} should be empty.",
                f"{words[0].upper()}{words[1:]} ought to end up empty.",
                f"Nothing should be left in {words}.",
            ]
        )
        return text, _goal(_empty(bowl))
    if not blocks:
        return None
    b, words = w.rng.choice(blocks)
    words = words[0].upper() + words[1:]
    text = w.rng.choice(
        [
            f"{words} belongs on the table.",
            f"{words} goes on the table.",
            f"{words} should be out on the table.",
        ]
    )
    return text, _goal(_table(b))


def t98_dec_corner(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    places = list(PLACES)
    w.rng.shuffle(places)
    for p in places:
        bowl = _first(w.bowls, _place_d(w, p))
        xs = [x for x in w.clear_blocks() if w.state.base(x) != bowl]
        if bowl is None or not xs or not _fits(w, bowl):
            continue
        x = w.rng.choice(xs)
        text = w.rng.choice(
            [
                f"The {x} goes in the bowl nearest {_pl(p)}.",
                f"The bowl closest to {_pl(p)} is where the {x} belongs.",
                f"The {x} should be in the bowl that's nearest {_pl(p)}.",
            ]
        )
        return text, _goal(_in(x, bowl))
    return None


def t98_dec_only(w: World) -> Made:
    refs = _only_refs(w)
    if not refs:
        return None
    b, words = w.rng.choice(refs)
    words = words[0].upper() + words[1:]
    text = w.rng.choice(
        [
            f"{words} belongs in the bin.",
            f"{words} goes in the bin.",
            f"{words} should be in the bin.",
        ]
    )
    return text, _goal(_bin(b))


# ----- desiderative -------------------------------------------------------------------------------------
def t98_des_side(w: World) -> Made:
    left, right = _extreme(w, w.blocks, "left"), _extreme(w, w.blocks, "right")
    if (
        left is not None
        and right is not None
        and left != right
        and w.rng.random() < 0.7
    ):
        a, b = (right, left) if w.rng.random() < 0.5 else (left, right)
        wa = _side_words(w, "right" if a == right else "left", "block")
        wb = _side_words(w, "right" if b == right else "left", "block")
        text = w.rng.choice(
            [
                f"I'd like {wa} stacked on {wb}.",
                f"I want {wa} sitting on top of {wb}.",
                f"Could I have {wa} on {wb}, please?",
            ]
        )
        return text, _goal(_on(a, b))
    if len(w.bowls) < 2:
        return None
    ref = _side_ref(w, w.bowls, "bowl")
    if ref is None:
        return None
    bowl, words = ref
    xs = [x for x in w.clear_blocks() if w.state.base(x) != bowl]
    if not xs or not _fits(w, bowl):
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [f"I'd like the {x} in {words}.", f"I want the {x} put in {words}."]
    )
    return text, _goal(_in(x, bowl))


def t98_des_near(w: World) -> Made:
    b = _first(w.blocks, _bin_d(w))
    if b is None:
        return None
    text = w.rng.choice(
        [
            "I'd like the block closest to the bin put in the bin.",
            "I want whichever block is nearest the bin in the bin.",
            "I need the block next to the bin thrown into it.",
        ]
    )
    return text, _goal(_bin(b))


def t98_des_stack(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    others = [o for o in w.blocks if o not in _tower(w, top) and _room(w, o)]
    if not others:
        return None
    o = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"I'd like the block sitting on the {below} moved onto the {o}.",
            f"I want the block that's on top of the {below} on the {o} instead.",
            f"I'd rather have the block on the {below} stacked on the {o}.",
        ]
    )
    return text, _goal(_on(top, o))


def t98_des_bowl(w: World) -> Made:
    refs = [(b, words) for b, words in _bowl_refs(w) if _fits(w, b)]
    blocks = _in_bowl_refs(w)
    if blocks and (not refs or w.rng.random() < 0.4):
        b, words = w.rng.choice(blocks)
        text = w.rng.choice(
            [
                f"I'd like {words} taken out and put on the table.",
                f"I want {words} on the table.",
            ]
        )
        return text, _goal(_table(b))
    if not refs:
        return None
    bowl, words = w.rng.choice(refs)
    loose = [x for x in w.clear_blocks() if w.state.base(x) != bowl]
    if not loose:
        return None
    x = w.rng.choice(loose)
    text = w.rng.choice(
        [
            f"I want the {x} in {words}.",
            f"I'd like the {x} to go in {words}.",
            f"I need the {x} put in {words}.",
        ]
    )
    return text, _goal(_in(x, bowl))


def t98_des_corner(w: World) -> Made:
    found = _corner_block(w)
    if found is None:
        return None
    p, b = found
    p2 = w.rng.choice([q for q in PLACES if q != p])
    text = w.rng.choice(
        [
            f"I'd like the block nearest {_pl(p)} moved to {_pl(p2)}.",
            f"I want the block closest to {_pl(p)} over in {_pl(p2)}.",
            f"Can I get the block that's nearest {_pl(p)} put in {_pl(p2)}?",
        ]
    )
    return text, _goal(_at(b, p2))


def t98_des_only(w: World) -> Made:
    towers = _towers(w)
    refs = [(b, words) for b, words in _only_refs(w)]
    if len(towers) == 1:
        refs.append(
            (
                towers[0][0],
                w.rng.choice(
                    [
                        "the bottom block of the stack",
                        "the block at the bottom of the only tower",
                        "the block at the base of the stack",
                    ]
                ),
            )
        )
    if not refs:
        return None
    b, words = w.rng.choice(refs)
    text = w.rng.choice(
        [
            f"I'd like {words} in the bin.",
            f"I want {words} put in the bin.",
            f"I need {words} thrown in the bin.",
        ]
    )
    return text, _goal(_bin(b))


# ----- quantified ---------------------------------------------------------------------------------------
def t98_qua_side(w: World) -> Made:
    if any(abs(w.y(b)) < 0.02 for b in w.blocks):
        return None
    sides = ["left", "right"]
    w.rng.shuffle(sides)
    for side in sides:
        chosen = [b for b in w.blocks if (w.y(b) < 0) == (side == "left")]
        others = [b for b in w.blocks if b not in chosen]
        if not 2 <= len(chosen) <= 5 or not others:
            continue
        text = w.rng.choice(
            [
                f"Put all the blocks on the {side} side of the table in the bin.",
                f"Bin every block on the {side}-hand side.",
                f"Everything on the {side} half of the table - all those blocks - goes in the bin.",
            ]
        )
        return text, _goal(*(_bin(b) for b in chosen), *(_not_bin(b) for b in others))
    return None


def t98_qua_near(w: World) -> Made:
    two = _first_two(w.blocks, _bin_d(w))
    if two is None:
        return None
    bowls = [
        x for x in w.bowls if _fits(w, x, 2) and all(w.state.base(b) != x for b in two)
    ]
    if not bowls or w.rng.random() < 0.3:
        p = w.rng.choice(PLACES)
        text = w.rng.choice(
            [
                f"Move the two blocks nearest the bin to {_pl(p)}.",
                f"Take both blocks closest to the bin and put them in {_pl(p)}.",
            ]
        )
        return text, _goal(*(_at(b, p) for b in two))
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the two blocks nearest the bin into the {bowl}.",
            f"Move both of the blocks closest to the bin to the {bowl}.",
            f"The two blocks next to the bin - put them both in the {bowl}.",
        ]
    )
    return text, _goal(*(_in(b, bowl) for b in two))


def t98_qua_stack(w: World) -> Made:
    tops = [t for t, _ in w.pairs()]
    if not tops:
        return None
    text = w.rng.choice(
        [
            "Take every block that's sitting on another block and put it on the table.",
            "Anything stacked on top of another block goes down on the table - all of them.",
            "Put all the blocks that are on top of other blocks onto the table.",
        ]
    )
    return text, _goal(*(_table(t) for t in tops))


def t98_qua_bowl(w: World) -> Made:
    inside = w.in_bowls()
    counts = sorted(((len(w.state.in_bowl(b)), b) for b in w.bowls), reverse=True)
    if len(inside) >= 2 and (
        len(counts) < 2 or counts[0][0] == counts[1][0] or w.rng.random() < 0.3
    ):
        text = w.rng.choice(
            [
                "Take every block out of the bowls and put them on the table.",
                "All the blocks that are in bowls go on the table.",
                "Put each block that's sitting in a bowl out on the table.",
            ]
        )
        return text, _goal(*(_table(b) for b in inside))
    if len(counts) < 2 or counts[0][0] == 0 or counts[0][0] == counts[1][0]:
        return None
    fullest = counts[0][1]
    moved = w.state.in_bowl(fullest)
    words = w.rng.choice(["the fullest bowl", "the bowl with the most blocks in it"])
    empty = _the_empty_bowl(w)
    if empty is not None and w.rng.random() < 0.6:
        text = w.rng.choice(
            [
                f"Move everything in {words} into the empty one.",
                f"Take all the blocks out of {words} and put them in the empty bowl.",
            ]
        )
        return text, _goal(*(_in(b, empty) for b in moved))
    text = w.rng.choice(
        [
            f"Dump every block from {words} into the bin.",
            f"Put all the blocks in {words} in the bin.",
        ]
    )
    return text, _goal(*(_bin(b) for b in moved))


def t98_qua_corner(w: World) -> Made:
    places = list(PLACES)
    w.rng.shuffle(places)
    for p in places:
        two = _first_two(w.blocks, _place_d(w, p))
        if two is None:
            continue
        p2 = w.rng.choice([q for q in PLACES if q != p])
        text = w.rng.choice(
            [
                f"Move the two blocks nearest {_pl(p)} to {_pl(p2)}.",
                f"Both blocks closest to {_pl(p)} should go to {_pl(p2)}.",
                f"Take the two blocks that are nearest {_pl(p)} and put them in {_pl(p2)}.",
            ]
        )
        return text, _goal(*(_at(b, p2) for b in two))
    return None


def t98_qua_only(w: World) -> Made:
    refs = _only_refs(w)
    if not refs:
        return None
    b, words = w.rng.choice(refs)
    others = [o for o in w.blocks if o != b]
    if len(others) > 5:
        return None
    text = w.rng.choice(
        [
            f"Put every block in the bin except {words}.",
            f"All the blocks go in the bin, apart from {words}.",
            f"Bin all of the blocks but {words}.",
        ]
    )
    return text, _goal(*(_bin(o) for o in others), _not_bin(b))


# ----- negated ------------------------------------------------------------------------------------------
def t98_neg_side(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    s = _extreme(w, w.blocks, side)
    if s is None:
        return None
    xs = [x for x in w.clear_blocks() if x != s]
    if len(xs) < 2:
        return None
    x = w.rng.choice(xs)
    ys = [y for y in xs if y != x and _room(w, y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    words = _side_words(w, side, "block")
    text = w.rng.choice(
        [
            f"Put the {x} on the {y} without touching {words}.",
            f"Stack the {x} on the {y}, but don't move {words}.",
            f"Put the {x} on top of the {y} - and don't touch {words}.",
        ]
    )
    return text, _goal(_on(x, y), kept(s))


def t98_neg_near(w: World) -> Made:
    n = _first(w.blocks, _bin_d(w))
    if n is None:
        return None
    others = [o for o in w.blocks if o != n]
    if not others or len(others) > 5:
        return None
    text = w.rng.choice(
        [
            "Put every block in the bin except the one closest to the bin.",
            "Bin all the blocks but not the one nearest the bin.",
            "Throw the blocks in the bin - not the one right by the bin, though.",
        ]
    )
    return text, _goal(*(_bin(o) for o in others), _not_bin(n))


def t98_neg_stack(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [x for x in w.bowls if w.state.base(top) != x and _fits(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the {top} in the {bowl}, but don't move the block under it.",
            f"Move the {top} into the {bowl} without moving the block it's sitting on.",
            f"Put the {top} in the {bowl} and don't touch the block underneath it.",
        ]
    )
    return text, _goal(_in(top, bowl), kept(below))


def t98_neg_bowl(w: World) -> Made:
    refs = _bowl_refs(w)
    xs = _loose(w)
    blocks = _in_bowl_refs(w)
    if refs and xs and (not blocks or w.rng.random() < 0.5):
        bowl, words = w.rng.choice(refs)
        x = w.rng.choice(xs)
        allowed = [b for b in w.bowls if b != bowl and _fits(w, b)]
        if allowed:
            short = (
                words.replace("the bowl ", "the one ")
                if words != "the empty bowl"
                else "the empty one"
            )
            text = w.rng.choice(
                [
                    f"Put the {x} in one of the bowls, but not {short}.",
                    f"Put the {x} in a bowl - not {short}.",
                    f"Drop the {x} in a bowl that isn't {words}.",
                ]
            )
            return text, _goal(_in_any(x, allowed))
    if not blocks:
        return None
    b, words = w.rng.choice(blocks)
    bowl = w.state.base(b)
    text = w.rng.choice(
        [
            f"Take {words} out, but don't put it in the bin.",
            f"Get {words} out of there - not into the bin, though.",
            f"Lift {words} out without binning it.",
        ]
    )
    return text, _goal(_out_of(b, bowl), _not_bin(b))


def t98_neg_corner(w: World) -> Made:
    found = _corner_block(w)
    if found is None:
        return None
    p, b = found
    others = [o for o in w.blocks if o != b]
    text = w.rng.choice(
        [
            f"Put the block nearest {_pl(p)} in the bin and don't move anything else.",
            f"Throw the block closest to {_pl(p)} in the bin, but don't touch any of the others.",
            f"Only the block nearest {_pl(p)} goes in the bin; don't move the rest.",
        ]
    )
    return text, _goal(_bin(b), kept(*others))


def t98_neg_only(w: World) -> Made:
    refs = _only_refs(w)
    if not refs:
        return None
    b, words = w.rng.choice(refs)
    start = w.state.support[b]
    text = w.rng.choice(
        [
            f"Move {words} somewhere else, but not into the bin.",
            f"Take {words} away from where it is - just don't put it in the bin.",
            f"Shift {words} out of its spot without binning it.",
        ]
    )
    return text, _goal(lambda _i, f: f.support[b] != start, _not_bin(b))


# ----- relative -----------------------------------------------------------------------------------------
def t98_rel_side(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    side = w.rng.choice(["left", "right"])
    bowl = _extreme(w, w.bowls, side)
    if bowl is None or not _fits(w, bowl):
        return None
    xs = [x for x in w.clear_blocks() if w.state.base(x) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    words = w.rng.choice(
        [
            f"the bowl that's furthest to the {side}",
            f"the bowl which is on the far {side}",
            f"the bowl that's the most to the {side}",
        ]
    )
    text = w.rng.choice([f"Put the {x} in {words}.", f"Move the {x} into {words}."])
    return text, _goal(_in(x, bowl))


def t98_rel_near(w: World) -> Made:
    xs = _alone(w)
    w.rng.shuffle(xs)
    for x in xs:
        n = _first([o for o in w.blocks if o != x], lambda o, x=x: w.dist(o, x))
        if n is None or not _room(w, n):
            continue
        text = w.rng.choice(
            [
                f"Put the {x} on the block that's closest to it.",
                f"Stack the {x} on top of whichever block is nearest to it.",
                f"Put the {x} on the block that's right next to it.",
            ]
        )
        return text, _goal(_on(x, n))
    return None


def t98_rel_stack(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Put the block that the {top} is sitting on in {_pl(p)}.",
            f"Move the block which is under the {top} to {_pl(p)}.",
            f"Take the block that has the {top} on it and put it in {_pl(p)}.",
        ]
    )
    return text, _goal(_at(below, p))


def t98_rel_bowl(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    y = w.rng.choice(inside)
    bowl = w.state.base(y)
    xs = [x for x in w.clear_blocks() if w.state.base(x) != bowl]
    if not xs or not _fits(w, bowl):
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Put the {x} in the bowl that has the {y} in it.",
            f"Drop the {x} into the bowl where the {y} is.",
            f"Put the {x} in the same bowl the {y} is in.",
        ]
    )
    return text, _goal(_in(x, bowl))


def t98_rel_corner(w: World) -> Made:
    found = _corner_block(w)
    if found is None:
        return None
    p, b = found
    bowls = [x for x in w.bowls if w.state.base(b) != x and _fits(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the block that's closest to {_pl(p)} in the {bowl}.",
            f"Move the block which is nearest {_pl(p)} into the {bowl}.",
            f"The block that sits nearest {_pl(p)} - put it in the {bowl}.",
        ]
    )
    return text, _goal(_in(b, bowl))


def t98_rel_only(w: World) -> Made:
    refs: list[tuple[str, str]] = []
    inside, pair = _only_in_bowl(w), _only_pair(w)
    if inside is not None:
        refs.append((inside, "the block that's the only one in a bowl"))
    if pair is not None:
        refs.append(
            (
                pair[0],
                w.rng.choice(
                    [
                        "the block that's stacked on another block",
                        "the block which is the only one sitting on another",
                    ]
                ),
            )
        )
    for bowl in w.bowls:
        held = w.state.in_bowl(bowl)
        if len(held) == 1 and held[0] != inside:
            refs.append((held[0], f"the block that's on its own in the {bowl}"))
    if not refs:
        return None
    b, words = w.rng.choice(refs)
    bowls = [x for x in w.bowls if w.state.base(b) != x and _fits(w, x)]
    if bowls and w.rng.random() < 0.5:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [f"Put {words} into the {bowl}.", f"Move {words} to the {bowl}."]
        )
        return text, _goal(_in(b, bowl))
    text = w.rng.choice([f"Put {words} in the bin.", f"Throw {words} into the bin."])
    return text, _goal(_bin(b))


# ----- keep ---------------------------------------------------------------------------------------------
def t98_keep_side(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    s = _extreme(w, w.blocks, side)
    if s is None:
        return None
    xs = [x for x in w.clear_blocks() if x != s]
    if not xs:
        return None
    x = w.rng.choice(xs)
    words = _side_words(w, side, "block")
    text = w.rng.choice(
        [
            f"Leave {words} where it is and stack the {x} on it.",
            f"Keep {words} in place and put the {x} on top of it.",
            f"Don't move {words}; just put the {x} on it.",
        ]
    )
    return text, _goal(_on(x, s), kept(s))


def t98_keep_near(w: World) -> Made:
    n = _first(w.blocks, _bin_d(w))
    if n is None:
        return None
    xs = [x for x in w.clear_blocks() if x != n]
    if not xs:
        return None
    x = w.rng.choice(xs)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the {x} to {_pl(p)} but leave the block nearest the bin alone.",
            f"Keep the block closest to the bin where it is, and put the {x} in {_pl(p)}.",
            f"Put the {x} in {_pl(p)}; the block next to the bin stays put.",
        ]
    )
    return text, _goal(_at(x, p), kept(n))


def t98_keep_stack(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    xs = [x for x in w.clear_blocks() if x not in _tower(w, top)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Leave the block on top of the {below} where it is and put the {x} in the bin.",
            f"Put the {x} in the bin, but keep the block that's sitting on the {below} as it is.",
            f"Bin the {x}; the block resting on the {below} stays where it is.",
        ]
    )
    return text, _goal(_bin(x), kept(top))


def t98_keep_bowl(w: World) -> Made:
    refs = [(b, words) for b, words in _bowl_refs(w) if _fits(w, b)]
    inside = w.in_bowls()
    loose = _loose(w)
    if not loose or not inside:
        return None
    x = w.rng.choice(loose)
    blocks = [(b, words) for b, words in _in_bowl_refs(w) if _fits(w, w.state.base(b))]
    if refs and (not blocks or w.rng.random() < 0.5):
        bowl, words = w.rng.choice(refs)
        text = w.rng.choice(
            [
                f"Put the {x} in {words} and leave the blocks already in bowls where they are.",
                f"Keep whatever's in the bowls where it is, and drop the {x} into {words}.",
                f"The {x} goes in {words} - don't move anything that's already in a bowl.",
            ]
        )
        return text, _goal(_in(x, bowl), kept(*inside))
    if not blocks:
        return None
    b, words = w.rng.choice(blocks)
    text = w.rng.choice(
        [
            f"Leave {words} where it is and put the {x} in there with it.",
            f"Keep {words} in place; put the {x} in the same bowl.",
        ]
    )
    return text, _goal(_in(x, w.state.base(b)), kept(b))


def t98_keep_corner(w: World) -> Made:
    found = _corner_block(w)
    if found is None:
        return None
    p, n = found
    xs = [x for x in w.clear_blocks() if x != n]
    if not xs:
        return None
    x = w.rng.choice(xs)
    that = "the middle" if p == "middle" else "that corner"
    text = w.rng.choice(
        [
            f"Put the {x} in {_pl(p)}, but don't move the block that's closest to {that}.",
            f"Keep the block nearest {_pl(p)} where it is and put the {x} in {_pl(p)}.",
            f"Move the {x} to {_pl(p)}; the block nearest {that} stays where it is.",
        ]
    )
    return text, _goal(_at(x, p), kept(n))


def t98_keep_only(w: World) -> Made:
    refs = _only_refs(w)
    w.rng.shuffle(refs)
    for b, words in refs:
        bowl = w.state.base(b)
        xs = [x for x in _loose(w) if x != b]
        if not xs:
            continue
        x = w.rng.choice(xs)
        if w.state.support[b] in w.bowls and _fits(w, bowl):
            text = w.rng.choice(
                [
                    f"Keep {words} where it is, and put the {x} in the same bowl.",
                    f"Leave {words} alone and put the {x} in that bowl with it.",
                ]
            )
            return text, _goal(_in(x, bowl), kept(b))
        if _room(w, b):
            text = w.rng.choice(
                [
                    f"Keep {words} where it is and stack the {x} on it.",
                    f"Don't move {words}; just put the {x} on top of it.",
                ]
            )
            return text, _goal(_on(x, b), kept(b))
    return None


# ----- multi-step ---------------------------------------------------------------------------------------
def t98_multi_side(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    a = _extreme(w, w.blocks, side)
    if a is None:
        return None
    wa = _side_words(w, side, "block")
    other = "right" if side == "left" else "left"
    seconds: list[tuple[str, Check]] = []
    b = _extreme(w, w.blocks, other)
    if b is not None:
        wb = _side_words(w, other, "block")
        for bowl in w.bowls:
            if w.state.base(b) != bowl and _fits(w, bowl):
                seconds.append((f"put {wb} in the {bowl}", _in(b, bowl)))
        p = w.rng.choice(PLACES)
        seconds.append((f"move {wb} to {_pl(p)}", _at(b, p)))
    if len(w.bowls) >= 2:
        bowl = _extreme(w, w.bowls, other)
        xs = [x for x in w.clear_blocks() if x != a and w.state.base(x) != bowl]
        if bowl is not None and xs and _fits(w, bowl):
            x = w.rng.choice(xs)
            seconds.append(
                (f"put the {x} in {_side_words(w, other, 'bowl')}", _in(x, bowl))
            )
    if not seconds:
        return None
    second, check = w.rng.choice(seconds)
    text = w.rng.choice(
        [
            f"First put {wa} in the bin, then {second}.",
            f"Put {wa} in the bin and after that {second}.",
            f"Throw {wa} in the bin, then {second}.",
        ]
    )
    return text, _goal(_bin(a), check)


def t98_multi_near(w: World) -> Made:
    a = _first(w.blocks, _bin_d(w))
    first = w.rng.choice(
        [
            "Put the block nearest the bin into the bin",
            "First bin the block closest to the bin",
            "Throw the block next to the bin into the bin",
        ]
    )
    if a is None:
        found = _corner_block(w)
        if found is None:
            return None
        p, a = found
        first = w.rng.choice(
            [
                f"Put the block nearest {_pl(p)} in the bin",
                f"First bin the block closest to {_pl(p)}",
            ]
        )
    seconds: list[tuple[str, Check]] = []
    for bowl in w.bowls:
        b = _first(
            [x for x in w.blocks if w.state.base(x) != bowl],
            lambda n, bowl=bowl: w.dist(n, bowl),
        )
        if b is not None and b != a and _fits(w, bowl):
            seconds.append(
                (
                    w.rng.choice(
                        [
                            f"put the block nearest the {bowl} into the {bowl}",
                            f"put the block closest to the {bowl} in it",
                        ]
                    ),
                    _in(b, bowl),
                )
            )
    for p in PLACES:
        b = _first(w.blocks, _place_d(w, p))
        if b is not None and b != a and f" {p}" not in first:
            p2 = w.rng.choice([q for q in PLACES if q != p])
            seconds.append(
                (f"move the block nearest {_pl(p)} to {_pl(p2)}", _at(b, p2))
            )
    if not seconds:
        return None
    second, check = w.rng.choice(seconds)
    text = w.rng.choice(
        [
            f"{first}, then {second}.",
            f"{first}, and then {second}.",
            f"{first}; after that, {second}.",
        ]
    )
    return text, _goal(_bin(a), check)


def t98_multi_stack(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the block on top of the {below} to {_pl(p)}, then put the {below} on top of it.",
            f"First take the block off the {below} and put it in {_pl(p)}; then stack the {below} on it.",
            f"Put the block that's on the {below} in {_pl(p)}, and then put the {below} on it.",
        ]
    )
    return text, _goal(_at(top, p), _on(below, top))


def t98_multi_bowl(w: World) -> Made:
    inside = [y for y in w.in_bowls() if w.state.is_clear(y)]
    if not inside:
        return None
    y = w.rng.choice(inside)
    bowl = w.state.base(y)
    xs = [x for x in _loose(w)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Take the {y} out of the bowl it's in, then put the {x} in that bowl.",
            f"First get the {y} out of its bowl, and then put the {x} in there instead.",
            f"Lift the {y} out of its bowl and put the {x} in that bowl in its place.",
        ]
    )
    return text, _goal(_out_of(y, bowl), _in(x, bowl))


def t98_multi_corner(w: World) -> Made:
    found = _corner_block(w)
    if found is None:
        return None
    p, a = found
    xs = [x for x in w.clear_blocks() if x != a]
    if not xs:
        return None
    x = w.rng.choice(xs)
    p2 = w.rng.choice([q for q in PLACES if q != p])
    text = w.rng.choice(
        [
            f"Move the block nearest {_pl(p)} to {_pl(p2)}, then stack the {x} on it.",
            f"First put the block closest to {_pl(p)} in {_pl(p2)}, and then put the {x} on top of it.",
            f"Take the block that's nearest {_pl(p)} over to {_pl(p2)}; after that put the {x} on it.",
        ]
    )
    return text, _goal(_at(a, p2), _on(x, a))


def t98_multi_only(w: World) -> Made:
    refs = _only_refs(w)
    if not refs:
        return None
    b, words = w.rng.choice(refs)
    xs = [x for x in w.clear_blocks() if x != b]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"First take {words} and put it on the table, then stack the {x} on it.",
            f"Put {words} on the table, and then put the {x} on top of it.",
            f"Move {words} onto the table; after that, put the {x} on it.",
        ]
    )
    return text, _goal(_table(b), _on(x, b))


# ----- questions ----------------------------------------------------------------------------------------
def t98_q_side(w: World) -> Made:
    choices: list[tuple[str, str]] = []
    for side in ("left", "right"):
        b = _extreme(w, w.blocks, side)
        if b is not None:
            choices.append(
                (
                    w.rng.choice(
                        [
                            f"Which block is furthest to the {side}?",
                            f"Which block is on the far {side}?",
                        ]
                    ),
                    b,
                )
            )
            choices.append((f"What colour is the {side}most block?", w.colour(b)))
        if len(w.bowls) >= 2:
            bowl = _extreme(w, w.bowls, side)
            if bowl is not None:
                choices.append((f"Which bowl is the {side}most one?", bowl))
    if not choices:
        return None
    text, answer = w.rng.choice(choices)
    return text, answered(answer)


def t98_q_near(w: World) -> Made:
    n = _first(w.blocks, _bin_d(w))
    if n is None:
        return None
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            ["Which block is closest to the bin?", "What's the block nearest the bin?"]
        )
        return text, answered(n)
    x = w.rng.choice([n, w.rng.choice(w.blocks)])
    text = w.rng.choice(
        [
            f"Is the {x} the block closest to the bin?",
            f"Is the {x} the one nearest the bin?",
        ]
    )
    return text, answered(yes(x == n))


def t98_q_stack(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    tallest = max(len(t) for t in _towers(w))
    choices = [
        (
            w.rng.choice(
                [f"What's the {top} sitting on?", f"Which block is under the {top}?"]
            ),
            below,
        ),
        (
            w.rng.choice(
                [
                    f"Which block is on top of the {below}?",
                    f"What's sitting on the {below}?",
                ]
            ),
            top,
        ),
        ("How many blocks high is the tallest tower?", str(tallest)),
    ]
    text, answer = w.rng.choice(choices)
    return text, answered(answer)


def t98_q_bowl(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    choices: list[tuple[str, str]] = []
    empty = _the_empty_bowl(w)
    if empty is not None:
        choices.append(
            (
                w.rng.choice(
                    ["Which bowl is empty?", "Which of the bowls has nothing in it?"]
                ),
                empty,
            )
        )
    for side in ("left", "right"):
        bowl = _extreme(w, w.bowls, side)
        if bowl is not None:
            n = str(len(w.state.in_bowl(bowl)))
            choices.append(
                (
                    w.rng.choice(
                        [
                            f"How many blocks are in the bowl on the far {side}?",
                            f"How many blocks does the {side}most bowl have in it?",
                        ]
                    ),
                    n,
                )
            )
    if not choices:
        return None
    text, answer = w.rng.choice(choices)
    return text, answered(answer)


def t98_q_corner(w: World) -> Made:
    p = w.rng.choice(PLACES)
    choices: list[tuple[str, str]] = []
    if len(w.bowls) >= 2:
        bowl = _first(w.bowls, _place_d(w, p))
        if bowl is not None:
            choices.append((f"Which bowl is closest to {_pl(p)}?", bowl))
    b = _first(w.blocks, _place_d(w, p))
    if b is not None:
        choices.append(
            (
                w.rng.choice(
                    [
                        f"Which block is nearest {_pl(p)}?",
                        f"What block is closest to {_pl(p)}?",
                    ]
                ),
                b,
            )
        )
        x = w.rng.choice([b, w.rng.choice(w.blocks)])
        choices.append((f"Is the {x} the block nearest {_pl(p)}?", yes(x == b)))
    if not choices:
        return None
    text, answer = w.rng.choice(choices)
    return text, answered(answer)


def t98_q_only(w: World) -> Made:
    choices: list[tuple[str, str]] = []
    inside = w.in_bowls()
    if inside:
        x = w.rng.choice([w.rng.choice(inside), w.rng.choice(w.blocks)])
        choices.append((f"Is the {x} the only block in a bowl?", yes(inside == [x])))
    if len(inside) == 1:
        choices.append(("Which block is the only one sitting in a bowl?", inside[0]))
    pair = _only_pair(w)
    if pair is not None:
        choices.append(
            ("Which block is the only one stacked on another block?", pair[0])
        )
    choices.append(
        (
            "Is there just one block sitting on top of another block?",
            yes(pair is not None),
        )
    )
    text, answer = w.rng.choice(choices)
    return text, answered(answer)


# ----- matching -----------------------------------------------------------------------------------------
def _match_pick(
    w: World, refs: list[tuple[str | None, str]]
) -> tuple[str, str, str] | None:
    """(block, words, bowl) for a random reference whose block has a matching bowl to go to."""
    ok = [
        (b, words, _bowl_of(w, b))
        for b, words in refs
        if b is not None and _bowl_of(w, b) is not None
    ]
    if not ok:
        return None
    b, words, bowl = w.rng.choice(ok)
    assert bowl is not None
    return b, words, bowl


def _match_text(w: World, words: str) -> str:
    return w.rng.choice(
        [
            f"Put {words} in the bowl of the same colour.",
            f"Put {words} in the bowl that matches it.",
            f"{words[0].upper()}{words[1:]} goes in the bowl that's the same colour as it.",
        ]
    )


def t98_match_side(w: World) -> Made:
    refs = [
        (_extreme(w, w.blocks, s), _side_words(w, s, "block"))
        for s in ("left", "right")
    ]
    found = _match_pick(w, refs)
    bowls = []
    for side in ("left", "right"):
        bowl = _extreme(w, w.bowls, side) if len(w.bowls) >= 2 else None
        block = next(
            (b for b in w.blocks if bowl is not None and w.colour(b) == w.colour(bowl)),
            None,
        )
        if (
            bowl is not None
            and block is not None
            and w.state.base(block) != bowl
            and _fits(w, bowl)
        ):
            bowls.append((block, _side_words(w, side, "bowl"), bowl))
    if bowls and (found is None or w.rng.random() < 0.4):
        block, words, bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"Put the block that matches {words} into it.",
                f"Find the block that's the same colour as {words} and put it in there.",
            ]
        )
        return text, _goal(_in(block, bowl))
    if found is None:
        return None
    b, words, bowl = found
    return _match_text(w, words), _goal(_in(b, bowl))


def t98_match_near(w: World) -> Made:
    refs: list[tuple[str | None, str]] = [
        (_first(w.blocks, _bin_d(w)), "the block closest to the bin")
    ]
    for bowl in w.bowls:
        near = _first(
            [x for x in w.blocks if w.state.base(x) != bowl],
            lambda n, bowl=bowl: w.dist(n, bowl),
        )
        refs.append((near, f"the block nearest the {bowl}"))
    for x in _alone(w):
        near = _first([o for o in w.blocks if o != x], lambda o, x=x: w.dist(o, x))
        refs.append((near, f"the block right next to the {x}"))
    found = _match_pick(w, refs)
    if found is None:
        return None
    b, words, bowl = found
    return _match_text(w, words), _goal(_in(b, bowl))


def t98_match_stack(w: World) -> Made:
    refs: list[tuple[str | None, str]] = []
    for top, below in w.pairs():
        refs += [
            (top, f"the block on top of the {below}"),
            (below, f"the block under the {top}"),
        ]
    towers = sorted(_towers(w), key=len, reverse=True)
    if towers and (len(towers) == 1 or len(towers[1]) < len(towers[0])):
        refs += [
            (towers[0][-1], "the top block of the tallest tower"),
            (towers[0][0], "the block at the bottom of the tallest tower"),
        ]
    found = _match_pick(w, refs)
    other: list[tuple[str, str, str]] = []
    for top, below in w.pairs():
        for x in w.bowls:
            if (
                w.colour(x) == w.colour(below)
                and w.state.base(top) != x
                and _fits(w, x)
            ):
                other.append(
                    (
                        top,
                        x,
                        w.rng.choice(
                            [
                                f"Put the {top} in the bowl that's the same colour as the block it's sitting on.",
                                f"The {top} goes in the bowl matching the block underneath it.",
                            ]
                        ),
                    )
                )
            if (
                w.colour(x) == w.colour(top)
                and w.state.base(below) != x
                and _fits(w, x)
            ):
                other.append(
                    (
                        below,
                        x,
                        f"Put the {below} in the bowl that matches the block on top of it.",
                    )
                )
    if other and (found is None or w.rng.random() < 0.4):
        block, bowl, text = w.rng.choice(other)
        return text, _goal(_in(block, bowl))
    onto = [
        (b, x)
        for x in w.bowls
        for b in w.blocks
        if w.colour(b) == w.colour(x) and _room(w, b)
    ]
    if found is None and onto:
        b, bowl = w.rng.choice(onto)
        xs = [x for x in w.clear_blocks() if x != b]
        if not xs:
            return None
        x = w.rng.choice(xs)
        text = w.rng.choice(
            [
                f"Stack the {x} on the block that matches the {bowl}.",
                f"Put the {x} on top of the block that's the same colour as the {bowl}.",
            ]
        )
        return text, _goal(_on(x, b))
    if found is None:
        return None
    b, words, bowl = found
    return _match_text(w, words), _goal(_in(b, bowl))


def t98_match_bowl(w: World) -> Made:
    refs: list[
        tuple[str, str, str]
    ] = []  # (bowl, words for the bowl, the block of its colour)
    empty = _the_empty_bowl(w)
    for y in w.in_bowls():
        bowl = w.state.base(y)
        refs.append((bowl, f"the bowl with the {y} in it", ""))
    if empty is not None:
        refs.append((empty, "the empty bowl", ""))
    ok = []
    for bowl, words, _ in refs:
        block = next((b for b in w.blocks if w.colour(b) == w.colour(bowl)), None)
        if block is not None and w.state.base(block) != bowl and _fits(w, bowl):
            ok.append((bowl, words, block))
    if not ok:
        return None
    bowl, words, block = w.rng.choice(ok)
    text = w.rng.choice(
        [
            f"Find the block that matches {words} and put it in there.",
            f"Put the block that's the same colour as {words} into that bowl.",
            f"Whichever block matches the colour of {words} - put it in that bowl.",
        ]
    )
    return text, _goal(_in(block, bowl))


def t98_match_corner(w: World) -> Made:
    refs: list[tuple[str | None, str]] = [
        (
            _first(w.blocks, _place_d(w, p)),
            w.rng.choice(
                [f"the block nearest {_pl(p)}", f"the block closest to {_pl(p)}"]
            ),
        )
        for p in PLACES
    ]
    found = _match_pick(w, refs)
    if found is None:
        return None
    b, words, bowl = found
    return _match_text(w, words), _goal(_in(b, bowl))


def t98_match_only(w: World) -> Made:
    todo = [r for r in _matches(w) if _bowl_of(w, r[0]) is not None]
    has = [b for b in w.blocks if any(w.colour(x) == w.colour(b) for x in w.bowls)]
    choices: list[tuple[str, str, str]] = []
    if len(has) == 1 and len(todo) == 1:
        b, bowl = todo[0]
        choices.append(
            (
                b,
                bowl,
                w.rng.choice(
                    [
                        "There's only one block that has a bowl of its own colour - put it in that bowl.",
                        "Only one of the blocks has a matching bowl; put it in there.",
                    ]
                ),
            )
        )
    for b, words in _only_refs(w):
        bowl = _bowl_of(w, b)
        if bowl is not None:
            choices.append((b, bowl, _match_text(w, words)))
    if not choices:
        return None
    b, bowl, text = w.rng.choice(choices)
    return text, _goal(_in(b, bowl))


def _matches(w: World) -> list[tuple[str, str]]:
    by_colour = {w.colour(b): b for b in w.bowls}
    return [(b, by_colour[w.colour(b)]) for b in w.blocks if w.colour(b) in by_colour]


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
_STYLES = ("side", "near", "stack", "bowl", "corner", "only")
FRESH98: list[Template] = [
    (f"t98_{short}_{style}", category, globals()[f"t98_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
