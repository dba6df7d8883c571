"""The scripted place expert: carries the held block to the target and releases it."""

from __future__ import annotations

import math

import numpy as np

from sim.core import layout
from sim.core.spots import bin_slot, footprint, free_table_spot, place_slot
from sim.world import Action, SimState
from skills.base import Target
from skills.scripted import motion

_H = layout.BLOCK_SIZE
OPEN_STEPS = 1  # as for closing in pick.py: no still frames once the fingers have moved
RETREAT = 0.08


def release_pose(state: SimState, block: str, target: Target, dest: str | None) -> tuple[np.ndarray, float]:
    """Where (and at which yaw) to open the gripper for `target`; `dest` is the simulator object it names."""
    others = {n: o for n, o in state.objects.items() if n != block and o.kind == "block"}
    obstacles = footprint(o for n, o in state.objects.items() if n != block)
    yaw = state.ee_yaw
    # A block in a bowl may be grasped off square (`motion.grasp_pose`): on a block, line up the block, not the hand.
    skew = motion.in_hand_skew(state, block)
    if target.kind == "object" and dest is not None and state.objects[dest].kind == "bowl":
        bowl = state.objects[dest].position
        free = [s for s in layout.BOWL_SLOTS if _free(others, bowl[:2] + np.array(s), 0.03)]
        slot = free[0] if free else layout.BOWL_SLOTS[0]
        z = bowl[2] + layout.BOWL_FLOOR + _H / 2 + 0.012 + (0 if free else _H)
        return np.array([bowl[0] + slot[0], bowl[1] + slot[1], z]), yaw
    if target.kind == "object" and dest is not None:
        base = state.objects[dest]
        return base.position + np.array([0.0, 0.0, _H + 0.008]), motion.aligned_yaw(base.yaw - skew, yaw)
    if target.kind == "place":
        cx, cy = layout.PLACES[target.name]
        slot = place_slot(obstacles, target.name)
        if slot is not None:
            return np.array([slot[0], slot[1], _H / 2 + 0.008]), yaw
        tower = [o for o in others.values() if math.hypot(o.position[0] - cx, o.position[1] - cy) < 0.02]
        if not tower:  # every slot is near a bowl or taken by something off-centre: use the centre
            return np.array([cx, cy, _H / 2 + 0.008]), yaw
        top = max(tower, key=lambda o: o.position[2])  # all slots full: stack on the centre tower
        return top.position + np.array([0.0, 0.0, _H + 0.008]), motion.aligned_yaw(top.yaw - skew, yaw)
    if target.kind == "bin":
        slot = bin_slot(obstacles)
        return np.array([slot[0], slot[1], layout.BIN_HEIGHT + 0.04]), yaw
    spot = free_table_spot(obstacles, (float(target.position[0]), float(target.position[1])))
    if spot is None:
        raise LookupError("no free spot left on the table")
    return np.array([spot[0], spot[1], _H / 2 + 0.008]), yaw


def _free(others: dict, xy: np.ndarray, clearance: float) -> bool:
    return all(math.hypot(o.position[0] - xy[0], o.position[1] - xy[1]) >= clearance for o in others.values())


class PlaceExpert:
    """Closed loop: rise, carry above the release pose, descend, open, retreat. `act` returns None when finished."""

    def __init__(self, block: str, target: Target, dest: str | None) -> None:
        self.block, self.target, self.dest = block, target, dest
        self.phase = "carry"
        self._opening = 0
        self._release: tuple[np.ndarray, float] | None = None
        self._travel_z: float | None = None

    def act(self, state: SimState) -> Action | None:
        if self._release is None:
            self._release = release_pose(state, self.block, self.target, self.dest)
            self._travel_z = max(motion.travel_height(state, exclude=self.block), self._release[0][2] + 0.05)
        goal, yaw = self._release
        if self.phase == "carry":
            above = goal + np.array([0.0, 0.0, 0.05])
            if motion.reached(state, above, tol=0.01, yaw=yaw):
                self.phase = "descend"
            return motion.toward(state, motion.via_travel(state, above, self._travel_z), yaw, 1.0)
        if self.phase == "descend":
            if not motion.reached(state, goal, tol=0.006):
                return motion.toward(state, goal, yaw, 1.0)
            self.phase = "open"
        if self.phase == "open":
            if self._opening < OPEN_STEPS:
                self._opening += 1
                return Action(dpos=np.zeros(3), dyaw=0.0, gripper=0.0)
            self.phase = "retreat"
        if self.phase == "retreat":
            up = np.array([state.ee_pos[0], state.ee_pos[1], goal[2] + RETREAT])
            if state.ee_pos[2] >= up[2] - 0.01:
                self.phase = "done"
                return None
            return motion.toward(state, up, state.ee_yaw, 0.0)
        return None
