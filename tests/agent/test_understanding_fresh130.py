"""What the hundred-and-thirty-first and hundred-and-thirty-second untuned batches (`benchmarks.language_fresh130`,
`language_fresh131`) found missing, said in other words than the batches: pointing back to things named earlier in the
same message (the former and the latter, the second one, the block I just mentioned, the other one, both of them), and
stress typed into a message (stretched words, an emoji between sentences, a word in quotes)."""

from __future__ import annotations

import pytest

from agent.planners.offline.mentions import mentioned
from sim.core.errors import PlanningError
from tests.agent.test_understanding_more import PB, WB, G, O, P, Y, desk, outcome, reply

# desk(), from left to right: the red block with the blue block on it, the yellow block (at the middle place), the green
# block, the white bowl with the pink block in it, the orange block; the empty purple bowl furthest left.


@pytest.mark.parametrize(("text", "check"), [
    ("Grab the green block and the orange block. The former goes in the bin, the latter in the purple bowl.",
     lambda i, f: f.base(G) == "bin" and f.base(O) == PB),
    ("There's an orange block and a green block; put the first one on the second.", lambda i, f: f.support[O] == G),
    ("You see the yellow block and the green block? Stack the second on top of the first.", lambda i, f: f.support[G] == Y),
    ("The orange block, the green block, the yellow block: the third goes in the purple bowl.", lambda i, f: f.base(Y) == PB and f.support[G] == "table"),
    ("Notice the orange block. Drop the block I just mentioned into the bin.", lambda i, f: f.base(O) == "bin"),
    ("Put the green block at the bottom left corner; after that I'd like the orange block on that same block.",
     lambda i, f: f.support[G] == "bottom left corner" and f.support[O] == G),
    ("Out of the green block and the orange block, the green block stays put and the other one goes in the purple bowl.",
     lambda i, f: f.support[G] == "table" and f.base(O) == PB),
    ("The green block and the orange block: throw both of them in the bin.", lambda i, f: f.base(G) == "bin" and f.base(O) == "bin"),
    ("I'd like the green block and the orange block moved: the former into the purple bowl, the latter onto the yellow block.",
     lambda i, f: f.base(G) == PB and f.support[O] == Y),
    ("Put the green block in the purple bowl first, and then the orange block goes on top.", lambda i, f: f.base(G) == PB and f.support[O] == G),
    ("Take the yellow block, the green block and the orange block. The yellow block goes in the bin; both of the others go in the purple bowl.",
     lambda i, f: f.base(Y) == "bin" and f.base(G) == PB and f.base(O) == PB),
])
def test_pointing_back_to_what_was_named(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize(("text", "start"), [
    ("The blue block and the red block - is the former on top of the latter?", "Yes"),
    ("I see the green block and the pink block; is the second of them in the white bowl?", "Yes"),
    ("Look at the red block. How many blocks sit on the block I just mentioned?", "1"),
    ("Check the red block: which block is stacked on it?", "On the red block: the blue block"),
])
def test_questions_that_point_back(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


def test_a_block_said_without_a_name_is_never_swapped_for_a_named_one() -> None:
    said = "There's a block sitting on the red block; move that block to the middle."
    assert mentioned(said) == said  # 'that block' is the one sitting on the red block, not the red block
    assert mentioned("put the first block from the left in the bin") == "put the first block from the left in the bin"


@pytest.mark.parametrize(("text", "check"), [
    ("pleeease put the green block in the purple bowl, but leeeave everything else where it is!!",
     lambda i, f: f.base(G) == PB and f.support[O] == "table" and f.base(P) == WB),
    ("noooo not in the bin!!! put the orange block in the purple bowl", lambda i, f: f.base(O) == PB),
    ("put the green block on the orange block 👍 the purple bowl stays empty", lambda i, f: f.support[G] == O and not f.in_bowl(PB)),
    ("move the green block over to the purple bowl, sooo much tidier!!", lambda i, f: f.base(G) == PB),
])
def test_stress_typed_into_a_message(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


def test_the_matching_block_is_the_one_of_the_bowls_colour() -> None:
    with pytest.raises(PlanningError, match="there is no white block"):  # said of a bowl no block matches: refused, never guessed
        outcome("drop the matching block into the white bowl :) thx", desk())


def test_stretched_question_words_and_lists_of_bullets() -> None:
    assert reply("hooow maaany blocks are in the white bowl??", desk()).startswith("1")
    i, f = outcome("* the bowl with no blocks in it\n* put the orange block there", desk())
    assert f.base(O) == PB
    i, f = outcome("#tidy\n* empty the white bowl\n* none of its blocks go in the bin", desk())
    assert f.base(P) not in (WB, "bin")
