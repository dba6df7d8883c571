"""Speech repairs: words a speaker takes back mid-sentence ('put the blue block - no, the cyan block - in the bin',
'X is going in the bin - actually, no, it is going in the bowl'). Read by `phrasing` before fillers are dropped, since
'sorry' and 'actually' are what mark a repair."""

from __future__ import annotations

import re

from agent.planners.offline.learners import learners_no
from agent.planners.offline.marks import CORRECTED_RE, RESTART_RE
from agent.planners.offline.words import VERB_RE
from agent.regex import rx
from sim.core.lexicon import COLOURS


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
_NOT_THAT = re.compile(rf"([,;.]\s*(?:(?:no+|nope|wait|sorry|oh|oops|ah|scratch that|actually|hang on)[,;.\s]+)+|\.\s+)not (?:just |simply )?(?:{_PHRASE}|the \w+(?=\s*[,;.]))[,;.\s]+(?=(?:the|a|an|each|every|all|both|in|into|on|onto|to|inside|i want|i d like|i would like|put|move|place)\b)")
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


def _not_that(m: re.Match[str]) -> str:
    """'..., no, not X, Y': the marks; 'X in W. not the red. the cyan block.': a correction only if 'red' was said and a thing follows."""
    taken = rx(r"not (?:just |simply )?(?:the |that )?(\w+)").match(m[0].lstrip(". "))
    if rx(r"\w").search(m[1]) or not (taken and rx(rf"\b{taken[1]}\b").search(m.string[: m.start()])):
        return m[1] if rx(r"\w").search(m[1]) else m[0]
    thing = rx(r"[^.;!]*").match(m.string, m.end())[0].strip()  # never 'Not the orange one, the other one.': that says which
    return ". no, " if _THING.fullmatch(thing) and not rx(r"\b(?:an)?other\b").search(thing) else m[0]


def _kind(phrase: str) -> str:
    if rx(r"\b(?:top|bottom) (?:left|right) one\b").search(phrase):
        return "place"  # 'the top right one': a corner
    head = rx(r"\b(block|bowl|bin|table|corner|middle|cube|one)s?\b").search(phrase)
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


# A correction said as such: '..., correction, Y', '... sorry, I mean Y', '... no, wait, Y', '... or rather, Y'. What Y is
# decides what it takes back: a clause (a verb, a question, 'X goes ...') the clause before it; 'then Y' the step after
# the last 'then'; a place phrase ('in W', 'to the right of it') the last phrase with its preposition; 'X on Y' the same
# pairing; a thing (with its own place phrase or none) the last thing of its shape that is not a place; 'not X, Y': X.
_WORD = r"(?!(?:the|a|an|of|in|on|to|and|or|is|are|that|which|with|from|at|into|onto)\b)\w+ "
_NP = (rf"(?:(?:just|only) )?(?:(?:(?:all|each|every|both|any) (?:of )?)?(?:the|a|an|its|their|one|two|three|four|five|six|seven|eight|nine) |"
       rf"(?:all|each|every|both|any) )(?:{_WORD}){{0,3}}?(?:blocks?|bowls?|ones?|cubes?|bin|table|corner|middle)\b|"
       rf"(?:the )?(?:{'|'.join(COLOURS)})(?: (?:block|cube|bowl)s?\b|(?= *[,;.]|$| (?:where|in|on|into|to|at|alone|as|stays?|goes|go|is|and)\b))")
_MODIFIER = (r" (?:(?:that|which) (?:is |are )?(?:sitting |resting |lying |stacked |standing )?|(?:sitting |resting |lying |stacked |standing ))?"
             rf"(?:already |still |currently )?(?:directly |right |just )?(?P<prep>on top of|on|in|inside|under|beneath|below|underneath|above|"
             rf"nearest(?: to)?|closest to|next to|furthest from|farthest from)\b(?: (?:the |its |a )?(?:{_WORD}){{0,3}}?(?:blocks?|bowls?|ones?|corner|"
             r"middle|table|bin)\b| the (?:far )?(?:left|right)(?: side)?\b| (?:it|that|this)\b)|"
             r" (?:that|which) the \w+ \w+ (?:is |are )(?:sitting |resting |lying |stacked |standing )?(?:on top of|on|in|inside|under)\b")  # '... that X is on'
