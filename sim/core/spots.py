"""The one search for a free spot on the table, for `place(table)` (the executor's target and the scripted expert)."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from sim.core import layout

GRID = 0.02  # m between candidate spots
# A spot is safe when a block put there can be picked up again: away from the workspace's edges (blocks slide
# past the near edge, and grasps fail there) and from other objects (room for the fingers).
SAFE_EDGE, SAFE_GAP = 0.08, 0.08
# Where there is no safe spot, the tightest spot still allowed.
EDGE, BLOCK_GAP = 0.04, 0.06
CENTRE = ((layout.WORKSPACE_X[0] + layout.WORKSPACE_X[1]) / 2, (layout.WORKSPACE_Y[0] + layout.WORKSPACE_Y[1]) / 2)


def free_table_spot(obstacles: Iterable[tuple[float, float, str]], near: tuple[float, float] = CENTRE,
                    ) -> np.ndarray | None:
    """The free (x, y) nearest `near` (default: the workspace's centre), or None when the table is full.

    Free means clear of every obstacle (x, y, kind): `layout.BOWL_CLEARANCE` from bowls, and of the named
    places (`layout.PLACE_RADIUS` + 3 cm: they stay free for "at" requests). A safe spot (`SAFE_EDGE` from the
    edges, `SAFE_GAP` from blocks) is preferred; otherwise the nearest spot with `EDGE` and `BLOCK_GAP`.
    """
    obstacles = list(obstacles)
    for edge, gap in ((SAFE_EDGE, SAFE_GAP), (EDGE, BLOCK_GAP)):
        spot = _nearest_free(obstacles, near, edge, gap)
        if spot is not None:
            return spot
    return None


def _nearest_free(obstacles: list[tuple[float, float, str]], near: tuple[float, float], edge: float, gap: float,
                  ) -> np.ndarray | None:
    (x0, x1), (y0, y1) = layout.WORKSPACE_X, layout.WORKSPACE_Y
    best, best_d = None, math.inf
    for x in np.arange(x0 + edge, x1 - edge + 1e-3, GRID):
        for y in np.arange(y0 + edge, y1 - edge + 1e-3, GRID):
            clear = all(
                math.hypot(ox - x, oy - y) >= (layout.BOWL_CLEARANCE if kind == "bowl" else gap)
                for ox, oy, kind in obstacles
            ) and all(math.hypot(px - x, py - y) >= layout.PLACE_RADIUS + 0.03 for px, py in layout.PLACES.values())
            d = math.hypot(x - near[0], y - near[1])
            if clear and d < best_d:
                best, best_d = np.array([x, y]), d
    return best
