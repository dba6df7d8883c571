"""Yes/no questions about several things at once, answered one part at a time: 'are both X and Y on the table?', 'are X and Y both in W?', 'is
it true that nothing is on X and that W has nothing in it?', 'is X on Y, which is itself on Z?'. Yes when every part
holds; otherwise no, with the first part that does not."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.answers.reading import Answer

_BOTH_RE = re.compile(r"^(is|are) (?:both )?(the \w+ \w+) and (the \w+ \w+) (?:both |each |all )?(?!both\b)((?:in|on|inside|on top of|at|"
                      r"under|in the|on the)\b.+?)\??$")
_TRUE_RE = re.compile(r"^is it (?:true|the case|so|right|correct) that (.+?),? and (?:that )?(.+?)\??$")
_TRUE_ONE_RE = re.compile(r"^is it (?:true|the case|so|right|correct) that (.+?)\??$")
_CHAIN_RE = re.compile(r"^is (the \w+ \w+) (on top of|on|in|inside) (the \w+ \w+),? which is (?:itself |in turn |also )?"
                       r"(on top of|on|in|inside) (.+?)\??$")


def _asked(clause: str) -> str:
    """A clause said as a fact, as the yes/no question that checks it: 'nothing is on X' -> 'is X clear?'."""
    clause = clause.strip()
    if m := re.fullmatch(r"(?:nothing|no block) is (?:on top of|on|sitting on|stacked on) (the \w+ block)", clause):
        return f"is {m[1]} clear?"
    if m := re.fullmatch(r"(the \w+ bowl) (?:has nothing in it|is empty|holds nothing|contains nothing|has no blocks? in it)|there is (?:nothing|"
                         r"no block) in (the \w+ bowl)", clause):
        return f"is {m[1] or m[2]} empty?"
    if m := re.fullmatch(r"(the \w+ \w+) (is|are) (.+)", clause):
        return f"{m[2]} {m[1]} {m[3]}?"
    return clause + "?"


def joined(q: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The answer to a question about several things at once; None for any other question."""
    if m := _BOTH_RE.match(q):
        parts = [f"is {m[2]} {m[4]}?", f"is {m[3]} {m[4]}?"]
    elif m := _TRUE_RE.match(q):
        parts = [_asked(m[1]), _asked(m[2])]
    elif m := _TRUE_ONE_RE.match(q):  # 'is it true that there is nothing in W?'
        parts = [_asked(m[1])]
    elif m := _CHAIN_RE.match(q):
        parts = [f"is {m[1]} {m[2]} {m[3]}?", f"is {m[3]} {m[4]} {m[5]}?"]
    else:
        return None
    answers = [ask(p) for p in parts]
    if any(a.kind != "yes_no" for a in answers):
        return None
    failed = next((a for a in answers if not a.value), None)
    if failed is not None:
        return Answer("yes_no", f"No: {failed.text.split(': ', 1)[-1]}", False)
    return Answer("yes_no", "Yes: " + "; ".join(a.text.split(": ", 1)[-1].rstrip(".") for a in answers) + ".", True)
