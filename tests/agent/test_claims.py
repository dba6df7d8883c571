"""Yes-or-no questions answered by reading what they claim as a goal (`claims`, `OfflinePlanner._held`): 'is it true
that P?', inverted statements ('is every block ...?', 'does each bowl hold ...?') and rules asked about ('Policy: P. Is
the table in line with it?'). Tested with other sentences than the blind batches'. A question is never carried out."""

from __future__ import annotations

import pytest

from agent.planners.offline.claims import Claim, claimed
from agent.primitives import Answer

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_more import plan_of, reply

# crowded: pink and orange in the white bowl, blue in the purple bowl, green on red (at the middle), yellow on the table,
# the cyan bowl empty; coloured adds an empty blue bowl and an empty green bowl


@pytest.mark.parametrize(("text", "yes"), [
    ("Is it true that every bowl holds at most two blocks?", True),
    ("is it the case that no bowl is empty?", False),
    ("Would you say that the green block has nothing on it?", True),
    ("Is it false that the yellow block is on the table?", False),
    ("Does every block sit in a bowl?", False),
    ("Does each bowl hold at least one block?", False),
    ("Is it true that the red block and the green block are stacked, with the green one on top?", True),
    ("Am I right that the pink block and the orange block share a bowl?", True),
])
def test_a_claim_is_answered_by_whether_it_holds_now(text: str, yes: bool) -> None:
    assert reply(text, crowded()).startswith("Yes" if yes else "No")


def test_a_claim_about_matching_colours_needs_the_scene_to_match() -> None:
    assert reply("is every block in the bowl of its own colour?", coloured()).startswith("No")


@pytest.mark.parametrize(("text", "yes"), [
    ("Policy: no block may sit on another block. Is the table in line with it right now?", False),
    ("Constraint: the yellow block must not be in a bowl. Is the table breaking it?", False),
    ("Rule: every block goes in a bowl. Is the pink block following it?", True),
    ("Rule: every block goes in a bowl. Is the yellow block following it?", False),
    ("Our rule: no bowl holds more than one block. Is that rule being broken?", True),
    ("Rule one: nothing goes in the bin. Rule two: the cyan bowl stays empty. Does the table obey both?", True),
    ("Rule one: nothing goes in the bin. Rule two: the cyan bowl stays empty. Is the table violating them?", False),
])
def test_a_rule_asked_about_is_answered_and_never_carried_out(text: str, yes: bool) -> None:
    plan = plan_of(text, crowded())
    assert len(plan.steps) == 1 and isinstance(plan.steps[0], Answer), plan.steps
    assert plan.steps[0].text.startswith("Yes" if yes else "No"), plan.steps[0].text


def test_the_statements_a_question_claims() -> None:
    assert "every bowl holds at most one block" in claimed("Does every bowl hold at most one block?").statements
    assert "every block is in the bowl of its colour" in claimed("is every block in the bowl of its colour?").statements
    assert claimed("Is it false that the cyan bowl is empty?") == Claim(("the cyan bowl is empty",), false=True)
    assert claimed("Is the red block in the white bowl or in the purple bowl?") is None  # which of two: no yes or no
    assert claimed("put the red block in the white bowl") is None


def test_a_question_the_answers_cover_is_answered_as_before() -> None:
    assert reply("is the blue block in the purple bowl?", crowded()).startswith("Yes: the blue block is in the purple bowl")
    assert "I don't see" in reply("is the purple block in the white bowl?", crowded())  # no such block: said so


@pytest.mark.parametrize(("text", "start"), [
    ("How many of these are true: blue block in the purple bowl; yellow block in the bin; green block on the red block?", "2 of 3"),
    ("Is any of these wrong - the yellow block on the table, the blue block in the white bowl?", "Yes"),
    ("Are any of the following incorrect: yellow on the table, blue in the purple bowl?", "No"),
    ("Are these pairings right: the pink block in the white bowl, the green block on the red block?", "Yes"),
])
def test_a_list_asked_about_is_checked_item_by_item(text: str, start: str) -> None:
    plan = plan_of(text, crowded())
    assert len(plan.steps) == 1 and isinstance(plan.steps[0], Answer) and plan.steps[0].text.startswith(start), plan.steps


def test_a_second_subject_said_as_one_is_asked_too() -> None:
    assert reply("is the blue block in the purple bowl and the yellow one in the cyan bowl?", crowded()).startswith("No")