_NP_RE = re.compile(rf"\b(?P<np>{_NP})(?P<mod>{_MODIFIER})?")
_PUT = re.compile(r"\b(?:put|place|move|set|drop|stick|lay|pop|throw|toss|chuck)(?: all| every| each| both)? $")
_LOCATIVE = re.compile(r"\b(?:in|into|on|onto|to|at|inside|under|beneath|below|above|top of|next to|from|by)\s*$")
_PREP_START = re.compile(r"(?:on top of|(?:(?:on|to) the )?(?:left|right)(?: of)?|in|into|on|onto|to|at|inside|under|beneath|below|"
                         r"above|next to|for)\b")
_PREP_GROUP = {"in": "in|into|inside", "into": "in|into|inside", "inside": "in|into|inside", "on": "on|onto", "onto": "on|onto",
               "under": "under|beneath|below", "beneath": "under|beneath|below", "below": "under|beneath|below"}
_COMMENT = r"(?:that is|that s|thats|it is|it s) (?:a lot|too many|too much|wrong|not right|not it|backwards|silly)"
_IT_RE = re.compile(r"\b(?:of|on|in|to|at|under|beneath|above|onto|into) (it)\b")  # 'it' as a place's thing, never 'as it'
_ADDING = re.compile(r"\b(?:too|also|as well|and then|after that|next)\b")


def _kind_of(np: str) -> str:
    head = rx(r"\b(block|bowl|bin|table|one|cube|corner|middle)s?\b").search(np)
    return {"cube": "block", "one": "", "corner": "place", "middle": "place"}.get(head[1], head[1]) if head else "block"  # a colour alone: a block


def _goes(clause: str, m: re.Match[str]) -> bool:
    """Whether a thing's place phrase is where it goes ('put X in W'), not which thing it is ('take X in W to V')."""
    return bool(m["mod"] and _PUT.search(clause[: m.start()]) and rx(r"\s*(?:$|that\b|which\b|of\b|with\b)").match(clause[m.end():]))


def _things(clause: str, bare: bool) -> list[tuple[int, int, str]]:
    """The things a clause names that are no place phrase's (start, end, kind), with their own place phrase unless `bare`."""
    found = []
    for m in _NP_RE.finditer(clause):
        if _LOCATIVE.search(clause[: m.start()]) or m["np"] in ("the table", "the bin"):
            continue
        found.append((m.start(), m.end("np") if bare or not m["mod"] or _goes(clause, m) else m.end(), _kind_of(m["np"])))
    return found


