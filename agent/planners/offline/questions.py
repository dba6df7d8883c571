"""A question as `agent.answers` reads it: the ways people ask (for someone else, as a statement with 'or not', with a
tag or a remark after it) brought to the plain question the answers module knows. Used by `goals`."""

from __future__ import annotations

import re

from agent.planners.offline.narration import AROUND
from agent.planners.offline.notation import notation, unlabel
from agent.planners.offline.repairs import SCRATCHED_RE, corrected, take_backs
from agent.planners.offline.rewrites import guarded, rewrite
from agent.planners.offline.specs import restated
from agent.planners.offline.speech import dictated
from agent.planners.offline.sharing import SHARED_ASKED
from agent.planners.offline.aspects import ASKED
from agent.planners.offline.figures import FIGURES_ASKED
from agent.planners.offline.groups import GROUPS_ASKED
from agent.planners.offline.reciprocals import RECIPROCALS_ASKED
from agent.planners.offline.pairings import RESPECTIVELY
from agent.planners.offline.question_frames import unframed
from agent.planners.offline.viewpoints import VIEWPOINTS
from agent.planners.offline.hands import HANDS_ASKED
from agent.planners.offline.jargon import JARGON_ASKED
from agent.planners.offline.passives import PASSIVES_ASKED
from agent.planners.offline.spelling import CASUAL, MENTION_RE, mend_typos
from agent.planners.offline.turns import HALVES, VOCATIVE
from agent.regex import replaced, rx
from sim.core.lexicon import COLOURS

_COL = "|".join(COLOURS)
_CASUAL, _AROUND = guarded(CASUAL), guarded(tuple((re.compile(p), r) for p, r in AROUND))

_ASKED = tuple((re.compile(p), r) for p, r in (*SHARED_ASKED, *ASKED, *HANDS_ASKED, *JARGON_ASKED, *PASSIVES_ASKED, *GROUPS_ASKED, *FIGURES_ASKED, *RECIPROCALS_ASKED, *VIEWPOINTS, *RESPECTIVELY))


