"""What the eighty-first to eighty-ninth untuned batches (`benchmarks.language_fresh80` to `language_fresh88`) and the
leftovers of the batches before them found missing, said in other words than the batches: everyday users (a lab
technician, a child, a learner, a teacher), goals said as how the table ends up or when the job is done, and an
engineer's specs, predicates and parentheses."""

from __future__ import annotations

import pytest

from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import BB, PB, RB, WB, B, G, O, P, R, Y, desk, loose, outcome, plan_of, reply

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl. loose(): five loose blocks (red, green, blue, yellow, orange); red, blue and white bowls.
_ALL = (R, B, G, Y, O, P)


def _unmoved(i, f, *blocks: str) -> bool:
    return all(i.support[b] == f.support[b] for b in blocks)


def _flat(_i, f) -> bool:
    return not any(f.support[b] in f.support for b in f.blocks)


@pytest.mark.parametrize(("text", "check"), [
    # a second sentence that says again what the first did is a check, never a second move
    ("Get every block into a bowl. Not one should be left on the table.",
     lambda i, f: all(f.base(b) in (WB, PB) for b in _ALL)),
    ("put the yellow block in the purple bowl. there shouldn't be any block on the table.",
     lambda i, f: holds(Rel("in", Y, PB), f) and not any(f.support[b] == "table" for b in _ALL)),
    # 'the block in W' is the block in W, never the block of W's colour
    ("throw the block that's in the white bowl in the bin", lambda i, f: f.base(P) == "bin" and _unmoved(i, f, R, B, G, Y, O)),
    # one tower, said with 'one'
    ("make just one tower out of all the blocks on the table", lambda i, f: sum(f.support[b] == "table" for b in _ALL) == 1),
    # how many a bowl should end with, said after putting them there
    ("drop two blocks into the purple bowl, and it should then hold exactly two",
     lambda i, f: len(f.in_bowl(PB)) == 2),
    ("put the green block in the purple bowl; nothing else should go in there",
     lambda i, f: f.in_bowl(PB) == [G]),
    # a move with only where it must not go
    ("the blue block isn't supposed to sit on the red block - shift it, just not into the bin",
     lambda i, f: f.support[B] != R and f.base(B) != "bin"),
    ("take the pink block out of the white bowl, but not into the bin and not onto the table",
     lambda i, f: f.base(P) not in (WB, "bin") and f.support[P] != "table"),
    # a participle wish: 'X taken off Y and put on T'
    ("I'd love the blue block lifted off the red block and set down in the purple bowl",
     lambda i, f: holds(Rel("in", B, PB), f)),
    # a parenthesis that only says how things are now, or where a thing sits at its target
    ("I want the orange block moved to the top left corner (keep it on the table surface there).",
     lambda i, f: holds(Rel("at", O, "top left corner"), f)),
    ("Put the yellow block in the purple bowl (it's currently on the table).", lambda i, f: holds(Rel("in", Y, PB), f)),
    # a spec's fixed blocks
    ("[calib] fixed: red block, blue block. task: green block into the bin.",
     lambda i, f: f.base(G) == "bin" and _unmoved(i, f, R, B, Y, O, P)),
    # a predicate goal with a count is a goal, never a question
    ("goal: count(blocks in purple bowl) = 2", lambda i, f: len(f.in_bowl(PB)) == 2),
    # every block on its own, said after another clause
    ("Picture it when it's finished: nothing stacked, each block standing by itself.", _flat),
])
def test_what_the_first_runs_did_wrong(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f), [s.describe() for s in plan_of(text, desk()).steps]


