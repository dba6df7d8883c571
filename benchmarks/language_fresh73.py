"""`FRESH73`, the seventy-fourth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: places and directions, said the way people say them: the four corners of the table, its middle, things
near or far from the bin or a bowl, the left and right halves of the table, and how things get there. The six
styles, one per category:

- corner: the corners in different words ("Pop the red block in the upper left corner.");
- middle: the middle or centre of the table ("I want the blue block right in the centre of the table.");
- landmark: a place or an object picked out by the bin or a bowl ("Could you put the green block in the corner
  nearest the white bowl?", "Move the block closest to the bin to the middle of the table.");
- side: the left and right halves or sides of the table ("Take the block on the far left and put it in the
  bottom right corner.", "I'd like the red block in the right-hand corner closest to you.");
- verb: movement verbs, slide, shift, nudge, carry, bring ("Slide the yellow block over to the bottom left
  corner.");
- pile: a place together with a stack or a count ("Make a stack in the top right corner: the red block on the
  bottom and the blue block on top.", "Put any two blocks in the middle of the table.").

"Top" is the side of the table nearest the robot (small x), "left" is smaller y, as in the front camera's image;
the bin stands off the right-hand side. Every sentence names or describes one place unambiguously; a template
returns None when the scene makes its description a near tie (under 3 cm, or 5 cm for a bowl against a corner).

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 22987a4, after every fix before it and before anything it could prompt):
0.587 goal-correct (176 of 300), 86 refused, 21 asked, 12 wrong, 5 crashed: seven wrong actions ('I'd like the X and Y
blocks stacked up in the top right corner' put both in the corner side by side; '..., then put the yellow block in that
same corner' put it in the bowl a block had left; 'the left-hand corner at the top' read as a block), five wrong replies
('How many blocks are there on the right half of the table?' answered that there is no such thing) and five crashes
('Is the pink block on the left side of the table?' raised StopIteration).
"""

from __future__ import annotations

import math

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    both,
    kept,
    matching,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import TABLE
from sim.core.relations import Rel, holds

MIDDLE = "middle"
CORNERS = [p for p in layout.PLACES if p.endswith("corner")]
NEAR = 0.03  # metres: closer than this is a near tie
BOWL_NEAR = 0.05


# ----- helpers --------------------------------------------------------------------------------------
def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _to(w: World, name: str, point: tuple[float, float]) -> float:
    x, y = _xy(w, name)
    return math.hypot(x - point[0], y - point[1])


def _to_place(w: World, name: str, place: str) -> float:
    return _to(w, name, layout.PLACES[place])


def _to_bin(w: World, name: str) -> float:
    return _to(w, name, layout.BIN_CENTER)


def _least(names: list[str], key, margin: float = NEAR) -> str | None:
    """The name with the smallest key, when the runner-up is at least `margin` behind."""
    ranked = sorted(names, key=key)
    if not ranked:
        return None
    if len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < margin:
        return None
    return ranked[0]


def _loose(w: World) -> list[str]:
    """Blocks lying on the table on their own: nothing under them, nothing on them."""
    return [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]


def _the(name: str) -> str:
    return f"the {name}"


def _corner(w: World, place: str) -> str:
    """A corner said one of the ways people say it."""
    v, h = place.split()[:2]
    upper = "upper" if v == "top" else "lower"
    return w.rng.choice(
        [
            f"the {v} {h} corner",
            f"the {v}-{h} corner",
            f"the {upper} {h} corner",
            f"the {h}-hand corner at the {v}",
        ]
    )


def _middle(w: World) -> str:
    return w.rng.choice(
        [
            "the middle of the table",
            "the centre of the table",
            "the middle",
            "the very middle of the table",
        ]
    )


def _side_of(w: World, name: str, margin: float = NEAR) -> str | None:
    y = w.y(name)
    if abs(y) < margin:
        return None
    return "left" if y < 0 else "right"


def _extreme(w: World, side: str) -> str | None:
    """The block furthest to one side, when it clearly beats the rest (so it is in no stack)."""
    sign = 1.0 if side == "left" else -1.0
    b = _least(w.blocks, lambda n: sign * w.y(n))
    return b if b is not None and w.state.is_clear(b) else None


