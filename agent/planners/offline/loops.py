"""Jobs said as something to keep doing, or to do for each thing in turn, each said as the end it comes to: 'keep putting
blocks in the bin until none are left on the table', 'as long as X has something on it, take the top block off and put it
in W', 'while W still has blocks in it, keep binning them', 'until only two are left on the table', 'go through the blocks
in W and move each one to P', 'take a block off the table and bin it; do it three times'. 'One at a time', 'one by one'
and the like say how, not what: dropped. Read among `speech.SPEECH`'s rules, first."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.words import DIGIT_WORDS, GERUNDS, NUMBERS
from agent.regex import rx

_GERUND_RE = re.compile(rf"\b(?:(?:keep|continue|go on|carry on)(?: on)? )?({'|'.join(GERUNDS)})\b")
_S = r"the table|the \w+ bowl|the \w+ block|the (?:block|one) (?:that|which|under|beneath|below|underneath) [\w ]+?|the bowl|it|there|that bowl|that block|that stack|the stack|the tower"
_N = r"one|two|three|four|five"
_APART = r"(?! (?:in|into|on|onto|to) (?:a different|different|separate|its own|their own|another|a bowl of its own|a separate))"  # each apart
_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

# how the loop ends, said as what is left: (kind, source, count)
_UNTIL = (("empty", re.compile(rf"(?:there (?:is|are) )?(?:none|nothing|no more(?: blocks?| ones?)?|no (?:blocks?|ones?)|not a single block)(?: (?:is|are))? (?:left|remaining|"
                               rf"remains?|to (?:match|move|bin|sort))(?: (?:on|in|at|over) (?P<s>{_S}))?(?: (?:on|in) it)?")),
          ("empty", re.compile(rf"(?P<s>{_S}) (?:is|gets|becomes|was|has been|is all) (?:completely |totally |all )?(?:empty|clear|cleared|emptied|bare|free)"
                               r"(?: of blocks)?(?: again)?")),
          ("empty", re.compile(rf"(?P<s>{_S}) (?:has|holds|contains|had|has got) (?:none|nothing|no (?:more )?blocks?)(?: (?:on|in) it)?(?: left)?")),
          ("empty", re.compile(rf"(?:there is )?nothing (?:is )?(?:left )?(?:on|in) (?P<s>{_S})(?: any ?more)?")),
          ("leave", re.compile(rf"(?:there (?:is|are) )?(?:exactly |only |just )?(?P<n>{_N}) (?:blocks? )?(?:is |are )?(?:left|remains?|remaining)(?: (?:on|in) "
                               rf"(?P<s>{_S}))?(?: there)?")),
          ("only", re.compile(rf"(?:only )?(?P<x>the \w+ block|it) is (?:the only (?:one|block)|the last (?:one|block)|left)(?: left)?(?: (?:on|in) (?P<s>{_S}))?"
                              r"(?: there)?")),
          ("match", re.compile(r"(?:each|every) block (?:with|that has) a (?:matching )?bowl(?: of (?:the same|its|its own) colou?r)? is (?:sitting )?in (?:that "
                               r"bowl|it)")))
_WHILE = (("empty", re.compile(rf"(?P<s>{_S}) (?:still )?(?:has|holds|contains|has got) (?:something|anything|a block|blocks|any blocks|any|stuff)(?: (?:on|"
                               r"in) (?:it|top))?(?: left)?(?: in it| on it)?")),
          ("empty", re.compile(rf"there (?:is|are) (?:still )?(?:something|anything|a block|blocks|any blocks|any|stuff)(?: left)?(?: (?:on|in|on top of) "
                               rf"(?P<s>{_S}))?")),
          ("empty", re.compile(rf"(?:anything|something|a block|any block|blocks) (?:is |are )?(?:still )?(?:stacked |sitting |left |resting |sits |rests |stands )?(?:on|in|on top of) "
                               rf"(?P<s>{_S})")),
          ("empty", re.compile(rf"(?P<s>{_S}) (?:is not|is no longer) (?:yet )?(?:empty|clear)")),
          ("leave", re.compile(rf"(?:there (?:is|are) )?(?:still )?more than (?P<n>{_N}) (?:blocks? )?(?:is |are )?(?:left )?(?:on|in) (?P<s>{_S})")),
          ("leave", re.compile(rf"(?P<s>{_S}) (?:still )?has more than (?P<n>{_N}) blocks?(?: (?:on|in) it)?")),
          ("match", re.compile(r"(?:there is )?(?:any|a) block(?: with a (?:same colou?red|matching) bowl)? (?:is )?outside (?:it|its (?:own |matching )?bowl|the "
                               r"bowl of its (?:own )?colou?r)")))


def _ended(cond: str, until: bool) -> tuple[str, str | None, int, str | None] | None:
    """What a loop's condition leaves: ('empty'|'leave'|'only', the source it names, how many stay, the block that stays)."""
    for kind, pattern in _UNTIL if until else _WHILE:
        if m := pattern.fullmatch(cond.strip(" ,")):
            d = m.groupdict()
            return kind, d.get("s"), _NUMBER.get(d.get("n") or "", 0), d.get("x")
    return None


