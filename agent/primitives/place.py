"""`place(target)`: put the held block down on a block, in a bowl, at a named place, in the bin or on the table."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import Field

from agent.primitives.base import Attempt, Call, register
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, normalise_name
from sim.core.perceived import Scene
from sim.core.relations import holds_in_scene, placement
from sim.core.symbolic import SymState


@register
class Place(Call):
    """Place the held block: on a block, in a bowl, at a named place, in the bin or on the table."""

    primitive: Literal["place"] = "place"
    target: str = Field(
        description="an object name ('blue bowl', 'green block'), a named place ('top left corner', "
        "'middle', ...), 'bin', or 'table' (a free spot)"
    )

    signature = "place(target)"
    guide = ("put down the block in the gripper. The target is a block name (stack on it), a bowl name (put it in "
             "the bowl), a named place (" + ", ".join(f'"{p}"' for p in PLACES) + '), "bin" or "table" (a free spot).')

    def canonical(self, names: list[str]) -> Place:
        return Place(target=normalise_name(self.target, names))

    def check(self, state: SymState) -> str | None:
        held, target = state.held, self.target
        if held is None:
            return "the gripper is empty; pick a block first"
        valid = _valid_targets(state, held)
        if target not in state.targets():
            return f"no such target; valid place targets now: {valid}"
        if target == held:
            return f"cannot place the {held} on itself (it is the block being held); valid place targets now: {valid}"
        if target in state.support:
            if state.support[target] == BIN:
                return f"the {target} is in the bin; nothing can be stacked there; valid place targets now: {valid}"
            top = state.on_top(target)
            if top:
                return (f"the {target} has the {top[0]} on it; place on a clear block or another target; "
                        f"valid place targets now: {valid}")
        if target in state.bowls:
            inside = state.on_top(target)
            if len(inside) >= layout.BOWL_CAPACITY:
                return (f"the {target} is full ({len(inside)} blocks: {', '.join(inside)}; it holds at most "
                        f"{layout.BOWL_CAPACITY}); valid place targets now: {valid}")
        return None

    def apply(self, state: SymState) -> None:
        held = state.held
        assert held is not None
        state.support[held] = self.target

    def argument(self) -> str:
        return self.target

    def subject(self, target: str, scene: Scene) -> str | None:
        return scene.held

    def postcondition(self, attempt: Attempt, scene: Scene) -> str | None:
        block = attempt["block"]
        if block is None:
            return "no block was involved"
        obj = scene.find(block)
        if obj is None:
            return f"perception no longer sees the {block}"
        if scene.held == block or obj.support == GRIPPER:
            return f"the {block} is still in the gripper"
        rel = placement(block, attempt["kind"] or "", attempt["target"] or "", attempt["object_kind"])
        if holds_in_scene(rel, scene):
            return None
        if rel.rel == "at":
            px, py = layout.PLACES[rel.target]
            return f"the {block} is {math.hypot(obj.position[0] - px, obj.position[1] - py) * 100:.0f} cm from the {rel.target}"
        return f"{rel.describe()} does not hold (it rests on {obj.support})"

    def can_retry(self, attempt: Attempt, scene: Scene) -> bool:
        return attempt["block"] is not None and scene.held == attempt["block"]


def _valid_targets(state: SymState, held: str) -> str:
    blocks = [b for b in state.blocks if b != held and state.is_clear(b) and state.support[b] not in (BIN, GRIPPER)]
    bowls = [w for w in state.bowls if len(state.on_top(w)) < layout.BOWL_CAPACITY]
    parts = [f"clear blocks: {', '.join(blocks) or 'none'}", f"bowls with room: {', '.join(bowls) or 'none'}",
             "'bin'", "'table'", "named places: " + ", ".join(repr(p) for p in PLACES)]
    return "; ".join(parts)
