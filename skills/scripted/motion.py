"""Shared geometry for the scripted experts: where to go, and the action that moves there."""

from __future__ import annotations

import math

import numpy as np

from sim.core import layout
from sim.world import Action, SimState

MAX_STEP = 0.028  # a little under the safety layer's 0.03 m per action, so experts are never clamped
MAX_DYAW = 0.2
TRAVEL_MARGIN = 0.08  # clearance above the tallest object while carrying


def wrap(angle: float) -> float:
    return (angle + math.pi) % (2 * math.pi) - math.pi


SAFE_GAP = 0.003  # m: the room a grasp leaves around the open fingertips that counts as clear
# Skews off the block's square yaws tried when every square grasp puts a fingertip on a bowl: a block in a bowl
# sits 4.2 cm off the bowl's centre (`layout.BOWL_SLOTS`), and the open fingers span 12 cm, so along either
# square axis one fingertip comes down on the wall; across the bowl (pi/4 off square) both clear it. The
# fingers then hold the block by two edges, and `PlaceExpert` lines up the block, not the hand.
SKEWS = tuple(s * k * math.pi / 32 for k in range(1, 9) for s in (1, -1))[:-1]  # up to pi/4, least first
GRASP_SHIFTS = (0.0, 0.006, -0.006)  # m, the hand off the block's centre across the closing axis (pads stay on it)
ROOM = 0.02  # m: more room than this around the fingers is no better (the hand's nearest yaw decides)


def grasp_yaw(state: SimState, block: str) -> float:
    """The gripper yaw that grasps `block` (`grasp_pose`)."""
    return grasp_pose(state, block)[0]


def grasp_pose(state: SimState, block: str, avoid: tuple[float, ...] = ()) -> tuple[float, np.ndarray]:
    """(yaw, xy shift of the hand from the block's centre) that grasps `block` with the most room for the
    open fingers: away from neighbouring blocks and the wall of a bowl it is in or beside.

    Square grasps (blocks repeat every pi/2) first: the one with the most room (up to `ROOM`), then the nearest
    the hand's yaw. When its fingertips still come down on a bowl, the least skewed (then least shifted) grasp
    that clears every obstacle by `SAFE_GAP`, else the one with the most room. avoid: yaws that came down on
    something (`PickExpert`), skipped."""
    obj = state.objects[block]
    lo, hi = -math.pi / 2 + 0.05, math.pi / 2 - 0.05  # the hand's yaw range

    def yaws(skew: float, avoid: tuple[float, ...] = avoid) -> list[float]:
        # A grasp at the edge of the range is taken a little inside it (a few degrees off square still grasps).
        cands = [wrap(obj.yaw + k * math.pi / 2 + skew) for k in range(4)]
        cands = [float(np.clip(y, lo, hi)) for y in cands if lo - 0.06 <= y <= hi + 0.06] or cands
        return [float(np.clip(y, lo, hi)) for y in cands if all(abs(wrap(y - a)) > 0.15 for a in avoid)]

    def shift(yaw: float, s: float) -> np.ndarray:
        return s * np.array([-math.sin(yaw), math.cos(yaw)])

    square = yaws(0.0)
    if square:
        best = max(square, key=lambda y: (round(min(finger_clearance(state, block, y), ROOM), 3),
                                          -abs(wrap(y - state.ee_yaw))))
        if finger_clearance(state, block, best, only="bowl") >= SAFE_GAP:
            return best, np.zeros(2)
    # The grid of skews, and the one that closes the fingers across each bowl the block is in (along its wall)
    across = [math.atan2(obj.position[1] - o.position[1], obj.position[0] - o.position[0]) + math.pi / 2
              for o in state.objects.values() if o.kind == "bowl" and 1e-3 < _xy(o.position, obj.position)
              < layout.BOWL_INNER_RADIUS]
    skews = (0.0, *SKEWS, *((y - obj.yaw + math.pi / 4) % (math.pi / 2) - math.pi / 4 for y in across))
    cands = [(y, abs(skew), s) for skew in skews for y in yaws(skew) for s in GRASP_SHIFTS]
    if not cands:  # every yaw was avoided: the square one nearest the hand's
        return min(yaws(0.0, ()), key=lambda y: abs(wrap(y - state.ee_yaw))), np.zeros(2)
    gaps = {(y, k, s): finger_clearance(state, block, y, shift(y, s)) for y, k, s in cands}
    ok = [c for c in cands if gaps[c] >= SAFE_GAP]
    if ok:
        y, _, s = min(ok, key=lambda c: (round(c[1], 2), abs(c[2]), -round(min(gaps[c], ROOM), 3),
                                         abs(wrap(c[0] - state.ee_yaw))))
    else:
        y, _, s = max(cands, key=lambda c: (round(gaps[c], 3), -c[1], -abs(c[2]), -abs(wrap(c[0] - state.ee_yaw))))
    return y, shift(y, s)


def in_hand_skew(state: SimState, block: str) -> float:
    """How far the held `block` is turned from square in the fingers (radians, within +-pi/4)."""
    return float((state.objects[block].yaw - state.ee_yaw + math.pi / 4) % (math.pi / 2) - math.pi / 4)


def aligned_yaw(block_yaw: float, current: float) -> float:
    """The yaw nearest `current` that lines the held block up with a block of yaw `block_yaw`."""
    best = min((wrap(block_yaw + k * math.pi / 2) for k in range(4)), key=lambda y: abs(wrap(y - current)))
    return float(np.clip(best, -math.pi / 2 + 0.05, math.pi / 2 - 0.05))


