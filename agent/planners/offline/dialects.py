"""English as it is spoken around the world, said in the words the reader knows: Scots ('pit the wee block oot o' the
bowl', 'dinnae', 'tak'), Irish ('would you ever ...', "don't be touching", '..., so it is'), Australian ('chuck it in,
no worries, mate', 'reckon I'd like'), Indian ('kindly do the needful', 'each and every', '... and revert', 'is matching
with', 'on the table itself', 'as it is only'), Singaporean ('... lah', '... can?', 'W got how many blocks inside ah?',
'the other ones don't touch'), Nigerian ('abeg'), rural English ('them blocks', 'sittin', 'ye got'). Read among the first of `spelling.CASUAL`'s rules, before typos are
mended (so 'pit' is not taken for a typo)."""

from __future__ import annotations

_THING = r"(the (?:\w+ )?(?:block|bowl|cube)s?|the (?:other )?ones?|the rest(?: of the blocks)?|every (?:block|one)|all the blocks|it|them)"

DIALECTS: tuple[tuple[str, str], ...] = (
    # Scots
    (r"\b(?:pit|pits)\b(?= (?:the|it|them|a|all|every|each|two|three)\b)", "put"),
    (r"\btak\b", "take"),
    (r"(?<!atop )\bo'(?= )", "of"),
    (r"\bwee (?=(?:\w+ )?(?:block|blocks|one|ones|bowl|cube)\b)", ""),
    (r"\bdinnae\b|\bdinna\b", "do not"),
    (r"\boot\b", "out"), (r"\bintae\b|\bintil\b", "into"), (r"\bontae\b", "onto"), (r"\bfrae\b", "from"), (r"\baff\b", "off"),
    (r",?\s*(?:would|will|could) ye\b\W*$|,?\s*\baye\b(?:\W*$|(?=\s*[.;!]))|^aye,?\s*", ""), (r"\b(could|would|can|will|do|did|have|are) ye\b", r"\1 you"), (r"\bwhaur\b", "where"),
    (r",?\s*(?:d'?ye|do ye|d ye|you) ken\b\W*$|,\s*ken\b,?", ""), (r"[.;,]\s*it(?:'s| s| is) no right (?:where it is|there|like that)\W*$", ""),  # '..., ken. It's no right where it is.'
    # a sailor's: 'atop o' that, matey', 'What be sittin' in W?', 'Don't ye lay a finger on X', 'over the side into the bin'
    (r"\batop o'\s*", "atop "), (r"\bo'\s*(?=that|the|it|them)\b", "of "), (r"\bwhat be\b", "what is"), (r"\b(?:lay|put) a finger on\b", "touch"), (r"\bover the side (?=into\b|in\b)", ""),
    (r"\b(do not|don'?t|dont) ye\b", r"\1"), (r",?\s*\b(?:matey|me hearties|me hearty|shipmate)\b(?=\s*[,.!?]|\s*$)|^(?:ahoy|avast)(?: there)?,?\s*", ""),
    # Irish
    (r"^(?:would|will) you ever\b", "please"),
    (r",?\s*\bgrand\W*$|,?\s*\bso (?:it|they) (?:is|are|will|do)\W*$", ""),
    (r"\bdo not be (\w+)ing\b", r"do not \1"),  # "don't be touching the pink block" (contractions are said in full by now)
    (r",?\s*sure (?:that one|it)(?:'s| is) grand where it is\b", ", and leave it where it is"),
    (r"(?:,\s*|\s+)(?<!make )(?<!be )(?<!making )\bsure (?:it|the \w+ bowl)(?:'s| is) empty\W*$", ""),
    # Australian
    (r",?\s*\bif (?:that|it)(?:'s| is| s) no worries\b", ""),
    (r",?\s*\b(?:no worries|mate|cheers mate|too easy|she'll be right)\b\W*(?=,|$)", ""),
    (r"^(?:i )?reckon (?=i'd|i would|i want|you could|you can)", ""),
    # Indian
    (r",?\s*\b(?:and )?(?:please )?(?:do the needful|revert(?: back)?(?: once (?:done|it is done))?)\b", ""),
    (r"\beach and every\b", "every"),
    (r"\b(?:is|are) matching with\b", "matches"),
    (r"\b(on the table|in the bin|in the \w+ bowl|where it is|as it is) (?:itself|only)\b", r"\1"),
    (r"\b(remains?|stays?) as it is only\b", r"\1 where it is"),
    # Singaporean and Malaysian
    (r",?\s*\b(?:lah|leh|lor|meh|hor|ah)\b", ""), (r"\b(the \w+ block) (?:also |too )?(?:the )?same (bowl|corner|place)\b", r"\1 in the same \2"),
    (r",?\s*(?<!you )(?<!i )(?<!we )(?<!they )\bcan\s*\?*\s*$", ""),
    (r"\b(?:stacked|on top) one\b", "stacked"),
    (r"^(the \w+ bowl) (?:got|has) how many blocks (?:inside|in it)\b", r"how many blocks are in \1"),
    (rf"^{_THING} do not touch\b", r"do not touch \1"),
    (rf",?\s*{_THING} do not touch\b", r", do not touch \1"),
    (r"(\b(?:take|get|lift|pick|remove)\b[^,.;]*?) and put (?=(?:on|in|into|inside|onto) the\b)", r"\1 and put it "),  # 'take X out and put on the table'
    (r"^(the blocks? [\w ]+?),? all (throw|put|bin|move) (into|in|on|onto) ", r"\2 all \1 \3 "),
    (r"^whichever block (?:got|has) (?:a )?bowl (?:the )?same colou?r,? put (?:inside|in|into) that bowl\b",
     "put every block that has a bowl of the same colour in that bowl"),
    (r"^(all the blocks [\w ]+?),? take (?:down|off) and put (on|in|into) ", r"take \1 off and put them \2 "),
    # rural English: 'how many blocks ye got', "what's sittin in W", 'them blocks', 'that'n'
    (r"\b(?:ye|ya|yer) got\b", "have you got"), (r"\b(sitt|rest|stand|ly|putt|tak|mov|stack|gett|chill|someth|anyth|noth|everyth|look|go|hang|sort)in(?:'|\b)", r"\1ing"),
    (r"\b(blocks?|ones?|cubes?) (?:sat|stood|sat there|stood there) (?=(?:on|in|inside|at|on top of) )", r"\1 sitting "),  # British 'every block sat on the table'
    (r"\b(bowls?|blocks?|ones?|cubes?) what (?=(?:matches|match|is|are|has|have|goes|go|sits|fits)\b)", r"\1 that "),  # a Londoner's 'the bowl what matches it'
    (r"\bsort (them|'em|em|it|these|those|the blocks|all the blocks|everything|the lot) out\b", r"sort \1"),  # 'sort 'em out by colour'
    (r",\s*(in|into|on|onto) (it|there|the \w+ bowl|the bin) (goes|go)\b", r" \3 \1 \2"),  # 'Any block that's got a bowl the same colour, in it goes.'
    (r"\b(they|you|we) r\b", r"\1 are"),  # a texter's 'where they r'
    (r"(?:^|(?<=[.;] ))(?:that|this) (block|one|cube)(?= (?:sat|sitting|resting|perched|lying|stood|standing) (?:on top of|on|in|inside|under|underneath) the )", r"the \1"),  # 'That block sat on top of X, shift it ...'
    (r"\bthem (?=blocks\b|ones\b|cubes\b)", "the "), (r"\b(?:'cept|cept|ceptin|exceptin)\b", "except"),
    (r"(?:^|(?<=, )|(?<=[.;] ))(?:i )?reckon (?:you|ya|u) (?:could|can|might)\b", "could you"), (r",?\s*(?:i )?reckon i(?:'ll| ll| will) (?:hang on to|keep|hold on to|hang onto) (?:that one|it|them)\W*$", ""),
    (r"^((?:them |the )(?:\w+ )?(?:blocks?|ones?)[^,.;]*?) (?:are|is) (?:just )?(?:junk|rubbish|trash|garbage|no good|useless),\s*", r"\1, "),  # 'them blocks on the table are junk, ...'
    (r"\btook (?=out\b|off\b|away\b)", "taken "), (r"\bthat'?n\b", "that one"),
    # Nigerian and West African
    (r"^abeg,?\s*", "please "),
    (r",?\s*\b(?:abeg|sha|o)\W*$", ""),
)
