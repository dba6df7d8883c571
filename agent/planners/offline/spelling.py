"""Spelling as people type it: contractions with and without the apostrophe, chat spellings ('pls', 'u', 'wanna'),
spoken fillers, and one-letter typos in the names of things ('the yelow blcok'). Read by `phrasing`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.dialects import DIALECTS
from agent.planners.offline.hands import HANDS
from agent.planners.offline.speakers import SPEAKERS
from agent.planners.offline.wishes import WISH_WORDS
from agent.planners.offline.words import FUNCTION_WORDS, KEPT_LY, KNOWN_WORDS, NOT_MOTION, VERBS
from agent.regex import rx
from sim.core.lexicon import COLOURS


# Words a typo is mended to: the names of things, which a misspelling would otherwise make 'not on the table'. A word
# the parser knows, or a common word a letter away from one ('black', 'plate', 'while'), is never changed.
_MENDED = set(COLOURS) | {"block", "blocks", "bowl", "bowls", "cube", "cubes", "table", "corner", "corners", "middle",
                          "tower", "stack", "please", "everything", "except", "same", "bottom", "left", "right"}
_KNOWN = (KNOWN_WORDS | FUNCTION_WORDS | WISH_WORDS | NOT_MOTION | KEPT_LY | {w for v in VERBS for w in v.split()}
          | {"black", "brown", "plate", "stock", "stuck", "slack", "clock", "flock", "while", "where", "there", "these",
             "those", "three", "cable", "table", "stick", "slick", "lock", "locks", "place", "plane", "pace", "bows",
             "blank", "bloke", "brock", "thigh", "tight", "light", "night", "might", "sight", "fight", "ride", "rite",
             "write", "whine", "whale", "wife", "greed", "greet", "greek", "pin", "pine", "corer", "cover", "cone",
             "tale", "tablet", "stark", "start", "stuck", "steak", "stake", "shack", "track", "truck", "tack", "tick", "very", "safe", "save", "sane",
             "towel", "power", "lower", "mower", "bowls", "bold", "bolt", "blow", "below", "bowler", "cubed", "tube",
             "smack", "snack", "slap", "came", "game", "name", "fame", "cute"})


def _near(word: str, target: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped."""
    if abs(len(word) - len(target)) > 1 or word == target:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == target[diff[1]]
                                  and word[diff[1]] == target[diff[0]])
    short, long = sorted((word, target), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


MENTION_RE = re.compile(r"(?:^|\s)@\w+[,:]?|(?:^|\s)[:;=x8]-?[dpo)(\]\[/|*3]+(?=\s|$|[.!?,])")  # '@robot put ...': whom a chat message is
# for, and a smiley (':)', ':D', 'xD'): no part of it


_SLIPS = {"anythng": "anything", "anythin": "anything", "nothng": "nothing", "evrything": "everything", "teh": "the", "hte": "the", "th": "the", "adn": "and", "nad": "and", "ot": "to", "fo": "of", "thn": "then",
          "tehn": "then", "frm": "from", "wiht": "with", "ont": "onto", "inot": "into", "pu": "put", "pls": "please", "shld": "should", "shud": "should", "wud": "would", "cud": "could",
          "whatve": "what have", "blk": "block", "blks": "blocks", "mv": "move", "thx": "thanks", "1st": "first", "2nd": "second", "wnat": "want",
          "frist": "first", "fisrt": "first", "wher": "where", "whre": "where", "taht": "that", "thta": "that", "boht": "both",
          "insted": "instead", "isntead": "instead", "whta": "what", "wat": "what", "wut": "what", "plcae": "place", "pikc": "pick", "mvoe": "move",
          "tkae": "take", "stakc": "stack", "udner": "under", "nxet": "next", "tehm": "them", "thme": "them", "rite": "right",
          "wich": "which", "whcih": "which", "leftest": "leftmost", "rightest": "rightmost", "gogo": ""}


_NOUNS = ("block", "blocks", "bowl", "bowls", "cube", "cubes", "one", "ones", "brick", "bricks")
# everyday words a letter from a colour ('fellow', 'read', 'ink', 'glue', 'write')
_LOOKALIKES = frozenset({"fable", "cable", "gable", "sable", "fellow", "mellow", "bellow", "jello", "yellows", "read", "reed", "rod", "rid", "bed", "led", "fed", "wed", "ted", "rad",
                         "ref", "rep", "pin", "ink", "pint", "wink", "link", "sink", "mink", "rink", "kink", "punk", "pine", "blur", "glue",
                         "clue", "flue", "greet", "grew", "while", "whine", "write", "whit", "whites", "purples", "greed", "breen"})


def mend_typos(text: str) -> str:
    """'put teh yelow blcok in the bowel' -> 'put the yellow block in the bowl': a slip of a small word, a word stretched
    for stress ('keeeep'), or a word of three letters or more that the parser does not know, one letter from exactly one
    name of a thing."""
    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in _SLIPS:
            return _SLIPS[word]
        if rx(r"(.)\1\1").search(word) and word not in _KNOWN and len(set(word)) > 1:  # stretched for stress: 'keeeep', 'sooo', 'nooot'
            twice, once = rx(r"(.)\1{2,}").sub(r"\1\1", word), rx(r"(.)\1{2,}").sub(r"\1", word)
            word = twice if twice in _KNOWN | _MENDED else once
        if len(word) < 3 or word in _KNOWN or word in _MENDED or (word.endswith("s") and word[:-1] in _KNOWN | _MENDED):
            return word
        if (squeezed := rx(r"(.)\1+").sub(r"\1", word)) in _MENDED:
            return squeezed  # a key held down: 'redd', 'bluee', 'binn'
        near = [t for t in _MENDED if _near(word, t) and (len(t) >= 4 or sorted(t) == sorted(word))]  # 'rde': red
        if word in _LOOKALIKES and not any(w in _NOUNS or any(_near(w, n) for n in _NOUNS) for w in rx(r"[a-z]+").findall(m.string[m.end():])[:2]):
            return word  # a word a letter from a colour is a colour only before what it colours: 'there's a good fellow' is no yellow
        return near[0] if len(near) == 1 else word
    return rx(r"[a-z]+").sub(mend, text)


def typed(text: str) -> str:
    """Stress typed into a message: an emoji or a smiley between two sentences is a full stop ('put X in W 🙂 the blue
    bowl stays empty'), a word in quotes is the word ("the 'same' colour"), and a dropped g is said ("sittin'")."""
    text = rx(r"\b([A-Za-z]{2,}?)in['\u2019](?=[\s,.!?;]|$)").sub(r"\1ing", text)  # "chillin'", "stayin'"
    text = rx(r"\s*(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+|(?<!\w)[:;=]-?[)(DPp]+)\s*(?=[A-Za-z])").sub(". ", text)
    return rx(r"(?<![\w'])'([a-z][a-z ]*?)'(?![\w'])").sub(r"\1", text)


def _unseen(m: re.Match[str]) -> str:
    """"I can't see it from here, so ...": what follows; "I can't see the white block from here, so bring it over": its
    'it' is the block."""
    named = rx(r"\bthe \w+ (?:block|cube|bowl)\b").search(m.group(1))
    return rx(r"\bit\b").sub(named.group(0), m.group(2), count=1) if named else m.group(2)

CASUAL: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(p), r) for p, r in (
    *DIALECTS,  # 'pit the wee block', '... lah', 'kindly do the needful'
    *HANDS,  # 'keep it in your hand', before 'and keep it' is dropped as filler
    (r"\b(?:precisely|strictly)(?= (?:one|two|three|four|five|a single)\b)", "exactly"),  # 'holds precisely two blocks'
    (r"\bhw\b(?= (?:many|much|come)\b)", "how"), (r"\bw(?= the\b)", "with"), (r"(?:(?<=\w) |(?<=[?.!,]) |^)n (?=(?:is|are|how|what|where|the|then|put|it|leave)\b)", lambda m: m[0][:-2] + "and "),  # a texter's
    (r"\bto{3,}\b", "too"), (r"\b(?:pls|plz|pleas|pleez|ple+a+s+e+|plea+se+|plee+se)\b", "please"), (r"\bain ?'?t\b", "is not"),  # 'every block that ain't in a bowl'
    # 'every single block', 'every last block': every one, not one
    (r"\b(every|each|any|all) (?:single|last)\b(?! one\b)", r"\1"), (r"\brly\b", "really"),
    (r"^(?:really |so |just )*(?=(?:want|need|do not want|dont want|do not need)\b)", "i "),  # 'rly want X in W'
    (r"\b(?:over |right |out |up |down )?there (?=(?:in|on|at|inside|by|near) the\b)", ""),  # 'X should be over there in W'
    (r"\bwear(?= (?:it|they|he|she|the \w+ (?:block|bowl|one)) (?:is|are|was|were|sits?|sat)\b)", "where"),
    (r"\baccept(?= (?:the|for|that|those|these|one|it)\b)", "except"),
    # texting: 'yellow n pink', 'b nice', 'match em up', 'evry', '1st', 'put red 2 the bin'
    (r"(?<=\w) n (?=\w)", " and "), (r"\bb(?= (?:nice|great|good|cool|lovely|able|done|in|on|at|there)\b)", "be"),
    (r"'?\bem\b", "them"), (r"\bcna\b", "can"), (r"\b(you|they|it)ll\b", r"\1 will"), (r"\b(it|that|you|we|they)d\b(?= (?:b|be|like|love|rather)\b)", r"\1 would"), (r"\bevry\b", "every"), (r"\bevrything\b", "everything"), (r"\b1st\b", "first"),
    (r"\b2nd\b", "second"), (r"\b3rd\b", "third"), (r"\b2(?= the\b)", "to"), (r"\bur\b", "your"),
    # a note's abbreviations: 'grn blk -> bin', '2 blks in orng bwl', 'wht -> btm right', 'blk on top of wht'
    (r"\bblks\b", "blocks"), (r"\bblk\b", "block"), (r"\bbwls\b", "bowls"), (r"\bbwl\b", "bowl"), (r"\bbtm\b", "bottom"),
    (r"\b(?:grn|gren)\b", "green"), (r"\b(?:purp|prpl|purpl)\b", "purple"), (r"\b(?:pnk)\b", "pink"), (r"\b(?:orng|orang|ornge)\b", "orange"),
    (r"\b(?:wht|whte)\b", "white"), (r"\b(?:ylw|yllw|yel|yelo)\b", "yellow"), (r"\b(?:blu)\b", "blue"), (r"\b(?:cyn)\b", "cyan"),
    (r"\b(?:to|at|@|in) mid\b|\b(?<=-> )mid\b", " to the middle"),
    (r"\b(?:k|kk)(?= (?:thanks|thx|ty)\b|\s*$)", " "), (r"\b(?:u|ya|yah)\b(?! (?:turn|shape|bend))", "you"),
    (r"\bwanna\b", "want to"), (r"\bgonna\b", "going to"), (r"\b(i|you|we|they) gotta\b", r"\1 have to"),
    (r"\bgotta\b", "has to"), (r"\bshd\b", "should"), (r"\bthanks you\b", "thank you"), (r"\blemme\b", "let me"), (r"\bgimme\b", "give me"), (r"\boutta\b", "out of"), (r"\boughta\b|\bought to\b", "should"), (r"\b(should|must|can|may|will)( not)? (?:rest|sit|stand|lie|perch)(?= (?:on|in|inside|on top of)\b)", r"\1\2 be"),
    (r"\b(put|need|want|move|get|bin|throw|toss|chuck|grab|take|pick) like (?=(?:one|two|three|four|five) (?:blocks?|of (?:them|the blocks))\b)", r"\1 "),  # a student's 'can u put like three blocks in the bin?'
    (r"\bkinda\b", "kind of"), (r"\b(?:cuz|coz|cos)\b", "because"), (r"\bthx\b", "thanks"), (r"\bgr8\b", "great"),
    (r"\bs'?posed\b", "supposed"), (r"\b(set|put|lay|pop|plonk|drop) 'er\b", r"\1 it"), (r"\bfust\b", "first"), (r"\bgit (?=the\b)", "get "),  # a cowboy's
    (r"^(?:is not|there is not) nothing (?=(?:supposed|meant|allowed|going to|to be|sitting|on|in|should|must|may|can)\b)", "nothing "),  # "Ain't nothin' s'posed to be ..."
    (r"\b(need|needs|has|have|got|wants?|ought|going) 2 b(?:e)?\b", r"\1 to be"), (r"\ban'(?=\s)", "and"),  # 'X needs 2 b on Y', a pirate's 'an''
    # verbs said loosely: 'kick it out', 'run it over to the middle', 'weed out everything but X', "don't move it a foot"
    (r"\b(?:kick|boot|turf) (it|them) out\b", r"take \1 out"), (r"\brun (it|them) (?:over |across |down )?(?=(?:to|into|in)\b)", r"move \1 "), (r"\bweed out\b", "bin"),
    (r"\b(block|one) (?:growing|planted|sprouting|rooted) (?=(?:closest|nearest|furthest|farthest|next)\b)", r"\1 "),  # a gardener's 'the block growing closest to ...'
    (r"\b((?:do not|don t|don't|never) (?:move|budge|shift) (?:it|them))(?: (?:a|one) (?:foot|inch|millimetre|millimeter|hair|jot|smidge)| an inch)\b", r"\1"),
    # contractions typed without the apostrophe ('its' stays: it is also the possessive)
    (r"\bcant\b", "can not"), (r"\bdont\b", "do not"), (r"\bwont\b", "will not"), (r"\bisnt\b", "is not"),
    (r"\barent\b", "are not"), (r"\bdoesnt\b", "does not"), (r"\bshouldnt\b", "should not"), (r"\bim\b", "i am"),
    (r"\bwheres\b", "where is"), (r"\bwhats\b", "what is"), (r"\bthats\b", "that is"), (r"\btheres\b", "there is"),
    (r"\b(you|they)(ve|re)\b|\b(we)(ve)\b", lambda m: (m.group(1) or m.group(3)) + {"ve": " have", "re": " are"}[m.group(2) or m.group(4)]), (r"\bive\b", "i have"),
    (r"\b(did|could|would|has|have|was|were|must)nt\b", r"\1 not"), (r"^lets\b", "let us"),
    (r"(?<=\w )r(?= (?:in|on|at|there|inside|left|still|not|the|any|all|both|my|those|these|they|you|we)\b)|^r(?= (?:there|any|the|all|both|they|you|we)\b)", "are"), (r"\bid\b(?=(?: really| much| so| quite)? (?:like|love|prefer|rather))", "i would"),
    (r"\bwere (?=(?:good|done|all set|finished|sorted)\W*$)", "we are "),  # '... and then were good'
    (r"\bwith just (?=the \w+ (?:block|cube) (?:in|inside) it\b)", "with only "),  # 'W with just X in it': only X, never a filler
    (r"\bbut no (?=the \w+ (?:one|block|cube)\b)", "but not "),  # a learner's 'all blocks in bin, but no the orange one'
    (r"\bthe bowl (?:that |which )?it(?: is|'s| s) (?:sitting |lying |resting )?in\b", "its bowl"),  # 'take X out of the bowl it's in'

    # a learner's English: 'please to put X in W', 'the blocks what are in W'
    (r"\b(?:his|her)(?= (?:own )?(?:colou?r|bowl)\b)", "its"), (r"\b(not|no longer) in bowl\b", r"\1 in a bowl"), (r"\b(in|into) (bowl|bin)\b(?! (?:\w+ )?(?:block|cube))", r"\1 the \2"),  # 'in bowl with his colour'
    *SPEAKERS,  # a learner's missing articles, a caller's repetitions, a German word order, trades' words
    (r"\bplease to (?=\w)", "please "), (r"^si\b(?= the )", "is"), (r"^(block|cube) (?=(?:on top of|on|under|in|inside|beneath|below) )", r"the \1 "), (r"\b(blocks?|cubes?|ones?|bowls?|everything|things?) what (?=(?:is|are|sits?|lies?|stands?)\b)",
                                          r"\1 that "),
    # spoken fillers: 'uh can you like put ...', '... so yeah', 'you know what i mean'
    (r"\b(?:yeah|yep|yup|yea|nah|yay|yippee|woo+hoo+|hooray|whee+)\b", " "), (r"\b(i|we) (would|d) so (?=like|love)", r"\1 \2 "),
    (r"\b(has|have|hold|holds|contain|contains|keep|keeps|be|is|are|see|like|want|need|leave)\s+just (?=the |one |a |an |\w+ (?:block|cube))|"
     r"([:;,-])\s*just (?=the \w+ (?:block|cube)\b)", lambda m: f"{m[1] or m[2]} only "),  # 'no more blocks in W: just X'
    (r"\bwhatevers\b", "whatever is"), (r"\brn\b", "right now"), (r"\batm\b", "at the moment"), (r"\bidc\b", "i do not care"),
    (r"[,;.]\s*(?:it s|its|it is|that s|thats|that is|they re|theyre|they are) (?:\w+ ){1,4}?(?:lol|lmao|haha+|xd)\W*$", ""),  # ', its trash loot lol': a remark
    (r"\b(?:ngl|tbh|fr|lowkey|highkey|bruh|bro|imo|imho|lol|lmao|istg|smh)\b", " "),
    (r"^(?:i can ?not|i can t|i cant|i can't) (?:really |quite )?(?:see|tell)\b([^,?]*),\s*(?:so |but )?(.*)$", _unseen),
    (r"^(\w+) please (?=the |all |every |each )", r"please \1 "),  # a learner's 'put please the X in W'
    (r"^(?:[\w ]{0,30}?)pick[- ]?(?:and|n|&)[- ]?place(?: (?:test|task|demo|run|job|trial))?\s*[:,]\s*", ""),  # 'quick pick-and-place test:'
    (r"\bthe (block|cube|bowl|one) (" + "|".join(COLOURS) + r")\b(?! (?:block|cube|bowl|one)s?\b)", r"the \2 \1"),  # 'the block blue'
    (r"^i (?:think )?(?:i )?(?:saw|noticed|spotted|remember) (?:a|an) (\w+ (?:block|bowl|cube))\b[^?]*?[,.?]+\s*(?:is there one|is it "
     r"(?:still )?there|are there any)\b", r"is there a \1"),
 (r"\byou know(?: what i mean| what(?=,| [a-z]+,))?\b", " "), (r"\bi mean\b(?!\w)", " "),
    (r",\s*like (?:one|a single) \w+ (?:per|in each|in every) (?:bowl|pot|vase|jar)\b", ", one per bowl"),  # a gardener's 'One block in each bowl, like one seedling per pot': one each
    (r",?\s*(?:just |a bit )?like (?:the|those|my) (?:\w+ ){0,3}(?:blocks|toys|bricks) (?:i|we) (?:had|used to have|played with|grew up with)\b[^,.;!?]*|,\s*the way (?:i|we|my \w+) used to\b[^.;!?]*|,\s*the way (?:snow|rain|dew|moss|a bird|birds|leaves|the sun|a cat) [^.;!?,]*|,\s*like (?!(?:the|a|an|its|their) )\w+ \w+ing (?:their|its|his|her) (?:own )?\w+(?=\s*(?:[.!;]|$))", ""),  # a grandpa's memories, a poet's images
    (r",\s*(?:just |a bit )?like (?:a|an|some|cookies|good|little|we|you|the way|(\w+) with \1)\b[^,;.!?]*|,\s*(?:just |much )?(?:the )?same as (?:a|an)\b(?![^,;.!?]*\b(?:bin|table|the \w+ bowls?|blocks?)\b)[^,;.!?]*", ""),  # ', like a steak on the board', ', same as a bulb ...'
    (r",\s*(?:as )?(?!(?:soon|well|long|far|much|many|quickly|fast|close|near|high|low|same|such|just|tall|big|full|empty)\b)[a-z]+ as (?:an? |the |some |my |fresh |freshly )?[a-z]+"
     r"(?: [a-z]+){0,4}(?=\s*(?:[,.;!]|$))|,\s*(?:just )?as (?:the |a |an |little |baby |wild |old )?[a-z]+s (?:return|go|fly|come|head|swim|flock|settle|nest|find|roost|march)\b[a-z ]*(?=\s*(?:[.;!]|$))", lambda m: m[0] if rx(r"\b(?:bin|table|corners?|middle|blocks?|cubes?|bowls?|ones?|it|them|you|i|we|can|possible|before|base|bottom|top|first|last|start|end)\b").search(m[0]) else ""),  # ', cool as a swimming pool,'
    (r"(?:^|(?<=[.!;] ))(?:like (?:goes )?with like|(\w+) with \1)\b[,.!]*\s*", ""),  # 'Like with like, chefs!', 'Blue with blue!'
    (r",?\s*\b(?<!would )(?<!i )(?<!we )(?<!you )(?<!they )(?<!d )(?:(?:the way you(?:'d| d| would)|(?:much |just )?as one (?:might|would|may)) (?=\w)|(?:(?:it is|it s|its|that is|that s|thats) )?(?:just )?(?:like|same as) (?!(?:this|that|so|before|now|usual|always|it|they|them|these|those|i|you|we)\b))(?:(?<=you'd )|(?<=you d )|(?<=would )|(?<=might )|(?<=may )|(?:an?|the|some|my|our|your|his|her) |(?=\w+ing\b)|(?=\w+(?: \w+)?(?:\s*[,.;:!?]|\s*$| (?:that|which|on|in|upon|over|onto|into|at|to|from|under|after|before|through|across)\b)))[^,.;:]+"
     r"(?:,\s*an? [^,.;:]+)*", lambda m: m[0] if rx(r"\b(?:bin|table|corners?|middle|blocks?|cubes?|" + (r"" if rx(r"\W*(?:just )?like \w+ing\b").match(m[0]) else
                                                r"(?:a|the|this|that|its|each|every|any) bowls?|") + "|".join(COLOURS) + r")\b").search(m[0]) else ""),  # a simile: 'like a crown upon a head', ', like icing on a bun', 'like lifting bulbs out of a pot' (a bowl there is the pot's)
    (r"(?:(?<=^)|(?<=\bso )|(?<=\bum )|(?<=\buh )|(?<=, ))like\b(?! (?:this|that|so|it|them)\b)", " "),
    (r"\blike(?= (?:now|right now|totally|really|literally|how|what|where|which)\b)", " "), (r"(?<!you )(?<!make it )(?<!do it )\b(?:like|so)\s*$", " "),
    (r"(?<=\w)\s*,?\s*\b(?:because|since) (?:i|we|you|it|they|that|this|those|these|there) (?:(?!,? and (?:then )?(?:move|put|place|stack|bin|"
     r"take|set|drop|throw|leave|keep)\b).)*$|(?<=\w)\s*,?\s*\b(?:because|since) (?:i|we|you|it|they|that|this|those|these|there) [^,;.]*?(?=,? and "
     r"(?:then )?(?:move|put|place|stack|bin|take|set|drop|throw|leave|keep)\b)", ""),  # a reason: '... because I've sorted those'
    (r"\s*,?\s*\b(?:that is|that s|thats|which is|it is|its|it s|they are|theyre)? ?(?:kind of |sort of |a bit |just |really )?"
     r"(?:in (?:the|my|our) way(?! of\b)(?: there| here| now)?|blocking (?:me|things|everything))\b", ""),  # "..., it's just in the way there"
    (r"\s*[,;.]?\s*\b(?:nothing else|the rest|everything else) (?:matters|is important|does not matter)\b", ""),
    (r"\s*,?\s*\bno matter what\b", ""),
    (r",?\s*\bso (?:that )?(?:the (?:two|three|four|five) of them|they|it|all of them|the blocks) (?:form|make|become|end up as|build) .*$", ""),
    (r",? but (?:it is|it s|its) (?:important|essential|crucial|vital|key)(?: that)? .*?\b(?:same|original) order\b.*$", ""),
))


