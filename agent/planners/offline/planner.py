"""`OfflinePlanner`: the semantic parser plus the symbolic planner; no network, no model."""

from __future__ import annotations

from agent.planners.base import PlanRequest, Usage
from agent.planners.offline.goals import merge_goal, parse
from agent.planners.offline.symbolic import plan_moves, satisfied
from agent.primitives import Ask, Call, Done
from agent.schemas import Plan
from agent.validate import validate_plan
from sim.core.errors import PlanningError, PlanValidationError
from sim.core.relations import Rel
from sim.core.symbolic import SymState


class OfflinePlanner:
    """Plans from the instruction's goal and the perceived scene.

    Replanning needs no special case: the goal is read again from the instruction against the
    current scene, so a plan always starts from where the world is now.
    """

    name = "offline"

    def __init__(self, model: str | None = None, base_url: str | None = None) -> None:
        self.model = model
        self.base_url = base_url
        self.usage = Usage()

    def plan(self, request: PlanRequest) -> Plan:
        parsed = parse(request.instruction, request.scene, request.history)
        if parsed.question is not None:
            return Plan(steps=[Ask(question=parsed.question)], reasoning="the instruction fits several objects")
        state = SymState.from_scene(request.scene)
        steps: list[Call] = []
        goal: list[Rel] = []
        for stage in parsed.stages:
            goal = merge_goal(goal, stage)
            moves = plan_moves(state, goal)
            for m in moves:
                m.apply(state)
            steps += moves
        if not satisfied(goal, state):  # pragma: no cover - the planner guarantees it
            raise PlanningError("the offline planner could not reach the goal (internal error)")
        wanted = "; ".join(r.describe() for r in goal) or "nothing to change"
        summary = f"{'already done' if not steps else 'done'}: {wanted}"
        plan = Plan(steps=[*steps, Done(summary=summary)], reasoning=f"goal: {wanted}")
        try:
            validate_plan(plan, request.scene)
        except PlanValidationError as e:  # pragma: no cover - a bug, not a user mistake
            raise PlanningError(f"the offline planner produced an invalid plan (internal error): {e}") from e
        return plan
