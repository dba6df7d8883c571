"""Check a plan against the perceived scene by simulating it on the symbolic model of the table.

Each primitive says when it may run (`Call.check`) and what it changes (`Call.apply`); this
module runs them in order on a `SymState` and adds the rules of a plan's shape (`done` last,
`ask` last or before `done`). A plan that states its goal must also reach it: the first relation
of the goal that does not hold at the end is named, with the step that undid it (or the fact that
no step makes it true). Every broken rule is a `PlanValidationError` whose message says what is
wrong and what would be valid, so an LLM planner can repair its plan from the message alone.
"""

from __future__ import annotations

from agent.schemas import Plan
from sim.core.errors import PlanValidationError
from sim.core.goal import Goal, describe, unmet
from sim.core.perceived import Scene
from sim.core.relations import Rel
from sim.core.symbolic import SymState


def canonical_plan(plan: Plan, scene: Scene) -> Plan:
    """The same plan with every object and target name replaced by its canonical form."""
    names = scene.names()
    return plan.model_copy(update={"steps": [s.canonical(names) for s in plan.steps]})


def _states(plan: Plan, scene: Scene) -> list[SymState]:
    """The symbolic state before the plan and after each step; `PlanValidationError` at the first broken rule."""
    if not plan.steps:
        raise PlanValidationError("the plan has no steps; give pick/place steps and end with done(summary)")
    state = SymState.from_scene(scene)
    states = [state.copy()]
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
        states.append(state.copy())
    return states


def simulate(plan: Plan, scene: Scene) -> SymState:
    """Run `plan` on the symbolic model of `scene`; the final state, or `PlanValidationError`."""
    return _states(plan, scene)[-1]


def _holds(rel: Rel, state: SymState, initial: SymState) -> bool:
    return unmet(Goal.of([[rel]]), state, initial) is None


def goal_problem(plan: Plan, states: list[SymState]) -> str | None:
    """Why the simulated plan misses its stated goal (the first unmet relation and where it breaks), or None."""
    goal = plan.goal
    if goal is None or any(s.runs == "ask" for s in plan.steps):  # a question ends the plan early, by design
        return None
    initial, final = states[0], states[-1]
    rel = unmet(goal, final, initial)
    if rel is None:
        return None
    breaks = next((i for i in range(len(states) - 1, 0, -1)
                   if _holds(rel, states[i - 1], initial) and not _holds(rel, states[i], initial)), None)
    where = (f"step {breaks}: {plan.steps[breaks - 1].describe(quote=True)} undoes it" if breaks is not None
             else "no step makes it true")
    return (f"the plan does not reach its goal ({describe(goal)}): the goal needs {rel.describe()} at the end; "
            f"{where}. Change the steps (or the goal, if it is not what the user asked for)")


def validate_plan(plan: Plan, scene: Scene) -> None:
    """Raise `PlanValidationError` naming the first broken rule and what is valid; None if the plan fits.

    A plan with a goal must reach it (unless it ends by asking the user)."""
    problem = goal_problem(plan, _states(plan, scene))
    if problem is not None:
        raise PlanValidationError(problem)
