"""Surface normalisation: one instruction -> the plain lower-case text the grammar reads.

Contractions and chat spellings expanded, synonyms unified (`sim.core.lexicon.unify`), number words,
politeness and filler dropped, phrases said several ways rewritten to the one way the grammar reads.
`clean_text` is the one entry; the word tables it leans on are in `words`.
"""

from __future__ import annotations

import re

from agent.planners.offline.words import (
    DIGIT_WORDS,
    FUNCTION_WORDS,
    KEPT_LY,
    KNOWN_WORDS,
    NOT_MOTION,
    VERB_RE,
    VERBS,
    WISH_WORDS,
)
from sim.core.lexicon import COLOURS, unify

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
_FROM = r"(?<!furthest )(?<!farthest )(?<!away )(?<!far )(?<!distant )(?<!apart )(?<!aside )(?<!different )(?<!separate )\bfrom "
_ONWARD = r"(?= (?:to|into|onto|in|on|over to|across to|inside)\b)"
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
    (r"^(?:find|locate|look for|search for|spot|grab hold of|get hold of) (.+?),? and (?:then )?(\w+(?: up| away| out)?) (?:it|them)\b",
     r"\2 \1"),  # 'find the red block and put it in the bin': the finding is how, not what
    (r"\bno longer\b", "not"),
    (r"\bwithin\b", "in"),
    (r"(?:(?:,?\s*\b(?:lol|haha|lmao|we are done|we re done|i think|i guess|i reckon|i suppose|shall we)|"
     r",\s*(?:quick|quickly|dear|sweetie|hon|honey|ok|okay|right|thanks|thank you|cheers))\b\s*)+$", ""),  # '..., we're done', 'lol'
    (r"\b(?:everyone|everybody|every one of them)\b", "every block"),
    (r"\b(left|right)(?: hand)? (top|bottom)(?= corner\b)", r"\2 \1"),  # 'the right bottom corner'
    (r"(^|, |; |\. |\bthen |\bfirst |\band )you (?=(?:put|place|move|take|stack|pick|throw|bin|grab|set|drop)\b)", r"\1"),
    (r"^first (.+?),? after(?:wards| that)?,? (?:you )?(?=(?:put|place|move|take|stack|pick|throw|bin|grab|set|drop)\b)",
     r"first \1, then "),  # 'first put X in W, after put Y on it': 'after' is 'then' once 'first' came before
    (r"(^|, |; |\. )(?:hold|keep) (.+?) (?:fixed|steady|still|in place|where (?:it|they) (?:is|are))(?=$|[,.;]| and\b)",
     r"\1leave \2 alone"),
    (r"(^|, |; |\. )(?:no stacking|nothing (?:should |must |may |can )?(?:be |is )?(?:sit(?:ting)? |rest(?:ing)? |lie |lying |stand(?:ing)? )?on (?:top of )?"
     r"anything(?: else)?)(?=$|\s*[,.;])", r"\1no block should be on another block"),  # 'nothing should be on top of anything'
    (r"\b(?:show|teach|tell) (?:me|us) how (?:to|you would|you d|you can|you could) ", ""),  # 'show me how to stack X on Y'
    (r"\b(be|is|are|go|end up) neither (?=(?:in|on|at|inside|on top of)\b)", r"not \1 "),  # 'X should be neither in W nor in V'
    (r"\b(?:every|each|all(?: the)?|the) (?:blocks?|ones?|cubes?) (?:from|of|in) (?:it|them)\b", "them"),  # 'every block from it'
    (r"\bthe (tower|stack|pile) (?:that |which )?(the \w+ (?:block|one)) (?:is|sits|stands) (?:in|part of)\b", r"the \1 with \2"),
    (r"^(the \w+ bowl) and (the \w+ bowl) (should |must |will |need to |have to |can |ought to )?(?:each|both) (.+)$",
     r"\1 \3\4 and \2 \3\4"),  # 'the white bowl and the pink bowl should each hold one block'
    (r"\b(is|are|is not|are not) (?:part of|in) (?:a|any|the|one) (?:stack|tower|pile)\b", r"\1 stacked"),
    (r"\b(every|each|all|all the|any|the) (blocks?|cubes?|ones?) (?:that|which) (?:does not|do not) (?:match|share) (?:the colou?r of )?"
     r"(?:any|a|the|one of the) bowls?(?: colou?r)?\b", r"\1 unmatched \2"),  # 'every block that does not match any bowl'
    (r"\bthe (block|one|cube) (?:that|which) match(?:es)? (?:the colou?r of )?the (\w+) bowl\b", r"the \2 block"),
    (r",?\s*\bwithout (?:using|touching|going near|putting anything in) the bin\b,?\s*", ", notput all blocks in the bin, "),
    (r"^(?:put|place|move|stick|drop|pop|set) (the \w+ (?:block|one)) (?:in|into|on|onto|at|to) [^.,;]+?[.,;\s]+(?:(?:okay|so|um|uh|"
     r"actually|no|wait|sorry|i changed my mind|on second thought|scratch that|my mistake|my bad)[.,;\s]+)+(?:it|that one|that) "
     r"(?:should go|goes|should be|needs to go|should end up) (.+?)(?: instead)?(?:,? (?:my mistake|my bad|sorry))?$",
     r"put \1 \2"),  # 'put X in W... actually no wait, I changed my mind, it should go in V instead'
    (r"\bthe (block|one|cube) (?:that |which )?((?:the )?\w+ (?:block|one|cube)) (?:is |s )?(?:sitting |resting |standing |lying |"
     r"stacked |placed |perched )?(?:on|upon|on top of|atop)\b(?! (?:the|a|an|it|that|this|top|each|one)\b)", r"the \1 under \2"),
    # 'from W to V': where the moved blocks are now, never 'apart from' or 'furthest from'
    (rf"{_FROM}(the (?:\w+ )?bowls?|the bin){_ONWARD}", r"in \1"),
    (rf"{_FROM}(the (?:\w+ )?(?:block|one)|the table){_ONWARD}", r"on \1"),
    (rf"{_FROM}(the (?:top|bottom) (?:left|right)(?: corner)?|the middle){_ONWARD}", r"at \1"),
    (r"\b(?:swap|switch|exchange|trade|interchange) (?:the )?(?:positions|places|spots|locations) of (.+?)(?: around)?$", r"swap \1"),
    (r"^(?:make |have |let )?(.+?)(?: (?:should|must|can|will|need to|have to|ought to))? (?:swap|switch|exchange|trade) "
     r"(?:places|positions|spots)(?: with each other)?$", r"swap \1"),  # 'X and Y should trade places'
    (r"^(?:the |all the |both )?(bowl|corner)s (should |must |will |need to |have to |can |ought to )?each (?=\w)", r"every \1 \2"),
    (r"(^|, |; |\. |\band )((?:everything|all|anything|the rest|the others|all the others|all other blocks)(?: else)?|"
     r"(?:the )?\w+ (?:block|blocks|one)) (?:unchanged|untouched|undisturbed|as is|stays? put|stay where (?:it|they) (?:is|are))"
     r"(?=$|[,.;]| and\b)", r"\1leave \2 alone"),  # '..., everything else unchanged'
    (r",? (?:but )?(?:do not|never|no) (?:throw|bin|trash|discard) (?:them |it |anything |any of them )?(?:away|out)?\s*$",
     ", notput all blocks in the bin"),  # 'W must be empty, no throw away': not into the bin
    (r"^for (?:each|every|all(?: the)?) (blocks?|cubes?|ones?)(?: that has| that have| with) (?:a |an |its |their )?(?:same colou?r(?:ed)?|"
     r"matching|corresponding) bowl,? (put|place|move|drop|set) (?:the |that |this |each )?(?:block|cube|one|it) (?:in|into) "
     r"(?:that|its|the matching|the same colou?r(?:ed)?|the corresponding) bowl$", r"\2 every block in its matching bowl"),
    (r"\bwere (?=(?:it|they) (?:is|are|was|were|stands?|sits?)\b)", "where "),  # 'leave X were it is'
    (r"\b(must|should|need to|needs to|has to|have to|will|can|ought to)(?= (?:in|inside|on|onto|into|at|on top of)\b)",
     r"\1 be"),  # 'X must inside W'
    (r"\bon top (?=(?:the |a )?\w+ (?:block|one|bowl|cube)\b)", "on top of "),  # 'on top white block'
    (r"\bmost (?:near|close)(?: to)?\b", "nearest"), (r"\bmost (?:far|distant)(?: from)?\b", "furthest from"),
    (r"\bno (?=(?:throw|bin|put|move|touch|stack|place|drop)\b)", "do not "),  # 'no throw away'
    (r"(^|\. |; |, )((?:the )?\w+ (?:block|blocks|one|cube)) (?:no|not|do not|never) (touch|move|disturb)(?=$|[.;,])",
     r"\1do not \3 \2"),  # 'pink block no touch'
    (r"\bempty (.+?),? (?:its |the |with )?contents? (?:to|onto|on|into|in) ([^,.;]+)", r"empty \1 onto \2"),
    (r"\boff (?=(?:at|in|into|inside|onto|on top of|to)\b)", ""),  # 'drop X off at the corner'
    (r"\b(?:whatever|everything|anything|the ones?|the blocks?|the rest|any blocks?|all blocks?)(?: else)?(?: that| which)? "
     r"(?:does not|do not|can not|could not) (?:have|get|find) (?:a|its|their|any) (?:own )?(?:matching bowl|match|bowl of (?:its|their) "
     r"(?:own )?colou?r)\b|\b(?:the )?(?:blocks?|ones?)(?: that are)? (?:without|with no) (?:a )?(?:matching bowl|match)\b",
     "the unmatched blocks"),  # 'bin whatever does not have a match'
    (r",?\s*\b(?:nice|good) (?:and|n)(?: (?:easy|slow|gentle|careful|steady|quick|calm|smooth))?\s*$", ""),  # '..., nice and easy'
    (r"^((?:the )?\w+ (?:block|one|cube)) (?:(?:should|must|ought to|needs to|has to|will|is to|is|are|can)(?: be)? )?"
     r"(?:support(?:s|ing)?|carr(?:y|ies|ying)|bear(?:s|ing)?|hold(?:s|ing)? up) ((?:the )?\w+ (?:block|one|cube))$",
     r"\2 on \1"),  # 'Y supports X', 'Y ought to be carrying X'
    (r"\b((?:which |that )?(?:is|are|should be|must be|will be)|which|that) (?:stacked|placed|sitting|resting|standing|lying|put|"
     r"set|perched) (?=(?:on|upon|on top of|atop)\b)", r"\1 "),  # 'X on Y, which is stacked on Z'
    (r"\b(?:has|have) (?:already )?been (?=(?:thrown|binned|discarded|removed|trashed|put|placed|moved|stacked|taken|dropped|set)\b)",
     "is "),  # 'X has been thrown away': the state it ends in
    (r"(?<!that )(?<!which )\b(is|are) (?:alone|on its own|by itself|all by itself) (in|inside|on) ", r"\1 the only block \2 "),
    (r"^there (?:is|should be|must be|will be|needs to be) (a|one) (?:single )?(two|three|four|five|six) block (tower|stack|pile)$",
     r"build \1 \2 block \3"),  # 'there is a tower of three blocks'
    (r"^(?:give|hand|bring|pass|fetch|get|grab|toss) (?:me|us) (?!up\b)(?!(?:a |the )?(?:count|number|list|tally|rundown|"
     r"description|summary|report)\b)(?!.*\b(?:in|into|on|onto|to|at|inside|and|then)\b)",
     "pick up "),  # 'hand me the red block': held out to the user
    (r"\b(?:(?:back )?(?:to|in|into|at|on) )?where (the \w+(?: block| one| cube)?) (?:was|were|used to be|had been|sat|stood|"
     r"started|lived)(?: before| originally| at first| earlier| to begin with| at the start)?\b", r"at the spot of \1"),
    (r",? (?:which|that|who) (?:stays|remains|is staying|should stay|must stay|can stay|stays put)(?: put| where it is| there| as it is| in place)?"
     r"(?=\s*(?:[,;.]|$| and\b))", ""),  # 'stack everything except X, which stays put': the exclusion keeps it
    (r"(?<=bowl|lock|rner|ddle|able| bin) in (?:its|their|his|her) (?:place|stead)\b", ""),  # 'put Y in W in its place': W
    (r"\bin (?:its|his|her) (?:place|stead|spot)\b", "at the spot of it"),  # 'take X out, put Y in its place': where X was
    (r"\bthe (?:closer|nearer|closest|nearest)(?: one)? of the (?:two )?bowls\b", "the bowl nearest to it"),  # to the block moved
    (r"\bthe (?:further|farther|furthest|farthest)(?: one)? of the (?:two )?bowls\b", "the bowl furthest from it"),
    (r"^(?:put )?the (\w+) (?:block|one|cube) (?:goes |go |should go |belongs )?(?:in|into|with) the \1 bowl,? (?:and )?so on\b.*$",
     "sort the blocks by colour"),  # 'the green block goes with the green bowl, and so on': colour matching
    (r"^(?:any|every|each) block whose colou?r matches (?:a|any|one of the|the) bowls?(?: colou?r)? (?:goes|should go|go|belongs)"
     r" (?:in|into|with) (?:that|the|this|its) bowl\b", "put every block in its matching bowl"),
    (r"\bthe same (bowl|corner) as (the \w+ (?:block|one|cube))\b", r"the \1 with \2 in it"),  # 'the same bowl as X'
    (r"\bthe bowl (?:that |which )?(the \w+ (?:block|one|cube)) (?:is|sits|was) (?:in|inside)\b", r"the bowl with \1 in it"),
    (r"\b(?:needs?|wants?|deserves?|should have|could use) (?:a |its |their )?(?:new |proper |permanent )?(?:home|place|spot|seat|"
     r"berth|resting place)(?= (?:in|on|at|inside|on top of)\b)", "should go"),  # 'the red block needs a home in W'
    (r"\b(?:needs?|wants?|deserves?) (?:moving|putting|placing|shifting|relocating|taking|bringing)(?= (?:to|into|onto|in|on|at|inside|on top of)\b)",
     "should go"),
    (r"\b(?:is|are) (?:headed|heading|bound|destined|off) (?:for|to|towards?|into)\b", "goes to"),  # 'is headed for the bin'
    (r"^neither (.+?) nor (.+?) (should|must|can|may|is|are|will|needs to|has to|have to|ought to|goes|go)\b",
     r"\1 and \2 \3 not"),  # 'neither X nor Y should be in W'
    (r"\banywhere (?:but|except(?: for)?|other than|apart from|besides|save) (?:(in|on|at|inside|on top of) )?(?=the\b)",
     lambda m: f"not {m.group(1) or 'in'} "),  # 'X should be anywhere but the purple bowl'
    (r"\b(?:minus|less|leaving out|not counting)\b(?= (?:the|that|those|this|these|any|all)\b)", "except"),  # 'bin the lot, minus X'
    (r"(?:,\s*)?\b(?:and )?(?:while you are at it|while you re at it|whilst you are at it|on the way|in the meantime|"
     r"meanwhile|for good measure|to be safe|to be on the safe side|for now)\b,?", ", "),
    (r"\b(?:finish|end|wrap(?: it)? up|round (?:it )?off|close) (?:off )?(?:by|with) (?=\w+ing\b)", "finally "),  # 'finish by putting X'
    (r"\b(?:is|are) (?:fine|ok|okay|good|alright|all right|happy|perfect)(?: (?:where (?:it|they) (?:is|are)|as (?:it|they) (?:is|are)|"
     r"there|as is|in (?:its|their) (?:place|spot)))\b", "stays put"),  # 'X is fine where it is'
    (r"\b(wipe|sweep|scrub|brush|clean) (the (?:table|tabletop|workspace|bowls?|\w+ bowl))(?: clean| clear| down| off)\b", r"clear \2"),
    (r"^(?:i am|i m|we are|we re) (?:done|finished|through) with (.+?),? (?:so |and )?(?:you can |please |just )?"
     r"(\w+(?: away| out| up)?) (?:it|them)\b", r"\2 \1"),  # 'I'm done with X, you can throw it away'
    (r"(^|, |; |\. |\band |\bthen )(put|place|drop|set|stick|pop|move|stack|chuck|toss|pile|lay)"
     r"(?= (?:in|into|on|onto|inside|in to|on top of|at(?! (?:most|least)\b)|to) )", r"\1\2 it"),  # 'grab red, put in the pink bowl': the block just named
    (r"(^|, |\band )(?:nothing|none) (?:but|except|other than|apart from|besides|save) (?=the\b)", r"\1only "),  # 'nothing but X should be in W'
    (r"\b(block|one)(?: that is| which is| that s| sitting| standing| lying)? (?:on its own|by itself|all alone|"
     r"isolated|all by itself)(?= |$)", r"loose \1"),  # 'the block that is on its own'
    (r"\b(?:is|are) (?:staying|remaining)(?: (?:put|where (?:it|they) (?:is|are)|there|as (?:it|they) (?:is|are)))?(?=\s*(?:[,;.]|$| and\b))",
     "stays put"),  # 'X and Y are staying; bin the rest'
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
    (r"\bwhichever (block|bowl|one|cube)(?= (?:has|have|holds?|contains?)\b)", r"the \1 that"),  # 'whichever bowl has the most'
    (r"^whichever (block|bowl|one|cube) (?:is|sits) ([^,]+?) (goes|should go|needs to go|belongs|must go) ", r"the \1 \2 \3 "),
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
                            r"(?:(?:new |next |another |final )?(?:sub ?goal|sub ?task|objective|mission)|constraint|query|question|request|requirement|"
                            r"instruction|command|note|stage|phase|part|reset)"
                            r"(?: (?:one|two|three|four|five|six|seven|eight|nine))?(?= ?[,.;])|"
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


