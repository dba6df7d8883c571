"""What the three-hundred-and-fifteenth to three-hundred-and-nineteenth untuned batches (`benchmarks.language_fresh314`
to `language_fresh318`: a nurse, a pilot, a gardener, a teenager, a plumber, an accountant, a grandma, a sailor, a baker,
a scientist, a shy student, a radio host, a taxi driver, a programmer, a great-aunt, a yoga teacher, an electrician, a
journalist, a farmer, a busy parent, plain adults, and Vietnamese, Hindi, Greek, Arabic and Hungarian speakers) and the
mends they prompted found, said in other words than the batches. The wrong actions: a plain adult's "I'd rather have X
on the table than on Y" did nothing; another's 'Nothing should be left on the table except X. Put the rest in the bin.'
binned X too; found while mending, '...; the bowls keep their blocks' put blocks into the bowls. The wrong replies: a
sailor's 'How many blocks be stowed in W?', a scientist's 'Please state the current location of X.'."""

from __future__ import annotations

from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, TABLE

from tests.agent.test_understanding_fresh138 import coloured, crowded
from tests.agent.test_understanding_fresh199 import moved
from tests.agent.test_understanding_more import BB, CB, PB, WB, B, G, O, P, R, Y, outcome

GB = "green bowl"
_LOOSE = (R, G, Y)  # in crowded(): the blocks in no bowl (the green block on the red one)


def _binned(*blocks: str):
    """Those blocks in the bin, every other block where it was."""
    return lambda i, f: all(f.support[b] == BIN for b in blocks) and all(f.support[b] == i.support[b] for b in f.blocks if b not in blocks)


