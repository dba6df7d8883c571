"""The offline parser's word tables: verbs, prepositions, filler, number words and regexes over words.

Synonyms of object and target names ("cube" is a block, "trash" the bin) are not here: they
live in `sim.core.lexicon`, which `clean_text` applies through `unify`. This module is the
bottom layer of the parser; it imports nothing from the other parser modules.
"""

from __future__ import annotations

import re

from sim.core.lexicon import COLOURS, unify

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "single": 1, "couple": 2, "pair": 2, "both": 2}

# verb phrase -> action. "move" actions need a target; "hold"/"bin" ones have a default.
VERBS: dict[str, str] = {
    "pick up": "hold", "pick": "hold", "grab": "hold", "grasp": "hold", "lift": "hold", "hold": "hold",
    "take": "hold", "get": "hold", "fetch": "hold",
    "put": "move", "place": "move", "gather": "move", "collect": "move", "move": "move", "set": "move", "drop": "move", "bring": "move",
    "transfer": "move", "carry": "move", "lay": "move", "shift": "move", "relocate": "move", "pop": "move",
    "slide": "move", "push": "move", "drag": "move", "position": "move", "stick": "move", "leave": "move",
    "throw away": "bin", "throw out": "bin", "throw": "bin", "toss": "bin", "dump": "bin", "discard": "bin",
    "trash": "bin", "bin": "bin", "get rid of": "bin", "dispose of": "bin", "remove": "bin", "chuck": "bin",
    "stack up": "stack", "stack": "stack", "pile up": "stack", "pile": "stack", "build": "stack", "make": "stack",
    "assemble": "stack", "sort": "sort", "organise": "sort", "organize": "sort", "group": "sort",
    "match": "sort", "arrange": "move", "unstack": "unstack", "dismantle": "unstack", "take apart": "unstack",
    "knock down": "unstack", "break up": "unstack", "disassemble": "unstack", "flatten": "unstack",
    "clear": "clear", "clean": "clear", "tidy": "clear", "empty": "clear",
}
VERB_RE = re.compile(r"^(?:" + "|".join(sorted((re.escape(v) for v in VERBS), key=len, reverse=True)) + r")\b")
PREP_RE = re.compile(r"\b(on top of|onto|on to|on|into|in to|inside of|inside|in|to|at|over|atop|towards|toward)\b")
EXCEPT_RE = re.compile(
    r"\b(?:except(?: for)?|but not|but|other than|apart from|excluding|besides|save for|not including|leaving out)\s+"
    r"(.*?)(?=\s+\b(?:in|into|on|onto|to|at|inside|over)\b\s|,|$)"
)
TOWER_RE = re.compile(
    r"\b(?:on top of (?:each other|one another)|on each other|(?:in|into|as) (?:a|one) (?:single |big |tall )?"
    r"(?:tower|stack|pile)|a (?:single |big |tall )?(?:tower|stack|pile)(?: out)?(?: of| with| from| using)?)\b"
)
MATCH_RE = re.compile(
    r"\b(?:matching|same colou?r|their colou?rs?|its colou?r|corresponding|their own|its own|by colou?rs?|"
    r"according to colou?rs?|of the same colou?r|the right|their|its)\b"
)
ORDER_RE = re.compile(r"\b(?:in (?:that|this|the given) order|in order|from (?:the )?bottom (?:up|to (?:the )?top)|"
                      r"bottom to top|starting (?:from|with|at) the bottom|bottom first|bottom up)\b")
REVERSE_RE = re.compile(r"\b(?:from (?:the )?top (?:down|to (?:the )?bottom)|top to bottom|top first|top down)\b")
BASE_RE = re.compile(r"\bwith (?:the )?(\w+)(?: block| one)? (?:at|on) the bottom\b")
FILLER_RE = re.compile(
    r"\b(?:please|kindly|could you|can you|would you|will you|go ahead and|i want you to|i need you to|"
    r"i would like you to|i'd like you to|for me|now|just|also|too|carefully|quickly|gently|thanks|thank you|"
    r"ok|okay|hey robot|hey|then you)\b"
)
WANT_RE = re.compile(r"^(?:i(?: would|'d) like|i want|i need|make sure|ensure|let's have|let us have|have)\s+")
GOES_RE = re.compile(r"\b(?:goes|should go|should be|needs to go|needs to be|has to go|has to be|belongs|must go|must be)\b")
STAGE_RE = re.compile(r"\s*(?:;|\.(?:\s+|$)|,?\s*\b(?:and then|then|after that|afterwards|after which|finally)\b,?)\s*")
# Words a noun phrase may hold besides colours and number words; any other word is not understood.
KNOWN_WORDS = set(COLOURS) | set(NUMBERS) | {
    "the", "a", "an", "of", "and", "or", "block", "blocks", "bowl", "bowls", "one", "ones", "all", "every", "each",
    "everything", "any", "some", "it", "them", "they", "that", "this", "those", "these", "rest", "remaining",
    "other", "others", "either", "same", "single", "up", "together", "its", "their", "there", "here", "other's",
    "block's", "on", "table", "top", "whole", "entire", "lot", "which", "is", "are", "thing", "things", "stuff",
    "object", "objects", "s", "still", "currently", "already", "exactly", "only", "just",
}
DIGIT_WORDS = {v: k for k, v in NUMBERS.items() if k not in ("single", "couple", "pair", "both")}
TOWER_WORDS = {"tower", "towers", "stack", "stacks", "pile", "piles"}
ALL_WORDS = {"all", "every", "each", "everything", "both"}


def clean_text(text: str) -> str:
    """Lower-case, unify synonyms and spelling, drop politeness; keep , . ; for splitting."""
    t = text.lower().replace("\u2019", "'").replace("-", " ")
    for short, full in (("i'd", "i would"), ("let's", "let us"), ("don't", "do not"), ("that's", "that is"),
                        ("it's", "it is"), ("can't", "cannot"), ("i'm", "i am")):
        t = re.sub(rf"\b{short}\b", full, t)
    t = re.sub(r"[^a-z0-9,.;' ]+", " ", t)
    t = unify(t)
    t = re.sub(r"(?<!block )(?<!bowl )\b(\d+)\b", lambda m: DIGIT_WORDS.get(int(m.group(1)), m.group(1)), t)
    t = re.sub(r"\b(?:a couple of|a pair of)\b", "two", t)
    t = FILLER_RE.sub(" ", t)
    t = t.replace("'", " '").replace(" 's", "").replace(" '", "")
    return re.sub(r"\s+", " ", t).strip(" ,.")
