"""Yes/no questions about several things at once, answered one part at a time: 'are both X and Y on the table?', 'are X and Y both in W?', 'is
it true that nothing is on X and that W has nothing in it?', 'is X on Y, which is itself on Z?'. Yes when every part
holds; otherwise no, with the first part that does not. A question may add what must not hold ('is X on Y, and neither of them in a
bowl?', '... without X being on Y?', '... but not the same one?'). A count asked as yes or no ('are there three blocks in W?', 'does W
have at least two blocks in it?') is the count, compared."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.answers.reading import Answer, _the
from agent.regex import rx

_BOTH_RE = re.compile(r"^(is|are) (?:both )?(the \w+ \w+) and (the \w+ \w+) (?:both |each |all )?(?!both\b)((?:in|on|inside|on top of|at|"
                      r"under|in the|on the)\b.+?|clear|free|empty)\??$")
_TRUE_RE = re.compile(r"^is it (?:true|the case|so|right|correct) that (.+?)\??$")
_CHAIN_RE = re.compile(r"^is (the \w+ \w+) (on top of|on|in|inside) (the \w+ \w+),? which is (?:itself |in turn |also )?"
                       r"(on top of|on|in|inside) (.+?)\??$")


def _asked(clause: str) -> str:
    """A clause said as a fact, as the yes/no question that checks it: 'nothing is on X' -> 'is X clear?'."""
    clause = clause.strip()
    if m := rx(r"(?:nothing|no block) is (?:on top of|on|sitting on|stacked on) (the \w+ block)").fullmatch(clause):
        return f"is {m[1]} clear?"
    if m := rx(r"(the \w+ bowl) (?:has nothing in it|is empty|holds nothing|contains nothing|has no blocks? in it)|there is (?:nothing|"
                         r"no block) in (the \w+ bowl)").fullmatch(clause):
        return f"is {m[1] or m[2]} empty?"
    if m := rx(r"(the \w+ \w+(?: and the \w+ \w+)?) (is|are|rests|sits|lies|stands) (.+)").fullmatch(clause):  # 'X and Y are in different bowls'
        return f"{'is' if m[2] in ('rests', 'sits', 'lies', 'stands') else m[2]} {m[1]} {m[3]}?"
    if m := rx(r"(?:the )?(\w+ (?:block|bowl)) ((?:on top of|on|in|inside|under|at) .+)").fullmatch(clause):  # a layout's 'X on Y'
        return f"is the {m[1]} {m[2]}?"
    return clause + "?"


def _facts(said: str) -> list[str]:
    """The facts a list says, one per clause ('X on the table, Y in W and Z on V'); one part when a piece is no clause."""
    parts = rx(r",? and (?:that )?|, (?:that )?(?=(?:the )?\w+ (?:block|bowl)\b)").split(said)
    verb = r"\b(?:is|are|has|holds|on|in|inside|under|at|empty|clear)\b"
    return parts if len(parts) > 1 and all(rx(verb).search(p) for p in parts) else [said]


def joined(q: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The answer to a question about several things at once; None for any other question."""
    if (m := rx(r"^is it still to do that (.+?)\??$").match(q)) and (done := ask(_asked(m[1]))).kind == "yes_no":  # 'do I still have to get X on Y?'
        return Answer("yes_no", f"{'No' if done.value else 'Yes'}: {done.text.split(': ', 1)[-1]}", not done.value)
    if (m := rx(r"^(is|are) (the \w+ \w+) (?:not|no longer) ((?:in|on|inside|on top of|at|under)\b.+?)\??$").match(q)) and (
            held := ask(f"{m[1]} {m[2]} {m[3]}?")).kind == "yes_no":  # 'is X no longer in W?': whether X is in W, the other way round
        return Answer("yes_no", f"{'No' if held.value else 'Yes'}: {held.text.split(': ', 1)[-1]}", not held.value)
    if m := _BOTH_RE.match(q):
        parts = [f"is {m[2]} {m[4]}?", f"is {m[3]} {m[4]}?"]
    elif m := _TRUE_RE.match(q):  # 'is it true that there is nothing in W?', '... that X is on Y, and that Z ...'
        parts = [_asked(f) for f in _facts(m[1])]
        if (found := _all([(p, True) for p in parts], ask)) is None:  # '... that X rests on Y and neither of them is in a bowl'
            return _tailed(_asked(m[1]).rstrip("?"), ask)
        return found
    elif m := _CHAIN_RE.match(q):
        parts = [f"is {m[1]} {m[2]} {m[3]}?", f"is {m[3]} {m[4]} {m[5]}?"]
    else:
        return _tailed(q, ask)
    return _all([(p, True) for p in parts], ask) or _tailed(q, ask)  # 'are X and Y both in bowls, and in different bowls?'


