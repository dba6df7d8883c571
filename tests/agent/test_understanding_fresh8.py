"""Offline understanding of the ideas a ninth untuned batch (FRESH8) missed, each said in other words than the batch's:
'there must not be a block left in X' (no block at all, never 'exactly one'), 'none of the bowls should hold a
block', casual verbs ('scoot', 'bung', 'balance', 'pull'), wish frames ('I reckon X would look better in Y', 'I'm
after', 'my preference would be', 'any chance', 'X wants to be', 'how about X on Y'), 'and so does Y', 'bar X',
'the lot', 'top it off with', trailing free choices ('I don't mind where'), fillers ('for us', 'ta', 'from now on'),
and questions: 'how many X do you have in Y', 'which bowl holds the most/fewest', 'is every bowl empty', 'which
blocks are not in a bowl'."""

from __future__ import annotations

import pytest

from agent.primitives import Ask
from sim.core.errors import PlanningError
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_fresh6 import crowded
from tests.agent.test_understanding_more import (
    PB,
    RB,
    WB,
    B,
    G,
    O,
    P,
    R,
    Y,
    desk,
    outcome,
    plan_of,
    reply,
)

# desk(): the blue block on the red block; the green, yellow (at the middle) and orange blocks loose; the pink block in
# the white bowl; the purple bowl empty.
# crowded(): the red and green blocks in the white bowl (the orange block on the green one); the blue block in the
# purple bowl; a loose yellow block; an empty red bowl.


@pytest.mark.parametrize("text", [
    "there mustn't be a single cube left in the white bowl",
    "there should not be a block remaining in the white bowl",
    "there shouldn't be any blocks in the white bowl",
    "there can't be one block left in the white bowl",
])
def test_not_a_single_block_left_means_none_at_all(text: str) -> None:
    _, f = outcome(text, crowded())
    assert not any(holds(Rel("in", b, WB), f) for b in (R, G, O))
    assert holds(Rel("in", B, PB), f)  # the other bowl is not touched


@pytest.mark.parametrize("text", [
    "no bowl should contain any blocks",
    "not a single bowl should hold a block",
    "none of the bowls must have a cube in it",
])
def test_no_bowl_holding_a_block_empties_every_bowl(text: str) -> None:
    _, f = outcome(text, crowded())
    assert not any(holds(Rel("in", b, bowl), f) for b in (R, G, O, B) for bowl in (WB, PB))


def test_no_block_having_anything_on_it_is_still_refused_by_name() -> None:
    with pytest.raises(PlanningError, match="none"):
        plan_of("none of the blocks should have anything on it", crowded())


@pytest.mark.parametrize(("text", "rel"), [
    ("could you scoot the green block to the bottom right corner?", Rel("at", G, "bottom right corner")),
    ("bung the orange block in the trash", Rel("in_bin", O)),
    ("balance the green block on the orange block", Rel("on", G, O)),
    ("pull the blue block off the red block and put it in the purple bowl", Rel("in", B, PB)),
    ("could ya scoot the yellow block onto the green block?", Rel("on", Y, G)),
])
def test_casual_verbs(text: str, rel: Rel) -> None:
    _, f = outcome(text, desk())
    assert holds(rel, f)


@pytest.mark.parametrize(("text", "rel"), [
    ("I reckon the orange block would look nicer in the purple bowl", Rel("in", O, PB)),
    ("I think the green block would fit better on the orange block", Rel("on", G, O)),
    ("the yellow block would be happier in the bin", Rel("in_bin", Y)),
    ("we're after the green block in the purple bowl", Rel("in", G, PB)),
    ("our preference would be the orange block on the green block", Rel("on", O, G)),
    ("any chance the orange block could end up in the white bowl?", Rel("in", O, WB)),
    ("the green block needs to be at the top left corner", Rel("at", G, "top left corner")),
    ("the orange block would like to sit in the purple bowl", Rel("in", O, PB)),
    ("how about the yellow block in the purple bowl?", Rel("in", Y, PB)),
    ("I would really appreciate it if you would drop the green block in the bin", Rel("in_bin", G)),
    ("sort of want to see the orange cube on the green cube", Rel("on", O, G)),
])
def test_wish_frames(text: str, rel: Rel) -> None:
    _, f = outcome(text, desk())
    assert holds(rel, f)


