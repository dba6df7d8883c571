"""What the hundred-and-twenty-first and hundred-and-twenty-second untuned batches (`benchmarks.language_fresh120`,
`language_fresh121`) found missing, said in other words than the batches: corrections said mid-request (what each one
takes back, and never the part it takes back done anyway), the other words people use for colours and things (a shade
the scene cannot decide is never guessed), and yes/no questions and counts that combine several conditions."""

from __future__ import annotations

import pytest

from agent.planners.offline.repairs import corrected
from sim.core.errors import PlanningError
from sim.core.lexicon import shades
from tests.agent.test_understanding_more import PB, WB, B, G, O, P, R, Y, desk, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl (the
# bowl furthest right); an empty purple bowl.


@pytest.mark.parametrize(("text", "check"), [
    # a thing taken back: the thing of the same shape before the marker, its place kept
    ("Drop the yellow block, er, sorry, the orange block into the purple bowl.", lambda i, f: f.base(O) == PB and f.support[Y] == "middle"),
    ("Put the green block in the bin, no wait, I meant the orange one.", lambda i, f: f.base(O) == "bin" and f.support[G] == "table"),
    ("Bin every loose block. Correction: only the yellow block.", lambda i, f: f.base(Y) == "bin" and f.base(G) == "table"),
    ("Move the block under the blue block to the middle. Correction: the block on top of the red block.",
     lambda i, f: f.support[B] == "middle" and f.support[R] == "table"),
    # a place taken back: the last place phrase with its preposition
    ("Move the green block onto the orange block... sorry, onto the yellow block.", lambda i, f: f.support[G] == Y and f.support[O] == "table"),
    ("Park the orange block in the top left corner, hang on, in the bottom right corner.",
     lambda i, f: f.support[O] == "bottom right corner"),
    # a clause said again: what the sentence before said of its thing gives way
    ("Put the green block in the purple bowl and then the yellow block on it. Oh, actually, put the yellow block in the bin instead.",
     lambda i, f: f.base(G) == PB and f.base(Y) == "bin"),
    ("The orange block goes in the bin. Scratch that: the orange block stays where it is and the green block goes in the bin.",
     lambda i, f: f.support[O] == "table" and f.base(G) == "bin"),
    ("I'd like the green block in the purple bowl with the yellow block on top. Sorry, no, the yellow block should go in the bin.",
     lambda i, f: f.base(G) == PB and f.base(Y) == "bin"),
    # 'then' taken back, a pairing said backwards, 'not X, Y'
    ("First the green block in the bin, then the yellow one... no, then the orange block.",
     lambda i, f: f.base(G) == "bin" and f.base(O) == "bin" and f.support[Y] == "middle"),
    ("Stack the yellow block on the green block; no, I have that backwards: the green block on the yellow block.",
     lambda i, f: f.support[G] == Y and f.support[Y] == "middle"),
    ("Bin the yellow block and then the orange one. Wait, not the orange one, the green block.",
     lambda i, f: f.base(Y) == "bin" and f.base(G) == "bin" and f.support[O] == "table"),
    ("Bin the yellow block and orange, no, keep orange where it is.", lambda i, f: f.base(Y) == "bin" and f.support[O] == "table"),
    ("The green block to the top left corner. Correction: the yellow block to the top left corner, not the green block.",
     lambda i, f: f.support[Y] == "top left corner" and f.support[G] == "table"),
])
def test_a_correction_takes_back_what_it_names(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize(("text", "start"), [
    ("Is the blue block on the green block... pardon, on the red block?", "Yes"),
    ("Is the pink block in the purple bowl? Oh, sorry, in the white bowl, I mean.", "Yes"),
    ("What's under... no, what's on top of the red block?", "On the red block: the blue block"),
    ("Is the orange block left of the green block, sorry, right of it?", ""),
])
def test_a_question_corrected_is_answered_as_corrected(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start) and "don't see" not in reply(text, desk())


def test_corrected_leaves_a_bare_no_and_an_addition_alone() -> None:
    assert corrected("the purple bowl must be empty, no throw away") == "the purple bowl must be empty, no throw away"
    text = "put the green block in the bin. actually, put the yellow block in the bin too."
    assert corrected(text) == text  # 'too': an addition, nothing taken back


@pytest.mark.parametrize(("text", "check"), [
    ("Chuck the crimson cube in the rubbish bin.", lambda i, f: f.base(R) == "bin" and f.base(B) != R),
    ("Pop the tangerine piece into the violet dish.", lambda i, f: f.base(O) == PB),
    ("Nestle the lemon-yellow brick in the snowy basin.", lambda i, f: f.base(Y) == WB),
    ("Relocate the block the colour of grass to the centre.", lambda i, f: f.support[G] == "middle"),
    ("Toss the one coloured like a banana.", lambda i, f: f.base(Y) == "bin"),
    ("Balance the sky-blue cube on the tangerine one.", lambda i, f: f.support[B] == O),
    ("We require the sample cube the colour of grass in the lavender cup.", lambda i, f: f.base(G) == PB),
])
def test_other_words_for_colours_and_things(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


def test_a_shade_is_read_from_the_colours_the_scene_has() -> None:
    assert shades("the sky blue bowl", {"cyan", "red"}) == "the cyan bowl"
    assert shades("the sky blue bowl", {"blue", "red"}) == "the blue bowl"
    assert shades("the sky blue bowl", {"blue", "cyan"}) == "the sky blue bowl"  # either could be meant: left unread
    assert shades("the magenta block", {"pink", "purple"}) == "the magenta block"
    assert shades("the sky is blue", {"blue"}) == "the sky is blue"  # no thing named: no shade
    with pytest.raises(PlanningError):
        plan_of("Put the magenta block in the bin.", desk())  # pink and purple are both here: never guessed


@pytest.mark.parametrize(("text", "start"), [
    ("Are the blue block and the red block in two different bowls?", "No"),
    ("Is the blue block on the red block, with the red block not in any bowl?", "Yes"),
    ("Is it the case that the blue block rests on the red block and neither of them is in a bowl?", "Yes"),
    ("Are the pink block and the green block sharing a bowl, without the pink block being on the green block?", "No"),
    ("Is the green block on the table and is the purple bowl empty?", "Yes"),
    ("Is the pink block in the white bowl but not on the green block?", "Yes"),
    ("How many blocks are in the white bowl or on another block?", "2"),
    ("How many blocks sit in bowls other than the white bowl?", "0"),
    ("How many blocks are outside the bowls with nothing stacked on them?", "4"),
])
def test_questions_that_combine_conditions(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


@pytest.mark.parametrize(("text", "check"), [
    ("Would you bin the block with the blue block on top of it?", lambda i, f: f.base(R) == "bin" and f.base(B) != "bin"),
    ("Any of the blocks that isn't in a bowl goes in the bin.", lambda i, f: all(f.base(b) == "bin" for b in (R, B, G, Y, O))),
    ("That's not where the pink block goes; it goes on the table.", lambda i, f: f.support[P] == "table"),
    ("Move the green block to the purple bowl. Not the white bowl, the purple bowl.", lambda i, f: f.base(G) == PB),
    ("Put the green block in the purple bowl, and leave the ones already in bowls alone.", lambda i, f: f.base(G) == PB and f.base(P) == WB),
    ("Put two blocks in the purple bowl, please. Any ones.", lambda i, f: sum(f.base(b) == PB for b in (R, B, G, Y, O)) == 2),
])
def test_what_else_the_batches_found(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)
