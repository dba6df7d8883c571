"""Check a plan against the perceived scene by simulating it on the symbolic model of the table.

Each primitive says when it may run (`Call.check`) and what it changes (`Call.apply`); this
module runs them in order on a `SymState` and adds the rules of a plan's shape (`done` last,
`ask` last or before `done`). Every broken rule is a `PlanValidationError` whose message says
what is wrong and what would be valid, so an LLM planner can repair its plan from the message alone.
"""

from __future__ import annotations

from agent.schemas import Plan
from sim.core.errors import PlanValidationError
from sim.core.perceived import Scene
from sim.core.symbolic import SymState


def canonical_plan(plan: Plan, scene: Scene) -> Plan:
    """The same plan with every object and target name replaced by its canonical form."""
    names = scene.names()
    return Plan(steps=[s.canonical(names) for s in plan.steps], reasoning=plan.reasoning)


def simulate(plan: Plan, scene: Scene) -> SymState:
    """Run `plan` on the symbolic model of `scene`; the final state, or `PlanValidationError`."""
    if not plan.steps:
        raise PlanValidationError("the plan has no steps; give pick/place steps and end with done(summary)")
    state = SymState.from_scene(scene)
    names = scene.names()
    n = len(plan.steps)
    for i, raw in enumerate(plan.steps, start=1):
        step = raw.canonical(names)
        where = f"step {i}: {raw.describe(quote=True)}"
        if step.runs == "done" and i != n:
            raise PlanValidationError(f"{where}: done must be the last step, but {n - i} step(s) follow it")
        reason = step.check(state)
        if reason is not None:
            raise PlanValidationError(f"{where}: {reason}")
        if step.runs == "ask":
            rest = plan.steps[i:]
            if rest and not (len(rest) == 1 and rest[0].runs == "done"):
                raise PlanValidationError(
                    f"{where}: ask must be the last step (optionally followed by done); "
                    "you will plan again with the user's answer"
                )
        step.apply(state)
    return state


def validate_plan(plan: Plan, scene: Scene) -> None:
    """Raise `PlanValidationError` naming the first broken rule and what is valid; None if the plan fits."""
    simulate(plan, scene)
