"""Offline understanding of the ideas a sixth untuned batch missed, each said in other words than the batch's: one block
per corner, a limit on how many blocks a bowl holds ('no two blocks should share a bowl'), keep-constraints ('is not to
be moved', 'keep your hands off', 'stays where it is'), a relative clause that says where a block goes ('..., which goes
to ...'), the middle bowl, 'there' / 'the same bowl' for the last destination, sequencing ('when you're done with
that'), elliptical steps after an 'N steps:' preface, questions (any stacked, counts with negation, directly on the
table), colour matching restricted by 'if there is one', and polite requests with an action verb."""

from __future__ import annotations

import pytest

from agent.primitives import Answer, Ask
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import (
    BB,
    PB,
    RB,
    WB,
    B,
    G,
    O,
    R,
    Y,
    desk,
    loose,
    obj,
    one_tower,
    outcome,
    plan_of,
    reply,
)

CORNERS = [p for p in PLACES if p.endswith(" corner")]


def crowded() -> Scene:
    """The red and green blocks in the white bowl (the orange block on the green one); the blue block in the purple
    bowl; a loose yellow block; an empty red bowl."""
    return Scene(objects=[obj(WB, pos=(0.40, 0.15)), obj(R, WB, (0.38, 0.14), 0.03), obj(G, WB, (0.42, 0.16), 0.03),
                          obj(O, G, (0.42, 0.16), 0.07), obj(PB, pos=(0.62, -0.15)), obj(B, PB, (0.62, -0.15), 0.03),
                          obj(Y, pos=(0.55, 0.02)), obj(RB, pos=(0.35, -0.20))])


@pytest.mark.parametrize("text", [
    "place a block at every corner",
    "one cube per corner, please",
    "put a block in each of the four corners of the table",
    "I'd like one block in every corner",
])
def test_one_block_in_each_corner(text: str) -> None:
    _, f = outcome(text, loose())
    assert all(sum(f.base(b) == c for b in f.blocks) == 1 for c in CORNERS)


@pytest.mark.parametrize("text", [
    "no bowl should hold more than one block",
    "never put two blocks in the same bowl",
    "at most one block per bowl",
    "each bowl should have at most one block in it",
    "no two cubes may end up in the same bowl",
])
def test_a_limit_on_blocks_per_bowl(text: str) -> None:
    i, f = outcome(text, crowded())
    assert all(len(f.in_bowl(w)) <= 1 for w in f.bowls)
    assert all(f.base(b) != BIN for b in f.blocks) and f.support[B] == i.support[B] and f.support[Y] == i.support[Y]


def test_at_most_is_not_read_as_exactly() -> None:
    _, f = outcome("at most one block per bowl", crowded())
    assert not f.in_bowl(RB)  # nothing is put into the empty bowl


@pytest.mark.parametrize("text", [
    "the green block must stay put, but throw every other block away",
    "the green block is not supposed to be moved; bin all the others",
    "the green block stays where it is and everything else goes in the bin",
    "the green block is never to be touched, but put the rest in the bin",
])
def test_a_block_not_to_be_moved_and_the_rest_binned(text: str) -> None:
    i, f = outcome(text, desk())
    assert f.support[G] == i.support[G] and all(f.base(b) == BIN for b in f.blocks if b != G)


@pytest.mark.parametrize("text", [
    "put the orange block on the yellow block, but hands off the green block",
    "keep your hands off the green block and stack the orange block on the yellow block",
    "stack the orange block on the yellow block while you stay away from the green block",
    "put the orange block on top of the yellow block and leave the green block alone",
])
def test_hands_off_a_block_while_acting(text: str) -> None:
    i, f = outcome(text, desk())
    assert holds(Rel("on", O, Y), f) and f.support[G] == i.support[G]


@pytest.mark.parametrize(("text", "rel"), [
    ("leave everything as it is except the yellow block, which should go to the top left corner", Rel("at", Y, "top left corner")),
    ("don't move anything but the orange block, that goes in the purple bowl", Rel("in", O, PB)),
    ("do not touch anything except the green block, which belongs on the yellow block", Rel("on", G, Y)),
])
def test_a_relative_clause_says_where_the_block_goes(text: str, rel: Rel) -> None:
    i, f = outcome(text, desk())
    assert holds(rel, f) and all(f.support[b] == i.support[b] for b in f.blocks if b != rel.block)


