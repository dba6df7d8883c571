"""Speech repairs: words a speaker takes back mid-sentence ('put the blue block - no, the cyan block - in the bin',
'X is going in the bin - actually, no, it is going in the bowl'). Read by `phrasing` before fillers are dropped, since
'sorry' and 'actually' are what mark a repair."""

from __future__ import annotations

import re

from agent.planners.offline.words import VERB_RE


# Taking words back: 'put the blue block - no, the cyan block - in the bin', 'onto the pink block, wait, I mean onto the
# green one', 'X is going in the bin - actually, no, it is going in the bowl'. The later phrase replaces the one before the
# marker; a whole clause after it says the goal again, and the later clause wins (see `placing.merge_goal`).
_MARKS = (r"(?:no+|nope|sorry|oops|wait|hmm+|um+|uh+|er|well|oh|ok|okay|actually|i mean|i meant|i mean to say|"
          r"or rather|rather|make (?:that|it)|change (?:that|it) to|scratch that|correction|my mistake|my bad|"
          r"on second thought|i changed my mind|i take that back|not that one|not that|not there)")
_STRONG_MARK = re.compile(r"\b(?:no+|nope|sorry|oops|wait|well|actually|i mean|i meant|rather|make (?:that|it)|"
                          r"change (?:that|it) to|scratch that|correction|my mistake|my bad|on second thought|"
                          r"i changed my mind|i take that back)\b")
_HEAD = r"(?:block|blocks|bowl|bowls|one|ones|cube|cubes|bin|table|corner|middle)"
_DET = r"(?:the|a|an|all|all the|every|each|both|any|that|this)"
_PHRASE = (rf"(?:(?:in|into|on|onto|on top of|to|at|inside|under|except) )?(?:{_DET} (?:\w+ ){{0,2}}?{_HEAD}|all (?:except|"
           rf"but) the (?:\w+ ){{0,2}}?{_HEAD})(?: (?:except|but|apart from|under|on|in|on top of|"
           rf"of) the (?:\w+ ){{0,2}}?{_HEAD})?")
_PHRASE_RE = re.compile(_PHRASE)
_SPOKEN = (r"(?:(?:uh+|um+|er|hmm+) )?(?:no+ )?(?:wait|sorry|oops|i mean|i meant|or rather|scratch that|correction)\b|"
           r"no+ (?:actually|make that|rather)\b|no+(?= (?:(?:in|into|on|onto|to|at) )?the\b)")  # unpunctuated, as transcribed
_MARKED = re.compile(rf"(?:\s*[,;.]+[\s,;.]*|\s+(?={_SPOKEN}))(?P<marks>(?:{_MARKS}[\s,;.]+)+)(?:just |only )?(?P<two>{_PHRASE})(?: itself| instead)?(?=[\s,;.]|$)[ ,]*")
_CLAUSE_BACK = re.compile(rf"(?:(?:[,;.]\s*(?:and |then )?|\s+(?:and|then) ){_DET} (?:\w+ "
                          rf"){{0,2}}?{_HEAD})?\s*[,;.]+[\s,;.]*(?P<marks>(?:{_MARKS}[\s,;.]+)*(?:{_MARKS}\s*[,;.]+\s*|i meant\s+|i mean\s+))(?=\w)")  # 'no, put ...', never 'no put'
_NOT_THAT = re.compile(rf"([,;.]\s*(?:(?:no+|nope|wait|sorry|oh|oops|ah)[,;.\s]+)+)not (?:just |simply )?{_PHRASE}[,;.\s]+(?=(?:the|a|an|each|every|all|both|in|into|on|onto|to|inside)\b)")
_PREP = re.compile(r"^(in|into|on|onto|on top of|to|at|inside|under|except) ")
_THING = re.compile(rf"\b{_DET} (?:\w+ ){{0,2}}?{_HEAD}\b")
_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|[1-9])"
# A number taken back: 'put three of the blocks in the bin. sorry, i meant two, just two of them'
_NUMBER_BACK = re.compile(rf"\b{_NUMBER}\b(?P<mid>[^.;]*?)[\s,;.]+(?:(?:(?:no+|sorry|oops|wait|actually)[\s,;.]+)*(?:i meant|i mean|make (?:that|it)|"
                          rf"rather)[\s,]+|(?:(?:no+|sorry|oops|wait|actually)[\s,;.]+)+)(?P<two>{_NUMBER})\b(?:[\s,]+(?:just |only )?{_NUMBER})?(?: of them|"
                          rf" blocks?| instead)?[\s,;.]*$")
