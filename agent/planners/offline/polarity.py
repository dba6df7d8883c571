"""Wants said through negatives, each said as what it wants: litotes ('I wouldn't mind X in W', 'it wouldn't hurt to put
X in W', 'it would not be unwelcome if X were on the table', "there's no reason X can't be in W"), double negatives
('it's not that you shouldn't put X on Y; you should', 'no block should fail to end up in the bin', 'X not being in W is
not an option', "don't not stack X on Y"; 'not putting X on Y is not an option' is `passives`'), 'nothing but' and 'anywhere but', 'not a single' and 'not one', bounds ('no
fewer than two', 'no bowl has fewer than one block') and negated instructions that ask for a positive goal ("don't let X
stay outside W", "don't leave W without X", "don't forget to put X in W"). Questions said through negatives ('Is there
nothing but X in W?') are `tag_questions`'. Read among the first of `speech.SPEECH`'s rules."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

_NOT = r"(?:n't|n t| not)"
_X = r"(the [\w ]+?)"  # a thing named, however long
_PLACE = r"(the (?:bin|table|middle|\w+ bowl|\w+ block|(?:top|bottom) (?:left|right) corner))"


def preposition(place: str) -> str:
    """The word a place takes: 'in the bin', 'on the table', 'at the middle'."""
    return "at" if place.endswith(("corner", "middle")) else "on" if place.endswith(("block", "table")) else "in"


def _not_that(m: re.Match[str]) -> str:
    """'it's not that you shouldn't put X on Y; you should' -> 'put X on Y'; "... that I don't want X on Y" -> 'I want X on
    Y'; "... that X shouldn't be in W" -> 'X should be in W'."""
    who, aux, rest = m["who"], m["aux"], m["rest"]
    return rest if who == "you" else f"{who} {rest}" if who in ("i", "we") else f"{who} {aux} {rest}"