_OBJECT_RE = re.compile(r"\b(?:(?:some |the )?blocks|(?:a|one|another|the next|the top|each) (?:block|one)|one of them|them|it|one|anything|everything|"
                        r"whatever is (?:on|in) (?:it|there))\b")
_FROM_RE = re.compile(r"\b(?:off|out of|from|off of|out from|off the top of) (?!it\b|there\b)(?:the table|the \w+ (?:bowl|block))\b")


def _body(body: str, kind: str, source: str | None, n: int, kept: str | None) -> str | None:
    """The loop's step said once for all it applies to: 'take the top block off and put it in the bin' ->
    'take all the blocks off X and put them in the bin'. None when the step names no block to repeat on."""
    body = _GERUND_RE.sub(lambda m: GERUNDS[m[1]], rx(r"^(?:you |we )").sub("", body))
    body = rx(r"\bfill (the \w+ bowl|the bin) with (blocks|them)( from the table| off the table)?").sub(r"put \2\3 in \1", body)
    body = rx(r"^(the top (?:block|one)|a block|one|blocks|they) (?:comes? off and )?(?:moves|goes|go|move|gets moved|is moved|are moved|get moved) "
                  r"(?=(?:into|in|onto|on|to|off)\b)").sub(r"move \1 ", body)  # 'the top one moves into W'
    if kind == "match" or rx(r"\b(?:bowls? of (?:the same|their own|its own|their|its) colou?r|(?:their|its|the) (?:matching|own) bowls?|their bowls)\b").search(body):
        return "put every block in its matching bowl"
    if rx(r"\bempty (?:the \w+ bowl|it)\b").search(body):
        return body  # 'keep emptying W into the bin': the step says it all
    if topic := rx(r"(the (?:\w+ )?(?:bowl|block)(?: [\w ]+?)?),\s*(?=\w)").match(body):  # 'the bowl X is in, keep lifting blocks out of it'
        source, body = source if source not in (None, "it", "there") else topic[1], body[topic.end():]
    verb = rx(r"\b(?:take|put|move|lift|drop|bin|clear|throw|stack|add|remove|place|set|carry|pull|toss|transfer|pick|get|grab|shift|bring|dump|"
                     r"pile|slide|chuck|pop|load|send)\b").search(body)
    if verb and rx(r" (?=(?:into|in|onto|on|to|off|out)\b)").match(body[verb.end():]):
        body = f"{body[: verb.end()]} blocks{body[verb.end():]}"  # 'keep moving into W': blocks
    obj = _OBJECT_RE.search(body, verb.end()) if verb else None
    if obj is None:
        return None
    said = _FROM_RE.search(body) or rx(r"\b(?:blocks?|ones?) ((?:on|in) (?:the table|the \w+ (?:bowl|block)))").search(body)
    if source in (None, "it", "there", "the bowl", "that bowl", "that block", "that stack", "the stack", "the tower"):
        source = rx(r"^(?:blocks?|ones?|off of|off|out of|out from|from|off the top of|on|in) ").sub("", said[0]) if said else source
        source = rx(r"^(?:on|in|of) ").sub("", source) if source else source
    if source in (None, "it", "there", "the bowl", "that bowl", "that block"):
        return None
    whole = "all the blocks" if kind != "leave" else f"all but {DIGIT_WORDS[n]} of the blocks"
    rest = body[obj.end():]
    pointed = rx(r"\b(off of|off|out of|out from|from) (?:it|there)\b").search(rest)
    if pointed:  # 'taking blocks out of it'
        rest = rest[: pointed.start()] + f"{pointed[1]} {source}" + rest[pointed.end():]
    elif said is None:
        rest = rx(r"^\s*(?:off|out)\b(?! of\b)").sub("", rest)  # 'take the top one off': all the blocks on X
        whole += f" {'in' if source.endswith('bowl') else 'on'} {source}"
    rest = rx(r"\b(?:it|each one|each of them|every one of them|each block)\b").sub("them", rest)
    out = body[: obj.start()] + whole + rest
    if kind == "only" and kept and kept != "it" and kept not in out:
        out += f", except {kept}"
    return out


