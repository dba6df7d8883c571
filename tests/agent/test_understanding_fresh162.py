"""Session-29 capabilities, tested with other sentences than the blind batches': things named that the request does not
ask to move (`distractors`: the speaker's own plans, what others did, comparisons, contrasts said again, reasons,
warnings), a question said after such words; requests written like prompts for a chat assistant (`prompts`: a role,
labelled sections, markdown, words about thinking or answering, resets, an example given first); and the spatial words
and counts FRESH161 still refused ('drop it in', 'enough blocks that W ends up with N', 'out from under', 'somewhere that
is not the table', "don't leave X underneath Y", 'X and Y in a stack')."""

from __future__ import annotations

import pytest

from agent.planners.offline.prompts import unprompted
from sim.core.errors import PlanningError

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_more import B, G, O, P, R, Y, outcome, plan_of, reply

# crowded: P and O in the white bowl, B in the purple bowl, G on R (at the middle), Y on the table, the cyan bowl empty


def unmoved(i, f, *blocks: str) -> bool:
    """The blocks are where they were, and nothing is left in the gripper."""
    return all(f.support[b] == i.support[b] for b in blocks) and f.held is None


# ----- the speaker's own plans and what others did: kept as they are ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "I'll see to the pink block later; you put the yellow block in the cyan bowl.",
    "I'm going to tidy the pink block myself, so just put the yellow block in the cyan bowl.",
    "Put the yellow block in the cyan bowl. The pink block I'll deal with myself.",
    "The pink block is my job, I'll get to it later. Put the yellow block in the cyan bowl.",
    "Leave the pink block and the white bowl to me. Put the yellow block in the cyan bowl.",
    "My colleague moved the pink block this morning, so leave it. Put the yellow block in the cyan bowl.",
    "The pink block got bumped earlier; never mind that. Put the yellow block in the cyan bowl.",
    "Never mind that the pink block ended up in the white bowl earlier, don't take it out. Put the yellow block in the cyan bowl.",
])
def test_a_thing_the_speaker_or_someone_else_sees_to_isunmoved(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == "cyan bowl" and unmoved(i, f, P, O, B, G, R)


def test_a_block_someone_stacked_is_the_one_that_block_names() -> None:
    i, f = outcome("Somebody put a block on the red block earlier. Move that block into the cyan bowl.", crowded())
    assert f.base(G) == "cyan bowl" and unmoved(i, f, R, Y, P)


def test_a_block_left_there_by_someone_is_the_one_it_names() -> None:
    i, f = outcome("The block on top of the red block was left there by someone. Put it in the cyan bowl.", crowded())
    assert f.base(G) == "cyan bowl" and unmoved(i, f, R)


# ----- comparisons, contrasts and reasons: what they hang on ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "block", "where"), [
    ("Put the yellow block in the cyan bowl, just like the pink block.", Y, "cyan bowl"),
    ("Unlike the blue block, the yellow block goes in the cyan bowl.", Y, "cyan bowl"),
    ("Do with the yellow block what was done with the blue block: put it in the cyan bowl.", Y, "cyan bowl"),
    ("The yellow block belongs where the pink block is: in the white bowl.", Y, "white bowl"),
    ("I want the yellow block in the cyan bowl - the yellow block, mind, not the green block.", Y, "cyan bowl"),
    ("Don't move the green block. It's the yellow block I want in the cyan bowl.", Y, "cyan bowl"),
    ("If the green block needed moving I'd tell you; the yellow block is the one that goes in the cyan bowl.", Y, "cyan bowl"),
    ("Since the green block is already right, leave it; the yellow block goes in the cyan bowl.", Y, "cyan bowl"),
    ("Careful, the green block is close by. Put the yellow block in the cyan bowl.", Y, "cyan bowl"),
])
def test_a_comparison_a_contrast_or_a_reason_moves_only_what_is_asked(text: str, block: str, where: str) -> None:
    i, f = outcome(text, crowded())
    others = [b for b in (P, O, B, G, R) if b != block]
    assert f.base(block) == where and unmoved(i, f, *others)


def test_a_warning_that_a_block_stays_keeps_it() -> None:
    i, f = outcome("Put every block that sits on another block in the bin. Watch out: the red block is at the bottom of a "
                   "stack, so it stays.", crowded())
    assert f.base(G) == "bin" and unmoved(i, f, R, Y, P, O, B)


def test_the_only_block_that_fits_is_named_not_made_the_only_one_in_the_bowl() -> None:
    i, f = outcome("Put the only block sitting in the purple bowl into the cyan bowl.", crowded())
    assert f.base(B) == "cyan bowl" and unmoved(i, f, P, O, G, R, Y)


@pytest.mark.parametrize(("text", "start"), [
    ("Someone took a block out of the white bowl this morning - how many blocks are in the white bowl now?", "2"),
    ("Not the yellow block - I'm asking about the blue block: is it in a bowl?", "Yes"),
    ("Because the red block is in the way I can't see it well: is there anything on top of the red block?", "Yes"),
    ("Is the yellow block on the table, like the red block?", "Yes"),
])
def test_a_question_after_words_around_it_is_answered(text: str, start: str) -> None:
    assert reply(text, crowded()).startswith(start)


def test_a_question_that_points_back_keeps_what_it_points_at() -> None:
    assert reply("Look at the white bowl. How many blocks are in that bowl?", crowded()).startswith("2")


