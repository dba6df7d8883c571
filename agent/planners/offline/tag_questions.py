"""Negative questions, tag questions and checking back, said as what they ask or ask for. A question that asks what is
true is asked plainly ('Isn't X in W?', 'There aren't any blocks in W, are there?', 'So X is sitting on Y, right?' ->
'Is X in W?'); a question followed by a go-ahead ('Shouldn't X be in W? Make it so.', 'Weren't you going to bin X? Do
that now.') states what it asks for; a suggestion ('Why don't you bin X?', "Couldn't you stack X on Y?") and a request
or goal with a tag ('Put X on the table, would you?', "X goes in W, doesn't it?", "You'll put X in W, won't you?") are
the request. Read by `goals` before anything else reads the words, after `relays`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.courtesies import GO_AHEAD_RE as _GO_RE
from agent.planners.offline.passives import BASE_FORMS
from agent.planners.offline.words import VERB_RE
from agent.regex import rx

_NT = r"(?:n['\u2019]t| not)"
_AUX = r"(?:is|are|was|were|does|do|did|has|have|had|should|ought|would|could|ca|wo|must|need|shall|sha)"
_LEAD = r"^\W*(?:(?:so|but|and|um|uh|hey|oh|wait|hang on|hmm|well|then)\b,?\s*)*"
# a tag after what was said: "..., isn't it?", '..., right?', '..., would you?'
_TAG_RE = re.compile(rf"^(?P<s>(?!\W*(?:where|what|which|who|how|why|when)\b).+?(?<!\bthat['\u2019]s)(?<!\bthat is)(?<!\bit['\u2019]s)(?<!\bif)(?<!\bbe))"
                     rf"\s*,\s*(?P<tag>{_AUX}{_NT}? (?:it|they|there|you|i|we|he|she|that|this|one)|can (?:it|they|you|i|we)|"
                     r"will (?:it|they|you|i|we)|right|yeah|yes|yep|ok|okay|alright|all right|correct|true|eh|innit|am i right|is that right|"
                     r"is that correct|got it|understood|agreed|deal)\s*\?+\s*$", re.IGNORECASE)
_ASKED_FOR_RE = re.compile(r"\W*(?:please\s+)?(?:tell me|let me know|show me|say|count)\b", re.IGNORECASE)
# what only describes the table as it is now ('X is sitting on Y', 'there aren't any blocks in W', 'W has one block')
_NOW_RE = re.compile(rf"{_LEAD}(?P<subj>there|the (?:\w+ ){{0,2}}?(?:block|bowl|table|bin)(?: (?:on|in|under|nearest|next to) the (?:\w+ ){{0,2}}?"
                     rf"(?:block|bowl))?|it|they)(?:['\u2019]s| (?P<verb>is|are|has|have))(?P<neg>{_NT})? (?P<rest>.+)$", re.IGNORECASE)
_GOAL_RE = re.compile(r"\b(?:goes|go|should|must|will|shall|stays?|belongs?|ends? up|ought|needs?|has to|have to|get|gets|want|wants|"
                      r"when (?:you|you['\u2019]re|you are) (?:done|finished)|at the end|afterwards|in the end|by the end)\b", re.IGNORECASE)


def _base(word: str) -> str:
    """'moving' -> 'move': a verb of moving said as the command."""
    return BASE_FORMS.get(word.lower(), word)


def _intent(s: str) -> str:
    """What the speaker says the robot will do, as the command: "you're moving X to P", "you'll put X in W", "you can
    stack X", "you won't bin X" ("don't bin X"), "you remember I want X in W" ("I want X in W")."""
    s = rx(rf"{_LEAD}you (?:remember|know|recall)(?: that)?\s+", re.I).sub("", s)
    s = rx(rf"{_LEAD}you(?:['\u2019]ll|['\u2019]re going to| will| are going to| can| could| should| must| need to| have to) not\s+|"
           rf"{_LEAD}you (?:wo|ca|must|should|sha){_NT}\s+|{_LEAD}you (?:will not|cannot)\s+", re.I).sub("don't ", s)
    s = rx(rf"{_LEAD}you(?:['\u2019]ll|['\u2019]re (?:going to|gonna)| will| are (?:going to|gonna)| can| could| should| must| need to| have to)\s+",
           re.I).sub("", s)
    if m := rx(rf"{_LEAD}you(?:['\u2019]re| are) (\w+ing)\b", re.I).match(s):
        s = _base(m[1]) + rx(r"\band (\w+ing)\b").sub(lambda n: f"and {_base(n[1])}", s[m.end():])
    return s


