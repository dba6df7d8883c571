"""What the two-hundred-and-thirty-seventh to two-hundred-and-fifty-sixth untuned batches (`benchmarks.language_fresh236`
to `language_fresh255`: a barman, a surveyor, a primary teacher, a caretaker, a singer, an electrician, a baker, a
commuter, a formal grandmother, a mechanic, a drama student, a boss, a nine-year-old, a farmer, a zoologist, a sarcastic
teenager, a careful retiree, an optician, a gamer, a head teacher, a nurse, an architect, a chef, a lawyer, a gardener,
a podcaster, a poet, an intern, a sailor, a pilot, a hairdresser, a tech lead, a coach, a physicist, a grandchild, a
barista, a historian, a carer, a novelist, a mechanic, a referee, a florist, a doubter, and Malay, Dutch, Spanish,
Japanese, Portuguese, Korean, Italian, Swedish, Polish, Greek, Russian, Vietnamese and Arabic speakers) and the mends
they prompted found, said in other words than the batches. The wrong actions: a coach's 'Bin X and Y, but Z stays right
where it is' binned only X; an architect's 'Construct a two-block stack on the table, X beneath Y, ...' put X on Y; a
gardener's 'tip W out into the bin, then pop X in there instead' put X in the bin; a teacher's 'build a tower: X at the
bottom, Y in the middle and Z on top' put Y at the middle of the table when Y began under X; an carer's 'put all the
blocks into the bin apart from X and Y? Please don't throw those two away.' took blocks out of the bin again; a
doubter's 'is there a bowl the same colour as X? I think there is... could you put the block in there?' was answered,
not done; an intern's 'each block goes in the bowl that's the same colour as it? Only the ones that have a bowl of their
colour.' put a block in a bowl of another colour. The wrong replies: 'which block on the table is closest to W?'
answered for a block in a bowl (or, before a request, pointed 'it' at W), 'tell me, darling, what sits upon X?', 'What,
pray tell, is sitting on X?' and 'In which bowl is it X?' got the help text, 'how many blocks on the table n how many in
bowls?' and 'is X even in W or not' were not read. Found while mending (wrong before this session too): 'take X out of
W, anywhere but the bin' lifted X and held it; 'Everything in W into the bin, all but X' and 'bin everything in W, all
except X' binned every block on the table; '..., X below Y' after another step put X on Y; 'Bin X and Y while Z stays
where it is' binned X alone; 'Any block that does not match a bowl's colour goes in the bin' and 'Any block in W goes in
the bin' binned one of them."""

from __future__ import annotations

import pytest

from sim.core.lexicon import BIN, GRIPPER, TABLE
from sim.core.perceived import Scene

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_fresh199 import moved
from tests.agent.test_understanding_more import BB, CB, PB, WB, B, G, O, P, R, Y, obj, outcome, plan_of, reply

BOWLS = (WB, PB, CB)
GB = "green bowl"
ALL = (P, O, B, R, G, Y)


WHITE = "white block"


def with_white() -> Scene:
    """crowded(), with a loose white block."""
    return Scene(objects=[*crowded().objects, obj(WHITE, pos=(0.30, -0.22))])


def _in(block: str, bowl: str):
    return lambda i, f: f.base(block) == bowl and moved(i, f) == {block}


