"""The most and the fewest, each said as the request the clause reader knows: the fewest moves ('..., moving as few other
blocks as you can', 'without moving more blocks than you have to'), which every plan is already (the planner finds the
shortest), so the words are dropped; as many blocks as a place holds ('put as many blocks as you can into W', 'W is as
full as it can get': fill W up); the tallest tower there can be (every block that may be used, in one tower). Read among
`speech.SPEECH`'s rules, after `permissions.PERMISSIONS`."""

from __future__ import annotations

import re
from collections.abc import Callable

_FEW = r"(?:as few|the fewest|the least)(?: other)? (?:blocks|moves|things)(?: as (?:you can|possible|you need to|necessary))?"

EXTREMES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # the fewest moves: what every plan is
    (rf"[.;,]?\s*(?:and |while |but )?(?:(?:moving|touching|disturbing|shifting) {_FEW}|(?:move|touch) {_FEW}(?: to do (?:it|that|so))?|with as few(?: other)? (?:blocks|moves) as (?:you can|possible)|"
     r"without moving (?:more|any more) blocks than (?:you have to|you need to|necessary|needed)|(?:moving|touching) no other blocks?)(?=\s*(?:[.;,]|$))", ""),
    (r"[.;]\s*i (?:would|d) like you to move as few blocks as (?:you can|possible) to do (?:it|that|so)(?=\s*(?:[.;]|$))", ""),
    (r"^(?:make|get) (?:sure )?(every block|all the blocks) clear\b", r"no block should be on another block"),
    # as many as a place holds
    (r"\b(?:put|get|move|place|drop) as many (?:of the (?:other )?)?blocks as (?:you can|possible|will fit|fit) (?:in|into) (the \w+ bowl)(?=\s*(?:[.!]|$))",
     r"fill \1 up"),  # said alone: with a constraint after it ('..., but leave X') the choice of blocks is not read, so it is refused
    (r"\b(?:i would like|i want|i need) as many blocks as (?:possible|you can|will fit) in (the \w+ bowl)(?=\s*(?:[.!]|$))", r"fill \1 up"),
    (r"\b(?:(?:make it so that|make sure|see that) (the \w+ bowl) (?:is|ends up)|(the \w+ bowl) (?:should be|should end up|must be)) (?:as full as (?:it can (?:get|be)|"
     r"possible)|filled up|full)(?=\s*(?:[.!]|$))", lambda m: f"fill {m[1] or m[2]} up"),  # never a condition's 'if W is full'
    # the tallest tower there can be: every block it may use, in one tower
    (r"\b(?:build|make|stack) the (?:tallest|highest|biggest) (?:tower|stack|pile) (?:you can(?: build| make)?|possible)(?: (?:out of|from|with|using) (the blocks "
     r"on the table|all the blocks|the blocks))?(?=\s*(?:[.!]|$))", lambda m: f"stack {m[1] or 'all the blocks'} into one tower"),
)
