"""Hedged and tentative requests, each said as the request the clause reader knows: 'I was wondering whether X could go
on Y', 'I've been wondering if X would look better on Y' (put X on Y), 'I wonder if I could have X in the bin', 'I don't
really think X belongs in W' (X not in W), "I don't care for X sitting up on Y like that; it reminds me of ..." (X not on
Y), "I'd rather have X on the table than on Y", "I'd rather no blocks were stacked", "let's do X in the bin first", 'could each
bowl get ...', thinking aloud ('same-coloured blocks into the same-coloured bowls'), a closing 'Let's try that.'. Hedges
that carry no goal at all ('I think', 'if I'm not mistaken') are `fillers.FILLER_RE`'s. Read among `speech.SPEECH`'s
rules, right after `states.STATES`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

_BLOCK = r"(the \w+ (?:block|one))"
_WONDER = r"(?:i (?:was |am |m )?|i(?: have| ve) been )?wonder(?:ing)? (?:whether|if)"
_PREP = r"(on top of|onto|on|into|inside|in|at)"

def _fallback(m: re.Match[str], x: str | None) -> str:
    """'put X in W, or in V if C' -> 'put X in V if C; otherwise put X in W' (X said again: 'it' is not carried over)."""
    if x is None:
        return m[0]
    return f"{m['lead']}{m['verb']} {m['x']} {m['p2'] or m['p1']} {m['v']} if {m['c']}; otherwise {m['verb']} {x} {m['p1']} {m['w']}"


def _it(lead: str) -> str | None:
    """The block 'it' names after a lead ('take X off Y and put it ...', 'do not leave X on Y, put it ...'): the one the
    lead is about, said first; None when the lead names no block."""
    m = rx(r"\b(?:take|grab|pick up|lift) (the [\w ]+?) and $").search(lead) or rx(r"\b(the \w+ block)\b").search(lead)
    return m and m[1]


HEDGES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # a fallback said after the first choice: 'put X in W, or in V if W is full' -> 'X in V if W is full; otherwise X in W'
    (r"^(?P<lead>(?:[\w ]+?,? )?)(?P<verb>put|place|move|drop|set|stick) (?P<x>the \w+ block|it) (?P<p1>in|into|on|onto|at|to) (?P<w>the [\w ]+?),? (?:-\s*)?(?:or(?: failing that| else| otherwise)?,?|falling "
     r"back to|failing that,?) (?:(?:put|place) it )?(?:(?P<p2>in|into|on|onto|at|to) )?(?P<v>the [\w ]+?) if (?P<c>(?!there is not one|there isn t one)[^;.]+)$",
     lambda m: _fallback(m, m["x"] if m["x"] != "it" else _it(m["lead"]))),
    (rf"\b{_WONDER} {_BLOCK} (?:could|might|would|can|should) (?:go|sit|be|end up|look (?:better|nicer|good|best|great))(?: instead)? {_PREP} ",
     r"put \1 \2 "),  # 'I was wondering whether X could go on top of Y'
    (rf"\b(?:{_WONDER} |(?:could|can|may|might) )i (?:might |could |can |may )?(?:get|have) {_BLOCK} (?:put |placed |moved |set )?{_PREP} ",
     r"put \1 \2 "),  # 'I wonder if I could have X in the bin'
    (r"[.;!?]\s*(?:(?:so,? )?(?:let s|let us) (?:try|do|build|make) (?:that|it|this)|(?:could|can|would|will) you do (?:that|it|this)(?: for me)?)\W*$", ""),
    (rf"\bi (?:do not|don t|am not|m not) (?:really |quite |exactly )?(?:think|believe|reckon|sure)(?: that)? {_BLOCK} (?:belongs|should be|should go|"
     rf"ought to be|ought to stay|should stay|goes) {_PREP} ", r"\1 should not be \2 "),  # "I don't really think X belongs in W"
    (r"\bi (?:would|d) (?:rather|prefer(?: it)?(?: if)?)(?: that)? (.+?) (?:were|was) ", r"\1 should be "),  # "I'd rather no blocks were stacked"
    (rf"\b(i (?:would|d) (?:much |far |really )?(?:rather|sooner) (?:have |see |keep |get )?(?:{_BLOCK} )?(?:{_PREP} )?the [\w ]+?) than (?=(?:{_PREP}|sitting|"
     r"staying|where)\b)", r"\1 instead of "),  # "I'd rather have X on the table than on Y": not what is said after 'than'
    (rf"\b(i (?:would|d) (?:much |far |really )?(?:rather|sooner) (?:have |see |keep |get )?{_BLOCK} {_PREP} the [\w ]+?) than (?=the )", r"\1 instead of \3 "),  # '... than Y': than on Y
    (r"[.;,]\s*(?:it|that|this|they) (?:reminds|remind|makes|make) me (?:of|think of) [^.;!?]*", ""),  # a feeling about how things are: '...; it reminds me of a wobbly wedding cake.'
    (rf"^i (?:do not|don t|really do not|really don t) (?:care for|like|love|fancy|much like) {_BLOCK} (?:sitting|resting|perched|stacked|lying|standing)(?: up)? (?:on top of|on) "
     rf"{_BLOCK}(?: like that| there)?", r"\1 should not be on \2"),  # "I don't care for X sitting up on Y like that"
    (r"(\bthe \w+ block (?:should|must) not be (?:on|in) the \w+ (?:block|bowl))[.;,]\s*(?:it|that one) (?:should|must) not be (?:on |in )?(?:there|it|that one)\W*$", r"\1"),  # '... It shouldn't be on there.': said again
    (rf"^{_BLOCK} would look (?:ever so |so |really |very |lovely and )?(?:nice|lovely|good|great|pretty|better|best) {_PREP} (the [\w ]+?)(?=\s*(?:[,.;!]|$))", r"put \1 \2 \3"),  # 'X would look ever so nice in W, dear'
    (rf"\blet (?:s|us) do {_BLOCK} (?={_PREP})", r"put \1 "),  # "let's do X in the bin first"
    (r"^i (?:do not|don t|don't|really do not|really don t) (?:like|care for|fancy) (?:the |my |those |these )?blocks (?:all )?(?:piled|stacked|heaped|sitting) (?:up )?(?:on|on top of) (?:one another|each other)"
     r"(?:,? (?:dear|love|like that))?(?:\s*[.!]\s*(?=\S)|\W*$)", lambda m: "" if m[0].rstrip()[-1:] in ".!" and m.end() < len(m.string) else "no block should be on another block"),  # a wish said as a dislike
    (r"^how (?:lovely|nice|wonderful|grand|great|good|splendid|marvellous|marvelous|delightful) it would be to (?:see|have|find) ", "i would like to see "),  # 'How lovely it would be to see X in W'
    (r"(?<=\w )(?<!all the )way (?:over |off |out |up |down |back )?(?=(?:on|to|at|in) the (?:far |very )?(?:left|right|back|front|top|bottom|edge|end|"
     r"corner)\b)", ""),  # 'the block way over on the right'
    (r"\s+(?:would|will) be (?:about |just |exactly )?(?:right|spot on|ideal|fine)(?=\s*[.!]?\s*$)", ""),  # 'three blocks in W would be about right'
    (rf"\b{_BLOCK} (?:does not|doesn t|will not|won t) (?:move|budge|get moved|need to move)\b", r"leave \1 where it is"),
    (r"^(?:could|can|would|will|might) (each|every|all the|the) (bowls?) (get|receive|take|have) ", r"\1 \2 should \3 "),  # 'could each bowl get ...?'
    (r"^(?:the )?(?:same colou?red|matching) blocks (?:go |going )?(?:in|into) (?:the )?(?:same colou?red|matching) bowls\b",
     "put every block in its matching bowl"),  # thinking aloud: 'same-coloured blocks into the same-coloured bowls'
)
