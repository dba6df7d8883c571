"""What the hundred-and-thirty-fifth to hundred-and-thirty-eighth untuned batches (`benchmarks.language_fresh134` to
`language_fresh137`) found missing, said in other words than the batches: jobs said as loops ('keep doing X until ...',
'while ...', 'go through ... and ... each one', 'do it three times', 'the same again for Y'), rearrangements relative to
what is there now (a block slipped under another, a block moved to the other end of its tower, a tower turned over where
it stands, swaps and trades said in other words), questions about what a request would do, blocks and goals said by
height in a stack, and choices pointed back at ('W if it is empty', 'instead of binning X, put it ...')."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.perceived import Scene
from tests.agent.test_understanding_more import PB, WB, B, G, O, P, R, Y, desk, obj, one_tower, outcome, plan_of, reply, two_towers

# desk(): the blue block on the red block; loose green, yellow (at the middle) and orange blocks; the pink block in the
# white bowl; an empty purple bowl. one_tower(): red (bottom), yellow, green; the blue block in the cyan bowl; loose pink
# and orange; an empty white bowl. two_towers(): red, yellow, green and blue, orange; a loose pink block; a white bowl.


def bowl_tower() -> Scene:
    """A tower standing in the white bowl: pink (bottom), orange, green (top); the blue block in the purple bowl; loose
    red and yellow blocks."""
    return Scene(objects=[obj(WB, pos=(0.38, -0.16)), obj(P, WB, (0.38, -0.16), 0.03), obj(O, P, (0.38, -0.16), 0.07),
                          obj(G, O, (0.38, -0.16), 0.11), obj(PB, pos=(0.64, 0.16)), obj(B, PB, (0.64, 0.16), 0.03),
                          obj(R, pos=(0.55, 0.02)), obj(Y, pos=(0.46, 0.22))])


@pytest.mark.parametrize(("text", "check"), [
    ("Keep dropping blocks from the table into the bin until there are no more left on the table.",
     lambda i, f: not f.on_the_table() and f.base(P) == WB),
    ("While the white bowl still has something in it, lift a block out and put it down on the table.", lambda i, f: not f.in_bowl(WB)),
    ("For as long as anything sits on the red block, take the top one off and throw it away.", lambda i, f: f.base(B) == "bin" and f.support[R] == "table"),
    ("Carry on moving blocks off the table and into the bin till just two remain on the table.", lambda i, f: len(f.on_the_table()) == 2),
    ("Work through what's in the white bowl and put every one of them on the green block.", lambda i, f: f.support[P] == G),
    ("Grab a block from the table and toss it in the bin. Do that twice more.", lambda i, f: sum(f.base(b) == "bin" for b in f.blocks) == 3),
    ("The orange block goes in the purple bowl, and the yellow block the same way.", lambda i, f: f.base(O) == PB and f.base(Y) == PB),
    ("Put the green block in the purple bowl, then the same again for the orange block, but not for the yellow block.",
     lambda i, f: f.base(G) == PB and f.base(O) == PB and f.base(Y) != PB),
    ("Take each block off the red block, one block at a time, and leave the red block right where it is.", lambda i, f: f.support[B] != R),
])
def test_a_job_said_as_a_loop_is_done_to_its_end(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)
    assert "gripper" not in f.support.values()


@pytest.mark.parametrize(("text", "check"), [
    ("Tuck the orange block in under the blue block.", lambda i, f: f.support[O] == R and f.support[B] == O),  # the orange block moves
    ("I want the green block slipped under the pink block.", lambda i, f: f.base(G) == WB and f.support[P] == G),
    ("The yellow block should sit on the orange block, right where the yellow block is now.", lambda i, f: f.support[Y] == O and f.base(O) != "bin"),
])
def test_a_block_slipped_under_another_goes_where_that_one_stands(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


def test_a_block_slipped_under_a_tower_keeps_the_tower_standing_on_it() -> None:
    i, f = outcome("Slide the red block underneath the whole tower in the white bowl.", bowl_tower())
    assert f.base(R) == WB and f.support[P] == R and f.support[O] == P and f.support[G] == O


@pytest.mark.parametrize(("text", "order"), [
    ("Move the bottom block of the tower up to the top, keeping the others in order.", [Y, G, R]),
    ("Send the green block down to the bottom of its stack, underneath the rest.", [G, R, Y]),
    ("The red block belongs on top of its tower, not at the bottom.", [Y, G, R]),
    ("Take the block the yellow block stands on and put it on top of that tower.", [Y, G, R]),
])
def test_a_block_to_the_other_end_of_its_own_tower(text: str, order: list[str]) -> None:
    i, f = outcome(text, one_tower())
    assert f.support[order[0]] == "table" and f.support[order[1]] == order[0] and f.support[order[2]] == order[1]


def test_a_tower_turned_over_stays_where_it_stood() -> None:
    i, f = outcome("Invert the stack in the white bowl.", bowl_tower())
    assert f.base(G) == WB and f.support[G] == WB and f.support[O] == G and f.support[P] == O
    i, f = outcome("Flip the stack over and then cap it off with the red block.", bowl_tower())
    assert f.support[G] == WB and f.support[R] == P


@pytest.mark.parametrize(("text", "check"), [
    ("The yellow block and the pink block are meant to be the other way round.", lambda i, f: f.base(Y) == WB and f.support[P] in ("table", "middle")),
    ("Have the orange block and the pink block change places.", lambda i, f: f.base(O) == WB and f.base(P) != WB),
    ("The pink block should switch places with the orange block, please.", lambda i, f: f.base(O) == WB),
    ("Pick up the pink block and trade it for the green block.", lambda i, f: f.base(G) == WB),
    ("Don't leave the blue block on the red block: set the green block there instead, and the blue block where the green block was.",
     lambda i, f: f.support[G] == R and f.support[B] == "table"),
])
def test_swaps_said_in_other_words(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize("text", [
    "The white bowl and the purple bowl should trade their blocks.",
    "Everything in the purple bowl should go in the white bowl and vice versa.",
    "Exchange the blocks in the white bowl with the blocks in the purple bowl.",
])
def test_what_two_bowls_hold_is_swapped(text: str) -> None:
    i, f = outcome(text, bowl_tower())
    assert f.base(B) == "white bowl" and {f.base(b) for b in (P, O, G)} == {PB}


def test_a_swap_of_sets_that_are_not_two_blocks_is_refused_not_guessed() -> None:
    with pytest.raises(PlanningError, match="swap one block with another"):
        plan_of("swap every block in the white bowl with the yellow block", bowl_tower())


@pytest.mark.parametrize(("scene", "text", "start"), [
    (desk, "If you traded the pink block and the green block, which bowl would the green block be in?", "The green block is in the white bowl"),
    (desk, "Imagine you threw the orange block and the green block in the bin: how many blocks would be in the bin?", "2"),
    (desk, "How many blocks would you need to take off the red block before nothing is on it?", "1"),
    (one_tower, "If the tower were turned upside down, would the red block be at the top?", "Yes"),
    (desk, "After swapping what's in the white bowl with what's in the purple bowl, how many blocks would the purple bowl hold?", "1"),
])
def test_a_question_about_what_a_request_would_do(scene, text: str, start: str) -> None:
    assert reply(text, scene()).startswith(start)


def test_a_question_about_what_a_request_would_do_moves_nothing() -> None:
    plan = plan_of("If you put the orange block in the purple bowl, how many blocks would be on the table?", desk())
    assert [s.primitive for s in plan.steps] == ["answer"]


def test_a_place_only_known_by_the_block_on_it_is_refused() -> None:
    with pytest.raises(PlanningError, match="where"):
        plan_of("put the green block where the orange block is now", desk())


def test_the_tops_of_two_towers_swapped() -> None:
    i, f = outcome("the green block and the orange block should trade places", two_towers())
    assert f.support[G] == B and f.support[O] == Y and f.support[Y] == R


# FRESH137 (`benchmarks.language_fresh137`): blocks and goals said by height in a stack
@pytest.mark.parametrize(("text", "check"), [
    ("Bin the second block from the bottom of the tallest stack.", lambda i, f: f.base(Y) == "bin" and f.support[R] == "table"),
    ("Whatever sits at the very top of the stack with the red block goes in the white bowl.", lambda i, f: f.base(G) == WB),
    ("Put the block one up from the red block in the white bowl.", lambda i, f: f.base(Y) == WB),
    ("I'd like the pink block somewhere above the yellow block.", lambda i, f: P in f.above(Y)),
    ("The orange block has to end up lower than the green block, in the same pile.", lambda i, f: G in f.above(O)),
    ("I don't want the red block under the green block in any stack.", lambda i, f: G not in f.above(R)),
])
def test_blocks_and_goals_said_by_height(text: str, check) -> None:
    i, f = outcome(text, one_tower())
    assert check(i, f)
    assert "gripper" not in f.support.values()


def test_a_height_goal_already_met_moves_nothing() -> None:
    plan = plan_of("The green block should be somewhere above the red block.", one_tower())
    assert [s.primitive for s in plan.steps] == ["done"]


# FRESH136 (`benchmarks.language_fresh136`): choices and alternatives pointed back at
@pytest.mark.parametrize(("text", "check"), [
    ("Set the orange block in the white bowl if it's empty; if not, put it in the purple bowl.", lambda i, f: f.base(O) == PB),
    ("Drop the orange block into the purple bowl if it is empty; otherwise drop it in the white bowl.", lambda i, f: f.base(O) == PB),
    ("Put the green block in the bin. Then, instead of binning the yellow block, put it in the purple bowl.",
     lambda i, f: f.base(G) == "bin" and f.base(Y) == PB),
    ("Set the orange block in the white bowl, or in the purple bowl if the white bowl already holds a block.", lambda i, f: f.base(O) == PB),
    ("Drop the green block in the purple bowl, or failing that in the white bowl if the purple bowl is full.", lambda i, f: f.base(G) == PB),
    ("Grab the block on the red block and put it in the purple bowl, or the white bowl if the purple bowl is full.", lambda i, f: f.base(B) == PB),
])
def test_choices_point_back_at_the_right_thing(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)
