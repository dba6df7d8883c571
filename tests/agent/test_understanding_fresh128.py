"""What the hundred-and-twenty-eighth to hundred-and-thirtieth untuned batches (`benchmarks.language_fresh127` to
`language_fresh129`) found missing, said in other words than the batches: blocks kept apart (not in one bowl, not in one
stack), what covers a block, hedged and tentative requests, and objects described more than their names need."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.perceived import Scene
from tests.agent.test_understanding_more import PB, WB, B, G, O, P, R, Y, desk, obj, outcome, plan_of, reply

# desk(), from left to right: the red block with the blue block on it, the yellow block (at the middle place), the green
# block, the white bowl with the pink block in it, the orange block; the empty purple bowl furthest left.


def shared() -> Scene:
    """The pink and green blocks both in the white bowl (the green one on the table floor of it, the pink beside it); the
    blue block on the red block; the yellow block loose; an empty purple bowl."""
    return Scene(objects=[obj(R, pos=(0.40, -0.15)), obj(B, R, (0.40, -0.15), 0.06), obj(Y, pos=(0.55, -0.04)), obj(WB, pos=(0.35, 0.17)),
                          obj(P, WB, (0.33, 0.15), 0.03), obj(G, WB, (0.37, 0.19), 0.03), obj(PB, pos=(0.66, -0.18))])


@pytest.mark.parametrize(("text", "check"), [
    ("Pull the blue block and the red block apart.", lambda i, f: f.support[B] != R and f.support[R] != B),
    ("The red block and the blue block mustn't sit together.", lambda i, f: f.support[B] != R and f.support[R] != B),
    ("Split up the pink block and the green block.", lambda i, f: f.base(P) != f.base(G) and f.support[Y] == "middle"),
    ("The green block can't share a bowl with the pink block.", lambda i, f: f.base(P) != f.base(G)),
    ("The pink block and the green block may not be in one bowl.", lambda i, f: f.base(P) != f.base(G)),
    ("The blue block shouldn't be in the same stack as the red block.", lambda i, f: f.support[B] != R and f.base(G) == WB),
    ("Keep the yellow block and the red block apart.", lambda i, f: f == i),  # already apart: nothing moves
])
def test_blocks_kept_apart_in_bowls_and_stacks(text: str, check) -> None:
    i, f = outcome(text, shared())
    assert check(i, f)


@pytest.mark.parametrize(("text", "check"), [
    ("Throw out the yellow block and the green block, and the orange block stays put.",
     lambda i, f: f.base(Y) == "bin" and f.base(G) == "bin" and f.support[O] == "table"),
    ("Bin the yellow block, holding the orange block in place.", lambda i, f: f.base(Y) == "bin" and f.support[O] == "table"),
    ("Grab the orange block and set it on some other block, only not on the green block.", lambda i, f: f.support[O] in f.blocks and f.support[O] != G),
    ("None of the blocks should be piled on top of one another.", lambda i, f: f.support[B] != R),
])
def test_lists_before_a_keep_and_a_block_taken_then_placed(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize(("text", "start"), [
    ("What is covering up the red block?", "The blue block"),
    ("Which block is pinning down the red block?", "The blue block"),
    ("How many blocks must be lifted off to get at the red block?", "1"),
    ("To reach the green block, how many blocks have to come off it?", "0"),
    ("How many blocks have got another block piled on them?", "1"),
    ("How many blocks are covered by something?", "1"),
    ("Are the red block and the blue block part of one stack?", "Yes"),
    ("Is the green block in the same tower as the red block?", "No"),
    ("Has the green block got anything piled on it?", "No"),
])
def test_what_covers_a_block(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


@pytest.mark.parametrize(("text", "check"), [
    ("I was wondering whether the orange block might go in the purple bowl.", lambda i, f: f.base(O) == PB),
    ("I've been wondering if the green block would look nicer on the yellow one. Shall we try that?", lambda i, f: f.support[G] == Y),
    ("I wonder if I could get the yellow block put in the bin.", lambda i, f: f.base(Y) == "bin"),
    ("I don't really believe the pink block belongs in the white bowl.", lambda i, f: f.base(P) != WB),
    ("Honestly I'd rather no block were stacked on another one.", lambda i, f: f.support[B] != R),
    ("Hmm, let's do the green block in the bin first, then the orange block in the purple bowl.",
     lambda i, f: f.base(G) == "bin" and f.base(O) == PB),
    ("Sorry to be a nuisance, but put the green block on the orange block.", lambda i, f: f.support[G] == O),
    ("On reflection, the yellow block goes in the purple bowl, if I'm not mistaken.", lambda i, f: f.base(Y) == PB),
    ("I'd say two blocks in the purple bowl would be just right.", lambda i, f: sum(f.base(b) == PB for b in f.blocks) == 2),
    ("So the green block doesn't budge, and the orange block ends up on it.", lambda i, f: f.support[O] == G and f.support[G] == "table"),
])
def test_hedged_requests_are_done(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize(("text", "start"), [
    ("Perhaps you'd know: is the pink block in the white bowl?", "Yes"),
    ("Maybe you could tell me, is the green block on the orange block?", "No"),
    ("I believe the blue block is on the red block, but I'm not certain. Is that right?", "Yes"),
    ("I think the blue block is on the green block, is that right?", "No"),
    ("How many blocks are in the white bowl, I wonder?", "1"),
])
def test_hedged_questions_are_answered_never_acted_on(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


@pytest.mark.parametrize(("text", "check"), [
    ("The blue block, the one resting on the red block, goes in the purple bowl.", lambda i, f: f.base(B) == PB),
    ("Put the pink block (the only pink thing around) on the orange block.", lambda i, f: f.support[P] == O),
    ("Move the orange block -- the one on the far right, on the table -- into the bin.", lambda i, f: f.base(O) == "bin"),
    ("The blue block that is sitting on the red block goes on the green block.", lambda i, f: f.support[B] == G and f.support[R] == "table"),
    ("Pick up the teeny wooden green cube on the table and drop it into the purple bowl.", lambda i, f: f.base(G) == PB),
    ("Leave the pink block (the one in the white bowl) alone and put the yellow block in the bin.",
     lambda i, f: f.base(Y) == "bin" and f.base(P) == WB),
    ("Put the block under the blue block (that's the red one) in the purple bowl.", lambda i, f: f.base(R) == PB),
    ("Every loose block, the yellow, the green and the orange blocks, goes in the bin.",
     lambda i, f: all(f.base(b) == "bin" for b in (Y, G, O)) and f.base(P) == WB),
    ("Put the yellow block in a bowl, but not that one - not the white bowl.", lambda i, f: f.base(Y) == PB),
])
def test_more_said_of_an_object_than_its_name(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


def test_a_description_that_picks_the_object_is_checked_against_the_scene() -> None:
    with pytest.raises(PlanningError, match="the blue block is not in the white bowl"):
        plan_of("Put the blue block, the one in the white bowl, on the table.", desk())
    # said as a relative clause it may tell how things should end up: read as said, never refused as untrue
    i, f = outcome("At the end the yellow block sits on the green block, which is sitting in the purple bowl.", desk())
    assert f.support[Y] == G and f.base(G) == PB
    assert reply("How many blocks does the white bowl, the only bowl on the right, have in it?", desk()).startswith("1")
    assert reply("The orange block, the only orange thing here: is it in a bowl?", desk()).startswith("No")


def test_a_picture_said_from_below_and_a_set_not_put_where_it_is_not_wanted() -> None:
    i, f = outcome("At the end the orange block is in the purple bowl. On it is the green block, and on the green block is the yellow block.", desk())
    assert f.base(O) == PB and f.support[G] == O and f.support[Y] == G
    i, f = outcome("Don't put the orange block in the bin; every other loose block goes in there.", desk())
    assert f.support[O] == "table" and f.base(G) == "bin" and f.base(Y) == "bin"
