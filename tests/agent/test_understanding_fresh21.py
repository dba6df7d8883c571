"""The kinds of request the twenty-second and twenty-third untuned batches (`benchmarks.language_fresh21` and
`language_fresh22`) found missing, each said in other words than the batches: an email's greeting and sign-off, a form's
fields, a news anchor's framing, a noir narrator's asides, a poet's inversions, a yoga teacher's 'let it settle', a
Chinese speaker's word order, a cowboy's drawl, a tour guide's 'turn your attention to', and a request with an unknown
verb never answered as a question."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import PB, RB, B, G, O, P, R, Y, desk, obj, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("Hi all,\n\nAs discussed, please put the green block in the purple bowl.\n\nKind regards,\nSam", [Rel("in", G, PB)]),
    ("Item to be moved: orange block.\nDestination: purple bowl.\nReason for request: tidying up.", [Rel("in", O, PB)]),
    ("This just in: the yellow block is headed for the purple bowl. More at eleven.", [Rel("in", Y, PB)]),
    ("We're hearing reports of a block sitting on the red block. That block goes in the bin, we're told.", [Rel("in_bin", B)]),
    ("The orange block. It had been lying around too long. Put it in the purple bowl, pal.", [Rel("in", O, PB)]),
    ("Into the purple bowl the yellow block goes, and there it stays.", [Rel("in", Y, PB)]),
    ("Take the orange block, soft and slow, and onto the green block let it go.", [Rel("on", O, G)]),
    ("Breathe in. Let the yellow block settle gently into the purple bowl. Breathe out.", [Rel("in", Y, PB)]),
    ("The yellow block please put into purple bowl.", [Rel("in", Y, PB)]),
    ("Please help me the pink block from white bowl take out, put on table.", [Rel("on_table", P)]),
    ("Reckon you oughta mosey that orange block on over to the purple bowl, y'all.", [Rel("in", O, PB)]),
    ("If you'll turn your attention to the orange block here. Kindly place this piece in the purple bowl.", [Rel("in", O, PB)]),
    ("For this step, you'll want the orange cube in the purple dish.", [Rel("in", O, PB)]),
    ("The blue block comes off the red block and goes down on the table. Now.", [Rel("on_table", B)]),
])
def test_a_request_in_a_letter_a_form_a_story_or_a_drawl(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


@pytest.mark.parametrize(("text", "binned", "kept"), [
    ("Items not to be disturbed: green block, yellow block.\nItem to be moved: orange block.\nDestination: bin.", O, (G, Y)),
    ("Leave that green block right where she sits and put the yellow one in the bin, partner. Don't touch the orange one.", Y,
     (G, O)),
])
def test_a_form_or_a_drawl_keeps_what_it_names(text: str, binned: str, kept: tuple[str, ...]) -> None:
    i, f = outcome(text, desk())
    assert holds(Rel("in_bin", binned), f) and all(f.support[b] == i.support[b] for b in kept)


def test_while_one_block_stays_still_another_moves() -> None:
    i, f = outcome("While the green block stays perfectly still, guide the orange block into the purple bowl.", desk())
    assert holds(Rel("in", O, PB), f) and f.support[G] == i.support[G]


def test_a_question_in_another_word_order() -> None:
    assert reply("The white bowl inside have how many block?", desk()).startswith("1")


def test_a_request_with_an_unknown_verb_is_refused_never_answered() -> None:
    with pytest.raises(PlanningError):
        plan_of("Could you possibly frobnicate the orange block?", desk())


def test_a_colour_shared_by_a_block_and_a_bowl_names_the_block_that_can_be_on_top() -> None:
    scene = Scene(objects=[obj(R, pos=(0.40, 0.10)), obj(B, R, (0.40, 0.10), 0.06), obj(RB, pos=(0.62, -0.12))])
    assert reply("is the red one on top of the blue one?", scene).startswith("No")
    assert reply("is the blue one on top of the red one?", scene).startswith("Yes")
