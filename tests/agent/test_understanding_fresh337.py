"""What the three-hundred-and-thirty-eighth untuned batches on (`benchmarks.language_fresh337` on) and the mends they
prompted found, said in other words than the batches. Also what the last session left: "I'd sooner have X on the
table than Y" (than on Y), "What've we got in W?" (a contraction in a question), and, found while mending it, 'where
are X and Y?' and 'what is in W and V?' (each answered in turn)."""

from __future__ import annotations

from sim.core.lexicon import TABLE

from tests.agent.test_understanding_fresh138 import crowded
from tests.agent.test_understanding_fresh199 import moved
from tests.agent.test_understanding_more import PB, WB, B, G, R

SAID = [  # read by the tests of `test_understanding_fresh223` (one test body for every session's table)
    ("I'd far sooner keep the green block on the table than the red block.", lambda i, f: f.support[G] == TABLE and moved(i, f) == {G}, crowded),
    ("I would rather have the blue block in the white bowl than the purple bowl.", lambda i, f: f.support[B] == WB and moved(i, f) == {B}, crowded),
]

ASKED = [  # (text, a part of the reply)
    ("What've you got in the purple bowl?", "In the purple bowl: the blue block"),
    ("what\u2019ve we got sitting in the white bowl", "the pink block and the orange block"),
    ("Where are the blue and green blocks?", "The blue block is in the purple bowl (x=0.64, y=0.16 m). The green block is on the red block"),
    ("Where're the red block and the blue block?", "The blue block is in the purple bowl"),
    ("What's in the purple and white bowls?", "In the purple bowl: the blue block. In the white bowl: the pink block and the orange block."),
    ("Where is everything?", f"the blue block (block, blue): in the {PB}"),
    ("So where are all the blocks right now?", f"the green block (block, green): on the {R}"),
]
