"""Pinhole cameras placed by eye, target and up: the front camera, and the matrices a `CameraFrame` carries."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class CameraSpec:
    eye: tuple[float, float, float]
    target: tuple[float, float, float]
    up: tuple[float, float, float] = (0.0, 0.0, 1.0)
    fov_deg: float = 50.0
    near: float = 0.05
    far: float = 3.0

    def intrinsics(self, size: int) -> np.ndarray:
        """(3, 3) pinhole K of a square `size` x `size` image."""
        f = size / (2.0 * math.tan(math.radians(self.fov_deg) / 2))
        return np.array([[f, 0, size / 2], [0, f, size / 2], [0, 0, 1]], dtype=np.float64)

    def cam_to_world(self) -> np.ndarray:
        """(4, 4) OpenCV-convention camera pose: z forward, x right, y down."""
        eye, target, up = (np.asarray(v, dtype=np.float64) for v in (self.eye, self.target, self.up))
        fwd = target - eye
        fwd /= np.linalg.norm(fwd)
        right = np.cross(fwd, up)
        right /= np.linalg.norm(right)
        down = np.cross(fwd, right)
        T = np.eye(4)
        T[:3, 0], T[:3, 1], T[:3, 2], T[:3, 3] = right, down, fwd, eye
        return T


# Faces the robot from the far side of the table: in its image "top" is the robot's side.
FRONT_CAMERA = CameraSpec(eye=(1.0, 0.12, 0.9), target=(0.48, 0.12, 0.0), fov_deg=48.0)
