"""Counting and stacking questions, beside the others in `agent.answers`: whether any blocks are stacked ('are any
of the blocks stacked on each other?', 'are there any towers?') and counts of what is NOT somewhere ('how many blocks
aren't in a bowl?', 'how many blocks are outside the bowls?'). `agent.answers.answer` asks these first; the scene is
read, never guessed.
"""

from __future__ import annotations

import re

from agent.answers.reading import _PREPS, Answer, _candidates, _filtered, _holds, _one, _the
from sim.core.perceived import Scene
from sim.core.symbolic import SymState

_OTHER = r"(?:each other|one another|another(?: block| one)?|other blocks|any other(?: block)?|a block|some other block|others)"
_STACKED_RE = re.compile(
    r"^(?:are|is|do|does) (?:there )?(?:any|some|anything|any blocks?|any of (?:the )?blocks?|some of (?:the )?blocks?|"
    r"a block|any two blocks?|two blocks?|blocks)(?: of them)? ?(?:blocks? )?(?:that )?(?:are |is )?"
    r"(?:(?:stacked|piled|sitting|resting|lying|standing|placed|put)(?: up)?(?: (?:on top of|on|onto|atop|over) " + _OTHER + r")?|"
    r"(?:sit|sits|rest|rests|stand|stands|lie|lies)? ?(?:on top of|on|atop) " + _OTHER + r"|"
    r"in (?:a |any )?(?:tower|stack|pile)s?)$"
    r"|^(?:are|is) there (?:any |a )?(?:towers?|stacks?|piles?)(?: of blocks)?(?: on the table)?$"
    r"|^(?:has|have) (?:anything|any blocks?|any of (?:the )?blocks?) been stacked(?: up)?$"
)
_NOT_COUNT_RE = re.compile(
    r"^how many (?P<np>.+?) (?:are|is|do|does|sit|sits)(?: there)?(?: (?P<neg>not|no longer))? (?:sitting |resting |lying |standing )?"
    r"(?P<rel>outside(?: of)?|out of|inside(?: of)?|in|on top of|on|at) (?P<loc>.+?)$"
)
_NOT_IN_RE = re.compile(r"^how many (?P<np>.+?) (?:are|is) (?:(?:in|inside) no (?P<loc>.+)|not (?:in|inside) (?:any|a single) "
                        r"(?P<loc2>.+))$")


_STACKED_COUNT_RE = re.compile(
    r"^how many (?:of (?:the )?)?(?:blocks|cubes)(?: are| is)?(?: there)?(?P<neg> not| no longer)? (?:stacked|piled up|"
    r"(?:sitting |resting )?(?:on top of|on|atop) (?:another|other|any other|a|some other)(?: blocks?| ones?)?)$"
)


def normalise_more(q: str) -> str:
    """A normalised question (see `agent.answers`) in the forms this module and `agent.answers` read: 'count the blocks
    that are not in a bowl' -> 'how many blocks are not in a bowl'; 'does X sit on the table' (read there as 'is there X
    on the table') -> 'is X on the table'."""
    q = re.sub(r"^count (?:the |all the |all )?(.+?)(?: that| which)? (are|is) ", r"how many \1 \2 ", q)
    return re.sub(r"^is there (the \w+ (?:block|bowl)) (?=(?:on|in|at|under)\b)", r"is \1 ", q)


def more_answers(q: str, scene: Scene, state: SymState) -> Answer | None:
    """An answer to a normalised question `q` (see `normalise_more`) of the kinds above, None for other questions."""
    return _any_stacked(q, state) or _stacked_count(q, state) or _not_count(q, scene, state)


def _stacked_count(q: str, state: SymState) -> Answer | None:
    """'how many blocks are stacked' (in a tower), 'how many blocks are not on another block' (resting on a block)."""
    m = _STACKED_COUNT_RE.match(q)
    if m is None:
        return None
    stacked = re.search(r"\b(?:stacked|piled)\b", q)  # in a tower: on a block or under one (as `agent.answers` says)
    inside = [b for b in state.blocks if state.support[b] in state.support or (stacked and state.on_top(b))]
    found = [b for b in state.blocks if b not in inside] if m.group("neg") else inside
    what = ("not " if m.group("neg") else "") + ("stacked" if stacked else "on another block")
    return Answer("count", f"{len(found)} (blocks {what}): {_the(found)}." if found else f"0 (blocks {what}).", len(found))


def _any_stacked(q: str, state: SymState) -> Answer | None:
    if not _STACKED_RE.match(q):
        return None
    pairs = [(b, s) for b, s in state.support.items() if s in state.support]
    if not pairs:
        return Answer("yes_no", "No: no block is on another block.", False)
    said = "; ".join(f"the {b} is on the {s}" for b, s in pairs)
    return Answer("yes_no", f"Yes: {said}.", True)


def _not_count(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'how many blocks are not in a bowl', 'how many blocks are outside the bowls': the blocks the phrase names, less
    those in/on what the location names."""
    m = _NOT_IN_RE.match(q)
    if m:
        np, prep, loc, negated = m.group("np"), "in", "any " + (m.group("loc") or m.group("loc2")), True
    else:
        m = _NOT_COUNT_RE.match(q)
        if m is None or not (m.group("neg") or m.group("rel").startswith(("outside", "out of"))):
            return None
        np, rel, loc, negated = m.group("np"), m.group("rel"), m.group("loc"), True
        prep = "in" if rel.startswith(("outside", "out of")) else _PREPS.get(rel.replace(" of", ""), "in")
    shown = loc.strip() if re.match(r"^(?:any|a|the|all)\b", loc.strip()) else "the " + loc.strip()
    loc = re.sub(r"^(?:any|all|all the|any of the|a single|the|a)\s+", "", loc.strip())
    phrase, members = _filtered(np, None, prep, scene, state)
    targets = _candidates("the " + loc, scene) if loc not in ("table", "bin") else []
    if loc in ("table", "bin"):
        targets = [_one("the " + loc, scene)]
    inside = [n for n in members if n not in targets and any(_holds(n, prep, t, scene, state) for t in targets)]
    found = [n for n in members if n not in inside and n not in targets] if negated else inside
    where = f"not {prep} {shown}"
    return Answer("count", f"{len(found)} ({phrase} {where}): {_the(found)}." if found else f"0 ({phrase} {where}).",
                  len(found))