# Words a typo is mended to: the names of things, which a misspelling would otherwise make 'not on the table'. A word
# the parser knows, or a common word a letter away from one ('black', 'plate', 'while'), is never changed.
_MENDED = set(COLOURS) | {"block", "blocks", "bowl", "bowls", "cube", "cubes", "table", "corner", "corners", "middle",
                          "tower", "stack", "please", "everything", "except", "same", "bottom", "left", "right"}
_KNOWN = (KNOWN_WORDS | FUNCTION_WORDS | WISH_WORDS | NOT_MOTION | KEPT_LY | {w for v in VERBS for w in v.split()}
          | {"black", "brown", "plate", "stock", "stuck", "slack", "clock", "flock", "while", "where", "there", "these",
             "those", "three", "cable", "table", "stick", "slick", "lock", "locks", "place", "plane", "pace", "bows",
             "blank", "bloke", "brock", "thigh", "tight", "light", "night", "might", "sight", "fight", "ride", "rite",
             "write", "whine", "whale", "wife", "greed", "greet", "greek", "pin", "pine", "corer", "cover", "cone",
             "tale", "tablet", "stark", "start", "stuck", "steak", "stake", "shack", "track", "truck", "tack", "tick", "very",
             "towel", "power", "lower", "mower", "bowls", "bold", "bolt", "blow", "below", "bowler", "cubed", "tube"})


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


