"""Balance and equal shares, brought to plain moves by counting what each place holds now: 'put as many blocks in P as
there are in Q' and 'give P the same number of blocks as Q' (P gets Q's count, Q keeps it), 'one more block in P than
in Q', 'balance P and Q' and 'P and Q should be even' (the emptier gets blocks from the table until they match), 'split
the blocks (on the table) evenly between P and Q' (each block to one of them, equal shares). P and Q are bowls, the
bin, a corner or the middle (or 'the bowl holding X'); Q may be the table. A count in a place is every block whose tower stands there. Only a
request said in one step is read here: a count after earlier steps would be a count of a table not yet there. Read by
`goals` with `amounts`, after `phrasing.clean_text`."""

from __future__ import annotations

import re

from agent.planners.offline.words import DIGIT_WORDS
from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN
from sim.core.symbolic import SymState

_P = r"(the \w+ bowl|the bin|the (?:top|bottom) (?:left|right) corner|the middle)"
_Q = r"(the \w+ bowl|the bin|the (?:top|bottom) (?:left|right) corner|the middle|the table)"
_SAME = r"(?:exactly )?(?:the same number of|as many|an equal number of)"
_TO_RE = re.compile(  # P gets Q's count
    rf"^(?:i want |make it so that |put |place |get |move |throw )?{_SAME} blocks (?:in|into|at|on) {_P} as (?:there are |there is )?(?:in|on|at) "
    rf"{_Q}(?: has| holds| does| has in it)?$"
    rf"|^(?:give|make) {_P} (?:hold |have |get )?(?:the same number of blocks|as many blocks) as {_Q}(?: has| holds| does)?(?: in it)?$"
    rf"|^{_P} (?:gets|should get|holds|should hold|has|should have) as many blocks as {_Q}(?: has| holds| does)?$"
    rf"|^add blocks to {_P} until it (?:has|holds) the same number as {_Q}(?: has| holds| does)?$")
_MORE_RE = re.compile(  # P gets one more than Q
    rf"^(?:put |place )?one (?:more block|block more) (?:in|at|into) {_P} than (?:there is |there are )?(?:in|at|on) {_Q}$"
    rf"|^make {_P} (?:hold|have|get) one (?:more block|block more) than {_Q}(?: has| holds| does)?$"
    rf"|^there (?:is|should be) (?:exactly )?one block more (?:in|at) {_P} than (?:in|at|on) {_Q}$"
    rf"|^add blocks to {_P} until it (?:has|holds) one more than {_Q}(?: has| holds| does)?$")
_FEWER_RE = re.compile(rf"^{_P} (?:holds|has|should hold|should have) one (?:block )?fewer than {_Q}(?: has| holds| does)?$")
_EVEN_RE = re.compile(  # the emptier of P and Q filled up to the fuller
    rf"^(?:balance|even out|level(?: out)?|equali[sz]e) {_P} (?:and|against|with) {_P}(?: so (?:that )?they (?:hold|have) the same number of blocks)?$"
    rf"|^(?:make (?:it so that )?)?{_P} and {_P} (?:are |be |should be )?(?:even|balanced|balance|level|equally full)(?:,? with the same number of "
    rf"blocks in each)?(?:,? at least one)?$"
    rf"|^(?:how many blocks are in|the number of blocks in) {_P} (?:is|should be|must be) (?:the same as|equal to) the number (?:of blocks )?in {_P}$"
    rf"|^the number of blocks in {_P} (?:should |must )?(?:equals?|match(?:es)?) the number (?:of blocks )?in {_P}$"
    rf"|^(?:i would like |i want |make it so that )?{_P} and {_P} (?:to )?(?:hold|have|contain|balance)(?: the same number of blocks(?: in them)?)?$")
_NONZERO_RE = re.compile(r",? (?:with )?at least one(?: block)?(?: in each| each)?$|,? (?:and )?neither (?:of them )?(?:is )?empty$|,? and (?:the \w+(?: \w+)?|it) is "
                         r"not (?:empty|zero)$|,? with the same number of blocks in each$")
_KEEP_RE = re.compile(r",? (?:and )?(?:(?:keep|leave) (?:the \w+ \w+|it) (?:as it is|alone|where it is)|(?:do not|never) (?:touch|move) (?:the \w+ \w+|it)|"
                      r"without (?:taking any blocks out of|touching|moving) (?:the \w+ \w+|it)|never removing a block from (?:the \w+ \w+|it))$")
_SPLIT_RE = re.compile(
    rf"^(?:split|spread|divide|share)(?: out)? (?P<what>the blocks(?: on the table)?|all the blocks|all the blocks on the table) (?P<even>evenly |equally )?"
    rf"(?:between|over|across|among) {_P} and {_P}(?P<can> as evenly as (?:you can|possible))?$")


