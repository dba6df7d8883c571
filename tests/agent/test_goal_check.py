"""The final goal check: after the last step the executor checks the plan's whole goal from perception.

Each test disturbs the symbolic world after a step whose own postcondition still holds, so only the
final check can see that the goal no longer holds (a tower knocked over while another block is stacked,
a block pushed out beside its bowl).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from agent.api import Agent
from agent.executor import Deps, ExecutorConfig, build_graph, run_episode
from agent.planners.function import ReplayPlanner, done, pick, place, plan
from agent.schemas import Plan
from sim import predicates
from sim.core import layout
from sim.core.goal import Goal
from sim.core.relations import Rel
from sim.scene import ObjectSpec, SceneSpec
from sim.symbolic_world import SymbolicWorld
from skills.perception.oracle import OraclePerception, OraclePerceiver
from skills.symbolic import symbolic_skills

SCENE = SceneSpec(objects=[
    ObjectSpec(kind="bowl", colour="blue", x=0.5, y=0.15),
    ObjectSpec(kind="block", colour="red", x=0.4, y=-0.1),
    ObjectSpec(kind="block", colour="green", x=0.6, y=-0.1),
    ObjectSpec(kind="block", colour="yellow", x=0.45, y=-0.25),
    ObjectSpec(kind="block", colour="purple", x=0.65, y=-0.25),
])
TOWERS = Goal.of([[Rel("on", "green block", "red block"), Rel("on", "yellow block", "purple block")]])
TOWERS_PLAN = plan(pick("green block"), place("red block"), pick("yellow block"), place("purple block"), done())
BOTH_IN_BOWL = Goal.of([[Rel("in", "red block", "blue bowl"), Rel("in", "green block", "blue bowl")]])
BOWL_PLAN = plan(pick("red block"), place("blue bowl"), pick("green block"), place("blue bowl"), done())


def with_goal(p: Plan, goal: Goal) -> Plan:
    return p.model_copy(update={"goal": goal})


def disturbing(after_place: int, disturb: Callable[[SymbolicWorld], None]) -> dict:
    """The symbolic skills, with `disturb(world)` run right after the `after_place`-th place (1-based)."""
    skills = symbolic_skills()
    inner = skills["place"]

    def place_skill(world, target):
        outcome = inner(world, target)
        if len(inner.calls) == after_place:
            disturb(world)
        return outcome

    return {"pick": skills["pick"], "place": place_skill}


def knock_off(block: str, x: float, y: float) -> Callable[[SymbolicWorld], None]:
    """The block falls to the table at (x, y), as when the arm brushes a tower."""
    def disturb(world: SymbolicWorld) -> None:
        world.pos[block] = np.array([x, y, layout.BLOCK_SIZE / 2])
    return disturb


def make(planner: ReplayPlanner, skills: dict, **config) -> tuple[Deps, list, SymbolicWorld]:
    world = SymbolicWorld()
    world.reset(SCENE)
    events: list = []
    deps = Deps(world=world, perceiver=OraclePerceiver(world), planner=planner, skills=skills,
                config=ExecutorConfig(**config), on_event=events.append)
    return deps, events, world


def test_a_tower_knocked_over_while_another_is_stacked_is_seen_and_replanned() -> None:
    skills = disturbing(2, knock_off("green block", 0.3, 0.05))  # stacking yellow knocks green off red
    planner = ReplayPlanner(with_goal(TOWERS_PLAN, TOWERS),
                            with_goal(plan(pick("green block"), place("red block"), done()), TOWERS))
    deps, events, world = make(planner, skills)

    state = run_episode(build_graph(), deps, "green on red and yellow on purple")

    # every step's own postcondition held, yet the goal did not: the final check replanned
    assert [r["outcome"] for r in state["results"]] == ["success"] * 6
    assert state["status"] == "done" and state["replans"] == 1
    feedback = planner.requests[1].feedback
    assert len(feedback) == 1
    assert feedback[0].startswith("every step ran, but the goal does not hold: it needs the green block on the red block")
    assert "- green block at" in feedback[0]  # the scene as it is now
    assert [e.kind for e in events].count("goal") == 1 and events[-2].kind == "goal"
    truth = world.sim_state()
    assert predicates.on(truth, "green block", "red block") and predicates.on(truth, "yellow block", "purple block")


def test_a_block_pushed_out_beside_its_bowl_is_put_back() -> None:
    skills = disturbing(2, knock_off("red block", 0.5, 0.27))  # placing green pushes red out, beside the bowl
    planner = ReplayPlanner(with_goal(BOWL_PLAN, BOTH_IN_BOWL),
                            with_goal(plan(pick("red block"), place("blue bowl"), done()), BOTH_IN_BOWL))
    deps, _, world = make(planner, skills)

    state = run_episode(build_graph(), deps, "both blocks in the bowl")

    assert state["status"] == "done" and state["replans"] == 1
    assert "it needs the red block in the blue bowl" in planner.requests[1].feedback[0]
    truth = world.sim_state()
    assert predicates.inside(truth, "red block", "blue bowl") and predicates.inside(truth, "green block", "blue bowl")


def test_the_goal_still_unmet_after_the_replans_fails_with_the_relation() -> None:
    skills = disturbing(2, knock_off("red block", 0.5, 0.27))
    planner = ReplayPlanner(with_goal(BOWL_PLAN, BOTH_IN_BOWL))
    deps, events, _ = make(planner, skills, max_replans=0)

    state = run_episode(build_graph(), deps, "both blocks in the bowl")

    assert state["status"] == "failed" and events[-1].kind == "fail"
    assert state["error"].startswith("the goal does not hold: it needs the red block in the blue bowl")
    assert "after every step ran and 0 replan(s)" in state["error"]


def test_without_the_disturbance_the_goal_holds_and_nothing_is_replanned() -> None:
    planner = ReplayPlanner(with_goal(BOWL_PLAN, BOTH_IN_BOWL))
    deps, events, _ = make(planner, symbolic_skills())
    state = run_episode(build_graph(), deps, "both blocks in the bowl")
    assert state["status"] == "done" and state["replans"] == 0 and len(planner.requests) == 1
    assert [e.kind for e in events][-2:] == ["goal", "done"]


def test_unchanged_is_checked_against_the_scene_at_the_start() -> None:
    # The plan moves the yellow block although the goal says to leave it where it is.
    goal = Goal.of([[Rel("in", "red block", "blue bowl"), Rel("unchanged", "yellow block")]])
    moves_yellow = with_goal(plan(pick("red block"), place("blue bowl"), pick("yellow block"), place("blue bowl"),
                                  done()), goal)
    deps, _, _ = make(ReplayPlanner(moves_yellow), symbolic_skills(), max_replans=0)
    state = run_episode(build_graph(), deps, "red in the bowl, leave yellow alone")
    assert state["status"] == "failed"
    assert "it needs the yellow block left where it is" in state["error"]


def test_episode_result_success_is_the_final_goal_check_and_carries_the_goal() -> None:
    def run(skills: dict) -> tuple:
        world = SymbolicWorld()
        bot = Agent(planner=ReplayPlanner(with_goal(BOWL_PLAN, BOTH_IN_BOWL)), skills=skills, world=world,
                    perceiver="oracle", config=ExecutorConfig(max_replans=0))
        return bot.run("both blocks in the bowl", scene=SCENE), world

    ok, _ = run(symbolic_skills())
    assert ok.success and ok.error is None and ok.goal == BOTH_IN_BOWL
    assert Goal.model_validate(ok.model_dump(mode="json")["goal"]) == BOTH_IN_BOWL  # JSON round trip

    bad, world = run(disturbing(2, knock_off("red block", 0.5, 0.27)))
    assert not bad.success and "it needs the red block in the blue bowl" in (bad.error or "")
    assert all(s.outcome == "success" for s in bad.steps)  # every step "worked": only the goal check saw it
    assert not predicates.inside(world.sim_state(), "red block", "blue bowl")  # the verdict agrees with the truth


def test_the_offline_planners_goal_is_checked_and_replanned_end_to_end() -> None:
    world = SymbolicWorld()
    bot = Agent(planner="offline", skills=disturbing(2, knock_off("red block", 0.5, 0.27)), world=world,
                perceiver="oracle")
    result = bot.run("put the red block and the green block in the blue bowl", scene=SCENE)
    assert result.success and result.replans == 1, result.error
    assert result.goal == BOTH_IN_BOWL
    truth = world.sim_state()
    assert predicates.inside(truth, "red block", "blue bowl") and predicates.inside(truth, "green block", "blue bowl")


class Hiding(OraclePerceiver):
    """The oracle, blind to `hidden` until `shown_after` perceptions (a block under a tower's top block)."""

    def __init__(self, world: SymbolicWorld, hidden: str, shown_after: int) -> None:
        super().__init__(world)
        self.hidden, self.shown_after = hidden, shown_after

    def perceive(self, obs):
        p = super().perceive(obs)
        if self.calls > self.shown_after:
            return p
        scene = p.scene.model_copy(update={"objects": [o for o in p.scene.objects if o.name != self.hidden]})
        return OraclePerception(scene=scene, masks=p.masks, image=p.image)


def test_a_block_that_came_into_view_after_the_plan_is_planned_for() -> None:
    one = Goal.of([[Rel("in", "red block", "blue bowl")]])
    both = Goal.of([[Rel("in", "red block", "blue bowl"), Rel("in", "purple block", "blue bowl")]])
    planner = ReplayPlanner(with_goal(plan(pick("red block"), place("blue bowl"), done()), one),
                            with_goal(plan(pick("purple block"), place("blue bowl"), done()), both))
    deps, events, world = make(planner, symbolic_skills())
    deps.perceiver = Hiding(world, "purple block", shown_after=2)

    state = run_episode(build_graph(), deps, "put the blocks in the blue bowl")

    assert state["status"] == "done" and state["replans"] == 1 and len(planner.requests) == 2
    assert any(e.kind == "replan" and "purple block came into view" in e.message for e in events)
    assert "purple block" in planner.requests[1].scene.names()
    assert predicates.inside(world.sim_state(), "purple block", "blue bowl")


def test_a_block_in_view_from_the_start_asks_for_no_second_plan() -> None:
    one = Goal.of([[Rel("in", "red block", "blue bowl")]])
    planner = ReplayPlanner(with_goal(plan(pick("red block"), place("blue bowl"), done()), one))
    deps, events, world = make(planner, symbolic_skills())

    state = run_episode(build_graph(), deps, "put the red block in the blue bowl")

    assert state["status"] == "done" and state["replans"] == 0 and len(planner.requests) == 1
