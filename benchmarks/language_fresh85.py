"""`FRESH85`, the eighty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: things named by how they relate to other things. No object in these sentences is picked out only by
its own colour when the point is a relation: the block on top of another or underneath it, the leftmost or
the second from the right, the block nearest the bin or the tallest stack, the bowl with the most blocks or
the empty bowl, the block standing by itself, "the other one", "the rest", "both of them", "it". Every such
reference is unambiguous in its scene (left and right apart by at least 3 cm, nearest and furthest likewise,
counts and heights by at least one), and the template returns None otherwise. The six styles are the kind of
reference each template leans on:

- stack: above, below, on top of, underneath ("Put the block on top of the yellow block in the bin.")
- rank: leftmost, rightmost, second from a side ("I'd like the second block from the left in the bin.")
- most: nearest, furthest, tallest, fullest ("Empty the bowl with the most blocks into the bin.")
- other: the other one, the rest, everything but ("Put every block other than the red block in the bin.")
- anaphor: both of them, it, the one just named ("See the red block and the blue block? Put both of them
  in the bin.")
- alone: the empty bowl, the lone block, the only stack ("Put the green block in the empty bowl.")

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Each state check carries `moves`, the (block, target) moves the tester had in mind, one at a time; only the
tester's own self-check reads them.

Its first run (300 instructions, seed 0, on fc3b087, after every fix before it and before anything it could prompt):
0.66 goal-correct (198 of 300), 75 refused, 11 asked, 16 wrong: nine wrong actions ("Could X go in W? And I'd like Y
in the other bowl." and 'I want X in W, and Y in the other bowl' put Y in W, five times; 'Pick up X, then Y, and put
the two of them in the bin.' binned only Y, twice; "Find the block that's farthest from the bowl of its own colour
and put it in that bowl." moved another block; 'X and Y: are they both sitting in bowls?' was planned as moves) and
seven wrong replies ("What's the fullest bowl?", 'Look at X and Y. Are both of them in bowls?', three times, and
'Counting from the right, which is the second block?', three times).
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
    empty,
    kept,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel

GAP = 0.03  # metres: how far apart "leftmost", "nearest" and the like must be from the runner-up
GROUND = (TABLE, *PLACES)
BIN_ROOM = len(layout.BIN_SLOTS)


# ----- helpers ----------------------------------------------------------------------------------------
def _via(check: Check, *moves: tuple[str, str]) -> Check:
    """The check, with the moves that were meant (for the self-check only)."""
    check.moves = moves  # type: ignore[attr-defined]
    return check


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _bin_room(w: World, k: int) -> bool:
    return sum(w.state.base(b) == BIN for b in w.blocks) + k <= BIN_ROOM


def _height(w: World, b: str) -> int:
    """Blocks in b's tower from the bottom up to b, b included."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _can_stack(w: World, top: str, on: str) -> bool:
    s = w.state
    return (
        top != on
        and s.is_clear(top)
        and s.is_clear(on)
        and s.support[top] != on
        and _height(w, on) < layout.MAX_TOWER
    )


def _free(w: World) -> list[str]:
    """Clear blocks not in the bin: the ones that can be picked up at once."""
    return w.clear_blocks()


def _loose(w: World) -> list[str]:
    """Blocks standing by themselves on the table: on nothing, with nothing on them."""
    return [b for b in w.blocks if w.state.support[b] in GROUND and w.state.is_clear(b)]


def _towers(w: World) -> list[list[str]]:
    """Every stack of two or more, bottom first (on the table or in a bowl)."""
    s = w.state
    out = []
    for b in w.blocks:
        if s.support[b] not in s.support and s.support[b] != BIN and not s.is_clear(b):
            out.append([b, *s.above(b)[::-1]])
    return out


def _side(
    w: World, items: list[str], side: str, k: int = 1, gaps: tuple[int, ...] = (0,)
) -> list[str]:
    """The k items furthest to `side`, or [] when the gaps after the listed positions are under GAP."""
    if len(items) < k + 1:
        return []
    order = sorted(items, key=w.y, reverse=side == "right")
    ys = [w.y(b) for b in order]
    if any(abs(ys[i + 1] - ys[i]) < GAP for i in gaps):
        return []
    return order[:k]


def _best(items: list[str], key, high: bool = False, margin: float = GAP) -> str | None:
    """The one item with the smallest (or largest) key, by `margin` ahead of the runner-up."""
    if not items:
        return None
    order = sorted(items, key=key, reverse=high)
    if len(order) > 1 and abs(key(order[0]) - key(order[1])) < margin:
        return None
    return order[0]


def _bin_dist(w: World, b: str) -> float:
    x, y = w.scene.get(b).position[:2]
    return ((x - layout.BIN_CENTER[0]) ** 2 + (y - layout.BIN_CENTER[1]) ** 2) ** 0.5


def _fullest(w: World, fewest: bool = False) -> str | None:
    if len(w.bowls) < 2:
        return None
    bowl = _best(w.bowls, lambda x: len(w.state.in_bowl(x)), high=not fewest, margin=1)
    if bowl is None or (not fewest and not w.state.in_bowl(bowl)):
        return None
    return bowl


def _the_empty_bowl(w: World) -> str | None:
    bowls = [x for x in w.bowls if not w.state.in_bowl(x)]
    return bowls[0] if len(w.bowls) >= 2 and len(bowls) == 1 else None


