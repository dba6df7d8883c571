"""Yes-or-no questions about how the table is, said back as the statement they ask about, for the planner to read as a
goal and answer whether it holds now: 'is it true that P?', a rule asked about ('Rule: P. Does the table follow it?',
see `rules`), 'is every block in the bowl of its colour?' (every block is ...), 'does every bowl hold at most one
block?' (every bowl holds ...), a tower asked about ('Top to bottom, do X and Y form a tower?'), and a list asked about
item by item ('Is this list right? X: in W; ...', 'how many of these hold: ...?'). `OfflinePlanner` asks a list first
(the message is only the question) and the rest only when the answers could not say, so a question they cover is
answered as before; what the goal reader does not understand stays unanswered."""

from __future__ import annotations

from dataclasses import dataclass

from agent.planners.offline.rules import ruled
from agent.planners.offline.spelling import uncontracted
from agent.regex import rx


@dataclass(frozen=True)
class Claim:
    """What a question asks to be so, in the readings it may have (the likeliest first)."""

    statements: tuple[str, ...]
    false: bool = False  # 'is it false that P?', 'is the table breaking the rule?': 'Yes' when P does not hold
    whole: bool = False  # the message is only the question ('Is this list right? X: in W; ...'): never read as a request
    each: str | None = None  # 'count' ('how many of these hold: ...') or 'any wrong' ('are any of these wrong: ...'): each statement alone


# where the predicate of 'is S P?' may start: S is the words before
_PREDICATE = frozenset("in inside into on onto under underneath beneath below above at next beside by near sitting resting standing lying "
                       "stacked piled empty full all both each still already alone not off out".split())
_VERBS = frozenset("hold have contain sit rest stand lie touch share carry support match belong obey follow".split())


def claimed(question: str) -> Claim | None:
    """The statement a yes-or-no question asks about, or None when it is no such question."""
    q = rx(r"\s+").sub(" ", uncontracted(ruled(question).strip().lower())).strip()
    q = rx(r"^(?:so|and|ok|okay|tell me|quick question),? ").sub("", q)
    if m := rx(r"^(?:is it|it is) (true|false|the case|so|not true|not the case) that (.+?)[\s?.]*$").match(q):
        return Claim((m[2],), m[1].startswith(("false", "not")))
    if m := rx(r"^(?:can you confirm|would you say|do you agree|is it right|am i right(?: in thinking)?|would it be right to say) that (.+?)[\s?.]*$").match(q):
        return Claim((m[1],))
    listed = rx(r"^(?:(?:is|are) (?:this|that|the following|these|those|my|the) (?:list|pairings?|pairs?|layout|arrangement|set ?up|plan|table|picture)(?: (?:right|"
                r"correct|accurate|true|ok|okay|how (?:it is|things are)(?: now)?))?|(?P<count>how many) (?:of (?:these|the following|them)|(?:of )?(?:the |these )?(?:lines|items|"
                r"pairings|pairs|statements))(?: of (?:this|the) list)?(?: (?:\w+ ){0,2})? (?:are|is|hold|are true|are right|are correct|are met|come true)|(?P<any>(?:is|are) "
                r"(?:any|one|some) of (?:these|the following|them)(?: \w+)? (?:wrong|false|not (?:right|true|met|so)|incorrect|off))|(?:is|are) (?:all )?(?:these|the following)"
                r"(?: \w+)? (?:right|correct|true|met|so))\s*[-?:]+\s*(?P<list>.+?)[\s?.]*$").match(q)  # 'Is this list right? X: in W; Y: on Z.'
    if listed:
        items = [rx(r"^(?:the )?(\w+)(?: block| cube)?\s*(?::|-+|->|=)?\s*(?=in|on|at|inside|on top of)").sub(r"the \1 block is ", i.strip())
                 for i in rx(r"\s*[;/]\s*|,\s*(?:and\s+)?(?=(?:the )?\w+ (?:block|cube|in|on|at)\b)").split(listed["list"]) if i.strip()]
        if not items or not all(rx(r"the \w+ block is (?:in|on|at|inside|on top of)\b").match(i) for i in items):
            return None
        each = "count" if listed["count"] else "any wrong" if listed["any"] else None
        return Claim(tuple(items) if each else (". ".join(items),), whole=True, each=each)
    order = r"(?:from )?(?:the )?(?:top (?:down|to (?:the )?bottom)|bottom (?:up|to (?:the )?top))"
    if m := rx(rf"^(?:(?P<o1>{order}),? )?(?:do|does|are|is) (?P<x>the .+? blocks?) (?:form|make|build|stand in|stacked (?:up )?(?:as|in|into)) (?:a|one) (?:single )?"
               rf"(?:tower|stack)(?: in (?:that|this|the same) order)?(?:,? (?P<o2>{order}))?[\s?]*$").match(q):
        return Claim((f"stack {m['x']} in that order, {m['o1'] or m['o2']}",)) if m["o1"] or m["o2"] else None  # 'Top to bottom, do X, Y and Z form a tower?'
    if rx(r"\b(?:or|either|whether)\b").search(q):
        return None  # 'is X in W or in V?': which of two, no yes or no
    if m := rx(r"^(is|are) (.+?)[\s?]*\?$").match(q):
        words = m[2].split()
        said = tuple(f"{' '.join(words[:i])} {m[1]} {' '.join(words[i:])}" for i in range(1, len(words)) if words[i] in _PREDICATE and _subject(words[:i]))
        return Claim(said) if said else None
    if m := rx(r"^(does|do) (.+?)[\s?]*\?$").match(q):
        words = m[2].split()
        said = tuple(f"{' '.join(words[:i])} {_agreeing(words[i], m[1] == 'does')} {' '.join(words[i + 1:])}" for i in range(1, len(words))
                     if words[i] in _VERBS and _subject(words[:i]))
        return Claim(said) if said else None
    return None


def _subject(words: list[str]) -> bool:
    """Whether `words` can be what a claim is about: a noun phrase ('the red block', 'every bowl'), not a judgement of
    something said ('any of these pairings wrong:')."""
    said = " ".join(words)
    return bool(rx(r"(?:the|every|each|all|no|none|both|nothing|something|anything|a|an|at least|exactly|only|one|two|three|four)\b[^,:;]*").fullmatch(said)) and not rx(
        r"\b(?:this|these|those|list|pairings?|pairs?|wrong|right|correct|true|false|ok|okay|fine)\b").search(said)


def _agreeing(verb: str, singular: bool) -> str:
    """`verb` said with a singular subject ('holds', 'has') or a plural one."""
    if not singular:
        return verb
    return "has" if verb == "have" else verb + ("es" if verb.endswith(("s", "sh", "ch")) else "s")
