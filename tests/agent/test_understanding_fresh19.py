"""The kinds of request the twentieth and twenty-first untuned batches (`benchmarks.language_fresh19` and
`language_fresh20`) found missing, each said in other words than the batches: a vocative or a tag by trade, a reason or
a time that carries no goal, a consequence said after the request, a contract's clauses, archaic English, Australian
slang, a frustrated repetition, the finished picture, a thing named in a sentence of its own, and questions with an
opener or a tag."""

from __future__ import annotations

import pytest

from sim.core.relations import Rel, holds
from tests.agent.test_understanding_fresh6 import crowded
from tests.agent.test_understanding_more import (
    PB,
    RB,
    WB,
    B,
    G,
    O,
    P,
    R,
    Y,
    desk,
    outcome,
    reply,
)

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl. crowded(): the red and green blocks in the white bowl (the orange block on the green one); the
# blue block in the purple bowl; a loose yellow block; an empty red bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("Ensign, put the green block in the purple bowl.", [Rel("in", G, PB)]),
    ("bin the orange block pls, ez", [Rel("in_bin", O)]),
    ("Put the yellow block in the purple bowl, stat.", [Rel("in", Y, PB)]),
    ("put the green block on the orange block because green goes on top", [Rel("on", G, O)]),
    ("I want the yellow block in the purple bowl before we wrap up.", [Rel("in", Y, PB)]),
    ("Before lunch I want the green block in the bin.", [Rel("in_bin", G)]),
    ("It is the desire of the Customer that the yellow block be placed upon the orange block.", [Rel("on", Y, O)]),
    ("Upon completion of the work, the orange block shall be located within the purple bowl.", [Rel("in", O, PB)]),
    ("Prithee, set the yellow brick atop the orange brick.", [Rel("on", Y, O)]),
    ("The green brick doth belong in the purple bowl.", [Rel("in", G, PB)]),
    ("Reckon you could chuck the orange one in the bin? No worries if not.", [Rel("in_bin", O)]),
    ("Tip everything in the white bowl into the bin, mate.", [Rel("in_bin", P)]),
    ("For the second time: the yellow block goes in the purple bowl. Seriously.", [Rel("in", Y, PB)]),
    ("In the final picture the blue block sits on the table by itself, not on the red one.", [Rel("on_table", B)]),
    ("The block on top of the red one. Yes, that one. Put it in the purple bowl.", [Rel("in", B, PB)]),
    ("Do you see the bowl with the pink block in it? Put the green block in it.", [Rel("in", G, WB)]),
    ("put the green block in the bowl where the pink block is", [Rel("in", G, WB)]),
    ("Green block: into a bowl. Negative on the white bowl, any other bowl is fine.", [Rel("in", G, PB)]),
])
def test_a_request_in_the_words_of_a_trade_a_contract_or_an_age(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


def test_a_consequence_after_the_request_moves_nothing_else() -> None:
    i, f = outcome("put the green block on the yellow block and then it is a little tower", desk())
    assert holds(Rel("on", G, Y), f) and f.support[Y] == i.support[Y]


def test_a_contract_with_a_proviso() -> None:
    _, f = outcome("The Contractor shall place the green block in the purple bowl; provided, however, that the Contractor "
                   "shall not place any block in the bin.", desk())
    assert holds(Rel("in", G, PB), f) and not any(holds(Rel("in_bin", b), f) for b in (R, B, G, Y, O, P))


@pytest.mark.parametrize("text", [
    "Move thou the green brick into the purple bowl, but let the blue brick stand as it standeth.",
    "Imagine the table when you're done: it looks just like it does now, except the green block is in the purple bowl.",
])
def test_the_rest_kept_said_in_old_words_or_as_a_picture(text: str) -> None:
    i, f = outcome(text, desk())
    assert holds(Rel("in", G, PB), f) and f.support[B] == i.support[B]


def test_everything_taken_out_and_put_on_the_table() -> None:
    _, f = outcome("take all the blocks out and put them on the table", crowded())
    assert all(holds(Rel("on_table", b), f) for b in (R, G, O, B, Y))


def test_every_block_save_one() -> None:
    _, f = outcome("put every block save the yellow one into the red bowl", crowded())
    assert all(holds(Rel("in", b, RB), f) for b in (R, G, O, B)) and not holds(Rel("in", Y, RB), f)


@pytest.mark.parametrize(("text", "start"), [
    ("quick q, is the purple bowl empty or nah", "Yes"),
    ("Kindly confirm, for the record, whether the pink block is presently located within the white bowl.", "Yes"),
    ("how many blocks have we got all up?", "6"),
    ("Before I say what I want, what's in the white bowl right now?", "In the white bowl: the pink block"),
])
def test_questions_with_an_opener_or_a_tag(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


def test_a_block_put_into_a_bowl_that_holds_one_is_one_more_but_a_wish_already_met_is_met() -> None:
    i, f = outcome("pop any one of the blocks into the white bowl", desk())
    assert len(f.in_bowl(WB)) == len(i.in_bowl(WB)) + 1
    i, f = outcome("I'd like a block in the white bowl", desk())
    assert all(f.support[b] == i.support[b] for b in (R, B, G, Y, O, P))