def _match_bowl(w: World, b: str) -> str | None:
    """The bowl of b's colour, if there is one and b is not in it yet."""
    bowl = next((x for x in w.bowls if w.colour(x) == w.colour(b)), None)
    if bowl is None or w.state.base(b) == bowl or w.state.base(b) == BIN:
        return None
    return bowl


def _on_table_any(*blocks: str) -> Check:
    """Each block stands on the table, on it directly or on other blocks there."""
    return lambda _i, f: all(f.base(b) in GROUND for b in blocks)


def _pick_pair(w: World) -> tuple[str, str] | None:
    """(top, below): a clear block resting on a block."""
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    return w.rng.choice(pairs) if pairs else None


def _most_word(side: str) -> str:
    return "leftmost" if side == "left" else "rightmost"


# ----- imperative --------------------------------------------------------------------------------------
def t85_imp_stack(w: World) -> Made:
    pair = _pick_pair(w)
    if pair is None or not _bin_room(w, 1):
        return None
    top, below = pair
    text = w.rng.choice(
        [
            f"Put the block on top of the {below} in the bin.",
            f"Take whatever is sitting on the {below} and drop it in the bin.",
            f"Grab the block stacked on the {below} and throw it in the bin.",
        ]
    )
    return text, _via(binned([top]), (top, BIN))


def t85_imp_rank(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    found = _side(w, w.blocks, side)
    if not found or found[0] not in _free(w):
        return None
    b = found[0]
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the {_most_word(side)} block in the {bowl}.",
            f"Pick up the block furthest to the {side} and put it in the {bowl}.",
            f"Move the block on the far {side} into the {bowl}.",
        ]
    )
    return text, _via(rels(Rel("in", b, bowl)), (b, bowl))


def t85_imp_most(w: World) -> Made:
    bowls = [x for x in w.bowls if not w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    b = _best(cands, lambda b: w.dist(b, bowl))
    if b is None or b not in _free(w):
        return None
    text = w.rng.choice(
        [
            f"Put the block closest to the {bowl} into it.",
            f"Find the block nearest the {bowl} and drop it in that bowl.",
            f"Whichever block is nearest to the {bowl}, put it in there.",
        ]
    )
    return text, _via(rels(Rel("in", b, bowl)), (b, bowl))


def t85_imp_other(w: World) -> Made:
    if len(w.bowls) != 2:
        return None
    cands = [b for b in _free(w) if w.state.base(b) in w.bowls]
    if not cands:
        return None
    b = w.rng.choice(cands)
    here = w.state.base(b)
    there = next(x for x in w.bowls if x != here)
    if not _room(w, there):
        return None
    text = w.rng.choice(
        [
            f"Take the {b} out of the {here} and put it in the other bowl.",
            f"The {b} is in the wrong bowl; move it to the other one.",
            f"Move the {b} from the {here} over to the other bowl.",
        ]
    )
    return text, _via(rels(Rel("in", b, there)), (b, there))


def t85_imp_anaphor(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if not pair or not _bin_room(w, 2):
        return None
    a, b = pair
    text = w.rng.choice(
        [
            f"See the {a} and the {b}? Put both of them in the bin.",
            f"Pick up the {a}, then the {b}, and put the two of them in the bin.",
            f"The {a} and the {b}: toss them both in the bin.",
        ]
    )
    return text, _via(binned([a, b]), (a, BIN), (b, BIN))


def t85_imp_alone(w: World) -> Made:
    bowl = _the_empty_bowl(w)
    cands = [b for b in _free(w) if w.state.base(b) not in w.bowls]
    if bowl is None or not cands:
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {b} in the empty bowl.",
            f"Drop the {b} into the bowl that's still empty.",
            f"There's one empty bowl; put the {b} in it.",
        ]
    )
    return text, _via(rels(Rel("in", b, bowl)), (b, bowl))


# ----- declarative -------------------------------------------------------------------------------------
def t85_dec_stack(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs or not _bin_room(w, 1):
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The block underneath the {top} belongs in the bin.",
            f"The block the {top} is sitting on goes in the bin.",
            f"Whatever block is beneath the {top} should be in the bin.",
        ]
    )
    clearing = [(x, TABLE) for x in w.state.above(below)]
    return text, _via(binned([below]), *clearing, (below, BIN))


def t85_dec_rank(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    found = _side(w, w.bowls, side)
    if not found or not _room(w, found[0]):
        return None
    bowl = found[0]
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"The {b} goes in the {_most_word(side)} bowl.",
            f"The {b} belongs in the bowl furthest to the {side}.",
            f"The bowl on the far {side} is where the {b} should be.",
        ]
    )
    return text, _via(rels(Rel("in", b, bowl)), (b, bowl))


def t85_dec_most(w: World) -> Made:
    tower = _best(_towers(w), len, high=True, margin=1)
    if tower is None:
        return None
    top = tower[-1]
    bowls = [x for x in w.bowls if x != w.state.base(top) and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"The block on top of the tallest stack goes in the {bowl}.",
            f"The top block of the highest tower belongs in the {bowl}.",
            f"Whatever block is at the top of the tallest tower should be in the {bowl}.",
        ]
    )
    return text, _via(rels(Rel("in", top, bowl)), (top, bowl))


