"""The safety layer: every action passes through `SafetyLimits.clamp` before the robot moves, and the joints the
world solves for the clamped target pass through `lead` before the motors get them.

A limit that changes an action is a clamp, named by kind (`max_speed`, `max_yaw_rate`, `workspace_x|y|z`,
`yaw_limit`, and the world's `joint_limit`, `unreachable` and `joint_speed`) in `StepInfo.clamps`; `ClampCounter`
counts them per episode, so results and the CLI can show them. An action with a NaN or infinite value is refused
(`SkillError`): it is a broken policy or controller, and turning it into some motion would hide that.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from sim.core import layout
from sim.core.errors import SkillError
from sim.scene import SceneSpec
from sim.world import Action, Observation, Proprio, StepInfo, World

REFUSED = "non_finite"  # the count of refused actions, beside the clamps
# The clamps of a step that `lead` cuts short: the joints for a point on its line, or the arm's way to them, would put
# the hand outside the box (the arm cannot reach the point with the hand pointing down, near its base or in the box's
# far corners, and the solver's best effort lies outside; or the joints turn far for a short move and the hand's path
# between the two poses bends out), or would turn faster than the Panda's joint speed limits.
UNREACHABLE = "unreachable"
JOINT_SPEED = "joint_speed"
# How far the Panda's fingertips reach below its grasp point (`panda_grasptarget`, the point the limits bound).
FINGERTIP_DEPTH = 0.009  # m
PANDA_JOINT_SPEED = (2.175,) * 4 + (2.61,) * 3  # rad/s: the Panda's joint speed limits (its URDF's)
WAYPOINTS = 3  # points on each step's straight line where the worlds solve and check the joints
_ON_THE_WAY = (0.5,)  # where the hand is checked between two joint targets (fractions of the way), besides the end


@dataclass(frozen=True)
class SafetyLimits:
    """Limits on the commanded end-effector target, in the robot frame.

    The box covers the workspace with a margin, and the bin beside it; its floor keeps the fingertips 5 mm
    above the table (a lower target drove them into it with the arm's full force: 300 N a finger in PyBullet,
    which let them sink 1 cm in and the hand 7 mm below the floor). `max_step` bounds
    the translation per 10 Hz action (0.3 m/s), `max_dyaw` the rotation. The worlds check the
    joints they command as well: a solution whose hand lies outside the box (`admits`) is not sent.
    """

    x: tuple[float, float] = (layout.WORKSPACE_X[0] - 0.05, layout.WORKSPACE_X[1] + 0.05)
    y: tuple[float, float] = (layout.WORKSPACE_Y[0] - 0.05, layout.BIN_CENTER[1] + layout.BIN_INNER / 2)
    z: tuple[float, float] = (FINGERTIP_DEPTH + 0.005, layout.WORKSPACE_Z[1])
    yaw: tuple[float, float] = (-math.pi / 2, math.pi / 2)
    max_step: float = 0.03
    max_dyaw: float = 0.25
    ik_slack: float = 0.001  # m: how far outside the box a joint solution may put the hand (the IK's residual)

    def outside(self, pos) -> float:
        """How far `pos` lies outside the box, in metres (the largest excess over one axis; 0 inside)."""
        return max(max(lo - float(v), float(v) - hi, 0.0) for v, (lo, hi) in zip(pos, (self.x, self.y, self.z)))

    def inside(self, pos) -> np.ndarray:
        """The point of the box nearest to `pos`."""
        return np.clip(np.asarray(pos, dtype=np.float64), *np.array([self.x, self.y, self.z]).T)

    def admits(self, hand) -> bool:
        """Whether joints whose forward kinematics put the hand at `hand` may be commanded."""
        return self.outside(hand) <= self.ik_slack

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


@dataclass(frozen=True)
class Lead:
    """The joints for one step along the straight line to its target (`lead`): `path` (the joint targets at the
    waypoints reached, in order; empty when the hand stays), where the hand's target ends (`pos`, `yaw`),
    `stop` (None, `UNREACHABLE` or `JOINT_SPEED`: why it ends short) and `joint_limit` (a solution was held
    at a joint limit)."""

    path: list[np.ndarray]
    pos: np.ndarray
    yaw: float
    stop: str | None
    joint_limit: bool


def lead(
    limits: SafetyLimits,
    start: tuple[np.ndarray, float],
    goal: tuple[np.ndarray, float],
    q_cmd: np.ndarray,
    solve: Callable[[np.ndarray, float, np.ndarray | None], tuple[np.ndarray, bool]],
    hand: Callable[[np.ndarray], np.ndarray],
    control_hz: float,
    waypoints: int = WAYPOINTS,
) -> Lead:
    """Solve the joints at `waypoints` points on the straight line from target pose `start` to `goal` (position,
    yaw) and keep those the arm may be sent to: it stops before the first point whose joints put the hand outside
    the box, or whose way there does (`UNREACHABLE`: the arm cannot reach the point with the hand pointing down
    and the solver's best effort lies outside, or the joints turn far for a short move and the hand's path between
    the two poses bends out), or that moves some joint from `q_cmd` (the joint target now) faster than the Panda's
    joint speed limits allow within one step at `control_hz` (`JOINT_SPEED`: near the base a short move can
    swing two joints by a radian, and the hand's path with them; when the first point is already too far, the
    joints turn toward its joints at those limits, and the target follows the hand).

    The world drives the arm through the points in turn, its servo reference moving along the straight joint-space
    line from one to the next (from `q_cmd` to the first); the hand is checked on those lines too. `solve(pos,
    yaw, seed)` -> (joints, held at a joint limit): the world's IK from `seed` (None: its own choice for the first
    point); `hand(joints)` -> the hand's position (forward kinematics).
    """
    max_step = np.asarray(PANDA_JOINT_SPEED) / control_hz
    (pos0, yaw0), (pos1, yaw1) = start, goal
    pos0, pos1 = np.asarray(pos0, dtype=np.float64), np.asarray(pos1, dtype=np.float64)
    path: list[np.ndarray] = []
    pos, yaw, stop, limited = pos0, yaw0, None, False
    for k in range(1, waypoints + 1):
        a = k / waypoints
        point, point_yaw = pos0 + a * (pos1 - pos0), yaw0 + a * (yaw1 - yaw0)
        q, at_limit = solve(point, point_yaw, path[-1] if path else None)
        limited |= at_limit
        way_from = path[-1] if path else q_cmd
        if not all(limits.admits(hand(way_from + t * (q - way_from))) for t in (*_ON_THE_WAY, 1.0)):
            stop = UNREACHABLE
        elif np.any(np.abs(q - q_cmd) > max_step):
            stop = JOINT_SPEED
        if stop:
            break
        path.append(q)
        pos, yaw = point, point_yaw
    if stop == JOINT_SPEED and not path:  # not even the first point: turn toward its joints as fast as they may
        part = q_cmd + np.clip(q - q_cmd, -max_step, max_step)
        if all(limits.admits(hand(q_cmd + t * (part - q_cmd))) for t in (*_ON_THE_WAY, 1.0)):
            path, pos = [part], np.asarray(hand(part), dtype=np.float64)
    return Lead(path, pos, yaw, stop, limited)


def ramp(start: np.ndarray, path: list[np.ndarray], ticks: int) -> Iterator[np.ndarray]:
    """The servo reference, tick by tick, moving at constant speed from joint target `start` through each point of
    `path` (from `lead`) in turn over `ticks` physics ticks; nothing when `path` is empty."""
    k = 0
    for i, q in enumerate(path, start=1):
        stop = ticks * i // len(path)
        for j in range(1, stop - k + 1):
            yield start + (j / (stop - k)) * (q - start)
        start, k = q, stop


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
