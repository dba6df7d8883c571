"""Session-28 capabilities, tested with other sentences than the blind batches': a block's matching bowl with a
fallback ('X in the bowl of its colour, or in the bin if there isn't one'); a polite request with a question mark after
a long preamble, and a correction that narrows it ('sorry, only the ones on the table'); a question, then the wish it
was asked for ('How full is W? Because I'd like X in it'); a relation said once and then 'stack them'; exclamative
wishes ('how I wish X would dwell in W'); a QA report's failed check; a thing said first, then what to do with it;
negative questions, tag questions and checking back (`tag_questions`); a bowl target with one bowl ruled out."""

from __future__ import annotations

import pytest

from agent.primitives import Answer
from sim.core.perceived import Scene

from tests.agent.test_understanding_fresh138 import binned, coloured, crowded, obj
from tests.agent.test_understanding_more import B, G, O, P, R, Y, outcome, plan_of, reply


# ----- a matching bowl, or else ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "where"), [
    ("Drop the blue block into the bowl that matches it, or onto the table if there is no such bowl.", "blue bowl"),
    ("The green block belongs in its matching bowl; if no bowl matches it, in the bin.", "green bowl"),
    ("Put the yellow block in the bowl of its own colour, or in the bin if there's none.", "bin"),
    ("If there is a bowl that matches the red block, put it in that bowl; otherwise, the bin.", "bin"),
])
def test_a_matching_bowl_with_a_fallback_takes_the_branch_the_scene_gives(text: str, where: str) -> None:
    block = next(b for b in (B, G, Y, R) if b.split()[0] in text)
    i, f = outcome(text, coloured())
    assert (f.base(block) if where != "table" else f.support[block]) == where and f.held is None


def test_every_block_to_its_matching_bowl_or_else_the_fallback() -> None:
    i, f = outcome("Every block goes in its matching bowl, or on the table if it has no matching bowl.", coloured())
    assert f.base(B) == "blue bowl" and f.base(G) == "green bowl" and f.held is None
    assert all(f.base(b) not in ("bin",) for b in (R, Y, P, O))


# ----- requests after a preamble, corrections that narrow them ------------------------------------------------------------------
def test_a_polite_request_with_a_question_mark_after_a_preamble_is_a_request() -> None:
    text = ("Morning! I'm covering for Dana today and I'm nervous about breaking things, sorry. Could you put every block "
            "that's on the table into the cyan bowl? Sorry, just the ones on the table - the bowls can stay as they are.")
    i, f = outcome(text, crowded())
    assert {f.base(b) for b in (R, G, Y)} == {"cyan bowl"} and f.base(P) == f.base(O) == "white bowl" and f.base(B) == "purple bowl"


def test_only_in_a_correction_narrows_what_moves_and_takes_nothing_out() -> None:
    i, f = outcome("Bin the yellow and the green block. Sorry, only the yellow block.", crowded())
    assert f.base(Y) == "bin" and f.base(G) != "bin" and f.base(P) == "white bowl" and f.held is None


