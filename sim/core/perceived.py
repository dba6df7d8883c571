"""`Scene`: the world as perception sees it, the planners' input."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class PerceivedObject(BaseModel):
    """One object found in the RGB-D frame, in the robot frame (metres).

    `support` says what it rests on: "table", "bin", "gripper" or another object's name.
    """

    model_config = ConfigDict(extra="forbid")

    name: str
    kind: Literal["block", "bowl"]
    colour: str
    position: tuple[float, float, float]
    extent: tuple[float, float, float]
    confidence: float
    support: str = "table"
    box: tuple[int, int, int, int] | None = None  # x0, y0, x1, y1 in the front image


class Scene(BaseModel):
    """The perceived scene. Names are unique ("red block", "red block 2")."""

    model_config = ConfigDict(extra="forbid")

    objects: list[PerceivedObject] = []
    held: str | None = None

    def find(self, name: str | None) -> PerceivedObject | None:
        """The object called `name`, or None."""
        return next((o for o in self.objects if o.name == name), None)

    def get(self, name: str) -> PerceivedObject:
        obj = self.find(name)
        if obj is None:
            raise KeyError(name)
        return obj

    def names(self, kind: str | None = None) -> list[str]:
        return [o.name for o in self.objects if kind is None or o.kind == kind]

    def on_top_of(self, name: str) -> list[str]:
        """The objects resting directly on `name`."""
        return [o.name for o in self.objects if o.support == name]

    def describe(self) -> str:
        """A short text for a planner: one line per object, with what it rests on."""
        if not self.objects:
            return "The table is empty."
        lines = []
        for o in self.objects:
            x, y, z = o.position
            where = {"table": "on the table", "bin": "in the bin", "gripper": "in the gripper"}.get(
                o.support, f"{'in' if o.support.endswith('bowl') else 'on'} the {o.support}"
            )
            lines.append(f"- {o.name} at ({x:.2f}, {y:.2f}, {z:.2f}) m, {where}")
        if self.held:
            lines.append(f"The gripper holds the {self.held}.")
        return "\n".join(lines)
