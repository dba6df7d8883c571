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
    "block": ("block", "cube", "box", "brick", "piece", "sample"),
    "bowl": ("bowl", "dish", "basin", "container", "cup"),
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
    (r"\b(?:toy|sample) (?=blocks?\b|cubes?\b|bricks?\b)", ""),  # 'the sample cube': a block
    (r"\b(?:cubes|bricks|toys)\b", "blocks"),
    (r"\b(?:cube|brick)\b", "block"),
    (r"\b(?:pieces|samples)\b", "blocks"), (r"\b(?:piece|sample)\b", "block"),  # a lab's 'sample'
    (r"\b(?:exactly |just )?(?:the (?:same )?way|how) (it|they) (is|are|was|were)(?: now| right now| at the moment)?(?=\s*(?:[,.;!?]|$))", r"as \1 \2"),  # 'keep W the way it is'
    (r"(?<!\bnot )\b(?:all )?(?:the|that|this|my|your) stuff\b", "everything"),  # 'put the stuff on the table', 'the stuff in W'
    (r"\b(emptied|cleared) out\b", r"\1"),  # 'I do want W emptied out'
    (r"\bit would (?:really |so |truly )?(?:please|delight|gladden|thrill) (?:me|us)\b", "i would like"),
    (r"\b(?:inform|advise|apprise) (me|us) (?:of )?(?=(?:what|which|where|whether|if|how)\b)", r"tell \1 "),  # a lawyer's 'kindly inform me what ... is on X'
  # a butler's 'it would please me greatly to see X in W'
    (r"\bskus\b", "blocks"), (r"\bsku\b", "block"), (r"\btotes\b", "bowls"), (r"\btote\b", "bowl"),  # a warehouse's words
    (r"\b(?:waste ?paper basket|waste ?basket|wastebasket)\b", BIN),
    (rf"\bthe (block|bowl|cube|brick|dish)(s?) ({_COLOUR})\b(?! (?:blocks?|bowls?|ones?|cubes?)\b)", r"the \3 \1\2"),  # a learner's 'the block red'
    (r"\bon top from\b|\bon top(?= the \w+ (?:block|cube|one)\b)", "on top of"), (r"\binside of\b", "inside"),  # a learner's prepositions
    (r"\bupon\b", "on"), (r"\b(?:supported|held up|carried) by\b", "on"), (r"\bexcluding\b", "except"),
    (r"\b(?:waste|trash|rubbish|garbage|refuse|disposal) (?:receptacle|bin|can)\b", BIN),
    (r"\b(?:dishes|basins|baskets|containers|receptacles|vessels|cups)\b", "bowls"),
    (r"\b(?:dish|basin|basket|container|receptacle|vessel|cup)\b", "bowl"),
    (r"\b(?:trash can|trashcan|rubbish bin|garbage bin|waste bin|dust ?bin|garbage|rubbish|trash|box|tray)\b", BIN),
    (r"\b(?:tabletop|table top|workbench|bench ?top|lab bench|bench|work ?surface|worktop|kitchen counter|counter ?top|(?<=on the )counter|(?<=onto the )counter|(?<=the )(?:work ?)?station|(?<=my )(?:work ?)?station|(?<=the )(?:open|bare|free|plain|flat) table)\b", TABLE),  # a lab's 'bench', a chef's 'station', a poet's 'the bare table'
    (r"\b(?:centre|center)\b", "middle"),
    (r"\b(left|right)[ -]hand\b", r"\1"),
    (r"\bupper\b", "top"),
    # 'the lower block' is the bottom one; 'lower it into the bowl' is a verb (see the parser's VERBS).
    (r"\blower\b(?! (?:it|them|the|a|an|this|that|these|those|each|every|all|both|down)\b)", "bottom"),
    # "'s" is "is" where no owned noun follows ("which bowl's the X in", "the green one's sitting on", "X's gonna go");
    # "the robot's left" is a side.
    (r"(?<=[a-z])'s (?!(?<=robot's )(?:left|right)\b)(?!(?<=camera's )(?:left|right)\b)(?=(?:the|a|an|this|that|these|those|not|no|gonna|going|got|gotten|been|still|already|now|just|sat|stood|in|"
     r"into|on|onto|inside|under|underneath|beneath|below|above|at|by|next|near|empty|full|clear|[a-z]+ing|stacked|piled|placed|put|left|kept|set|"
     r"sat|stood|balanced|perched)\b)", " is "),
)
_SYNONYMS = tuple((re.compile(p), r) for p, r in SYNONYMS)