SAID = [  # read by the tests of `test_understanding_fresh223` (one test body for every session's table)
    # the wrong actions, in other words
    ("I would much rather see the green block on the table than on the red block.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("I'd sooner have the yellow block in the bin than on the table.", _binned(Y), crowded),
    ("Nothing should stay on the table except the yellow block; put the rest in the bin.", _binned(R, G), crowded),
    ("Put every block that isn't in a bowl in the bin; the bowls keep their blocks.", _binned(*_LOOSE), crowded),
    # the refusals, in other words
    ("Please take the green block off from red block and put it in the bin.", _binned(G), crowded),
    ("The yellow block belongs in the cyan bowl, same as a plant belongs in its pot.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Requesting the yellow block be moved into the cyan bowl.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Every block that is not in a bowl can go in the bin; the bowls can keep what they have.", _binned(*_LOOSE), crowded),
    ("Stack the green block on top of the yellow block, one block on the other.", lambda i, f: f.support[G] == Y and moved(i, f) == {G}, crowded),
    ("Final state: the yellow block is in the cyan bowl, and the cyan bowl contains nothing else.",
     lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("I'd fancy the yellow block stowed in the bin before the sun goes down.", _binned(Y), crowded),
    ("Kindly take out both the blocks from the white bowl and keep them on the table itself.",
     lambda i, f: f.support[P] == f.support[O] == TABLE and moved(i, f) == {P, O}, crowded),
    ("Every block that ain't in a bowl goes in the bin, aye. Leave the ones in the bowls.", _binned(*_LOOSE), crowded),
    ("The rest of the blocks can go in the bin, but not the yellow block.", _binned(P, O, B, R, G), crowded),
    ("Kindly shift yellow block to the top right corner but red block should remain at its place only.",
     lambda i, f: f.support[Y] == "top right corner" and moved(i, f) == {Y}, crowded),
    ("Wouldn't it be lovely, everyone, if the yellow block sat in the cyan bowl?", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Put two from the blocks in the bin, any two.", lambda i, f: sum(f.support[b] == BIN for b in f.blocks) == 2, crowded),
    ("Whatever is in the white bowl, all of it goes in the bin!", _binned(P, O), crowded),
    ("The blue block is NOT welcome in the purple bowl any more, out it comes!", lambda i, f: f.base(B) != PB and moved(i, f) == {B}, crowded),
    ("The leftmost block, yes, the one way over on the left, goes in the cyan bowl.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Every block whose colour agrees with that of a bowl is to be put in that bowl.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and moved(i, f) == {B, G}, coloured),
    ("white bowl: should contain no blocks. empty it", lambda i, f: f.base(P) != WB and f.base(O) != WB, crowded),
    ("Let's help each block find its own bowl.", lambda i, f: f.base(B) == BB and f.base(G) == GB and moved(i, f) == {B, G}, coloured),
    ("ugh, the kids messed up the colours, put the blocks in their matching bowls", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    ("The green block belongs down on the table, sitting on its own.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    # the second round (FRESH319-323): the wrong action, in other words
    ("Chuck everything except the yellow block; all the others go in the bin.", _binned(P, O, B, R, G), crowded),
    # the refusals, in other words
    ("The yellow block should sit in the cyan bowl, just like the toy blocks we played with.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("It would be nice if the yellow block were in the top left corner, the way my father used to keep his tools.",
     lambda i, f: f.support[Y] == "top left corner" and moved(i, f) == {Y}, crowded),
    ("Every block that isn't already in a bowl, I'd like them put in the bin, please.", _binned(*_LOOSE), crowded),
    ("Put the yellow block in the bin; my dad always said a clean table is a happy table.", _binned(Y), crowded),
    ("I don't like the green block sitting on the red block like that; it reminds me of a leaning tower. It shouldn't be on there.",
     lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("Yellow block into the cyan bowl, coming right up!", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Place the yellow block in the cyan bowl, much as one files a letter in its drawer.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("The yellow block, by long custom, belongs in the bin.", _binned(Y), crowded),
    ("I should so like the yellow block in the cyan bowl, if it wouldn't be too much bother.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("In the interests of tidiness, every block resting in a bowl is to be returned to the table.",
     lambda i, f: all(f.support[b] == TABLE for b in (P, O, B)) and moved(i, f) == {P, O, B}, crowded),
    ("The blue block mustn't be in the purple bowl. Can you move it out?", lambda i, f: f.base(B) not in (PB, BIN) and moved(i, f) == {B}, crowded),
    ("would be gr8 if the yellow block ended up in the cyan bowl thx", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("empty the white bowl into the bin but leave the purple bowl, its fine as is", _binned(P, O), crowded),
    ("Every block whose colour corresponds to that of a bowl ought to be placed within its counterpart.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and moved(i, f) == {B, G}, coloured),
    ("Let's go! Yellow block in the cyan bowl, no excuses!", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Champ, the yellow block needs to end up in the bin! You've got this!", _binned(Y), crowded),
    ("Nobody stays on the red block!", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("Colour drill! Every block that has a bowl of its own colour heads home to it!",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and moved(i, f) == {B, G}, coloured),
    ("I want the green block on the table, not piled on the red block.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("See the block on the red block? Yank it off and put it in the bin.", _binned(G), crowded),
    ("Please make the white bowl empty, but the orange block please keep in the bowl.",
     lambda i, f: f.base(P) != WB and f.support[O] == i.support[O] and moved(i, f) == {P}, crowded),
    ("Match the parts up, every block into the bowl of its colour.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and moved(i, f) == {B, G}, coloured),
    ("Please put each block in the bowl of same colour. The blocks which have no same colour bowl, leave them as they are.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and moved(i, f) == {B, G}, coloured),
    ("Sweep everything into the bin. I want a clean, clear table to start again.", lambda i, f: all(f.support[b] == BIN for b in f.blocks), crowded),
    ("can u put like two blocks in the bin? any two", lambda i, f: sum(f.support[b] == BIN for b in f.blocks) == 2, crowded),
    ("Empty the white bowl out onto the table, I want that bowl bare.", lambda i, f: f.support[P] == f.support[O] == TABLE and moved(i, f) == {P, O}, crowded),
    ("Put the yellow block in the bin. And leave the white bowl and what is in it alone, I've got it just the way I like it.", _binned(Y), crowded),
    ("Put the yellow block in the cyan bowl, but the red block not touch, leave where it is.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("First put the yellow block in the middle, then set the orange block on top of it, a neat little tower in the middle.",
     lambda i, f: f.support[Y] == "middle" and f.support[O] == Y, crowded),
    # the third round (FRESH324-328): the wrong actions, in other words
    ("Could you put everything in the bin but not the yellow block and the red block? I want to keep those.", _binned(P, O, B, G), crowded),
    ("Every block that isn't in a bowl, right into the bin!", _binned(*_LOOSE), crowded),
    ("I'm totally in love with the idea of the yellow block in the cyan bowl, can we make it happen?", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("I don't want any block in the purple bowl. Take it out but don't put it in the bin.",
     lambda i, f: f.held is None and f.base(B) not in (PB, BIN) and moved(i, f) == {B}, crowded),
    ("I'd like two blocks in the bin: the yellow block and the blue block.", _binned(Y, B), crowded),  # what the all-batch rerun found
    # the refusals, in other words
    ("I want the yellow block in the cyan bowl, with no other blocks moved.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Could you gather up all the blocks that are in the bowls, love, and set them out on the table?",
     lambda i, f: all(f.support[b] == TABLE for b in (P, O, B)) and moved(i, f) == {P, O, B}, crowded),
    ("Put every block which is not in bowl into the bin.", _binned(*_LOOSE), crowded),
    ("I don't want any block in the white bowl. Take them out but dont throw into the bin.",
     lambda i, f: f.held is None and all(f.base(b) not in (WB, BIN) for b in (P, O)), crowded),
    ("Please put the yellow block in the cyan bowl. Please don't touch anything else, I'm not sure I could get it all back.",
     lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Parcel for the cyan bowl: deliver the yellow block there.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("The yellow block is addressed to the bin, so that's where it must go.", _binned(Y), crowded),
    ("The yellow block has gotta be resting in the cyan bowl, that's its place now.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Two parcels for the bin please, any two will do.", lambda i, f: sum(f.support[b] == BIN for b in f.blocks) == 2, crowded),
    ("Every block for which there is a bowl of its own colour shall go in that bowl.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and moved(i, f) == {B, G}, coloured),
    ("Hook the blue block up with its partner, the bowl that's the same colour.", lambda i, f: f.base(B) == BB and moved(i, f) == {B}, coloured),
    ("Sort the blocks by colour into the bowls and bin any that don't have a matching bowl.",
     lambda i, f: f.base(B) == BB and f.base(G) == GB and all(f.support[b] == BIN for b in (P, O, R, Y)), coloured),
    ("hey bestie, pop the yellow block in the cyan bowl, sparkle emoji", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("the yellow block lives in the cyan bowl now, it's literally iconic, heart eyes", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("That yellow block goes in the bin, guv, no two ways about it.", _binned(Y), crowded),
    ("I'd love that yellow block out the way in the bin.", _binned(Y), crowded),
    ("Take out all the blocks from the bowls and put them on the table.", lambda i, f: all(f.support[b] == TABLE for b in (P, O, B)), crowded),
    ("Take the blue block out of the purple bowl, but don't go throwing it in the bin, it's a perfectly good block.",
     lambda i, f: f.base(B) not in (PB, BIN) and moved(i, f) == {B}, crowded),
    ("The green block must not be on the red block anymore. Don't put it in the bin, only in other place.",
     lambda i, f: f.support[G] not in (R, BIN) and moved(i, f) == {G}, crowded),
    ("Put the yellow block in the cyan bowl. Only leave the red block be, I put it there myself.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Put the yellow block in the bin, but the red block no, leave it where it is.", _binned(Y), crowded),
    ("The yellow block would look ever so pretty in the cyan bowl, dear. Could you put it in there?", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("The yellow block must be in the middle, is more good there.", lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    ("i want the orange block on the yellow block!! make it a tower", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("Put the yellow block in the cyan bowl, but don't touch the white bowl: leave everything in it as it is.",
     lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    # the fourth round (FRESH329-333): the wrong actions, in other words
    ("Match the blocks to the bowls by colour, but only the green ones.", lambda i, f: f.base(G) == GB and moved(i, f) == {G}, coloured),
    ("First the yellow block to the middle, then the orange block on it, and lastly the pink block on top.",
     lambda i, f: f.support[Y] == "middle" and f.support[O] == Y and f.support[P] == O, crowded),
    ("Build a tower in the cyan bowl: the yellow block first, then the orange block on it, then the pink block on top.",  # the all-batch rerun's find
     lambda i, f: f.base(Y) == CB and f.support[O] == Y and f.support[P] == O, crowded),
    # the refusals, in other words
    ("Could you put the yellow block in the cyan bowl and leave the red block alone? I've got that one just how I like it.",
     lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Before, put the yellow block in the middle, after put the orange block on it.", lambda i, f: f.support[Y] == "middle" and f.support[O] == Y, crowded),
    ("Oh, I'd love to see the yellow block snuggled in the cyan bowl!", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Gather two blocks into the cyan bowl, a happy duo dancing together!", lambda i, f: sum(f.base(b) == CB for b in f.blocks) == 2, crowded),
    ("Bin every block except the yellow block and the blue block; those two stay on stage.", _binned(P, O, R, G), crowded),
    ("The leftmost block, oh let it waltz all the way to the middle!", lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    ("Take the yellow block to the middle, but leave the red block sitting just where it is, my love.",
     lambda i, f: f.support[Y] == "middle" and moved(i, f) == {Y}, crowded),
    ("Let each block find its matching bowl, like birds finding their nests.", lambda i, f: f.base(B) == BB and f.base(G) == GB and moved(i, f) == {B, G}, coloured),
    ("Okay champ, put the yellow block in the bin. Slow and steady wins the race!", _binned(Y), crowded),
    ("Throw the yellow block in the bin, we need it not anymore.", _binned(Y), crowded),
    ("The way I see it, the yellow block goes in the cyan bowl, and that's all she wrote.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("The green block should be on the table, not on top of anything.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("I would love to see the yellow block dozing in the cyan bowl.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Sure would make my day if the yellow block ended up in the bin. Just saying!", _binned(Y), crowded),
    ("Let every block still sitting on the table drift into the bin; leave the bowls to sleep.", _binned(*_LOOSE), crowded),
    ("Let no block rest on the red block.", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("The blue block may not be in the purple bowl anymore, put it somewhere else please.", lambda i, f: f.base(B) not in (PB, BIN) and moved(i, f) == {B}, crowded),
    ("Put the yellow block in the cyan bowl, but hands off the white bowl. If it isn't broken, don't fix it.",
     lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("Only the blue block must go in the bowl with the same colour, the others not.", lambda i, f: f.base(B) == BB and moved(i, f) == {B}, coloured),
    ("Put all block to the bin, but the yellow block leave there.", _binned(P, O, B, R, G), crowded),
    ("put block into bowl of same colour please", lambda i, f: f.base(B) == BB and f.base(G) == GB, coloured),
    # the fifth round (FRESH334-336): the refusals, in other words
    ("The yellow block ought to be in the cyan bowl, to my way of thinking.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("It would please me no end to see the yellow block in the cyan bowl.", lambda i, f: f.base(Y) == CB and moved(i, f) == {Y}, crowded),
    ("I don't care to see the blue block sitting in the purple bowl any more.", lambda i, f: f.base(B) != PB and moved(i, f) == {B}, crowded),
    ("Set the orange block down on the yellow block, dead on top.", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("I'd like the orange block stacked on the yellow block, nice and plumb.", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("It would please me if the yellow block were to end up in the bin.", _binned(Y), crowded),
    ("The orange block is on the yellow block. That's not a question, that's a promise. Make it come true.", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("The green block oughtn't to be sitting on the red block like that. Take it off.", lambda i, f: f.support[G] != R and moved(i, f) == {G}, crowded),
    ("Bin everything but the yellow block. The yellow block has tenure.", _binned(P, O, B, R, G), crowded),
    ("That block that's perched on top of the red block, put it on the table for me. It makes me nervous up there.",
     lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("Put all blocks to the bin, but yellow block don't touch.", _binned(P, O, B, R, G), crowded),
    ("Empty the white bowl into the bin, but leave the orange block in it.", lambda i, f: f.support[P] == BIN and f.support[O] == i.support[O], crowded),
    # what the all-batch rerun of these mends found (older batches' wordings, in other words)
    ("Put the orange block on the yellow block, and the blue block please do not touch.", lambda i, f: f.support[O] == Y and moved(i, f) == {O}, crowded),
    ("The block that's sitting on the red block is in my way. Take it off and put it on the table.",
     lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
]

ASKED = [  # (text, a part of the reply)
    ("How many blocks be kept in the white bowl?", "2 (blocks in the white bowl)"),
    ("Kindly report the present location of the yellow block.", "The yellow block is on the table"),
    ("Is there anything in the white bowl at all, love?", "Yes"),
    ("Might you tell me, as a matter of record, how many blocks presently sit upon the table?", "3 (blocks on the table)"),
    ("Can you say me where is the yellow block?", "The yellow block is on the table"),
    ("Could you confirm precisely how many blocks are in the white bowl?", "2 (blocks in the white bowl)"),
    ("How many blocks have you got sitting loose on the table?", "3 (blocks on the table)"),
    ("How many blocks sit on the bare table, outside the bowls?", "3 (blocks on the table)"),
    ("Tell me, old robot, is the green block sitting on the red block?", "Yes"),
]


def test_a_block_said_by_the_top_of_the_table_is_never_another() -> None:
    """'the block nearest the top of the table' (FRESH314) took a block from the middle of the table: the one nearest
    the top edge (the pink block, in the white bowl) or a refusal, never another."""
    try:
        i, f = outcome("Put the block nearest the top of the table in the bin.", crowded())
    except PlanningError:
        return
    assert moved(i, f) == {P} and f.support[P] == BIN