@pytest.mark.parametrize(("text", "check"), [
    # politeness and a teacher's or a child's framing
    ("I'm so sorry to trouble you, but the green block really ought to be on top of the yellow block.",
     lambda i, f: holds(Rel("on", G, Y), f)),
    ("If you'd be so kind, the yellow block should go in the purple bowl.", lambda i, f: holds(Rel("in", Y, PB), f)),
    ("Children, let's watch the robot put the orange block in the purple bowl.", lambda i, f: holds(Rel("in", O, PB), f)),
    ("No, not the bin! The green block goes in the purple bowl!", lambda i, f: holds(Rel("in", G, PB), f)),
    ("i wanna see the orange block go in the bin", lambda i, f: f.base(O) == "bin"),
    ("make a stack! the green block on the yellow block, and the orange block on the green block!",
     lambda i, f: holds(Rel("on", G, Y), f) and holds(Rel("on", O, G), f)),
    ("I would be so grateful if the red block had nothing on top of it any more.", lambda i, f: f.support[B] != R),
    ("Please, the block on top of the red block I want in the purple bowl.", lambda i, f: holds(Rel("in", B, PB), f)),
    ("please put yellow block in purple bowl & orange block in bin",
     lambda i, f: holds(Rel("in", Y, PB), f) and f.base(O) == "bin"),
    ("I need the white bowl emptied before the next trial.", lambda i, f: not f.in_bowl(WB)),
    ("Take the pink block out of the white bowl and leave it on the bench.", lambda i, f: holds(Rel("on_table", P), f)),
    # when the job is done
    ("The task is finished once the green block is in the purple bowl.", lambda i, f: holds(Rel("in", G, PB), f)),
    ("I'll be happy when the yellow block and the orange block have ended up in the bin.",
     lambda i, f: f.base(Y) == "bin" and f.base(O) == "bin"),
    ("Keep at it until the orange block sits on the green block; then you're done.", lambda i, f: holds(Rel("on", O, G), f)),
    ("Once you're through, I expect to see the green block sitting in the purple bowl.", lambda i, f: holds(Rel("in", G, PB), f)),
    ("The job's finished when the white bowl is empty and the green block is still where it was.",
     lambda i, f: not f.in_bowl(WB) and _unmoved(i, f, G)),
    # how it is now, then how it should end
    ("Right now the blue block sits on the red block. It mustn't be on it when you're done.", lambda i, f: f.support[B] != R),
    ("At the moment the blue block is on top of the red block - at the end it shouldn't be.", lambda i, f: f.support[B] != R),
    ("Currently the green block is on the table; in the end it's in the purple bowl, with the yellow block still on the table.",
     lambda i, f: holds(Rel("in", G, PB), f) and _unmoved(i, f, Y)),
    ("The blue block is on the red block now. At the end it's the other way round: the red block on the blue block.",
     lambda i, f: holds(Rel("on", R, B), f)),
    ("Right now the blue block is on the red block; I want them swapped, so the red block ends up on the blue block.",
     lambda i, f: holds(Rel("on", R, B), f)),
    # end states said loosely
    ("The way I picture it when it's done: the yellow block on the green block, and the green block itself not moved.",
     lambda i, f: holds(Rel("on", Y, G), f) and _unmoved(i, f, G)),
    ("By the end I'd like the green block in the purple bowl - and the orange block must not have been moved.",
     lambda i, f: holds(Rel("in", G, PB), f) and _unmoved(i, f, O)),
    ("I want exactly two blocks in the purple bowl, no more, no less. Which two doesn't matter.",
     lambda i, f: len(f.in_bowl(PB)) == 2),
    ("Imagine the finished table with the pink block in none of the bowls.", lambda i, f: f.base(P) not in (WB, PB)),
    ("Whatever block sits on the red block winds up in the bin.", lambda i, f: f.base(B) == "bin"),
    ("I'd love the green block gone into the bin - without the yellow block getting moved.",
     lambda i, f: f.base(G) == "bin" and _unmoved(i, f, Y)),
    # an engineer's spec, predicates and parentheses
    ("task: relocate the green block to the bin; constraint: none", lambda i, f: f.base(G) == "bin"),
    ("job: move the yellow block into the purple bowl | priority: high", lambda i, f: holds(Rel("in", Y, PB), f)),
    ("final configuration: the green block is in the purple bowl; all other objects unconstrained.",
     lambda i, f: holds(Rel("in", G, PB), f)),
    ("goal: in(yellow block, purple bowl) and on(orange block, green block)",
     lambda i, f: holds(Rel("in", Y, PB), f) and holds(Rel("on", O, G), f)),
    ("We'd like on_table(blue block) to hold afterwards.", lambda i, f: holds(Rel("on_table", B), f)),
    ("goal: NOT clear(green block); any block will do", lambda i, f: any(f.support[b] == G for b in _ALL)),
    ("goal: in_bin(x), where x is the block on top of the red block", lambda i, f: f.base(B) == "bin"),
    ("let z = the block with on(z, red block). goal: in_bin(z).", lambda i, f: f.base(B) == "bin"),
    ("goals, in order: 1) in_bin(green block) 2) on(orange block, yellow block)",
     lambda i, f: f.base(G) == "bin" and holds(Rel("on", O, Y), f)),
    ("goal: in(green block, purple bowl); invariant: unchanged(yellow block)",
     lambda i, f: holds(Rel("in", G, PB), f) and _unmoved(i, f, Y)),
    ("run pick_and_place(object=orange block, target=purple bowl)", lambda i, f: holds(Rel("in", O, PB), f)),
    ("command: transfer(green block, purple bowl)", lambda i, f: holds(Rel("in", G, PB), f)),
    ("task: (a) move the green block to the bin, (b) move the orange block to the purple bowl",
     lambda i, f: f.base(G) == "bin" and holds(Rel("in", O, PB), f)),
    ("[seq] 1/2 tip the contents of the white bowl into the bin. 2/2 move the green block into the white bowl.",
     lambda i, f: f.base(P) == "bin" and holds(Rel("in", G, WB), f)),
    ("Steps: (1) grasp the green block, (2) put it down on the yellow block, (3) release.", lambda i, f: holds(Rel("on", G, Y), f)),
    ("Steps: (1) pick any two blocks, (2) put both in the purple bowl.", lambda i, f: len(f.in_bowl(PB)) == 2),
    ("Place the green block in the purple bowl; ensure the orange block remains in its initial position.",
     lambda i, f: holds(Rel("in", G, PB), f) and _unmoved(i, f, O)),
    ("Relocate the green block to the middle (the named location on the table).", lambda i, f: holds(Rel("at", G, "middle"), f)),
    ("The green block belongs in the purple bowl (the purple container).", lambda i, f: holds(Rel("in", G, PB), f)),
    ("Empty the white bowl into the bin (i.e. its entire contents).", lambda i, f: f.base(P) == "bin"),
    ("Move the green block to the bottom right corner (first), then the orange block to the top right corner (second).",
     lambda i, f: holds(Rel("at", G, "bottom right corner"), f) and holds(Rel("at", O, "top right corner"), f)),
    ("Take every block out of the white bowl (the bin is off limits for this run).", lambda i, f: f.base(P) not in (WB, "bin")),
    ("the green block and the yellow block are reference markers, don't move them. bin the orange block.",
     lambda i, f: f.base(O) == "bin" and _unmoved(i, f, G, Y)),
    ("Remove the pink block from the white bowl and make sure it ends up in no container at all.",
     lambda i, f: f.base(P) not in (WB, PB)),
    ("spec: end state has the green block inside the purple bowl. nothing else required.", lambda i, f: holds(Rel("in", G, PB), f)),
    ("take the pink block out of the white bowl, and make sure it's not in a bowl", lambda i, f: f.base(P) not in (WB, PB)),
    ("clear the table without using the bin", lambda i, f: all(f.base(b) in (WB, PB) for b in _ALL)),
    ("Take everything out of the white bowl, and keep the bin empty.", lambda i, f: f.base(P) not in (WB, "bin")),
    ("Empty the white bowl so that there are no blocks left in it.", lambda i, f: not f.in_bowl(WB)),
    ("put the green block in any corner but the top left one",
     lambda i, f: any(holds(Rel("at", G, c), f) for c in ("top right corner", "bottom left corner", "bottom right corner"))),
])
def test_forms_the_batches_refused(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f), [s.describe() for s in plan_of(text, desk()).steps]