def _again(clause: str, fix: str, strong: bool) -> str | None:
    """`clause` with `fix` (the sentence after a correction) put in place of what it takes back; None when unsure."""
    fix = rx(rf"^{_COMMENT}[\s,;.]+").sub("", fix)
    fix = rx(r",?\s*\b(?:i mean|i meant|i think|i guess|instead|quick|fast|please|sorry|my mistake|my bad|(?:yes,? |yeah,? |right,? )?(?:that one|that s the one|that is the one))\s*"
                 r"(?=[,;.]|$)").sub("", fix).strip(" ,")
    fix = rx(r"^(?:just|only) the one,? (?=the\b)|^instead,? ").sub("", fix)
    if (only := rx(r"(?:just|only) (the\b[^,;]*)").match(fix)) and not rx(r"\b(?:should|must|is|are|be|stays?|remains?|goes|go)\b").search(only[1]):
        fix = fix[only.start(1):]  # 'move all the blocks into W, sorry, only the ones on the table': fewer moved, no others taken out
    if rx(r"(?:swap|switch|reverse|flip|invert|exchange) ").match(fix) or rx(r"\b(?:that is|that s|thats) (?:right|correct|it)\b|\b(?:yes|yeah)\b").search(fix):
        return None  # 'actually, swap them: ...': the order said again, read by `take_backs`; 'wait, is it... yeah, that's right': no correction
    fix = fix[fix.index(" ") + 1:] if rx(r"(?:just|only|simply) ").match(fix) and VERB_RE.match(fix.split(" ", 1)[1]) else fix  # 'just bin X'
    if (no := rx(rf"(?<=\w),?\s*not (?P<x>(?:{_NP})(?:{_MODIFIER})?)$").search(fix)) is not None:  # 'Y in W, not X': what Y takes back, named
        fix, x = fix[: no.start()], no["x"]
        same = [m[0] for m in _NP_RE.finditer(fix) if _kind_of(m["np"]) == _kind_of(x)]
        if same and (at := clause.rfind(x)) >= 0 and rx(r"\b").match(clause[at:]):  # 'X to C, ... Correction: X to D, not C': C becomes D
            return clause[:at] + same[0] + clause[at + len(x):]
    if m := rx(rf"not (?P<x>{_NP})(?:[\s,]+|$)").match(fix):  # 'not the white one, the blue block'; 'not X, X stays'
        said = [(n.start(), n.end("np"), "") for n in _NP_RE.finditer(clause) if n["np"] == m["x"] or len(m["x"].split()) > 2 and rx(
            rf"\b{m['x'].split()[-2]}\b").search(n["np"])]
        if not said:
            return None
        start, end, _ = said[-1]
        rest = rx(r"^(?:it|that one|this one|they)\b.*$").sub("", fix[m.end():])  # 'not X, it does not go with the others': why
        if (y := rx(rf"(?P<y>{_NP})").fullmatch(rest)) is not None:
            return clause[:start] + y["y"] + clause[end:]
        before = rx(r"(?:,? and|,) $").search(clause[:start])  # 'X and Y in the bin, wait, not Y': Y taken out of the list
        after = None if before else rx(r" and ").match(clause[end:])
        if before is None and after is None:
            return None
        joined = clause[: before.start()] + clause[end:] if before else clause[:start] + clause[end + after.end():]
        return f"{joined}, {rest}" if rest else joined
    if rx(r"then\b").match(fix):  # 'first A, then B, no, then C'
        at = clause.rfind(" then ")
        return clause[: at + 1] + fix if at >= 0 else None
    clausal = VERB_RE.match(fix) or rx(r"(?:is|are|what|which|where|how|do|does|can|could|it is|you can|you could|(?:i|we) (?:want|need|would "
                                              r"like|require))\b").match(fix) or \
        rx(r"(?:(?!that\b|which\b)\w+ ){1,5}?(?:is|are|goes|go|stays|stay|should|must|will|needs|belongs|sits)\b").match(fix) or \
        rx(rf"(?:{_NP}) (?:that|which) [^,;.]+? (?:is|are|goes|go|stays|stay|should|must|will|needs|belong|belongs|sit|sits)\b").match(fix)
    if clausal:
        fix = rx(r"^it is (the \w+ \w+) (?:that|which) ").sub(r"\1 ", rx(r"^(?:you can|you could) ").sub("", fix))
    keep = rx(r"(?:keep|leave|do not|never|don t)\b").match(fix)
    thing = next(iter(_things(fix, True)), None)
    if clausal and strong and not keep and not _ADDING.search(fix) and thing and fix[thing[0]: thing[1]] in clause:
        return _said_again(clause, fix)  # 'put X in W and then Y on it? actually, put Y in the bin': what was said of Y
    if not _PREP_START.match(fix) and not rx(rf"(?:{_NP})").match(fix) and (onset := _onset(clause, fix)) is not None:
        return onset  # 'do not move X, let me correct myself, do not move Y': the same words start it again
    if clausal:
        if not strong or _ADDING.search(fix):
            return None
        if keep:  # 'bin X and Y, no, keep Y where it is': Y taken out, then kept
            kept = next(iter(_things(fix, True)), None)
            y = fix[kept[0]: kept[1]] if kept else ""
            cut = y and (rx(rf",? and {re.escape(y)}\b").search(clause) or rx(rf"\b{re.escape(y)},? and ").search(clause))
            if not cut:
                return fix if " ".join(fix.split()[:3]) == " ".join(clause.split()[:3]) else None  # 'do not move X, ..., do not move Y'
            rest = rx(r",?\s*\b(?:just|only) (?:the )?\w+(?: block)?$").sub("", fix)
            return clause[: cut.start()] + (" " if cut[0].endswith("and ") and cut.start() and clause[cut.start() - 1] != " " else "") + \
                clause[cut.end():] + ", " + rest
        return _said_again(clause, fix)
    if prep := _PREP_START.match(fix):  # 'in the bin, no, in the red bowl', 'to the left of X, sorry, to the right of it'
        word = "(?:(?:on|to) the )?(?:left|right)" if rx(r"\b(?:left|right)\b").search(prep[0]) else prep[0].split()[0]
        at = list(rx(rf"\b(?:{_PREP_GROUP.get(word, word)})\b").finditer(clause))
        if not at:
            return None
        gone = clause[at[-1].start():]
        if it := _IT_RE.search(fix):  # 'to the right of it': of what was named
            named = [m["np"] for m in _NP_RE.finditer(gone)]
            fix = fix[: it.start(1)] + named[-1] + fix[it.end(1):] if named else fix
        return clause[: at[-1].start()] + fix
    if not (rep := rx(rf"(?P<np>(?:{_NP})(?: and (?:{_NP}))*)(?P<mod>{_MODIFIER})?").match(fix)) or fix[rep.end():].startswith(" itself"):
        return None
    said_fix, rest = fix[: rep.end()], fix[rep.end():].strip(" ,")
    if rx(r"(?:that|which|whose|with)\b").match(rest):  # 'the bowl that is the same colour as it': one thing
        said_fix, rest = f"{said_fix} {rest}", ""
    adjacent = [t for t in _things(clause, True) if t[1] == len(clause)]
    if adjacent and not rest.startswith(("on ", "in ", "onto ", "into ", "at ")) or adjacent and _PREP_START.match(rest):
        start = adjacent[-1][0]  # 'then the white block - sorry, the blue block - to W': the thing just said
        return clause[:start] + said_fix + (f", {rest}" if VERB_RE.match(rest) else f" {rest}" if rest else "")
    if (pair := rx(r"(on top of|on|onto|in|into|at|to) ").match(rest)) and (old := list(rx(rf"\b(?:{_NP})(?:{_MODIFIER.replace('?P<prep>', '')})? "
                                                                                                  rf"{pair[1]} ").finditer(clause))):
        old = [m for m in old if m[0].startswith(rep["np"] + " ")] or old  # the same thing's pairing, else the last
        end = rx(r"[,;]|,? then |$").search(clause[old[-1].end():])
        return clause[: old[-1].start()] + said_fix + " " + rest + clause[old[-1].end() + end.start():]  # 'stack X on Y; no, backwards: Y on X'
    if rep["mod"] and (parallel := [m for m in _NP_RE.finditer(clause) if m["mod"] and not _goes(clause, m) and m["prep"] == rep["prep"] and m["mod"] != rep["mod"]
                                    and (m["np"].split()[-1] == rep["np"].split()[-1] or rep["np"].endswith(("one", "ones")))]):
        return clause[: parallel[-1].start()] + _it(said_fix, parallel[-1][0]) + clause[parallel[-1].end():] + (f", {rest}" if rest else "")  # 'the bowl on the left, no, the one on the right'
    kind = _kind_of(rep["np"])
    things = _things(clause, not rep["mod"])
    if _RANK.search(said_fix) and (ranked := [t for t in things if _RANK.search(clause[t[0]: t[1]])]):
        start, end, _ = ranked[-1]  # 'the rightmost block on X. No, I mean the leftmost one': a ranking takes back a ranking
        return clause[:start] + said_fix + clause[end:] + (f", {rest}" if rest else "")
    last = list(rx(rf"\b(?:{_NP})").finditer(clause))[-1:]
    if not rep["mod"] and last and last[0].end() == len(clause) and _LOCATIVE.search(clause[: last[0].start()]) and (
            _kind_of(last[0][0]) == kind or not kind and _kind_of(last[0][0]) in ("block", "bowl")):
        return clause[: last[0].start()] + said_fix + (f", {rest}" if rest else "")  # 'X stacked on Y. Actually, make that Z': the thing just said
    said = [t for t in things if not kind or not t[2] or t[2] == kind] or [t for t in things if t[1] == len(clause)]
    if not said:  # 'a yellow block, correction, a yellow bowl': the thing just said
        return None
    start, end, _ = said[-1]
    if _PREP_START.match(rest):  # the thing, then where: the sentence starts again from the thing
        return clause[:start] + said_fix + " " + rest
    return clause[:start] + said_fix + clause[end:] + (f", {rest}" if rest else "")


