"""The shipped test doubles: the README's example, the registries' names, replay plans from a file, the oracle."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from agent.api import Agent
from agent.cli import cli
from agent.planners import make_planner
from agent.planners.base import PlanRequest
from agent.planners.function import FunctionPlanner, ReplayPlanner, done, pick, place, plan
from agent.evaluation.suite import FAMILIES, make_task, scene_from_spec
from sim.core.errors import PlanningError, UserError
from sim.core.perceived import Scene
from sim.core.symbolic import SymState
from sim.scene import ObjectSpec, SceneSpec
from sim.symbolic_world import SymbolicWorld
from skills.perception import PERCEIVERS, make_perceiver
from skills.perception.oracle import OraclePerceiver, scene_from_state
from skills.registry import available, make_skills
from skills.symbolic import SymbolicPick, SymbolicPlace

README = Path(__file__).resolve().parents[1] / "README.md"
SCENE = SceneSpec(objects=[ObjectSpec(kind="bowl", colour="blue", x=0.45, y=0.15),
                           ObjectSpec(kind="block", colour="red", x=0.4, y=-0.12)])


def readme_example() -> str:
    section = README.read_text().split("## Testing your own code", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1, "the section holds one Python example"
    return blocks[0]


def test_readme_example_runs() -> None:
    code = readme_example()
    assert 'skills="symbolic"' in code and 'perceiver="oracle"' in code and "ReplayPlanner(" in code
    namespace: dict = {}
    exec(compile(code, str(README), "exec"), namespace)  # its own asserts check the result
    assert namespace["result"].success and namespace["result"].planner == "replay"


def test_doubles_are_in_the_real_registries() -> None:
    assert "symbolic" in available()
    skills = make_skills("symbolic")
    assert isinstance(skills["pick"], SymbolicPick) and isinstance(skills["place"], SymbolicPlace)
    assert list(PERCEIVERS) == ["clip", "oracle"]
    world = SymbolicWorld()
    assert isinstance(make_perceiver("oracle", world), OraclePerceiver)
    with pytest.raises(UserError, match="unknown perceiver 'sharp'; valid: clip, oracle"):
        make_perceiver("sharp", world)
    with pytest.raises(UserError, match="valid: clip, oracle"):
        Agent(planner="offline", skills="symbolic", world=world, perceiver="sharp")


def test_agent_builds_the_named_perceiver_on_its_own_world() -> None:
    world = SymbolicWorld()
    bot = Agent(planner=ReplayPlanner(plan(done())), skills="symbolic", world=world, perceiver="oracle")
    assert isinstance(bot.perceiver, OraclePerceiver) and bot.perceiver.world is world
    assert bot.run("nothing to do", scene=SCENE).success and bot.perceiver.calls >= 1


def test_oracle_needs_simulator_state() -> None:
    class RobotWorld:  # the World protocol only
        def reset(self, scene): ...
        def observe(self): ...
        def proprio(self): ...
        def step(self, action): ...
        def close(self): ...

    with pytest.raises(UserError, match="needs a SimWorld"):
        OraclePerceiver(RobotWorld())


def test_scene_from_spec_is_the_oracle_scene_of_the_symbolic_world_at_rest() -> None:
    world = SymbolicWorld()
    for family in FAMILIES:
        task = make_task(family, 0)
        world.reset(task.scene)
        scene = scene_from_state(world.sim_state())
        assert scene == scene_from_spec(task.scene)
        # what the spec says rests on what, the oracle reads from positions
        on = {o.name: o.on or "table" for o in task.scene.objects if o.kind == "block"}
        assert {o.name: o.support for o in scene.objects if o.kind == "block"} == on


def test_function_planner_plans_from_the_request() -> None:
    planner = FunctionPlanner(lambda r: {"steps": [pick(r.scene.names("block")[0]), place("bin"), done()]})
    request = PlanRequest(instruction="bin a block", scene=scene_from_spec(SCENE))
    assert [s.primitive for s in planner.plan(request).steps] == ["pick", "place", "done"]
    assert planner.requests == [request] and planner.usage.llm_calls == 1 and planner.name == "function"
    bad = FunctionPlanner(lambda r: {"steps": [{"primitive": "fly"}]}, name="mine")
    with pytest.raises(PlanningError, match="the mine planner returned an invalid plan"):
        bad.plan(request)


def test_replay_planner_replays_plans_callables_and_errors_then_runs_out() -> None:
    request = PlanRequest(instruction="x", scene=Scene())
    first = plan(done("one"))
    planner = ReplayPlanner(first, lambda r: plan(done(r.instruction)), PlanningError("no plan"))
    assert planner.plan(request) is first
    assert planner.plan(request).steps[0].summary == "x"
    with pytest.raises(PlanningError, match="no plan"):
        planner.plan(request)
    with pytest.raises(PlanningError, match="no plans left"):
        planner.plan(request)


def test_replay_planner_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "plans.json"
    path.write_text(json.dumps([{"steps": [pick("red block"), place("blue bowl"), done()]}, {"steps": [done()]}]))
    planner = make_planner(f"replay:{path}")
    assert isinstance(planner, ReplayPlanner) and len(planner.plans) == 2
    bot = Agent(planner=planner, skills="symbolic", world=SymbolicWorld(), perceiver="oracle")
    result = bot.run("put the red block in the blue bowl", scene=SCENE)
    assert result.success and SymState.from_scene(scene_from_state(bot.world.sim_state())).support == {
        "red block": "blue bowl"}


@pytest.mark.parametrize(("content", "why"), [
    (None, "does not exist"),
    ("{not json", "invalid plans file"),
    ('{"steps": []}', "must hold a JSON list of plans"),
    ('[{"steps": [{"primitive": "fly"}]}]', "plan 1:"),
])
def test_bad_plans_file_is_one_line_user_error(tmp_path: Path, capsys: pytest.CaptureFixture,
                                               content: str | None, why: str) -> None:
    path = tmp_path / "plans.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(UserError, match=why):
        make_planner(f"replay:{path}")
    assert cli(["run", "clear the table", "--planner", f"replay:{path}"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and why in err[0]
    with pytest.raises(UserError, match="needs a plans file"):
        make_planner("replay")


def test_symbolic_world_agrees_with_pybullet_on_what_rests_on_what() -> None:
    from sim.pybullet_world import PyBulletWorld

    world = PyBulletWorld(wrist_camera=False)
    try:
        for family in FAMILIES:
            task = make_task(family, 1)
            world.reset(task.scene)
            physical = SymState.from_scene(scene_from_state(world.sim_state()))
            assert physical.support == SymState.from_scene(scene_from_spec(task.scene)).support, task.id
    finally:
        world.close()