@pytest.mark.parametrize(("text", "check"), [
    ("The job is done when the block with the red bowl's colour is in the red bowl.", lambda i, f: holds(Rel("in", R, RB), f)),
    ("put the block whose colour matches the blue bowl into the white bowl", lambda i, f: holds(Rel("in", B, WB), f)),
    ("Step 1: identify the block with the same colour as the red bowl. Step 2: transfer it into the red bowl.",
     lambda i, f: holds(Rel("in", R, RB), f)),
    ("Put the yellow block in the nearest bowl.", lambda i, f: f.base(Y) == RB),
    ("[eval] put the yellow block into whichever bowl is closest (measured from the yellow block).", lambda i, f: f.base(Y) == RB),
    ("Once you're finished, the blocks that match a bowl's colour are in those bowls.",
     lambda i, f: holds(Rel("in", R, RB), f) and holds(Rel("in", B, BB), f) and _unmoved(i, f, G, Y, O)),
    ("It's done when the blue bowl holds the block of its own colour and nothing else.", lambda i, f: f.in_bowl(BB) == [B]),
    ("please put every block in bowl with his colour", lambda i, f: holds(Rel("in", R, RB), f) and holds(Rel("in", B, BB), f)),
    ("goal: forall blocks b, if colour(b) == colour(k) for a bowl k then in(b, k)",
     lambda i, f: holds(Rel("in", R, RB), f) and holds(Rel("in", B, BB), f)),
])
def test_colour_matches_said_in_a_spec(text: str, check) -> None:
    i, f = outcome(text, loose())
    assert check(i, f), [s.describe() for s in plan_of(text, loose()).steps]


