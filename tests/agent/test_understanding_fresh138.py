"""What the hundred-and-thirty-ninth to hundred-and-forty-fourth untuned batches (`benchmarks.language_fresh138` to
`language_fresh143`) found missing, said in other words than the batches: a block alone somewhere ('on its own', 'by
itself', 'the sole block', 'nothing but X'), blocks together or apart ('sharing a bowl', 'wherever Y is', 'in
different bowls', 'in one stack'), the same words in questions, either/neither/whichever, room in a bowl ('fill W up',
'make room for X'), the bin emptied, and a block brought back ('..., then put it back'). Also the wrong actions they
found: 'make X the only block in W' left the others in, 'a different bowl from the green block' chose the green bowl,
'the leftmost block and the white block' moved one block."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.perceived import Scene
from tests.agent.test_understanding_more import BB, CB, PB, WB, B, G, O, P, R, Y, obj, outcome, plan_of, reply


def crowded() -> Scene:
    """The pink and orange blocks in the white bowl; the blue block in the purple bowl; an empty cyan bowl; the green
    block on the red block; a loose yellow block (the leftmost block)."""
    return Scene(objects=[obj(WB, pos=(0.38, 0.16)), obj(P, WB, (0.36, 0.16), 0.03), obj(O, WB, (0.41, 0.17), 0.03),
                          obj(PB, pos=(0.64, 0.16)), obj(B, PB, (0.64, 0.16), 0.03), obj(CB, pos=(0.66, -0.16)),
                          obj(R, pos=(0.50, 0.02)), obj(G, R, (0.50, 0.02), 0.06), obj(Y, pos=(0.45, -0.25))])


def coloured() -> Scene:
    """crowded(), with a blue bowl and a green bowl that hold nothing."""
    return Scene(objects=[*crowded().objects, obj(BB, pos=(0.30, -0.10)), obj("green bowl", pos=(0.58, -0.02))])


def alone_in(block: str, bowl: str):
    return lambda i, f: f.base(block) == bowl and all(f.base(b) != bowl for b in f.blocks if b != block)


@pytest.mark.parametrize(("text", "check"), [
    ("Have the yellow block be the sole block in the white bowl.", alone_in(Y, WB)),
    ("Make the pink block the one and only thing in the white bowl.", alone_in(P, WB)),
    ("Pop the red block into the purple bowl all by itself.", alone_in(R, PB)),
    ("The yellow block should live in the white bowl on its own.", alone_in(Y, WB)),
    ("No other blocks in the white bowl please - just the orange block.", alone_in(O, WB)),
    ("Put the yellow block in the purple bowl; I don't want any other blocks in it, only the yellow block.", alone_in(Y, PB)),
    ("I want nothing except the blue block in the white bowl.", alone_in(B, WB)),
    ("Set the yellow block down in the white bowl and make sure it is the only block there.", alone_in(Y, WB)),
    ("The orange block is to stay in the white bowl; leave it in there by itself.", alone_in(O, WB)),
    ("Don't let any other block sit in the purple bowl with the blue block.", alone_in(B, PB)),
])
def test_a_block_said_to_be_alone_in_a_bowl_is_the_only_one_there(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f)
    assert "gripper" not in f.support.values()


def test_alone_in_some_bowl_takes_the_bowl_with_least_to_clear() -> None:
    i, f = outcome("I'd like the green block to have a bowl all to itself.", crowded())
    assert f.base(G) == CB and f.base(P) == WB and f.base(B) == PB  # the empty bowl: nothing else moves


@pytest.mark.parametrize(("text", "check"), [
    ("The yellow block ought to be sharing a bowl with the blue block.", lambda i, f: f.base(Y) == f.base(B) in (WB, PB, CB)),
    ("Drop the yellow block in wherever the blue block is.", lambda i, f: f.base(Y) == PB),
    ("Put the red block in the white bowl, along with the yellow block.", lambda i, f: f.base(R) == WB and f.base(Y) == WB),
    ("Place the yellow block into the same bowl the blue block is in.", lambda i, f: f.base(Y) == PB),
    ("Get the leftmost block and the blue block into the same bowl.", lambda i, f: f.base(Y) == f.base(B) in (WB, PB, CB)),
    ("Put the yellow block in the blue block's bowl.", lambda i, f: f.base(Y) == PB),
])
def test_blocks_said_to_be_together_share_a_bowl(text: str, check) -> None:
    i, f = outcome(text, coloured())
    assert check(i, f)


@pytest.mark.parametrize(("text", "check"), [
    ("Put the yellow block in a different bowl from the blue block.", lambda i, f: f.base(Y) in (WB, CB, BB, "green bowl")),
    ("Split the leftmost block and the red block up so they're in separate bowls.",
     lambda i, f: f.base(Y) != f.base(R) and {f.base(Y), f.base(R)} <= {WB, PB, CB, BB, "green bowl"}),
    ("The yellow block and the red block both go in bowls, but not both in the same one.",
     lambda i, f: f.base(Y) != f.base(R) and {f.base(Y), f.base(R)} <= {WB, PB, CB, BB, "green bowl"}),
    ("Make sure the block that's in the purple bowl stays in one bowl and the yellow block goes in another.",
     lambda i, f: f.base(B) == PB and f.base(Y) in (WB, CB, BB, "green bowl")),
])
def test_blocks_said_to_be_apart_go_in_different_bowls(text: str, check) -> None:
    i, f = outcome(text, coloured())
    assert check(i, f)


def test_a_different_bowl_from_a_block_is_never_the_bowl_of_its_colour() -> None:
    """'a different bowl from the green block' once went into the green bowl: the block's colour read as a bowl's."""
    i, f = outcome("Put the yellow block in a different bowl from the blue block.", coloured())
    assert f.base(Y) != PB


@pytest.mark.parametrize(("text", "check"), [
    ("The yellow block and the red block should end up in one stack.", lambda i, f: f.base(Y) == f.base(R) and (f.support[Y] in (R, G) or f.support[R] == Y)),
    ("I'd like the yellow block on the same pile as the red block.", lambda i, f: f.support[Y] == G and f.support[G] == R),
    ("Without moving the red block, get the yellow block into one stack with it.", lambda i, f: f.support[R] == i.support[R] and f.support[Y] == G),
])
def test_blocks_said_to_share_a_stack_end_in_one_tower(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f)


def test_where_a_block_is_means_its_bowl_and_is_refused_when_it_is_in_none() -> None:
    with pytest.raises(PlanningError, match="in no bowl"):
        plan_of("Move the yellow block to wherever the green block is.", crowded())


def test_questions_about_blocks_alone_and_sharing() -> None:
    scene = crowded()
    assert reply("Does the blue block have the bowl to itself?", scene).startswith("Yes")
    assert reply("Is the pink block sitting all alone in its bowl?", scene).startswith("No")
    assert reply("Does the purple bowl contain only the blue block?", scene).startswith("Yes")
    assert "orange block" in reply("Which block shares a bowl with the pink block?", scene)
    assert reply("How many blocks aren't sharing a bowl with the orange block?", scene).startswith("4")
    assert reply("Apart from the yellow block, how many blocks are on the table?", scene).startswith("2")  # red, and green on it
    assert "blue block" in reply("What's the sole block in the purple bowl?", scene)


def test_what_is_asked_is_never_done() -> None:
    """'is X alone in W?' is a question, not a request to make it so."""
    plan = plan_of("Is the yellow block alone in the white bowl?", crowded())
    assert [s.primitive for s in plan.steps] == ["answer"]


def test_everything_but_a_block_off_the_table_goes_in_the_bin() -> None:
    i, f = outcome("Take every block but the red block off the table.", crowded())
    assert f.support[R] == i.support[R] and f.base(Y) == "bin" and f.base(G) == "bin" and f.base(P) == WB  # in a bowl: off the table


def test_one_block_in_a_bowl_but_not_a_named_one() -> None:
    """'a single block in W, any block except X' once did nothing with X and another block in W."""
    i, f = outcome("There should be only one block in the white bowl, any one but the orange block.", crowded())
    assert f.base(O) != WB and f.base(P) == WB


# FRESH140-141 (`benchmarks.language_fresh140`, `language_fresh141`): either/neither/whichever, and room in a bowl


@pytest.mark.parametrize(("text", "check"), [
    ("Grab whichever of the yellow block and the blue block is not in a bowl and drop it in the cyan bowl.",
     lambda i, f: f.base(Y) == CB and f.base(B) == PB),
    ("Nothing should be left in either the white bowl or the purple bowl.", lambda i, f: not f.in_bowl(WB) and not f.in_bowl(PB)),
    ("Put either one or two of the blocks in the bin.", lambda i, f: 1 <= sum(f.base(b) == "bin" for b in f.blocks) <= 2),
    ("Please don't leave the blue block in either of the bowls.", lambda i, f: f.base(B) not in (WB, PB, CB)),
    ("Neither the green block nor the blue block ought to sit on top of another block.", lambda i, f: f.support[G] not in f.blocks),
])
def test_either_neither_and_whichever(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f)
    assert "gripper" not in f.support.values()


@pytest.mark.parametrize(("text", "check"), [
    ("Top the cyan bowl up with blocks from the table, please.", lambda i, f: len(f.in_bowl(CB)) == 3 and f.base(B) == PB),  # all three there
    ("Fill the purple bowl to the brim.", lambda i, f: len(f.in_bowl(PB)) == 4),
    ("Take all but one of the blocks out of the white bowl.", lambda i, f: len(f.in_bowl(WB)) == 1),
    ("Could you make room for the yellow block in the white bowl?", lambda i, f: f.base(Y) == WB),
    ("The white bowl is too crowded - one block in it is enough.", lambda i, f: len(f.in_bowl(WB)) == 1),
])
def test_room_in_a_bowl(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f)


# FRESH142-143 (`benchmarks.language_fresh142`, `language_fresh143`): the bin, and blocks brought back


def binned() -> Scene:
    """crowded(), with the yellow block in the bin instead of on the table."""
    objects = [o for o in crowded().objects if o.name != Y]
    return Scene(objects=[*objects, obj(Y, "bin", (0.10, -0.55), 0.02)])


@pytest.mark.parametrize(("text", "check"), [
    ("Tip whatever is in the bin out onto the table, then throw the red block away.", lambda i, f: f.base(Y) != "bin" and f.base(R) == "bin"),
    ("Take everything back out of the bin.", lambda i, f: f.base(Y) != "bin"),
    ("The blue block and the pink block are keepers; everything else on the table goes in the bin.",
     lambda i, f: f.base(B) == PB and f.base(P) == WB and f.base(R) == "bin" and f.base(G) == "bin"),
    ("Clear away the green block, and none of the blocks may go in the bin.", lambda i, f: all(f.base(b) != "bin" for b in (R, G, B, P, O))),
])
def test_the_bin_emptied_and_kept(text: str, check) -> None:
    i, f = outcome(text, binned())
    assert check(i, f)


@pytest.mark.parametrize(("text", "check"), [
    ("Lift the blue block out of the purple bowl for a second, then put it back.", lambda i, f: f.base(B) == PB),
    ("Put the green block in the cyan bowl and then return it to where it was.", lambda i, f: f.support[G] == R),
    ("Move the pink block onto the yellow block; after that, undo that.", lambda i, f: f.base(P) == WB),
    ("Set the green block down on the table, then on the red block again.", lambda i, f: f.support[G] == R),
    ("Keep the red block where it is while you take the blue block to the cyan bowl and bring it back.", lambda i, f: f.base(B) == PB),
])
def test_a_block_brought_back_ends_where_it_began(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f)


def test_a_block_brought_back_moves_both_ways() -> None:
    plan = plan_of("Put the orange block in the cyan bowl, then put it back.", crowded())
    assert [s.describe() for s in plan.steps if s.primitive == "place"] == ["place(cyan bowl)", "place(white bowl)"]


def test_back_to_a_bare_spot_of_the_table_is_refused_not_half_done() -> None:
    """'back' from a corner to a bare spot of the table: on the table already holds at the corner, so it is refused."""
    with pytest.raises(PlanningError, match="bare spot"):
        plan_of("Move the yellow block to the top left corner for a moment, then put it back.", crowded())
