"""The skill contract: the executor hands a skill a grounded target; the skill drives the world."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def torch_threads(n: int | None) -> Iterator[None]:
    """Run torch with `n` threads inside the block (restored after; None leaves torch alone).

    The shipped models are tiny and run at batch 1: one thread is fastest, and two threads on a
    shared two-core machine spin against each other (a policy call went from 2.5 ms to 107 ms).
    """
    import torch

    before = torch.get_num_threads()
    if n:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)