@pytest.mark.parametrize(("text", "scene", "start"), [
    ("Don't move anything. Which block sits on the red block?", desk, "On the red block: the blue block"),
    ("Before you change anything, tell me what's in the white bowl.", desk, "In the white bowl: the pink block"),
    ("As things stand right now, is the purple bowl empty?", desk, "Yes"),
    ("At the moment, is there nothing at all in the white bowl?", desk, "No"),
    ("Looking at the table as it is now, how many bowls have a block in them?", desk, "1"),
    ("Other than the pink block, is anything in the white bowl?", desk, "No"),
    ("Could you possibly tell me which block is the rightmost one, please?", loose, "The orange block"),
    ("On the red block, what block there is?", desk, "On the red block: the blue block"),
    ("Class, how many blocks are there all together? Robot, you tell us.", desk, "6"),
    ("Let's count. How many blocks can we see, counting every single one?", desk, "6"),
    ("I'd like to know how many blocks the white bowl has in it right now.", desk, "1"),
    ("Has the pink block already ended up in the white bowl?", desk, "Yes"),
    ("query: on(blue block, red block)? answer yes or no", desk, "Yes"),
    ("does in(pink block, purple bowl) hold in the current state?", desk, "No"),
    ("is on(green block, yellow block) true right now? (yes/no)", desk, "No"),
    ("Quick check: is the top of the red block free (no block resting on it)?", desk, "No"),
    ("Is the green block clear (i.e. nothing on top of it)?", desk, "Yes"),
    ("[status] number of blocks in the white bowl: ?", desk, "1"),
    ("Two steps: (1) look into the white bowl, (2) tell me how many blocks it contains.", desk, "1"),
    ("1. count the blocks in the white bowl. 2. report the number.", desk, "1"),
])
def test_questions_the_batches_asked(text: str, scene, start: str) -> None:
    assert reply(text, scene()).startswith(start)


