"""Session-29 capabilities, second round, tested with other sentences than the blind batches': requests written as code,
queries and shell commands (`scripts`), group words and ways of counting a set (`groups`), and what their first runs
showed in the core: 'half of the blocks, but not X' counts half of them all, 'not in W or V' keeps both bowls' blocks,
'the only X' names X (it never empties the target of the others), 'each in a different bowl' stays distributive."""

from __future__ import annotations

import pytest

from agent.planners.offline.loanwords import english_only
from agent.planners.offline.scripts import unscripted

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_fresh162 import unmoved
from tests.agent.test_understanding_more import B, G, O, P, R, Y, outcome, reply

# crowded: P and O in the white bowl, B in the purple bowl, G on R (at the middle), Y on the table, the cyan bowl empty


# ----- code, queries and shell commands --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "said"), [
    ("move(YellowBlock, cyan_bowl)", "move(yellow block, cyan bowl)"),
    ("UPDATE blocks SET location = 'cyan bowl' WHERE name = 'yellow block';", "put the yellow block in the cyan bowl."),
    ("UPDATE blocks SET on_top_of = 'yellow block' WHERE colour = 'green';", "put the green block on the yellow block."),
    ("robot mv yellow_block top_right_corner", "put the yellow block at the top right corner"),
    ("$ robot stack --bottom yellow_block --top pink_block", "put the pink block on the yellow block"),
    ("robot bin --all --exclude red_block", "put every block in the bin except the red block"),
    ('{"move": "yellow block", "onto": "red block"}', "put the yellow block on the red block"),
    ("print(YellowBlock.location)", "where is the yellow block?"),
    ("SELECT COUNT(*) FROM blocks WHERE location = 'white bowl';", "how many blocks are in the white bowl?"),
])
def test_code_is_said_in_words(text: str, said: str) -> None:
    assert unscripted(text) == said


def test_plain_words_are_left_as_they_are() -> None:
    text = "Put the yellow block in the cyan bowl (the one on the left)."
    assert unscripted(text) == text


@pytest.mark.parametrize(("text", "where"), [
    ("for b in [YellowBlock, green_block]:\n    move(b, cyan_bowl)", {Y: "cyan bowl", G: "cyan bowl"}),
    ("[move(b, cyan_bowl) for b in (yellow_block, GreenBlock)]", {Y: "cyan bowl", G: "cyan bowl"}),
    ("robot mv white_bowl/* bin/", {P: "bin", O: "bin"}),
    ("UPDATE blocks SET location = 'bin' WHERE location = 'white bowl'; -- every other row stays unchanged", {P: "bin", O: "bin"}),
    ("robot.place('yellow block', into='cyan bowl', frozen=('green block', 'red block'))", {Y: "cyan bowl"}),
])
def test_a_script_does_what_it_says(text: str, where: dict[str, str]) -> None:
    i, f = outcome(text, crowded())
    assert all(f.base(b) == w for b, w in where.items()) and unmoved(i, f, *(b for b in (P, O, B, G, R, Y) if b not in where))


def test_a_conditional_call_takes_the_branch_the_scene_gives() -> None:
    i, f = outcome("move(YellowBlock, cyan_bowl if cyan_bowl.is_empty() else bin)", crowded())
    assert f.base(Y) == "cyan bowl" and f.held is None


def test_every_block_but_those_in_two_bowls_keeps_both_bowls_blocks() -> None:
    i, f = outcome("UPDATE blocks SET location = 'bin' WHERE location NOT IN ('white bowl', 'purple bowl');", crowded())
    assert {f.base(b) for b in (G, R, Y)} == {"bin"} and unmoved(i, f, P, O, B)


@pytest.mark.parametrize("text", [
    "put every block that is not in the white bowl or the purple bowl in the bin",
    "Bin every block that is in neither the white bowl nor the purple bowl.",
])
def test_not_in_either_of_two_bowls_is_never_a_free_choice(text: str) -> None:
    i, f = outcome(text, crowded())
    assert {f.base(b) for b in (G, R, Y)} == {"bin"} and unmoved(i, f, P, O, B)


@pytest.mark.parametrize(("text", "start"), [
    ("WhiteBowl.is_empty()?", "No"),
    ("pink_block.is_on(OrangeBlock)?", "No"),
    ("SELECT location FROM blocks WHERE name = 'blue block';", "The blue block is in the purple bowl"),
    ("SELECT name FROM blocks WHERE on_top_of = 'red block';", "On the red block"),
    ("robot where green_block", "The green block is on the red block"),
])
def test_a_scripts_question_is_answered_and_never_acted_on(text: str, start: str) -> None:
    assert reply(text, crowded()).startswith(start)


def test_a_query_with_what_it_should_return_is_a_goal() -> None:
    i, f = outcome("SELECT location FROM blocks WHERE name = 'yellow block';  -- should return 'cyan bowl' when you are done", crowded())
    assert f.base(Y) == "cyan bowl" and unmoved(i, f, P, O, B, G, R)