def test_how_about_a_bare_block_is_not_a_command() -> None:
    plan = plan_of("how about the green block?", desk())
    assert plan.steps[0].primitive == "answer"


def test_and_so_does_a_second_block() -> None:
    _, f = outcome("the green block belongs in the purple bowl, and so does the orange block", desk())
    assert holds(Rel("in", G, PB), f) and holds(Rel("in", O, PB), f)


def test_bar_excludes_and_the_lot_is_every_block() -> None:
    _, f = outcome("throw away everything bar the orange block and the green block", desk())
    assert not holds(Rel("in_bin", O), f) and not holds(Rel("in_bin", G), f) and holds(Rel("in_bin", Y), f)
    _, f = outcome("put the whole lot in the bin", desk())
    assert all(holds(Rel("in_bin", b), f) for b in (R, B, G, Y, O, P))


def test_top_it_off_with_puts_the_block_on_the_last_one() -> None:
    _, f = outcome("put the orange block on the green block, then finish it off with the yellow block", desk())
    assert holds(Rel("on", O, G), f) and holds(Rel("on", Y, O), f)


@pytest.mark.parametrize("text", [
    "take the blue block off the red block, we don't mind where",
    "get the blue block off the red block, anywhere is fine",
])
def test_a_free_destination_is_any_spot(text: str) -> None:
    _, f = outcome(text, desk())
    assert not holds(Rel("on", B, R), f)


@pytest.mark.parametrize(("text", "rel"), [
    ("ok, stash the orange block in the purple bowl for us", Rel("in", O, PB)),
    ("the green block to the top right corner, ta", Rel("at", G, "top right corner")),
    ("the orange block stays in the purple bowl from now on", Rel("in", O, PB)),
    ("do these steps in order: the green block in the bin; the orange block on the yellow block", Rel("on", O, Y)),
])
def test_fillers(text: str, rel: Rel) -> None:
    _, f = outcome(text, desk())
    assert holds(rel, f)


def test_an_unknown_verb_with_an_object_and_a_destination_is_putting() -> None:
    """English's caused-motion frame: 'yeet X into W' moves X into W whatever 'yeet' means ('yeet X' alone is slang
    for binning it); an unknown verb said without a destination, or a verb that never moves a block, is still named."""
    _, f = outcome("yeet the green block into the purple bowl", desk())
    assert holds(Rel("in", G, PB), f)
    for text, word in (("floop the green block", "'floop'"), ("paint the green block in the purple bowl", "'paint'")):
        with pytest.raises(PlanningError, match=word):
            plan_of(text, desk())


@pytest.mark.parametrize(("text", "has"), [
    ("how many blocks do you have in the white bowl?", "3"),
    ("how many cubes can you see in the red bowl?", "0"),
    ("which bowl holds the most cubes?", "white bowl"),
    ("what bowl has the fewest blocks in it?", "red bowl"),
    ("is every bowl empty?", "No"),
    ("is any bowl empty?", "Yes"),
    ("are none of the bowls empty?", "No"),
    ("could you tell me which blocks are not in a bowl?", "yellow block"),
    ("which cubes are outside the bowls?", "yellow block"),
])
def test_questions(text: str, has: str) -> None:
    assert has in reply(text, crowded())


def test_all_bowls_empty_when_they_are() -> None:
    assert reply("are all the bowls empty?", crowded()).startswith("No")
    _, f = outcome("take every block out of the bowls", crowded())
    assert not any(holds(Rel("in", b, bowl), f) for b in (R, G, O, B) for bowl in (WB, PB, RB))


def test_most_blocks_ties_name_every_bowl() -> None:
    text = reply("which bowl has the most blocks?", desk())
    assert "white bowl" in text and "purple bowl" not in text
    assert not isinstance(plan_of("which bowl has the fewest blocks?", desk()).steps[0], Ask)


@pytest.mark.parametrize("text", [
    "put the yellow block in the purple bowl but the orange block remains where it is",
    "leave the orange block alone whilst you are putting the yellow block in the purple bowl",
    "don't touch the orange block while you move the yellow block into the purple bowl",
])
def test_a_command_with_a_block_to_leave_alone(text: str) -> None:
    i, f = outcome(text, desk())
    assert holds(Rel("in", Y, PB), f) and f.support[O] == i.support[O]