def _onset(clause: str, fix: str) -> str | None:
    """The clause started again from where the correction's first words were said ('... the same colour as X, no, the same colour
    as Y', 'keeping X in place; correction, keeping Y in place'), None when those words were not said."""
    words = fix.split()
    for k in (4, 3, 2):
        if len(words) > k and not (k == 2 and rx(r"(?:the|a|an) \w+").fullmatch(" ".join(words[:2]))):
            at = [m.start() for m in rx(rf"(?<= ){re.escape(' '.join(words[:k]))}\b").finditer(clause)]  # mid-clause: from the start, it is said again
            if at:
                return clause[: at[-1]] + fix
    return None


def _it(fix: str, gone: str) -> str:
    """'it' in a correction as the last thing the words it takes back named ('the block on X, no, the one directly on it')."""
    named = [m[0] for m in rx(r"\bthe \w+ (?:block|bowl|one)\b").finditer(gone) if m.start()]
    return fix[: it.start(1)] + named[-1] + fix[it.end(1):] if named and (it := _IT_RE.search(fix)) else fix


def _said_again(clause: str, fix: str) -> str:
    """A clause said again after a correction: what the sentence before said of the thing it names is dropped (a step,
    'with X on top', 'and X'), or, when it names nothing said before, the last step ('add X to it': `it` as before)."""
    steps = rx(r",? (?:and )?then |,? and (?=(?:put|place|move|stack|bin|take|drop|set|leave|keep)\b)|; ").split(clause)
    thing = next(iter(_things(fix, True)), None)
    name = fix[thing[0]: thing[1]].removeprefix("just ").removeprefix("only ") if thing else ""
    about = [i for i, step in enumerate(steps) if name and rx(rf"\b{re.escape(name)}\b").search(step)]
    if about and len(steps) > 1:
        kept = [step for i, step in enumerate(steps) if i != about[-1]]
        return ", then ".join(kept) + ". " + fix
    if about and (part := rx(rf",? with {re.escape(name)} (?:on top|on it|on top of it|in it)\b|,? and {re.escape(name)}\b|\b{re.escape(name)},? and ").search(
                                    clause)):
        return (clause[: part.start()] + (" " if part[0].endswith("and ") else "") + clause[part.end():]).strip(" ,") + ". " + fix
    if about or len(steps) == 1:
        said = _things(steps[-1], True)
        if said and (it := rx(r"(?<!where )(?<!as )\b(?:it|them|its)\b").search(fix)) and not (
                it[0] == "its" and _things(fix[: it.start()], True)):  # 'is it on Y?', 'add X to it', 'put them in W': what the step named
            fix = fix[: it.start()] + steps[-1][said[0][0]: said[0][1]] + ("'s" if it[0] == "its" else "") + fix[it.end():]
        if (there := rx(r"\bthere\b").search(fix)) and (where := rx(r"\b(?:in|on|at|to|into|onto) the [\w ]+$").search(steps[-1])):
            fix = fix[: there.start()] + where[0] + fix[there.end():]  # 'we want X in W; correction, we want Y there'
        return ", then ".join(steps[:-1] + [fix])
    return ", then ".join(steps[:-1] + [fix])


