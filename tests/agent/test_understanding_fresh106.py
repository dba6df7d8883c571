"""What the hundred-and-seventh and hundred-and-eighth untuned batches (`benchmarks.language_fresh106`, `language_fresh107`)
found missing, said in other words than the batches: goals in the perfect, the passive and the causative, existentials,
joint subjects, questions about what is still to do, and everyday verbs for moving things ('chuck', 'park', 'get rid of',
'whichever block is ..., stick it ...')."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import PB, WB, B, G, O, P, R, Y, desk, outcome, reply

# desk(): the blue block on the red block; loose green and orange blocks; the yellow block at the middle; the pink block in
# the white bowl; an empty purple bowl.


@pytest.mark.parametrize(("text", "check"), [
    ("Please see to it that the green block has been put in the purple bowl.", lambda i, f: f.base(G) == PB),
    ("The orange block must have been binned by the time you're done.", lambda i, f: f.base(O) == "bin"),
    ("We'd like the green block to have been stacked on the orange block before you finish.", lambda i, f: f.support[G] == O),
    ("The blue block should not have been put on the red block. Fix that.", lambda i, f: f.support[B] != R),
    ("We're going to have the orange block resting in the white bowl.", lambda i, f: f.base(O) == WB),
    ("Get the blue block down.", lambda i, f: f.support[B] == "table"),
    ("The block that the blue block has been stacked on ought to be binned.", lambda i, f: f.base(R) == "bin" and f.base(B) != "bin"),
    ("Let there be a block sitting on the orange block.", lambda i, f: any(f.support[b] == O for b in f.blocks)),
    ("There must be a block in the purple bowl whose colour matches it.", None),
    ("The red block and the block that is on top of it are both to be thrown away.",
     lambda i, f: f.base(R) == "bin" and f.base(B) == "bin"),
    ("First the green block binned, then the white bowl empty.", lambda i, f: f.base(G) == "bin" and f.base(P) != WB),
])
def test_goals_in_other_voices(text: str, check) -> None:
    if check is None:  # no purple block on the desk: refused, never a move
        with pytest.raises(PlanningError):
            outcome(text, desk())
        return
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize(("text", "want"), [
    ("Do we still need to get the blue block placed on the red block?", "No"),
    ("Is there anything left to do to get the green block stacked on the orange block?", "Yes"),
    ("Has anything been piled on the red block?", "Yes"),
    ("Which one's been stacked on the red block?", "blue block"),
    ("How many blocks are tucked in the white bowl?", "1"),
    ("What's the blue block sitting on, any idea?", "red block"),
    ("Are the green block and the orange block both free, with no blocks resting on either of them?", "Yes"),
])
def test_questions_about_what_is_done_and_still_to_do(text: str, want: str) -> None:
    assert want in reply(text, desk())


@pytest.mark.parametrize(("text", "check"), [
    ("whichever block's furthest right, park it in the purple bowl", lambda i, f: f.base(O) == PB),
    ("The green block: get rid of it, in the bin.", lambda i, f: f.base(G) == "bin"),
    ("honestly the blue block doesn't have to be on the red block, it can just sit on the table", lambda i, f: f.support[B] == "table"),
    ("Your orange block needs to get put in the purple bowl.", lambda i, f: f.base(O) == PB),
    ("knock the blue block off the red block, table's fine", lambda i, f: f.support[B] == "table"),
    ("It'd be lovely to see the green block stashed in the purple bowl.", lambda i, f: f.base(G) == PB),
    ("It would be great if the orange block lived in the top left corner from now on.", lambda i, f: holds(Rel("at", O, "top left corner"), f)),
    ("Empty out everything in the white bowl into the bin, would you?", lambda i, f: f.base(P) == "bin"),
    ("Not the bin for the orange block, it gets tucked into the purple bowl.", lambda i, f: f.base(O) == PB),
])
def test_everyday_verbs_for_moving_things(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize(("text", "check"), [
    ("So the photo looks tidy, put the green block in the purple bowl.", lambda i, f: f.base(G) == PB),
    ("Drop the orange block in the bin, because it's scratched and nobody wants it.", lambda i, f: f.base(O) == "bin"),
    ("Stack the green block on the orange block so my robot picture looks cool!", lambda i, f: f.support[G] == O),
    ("Move the green block to the top right corner for the camera test.", lambda i, f: holds(Rel("at", G, "top right corner"), f)),
])
def test_a_purpose_around_a_request_is_set_aside(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize("text", [
    "To get the white bowl empty, how many blocks must come out of it?",  # the purpose names what 'it' is
    "The pink block. It sat in that bowl too long. Get it out of there, as long as it isn't the bin.",
])
def test_a_purpose_that_carries_a_referent_is_never_dropped_into_a_wrong_move(text: str) -> None:
    try:
        i, f = outcome(text, desk())
    except (PlanningError, AssertionError):
        return
    assert f.support[P] != "gripper" and f.base(P) != "bin"


@pytest.mark.parametrize(("text", "check"), [
    ("Every block that isn't orange or green should go in the bin.", lambda i, f: f.base(O) != "bin" and f.base(G) != "bin" and f.base(R) == "bin"),
    ("One block in the purple bowl, please: anything except the green block.",
     lambda i, f: len([b for b in f.blocks if f.base(b) == PB]) == 1 and f.base(G) != PB),
    ("The orange block goes into the purple bowl, but don't put anything else in that bowl.",
     lambda i, f: [b for b in f.blocks if f.base(b) == PB] == [O]),
    ("We want the pink block out of the white bowl, and not in the bin either.", lambda i, f: f.base(P) not in (WB, "bin", "gripper")),
])
def test_exclusions_said_in_passing(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize(("text", "want"), [
    ("Is every block apart from the blue block on the table?", "No"),  # the pink block is in the white bowl
    ("How many blocks, besides the orange block, are on the table?", "4"),  # the blue block on the red one counts: it is on the table too
    ("Does the white bowl have any block in it other than the pink block?", "No"),
    ("Hon, is the green block over on the right-hand side?", "Yes"),
    ("what's the block count on the half nearest the robot?", "4"),
    ("Do you reckon the green block is closer to the top right corner than to the bottom left corner?", "Yes"),
])
def test_questions_with_exclusions_sides_and_corners(text: str, want: str) -> None:
    assert reply(text, desk()).startswith(want)


@pytest.mark.parametrize(("text", "check"), [
    ("Each block apart from the pink block needs to go in the bin - any one will do first.", None),
    ("Every block except the red and blue ones should end up in a bowl - either bowl will do.",
     lambda i, f: all(f.base(b) in (WB, PB) for b in (G, Y, O, P))),
    ("Put all but two of the blocks in the bin, I don't mind which ones stay out.",
     lambda i, f: len([b for b in f.blocks if f.base(b) == "bin"]) == len(f.blocks) - 2),
    ("We'll have the green block and the orange block in the purple bowl - but keep the yellow block out.",
     lambda i, f: f.base(G) == PB and f.base(O) == PB and f.base(Y) != PB),
    ("The blocks that aren't red or blue, off to the bin with them.", None),
    ("Bin exactly two blocks; the orange block mustn't be one of them.",
     lambda i, f: len([b for b in f.blocks if f.base(b) == "bin"]) == 2 and f.base(O) != "bin"),
])
def test_quantities_with_exclusions(text: str, check) -> None:
    if check is None:  # said so loosely that a refusal is fair; never a move against what was said
        try:
            i, f = outcome(text, desk())
        except (PlanningError, AssertionError):
            return
        assert f.base(R) != "bin" and f.base(B) != "bin" if "red or blue" in text else f.base(P) != "bin"
        return
    i, f = outcome(text, desk())
    assert check(i, f)


def test_a_count_told_what_to_leave_out_in_a_second_sentence() -> None:
    assert reply("How many blocks are on the table? Leave the green block out of the count.", desk()).startswith("4")  # the blue one too


@pytest.mark.parametrize(("text", "check"), [
    ("We want each bowl to have only one block.", lambda i, f: all(len([b for b in f.blocks if f.base(b) == w]) == 1 for w in (WB, PB))),
    ("In the end only one block should stay on the table.", lambda i, f: len(f.on_the_table()) == 1),  # like 'at most one': into the bowls
    ("Sort one block into its matching bowl.", None),  # no block on the desk matches a bowl: refused
    ("I'd love to see the green block and one other block in the purple bowl!", lambda i, f: f.base(G) == PB and len(f.in_bowl(PB)) == 2),
    ("I'd like every block but the orange block put in the bin.", lambda i, f: f.base(O) != "bin" and f.base(G) == "bin"),
])
def test_quantities_as_goals(text: str, check) -> None:
    if check is None:
        try:
            i, f = outcome(text, desk())
        except (PlanningError, AssertionError):
            return
        assert f.base(O) != "bin"  # never the reading that bins what was kept out
        return
    i, f = outcome(text, desk())
    assert check(i, f)


@pytest.mark.parametrize(("text", "want"), [
    ("Is the white bowl holding a couple of blocks?", "No"),
    ("Are both of the bowls carrying at least one block?", "No"),
    ("How many bowls hold no blocks inside?", "1"),
    ("Count the empty bowls: how many are there?", "1"),
    ("Could you tell me the number of blocks that are not in any bowl?", "5"),
])
def test_counts_of_bowls_asked_in_other_ways(text: str, want: str) -> None:
    assert reply(text, desk()).startswith(want)


@pytest.mark.parametrize(("text", "check"), [
    ("Good afternoon! I've never used one of these before and my grandson showed me how. Would you please put the green block "
     "into the purple bowl? Thank you so much, you are very clever.", lambda i, f: f.base(G) == PB),
    ("Hi. First week in the lab, so bear with me. The orange block goes to the middle. I hope that's clear. Thanks!",
     lambda i, f: holds(Rel("at", O, "middle"), f) and f.base(R) != "bin"),
])
def test_one_request_inside_a_long_friendly_message(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


def test_a_no_between_the_sentences_is_never_dropped() -> None:
    try:
        i, f = outcome("chat wants the green block in the bin. nope, not happening. robot, put it in the purple bowl instead.", desk())
    except PlanningError:
        return  # refused is fair
    assert f.base(G) != "bin"


def test_a_yes_or_no_said_after_a_question_keeps_it_a_question() -> None:
    assert reply("Is the blue block on the red block? The blue one, on the red one. Just yes or no.", desk()).startswith("Yes")


@pytest.mark.parametrize(("text", "moved"), [
    ("Put every block on the far side of the table in the bin.", (G, Y)),  # the green and yellow blocks stand beyond the centre line
    ("Could you send the blocks on the side furthest from the robot to the purple bowl?", (G, Y)),
    ("Stage the blocks on the half nearest you in the bottom left corner.", (R, B, O, P)),  # the pink block too, in its bowl
])
def test_the_near_and_far_halves_of_the_table(text: str, moved: tuple[str, ...]) -> None:
    i, f = outcome(text, desk())
    assert {b for b in f.blocks if f.support[b] != i.support[b]} == set(moved)


@pytest.mark.parametrize(("text", "check"), [
    ("The end picture: the red block sits on the table by itself.", lambda i, f: f.support[R] == "table" and f.support[B] != R),
    ("I want the orange block in the bin and the red block on the table all on its own.",
     lambda i, f: f.base(O) == "bin" and f.support[R] == "table" and f.support[B] != R),
    ("End result: there's a stack of the green block, the orange block and the yellow block, orange at the bottom and green on top.",
     lambda i, f: f.support[Y] == O and f.support[G] == Y),
])
def test_an_end_picture_with_a_block_alone_or_a_tower_of_three(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f)


def test_a_status_lead_in_before_a_question() -> None:
    assert reply("Where are we at, how many blocks are in the white bowl right now?", desk()).startswith("1")


def test_a_pointer_to_nothing_found_is_refused_not_a_crash() -> None:
    with pytest.raises(PlanningError, match="refers to"):
        plan_of_text = "Seest thou the their bowl wherein lieth the red brick? Set the blue brick therein, I prithee."
        outcome(plan_of_text, desk())


@pytest.mark.parametrize("text", [
    "Put the green block in the bin, then the orange block in the purple bowl. Sorry, the other way round.",
    "Bin the green block. Actually no, my mistake.",
])
def test_a_correction_sentence_is_never_set_aside(text: str) -> None:
    try:
        i, f = outcome(text, desk())
    except PlanningError:
        return  # refused is fair
    assert f.base(G) != "bin"
