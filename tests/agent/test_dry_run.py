"""Dry runs and questions: `Agent.plan`, `Agent.ask` and `vla-agent plan` perceive the scene and move nothing."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from agent.api import Agent
from agent.cli import cli
from agent.planners.function import FunctionPlanner, done, pick, place, plan
from sim.core.errors import PlanningError
from sim.core.goal import Goal
from sim.core.relations import Rel
from sim.scene import ObjectSpec, SceneSpec, generate_scene
from sim.symbolic_world import SymbolicWorld
from tests.fakes.llm_server import FakeLLMServer, Reply, openai_tool_call
from tests.fakes.oracle import use_oracle_perception

SCENE = SceneSpec(objects=[ObjectSpec(kind="bowl", colour="blue", x=0.45, y=0.15),
                           ObjectSpec(kind="block", colour="red", x=0.4, y=-0.12),
                           ObjectSpec(kind="block", colour="green", x=0.6, y=-0.1)])
RED_IN_BOWL = Goal.of([[Rel("in", "red block", "blue bowl")]])


def symbolic_agent(planner="offline") -> tuple[Agent, SymbolicWorld]:
    world = SymbolicWorld()
    return Agent(planner=planner, skills="symbolic", world=world, perceiver="oracle"), world


def positions(world: SymbolicWorld) -> dict[str, list[float]]:
    return {n: [round(float(v), 6) for v in p] for n, p in world.pos.items()}


@pytest.fixture
def scene_file(tmp_path: Path) -> Path:
    path = tmp_path / "scene.json"
    path.write_text(SCENE.model_dump_json())
    return path


def test_agent_plan_returns_the_plan_and_moves_nothing() -> None:
    bot, world = symbolic_agent()
    result = bot.plan("put the red block in the blue bowl", scene=SCENE)
    assert [s.describe() for s in result.steps] == ["pick(red block)", "place(blue bowl)", "done"]
    before = positions(world)
    again = bot.plan("put the green block in the blue bowl")  # no scene: the world as it is
    assert [s.describe() for s in again.steps] == ["pick(green block)", "place(blue bowl)", "done"]
    assert world.steps == 0 and positions(world) == before and world.held is None


def test_agent_plan_gives_the_planner_one_perceived_scene_and_returns_its_goal() -> None:
    planner = FunctionPlanner(lambda request: plan(pick("red block"), place("blue bowl"), done())
                              .model_copy(update={"goal": RED_IN_BOWL}))
    bot, world = symbolic_agent(planner)
    result = bot.plan("red in blue", scene=SCENE)
    assert result.goal == RED_IN_BOWL
    [request] = planner.requests
    assert request.scene.names() == ["blue bowl", "red block", "green block"]
    assert isinstance(request.image, np.ndarray) and request.feedback == []
    assert world.steps == 0


def test_agent_plan_with_a_seed_resets_to_that_scene() -> None:
    bot, world = symbolic_agent()
    bot.plan("clear the table", seed=5, blocks=3, bowls=1)
    assert sorted(world.spec) == sorted(o.name for o in generate_scene(5, 3, 1).objects)
    assert bot.seed == 5


def test_agent_plan_without_a_plan_raises_the_planners_reason() -> None:
    bot, _ = symbolic_agent()
    with pytest.raises(PlanningError, match="purple elephant"):
        bot.plan("put the purple elephant in the blue bowl", scene=SCENE)


def test_agent_ask_answers_from_perception_and_remembers_the_turn() -> None:
    bot, world = symbolic_agent()
    bot.run("put the red block in the blue bowl", scene=SCENE)
    reply = bot.ask("what is in the blue bowl?")
    assert "red block" in reply.text and "green block" not in reply.text
    assert bot.history[-2:] == ["user: what is in the blue bowl?", f"agent: {reply.text}"]
    steps = world.steps
    assert bot.ask("is the green block in the blue bowl?").value is False
    assert world.steps == steps  # a question moves nothing


def test_cli_plan_json_prints_the_goal_and_the_plan(scene_file: Path, capsys: pytest.CaptureFixture) -> None:
    code = cli(["plan", "put the red block in the blue bowl", "--scene", str(scene_file), "--planner", "offline",
                "--world", "symbolic", "--json"])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0 and len(out) == 1
    dry = json.loads(out[0])
    assert dry["error"] is None and dry["planner"] == "offline" and dry["llm_calls"] == 0
    assert [s["primitive"] for s in dry["plan"]["steps"]] == ["pick", "place", "done"]
    assert dry["plan"]["steps"][1]["target"] == "blue bowl"
    assert Goal.model_validate(dry["goal"]) == RED_IN_BOWL and dry["goal_text"] == "the red block in the blue bowl"


def test_cli_plan_without_a_plan_exits_1_with_the_reason(scene_file: Path, capsys: pytest.CaptureFixture) -> None:
    code = cli(["plan", "put the purple elephant in the blue bowl", "--scene", str(scene_file), "--planner",
                "offline", "--world", "symbolic", "--json"])
    dry = json.loads(capsys.readouterr().out)
    assert code == 1 and dry["plan"] is None and "purple elephant" in dry["error"]


def test_cli_plan_uses_runs_perception_by_default(scene_file: Path, capsys: pytest.CaptureFixture,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    use_oracle_perception(monkeypatch)  # what `run` would use here; the CLIP perceiver is tested elsewhere
    code = cli(["plan", "put the green block in the blue bowl", "--scene", str(scene_file), "--planner", "offline"])
    out = capsys.readouterr().out
    assert code == 0
    assert "1. pick(green block)" in out and "2. place(blue bowl)" in out


@pytest.mark.parametrize("mode", ["plan", "goal"])
def test_cli_plan_with_an_llm_prints_its_goal(mode: str, scene_file: Path, capsys: pytest.CaptureFixture,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    goal = RED_IN_BOWL.model_dump(mode="json")
    steps = [{"primitive": "pick", "object": "red block"}, {"primitive": "place", "target": "blue bowl"},
             {"primitive": "done", "summary": "red in blue"}]
    reply = openai_tool_call("submit_plan", {"goal": goal, "steps": steps}) if mode == "plan" \
        else openai_tool_call("submit_goal", {"goal": goal})
    with FakeLLMServer() as server:
        server.script(Reply.json(reply))
        code = cli(["plan", "red one into the blue bowl please", "--scene", str(scene_file), "--world", "symbolic",
                    "--planner", "openai-compatible:m", "--llm-base-url", server.url + "/v1", "--llm-mode", mode,
                    "--json"])
    dry = json.loads(capsys.readouterr().out)
    assert code == 0 and dry["llm_calls"] == 1
    assert Goal.model_validate(dry["goal"]) == RED_IN_BOWL and dry["goal_text"] == "the red block in the blue bowl"
    assert [s["primitive"] for s in dry["plan"]["steps"]] == ["pick", "place", "done"]
