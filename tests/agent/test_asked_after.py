"""A question after a request ('Put X in the bin. Is Y in a bowl?') is answered about the table as the moves leave it
and never read as more of the goal: the block only asked about stays where it is."""

from __future__ import annotations

import pytest

from agent.primitives import Done, Pick
from tests.agent.test_understanding_fresh138 import crowded
from tests.agent.test_understanding_more import plan_of


@pytest.mark.parametrize(("text", "picked", "said"), [
    ("Put the yellow block in the bin. Is the red block in a bowl?", ["yellow block"], "Then: No"),
    ("Could you drop the yellow block in the bin please. Oh, and where's the blue block?", ["yellow block"], "Then: the blue block is in the purple bowl"),
    ("Bin the yellow block! How many blocks are in the bin now?", ["yellow block"], "Then: 1"),
    ("put the yellow block into the cyan bowl; is the cyan bowl empty?", ["yellow block"], "Then: No"),
    ("Take the green block off the red one and put it on the table. Is anything on the red block?", ["green block"], "Then: No"),
])
def test_a_question_after_a_request_is_answered_after_the_moves(text: str, picked: list[str], said: str) -> None:
    plan = plan_of(text, crowded())
    assert [s.object for s in plan.steps if isinstance(s, Pick)] == picked
    assert isinstance(plan.steps[-1], Done) and said.lower() in plan.steps[-1].summary.lower()


@pytest.mark.parametrize("text", ["Put the yellow block in the bin. Is that ok?", "Put the yellow block in the bin. Is it in there?"])
def test_a_question_about_the_request_itself_is_not_split_off(text: str) -> None:
    assert not any(isinstance(s, Done) and "Then:" in s.summary for s in plan_of(text, crowded()).steps)
