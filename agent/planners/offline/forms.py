"""Clause forms: whether an utterance is a question or a command, and any form of a clause -> the imperative the reader knows.

Statements ('X is on Y', 'X should end up on the table'), wishes ('I want X in Y'), possession ('every bowl has a
block in it'), keeping ('do not touch X', 'leave X where it is'), negation ('no block in the bin', 'X is not in Y'),
participles ('the table cleared') and gerunds ('how about stacking ...'); a tower told block by block goes to `towers`.
Used by `grammar` and `goals`."""

from __future__ import annotations

import re

from agent.planners.offline.spelling import mend_typos
from agent.planners.offline.towers import UNDER_RE, UNDER_Y_RE, tower_chain, tower_order, under_parts
from agent.planners.offline.words import (
    CLEFT_RE,
    COPULA_RE,
    DESIRE_RE,
    DIGIT_WORDS,
    GERUND_RE,
    GOES_RE,
    KEEP_RE,
    KEEP_VERB_RE,
    MODAL,
    NEG_SUBJECT_RE,
    NOT_PUT_RE,
    PARTICIPLE_NP_RE,
    PARTICIPLE_RE,
    PAST_RE,
    PLACE_PREP_RE,
    POSSESS_RE,
    PREP_RE,
    QUESTION_RE,
    TOWER_HEAD_RE,
    VERB_RE,
    VERBS,
    WANT_RE,
    WONDER_RE,
    base_verb,
    caused_motion,
    per_parse,
)
from agent.planners.offline.wishes import desire, wish_frame
from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import COLOURS, PLACES, unify


def looks_like_command(text: str) -> bool:
    return bool(VERB_RE.match(text) or WANT_RE.match(text) or GOES_RE.search(text) or DESIRE_RE.match(text)
                or COPULA_RE.search(text))


_COLOUR = "(?:" + "|".join(COLOURS) + ")"
_VERBLESS_RE = re.compile(rf"(?:(?:status|quick check|check|query|question) )?(?:the )?{_COLOUR}(?: block|"
                          rf" one)? (?:sitting |resting |lying )?(?:on|in|at|under|inside|on top of) (?:the |a |"
                          rf"any )?(?:{_COLOUR} (?:block|one|bowl)|bowl|bin|table|middle|"
                          rf"\w+ \w+ corner)(?: yes or no)?")


