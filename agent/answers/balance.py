"""Whether places hold the same number of blocks, asked the ways people ask it: 'are there as many blocks in W as on
the table?', 'does W have the same number of blocks as V?', 'are W and V evenly filled?', 'are the bowls balanced?',
'are the blocks evenly split between W and the table?'. Counted as people count: in a bowl, the bin or a corner, every
block whose tower stands there; on the table, every block whose tower stands on it (`SymState.on_the_table`)."""

from __future__ import annotations

import re

from agent.answers.reading import Answer
from agent.regex import rx
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.symbolic import SymState

_P = r"(the \w+ bowl|the table|the bin|the (?:top|bottom) (?:left|right) corner|the middle)"
_SAME = r"(?:the same number of|as many|an equal number of|equal numbers of)"
_BALANCED_RE = re.compile(
    rf"^(?:are|is) there {_SAME} blocks (?:in|on|at) {_P} as (?:there are )?(?:in|on|at) {_P}\b"
    rf"|^(?:does|do) {_P} (?:have|hold|contain)(?: got)? {_SAME} blocks(?: in it| on it)? as (?:there are (?:in|on|at) )?{_P}\b"
    rf"|^(?:are|do|does) {_P} and {_P} (?:hold |have |contain )?(?:(?:balanced|evenly filled|evenly split|equally full|an even share of "
    rf"blocks)|{_SAME} blocks|the same number)\b"
    rf"|^is {_P} (?:balanced|even|level) with {_P}\b"
    rf"|^(?:is the number of blocks (?:in|on|at) {_P}|the number of blocks (?:in|on|at) {_P} is) (?:the same as|equal to) (?:the number(?: of blocks)? )?"
    rf"(?:in|on|at) {_P}\b"
    rf"|^are the blocks (?:evenly |equally )?(?:split|shared|divided) between {_P} and {_P}\b"
    r"|^(?P<all>(?:are|is) (?:all )?(?:the|every) bowls? (?:balanced|evenly filled|equally full)|do (?:all )?the bowls (?:hold|have|contain) the same "
    r"number of blocks|does every bowl (?:hold|have|contain) the same number of blocks)")


def balanced(question: str, state: SymState) -> Answer | None:
    """Yes when the places named hold the same number of blocks, with each count; None for any other question."""
    if (m := _BALANCED_RE.match(rx(r"[?!.\s]+$").sub("", question.lower().strip()))) is None:
        return None
    places = list(state.bowls) if m["all"] else [g.removeprefix("the ") for g in m.groups()[:-1] if g]
    if any(p not in (*state.bowls, TABLE, BIN, *PLACES) for p in places):
        return None
    counts = [state.count_at(p) for p in places]
    same = len(set(counts)) == 1
    said = ", ".join(f"{n} {'on' if p == TABLE else 'in'} the {p}" for p, n in zip(places, counts))
    return Answer("yes_no", f"{'Yes' if same else 'No'}: {said}.", same)