# Shades people name a colour by, each with the colours it may mean, the likeliest first ('sky blue' is blue or cyan).
# `shades` reads one as the single colour of those that the scene has; with two of them there, it is left unread.
SHADES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("crimson", "scarlet", "ruby", "cherry", "strawberry", "tomato", "blood", "fire engine", "fire truck", "postbox",
                     "pillar box", "ladybird", "ladybug", "maroon", "burgundy", "wine red", "blood red", "brick red"), ("red",)),
    **dict.fromkeys(("emerald", "grass", "grassy", "leafy", "lime", "forest green", "jade", "olive", "sage green", "moss", "pea green",
                     "pine green", "shamrock", "kelly green", "mint green"), ("green",)),
    **dict.fromkeys(("navy", "cobalt", "royal", "sapphire", "ocean", "denim", "cornflower", "midnight", "ultramarine"), ("blue",)),
    **dict.fromkeys(("sky", "azure", "baby blue", "powder blue", "ice blue"), ("blue", "cyan")),
    **dict.fromkeys(("lemon", "canary", "banana", "mustard", "gold", "golden", "sunflower", "buttercup", "sunshine",
                     "dandelion", "daffodil"), ("yellow",)),
    **dict.fromkeys(("honey", "saffron"), ("yellow", "orange")),
    **dict.fromkeys(("tangerine", "pumpkin", "carrot", "apricot", "copper", "mandarin", "clementine", "marmalade", "ginger"), ("orange",)),
    **dict.fromkeys(("amber",), ("orange", "yellow")), **dict.fromkeys(("peach", "coral"), ("orange", "pink")),
    **dict.fromkeys(("rust", "rusty"), ("orange", "red")),
    **dict.fromkeys(("violet", "lavender", "lilac", "plum", "aubergine", "eggplant", "grape", "amethyst", "heather", "mulberry"), ("purple",)),
    **dict.fromkeys(("mauve", "orchid"), ("purple", "pink")), **dict.fromkeys(("indigo", "periwinkle"), ("purple", "blue")),
    **dict.fromkeys(("bubblegum", "bubble gum", "rose", "rosy", "blush", "flamingo", "hot pink", "baby pink", "candy floss", "candyfloss",
                     "cotton candy", "shocking pink", "carnation", "salmon"), ("pink",)),
    **dict.fromkeys(("fuchsia", "magenta"), ("pink", "purple")), **dict.fromkeys(("raspberry",), ("pink", "red")),
    **dict.fromkeys(("aqua", "teal", "turquoise", "aquamarine", "swimming pool", "robin egg", "robin s egg"), ("cyan",)),
    **dict.fromkeys(("snowy", "snow", "ivory", "milk", "milky", "pearl", "chalk", "chalky", "eggshell"), ("white",)),
    **dict.fromkeys(("cream", "creamy", "vanilla"), ("white", "yellow")),
    **dict.fromkeys(("leaf", "pea", "fresh pea", "spring green"), ("green",)), **dict.fromkeys(("candy", "candy pink"), ("pink",)),
}
_SHADE = "|".join(sorted(map(re.escape, SHADES), key=len, reverse=True))
_SHADE_WORDS = frozenset(w for shade in SHADES for w in shade.split()[:1])  # a shade's first word, looked up before the pattern runs
_KIND = r"(?:blocks?|cubes?|bricks?|pieces?|samples?|box(?:es)?|ones?|bowls?|dish(?:es)?|cups?|basins?|containers?|vessels?|receptacles?|totes?)"
_SHADE_WORD_RE = re.compile(rf"\b(?P<shade>{_SHADE})(?:[ -](?:colou?red|colou?r|ish))?(?: (?P<colour>{_COLOUR}))?(?= (?:[a-z]+ )?{_KIND}\b)|\b(?:(?:coloured|colored) (?:like|as) (?:an? |the )?|(?:the )?colou?r of "
                            rf"(?:an? |the )?(?:ripe |fresh )?)(?P<shade2>{_SHADE})(?:s|es)?(?: (?P<colour2>{_COLOUR}))?\b|\b(?P<shade3>{_SHADE}) (?P<colour3>{_COLOUR})\b", re.IGNORECASE)


