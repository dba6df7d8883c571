"""What the two-hundred-and-fifty-seventh to two-hundred-and-seventy-first untuned batches
(`benchmarks.language_fresh256` to `language_fresh270`: a dentist, a skateboarder, a museum guide, a tired parent, a
postman, a knitter, an office manager, an eight-year-old, a carpenter, a yoga teacher, a student, a formal writer, a
lifeguard, a birdwatcher, a teenager, a chatty grandmother, a pharmacist, a comedian, a busy executive, a six-year-old,
a chemist, a fisherman, a texter, an apologetic person, a dog walker, a retired judge, a gamer, a night-shift worker, a
kindergarten teacher, an electrician, a would-be poet, a nine-year-old, a home cook, a runner, a librarian, a
grandfather, a mail carrier, a scientist, an aunt, a bus driver, an actor, a nervous user, a ten-year-old, a painter, a
professor, a boss, a grandmother, a gardener, a detective, a barber, a coder, a busy mum, a night nurse, a sportscaster,
a hesitant user, a retiree, and Mandarin, Indonesian, Thai, Brazilian, Ukrainian, Filipino, Czech, Finnish, Hungarian,
Romanian, Norwegian, Swahili, Bengali, Persian and Malay speakers) and the mends they prompted found, said in other
words than the batches. The wrong actions: a knitter's 'Could you tidy X away into the bin, dear? ...' left X where it
was ('tidy' read as 'clear what is on X'); a grandmother's 'W is supposed to be empty, dear, my daughter says whatever
is in it belongs in the bin' put W's blocks on the table (the relayed words dropped as an aside); a fisherman's 'I'd
fancy a little tower on the table out of X, Y and Z' only took a block off another; 'First put X on the table, then
stack Y on it, and after that Z on top' put Z on another tower; a grandfather's 'What I'd really like, if it's no
bother, and it shouldn't be, is X over in the corner' did nothing (the courtesy's 'and it shouldn't be' read as a
negation); a nervous user's 'is it ok if you move whichever block is closest to the middle right into the middle?' was
answered, not done; a painter's '... into the bin ... The ones in the bowls can stay in their bowls.' put a binned block
into the bowl of its colour; a grandmother's 'W always looked a bit lonely to me, ... Put the block of the same colour
in it' got the help text; a retiree's 'take every block out of the bowls, save for the blue one' read 'the blue one' as
the blue bowl. The wrong replies: 'Which bowl is X in? And is there anything on top of it?' answered the second question
about the bowl (or about the block X stands on); 'Blocks on the table, outside the bowls: how many? ...' and 'I'm so
sorry to bother you, but how many ...?' were not read, nor 'Is X, so far as you are able to tell, resting directly on
Y?' and '... how many bowls have we got out, I forget.', 'how many blocks are just sitting on the table rn. like not in
a bowl. asking for a friend'"""

from __future__ import annotations

from sim.core.lexicon import BIN, GRIPPER, TABLE

from tests.agent.test_understanding_fresh138 import crowded
from tests.agent.test_understanding_fresh199 import moved
from tests.agent.test_understanding_fresh238 import WHITE, _in, with_white
from tests.agent.test_understanding_more import CB, PB, WB, B, G, O, P, R, Y, outcome

BOWLS = (WB, PB, CB)
BLOCKS = (P, O, B, R, G, Y)


def _binned(*blocks: str):
    return lambda i, f: all(f.base(b) == BIN for b in blocks) and moved(i, f) == set(blocks)


