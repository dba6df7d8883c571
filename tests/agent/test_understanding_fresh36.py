"""The kinds of request the thirty-seventh to thirty-ninth untuned batches (`benchmarks.language_fresh36` to
`language_fresh38`) found missing, each said in other words than the batches: thinking aloud before a request, a
phone's slips, 'would be better off', a final photo, a constraint list with bare colours, support said from below,
'the same as now, except', what must not remain, a pirate's or an academic's words, emoji and texting shorthand, and
questions said with 'reckon', 'holding up' or 'remain'."""

from __future__ import annotations

import pytest

from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import PB, B, G, O, R, Y, desk, outcome, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl.


@pytest.mark.parametrize(("text", "rels"), [
    ("um, what do I want... right. ok, so, put the green block in the purple bowl.", [Rel("in", G, PB)]),
    ("pls put the orange blick in the bun", [Rel("in_bin", O)]),
    ("Reckon the yellow block'd be better off in the purple bowl.", [Rel("in", Y, PB)]),
    ("For the last picture, the green block sits on the orange block.", [Rel("on", G, O)]),
    ("Constraints: green on orange; yellow in the bin; pink untouched.", [Rel("on", G, O), Rel("in_bin", Y)]),
    ("I want the orange block to be holding up the green block.", [Rel("on", G, O)]),
    ("Get the yellow block to support the orange one.", [Rel("on", O, Y)]),
    ("Everything should be exactly as it is now, except that the green block goes in the bin.", [Rel("in_bin", G)]),
    ("I'd rather nothing remained on top of the red block.", [Rel("on", B, R, negated=True)]),
    ("The orange cube is not to remain on the table. Kindly put it in the purple bowl.", [Rel("in", O, PB)]),
    ("Arr, put ye green block in the purple bowl, matey!", [Rel("in", G, PB)]),
    ("It is hereby requested that the yellow block be placed upon the orange block.", [Rel("on", Y, O)]),
    ("It would be most desirable for the green block to be situated within the purple bowl.", [Rel("in", G, PB)]),
    ("plz mv the yellow blk 2 the bin thx \U0001F64F", [Rel("in_bin", Y)]),
    ("Sorry, would it be alright to put the orange block in the purple bowl?", [Rel("in", O, PB)]),
])
def test_a_request_in_another_voice(text: str, rels: list[Rel]) -> None:
    _, f = outcome(text, desk())
    assert all(holds(r, f) for r in rels)


def test_a_kept_block_said_with_its_position() -> None:
    i, f = outcome("Put the green block on the orange block, whilst ensuring that the yellow block retains its present "
                   "position.", desk())
    assert holds(Rel("on", G, O), f) and f.support[Y] == i.support[Y]


@pytest.mark.parametrize(("text", "start"), [
    ("Reckon the blue block is sitting on the red one, mate?", "Yes"),
    ("Which block is holding up the blue one?", "Under the blue block: the red block"),
    ("Does anything still remain in the white bowl?", "Yes"),
    ("Arr, be there any blocks in the purple bowl, matey?", "No"),
])
def test_a_question_in_another_voice(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


def test_a_message_with_an_emoji_is_english() -> None:
    """An emoji is no language: the words around it are read."""
    assert reply("is the pink block in the white bowl? \U0001F914", desk()).startswith("Yes")
