"""The relations of `sim.core.relations` on simulator ground truth (`SimState`): for evaluation and labels, never runtime.

`holds(rel, state)` evaluates a `Rel`; one function per relation says what it means in metres.
"""

from __future__ import annotations

import numpy as np

from sim.core import layout
from sim.core.relations import Rel
from sim.world import SimState

_H = layout.BLOCK_SIZE


def _xy_dist(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.hypot(a[0] - b[0], a[1] - b[1]))


def held(state: SimState, block: str) -> bool:
    """The block is between the fingers and off the table."""
    return state.held == block and state.objects[block].position[2] > _H / 2 + 0.01


def inside(state: SimState, block: str, bowl: str) -> bool:
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


def clear(state: SimState, block: str) -> bool:
    """No block rests directly on `block`."""
    return not any(on(state, other, block) for other, o in state.objects.items() if o.kind == "block" and other != block)


def tower(state: SimState, blocks: list[str]) -> bool:
    """`blocks` stand as one tower, in any order."""
    return stacked(state, sorted(blocks, key=lambda n: float(state.objects[n].position[2])))


_EVALUATORS = {
    "on": on, "in": inside, "at": at, "in_bin": in_bin, "on_table": on_table, "held": held, "clear": clear,
}


def unchanged(state: SimState, block: str, initial: SimState | None) -> bool:
    """The block rests where it rested in `initial` (its centre moved less than half a block; not held).

    Without `initial` it is taken to hold, as in `sim.core.relations.holds`."""
    if initial is None:
        return True
    a, b = state.objects[block].position, initial.objects[block].position
    return not held(state, block) and float(np.linalg.norm(np.asarray(a) - np.asarray(b))) < _H / 2


def holds(rel: Rel, state: SimState, initial: SimState | None = None) -> bool:
    """Whether `rel` is true on simulator ground truth (`initial`: the state at the start, for "unchanged")."""
    if rel.negated:
        return not holds(rel.positive(), state, initial)
    if rel.rel == "unchanged":
        return unchanged(state, rel.block, initial)
    if rel.rel == "stacked":
        return stacked(state, list(rel.args))
    if rel.rel == "tower":
        return tower(state, list(rel.args))
    return _EVALUATORS[rel.rel](state, *rel.args)
