"""Several questions in one message ('Where is X? What is in W?', "where's X and where's Y?"), each answered in turn and
the answers given together, never only the last. 'it' in a later question is what the one before asked for ('Which bowl
is X in? What colour is it?': that bowl), else what it was about ('Where is X? What is on it?': X). Questions merged
into one by `questions` ('Anything on X? What is it?') stay one. A question after a request ('Put X in the bin. Is Y in a
bowl?') is set apart from it (`asked_after`): answered about the table as the moves leave it, never more of the goal.
Read by `goals`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.answers import Answer
from agent.planners.offline.background import rhetorical
from agent.planners.offline.forms import is_question, looks_like_command
from agent.planners.offline.phrasing import clean_text
from agent.planners.offline.questions import question_text
from agent.regex import rx

_SPLIT_RE = re.compile(r"(?<=\?)\s+(?:(?:and (?:while|whilst) (?:we|you)(?:'re| are) (?:at it|looking|there)|and|also|oh and|plus|then|so|next|additionally|in addition|furthermore|further|moreover|besides|also,? and)\s*,?\s+)?(?=\S)|\s*,?\s+(?:and|n|&) (?:(?:also|then|um+|uh+|er+|like),? )?(?=(?:is|are|does|do|has|have|whether|if) (?:there|anything|something|the)\b)|\s*,?\s+and (?:(?:also|then|exactly|just|um+|uh+|er+),? )?(?=(?:where|what|which|"
                       r"who|how)\b)", re.IGNORECASE)
_ASKS_FOR_RE = re.compile(r"^(?:which|what) (?:block|bowl|one)\b|^what(?: is|'s| s)? (?:in|on|under|on top of|inside)\b|^what(?: is|'s| s) "
                          r"(?:the )?(?:nearest|closest|furthest|farthest|leftmost|rightmost)\b|^is there (?:a|any|anything|something)\b")
_WHICH_IT_RE = re.compile(r"\W*(?:and )?(?:which|what)(?: one| block| bowl| thing)? is (?:it|that)(?: one)?\W*", re.IGNORECASE)  # '... Which one is it?'
_TELL_RE = re.compile(r"^(?:(?:please|kindly|could you|can you|would you|also)\s+)*(?:tell me|state|say|let me know|report|indicate|specify|count)\s*,?\s*(?=(?:how|what|which|where|whether|if|is|are)\b)",
                      re.IGNORECASE)  # '... ? Also, kindly state how many ...'
_IT_RE = re.compile(r"\b(?:it|that one|that (?:block|bowl))\b", re.IGNORECASE)


# 'Two counts, in this order: the number of blocks in W, then the number of ...': each count asked
_COUNTS_RE = re.compile(r"^\W*(?:two|three|a couple of) (?:counts|numbers|figures|totals)(?:,? please)?(?:,? in (?:this|that) order)?\s*[:,-]\s*", re.IGNORECASE)
_NUMBER_OF_RE = re.compile(r"(?:,?\s*(?:and )?(?:then )?)?\bthe (?:number|count|total) of (blocks|bowls)(?: that are| which are)?\b", re.IGNORECASE)
# what only says how many questions follow, or which one this is ('Two quick questions.', 'First, ...', 'Second, ...')
_ORDINAL_RE = re.compile(r"^\W*(?:(?:two|three|a couple of|a few) (?:quick |little |short )?(?:questions?|queries|query|things to ask)\W+)?(?:(?:first|second|third|next|then|finally|lastly)(?:ly)?,\s*)?", re.IGNORECASE)


def asked_in_turn(instruction: str, names: list[str], ask: Callable[[str], Answer]) -> Answer | None:
    """The answers to each question of a message that asks several, in order; None for one question, or when a part is
    no question `ask` can answer (the caller reads the message whole)."""
    if _COUNTS_RE.match(instruction):
        instruction = _NUMBER_OF_RE.sub(lambda m: f"{'? ' if m.start() > 0 and not m.string[:m.start()].rstrip().endswith(':') else ''}how many {m[1]} are", _COUNTS_RE.sub("", instruction)) + "?"
    instruction = rx(r"^((?:\w+ (?:quick )?(?:questions?|queries)\.\s+)?(?:first(?:ly)?,\s*)?(?:(?:please )?(?:tell me|count|say) )?(?:how many|the (?:number|count|total) of) [^.?!]+)\.\s+(?=(?:(?:second|next|then)(?:ly)?,\s*)?(?:and )?(?:is|are|where|what|which|how)\b)(?!how many (?:are there|is that))", re.IGNORECASE).sub(r"\1? ", instruction)  # 'count how many ... . And is X in W?'
    instruction = rx(r"^((?:how many|count) [^,?.;]+?)(?:[,;]|\s+(?:n|nd|&|\+))\s+(?=how many\b|count\b)", re.IGNORECASE).sub(r"\1? ", instruction)  # 'how many X, how many Y?',
    # 'how many X n how many Y', 'count blocks on table, count blocks in bowls'
    instruction = rx(r"(?<=[.?!])\s+(?:first|second|third|next|finally|lastly)(?:ly)?,\s*", re.IGNORECASE).sub(" ", _ORDINAL_RE.sub("", instruction))
    instruction = rx(r"(?:^|\s*[;,]\s*(?:and )?)\(?(?:[a-d]|[1-4])\)\s+", re.IGNORECASE).sub(lambda m: "? " if m.start() else "", instruction)  # '(a) ...; (b) ...'
    instruction = rx(r"^((?:how many|where|what|which)\b[^;?]*?)\s*;\s+(?=(?:and )?(?:is|are|does|do|has|have|where|what|which|how)\b)", re.IGNORECASE).sub(r"\1? ", instruction)
    parts = [rx(r"^(?:whether|if) (.+?) (is|are|has|have) ", re.IGNORECASE).sub(r"\2 \1 ", _TELL_RE.sub("", p.strip(" ,"))) for p in _SPLIT_RE.split(instruction.strip()) if p.strip(" ?.!,") and not rx(  # 'both answers, in that order'
        r"\W*(?:expected (?:result|answer)s?\W*)?(?:(?:give me |i want |answer )?(?:both|all|each)(?: of them)?(?: answers)?|two answers)(?:,? in (?:that|this|the same) order)?"
        r"(?:,? please)?\W*|\W*(?:i )?can ?(?:no|')?t (?:really |quite )?(?:see|tell)\b[^?]*|\W*(?:oh|ah|well|so|right|ok|okay|um+|uh+|hmm+)\W*", re.IGNORECASE).fullmatch(p)]  # '... i can't see from here ...'
    if len(parts) < 2 or not all(is_question(clean_text(p), p.rstrip(" ?.!") + "?") for p in parts) or not (parts[-1].endswith("?") or rx(
            r"(?:(?:and|n|&) )?(?:where|what|which|who|how|is|are|does|do|has|have|count)\b", re.IGNORECASE).match(parts[-1])):
        return None  # 'How many blocks are there? Only count the stacked ones.': one question, then how to count
    whole = ask(instruction)
    if whole.kind not in ("unsupported", "unclear", "scene") and question_text(instruction) != question_text(parts[0]) and any(_IT_RE.search(p) for p in parts[1:]):
        return None  # 'Anything on X? What is it?': one question, said in two
    replies: list[Answer] = []
    about: str | None = None
    asked = ""
    while parts and rhetorical(parts[0]):  # 'What's the point of W? Is there anything in it?': asked of nobody, about W
        asked, parts = question_text(parts[0]), parts[1:]
        about = next(iter(sorted((n for n in names if n in asked), key=asked.find)), about)
    if parts and (look := rx(r"^(?:now,? )?(?:(?:have |take )?a )?(?:look|peek)(?: carefully| closely)? at (?:the )?(\w+ (?:block|bowl))\s*[.:]\s+(?=\w)", re.IGNORECASE).match(parts[0])):
        about, parts[0] = look[1].lower(), parts[0][look.end():]  # 'Look carefully at X. Which block is on it? And ...?'
    other: str | None = None  # what the last question asked about when `about` is what it asked for
    for part in parts:
        if about and about.endswith("bowl") and other and not other.endswith("bowl") and rx(
                r"\b(?:on|on top of|under|underneath|beneath|below) (?:it|that)\b", re.IGNORECASE).search(part):
            about = other  # 'Which bowl is X in? And is there anything on top of it?': a bowl has nothing on top, X may
        part = rx(r"\b(?:in|inside) (?:one|any) of them\b", re.IGNORECASE).sub("in a bowl", part) if rx(r"\bbowls\b").search(asked) else part  # after 'how many bowls ...?'
        said = rx(r"\b(which|how many) (?:ones|of them)\b", re.IGNORECASE).sub(r"\1 blocks", _IT_RE.sub(f"the {about}", part) if about else part)
        said = rx(r"\s*\b(?:in|inside) there\b|(?<=block) (?:one|among|part) of them\b", re.IGNORECASE).sub(f" in the {about}", said) if about and about.endswith("bowl") else said  # 'And is X in there?', 'is X one of them?'
        reply = Answer("which", f"It is the {about}.", about) if about and _WHICH_IT_RE.fullmatch(part) else ask(said.rstrip(" ?.!") + "?")
        if reply.kind == "unsupported":  # said as not answered, the others still answered
            reply = Answer("unsupported", f"I cannot answer {part.strip(' ?')!r}; ask what is in, on or under a thing, where it is, or how many.")
        replies.append(reply)
        asked = question_text(said)
        named = sorted((n for n in names if n in asked), key=asked.find)
        found = sorted((n for n in names if n in reply.text.lower() and n not in named), key=reply.text.lower().find)
        if kind := rx(r"^(?:which|what) (block|bowl)\b").match(asked):  # 'Which bowl is X in?': the bowl, not the block X is on
            found = [n for n in found if n.endswith(kind[1])] or found
        about, other = (found[0], named[0] if named else None) if _ASKS_FOR_RE.match(asked) and found else (named[0] if named else about, None)
    if all(r.kind == "unsupported" for r in replies):
        return None
    kind = "unclear" if any(r.kind in ("unclear", "unsupported") for r in replies) else "several"
    return Answer(kind, " ".join(rx(r"(?<=[^.!?])$").sub(".", r.text.strip()) for r in replies), [r.value for r in replies])


_AFTER_RE = re.compile(r"^\W*(?:(?:oh|and|also|plus|so|then|btw|by the way|one more thing|quick question|afterwards|after that|"
                       r"(?:and )?(?:please )?(?:tell me|let me know))\b\W*)*", re.IGNORECASE)  # 'Oh, and tell me: ...'
_ASKS_RE = re.compile(r"(?:is|are|was|does|do|has|have|how|where|what|which|who|whose)\b", re.IGNORECASE)  # a question's first word, never 'X in the bin?'
_POINTED_RE = re.compile(r"\b(?:it|its|they|them|their|that|those|this|these|(?:in|over|out) there)\b", re.IGNORECASE)  # 'Is it there?': of the request


def asked_after(instruction: str, ask: Callable[[str], Answer]) -> tuple[str, str | None]:
    """(the request, the question that ends the message) when a request comes before a last question about named things
    that `ask` can answer; (instruction, None) otherwise ('Put X in W. Is that ok?' and 'Is it in?' stay whole)."""
    text = instruction.rstrip()
    cut = list(rx(r"(?<!\.)[.!;](?!\.)\s+|[!;]+\s+|\n+").finditer(text))  # never '...': a pause, not a sentence's end
    if not text.endswith("?") or "?" in text.rstrip("?") or not cut:
        return instruction, None
    request, question = text[:cut[-1].start()], _AFTER_RE.sub("", text[cut[-1].end():])
    if not _ASKS_RE.match(question) or _POINTED_RE.search(question) or not looks_like_command(clean_text(request)) or is_question(clean_text(request), request + "?") or \
            not is_question(clean_text(question), question):  # 'Count how many bowls there are. And is X in W?': two questions
        return instruction, None
    return (request, question) if ask(question_text(question)).kind not in ("unsupported", "unclear") else (instruction, None)