def question_text(text: str) -> str:
    """A question as `agent.answers` reads it: lower case, chat spellings and typos mended, spoken tags dropped ('so
    like how many ... i cant really see', '... or not', 'X is where?' -> 'where is X')."""
    text = rx(r"\b(what|where|who|which)['\u2019](ve|re)\b").sub(lambda m: f"{m[1]} {'have' if m[2] == 've' else 'are'}", text.lower())  # "what've we got in W?"
    text = rx(r"^(?:the )?(\w+ (?:bowl|block))\s*[.:]\s*(?=(?:anything|something|what|is|are|where)\b[^.?]*\bit\b)").sub(r"the \1, ", text)  # 'Pink bowl. Anything in it?'
    text = rx(r"^(on|in|under) (the \w+ \w+) (?:is|are) (?:what|which) (?:block|one|thing)s?").sub(r"what is \1 \2", text)  # a learner's
    text = rx(r"^(?:the )?(\w+ (?:block|bowl)),? (on|in|under|inside) which (block|bowl|one) (?:(?:it|he|she) (?:is|are|sits|stays)|(?:is|does) (?:it|he|she)(?: sit| stay)?)(?=\W*$)").sub(
        r"\2 which \3 is the \1", text)  # a learner's 'X, in which bowl it is?'
    for pattern, repl in _ASKED:  # 'is X alone in its bowl?', 'which block shares a bowl with X?', 'is X still in W?'
        text = replaced(pattern, repl, text)
    text = rx(r"^((?:(?:on|in) which (?:block|bowl) |where )(?:is|are)) (?:it|there) (?=the \w+ (?:block|bowl)\b)").sub(r"\1 ", rx(
        r"^(on|in) which (block|bowl) (the \w+ \w+) (?:is|are)(?: kept| placed| put| lying| sitting)?(?=\W*$)").sub(r"\1 which \2 is \3", text))  # order:
    text = rx(r"^(the \w+ \w+),? (?:it|they) (is|are) ").sub(r"\2 \1 ", text)  # 'on which block the X is kept?', 'the X, it is on Y?'
    text = rx(r"^((?:is|are) the \w+ (?:block|cube)s? (?:in|on|inside|on top of|under) the \w+ \w+) (?:too|as well|also)(?=\W*$)").sub(r"\1", text)  # '... too?'
    text = rx(r"\bblocks (?:presently |currently |now |at present )?(?:lie|lay|sit|rest|stand|r) (?:upon |(?=in\b|inside|left|right|to the|between|on\b))").sub(lambda m: "blocks are on " if m[0].endswith("upon ") else "blocks are ", text)  # '... presently rest upon the table?
    text = rx(r"^(which|what) (block|bowl) is the (?:one|block|bowl) (?=(?:second|third|first|furthest|farthest|nearest|closest|leftmost|rightmost)\b)").sub(
                  r"\1 \2 is ", text)  # 'which bowl is the one furthest left?'
    said = rx(r"\s*(?:\.{2,}|\u2026)\s*").sub(", ", text)
    text = fixed if (fixed := corrected(said)) != said else text  # 'is X on Y... pardon, on Z?': the question as corrected
    t = rx(r"^\s*(?:the )?(\w+ (bowl|block))\s*[:,]\s*how many (\w+?)s?(?: (?:in|on) (?:it|there)|(?: is| are)? inside| on it| are there| is there)?"
               r"(?=\W*$)").sub(lambda m: f"how many {m.group(3)}s {'in' if m.group(2) == 'bowl' else 'on'} the {m.group(1)}",
               text.lower())  # 'W: how many?', 'Green bowl, how many block inside?'
    t = rx(r"^(?:(?:do|must|will|shall) (?:i|we|you) still (?:have|need|got)(?: to)?|is there (?:still )?(?:any )?(?:work|anything|something|stuff)(?: left)? to do "
               r"(?:to|before|until)) (?:get|make|put|have) (the \w+ \w+)(?: put| placed| sitting| stacked| moved| set| standing)? (on top of|on|onto|in|into|inside) (the [\w ]+?)"
               r"(?=\W*$)").sub(lambda m: f"is it still to do that {m[1]} is {dict(onto='on', into='in').get(m[2], m[2])} {m[3]}", t)  # 'do I still have to get X on Y?'
    t = rx(r"^(?:has|have) (something|anything|a block|any block|another block) (?:been |got |gotten )?(?:placed|piled|put|stacked|set|left) (?=on|in)").sub(r"is there \1 ", t)
    t = rx(r"\bthe (\w+ (?:block|bowl))(?:'s| s) colou?r\b").sub(r"the colour of the \1", t)  # "does a bowl match X's colour?"
    t = rx(r"\b(?:(?:lying|sitting|resting|standing)(?: directly| right)?|directly|right) on the table(?=\W*$)").sub("on the table surface", t)  # not on a block
    t = rx(r"^(?:are any of the bowls|is (?:at least )?one of the bowls|is there (?:a|any) bowl that is) empty\b|^is there (?:a|any) bowl with "
               r"nothing in it\b").sub("is any bowl empty", t)
    t = rx(r"^which of the (bowls|blocks) (?=has|have|is|are|holds)").sub(lambda m: f"which {m[1][:-1]} ", t)
    t = rx(r"^(?:(?:if i wanted|to get|to make|for) (the \w+ bowl) (?:to be )?empty|to empty (the \w+ bowl)),? how many blocks (?:would|will|must|do|does|should)(?: i| you)?(?: have| need)?(?: to)?"
               r"(?: be)? (?:come out(?: of it)?|removed|taken out|take out|remove)(?: from it| of it)?").sub(lambda m: f"how many blocks are in {m[1] or m[2]}", t)
    t = rx(r"^(?:out of|of|among) (?:all )?the blocks( (?:that are |sitting |lying )?on the table)?,? which (?:one|block)(?: that is| that s)?( on the table)? is").sub(
        lambda m: f"which block{' on the table' if m[1] or m[2] else ''} is", t)
    # 'is the block on top of X the Y block?' (which one it is, asked by name), 'how many blocks does W have', 'which block is it that rests upon X'
    t = rx(r"^(?:\w+,\s*)?is the (?:block|one) (?:that is |which is |sitting |resting |lying )?(on top of|on|in|inside|under|beneath|below|underneath) (the \w+ (?:block|bowl)) "
               r"(the \w+ block)(?=\W*$)").sub(lambda m: f"is {m[3]} {'in' if m[1] in ('in', 'inside') else 'under' if m[1] in ('under', 'beneath', 'below', 'underneath') else 'on'} {m[2]}", t)
    t = rx(r"^how many blocks (?:does|do) (the \w+ bowl) (?:have|hold|contain|got)(?: in it| inside(?: it)?)?(?: (?:at the moment|right now|now))?(?:,? if i may ask)?(?=\W*$)|"
               r"^(?:(?:could|can) you tell me |tell me )?how many blocks (the bowl (?:that )?the \w+ block is in) (?:holds|has|contains)(?=\W*$)").sub(lambda m: f"how many blocks are in {m[1] or m[2]}", t)
    t = rx(r"^(?:say,? )?which (block|one) is it (?:that|which) (?:rests|sits|lies|stands|is) (?:upon|on top of|on) ").sub(r"which \1 is on ", t)
    # a thing named first, then asked about: 'The orange block, dear, what is it sitting on?', 'Tell me about X, love: what's under it?',
    # 'Before we start on X, is it covered by another block?'
    t = rx(r"^(?:tell me about |before (?:we|i|you) (?:start|begin|get going|work) on |(?:a )?quick (?:one|question) (?:about|on) |regarding |about |as for |"
               r"concerning |with (?:respect|regard|reference) to |now,? |so,? |okay,? |ok,? |check |look at |consider |see |take )?(?:the|that|this) (\w+ (?:block|bowl))\s*[,:;\u2014\u2013-]+\s*(?:\w+\s*[,:;-]+\s*)?(what|"
               r"where|which|how many|is|does)\b(.*?)\b(?:it|that one)\b").sub(r"\2\3the \1", t)
    t = rx(r"\bis (the \w+ block) covered(?: up)?(?: by (?:another|a|any|some) block)?(?=\W*$)").sub(r"is there anything on \1", t)
    t = rx(r"^(?:has|does) (the [\w ]+?) (?:got|have) (?:anything|something|a block|any block|stuff) (?:stacked |sitting |resting |piled |put )?(?:up )?on "
               r"(?:it|top(?: of it)?)(?=\W*$)").sub(r"is there anything on \1", t)
    t = rx(r",? (?:in )?total(?: (?:right now|now|rn|atm))?(?=\W*$)|,? (?:rn|atm|at present|presently|as we speak|all told|again)(?=\W*$)|^(?:and |so |ok |oh )*hang on,? ").sub("", t)  # 'how many blocks on the table total rn?'
    t = rx(r"^(which|what) (block|one)(?:'s| s| has) been (?:placed|piled|put|stacked|set|left) (?=on|in)").sub(r"\1 \2 is ", t)  # "which block's been piled on X?"
    t = rx(r"\b(?:are|is) (hiding|hidden|tucked|stashed|sat|waiting|sleeping) (?=in|on|inside)").sub("are ", t)  # 'how many blocks are hiding in W?'
    for pattern, said in HALVES:  # 'the side closest to the robot': the near side
        t = rx(pattern).sub(said, t)
    t = rx(r"^(?:(?:yo|hey|hi|ok|okay|so|right),? )?(?:what is|what s|what's|whats|give me) the (block|bowl) count (?=on|in)").sub(r"how many \1s are ", t)  # "what's the block count on the near side?"
    t = rx(r"^count the (blocks|bowls) (on|in) (.+?)\s*[:,-]+\s*how many (?:are there|there are|is that)(?=\W*$)").sub(r"how many \1 are \2 \3", t)
    t = rx(r"^count the empty bowls(?: for me)?\s*[:,-]*\s*(?:how many (?:are there|there are|is that))?(?=\W*$)|^how many bowls (?:have|hold|contain) (?:nothing|no blocks?) "
               r"(?:in them|inside)?(?=\W*$)").sub("how many bowls are empty", t)  # 'How many bowls have nothing in them?'
    t = rx(r"\b(the number of (?:blocks|bowls)) (?:which|that) (?=are |is )").sub(r"\1 ", t)  # 'tell me the number of blocks which are not in any bowl'
    t = rx(r"^is (the \w+ bowl) (?:holding|containing|carrying) ").sub(r"does \1 hold ", rx(r"\ba (?:couple|pair) of (?=blocks\b)").sub("two ", t))  # 'is W holding at least a couple of blocks?'
    t = rx(r"^(?:is each of the (?:two |three )?bowls|are (?:both|all)(?: of)? the bowls) (?:holding|containing|carrying) (?:at least )?(?:one|a) block|^are there blocks in "
               r"(?:both|all|each)(?: of)? the bowls(?=\W*$)").sub("is there a block in every bowl", t)
    t = rx(rf"^{VOCATIVE},\s*|^(?:where are we at|what's the status),\s*|\b(?<=any block )in it (?=other than |except |besides |apart from )").sub("", t)  # 'Hon, ...', 'any block in it other than X'
    t = rx(r"^(?:would you say|do you think|do you reckon|would you agree|wouldn't you say) (?:that )?(the \w+ \w+) (is|are) ").sub(r"\2 \1 ", t)
    t = rx(r"^(is|are) (.+?) (?:over |out )?on the (left|right)(?:[- ]hand)? (?:side|half)(?: of the table)?(?=\W*$)").sub(r"\1 \2 on the \3 side of the table", t)
    t = rx(r",? (?:do you know|d(?:o)? ya know|any idea|if you know|can you tell|all (?:the )?bowls (?:together|combined)|in total|altogether|all together)(?=\W*$)").sub("", t)
    t = rx(r"^are (the \w+ \w+) and (the \w+ \w+) both (clear|free|empty)(?:,? with (?:nothing|no blocks?) (?:stacked |resting |sitting )?on (?:them|either|either "
               r"of them|top))?(?=\W*$)").sub(r"are both \1 and \2 \3", t)
    t = rx(r"^(?:(?:are|is) (?:both|all) of (?:these|those|the following) (?:so|true|the case|right|correct)|(?:do|does) (?:both|all) of (?:these|those|the "
               r"following) hold)\s*[:,-]?\s*").sub("is it true that ", t)  # 'Are both of these so: A and B?'
    t = rx(r"\b(?:sits|rests|lies|stands|perches|is sitting|is resting|is lying|is standing|is perched|is balanced|is set|is placed|is stacked)(?= (?:in|on|inside|"
               r"within|atop|upon|on top of|under)\b)").sub("is", t)
    t = rx(r"\b(is|are) (the \w+ (?:block|cube)s?) (?:already |still |now )?(?:set|placed|put|stacked|balanced|sitting|resting|perched|lying|standing) (?=(?:on|in|"
               r"inside|within|atop|upon|on top of)\b)").sub(r"\1 \2 ", t)  # 'is X already set on Y?'
    t = rx(r"\b(?:atop|upon)\b").sub("on", rx(r"\bwithin\b").sub("in", t))
    t = rx(r"^(?:quick check,? )?(?:yes or no\s*[:,-]\s*)?([^?]+?)[.;]\s*is (?:that|this) (?:how the table (?:is|looks)|how things are|the case|so)(?: now| right "
               r"now| at the moment)?\?*$").sub(lambda m: "is this the layout: " + rx(r"\s*;\s*").sub(", ", m[1]) + "?", t)  # facts, then 'Is that how the table is now?'
    t = rx(r"^(?:is this (?:already )?(?:the|my|your) (?:layout|arrangement|set ?up|picture|state)|does the table (?:already )?(?:show|look like)(?: the "
               r"following| this)?|is the table (?:already )?(?:like this|set up like this|in this state))\s*:?\s*(.*)$").sub(lambda m: "is it true that " + rx(
                   r",\s*(?:and )?(?=(?:the )?\w+ (?:block|bowl)\b)").sub(" and that ", m[1]), t)  # a layout, checked fact by fact
    t = SCRATCHED_RE.sub("", t)  # a start thrown away
    t = notation(unlabel(dictated(MENTION_RE.sub(" ", restated(t).replace("\u2019", "'")).strip())))  # '@robot what ...?'
    t = rx(r"^(?:is (?:there )?(?:anything|something) (?:in the way|blocking (?:it|the way|things))|(?:would|"
               r"will|does|do) (?:anything|something) (?:have to|need to|need) (?:be )?(?:moved|cleared|shifted|"
               r"taken off|removed)(?: out of the way| first)?)(?:,? (?:so that|such that|so|for|"
               r"before) (the \w+ (?:block|cube|one)) (?:can not |cannot |can'?t |could not |couldn'?t |won'?t |"
               r"will not |can |could )(?:go|be put|be placed|be stacked) (?:straight |directly |right )?(onto|"
               r"on top of|on) (the \w+ (?:block|cube|one))\b| of (?:putting|moving|stacking|placing|"
               r"getting) (the \w+ (?:block|cube|one)) (onto|on top of|on) (the \w+ (?:block|cube|one))\b)").sub(lambda m: "is anything keeping "
               + " off ".join(g for g in m.groups() if g and g.startswith("the ")), t)  # 'is something in the way, such that X can't go onto Y?'
    t = rx(r"^(?:status|quick check|check|query)\s*[:,-]+\s*").sub("", t)  # 'Status: blue block - sitting on the table?'
    t = rx(r"\b(which (?:block|bowl)) is the (\w+(?:most|est)) (?:one|block|bowl)\b|,?\s*\bplease(?=\W*$)").sub(lambda m: f"{m[1]} is the {m[2]}" if m[1]
               else "", t)  # 'which block is the leftmost one, please?'
    now = r"(?:as (?:it|things) (?:stands?|are|is)|(?:right )?now|at the moment|currently|at present|as of now|these days|nowadays|presently|tonight|today)"
    t = rx(rf",?\s*(?:\balready\b,?\s*)?{now}(?: now| right now)?(?=\W*$)|\s+already(?=\W*$)").sub("", t)  # 'is X in W already, as things are now?'
    t = rx(r"^((?:the )?\w+ (?:block|cube))\s*(?:[-:,.]+\s*)+(?:sitting |resting |lying )?(?=(?:on|in|inside|under|on top of|at)\b)").sub(
               r"\1 ", t)  # 'Red block. In a bowl?'
    t = rx(r"\b(?:up|over|down) (?=on top of|on the|in the)|(?:(?<=^what is )|(?<=^what's )|(?<=^what s ))that (?:block |one |thing )?(?=(?:sitting |resting |lying )?(?:on|in|inside|under|on top of) the )").sub("", t)  # 'what's up on top of X?', "what's that sitting on X?'
    t = rx(r"\b(on|on top of|onto) the (\w+) one\b").sub(r"\1 the \2 block", t)  # 'sitting on the cyan one': a block, not a bowl
    t = rx(r"^is (?:it |there )?(?:only|just) (the \w+ (?:block|cube))(?: that is| sitting)? (?:in|"
               r"inside) (the \w+ bowl)(?:,? (?:and )?nothing else)?").sub(r"is \1 the only block in \2", t)  # 'is it just X in W, nothing else?'
    t = rx(r"^(?:is there )?(?:anything|something) (?:\w+ )?(?:up )?(on top of|on|in|inside|"
               r"under) (the \w+ (?:block|bowl))\s*\?\s*(?:and )?(?:what|which(?: one)?|who) (?:is|are) (?:it|they|"
               r"that|the \w+ \w+)\W*$").sub(r"what is \1 \2?", t)  # 'Anything on X? What is it?'
    t = rx(r"^how much (?=blocks|cubes|bowls)").sub("how many ", t)  # a learner's 'how much blocks'
    t = rx(r"^how many (blocks|cubes|bowls) ((?:in|on|inside|on top of) the \w+ \w+) are there\b").sub(r"how many \1 are there \2", t)  # 'how many blocks in W are there?'
    t = rx(r"\s+on the table,? (?:in all|in total|altogether|all told),? (?:bowls and (?:everything|all)|bowls included|including (?:the )?(?:ones in )?(?:the )?bowls)\b").sub(" in total", t)
    t = rx(r"^how many (?:blocks|cubes) (?:would|will|must|do|does|should)? ?(?:i |you |we )?(?:have to|need to|need|has to)? ?(?:come|"
               r"be taken|be lifted|be moved|take|lift|move|get|clear) off (the \w+ (?:block|cube))(?: first)?(?: (?:for it|so that it|"
               r"before it|to make it|to get it|so it) (?:to )?(?:be |is |can be |will be )?(?:clear|free|uncovered)| to (?:clear|free|"
               r"uncover|get at|reach) (?:it|\1))?\b").sub(r"how many blocks are above \1", t)  # 'how many would have to come off X ...'
    t = rx(r"^is there (?:a|any) bowl (?:that is|that's|which is|of|in|with) (?:the same colou?r as|the colou?r of|matching) the (\w+) "
               r"(?:block|cube)\b").sub(r"is there a \1 bowl", t)  # 'Is there a bowl that's the same colour as X?'
    t = rx(r"\b(?:getting|having|taking|catching|hitching) a (?:piggyback|piggy back|ride|lift)(?: ride)? (?=on\b)").sub("", t)
    t = rx(r",?\s*even (?:one|a single) (?:block|one)(?=\W*$)").sub("", t)  # 'is there anything in it, even one block?'
    t = rx(r"^(?:(?:ugh+|argh+|omg|wow|hmm+)[,!.\s]+)+(?:this is (?:so |really )?(?:cool|good|great|fun)\W*)?").sub("", t)
    t = rx(r"\b(is|are) (the \w+ (?:block|bowl)s?) still\b").sub(r"\1 \2", t)  # 'is X STILL in W??'
    t = rx(r"^(?:i (?:might|may|could) be wrong|correct me if i(?:'m| am) wrong|not sure|i(?:'m| am) not sure),? (?:but )?").sub("", t)
    t = rx(r"^what (?:do|would|must|should) (?:i|you|we) (?:need to |have to )?(?:take|lift|move|get|"
               r"clear) off(?: first)? (?:to get (?:at|to)|before (?:i|you) can (?:get to|reach|move)|to reach|"
               r"to free) (the \w+ block)\b").sub(r"what is above \1", t)
    t = rx(r"^which (bowl|block) is the only one (?:with nothing in it|that is empty|that's empty|left empty|with nothing on it)\b").sub(
               lambda m: f"which {m[1]} is {'empty' if m[1] == 'bowl' else 'clear'}", t)  # 'which bowl is the only one with nothing in it?'
    t = rx(r"^(?:look at|see|take) (the \w+ (?:block|bowl))(?: first)?\s*[.,;:]\s*(?:then,? )?(?:tell me\s*[:,]?\s*)?(.*\bit\b.*)$").sub(lambda m: rx(r"\bit\b").sub(m[1], m[2], count=1),
               t)  # 'Look at the white block. Is something stacked on it?'
    t = rx(r"\s+and (?:report|give me|tell me|say)(?: back)? (?:n|the number|the count|the total|it|back)\b").sub("", t)  # '... and report n'
    t = rx(r"^(?:do|does) (?:all(?: of)? the bowls|every bowl|each bowl|the bowls all) (?:have|has|hold|holds|"
               r"contain|contains) (something|anything|a block|at least one block|blocks?) in (?:them|it)\b").sub(r"is there \1 in every bowl", t)
    t = rx(r"^if (?:i|you|we|someone) (?:took|take|snapped|snap|were to take) a (?:photo|picture|snapshot|pic|"
               r"shot)(?: of [a-z ]+?)?(?: right now| now)?,\s*").sub("", t)  # 'If I took a photo of the table right now, how many ...'
    t = rx(r"^(how many \w+) would (?:be|there be|you see)\b").sub(r"\1 are", t)
    # a terse user's bare colours: 'cyan: sitting on what?', 'which bowl has yellow?', 'x, y: how many in bowls?'
    t = rx(rf"^({_COL})(?: block)?\s*[:,-]?\s*(?:sitting |resting |standing |lying )?(on|in|under) what\s*(\??)$").sub(r"what is the \1 block "
               r"sitting \2\3", t)
    t = rx(rf"\b(has|holds|contains|have|hold|contain|with) ({_COL})\b(?! (?:block|cube|bowl|one)s?\b)").sub(r"\1 the \2 block", t)
    t = rx(rf"^((?:the )?(?:{_COL})(?: block)?(?:,? (?:and )?(?:the )?(?:{_COL})(?: block)?)+)\s*[:,-]\s*how many(?: of them)?(?: are)? "
               r"(in|on) (bowls?|a bowl|the bin|the table)\s*(\??)$").sub(lambda m: "how many of the " + ", ".join(rx(
                   rf"\b(?:{_COL})\b").findall(m[1])) + f" blocks are {m[2]} {m[3]}{m[4]}", t)
    t = rx(r"^(which|what) (bowls?) (?:has|have|holds?|contains?) (?:nothing|no blocks?|no block at all) (?:in (?:it|them)|inside)?").sub(r"\1 \2 is empty", t)
    t = rx(r"\b(?:further|farther|more) (left|right)(?: than| of)\b|\b(left|right)er than\b").sub(lambda m: f"to the {m[1] or m[2]} of", t)
    t = rx(r"^how many (blocks|bowls) (?:have|has|did) (?:we|you|i|they) (?:got|get)\b").sub(r"how many \1 are there", t)
    t = rx(r"\b(?:out|lying around|lying about|sitting out|left out) (?=on the table\b)").sub("", t)
    t = rx(r"^how many blocks are(?: there)? on the table,? (?:(?:not counting|leaving out|without counting|excluding) (?:the ones|those|any|the "
               r"blocks) (?:in|inside)|(?:and )?not in) (?:the |a |any )?bowls?").sub("how many blocks are not in a bowl", t)  # their towers count too
    t = rx(r"\bwhich (block|bowl) is (?:the )?(left|right)most\b").sub(r"which \1 is furthest to the \2", t)
    t = rx(r"^(?:can|could|may) (?:i|you|we|the robot) (?:pick up|lift|grab|take|move) (the \w+ block) without (?:moving|touching|shifting|lifting) "
               r"(?:any other blocks?|anything else|anything|another block|other blocks|a block|any blocks?)(?: first)?(\??)$").sub(r"is \1 clear\2", t)
    t = rx(r"^how many (blocks|ones) are (?:sitting |lying |standing )?(?:right |directly )?on the table(?:,? with| and have| that have) "
               r"nothing (?:on top of|on) (?:them|it)(\??)$").sub(r"how many blocks are loose\2", t)  # alone on the table
    t = rx(r"^(has|have) (.+?) got\b").sub(lambda m: f"{'does' if m[1] == 'has' else 'do'} {m[2]} have", t)  # 'has each bowl got ...'
    t = rx(r"\b(the (\w+) (?:block|cube)) (in|inside) (?:the bowl (?:of|in) (?:the same|its(?: own)?|its matching) colou?r|its (?:own |"
               r"matching |own matching )bowl|the matching bowl|the bowl (?:that|which) matches it)\b").sub(r"\1 \3 the \2 bowl", t)
    t = rx(r"^(?:could|can) (the \w+ block) be (?:picked up|lifted|grabbed|moved|taken) (?:without (?:moving|touching|shifting) "
               r"(?:anything|any other block|another block|other blocks)(?: else)?|(?:straight|right) away|(?:as|where) it is)$").sub(r"is \1 clear", t)
    t = rx(r"\b(on the table)(?: directly)?,? (?:with )?(?:nothing|none|no blocks?) (?:stacked|in a bowl|in (?:any|the) bowls?)(?:,? (?:and|"
               r"or) (?:nothing|none|no blocks?) (?:stacked|in a bowl|in (?:any|the) bowls?))*|\b(on the table) (?:on (?:their|its) own|by "
               r"(?:themselves|itself)|separately|alone)\b").sub(lambda m: m[1] or m[2], t)
    t = rx(r"\b(on the table)(?: itself)?,? (?:(?:and )?not (?:in a bowl|in any bowl|in the bowls|on (?:another|"
               r"a|any) block|stacked(?: on (?:another|a|any) block)?|on top of (?:another|a|any) block)(?:,? (?:and|"
               r"or|nor) )?)+(?=\W*$)").sub(r"\1", t)
    t = rx(r"^how many (\w+) (?:did|have|has|had) (?!(?:something|anything|a block|another block|stuff|other blocks) )"
               r"(?:\w+ ){1,3}?(?:leave|left|put|drop|dropped|place|placed|"
               r"stack|stacked|throw|thrown|get|got|stick|stuck|shove|shoved)(?: back| away| down)? (in|on|inside|"
               r"on top of|into) ").sub(r"how many \1 are \2 ",
               t)  # 'how many blocks did the kids leave in W?': what is there now
    t = rx(r"^(?:(?:would you be able to|could you|can you|please) )?(?:tell me |i wonder )?(?:whether|"
               r"if) (the \w+ (?:block|cube|bowl)) (?:has|have) (anything|something|a block|any blocks?) (on top of|"
               r"on|in|inside) it\b").sub(r"is there \2 \3 \1", t)
    t = rx(r"^(how many \w+) [^,?]+,? i mean (?:(not|in|on) )?(.+)$").sub(lambda m: f"{m[1]} {'are ' + m[2] + ' ' if m[2] else ''}{m[3]}",
               t)  # 'how many blocks need putting away, I mean (not) in a bowl'
    t = rx(r"^(?:question|query|q)(?: for [\w ]+?)?\s*(?:-+|:)\s*|^(?:just )?yes or no\s*[,:-]\s*").sub("", t)  # 'Question for triage - X on Y, yes or no?'
    t = rx(r"^(?:maybe |probably |perhaps )?(?:a |this is a |it is a )?(?:silly|stupid|dumb|"
               r"quick) question,? (?:but )?|,?\s*(?:perhaps|maybe)(?=\W*$)|\b(?:teeny(?: weeny)?|tiny|little|"
               r"itty bitty|wittle|wee) (?=\w+ (?:block|bowl)s?\b)").sub("", t)
    t = rx(r"^(?:the )?(\w+ (?:bowl|block)),\s*how many (\w+)(?: are there| are)? (in|on) it\b").sub(r"how many \2 are \3 the \1", t)
    t = rewrite(_CASUAL, t)
    t = rx(r"[.;,]?\s*(?:asking for a friend|just curious)\W*$").sub("?", rx(r"[.;,]?\s*like,? (?=not in (?:a|any) bowl\b)").sub(", ", t))
    t = rx(r"\b(are|is) just (?=sitting|lying|on|in)\b|(?<=\bon the table) (?:right now|currently|at the moment|rn)(?=,)").sub(lambda m: m[1] + " " if m[1] else "", t)  # '... on the table rn. like not in a bowl. asking for a friend'
    t = rx(r"\b(?:sitting |lying )?on the table,? (?=not in (?:a|any) bowl\b)|(?<=on the table),?\s*(?:outside (?:of )?(?:the |any )?bowls?|out of the bowls)(?=\W*$)").sub("", t)  # 'how many are on the table, not in a bowl?'
    t = rewrite(_AROUND, mend_typos(t))  # 'as a lab tech i need to know ...', '... so that i can label it'
    t = rx(r"^(on top of|on|in|inside|under) (the \w+ (?:block|bowl)),?\s*(?:what|which)(?: block| blocks| thing| things)? (?:there is|is there|there are|"
               r"are there|is|are|sits|is sitting)(?: there)?(?=\W*$)|^(?:what|which)(?: block| blocks| thing)? there (?:is|are) (on top of|on|in|inside|"
               r"under) (the \w+ (?:block|bowl))").sub(lambda m: f"what is {m[1] or m[3]} {m[2] or m[4]}", t)  # a learner's 'On X, what block there is?'
    t = rx(r"\bhow many (blocks|cubes) (the \w+ bowl) (?:currently |now |still )?(?:has|holds|contains|has got)(?: in it| inside(?: it)?)?").sub(r"how many \1 are in \2", t)
    t = rx(r"\bhow full is (the \w+ bowl)").sub(r"how many blocks are in \1", t)
    t = rx(r"\s+(?:out|over|around) here(?=\s*(?:[,?]|in total|altogether|all told|$))|,?\s*\b(?:(?<!\bnot )(?:counting|including) (?:every (?:single |last )?one(?: of them)?|all of them|them all|each (?:one|block)|the ones in (?:the )?bowls)|(?:the ones in )?"
           r"(?:the )?bowls included)(?=\W*$)").sub("", t)  # '..., bowls included?': every block counts
    t = rx(r"^which (block|bowl) would (?:i|you|we|the robot) (?:have to|need to) (?:carry|move|take|bring) the (furthest|farthest|least far|shortest "
               r"distance|least|shortest way) (?:to (?:get it )?)?(?:into|to|in|onto|over to) (the [\w -]+?)(\??)$").sub(lambda m: f"which {m[1]} is "
               f"{'furthest from' if m[2] in ('furthest', 'farthest') else 'nearest'} " + rx(r"^the (left|right)(?:-hand| hand)? corner at the (top|bottom)$").sub(
                                                                                           r"the \2 \1 corner", m[3]) + m[4], t)  # 'which block would I carry the furthest ...'
    t = rx(r"^(?:does|do) (the \w+ bowl|the bin|the table) (?:have|hold|contain) (more|fewer|less) blocks(?: in it| inside(?: it)?| on it)? than "
               r"(the \w+ bowl|the bin|the table)(?: does| has)?\b").sub(r"are there \2 blocks in \1 than in \3", t)  # 'does W have more blocks in it than V?'
    t = rx(r"^(?:what|which)(?: is| s|'s) the (fullest|emptiest) bowl\b").sub(lambda m: f"which bowl has the {'most' if m[1] == 'fullest' else 'fewest'} "
               "blocks", t)
    t = rx(r"^(?:(?:hello|hi|hey|good (?:morning|afternoon|evening)|dear \w+)[,!]?\s+)+|[.,;]?\s*\bjust yes or no\b[^?]*$|\s*,?\s*\b(?:like )?(?:directly|right|"
               r"exactly) (?:on|in|on top of) (?:it|there)\b|\s*,?\s*\bi (?:just |only )?(?:want|wanted|would like|d like) to(?: know)?\W*$").sub("", t)  # a greeting; a tag
    t = rx(r"^(?:say again|repeat|for the record|just to confirm|for my notes|(?:sorry,? )?where was i\W*|since [^,?]+,|without (?:touching|moving) "
               r"anything,?|just tell me,?(?: no moving| don t move anything| do not move anything)?\s*[:,]?)\s*").sub("", t)  # lead-ins before the question
    t = rx(r"^are (?:all )?(?:of )?the blocks (?:out of|outside|taken out of|removed from) (the \w+ bowl)").sub(r"is \1 empty", t)  # 'are all the blocks out of W?'
    t = rx(r"^do ((?:more than |less than |fewer than |at least |exactly )?half of the blocks) (?:sit|lie|rest|stay|stand) ").sub(r"are \1 ", t)
    t = rx(r",? with (?:all )?the (?:others|rest|other blocks) (?:outside|not in (?:a|any) bowl|on the table|elsewhere)(?=\W*$)|^is (?:just|only) (?=one block\b)").sub(lambda m:
               "is exactly " if m[0].startswith("is") else "", t)  # 'Is just one block in a bowl, with all the others outside?'
    t = rx(r"\bstuff\b").sub("anything", rx(r"\b(?:do|have) (?:we|you) (?:have|got|see) (?=(?:a|an|any) \w+ (?:block|bowl)\b)").sub("is there ", t))  # 'do we have a X?'
    t = rx(r"\b(is there (?:a|an|any) \w+ (?:block|bowl)) (?:somewhere|anywhere|around|about|here|on the table)(?: at all)?\b").sub(r"\1", t)
    t = rx(r"^(the \w+ (?:block|bowl))\s*[:,]\s*(?:what|which)(?: block)?(?: is|'s| s) (on top of|on|in|inside|under) it\b").sub(r"what is \2 \1", t)  # 'X: what's on it?'
    t = rx(r"^(the \w+ block)\s*[:,]\s*(?:which|what) bowl is it (?:in|inside)\b|^(?:identify|name) the (block|bowl) (?:that is |which is |that s )?(?:resting |sitting "
               r"|lying )?(on|on top of|in|under) (the \w+ (?:block|bowl))").sub(lambda m: f"where is {m[1]}" if m[1] else f"which {m[2]} is {m[3]} {m[4]}", t)
    t = rx(r"^(?:you )?(?:got|have you got|you have) (anything|something|any blocks?|a block) (?:stacked |sitting |piled |resting )?(on top of|on|in|inside) ").sub(
               r"is there \1 \2 ", t)  # 'got anything stacked on X?'
    t = rx(r"^is there (?:a|any) block (?:(?:of |in |with )?the same colou?r as|matching the colou?r of|that matches) the (\w+) (?:bowl|block)\b").sub(r"is there a \1 block", t)
    t = rx(r",?\s*(?:like|as) (?:it|they) (?:should|ought to|is supposed to|are supposed to) be(?=\W*$)").sub("", t)  # 'Is X in W, like it should be?'
    t = rx(r"^((?:is|are|does|do|has|have)\b[^?.]+)[?.]\s*if (?:so|yes|it is|it does|there is|there are|they are|they do|any),?\s*(?:(?:tell me|say|let me "
               r"know) )?(?:which|what|where|who)\b[^?.]*[?.]*$").sub(r"\1?", t)  # 'Is X in a bowl? If so, which one?': the yes names it, the no says where it is
    t = rx(r"^how many blocks are on the table\?\s*count the ones in towers too,? but not the ones in bowls\W*$").sub("how many blocks are not in a bowl?", t)
    t = rx(r"^(which|what) (block|one|thing) is (?:that|it) (?:sitting |resting |lying |standing )?(?=(?:on top of|on|in|inside|under|underneath|beneath) the\b)").sub(
        r"\1 \2 is ", t)  # 'Which block is that sitting on top of X?'
    t = rx(r"\s*\((?:the )?bowls? not counted\)|\s*\(not counting (?:the )?bowls\)|\b(in|on|into|onto|under|of|from|inside) (?:that|this|yonder) (?=\w+ (?:bowl|block)\b)").sub(
        lambda m: f"{m[1]} the " if m[1] else "", t)  # '(bowls not counted)'; 'in that W'
    t = rx(r"[.;,?]\s*(?:just )?the (?:thing|block|one) (?:right |directly |just )?(?:below|under|beneath) it\W*$|[.;?]\s*count the ones in towers too,? but not the "
               r"ones in bowls\W*$").sub("?", t)
    t = rx(r"^(?:could|can) you (?:confirm|check|verify) (?:whether|if) (the \w+ \w+) (is|are) (?:currently |now )?").sub(r"\2 \1 ", t)
    t = rx(r"^(?:(?:say|suppose|assuming|if) (?:nobody|no one|you do not|i do not) (?:touches|touch|moves?|changes?) (?:the table|anything)|if nothing (?:gets|is|"
               r"has been) (?:moved|touched|changed)|in the (?:current|present) (?:picture|photo|image|scene|view)|in the (?:picture|photo|image) (?:right )?now)\s*[:,]?\s*").sub("", t)
    t = rx(r"^will (the \w+ (?:block|bowl)) (?:still )?be ").sub(r"is \1 ", t)  # 'will X (still) be sitting in W?': as it is now
    t = rx(r",?\s*\b(?:like,? at all|at all|again|just the number(?: please| thanks)?|report a single integer|i need the exact number|exactly|precisely|to be (?:exact|precise)|so far|"
               r"up to now|until now|by now|to date|at present)(?=\W*$)|"
               r",\s*(?:exactly|precisely),").sub("", t)
    t = rx(r"^is there (?:nothing|no blocks?|not anything) (?:on top of|on) (the \w+ block)").sub(r"is \1 clear", t)  # 'Is there nothing on top of X?'
    t = rx(r"^(is (?:the \w+ (?:bowl|block)) (?:empty|free|clear)),? (?:with )?(?:nothing|no)\b(?: blocks?)?(?: (?:in|on)(?: top of)? it)?").sub(r"\1", t)
    t = rx(r"^how many blocks (?:could|can) be (?:picked up|lifted|grabbed)(?: right now| now)?(?:,? as long as nothing else gets moved first)?").sub("how many "
               "blocks are clear", t)
    t = rx(r"^how many blocks,? (?:exactly,? )?(?:rest|sit|are) directly on top of (?:another|a) block|^count the blocks whose (?:immediate )?support is "
               r"(?:another|a) block").sub("how many blocks are on top of another block", t)
    t = rx(r"^(?:which|what) (block|bowl) (on top of|on|in|under) (?!the table (?:is|are)\b)").sub(r"which \1 is \2 ", t)
    t = rx(r"^(?:whether|if) (the \w+ (?:block|bowl)) (is|are) ").sub(r"\2 \1 ", t)  # '(would you mind telling me) whether X is on Y'
    t = rx(r"\b(?:was|were) (?:observed|seen|found|located|recorded) (in|on|inside)\b").sub(r"is \1", t)
    t = rx(r"^one of the (bowl|block)s is (empty|full|clear|stacked|free)\s*[.;,]\s*which one\b").sub(r"which \1 is \2", t)  # '... Which one?'
    t = rx(r"\bfree of anything(?: on top(?: of it)?| on it)?\b").sub("free", t)  # 'is X free of anything on top, so that it could be lifted ...?'
    t = rx(r",?\s*so (?:that )?(?:it|they) (?:could|can|would|might) be (?:lifted|picked up|moved|grabbed|taken)\b[^?]*").sub("", t)
    t = rx(r"\b(is|are) (the \w+ (?:block|cube)s?) being (?:kept|held|stored|left) (?=in |on |inside )").sub(r"\1 \2 ", t)
    t = rx(r"^how many (blocks|bowls) (?:(?:have|has|did) )?(?:we|you|i|they) (?:got|get)\b").sub(r"how many \1 are there", t)
    t = rx(r",?\s*\b(?:over and out|over|roger|copy|how copy|heard|yes chef|then)\W*$").sub("?", t)  # a radio's sign-off; 'is X in W, then?'
    t = rx(r"\bthe top of (the \w+ (?:block|cube))(?= (?:is )?(?:free|clear|empty|open)\b)").sub(r"\1", t)  # 'is the top of X free?'
    t = rx(r"^is there nothing(?: at all)?(?: (?:in|inside)) (the \w+ bowl)").sub(r"is \1 empty", t)  # 'is there nothing in W?'
    t = rx(r"^how many bowls (?:have|hold|contain|have got) (?:at least one|a|any|some|one or more) (?:block|cube)s?(?: (?:in|inside) (?:them|"
               r"it)| inside)?").sub("how many bowls are occupied", t)
    if m := rx(r"^((?:is|are|does|do|has|have|what|which|where|how many)\b[^?]+)\?\s*(?:(?:sorry|no|oops|wait|actually|i meant|i mean|make that|rather|not "
                     r"that one|not that)\W+)+the (\w+) (block|bowl|one)\W*(?:(?:is|does|has) (?:that one|that|it|this one) (?:in|inside|on|on top of) (?:it|there|that)\W*)?$").match(t):
        kind = m[3] if m[3] != "one" else next(iter(rx(r"\bthe \w+ (block|bowl)\b").findall(m[1])), "block")
        t = rx(rf"\bthe \w+ {kind}\b").sub(f"the {m[2]} {kind}", m[1], count=1) + "?"  # 'Is X in W? No wait, I mean Y.', "What's in W? Not that one, the red one."
    elif rx(r"\?\s*(?:(?:sorry|no|oops|wait|actually)\W+)*(?:i meant|i mean|make that|rather)\b").search(t):  # '... W? sorry, i meant V'
        t = take_backs(rx(r"\?\s*").sub(", ", t, count=1)).rstrip(" .") + "?"
    elif rx(r"[,;]\s*(?:no+|sorry|oops|wait|actually)\b|\bno+ (?:wait|sorry|actually)\b|\b(?:no|sorry|i mean|oops)\s+(?:i mean\s+)?the \w+").search(t):
        # 'is X on the pink, no wait, on Y', 'is the cyan no the purple block on the table'
        t = take_backs(t.rstrip(" ?")) + "?"
    return unframed(t)