def corrected(text: str) -> str:
    """Corrections said as such, each put in place of what it takes back (`_again`); others are left to `take_backs`."""
    pos = 0
    while m := CORRECTED_RE.search(text, pos):
        pos = m.end()
        before = text[: m.start()].rstrip(" ,;.?!")
        start = max(before.rfind(ch) for ch in ";.?!") + 1
        fix, tail = rx(r"([^.;?!]*)(.*)$").match(text[m.end():]).groups()
        if rx(_COMMENT).fullmatch(fix):  # 'no, that is a lot. just X and Y': the comment, then the correction
            fix, tail = rx(r"[\s.;?!]*([^.;?!]*)(.*)$").match(tail).groups()
        if not before.strip() and rx(r"\b(?:correction|scratch that|on second thoughts?|actually)\b").search(m["marks"]):
            text, pos = text[m.end():], 0  # 'Correction: put X in W': nothing before it to take back
            continue
        if rx(r"(?:no+|nope|wait|actually)\s+").fullmatch(m["marks"]):  # 'W must be empty, no throw away': no correction
            continue
        if not before[start:].strip():
            continue
        if not rx(r"[,;.?!]").match(m[0]):  # 'the purple block i mean the cyan block goes in the bin': only the thing just said
            said = [t for t in _things(before[start:].strip(), True) if t[1] == len(before[start:].strip())]
            if not said or not rx(rf"(?:{_NP})\b").match(fix):
                continue
            new = before[start:].strip()[: said[-1][0]] + fix
        elif (new := _again(before[start:].strip(), fix, bool(RESTART_RE.search(m["marks"])))) is None:
            continue
        lead = before[:start] + (" " if start else "")
        text, pos = lead + new + tail, len(lead)
    return text


