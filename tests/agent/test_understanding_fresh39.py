"""The kinds of request the fortieth to forty-second untuned batches (`benchmarks.language_fresh39` to
`language_fresh41`) found missing, each said in other words than the batches: a doer with its owner's name, 'leave it
there' after a move, a slogan after a request, a swap said with 'instead of', a report's 'currently' after the goal,
and questions with a learner's 'Lies something on X?', 'I mean', a tag question, a label, 'either of' and a tail."""

from __future__ import annotations

import pytest

from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import PB, WB, G, O, P, Y, desk, outcome, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("Look, let's see my trusty robot put the green block on the orange block!", [Rel("on", G, O)]),
    ("Take the yellow block over to the top left corner and leave it there.", [Rel("at", Y, "top left corner")]),
    ("The green block should be in the purple bowl. Everything in its place!", [Rel("in", G, PB)]),
    ("I'd like the orange block in the white bowl instead of the pink block.", [Rel("in", O, WB), Rel("in", P, WB, negated=True)]),
    ("Expected: the yellow block in the purple bowl. Currently it is on the table.", [Rel("in", Y, PB)]),
])
def test_a_request_with_something_said_around_it(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


@pytest.mark.parametrize(("text", "start"), [
    ("Lies something on the red block?", "Yes"),
    ("How many blocks are still lying about, I mean not in a bowl?", "5"),
    ("I'm not sure whether the blue block is on the red block. Is it?", "Yes"),
    ("Question for the team: pink block in white bowl, yes or no?", "Yes"),
    ("Is either the green block or the pink block in a bowl?", "Yes"),
    ("What does the red block have on top of it?", "On the red block: the blue block"),
    ("Oh, where is the tiny orange block? Can you see it?", "The orange block is on the table"),
])
def test_a_question_with_something_said_around_it(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)