def is_question(text: str, raw: str) -> bool:
    """A question about the scene rather than a request ('where is the red block?', 'is it in the bowl?')."""
    text = rx(r"^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|then|now|next|also|just|exactly|precisely|maybe|perhaps|possibly|(?:except(?: for)?|apart from|not counting|excluding|besides|leaving "
              r"out) the \w+ (?:block|cube|bowl)|(?:leaving|setting) the \w+ (?:block|cube|bowl) (?:aside|apart)|(?:counting|including) (?:all the blocks|everything)),?\s+").sub("", text)  # 'apart from X, how many ...?'
    if not rx(r"\b(?:is|are|was|were|has|have|does|do|did|where|what|which|how)\b").search(text):  # 'X into W, then ..., yeah?': a request
        raw = rx(r",\s*(?:yeah|yep|ok|okay|alright|all right|cool|k|please|thanks|copy(?: that)?|roger(?: that)?|over|ten[- ]four)\s*\?+\s*$", re.IGNORECASE).sub(".", raw)
    if CLEFT_RE.match(text):  # 'where the red block goes is the bowl': a statement of the goal
        return False
    if raw.rstrip().endswith("?") and rx(r"the \w+ (?:block|bowl)s?,? (?:it |they )?(?:is|are) (?:still )?(?:not )?(?:in|on|inside|on top of|under|beneath|"
                                                   r"below|above|at|empty|clear|full)\b(?:(?! and )[^,.;?])*(?:\.\s+(?:and |also |plus )?(?:how|what|where|which|is|are|does|do)\b.*)?").fullmatch(text) and not rx(
            r"\b(?:okay|ok|alright|right|yeah|please|thanks)\W*$|\b(?:at|by|in) the end\b|\bwhen you(?:'re| are) done\b", re.IGNORECASE).search(raw):
        return True  # a learner's 'The red block is in the bowl?': asked, not told
    if VERB_RE.match(text) and rx(r"\b(?:is it|would it be)(?: ok| okay| alright| all right| fine| possible)?(?: with you)? if (?:you|i|we)\b").search(
                                         raw.lower()):
        return False  # 'Sorry, um, is it ok if you put X on the table?': a request
    if rx(r"\W*(?:[^,?.]*,\s*so,?\s+)?(?:(?:please|kindly),? )?(?:could|would|can|will) (?:you (?:(?:please|kindly|just|possibly|quickly) )*(?:be (?:so kind|so good|kind enough|good enough)(?: as)? to )?(?:build|make|stack|put|move|place|set|get|bin|sort|clear|empty|swap|switch|exchange|interchange|reverse|flip|find\b[^?]*?\band (?:then )?(?:put|place|move|set|pop|drop|ease|slip|slide|stick|lift|bin|take))|the \w+ (?:block|cube) and the \w+ (?:block|cube) (?:switch|swap|trade|exchange)|it be (?:at all )?possible(?: for you)? to (?:have|get))\b").match(raw.lower()):
        return False  # 'could you build a tower, X at the bottom, ...?': a request, whatever the words left after the lead-in
    if WONDER_RE.match(text) or rx(r"what (?:do|would|must|should|will) (?:i|you|we) (?:need to |have to )?(?:take|"
                                         r"lift|move|get|clear|shift)(?: off| away)?(?: first)? (?:to|before|so)\b|what (?:do|would|must|should) (?:i|you|we) "
                                         r"(?:need to |have to )?(?:take|lift|move|get|clear) off\b").match(text):  # 'I would like to know what is in W', 'what do I need to take off ...'
        return True
    if raw.rstrip().endswith("?") and (rx(r", so (?:is|are|does|do|where|what|which|how many)\b").search(text)
                                       or rx(r"\W*(?:(?:do|does) the [^?]+ share|(?:do you |you )?(?:reckon|"
                                                   r"think|suppose) (?:that )?the [^?]+ (?:is|are))\b").match(raw.lower())):
        return True  # 'I'm about to put my ring in W, so is it empty?'
    if rx(r"^[^?]*?,\s*(?:can|could|would|will) you (?:please )?(?:move|put|place|stack|set|get|take|drop|bin|pop|stick)\b").search(raw.lower()):
        return False  # 'That block sitting on X, can you move it onto Y?': a request
    if raw.rstrip().endswith("?") and rx(r"\bor not?\W*$|(?:,|\s[-\u2013\u2014]) (?:is|are|was|were)(?:n't| not)? (?:it|they|that (?:right|true|so|correct))\b|^\W*the \w+ (?:block|"
                                                r"bowl|cube)s? (?:is|are)\b[^?]*,\s*(?:right|correct|isn'?t it|am i right)\W*$|"
                                                r"[,:] (?:(?:in|on|inside|under) (?=wh))?(?:where(?! there (?:is|are|s)\b)|what(?! about| if)|which)\b|(?:[,:;]|\s[-\u2013\u2014]+) (?:is|are|does|do|has|have) (?:the|either|any|"
                                                r"both|neither|there)\b[^,;:]*$|\s[-\u2013\u2014]+ how many\b|^\W*(?:to|in order to) [^,]+, how many\b|"
                                                r"^\W*the \w+ (?:block|bowl|cube)s?\s*[:;,-]+\s*(?:is|are|does|do|has) (?:it|they)\b|^\W*(?:(?:apart from|aside from|besides|"
                                                r"other than|except for) [^,]+, (?:is|are) there|(?:of|out of|"
                                                r"among) the [^?]+?, (?:how many|which))\b").search(raw.lower()):
        return True  # 'X, it is on Y or not?', 'the red block, is it in the bin?', 'besides X, is there anything in W?'
    m = rx(r"^(?:when|once|after|as soon as|by the time|wherever|whenever|where(?! (?:is|are|s|does|do|did|was|were|can|could|would|should|will|has|have|might|may)\b)) [^,]+, (.+)$").match(text)
    if m and looks_like_command(m.group(1)):  # 'when that is done, put X in Y', 'where a block matches a bowl, put it there': a command after its condition
        return False
    if "?" in raw and _VERBLESS_RE.fullmatch(rx(r"\s+").sub(" ", mend_typos(unify(rx(r"[^a-z ]+").sub(" ", raw.lower())))).strip()):
        return True  # 'pink cube on orange cube?': a yes/no question with its verb left out
    if raw.rstrip().endswith("?") and (rx(r"(?:is it (?:so|true|the case) that |if (?:i|you|we) (?:took|take|"
                                                r"snapped|snap) a (?:photo|picture|snapshot)\b|(?:say|suppose|"
                                                r"imagine|if|to get|to make|to empty) [^?]*\bhow many\b|(?:the )?\w+ (?:bowl|"
                                                r"block),? (?:empty|full|clear|free)$)").match(text) or rx(r"\W*(?:lies|sits|stands|rests|lays) (?:the|something|anything|a) ").match(raw.lower())):
        return True  # a learner's 'Lies X on Y?', 'is it so that ...?', 'cyan bowl empty?'
    if raw.rstrip().endswith("?") and rx(r"\W*(?:(?:say|suppose|assuming|if) (?:nobody|no one|nothing)\b[^:?]*[:,]\s*will\b|(?:are|is|do|does) (?:both|all) of (?:these|those|the following)\b|(?:you )?(?:got|have you got) (?:anything|something|any)\b|do (?:more than |less than |fewer than |at least )?half of\b|count (?:the|all the|up the)\b|(?:just )?yes or no\s*[,:-]|[^?]*\bis (?:that|this) how "
                                               r"(?:the table|things) (?:is|are|looks)\b|in the (?:current|present) (?:picture|photo|image|scene)\b|is this (?:already )?(?:the|my|your) "
                                               r"(?:layout|arrangement|set ?up|picture|state)\b|(?:does|is) the table (?:already )?(?:show|look like|like this))").match(raw.lower()):
        return True  # 'Say nobody touches the table: will X be in W?', 'Is this already the layout: ...?': how it is now, checked
    if raw.rstrip().endswith("?") and rx(r"(?:in|on|inside|under) (?:which|what) (?:bowl|block)\b|(?:the )?\w+ bowl contents$|(?:the )?number of "
                                              r"blocks (?:in|on|at) the [^?]+ is (?:the same as|equal to)\b").match(text):
        return True  # 'In which bowl is X?', 'Pink bowl contents?', 'The number of blocks in W is the same as in V?'
    if raw.rstrip().endswith("?") and rx(r"\W*(?:(?:would|do|did|will) you say\b|(?:the )?\w+ (?:bowl|"
                                               r"block)\s*:?\s*(?:empty|full|clear|free)\b)").match(raw.lower()):
        return True  # 'would you say the pink bowl is empty?'
    if raw.rstrip().endswith("?") and rx(r"(?:anything|something|any \w+|any \w+ (?:block|one)s?|a block|"
                                               r"blocks) (?:\w+ )?(?:on|in|inside|under|underneath|on top of)\b").match(text):
        return True  # 'anything sat on the X?': 'is there' left out
    if raw.rstrip().endswith("?") and rx(r"\W*(?:would|will|does|do) (?:anything|something) (?:have to|need to|"
                                               r"need) (?:be )?(?:moved|cleared|shifted|taken off|removed)\b").match(raw.lower()):
        return True  # 'would anything have to be moved so that X could go on Y?'
    if raw.rstrip().endswith("?") and rx(r"\b(?:which|what) (?:block|bowl|one|colou?r)s?(?:$|\. (?:and |also )?(?=(?:how|what|where|which|is|are)\b))").search(text):
        return True  # 'the yellow block is kept on top of which block?'
    if VERB_RE.match(text) or DESIRE_RE.match(text) or VERB_RE.match(gerund(text)) or wish_frame(text):
        return False
    if QUESTION_RE.match(text) or rx(r"\b(?:is|are) (?:where|what colou?r)$").search(text):  # 'X is where?'
        return True
    return raw.rstrip().endswith("?") and not VERB_RE.match(normal_form(text))


