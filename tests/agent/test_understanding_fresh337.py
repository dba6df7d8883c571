"""What the three-hundred-and-thirty-eighth untuned batches on (`benchmarks.language_fresh337` on) and the mends they
prompted found, said in other words than the batches. Also what the last session left: "I'd sooner have X on the
table than Y" (than on Y), "What've we got in W?" (a contraction in a question), and, found while mending it, 'where
are X and Y?' and 'what is in W and V?' (each answered in turn)."""

from __future__ import annotations

from sim.core.lexicon import BIN, TABLE

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_fresh199 import moved
from tests.agent.test_understanding_more import BB, CB, PB, WB, B, G, O, P, R, Y

GB = "green bowl"


def _binned(*blocks: str):
    """Those blocks in the bin, every other block where it was."""
    return lambda i, f: all(f.support[b] == BIN for b in blocks) and all(f.support[b] == i.support[b] for b in f.blocks if b not in blocks)


def _only(block: str, place: str):
    """That block moved to that place, nothing else moved."""
    return lambda i, f: f.base(block) == place and moved(i, f) == {block}

SAID = [  # read by the tests of `test_understanding_fresh223` (one test body for every session's table)
    ("I'd far sooner keep the green block on the table than the red block.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("I would rather have the blue block in the white bowl than the purple bowl.", lambda i, f: f.support[B] == WB and moved(i, f) == {B}, crowded),
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
]
