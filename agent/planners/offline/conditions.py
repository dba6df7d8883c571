"""Conditions said around a request, checked by looking before anything moves.

People put a condition before a request ('in case C, A', 'provided C, A', 'should X be Y, A', 'Condition: C. Action:
A' (`labelled`)), after it ('A, but only if C', 'A unless C; in that case, B') or inside a later step ('first A; then, only if C,
B'). `conditioned` says each whole-request shape as the one `conditional` reads ('if C, A; otherwise B') and
`branch` picks the branch the scene takes; `staged` checks a later step's condition now when nothing before it touches
what the condition is about, and keeps or drops that step. What perception cannot decide is refused, never guessed.
"""

from __future__ import annotations

import re
from contextlib import suppress

from agent.answers import answer
from agent.planners.offline.context import Ambiguous, Context
from agent.planners.offline.leftovers import LEFT, LEFT_STEP
from agent.planners.offline.noun_phrases import NounPhrase
from agent.planners.offline.references import exact_names, resolve_blocks
from agent.regex import replaced, rx
from sim.core.errors import PlanningError

Condition = tuple[str, str, bool, str, str, str | None]  # what `conditional` reads out of 'if C, A; otherwise B'

_IF = (r"(?:only if|if|only in case|in case|provided(?: that)?|providing(?: that)?|as long as|so long as|assuming(?: that)?|"
       r"on condition that)")
# a condition: a thing and how it is ('the red bowl is empty', 'nothing is on X', 'there are two blocks in W', 'it is on Y')
_STATE_RE = re.compile(r"(?:the \w+ (?:block|bowl)|it|they|that (?:block|bowl|one)|there|nothing|something|anything|all (?:of )?the "
                       r"bowls|(?:any|some|a|no) (?:block|bowl))\b[^,;.]*?\b(?:is|are|has|have|holds?|contains?|matches)\b[^,;.]*")
# what is no condition on the table: 'if it's not too much trouble', 'if you can', 'it'd make my day if X were on Y' (a wish)
_NOT_STATE_RE = re.compile(r"\b(?:trouble|bother|possible|convenient|okay|ok|alright|all right|fine|you|your|i|we|me|us|were|needed|necessary)\b")
# how a condition is said -> how `answers` asks it: 'nothing on X' (X is clear), 'W has nothing in it' (W is empty)
_PLAIN = tuple((re.compile(p), r) for p, r in (
    (r"\b(?:still|already|at that point|right now|currently|at the moment|by then|itself)\b\s*", ""),
    (r"^(?:there is )?nothing (?:is )?(?:on|on top of|stacked on|sitting on|resting on) (the \w+ block)\s*$", r"\1 is clear"),
    (r"^(the \w+ block) (?:has|holds) nothing (?:on (?:it|top(?: of it)?)|stacked on it)\s*$", r"\1 is clear"),
    (r"^(the \w+ bowl) (?:has|holds|contains) nothing(?: in it| inside)?\s*$|^(?:there is )?nothing (?:is|should be) in (the \w+ bowl)\s*$",
     lambda m: f"{m[1] or m[2]} is empty"),
    (r"^(the \w+ bowl) (?:has|holds|contains) (?:anything|something|blocks|a block|any blocks|at least one block)(?: in it| inside)?\s*$",
     r"\1 is not empty"),
    (r"\b(one|two|three|four) or more\b", r"at least \1"),
    (r"^(the \w+ bowl) (?:holds|contains) ", r"\1 has "),
    (r"^(the \w+ block) is( not)? in one of the bowls\b", r"\1 is\2 in a bowl"),
    (r"^(?:the )?(\w+ (?:bowl|block)) (empty|clear|full|not empty)$", r"the \1 is \2"),  # a label's 'purple bowl empty'
))


def plainly(condition: str) -> str:
    """A condition as `answers` asks it ('the blue block has nothing on it' -> 'the blue block is clear')."""
    condition = rx(r"\s+").sub(" ", condition).strip(" ,")
    for pattern, repl in _PLAIN:
        condition = replaced(pattern, repl, condition).strip()
    return condition