def _plain(s: str, negated: bool = False) -> str | None:
    """A statement about the table as it is, as the yes/no question it checks ('there aren't any blocks in W' -> 'are
    there any blocks in W'; with `negated`, 'is W not empty'); None for a goal or a request."""
    if none := rx(r"(?:there (?:is|are) no blocks?|nothing is) (?:in|inside) (the \w+ bowl)|no block is (?:sitting |resting |stacked )?on (?:top of )?(the \w+ block)",
                  re.I).fullmatch(s.strip()):  # 'there are no blocks in W', 'no block is sitting on X'
        return f"is {none[1]} empty" if none[1] else f"is {none[2]} clear"
    m = _NOW_RE.match(s[:1].lower() + s[1:])
    if m is None or _GOAL_RE.search(s):
        return None
    if negated and m["neg"] and (not m["verb"] or m["verb"].lower() in ("is", "are")):  # 'W isn't empty': does it have blocks
        return f"does {m['subj']} have any blocks in it" if m["rest"].lower() == "empty" else f"{m['verb'] or 'is'} {m['subj']} not {m['rest']}"
    if empty := rx(r"(?:has|have) (?:nothing|no blocks?) (?:in|inside) (?:it|them)(?P<rest>.*)$|(?:has|have) nothing (?:on|on top of) (?:it|them)(?P<top>.*)$",
                   re.I).fullmatch(f"{m['verb']} {m['rest']}" if m["verb"] else ""):  # 'W has nothing in it, right?': is W empty
        return f"{'are' if m['verb'].lower() == 'have' else 'is'} {m['subj']} {'clear' if empty['top'] is not None else 'empty'}{empty['rest'] or empty['top'] or ''}"
    verb = m["verb"] or ("are" if m["subj"].lower() == "they" else "is")
    if verb.lower() in ("has", "have"):
        return f"{'does' if verb.lower() == 'has' else 'do'} {m['subj']} have {m['rest']}"
    return f"{verb} {m['subj']} {m['rest']}"


def _stated(q: str) -> str:
    """A negative question said as what it asks for: "Shouldn't X be in W" -> 'X should be in W', "Weren't you going to
    bin X" -> 'bin X', "Didn't I say I wanted X in W" -> 'I want X in W', "Wouldn't X look better in W" -> 'X should be in W'."""
    q = rx(rf"{_LEAD}why (?:do{_NT} you|not)\s+|{_LEAD}(?:could|would|can|will|ca|wo){_NT} you(?: just| please)?\s+|{_LEAD}(?:could|would|can|will) you not\s+",
           re.I).sub("", q)
    q = rx(rf"{_LEAD}(?:was|were|are|is|should|had){_NT} (?:you|we) (?:going to|gonna|supposed to|meant to|about to)\s+|{_LEAD}should{_NT} (?:you|we)\s+",
           re.I).sub("", q)
    q = rx(rf"{_LEAD}did{_NT} i (?:(?:say|tell you|ask(?: for)?|mention)(?: that)? i (?:wanted|would like|needed)|ask for|want|order|request)\b", re.I).sub(
        "I want", q)
    q = rx(rf"{_LEAD}(?:is|are|was|were){_NT} (?P<s>.+?) (?:supposed|meant|going|due) to\b", re.I).sub(lambda m: f"{m['s']} should", q)
    q = rx(rf"{_LEAD}(?:would|will|wo){_NT} (?P<s>.+?) (?:look|be|fit|sit) (?:better|nicer|best|neater|tidier) (?=in|on|at|inside)", re.I).sub(
        lambda m: f"{m['s']} should be ", q)
    q = rx(rf"{_LEAD}(?:would|will|wo){_NT} it be\b", re.I).sub("it would be", q)
    q = rx(rf"{_LEAD}(?:is|was){_NT} it (?:wrong|bad|odd|weird|silly|a mistake|not right) (?:for|that) (?P<s>.+?) (?:to be|is|are|sits?|to sit) ",
           re.I).sub(lambda m: f"{m['s']} should not be ", q)
    return rx(rf"{_LEAD}(?:should|ought|must|need|does|do|would){_NT}(?: to)? (?P<s>.+?) (?=(?:be|go|have|get|end up|stay|sit|belong|contain|hold|rest|"
              r"remain|come)\b)", re.I).sub(lambda m: f"{m['s']} should ", q)