# ----- the eighty-fourth to eighty-sixth batches (`language_fresh83` to `language_fresh85`) -------------------------------
@pytest.mark.parametrize(("text", "check"), [
    # wrong actions of the first runs, said otherwise
    ("throw out every block from the white bowl", lambda i, f: f.base(P) == "bin"),
    ("Each block from the white bowl: chuck them. Over.", lambda i, f: f.base(P) != WB),
    ("put the green block in the purple bowl, and the yellow block in the other one",
     lambda i, f: holds(Rel("in", G, PB), f) and holds(Rel("in", Y, WB), f)),
    ("grab the green block, then the orange block, and drop both of them in the bin",
     lambda i, f: f.base(G) == "bin" and f.base(O) == "bin" and f.held is None),
    ("The white bowl must not end up holding more blocks than the purple bowl.", lambda i, f: len(f.in_bowl(WB)) <= len(f.in_bowl(PB))),
    ("Both bowls should hold a single block each.", lambda i, f: len(f.in_bowl(WB)) == 1 and len(f.in_bowl(PB)) == 1),
    ("The purple bowl is to have two blocks in it, no more.", lambda i, f: len(f.in_bowl(PB)) == 2),
    ("Shift things around so that the green block is the only block in the white bowl.", lambda i, f: f.in_bowl(WB) == [G]),
    ("Put the orange block in the bowl that sits furthest to the right.", lambda i, f: f.base(O) == WB),
    # a report's passive, a chef's, a gamer's, a radio's and a grandparent's words
    ("For this run, the green block was to be placed in the purple bowl.", lambda i, f: holds(Rel("in", G, PB), f)),
    ("The block found in the white bowl was to be moved to the middle.", lambda i, f: holds(Rel("at", P, "middle"), f)),
    ("The green block was to be binned; the yellow block was kept in its original position.",
     lambda i, f: f.base(G) == "bin" and _unmoved(i, f, Y)),
    ("The goal of this trial was for the green block to sit on the orange block.", lambda i, f: holds(Rel("on", G, O), f)),
    ("Orange block on the green block, heard? Yes chef!", lambda i, f: holds(Rel("on", O, G), f)),
    ("it would be so sick if the green block was in the purple bowl", lambda i, f: holds(Rel("in", G, PB), f)),
    ("Yellow block, bin. Green block, purple bowl. Over and out.", lambda i, f: f.base(Y) == "bin" and holds(Rel("in", G, PB), f)),
    ("I was wondering if you could lift the green block and settle it on the yellow block for me, dear.",
     lambda i, f: holds(Rel("on", G, Y), f)),
    ("Put the green block in the purple bowl and let go of it.", lambda i, f: holds(Rel("in", G, PB), f) and f.held is None),
    # goals in other shapes
    ("See to it that the block sitting on the red block is the green block.", lambda i, f: holds(Rel("on", G, R), f)),
    ("Where I'd like the orange block to go is the top right corner.", lambda i, f: holds(Rel("at", O, "top right corner"), f)),
    ("The one thing I don't want is the blue block still resting on the red block.", lambda i, f: f.support[B] != R),
    ("The purple bowl should hold the yellow block and nothing else.", lambda i, f: f.in_bowl(PB) == [Y]),
    ("I'd like the bin to end up with the green block and the orange block inside.",
     lambda i, f: f.base(G) == "bin" and f.base(O) == "bin"),
    ("What I'd like is for there to be nothing at all in the white bowl.", lambda i, f: not f.in_bowl(WB)),
    ("Don't put the green block in the white bowl; put it in one of the others.", lambda i, f: f.base(G) == PB),
    ("The pink block is in the wrong bowl; shift it to the other one.", lambda i, f: f.base(P) == PB),
    ("Set the green block on the yellow block; that second one stays exactly where it is.",
     lambda i, f: holds(Rel("on", G, Y), f) and _unmoved(i, f, Y)),
])
def test_what_the_later_batches_found(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f), [s.describe() for s in plan_of(text, desk()).steps]


@pytest.mark.parametrize(("text", "scene", "start"), [
    ("Which is the second block counting from the left?", loose, "The red block"),
    ("counting from the right, which is the first bowl?", loose, "The blue bowl"),
    ("What's the emptiest bowl?", desk, "The purple bowl"),
    ("Does the white bowl hold more blocks than the purple bowl?", desk, "Yes"),
    ("There are some blocks in the white bowl: how many are there?", desk, "1"),
    ("Has the pink block been put in the white bowl yet?", desk, "Yes"),
    ("The green block and the pink block - are they both in bowls?", desk, "No"),
    ("Take the red block and the blue block. Is each of them in a bowl?", desk, "No"),
    ("Say again which block is in the white bowl, over.", desk, "In the white bowl: the pink block"),
    ("One of the bowls is empty. Which one?", desk, "The purple bowl"),
    ("Is the yellow block free of anything on top, so that it could be picked up straight away?", desk, "Yes"),
])
def test_questions_the_later_batches_asked(text: str, scene, start: str) -> None:
    assert reply(text, scene()).startswith(start)


