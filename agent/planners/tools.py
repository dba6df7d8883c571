"""The one tool an LLM planner forces, and reading its replies: `submit_plan` (the goal and the steps) or,
in goal mode, `submit_goal` (the goal only, or a question).

A reply is data: it is parsed into Pydantic models, never executed; anything else (another tool, two
calls, text only, malformed JSON, extra fields, a plan without its goal) is a `ReplyError` whose
message says what to fix, for the repair loop (`agent.planners.llm`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent import primitives
from agent.schemas import Plan
from sim.core.goal import Goal

SUBMIT_PLAN = "submit_plan"
SUBMIT_GOAL = "submit_goal"
GOAL_HELP = ("the goal the user asked for, as stages of conditions that must hold at the end; e.g. "
             '{"stages": [[{"op": "atom", "rel": "in", "args": ["red block", "blue bowl"]}]]}')


def submit_plan_description() -> str:
    signatures = ", ".join(primitives.get(name).signature for name in primitives.registered())
    return (f"Submit the goal the user asked for and the complete plan that reaches it: an ordered list of steps, "
            f"each one of {signatures}, ending with done (or ask).")


class StatedGoal(BaseModel):
    """What `submit_goal` carries in goal mode: the goal, or a question when the instruction is unclear."""

    model_config = ConfigDict(extra="forbid")

    goal: Goal | None = Field(default=None, description=GOAL_HELP)
    question: str = Field(default="", description="ask the user this instead, when the instruction is unclear")
    reasoning: str = ""


@dataclass(frozen=True)
class Tool:
    """The one tool a planner forces: its name, description and input schema."""

    name: str
    description: str
    schema: dict[str, Any]


def _merge_defs(schema: dict[str, Any], other: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """`other` without its `$defs`, and `schema`'s `$defs` joined with them (one name, one definition)."""
    other = dict(other)
    defs = dict(schema.get("$defs", {}))
    for name, definition in other.pop("$defs", {}).items():
        if defs.setdefault(name, definition) != definition:  # pragma: no cover - a naming clash is a bug
            raise RuntimeError(f"the plan and goal schemas both define {name!r} differently")
    return other, defs


def submit_plan_schema() -> dict[str, Any]:
    """The `submit_plan` input: a plan over the registered primitives (`primitives.plan_schema()`) plus its goal."""
    schema = primitives.plan_schema()
    goal, defs = _merge_defs(schema, Goal.model_json_schema())
    defs["Goal"] = goal
    goal_field = {"$ref": "#/$defs/Goal", "description": GOAL_HELP + "; required unless the plan only asks or answers"}
    return {**schema, "$defs": defs, "properties": {"goal": goal_field, **schema["properties"]}}


def tool_for(mode: str) -> Tool:
    """The tool of a mode: `submit_plan` (goal and steps) or `submit_goal` (the goal only)."""
    if mode == "goal":
        return Tool(SUBMIT_GOAL, "Submit the goal the user asked for (the robot plans the steps itself), "
                                 "or a question when the instruction is unclear.", StatedGoal.model_json_schema())
    return Tool(SUBMIT_PLAN, submit_plan_description(), submit_plan_schema())


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: Any  # a dict (Anthropic) or a raw JSON string (OpenAI): not trusted either way


@dataclass
class LLMReply:
    """One reply, provider-neutral, plus the assistant message to keep in the conversation."""

    calls: list[ToolCall]
    text: str
    assistant_message: dict[str, Any]
    input_tokens: int = 0
    output_tokens: int = 0


class ReplyError(Exception):
    """A reply that is not a well-formed `submit_plan` call; the message goes back to the LLM."""


def tool_arguments(reply: LLMReply, tool: str = SUBMIT_PLAN) -> dict[str, Any]:
    """The JSON object a reply passed to `tool`, or `ReplyError` saying what to fix."""
    if not reply.calls:
        raise ReplyError(f"you answered without calling {tool}; answer only through that tool")
    unknown = sorted({c.name for c in reply.calls if c.name != tool})
    if unknown:
        steps = f", and a plan may only use {', '.join(primitives.registered())}" if tool == SUBMIT_PLAN else ""
        raise ReplyError(f"unknown tool {unknown[0]!r}; the only tool is {tool}{steps}")
    if len(reply.calls) > 1:
        raise ReplyError(f"call {tool} exactly once, with everything in that one call")
    args = reply.calls[0].arguments
    if isinstance(args, str):
        try:
            args = json.loads(args)
        except json.JSONDecodeError as e:
            raise ReplyError(f"the {tool} arguments are not valid JSON ({e.msg} at char {e.pos})") from None
    if not isinstance(args, dict):
        raise ReplyError(f'the {tool} arguments must be a JSON object like {{"goal": ..., ...}}')
    return args


def _schema_error(tool: str, e: ValidationError) -> ReplyError:
    problems = [f"{'.'.join(map(str, err['loc'])) or 'input'}: {err['msg']}" for err in e.errors()[:5]]
    return ReplyError(f"the arguments do not match the {tool} schema: " + "; ".join(problems))


def parse_reply(reply: LLMReply) -> Plan:
    """The `Plan` (with its goal) in a `submit_plan` reply, or `ReplyError` saying what to fix."""
    try:
        plan = Plan.model_validate(tool_arguments(reply, SUBMIT_PLAN))
    except ValidationError as e:
        raise _schema_error(SUBMIT_PLAN, e) from None
    if plan.goal is None and any(step.runs == "skill" for step in plan.steps):
        raise ReplyError(f"{SUBMIT_PLAN} needs the goal you believe the user asked for as well as the steps: "
                         f"add \"goal\" ({GOAL_HELP})")
    return plan


def parse_goal(reply: LLMReply) -> StatedGoal:
    """The goal (or question) in a `submit_goal` reply, or `ReplyError` saying what to fix."""
    try:
        stated = StatedGoal.model_validate(tool_arguments(reply, SUBMIT_GOAL))
    except ValidationError as e:
        raise _schema_error(SUBMIT_GOAL, e) from None
    if stated.goal is None and not stated.question.strip():
        raise ReplyError(f"{SUBMIT_GOAL} needs a goal ({GOAL_HELP}), or a question when the instruction is unclear")
    return stated