def _there(condition: str, request: str) -> str:
    """'X is (already) in there' said of the place the request names: that place."""
    place = rx(r"\b(?:in|into|on|onto|at) (the \w+ (?:bowl|block|corner)|the bin|the middle)\b").findall(request)
    return rx(r"\b(?:in|on) there\b|\bthere(?=\s*$)").sub(f"in {place[-1]}" if place and "bowl" in place[-1] else f"on {place[-1]}",
                  condition) if place else condition


def _instead(request: str, place: str) -> str:
    """'A unless C; in that case, the bin': A with its place said anew."""
    prep = "at" if place.endswith(("corner", "middle")) else "on" if place.endswith(("block", "table")) else "in"
    moved = rx(r"\b(?:in|into|on|onto|at|to|on top of) the [\w ]+?$").sub(f"{prep} {place}", request)
    return moved if moved != request else f"{request} {prep} {place}"


def _after(m: re.Match[str]) -> str:
    """'A, but only if C; otherwise B' -> 'if C, A; otherwise B'; 'A if nothing is on X; if it does, B': B otherwise."""
    request, condition, rest = m["a"], plainly(m["c"]), m["rest"] or ""
    if _NOT_STATE_RE.search(condition) or rx(r"(?:it|that|this) (?:would|will)\b|i (?:would|will) be\b").match(request):
        return m[0]
    if (target := rx(r"\b(?:on|onto|in|into|on top of) (the [\w ]+?)$").search(request)) and rx(r"(?:that|this) (?:block|bowl|one)\b").match(condition):
        condition = rx(r"^(?:that|this) (?:block|bowl|one)").sub(target[1], condition)  # 'X on the rightmost block, if that block is ...'
    if not _STATE_RE.fullmatch(condition):
        return m[0]
    if rx(r"\s*[;.]\s*if (?:it|they|there) (?:does|do|has|have|is|are)\b").match(rest):  # the opposite of a 'nothing ...'
        if not rx(r"\b(?:nothing|no|not|empty|clear|free)\b").search(m["c"]):
            return m[0]
        rest = rx(r"^\s*[;.]\s*if (?:it|they|there) (?:does|do|has|have|is|are)(?: (?:something|anything|a block|one))?(?: on it)?,?").sub(
                      "; otherwise", rest)
    return f"if {_there(condition, request)}, {request}{rest}"


def _unless(m: re.Match[str]) -> str:
    """'A unless C', 'A unless C; in that case, B', 'do not touch X unless C. if it is, B' -> 'if C, ...; otherwise ...'."""
    request, condition, other = m["a"], plainly(m["c"]), (m["b"] or "").strip(" .")
    if not _STATE_RE.fullmatch(condition) or _NOT_STATE_RE.search(condition):
        return m[0]
    condition = _there(condition, request)
    if rx(r"(?:do not|don t|never) (?:touch|move)\b").match(request):  # 'do not touch X unless W is empty; if it is, put X in it'
        return f"if {condition}, {other}; otherwise leave everything alone" if other else m[0]
    if other and rx(r"(?:the bin|the table|the middle|the \w+ bowl|the \w+ block|the \w+ \w+ corner)").fullmatch(other):
        other = _instead(request, other)  # 'in that case, the bin'
    return f"if {condition}, {other or 'leave everything alone'}; otherwise {request}"


# a block and its matching bowl with a fallback: 'X goes in the bowl of its colour (if there is one), else in the bin', 'put X
# in the bowl of the same colour, or in the bin if there isn't one', 'X in its matching bowl; if no bowl matches it, the bin',
# 'if there is a bowl that matches X, put it there; failing that, the table'
_MATCHING = (r"(?:the bowl of its (?:own )?colou?r|(?:its|the|a) matching bowl|its own bowl|the bowl (?:of|in|with) (?:the same|its) colou?r"
             r"(?: as it)?|the (?:same[- ]colou?r(?:ed)?) bowl|the bowl (?:that|which) matches(?: it)?)")