# ----- a question, then the wish it was asked for ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "How many blocks does the cyan bowl hold? Because I'd really like the yellow block in it.",
    "Who moved the yellow block out of the cyan bowl? I'd like it back in there.",
])
def test_a_question_then_the_wish_it_was_for(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == "cyan bowl" and f.held is None


# ----- said once, then 'stack them' ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The yellow block should end up on top of the green block - stack them, please.",
    "Put the yellow block onto the green block and stack them up.",
])
def test_stack_them_after_the_relation_says_it_again(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.support[Y] == G and f.held is None


# ----- exclamative wishes, lived-in places ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Oh how I wish the yellow block resided in the cyan bowl!",
    "How I'd love the yellow block to dwell in the cyan bowl.",
    "the yellow block should reside in the cyan bowl",
])
def test_exclamative_wishes_and_dwelling(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == "cyan bowl" and f.held is None


# ----- a QA report, a thing said first --------------------------------------------------------------------------------------------
def test_a_failed_check_in_a_report_says_the_goal() -> None:
    i, f = outcome("Occupancy check failed on the cyan bowl: it should contain exactly 2 blocks, not 0.", crowded())
    assert sum(f.base(b) == "cyan bowl" for b in f.blocks) == 2 and f.held is None


@pytest.mark.parametrize(("text", "gone"), [
    ("Everything to the right of the cyan bowl, chuck the lot in the bin.", None),
    ("Whatever is in the white bowl, put them all on the table.", (P, O)),
])
def test_a_thing_said_first_then_what_to_do_with_it(text: str, gone) -> None:
    i, f = outcome(text, crowded())
    if gone:
        assert all(f.support[b] == "table" for b in gone) and f.held is None
    else:
        assert any(f.base(b) == "bin" for b in f.blocks) and f.held is None


def test_anything_in_the_bin_with_a_matching_bowl_said_first_goes_to_that_bowl() -> None:
    scene = Scene(objects=[*binned().objects, obj("yellow bowl", pos=(0.30, -0.10))])
    i, f = outcome("Anything in the bin that has a bowl of its colour: fish it out and put it in that bowl.", scene)
    assert f.base(Y) == "yellow bowl" and f.support[R] == i.support[R] and f.held is None


# ----- negative questions, tag questions and checking back (`tag_questions`) ---------------------------------------------------
@pytest.mark.parametrize(("question", "start"), [
    ("Isn't the orange block in the white bowl?", "Yes"),
    ("Aren't there any blocks in the cyan bowl?", "No"),
    ("Doesn't the purple bowl have two blocks in it?", "No"),
    ("The cyan bowl has nothing in it, right?", "Yes"),
    ("There aren't any blocks in the purple bowl, are there?", "Yes"),
    ("So the green block is resting on the red block, correct?", "Yes"),
    ("The yellow block isn't in a bowl, is it?", "No"),
    ("Tell me what is in the white bowl, would you?", "In the white bowl"),
    ("Why don't you tell me how many bowls there are?", "3"),
    ("Wasn't somebody meant to lift the green block off the red block? Is it still on it?", "Yes"),
    ("Wasn't the cyan bowl supposed to have the yellow block in it? Is it in there?", "No"),
])
def test_negative_and_tag_questions_ask_what_is_true(question: str, start: str) -> None:
    assert reply(question, crowded()).lower().startswith(start.lower())


def test_checking_a_fact_back_never_moves_anything() -> None:
    plan = plan_of("So the yellow block is sitting on the table, right?", crowded())
    assert len(plan.steps) == 1 and isinstance(plan.steps[0], Answer)


@pytest.mark.parametrize(("text", "check"), [
    ("Shouldn't the yellow block be in the cyan bowl? Sort that out.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Wasn't the yellow block meant to go in the bin? Go ahead then.", lambda i, f: f.base(Y) == "bin"),
    ("Weren't you going to put the yellow block on the green block? Do it now please.", lambda i, f: f.support[Y] == G),
    ("Didn't I ask for the yellow block in the cyan bowl? I still do; see to it.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Wouldn't the yellow block look nicer in the cyan bowl? Make it happen.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Wasn't the cyan bowl supposed to get the yellow block? Pop it in there then.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Why don't you move the yellow block to the top left corner?", lambda i, f: f.support[Y] == "top left corner"),
    ("Couldn't you just drop the yellow block in the bin?", lambda i, f: f.base(Y) == "bin"),
    ("Put the yellow block in the cyan bowl, won't you?", lambda i, f: f.base(Y) == "cyan bowl"),
    ("You'll stack the yellow block on the green block, won't you?", lambda i, f: f.support[Y] == G),
    ("So you're putting the yellow block in the bin, yeah? Off you go.", lambda i, f: f.base(Y) == "bin"),
    ("The yellow block belongs in the cyan bowl, doesn't it? Fix that.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("You won't bin the yellow block, will you? Put it in the cyan bowl instead.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("The yellow block goes in the cyan bowl, ok? And the pink block stays put, yeah?",
     lambda i, f: f.base(Y) == "cyan bowl" and f.base(P) == "white bowl"),
    ("Isn't the end table meant to have the yellow block in the cyan bowl? Make it so.", lambda i, f: f.base(Y) == "cyan bowl"),
])
def test_a_question_with_a_go_ahead_or_a_tag_is_the_request(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize(("text", "check"), [
    ("Put the yellow block in any bowl but the purple bowl; put it in one.", lambda i, f: f.base(Y) in ("white bowl", "cyan bowl")),
    ("Put the yellow block in a bowl, any but the one that's its own colour.", lambda i, f: f.base(Y) in ("white bowl", "purple bowl", "cyan bowl")),
    ("Put the blue block in a bowl that isn't its colour, would you?", lambda i, f: f.base(B) in ("white bowl", "purple bowl", "cyan bowl", "green bowl")),
])
def test_a_bowl_but_not_one_rules_out_only_that_bowl(text: str, check) -> None:
    i, f = outcome(text, coloured())
    assert check(i, f) and f.held is None


# ----- wants said through negatives (`polarity`) -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("I wouldn't object to the yellow block sitting in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("It wouldn't do any harm to drop the yellow block in the bin.", lambda i, f: f.base(Y) == "bin"),
    ("It would not be a bad thing if the yellow block were in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("There's no reason the yellow block can't go in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("It's not that the yellow block shouldn't be on the green block; it should.", lambda i, f: f.support[Y] == G),
    ("The yellow block not being in the bin is not acceptable.", lambda i, f: f.base(Y) == "bin"),
    ("Not stacking the yellow block on the green block is not an option.", lambda i, f: f.support[Y] == G),
    ("Don't let the yellow block stay outside the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Don't leave the cyan bowl without the yellow block in it.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Don't leave the yellow block anywhere except the bin.", lambda i, f: f.base(Y) == "bin"),
    ("Please don't forget to put the yellow block in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("The cyan bowl should hold nothing but the yellow block.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("No bowl should have fewer than one block in it.", lambda i, f: all(f.count_at(w) >= 1 for w in ("white bowl", "purple bowl", "cyan bowl"))),
    ("Empty the white bowl so that not a single block is left in it.", lambda i, f: f.count_at("white bowl") == 0),
    ("Put the yellow block in the bin; not one other block should move.",
     lambda i, f: f.base(Y) == "bin" and all(f.support[b] == i.support[b] for b in (P, O, B, R, G))),
    ("Keep adding blocks to the cyan bowl until it has no fewer than two of them.", lambda i, f: f.count_at("cyan bowl") >= 2),
])
def test_wants_said_through_negatives(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


def test_a_bound_said_through_a_negative_adds_no_move_it_does_not_need() -> None:
    i, f = outcome("Make sure no bowl holds fewer than one block.", crowded())
    assert [b for b in f.blocks if f.support[b] != i.support[b]] == [G] and f.base(G) == "cyan bowl"


@pytest.mark.parametrize(("question", "start"), [
    ("Is it fair to say the white bowl isn't empty?", "Yes"),
    ("Would it be right to say the cyan bowl is empty?", "Yes"),
    ("Isn't it true that no block is sitting on the green block?", "Yes"),
    ("Is there nothing but the blue block in the purple bowl?", "Yes"),
    ("How many bowls have not a single block in them?", "1"),
    ("Is the yellow block anywhere but on the table?", "No"),
])
def test_questions_said_through_negatives_are_answered(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)


# ----- colour words: shades, tints, '-ish', '-coloured', a colour as a noun (`sim.core.lexicon.shades`) ------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("Put the pale yellow block in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Drop the yellowish block into the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Move the yellow-coloured block into the cyan-coloured bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Bin the block that is the colour of a banana.", lambda i, f: f.base(Y) == "bin"),
    ("Put the block the colour of an orange in the cyan bowl.", lambda i, f: f.base(O) == "cyan bowl"),
    ("Take the yellow and put it in the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Put the leaf-green block on the yellow block.", lambda i, f: f.support[G] == Y),
])
def test_colour_words_name_the_colour_meant(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


# ----- dictation: words heard as two, corrections without marks, a run-on's steps (`speech.dictated`) ----------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("the yellow block is in side the cyan bowl", lambda i, f: f.base(Y) == "cyan bowl"),
    ("with out moving the pink block put the yellow block on the green block", lambda i, f: f.support[Y] == G and f.support[P] == i.support[P]),
    ("put the yellow block on the red block um no not on the red block on the green block", lambda i, f: f.support[Y] == G),
    ("first the yellow block into the bin next the green block into the cyan bowl", lambda i, f: f.base(Y) == "bin" and f.base(G) == "cyan bowl"),
    ("put won block in the cyan bowl", lambda i, f: sum(f.base(b) == "cyan bowl" for b in f.blocks) == 1),
])
def test_dictation_artefacts_are_read_as_said(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


# ----- moods (`moods`): feelings looked past, corrections kept --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("Oh for goodness' sake, put the flipping yellow block in the cyan bowl!", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Hurry up and drop the yellow block in the bin before my manager gets back!", lambda i, f: f.base(Y) == "bin"),
    ("That's all wrong! Put the yellow block on the green block.", lambda i, f: f.support[Y] == G),
    ("Perfect, thank you! Now the yellow block into the cyan bowl, please please please.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Sorry, this might be a daft request, but I'd like the yellow block in the bin, if that's okay?", lambda i, f: f.base(Y) == "bin"),
    ("Bin the yellow block, then the green one... no! then the pink one!", lambda i, f: f.base(Y) == "bin" and f.base(P) == "bin" and f.base(G) != "bin"),
    ("Put two blocks in the cyan bowl, just two, no more.", lambda i, f: f.count_at("cyan bowl") == 2),
    ("No! I told you that everything in the white bowl goes on the table. All of it.",
     lambda i, f: f.count_at("white bowl") == 0 and f.base(B) == "purple bowl" and f.support[G] == R),
])
def test_a_mood_never_changes_what_is_asked(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize("question", [
    "For crying out loud, how many bloody bowls are there?",
    "could you tell me how many bowls there are, I can't really see them from here",
])
def test_an_exasperated_or_squinting_question_is_answered(question: str) -> None:
    assert reply(question, crowded()).startswith("3")


# ----- prepositions (`spatial`), a block said to be on top (`givens`), a reversal (`swaps`) ---------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("Let the yellow block be placed within the cyan bowl.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("Set the yellow block upon the pink block.", lambda i, f: f.support[Y] == P),
    ("Take the orange block out from inside of the white bowl and put it on the table.", lambda i, f: f.support[O] == "table"),
    ("Carry the yellow block across to the cyan bowl and drop it in.", lambda i, f: f.base(Y) == "cyan bowl"),
    ("The yellow block should be taken over to the bin.", lambda i, f: f.base(Y) == "bin"),
    ("I want the red block out from under the green block and sitting in the cyan bowl.", lambda i, f: f.base(R) == "cyan bowl" and f.is_clear(R)),
    ("When you're done, the yellow block should be on top and the pink block right underneath it.", lambda i, f: f.support[Y] == P),
    ("The red block has something on top. Put that block in the cyan bowl.", lambda i, f: f.base(G) == "cyan bowl" and f.support[R] == i.support[R]),
    ("The red block shouldn't be under the green block any more; put it on top instead.", lambda i, f: f.support[R] == G),
])
def test_spatial_words_said_other_ways(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


@pytest.mark.parametrize(("question", "start"), [
    ("How many blocks must come off the top before the red block can be picked up?", "1"),
    ("Are the green block and the red block stacked with the green one on top?", "Yes"),
    ("Which blocks would I have to lift off the red block before carrying it to the bin?", "Above the red block: the green block"),
])
def test_spatial_questions_said_other_ways(question: str, start: str) -> None:
    assert reply(question, crowded()).startswith(start)
