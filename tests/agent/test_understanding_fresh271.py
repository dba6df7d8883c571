"""What the two-hundred-and-seventy-second and later untuned batches (`benchmarks.language_fresh271` on: a plumber, a
chess player, a boss, an uncle, a baker, a tourist, a sailor, a grandmother, a mechanic, a radio DJ, an architect, a
tired parent, a farmer, a pilot, a lawyer, a sports fan, a florist, a stage magician, an engineer, a student, a teacher,
a waiter, a gardener, a teenager, a nurse, a builder, a grandfather, a gamer, a librarian, a coach, a scientist, a busy
mum, a taxi driver, an accountant, a poet, a shy user, a chef, a retired soldier, a cheerful adult, an office worker,
and Vietnamese, Turkish, Korean, Arabic, Spanish, German, French, Italian, Japanese and Polish speakers) and the mends
they prompted found, said in other words than the batches. The first round's (FRESH271-275): The wrong actions: an uncle's 'first tip everything in W into the bin, then pop X in there' put X in the
bin; a grandmother's 'My little goal for today, pet, is to have X sitting in the corner. Isn't that nice?' got the help
text; 'Every bowl gets exactly one block, no more and no less. Make it so, mate.' and a fan's 'one block in every
bowl!!! exactly one each!!!' left a bowl with two; a pilot's 'Bin everything in W except X, over.' took X out of W; a
Spanish speaker's 'X must to be on the table, no on top of Y.' did nothing; a magician's '... X will be sitting upon
Y! Make it so!' put X on Y, then on the table. The wrong replies: a sailor's 'Is X sitting on Y, or isn't she?' and
'What is on the top of X?' looked for 'Y or is not she' and 'the top of X'. The second round's (FRESH276-280): a coach's
'Clear the table! Everything into the bin - except X!' binned X; an accountant's 'Two moves, please: ... That's the
lot.' binned every block; 'every block on the table into the bin, with the exception of X and Y' binned Y; 'How many
blocks are there in total, and how many of those are in bowls?' answered the first only. The third round's
(FRESH281-285, a mechanic, a vet, a childminder, an aunt, a surgeon, a club DJ, a farmer, an intern, a captain, a
lawyer, a youth worker, a grandmother, a pharmacist, a radio announcer, a crafter, a busy dad, an IT technician, an
actor, a neighbour, a pensioner, and Dutch, Hindi, Swedish, Greek and Russian speakers): a grandmother's 'Oh, X, dear,
it's sitting in W, isn't it... could you take it out and put it on the table?' was answered, not done; an announcer's
'What I'd love to see, dear listeners, is X resting in W.' described the table; 'how many blocks are in W? And is X
one of them?', 'Orange bowl. How many blocks?' and 'how many blocks we workin with in total??' were not read. The fourth
round's (FRESH286-288, a hairdresser, a referee, a teacher, a grumpy man, a cashier, an astronaut, a knitter, a student,
a plumber, a quiz host, a nan, a manager, and Portuguese, Chinese and Thai speakers): a teacher's 'Find the bowl that's
the same colour as X and put X in it. Then do the same with Y.' put Y in X's bowl; 'Can you see the tallest tower?
Good. Now take the block from the very top of it ...' moved the top of another; a knitter's 'First tip everything in W
into the bin, dear, then pop X in there on its own.' put X in the bin."""

from __future__ import annotations

from sim.core.lexicon import BIN, GRIPPER, TABLE
from sim.core.perceived import Scene

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_fresh199 import moved
from tests.agent.test_understanding_fresh238 import WHITE, _in, with_white
from tests.agent.test_understanding_more import BB, CB, PB, WB, B, G, O, P, R, Y, obj

BOWLS = (WB, PB, CB)


def stacked_in_white() -> Scene:
    """crowded(), with the orange block on the pink block in the white bowl."""
    return Scene(objects=[obj(O, P, (0.36, 0.16), 0.06) if o.name == O else o for o in crowded().objects])


def _white_in(bowl: str):
    """Only the white block moves, into `bowl` (`moved` knows only crowded()'s blocks)."""
    return lambda i, f: f.base(WHITE) == bowl and {b for b in f.blocks if i.support[b] != f.support[b]} == {WHITE}


def _one_each(i, f) -> bool:
    return all(len(f.in_bowl(w)) == 1 for w in BOWLS)