def _half(w: World, side: str, margin: float = NEAR) -> list[str] | None:
    """Blocks on one half of the table; None when a block sits too near the middle line."""
    if any(abs(w.y(b)) < margin for b in w.blocks):
        return None
    return [b for b in w.blocks if (w.y(b) < 0) == (side == "left")]


def _at(*blocks: str, place: str) -> Check:
    return rels(*(Rel("at", b, place) for b in blocks))


def _at_any(block: str, places: list[str]) -> Check:
    return lambda _i, f: any(holds(Rel("at", block, p), f) for p in places)


def _unmatched(w: World) -> list[str]:
    colours = {w.colour(b) for b in w.bowls}
    return [b for b in w.blocks if w.colour(b) not in colours]


def _matching_block(w: World, bowl: str) -> str | None:
    return next((b for b in w.blocks if w.colour(b) == w.colour(bowl)), None)


def _nearest_block_to_bin(w: World) -> str | None:
    return _least(w.blocks, lambda n: _to_bin(w, n))


def _stack_bottoms(w: World) -> list[str]:
    """The lowest block of every stack (two or more blocks, on the table or in a bowl)."""
    out = []
    for top, _below in w.pairs():
        b = top
        while w.state.support[b] in w.state.support:
            b = w.state.support[b]
        if b not in out:
            out.append(b)
    return out


