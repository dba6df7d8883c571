"""Instance crops for CLIP: the same function makes training crops and runtime crops.

A crop is a square around the mask's box, at least `min_frac` of the image side (so a block
stays small and a bowl large: scale tells them apart), with pixels outside the mask set
to grey (so a block in a bowl is seen without the bowl), resized by nearest neighbour, and
brightened so its bright pixels reach a fixed level: a shaded side face (all that shows of a
block low in a tower) then looks like a lit one, and only the hue is left to tell colours apart.
"""

from __future__ import annotations

import numpy as np

GREY = 128


def crop_instance(
    rgb: np.ndarray,
    mask: np.ndarray,
    size: int = 32,
    min_frac: float = 0.125,
    pad: float = 1.2,
    jitter: tuple[float, float, float] = (0.0, 0.0, 1.0),
    level: float = 230.0,
) -> np.ndarray:
    """(H, W, 3) uint8 image and (H, W) bool mask -> (size, size, 3) uint8 masked crop.

    jitter: (dx, dy, scale) as fractions of the crop side, for training augmentation.
    level: the brightness the 90th percentile of the crop's max channel is scaled to (0: off).
    """
    ys, xs = np.nonzero(mask)
    if len(ys) == 0:
        return np.full((size, size, 3), GREY, dtype=np.uint8)
    y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    side = max(pad * max(y1 - y0, x1 - x0), min_frac * rgb.shape[0]) * jitter[2]
    cy = (y0 + y1) / 2 + jitter[1] * side
    cx = (x0 + x1) / 2 + jitter[0] * side
    grid = (np.arange(size) + 0.5) / size - 0.5
    rows = np.floor(cy + grid * side).astype(np.int64)
    cols = np.floor(cx + grid * side).astype(np.int64)
    h, w = mask.shape
    rv = (rows >= 0) & (rows < h)
    cv = (cols >= 0) & (cols < w)
    rr = np.clip(rows, 0, h - 1)[:, None]
    cc = np.clip(cols, 0, w - 1)[None, :]
    keep = mask[rr, cc] & rv[:, None] & cv[None, :]
    pix = rgb[rr, cc].astype(np.float32)
    if level and keep.any():
        bright = np.percentile(pix[keep].max(1), 90)
        pix = np.clip(pix * (level / max(float(bright), 1.0)), 0, 255)
    return np.where(keep[..., None], pix, np.float32(GREY)).astype(np.uint8)
