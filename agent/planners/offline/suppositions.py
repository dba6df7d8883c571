"""Questions about what a request would do, split into the request and the question: 'if you swapped X and Y, which bowl
would X be in?', 'suppose X and Y traded places: ...', 'how many blocks would be in W after swapping what is in it with what
is in V?', 'how many blocks would you have to lift out of W before it is empty?'. `OfflinePlanner` plans the request
without moving anything and answers the question about the table as the plan would leave it (or counts the plan's moves).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.planners.offline.words import GERUNDS
from agent.regex import rx

_PAST = {"went": "go", "swapped": "swap", "switched": "switch", "traded": "trade", "exchanged": "exchange", "moved": "move", "put": "put", "placed": "place",
         "reversed": "reverse", "flipped": "flip", "turned": "turn", "binned": "bin", "took": "take", "taken": "take", "kept": "keep", "lifted": "lift",
         "stacked": "stack", "dropped": "drop", "emptied": "empty", "cleared": "clear", "did": "do", "done": "do", "repeated": "repeat", "slipped": "slip",
         "tucked": "tuck", "slid": "slide", "set": "set", "threw": "throw", "thrown": "throw", "sorted": "sort", "removed": "remove", "got": "get"}
_PAST_RE = re.compile(rf"\b(?:{'|'.join(_PAST)})\b")
_ASK = r"(?:how many|how|what|which|where|who|is|are|would|will|does|do|could|can)\b"
_IF_RE = re.compile(rf"^\W*(?:(?:so|now|ok|okay|quick question),?\s+)?(?:what if|if|suppose|supposing|say|imagine|assume|pretend|after|once)(?: that)?\s+(?P<cmd>[^?]+?)\s*"
                    rf"(?:[,:;.]|\s-+)\s*(?:then,?\s+)?(?P<q>{_ASK}[^?]*)\?*\s*$", re.I)
_DOING_RE = re.compile(r"^\W*(?P<cmd>\w+ing\b[^?]+?)\s*[,:;]\s*(?P<q>how many[^?]*)\?*\s*$", re.I)  # 'taking them one at a time, how many moves is that?'
_AFTER_RE = re.compile(rf"^\W*(?P<q>{_ASK}[^?]*?),?\s+(?:if|once|after|when)\s+(?P<cmd>[^?]+?)\s*\?*\s*$", re.I)
_MOVES_RE = re.compile(r"^\W*how many (?:times|blocks|moves|trips|goes)(?: to the bin)? would (?:you|it|I) (?:have to|need to|take to|need|take)?\s*(?P<cmd>.+?)\s*"
                       r"(?P<cond>(?:before|until|till) .+?)?\s*\?*\s*$", re.I)
_COUNT_Q_RE = re.compile(r"^how many(?: blocks| of them)?(?: would (?:you|i|it)(?: have to| need to)? (?:take|lift|move|bin|put|need)(?: out| off| away)?| (?:moves|trips|"
                         r"goes|steps)(?: (?:is|would) (?:that|it)(?: be| take)?)?| is that| would that be| would it take)\W*$", re.I)


@dataclass(frozen=True)
class Supposed:
    """A question about a request not carried out: the request as a command, the question as asked of the table after it
    (or, when `moves` is set, the answer is how many blocks the plan moves)."""

    command: str
    question: str
    moves: bool = False


def supposed(instruction: str) -> Supposed | None:
    """The request and the question in 'if you did X, what would Y be?' (and its other orders); None for anything else."""
    text = rx(r"^\W*(?:taking|counting|doing|moving) (?:them|it|the blocks) one (?:at a time|by one),?\s*", re.I).sub("", instruction.strip())
    if m := _MOVES_RE.match(text):  # 'how many blocks would you have to lift out of W before it is empty?'
        cmd = rx(r"^(\w+) (?=(?:out|off|from|into|in|onto|to)\b)").sub(r"\1 blocks ", m["cmd"].strip(" ,"))  # 'lift out of W': lift blocks
        if m["cond"] or rx(r"\W*how many (?:moves|trips|goes)\b", re.I).match(text):  # never 'how many would I take off to uncover X' (`answers`)
            return Supposed(_command(cmd) + (f" until {m['cond'].split(' ', 1)[1]}" if m["cond"] else ""), "", moves=True)
    m = _IF_RE.match(text) or _DOING_RE.match(text) or _AFTER_RE.match(text)
    if m and not rx(r"\b(?:would|will|could)\b", re.I).search(m["q"]) and not rx(r"\W*(?:suppose|supposing|imagine|say|assume|pretend|what if)\b", re.I).match(text):
        return None  # 'what I'd like to see when I look at the table: ...' asks nothing about a request
    if m is None or not _PAST_RE.search(m["cmd"]) and not rx(r"(?:you|we|i) \w+|(?:a )?(?:swap|trade|switch|exchange)\b", re.I).match(m["cmd"]) and not rx(
            r"\b\w+ing\b").search(m["cmd"]):
        return None
    command, question = _command(m["cmd"].lower()), m["q"].strip()
    if _COUNT_Q_RE.match(question):
        return Supposed(command, "", moves=True)
    named = rx(r"\bthe \w+ (?:bowl|block)\b").findall(question)
    if other := rx(r"(?:a )?(?:swap|trade|switch|exchange)(?: places)? with (the \w+ block)$").match(command):  # 'X ... after trading places with Y'
        command = f"swap {next((n for n in named if n.endswith('block')), 'it')} and {other[1]}"
    question = rx(r"\bthat bowl\b").sub((rx(r"\bthe \w+ bowl\b").findall(m["cmd"]) or ["that bowl"])[-1], question)
    command = rx(r"\b(?:in|of|from|out of|into) it\b").sub(lambda w: f"{w[0][:-3]} {named[0]}", command) if named else command
    if tower := rx(r"\bthe (?:tower|stack|pile)(?: of blocks)?\b").search(question):  # '... once its top block was moved': the tower asked about
        command = rx(r"\bits (top|bottom) block\b").sub(rf"the \1 block of {tower[0]}", command)
    return Supposed(command, _present(question))


def _command(said: str) -> str:
    """'you swapped X and Y' -> 'swap X and Y'; 'X were slipped in under Y' -> 'slip X in under Y'; 'swapping X with Y' -> 'swap X with Y'."""
    said = rx(r"^(?:you|we|i|someone|somebody)(?: would| were to| had| did| just)?\s+", re.I).sub("", said.strip(" ,."))
    passive = rx(rf"^(?P<x>.+?) (?:were|was|got|had been|is|are) (?P<v>{'|'.join(_PAST)})\b(?P<rest>.*)$", re.I).match(said)
    if passive and not rx(r"\b(?:and|then)\b").search(passive["x"]):
        said = f"{_PAST[passive['v'].lower()]} {passive['x']}{passive['rest']}"
    said = _PAST_RE.sub(lambda v: _PAST[v[0]], said)
    said = rx(r"^(the \w+ block) (?:go|went|goes) (?:in )?(under|underneath|beneath)\b").sub(r"put \1 \2", said)  # 'X went in under Y'
    said = rx(r",? with (the \w+ block) (?:staying|still|left|remaining) [\w ]+$").sub("", said)
    return rx(r"(^|\band )(\w+ing)\b").sub(lambda g: g[1] + GERUNDS.get(g[2], g[2]), said)  # 'swapping X with Y' (never 'keep taking')


def _present(question: str) -> str:
    """'which bowl would X be in' -> 'which bowl is X in'; 'would X still have blocks on it' -> 'does X have blocks on it'."""
    q = rx(r"\b(?:then|after that|afterwards|at the end|in the end|now|still)\b", re.I).sub("", question)
    q = rx(r"^how many (?:blocks?|of them) would (?:be )?(?:left|remaining|left over)(?: (?:on|in) (the [\w ]+))?$", re.I).sub(
               lambda m: f"how many blocks are on {m[1]}" if m[1] else "how many blocks are not in the bin", q.strip(" ,"))  # 'how many would be left': not thrown away
    q = rx(r"\b(?:the (bottom|top) block|at the (bottom|top))$", re.I).sub(lambda m: f"at the {m[1] or m[2]} of the stack", q.strip(" ,"))
    q = rx(r"\bwould (the \w+ (?:block|bowl|stack|tower|table)|it|they|any blocks?|anything|something)(?: still)? (?:be|end up|rest|sit|stand|be sitting|be "
               r"resting|be standing)\b", re.I).sub(lambda m: f"{'are' if m[1].endswith('blocks') or m[1] == 'they' else 'is'} {m[1]}", q)
    q = rx(r"\bwould (the \w+ (?:block|bowl|stack|tower|table)|it)(?: still)? (have|hold|contain)\b", re.I).sub(r"does \1 \2", q)
    q = rx(r"\bwould (?:still )?(?:be|end up)\b", re.I).sub("are" if rx(r"how many\b", re.I).match(q) else "is", q)
    q = rx(r"\b(is|are) (the \w+ block) (?:resting |sitting |standing )?on\b", re.I).sub(r"\1 \2 on", q)
    return rx(r"\s+").sub(" ", q).strip(" ,") + "?"