def object_first(text: str) -> str | None:
    """'white block take out of the bowl' -> 'take white block out of the bowl': an imperative with its object said
    first; None for any other text (a participle, 'the red block put in the bowl', is read by `normal_form`)."""
    m = rx(r"^((?:the |a |all (?:the )?|every |each |both )?(?:\w+ )?(?:block|blocks|one|ones|cube|cubes)) (?=\w)").match(text)
    if m is None or not (verb := VERB_RE.match(text[m.end():])) or rx(r"put|set|make|leave").fullmatch(verb.group(0)):
        return None
    return f"{verb.group(0)} {m.group(1)} {text[m.end() + verb.end():].strip()}".strip()


@per_parse
def gerund(text: str) -> str:
    """'would you mind putting ...', 'how about stacking ...' -> 'put ...', 'stack ...'."""
    m = GERUND_RE.match(text)
    lead, stem = "", m.group(1) if m else ""
    if not m:  # 'would you mind colour matching ...': a verb of two words
        m = rx(r"^(?:(?:would you |do you |will you )?mind|how about|what about|try) (\w+) (\w+)ing\b").match(text)
        if m is None:
            return text
        lead, stem = m.group(1) + " ", m.group(2)
    for cand in (stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem, stem + "e"):
        if VERB_RE.fullmatch(lead + cand):
            return lead + cand + text[m.end():]
    return text


