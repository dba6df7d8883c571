"""A primitive added from one file (`sweep_primitive.py`) reaches the tool schema and the prompt, is validated,
planned by an LLM planner (the real OpenAI SDK against the fake server) and executed by the executor."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator

import numpy as np
import pytest

from agent import primitives
from agent.api import Agent
from agent.planners.llm import submit_plan_description, system_prompt
from agent.planners.openai import OpenAIPlanner
from agent.schemas import Plan
from agent.validate import validate_plan
from sim import predicates
from sim.core import layout
from sim.core.errors import PlanValidationError
from sim.scene import ObjectSpec, SceneSpec
from sim.symbolic_world import SymbolicWorld
from skills.base import SkillOutcome, Target
from skills.perception.oracle import OraclePerceiver, scene_from_state
from skills.symbolic import symbolic_skills
from tests.fakes.llm_server import FakeLLMServer, Reply, openai_tool_call

SCENE = SceneSpec(objects=[
    ObjectSpec(kind="block", colour="red", x=0.40, y=0.10),
    ObjectSpec(kind="block", colour="blue", x=0.55, y=-0.10),
    ObjectSpec(kind="block", colour="green", x=0.55, y=-0.10, on="blue block"),
])


@pytest.fixture
def sweep() -> Iterator[type]:
    sys.modules.pop("tests.agent.sweep_primitive", None)
    module = importlib.import_module("tests.agent.sweep_primitive")
    yield module.Sweep
    primitives.unregister("sweep")


class SweepSkill:
    """Teleports the block at the target into the bin (the symbolic world's physics)."""

    primitive = "sweep"

    def __call__(self, world: SymbolicWorld, target: Target) -> SkillOutcome:
        block = world.nearest(target.position, "block")
        assert block is not None
        world.pos[block] = np.array([*layout.BIN_CENTER, layout.BOWL_FLOOR + layout.BLOCK_SIZE / 2])
        return SkillOutcome(True, f"swept {target.name}", 1)


def test_a_primitive_from_one_file_is_in_the_schema_validated_planned_and_executed(sweep: type) -> None:
    # the tool schema and the prompt list it, with its words
    assert "sweep" in primitives.registered()
    schema = primitives.plan_schema()
    assert schema["$defs"]["Sweep"]["properties"]["primitive"]["const"] == "sweep"
    assert "sweep(object)" in submit_plan_description()
    assert f"- sweep(object): {sweep.guide}" in system_prompt()

    # validated by its own rules
    world = SymbolicWorld()
    world.reset(SCENE)
    scene = scene_from_state(world.sim_state())
    with pytest.raises(PlanValidationError, match="step 1: sweep\\('blue block'\\): only a clear block"):
        validate_plan(Plan.model_validate({"steps": [{"primitive": "sweep", "object": "blue block"}]}), scene)
    with pytest.raises(PlanValidationError, match="step 2: sweep\\('red block'\\): the gripper holds the green block"):
        validate_plan(Plan.model_validate({"steps": [{"primitive": "pick", "object": "green block"},
                                                     {"primitive": "sweep", "object": "red block"}]}), scene)
    good = {"steps": [{"primitive": "sweep", "object": "the Red Cube"}, {"primitive": "done", "summary": "swept"}]}
    validate_plan(Plan.model_validate(good), scene)

    # planned by an LLM planner, executed by the executor with the skill set's `sweep` skill
    with FakeLLMServer() as server:
        binned = {"stages": [[{"op": "atom", "rel": "in_bin", "args": ["red block"]}]]}  # the goal it states
        server.script(Reply.json(openai_tool_call("submit_plan", {"goal": binned, **good})))
        planner = OpenAIPlanner(base_url=server.url + "/v1", api_key="sk-test-key", timeout_s=5.0, max_retries=0)
        skills = {**symbolic_skills(), "sweep": SweepSkill()}
        bot = Agent(planner=planner, skills=skills, world=world, perceiver=OraclePerceiver(world))
        result = bot.tell("sweep the red block into the bin")
    assert result.success, result.error
    assert [s.primitive.primitive for s in result.steps] == ["sweep"]
    assert predicates.in_bin(world.sim_state(), "red block")
    assert "sweep(object)" in str(server.requests[0].body["tools"])


def test_an_unregistered_primitive_is_refused_with_the_valid_names() -> None:
    with pytest.raises(ValueError, match="unknown primitive 'sweep'; valid: pick, place, ask, done"):
        Plan.model_validate({"steps": [{"primitive": "sweep", "object": "red block"}]})