# ----- group words ------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "check"), [
    ("Put the whole lot of blocks in the bin.", lambda i, f: all(f.base(b) == "bin" for b in (P, O, B, G, R, Y))),
    ("The set in the white bowl should go in the cyan bowl.", lambda i, f: f.base(P) == f.base(O) == "cyan bowl" and unmoved(i, f, B, Y)),
    ("Make it so that the pile on the red block is in the bin.", lambda i, f: f.base(G) == "bin" and unmoved(i, f, R, Y, P, O, B)),
    ("Put the yellow block in the cyan bowl and the remainder of the blocks on the table.",
     lambda i, f: f.base(Y) == "cyan bowl" and all(f.support[b] == "table" for b in (P, O, B, G)) and f.base(R) != "bin"),
    ("Put just a single one of the red, green and yellow blocks in the cyan bowl.",
     lambda i, f: len(f.in_bowl("cyan bowl")) == 1 and unmoved(i, f, P, O, B)),
    ("Take the pink block and the yellow block and put the pair of them in the cyan bowl.",
     lambda i, f: f.base(P) == f.base(Y) == "cyan bowl" and unmoved(i, f, O, B)),
    ("Neither of these two, the pink block and the orange block, should stay in a bowl.",
     lambda i, f: f.base(P) not in ("white bowl", "purple bowl", "cyan bowl") and f.base(O) not in ("white bowl", "purple bowl", "cyan bowl")),
])
def test_group_words_name_the_set(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f) and f.held is None


def test_all_but_one_and_leave_that_one_moves_all_but_one() -> None:
    i, f = outcome("Put all but one of the blocks in the bin, and leave that one exactly where it is.", crowded())
    assert sum(f.base(b) == "bin" for b in (P, O, B, G, R, Y)) == 5


def test_most_of_them_said_as_all_but_one() -> None:
    i, f = outcome("Most of the blocks should end up in the bin: all of them but one.", crowded())
    assert sum(f.base(b) == "bin" for b in (P, O, B, G, R, Y)) == 5


def test_half_of_the_blocks_but_not_two_is_half_of_them_all() -> None:
    i, f = outcome("Put half of the blocks in the bin, but not the red block or the yellow block.", crowded())
    assert sum(f.base(b) == "bin" for b in (P, O, B, G, R, Y)) == 3 and f.base(R) != "bin" and f.base(Y) != "bin"


def test_the_only_block_named_so_is_named_not_made_alone() -> None:
    i, f = outcome("Move the only loose block into the white bowl.", crowded())
    assert f.base(Y) == "white bowl" and f.base(P) == f.base(O) == "white bowl"


def test_each_in_a_different_bowl_stays_distributive() -> None:
    i, f = outcome("Take the two blocks out of the white bowl and put each of them in a different bowl.", coloured())
    assert f.base(P) != f.base(O) and "white bowl" not in (f.base(P), f.base(O)) and f.held is None


@pytest.mark.parametrize(("text", "start"), [
    ("Counting the whole lot, how many blocks are there?", "6"),
    ("Leaving the pink block aside, how many of the remaining blocks are in the white bowl?", "1"),
    ("What are the contents of the white bowl?", "In the white bowl"),
    ("Of the whole lot of blocks, are any in the cyan bowl?", "No"),
])
def test_group_words_in_questions(text: str, start: str) -> None:
    assert reply(text, crowded()).startswith(start)


def test_a_list_after_stack_keeps_its_tower() -> None:
    i, f = outcome("Stack the yellow block, the pink block and the red block into a tower, and the blue block has to stay where it is!",
                   crowded())
    assert f.support[P] == Y and f.support[R] == P and unmoved(i, f, B)


