"""Verbs that ask for a state rather than a move: 'free up X', 'uncover X', 'dig X out', 'X has to be freed up' (nothing on
X), 'get X on its own' (X on the table), each said as the request the clause reader knows. Read among `speech.SPEECH`'s
rules, right after `voices.VOICES`."""

from __future__ import annotations

_FREE = r"(?:free(?: up)?|uncover|unblock|unbury|dig out|dig up|open up|expose)"
_FREED = r"(?:freed(?: up)?|uncovered|unblocked|unburied|dug out|dug up|opened up|exposed)"

STATES: tuple[tuple[str, str], ...] = (
    (rf"\b(the \w+ (?:block|one)) is (?:buried|stuck|trapped|hidden|covered|pinned)(?: up)? (?:under|beneath|underneath|by) [\w ]+?[.;,]\s*(?:so )?(?:it|that one) "
     rf"(?:has|needs|must|should|ought) (?:to )?(?:be |get )?{_FREED}\b", r"clear \1"),  # 'X is buried under Y. It has to be freed up.'
    (rf"\b{_FREE} (the \w+ (?:block|one))(?: (?:out|up))?(?: from under(?:neath)? [\w ]+?)?(?=\s*(?:[,.;!?]|$| and\b| so\b))", r"clear \1"),
    (rf"\b(it|that one|the \w+ (?:block|one)) (?:has|needs|must|should|ought|is) (?:to )?(?:be |get )?{_FREED}\b", r"clear \1"),
    (r"\b(?:(?:i|we) (?:want|need|would like) |make |get |leave )?(the \w+ bowl) empty,? (?:with|and) (?:its|the) blocks (?:out |all |put )*(?:on|onto) the "
     r"table\b", r"empty \1 onto the table"),  # 'I want W empty, with its blocks out on the table'
    (r"\bseparate (the \w+ (?:block|one)) (?:from|and) (the \w+ (?:block|one))(?=\s*(?:[,.;!?]|$| and\b))", r"\1 should not be on \2, and \2 should not "
     r"be on \1"),  # 'separate X from Y': neither on the other, whichever is on top
    (r"\b(?:get|put|set|leave|stand) (it|that one|them|the (?:[\w ]+? )?(?:block|one)) (?:all )?(?:on|by) (?:its|their) own(?=\s*(?:[,.;!?]|$))",
     r"put \1 on the table"),
)