_NUMBER_SPOKEN = re.compile(rf"\b{_NUMBER}[\s,]+(?:(?:no+|sorry|wait|oops|actually|i mean|make (?:that|it)|rather)[\s,]+)+"
                            rf"(?P<two>{_NUMBER})\b")  # 'put three no wait two blocks in W'
_CLAUSE_MARK = re.compile(r"\b(?:no+|nope|sorry|oops|wait|actually|i meant|scratch that|on second thought|"
                          r"i changed my mind|i take that back)\b")


_RANK = re.compile(r"\b(?:left|right|top|bottom)most\b|\b(?:nearest|closest|furthest|farthest|first|second|third|last)\b")


def _kind(phrase: str) -> str:
    if re.search(r"\b(?:top|bottom) (?:left|right) one\b", phrase):
        return "place"  # 'the top right one': a corner
    head = re.search(r"\b(block|bowl|bin|table|corner|middle|cube|one)s?\b", phrase)
    return {"cube": "block", "corner": "place", "middle": "place"}.get(head.group(1), head.group(1)) if head else ""


# A start made again: 'the one in, okay, the block in W, put it in the bin', 'the pink block should, sorry, the pink block
# should be in the middle': the first try, left unfinished or said again word for word, gives way to the second.
_RESTART = re.compile(r"(?:^|(?<=[,;.] ))(?P<seg>[a-z' ]+?)\s*,\s*(?P<marks>(?:(?:okay|ok|sorry|uh+|um+|er|wait|no+|"
                      r"i mean|hmm+|hang on)\s*,?\s*)+)(?=\w)")
_DANGLING = {"in", "on", "into", "onto", "the", "a", "an", "of", "to", "at", "that", "which", "is", "are", "should", "can",
             "will", "would", "with", "from", "and"}


# A start thrown away: 'put the uh okay put X ...', 'the green block uh no the purple block ...', 'X should be X should be ...', 'put the
# red block uh scratch that put ...', 'stack the can you put X on Y', 'what's in the how many blocks ...': the sentence starts again after it.
_HESITATE = r"(?:uh+|um+|er|okay|ok|wait|no|sorry|lets|let s|i mean|hmm+|oh|actually|hang on)"
SCRATCHED_RE = re.compile(r"(?:^|(?<=[.;?!] ))(?:(?:the (?:[a-z']+ ){0,3}?|(?P<w>[a-z']+) (?:[a-z']+ ){0,6}?)" + _HESITATE + "(?: " + _HESITATE +
                          r")* (?=(?:first |then |now )?(?(w)(?P=w)|the)\b)|(?P<r>(?:[a-z']+ ){3,6}?)(?=(?P=r))|[^.;?!]*?\b(?:the|a|an|is|are|put|move|how|what|where)\b[^.;?!]*?\b(?:scratch that|strike that|let me start (?:again|over)|start (?:again|over)|let me rephrase(?: that)?)"
                          r"\b[\s,.;:!-]*(?!(?:it|that one|they|them)\b)|(?:[\w']+ ){0,4}?(?P<wh>how many|what|whats|where|which)\b(?: [\w']+){0,3}? (?:(?:uh|um|er) )*(?=(?P=wh)\b)|(?:[\w']+ ){0,4}?"
                          r"(?:how many|what|whats|where|which)\b(?: [\w']+){0,3}? (?:the|a|in|on|of|uh|um|er) (?=(?:how many|what|where|which|is|are)\b)|"
                          r"(?:[\w']+ ){1,3}?(?:the|a|an|uh|um|each|every) (?=(?:can you|could you|would you|will you|can i|could i|may i|please|put|grab|do not|dont|"
                          r"don't|take the|leave the|take everything|i want|i would like|i'd like|let's|lets)\b))(?=\w)")