_SLIPS = {"teh": "the", "hte": "the", "th": "the", "adn": "and", "nad": "and", "ot": "to", "fo": "of", "thn": "then",
          "tehn": "then", "frm": "from", "wiht": "with", "ont": "onto", "inot": "into", "pu": "put", "pls": "please"}


def mend_typos(text: str) -> str:
    """'put teh yelow blcok in the bowel' -> 'put the yellow block in the bowl': a slip of a small word, or a word of
    three letters or more that the parser does not know, one letter from exactly one name of a thing."""
    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in _SLIPS:
            return _SLIPS[word]
        if len(word) < 3 or word in _KNOWN or word in _MENDED or (word.endswith("s") and word[:-1] in _KNOWN | _MENDED):
            return word
        near = [t for t in _MENDED if _near(word, t) and (len(t) >= 4 or sorted(t) == sorted(word))]  # 'rde': red
        return near[0] if len(near) == 1 else word
    return re.sub(r"[a-z]+", mend, text)


_CASUAL = tuple((re.compile(p), r) for p, r in (
    (r"\b(?:pls|plz|pleas|pleez)\b", "please"), (r"\b(?:u|ya|yah)\b(?! (?:turn|shape|bend))", "you"),
    (r"\bwanna\b", "want to"), (r"\bgonna\b", "going to"), (r"\b(i|you|we|they) gotta\b", r"\1 have to"),
    (r"\bgotta\b", "has to"), (r"\blemme\b", "let me"), (r"\bgimme\b", "give me"), (r"\boughta\b", "ought to"),
    (r"\bkinda\b", "kind of"), (r"\b(?:cuz|coz|cos)\b", "because"), (r"\bthx\b", "thanks"),
    # contractions typed without the apostrophe ('its' stays: it is also the possessive)
    (r"\bcant\b", "can not"), (r"\bdont\b", "do not"), (r"\bwont\b", "will not"), (r"\bisnt\b", "is not"),
    (r"\barent\b", "are not"), (r"\bdoesnt\b", "does not"), (r"\bshouldnt\b", "should not"), (r"\bim\b", "i am"),
    (r"\bwheres\b", "where is"), (r"\bwhats\b", "what is"), (r"\bthats\b", "that is"), (r"\bid\b(?= (?:like|love|prefer|rather))", "i would"),
    # spoken fillers: 'uh can you like put ...', '... so yeah', 'you know what i mean'
    (r"\b(?:yeah|yep|yup|yea|nah)\b", " "), (r"\byou know(?: what i mean)?\b", " "), (r"\bi mean\b(?!\w)", " "),
    (r"(?:(?<=^)|(?<=\bso )|(?<=\bum )|(?<=\buh )|(?<=, ))like\b(?! (?:this|that|so|it|them)\b)", " "),
    (r"\blike(?= (?:now|right now|totally|really|literally|how|what|where|which)\b)", " "), (r"(?<!you )\b(?:like|so)\s*$", " "),
    (r"\s*,?\s*\b(?:because|since) (?:i|we|you|it|they|that|this|those|these|there) .*$", ""),  # a reason: '... because I've sorted those'
    (r"\s*,?\s*\b(?:that is|that s|thats|which is|it is|its|it s|they are|theyre)? ?(?:kind of |sort of |a bit |just |really )?"
     r"(?:in (?:the|my|our) way|blocking (?:me|things|everything))\b", ""),
    (r"\s*[,;.]?\s*\b(?:nothing else|the rest|everything else) (?:matters|is important|does not matter)\b", ""),
    (r"\s*,?\s*\bno matter what\b", ""),
    (r",?\s*\bso (?:that )?(?:the (?:two|three|four|five) of them|they|it|all of them|the blocks) (?:form|make|become|end up as|build) .*$", ""),
    (r",? but (?:it is|it s|its) (?:important|essential|crucial|vital|key)(?: that)? .*?\b(?:same|original) order\b.*$", ""),
))


