"""What a request says about its cost or about room, when that is no part of the goal: 'whatever it takes', 'do whatever
it takes to ...', "I don't care how many blocks you have to move", 'even if that means moving what's on it', 'moving
whatever's in the way', 'there's room for them', 'that stack has room for another block', 'as long as there's space for
it', 'four is as tall as it's allowed to go anyway'; what is moved 'out of the way' goes to the table. The planner moves what it must and refuses what does not fit, so
these are dropped; a request that needs room it lacks is refused with why. Read among `speech.SPEECH`'s rules, right
after `hedges.HEDGES`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

_ROOM = r"(?:room|space)"

COSTS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"\b(move|take|shift|lift) ([^,.;]+?) out of the way\b(?! of\b)", r"\1 \2 to the table"),  # 'move the blocks on X out of the way': to the table
    # room said first, then what to put there: 'There's room in W for two more, so put two blocks in there', 'The bin has room, so put ... in it'
    (rf"^(?:there (?:is|s|should be) (?:enough |plenty of )?{_ROOM}(?: left)? in (the bin|the \w+ bowl)|(the bin|the \w+ bowl) has (?:enough |plenty of )?{_ROOM}"
     rf"(?: left)?)(?: for ([\w ]+?))?(?:,? so|\s*[-,;.]+|,? and) (.+?) (?:in there|there|in it|into it|all in)\b",
     lambda m: rx(r"\bthem\b").sub(m[3], m[4], count=1) + f" in {m[1] or m[2]}" if m[3] and rx(r"(?:all|every|each|the)\b").match(m[3]) else f"{m[4]} in {m[1] or m[2]}"),
    (r"\b(?:whatever|no matter what|however many blocks) (?:you have to|you need to|it takes to) (?:move|do|shift)(?: first)?,?\s*|\bdo whatever it takes (?:to )?",
     ""),
    (r",?\s*\b(?:whatever it takes|at any cost|no matter what it takes|no matter how many (?:blocks )?you (?:have|need) to move)\b", ""),
    (r"\bi (?:do not|don t) (?:care|mind) how many (?:blocks|things) you (?:have|need) to move\s*[-,:;.]*\s*", ""),
    (r",?\s*\beven if (?:that|it) means (?:moving|shifting|lifting off) (?:what is|whatever is|whatever s|what s|the blocks?|anything|everything)(?: (?:sitting|"
     r"stacked|piled))? (?:on|on top of) (?:it|them|the \w+ block)\b", ""),
    (r",?\s*\b(?:moving|shifting) (?:whatever is|what is|whatever s|anything|everything) (?:in the way|on top)\b", ""),
    (rf"[,;.]?\s*(?:-\s*)?\b(?:there is|there s|it has|that (?:stack|tower|bowl) has|the bin has|the \w+ bowl has|there should be) (?:enough |plenty of )?{_ROOM}"
     rf"(?: left)?(?: (?:in|on) (?:it|the \w+(?: \w+)?))?(?: for (?:them|it|another (?:block|one)|one more|all of (?:them|the blocks)|\w+ more|the \w+ block(?: and the "
     rf"\w+ block)?))?(?: anyway)?(?=\s*(?:[,.;]|$|so\b))", ""),  # 'put them in the bin - it has room for them'
    (rf",?\s*\b(?:as long as|provided|if) there is (?:enough )?{_ROOM} (?:for it|left|for them)?(?=\s*(?:[,.;]|$))", ""),
    (r"\s*[-,;]?\s*\b(?:four|that|three) is as (?:tall|high) as (?:it is|it s|a tower is|they are) allowed to go(?: anyway)?|\s*[-,;]?\s*there (?:are not|aren t) "
     r"too many for the height limit\b", ""),
)
