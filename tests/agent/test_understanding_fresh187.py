"""What the hundred-and-eighty-eighth to hundred-and-ninety-third untuned batches (`benchmarks.language_fresh187` to
`language_fresh192`, six kinds of ordinary users each) found, said in other words than the batches: a bowl or a tower
said first as the topic ('W: empty it', 'Tallest stack: top block in the bin'), the blocks a job leaves over said as a
topic ('Leftovers? Into the bin.', 'The rest: bin them.'), a bowl tipped out, an exception said after the request ('All
but X'), 'a tower out of two blocks', 'everything in it' and 'its blocks' after a bowl, a wish with 'X in the bin, and
Y too'. Also the wrong actions they found: 'W: X onto the table' put X on another block, 'sort; the rest: bin them'
binned the sorted blocks, 'Sort by colour. Bin the rest.' binned every block, 'every block into W. All but X' put X in
too, 'a tower out of two blocks: X at the bottom, Y on it' built three, and 'empty W; everything in it goes in the bin'
binned a block of another bowl."""

from __future__ import annotations

import pytest

from agent.primitives import Answer, Ask
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, TABLE
from sim.core.perceived import Scene

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_more import CB, PB, WB, B, G, O, P, R, Y, obj, outcome, plan_of, reply

# crowded: pink and orange in the white bowl, blue in the purple bowl, green on red (at the middle), yellow on the
# table, the cyan bowl empty; coloured adds an empty blue and green bowl
ALL = (P, O, B, R, G, Y)


def moved(initial, final) -> set[str]:
    return {b for b in ALL if initial.support[b] != final.support[b]}


def assert_in_order(said: str, parts: tuple[str, ...]) -> None:
    """Each part of a reply to several questions is there, in the order asked."""
    at = 0
    for part in parts:
        assert part in said[at:], (said, parts)
        at = said.index(part, at) + len(part)


