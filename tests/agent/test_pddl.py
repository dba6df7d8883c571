"""PDDL export: the shipped domain and problems for a scene and a goal, solved by pyperplan."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.goal import Each, Goal, Objects
from sim.core.pddl import domain_pddl, pddl_name, problem_pddl
from sim.core.relations import Rel
from sim.core.symbolic import SymState


def state() -> SymState:
    support = {"red block": "gripper", "blue block": "green block", "green block": "pink bowl",
               "white block": "bin", "cyan block": "middle"}
    return SymState(support, ["pink bowl"], {b: b.split()[0] for b in [*support, "pink bowl"]})


def test_domain_is_shipped_and_names_the_primitives_steps() -> None:
    text = domain_pddl()
    assert "(define (domain vla-tabletop)" in text
    for action in ("pick-from-block", "pick-from-area", "pick-from-bowl", "stack", "put-flat", "put-in-bin",
                   "put-in-bowl"):
        assert f"(:action {action}" in text


def test_problem_states_support_and_goal() -> None:
    text = problem_pddl(state(), [[Rel("in", "red block", "pink bowl")], [Rel("at", "blue block", "middle"),
                                                                          Rel("on_table", "white block", negated=True)]])
    assert pddl_name("top left corner") == "top-left-corner"
    assert "(holding red-block)" in text and "(handempty)" not in text
    assert "(on blue-block green-block)" in text and "(base blue-block pink-bowl)" in text
    assert "(count pink-bowl n1)" in text and "(on-loc white-block bin)" in text and "(on-table cyan-block)" in text
    assert "(:goal (and (base red-block pink-bowl) (base blue-block middle) (not (on-table white-block))))" in text


def test_lifted_goals_are_grounded_and_towers_in_any_order_refused() -> None:
    goal = Goal(stages=[[Each(objects=Objects(colour="blue"), rel="in_bin")]])
    assert "(:goal (and (base blue-block bin)))" in problem_pddl(state(), goal)
    with pytest.raises(PlanningError, match="no PDDL form"):
        problem_pddl(state(), [Rel("tower", "red block", "blue block")])


def test_pyperplan_solves_the_exported_problem_as_short_as_the_planner(tmp_path) -> None:
    pytest.importorskip("pyperplan")
    from pyperplan.planner import SEARCHES, search_plan

    from agent.planners.offline.symbolic import plan_moves

    goal = [Rel("on", "green block", "red block"), Rel("in_bin", "blue block")]
    (tmp_path / "d.pddl").write_text(domain_pddl())
    (tmp_path / "p.pddl").write_text(problem_pddl(state(), goal))
    plan = search_plan(str(tmp_path / "d.pddl"), str(tmp_path / "p.pddl"), SEARCHES["bfs"], None)
    assert plan is not None and len(plan) == len(plan_moves(state(), goal)) == 5
    assert plan[0].name.split()[0] in ("(stack", "(put-flat", "(put-in-bin", "(put-in-bowl")  # held: put down first