def _participle_clause(text: str) -> str:
    """'the table cleared', 'each block sorted into its bowl' -> 'clear the table', 'sort each block into its bowl'."""
    m = PAST_RE.match(text)
    if not m or VERB_RE.match(text):
        return text
    verb = base_verb(m.group(2)) or (m.group(2) if VERB_RE.fullmatch(m.group(2)) else None)
    if verb is None:
        return text
    return f"{verb} {m.group(1)} {m.group(3)}".strip()


_N = r"(one|two|three|a single|a)"
_SHARE_RES = (  # a limit on how many blocks a bowl holds -> (count group, phrase)
    re.compile(r"^(?:(?:no|never|not) (?:two|2|more than one) blocks?|(?:two|2) blocks?) (?:(?:" + MODAL
               + r"|can|may|are to|do) )?(?:ever |never |not )?(?:be )?(?:share|sharing|be in|are in|is in|go in|"
                 r"go into|end up in|sit in|sitting in|be put in|be placed in|occupy|live in|together in) (?:a|"
                 r"the same|one|any|a single|one and the same|one|a shared) bowl$()"),
    re.compile(r"^(?:do not|dont|never) (?:let|allow) (?:any|a|one) bowl (?:to )?(?:hold|have|contain|get|"
               r"end up with) (?:two|more than one) blocks?$()"),
    re.compile(r"^(?:do not|dont|never) (?:put|place|leave|have) (?:two|more than one) blocks? in (?:the same|one|a|"
               r"any) (?:single )?bowl$()"),
    re.compile(r"^(?:no|not a single|not one) bowl (?:(?:" + MODAL + r"|may) )?(?:have|has|hold|holds|contain|"
                                                                     r"contains|get|gets|end up with|"
                                                                     r"be left with) more than " + _N + r" blocks?(?: in it| inside)?$"),
    re.compile(r"^(?:each|every|any|a) bowl (?:(?:" + MODAL + r"|may) )?(?:have|has|hold|holds|contain|contains|get|"
                                                              r"gets|take|takes|end up with|be left with) (?:at most|"
                                                              r"no more than|not more than|only|just|a maximum of) " + _N
               + r" blocks?(?: in it| inside)?(?: at most| max(?:imum)?)?$"),
    re.compile(r"^(?:at most|no more than|not more than|a maximum of|max(?:imum)?) " + _N + r" blocks? (?:(?:" + MODAL
               + r") )?(?:be |go |sit )?(?:in|per|to|for) (?:each|every|any|a|one|the same) bowl$"),
)


def at_most_per_bowl(text: str) -> int | None:
    """'no two blocks should share a bowl', 'no bowl should hold more than one block', 'at most one block per bowl':
    the most blocks a bowl may hold; None when the text says no such thing."""
    text = rx(r"^(?:make sure|ensure|see to it)(?: that)? |^there (?:(?:" + MODAL + r") )?(?:be|is|are) ").sub("", text)
    for pattern in _SHARE_RES:
        m = pattern.match(text)
        if m:
            word = (m.group(1) or "one").replace("a single", "one")
            return {"a": 1, "one": 1, "two": 2, "three": 3}[word]
    return None


