"""The safety layer: every action passes through `SafetyLimits.clamp` before the robot moves."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from sim.core import layout
from sim.world import Action


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
        dpos = np.nan_to_num(np.asarray(action.dpos, dtype=np.float64), nan=0.0, posinf=0.0, neginf=0.0)
        norm = float(np.linalg.norm(dpos))
        if norm > self.max_step:
            dpos = dpos * (self.max_step / norm)
            clamps.append("max_speed")
        dyaw = float(np.nan_to_num(action.dyaw))
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
        gripper = float(np.clip(np.nan_to_num(action.gripper), 0.0, 1.0))
        applied = Action(dpos=new - np.asarray(target_pos, dtype=np.float64), dyaw=yaw - target_yaw, gripper=gripper)
        return applied, new, yaw, tuple(clamps)