_CUE_RE = re.compile(r"\b(?:until|till|(?:for )?as long as|while|stop (?:when|once))\b")
_TAIL_RE = re.compile(r",? (?:and )?(?:then|after that|afterwards|once (?:that is|it is|you are) (?:done|empty|clear)|when (?:that is|it is) (?:done|empty|clear))\b|"
                      r",? and (?=(?:put|place|move|drop|set|stack|leave|do not|keep|then)\b)|,? (?:but|and) (?=(?:do not|leave|keep|without)\b)")


def looped(m: re.Match[str]) -> str:
    """Each sentence with a loop ('keep X until C', 'while C, X', 'as long as C, X') said as the end it comes to."""
    return "".join(_looped_sentence(s) for s in rx(r"(?<=[.;])").split(m[0]))


def _looped_sentence(sentence: str) -> str:
    cue = _CUE_RE.search(sentence)
    if cue is None:
        return sentence
    until = cue[0] in ("until", "till") or cue[0].startswith("stop")
    head = sentence[: cue.start()]
    lead = rx(r"^\s*(?:first,? |and |then )?").match(head)
    if not head[lead.end():].strip(" ,"):  # 'while C, X' / 'until C, X'
        comma = sentence.find(",", cue.end())
        if comma < 0:
            return sentence
        cond, rest = sentence[cue.end(): comma], sentence[comma + 1:]
        tail = _TAIL_RE.search(rest)
        body, after = (rest[: tail.start()], rest[tail.start():]) if tail else (rest, "")
        prefix = head
    else:
        rest = sentence[cue.end():]
        tail = _TAIL_RE.search(rest)
        cond, after = (rest[: tail.start()], rest[tail.start():]) if tail else (rest, "")
        body, prefix = head, ""
    ended = _ended(rx(r"[.;]\s*$").sub("", cond), until)
    if ended is None:
        return sentence
    body = rx(r",?\s*(?:and )?(?:keep (?:at it|going|doing (?:that|it|this|so|the same))|do (?:this|that|it) again and again|"
                  r"(?:again and )?again)\s*,?\s*$").sub("", body.rstrip(" ,"))
    new = _body(body, *ended)
    if new is None:
        return sentence
    end = rx(r"[.;]\s*$").search(sentence)
    return prefix + new.strip() + (after if after.strip(" .;") else "") + (end[0] if end and not after.rstrip().endswith((".", ";")) else "")


def _gone_through(m: re.Match[str]) -> str:
    """'go through the blocks in W and move each one to P': every block in W, to P."""
    np_ = rx(r"^(?:what is in|the) (the \w+ bowl)$").sub(r"every block in \1", m["np"])
    np_ = rx(r"^the (?:blocks|stack|pile)\b").sub("every block", np_)
    return f"{GERUNDS.get(m['verb'], m['verb'])} {np_}"


_REPEAT = {"once": 1, "twice": 2, "thrice": 3}


def _repeated(m: re.Match[str]) -> str:
    """'take a block off the table and bin it; do it three times': three blocks, each the same way (more than the table
    holds is then refused by the clause reader, never done once)."""
    n = _REPEAT.get(m["k"]) or NUMBERS[m["k"].removesuffix(" times")]
    n += 1 if m["more"] else 0
    body = rx(r"\b(?:a|one) block\b").sub(f"{DIGIT_WORDS.get(n, str(n))} block{'s' if n > 1 else ''}", m["body"], count=1)
    return rx(r"\b(it)\b").sub("them", body)