# ----- the eighty-seventh to eighty-ninth batches (`language_fresh86` to `language_fresh88`) ------------------------------
@pytest.mark.parametrize(("text", "check"), [
    # a bowl or the bin kept free by a condition
    ("Put the green block in a bowl, provided the purple bowl stays empty.", lambda i, f: f.base(G) == WB and not f.in_bowl(PB)),
    ("First the orange block goes in the bin, then the green block into a bowl; nothing goes in the purple bowl, though.",
     lambda i, f: f.base(O) == "bin" and f.base(G) == WB and not f.in_bowl(PB)),
    ("Get the yellow block into one of the bowls. Any of them, so long as the purple bowl stays empty.",
     lambda i, f: f.base(Y) == WB and f.held is None),
    # 'lift off' is taking off, never holding
    ("Lift off whatever is on top of the red block, and then put the red block in the purple bowl.",
     lambda i, f: holds(Rel("in", R, PB), f) and f.held is None),
    # constraints that only say again what the request does
    ("Bin the green block and the orange block, and only those.", lambda i, f: f.base(G) == "bin" and f.base(O) == "bin" and _unmoved(i, f, Y, P)),
    ("The yellow block goes in the purple bowl, and nothing else does.", lambda i, f: f.in_bowl(PB) == [Y]),
    ("Bin the green block and the orange block. The green one goes in last.", lambda i, f: f.base(G) == "bin" and f.base(O) == "bin"),
    ("I'd love the orange block on the green block. I'd rather nothing else got moved, though.",
     lambda i, f: holds(Rel("on", O, G), f) and _unmoved(i, f, R, B, Y, P)),
    ("The yellow block is going to the top right corner, provided the green block stays put.",
     lambda i, f: holds(Rel("at", Y, "top right corner"), f) and _unmoved(i, f, G)),
    ("Keep the white bowl as it is, nothing in and nothing out, and put the orange block on the green block.",
     lambda i, f: holds(Rel("on", O, G), f) and _unmoved(i, f, P)),
    # a busy parent's interruptions, an email's frame, an engineer's precision
    ("Could you put the green block into the... hang on, one sec... into the purple bowl?", lambda i, f: holds(Rel("in", G, PB), f)),
    ("First put the orange block in the bin - hold on, where was I - oh right, and then the yellow block on the green block.",
     lambda i, f: f.base(O) == "bin" and holds(Rel("on", Y, G), f)),
    ("Hello,\nI'd like the white bowl to be empty by tonight. Could you take care of that?\nMany thanks,\nAlex",
     lambda i, f: not f.in_bowl(WB)),
    ("Move the green block, and only the green block, to the middle. One move, nothing else.",
     lambda i, f: holds(Rel("at", G, "middle"), f) and _unmoved(i, f, R, B, Y, O, P)),
    ("Bin exactly two blocks and leave every other block exactly where it is.", lambda i, f: sum(f.base(b) == "bin" for b in _ALL) == 2),
])
def test_what_the_last_batches_found(text: str, check) -> None:
    i, f = outcome(text, desk())
    assert check(i, f), [s.describe() for s in plan_of(text, desk()).steps]


@pytest.mark.parametrize(("text", "scene", "start"), [
    ("Excuse me, blue block stand on red block, yes?", desk, "Yes"),
    ("Green block is on yellow block? Yes or no?", desk, "No"),
    ("si the pink block in the white bowl?", desk, "Yes"),
    ("hmm is there stuff in the purple bowl? like, at all?", desk, "No"),
    ("Sorry, where was I... how many blocks are in the white bowl again?", desk, "1"),
    ("how many blocks, exactly, sit directly on top of another block? Report a single integer.", desk, "1"),
    ("Is there nothing on top of the red block?", desk, "No"),
    ("Is the purple bowl empty, with no blocks in it?", desk, "Yes"),
    ("Is the pink block all on its own in the white bowl?", desk, "Yes"),
    ("Without moving anything, which bowl is the pink block sitting in?", desk, "The pink block is in the white bowl"),
    ("how many blocks are in the white bowl just the number thanks", desk, "1"),
    ("count the blocks in the white bowl for me how many are there", desk, "1"),
    ("which block on top of red block", desk, "On the red block: the blue block"),
])
def test_questions_the_last_batches_asked(text: str, scene, start: str) -> None:
    assert reply(text, scene()).startswith(start)