SAID = [  # read by the tests of `test_understanding_fresh223` (one test body for every session's table)
    # places, wishes, courtesies and vocatives
    ("Move the yellow block to the centre of the table, the very centre.", lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    ("My requirement is the yellow block in the cyan bowl.", _in(Y, CB), crowded),
    ("Put the yellow block in the cyan bowl, there's a good fella.", _in(Y, CB), crowded),
    ("Never touch the blue block under any circumstances. Put the yellow block in the cyan bowl.", _in(Y, CB), crowded),
    ("Bin the yellow block. Don't keep me waiting.", _in(Y, BIN), crowded),
    ("Everything into the bin except the yellow block, darling. The yellow block is spared.",
     lambda i, f: f.base(Y) == TABLE and all(f.base(b) == BIN for b in (P, O, B, R, G)), crowded),
    ("Every block, into the bin! Spare none!", lambda i, f: all(f.base(b) == BIN for b in (P, O, B, R, G, Y)), crowded),
    ("Lift the yellow block and lay it ever so gently upon the orange block.", lambda i, f: f.support[Y] == O and moved(i, f) == {Y}, crowded),
    ("The yellow block has sung its final song. Its last resting place is the bin.", _in(Y, BIN), crowded),
    ("Act one: the yellow block slides to the middle! Act two: the orange block climbs on top of it! Curtain!",
     lambda i, f: f.support[Y] == "middle" and f.support[O] == Y, crowded),
    # a learner's words
    ("The orange block must lay on the yellow block.", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Bin every block in the white bowl, but not the pink block, that one not.", _in(O, BIN), crowded),
    ("i want the yellow block in the corner the bottom left one", lambda i, f: f.support[Y] == "bottom left corner" and moved(i, f) == {Y}, crowded),
    ("I need in the cyan bowl exactly two blocks, no matter which.", lambda i, f: len(f.in_bowl(CB)) == 2, crowded),
    ("Put the green block on the yellow block, it is for make a tower.", lambda i, f: f.support[G] == Y and moved(i, f) == {G}, crowded),
    ("First put the yellow block in the cyan bowl, then the orange block also same bowl.",
     lambda i, f: f.base(Y) == CB and f.base(O) == CB and moved(i, f) == {Y, O}, crowded),
    ("I want build a tower on the table. The red block at bottom, then the yellow block, and the orange block at the top.",
     lambda i, f: f.support[Y] == R and f.support[O] == Y and moved(i, f) == {G, Y, O}, crowded),
    # what a block is, said by where it is
    ("Whatever is sitting on the red block, pull it off and toss it in the bin.", _in(G, BIN), crowded),
    ("The top of the stack the red block is in: put it in the cyan bowl.", _in(G, CB), crowded),
    ("whatever block is at the very bottom of the stack the green block is in. bin it",
     lambda i, f: f.base(R) == BIN and f.base(G) != BIN, crowded),
    ("The block nearest the cyan bowl, that one! Into the bin with it!", _in(Y, BIN), crowded),
    ("Measure from the yellow block to every bowl and put it in the bowl at the shortest distance.", _in(Y, CB), crowded),
    ("The block nearest the cyan bowl, sweetheart, off to the bin with it!", _in(Y, BIN), crowded),
    ("Of the blocks sitting on the table, which one is nearest to the cyan bowl? Put that one in the cyan bowl.", _in(Y, CB), crowded),
    ("Of the blocks out on the table, the one nearest the cyan bowl, could you put it in that bowl?", _in(Y, CB), crowded),
    # leaving things, and what is said again
    ("Empty the white bowl into the bin, but not the pink block, it stays in the bowl.", _in(O, BIN), crowded),
    ("Everything in the white bowl goes in the bin, all but the pink block, that one stays in the bowl.", _in(O, BIN), crowded),
    ("Send the yellow block to the bin! But the white bowl, leave that bowl exactly as it is!", _in(Y, BIN), crowded),
    ("Move the yellow block to the middle. The blocks in the white bowl must stay in the white bowl, just as they are now.",
     lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    ("Stack the orange block on top of the yellow block. The orange block goes on top, the yellow block stays underneath.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("The green block should be on the table itself, not on another block and not in a bowl.",
     lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("Take the blue block out of the purple bowl, anywhere but the bin.",
     lambda i, f: f.base(B) not in (PB, BIN, GRIPPER) and moved(i, f) == {B}, crowded),
    ("i want the blue block out of the purple bowl. dont care where it goes, just not back in there",
     lambda i, f: f.base(B) not in (PB, GRIPPER) and moved(i, f) == {B}, crowded),
    ("take all the blocks out of the bowls and put them on the table. the table. not the bin",
     lambda i, f: all(f.support[b] == TABLE for b in (P, O, B)) and moved(i, f) == {P, O, B}, crowded),
    ("Put everything in the bin. Not the yellow block or the blue block though, those stay put.",
     lambda i, f: moved(i, f) == {P, O, R, G} and all(f.base(b) == BIN for b in (P, O, R, G)), crowded),
    ("Empty the white bowl, but don't put any of its blocks in the bin. The table is fine.",
     lambda i, f: not f.in_bowl(WB) and BIN not in (f.base(P), f.base(O)), crowded),
    ("I want the white bowl emptied, every block in it into the bin.", lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}, crowded),
    ("Arrange it so each bowl holds exactly one block; which block goes where is your call.",
     lambda i, f: all(len(f.in_bowl(w)) == 1 for w in BOWLS), crowded),
    ("I would be so grateful if each bowl could hold exactly one block.", lambda i, f: all(len(f.in_bowl(w)) == 1 for w in BOWLS), crowded),
    # the second round (FRESH241-243)
    ("The orange block must be on the top of the yellow block, is more nice so.", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("empty the white bowl but nothing goes in the bin ok", lambda i, f: not f.in_bowl(WB) and BIN not in (f.base(P), f.base(O)), crowded),
    ("all of them into the bin except the yellow block and the blue block, I'm keeping those",
     lambda i, f: moved(i, f) == {P, O, R, G} and all(f.base(b) == BIN for b in (P, O, R, G)), crowded),
    ("I'd like a two-block column: the yellow block at the base and the orange block at the top.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Exactly one block should occupy the white bowl; which one is irrelevant.", lambda i, f: len(f.in_bowl(WB)) == 1, crowded),
    ("Assemble a two-block stack on the table, the yellow block underneath the orange block.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Stack two blocks on the table, the yellow block below the orange block.", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("The yellow block is to be in the bin at the close of this job.", _in(Y, BIN), crowded),
    ("block resting on the red block, in the bin", _in(G, BIN), crowded),
    ("Kindly place whichever block is located closest to the cyan bowl into that bowl.", _in(Y, CB), crowded),
    ("Empty the white bowl into the bin first, then put the yellow block in there instead.",
     lambda i, f: f.base(P) == f.base(O) == BIN and f.base(Y) == WB, crowded),
    # the third round (FRESH244-246)
    ("I WANT THE YELLOW BLOCK IN THE CYAN BOWL, PRIVATE!", _in(Y, CB), crowded),
    ("THE TOP BLOCK OF THE STACK STANDING ON THE RED BLOCK! TO THE TOP LEFT CORNER! NOW!",
     lambda i, f: f.support[G] == "top left corner" and moved(i, f) == {G}, crowded),
    ("There's a block sitting all alone in the purple bowl; could you lift it out and put it on the yellow block?",
     lambda i, f: f.support[B] == Y and moved(i, f) == {B}, crowded),
    ("Put the yellow block in the bin, but the white bowl, you don't touch it, the blocks inside stay like this.", _in(Y, BIN), crowded),
    ("EVERY BLOCK WITH A BOWL OF ITS OWN COLOUR GOES IN THAT BOWL! THE REST GO IN THE BIN! MOVE IT!",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and all(f.base(b) == BIN for b in (P, O, R, Y)), coloured),
    ("ok chat we're going for exactly one block in the cyan bowl. go robot", lambda i, f: len(f.in_bowl(CB)) == 1, crowded),
    ("robot, bin the yellow block but don't touch the blue block. chat the blue block is my favourite block lol", _in(Y, BIN), crowded),
    ("Move the yellow block to the bin. Required end state: the yellow block in the bin, gripper empty.", _in(Y, BIN), crowded),
    ("The yellow block has to end up in the cyan bowl. I think that's right... yes, in the cyan bowl, nowhere else.", _in(Y, CB), crowded),
    ("Make sure the cyan bowl holds exactly two blocks. The choice of blocks is yours.", lambda i, f: len(f.in_bowl(CB)) == 2, crowded),
    ("put the yellow block in the bin but my tower stays!! dont touch my tower", _in(Y, BIN), crowded),
    ("I'd like the blue block to go into the blue bowl, please. Only that one, nothing else should go in the blue bowl.", _in(B, BB), coloured),
    ("Put the blocks that don't match any of the bowls' colours in the bin.",
     lambda i, f: all(f.base(b) == BIN for b in (P, O, R, Y)) and BIN not in (f.base(B), f.base(G)), coloured),
    ("Take every block that's sitting on top of another block and put each one down on the table.",
     lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("bin the yellow block for me, but don't you go touching the white bowl, leave it how it is", _in(Y, BIN), crowded),
    ("I think the green block is part of a stack. Could you move whichever block is at the very bottom of that stack into the cyan bowl?",
     lambda i, f: f.base(R) == CB and f.base(G) != CB, crowded),
    # the fourth round (FRESH247-249)
    ("Okay so, quick thing, but can you put the yellow block in the cyan bowl? Just that one block, that's all I need.", _in(Y, CB), crowded),
    ("What I want, and this is kind of my whole mood today, is a little tower: the yellow block at the bottom, then the orange block on top.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Can you empty the white bowl? But don't throw anything in the bin, okay? I'm really attached to these blocks.",
     lambda i, f: not f.in_bowl(WB) and BIN not in (f.base(P), f.base(O)), crowded),
    ("Okay, two things. One, the yellow block goes in the bin. Two, and this is the fun part, put the orange block on the green block.",
     lambda i, f: f.base(Y) == BIN and f.support[O] == G, crowded),
    ("Just bin the yellow block. The blue block, though, that stays exactly where it is.", _in(Y, BIN), crowded),
    ("For every bowl: put the block of the same colour in it.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("Carry the yellow block to the top left corner, and let it rest there a while.",
     lambda i, f: f.support[Y] == "top left corner" and moved(i, f) == {Y}, crowded),
    ("At the heart of the table, in the middle, the yellow block should stand.", lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    ("Exactly one block should keep the cyan bowl company.", lambda i, f: len(f.in_bowl(CB)) == 1, crowded),
    ("Please, all the blocks into bin, only the yellow block and the blue block not.",
     lambda i, f: moved(i, f) == {P, O, R, G} and all(f.base(b) == BIN for b in (P, O, R, G)), crowded),
    ("The yellow block must go to the bin; but the white bowl and what rests in it, leave them undisturbed.", _in(Y, BIN), crowded),
    ("Let the blue block come home to the bowl of its own colour.", _in(B, BB), coloured),
    ("I would like that the green block stands on the table, not on other block.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("Whichever block sleeps closest to the cyan bowl: wake it, and set it in the top left corner.",
     lambda i, f: f.support[Y] == "top left corner" and moved(i, f) == {Y}, crowded),
    ("Hi, sorry, I think I'm meant to ask you to put the yellow block in the bin? Just that one block, please.", _in(Y, BIN), crowded),
    ("Stack the yellow block on the orange block, then the blue block atop o' that, matey.",
     lambda i, f: f.support[Y] == O and f.support[B] == Y, crowded),
    ("What I'm after, matey, is the yellow block restin' on the blue block.", lambda i, f: f.support[Y] == B and moved(i, f) == {Y}, crowded),
    ("Don't ye lay a finger on the blue block, but put the yellow block atop the orange block.",
     lambda i, f: f.support[Y] == O and moved(i, f) == {Y}, crowded),
    ("Take the block off the very top o' the tallest stack and heave it into the bin.", _in(G, BIN), crowded),
    ("Request exactly one block in the cyan bowl, any one will do. Over.", lambda i, f: len(f.in_bowl(CB)) == 1, crowded),
    ("The blue block shouldn't be in the purple bowl any more. Take it out and put it anywhere else you like.",
     lambda i, f: f.base(B) not in (PB, GRIPPER) and moved(i, f) == {B}, crowded),
    ("Look at the blocks on the table and find the one nearest to the cyan bowl. That one goes into the cyan bowl.", _in(Y, CB), crowded),
    ("whatever block is in the purple bowl move it to the top left corner", lambda i, f: f.support[B] == "top left corner" and moved(i, f) == {B}, crowded),
    ("Put the blocks of the white bowl in the bin, but the purple bowl let it like it is.",
     lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}, crowded),
    ("What I'd like you to do is build a tower: the yellow block at the bottom, the orange block in the middle and the pink block on top.",
     lambda i, f: f.support[O] == Y and f.support[P] == O and moved(i, f) == {O, P}, crowded),
    ("the yellow block on the bottom, the orange block in the middle, the pink block at the top",
     lambda i, f: f.support[O] == Y and f.support[P] == O and moved(i, f) == {O, P}, crowded),
    # the fifth round (FRESH250-252)
    ("I'd like a little tower, growing up like a sunflower: the yellow block at the bottom, then the orange block on top.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Pop the yellow block in the bin, but keep the blue block where it is, don't touch a hair on it.", _in(Y, BIN), crowded),
    ("Could you empty the white bowl into the bin? Leave the blue block just as it is, though, it's settled in nicely.",
     lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}, crowded),
    ("Each block that has a bowl of its own colour should go home to that bowl. The rest stay where they are.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and moved(i, f) == {B, G}, coloured),
    ("Colour sort: blocks into same-colour bowls. Non-matching blocks -> bin.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and all(f.base(b) == BIN for b in (P, O, R, Y)), coloured),
    ("Take out anything in the white bowl that isn't the same colour as the bowl.", lambda i, f: not f.in_bowl(WB) and moved(i, f) == {P, O}, crowded),
    ("I'd like the yellow block and the orange block both put in the cyan bowl, whenever you get round to it.",
     lambda i, f: f.base(Y) == f.base(O) == CB and moved(i, f) == {Y, O}, crowded),
    ("Get the green block off the red block! Not into the bin though, keep it in play!",
     lambda i, f: f.support[G] != R and f.base(G) not in (BIN, GRIPPER) and moved(i, f) == {G}, crowded),
    ("Please put the block nearest with the cyan bowl into the bin.", _in(Y, BIN), crowded),
    ("Put the yellow block in the cyan bowl, but let the blue block be. Leave it lay right where it is.", _in(Y, CB), crowded),
    ("Go ahead and put every block in the bin 'cept the yellow block. Keep that one out of there.",
     lambda i, f: f.base(Y) == TABLE and all(f.base(b) == BIN for b in (P, O, B, R, G)), crowded),
    ("Build a tower of two: the yellow block at the bottom and the orange block on top. The tower is to stand on the table.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("ok so grandma wants the yellow block gone, can you just drop it in the bin", _in(Y, BIN), crowded),
    ("the yellow block is supposed to be over in the top left corner, grandpa keeps asking about it",
     lambda i, f: f.support[Y] == "top left corner" and moved(i, f) == {Y}, crowded),
    ("Relocate the green block so that it no longer rests on the red block. Its destination is otherwise arbitrary, provided it is not the bin.",
     lambda i, f: f.support[G] != R and f.base(G) not in (BIN, GRIPPER) and moved(i, f) == {G}, crowded),
    ("Of the blocks standing on the table (not in bowls), take the one nearest to the cyan bowl and deposit it in the bin.", _in(Y, BIN), crowded),
    ("Put the orange block on the yellow block, and the purple bowl don't touch it, keep it like now.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Empty the white bowl into the bin, with the constraint that every other block remains exactly in its current position.",
     lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}, crowded),
    ("can you move the yellow block to the top right corner but dont move the blue block, nan likes it where it is",
     lambda i, f: f.support[Y] == "top right corner" and moved(i, f) == {Y}, crowded),
    ("Yellow block in the cyan bowl. Leave the rest alone. The rest stays.", _in(Y, CB), crowded),
    ("Put every block in the bin, and leave the rest alone.", lambda i, f: all(f.base(b) == BIN for b in ALL), crowded),
    # the sixth round (FRESH253-255)
    ("Hiya! Could you pop the yellow block into the cyan bowl for me? Like a biscuit into a tin, ta!", _in(Y, CB), crowded),
    ("The orange block goes on top of the yellow block, stacked up nice like a pile of plates!", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("I should like to see the yellow block, the pink block and the orange block stacked into a single tower; the order is of no consequence.",
     lambda i, f: sorted(f.support[b] in (Y, P, O) for b in (Y, P, O)) == [False, True, True] and len({f.support[b] for b in (Y, P, O)}) == 3, crowded),
    ("Kindly arrange matters so that the cyan bowl holds exactly one block.", lambda i, f: len(f.in_bowl(CB)) == 1, crowded),
    ("The blue block shouldn't be in the purple bowl. Move it anywhere else.", lambda i, f: f.base(B) not in (PB, GRIPPER) and moved(i, f) == {B}, crowded),
    ("Let each bowl hold exactly one block; which block goes to which bowl, I leave to you.", lambda i, f: all(len(f.in_bowl(w)) == 1 for w in BOWLS), crowded),
    ("Of the blocks lying loose on the table, take the one nearest the cyan bowl and set it on the orange block.",
     lambda i, f: f.support[Y] == O and moved(i, f) == {Y}, crowded),
    ("First, lift the green block from the red block, where it has rested all morning; then lay it gently in the cyan bowl.",
     lambda i, f: f.base(G) == CB, crowded),
    ("Match colours. Each block goes in the bowl of its colour. No matching bowl, bin it.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and all(f.base(b) == BIN for b in (P, O, R, Y)), coloured),
    ("The blue block longs for the bowl that shares its colour. Carry it there, would you?", _in(B, BB), coloured),
    ("The yellow block goes in the bin. Now, no arguing.", _in(Y, BIN), crowded),
    ("The block closest to the cyan bowl: off to the bin. Straight away.", _in(Y, BIN), crowded),
    ("The yellow block belongs in the cyan bowl, the way a tulip belongs in a tall vase.", _in(Y, CB), crowded),
    ("Put the yellow block on the table, but the blocks in the white bowl, you let them like they are.",
     lambda i, f: moved(i, f) <= {Y} and f.base(P) == f.base(O) == WB, crowded),
    # FRESH235's refusals, mended this session
    ("i want a tower w the yellow block on the bottom n the orange block on top of it", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("My aim is to have the orange block sitting on the yellow block, with nothing on top of the orange block.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("I'd like everything in the white bowl tipped into the bin.", lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}, crowded),
    ("Into the blue bowl, please, the block of the same colour.", _in(B, BB), coloured),
    # colour sorts
    ("Each bowl is to contain the block of its own colour, if there is one, and no other block at all.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and not f.in_bowl(WB) and not f.in_bowl(PB), coloured),
    ("Sort 'em out by colour, please.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("For every bowl, find the block of the same colour and put it in that bowl.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("Every block that has got a bowl the same colour as it, put it in that bowl.", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("The blue block go in the bowl that have the same colour.", _in(B, BB), coloured),
    ("Colour to colour! Each block home to the bowl that matches it!", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("Any block that does not match a bowl's colour goes in the bin.",
     lambda i, f: all(f.base(b) == BIN for b in (P, O, R, Y)) and BIN not in (f.base(B), f.base(G)), coloured),
]

ASKED = [
    ("Which block on the table is closest to the cyan bowl?", "yellow block"),
    ("Tell me, my dear, what sits on the red block?", "green block"),
    ("What, pray tell, is resting on the green block?", "nothing"),
    ("how many blocks in the white bowl, how many in the purple bowl?", "1 (blocks in the purple bowl)"),
    ("is the blue block even in the purple bowl or not", "Yes"),
    ("The green block is on the red block? And how many bowls there are?", "3 (bowls)"),
    ("In which bowl is it the blue block?", "purple bowl"),
    ("Can you confirm whether the green block is sitting on the red block? Further, how many blocks are in the white bowl?", "2 (blocks in the white bowl)"),
    ("hw many blocks r in the white bowl? n is the green block on the red block", "Yes"),
    ("In which bowl, precisely, is the blue block at present?", "purple bowl"),
    ("Okay, dumb question, but how many blocks are in the white bowl? And while we're at it, how many are in the purple bowl?", "1 (objects in the purple bowl)"),
    ("Sorry if this is a silly question, but how many blocks are in the white bowl right now? And is the pink block one of them?", "Yes"),
    ("What be sittin' in the white bowl, matey?", "pink block"),
    ("how many blocks r in the white bowl... and is the green block on the red block", "2 (blocks in the white bowl)"),
    ("Might you tell me which block rests directly upon the red block?", "green block"),
    ("Two quick queries. First, the number of blocks in the white bowl. Second, is the green block on the red block?", "Yes"),
]


def test_which_block_on_the_table_never_names_a_block_in_a_bowl() -> None:
    """The blue block (in the purple bowl) is nearer the purple bowl's neighbour than any loose block; 'on the table'
    leaves it out."""
    assert "blue block" not in reply("Which block on the table is closest to the purple bowl?", crowded())


def test_a_block_taken_out_of_a_bowl_anywhere_but_the_bin_is_never_left_held() -> None:
    plan = plan_of("Take the blue block out of the purple bowl, anywhere but the bin.", crowded())
    assert [s.primitive for s in plan.steps][-2:] == ["place", "done"], plan.steps


@pytest.mark.parametrize(("text", "check", "scene"), [
    ("Everything in the white bowl goes in the bin, all but the pink block.", _in(O, BIN), crowded),
    ("bin everything in the white bowl, all except the pink block", _in(O, BIN), crowded),
    ("put all the blocks in the white bowl in the bin, all but the pink block", _in(O, BIN), crowded),
    ("Put the yellow block in the cyan bowl, the orange block below the blue block.",
     lambda i, f: f.base(Y) == CB and f.support[B] == O and f.base(O) == PB, crowded),
    ("I think the idea is that each block goes in the bowl that's the same colour as it? Only the ones that have a bowl of their colour.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and f.base(Y) not in (BB, GB, CB, PB, WB) and f.base(R) not in (BB, GB), coloured),
    ("Into the white bowl, please, the block of the same colour, and only that one.",
     lambda i, f: f.base(WHITE) == WB and WB not in (f.base(P), f.base(O)), with_white),
    ("Bin the yellow block and the green block, but the blue block stays right where it is. Got it? Good!",
     lambda i, f: f.base(Y) == f.base(G) == BIN and moved(i, f) == {Y, G}, crowded),
    ("Bin the yellow block and the green block while the blue block stays where it is.",
     lambda i, f: f.base(Y) == f.base(G) == BIN and moved(i, f) == {Y, G}, crowded),
    ("Could you put all the blocks into the bin apart from the yellow block and the blue block? Please don't throw those two away.",
     lambda i, f: moved(i, f) == {P, O, R, G} and all(f.base(b) == BIN for b in (P, O, R, G)), crowded),
    ("Hmm, is there a bowl the same colour as the blue block? I think there is... could you put the block in there? Yes, please.", _in(B, BB), coloured),
    ("Any block in the white bowl goes in the bin.", lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}, crowded),
    ("Any block that doesn't match a bowl's colour goes in the bin.",
     lambda i, f: all(f.base(b) == BIN for b in (P, O, R, Y)) and BIN not in (f.base(B), f.base(G)), coloured),
])
def test_what_the_mends_found_wrong_is_read_right(text: str, check, scene) -> None:
    i, f = outcome(text, scene())
    assert check(i, f), text