def t85_dec_other(w: World) -> Made:
    if not _bin_room(w, 1) or not _free(w):
        return None
    b = w.rng.choice(_free(w))
    rest = [x for x in w.blocks if x != b]
    text = w.rng.choice(
        [
            f"The {b} goes in the bin, and the other blocks stay where they are.",
            f"Only the {b} goes in the bin; the rest stay put.",
            f"The {b} belongs in the bin. Everything else is fine where it is.",
        ]
    )
    return text, _via(both(binned([b]), kept(*rest)), (b, BIN))


def t85_dec_anaphor(w: World) -> Made:
    bowls = [x for x in w.bowls if _room(w, x, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    pair = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if not pair:
        return None
    a, b = pair
    text = w.rng.choice(
        [
            f"The {a} and the {b}: both of them go in the {bowl}.",
            f"The {a} goes in the {bowl}, and the {b} goes in there with it.",
            f"The {a} and the {b} both belong in the {bowl}.",
        ]
    )
    return text, _via(
        rels(Rel("in", a, bowl), Rel("in", b, bowl)), (a, bowl), (b, bowl)
    )


def t85_dec_alone(w: World) -> Made:
    bowls = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.state.in_bowl(bowl)[0]
    text = w.rng.choice(
        [
            f"The lone block in the {bowl} belongs on the table.",
            f"The only block in the {bowl} should be on the table.",
            f"The {bowl} has just one block in it, and that block goes on the table.",
        ]
    )
    return text, _via(rels(Rel("on_table", b)), (b, TABLE))


# ----- desiderative ------------------------------------------------------------------------------------
def t85_des_stack(w: World) -> Made:
    pair = _pick_pair(w)
    if pair is None:
        return None
    top, below = pair
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I'd like the block on top of the {below} moved to the {place}.",
            f"I want whatever's stacked on the {below} over at the {place}.",
            f"I'd love the block sitting on the {below} to end up in the {place}.",
        ]
    )
    return text, _via(rels(Rel("at", top, place)), (top, place))


