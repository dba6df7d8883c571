"""Sentences that only set the scene before the request: a story, a reason, a rhetorical question ('My toddler is
learning her colours, and I want things that look alike together. So could you ...', 'Why is W still empty? What is it
for? Put two blocks in it.'); and a reason after it ('... I don't think it's needed anymore.'). Read only when the whole
instruction is not understood: `goals` then tries the request alone, and never drops a sentence that could carry a
constraint or is a request itself. A remark after the request ('... Tower of power!') is set aside the same way."""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.planners.offline.phrasing import clean_text
from agent.planners.offline.words import VERB_RE
from agent.regex import rx
from sim.core.lexicon import COLOURS

# what a dropped sentence must not say: it could keep, exclude or forbid something the request alone would not
_OBJECT_RE = re.compile(rf"\b(?:{'|'.join(COLOURS)}) (?:block|cube)s?\b|\b(?:in|into|out of|from|inside) the (?:{'|'.join(COLOURS)}) bowl\b",
                        re.IGNORECASE)  # a block named by its colour, or a bowl as where blocks are
_CONSTRAINT_RE = re.compile(r"\b(?:not|never|no longer|nothing|necessary|leave|keep|stay|stays|without|except|but|only|avoid|careful|"
                            r"alone|untouched|instead|unless|if|until|before|after|first|then|should|must|belongs?|"
                            r"supposed|wrong)\b")
_RHETORICAL_RE = re.compile(r"\s*(?:why|who|how come|what is (?:it|that|this) (?:for|doing)|what s (?:it|that|this) "
                            r"(?:for|doing)|what (?:is|s) (?:even )?the (?:point|use|idea)|how many times)\b")  # asked of nobody: 'Why is W still empty?', 'Who put X there?'
_MENTION_RE = re.compile(r"\b(?:blocks?|bowls?|cubes?|ones?|towers?|stacks?|piles?|things?|them|they|those|these|"
                         r"it|its|itself|bin|table|corners?|middle|pieces?|stuff|what|whatever|something|anything|"
                         r"everything)\b")
_POINTER_RE = re.compile(r"\b(?:it|that one|this one|that block|this block|that bowl|this bowl|there)\b")
_PLURAL_RE = re.compile(r"\b(?:them|they|those|these|both|the others|the ones)\b")


def requests(instruction: str, names: list[str]) -> Iterator[tuple[list[str], str]]:
    """(the sentences set aside, what is left), fewest set aside first, for each safe cut of the instruction into what
    sets the scene and the request. The request's 'it' becomes the one thing named before it; a cut is skipped when
    'it' could point back at something else, and none is made past a sentence that could constrain the request."""
    parts = [p for p in rx(r"(?<=[.!?])\s+").split(instruction.strip()) if p]
    for k in range(1, len(parts)):
        before, rest = parts[:k], " ".join(parts[k:])
        said = clean_text(" ".join(before))
        told = " ".join(p for p in before if not p.rstrip().endswith("?")).lower()  # what is told, not asked
        if _CONSTRAINT_RE.search(said) or rx(r"n[']t\b").search(" ".join(before).lower()) or rx(
                r"\b(?:if|unless|in case|provided|providing|as long as|condition|assuming|empty|clear|full)\b|\b(?:go|goes|belongs?) (?:in|into|on|onto|to)\b").search(told):
            return  # never a "not", a condition, a state or where things go set aside ('Blocks that match a bowl go in it.')
        if any(any(VERB_RE.match(rx(r"^(?:step \w+|first(?: of all)?|then|next|\d+)\W+").sub("", c.strip())) for c in rx(r"[:;,]").split(clean_text(p)))
               and _OBJECT_RE.search(p) or rx(r"^\W*[a-z]+(?: (?:down|up|apart|over|away))? (?:all|every|each)\b(?: of)?(?: the)? (?:\w+ )?(?:blocks?|stacks?|towers?|piles?)\b",
                                                re.IGNORECASE).search(p) for p in before):
            return  # nor a step: 'step one: take out what is in W. step two: put X in W', 'Demolish all the stacks.'
        mentions = [m for m in _MENTION_RE.findall(rx(r"\b(?:something|anything) else\b").sub("", said)) if m not in ("it", "its", "itself")]
        named = [n for n in names if rx(rf"\b{n}\b").search(said)]
        if len(named) > 1 or named and rx(r"\b(?:bin|table|corners?|middle|left|right|top|bottom)\b").search(said):
            return  # 'Pink block, middle, go!': a thing and where it goes is a request, however said
        told_at = set(rx(r"\bblocks (?:\w+ ){0,3}?(?:in|into) (the bin|the \w+ bowl)\b").findall(said))
        if len(told_at) == 1 and (ones := rx(r"\bthe ones\b|\b(?:them|they|those)\b(?! \w+ (?:block|one|bowl)s?\b)", re.IGNORECASE).search(rest)):
            at = " in " + told_at.pop()  # 'Some blocks ended up in the bin. The ones that match a bowl go in it'
            said_as = ones[0] + at if ones[0].lower() == "the ones" else "the blocks" + at
            yield before, rest[: ones.start()] + said_as + rest[ones.end():]
            continue
        if mentions and _PLURAL_RE.search(clean_text(rest)):
            continue  # 'them' could be what those sentences were about
        if mentions and _POINTER_RE.search(clean_text(rest)):
            if len(named) != 1 or len(mentions) != 1:
                continue  # 'You know the block by itself in W? ... It should be on X': not the one thing named
            point = rx(r"\b(?:it|that one|this one|that block|this block|that bowl|this bowl)\b", re.IGNORECASE).search(rest)
            lead = rest[: point.start()] if point else ""
            if point is not None and not (rx(r"\bthe (?:\w+ )?(?:block|one|bowl)\b", re.IGNORECASE).search(lead) and not rx(
                    r"\b(?:on|in|under|off|from|of|beside|to|onto|into|inside|near)\s+$", re.IGNORECASE).search(lead)):
                rest = rest[: point.start()] + f"the {named[0]}" + rest[point.end():]  # the first 'it', unless the request
                # named its own thing before it ('take the block on X and put it ...')
        yield before, rest


