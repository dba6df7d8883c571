"""Questions are answered from perception: by `agent.answers`, by the offline planner (a plan of one `answer`
step that moves nothing), and end to end through `Agent.run` on the symbolic world."""

from __future__ import annotations

from typing import Any

import pytest

from agent.answers import answer
from agent.api import Agent
from agent.planners.base import PlanRequest
from agent.planners.offline import OfflinePlanner
from agent.primitives import Answer
from agent.validate import validate_plan
from sim.core.perceived import PerceivedObject, Scene
from sim.scene import ObjectSpec, SceneSpec
from sim.symbolic_world import SymbolicWorld


def obj(name: str, support: str = "table", pos: tuple[float, float, float] = (0.45, 0.22, 0.02)) -> PerceivedObject:
    colour, kind = name.split()[:2]
    ext = (0.04, 0.04, 0.04) if kind == "block" else (0.16, 0.16, 0.035)
    return PerceivedObject(name=name, kind=kind, colour=colour, position=pos, extent=ext, confidence=1.0,  # type: ignore[arg-type]
                           support=support)


SCENE = Scene(objects=[
    obj("red block"), obj("blue block", "red block", (0.45, 0.22, 0.06)), obj("green block", pos=(0.6, 0.2, 0.02)),
    obj("orange block", "green bowl", (0.4, -0.1, 0.03)), obj("green bowl", pos=(0.4, -0.1, 0.02)),
    obj("red bowl", pos=(0.62, 0.05, 0.02)),
])


@pytest.mark.parametrize(("question", "kind", "value"), [
    ("hey, how many blocks are sitting in the green bowl?", "count", 1),
    ("how many blocks are there in total?", "count", 4),
    ("is there anything in the red bowl?", "exists", False),
    ("is the blue block resting on the red block?", "yes_no", True),
    ("the orange block is in the red bowl?", "yes_no", False),
    ("are all the blocks on the table?", "yes_no", False),
    ("is any block in the green bowl?", "yes_no", True),
    ("can you tell me whether the green block is on the table?", "yes_no", True),
    ("what colour is the block in the green bowl?", "colour", "orange"),
    ("where is the block in the green bowl?", "where", "orange block"),
    ("what's on the red block?", "contents", ["blue block"]),
])
def test_answers_to_ordinary_questions(question: str, kind: str, value: Any) -> None:
    got = answer(question, SCENE)
    assert (got.kind, got.value) == (kind, value), got.text


def test_the_answer_says_what_it_found() -> None:
    assert answer("is there anything in the red bowl?", SCENE).text == "No, there is nothing in the red bowl."
    assert answer("are all the blocks on the table?", SCENE).text.startswith("No: not the blue block")


@pytest.mark.parametrize("question", [
    "what do you see?", "where is the orange block?", "how many bowls are there?", "is the red block clear?",
    "what is in the green bowl?", "which blocks are in the green bowl?", "do you see a purple block?",
    "describe the scene", "is the red block in the bowl?", "what is the gripper holding?",
    "tell me what is on the table", "what's that thing next to the bowl?",
])
def test_the_offline_planner_answers_questions_without_moving(question: str) -> None:
    plan = OfflinePlanner().plan(PlanRequest(instruction=question, scene=SCENE))
    assert len(plan.steps) == 1 and isinstance(plan.steps[0], Answer)
    assert plan.steps[0].text == answer(question, SCENE).text
    validate_plan(plan, SCENE)


@pytest.mark.parametrize("request_text", [
    "can you put the green block in the red bowl?", "could you stack the green block on the blue block?",
    "would you mind putting the green block in the red bowl?",
])
def test_polite_requests_phrased_as_questions_are_requests(request_text: str) -> None:
    plan = OfflinePlanner().plan(PlanRequest(instruction=request_text, scene=SCENE))
    assert [s.primitive for s in plan.steps][:2] == ["pick", "place"]


def test_a_question_runs_end_to_end_and_nothing_moves() -> None:
    spec = SceneSpec(objects=[ObjectSpec(kind="bowl", colour="green", x=0.4, y=-0.1, name="green bowl"),
                              ObjectSpec(kind="block", colour="red", x=0.6, y=0.15, name="red block"),
                              ObjectSpec(kind="block", colour="blue", on="green bowl", name="blue block")])
    with Agent(planner="offline", skills="symbolic", world=SymbolicWorld(), perceiver="oracle") as bot:
        result = bot.run("where is the blue block?", scene=spec)
        before = bot.world.sim_state()  # type: ignore[attr-defined]
        assert result.error is None and result.plan is not None
        assert [s.primitive for s in result.plan.steps] == ["answer"]
        assert result.plan.steps[0].text.startswith("The blue block is in the green bowl")  # type: ignore[attr-defined]
        assert not [s for s in result.steps if s.primitive.primitive in ("pick", "place")]
        bot.tell("is the red block in the green bowl?")
        assert {n: o.position.tolist() for n, o in bot.world.sim_state().objects.items()} == {  # type: ignore[attr-defined]
            n: o.position.tolist() for n, o in before.objects.items()}