def t85_des_rank(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    found = _side(w, w.blocks, side, k=2, gaps=(0, 1))
    if not found or found[1] not in _free(w) or not _bin_room(w, 1):
        return None
    b = found[1]
    text = w.rng.choice(
        [
            f"I'd like the second block from the {side} in the bin.",
            f"I want the block that's second from the {side} thrown in the bin.",
            f"Counting from the {side}, I'd like the second block put in the bin.",
        ]
    )
    return text, _via(binned([b]), (b, BIN))


def t85_des_most(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    b = _best(cands, lambda b: _bin_dist(w, b), high=True)
    if b is None or b not in _free(w) or not _bin_room(w, 1):
        return None
    text = w.rng.choice(
        [
            "I'd like the block furthest from the bin put into the bin.",
            "I want the block that's farthest away from the bin moved into it.",
            "Whichever block is furthest from the bin, I'd like it in the bin.",
        ]
    )
    return text, _via(binned([b]), (b, BIN))


def t85_des_other(w: World) -> Made:
    if len(w.bowls) != 2 or not all(_room(w, x) for x in w.bowls):
        return None
    pair = w.pick([b for b in _free(w) if w.state.base(b) not in w.bowls], 2)
    if not pair:
        return None
    a, b = pair
    first, second = w.rng.sample(w.bowls, 2)
    text = w.rng.choice(
        [
            f"I'd like the {a} in the {first} and the {b} in the other one.",
            f"I want the {a} in the {first}, and the {b} in the other bowl.",
            f"Could the {a} go in the {first}? And I'd like the {b} in the other bowl.",
        ]
    )
    check = rels(Rel("in", a, first), Rel("in", b, second))
    return text, _via(check, (a, first), (b, second))


def t85_des_anaphor(w: World) -> Made:
    bases = [b for b in _free(w) if w.state.support[b] in GROUND]
    if not bases:
        return None
    base = w.rng.choice(bases)
    pair = w.pick([b for b in _free(w) if b != base], 2)
    if not pair:
        return None
    a, c = pair
    text = w.rng.choice(
        [
            f"I'd like the {a} on the {base}, and then the {c} on top of both of them.",
            f"I want the {a} stacked on the {base}, with the {c} on top of those two.",
            f"I'd like a stack: the {a} on the {base}, and the {c} on top of that pair.",
        ]
    )
    check = rels(Rel("on", a, base), Rel("on", c, a))
    return text, _via(check, (a, base), (c, a))


def t85_des_alone(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1 or w.state.support[towers[0][0]] not in GROUND:
        return None
    tower = towers[0]
    text = w.rng.choice(
        [
            "I'd like the only stack on the table taken apart, every block of it on the table.",
            "I want that one tower unstacked so that its blocks all sit on the table.",
            "There's just one stack; I'd like it taken down, each block straight on the table.",
        ]
    )
    check = rels(*(Rel("on_table", b) for b in tower))
    return text, _via(check, *((b, TABLE) for b in tower[:0:-1]))


# ----- quantified --------------------------------------------------------------------------------------
def t85_qua_stack(w: World) -> Made:
    tops = [t for t, _ in w.pairs() if w.state.base(t) != BIN]
    if not tops:
        return None
    text = w.rng.choice(
        [
            "Put every block that's sitting on another block down on the table.",
            "Take all the blocks that are stacked on top of other blocks and set them on the table.",
            "Anything resting on another block: put it on the table, all of them.",
        ]
    )
    order = sorted(tops, key=lambda b: -_height(w, b))
    return text, _via(
        rels(*(Rel("on_table", b) for b in tops)), *((b, TABLE) for b in order)
    )


def t85_qua_rank(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    found = _side(
        w, [b for b in w.blocks if w.state.base(b) != BIN], side, k=2, gaps=(1,)
    )
    if not found or not _bin_room(w, 2):
        return None
    s = w.state
    if any(x not in found for b in found for x in s.above(b)):
        return None  # something else sits on one of them
    text = w.rng.choice(
        [
            f"Put the two {_most_word(side)} blocks in the bin.",
            f"The two blocks furthest to the {side}: both into the bin.",
            f"Throw the two blocks on the far {side} into the bin.",
        ]
    )
    order = sorted(found, key=lambda b: -_height(w, b))
    return text, _via(binned(found), *((b, BIN) for b in order))


def t85_qua_most(w: World) -> Made:
    bowl = _fullest(w)
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    if not _bin_room(w, len(inside)):
        return None
    text = w.rng.choice(
        [
            "Empty the bowl with the most blocks into the bin.",
            "Whichever bowl has the most blocks in it, tip all of them into the bin.",
            "Take every block out of the fullest bowl and put them in the bin.",
        ]
    )
    order = sorted(inside, key=lambda b: -_height(w, b))
    return text, _via(both(empty(bowl), binned(inside)), *((b, BIN) for b in order))


def t85_qua_other(w: World) -> Made:
    if not _free(w):
        return None
    b = w.rng.choice(w.blocks)
    rest = [x for x in w.blocks if x != b and w.state.base(x) != BIN]
    if len(rest) < 2 or not _bin_room(w, len(rest)):
        return None
    text = w.rng.choice(
        [
            f"Put all the blocks except the {b} in the bin.",
            f"Everything but the {b} goes in the bin, every last block.",
            f"Put every block other than the {b} in the bin.",
        ]
    )
    order = sorted([b, *rest], key=lambda x: -_height(w, x))
    moves = [(x, BIN) if x != b else (x, TABLE) for x in order]
    return text, _via(both(binned(rest), none_binned([b])), *moves)


def t85_qua_anaphor(w: World) -> Made:
    bowls = [x for x in w.bowls if _room(w, x)]
    if len(bowls) < 2:
        return None
    pair = w.pick([b for b in _free(w) if w.state.base(b) not in w.bowls], 2)
    if not pair:
        return None
    a, b = pair
    text = w.rng.choice(
        [
            f"Take the {a} and the {b} and put each of them in a different bowl.",
            f"The {a} and the {b}: give each one a bowl of its own.",
            f"Put the {a} and the {b} into bowls, one per bowl.",
        ]
    )

    def check(_i, f):
        return f.base(a) in f.bowls and f.base(b) in f.bowls and f.base(a) != f.base(b)

    return text, _via(check, (a, bowls[0]), (b, bowls[1]))


def t85_qua_alone(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    bowls = [x for x in w.bowls if _room(w, x, len(loose))]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put every block that's standing on its own into the {bowl}.",
            f"All the blocks that aren't stacked with anything and aren't in a bowl: put them in the {bowl}.",
            f"Gather up the blocks sitting by themselves on the table and put them all in the {bowl}.",
        ]
    )
    return text, _via(
        rels(*(Rel("in", b, bowl) for b in loose)), *((b, bowl) for b in loose)
    )


# ----- negated -----------------------------------------------------------------------------------------
def t85_neg_stack(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b) and w.state.base(b) != BIN]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Clear off the top of the {b}, but don't put anything in the bin.",
            f"Get everything off the {b}, just not into the bin.",
            f"Take whatever is stacked on the {b} off it, without using the bin.",
        ]
    )
    check = both(rels(Rel("clear", b)), kept(b), none_binned(w.blocks))
    return text, _via(check, *((x, TABLE) for x in w.state.above(b)))


def t85_neg_rank(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    found = _side(w, w.bowls, side)
    if not found:
        return None
    avoid = found[0]
    others = [x for x in w.bowls if x != avoid and _room(w, x)]
    cands = [b for b in _free(w) if w.state.base(b) not in w.bowls]
    if not others or not cands:
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {b} in a bowl, but not the {_most_word(side)} one.",
            f"Put the {b} in any bowl except the one furthest to the {side}.",
            f"Drop the {b} into a bowl, though not the bowl on the far {side}.",
        ]
    )
    return text, _via(
        lambda _i, f: f.base(b) in f.bowls and f.base(b) != avoid, (b, others[0])
    )


def t85_neg_most(w: World) -> Made:
    full = _fullest(w)
    if full is None:
        return None
    others = [x for x in w.bowls if x != full and _room(w, x)]
    cands = [b for b in _free(w) if w.state.base(b) not in w.bowls]
    if not others or not cands:
        return None
    b = w.rng.choice(cands)
    n = len(w.state.in_bowl(full))
    text = w.rng.choice(
        [
            f"Put the {b} in a bowl, just not the one with the most blocks in it.",
            f"Don't put the {b} in the fullest bowl; put it in one of the others.",
            f"The {b} goes in a bowl, but not the bowl that already has the most blocks.",
        ]
    )

    def check(_i, f):
        return f.base(b) in f.bowls and f.base(b) != full and len(f.in_bowl(full)) <= n

    return text, _via(check, (b, others[0]))


