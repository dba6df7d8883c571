"""The kinds of request the sixteenth untuned batch (`benchmarks.language_fresh15`) found missing, each said in other
words than the batch: dictation (spoken punctuation, sound-alike colours), stage directions, an engineer's fields and
jargon, sarcasm, telegraphic requests, and yes/no questions with their verb left out."""

from __future__ import annotations

import pytest

from sim.core.lexicon import BIN
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_fresh6 import crowded
from tests.agent.test_understanding_more import PB, RB, WB, B, G, O, P, R, Y, desk, outcome, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl. crowded(): the red and green blocks in the white bowl (the orange block on the green one);
# the blue block in the purple bowl; a loose yellow block; an empty red bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("put the yellow block in the purple bowl full stop then put the green block on it period", [Rel("in", Y, PB),
                                                                                                 Rel("on", G, Y)]),
    ("goal colon the orange block is in the purple bowl comma the green block is in the bin", [Rel("in", O, PB),
                                                                                               Rel("in_bin", G)]),
    ("stack the green block on the blew block", [Rel("on", G, B)]),
    ("The gripper takes hold of the yellow block, lifts it clear and drops it into the purple dish.", [Rel("in", Y, PB)]),
    ("FADE IN. The robot arm picks up the orange cube and places it on the green cube.", [Rel("on", O, G)]),
    ("Pick target: yellow block. Place target: the purple bowl.", [Rel("in", Y, PB)]),
    ("pick green block, place pose = top of yellow block", [Rel("on", G, Y)]),
    ("target state: green block supported by orange block. execute.", [Rel("on", G, O)]),
    ("ugh. put the orange block in the bin already. how hard can that be", [Rel("in_bin", O)]),
    ("move orange block top of yellow", [Rel("on", O, Y)]),
    ("We need the green block in the purple bowl for the next take.", [Rel("in", G, PB)]),
])
def test_dictation_stage_jargon_and_telegraph(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


def test_pick_and_place_for_all_but_one() -> None:
    _, f = outcome("run pick-and-place to the bin for all blocks, excluding the yellow block", desk())
    assert f.base(Y) != BIN and all(f.base(b) == BIN for b in (G, O, P, B, R))


def test_the_robot_finds_a_bowl_and_drops_a_block_into_it() -> None:
    _, f = outcome("The robot locates the empty bowl and puts the yellow block into it.", desk())
    assert holds(Rel("in", Y, PB), f)


def test_nothing_else_moves() -> None:
    i, f = outcome("The arm places the yellow block on the green block. Nothing else here changes.", desk())
    assert holds(Rel("on", Y, G), f) and all(f.support[b] == i.support[b] for b in (R, B, O, P))


def test_a_sarcastic_question_is_a_request() -> None:
    _, f = outcome("would it kill you to put the blocks in the bowls that are their colour?", crowded())
    assert holds(Rel("in", R, RB), f)


def test_a_telegraphic_question_is_answered() -> None:
    assert reply("blue cube on red cube?", desk()).startswith("Yes")
    assert reply("green block in white bowl?", desk()).startswith("No")


def test_one_per_bowl_no_more() -> None:
    _, f = outcome("one cube per bowl, no more.", desk())
    assert len(f.in_bowl(WB)) == 1 == len(f.in_bowl(PB))


def test_dont_you_dare() -> None:
    i, f = outcome("put the green block in the purple bowl and don't you dare touch the yellow block", desk())
    assert holds(Rel("in", G, PB), f) and f.support[Y] == i.support[Y]


def test_first_this_then_that_goes_in_too() -> None:
    _, f = outcome("first the yellow block goes in the purple bowl, then the orange block goes in as well", desk())
    assert holds(Rel("in", Y, PB), f) and holds(Rel("in", O, PB), f)
