"""A block moved and brought back within one message: '..., then put it back', 'return it to where it was', 'then undo
that', 'the move is reversed', 'undo step one', 'bring it back to its spot'. 'Back' is where the block stood when the
message began, so the words become that place, read from the scene ('put the blue block on the red block'): the plan
makes both moves and the block ends where it began. A place said again needs no 'again' ('then stack it on Y again').
Read by `goals` first, before asides are dropped ('after that, the move is reversed')."""

from __future__ import annotations

import re

from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.symbolic import SymState

_IT = r"(?:it|that|this|that block|the \w+ block|them)"
_BACK = (rf"\b(?:put|bring|bringing|move|moving|set|setting|return|returning|stack|place|pop|get|putting|carry|take) {_IT}(?: right| straight)? back"
         r"(?: again)?(?: where it (?:was|started|came from|began)(?: before| originally)?| (?:up )?there| in(?: there)?| on(?: it| there)?| into it| to (?:its|the) "
         r"(?:old |original |starting |usual )?(?:spot|place|position|point)| to where it (?:was|started|came from|began))?(?= *(?:$|[,.;?!])| and\b| then\b)"
         rf"|\breturn(?:ing)? {_IT} to (?:where it (?:was|started|came from|began)|its (?:old |original |starting |usual )?(?:spot|place|position))\b"
         r"|\b(?:undo|reverse|undoing|reversing) (?:that|it|this|the move|that move|step one|the first step|the first move|what you (?:just )?did)"
         r"(?= *(?:$|[,.;?!])| and\b| then\b)"
         r"|\bthe (?:first )?move is (?:reversed|undone)\b")


def _place(block: str, state: SymState) -> str:
    """Where `block` stands now, said as a target: 'on the table', 'in the red bowl', 'on the green block'."""
    under = state.support[block]
    return ("on the table" if under == TABLE else "in the bin" if under == BIN else f"at the {under}" if under in PLACES
            else f"in the {under}" if under in state.bowls else f"on the {under}")


_NAMED = r"\bthe (\w+) block\b"
_DESCRIBED = r"\bthe (?:block|one|cube) (?:that is |that's |which is )?(?:sitting |resting |lying )?(?:on top of|on|in) the (\w+ (?:block|bowl))"
_MOVED = r"\b(?:take|move|put|set|lift|place|stack|bring|carry|drop|pop|get|shift|slide)(?:s|ing)? the (\w+) block\b"


def _moved(text: str, end: int, state: SymState) -> tuple[str, int] | None:
    """The block the message moves before `end`, and where its mention ends: the last one named after a verb of moving,
    else the first named, else the one described as on Y or in W (when there is one)."""
    if verbs := list(rx(_MOVED, re.I).finditer(text, 0, end)):
        return f"{verbs[-1][1].lower()} block", verbs[-1].end()
    named, described = rx(_NAMED, re.I).search(text, 0, end), rx(_DESCRIBED, re.I).search(text, 0, end)
    if described and (not named or described.start() < named.start()):
        held = [b for b, s in state.support.items() if s == described[1].lower()]
        return (held[0], described.end()) if len(held) == 1 else None
    return (f"{named[1].lower()} block", named.end()) if named else None


def _back(text: str) -> re.Match[str] | None:
    """The first return said, not denied ('do not undo it', 'never put it back')."""
    return next((m for m in rx(_BACK, re.I).finditer(text) if not rx(r"(?:\bnot|\bnever|n't|\bdon t)\s*$", re.I).search(text[: m.start()])), None)


def says_back(text: str) -> bool:
    """Whether `text` brings a block back: such a message is read whole or not at all (a part alone would move it away)."""
    return _back(text) is not None


def returned(text: str, state: SymState) -> str:
    """The text with a return said as the place the block moved started from; unchanged when it names none."""
    if not rx(r"\b(?:back|again|then|undo|undoing|revers\w*|return\w*)\b", re.I).search(text):
        return text  # most requests: none of the words these rules need
    text = rx(r"[.,;]\s*(?:i(?: am|'m| m) not sure (?:i|you|we) (?:could|can|would|will)|i (?:could|can)(?:not|n't| not) (?:ever )?) (?:put|get) (?:it|them|things|everything|it all) back\b[^.;!?]*", re.I).sub(
        "", text)  # "..., I'm not sure I could put it back": a worry, not a return
    text = rx(r"\b((?:on|onto|in|into|on top of|at|to) the (?:\w+ )?(?:block|bowl|table|bin|corner|middle)) again\b", re.I).sub(r"\1", text)
    text = rx(r"\b(take|get|lift|pull) (it|them) back out\b", re.I).sub(r"\1 \2 out", text)  # 'X into W; then take it back out and put it on Y'
    text = rx(r"\b((?:put|place|set|move|stack) (the \w+ block)(?: down| back)? (?:on|in|into|onto|at|to) (?:the )?[\w ]+?),? (?:and )?then (on|onto|in|into|at|to|on top "
              r"of) (the [\w ]+?)(?= *(?:$|[,.;?!]))", re.I).sub(r"\1, then put \2 \3 \4", text)  # '... and then on Y': the same block
    if says_back(text) or rx(r"\bthen\b", re.I).search(text):  # a stay, then back: 'X off Y for a moment, then on Y again'
        text = rx(r",? (?:for a (?:bit|moment|sec|second|minute|while|little while)|for now|briefly|temporarily)\b", re.I).sub("", text)
    back = _back(text)
    if back is None:
        return text
    if own := rx(_NAMED, re.I).search(back[0]):  # 'return the red block to where it was': that one
        moved = (f"{own[1].lower()} block", back.start())
    elif (moved := _moved(text, back.start(), state)) is None:
        return text
    if moved[0] not in state.support:
        return text
    block, said = moved
    went = text[said: back.start()]
    went = went[: m.start()] if (m := rx(r"\bthe \w+ block\b", re.I).search(went)) else went  # where this block went, not the next one
    if state.support[block] == TABLE and rx(r"\b(?:corner|middle)\b", re.I).search(went):
        raise PlanningError(f"the {block} started on a bare spot of the table, and I can only put a block back on the table, not on that spot; say "
                            "where it should end up")
    then = "" if rx(r"\b(?:then|after that|afterwards|later|next|step \w+|no|actually|sorry|wait|rather|i mean|instead)\W*$", re.I).search(
        text[: back.start()]) else "then "  # a step of its own, unless it corrects the one before
    return f"{text[: back.start()]}{then}put the {block} {_place(block, state)}{text[back.end():]}"
