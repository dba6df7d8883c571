"""The kinds of request the thirteenth untuned batch (`benchmarks.language_fresh12`) found missing, each said in other
words than the batch: a label before a colon, predicate and tuple notation, 'the bin contains X', 'X rests on Y with
nothing on top of it', 'report the colour of ...', 'name every block in W', 'sort these blocks' (a stray colour
taken out of its bowl), 'then verify', 'whatever sits on X', and a run's end."""

from __future__ import annotations

import pytest

from sim.core.relations import Rel, holds
from tests.agent.test_understanding_fresh6 import crowded
from tests.agent.test_understanding_more import PB, RB, WB, B, G, O, P, R, Y, desk, outcome, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl. crowded(): the red and green blocks in the white bowl (the orange block on the green one);
# the blue block in the purple bowl; a loose yellow block; an empty red bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("objective for this trial: the green block in the purple bowl", [Rel("in", G, PB)]),
    ("Team, today's job: bin the yellow block", [Rel("in_bin", Y)]),
    ("acceptance criteria: on(orange, yellow) and in(green, bowl(purple))", [Rel("on", O, Y), Rel("in", G, PB)]),
    ("target: in(yellow, bin)", [Rel("in_bin", Y)]),
    ("final state: tower(bottom -> top) = green, yellow, orange", [Rel("on", Y, G), Rel("on", O, Y)]),
    ("the purple bowl holds only the orange block", [Rel("in", O, PB)]),
    ("the bin contains the green block and the yellow block; nothing else changes", [Rel("in_bin", G), Rel("in_bin", Y)]),
    ("the blue block sits directly on the table with nothing on top of it", [Rel("on_table", B)]),
    ("experiment 2: put the orange block on the green block, then check", [Rel("on", O, G)]),
    ("whatever rests on the red block - put it in the purple bowl", [Rel("in", B, PB)]),
    ("I hope to see the green block in the purple bowl by the end of the episode", [Rel("in", G, PB)]),
])
def test_labels_and_notation(text: str, rels: list[Rel]) -> None:
    i, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)
    if "nothing else" in text:
        assert all(f.support[b] == i.support[b] for b in (R, B, O, P))


def test_a_label_that_is_a_verb_or_a_tower_stays() -> None:
    _, f = outcome("build a stack: yellow, then orange", desk())
    assert holds(Rel("on", O, Y), f)


def test_questions_as_reports() -> None:
    assert "red" in reply("report the colour of the block under the blue one", desk()).lower()
    assert "pink block" in reply("status check: name every block in the white bowl", desk())
    assert reply("Q: is the pink block in the white bowl?", desk()).startswith("Yes")


def test_sorting_takes_a_stray_colour_out_of_its_bowl() -> None:
    _, f = outcome("sort these blocks into the bowls by colour", crowded())
    assert holds(Rel("in", R, RB), f)
    assert f.base(B) != PB and f.base(G) != WB and f.base(O) != WB
