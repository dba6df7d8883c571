"""What the hundred-and-thirty-third and hundred-and-thirty-fourth untuned batches (`benchmarks.language_fresh132`,
`language_fresh133`) found missing, said in other words than the batches: what is possible and what it would take (room
in a bowl, the bin or a tower, what is in the way, 'whatever it takes'), and how to move said alongside what to do
(slowly, gently, lift it high, use your gripper)."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from tests.agent.test_understanding_more import PB, WB, B, G, O, P, R, Y, desk, outcome, reply

# desk(), from left to right: the red block with the blue block on it, the yellow block (at the middle place), the green
# block, the white bowl with the pink block in it, the orange block; the empty purple bowl furthest left.


@pytest.mark.parametrize(("text", "check"), [
    ("I'd love to be able to pick up the red block, so could you take everything off it?", lambda i, f: f.support[R] == "table" and f.support[B] != R
     and "gripper" not in f.support.values()),
    ("Clear some space in the white bowl for three more blocks.", lambda i, f: sum(f.base(b) == WB for b in f.blocks) <= 1),
    ("I want to be able to fit four more cubes in the white bowl, so make some room.", lambda i, f: not f.in_bowl(WB)),
    ("Put the block that's blocking the red block into the purple bowl.", lambda i, f: f.base(B) == PB and f.support[R] == "table"),
    ("Leave the red block alone, just lift off everything that's on it.", lambda i, f: f.support[R] == "table" and f.support[B] != R),
    ("Fish the red block out from under the blue block and put it in the purple bowl.", lambda i, f: f.base(R) == PB),
    ("The red block is trapped under the blue block, and it has to end up in the bin.", lambda i, f: f.base(R) == "bin"),
    ("Whatever you need to move first, get the red block onto the green block.", lambda i, f: f.support[R] == G),
    ("The purple bowl has plenty of room, so put the green block and the orange block in it.", lambda i, f: f.base(G) == PB and f.base(O) == PB),
    ("Put the yellow block on the green block - that stack has room for another block.", lambda i, f: f.support[Y] == G),
])
def test_room_reach_and_cost_said_in_words(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


def test_a_block_kept_still_is_never_moved_to_make_way() -> None:
    with pytest.raises(PlanningError, match="no sequence of moves"):  # the blue block is on the red block
        outcome("Could you set the red block in the purple bowl without touching any other block?", desk())
    i, f = outcome("Put the green block in the purple bowl, and don't move any other blocks.", desk())
    assert f.base(G) == PB and f.support[B] == R and f.support[O] == "table"


@pytest.mark.parametrize(("text", "start"), [
    ("Is there space in the purple bowl for three more blocks?", "Yes"),
    ("Does the white bowl have room for four more blocks?", "No"),
    ("Could the bin hold seven blocks?", "No"),
    ("Would the orange block fit in the white bowl?", "Yes"),
    ("How many more blocks could I stack onto the blue block before the tower gets too tall?", "2"),
    ("Is the red block free to pick up right now?", "No"),
    ("What do you need to move before you can reach the red block?", "The blue block"),
])
def test_what_is_possible(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


@pytest.mark.parametrize(("text", "check"), [
    ("I need the green block on the orange block; lower it down gently.", lambda i, f: f.support[G] == O),
    ("I'd like the yellow block in the purple bowl, but take it slow.", lambda i, f: f.base(Y) == PB),
    ("Hoist the green block way up over the tower and then set it in the purple bowl.", lambda i, f: f.base(G) == PB),
    ("Using your claw, pull the pink block out of the white bowl, and don't drop it in another bowl.",
     lambda i, f: f.base(P) not in (WB, PB) and f.base(P) != "bin"),
    ("Nice and steady, put the orange block on the green block. No need to rush.", lambda i, f: f.support[O] == G),
    ("Empty all of the bowls into the bin, one block at a time.", lambda i, f: f.base(P) == "bin"),
    ("Approach from above and drop the orange block in the bin, keeping a firm grip on it.", lambda i, f: f.base(O) == "bin"),
])
def test_how_to_move_is_no_part_of_the_goal(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize(("text", "start"), [
    ("Take your time, but how many blocks are in the white bowl?", "1"),
    ("Before you touch anything, is the pink block in the white bowl?", "Yes"),
    ("Hold still for a moment: is the purple bowl empty?", "Yes"),
])
def test_manner_before_a_question(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)
