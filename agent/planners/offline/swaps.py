"""Swaps said in other words, each said as the swap the clause reader knows ('swap X and Y', 'swap the contents of W and
V'): 'X and Y should trade places', 'X and Y are supposed to be the other way round', 'make X and Y change places', 'X
should swap with Y', 'X goes where Y is now, and Y goes where X is now', 'take X and switch it with Y', 'whatever is in W
should be in V and the other way round', 'W and V should trade their blocks', 'take everything out of both W and V and put
each lot in the other bowl'. What only restates a swap ('each goes where the other one is', 'without putting either of
them in the bin') is dropped. Read among `speech.SPEECH`'s rules, after `hedges.HEDGES`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

_BLOCK = r"(the \w+ block)"
_BOWL = r"(the \w+ bowl)"
_PLACES = r"(?:places|spots|positions|bowls|over|around|round|sides)"
_TRADE = r"(?:trade|swap|switch|change|exchange|interchange)"
_STUFF = r"(?:whatever is|what is|everything|the blocks?|anything|the contents)"



def _on_top(a: str, b: str, colour: str) -> str | None:
    """Of the two blocks swapped, the one said to end on top (the block of that colour), put on the other."""
    top, under = (a, b) if a == f"the {colour} block" else (b, a) if b == f"the {colour} block" else (None, None)
    return f"put {top} on top of {under}" if top else None


SWAPS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (rf"^{_TRADE} (?:them|the two|those two|these two)(?: round| around| over)?(?: for me)?\s*[:,;]\s*(?=\w)", ""),  # 'swap them: X onto the table, Y into W'
    (rf"\b(?:make|have|let|get) {_BLOCK} and {_BLOCK} (?:to )?{_TRADE} {_PLACES}\b", r"swap \1 and \2"),
    (rf"\b(?:i (?:would like|want|need) )?{_BLOCK} and {_BLOCK} (?:should |must |need to |have to |are supposed to |are meant to |are to |ought to |want to |can |could |"
     rf"to )?(?:be )?(?:the other way "
     rf"(?:a)?round|swapped(?: around| round| over)?|switched(?: around| round)?|{_TRADE}d? {_PLACES})\b", r"swap \1 and \2"),
    (rf"\b{_BLOCK} (?:should |must |needs to |has to |can |is to |ought to )?{_TRADE} (?:places |spots |positions )?with (the \w+ block|the (?:block|one) "
     r"(?:that|which) [\w ]+?)(?=[.;,]|$)", r"swap \1 and \2"),
    (rf"\b{_BLOCK} (?:should not|should no longer|must not|is not to) be (?:underneath|under|beneath|below) {_BLOCK}(?: any ?more| now)?\s*[;,.]\s*(?:so )?"
     r"(?:put|move|place|set|stack) it on top(?: of (?:it|that one|\2))?(?: instead)?\b", r"put \1 on top of \2"),  # 'X shouldn't be under Y; put it on top'
    # a stack swapped with who ends on top said: "don't leave X under Y: swap the two so X is on top", 'swap X and Y so that X ends up on top'
    (rf"\b(?:(?:do not|never) leave {_BLOCK} (?:underneath|under|beneath|below) {_BLOCK}\s*[:;,.]\s*{_TRADE} (?:the two|them|those two|these two)|{_TRADE} "
     rf"{_BLOCK} and {_BLOCK})(?: round| around| over)?,? so(?: that)? the (\w+) (?:one|block) (?:is|ends up|goes|sits|will be|should be) (?:on top|uppermost)\b",
     lambda m: _on_top(m[1] or m[3], m[2] or m[4], m[5]) or m[0]),
    (rf"({_BLOCK}[^.;]*?\b(?:after that|then|and)\b,? ){_BLOCK} (?:takes|should take|will take|can take|is to take) its (?:place|spot|old spot)\b",
     r"\1\3 goes where \2 was"),  # 'X into the bin, and after that Y takes its place'
    (rf"\b{_BLOCK} (?:takes|should take|will take|can take|is to take) {_BLOCK}(?:'s| s) (?:place|spot|old spot)\b", r"\1 goes where \2 was"),
    (rf"\b{_BLOCK} (?:goes|should go|moves) (?:to )?where {_BLOCK} is(?: now)?,? and \2 (?:goes|should go|moves) (?:to )?where \1 (?:is|was)(?: now)?\b",
     r"swap \1 and \2"),
    (r"[.;,:]\s*(?:i (?:would like|want) |so |so that )?(?:each|both)(?: of them)?(?: one)? (?:goes |go |ends up |end up |is |are )?(?:to )?where the other "
     r"(?:one )?(?:is|was)(?: now| before)?\b", ""),  # 'swap X with Y: each goes where the other one is'
    (rf"\b(?:take|grab) (the [\w ]+?) and {_TRADE} it (?:around |round )?with ", r"swap \1 with "),
    (rf"\b({_TRADE}) {_BLOCK} (?:around|round|over) with\b", r"\1 \2 with"),
    (rf"\b(the two blocks [\w ]+?|both blocks [\w ]+?) (?:should |must |need to )?{_TRADE} (?:bowls|places|spots)\b", r"swap \1"),
    (rf"\b(?:put|get|move) {_BLOCK} (?:in|into) {_BOWL} by (?:swapping|switching|trading|exchanging) it (?:with|for) the (?:block|one) (?:that is |which is )?(?:in "
     r"there|in it)(?: now)?\b", r"swap \1 with the block in \2"),  # 'put X in W by swapping it with the block in there now'
    (r"\b(on|in|into|onto) (the \w+ (?:block|bowl)),? where (the \w+ block) (?:is|was|sits)(?: now| right now)?(?=,? and \3 (?:where|to where)\b)", r"\1 \2"),
    (r"\b((?:do not|never) leave (the \w+ block) (on|in) (the \w+ (?:block|bowl)))\s*[:;,.]\s*(?:instead,? )?(put|place|set) (the \w+ block) there(?: instead)?\b",
     r"\1, \5 \6 \3 \4"),  # "don't leave X on Y: put Z there instead"
    (r",?\s*without (?:putting|dropping|throwing|binning) (?:either|any|both|one|neither) of them (?:in|into) the bin\b", ""),
    # what is in two bowls
    (rf"\b{_STUFF} in {_BOWL} (?:should be|should go|goes|must be|needs to be|to be|belongs) (?:in|into) {_BOWL},? and (?:the other way (?:a)?round|vice versa)\b",
     r"swap the contents of \1 and \2"),
    (rf"\b(?:(?:i would love it|i would like it|i want it|it would be (?:great|nice)) if )?{_BOWL} and {_BOWL} (?:should |could |would |can )?{_TRADE}(?:d)? "
     r"(?:their |the )?(?:blocks|contents|loads)(?: around| over| round)?\b", r"swap the contents of \1 and \2"),
    (rf"\b{_TRADE} (?:the blocks|the contents|everything|what is|whatever is) (?:of|in) {_BOWL} (?:and|with|for) (?:the blocks (?:in|of) |what is in |whatever is in "
     rf"|everything in |the contents of )?{_BOWL}\b", r"swap the contents of \1 and \2"),
    (rf"\b{_BOWL} and {_BOWL} (?:should |must |need to )?have (?:their|the) (?:contents|blocks) (?:swapped|switched|exchanged|traded)(?: around| over| round)?\b",
     r"swap the contents of \1 and \2"),
    (rf"\b(?:i (?:want|would like|need) )?{_BOWL}(?:'s| s) (?:blocks|contents) and {_BOWL}(?:'s| s) (?:blocks|contents) (?:swapped|switched|exchanged|traded)"
     r"(?: around| over| round)?\b", r"swap the contents of \1 and \2"),
    (rf"\bi (?:want|would like) the contents of {_BOWL} and {_BOWL} (?:swapped|switched|exchanged)\b", r"swap the contents of \1 and \2"),
    (rf"\bi want (?:everything|the blocks) in {_BOWL} (?:moved to|in) {_BOWL},? and (?:everything|the blocks) in \2 (?:moved to|in) \1\b",
     r"swap the contents of \1 and \2"),
    (rf"\btake everything out of both {_BOWL} and {_BOWL} and put each (?:lot|load|set|group) in(?:to)? the other(?: bowl| one)?\b", r"swap the contents of \1 and \2"),
    (r",?\s*without (?:touching|moving|disturbing) anything (?:outside|but|except|other than|besides) (?:those|the|these) two bowls\b", ""),
    # a block slipped under another: 'X goes under it, where Y is now', 'X should sit on Y, right where X is now', 'I want X tucked in under Y'
    (r"\b(under|underneath|beneath|below) (?:it|that one),? (?:right |just )?(?:where|in the spot where) (the \w+ block) (?:is|stands|sits)(?: now| right now)?\b", r"\1 \2"),
    (r"(\bput )?\b(the \w+ block) (?:to |should |must |needs to |has to )?(?:sit|be sitting|be|go|rest|end up) on (the \w+ block),? (?:right |just )?(?:where|"
     r"in the spot where|in the place where) \2 (?:is|stands|sits)(?: now| right now)?\b", lambda m: f"put {m[3]} under {m[2]}" if m[1] else
     f"{m[3]} {'to go' if rx(r'(?:want|like|need) $').search(m.string[:m.start()]) else 'should go'} under {m[2]}"),
    (r"^(?:i (?:want|would like|need)|have|get) (the \w+ (?:block|one)) (?:tucked|slipped|slid|put|placed|moved|pushed|stuck)(?: in)? (?=(?:under|underneath|beneath|below)\b)",
     r"put \1 "),
    (r"\b((?:under|underneath|beneath|below) [\w ]+?),? (?:with|keeping|and keep|leaving|while keeping) the (?:stack|tower|pile) (?:standing |staying |as it is )?"
     r"(?:where it is|in place)", r"\1"),
    (r"\b((?:under|underneath|beneath|below) (the \w+ block)),? and (?:do not|never) move \2 anywhere else\b", r"\1"),
)