_NAMED_RE = re.compile(r"\bthe \w+ (?:block|bowl)\b")


def _tailed(q: str, ask: Callable[[str], Answer]) -> Answer | None:
    """'is X on Y, with Y not in any bowl?', 'are X and Y sharing a bowl, without X being on Y?', 'are X and Y each in a
    bowl, but not the same one?': a yes/no question, then what else must or must not hold; None for any other question."""
    for cut in rx(r" (?=(?:and|but|with|without|while|yet|neither|none|not)\b)").finditer(q):
        head = q[: cut.start()]
        parts = _tail(head, rx(r"^(?:(?:and|but|while|yet) )+").sub("", q[cut.end():]))
        if parts and ask(head + "?").kind == "yes_no":
            return _all([(head + "?", True), *parts], ask)
    return None


def _tail(head: str, tail: str) -> list[tuple[str, bool]] | None:
    """What the words after a yes/no question add, as (question, the answer it must get); None when they are no such
    addition. 'it' is the last thing the question named, 'them' its blocks."""
    named = _NAMED_RE.findall(head)
    blocks = [n for n in named if n.endswith("block")]
    tail = rx(r"\b(?:any|one of the) bowls?\b|\bbowls\b").sub("a bowl", tail)
    if rx(r"(?:is|are) ").match(tail):  # '... and is Y clear?': a second question
        return [(tail + "?", True)]
    if m := rx(r"(neither|none|both|each)(?: of (?:them|the two|those)| one)?(?: is| are)? (.+)").fullmatch(tail):
        return [(f"is {b} {m[2]}?", m[1] in ("both", "each")) for b in blocks] if len(blocks) > 1 else None
    if len(blocks) == 2 and rx(r"(?:(?:they are |both |each )+)?in (?:two )?(?:different|separate) (?:ones|a bowl)").fullmatch(tail):
        return [(f"are {blocks[0]} and {blocks[1]} in different bowls?", True)]
    if len(blocks) == 2 and rx(r"not (?:in )?(?:the same|one and the same) (?:one|bowl)").fullmatch(tail):
        return [(f"are {blocks[0]} and {blocks[1]} in the same bowl?", False)]
    m = rx(r"(?:(with|without) )?(the \w+ (?:block|bowl)|it) (?:being |is |still )?(not )?(.+)").fullmatch(tail) or rx(
        r"()()(not) (.+)").fullmatch(tail)
    if m is None or not named or m[1] is None and not m[2] and len(named) < 2:
        return None
    who = m[2] if m[2].startswith("the ") else named[-1] if m[2] else named[0]
    it = next((n for n in reversed(named) if n != who), None)
    if it is None and rx(r"\bit\b").search(m[4]):
        return None
    what = rx(r"\bit\b").sub(it or "", m[4])
    return [(f"is {who} {what}?", (m[1] != "without") != bool(m[3]))]


def _all(parts: list[tuple[str, bool]], ask: Callable[[str], Answer]) -> Answer | None:
    """Yes when every part's answer is the one expected (a part may be something that must not hold); no with the first
    that is not; None when a part is no yes/no question."""
    answers = [(ask(p), want) for p, want in parts]
    if any(a.kind != "yes_no" for a, _ in answers):
        return None
    failed = next((a for a, want in answers if a.value != want), None)
    if failed is not None:
        return Answer("yes_no", f"No: {failed.text.split(': ', 1)[-1]}", False)
    return Answer("yes_no", "Yes: " + "; ".join(dict.fromkeys(a.text.split(": ", 1)[-1].rstrip(".") for a, _ in answers)) + ".", True)


_NUMBER = {"one": 1, "a single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_HOW = {"no more than": "at most", "not more than": "at most", "no fewer than": "at least", "no less than": "at least", "not fewer than": "at least",
        "over": "more than", "under": "fewer than", "less than": "fewer than"}
