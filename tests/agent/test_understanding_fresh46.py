"""The kinds of request the forty-seventh to forty-ninth untuned batches (`benchmarks.language_fresh46` to
`language_fresh48`) found missing, each said in other words than the batches: 'only' and 'nothing but', requests asked
as whether they can be done, what is wrong now and where it belongs, a keep that contradicts the move (refused, never
half done), the registers of learners, technicians, children, streamers and the very polite, requests passed on from
someone else or pasted with mentions and typos, and questions about room left, a sole occupant, a tag and a colour."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import PB, WB, B, G, O, P, R, Y, desk, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("The white bowl should contain just the green block.", [Rel("in", G, WB), Rel("in", P, WB, negated=True)]),
    ("I'd like the white bowl to hold nothing but the yellow block.", [Rel("in", Y, WB), Rel("in", P, WB, negated=True)]),
    ("Nothing except the orange block may rest on the red block.", [Rel("on", O, R), Rel("clear", O)]),
    ("Is there some way to get the yellow block onto the green block?", [Rel("on", Y, G)]),
    ("Couldn't you just put the orange block in the purple bowl?", [Rel("in", O, PB)]),
    ("The blue block is on the wrong block, it should go on the yellow block.", [Rel("on", B, Y)]),
    ("Whoops, the pink block ended up in the wrong bowl. Put it in the purple bowl.", [Rel("in", P, PB)]),
    ("Set the green block down over in the bottom left corner.", [Rel("at", G, "bottom left corner")]),
])
def test_only_possibility_and_corrections(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


def test_a_keep_that_contradicts_the_move_is_refused() -> None:
    with pytest.raises(PlanningError, match="cannot both move the green block and leave it"):
        plan_of("Put the green block in the purple bowl, but leave the green block where it is.", desk())
    with pytest.raises(PlanningError, match="cannot both move the blue block"):
        plan_of("Move the blue block to the middle but don't touch the stack.", desk())
    _, f = outcome("Move the green block to the middle but don't touch the stack.", desk())
    assert holds(Rel("at", G, "middle"), f) and holds(Rel("on", B, R), f)


@pytest.mark.parametrize(("text", "rels"), [
    ("It would be lovely if the green block could end up in the purple bowl rather than on the table.", [Rel("in", G, PB)]),
    ("I was hoping you could move the yellow block onto the orange block.", [Rel("on", Y, O)]),
    ("Put every block in the bin, but the orange block not.", [Rel("in_bin", G), Rel("on_table", O)]),
    ("Grasp the cube that is supporting the blue cube and place it in the purple bowl.", [Rel("in", R, PB)]),
    ("Move the green object to the bin for recycling.", [Rel("in_bin", G)]),
    ("yo chat, watch this, the yellow cube goes in the purple bowl, let's go", [Rel("in", Y, PB)]),
    ("put the green block in the bin but dont touch my orange block its my favourite", [Rel("in_bin", G), Rel("on_table", O)]),
    ("My sister asked for the yellow block to go in the purple bowl.", [Rel("in", Y, PB)]),
    ("Tom said: leave nothing on top of the red block.", [Rel("clear", R)]),
    ("@arm frist put the green blcok in the purple bowl and then put teh yellow one on top of it", [Rel("in", G, PB),
                                                                                                      Rel("on", Y, G)]),
])
def test_registers_and_pasted_requests(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


@pytest.mark.parametrize(("text", "start"), [
    ("How many more blocks can the white bowl still take?", "3"),
    ("How many more cubes would fit into the purple bowl?", "4"),
    ("Is it only the pink block in the white bowl?", "Yes"),
    ("Hmm, the pink block is in the purple bowl, isn't it?", "No"),
    ("Hold on, I believed the blue block was on the red block. Is it?", "Yes"),
    ("@robot what colour is the block on top of the red one?", "The blue block is blue"),
    ("Something sitting up on top of the red block? Which one is it?", "On the red block: the blue block"),
    ("What's up on top of the red block?", "On the red block: the blue block"),
    ("How much cubes are in the bowl white?", "1"),
    ("Would you be able to tell me whether the red block has anything on top of it?", "Yes"),
])
def test_a_question_said_another_way(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)
