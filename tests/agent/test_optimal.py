"""The optimal planner: shortest plans, cross-checked against pyperplan (an independent PDDL planner)."""

from __future__ import annotations

import random

import pytest

from agent.planners.offline.symbolic import plan_moves, plan_stages, satisfied
from agent.primitives import Pick, Place
from benchmarks.planner import pyperplan_length, random_problem
from sim.core.errors import PlanningError
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


def simulate(state: SymState, steps: list[Pick | Place]) -> SymState:
    """Run the steps with each primitive's own precondition check: every plan obeys the world's rules."""
    state = state.copy()
    for s in steps:
        assert s.check(state) is None, (s, s.check(state))
        s.apply(state)
    return state


def test_plan_lengths_match_pyperplan_on_random_problems() -> None:
    """200 random problems of 3-6 blocks (towers, bowls, places, the bin, a held block; random goal subsets).

    pyperplan runs breadth-first, then A* with LM-cut; the few problems it cannot solve within its time
    limit are drawn again (at most 10%), so the test stays near a minute.
    """
    pytest.importorskip("pyperplan")
    rng = random.Random(11)
    checked = skipped = 0
    lengths = set()
    while checked < 200:
        state, goal = random_problem(rng, 3 + checked % 4, rng.randint(0, 1))
        steps = plan_moves(state, goal, budget_s=None)
        assert satisfied(goal, simulate(state, steps))
        try:
            expected = pyperplan_length(state, goal, quick_s=0.5, limit_s=2.0)
        except TimeoutError:
            skipped += 1
            continue
        assert len(steps) == expected, (state.support, state.bowls, goal, steps)
        lengths.add(len(steps))
        checked += 1
    assert skipped <= 20
    assert max(lengths) >= 10  # long plans were among those checked


def test_shorter_than_the_near_optimal_strategy() -> None:
    """The old strategy put the purple block aside, then in the bowl (3 moves); it can go straight in (2)."""
    state = SymState({"red": "bowl", "green": "red", "purple": "green"}, ["bowl"])
    goal = [Rel("on_table", "green"), Rel("in", "purple", "bowl")]
    steps = plan_moves(state, goal)
    assert steps == [Pick(object="purple"), Place(target="bowl"), Pick(object="green"), Place(target="table")]


def test_deadlocked_tower_counts_the_extra_move() -> None:
    """a on b on c, goal a on b on the table: a must go aside first, so 3 moves, and the heuristic knows it."""
    from agent.planners.offline.search import _compile, _heuristic

    state = SymState({"a": "b", "b": "c", "c": "table"}, [])
    goal = [Rel("on", "a", "b"), Rel("on_table", "b")]
    problem, start = _compile(state, goal)
    assert _heuristic(problem, start) == 6  # 2 blocks must move, a twice
    assert len(plan_moves(state, goal)) == 6


def test_a_held_block_is_placed_first_and_costs_one_step() -> None:
    state = SymState({"red": "gripper", "blue": "green", "green": "table"}, ["bowl"])
    steps = plan_moves(state, [Rel("on", "red", "green")])
    assert len(steps) == 5 and isinstance(steps[0], Place)  # put it down, clear green, stack it
    assert plan_moves(state, [Rel("in", "red", "bowl")]) == [Place(target="bowl")]
    assert plan_moves(state, [Rel("held", "red")]) == []
    assert plan_moves(state, [Rel("held", "green")]) == [Place(target="table"), Pick(object="blue"),
                                                          Place(target="table"), Pick(object="green")]


def test_a_held_goal_under_a_tower_unstacks_it_from_the_top() -> None:
    state = SymState({"white": "table", "yellow": "white", "green": "yellow"}, [])
    assert plan_moves(state, [Rel("held", "white")]) == [
        Pick(object="green"), Place(target="table"), Pick(object="yellow"), Place(target="table"), Pick(object="white")]


def test_unchanged_blocks_are_never_picked() -> None:
    state = SymState({"a": "table", "b": "a", "c": "table"}, ["bowl"])
    steps = plan_moves(state, [Rel("in", "c", "bowl"), Rel("unchanged", "b")])
    assert all(s.object != "b" for s in steps if isinstance(s, Pick)) and len(steps) == 2
    with pytest.raises(PlanningError, match="no sequence of moves"):
        plan_moves(state, [Rel("in", "a", "bowl"), Rel("unchanged", "b")])


def test_negated_goals() -> None:
    state = SymState({"a": "bowl", "b": "a", "c": "table"}, ["bowl"])
    steps = plan_moves(state, [Rel("in", "a", "bowl", negated=True)])
    final = simulate(state, steps)
    assert not holds(Rel("in", "a", "bowl"), final) and len(steps) == 4
    steps = plan_moves(state, [Rel("on_table", "c", negated=True)])  # c must go somewhere off the table
    final = simulate(state, steps)
    assert final.support["c"] not in ("table",) and len(steps) == 2
    steps = plan_moves(state, [Rel("clear", "c", negated=True)])
    assert len(steps) == 2 and simulate(state, steps).on_top("c")


def test_goal_irrelevant_blocks_only_move_when_they_obstruct() -> None:
    state = SymState({"a": "table", "b": "table", "c": "a", "d": "table", "e": "d"}, [])
    steps = plan_moves(state, [Rel("on", "b", "a")])
    assert [s.object for s in steps if isinstance(s, Pick)] == ["c", "b"]


def test_time_budget_gives_a_clear_error() -> None:
    rng = random.Random(3)
    names = [f"b{i}" for i in range(9)]
    state = SymState({n: "table" for n in names}, [f"w{i}" for i in range(9)])
    # towers in any order have no shortcut: the search must enumerate
    goal = [Rel("tower", *names), Rel("clear", names[rng.randrange(9)], negated=True)]
    with pytest.raises(PlanningError, match="budget of 0.01 s"):
        plan_moves(state, goal, budget_s=0.01)


def test_nine_blocks_nine_bowls_within_the_default_budget() -> None:
    rng = random.Random(5)
    for _ in range(5):
        state, goal = random_problem(rng, 9, 3)
        state = SymState(state.support, state.bowls + [f"extra bowl {i}" for i in range(6)], state.colours)
        steps = plan_moves(state, goal)  # raises PlanningError past 2 s
        assert satisfied(goal, simulate(state, steps))


def test_stages_keep_earlier_relations_about_other_blocks() -> None:
    state = SymState({"a": "table", "b": "table", "c": "table"}, ["bowl"])
    steps, goal = plan_stages(state, [[Rel("in", "a", "bowl")], [Rel("on", "b", "a")], [Rel("on_table", "a")]])
    assert goal == [Rel("on", "b", "a"), Rel("on_table", "a")]
    assert satisfied(goal, simulate(state, steps))
