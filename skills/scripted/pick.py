"""The scripted pick expert: reads simulator state, drives the robot only through `World.step`."""

from __future__ import annotations

import numpy as np

from sim.world import Action, SimState
from skills.scripted import motion

LIFT = 0.12
# One action closes the fingers (24 physics steps); the next already lifts. Holding still
# longer would show a learner identical frames labelled "wait" and then "lift".
CLOSE_STEPS = 1


class PickExpert:
    """Closed loop: approach above the block, descend, close, lift. `act` returns None when finished.

    Every action is recomputed from the current state, so the expert corrects perturbations
    (which is what makes its demonstrations teach recovery).
    """

    def __init__(self, block: str) -> None:
        self.block = block
        self.phase = "approach"
        self._closing = 0
        self._travel_z: float | None = None
        self._lift_z: float | None = None
        self._yaw: tuple[float, float] | None = None  # (grasp yaw, the block yaw it was chosen for)
        self.closed_at: np.ndarray | None = None  # where the hand closed the fingers

    def act(self, state: SimState) -> Action | None:
        obj = state.objects[self.block]
        if self._yaw is None or abs(motion.wrap(obj.yaw - self._yaw[1])) > 0.1:  # chosen once per block pose
            self._yaw = (motion.grasp_yaw(state, self.block), obj.yaw)
        yaw = self._yaw[0]
        grasp = obj.position.copy()
        if self._travel_z is None:
            self._travel_z = motion.travel_height(state, exclude=self.block)
        if self.phase == "approach":
            above = grasp + np.array([0.0, 0.0, 0.06])
            goal = motion.via_travel(state, above, max(self._travel_z, above[2]))
            if motion.reached(state, above, tol=0.01, yaw=yaw):
                self.phase = "descend"
            return motion.toward(state, goal, yaw, 0.0)
        if self.phase == "descend":
            if motion.reached(state, grasp, tol=0.006):
                self.phase = "close"  # and close in this very step
            else:
                if np.hypot(*(grasp[:2] - state.ee_pos[:2])) > 0.02:  # the block moved: start over
                    self.phase = "approach"
                return motion.toward(state, grasp, yaw, 0.0)
        if self.phase == "close":
            if self._closing < CLOSE_STEPS:
                self._closing += 1
                self.closed_at = state.ee_pos.copy()
                return Action(dpos=np.zeros(3), dyaw=0.0, gripper=1.0)
            self.phase = "lift"
        if self.phase == "lift":
            if self._lift_z is None:
                self._lift_z = float(state.ee_pos[2]) + LIFT
            goal = np.array([state.ee_pos[0], state.ee_pos[1], self._lift_z])
            if state.ee_pos[2] > goal[2] - 0.01 or motion.reached(state, goal, tol=0.01):
                self.phase = "done"
                return None
            return motion.toward(state, goal, state.ee_yaw, 1.0)
        return None
