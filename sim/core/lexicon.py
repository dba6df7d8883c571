"""The words of the world: names of colours, kinds and fixed targets, and the synonyms people use.

One home for every synonym, so perception's tokenizer, the plan validator, the executor's
grounding and the offline parser agree: "cube" is a block, "dish" a bowl, "trash" the bin,
"centre" the middle. "box" is the one word with two meanings: after a colour ("the cyan box")
it is a block; alone ("put it in the box") it is the bin.
"""

from __future__ import annotations

import functools
import re

from sim.core import layout

COLOURS: tuple[str, ...] = tuple(layout.COLOURS)
KINDS: tuple[str, ...] = layout.KINDS
BIN, TABLE, GRIPPER = "bin", "table", "gripper"
PLACES: tuple[str, ...] = tuple(layout.PLACES)

# Words people use for a kind; the first is the canonical name.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "block": ("block", "cube", "box", "brick"),
    "bowl": ("bowl", "dish", "basin", "container"),
}

_COLOUR = "|".join(COLOURS)
# Word-level synonyms, applied in order to lower-cased text (see `unify`).
SYNONYMS: tuple[tuple[str, str], ...] = (
    (r"\bcolored\b", "coloured"),
    (r"\bcolor(s?)\b", r"colour\1"),
    (r"\bgray\b", "grey"),
    (r"\b(left|right|top|bottom) most\b", r"\1most"),  # 'the right-most block'
    (rf"\b({_COLOUR}) (?:boxes)\b", r"\1 blocks"),
    (rf"\b({_COLOUR}) (?:box)\b", r"\1 block"),
    (r"\btoy (?=blocks?\b|cubes?\b|bricks?\b)", ""),
    (r"\b(?:cubes|bricks|toys)\b", "blocks"),
    (r"\b(?:cube|brick)\b", "block"),
    (r"\bpieces\b", "blocks"), (r"\bpiece\b", "block"),
    (r"\bskus\b", "blocks"), (r"\bsku\b", "block"), (r"\btotes\b", "bowls"), (r"\btote\b", "bowl"),  # a warehouse's words
    (r"\b(?:waste ?paper basket|waste ?basket|wastebasket)\b", BIN),
    (r"\bupon\b", "on"), (r"\b(?:supported|held up|carried) by\b", "on"), (r"\bexcluding\b", "except"),
    (r"\b(?:waste|trash|rubbish|garbage|refuse|disposal) receptacle\b", BIN),
    (r"\b(?:dishes|basins|baskets|containers|receptacles|vessels)\b", "bowls"),
    (r"\b(?:dish|basin|basket|container|receptacle|vessel)\b", "bowl"),
    (r"\b(?:trash can|trashcan|rubbish bin|garbage bin|waste bin|dust ?bin|garbage|rubbish|trash|box|tray)\b", BIN),
    (r"\b(?:tabletop|table top|workbench|bench ?top|lab bench|bench|work ?surface|worktop)\b", TABLE),  # a lab's 'bench'
    (r"\b(?:centre|center)\b", "middle"),
    (r"\b(left|right)[ -]hand\b", r"\1"),
    (r"\bupper\b", "top"),
    # 'the lower block' is the bottom one; 'lower it into the bowl' is a verb (see the parser's VERBS).
    (r"\blower\b(?! (?:it|them|the|a|an|this|that|these|those|each|every|all|both|down)\b)", "bottom"),
    # "'s" is "is" where no owned noun follows ("which bowl's the X in", "the green one's sitting on", "X's gonna go").
    (r"(?<=[a-z])'s (?=(?:the|a|an|this|that|these|those|not|no|gonna|going|got|gotten|been|still|already|now|just|sat|stood|in|"
     r"into|on|onto|inside|under|underneath|beneath|below|above|at|by|next|near|empty|full|clear|[a-z]+ing)\b)", " is "),
)
_SYNONYMS = tuple((re.compile(p), r) for p, r in SYNONYMS)

# Whole phrases (after `clean`) that name a fixed target.
PLACE_ALIASES: dict[str, str] = {
    BIN: BIN, "floor": TABLE, TABLE: TABLE,
    "middle": "middle", "middle of table": "middle",
}
for _p in PLACES:
    if _p.endswith(" corner"):
        _short = _p[: -len(" corner")]
        for _alias in (_p, _short, f"{_short} corner of table"):
            PLACE_ALIASES[_alias] = _p


def unify(text: str) -> str:
    """Lower-case `text` and replace every synonym by its canonical word (punctuation kept)."""
    text = text.lower().replace("-", " ").replace("_", " ")
    for pattern, repl in _SYNONYMS:
        text = pattern.sub(repl, text)
    return text


@functools.lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """`unify`, then drop punctuation, articles and the word "colour"; plurals of kinds become singular. Cached: the
    scene's names are cleaned again on every plan (`normalise_name`)."""
    text = re.sub(r"[^a-z0-9 ]+", " ", unify(text))
    words = [{"blocks": "block", "bowls": "bowl"}.get(w, w) for w in text.split()]
    return " ".join(w for w in words if w not in ("the", "a", "an", "colour", "colours", "coloured"))


def normalise_name(text: str, names: list[str]) -> str:
    """The canonical name `text` means ("the Red Cube" -> "red block"), given the scene's object names.

    Returns an object's exact name, a named place from `layout.PLACES`, "bin" or "table" when
    `text` means one of them; otherwise the cleaned text (which then names nothing).
    """
    cleaned = clean(text)
    for name in names:
        if clean(name) == cleaned:
            return name
    return PLACE_ALIASES.get(cleaned, cleaned)
