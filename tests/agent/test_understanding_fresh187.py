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

from sim.core.lexicon import BIN, TABLE
from sim.core.perceived import Scene

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_more import CB, PB, WB, B, G, O, P, R, Y, obj, outcome

# crowded: pink and orange in the white bowl, blue in the purple bowl, green on red (at the middle), yellow on the
# table, the cyan bowl empty; coloured adds an empty blue and green bowl
ALL = (P, O, B, R, G, Y)


def moved(initial, final) -> set[str]:
    return {b for b in ALL if initial.support[b] != final.support[b]}


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
