"""Pydantic models at the agent's boundaries: plans and episode results (the primitives are in `agent.primitives`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, SerializeAsAny

from agent.primitives import Call


class Plan(BaseModel):
    model_config = ConfigDict(extra="forbid")

    steps: list[SerializeAsAny[Call]]  # each validated as the registered primitive it names
    reasoning: str = ""


class StepResult(BaseModel):
    primitive: SerializeAsAny[Call]
    outcome: Literal["success", "failed", "skipped", "answered"]
    attempts: int = 1
    duration_s: float = 0.0
    message: str = ""


class ObjectPose(BaseModel):
    name: str
    position: tuple[float, float, float]


class EpisodeResult(BaseModel):
    """One instruction's outcome. `final_objects` come from the simulator, for evaluation only."""

    instruction: str
    success: bool
    plan: Plan | None = None
    steps: list[StepResult] = []
    llm_calls: int = 0
    tokens: dict[str, int] = {}
    replans: int = 0
    wall_s: float = 0.0
    final_objects: list[ObjectPose] = []
    error: str | None = None
    seed: int | None = None
    planner: str = ""
    skills: str = ""