def test_everything_but_a_block_is_still_an_exclusion() -> None:
    _, f = outcome("throw away everything but the orange block", desk())
    assert not holds(Rel("in_bin", O), f) and holds(Rel("in_bin", G), f)


@pytest.mark.parametrize("text", [
    "put the green block in the purple bowl, but first throw away the orange block",
    "put the green block in the purple bowl; before that, bin the orange block",
])
def test_a_step_said_to_come_first(text: str) -> None:
    plan = plan_of(text, desk())
    assert plan.steps[0].object == O and holds(Rel("in", G, PB), outcome(text, desk())[1])


@pytest.mark.parametrize(("text", "rel"), [
    ("whatever is in the white bowl, move it to the middle", Rel("at", P, "middle")),
    ("the block on the red block, throw it away", Rel("in_bin", B)),
])
def test_a_topic_then_a_command_about_it(text: str, rel: Rel) -> None:
    _, f = outcome(text, desk())
    assert holds(rel, f)


@pytest.mark.parametrize(("text", "rel"), [
    ("the orange block is not going on the green block, put it in the purple bowl", Rel("in", O, PB)),
    ("the green block shouldn't be in the white bowl, stick it at the middle", Rel("at", G, "middle")),
    ("the yellow block is going in the purple bowl", Rel("in", Y, PB)),
])
def test_it_after_a_negated_statement_is_its_subject(text: str, rel: Rel) -> None:
    _, f = outcome(text, desk())
    assert holds(rel, f)


@pytest.mark.parametrize("text", [
    "put every block into bowls",
    "move all the cubes into bowls, any bowl is fine",
    "get all the blocks in some bowls, I don't mind which",
])
def test_all_blocks_into_bowls_is_each_in_some_bowl(text: str) -> None:
    _, f = outcome(text, desk())
    assert all(f.base(b) in f.bowls for b in f.blocks)


def test_the_bowl_with_the_most_or_fewest_blocks() -> None:
    _, f = outcome("drop the yellow block into the bowl with the most blocks", crowded())
    assert holds(Rel("in", Y, WB), f)
    _, f = outcome("put the yellow block in the bowl with the least blocks", desk())
    assert holds(Rel("in", Y, PB), f)
    _, f = outcome("put the yellow block in the bowl with the fewest blocks", crowded())
    assert holds(Rel("in", Y, RB), f)


def test_a_blocks_nearest_neighbour_is_the_block_nearest_it() -> None:
    _, f = outcome("the green block's closest neighbor goes in the purple bowl", desk())
    _, g = outcome("the block nearest the green block goes in the purple bowl", desk())
    moved = [b for b in f.blocks if holds(Rel("in", b, PB), f)]
    assert moved and moved == [b for b in g.blocks if holds(Rel("in", b, PB), g)] and G not in moved


@pytest.mark.parametrize("text", [
    "switch the red block with the blue block",
    "exchange the blue block and the red block",
    "swap round the red block and the blue block",
    "trade the red block and the blue block over",
])
def test_swap_two_blocks(text: str) -> None:
    _, f = outcome(text, crowded())
    assert holds(Rel("in", R, PB), f) and holds(Rel("in", B, WB), f)


def test_swap_refuses_a_block_on_a_bare_spot() -> None:
    with pytest.raises(PlanningError, match="cannot swap"):
        plan_of("swap the green block and the orange block around", desk())


def test_spread_out_so_every_corner_has_a_block() -> None:
    _, f = outcome("spread out the cubes so that every corner has one", desk())
    assert all(any(holds(Rel("at", b, c), f) for b in f.blocks)
               for c in ("top left corner", "top right corner", "bottom left corner", "bottom right corner"))


@pytest.mark.parametrize(("text", "word"), [
    ("bin most of the cubes", "most"),
    ("scoot the green block over yonderwards", "yonderwards"),
])
def test_what_is_not_understood_is_named(text: str, word: str) -> None:
    with pytest.raises(PlanningError, match=word):
        plan_of(text, desk())
