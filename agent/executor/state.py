"""What the executor graph carries: its typed, JSON-only state, its bounds, its events and its dependencies.

The world, perceiver, planner and skills travel in the run's context (`Deps`), never in the
checkpointed state: simulator handles do not serialise, and a checkpoint must hold only data.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypedDict

import numpy as np

from agent.planners.base import Planner
from agent.primitives import Attempt
from sim.core.perceived import Scene
from sim.world import Observation, World
from skills.base import Skill


@dataclass
class ExecutorConfig:
    """Bounds of one episode. `max_steps` counts skill executions (retries included)."""

    max_retries: int = 2
    max_replans: int = 2
    max_steps: int = 60
    time_budget_s: float = 600.0
    max_questions: int = 3


EventKind = Literal["perceive", "plan", "act", "step", "retry", "replan", "goal", "ask", "answer", "done", "fail"]


@dataclass(frozen=True)
class Event:
    """A progress event for the CLI. `step` is the 1-based plan step, when one applies."""

    kind: EventKind
    message: str
    step: int | None = None


class Perception(Protocol):
    """What the executor reads from `skills.perception.Perception`."""

    scene: Scene
    masks: dict[str, np.ndarray]


class Grounding(Protocol):
    """What the executor reads from `skills.perception.Grounding`."""

    match: str | None
    candidates: list[str]


class Perceiver(Protocol):
    """`skills.perception.Perceiver`, or any object with the same methods (`skills.perception.oracle`)."""

    def perceive(self, obs: Observation) -> Perception: ...

    def ground(self, expr: str, perception: Any) -> Grounding: ...

    def reset(self) -> None:
        """Forget earlier frames (a new scene)."""
        ...


class Question(TypedDict):
    """A pending question: from an `ask` step ("plan") or from grounding ("ground": which object `expr` means)."""

    kind: Literal["plan", "ground"]
    text: str
    expr: str
    candidates: list[str]


class EpisodeState(TypedDict, total=False):
    """The checkpointed state of one episode: plain JSON values only."""

    instruction: str
    history: list[str]  # earlier turns of the conversation, plus questions and answers
    started: float  # time.time() at the start, for the time budget
    scene: dict  # the latest perceived Scene
    initial_scene: dict  # the first perceived Scene of the episode (what "unchanged" in a goal compares with)
    perceived_at: int  # the value of `actions` when `scene` was perceived (the world moves only by actions)
    plan: dict | None  # the current Plan
    planned_names: list[str]  # the objects of the scene the current plan was made from
    step: int  # index of the current step in the plan
    attempts: int  # failed attempts of the current step so far
    step_started: float | None
    replans: int
    questions: int
    feedback: list[str]  # execution feedback for replanning, in words
    results: list[dict]  # StepResult dumps, in order
    actions: int  # skill executions so far (the step budget)
    question: Question | None
    bindings: dict[str, str]  # expression -> object name, from the user's answers
    last: Attempt | None  # what `act` did, for `verify`
    next: str  # the route chosen by the node that ran last
    status: Literal["running", "done", "failed"]
    error: str | None


def initial_state(instruction: str, history: list[str] | None = None) -> EpisodeState:
    return EpisodeState(
        instruction=instruction, history=list(history or []), started=time.time(), scene={}, initial_scene={},
        perceived_at=-1,
        plan=None, planned_names=[], step=0, attempts=0, step_started=None, replans=0, questions=0, feedback=[], results=[],
        actions=0, question=None, bindings={}, last=None, next="plan", status="running", error=None,
    )


@dataclass
class Deps:
    """What the nodes act through; passed as the run's context, never checkpointed.

    `perception` is the latest perception with its masks (numpy, so not state); it is valid
    while the state's `perceived_at` equals its `actions`: only a skill moves the world.
    """

    world: World
    perceiver: Perceiver
    planner: Planner
    skills: Mapping[str, Skill]
    config: ExecutorConfig = field(default_factory=ExecutorConfig)
    on_event: Callable[[Event], None] | None = None
    perception: Any = None
    image: np.ndarray | None = None  # the front image of that perception, for the planner

    def perceive(self) -> Any:
        obs = self.world.observe()
        self.perception = self.perceiver.perceive(obs)
        self.image = obs.front.rgb
        return self.perception

    def emit(self, kind: EventKind, message: str, step: int | None = None) -> None:
        if self.on_event is not None:
            self.on_event(Event(kind, message, step))


def failure_cause(state: EpisodeState) -> str | None:
    """Why an episode failed, in one word (`agent.schemas.FailureCause`); None when it ended "done".

    budget: a step or time budget ran out. understanding: the instruction was not understood, or a question
    went unanswered. planning: the planner had no valid plan, or every step ran but the plan's goal did not
    hold. grounding: perception failed, or a step's argument matched nothing in the scene. skill: the skill
    reported that it failed. verification: the skill reported success, but perception did not confirm it.
    """
    if state.get("status") == "done":
        return None
    error = state.get("error") or ""
    if "budget exhausted" in error:
        return "budget"
    if "could not understand" in error or "needs an answer" in error or error.startswith("gave up after"):
        return "understanding"
    if error.startswith("planning failed"):
        return "planning"
    if error.startswith("perception failed"):
        return "grounding"
    last = state.get("last")
    if last is not None:
        return "grounding" if not last["ran"] else "verification" if last["ok"] else "skill"
    return "planning"