# 'give each bowl a block', 'give the red bowl the blue block': the receiver (a bowl or a corner) first
_GIVE_RE = re.compile(r"^(?:give|hand) ((?:(?:each|every|all|both|any|either)(?: one)? of )?(?:the |each |every |"
                      r"all the |all |both |a |one |either )?(?:\w+ )?(?:bowls?|corners?)(?: of the table)?) (?!to\b|"
                      r"in\b|into\b)(.+)$")


_MOTION = {"go", "goes", "went", "get", "gets", "got", "head", "heads", "travel", "travels", "belong", "belongs", "land",
           "lands", "end up", "ends up", "ended up", "wind up", "winds up", "hop", "hops", "jump", "jumps", "climb", "climbs", "moves"}


_ACCIDENT_RE = re.compile(r"^(?:oops|whoops|uh oh|argh)?,? ?(?:some|a few|a couple(?: of)?|several|two|three|four|five|a pair of)(?: of the| of "
                          r"my)? (?:\w+ )?(?:blocks|cubes|ones) (?:have |had |got |were |been |must have |somehow )*(?:knocked|dropped|"
                          r"fallen|fell|slipped|tumbled|rolled|spilled|spilt|landed|ended up|wound up|blown|bumped|tipped)\b")


@per_parse
def normal_form(text: str) -> str:
    """One clause in any form -> an imperative the clause reader knows ('keep X', 'notput X in Y', 'put X in Y').

    Statements ('X is on Y', 'X should end up on the table'), possession ('every bowl has a block in it'),
    keeping ('do not touch X', 'leave X where it is') and negation ('no block in the bin', 'X is not in Y').
    """
    out = _normal_form(text)  # 'X should go under Y' -> 'put X under Y', read once more: 'slipunder X to Y'
    if rx(r"the \w+ (?:block|one) (?:in )?(?:underneath|under|beneath|below) the \w+ (?:block|one)").fullmatch(out):
        out = f"put {out}"  # 'I want X under Y'
    return _normal_form(out) if out != text and UNDER_RE.match(out) else out


