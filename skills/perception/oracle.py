"""Perfect perception from simulator ground truth: a test double, never the runtime perceiver.

`scene_from_state(state)` is the `Scene` a perfect perceiver would report for a `SimState` (what
rests on what decided by `sim.predicates`). `OraclePerceiver(world)` reports that scene for every
frame of a `SimWorld`, so executors, planners and skills can be tested apart from the learned
perception (`skills.perception.Perceiver`, which sees only RGB-D). Pick it by name with
`Agent(perceiver="oracle")`. A real robot has no simulator state: runtime code never uses this.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sim import predicates
from sim.core import layout
from sim.core.errors import UserError
from sim.core.lexicon import BIN, GRIPPER, TABLE
from sim.core.perceived import PerceivedObject, Scene
from sim.world import Observation, SimState, SimWorld
from skills.perception.grounding import Grounding

__all__ = ["OraclePerceiver", "OraclePerception", "scene_from_state"]

_H = layout.BLOCK_SIZE
_BLOCK_EXTENT = (_H, _H, _H)
_BOWL_EXTENT = (2 * (layout.BOWL_INNER_RADIUS + layout.BOWL_WALL),) * 2 + (layout.BOWL_HEIGHT,)
_FILLER = ("the", "a", "an")


def _support(state: SimState, name: str) -> str:
    """What `name` rests on: "table", "bin", "gripper", a block or a bowl (a block on a block in a bowl: the block)."""
    if state.objects[name].kind == "bowl":
        return TABLE
    if state.held == name:
        return GRIPPER
    if predicates.in_bin(state, name):
        return BIN
    blocks = [n for n, o in state.objects.items() if o.kind == "block" and n != name]
    for other in blocks:
        if predicates.on(state, name, other):
            return other
    for other, o in state.objects.items():
        if o.kind == "bowl" and predicates.inside(state, name, other):
            return other
    return TABLE


def scene_from_state(state: SimState) -> Scene:
    """The `Scene` a perfect perceiver would report for `state` (simulator truth; confidence 1, objects in state order)."""
    objects = [
        PerceivedObject(
            name=o.name, kind=o.kind, colour=o.colour,  # type: ignore[arg-type]
            position=tuple(float(v) for v in o.position),  # type: ignore[arg-type]
            extent=_BLOCK_EXTENT if o.kind == "block" else _BOWL_EXTENT,
            confidence=1.0, support=_support(state, o.name),
        )
        for o in state.objects.values()
    ]
    return Scene(objects=objects, held=state.held)


@dataclass
class OraclePerception:
    """What one frame shows, as `skills.perception.Perception` has it (masks are empty)."""

    scene: Scene
    masks: dict[str, np.ndarray]
    image: np.ndarray

    def annotated(self) -> np.ndarray:
        return self.image


class OraclePerceiver:
    """Reads the scene from `world.sim_state()` every frame. A test double: never in runtime code.

    `calls` counts the frames perceived. Grounding is by words: an object whose name holds every
    word of the expression (less "the", "a", "an"); one such object is a match, more are candidates.
    """

    def __init__(self, world: SimWorld) -> None:
        if not isinstance(world, SimWorld):
            raise UserError(f"the oracle perceiver reads simulator state: it needs a SimWorld (with sim_state()), "
                            f"got {type(world).__name__}; use perceiver='clip' on a real robot")
        self.world = world
        self.calls = 0

    def reset(self) -> None:
        """Nothing to forget: the oracle reads the simulator every frame."""

    def perceive(self, obs: Observation) -> OraclePerception:
        self.calls += 1
        scene = scene_from_state(self.world.sim_state())
        h, w = obs.front.shape
        return OraclePerception(scene=scene, masks={o.name: np.zeros((h, w), dtype=bool) for o in scene.objects},
                                image=np.asarray(obs.front.rgb))

    def ground(self, expr: str, perception: OraclePerception) -> Grounding:
        names = perception.scene.names()
        if expr in names:
            return Grounding(expression=expr, match=expr, candidates=[expr], confidence=1.0)
        words = [w for w in expr.lower().split() if w not in _FILLER]
        fits = [n for n in names if all(w in n.split() for w in words)]
        if len(fits) == 1:
            return Grounding(expression=expr, match=fits[0], candidates=fits, confidence=1.0)
        return Grounding(expression=expr, match=None, candidates=fits, confidence=0.5 if fits else 0.0,
                         reason=f"{len(fits)} objects fit {expr!r}")
