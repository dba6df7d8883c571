"""Goals said in other voices and aspects: perfects ('X should have been binned', 'make sure X has been moved to P', 'I
want X to have been binned by the time I'm back'), passives ('X is to be binned', 'the block that X has been stacked on'),
causatives ("you're going to have X sitting in P", 'get X down'), existentials ('let there be a block on X', 'there should
be a block of the same colour in W') and joint subjects ('X and the block on top of it should go in the bin', 'neither X
nor Y stays on the table'); each as the statement or request the clause reader knows. Read among `speech.SPEECH`'s rules,
right after `pairings.PAIRINGS`."""

from __future__ import annotations

import re
from collections.abc import Callable

_DONE = r"(?:placed|put|set|moved|stacked|piled|thrown|tossed|dropped|taken|binned|sorted|cleared|emptied|removed|left)"

VOICES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"\bi(?: would| d)? (?:love|like) it if (the \w+ bowl) (?:was|were) (?:all |completely )?(?:cleared|emptied)(?: out)?\b", r"empty \1"),  # "I'd love it if W was all cleared out"
    (r"\b(?:the )?final (?:position|place|spot|resting place|destination) (?:for|of) (the \w+ block) (?:is|will be|should be|shall be) ", r"\1 goes to "),  # 'Final position for X is P'
    (r"\bgive (it|them|the \w+ block) an? (?:spot|place|home|seat)(?: out)? (on|in|at) (the [\w ]+?)(?= instead\b|\s*(?:[.;,!]|$))", r"put \1 \2 \3"),  # 'give it a spot out on the table'
    (r",\s*with (?:the two of them|both of them|them both|both) (?:together |sitting |side by side )?(in|inside) (the \w+ bowl)\b", r", and both of them in \2"),  # 'X on Y, with the
    # two of them together in W'
    # a time the goal must hold by, and a perfect said of the goal itself: 'by the time I get back', 'X should have been binned'
    (r",?\s*\b(?:by the time (?:i|we) (?:get|come) back|by the time (?:i|we) (?:am|are|m|re) back|by the time you (?:are|re) (?:done|finished)|(?:by the time|before) (?:i|we) (?:count|get) to (?:three|five|ten|\d+)|before you (?:stop|"
     r"finish|are done|re done))\b,?", ""),
    (r"\b(should|must|ought to|need to|needs to|has to|have to|will) not (?:to )?have been (?:placed|put|set|moved|stacked|piled|left) (on top of|on|onto|in|into)\b",
     lambda m: f"{m[1]} not be {dict(onto='on', into='in').get(m[2], m[2])}"),  # 'X ought not to have been placed on Y'
    (r"\b(should|must|ought to|need to|needs to|has to|have to|will|is going to) have been (?=" + _DONE + r"\b)", r"\1 be "),
    (r"\b(ought) not to have been (?=" + _DONE + r"\b)", r"should not be "),
    (r"\bto have been (?=" + _DONE + r"\b)", ""),  # 'I want X to have been binned'
    (r"^(make sure|ensure|see to it that|check that) (the \w+ \w+) (?:has|have) been (?=" + _DONE + r"\b)", r"\1 \2 is "),
    (r"[.;!]\s*(?:please |so )?(?:put|set) (?:that|it|this) right\W*$|[.;!]\s*(?:please |so )?(?:fix|correct|remedy) (?:that|it|this)\W*$", ""),
    # passives and causatives
    (r"\bthe (?:block|one) (?:that|which) (the \w+ (?:block|cube)) (?:has been|is|was|got) (?:stacked|placed|put|set|piled|sitting|resting|standing) on\b",
     r"the block under \1"),  # 'the block that X has been stacked on'
    (r"^(?:you|we)(?: are| re| will be)? going to have (the \w+ \w+) (?:sitting |standing |resting |placed |put |set )?(?=(?:in|on|at|inside) )", r"put \1 "),
    (r"^get (the \w+ (?:block|cube)) down(?:,? so (?:that )?it (?:is not|isn t) (?:resting |sitting |stacked |lying )?on (?:another|a|any) block)?$",
     r"put \1 on the table"),
    (r"\b(the \w+ (?:block|cube)) (?:is|are) to be (?:removed|taken|lifted) (?:from|off) (the \w+ (?:block|cube))\b", r"take \1 off \2"),
    (r"\bgets? (?:(?:thrown|tossed|put|dropped|chucked) (?:in|into) the bin|binned)\b", "goes in the bin"),
    # existentials and joint subjects
    (r"\blet there be\b", "there should be"),
    (r"^neither (the \w+ \w+) nor (the \w+ \w+) (?:stays|remains|should stay|should remain|may stay|is left|can stay|stay|remain) (on the table|in the \w+ bowl)\b",
     r"\1 and \2 should not be \3"),
    (r"\bthe (?:block|one) (?:that is|that s|which is) the (\w+most) (?:one )?(?:of them all|of all|of the lot|of all of them)\b", r"the \1 block"),
    (r"(?:^|(?<=then )|(?<=, ))(the \w+ bowl) (?:empty|cleared out|cleared)(?=\s*(?:[,.;]|$))", r"\1 emptied"),  # 'first X binned, then W empty'
    (r"^(?:next|after that|afterwards|finally),\s+", ""),
    (r"\b(?:is|are)(?: both| all| each)? to be (?:binned|trashed|thrown away|thrown out|discarded|chucked)\b", "should go in the bin"),
    (r"^(the \w+ (?:block|cube)) and the (?:block|one|cube) (?:which is |that is |sitting |resting |stacked )?(on top of|on|under|underneath|beneath) it (?:both |each )?"
     r"((?:should|must|need to|needs to|have to|has to|ought to|go|belong) .+)$", r"\1 \3 and the block \2 \1 \3"),  # 'X and the block on it should go in the bin'
    (r"^there (?:should|ought to|must|needs to|has to) be a (?:block|cube) (?:of the same colou?r|of its colou?r|that matches it|matching it|whose colou?r "
     r"matches(?: it)?) in (the (\w+) bowl)$|^there (?:should|ought to|must|needs to|has to) be a (?:block|cube) in (the (\w+) bowl),? (?:whose colou?r matches it|of "
     r"the same colou?r|of its colou?r|that matches it|matching it)$|^(the (\w+) bowl) (?:should|ought to|must|needs to) (?:have|hold|contain) a (?:block|cube) of its "
     r"(?:own )?colou?r(?: in it)?$", lambda m: f"put the {m[2] or m[4] or m[6]} block in {m[1] or m[3] or m[5]}"),  # 'there should be a block of the same colour in W'
)
