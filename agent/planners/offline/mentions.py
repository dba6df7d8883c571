"""Pointing back to things named earlier in the same message: 'the former' and 'the latter', 'the first (one)', 'the
second (of them)', 'the third', 'the second block I named', 'the block I named first', 'the block I just mentioned', 'that
same block', '(and then Y goes) on top', 'the other one' (or 'the others') of a list once one of them is named again,
and 'both of them' / 'every one of them' after a list said first ('The X and the Y: put both of them in the bin'), and
'either bowl' after two bowls are named. Each
becomes what it points back to (the list said first, else the list said last, 'the X and the Y', else the names said so
far), and a list said only to be pointed back to ('I see X and Y.', 'Of X and Y, ...', 'Take X and Y. Put the former
...') is dropped once everything in it is named again, or once what follows names one of it and points into it no
more. Things said to be on or in something point back too ("There's stuff on X; I want nothing on it", 'There are blocks
in W; bin them'). Nothing is guessed: a reference with nothing to point to is left as said. Used by `goals` before
anything else reads the words."""

from __future__ import annotations

import re

from agent.planners.offline.pairings import each_named
from agent.regex import rx
from sim.core.lexicon import COLOURS

_COLOUR = "|".join(COLOURS)
_ONE = rf"(?:the|an?) (?:{_COLOUR}) (?:block|bowl|cube)\b(?!s)"
_NAME_RE = re.compile(rf"\b(?:the|an?) ({_COLOUR}) (block|bowl|cube)\b(?!s)", re.IGNORECASE)
_LIST_RE = re.compile(rf"\b{_ONE}(?:,? (?:and )?(?:then )?{_ONE})+", re.IGNORECASE)  # 'the X and the Y', 'the X, the Y and the Z'
# a list said first, only to point back to: 'I see X and Y.', 'Of X and Y,', 'The X, then the Y:', 'Take X and Y. Put the former ...'
_TOPIC_RE = re.compile(rf"^\W*(?P<lead>(?:i see|i(?:'d| d| would) like|i want|i(?: ve|'ve| have) got|i have|there(?: s|'s| is| are)|here(?: s|'s| is| are)|take|get|grab|pick up|look at|see|"
                       rf"consider|of|out of|from|between|about|regarding|as for|with|watch out for|mind|move|put|place|shift) )?(?:(?:two|three|four) blocks,? )?"
                       rf"(?P<list>{_ONE}(?:,? (?:and )?(?:then )?{_ONE})+|{_ONE})(?: (?:are|is) (?:in my way|here|over there|right here)| moved| sorted out| dealt with)?"
                       rf"(?: here)?\s*(?:\.\.\.|[:;.,?!]|\s[-\u2013\u2014]+)\s*", re.IGNORECASE)
_NTH = {"first": 0, "second": 1, "third": 2, "former": 0, "latter": -1, "last": -1}
_SAID = r"(?:i (?:just |already |first |last )?(?:mentioned|named|said|pointed (?:out|to)|talked about|brought up))"
_REF_RE = re.compile(
    rf"\bthe (?P<few>first|last) (?P<n>two|three)(?: of them| blocks| ones)?\b"
    rf"|\bthe (?P<pl>former|latter)\b(?! (?:block|bowl|one)s?\b(?! i\b))(?: (?:block|one))?"
    rf"|\bthe (?P<ord>first|second|third|last)(?: (?P<kind>block|bowl|one)(?: {_SAID})?| of (?:them|the two|the three|those two|these two|those)|(?=\s*[,.;!?]| on| in"
    rf"| into| onto| at| to| goes| go| should| does| belongs| sitting| stays| sits| is|$))(?! from\b| on the (?:left|right)\b| to the (?:left|right)\b| in (?:line|the row)\b)"
    rf"|\bthe (?P<named>block|bowl|one) {_SAID}(?: (?P<at>first|second|last))?\b"
    rf"|\b(?:(?:that|this|the very) same (?P<same>block|bowl|one)|(?:that|this) (?P<that>block|bowl)(?! (?:of|on|in|under|with)\b))\b"
    rf"|(?:(?<=\bgoes )|(?<=\bgo )|(?<=\bsits )|(?<=\bbelongs )|(?<=\bstacked )|(?<=\bput it )|(?<=\bplace it ))on top(?P<top>)(?= *(?:[.,;!?]|$|"
    rf" as well\b| too\b))"
    rf"|\bthe other (?P<other>one|block)\b(?! (?:bowl|of)\b)"
    rf"|\b(?:both of |all of |each of )?the (?P<others>others|other (?:two|three|ones|blocks))\b", re.IGNORECASE)
_GROUP_RE = re.compile(r"\b(?:both of them|the two of them|the pair of them|every one of them|each of them|all (?:three |four )?of them|"
                       rf"the two blocks {_SAID}|the two of those)\b", re.IGNORECASE)