LOOPS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r",?\s*\b(?:each|every one) of them\s*$", ""),
    (r"(,?)\s*\b(?:one (?:block )?at a time|one by one|one after (?:another|the other)|(?:each )?(?:one )?in turn|block by block|(?:a|one) block at a time|"
     r"one per trip|(?:each one )?on (?:its|their) own trip|on separate trips|again and again|over and over(?: again)?|from the top down|each time|"
     r"going through them(?: one by one)?)\b(,?)(\s*)", lambda m: m[0] if "top down" in m[0] and rx(r"\border\b|\b(?:stack|pile|build)(?:ed)? (?:the|them|these|those|a|an|one|all)\b").search(m.string) else " " if m[3] and m.start() else ""),
    # a bowl filled up to a count: 'put blocks in W until it holds three', 'put down enough blocks in W that it ends up with one'
    (rf"^(?:(?:pick|take|lift) (?:up )?(?:some |enough )?blocks(?: up)? and )?(?:put|set|place|drop|add|move|stick|pop|lower)(?: down)? "
     rf"(?:(?:enough|some|more) )?(?:blocks|them)(?: down)? (?:in|into|to) (the \w+ bowl),? (?:until|till|so that|so|that) (?:it|the \w+ bowl) "
     rf"(?:ends up with|has|holds|contains|has got|gets to) (?:exactly |just )?({_N})(?: blocks?| of them)?(?: in it)?(?:,? (?:and )?(?:no|not) more)?$",
     r"\1 should end up with exactly \2 blocks in it"),
    (r"^.*\b(?:until|till|as long as|while|stop (?:when|once))\b.*$", looped),
    (r"(?<=block )(?:off|off of|from) the table,? and (?=(?:into|onto|in|on|to) the\b)", ""),  # 'get X off the table and into the bin': where it goes
    (r"\b(off|out of|from) (the table|the \w+ (?:bowl|block)),? and (into|onto|in|on|to) (?=the\b)", r"\1 \2 \3 "),  # 'out of W and into the bin'
    (r"[.;]\s*(?:when|once|after) (?:it|that|the \w+ (?:bowl|block)|the table) is (?:empty|clear|bare|done|emptied|cleared)(?: out)?,\s*", ", then "),
    (r"\b((?:each|every|all the|the) blocks? (?:in|on|on top of|stacked on) the \w+ (?:bowl|block)) (?:comes?|gets? taken|is taken|are taken|goes|go) (?:out|off)"
     r"(?: of it)?(?: and (?:goes|go|is put|are put|gets put))? (?=(?:on|in|into|onto|to)\b)", r"put \1 "),  # 'each block in W comes out and goes on the table'
    (r"^(every block [\w ]+?)[,:] (?:lift|take) (?:it|them) off(?:,? and| then|,)* (?:set|put|place) (?:it|them) (?=(?:on|in|into|onto|down)\b)", r"put \1 "),
    (r"\b(?:take|grab|pick up) (?:each|every one|all) of the blocks ((?:in|on) the \w+ (?:bowl|block)|on the table) and (\w+) (?:it|them) ", r"\2 every block \1 "),
    (r"[;,.]\s*(?:that is|that s|thats) (?:what|all) i (?:would like|want|need|am after|am asking(?: for)?)\b", ""),
    (r"(\b(?:apart from|except(?: for)?|but not) (?:those|the ones|the blocks) (?:in|on) [\w ]+?),? which (?:do not|never|stay|remain|should not)[\w ]*", r"\1"),
    (r"\b(?:repeat (?:that|this|it)|do the same|(?:keep )?doing the same)(?: again)? (?:for|with) (?:any|every|each|all the|the)(?: other)? blocks? (?:that (?:has|have|"
     r"match(?:es)?)|whose colou?r matches|with) (?:a|its|their) [\w ]*?bowls?\b[\w ]*", "put every block in its matching bowl"),
    (r"^(?P<body>[^.;]*?\b(?:a|one) block\b[^.;]*?)\s*[.;,]\s*(?:and |then )*(?:do (?:it|that|this|the same)|repeat (?:it|that|this))(?: again)? "
     rf"(?P<k>once|twice|thrice|(?:{'|'.join(n for n in NUMBERS if NUMBERS[n] > 1)}) times)(?P<more> more| again| over)?(?: in all| in total| altogether| total)?\s*[.!]?$",
     _repeated),
    # 'go through the blocks in W and move each one to P': every block in W to P
    (r"\b(?:go|work(?: your way)?) (?:through|down) (?P<np>what is in the \w+ bowl|the \w+ bowl|the (?:blocks|stack|pile)(?: (?:that|which|on|in|on top of) [\w ]+?)?|"
     r"every block(?: [\w ]+?)?)(?: from the top down)?,? (?:and )?(?:then )?(?P<verb>\w+) (?:each|every)(?: one| block)?(?: of them)?\b", _gone_through),
    (r"(\b(?:every|each|all|both|the|two|three|four|five) [^,;.]*?\b(?:blocks?|ones|cubes?)\b[^,;.]*?\band (?:then )?\w+(?: down| up)?) (?:each one|each)"
     rf"(?= (?:on|in|into|onto|at|to|down)\b){_APART}",
     r"\1 them"),  # 'take every block in a bowl and lay each one on the table'
    (rf"\beach(?: one)? of them(?= (?:on|in|into|onto|at|to|down|back)\b){_APART}", "them"),  # '... and put each of them on the table'
)
