"""Prepositions and spatial words in their other forms, each said as the one the clause reader knows: old-fashioned
('upon', 'within', 'let X be placed within W'), doubled ('inside of', 'out from inside of', 'out from under'), particles
('lift X up and out', 'carry X over to W and drop it in', 'taken across to the bin') and a tower said by its parts ('X on
top and Y right underneath it', 'X and Y in a stack, the Y one underneath'). Read among `speech.SPEECH`'s rules, after
`polarity.POLARITY`."""

from __future__ import annotations

import re
from collections.abc import Callable

SPATIAL: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"\bupon\b", "on"), (r"\bwithin\b(?= (?:the|a|an|that|this|its|their|one)\b)", "in"), (r"\bcast\b(?= (?:the|all|every|each|it|them)\b)", "throw"),
    (r"\bout from inside(?: of)?\b", "out of"), (r"\binside of\b", "inside"),
    (r"\b(?:over|across) (?=to (?:the|a|its|their)\b)", ""),  # 'carry X over to W'
    (r"\bto (the \w+ bowl|the bin),? and (drop|put|pop|tip|place|let go of) (it|them) in(?=\s*(?:[.;,!]|$))", r"to \1 and \2 \3 in \1"),  # '... and drop it in'
    (r"\b(?:be|get|gets|is|are) taken to\b", "go to"),  # 'X should be taken across to the bin'
    (r"\b(?:lift|take|pull|get) (the [\w ]+?) up and out\b", r"take \1 out"),
    (r"^let (the [\w ]+?|every [\w ]+?) be (?:placed|put|set|laid|moved|stood) ", r"put \1 "),
    (r"\bshares? (?:its|their) (?:hue|colou?r|shade) with (?:a|any|one of the) bowls?\b", "has a matching bowl"),
    (r",?\s*save (?:only |for )?(the \w+ block)(?:,? which is not to go in)?\b", r" except \1"),
    (r"\bbut never (?=(?:to|in|into|on|onto|at)\b)", "but not "),
    # what is out from under another, said with where it goes: 'I want X out from under Y and sitting on the table'
    (r"\b(the [\w ]+?) (?:pulled |taken |lifted |got )?out from (?:under(?:neath)?|beneath|below) the \w+ block,? and (?:sitting|lying|resting|put|placed|set)"
     r"(?: down)? ((?:on|in|into|at) the [\w ]+?)(?=\s*(?:[.;,]|$))", r"\1 \2 with nothing on it"),
    (r"\b((?:i want|i would like|i need) the \w+ block) (?:clear|free|uncovered),? and ((?:on|in|at) the [\w ]+?)(?=\s*(?:[.;,]|$))", r"\1 \2 with nothing on it"),
    # a tower said by its parts: 'X should be on top and Y right underneath it', 'X and Y in a stack, the Y one underneath'
    (r"\b(the \w+ block) (should be|is|goes|must be) on top,? (?:and|with) (the \w+ block) (?:right |directly )?(?:underneath|under|beneath|below) it\b",
     r"\1 \2 on \3"),
    (r",\s*(?:with )?the (\w+) (?:one|block) (?:underneath|below|beneath|under)(?=\s*(?:[.;]|$))", r", with the \1 block at the bottom"),
    (r"\bevery corner(?: of the table)? should (?:get|have|hold) (?:a|one) block\b(?:\s*[:,]\s*(?:top left|top right|bottom left|bottom right|and|,|\s)+)?",
     "put one block in each corner"),
)
