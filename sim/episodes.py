"""Pick-and-place episodes by seed: the scene (`bench_scene`) and the block and target drawn on it
(`pick_place_task`). Demonstration collection (seeds below 100000), evaluation rollouts during
training and the benchmarks (`vla-agent bench sim`, `bench policy`) all draw their episodes here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from sim.core import layout
from sim.core.spots import bin_slot, footprint, place_slot
from sim.scene import SceneSpec, generate_scene

if TYPE_CHECKING:
    from sim.world import SimState

TARGET_KINDS = ("bowl", "block", "place", "bin")


class TaskTarget(NamedTuple):
    """Where the block goes, as the simulator knows it; the fields of `skills.base.Target` in its order,
    so `Target(*t)` makes the skill's target (without perception's extent and mask)."""

    name: str
    kind: str  # "object", "place", "bin" (or "table")
    position: np.ndarray
    object_kind: str | None = None  # "block" or "bowl" for objects


def pick_place_task(seed: int, state: SimState, scene_objects) -> tuple[str, TaskTarget]:
    """A random pick-and-place for episode `seed`: a block on top of its tower, and a target whose kind cycles by seed."""
    rng = np.random.default_rng(seed)
    covered = {o.on for o in scene_objects if o.on}
    blocks = [n for n, o in state.objects.items() if o.kind == "block" and n not in covered]
    block = blocks[int(rng.integers(len(blocks)))]
    kind = TARGET_KINDS[seed % len(TARGET_KINDS)]
    if kind == "bowl":
        bowls = [n for n, o in state.objects.items() if o.kind == "bowl"]
        name = bowls[int(rng.integers(len(bowls)))]
        return block, TaskTarget(name, "object", state.objects[name].position, "bowl")
    if kind == "block":
        others = [b for b in blocks if b != block]
        name = others[int(rng.integers(len(others)))]
        return block, TaskTarget(name, "object", state.objects[name].position, "block")
    if kind == "place":
        return block, place_target(state, block, list(layout.PLACES)[int(rng.integers(len(layout.PLACES)))])
    return block, bin_target(state, block)


def place_target(state: SimState, block: str, place: str) -> TaskTarget:
    """Named place `place` at the slot `block` goes to (`sim.core.spots.place_slot`, as the executor grounds it)."""
    slot = place_slot(_obstacles(state, block), place)
    xy = slot if slot is not None else layout.PLACES[place]
    return TaskTarget(place, "place", np.array([xy[0], xy[1], 0.0]))


def bin_target(state: SimState, block: str) -> TaskTarget:
    """The bin at the slot `block` goes to (`sim.core.spots.bin_slot`, as the executor grounds it)."""
    slot = bin_slot(_obstacles(state, block))
    return TaskTarget("bin", "bin", np.array([slot[0], slot[1], 0.0]))


def _obstacles(state: SimState, block: str) -> list[tuple[float, float, str]]:
    """What `block`, being put down, must keep clear of: every other object."""
    return footprint(o for n, o in state.objects.items() if n != block)


def bench_scene(seed: int) -> SceneSpec:
    """4 blocks (one tower of two on odd seeds, one block in a bowl every third seed) and 2 bowls."""
    return generate_scene(seed, blocks=4, bowls=2, stacked=seed % 2, in_bowls=int(seed % 3 == 0))