def t85_neg_other(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    s = w.state
    rest = [x for x in w.blocks if x not in pair and s.base(x) != BIN]
    if not rest or not _bin_room(w, len(rest)):
        return None
    for x in pair:  # nothing of the rest may be under a or b
        under = s.support[x]
        while under in s.support:
            if under not in pair:
                return None
            under = s.support[under]
    text = w.rng.choice(
        [
            f"Don't move the {a} or the {b}; put the rest in the bin.",
            f"Leave the {a} and the {b} alone and put all the other blocks in the bin.",
            f"Everything except the {a} and the {b} goes in the bin. Don't touch those two.",
        ]
    )
    order = sorted(rest, key=lambda x: -_height(w, x))
    return text, _via(both(binned(rest), kept(a, b)), *((x, BIN) for x in order))


def t85_neg_anaphor(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Put the {a} on top of the {b}, but don't move the {b} itself.",
            f"Stack the {a} on the {b}, and don't move the latter.",
            f"Set the {a} on the {b}; that second one stays exactly where it is.",
        ]
    )
    return text, _via(both(rels(Rel("on", a, b)), kept(b)), (a, b))


def t85_neg_alone(w: World) -> Made:
    bowl = _the_empty_bowl(w)
    if bowl is None:
        return None
    others = [x for x in w.bowls if x != bowl and _room(w, x)]
    cands = [b for b in _free(w) if w.state.base(b) not in w.bowls]
    if not others or not cands:
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {b} in a bowl, but not the empty one.",
            f"The {b} goes in a bowl, not the one with nothing in it.",
            f"Drop the {b} into one of the bowls that already has something in it, not the empty bowl.",
        ]
    )
    return text, _via(
        lambda _i, f: f.base(b) in f.bowls and f.base(b) != bowl, (b, others[0])
    )


# ----- relative ----------------------------------------------------------------------------------------
def t85_rel_stack(w: World) -> Made:
    pair = _pick_pair(w)
    if pair is None:
        return None
    top, below = pair
    cands = [x for x in _free(w) if _can_stack(w, x, top)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {x} on the block that's sitting on the {below}.",
            f"Stack the {x} on top of the block that's on the {below}.",
            f"Find the block that's resting on the {below} and put the {x} on it.",
        ]
    )
    return text, _via(rels(Rel("on", x, top)), (x, top))


def t85_rel_rank(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    found = _side(w, w.blocks, side)
    if not found:
        return None
    e = found[0]
    cands = [x for x in _free(w) if _can_stack(w, x, e)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {x} on the block that's furthest to the {side}.",
            f"Stack the {x} on whichever block is on the far {side}.",
            f"Put the {x} on top of the block that sits the furthest {side}.",
        ]
    )
    return text, _via(rels(Rel("on", x, e)), (x, e))


def t85_rel_most(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    b = _best(cands, lambda b: _bin_dist(w, b))
    if b is None or b not in _free(w):
        return None
    bowls = [x for x in w.bowls if x != w.state.base(b) and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the block that's nearest to the bin into the {bowl}.",
            f"Move the block that sits closest to the bin over to the {bowl}.",
            f"The block which is nearest the bin: put it in the {bowl}.",
        ]
    )
    return text, _via(rels(Rel("in", b, bowl)), (b, bowl))


def t85_rel_other(w: World) -> Made:
    if len(w.bowls) != 2:
        return None
    cands = [b for b in _free(w) if w.state.base(b) in w.bowls]
    if not cands:
        return None
    b = w.rng.choice(cands)
    there = next(x for x in w.bowls if x != w.state.base(b))
    if not _room(w, there):
        return None
    text = w.rng.choice(
        [
            f"Put the {b} into the bowl that it isn't in right now.",
            f"Move the {b} to the bowl it's not already sitting in.",
            f"Put the {b} in the bowl that doesn't have it.",
        ]
    )
    return text, _via(rels(Rel("in", b, there)), (b, there))


def t85_rel_anaphor(w: World) -> Made:
    anchors = [b for b in w.blocks if w.state.base(b) in w.bowls]
    if not anchors:
        return None
    ref = w.rng.choice(anchors)
    bowl = w.state.base(ref)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Find the {ref}. Put the {b} in the bowl it's sitting in.",
            f"You see the {ref}? The {b} goes in the same bowl as it.",
            f"Put the {b} in the bowl that holds the {ref}.",
        ]
    )
    return text, _via(rels(Rel("in", b, bowl)), (b, bowl))


def t85_rel_alone(w: World) -> Made:
    loose = _loose(w)
    if len(loose) != 1:
        return None
    e = loose[0]
    cands = [x for x in _free(w) if _can_stack(w, x, e)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {x} on the block that's standing by itself.",
            f"Stack the {x} on top of the block that isn't stacked with anything or in a bowl.",
            f"There's one block sitting all on its own on the table; put the {x} on it.",
        ]
    )
    return text, _via(rels(Rel("on", x, e)), (x, e))