_COUNT_RE = re.compile(r"^(?:are there|is there|there are|is|are|do (?:you|i|we) (?:see|have)|(?:does|do) (?P<owner>the \w+ (?:bowl|block)) (?:have|hold|contain)"
                       r"(?: got)?) (?:(?P<how>exactly|at least|at most|only|just|more than|fewer than|less than|over|under|no more than|not more than|no fewer than|"
                       r"no less than|not fewer than) )?(?P<n>\d+|" + "|".join(_NUMBER) + r") (?:of the )?(?P<kind>block|bowl|cube|tower|stack)s?\b(?P<rest>.*?)\??$")
_SOME_BOWL_RE = re.compile(r"^(?:(?:does|do) (?:some|any|a|one of the|any of the|either(?: of the)?) bowls? (?:have|hold|contain)(?: got)?|is there (?:a|any) "
                           r"bowl (?:with|that has|that holds|holding|containing|which has|which holds)) (?:(?P<how>at least|at most|more than|fewer than|less "
                           r"than|over|under|no more than|no fewer than|exactly) )?(?P<n>\d+|" + "|".join(_NUMBER) + r") (?:blocks?|cubes?)(?: in it)?\??$|^(?:is|are)(?: there)? "
                           r"(?P<how2>at least|at most|more than|fewer than|less than|over|under) (?P<n2>\d+|" + "|".join(_NUMBER) + r") (?:blocks?|"
                           r"cubes?) (?:in|inside) (?:some|any|a|one of the|any of the|either(?: of the)?) bowls?\??$")
_PART_RE = re.compile(r"^(?:is|are) (?:(?:every|each) block|all (?:of )?the blocks) (?:except|but) (?P<but>one|two|three)(?P<rest>.*?)\??$|^(?:is|are) (?P<how>more than|"
                      r"less than|fewer than|at least|exactly|under|over) half (?:of )?the blocks(?P<rest2>.*?)\??$|^(?:(?:does|do) (?P<w>the \w+ bowl) (?:have|hold|contain) "
                      r"|is )(?P<more>more|fewer) blocks than (?:there are )?(?:outside|not in) it(?: in (?P<w2>the \w+ bowl))?\??$")
_ONLY_RE = re.compile(r"^(?:is (?P<x>the \w+ block) the only (?:block|one)|which block is the only (?:one|block))(?: sitting| lying| resting)? (?:in|inside) (?:a|any|one of "
                      r"the) bowls?\??$")
_RANKED_IS_RE = re.compile(r"^is (the \w+ block) the (?:block|one) (nearest(?: to)?|closest(?: to)?|furthest(?: from)?|farthest(?: from)?) (.+?)\??$")


def _rest(rest: str) -> str:
    """'not in any bowl' as a count's tail: 'are not in any bowl'."""
    return f" are{rest}" if rx(r" (?:not|in|on|inside|outside)\b").match(rest) else rest


