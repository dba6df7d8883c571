"""The kinds of request the tenth untuned batch (`benchmarks.language_fresh9`) found missing, each said in other words
than the batch: a phrase said before its verb, 'whichever', a free choice said aloud, contractions typed without
the apostrophe, 'after you have done X', 'off X onto Y', 'make that V', a goal stated for someone else, 'so that
...', 'meant for', 'but not into', a denial then where it goes, a bowl left alone with its contents, 'the block
nearest X' never one in X's tower, and 'it' after 'leave everything but X alone'."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_fresh6 import crowded
from tests.agent.test_understanding_more import BB, PB, RB, WB, B, G, O, P, R, Y, desk, loose, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl. crowded(): the red and green blocks in the white bowl (the orange block on the green one);
# the blue block in the purple bowl; a loose yellow block; an empty red bowl. loose(): five loose blocks, the green
# one nearest the blue bowl; red, blue and white bowls.


@pytest.mark.parametrize(("text", "rel"), [
    ("the pink block in the white bowl, could you set it down on the table", Rel("on_table", P)),
    ("both the green and orange blocks, chuck them in the purple bowl", Rel("in", O, PB)),
    ("every block in a bowl - tip them out onto the table please", Rel("on_table", P)),
    ("spread all the blocks in bowls out on the table", Rel("on_table", P)),
])
def test_a_phrase_said_before_its_verb(text: str, rel: Rel) -> None:
    _, f = outcome(text, desk())
    assert holds(rel, f)


def test_whichever_names_the_one_that_fits() -> None:
    _, f = outcome("drop the yellow block into whichever bowl the pink block is in", desk())
    assert holds(Rel("in", Y, WB), f)
    _, f = outcome("whichever block sits closest to the blue bowl, pop it in there", loose())
    assert holds(Rel("in", G, BB), f) and not f.in_bowl(RB)


@pytest.mark.parametrize("text", [
    "put any two blocks in the purple bowl, it doesn't matter which",
    "two blocks into the purple bowl, I don't mind which ones",
    "stick two blocks in the purple bowl, either will do",
])
def test_a_free_choice_said_aloud(text: str) -> None:
    _, f = outcome(text, desk())
    assert len(f.in_bowl(PB)) == 2


def test_contractions_without_the_apostrophe_and_after_you_have() -> None:
    _, f = outcome("once youve binned the green block, put the orange block on the yellow block", desk())
    assert holds(Rel("in_bin", G), f) and holds(Rel("on", O, Y), f)
    _, f = outcome("after you have dropped the green block in the bin, put the yellow block on the orange block", desk())
    assert holds(Rel("in_bin", G), f) and holds(Rel("on", Y, O), f)
    assert reply("how many blocks r in the white bowl", crowded()).startswith("3")
    _, f = outcome("when we have tossed the yellow block away, stack the orange block on the green block", desk())
    assert holds(Rel("in_bin", Y), f) and holds(Rel("on", O, G), f)


@pytest.mark.parametrize(("text", "rel"), [
    ("slide the blue block off the red block onto the table", Rel("on_table", B)),
    ("move the blue block off of the red one to the purple bowl", Rel("in", B, PB)),
    ("put the green block in the white bowl... oops, make that the purple bowl", Rel("in", G, PB)),
    ("set the orange block on the yellow block, sorry, I meant the green block", Rel("on", O, G)),
])
def test_off_onto_and_a_correction(text: str, rel: Rel) -> None:
    _, f = outcome(text, desk())
    assert holds(rel, f)


@pytest.mark.parametrize(("text", "rel"), [
    ("my nephew would love to see the green block in the purple bowl", Rel("in", G, PB)),
    ("the students want the orange block on the yellow block", Rel("on", O, Y)),
    ("our lab manager needs the yellow block in the bin", Rel("in_bin", Y)),
    ("the green block is meant for the purple bowl", Rel("in", G, PB)),
    ("the orange block isn't for the bin, it's supposed to go on the yellow block", Rel("on", O, Y)),
    ("there must be a stack consisting of the yellow and green blocks, with yellow at the very bottom", Rel("on", G, Y)),
    ("put the orange block on the yellow block and not the other way round", Rel("on", O, Y)),
    ("stand the orange block on the green block", Rel("on", O, G)),
    ("park the green block bang in the middle", Rel("at", G, "middle")),
])
def test_goals_for_someone_else_and_what_a_thing_is_for(text: str, rel: Rel) -> None:
    _, f = outcome(text, desk())
    assert holds(rel, f)


def test_a_nasty_third_party_frame_is_not_a_wish() -> None:
    with pytest.raises(PlanningError, match="hates"):
        plan_of("my nephew hates the green block in the purple bowl", desk())


def test_so_that_adds_to_the_goal_and_make_it_so_still_frames_it() -> None:
    _, f = outcome("take everything apart so that no block sits on another block", desk())
    assert f.support[B] == "table"
    _, f = outcome("make it so the purple bowl has exactly one block in it", desk())
    assert len(f.in_bowl(PB)) == 1
    _, f = outcome("rearrange things so that the green block is in the purple bowl", desk())
    assert holds(Rel("in", G, PB), f)


def test_but_not_into_and_a_denial_then_where() -> None:
    _, f = outcome("take the pink block out of the white bowl, but not into the purple bowl", desk())
    assert f.base(P) not in (WB, PB)
    _, f = outcome("put the green block in a bowl, but not into the white bowl", desk())
    assert holds(Rel("in", G, PB), f)
    _, f = outcome("the green block mustn't stay on the table; sit it on the yellow block", desk())
    assert holds(Rel("on", G, Y), f)
    _, f = outcome("no blocks left lying about on the table, they all go in the red bowl", crowded())
    assert holds(Rel("in", Y, RB), f)
    _, f = outcome("the green block should not be on the table", desk())  # any place but the table: a bowl, never the bin
    assert f.base(G) in f.bowls


def test_a_bowl_left_alone_keeps_its_contents_and_gets_nothing_new() -> None:
    _, f = outcome("don't touch the white bowl or anything inside it, and put every loose block in a bowl", desk())
    assert f.in_bowl(WB) == [P]
    assert holds(Rel("in", G, PB), f)


def test_it_after_leaving_everything_but_one_block_alone_is_that_block() -> None:
    i, f = outcome("leave everything but the green block alone; it goes in the purple bowl", desk())
    assert holds(Rel("in", G, PB), f)
    assert all(f.support[b] == i.support[b] for b in (R, B, Y, O, P))


def test_the_block_nearest_another_is_never_one_in_its_tower() -> None:
    _, f = outcome("put the block nearest to the red block in the purple bowl", desk())
    assert f.support[B] == R and f.in_bowl(PB) and f.in_bowl(PB)[0] != B


def test_a_count_into_the_bowls_spreads_them() -> None:
    i, f = outcome("put two blocks into the bowls", desk())
    inside = [b for b in f.blocks if f.base(b) in (WB, PB)]
    assert len(inside) == 3 and i.base(P) == f.base(P)