_CONTRACTIONS = {"i'd": "i would", "let's": "let us", "don't": "do not", "that's": "that is", "it's": "it is",
    "can't": "can not", "cannot": "can not", "i'm": "i am", "isn't": "is not", "aren't": "are not",
    "doesn't": "does not", "shouldn't": "should not", "won't": "will not", "mustn't": "must not",
    "there's": "there is", "wasn't": "was not", "weren't": "were not", "i've": "i have", "we'd": "we would",
    "it'd": "it would", "that'd": "that would", "hasn't": "has not", "haven't": "have not", "what's": "what is",
    "where's": "where is", "you're": "you are", "we're": "we are", "you've": "you have", "they're": "they are",
    "you'd": "you would"}
_CONTRACTION_RE = re.compile(r"\b(?:" + "|".join(_CONTRACTIONS) + r")\b")


def question_text(text: str) -> str:
    """A question as `agent.answers` reads it: lower case, chat spellings and typos mended, spoken tags dropped ('so
    like how many ... i cant really see', '... or not', 'X is where?' -> 'where is X')."""
    t = text.lower().replace("\u2019", "'")
    for short, full in _CASUAL:
        t = re.sub(short, full, t)
    t = mend_typos(t)
    t = re.sub(r"\s*,?\s*\b(?:i can ?not|i can t|i cant|cant|can t) (?:really |quite )?(?:see|tell)\b.*$|\s+or not(?=\W*$)", "", t)
    t = re.sub(r"^(?:so |um+ |uh+ |well |and |ok |okay |(?:query|question|quick question|q)\s*:\s*|(?:report|say|state|check) "
               r"(?=how|what|which|where|whether|if\b))+", "", t.strip())
    t = re.sub(r",\s*(?:dear|love|mate|buddy|pal|sweetie|honey|hon|please|thanks|lol|robot)(?=\W*$)", "", t)
    m = re.match(r"^(.+?) (is|are) (where|what colou?r)\W*$", t)
    return f"{m.group(3)} {m.group(2)} {m.group(1)}" if m else t