def counted(q: str, ask: Callable[[str], Answer]) -> Answer | None:
    """A count asked as yes or no, answered by counting ('are there three blocks in W?', 'is every block except one
    outside the bowls?', 'are more than half of the blocks in the bin?', 'is X the only block in a bowl?', 'is X the
    block nearest P?'); None for any other question."""
    if m := _SOME_BOWL_RE.match(q):  # 'does some bowl hold at least two blocks?': the fullest (or emptiest) bowl, counted
        said, how = m["n"] or m["n2"], m["how"] or m["how2"] or "exactly"
        n, how = int(said) if said.isdigit() else _NUMBER[said], _HOW.get(how, how)
        if how not in ("at least", "more than", "at most", "fewer than"):
            return Answer("unclear", f"I can say whether some bowl holds at least, more than, at most or fewer than {said} blocks, or "
                                     "which bowl has the most blocks; not whether one holds exactly that many")
        best = ask(f"which bowl has the {'most' if how in ('at least', 'more than') else 'fewest'} blocks?")
        if best.kind != "which" or not best.value:
            return None
        found = ask(f"how many blocks are in the {best.value[0]}?")
        if found.kind != "count" or not isinstance(found.value, int):
            return None
        ok = {"at least": found.value >= n, "at most": found.value <= n, "more than": found.value > n}.get(how, found.value < n)
        return Answer("yes_no", f"{'Yes' if ok else 'No'}: {best.text}", ok)
    if m := _RANKED_IS_RE.match(q):
        best = ask(f"which block is {m[2]} {m[3]}?")
        if best.kind != "nearest":
            return None
        ok = best.value == m[1].removeprefix("the ")
        return Answer("yes_no", f"{'Yes' if ok else 'No'}: {best.text}", ok)
    if m := _ONLY_RE.match(q):
        found = ask("how many blocks are in a bowl?")
        names = rx(r"\bthe (\w+ block)\b").findall(found.text)
        if found.kind != "count":
            return None
        if m["x"] is None:
            return Answer("unclear", f"No block is the only one in a bowl: {found.text}") if found.value != 1 else Answer("which", f"The {names[0]}.", names)
        ok = found.value == 1 and m["x"].removeprefix("the ") in names
        return Answer("yes_no", f"{'Yes' if ok else 'No'}: {found.text}", ok)
    if m := _PART_RE.match(rx(r"^(is|are) most (?:of )?(?:the )?blocks\b").sub(r"\1 more than half of the blocks", q)):  # most: over half
        w = m["w"] or m["w2"]
        total, part = ask("how many blocks are there?"), ask(f"how many blocks{_rest(m['rest'] or m['rest2'] or ' in ' + (w or ''))}?")
        if total.kind != "count" or part.kind != "count" or not isinstance(part.value, int):
            return None
        if w:
            ok = part.value > total.value - part.value if m["more"] == "more" else part.value < total.value - part.value
        elif m["but"]:
            ok = part.value == total.value - _NUMBER[m["but"]]
        else:
            half, how = total.value / 2, _HOW.get(m["how"], m["how"])
            ok = {"more than": part.value > half, "fewer than": part.value < half, "at least": part.value >= half}.get(how, part.value == half)
        return Answer("yes_no", f"{'Yes' if ok else 'No'}: {part.text} ({total.value} blocks in all)", ok)
    if (m := _COUNT_RE.match(q)) is None:
        return None
    rest = rx(r"^ (?:in|inside) (?:it|there)\b").sub("", m["rest"]) if m["owner"] else m["rest"]
    rest = f" {'in' if m['owner'].endswith('bowl') else 'on'} {m['owner']}{rest}" if m["owner"] else _rest(rest)  # 'does W have 2 blocks (in it)?'
    kind = "tower" if m["kind"] in ("tower", "stack") else "bowl" if m["kind"] == "bowl" else "block"
    found = ask(f"how many {kind}s{'' if rest.startswith(' ') or not rest else ' '}{rest}?" if rest.strip() or kind != "tower" else "how many towers are there?")
    if found.kind != "count" or not isinstance(found.value, int):
        return None
    n, how = int(m["n"]) if m["n"].isdigit() else _NUMBER[m["n"]], _HOW.get(m["how"] or "exactly", m["how"] or "exactly")
    ok = {"at least": found.value >= n, "at most": found.value <= n, "more than": found.value > n, "fewer than": found.value < n}.get(how, found.value == n)
    return Answer("yes_no", f"{'Yes' if ok else 'No'}: {found.text}", ok)


_EXCEPT_RE = re.compile(r"(?:(?<=\bblocks)|(?<=\bevery block)|(?<=\bany block))\s+(?:except(?: for)?|but|other than|apart from|besides|aside from|save for|bar|excluding) "
                        r"(?P<x>the \w+ block)\b|\s+(?:not counting|leaving out|excluding|without counting|minus) (?P<y>the \w+ block)$")


def excepted(q: str, blocks: list[str], ask: Callable[[str], Answer]) -> Answer | None:
    """'are all the blocks except X on the table?', 'how many blocks, other than X, are in bowls?', 'is any block other than X in
    W?': the question asked of the others (`blocks`: every block seen); None for any other question."""
    if (m := _EXCEPT_RE.search(q)) is None:
        return None
    x, rest = (m["x"] or m["y"]).removeprefix("the "), (q[: m.start()] + q[m.end():]).strip()
    if every := rx(r"^(?:are all(?: of)? the blocks|is every block|are all blocks|is each block) (.+)$").match(rest):
        answers = [(b, ask(f"is the {b} {every[1]}?")) for b in blocks if b != x]
        if not answers or any(a.kind != "yes_no" for _, a in answers):
            return None
        failed = [b for b, a in answers if not a.value]
        return Answer("yes_no", f"No: not the {', the '.join(failed)}." if failed else f"Yes: every block but the {x}.", not failed)
    whole = ask(rx(r"^is any block (.+)$").sub(r"how many blocks are \1", rest))
    if whole.kind != "count" or not isinstance(whole.value, int):
        return None
    n = whole.value - (x in whole.text.split(":", 1)[-1])
    if rest.startswith("is any block"):
        return Answer("yes_no", f"{'Yes' if n else 'No'}: {n} besides the {x}.", n > 0)
    return Answer("count", f"{n} (not counting the {x})", n)


