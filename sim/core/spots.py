"""The one search for a free spot on the table, for `place(table)` (the executor's target and the scripted expert)."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from sim.core import layout

GRID = 0.02  # m between candidate spots
EDGE = 0.04  # m kept from the workspace's edges
BLOCK_GAP = 0.06  # m from a spot to any block's centre


def free_table_spot(obstacles: Iterable[tuple[float, float, str]], near: tuple[float, float]) -> np.ndarray | None:
    """The free (x, y) nearest `near`, clear of every obstacle (x, y, kind) and every named place; None if none.

    A spot keeps `layout.BOWL_CLEARANCE` from bowls, `BLOCK_GAP` from blocks and
    `layout.PLACE_RADIUS` + 3 cm from named places (they stay free for "at" requests).
    """
    obstacles = list(obstacles)
    (x0, x1), (y0, y1) = layout.WORKSPACE_X, layout.WORKSPACE_Y
    best, best_d = None, math.inf
    for x in np.arange(x0 + EDGE, x1 - EDGE + 1e-3, GRID):
        for y in np.arange(y0 + EDGE, y1 - EDGE + 1e-3, GRID):
            clear = all(
                math.hypot(ox - x, oy - y) >= (layout.BOWL_CLEARANCE if kind == "bowl" else BLOCK_GAP)
                for ox, oy, kind in obstacles
            ) and all(math.hypot(px - x, py - y) >= layout.PLACE_RADIUS + 0.03 for px, py in layout.PLACES.values())
            d = math.hypot(x - near[0], y - near[1])
            if clear and d < best_d:
                best, best_d = np.array([x, y]), d
    return best
