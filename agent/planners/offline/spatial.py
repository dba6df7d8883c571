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
    (r"\bout from inside(?: of)?\b", "out of"), (r"\b(?:onto|on to|on) the (?:very )?top of (?=the\b)", "on top of "), (r"\binside of\b", "inside"),
    (r"\b(?:over|across) (?=to (?:the|a|its|their)\b)", ""),  # 'carry X over to W'
    (r"\b(?:away )?from where (?:it|they) (?:is|are|sits?|stands?|lies|rests?)(?: now| at the moment)?,? (?:and )?(?=(?:over |across )?to\b)", ""),
    (r"\bto (the \w+ bowl|the bin),? and (drop|put|pop|tip|place|let go of) (it|them) in(?=\s*(?:[.;,!]|$))", r"to \1 and \2 \3 in \1"),  # '... and drop it in'
    (r"\b(?:be|get|gets|is|are) taken to\b", "go to"),  # 'X should be taken across to the bin'
    (r"\b(?:lift|take|pull|get) (the [\w ]+?) up and out\b", r"take \1 out"),
    (r"^let (the [\w ]+?|every [\w ]+?) be (?:placed|put|set|laid|moved|stood) ", r"put \1 "),
    (r"\bshares? (?:its|their) (?:hue|colou?r|shade) with (?:a|any|one of the) bowls?\b", "has a matching bowl"),
    (r",?\s*(?:save (?:only |for |just )?|except (?:only |just ))(the \w+ block)\b", r" except \1"),
    (r"\b(except (?:for )?the \w+ block),? which (?:is not to|should not|must not|does not|will not) go in(?: there)?\b", r"\1"),
    (r"\bbut never (?=(?:to|in|into|on|onto|at)\b)", "but not "),
    (r"\b(take|lift|get|pull) (the (?:block|one) (?:on top of|on) (the \w+ block)) off(?=\s*(?:[.;,]|$| and\b| then\b))", r"\1 \2 off \3"),  # 'take the block on Y off'
    (r"^(the (?:block|one) (?:sitting |resting )?(?:on top of|on) (the \w+ block)),\s*(?:take|lift|get|pull) (?:that|it)(?: one)? off(?=\s*(?:[.;,]|$| and\b| then\b))",
     r"take \1 off \2"),  # 'The block on top of Y, pull that off and ...'
    (r"\b(pull|take|get|slide|slip|ease|draw|tug|lift|remove|fetch) the (block|one) (?:out )?from (?:under(?:neath)?|beneath|below) (the \w+ block)\b",
     r"\1 the \2 under \3"),  # 'pull the block out from under X': the one under it
    (r"\b(?:do not|never) leave (the \w+ block) (?=(?:underneath|under|beneath|below) the \w+ block\b(?!\s*[.;,]?\s*(?:swap|switch|trade|exchange)))",
     r"\1 should not be "),  # "don't leave X underneath Y" (a swap said after it is `swaps`')
    (r"\b(?:set|put|place|lay|move|drop|stand|leave) (it|them|the \w+ block)(?: down)? (?:somewhere|anywhere|some place|someplace|elsewhere)(?: that is not| that isn t|"
     r" other than| but| except| apart from| besides| not| than)(?: on| onto)? the table\b", r"\1 should not be on the table"),
    # what is out from under another, said with where it goes: 'I want X out from under Y and sitting on the table'
    (r"\b(the [\w ]+?) (?:pulled |taken |lifted |got )?out from (?:under(?:neath)?|beneath|below) the \w+ block,? and (?:sitting|lying|resting|put|placed|set)"
     r"(?: down)? ((?:on|in|into|at) the [\w ]+?)(?=\s*(?:[.;,]|$))", r"\1 \2 with nothing on it"),
    (r"\b((?:i want|i would like|i need) the \w+ block) (?:clear|free|uncovered),? and ((?:on|in|at) the [\w ]+?)(?=\s*(?:[.;,]|$))", r"\1 \2 with nothing on it"),
    (r"\b((?:middle|corner|table)(?: too| as well)?),? (?:right )?(?:beside|next to|alongside|by) (?:it|the \w+ block),? (?:rather than|not|and not|instead of|but not) "
     r"on top(?: of (?:it|that one|the \w+ block))?(?=\s*(?:[.;,]|$))", r"\1"),  # a place holds both: '... in the middle too, beside it rather than on top'
    (r",?\s*\bin among (?:whatever|what|the other blocks?|the blocks?|the others?|anything|everything)(?: (?:else|is|are|s))* (?:left |already |still )?(?:there|in it|"
     r"in there|inside)?(?=\s*(?:[.;,]|$))", ""),  # '... into W, in among whatever is left there'
    (r"\b(?:has|have) (?:gone|been (?:moved|taken|carried|put|sent)) (?:over |across )?(?:to|into|in) (the \w+ bowl|the bin)(?:,? and (?:is|are) in (?:it|there))?\b",
     r"is in \1"),  # 'make it so that X has gone across to W and is in it'
    # a tower kept as it is (what is said of it is not checked): 'Y keeps X on top, as it is now', 'leave X where it is, with Y below it'
    (r"\b(the \w+ block) keeps (the \w+ block) on top(?: of it)?(?:,? (?:as it is(?: now)?|as before|like now|like it is now))?\b",
     r"leave \2 and \1 where they are"),
    (r"\b(leave|keep) (the \w+ block) (?:where it is|as it is|in place),? with (the \w+ block) (?:right |directly |just )?(?:below|under|underneath|beneath) it\b",
     r"\1 \2 and \3 where they are"),
    (r"(?<!\bstack )(?<!\bpile )(?<!, )\b((?:the \w+ block, )*the \w+ block,? and the \w+ block) (in|into) a (stack|tower|pile)\b", r"\1 \2 one \3"),  # 'X and Y in a stack'
    # a tower said by its parts: 'X should be on top and Y right underneath it', 'X and Y in a stack, the Y one underneath'
    (r"\b(the \w+ block) (should be|is|goes|must be) on top,? (?:and|with) (the \w+ block) (?:right |directly )?(?:underneath|under|beneath|below) it\b",
     r"\1 \2 on \3"),
    (r",\s*(?:with )?the (\w+) (?:one|block) (?:underneath|below|beneath|under)(?=\s*(?:[.;]|$))", r", with the \1 block at the bottom"),
    (r"\bevery corner(?: of the table)? should (?:get|have|hold) (?:a|one) block\b(?:\s*[:,]\s*(?:top left|top right|bottom left|bottom right|and|,|\s)+)?",
     "put one block in each corner"),
)