# a colour said with a tint or a suffix: 'the bright red block', 'the pale yellow one', 'the reddish cube', 'the blue-coloured bowl'
_ISH = {"reddish": "red", "bluish": "blue", "blueish": "blue", "greenish": "green", "yellowish": "yellow", "pinkish": "pink", "purplish": "purple",
        "whitish": "white", "orangish": "orange", "orangey": "orange", "orangy": "orange"}
_TINT_RE = re.compile(rf"\b(?:pure|bright|deep|dark|light|pale|vivid|rich|soft|true|plain|strong|brilliant|dazzling|dull|pastel)[ -](?P<colour>{_COLOUR})\b|"
                      rf"\b(?P<colour2>{_COLOUR})[ -]colou?red\b|\b(?P<ish>{'|'.join(_ISH)})\b", re.IGNORECASE)


_NOUN_RE = re.compile(rf"\b(put|move|take|leave|bin|stack|place|drop|set|lift|grab|throw|pick up) the ({_COLOUR})(?!(?:,? (?:and )?(?:the )?(?:{_COLOUR}))+ "
                      rf"(?:blocks|cubes)\b)(?= (?:in|into|on|onto|to|off|out|from|back|away|and|where)\b|\s*[,.;!]|$)", re.IGNORECASE)  # not 'take the red and blue blocks'


def shades(text: str, colours: set[str] | frozenset[str]) -> str:
    """'the crimson one', 'the sky blue bowl', 'the cube the colour of grass' -> the colour meant, of `colours` (those the scene
    has): the one of its colours that is there, else its likeliest; a shade two colours there could be is left as it is."""
    def colour(m: re.Match[str]) -> str:
        said = (m["colour"] or m["colour2"] or m["colour3"] or "").lower()
        shade = (m["shade"] or m["shade2"] or m["shade3"]).lower()
        meant = tuple(dict.fromkeys((said, *SHADES[shade]) if said else SHADES[shade]))
        there = [c for c in meant if c in colours]
        if said and said in colours and len(there) == 1 or len(there) == 1:
            return there[0]
        return m[0] if there else meant[0]
    text = re.sub(r"\b(colou?r(?:ed)? (?:of|like|as) )an orange\b", r"\1tangerine", _NOUN_RE.sub(r"\1 the \2 block", text), flags=re.I)  # the fruit  # 'put the yellow in the bowl closest to it': a colour said as the block
    text = _TINT_RE.sub(lambda m: _ISH.get(m["ish"].lower(), m["ish"]) if m["ish"] else m["colour"] or m["colour2"], text)  # 'bright red', 'reddish', 'blue-coloured'
    if _SHADE_WORDS.isdisjoint(re.findall(r"[a-z]+", text.lower())) or not _SHADE_WORD_RE.search(
            text := re.sub(r"(?<=[a-zA-Z])-(?=[a-zA-Z])", " ", text)):  # most requests name no shade; 'fire-engine red'
        return text
    text = re.sub(rf"\b(the|a|an) ((?:\w+ )?{_KIND}),? (?:that is |which is |that'?s |thats )?(?:the )?(?:colou?r of|colou?red like|colou?red as|in "
                  rf"the colou?r of) (?:an? |the )?(?:ripe |fresh )?({_SHADE})(?:s|es)?\b", r"\1 \3 \2", text, flags=re.I)  # 'the cube the colour of grass'
    return _SHADE_WORD_RE.sub(colour, text)


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
