"""Session-30 capabilities, tested with other sentences than the blind batches': requests said as checks (`checks`:
'verify that P, and fix it if not', 'check that P; if it isn't, A', a check said back after the goal, check-lists, and
checks that only ask); relations said of two blocks at once (`reciprocals`: 'on top of one another', 'apart from each
other', 'one of X and Y on the other', 'both'); and the wrong actions they found (a step set aside as scene-setting, a
verb said with 'it' set aside as chatter, 'take out anything that's in W', 'by itself' after 'I'd like')."""

from __future__ import annotations

import pytest

from agent.planners.offline.checks import checked
from sim.core.errors import PlanningError
from sim.core.perceived import Scene

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_fresh162 import unmoved
from tests.agent.test_understanding_more import B, G, O, P, R, Y, outcome, plan_of, reply

# crowded: P and O in the white bowl, B in the purple bowl, G on R (at the middle), Y on the table, the cyan bowl empty


# ----- checks: the wish they say -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Verify that the yellow block is in the cyan bowl, and fix it if not.",
    "Double-check the yellow block is in the cyan bowl; correct it if it's wrong.",
    "Confirm that the yellow block is in the cyan bowl (put it there if it isn't).",
    "Check that the yellow block is in the cyan bowl. If it isn't, put it there.",
    "Please make sure the yellow block is in the cyan bowl, fixing it if it's not.",
    "The yellow block should be in the cyan bowl. Check that it is, and sort it out if it isn't.",
    "The yellow block belongs in the cyan bowl. Have a look, and if it isn't, fix that.",
    "I want to be sure the yellow block ends up in the cyan bowl; please make sure of it.",
])
def test_a_check_with_a_fix_asks_for_what_it_checks(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == "cyan bowl" and unmoved(i, f, P, O, B, G, R)


@pytest.mark.parametrize(("text", "check"), [
    ("Check whether the white bowl is empty; if it isn't, empty it, but leave the purple bowl alone.",
     lambda i, f: not [b for b in f.blocks if f.base(b) == "white bowl"] and f.base(B) == "purple bowl"),
    ("Verify that the green block isn't on the red block; if it is, lift it off, but don't put it in any bowl.",
     lambda i, f: f.support[G] != R and f.base(G) not in ("white bowl", "purple bowl", "cyan bowl")),
    ("Confirm that the cyan bowl is not empty, and put a block in it if it is.", lambda i, f: any(f.base(b) == "cyan bowl" for b in f.blocks)),
    ("Check that nothing is stacked on the red block; if something is, remove it, but don't put anything in the bin.",
     lambda i, f: f.is_clear(R) and not any(f.support[b] == "bin" for b in f.blocks)),
    ("Put the yellow block in the bin, then verify that the red block is clear, and clear it if it isn't.",
     lambda i, f: f.support[Y] == "bin" and f.is_clear(R)),
    ("First confirm the yellow block is on the table (put it there if it isn't), then stack the pink block on it.",
     lambda i, f: f.support[P] == Y and f.support[Y] == "table"),
])
def test_a_check_then_what_to_do_when_it_fails(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize("text", [
    "Three checks, and fix anything that fails: the yellow block in the cyan bowl; nothing on top of the red block; the bin still empty.",
    "Check these and fix what isn't right: the yellow block is in the cyan bowl, and nothing is on the red block.",
    "Work through this list and tick each item off: the yellow block goes in the cyan bowl if it isn't there yet, and the red block has nothing on it.",
])
def test_a_check_list_asks_for_each_item(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == "cyan bowl" and f.is_clear(R) and not any(f.support[b] == "bin" for b in f.blocks) and unmoved(i, f, P, O, B)


def test_a_check_list_with_a_count_reads_each_item_alone() -> None:
    i, f = outcome("Checklist, fix anything that fails: no block in the white bowl; at least two blocks in the cyan bowl.", crowded())
    assert not any(f.base(b) == "white bowl" for b in f.blocks) and sum(f.base(b) == "cyan bowl" for b in f.blocks) >= 2


@pytest.mark.parametrize(("text", "start"), [
    ("Check whether anything is on top of the red block and tell me yes or no; no need to fix it.", "Yes"),
    ("Could you see whether the yellow block is resting on the table, and let me know? Leave it as it is.", "Yes"),
    ("Verify for me how many blocks are in the white bowl, and just give me the number.", "2"),
    ("Go through the bowls one by one and tell me how many of them are empty.", "1"),
])
def test_a_check_that_only_asks_is_answered(text: str, start: str) -> None:
    assert reply(text, crowded()).startswith(start)


def test_a_check_that_is_no_check_is_left_as_said() -> None:
    said = "Put the yellow block in the cyan bowl."
    assert checked(said) is said


def test_a_check_pointing_back_at_an_unnamed_block_is_never_guessed() -> None:
    with pytest.raises(PlanningError):
        plan_of("The green block is sitting on a block. Confirm that that block is in the bin, and put it there if it isn't.", crowded())


def test_which_block_a_check_finds_is_the_one_moved() -> None:
    i, f = outcome("Check which block is closest to the cyan bowl, not counting any already in it, and put that one into the cyan bowl.",
                   crowded())
    assert sum(f.base(b) == "cyan bowl" for b in f.blocks) == 1 and f.held is None


# ----- two blocks at once ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Put the yellow block and the red block on top of one another, in either order.",
    "Stack the yellow block and the red block on each other.",
    "Put one of the yellow block and the red block on the other.",
])
def test_on_top_of_one_another_is_a_stack_of_the_two(text: str) -> None:
    i, f = outcome(text, crowded())
    assert (f.support[Y] == R or f.support[R] == Y) and unmoved(i, f, P, O, B)


def test_one_on_the_other_but_not_that_one_on_top() -> None:
    i, f = outcome("Put one of the yellow block and the red block on the other, but not the yellow block on top.", crowded())
    assert f.support[R] == Y


def test_a_described_block_is_stacked_with_a_named_one() -> None:
    i, f = outcome("Put the yellow block and the only block in the purple bowl on top of one another, in either order.", crowded())
    assert f.support[Y] == B or f.support[B] == Y


@pytest.mark.parametrize("text", [
    "Take the pink and orange blocks away from one another.",
    "Move the pink block and the orange block apart from each other: not in the same bowl or the same tower.",
    "I want the pink block and the orange block away from one another: no shared bowl and no shared tower.",
    "Don't leave the pink block and the orange block together: neither in one tower nor in one bowl.",
])
def test_apart_from_each_other_shares_no_bowl(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(P) != f.base(O) or f.base(P) not in ("white bowl", "purple bowl", "cyan bowl")


@pytest.mark.parametrize("text", [
    "Leave the orange block alone and take the pink block apart from it: not in its bowl and not in its tower.",
    "Keep the orange block where it is and move the pink block away from it, so that they share no bowl and no tower.",
    "Separate the pink block from the orange block without moving the orange block.",
])
def test_apart_keeps_the_block_left_alone(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.support[O] == i.support[O] and f.base(P) != "white bowl"


@pytest.mark.parametrize(("text", "check"), [
    ("Make the yellow block and the pink block trade places with each other.", lambda i, f: f.base(Y) == "white bowl" and f.base(P) != "white bowl"),
    ("Put one of the yellow block and the pink block in the cyan bowl and the other one on the table.",
     lambda i, f: {f.base(Y), f.base(P)} == {"cyan bowl", "table"}),
    ("The yellow block and the red block are both on the table, each one on its own.", lambda i, f: f.is_clear(R) and f.support[Y] == "table"),
    ("Stand the yellow block on its own on the table.", lambda i, f: f.support[Y] == "table" and f.is_clear(Y)),
    ("I'd like the yellow block in a bowl by itself.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Put the red block and the yellow block together in the cyan bowl.", lambda i, f: f.base(R) == f.base(Y) == "cyan bowl"),
])
def test_what_two_blocks_share(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


def test_both_after_a_rule_about_every_block_is_never_every_block() -> None:
    with pytest.raises(PlanningError, match="which two blocks"):
        plan_of("Nothing should be on the red block and nothing on the yellow block, and both of them are on the table.", crowded())


def test_both_as_a_verdict_is_no_reference() -> None:
    i, f = outcome("The yellow block can go either in the cyan bowl or on top of the blue block, both are fine.", coloured())
    assert f.base(Y) in ("cyan bowl", "purple bowl")


# ----- the wrong actions they found ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Step one: take out anything that's in the purple bowl. Step two: put the yellow block in the purple bowl.",
    "Check the purple bowl and take out anything that is in it, then put the yellow block in the purple bowl.",
])
def test_a_step_is_never_set_aside_as_scene_setting(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == "purple bowl" and f.base(B) != "purple bowl"


@pytest.mark.parametrize("text", [
    "The green block is on the red block. Evict it.",
    "The green block is on the red block. Blorp it out.",
])
def test_an_unknown_verb_said_with_it_is_refused_not_dropped(text: str) -> None:
    with pytest.raises(PlanningError):
        plan_of(text, crowded())


def test_a_buried_block_dug_out_is_cleared() -> None:
    i, f = outcome("The red block is buried under the green block. Dig it out.", crowded())
    assert f.is_clear(R) and f.support[G] != "bin"


def test_an_unknown_closing_line_is_still_set_aside() -> None:
    i, f = outcome("Put the yellow block in the cyan bowl. Love it.", crowded())
    assert f.base(Y) == "cyan bowl"


@pytest.mark.parametrize("text", [
    "Don't leave the green block on the red block: put it in the cyan bowl, or on the table if the cyan bowl is full.",
    "The green block should not stay on the red block, put it in the cyan bowl, or on the table if the cyan bowl is full.",
])
def test_a_fallback_after_a_lead_keeps_its_first_choice(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(G) == "cyan bowl"


@pytest.mark.parametrize(("text", "check"), [
    ("The cyan bowl should not be empty.", lambda i, f: any(f.base(b) == "cyan bowl" for b in f.blocks)),
    ("Make sure that none of the bowls is empty.", lambda i, f: any(f.base(b) == "cyan bowl" for b in f.blocks)),
    ("The yellow block is not stacked on another block.", lambda i, f: f.support[Y] == i.support[Y]),
    ("Make sure there are no more than two blocks on the table, stacked ones included; put the extras in the bin.",
     lambda i, f: len(f.on_the_table()) <= 2 and not any(f.base(b) in ("white bowl", "purple bowl", "cyan bowl") and i.base(b) == "table"
                                                         for b in f.blocks)),
])
def test_states_said_plainly(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


# ----- what each bowl should hold (FRESH173) -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Make sure the white bowl is empty.", "Ensure the white bowl is empty.", "See to it that the white bowl is empty."])
def test_making_sure_a_bowl_is_empty_empties_it_and_nothing_else(text: str) -> None:
    i, f = outcome(text, crowded())
    assert not any(f.base(b) == "white bowl" for b in f.blocks) and unmoved(i, f, B, G, R, Y)


def test_one_bowl_empty_already_holds_when_one_is() -> None:
    assert [s.describe() for s in plan_of("One bowl should be empty.", crowded()).steps] == ["done"]


def test_one_bowl_left_empty_beside_a_request_keeps_the_empty_one() -> None:
    i, f = outcome("I'd like the yellow block in a bowl, but I want one bowl to end up empty.", crowded())
    assert f.base(Y) in ("white bowl", "purple bowl") and not any(f.base(b) == "cyan bowl" for b in f.blocks)


@pytest.mark.parametrize("text", ["I'd like none of the bowls to be left empty.", "No bowl should be left without a block.",
                                  "Put blocks from the table in the bowls so that no bowl is empty."])
def test_no_bowl_left_empty(text: str) -> None:
    i, f = outcome(text, coloured())
    assert all(any(f.base(b) == w for b in f.blocks) for w in ("white bowl", "purple bowl", "cyan bowl", "blue bowl", "green bowl"))


def test_a_constraint_on_every_bowl_after_a_sort_is_never_a_later_step_that_undoes_it() -> None:
    try:
        i, f = outcome("Sort the blocks into the bowls that match their colours; every bowl should end up with at least one block.", coloured())
    except PlanningError:
        return  # refused: the two together are more than the planner reads
    assert all(f.base(b) == f"{b.split()[0]} bowl" for b in (P, B) if f"{b.split()[0]} bowl" in f.bowls)


# ----- figures of speech (FRESH171) ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("Take the blue block home.", lambda i, f: f.base(B) == "blue bowl"),
    ("Walk the yellow block home: it lives in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("The yellow block wants to go home to the green bowl.", lambda i, f: f.base(Y) == "green bowl"),
    ("Tuck the yellow block into the cyan bowl for the night.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Put the yellow block to bed in the green bowl.", lambda i, f: f.base(Y) == "green bowl"),
    ("Let the pink block lie down flat on the table.", lambda i, f: f.support[P] == "table"),
    ("The yellow block looks lonely: let it join the blue block in the purple bowl.", lambda i, f: f.base(Y) == "purple bowl"),
    ("Let the yellow block keep the cyan bowl company.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Evict every tenant of the white bowl.", lambda i, f: not any(f.base(b) == "white bowl" for b in f.blocks)),
    ("Show the pink block the door: onto the table.", lambda i, f: f.support[P] == "table"),
    ("Dig out the poor red block, and don't throw anything away.", lambda i, f: f.is_clear(R) and not any(f.support[b] == "bin" for b in f.blocks)),
    ("Feed the bin the yellow block.", lambda i, f: f.support[Y] == "bin"),
    ("The bin is hungry: give it the pink block for its dinner.", lambda i, f: f.support[P] == "bin"),
    ("Feed the bin every block in the white bowl except the orange block.", lambda i, f: f.support[P] == "bin" and f.support[O] != "bin"),
    ("The yellow block climbs onto the red block.", lambda i, f: f.support[Y] == R),
])
def test_a_figure_of_speech_is_the_move_it_means(text: str, check) -> None:
    i, f = outcome(text, coloured())
    assert check(i, f) and f.held is None


def test_home_named_in_the_message_is_that_place() -> None:
    i, f = outcome("The yellow block's home is the top left corner; send it home.", coloured())
    assert f.support[Y] == "top left corner"


@pytest.mark.parametrize(("text", "start"), [
    ("How many blocks are tucked up in the white bowl?", "2"),
    ("Is the blue block at home, in its own bowl, the blue bowl?", "No"),
    ("Has everyone moved out of the cyan bowl, leaving it empty?", "Yes"),
    ("Is the red block buried, with another block sitting on top of it?", "Yes"),
])
def test_a_figure_of_speech_in_a_question(text: str, start: str) -> None:
    assert reply(text, coloured()).startswith(start)


def test_resting_on_a_block_is_still_a_place_not_a_bed() -> None:
    i, f = outcome("The block that the green block is resting on belongs in the cyan bowl.", crowded())
    assert f.base(R) == "cyan bowl"


@pytest.mark.parametrize(("text", "start"), [
    ("Are the pink block and the orange block in the same bowl as each other?", "Yes"),
    ("Are the pink block and the yellow block together in one bowl?", "No"),
    ("Is the blue block in a bowl by itself?", "Yes"),
    ("Is the pink block in a bowl on its own?", "No"),
    ("How many of the bowls have at least one block in them?", "2"),
    ("The bin is hungry. How many blocks are on the table, not in a bowl, that it could eat?", "3"),
])
def test_two_blocks_at_once_in_a_question(text: str, start: str) -> None:
    assert reply(text, crowded()).startswith(start)


@pytest.mark.parametrize(("text", "check"), [
    ("Make it so that the pink block and the yellow block share a bowl with each other.", lambda i, f: f.base(P) == f.base(Y) == "white bowl"),
    ("Get the pink block and the yellow block into the same bowl as each other.", lambda i, f: f.base(P) == f.base(Y)),
    ("Put the blue block by itself in the bowl that matches its colour.", lambda i, f: f.base(B) == "blue bowl"),
    ("I'd like the pink block and the orange block kept apart from each other, not in the same bowl and not in the same tower.",
     lambda i, f: f.base(P) != f.base(O)),
    ("Make sure the pink block and the orange block are not in the same bowl or the same tower as each other.", lambda i, f: f.base(P) != f.base(O)),
    ("The yellow block is where the red block is now, and the red block is where the yellow block is now.",
     lambda i, f: f.support[Y] == "middle" and f.support[R] == "table"),
])
def test_more_said_of_two_blocks_at_once(text: str, check) -> None:
    i, f = outcome(text, coloured())
    assert check(i, f) and f.held is None


def test_a_bowl_of_its_own_is_a_bowl_to_itself() -> None:
    i, f = outcome("Put the yellow block in a bowl of its own.", crowded())
    assert f.base(Y) == "cyan bowl"


@pytest.mark.parametrize(("text", "check"), [
    ("Empty the white bowl and put what was in it on the table.", lambda i, f: f.support[P] == f.support[O] == "table"),
    ("Every block outside the bowls should go into the bowl holding the blue block.",
     lambda i, f: all(f.base(b) == "purple bowl" for b in (R, G, Y)) and f.base(P) == "white bowl"),
])
def test_what_a_bowl_holds_said_of_the_bowl(text: str, check) -> None:
    i, f = outcome(text, coloured())
    assert check(i, f) and f.held is None


# ----- rules stated, then applied (FRESH174) -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("Rule: the yellow block must be in the cyan bowl. Apply it.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Constraint: nothing may sit on the red block. Fix the table.", lambda i, f: f.is_clear(R)),
    ("The rule is: every block goes in the bowl of its own colour. Apply it to the blue block.", lambda i, f: f.base(B) == "blue bowl" and unmoved(i, f, Y, R)),
    ("Rule: all blocks go in the bin. Exceptions: the yellow block, and anything in the white bowl. Apply the rule.",
     lambda i, f: unmoved(i, f, Y, P, O) and all(f.support[b] == "bin" for b in (B, G, R))),
    ("Count as 'stacked' every block that rests on another block. Move each stacked block onto the table.", lambda i, f: f.support[G] == "table"),
    ("A block is perched when it sits on another block. Put all the perched blocks directly on the table.", lambda i, f: f.support[G] == "table"),
    ("Call the block on the red block its lid. Put the lid in the cyan bowl.", lambda i, f: f.base(G) == "cyan bowl"),
])
def test_a_rule_then_its_use(text: str, check) -> None:
    i, f = outcome(text, coloured())
    assert check(i, f) and f.held is None


# ----- frames of reference (FRESH175) --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "block"), [
    ("Put the block furthest to your left, robot, in the cyan bowl.", O),  # the robot's left is the camera's right (+y)
    ("Put the block farthest to the left as the camera sees it in the cyan bowl.", Y),
    ("Put the block nearest to you, robot, in the cyan bowl.", P),
])
def test_left_and_right_in_the_frame_said(text: str, block: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(block) == "cyan bowl"


def test_blocks_not_on_a_half_are_those_on_the_other_half() -> None:
    i, f = outcome("Put the blocks that are not on the left half of the table into the bin.", Scene(objects=[
        *(o for o in crowded().objects if o.name not in (R, G))]))
    assert f.support[Y] != "bin" and all(f.support[b] == "bin" for b in (P, O, B))


def test_right_as_a_place_is_never_a_filler() -> None:
    i, f = outcome("The only block on your left-hand half of the table, robot, is in the bin.", Scene(objects=[
        *(o for o in crowded().objects if o.name not in (O, B, R, G))]))
    assert f.support[P] == "bin" and f.support[Y] == "table"


def test_a_bowl_of_its_own_colour_is_still_its_colour() -> None:
    i, f = outcome("Put the blue block in a bowl of its own colour.", coloured())
    assert f.base(B) == "blue bowl"


@pytest.mark.parametrize(("text", "block"), [
    ("Put the block furthest to the robot's left in the cyan bowl.", O),  # 'robot's' is said in full first: 'the robot is left'
    ("Here's the rule: every block goes in the bowl of its own colour. Apply it to the blue block.", B),
])
def test_a_possessive_frame_and_a_contracted_lead(text: str, block: str) -> None:
    i, f = outcome(text, coloured())
    assert f.base(block) == ("cyan bowl" if block == O else "blue bowl")


@pytest.mark.parametrize("text", [
    "Put all blocks in the bin except the yellow block and the blocks in the white bowl.",
    "Bin everything, except the yellow block, and anything in the white bowl.",
    "Put every block in the bin apart from the yellow block and whatever is in the white bowl.",
])
def test_an_exception_of_a_block_and_a_bowl_keeps_both(text: str) -> None:
    i, f = outcome(text, crowded())
    assert unmoved(i, f, Y, P, O) and all(f.support[b] == "bin" for b in (B, G, R))
