"""A primitive added from this one file: `sweep(object)` pushes a clear block on the table into the bin.

Importing this module registers it; `agent.primitives.unregister("sweep")` removes it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from agent.primitives import Attempt, Call, register
from sim.core.lexicon import BIN, PLACES, TABLE, normalise_name
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds_in_scene
from sim.core.symbolic import SymState


@register
class Sweep(Call):
    """Sweep a block off the table into the bin, without grasping it."""

    primitive: Literal["sweep"] = "sweep"
    object: str = Field(description="name of a block on the table, e.g. 'red block'")

    signature = "sweep(object)"
    guide = "push a block that rests on the table, with nothing on it, into the bin; the gripper must be empty."

    def canonical(self, names: list[str]) -> Sweep:
        return Sweep(object=normalise_name(self.object, names))

    def check(self, state: SymState) -> str | None:
        if self.object not in state.support:
            return f"no block called {self.object!r}; blocks: {', '.join(state.blocks)}"
        if state.held is not None:
            return f"the gripper holds the {state.held}; it must be empty to sweep"
        if state.support[self.object] not in (TABLE, *PLACES) or not state.is_clear(self.object):
            return f"only a clear block resting on the table can be swept; the {self.object} is not one"
        return None

    def apply(self, state: SymState) -> None:
        state.support[self.object] = BIN

    def argument(self) -> str:
        return self.object

    def subject(self, target: str, scene: Scene) -> str:
        return target

    def postcondition(self, attempt: Attempt, scene: Scene) -> str | None:
        rel = Rel("in_bin", attempt["block"] or self.object)
        return None if holds_in_scene(rel, scene) else f"{rel.describe()} does not hold"

    def can_retry(self, attempt: Attempt, scene: Scene) -> bool:
        return scene.held is None
