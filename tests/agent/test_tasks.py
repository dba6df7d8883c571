"""The default suite: deterministic, varied, and every goal reachable by the offline plan (symbolically)."""

from __future__ import annotations

import numpy as np
import pytest

from sim.core.errors import UserError
from agent.planners.base import PlanRequest
from agent.planners.offline import OfflinePlanner
from agent.primitives import Ask, Done
from agent.evaluation.suite import (
    FAMILIES, CountCondition, Task, TaskGoal, check_goal, check_goal_symbolic, default_suite, make_task,
    scene_from_spec,
)
from agent.validate import simulate
from sim.core.relations import Rel
from sim.core.symbolic import SymState
from sim.core import layout
from sim.scene import SceneSpec
from sim.world import ObjectState, SimState

N = 12


@pytest.fixture(scope="module")
def suite() -> list[Task]:
    return default_suite(N)


def test_suite_shape_and_determinism(suite: list[Task]) -> None:
    assert [t.family for t in suite] == [f for f in FAMILIES for _ in range(N)]
    assert len({t.id for t in suite}) == len(suite)
    again = default_suite(N)
    assert [t.model_dump() for t in again] == [t.model_dump() for t in suite]
    assert Task.model_validate_json(suite[0].model_dump_json()) == suite[0]


def test_scenes_are_small_and_include_towers_and_bowls(suite: list[Task]) -> None:
    towers = in_bowls = 0
    for t in suite:
        blocks = [o for o in t.scene.objects if o.kind == "block"]
        bowls = [o for o in t.scene.objects if o.kind == "bowl"]
        assert 2 <= len(blocks) <= 5 and len(bowls) <= 3
        kinds = {o.name: o.kind for o in t.scene.objects}
        towers += any(o.on is not None and kinds[o.on] == "block" for o in blocks)
        in_bowls += any(o.on is not None and kinds[o.on] == "bowl" for o in blocks)
    assert towers >= len(suite) // 4 and in_bowls >= 5


def test_instructions_vary_within_each_family(suite: list[Task]) -> None:
    for f in FAMILIES:
        texts = {t.instruction for t in suite if t.family == f}
        assert len(texts) >= 5, (f, texts)
    assert any("cube" in t.instruction for t in suite) and any("dish" in t.instruction for t in suite)


def test_every_goal_is_reached_by_the_offline_plan_symbolically(suite: list[Task]) -> None:
    planner = OfflinePlanner()
    for t in suite:
        scene = scene_from_spec(t.scene)
        assert not check_goal_symbolic(t, SymState.from_scene(scene)), t.id  # nothing is solved at the start
        plan = planner.plan(PlanRequest(instruction=t.instruction, scene=scene))
        assert not any(isinstance(s, Ask) for s in plan.steps) and isinstance(plan.steps[-1], Done)
        assert check_goal_symbolic(t, simulate(plan, scene)), (t.id, t.instruction, plan)


def test_count_and_exclusion_goals_are_exact() -> None:
    spec = SceneSpec.model_validate({"objects": [
        {"kind": "bowl", "colour": "green", "x": 0.5, "y": 0.2},
        *({"kind": "block", "colour": c, "x": 0.4 + 0.1 * i, "y": -0.1} for i, c in enumerate(("red", "blue", "yellow")))]})
    of = [Rel(rel="in", args=[f"{c} block", "green bowl"]) for c in ("red", "blue", "yellow")]
    two = Task(id="t", family="counts", instruction="put two blocks in the green bowl", scene=spec,
               goal=TaskGoal(exactly=[CountCondition(n=2, of=of)]))
    scene = scene_from_spec(spec)
    state = SymState.from_scene(scene)
    for k, expected in ((1, False), (2, True), (3, False)):
        s = state.copy()
        for c in ("red", "blue", "yellow")[:k]:
            s.support[f"{c} block"] = "green bowl"
        assert check_goal_symbolic(two, s) is expected
    excl = two.model_copy(update={"goal": TaskGoal(all_of=of[1:], none_of=of[:1])})
    s = state.copy()
    s.support.update({b: "green bowl" for b in ("red block", "blue block", "yellow block")})
    assert not check_goal_symbolic(excl, s)
    s.support["red block"] = "table"
    assert check_goal_symbolic(excl, s)


def _sim(positions: dict[str, tuple[float, float, float]], kinds: dict[str, str]) -> SimState:
    return SimState(objects={n: ObjectState(name=n, kind=kinds[n], colour=n.split()[0], position=np.array(p),
                                            yaw=0.0, body_id=i) for i, (n, p) in enumerate(positions.items())})


def test_check_goal_on_simulator_ground_truth() -> None:
    h = layout.BLOCK_SIZE
    kinds = {"red block": "block", "blue block": "block", "green block": "block", "green bowl": "bowl"}
    px, py = layout.PLACES["middle"]
    state = _sim({"red block": (0.5, 0.1, h / 2), "blue block": (0.5, 0.1, 1.5 * h), "green block": (px + 0.02, py, h / 2),
                  "green bowl": (0.4, -0.2, 0.0)}, kinds)
    spec = SceneSpec()

    def goal(**kw: list) -> Task:  # noqa: ANN003
        return Task(id="x", family="single", instruction="-", scene=spec, goal=TaskGoal(**kw))

    assert check_goal(goal(all_of=[Rel(rel="on", args=["blue block", "red block"])]), state)
    assert check_goal(goal(all_of=[Rel(rel="tower", args=["blue block", "red block"])]), state)
    assert check_goal(goal(all_of=[Rel(rel="stacked", args=["red block", "blue block"])]), state)
    assert not check_goal(goal(all_of=[Rel(rel="stacked", args=["blue block", "red block"])]), state)
    assert check_goal(goal(all_of=[Rel(rel="at", args=["green block", "middle"])]), state)
    assert not check_goal(goal(all_of=[Rel(rel="in", args=["green block", "green bowl"])]), state)
    assert check_goal(goal(none_of=[Rel(rel="in_bin", args=["red block"])]), state)


def test_unknown_family_and_bad_count() -> None:
    with pytest.raises(UserError, match="valid: single, stack, sort, move_all, clear, counts"):
        make_task("juggling", 0)
    with pytest.raises(UserError, match="at least 1"):
        default_suite(0)
