"""An arm told to walk ('Go to W, take X out of it', 'turn to the bin, and drop it in', 'carry it to W and put it down
there'), and a step that drops a thing 'in' or 'there' without saying where ('..., then go back for X and drop that in
too', 'tip everything in W into the bin, then pop X in there'): the place said before. Read among `framing.FRAMING`'s
rules."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx


_EMPTIED_RE = re.compile(r"\b(?:empty|clear(?: out)?|dump|tip(?: out)?|pour(?: out)?) (?:everything in |whatever(?: is| s)? in |all the blocks in |the contents of |all of )?(the \w+ bowl)(?: out)?,? "
                         r"(?:(?:and )?(?:they|those|these|them|its blocks|the blocks|everything|it all|the lot)(?: can| should| must| will| may)?"
                         r"(?: all| both)? (?:go|be put|be thrown|end up) )?(?:into|in) the bin\b"
                         r"(?:[^.;]|[.;]\s*(?=(?:and )?(?:then|next|after that|afterwards|now)\b))*$")  # '..., those can all go in the bin. Then ...'


def _in_there(m: re.Match[str]) -> str:
    """A step that drops a thing 'in' without saying where: where the last one went ('..., then go back for X and drop that
    in too'), or the bowl just tipped out into the bin ('tip everything in W into the bin, then pop X in there'); as it is
    when nothing before says."""
    said = list(rx(r"\b(?:in|into|out of|nearest(?: to)?|closest(?: to)?|next to) (the (?:\w+ )?(?:bowl|bin))\b").finditer(
        before := m.string[: m.start()]))  # or a topic's
    emptied = _EMPTIED_RE.search(before)
    if emptied and not rx(r"\b(?:too|as well)$").search(m[0]) and said[-1].start() < emptied.start() + emptied[0].index(
            "the bin"):  # W, emptied for it, when no other place is said after
        return f"{m[1]} in {emptied[1]}"
    return f"{m[1]} in {said[-1][1]}" if said else m[0]


def _only_there(m: re.Match[str]) -> str:
    """'..., then pop X in there on its own' (read as 'X should be the only block in there'): the bowl just tipped out."""
    emptied = _EMPTIED_RE.search(m.string[: m.start()])
    return f"the only block in {emptied[1]}" if emptied else m[0]


def _went(m: re.Match[str]) -> str:
    """A step after going somewhere, with where it went in place of its 'it', 'inside' or 'there' ('turn to the bin, and
    drop it in' -> 'drop it in the bin')."""
    place, said = m[3], m[4]
    prep = "at" if place.endswith(("corner", "middle")) else "on" if place.endswith(("block", "table")) else "in"
    step = rx(r"\b(?:out of it|from it)\b").sub(f"out of {place}", said, count=1)
    step = rx(r"\b(?:inside(?: it)?|in it|in there)$|\b(?:inside|in it)(?= and\b)").sub(f"in {place}", step, count=1)
    step = rx(r"\b((?:drop|put|place|throw|toss|set|lay) (?:it|them|that)) (?:down |back )?(?:in|down there|"
                  r"there|on top|down|in there)(?=$| and\b)").sub(rf"\1 {prep} {place}", step, count=1)
    return m[0] if m[2].endswith(" it") and step == said else m[1] + step  # 'carry it to W, and set Y on it': a move itself


WALKED: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # an arm does not walk: 'Go to the purple bowl, take X out of it', 'turn to the bin, and drop it in', 'carry it to W and put it
    # down there': where it went is where the next step's 'it', 'inside' or 'there' is
    (r"(^|[.;,] |\b(?:then|and) )(go|walk|head|turn|navigate|come|carry it|bring it|take it)(?: over| back)? (?:to|"
     r"towards|toward) (the \w+(?: \w+(?= corner))?(?: (?:bowl|block|bin|corner|table|middle))?)(?:,? and|"
     r",)\s*([^,.;]*)", _went),
    (r"(^|[.;,] |\b(?:then|and) )go (?:bowl by bowl|one by one|block by block|round|around)(?:,? and|,)\s*", r"\1"),
    (r"\bgo back (?:for|and get|to get|and grab) (the \w+ (?:block|one|cube)) and (\w+) (?:that|it) ", r"\2 \1 "),
    (r"\b(each|every|any) (block|one|cube) (?:that )?(?:you|u) (?:find|see|come across|spot)\b", r"\1 \2"),
    (r"\b((?:drop|put|place|throw|toss|pop|chuck|heave|move|set|stick|lay|shove) (?:it|them|that|(?:the )?\w+ (?:block|one|cube))|the \w+ (?:block|one|cube) (?:put|placed|popped|dropped)) (?:in|in there|there)(?: too| as well)?(?=\s*(?:$|[,;.]|\band\b| on its own\b| by itself\b| alone\b))",
     _in_there),
    (r"\bthe only block in there\b", _only_there),
)
