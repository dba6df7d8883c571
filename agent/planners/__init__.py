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
    "openai-compatible": "agent.planners.openai:OpenAIPlanner",
    "replay": "agent.planners.function:replay_planner",
}


def make_planner(spec: str = "auto", base_url: str | None = None) -> Planner:
    """Build a planner from a spec such as "auto", "offline" or "anthropic:claude-sonnet-4-5"."""
    name, _, model = spec.partition(":")
    if name == "auto":
        name = "anthropic" if os.environ.get("ANTHROPIC_API_KEY") else "openai" if os.environ.get("OPENAI_API_KEY") else "offline"
    if name not in PLANNERS:
        raise UserError(f"unknown planner {spec!r}; valid: auto, {', '.join(PLANNERS)} (optionally NAME:MODEL)")
    if name == "openai-compatible" and not base_url:
        raise UserError("--planner openai-compatible needs --llm-base-url (e.g. http://127.0.0.1:8000/v1)")
    module, cls = PLANNERS[name].split(":")
    return getattr(importlib.import_module(module), cls)(model=model or None, base_url=base_url)
