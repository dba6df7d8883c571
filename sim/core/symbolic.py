"""`SymState`: the table as what rests on what; plans are simulated on it and goals checked against it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.perceived import Scene


def place_at(x: float, y: float) -> str | None:
    """The named place whose centre is within `layout.PLACE_RADIUS` of (x, y), if any."""
    for name, (px, py) in layout.PLACES.items():
        if math.hypot(x - px, y - py) < layout.PLACE_RADIUS:
            return name
    return None


@dataclass
class SymState:
    """What rests on what. `support[block]` is "table", "bin", "gripper", a block, a bowl or a named place.

    A block on the table within `layout.PLACE_RADIUS` of a named place rests "on" that place.
    The rules of moving blocks (preconditions and effects) belong to the primitives.
    """

    support: dict[str, str]
    bowls: list[str]
    colours: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_scene(cls, scene: Scene) -> SymState:
        support: dict[str, str] = {}
        for o in scene.objects:
            if o.kind != "block":
                continue
            s = o.support
            if scene.held == o.name:
                s = GRIPPER
            elif s == TABLE:
                s = place_at(o.position[0], o.position[1]) or TABLE
            support[o.name] = s
        if scene.held and scene.held in support:
            support[scene.held] = GRIPPER
        return cls(support=support, bowls=scene.names("bowl"), colours={o.name: o.colour for o in scene.objects})

    def copy(self) -> SymState:
        return SymState(dict(self.support), list(self.bowls), self.colours)

    @property
    def blocks(self) -> list[str]:
        return list(self.support)

    @property
    def held(self) -> str | None:
        return next((b for b, s in self.support.items() if s == GRIPPER), None)

    def on_top(self, name: str) -> list[str]:
        """Blocks resting directly on `name`."""
        return [b for b, s in self.support.items() if s == name]

    def above(self, block: str) -> list[str]:
        """Every block above `block` in its tower, top first."""
        out: list[str] = []
        cur = self.on_top(block)
        while cur:
            out.append(cur[0])
            cur = self.on_top(cur[0])
        return out[::-1]

    def is_clear(self, block: str) -> bool:
        return not self.on_top(block)

    def base(self, block: str) -> str:
        """What the tower holding `block` stands on: "table", "bin", "gripper", a bowl or a place."""
        s = self.support[block]
        seen = {block}
        while s in self.support and s not in seen:
            seen.add(s)
            s = self.support[s]
        return s

    def in_bowl(self, bowl: str) -> list[str]:
        return [b for b in self.support if self.base(b) == bowl]

    def on_the_table(self) -> list[str]:
        """Blocks whose tower stands on the table or a place on it: what people count as 'on the table'."""
        return [b for b in self.blocks if self.base(b) not in (*self.bowls, BIN, GRIPPER)]

    def count_at(self, place: str) -> int:
        """How many blocks `place` holds, as people count them: on the table, every block whose tower stands on it (a
        named place included); in a bowl, the bin or a named place, every block whose tower stands there."""
        return len(self.on_the_table()) if place == TABLE else sum(1 for b in self.blocks if self.base(b) == place)

    def in_bowls(self) -> list[str]:
        """Blocks whose tower stands in a bowl."""
        return [b for b in self.blocks if self.base(b) in self.bowls]

    def targets(self) -> list[str]:
        """Every valid place target name (whether or not it is free now)."""
        return [*self.blocks, *self.bowls, BIN, TABLE, *PLACES]