# The open fingertips at a block's level, in the hand frame (measured on the PyBullet Panda, up to a bowl's rim
# above a block's centre): from FINGER_REACH (the inner face) to FINGER_OUTER (the outer face) out along the
# closing axis, FINGER_HALF_WIDTH either side of it.
FINGER_REACH = layout.BLOCK_SIZE / 2 + 0.02  # m from the hand's axis to an open fingertip's inner face
FINGER_OUTER = 0.061  # m from the hand's axis to an open fingertip's outer face
FINGER_HALF_WIDTH = 0.010  # m


def finger_clearance(state: SimState, block: str, yaw: float, shift: np.ndarray | None = None,
                     only: str | None = None) -> float:
    """The smallest gap (metres) between the open fingertips, either side of `block` along `yaw` with the hand
    `shift` off its centre, and a neighbouring block at its level, the wall of the bowl it is in, or the rim of
    a bowl beside it (a fingertip that comes down on a rim lifts the bowl with the block, or drags it).
    only: "bowl" or "block", the obstacles of that kind alone."""
    here = state.objects[block].position
    centre = here[:2] + (np.zeros(2) if shift is None else np.asarray(shift, dtype=np.float64))
    u = np.array([math.cos(yaw), math.sin(yaw)])
    v = np.array([-u[1], u[0]])
    corners = [centre + s * r * u + w * v for s in (-1, 1) for r in (FINGER_REACH, FINGER_OUTER)
               for w in (-FINGER_HALF_WIDTH, FINGER_HALF_WIDTH)]

    def to_tips(p: np.ndarray) -> float:  # distance from point p to the nearer fingertip
        a, b = float((p - centre) @ u), float((p - centre) @ v)
        across = max(abs(b) - FINGER_HALF_WIDTH, 0.0)
        return min(math.hypot(max(FINGER_REACH - s * a, s * a - FINGER_OUTER, 0.0), across) for s in (-1, 1))

    gap = 1.0
    for name, o in state.objects.items():
        if name == block or (only is not None and o.kind != only):
            continue
        if o.kind == "bowl" and _xy(o.position, here) < layout.BOWL_INNER_RADIUS:
            gap = min(gap, layout.BOWL_INNER_RADIUS - max(_xy(o.position, c) for c in corners))
        elif o.kind == "bowl":
            gap = min(gap, to_tips(o.position[:2]) - (layout.BOWL_INNER_RADIUS + layout.BOWL_WALL))
        elif o.kind == "block" and abs(o.position[2] - here[2]) < layout.BLOCK_SIZE * 1.5:
            gap = min(gap, to_tips(o.position[:2]) - layout.BLOCK_SIZE * 0.71)
    return gap


def travel_height(state: SimState, exclude: str | None = None) -> float:
    """A carrying height above every object (bowl rims and towers) and the bin walls."""
    tops = [o.position[2] + layout.BLOCK_SIZE / 2 for n, o in state.objects.items() if n != exclude and o.kind == "block"]
    return max([0.15, layout.BIN_HEIGHT + 0.05, *(t + TRAVEL_MARGIN + layout.BLOCK_SIZE for t in tops)])


def toward(state: SimState, goal: np.ndarray, yaw: float, gripper: float) -> Action:
    """One action from the current end-effector pose toward `goal`, limited in speed."""
    d = np.asarray(goal, dtype=np.float64) - state.ee_pos
    n = float(np.linalg.norm(d))
    if n > MAX_STEP:
        d *= MAX_STEP / n
    dyaw = float(np.clip(wrap(yaw - state.ee_yaw), -MAX_DYAW, MAX_DYAW))
    return Action(dpos=d, dyaw=dyaw, gripper=gripper)


def reached(state: SimState, goal: np.ndarray, tol: float = 0.006, yaw: float | None = None) -> bool:
    ok = float(np.linalg.norm(np.asarray(goal) - state.ee_pos)) < tol
    return ok and (yaw is None or abs(wrap(yaw - state.ee_yaw)) < 0.05)


def via_travel(state: SimState, goal: np.ndarray, travel_z: float) -> np.ndarray:
    """Rise first when far from the goal and low, so the hand never sweeps through towers."""
    far = math.hypot(*(goal[:2] - state.ee_pos[:2])) > 0.02
    if far and state.ee_pos[2] < travel_z - 0.02:
        return np.array([state.ee_pos[0], state.ee_pos[1], travel_z])
    if far:
        return np.array([goal[0], goal[1], travel_z])
    return goal


def nearest_object(state: SimState, position: np.ndarray, kind: str | None, max_dist: float = 0.06) -> str | None:
    """The simulator object nearest a perceived position: how an expert acts on what perception chose."""
    best, best_d = None, max_dist
    for name, o in state.objects.items():
        if kind is not None and o.kind != kind:
            continue
        d = float(np.linalg.norm(o.position - np.asarray(position, dtype=np.float64)))
        if o.kind == "bowl":  # a bowl's origin is its floor; perception sees its rim
            d = _xy(o.position, position)
        if d < best_d:
            best, best_d = name, d
    return best


def _xy(a: np.ndarray, b: np.ndarray) -> float:
    return float(math.hypot(a[0] - b[0], a[1] - b[1]))
