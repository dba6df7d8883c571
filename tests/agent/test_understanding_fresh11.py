"""The kinds of request the twelfth untuned batch (`benchmarks.language_fresh11`) found missing, each said in other
words than the batch: a question asked before a command (answered, then done), 'add a block' meaning one more,
'X, but not in W' after a definite place, object-first with 'you', a causative ('make X go in W'), sentences run
together with '!!!', trailing tags ('that's all', 'after'), 'don't use the bin', 'don't pile anything on it', 'fill
the gap in W with X', 'no no don't ...', and questions with 'anywhere' or 'excuse me'."""

from __future__ import annotations

import pytest

from agent.primitives import Done
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_fresh6 import crowded
from tests.agent.test_understanding_more import PB, RB, WB, B, G, O, P, R, Y, desk, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl. crowded(): the red and green blocks in the white bowl (the orange block on the green one);
# the blue block in the purple bowl; a loose yellow block; an empty red bowl.


def test_a_question_then_a_command_answers_and_acts() -> None:
    plan = plan_of("how many blocks are in the white bowl? ok now add one more", desk())
    done = plan.steps[-1]
    assert isinstance(done, Done) and done.summary.startswith("1")
    _, f = outcome("how many blocks are in the white bowl? ok now add one more", desk())
    assert len(f.in_bowl(WB)) == 2
    _, f = outcome("where's the orange block? when you've found it, drop it into the purple bowl", desk())
    assert holds(Rel("in", O, PB), f)


def test_add_means_one_more() -> None:
    _, f = outcome("add a block to the white bowl, just not the green one", desk())
    assert len(f.in_bowl(WB)) == 2 and not holds(Rel("in", G, WB), f)
    _, f = outcome("put another block in the purple bowl", crowded())
    assert len(f.in_bowl(PB)) == 2


@pytest.mark.parametrize(("text", "rel"), [
    ("the pink block needs to be on the table, not in the white bowl", Rel("on_table", P)),
    ("green block u put in purple bowl thx", Rel("in", G, PB)),
    ("could you make the yellow block end up in the purple bowl?", Rel("in", Y, PB)),
    ("can the robot make the green block go into the bin plz", Rel("in_bin", G)),
    ("leave the blue block alone!!! just move the green block to the middle", Rel("at", G, "middle")),
    ("at the end I want the orange block in the purple bowl, that is all", Rel("in", O, PB)),
    ("I hope the yellow block can be in the purple bowl afterwards", Rel("in", Y, PB)),
    ("move the yellow block to the middle and do not stack anything on top of it", Rel("at", Y, "middle")),
    ("no, no, don't bin the green block, pop it in the purple bowl", Rel("in", G, PB)),
    ("could you kindly set the orange block on the yellow block, I would be ever so grateful", Rel("on", O, Y)),
])
def test_more_everyday_phrasings(text: str, rel: Rel) -> None:
    i, f = outcome(text, desk())
    assert holds(rel, f)
    if "leave the blue block alone" in text:
        assert f.support[B] == i.support[B]


def test_a_bowl_emptied_without_the_bin_and_a_gap_filled() -> None:
    _, f = outcome("empty the white bowl, but don't use the bin", crowded())
    assert not f.in_bowl(WB) and not any(f.base(b) == "bin" for b in f.blocks)
    _, f = outcome("move the blue block from the purple bowl to the red bowl, then fill the gap in the purple bowl with the "
                   "yellow block", crowded())
    assert holds(Rel("in", B, RB), f) and holds(Rel("in", Y, PB), f)


def test_questions_with_tags() -> None:
    assert reply("is there a yellow block anywhere?", desk()).startswith("Yes")
    assert reply("excuse me, is the pink block in the white bowl?", desk()).startswith("Yes")
    assert reply("sorry, is the red block in the bin?", desk()).startswith("No")


def test_every_matched_block_said_without_articles() -> None:
    _, f = outcome("blocks that have bowl of same colour, they go in that bowl", crowded())
    assert holds(Rel("in", R, RB), f) and f.support[O] == G
