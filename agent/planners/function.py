"""Planners whose plans come from Python or a file, not a model: for tests of executors, skills and your own code.

    from agent.planners.function import FunctionPlanner, ReplayPlanner, done, pick, place, plan

    ReplayPlanner(plan(pick("red block"), place("bin"), done()))      # these plans, in order
    FunctionPlanner(lambda request: plan(done(request.instruction)))  # a plan computed from the request

From the CLI: `--planner replay:PLANS.json`, a JSON list of plans, each {"steps": [...]}.
Each plan is checked by the executor like any planner's. Each call counts as one model call in `usage`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agent.planners.base import PlanRequest, Usage
from agent.schemas import Plan
from sim.core.errors import PlanningError, UserError

__all__ = ["FunctionPlanner", "ReplayPlanner", "PlanSource", "ask", "done", "load_plans", "pick", "place", "plan",
           "replay_planner"]

PlanSource = Plan | Exception | Callable[[PlanRequest], Plan]


def _one_line(e: Exception) -> str:
    lines = [ln.strip() for ln in str(e).splitlines() if ln.strip()]
    return " ".join(lines[:3]) if lines else type(e).__name__


class FunctionPlanner:
    """A planner whose plan is `fn(request)`: a `Plan` or a dict such as {"steps": [...]}.

    `requests` keeps every `PlanRequest` it got, oldest first (to check what a planner would see:
    the scene, history, feedback). An exception `fn` raises goes to the executor as the planner's;
    raise `PlanningError` for "no plan".
    """

    name = "function"

    def __init__(self, fn: Callable[[PlanRequest], Plan | dict[str, Any]], *, name: str | None = None) -> None:
        self.fn = fn
        if name is not None:
            self.name = name
        self.requests: list[PlanRequest] = []
        self.usage = Usage()

    def plan(self, request: PlanRequest) -> Plan:
        self.requests.append(request)
        self.usage.llm_calls += 1
        out = self.fn(request)
        if isinstance(out, Plan):
            return out
        try:
            return Plan.model_validate(out)
        except ValidationError as e:
            raise PlanningError(f"the {self.name} planner returned an invalid plan: {_one_line(e)}") from None


class ReplayPlanner(FunctionPlanner):
    """Returns the given plans in order: a `Plan` as it is, a callable called with the request, an
    exception raised. When they run out, `plan()` raises `PlanningError`."""

    name = "replay"

    def __init__(self, *plans: PlanSource) -> None:
        super().__init__(self._next)
        self.plans = list(plans)

    def _next(self, request: PlanRequest) -> Plan:
        if not self.plans:
            raise PlanningError(f"the replay planner has no plans left (it was asked {len(self.requests)} times)")
        item = self.plans.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item(request) if callable(item) else item

    @classmethod
    def from_file(cls, path: str | Path) -> ReplayPlanner:
        """The plans of a JSON file (see `load_plans`)."""
        return cls(*load_plans(path))


def load_plans(path: str | Path) -> list[Plan]:
    """The plans in a JSON file holding a list of plans, each {"steps": [...]}; `UserError` when it is missing or bad."""
    path = Path(path)
    what = f"plans file {str(path)!r}"
    if not path.is_file():
        raise UserError(f"{what} does not exist")
    try:
        data = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise UserError(f"invalid {what}: {_one_line(e)}") from None
    if not isinstance(data, list):
        raise UserError(f'invalid {what}: it must hold a JSON list of plans, each {{"steps": [...]}}')
    plans = []
    for i, item in enumerate(data, 1):
        try:
            plans.append(Plan.model_validate(item))
        except ValidationError as e:
            raise UserError(f"invalid {what}: plan {i}: {_one_line(e)}") from None
    return plans


def replay_planner(model: str | None = None, base_url: str | None = None) -> ReplayPlanner:
    """`--planner replay:PLANS.json`: MODEL is the plans file (`base_url` is not used)."""
    if not model:
        raise UserError('--planner replay needs a plans file: --planner replay:PLANS.json '
                        '(a JSON list of plans, each {"steps": [...]})')
    return ReplayPlanner.from_file(model)


# --- plan builders -----------------------------------------------------------------------
def plan(*steps: dict[str, Any], reasoning: str = "") -> Plan:
    """A plan from step dicts: plan(pick("red block"), place("bin"), done())."""
    return Plan.model_validate({"steps": list(steps), "reasoning": reasoning})


def pick(obj: str) -> dict[str, Any]:
    return {"primitive": "pick", "object": obj}


def place(target: str) -> dict[str, Any]:
    return {"primitive": "place", "target": target}


def ask(question: str) -> dict[str, Any]:
    return {"primitive": "ask", "question": question}


def done(summary: str = "") -> dict[str, Any]:
    return {"primitive": "done", "summary": summary}