def _named(found: Answer) -> set[str] | None:
    """The blocks a count names ('2: the red block and the blue block.'); None when it names no block or not all it counts."""
    names = set(rx(r"\bthe (\w+ block)\b").findall(found.text.split(":", 1)[1])) if ":" in found.text else set()
    return names if found.kind == "count" and len(names) == found.value else None


def combined(q: str, ask: Callable[[str], Answer]) -> Answer | None:
    """A count of blocks described twice: 'how many blocks are in W or on another block?' (either), 'how many blocks are in
    bowls other than W?' (in a bowl, not W), 'how many blocks are outside the bowls with nothing on them?' (both); None
    for any other question."""
    q = rx(r"^(how many blocks) (?:are )?(?:there )?(?:that |which )?(?:are |sit |is )?(.+?)(?: how many are there)?$").sub(r"\1 are \2", q)
    if m := rx(r"how many blocks are (in|inside) (?:a |any )?bowls? (?:other than|that is not|which is not|"
                         r"except|but|apart from|besides|excluding) (the \w+ bowl)").fullmatch(q):
        parts, how = [f"how many blocks are {m[1]} a bowl?", f"how many blocks are in {m[2]}?"], "but"
    elif m := rx(r"how many blocks are (.+?) (?:with|and have|and) nothing (?:stacked |piled |sitting )?(?:on|on top of) "
                           r"(?:them|it|top)").fullmatch(q):
        parts, how = [f"how many blocks are {m[1]}?", "how many blocks are clear?"], "and"
    elif m := rx(r"how many blocks are ((?:in|on|inside|on top of|under)\b.+?) or (?:are |sit |is )?((?:in|on|inside|"
                           r"on top of|under)\b.+)").fullmatch(q):
        parts, how = [f"how many blocks are {m[1]}?", f"how many blocks are {m[2]}?"], "or"
    else:
        return None
    first, second = (_named(ask(p)) for p in parts)
    if first is None or second is None:
        return None
    found = sorted(first - second if how == "but" else first & second if how == "and" else first | second)
    return Answer("count", f"{len(found)}" + (": " + ", ".join(f"the {n}" for n in found) + "." if found else "."), len(found))


def listed(q: str, ask: Callable[[str], Answer]) -> Answer | None:
    """'which blocks are in a bowl?', 'what blocks are on the table?': the blocks the same count finds, named; None for any
    other question."""
    m = rx(r"^(?:which|what) (?:blocks|cubes|ones) (?:are|is) (.+?)\??$").match(q)
    if m is None or (found := ask(f"how many blocks are {m[1]}?")).kind != "count":
        return None
    names = rx(r"(?:, | and )?the ").split(found.text.split(": ", 1)[1].rstrip(".")) if ": " in found.text else []
    names = [n for n in names if n]
    return Answer("which", f"{m[1][0].upper()}{m[1][1:]}: {_the(names) if names else 'none'}.", names)


def each(q: str, ask: Callable[[str], Answer]) -> Answer | None:
    """'where are X and Y?', 'what is in W and V?': each asked in turn, the answers said together; 'where are all the
    blocks?', 'where is everything?': the whole scene. None for any other question."""
    if rx(r"where (?:is|are) (?:(?:all )?(?:of )?the (?:blocks|cubes|objects|things)|everything|every block|each block)").fullmatch(q):
        return ask("what is on the table?")
    m = rx(r"(where (?:is|are)|what (?:is|are) (?:in|on|inside|under|on top of)) ((?:the \w+ (?:block|bowl|cube),? (?:and )?)+the \w+ (?:block|bowl|cube))").fullmatch(q)
    if m is None:
        return None
    parts = [ask(f"{m[1].replace(' are', ' is')} {name}?") for name in rx(r"the \w+ (?:block|bowl|cube)").findall(m[2])]
    if any(p.kind in ("unclear", "unsupported") for p in parts):
        return None
    return Answer(parts[0].kind, " ".join(p.text for p in parts), [p.value for p in parts])

