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
    "slide": "move", "push": "move", "shove": "move", "deposit": "move", "insert": "move", "stow": "move",
    "plonk": "move", "plop": "move", "nest": "move", "park": "move", "send": "move", "load": "move", "drag": "move", "position": "move", "stick": "move", "leave": "move",
    "lower": "move", "add": "move", "stash": "move", "tuck": "move", "store": "move", "give": "move", "bung": "move", "balance": "move",
    "pull": "move", "scoot": "move",
    "throw away": "bin", "throw out": "bin", "throw": "bin", "toss": "bin", "dump": "bin", "discard": "bin",
    "trash": "bin", "bin": "bin", "get rid of": "bin", "dispose of": "bin", "remove": "bin", "chuck": "bin",
    "ditch": "bin", "scrap": "bin", "junk": "bin", "stack up": "stack", "stack": "stack", "pile up": "stack", "pile": "stack", "build": "stack", "make": "stack",
    "assemble": "stack", "sort": "sort", "organise": "sort", "organize": "sort", "group": "sort",
    "match": "sort", "arrange": "move", "unstack": "unstack", "dismantle": "unstack", "take apart": "unstack",
    "knock down": "unstack", "break up": "unstack", "disassemble": "unstack", "flatten": "unstack",
    "separate": "unstack", "spread out": "unstack",
    "clear": "clear", "clean": "clear", "tidy": "clear", "empty": "clear", "declutter": "clear",
    "colour sort": "sort", "sort out": "sort", "colour match": "sort", "colour coordinate": "sort", "match up": "sort",
    "pair up": "sort", "pair": "sort", "colour code": "sort", "keep": "retain", "leavebe": "keep", "notput": "not",
    "atmost": "atmost",
}
VERB_RE = re.compile(r"^(?:" + "|".join(sorted((re.escape(v) for v in VERBS), key=len, reverse=True)) + r")\b")
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
    r"\b(?:on top of (?:each other|one another)|on each other|(?:in|into|as) (?:a|one) (?:single |big |tall )?"
    r"(?:tower|stack|pile)|a (?:single |big |tall )?(?:tower|stack|pile)(?: out)?(?: of| with| from| using)?)\b"
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
    r"will be|needs to be|goes|is|reads|like|as follows|like this|like so))+\s*(?P<body>.+)$")
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
    r"at the end|in between|between them))?$")
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
FILLER_RE = re.compile(
    r"\b(?:(?:what|all) (?:i (?:would like|want|need)|you (?:should|need to|must|have to)) (?:you )?(?:to )?do is(?: to)?|"
    r"(?:would|could|will|can) you (?:be (?:so kind|kind enough|good enough|able)(?: as)? to|possibly)|"
    r"(?:be so kind as|be kind enough) to|would it be possible(?: for you)? to|is there (?:any )?(?:way|chance) you could|"
    r"(?:i|we) (?:was|were|am|are) hoping (?:that )?you (?:could|would|might|can|will)|"
    r"(?:i|we) (?:do )?(?:hope|trust) (?:that )?you (?:could|would|might|can|will)|do you (?:think you )?(?:could|can)|are you able to|"
    r"(?:thank you|thanks)(?: (?:so|very) much| a lot| a bunch| in advance)?|"
    r"(?:sorry|excuse me|pardon me)(?: to (?:bother|trouble|interrupt|disturb) you)?(?:,? but)?|"
    r"if (?:it is|it s) not too much (?:trouble|bother|hassle|to ask)|if you (?:would|will|do not mind|dont mind)|"
    r"(?:if|when(?:ever)?) you (?:get (?:a|the) (?:sec|second|minute|moment|chance)|have (?:a |the )?(?:sec|second|minute|"
    r"moment|time|chance)|are ready)|when(?:ever)? you can|at your convenience|no rush|right away|as soon as possible|asap|real quick|instead(?! of)|as well(?! as)|"
    r"(?:can|could|shall|may|might) we(?= (?:(?:please|maybe|perhaps|possibly|just|now) )*(?:get|put|move|place|stack|set|"
    r"throw|make|build|clear|sort|empty|bring)\b)|(?:can|could|may) i (?:ask you to|get you to|have you)|"
    r"(?:can|could|may) i(?= (?:please )?get\b)|why do not (?:you|we)|how about (?:you|we)(?= \w+ )|"
    r"eventually|ultimately|(?:in|by) the (?:very )?end(?: of (?:it all|it|this|the task|the day))?(?=\s*[.!]?\s*$)|"
    r"please|kindly|could you|can you|would you(?! mind)|will you|go ahead and|i (?:want|need|expect) you to|"
    r"(?:hurry|be quick)(?: up)? and|(?:pronto|immediately|straight away|at once|on the double)(?=\s*[.!]?\s*$)|whatever (?:else )?you do|be a (?:dear|pal|love|star|sport|sweetheart) and|"
    r"(?:that |it |which )?(?:would|will) be (?:really |very |so )?(?:nice|great|good|lovely|ideal|perfect|cool|helpful|"
    r"awesome|fantastic|wonderful)(?=\s*[.!]?\s*$)|"
    r"i would like you to|i'd like you to|for (?:me|us)|ta|kind of|sort of|honestly|(?:is there )?any chance(?: that)?|now|just|also|too|carefully|quickly|gently|thanks|thank you|"
    r"if (?:that is|this is|it is) (?:ok|okay|alright|all right|fine|cool|possible)(?: with you| by you| for you)?|"
    r"if that works(?: for you)?|(?:will|would|could|can) (?:ya|you)(?=\s*[.!?]?\s*$)|(?:hey|hi|hello) there|yo|hiya|howdy|"
    r"good (?:morning|afternoon|evening|day)|greetings|"
    r"anymore|any longer|ok|okay|hey robot|hey|then you|um+|uh+|uhm|erm|er|hmm+|if you can|if you could|if possible|"
    r"if you do not mind|when you get a chance|when you have a moment|do me a favou?r and|"
    r"i was wondering if you could|is it possible to|cheers|much appreciated|that would be great|(?<!the )(?<!to )(?<!from )robot|buddy|mate|"
    r"thx|ty|really|basically|actually|maybe|at all|this mess|the mess|for good|once and for all|from now on|and keep holding it|"
    r"and hold it|and keep it|ideally|preferably|if at all possible|where possible|if you can manage it|"
    r"by any chance|ideally speaking)\b"
)
_TERSE = "|".join(COLOURS)
# Phrases said several ways, rewritten to the one way the grammar reads (after synonyms and filler).
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    (r",?\s*\b(?:any|whichever)(?: (?:one|ones|two|three|four|block|blocks))* (?:you|u) (?:like|want|choose|prefer|fancy|pick)$",
     ""),  # '..., any two you like': the choice is free
    (r"\b(any(?: (?:one|two|three|four|block|blocks))+) (?:you|u) (?:like|want|choose|prefer|fancy|pick)\b", r"\1"),
    (r"\bout of the way,?\s*(?=(?:in|into|on|onto|to|at)\b)", ""),  # 'out of the way, in the bin'
    # a terse pair: 'green block, cyan bowl' is 'put the green block in the cyan bowl'
    (rf"^(?:the )?((?:{_TERSE})(?: block| one)?),? (?:the )?((?:{_TERSE}) bowl|bin)$", r"put the \1 in the \2"),
    (rf"^(?:the )?((?:{_TERSE})(?: block| one)?),? (?:the )?((?:{_TERSE}) block|table)$", r"put the \1 on the \2"),
    (r"\b(a|one) (tower|stack|pile) of (two|three|four|five|six)(?: blocks| cubes)?\b", r"\1 \3 block \2"),  # 'a stack of three'
    (r"\b(nearest|closest|furthest|farthest) away from\b", r"\1 from"),  # 'the cube furthest away from the robot'
    # a trailing condition that only restricts ('into the bowl of its colour, if there is one'): the blocks without
    # such a bowl stay where they are (see `placing.into_matching`); a named target that is not there is still refused
    ((r",?\s*\b(?:if|where|when|whenever|wherever|in case) (?:there is|there s|there are|it has|they have|one exists|"
     r"such a bowl exists|there is such a bowl)(?: one| any| a match| a matching (?:one|bowl)| such a bowl)?(?: for (?:it|them|each))?$"
     r"|,?\s*\b(?:if|where|when|whenever|wherever) (?:any|a match exists|it matches|they match|there is a match|"
     r"there is a matching (?:one|bowl)|it can be matched|matched|you can|possible|it is possible)$"), ""),
    (r"\bno longer\b", "not"),
    (r"\b(?:would|will|might) (?:look|be|fit|sit|do) (?:much |a lot |so much )?(?:better|best|nicer|happier)(?: off)? (?=(?:in|on|at|into|onto|inside)\b)",
     "should be "),  # 'X would look better in the bowl': a wish for where X goes
    (r"\b(?:wants?|needs?|would like|would love|likes?|is meant|are meant|is supposed|are supposed) to (?=(?:be|go|sit|end up|live)\b)",
     "should "),  # 'the red block wants to be in the bowl'
    (r"\bthe (?:whole )?lot\b", "all the blocks"), (r"\b(?:the )?(\w+ (?:block|one))(?:'s|s|') (nearest|closest|furthest|farthest) "
                                                     r"(?:neighbou?r|block|one)\b", r"the block \2 the \1"),
    (r",? and so (?:does|do|should|must|will|can|is|are) (.+?)(?: too| as well)?$", r" and \1"),  # 'X goes in W, and so does Y'
    (r"\b(?:top|finish|cap|round) (?:it|that|this|them|the (?:tower|stack|pile))(?: off)? with (.+)$", r"put \1 on top of it"),
    (r",?\s*\b(?:(?:i|we) do not (?:care|mind) (?:where|which(?: one| bowl)?)|(?:anywhere|any (?:bowl|spot|place|corner|one))(?: is|'s| s)? (?:fine|ok|okay|good)|wherever(?: you like)?)\s*$", ""),  # 'X should no longer be in there'
    (r"\b(?:exactly|just|right|precisely) (?=where (?:it|they) (?:is|are|was|were|stands?|sits?)\b|as (?:it is|they are|is)\b)", ""),
    (r"\bwhichever\b", "the"),  # 'to whichever bowl is furthest to the right'
    (r"\b(?:directly|(?<!the )right|immediately|straight) (?=(?:under|underneath|beneath|below|on top of|above|atop)\b)", ""),
    # 'the block (that is) furthest to the left' -> 'the leftmost block' (not 'the block nearest the left bowl')
    ((r"\b(block|blocks|bowl|bowls|one|ones)(?: that| which)?(?: is| are)? (?:the )?(?:furthest|farthest|most|nearest|"
      r"closest)(?: over)?(?: to(?:wards?)?| on)?(?: the)? (left|right)(?: side| edge| end)?\b"
      r"(?!\s+(?:bowls?|blocks?|ones?|corners?|top|bottom)\b)"), r"\2most \1"),
    # 'the second block from the left' -> 'the second leftmost block'
    ((r"\b(first|second|third|fourth|fifth)( block| bowl| one)? (?:(?:counting )?from|in from) the (left|right)"
      r"(?: side| end| edge)?\b"), r"\1 \3most\2"),
    ((r"\b(at most|no more than|not more than|a maximum of|max(?:imum)?) (?:of )?(one|two|three|a|a single)(?: blocks?)? "
      r"(?:per|for each|for every|in each|in every|in any) bowl\b"), r"\1 \2 block in every bowl"),  # a limit, not a count
    (r"\b(?:a|an|single) ((?:block )?(?:per|for each|for every) (?:bowl|corner))\b", r"one \1"),
    (r"\b(one|two|three|four)(?: blocks?)? (?:per|for each|for every) (bowl|corner)\b", r"exactly \1 block in every \2"),
))
LEAD_FILLER_RE = re.compile(r"^(?:(?:(?:there are |in |do (?:this |it )?in |do |it takes |i have |i ve got |here are )?(?:two|three|four|five|"
                            r"a few|a couple of|several|the following) (?:steps|things|parts|moves|tasks|jobs|"
                            r"instructions)(?: for you)?(?: to do)?(?: (?:are|follow|now))?|(?:here is|here s) (?:what to do|the plan)|"
                            r"do the following|(?:(?:here is |here s )?(?:the|my) )?plan(?: is)?(?= ?[,.;])|step by step|"
                            r"(?:do )?(?:these|the following)(?: two| three| four| five)? (?:things|steps)|"
                            r"step (?:one|two|three|four|five|six|1|2|3|4|5|6)|(?:do (?:these|this|them|the following)(?: things| steps)? )?in (?:this |that |the given )?order|(?:second|third|fourth)(?:ly)?(?= ?[,.;])|"
                            r"well done|nicely done|so|well|right|alright|all right|oh|hi|hello|now then|and|first of all|go on|come on|"
                            r"next up|up next|first up|"
                            r"let us(?! have| see)|next|now|(?:very |really )?(?:good|great|nice) (?:job|work|one)|"
                            r"great|good|nice|perfect|cool|awesome|excellent|lovely|brilliant|fantastic|super|"
                            r"that (?:is|was) (?:great|good|perfect)|(?:in )?(?:the )?(?:final|end|goal|target|desired) (?:state|result|configuration|"
                            r"arrangement|layout|outcome|setup|picture)(?: (?:is|should be|will be|wanted|(?:should |must |will )?"
                            r"(?:have|has|show|shows)|(?:should )?looks? like))?|(?:my |the |our )?(?:goal|target|objective|aim|task)(?= ?[,.;])|"
                            # the outcome framing of a goal: 'by the end, X should be in Y', 'when you are done, ...'
                            r"(?:by|at|in) the (?:very )?end(?: of (?:it all|it|this|the task|the day))?|eventually|"
                            r"ultimately|when all is said and done|(?:when|once|after|by the time) (?:you are|you have|"
                            r"you re|you ve|we are|it is|everything is|all is) (?:all )?(?:done|finished|through)"
                            r"(?: with (?:it|this|everything))?)\b[,.;]?\s*)+")
