"""Relations said of two blocks at once, with 'each other', 'one another', 'both' and 'on its own', each said as the
sentence the clause reader knows: 'put X and Y on top of one another' (a stack of the two), 'move X and Y apart from
each other' and 'take Y away from it: not in its bowl and not in its tower' (no shared bowl or tower), 'X and Y are
both on the table, each one on its own' (nothing on either), 'then Z on top of the other two' (on the last one put), and
'..., and both are on the table' (both of them). Read among `speech.SPEECH`'s rules, after `sharing.SHARING`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx
from sim.core.lexicon import COLOURS

_B = r"(the (?:\w+ )?(?:block|cube|one)(?: (?:that is |which is )?(?:in|on|under|on top of) the \w+ (?:bowl|block))?)"  # 'the only block in W'
_EACH_OTHER = r"(?:each other|one another)"
_APART = r"(?:apart|away)"
_SHARE_NONE = (r"(?:\s*[:;,-]\s*|,? so (?:that )?(?:they|the two)(?: will)? )(?:(?:neither |not )(?:in|on) (?:its|the same|one) (?:bowl|tower|stack)(?:,? (?:and|or|nor) "
               r"(?:not )?(?:in |on )?(?:its|the same|one) (?:bowl|tower|stack))?|(?:share|sharing) (?:no|neither a) bowl (?:and|or|nor) (?:no |a )?(?:tower|stack)|no "
               r"shared bowl (?:and|or|nor) no shared (?:tower|stack))")

def _pair(m: re.Match[str]) -> str:
    """Two blocks stacked in either order: the one named by its colour goes on the one described ('put X on the block in W')."""
    a, b = (m[2], m[1]) if rx(r"the \w+ (?:block|cube)").fullmatch(m[2]) and not rx(r"the \w+ (?:block|cube)").fullmatch(m[1]) else (m[1], m[2])
    return f"put {a} on {b}"


RECIPROCALS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (rf"\b(?:put|place|stack|set|pile) {_B} and {_B} (?:on top of|on|onto) {_EACH_OTHER},? (?:but )?not (?:in|inside) (?:any|a) bowl\b",
     r"put \2 on the table, then put \1 on \2"),  # '..., not inside any bowl': a tower on the table
    (rf"\b(?:put|place|stack|set|pile) {_B} and {_B} (?:on top of|on|onto) {_EACH_OTHER}(?:,? (?:in )?(?:either|any) (?:order|way(?: round)?))?",
     _pair),  # 'put X and the only block in W on top of one another, in either order': the one named by colour on the other
    (rf"\b{_B} and {_B} (?:are|should be|must be)(?: both)? (?:stacked )?(?:on top of|on) {_EACH_OTHER}\b", r"stack \1 and \2"),
    (rf"\b(swap|switch|exchange|trade)((?: (?:places|positions|spots))?) ([^.;]*?),? with {_EACH_OTHER}", r"\1\2 \3"),  # 'swap X and Y with each other'
    (rf"\b(share|sharing) (a bowl|one bowl|the same bowl|a tower|a stack),? with {_EACH_OTHER}", r"\1 \2"),
    (rf"\b(the same (?:bowl|tower|stack)) as {_EACH_OTHER}", r"\1"),
    (rf"\b(?:make sure (?:that )?)?{_B} and {_B} (?:are|should be|must be) not (?:in )?the same bowl (?:or|nor) (?:in )?the same (?:tower|stack)(?: as {_EACH_OTHER})?",
     r"keepapart \1 from \2"),
    (rf"\b{_B} (?:is|should be|goes|ends up) where {_B} is(?: now)?,? and \2 (?:is|should be|goes|ends up) where \1 (?:is|was)(?: now)?(?=\s*(?:$|[,.;]))", r"swap \1 and \2"),
    (rf"\b(?:(?:make|have|let|get) )?{_B} and {_B} (?:have |should have |to )?(?:swapped|switched|swap|switch|trade|traded|exchanged|changed) (?:places|positions|spots)(?: with {_EACH_OTHER})?",
     r"swap \1 and \2"),  # 'X and Y have swapped places', 'make X and Y trade places'
    (rf"\b(?:i want|i would like|i need) {_B} and {_B} (?:swapped|switched|exchanged)(?: (?:round|around|over))?(?: with {_EACH_OTHER})?", r"swap \1 and \2"),
    (rf"\b(?:i want|i would like|i need) {_B} and {_B} (?:kept |to be kept |to stay |to be )?{_APART} from {_EACH_OTHER}(?:{_SHARE_NONE})?", r"keepapart \1 from \2"),
    (rf"\b(?:do not|never) (?:leave|keep|let) {_B} and {_B} (?:stay )?together(?:{_SHARE_NONE})?", r"keepapart \1 from \2"),
    (rf"\b{_B} (?:should be|is|goes|must be) in a bowl,? and {_B} (?:should be |is |goes |must be )?in a different bowl(?: from (?:it|\1))?\b",
     r"put \1 and \2 in different bowls"),
    (rf"\b(?:stand|put|set|place|leave) (the (?:{'|'.join(COLOURS)}) (?:block|cube)) (?:all )?(?:on its own|by itself|alone) on the table(?=\s*(?:$|[,.;]| and\b))",
     r"put \1 on the table, and nothing should be on \1"),
    (r"\b(the (\w+) block) (?:should have|gets|must have|has) (?:the bowl of its (?:own )?colou?r|its (?:own |matching )?bowl|its matching bowl) (?:all )?to itself\b",
     r"\1 should be the only block in the \2 bowl"),
    # one of the two on the other: 'put one of X and Y on the other', '..., but not X on top', '..., keeping X where it is'
    (rf"\b(?:put|place|stack|set) one of {_B} and {_B} (?:on top of|on|onto) the other(?: one)?,? but not \1 on top\b", r"put \2 on \1"),
    (rf"\b(?:put|place|stack|set) one of {_B} and {_B} (?:on top of|on|onto) the other(?: one)?,? but not \2 on top\b", r"put \1 on \2"),
    (rf"\b(?:put|place|stack|set) one of {_B} and {_B} (?:on top of|on|onto) the other(?: one)?,? (?:while )?(?:keeping|leaving) \1 (?:where it is|in place|alone)\b",
     r"put \2 on \1, and leave \1 where it is"),
    (rf"\b(?:put|place|stack|set) one of {_B} and {_B} (?:on top of|on|onto) the other(?: one)?,? (?:while )?(?:keeping|leaving) \2 (?:where it is|in place|alone)\b",
     r"put \1 on \2, and leave \2 where it is"),
    (rf"\b(?:put|place|stack|set) one of {_B} and {_B} (?:on top of|on|onto) the other(?: one)?\b", _pair),
    (rf"^one of {_B} and {_B} (?:sits|rests|stands|is|should be|goes|should sit|ends up) (?:on top of|on) the other(?: one)?,? (?:inside|in) (the \w+ bowl)\b",
     r"put \2 on \1, and put \1 in \3"),  # 'One of X and Y sits on the other, inside W'
    (r"^(?:inside|in) (the \w+ bowl),? one of the (\w+) and (?:the )?(\w+) blocks (?:sits|rests|stands|is|should be|ends up) (?:on top of|on) the other(?: one)?\b",
     r"put the \3 block on the \2 block, and put the \2 block in \1"),
    (rf"\b(?:put|place|move|set) one of {_B} and {_B} (in|into|on|onto|at) ([^,.;]+?),? and the other(?: one)? (in|into|on|onto|at) ([^,.;]+?)(?=$|[,.;])",
     r"put \1 \3 \4 and put \2 \5 \6"),  # 'put one of X and Y in W and the other on the table': either way round
    (rf"\b(?:move|take|get|pull|keep|set|push) {_B} and {_B} {_APART} from {_EACH_OTHER}(?:{_SHARE_NONE})?", r"keepapart \1 from \2"),
    (rf"\b(?:move|take|get|pull|keep|set|push) the (\w+)(?: block)? and (?:the )?(\w+) blocks? {_APART} from {_EACH_OTHER}(?:{_SHARE_NONE})?", r"keepapart the \1 block from the \2 block"),
    (rf"\b(leave|keep) {_B} (alone|where it is|as it is|in place)(,? and|;|,) (?:take|move|get|pull|keep|set) {_B} {_APART} from it(?:{_SHARE_NONE})?",
     r"\1 \2 \3\4 keepapart \5 from \2"),  # 'Leave X alone and take Y apart from it: not in its bowl and not in its tower'
    (rf"\b(?:take|move|get|pull|keep|set) {_B} {_APART} from {_B}{_SHARE_NONE}", r"keepapart \1 from \2"),
    (rf"\b(put|place|move|set) {_B} ([^,.;]+?),? apart from {_B}\s*[:;,-]\s*not in the same (?:bowl|tower|stack)(?:,? (?:or|and|nor) (?:in )?(?:the same )?"
     r"(?:bowl|tower|stack))?", r"\1 \2 \3, and keepapart \2 from \4"),  # 'put X in its bowl, apart from Y: not in the same bowl or tower'
    (rf"\b{_B} and {_B} (?:are|should be|must be|stand|sit)(?: both)? on the table,? (?:each|both)(?: one| of them)? (?:on its own|by itself|alone|on their own|by "
     r"themselves)\b", r"nothing should be on \1 and \1 should be on the table, and nothing should be on \2 and \2 should be on the table"),
    (rf"\b(then (?:put )?{_B} on(?: top of)? (?:it|the \w+ block)),? (?:and )?then (?:put )?{_B} on top of (?:the other two|both(?: of them)?|them both|the two)\b",
     r"\1, then put \3 on \2"),  # '..., then Y on it, and then Z on top of the other two': on Y
    (r"(?<=[,;] )(and )?both (?=(?:are|is|should|must|stay|stays|end up|go|have|sit|remain)\b)(?!(?:are|is) (?:fine|ok|okay|good|acceptable|possible|allowed|equally)\b)", r"\1both of them "),  # 'both' said alone: both of them
)

RECIPROCALS_ASKED: tuple[tuple[str, str], ...] = (
    (r",? (?:as|with) (?:each other|one another)(?=\W*$)", ""),  # 'are X and Y in the same bowl as each other?'
    (rf"^are {_B} and {_B} (?:together )?in (?:one|the same|a single) bowl(?: together)?", r"are \1 and \2 in the same bowl"),
    (rf"^are {_B} and {_B} together in (?:one|the same|a single) (tower|stack)", r"are \1 and \2 in the same tower"),
    (r"^is (the \w+ block) in a bowl (?:all )?(?:by itself|on its own|alone)", r"is \1 the only block in the bowl with \1 in it"),
    (r"^how many (?:of the )?bowls have at least one block in (?:them|it)", "how many bowls have a block in them"),
)
