"""What a noun phrase says, read from its words alone: colours (and colours it rules out), kind, number,
all/every/each, counts ('two blocks', 'any block'), 'the others', pronouns ('it', 'them'), a side or an ordinal
('the second leftmost'), states ('the loose block') and descriptors ('in the bowl', 'nearest the bin').
`references` resolves it against the scene.
"""

from __future__ import annotations

import re

from agent.planners.offline.context import BOWL_STATES, STATES, Context, absent, not_understood
from agent.planners.offline.words import ALL_WORDS, KNOWN_WORDS, NUMBERS, VERB_RE
from agent.regex import rx
from sim.core.lexicon import BIN, COLOURS, TABLE

# Words that never name a missing object (for telling an unknown word from an object that is not there): the
# fixed targets are there, but are not blocks or bowls; negations and spatial words name nothing.
NOT_THINGS = {BIN, TABLE, "not", "no", "never", "none", "nothing", "corner", "corners", "middle", "side", "half", "edge", "else", "apart"}
SPATIAL_WORDS = {"next", "beside", "near", "behind", "front", "between", "around", "above", "below", "under", "left",
                 "right", "side", "edge", "far", "close", "by", "underneath", "beneath", "across", "along", "against"}

# A descriptor after the head noun: 'that is not in a bowl', 'sitting on the red block', 'nearest the bowl'.
_DESCRIPTOR_RE = re.compile(
    r"\s+(?:(?:that|which|who)\s+(?:is|are|was|were|sits?|rests?|lies?|stands?)\s+|"
    r"(?:that|which|who)\s+(?=not\b)|(?:sitting|resting|lying|standing|located|placed|kept|found)\s+)?"
    r"(not\s+)?(nearest to|nearest|closest to|closest|next to|beside|near|furthest from|farthest from|furthest|farthest|"
    r"(?:just |immediately |directly |right )?(?:to |on )?(?:the )?(?:left|right)(?: hand side)? of|"
    r"(?:of )?the same colou?r as|(?:that |which )?match(?:es|ing)(?= the )|"
    r"on top of|inside|in|on|at|under|underneath|beneath|below|above|from|out of|with|containing|holding|that has|that holds|"
    r"that contains|which has|which holds|which contains)\s+(.+?)(?:\s+(?:in|inside|on|on top of) (?:it|them))?$"
)
_EXTREMES = ("nearest", "closest", "furthest", "farthest")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}  # with a side: 'the second leftmost block'
SIDES = {"leftmost": "left", "rightmost": "right", "left": "left", "right": "right", "topmost": "top",
          "top": "top", "bottommost": "bottom", "bottom": "bottom", "uppermost": "top", "highest": "top",
          "lowest": "bottom"}


def split_descriptors(text: str) -> tuple[str, list[tuple[bool, str, str]]]:
    """'the block that is not in a bowl' -> ('the block', [(True, 'in', 'a bowl')]): (negated, relation, phrase)."""
    out: list[tuple[bool, str, str]] = []
    m = _DESCRIPTOR_RE.search(text)
    while m and m.start() > 0:
        head = text[: m.start()].strip()
        if not head or head in ("the", "a", "an", "all", "all the", "every", "each"):
            break
        rel = rx(r"^.*\b(left|right)\b.* of$").sub(r"\1 of", m.group(2))  # 'just to the left of': 'left of'
        rel = "colour of" if rx(r"colou?r|match").search(rel) else rel  # 'the block that is the same colour as W'
        said = (bool(m.group(1)), rel, m.group(3).strip())
        if (clause := rx(r"^(.+? (?:bowl|bin|table|corner|middle)) ((?:that|which) (?:is|are) .+)$").match(said[2])) and (
                also := _DESCRIPTOR_RE.match(" " + clause[2])):  # 'the block nearest W that is not in a bowl': the block's too
            pair = [(said[0], rel, clause[1]), (bool(also.group(1)), also.group(2), also.group(3).strip())]
            out[:0] = sorted(pair, key=lambda d: d[1].startswith(_EXTREMES))  # what it is first, then the nearest of those
        else:
            out.insert(0, said)
        text = head
        m = _DESCRIPTOR_RE.search(text)
    return text, out