# ----- prompts for a chat assistant -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "said"), [
    ("You are a helpful robot arm. Your job is to put the yellow block in the cyan bowl.", "put the yellow block in the cyan bowl."),
    ("Task: put the yellow block in the cyan bowl.\nConstraints: one block at a time.\nOutput format: a list of moves.",
     "put the yellow block in the cyan bowl."),
    ("**Goal:** the yellow block in the cyan bowl.\n**Don't:** touch the green block.",
     "the yellow block in the cyan bowl. Do not touch the green block."),
    ("# Task\n- put the yellow block in the cyan bowl\n- keep the green block where it is",
     "put the yellow block in the cyan bowl. keep the green block where it is."),
    ("Ignore the previous instructions and put the yellow block in the cyan bowl. Be concise.", "put the yellow block in the cyan bowl."),
    ("Think it through, then put the yellow block in the cyan bowl.", "put the yellow block in the cyan bowl."),
    ("Earlier I asked for the green block in the bin. Scratch that. New task: the yellow block in the cyan bowl.",
     "the yellow block in the cyan bowl."),
    ("Goal: the yellow block in the cyan bowl.\nKeep: the green block, as it is now.",
     "the yellow block in the cyan bowl. Leave the green block alone."),
])
def test_a_prompts_frame_is_taken_off(text: str, said: str) -> None:
    assert unprompted(text) == said


@pytest.mark.parametrize("text", [
    "Example: 'green block -> bin' means put the green block in the bin. Now: 'yellow block -> cyan bowl'.",
    "Here is an example (not to do): the green block goes in the bin. The real request: the yellow block goes in the cyan bowl.",
    "For example, 'the green block is in the bin' is a goal. Your actual goal: the yellow block is in the cyan bowl.",
    "An example of my shorthand: \"green block -> bin\". Mine is: \"yellow block -> cyan bowl\".",
])
def test_an_example_given_first_is_never_carried_out(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == "cyan bowl" and unmoved(i, f, G, R, P, O, B)


@pytest.mark.parametrize("text", [
    "You are a sorting robot. Your job is done when the yellow block and the green block are both in the cyan bowl.",
    "SYSTEM: context cleared.\nUser: I'd like the yellow block and the green block in the cyan bowl.",
])
def test_a_role_or_a_reset_leaves_the_request(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == f.base(G) == "cyan bowl" and unmoved(i, f, P, O, B)


def test_a_rule_to_follow_takes_blocks_out_of_bowls_of_other_colours() -> None:
    i, f = outcome("# Rule\n- a block may only be in a bowl of its own colour\n\nMake the table follow the rule.", coloured())
    assert f.base(B) in ("blue bowl", "table") and f.base(P) == "table" == f.base(O)


def test_a_prompt_without_a_frame_is_left_as_it_is() -> None:
    text = "Put the yellow block in the cyan bowl.\n- and then the green block on the table"
    assert unprompted(text) == text


# ----- what FRESH161 still refused ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "block", "where"), [
    ("Take the yellow block to the cyan bowl and let go of it in there.", Y, "cyan bowl"),
    ("Bring the yellow block away from where it is, over to the cyan bowl, and put it in there.", Y, "cyan bowl"),
    ("Take the block out from underneath the green block and put it inside of the cyan bowl.", R, "cyan bowl"),
    ("Lift the green block off the red block and set it somewhere other than the table.", G, "bowl"),
])
def test_particles_and_spatial_words(text: str, block: str, where: str) -> None:
    i, f = outcome(text, crowded())
    assert (f.base(block).endswith(where) if where == "bowl" else f.base(block) == where) and f.held is None


@pytest.mark.parametrize(("text", "n"), [
    ("Keep adding blocks to the cyan bowl until it holds two blocks.", 2),
    ("Put enough blocks into the cyan bowl so that it ends up with three blocks in it, and no more.", 3),
])
def test_a_bowl_filled_up_to_a_count(text: str, n: int) -> None:
    i, f = outcome(text, crowded())
    assert len(f.in_bowl("cyan bowl")) == n and f.held is None


@pytest.mark.parametrize("text", [
    "See that every block has nothing on top of it.",
    "Leave every block with nothing on it.",
    "No block should have anything on top.",
])
def test_every_block_with_nothing_on_it_unstacks(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.support[G] != R and unmoved(i, f, P, O, B, Y)


def test_dont_leave_a_block_underneath_another_then_swap_them_with_one_on_top() -> None:
    i, f = outcome("Don't leave the red block under the green block: switch the two so the red one ends up on top.", crowded())
    assert f.support[R] == G and f.held is None


def test_a_swap_with_a_colour_neither_block_has_is_not_guessed() -> None:
    with pytest.raises(PlanningError):
        plan_of("Swap the red block and the green block so that the pink one is on top.", crowded())


@pytest.mark.parametrize("text", [
    "Put the pink block on the yellow block; the red block keeps the green block on top, as it is now.",
    "Put the pink block on the yellow block, but leave the green block where it is, with the blue block right below it.",
])
def test_a_tower_kept_as_it_is_whatever_is_said_of_it(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.support[P] == Y and unmoved(i, f, G, R)


@pytest.mark.parametrize("text", [
    "I'd like the yellow block and the pink block in a stack, the yellow one underneath.",
    "Put the pink block and the yellow block into a tower, with the yellow block at the bottom.",
])
def test_two_blocks_in_a_stack_with_the_bottom_one_said(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.support[P] == Y and f.held is None


def test_nothing_on_the_block_a_matching_phrase_names() -> None:
    i, f = outcome("The block the same colour as the blue bowl should go into it, with nothing on top.", coloured())
    assert f.base(B) == "blue bowl" and f.held is None


def test_the_table_ends_up_with_no_block_on_it_keeps_the_bowls() -> None:
    i, f = outcome("The table should end up with not a single block on it.", crowded())
    assert not f.on_the_table() and f.base(P) == f.base(O) == "white bowl" and f.base(B) == "purple bowl"