@pytest.mark.parametrize(("text", "check"), [
    ("The purple bowl: blue block onto the table.", lambda i, f: f.support[B] == TABLE and moved(i, f) == {B}),
    ("White bowl: orange block over to the cyan bowl.", lambda i, f: f.base(O) == CB and moved(i, f) == {O}),
    ("The white bowl: tip it out onto the table.", lambda i, f: {f.support[P], f.support[O]} == {TABLE} and moved(i, f) == {P, O}),
    ("Cyan bowl: drop the yellow block in it.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("The white bowl: everything out and into the bin.", lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}),
    ("Purple bowl: lift the blue block out and bin it.", lambda i, f: f.base(B) == BIN and moved(i, f) == {B}),
    ("Highest stack: the top block goes on the table.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}),
])
def test_a_bowl_or_a_tower_said_first_is_what_the_rest_is_about(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


@pytest.mark.parametrize("text", [
    "turn the white bowl out onto the table",
    "Pour out the white bowl, please.",
    "could you shake the white bowl out",
])
def test_a_bowl_tipped_out_is_emptied(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.support[P] == f.support[O] == TABLE and moved(i, f) == {P, O}, text


MATCHED = {B: "blue bowl", G: "green bowl"}  # in coloured(); pink and orange sit in the white bowl, blue in the purple one


def sorted_then_binned(i, f) -> bool:
    return all(f.base(b) == bowl for b, bowl in MATCHED.items()) and all(f.base(b) == BIN for b in (P, O, R, Y))


@pytest.mark.parametrize("text", [
    "Match every block to the bowl of its colour. Whatever is left over? Straight into the bin.",
    "Each block into the bowl of its own colour. The others: throw them away.",
    "Colour sort. Spares into the bin.",
    "Sort by colour. Then throw the leftovers in the bin.",
    "Sort by colour. Chuck the rest.",
    "Put every block in the bowl that matches it. Extras? Bin them, please.",
])
def test_the_blocks_a_sort_leaves_over_are_the_unmatched_ones(text: str) -> None:
    i, f = outcome(text, coloured())
    assert sorted_then_binned(i, f), text


def test_no_match_said_as_a_question_leaves_the_block_where_it_is() -> None:
    i, f = outcome("Every block into its colour's bowl. No matching bowl? Keep it where it is.", coloured())
    assert all(f.base(b) == bowl for b, bowl in MATCHED.items()) and moved(i, f) == {B, G}


@pytest.mark.parametrize(("text", "kept"), [
    ("Throw all the blocks away. All but the pink block.", P),
    ("Everyone in the bin! Everything except the yellow block, the yellow block stays.", Y),
    ("Every block goes in the bin. Every block except the blue block, that is.", B),
])
def test_an_exception_said_after_the_request_is_kept_out(text: str, kept: str) -> None:
    i, f = outcome(text, crowded())
    assert f.support[kept] == i.support[kept] and all(f.base(b) == BIN for b in ALL if b != kept), text


def test_a_tower_out_of_two_blocks_is_two_blocks() -> None:
    i, f = outcome("Make me a stack out of two blocks, the yellow block first and the blue block on top of it.", crowded())
    assert f.support[B] == Y and moved(i, f) <= {B, Y} and f.held is None


@pytest.mark.parametrize("text", [
    "Clear the white bowl out. Everything in it goes straight in the bin.",
    "Empty the white bowl and throw its blocks away.",
    "The white bowl needs emptying; its blocks belong in the bin.",
])
def test_what_is_in_a_bowl_said_again_is_that_bowl_s_load(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}, text


@pytest.mark.parametrize("text", [
    "What I'd like is the yellow block in the bin, and the green block as well.",
    "I need the yellow block in the bin, plus the green block too.",
    "what I want is... the yellow block in the bin, and the green block too",
])
def test_a_wish_for_one_block_and_another_too_moves_both(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == f.base(G) == BIN and moved(i, f) == {Y, G}, text


def test_the_bowl_a_block_goes_into_is_what_is_not_disturbed() -> None:
    i, f = outcome("The yellow block has to go in the white bowl; leave what is in it already alone.", crowded())
    assert f.base(Y) == WB and moved(i, f) == {Y} and f.base(B) == PB


def one_bowl() -> Scene:
    """The red and yellow blocks in the white bowl (the only bowl), a loose blue block."""
    return Scene(objects=[obj(WB, pos=(0.40, 0.10)), obj(R, WB, (0.38, 0.10), 0.03), obj(Y, WB, (0.42, 0.11), 0.03),
                          obj(B, pos=(0.60, -0.10))])


@pytest.mark.parametrize("text", [
    "I'd like the white bowl emptied; everything in it goes in the bin.",
    "Empty the white bowl, and put everything in it into the bin.",
])
def test_everything_in_the_only_bowl_goes_where_said_not_into_that_bowl(text: str) -> None:
    i, f = outcome(text, one_bowl())
    assert f.base(R) == f.base(Y) == BIN and f.support[B] == TABLE, text


@pytest.mark.parametrize("text", [
    "Set the pink block, the yellow block and the blue block down in a single stack on the table.",
    "Lay all six blocks in one tall tower, any order.",
    "Put the yellow block and the blue block in a neat pile in the bottom left corner.",
])
def test_blocks_put_in_one_tower_are_stacked(text: str) -> None:
    i, f = outcome(text, crowded())
    named = [b for b in ALL if b.split()[0] in text] or list(ALL)
    bases = {f.base(b) for b in named}
    on_blocks = [b for b in named if f.support[b] in named]
    assert len(bases) == 1 and len(on_blocks) == len(named) - 1 and f.held is None, text


def test_one_block_put_in_a_tower_is_refused_not_put_down() -> None:
    with pytest.raises(PlanningError):
        plan_of("Put the yellow block in a tall tower on the table.", crowded())


def test_the_blocks_in_a_tower_are_the_stacked_ones() -> None:
    i, f = outcome("Throw away the blocks in a stack.", crowded())
    assert f.base(G) == f.base(R) == BIN and moved(i, f) == {G, R}


@pytest.mark.parametrize("text", [
    "So the way this should look at the end, as per my list, is the yellow block sitting in the top right corner.",
    "What I'll need you to do is, first, put the yellow block in the bin; second, the green block on the table.",
    "Firstly put the yellow block in the bin, secondly put the green block on the table.",
])
def test_a_request_framed_as_the_end_or_as_numbered_steps_is_done_not_answered(text: str) -> None:
    plan = plan_of(text, crowded())
    assert not isinstance(plan.steps[0], (Ask, Answer)), plan.steps[0]


def test_find_the_bowl_of_a_block_s_colour_and_put_it_in() -> None:
    i, f = outcome("Would you find the bowl the same colour as the green block and lower the block into it?", coloured())
    assert f.base(G) == "green bowl" and moved(i, f) == {G}


def test_a_sentence_that_says_where_blocks_go_is_never_set_aside() -> None:
    i, f = outcome("Blocks that match a bowl's colour belong in it. Every other block goes in the bin.", coloured())
    assert sorted_then_binned(i, f)


def test_the_blocks_on_the_table_said_twice_all_go() -> None:
    i, f = outcome("Carry every block that's on the table, not in a bowl, across to the bottom left corner.", crowded())
    assert all(f.base(b) == "bottom left corner" for b in (R, G, Y)) and moved(i, f) == {R, G, Y}


@pytest.mark.parametrize(("text", "parts"), [
    ("How many blocks are in the white bowl? And is the orange block in there?", ("2", "Yes")),
    ("Just to double check, which block is riding on the red block?", ("green block",)),
    ("Is anything piled on top of the red block? And what is the yellow block sat on?", ("Yes", "table")),
    ("what's in the purple bowl, pleeease tell me", ("blue block",)),
    ("Exactly how many bowls are aboard?", ("3",)),
    ("is the pink block in a bowl rn? also how many bowls r there", ("Yes", "3")),
    ("is there... is there anything on the red block? i can't quite see... and how many blocks are there, i forget", ("Yes", "6")),
])
def test_everyday_questions_are_each_answered(text: str, parts: tuple[str, ...]) -> None:
    assert_in_order(reply(text, crowded()), parts)


def test_a_count_question_then_add_one_to_it_adds_to_the_bowl() -> None:
    i, f = outcome("How many blocks are in the white bowl? Then add the yellow block to it.", crowded())
    assert f.base(Y) == WB and moved(i, f) == {Y}


@pytest.mark.parametrize(("text", "check"), [
    ("I can see the orange block on your table. It ought to go in the cyan bowl.", lambda i, f: f.base(O) == CB and moved(i, f) == {O}),
    ("Okay, I can see the yellow block there. What I need you to do is put it on the table in the middle.",
     lambda i, f: f.base(Y) == "middle" and moved(i, f) == {Y}),
    ("What I'd love to have done for you today is the yellow block moved into the cyan bowl.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("can you do the yellow block in the cyan bowl and then the green block in the bin", lambda i, f: f.base(Y) == CB and f.base(G) == BIN),
    ("Throw two of the blocks away, I don't mind which two.", lambda i, f: sum(f.base(b) == BIN for b in ALL) == 2 and f.held is None),
    ("All but one of the blocks not in the white bowl go in the bin.",
     lambda i, f: sum(f.base(b) == BIN for b in (B, R, G, Y)) == 3 and f.base(P) == f.base(O) == WB),
])
def test_a_call_centre_a_child_and_a_count_of_the_rest(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


@pytest.mark.parametrize("text", [
    "Blocks with a bowl of their own colour belong in it. Blocks with no such bowl go in the bin.",
    "Every block whose colour matches a bowl goes in that bowl; the others into the bin.",
])
def test_the_blocks_said_by_their_bowl_colour_are_sorted_and_the_rest_binned(text: str) -> None:
    i, f = outcome(text, coloured())
    assert sorted_then_binned(i, f), text


def test_every_single_one_outside_the_bowls() -> None:
    i, f = outcome("Bin all the blocks outside the bowls, every last one. Those in bowls stay.", crowded())
    assert all(f.base(b) == BIN for b in (R, G, Y)) and moved(i, f) == {R, G, Y}


@pytest.mark.parametrize("text", [
    "Take apart all the stacks on the table. Nothing may go in the bin.",
    "Knock down every stack, but don't bin anything.",
])
def test_every_stack_knocked_down_comes_down_to_the_table(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.support[G] == TABLE and moved(i, f) == {G}, text


@pytest.mark.parametrize(("text", "parts"), [
    ("Three counts, please: the number of bowls, the number of blocks in the white bowl, then the number of blocks.", ("3", "2", "6")),
    ("A couple of questions. First, where is the yellow block? Second, what is in the purple bowl?", ("table", "blue block")),
])
def test_counts_and_numbered_questions_are_each_answered(text: str, parts: tuple[str, ...]) -> None:
    assert_in_order(reply(text, crowded()), parts)


@pytest.mark.parametrize(("text", "parts"), [
    ("how many bowls are there? also is there a pink block lol", ("3", "Yes")),
    ("Oi, how many blocks we got, and is anything sat on the red block?", ("6", "Yes")),
])
def test_a_count_then_a_yes_no_question_are_both_answered(text: str, parts: tuple[str, ...]) -> None:
    assert_in_order(reply(text, crowded()), parts)


@pytest.mark.parametrize(("text", "check"), [
    ("Shift the block at the very top of the stack containing the red block onto the table.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}),
    ("Bin every block that ain't pink, orange or blue.", lambda i, f: all(f.base(b) == BIN for b in (R, G, Y)) and moved(i, f) == {R, G, Y}),
])
def test_a_tower_containing_a_block_and_ain_t(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


def test_find_the_bowl_that_is_a_block_s_colour_and_pop_that_block_in() -> None:
    i, f = outcome("Find the bowl that's the same colour as the green block and pop the green block in it!", coloured())
    assert f.base(G) == "green bowl" and moved(i, f) == {G}


@pytest.mark.parametrize("text", [
    "Put every block in its matching bowl; everything that's left goes into the bin.",
    "Match each block to its bowl, then whatever is still left goes in the bin.",
])
def test_everything_that_is_left_after_a_sort_is_the_unmatched_blocks(text: str) -> None:
    i, f = outcome(text, coloured())
    assert sorted_then_binned(i, f), text


def test_blocks_outside_the_bowls_put_in_a_bowl() -> None:
    i, f = outcome("Put all three blocks outside the bowls in the cyan bowl.", crowded())
    assert all(f.base(b) == CB for b in (R, G, Y)) and moved(i, f) == {R, G, Y}


def test_an_interjection_before_and_is_no_question_of_its_own() -> None:
    said = reply("Lovely, thank you! Oh, and is the cyan bowl empty now?", crowded())
    assert said.startswith("Yes") and "cannot answer" not in said


@pytest.mark.parametrize(("text", "check"), [
    ("Make a stack of exactly two blocks: the yellow block at the bottom and the blue block on it.",
     lambda i, f: f.support[B] == Y and moved(i, f) <= {B, Y}),
    ("Only one block is right under the green block. Throw that block away.", lambda i, f: f.base(R) == BIN and f.base(G) != BIN),
    ("It is essential that nothing is on the red block. Don't use the bin.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}),
    ("Dude, grab the block in the purple bowl and chuck it on the yellow block, sweet.", lambda i, f: f.support[B] == Y and moved(i, f) == {B}),
    ("Pop the little yellow block in the cyan bowl, there we go.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
])
def test_a_tower_of_exactly_n_the_block_below_and_casual_tails(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


@pytest.mark.parametrize(("text", "check"), [
    ("i want the purple bowl empty can u do that", lambda i, f: f.base(B) != PB and moved(i, f) == {B}),
    ("Drop off exactly one block in the cyan bowl; any one will do.", lambda i, f: sum(f.base(b) == CB for b in ALL) == 1 and f.held is None),
    ("Hey, which block is in the purple bowl?", None),
])
def test_a_texter_a_courier_and_a_greeting(text: str, check) -> None:
    if check is None:
        assert "blue block" in reply(text, crowded())
        return
    i, f = outcome(text, crowded())
    assert check(i, f), text


def test_whatever_is_on_a_block_has_to_go_means_away_never_onto_it() -> None:
    i, f = outcome("Dude, whatever's on the red block has to go.", crowded())
    assert f.base(G) == BIN and moved(i, f) == {G}


@pytest.mark.parametrize(("text", "check"), [
    ("Why is the green block still on the red block? It belongs on the yellow block. Move it.", lambda i, f: f.support[G] == Y and moved(i, f) == {G}),
    ("Every block that ain't in a bowl, toss it in the bin, the lot of 'em.", lambda i, f: all(f.base(b) == BIN for b in (R, G, Y)) and moved(i, f) == {R, G, Y}),
])
def test_an_engineer_s_why_and_a_trader_s_lot_of_em(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


def test_a_sentence_that_only_points_at_a_block_is_no_empty_instruction() -> None:
    with pytest.raises(PlanningError, match="could not understand"):
        plan_of("I can see the yellow block.", crowded())
