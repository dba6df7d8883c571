"""The annotated front image for people: boxes, names and confidences."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sim.core import layout
from sim.core.perceived import Scene


def annotate(rgb: np.ndarray, scene: Scene, min_side: int = 512) -> np.ndarray:
    """(H, W, 3) uint8 -> upscaled (k*H, k*W, 3) uint8 with a box and label per object."""
    k = max(1, -(-min_side // max(rgb.shape[:2])))
    img = Image.fromarray(np.ascontiguousarray(rgb)).resize((rgb.shape[1] * k, rgb.shape[0] * k), Image.NEAREST)
    draw = ImageDraw.Draw(img)
    for o in scene.objects:
        if o.box is None:
            continue
        x0, y0, x1, y1 = (v * k for v in o.box)
        colour = tuple(int(255 * c) for c in layout.COLOURS.get(o.colour, (1.0, 1.0, 1.0)))
        draw.rectangle((x0, y0, x1 - 1, y1 - 1), outline=colour, width=2)
        label = f"{o.name} {o.confidence:.2f}"
        if o.support != "table":
            label += f" ({o.support})"
        tx, ty = x0, max(0, y0 - 12)
        w = draw.textlength(label)
        draw.rectangle((tx, ty, tx + w + 2, ty + 11), fill=(0, 0, 0))
        draw.text((tx + 1, ty), label, fill=colour)
    return np.asarray(img)
