"""What the two-hundredth to two-hundred-and-eleventh untuned batches (`benchmarks.language_fresh199` to
`language_fresh210`, six kinds of ordinary users each) and the mends before them found, said in other words than the
batches. The wrong actions: 'Can we take ... and put it ...?' answered as a question, 'there's a good fellow' mended to
'yellow', 'stack X on Y? but keep Z where it is' stacking every block, a learner's 'in bowl with same colour as Y block',
'the block nearest W that is not in a bowl' taking the nearest of all, "Tell you what, ...: every block on the table goes
in the bin" answered with what the robot sees, 'empty W into the bin, but X stays in there' binning X, 'bin everything
except the ones in W, those stay' doing nothing, a German 'X on Y stack.' read as Y's tower, and 'Put three blocks in W.
Just three.' adding three to what W held, 'anything not in a bowl, chuck it in the bin' binning one block, "There's only the
one stack, I think." and "its a tower!!" read as goals that stacked everything, and a learner's second sentence ('In the
bowls should stay only blocks of the same colour') swallowed by the first. Also what is said to be on or in something ("There's stuff on X; I want nothing
on it"), two questions said loosely, asides in brackets, and the words of trades, learners, dialects and registers."""

from __future__ import annotations

import pytest

from sim.core.lexicon import BIN, TABLE
from sim.core.perceived import Scene

from tests.agent.test_understanding_fresh138 import alone_in, coloured, crowded
from tests.agent.test_understanding_more import CB, PB, WB, B, G, O, P, R, Y, obj, outcome, plan_of, reply

# crowded: pink and orange in the white bowl, blue in the purple bowl, green on red (at the middle), yellow on the
# table, the cyan bowl empty
ALL = (P, O, B, R, G, Y)


def moved(initial, final) -> set[str]:
    return {b for b in ALL if initial.support[b] != final.support[b]}


