"""What lies on top of a block, beside the other questions in `agent.answers`: what is blocking or covering X (every
block above it, the one right on it first; what you would have to move to get to X), how many blocks must come off to
uncover X, whether X is free to pick up (and how many are), how many blocks have something on them, and whether two
blocks are in one stack. Read from the perceived scene."""

from __future__ import annotations

import re

from agent.answers.reading import Answer, _one, _the, _Unclear
from sim.core.lexicon import BIN, GRIPPER
from sim.core.perceived import Scene
from sim.core.symbolic import SymState

_X = r"(the \w+ (?:block|cube|one))"
_ON = r"(?:(?:stacked|piled|sitting|resting|lying|standing|placed|put) )?(?:up )?(?:on top of|on|atop|over)"
_SOMETHING = r"(?:something|anything|a block|another block|any blocks?|blocks|other blocks|a cube|stuff|things)"
_TOWER = r"(?:stack|tower|pile)"
_BLOCKING_RE = re.compile(rf"^(?:which|what)(?: block| blocks| one| ones| thing| things)? (?:is|are) (?:blocking|covering(?: up)?|burying|trapping|"
                          rf"pinning(?: down)?|weighing down|holding down) {_X}$")
_FREE = r"(?:uncover|free(?: up)?|get (?:at|to)|reach|clear|unbury|expose|pick up|grab)"
_UNCOVER_RE = re.compile(rf"^how many (?:blocks|cubes|ones)(?: (?:would|will|do|does|must|should) (?:i|you|we|one))?(?: (?:have|has|need|needs|got) to| must| "
                         rf"should)? (?:be )?"
                         rf"(?:take|lift|move|remove|get|taken|lifted|moved|removed)(?: off| away)?(?: of)?(?: {_X})? "
                         rf"(?:to|so as to|in order to|before (?:i|you|we) can) {_FREE} {_X}$|^(?:to|so as to|in order to) {_FREE} {_X},? how many "
                         rf"(?:blocks|cubes|ones) (?:need|needs|have|has|must|should) (?:to )?(?:come|be taken|be lifted|be moved|be removed|get taken|go) "
                         rf"(?:off|away)(?: (?:of )?(?:it|that one))?$")
_COVERED_RE = re.compile(rf"^how many (?:of (?:the )?)?(?:blocks|cubes)(?: that| which)? (?:(?:have|has)(?: got)?|are there with|with) {_SOMETHING} {_ON} "
                         rf"(?:them|it|top)(?: right now| now| currently| at the moment)?(?::? how many)?$"
                         rf"|^how many (?:of (?:the )?)?(?:blocks|cubes) (?:are|is) (?:covered|topped|buried|blocked) (?:by|with) {_SOMETHING}$")
_FREE_TO_RE = re.compile(rf"^is {_X} (?:free|clear|ready|available) (?:to (?:be )?(?:pick(?:ed)? up|grab(?:bed)?|lift(?:ed)?|move[d]?|take[n]?)|for (?:picking up|"
                         rf"the taking))(?: right now| now| yet)?$")
_TO_MOVE_RE = re.compile(rf"^what (?:would|do|must|should|will) (?:i|you|we) (?:need|have) to (?:move|take off|lift off|clear|shift)(?: first)? (?:to|before (?:i|you|we) "
                         rf"can) {_FREE} {_X}$")
_FREE_COUNT_RE = re.compile(r"^how many (?:of the )?blocks (?:are|is) (?:free|clear|ready|uncovered)(?: (?:to (?:lift|pick up|grab|take)(?: (?:straight )?off| up)?|for "
                            r"(?:picking up|lifting)))?(?:,? with nothing (?:on top of|on|above) them)?$")
_SAME_TOWER_RE = re.compile(rf"^(?:is|are) {_X} (?:in|part of) the same {_TOWER} as {_X}$|^(?:are|is) {_X} and {_X} (?:in|part of) (?:the same|one|a single) "
                            rf"{_TOWER}$|^(?:are|is) {_X} and {_X} (?:stacked|piled) (?:together|up together|on (?:each other|one another))$")


def covered(q: str, scene: Scene, state: SymState) -> Answer | None:
    """An answer to a normalised question about what is on top of blocks, None for other questions."""
    if _FREE_COUNT_RE.match(q):  # 'how many blocks are free to lift straight off, with nothing on top of them?'
        found = [b for b in state.blocks if state.is_clear(b) and state.support[b] not in (BIN, GRIPPER)]
        return Answer("count", f"{len(found)}" + (f": {_the(found)}." if found else " blocks are free."), len(found))
    if m := _FREE_TO_RE.match(q):  # 'is X free to pick up?': nothing on it
        on = state.on_top(block := _block(m[1], scene, state))
        return Answer("yes_no", f"No: {_the(on)} is on the {block}." if on else f"Yes: nothing is on the {block}.", not on)
    if m := _BLOCKING_RE.match(q) or _TO_MOVE_RE.match(q):
        above = state.above(_block(m[1], scene, state))[::-1]  # right on it first
        return Answer("which", f"{_the(above).capitalize()}." if above else f"Nothing: the {_one(m[1], scene)} is clear.", above)
    if m := _UNCOVER_RE.match(q):
        block = _block(next(g for g in m.groups()[::-1] if g), scene, state)
        above = state.above(block)
        return Answer("count", f"{len(above)}" + (f": {_the(above)}." if above else f": nothing is on the {block}."), len(above))
    if _COVERED_RE.match(q):
        found = [b for b in state.blocks if state.on_top(b)]
        return Answer("count", f"{len(found)}" + (f": {_the(found)}." if found else " blocks have a block on them."), len(found))
    if m := _SAME_TOWER_RE.match(q):
        a, b = (_block(x, scene, state) for x in m.groups() if x)
        yes = a in state.above(b) or b in state.above(a)
        return Answer("yes_no", f"Yes: the {a if b in state.above(a) else b} is under the {b if b in state.above(a) else a}." if yes else
                      f"No: they are not in one stack (the {a} stands on the {state.support[a]}, the {b} on the {state.support[b]}).", yes)
    return None


def _block(phrase: str, scene: Scene, state: SymState) -> str:
    name = _one(phrase, scene)
    if name not in state.support:
        raise _Unclear(f"I can say that of blocks; the {name} is not a block.")
    return name