WANT_RE = re.compile(r"^(?:i(?: would|'d) like|i want|i need|make sure|ensure|let's have|let us have|have)\s+")
# Ways to say what one wants; what follows is a command, a statement or a small clause ('the red block in the bowl').
DESIRE_RE = re.compile(
    r"^(?:(?:what|all) i (?:would (?:like|love)|want|need|am after|am looking for)(?: you)?(?: to do)? is"
    r"(?: for you to| for| that| to)?|(?:please )?arrange (?:it |things )?for|"
    r"what (?:you|we) (?:should|need to|must|have to|are to) do is(?: to)?|"
    r"(?:re)?(?:build|arrange|organi[sz]e|order|set up|sort out|fix|change|move|shuffle|arrange|redo|stack|pile|put|place|"
    r"position|lay out|get|leave|do|finish|reorder|rearrange|reorgani[sz]e|restack|spread)(?: up| around| about| out)? (?:the |all the |all |"
    r"your |those |these )?(?:towers?|stacks?|piles?|blocks|cubes|things|everything|it all|them|it|table)(?: up| around| about| out)?,? "
    r"so(?: that)?|"
    r"(?:my|the|our) (?:goal|aim|wish|plan|objective|idea|intention|task|target state|job|preference) (?:is|would be)(?: for| that| to)?|"
    r"(?:i|we) (?:reckon|think|feel|guess|suppose|am after|are after)(?: that)?|(?:want|need|would like|would love) to (?:see|have)|"
    r"(?:i|we) (?:would |do |am |are |was |were |(?:am |are )?going to )?(?:like|love|prefer|want|need|wish|hope|hoping|"
    r"wishing|wanting|expect)"
    r"(?: it)?"
    r"(?: if| for| that| to have| to see)?|"
    r"i would (?:rather|sooner|much rather)(?: have| see| like)?|"
    r"(?:we|you) (?:need|want|should|must|have|can|could|may)(?: to have| to)?|make it so(?: that)?|make sure(?: that)?|"
    r"ensure(?: that)?|see to it(?: that)?|"
    r"(?:it |that )?(?:would|will|should|must) (?:be|look) (?:(?:great|nice|good|lovely|ideal|best|perfect|cool|helpful) )?"
    r"(?:if you could|if you|if|that|the case that|like|to have|to see)|i would (?:really )?appreciate(?: it)?(?: if you(?: could| would)?)?|how about(?= .+? (?:on|in|into|onto|at|inside)\b)|"
    r"i would be (?:grateful|happy|glad|thankful|pleased)(?: if you(?: could| would)?| for)?|"
    r"(?:it |that )?(?:would|will) help(?: a lot| me)? if(?: you(?: could)?)?|"
    r"(?:get|bring) (?:me |us |it |things |everything )?to (?:a|the) (?:state|point|situation|configuration|setup) "
    r"(?:where|in which|with)|reach (?:a|the) (?:state|point|situation|configuration) (?:where|in which|with)|"
    r"(?:let us|can we|could we|would you|(?:can|could|may) i|let me) have|let (?:us|me) see|(?:set|arrange|fix) (?:it|things|everything) (?:up )?so(?: that)?|"
    r"have it so(?: that)?|get it so(?: that)?|the table should look like this|in the end)\s+")
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
                      r"(?:done|finished|over|through|completed?)(?: (?:with |doing )?(?:that|this|it|the first (?:one|part|step)))?|"
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
    "tower", "towers", "stack", "pile", "else", "anything", "different", "separate", "distinct", "individual",
}
DIGIT_WORDS = {v: k for k, v in NUMBERS.items() if k not in ("single", "couple", "pair", "both")}
TOWER_WORDS = {"tower", "towers", "stack", "stacks", "pile", "piles"}
ALL_WORDS = {"all", "every", "each", "everything", "both"}


