"""Verbs that ask for a state rather than a move: 'free up X', 'uncover X', 'dig X out', 'X has to be freed up' (nothing on
X), 'get X on its own' (X on the table), 'separate X and Y', 'make room in W for two more blocks' (W holds at most its
capacity less two), 'I want to be able to grab X - get everything off it', each said as the request the clause reader
knows. Read among `speech.SPEECH`'s
rules, right after `voices.VOICES`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.words import NUMBERS
from sim.core import layout

_FREE = r"(?:free(?: up)?|uncover|unblock|unbury|dig out|dig up|open up|expose)"
_BLOCK = r"(the \w+ (?:block|one))"
_PAIR = rf"{_BLOCK} and {_BLOCK}"
_NOT = (r"(?:should not|must not|can not|cannot|may not|are not to|is not to|are not allowed to|is not allowed to|ought not to|must never|"
        r"should never|can never|need to not|have to not|do not|does not)")
_TOWER = r"(?:stack|tower|pile)"
_N = r"(?:one|two|three|four|five|a|[1-9])"


def _room(m: re.Match[str], said: str | None = None, bowl: str | None = None) -> str:
    """Room for N more blocks in W: W holds at most its capacity less N (empty when that is none)."""
    said = said or m[2]
    n = 1 if said == "a" else NUMBERS.get(said) or int(said)
    bowl = bowl or m[1] or m[3]
    if bowl is None or n > layout.BOWL_CAPACITY:
        return m[0]  # no bowl said, or more than a bowl holds: read as said (and refused)
    left = layout.BOWL_CAPACITY - n
    return f"empty {bowl}" if left == 0 else f"atmost {left} blocks in {bowl}"


_FREED = r"(?:freed(?: up)?|uncovered|unblocked|unburied|dug out|dug up|opened up|exposed)"

STATES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (rf"\b(the \w+ (?:block|one)) is (?:buried|stuck|trapped|hidden|covered|pinned)(?: up)? (?:under|beneath|underneath|by) [\w ]+?[.;,]\s*(?:so )?(?:it|that one) "
     rf"(?:has|needs|must|should|ought) (?:to )?(?:be |get )?{_FREED}\b", r"clear \1"),  # 'X is buried under Y. It has to be freed up.'
    (r"\b(the \w+ (?:block|one)) is (?:buried|stuck|trapped|hidden|covered|pinned)(?: down)? (?:under|beneath|underneath|by) [\w ]+?[.;,]\s*(?:so |now |please |"
     r"just )*(?:dig|get|pull|fish|free|rescue|uncover|unbury) (?:it|that one|the poor thing) (?:out|free|loose|up)\b", r"clear \1"),  # 'X is buried under Y. Dig it out.'
    (r"\b(?:dig|rescue) (the \w+ (?:block|one)) (?:out|free|loose)\b(?! of\b| from\b)", r"clear \1"),
    (r"\b(the \w+ bowl) (?:is|should|must|has to|needs to|ought to)(?: be)? not(?: be)? (?:left )?empty\b", r"\1 has a block in it"),  # 'W should not be empty'
    (r"(?:,? (?:but |and )?)?\b(?:i want |i would like |i need |make sure )?(?:that )?(?:one|a|at least one) (?:of the )?bowls? (?:to end up|should end up|should be|to be|"
     r"must be|to stay|should stay|stays?|remains?|is left|to be left|should be left|left) empty\b",
     lambda m: ", but not in one of the empty bowls" if m[0].startswith((",", " ")) else "do not put anything in one of the empty bowls"),  # one stays so
    (r"\s*[;.]\s*(?:and )?(?:every|each) bowl (?:should|must|has to|needs to|is to) (?:end up with|have|hold|get|contain) (?:at least )?(?:one|a) block(?: in it)?\b",
     ", and make sure no bowl is empty"),  # '...; every bowl should end up with a block': one goal with what comes before, never a later step
    (r"\b(?:i would like|i want|make sure) (?:that )?none of the bowls (?:to be|is|are)(?: left)? empty\b|\bno bowl should be left without a block\b|\b(?:do not|never) "
     r"leave (?:any|a) bowl empty\b|\bso that no bowl is empty\b", "make sure no bowl is empty"),
    (r"(?<!until )(?<!till )\bnone of the bowls (?:is|are|should be|may be|can be|must be)(?: left)? empty\b", "no bowl is empty"),
    (rf"\b{_FREE} (the \w+ (?:block|one))(?: (?:out|up))?(?: from under(?:neath)? [\w ]+?)?(?: first| now)?(?=\s*(?:[,.;!?]|$| and\b| so\b))", r"clear \1"),
    (rf"\b(it|that one|the \w+ (?:block|one)) (?:has|needs|must|should|ought|is) (?:to )?(?:be |get )?{_FREED}\b", r"clear \1"),
    (r"\b(?:(?:i|we) (?:want|need|would like) |make |get |leave )?(the \w+ bowl) empty,? (?:with|and) (?:its|the) blocks (?:out |all |put )*(?:on|onto) the "
     r"table\b", r"empty \1 onto the table"),  # 'I want W empty, with its blocks out on the table'
    # blocks kept apart: 'separate X from Y', 'keep X and Y apart', 'X and Y can't share a bowl / be in one stack'
    (rf"\b(?:separate|split up|pull apart|split) {_BLOCK} (?:from|and) {_BLOCK}(?: from (?:each other|one another))?(?=\s*(?:[,.;!?]|$| and\b| without\b| but\b))",
     r"keepapart \1 from \2"),
    (rf"\b(?:(?:do not|never) (?:let|leave|have) |(?:keep|get|pull|move|set|take|put|split|break|push|tease|pry|prise) ){_PAIR} (?:(?:stay|be|sit|remain) together\b(?:[;,.]? "
     rf"(?:just |so |instead )?(?:separate|split up|pull apart) them\b)?|apart\b)", r"keepapart \1 from \2"),
    (rf"\b{_PAIR} (?:(?:should|must|need to|have to|ought to) (?:be |stay |remain |be kept )?(?:apart|separated|separate)|{_NOT} (?:be |stay |sit "
     rf"|remain |end up )?together)\b", r"keepapart \1 from \2"),
    (rf"\b{_PAIR} {_NOT} (?:be in|share) (?:the same|one|a) {_TOWER} (?:or|nor|and) (?:be )?(?:in |share )?(?:the same|one|a) bowl\b",
     r"keepapart \1 from \2"),
    (rf"\b{_BLOCK} {_NOT} be stacked (?:with|on or under) {_BLOCK} (?:or|nor) (?:share a bowl|be in the same bowl) with (?:it|them)\b",
     r"keepapart \1 from \2"),
    (rf"\b{_PAIR} {_NOT} (?:share a bowl|be in (?:the same|one) bowl|go in (?:the same|one) bowl)\b", r"bowlapart \1 from \2"),
    (rf"\b{_BLOCK} {_NOT} (?:share a bowl with|be in the same bowl as|go in the same bowl as) {_BLOCK}", r"bowlapart \1 from \2"),
    (rf"\b{_PAIR} {_NOT} (?:be in (?:the same|one) {_TOWER}|be stacked together)\b", r"towerapart \1 from \2"),
    (rf"\b{_BLOCK} {_NOT} (?:be in the same {_TOWER} as|be stacked with) {_BLOCK}", r"towerapart \1 from \2"),
    (r"\b(?:get|put|set|leave|stand) (it|that one|them|the (?:[\w ]+? )?(?:block|one)) (?:all )?(?:on|by) (?:its|their) own(?=\s*(?:[,.;!?]|$))",
     r"put \1 on the table"),
    # what a block is freed for: 'I want to be able to grab X - get everything off it', 'take away everything stacked on it'
    (rf"\bi (?:want to|would like to|need to|should) be able to (?:grab|pick up|reach|get at|get to|lift|take) {_BLOCK}\s*[-,:;.]*\s*(?:so )?(?:could you |can you |please |"
     rf"would you )*(?:get|take|clear|move|lift) (?:everything|anything|whatever is|what is|all the blocks) (?:stacked |sitting |piled |that is )?(?:off|on top of|"
     rf"from on top of|on) (?:it|the \w+ block)\b", r"clear \1"),
    (rf"\b(?:take|lift|get) (?:away|off) (?:everything|anything|all the blocks|whatever is) (?:stacked |sitting |piled |that is )?(?:on top of|on|off) "
     rf"(it|{_BLOCK})(?=\s*(?:[,.;!?]|$))", r"clear \1"),
    (r"\bthe (?:block|one) (?:that is |which is |that s )?(?:in the way of|blocking|covering|trapping|burying|"
     r"(?:keeping|stopping|preventing) (?=the \w+ (?:block|one) from being (?:picked|lifted|moved|grabbed|taken)))\s*the (\w+ (?:block|one))(?: from "
     r"being (?:picked(?: up)?|lifted|moved|grabbed|taken))?", r"the block on top of the \1"),  # 'the block in the way of X', 'the block keeping X from being picked up'
    (rf"\b(?:dig|get|pull|free|fish) {_BLOCK} out from (?:under(?:neath)?|beneath) [\w ]+?(?=\s*(?:[,.;!?]|$| and\b))(?: and (?=(?:into|in|onto|on|to)\b))?",
     lambda m: f"clear {m[1]}" + (" and put it " if m[0].endswith("and ") else "")),  # 'dig X out from under the others and put it in W'
    (rf"\b{_BLOCK} is (?:buried|stuck|trapped|hidden|pinned)(?: down)? (?:under|beneath|underneath|by) [\w ]+?,? and (?:it|that one) (?=(?:needs|has|must|should))",
     r"\1 "),  # 'X is stuck under Y and Z, and it needs to end up in the bin'
    (r"[,;]?\s*\b(?:once|when|after) (?:it is|it s|that one is) (?:free|clear|uncovered|freed)(?: up)?,?\s*", "; then "),  # 'uncover X first; once it's free, ...'
    # room said for blocks to come: 'make room in W for two more blocks', 'W should have room for N more'
    (rf"\b(?:make|leave|clear) (?:some )?(?:room|space) (?:in (the \w+ bowl) )?for ({_N}) (?:more |extra )?(?:blocks?|cubes?)(?: in (the \w+ bowl))?", _room),
    (rf"\bi (?:want to|would like to|need to|should) be able to (?:put|fit|add) ({_N}) (?:more |extra )?(?:blocks?|cubes?) (?:in|into) (the \w+ bowl)(?:,? (?:so )?(?:make|"
     rf"leave|clear) (?:some )?(?:room|space)(?: for them)?)?", lambda m: _room(m, m[1], m[2])),
)