# ----- keep --------------------------------------------------------------------------------------------
def t85_keep_stack(w: World) -> Made:
    pair = _pick_pair(w)
    if pair is None:
        return None
    top, below = pair
    bowls = [x for x in w.bowls if x != w.state.base(top) and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the {top} in the {bowl}, and keep the block it's sitting on where it is.",
            f"Move the {top} into the {bowl}, but the block underneath it stays put.",
            f"Put the {top} in the {bowl}; keep whatever it's resting on right where it is.",
        ]
    )
    return text, _via(both(rels(Rel("in", top, bowl)), kept(below)), (top, bowl))


def t85_keep_rank(w: World) -> Made:
    lefts, rights = _side(w, w.blocks, "left"), _side(w, w.blocks, "right")
    if not lefts or not rights or not _bin_room(w, 1):
        return None
    go, stay = (lefts[0], rights[0]) if w.rng.random() < 0.5 else (rights[0], lefts[0])
    if go not in _free(w) or go == stay:
        return None
    side_go, side_stay = ("left", "right") if go == lefts[0] else ("right", "left")
    text = w.rng.choice(
        [
            (
                f"Put the {_most_word(side_go)} block in the bin but leave the {_most_word(side_stay)} one"
                " where it is."
            ),
            (
                f"Bin the block furthest to the {side_go}, and keep the one furthest to the {side_stay} in"
                " its place."
            ),
            f"The block on the far {side_go} goes in the bin; the one on the far {side_stay} stays put.",
        ]
    )
    return text, _via(both(binned([go]), kept(stay)), (go, BIN))


def t85_keep_most(w: World) -> Made:
    full = _fullest(w)
    if full is None:
        return None
    inside = w.state.in_bowl(full)
    keep = [b for b in w.blocks if w.state.base(b) in w.bowls and b not in inside]
    text = w.rng.choice(
        [
            "Empty the fullest bowl onto the table, but keep the other bowls as they are.",
            (
                "Take the blocks out of the bowl with the most in it and put them on the table. Leave the"
                " other bowls alone."
            ),
            (
                "Whichever bowl has the most blocks, tip them out onto the table; the rest of the bowls"
                " stay as they are."
            ),
        ]
    )
    order = sorted(inside, key=lambda b: -_height(w, b))
    check = both(empty(full), _on_table_any(*inside), kept(*keep))
    return text, _via(check, *((b, TABLE) for b in order))


def t85_keep_other(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    rest = [x for x in w.blocks if x != a]
    text = w.rng.choice(
        [
            f"Stack the {a} on the {b} and keep the rest where they are.",
            f"Put the {a} on the {b}. The other blocks stay exactly where they are.",
            f"Set the {a} on top of the {b}, and don't move any of the others.",
        ]
    )
    return text, _via(both(rels(Rel("on", a, b)), kept(*rest)), (a, b))


def t85_keep_anaphor(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, c = trio
    s = w.state
    if not s.is_clear(c) or s.base(c) == BIN or not _bin_room(w, 1):
        return None
    text = w.rng.choice(
        [
            f"Don't move the {a} or the {b}; keep both of them where they are, and put the {c} in the bin.",
            f"Put the {c} in the bin. The {a} and the {b} stay right where they are, both of them.",
            f"Leave the {a} and the {b} as they are, the two of them, and throw the {c} in the bin.",
        ]
    )
    return text, _via(both(binned([c]), kept(a, b)), (c, BIN))


def t85_keep_alone(w: World) -> Made:
    bowl = _the_empty_bowl(w)
    cands = [b for b in _free(w) if w.state.base(b) not in w.bowls]
    if bowl is None or not cands:
        return None
    b = w.rng.choice(cands)
    rest = [x for x in w.blocks if x != b]
    text = w.rng.choice(
        [
            f"Put the {b} in the empty bowl, and keep every other block where it is.",
            f"Move the {b} into the bowl with nothing in it. Nothing else moves.",
            f"The {b} goes in the empty bowl; the rest of the blocks stay put.",
        ]
    )
    return text, _via(both(rels(Rel("in", b, bowl)), kept(*rest)), (b, bowl))


# ----- multi-step --------------------------------------------------------------------------------------
def t85_multi_stack(w: World) -> Made:
    pairs = [
        (t, b) for t, b in w.pairs() if w.state.is_clear(t) and w.state.base(b) != BIN
    ]
    if not pairs or not _bin_room(w, 1):
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            (
                f"First take the block off the top of the {below} and put it on the table, then put the"
                f" {below} in the bin."
            ),
            f"Lift the block that's sitting on the {below} onto the table, and after that bin the {below}.",
            f"Move whatever's on top of the {below} to the table. Then put the {below} in the bin.",
        ]
    )
    check = rels(Rel("on_table", top), Rel("in_bin", below))
    return text, _via(check, (top, TABLE), (below, BIN))


def t85_multi_rank(w: World) -> Made:
    lefts, rights = _side(w, w.blocks, "left"), _side(w, w.blocks, "right")
    if not lefts or not rights:
        return None
    a, b = lefts[0], rights[0]
    if a == b or a not in _free(w) or b not in _free(w):
        return None
    bowls = [
        x
        for x in w.bowls
        if _room(w, x, 2) and x not in (w.state.base(a), w.state.base(b))
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the leftmost block in the {bowl}, then put the rightmost block in it too.",
            f"First the block on the far left goes into the {bowl}, and then the one on the far right.",
            (
                f"Take the block furthest to the left and put it in the {bowl}; after that, do the same with"
                " the block furthest to the right."
            ),
        ]
    )
    return text, _via(
        rels(Rel("in", a, bowl), Rel("in", b, bowl)), (a, bowl), (b, bowl)
    )


