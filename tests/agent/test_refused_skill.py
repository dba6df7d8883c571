"""A skill that refuses (fails without moving the robot) is not retried as is: the executor replans at once
(issue 12: a place whose gripper held nothing was retried three times, then the episode failed)."""

from __future__ import annotations

from agent.executor import Deps, ExecutorConfig, build_graph, run_episode
from agent.executor.checking import check_step
from agent.planners.function import ReplayPlanner, done, pick, place, plan
from agent.primitives import Attempt, Call
from sim.core.perceived import PerceivedObject, Scene
from sim.scene import ObjectSpec, SceneSpec
from sim.symbolic_world import SymbolicWorld
from skills.base import SkillOutcome, Target
from skills.perception.oracle import OraclePerceiver
from skills.symbolic import symbolic_skills

SCENE = SceneSpec(objects=[
    ObjectSpec(kind="bowl", colour="blue", x=0.5, y=0.15),
    ObjectSpec(kind="block", colour="red", x=0.4, y=-0.1),
])


def _held_scene() -> Scene:
    red = PerceivedObject(name="red block", kind="block", colour="red", position=(0.22, 0.0, 0.4),
                          extent=(0.04, 0.04, 0.04), confidence=1.0, support="gripper")
    return Scene(objects=[red], held="red block")


def _attempt(actions: int | None, ok: bool = False) -> Attempt:
    return Attempt(ran=True, ok=ok, message="cannot place on bin: the gripper holds nothing", block="red block",
                   target="bin", kind="bin", object_kind=None, actions=actions)


def test_a_refused_place_is_not_retried_even_when_perception_shows_the_block_held() -> None:
    step = Call.model_validate({"primitive": "place", "target": "bin"})
    verdict = check_step(step, _attempt(0), _held_scene())
    assert verdict.reason is not None and "holds nothing" in verdict.reason
    assert verdict.retry is False


def test_a_place_that_moved_the_robot_and_failed_may_be_retried() -> None:
    step = Call.model_validate({"primitive": "place", "target": "bin"})
    assert check_step(step, _attempt(40), _held_scene()).retry is True
    assert check_step(step, _attempt(None), _held_scene()).retry is True  # unknown (the skill raised): as before


class RefusingPlace:
    """Refuses its first call as a skill does when the gripper holds nothing (no action taken); then places."""

    primitive = "place"

    def __init__(self, inner) -> None:
        self.inner, self.calls = inner, 0

    def __call__(self, world, target: Target) -> SkillOutcome:
        self.calls += 1
        if self.calls == 1:
            return SkillOutcome(False, f"cannot place on {target.name}: the gripper holds nothing", 0)
        return self.inner(world, target)


def test_executor_replans_at_once_after_a_refusal() -> None:
    world = SymbolicWorld()
    world.reset(SCENE)
    skills = symbolic_skills()
    skills["place"] = RefusingPlace(skills["place"])
    planner = ReplayPlanner(plan(pick("red block"), place("blue bowl"), done()),
                            plan(place("blue bowl"), done()))
    events: list = []
    deps = Deps(world=world, perceiver=OraclePerceiver(world), planner=planner, skills=skills,
                config=ExecutorConfig(), on_event=events.append)
    state = run_episode(build_graph(), deps, "put the red block in the blue bowl")
    assert state["status"] == "done", state.get("error")
    assert [e.kind for e in events].count("retry") == 0
    assert state["replans"] == 1 and skills["place"].calls == 2
    failed = [r for r in state["results"] if r["outcome"] == "failed"]
    assert len(failed) == 1 and failed[0]["attempts"] == 1 and "holds nothing" in failed[0]["message"]
    assert "holds nothing" in planner.requests[1].feedback[0]
