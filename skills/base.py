"""The skill contract: the executor hands a skill a grounded target; the skill drives the world."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np

from sim.world import World

TargetKind = Literal["object", "place", "bin", "table"]


@dataclass(frozen=True)
class Target:
    """Where a step acts, as perception grounded it (robot frame, metres).

    For an object: its perceived centroid and extent, and its mask in the front camera
    image (None when the skill does not need one). For a named place, the bin or the
    table: the spot's position; `kind` tells which.
    """

    name: str
    kind: TargetKind
    position: np.ndarray
    object_kind: str | None = None  # "block" or "bowl" for objects
    extent: np.ndarray | None = None
    mask: np.ndarray | None = None


@dataclass(frozen=True)
class SkillOutcome:
    success: bool
    message: str = ""
    actions: int = 0


class Skill(Protocol):
    """One primitive (`pick` or `place`) run closed-loop through `World.step`."""

    primitive: str

    def __call__(self, world: World, target: Target) -> SkillOutcome: ...