_BOWL_RE = re.compile(rf"\b(?:the|an?) ({_COLOUR}) bowl\b|\b(?<=to the |in the )({_COLOUR}) one\b", re.IGNORECASE)  # '..., Y to the white one'
_EITHER_RE = re.compile(r"\b(?:either|neither) (?:bowl|of (?:them|those|these|the (?:two )?bowls|those (?:two )?bowls))\b", re.IGNORECASE)
_CUE_RE = re.compile(r"\b(?:former|latter|first|second|third|last|mentioned|named|said|pointed|talked|brought|same|other|both|them|two|that block|"
                     r"this block)\b",
                     re.IGNORECASE)


# something said to be on or in a thing, then what to do with 'it' or 'them': "There's stuff on X; I want nothing on it"
_STUFF_RE = re.compile(r"^\W*there(?:'s|s| is| are) (?:some |a few |several |a couple of |two |three |four |\d )?(stuff|something|things|junk|blocks|other blocks|more blocks|"
                       r"cubes)(?: sitting| piled(?: up)?| stacked)? (in|on|on top of|inside) (the \w+ (?:block|bowl))\s*(?:[.!?;,:\u2013\u2014-]+\s*|\s+"
                       r"(?=(?:and |but |so )?(?:i|we|please|pls|can|could|clear|empty|get|take|remove|bin|put|move|throw|chuck|toss|dump)\b))(?=\w)", re.IGNORECASE)

_BARE_RE = re.compile(r"^\W*(?:(?:dude|hey|oh|look|so|well|ok|okay),?\s+)*(the \w+ (?:bowl|block)) (?:is|s|looks)(?: looking| lookin)? (?:\w+ ){0,2}?(?:empty|bare|clear|"
                      r"lonely)\s*(?:[.,;:!\u2013\u2014-]+\s*|\s+)(?:so |and )?(?=(?:please |pls |can you |could you )?(?:put|place|drop|stick|pop|add|move|fill|stack)\b)", re.IGNORECASE)


def introduced(text: str) -> str:
    """Something said to be on or in X, then 'it' or 'them': X after 'nothing on it', 'clear it' or 'empty it' ("There's
    stuff on X; I want nothing on it"), else what is there ('There are blocks in W; bin them'); 'in it' or 'in there'
    after X is said to be empty ('W is lookin kinda empty, put two blocks in there'): X. As it is otherwise. One block
    said to be there is `discourse`'s ('There's a block in W. What colour is it?')."""
    if bare := _BARE_RE.match(text):  # 'W is lookin kinda empty, put two blocks in there': W
        there = rx(r"\b(in|into|on|onto) (?:it|there)\b", re.IGNORECASE).search(rest := text[bare.end():])
        return f"{rest[:there.start()]}{there[1]} {bare[1]}{rest[there.end():]}" if there and "?" not in rest else text
    if not (m := _STUFF_RE.match(text)):
        return text
    rest = text[m.end():]
    if "?" in rest:  # "There's something on X - what is it?": asked, read as asked
        return text
    if at := rx(r"\b(?:anything|nothing) (?:on|in)(?: top of)? (it)\b|\b(?:clear|empty) (it)\b", re.IGNORECASE).search(rest):
        at_it = at.start(1 if at[1] else 2)
        return f"{rest[:at_it]}{m[3]}{rest[at_it + 2:]}"
    if (it := rx(r"\b(?:it|them|they|those)\b", re.IGNORECASE).search(rest)) is None:
        return text
    return f"{rest[:it.start()]}{'the blocks in' if m[2].lower() in ('in', 'inside') else 'everything on'} {m[3]}{rest[it.end():]}"


