"""What the hundred-and-eighty-second to hundred-and-eighty-fourth untuned batches (`benchmarks.language_fresh181` to
`language_fresh183`, six kinds of ordinary users each) found, said in other words than the batches: speech that breaks
off and starts again (`interruptions`), an appendix that adds to a list ('..., the red one too'), a bowl emptied 'with
its blocks' sent somewhere, 'the others' left alone while a block under one of them moves, and everyday turns of
phrase. Also the wrong actions they found: 'bin every block, the red one too' binned only the red block, 'X onto Y.
Stack it.' put X back on the table, 'bin everything but X: every other block goes in the bin' binned X, and 'I'd like W
emptied, with its blocks returned to the table' did nothing."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, TABLE
from sim.core.perceived import Scene

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_more import BB, CB, WB, B, G, O, P, R, Y, obj, outcome, plan_of, reply

# crowded: pink and orange in the white bowl, blue in the purple bowl, green on red (at the middle), yellow on the
# table, the cyan bowl empty; coloured adds an empty blue and green bowl
ALL = (P, O, B, R, G, Y)


def stacked() -> Scene:
    """A blue block with the yellow block on it, a red block alone; an empty blue bowl and a white bowl."""
    return Scene(objects=[obj(B, pos=(0.40, 0.10)), obj(Y, B, (0.40, 0.10), 0.06), obj(R, pos=(0.60, -0.10)),
                          obj(BB, pos=(0.66, 0.16)), obj(WB, pos=(0.36, -0.16))])


@pytest.mark.parametrize("text", [
    "Bin every block, the red one too.",
    "throw all the blocks away, even the ones in bowls",
    "put all the blocks in the bin and the green block",
    "every block into the bin, bowls included",
])
def test_an_appendix_adds_to_every_block(text: str) -> None:
    final = outcome(text, crowded())[1]
    assert all(final.base(b) == BIN for b in ALL), text


@pytest.mark.parametrize("text", [
    "bin everything but the red block: every other block goes in the bin",
    "Throw out everything except the red block. Not the red block!",
])
def test_an_exception_said_again_still_spares_the_block(text: str) -> None:
    first, final = outcome(text, crowded())
    assert final.support[R] == first.support[R] and final.base(Y) == BIN, text


def test_stack_it_after_a_placement_is_that_placement() -> None:
    plan = plan_of("Yellow block onto the green block, please. Stack it.", crowded())
    assert [s.primitive for s in plan.steps] == ["pick", "place", "done"] and outcome(
        "Yellow block onto the green block, please. Stack it.", crowded())[1].support[Y] == G


@pytest.mark.parametrize(("text", "moved", "where"), [
    ("Put the yellow block in the... hold on, the dog is barking... in the cyan bowl.", Y, CB),
    ("Put the yellow block on the... no, not the pink block, on the green block.", Y, G),
    ("Put the pink block in the... no, sorry, I mean the yellow block. The yellow block goes in the cyan bowl.", Y, CB),
    ("The yellow block should be in the... wait, she's pulling my sleeve... the yellow block should be in the cyan bowl.", Y, CB),
])
def test_a_sentence_broken_off_is_read_as_finished(text: str, moved: str, where: str) -> None:
    first, final = outcome(text, crowded())
    assert final.support[moved] == where and final.support[P] == first.support[P], text


def test_a_step_begun_then_taken_back_is_not_done() -> None:
    first, final = outcome("Put the yellow block... no, leave the yellow block alone. Put the green block in the bin.", crowded())
    assert final.support[Y] == first.support[Y] and final.base(G) == BIN


def test_a_step_begun_then_said_later_keeps_its_order() -> None:
    final = outcome("Put the yellow block in the cyan bowl... wait, first put the green block on the table. Then the yellow block "
                    "in the cyan bowl.", crowded())[1]
    assert final.support[G] == TABLE and final.support[Y] == CB


def test_a_number_taken_back_counts_the_new_number() -> None:
    first, final = outcome("Bin three... no, wait, one. Bin one block. Any one.", crowded())
    assert sum(final.base(b) == BIN for b in ALL) == 1


def test_a_question_broken_off_and_asked_again_is_answered() -> None:
    assert reply("How many blocks... wait, no, put that down... how many blocks are in the white bowl?", crowded()).startswith("2")


@pytest.mark.parametrize("text", [
    "I'd like the white bowl emptied, with its blocks put back on the table.",
    "empty the white bowl, with everything in it taken to the table",
])
def test_a_bowl_emptied_with_its_blocks_sent_somewhere(text: str) -> None:
    final = outcome(text, crowded())[1]
    assert final.support[P] == TABLE and final.support[O] == TABLE, text


def test_a_bowl_emptied_with_its_blocks_sent_nowhere_known_is_refused() -> None:
    with pytest.raises(PlanningError):
        plan_of("empty the white bowl with its blocks sent flying", crowded())


@pytest.mark.parametrize("text", [
    "put each block in the bowl of its own colour and leave the other blocks where they are",
    "Put every block that has a bowl of its colour into that bowl. Leave the rest alone.",
])
def test_the_others_left_alone_still_lets_a_block_on_top_come_off(text: str) -> None:
    first, final = outcome(text, stacked())
    assert final.support[B] == BB and final.support[R] == first.support[R] and final.base(Y) != BIN, text


def test_nothing_else_moved_said_outright_is_still_refused() -> None:
    with pytest.raises(PlanningError):
        plan_of("put the blue block in the blue bowl without moving any other block", stacked())


@pytest.mark.parametrize(("text", "start"), [
    ("Could you tell me, if it's no bother, whether the pink block is in a bowl?", "Yes"),
    ("what colour has the block on top of the red block?", "The green block is green"),
    ("How many blocks have we got out here in total, bowls included?", "6"),
    ("how many blocks are there, in a bowl or not?", "6"),
    ("Is the yellow block in a bowl or not?", "No"),
    ("How many blocks are on the table, not counting blocks in bowls?", "3"),
])
def test_everyday_questions(text: str, start: str) -> None:
    assert reply(text, crowded()).startswith(start), reply(text, crowded())


@pytest.mark.parametrize(("text", "block", "where"), [
    ("whatever, just bin the yellow block", Y, BIN),
    ("Alright folks, the yellow block is off to the bin!", Y, BIN),
    ("The cyan bowl is sitting there empty. The block nearest to it goes in it.", Y, CB),
    ("What I want to show you next is the yellow block in the cyan bowl.", Y, CB),
    ("Provided that the cyan bowl is empty, put the yellow block in it.", Y, CB),
    ("shelve the yellow block in the cyan bowl", Y, CB),
    ("The yellow block belongs in the cyan bowl. Put it back where it belongs.", Y, CB),
    ("Set the yellow block square on the green block.", Y, G),
    ("Please you put in the blue bowl the block with same colour like it.", B, BB),
    ("All blocks in the purple bowl: drop off in the bin.", B, BIN),
])
def test_everyday_requests(text: str, block: str, where: str) -> None:
    final = outcome(text, coloured())[1]
    assert (final.base(block) if where == BIN else final.support[block]) == where, text


def test_let_it_chill_where_it_is_keeps_it() -> None:
    first, final = outcome("bin the green block and let the yellow block chill right where it is", crowded())
    assert final.base(G) == BIN and final.support[Y] == first.support[Y]


def test_on_another_block_just_not_one_of_them() -> None:
    final = outcome("put the yellow block on top of another block just not the green block", crowded())[1]
    assert final.support[Y] in (P, O, B, R) and final.support[Y] != G


# ----- several questions in one message (`several`), and 'which blocks are ...?' (`agent.answers.joined.listed`) -----

@pytest.mark.parametrize(("text", "parts"), [
    ("Where is the yellow block? What is in the white bowl?", ["on the table", "In the white bowl: the pink block and the orange block"]),
    ("where's the pink block and where's the blue block?", ["pink block is in the white bowl", "blue block is in the purple bowl"]),
    ("Which bowl is the blue block in? What colour is it?", ["in the purple bowl", "The purple bowl is purple"]),
    ("What is on the red block? And what colour is it?", ["the green block", "The green block is green"]),
    ("Is the cyan bowl empty? Is the yellow block on the table?", ["Yes: nothing is in the cyan bowl", "the yellow block is on the table"]),
    ("How many blocks are there? Which ones are in bowls?", ["6", "In bowls: the pink block, the orange block and the blue block"]),
])
def test_each_question_of_several_is_answered_in_order(text: str, parts: list[str]) -> None:
    said = reply(text, crowded())
    assert all(p in said for p in parts) and said.index(parts[0]) < said.index(parts[1]), said


def test_a_question_that_cannot_be_answered_is_said_so_beside_the_others() -> None:
    said = reply("Where is the pink block? And what is next to it?", crowded())
    assert "white bowl" in said and "I cannot answer 'what is next to it'" in said, said


def test_two_questions_said_as_one_stay_one() -> None:
    assert reply("Anything on the red block? What is it?", crowded()) == "On the red block: the green block."


@pytest.mark.parametrize(("text", "said"), [
    ("which blocks are in a bowl?", "In a bowl: the pink block, the orange block and the blue block."),
    ("what blocks are on the table?", "On the table: the red block, the green block and the yellow block."),
    ("which blocks are in the bin?", "In the bin: none."),
])
def test_which_blocks_are_somewhere(text: str, said: str) -> None:
    assert reply(text, crowded()) == said


# ----- FRESH185 and FRESH186 (six more ordinary users each), said in other words -------------------------------------------

@pytest.mark.parametrize(("text", "block", "where"), [
    ("Pull the green block off the red block and set it on the table, then stack the yellow block up on it.", Y, G),
    ("Move exactly one block into the cyan bowl: the yellow block. One block, no more.", Y, CB),
    ("Kindly move the block closest to the top left corner into that corner.", Y, "top left corner"),
    ("I would like the yellow block displayed in the cyan bowl, please.", Y, CB),
    ("What I want is the yellow block sitting up on the green block, nice and square.", Y, G),
    ("chat says bin the yellow block!! let's gooo", Y, BIN),
    ("ok wait can u throw the yellow block in the bin pls", Y, BIN),
    ("I'd love for the yellow block to find its way to the top right corner.", Y, "top right corner"),
    ("ok wait not the red block, i meant the yellow block. put the yellow block in the cyan bowl", Y, CB),
    ("You will notice a block sitting on top of the red block. Kindly place that block in the cyan bowl.", G, CB),
])
def test_more_everyday_requests(text: str, block: str, where: str) -> None:
    final = outcome(text, crowded())[1]
    assert (final.base(block) if where == BIN else final.support[block]) == where, text


def test_do_not_go_putting_it_in_the_bin() -> None:
    final = outcome("Get the green block off the red block, but don't go putting it in the bin.", crowded())[1]
    assert final.support[G] not in (R, BIN)


def test_exactly_these_blocks_and_no_others() -> None:
    final = outcome("I'd like exactly two blocks in the white bowl: the pink block and the yellow block, and no others.", crowded())[1]
    assert {b for b in ALL if final.base(b) == WB} == {P, Y}


def test_sort_them_by_colour_and_bin_the_rest() -> None:
    final = outcome("Sort 'em by colour: each block goes in the bowl that matches it, and any block without a matching bowl gets "
                    "dropped in the bin.", coloured())[1]
    assert final.support[B] == BB and final.support[G] == "green bowl" and all(final.base(b) == BIN for b in (P, O, R, Y))


@pytest.mark.parametrize(("text", "start"), [
    ("ok wait how many blocks r there? and how many bowls", "6 (blocks)"),
    ("Two figures, please: how many blocks are there altogether, and exactly how many of them are in bowls?", "6 (blocks)"),
    ("You will notice a purple bowl on the table. How many blocks are in it?", "1"),
])
def test_more_everyday_questions(text: str, start: str) -> None:
    said = reply(text, crowded())
    assert said.startswith(start), said


@pytest.mark.parametrize("text", [
    "Move exactly one block into the white bowl: the yellow block. One block, no more.",
    "Transfer exactly one block, the yellow block, from the table to the white bowl.",
])
def test_one_block_said_then_named_moves_only_it(text: str) -> None:
    first, final = outcome(text, crowded())
    assert final.support[Y] == WB and final.support[P] == first.support[P] and final.support[O] == first.support[O], text


# ----- FRESH184 (six more ordinary users), said in other words ------------------------------------------------------------

def test_a_tickets_expected_result_restates_its_steps() -> None:
    final = outcome("Task: corner stack. Steps: 1) move the yellow block to the top left corner. 2) put the blue block on top of the "
                    "yellow block. Expected result: a two-block stack in the top left corner, the blue block on top.", crowded())[1]
    assert final.support[Y] == "top left corner" and final.support[B] == Y and final.support[G] == R


def test_the_blocks_left_over_are_the_rest() -> None:
    final = outcome("First, each block that has a bowl of the same colour goes into that bowl. Then, the blocks left over go to "
                    "the bin.", coloured())[1]
    assert final.support[B] == BB and final.support[G] == "green bowl" and final.base(Y) == BIN and final.base(P) == BIN


@pytest.mark.parametrize(("text", "block", "where"), [
    ("Middle of the table: the yellow block. Ta.", Y, "middle"),
    ("Could you pop the green block down onto the table, dear? It's been perched on the red block all week.", G, TABLE),
    ("Right. End of the job, the yellow block is sitting on the green block. That's it.", Y, G),
    ("Every block sitting on the table wants popping in the bin, dear. The ones tucked in the bowls can stay put.", Y, BIN),
])
def test_everyday_requests_told_around(text: str, block: str, where: str) -> None:
    final = outcome(text, crowded())[1]
    assert (final.base(block) if where == BIN else final.support[block]) == where, text


def test_a_query_in_two_numbered_parts_answers_both() -> None:
    said = reply("Query, two parts. (1) How many blocks are there in total? (2) What colour is the block on top of the red block? "
                 "Expected result: both answers, in that order.", crowded())
    assert said.startswith("6") and said.endswith("The green block is green."), said


@pytest.mark.parametrize("text", [
    "Colour match: each block to the bowl of its colour. No match: leave it where it is.",
    "Would you tuck the blocks into their matching bowls, and pop any block that hasn't got a match onto the table?",
])
def test_colour_matching_said_the_barista_and_gardener_way(text: str) -> None:
    first, final = outcome(text, coloured())
    assert final.support[B] == BB and final.support[G] == "green bowl", text
    assert final.support[Y] == first.support[Y] if text.startswith("Colour") else final.support[P] == TABLE