_CHECKED: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (  # questions said through negatives: 'nothing but', 'not a single', 'anywhere but'
    (r"is there nothing (?:but|except|other than) (the \w+ block) (?:in|inside) (the \w+ bowl)", r"is \1 the only block in \2"),
    (r"how many bowls (?:have|hold|contain) (?:no blocks?|nothing|not (?:a single|one) block)(?: at all)?(?: in (?:them|it)| inside)?", "how many bowls are empty"),
    (r"how many blocks (?:have|hold) (?:no|nothing|not (?:a single|one))(?: other)?(?: blocks?)? (?:on top of|on) (?:them|it)", "how many blocks are clear"),
    (r"is (the \w+ block) anywhere (?:but|except|other than) (on|in|at) (.+)", r"is \1 not \2 \3"),
    (r"how many blocks (?:must|would|will|have to|need to|do i have to|would you have to)(?: you)? (?:come off|be (?:taken|lifted|moved) off|lift off|take off|"
     r"move)(?: the top)?(?: of it)? before (?:you (?:can|could) pick up )?(the \w+ block)(?: (?:can|could) be (?:picked up|lifted|moved|taken))?", r"how many blocks are above \1"),
    (r"which blocks? (?:would|will|must|do|does)(?: i| you| we)? (?:have to|need to) (?:be )?(?:move|moved|take|taken|lift|lifted)(?: away| off| out of the way)? "
     r"(?:from |off )?(?:the top of )?(the \w+ block)\b.*|which blocks? (?:would|will|must|do|does) (?:i|you|we) (?:need|have) to (?:move|take|lift) (?:out of the "
     r"way|off) (?:before|to) (?:carrying|moving|lifting|taking|picking up) (the \w+ block)\b.*", lambda m: f"which blocks are above {m[1] or m[2]}"),
    (r"are (the (\w+) block) and (the (\w+) block) stacked,? with the (\w+) (?:one|block) on top", lambda m: f"is {m[1]} on {m[3]}" if m[5] == m[2] else f"is {m[3]} on {m[1]}"),
)


def _checked(q: str) -> str | None:
    """A yes/no or count question said through a negative or a frame ('is it fair to say ...', "isn't it true that ..."),
    asked plainly; None for any other."""
    if m := rx(rf"{_LEAD}(?:(?:is|would|was)(?:{_NT})? it(?: be)?|am i right|can i say) (?:fair|safe|true|right|correct|accurate) (?:to say )?(?:that )?(?P<s>.+)$",
               re.I).fullmatch(q):
        return _plain(m["s"], negated=True)
    return next((rx(p, re.I).sub(r, q.strip()) for p, r in _CHECKED if rx(p, re.I).fullmatch(q.strip())), None)


def _negative(q: str) -> str | None:
    """'Isn't X in W' -> 'Is X in W' (what it asks, asked plainly); None when it asks for something."""
    m = rx(rf"{_LEAD}(?P<aux>is|are|was|were|does|do|has|have){_NT} (?P<rest>(?:the|there|it|they|any|a|an|some|every|all|both|this|that|these|"
           r"those|you|i|we|one|two|three)\b.+)$", re.I).match(q)
    if m is None or rx(r"\b(?:supposed|meant|going|due) to\b|\bbetter\b|^it (?:\w+ )?(?:that|to|if|whether)\b", re.I).search(m["rest"]):
        return None
    return f"{m['aux'].capitalize()} {m['rest']}"


# what a go-ahead says again of the question before it: 'Put it there then.', "I'd still like that", 'Put it in with it'
_AGAIN_RE = re.compile(r"\W*(?:(?:(?:put|move|place|pop|stick|stack) (?:it|them)(?: (?:in|on|over))? (?:there|with (?:it|them)|in with (?:it|them))|"
                       r"i(?:['\u2019]d| would)(?: still| really)? (?:like|love|want) (?:it|them|that)(?: there| so| done)?|i (?:still )?(?:do|want that)|"
                       r"that(?:['\u2019]s| is) (?:what|how) i(?:['\u2019]d| would)? (?:like|want)(?: it)?)"
                       r"(?: then| please| now)?\W*)+", re.IGNORECASE)


def _go(part: str) -> str | None:
    """What is left of a part that gives a go-ahead ('Make it so.', "I'd like them there; make it so.", 'Sort it out, and
    don't touch X' -> "and don't touch X"); None when it gives none."""
    if _AGAIN_RE.fullmatch(part):
        return ""
    go = _GO_RE.match(part)
    if go is None or not go.end():
        head = rx(r"(?:^|[;,.]\s*|\bso\s+|\band\s+)(?=(?:make (?:it|that) (?:so|happen)|sort (?:it|that) out|do it|go ahead|go on|see to (?:it|that))\b)",
                  re.I).search(part)
        if head is None or not _AGAIN_RE.fullmatch(part[: head.start()] or " "):
            return None
        go = _GO_RE.match(part, head.end())
    rest = part[go.end():].strip()
    return "" if not rx(r"\w").search(rest) or _AGAIN_RE.fullmatch(rest) else rest[0].upper() + rest[1:]