# a reason said after the request, about the thing's use or need, never where it goes: 'I don't think it's needed anymore'
_REASON_RE = re.compile(r"^(?:(?:i|we) (?:really )?(?:do not|no longer|never) (?:think|need|use|want|like|care)\b|(?:(?:i|we) "
                        r"(?:think|guess|suppose) )?(?:it|they|that|this|those|these) (?:is|are|was|were|s) (?:not|no longer|never) "
                        r"(?:needed|used|useful|wanted|necessary|important)\b|(?:it|they|that|this) (?:is|are) (?:just )?(?:in the "
                        r"way|getting in the way|clutter|junk|useless)\b|(?:i|we) (?:need|want|will need) (?:the|that|this|those|these|it|them)\b.*"
                        r"\bfor (?:something|other|another|my|a|the)\b|(?:it|they|that) (?:is|s|are) (?:the )?wrong (?:size|colou?r|shape|"
                        r"one|kind)\b|(?:my|our) \w+ (?:wants|would like|likes|loves) to (?:see|watch)\b)(?!.*\b(?:in|into|on|onto|at|to|from|"
                        r"out of|off)\b)|^(?:i|we) (?:want|need|would like|am going|are going|plan|have) to (?:wash|clean|rinse|dry|use|borrow|"
                        r"paint|photograph|dust|wipe|polish|refill) (?:the|that|this|those|these|my|our) (?:\w+ )?(?:bowls?|bin)\b|^(?:it|that) (?:is|s|will be|would be) (?:easier|"
                        r"simpler|handier|quicker)(?: for (?:me|us))? to (?:grab|reach|get|see|find|use|pick|take|work|clean|count)\b|^(?:i|we) (?:just )?(?:need|want|have|would like|d like) to know (?:where|which|what|whether|if|how)\b[^.!?]*\b(?:it|them|one)\b(?!.*\b(?:and|then|but) (?:put|move|place|take|bin)\b)|^(?:it |that |this )?took (?:me|us) (?:all|ages|hours|forever|the whole|most of)\b|^i (?:just )?(?:want|need|like) to feel\b|^the bin (?:is )?(?:only )?for (?:bin|rubbish|trash|garbage|junk|waste|scrap)\b(?!.*\b(?:put|move|place|take)\b)"
                        r"|^(?:i know (?:it|this|that) (?:might|may|could|must) (?:seem|look|sound)|(?:that|this) (?:is|s) (?:all|everything) (?:i|we) (?:am|m|are|want|need)\b|i think "
                        r"(?:that|this) (?:is|s) (?:a )?(?:reasonable|fair|sensible|good|simple)|i keep going back and forth|(?:it|that) (?:has|s) been (?:bugging|bothering|annoying) me|(?:i )?hope (?:it|that|they) (?:is|s|are|re) not|i think (?:that|it) (?:is|s) the (?:right )?one|i think there (?:is|s) an? \w+ one somewhere)\b")  # an overthinker's


