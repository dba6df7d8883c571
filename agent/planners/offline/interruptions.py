"""Speech that breaks off and starts again, read as what the speaker settled on: an aside to someone else between two
trailing-off marks ('X is in the... hang on, he's pulling my sleeve... in the corner'), a phrase started and then said
in full ('the cyan block is on the... the cyan block is in W', 'How many blocks... how many blocks are there?'), a
step begun and said again later ('Put X in W... wait, first put Y in the bin. Then X in W.') and a word left hanging
('sort the... just the white block, into ...'). Read by `goals` on the raw message, before its sentences are read."""

from __future__ import annotations

import re

from agent.planners.offline.words import VERB_RE
from agent.regex import rx
from sim.core.lexicon import COLOURS

_TRAIL_RE = re.compile(r"\s*(?:\.{2,}|\u2026)\s*")
# what stops a speaker: 'hang on', 'wait', 'one sec', then maybe a word to someone else ('he's pulling my sleeve',
# 'put that down', 'not you, sweetie'); nothing in it is about the table
_PAUSE = r"(?:hang on|hold on|wait|one (?:sec|second|moment)|just a (?:sec|second|moment|minute)|hmm+|um+|uh+|er+|sorry|oops|no|okay|ok|right)"
_ASIDE_RE = re.compile(
    rf"(?:{_PAUSE}\b[,!.]?\s*)+(?:(?:he|she|they|it)(?:'s|\u2019s| is| are|'re|\u2019re| was| keeps?)\b[^.]*|(?:the|my|our) (?:kid|kids|baby|son|daughter|"
    r"dog|cat|toddler|boy|girl|little one)\b[^.]*|(?:no,? )?(?:put|drop|give me|leave) (?:that|it) (?:down|back|alone)\b[^.]*|(?:stop|quit) (?:that|it)\b[^.]*|"
    r"not you\b[^.]*|(?:sorry,? )?(?:got|get) distracted\b[^.]*)?[.!,]?", re.IGNORECASE)
_PAUSE_RE = re.compile(rf"(?:{_PAUSE}\b[,!.]?\s*)+", re.IGNORECASE)
# words to someone else, called by name after the request began ('- Charlie not now, mummy's busy -', 'Poppy put that
# DOWN please! sorry.', 'JACK. put it down. thank you.'): nothing in them names a thing on the table
_NOTHING = rf"(?:(?!(?i:\b(?:blocks?|bowls?|bin|table|corners?|middle|towers?|stacks?|{'|'.join(COLOURS)})\b))[^.!?\-\u2013\u2014])*"
_NAME = r"(?-i:[A-Z][a-z]+|[A-Z]{2,}(?=[.!,]))"
_TO_CHILD = r"(?:(?-i:[A-Z]{2,})[.!]+|(?!(?:Be|Please|Now|Just|Then|Next|First|After|Finally|Well|And|So|Do|Oh|Okay|Ok|Stop|Careful|Gentle)\b)(?-i:[A-Z][a-z]+),?\s+(?i:not now|put (?:that|it) down|stop (?:\w+ing|it|that|now)|shoes|gentle|careful|be (?:careful|gentle|nice|quiet|good)|get down|come here|quiet|enough)\b)"
_ELSEWHERE_RE = re.compile(rf"\s+[-\u2013\u2014]+\s+{_NAME},?\s+{_NOTHING}(?:[-\u2013\u2014]+(?=\s)|[.!?]*$)|(?<=[.!?])\s+{_TO_CHILD}"
                           rf"\s*{_NOTHING}[.!?]*(?:\s+(?!(?i:sorry|thanks|thank you|ok|yes)\b){_NOTHING}[.!?]+)?(?=\s|$)")
