"""Where a put-down block goes: the free spot on the table for `place(table)`, the free slot at a named place and
in the bin. One search each, used by the executor (on the perceived scene, so the learned skills are steered to
the very spot) and by the scripted experts (on simulator state): both choose the same spot."""

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


def _clear(blocks: Iterable[tuple[float, float]], xy: tuple[float, float], gap: float) -> bool:
    return all(math.hypot(bx - xy[0], by - xy[1]) >= gap for bx, by in blocks)


def place_slot(obstacles: Iterable[tuple[float, float, str]], place: str) -> np.ndarray | None:
    """The first of `layout.PLACE_SLOTS` around named place `place` clear of the obstacles (x, y, kind): of bowls by
    `layout.BOWL_CLEARANCE`, of blocks by a block's width; None when every slot is taken."""
    obstacles = list(obstacles)
    blocks = [(x, y) for x, y, kind in obstacles if kind == "block"]
    bowls = [(x, y) for x, y, kind in obstacles if kind == "bowl"]
    cx, cy = layout.PLACES[place]
    for dx, dy in layout.PLACE_SLOTS:
        spot = (cx + dx, cy + dy)
        if _clear(bowls, spot, layout.BOWL_CLEARANCE) and _clear(blocks, spot, layout.BLOCK_SIZE * 1.05):
            return np.array(spot)
    return None


def bin_slot(obstacles: Iterable[tuple[float, float, str]]) -> np.ndarray:
    """The first of `layout.BIN_SLOTS` clear of the blocks among the obstacles (x, y, kind; those outside the bin do
    not matter); the centre when all are taken (the block then lands on another, still well inside the walls)."""
    cx, cy = layout.BIN_CENTER
    half = layout.BIN_INNER / 2
    blocks = [(x, y) for x, y, kind in obstacles if kind == "block" and abs(x - cx) < half and abs(y - cy) < half]
    for dx, dy in layout.BIN_SLOTS:
        if _clear(blocks, (cx + dx, cy + dy), layout.BLOCK_SIZE * 1.05):
            return np.array([cx + dx, cy + dy])
    return np.array([cx, cy])


def footprint(objects: Iterable) -> list[tuple[float, float, str]]:
    """(x, y, kind) of each object (anything with `position` and `kind`: simulator state or a perceived scene), the
    obstacles the searches above take."""
    return [(float(o.position[0]), float(o.position[1]), o.kind) for o in objects]