# 'the non red blocks', 'the blocks that are not red'
_COLOUR = "|".join(COLOURS)
_NOT_COLOUR_RE = re.compile(rf"\bnon ({_COLOUR})\b|\b(?:that|which) (?:is|are) not ({_COLOUR})\b")
# 'the blocks that are not stacked', 'the unstacked ones' is a state of its own (see `context.STATES`)
_NOT_STATE_RE = re.compile(rf"\b(?:that|which) (?:is|are) not ({'|'.join(sorted(STATES | set(BOWL_STATES)))})$")


class NounPhrase:
    """The features of a noun phrase: colours, kind, number, quantifier, pronoun, side, states, descriptors."""

    def __init__(self, text: str) -> None:
        self.full = text.strip()
        sole = rx(r"\s+the only (?:block|one|thing|cube)$").search(self.full)  # 'put the block under Y the only block in W': no other there
        self.full = self.full[: sole.start()] if sole and rx(r"\b(?:that|which|under|on|in|with)\b").search(self.full[: sole.start()]) else self.full
        self.full = rx(r"\b(nearest|closest|furthest|farthest) (block|blocks|one|cube|bowl|bowls) (to|from)\b").sub(
                           r"\2 \1 \3", self.full)
        self.full = rx(r"^(?:the |all the )?(?:entire |whole |full |complete )?contents? of\b").sub("everything in", self.full)
        self.full = rx(r"^(?:what|whatever|everything)(?: that)?(?: is| are| sits| lies| rests| is sitting| is lying| is stacked)? "
                           r"(?:on top of|on(?= the \w+ (?:block|one|cube)\b))").sub("the blocks that are above",
                           self.full)  # 'whatever is on (top of) X': its whole stack
        self.full = rx(r"^(?:what|whatever)(?: is| are| sits| lies| rests| is sitting| is lying)? (?=(?:not )?(?:in|on|inside|at|"
                           r"under)\b)").sub("the blocks that are ",
                           self.full)  # 'everything except what is in the bowl'
        self.full = rx(r"\s*\b(?:already|still|currently|right now|now|at the moment|at present|yet)\b").sub("", self.full).strip()
        self.full = rx(r"^(?:everything|all) else\b").sub("the other blocks", self.full)  # 'leave everything else as it is'
        self.full = rx(r"\bnot (?:sitting|resting|lying|standing|located|placed|kept) ").sub("not ", self.full)  # 'not lying in a bowl'
        self.full = rx(r"\b(block|one|cube|blocks|ones) by (?=the )").sub(r"\1 next to ", self.full)  # 'the one by the bowl'
        self.full = rx(r"\b(?:that|which) (?:does not|do not) (?:have|hold|contain)\b").sub("that is not holding",
                           self.full)  # 'the bowl that doesn't have the pink block' 
        half = rx(r"(?:exactly )?half (?:of )?(?=the |all the |all |these |those |them\b|the \w+ blocks\b)").match(self.full)
        self.half = bool(half)  # 'half the blocks': how many comes from the scene (`references.resolve_blocks`)
        self.full = self.full[half.end():] if half else self.full
        self.not_colours = [a or b for a, b in _NOT_COLOUR_RE.findall(self.full)]
        self.full = _NOT_COLOUR_RE.sub("", self.full).strip()
        not_states = _NOT_STATE_RE.findall(self.full)
        self.not_states = [w for w in not_states if w in STATES]  # 'the blocks that are not stacked'
        self.not_bowl_states = [w for w in not_states if w in BOWL_STATES]  # 'the bowl that is not empty'
        self.full = _NOT_STATE_RE.sub("", self.full).strip()
        every = rx(r"^any (?!(?:two|three|four|five|six) )(?:\w+ )?(?:block|cube|one)s? (?:that|which)\b").match(self.full)  # a rule: 'any block that is
        # loose'; never 'any two blocks that ...', which is two of them
        text = self.full  # 'the middle block of the tower', 'the block in the middle of the stack': between its ends
        towered = rx(r"\s+(?:of|in|from) (?:the|a|this|that) (?:tower|stack|pile)$").search(text)
        self.middle = bool(towered and rx(r"\bmiddle\b").search(text[: towered.start()]))
        if towered and self.middle:
            text = rx(r"\s*\b(?:(?:in|at|from) the )?middle\b").sub("", text[: towered.start()])
        last = rx(r"\s+(?:(?:that|which) (?:is|are) |lying |sitting |resting |standing )?(?:on|at) the (?:very |far )?(left|right)"
                         r"(?: hand)?(?: side| end| half)?(?: of the table)?$").search(text)
        text = text[: last.start()] if last and _DESCRIPTOR_RE.search(text[: last.start()]) else text  # '... on the table on my left'
        core, descriptors = split_descriptors(rx(r"\s+of (?:the|a|this|that) (?:tower|stack|pile)\b").sub("", text))
        if descriptors and core in ("those", "these", "them", "they", "those ones", "these ones"):
            core = "the ones"  # 'those in the blue bowl': a head with a descriptor, not a pronoun
        self.text = core
        words = self.text.split()
        self.side = next((SIDES[w] for w in words if w in SIDES), None)
        self.spread = False  # the side said as where things are ('on the left'), not as the furthest ('leftmost')
        self.descriptors = []
        for d in descriptors:
            side = rx(r"(?:the )?(?:very |far |extreme )?(left|right|top|bottom)(?: hand)?(?: side| end| edge)?"
                                r"(?: of (?:the )?table)?|(?:the )?(near|far)(?: side| half| end)(?: of (?:the )?table)?").fullmatch(d[2])
            middle = rx(r"(?:the )?(?:very )?middle(?: one)?(?: of (?:the )?(?:table|row|line|them|three))?").fullmatch(d[2])
            if middle and d[1] in ("in", "at") and not d[0] and rx(r"\bbowls?\b").search(core):
                self.side = "middle"  # 'the bowl in the middle': the middle bowl, not the bowl at the middle place
            elif side and side.group(2) and d[1] in ("on", "in", "at") and not d[0]:
                self.side, self.spread = side.group(2), True  # 'the blocks on the far side': a half, the robot's side near
            elif side and side.group(1) and d[1] in ("nearest", "nearest to", "closest to") and not d[0]:
                self.side = {"top": "near", "bottom": "far"}.get(side.group(1), side.group(1))  # 'nearest the top of the table': its top edge, not a tower's top
            elif side and d[1] in ("on", "at", "from") and not d[0]:
                self.side = "top" if side.group(1) == "top" and d[2] == "top" else side.group(1)
                self.spread = side.group(1) in ("left", "right") and d[1] != "from"  # 'the blocks on the left': a half
            else:
                self.descriptors.append(d)
        if last and text != self.full and self.side is None:
            self.side, self.spread = last.group(1), True
        words = [w for w in words if w not in SIDES]
        self.ordinals = [ORDINALS[w] for w in words if w in ORDINALS]  # 'the second and third blocks from the left'
        self.ordinal = self.ordinals[0] if self.ordinals else None
        if self.ordinal is not None and self.side in ("left", "right"):
            words = [w for w in words if w not in ORDINALS]
        else:  # 'the second block' says second of what only with a side; otherwise the word is not understood
            self.ordinal = None
        self.bowl_states = [w for w in words if w in BOWL_STATES]  # 'an empty bowl' (read for bowls only)
        words = [w for w in words if w not in BOWL_STATES]
        self.states = [w for w in words if w in STATES]  # 'the loose block', 'the stacked ones'
        self.states += ["middle"] if self.middle else []
        words = [w for w in words if w not in STATES]
        self.words = set(words)
        self.colours = [w for w in words if w in COLOURS]
        self.listed = len(self.colours)
        self.kind = "bowl" if self.words & {"bowl", "bowls"} else "block" if self.words & {"block", "blocks"} else None
        if self.kind == "bowl" and self.side is None and self.words & {"middle", "central"}:
            self.side = "middle"  # 'the middle bowl': the one between the others, left to right
            self.words -= {"middle", "central"}
            words = [w for w in words if w not in ("middle", "central")]
        self.plural = bool(self.words & {"blocks", "bowls", "ones", "them", "those", "these", "they", "others"})
        self.all = bool(every or self.words & (ALL_WORDS | {"rest", "remaining", "others", "else", "anything"}))
        self.others = bool(self.words & {"rest", "remaining", "others", "other", "else", "another"})
        self.exactly = "exactly" in self.words or bool(sole) or "only" in self.words and not rx(r"^the only\b").match(self.text)  # 'the only X': which one
        self.at_least = "least" in self.words  # 'at least one block in every bowl': no fewer, and what else is there stays
        self.count: int | None = None
        lead = [w for w in words if w not in ("the", "of", "just", "only", "exactly", "at", "least")]
        if lead and lead[0] in NUMBERS and lead[0] not in ("both",) and not (lead[0] == "one" and len(lead) == 1):
            self.count = NUMBERS[lead[0]]
        self.any = not every and bool(rx(r"^(?:a|an|any|some|either|one of|any one of|another)\b").match(self.text)) or (
            bool(rx(r"^one (?:block|of)\b").match(self.text))
        )
        if self.any:
            number = rx(r"^(?:any|some|a|an|another) (?:exactly )?(\w+)\b").match(self.text)  # 'another two': two more
            self.count = (NUMBERS[number.group(1)] if number and number.group(1) in NUMBERS and number.group(1) != "one"
                          else 2 if rx(r"^some (?:blocks|of the blocks|ones)\b").match(self.text) else 1)
        self.count = len(self.ordinals) if len(self.ordinals) > 1 else self.count  # 'the second and third from the left'
        self.pronoun = next((p for p in ("it", "that one", "this one", "that block", "this block", "the same block",
                                         "that", "this") if self.text == p), None)
        self.them = self.text in ("them", "those", "these", "they", "those blocks", "these blocks", "them all", "they all", "they both",
                                  "all of them", "both of them", "the same blocks", "them both", "the two of them",
                                  "both of those", "the pair", "that pair", "this pair", "the pair of them", "these two",
                                  "those two", "the two of them together") or bool(rx(
            r"(?:(?:just |only )?(?:one|two|three|four)|any(?: one)?|either) of (?:them|those|these|(?:those|these) blocks)").fullmatch(self.text))
        self.unknown = [w for w in words if w not in KNOWN_WORDS and not w.isdigit()]
        if self.kind != "bowl":
            self.unknown += self.bowl_states + self.not_bowl_states  # 'the empty block' says nothing I can check
        bound = rx(r"\b(?:at most|no more than|not more than|up to|a maximum of|at the most|fewer than|less than|"
                          r"more than)\b").search(self.full)
        if bound:  # 'at most two blocks': a bound, which no count here means; not understood rather than ignored
            self.unknown.append(bound.group(0))
        vague = rx(r"\b(?:(?<!at )(?<!the )most(?: of)?|several|many|(?:a )?few|(?:the )?majority|plenty|lots?|"
                          r"a bunch|a handful|half)\b").search(self.full)
        if vague:  # 'most of the blocks': how many is not said; never read as all of them
            self.unknown.append(vague.group(0))
        spatial = rx(r"\b(?:front|back|side)(?: hand)?(?: side)? of\b").search(self.full) or (not any(
            d[1] in ("left of", "right of") for d in self.descriptors) and rx(r"\b(?:left|right)(?: hand)?(?: side)? of\b").search(
                                                                                    self.full))
        if spatial:  # 'the left of the bowl': a spot beside something, which no target names
            self.unknown.append(spatial.group(0))

    def absent(self) -> str | None:
        """'purple elephant' when the phrase names a thing by a noun this world does not have, else None."""
        words = [w for w in self.text.split() if w not in ("the", "a", "an", "any", "some", "my", "that", "this")]
        if (self.unknown and words and words[-1] in self.unknown and len(self.unknown) <= 2 and self.kind is None
                and not set(self.unknown) & (SPATIAL_WORDS | NOT_THINGS) and len(words) <= 3 and not VERB_RE.fullmatch(words[-1])
                and not any(w.endswith("ing") and not w.endswith("thing") for w in words)):  # 'taking', 'going': no thing
            return " ".join(words)
        return None

    def of_colour(self, colour: str | None) -> bool:
        """Whether a thing of this colour fits the phrase's colours (any does when it names none)."""
        return not self.colours or colour in self.colours

    def check_words(self, ctx: Context) -> None:
        """Raise when the phrase names a thing this world does not have, or holds words the parser does not know."""
        if what := self.absent():
            raise absent(what, ctx)
        if self.unknown and BIN in self.unknown:  # 'keep the bin out of it': the bin is there, but is not a block
            raise not_understood(ctx, extra=self.text)
        if self.unknown:
            raise not_understood(ctx, unknown=self.unknown)
