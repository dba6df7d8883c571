"""The kinds of request the twenty-eighth and twenty-ninth untuned batches (`benchmarks.language_fresh27` and
`language_fresh28`) found missing, each said in other words than the batches: texting words, a request's end said
aloud, a learner's word order, several blocks grabbed and then put, sets said loosely (on top of another, by
themselves, with nothing on them, at the bottom of the stacks), a limit for one bowl, and yes/no questions said verb
first, tersely or with 'either'."""

from __future__ import annotations

import pytest

from sim.core.perceived import Scene
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import PB, WB, B, G, O, P, R, Y, desk, obj, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("tbh just chuck the green one in the bin lmao", [Rel("in_bin", G)]),
    ("put the orange block in the purple bowl and that's all, thank you", [Rel("in", O, PB)]),
    ("Place please the yellow block in the purple bowl.", [Rel("in", Y, PB)]),
    ("Put the green block not on the table but in the purple bowl.", [Rel("in", G, PB)]),
    ("Take first the blue block off the red block, and after put the red block in the purple bowl.",
     [Rel("in", R, PB)]),
    ("pick up the green and yellow blocks and drop them into the purple bowl", [Rel("in", G, PB), Rel("in", Y, PB)]),
    ("We want the orange block gone.", [Rel("in_bin", O)]),
    ("Every block resting on top of another one, move it to the middle.", [Rel("at", B, "middle")]),
    ("Stick just one block, only one, into the white bowl.", [Rel("in", P, WB)]),
    ("Never throw away the green block, only the yellow and orange ones.", [Rel("in_bin", Y), Rel("in_bin", O)]),
    ("Build a single tower out of the green, yellow and orange blocks.", [Rel("on", Y, G), Rel("on", O, Y)]),
])
def test_ordinary_requests_said_loosely(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


def test_the_blocks_on_top_of_others_are_not_their_towers_bottoms() -> None:
    _, f = outcome("Bin every block that's sitting on top of another block.", desk())
    assert holds(Rel("in_bin", B), f) and not holds(Rel("in_bin", R), f)


def test_the_blocks_at_the_bottom_of_the_stacks() -> None:
    _, f = outcome("Throw the blocks at the bottom of the stacks in the bin.", desk())
    assert holds(Rel("in_bin", R), f) and not holds(Rel("in_bin", B), f)


def test_the_blocks_by_themselves_are_the_loose_ones() -> None:
    i, f = outcome("The blocks that are sitting on the table by themselves go in the purple bowl.", desk())
    assert all(holds(Rel("in", b, PB), f) for b in (G, Y, O)) and f.support[B] == i.support[B]


def test_the_blocks_with_nothing_on_them() -> None:
    _, f = outcome("Put every block with nothing stacked on it in the bin; leave the others.", desk())
    assert holds(Rel("in_bin", B), f) and not holds(Rel("in_bin", R), f)


def test_a_limit_for_one_bowl() -> None:
    scene = Scene(objects=[obj(WB, pos=(0.35, 0.17)), obj(P, WB, (0.35, 0.17), 0.03), obj(G, WB, (0.35, 0.17), 0.03),
                           obj(O, pos=(0.47, 0.25)), obj(PB, pos=(0.66, -0.18))])
    _, f = outcome("The white bowl must not contain more than one block.", scene)
    assert len(f.in_bowl(WB)) == 1 and not any(holds(Rel("in_bin", b), f) for b in (P, G, O))


def test_keep_the_one_left_out() -> None:
    i, f = outcome("Except for the green block, we'd like all the blocks moved to the middle.", desk())
    assert f.support[G] == i.support[G] and holds(Rel("at", Y, "middle"), f)


@pytest.mark.parametrize(("text", "start"), [
    ("Sits the blue block on the red block?", "Yes"),
    ("Is it true that the pink block sits in the purple bowl?", "No"),
    ("purple bowl empty?", "Yes"),
    ("white bowl: empty y/n?", "No"),
    ("how many blocks r in the white bowl atm", "1"),
    ("Is there a block in each bowl?", "No"),
    ("Is either the green block or the pink block in the white bowl?", "Yes"),
    ("How many blocks have nothing sitting on them?", "5"),
])
def test_a_yes_no_or_count_question_said_loosely(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


def test_a_question_after_saying_one_cannot_see() -> None:
    assert reply("I can't tell from here, so what is on top of the red block?", desk()).startswith("On the red block: the blue")


def test_grabbing_several_blocks_alone_is_still_refused() -> None:
    with pytest.raises(Exception, match="one block at a time"):
        plan_of("grab the green and yellow blocks", desk())
