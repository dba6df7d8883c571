"""The frame around a question, taken off: hedges and asides ('I can't really see', 'perhaps you know', 'for the
record'), greetings and names ('ok so', 'dear', 'team'), tags and tails ('..., right?', '... or not', '... Count 'em!'),
statements said as questions ('X is on Y, isn't it?'), and the word orders learners and speakers use ('the X, where is
it?', 'in which bowl is X?'). What is left is the plain question the answers module knows. Read by `questions` last."""

from __future__ import annotations

from agent.planners.offline.courtesies import NO_TROUBLE
from agent.planners.offline.registers import ASKED_TO
from agent.planners.offline.turns import VOCATIVE
from agent.regex import rx
from sim.core.lexicon import COLOURS

_COL = "|".join(COLOURS)


def unframed(t: str) -> str:
    """`t` (a question, lower case) without the frame said around it."""
    t = rx(rf",?\s*\b{NO_TROUBLE},?").sub("", t)  # ', if it is no trouble,'
    t = rx(r"^(?:please,? )?(?:which|what) colou?r (?:have|has|does) (the [\w ]+?)(?: have| has)?(?=\W*$)").sub(r"what colour is \1", t)  # a learner's 'which colour have X?'
    t = rx(r"\bnot counting (?:the )?blocks (?=in |inside )").sub("not counting the ones ", t)
    t = rx(r"^(how many [^?,]+?),?\s+(?:whether )?(?:they are )?(?:in (?:a|the) bowls?|in bowls|stacked|on the table) or not(?=\W*$)").sub(r"\1", t)  # every one counts
    t = rx(r"\bon the table,? (?:outside|out of|not in) (?:the |any )?bowls?\b").sub("not in a bowl", t)  # 'on the table outside the bowls'
    t = rx(r",?\s*(?:the )?(?:stacked ones|ones in (?:towers|stacks)|stacked blocks|towers) included\b").sub("", t)
    t = rx(r"\s*,?\s*\b(?:i can ?not|i can t|i cant|cant|can t) (?:really |quite )?(?:see|tell)\b.*$").sub("", t)
    t = rx(r"^(?:(?:so|ok|okay|well|um+|uh+),? )*(?:basically|honestly|literally|really)\b,?\s*|^" + ASKED_TO +
               r"|^(?:out of (?:curiosity|interest)|(?:just )?(?:wondering|curious)|pray tell|i (?:am|m) curious),?\s*").sub("", t)
    t = rx(r"^(?:(?:slowly|carefully|gently),? )?(?:before you (?:move|pick|touch|reach|start|do|lift)[^,?:]*(?=[,:])|keep (?:the|your) (?:arm|hand|gripper) steady and|"
               r"without (?:disturbing|touching|moving) (?:the (?:stack|tower|pile|blocks)|anything)|no (?:rush|hurry),? but|take your time,? but|(?:do not|don'?t) "
               r"(?:move|touch) anything|hold still(?: for a (?:second|sec|moment))?)[,:]? (?:(?:and )?tell me,? )?").sub("", t)  # manner before a question
    t = rx(r"^(?:upon|on|on top of) (the \w+ (?:block|bowl)),? (?:something|a block) (?:sleeps|rests|sits|lies|is|dwells)\s*[.,;]\s*which (?:block|one) is (?:it|that)\W*$").sub(r"what is on \1?", t)  # a poet's
    t = rx(r"^is there nothing (?:in|inside) (the \w+ bowl)(?=\W*$)").sub(r"is \1 empty", t)
    t = rx(r"^is there nothing on (?:top of )?(the \w+ block)(?=\W*$)").sub(r"is \1 clear", t)
    t = rx(r"^(?:hmm+,? |um+,? )?(?:maybe|perhaps|possibly),? (?:you (?:know|might know|would know|may know)\b[,:]?\s*)?|^if you (?:don'?t|do not) mind me "
               r"asking,?\s*|,?\s*\b(?:i wonder|i guess|i "
               r"suppose|do you know|if you know|by any chance|any idea|you think)\s*(?=\W*$)").sub("", t)  # hedges: 'perhaps you know, is X ...', '..., I wonder?'
    t = rx(r"^(?:(?:maybe|perhaps) )?(?:you could|you can|could you|can you|might you|would you|will you|could i trouble you to|may i trouble you to) (?:tell|let) "
               r"me,? (?:know,? )?|^i(?: have|'ve| ve) (?:completely |totally )?lost track of ").sub("", t)  # 'could I trouble you to tell me ...'
    t = rx(r"^i wonder where (the [\w ]+?) (?:got to|went|ended up|has gone|is)(\W*)$").sub(r"where is \1\2", t)
    t = rx(r"^(is|are) (the [\w ]+?) to be found (?:within|in|inside|on|upon) ").sub(r"\1 \2 in ", t)  # '... to be found within W?'
    t = rx(r"^(?:might|may|could|can) i (?:enquire|inquire|ask)(?: of you)? (?=where|what|which|how|whether|if|is|are)").sub("", t)
    t = rx(r"^(?:(?:please|kindly|now),? )?(?:report|state|give me|tell me|what is|what s) (?:the )?(?:current |present |exact )?(?:location|position|"
               r"whereabouts) of (the [\w ]+?)(\W*)$").sub(r"where is \1\2", t)  # 'Report the current location of X.'
    t = rx(r"(\bon the table),?\s*(?:outside|out of|not in) the bowls(?=\W*$)").sub(r"\1", rx(r"\bon the (?:open|bare|free) table\b").sub("on the table", t))  # a poet's '... on the open table, outside the bowls?'
    t = rx(r"(\b(?:in|on|inside|under) the \w+ (?:bowl|block)) at all\b").sub(r"\1", t)  # a nan's 'Is there anything in W at all, dear?'
    t = rx(r"^(how many (?:blocks|cubes) are) there (?:sat|sitting|lying|resting)(?: loose| free)? (?=on |in )|\b(are there) there\b|\s+(?:all told|in all|altogether|in total)(?=\W*$)").sub(
        lambda m: m[1] + " " if m[1] else m[2] or "", t)  # a farmer's 'how many blocks have we got sat loose on the table', a cabbie's '... you got there all told'
    t = rx(r"^how many (blocks|cubes) (?:be|are|is)(?: there)? (?:stowed|stored|kept|stashed|packed|sat|loaded|parked) (?=in|inside|on)\b").sub(r"how many \1 are ", t)  # a sailor's 'how many blocks be stowed in W?'
    t = rx(r",\s*(?:folks|everyone|everybody|guys|people|friends|ladies and gentlemen|team|kids|(?:young|old|good) (?:machine|robot|man|fellow|lad))\s*,\s*").sub(" ", t)
    t = rx(r"\b(?:perched|sat|sitting|resting|lying|positioned|placed|balanced|standing|tucked|nestled|hiding|hidden|stashed|kept|laid|riding|stood) "
           r"(?=on top of|on|in|inside)\b").sub("", t)
    t = rx(r"^((?:is |are )?(?:the )?\w+ block) stacked (?=on the)").sub(r"\1 ", t)  # 'X stacked on Y?': on it, not above it
    t = rx(r"^where (the [\w ]+?) (?:is|are)(?: (?:presently|currently|now|located|situated|to be found|kept|sitting))*(\W*)$").sub(
               r"where is \1\2", t)  # '(might I enquire) where the red cube is presently located?'
    t = rx(r"^(?:i (?:think|believe|guess|suppose|reckon|bet) )?(the [\w ]+?) (is|are) (.+?)[,.;]?\s*(?:but )?(?:i(?: am|'m| m) not (?:sure|certain)[,.;!]?\s*)?"
               r"(?:right|correct|yes|isn'?t it|is it not|aren'?t they|am i right|is it|are they|is that (?:right|true|so))\s*\?*$").sub(
               r"\2 \1 \3?", t)  # 'the yellow block is on the purple block, right?', 'I think X is on Y, but I'm not sure. Is it?'
    t = rx(r"^(?:(?:take|look at|check|see|consider|about|there s|there is|here s|here is|i see|i ve got|i have got|i have) )?the \w+ \w+(?:,? (?:and |then |and then )?the \w+ "
               r"\w+)*\s*(?:[.,:;!]|\s[-\u2013\u2014]+)\s*(?=(?:is|are|does|do|has|have|what|which|where|how many)\b(?![^?]*\b(?:it|them|they|that one)\b))").sub("", t)
    t = rx(r"^where (?:should|do|can|would|could|must) (?:i|we|one) (?:go )?(?:look|search|check|find)(?:ing)? for (?=the )").sub(
               "where is ", t)  # 'where should I go looking for X?'
    t = rx(r"\b(?:(?:positioned|placed|located|situated|perched|set|sat|sitting|resting) )?(?:atop|upon)\b").sub("on", t)
    t = rx(r"\bwhat (the \w+ bowl) (?:has|holds|contains|has got)(?: in it| inside(?: it)?)?(?=\W*$)").sub(r"what is in \1", t)
    t = rx(r"\bhow many (blocks|cubes) (?:has|have|holds|hold|contains|contain) (the (?:\w+ )?bowls?)(?: got)?(?: in (?:it|them)| inside)?(?=\W*$)").sub(
        r"how many \1 are in \2", t)  # a learner's 'how many blocks has W?'
    t = rx(r"^i (?:just|only|really|simply) (?=want|need|would like)").sub("i ", t)
    t = rx(r"\s*,?\s*\b(?:and )?(?:then )?(?:that is|that's|thats|that s) (?:it|all)(?: (?:i need|i want|i need to know|"
               r"for now))?\W*$").sub("", t)  # '... what colour X is and that's all i need
    t = rx(r"[\s,.?]*\b(?:(?:record|answer|reply|respond|say)(?: with)? )?(?:yes or no|true or false|yes/no|y/n)\W*$").sub("?", t)
    t = rx(r"\s+(?:at the moment|right now|rn|currently|as we speak|at present|already|yet|still|actually|really)(?=\W*$|\s*,)").sub("", t)
    t = rx(r"\b(how many \w+|which \w+|what) (?:have |has |are |is )?(?:ended(?: up)?|landed|wound(?: up)?|made it|found (?:their|its) way|gone|gotten|chilling|hanging(?: out)?|lounging|kicking (?:about|around)|"
        r"dwelling|hiding|living|sleeping|resting|sitting|lying|dreaming|napping|snoozing|slumbering|nesting|waiting|dwell|rest|sit|lie|live) (in|into|inside|on|onto|upon) ").sub(
        lambda m: f"{m[1]} {'are' if m[1].endswith('s') else 'is'} {dict(into='in', onto='on', upon='on').get(m[2], m[2])} ", t)  # 'how many blocks have ended up in W?'
    t = rx(r"\bthe table(?:'s| s) (?:[a-z]+ ){0,3}(?:face|top|surface)\b").sub("the table", t)  # "... upon the table's wide wooden face?"
    t = rx(r"^(?:(?:oh|so|ok|okay),? )?(?:(?:a )?quick question|one question|question for you)(?: while i(?:'ve| ve| have) got you)?[,:.]?\s*").sub("", t)  # 'Oh, quick question while I've got you, ...'
    t = rx(r"^how many (blocks|bowls) (?:do |have )?(?:y'?all|y all|you all|ya|you guys|you) (?:got|have|have got)(?: (?:sitting|sat|lying|resting|chilling))? (in|on|inside) ").sub(r"how many \1 are \2 ", t)  # "How many blocks y'all got sittin' in W?"
    t = rx(r",?\s*not counting (?:the ones|any|those|the blocks) (?:in|inside) (?:the |a )?bowls? or (?:in )?the bin\b").sub(", not counting the ones in bowls", t)  # blocks in the bin are never on the table
    t = rx(r"\bnot in a bowl or (?:in )?the bin\b").sub("not in a bowl", t)
    t = rx(r"^where (?:it|he|she) is (?=the \w+ (?:block|bowl)\b)|^be (?=the \w+ (?:block|bowl)s? )").sub(lambda m: "where is " if m[0].startswith("where") else "is ", t)  # 'Where it is X?', a pirate's 'Be X atop Y?'
    t = rx(r"^(?:the )?total (?:count|number) of (blocks|bowls) ((?:on|in) [^,:?]+?)(?:,? please)?\s*[:,-]\s*how many\W*$").sub(r"how many \1 are \2?", t)  # 'Total count of blocks on the table, please: how many?'
    t = rx(r"[\s,.]*\b(?:(?:ple+a+se+|pls|plz)\s+)?(?:tell me|let me know|i forget|i forgot|i can ?t remember|i don ?t remember)\W*$").sub("", t)  # '... pleeease tell me'
    t = rx(r"^(?:(?:just )?to (?:confirm|check|double check|be sure) )?(?:on my end|for me|for the record),?\s*|^(?:just )?to (?:confirm|check|double check|be sure),?\s*|"
           r"^(?:precisely|exactly),?\s+(?=how many\b)").sub("", t)
    t = rx(r"\b(?:are|is) (?:there )?aboard(?=\W*$)|\b(?:have )?we(?: have| ve)? got(?: out| aboard| here)?(?=\W*$)").sub("are there", t)  # 'how many bowls are aboard?'
    t = rx(r"^(?:wait|hold on|hang on|so|ok so|okay so|ok wait|okay wait|quick q(?:uestion)?|dude|bro|oi|hey),? |,?\s+or(?: (?:what|nah|nope))?(?=\W*$)|(?<=\w )like (?=on|in|under|next to)\b").sub("", t)
    t = rx(r"\bhow many of the (blocks|bowls)\b").sub(r"how many \1", t)
    t = rx(r"^how many (\w+) (?:have been|has been|were|got|have got) (?:left|put|placed|kept|stored|dropped|stacked)(?= (?:in|on|inside)\b)").sub(
               r"how many \1 are", t)  # 'how many cubes have been left in W?'
    t = rx(r"^(?:before|after|while) (?:i|we) [^,?]+,\s*|^(?:oi|hey|yo|right|ok|okay),?\s+(?:mate,?\s+)?|"
               r",?\s*\bfor the record\b,?|\b(?:presently|currently|at present) |\s+(?:all up|in total|altogether|"
               r"all together|overall)\b").sub(" ", t)
    t = rx(r"\s+").sub(" ", t).strip()
    t = rx(r"(?<=\?)\s*(?:i )?(?:reckon |bet )?(?:(?:can|could|will|would) )?you (?:count|tell|check|work out|"
               r"figure out|let me know)[^?]*\?*$").sub("", t)
    t = rx(r"\b(?:have|has) (?:we|you|i) got\b").sub("are there", t)
    t = rx(r"\bhow many of (?:those|them|these|the blocks)(?: blocks)?\b").sub("how many blocks", t)
    t = rx(r"\bhow many (blocks|cubes|bowls) (?:are |have )?(?:we|you) (?:working|workin|got|dealing|playing) with\b").sub(r"how many \1 are there", t)  # 'how many blocks we workin with in total??'
    t = rx(r"(\bhow many (?:blocks|cubes) (?:are )?(?:there )?(?:in|inside) (the \w+ bowl)\b[^?.]*[?.]\s*(?:and )?)is (the \w+ block) one of (?:them|those)\b").sub(r"\1is \3 in \2", t)  # '... in total, and how many of those are in bowls?'
    t = rx(r"^take an? (?:slow|deep|soft|gentle|long) breath,?(?: and)?(?: simply| just)? (?:notice|observe|ask yourself)[,:]?\s*").sub("", t)
    t = rx(r"^(the [\w ]+? bowl) inside (?:have|has) how many (?:blocks?|cubes?|pieces?)\b").sub(r"how many blocks are in \1", t)
    t = rx(r",?\s+or (?:is|am|are|was)(?: not|n t|n't)? (?:not )?(?:my|i|it|this|that|she|he|they)\b[^?]*|\s+(?:in tarnation|on earth|the heck|"
               r"the hell|in the world)\b|,\s*(?:partner|pardner|friend|folks)(?=\W*$)|\s+on display(?: here)?\b").sub("", t)
    t = rx(r"\b(?:located|situated) (?:within|in|inside)\b").sub("in", rx(r"\bon the (?:very )?top of\b").sub("on top of", t))  # a learner's 'on the top of X'
    t = rx(r"^(is|are) (the \w+ (?:block|cube|bowl|one)s?) (?:already|still|currently|now|presently|yet) ").sub(r"\1 \2 ", t)
    t = rx(r"^(?:dear \w+,?\s*)?(?:(?:can|could|would|will) you )?(?:kindly |please )?(?:confirm|verify|make sure|(?:tell|show) (?:my|the|our) (?:audience|friends|class|kids|viewers|listeners|guests))(?:\s+|\s*[,:]\s*)(?=whether|if|how many|what|which|where|(?:is|are|does|do|has|have) )").sub(
               "", t)
    t = rx(r"\s+(?:anywhere|at all|around here|here)(?=\W*$)").sub("", t)
    t = rx(r"^(?:lies|sits|stands|rests|lays|is lying) (something|anything|a block) (?=on|in|under)").sub(r"is there \1 ", t)  # a learner's
    t = rx(r"^(?:the )?(\w+ (?:block|bowl))\s*(?:,|:|-+)\s*(?:is there )?(anything|something|"
               r"any blocks?) (?:stacked |sitting |resting )?(on|in|on top of|inside) (?:it|there)\b").sub(r"is there \2 \3 the \1", t)  # 'X -- anything stacked on it?'  # 'is there a cyan block anywhere??'
    t = rx(r"^(?:so |um+,? |uh+,? |erm,? |well |and |ok |okay |o+h+,? |ah+,? |(?:excuse me|(?:may|might|could|can) i (?:trouble|bother|ask) you(?: to (?:tell me|say))?|(?:i'?m |i am )?(?:so |very |terribly |really |awfully |ever so )?sorry(?: to (?:be a bother|"
               r"bother you|trouble you|ask))?|pardon(?: me)?|hey|hi|hello|please|robot|dear|robot dear|genius|"
               r"smart guy|buddy|pal|mate|kid|champ|team|folks|guys|everyone|chef|boss|but|seriously|honestly|come on|kindly|unit|for the record|for my records?|if i may|say|hon|sugar|lads|ladies and gentlemen|(?:could|can|would|"
               r"will) you(?: happen to know(?=,? (?:what|which|where|how|if|whether)\b))?),?\s*|(?:query|question|quick question|q)\s*:\s*|(?:report|say|state|check),? (?:for the record,? )?(?=how|what|"
               r"which|where|whether|if\b))+").sub("", t.strip())
    t = rx(r"^(?:the )?(blocks|cubes|bowls)\b( [^:?]*?)?\s*[:,-]\s*how many(?: (?:are there|of them))?(?=\W*$)").sub(
        lambda m: f"how many {m[1]}{' are' + m[2] if m[2] else ''}", t)  # 'Blocks on the table, outside the bowls: how many?'
    t = rx(r"\b(how many (?:blocks|bowls)) (?:(?:have|do) (?:we|you) (?:got|have)(?: got)?|are there)(?: out| here)?(?:,? i (?:forget|forgot|can not remember|cannot remember))?(?=\W*$)").sub(r"\1 are there", t)  # 'how many bowls have we got out, I forget?'
    t = rx(r",?\s*(?:so|as) far as (?:you|i|we) (?:are able to|can|could) (?:tell|see|judge)\s*,?").sub("", t)  # 'Is X, so far as you are able to tell, on Y?'
    t = rx(r"\bthe bowl (?:that|which) (the \w+ block) (?:is|sits|is sitting) (in|inside)\b").sub(r"the bowl \1 is \2", t)  # 'what colour is the bowl that X is in'
    t = rx(r"^tell me,\s*(?:(?:(?:gentle|dear|good|kind|wise|sweet) (?:machine|robot|friend|sir|arm)|dear|lad|lass|son|love|friend|robot),\s*)?(?=(?:where|what|which|how|is|are)\b)").sub("", t)  # 'Tell me, gentle machine, where ...'
    t = rx(r"^where (?:does|do) (the \w+ \w+) (?:lie|sit|rest|stand|live|hang out|hide)\b").sub(r"where is \1", t)
    t = rx(r"^where (?:the )?(\w+ (?:block|bowl|cube))(?=\W*$)").sub(r"where is the \1", t)
    t = rx(r"^settle a bet(?: for me)?[^:?]*:\s*").sub("", t)  # 'Settle a bet for me, ...: how many ...?'
    t = rx(rf"^(?:(?:ok|okay|right|so),? )*(?:(?:a )?(?:quick|dumb|silly|stupid|random) (?:one|question|q)|one (?:more |last )?question|question(?: for you)?|(?:(?:sorry|apologies),? )?if this is a (?:silly|dumb|stupid|daft) question)(?:,? {VOCATIVE})?\s*[,:;.-]+\s*(?:but )?").sub("", t)  # 'quick one, is W empty?'
    t = rx(r"\s*\b(?:at the minute|at this minute|at the moment|right now)(?=\W*$)").sub("", rx(r"(?<=[.!?])\s*(?:i am |i m )?counting (?:them|it)\b[^.?!]*[.!]*$").sub("", t))  # '... at the minute?', '... Counting them like eggs.'
    t = rx(r"^which bowl (?:has|is) (the \w+ block) (?:been )?(?:planted|put|placed|kept|living|hiding|hidden) in(?=\W*$)").sub(r"which bowl is \1 in", t)  # '... been planted in?'
    t = rx(r"^(what|which \w+),\s*if (?:anything|any)(?: at all)?,\s*").sub(r"\1 ", t)  # 'What, if anything, is on X?'
    t = rx(r"\b(are|is) out there\b").sub(r"\1 there", rx(r"(?<=\w) out there(?=\W*$)").sub("", t))  # 'how many blocks are out there?', 'is there a X out there?'
    t = rx(r",?\s*if (?:anything|any)(?=\W*$)").sub("", rx(r"(\bon the table(?: in total| altogether)?)\s*\?\s*(?:but )?(?:do not|don t|don'?t) count (?:the ones|the blocks|any|blocks)"
                                                          r"(?: that are)? (?:in|inside) (?:the |a |any )?bowls?(?=\W*$)").sub(r"\1", t))  # "What's sat on X, if anything?", '... in total? Don't count the ones in bowls.'
    t = rx(r"^(?:tell me |.*?\basked (?:me )?)(how many [^,.?]+?)(?:,[^.?]*)?[.?]\s*(?:so )?how many (?:are there|is that|of them are there)(?=\W*$)").sub(r"\1", t)  # '... asked me how many X, .... How many are there?'  # a minimalist's 'where purple block?'  # 'where does X lie tonight?'
    t = rx(r"\b(?:growing|sprouting|planted|perched)(?= (?:on|in|on top of)\b)").sub("sitting", rx(r"^is the (\w+) one (?=in (?:a|any|one of the|the \w+) bowls?\b)").sub(r"is the \1 block ", t))
    t = rx(rf",\s*(?:{VOCATIVE}|please|thanks|lol|robot)(?=\W*$)|(?<=\w),\s*(?:my )?(?:{VOCATIVE}s?|pray tell)(?=,)").sub("", t)  # '..., hun?', 'tell me, darling, ...', 'what, pray tell, is ...'
    t = rx(r"\b(?:another|any other|some other|a different) (block|one|cube)\b").sub(r"a \1", t)  # 'on another block instead of ...'
    t = rx(r"^((?:is|are|does|do|has|have) (?:the )?\w+ (?:block|bowl|cube)s?) (?:even|actually|really|honestly)\b").sub(r"\1", t)  # 'is X even in W or not'
    t = rx(r"\s+(?:instead of|rather than) (?:on |in |at )?(?:the|a) (?:table|bin|\w+ bowl|\w+ block)(?=\W*$)").sub("", t)
    t = rx(rf"^(?:the )?({_COL}) (?=(?:on|in|at|under|inside|on top of) [^?]*\?+$)").sub(r"the \1 block ", t)  # 'red in a bowl?'
    t = rx(r"^(?!(?:which|what|whose|count|list|name) )((?:the )?\w+ (?:block|cube|brick|one|bowl)s? (?:on|in|at|under|inside|on top of)\b[^?]*?)\s*\?+$").sub(r"is \1?",
               t)  # 'pink cube on orange cube?': a yes/no question with its verb left out
    t = rx(r"^(?:report|tell me|give me|state|say|name) the colou?r of\b").sub("what colour is", t)
    t = rx(r"^(?:name|list|report|give me|tell me) (?:every|each|all|all the|the) (?:blocks?|things?|objects?) (in|on|inside) ").sub(
               r"what is \1 ", t)  # 'name every block in W'
    t = rx(r"^how many (\w+)(?: are there| do you see| can you see| have we got)?(?: in total| altogether|"
               r" all together)?\s*\?\s*(?:but |and )?(?:please )?(?:do not count|don t count|don't count|dont count|"
               r"leave out|ignore|exclude|excluding|not counting|skip) (?:the ones|those|any(?: of them)?|"
               r"the (?:\w+ )?(?:blocks|cubes))(?: that are| which are| that re)? (in|on|inside) (.+?)\W*$").sub(
               r"how many \1 are not \2 \3?", t.strip())  # 'How many blocks are there? Don't count the ones in the bowls.'
    tail = rx(r"(?<=\?)\s+[^?]+$").search(t)  # what follows a question: dropped, unless it changes what is asked
    if not (tail and rx(r"\b(?:count|counting|leave out|ignore|exclude|excluding|except|skip|only|but not)\b").search(tail.group(0))):
        t = rx(r"(?<=\?)\s+[^?]+$").sub("", t.strip())
    t = rx(r"[.!?]\s*(?:(?:can|could|will|would) you )?(?:tell (?:her|him|them|me|us)|count (?:'?em|'?them)(?: all| up)?)\W*$").sub("?", t.strip())
    t = rx(r"^[a-z]+ (?:wants|would like|needs|is dying|is curious) to know,? ").sub("", t)  # 'Lily wants to know which ...'
    t = rx(r"^(?:tell|show) (?:[a-z]+ ){1,3}?(?=(?:what|where|which|how|whether|if)\b)").sub("tell me ", t)  # 'tell the class what'
    t = rx(r"^((?:tell me )?where) (.+?) (?:has|have) (?:got|gone|ended up|wandered off)(?: to)?(?=\W*$)").sub(r"\1 is \2", t)
    t = rx(r"^(which \w+|where) (the [\w ]+?) (is|are)( in| on| under| at)?(?=\W*$)").sub(r"\1 \3 \2\4", t)  # 'which bowl X is in'
    t = rx(r",?\s*(?:isn'?t|is not|aren'?t|are not) (?:it|they)(?=\W*$)").sub(" or not", t)  # '..., isn't it?'
    # a yes/no question said as a statement: 'the green block, it is on top of the white block or not?'
    t = rx(r"^(the [\w ]+?),? (?:(?:it|they) )?(is|are) (.+?),? or not(?=\W*$)|^(the [\w ]+?), (is|are) (?:it|they) (.+)$").sub(
               lambda m: " ".join(g for g in (m.group(2) or m.group(5), m.group(1) or m.group(4), m.group(3) or m.group(6))), t)
    t = rx(r"^(?:lies|sits|stands|rests|is) (the [\w ]+?),? or (?:no|not)(?=\W*$)").sub(r"is \1", t)  # 'Lies X on Y, or no?'
    t = rx(r"^(the [\w ]+?), (where|what colou?r) (?:is|are) (?:it|they)(?=\W*$)").sub(r"\2 is \1", t)  # 'The X, where is it?'
    t = rx(r"^what (?:have we got|do we have|have we|is there|is sitting)(?= (?:in|on|inside|under)\b)").sub(
               "what is", t)  # 'what have we got in W?'
    t = rx(r"^(?:(?:state|say|report|check|determine|indicate|tell me) )?(?:whether|"
               r"if) (the [\w ]+? bowl) (?:currently )?(?:contains|holds|has) any (?:blocks?|cubes?|things?|"
               r"objects?)(?=\W*$)").sub(r"is there a block in \1", t)
    t = rx(r"^(?:(?:state|say|report|check|determine|indicate) )?(?:whether|if) (the [\w ]+?) (is|are) ").sub(r"\2 \1 ", t)
    t = rx(r"\s+or not(?=\W*$)").sub("", t)
    t = rx(r"^(the [\w ]+?) (is|are) (?:kept |placed |sitting |resting |lying |standing |put )?(on top of|on|in|"
               r"inside|under) which (block|bowl|one)(?=\W*$)").sub(r"which \4 \2 \1 \3", t)  # 'the yellow block is kept on top of which block?'
    # 'has anything been put on X?', "what's W got in it?", 'how many in W?', 'would you say W is empty?'
    t = rx(r"^(?:has|have) (anything|something|any \w+|a block|blocks) (?:been )?(?:put|placed|stacked|set|left|dropped|added) ").sub(
               r"is there \1 ", t)
    t = rx(r"^what(?:'s| is| s| has) (the [\w ]+? (?:bowl|block|one|bin)) (?:got|holding|containing)(?: (in|on))?(?: it| top(?: of it)?)?(?=\W*$)").sub(
               lambda m: f"what is {m.group(2) or ('in' if m.group(1).endswith('bowl') else 'on')} {m.group(1)}", t)
    t = rx(r"^how many (?=(?:in|on|inside|under) )").sub("how many blocks ", rx(r"^(?:(?:would|do|did) you )?say(?: that)? (?=the )").sub("", t))
    t = rx(r"^(the [\w ]+?) (is|are) (empty|full|clear|free|stacked|loose)(?=\W*$)").sub(r"\2 \1 \3", t)
    t = rx(r"^(?:the )?(\w+ (?:bowl|block)):? (empty|full|clear|free)(?=\W*$)").sub(r"is the \1 \2", t)  # 'cyan bowl empty?'
    t = rx(r"^(?:is it (?:so|true|the case|correct|right) that (?![^?]*(?:,|\band) (?:that )?(?:the )?\w+ (?:block|bowl))|(?=(?:lies|sits|stands|rests|"
               r"lays) the ))(?:(?:lies|sits|stands|rests|lays) )?(the [\w ]+?) (?:lies |sits |stands |rests |"
               r"is )?(?=(?:on|in|under|inside|on top of) )").sub(r"is \1 ", t)
    t = rx(r"^is (the \w+ bowl) (?:has|holds|contains) (?:no blocks?|nothing)(?: in it)?(\??)$").sub(r"is \1 empty\2", t)  # 'is it right that W has ...'
    t = rx(r",\s*is there anything (?:on|in) it(?=\W*$)").sub("", t)
    t = rx(r"^(?:the )?(\w+ bowl)'?s? contents(?=\W*$)|^(?:the )?contents of (?:the )?(\w+ bowl)(?=\W*$)").sub(
               lambda m: f"what is in the {m.group(1) or m.group(2)}", t)  # 'Pink bowl contents?'
    t = rx(r"^(in|on|inside|under) which (bowl|block) (is|are) (the [\w ]+?)(?=\W*$)").sub(r"which \2 \3 \4 \1", t)  # a tag: 'what is on X, is there anything on it'
    t = rx(r"^how many (blocks|cubes|ones) (?:have|with) nothing (?:stacked |sitting |resting )?on (?:them|top(?: of them)?)(?=\W*$)").sub(
               r"how many \1 are clear", t)
    t = rx(r"\b(clear|free)(?: on top)?,? with (?:nothing|no blocks?) (?:sitting |stacked |resting |placed )?on (?:them|it|top|either(?: of them)?)(?=\W*$)").sub(r"\1", t)
    m = rx(r"^(.+?) (is|are) (where|what colou?r)\W*$").match(t)
    return f"{m.group(3)} {m.group(2)} {m.group(1)}" if m else t