_NONE = (r"(?:there (?:is|are) (?:not|no) (?:one|any|such (?:a )?bowl|(?:a )?matching bowl|(?:a )?bowl (?:that matches(?: it)?|of (?:that|its|the "
         r"same) colou?r))|there is none|no (?:such |matching )?bowl (?:matches(?: it)?|exists|is there)|none matches(?: it)?|it (?:has|does not have) "
         r"(?:no |a )?(?:matching |such )?(?:bowl|one)|(?:there is )?no (?:such|matching) bowl|(?:it|that) is not possible|not)")
_PLACE = r"(?:(?:in|into|on|onto|at|to) )?(the (?:bin|table|middle|\w+ bowl|\w+ block|\w+ \w+ corner))"
_MATCHED_ELSE_RE = re.compile(
    rf"^(?:(?:put|place|move|drop|pop|set|take) )?(?:the )?(?P<x>\w+ block|every block|each block|all (?:of )?the blocks|the blocks)"
    rf"(?: (?:goes|go|should go|must go|belongs|needs to go|has to go))? (?:in|into) {_MATCHING}(?:,? if (?:there is|it has) one)?"
    rf"(?:,? (?:or|and|else|otherwise|or else|if not|failing that|but)?,? (?:put it |it goes |they go |put them )?{_PLACE},? if {_NONE}"
    rf"|\s*[,;]? (?:and |but |or )?if {_NONE},? (?:put it |it goes |they go |put them |then )?{_PLACE}"
    rf"|,? (?:else|otherwise|or else|if not|failing that|or)?,? (?:put it |it goes |they go |put them )?{_PLACE})$"
    rf"|^if there is (?:a|an|one) bowl (?:of the same colou?r as|the same colou?r as|matching|that matches) (?:the )?(?P<y>\w+ block),? (?:put|place|"
    rf"move|drop) it (?:there|in it|in that bowl|in that one)\s*[;,.]\s*(?:else|otherwise|or else|if not|failing that),? (?:put it )?{_PLACE}$"
    rf"|^(?:(?:put|place|move|drop|pop|set|stick) )?(?:the )?(?P<z>\w+ block) {_PLACE} if {_NONE}; otherwise (?:(?:put|place|move|drop|pop|set|stick) )?"
    rf"(?:the \w+ block|it) (?:in|into) {_MATCHING}$")  # as `hedges` says 'X in W, or in V if C': 'X in V if C; otherwise X in W'


def _matched_else(m: re.Match[str]) -> str:
    """A block and its matching bowl with a fallback -> 'if there is a bowl the same colour as X, put X in its matching
    bowl; otherwise put X in the bin'; every block -> its matching bowl, every unmatched block -> the fallback."""
    place = next(m[i] for i in range(1, m.re.groups + 1) if m[i] and i not in m.re.groupindex.values())
    prep = "at" if place.endswith(("corner", "middle")) else "on" if place.endswith(("block", "table")) else "in"
    if (block := m["x"] or m["y"] or m["z"]).endswith("block") and not block.startswith(("every", "each")):
        return (f"if there is a bowl the same colour as the {block}, put the {block} in its matching bowl; otherwise put the {block} "
                f"{prep} {place}")
    return f"put every matched block in its matching bowl and put every unmatched block {prep} {place}"


