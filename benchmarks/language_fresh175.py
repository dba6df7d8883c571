"""`FRESH175`, the hundred-and-seventy-sixth untuned batch: sixty language templates, six per category, for the
offline planner.

The theme is viewpoint and frames of reference. People describe where things are from their own point of view, the
robot's or the camera's, and say which frame they mean whenever they use left or right: "the block farthest to your
left, robot", "the leftmost bowl as the camera sees it", "on my left (I'm standing where the camera is)". Near and far,
front and back are measured from the robot (the camera stands on the far side, facing it), and halves of the table
are split by the robot's centre line or by the middle of the table. The frame is `sim.core.layout`'s: x points away
from the robot, y to the robot's left, so the camera's left is the robot's right, and the named places keep their
names ("top left corner" is near the robot, on its right). An object is named by position only where it is the clear
extreme under every reading of the words (straight-line distance and depth for near and far, sideways offset and
bearing for left and right), with a margin of five centimetres to the next object; a half of the table is used only
when no object sits near its dividing line. The checks accept any order and any way of reaching the state the words
describe; a block in a bowl may sit on another block there; for "every block on that side" the blocks in bowls on
that side may be moved or not, and nothing from the other side may join them. The six styles:

- robot: "Robot, put the block farthest to your left into the blue bowl."
- camera: "Pick up the block that is farthest right as the camera sees it and drop it in the bin."
- near: "Take the block nearest to you, robot, and stack it on the red block."
- front: "Move the block at the back of the table, farthest from the robot, to the middle."
- side: "Put the only block on your right-hand half of the table, robot, into the green bowl."
- mixed: "Robot, take the block nearest to you and put it in the bowl that is farthest left as the camera sees it."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 56c3508, the code of 6034598, before anything it could prompt): 0.05
goal-correct (15 of 300), 243 refused, 15 asked. Two wrong actions: "Start with the block at the front, closest to the
robot: put it in W. Then move Y into the same bowl." did only the second step (the first sentence was set aside as
scene-setting). Twenty-five wrong replies: questions in a named frame ('As the camera sees it, is the rightmost bowl the
cyan one?', 'How many blocks are closer to you, robot, than W is?') got the help text. The refusals were the frames:
'your left, robot', 'the robot's right-hand side', 'as the camera sees it', 'at the front', 'at the back', halves of the
table said in the robot's frame.
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
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_MARGIN = 0.05  # metres between the object meant and the next one, under every reading of the words
_EDGE = 0.04  # no object this close to the line that splits the table in halves

# "left" and "right" are the robot's (+y is the robot's left, the camera's right); "near" and "far" from the robot.
_MEASURES: dict[str, tuple[Callable[[float, float], float], ...]] = {
    "left": (lambda x, y: y, lambda x, y: 0.5 * math.atan2(y, x)),
    "right": (lambda x, y: -y, lambda x, y: -0.5 * math.atan2(y, x)),
    "near": (lambda x, y: -x, lambda x, y: -math.hypot(x, y)),
    "far": (lambda x, y: x, lambda x, y: math.hypot(x, y)),
}
_MID_X = layout.PLACES["middle"][0]
_HALVES: dict[str, Callable[[float, float], float]] = {
    "left": lambda x, y: y, "right": lambda x, y: -y, "near": lambda x, y: _MID_X - x, "far": lambda x, y: x - _MID_X,
}
# The corners as the robot sees them: (near the robot?, on the robot's left?) -> the place's name.
_CORNER = {
    (True, False): "top left corner", (True, True): "top right corner",
    (False, False): "bottom left corner", (False, True): "bottom right corner",
}


# ----- helpers ----------------------------------------------------------------------------------------
def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _ranked(w: World, names: list[str], d: str, k: int = 1) -> list[str] | None:
    """The k objects most in direction `d`, in order, when every reading agrees with a clear margin; else None."""
    if len(names) < k:
        return None
    out: list[str] | None = None
    for m in _MEASURES[d]:
        order = sorted(names, key=lambda n: m(*_xy(w, n)), reverse=True)
        vals = [m(*_xy(w, n)) for n in order]
        if any(vals[i] - vals[i + 1] < _MARGIN for i in range(min(k, len(order) - 1))):
            return None
        if out is None:
            out = order[:k]
        elif out != order[:k]:
            return None
    return out


def _most(w: World, names: list[str], d: str) -> str | None:
    got = _ranked(w, names, d)
    return got[0] if got else None


def _half(w: World, names: list[str], d: str) -> list[str] | None:
    """The objects on half `d` of the table, or None when one sits near the dividing line."""
    vals = [(n, _HALVES[d](*_xy(w, n))) for n in names]
    if any(abs(v) < _EDGE for _, v in vals):
        return None
    return [n for n, v in vals if v > 0]


def _bowls2(w: World) -> list[str]:
    """The bowls, when there are at least two to tell apart by position."""
    return w.bowls if len(w.bowls) >= 2 else []


def _loose(w: World, names: list[str]) -> list[str]:
    """Those of `names` not standing in a bowl."""
    return [b for b in names if w.state.base(b) not in w.state.bowls]


def _in_bowl(w: World, names: list[str]) -> list[str]:
    return [b for b in names if w.state.base(b) in w.state.bowls]


def _room_bowls(w: World, movers: list[str]) -> list[str]:
    """Bowls none of `movers` is in yet that have room for all of them."""
    return [c for c in w.bowls if all(w.state.base(m) != c for m in movers)
            and len(w.state.in_bowl(c)) + len(movers) <= layout.BOWL_CAPACITY]


def _bowl_for(w: World, movers: list[str]) -> str | None:
    got = w.pick(_room_bowls(w, movers))
    return got[0] if got else None


def _height(s: SymState, block: str) -> int:
    h, cur = 1, s.support[block]
    while cur in s.support:
        h, cur = h + 1, s.support[cur]
    return h


def _tops(w: World, movers: list[str]) -> list[str]:
    """Clear blocks to stack on that are none of `movers`, not in their towers, and leave room in the tower."""
    s = w.state
    tied = {b for m in movers for b in (m, *s.above(m))}
    return [b for b in w.clear_blocks() if b not in tied and _height(s, b) < layout.MAX_TOWER - 1]


def _top_for(w: World, movers: list[str]) -> str | None:
    got = w.pick(_tops(w, movers))
    return got[0] if got else None


def _place(w: World) -> str:
    return w.pick(list(PLACES))[0]


def _the(place: str) -> str:
    return f"the {place}"


def _done(*checks: Check) -> Check:
    """The goal holds and nothing is left in the gripper."""
    return both(*checks, lambda _i, f: f.held is None)


def _gathered(where: Callable[[SymState, str], bool], required: list[str], optional: list[str]) -> Check:
    """Every required block ends where `where` says; a block that ends there and did not start there is required or
    optional (the blocks in bowls on the side named, which the words may or may not cover)."""
    allowed = set(required) | set(optional)

    def check(i: SymState, f: SymState) -> bool:
        if not all(where(f, b) for b in required):
            return False
        return all(b in allowed or where(i, b) or not where(f, b) for b in f.blocks)

    return check


def _in_bin(s: SymState, b: str) -> bool:
    return s.base(b) == BIN


def _into(bowl: str) -> Callable[[SymState, str], bool]:
    return lambda s, b: s.base(b) == bowl


def _match(w: World) -> dict[str, str]:
    """block -> the bowl of its colour, for every block that has one."""
    by_colour = {w.colour(c): c for c in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _one_match(w: World, d: str) -> dict[str, str] | None:
    """{block: bowl} for the block most in direction `d` among those with a bowl of their colour, when it is not in
    that bowl yet and the bowl has room."""
    moves = _match(w)
    m = _most(w, list(moves), d)
    if not m or w.state.base(m) == moves[m] or not _fits(w, {m: moves[m]}):
        return None
    return {m: moves[m]}


def _side_matches(w: World, side: list[str]) -> dict[str, str] | None:
    """{block: bowl} for the blocks of `side` with a bowl of their colour, when one is not in it yet and all fit."""
    moves = {b: c for b, c in _match(w).items() if b in side}
    todo = {b: c for b, c in moves.items() if w.state.base(b) != c}
    return moves if todo and _fits(w, todo) else None


def _fits(w: World, moves: dict[str, str]) -> bool:
    """Whether each bowl has room for the blocks `moves` sends to it."""
    return all(len(w.state.in_bowl(c)) + sum(1 for t in moves.values() if t == c) <= layout.BOWL_CAPACITY
               for c in set(moves.values()))


def _matching_done(moves: dict[str, str]) -> Check:
    return _done(rels(*(Rel("in", b, c) for b, c in moves.items())))


# Phrases for "the block ..." in each frame, by direction in the robot's frame.
_YOUR = {"left": "farthest to your left, robot", "right": "farthest to your right, robot",
         "near": "nearest to you, robot", "far": "farthest from you, robot"}
_CAM = {"left": "farthest right as the camera sees it", "right": "farthest left as the camera sees it",
        "near": "highest up in the camera's picture", "far": "lowest down in the camera's picture"}
_NEAR = {"near": "nearest to you, robot", "far": "farthest from you, robot"}
_FRONT = {"near": "at the front, closest to the robot", "far": "at the back, farthest from the robot"}
_HALF = {"left": "on your left-hand half of the table, robot", "right": "on your right-hand half of the table, robot",
         "near": "on the near half of the table, between you and the middle, robot",
         "far": "on the far half of the table, beyond the middle, away from you, robot"}
_HALF_CAM = {"left": "on the right-hand half of the table as the camera sees it",
             "right": "on the left-hand half of the table as the camera sees it"}
_OPPOSITE = {"left": "right", "right": "left", "near": "far", "far": "near"}
LR, NF, ALL = ("left", "right"), ("near", "far"), ("left", "right", "near", "far")


def _one(w: World, names: list[str], dirs: tuple[str, ...]) -> tuple[str, str] | None:
    """(direction, object) for a random direction in which one of `names` is the clear extreme."""
    opts = [(d, m) for d in dirs if (m := _most(w, names, d))]
    return w.pick(opts)[0] if opts else None


def _two(w: World, names: list[str], dirs1: tuple[str, ...],
         dirs2: tuple[str, ...]) -> tuple[str, str, str, str] | None:
    """(d1, a, d2, b): two different objects, each the clear extreme in its direction."""
    e1 = {d: _most(w, names, d) for d in dirs1}
    e2 = {d: _most(w, names, d) for d in dirs2}
    opts = [(d1, a, d2, b) for d1, a in e1.items() for d2, b in e2.items() if a and b and a != b]
    return w.pick(opts)[0] if opts else None


def _sides(w: World, names: list[str], dirs: tuple[str, ...],
           ok: Callable[[list[str]], bool]) -> tuple[str, list[str]] | None:
    """(direction, the objects on that half) for a random half whose dividing line is clear and `ok` accepts."""
    opts = [(d, h) for d in dirs if (h := _half(w, names, d)) is not None and ok(h)]
    return w.pick(opts)[0] if opts else None


# ----- imperative ---------------------------------------------------------------------------------------
def t175_imp_robot(w: World) -> Made:
    got = _one(w, w.blocks, LR)
    bowl = _bowl_for(w, [got[1]]) if got else None
    if not got or not bowl:
        return None
    d, m = got
    return f"Robot, put the block farthest to your {d} into the {bowl}.", _done(rels(Rel("in", m, bowl)))


def t175_imp_camera(w: World) -> Made:
    got = _one(w, w.blocks, LR)
    if not got:
        return None
    d, m = got
    return (f"Pick up the block that is {_CAM[d]} and drop it in the bin.", _done(rels(Rel("in_bin", m))))


def t175_imp_near(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    top = _top_for(w, [got[1]]) if got else None
    if not got or not top:
        return None
    d, m = got
    return f"Take the block {_NEAR[d]}, and stack it on the {top}.", _done(rels(Rel("on", m, top)))


def t175_imp_front(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    if not got:
        return None
    d, m = got
    where = "at the back of the table, farthest from" if d == "far" else "at the front of the table, closest to"
    place = _place(w)
    return f"Move the block {where} the robot, to {_the(place)}.", _done(rels(Rel("at", m, place)))


def t175_imp_side(w: World) -> Made:
    got = _sides(w, w.blocks, ALL, lambda h: len(h) == 1)
    bowl = _bowl_for(w, got[1]) if got else None
    if not got or not bowl:
        return None
    d, (m,) = got
    return f"Put the only block {_HALF[d]}, into the {bowl}.", _done(rels(Rel("in", m, bowl)))


def t175_imp_mixed(w: World) -> Made:
    got = _one(w, w.blocks, ALL)
    where = _one(w, _bowls2(w), LR)
    if not got or not where or where[1] not in _room_bowls(w, [got[1]]):
        return None
    (d, m), (e, bowl) = got, where
    mine = {"left": "farthest to your left", "right": "farthest to your right", "near": "nearest to you",
            "far": "farthest from you"}[d]
    return (f"Robot, take the block {mine} and put it in the bowl that is {_CAM[e]}.",
            _done(rels(Rel("in", m, bowl))))


# ----- declarative --------------------------------------------------------------------------------------
def t175_dec_robot(w: World) -> Made:
    got = _one(w, w.blocks, LR)
    if not got:
        return None
    d, m = got
    return f"The block on your far {d}, robot, is in the bin.", _done(rels(Rel("in_bin", m)))


def t175_dec_camera(w: World) -> Made:
    got = _one(w, w.blocks, LR)
    bowl = _bowl_for(w, [got[1]]) if got else None
    if not got or not bowl:
        return None
    d, m = got
    return (f"From where I stand, next to the camera, the block farthest to my {_OPPOSITE[d]} ends up in the {bowl}.",
            _done(rels(Rel("in", m, bowl))))


def t175_dec_near(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    top = _top_for(w, [got[1]]) if got else None
    if not got or not top:
        return None
    d, m = got
    return f"The block {_NEAR[d]}, is on top of the {top}.", _done(rels(Rel("on", m, top)))


def t175_dec_front(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    bowl = _bowl_for(w, [got[1]]) if got else None
    if not got or not bowl:
        return None
    d, m = got
    where = "at the front, on the robot's side" if d == "near" else "at the back, on the camera's side"
    return f"The block {where} of the table, sits in the {bowl}.", _done(rels(Rel("in", m, bowl)))


def t175_dec_side(w: World) -> Made:
    got = _sides(w, w.blocks, ALL, lambda h: len(h) == 1)
    if not got:
        return None
    d, (m,) = got
    return f"The only block {_HALF[d]}, is in the bin.", _done(rels(Rel("in_bin", m)))


def t175_dec_mixed(w: World) -> Made:
    got = _one(w, w.blocks, LR)
    if not got:
        return None
    d, m = got
    near, left = w.rng.random() < 0.5, w.rng.random() < 0.5
    corner = _CORNER[(near, left)]
    return (f"The block on the camera's far {_OPPOSITE[d]} is at the corner of the table that is "
            f"{'nearest to' if near else 'farthest from'} you, robot, on your {'left' if left else 'right'}.",
            _done(rels(Rel("at", m, corner))))


# ----- desiderative -------------------------------------------------------------------------------------
def t175_des_robot(w: World) -> Made:
    got = _one(w, w.blocks, LR)
    top = _top_for(w, [got[1]]) if got else None
    if not got or not top:
        return None
    d, m = got
    return (f"I'd like the block {_YOUR[d]}, to end up on the {top}.", _done(rels(Rel("on", m, top))))


def t175_des_camera(w: World) -> Made:
    got = _one(w, w.blocks, LR)
    bowl = _bowl_for(w, [got[1]]) if got else None
    if not got or not bowl:
        return None
    d, m = got
    word = "rightmost" if d == "left" else "leftmost"
    return (f"I want the block that is {word} as the camera sees it in the {bowl}.", _done(rels(Rel("in", m, bowl))))


def t175_des_near(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    if not got:
        return None
    d, m = got
    word = "closest to you" if d == "near" else "farthest away from you"
    return f"Make it so that the block {word}, robot, is in the bin.", _done(rels(Rel("in_bin", m)))


def t175_des_front(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    if not got:
        return None
    d, m = got
    where = "at the back, farthest from the robot, on the camera's side" if d == "far" else (
        "at the front, closest to the robot")
    return (f"I'd like the block {where}, moved to the middle of the table.", _done(rels(Rel("at", m, "middle"))))


def t175_des_side(w: World) -> Made:
    got = _sides(w, w.bowls, ALL, lambda h: len(h) == 1)
    if not got:
        return None
    d, (bowl,) = got
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or len(w.state.in_bowl(bowl)) >= layout.BOWL_CAPACITY:
        return None
    b = w.pick(cands)[0]
    return (f"I want the only bowl {_HALF[d]}, to hold the {b}.", _done(rels(Rel("in", b, bowl))))


def t175_des_mixed(w: World) -> Made:
    got = _two(w, w.blocks, ALL, ALL)
    if not got or got[3] not in _tops(w, [got[1]]):
        return None
    d1, m, d2, top = got
    return (f"I'd like the block {_YOUR[d1]}, stacked on top of the block that is {_CAM[d2]}.",
            _done(rels(Rel("on", m, top))))


# ----- quantified ---------------------------------------------------------------------------------------
def t175_qua_robot(w: World) -> Made:
    got = _sides(w, w.blocks, LR, lambda h: bool(_loose(w, h)))
    if not got:
        return None
    d, side = got
    return (f"Put every block that is on the table on your {d}-hand side, robot, into the bin.",
            _done(_gathered(_in_bin, _loose(w, side), _in_bowl(w, side))))


def t175_qua_camera(w: World) -> Made:
    got = _sides(w, w.blocks, LR, lambda h: bool(_loose(w, h)))
    bowl = _bowl_for(w, _loose(w, got[1])) if got else None
    if not got or not bowl:
        return None
    d, side = got
    return (f"Move all the blocks {_HALF_CAM[d]} into the {bowl}.",
            _done(_gathered(_into(bowl), _loose(w, side), _in_bowl(w, side))))


def t175_qua_near(w: World) -> Made:
    opts = [(d, two) for d in NF if (two := _ranked(w, w.blocks, d, 2))] if len(w.blocks) >= 3 else []
    if not opts:
        return None
    d, two = w.pick(opts)[0]
    others = [b for b in w.blocks if b not in two]
    word = "nearest to you" if d == "near" else "farthest from you"
    return (f"Put the two blocks {word}, robot, into the bin.",
            _done(rels(*(Rel("in_bin", b) for b in two)), none_binned(others)))


def t175_qua_front(w: World) -> Made:
    got = _sides(w, w.blocks, NF, lambda h: 0 < len(_loose(w, h)) <= len(layout.PLACE_SLOTS))
    if not got:
        return None
    d, side = got
    where = ("at the front of the table, between the robot and the middle" if d == "near" else
             "at the back of the table, between the middle and the camera")
    place = _place(w)
    return (f"Each block {where}, goes to {_the(place)}.",
            _done(_gathered(lambda s, b: s.base(b) == place, _loose(w, side), _in_bowl(w, side))))


def t175_qua_side(w: World) -> Made:
    got = _sides(w, w.blocks, ALL, lambda h: bool(_loose(w, h)) and bool(_room_bowls(w, _loose(w, h))))
    if not got:
        return None
    d, side = got
    bowl = _bowl_for(w, _loose(w, side))
    return (f"All of the blocks {_HALF[d]}, belong in the {bowl}; put them there.",
            _done(_gathered(_into(bowl), _loose(w, side), _in_bowl(w, side))))


def t175_qua_mixed(w: World) -> Made:
    got = _sides(w, w.blocks, LR, lambda h: bool(_loose(w, h)))
    if not got:
        return None
    d, side = got
    return (f"Put every block on the camera's {_OPPOSITE[d]}-hand half of the table, which is your {d}-hand half, "
            "robot, into the bin.", _done(_gathered(_in_bin, _loose(w, side), _in_bowl(w, side))))


# ----- negated ------------------------------------------------------------------------------------------
def t175_neg_robot(w: World) -> Made:
    got = _one(w, w.blocks, LR)
    if not got:
        return None
    d, ex = got
    others = [b for b in w.blocks if b != ex]
    return (f"Put every block except the one farthest to your {d}, robot, into the bin.",
            _done(rels(*(Rel("in_bin", b) for b in others)), none_binned([ex])))


def t175_neg_camera(w: World) -> Made:
    got = _one(w, w.blocks, ALL)
    if not got:
        return None
    d, ex = got
    b = w.pick([b for b in w.blocks if b != ex])[0]
    return (f"Without moving the block that is {_CAM[d]}, put the {b} in the bin.",
            _done(rels(Rel("in_bin", b)), kept(ex)))


def t175_neg_near(w: World) -> Made:
    opts = [(d, two) for d in NF if (two := _ranked(w, w.blocks, d, 2))] if len(w.blocks) >= 3 else []
    if not opts:
        return None
    d, two = w.pick(opts)[0]
    others = [b for b in w.blocks if b not in two]
    word = "closest to you" if d == "near" else "farthest from you"
    return (f"Robot, throw all the blocks in the bin apart from the two {word}.",
            _done(rels(*(Rel("in_bin", b) for b in others)), none_binned(two)))


def t175_neg_front(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    bowl = _bowl_for(w, [got[1]]) if got else None
    if not got or not bowl:
        return None
    d, m = got
    return (f"Don't put the block {_FRONT[d]}, in the bin; put it in the {bowl} instead.",
            _done(rels(Rel("in", m, bowl))))


def t175_neg_side(w: World) -> Made:
    got = _sides(w, w.blocks, ALL, lambda h: len(h) > 0)
    if not got:
        return None
    d, side = got
    rest = [b for b in w.blocks if b not in side]
    if not _loose(w, rest):
        return None
    return (f"Put the blocks that are not {_HALF[d]}, into the bin.",
            _done(_gathered(_in_bin, _loose(w, rest), _in_bowl(w, rest))))


def t175_neg_mixed(w: World) -> Made:
    got = _two(w, w.blocks, ALL, ALL)
    bowl = _bowl_for(w, [got[1]]) if got else None
    if not got or not bowl:
        return None
    d1, m, d2, ex = got
    return (f"Put the block {_YOUR[d1]}, in the {bowl}, but do not move the block that is {_CAM[d2]}.",
            _done(rels(Rel("in", m, bowl)), kept(ex)))


# ----- relative -----------------------------------------------------------------------------------------
def _nearest_bowl(w: World, m: str) -> str | None:
    bowls = [c for c in w.bowls if w.state.base(m) != c]
    dists = sorted((w.dist(m, c), c) for c in bowls)
    if not dists or (len(dists) > 1 and dists[1][0] - dists[0][0] < _MARGIN):
        return None
    return dists[0][1] if dists[0][1] in _room_bowls(w, [m]) else None


def t175_rel_robot(w: World) -> Made:
    opts = [(d, m, c) for d in LR if (m := _most(w, w.blocks, d)) and (c := _nearest_bowl(w, m))]
    if not opts:
        return None
    d, m, bowl = w.pick(opts)[0]
    return (f"Robot, put the block farthest to your {d} into the bowl that is closest to that block.",
            _done(rels(Rel("in", m, bowl))))


def t175_rel_camera(w: World) -> Made:
    bases = [b for b in w.blocks if w.state.support[b] not in w.state.support and w.state.above(b)]
    if len(bases) == 1:
        base, word = bases[0], "the only tower"
    else:
        got = _one(w, bases, LR)
        if not got:
            return None
        base, word = got[1], f"the tower that is {_CAM[got[0]]}"
    top = w.state.above(base)[0]
    return f"Take the block at the very top of {word} and put it in the bin.", _done(rels(Rel("in_bin", top)))


def t175_rel_near(w: World) -> Made:
    opts = [(d, two) for d in NF if (two := _ranked(w, w.blocks, d, 2)) and two[1] in _tops(w, [two[0]])]
    if len(w.blocks) < 3 or not opts:
        return None
    d, (first, second) = w.pick(opts)[0]
    word = ("nearest to you, robot", "next nearest") if d == "near" else ("farthest from you, robot", "next farthest")
    return (f"Put the block {word[0]}, on top of the block that is {word[1]} from you.",
            _done(rels(Rel("on", first, second))))


def t175_rel_front(w: World) -> Made:
    opts = []
    for anchor in w.blocks:
        (ax, ay), ad = _xy(w, anchor), math.hypot(*_xy(w, anchor))
        others = [b for b in w.blocks if b != anchor]
        if any(abs(_xy(w, b)[0] - ax) < _MARGIN or abs(math.hypot(*_xy(w, b)) - ad) < _MARGIN
               or (_xy(w, b)[0] > ax) != (math.hypot(*_xy(w, b)) > ad) for b in others):
            continue
        for back in (True, False):
            side = sorted((b for b in others if (_xy(w, b)[0] > ax) == back), key=lambda b: w.dist(anchor, b))
            if side and (len(side) == 1 or w.dist(anchor, side[1]) - w.dist(anchor, side[0]) >= _MARGIN):
                opts.append((anchor, back, side[0]))
    if not opts:
        return None
    anchor, back, m = w.pick(opts)[0]
    return (f"Of the blocks {'farther from' if back else 'nearer to'} the robot than the {anchor}, put the one "
            "closest to it into the bin.", _done(rels(Rel("in_bin", m))))


def t175_rel_side(w: World) -> Made:
    opts = []
    for d in ALL:
        side = _half(w, w.blocks, d)
        for e in (NF if d in LR else LR):
            m = _most(w, side, e) if side else None
            if m and _room_bowls(w, [m]):
                opts.append((d, e, m))
    if not opts:
        return None
    d, e, m = w.pick(opts)[0]
    bowl = _bowl_for(w, [m])
    which = {"near": "nearest to you", "far": "farthest from you", "left": "farthest to your left",
             "right": "farthest to your right"}[e]
    return (f"Of the blocks {_HALF[d]}, put the one {which} into the {bowl}.", _done(rels(Rel("in", m, bowl))))


def t175_rel_mixed(w: World) -> Made:
    opts = []
    for anchor in w.blocks:
        ay = _xy(w, anchor)[1]
        if any(abs(_xy(w, b)[1] - ay) < _MARGIN for b in w.blocks if b != anchor):
            continue
        for sign in (1, -1):  # 1: toward the robot's right (the camera's left)
            side = [b for b in w.blocks if (ay - _xy(w, b)[1]) * sign > 0]
            if not side:
                continue
            by_gap = sorted(side, key=lambda b: (ay - _xy(w, b)[1]) * sign)
            by_dist = sorted(side, key=lambda b: w.dist(anchor, b))
            if by_gap[0] != by_dist[0] or (len(side) > 1 and (
                    (ay - _xy(w, by_gap[1])[1]) * sign - (ay - _xy(w, by_gap[0])[1]) * sign < _MARGIN
                    or w.dist(anchor, by_dist[1]) - w.dist(anchor, by_dist[0]) < _MARGIN)):
                continue
            opts.append((anchor, sign, by_gap[0]))
    if not opts:
        return None
    anchor, sign, m = w.pick(opts)[0]
    cam, mine = ("left", "right") if sign == 1 else ("right", "left")
    return (f"Put the block just to the {cam} of the {anchor} as the camera sees it (the next one along on your "
            f"{mine}, robot) into the bin.", _done(rels(Rel("in_bin", m))))


# ----- keep ---------------------------------------------------------------------------------------------
def t175_keep_robot(w: World) -> Made:
    got = _two(w, w.blocks, ALL, ALL)
    if not got:
        return None
    d1, m, d2, stay = got
    return (f"Put the block {_YOUR[d1]}, in the bin, and leave the one {_YOUR[d2].removesuffix(', robot')} "
            "where it is.", _done(rels(Rel("in_bin", m)), kept(stay)))


def t175_keep_camera(w: World) -> Made:
    got = _two(w, w.blocks, ALL, ALL)
    if not got:
        return None
    d1, m, d2, stay = got
    place = _place(w)
    return (f"Going by the camera's view: the block {_CAM[d1].replace(' as the camera sees it', '')} goes to "
            f"{_the(place)}, and the one {_CAM[d2].replace(' as the camera sees it', '')} stays put.",
            _done(rels(Rel("at", m, place)), kept(stay)))


def t175_keep_near(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    if not got:
        return None
    d, m = got
    stays = [b for b in w.blocks if b != m and b not in w.state.above(m)]
    stay = w.pick(stays)[0] if stays else None
    top = _top_for(w, [m, stay]) if stay else None
    if not top:
        return None
    return (f"Stack the block {_NEAR[d]}, on the {top}; the {stay} must stay where it is.",
            _done(rels(Rel("on", m, top)), kept(stay)))


def t175_keep_front(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    bowl = _bowl_for(w, [got[1]]) if got else None
    if not got or not bowl:
        return None
    d, m = got
    others = [b for b in w.blocks if b != m]
    return (f"Put the block {_FRONT[d]}, in the {bowl}, and leave every other block where it is.",
            _done(rels(Rel("in", m, bowl)), kept(*others)))


def t175_keep_side(w: World) -> Made:
    got = _sides(w, w.blocks, ALL, lambda h: bool(_loose(w, h)) and len(h) < len(w.blocks))
    if not got:
        return None
    d, side = got
    rest = [b for b in w.blocks if b not in side]
    other = {"left": "on your right-hand half", "right": "on your left-hand half", "near": "on the far half",
             "far": "on the near half"}[d]
    return (f"Put the blocks {_HALF[d]}, in the bin, but leave those {other} alone.",
            _done(_gathered(_in_bin, _loose(w, side), _in_bowl(w, side)), kept(*rest)))


def t175_keep_mixed(w: World) -> Made:
    got = _two(w, w.blocks, ALL, ALL)
    bowl = _bowl_for(w, [got[3]]) if got else None
    if not got or not bowl:
        return None
    d1, stay, d2, m = got
    return (f"Keep the block that is {_CAM[d1]} where it is, and put the block {_YOUR[d2]}, into the {bowl}.",
            _done(rels(Rel("in", m, bowl)), kept(stay)))


# ----- multi_step ---------------------------------------------------------------------------------------
def t175_multi_robot(w: World) -> Made:
    got = _two(w, w.blocks, ALL, ALL)
    bowl = _bowl_for(w, [got[3]]) if got else None
    if not got or not bowl:
        return None
    d1, a, d2, b = got
    return (f"First put the block {_YOUR[d1]}, in the bin, then put the block "
            f"{_YOUR[d2].removesuffix(', robot')} in the {bowl}.", _done(rels(Rel("in_bin", a), Rel("in", b, bowl))))


def t175_multi_camera(w: World) -> Made:
    got = _one(w, w.blocks, ALL)
    if not got:
        return None
    d, m = got
    y = w.pick([b for b in w.blocks if b != m])[0]
    place = _place(w)
    return (f"Step one: take the block that is {_CAM[d]} and put it on {_the(place)}. "
            f"Step two: put the {y} on top of it.", _done(rels(Rel("at", m, place), Rel("on", y, m))))


def t175_multi_near(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    bowl = _bowl_for(w, [got[1]]) if got else None
    if not got or not bowl:
        return None
    d, m = got
    place = _place(w)
    return (f"First put the block {_NEAR[d]}, into the {bowl}; afterwards take it out again and set it down on "
            f"{_the(place)}.", _done(rels(Rel("at", m, place))))


def t175_multi_front(w: World) -> Made:
    got = _one(w, w.blocks, NF)
    if not got:
        return None
    d, m = got
    ys = [b for b in w.blocks if b != m and b not in w.state.above(m)]
    y = w.pick(ys)[0] if ys else None
    bowl = _bowl_for(w, [m, y]) if y else None
    if not bowl:
        return None
    return (f"Start with the block {_FRONT[d]}: put it in the {bowl}. Then move the {y} into the same bowl.",
            _done(rels(Rel("in", m, bowl), Rel("in", y, bowl))))


def t175_multi_side(w: World) -> Made:
    got = _sides(w, w.blocks, ALL, lambda h: bool(_loose(w, h)) and len(h) < len(w.blocks)
                 and bool(_room_bowls(w, _loose(w, h))))
    if not got:
        return None
    d, side = got
    bowl = _bowl_for(w, _loose(w, side))
    rest = [b for b in w.blocks if b not in side and w.state.base(b) != bowl]
    if not rest:
        return None
    y = w.pick(rest)[0]
    return (f"First put every block {_HALF[d]}, into the {bowl}; then put the {y} in the bin.",
            _done(_gathered(_into(bowl), _loose(w, side), _in_bowl(w, side)), rels(Rel("in_bin", y))))


def t175_multi_mixed(w: World) -> Made:
    got = _two(w, w.blocks, ALL, ALL)
    bowl = _bowl_for(w, [got[3]]) if got else None
    if not got or not bowl:
        return None
    d1, a, d2, b = got
    return (f"First put the block {_YOUR[d1]}, into the bin; then put the block that is {_CAM[d2]} into the "
            f"{bowl}.", _done(rels(Rel("in_bin", a), Rel("in", b, bowl))))


# ----- question -----------------------------------------------------------------------------------------
def t175_q_robot(w: World) -> Made:
    got = _one(w, w.blocks, ALL)
    if not got:
        return None
    d, m = got
    return f"Robot, what colour is the block {_YOUR[d].removesuffix(', robot')}?", answered(w.colour(m))


def t175_q_camera(w: World) -> Made:
    got = _one(w, _bowls2(w), LR)
    if not got:
        return None
    d, bowl = got
    other = w.pick([c for c in w.bowls if c != bowl])[0]
    asked = bowl if w.rng.random() < 0.5 else other
    word = "rightmost" if d == "left" else "leftmost"
    return (f"As the camera sees it, is the {word} bowl the {w.colour(asked)} one?", answered(yes(asked == bowl)))


def t175_q_near(w: World) -> Made:
    opts = []
    for bowl in w.bowls:
        if w.state.in_bowl(bowl):
            continue
        bd, bx = math.hypot(*_xy(w, bowl)), _xy(w, bowl)[0]
        n = 0
        for b in w.blocks:
            x, y = _xy(w, b)
            d = math.hypot(x, y)
            if abs(d - bd) < _MARGIN or abs(x - bx) < _MARGIN or (d < bd) != (x < bx):
                break
            n += d < bd
        else:
            opts.append((bowl, n))
    if not opts:
        return None
    bowl, n = w.pick(opts)[0]
    return f"How many blocks are closer to you, robot, than the {bowl} is?", answered(str(n))


def t175_q_front(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    (ax, ay), (bx, by) = _xy(w, a), _xy(w, b)
    da, db = math.hypot(ax, ay), math.hypot(bx, by)
    if abs(ax - bx) < _MARGIN or abs(da - db) < _MARGIN or (ax < bx) != (da < db):
        return None
    return (f"Is the {a} in front of the {b}, that is, nearer to the robot?", answered(yes(ax < bx)))


def t175_q_side(w: World) -> Made:
    got = _sides(w, w.blocks, ALL, lambda h: True)
    if not got:
        return None
    d, side = got
    return (f"How many blocks are {_HALF[d]}, counting any in bowls?", answered(str(len(side))))


def t175_q_mixed(w: World) -> Made:
    opts = [(d, e, m) for d in LR if (side := _half(w, w.blocks, d)) for e in NF if (m := _most(w, side, e))]
    if not opts:
        return None
    d, e, m = w.pick(opts)[0]
    half = "right" if d == "left" else "left"
    return (f"Of the blocks on the camera's {half}-hand half of the table, which colour is the one {_NEAR[e]}?",
            answered(w.colour(m)))


# ----- matching -----------------------------------------------------------------------------------------
def _one_of(w: World, dirs: tuple[str, ...]) -> tuple[str, dict[str, str]] | None:
    opts = [(d, moves) for d in dirs if (moves := _one_match(w, d))]
    return w.pick(opts)[0] if opts else None


def t175_match_robot(w: World) -> Made:
    got = _one_of(w, LR)
    if not got:
        return None
    d, moves = got
    return (f"Of the blocks that have a bowl of their own colour, put the one farthest to your {d}, robot, into "
            "its matching bowl.", _matching_done(moves))


def t175_match_camera(w: World) -> Made:
    got = _one_of(w, LR)
    if not got:
        return None
    d, moves = got
    word = "rightmost" if d == "left" else "leftmost"
    return (f"Among the blocks whose colour matches a bowl, the {word} one in the camera's view belongs in the "
            "bowl of its colour. Put it there.", _matching_done(moves))


def t175_match_near(w: World) -> Made:
    got = _one_of(w, NF)
    if not got:
        return None
    d, moves = got
    return (f"Take whichever block with a bowl of the same colour is {_NEAR[d].removesuffix(', robot')}, robot, "
            "and drop it into that bowl.", _matching_done(moves))


def t175_match_front(w: World) -> Made:
    got = _one_of(w, NF)
    if not got:
        return None
    d, moves = got
    return (f"Among the blocks with a same-coloured bowl, take the one {_FRONT[d]}, and put it into its bowl.",
            _matching_done(moves))


def t175_match_side(w: World) -> Made:
    got = _sides(w, w.blocks, ALL, lambda h: bool(_side_matches(w, h)))
    if not got:
        return None
    d, side = got
    return (f"Sort the blocks {_HALF[d]}, into the bowls of the same colour, wherever there is one.",
            _matching_done(_side_matches(w, side) or {}))


def t175_match_mixed(w: World) -> Made:
    got = _one_of(w, LR)
    if not got:
        return None
    d, moves = got
    return (f"Of the blocks that have a bowl of the same colour, take the one farthest to your {d}, robot (the "
            f"far {_OPPOSITE[d]} in the camera's view), and put it in its bowl.", _matching_done(moves))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("robot", "camera", "near", "front", "side", "mixed")
FRESH175: list[Template] = [
    (f"t175_{short}_{style}", category, globals()[f"t175_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
