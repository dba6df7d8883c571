"""Session-27 capabilities, tested with other sentences than the blind batches': two counts said equal as a goal ('the
number of blocks in W is the same as the number in V'), not a question about one count, and the same words asked;
'that bowl' in a question after a sentence that names one bowl; requests and questions passed on from someone else or a
note (`relays`); facts about how the table is now, said as context before the request (`givens`)."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_more import B, G, O, P, R, Y, outcome, reply


def _in(state, bowl: str) -> int:
    return state.count_at(bowl)


@pytest.mark.parametrize("text", [
    "The number of blocks in the green bowl is the same as the number in the blue bowl, and neither is empty.",
    "The number of blocks in the blue bowl should equal the number of blocks in the green bowl, at least one each.",
    "the number of blocks in the green bowl must be equal to the number in the blue bowl, and it is not zero",
])
def test_two_counts_said_equal_are_a_goal(text: str) -> None:
    i, f = outcome(text, coloured())
    assert _in(f, "green bowl") == _in(f, "blue bowl") >= 1 and f.held is None


@pytest.mark.parametrize(("question", "start"), [
    ("Is the number of blocks in the white bowl the same as the number on the table?", "No: 2 in the white bowl, 3 on the table"),
    ("The number of blocks in the blue bowl is equal to the number in the green bowl?", "Yes"),
    ("the number of blocks in the white bowl?", "2"),
])
def test_counts_compared_or_asked_with_a_question_mark_are_answered(question: str, start: str) -> None:
    assert reply(question, coloured()).startswith(start)


@pytest.mark.parametrize(("question", "start"), [
    ("I'd like to drop the yellow block into the white bowl later. Does that bowl have any blocks in it now?", "Yes"),
    ("My plan is to park the red block in the purple bowl for a bit. Is this bowl empty?", "No"),
])
def test_that_bowl_in_a_question_is_the_one_bowl_said_before(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)


# ----- relayed requests (`relays`) -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("My flatmate asked me to get you to drop the yellow block into the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Kofi wants the yellow block in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("The lab manager says to throw the yellow block away.", lambda i, f: f.base(Y) == "bin"),
    ("According to the run sheet, the yellow block belongs at the top right corner.", lambda i, f: f.support[Y] == "top right corner"),
    ("The sticky note reads: \u201cyellow block into the cyan bowl\u201d.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Job 4411 from the night crew: 'Put the yellow block on the table in the middle.'", lambda i, f: f.support[Y] == "middle"),
    ("My aunt would be thrilled if the yellow block ended up in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Lena told me the yellow block should go in the bin. Please don't do that; the cyan bowl is where it belongs.",
     lambda i, f: f.base(Y) == "cyan bowl"),
    ("Tom said to bin the yellow block, but don't \u2014 put it in the cyan bowl instead.", lambda i, f: f.base(Y) == "cyan bowl"),
])
def test_a_request_passed_on_is_read_as_if_said_here(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize(("question", "start"), [
    ("My manager would like to know how many blocks are in the white bowl.", "2"),
    ("Ayla is asking what is on the red block.", "On the red block: the green block"),
])
def test_a_question_passed_on_is_answered(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)


@pytest.mark.parametrize("text", ["Nobody wants the yellow block in the bin.", "Everything needs to stay where it is."])
def test_words_that_only_look_like_a_relay_are_not_one(text: str) -> None:
    try:
        i, f = outcome(text, crowded())
    except PlanningError:
        return  # refused is fine; read as 'I want ...' is not
    assert f.base(Y) != "bin" and all(f.support[b] == i.support[b] for b in f.blocks)


def test_any_other_block_after_a_rule_is_every_other_block() -> None:
    i, f = outcome("Every block that has a bowl of its colour goes in it; any other block goes in the bin.", coloured())
    assert f.base(B) == "blue bowl" and f.base(G) == "green bowl"
    assert all(f.base(b) == "bin" for b in (R, Y, O, P))


@pytest.mark.parametrize("text", ["Build a tower in the top right corner with all the blocks.",
                                  "Make one tower at the top right corner out of every block."])
def test_a_tower_said_with_its_place_before_its_blocks_stands_there(text: str) -> None:
    i, f = outcome(text, crowded())
    base = [b for b in f.blocks if f.support[b] == "top right corner"]
    assert len(base) == 1 and len(f.above(base[0])) == len(f.blocks) - 1


# ----- how things are now, said before the request (`givens`) ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("For context, the cyan bowl is empty at the moment. Drop the yellow block into it.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Currently the green block is sitting on the red block. Lift it off and set it in the bin.",
     lambda i, f: f.base(G) == "bin" and f.support[R] == i.support[R]),
    ("Can you see the cyan bowl? It has nothing in it. Put the yellow block in there.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("As things stand the purple bowl holds the blue block. Leave that one alone and put the yellow block in there as well.",
     lambda i, f: f.base(Y) == "purple bowl" and f.base(B) == "purple bowl"),
    ("I notice there's nothing on the yellow block right now. Stack the green block on top of it.", lambda i, f: f.support[G] == Y),
    ("Right now the yellow block is on the table. Put the green block on the red block.", lambda i, f: f.support[G] == R),
])
def test_a_fact_about_now_is_context_and_what_it_names_is_what_follows_points_at(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize(("question", "start"), [
    ("The blue block is in the purple bowl. Is the yellow block in there too?", "No"),
    ("Looks like there's a block sitting on the red block right now. Which one is it?", "On the red block: the green block"),
])
def test_a_question_after_a_fact_about_now_is_about_what_it_named(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)


@pytest.mark.parametrize(("text", "check"), [
    ("So, at the moment the purple bowl holds the blue block, and I'd like everything in that bowl put on the table.",
     lambda i, f: f.support[B] == "table"),
    ("The green block is on the red block. Leave those two as they are and put the yellow block in the bin.",
     lambda i, f: f.base(Y) == "bin" and f.support[G] == R and f.support[R] == i.support[R]),
    ("Right now:\n- the green block is on the red block\n- the red block is on the table\nPut the top block of that stack in the bin.",
     lambda i, f: f.base(G) == "bin" and f.support[R] == i.support[R]),
])
def test_facts_about_now_in_a_sentence_or_a_list_are_context(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize(("text", "check"), [
    ("The green block should come out and go on the table.", lambda i, f: f.support[G] == "table"),
    ("Take every block that is in a bowl out of it and set it on the table.",
     lambda i, f: all(f.support[b] == "table" for b in (P, O, B))),
    ("Throw all the blocks in the bin except the yellow block, which must not go in.",
     lambda i, f: f.base(Y) != "bin" and all(f.base(b) == "bin" for b in (R, G, P, O, B))),
    ("Put the yellow block in the cyan bowl, and nothing else moved.",
     lambda i, f: f.base(Y) == "cyan bowl" and all(f.support[b] == i.support[b] for b in (R, G, P, O, B))),
    ("All the blocks that aren't in a bowl go in the bin, and none of the others.",
     lambda i, f: all(f.base(b) == "bin" for b in (R, G, Y)) and all(f.support[b] == i.support[b] for b in (P, O, B))),
    ("Nothing should stay in the white bowl; the bin is not to be used.",
     lambda i, f: not f.in_bowl("white bowl") and not any(f.base(b) == "bin" for b in f.blocks)),
    ("The yellow block should be on the green block when you're done; also the red block stays put.",
     lambda i, f: f.support[Y] == G and f.support[R] == i.support[R]),
])
def test_loose_words_around_a_goal(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


# ----- passive and impersonal requests (`passives`) ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("The yellow block wants shifting into the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("The green block needs popping in the bin, and everything else wants leaving alone.",
     lambda i, f: f.base(G) == "bin" and all(f.support[b] == i.support[b] for b in (R, Y, P, O, B))),
    ("Have the yellow block dropped in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Get the green block moved to the table, but the yellow block mustn't get shifted.",
     lambda i, f: f.support[G] == "table" and f.support[Y] == i.support[Y]),
    ("See that the green block is put in the bin first, and then that the yellow block is put on the red block.",
     lambda i, f: f.base(G) == "bin" and f.support[Y] == R),
    ("The yellow block being placed in the cyan bowl would be lovely.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("It would be much appreciated if the yellow block could be put in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("The purple bowl's block should be removed and set down on the table.", lambda i, f: f.support[B] == "table"),
    ("The block on which the green block sits is to be deposited in the bin.", lambda i, f: f.base(R) == "bin"),
    ("The yellow block is to be moved to the top left corner at the earliest opportunity, the green block remaining undisturbed.",
     lambda i, f: f.support[Y] == "top left corner" and f.support[G] == i.support[G]),
])
def test_a_request_said_without_its_doer(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize(("question", "start"), [
    ("Has the green block been stacked on the red block?", "Yes"),
    ("Did the yellow block get put in the cyan bowl?", "No"),
])
def test_a_question_said_in_the_passive(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)


# ----- what a channel wraps around a request (`trappings`) -----------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("Hey robot - put the yellow block in the cyan bowl, cheers!", lambda i, f: f.base(Y) == "cyan bowl"),
    ("<sam> @bot the yellow block goes in the cyan bowl \U0001F44D", lambda i, f: f.base(Y) == "cyan bowl"),
    ("/do bin the green block", lambda i, f: f.base(G) == "bin"),
    ("Subject: tidy-up\nBody: Hi there, please put the yellow block in the cyan bowl.\nBest regards,\nAmir",
     lambda i, f: f.base(Y) == "cyan bowl"),
    ("JOB-77: (high priority) #bench put the green block on the table", lambda i, f: f.support[G] == "table"),
    ("put the yellow block in the cyan bowl thx :) xx Kim P.S. also bin the green block",
     lambda i, f: f.base(Y) == "cyan bowl" and f.base(G) == "bin"),
    ("All blocks off the bowls please #tidy", lambda i, f: True),  # a tag is never a request: refused or read, never 'clear the table'
])
def test_what_a_channel_wraps_around_a_request_is_looked_past(text: str, check) -> None:
    try:
        i, f = outcome(text, crowded())
    except PlanningError:
        assert "#tidy" in text
        return
    assert check(i, f) and f.held is None and not (text.endswith("#tidy") and any(f.base(b) == "bin" for b in f.blocks))


@pytest.mark.parametrize(("question", "start"), [
    ("<lee> @arm quick q: is the green block on the red block? :)", "Yes"),
    ("what is in the white bowl rn? \U0001F64F P.S. no need to move stuff, just answer", "In the white bowl"),
])
def test_a_wrapped_question_is_answered(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)


@pytest.mark.parametrize(("text", "check"), [
    ("Bin two of the blocks on the table, don't care which.", lambda i, f: sum(f.base(b) == "bin" for b in f.blocks) == 2),
    ("The white bowl must hold the pink block and no other block.",
     lambda i, f: f.base(P) == "white bowl" and [b for b in f.blocks if f.base(b) == "white bowl"] == [P]),
    ("The yellow block should be in the cyan bowl by the time I get back.", lambda i, f: f.base(Y) == "cyan bowl"),
])
def test_more_loose_words(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize(("text", "check"), [
    ("Two blocks are sitting in the white bowl. Put the ones that aren't pink on the table.",
     lambda i, f: f.support[O] == "table" and f.base(P) == "white bowl" and f.base(B) == "purple bowl"),
    ("At the moment two blocks are in the white bowl. Throw them in the bin.",
     lambda i, f: f.base(P) == f.base(O) == "bin" and f.base(B) == "purple bowl"),
])
def test_a_count_said_about_now_names_the_blocks_it_counts(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize(("question", "start"), [
    ("I'm going to drop the yellow block into the cyan bowl. Is that bowl empty?", "Yes"),
    ("I'm about to put the yellow block on the red block. Is anything on it?", "Yes"),
])
def test_the_speakers_own_plan_before_a_question_names_what_it_asks_about(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)


# ----- English as spoken around the world (`dialects`) -------------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("Pit the wee yellow block intae the cyan bowl, aye.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Dinnae move the green block; tak the yellow one oot o' the way.", lambda i, f: f.support[G] == i.support[G] and f.held is None),
    ("Would you ever drop the yellow block in the cyan bowl, grand.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Chuck the green block in the bin, no worries, mate.", lambda i, f: f.base(G) == "bin"),
    ("Kindly keep the yellow block in the cyan bowl itself and do the needful.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Put the yellow block in the cyan bowl can?", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Take the green block off the red block and put on the table lah.", lambda i, f: f.support[G] == "table"),
    ("Abeg put the yellow block inside the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("The yellow block and the green block must be on the table, not stacked.",
     lambda i, f: f.support[Y] == "table" and f.support[G] == "table"),
])
def test_english_as_spoken_around_the_world(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


def test_a_singaporean_question() -> None:
    assert reply("The white bowl got how many blocks inside ah?", crowded()).startswith("2")


def test_can_at_the_end_of_an_ordinary_request_is_kept() -> None:
    i, f = outcome("Put the yellow block in the cyan bowl if you can.", crowded())
    assert f.base(Y) == "cyan bowl"


@pytest.mark.parametrize(("text", "check"), [
    ("Noor asked me to pass on that the green block shouldn't sit on the red block any more.", lambda i, f: f.support[G] != R),
    ("Ticket #51 describes the end state as: the yellow block is in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("The teacher's sketch shows the yellow block on the green block.", lambda i, f: f.support[Y] == G),
    ("Mo's note says the yellow block is on the green block in the final layout.", lambda i, f: f.support[Y] == G),
])
def test_more_relays(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


def test_a_count_asked_for_then_asked() -> None:
    assert reply("The coach asked the class to count the blocks that are outside the bowls. How many are there?", crowded()).startswith("3")


# ----- a request dressed up as play (`games`) ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("Simon says put the yellow block in the cyan bowl!", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Boss level: the green block goes in the bin.", lambda i, f: f.base(G) == "bin"),
    ("Your task, should you choose to accept it, is to put the yellow block in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Round 3 is won once the yellow block is in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("For fifty points, move the yellow block to the top left corner.", lambda i, f: f.support[Y] == "top left corner"),
    ("Quest: rescue the blue block from the purple bowl and bring it to the table.", lambda i, f: f.support[B] == "table"),
    ("Secret code: the yellow block hides in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Put the yellow block on the table, and you score ten points!", lambda i, f: f.support[Y] == i.support[Y] or f.support[Y] == "table"),
])
def test_a_request_dressed_up_as_play(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None