@pytest.mark.parametrize(("text", "check"), [
    ("there's something sitting on the red block - we don't want anything on top of it",
     lambda i, f: f.is_clear(R) and moved(i, f) == {G}),
    ("Theres junk on the red block. Please clear it.", lambda i, f: f.is_clear(R) and moved(i, f) == {G}),
    ("There are a few blocks in the white bowl; chuck them in the bin.",
     lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}),
    ("there are some blocks in the white bowl. they need to go on the table",
     lambda i, f: f.support[P] == f.support[O] == TABLE and moved(i, f) == {P, O}),
    ("There's stuff on the red block, get rid of it.", lambda i, f: f.base(G) == BIN and moved(i, f) == {G}),
])
def test_what_is_said_to_be_on_or_in_a_thing_is_what_it_and_them_mean(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


@pytest.mark.parametrize(("text", "check"), [
    ("Set the yellow block down in the top left corner, out of the way.",
     lambda i, f: f.support[Y] == "top left corner" and moved(i, f) == {Y}),
    ("grab the blue block and drop it off on the table", lambda i, f: f.support[B] == TABLE and moved(i, f) == {B}),
    ("Take the blue block and set it down anywhere other than the bin or a bowl.",
     lambda i, f: f.base(B) not in (BIN, WB, "purple bowl", "cyan bowl") and moved(i, f) == {B}),
    ("Bring the orange block back to the table without putting anything on top of it.",
     lambda i, f: f.support[O] == TABLE and f.is_clear(O) and moved(i, f) == {O}),
])
def test_where_a_block_goes_said_with_an_aside(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


def test_a_sentence_that_says_why_a_question_is_asked_is_set_aside() -> None:
    said = reply("Which bowl has the blue block in it? I just want to know where to find it.", crowded())
    assert "purple bowl" in said


@pytest.mark.parametrize("text", [
    "stack the blocks without stacking anything on it",
    "there's stuff on the yellow block; put it on the cyan bowl",
    "Move the orange block to the middle, nice and mellow.",  # 'mellow' is no 'yellow'
])
def test_an_unclear_it_or_a_vague_goal_is_never_acted_on_wrongly(text: str) -> None:
    """'it' with nothing it could mean, stuff said to be where nothing is, or a word one letter from a colour that colours
    nothing ('mellow') is refused, never acted on."""
    try:
        plan = plan_of(text, crowded())
    except Exception:
        return
    assert plan.steps[0].primitive in ("ask", "answer"), plan.steps


@pytest.mark.parametrize(("text", "check", "scene"), [
    # a request asked with 'can we ...?' is a request, whatever the verb
    ("Could we lift the block at the very top of the stack and set it in the cyan bowl?",
     lambda i, f: f.base(G) == CB and moved(i, f) == {G}, crowded),
    ("can we shift the yellow block over to the bin?", lambda i, f: f.base(Y) == BIN and moved(i, f) == {Y}, crowded),
    # a word one letter from a colour is no colour unless it colours something: 'mellow' is not 'yellow'
    ("Pop the pink block in the cyan bowl, there's a good fellow.", lambda i, f: f.base(P) == CB and moved(i, f) == {P}, crowded),
    # an exception said in a sentence of its own only keeps its block
    ("Can you stack the yellow block onto the green block? But keep the blue block where it is, please.",
     lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    # a learner's 'in bowl with same colour as X block': X's colour, not the block's own
    ("put yellow block into bowl having same colour as green block", lambda i, f: f.base(Y) == "green bowl" and moved(i, f) == {Y}, coloured),
    # 'the one block in it': the block in the bowl said before
    ("See the purple bowl? There is only the one block in it. Could you lift that block out and put it on the table?",
     lambda i, f: f.support[B] == TABLE and moved(i, f) == {B}, crowded),
])
def test_what_the_batches_did_wrong_is_read_right(text: str, check, scene) -> None:
    i, f = outcome(text, scene())
    assert check(i, f), text


@pytest.mark.parametrize(("text", "parts"), [
    ("How many blocks does the white bowl hold nowadays, and is the orange block one of them?", ("2", "Yes")),
    ("how many blocks r in the white bowl and is the cyan bowl empty", ("2", "Yes")),
    ("so how many bowls are there and uh is the green block on the red block", ("3", "Yes")),
    ("Is the yellow block in a bowl? Furthermore, please state how many blocks the white bowl holds.", ("No", "2")),
    ("the pink block is in which bowl? and how many block there are?", ("white bowl", "6")),
])
def test_two_questions_said_loosely_are_each_answered(text: str, parts: tuple[str, ...]) -> None:
    said = reply(text, crowded())
    at = 0
    for part in parts:
        assert part in said[at:], (said, parts)
        at = said.index(part, at) + len(part)


def test_what_is_that_on_a_block_names_it() -> None:
    assert "green block" in reply("what's that block resting on the red block?", crowded())


@pytest.mark.parametrize(("text", "check"), [
    # asides and manner said around the request
    ("I'd love the yellow block set in the middle, it would look so nice there", lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}),
    ("Pop the yellow block into the cyan bowl, nice and neat.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("The pink block sits on the table, out of its bowl, calm and relaxed.", lambda i, f: f.support[P] == TABLE and moved(i, f) == {P}),
    ("By the buzzer the white bowl is empty and everything that was in it is in the bin!",
     lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}),
    ("Take a breath. Move the yellow block to the top left corner, hands off the purple bowl.",
     lambda i, f: f.support[Y] == "top left corner" and moved(i, f) == {Y}),
    ("Now, take the yellow block (my neighbour thinks it looks like cheese, but what does he know) and put it in the bin.",
     lambda i, f: f.base(Y) == BIN and moved(i, f) == {Y}),
    ("The green block ought to be standing on the yellow block, the way it used to be before the kids got at it, bless them.",
     lambda i, f: f.support[G] == Y and moved(i, f) == {G}),
    ("What I really want, and my husband agrees for once, is to see the yellow block in the cyan bowl.",
     lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("I'd like exactly one block in the cyan bowl. No more, mind, and I don't really care which one, you choose.",
     lambda i, f: len(f.in_bowl(CB)) == 1),
    # trades and learners
    ("pull the blue block out of the purple bowl, ship to bin.", lambda i, f: f.base(B) == BIN and moved(i, f) == {B}),
    ("First, put the yellow block in the middle, then have the blue block join it there.",
     lambda i, f: f.support[Y] == f.support[B] == "middle" and moved(i, f) == {Y, B}),
    ("put every block in the bin but not pink block and not orange block",
     lambda i, f: all(f.base(b) == BIN for b in (B, R, G, Y)) and f.base(P) == f.base(O) == WB),
    ("put the yellow block in the bin, the other blocks stay in same position", lambda i, f: f.base(Y) == BIN and moved(i, f) == {Y}),
    ("want: yellow block, pink block in one tower (order does not matter)",
     lambda i, f: {f.support[Y], f.support[P]} & {Y, P} and moved(i, f) <= {Y, P}),
    ("for every bowl: exactly one block in it", lambda i, f: all(len(f.in_bowl(w)) == 1 for w in (WB, PB, CB))),
    ("sort out the white bowl so that it has exactly one block in it", lambda i, f: len(f.in_bowl(WB)) == 1),
    ("make the cyan bowl hold exactly two blocks", lambda i, f: len(f.in_bowl(CB)) == 2),
    ("the cyan bowl should have the yellow block in it and, like, nothing else", alone_in(Y, CB)),
    ("What I'd like, dear, is the pink block sitting in the white bowl, with nothing else in there.", alone_in(P, WB)),
    ("Set the yellow block down on the table, only not in one of the corners.", lambda i, f: f.support[Y] == TABLE),
    ("Might I suggest putting the yellow block into the cyan bowl?", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Could you take the block off the very top of the tower and pop it in the cyan bowl?", lambda i, f: f.base(G) == CB and moved(i, f) == {G}),
    ("tidy all the blocks out of the white bowl into the bin, but the orange block stays put",
     lambda i, f: f.base(P) == BIN and f.base(O) == WB and moved(i, f) == {P}),
    ("I want all the blocks lifted out of the white bowl, just not into the bin; the bin is for trash.",
     lambda i, f: f.base(P) not in (WB, BIN) and f.base(O) not in (WB, BIN) and moved(i, f) == {P, O}),
    ("I'd like the yellow block in the bin, but don't you go moving the tower the red block is in; it took me ages, that did.",
     lambda i, f: f.base(Y) == BIN and moved(i, f) == {Y}),
    ("The yellow block goes in the bin. Then put the green block where that one was, in the bottom left corner.",
     lambda i, f: f.base(Y) == BIN and f.support[G] == "bottom left corner"),
])
def test_ordinary_people_in_their_own_words(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


def test_a_same_coloured_bowl_is_the_matching_bowl() -> None:
    i, f = outcome("blocks with a same-coloured bowl -> that bowl", coloured())
    assert f.base(B) == "blue bowl" and f.base(G) == "green bowl" and moved(i, f) == {B, G}


def bowl_block_nearest() -> Scene:
    """The orange block in the white bowl is the block nearest the cyan bowl; the red block is the nearest of those in
    no bowl."""
    return Scene(objects=[obj(CB, pos=(0.60, -0.10)), obj(WB, pos=(0.60, 0.02)), obj(O, WB, (0.60, 0.02), 0.03),
                          obj(R, pos=(0.42, -0.20)), obj(Y, pos=(0.30, 0.22))])


@pytest.mark.parametrize("text", [
    "take the block closest to the cyan bowl that is not in a bowl and put it in the cyan bowl",
    "Out of the blocks that aren't in any bowl, grab the one nearest the cyan bowl and drop it into the cyan bowl.",
    "Among the blocks not in a bowl, move the one closest to the cyan bowl into the cyan bowl.",
])
def test_a_nearest_block_keeps_what_else_is_said_of_it(text: str) -> None:
    """The nearest of the blocks the words allow, never the nearest of all."""
    i, f = outcome(text, bowl_block_nearest())
    assert f.base(R) == CB and f.base(O) == WB, text


@pytest.mark.parametrize(("text", "parts"), [
    ("Would you mind telling me how many bowls there are, and whether the cyan bowl is empty?", ("3", "Yes")),
    ("erm, which block sits on top of the red block? I can't quite tell", ("green block",)),
    ("how many bowls ye got, and what's restin in the purple bowl?", ("3", "blue block")),
    ("Kindly state, for the record, how many blocks are presently in the white bowl.", ("2",)),
])
def test_questions_in_more_registers(text: str, parts: tuple[str, ...]) -> None:
    said = reply(text, crowded())
    at = 0
    for part in parts:
        assert part in said[at:], (said, parts)
        at = said.index(part, at) + len(part)


@pytest.mark.parametrize(("text", "check"), [
    ("I do believe the yellow block ought to go in the cyan bowl. Would you see to it?", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Lift the yellow block and set it down, nicely centred, in the middle.", lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}),
    ("Pop the yellow block in the cyan bowl. The orange block itself can go anywhere you like.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("first drop the yellow block in the bin, then spin the blue block over to the top left corner",
     lambda i, f: f.base(Y) == BIN and f.support[B] == "top left corner" and moved(i, f) == {Y, B}),
    ("Move the yellow block to the middle, the pink block stays in the mix.", lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}),
    ("It is hereby ordered that the yellow block shall be placed within the cyan bowl.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("All blocks, save and except the pink block and the orange block, shall be disposed of in the bin.",
     lambda i, f: all(f.base(b) == BIN for b in (B, R, G, Y)) and f.base(P) == f.base(O) == WB),
    ("The block resting upon the red block shall be removed to the bin forthwith.", lambda i, f: f.base(G) == BIN and moved(i, f) == {G}),
    ("It is our client's sincere wish that the yellow block be moved to the middle.", lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}),
    ("Put the yellow block in the cyan bowl. Now. No excuses.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("I need the yellow block in the cyan bowl by end of day.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Every bowl gets exactly one block. Every single bowl. Understood?", lambda i, f: all(len(f.in_bowl(w)) == 1 for w in (WB, PB, CB))),
    ("And at the final buzzer the yellow block is sitting pretty in the cyan bowl! What a game!", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Unit, execute construction: the yellow block at the base, the pink block on the yellow block.",
     lambda i, f: f.support[P] == Y and f.support[Y] == TABLE and moved(i, f) == {P}),
    ("This operator desires the white bowl emptied.", lambda i, f: f.base(P) != WB and f.base(O) != WB and moved(i, f) == {P, O}),
    ("Unit: nothing is to remain on top of the red block. Negative on using the bin.",
     lambda i, f: f.is_clear(R) and f.base(G) != BIN and moved(i, f) == {G}),
    ("the yellow block is supposed to be in the cyan bowl and it's not", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("I notice that the blue block is in the purple bowl. Take it out and put it on the table.",
     lambda i, f: f.support[B] == TABLE and moved(i, f) == {B}),
    ("Put the yellow block in the white bowl. The blocks already in the white bowl are precious, so do not touch them.",
     lambda i, f: f.base(Y) == WB and moved(i, f) == {Y}),
    ("Put the pink block on top of the yellow block. The yellow block is the base, so it stays on the table.",
     lambda i, f: f.support[P] == Y and f.support[Y] == TABLE and moved(i, f) == {P}),
    ("i'd like them blocks in the white bowl took out and put on the table", lambda i, f: f.support[P] == f.support[O] == TABLE and moved(i, f) == {P, O}),
    ("yellow block \u27a1\ufe0f bin \U0001f64f", lambda i, f: f.base(Y) == BIN and moved(i, f) == {Y}),
    ("Put exactly one block in the cyan bowl. Not two, not three: the cyan bowl must hold exactly one block at the end.",
     lambda i, f: len(f.in_bowl(CB)) == 1),
    ("Put the yellow block in the bin. Not because it did anything wrong.", lambda i, f: f.base(Y) == BIN and moved(i, f) == {Y}),
    ("first take the blue block out of the purple bowl, then put the yellow block in its place",
     lambda i, f: f.base(Y) == PB and f.base(B) != PB and moved(i, f) == {Y, B}),
    ("Empty the white bowl. And nobody touches the purple bowl: nothing goes in, nothing comes out.",
     lambda i, f: f.base(P) != WB and f.base(O) != WB and f.base(B) == PB and not {f.base(P), f.base(O)} & {PB}),
])
def test_trades_and_registers_said_around_a_request(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


@pytest.mark.parametrize(("text", "check"), [
    # what FRESH205-207 did wrong, in other words
    ("chuck every block in the bin except the ones in the white bowl, they stay",
     lambda i, f: all(f.base(b) == BIN for b in (B, R, G, Y)) and f.base(P) == f.base(O) == WB),
    ("I'll tell you what, time to give the table a fresh start: every block on the table goes in the bin. The bowls stay as they are.",
     lambda i, f: all(f.base(b) == BIN for b in (R, G, Y)) and f.base(P) == f.base(O) == WB and f.base(B) == PB),
    ("clear the white bowl into the bin, but the orange block remains in there",
     lambda i, f: f.base(P) == BIN and f.base(O) == WB and moved(i, f) == {P}),
    ("First the yellow block in the cyan bowl put, then the pink block on the yellow block stack.",
     lambda i, f: f.base(Y) == CB and f.support[P] == Y and moved(i, f) == {Y, P}),
    ("Pop three blocks, three, in the white bowl. Exactly three.", lambda i, f: len(f.in_bowl(WB)) == 3),  # it holds two: one more
])
def test_what_the_latest_batches_did_wrong_is_read_right(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


@pytest.mark.parametrize(("text", "parts"), [
    ("How many blocks are there on the table in total, bowls included?", ("6",)),
    ("Tell me, dear robot, where does the blue block sit tonight?", ("purple bowl",)),
    ("How many blocks in the purple bowl are there?", ("1",)),
    ("If I may, could you tell me which block is resting on the red block?", ("green block",)),
    ("Say, how many blocks are in the white bowl right now? Just curious.", ("2",)),
])
def test_questions_said_the_latest_batches_way(text: str, parts: tuple[str, ...]) -> None:
    said = reply(text, crowded())
    assert all(p in said for p in parts), (said, parts)


@pytest.mark.parametrize(("text", "check"), [
    ("Certainly. Would you kindly place the yellow block in the cyan bowl, if I may ask?", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("ok just pop the yellow block in the bin for me, there you go", lambda i, f: f.base(Y) == BIN and moved(i, f) == {Y}),
    ("exactly one block in the cyan bowl please, any one'll do. anything else? nope, that's it", lambda i, f: len(f.in_bowl(CB)) == 1),
    ("Kindly take the blue block out of the purple bowl; it may go anywhere you like, with the one exception of the bin.",
     lambda i, f: f.base(B) not in (PB, BIN) and moved(i, f) == {B}),
    ("Move the yellow block to the middle. Do not change the position of any other block. Verify when done.",
     lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}),
    ("Put the yellow block in the bin. Then the pink block onto the blue block. Next stop.",
     lambda i, f: f.base(Y) == BIN and f.support[P] == B and moved(i, f) == {Y, P}),
    ("What I should like best of all, dear, is for the yellow block to be put in the cyan bowl.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Evening! Anyway, could you pop the yellow block into the cyan bowl for me? Cheers.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Lift the yellow block as softly as a feather, and lay it upon the cyan bowl.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("i want the yellow block in the cyan bowl, yes chef, hands please!", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("yellow block in the bin, chef. the pink block you leave exactly where it is. behind!", lambda i, f: f.base(Y) == BIN and moved(i, f) == {Y}),
    ("Relocate the yellow block to the cyan bowl. Hold the blue block in place, do not move it. Over.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Let each bowl cradle exactly one block.", lambda i, f: all(len(f.in_bowl(w)) == 1 for w in (WB, PB, CB))),
    ("The block that carries the green block upon its back: free it, and set it down in the cyan bowl.",
     lambda i, f: f.base(R) == CB and f.base(G) != CB),
    ("Carry the yellow block to the middle, yet let the white bowl keep its treasures just as they lie.",
     lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}),
    ("Put the pink block, the pink one, yes, in the cyan bowl. In the cyan bowl.", lambda i, f: f.base(P) == CB and moved(i, f) == {P}),
    ("The block that on the red block sits, into the bin put it please.", lambda i, f: f.base(G) == BIN and moved(i, f) == {G}),
    ("The yellow block into the cyan bowl put, but the blue block where it is leave.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Empty the white bowl. Except the orange block, it stays. Now.", lambda i, f: f.base(O) == WB and f.base(P) != WB and moved(i, f) == {P}),
    ("What a lovely little tower! Could you put the block at the very top of it into the cyan bowl?", lambda i, f: f.base(G) == CB and moved(i, f) == {G}),
    ("put the yellow block in the cyan bowl i guess. wow.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
])
def test_the_latest_batches_ways_of_saying_it(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


@pytest.mark.parametrize(("text", "check"), [
    # FRESH208-210's wrong actions, in other words
    ("everything that's not in a bowl, toss it in the bin", lambda i, f: all(f.base(b) == BIN for b in (R, G, Y)) and moved(i, f) == {R, G, Y}),
    ("Would you take the top block off the tower and set it on the table? There's just the one tower, I think.",
     lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}),
    ("first put the yellow block on the pink block!!! then put the blue block on the yellow block!!! it's a tower!!",
     lambda i, f: f.support[Y] == P and f.support[B] == Y and moved(i, f) == {Y, B}),
])
def test_remarks_after_steps_are_no_goals(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


def test_a_learners_second_sentence_about_the_bowls_is_kept() -> None:
    text = "Please, for each bowl, put inside it the block of the same colour. In the bowls should stay only blocks of the same colour like the bowl."
    i, f = outcome(text, coloured())
    assert f.base(B) == "blue bowl" and f.base(G) == "green bowl" and f.base(P) != WB and f.base(O) != WB and f.base(B) != PB


@pytest.mark.parametrize(("text", "parts"), [
    ("how many bowls are there altogether!!! and is the green one in a bowl??", ("3", "No")),
    ("Which block is perched on top of the red block?", ("green block",)),
])
def test_questions_of_fresh208_to_210_in_other_words(text: str, parts: tuple[str, ...]) -> None:
    said = reply(text, crowded())
    assert all(p in said for p in parts), (said, parts)


@pytest.mark.parametrize(("text", "check"), [
    ("hon could you pop the yellow block in the cyan bowl for me? thanks sugar", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("chuck the yellow block in the bin lads", lambda i, f: f.base(Y) == BIN and moved(i, f) == {Y}),
    ("Ladies and gentlemen, the yellow block will now board the cyan bowl.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Move the yellow piece to the top left corner square.", lambda i, f: f.support[Y] == "top left corner" and moved(i, f) == {Y}),
    ("The yellow block is to be placed in the cyan bowl; the pink block is to remain unmoved.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("The blue block is to be removed from the purple bowl and placed on the table.", lambda i, f: f.support[B] == TABLE and moved(i, f) == {B}),
    ("The yellow block should be on display in the cyan bowl.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Plant the yellow block in the cyan pot, would you.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("put the yellow block in the cyan bowl, if that makes sense. i love towers!!", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
    ("Move the yellow block to the middle. Every other block: unchanged. Not a single other movement.",
     lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}),
    ("whatevers in the purple bowl just put it on the yellow block", lambda i, f: f.support[B] == Y and moved(i, f) == {B}),
    ("Please, may you take the green block down from the red block and put it on the table? Many thanks.",
     lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}),
    ("sugar, the yellow block goes in the cyan bowl, that's where it lives", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}),
])
def test_fresh208_to_210_ways_of_saying_it(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


@pytest.mark.parametrize(("text", "check"), [
    ("I would like very much that the yellow block and the pink block make one tower together. The order of them does not matter for me.",
     lambda i, f: {f.support[Y], f.support[P]} & {Y, P} and moved(i, f) <= {Y, P}),
    ("Pull the blue block out like a weed and throw it in the bin.", lambda i, f: f.base(B) == BIN and moved(i, f) == {B}),
])
def test_the_last_round_in_other_words(text: str, check) -> None:
    i, f = outcome(text, crowded())
    assert check(i, f), text


def test_a_vocative_before_a_question() -> None:
    assert reply("lads how many blocks are in the white bowl right now?", crowded()).startswith("2")