# Sentence forms, read by `forms`, `grammar` and `clause_start` below.
QUESTION_RE = re.compile(
    r"^(?:what|which|where|how|who|whose|why|when|is|are|was|were|did|has|have you|do (?:you|we|i|they|any|all)|does|"
    r"tell me|describe|list|count|see|show me what|can you see|could you see|do you see|i wonder|"
    r"(?:i would like|i want|i need|i would love) to know|let me know|name)\b"
)
WONDER_RE = re.compile(r"^(?:i wonder|(?:i|we) (?:would like|want|need|would love) to know|let me know|"  # asks, never wants
                       r"give (?:me |us )?(?:a|the) (?:count|number|tally|list|rundown|description)\b)")
MODAL = (r"(?:should|must|will|would|shall|can|could|ought to|needs? to|has to|have to|is to|are to|to|"
         r"(?:is|are) going to|(?:is|are) supposed to|(?:is|are) meant to)")
_BELONG = (rf"(?:{MODAL} )?(?:be|go|goes|belong|belongs|end up|ends up|sit|sits|stay|stays|live|lives|rest|rests|"
           r"land|lands|wind up|winds up)(?: now| from now on| in the end)?")
# A statement that names the target first ('the middle is where the red block should be', 'where the red block goes is
# the bowl', 'the place for the red block is the bowl'): `forms` reads it as 'put <subject> to <target>'.
CLEFT_RE = re.compile(
    rf"^(?P<tgt>.+?) (?:is|would be|will be|should be) (?:where|the (?:place|spot|location) (?:where )?)(?P<subj>.+?) {_BELONG}$"
    rf"|^where (?P<subj2>.+?) {_BELONG} is (?P<tgt2>.+)$"
    r"|^(?:the (?:right |proper )?(?:place|spot|home|location|destination) (?:for|of) )(?P<subj3>.+?) "
    r"(?:is|should be|will be|would be) (?P<tgt3>.+)$")
