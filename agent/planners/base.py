"""The `Planner` protocol: instruction + perceived scene (+ image, history, feedback) -> `Plan`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np

from agent.schemas import Plan
from sim.core.perceived import Scene


@dataclass
class PlanRequest:
    """What a planner sees.

    history: earlier turns of this conversation, oldest first, as short lines
    ("user: put the red block in the bowl", "agent: done: ..."). feedback: this episode's
    execution feedback in words, for replanning ("pick(red block) failed: the block
    slipped; the scene is now ...").
    """

    instruction: str
    scene: Scene
    image: np.ndarray | None = None
    history: list[str] = field(default_factory=list)
    feedback: list[str] = field(default_factory=list)


@dataclass
class Usage:
    llm_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0


@runtime_checkable
class Planner(Protocol):
    name: str
    usage: Usage

    def plan(self, request: PlanRequest) -> Plan:
        """Return a plan that passes `agent.validate.validate_plan`, or raise `PlanningError`."""
        ...