# a break said between dashes ('... when - sorry, doorbell - when you're done', '... please - sorry, phone - on Y, yes'):
# a trailing-off mark, so the request resumes after it
_DASHED_RE = re.compile(r"(?:\s+[-\u2013\u2014]+|(?<=[.!?]))\s+(?:sorry|oops|argh|ugh|hang on|one sec(?:ond)?)(?:,|\s+[-\u2013\u2014]+)?\s+(?:the |my )?(?:doorbell|door|phone|kids?|dog|cat|baby|"
                        r"toddler|oven|kettle|timer|delivery|work|boss)[.!]?\s+[-\u2013\u2014]+\s+", re.IGNORECASE)
# where a thing is, said and checked back before the request about it ('Oh, X, dear, it's sitting in W, isn't it... could you ...')
_SAID_SO_RE = re.compile(r"^\W*(?:(?:oh|well|now|right|so)\W+)*(?P<x>the \w+ block),?\s+(?:\w+,\s*)?it(?:'s|\u2019s| is) (?:sitting |lying |resting |standing )?"
                         r"(?:in|on) the \w+ (?:bowl|block),? (?:isn't it|isn\u2019t it|is it not|right|yes)\s*(?:\.{2,}|\u2026|[?,.!])\s*(?=\w)", re.IGNORECASE)
_HANGING = {"the", "a", "an", "on", "in", "into", "onto", "to", "is", "are", "of", "at", "and"}


def _words(text: str) -> list[str]:
    return rx(r"[a-z']+").findall(text.lower())


def _joined(said: str, then: str) -> str | None:
    """`said` broke off; `then` is how it went on: a restart of some of it, or a word for its hanging end; None when
    `then` is neither (a pause to think, not a break)."""
    head, start = _words(said), _words(then)
    for k in range(min(len(start), 6), 0, -1):  # 'the cyan block is on the' + 'the cyan block is in W': said again
        for i in range(len(head) - k, -1, -1):
            if head[i: i + k] == start[:k] and (k >= 2 or i + k == len(head)):
                cut = [w.start() for w in rx(r"[A-Za-z']+").finditer(said)][i]
                if k > 2 or not rx(r"[.!?;]\s").search(said, cut):  # a short restart ('on the') is of the sentence broken off
                    return f"{said[:cut].rstrip(' ,')} {then}".strip()
    if not head or head[-1] not in _HANGING:
        return None
    if rx(r"^\W*(?:what|all)\b[\w' ]*\b(?:want|like|love|need|mean)\b[\w' ]*\b(?:is|are)\W*$|\b(?:plan|idea|thing|goal|job|task|wish)\s+is\W*$",
          re.IGNORECASE).search(said):
        return f"{said} {then}".strip()  # 'what I'd really like is... X gone': the copula of the wish, no hanging word
    while head and head[-1] in _HANGING:  # 'sort the' + 'just the white block, ...'
        said, head = said[: said.lower().rstrip().rfind(head[-1])].rstrip(" ,"), head[:-1]
    return f"{said} {then}".strip()