COPULA_RE = re.compile(
    rf"(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?<!\bas it )(?<!\bas they )(?<!\bwhere it )(?<!\bwhere they )"
    rf"(?<!\bthe )"  # 'the rest goes in the bin': a noun there, never the verb
    rf"\b(?:{MODAL}\s+)?(?:not\s+)?(?:all\s+|both\s+|each\s+)?"
    r"(be|is|are|was|were|get|gets|got|go|goes|went|end up|ends up|ended up|sit|sits|sat|rest|rests|lie|lies|"
    r"stand|stands|belong|belongs|land|lands|stay|stays|hop|hops|jump|jumps|head|heads|travel|travels|climb|climbs|remain|remains|live|lives|wind up|winds up|come|comes)\b(\s+not)?"
)
# What a statement's subject starts with ('the red block is ...', 'every bowl should have ...').
SUBJECT_RE = re.compile(r"^(?:the|a|an|all|every|each|both|no|none|nothing|everything|it|they|this|that|these|"
                        r"those|one|two|three|only|any|" + "|".join(COLOURS) + r")\b")
PARTICIPLE_RE = re.compile(r"^(?:being |been )?(?:placed|put|moved|set|dropped|sitting|resting|lying|standing|"
                           r"located|positioned|stored|situated|laid|kept|left|found|allowed|permitted|going)\s+")