_SHAPES = tuple((re.compile(p), r) for p, r in (
    # before the request: 'should X be on Y, ...', 'in case C, ...', 'Condition: W empty. Action: ...', 'unless C, A'
    (r"^should (the \w+ (?:block|bowl)|it) (?:still |already |ever )?(?:be|have) ([^,]+), ", r"if \1 is \2, "),
    (r"\bonly if ([^,;.]+?),? should (?:you|i|we|it) ", r"if \1, "),  # 'only if X is on it should you move X'
    (r"\b(?:check|look at|see about) (the \w+ (?:bowl|block))\s*[,:]\s*if ([^,;.]*?)\b(?:in|on) it\b", r"if \2in \1"),
    (r"^(?:everything|the block|any block|whatever block|whatever|anything) (?:that is |which is )?(on|on top of|in) (the \w+ (?:block|bowl)),? "
     r"if (?:anything|there is one|there is any|any|there are any),? (?:(?:goes|go|should go|belongs)\b|put (?:it|them)|move (?:it|them))",
     r"if there is something \1 \2, put it"),  # 'whatever is on X, if anything, goes in W'

    (r"(^|[.;,]\s*)(?:and )?if (?:a|any|the) block (?:has no|does not have a|doesn t have a|has not got a|hasn t got a) (?:bowl of (?:its|the same) (?:own )?colou?r|"
     r"matching bowl|bowl to match(?: it)?)(?: to go (?:in|into))?,? (?:then )?(?:(put|place|move|drop|throw|bin|leave|keep) (?:it|that block|that one)|(?:it|that block|"
     r"that one) (stays|remains|should stay|should remain|goes|should go))\b", lambda m: f"{m[1]}{m[2]} every unmatched block" if m[2] else f"{m[1]}every unmatched block {m[3]}"),
    (rf"^(?:then )?{_IF} ", "if "),
    (r"^if (?:the )?(\w+ (?:bowl|block)) (empty|clear|full|not empty)\b", r"if the \1 is \2"),  # a label's 'Condition: W empty'
    (r"^(if [^,;.]+, [^;.]+)[;.]\s*((?:leave|keep|do not|don t|never)\b[^;.]*|everything else (?:stays|remains)[^;.]*|the \w+ block (?:must|should|will|may) not "
     r"(?:move|be moved|be touched))(?: either way| in any case| regardless| no matter what)?\s*$", r"\1, and \2"),  # '...; the rest stays put'
    (r"^(if [^,;.]+, [^;.]+?)\s*[;,.]\s*(?:and |but )?if (?:it|they|that one) (?:is|are|has|have)(?: not| n t)? (?:empty|clear|full|free|loose|there|"
     r"on the table|in a bowl|in the bin|anything in it|something in it|blocks in it),?\s*", r"\1; otherwise "),  # '..., and if it isn't empty, ...'
    (r"^(if (?:there (?:are|is)|the \w+ bowl (?:has|holds)) (?:at least|more than|fewer than|less than|at most|no more than) [^;]+);\s*if (?:there are|it has|"
     r"there is|it holds) (?:fewer|less|more|not)(?: than that)?,\s*", r"\1; otherwise "),  # '...; if there are fewer, ...'
    (_MATCHED_ELSE_RE, _matched_else),  # 'X in its matching bowl, or in the bin if there isn't one'
    (r"^for (?:each|every|all the) (?:matched |matching )?blocks?,? if (?:it is|they are) (on the table|in a bowl|in the bin|loose|clear), (?:put|place|move) (?:it|"
     r"them) (?:in|into) (?:its|their) (?:own |matching )?bowls?\b", r"put every block that is \1 in its matching bowl"),
    (r"^(put|move|take) any block (?:that is |which is )?(on top of|on) (the \w+ block) (.+?)[.;]\s*if (?:there is )?nothing (?:should be |is )?on it,? "
     r"(?:never mind|do nothing|leave it|forget it|fine)\s*$", r"if there is something \2 \3, \1 it \4"),
    (r"^unless ([^,]+), ([^;.]+)$", lambda m: f"if {plainly(m[1])}, leave everything alone; otherwise {m[2]}"),
    # after it: 'A, but only if C', 'A if C; otherwise B', 'A unless C(, in which case B)'
    (rf"^(?!if\b)(?P<a>[^;.]+?),? (?:but )?(?:and )?(?:only )?{_IF} (?P<c>[^,;.]+?)(?:,? mind)?(?P<rest>\s*[;.]\s*(?:otherwise|else|"
     r"if not|if it is not|if they are not|failing that|if (?:it|they|there) (?:does|do|has|have|is|are))\b.*)?$", _after),
    (r"^(?!if\b)(?P<a>[^;.]+?),? unless (?P<c>[^,;.]+?)(?:(?:,? in which case|[;.,] (?:in that case|if so|if it is|if they are|if it does|then|"
     r"if the \w+ bowl is empty)),? (?P<b>.+))?\s*[.]?$", _unless),
))