def take_backs(text: str) -> str:
    """What a speaker took back is dropped: the phrase before 'no', 'sorry', 'I mean', 'make that' ... gives way to the
    one after it (the nearest phrase of its kind, keeping its preposition), and a marker before a whole new clause is
    dropped, a dangling phrase before it too ('... and the yellow block, no, leave the yellow block where it is')."""
    text = corrected(learners_no(text))
    text = rx(r"\b(the (?:block|one|bowl)) (?:nearest|closest|furthest|farthest)(?: away)?(?: to| from)? (the \w+ (?:bowl|block))([^.;]*?)[.;,]?\s*(?:(?:wait|sorry|no|oops|"
                  r"actually)\W+)+(?:i mean(?:t)? )?the one (?:that is |that s |that's |which is )?(nearest|closest|furthest|farthest)(?: away)?(?: (?:to|from) (the \w+ (?:bowl|block)))?"
                  r"(?=\W*$)").sub(lambda m: f"{m[1]} {m[4]} {'to' if m[4] in ('nearest', 'closest') else 'from'} {m[5] or m[2]}{m[3]}", text)  # a ranking taken back
    text = rx(r"\b(?:all the blocks|every block|all of them|everything) ([^.;]*?)\W+(?:(?:actually|sorry|no|wait|oops)\W+)+(?:only|just) (the (?:one|ones|"
                  r"blocks?)\b[^.;]*?)(?=\s*(?:[.;]|$))").sub(r"\2 \1", text)  # 'bin all the blocks, sorry, just the ones in bowls': a set taken back
    text = rx(r"\s+(?:wait|no|sorry|actually)(?: no)? it (?:does not|doesnt|doesn't|is not|isnt|isn't)\s+(?=it\b)").sub(", actually, no, ", text)  # voice: '... wait no
    text = rx(r"^(put|move|place|drop|stick) the \w+ (?:block|one) (?:in|into|on|onto) the (?:(?:oh|uh|um|wait|no) )*not that one,? (the \w+ (?:block|one)) ").sub(r"\1 \2 ",
                  text)  # it doesnt it goes in W', 'put the X in the oh wait not that one the Y in W'
    text = _NOT_THAT.sub(_not_that, _restarted(text))  # '... into the pink bowl, no, no, not the pink bowl, the cyan bowl'
    text = _NUMBER_BACK.sub(lambda m: f"{m['two']}{m['mid']}", _NUMBER_SPOKEN.sub(r"\g<two>", text))
    pos = 0
    while m := _MARKED.search(text, pos):
        before, two = text[: m.start()], m.group("two")
        said = [before[w.start():] for w in rx(r"\b\w").finditer(before) if _PHRASE_RE.fullmatch(before[w.start():])]
        broken = rx(rf"\b{_DET}(?: \w+){{1,2}}$").search(before) if not said else None  # 'put the uh yellow, no sorry, the red block'
        said = [broken.group(0)] if broken else said
        same = [c for c in said if (_kind(c) == _kind(two) or "one" in (_kind(c), _kind(two)) and not {_kind(c), _kind(two)} & {
            "place", "bin", "table"}) and not (
            rx(r"\b(?:put|place|move|drop|set|stack|throw|toss|bin)(?: all| every| each| both)? $").search(before[: len(before) - len(c)])
            and rx(r" (?:in|on|on top of|under) the ").search(c) and (not rx(r" (?:in|on|on top of|under) the ").search(two) or rx(
                r"\b(?:just|only)\s+$").search(text[: m.start("two")])))]  # 'put X in the bin, sorry, Y' / '..., just the ones on Z': X taken back
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
        two = rx(r"\b((?:top|bottom) (?:left|right)) one\b").sub(r"\1 corner", two)  # 'the top right one': that corner
        new = f"{prep.group(1)} {two}" if prep and not _PREP.match(two) else two
        rest, cut = text[m.end():], len(before) - len(one)
        if not prep and _PREP.match(two) and (said_prep := rx(r"\b(?:in|into|on|onto|on top of|to|at|inside|under|"
                                                                     r"except) $").search(before[:cut])):
            cut = said_prep.start()  # 'on the pink, no wait, on the cyan block': its preposition said again
        gap = ", " if VERB_RE.match(rest) or rx(r"(?:can|could|would|will|please)\b").match(rest) else " "
        text, pos = f"{before[:cut]}{new}{gap}{rest}", cut + len(new)

    pos = 0
    while c := _CLAUSE_BACK.search(text, pos):
        rest, pos = text[c.end():], c.end()
        again = rx(r"(?:it|they|that one|that|let us|let s|i want|i would)\b").match(rest)
        if not _CLAUSE_MARK.search(c.group("marks")) or not (again or VERB_RE.match(rest) or rx(r"(?:do not|never)\b").match(rest)):
            continue
        start = max(text.rfind(ch, 0, c.start()) for ch in ",;.") + 1
        said = rx(r"(?:.*\b(?:and|then) |^)(\w+)[^,;.]*$").search(text[start:c.start()])
        thing = _THING.search(text[start:c.start()])
        if again and thing:  # 'put X in W, no, it goes in V': the clause said again, about X
            rest = rx(r"^(?:it|they|that one|that)\b|(?<=\w )(?:it|them)\b").sub(thing.group(0), rest, count=1)
        elif rx(r"(?:do not|never)\b").match(rest) and thing:  # 'throw X in the bin, no wait, do not bin it, ...'
            rest = rx(r"(?<=\w )(?:it|them)\b").sub(thing.group(0), rest, count=1)
        elif said and said.group(1) == rest.split()[0]:  # 'leave the orange one, sorry, i meant leave the yellow one'
            start += said.start(1)
            seg = text[start:c.start()]  # its object, never where it went: 'put it on the table, actually no, put it all in W'
            thing = next((t for t in _THING.finditer(seg) if not rx(r"\b(?:in|into|on|onto|to|at|inside|under|of|from|off) $").search(
                                                                            seg[: t.start()])), None)
            rest = rx(r"^(\w+) (?:it|them)\b").sub(lambda v: f"{v.group(1)} {thing.group(0)}", rest) if thing else rest
            text = f"{text[:start]}{rest}"
            pos = start
            continue
        else:  # '..., and the yellow block, no, leave it': a new clause, the dangling phrase dropped
            start = c.start()
        text = f"{text[:start].rstrip()}{', ' if start else ''}{rest}"
        pos = start
    return text.strip()
