"""Verbs that ask for a state rather than a move: 'free up X', 'uncover X', 'dig X out', 'X has to be freed up' (nothing on
X), 'get X on its own' (X on the table), each said as the request the clause reader knows. Read among `speech.SPEECH`'s
rules, right after `voices.VOICES`."""

from __future__ import annotations

_FREE = r"(?:free(?: up)?|uncover|unblock|unbury|dig out|dig up|open up|expose)"
_BLOCK = r"(the \w+ (?:block|one))"
_PAIR = rf"{_BLOCK} and {_BLOCK}"
_NOT = (r"(?:should not|must not|can not|cannot|may not|are not to|is not to|are not allowed to|is not allowed to|ought not to|must never|"
        r"should never|can never|need to not|have to not|do not|does not)")
_TOWER = r"(?:stack|tower|pile)"
_FREED = r"(?:freed(?: up)?|uncovered|unblocked|unburied|dug out|dug up|opened up|exposed)"

STATES: tuple[tuple[str, str], ...] = (
    (rf"\b(the \w+ (?:block|one)) is (?:buried|stuck|trapped|hidden|covered|pinned)(?: up)? (?:under|beneath|underneath|by) [\w ]+?[.;,]\s*(?:so )?(?:it|that one) "
     rf"(?:has|needs|must|should|ought) (?:to )?(?:be |get )?{_FREED}\b", r"clear \1"),  # 'X is buried under Y. It has to be freed up.'
    (rf"\b{_FREE} (the \w+ (?:block|one))(?: (?:out|up))?(?: from under(?:neath)? [\w ]+?)?(?=\s*(?:[,.;!?]|$| and\b| so\b))", r"clear \1"),
    (rf"\b(it|that one|the \w+ (?:block|one)) (?:has|needs|must|should|ought|is) (?:to )?(?:be |get )?{_FREED}\b", r"clear \1"),
    (r"\b(?:(?:i|we) (?:want|need|would like) |make |get |leave )?(the \w+ bowl) empty,? (?:with|and) (?:its|the) blocks (?:out |all |put )*(?:on|onto) the "
     r"table\b", r"empty \1 onto the table"),  # 'I want W empty, with its blocks out on the table'
    # blocks kept apart: 'separate X from Y', 'keep X and Y apart', 'X and Y can't share a bowl / be in one stack'
    (rf"\b(?:separate|split up|pull apart|split) {_BLOCK} (?:from|and) {_BLOCK}(?: from (?:each other|one another))?(?=\s*(?:[,.;!?]|$| and\b))",
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
)