# ----- words from another language, shapes said instead of moves (session 29, third round) ----------------------------------
@pytest.mark.parametrize("text", [
    "Pues, put the yellow block in the cyan bowl, gracias.",
    "Na ja, the yellow block goes in the cyan bowl, danke schön!",
    "Écoute, mon amie: I'd like the yellow block in the cyan bowl. Merci beaucoup.",
    "Ecco, put the yellow block in the cyan bowl subito, per favore.",
    "Valeu, cara! Put the yellow block in the cyan bowl, tá bom?",
    "Also, ja, put the yellow block in the cyan bowl, bitte.",
])
def test_words_from_another_language_are_looked_past(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == "cyan bowl" and unmoved(i, f, P, O, B, G, R)


def test_a_no_in_another_language_is_never_dropped() -> None:
    assert english_only("Nein, not the yellow block - the pink one, bitte.") == "Nein, not the yellow block - the pink one."


@pytest.mark.parametrize(("text", "start"), [
    ("Oye, how many blocks are in the white bowl? Gracias.", "2"),
    ("Dis-moi, is the green block on the red block?", "Yes"),
])
def test_a_question_with_words_from_another_language(text: str, start: str) -> None:
    assert reply(text, crowded()).startswith(start)


def test_an_exclamation_before_a_request_is_a_mood() -> None:
    i, f = outcome("What a mess! Put the yellow block in the cyan bowl.", crowded())
    assert f.base(Y) == "cyan bowl" and unmoved(i, f, P, O, B, G, R)


@pytest.mark.parametrize("text", [
    "Make me a three-block tower out of any blocks you like.",
    "I'd like to see a tower of three blocks somewhere on the table.",
    "Build just one stack of three.",
])
def test_a_tower_by_its_height(text: str) -> None:
    i, f = outcome(text, crowded())
    tall = max(1 + len(f.above(b)) for b in f.blocks if f.support[b] not in f.support)
    assert tall >= 3 and f.held is None


def test_a_tower_of_three_in_a_bowl_is_a_tower() -> None:
    i, f = outcome("I'd like a tower of three blocks in the cyan bowl.", crowded())
    inside = f.in_bowl("cyan bowl")
    assert len(inside) == 3 and sum(f.support[b] in f.support for b in inside) == 2


def test_one_more_block_on_the_one_just_placed() -> None:
    i, f = outcome("First put the yellow block in the cyan bowl, then stack one more block on it to make a tower of two.", crowded())
    assert f.base(Y) == "cyan bowl" and len(f.on_top(Y)) == 1 and f.held is None


def test_a_tower_grown_to_a_height_counts_the_whole_tower() -> None:
    i, f = outcome("Add blocks to the tower with the green block on top until it is four blocks tall.", crowded())
    assert len(f.above(R)) == 3 and f.support[G] == R and f.held is None


def test_but_never_anything_on_a_block_keeps_it_clear() -> None:
    i, f = outcome("Stack the pink block on the yellow block, but never put anything on top of the red block.", crowded())
    assert f.support[P] == Y and f.on_top(R) == [] and f.held is None


# ----- permissions, prohibitions and extremes (session 29, fourth round) -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Put the yellow block in the cyan bowl. You may move the green block out of the way if you need to, but not the red block.",
    "Put the yellow block in the cyan bowl. Feel free to move any other block, except the red block.",
    "Feel free to move anything except the red block: just put the yellow block in the cyan bowl.",
    "Put the yellow block in the cyan bowl, but the red block is off limits.",
    "Put the yellow block in the cyan bowl, moving as few other blocks as you can.",
])
def test_a_permission_never_obliges_and_what_it_keeps_out_stays(text: str) -> None:
    i, f = outcome(text, crowded())
    assert f.base(Y) == "cyan bowl" and unmoved(i, f, R, G, P, O, B)


def test_a_bowl_ruled_out_is_never_a_target_and_keeps_what_is_in_it() -> None:
    i, f = outcome("Never put anything in the cyan bowl. Just make sure the yellow block is not on the table.", crowded())
    assert f.base(Y) in ("white bowl", "purple bowl", "bin") and f.in_bowl("cyan bowl") == [] and unmoved(i, f, P, O, B)


def test_do_not_put_anything_in_a_bowl_takes_nothing_out_of_it() -> None:
    i, f = outcome("Put the green block on the table, and do not put anything in the white bowl.", crowded())
    assert f.support[G] == "table" and unmoved(i, f, P, O, B, Y)


def test_a_later_step_reads_the_table_as_the_earlier_steps_leave_it() -> None:
    i, f = outcome("Put the yellow block in the cyan bowl first, then put every block that is still on the table into the bin.", crowded())
    assert f.base(Y) == "cyan bowl" and f.base(G) == f.base(R) == "bin" and unmoved(i, f, P, O, B)


def test_clear_the_block_under_another_uncovers_it() -> None:
    i, f = outcome("Clear the block that the green block is sitting on.", crowded())
    assert f.support[R] == i.support[R] and f.on_top(R) == [] and f.base(G) != "bin"


def test_stack_at_least_two_blocks_on_top_of_a_block() -> None:
    i, f = outcome("Stack at least two blocks on top of the yellow block.", crowded())
    assert len(f.above(Y)) >= 2 and f.held is None


@pytest.mark.parametrize("text", ["Put as many blocks as you can into the cyan bowl.", "Make sure the cyan bowl is as full as it can get."])
def test_as_many_as_a_bowl_holds(text: str) -> None:
    i, f = outcome(text, crowded())
    assert len(f.in_bowl("cyan bowl")) == 4 and f.held is None


def test_a_full_bowl_in_a_condition_is_a_condition() -> None:
    i, f = outcome("Drop the yellow block in the cyan bowl, or in the white bowl if the cyan bowl is full.", crowded())
    assert f.base(Y) == "cyan bowl" and len(f.in_bowl("cyan bowl")) == 1


def test_the_tallest_tower_there_can_be() -> None:
    i, f = outcome("Build the tallest tower you can out of the blocks on the table.", crowded())
    assert len(f.above(R)) == 2 and unmoved(i, f, P, O, B)


@pytest.mark.parametrize(("text", "start"), [
    ("Is every last one of the blocks outside the bowls?", "No"),
    ("Does each of the bowls have at least one block in it?", "No"),
    ("Is there a block sitting on the red block that you would have to move out of the way before picking it up?", "Yes"),
    ("House rule: no block may leave its bowl. How many blocks are in bowls right now?", "3"),
])
def test_questions_about_sets_and_what_is_in_the_way(text: str, start: str) -> None:
    assert reply(text, crowded()).startswith(start)
