"""What the policy sees of the front camera: a band of rows around the table, resized to a small square.

The front camera looks across the table at a slant, so the workspace fills only the middle
of its image and distances along the viewing direction are squeezed. Keeping the band of
rows that holds the workspace (`band` of the image height, centred on it) before resizing
doubles the resolution along that axis at the same network cost; `band = 1` keeps the
whole image. The band is found from the camera's own intrinsics and pose, so any camera
that sees the table works.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from sim.core import layout
from sim.world import CameraFrame


def workspace_rows(frame: CameraFrame, band: float) -> slice:
    """The rows of `frame` kept: `band` of its height, centred between the near and far table edges."""
    h = frame.shape[0]
    keep = min(h, max(1, round(h * band)))
    if keep == h:
        return slice(0, h)
    pose = np.asarray(frame.cam_to_world, dtype=np.float64)
    k = np.asarray(frame.intrinsics, dtype=np.float64)
    return _rows(pose.tobytes(), k.tobytes(), h, keep)  # a camera keeps its pose: worked out once per camera


@lru_cache(maxsize=64)
def _rows(cam_to_world: bytes, intrinsics: bytes, h: int, keep: int) -> slice:
    to_cam = np.linalg.inv(np.frombuffer(cam_to_world).reshape(4, 4))
    k = np.frombuffer(intrinsics).reshape(3, 3)
    rows = []
    for x in layout.WORKSPACE_X:
        p = to_cam @ np.array([x, 0.0, 0.0, 1.0])
        uvw = k @ p[:3]
        rows.append(uvw[1] / uvw[2])
    start = int(round((rows[0] + rows[1]) / 2 - keep / 2))
    start = min(max(start, 0), h - keep)
    return slice(start, start + keep)


def _resize(a: np.ndarray, size: int, reduce) -> np.ndarray:
    """(H, W, ...) -> (size, size, ...): `reduce` over blocks where a side is a multiple of size, else nearest."""
    for axis in (0, 1):
        n = a.shape[axis]
        if n == size:
            continue
        if n % size == 0:
            shape = a.shape[:axis] + (size, n // size) + a.shape[axis + 1 :]
            a = reduce(a.reshape(shape), axis=axis + 1)
        else:
            idx = (np.arange(size) * n / size + n / size / 2).astype(np.int64)
            a = np.take(a, idx, axis=axis)
    return a


def _block_mean(a: np.ndarray, axis: int) -> np.ndarray:
    """`np.mean(a, axis)` in float32 for a short block axis, summed slice by slice in the same order (the same
    values, about five times faster than numpy's reduction over a short inner axis)."""
    parts = np.moveaxis(a, axis, 0)
    total = parts[0].astype(np.float32)
    for part in parts[1:]:
        np.add(total, part, out=total)
    total /= np.float32(len(parts))
    return total


@dataclass(frozen=True)
class PolicyView:
    """size: side of the square images the policy sees; band: fraction of the camera's rows kept."""

    size: int = 64
    band: float = 1.0

    def rgb(self, frame: CameraFrame) -> np.ndarray:
        """(size, size, 3) uint8, each pixel the mean of its block."""
        a = _resize(frame.rgb[workspace_rows(frame, self.band)], self.size, _block_mean)
        return a if a.dtype == np.uint8 else np.rint(a, out=a).astype(np.uint8)

    def mask(self, frame: CameraFrame, mask: np.ndarray) -> np.ndarray:
        """(size, size) bool: a pixel is set when any pixel of its block is."""
        return _resize(np.asarray(mask, dtype=bool)[workspace_rows(frame, self.band)], self.size, np.any)

    def depth(self, frame: CameraFrame) -> np.ndarray:
        """(size, size) float16: the nearest surface in each block."""
        return _resize(frame.depth[workspace_rows(frame, self.band)], self.size, np.min).astype(np.float16)