@pytest.mark.parametrize("text", [
    "put the green block into the middle bowl",
    "move the yellow block and the green block to the centre bowl",
    "the green block goes in the bowl in the middle",
])
def test_the_middle_bowl(text: str) -> None:
    _, f = outcome(text, loose())
    assert holds(Rel("in", G, WB), f)  # bowls left to right (by y): red, white, blue


def test_no_middle_bowl_among_two_is_refused() -> None:
    with pytest.raises(PlanningError, match="middle"):
        plan_of("put the green block in the middle bowl", desk())


@pytest.mark.parametrize("text", [
    "put the yellow block in the purple bowl, then the green block goes in the same bowl",
    "drop the yellow block into the purple bowl and after that put the green block there as well",
    "first the yellow block in the purple bowl; next, put the green block in there too",
])
def test_there_means_the_last_destination(text: str) -> None:
    _, f = outcome(text, desk())
    assert holds(Rel("in", Y, PB), f) and holds(Rel("in", G, PB), f)


def test_the_same_corner_after_a_corner() -> None:
    _, f = outcome("move the yellow block to the top right corner, then put the green block in the same place", desk())
    assert holds(Rel("at", Y, "top right corner"), f) and holds(Rel("at", G, "top right corner"), f)


def test_the_same_bowl_after_a_block_is_refused_not_guessed() -> None:
    with pytest.raises(PlanningError, match="not a bowl"):
        plan_of("put the yellow block on the green block, then put the orange block in the same bowl", desk())


@pytest.mark.parametrize("text", [
    "put the yellow block on the green block and once you have finished with that, toss the orange block",
    "stack the yellow block on the green block; when you are through, get rid of the orange block",
    "the yellow block on the green block, and after that has been done, chuck the orange block away",
])
def test_sequencing_then_binning(text: str) -> None:
    _, f = outcome(text, desk())
    assert holds(Rel("on", Y, G), f) and f.base(O) == BIN


@pytest.mark.parametrize("text", [
    "three steps: yellow block onto the green block, orange block into the purple bowl, then green block to the top left corner",
    "here is the plan: orange block in the purple bowl, then yellow block to the bottom right corner",
    "two things; the orange block into the purple bowl and the yellow one to the bottom right corner",
])
def test_steps_without_verbs(text: str) -> None:
    _, f = outcome(text, desk())
    assert holds(Rel("in", O, PB), f)
    assert holds(Rel("at", Y, "bottom right corner"), f) or holds(Rel("on", Y, G), f)


@pytest.mark.parametrize(("scene", "text", "start"), [
    (desk, "is anything stacked?", "Yes"),
    (desk, "are there any towers on the table?", "Yes"),
    (loose, "are any blocks sitting on top of other blocks?", "No"),
    (loose, "is any block on top of another one?", "No"),
    (one_tower, "are any of the cubes stacked up?", "Yes"),
])
def test_are_any_blocks_stacked(scene, text: str, start: str) -> None:
    assert reply(text, scene()).startswith(start)


@pytest.mark.parametrize(("text", "count"), [
    ("how many blocks are not in any bowl?", "5"),  # desk: the pink block is in the white bowl
    ("how many blocks are outside the bowls?", "5"),
    ("how many cubes aren't inside a bowl?", "5"),
    ("how many blocks are in bowls?", "1"),
    ("how many blocks are on the table?", "5"),  # the blue block is on the red block, which is on the table: both count
    ("how many blocks are not on the table?", "2"),
])
def test_counts_with_negation_or_place(text: str, count: str) -> None:
    answer = reply(text, desk())
    assert answer.startswith(count) and not answer[len(count):len(count) + 1].isdigit(), answer


