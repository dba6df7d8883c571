"""Wishes: the ways of saying what one wants before saying it ('I want', 'my goal is that', 'it would make my day if',
'my daughter wants to see'), read from the words of the frame rather than listed phrase by phrase."""

from __future__ import annotations

from itertools import takewhile

from agent.planners.offline.words import (
    DESIRE_RE,
    KNOWN_WORDS,
    PLACE_PREP_RE,
    SUBJECT_RE,
    VERB_RE,
    caused_motion,
    clause_start,
    per_parse,
)
from agent.regex import rx


# The words a wish is framed in ('it would make my day if ...', 'could I trouble you to ...', 'in a perfect world ...'):
# links (pronouns, auxiliaries, 'if', 'to') and words of wanting and liking. No negation and no verb of doing is among
# them, so a frame that says 'not' or 'hate' is never dropped.
_FRAME_LINKS = {"i", "we", "you", "me", "us", "my", "our", "your", "it", "this", "that", "what", "all", "would", "will",
                "could", "can", "should", "shall", "may", "might", "must", "do", "does", "did", "am", "is", "are", "was",
                "were", "be", "been", "being", "have", "has", "had", "get", "got", "let", "if", "to", "for", "so", "and",
                "really", "very", "quite", "absolutely", "definitely", "much", "most", "truly", "a", "an", "in", ",",
                "see", "having", "there", "here", "then", "now", "know", "make", "made"}
_OWNERS = {"my", "our", "your", "his", "her", "their", "the"}
WISH_WORDS = {"like", "love", "prefer", "want", "wish", "hope", "hoping", "need", "wants", "likes", "loves", "needs", "require", "requires", "requirement",
              "hopes", "wishes", "prefers", "curious", "interested", "appreciate", "fancy", "happy", "glad",
              "grateful", "chuffed", "pleased", "delighted", "thrilled", "keen", "great", "good", "nice", "lovely",
              "ideal", "perfect", "brilliant", "awesome", "amazing", "helpful", "handy", "useful", "cool", "fab",
              "fantastic", "wonderful", "excellent", "super", "best", "better", "rather", "sooner", "day", "favour",
              "favor", "darling", "dear", "star", "angel", "mate", "pal", "kind", "trouble", "bother", "ask", "request",
              "suggest", "propose", "recommend", "idea", "plan", "aim", "goal", "preference", "priority", "after",
              "looking", "time", "world", "possible", "able", "okay", "ok", "fine", "alright", "grand", "ace", "sound",
              "satisfied", "content", "wanted", "wanting", "needed", "hoped", "liked", "loved", "preferred", "wished",
              "mind", "sweet", "dream", "dreaming", "ideally", "honestly", "seriously", "personally",
              "thing", "job", "task", "next", "request", "requesting", "asking", "grateful", "obliged", "happier",
              "morning", "afternoon", "evening", "week", "night", "life", "ever", "forever", "chuffed", "stoked", "glad"}


@per_parse
def wish_frame(text: str) -> str | None:
    """'it would make my day if X were on Y' -> 'X were on Y': leading words all of a wish's frame, one of them a word
    of wanting or liking, before a clause (a command, a statement, 'X in Y'); None when there is no such frame."""
    words = text.replace(",", " , ").split()
    # whoever wants it: 'my daughter wants to see ...', 'the kids would love ...' (a noun after a determiner, no thing here)
    owner = next((i for i in (0, 1) if words[i:i + 1] and words[i] in _OWNERS), None)
    named = list(takewhile(lambda w: w not in KNOWN_WORDS and w not in _FRAME_LINKS | WISH_WORDS, words[owner + 1: owner + 3])) \
        if owner is not None else []
    links = {words[owner], *named} if named else set()
    n = next((i for i, w in enumerate(words) if w not in _FRAME_LINKS | links and w not in WISH_WORDS), len(words))
    for k in range(n, 0, -1):
        if not WISH_WORDS & set(words[:k]):
            return None
        rest = rx(r"^to ").sub("", " ".join(words[k:]).replace(" , ", ", ").strip(" ,"))
        if rest and (VERB_RE.match(rest) or caused_motion(rest) or clause_start(rest) == "statement"
                     or rx(r"^not (?:put|place|move|stack|leave)\b").match(rest)
                     or (SUBJECT_RE.match(rest) and PLACE_PREP_RE.search(rest) and not PLACE_PREP_RE.search(rest.split()[-1]))):
            return rest
    return None


@per_parse
def desire(text: str) -> str:
    """Drop a leading way of saying what one wants ('I want', 'my goal is that', 'make it so that')."""
    if (framed := wish_frame(text)) is not None:  # 'I would be happy if X were not on Y'
        return framed
    for _ in range(3):
        m = DESIRE_RE.match(text)
        if not m:
            break
        text = text[m.end():].strip()
    text = rx(r"^to\s+").sub("", text)
    return wish_frame(text) or text