def labelled(instruction: str) -> str:
    """'Condition: W empty. Action: ...' -> 'If W empty, ...': the labels say which part is the condition (read before
    `discourse.told` drops labels)."""
    instruction = rx(rf"(^|(?<=[.!;]\s))({LEFT})\s*\?\s+{LEFT_STEP}", re.I).sub(r"\1\2: ", instruction)  # 'Leftovers? Bin them.'
    return rx(r"^\s*(?:condition|precondition|if)\s*:\s*([^.;]+)[.;]\s*(?:action|then|do|effect)\s*:\s*", re.I).sub(r"If \1, ", instruction)


def conditioned(text: str) -> str:
    """A request with its condition in any of the shapes above -> 'if C, A; otherwise B' (unchanged otherwise)."""
    for pattern, repl in _SHAPES:
        text = replaced(pattern, repl, text, count=1)
    return text


_IF_RE = re.compile(r"^(?:only )?if (?P<cond>[^,;]+),\s*(?:then )?(?P<then>[^;]+?)(?:\s*[;.,]\s*(?:and )?(?:if (?:it|"
                    r"they|that|this|so|not)(?: (?:is|are|does|do|has|have|was))?(?: not| n t)?(?: the case)?|"
                    r"otherwise|else|if not|or else|failing that),?\s*(?P<other>.+))?$")
_CONDITION_RE = re.compile(r"^(?P<subject>.+?) (?P<verb>is|are|has|have)(?P<neg> not)? (?P<rest>.+)$")


def conditional(text: str) -> tuple[str, str, bool, str, str, str | None] | None:
    """'if the red block is in a bowl, take it out; if it is not, bin it' -> (the condition, the yes/no question it
    asks, whether it is negated, its subject, what to do when it holds, what to do otherwise); None for any other text."""
    m = _IF_RE.match(text)
    if m is None:
        return None
    if m.group("other") and (tail := rx(r"[.;]\s*(?:(?:and|also|plus|oh|and also),?\s*)+(?=\w)").search(m.group("other"))):  # '..., otherwise put it in W. And ...'
        return conditional(f"if {m.group('cond')}, {m.group('then')}, then {(told := m.group('other')[tail.end():])}; otherwise {m.group('other')[: tail.start()]}, then {told}")
    c = _CONDITION_RE.match(m.group("cond"))
    if c is None or c.group("subject") == "there":
        there = rx(r"^there (is|are)( not)? (.+)$").match(m.group("cond"))
        if there is None:
            return None
        return (m.group("cond"), f"{there.group(1)} there {there.group(3)}", bool(there.group(2)), "", m.group("then"),
                m.group("other"))
    verb = c.group("verb") if c.group("verb") in ("is", "are") else "does" if c.group("verb") == "has" else "do"
    rest = c.group("rest") if verb in ("is", "are") else "have " + c.group("rest")
    return (m.group("cond"), f"{verb} {c.group('subject')} {rest}", bool(c.group("neg")), c.group("subject"), m.group("then"),
            m.group("other"))


def _looked(question: str, condition: str, ctx: Context) -> str:
    """The yes/no answer to a condition's question, from the scene as perceived; refused when perception cannot tell."""
    reply = answer(question, ctx.scene).text if question else ""
    if not reply.startswith(("Yes", "No")):
        raise PlanningError(f"I cannot tell from what I see whether {condition}, so I cannot do what depends on it; "
                            "say what to do without 'if'")
    return reply


def _seen(condition: str, ctx: Context) -> bool:
    """Whether the condition holds in the scene as perceived."""
    read = conditional(f"if {condition}, x")
    return _looked(read[1] if read else "", condition, ctx).startswith("Yes") != bool(read and read[2])


_STEP_RE = re.compile(rf"(?P<lead>[.;,]\s*(?:and )?(?:then|after that|afterwards|second|step two|next|once that is done)?,?\s*|\s+(?:and )?"
                      rf"(?:then|after that|afterwards),?\s*|\s+and,?\s*)(?:(?P<unless>unless)|{_IF}) (?P<c>[^,]+), (?P<b>[^.;]+)")