def _about(said: str, question: str) -> str | None:
    """'Wasn't someone going to take X off Y? Is it still on it?' -> 'Is X still on Y?': what was meant to happen, then
    asked about; None when the question points at nothing it names."""
    names = rx(r"\bthe (\w+ (?:block|bowl))\b", re.I).findall(said)
    block = next((n for n in names if n.lower().endswith("block")), None)
    other = next((n for n in names if n != block), None)
    if block is None or other is None or not rx(r"\bit\b", re.I).search(question):
        return None
    question = rx(r"\b(on|in|inside|on top of) (?:it|there)\b|\bthere\b(?=\W*$)", re.I).sub(lambda m: f"{m[1] or 'in'} the {other}", question)
    return rx(r"\bit\b", re.I).sub(f"the {block}", question, count=1)


_COMMAND_RE = re.compile(r"\W*(?:(?:please|just|then|so|now|ok|okay)\W+)*(?:put|move|place|take|bin|stack|throw|drop)\b", re.IGNORECASE)


def untagged(instruction: str) -> str:
    """The instruction with its negative questions, tags and go-aheads said as what they ask or ask for."""
    if "?" not in instruction:
        return instruction
    parts = [p for p in rx(r"(?<=[?!.;])\s+").split(instruction.strip()) if p]
    out: list[str] = []
    pending = -1  # where in `out` a question is that a go-ahead or a command after it makes a request
    for i, part in enumerate(parts):
        if pending >= 0:
            rest = _go(part)
            if rest is None and not part.rstrip().endswith("?") and _COMMAND_RE.match(part):
                rest = "" if _AGAIN_RE.fullmatch(part) else part  # 'Wasn't X meant to go on Y? Put it there then.'
            if rest is not None:  # 'Make it so.' after what it asks for: the question says what
                out[pending] = _stated(out[pending].rstrip(" ?.")) + "."  # (only a negative question, a tag or a suggestion is pending)
                out += [rest] if rest else []
                pending = pending if not rest else -1
                continue
            pending = -1
        if not part.rstrip().endswith("?"):
            out.append(part)
            continue
        if wish := rx(rf"{_LEAD}(?:would|wo){_NT} it be (?:so |really |just )?(?:great|nice|lovely|wonderful|brilliant|fantastic|cool|amazing|good|neat|perfect|grand|"
                      r"ideal|fun)(?:,? (?:folks|everyone|guys|friends|people))?,? if (?P<p>.+?)\W*$", re.I).match(part):  # "Wouldn't it be great if X sat in W?": a wish
            out.append(f"It would be great if {wish['p']}.")
            continue
        if said := _checked(part.rstrip(" ?")):  # 'Is it fair to say W isn't empty?', 'Is there nothing but X in W?'
            out.append(said[0].upper() + said[1:] + "?")
            continue
        if out and rx(rf"{_LEAD}(?:was|were|is|are){_NT} [\w ]+? (?:supposed|meant|going|due) to\b", re.I).match(out[-1]) and (
                about := _about(out[-1], part)):  # 'Wasn't W meant to have X in it? Is it in there?'
            out[-1] = about
            continue
        later = parts[i + 1] if i + 1 < len(parts) else ""
        ahead = bool(later) and not later.rstrip().endswith("?") and (_go(later) is not None or bool(_COMMAND_RE.match(later)))
        if tag := _TAG_RE.match(part.rstrip()):
            said, word = tag["s"], tag["tag"].lower()
            asks = rx(r"(?:would|will|could|can|wo|wouldn['\u2019]t|won['\u2019]t|ca)\w*['\u2019]?t? you$").match(word)
            plain = None if ahead or asks or (later and not later.rstrip().endswith("?")) else _plain(said)  # a fact checked, asked last
            told = asks or ahead or _GOAL_RE.search(said) or rx(rf"{_LEAD}(?:you\b|i (?:want|need|would like)\b)", re.I).match(said) or VERB_RE.match(
                said.lstrip(" ,.:").lower())  # a request or a goal with a tag: the request
            out.append(f"{plain[0].upper()}{plain[1:]}?" if plain else f"{_intent(said)}{'?' if _ASKED_FOR_RE.match(said) else '.'}" if told else part)
        elif ahead:  # 'Shouldn't X be in W? Make it so.', 'Wasn't X meant to be on Y? Go on and put it there.': read with what follows
            out.append(part)
        elif rx(rf"{_LEAD}why (?:do{_NT} you|not)\b|{_LEAD}(?:could|would|can|will|ca|wo){_NT} you\b|{_LEAD}(?:could|would) you not\b", re.I).match(part):
            said = _stated(part.rstrip(" ?"))  # 'Why don't you bin X?', "Couldn't you stack X on Y?": the request
            out.append(said + ("?" if _ASKED_FOR_RE.match(said) else "."))
        else:
            out.append(f"{plain}?" if (plain := _negative(part.rstrip(" ?"))) else part)
        pending = len(out) - 1 if ahead and (tag or _stated(part.rstrip(" ?")) != part.rstrip(" ?")) else -1
    return " ".join(out)