def reason(sentence: str) -> bool:
    """A sentence that only says why, about a thing's use or need: 'I don't think it's needed anymore'."""
    return bool(_REASON_RE.match(clean_text(sentence)) or rx(r"\W*not (?:just |only )?because\b", re.IGNORECASE).match(sentence))  # its 'because' is dropped as a purpose


def reasons_after(instruction: str) -> Iterator[tuple[list[str], str]]:
    """(the reasons set aside, the request before them), for trailing sentences that only say why."""
    parts = [p for p in rx(r"(?<=[.!?;])\s+").split(instruction.strip()) if p]
    k = len(parts)
    while k > 1 and reason(parts[k - 1]):
        k -= 1
    if k < len(parts):
        yield parts[k:], " ".join(parts[:k])


# what a remark after the request never says: a thing's colour, a place, a relation, a count, a 'not' or a step
_NOT_REMARK_RE = re.compile(rf"\b(?:{'|'.join(COLOURS)}|not|never|no|nothing|none|only|just|except|but|leave|keep|stays?|alone|touch|move|bin|table|corners?|"
                            r"middle|left|top|bottom|under|below|above|beside|next|near|in|into|on|onto|off|out|all(?= (?:the|of|blocks?|bowls?|them|those|these)\b)|every|each|both|one|two|three|"
                            r"four|five|first|then|after|before|exactly|instead|if|unless|stack|stacks|stacked|tower|pile|separate|separately|apart|together|"
                            r"same|other|others|rest|order|again|back|away|up|down|over|around|side|any|else|empty|full|clear|colou?r|match|matching|sort)\b|"
                            r"n[\'\u2019]t\b", re.IGNORECASE)


def _remark(part: str) -> bool:
    """Whether a trailing part only comments: none of `_NOT_REMARK_RE`'s words, no verb said with 'it' ('Evict it.') and
    no word a letter from a colour ('nice and mellow': a slip for 'yellow' is never dropped unread)."""
    words = rx(r"[a-z]+").findall(part.lower())
    return not (_NOT_REMARK_RE.search(part) or rx(r"\W*[a-z]+ (?:it|them|that one|this one)\W*", re.IGNORECASE).fullmatch(part) or any(
        len(w) == len(c) and sum(a != b for a, b in zip(w, c)) == 1 for w in words for c in COLOURS))


def remarks_after(instruction: str) -> Iterator[tuple[list[str], str]]:
    """([], the request before them), for trailing sentences that only comment on it ('... Now that's
    what I call a block party.', '... Tower of power!', "... It's had enough bowl time.", '..., so aesthetic!'): they name
    no colour, place, count, relation or step and say no 'not'."""
    for cut in (r"(?<=[.!?;])\s+", r"(?<=[.!?;,])\s+")[: 1 + instruction.rstrip().endswith("!")]:  # whole sentences, then (after an
        # exclamation) the clauses after a comma ('..., so aesthetic!'), never '..., as evenly as you can.'
        parts = [p for p in rx(cut).split(instruction.strip()) if p]
        k = len(parts)
        while k > 1 and _remark(parts[k - 1]):
            k -= 1
        if k < len(parts):
            yield [], " ".join(parts[:k])  # nothing set aside for `goals` to check: a remark's words constrain nothing


_PURPOSE_LEAD_RE = re.compile(r"^\W*(?:so(?: that)?|in order (?:to|that|for)|because|cause|since|seeing as|as|for|to|(?:before|after|once|when) (?:i|we)) [^,.;!?]+,\s*(?=\w)",
                              re.IGNORECASE)
_FOR = r"for (?:the|my|our|a|an|this|that|his|her|their) (?!(?:\w+ )?(?:blocks?|bowls?|bin|table|corner|middle|tower|stack)\b)"  # 'for the weight check'
_PURPOSE_TAIL_RE = re.compile(rf"(?:\s*[,;]\s*|\s+)(?:(?:and |just )?(?:so(?: that)?|in order (?:to|that|for)|because|cause|cos|since)\b[^.;!?]*|{_FOR}[\w ]+?)"
                              r"(?=[.;!?]*\s*$)", re.IGNORECASE)
