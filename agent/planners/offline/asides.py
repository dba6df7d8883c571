"""What is said around a request rather than as part of it: sentences that carry no part of the request (`chatter`:
'Arm, this is Control.', 'Yes chef?', 'Over.'), asides ("that one's plated", "I think they're about to get their wish"),
and the idioms of a kitchen ('86 it'), a radio ('stand fast'), a stage ('watch it land on ...'), a lab notebook
('Identify the bowl ... Transfer X into that same bowl', 'verify that'), a programmer ('return'), a teenager ('is like
on top'), Indian English ('itself', 'is having', 'do the needful'). `ASIDES` is read among `speech.SPEECH`'s rules
(before `registers.REGISTERS`); `chatter` by `discourse` to set sentences aside."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.words import KNOWN_WORDS, VERB_RE
from agent.regex import rx
from sim.core.lexicon import COLOURS

_MANY_RE = re.compile(r"\b(?:everything|all|blocks|them|both)\b")  # what a sentence moves is more than one

# What a sentence that is part of a request names: an object, a place, a set, a negation or a correction; or a task verb
# with a pronoun ('put it there'). A sentence with none of these ('Yes chef.', 'Over.', "Let's see it, folks!", 'Two
# steps, easy peasy!') is said around a request, never part of it (see `chatter`).
_NAMED_RE = re.compile(r"\b(?:blocks?|bowls?|bin|table|towers?|stacks?|piles?|corners?|middle|everything|anything|nothing|"
                       r"all (?:the|of|blocks|bowls|ones|others|but|except)|each|every|rest|others?|ones?|none|both|not|never|no|"
                       r"undo|stop|wait|cancel|again|instead|meant|i mean|make that|scratch that|actually|"
                       + "|".join(COLOURS) + r")\b")
_POINTING_RE = re.compile(r"\b(?:it|them|that|this|those|these|there)\b")


# Words that say more than the manner of being somewhere ('is not in', 'are all in', 'is the one in', 'is placed in').
_MANNER_STOP = {"not", "no", "never", "all", "both", "each", "every", "also", "still", "already", "then", "first", "now", "one",
                "two", "three", "four", "five", "six", "exactly", "only", "just", "right", "directly", "the", "a", "an", "to", "be",
                "being", "been", "put", "placed", "going", "moved", "kept", "left", "or", "but", "it", "them", "that", "this",
                "there", "where", "here", "what", "which", "block", "blocks", "bowl", "bowls", "table", "bin", "tower", "stack",
                "ones", "those", "these", "supposed", "meant", "set", "on", "in", "at", "by", "of", "with", "inside", "under",
                "next", "near", "off", "out", "its", "their", "own", "alone", "itself", "neither", "nor", "either",
                "without", "anywhere", "somewhere", "nowhere", "everywhere", "back", "away", "again", "together", "apart",
                "down", "up", "over", "too", "instead", "ever", "far", "close", "closer", "further", "beside", "before",
                "after", "later", "half", "whole", "same", "other", "another", "empty", "full", "got", "has", "have", "had",
                "nothing", "none", "anything", "something", "everything", "any", "some", "many", "more", "less", "fewer", "most",
                "least", "than", "if", "when", "so", "as", "like", "because", "since", *COLOURS}


def chatter(sentence: str) -> bool:
    """Whether one cleaned sentence of a longer instruction carries no part of a request (it is then set aside)."""
    if rx(r"(?:is|was) (?:that|this|it) (?:really |so |that |too )*(?:hard|difficult|complicated|much to ask)|how (?:hard|"
                    r"difficult) (?:is|can) (?:that|this|it)(?: be)?").fullmatch(sentence.strip(" .?!")):
        return True  # a rhetorical question: '... Is that really so hard?'
    if rx(r"(?:(?:wait|hmm|oh|ugh|well),? )*(?:this|that|it) (?:is|s) (?:all |just |not )?(?:wrong|not right|a mess|off|"
                    r"messed up)").fullmatch(sentence.strip(" .?!")):
        return True  # a verdict before the fix: 'Wait, this is wrong.'
    if rx(r"[\s,.;]*(?:(?:one|two|three|four|five|six|and)[\s,.;]*)*|(?:(?:yes|yeah|yep|right|correct|exactly)[\s,.;]*)+"
                    r"(?:(?:that|this|the same) one)?[\s,.;]*").fullmatch(sentence):
        return True  # '... into the red bowl. One... two!': counting along; 'Yes, that one.'
    if rx(r"\b(?:swap|switch|reverse|instead|the other way|vice versa|on second thought|scratch that|changed my mind|another \w+|"
                 r"same thing|same again|the same (?:way|for|with)|likewise|ditto)\b").search(sentence):
        return False  # a change of mind, or the step said again: 'On second thought, swap them round.', 'Then another two, same thing.'
    if rx(r"(?:(?:please|now|just|so|then|first|and),? )*(?:(?:colou?r )?sort(?: out| up)?(?: by colou?r)?|colou?r (?:match|matching|sorting)|match "
          r"(?:the |up the )?colou?rs)").fullmatch(sentence.strip(" .!")):
        return False  # a whole job said alone: 'Sort by colour. Bin the rest.'
    if (m := rx(r"\W*(?:(?:they|it|this|these|that) (?:are|is|re|s) [a-z ]+?,? )?(?:no|not an?) ([a-z]+)\W*").fullmatch(sentence)) and not (m[1] in KNOWN_WORDS or _NAMED_RE.search(m[1]) or VERB_RE.match(m[1]) or VERB_RE.fullmatch(m[1][:-1]) or m[1].endswith("ing")):
        return True  # a joke's 'No elevator.', "They're bowls, not a buffet." (never 'No stacking.', 'No bin.')
    if (m := rx(r"\W*(?:it|that|this|they|he|she)(?: is| s| are| re)? not (?:an? |my |our )?([a-z]+),? (?:it|that|this|they|he|she)(?: is| s| are| re)? (?:an? |my |our |the )?([a-z]+)\W*").fullmatch(
            sentence)) and not any(w in KNOWN_WORDS or _NAMED_RE.search(w) or w in ("empty", "full", "clear", "free", "loose", "stacked") for w in (m[1], m[2])):
        return True  # a joke's "It's not trash, it's family." (never "It's not red, it's blue.")
    if _NAMED_RE.search(sentence) or rx(r"(?:(?:what|where|which)(?: \w+)? (?:is|are)|(?:is|are) (?:it|they|that|this|(?:there )?"
                                              r"(?:something|anything))|how many)\b").match(sentence) and _POINTING_RE.search(sentence):
        return False  # a thing named, or a question about what was named before ('What is it sitting on?')
    if rx(r"(?:(?:please|now|just|so|then),? )*(?!(?:love|like|got|nailed|forget|enjoy|appreciate|know|see|hear|get|have|had|did|do|mind|bless|hate|"
          r"thank|thanks|try|trust|believe|need|want|said|say|wrote|write|saw|made|done|fix|check|watch|film|record|count|answer|tell|show|explain|describe|name|list)\b)[a-z]{3,} (?:it|them|that one|this one)(?: (?:out|"
          r"off|up|away|free|loose|down|over|in|back|now|please|too|again))?\W*").fullmatch(sentence):
        return False  # 'Dig it out.', 'Evict it.': a verb said with what was named, read (or refused) with it, never set aside
    return not (_POINTING_RE.search(sentence) and (any(VERB_RE.match(sentence[w.start():]) for w in rx(r"\b\w").finditer(sentence)) or rx(
        r"\bi (?:would (?:like|love|prefer)|want|need) (?:it|them)\b.*\b(?:in|into|on|onto) (?:there|here|it|that|the \w+)\b").search(sentence)))  # '... I'd like it back in there': a wish about what was named


ASIDES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r",?\s*(?:just )?(?:like|as) (?:my|our|his|her|the|an?) (?:[\w ]+? )?(?:used to say|always said|would say|used to tell me|taught me)\b|(?:^|(?<=[.;!?] ))[^.;!?,]+(?:,[^.;!?,]+)?,\s*(?:as )?"
     r"(?:my|our|his|her) [\w ]+? (?:used to say|always said|would say|says)\W*$", ""),  # 'one at a time, like my old foreman used to say'; a saying quoted: '..., my mother used to say.'
    (r"([.;!])\s*(it|they)(?:'s| is| s|'re| are| re)? not (?:trash|rubbish|garbage|junk|bin)(?:,? (?:it|they)(?:'s| is| s|'re| are| re)? (?:(?:my|our|the) )?[a-z]+)?\W*$",
     lambda m: f"{m[1]} {m[2]} should not be in the bin."),  # "It's not trash, it's family.": not for the bin
    (r"[.;!]\s*(?:(?:bin|been|binned) there,? done that|(?:a |the |what a )?(?:tower|stack|pile) of (?!(?:one|two|three|four|five|six|\d|them|all|the|blocks?)\b)\w+)\W*$", ""),  # a dad's pun: 'Bin there, done that.'
    (r",\s*(?:it s|its|it is|that s|thats|that is|they re|theyre|they are) (?:fine|ok|okay|good|perfect|alright) as is\b", ""),  # '..., dont touch V, its fine as is'
    (r"[.;!]\s*(?:(?:my|our|his|her) [\w ]+? (?:always |often )?(?:said|says|used to say)(?: that)?,?\s*)?an? (?:tidy|clean|neat|clear) (?:table|desk|house|home|kitchen|bench|workshop|room) "
     r"(?:is|makes) an? (?:happy|good|safe|clear|calm|healthy) \w+\W*$", ""),  # '...; my late wife always said a tidy table is a happy table.'
    (r"(\bthe \w+ (?:block|one)),\s*(?:yes|yep|yeah|that s right|that is right),\s*the (?:\w+ )?(?:one|block)\b[^,;.!?]*?(?=,|\s+(?:goes|go|should|must|belongs|needs|has to|is to|can|will|gets)\b)", r"\1"),  # 'the rightmost block, yes, the one way over on the right, goes ...'
    (r"\b(is|are|be) not,\s*however,\s*(?=to be\b)", r"\1 not "),  # a lawyer's 'it is not, however, to be placed in the bin'
    (r"[,.;]\s*(?:i (?:like|love) it (?:like that|that way|as it is)|(?:i|we) still (?:want|need|like|use) (?:it|them))(?=\s*(?:[.;!]|$))", ""),  # '..., I like it like that', '..., I still want it'
    (r"\s*[:;,]\s*(?:the other )?(?:\d+|one|two|three|four|five) (?:go|goes|get|are) (?:to|in|into) the bin,? (?:and )?(?:those|the other|these) (?:\d+|one|two|three|four|five) "
     r"(?:do not|don t|stay|remain)\b[^.;]*", ""),  # a statistician's 'Bin every block except X and Y: 2 go to the bin, those 2 do not.'
    (r"\b((?:that|the) (?:block|one) (?:nearest|closest to|furthest from|farthest from) the \w+(?: \w+)?),\s*the one (?:nearest|closest|furthest|farthest)(?: to| from)? it,",
     r"\1,"),  # 'That block nearest the bin, dear, the one closest to it, could you ...'
    (r"\b(closest to|nearest(?: to)?) (the \w+ block) and (\w+) it on (?:top of )?it\b", r"\1 \2 and \3 it on \2"),  # '... closest to X and slap it on top of it'
    (r"^(?:that |the )(\w+ block)(?: s| has| is) been (?:lounging|sitting|lying|hanging out|hanging around|loafing|slacking)(?: around| about)?(?: on the table| there)? "
     r"(?:long enough|too long|for ages)\s*[,.;!]?\s*", r"the \1, "),  # an uncle's 'That X's been lounging on the table long enough, pop it into W'
    (r"\bfrom atop\b", "off"), (r"\batop\b", "on top of"),
    (r"^(?:step|stage|phase|part) one\s+(?=[a-z]+ the\b)", ""),  # 'step one move the green block ... step two put ...'
    (r"^(?:start|begin)(?: off)? by (\w+?)ing\b", lambda m: VERB_RE.match(m.group(1)) and m.group(1) or m.group(0)),
    (r"\b(that|which|it) (?:is|s|'s) got\b", r"\1 has"),  # "the bowl that's got nothing in it"
    # a work's own words: a kitchen's '86 it' (off the menu: away), Indian English's emphatic 'itself' and 'only' at a
    # clause's end and 'is having', a radio's 'stand fast', a narrator's 'gets to stay out', 'is heading for the bin'
    (r"^[a-z ]{1,30}?, this is [a-z ]{1,30}?(?:[.;]\s*|$)", ""),  # a radio call: 'Tower, this is Ground.'
    (r"\b86(?:ed|ing|s)?\b", "bin"),
    (r",\s*(?:i (?:believe|think|reckon|suppose|guess|should think|would think)|(?:it|that one|he|she|they) (?:does|do|is|will|has|must))(?=\s*(?:[,.;!]|$))", ""),  # 'X belongs in W, I believe, ...', '..., it does.'
    (r"(?:^|(?<=[.;!] ))(?:it|he|she|they) (?:is|s|are|re) (?:emotionally |very |quite |really |so )?(?:(?:attached|devoted|loyal|used) to|fond of) (?:that|this|its|their|the) \w+\b[^.;!]*"
     r"|(?:^|(?<=[.;!] ))(?:the \w+ block|it|he|she) (?:is|s) (?:on|taking|having) (?:its|his|her|a) (?:lunch |coffee |tea )?break\b[^.;!]*", ""),  # a joke's "It's emotionally attached to that bowl", 'X is on its lunch break'
    (r"(?<=block),\s*which i (?:notice|noticed|see|saw|think|can see) (?:has|had|is|looks)\b[^.;?!,]*", ""),  # '..., which I notice has a little chip on one edge'
    (r",?\s*(?:good (?:boy|girl|dog|doggy)|puppy|doggy) style\b|,\s*let the record (?:show|reflect)(?: that)?,(?=\s)|^let the record (?:show|reflect)(?: that)?,\s*(?:is that )?|(?:,|[.;!])\s*(?:it|that one)(?: has| s|'s)(?: got)? (?:a|an) [\w ]+?(?: in it| on it)?(?=\s*(?:[.;!,]|$))"
     r"|,\s*(?:those|these|they|both)(?: two| three)? (?:are|r|re) (?:mine|ours|his|hers|theirs|my favou?rites?)(?=\s*(?:[.;!]|$))", ""),  # a dog walker's '..., good boy style!', 'X, let the record show, is', '..., it's got a crack in it', '..., those two r mine'
    (r"\b(?:that |the )(\w+ block) that (?:is|s|has) (?:gone and )?got itself (?:in|into|on|onto) the \w+ (?:bowl|block)\b", r"the \1"),  # "that X that's gone and got itself in W"
    (r"(\b(?:on|onto) the table)[.,;]?\s*(?:anywhere |any (?:old )?(?:spot|place) )?on the table (?:(?:is|s|would be|will be) (?:fine|ok|okay|good)(?: by me| with me| for me)?|will do)"
     r"(?=\s*(?:[,.;!]|$))|,\s*always has been\W*$", r"\1"),  # '... on the table. Anywhere on the table is fine.', '... on the table, any old spot on the table will do'
    (r"\b((?:as|how|like) (?:it is|they are)|where (?:it is|they are)|alone),? with (?:whatever|everything|all|what)(?: that)?(?: is| s| are)? (?:in|inside|on) (?:it|them)\b", r"\1"),
    # '... leave W just as it is, with whatever's in it'
    (rf"(?:^|(?<=[.;!?] ))(?:(?:(?:do not|don t) ask (?:me )?why\b|step (\w+),? there is no step \1\b|no cheating\b)(?:,? (?![^.;!?]*\b(?:{'|'.join(COLOURS)}|blocks?|bowls?|bin|table)\b)"
     r"[^.;!?]*)?[.;!?]*\s*|(?:the )?way i see it,?\s*)", ""),
    # an uncle's "Don't ask me why, the wife wants it that way ...", 'Step three, there is no step three, ha!', '... No cheating!', 'Way I see it, ...'
    (r",?\s*let(?:s| s| us) see if (?:it|you|the robot|they) (?:gets|get|can do|does|manages?|can manage)(?: it| this| that)?(?=\s*(?:[.;!]|$))", ""),  # a streamer's '..., lets see if it gets it'
    (r"[.;!]\s*(?:nothing else (?:is|needs to be|has to be) (?:specified|required|needed|important|relevant)|(?:it|they)(?: has| have| s| ve| is| are)? been (?:cluttering|clogging|"
     r"messing|taking)(?: up)? (?:the|my|our) (?:table|place|space|room)(?: (?:since|for|all) [\w ]+)?|(?:i|we) (?:won t|will not|do not|don t) (?:have|want) (?:them|it|those|these|blocks)(?: cluttering)?(?: up)? (?:the|my|our) (?:table|place)|"
     r"(?:mind|careful|be careful)(?: that)? (?:it|they|nothing|the "
     r"(?:stack|tower|pile)) (?:does not|doesn t|don t|do not|won t|will not) (?:topple|fall|tip|drop)(?: over)?)(?=\s*(?:[.;!]|$))", "."),  # '... Nothing else is specified.',
    # "... It's been cluttering up the table since before breakfast.", '... Mind it doesn't topple.'
    (r",\s*(?:the )?same colou?rs?(?:,? (?:i mean|that is|i guess|you know))?\s*(?=,)", ""),  # '... into those bowls, the same colour I mean, and ...'
    (r",?\s*(?:it is|it s|its) (?:basically |practically |almost |nearly |already |pretty much )*(?:halfway|half way|nearly|almost) there(?: already)?(?: lol| haha)?(?=\s*(?:[,.;!]|$))|"
     r",\s*(?:cosy|cozy|snug|comfy)(?: like)?(?:,? (?:like )?two peas in a pod)?(?=\s*(?:[,.;!]|$))|,\s*(?:like )?two peas in a pod(?=\s*(?:[,.;!]|$))|"
     r",\s*and (?:my|your|our|the) \w+ (?:would|will|does|do|did)(?: too)?\s*(?:,|(?= is\b))|\s+instead of (?:just )?(?:lying|sitting|hanging|lazing) (?:about|around)(?: the place| on the table| there)?"
     r"(?=\s*(?:[,.;!]|$))|,\s*no offen[cs]e(?: to (?:it|them|him|her))?(?=\s*(?:[,.;!]|$))|,\s*(?:i|we) (?:do not|don t) want (?:anything|any blocks?|nothing) "
     r"(?:perched|stacked|piled|sitting)(?: up)?(?: high| on top)?(?=\s*(?:[.;!]|$))", ""),  # '... it's basically halfway there already lol', '..., cosy like, two
    # peas in a pod', 'what I'd really love, and your aunt would too, is X in W instead of just lying about the place', '..., no offence to it', "..., I
    # don't want anything perched up high"
    (r"\b(?:(for )the table to be (?:cleared|cleaned|tidied|emptied)|the table (?:cleared|cleaned|tidied|clear|empty)|(?:clear|tidy|empty) the table)(?: off| up)?[,:;]\s*(?:with |and )?"
     r"(?:all|every)(?: of)? (?:the )?blocks? (?:on it|on the table|from it|off it) (?:(?:go(?:es)? )?(?:into|in|to) the bin|binned)\b",
     lambda m: "for all the blocks on the table to be in the bin" if m[1] else "all the blocks on the table in the bin"),  # 'for the table to be cleared off, all the
    # blocks on it into the bin': the blocks on it, never those in the bowls
    (r"\bleave (the \w+ block),? (?:that one|it) (?:alone|be)\b", r"leave \1 alone"),  # 'but the pink block, you leave that one be'
    # reasons and hedges said around a request: '..., I still need that colour', '..., the paint on it is still wet', 'X could, at your convenience, be placed',
    # '... in the bin; it is, I believe, no longer needed for our purposes', 'The arrangement I have in mind, and I do not think it an unreasonable one, is ...'
    (r",\s*(?:i (?:still )?need (?:that|this|it|them|those)(?: colou?r| one| ones)?|the (?:paint|glue|varnish|ink) on it is (?:still )?(?:wet|drying|fresh)|they (?:go|look|belong) "
     r"(?:together|well together)(?: nicely| well| so well)?|it (?:has|holds|s got) my (?:favou?rites?|things|best ones)(?: in it)?|(?:it|he|she)(?: has| s)? (?:had (?:its|his|her) (?:day|chance|turn)|seen better days|done (?:its|his|her) (?:job|bit|time))|"
     r"(?:its|his|her) time (?:has come|is up)|it(?: is| s)? still (?:proving|rising|cooling|drying|setting|baking|warm|hot)|(?:it|they)(?: has| have| s| ve) been (?:(?:sitting|lying|stuck|stood) )?(?:in|on) "
     r"(?:there|it|that)(?: for)? (?:ages|years|weeks|days|a while|forever|since (?:christmas|easter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last \w+))|poor (?:thing|things|dear|love|wee thing)|(?:and )?i (?:do not|don t) want (?:any )?(?:arguing|argument|fuss|complaints?)(?: about it)?|(?:it|that one)(?: has| s| is) been (?:bugging|annoying|bothering) me(?: all (?:morning|day|week))?)(?=\s*(?:[.;!,]|$))", ""),  # '..., it's had its day', "it's still proving"
    (r"[,;.]\s*(?:(?:we|i) (?:are|am) (?:clearing|tidying|cleaning|closing|resetting) (?:this|the) table(?: up| down| now)?|(?:it|that one) is not (?:compost|rubbish|trash|junk|"
     r"garbage|waste|bin)|wrong \w+,? wrong \w+|(?:it|its|that one) (?:is )?not (?:meant|supposed) to be (?:on|in) (?:there|it|that one))(?=\s*(?:[.;!]|$))", ""),  # "...; we're clearing this table", '... It isn't compost.'

    (r",?\s*(?:and )?that(?: is| s) (?:right |exactly |just )?where (?:it|they) (?:ought to|should|must|has to|needs to)(?: (?:end up|be|go|stay))?(?: now)?(?=\s*(?:[.;!]|$))", ""),
    # '... X belongs in the bin, folks, and that's right where it ought to end up': said again
    (r",\s*(?:at your (?:earliest )?(?:convenience|leisure)|i must (?:insist|stress|say)|(?:and )?(?:do not|don t|dont) laugh|(?:and )?i do not think (?:it|that|this) (?:an? )?(?:unreasonable|unusual|strange|big)(?: one| ask| request)?)\s*,", ""),
    (r"\bwhere (it|they) (is|are) (?:at present|currently|right now|at the moment)\b", r"where \1 \2"),
    (r",?\s*(?:i do not care|i don t care|idc|why would it|no i will not explain|asking for a friend|i guess|thx i guess)(?=\s*(?:[.;!,]|$))|[.;!]\s*yes,? all of them\W*(?=[.;!]|$)"
     r"|,?\s*\bfor your help(?:ing)?\b", ""),  # a teenager's 'idc', 'why would it', 'asking for a friend'; '..., thank you very much for your helping'
    (r"\bwhere (it|they) (?:is|are) (?:planted|parked|sitting|living|resting|laid)\b|\bwhere (?:she|he) (?:is|s|sits|stands|lies|rests)\b", lambda m: f"where {m[1] or 'it'} is"),  # '... right where it's planted', a sailor's 'where she sits'
    (r"[;,.]\s*it is,?(?: i believe,)? (?:no longer|not) needed(?: any ?more)?(?: for [\w ]+)?(?=\s*(?:[.;!]|$))|^should it be (?:feasible|possible),?\s*|^(?:the|my) (?:arrangement|layout|state) i have in mind,? is (?:one )?in which ", ""),
    (r"^(the \w+ block) is (?:on|in|sitting on|sitting in) the \w+ (?:block|bowl),\s*(?:(?:could|can|would) you )?(put|take|lift|get|move|place|set) it\b", r"\2 \1"),  # 'X is on Y, could you take it off?'
    (r",\s*i think (?:it|this|that) (?:is|s) (?:more )?(?:better|nicer|good|nice|prettier)(?: like (?:this|that)| this way| so)?(?=\s*(?:[.;!]|$))", ""),  # a learner's '..., I think it is more better like this'
    (rf"^(?![^,;.]*\b(?:{'|'.join(COLOURS)})\b)(?![^.;]*\b(?:it|they|them|there|that one)\b)[^,;.]{{3,60}}?,?\s+so (?:please )?(?=(?:put|place|move|take|bin|stack|throw|drop|set|pop|get|empty|clear)\b)", ""),
    # a reason first, naming nothing on the table: 'This next piece is headed for storage, so please put X into the bin'
    (r"^(?:we are|i am|we re|i m) (?:only |just )?(?:reorgani[sz]ing|sorting|tidying|working on|clearing|dealing with|fixing|doing|changing)(?: out| up)? "
     r"(the \w+ bowl)(?: today| now| for now| this time)?\s*[:,;]\s*(\w+) (?:it|that one)\b", r"\2 \1"),  # 'We're only reorganising W today: empty it ...'
    (r"^(what (?:i|we) (?:would |really |d )*(?:like|want|need|love)),\s*(?:so|because|since|as)\b[^,]+,\s*(?=is\b)", r"\1 "),  # 'What I'd like, so ..., is X on Y'
    (r",\s*(?:i|we) (?:might|may|could|will) (?:still )?(?:need|want|use) (?:it|them|that one|those|these)(?: later| again| for later| at some point)?(?=\s*(?:[,.;!]|$))", ""),  # '..., I might still need it'
    (r",\s*(?:(?:i|we) (?:am|are|m|re) not (?:finished|done|through) with (?:it|them|that one|those|these|(?:those|these|the) blocks|that block)(?: yet| just yet)?|"
     r"(?:they|it|them blocks|those blocks|these blocks|the blocks) costs? (?:good |real |a lot of )?money)(?=\s*(?:[,.;!]|$))", ""),  # "..., I'm not finished with it yet"
    (r"(?<=\bthen),?\s+only then(?:,? mind)?,?(?=\s)|(?:(?<=\bbut)|(?<=\bthough)),? mind\b(?=\s*[,.;!])|,\s*mind(?=\s*[,.;!]|$)|(?:^|(?<=[.;!?] ))only,? (?=(?:please )?(?:do not|don t|dont|never)\b)", ""),  # 'but mind, not into the
    # bin', 'Not into the bin though, mind, ...', '... Only please don't put it in the bin', '..., and then, only then mind, put ...'
    (r",\s*(?:i|we) (?:like|love|prefer|enjoy) (?:a |my |our |things )?(?:tidy|neat|clean|clear|orderly|organi[sz]ed)\b[^,.;]*", ""),  # '..., I like a tidy workspace'
    (r",\s*(?:cos |because |as )?(?:it is|it s|its|that is|that s|thats) (?:just |total |pure |complete )?(?:bin|junk|useless|broken|no good|ugly|worthless)(?=\s*(?:[.;!]|$))", ""),  # ', its trash'
    (r"[,;.]?\s*(?:and |but )?(?:remember|note|mind|bear in mind|keep in mind|don t forget|do not forget)(?: that)? (?:the \w+ block|something|a block|another block) (?:is |s )?"
     r"(?:sitting |stacked |resting |lying |still )?(?:on(?: top of)?|in) (?:it|there|that one|the \w+ (?:block|bowl))\W*$", ""),  # '..., and remember X is sitting on it'
    (r",\s*(?:just |anywhere )?((?:on|onto|in|into|at) the (?:table|bin|middle|\w+ bowl|(?:top|bottom) (?:left|right) corner)) (?:is|s|would be|will be|will do) (?:fine|ok|okay|good|great|perfect|alright)\b",
     lambda m: f" and put {'them' if _MANY_RE.search(rx(r'[.;!?]').split(m.string[:m.start()])[-1]) else 'it'} {m[1]}"),
    # 'get X out of W, just on the table is fine'; 'take everything out of W except X? Just onto the table is fine': them, never X
    (r"(?:^|(?<=[.;!] )|,\s*)(?:but )?(?:anywhere|everywhere|any place|any other place|the rest of the table) else (?:is|s) (?:fine|ok|okay|allowed|fair game|good|open|yours)\W*$", ""),
    (r"[,;.]?\s*(?:because |as |since |cos |cause )?(?:it is|it s|its|that is|that s|thats|they are|they re|theyre) (?:(?:my|our|their|his|her|your) (?:little )?"
     r"(?:daughter|son|kid|kids|child|children|boy|girl|wife|husband|mum|mom|dad|baby|nephew|niece|grandson|granddaughter)(?:s|'s| s)?|(?:my|our|their|his|her|your) "
     r"(?:very )?(?:favou?rites?|own|toys?|lucky (?:one|block|colour|color)))(?: (?:favou?rite|one|block|colour|color|toy))?(?=\s*(?:[.;!]|$))", ""),  # '..., its my daughters', ', its their favourite'
    (r"\b((?:move|budge|shift|stir)(?:s|d)?) (?:(?:so much as|even) )?(?:an inch|a millimet(?:re|er)|a hair|one bit|a jot|an iota)\b", r"\1"),  # 'X must not move an inch'
    (r",\s*which (?:has|have|had) (?:sat|stood|been|rested|lain|lived|stayed)(?: there| here| in it| in there)? for (?:some|a long|quite some|a|ages|years|a while)[^,.;]*,", ""),  # an aside of time
    (r"[,;.]\s*(?:because |as |since |cos )?(?:the (?:cat|dog|baby|kids?|children|little one|toddler|puppy)|someone|somebody|my (?:son|daughter|kids?|cat|dog))(?:'s|'re| is| s| are| re) "
     r"(?:about|going|gonna|likely|bound) to (?:knock|grab|take|eat|break|steal|move|touch|get)\b[^.;]*", ""),  # "..., the cat's about to knock it over"
    (r",?\s*\bbefore (?:it|they|the (?:stack|tower|pile)|everything|the lot) (?:falls?|topples?|tips?|collapses?|crashes?|goes)(?: over| down)?\b", ""),  # '..., before it falls'
    (r",?\s*\bbefore (?:the (?:(?:little |wee )?ones?|baby|kids?|children|toddler|dog|cat|puppy)|someone|somebody|anyone|my (?:son|daughter|kids?|"
     r"wife|husband|partner|boss|brother|sister)) (?:knocks?|breaks?|grabs?|takes?|eats?|steals?|moves?|touches?|gets? (?:to|at)|messes?|finds?)\b[^,.;]*", ""),  # '... before the little one knocks it off'
    (r",\s*(?:since |as |because )?(?:it|the bowl|that bowl|the \w+ bowl) (?:is|s) (?:not (?:very |that |too |so )?(?:big|large|deep|wide|roomy)|(?:quite |rather |very |"
     r"a bit |pretty |so )?(?:small|little|tiny|shallow))(?=\s*(?:[,.;!]|$))", ""),  # '... in W, not more, it's not very big': a bowl's size, a reason
    (r"(?<!\bof)(?<!\bon)(?<!\bin)(?<!\bto)(?<!\bat)(?<!\bby)(?<!\bonto)(?<!\binto)\s+(?:itself|only)(?=\s*(?:[,.;]|$))", ""),
    (r"\b(is|are) having\b", "has"),
    (r"\b(?:out|lying around|lying about) (?=on the table\b)", ""),  # 'each cube out on the table
    (r"(?:,\s*|\s+)(?:but|while|whilst|whereas) (the \w+ (?:block|bowl))(?:,? though,?)? (?:stays|remains|should stay|must stay|has to stay|can stay)(?: right| exactly| just)? (?:where it is|put(?:,? (?:right |just |exactly )?where it is)?|as it is|in place)\b",
     r", but leave \1 where it is"),  # 'bin X and Y, but Z stays right where it is': never 'Y stays'
    (r"(?<!\bof )\b(the (?:tower|stack|pile)) (?:stays|remains)(?: up| standing| as it is| where it is| put)?(?=\s*(?:[.;!,]|$))", r"leave \1 alone"),  # 'but my tower stays!!!'
    (r"\bstand(?:s|ing)? fast\b", "stay put"), (r"\b(?:is|gets|will be) spared\b", "stays put"), (r"\b(?:are|get) spared\b", "stay put"),
    (r"\b(?:gets to|can|may|is allowed to|will|must|should|has to) stay (out|behind|put|outside|here|there)(?: and \w+)?\b",
     lambda m: "stays out of the bin" if m.group(1).startswith("out") and "bin" in m.string else "stays where it is"),
    (r"\b(?:is|are) (?:heading|headed|bound|on (?:its|their) way)(?: for| to| into| towards)\b", "goes to"),
    (r"\b(?:nobody|no one|no body) (?:touch(?:es)?|moves?|disturbs?)\b", "do not touch"),
    (r"\b(?:do not|don t|never) (?:change|alter|disturb|mess with|mess up|rearrange) (?:anything|what is|whatever is|the blocks?) (in|inside|on) (the \w+ (?:bowl|block))\b",
     r"leave everything \1 \2 alone"),  # "don't change anything in W"
    (r"\blet (it|them|that|this)(?: one)? (?:be|stay|rest|sit|remain)\b", r"leave \1"),
    (r"\bleave (the \w+ (?:block|one)|it|them) be (?=where|as|exactly|right|just)", r"leave \1 "),  # 'leave X be where it is'
    (r"\blet (nothing|no blocks?|none of them|not one of them|no block) (?:go|end up|get put|be put|land|fall)(?: up)? (?=(?:into|in|inside|on|onto) the )", r"\1 goes "),
    (r"(?<=\w) but (?=(?:nothing|no blocks?|none of them|not one of them) (?:goes|go|ends up|end up|gets put|lands) (?:in|into|inside|on|onto) )", ", but "),  # '..., but nothing goes in the bin'
    (r"\bas is\b", "as it is"),
    (r"\b(do not|never) (disturb|touch|move)(?=\s*(?:[,.;]|$))", r"\1 \2 it"),
    (r"\btake out (the [\w ]+?) (?:from|of)\b", r"take \1 out of"),
    (r"(?:^|(?<=[.;] ))(?:lift|take|get|pull|pick) (it|them) out(?: of (?:there|it|the \w+ bowl))?,? and (?:then )?(?=(?:put|place|set|pop|stick|move|drop) \1\b)", ""),  # 'lift it out and put it on X'
    (r"\b(sitting|resting|lying|standing|(?:the|that) (?:block|one|cube)) (?:all )?(?:on its own|alone|by itself) (?=in\b)", r"\1 "),  # 'a block sitting all on its own in W', 'the block all alone in W'
    (r"\b(?:meanwhile|in the meantime|shh+)\b,?\s*", ""),
    (r"\b(?:dead|smack|slap bang|bang) (?=middle\b)", ""),
    (r"\b(?:in the |at the )?middle,? (?:right )?(?:in )?(?:the )?middle of the table\b", "in the middle of the table"),
    (r"\bmiddle( of the table)?,? (?:at |in )?(?:the )?(?:exact |very )?middle(?: point| spot)?(?: exactly| precisely)?(?=\s*(?:[,.;!]|$))", r"middle\1"),
    # a manner said between where a block sits and where: 'is sitting snug and cosy inside the bowl'
    (r"(?<!the )(?<!a )\b(is|are|be|sits?|rests?|lies|stays?|stands?|ends up|goes|go)((?: [a-z]+){1,4}?) "
     r"(?=(?:in|inside|on|on top of|at|into|onto)\b)",
     lambda m: m.group(0) if set(m.group(2).split()) & _MANNER_STOP or m.group(2).split()[0] == "and" or
     m.group(2).split()[-1] == "and" or any(w.endswith("ed") for w in m.group(2).split()) else f"{m.group(1)} "),
    (r"\bgo and (?=(?:sit|rest|stand|lie|live|sleep|hide|wait|stay)\b)", ""),
    (r"\b(go|goes|come|comes|going|coming|head|heads) (?:in|out|over|back|up|down|across|home)(?= (?:right |just |straight )?"
     r"(?:on|onto|to|into|in|at|on top of|inside)\b)", r"\1"),
    (r"\b(go|goes|going|gets sent|get sent) home to\b", r"\1 to"), (r"(?:^|(?<=[.;!] ))((?:every|each) block|all the blocks|the \w+ block),? (?:back )?home (?:to|into|in) (?=the )", r"put \1 in "),
    (r"\s*\b(?:by|at|before) the (?:final whistle|finish(?: line)?|last minute|buzzer|bell|end of (?:this|the) (?:broadcast|show|"
     r"segment|episode|programme|program|story|session|day))\b,?", ""),
    # what is said of something already named: 'X, exactly where it is, that's the anchor', 'that one's plated'
    (r"(^|[.;:] )((?:the )?\w+ (?:block|cube)s?(?:(?:,| and|, and) (?:the )?\w+ (?:block|cube)s?)*)\s*(?:-+|:|,)\s*(?:exactly |just |right )?(?:where|as) "
     r"(?:it|they) (?:is|are|were|stands?)(?: now| right now| at the moment)?(?=\s*(?:[,.;]|$))", r"\1leave \2 alone"),  # 'X and Y - exactly where they are'
    (r"\b((?:the )?\w+ (?:block|cube)(?:(?:,| and|, and) (?:the )?\w+ (?:block|cube))*|(?:the )?(?:blocks|ones) (?:in|inside) (?:the |any )?(?:bowls|\w+ bowl)) (?:are|is) "
     r"(?:the )?(?:keepers?|staying(?: put)?|to stay(?: put)?|to be kept|safe|off limits|not to be touched|not (?:part of|included in|involved in) (?:this|the) "
     r"(?:procedure|task|job|plan|exercise|operation|process|run))(?:\s*[;,.]\s*(?:so |and )?(?:leave|keep) (?:them|those) (?:out of the bin|alone|where they are|"
     r"as they are|in (?:the|their) bowls?))?(?=\s*(?:[,.;]|$))", r"leave \1 alone"),  # 'X and Y are keepers, everything else in the bin'
    (r"\blet (the \w+ (?:block|cube)|it|them) (?:chill|sit|rest|stay|hang out|hang|be|relax|lounge)(?: out)?(?= (?:right |just |exactly )?(?:where|as) (?:it|they) "
     r"(?:is|are)\b)", r"leave \1"),  # 'let X chill right where it is'
    (r"(^|[.;:] )(the (?:\w+ ){0,3}?(?:bowls?|blocks?|ones?)) (?:you|we) (?:leave|keep|let be) (alone|as (?:it is|they are)|where (?:it is|they are)|untouched)\b",
     r"\1leave \2 \3"),  # 'The bowls you leave alone: ...'
    (r"(\bleave (?:the|every|all|both) [\w ]+? (?:alone|untouched|as (?:it is|they are)))\s*[,;:.]\s*(?:and )?(?:them|they|the blocks in (?:it|them)|everything in (?:it|them)|"
     r"(?:what|whatever) is in (?:it|them)) (?:stays?|remains?|should stay) (?:right |exactly |just )?(?:where (?:it is|they are)|put|as (?:it is|they are))(?=\s*(?:[.;,]|$))", r"\1"),  # said again
    (r"(alone|where (?:it is|they are))\s*[,;.]\s*(everything else|the rest|all the others|all the other blocks|every other block)(?: that is| that are)?"
     r"( (?:on the table|in the \w+ bowl))?,?\s*(?:goes |go )?(?:in|into|to) the bin\b", r"\1, and put \2\3 in the bin"),  # '..., everything else in the bin'
    (r",\s*(?:exactly |just |right )?where (?:it|they) (?:is|are)(?=\s*(?:[,.;]|$))", ""),
    (r",\s*(?:that|this|which)(?: one)?(?:'s| is| was| s) (?!(?:in|on|at|inside|not)\b)[^,.;]*", lambda m: "" if not rx(
        r"\b(?:blocks?|bowls?|bin|table|" + "|".join(COLOURS) + r")\b").search(m.group(0)) else m.group(0)),
    # a colour-matching example: ', green to green, and so on', ', like orange block in orange bowl, like that'
    (r"[,:;]\s*(e g |like |say |for example |for instance |such as )?(?:the )?(\w+)(?: block)? (?:to|in|into|goes in|goes to) "
     r"(?:the )?\2(?: bowl)?((?:,? (?:and so on|etc|and so forth|like that))*)(?=\s*(?:[,.;]|$))",
     lambda m: "" if m.group(2) in COLOURS and (m.group(1) or m.group(3) or not rx(r"\b(?:block|bowl)\b").search(m.group(0)))
     else m.group(0)),
    (r"[,.;]?\s*\b(?:can|will|could) (?:they|we|you|it|he|she) pull (?:it|this|that) off\b", ""),
    (r"[,.;]?\s*\bmake (?:it|that) (?:happen|so)(?: before [^,.;]+)?(?=\s*(?:[,.;]|$))", ""),
    (r"^(?:kindly )?do the needful(?: and)?,?\s*|[,.;]?\s*\b(?:kindly |please )?do the needful\b", ""),
    # a narrator's 'the robot is going to put ...'
    (r"(^|[,.;] |\b(?:then|and|now|first|next) )(?:the robot|the arm|it|you|we|i)(?: is| are| am)? (?:going to|gonna|about to) (?=\w)",
     lambda m: m.group(1) if VERB_RE.match(m.string[m.end():]) else m.group(0)),
    # a stage magician's or a narrator's motion: 'watch it land on ...', 'X vanishes into the bin', 'shall reappear inside W'
    (r"^(?:and )?for (?:my|our|the|this|your) (?:\w+ ){0,2}(?:finale|trick|act|encore|number|performance|show|demonstration|demo|"
     r"challenge)\s*,\s*", ""),
    (r"^keep (?:your|the|all) eyes on (the [^,.;]+?)[,.;]+\s*(?:it|they) (?:will|shall|must|should|does|do|is going to) not (?:move|"
     r"budge|shift|change)(?: an inch| at all| one bit)?", r"leave \1 alone"),
    (r"\bkeep (?:your|the|all) eyes on (the [^.,;]+?)(?:\s*[.,;]+)?\s*(?:and )?(?:watch |see )?(?:it|them|as it|as they)\b", r"\1"),
    (r"\s+while (?=the \w+ (?:block|one)\b)", " and "),
    (r"^(?:now )?(?:watch|see|behold)(?: as| how)? (?=the \w+ (?:block|one)\b)", ""),
    (r"\b((?:lands?|landing|flies|fly|flying|floats?|floating|jumps?|jumping|leaps?|leaping|hops?|hopping|vanish(?:es|ing)?|"
     r"disappears?|disappearing|reappears?|reappearing|appears?|appearing|materiali[sz]es?|travels?|teleports?|zooms?|sails?|glides?|gliding|slides?|sliding|climbs?|climbing|dances?|dancing|marches|marching|strolls?|waltz(?:es)?|tiptoes?|soars?|"
     r"finds? (?:its|their) way(?: home| back)?)),?(?= (?:right |just |straight )?(?:on|onto|in|into|inside|to|at|on top of)\b)",
     lambda m: "going" if m.group(1).endswith("ing") else "goes" if rx(r"(?:[^s]s|es)$").search(m.group(1).split()[0]) else "go"),
    (r"\b(?:hiding|lurking|tucked away|tucked|hidden|concealed|buried) (?=(?:under|underneath|beneath|below|in|inside|on)\b)", ""),
    (r"\bvery own\b", "own"),
    (r"^as (?=(?:each|every|all|the)\b)", ""),  # '(watch) as each block finds its way home'
    # a programmer's 'return' at the end
    (r"[,.;]\s*(?:(?:that is (?:it|all)),?\s*)?(?:return|exit|end|done|halt)\W*$", ""),
    # a technician's 'Identify the bowl containing X. Transfer Y into that same bowl.', 'verify that ...'
    (r"^(?:first,? )?(?:identify|find|locate|spot|look for|pick out|note|select|choose) ((?:the|every|each|all(?: the)?) [^.;]+?)\s*[.;]\s*(.+)$",
     lambda m: rx(r"\b(?:that same|the same|this same|that|this) (?:bowl|block|one)\b|\bit\b").sub(m.group(1), m.group(2), count=1)),
    (r"\b(?:verify|confirm|double check|check) that\b", "make sure that"),
    (r"\s+for (?:this|that|this task|the task|this one|this step)(?=\s*(?:[,.;]|$))", ""),
    (r"[,.;]?\s*\b(?:no|with no|there are no|nothing about) (?:other|further|more|additional|extra) (?:constraints?|requirements?|"
     r"conditions?|rules?|restrictions?|instructions?)\b", ""),
    (r"[,.;]?\s*\b(?:goal,? )?(?:both|all|the|these|those) (?:steps|tasks|moves|parts) (?:are |is )?(?:done|complete|completed|"
     r"finished)(?=\s*(?:[.;]|$))", ""),
    (r"[,.;]\s*(?:every (?:last |single )?one(?: of them)?|each and every one(?: of them)?|the lot|all of (?:it|them)|(?:the )?whole lot)\s*$", ""),
    (r",?\s*\bcolou?r (?:to|for|with|by) colou?r\b", ""),
    (r"\b(is|are|was|were) like\b", r"\1"),  # a teenager's 'is like closest to'
    (r"[.;]\s*(?:just |but |only )?not (into|in|on|onto|to|inside) ", r", but not \1 "),  # '... . just not into the bin'
    (r"^(?:when|once|by the time|as soon as) ([^,]+),\s*", lambda m: "" if chatter(m.group(1)) and not rx(
        r"\b(?:you|we|i|done|finish\w*|through)\b").search(m.group(1)) else m.group(0)),  # 'When the curtain falls, ...'
    (r"(?:[,.;]\s*)?\bbefore the next (?:step|one|stage|task|trick|act)\b", ""),
    # a programmer's or a puzzle's colour matching: 'for each block: if there is a bowl of the same colour, put the block in
    # that bowl', 'every block that shares its colour with a bowl is inside that bowl'
    (r"\bfor (?:each|every|all|any) (?:block|one)s?,? if there is (?:a|any) (?:matching )?bowl(?: (?:of|with|in|that has|that is) "
     r"(?:the same|its|its own|a matching|the matching) colou?r(?: as (?:it|the block))?)?,? (?:then )?(?:put|place|move|drop) (?:the "
     r"block|that block|it) in(?:to)? (?:that|the|this|its) bowl\b", "put each block in the bowl of its own colour"),
    (r"\b(every|each) block (?:that|which) (?:shares|has|matches) (?:its|the same|the) colou?r (?:with|as) (?:a|some|any) bowl "
     r"(is|goes|should be|must be|ends up) (in|inside|into) (?:that|the|this|its) bowl\b", r"\1 block \2 \3 the bowl of its own colour"),
    # '..., not on the cyan block' after where it is to be: an exclusion the grammar reads with 'and'
    (r"(\b(?:is|are|be|goes|go|rests|sits|ends up|stays|belongs?)\b [^,.;]*?\b(?:on|in|at|inside|into|onto) the [\w ]+?),?\s*(?:and |but )?"
     r"not (?:perched |sitting |resting )?(?:up )?(?:on|on top of|atop|upon) (the \w+ (?:block|one))(?=\s*(?:[,.;]|$))", r"\1 and not on \2"),
    (r"^(?:wait|hold on|hang on|so|ok so|okay so|um+|uh+|quick q(?:uestion)?|question|q)[,.!]? (?=(?:is|are|does|do|did|what|where|which|how|can|could|has|have)\b)", ""),
    (r",?\s+or (?:what|nah|nope)$", ""),
    (r"[.;]\s*none of (?:its|their|the|those|these)(?: \w+)? blocks (?:should |may |can )?(?:go|goes|end up|get put|be put) (?:in|into) the bin\b",
     ", but not into the bin"),  # 'clear W. none of its blocks go in the bin'
    (r"(\b(?:not the ones|except the (?:blocks|ones)) (?:in|inside) (?:the |a )?bowls?),?\s*(?:just |only )?the ones (?:lying |sitting |left |resting )?(?:about |around )?on the table(?:,? every "
     r"(?:last |single )?one of them)?", r"\1"),  # 'not the ones in the bowls, just the ones lying about on the table': said twice
    (r"(?<=[.?!;,])\s*(?:(?:i m|i am|just|i was|so) )*curious\b[^.?!]*[.?!]?\s*$|(?<=[.?!])\s*(?:is that|is it) (?:even )?(?:possible|doable)\W*$", ""),  # remarks after it
    (r"[.;,]\s*(?:but )?i (?:just )?(?:do not|don t|dont) want (?:it|them|the \w+ bowl) (?:too |over|overly |very )?(?:full|crowded|cluttered)\b", ""),  # '..., I just don't want it too full'
    (r"(?:^|[.;]\s*)(?:sorry,? )?i(?: m| am) (?:just |a bit |a little |so |really )?(?:nervous|anxious|worried|scared|paranoid)\b[^.;]*", ""),  # "Sorry, I'm just nervous about ..."
    (r"^(?:he|she|they|we|my \w+)(?:'s|'ve|'re| s| is| has| have| ve| are| re)? (?:gone|left|out|away|asleep|in bed|at school|at work)\b[^,.;]*,\s*so\s+", ""),  # "He's gone home now, so could you ..."
    (r"(?<=\w),\s*so (?:please |could you |can you |would you )?(?=(?:put|place|move|take|bin|throw|chuck|empty|clear|stack|drop)\b)",
     lambda m: "; " if rx(r"\b(?:needs? to|should|must|has to|have to)\b[^.;]*$").search(m.string[: m.start()]) else m[0]),  # 'W needs to end up empty, so put ...'
    (r"[.;,]\s*(?:(?:it|they) (?:is|are|s|re) not needed(?: any ?more)?|i need (?:it|them) not(?: any ?more)?|i (?:do not|don t) need (?:it|them)(?: any ?more)?|(?:this|that) one (?:stays?|remains?|should stay) (?:outside|out)"
     r"(?: of (?:it|the \w+ bowl))?|(?:i )?hope (?:it s|it is|its) not [^.;]*)\W*$", ""),  # '..., it is not needed anymore', 'I need it not anymore', 'Hope it's not slugs.'
    (r"(?:^|(?<=[.;] ))no other changes\s*[:,.;]?\s*", ""), (r"^so,? the idea is (?:to|that)\s+", ""), (r"(,)?\s*\bi guess\b,?", lambda m: m[1] or ""),
    (r"(?:^|[.;,]\s*)no[- ]?op (?:for|on) (?:the rest|everything else|the others|all the others)\b,?", ""),  # an engineer's 'No-op for the rest'
    (r",?\s*\bso (?:much )?(?:better|easier|simpler|simple|nicer|neater|tidier|cleaner|good|nice|neat|tidy|clean|easy)(?: that way| like that)?(?=\W*$)", ""),
    (r"^(?:they|these|those|the two)(?: two)? (?:match|go together|are a pair|belong together)\s*(?:-+|\u2014|\u2013|,|:|;|\.)\s*", ""),  # 'They match - put X in W.'
    (r"^(?:match|pair) (?:them|em|'em|the blocks|everything|things)(?: up)?\s*(?:-+|\u2014|\u2013|,|:|;)\s*(?=(?:each|every|all|put)\b)", ""),  # 'match them up - each ...'
    (r"^((?:sort|organi[sz]e|group|match)\b[^.;]*?\bcolou?rs?)\s*(?:-+|\u2014|\u2013|,|;|:)\s*(?:that means|i e|that is|so|like|meaning|for example|e g)\b[^.;]*",
     r"\1"),  # 'sort them by colour - that means the red block into the red bowl': an example of the sort
    (r"(?<=\w )like (?=(?:on|in|into|onto|on top of|under|next to|closest|nearest|right on|right in)\b)", ""),  # 'is the cyan one like on top'
    # a sports commentator's, a teacher's, a chef's asides: "that one's plated", 'look at that stack!', "..., and I think
    # they're about to get their wish", "let's go", 'X is having a little rest' (so it stays), 'X holds its position'
    (r"(?:^|(?<=[.;] ))(?:now )?(?:look|check out) (?:at )?(?:that|this|the) (?:stack|tower|pile|mess)(?: over there| there)?"
     r"\s*(?:[.;]\s*|$)", ""),
    (r",\s*(?:and|but|so)\s+(?:i think|i bet|i reckon|i guess|i hope|we think|they think|it looks like|looks like)\b[^,.;]*",
     lambda m: "" if chatter(m.group(0)) else m.group(0)),
    (r"[,.;]?\s*\b(?:let us|let s|lets) (?:go|do (?:it|this)|get (?:going|started|to it|moving))\b", ""),
    (r"(the \w+ (?:block|one)) (?:is having|has|is taking|takes) a (?:little |short |quick |well earned )?(?:rest|nap|break|sleep|"
     r"snooze|breather)\b", r"leave \1 alone"),
    (r"\b(?:so )?(?:we|i|you) (?:will not|are not going to|shall not|must not|cannot|can not|do not) (move|touch|disturb) (it|them)\b",
     r"do not \1 \2"),
    (r",?\s*\bso (?=(?:do not|never) )", ", "),
    (r"(the \w+ (?:block|one)) (?:holds|keeps|maintains|stays in|stays at) (?:its|her|his|their) (?:position|place|spot|ground)\b",
     r"leave \1 where it is"),
    (r"\b(?:that|this) (\w+ (?:block|one)) going (?=(?:into|in|onto|on|to|inside)\b)", r"the \1 goes "),
    (r"\b(?:take|get|move|lift|pull) (every block|all (?:the )?blocks|the blocks|everything|all of them|each block) (?:out of|from) "
     r"(the [\w ]+? bowl),? and (?=(?:into|in|onto|on|to)\b)", r"put \1 in \2 "),  # '... out of W and into the bin'
    # 'the yellow block off the white block and down on the table': where one named block goes
    (r"\b(the (?:" + "|".join(COLOURS) + r") (?:block|one)) (?:off|out of|from) the \w+ (?:block|bowl|one),? and (?:down |back )?"
     r"(?=(?:on|onto|in|into|to)\b)", r"\1 "),
    (r"\b(take|bring|get|lift) (it|them) (?:down|off|up|out),?(?: and)? (?=(?:into|in|onto|on|to)\b)", r"put \2 "),
    (r"^(block|cube|bowl)\b", r"the \1"),  # a radio's 'Block under the yellow block, move it ...'
    (r"^(the (?:\w+ )*?bowl(?: (?:which|that|with) [^,;.]+?)?)[,;.] (?:(.+?) (?:in|into|inside) (?:it|that same bowl|that bowl|the same bowl)|(?:put|place|"
     r"drop|set|move|pop) (the [\w ]+? block) (?:in )?there)$", lambda m: f"{m[2]} in {m[1]}" if m[2] else f"put {m[3]} in {m[1]}"),
    # 'the empty dish: purple cube goes in it', 'the bowl with no blocks in it... put X there'
    (r"[.;,]\s*not (the (?:ones?|blocks?|\w+ (?:ones?|blocks?))\b[^.;,]*|th(?:at|is) one)(?:,? (?:just |only |but )?the [^.;,]+)?(?=\s*(?:[.;]|$))",
     lambda m: "" if rx(r"\b(?:except|but not|other than|apart from|save)\b").search(m.string[:m.start()]) or rx(rf"\bbut {m[1]}\b").search(m.string[:m.start()])
     else f" except {m.group(1)}"),  # 'Each block on the table goes into W. Not the ones already in a bowl, just the ones on the table.'
    (r"\bleave (the \w+ (?:block|one)) (?:in its bowl|in its place|in its spot|where it sits)\b", r"leave \1 alone"),
    (r"[,.;]?\s*nothing fancy\W*$", ""),  # '... and X on the table, nothing fancy'
    (r"[.;!]\s*(?:the bin|the \w+ bowl|it)(?:'s| is| s)? (?:right |just )?(?:there|here|over there|next to you|beside you|by you|in front of you)\W*$", ""),
    (r"(?<=bowl)[.;,]\s*any (?:bowl|one) (?:is|will be|would be) (?:fine|ok|okay|good|alright)[,;]? (?:only |just |but )?not (the [\w ]+?)"
     r"(?=\s*(?:[.;]|$))", r" other than \1"),  # 'in some bowl. Any bowl is fine, only not the red bowl.'
    (r"\bthe bowl (?:that has|which has|with|of) the same colou?r as (?:the block|it|itself)\b", "the bowl of its own colour"),
    # 'blocks with no bowl of their colour stay where they are': kept, so matching takes no stray colour out of a bowl ('can
    # stay': allowed, no goal)
    (r"[,.;]?\s*(?:and )?(?:(?:make sure|ensure)(?: that)? )?(?:if )?(?:the |any |all |a )?(?:blocks?|cubes?|ones?|others?)(?: that| "
     r"which)? (?:without|with no|that have no|that has no|have no|has no) (?:a )?(?:matching |corresponding )?bowl(?: (?:of|in) (?:its|their) (?:own )?"
     r"colou?r| to match)?(?:,? (?:it|they) | )(?:just |simply )?(?:can |may |should |must |will )?(?:stay put|stays|stay|remains|remain|"
     r"be left|are left|is left)(?: put| where (?:they are|it is)| alone| as (?:they are|it is)| in place)?(?=$|[,.;])",
     lambda m: "" if rx(r"\b(?:can|may)\b").search(m.group(0)) and m.start() and not rx(r"\bsort").search(m.string[:m.start()]) else ", leave the unmatched blocks alone"),
    # alone, or after a sort (it would take them out), kept
    (r"[,.;]?\s*(?:and )?(?:if (?:there is )?)?no (?:matching )?bowl (?:in|of|for|with|to match) (?:a|that|the|its|their) (?:block s |"
     r"block's |blocks |block )?(?:own )?colou?r\W*\s*(?:then )?(?:leave|keep) (?:that|the|those|it|them)(?: block| one| blocks| ones)?"
     r"(?: be| alone| where (?:it is|they are)| as (?:it is|they are)| in place)?(?=$|[,.;])|[,.;]?\s*(?:and )?if (?:a|the|any) "
     r"(?:block|cube) (?:has|does not have) (?:no |a )?(?:matching )?bowl(?: of its (?:own )?colou?r)?,? (?:then )?(?:leave|keep) "
     r"it(?: be| alone| where it is| as it is| in place)?(?=$|[,.;])", ", leave the unmatched blocks alone"),  # 'No bowl in its colour? Leave it be'
    # a motion said by any verb before 'into' or 'onto' ('the red block tumbles into the bin', 'X will hop onto Y'): it goes there
    (r"((?:^|(?<=[,.;] )|(?<=\band )|(?<=\bthen )|(?<=\bnow ))the \w+ (?:block|one)(?: (?:will|shall|should|must|can|is to|"
     r"is going to|has to|needs to|now))?) ([a-z]+) "
     r"(?=(?:into|onto|on to|on top of|inside)\b)",
     lambda m: m.group(0) if m.group(2) in KNOWN_WORDS or m.group(2) in _MANNER_STOP or VERB_RE.fullmatch(m.group(2))
     or m.group(2) in ("is", "are", "be", "goes", "go", "going", "went", "gone", "comes", "come", "sits", "sit", "rests", "lies",
                       "stays", "stay", "ends", "belongs", "belong", "fits", "fit", "was", "were", "has", "been", "not")
     else f"{m.group(1)} {'go' if m.group(1).split()[-1] != m.group(1).split()[2] else 'goes'} "),
    # a decorative word before a colour ('the little red block', 'that shiny blue bowl'): all blocks are alike but in colour
    (r"\b(the|a|an|that|this|my|our|your|each|every|both)((?: (?:little|tiny|small|big|large|cute|lovely|nice|pretty|shiny|"
     r"wooden|plastic|bright|dark|light|pale|deep|lonely|poor|old|new|favou?rite|beautiful|adorable|silly|chunky|square|colou?rful|"
     r"funny|sweet|happy|sad|brave|plain|solid|gorgeous|precious|trusty|humble|mighty|magic(?:al)?|mysterious|famous|lucky|"
     r"naughty|grumpy|sneaky|sleepy|lone))+) (?=(?:" + "|".join(COLOURS) + r")\b)", r"\1 "),
)