def mentioned(text: str) -> str:
    """`text` with each reference back to a named thing replaced by that name (see the module's docstring)."""
    text = introduced(text)
    text = _EITHER_RE.sub(lambda m: " or ".join(f"the {n}" for n in bowls) if len(bowls := list(dict.fromkeys(
        f"{(n[1] or n[2]).lower()} bowl" for n in _BOWL_RE.finditer(text[: m.start()])))) == 2 else m[0], text)  # 'X to W, Y to V; nothing else in either bowl'
    if not _CUE_RE.search(text):
        return text
    if rx(r"\b(?:former|latter|first|second|third|last)\b", re.IGNORECASE).search(text):
        text = each_named(text)  # 'of the cyan and orange blocks, the former ...': a list of two
    if not _NAME_RE.search(text):
        return text
    topic = _TOPIC_RE.match(text)
    listed = [_name(m) for m in _NAME_RE.finditer(topic["list"])] if topic else []
    listed = listed if len(listed) > 1 or listed and topic["lead"] and topic["lead"].strip().lower() not in ("take", "get", "grab", "pick up") else []
    names = [(m.end(), _name(m)) for m in _NAME_RE.finditer(text)]
    pairs = [(m.start(), m.end(), [_name(n) for n in _NAME_RE.finditer(m[0])]) for m in _LIST_RE.finditer(text)]

    def name_for(m: re.Match[str]) -> str:
        before = [n for at, n in names if at <= m.start()]
        _, end, pair = next(((a, e, p) for a, e, p in reversed(pairs) if e <= m.start()), (0, 0, None))
        group = listed if listed and m.start() >= topic.end() else pair
        if m["few"]:  # 'put the first two in W and the last one in the bin'
            n = {"two": 2, "three": 3}[m["n"].lower()]
            few = (group[:n] if m["few"].lower() == "first" else group[-n:]) if group and len(group) > n else []
            return " and ".join(f"the {b}" for b in few) if few else m[0]
        if m["pl"] or m["ord"]:
            i = _NTH[(m["pl"] or m["ord"]).lower()]
            if m["kind"] and m["kind"].lower() != "one" or rx(_SAID, re.IGNORECASE).search(m[0]):  # 'the second block I named': of all said
                kind = "bowl" if (m["kind"] or "").lower() == "bowl" else "block"
                group = list(dict.fromkeys(n for n in before if n.endswith(kind)))
            if not group and m["pl"]:  # 'stack X on Y; then Z on the former': of the last two said before this clause
                own = _own(m, names, text)
                group = list(dict.fromkeys(n for n in before if n.endswith("block") and n not in own))[-2:]
                group = group if len(group) == 2 else []
            return f"the {group[i]}" if group and -len(group) <= i < len(group) else m[0]
        if m["named"] or m["same"] or m["that"] or m["top"] is not None:
            kind = "bowl" if (m["named"] or m["same"] or m["that"] or "").lower() == "bowl" else "block"
            if rx(r"\b(?:a|another|some|one|the|any|whichever|which) (?:block|cube|one)\b(?! i\b)|\bsomething\b", re.IGNORECASE).search(text[: m.start()]):
                return m[0]  # 'there's a block on X; move that block', 'the block that's furthest right ... if that block ...': not X
            own = _own(m, names, text)
            said = list(dict.fromkeys(n for n in before if n.endswith(kind) and n not in own))
            if m["top"] is not None:  # '... X goes to the corner, and then Y goes on top': on top of X
                return f"on top of the {said[-1]}" if said else m[0]
            if not said:
                return m[0]
            at = (m["at"] or "last").lower()
            return f"the {said[0] if at == 'first' else said[1] if at == 'second' and len(said) > 1 else said[-1]}"
        if not group:
            return m[0]
        since = topic.end() if group is listed else end  # named again after the list: 'of X and Y, X stays and the other one goes'
        again = [n for at, n in names if since < at <= m.start() and n in group]
        rest = [n for n in group if n not in again]
        if m["others"]:
            return " and ".join(f"the {n}" for n in rest) if again and rest else m[0]  # 'X goes in the bin; both of the others ...'
        return f"the {rest[0]}" if again and len(rest) == 1 else m[0]

    text = _REF_RE.sub(name_for, text)
    if listed:
        said = " and ".join(f"the {n}" for n in listed)
        text = text[: topic.end()] + _GROUP_RE.sub(said, text[topic.end():])  # 'The X and the Y: put both of them in the bin'
        rest = text[topic.end():]
        alone = not rx(r"\b(?:the one|the other|others|both|them|they|their|either|neither|one of|which|each|every|all|rest)\b", re.IGNORECASE).search(rest)  # 'of X, Y and Z, put Y ...', 'X, Y, Z: the third goes in W': nothing else points into the list
        if (alone and any(rx(rf"\b{n}\b", re.IGNORECASE).search(rest) for n in listed) or all(rx(rf"\b{n}\b", re.IGNORECASE).search(rest) for n in listed)) and rx(r"\w").search(rest):
            wanted = rx(r"i(?:'d| d| would) like|i want", re.IGNORECASE).match(topic["lead"] or "")  # 'I'd like X and Y moved: X onto Z, ...'
            text = f"put {rest}" if wanted else rest[:1].upper() + rest[1:]  # the list said only to be pointed back to
    return text


def _name(m: re.Match[str]) -> str:
    return f"{m[1].lower()} {'bowl' if m[2].lower() == 'bowl' else 'block'}"


def _own(m: re.Match[str], names: list[tuple[int, str]], text: str) -> list[str]:
    """The names said in the reference's own clause (no stop or comma between): never what it points back to."""
    return [n for at, n in names if at <= m.start() and not rx(r"[.;:,?!\u2014\u2013]|\s-+\s").search(text[at:m.start()])]