def _at(place: str) -> str:
    return f"at the {place}" if place.endswith("corner") else f"in the {place}"


def _spare(state: SymState, *away: str) -> list[str]:
    """Blocks on the table, free ones first, never one standing in a place named."""
    return sorted((b for b in state.on_the_table() if state.base(b) not in away), key=lambda b: len(state.above(b)))


def _fill(place: str, n: int, state: SymState, *keep: str) -> str:
    """Moves that leave exactly `n` blocks in `place`, from the table or back onto it."""
    have = [b for b in state.blocks if state.base(b) == place]
    if len(have) > n:
        tops = sorted(have, key=lambda b: len(state.above(b)))[: len(have) - n]
        return " and ".join(f"put the {b} on the table" for b in tops)
    return " and ".join(_added(place, n - len(have), _spare(state, place, *keep))) or f"leave the {place} alone"


def _added(place: str, k: int, spare: list[str]) -> list[str]:
    """Moves of `k` blocks taken off the front of `spare` into `place`, or refused when there are too few."""
    if len(spare) < k:
        raise PlanningError(f"the {place} would need {k} more blocks, but only {len(spare)} are free on the table")
    return [f"put the {spare.pop(0)} {_at(place)}" for _ in range(k)]


def _names(m: re.Match[str]) -> list[str]:
    return [g.removeprefix("the ") for g in m.groups() if g and g.startswith("the ")]


def balanced(text: str, state: SymState) -> str:
    """The request with a balance said as plain moves for the scene as it is now; else `text` unchanged."""
    if not rx(r"\b(?:same number|the number|as many|one (?:more|block more|block fewer|fewer)|balance|even|level|equal|split|spread|divide|share)").search(text) or rx(
            r"\b(?:then|after that|first|next|finally)\b|[;.]").search(text):
        return text
    text = rx(r"\bthe bowl (?:holding|with|that holds|that has|containing|which holds|which has) the (\w+ block)(?: in it)?\b").sub(
        lambda m: f"the {state.base(m[1])}" if m[1] in state.support and state.base(m[1]) in state.bowls else m[0], text)  # 'the bowl holding X'
    keep, nonzero = "", False
    while (tail := _KEEP_RE.search(text) or _NONZERO_RE.search(text)) is not None:
        keep, nonzero = (tail[0] + keep, nonzero) if tail.re is _KEEP_RE else (keep, True)  # '..., and keep Q as it is', '..., at least one'
        text = text[: tail.start()]
    return (_moves(text, state, nonzero) or text) + keep


def _moves(text: str, state: SymState, nonzero: bool) -> str | None:
    if m := _TO_RE.match(text) or _FEWER_RE.match(text):
        p, q = _names(m)
        n = state.count_at(q) - (m.re is _FEWER_RE)
        if p == q:
            raise PlanningError("say two different places")
        if n < int(nonzero):
            raise PlanningError(f"the {q} holds {state.count_at(q)} blocks, so the {p} cannot match it and hold at least one")
        return _fill(p, n, state, q)
    if m := _MORE_RE.match(text):
        p, q = _names(m)
        return _fill(p, state.count_at(q) + 1, state, q) if p != q else None
    if m := _EVEN_RE.match(text):
        p, q = _names(m)
        n = max(state.count_at(p), state.count_at(q), 1)
        spare = _spare(state, p, q)  # shared: a block goes to one of them
        moves = [move for w in (p, q) for move in _added(w, n - state.count_at(w), spare)]
        return " and ".join(moves) or f"leave the {p} and the {q} alone"
    if m := _SPLIT_RE.match(text):
        p, q = _names(m)[-2:]
        blocks = state.on_the_table() if "table" in m["what"] else [b for b in state.blocks if state.base(b) != BIN or BIN in (p, q)]
        if len(blocks) % 2 and not m["can"]:
            raise PlanningError(f"{DIGIT_WORDS.get(len(blocks), len(blocks))} blocks cannot be split evenly between two places; say where the odd one goes")
        first = [b for b in blocks if state.base(b) == p][: (len(blocks) + 1) // 2]
        second = [b for b in blocks if state.base(b) == q][: len(blocks) // 2]
        rest = sorted((b for b in blocks if b not in first and b not in second), key=lambda b: len(state.above(b)))
        k = (len(blocks) + 1) // 2 - len(first)
        moves = [f"put the {b} {_at(p)}" for b in rest[:k]] + [f"put the {b} {_at(q)}" for b in rest[k:]]
        return " and ".join(moves) or f"leave the {p} and the {q} alone"
    return None