KEEP_RE = re.compile(r"^(?:where (?:it|they) (?:is|are|was|were|stands?|sits?)|in (?:its|their) (?:current )?"
                     r"(?:place|places|spot|spots|position|positions)|in place|put|unchanged|untouched|as (?:it|they) "
                     r"(?:is|are)|as is|there|alone|still|where (?:it|they) (?:is|are) now|undisturbed|the same)$")
NEG_SUBJECT_RE = re.compile(r"^(?:no|not a single|not one|none of the|not any|zero)\s+(.*)$|^(nothing)$")
POSSESS_RE = re.compile(
    rf"^(.+?) (?:(?:{MODAL}|does|do) )?(not )?(?:has|have|gets?|got|contains?|holds?|receives?|ends? up with|keeps?|needs?|"
    r"wants?|requires?|deserves?) "
    r"(?:got )?(.+?)(?: in (?:it|them)| inside(?: (?:it|them))?| on (?:it|them)| on top(?: of (?:it|them))?)?$"
)
KEEP_VERB_RE = re.compile(
    r"^(?:do not|never|dont|not|(?:you |we )?(?:should|must|may|can) not|try not to|be careful not to|make sure not to|avoid|without) "
    r"(?:touch|touching|move|moving|disturb|disturbing|pick up|picking up|pick|picking|use|using|handle|handling|"
    r"shift|shifting|bother(?: with| about)?|worry about|deal with|care about|mess with|knock over|knock|bump|bumping|(?:lay|put|place) (?:a )?(?:finger|hand|gripper) on|"
    r"go near|interfere with|fiddle with|play with) (.+)$"
    r"|^(?:ignore|never mind|forget about|skip) (.+)$"
    r"|^(?:(?:keep|take|get) (?:your |the |my |its )?(?:hands?|gripper|fingers|claws?|paws) (?:off|away from)|hands off"
    r"|(?:stay|keep) (?:away|clear) (?:from|of)) (.+)$"
    r"|^(?:leave|keep|let) ((?:everything|all|the rest|the others|all the others|all the other blocks|the other "
    r"blocks|anything) else|the rest|the others|all the others|the other blocks)(?: alone| be| as (?:it|they) (?:is|are)|"
    r" where (?:it|they) (?:is|are)| untouched| in place)?$"
    r"|^(?:leave|keep|let) (.+?) (?:be|alone|where (?:it|they) (?:is|are)(?: now)?|as (?:it|they) (?:is|are)|"
    r"in (?:its|their) (?:current )?(?:place|places|spot|position)|in place|untouched|unchanged|as is|there|undisturbed|"
    r"out(?: of it)?)$"
)
NOT_PUT_RE = re.compile(r"^(?:do not|never|dont|not|(?:you |we )?(?:should|must|may|can) not) (?:put|place|move|drop|stack|throw|leave|set)\s+(.+)$")
PARTICIPLE_NP_RE = re.compile(r"\s+(?:moved|put|placed|taken|brought|stacked|set|dropped|thrown|carried|sitting|"
                              r"resting|lying|standing|located|kept)\s+(?=(?:on top of|onto|on|into|in|inside|to|at)\b)")
