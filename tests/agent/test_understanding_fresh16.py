"""The kinds of request the seventeenth untuned batch (`benchmarks.language_fresh16`) found missing, each said in other
words than the batch: key-value and JSON commands, interruptions and restarts, German, Spanish and French word order and
tags, a tutorial narrator, a methods section, and questions asked as reports."""

from __future__ import annotations

import pytest

from sim.core.lexicon import BIN
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_fresh6 import crowded
from tests.agent.test_understanding_more import PB, WB, G, O, P, R, Y, desk, one_tower, outcome, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl. crowded(): the red and green blocks in the white bowl (the orange block on the green one);
# the blue block in the purple bowl; a loose yellow block; an empty red bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("verb=move item=yellow block destination=purple bowl", [Rel("in", Y, PB)]),
    ('{"pick": "green block", "place": "orange block"}', [Rel("on", G, O)]),
    ('[{move: yellow block, to: bin}, {move: orange block, to: purple bowl}]', [Rel("in_bin", Y), Rel("in", O, PB)]),
    ("put the orange - hold on, the phone is ringing - ok, put the orange cube in the purple bowl", [Rel("in", O, PB)]),
    ("first the green block onto the - just a sec - onto the yellow block", [Rel("on", G, Y)]),
    ("Set you the green block on the orange block, ja?", [Rel("on", G, O)]),
    ("The yellow block, we want it in the purple bowl.", [Rel("in", Y, PB)]),
    ("Voilà: the orange block is in the purple bowl, this is what we want.", [Rel("in", O, PB)]),
    ("what we're going to do next is put the green block in the bin", [Rel("in_bin", G)]),
    ("and by the end of this video the yellow block is gonna be in the purple bowl", [Rel("in", Y, PB)]),
    ("The manipulator is first to place the green block upon the yellow block, and subsequently to place the orange block "
     "upon the green block.", [Rel("on", G, Y), Rel("on", O, G)]),
    ("The yellow block is to be relocated to the purple bowl.", [Rel("in", Y, PB)]),
])
def test_structured_interrupted_and_foreign_word_order(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


def test_a_key_value_command_with_a_block_kept() -> None:
    i, f = outcome("action=bin object=yellow block keep_fixed=orange block", desk())
    assert f.base(Y) == BIN and f.support[O] == i.support[O]


def test_while_one_stays_another_moves() -> None:
    i, f = outcome("While the orange block is to stay where it is, the green block is to go in the purple bowl.", desk())
    assert holds(Rel("in", G, PB), f) and f.support[O] == i.support[O]


def test_all_into_the_bin_but_not_two() -> None:
    _, f = outcome("Everything into the bin, no? But not the green and not the yellow one.", desk())
    assert f.base(G) != BIN and f.base(Y) != BIN and f.base(O) == BIN


def test_we_are_not_going_to_touch_this_tower() -> None:
    i, f = outcome("we're not gonna touch this tower here - what we're gonna do is drop the pink block in the white bowl",
                   one_tower())
    assert holds(Rel("in", P, WB), f) and all(f.support[b] == i.support[b] for b in (R, Y, G))


def test_everything_in_a_bowl_all_of_it_goes_in_the_bin() -> None:
    _, f = outcome("everything that's in the white bowl, all of it, goes in the trash", crowded())
    assert all(f.base(b) == BIN for b in (R, G, O))


@pytest.mark.parametrize(("text", "want"), [
    ("The pink cube, where is it?", "white bowl"),
    ("Stands the blue block on the red block, or no?", "Yes"),
    ("so what have we got in the white bowl right now?", "pink block"),
    ("Please state whether the purple bowl contains any blocks.", "No"),
    ("Report whether the green block is on the table.", "Yes"),
])
def test_questions_as_reports_and_word_order(text: str, want: str) -> None:
    assert want in reply(text, desk())
