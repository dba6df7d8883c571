"""Session-26 capabilities, tested with other sentences than the blind batches': the blocks in the bin named as an
object ('the blocks in the bin', 'the ones in the bin that match a bowl'), what a scene-setting sentence said they are
('Some blocks fell in the bin. The ones ...'), a matching target never read in part; still, already, yet and no longer
(`aspects`), in requests and questions; and choices left open ('two other blocks', 'a different block', 'some bowl')."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.perceived import Scene
from tests.agent.test_understanding_fresh138 import binned, coloured, crowded
from tests.agent.test_understanding_more import B, G, O, P, R, Y, obj, outcome, plan_of, reply

TABLE_BLOCKS = (R, G, B, P, O)  # in binned(): everything but the yellow block, which is in the bin


def binned_bowls() -> Scene:
    """binned(), with an empty yellow bowl and an empty red bowl: the yellow block in the bin has a bowl of its colour,
    and so has the red block on the table."""
    return Scene(objects=[*binned().objects, obj("yellow bowl", pos=(0.30, -0.10)), obj("red bowl", pos=(0.58, -0.02))])


def untouched(*blocks: str):
    return lambda i, f: all(i.support[b] == f.support[b] for b in blocks)


@pytest.mark.parametrize("text", [
    "Lift the blocks in the bin back onto the table.",
    "The blocks that are in the bin go on the table now.",
    "Take the block in the bin and set it down on the table.",
    "Whatever block is in the bin goes back on the table.",
])
def test_the_blocks_in_the_bin_are_the_object_not_the_destination(text: str) -> None:
    i, f = outcome(text, binned())
    assert f.base(Y) == "table"
    assert untouched(*TABLE_BLOCKS)(i, f)


@pytest.mark.parametrize("text", [
    "Every block in the bin that matches a bowl goes into that bowl.",
    "Put the ones in the bin which match a bowl back in their bowls.",
    "Some blocks got knocked into the bin. The ones whose colour matches a bowl belong in that bowl.",
])
def test_the_bins_blocks_with_a_bowl_of_their_colour_go_in_it_and_the_table_stays(text: str) -> None:
    i, f = outcome(text, binned_bowls())
    assert f.base(Y) == "yellow bowl"
    assert untouched(*TABLE_BLOCKS)(i, f)  # the red block has a bowl too, but it is not in the bin


def test_what_a_relative_says_about_the_bins_blocks_is_read_or_refused() -> None:
    with pytest.raises(PlanningError, match="blocks in the bin"):
        plan_of("Put the blocks in the bin that are heavy on the table.", binned())


@pytest.mark.parametrize("text", ["A couple of blocks got knocked into the bin.", "Oops, two blocks have fallen into the bin."])
def test_a_report_of_what_happened_is_never_a_goal(text: str) -> None:
    with pytest.raises(PlanningError, match="could not understand"):
        plan_of(text, binned())


def test_what_to_do_with_the_blocks_a_report_names_is_read_of_them() -> None:
    i, f = outcome("A few blocks fell in the bin. Could you put those on the table?", binned())
    assert f.base(Y) == "table" and untouched(*TABLE_BLOCKS)(i, f)


@pytest.mark.parametrize("text", [
    "Each block in its matching bowl, and all the rest chucked out.",
    "Put every block in the bowl of its colour and everything else gets thrown out.",
])
def test_a_matching_target_is_never_read_in_part(text: str) -> None:
    """Either the rest goes in the bin too, or nothing moves: the blocks without a bowl never stay put unread."""
    try:
        i, f = outcome(text, coloured())
    except PlanningError:
        return
    assert f.base(B) == "blue bowl" and f.base(G) == "green bowl"
    assert all(f.base(b) == "bin" for b in (R, Y, P, O))


# ----- still, already, yet, no longer (`aspects`) --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("The yellow block isn't on the red block yet; please put it there.", lambda i, f: f.support[Y] == R),
    ("The yellow block isn't in the cyan bowl yet - by the end it should be.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Move the yellow block onto the green block, since it isn't there yet.", lambda i, f: f.support[Y] == G),
    ("The yellow block should no longer be anywhere but the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("I want the green block no longer stacked on the red block.", lambda i, f: f.support[G] != R),
    ("The cyan bowl has nothing in it yet; put the yellow block in there.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Don't move the yellow block; it should still be on the table once the green block is in the bin.",
     lambda i, f: f.support[Y] == "table" and f.base(G) == "bin"),
])
def test_yet_and_no_longer_ask_for_the_end_state(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize("text", [
    "The white bowl already holds two blocks. Drop one more block in it.",
    "The white bowl holds two blocks. Put one more in it.",
    "The purple bowl already has the blue block in it. Add one more, any you like.",
])
def test_a_fact_said_with_already_is_not_a_goal_and_names_the_bowl_for_the_request(text: str) -> None:
    i, f = outcome(text, crowded())
    bowl = "white bowl" if "white" in text else "purple bowl"
    assert len(f.in_bowl(bowl)) == len(i.in_bowl(bowl)) + 1


@pytest.mark.parametrize(("question", "start"), [
    ("Is the blue block still in the purple bowl?", "Yes"),
    ("Is the blue block no longer in the white bowl?", "Yes"),
    ("Is it true that the pink block is no longer in the white bowl?", "No"),
    ("How many blocks are already in the white bowl?", "2"),
    ("Does any bowl hold more than two blocks?", "No"),
    ("Is there a bowl with at least two blocks in it?", "Yes"),
    ("Does some bowl hold fewer than one block?", "Yes"),
])
def test_questions_with_still_already_and_some_bowl(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)


# ----- the choice left open ------------------------------------------------------------------------------------------
def test_stacking_other_blocks_on_a_block_never_counts_the_block_itself() -> None:
    i, f = outcome("Stack two other blocks on the red block.", crowded())
    assert len(f.above(R)) == 2 and f.held is None


def test_a_different_block_is_not_the_one_it_is_on() -> None:
    i, f = outcome("Set the block sitting on the red block down on a different block.", crowded())
    assert f.support[G] in f.blocks and f.support[G] != R


def test_a_bowl_of_another_colour_than_its_own_is_refused_not_read_as_its_own() -> None:
    with pytest.raises(PlanningError):
        plan_of("Put the blue block into any bowl whose colour is different from its own.", coloured())


# ----- the hand (`hands`) ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "held"), [
    ("Lift the green block off the red block and keep hold of it.", G),
    ("Grab the yellow block and don't let go of it.", Y),
    ("Pick up the yellow block, and when you're done the yellow block should be in your hand.", Y),
    ("Take the green block off the red block and keep it in your gripper.", G),
])
def test_a_block_kept_in_the_hand_is_held_at_the_end(text: str, held: str) -> None:
    i, f = outcome(text, crowded())
    assert f.held == held


@pytest.mark.parametrize(("text", "check"), [
    ("Carry the yellow block over to the cyan bowl and only let go once it is above the bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Let go of the green block over the bin.", lambda i, f: f.base(G) == "bin"),
    ("Hand me the yellow block by leaving it in the top left corner.", lambda i, f: f.support[Y] == "top left corner"),
    ("Stack the yellow block on the green block, and your gripper should be empty at the end.", lambda i, f: f.support[Y] == G),
    ("Move the green block out of the way, then put the yellow block on the red block.", lambda i, f: f.support[Y] == R),
])
def test_letting_go_somewhere_puts_the_block_there(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize(("question", "start"), [
    ("Are you holding on to a block right now?", "No"),
    ("If I asked you to pick up the red block, could you do it straight away?", "No"),
    ("How many blocks could you pick up right away?", "5"),
    ("Is there anything in the white bowl for you to take out?", "Yes"),
])
def test_questions_about_the_hand(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)


# ----- balance and equal shares (`balance`, `agent.answers.balance`) --------------------------------------------------------
def _in(state, place: str) -> int:
    return sum(1 for b in state.blocks if state.base(b) == place)


@pytest.mark.parametrize(("text", "check"), [
    ("Put as many blocks in the blue bowl as there are in the white bowl, and leave the white bowl alone.",
     lambda i, f: _in(f, "blue bowl") == _in(i, "white bowl") == _in(f, "white bowl")),
    ("Even out the cyan bowl and the white bowl.", lambda i, f: _in(f, "cyan bowl") == _in(f, "white bowl") > 0),
    ("Make the green bowl hold one more block than the purple bowl.", lambda i, f: _in(f, "green bowl") == _in(f, "purple bowl") + 1),
    ("Give the bin the same number of blocks as the purple bowl has.", lambda i, f: _in(f, "bin") == _in(f, "purple bowl") == 1),
])
def test_a_balance_is_reached_from_the_counts_as_they_are(text: str, check) -> None:
    i, f = outcome(text, coloured())
    assert check(i, f) and f.held is None


def test_blocks_that_cannot_be_split_evenly_are_refused_with_the_count() -> None:
    with pytest.raises(PlanningError, match="three blocks cannot be split evenly"):
        plan_of("Split the blocks on the table evenly between the blue bowl and the green bowl.", coloured())


def test_one_more_in_every_bowl_is_all_of_them_or_refused() -> None:
    i, f = outcome("Add one block to every bowl.", crowded())
    assert all(_in(f, w) == _in(i, w) + 1 for w in i.bowls)
    with pytest.raises(PlanningError, match="needs as many blocks"):
        plan_of("Add one block to every bowl.", coloured())


@pytest.mark.parametrize(("question", "start"), [
    ("Are there as many blocks in the white bowl as on the table?", "No: 2 in the white bowl, 3 on the table"),
    ("Does the purple bowl have the same number of blocks as the white bowl?", "No"),
    ("Are the blue bowl and the green bowl evenly filled?", "Yes"),
    ("Are the bowls balanced?", "No"),
])
def test_questions_about_balance(question: str, start: str) -> None:
    assert reply(question, coloured()).startswith(start)


# ----- how long, and the shop floor's words (`aspects`, `jargon`) ----------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("For the time being, put the yellow block in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Until I say otherwise, the top left corner is where the yellow block goes.", lambda i, f: f.support[Y] == "top left corner"),
    ("Put the green block in the bin for good.", lambda i, f: f.base(G) == "bin"),
    ("Retrieve the blue block from the purple bowl and place it on the table.", lambda i, f: f.support[B] == "table"),
    ("Stage the yellow block at the bottom right corner.", lambda i, f: f.support[Y] == "bottom right corner"),
    ("Send the yellow block and the blue block to scrap.", lambda i, f: f.base(Y) == f.base(B) == "bin"),
    ("The cyan bowl is the tote: load it with the yellow block.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Pick any two blocks and place both in the bin.", lambda i, f: sum(f.base(b) == "bin" for b in f.blocks) == 2),
])
def test_how_long_and_jargon_leave_the_end_state_as_said(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize(("question", "start"), [
    ("Stock count for the white bowl, please: how many blocks does it hold?", "2"),
    ("Line check: how many of the blocks are carrying a block on top of them?", "1"),
    ("State query: which block is directly supporting the green block?", "Under the green block: the red block"),
])
def test_questions_with_a_label_or_shop_words(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)


def test_any_two_blocks_that_fit_a_description_are_two_of_them_not_every_one() -> None:
    i, f = outcome("Grab any two blocks that aren't in a bowl and put them both in the cyan bowl.", crowded())
    assert len(f.in_bowl("cyan bowl")) == 2 and f.held is None
    i, f = outcome("Put any block that is on the table in the bin.", crowded())  # 'any ... that': a rule, every one of them
    assert all(f.base(b) == "bin" for b in (R, G, Y))


def test_exactly_so_many_in_every_bowl_takes_a_block_of_the_bowls_colour_first_and_allows_no_more() -> None:
    scene = Scene(objects=[*crowded().objects, obj("yellow bowl", pos=(0.30, -0.10))])
    i, f = outcome("Give every bowl exactly one block, making sure each block that has a bowl of its colour ends up in it.", scene)
    assert all(len(f.in_bowl(w)) == 1 for w in f.bowls) and f.base(Y) == "yellow bowl"
    with pytest.raises(PlanningError):  # a second block in the white bowl would break 'exactly one'
        plan_of("Put exactly one block in each bowl, and put the blue block in the white bowl.", crowded())