def clean_text(text: str) -> str:
    """Lower-case, unify synonyms and spelling, drop politeness; keep , . ; for splitting."""
    t = re.sub(r"\s*(?:->|=>|-->|\u2192)\s*", " to ", text.lower().replace("\u2019", "'"))
    t = re.sub(r"\s*[\u2013\u2014]+\s*|\s+-+\s+", ", ", t).replace("-", " ")  # a dash between clauses is a comma
    t = t.replace(":", ",")
    t = _CONTRACTION_RE.sub(lambda m: _CONTRACTIONS[m.group(0)], t)
    t = re.sub(r"[^a-z0-9,.;' ]+", " ", t)
    for short, full in _CASUAL:  # chat spellings: 'pls', 'u', 'wanna', 'gotta'
        t = re.sub(short, full, t)
    t = mend_typos(t)
    t = unify(t)
    t = re.sub(r"(?<!block )(?<!bowl )\b(\d+)\b", lambda m: DIGIT_WORDS.get(int(m.group(1)), m.group(1)), t)
    t = re.sub(r"\b(?:a couple of|a pair of)\b", "two", t)
    t = FILLER_RE.sub(" ", t)
    t = re.sub(r"\b[a-z]{3,}ly\b", lambda m: m.group(0) if m.group(0) in KEPT_LY else " ", t)  # 'gingerly'
    t = re.sub(r"\s+", " ", t).strip(" ,.")  # what the filler left: 'the red block, pink bowl, thanks'
    for pattern, repl in PHRASES:
        t = pattern.sub(repl, t)
    t = t.replace("'", " '").replace(" 's", "").replace(" '", "")
    t = LEAD_FILLER_RE.sub("", re.sub(r"\s+", " ", t).strip(" ,."))
    t = re.sub(r"^(\w+) (?:me|us) (?!up\b)", lambda m: m.group(1) + " " if VERB_RE.fullmatch(m.group(1)) else m.group(0), t)
    lead = re.match(r"^(?:only|simply|go|go and|come and|come on and|i said|like i said|as i said|you|you can|you should|"
                    r"you must|you need to|you have to|you will|you could),? ", t)
    return t[lead.end():] if lead and VERB_RE.match(t[lead.end():]) else t