_FOR_RE = re.compile(rf"\s+{_FOR}(?:\w+ ){{0,2}}\w+(?=\s*[,;.!?]|$)", re.IGNORECASE)
_COLOUR_RE = re.compile(rf"\b(?:{'|'.join(COLOURS)})\b", re.IGNORECASE)  # '...; then the red one follows it': a step, never an aside
_GOAL_WORD_RE = re.compile(r"\b(?:table|bin|bowls?|corners?|middle|blocks?|cubes?|towers?|stacks?|top|bottom|under|below|above|not|never|as evenly|"
                           r"as possible)\b",
                           re.IGNORECASE)  # what a part set aside must not say: a thing, a place, a relation or a 'not'


def _names(text: str, names: list[str]) -> bool:
    """Whether `text` names one of the scene's objects."""
    return any(rx(rf"\b{n}\b", re.IGNORECASE).search(text) for n in names)


def purposes(instruction: str, names: list[str]) -> Iterator[tuple[list[str], str]]:
    """(nothing set aside, the request) without a purpose said before it ('So the class can count, put ...') or after it
    ('..., so my tower gets bigger', '... for the weight check'): an after-purpose only when it names no thing or place,
    since 'so that X ends up on Y' can be the goal itself."""
    if (lead := _PURPOSE_LEAD_RE.match(instruction)) and not rx(r"\b(?:it|its|there|them|they|those|that one)\b", re.I).search(instruction[lead.end():]):
        yield [], instruction[lead.end():]  # never when the rest points back into it: 'To empty W, how many must come out of it?'
    for sentence in rx(r"(?<=[.!?;])\s+").split(instruction.strip()):
        tail = _PURPOSE_TAIL_RE.search(sentence.rstrip(" .!?;"))
        if tail and not _GOAL_WORD_RE.search(tail.group(0)) and not _names(tail.group(0), names):
            yield [], instruction.replace(sentence, sentence.rstrip(" .!?;")[: tail.start()] + ".", 1)
    if (bare := _FOR_RE.sub("", instruction)) != instruction:
        yield [], bare  # 'I need W empty for the calibration run, so ...'
    parts = rx(r"(?<=[.!;])\s+").split(instruction.strip())
    if len(parts) > 1 and not _CONSTRAINT_RE.search(clean_text(parts[-1])) and not _GOAL_WORD_RE.search(parts[-1]) and not _COLOUR_RE.search(parts[-1]) and not parts[-1].rstrip().endswith(
            "?") and not _TURN_RE.search(parts[-1]) and not rx(
            r"\bnot (?:the|those|any|in|on)\b|\b(?:leave|keep|except)\b", re.IGNORECASE).search(parts[-1]) and (VERB_RE.match(clean_text(parts[-1])) or not rx(
            r"\W*(?:(?:please|now|just|so|then),? )*[a-z]{3,} (?:it|them|that one|this one)\b", re.IGNORECASE).match(parts[-1])):  # never an unknown step: 'Evict it.'
        yield [], " ".join(parts[:-1])  # '...; the fixture test needs that pair': an aside after the request, naming no place


_TURN_RE = re.compile(r"\b(?:no|nope|nah|wait|stop|cancel|instead|yes|not happening|else|other|others|rest|round|around|reverse|vice versa|i mean|"
                      r"i meant|oops|scratch that|mistake|wrong)\b", re.IGNORECASE)  # a 'no', a correction, or what else: never set aside
_KEPT_RE = re.compile(r"\b(?:table|bin|binn?ing|binned|bowls?|corners?|middle|blocks?|cubes?|towers?|stacks?|it|them|that one|this one|the rest|the others|"
                      r"(?:anything|everything|nothing) else)\b", re.IGNORECASE)


def chatter_free(instruction: str, names: list[str]) -> Iterator[tuple[list[str], str]]:
    """(nothing set aside, the request) without the sentences that name no thing, place or 'it' ('Hi, I only started in the
    lab on Monday.', 'Thank you, I'll write it down.' keeps 'it'): a long, friendly message around one request."""
    parts = [p for p in rx(r"(?<=[.!?])\s+").split(instruction.strip()) if p]
    kept = [p for p in parts if _KEPT_RE.search(p) or _names(p, names) or "?" in p or _TURN_RE.search(p)]
    if kept and len(kept) < len(parts):
        yield [], " ".join(kept)


def rhetorical(sentence: str) -> bool:
    """A question nobody is asked to answer: 'Why is W still empty?', 'Who put X there?', 'What is it for?'."""
    return sentence.rstrip().endswith("?") and bool(_RHETORICAL_RE.match(clean_text(sentence)))
