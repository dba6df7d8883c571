"""`OfflinePlanner`: the semantic parser plus the optimal blocks-world planner; no network, no model."""

from __future__ import annotations

from agent.planners.base import PlanRequest, Usage
from agent.planners.offline.goals import parse
from agent.planners.offline.symbolic import plan_stages
from agent.primitives import Answer, Ask, Call, Done
from agent.schemas import Plan
from agent.validate import validate_plan
from sim.core.errors import PlanningError, PlanValidationError
from sim.core.goal import Goal
from sim.core.symbolic import SymState


class OfflinePlanner:
    """Plans from the instruction's goal and the perceived scene.

    Replanning needs no special case: the goal is read again from the instruction against the
    current scene, so a plan always starts from where the world is now (a block in the gripper included).
    `budget_s` bounds the optimal search of each stage.
    """

    name = "offline"

    def __init__(self, model: str | None = None, base_url: str | None = None, budget_s: float | None = 2.0) -> None:
        self.model = model
        self.base_url = base_url
        self.budget_s = budget_s
        self.usage = Usage()

    def plan(self, request: PlanRequest) -> Plan:
        parsed = parse(request.instruction, request.scene, request.history)
        if parsed.question is not None:
            return Plan(steps=[Ask(question=parsed.question)], reasoning="the instruction fits several objects")
        if parsed.answer is not None:
            return Plan(steps=[Answer(text=parsed.answer)], reasoning="a question about the scene: answered from perception")
        moves, goal = plan_stages(SymState.from_scene(request.scene), parsed.stages, self.budget_s)
        steps: list[Call] = list(moves)
        wanted = "; ".join(r.describe() for r in goal) or "nothing to change"
        summary = f"{parsed.said + ' ' if parsed.said else ''}{'already done' if not steps else 'done'}: {wanted}"
        plan = Plan(goal=Goal.of(parsed.stages), steps=[*steps, Done(summary=summary)], reasoning=f"goal: {wanted}")
        try:
            validate_plan(plan, request.scene)
        except PlanValidationError as e:  # pragma: no cover - a bug, not a user mistake
            raise PlanningError(f"the offline planner produced an invalid plan (internal error): {e}") from e
        return plan
