"""The kinds of request the thirty-first to thirty-third untuned batches (`benchmarks.language_fresh30` to
`language_fresh32`) found missing, each said in other words than the batches: a demonstrator's or a game's doer, a
user story, a letter, lists over lines, how things are now before what to do, a wish in the past or 'love for', a
fault with where it belongs, the speaker's own story, slang and a learner's words, a count or a clause taken back,
and questions after a story, corrected after their '?', or with a set or an exception."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import PB, WB, B, G, O, P, R, Y, desk, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl.


@pytest.mark.parametrize(("text", "rels"), [
    # a doer named: a demonstrator, a game designer, a narrator
    ("Okay everyone, see how the robot lifts the green cube and drops it into the purple bowl.", [Rel("in", G, PB)]),
    ("Let's get the arm to pick up the yellow block and set it on the orange block.", [Rel("on", Y, O)]),
    ("Level two: the user has to move the orange cube into the purple bowl.", [Rel("in", O, PB)]),
    ("The victory condition is that the green block sits on the yellow block.", [Rel("on", G, Y)]),
    # a user story, a letter, lists over lines
    ("As a lab assistant, I need the orange block in the purple bowl so that the next shift can find it.",
     [Rel("in", O, PB)]),
    ("Dear robot,\n\nI would be grateful if the yellow block could go in the purple bowl.\n\nBest wishes,\nSam",
     [Rel("in", Y, PB)]),
    ("Setup for today:\n1. green block on the orange block\n2. yellow block in the purple bowl",
     [Rel("on", G, O), Rel("in", Y, PB)]),
    ("- green block: purple bowl\n- orange block: bin", [Rel("in", G, PB), Rel("in_bin", O)]),
    ("bottom left corner: yellow block", [Rel("at", Y, "bottom left corner")]),
    # how things are now, then what to do with it
    ("Currently the green block is on the table. Please put it on top of the orange block.", [Rel("on", G, O)]),
    ("At the moment there is one block in the white bowl. That block should end up in the purple bowl.",
     [Rel("in", P, PB)]),
    # wishes and faults
    ("I'd love for the yellow block to be in the purple bowl.", [Rel("in", Y, PB)]),
    ("I wanted the orange block on the green block, not on the table.", [Rel("on", O, G)]),
    ("The pink block isn't supposed to be in the white bowl. Its proper place is the purple bowl.",
     [Rel("in", P, PB)]),
    ("The blue block is on top of the red block and it really shouldn't be. Anywhere except the bin is fine.",
     [Rel("on", B, R, negated=True), Rel("in_bin", B, negated=True)]),
    # the speaker's own story, slang, a learner's words
    ("I've had such a long day at work and my feet are killing me, so put the green block in the purple bowl.",
     [Rel("in", G, PB)]),
    ("Pop the orange block in the purple bowl. My neighbour painted that one and she'd be upset if it got lost.",
     [Rel("in", O, PB)]),
    ("yeet the yellow block pls", [Rel("in_bin", Y)]),
    ("lemme get the green block on the orange block", [Rel("on", G, O)]),
    ("take yellow block from table and put in purple bowl", [Rel("in", Y, PB)]),
    ("no more pink block in white bowl, put it to purple bowl", [Rel("in", P, PB)]),
    # taken back
    ("Put two of the loose blocks in the bin. Sorry, I meant one, just one of them.", []),
    ("Move the green block to the top left corner, no wait, the bottom right corner.",
     [Rel("at", G, "bottom right corner")]),
    ("Drop the yellow block in the bin, no, don't bin it, put it in the purple bowl.",
     [Rel("in", Y, PB), Rel("in_bin", Y, negated=True)]),
])
def test_a_request_told_around(text: str, rels: list[Rel]) -> None:
    i, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)
    if text.startswith("Put two of the loose blocks"):  # one, as taken back, never two
        assert sum(holds(Rel("in_bin", b), f) for b in i.blocks) == 1


def test_a_kept_block_said_by_a_nurse_or_a_learner() -> None:
    for text in ("Move the green block onto the orange block. Maintain the yellow block's present position.",
                 "put green block on orange block, yellow block stay same place"):
        i, f = outcome(text, desk())
        assert holds(Rel("on", G, O), f) and f.support[Y] == i.support[Y]


def test_a_rule_with_any_is_about_all() -> None:
    """'any block that is loose: bin' bins every loose block, not one of them."""
    _, f = outcome("Rules:\n- any block that is loose: bin\n- blocks in bowls: leave them be", desk())
    assert all(holds(Rel("in_bin", b), f) for b in (G, Y, O)) and holds(Rel("in", P, WB), f)


def test_each_empty_bowl() -> None:
    i, f = outcome("put one block in each empty bowl", desk())
    assert len(f.in_bowl(PB)) == 1 and f.in_bowl(WB) == i.in_bowl(WB)


def test_a_story_alone_is_still_not_understood() -> None:
    with pytest.raises(PlanningError):
        plan_of("My grandson came over yesterday and he was ever so pleased.", desk())


@pytest.mark.parametrize(("text", "start"), [
    ("Somebody said the green block was in the purple bowl, but I doubt it. Where is it really?",
     "The green block is on the table"),
    ("I've mislaid my glasses and can't see a thing from here, is there anything in the white bowl right now?",
     "Yes"),
    ("Is there anything in the purple bowl? Sorry, I meant the white bowl.", "Yes"),
    ("is the blue block on the red block question mark", "Yes"),
    ("Sorry to trouble you, but which bowl has the pink block in it?", "The pink block is in the white bowl"),
    ("red block -- anything on top of it?", "Yes"),
    ("As a teacher I want to know which block is on the red block, so that I can tell the class.", "On the red block"),
    ("Dear robot,\n\nCould you let me know whether the pink block is in the purple bowl?\n\nRegards,\nKim", "No"),
    ("Apart from the pink block, is there anything in the bowls?", "No"),
    ("Besides the green block, are there any blocks on the table?", "Yes"),
    ("Of the green, yellow and pink blocks, how many are in a bowl?", "1"),
])
def test_a_question_told_around(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)
