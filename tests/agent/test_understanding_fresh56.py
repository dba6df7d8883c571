"""What the fifty-seventh to fifty-ninth untuned batches (`benchmarks.language_fresh56` to `language_fresh58`) and the
stories of the fifty-fifth found missing, said in other words than the batches: sentences that only set the scene before
the request (`agent.planners.offline.background`), read only when the whole is not understood and never past a sentence
that could constrain the request."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import BB, PB, RB, WB, B, G, O, P, R, Y, desk, loose, obj, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl.


@pytest.mark.parametrize(("text", "rel"), [
    ("Why on earth is the purple bowl still empty? What is it for, decoration? Drop the yellow block in it.",
     Rel("in", Y, PB)),
    ("The green block has had a long day. Let it rest on the yellow block.", Rel("on", G, Y)),
    ("The orange block is feeling adventurous today. Send it over to the purple bowl.", Rel("in", O, PB)),
])
def test_a_story_before_the_request_is_set_aside(text: str, rel: Rel) -> None:
    _, f = outcome(text, desk())
    assert holds(rel, f)


@pytest.mark.parametrize("text", [
    "The yellow block and the green block are my favourites. Put it in the purple bowl.",  # 'it': which of the two?
    "Leave the orange block where it is, it took ages. Now tidy the other blocks into the purple bowl quickly please.",
    "The green block is by the purple bowl. Put it on the table.",  # a thing and a place: a request, however said
    "Whatever is on the red block annoys me. Put it in the purple bowl.",  # 'it' is not the red block
])
def test_a_sentence_that_could_matter_is_never_set_aside(text: str) -> None:
    """Each is refused, or read with the sentence it begins with; never read from the last sentence alone."""
    try:
        plan = plan_of(text, desk())
    except PlanningError:
        return
    _, f = outcome(text, desk())
    moved = [s.describe() for s in plan.steps]
    assert not holds(Rel("in", G, PB), f) and not holds(Rel("in", R, PB), f), moved
    assert not (holds(Rel("in", Y, PB), f) and holds(Rel("in", G, PB), f)), moved


def test_the_request_alone_is_read_only_when_the_whole_is_not() -> None:
    """A first sentence the parser understands stays part of the request."""
    _, f = outcome("Put the pink block on the table. The yellow block goes in the purple bowl.", desk())
    assert holds(Rel("on_table", P), f) and holds(Rel("in", Y, PB), f) and not f.in_bowl(WB)


@pytest.mark.parametrize(("text", "check"), [
    # dictation's homophones
    ("drop too of the loose blocks in the bin", lambda f: sum(f.base(b) == "bin" for b in f.blocks) == 2),
    ("stack the orange block on too the yellow won", lambda f: holds(Rel("on", O, Y), f)),
    ("leave the green block wear it is and set the blew block in too the purple bowl",
     lambda f: holds(Rel("in", B, PB), f) and holds(Rel("on_table", G), f)),
    ("put everything in the purple bowl accept the yellow won and the red won",
     lambda f: f.base(Y) != PB and f.base(R) != PB and f.base(G) == PB),
    # words taken back as spoken, unpunctuated, or a start made again
    ("move the green block onto the yellow no actually onto the orange block", lambda f: holds(Rel("on", G, O), f)),
    ("put the green block at the top right no the bottom left corner", lambda f: holds(Rel("at", G, "bottom left corner"), f)),
    ("drop four no sorry two blocks in the purple bowl", lambda f: len(f.in_bowl(PB)) == 2),
    ("bin everything except the green one, no, except the yellow one",
     lambda f: f.base(Y) != "bin" and f.base(G) == "bin"),
    ("the block on, okay, the block that is on the red block goes in the purple bowl", lambda f: holds(Rel("in", B, PB), f)),
    # a run-on's close, a report's or a contract's words, a list's bullets
    ("so yeah put the yellow block in the purple bowl and then that's it we're good", lambda f: holds(Rel("in", Y, PB), f)),
    ("so the way it should look is the green block is on the orange block", lambda f: holds(Rel("on", G, O), f)),
    ("The technician is kindly requested to set the green block upon the yellow block.", lambda f: holds(Rel("on", G, Y), f)),
    ("The orange block is to sit in the purple bowl.", lambda f: holds(Rel("in", O, PB), f)),
    ("- put the green block in the purple bowl\n- the rest is fine", lambda f: holds(Rel("in", G, PB), f)),
    ("give every bowl one more block", lambda f: len(f.in_bowl(WB)) == 2 and len(f.in_bowl(PB)) == 1),
])
def test_dictation_repairs_and_written_forms(text: str, check) -> None:
    _, f = outcome(text, desk())
    assert check(f), [s.describe() for s in plan_of(text, desk()).steps]


@pytest.mark.parametrize(("text", "start"), [
    ("* quick check: is the pink block in the white bowl?", "Yes"),
    ("2) how many blocks are in the white bowl?", "1"),
    ("is the blue block on the green, no wait, on the red block", "Yes"),
    ("so basically i only want to know what colour the block on the red block is and that's all", "The blue block is blue"),
    ("The user is asked to confirm whether the orange block is in the purple bowl.", "No"),
])
def test_questions_said_in_lists_repairs_and_reports(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


def test_it_after_a_bowl_said_empty_is_the_bowl() -> None:
    """'nothing should be in W, clear it out' with W already empty moves nothing (it never bins some block)."""
    assert [s.primitive for s in plan_of("nothing should be in the purple bowl, clear it out", desk()).steps] == ["done"]
    _, f = outcome("I don't want anything in the white bowl, please clear it out", desk())
    assert not f.in_bowl(WB) and f.base(G) == "table"


# loose(): five loose blocks, left (-y) to right: blue, red, green, yellow, orange; bowls left to right: red, white, blue.
@pytest.mark.parametrize(("text", "check"), [
    ("put every block on my right-hand side in the white bowl",
     lambda f: set(f.in_bowl(WB)) == {G, Y, O}),
    ("drop the second block from the left into the red bowl", lambda f: f.in_bowl(RB) == [R]),
    ("the last block on the right goes in the blue bowl", lambda f: f.in_bowl(BB) == [O]),
    ("the first two blocks from the left, both of them into the blue bowl", lambda f: set(f.in_bowl(BB)) == {B, R}),
    ("put the block just to the right of the red one, as I see it, in the bin", lambda f: f.base(Y) == "bin"),
    ("put the yellow block in one of the bowls, just not the middle one", lambda f: f.base(Y) in (RB, BB)),
    ("the block that's the same colour as the leftmost bowl goes in the white bowl", lambda f: f.in_bowl(WB) == [R]),
    ("Whatever is lying on the bin's side of the table, put all of it in the red bowl",
     lambda f: set(f.in_bowl(RB)) == {G, Y, O}),
    ("The blue bowl is for the orange block.", lambda f: f.in_bowl(BB) == [O]),
    ("the block over by the blue bowl wants to go in the red bowl", lambda f: f.in_bowl(RB) == [G]),
    ("any bowl that is still empty, fill it with the block of its own colour",
     lambda f: f.in_bowl(RB) == [R] and f.in_bowl(BB) == [B]),
    ("Find the block that's closest to the bowl of its own colour and put it in that bowl.",
     lambda f: f.in_bowl(RB) == [R] and f.base(B) != BB),
    ("Omit the green cube; shift all remaining cubes to the white dish.", lambda f: set(f.in_bowl(WB)) == {R, B, Y, O}),
])
def test_things_said_by_where_they_are(text: str, check) -> None:
    _, f = outcome(text, loose())
    assert check(f), [s.describe() for s in plan_of(text, loose()).steps]


def test_the_blocks_on_a_half_ask_when_one_lies_on_the_line() -> None:
    """'the blocks on the left' are those on the left half of the table; a block on the centre line makes it a question."""
    scene = loose()
    scene.objects[3] = obj(Y, pos=(0.66, 0.01))  # the yellow block on the line
    plan = plan_of("move the blocks on the left to the middle", scene)
    assert plan.steps[0].primitive == "ask" and "line" in plan.steps[0].question


def test_which_block_is_furthest_from_the_bin() -> None:
    assert reply("which block is the nearest to the bin?", loose()).startswith("The orange block")


def test_a_block_lifted_off_another_and_one_underneath() -> None:
    _, f = outcome("lift the block off the top of the red one and stand it on the table by itself", desk())
    assert f.base(B) == "table" and f.support[B] != R
    _, f = outcome("take the stack apart: the top block goes to the top left corner and the one underneath it goes in "
                   "the bin", desk())
    assert f.base(B) == "top left corner" and f.base(R) == "bin"


@pytest.mark.parametrize(("text", "check"), [
    # a goal said as a picture of the end (FRESH60's kind)
    ("Imagine the purple bowl with the orange block sitting in it - that's what I'm after.",
     lambda f: holds(Rel("in", O, PB), f)),
    ("In the version I have in my head, the yellow block is in the purple bowl.", lambda f: holds(Rel("in", Y, PB), f)),
    ("Success means the green block is on the orange block.", lambda f: holds(Rel("on", G, O), f)),
    ("Once you finish, the yellow block should be in the top right corner.",
     lambda f: holds(Rel("at", Y, "top right corner"), f)),
    ("The orange block ought to wind up in the purple bowl.", lambda f: holds(Rel("in", O, PB), f)),
    ("My hope: the green block in the bin, nowhere else.", lambda f: f.base(G) == "bin"),
    ("I'd rather the blue block weren't sitting on the red block - I'd far prefer it in the purple bowl.",
     lambda f: holds(Rel("in", B, PB), f)),
    ("At the moment the yellow block is on the table; instead I want it in the purple bowl.",
     lambda f: holds(Rel("in", Y, PB), f)),
    ("Goal: the yellow block in the purple bowl, with the tower left exactly as it is.",
     lambda f: holds(Rel("in", Y, PB), f) and f.support[B] == R),
    # everyday openers and asides, uncommon words (FRESH59's and FRESH61's kinds)
    ("Real quick, chuck the green block in the purple bowl.", lambda f: holds(Rel("in", G, PB), f)),
    ("I'm afraid the orange block belongs in the bin; we won't need it again.", lambda f: f.base(O) == "bin"),
    ("I'd be delighted to see the yellow block stacked on the green block.", lambda f: holds(Rel("on", Y, G), f)),
    ("Could every loose block go into the purple bowl?", lambda f: set(f.in_bowl(PB)) == {G, Y, O}),
    ("Would you move the blue block so it's no longer on the red block?", lambda f: f.support[B] != R),
    ("Without disturbing the green cube, set the orange cube atop the yellow cube.",
     lambda f: holds(Rel("on", O, Y), f) and f.base(G) == "table"),
    ("The orange brick should properly rest upon the table, not where it lies at present, if you please.",
     lambda f: f.base(O) == "table"),
])
def test_pictures_of_the_end_openers_and_uncommon_words(text: str, check) -> None:
    _, f = outcome(text, desk())
    assert check(f), [s.describe() for s in plan_of(text, desk()).steps]


@pytest.mark.parametrize(("text", "start"), [
    ("The blue block is on the red block, right?", "Yes"),
    ("Where would I look for the pink block?", "The pink block is in the white bowl"),
    ("Query: is the blue cube perched atop the red cube?", "Yes"),
    ("May I inquire where the orange cube is currently situated?", "The orange block is on the table"),
    ("I'd like to know what the white bowl holds.", "In the white bowl: the pink block"),
    ("Just curious, is there anything in the purple bowl?", "No"),
])
def test_questions_said_as_tags_inquiries_and_curiosity(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


def test_how_things_are_now_is_never_read_as_the_goal() -> None:
    """'Right now one block is in a bowl; instead I want all of them in one': the first sentence moves nothing."""
    _, f = outcome("Right now just one of the blocks is in a bowl; instead I want every last one of them in some bowl "
                   "or other.", desk())
    assert all(f.base(b) in (WB, PB) for b in f.blocks)


@pytest.mark.parametrize(("text", "check"), [
    # FRESH62-64's kinds: 'every single', a topic then where it goes, requests offered as questions, several relations
    ("Every single loose block, in the purple bowl.", lambda f: set(f.in_bowl(PB)) == {G, Y, O}),
    ("How about the green block ends up in the purple bowl?", lambda f: holds(Rel("in", G, PB), f)),
    ("Shall we stack the yellow block on the orange block?", lambda f: holds(Rel("on", Y, O), f)),
    ("Maybe try the green block in the bottom left corner?", lambda f: holds(Rel("at", G, "bottom left corner"), f)),
    ("What everyone is itching to see is the orange block heading into the purple bowl.",
     lambda f: holds(Rel("in", O, PB), f)),
    ("I want the purple bowl to end up with two blocks in it and the white bowl empty.",
     lambda f: len(f.in_bowl(PB)) == 2 and not f.in_bowl(WB)),
    ("The green block in the purple bowl and the white bowl emptied.",  # once nothing at all ('done')
     lambda f: holds(Rel("in", G, PB), f) and not f.in_bowl(WB)),
    ("The purple bowl has nothing left in it, and the white bowl has nothing in it either.",
     lambda f: not f.in_bowl(PB) and not f.in_bowl(WB)),
    ("Put the green block on the yellow block, then the orange block on the very top.",
     lambda f: holds(Rel("on", G, Y), f) and holds(Rel("on", O, G), f)),
])
def test_offers_topics_and_several_relations(text: str, check) -> None:
    _, f = outcome(text, desk())
    assert check(f), [s.describe() for s in plan_of(text, desk()).steps]


@pytest.mark.parametrize(("text", "start"), [
    ("Are both the green block and the yellow block sitting on the table?", "Yes"),
    ("Are both the green block and the pink block on the table?", "No"),
    ("Is it true that nothing is on the blue block and that the purple bowl has nothing in it?", "Yes"),
    ("Is the blue block on the red block, which is itself on the table?", "Yes"),
    ("Report the current position of the pink block.", "The pink block is in the white bowl"),
    ("And what colour, everyone, is the block perched on the red block?", "The blue block is blue"),
])
def test_questions_about_several_things_and_reports(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)


def test_a_target_naming_two_bowls_is_refused() -> None:
    """'X in W and V empty' once put X in V: a target naming two bowls is refused, never read as one of them."""
    with pytest.raises(PlanningError):
        plan_of("the green block goes in the white bowl and the purple bowl", desk())


@pytest.mark.parametrize(("text", "check"), [
    ("Frankly the orange block would be far better off in the purple bowl.", lambda f: holds(Rel("in", O, PB), f)),
    ("The table would look much neater with the yellow block in the purple bowl.", lambda f: holds(Rel("in", Y, PB), f)),
    ("I should very much like the green block got rid of in the bin, if it is not too much trouble.",
     lambda f: f.base(G) == "bin"),
    ("Destination for the orange block: the purple bowl", lambda f: holds(Rel("in", O, PB), f)),
    ("Pop every last loose block in the purple bowl.", lambda f: set(f.in_bowl(PB)) == {G, Y, O}),
])
def test_hints_and_courtesies(text: str, check) -> None:
    _, f = outcome(text, desk())
    assert check(f), [s.describe() for s in plan_of(text, desk()).steps]


@pytest.mark.parametrize(("text", "start"), [
    ("I wonder where the orange block went.", "The orange block is on the table"),
    ("Perhaps you could tell me how many blocks are in the white bowl?", "1"),
    ("I've totally lost track of what's in the white bowl.", "In the white bowl: the pink block"),
])
def test_questions_said_as_wonder_or_favour(text: str, start: str) -> None:
    assert reply(text, desk()).startswith(start)
