"""The scripted pick expert: reads simulator state, drives the robot only through `World.step`."""

from __future__ import annotations

import numpy as np

from sim.world import Action, SimState
from skills.scripted import motion

LIFT = 0.12
# One action closes the fingers (24 physics steps); the next already lifts. Holding still
# longer would show a learner identical frames labelled "wait" and then "lift".
CLOSE_STEPS = 1
# The open fingers came down on a bowl (it rose or slid while nothing should touch it): stop pressing, rise, and
# try the next best grasp, at most this many times; then give up rather than push it along (a bowl pressed on
# slides away, a block in it too, until neither is in reach).
MAX_REGRASPS = 1
BOWL_RISE = 0.004  # m: a bowl lifted this much has a fingertip on its rim...
BOWL_SLIDE = 0.01  # m: ...and one moved this far was pushed by the fingers
MAX_RESTARTS = 4  # approaches started over because the block moved; more and the hand is pushing it: give up


class PickExpert:
    """Closed loop: approach above the block, descend, close, lift. `act` returns None when finished.

    Every action is recomputed from the current state, so the expert corrects perturbations
    (which is what makes its demonstrations teach recovery). `blocked` names what the fingers came down
    on when the expert gave up (the pick then fails without having pushed it away).
    """

    def __init__(self, block: str) -> None:
        self.block = block
        self.phase = "approach"
        self._closing = 0
        self._travel_z: float | None = None
        self._lift_z: float | None = None
        # (grasp yaw, hand shift off the block's centre, the block's xy and yaw it was chosen for)
        self._pose: tuple[float, np.ndarray, np.ndarray, float] | None = None
        self.closed_at: np.ndarray | None = None  # where the hand closed the fingers
        self.blocked: str | None = None
        self._avoid: tuple[float, ...] = ()
        self._bowls: dict[str, np.ndarray] | None = None  # bowl -> where it was when the pick began
        self._restarts = 0

    def act(self, state: SimState) -> Action | None:
        obj = state.objects[self.block]
        if self._bowls is None:
            self._bowls = {n: o.position.copy() for n, o in state.objects.items() if o.kind == "bowl"}
        if (self._pose is None or abs(motion.wrap(obj.yaw - self._pose[3])) > 0.1
                or np.hypot(*(obj.position[:2] - self._pose[2])) > 0.01):  # chosen once per block pose
            yaw, shift = motion.grasp_pose(state, self.block, self._avoid)
            self._pose = (yaw, shift, obj.position[:2].copy(), obj.yaw)
        yaw = self._pose[0]
        grasp = obj.position + np.array([*self._pose[1], 0.0])
        if self._travel_z is None:
            self._travel_z = motion.travel_height(state, exclude=self.block)
        if self.phase in ("approach", "descend"):
            hit = self._bowl_touched(state)
            if hit is not None:
                self._avoid = (*self._avoid, yaw)
                self._pose = None
                if len(self._avoid) > MAX_REGRASPS:
                    self.blocked = hit
                self.phase = "rise"
        if self.phase == "rise":  # off what the fingers came down on, fingers open
            up = np.array([*state.ee_pos[:2], grasp[2] + 0.06])
            if state.ee_pos[2] > up[2] - 0.01:
                if self.blocked is not None:
                    self.phase = "done"
                    return None
                self.phase, self._bowls = "approach", None  # where the bowls came to rest is the new start
            else:
                return motion.toward(state, up, state.ee_yaw, 0.0)
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
                    self._restarts += 1
                    if self._restarts > MAX_RESTARTS:
                        self.blocked = self.block
                        self.phase = "done"
                        return None
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

    def _bowl_touched(self, state: SimState) -> str | None:
        """The bowl the open fingers came down on, if any: one that rose or slid since the pick began."""
        for name, start in (self._bowls or {}).items():
            now = state.objects[name].position
            if now[2] > start[2] + BOWL_RISE or np.hypot(*(now[:2] - start[:2])) > BOWL_SLIDE:
                return name
        return None