POLARITY: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # litotes: what would be no bad thing is wanted
    (rf"\b(?:i|we) (?:would|d){_NOT} (?:mind|object to|say no to|be against|be opposed to|complain about|be unhappy with|be upset by|hate)(?: having)?\s+",
     "i would like "),
    (r"\bit (?:would|will|could|can|does|do)(?:n't|n t| not) (?:hurt|harm|do any harm|be a bad idea|be bad|be wrong|be a problem)(?: at all)? (?:to|if you)\s+", ""),
    (r"\bit would (?:not|n t|n't) be (?:unwelcome|unwanted|a bad thing|bad|a problem|a bad idea|terrible|awful)(?: at all)? if (the [\w ]+?) (?:were|was) ",
     r"i would like \1 "),
    (r"\b(i would like [\w ]+?) (?:going|being (?:put|placed|stacked|moved|set)|sitting|ending up) (?=(?:in|into|on|onto|at|on top of|to)\b)", r"\1 "),
    (rf"^{_X} (?:would|will) be no worse off (?:on |in |at )?{_PLACE}", lambda m: f"{m[1]} should be {preposition(m[2])} {m[2]}"),  # '... no worse off on the table'
    (rf"^{_X} being (on|in|at|inside) ([^,;.]+?) (?:would|will) be (?:no bad thing|fine|good|nice|great|welcome|no problem)\b", r"\1 should be \2 \3"),
    (rf"^{_PLACE} is not a bad (?:place|spot|home) for {_X}(?=\s*(?:[;,.]|$))(?:\s*[;,.]\s*that is where (?:it|they) (?:should|belongs?|goes|go)\b[^;.]*)?",
     lambda m: f"{m[2]} should be {preposition(m[1])} {m[1]}"),  # 'the table is not a bad place for X; that is where it should be'
    (r"\bthere (?:is|s) no reason (?:why )?(?:not to|you (?:can not|cannot|should not|shouldn t|can t) )", ""),
    (rf"\bthere (?:is|s) no reason (?:why )?{_X} (?:can not|cannot|can t|should not|shouldn t|could not) (?=be\b|go\b|sit\b)", r"\1 should "),
    # double negatives: the positive they make
    (rf"\bit (?:is|s) not that (?P<who>you|i|we|the [\w ]+?|it|they) (?P<aux>should|do|does|can|could|would|must){_NOT} (?P<rest>[^;.]+?)(?:\s*[;,.]?\s*$|\s*[;,.]\s*(?:but )?"
     rf"(?:you|i|we|it|they) (?:should|do|does|can|could|would|must)\b[^;.]*)", _not_that),
    (r"\b(?:do not|don t|don't) not\s+", ""), (r"\bi (?:can not|cannot|can t|can't) not have\b", "i want"),
    (r"\b(?:can|could)(?: not|n t|n't) not be\b", "should be"),  # 'X can't not be in W when you're done'
    (r"\bthere (?:is not|isn t|isn't|s not) (?:a|one|a single) (block|bowl)(?: here| there)? (?:that|which) (?:does not|doesn t|doesn't) (belong|go) ",
     r"every \1 \2s "),  # "there isn't a block here that doesn't belong in the bin"
    (r"\bno (block|bowl)s? (?:should|must|may|can|will) fail to\b", r"every \1 should"), (r"\bnever fail to\s+", ""),
    (rf"\bit (?:is|s|would be) not (?:(?:acceptable|ok|okay|allowed|an option) )?(?:for|that) {_X} (?:to not|not to|is not|does not) be\b", r"\1 should be"),
    (rf"\b{_X} not being (in|on|at|inside) ([^,;.]+?) is not (?:an option|acceptable|allowed|ok|okay)\b", r"\1 should be \2 \3"),
    (rf"\bi (?:would|d){_NOT} be (?:happy|pleased|ok|okay|content) (?:with|if) {_X} (?:not being|were not|was not|is not) (in|on|at) ([^,;.]+)(?:,? so [^;.]*)?",
     r"\1 should be \2 \3"),
    # negated instructions that ask for where something should be
    (rf"\b(?:do not|don t|don't) let {_X} (?:stay|remain|sit|be) (?:outside|out of) (the \w+ bowl)", r"put \1 in \2"),
    (rf"\b(?:do not|don t|don't) let {_X} (?:stay|remain|sit|be) (in|on|at) ", r"\1 should not be \2 "),
    (rf"\b(?:do not|don t|don't) leave {_X} (?:out of|outside) (the \w+ bowl)", r"put \1 in \2"),
    (rf"\b(?:do not|don t|don't) leave (the (\w+) bowl) without {_X}(?: in it)?(?=\s*(?:[,.;:]|$))", lambda m: "put " + rx(
        r"the (?:block|one) (?:of|in|with) (?:the same|its|that) colou?r").sub(f"the {m[2]} block", m[3]) + f" in {m[1]}"),  # ... without the block of its colour
    (rf"\b(?:do not|don t|don't) leave {_X} anywhere (?:but|except|other than|apart from) (?:on |in |at )?{_PLACE}", lambda m: f"put {m[1]} {preposition(m[2])} {m[2]}"),
    (rf"\b(?:do not|don t|don't) leave {_X} not (?:on |in |at )?{_PLACE}", lambda m: f"put {m[1]} {preposition(m[2])} {m[2]}"),
    (rf"^(?:do not|don t|don't) leave {_X} (?:there|where it is)\s*[,;:]\s*(put|move|place|stack|set) it\b", r"\2 \1"),
    (r"\b(?:do not|don t|don't) forget (?:to )?(?=(?:put|move|place|stack|bin|take|set|drop)\b)", ""),
    (rf"\b(?:do not|don t|don't) forget (?:about )?(?:any of |all of )?{_X}\s*[,:;]\s*(each of them |every one of them |they |it )?",
     lambda m: f"{m[1]} " if m[2] else f"{m[1]}, "),  # "don't forget X: it goes in W", "... X: I want it in the bin"
    (rf"\b(?:do not|don t|don't) let {_X} (?:stay put|stay where it is|remain (?:where it is|put))\s*[.;,]\s*(stack|put|move|place|set|bin) it\b", r"\2 \1"),
    (rf"\blet nothing (?:but|except|other than) {_X} (?:go|sit|be|end up) (on|on top of|in|into) ", r"put \1 \2 "),
    (r"^(?:do not|don t|don't) (?:skip|miss|forget) (?:either|any|a single|both|the|one) (?:of the )?steps?\s*[,:;]\s*", ""),
    # 'nothing but', 'none but', 'not a single', 'not one', bounds
    (rf"\b(the \w+ bowl) (?:gets|should get|holds|should hold|has|should have|contains|should contain|is to hold) nothing but {_X}(?=\s*(?:[,.;]|$))",
     r"\2 should be the only block in \1"),
    (rf"\bput nothing (?:but|except|other than) {_X} (on|on top of|in|into) ", r"put \1 \2 "),
    (rf"\b(?:(?:i want|i would like) the table to (?:hold|have)|the table (?:should )?(?:holds?|has|have)) nothing (?:but|except) {_X}(?=\s*(?:[,.;]|$))|"
     rf"\b(?:i want|i would like|there is|there should be) nothing (?:but|except) {_X} (?:left )?on the table\b", lambda m: f"only {m[1] or m[2]} should be on the table"),
    (r"\bthe table (?:holds|has|should hold|should have) (no more than|at most) (\w+) blocks?\b", r"\1 \2 blocks should be on the table"),
    (r"^never let (the (\w+) bowl) (?:go|be|stay) without (?:its matching block|the block of its (?:own )?colou?r)(?:\s*[;,.]\s*(?:so )?put (?:the block of its "
     r"(?:own )?colou?r|its matching block|it) in (?:it|there))?", r"put the \2 block in \1"),
    (r"^(?:never|do not|don t|don't) leave (?:any )?(?:blocks|anything) in (the bowls|the \w+ bowl)\s*[;,.:]\s*take (?:each one|each of them|every one|them all|them) out\b",
     r"take every block out of \1"),
    (rf"[;,.]\s*(?:none|nothing|no block) (?:but|except|other than) {_X} (?:stays|remains|is left|should stay) (?:out|behind|where it is)\b", ""),
    (rf"\b(?:none|no block|not one|not a single block)(?: of the blocks| of them)? (?:but|except|apart from|other than) {_X} (?:should|may|must|is to|can) "
     r"(?:move|be moved)\b", r"leave every block except \1 where it is"),
    (r"\b(should|must|has to|needs to) (?:end up|be left|be) (?:without (?:a single|any) block|with no blocks?|with nothing)(?: in (?:it|them)| inside)?",
     r"\1 be empty"),  # 'the bowl with X in it should end up without a single block in it'
    (r"\b(each|every|all the) bowls? (?:should|must) be empty\b", "every bowl should be empty"),
    (r",?\s*(?:with )?not (?:a single|one)(?: block)? (?:left|remaining)(?: behind| in (?:any of them|it|them|there))?(?=\s*(?:[,.;]|$))", ""),  # '..., not one left behind'
    (r"\bnot (?:a single|one)( other)? (block|cube|bowl)s?\b", r"no\1 \2"),
    (r"\bno block (?:sits|is|should be|should sit|stays) in a bowl (?:whose colou?r is different from its own|of a different colou?r|that is not its (?:own )?colou?r|"
     r"that does not match it)\b", "no block should be in a bowl of a different colour"),
    (r"\b((?:clear|empty)(?: out)? the \w+ bowl),? so (?:that )?(?:no block|nothing) (?:is|gets|remains|stays) (?:left )?(?:in it|inside)\b", r"\1"),
    (r"\b(empty|emptying) (the \w+ bowl) of (?:every|each|all)(?: single)? blocks?\b", r"\1 \2"),
    (r"[.;]\s*(?:when|once|after) (?:no block|not one|none|nothing|no one)(?: of them)? is left(?: in it)?,\s*", ". then "),
    (r"\bno (bowl|block)s? (?:has|have|holds?|should have|should hold|contains?|gets?) (?:fewer|less) than\b", r"every \1 should have at least"),
    (r"\b(?:no|not) (?:fewer|less) than\b", "at least"),
    (r",?\s*and not (?:a|one) (?:block|one) more\b", ""), (r",\s*never (the \w+ block)(?=\s*(?:[,.;]|$))", r" except \1"),
)
