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


def grasp_yaw(state: SimState, block: str) -> float:
    """The gripper yaw that grasps `block` (blocks repeat every pi/2) with the most room for the
    open fingers: away from neighbouring blocks and the wall of a bowl it is in."""
    obj = state.objects[block]
    lo, hi = -math.pi / 2 + 0.05, math.pi / 2 - 0.05  # the hand's yaw range
    # A grasp at the edge of the range is taken a little inside it (a few degrees off square still grasps).
    candidates = [wrap(obj.yaw + k * math.pi / 2) for k in range(4)]
    candidates = [float(np.clip(y, lo, hi)) for y in candidates if lo - 0.06 <= y <= hi + 0.06] or candidates
    best = max(candidates, key=lambda y: (round(finger_clearance(state, block, y), 3), -abs(wrap(y - state.ee_yaw))))
    return float(np.clip(best, lo, hi))


def aligned_yaw(block_yaw: float, current: float) -> float:
    """The yaw nearest `current` that lines the held block up with a block of yaw `block_yaw`."""
    best = min((wrap(block_yaw + k * math.pi / 2) for k in range(4)), key=lambda y: abs(wrap(y - current)))
    return float(np.clip(best, -math.pi / 2 + 0.05, math.pi / 2 - 0.05))


FINGER_REACH = layout.BLOCK_SIZE / 2 + 0.02  # m from the block's centre to an open fingertip's inner face
FINGER_THICK = 0.012  # m, a fingertip's thickness along the closing axis (its outer face is this much further)


def finger_clearance(state: SimState, block: str, yaw: float) -> float:
    """The smallest gap (metres) between the open fingertips, either side of `block` along `yaw`,
    and a neighbouring block at its level, the wall of the bowl it is in, or the rim of a bowl beside it
    (a fingertip that comes down on a rim lifts the bowl with the block)."""
    here = state.objects[block].position
    u = np.array([math.cos(yaw), math.sin(yaw)])
    tips = [here[:2] + s * FINGER_REACH * u for s in (-1, 1)]
    gap = 1.0
    for name, o in state.objects.items():
        if name == block:
            continue
        if o.kind == "bowl" and _xy(o.position, here) < layout.BOWL_INNER_RADIUS:
            gap = min([gap, *(layout.BOWL_INNER_RADIUS - _xy(o.position, t) for t in tips)])
        elif o.kind == "bowl":
            outer = layout.BOWL_INNER_RADIUS + layout.BOWL_WALL + FINGER_THICK
            gap = min([gap, *(_xy(o.position, t) - outer for t in tips)])
        elif o.kind == "block" and abs(o.position[2] - here[2]) < layout.BLOCK_SIZE * 1.5:
            gap = min([gap, *(_xy(o.position, t) - layout.BLOCK_SIZE * 0.71 for t in tips)])
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