def t85_multi_most(w: World) -> Made:
    tower = _best(_towers(w), len, high=True, margin=1)
    if tower is None or not _bin_room(w, 1):
        return None
    top, under = tower[-1], tower[-2]
    bowls = [x for x in w.bowls if x != w.state.base(top) and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            (
                f"Take the top block off the tallest stack and put it in the bin, then put the block that"
                f" was under it in the {bowl}."
            ),
            f"Bin the block at the top of the highest tower. Next, the block below it goes in the {bowl}.",
            (
                f"First the top of the tallest tower goes in the bin, and then the one it was sitting on"
                f" goes in the {bowl}."
            ),
        ]
    )
    check = rels(Rel("in_bin", top), Rel("in", under, bowl))
    return text, _via(check, (top, BIN), (under, bowl))


def t85_multi_other(w: World) -> Made:
    bowls = [x for x in w.bowls if len(w.state.in_bowl(x)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in inside if w.state.is_clear(b)]
    b = w.rng.choice(cands)
    rest = [x for x in inside if x != b]
    if not _bin_room(w, len(rest)):
        return None
    text = w.rng.choice(
        [
            (
                f"Take the {b} out of the {bowl} and put it on the table, then put the rest of what's in"
                " that bowl in the bin."
            ),
            (
                f"First move the {b} from the {bowl} to the table. After that, the other blocks in the"
                f" {bowl} go in the bin."
            ),
            f"Put the {b} on the table, and then bin everything else that's in the {bowl}.",
        ]
    )
    order = sorted(rest, key=lambda x: -_height(w, x))
    check = both(rels(Rel("on_table", b)), binned(rest))
    return text, _via(check, (b, TABLE), *((x, BIN) for x in order))


def t85_multi_anaphor(w: World) -> Made:
    bowls = [x for x in w.bowls if _room(w, x, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    pairs = [
        (a, b)
        for a in _free(w)
        for b in _free(w)
        if _can_stack(w, a, b) and w.state.base(b) != bowl
    ]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Pick up the {a} and put it on the {b}. Then put both of them in the {bowl}.",
            f"Stack the {a} on the {b}, and after that move the two of them into the {bowl}.",
            f"First put the {a} on top of the {b}; then both of those go in the {bowl}.",
        ]
    )
    check = rels(Rel("in", a, bowl), Rel("in", b, bowl))
    return text, _via(check, (a, b), (a, TABLE), (b, bowl), (a, b))


def t85_multi_alone(w: World) -> Made:
    bowl = _the_empty_bowl(w)
    pair = w.pick([b for b in _free(w) if w.state.base(b) not in w.bowls], 2)
    if bowl is None or not pair:
        return None
    a, b = pair
    text = w.rng.choice(
        [
            f"Put the {a} in the empty bowl, then put the {b} on top of it.",
            f"First the {a} goes into the bowl that's empty. Then stack the {b} on the {a}.",
            f"Drop the {a} in the empty bowl, and after that set the {b} on top of it.",
        ]
    )
    check = rels(Rel("in", a, bowl), Rel("on", b, a))
    return text, _via(check, (a, bowl), (b, a))


# ----- questions ---------------------------------------------------------------------------------------
def t85_q_stack(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"What's sitting on top of the {below}?",
                f"Which block is on the {below}?",
            ]
        )
        return text, answered(top)
    text = w.rng.choice(
        [f"What is the {top} resting on?", f"Which block is underneath the {top}?"]
    )
    return text, answered(below)


def t85_q_rank(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    if w.rng.random() < 0.5:
        found = _side(w, w.blocks, side)
        if not found:
            return None
        text = w.rng.choice(
            [
                f"Which block is furthest to the {side}?",
                f"What's the {_most_word(side)} block?",
                f"Which block is on the far {side}?",
            ]
        )
        return text, answered(found[0])
    found = _side(w, w.blocks, side, k=2, gaps=(0, 1))
    if not found:
        return None
    text = w.rng.choice(
        [
            f"Which block is second from the {side}?",
            f"Counting from the {side}, which is the second block?",
        ]
    )
    return text, answered(found[1])


def t85_q_most(w: World) -> Made:
    fewest = w.rng.random() < 0.4
    bowl = _fullest(w, fewest=fewest)
    if bowl is None:
        return None
    if fewest:
        text = w.rng.choice(
            [
                "Which bowl has the fewest blocks in it?",
                "Which bowl holds the fewest blocks?",
            ]
        )
    else:
        text = w.rng.choice(
            [
                "Which bowl has the most blocks in it?",
                "What's the fullest bowl?",
                "Which of the bowls holds the most blocks?",
            ]
        )
    return text, answered(bowl)


def t85_q_other(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) in w.bowls]
    cands = [b for b in cands if len(w.state.in_bowl(w.state.base(b))) >= 2]
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    n = len(w.state.in_bowl(bowl)) - 1
    text = w.rng.choice(
        [
            f"Besides the {b}, how many blocks are in the {bowl}?",
            f"Apart from the {b}, how many other blocks does the {bowl} hold?",
            f"Not counting the {b}, how many blocks are in the {bowl}?",
        ]
    )
    return text, answered(str(n))