GERUND_RE = re.compile(r"^(?:(?:would you |do you |will you )?mind|how about|what about|try|start|begin|go on|continue|keep on|"
                       r"i would appreciate|consider)?\s*(\w+)ing\b")
PAST_RE = re.compile(r"^((?:the|all|every|each|both|a|an|my|everything|\w+ block|\w+ blocks)\b.*?) "
                     r"(\w+ed|put|set|thrown away|taken apart|knocked down)\b ?(.*)$")
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


def clause_start(seg: str) -> str | None:
    """'command' ('put ...', 'I want ...'), 'statement' ('the red block is ...', 'there is ...') or None."""
    if VERB_RE.match(seg) or WANT_RE.match(seg) or DESIRE_RE.match(seg):
        return "command"
    if re.match(r"^there (?:" + MODAL + r" )?(?:be|is|are)\b", seg):
        return "statement"
    m, owner = COPULA_RE.search(seg), POSSESS_RE.match(seg)
    subject = seg[: m.start()].strip() if m else owner.group(1) if owner else ""
    return "statement" if subject and SUBJECT_RE.match(subject) and not VERB_RE.match(subject) else None


def desire(text: str) -> str:
    """Drop a leading way of saying what one wants ('I want', 'my goal is that', 'make it so that')."""
    for _ in range(3):
        m = DESIRE_RE.match(text)
        if not m:
            break
        text = text[m.end():].strip()
    return re.sub(r"^to\s+", "", text)