SAID = [  # read by the tests of `test_understanding_fresh223` (one test body for every session's table)
    # a goal said with a hedge between its label and its verb
    ("My goal, if it isn't too much trouble, is a small tower of the red block on the blue block.",
     lambda i, f: f.support[R] == B, crowded),
    ("My aim, if possible, is the yellow block in the bin.", _in(Y, BIN), crowded),
    # a go-ahead or a comment after a goal
    ("By the end of the show, the yellow block will be resting upon the green block! Make it so!",
     lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("Each bowl holds exactly one block, not more, not fewer. Make it so.", _one_each, crowded),
    ("What I'd like most today is the yellow block in the top right corner. Isn't that grand?",
     lambda i, f: f.support[Y] == "top right corner" and moved(i, f) == {Y}, crowded),
    # a count said again in a sentence of its own
    ("one cube in every bowl. exactly one each, ok?", _one_each, crowded),
    # a block left out of a bowl's load stays in the bowl, even when what it stands on goes
    ("Throw everything in the white bowl into the bin except the orange block.",
     lambda i, f: f.base(O) == WB and f.base(P) == BIN, stacked_in_white),
    ("Put everything in the white bowl on the table apart from the orange block.",
     lambda i, f: f.base(O) == WB and f.support[P] == TABLE, stacked_in_white),
    # a learner's 'no' for 'not'
    ("The green block should be on the table, no on top of the red block.",
     lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    # 'in there' after a bowl was tipped out into the bin: that bowl
    ("first empty the white bowl out into the bin, then drop the yellow block in there",
     lambda i, f: f.base(Y) == WB and f.base(P) == f.base(O) == BIN, crowded),

    # labels, comments, vocatives and registers around a request
    ("In the target position the yellow block sits in the bottom right corner.",
     lambda i, f: f.support[Y] == "bottom right corner" and moved(i, f) == {Y}, crowded),
    ("Honestly the yellow block belongs in the bin, its time has come.", _in(Y, BIN), crowded),
    ("You know what, pal, the yellow block goes in the bin.", _in(Y, BIN), crowded),
    ("Have the yellow block sat flush on top of the green block.", lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("I don't want anything on the red block, there's a love.", lambda i, f: not f.above(R) and f.base(G) not in (BIN,), crowded),
    ("Would you put the yellow block in the cyan bowl for your old nan?", _in(Y, CB), crowded),
    ("I want the yellow block tied down on the green block.", lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("Put the yellow block in the cyan bowl but leave the pink block where it is, it's still cooling.", _in(Y, CB), crowded),
    ("Tip everything in the white bowl into the bin, but the pink block stays put right where she is.",
     lambda i, f: f.base(O) == BIN and f.base(P) == WB, crowded),
    ("The white bowl has to be empty before my husband gets home.", lambda i, f: not f.in_bowl(WB) and f.base(P) != GRIPPER, crowded),
    ("What about the yellow block? Tonight it goes in the bin, babe!", _in(Y, BIN), crowded),
    ("The yellow block sitting in the cyan bowl. Make it happen, friend!", _in(Y, CB), crowded),
    ("The block nearest the cyan bowl, come on down! You're heading into the cyan bowl!", _in(Y, CB), crowded),
    ("Put the yellow block in the bin when possible.", _in(Y, BIN), crowded),
    ("With a flick of my wand, the yellow block goes in the bin!", _in(Y, BIN), crowded),
    ("Put the yellow block on the green block, yet the orange block shall not budge an inch.",
     lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    # a thing named first, then what to do with it
    ("The block on top of the red block, lift that off and put it in the cyan bowl.", _in(G, CB), crowded),
    ("That block all by itself in the purple bowl, please put it on the yellow block.",
     lambda i, f: f.support[B] == Y and moved(i, f) == {B}, crowded),
    ("That block nearest the bin, chuck it in there.", lambda i, f: len(moved(i, f)) == 1 and f.base(moved(i, f).pop()) == BIN, crowded),
    ("The yellow block moves to the top right corner.", lambda i, f: f.support[Y] == "top right corner" and moved(i, f) == {Y}, crowded),
    # towers said with a header, a cake, a base and a cap, and a last step
    ("Could you make me a nice tower? The yellow block on the bottom, the orange block on that and the green block on top.",
     lambda i, f: f.support[O] == Y and f.support[G] == O, crowded),
    ("I want a birthday cake out of the blocks: the yellow block at the bottom, then the orange block, then the green block on top like a candle.",
     lambda i, f: f.support[O] == Y and f.support[G] == O, crowded),
    ("A tower in the top left corner: the yellow block as the base and the orange block as the top.",
     lambda i, f: f.support[Y] == "top left corner" and f.support[O] == Y, crowded),
    ("Put the yellow block in the cyan bowl, then end with the orange block on the yellow block.",
     lambda i, f: f.base(Y) == CB and f.support[O] == Y, crowded),
    ("My dream, dear audience, is a tower: the orange block at the bottom and the yellow block capping it off!",
     lambda i, f: f.support[Y] == O, crowded),
    # counts, sets and exceptions
    ("Could you gather up the blocks on the table and put each one of them in the bin?",
     lambda i, f: all(f.base(b) == BIN for b in (R, G, Y)) and f.base(P) == WB, crowded),
    ("Bin everything except the yellow block, that one I'm keeping.",
     lambda i, f: f.base(Y) != BIN and all(f.base(b) == BIN for b in (P, O, B, R, G)), crowded),
    ("In the cyan bowl there should be exactly one block.", lambda i, f: len(f.in_bowl(CB)) == 1, crowded),
    ("Move the contents of the white bowl into the cyan bowl, except that the pink block must stay where it is.",
     lambda i, f: f.base(O) == CB and f.base(P) == WB, crowded),
    ("Put every block in the bin, the ones in bowls as well.", lambda i, f: all(f.base(b) == BIN for b in (P, O, B, R, G, Y)), crowded),
    ("Put every block on the table in the bin, and the ones in the bowls as well.", lambda i, f: all(f.base(b) == BIN for b in (P, O, B, R, G, Y)), crowded),
    ("Each bowl should hold exactly one block, a single flower per pot, as it were.", _one_each, crowded),
    # a learner's word orders
    ("Please put the blocks in the white bowl to the bin, but the pink block stay in the bowl.",
     lambda i, f: f.base(O) == BIN and f.base(P) == WB, crowded),
    ("Make empty the purple bowl, please, but not into the bin.",
     lambda i, f: f.base(B) not in (PB, BIN, GRIPPER) and moved(i, f) == {B}, crowded),
    ("Take out every block from the white bowl and put them on the table.",
     lambda i, f: f.support[P] == f.support[O] == TABLE, crowded),
    # colour matching said around a bowl pointed at or named first
    ("See the white bowl? Grab the block that's the same colour and put it in there.", _white_in(WB), with_white),
    ("Please put into the white bowl the block which has the same colour as it.", _white_in(WB), with_white),
    ("Find the bowl that's the same colour as the white block and pop the white block in it.", _white_in(WB), with_white),
    ("Each block shall find its matching bowl, and any block with no matching bowl goes into the bin.",
     lambda i, f: f.base(WHITE) == WB and all(f.base(b) == BIN for b in (P, O, B, R, G, Y)), with_white),
    ("White bowl: only the white block in it. All else out.",
     lambda i, f: f.base(WHITE) == WB and f.base(P) != WB and f.base(O) != WB, with_white),
    # the second round (FRESH276-280): a clearing said again with its exception, a closing 'that's everything', a
    # gardener's, a chef's, a gamer's, a poet's and a taxi driver's words, a busy parent's breaks, learners' word orders
    ("Tidy up the table. Everything goes in the bin, except the yellow block.",
     lambda i, f: f.base(Y) != BIN and all(f.base(b) == BIN for b in (P, O, B, R, G)), crowded),
    ("Just two jobs: the yellow block to the middle and the green block into the bin. That's everything.",
     lambda i, f: f.support[Y] == "middle" and f.base(G) == BIN and moved(i, f) == {Y, G}, crowded),
    ("Move every block into the bin, with the exception of the yellow block and the red block.",
     lambda i, f: f.base(Y) != BIN and f.base(R) != BIN and all(f.base(b) == BIN for b in (P, O, B, G)), crowded),
    ("Put the yellow block onto the orange block, it must sit on top of her.", lambda i, f: f.support[Y] == O and moved(i, f) == {Y}, crowded),
    ("The top right corner is the yellow block's home, so that's where it should go.",
     lambda i, f: f.support[Y] == "top right corner" and moved(i, f) == {Y}, crowded),
    ("I want everything in the white bowl taken out and put on the table, like pulling carrots out of a pot.",
     lambda i, f: f.support[P] == f.support[O] == TABLE, crowded),
    ("Put exact one block in the cyan bowl.", lambda i, f: len(f.in_bowl(CB)) == 1 and len(moved(i, f)) == 1, crowded),
    ("Every block into the bin, please; we're tidying this table.", lambda i, f: all(f.base(b) == BIN for b in (P, O, B, R, G, Y)), crowded),
    ("One block in every bowl, like one flower per vase.", _one_each, crowded),
    ("The green block must not more be on the red block.", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("Empty the white bowl into the bin, but not the pink block: the pink block stays where it is.",
     lambda i, f: f.base(O) == BIN and f.base(P) == WB, crowded),
    ("Take the blue block out of the purple bowl, but not into the bin, mind. It isn't rubbish.",
     lambda i, f: f.base(B) not in (PB, BIN, GRIPPER) and moved(i, f) == {B}, crowded),
    ("Put the yellow block in the middle, but don't touch the white bowl; leave that pot exactly as it is.",
     lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    ("Everything sitting in a bowl of a different colour, take it out and put it on the table.",
     lambda i, f: all(f.support[b] == TABLE for b in (P, O, B)), crowded),
    ("If a block is in a bowl that is not its own colour, take it out and put it on the table.",
     lambda i, f: all(f.support[b] == TABLE for b in (P, O, B)), crowded),
    ("I'd like a three-layer tower: the yellow block at the bottom, the orange block on it, and the green block on top.",
     lambda i, f: f.support[O] == Y and f.support[G] == O, crowded),
    ("loot the yellow block and drop it off in the cyan bowl", _in(Y, CB), crowded),
    ("I'd like to have everything in the white bowl tipped into the bin.", lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}, crowded),
    ("empty every bowl, all the stuff goes in the bin", lambda i, f: all(f.base(b) == BIN for b in (P, O, B)) and moved(i, f) == {P, O, B}, crowded),
    ("Don't put the yellow block in the bin. The others can go in there.",
     lambda i, f: f.base(Y) != BIN and all(f.base(b) == BIN for b in (P, O, B, R, G)), crowded),
    ("move the yellow block to the middle but keep the red block where it landed",
     lambda i, f: f.support[Y] == "middle" and f.support[R] == i.support[R], crowded),
    ("For ages the yellow block sat in the top left corner, that's where it belongs.",
     lambda i, f: f.support[Y] == "top left corner" and moved(i, f) == {Y}, crowded),
    ("Now, the cyan bowl over there, leave it the way it is. What I want is the yellow block on the green block.",
     lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("The yellow block, the orange block and the green block should make one tower, in any order.",
     lambda i, f: len({f.base(b) for b in (Y, O, G)}) == 1 and sum(f.support[b] in (Y, O, G) for b in (Y, O, G)) == 2, crowded),
    ("okay pal, pop the yellow block in the cyan bowl, cheers", _in(Y, CB), crowded),
    ("Move the yellow block, soft as a feather, into the cyan bowl.", _in(Y, CB), crowded),
    ("the yellow block's gotta be in the cyan bowl when we're done here, that's the plan", _in(Y, CB), crowded),
    ("My wish is that the yellow block should come to rest in the bottom left corner, at peace.",
     lambda i, f: f.support[Y] == "bottom left corner" and moved(i, f) == {Y}, crowded),
    ("dump every block outta the white bowl into the bin, all of em, thanks buddy",
     lambda i, f: f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}, crowded),
    ("Let every block within the white bowl drift out onto the open table.", lambda i, f: f.support[P] == f.support[O] == TABLE, crowded),
    ("All but the pink block shall leave the white bowl and travel to the bin.", lambda i, f: f.base(O) == BIN and f.base(P) == WB, crowded),
    ("Put the yellow block in the cyan bowl. The blue block is keep where it is, don't move.", _in(Y, CB), crowded),
    ("Put the yellow block in the cyan bowl, but not the green block, that one mustn't go in.", _in(Y, CB), crowded),
    ("Plate up the yellow block in the cyan bowl, chef is waiting.", _in(Y, CB), crowded),
    ("Clear down the station: bin every block sitting on the table.", lambda i, f: all(f.base(b) == BIN for b in (R, G, Y)) and f.base(P) == WB, crowded),
    ("Bin everything but the yellow block, that one stays on my bench where it is.",
     lambda i, f: f.base(Y) != BIN and all(f.base(b) == BIN for b in (P, O, B, R, G)), crowded),
    ("Just to be clear, the yellow block should end up in the top left corner.",
     lambda i, f: f.support[Y] == "top left corner" and moved(i, f) == {Y}, crowded),
    ("Empty the white bowl. Not in the bin. On the table.", lambda i, f: f.support[P] == f.support[O] == TABLE, crowded),
    ("The tower is way too tall! Take the top block off the tower and put it on the table.",
     lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("first the yellow block in the bin, then the orange block too! bye bye!", lambda i, f: f.base(Y) == f.base(O) == BIN, crowded),
    ("the yellow block goes on the orange block and the orange block goes on the green block so it's a big tower",
     lambda i, f: f.support[Y] == O and f.support[O] == G, crowded),
    ("the white bowl needs company! put the block with the same colour as that bowl in it", _white_in(WB), with_white),
    ("The blocks which match a bowl go in that bowl, and everything else into the bin.",
     lambda i, f: f.base(WHITE) == WB and all(f.base(b) == BIN for b in (P, O, B, R, G, Y)), with_white),
    ("Let each block that shares a bowl's colour go home to its bowl.", _white_in(WB), with_white),
    ("the white bowl should be empty when - sorry, phone - when you're finished", lambda i, f: not f.in_bowl(WB), crowded),
    ("take the green block off the red block - sorry, the dog - it's not supposed to be on there",
     lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    # the third round (FRESH281-285): an aunt's, a childminder's, a DJ's, a farmer's, a captain's, a lawyer's, an
    # announcer's, a crafter's, a technician's, an actor's and a neighbour's words, learners' word orders
    ("Oh, the blue block, love, it's in the purple bowl, right... could you lift it out and put it on the table?",
     lambda i, f: f.support[B] == TABLE and moved(i, f) == {B}, crowded),
    ("What I'd love to see, dear viewers, is the yellow block resting in the cyan bowl.", _in(Y, CB), crowded),
    ("Take the orange block out of the white bowl and set it on the table, it's been sitting in there for weeks, poor thing.",
     lambda i, f: f.support[O] == TABLE and moved(i, f) == {O}, crowded),
    ("The yellow block should be in the cyan bowl, once possible.", _in(Y, CB), crowded),
    ("Now the way I'd like it, the yellow block is in the bin. It's got a dent on one side.", _in(Y, BIN), crowded),
    ("My goal is a really tall tower! The yellow block at the bottom, then the orange block, and the green block on top!",
     lambda i, f: f.support[O] == Y and f.support[G] == O, crowded),
    ("What I'd really like, and don't laugh, is the yellow block on the orange block.", lambda i, f: f.support[Y] == O and moved(i, f) == {Y}, crowded),
    ("Could every block find the bowl that matches its colour? Any block without a matching bowl, into the bin you go!",
     lambda i, f: f.base(WHITE) == WB and all(f.base(b) == BIN for b in (P, O, B, R, G, Y)), with_white),
    ("Don't go chucking the yellow block in the bin, just put it in the cyan bowl.", _in(Y, CB), crowded),
    ("Stack the yellow block and the orange block together, any order is fine.",
     lambda i, f: f.support[Y] == O or f.support[O] == Y, crowded),
    ("Could you sort the blocks into the bowls by colour? Any block without a matching bowl, don't worry about it.",
     _white_in(WB), with_white),
    ("Put the yellow block in the cyan bowl, sailor, and step lively.", _in(Y, CB), crowded),
    ("Please move the yellow block to the top left corner. Should anything be sitting on it, set that aside first.",
     lambda i, f: f.support[Y] == "top left corner" and moved(i, f) == {Y}, crowded),
    ("Put the yellow block in the cyan bowl, but on no account is the blue block to be touched.", _in(Y, CB), crowded),
    ("Place the yellow block upon the orange block, so long as the blue block stays exactly where it is.",
     lambda i, f: f.support[Y] == O and moved(i, f) == {Y}, crowded),
    ("Put the yellow block in the bin and keep the rest of the cargo where it lies.", _in(Y, BIN), crowded),
    ("could you put each block that has a matching bowl in it, and bin the others", 
     lambda i, f: f.base(WHITE) == WB and all(f.base(b) == BIN for b in (P, O, B, R, G, Y)), with_white),
    ("drop the yellow block in the bin please, I'm in a hurry", _in(Y, BIN), crowded),
    ("The yellow block belongs in the bin, and that's exactly where it should be.", _in(Y, BIN), crowded),
    ("In my head the yellow block sits in the bottom right corner.", lambda i, f: f.support[Y] == "bottom right corner" and moved(i, f) == {Y}, crowded),
    ("We're emptying the white bowl into the bin today, but the pink block stays right where it is.",
     lambda i, f: f.base(O) == BIN and f.base(P) == WB, crowded),
    ("Bin every block that isn't in a bowl. Those in the bowls I'm keeping.",
     lambda i, f: all(f.base(b) == BIN for b in (R, G, Y)) and f.base(P) == WB and f.base(B) == PB, crowded),
    ("First you take the green block off the red block and put it on the table, after that the red block you put in the bin.",
     lambda i, f: f.support[G] == TABLE and f.base(R) == BIN, crowded),
    ("First, the yellow block goes to the middle, and then the orange block joins it, right on top.",
     lambda i, f: f.support[Y] == "middle" and f.support[O] == Y, crowded),
    ("do a pick-and-place for me: take the yellow block and drop it into the cyan bowl", _in(Y, CB), crowded),
    ("Away with the yellow block! Into the bin it goes!", _in(Y, BIN), crowded),
    ("The yellow block must be in the cyan bowl, not anywhere else.", _in(Y, CB), crowded),
    ("Make so that in the cyan bowl are exactly two blocks.", lambda i, f: len(f.in_bowl(CB)) == 2, crowded),
    ("Populate the cyan bowl with the yellow block and the green block.", lambda i, f: f.base(Y) == f.base(G) == CB, crowded),
    ("Bin the yellow block, but keep the white bowl contents as they are.", _in(Y, BIN), crowded),
    ("Please put in the white bowl the block of the same colour.", _white_in(WB), with_white),
    ("The white block longs for its own bowl. Reunite them!", _white_in(WB), with_white),
    ("the yellow block should really be in the bin, it's been annoying me all day", _in(Y, BIN), crowded),
    # the fourth round (FRESH286-288)
    ("Let's play a matching game! Find the bowl that's the same colour as the blue block and put the blue block in it. Then do the same with the green block.",
     lambda i, f: f.base(B) == BB and f.base(G) == "green bowl", coloured),
    ("Do you see the tallest tower? Great. Now lift the block off the top of it and put it in the bin.", _in(G, BIN), crowded),
    ("First empty the white bowl into the bin, then put the yellow block in there by itself.",
     lambda i, f: f.base(Y) == WB and f.base(P) == f.base(O) == BIN, crowded),
    ("Okay, while I finish my tea, could you put the yellow block in the cyan bowl? Ta.", _in(Y, CB), crowded),
    ("Please take all the blocks of the bowls and put every one on the table.",
     lambda i, f: all(f.support[b] == TABLE for b in (P, O, B)) and f.support[G] == R, crowded),
    ("Move the yellow block to the middle. The orange block stays put, and I don't want any fuss about it.",
     lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    ("Please help me to put the yellow block onto the orange block, thanks you.", lambda i, f: f.support[Y] == O and moved(i, f) == {Y}, crowded),
    ("the yellow block shd be in the cyan bowl", _in(Y, CB), crowded),
    ("For the grand prize: send the yellow block all the way to the top right corner!",
     lambda i, f: f.support[Y] == "top right corner" and moved(i, f) == {Y}, crowded),
    ("Stack the orange block on the yellow block. Acknowledge.", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
]

ASKED = [
    ("Is the green block resting on the red block, or isn't he?", "Yes"),
    ("Tell me, what is on the top of the red block?", "green block"),
    ("Verify: is the blue block in the purple bowl?", "Yes"),
    ("Tell the audience, is the green block on the red block?", "Yes"),
    ("How many blocks are there altogether, and how many of them are in bowls?", "3 (blocks in"),
    ("what's on top of the red block? sorry - phone - what's sitting on it", "green block"),
    ("So, how many blocks are in the white bowl? And is the orange block one of them? I can never see from over here.", "Yes"),
    ("White bowl. How many blocks?", "2 (blocks in the white bowl)"),
    ("how many blocks are we working with?", "6 (blocks)"),
]
