"""The safety layer: every action passes through `SafetyLimits.clamp` before the robot moves.

A limit that changes an action is a clamp, named by kind (`max_speed`, `max_yaw_rate`, `workspace_x|y|z`,
`yaw_limit`, and the world's `joint_limit`) in `StepInfo.clamps`; `ClampCounter` counts them per episode, so
results and the CLI can show them. An action with a NaN or infinite value is refused (`SkillError`): it is a
broken policy or controller, and turning it into some motion would hide that.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from sim.core import layout
from sim.core.errors import SkillError
from sim.scene import SceneSpec
from sim.world import Action, Observation, Proprio, StepInfo, World

REFUSED = "non_finite"  # the count of refused actions, beside the clamps


@dataclass(frozen=True)
class SafetyLimits:
    """Limits on the commanded end-effector target, in the robot frame.

    The box covers the workspace with a margin, and the bin beside it. `max_step` bounds
    the translation per 10 Hz action (0.3 m/s), `max_dyaw` the rotation.
    """

    x: tuple[float, float] = (layout.WORKSPACE_X[0] - 0.05, layout.WORKSPACE_X[1] + 0.05)
    y: tuple[float, float] = (layout.WORKSPACE_Y[0] - 0.05, layout.BIN_CENTER[1] + layout.BIN_INNER / 2)
    z: tuple[float, float] = (0.005, layout.WORKSPACE_Z[1])
    yaw: tuple[float, float] = (-math.pi / 2, math.pi / 2)
    max_step: float = 0.03
    max_dyaw: float = 0.25

    def clamp(self, action: Action, target_pos: np.ndarray, target_yaw: float) -> tuple[Action, np.ndarray, float, tuple[str, ...]]:
        """Clamp `action` applied at the current target; return (applied action, new target pos, new yaw, clamps)."""
        clamps: list[str] = []
        dpos = np.asarray(action.dpos, dtype=np.float64)
        if dpos.shape != (3,) or not (np.all(np.isfinite(dpos)) and math.isfinite(action.dyaw)
                                      and math.isfinite(action.gripper)):
            raise SkillError(f"refused a non-finite action (dpos {dpos.tolist()}, dyaw {action.dyaw}, "
                             f"gripper {action.gripper}): the policy or controller is broken")
        norm = float(np.linalg.norm(dpos))
        if norm > self.max_step:
            dpos = dpos * (self.max_step / norm)
            clamps.append("max_speed")
        dyaw = float(action.dyaw)
        if abs(dyaw) > self.max_dyaw:
            dyaw = math.copysign(self.max_dyaw, dyaw)
            clamps.append("max_yaw_rate")
        new = np.asarray(target_pos, dtype=np.float64) + dpos
        for i, (axis, (lo, hi)) in enumerate(zip("xyz", (self.x, self.y, self.z))):
            if not lo <= new[i] <= hi:
                new[i] = min(max(new[i], lo), hi)
                clamps.append(f"workspace_{axis}")
        yaw = target_yaw + dyaw
        if not self.yaw[0] <= yaw <= self.yaw[1]:
            yaw = min(max(yaw, self.yaw[0]), self.yaw[1])
            clamps.append("yaw_limit")
        gripper = float(np.clip(action.gripper, 0.0, 1.0))
        applied = Action(dpos=new - np.asarray(target_pos, dtype=np.float64), dyaw=yaw - target_yaw, gripper=gripper)
        return applied, new, yaw, tuple(clamps)


class ClampCounter:
    """Wraps a `World` and counts, by kind, every clamp its `step` reports and every refused action."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.counts: Counter[str] = Counter()

    def step(self, action: Action) -> StepInfo:
        try:
            info = self.world.step(action)
        except SkillError:
            self.counts[REFUSED] += 1
            raise
        self.counts.update(info.clamps)
        return info

    def reset(self, scene: SceneSpec) -> Observation:
        return self.world.reset(scene)

    def observe(self) -> Observation:
        return self.world.observe()

    def proprio(self) -> Proprio:
        return self.world.proprio()

    def close(self) -> None:
        self.world.close()

    def __getattr__(self, name: str):  # sim_state, render, body_ids, ... of the wrapped world
        return getattr(self.world, name)
