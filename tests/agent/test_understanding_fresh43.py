"""The kinds of request the forty-fourth to forty-sixth untuned batches (`benchmarks.language_fresh43` to
`language_fresh45`) found missing, each said in other words than the batches: goals through a vague doing ('such
that', 'set things up with'), a place that 'has' a block, when the goal must hold said inside a sentence, summaries
after the steps, negated goals said loosely, fact lists, fragments, a spec's acceptance line, a formal letter, an
arm told to walk, and questions about what is in the way, a colour shared with a bowl, a status line and a future
wish asked about first."""

from __future__ import annotations

import pytest

from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState
from tests.agent.test_understanding_more import PB, WB, B, G, O, P, R, Y, desk, outcome, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl.


def _binned(state: SymState) -> list[str]:
    return [b for b in state.blocks if holds(Rel("in_bin", b), state)]


@pytest.mark.parametrize(("text", "rels"), [
    ("Shuffle things around in such a manner that the green block ends up in the purple bowl.", [Rel("in", G, PB)]),
    ("Could you arrange the table such that the orange block is on the yellow block?", [Rel("on", O, Y)]),
    ("Fix things up with the yellow block right under the green one.", [Rel("on", G, Y)]),
    ("We'd like it laid out so that the bottom right corner has the green block on it.", [Rel("at", G, "bottom right corner")]),
    ("The purple bowl should, at the very end, contain the orange block.", [Rel("in", O, PB)]),
    ("Green block into the purple bowl, after that the orange one too, so the bowl holds both.", [Rel("in", G, PB),
                                                                                                   Rel("in", O, PB)]),
    ("Whatever the blue block is resting on goes in the purple bowl.", [Rel("in", R, PB)]),
    ("First the blue block has to be taken off the red block, then the red block is to be placed in the purple bowl.",
     [Rel("in", R, PB)]),
    ("Have the yellow block placed onto the orange block.", [Rel("on", Y, O)]),
    ("Afterwards the green block should sit in the purple bowl, and the orange block should still be where it is now.",
     [Rel("in", G, PB), Rel("on_table", O)]),
])
def test_a_goal_said_through_a_vague_doing_or_a_time(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


@pytest.mark.parametrize(("text", "rels"), [
    ("Once it's all done, no block should still be stacked on another one, and nothing goes in the bin.",
     [Rel("on_table", B), Rel("in_bin", B, negated=True)]),
    ("The red block must not be below the blue block any more.", [Rel("on", B, R, negated=True)]),
    ("Afterwards there shouldn't be one single tower left.", [Rel("on", B, R, negated=True)]),
    ("white bowl: empty\npurple bowl: the green block", [Rel("in", P, WB, negated=True), Rel("in", G, PB)]),
    ("yellow cube: middle; then green cube: top right corner", [Rel("at", Y, "middle"), Rel("at", G, "top right corner")]),
    ("Orange -> purple bowl; green and yellow blocks stay put.", [Rel("in", O, PB), Rel("on_table", G), Rel("on_table", Y)]),
])
def test_a_negated_goal_or_a_list_of_facts(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)
    assert not _binned(f)


@pytest.mark.parametrize(("text", "rels"), [
    ("Orange block. Purple bowl.", [Rel("in", O, PB)]),
    ("Yellow cube. Top left corner. Thanks.", [Rel("at", Y, "top left corner")]),
    ("Red block. Nothing on it.", [Rel("on_table", B)]),
    ("Requirement: the green block sits in the purple bowl. Acceptance: green block inside purple bowl at end of run.",
     [Rel("in", G, PB)]),
    ("Dear robot, please be advised that the orange block is to be disposed of in the bin. Regards, Sam",
     [Rel("in_bin", O)]),
    ("Tip the full contents of the white bowl into the purple bowl.", [Rel("in", P, PB)]),
    ("Head over to the white bowl, take the pink block out of it, and set it on the table.", [Rel("on_table", P)]),
    ("Put the orange block in the bin. Then go back for the green block and throw that in too.",
     [Rel("in_bin", O), Rel("in_bin", G)]),
    ("The blue block looks a bit shaky, could you put it on the table?", [Rel("on_table", B)]),
    ("Sort it all out. I prefer every block standing on the table.", [Rel("on_table", B), Rel("on_table", P)]),
])
def test_fragments_specs_letters_and_walks(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


def test_a_loose_request_then_how_it_should_be_never_bins_everything() -> None:
    _, f = outcome("Tidy up the blocks. We want each one on the table.", desk())
    assert not _binned(f) and holds(Rel("on_table", B), f)


@pytest.mark.parametrize(("text", "start"), [
    ("Is anything in the way of putting the green block on the red block?", "Yes: the blue block"),
    ("Is something blocking things, so the orange block can't be stacked on the yellow block?", "No"),
    ("Would anything need to be moved first so that the yellow block could go on the red block?", "Yes"),
    ("Is the pink block already sitting in the white bowl?", "Yes"),
    ("Status - green cube: on the table?", "Yes"),
    ("Blue block. On the red block? Yes or no.", "Yes"),
    ("Which bowl has the same colour as the pink block?", "None: no bowl is pink"),
    ("What block is the same colour as the white bowl?", "None: no block is white"),
    ("How many blocks have been put in the white bowl, boss?", "1"),
    ("Dear robot, kindly confirm how many bowls you can see. Best, Kim", "2"),
    ("Is the blue block sitting on some other block rather than on the table?", "Yes"),
    ("Later we want the green block on the blue block. First, can you tell me: is there anything on the blue block?",
     "No"),
])
def test_a_question_said_another_way(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)