CONTRACTIONS = {"i'd": "i would", "let's": "let us", "don't": "do not", "that's": "that is", "it's": "it is",
    "can't": "can not", "cannot": "can not", "i'm": "i am", "isn't": "is not", "aren't": "are not",
    "doesn't": "does not", "shouldn't": "should not", "won't": "will not", "mustn't": "must not",
    "there's": "there is", "wasn't": "was not", "weren't": "were not", "i've": "i have", "we'd": "we would",
    "it'd": "it would", "that'd": "that would", "hasn't": "has not", "haven't": "have not", "what's": "what is",
    "where's": "where is", "you're": "you are", "we're": "we are", "you've": "you have", "they're": "they are",
    "you'd": "you would", "you'll": "you will", "we'll": "we will", "it'll": "it will", "they'll": "they will",
    "i'll": "i will", "that'll": "that will", "who's": "who is", "someone's": "someone is",
    "nothing's": "nothing is", "everything's": "everything is", "something's": "something is", "anything's": "anything is"}
_SAID_IN_FULL = {"d": "would", "ve": "have", "re": "are", "ll": "will"}
CONTRACTION_RE = re.compile(r"\b(?:" + "|".join(CONTRACTIONS) + r")\b")


def uncontracted(text: str) -> str:
    """`text` (in lower case) with its contractions said in full ("isn't" -> 'is not', "the red block'd be" -> '... would be')."""
    text = rx(r"\b(robot|arm)'s(?= (?:not|going|done|finished|ready|busy|about|still|already|just|supposed|meant|able|"
              r"allowed|been|got|a|an|the|\w+ing)\b)").sub(r"\1 is", text)  # "the robot's done", not "the robot's left"
    text = CONTRACTION_RE.sub(lambda m: CONTRACTIONS[m.group(0)], text)
    return rx(r"(?<=[a-z])'(d|ve|re|ll)\b").sub(lambda m: f" {_SAID_IN_FULL[m[1]]}", text)  # "what've", "who're", "the red block'll"