def t85_q_anaphor(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    flag = all(w.state.base(x) in w.bowls for x in pair)
    text = w.rng.choice(
        [
            f"Look at the {a} and the {b}. Are both of them in bowls?",
            f"The {a} and the {b}: are they both sitting in bowls?",
            f"Take the {a} and the {b}. Is each of them in a bowl?",
        ]
    )
    return text, answered(yes(flag))


def t85_q_alone(w: World) -> Made:
    bowl = _the_empty_bowl(w)
    if bowl is None:
        return None
    text = w.rng.choice(
        [
            "Which bowl is empty?",
            "Which bowl has nothing in it?",
            "One of the bowls is empty. Which one?",
        ]
    )
    return text, answered(bowl)


# ----- matching ----------------------------------------------------------------------------------------
def t85_match_stack(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t) and _match_bowl(w, t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _match_bowl(w, top)
    if not _room(w, bowl):
        return None
    text = w.rng.choice(
        [
            f"Put the block on top of the {below} into the bowl of the same colour.",
            f"Take whatever block is sitting on the {below} and put it in the bowl that matches it.",
            f"The block stacked on the {below} goes in the bowl that's its colour.",
        ]
    )
    return text, _via(rels(Rel("in", top, bowl)), (top, bowl))


def t85_match_rank(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    found = _side(w, w.blocks, side)
    if not found or found[0] not in _free(w):
        return None
    b = found[0]
    bowl = _match_bowl(w, b)
    if bowl is None or not _room(w, bowl):
        return None
    text = w.rng.choice(
        [
            f"Put the {_most_word(side)} block in the bowl that matches its colour.",
            f"Take the block furthest to the {side} and put it in the bowl of the same colour.",
            f"The block on the far {side} goes into its matching bowl.",
        ]
    )
    return text, _via(rels(Rel("in", b, bowl)), (b, bowl))


def t85_match_most(w: World) -> Made:
    cands = [b for b in w.blocks if _match_bowl(w, b)]
    if len(cands) < 2:
        return None
    b = _best(cands, lambda b: w.dist(b, _match_bowl(w, b)), high=True)
    if b is None or b not in _free(w):
        return None
    bowl = _match_bowl(w, b)
    if not _room(w, bowl):
        return None
    text = w.rng.choice(
        [
            (
                "Of the blocks that have a bowl of their colour, take the one furthest from its bowl and"
                " put it in that bowl."
            ),
            "Find the block that's farthest from the bowl of its own colour and put it in that bowl.",
            "Whichever block is furthest away from its matching bowl: move it into that bowl.",
        ]
    )
    return text, _via(rels(Rel("in", b, bowl)), (b, bowl))


def t85_match_other(w: World) -> Made:
    cands = [b for b in w.blocks if _match_bowl(w, b)]
    if len(cands) < 2:
        return None
    skip = w.rng.choice(cands)
    rest = [b for b in cands if b != skip]
    if not all(_room(w, _match_bowl(w, b)) for b in rest):
        return None
    if any(x not in rest for b in rest for x in w.state.above(b)):
        return None
    skip_bowl = _match_bowl(w, skip)
    text = w.rng.choice(
        [
            f"Put every block that has a bowl of its colour into that bowl, except the {skip}.",
            f"Apart from the {skip}, put each block in the bowl that matches it.",
            f"Leave the {skip} out of it and put the other blocks in their matching bowls.",
        ]
    )
    want = [Rel("in", b, _match_bowl(w, b)) for b in rest]
    check = both(rels(*want), lambda _i, f: f.base(skip) != skip_bowl)
    order = sorted(rest, key=lambda x: -_height(w, x))
    return text, _via(check, *((b, _match_bowl(w, b)) for b in order))


def t85_match_anaphor(w: World) -> Made:
    cands = [b for b in _free(w) if _match_bowl(w, b) and _room(w, _match_bowl(w, b))]
    pair = w.pick(cands, 2)
    if not pair:
        return None
    a, b = pair
    text = w.rng.choice(
        [
            f"See the {a} and the {b}? Put both of them in the bowls that match their colours.",
            f"Take the {a} and the {b} and put each of them in the bowl of its own colour.",
            f"The {a} and the {b}: both go into their matching bowls.",
        ]
    )
    check = rels(Rel("in", a, _match_bowl(w, a)), Rel("in", b, _match_bowl(w, b)))
    return text, _via(check, (a, _match_bowl(w, a)), (b, _match_bowl(w, b)))


def t85_match_alone(w: World) -> Made:
    bowl_colours = {w.colour(x) for x in w.bowls}
    matched = [b for b in w.blocks if w.colour(b) in bowl_colours]
    if len(matched) != 1:
        return None
    b = matched[0]
    bowl = _match_bowl(w, b)
    if bowl is None or b not in _free(w) or not _room(w, bowl):
        return None
    text = w.rng.choice(
        [
            "Only one block has the same colour as a bowl; put it in that bowl.",
            "There's a single block that matches one of the bowls. Put it in its bowl.",
            "Find the one block whose colour matches a bowl, and put it into that bowl.",
        ]
    )
    return text, _via(rels(Rel("in", b, bowl)), (b, bowl))


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
_STYLES = ("stack", "rank", "most", "other", "anaphor", "alone")
FRESH85: list[Template] = [
    (f"t85_{short}_{style}", category, globals()[f"t85_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