def _normal_form(text: str) -> str:
    if _ACCIDENT_RE.match(text):
        return text  # what happened, never a goal: 'some blocks got knocked into the bin' (what to do with them comes next)
    m = rx(r"^(?:i|we) (?:do not|dont|would not|would rather not|no longer) (?:want|like|need)(?: to have|"
                 r" to see)? (.+?)(?: anymore| any more| any longer)?$").match(text)
    if m:
        return "notput " + m.group(1)
    text = desire(text)
    text = gerund(text)
    if (m := rx(r"(?:only|just|simply) ").match(text)) and VERB_RE.match(text[m.end():]):
        text = text[m.end():]  # '..., only put X on Y'
    text = object_first(text) or text
    m = CLEFT_RE.match(text)
    if m:  # 'the middle is where the red block should be'
        subject, target = next(g for g in m.group("subj", "subj2", "subj3", "subj4", "subj5") if g), next(
            g for g in m.group("tgt", "tgt2", "tgt3", "tgt4", "tgt5") if g)
        return f"put {subject} {target}" if PLACE_PREP_RE.match(target) else f"put {subject} to {target}"
    limit = at_most_per_bowl(text)
    if limit is not None:
        return f"atmost {'one block' if limit == 1 else f'{DIGIT_WORDS[limit]} blocks'} in every bowl"  # said as a count ('two blocks')
    # a tower list without a verb or a tower noun ('the red one at the bottom and ...') only as a whole instruction
    chain = tower_chain(text) or (tower_order(text) if VERB_RE.match(text) or TOWER_HEAD_RE.match(text) else None)
    if chain:
        return chain
    if TOWER_HEAD_RE.match(text) and not VERB_RE.match(text) and not rx(r"\b(?:stays?|remains?|be left|"
                                                                               r"is left|be kept|is kept)\b").search(text) and not (
            (named := rx(r"(?:the|that|this|its) (?:\w+ )?(?:tower|stack|pile)(?:,\s*|$)").match(text)) and VERB_RE.match(text[named.end():] or "put")):
        text = "build " + text  # '(I want) a three block tower with X at the bottom'; never 'the tower ... stays as it is', nor 'the stack, take ...'
    text = rx(r"\s+so (?:that )?(?:it|they) (?:is|are|ends? up|sits?|rests?|lands?)\s+").sub(" ", text)
    m = rx(r"^(?:make|let|have|get) (.+?) (?:sit|go|be|end up|rest|stand|lie|land|stay|placed|put|moved|set|"
                 r"dropped|stacked|taken|brought|carried|shifted|popped|sat|left|stood|(?:be |been )?(?:placed|put|"
                 r"moved)) ((?:on top of|onto|on|into|in|inside|at|to)\b.*)$").match(text)
    if m:
        return f"put {m.group(1)} {m.group(2)}"
    if (under := under_parts(text)) and not text.startswith("slipunder "):
        x, prep, y = under
        if UNDER_Y_RE.search(y):
            return f"slipunder {x} to {y}"  # 'put the green block under the yellow block': green where yellow is
        raise PlanningError(f"I cannot put a block {prep} {y if len(y) > 3 else 'that'}: a "
                            f"block can go on the table, on another block, in a bowl, at a named place "
                            f"({', '.join(PLACES)}) or in the bin")
    m = rx(r"^(?:clear|empty|free|clean) (?:off )?(?:the top of|the space on top of|the space above) (.+)$").match(text)
    if m:
        return f"notput all blocks on {m.group(1)}"
    m = rx(r"^(.+?) (?:(?:must|should|may|can|will|shall|is to|are to|ought to|is going to|are going to|has to|"
                 r"have to|needs to|need to|do|does|has|have)(?: not| never)|(?:is|are) (?:not|never) (?:to|"
                 r"supposed to|meant to|allowed to|going to|to be)|(?:is|are) (?:not|never)) (?:be |get |to be |"
                 r"been |have been |have )?(?:move|moved|touched|disturbed|shifted|budge|budged|moving|picked up|handled|relocated|"
                 r"repositioned|rearranged)(?: at all| in any way)?$").match(
                 text)
    if m and not (VERB_RE.match(m[1]) or rx(r"\b(?:should|must|will|is|are|goes|go|belongs?|needs? to|has to)\b").search(m[1])):
        return f"leavebe {m.group(1)}"  # not 'put X in W and Y must not move': two clauses
    m = rx(r"^(?:no|none of the|not a single|not one|not any|nothing) ?(?:blocks?|cubes?)? ?(?:should |must |"
                 r"may |can |is allowed to )?(?:be |are |is )?(?:sitting |resting |lying |standing |placed |left |"
                 r"sits? |rests? |lies |lie |stands? )?(?:stacked|(?:piled (?:up )?)?(?:on top of|on|"
                 r"atop) (?:another|any other|other|each other|one another|a different|any|a)(?: blocks?)?|"
                 r"in a (?:tower|stack))$").match(
                 text)
    if m:  # 'no block should be on another': none is, where it ends up (a later stage keeps a block it put in a bowl)
        return "notput all blocks on another block"
    m = rx(r"^fill (.+?) with (.+)$").match(text)
    if m:
        return f"put {m.group(2)} in {m.group(1)}"
    m = _GIVE_RE.match(text)
    if m:  # 'give each bowl a block': the thing given goes in the receiver
        return f"put {m.group(2)} in {m.group(1)}"
    text = rx(r"^(?:can|could|would|will|shall) (?=(?:the|a|an|all|every|each|both)\b)").sub("", text)
    m = rx(r"^(?:(?:make|get|leave|have|keep) )?(?:the |a )?(?:clean|clear|empty|tidy|cleared|cleaned) (table|"
                 r"tabletop|workspace)$|^(?:make|get|leave|keep) (.+?) (?:empty|clear|clean|tidy|cleared)$").match(text)
    if m:
        what = m.group(2) or "the table"
        return f"{'empty' if rx(r'bowl').search(what) else 'clear'} {what}"
    m = rx(r"^(spread|clear|empty|clean|tidy|pick|knock|break) (.+?) (out|up|down|apart)$").match(text)
    if m and not PLACE_PREP_RE.search(m.group(2)):  # 'spread the blocks out', 'clear the bowl out': a separated particle
        joined = f"{m.group(1)} {m.group(3)}"
        if VERB_RE.fullmatch(joined):
            return f"{joined} {m.group(2)}"
        if m.group(3) == "out" and m.group(1) in ("clear", "empty", "clean"):
            return f"{m.group(1)} {m.group(2)}"
    m = rx(r"^(?:take|pull|break|knock|tear) (.+?) (?:apart|down|over)$").match(text)
    if m and not rx(r"\b(?:on|in|into|onto|to|at)\b").search(m.group(1)):
        return f"unstack {m.group(1)}"
    m = rx(r"^(?:arrange|set up|organi[sz]e|place|put|move|distribute|spread(?: out)?|"
                 r"lay out) (?:all )?(?:the )?(?:blocks|everything)(?: out)?,? so (?:that )?(there (?:(?:" + MODAL + r") )?(?:be|is|are) .+)$").match(text)
    if m:  # 'arrange the blocks so there is one per bowl': the result is the goal, over all the blocks
        return normal_form(m.group(1))
    m = rx(r"^(?:leave|keep) (everything|all|all the blocks|every block|all of them)(?: else)? (?:alone|"
                 r"as (?:it|they) (?:is|are)|where (?:it|they) (?:is|are)|untouched|in place|be) ((?:except|but|"
                 r"apart from|other than|save for) .+)$").match(text)
    if m:  # 'leave everything alone except the red block'
        return f"leavebe {m.group(1)} {m.group(2)}"
    m = rx(r"^(?:touch|move|handle|disturb|pick up|shift) (?:nothing|no (?:other )?blocks?|"
                 r"none of the (?:other )?blocks) ((?:except|but|apart from|other than|save for|besides) .+)$").match(text)
    if m:  # 'touch nothing but the yellow block'
        return f"leavebe everything {m.group(1)}"
    m = KEEP_VERB_RE.match(text)
    if m:
        return "leavebe " + next(g for g in m.groups() if g)
    m = rx(r"leave ((?:the |that |this |those |these )?(?:\w+ )?(?:block|one|blocks|ones|cube|cubes|bowl|bowls|it|them))").fullmatch(text)
    if m:  # 'leave the green block': where it is, said with no place
        return "leavebe " + m.group(1)
    m = NOT_PUT_RE.match(text)
    if m:
        return "notput " + m.group(1)
    if VERB_RE.match(text) or WANT_RE.match(text):
        return text
    if (moved := caused_motion(text)) is not None:  # 'bung the block in the bin'
        return moved
    m = rx(r"^there (?:(?:" + MODAL + r")(?: not| never)? )?(?:be|is|are)( not)? (.+)$").match(text)
    if m:
        neg = NEG_SUBJECT_RE.match(m.group(2).split(" in ")[0].split(" on ")[0])
        if m.group(1) or neg or rx(r"^there \w+(?: to)? (?:not|never) ").match(text):  # 'there should not be a block ...'
            rest = rx(r"^(?:no|any|nothing|none of the|zero|(?:not )?a single|not one|one|an?)\s*").sub("", m.group(2))
            rest = rx(r"^((?:blocks?|cubes?|things?|objects?) )(?:left|remaining|sitting|lying|resting|still) ").sub(r"\1",
                          rest)  # 'a single block left in the bowl': any block in it
            return f"notput all blocks {rest}" if rx(r"^(?:in|on|at|inside)\b").match(rest) else f"notput all {rest}"
        return "put " + m.group(2)
    m = POSSESS_RE.match(text)
    if m and rx(r"\b(?:bowls?|blocks?|one|each|every|all)\b").search(m.group(1)) and not m.group(3).startswith(("to ", "been ")) \
            and not PARTICIPLE_RE.match(m.group(3)) and not rx(r"\w+ed\b").match(m.group(3)):  # not 'X gets moved to Y'
        owner, owned = m.group(1), m.group(3)
        prep = "in" if rx(r"\bbowls?\b").search(owner) else "on"
        if prep == "in" and (none := NEG_SUBJECT_RE.match(owner)) and none.group(1) and not m.group(2):  # 'none of the bowls should have
            owner, owned = "all the " + rx(r"^(?:the|of the)\s+").sub("", none.group(1)), "nothing"  # a block': all empty
        if NEG_SUBJECT_RE.match(owned) or owned in ("nothing", "no blocks", "no block"):
            return f"notput all blocks {prep} {owner}"
        if m.group(2):  # 'X should not have anything on it', 'the bowl must not hold the red block'
            owned = rx(r"^(?:anything|any blocks?|a block|blocks|any(?:thing)? else)$").sub("all blocks", owned)
            return f"notput {owned} {prep} {owner}"
        return f"put {owned} {prep} {owner}"
    m = COPULA_RE.search(text)
    if m is None or m.start() == 0:
        return _participle_clause(PARTICIPLE_NP_RE.sub(" ", text))
    subject, rest = text[: m.start()].strip(), text[m.end():].strip()
    negated = bool(m.group(2)) or " not " in f" {m.group(0)} "
    rest = PARTICIPLE_RE.sub("", rest)
    if (done := rx(r"(\w+ed) (?=(?:in|into|on|onto|to|at|inside)\b)").match(rest)) and VERBS.get(base_verb(done.group(1)) or "") == "move":
        rest = rest[done.end():]  # 'X is to be relocated to the middle': any verb of putting, said as done
    neg = NEG_SUBJECT_RE.match(subject)
    if neg:
        subject, negated = (neg.group(1) or "all blocks"), True
        subject = "all " + subject if not subject.startswith(("all", "the")) else subject
    if negated and rx(r"there|in there|where (?:it|they) (?:is|are)(?: now)?").fullmatch(rest) and PLACE_PREP_RE.search(subject):
        return f"notput {subject}"  # 'none of the blocks in the bowl should stay there': out of it
    if rx(r"(?:over |right )?there").fullmatch(rest) and m.group(1) in _MOTION:
        return f"put {subject} there"  # 'the orange block goes there too': where the last block went, never 'stays'
    if KEEP_RE.match(rest) or (not rest and m.group(1) in ("stay", "stays", "remain", "remains")):
        return f"leavebe {subject}"
    if negated and rx(r"stacked(?: up)?|in (?:a|any) (?:tower|stack|pile)|part of (?:a|any) (?:tower|stack)").fullmatch(rest):
        return f"unstack {subject}"  # 'the red block is not stacked'
    if negated and (parts := rx(r",? (?:n?or|and) (?:be )?(?=(?:in|on|at|inside|on top of)\b)").split(rest))[1:] and \
            PREP_RE.match(rest):  # 'X should not be in a bowl or in the bin': in neither
        return " and ".join(f"notput {subject} {part}" for part in parts)
    if negated:
        if m.group(1) in ("stay", "stays", "remain", "remains") and rx(r"^(?:in|on|at)\b").match(rest):
            return f"notput {subject} {rest}"
        if rest in ("moved", "touched", "disturbed", "picked up", "move", "touch", "used", "moving"):
            return f"leavebe {subject}"
        return f"notput {subject} {rest}" if PREP_RE.match(rest) else "notput " + subject + " " + rest
    if rx(r"^(?:held|grasped|in (?:the|your|its) (?:gripper|hand)|picked up|lifted|up in the air)$").match(rest):
        return f"pick up {subject}"
    if rx(r"^(?:stacked(?: up)?|piled(?: up)?|in (?:a|one) (?:single )?(?:tower|stack|pile)|"
                r"on top of (?:each other|one another)|a (?:tower|stack|pile))\b").match(rest):
        return f"stack {subject} {rx(r'^(?:stacked|piled)(?: up)?').sub('', rest).strip()}".strip()
    if rx(r"^(?:sorted|grouped|organi[sz]ed)\b").match(rest):
        return f"sort {subject} {rx(r'^(?:sorted|grouped|organi[sz]ed)').sub('', rest).strip()}".strip()
    if rx(r"^(?:gone|thrown away|thrown out|binned|discarded|trashed|disposed of|removed|got rid of)$").match(rest):
        return f"throw away {subject}"
    if rx(r"^(?:empty|clear|cleared|clean|cleaned|tidy|tidied|cleaned up|tidied up|cleared off|free)$").match(rest):
        return f"{'clear' if 'table' in subject else 'empty'} {subject}"
    if rx(r"^(?:unstacked|flat|taken apart|knocked down|not stacked|side by side)$").match(rest):
        return f"unstack {subject}"
    return f"put {subject} {rest}"