# ----- imperative -----------------------------------------------------------------------------------
def t73_imp_corner(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(CORNERS)
    frame = w.rng.choice(
        [
            "Pop {b} in {c}.",
            "Put {b} over there in {c}.",
            "Stick {b} in {c}, would you.",
        ]
    )
    return frame.format(b=_the(b[0]), c=_corner(w, place)), _at(b[0], place=place)


def t73_imp_middle(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    frame = w.rng.choice(
        ["Put {b} in {m}.", "Move {b} to {m}.", "Set {b} down in {m}."]
    )
    return frame.format(b=_the(b[0]), m=_middle(w)), _at(b[0], place=MIDDLE)


def t73_imp_landmark(w: World) -> Made:
    b = _nearest_block_to_bin(w)
    if b is None or not w.state.is_clear(b):
        return None
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    frame = w.rng.choice(
        [
            "Move the block closest to the bin to {p}.",
            "Take whichever block is nearest the bin and put it in {p}.",
        ]
    )
    return frame.format(p=where), _at(b, place=place)


def t73_imp_side(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    b = _extreme(w, side)
    if b is None:
        return None
    place = w.rng.choice(CORNERS)
    frame = w.rng.choice(
        [
            "Take the block on the far {s} and put it in {c}.",
            "Move the {s}most block to {c}.",
        ]
    )
    return frame.format(s=side, c=_corner(w, place)), _at(b, place=place)


def t73_imp_verb(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    if _to_place(w, b[0], place) < 0.2:
        verb = "Nudge {b} into {p}."
    else:
        verb = w.rng.choice(
            ["Slide {b} over to {p}.", "Shift {b} to {p}.", "Bring {b} over to {p}."]
        )
    return verb.format(b=_the(b[0]), p=where), _at(b[0], place=place)


def t73_imp_pile(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    below, top = pair
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    text = f"Make a stack in {where}: the {below} on the bottom and the {top} on top."
    return text, rels(Rel("on", top, below), Rel("at", below, place))


# ----- declarative ----------------------------------------------------------------------------------
def t73_dec_corner(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(CORNERS)
    frame = w.rng.choice(["{B} belongs in {c}.", "{B} goes in {c}."])
    text = frame.format(B=_the(b[0]).capitalize(), c=_corner(w, place))
    return text, _at(b[0], place=place)


def t73_dec_middle(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    frame = w.rng.choice(
        ["{B} goes in {m}.", "The middle of the table is where {b} goes."]
    )
    text = frame.format(B=_the(b[0]).capitalize(), b=_the(b[0]), m=_middle(w))
    return text, _at(b[0], place=MIDDLE)


def t73_dec_landmark(w: World) -> Made:
    place = w.rng.choice(CORNERS)
    bowl = w.pick(w.bowls)
    if bowl:
        others = [b for b in w.blocks if w.state.base(b) != bowl[0]]
        b = _least(others, lambda n: w.dist(n, bowl[0]), 0.04)
        if b is not None and b in _loose(w) and w.dist(b, bowl[0]) < 0.17:
            text = f"The block next to the {bowl[0]} goes in {_corner(w, place)}."
            return text, _at(b, place=place)
    b = _least(w.blocks, lambda n: -_to_bin(w, n))
    if b is None or not w.state.is_clear(b):
        return None
    text = f"The block furthest from the bin goes in {_corner(w, place)}."
    return text, _at(b, place=place)


def t73_dec_side(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    half = _half(w, side)
    if half is not None and len(half) == 1:
        place = w.rng.choice([MIDDLE, *CORNERS])
        where = _middle(w) if place == MIDDLE else _corner(w, place)
        text = f"The only block on the {side} half of the table goes in {where}."
        return text, _at(half[0], place=place)
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(CORNERS)
    v, h = place.split()[:2]
    text = f"{_the(b[0]).capitalize()} goes in the {v} corner on the {h}-hand side."
    return text, _at(b[0], place=place)


def t73_dec_verb(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    frame = w.rng.choice(
        [
            "{B} needs shifting over to {p}.",
            "{B} has to be carried over to {p}.",
        ]
    )
    return frame.format(B=_the(b[0]).capitalize(), p=where), _at(b[0], place=place)


def t73_dec_pile(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    a, b = pair
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    text = f"The {a} and the {b} go in {where}, one stacked on the other."
    stacked = lambda _i, f: f.support[a] == b or f.support[b] == a
    return text, both(_at(a, b, place=place), stacked)


# ----- desiderative ---------------------------------------------------------------------------------
def t73_des_corner(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(CORNERS)
    frame = w.rng.choice(["I'd like {b} in {c}, please.", "I want {b} over in {c}."])
    return frame.format(b=_the(b[0]), c=_corner(w, place)), _at(b[0], place=place)


def t73_des_middle(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    frame = w.rng.choice(
        [
            "I want {b} right in the centre of the table.",
            "I'd like {b} sitting in the middle of the table.",
        ]
    )
    return frame.format(b=_the(b[0])), _at(b[0], place=MIDDLE)


def t73_des_landmark(w: World) -> Made:
    bowl = w.pick(w.bowls)
    b = w.pick(w.clear_blocks())
    if not bowl or not b:
        return None
    place = _least(CORNERS, lambda p: _to_place(w, bowl[0], p), BOWL_NEAR)
    if place is None:
        return None
    frame = w.rng.choice(
        [
            "Could you put {b} in the corner nearest the {w}?",
            "I'd like {b} in whichever corner is closest to the {w}.",
        ]
    )
    return frame.format(b=_the(b[0]), w=bowl[0]), _at(b[0], place=place)


def t73_des_side(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(CORNERS)
    v, h = place.split()[:2]
    where = w.rng.choice(
        [
            f"the {v} corner on the {h}",
            f"the {h}-hand corner {'closest to' if v == 'top' else 'furthest from'} you",
        ]
    )
    return f"I'd like {_the(b[0])} in {where}.", _at(b[0], place=place)


def t73_des_verb(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    frame = w.rng.choice(
        [
            "Could you bring {b} over to {p}?",
            "I'd like you to shift {b} to {p}.",
            "Would you mind carrying {b} over to {p}?",
        ]
    )
    return frame.format(b=_the(b[0]), p=where), _at(b[0], place=place)


def t73_des_pile(w: World) -> Made:
    k = w.rng.choice([2, 3])
    chosen = w.pick(w.clear_blocks(), k)
    if not chosen:
        return None
    place = w.rng.choice(CORNERS)
    colours = [w.colour(b) for b in chosen]
    named = (
        f"{colours[0]} and {colours[1]}"
        if k == 2
        else f"{colours[0]}, {colours[1]} and {colours[2]}"
    )
    text = f"I'd like the {named} blocks stacked up in {_corner(w, place)}."
    return text, both(rels(Rel("tower", *chosen)), _at(*chosen, place=place))


# ----- quantified -----------------------------------------------------------------------------------
def t73_qua_corner(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    place = w.rng.choice(CORNERS)
    frame = w.rng.choice(["Put every block in {c}.", "Move all the blocks into {c}."])
    return frame.format(c=_corner(w, place)), _at(*w.blocks, place=place)


def t73_qua_middle(w: World) -> Made:
    n = w.rng.choice([2, 3])
    word = {2: "two", 3: "three"}[n]
    frame = w.rng.choice(
        [
            "Put any {n} blocks in {m}.",
            "Put {n} of the blocks in {m}, it doesn't matter which.",
        ]
    )
    text = frame.format(n=word, m=_middle(w))
    at_mid = lambda _i, f: sum(holds(Rel("at", b, MIDDLE), f) for b in f.blocks) == n
    return text, at_mid


def t73_qua_landmark(w: World) -> Made:
    ranked = sorted(w.blocks, key=lambda n: _to_bin(w, n))
    if len(ranked) < 3 or _to_bin(w, ranked[2]) - _to_bin(w, ranked[1]) < NEAR:
        return None
    two = ranked[:2]
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    text = f"Put the two blocks closest to the bin in {where}."
    return text, _at(*two, place=place)


def t73_qua_side(w: World) -> Made:
    for side in w.rng.sample(["left", "right"], 2):
        half = _half(w, side)
        if not half or any(w.state.base(b) in w.bowls for b in half):
            continue
        place = w.rng.choice(CORNERS)
        text = (
            f"Put every block on the {side} side of the table in {_corner(w, place)}."
        )
        return text, _at(*half, place=place)
    return None


def t73_qua_verb(w: World) -> Made:
    n = w.rng.choice([2, 3])
    word = {2: "two", 3: "three"}[n]
    place = w.rng.choice(CORNERS)
    frame = w.rng.choice(
        [
            "Bring {n} of the blocks over to {c}, doesn't matter which.",
            "Shift any {n} blocks to {c}.",
        ]
    )
    text = frame.format(n=word, c=_corner(w, place))
    at_c = lambda _i, f: sum(holds(Rel("at", b, place), f) for b in f.blocks) == n
    return text, at_c


def t73_qua_pile(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    text = f"Stack all the blocks into one tower in {where}."
    return text, both(rels(Rel("tower", *w.blocks)), _at(*w.blocks, place=place))


# ----- negated --------------------------------------------------------------------------------------
def t73_neg_corner(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(CORNERS)
    frame = w.rng.choice(
        [
            "Put {b} in one of the corners, just not {c}.",
            "Put {b} in any corner except {c}.",
        ]
    )
    text = frame.format(b=_the(b[0]), c=_corner(w, place))
    return text, _at_any(b[0], [p for p in CORNERS if p != place])


def t73_neg_middle(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    frame = w.rng.choice(
        [
            "Don't throw {b} in the bin, just put it in {m}.",
            "Don't put {b} in the bin, put it in {m}.",
        ]
    )
    return frame.format(b=_the(b[0]), m=_middle(w)), _at(b[0], place=MIDDLE)


def t73_neg_landmark(w: World) -> Made:
    keep = _nearest_block_to_bin(w)
    if keep is None:
        return None
    others = [b for b in w.blocks if b != keep]
    place = w.rng.choice(CORNERS)
    text = (
        f"Move every block except the one closest to the bin into {_corner(w, place)}."
    )
    return text, both(_at(*others, place=place), kept(keep))


def t73_neg_side(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    side = w.rng.choice(["left", "right"])
    other = "right" if side == "left" else "left"
    text = f"Put {_the(b[0])} in a corner on the {side}, not on the {other}."
    return text, _at_any(b[0], [p for p in CORNERS if side in p])


def t73_neg_verb(w: World) -> Made:
    b = w.pick(_loose(w))
    bowl = w.pick(w.bowls)
    if not b or not bowl:
        return None
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    text = f"Don't put {_the(b[0])} in the {bowl[0]}; slide it over to {where} instead."
    return text, _at(b[0], place=place)


def t73_neg_pile(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    a, b = pair
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    text = f"Put the {a} and the {b} in {where} side by side, not stacked."
    apart = lambda _i, f: f.support[a] != b and f.support[b] != a
    return text, both(_at(a, b, place=place), apart)


# ----- relative -------------------------------------------------------------------------------------
def t73_rel_corner(w: World) -> Made:
    bowls = [c for c in w.bowls if len(w.state.in_bowl(c)) == 1]
    bowl = w.pick(bowls)
    if not bowl:
        return None
    b = w.state.in_bowl(bowl[0])[0]
    place = w.rng.choice(CORNERS)
    text = f"Put the block that's in the {bowl[0]} in {_corner(w, place)}."
    return text, _at(b, place=place)


def t73_rel_middle(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    frame = w.rng.choice(
        [
            "Move the block that's sitting on the {x} to {m}.",
            "Put the block that's on top of the {x} in {m}.",
        ]
    )
    return frame.format(x=below, m=_middle(w)), _at(top, place=MIDDLE)


def t73_rel_landmark(w: World) -> Made:
    bowls = [c for c in w.bowls if not w.state.in_bowl(c)]
    bowl = w.pick(bowls)
    if not bowl:
        return None
    b = _least(w.blocks, lambda n: w.dist(n, bowl[0]))
    if b is None or not w.state.is_clear(b):
        return None
    place = w.rng.choice(CORNERS)
    text = f"Put the block that's closest to the {bowl[0]} in {_corner(w, place)}."
    return text, _at(b, place=place)


def t73_rel_side(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    b = _extreme(w, side)
    if b is None:
        return None
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    text = f"Pick up the block that's furthest to the {side} and put it in {where}."
    return text, _at(b, place=place)


def t73_rel_verb(w: World) -> Made:
    for start in w.rng.sample([MIDDLE, *CORNERS], 5):
        b = _least(w.blocks, lambda n, s=start: _to_place(w, n, s))
        if b is None or b not in _loose(w):
            continue
        place = w.rng.choice([p for p in CORNERS if p != start])
        near = _middle(w) if start == MIDDLE else _corner(w, start)
        verb = w.rng.choice(["Slide", "Shift", "Carry"])
        text = f"{verb} the block that's nearest {near} over to {_corner(w, place)}."
        return text, _at(b, place=place)
    return None


def t73_rel_pile(w: World) -> Made:
    bottoms = _stack_bottoms(w)
    if len(bottoms) != 1:
        return None
    frame = w.rng.choice(
        [
            "Put the block that's at the bottom of the stack in {m}.",
            "Move the block that the stack is standing on to {m}.",
        ]
    )
    return frame.format(m=_middle(w)), _at(bottoms[0], place=MIDDLE)


# ----- keep -----------------------------------------------------------------------------------------
def t73_keep_corner(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    others = [b for b in w.blocks if b != a[0] and b not in w.state.above(a[0])]
    b = w.pick(others)
    if not b:
        return None
    place = w.rng.choice(CORNERS)
    text = (
        f"Put {_the(a[0])} in {_corner(w, place)} and leave {_the(b[0])} where it is."
    )
    return text, both(_at(a[0], place=place), kept(b[0]))


def t73_keep_middle(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    bowl = w.pick(bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    a = w.pick([b for b in w.clear_blocks() if b not in inside])
    if not a:
        return None
    text = f"Move {_the(a[0])} to {_middle(w)}, but leave whatever's in the {bowl[0]} alone."
    return text, both(_at(a[0], place=MIDDLE), kept(*inside))


def t73_keep_landmark(w: World) -> Made:
    keep = _nearest_block_to_bin(w)
    if keep is None:
        return None
    a = w.pick([b for b in w.clear_blocks() if b != keep])
    if not a:
        return None
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    text = f"Leave the block nearest the bin alone and put {_the(a[0])} in {where}."
    return text, both(_at(a[0], place=place), kept(keep))


def t73_keep_side(w: World) -> Made:
    side = w.rng.choice(["left", "right"])
    other = "right" if side == "left" else "left"
    half = _half(w, side)
    if not half:
        return None
    a = w.pick([b for b in w.clear_blocks() if b not in half])
    if not a:
        return None
    place = w.rng.choice([p for p in CORNERS if other in p])
    what = "the block" if len(half) == 1 else "the blocks"
    verb = "is" if len(half) == 1 else "are"
    where = _corner(w, place)
    text = (
        f"Leave {what} on the {side} side of the table where {'it' if len(half) == 1 else 'they'}"
        f" {verb}, and put {_the(a[0])} in {where}."
    )
    return text, both(_at(a[0], place=place), kept(*half))


def t73_keep_verb(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    b = w.pick([b for b in w.blocks if b != a[0]])
    if not b:
        return None
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    verb = w.rng.choice(["Slide", "Shift", "Carry"])
    text = f"{verb} {_the(a[0])} over to {where} without moving {_the(b[0])}."
    return text, both(_at(a[0], place=place), kept(b[0]))


def t73_keep_pile(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    top, below = pair
    rest = [
        b
        for b in w.blocks
        if b not in pair
        and b not in w.state.above(top)
        and b not in w.state.above(below)
    ]
    c = w.pick(rest)
    if not c:
        return None
    place = w.rng.choice(CORNERS)
    text = (
        f"Stack the {top} on the {below} in {_corner(w, place)}, but leave the {c[0]} "
        "where it is."
    )
    check = rels(Rel("on", top, below), Rel("at", below, place))
    return text, both(check, kept(c[0]))


# ----- multi-step -----------------------------------------------------------------------------------
def t73_multi_corner(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    p1, p2 = w.rng.sample(CORNERS, 2)
    a, b = pair
    text = f"Put the {a} in {_corner(w, p1)}, then the {b} in {_corner(w, p2)}."
    return text, rels(Rel("at", a, p1), Rel("at", b, p2))


def t73_multi_middle(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    pair = w.pick(pairs)
    if not pair:
        return None
    top, below = pair[0]
    text = (
        f"First take the {top} off the {below}, then put the {below} in {_middle(w)}."
    )
    off = lambda _i, f: f.support[top] != below
    return text, both(_at(below, place=MIDDLE), off)


def t73_multi_landmark(w: World) -> Made:
    first = _nearest_block_to_bin(w)
    if first is None or not w.state.is_clear(first):
        return None
    b = w.pick([x for x in w.clear_blocks() if x != first])
    if not b:
        return None
    place = w.rng.choice(CORNERS)
    text = (
        f"Move the block closest to the bin to {_corner(w, place)}, then put the {b[0]}"
        " in that same corner."
    )
    return text, _at(first, b[0], place=place)


def t73_multi_side(w: World) -> Made:
    left, right = _extreme(w, "left"), _extreme(w, "right")
    if left is None or right is None:
        return None
    v = w.rng.choice(["top", "bottom"])
    to_right, to_left = f"{v} right corner", f"{v} left corner"
    text = (
        f"Move the block on the far left over to {_corner(w, to_right)}, then move the one"
        f" on the far right over to {_corner(w, to_left)}."
    )
    return text, rels(Rel("at", left, to_right), Rel("at", right, to_left))


def t73_multi_verb(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    b = w.pick([x for x in w.clear_blocks() if x != a[0]])
    if not b:
        return None
    place = w.rng.choice(CORNERS)
    text = (
        f"Slide {_the(a[0])} over to {_middle(w)}, then carry {_the(b[0])} across to"
        f" {_corner(w, place)}."
    )
    return text, rels(Rel("at", a[0], MIDDLE), Rel("at", b[0], place))


def t73_multi_pile(w: World) -> Made:
    three = w.pick(w.clear_blocks(), 3)
    if not three:
        return None
    a, b, c = three
    place = w.rng.choice([MIDDLE, *CORNERS])
    where = _middle(w) if place == MIDDLE else _corner(w, place)
    text = (
        f"Put the {a} in {where}, then stack the {b} on it and the {c} on top of that."
    )
    return text, rels(Rel("stacked", a, b, c), Rel("at", a, place))


# ----- questions ------------------------------------------------------------------------------------
def t73_q_corner(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    place = w.rng.choice(CORNERS)
    bowl = _least(w.bowls, lambda n: _to_place(w, n, place), BOWL_NEAR)
    if bowl is None:
        return None
    text = f"Which bowl is closest to {_corner(w, place)}?"
    return text, answered(w.colour(bowl))


def t73_q_middle(w: World) -> Made:
    b = _least(w.blocks, lambda n: _to_place(w, n, MIDDLE))
    if b is None:
        return None
    frame = w.rng.choice(
        [
            "Which block is nearest the middle of the table?",
            "What's the block closest to the centre of the table?",
        ]
    )
    return frame, answered(w.colour(b))


def t73_q_landmark(w: World) -> Made:
    b = _nearest_block_to_bin(w)
    if b is None:
        return None
    frame = w.rng.choice(
        [
            "Which block is closest to the bin?",
            "Which block is sitting nearest the bin?",
        ]
    )
    return frame, answered(w.colour(b))


def t73_q_side(w: World) -> Made:
    b = w.pick(w.blocks)
    if not b:
        return None
    side = _side_of(w, b[0], 0.05)
    if side is None:
        return None
    asked = w.rng.choice(["left", "right"])
    text = f"Is {_the(b[0])} on the {asked} side of the table?"
    return text, answered(yes(side == asked))


def t73_q_verb(w: World) -> Made:
    place = w.rng.choice(CORNERS)
    b = _least(w.blocks, lambda n: -_to_place(w, n, place))
    if b is None:
        return None
    text = f"Which block would I have to carry the furthest to get it into {_corner(w, place)}?"
    return text, answered(w.colour(b))


def t73_q_pile(w: World) -> Made:
    for side in w.rng.sample(["left", "right"], 2):
        half = _half(w, side, 0.04)
        if not half or any(w.state.base(b) in w.bowls for b in half):
            continue
        text = f"How many blocks are there on the {side} half of the table?"
        return text, answered(str(len(half)))
    return None


# ----- matching -------------------------------------------------------------------------------------
def t73_match_corner(w: World) -> Made:
    pairs, rest = matching(w), _unmatched(w)
    if not pairs or not rest or len(rest) > 5:
        return None
    place = w.rng.choice(CORNERS)
    text = (
        "Put each block in the bowl of the same colour, and any block without a matching"
        f" bowl in {_corner(w, place)}."
    )
    return text, both(rels(*pairs), _at(*rest, place=place))


def t73_match_middle(w: World) -> Made:
    rest = _unmatched(w)
    if not rest or len(rest) > 5 or len(rest) == len(w.blocks):
        return None
    text = (
        "Put any block that doesn't have a bowl of its own colour in the middle of the"
        " table."
    )
    return text, _at(*rest, place=MIDDLE)


def t73_match_landmark(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = _least(w.bowls, lambda n: _to_bin(w, n), BOWL_NEAR)
    if bowl is None:
        return None
    b = _matching_block(w, bowl)
    if b is None or w.state.base(b) == bowl:
        return None
    text = "Put the block that matches the bowl nearest the bin into that bowl."
    return text, rels(Rel("in", b, bowl))


def t73_match_side(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    side = w.rng.choice(["left", "right"])
    sign = 1.0 if side == "left" else -1.0
    bowl = _least(w.bowls, lambda n: sign * w.y(n), BOWL_NEAR)
    if bowl is None:
        return None
    b = _matching_block(w, bowl)
    if b is None or w.state.base(b) == bowl:
        return None
    which = f"the bowl on the {side}" if len(w.bowls) == 2 else f"the {side}most bowl"
    text = f"Put the block that matches {which} into it."
    return text, rels(Rel("in", b, bowl))


def t73_match_verb(w: World) -> Made:
    bowls = [c for c in w.bowls if _matching_block(w, c)]
    bowl = w.pick(bowls)
    if not bowl:
        return None
    b = _matching_block(w, bowl[0])
    assert b is not None
    place = w.rng.choice(CORNERS)
    text = (
        f"Grab the block that's the same colour as the {bowl[0]} and carry it over to"
        f" {_corner(w, place)}."
    )
    return text, _at(b, place=place)


def t73_match_pile(w: World) -> Made:
    rest = _unmatched(w)
    if not 2 <= len(rest) <= layout.MAX_TOWER or len(rest) == len(w.blocks):
        return None
    place = w.rng.choice(CORNERS)
    text = (
        "Stack the blocks that don't have a matching bowl into a single tower in"
        f" {_corner(w, place)}."
    )
    return text, both(rels(Rel("tower", *rest)), _at(*rest, place=place))


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
_STYLES = ("corner", "middle", "landmark", "side", "verb", "pile")

FRESH73: list[Template] = [
    (f"t73_{short}_{style}", category, globals()[f"t73_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
