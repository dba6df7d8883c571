"""Session-31 capabilities outside `claims` (see `test_claims`), tested with other sentences than the blind batches':
a limit of more than one block per bowl ('no bowl may hold more than two blocks' meant at most one: a wrong action), the
robot's side said with a possessive ("the robot's left", once read as 'the robot is left'), and frames of reference in
questions ('which block is on your left, robot?', 'closer to you than W', 'in front of X, that is, nearer the robot')."""

from __future__ import annotations

import pytest

from agent.planners.offline.spelling import uncontracted
from sim.core.lexicon import unify
from sim.core.symbolic import SymState

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_more import O, P, plan_of, reply

# crowded: pink and orange in the white bowl, blue in the purple bowl, green on red (at the middle), yellow on the table
# (y = -0.25, the camera's left: the robot's right), the cyan bowl empty; coloured adds an empty blue and green bowl


@pytest.mark.parametrize("text", [
    "No bowl may hold more than two blocks.",
    "every bowl should have at most two blocks in it",
    "Make sure each bowl holds no more than three blocks.",
])
def test_a_limit_above_one_per_bowl_is_met_already(text: str) -> None:
    plan = plan_of(text, crowded())  # the white bowl holds two
    assert [s.primitive for s in plan.steps] == ["done"], plan.steps


def test_a_limit_of_one_per_bowl_still_moves_one_out() -> None:
    plan = plan_of("no bowl may hold more than one block", crowded())
    state = SymState.from_scene(crowded())
    for s in plan.steps[:-1]:
        s.apply(state)
    assert sorted(state.base(b) for b in (P, O)).count("white bowl") == 1


@pytest.mark.parametrize(("said", "meant"), [
    ("the robot's left", "the robot's left"),
    ("the yellow one's left on the table", "the yellow one is left on the table"),
])
def test_a_possessive_robot_is_no_contraction(said: str, meant: str) -> None:
    assert unify(said) == meant
    assert uncontracted("the robot's done, now the robot's left hand") == "the robot is done, now the robot's left hand"


@pytest.mark.parametrize("text", [
    "Put the block on the robot's right-hand side into the cyan bowl.",
    "Robot, the block furthest to your right goes in the cyan bowl.",
])
def test_the_robots_right_is_the_cameras_left(text: str) -> None:
    plan = plan_of(text, crowded())
    assert [s.describe() for s in plan.steps[:2]] == ["pick(yellow block)", "place(cyan bowl)"]


@pytest.mark.parametrize(("text", "start"), [
    ("Which block is on your right, robot?", "The yellow block"),
    ("From the camera's point of view, which bowl is on the left?", "The cyan bowl"),
    ("How many blocks are further from you, robot, than the white bowl is?", "5"),  # all but the pink block
    ("Is the yellow block in front of the blue block, that is, closer to the robot?", "Yes"),
    ("Is the red block behind the yellow block, in other words further from you?", "No"),
])
def test_frames_of_reference_in_questions(text: str, start: str) -> None:
    assert reply(text, crowded()).startswith(start)


def test_a_frame_in_an_identity_question() -> None:
    assert reply("As the camera sees it, is the leftmost bowl the cyan one?", coloured()).startswith("Yes")
