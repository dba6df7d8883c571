"""The target-mask channel: the grounded object's mask, or a destination spot projected as a disc;
and the goal point the policy steers to, read from that mask and the depth image.

At runtime the mask comes from perception (CLIP grounding, `Target.mask`). Collection and
the benchmark get it from a `MaskSource`: `PerceptionMasks` (the real pipeline) or
`SegmentationMasks`, a stand-in that reads simulator segmentation, used only while the
perception checkpoint is missing.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from sim.world import CameraFrame, Observation
from skills.base import Target

# Disc radius (metres) for destinations that are not a perceived object.
DISC_RADIUS = {"place": 0.03, "bin": 0.03, "table": 0.04, "block": 0.025, "bowl": 0.09}  # place, bin: the slot itself


def disc_mask(frame: CameraFrame, centre: np.ndarray, radius: float) -> np.ndarray:
    """(H, W) bool: pixels whose ray meets the horizontal plane z = centre[2] within `radius` of centre."""
    h, w = frame.shape
    v, u = np.mgrid[0:h, 0:w].astype(np.float64) + 0.5
    rays = np.stack([u, v, np.ones_like(u)], axis=-1) @ np.linalg.inv(frame.intrinsics).T
    R, origin = frame.cam_to_world[:3, :3], frame.cam_to_world[:3, 3]
    dirs = rays @ R.T
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (centre[2] - origin[2]) / dirs[..., 2]
    hit = origin[:2] + t[..., None] * dirs[..., :2]
    return (t > 0) & (np.hypot(hit[..., 0] - centre[0], hit[..., 1] - centre[1]) < radius)


def target_mask(frame: CameraFrame, target: Target) -> np.ndarray:
    """The mask channel for `target` in `frame`'s image: its perceived mask, else a disc at its position."""
    if target.mask is not None and target.mask.any():
        return np.asarray(target.mask, dtype=bool)
    kind = target.kind if target.kind != "object" else (target.object_kind or "block")
    centre = np.array([target.position[0], target.position[1], 0.0])
    return disc_mask(frame, centre, DISC_RADIUS[kind])


GOAL_FACE = 0.015  # m: mask points this close below the highest one make an object's top face


def goal_point(frame: CameraFrame, mask: np.ndarray) -> np.ndarray:
    """(3,) robot frame: the centre of the top of what `mask` covers in `frame`, from its depth.

    Only RGB-D and camera parameters are used (what the robot sees, not where the simulator
    put the object), so the network need not read metric positions off a 64-pixel image.
    A mask on the bare table (a place, the table, the bin's disc) gives its centre at z = 0.
    """
    from skills.perception.geometry import backproject

    mask = np.asarray(mask, dtype=bool)
    if not mask.any():
        return np.zeros(3)
    pts = backproject(np.asarray(frame.depth, dtype=np.float32), frame.intrinsics, frame.cam_to_world)[mask]
    top = float(pts[:, 2].max())
    if top <= GOAL_FACE:
        return np.array([*pts[:, :2].mean(0), 0.0])
    face = pts[pts[:, 2] > top - GOAL_FACE]
    return np.array([*face[:, :2].mean(0), top])


class MaskSource(Protocol):
    """Where collection and the benchmark get an object's mask in the front image (None: not found)."""

    name: str

    def __call__(self, world: object, obs: Observation, object_name: str) -> np.ndarray | None: ...


class SegmentationMasks:
    """STAND-IN: masks from simulator segmentation, only until the perception checkpoint exists."""

    name = "segmentation"

    def __call__(self, world: object, obs: Observation, object_name: str) -> np.ndarray | None:
        seg = obs.front.segmentation
        body = world.body_ids().get(object_name)  # type: ignore[attr-defined]
        if seg is None or body is None:
            return None
        mask = seg == body
        return mask if mask.any() else None


class PerceptionMasks:
    """The real pipeline: perceive the frame, take the object's CLIP-labelled mask, else ground its name."""

    name = "perception"

    def __init__(self, checkpoint: str | None = None) -> None:
        self.checkpoint = checkpoint
        self._perceiver = None

    def __call__(self, world: object, obs: Observation, object_name: str) -> np.ndarray | None:
        if self._perceiver is None:
            from skills.perception import Perceiver

            self._perceiver = Perceiver(checkpoint=self.checkpoint)
        from sim.core.errors import PerceptionError

        p = self._perceiver.perceive(obs)
        mask = p.masks.get(object_name)
        if mask is None:
            try:
                match = self._perceiver.ground(f"the {object_name}", p).match
            except (PerceptionError, KeyError):  # KeyError: seen from grounding while perception was in progress
                return None
            mask = p.masks.get(match) if match is not None else None
        return None if mask is None or not mask.any() else np.asarray(mask, dtype=bool)


def mask_source(name: str) -> MaskSource:
    if name == "perception":
        return PerceptionMasks()
    if name == "segmentation":
        return SegmentationMasks()
    from sim.core.errors import UserError

    raise UserError(f"unknown mask source {name!r}; valid: perception, segmentation")
