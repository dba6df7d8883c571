"""Names given inside a request ('let's call the blue bowl "home"; put the red block home', 'the green bowl is the garage and
the yellow block is a car: park the car in the garage', 'define x as the blue block', 'the car (the yellow block)'): each
name said again later is read as the thing it was given to, and the sentence that gave it is dropped. A name is only taken
when it is used again, so 'the red block is the one on the left' gives none. Read by `discourse.told` first."""

from __future__ import annotations

import re
from collections import Counter

from agent.regex import rx
from sim.core.lexicon import COLOURS

_THING = (r"the (?:[a-z]+ ){0,4}?(?:block|bowl|bin|corner|middle|cube|one|table)(?: (?:sitting |resting |lying |stacked |standing )?(?:on top of|on|in|under) "
          r"the [a-z]+ (?:block|bowl|one))?")
_NAME = r"[a-z][a-z0-9]*(?: (?!now\b|today\b|tonight\b|from\b|for\b|and\b)[a-z0-9]+)?"
_DEFINED = re.compile(
    rf"(?:(?:let'?s|let us|we'?ll|i'?ll|i will|we will|we can|i'?m going to|you can) )?call (?P<t1>{_THING}),? ['\"\u2018\u201c]?(?P<n1>{_NAME})['\"\u2019\u201d]?"
    rf"(?:(?: from now on| for now)(?=\s*(?:[,.;:!?]|$| and\b))|(?=\s*(?:[,.;:!?]|$| and\b)))"
    rf"|(?:for (?:this|the|our) (?:game|activity|story|lesson),? )?(?P<t2>{_THING}) (?:is|will be|shall be|is now) (?:called|named|known as) "
    rf"['\"\u2018\u201c]?(?P<n2>{_NAME})['\"\u2019\u201d]?(?: from now on| for now)?"
    rf"|(?:(?:pretend|imagine|say|suppose)(?: that)? |for (?:this|the|our) (?:game|activity|story),? )?(?P<t3>{_THING}) (?:is|will be|can be) (?:now )?"
    rf"(?:(?:the|a|an|our|my|your|his|her|their) )?(?:(?:little|big|brave|old|new|secret|magic|tiny|lost|sleeping) )?['\"]?(?P<n3>{_NAME})['\"]?"
    rf"(?: from now on| for now| now| today| tonight)?(?=\s*(?:[,.;:!?]|$| and\b))"
    rf"|(?P<t4>{_THING}) (?:is|=) ['\"]?(?P<n4>[A-Z][A-Za-z0-9]?|[a-z])['\"]?(?=\s*(?:[,.;:!?]|$| and\b))"
    rf"|(?:let|define|set) (?P<n5>[a-z][a-z0-9]*) (?:be|as|=|to be) (?P<t5>{_THING})"
    rf"|(?:the |a |an |my |our )(?P<n6>[a-z]+) \((?P<t6>{_THING})\)"
    rf"|(?:a|an) (?P<n7>[a-z]+), (?P<t7>{_THING}),"
    rf"|(?<=bowl|lock) and (?P<n8>[a-z][a-z0-9]?) (?:be |as |= )?(?P<t8>{_THING})"
    rf"|(?:\b(?:let|const|where|and|your|my|our) )?\b(?P<n9>[a-z][a-z0-9_]*) (?:=|is) (?P<t9>{_THING})(?=\s*(?:[,.;:!?]|$| and\b))"
    rf"|(?:the |a |an )(?P<n10>[a-z]+),? which is (?P<t10>{_THING})"
    rf"|(?:treat|use|using|alias) (?P<t11>{_THING}) as (?:the |a |an |our )?(?P<n11>{_NAME})(?=\s*(?:[,.;:!?]|$| and\b))", re.IGNORECASE)  # 'let A be W and B V'
_NOT_NAMES = {"which", "what", "there", "here", "where", "who", "in", "on", "at", "to", "into", "onto", "under", "inside", "sitting", "resting", "lying",
              "stacked", "not", "still", "already", "now", "also", "empty", "free", "done", "gone", "fine", "ok", "next", "block", "bowl", "one", "ones", "table", "bin", "corner", "middle", "cube", "same", "only", "other", "last", "first", "left", "right", "top",
              "bottom", "one on", "empty", "full", "clear", "red", "green", "blue", "yellow", "orange", "purple", "pink", "cyan", "white", "it", "that", "this"}


def _where(thing: str) -> str:
    """The preposition a place name takes when it stands for a target ('put the red block home')."""
    return "at" if rx(r"\b(?:corner|middle)$").search(thing) else "on" if rx(r"\b(?:block|one|cube|table)$").search(thing) else "in"


_COMMON = frozenset("the a an and or of to in on into onto at is are be it its them they this that then put move place take stack block blocks bowl bowls "
                    "one ones bin table top bottom left right corner middle all every each not no with from off out up down please".split())


def aliased(text: str) -> str:
    """`text` with every name given in it replaced by what it names, and the giving dropped; as it is without names."""
    said = Counter(rx(r"[a-z0-9]+").findall(text.lower()))
    if not any(n > 1 and w not in _COMMON and w not in COLOURS for w, n in said.items()) and "(" not in text and "which is" not in text \
            and not rx(r"\b([A-Z])\b.*\b\1\b").search(text):
        return text  # a name is said at least twice (given, then used): most requests repeat no word but these
    found = []
    for m in _DEFINED.finditer(text):
        n = next(i for i in range(1, 12) if m[f"n{i}"])
        name, thing = m[f"n{n}"], m[f"t{n}"]
        rest = text[m.end():] + " " + text[: m.start()]
        if n == 9 and rx(r"(?:'s|\bs|\bits|\bhis|\bher|\btheir|\bmy|\byour|\bour)\s*$", re.I).search(text[: m.start("n9")]):
            continue  # 'its home is W': said of a thing, no name given
        if name.lower() in _NOT_NAMES or name.lower() == thing.lower() or n not in (6, 10) and not rx(rf"\b{re.escape(name)}\b", re.I if len(name) > 1 else 0).search(rest):
            continue
        found.append((m, name, thing))
    if not found:
        return text
    for m, _, thing in reversed(found):  # the giving dropped: a definition alone, or the thing named in place of 'the car (the yellow block)'
        keep = m["t6"] or m["t10"] or ""
        text = text[: m.start()] + keep + text[m.end():]
    for _, name, thing in found:
        flags = re.I if len(name) > 1 else 0
        text = rx(rf"(\b(?:put|bring|take|move|send|park|file|throw|toss|drop|carry|get|return|walk)\b[^.;:!?]*?\b(?:block|one|it|them)\s+)(?:the |my |our )?"
                      rf"{re.escape(name)}\b", flags).sub(lambda t: f"{t[1]}{_where(thing)} {thing}", text)  # 'put the red block home'
        text = rx(rf"\b(?:the |my |our |his |her |its |their |a )?{re.escape(name)}\b", flags).sub(thing, text)
    text = rx(r"(^|[.;:!?]\s*)(?:(?:,|and|so|then|now)\s*)+").sub(r"\1", rx(r"\s*,?\s*\band\s*(?=[.;:!?]|$)|,\s*(?=[.;:!?])").sub("", text).strip())
    return rx(r"^\W+").sub("", rx(r"\s*([.;:!?])(?:\s*[.;:,!?])+").sub(r"\1", text)).strip()
