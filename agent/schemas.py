"""Pydantic models at the agent's boundaries: plans and episode results (the primitives are in `agent.primitives`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, SerializeAsAny

from agent.primitives import Call
from sim.core.goal import Goal


class Plan(BaseModel):
    """The steps, and the goal they are meant to reach (None: no goal stated, e.g. a refusal or a replayed plan).

    The goal is what validation simulates the steps against and what the executor checks, from
    perception, once the last step has run.
    """

    model_config = ConfigDict(extra="forbid")

    goal: Goal | None = None
    steps: list[SerializeAsAny[Call]]  # each validated as the registered primitive it names
    reasoning: str = ""


class DryRun(BaseModel):
    """What `vla-agent plan --json` prints: the goal and the plan for an instruction, with nothing moved.

    `error` says why there is no plan (the planner's one-line reason); `goal_text` is the goal in English.
    """

    instruction: str
    goal: Goal | None = None
    goal_text: str = ""
    plan: Plan | None = None
    planner: str = ""
    llm_calls: int = 0
    seed: int | None = None
    error: str | None = None


class StepResult(BaseModel):
    primitive: SerializeAsAny[Call]
    outcome: Literal["success", "failed", "skipped", "answered"]
    attempts: int = 1
    duration_s: float = 0.0
    message: str = ""


class ObjectPose(BaseModel):
    name: str
    position: tuple[float, float, float]


class FaultRecord(BaseModel):
    """A fault injected by `sim.faults` that fired: its kind, after how many actions, and what it did."""

    kind: str
    action: int
    detail: str


FailureCause = Literal["understanding", "planning", "grounding", "skill", "verification", "budget", "crash"]


class EpisodeResult(BaseModel):
    """One instruction's outcome. `final_objects` come from the simulator, for evaluation only.

    `clamps` counts the safety layer's clamps by kind (and refused non-finite actions, "non_finite");
    `faults` lists the injected faults that fired; `failure` says why a failed episode failed
    (`agent.executor.state.failure_cause`; evaluation refines it with the task's goal).
    """

    instruction: str
    success: bool
    plan: Plan | None = None
    goal: Goal | None = None  # the goal of the last plan; without a task family, success means it held at the end
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
    clamps: dict[str, int] = {}
    faults: list[FaultRecord] = []
    failure: FailureCause | None = None
