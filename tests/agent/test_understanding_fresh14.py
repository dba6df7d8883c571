"""The kinds of request the fifteenth untuned batch (`benchmarks.language_fresh14`) found missing, each said in other
words than the batch: a doer named before the verb ('the robot shall ...', 'then it drops ...'), texting, an elderly
speaker's courtesies and a parent's asides, similes, 'X alone in W', 'that bowl' for a bowl just named, fixed pieces,
matching said as a specification, and questions asked for someone else."""

from __future__ import annotations

import pytest

from sim.core.lexicon import BIN
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_fresh6 import crowded
from tests.agent.test_understanding_more import PB, RB, WB, B, G, O, R, Y, desk, one_tower, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl. crowded(): the red and green blocks in the white bowl (the orange block on the green one);
# the blue block in the purple bowl; a loose yellow block; an empty red bowl. one_tower(): red (bottom), yellow, green
# (top); the blue block in the cyan bowl; loose pink and orange blocks; an empty white bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("The robot will place the yellow cube in the purple container.", [Rel("in", Y, PB)]),
    ("the arm must put the green block on the yellow block", [Rel("on", G, Y)]),
    ("First the robot picks up the orange block, and then it drops the orange block in the rubbish.", [Rel("in_bin", O)]),
    ("yellow n green blocks go in the purple bowl k thx", [Rel("in", Y, PB), Rel("in", G, PB)]),
    ("itd b great if u put the orange block in the purple bowl", [Rel("in", O, PB)]),
    ("Might you be so very good, dear, as to put the green block upon the orange block? You're a star.", [Rel("on", G, O)]),
    ("I would be most grateful if the yellow block could find its way onto the orange block. I'd love that, ta.",
     [Rel("on", Y, O)]),
    ("bin the yellow block, like a crumb off a plate", [Rel("in_bin", Y)]),
    ("put the orange block on the green one - gently now, just like we did yesterday", [Rel("on", O, G)]),
    ("take the green block to the middle of the table surface", [Rel("at", G, "middle")]),
])
def test_doers_texting_courtesies_and_similes(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


def test_an_aside_about_which_ones_and_not_one_more() -> None:
    _, f = outcome("please put exactly two cubes - any two you like, I'm not picky - in the purple bowl, and not one more",
                   desk())
    assert len(f.in_bowl(PB)) == 2


def test_alone_in_a_bowl() -> None:
    _, f = outcome("target configuration: the green block all by itself in the white bowl", desk())
    assert f.in_bowl(WB) == [G]


def test_that_bowl_is_the_bowl_just_named() -> None:
    _, f = outcome("the robot shall put the block closest to the purple bowl in that bowl", desk())
    assert len(f.in_bowl(PB)) == 1


def test_for_each_block_that_is_stacked() -> None:
    _, f = outcome("For every block sitting on another block, the robot shall move that block to the table.", one_tower())
    assert not any(f.support[b] in f.blocks for b in f.blocks)


def test_fixed_pieces_stay() -> None:
    i, f = outcome("Goal: the yellow cube in the bin. Fixed blocks (may not be moved): every block in a bowl.", crowded())
    assert f.base(Y) == BIN and all(f.support[b] == i.support[b] for b in (R, G, O, B))


def test_a_narrated_reason_is_no_request() -> None:
    _, f = outcome("put the yellow block in the red bowl, we're tidying up before dinner", crowded())
    assert holds(Rel("in", Y, RB), f)


def test_matching_said_as_a_specification() -> None:
    _, f = outcome("Post-condition: each block whose colour matches the colour of a bowl is contained in that bowl.",
                   crowded())
    assert holds(Rel("in", R, RB), f)


def test_everything_flat_none_of_them_in_a_bowl() -> None:
    _, f = outcome("make all the blocks rest on the table: none of them in a bowl and none of them piled on another",
                   crowded())
    assert all(holds(Rel("on_table", b), f) for b in f.blocks)


@pytest.mark.parametrize(("text", "want"), [
    ("Excuse me, robot dear, but would you tell an old lady where the yellow block has gone? My glasses are upstairs.",
     "table"),
    ("Query: is the blue block supported by the red block? Answer yes or no.", "Yes"),
    ("Sam would like to know which bowl the pink block is in. Could you tell him?", "white bowl"),
])
def test_questions_for_someone_else(text: str, want: str) -> None:
    assert want in reply(text, desk())


def test_a_request_asked_as_a_question_is_never_answered_with_help() -> None:
    _, f = outcome("could you show the class how you would put the green block in the purple bowl?", desk())
    assert holds(Rel("in", G, PB), f)
    text = plan_of("why is the sky blue?", desk()).steps[0].text
    assert text.startswith("I can answer")
