"""Success predicates over simulator ground truth (`SimState`): for evaluation and labels, never runtime."""

from __future__ import annotations

import numpy as np

from sim import layout
from sim.world import SimState

_H = layout.BLOCK_SIZE


def _xy_dist(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.hypot(a[0] - b[0], a[1] - b[1]))


def held(state: SimState, block: str) -> bool:
    """The block is between the fingers and off the table."""
    return state.held == block and state.objects[block].position[2] > _H / 2 + 0.01


def in_bowl(state: SimState, block: str, bowl: str) -> bool:
    """The block rests inside the bowl's rim (possibly on another block in it), not held."""
    b, w = state.objects[block].position, state.objects[bowl].position
    return (
        not held(state, block)
        and _xy_dist(b, w) < layout.BOWL_INNER_RADIUS - 0.01
        and b[2] - w[2] < layout.BOWL_HEIGHT + _H
    )


def on(state: SimState, top: str, bottom: str) -> bool:
    """`top` rests directly on block `bottom`."""
    a, b = state.objects[top].position, state.objects[bottom].position
    return not held(state, top) and _xy_dist(a, b) < _H * 0.6 and abs((a[2] - b[2]) - _H) < 0.012


def on_table(state: SimState, block: str) -> bool:
    """The block rests directly on the table top."""
    return not held(state, block) and abs(state.objects[block].position[2] - _H / 2) < 0.01


def at(state: SimState, block: str, place: str) -> bool:
    """The block's centre is within `layout.PLACE_RADIUS` of the named place (on the table or a tower there)."""
    return not held(state, block) and _xy_dist(state.objects[block].position, np.array(layout.PLACES[place])) < layout.PLACE_RADIUS


def in_bin(state: SimState, block: str) -> bool:
    """The block lies inside the bin's walls."""
    p = state.objects[block].position
    half = layout.BIN_INNER / 2
    cx, cy = layout.BIN_CENTER
    return not held(state, block) and abs(p[0] - cx) < half and abs(p[1] - cy) < half and p[2] < layout.BIN_HEIGHT + _H


def stacked(state: SimState, tower: list[str]) -> bool:
    """`tower` (bottom to top) stands as one tower whose bottom block is on the table."""
    if not tower:
        return False
    return on_table(state, tower[0]) and all(on(state, a, b) for b, a in zip(tower, tower[1:]))
