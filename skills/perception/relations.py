"""Object poses and support relations from geometry: on a block, in a bowl, in the bin, in the gripper."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sim.core import layout
from skills.perception.geometry import Instance

BLOCK = layout.BLOCK_SIZE


@dataclass
class Pose:
    """An instance's estimated centre (robot frame), visible extent and top height above the table."""

    position: np.ndarray
    extent: np.ndarray
    top: float
    top_seen: bool = True  # False: only the sides show (a block low in a tower), the centre is a guess


def estimate_pose(inst: Instance, kind: str, camera_xy: np.ndarray) -> Pose:
    """The object's centre: for a block, from its top face (or its sides pushed back half a block
    from the camera when the top is hidden); for a bowl, the centre of its rim's footprint."""
    pts, hts = inst.points, inst.heights
    top = inst.top
    if kind == "bowl":
        low = pts[hts < layout.BOWL_HEIGHT + 0.004]
        low = low if len(low) else pts
        xy = (low[:, :2].max(0) + low[:, :2].min(0)) / 2
        z = float(np.median(pts[:, 2] - hts)) + layout.BOWL_HEIGHT / 2
        return Pose(np.array([*xy, z]), inst.extent, top)
    face = pts[hts > top - 0.005]
    # A seen top face spans the block both ways; the top edge of a side face is a thin line.
    seen = len(face) >= 3 and float((face[:, :2].max(0) - face[:, :2].min(0)).min()) >= 0.6 * BLOCK
    if seen:
        xy = face[:, :2].mean(0)
    else:
        away = pts[:, :2].mean(0) - camera_xy
        xy = pts[:, :2].mean(0) + away / max(float(np.linalg.norm(away)), 1e-6) * BLOCK / 2
    z = float(pts[:, 2].max() - hts.max()) + top - BLOCK / 2
    return Pose(np.array([*xy, z]), inst.extent, top, seen)


def align_towers(names: list[str], poses: list[Pose], support: dict[str, str]) -> bool:
    """A block whose top is hidden under another takes its centre from the block above (towers
    stand aligned), top down, so a whole tower gets the top block's clean estimate. Returns whether
    any centre moved."""
    index = {n: i for i, n in enumerate(names)}
    moved = False
    for name in sorted(names, key=lambda n: -poses[index[n]].top):
        below = support.get(name)
        if below in index and not poses[index[below]].top_seen:
            upper, lower = poses[index[name]], poses[index[below]]
            lower.position = np.array([*upper.position[:2], upper.position[2] - BLOCK])
            moved = True
    return moved


def in_bin(xy: np.ndarray, margin: float = 0.0) -> bool:
    half = layout.BIN_INNER / 2 + margin
    return abs(xy[0] - layout.BIN_CENTER[0]) < half and abs(xy[1] - layout.BIN_CENTER[1]) < half


def supports(
    names: list[str], kinds: list[str], poses: list[Pose], held: str | None = None
) -> dict[str, str]:
    """name -> what it rests on: "gripper", another object's name, "bin" or "table".

    A block rests on the block whose top is one block below its own top and nearly under it
    (the nearest, when several fit); else in a bowl whose rim surrounds it near the floor; else
    in the bin when inside its walls; else on the table.
    """
    out: dict[str, str] = {}
    for i, (name, kind, pose) in enumerate(zip(names, kinds, poses)):
        if name == held:
            out[name] = "gripper"
            continue
        xy = pose.position[:2]
        bottom = pose.top - BLOCK
        best, best_d = None, 0.03
        if kind == "block":
            for j, (other, okind, opose) in enumerate(zip(names, kinds, poses)):
                # The block below shows its top one block down, or lower when the one above hides it.
                if j == i or okind != "block" or other == held or not -0.03 < opose.top - bottom < 0.015:
                    continue
                d = float(np.linalg.norm(opose.position[:2] - xy))
                if d < best_d:
                    best, best_d = other, d
            if best is None and bottom < layout.BOWL_HEIGHT - 0.01:
                bowls = [
                    (float(np.linalg.norm(opose.position[:2] - xy)), other)
                    for other, okind, opose in zip(names, kinds, poses) if okind == "bowl"
                ]
                bowls = [b for b in bowls if b[0] < layout.BOWL_INNER_RADIUS]
                best = min(bowls)[1] if bowls else None
        if best is None:
            best = "bin" if in_bin(xy, margin=0.005) else "table"
        out[name] = best
    return out


def held_object(names: list[str], kinds: list[str], poses: list[Pose], ee_pos: np.ndarray) -> str | None:
    """The block nearest the grasp point, when one is within a block's reach of it."""
    best, best_d = None, 0.05
    for name, kind, pose in zip(names, kinds, poses):
        d = float(np.linalg.norm(pose.position - ee_pos))
        if kind == "block" and d < best_d:
            best, best_d = name, d
    return best


def camera_ground_xy(cam_to_world: np.ndarray) -> np.ndarray:
    return np.asarray(cam_to_world, dtype=np.float64)[:2, 3]
