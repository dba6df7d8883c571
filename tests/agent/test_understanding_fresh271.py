"""What the two-hundred-and-seventy-second and later untuned batches (`benchmarks.language_fresh271` on: a plumber, a
chess player, a boss, an uncle, a baker, a tourist, a sailor, a grandmother, a mechanic, a radio DJ, an architect, a
tired parent, a farmer, a pilot, a lawyer, a sports fan, a florist, a stage magician, an engineer, a student, and
Vietnamese, Turkish, Korean, Arabic and Spanish speakers) and the mends they prompted found, said in other words than
the batches. The wrong actions: an uncle's 'first tip everything in W into the bin, then pop X in there' put X in the
bin; a grandmother's 'My little goal for today, pet, is to have X sitting in the corner. Isn't that nice?' got the help
text; 'Every bowl gets exactly one block, no more and no less. Make it so, mate.' and a fan's 'one block in every
bowl!!! exactly one each!!!' left a bowl with two; a pilot's 'Bin everything in W except X, over.' took X out of W; a
Spanish speaker's 'X must to be on the table, no on top of Y.' did nothing; a magician's '... X will be sitting upon
Y! Make it so!' put X on Y, then on the table. The wrong replies: a sailor's 'Is X sitting on Y, or isn't she?' and
'What is on the top of X?' looked for 'Y or is not she' and 'the top of X'."""

from __future__ import annotations

from sim.core.lexicon import BIN, TABLE
from sim.core.perceived import Scene

from tests.agent.test_understanding_fresh138 import crowded
from tests.agent.test_understanding_fresh199 import moved
from tests.agent.test_understanding_fresh238 import _in
from tests.agent.test_understanding_more import CB, PB, WB, B, G, O, P, R, Y, obj

BOWLS = (WB, PB, CB)


def stacked_in_white() -> Scene:
    """crowded(), with the orange block on the pink block in the white bowl."""
    return Scene(objects=[obj(O, P, (0.36, 0.16), 0.06) if o.name == O else o for o in crowded().objects])


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
]

ASKED = [
    ("Is the green block resting on the red block, or isn't he?", "Yes"),
    ("Tell me, what is on the top of the red block?", "green block"),
]