def staged(text: str, ctx: Context) -> str:
    """'first A; then, only if W is still empty, put X in it': the later step kept or dropped by looking now, when no
    step before it names what the condition is about; refused when one does (what will hold then cannot be seen yet)."""
    text = rx(r"([.;]\s*(?:then|after that|afterwards|once that is done|next)?,?\s*)([^.;]+?),? but only if ([^,.;]+)(?=\s*(?:[.;]|$))").sub(r"\1if \3, \2",
                  text)  # '...; once that's done, put X in W, but only if W has room': the step with its condition first
    for m in reversed(list(_STEP_RE.finditer(text))):
        before = text[: m.start()]
        last = [n for n in sorted(ctx.scene.names(), key=before.rfind) if n in before][-1:]  # 'keep X; if Y is on it, ...': X
        own = rx(r"(?:the \w+ bowl|there)\b").match(plainly(m["c"]))  # 'if W has two blocks in it': W
        condition = plainly(rx(r"\b(on|in|under|on top of) it\b").sub(lambda s: f"{s[1]} the {last[0]}", m["c"]) if last and not own else m["c"])
        if not _STATE_RE.fullmatch(condition) or _NOT_STATE_RE.search(condition) or not before.strip(" ,;.") or rx(r"(?:it|they|that|this)\b").match(m["c"]) and rx(
                r"\bif\b").search(before):  # 'if W is empty, put X in it; if it is not, ...': the other branch, not a next step
            continue
        named = [n for n in ctx.scene.names() if rx(rf"\b{n}\b").search(condition)]
        moves = rx(r"\b(?:do not|don t|never) (?:touch|move)\b[^.;,]*|\b(?:leave|keep)\b[^.;,]*").sub("", before)  # what is kept is not moved
        placed = not rx(r"\b(?:clear|empty|full|nothing|anything|something|on top|on it|blocks? (?:on|in))\b|\bon the \w+ block\b").search(condition)
        if placed:  # where X is: 'take Y off X; then, if X is in a bowl, ...' leaves X where it is
            moves = rx(r"\b(?:off|from|out of) the \w+ \w+|\b(?:on|on top of|in) the \w+ \w+(?= (?:onto|into|to|in|on|at)\b)").sub("", moves)
        object_ = rx(r"\bthe \w+ block\b").search(m["b"])
        if object_ and m["lead"].strip(" ,") in (".", ";", "") and rx(rf"\b{object_[0]}\b").search(before) and not rx(
                r"\b(?:first|then|next|after)\b").search(before):  # 'X in W. If C, though, X in the bin': the exception, not a next step
            return f"if {condition}, {m['b']}; otherwise {before.strip(' ,;.')}{text[m.end():]}"
        state = ctx.state  # what a move before it changes: the things named, what is in a named bowl or on a named block
        near = [] if placed else [b for b in state.blocks if state.base(b) in named or any(
            b in state.above(n) or n in state.above(b) for n in named if n in state.support)]
        if touched := [n for n in [*named, *near] if rx(rf"\b{n}\b").search(moves)]:
            raise PlanningError(f"whether {condition} depends on the steps before it, which move or use the {touched[0]}; I "
                                "check a condition only against what I see now, so ask for the first steps, then for the rest")
        step = m["b"]
        if named:  # 'then if W is empty, put X in it': it is what the condition is about
            step = rx(r"\b(in|into|on|onto) it\b" if "bowl" in named[0] else r"\bit\b").sub(lambda s: (
                f"{s[1]} the {named[0]}" if s.lastindex else f"the {named[0]}"), step, count=1)
        if named and named[0] in ctx.state.bowls and rx(r"(?:add|put|place|drop|pop) the \w+ block").fullmatch(step):
            step += f" in the {named[0]}"  # 'then check W: if it has fewer than two blocks, add X': into W
        text = text[: m.start()] + (f"{m['lead']}{step}" if _seen(condition, ctx) != bool(m["unless"]) else "") + text[m.end():]
    return text


