"""What the two-hundred-and-seventy-second and later untuned batches (`benchmarks.language_fresh271` on) and the mends
they prompted found, said in other words than the batches."""

from __future__ import annotations

from sim.core.lexicon import BIN

from tests.agent.test_understanding_fresh138 import crowded
from tests.agent.test_understanding_fresh199 import moved
from tests.agent.test_understanding_fresh238 import _in
from tests.agent.test_understanding_more import B, R, Y

SAID = [  # read by the tests of `test_understanding_fresh223` (one test body for every session's table)
    # a goal said with a hedge between its label and its verb
    ("My goal, if it isn't too much trouble, is a small tower of the red block on the blue block.",
     lambda i, f: f.support[R] == B, crowded),
    ("My aim, if possible, is the yellow block in the bin.", _in(Y, BIN), crowded),
]

ASKED: list[tuple[str, str]] = []