@pytest.mark.parametrize(("text", "start"), [
    ("is the blue block resting directly on the table?", "No"),
    ("is the red block lying on the table?", "Yes"),
    ("is the pink block sitting right on the table?", "No"),
    ("is the green block directly on the table?", "Yes"),
])
def test_directly_on_the_table(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


def matching_scene() -> Scene:
    """Red, blue and green blocks; red and blue bowls (no green one)."""
    return Scene(objects=[obj(R, pos=(0.40, 0.10)), obj(B, pos=(0.55, -0.10)), obj(G, pos=(0.60, 0.20)),
                          obj(RB, pos=(0.35, -0.20)), obj(BB, pos=(0.68, 0.05))])


@pytest.mark.parametrize("text", [
    "put each block in the bowl of its colour where there is one",
    "every block goes into the matching bowl, if it has one",
    "could you colour coordinate the blocks and the bowls?",
    "would you match up the blocks with the bowls?",
    "can you sort the blocks into the bowls by colour?",
])
def test_colour_matching_where_a_match_exists(text: str) -> None:
    i, f = outcome(text, matching_scene())
    assert holds(Rel("in", R, RB), f) and holds(Rel("in", B, BB), f) and f.support[G] == i.support[G]


def test_a_named_bowl_that_is_not_there_is_still_refused_under_a_condition() -> None:
    with pytest.raises(PlanningError):
        plan_of("put the green block in the green bowl if there is one", matching_scene())


def test_a_polite_question_about_the_scene_is_still_answered() -> None:
    assert isinstance(plan_of("could you tell me where the red block is?", desk()).steps[0], Answer)
    assert not isinstance(plan_of("could you put the red block in the purple bowl?", desk()).steps[0], (Answer, Ask))
    assert TABLE  # the lexicon's table is what 'directly on the table' means


@pytest.mark.parametrize("text", [
    "make sure no two blocks are in the same bowl",
    "two blocks should never share a bowl",
    "don't let any bowl hold two blocks",
    "there should be at most one block in each bowl",
])
def test_more_limits_on_blocks_per_bowl(text: str) -> None:
    _, f = outcome(text, crowded())
    assert all(len(f.in_bowl(w)) <= 1 for w in f.bowls) and not f.in_bowl(RB)


@pytest.mark.parametrize("text", ["put at most two blocks in the red bowl", "put no more than two blocks in the red bowl"])
def test_a_bound_on_a_count_is_not_ignored(text: str) -> None:
    with pytest.raises(PlanningError, match="at most|no more than"):
        plan_of(text, crowded())


@pytest.mark.parametrize(("text", "rel"), [
    ("only move the yellow block, which goes to the bottom left corner", Rel("at", Y, "bottom left corner")),
    ("touch nothing but the yellow block, which goes on the orange block", Rel("on", Y, O)),
    ("pick up the orange block, which goes in the purple bowl", Rel("in", O, PB)),
    ("don't lay a finger on anything except the orange block, which belongs in the purple bowl", Rel("in", O, PB)),
])
def test_more_relative_destinations(text: str, rel: Rel) -> None:
    i, f = outcome(text, desk())
    assert holds(rel, f) and all(f.support[b] == i.support[b] for b in f.blocks if b != rel.block)


def test_goes_there_is_a_move_not_a_keep() -> None:
    _, f = outcome("put the yellow block in the purple bowl, then the orange block goes there as well", desk())
    assert holds(Rel("in", Y, PB), f) and holds(Rel("in", O, PB), f)


def test_goes_there_without_an_earlier_destination_asks_where() -> None:
    assert isinstance(plan_of("the orange block goes there", desk()).steps[0], Ask)


@pytest.mark.parametrize("text", [
    "put the yellow block on the green block and afterwards throw the orange block out",
    "put the yellow block on the green block, and as soon as that is done toss the orange block",
    "put the yellow block on the green block; having done that, bin the orange block",
    "step one: yellow block onto green block. step two: orange block into the bin",
    "first, yellow block onto the green block; second, orange block in the bin",
    "the plan: the yellow block onto the green block, then the orange block into the bin",
])
def test_more_sequencing_and_step_lists(text: str) -> None:
    _, f = outcome(text, desk())
    assert holds(Rel("on", Y, G), f) and f.base(O) == BIN


@pytest.mark.parametrize(("text", "count"), [
    ("how many blocks are stacked?", "2"),
    ("how many blocks are not stacked?", "4"),
    ("how many blocks are not on top of another block?", "5"),
    ("count the blocks that are not in a bowl", "5"),
    ("how many blocks are there outside the bowls?", "5"),
])
def test_more_counts(text: str, count: str) -> None:
    assert reply(text, desk()).startswith(count + " ")


def test_does_a_block_sit_directly_on_the_table() -> None:
    assert reply("does the blue block sit directly on the table?", desk()).startswith("No")
    assert reply("does the red block rest on the table?", desk()).startswith("Yes")


@pytest.mark.parametrize("text", [
    "would you mind colour matching the blocks and bowls?",
    "match the blocks to the bowls by colour where you can",
])
def test_more_polite_or_conditional_matching(text: str) -> None:
    i, f = outcome(text, matching_scene())
    assert holds(Rel("in", R, RB), f) and holds(Rel("in", B, BB), f) and f.support[G] == i.support[G]
