"""Session-27 capabilities, tested with other sentences than the blind batches': two counts said equal as a goal ('the
number of blocks in W is the same as the number in V'), not a question about one count, and the same words asked;
'that bowl' in a question after a sentence that names one bowl."""

from __future__ import annotations

import pytest

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_more import outcome, reply


def _in(state, bowl: str) -> int:
    return state.count_at(bowl)


@pytest.mark.parametrize("text", [
    "The number of blocks in the green bowl is the same as the number in the blue bowl, and neither is empty.",
    "The number of blocks in the blue bowl should equal the number of blocks in the green bowl, at least one each.",
    "the number of blocks in the green bowl must be equal to the number in the blue bowl, and it is not zero",
])
def test_two_counts_said_equal_are_a_goal(text: str) -> None:
    i, f = outcome(text, coloured())
    assert _in(f, "green bowl") == _in(f, "blue bowl") >= 1 and f.held is None


@pytest.mark.parametrize(("question", "start"), [
    ("Is the number of blocks in the white bowl the same as the number on the table?", "No: 2 in the white bowl, 3 on the table"),
    ("The number of blocks in the blue bowl is equal to the number in the green bowl?", "Yes"),
    ("the number of blocks in the white bowl?", "2"),
])
def test_counts_compared_or_asked_with_a_question_mark_are_answered(question: str, start: str) -> None:
    assert reply(question, coloured()).startswith(start)


@pytest.mark.parametrize(("question", "start"), [
    ("I'd like to drop the yellow block into the white bowl later. Does that bowl have any blocks in it now?", "Yes"),
    ("My plan is to park the red block in the purple bowl for a bit. Is this bowl empty?", "No"),
])
def test_that_bowl_in_a_question_is_the_one_bowl_said_before(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)
