"""The plan validator: one test per rule, each checking that the message says what is wrong and what is valid."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanValidationError
from agent.primitives import Ask, Done, Pick, Place
from agent.schemas import Plan
from agent.validate import canonical_plan, simulate, validate_plan
from sim.core.lexicon import normalise_name
from sim.core import layout
from sim.core.goal import Goal
from sim.core.perceived import PerceivedObject, Scene
from sim.core.relations import Rel


def block(colour: str, support: str = "table", pos: tuple[float, float, float] = (0.5, 0.0, 0.02), name: str = "") -> PerceivedObject:
    return PerceivedObject(name=name or f"{colour} block", kind="block", colour=colour, position=pos,
                           extent=(0.04, 0.04, 0.04), confidence=1.0, support=support)


def bowl(colour: str, pos: tuple[float, float, float] = (0.4, -0.1, 0.02)) -> PerceivedObject:
    return PerceivedObject(name=f"{colour} bowl", kind="bowl", colour=colour, position=pos,
                           extent=(0.16, 0.16, 0.035), confidence=1.0)


@pytest.fixture
def scene() -> Scene:
    """red block with blue on top (a tower), a loose green block, a green bowl holding the yellow block."""
    return Scene(objects=[
        block("red", pos=(0.5, 0.0, 0.02)), block("blue", "red block", pos=(0.5, 0.0, 0.06)),
        block("green", pos=(0.4, 0.2, 0.02)), bowl("green"), block("yellow", "green bowl", pos=(0.43, -0.07, 0.03)),
    ])


def error(plan_steps: list, scene: Scene) -> str:
    with pytest.raises(PlanValidationError) as e:
        validate_plan(Plan(steps=plan_steps), scene)
    return str(e.value)


def test_valid_plan_passes_and_simulates(scene: Scene) -> None:
    plan = Plan(steps=[Pick(object="blue block"), Place(target="table"), Pick(object="red block"),
                       Place(target="green bowl"), Done(summary="ok")])
    validate_plan(plan, scene)
    final = simulate(plan, scene)
    assert final.support["red block"] == "green bowl" and final.support["blue block"] == "table"


def test_unknown_object_lists_the_objects(scene: Scene) -> None:
    msg = error([Pick(object="purple block")], scene)
    assert msg.startswith("step 1: pick('purple block'): no such object")
    assert "red block, blue block, green block, yellow block" in msg and "green bowl" in msg


def test_block_under_another_cannot_be_picked(scene: Scene) -> None:
    msg = error([Pick(object="red block")], scene)
    assert "the blue block is on top of it" in msg and "clear it first" in msg


def test_nothing_picked_while_holding(scene: Scene) -> None:
    msg = error([Pick(object="blue block"), Pick(object="green block")], scene)
    assert msg.startswith("step 2: pick('green block'): the gripper already holds the blue block")


def test_place_only_while_holding(scene: Scene) -> None:
    msg = error([Place(target="bin")], scene)
    assert "step 1: place('bin'): the gripper is empty; pick a block first" == msg


def test_unknown_target_lists_valid_targets(scene: Scene) -> None:
    msg = error([Pick(object="green block"), Place(target="purple bowl")], scene)
    assert "step 2: place('purple bowl'): no such target" in msg
    for valid in ("clear blocks: blue block, yellow block", "bowls with room: green bowl", "'bin'", "'table'",
                  "'top left corner'", "'middle'"):
        assert valid in msg


def test_cannot_place_on_a_block_with_something_on_it(scene: Scene) -> None:
    msg = error([Pick(object="green block"), Place(target="red block")], scene)
    assert "the red block has the blue block on it" in msg and "clear blocks: blue block" in msg


def test_cannot_place_on_the_held_block(scene: Scene) -> None:
    msg = error([Pick(object="green block"), Place(target="green block")], scene)
    assert "cannot place the green block on itself" in msg


def test_full_bowl_rejected() -> None:
    inside = [block(c, "green bowl") for c in ("red", "blue", "yellow", "pink")]
    full = Scene(objects=[bowl("green"), *inside, block("white", pos=(0.6, 0.2, 0.02))])
    assert len(inside) == layout.BOWL_CAPACITY
    msg = error([Pick(object="white block"), Place(target="green bowl")], full)
    assert "the green bowl is full (4 blocks" in msg and f"holds at most {layout.BOWL_CAPACITY}" in msg
    assert "bowls with room: none" in msg


def test_bowls_cannot_be_picked(scene: Scene) -> None:
    assert "bowls cannot be picked" in error([Pick(object="green bowl")], scene)


def test_places_are_not_objects(scene: Scene) -> None:
    assert "'bin' is a place, not an object" in error([Pick(object="bin")], scene)


def test_done_must_be_last(scene: Scene) -> None:
    msg = error([Done(summary="x"), Pick(object="green block")], scene)
    assert msg == "step 1: done: done must be the last step, but 1 step(s) follow it"


def test_ask_ends_the_plan(scene: Scene) -> None:
    validate_plan(Plan(steps=[Ask(question="which block?")]), scene)
    validate_plan(Plan(steps=[Ask(question="which block?"), Done()]), scene)
    assert "ask must be the last step" in error([Ask(question="which?"), Pick(object="green block")], scene)
    assert "the question is empty" in error([Ask(question="  ")], scene)


def test_empty_plan(scene: Scene) -> None:
    assert "the plan has no steps" in error([], scene)


def test_scene_may_start_holding_a_block() -> None:
    held = Scene(objects=[block("red", "gripper", pos=(0.4, 0.0, 0.2)), block("blue")], held="red block")
    validate_plan(Plan(steps=[Place(target="blue block"), Done()]), held)
    assert "the gripper already holds the red block" in error([Pick(object="blue block")], held)


def test_names_are_normalised(scene: Scene) -> None:
    plan = Plan(steps=[Pick(object="  The Green Cube "), Place(target="the top-left corner"), Done()])
    validate_plan(plan, scene)
    assert canonical_plan(plan, scene).steps[:2] == [Pick(object="green block"), Place(target="top left corner")]
    assert normalise_name("the Green Dish", scene.names()) == "green bowl"
    assert normalise_name("the trash", scene.names()) == "bin"
    assert normalise_name("the centre", scene.names()) == "middle"
    assert normalise_name("purple thing", scene.names()) == "purple thing"
    assert normalise_name("the Green Box", scene.names()) == "green block"
    assert normalise_name("the box", scene.names()) == "bin"


def test_named_place_blocks_recognised() -> None:
    x, y = layout.PLACES["middle"]
    s = Scene(objects=[block("red", pos=(x + 0.01, y, 0.02))])
    assert simulate(Plan(steps=[Done()]), s).support["red block"] == "middle"


# --- the plan's stated goal ------------------------------------------------------------------------


def goal(*rels: Rel) -> Goal:
    return Goal.of([list(rels)])


def goal_error(steps: list, g: Goal, scene: Scene) -> str:
    with pytest.raises(PlanValidationError) as e:
        validate_plan(Plan(goal=g, steps=steps), scene)
    return str(e.value)


def test_a_plan_that_reaches_its_goal_passes(scene: Scene) -> None:
    steps = [Pick(object="green block"), Place(target="green bowl"), Done()]
    validate_plan(Plan(goal=goal(Rel("in", "green block", "green bowl")), steps=steps), scene)
    validate_plan(Plan(goal=goal(Rel("on", "blue block", "red block")), steps=[Done()]), scene)  # already true


def test_a_goal_no_step_reaches_names_the_first_unmet_relation(scene: Scene) -> None:
    g = goal(Rel("in", "green block", "green bowl"), Rel("on", "yellow block", "green block"))
    msg = goal_error([Pick(object="green block"), Place(target="green bowl"), Done()], g, scene)
    assert msg.startswith("the plan does not reach its goal (the green block in the green bowl; ")
    assert "the goal needs the yellow block on the green block at the end; no step makes it true" in msg


def test_the_step_that_undoes_a_relation_is_named(scene: Scene) -> None:
    # The blue block starts on the red block, as the goal wants; step 1 takes it off and nothing puts it back.
    g = goal(Rel("on", "blue block", "red block"), Rel("in_bin", "green block"))
    steps = [Pick(object="blue block"), Place(target="table"), Pick(object="green block"), Place(target="bin"),
             Done()]
    msg = goal_error(steps, g, scene)
    assert "the goal needs the blue block on the red block at the end; step 1: pick('blue block') undoes it" in msg


def test_negated_and_unchanged_relations_are_checked(scene: Scene) -> None:
    msg = goal_error([Pick(object="green block"), Place(target="green bowl"), Done()],
                     goal(Rel("in", "green block", "green bowl", negated=True)), scene)
    assert "the goal needs the green block not in the green bowl at the end" in msg
    msg = goal_error([Pick(object="green block"), Place(target="bin"), Done()],
                     goal(Rel("unchanged", "green block")), scene)
    assert "the goal needs the green block left where it is at the end; step 1: pick('green block') undoes it" in msg


def test_a_plan_that_asks_is_not_held_to_its_goal(scene: Scene) -> None:
    validate_plan(Plan(goal=goal(Rel("in_bin", "green block")), steps=[Ask(question="which bin?")]), scene)


def test_canonical_plan_keeps_the_goal(scene: Scene) -> None:
    g = goal(Rel("in", "green block", "green bowl"))
    plan = Plan(goal=g, steps=[Pick(object="the Green Cube"), Place(target="green bowl"), Done()])
    assert canonical_plan(plan, scene).goal == g