def _restarted(text: str) -> str:
    text = SCRATCHED_RE.sub("", text)
    pos = 0
    while m := _RESTART.search(text, pos):
        seg, rest = m["seg"].split(), text[m.end():].split()
        pos = m.end()
        if rest and seg and (seg[-1] in _DANGLING and seg[0] == rest[0] or len(seg) >= 3 and seg[:3] == rest[:3]
                     and _STRONG_MARK.search(m["marks"])):
            text, pos = text[: m.start()] + text[m.end():], m.start()
    return text


def take_backs(text: str) -> str:
    """What a speaker took back is dropped: the phrase before 'no', 'sorry', 'I mean', 'make that' ... gives way to the
    one after it (the nearest phrase of its kind, keeping its preposition), and a marker before a whole new clause is
    dropped, a dangling phrase before it too ('... and the yellow block, no, leave the yellow block where it is')."""
    text = re.sub(r"\b(the (?:block|one|bowl)) (?:nearest|closest|furthest|farthest)(?: away)?(?: to| from)? (the \w+ (?:bowl|block))([^.;]*?)[.;,]?\s*(?:(?:wait|sorry|no|oops|"
                  r"actually)\W+)+(?:i mean(?:t)? )?the one (?:that is |that s |that's |which is )?(nearest|closest|furthest|farthest)(?: away)?(?: (?:to|from) (the \w+ (?:bowl|block)))?"
                  r"(?=\W*$)", lambda m: f"{m[1]} {m[4]} {'to' if m[4] in ('nearest', 'closest') else 'from'} {m[5] or m[2]}{m[3]}", text)  # a ranking taken back
    text = re.sub(r"\b(?:all the blocks|every block|all of them|everything) ([^.;]*?)\W+(?:(?:actually|sorry|no|wait|oops)\W+)+(?:only|just) (the (?:one|ones|"
                  r"blocks?)\b[^.;]*?)(?=\s*(?:[.;]|$))", r"\2 \1", text)  # 'bin all the blocks, sorry, just the ones in bowls': a set taken back
    text = re.sub(r"\s+(?:wait|no|sorry|actually)(?: no)? it (?:does not|doesnt|doesn't|is not|isnt|isn't)\s+(?=it\b)", ", actually, no, ", text)  # voice: '... wait no
    text = re.sub(r"^(put|move|place|drop|stick) the \w+ (?:block|one) (?:in|into|on|onto) the (?:(?:oh|uh|um|wait|no) )*not that one,? (the \w+ (?:block|one)) ", r"\1 \2 ",
                  text)  # it doesnt it goes in W', 'put the X in the oh wait not that one the Y in W'
    text = _NOT_THAT.sub(r"\1", _restarted(text))  # '... into the pink bowl, no, no, not the pink bowl, the cyan bowl'
    text = _NUMBER_BACK.sub(lambda m: f"{m['two']}{m['mid']}", _NUMBER_SPOKEN.sub(r"\g<two>", text))
    pos = 0
    while m := _MARKED.search(text, pos):
        before, two = text[: m.start()], m.group("two")
        said = [before[w.start():] for w in re.finditer(r"\b\w", before) if _PHRASE_RE.fullmatch(before[w.start():])]
        broken = re.search(rf"\b{_DET}(?: \w+){{1,2}}$", before) if not said else None  # 'put the uh yellow, no sorry, the red block'
        said = [broken.group(0)] if broken else said
        same = [c for c in said if (_kind(c) == _kind(two) or "one" in (_kind(c), _kind(two)) and not {_kind(c), _kind(two)} & {
            "place", "bin", "table"}) and not (
            re.search(r"\b(?:put|place|move|drop|set|stack|throw|toss|bin)(?: all| every| each| both)? $", before[: len(before) - len(c)])
            and re.search(r" (?:in|on|on top of|under) the ", c) and (not re.search(r" (?:in|on|on top of|under) the ", two) or re.search(
                r"\b(?:just|only)\s+$", text[: m.start("two")])))]  # 'put X in the bin, sorry, Y' / '..., just the ones on Z': X taken back
        if two.startswith("except "):  # 'all except X, no, except Y': only an exception takes one back
            said = same = [c for c in said if c.startswith("except ")]
        if not _STRONG_MARK.search(m.group("marks")) or not said:
            pos = m.end()
            continue
        earlier = [t for t in _THING.finditer(before) if _kind(t.group(0)) == _kind(two) != "one" or _kind(two) == "one" and not same
                   and _kind(t.group(0)) in ("block", "bowl")]  # 'X to the middle, I meant the red one': a colour is no place's
        ranked = [t for t in _THING.finditer(before) if _RANK.search(t.group(0))] if _RANK.search(two) else []
        # 'put the rightmost block on X. no, I mean the leftmost one': a ranking takes back a ranking; 'X needs to go in the
        # bin. Sorry, I meant Y': X, not the bin
        back = ranked or (earlier if not same and all(map(_kind, said)) and not _PREP.match(two) else [])
        if back and not broken:
            t, rest = back[-1], text[m.end():]
            text, pos = f"{before[: t.start()]}{two}{before[t.end():]}, {rest}", t.start() + len(two)
            continue
        same = [c for c in same if _PREP.match(c)] or same if _PREP.match(two) else same  # 'onto X, I mean onto Y'
        one = (max if " itself" in m.group(0) else min)(same or said, key=len)  # 'the block under X, no, X itself': all
        prep = _PREP.match(one)
        two = re.sub(r"\b((?:top|bottom) (?:left|right)) one\b", r"\1 corner", two)  # 'the top right one': that corner
        new = f"{prep.group(1)} {two}" if prep and not _PREP.match(two) else two
        rest, cut = text[m.end():], len(before) - len(one)
        if not prep and _PREP.match(two) and (said_prep := re.search(r"\b(?:in|into|on|onto|on top of|to|at|inside|under|"
                                                                     r"except) $", before[:cut])):
            cut = said_prep.start()  # 'on the pink, no wait, on the cyan block': its preposition said again
        gap = ", " if VERB_RE.match(rest) or re.match(r"(?:can|could|would|will|please)\b", rest) else " "
        text, pos = f"{before[:cut]}{new}{gap}{rest}", cut + len(new)

    pos = 0
    while c := _CLAUSE_BACK.search(text, pos):
        rest, pos = text[c.end():], c.end()
        again = re.match(r"(?:it|they|that one|that|let us|let s|i want|i would)\b", rest)
        if not _CLAUSE_MARK.search(c.group("marks")) or not (again or VERB_RE.match(rest) or re.match(r"(?:do not|never)\b", rest)):
            continue
        start = max(text.rfind(ch, 0, c.start()) for ch in ",;.") + 1
        said = re.search(r"(?:.*\b(?:and|then) |^)(\w+)[^,;.]*$", text[start:c.start()])
        thing = _THING.search(text[start:c.start()])
        if again and thing:  # 'put X in W, no, it goes in V': the clause said again, about X
            rest = re.sub(r"^(?:it|they|that one|that)\b|(?<=\w )(?:it|them)\b", thing.group(0), rest, count=1)
        elif re.match(r"(?:do not|never)\b", rest) and thing:  # 'throw X in the bin, no wait, do not bin it, ...'
            rest = re.sub(r"(?<=\w )(?:it|them)\b", thing.group(0), rest, count=1)
        elif said and said.group(1) == rest.split()[0]:  # 'leave the orange one, sorry, i meant leave the yellow one'
            start += said.start(1)
            seg = text[start:c.start()]  # its object, never where it went: 'put it on the table, actually no, put it all in W'
            thing = next((t for t in _THING.finditer(seg) if not re.search(r"\b(?:in|into|on|onto|to|at|inside|under|of|from|off) $",
                                                                            seg[: t.start()])), None)
            rest = re.sub(r"^(\w+) (?:it|them)\b", lambda v: f"{v.group(1)} {thing.group(0)}", rest) if thing else rest
            text = f"{text[:start]}{rest}"
            pos = start
            continue
        else:  # '..., and the yellow block, no, leave it': a new clause, the dangling phrase dropped
            start = c.start()
        text = f"{text[:start].rstrip()}{', ' if start else ''}{rest}"
        pos = start
    return text.strip()
