"""What the three-hundred-and-fifth and later untuned batches (`benchmarks.language_fresh304` on) and the mends they
prompted found, said in other words than the batches; and the one wrong action the session before left, an engineer's
'Move the block nearest to W onto X' (FRESH299) when a block sits in W: to some the block in W is the nearest, to others
the nearest one outside it, so the planner asks, unless W is also where the block goes."""

from __future__ import annotations

import pytest

from agent.primitives import Ask
from sim.core.relations import Rel

from tests.agent.test_understanding_more import WB, O, P, desk, only, outcome, plan_of

SAID: list[tuple] = [  # read by the tests of `test_understanding_fresh223` (one test body for every session's table)
]

ASKED: list[tuple[str, str]] = [
]


@pytest.mark.parametrize("text", [
    "Move the block closest to the white bowl onto the green block.",
    "Could you take the block that's nearest the white bowl and put it in the bin?",
    "the cube next to the white bowl goes on the green block",
])
def test_the_block_nearest_a_bowl_that_holds_one_is_asked_about(text: str) -> None:
    plan = plan_of(text, desk())  # the pink block in the white bowl; the orange block the nearest outside it
    assert isinstance(plan.steps[0], Ask), plan.steps
    assert P in plan.steps[0].question and O in plan.steps[0].question
    history = [f"user: {text}", f"agent asked: {plan.steps[0].question}"]
    i, f = outcome("the pink one", desk(), history)
    assert f.support[P] != i.support[P] and f.support[O] == i.support[O]


@pytest.mark.parametrize("text", [
    "Put the block closest to the white bowl in the white bowl as well.",
    "Take whichever block is nearest the white bowl and drop it in there.",
])
def test_the_block_nearest_a_bowl_it_goes_into_is_one_outside_it(text: str) -> None:
    assert only([Rel("in", O, WB)])(*outcome(text, desk())), text
