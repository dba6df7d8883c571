"""The Python API: input checks, the scene it builds, the result it returns, follow-ups, video, LLM planners."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import agent
from agent.api import Agent, check_instruction
from sim.core.errors import UserError
from agent.schemas import EpisodeResult
from sim import predicates
from sim.scene import ObjectSpec, SceneSpec, generate_scene
from agent.planners.function import ReplayPlanner, done, pick, place, plan
from sim.symbolic_world import SymbolicWorld
from skills.perception.oracle import OraclePerceiver
from skills.symbolic import symbolic_skills
from tests.fakes.oracle import make_oracle_agent


class SpyWorld(SymbolicWorld):
    def __init__(self) -> None:
        super().__init__()
        self.scenes: list[SceneSpec] = []

    def reset(self, scene: SceneSpec):
        self.scenes.append(scene)
        return super().reset(scene)


def symbolic_agent(*plans, world: SymbolicWorld | None = None) -> Agent:
    world = world or SymbolicWorld()
    return Agent(planner=ReplayPlanner(*plans), skills="symbolic", world=world, perceiver="oracle")


@pytest.mark.parametrize(("text", "why"), [
    ("", "empty"), ("   \n\t ", "empty"), ("x" * 2001, "2001 characters"), ("put the red\x00 block", "control"),
    ("clear\x1b[2J the table", "control"), (None, "must be text"),
])
def test_bad_instructions_are_user_errors(text, why: str) -> None:
    with pytest.raises(UserError, match=why):
        check_instruction(text)
    with pytest.raises(UserError, match=why):
        agent.run(text, planner=ReplayPlanner())  # rejected before any world is built


def test_instruction_is_stripped_and_may_be_2000_chars() -> None:
    assert check_instruction("  clear the table \n") == "clear the table"
    assert len(check_instruction("y" * 2000)) == 2000


def test_default_scene_is_exactly_the_generated_one() -> None:
    world = SpyWorld()
    bot = symbolic_agent(plan(done()), world=world)
    result = bot.run("nothing to do", seed=7, blocks=3, bowls=1)
    assert world.scenes == [generate_scene(7, 3, 1)]
    assert result.seed == 7 and result.success


def test_scene_from_a_file(tmp_path: Path) -> None:
    spec = SceneSpec(objects=[ObjectSpec(kind="block", colour="red", x=0.5, y=0.0),
                              ObjectSpec(kind="block", colour="blue", on="red block")])
    path = tmp_path / "tower.json"
    path.write_text(spec.model_dump_json())
    world = SpyWorld()
    bot = symbolic_agent(plan(pick("blue block"), place("table"), done()), world=world)
    result = bot.run("unstack", scene=path)
    assert world.scenes[0].model_dump(exclude={"seed"}) == spec.model_dump(exclude={"seed"})
    assert result.success and result.seed is None
    with pytest.raises(UserError, match="does not exist"):
        bot.run("unstack", scene=tmp_path / "missing.json")


def test_result_holds_plan_steps_usage_and_final_objects() -> None:
    bot = symbolic_agent(plan(pick("red block"), place("blue bowl"), done("red in blue")))
    scene = SceneSpec(objects=[ObjectSpec(kind="bowl", colour="blue", x=0.5, y=0.15),
                               ObjectSpec(kind="block", colour="red", x=0.4, y=-0.1)])
    result = bot.run("put the red block in the blue bowl", scene=scene)
    assert isinstance(result, EpisodeResult) and result.success and result.error is None
    assert [s.outcome for s in result.steps] == ["success", "success"]
    assert result.plan is not None and result.plan.steps[-1].primitive == "done"
    assert result.llm_calls == 1 and result.planner == "replay" and result.skills == "symbolic"
    final = {o.name: o.position for o in result.final_objects}
    assert np.hypot(final["red block"][0] - 0.5, final["red block"][1] - 0.15) < 0.08
    assert EpisodeResult.model_validate_json(result.model_dump_json()) == result


def test_follow_up_gets_the_conversation_as_history() -> None:
    planner = ReplayPlanner(plan(pick("red block"), place("blue bowl"), done()), plan(done()))
    world = SymbolicWorld()
    bot = Agent(planner=planner, skills="symbolic", world=world, perceiver="oracle")
    bot.run("put the red block in the blue bowl", scene=SceneSpec(objects=[
        ObjectSpec(kind="bowl", colour="blue", x=0.5, y=0.15), ObjectSpec(kind="block", colour="red", x=0.4, y=-0.1)]))
    bot.tell("now leave it there")
    assert planner.requests[1].history == [
        "user: put the red block in the blue bowl", "agent: did pick(red block), place(blue bowl); done"]
    assert planner.requests[1].instruction == "now leave it there"
    assert planner.requests[1].scene.get("red block").support == "blue bowl"  # the world persisted


def test_world_without_simulator_state_gives_no_final_objects() -> None:
    inner = SymbolicWorld()

    class RobotWorld:  # only the World protocol: what a real robot offers
        reset, observe, step, close = inner.reset, inner.observe, inner.step, inner.close

    skills = {name: (lambda world, target, s=s: s(inner, target)) for name, s in symbolic_skills().items()}
    bot = Agent(planner=ReplayPlanner(plan(pick("red block"), place("bin"), done())), skills=skills,
                world=RobotWorld(), perceiver=OraclePerceiver(inner))
    result = bot.run("bin it", scene=SceneSpec(objects=[ObjectSpec(kind="block", colour="red", x=0.4, y=0.0)]))
    assert result.success and result.final_objects == []


def test_video_is_written(tmp_path: Path) -> None:
    bot = symbolic_agent(plan(pick("red block"), place("bin"), done()))
    out = tmp_path / "episode.gif"
    bot.run("bin it", scene=SceneSpec(objects=[ObjectSpec(kind="block", colour="red", x=0.4, y=0.0)]), video=out)
    import imageio.v3 as iio

    frames = iio.imread(out, index=None)
    assert frames.shape[0] >= 3  # the start and one frame per action
    with pytest.raises(UserError, match=".gif or .mp4"):
        bot.run("bin it", scene=SceneSpec(objects=[ObjectSpec(kind="block", colour="red", x=0.4, y=0.0)]),
                video=tmp_path / "episode.avi")


def test_offline_planner_scripted_skills_on_pybullet() -> None:
    """The whole stack on the real simulator (perception from the oracle)."""
    scene = SceneSpec(objects=[ObjectSpec(kind="bowl", colour="blue", x=0.45, y=0.15),
                               ObjectSpec(kind="block", colour="red", x=0.4, y=-0.12),
                               ObjectSpec(kind="block", colour="green", x=0.6, y=-0.05)])
    with make_oracle_agent(planner="offline", skills="scripted") as bot:
        result = bot.run("put the red cube in the bowl", scene=scene)
        assert result.success, result.error
        assert predicates.inside(bot.world.sim_state(), "red block", "blue bowl")
        assert result.llm_calls == 0 and result.planner == "offline" and result.skills == "scripted"


def test_anthropic_planner_through_the_executor_never_leaks_the_key(monkeypatch: pytest.MonkeyPatch,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    from tests.fakes.llm_server import FakeLLMServer, Reply, anthropic_tool_use

    secret = "sk-ant-test-0123456789-SECRET"
    monkeypatch.setenv("ANTHROPIC_API_KEY", secret)
    world = SymbolicWorld()
    scene = SceneSpec(objects=[ObjectSpec(kind="block", colour="red", x=0.4, y=0.0)])
    with FakeLLMServer() as server:
        server.script(Reply.json(anthropic_tool_use("submit_plan", {
            "goal": {"stages": [[{"op": "atom", "rel": "in_bin", "args": ["red block"]}]]}, "steps": [
            {"primitive": "pick", "object": "red block"}, {"primitive": "place", "target": "bin"},
            {"primitive": "done", "summary": "binned"}]})))
        bot = Agent(planner="auto", skills="symbolic", world=world, perceiver="oracle",
                    llm_base_url=server.url)
        result = bot.run("throw the red block away", scene=scene)
    assert result.success and result.planner.startswith("anthropic") and result.llm_calls == 1
    assert result.tokens["input"] > 0
    assert secret not in result.model_dump_json() and secret not in caplog.text
    assert json.loads(result.model_dump_json())["steps"][1]["primitive"] == {"primitive": "place", "target": "bin"}


def test_api_keys_are_scrubbed_from_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from sim.core.errors import LLMError

    secret = "sk-test-abcdef0123456789"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    bot = symbolic_agent(LLMError(f"HTTP 401 for key {secret}"))
    result = bot.run("clear the table", scene=SceneSpec(objects=[ObjectSpec(kind="block", colour="red")]))
    assert not result.success and result.error == "planning failed: HTTP 401 for key ***"
