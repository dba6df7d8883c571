"""The offline parser's word tables: verbs, prepositions, number words and regexes over words.

Synonyms of object and target names ("cube" is a block, "trash" the bin) are not here: they
live in `sim.core.lexicon`, which `phrasing.clean_text` applies through `unify`. This module is the
bottom layer of the parser; it imports nothing from the other parser modules.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TypeVar

from agent.regex import rx
from sim.core.lexicon import COLOURS

T = TypeVar("T")

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "single": 1, "couple": 2, "pair": 2, "both": 2}

# verb phrase -> action. "move" actions need a target; "hold"/"bin" ones have a default.
VERBS: dict[str, str] = {
    "pick up": "hold", "pick": "hold", "grab": "hold", "grasp": "hold", "lift": "hold", "hold": "hold",
    "take": "hold", "get": "hold", "fetch": "hold", "fish": "hold",
    "put": "move", "place": "move", "gather": "move", "collect": "move", "move": "move", "set": "move", "drop": "move", "bring": "move",
    "transfer": "move", "carry": "move", "lay": "move", "shift": "move", "relocate": "move", "pop": "move",
    "slide": "move", "push": "move", "shove": "move", "deposit": "move", "insert": "move", "stow": "move", "shelve": "move", "stage": "move",
    "plonk": "move", "plop": "move", "nest": "move", "park": "move", "send": "move", "load": "move", "drag": "move", "position": "move", "stick": "move", "leave": "move",
    "rest": "move", "sit": "move", "stand": "move",
    "lower": "move", "add": "move", "stash": "move", "tuck": "move", "store": "move", "give": "move", "bung": "move", "balance": "move",
    "pull": "move", "scoot": "move", "knock": "move",
    # more verbs of putting and carrying (after VerbNet's put, put-spatial, funnel, slide, carry, send and throw classes)
    "perch": "move", "settle": "move", "situate": "move", "install": "move", "mount": "move", "plant": "move",
    "consign": "move", "assign": "move", "allocate": "move", "lodge": "move", "wedge": "move", "jam": "move", "cram": "move", "squeeze": "move", "stuff": "move",
    "shovel": "move", "scoop": "move", "sweep": "move", "roll": "move", "glide": "move", "hoist": "move",
    "heave": "move", "haul": "move", "lug": "move", "tote": "move", "schlep": "move", "tow": "move", "tug": "move",
    "nudge": "move", "flick": "move", "lob": "move", "fling": "move", "hurl": "move", "pass": "move", "hand": "move",
    "ferry": "move", "shuttle": "move", "transport": "move", "convey": "move", "deliver": "move", "return": "move",
    "reposition": "move", "rehome": "move", "shunt": "move", "dunk": "move", "chuck": "bin", "hide": "move",
    "pack": "move", "box": "move", "bag": "move", "drive": "move", "steer": "move", "guide": "move", "walk": "move",
    "swing": "move", "migrate": "move", "sling": "move", "post": "move", "dispatch": "move", "restore": "move",
    "throw away": "bin", "throw out": "bin", "throw": "bin", "toss": "bin", "dump": "bin", "discard": "bin",
    "trash": "bin", "bin": "bin", "get rid of": "bin", "dispose of": "bin", "remove": "bin",
    "ditch": "bin", "scrap": "bin", "junk": "bin", "stack up": "stack", "stack": "stack", "pile up": "stack", "pile": "stack", "build": "stack", "make": "stack",
    "assemble": "stack", "sort": "sort", "organise": "sort", "organize": "sort", "group": "sort",
    "match": "sort", "arrange": "move", "unstack": "unstack", "dismantle": "unstack", "take apart": "unstack", "split up": "unstack", "break apart": "unstack",
    "knock down": "unstack", "break up": "unstack", "disassemble": "unstack", "flatten": "unstack",
    "separate": "unstack", "spread out": "unstack",
    "clear": "clear", "clean": "clear", "unload": "clear", "tidy": "clear", "empty": "clear", "declutter": "clear",
    "colour sort": "sort", "sort out": "sort", "colour match": "sort", "colour coordinate": "sort", "match up": "sort",
    "pair up": "sort", "pair": "sort", "colour code": "sort", "keep": "retain", "leavebe": "keep", "notput": "not", "slipunder": "move", "swap": "swap", "switch": "swap",
    "exchange": "swap", "trade": "swap", "interchange": "swap",
    "atmost": "atmost", "keepapart": "keepapart", "bowlapart": "keepapart", "towerapart": "keepapart",
}
VERB_RE = re.compile(r"^(?!(?:rest|sit|stand) (?:of|is|are|should|must|can|will|go|goes|stay|stays|up)\b)(?:" + "|".join(sorted((re.escape(v) for v in VERBS), key=len, reverse=True)) + r")\b")
PREP_RE = re.compile(r"\b(on top of|onto|on to|on|into|in to|inside of|inside|in|to|at|over|atop|towards|toward|"
                     r"out of|off of|off|from)\b")
# Verbs whose destination is in the verb: a place phrase after them describes the object ('throw away the block in
# the bowl'), it is never where the block goes; and verbs that only hold: 'pick up the block on the red one'.
BIN_ONLY_VERBS = {"throw away", "throw out", "discard", "trash", "bin", "get rid of", "dispose of", "remove", "ditch", "scrap",
                  "junk"}
HOLD_ONLY_VERBS = {"pick up", "pick", "grab", "grasp", "hold"}
LOCATIVE_PREPS = {"on top of", "on", "in", "inside", "inside of", "at", "over", "atop"}  # where it is, not where to
# Prepositions that say where a block must NOT be ('take it out of the bowl'), and what they deny.
AWAY_PREPS = {"out of": "in", "off of": "on", "off": "on", "from": "in"}
EXCEPT_RE = re.compile(
    r"\b(?:except(?: for)?|excepting|but not|and not|but|other than|apart from|aside from|excluding|besides|save for|"
    r"with the exception of|barring|bar|not including|"
    r"leaving out|without)\s+"
    r"(.*?)(?=\s+\b(?:in|into|on|onto|to|at|inside|over)\b\s|,|$)"
)
# An exclusion said before its clause ('except for the red block, throw everything out'): `grammar.front_exclusion`.
LEAD_EXCEPT_RE = re.compile(r"^(?:except(?: for)?|excepting|apart from|aside from|other than|besides|save for|excluding|"
                            r"with the exception of|barring|bar|not counting|but for)\s+(.+?)\s*,\s*(.+)$")
TOWER_RE = re.compile(
    r"\b(?:on top of (?:each other|one another)|on each other|(?:in|into|as) (?:a|one) (?:single |big |tall |neat |little |nice |small )?"
    r"(?:tower|stack|pile)|(?:a|(?:just |only )?one) (?:single |big |tall )?(?:tower|stack|pile)(?: out)?(?: of| with| from| using)?)\b"
)
MATCH_RE = re.compile(
    r"\b(?:matching|same colou?r|their colou?rs?|its colou?r|corresponding|their own|its own|by colou?rs?|"
    r"according to colou?rs?|of the same colou?r|the right bowls|(?:its|their) right bowls?|their|its)\b"
)
MATCH_BOWL_RE = re.compile(
    r"\b(?:the |a |its |their )?bowls? (?:that|which|with|of) (?:has |have |is |are |matches |match |shares |share |"
    r"goes with |go with )?(?:the same|its|their|its own|their own|a matching|the matching|the right)? ?colou?rs?"
    r"(?: as (?:it|them|the blocks?|each block|that block))?"
    r"|\b(?:the |a )?bowls? (?:that|which) (?:matches|match|fits|fit|goes with|go with)(?: it| them| its colou?r)?\b"
    r"|\b(?:the |a )?bowls? whose colou?r (?:it shares|they share|matches(?: its| theirs| it| them)?|match(?:es)?|"
    r"is the same(?: as (?:its|theirs|it|them))?|is (?:its|theirs))"
    r"|\b(?:the |a )?bowls? (?:colou?red|painted) (?:like|the same as) (?:it|them|the blocks?)"
    r"|\b(?:the |a )?bowls? (?:in|of|with) (?:its|their) (?:own )?colou?rs?\b"
)
ORDER_RE = re.compile(r"\b(?:in (?:that|this|the given) order|in order|from (?:the )?bottom (?:up|to (?:the )?top)|"
                      r"bottom to top|starting (?:from|with|at) the bottom|bottom first|bottom up)\b")
# before 'the same bowl' that means one bowl for both, never the bowl said before: '... and the Y block into the same bowl'
SHARED_RE = re.compile(r"\band (?:the \w+ (?:block|one|cube)|it) (?:in|into|inside|to)$")
REVERSE_RE = re.compile(r"\b(?:from (?:the )?top (?:down|to (?:the )?bottom)|top to bottom|top first|top down)\b")
BASE_RE = re.compile(r"\bwith (?:the )?(\w+)(?: block| one)? (?:at|on|as) the (?:very )?(?:bottom|base|foundation)\b")
# A tower told as a list of its blocks ('build a tower: red, then blue, then green', 'the blue block goes at the bottom,
# with the yellow one above it and the red one on top'); read by `towers`.
_COLOUR = "|".join(COLOURS)
TOWER_HEAD_RE = re.compile(
    r"^(?:(?:build|make|create|form|assemble|stack|pile|put together|construct|erect|set up|arrange)(?: up| me)? )?"
    r"(?:a|one|the|me a|your)? ?(?:single |tall |new |little |small |big |simple )?"
    r"(?:(?P<n>two|three|four|five|six|seven|eight|nine) (?:blocks? |cubes? |levels? |storey |story |high )?)?"
    r"(?:tower|stack|pile|column)(?: of (?:blocks|cubes))?(?:,|\s+(?:with|where|so that|such that|having|of|from|using|"
    r"out of|made of|made from|consisting of|that goes|going|that is|which is|should go|should be|should read|must be|"
    r"will be|needs to be|goes|is|reads|like|as follows|like this|like so|will go|would go|is going to go|ought to go|has to go|needs to go|"
    r"(?:is |gets |will be |should be )?(?:built|made|put together)|shows?|looks like|will look like))+\s*(?P<body>.+)$")
TOWER_ALL_RE = re.compile(  # 'stack the blocks so that red is at the bottom and green at the top'
    r"^(?:stack|pile|put|place|arrange|build|order|set) (?:up )?(the blocks|all the blocks|all blocks|all of the blocks|"
    r"every block|everything|them all|all of them|them|the cubes|all the cubes|all (?:the )?(?:two|three|four|five|six|"
    r"seven|eight|nine) (?:blocks|cubes))(?: up)?(?:,? (?:so|such) (?:that )?|,? with |, )(.+)$")
TOWER_VERB_RE = re.compile(r"^(?:stack|pile|put|place|set|build|make|arrange|position)(?: up)? (?=.)")
TOWER_ITEM_RE = re.compile(
    rf"^(?:(?:and|then|next|after that|followed by|finally|lastly),? )*(?:the )?(?P<c>{_COLOUR})(?: blocks?| ones?| cubes?)?"
    r"(?:,? (?:(?:should|must|will|would|needs to|has to|can) )?"
    r"(?:is |be |go |goes |sit |sits |come |comes |sitting |placed |put |rests? |resting |stands? |standing )?"
    r"(?P<pos>(?:(?:at|on|in|as|for|to) )?(?:the )?(?:very )?(?:bottom|base|foundation|middle|center|centre|top)"
    r"(?: one| block| layer| level)?(?: of (?:the |a |that |this |your )?(?:tower|stack|pile|it|them))?|"
    r"on top(?: of (?:it|that|that one|them|those|the others|the rest|everything))?|"
    r"(?:on|onto|atop|above|over) (?:it|that|that one|them|those)|(?:down )?first|down|next|last|after that|then|"
    r"at the end|up top|up on top|in between|between them|underneath|beneath|below|lowest|lowermost|bottommost|highest|uppermost|topmost))?$")
TOWER_PAIR_RE = re.compile(  # 'green under red', 'red on blue': a pair inside a tower list
    rf"^(?:(?:and|then|but),? )*(?:the )?(?P<a>{_COLOUR})(?: block| one| cube)?(?: (?:is|goes|go|sits|sit|should be|should go|"
    r"must be|needs to be|has to be|comes))? (?P<rel>under|underneath|beneath|below|on top of|on|onto|atop|above|over) "
    rf"(?:the )?(?P<b>{_COLOUR})(?: block| one| cube)?$")
TOWER_ORDER_RE = re.compile(  # order words of a tower told as a list: bottom first unless they say top first
    r"(?:,\s*)?\b(?:in (?:that|this|the given|the same) order|in order|(?:from|starting (?:from|with|at)|beginning (?:from|with|at)) "
    r"(?:the )?(?P<from>bottom|top)(?: (?:up|upwards?|down|downwards?|to (?:the )?(?:top|bottom)))?|"
    r"(?P<ends>bottom|top) (?:to (?:the )?(?:top|bottom)|up|upwards?|down|downwards?|first)|going (?P<dir>up|down)|"
    r"(?P<dir2>upwards?|downwards?))\b,?")
TOP_RE = re.compile(r"\b(?:and|with) (?:the )?(\w+)(?: block| one)? (?:on (?:the )?(?:very )?top|at the (?:very )?top)$")
WANT_RE = re.compile(r"^(?:i(?: would|'d) like|i want|i need|make sure|ensure|let's have|let us have|have)\s+")
# Ways to say what one wants; what follows is a command, a statement or a small clause ('the red block in the bowl').
DESIRE_RE = re.compile(
    r"^(?:(?:what|all) (?:i|we|they|everyone|everybody|people|the \w+) (?:would (?:like|love)|wants?|(?:will |would )?needs?|desire|am after|are after|"
    r"am looking for)(?: you)?(?: for(?: \w+){1,3}?)?(?: to do| to see)?(?: right here| here| now| out there| over there| on the table| in the end)?,? is"
    r"(?: for you to| for| that| to see| to have| to)?|(?:please )?arrange (?:it |things )?for|"
    r"what (?:you|we) (?:should|need to|must|have to|are to|are going to|will) do (?:now |next |here )?is(?: to)?|"
    r"(?:re)?(?:build|arrange|organi[sz]e|order|set up|sort out|fix|change|move|shuffle|arrange|redo|stack|pile|put|place|"
    r"position|lay out|get|leave|do|finish|reorder|rearrange|reorgani[sz]e|restack|spread)(?: up| around| about| out)? (?:the |all the |all |"
    r"your |those |these )?(?:towers?|stacks?|piles?|blocks|cubes|things|everything|it all|them|it|table)(?: up| around| about| out)?,? "
    r"so(?: that)?|"
    r"(?:my|the|our) (?:goal|aim|wish|plan|objective|idea|intention|task|target state|job|preference) (?:is|would be)(?: for| that| to)?|"
    r"(?:i|we) (?:reckon|think|feel|guess|suppose|am after|are after)(?: that)?|(?:want|need|would like|would love) to (?:see|have)|"
    r"(?!(?:the )?(?:\w+ )?(?:blocks?|bowls?|ones?|everything|nothing|it|all|that|this|there)\b)(?:the )?(?:[a-z]+ ){0,2}?[a-z]+ "
    r"(?:wants|would like(?: to see| to have)?|is asking for|asks for|requests|expects)(?! to\b)|"
    r"(?:i|we) (?:would |do |am |are |was |were |(?:am |are )?going to )?(?:like|love|prefer|want|need|wish|hope|hoping|"
    r"wishing|wanting|expect)(?: it)?"
    r"(?: if| for| that| to have| to see)?|"
    r"i would (?:much |far |really |a lot )?(?:rather|sooner)(?: have| see| like)?|how (?:i|we) (?:would|d) (?:love|like) to (?:see|have)|"
    r"(?:we|you) (?:need|want|should|must|have|can|could|may)(?: to have| to)?|make it so(?: that)?|make sure(?: that)?|"
    r"ensure(?: that)?|see to it(?: that)?|it is (?:necessary|essential|important|vital|required) that|"
    r"(?:it |that )?(?:would|will|should|must) (?:be|look) (?:(?:great|nice|good|lovely|ideal|best|perfect|cool|helpful) )?"
    r"(?:if you could|if you|if|that|the case that|like|to have|to see)|i would (?:really )?appreciate(?: it)?(?: if you(?: could| would)?)?|how about(?= .+? (?:on|in|into|onto|at|inside)\b)|"
    r"i would be (?:grateful|happy|glad|thankful|pleased)(?: if you(?: could| would)?| for)?|"
    r"(?:it |that )?(?:would|will) help(?: a lot| me)? if(?: you(?: could)?)?|"
    r"(?:get|bring) (?:me |us |it |things |everything )?to (?:a|the) (?:state|point|situation|configuration|setup) "
    r"(?:where|in which|with)|reach (?:a|the) (?:state|point|situation|configuration) (?:where|in which|with)|"
    r"(?:let us|can we|could we|would you|(?:can|could|may) i|let me) have|let (?:us|me) see|(?:set|arrange|fix) (?:it|things|everything) (?:up )?so(?: that)?|"
    r"have it so(?: that)?|get it so(?: that)?|the table should look like this|in the end|the way (?:this|it|things|everything|the table) should (?:end up|look|be)"
    r"(?: at the end| in the end)?,? is),?\s+")
ALONG_RE = re.compile(r"^(.+?) ((?:on top of|onto|on|into|inside|in|to|at) .+?),? (?:along with|together with|as well as|"
                      r"alongside|and also|plus) (.+)$")
# 'put X in the bin, and Y (too)': a second object for a target that holds several (a bowl, the bin, the table, a place;
# never a block, where 'on X and Y' could mean a tower)
AND_TOO_RE = re.compile(r"^(.+?) ((?:into|inside|in|to|at|on|onto) (?:the )?(?:\w+ )*?(?:bowl|bin|table|corner|middle)),? "
                        r"and (?:also )?(.+)$")
GOES_RE = re.compile(r"\b(?:goes|should go|should be|needs to go|needs to be|has to go|has to be|belongs|must go|must be)\b")
STAGE_RE = re.compile(r"\s*(?:;|\.(?:\s+|$)|,?\s*\b(?:and\s+)?(?:"
                      # 'when you are done with that', 'once that has been done', 'after you have finished it'
                      r"(?:and )?(?:only )?(?:once|when|after) (?:that is|that s|this is|it is|you have finished|you are|you have|"
                      r"you ve|that has|this has|that has been|this has been|it has been|you have been|you re) "
                      r"(?:done|finished|over|through|completed?)(?: (?:with |doing )?(?:that|this|it(?! (?:should|must|is|will|needs|has|goes|can|ought|would)\b)|the first (?:one|part|step)))?|"
                      r"(?:and )?(?:as soon as|right after|straight after) (?:that is|that s|this is|it is|you are|you re) "
                      r"(?:done|finished|over|through)|(?:and )?having done (?:that|this|so)|"
                      r"then|after that|afterwards|after which|finally|"
                      r"once (?:that|this|you are done|you have done that)(?: is done)?|when (?:that is|you are) done|"
                      r"after this|(?<=,)\s*next|(?<=, )next|(?<=and )next|followed by|subsequently|lastly|last of all|"
                      r"(?<=, )(?:second|third|fourth|fifth)(?:ly)?(?= (?:the|a|an|put|move|place|stack|throw|take|bin|"
                      r"get|drop|set)\b)|"
                      r"(?:and )?(?:once|when|after) (?:you have |you ve )?(?:finished|completed) (?:that|this|it))\b,?)\s*")
# Words a noun phrase may hold besides colours and number words; any other word is not understood.
KNOWN_WORDS = set(COLOURS) | set(NUMBERS) | {
    "the", "a", "an", "of", "and", "or", "block", "blocks", "bowl", "bowls", "one", "ones", "all", "every", "each",
    "everything", "any", "some", "it", "them", "they", "that", "this", "those", "these", "rest", "remaining",
    "other", "others", "either", "same", "single", "up", "together", "its", "their", "there", "here", "other's",
    "block's", "on", "table", "top", "whole", "entire", "lot", "which", "is", "are", "thing", "things", "stuff",
    "object", "objects", "s", "still", "currently", "already", "exactly", "only", "just", "both",
    "another", "item", "items", "piece", "pieces", "at", "least", "most", "more", "than",
    "tower", "towers", "stack", "stacks", "pile", "piles", "else", "anything", "different", "separate", "distinct", "individual",
}
# Words ending in -ly that say something ('only', 'respectively', 'lastly'); any other is a manner adverb, which never
# changes the goal ('gingerly put ...'), and `phrasing.clean_text` drops it.
KEPT_LY = {"lovely", "silly", "ugly", "wobbly", "jolly", "friendly", "only", "apply", "reply", "supply", "multiply", "rely", "fly", "ally", "family", "early", "likely", "unlikely",
           "lonely", "holy", "ugly", "silly", "jelly", "belly", "rally", "tally", "july", "respectively", "alternately",
           "separately", "individually", "evenly", "equally", "partially", "partly", "mostly", "nearly", "roughly",
           "approximately", "hardly", "barely", "scarcely", "rarely", "diagonally", "singly", "jointly", "reversely",
           "inversely", "oppositely", "conversely", "randomly", "firstly", "secondly", "thirdly", "fourthly", "lastly",
           "finally", "subsequently", "exactly", "newly", "assembly", "anomaly", "monopoly", "butterfly", "bully", "imply",
           "comply", "holly", "sally", "wholly", "solely", "purely", "merely"}
# Verbs that never put a block anywhere, even told with an object and a place ('find the block in the bowl'). Any
# other verb the tables do not know, said with an object and a destination, is the caused-motion frame of English
# ('bung the block in the bin', 'wiggle it onto the red one'): it reads as 'put' (`caused_motion`).
NOT_MOTION = {"half", "find", "locate", "show", "point", "look", "check", "inspect", "examine", "see", "watch", "count",
              "describe", "identify", "photograph", "picture", "film", "scan", "detect", "spot", "notice", "name",
              "tell", "paint", "draw", "wash", "wipe", "dry", "heat", "cool", "melt", "burn", "cut", 
              "smash", "crush", "destroy", "eat", "lick", "taste", "smell", "hear", "measure", "weigh", "compare",
              "imagine", "pretend", "consider", "remember", "forget", "love", "like", "hate", "want", "need", "mind",
              "fear", "doubt", "believe", "think", "guess", "know", "say", "ask", "question", "mention", "label", "mark",
              "tag", "circle", "highlight", "rotate", "spin", "turn", "flip", "twist", "tilt", "shake", "poke", "touch",
              "open", "close", "squash", "glue", "tape", "tie", "attach", "fix", "repair", "clone", "copy",
              "duplicate", "replace", "avoid", "stop", "prevent",
              "forbid", "refuse", "deny", "search", "seek", "greet", "thank", "ignore", "skip", "dislike",
              "miss", "lose", "hit", "strike", "bump", "test", "try", "read", "write", "print"}
FUNCTION_WORDS = {"i", "you", "we", "he", "she", "me", "us", "him", "her", "my", "your", "our", "was",
                  "were", "be", "been", "am", "do", "does", "did", "done", "have", "has", "had", "can", "could", "would",
                  "will", "shall", "should", "must", "may", "might", "let", "what", "where", "how", "who",
                  "why", "when", "if", "whether", "not", "no", "never", "dont", "then", "first", "next", "also", "but",
                  "so", "as", "in", "into", "onto", "to", "for", "from", "with", "without", "by", "off", "out",
                  "over", "again", "once", "while", "before", "after", "until", "unless", "because", "since", "now"}
_CAUSED_MOTION_RE = re.compile(
    rf"^(?P<verb>[a-z]+) (?=(?:it|them|everything|anything|whatever|(?:the|a|an|this|that|these|those|all|every|each|both|{_COLOUR})\b"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|should|must|will|would|can|could|be|been|do|does|did)\b).)*?) "
    r"(?:(?:over|across|back|along|down|up|out|away) )?(?:into|onto|on top of|on to|in to|inside|in|on|to|atop|towards?)\b)")
_VERB_HEADS = {v for v in VERBS if " " not in v}  # a verb of the tables: read as itself, never as caused motion


def caused_motion(text: str) -> str | None:
    """'bung the block in the bin' -> 'put the block in the bin': a verb the tables do not know, said with an object
    and a destination, is a verb of putting (English's caused-motion frame); None for any other text."""
    m = _CAUSED_MOTION_RE.match(text)
    if m is None:
        return None
    verb = m.group("verb")
    if (verb in KNOWN_WORDS or verb in NOT_MOTION or verb in FUNCTION_WORDS or verb.endswith(("ly", "ing"))
            or verb in _VERB_HEADS):
        return None
    return "put " + text[m.end():]


# a verb's -ing form, as said in 'keep taking blocks ...' and 'swapping X with Y': the verb
GERUNDS = {"taking": "take", "putting": "put", "moving": "move", "lifting": "lift", "dropping": "drop", "binning": "bin", "clearing": "clear",
           "filling": "fill", "throwing": "throw", "stacking": "stack", "adding": "add", "removing": "remove", "placing": "place", "setting": "set",
           "carrying": "carry", "pulling": "pull", "tossing": "toss", "transferring": "transfer", "emptying": "empty", "picking": "pick",
           "getting": "get", "grabbing": "grab", "shifting": "shift", "bringing": "bring", "dumping": "dump", "piling": "pile", "sorting": "sort",
           "matching": "match", "unstacking": "unstack", "sliding": "slide", "chucking": "chuck", "popping": "pop", "loading": "load",
           "sending": "send", "swapping": "swap", "switching": "switch", "trading": "trade", "exchanging": "exchange", "reversing": "reverse",
           "flipping": "flip", "turning": "turn", "slipping": "slip", "tucking": "tuck", "doing": "do"}

_IRREGULAR = {"thrown": "throw", "threw": "throw", "taken": "take", "took": "take", "brought": "bring", "stuck": "stick",
              "got": "get", "gotten": "get", "sent": "send", "laid": "lay", "held": "hold", "stood": "stand", "sat": "sit",
              "put": "put", "set": "set", "knocked down": "knock down", "thrown away": "throw away",
              "taken apart": "take apart"}


def base_verb(word: str) -> str | None:
    """'binned' -> 'bin', 'thrown away' -> 'throw away', 'tossed' -> 'toss': the verb a past form is of, when the
    tables know it; None otherwise."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    stems = [word[:-2], word[:-1], word[:-3] + "y", word[:-3]] if word.endswith("ed") else []
    return next((v for v in stems if VERB_RE.fullmatch(v)), None)


def verb_of(word: str) -> str | None:
    """'lifts' -> 'lift', 'empties' -> 'empty', 'tossed' -> 'toss', 'put' -> 'put': a verb the tables know, in any
    person or tense; None for any other word."""
    forms = (word, word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else "")
    return next((w for w in forms if w and VERB_RE.fullmatch(w)), None) or base_verb(word)


_MEMOS: list = []


def per_parse(f: Callable[[str], T]) -> Callable[[str], T]:
    """Remember `f`'s result for each text until `forget()`: one parse reads the same clause in several places, so a
    pure function of the text is worked out once per parse (and never carried from one parse to the next)."""
    memo = functools.lru_cache(maxsize=256)(f)
    _MEMOS.append(memo)
    return memo  # type: ignore[return-value]


def forget() -> None:
    """Start a new parse: drop what `per_parse` functions remembered."""
    for memo in _MEMOS:
        memo.cache_clear()


DIGIT_WORDS = {v: k for k, v in NUMBERS.items() if k not in ("single", "couple", "pair", "both")}
TOWER_WORDS = {"tower", "towers", "stack", "stacks", "pile", "piles"}
ALL_WORDS = {"all", "every", "each", "everything", "both"}


# Sentence forms, read by `forms`, `grammar` and `clause_start` below.
NOT_COMPARED = r"(?![^?]*\b(?:(?:is|should be|must be|will be) (?:the same as|equal to)|(?:should|must) (?:equal|match)|equals|matches)\b)"  # a goal: 'the number in W equals the number in V'
QUESTION_RE = re.compile(
    r"^(?:what|which|where|how|who|whose|why|when|is|are|was|were|did|has|have you|do (?:you|we|i|they|any|all)|does|"
    r"tell (?:me|us|(?:[a-z]+ ){1,3}?(?=(?:what|where|which|how|whether|if)\b))|describe|list|count|see|report|show me what|can you see|could you see|do you see|i wonder|"
    r"(?:i would like|i want|i need|i would love) to know|let me know|name|"
    r"(?:find|locate|point (?:to|at|out)|look (?:for|at)|search for|spot|show me)\b(?!.*(?:\b(?:and|then)\b|,))|"
    r"help(?: me)?$|what (?:can|do) you do|(?:the )?(?:number|count|total|tally) of" + NOT_COMPARED + "|"
    r"(?:report|say|state|check) (?=how|what|which|where|whether|if\b))\b"
)
WONDER_RE = re.compile(r"^(?:i wonder(?! (?:if|whether) you (?:could|would|might|can)(?:, [^,]{1,40},)? (?!tell|say|let)\w)|(?:make sure|confirm|verify) (?=how many|what|which|where|whether)|(?:may|can|could|might) i (?:ask|enquire|inquire)(?! (?:that|you to|for)\b)|(?:(?:maybe|perhaps) )?you could tell me|(?:could|may) i trouble you to tell me|i (?:have|ve) (?:\w+ )?lost track of|(?:report|state) (?:the )?(?:current |present |exact )?(?:location|position|whereabouts) of|(?:i|we) (?:only |really |simply )?(?:would like|want|need|would love) to know|let me know|\w+ (?:wants|would like|needs) to know|"  # asks, never wants
                       r"give (?:me |us )?(?:a|the) (?:count|number|tally|list|rundown|description)\b)")
MODAL = (r"(?:should|must|will|would|shall|can|could|may|ought to|needs? to|has to|have to|is to|are to|to|"
         r"(?:is|are) going to|(?:is|are) supposed to|(?:is|are) meant to)")
_BELONG = (rf"(?:{MODAL} )?(?:be|go|goes|belong|belongs|end up|ends up|sit|sits|stay|stays|live|lives|dwell|dwells|reside|resides|rest|rests|"
           r"land|lands|wind up|winds up)(?: now| from now on| in the end)?")
# A statement that names the target first ('the middle is where the red block should be', 'where the red block goes is
# the bowl', 'the place for the red block is the bowl'): `forms` reads it as 'put <subject> to <target>'.
CLEFT_RE = re.compile(
    rf"^(?P<tgt>.+?) (?:is|would be|will be|should be) (?:where|the (?:place|spot|location) (?:where )?)(?P<subj>.+?) {_BELONG}$"
    rf"|^where (?P<subj2>.+?) {_BELONG} is (?P<tgt2>.+)$"
    r"|^(?:the (?:right |proper )?(?:place|spot|home|location|destination) (?:for|of) )(?P<subj3>.+?) "
    r"(?:is|should be|will be|would be) (?P<tgt3>.+)$"
    r"|^(?P<tgt4>.+?) (?:is|would be|will be|should be) where (?:i|we|you) (?:would |do |really )?(?:like|want|need|prefer|"
    r"would like|would love|expect|see) (?P<subj4>.+?)(?: to (?:be|go|sit|end up))?$"
    r"|^(?P<subj5>(?:the )?\w+ (?:block|one|cube))s? (?:(?:right|proper|new|usual) )?(?:place|spot|home|location|destination|seat) "
    r"(?:is|should be|will be|would be) (?P<tgt5>.+)$")
COPULA_RE = re.compile(
    rf"(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?<!\bas it )(?<!\bas they )(?<!\bwhere it )(?<!\bwhere they )"
    rf"(?<!\bthe )"  # 'the rest goes in the bin': a noun there, never the verb
    rf"\b(?:(?:{MODAL}|does|do|did)\s+)?(?:not\s+)?(?:all\s+|both\s+|each\s+)?"
    r"(be|is|are|was|were|get|gets|got|go|goes|went|end up|ends up|ended up|sit|sits|sat|rest|rests|lie|lies|"
    r"stand|stands|belong|belongs|land|lands|stay|stays|hop|hops|jump|jumps|head|heads|travel|travels|climb|climbs|remain|remains|live|lives|dwell|dwells|reside|resides|wind up|winds up|come|comes|moves)\b(\s+not)?"
)
# What a statement's subject starts with ('the red block is ...', 'every bowl should have ...').
SUBJECT_RE = re.compile(r"^(?:the|a|an|all|every|each|both|no|none|nothing|everything|it|they|this|that|these|"
                        r"those|one|two|three|only|any|half|" + "|".join(COLOURS) + r")\b")
PARTICIPLE_RE = re.compile(r"^(?:being |been )?(?:placed|put|moved|set|dropped|sitting|resting|lying|standing|"
                           r"located|positioned|stored|situated|laid|kept|left|found|allowed|permitted|going|(?:stacked|piled|perched)(?= on\b))\s+")
KEEP_RE = re.compile(r"^(?:where (?:it|they) (?:is|are|was|were|stands?|sits?)|in (?:its|their) (?:current )?"
                     r"(?:place|places|spot|spots|position|positions)|in (?:the )?same (?:spot|place|position)|in place|put|unchanged|untouched|"
                     r"static|stationary|motionless|fixed|(?:exactly )?as (?:it|they) "
                     r"(?:is|are)|as is|intact|there|alone|still|where (?:it|they) (?:is|are) now|undisturbed|the same)$")
NEG_SUBJECT_RE = re.compile(r"^(?:no|not a single|not one|none of the|not any|zero)\s+(.*)$|^(nothing)$")
POSSESS_RE = re.compile(
    rf"^(.+?) (?:(?:{MODAL}|does|do) )?(not )?(?:has|have|gets?|got|contains?|holds?|receives?|ends? up with|(?:ends? up )?holding|keeps?|needs?|"
    r"wants?|requires?|deserves?) "
    r"(?:got )?(.+?)(?: (?:sitting|resting|lying|standing|placed|stacked|put|sat|perched))?"
    r"(?: in (?:it|them)| inside(?: (?:it|them))?| on (?:it|them)| on top(?: of (?:it|them))?)?$"
)
KEEP_VERB_RE = re.compile(
    r"^(?:do not|never|dont|not|(?:you |we )?(?:should|must|may|can) not|try not to|(?:be )?careful not to|make sure not to|avoid|without) "
    r"(?:touch|touching|move|moving|relocate|relocating|disturb|disturbing|pick up|picking up|pick|picking|use|using|handle|handling|"
    r"shift|shifting|bother(?: with| about)?|worry about|deal with|care about|mess with|knock over|knock|bump|bumping|(?:lay|put|place) (?:a )?(?:finger|hand|gripper) on|"
    r"go near|interfere with|fiddle with|play with) (.+)$"
    r"|^(?:ignore|never mind|forget about|skip) (.+)$"
    r"|^(?:(?:keep|take|get) (?:your |the |my |its )?(?:hands?|gripper|fingers|claws?|paws) (?:off|away from)|hands off"
    r"|(?:stay|keep) (?:away|clear) (?:from|of)) (.+)$"
    r"|^(?:leave|keep|let) ((?:everything|all|the rest|the others|all the others|all the other blocks|the other "
    r"blocks|anything) else|the rest|the others|all the others|the other blocks)(?: alone| be| as (?:it|they) (?:is|are)|"
    r" where (?:it|they) (?:is|are)| untouched| in place)?$"
    r"|^(?:leave|keep|let) (.+?) (?:be|alone|where (?:it|they) (?:is|are)(?: now)?|as (?:it|they) (?:is|are)|"
    r"in (?:its|their) (?:current )?(?:place|places|spot|position)|in place|untouched|unchanged|as is|there|undisturbed|intact|"
    r"(?:stand|stay|sit|remain|rest) (?:as (?:it|they) (?:is|are)|where (?:it|they) (?:is|are))|where (?:it|they) (?:sits?|stands?)|"
    r"in the same (?:spot|place|position)|"
    r"out(?: of it)?)$"
)
_NOT_PUT_VERBS = sorted([v for v, a in VERBS.items() if a == "move" and v not in ("knock", "pull", "push", "return", "restore", "give",
                         "hand", "pass", "walk", "drive", "steer", "guide", "swing", "post", "hide", "box", "bag", "pack")]
                        + ["stack", "throw"], key=len, reverse=True)  # 'do not stick X on Y': where X must not go
NOT_PUT_RE = re.compile(r"^(?:do not|never|dont|not|(?:you |we )?(?:should|must|may|can) not) (?:" + "|".join(_NOT_PUT_VERBS)
                        + r")\s+(.+)$")
PARTICIPLE_NP_RE = re.compile(r"\s+(?:moved|put|placed|taken|brought|stacked|set|dropped|thrown|carried|tipped|tossed|chucked|dumped|popped|shifted|transferred|sitting|"
                              r"resting|lying|standing|located|kept)\s+(?=(?:on top of|onto|on|into|in|inside|to|at)\b)|\s+(?:moved|taken|lifted|pulled|removed)\s+(?=(?:out of|off)\b)")
GERUND_RE = re.compile(r"^(?:(?:would you |do you |will you )?mind|how about|what about|try|start|begin|go on|continue|keep on|"
                       r"i would appreciate|consider)?\s*(\w+)ing\b")
PAST_RE = re.compile(r"^((?:the|all|every|each|both|a|an|my|everything|\w+ block|\w+ blocks)\b.*?) "
                     r"((?!red\b)\w+ed|put|set|thrown away|taken apart|knocked down)\b(?! (?:blocks?|ones?|cubes?|bowls?)\b) ?(.*)$")
NAMED = rf"(?:the )?(?:{'|'.join(COLOURS)})(?: block| one| cube)?"
_LINK = (r"(?:,? (?:which|that|and that|and it|and this|and then|then)(?: in turn)?)?(?: (?:goes|go|is|sits|sit|should be|"
         r"should go|should sit|must be|needs to be|has to be|will be|rests|stands))?")  # 'red goes on blue, which is on green'
_UP = rf"{_LINK} (?:on top of|on|onto|atop|above|over) "
_DOWN = rf"{_LINK} (?:under|underneath|beneath|below) "
CHAIN_RE = re.compile(rf"^(?:(?:stack|put|place|set|pile|build|make|arrange)\s+|(?:the )?(?:tower|stack|pile) (?:should be|is|must be|"
                      rf"will be|of|should go|goes)\s+)?({NAMED}(?:{_UP}{NAMED}){{2,}}|{NAMED}(?:{_DOWN}{NAMED}){{2,}})"
                      rf"(?: on (?:the )?table)?$")
CHAIN_SPLIT_RE = re.compile(rf"{_UP}|{_DOWN}")
PLACE_PREP_RE = re.compile(r"\b(?:on top of|onto|on to|on|into|in to|inside of|inside|in|to|at|over|atop)\b")
OPEN_RELATIVE_RE = re.compile(r"\b(?:(?:that|which|who)(?: (?:is|are|was|were|sits?|rests?|lies?|stands?))?(?: not)?|"
                              r"sitting|resting|lying|standing|located|placed)$")


@per_parse
def clause_start(seg: str) -> str | None:
    """'command' ('put ...', 'I want ...'), 'statement' ('the red block is ...', 'there is ...') or None."""
    seg = rx(r"^(?:only|just|simply) (?=\w)").sub("", seg)  # '..., only put X on Y'
    if VERB_RE.match(seg) or WANT_RE.match(seg) or DESIRE_RE.match(seg) or KEEP_VERB_RE.match(seg) or NOT_PUT_RE.match(seg):
        return "command"
    if rx(r"^there (?:" + MODAL + r" )?(?:be|is|are)\b").match(seg):
        return "statement"
    m, owner = COPULA_RE.search(seg), POSSESS_RE.match(seg)
    subject = seg[: m.start()].strip() if m else owner.group(1) if owner else ""
    return "statement" if subject and SUBJECT_RE.match(subject) and not VERB_RE.match(subject) else None
