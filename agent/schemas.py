"""Pydantic models at the agent's boundaries: primitives, plans and episode results."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field


class _Primitive(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Pick(_Primitive):
    """Pick up a block by its name in the scene (e.g. "red block")."""

    primitive: Literal["pick"] = "pick"
    object: str = Field(description="name of a block in the scene, e.g. 'red block'")


class Place(_Primitive):
    """Place the held block: on a block, in a bowl, at a named place, in the bin or on the table."""

    primitive: Literal["place"] = "place"
    target: str = Field(
        description="an object name ('blue bowl', 'green block'), a named place ('top left corner', "
        "'middle', ...), 'bin', or 'table' (a free spot)"
    )


class Ask(_Primitive):
    """Ask the user a question when the instruction is ambiguous."""

    primitive: Literal["ask"] = "ask"
    question: str


class Done(_Primitive):
    """Finish: the task is complete (or cannot be done, said in the summary)."""

    primitive: Literal["done"] = "done"
    summary: str = ""


Primitive = Annotated[Union[Pick, Place, Ask, Done], Field(discriminator="primitive")]


def describe_step(step: Pick | Place | Ask | Done, quote: bool = False) -> str:
    """A step as a call, for messages: "pick(red block)", or "pick('red block')" with `quote`."""
    q = repr if quote else str
    if isinstance(step, Pick):
        return f"pick({q(step.object)})"
    if isinstance(step, Place):
        return f"place({q(step.target)})"
    if isinstance(step, Ask):
        return f"ask({step.question!r})"
    return "done"


class Plan(BaseModel):
    model_config = ConfigDict(extra="forbid")

    steps: list[Primitive]
    reasoning: str = ""


class StepResult(BaseModel):
    primitive: Primitive
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