_CASUAL = tuple((re.compile(p), r) for p, r in (
    (r"\b(?:pls|plz|pleas|pleez)\b", "please"), (r"\b(?:u|ya|yah)\b(?! (?:turn|shape|bend))", "you"),
    (r"\bwanna\b", "want to"), (r"\bgonna\b", "going to"), (r"\b(i|you|we|they) gotta\b", r"\1 have to"),
    (r"\bgotta\b", "has to"), (r"\blemme\b", "let me"), (r"\bgimme\b", "give me"), (r"\boughta\b", "ought to"),
    (r"\bkinda\b", "kind of"), (r"\bcuz\b", "because"), (r"\bthx\b", "thanks"),
))


def clean_text(text: str) -> str:
    """Lower-case, unify synonyms and spelling, drop politeness; keep , . ; for splitting."""
    t = re.sub(r"\s*(?:->|=>|-->|\u2192)\s*", " to ", text.lower().replace("\u2019", "'")).replace("-", " ")
    t = t.replace(":", ",")
    for short, full in (("i'd", "i would"), ("let's", "let us"), ("don't", "do not"), ("that's", "that is"),
                        ("it's", "it is"), ("can't", "can not"), ("cannot", "can not"), ("i'm", "i am"), ("isn't", "is not"),
                        ("aren't", "are not"), ("doesn't", "does not"), ("shouldn't", "should not"),
                        ("won't", "will not"), ("mustn't", "must not"), ("there's", "there is"),
                        ("wasn't", "was not"), ("weren't", "were not"), ("i've", "i have"), ("we'd", "we would"),
                        ("it'd", "it would"), ("that'd", "that would"), ("hasn't", "has not"),
                        ("haven't", "have not"), ("what's", "what is"), ("where's", "where is"), ("you're", "you are"),
                        ("we're", "we are"), ("you've", "you have"), ("they're", "they are"), ("let's", "let us"), ("you'd", "you would")):
        t = re.sub(rf"\b{short}\b", full, t)
    t = re.sub(r"[^a-z0-9,.;' ]+", " ", t)
    for short, full in _CASUAL:  # chat spellings: 'pls', 'u', 'wanna', 'gotta'
        t = re.sub(short, full, t)
    t = unify(t)
    t = re.sub(r"(?<!block )(?<!bowl )\b(\d+)\b", lambda m: DIGIT_WORDS.get(int(m.group(1)), m.group(1)), t)
    t = re.sub(r"\b(?:a couple of|a pair of)\b", "two", t)
    t = FILLER_RE.sub(" ", t)
    for pattern, repl in PHRASES:
        t = pattern.sub(repl, t)
    t = t.replace("'", " '").replace(" 's", "").replace(" '", "")
    t = LEAD_FILLER_RE.sub("", re.sub(r"\s+", " ", t).strip(" ,."))
    t = re.sub(r"^(\w+) (?:me|us) (?!up\b)", lambda m: m.group(1) + " " if VERB_RE.fullmatch(m.group(1)) else m.group(0), t)
    lead = re.match(r"^(?:only|simply|go|go and|come and|come on and|i said|like i said|as i said),? ", t)
    return t[lead.end():] if lead and VERB_RE.match(t[lead.end():]) else t