SAID = [  # read by the tests of `test_understanding_fresh223` (one test body for every session's table)
    # reasons, asides and jokes around a request
    ("This one is off to storage, so please put the yellow block in the bin.", _in(Y, BIN), crowded),
    ("What I want, so the photo looks nice, is the orange block sitting on the yellow block.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("We're just sorting out the white bowl today: empty it into the bin, the rest of the table stays as it is.", _binned(P, O), crowded),
    ("Empty the white bowl into the bin but leave the pink block alone. It's very fond of that bowl.", _in(O, BIN), crowded),
    ("Stack the yellow block on the green block, but leave the blue block alone. The blue block is on its coffee break.",
     lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("Put one block in each bowl. Only one per bowl. They're bowls, not a bucket.",
     lambda i, f: all(len(f.in_bowl(w)) == 1 for w in BOWLS), crowded),
    ("I want a small tower: the yellow block at the bottom, the orange block on top. Two storeys. No penthouse.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("That yellow block belongs in the bin, it does.", _in(Y, BIN), crowded),
    ("Would you set the yellow block on top of one of the other blocks? Any except the green block, which I see looks a bit wobbly.",
     lambda i, f: f.support[Y] in BLOCKS and f.support[Y] != G and moved(i, f) == {Y}, crowded),
    ("I really think the yellow block ought to be in the middle.", lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    # trades, registers and learners
    ("Package for the cyan bowl: the yellow block.", _in(Y, CB), crowded),
    ("Lift the yellow block and set it square on top of the green block, sides aligned.",
     lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("The yellow block goes on the green block, dead center.", lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("I'd like a stack two blocks tall: the yellow block on the bottom and the green block on top.",
     lambda i, f: f.support[G] == Y and moved(i, f) == {G}, crowded),
    ("Take the blue block out of the purple bowl and put it on the table, if you would be so kind as to oblige me.",
     lambda i, f: f.support[B] == TABLE and moved(i, f) == {B}, crowded),
    ("Take the blue block out of the purple bowl, though not, I beg you, into the bin.",
     lambda i, f: f.base(B) not in (PB, BIN, GRIPPER) and moved(i, f) == {B}, crowded),
    ("Kindly put the yellow block in the cyan bowl, taking particular care that the red block remains exactly where it is.", _in(Y, CB), crowded),
    ("First, put the yellow block in the cyan bowl; this done, kindly put the orange block in there too.",
     lambda i, f: f.base(Y) == f.base(O) == CB and moved(i, f) == {Y, O}, crowded),
    ("I want the white bowl become empty, all the blocks in it please put to the cyan bowl.",
     lambda i, f: f.base(P) == f.base(O) == CB and moved(i, f) == {P, O}, crowded),
    ("Please put the orange block on the yellow block, but the red block keep on its place.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Please, make the white bowl empty, but pink block keep in its place.",
     lambda i, f: f.base(O) != WB and f.base(P) == WB and f.base(O) != GRIPPER, crowded),
    ("First take the green block off from the red block, after that put the red block in the bin.",
     lambda i, f: f.base(R) == BIN and f.base(G) not in (BIN, GRIPPER) and moved(i, f) == {R, G}, crowded),
    ("Put in the white bowl the block which has same colour like this bowl.", lambda i, f: f.base(WHITE) == WB and not moved(i, f), with_white),
    ("The yellow block should be in the cyan bowl na.", _in(Y, CB), crowded),
    ("Clear out the white bowl, but don't you go putting anything in the bin.",
     lambda i, f: not f.in_bowl(WB) and BIN not in (f.base(P), f.base(O)), crowded),
    ("Tip the white bowl out into the bin, but leave the purple bowl be, just as she is.", _binned(P, O), crowded),
    ("Procedure: put every block in the bin, one by one, until none are left.", _binned(*BLOCKS), crowded),
    ("Put exactly two blocks in the cyan bowl. Any two will do, but no fewer and no more.", lambda i, f: len(f.in_bowl(CB)) == 2, crowded),
    ("put 2 blocks on top of each other to make a tower!! whichever u like",
     lambda i, f: any(f.support[b] in BLOCKS and i.support[b] != f.support[b] for b in BLOCKS), crowded),
    ("first bin the yellow block and then the blue block tooo", _binned(Y, B), crowded),
    # which blocks: said by where they are, by colour, by a choice
    ("Would you tidy the yellow block away into the bin? And keep the red block where it is.", _in(Y, BIN), crowded),
    ("clear away the yellow block", _in(Y, BIN), crowded),
    ("tidy the yellow block into the cyan bowl", _in(Y, CB), crowded),
    ("now the white bowl should be empty, love, my son says whatever is in it goes in the bin", _binned(P, O), crowded),
    ("I'd love a small stack on the table out of the yellow block and the blue block.",
     lambda i, f: (f.support[B] == Y or f.support[Y] == B) and f.support[B] != GRIPPER, crowded),
    ("grab whatever block is nearest the cyan bowl and put it in the bin", _in(Y, BIN), crowded),
    ("Put the blocks in the bin, but only the ones on the table.", _binned(R, G, Y), crowded),
    ("i just want the white bowl empty. put the stuff in the cyan bowl", lambda i, f: f.base(P) == f.base(O) == CB and moved(i, f) == {P, O}, crowded),
    ("throw the yellow block away but dont touch the stuff in the white bowl", _in(Y, BIN), crowded),
    ("Please put the blocks which colour is not same with any bowl into the bin.", _binned(*BLOCKS), crowded),
    ("Goal:\n- each bowl should hold only the block of its own colour\n- nothing else in the bowls",
     lambda i, f: f.base(WHITE) == WB and all(f.base(b) not in BOWLS for b in (P, O, B)), with_white),
    ("take the wrong coloured blocks out of the white bowl", lambda i, f: not f.in_bowl(WB) and BIN not in (f.base(P), f.base(O)), crowded),
    ("Of the blocks sitting out on the table, the one closest to the cyan bowl, would you bin it?", _in(Y, BIN), crowded),
    ("every bowl exactly one block in it", lambda i, f: all(len(f.in_bowl(w)) == 1 for w in BOWLS), crowded),
    ("I'd like the white bowl emptied, with all of its blocks sitting in the cyan bowl.",
     lambda i, f: f.base(P) == f.base(O) == CB and moved(i, f) == {P, O}, crowded),
    # places said loosely, steps joined, and what is said again
    ("take the blue block out of the purple bowl... onto the table is fine", lambda i, f: f.support[B] == TABLE and moved(i, f) == {B}, crowded),
    ("the one sitting on the red block. lift it off... on the table is fine", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("Take the blue block out of the purple bowl. Anywhere except the bin would be fine.",
     lambda i, f: f.base(B) not in (PB, BIN, GRIPPER) and moved(i, f) == {B}, crowded),
    ("Objective:\n- one stack of two\n- yellow block at the bottom, then the orange block on top",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("The blue block, the one in the purple bowl, could you lift it out and put it on the table?",
     lambda i, f: f.support[B] == TABLE and moved(i, f) == {B}, crowded),
    ("The yellow block belongs in the cyan bowl. Put it there.", _in(Y, CB), crowded),
    ("Top block off that stack. Straight down on the table.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("Stack the yellow block on the green block and keep the white bowl the way it is.",
     lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("Begin by putting the yellow block in the middle, and once that's sorted, put the orange block on top of it.",
     lambda i, f: f.support[Y] == "middle" and f.support[O] == Y, crowded),
    ("the orange block goes on the yellow block and the yellow block goes in the cyan bowl, that's how it is",
     lambda i, f: f.support[O] == Y and f.base(Y) == CB, crowded),
    ("I'm sorry to ask this, but could you empty the white bowl onto the table and then put the yellow block into it?",
     lambda i, f: f.base(Y) == WB and f.base(P) == f.base(O) == TABLE, crowded),
    ("take all the blocks out of the bowls but not the pink block that one stays", lambda i, f: f.base(P) == WB and f.base(B) != PB, crowded),
    # the second round (FRESH262-264)
    ("Put the yellow block on the table first, then stack the orange block on it, and after that the blue block on top.",
     lambda i, f: f.support[O] == Y and f.support[B] == O, crowded),
    ("What I'd love, if it's no trouble, and it shouldn't be, is the yellow block over in the middle.",
     lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    ("Bring the yellow block and drop it in the cyan bowl, good girl style!", _in(Y, CB), crowded),
    ("The yellow block should be tucked up in the cyan bowl, cosy as a cat in a basket.", _in(Y, CB), crowded),
    ("It is the ruling of this court that the yellow block belongs on the green block.", lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("My request, let the record reflect, is that the orange block should rest upon the yellow block.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Each bowl is to get the block of its own colour, and the bowls are to contain nothing else.",
     lambda i, f: f.base(WHITE) == WB and all(f.base(b) not in BOWLS for b in (P, O, B)), with_white),
    ("throw out everything but the yellow block and the red block, those are mine",
     lambda i, f: all(f.base(b) == BIN for b in (P, O, B, G)) and BIN not in (f.base(Y), f.base(R)), crowded),
    ("match em up: blocks into the bowls with the same colour, speedrun it", lambda i, f: f.base(WHITE) == WB, with_white),
    ("Every block which has same colour like some bowl, put it into that bowl.", lambda i, f: f.base(WHITE) == WB, with_white),
    ("Put the orange block on the yellow block, and the purple bowl leave how it is, please.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("bin the yellow block. then the orange block in the cyan bowl.", lambda i, f: f.base(Y) == BIN and f.base(O) == CB and moved(i, f) == {Y, O}, crowded),
    ("the one on the red block. bin.", _in(G, BIN), crowded),
    ("build a stack put the orange block on the yellow block and then the pink block on top of the orange block",
     lambda i, f: f.support[O] == Y and f.support[P] == O, crowded),
    ("The yellow block goes in the bin, it has a chip on it.", _in(Y, BIN), crowded),
    ("Empty the white bowl, but nothing goes in the bin, we may still need these.",
     lambda i, f: not f.in_bowl(WB) and BIN not in (f.base(P), f.base(O)), crowded),
    ("I want that the white bowl is empty. Where the blocks go is not important.", lambda i, f: not f.in_bowl(WB) and moved(i, f) == {P, O}, crowded),
    ("Let every bowl cradle a single block, one apiece.", lambda i, f: all(len(f.in_bowl(w)) == 1 for w in BOWLS), crowded),
    ("Take the block that crowns the tallest tower and put it in the cyan bowl.", _in(G, CB), crowded),
    ("Let the yellow block wander to the middle, while the orange block keeps its place.",
     lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    ("First let the yellow block sink into the cyan bowl; after it, let the orange block follow it there.",
     lambda i, f: f.base(Y) == f.base(O) == CB and moved(i, f) == {Y, O}, crowded),
    ("Let's put every single block into the bin! All of them, everyone gets a go.", _binned(*BLOCKS), crowded),
    ("Now then, that blue block that's gone and got itself in the purple bowl, fetch it out and set it on the table, would you?",
     lambda i, f: f.support[B] == TABLE and moved(i, f) == {B}, crowded),
    ("The yellow block should be in the cyan bowl, I think it is more nice like this.", _in(Y, CB), crowded),
    ("The white bowl ought to be empty. Where its blocks end up is your call.", lambda i, f: not f.in_bowl(WB) and moved(i, f) == {P, O}, crowded),
    ("Dish them out like portions: two in the cyan bowl, no more, no less.", lambda i, f: len(f.in_bowl(CB)) == 2, crowded),
    ("Every block sitting in a bowl, every single one of them, I'd like taken out and put on the table. The table, mind, not the bin.",
     lambda i, f: all(f.support[b] == TABLE for b in (P, O, B)) and moved(i, f) == {P, O, B}, crowded),
    ("Please put in the bin every block which is not in a bowl.", _binned(R, G, Y), crowded),
    ("Put into the cyan bowl the block which is under the green block.", lambda i, f: f.base(R) == CB and f.base(G) not in (BIN, GRIPPER), crowded),
    ("Right, first, the yellow block goes into the top left corner, and once that's done, and only then, the orange block can go on top of it.",
     lambda i, f: f.support[Y] == "top left corner" and f.support[O] == Y, crowded),
    ("Put each block in the bowl of its colour, the other blocks you leave on their place.",
     lambda i, f: f.base(WHITE) == WB and not moved(i, f), with_white),
    ("Now don't you go throwing anything in the bin, mind, but I do want the white bowl emptied out.",
     lambda i, f: not f.in_bowl(WB) and BIN not in (f.base(P), f.base(O)), crowded),
    ("Build a tower out of the yellow block and the blue block, whichever way round you like, but the red block, you leave that one be.",
     lambda i, f: (f.support[B] == Y or f.support[Y] == B) and f.support[R] == i.support[R], crowded),
    # the third round (FRESH265-267)
    ("would it be ok if you moved whichever block is nearest the cyan bowl into the cyan bowl? sorry", _in(Y, CB), crowded),
    ("Sweep every block off the table and into the bin. The ones in the bowls can stay where they are.", _binned(R, G, Y), crowded),
    ("The white bowl always looked a bit lonely to me, like a garden in winter. Put the block of the same colour in it, please.",
     lambda i, f: f.base(WHITE) == WB and not moved(i, f), with_white),
    ("Put the block of the same colour in the white bowl, would you?", lambda i, f: f.base(WHITE) == WB and not moved(i, f), with_white),
    ("next stop the cyan bowl. drop the yellow block off there", _in(Y, CB), crowded),
    ("the yellow block's final stop is the cyan bowl", _in(Y, CB), crowded),
    ("everyone in the white bowl, all off at the bin please", _binned(P, O), crowded),
    ("first stop, the yellow block goes in the cyan bowl. next stop, the orange block gets off at the bin",
     lambda i, f: f.base(Y) == CB and f.base(O) == BIN and moved(i, f) == {Y, O}, crowded),
    ("take the yellow block over to the cyan bowl, but the red block stays right where it is, no detours", _in(Y, CB), crowded),
    ("the block riding on top of the red block, drop it off in the cyan bowl", _in(G, CB), crowded),
    ("Lift the yellow block and set it, slowly now, in the top right corner!", lambda i, f: f.support[Y] == "top right corner" and moved(i, f) == {Y}, crowded),
    ("What I want, more than anything else, is the orange block standing upon the yellow block!", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Every block upon our stage shall go into the bin! Every single one of them!", _binned(*BLOCKS), crowded),
    ("Every block in the white bowl, into the bin with them! Spare the pink block!", _in(O, BIN), crowded),
    ("Banish the yellow block to the bin! Yet leave the red block exactly as it is.", _in(Y, BIN), crowded),
    ("Into the cyan bowl the yellow block goes!", _in(Y, CB), crowded),
    ("First, the yellow block takes the middle of the table, our stage. Then the orange block climbs upon it!",
     lambda i, f: f.support[Y] == "middle" and f.support[O] == Y, crowded),
    ("house rule: every block has to be flat on the table. no stacks and nothing in the bowls!",
     lambda i, f: all(f.support[b] not in BLOCKS and f.base(b) not in BOWLS for b in BLOCKS), crowded),
    ("no blocks allowed on top of the red block! take them off", lambda i, f: f.support[G] != R and f.base(G) != BIN and moved(i, f) == {G}, crowded),
    ("the green block is on the red block, could you take it off? not into the bin though", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("Put the block which has the same colour as the white bowl into that bowl.", lambda i, f: f.base(WHITE) == WB and not moved(i, f), with_white),
    ("I would be most grateful if the yellow block could, at your earliest convenience, be placed in the bin; it is no longer needed.", _in(Y, BIN), crowded),
    ("The layout I have in mind, and I do not think it an unusual one, is one in which the yellow block is in the bin.", _in(Y, BIN), crowded),
    ("I'd like the yellow block and the orange block both in the cyan bowl, they go together nicely.",
     lambda i, f: f.base(Y) == f.base(O) == CB and moved(i, f) == {Y, O}, crowded),
    ("I'd love to see a little tower, like the ones my son used to build: the yellow block at the bottom and the orange block on top.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Please, put exactly two blocks in the cyan bowl, not more. Which ones, it does not matter.", lambda i, f: len(f.in_bowl(CB)) == 2, crowded),
    ("Should it be possible, I would ask that each of the bowls end up holding exactly one block; which ones, I leave to your discretion.",
     lambda i, f: all(len(f.in_bowl(w)) == 1 for w in BOWLS), crowded),
    ("Everything on the table goes in the bin except the yellow block, I still need that one.", _binned(R, G), crowded),
    ("Oh, leave the white bowl alone, dear, it has my favourites in it. All the other blocks can go in the bin though.", _binned(B, R, G, Y), crowded),
    ("Put the yellow block in the cyan bowl, but don't touch the red block, the glue on it is still drying.", _in(Y, CB), crowded),
    ("I should like the white bowl emptied into the bin, while the yellow block, I must insist, remains exactly where it is at present.", _binned(P, O), crowded),
    ("My aim is a single tower composed of the yellow block and the orange block, with the yellow block as its base.",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Move the yellow block to the middle, and the red block let it where it is, please.", lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    # the fourth round (FRESH268-270)
    ("I'd be grateful if you would take every block out of the bowls, except for the pink one.",
     lambda i, f: f.base(P) == WB and f.base(O) not in (WB, BIN) and f.base(B) not in (PB, BIN), crowded),
    ("can you put the yellow block in the bin please - Max not now, I'm busy - thanks", _in(Y, BIN), crowded),
    ("the yellow block goes in the cyan bowl. Lily put that DOWN please! sorry. yes, yellow block in the cyan bowl", _in(Y, CB), crowded),
    ("the top block off the stack into the cyan bowl please. Tom stop that. sorry! top one, cyan bowl", _in(G, CB), crowded),
    ("Here's how it ends, folks: the orange block sitting pretty on top of the yellow block! Make it happen!",
     lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Whoever's nearest the cyan bowl, that's our player! That block goes into the cyan bowl!", _in(Y, CB), crowded),
    ("The yellow block is making its move onto the green block! And the blue block? It's staying right where it is, folks!",
     lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("Please put all the blocks in the bin except the yellow block. The yellow block no need to move.", _binned(P, O, B, R, G), crowded),
    ("Please put exactly two block in the cyan bowl, not more than two.", lambda i, f: len(f.in_bowl(CB)) == 2, crowded),
    ("i want the green block OFF the red block. put it anywhere else idc",
     lambda i, f: f.support[G] not in (R, GRIPPER) and moved(i, f) == {G}, crowded),
    ("Everything into the cyan bowl. Not the yellow block. Not the red block.",
     lambda i, f: all(f.base(b) == CB for b in (P, O, B, G)) and CB not in (f.base(Y), f.base(R)), crowded),
    ("i want the green block on top of the yellow block so its a tower!!!", lambda i, f: f.support[G] == Y and moved(i, f) == {G}, crowded),
    ("Move the yellow block into the cyan bowl, but leave the red block right where it's parked.", _in(Y, CB), crowded),
    ("Put the yellow block on top of the green block, thank you very much for your help.", lambda i, f: f.support[Y] == G and moved(i, f) == {Y}, crowded),
    ("clear the table, all the blocks put in the bin, but the blocks inside the white bowl keep there",
     lambda i, f: f.base(P) == f.base(O) == WB and all(f.base(b) == BIN for b in (R, G, Y)), crowded),
]

ASKED = [
    ("Which bowl is the blue block in? Is there anything on top of it?", "nothing on the blue block"),
    ("Blocks in the white bowl: how many? And is the cyan bowl empty?", "2 (blocks in the white bowl)"),
    ("I'm terribly sorry to bother you, but how many blocks are in the white bowl, and is the yellow block in a bowl at all?",
     "2 (blocks in the white bowl)"),
    ("Might I trouble you to tell me what is under the green block?", "red block"),
    ("Is the blue block in the purple bowl? And while you're at it, how many blocks does the white bowl hold?", "2 (blocks in the white bowl)"),
    ("wat colour is the bowl that the blue block is in", "purple"),
    ("Is the green block, as far as you can tell, sitting on the red block?", "Yes"),
    ("Sweetie, is the blue block in a bowl? And how many bowls have we got out, I forget.", "3 (bowls)"),
    ("how many blocks are just sitting on the table rn. like not in a bowl. asking for a friend", "3 (blocks not in a bowl)"),
]


def test_a_block_tidied_away_is_never_left_where_it_was() -> None:
    """'tidy'/'clear' X with a place, or with 'away', moves X; 'clear X' alone still means 'nothing on X'."""
    i, f = outcome("tidy away the yellow block, please", crowded())
    assert f.base(Y) == BIN and moved(i, f) == {Y}
    i, f = outcome("clear the red block", crowded())
    assert f.support[G] != R and moved(i, f) == {G}


def test_a_relayed_wish_after_a_comma_is_kept() -> None:
    i, f = outcome("The white bowl should be empty, my daughter says everything in it goes in the bin.", crowded())
    assert f.base(P) == f.base(O) == BIN and moved(i, f) == {P, O}
