"""Planners by name: `auto`, `offline`, `anthropic[:MODEL]`, `openai[:MODEL]`, `openai-compatible[:MODEL]`,
and `replay:PLANS.json` (the plans of a file, in order: for tests; see `agent.planners.function`)."""

from __future__ import annotations

import importlib
import os

from sim.core.errors import UserError
from agent.planners.base import Planner, PlanRequest, Usage

__all__ = ["Planner", "PlanRequest", "Usage", "make_planner", "PLANNERS"]

# name -> "module:class" (or a factory); it is called as cls(model=str | None, base_url=str | None).
PLANNERS: dict[str, str] = {
    "offline": "agent.planners.offline:OfflinePlanner",
    "anthropic": "agent.planners.anthropic:AnthropicPlanner",
    "openai": "agent.planners.openai:OpenAIPlanner",
    "openai-compatible": "agent.planners.openai:OpenAICompatiblePlanner",
    "replay": "agent.planners.function:replay_planner",
}


LLM_MODES = ("plan", "goal")  # an LLM plans the steps, or only states the goal for the offline planner
LLM_PLANNERS = ("anthropic", "openai", "openai-compatible")


def make_planner(spec: str = "auto", base_url: str | None = None, llm_mode: str = "plan") -> Planner:
    """Build a planner from a spec such as "auto", "offline" or "anthropic:claude-sonnet-4-5".

    llm_mode applies to the LLM planners ("goal": the model states the goal, the offline planner plans);
    the other planners plan from a goal of their own.
    """
    if llm_mode not in LLM_MODES:
        raise UserError(f"unknown LLM mode {llm_mode!r}; valid: {', '.join(LLM_MODES)}")
    name, _, model = spec.partition(":")
    if name == "auto":
        name = "anthropic" if os.environ.get("ANTHROPIC_API_KEY") else "openai" if os.environ.get("OPENAI_API_KEY") else "offline"
    if name not in PLANNERS:
        raise UserError(f"unknown planner {spec!r}; valid: auto, {', '.join(PLANNERS)} (optionally NAME:MODEL)")
    if name == "openai-compatible" and not base_url:
        raise UserError("--planner openai-compatible needs --llm-base-url (e.g. http://127.0.0.1:8000/v1)")
    module, cls = PLANNERS[name].split(":")
    mode = {"mode": llm_mode} if name in LLM_PLANNERS else {}
    return getattr(importlib.import_module(module), cls)(model=model or None, base_url=base_url, **mode)