def branch(cond: Condition, ctx: Context) -> tuple[str | None, str]:
    """'if X is in a bowl, take it out; if not, bin it': the branch the scene takes and what was seen (no branch when it
    picks none); refused when perception cannot tell."""
    condition, question, negated, subject, then, other = cond
    if (plain := conditional(f"if {plainly(condition)}, x")) is not None:  # 'if W already has two or more blocks in it'
        condition, question, negated, subject = plain[:4]
    if where := rx(r"(?:the \w+ block|it) is(?: not)? (on|in|at|on top of) (the [\w ]+)$").match(condition):  # 'if X is not on Y, put it there'
        then, other = (rx(r"\b(?:put|place|stack|move|set) it there\b").sub(f"put it {where[1]} {where[2]}", t) if t else t for t in (then, other))
    if colour := rx(r"there is (?:a|an|one) bowl (?:of )?(?:the same colou?r as|matching|that matches) (the \w+ block)$").match(condition):
        then = rx(r"\b(in|into) (?:it|that bowl|that one|there)\b").sub(r"\1 its matching bowl", then)  # '..., put X in it'
        ctx.it = exact_names(colour[1], ctx.scene)[:1] or ctx.it
    if subject in ("it", "the bowl", "the block", "that one"):  # 'X goes in W provided the bowl is empty': the one the request names
        kinds = ("bowl",) if subject == "the bowl" else ("block",) if subject == "the block" else ("block", "bowl")
        said = [n for k in kinds for n in rx(rf"\bthe (\w+ {k})\b").findall(f"{then} {other or ''}") if n in ctx.scene.names()]
        if said:
            question, condition = (rx(rf"\b{subject}\b").sub(f"the {said[0]}", t, count=1) for t in (question, condition))
            subject = f"the {said[0]}"
    seen = _looked(question, condition, ctx)
    taken = seen.startswith("Yes") != negated
    text = then if taken else other
    if text is None:
        return None, f"{seen.rstrip('.')}; so there is nothing to do."
    named = exact_names(subject, ctx.scene) if subject else []
    with suppress(PlanningError, Ambiguous):  # 'if the red bowl is empty, put X in it': 'it' is what the condition is about
        ctx.it = named[:1] or resolve_blocks(NounPhrase(subject), ctx)[:1] or ctx.it
    under = named[:1] if rx(r"\bha(?:s|ve) (?:a block|something|anything|another block|a cube) (?:on|on top of) (?:it|top)\b").search(
                                   condition) else exact_names(m[1], ctx.scene) if (m := rx(
        r"(?:there is )?(?:something|anything|a block|another block|a cube|some block) (?:is )?(?:\w+ )?(?:on|on top of) (the \w+ block)$").match(
        condition)) else []
    if under and under[0] in ctx.state.support:
        ctx.it = ctx.state.on_top(under[0])[:1] or ctx.it  # 'if X has a block on it, shift that block to W': the one on X
    if (inside := rx(r"there (?:is|are) [^,]*?\bin (the \w+ bowl)$|(the \w+ bowl) (?:has|have) [^,]*?\bblocks?\b|(the \w+ bowl) is not empty$").match(
                           condition)) and (bowl := (inside[1] or inside[2] or inside[3])[4:]) in ctx.state.bowls:
        ctx.it, ctx.group = [bowl], ctx.state.in_bowl(bowl)  # 'if there is anything in W, bin it': what is in W
    if named and named[0] in ctx.state.bowls:  # 'if W is empty, X goes in (there)': in W
        text = rx(r"\b(?:goes|go|belongs|should go) in(?: there)?(?=\s*(?:[,;.]|$))").sub(f"goes in the {named[0]}", text)
    first = rx(r",? then\b|[;.]").split(then)[0]  # what the first branch moves: 'put X in it, then ...'
    if not taken and rx(r"\bit\b").search(text) and (block := rx(r"\bthe (\w+ block)\b").search(first)) and block[1] in ctx.state.support:
        ctx.it = [block[1]]  # 'if W is empty (or Y is clear), put X in it (on Y); otherwise put it in the bin': X
    return text, seen
