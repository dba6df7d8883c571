"""How people say the result around a request, read after `registers.REGISTERS` among `speech.SPEECH`'s rules: a
result clause ('..., so that when you're done the red one sits on top of it'), a condition ('as long as nothing goes in
the bin', 'making sure neither of them ends up stacked'), a thing described with what rests on it ('X in W with Y
stacked on top of it', 'with nothing on it'), a complaint about how things are ('X isn't even in W', 'the colours are all
mixed up'), a request said again at its end ('... so it's sitting there', 'can you sort that out for me?'), a learner's
or a speaker's loose words ('taken out and placed on', 'instead of it', 'the bowl that has X in it put Y in that one')."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.words import VERB_RE

_BLOCK = r"the (?:\w+ )?(?:block|cube|one)"

OUTCOMES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # what the request is said again as: '... so it's sitting there', 'so that its top is clear', 'can you sort that out?'
    (r",?\s*\bso(?: that)? (?:it|they|the \w+ (?:block|one)) (?:is|are|s|ends? up|will be)(?: \w+ing)? there\b", ""),
    (r",?\s*\bso(?: that)? (?:its|their|the) tops? (?:is|are) (?:clear|free|empty|bare)\b", ""),
    (r",\s*(?:(?:can|could|would|will) you (?:please )?)?(?:sort|handle|manage|do|fix|take care of|deal with|arrange|"
     r"organi[sz]e) (?:that|this|it)(?: out| for me| for us)*$", ""),
    (r",?\s*\b(?:and so on|and so forth|etc|et cetera|and the like)(?=\s*(?:[.;!?]|$))", ""),
    # a result said after the request: 'stack X on Y, so that when you're done X sits on top of it': both hold
    (r",\s*so(?: that)?(?:,? (?:when|once) (?:you are|you re|it is|it s|we are|everything is) (?:done|finished|through))?,? "
     r"(?=(?:the|it|they|both|all|every|each|nothing|no|none|neither)\b)", " and "),
    # a condition on the request: 'as long as you leave X alone', 'making sure neither ends up stacked'
    (r",?\s*\bas long as (?:you )?", " and "), (r",?\s*\b(?:while |and )?making sure(?: that)?\b", " and make sure"),
    (r"\b(?:neither|none)(?: of (?:them|those|the two|these))?(?: blocks)? (?:(?:is|are|ends? up|gets?|will be|should be|must be) )?"
     r"(?:(?:stacked|piled)(?: on (?:anything|another block|any other block|a block|top of \w+( block)?))?|on (?:anything|another "
     r"block|any other block|a block|top of (?:anything|another block)))(?=\s*(?:[,.;]|$| and\b))", "they are not on another block"),
    (r",?\s*\bwith (each|every|all the|the) (blocks?) in (?:the|its|their) (?:bowls? that match(?:es)? (?:it|them)|matching bowls?|"
     r"bowls? of (?:its|their) (?:own )?colou?r)\b", r", \1 \2 in the matching bowl"),
    (r"\bno other (?:object|block|thing|item)s? (?:has|have|is|are|should|must|will|may|gets?)? ?(?:be |been )?"
     r"(?:moved|touched|disturbed|shifted)\b", "do not move the other blocks"),
    (r"\bnothing else (?:gets?|is|should be|will be|must be|may be) (?:thrown away|thrown out|binned|discarded|trashed)\b",
     "none of the other blocks in the bin"),
    (r",?\s*\b(?:it|they|that|this) (?:should not|is not supposed to|are not supposed to|does not belong|do not belong|must not|"
     r"is not meant to|are not meant to)(?: be)?(?: \w+ed| \w+ing)? there\b", ""),  # 'take X off Y, it shouldn't be stacked there'
    (r"\b(?:should|must|will|needs? to|ought to|have to|has to) (?:look|be|stay|remain) (?:exactly |just |precisely )?(?:the same|"
     r"unchanged|untouched)(?: as (?:they|it) (?:do|does|are|is|look|looks|did|were|was)(?: now| right now| at the moment| before)?)?",
     "should stay where they are"),  # 'X and Y should look exactly the same as they do now'
    (r"\b(?:the )?(stack|tower|pile) (?:that|which) (the \w+ (?:block|one)) is (?:a )?(?:part of|in)\b", r"the \1 with \2"),
    (r"\b(?:be )?part of (?:one|a|the same|a single) (?:\w+ )?(stack|tower|pile)\b", r"in one \1"),
    # a thing described with what rests on it: 'X should be in W with Y stacked on top of it', 'X in W, with nothing on it'
    (rf"(?:^|(?<=, ))({_BLOCK}) ([^,;.]+?),? with ({_BLOCK}|nothing|no block|no other block) (?:\w+ed |sitting |resting )?on (?:top of )?"
     r"(?:it|top)$", lambda m: f"{m.group(1)} {m.group(2)} and {m.group(3)} on {m.group(1)}"),
    # a complaint: 'the yellow block isn't even in the yellow bowl': where it should be; 'the colours are all mixed up'
    (rf"({_BLOCK}) (?:is|s) not even (in|on|at) ", r"\1 should be \2 "),
    (r"(?:^|(?<=[,.;] ))the colou?rs (?:are|look|seem) (?:all )?(?:mixed up|jumbled|wrong|a mess|muddled|messed up)"
     r"(?: right now| now| at the moment)?(?:[,.;] ?|$)", ""),
    (r"\b(?:if )?the colou?rs (?:lined|line|matched|match) up\b", "the blocks were sorted by colour"),
    (rf"\b({_BLOCK}) ((?:\w+ing )?on {_BLOCK}) like (?:that|this)\b", r"\1 \2"),  # "I don't like X sitting on Y like that"
    (r"\b(the (?:\w+ )?bowl) had\b", r"\1 has"),  # 'it would be nice if W had X in it'
    (r"\b(?:right )?at the (?:very )?end\b", ""),  # 'what I'd like to see at the end is ...'
    (r"\b(the \w+ (?:block|cube|bowl)) itself\b", r"\1"),
    # a learner's or a speaker's loose words: 'should be taken out and placed on the table', 'put Y in W instead of it'
    (r"\b(?:be )?taken out(?: of (?:the|its|their|a) (?:\w+ )?bowls?)? and (?=(?:be )?(?:(?:placed|put|set|moved|laid|left) )?"
     r"(?:down |back )?(?:on|in|into|onto|inside|at)\b)", "be "),
    (r"\s*,?\s*\binstead(?: of (?:it|them|that(?: one)?|this(?: one)?|the (?:\w+ )?(?:block|one|bowl)))?(?=\s*(?:[,.;]|$| and\b))", ""),
    # unpunctuated: 'the bowl that has X in it put Y in that one': the phrase where the later clause points back
    (r"^(the (?:\w+ )?(?:bowl|block|one) (?:(?:that|which) (?:has|holds|contains|is)|with) [^,;.]*?\b(?:in|on) it),?\s+(\w[^;.]*?)\b"
     r"(?:that one|this one|it)\b", lambda m: m.group(2) + m.group(1) if VERB_RE.match(m.group(2)) else m.group(0)),
    # 'whatever is in W goes on the table': the phrase before its verb (a phrase said before its clause is `phrasing`'s)
    (r"\b(?:whatever|(?:everything|anything|every block|any block) (?:that|which)) (?:is|are) (?=(?:not )?(?:in|inside|on|on top of|"
     r"under|at)\b[^,;.]*?\b(?:goes|go|should|must|needs?|has to|have to|belongs?|can|will|ends? up|gets?|is to|are to)\b)",
     "whatever "),
)