def resumed(instruction: str) -> str:
    """The message as said once the speaker's breaks are mended; unchanged when it trails off nowhere."""
    instruction = _DASHED_RE.sub("... ", _ELSEWHERE_RE.sub("", instruction))
    if said := _SAID_SO_RE.match(instruction):  # 'Oh, X, dear, it's sitting in W, isn't it... could you take it out ...?': X, where it is
        instruction = rx(r"\bit\b").sub(said["x"], instruction[said.end():], count=1)
    if asked := rx(r"^([^?]+\?)\.\.\. (?:what|whats|what's|is|are|which|where|how)\b[^?]*\b(?:it|them)\b[^?]*\?*\s*$", re.I).match(instruction):
        return asked[1]  # 'whats on top of X? sorry - kids - whats sitting on it': the question said again
    parts = _TRAIL_RE.split(instruction.strip())
    if len(parts) < 2 or not parts[0]:
        return said_once(instruction)
    parts = [p for p in parts if not _ASIDE_RE.fullmatch(p.strip())]  # 'hang on, he's pulling my sleeve'
    if not parts:
        return instruction
    text = parts[0]
    for part in parts[1:]:
        pause = _PAUSE_RE.match(part)
        then = part[pause.end():] if pause else part
        if pause and rx(r"\b(?:no|sorry|oops)\b", re.IGNORECASE).search(pause[0]):
            then = rx(r"^not (?:the|that|this) [\w ]+?,\s*", re.IGNORECASE).sub("", then)  # 'on... no, not X, on Y': X was never said
            meant = rx(r"^(?:i mean|i meant|make that|rather)\s+(the \w+ \w+)\s*[.!;]\s+(.+)$", re.IGNORECASE | re.DOTALL).match(then)
            pointing = rx(r"\b(?:it|that one|them|that block|those)\b|^make (?:that|it)\b", re.IGNORECASE).search(then)
            if VERB_RE.match(then.lower()) and not pointing or meant and meant[1].lower() in meant[2].lower():
                text = meant[2] if meant else then  # 'Put X... no, leave X alone.', 'Put X in the... no, I mean Y. Y goes in W.': begun, taken back
                continue
            if (word := rx(r"^([a-z]+)[.!]\s*", re.IGNORECASE).match(then)) and len(_words(text)) > 1:  # 'Put three... no, wait, two.'
                text = f"{text.rsplit(' ', 1)[0]} {word[1]}. {then[word.end():]}".strip()
                continue
        tail = " ".join(_words(text)[-6:])
        if len(_words(text)) >= 6 and tail in " ".join(_words(then)) and _words(then)[:6] != _words(text)[-6:]:
            text = then  # 'Put X in W... wait, first put Y in the bin. Then X in W.': said again later
        elif then:
            text = _joined(text, then) or (f"{text}, {pause[0].strip(' ,.!')}, {then}" if pause else f"{text}... {then}")  # '..., no wait, Y': a correction
    return said_once(text)


def said_once(text: str) -> str:
    """`text` without a sentence begun and then said in full ('Put two. Put two blocks in the bin.'), or said again for
    emphasis ('... in the top left corner. The top left corner.', '... just two. No, just two!', 'Just that one.')."""
    sentences = rx(r"(?<=[.!?;])\s+").split(text.strip())
    if len(sentences) < 2:
        return text.strip()  # most messages: one sentence, nothing said twice
    kept: list[str] = []
    for i, s in enumerate(sentences):
        words = _words(s)
        bare = _words(rx(r"^\W*(?:(?:no|yes|i said|like i said),?\s*)?(?:(?:just|only|any) )?|,?\s*(?:for now|please|thanks|nothing else|any (?:one|two|three|ones|of them)|whichever(?: ones?)?)?\W*$", re.IGNORECASE).sub("", s))
        later = _words(sentences[i + 1]) if i + 1 < len(sentences) else []
        if words and len(words) < len(later) and later[: len(words)] == words:
            continue
        fixed = rx(r"\W*(?:(?:ok|okay|so|sorry|oops|wait|no)[,.]?\s*)*not (the \w+ \w+),? i (?:meant|mean) (the \w+ \w+)\W*", re.IGNORECASE).fullmatch(s)
        if fixed and fixed[2].lower() in " ".join(later):
            continue  # 'ok wait not X, i meant Y. put Y in W': the request after it says it in full
        number = rx(r"\W*(?:(?:ok|okay|so|sorry|oops|wait|no)[,.]?\s*)*(?:i (?:meant|mean)|make (?:that|it)) (one|two|three|four|five)\W*", re.IGNORECASE).fullmatch(s)
        if number and kept and number[1].lower() in later:  # 'Put three in W. Wait, no, I mean two. Just two blocks in W.': said in full after
            kept.pop()
            continue
        if kept and bare and not VERB_RE.match(" ".join(bare)) and (f" {' '.join(bare)} " in f" {' '.join(_words(' '.join(kept)))} " or rx(
                r"(?:just|only) (?:that|this) one(?:,? (?:for now|please|thanks|nothing else))?\W*", re.IGNORECASE).fullmatch(s)):
            continue
        kept.append(s)
    return " ".join(kept)
