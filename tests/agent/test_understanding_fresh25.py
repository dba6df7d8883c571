"""The kinds of request the twenty-sixth and twenty-seventh untuned batches (`benchmarks.language_fresh25` and
`language_fresh26`) found missing, each said in other words than the batches: a phone's slips, an old person's
politeness, a child's cheers, a test script's precondition and expected result, a contrast after the request, a bowl
told what it holds, terse colour lists, a state said loosely, 'move X' with only where it must not go, and questions
said as a passive, with 'got' or with a label."""

from __future__ import annotations

import pytest

from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import PB, WB, B, G, O, P, R, Y, desk, outcome, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("plz drop thee green bock into thee purple bowel", [Rel("in", G, PB)]),
    ("move whatevers in the white bowl to the middle", [Rel("at", P, "middle")]),
    ("stack the orange block on the yellow block woohoo", [Rel("on", O, Y)]),
    ("We would so love to see the yellow block in the purple bowl, if that's not too much trouble.", [Rel("in", Y, PB)]),
    ("Set the green cube at the bottom left corner as the target position.", [Rel("at", G, "bottom left corner")]),
    ("the orange block has to go in the purple bowl, not where it is right now", [Rel("in", O, PB)]),
    ("The orange block goes in the bin rather than the purple bowl.", [Rel("in_bin", O)]),
    ("Get the blue block off the red one, and then the red block goes in the bin instead of sitting on the table.",
     [Rel("in_bin", R)]),
    ("we don't want the yellow block chucked in the bin, we'd rather it sat in the purple bowl", [Rel("in", Y, PB)]),
    ("the blue block can't stay on the red block! take it off", [Rel("on_table", B)]),
    ("There is a block resting on the red one. Could you put it in the purple bowl?", [Rel("in", B, PB)]),
    ("Fill the purple bowl up with the green and the yellow blocks.", [Rel("in", G, PB), Rel("in", Y, PB)]),
    ("green in purple, orange on yellow", [Rel("in", G, PB), Rel("on", O, Y)]),
    ("The green block is to be tossed in the bin.", [Rel("in_bin", G)]),
    ("Tidy up the white bowl so the pink block's no longer in it.", [Rel("on_table", P)]),
    ("The white bowl must not hold anything except the green block.", [Rel("in", G, WB)]),
    ("At the end the yellow block is on the green block, with the orange block on top of that.",
     [Rel("on", Y, G), Rel("on", O, Y)]),
    ("The orange block needs to go in the purple bowl first, and then the green block should be on the yellow block.",
     [Rel("in", O, PB), Rel("on", G, Y)]),
])
def test_ordinary_requests_said_loosely(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


@pytest.mark.parametrize(("text", "rels", "kept"), [
    ("Given: the purple bowl is empty. Step 1: put exactly one block in the purple bowl. Expected result: the purple bowl "
     "holds 1 block.", [], ()),
    ("Step 1: put the orange block in the purple bowl. Step 2: check that the green block and the yellow block have not "
     "been moved.", [Rel("in", O, PB)], (G, Y)),
    ("I want the green block moved to the middle with the yellow block left alone.", [Rel("at", G, "middle")], (Y,)),
    ("The orange block is in the purple bowl and the yellow block is still where it is.", [Rel("in", O, PB)], (Y,)),
    ("The purple bowl should get the green block, and the white bowl should keep whatever it has.", [Rel("in", G, PB)], (P,)),
])
def test_a_script_or_a_state_keeps_what_it_names(text: str, rels: list[Rel], kept: tuple[str, ...]) -> None:
    i, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels) and all(f.support[b] == i.support[b] for b in kept)
    if text.startswith("Given"):
        assert len(f.in_bowl(PB)) == 1


def test_move_with_only_where_it_must_not_go_moves_it() -> None:
    i, f = outcome("Move the blue block, only make sure it doesn't land in a bowl or the bin.", desk())
    assert f.support[B] != i.support[B] and f.support[B] not in (WB, PB, "bin")


def test_remove_but_never_into_the_bin() -> None:
    _, f = outcome("Remove the pink cube from the white bowl; it can go anywhere except the bin.", desk())
    assert not holds(Rel("in", P, WB), f) and not holds(Rel("in_bin", P), f)


@pytest.mark.parametrize(("text", "start"), [
    ("Has anything been stacked on the red block?", "Yes"),
    ("What's the white bowl got in it?", "In the white bowl: the pink block"),
    ("how many in the white bowl?", "1"),
    ("purple bowl: how many blocks?", "0"),
    ("Would you say the purple bowl is empty?", "Yes"),
])
def test_a_question_said_as_people_say_it(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)
