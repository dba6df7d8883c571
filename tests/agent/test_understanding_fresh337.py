"""What the three-hundred-and-thirty-eighth untuned batches on (`benchmarks.language_fresh337` on) and the mends they
prompted found, said in other words than the batches. Also what the last session left: "I'd sooner have X on the
table than Y" (than on Y), "What've we got in W?" (a contraction in a question), and, found while mending it, 'where
are X and Y?' and 'what is in W and V?' (each answered in turn)."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, TABLE
from sim.core.perceived import Scene

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_fresh199 import moved
from tests.agent.test_understanding_more import BB, CB, PB, WB, B, G, O, P, R, Y, obj, outcome

GB = "green bowl"


def _binned(*blocks: str):
    """Those blocks in the bin, every other block where it was."""
    return lambda i, f: all(f.support[b] == BIN for b in blocks) and all(f.support[b] == i.support[b] for b in f.blocks if b not in blocks)


def two_towers() -> Scene:
    """The green block on the red one, the yellow block on the blue one, a loose pink block, an empty cyan bowl."""
    return Scene(objects=[obj(CB, pos=(0.66, -0.16)), obj(R, pos=(0.50, 0.02)), obj(G, R, (0.50, 0.02), 0.06), obj(B, pos=(0.40, -0.20)),
                          obj(Y, B, (0.40, -0.20), 0.06), obj(P, pos=(0.35, 0.20))])


def _tower_of_all(i, f) -> bool:
    return len({f.base(b) for b in f.blocks}) == 1 and sum(f.support[b] in f.blocks for b in f.blocks) == len(f.blocks) - 1


def _only(block: str, place: str):
    """That block moved to that place, nothing else moved."""
    return lambda i, f: f.base(block) == place and moved(i, f) == {block}

SAID = [  # read by the tests of `test_understanding_fresh223` (one test body for every session's table)
    ("I'd far sooner keep the green block on the table than the red block.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("I would rather have the blue block in the white bowl than the purple bowl.", lambda i, f: f.support[B] == WB and moved(i, f) == {B}, crowded),
    ("I don't want any block stay on the table, please.", lambda i, f: all(f.base(b) != TABLE for b in (R, G, Y)), crowded),
    ("The white bowl has to be empty, not a single block in it, but don't throw them in the bin.", lambda i, f: all(f.base(b) not in (WB, BIN) for b in (P, O)), crowded),
    # the wrong actions and replies of FRESH337-341, in other words
    ("Bin every block except the yellow block. That's five blocks in the bin.", _binned(P, O, B, R, G), crowded),
    ("Throw the red block and the green block away, which makes two blocks in the bin.", _binned(R, G), crowded),
    ("Nothing in the bin apart from the yellow block, please.", _binned(Y), crowded),
    ("No blocks in the cyan bowl besides the yellow block.", _only(Y, CB), crowded),
    ("Whenever a block's colour matches one of the bowls, move it into that bowl.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    # the refusals and questions, in other words
    ("Never let a block stay on the red block.", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("Please make so that nothing sits on the red block.", lambda i, f: f.support[G] != R, crowded),
    ("the green block shouldn't sit on the red block any more, just put it somewhere else", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("No blocks should be left in the white bowl, love, out they all go.", lambda i, f: f.base(P) != WB and f.base(O) != WB, crowded),
    ("Bin all the blocks, but the ones in the white bowl, please don't disturb them.", _binned(B, R, G, Y), crowded),
    ("Pop the blue block into the blue bowl, the bowl that matches it.", _only(B, BB), coloured),
    ("Take the yellow block, bright as a sunflower, and put it in the cyan bowl.", _only(Y, CB), crowded),
    ("Start by dumping everything in the white bowl into the bin, then put the yellow block in it.", lambda i, f: f.support[P] == BIN and f.support[O] == BIN
     and f.support[Y] == WB, crowded),
    ("Only the green block needs binning.", _binned(G), crowded),
    ("The intended final state is the yellow block resting in the cyan bowl.", _only(Y, CB), crowded),
    ("Sort the blocks into their matching bowls, but only those on the table.", lambda i, f: f.base(G) == GB and f.support[B] == PB, coloured),
    ("The blocks with no bowl of their colour can wander into the bin.", lambda i, f: all(f.support[b] == BIN for b in (P, O, R, Y)), coloured),
    ("Toss the yellow block in the bin. Don't you worry, it lived a full life.", _binned(Y), crowded),
    ("Every block that's not in a bowl goes in the bin. Bin there, done that!", _binned(R, G, Y), crowded),
    ("Stack the yellow block on the green block. Tower of dreams!", lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("Take the green block off the red block, just not to the bin. It's not junk, it's my childhood.", _only(G, TABLE), crowded),
    ("Move that yellow block and set her down at the top left corner there.", _only(Y, "top left corner"), crowded),
    ("Grab whichever one is closest to the cyan bowl and drop it right in there.", _only(Y, CB), crowded),
    ("Any block with a bowl in its own colour, pop it in there.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("Set the yellow block in the cyan bowl and leave the others be, ya hear?", _only(Y, CB), crowded),
    ("Put the yellow block in the cyan bowl, the rest leave at their places.", _only(Y, CB), crowded),
    ("Please bin the yellow block, but the green block is stay where it is.", _binned(Y), crowded),
    ("No block may be left on the table. The bowls or the bin, I don't mind.", lambda i, f: all(f.base(b) != TABLE for b in f.blocks), crowded),
    # FRESH342-346's wrong actions and replies, in other words
    ("Stack every block into one tall tower. Let's make it!", _tower_of_all, crowded),
    ("Set the yellow block on the green block, and after that both should go in the cyan bowl.", lambda i, f: f.base(G) == CB and f.support[Y] == G
     and f.support[R] == i.support[R], crowded),
    ("Bin all the blocks except the ones in the white bowl, leave those as they are.", _binned(B, R, G, Y), crowded),
    ("Throw every block in the bin except the ones in the purple bowl, those leave as it is.", _binned(P, O, R, G, Y), crowded),
    # their refusals and questions, in other words
    ("Empty the white bowl, but the blocks do not put in the bin.", lambda i, f: all(f.base(b) not in (WB, BIN) for b in (P, O)), crowded),
    ("The cyan bowl is the yellow block's rightful home; there it ought to rest.", _only(Y, CB), crowded),
    ("Whatever's resting on the red block, lift it off and lay it on the table.", _only(G, TABLE), crowded),
    ("How wonderful it would be to see the yellow block in the cyan bowl.", _only(Y, CB), crowded),
    ("I'd like the yellow block in the cyan bowl, if you can pull it off.", _only(Y, CB), crowded),
    ("Gather every block that sleeps in the bowls and lay each one down on the table.", lambda i, f: all(f.support[b] == TABLE for b in (P, O, B)), crowded),
    ("Let the yellow block wander to the top left corner while the red block slumbers undisturbed.", _only(Y, "top left corner"), crowded),
    ("First let the yellow block descend into the cyan bowl, then let the green block follow it there.", lambda i, f: f.base(Y) == CB and f.base(G) == CB, crowded),
    ("Let the yellow block tumble into the cyan bowl, and last let the green block fall into the bin.", lambda i, f: f.base(Y) == CB and f.support[G] == BIN, crowded),
    ("Let every block find the bowl that bears its colour, as bees return to their hives.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("Move all the blocks of the table into the bin.", _binned(R, G, Y), crowded),
    ("the yellow block has 2 be in the cyan bowl", _only(Y, CB), crowded),
    ("You know what would be lovely? If the yellow block were in the cyan bowl.", _only(Y, CB), crowded),
    ("Put the yellow block in the cyan bowl. Tidy hands, tidy mind, as my grandmother used to say.", _only(Y, CB), crowded),
    ("Two quick jobs, one at a time like my old boss used to say: the yellow block goes in the bin, then the green block goes on the table.",
     lambda i, f: f.support[Y] == BIN and f.support[G] == TABLE, crowded),
    ("Put the yellow block in the cyan bowl and you leave the others be.", _only(Y, CB), crowded),
    ("Put the yellow block in the cyan bowl, man.", _only(Y, CB), crowded),
    ("Pop the green block into the cyan bowl but leave the tower alone, dude.", lambda i, f: f.base(G) == CB and f.support[Y] == B, two_towers),
    ("Target state: the yellow block in the cyan bowl. Please get it there.", _only(Y, CB), crowded),
    ("Every block outside a bowl: move it to the bin. Blocks in bowls: ignore.", _binned(R, G, Y), crowded),
    ("Nobody on top of the red block! Clear it off!", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("The yellow block is headed for the cyan bowl, and the red block stays where it is, won't move an inch.", _only(Y, CB), crowded),
    ("Every block that has a bowl of its own colour: put the block in that bowl. Remaining blocks: skip.", lambda i, f: f.base(B) == BB and f.base(G) == GB
     and f.support[Y] == i.support[Y] and f.base(P) == WB, coloured),
    ("This parcel is bound for the cyan bowl: the yellow block goes in there!", _only(Y, CB), crowded),
    ("It strikes me that the yellow block ought to be in the cyan bowl.", _only(Y, CB), crowded),
    ("I'd love to see the yellow block sent to the bin before my shift ends.", _binned(Y), crowded),
    ("Every block on the table goes to the bin, every last parcel!", _binned(R, G, Y), crowded),
    ("the blue block can't stay in the purple bowl, boot it out", lambda i, f: f.base(B) != PB and moved(i, f) == {B}, crowded),
    ("Tidy time! Every block into the bowl of its own colour. Any with no matching bowl can stay put.", lambda i, f: f.base(B) == BB and f.base(G) == GB
     and f.support[Y] == i.support[Y], coloured),
    ("colour match time: each block that has a matching colour bowl goes in it", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    # FRESH347-351's wrong actions, in other words
    ("Lift the block out of the purple bowl, but no put it in bin.", lambda i, f: f.base(B) not in (PB, BIN) and moved(i, f) == {B}, crowded),
    ("Take the one out of the purple bowl.", lambda i, f: f.base(B) not in (PB, BIN) and moved(i, f) == {B}, crowded),
    ("Bin everything except the yellow block and the pink block: the rest of the blocks go in the bin.", _binned(O, B, R, G), crowded),
    ("Throw out everything apart from the yellow block and the pink block. The others go in the bin too.", _binned(O, B, R, G), crowded),
    # their refusals, in other words
    ("Bring the yellow block over to the cyan bowl and put it down inside.", _only(Y, CB), crowded),
    ("The yellow block belongs in the cyan bowl, sitting still and steady.", _only(Y, CB), crowded),
    ("Begin by lifting the green block off the red block and letting it sit on the table.", _only(G, TABLE), crowded),
    ("The target here is the yellow block sitting in the cyan bowl.", _only(Y, CB), crowded),
    ("the yellow block goes in the cyan bowl. NOT the bin.", _only(Y, CB), crowded),
    ("I don't like the blocks stacked on top of each other.", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("Grab the yellow block, put it in the cyan bowl, keep it steady.", _only(Y, CB), crowded),
    ("The right place for the yellow block is, I think, the cyan bowl.", _only(Y, CB), crowded),
    ("The yellow block belongs in the cyan bowl, that's the rule, no lie.", _only(Y, CB), crowded),
    ("The yellow block rolling over to the cyan bowl, please.", _only(Y, CB), crowded),
    ("I wanna see the yellow block sittin' in the cyan bowl, ya feel me?", _only(Y, CB), crowded),
    ("Every block on the table, chuck 'em in the bin, clear the way.", _binned(R, G, Y), crowded),
    ("That green block ain't stayin' on the red block, shift it off.", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("Whichever block is nearest to the cyan bowl, run it over to the bin.", _binned(Y), crowded),
    ("The block on the far left, yeah that one, chuck it in the bin.", _binned(Y), crowded),
    ("Move the yellow block to the cyan bowl, the green block stays put, don't shift it an inch.", _only(Y, CB), crowded),
    ("Put the yellow block in the cyan bowl, then the green block on top of it, don't stop.", lambda i, f: f.base(Y) == CB and f.support[G] == Y, crowded),
    ("Please move each block whose colour matches one of the bowls into the bowl of that colour.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("Please put every block to the bowl same colour with it.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("Colours have to match, every block to its bowl.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("Every flower has its bed, and the yellow block's bed is the cyan bowl.", _only(Y, CB), crowded),
    ("Put the yellow block in the cyan bowl, as gently as you can.", _only(Y, CB), crowded),
    ("Bin the yellow block, it's been in my way all day.", _binned(Y), crowded),
    ("Pot the yellow block in the cyan bowl, it's only a small pot.", _only(Y, CB), crowded),
    ("The blue block shouldn't be in the purple bowl. That bowl's for soup.", lambda i, f: f.base(B) != PB and moved(i, f) == {B}, crowded),
    ("Weed out everything but the pink block and the orange block.", _binned(B, R, G, Y), crowded),
    ("Take the block growing nearest to the cyan bowl and plant it in the bin.", _binned(Y), crowded),
    ("At this moment, please put the yellow block in the cyan bowl.", _only(Y, CB), crowded),
    ("We kindly ask that the yellow block be placed in the cyan bowl.", _only(Y, CB), crowded),
    ("I'd love it if the yellow block was sat in the cyan bowl.", _only(Y, CB), crowded),
    ("Grab the yellow block, me hearties, an' stow it in the cyan bowl!", _only(Y, CB), crowded),
    ("Bin the yellow block. The white bowl stays as is, nothing in or out.", _binned(Y), crowded),
    ("Put the yellow block in the cyan bowl, pet. But don't you go touching the green block.", _only(Y, CB), crowded),
    ("Two blocks share a colour with a bowl. Put each of those two in its matching bowl.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("Put the yellow block in the cyan bowl. The rest are not part of this job.", _only(Y, CB), crowded),
    # FRESH352-356's wrong replies and refusals, in other words
    ("Ain't nothin' s'posed to be sittin' on the red block, partner. Clear it off.", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("Put the yellow block in the cyan bowl, that would look lovely.", _only(Y, CB), crowded),
    ("Take all blocks out the white bowl and set them on the table.", lambda i, f: f.support[P] == TABLE and f.support[O] == TABLE, crowded),
    ("No blocks in the white bowl please, hun, I want it completely empty.", lambda i, f: f.base(P) != WB and f.base(O) != WB, crowded),
    ("Move the block with the shortest distance to the cyan bowl into that bowl.", _only(Y, CB), crowded),
    ("Bin the yellow block. Hands off the white bowl.", _binned(Y), crowded),
    ("Pop the yellow block in the cyan bowl and then, oh, the green block on top of it, perfect.", lambda i, f: f.base(Y) == CB and f.support[G] == Y, crowded),
    ("Pick and place request: source = the yellow block, target = the top left corner.", _only(Y, "top left corner"), crowded),
    ("Fetch the green block off the red block and set 'er down in the cyan bowl.", _only(G, CB), crowded),
    ("Empty the white bowl: move all the contained blocks onto the table.", lambda i, f: f.support[P] == TABLE and f.support[O] == TABLE, crowded),
    ("Put the yellow block in the cyan bowl. Constraint: the green block stays on its current support.", _only(Y, CB), crowded),
    ("Bin the yellow block, but don't you go fiddling with the white bowl, hear?", _binned(Y), crowded),
    ("Fust git the yellow block in the cyan bowl, and last toss the green block in the bin.", lambda i, f: f.base(Y) == CB and f.support[G] == BIN, crowded),
    ("The yellow block belongs in the cyan bowl, dear, as it always has.", _only(Y, CB), crowded),
    ("I long to see the yellow block in the cyan bowl, a little boat on a quiet sea.", _only(Y, CB), crowded),
    ("Free the red block; let nothing sit upon its head.", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("Let the yellow block hop to the top left corner, and at last crown it with the green block.", lambda i, f: f.base(Y) == "top left corner"
     and f.support[G] == Y, crowded),
    ("Every block whose colour corresponds to that of a bowl shall be put in the said bowl.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("Negative, the blue block is not to stay in the purple bowl. Remove it. Over.", lambda i, f: f.base(B) != PB and moved(i, f) == {B}, crowded),
    ("Nothing should sit on another block. No monkey business on my table!", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("Target the green block. Move it to the bin. Over.", _binned(G), crowded),
    ("Bin the yellow block, but leave the pink block where it is, that's for sale.", _binned(Y), crowded),
    ("Two quick steps: the yellow block in the bin, and for the grand finale the green block on the table.", lambda i, f: f.support[Y] == BIN
     and f.support[G] == TABLE, crowded),
    ("The blue block needs to go home to its bowl, the one the same colour. They've been apart long enough.", _only(B, BB), coloured),
]

ASKED = [  # (text, a part of the reply)
    ("What've you got in the purple bowl?", "In the purple bowl: the blue block"),
    ("what\u2019ve we got sitting in the white bowl", "the pink block and the orange block"),
    ("Where are the blue and green blocks?", "The blue block is in the purple bowl (x=0.64, y=0.16 m). The green block is on the red block"),
    ("Where're the red block and the blue block?", "The blue block is in the purple bowl"),
    ("What's in the purple and white bowls?", "In the purple bowl: the blue block. In the white bowl: the pink block and the orange block."),
    ("Where is everything?", f"the blue block (block, blue): in the {PB}"),
    ("So where are all the blocks right now?", f"the green block (block, green): on the {R}"),
    ("How many blocks have wound up in the white bowl?", "2 (blocks in the white bowl)"),
    ("Which blocks have ended up in the white bowl?", "the pink block and the orange block"),
    ("How many blocks are on the table at the moment, not counting any that are in a bowl?", "3 (blocks on the table"),
    ("So how many blocks are hanging out in the purple bowl?", "1 (blocks in the purple bowl): the blue block"),
    ("How many blocks rest upon the table's broad top?", "3 (blocks on the table"),
    ("Where it is the green block?", "The green block is on the red block"),
    ("Total number of blocks in the white bowl, please: how many?", "2 (blocks in the white bowl"),
    ("Be the yellow block sittin' on the table, matey?", "Yes"),
    ("How many blocks y'all got sittin' in the white bowl?", "2 (blocks in the white bowl"),
    ("Query: how many blocks are on the table, not counting any in bowls or the bin?", "3 (blocks not in a bowl): the red block, the green block and the yellow block"),
    ("So how many blocks are napping in the white bowl?", "2 (blocks in the white bowl"),
    ("Quick question while I've got you: what's in the purple bowl?", "In the purple bowl: the blue block"),
    ("Request a tally of blocks in the white bowl. Over.", "2 (blocks in the white bowl"),
]


@pytest.mark.parametrize("text", ["Put both in the bin.", "Both blocks should go in the cyan bowl."])
def test_both_never_means_every_block(text: str) -> None:
    """'both' with more than two blocks in play and none named: a refusal that says so, never every block moved."""
    with pytest.raises(PlanningError, match="which two blocks"):
        outcome(text, crowded())
