"""The kinds of request the eleventh untuned batch (`benchmarks.language_fresh10`) found missing, each said in other
words than the batch: words taken back mid-sentence, pick lists, a condition checked by looking, comparisons asked of
two bowls, 'it' after emptying a bowl, 'any block that ..., do it', passives and 'is to be', a bowl that should 'get' a
block, 'X underneath Y', 'exactly one block in W, and that is X', 'nothing else moves' and verbs of unknown words
said of 'everything'."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_fresh6 import crowded
from tests.agent.test_understanding_more import PB, RB, WB, B, G, O, P, R, Y, desk, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl. crowded(): the red and green blocks in the white bowl (the orange block on the green one);
# the blue block in the purple bowl; a loose yellow block; an empty red bowl.


@pytest.mark.parametrize(("text", "rels", "not_rels"), [
    ("drop the yellow block, no, the orange block, in the purple bowl", [Rel("in", O, PB)], [Rel("in", Y, PB)]),
    ("stack the green block on the yellow block -- sorry, I meant on the orange block", [Rel("on", G, O)], [Rel("on", G, Y)]),
    ("put the orange block in the white bowl, oops, make it the purple bowl", [Rel("in", O, PB)], [Rel("in", O, WB)]),
    ("the yellow block goes in the bin; no wait, it goes in the purple bowl", [Rel("in", Y, PB)], [Rel("in_bin", Y)]),
    ("bin the green block, and the orange block, no, leave the orange block alone", [Rel("in_bin", G)], [Rel("in_bin", O)]),
    ("move the blue block to the bin and then the green block - my mistake, the yellow block - to the purple bowl",
     [Rel("in", Y, PB), Rel("in_bin", B)], [Rel("in", G, PB)]),
])
def test_words_taken_back_mid_sentence(text: str, rels: list[Rel], not_rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels) and not any(holds(r, f) for r in not_rels)


def test_no_without_a_pause_is_still_a_negation() -> None:
    _, f = outcome("green block no move. orange block put in purple bowl", desk())
    assert holds(Rel("in", O, PB), f) and f.support[G] == "table"


@pytest.mark.parametrize("text", [
    "to do list: 1. green block -> purple bowl 2. yellow block -> bin",
    "green block: purple bowl. yellow block: bin",
    "a) green block into the purple bowl b) yellow block into the bin",
])
def test_pick_lists(text: str) -> None:
    _, f = outcome(text, desk())
    assert holds(Rel("in", G, PB), f) and holds(Rel("in_bin", Y), f)


def test_a_condition_is_checked_by_looking() -> None:
    _, f = outcome("if the pink block is in a bowl, take it out and put it on the table; otherwise bin it", desk())
    assert f.support[P] == "table"
    _, f = outcome("if the green block is in a bowl, lift it out onto the table, if not, throw it in the bin", desk())
    assert holds(Rel("in_bin", G), f)
    _, f = outcome("if the purple bowl is empty, drop the orange block into it", desk())
    assert holds(Rel("in", O, PB), f)
    assert "nothing to do" in reply("if there is a block in the red bowl, empty it", crowded())
    with pytest.raises(PlanningError, match="cannot tell"):
        plan_of("if the elephant is hungry, bin the green block", desk())


def test_which_of_two_bowls_has_more() -> None:
    assert reply("which bowl holds more blocks, the white bowl or the red bowl?", crowded()).startswith("The white bowl")
    assert reply("which has fewer blocks in it, the purple bowl or the white bowl?", crowded()).startswith("The purple")


@pytest.mark.parametrize(("text", "rels"), [
    ("empty the white bowl, then set the yellow block in it", [Rel("in", Y, WB)]),
    ("any block that sits in a bowl, put it on the table", [Rel("on_table", P)]),
    ("the yellow block is to be placed on the green block", [Rel("on", Y, G)]),
    ("the bowl with nothing in it should receive the green block", [Rel("in", G, PB)]),
    ("I'd like the yellow block underneath the orange block", [Rel("on", O, Y)]),
    ("exactly one block in the purple bowl, and that block is the yellow block", [Rel("in", Y, PB)]),
    ("the green block and the yellow block both in the bin; nothing else moves", [Rel("in_bin", G), Rel("in_bin", Y)]),
    ("chuck everything in the white bowl into the bin", [Rel("in_bin", P)]),
    ("I'd be interested to see the orange block perched on the yellow block", [Rel("on", O, Y)]),
])
def test_more_ways_to_say_a_goal(text: str, rels: list[Rel]) -> None:
    i, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)
    if "nothing else" in text:
        assert all(f.support[b] == i.support[b] for b in (R, B, O, P))


def test_any_block_that_fronted_is_each_of_them() -> None:
    _, f = outcome("any block that is in a bowl - lay it out on the table", crowded())
    assert all(f.base(b) not in (WB, PB, RB) for b in f.blocks)
