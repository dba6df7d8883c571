"""Every error vla-agent raises, split by who must act on it.

- `UserError`: bad input or configuration; the message says how to fix it.
- `PlanValidationError`: a plan that does not fit the scene; the message says what is valid.
- `SkillError`: a primitive failed while executing; the executor may retry or replan.
- `ControlFlowError`: an episode stopped by a budget or an unanswered question.

This module imports nothing from the project, so every layer may raise these.
Constructors never log.
"""

from __future__ import annotations


class VlaAgentError(Exception):
    """Base class of every vla-agent error."""


class UserError(VlaAgentError, ValueError):
    """The user's input or configuration is wrong; the message says how to fix it."""


class ConfigError(UserError):
    """A missing optional dependency, API key, checkpoint or a bad setting."""


class PlanValidationError(VlaAgentError):
    """A plan does not fit the scene or the rules of the world."""


class PlanningError(VlaAgentError):
    """A planner could not produce a valid plan (after its bounded retries)."""


class LLMError(PlanningError):
    """The LLM service failed: timeouts, rate limits, server errors, malformed output."""


class SkillError(VlaAgentError):
    """A primitive failed while executing (e.g. the grasp slipped)."""


class PerceptionError(VlaAgentError):
    """Perception could not produce a scene (wrong image shape, empty table, ...)."""


class ControlFlowError(VlaAgentError):
    """An episode stopped by a step/time budget or a question nobody can answer."""


class BudgetExceeded(ControlFlowError):
    """The step or time budget of an episode ran out."""


class NeedsUserInput(ControlFlowError):
    """The agent must ask the user, but nobody can answer (batch mode)."""


def missing_extra(package: str, extra: str | None = None) -> ConfigError:
    """The error for an optional dependency that is not installed."""
    how = f'pip install -e ".[{extra}]" (in the vla-agent checkout)' if extra else f"pip install {package}"
    return ConfigError(f"{package} is not installed; run: {how}")
