"""The LangGraph executor on a symbolic world: retries, replanning, questions, budgets, checkpoints."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from langgraph.types import Command

from agent.executor import Deps, ExecutorConfig, build_graph, initial_state, match_answer, run_episode
from sim.core.errors import PlanningError
from sim.scene import ObjectSpec, SceneSpec
from agent.planners.function import ReplayPlanner, ask, done, pick, place, plan
from sim.symbolic_world import SymbolicWorld
from skills.base import SkillOutcome
from skills.perception.oracle import OraclePerceiver
from skills.symbolic import symbolic_skills

SNAPSHOT = Path(__file__).parent / "executor_graph.mmd"
SCENE = SceneSpec(objects=[
    ObjectSpec(kind="bowl", colour="blue", x=0.5, y=0.15),
    ObjectSpec(kind="block", colour="red", x=0.4, y=-0.1),
    ObjectSpec(kind="block", colour="green", x=0.6, y=-0.1),
])


def make(planner: ReplayPlanner, skills: dict | None = None, **config) -> tuple[Deps, list, SymbolicWorld]:
    world = SymbolicWorld()
    world.reset(SCENE)
    events: list = []
    deps = Deps(world=world, perceiver=OraclePerceiver(world), planner=planner, skills=skills or symbolic_skills(),
                config=ExecutorConfig(**config), on_event=events.append)
    return deps, events, world


def kinds(events: list) -> list[str]:
    return [e.kind for e in events]


def test_graph_drawing_matches_snapshot() -> None:
    assert build_graph().get_graph().draw_mermaid() == SNAPSHOT.read_text()


def test_plan_runs_step_by_step_and_verifies_each() -> None:
    planner = ReplayPlanner(plan(pick("red block"), place("blue bowl"), pick("green block"), place("red block"), done()))
    deps, events, world = make(planner)
    state = run_episode(build_graph(), deps, "put red in the bowl and green on red")
    assert state["status"] == "done" and state["error"] is None
    assert [r["outcome"] for r in state["results"]] == ["success"] * 4
    assert kinds(events) == ["perceive", "plan"] + ["act", "step"] * 4 + ["done"]
    scene = {o["name"]: o for o in state["scene"]["objects"]}
    assert scene["red block"]["support"] == "blue bowl" and scene["green block"]["support"] == "red block"
    assert planner.requests[0].scene.names("block") == ["red block", "green block"]


def test_failed_pick_is_retried_without_replanning() -> None:
    skills = symbolic_skills(pick_failures=2)
    deps, events, _ = make(ReplayPlanner(plan(pick("red block"), place("bin"), done())), skills)
    state = run_episode(build_graph(), deps, "bin the red block")
    assert state["status"] == "done"
    assert state["results"][0]["attempts"] == 3 and state["replans"] == 0
    assert kinds(events).count("retry") == 2
    assert skills["pick"].calls == ["red block"] * 3


def test_exhausted_retries_replan_with_feedback_in_words() -> None:
    skills = symbolic_skills(pick_failures=3)  # 1 + 2 retries fail
    again = plan(pick("red block"), place("bin"), done())
    planner = ReplayPlanner(plan(pick("red block"), place("bin"), done()), again)
    deps, events, _ = make(planner, skills)
    state = run_episode(build_graph(), deps, "bin the red block")
    assert state["status"] == "done" and state["replans"] == 1
    feedback = planner.requests[1].feedback
    assert len(feedback) == 1 and "pick(red block) failed after 3 attempt(s)" in feedback[0]
    assert "slipped" in feedback[0] and "red block" in feedback[0]
    assert [r["outcome"] for r in state["results"]] == ["failed", "success", "success"]


def test_dropped_block_replans_instead_of_retrying_the_place() -> None:
    skills = symbolic_skills(place_drops=1)
    planner = ReplayPlanner(plan(pick("red block"), place("blue bowl"), done()),
                            plan(pick("red block"), place("blue bowl"), done()))
    deps, events, world = make(planner, skills)
    state = run_episode(build_graph(), deps, "red block in the blue bowl")
    assert state["status"] == "done"
    assert "retry" not in kinds(events) and state["replans"] == 1
    feedback = planner.requests[1].feedback[0]
    assert feedback.startswith("place(blue bowl) failed after 1 attempt(s): the block slipped out")
    assert "- red block at" in feedback and "on the table" in feedback  # the scene as it is now


def test_replans_are_bounded_and_the_failure_says_why() -> None:
    skills = symbolic_skills(pick_failures=100)
    planner = ReplayPlanner(*[plan(pick("red block"), place("bin"), done()) for _ in range(3)])
    deps, events, _ = make(planner, skills, max_retries=1, max_replans=2)
    state = run_episode(build_graph(), deps, "bin the red block")
    assert state["status"] == "failed" and kinds(events)[-1] == "fail"
    assert len(planner.requests) == 3 and len(skills["pick"].calls) == 6
    assert "pick(red block) failed after 2 attempt(s) and 2 replan(s)" in state["error"]


def test_skill_success_is_not_trusted_without_perception() -> None:
    def lying_pick(world, target):  # says it picked, but nothing moved
        return SkillOutcome(True, "picked (claimed)")

    skills = {"pick": lying_pick, "place": symbolic_skills()["place"]}
    deps, _, _ = make(ReplayPlanner(plan(pick("red block"), place("bin"), done())), skills, max_retries=0,
                      max_replans=0)
    state = run_episode(build_graph(), deps, "bin the red block")
    assert state["status"] == "failed"
    assert "perception shows the red block is not in the gripper" in state["error"]


def test_ask_step_interrupts_and_the_answer_goes_to_the_planner() -> None:
    planner = ReplayPlanner(plan(ask("Which block?")), plan(pick("green block"), place("bin"), done()))
    deps, events, _ = make(planner)
    asked: list = []
    state = run_episode(build_graph(), deps, "bin a block", answer=lambda q, c: asked.append(q) or "the green one")
    assert asked == ["Which block?"] and state["status"] == "done"
    assert planner.requests[1].history[-2:] == ["agent: Which block?", "user: the green one"]
    assert state["results"][0]["outcome"] == "answered"


def test_nobody_to_answer_fails_with_the_question() -> None:
    deps, _, _ = make(ReplayPlanner(plan(ask("Which block?"))))
    state = run_episode(build_graph(), deps, "bin a block", answer=None)
    assert state["status"] == "failed"
    assert "Which block?" in state["error"] and "batch mode" in state["error"]


def test_ambiguous_grounding_becomes_a_question_resumed_with_command() -> None:
    deps, events, world = make(ReplayPlanner(plan(pick("block"), place("bin"), done())))
    graph = build_graph()
    config = {"configurable": {"thread_id": "t1"}, "recursion_limit": 1000}
    chunks = list(graph.stream(initial_state("bin the block"), config, context=deps, stream_mode="updates"))
    question = chunks[-1]["__interrupt__"][0].value
    assert sorted(question["candidates"]) == ["green block", "red block"] and "block" in question["question"]
    list(graph.stream(Command(resume="the green one"), config, context=deps, stream_mode="updates"))
    state = graph.get_state(config).values
    assert state["status"] == "done" and state["bindings"] == {"block": "green block"}
    assert world.sim_state().objects["green block"].position[1] > 0.3  # in the bin


def test_unclear_answer_is_asked_again_then_gives_up() -> None:
    deps, _, _ = make(ReplayPlanner(plan(pick("block"), place("bin"), done())), max_questions=2)
    replies = iter(["hmm", "no idea"])
    state = run_episode(build_graph(), deps, "bin the block", answer=lambda q, c: next(replies))
    assert state["status"] == "failed" and "gave up after 2 questions" in state["error"]


def test_unknown_object_is_fed_back_to_the_planner() -> None:
    planner = ReplayPlanner(plan(pick("purple block"), place("bin"), done()), PlanningError("no purple block here"))
    deps, _, _ = make(planner, max_replans=1)
    state = run_episode(build_graph(), deps, "bin the purple block")
    assert "no object matches 'purple block'" in planner.requests[1].feedback[0]
    assert state["status"] == "failed" and state["error"] == "planning failed: no purple block here"


def test_step_budget() -> None:
    deps, _, _ = make(ReplayPlanner(plan(pick("red block"), place("bin"), done())), max_steps=1)
    state = run_episode(build_graph(), deps, "bin the red block")
    assert state["status"] == "failed" and state["error"].startswith("step budget exhausted: 1 skill")
    assert state["actions"] == 1


def test_time_budget() -> None:
    deps, _, _ = make(ReplayPlanner(plan(pick("red block"), place("bin"), done())), time_budget_s=-1.0)
    state = run_episode(build_graph(), deps, "bin the red block")
    assert state["status"] == "failed" and state["error"].startswith("time budget exhausted")


def test_sqlite_checkpoints_hold_only_plain_data(tmp_path: Path) -> None:
    from langgraph.checkpoint.sqlite import SqliteSaver

    saver = SqliteSaver(sqlite3.connect(str(tmp_path / "c.sqlite"), check_same_thread=False))
    graph = build_graph(saver)
    deps, _, _ = make(ReplayPlanner(plan(pick("red block"), place("blue bowl"), done())))
    run_episode(graph, deps, "red in blue", thread_id="episode-1")
    values = graph.get_state({"configurable": {"thread_id": "episode-1"}}).values
    assert values["status"] == "done"
    json.dumps(values)  # no world, no arrays: plain JSON
    history = list(graph.get_state_history({"configurable": {"thread_id": "episode-1"}}))
    assert len(history) > 5
    saver.conn.close()


@pytest.mark.parametrize(("answer", "expected"), [
    ("red block", "red block"), ("2", "green block"), ("the green one", "green block"), ("Red.", "red block"),
    ("blue", None), ("either", None),
])
def test_match_answer(answer: str, expected: str | None) -> None:
    assert match_answer(answer, ["red block", "green block"]) == expected
