"""Yes/no questions about several things at once, answered one part at a time: 'are both X and Y on the table?', 'are X and Y both in W?', 'is
it true that nothing is on X and that W has nothing in it?', 'is X on Y, which is itself on Z?'. Yes when every part
holds; otherwise no, with the first part that does not. A count asked as yes or no ('are there three blocks in W?', 'does W
have at least two blocks in it?') is the count, compared."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.answers.reading import Answer

_BOTH_RE = re.compile(r"^(is|are) (?:both )?(the \w+ \w+) and (the \w+ \w+) (?:both |each |all )?(?!both\b)((?:in|on|inside|on top of|at|"
                      r"under|in the|on the)\b.+?)\??$")
_TRUE_RE = re.compile(r"^is it (?:true|the case|so|right|correct) that (.+?)\??$")
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
    if m := re.fullmatch(r"(?:the )?(\w+ (?:block|bowl)) ((?:on top of|on|in|inside|under|at) .+)", clause):  # a layout's 'X on Y'
        return f"is the {m[1]} {m[2]}?"
    return clause + "?"


def _facts(said: str) -> list[str]:
    """The facts a list says, one per clause ('X on the table, Y in W and Z on V'); one part when a piece is no clause."""
    parts = re.split(r",? and (?:that )?|, (?:that )?(?=(?:the )?\w+ (?:block|bowl)\b)", said)
    verb = r"\b(?:is|are|has|holds|on|in|inside|under|at|empty|clear)\b"
    return parts if len(parts) > 1 and all(re.search(verb, p) for p in parts) else [said]


def joined(q: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The answer to a question about several things at once; None for any other question."""
    if m := _BOTH_RE.match(q):
        parts = [f"is {m[2]} {m[4]}?", f"is {m[3]} {m[4]}?"]
    elif m := _TRUE_RE.match(q):  # 'is it true that there is nothing in W?', '... that X is on Y, and that Z ...'
        parts = [_asked(f) for f in _facts(m[1])]
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


_NUMBER = {"one": 1, "a single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_COUNT_RE = re.compile(r"^(?:are there|is there|there are|is|are|do (?:you|i|we) (?:see|have)|(?:does|do) (?P<owner>the \w+ (?:bowl|block)) (?:have|hold|contain)"
                       r"(?: got)?) (?:(?P<how>exactly|at least|at most|only|just|more than|fewer than|less than|over|under) )?(?P<n>\d+|"
                       + "|".join(_NUMBER) + r") (?P<kind>block|bowl|cube)s?\b(?P<rest>.*?)\??$")


def counted(q: str, ask: Callable[[str], Answer]) -> Answer | None:
    """A count asked as yes or no, answered by counting; None for any other question."""
    if (m := _COUNT_RE.match(q)) is None:
        return None
    rest = re.sub(r"^ (?:in|inside) (?:it|there)\b", "", m["rest"]) if m["owner"] else m["rest"]
    rest = f" {'in' if m['owner'].endswith('bowl') else 'on'} {m['owner']}{rest}" if m["owner"] else rest  # 'does W have 2 blocks (in it)?'
    found = ask(f"how many {'bowl' if m['kind'] == 'bowl' else 'block'}s{'' if rest.startswith(' ') or not rest else ' '}{rest}?")
    if found.kind != "count" or not isinstance(found.value, int):
        return None
    n, how = int(m["n"]) if m["n"].isdigit() else _NUMBER[m["n"]], m["how"] or "exactly"
    ok = {"at least": found.value >= n, "at most": found.value <= n, "more than": found.value > n, "over": found.value > n,
          "fewer than": found.value < n, "less than": found.value < n, "under": found.value < n}.get(how, found.value == n)
    return Answer("yes_no", f"{'Yes' if ok else 'No'}: {found.text}", ok)
