"""`pick(object)`: pick up one block."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from agent.primitives.base import Attempt, Call, register
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE, normalise_name
from sim.core.perceived import Scene
from sim.core.symbolic import SymState


@register
class Pick(Call):
    """Pick up a block by its name in the scene (e.g. "red block")."""

    primitive: Literal["pick"] = "pick"
    object: str = Field(description="name of a block in the scene, e.g. 'red block'")

    signature = "pick(object)"
    guide = ("pick up one block by its exact name in the scene (\"red block\", \"blue block 2\"). Only blocks can be "
             "picked, only when the gripper is empty and nothing rests on the block.")

    def canonical(self, names: list[str]) -> Pick:
        return Pick(object=normalise_name(self.object, names))

    def check(self, state: SymState) -> str | None:
        name = self.object
        blocks = ", ".join(state.blocks) or "none"
        if name in state.bowls:
            return f"bowls cannot be picked; blocks you can pick: {blocks}"
        if name in (BIN, TABLE, *PLACES):
            return f"{name!r} is a place, not an object; blocks you can pick: {blocks}"
        if name not in state.support:
            bowls = f"; bowls (cannot be picked): {', '.join(state.bowls)}" if state.bowls else ""
            return f"no such object; objects on the table: blocks: {blocks}{bowls}"
        held = state.held
        if held == name:
            return f"the gripper already holds the {name}; place it (place(target)) instead"
        if held is not None:
            return f"the gripper already holds the {held}; place it first, then pick"
        above = state.above(name)
        if above:
            order = ", then ".join(f"the {b}" for b in above)
            these = ", ".join(f"the {b}" for b in above)
            return (f"{these} {'is' if len(above) == 1 else 'are'} on top of it; "
                    f"clear it first: pick and place {order} (e.g. on the 'table')")
        return None

    def apply(self, state: SymState) -> None:
        state.support[self.object] = GRIPPER

    def argument(self) -> str:
        return self.object

    def subject(self, target: str, scene: Scene) -> str:
        return target

    def postcondition(self, attempt: Attempt, scene: Scene) -> str | None:
        block = attempt["block"]
        obj = scene.find(block)
        held = scene.held == block or (obj is not None and obj.support == GRIPPER)
        return None if held else f"perception shows the {block} is not in the gripper"

    def can_retry(self, attempt: Attempt, scene: Scene) -> bool:
        return scene.held is None
