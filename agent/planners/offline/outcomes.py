"""How people say the result around a request, read after `registers.REGISTERS` among `speech.SPEECH`'s rules: a
result clause ('..., so that when you're done the red one sits on top of it'), a condition ('as long as nothing goes in
the bin', 'making sure neither of them ends up stacked'), a thing described with what rests on it ('X in W with Y
stacked on top of it', 'with nothing on it'), a complaint about how things are ('X isn't even in W', 'the colours are all
mixed up'), a contrast ('in the bin, not the green bowl'), a request said again or ended aloud ('... so it's sitting
there', 'can you sort that out for me?', "and that's it, thanks"), what a bowl should hold ('load W up with X and Y', "W
shouldn't have more than one block"), sets said loosely ('any block sitting on top of another one', 'the blocks by
themselves', 'every block with nothing on it'), and a learner's or a speaker's loose words ('taken out and placed on',
'instead of it', 'Put please X', 'Take first X', 'the bowl that has X in it put Y in that one')."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.courtesies import NO_TROUBLE
from agent.planners.offline.words import VERB_RE
from agent.regex import rx

_BLOCK = r"the (?:\w+ )?(?:block|cube|one)"
# where a block on the table is not: 'on the table, none stacked, none atop another and none in a bowl'
_ELSEWHERE = (r"(?:stacked(?! on (?:it|them|top)\b)|in (?:a )?bowls?|in the bin|(?:on|on top of|atop) (?:another(?: block| one)?|each other|one another|"
              r"any other(?: block)?))")

OUTCOMES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"(?:^|(?<=[.;] ))(?:the ones|the blocks|those|any blocks?) (?:already )?(?:in|inside) (?:the |a )?bowls?,? (?:can|may|should|must|will|are to)? ?(?:stay|remain|be left|sit)"
     r"(?: put| where they are| in (?:their|the) bowls?| as they are)?\W*$", "leave the blocks in the bowls where they are"),  # '... The ones in the bowls can stay in their bowls.'
    (r"^((?:every|each) bowl) (?=(?:exactly|just|only|at least|at most)? ?(?:one|two|three|four) blocks? in it\b)", r"\1 should have "),  # 'every bowl exactly 1 block in it'
    # a purpose or a reason that changes no goal: '..., so that I can reach it', 'so it's easier to find them', 'since the
    # table is getting crowded'
    (r",?\s*\bso(?: that)? (?:i|we|you|people|someone|everyone) (?:can|could|will|may|might|do not|don t)\b[^.;!?]*", ""),
    (r"\b(take|lift|get) (?:that|this|that one|this one|it) off,? so(?: that)? (the \w+ block) (?:is|ends up|becomes|will be) (?:clear|free|uncovered)\b",
     r"\1 it off \2"),  # 'if something is on X, take that off so that X is clear': off X
    (r",?\s*\bso(?: that)? (?:it|things|everything|the (?:desk|table|workspace|area|bench))(?: is| s| will be| gets?| looks?)? (?:\w+ )?"
     r"(?:easier|less|more|cleaner|tidier|neater|clearer|nicer|better|simpler)\b[^.;!?]*", ""),
    (r",?\s*\b(?:since|because|as) the (?:table|desk|workspace|bench|area|bowl|bin) (?:is|was|gets|s)\b[^.;!?]*", ""),
    (r"(?:^|(?<=[.;!?] ))(?:i|we) (?:want|need|would like|am going|are going|plan) to (?:put|place|use|add) (?:something|things|stuff|"
     r"a block|some blocks)(?: (?:in|on|into) (?:it|there|them))?\s*[.!]?\s*$", ""),  # 'Is W empty? I want to put something in it.'
    (r",?\s*\bi (?:think|guess|suppose|reckon)\s*$", ""),
    (r"^(?:no,? )?not (?:in |into )?(the (?:\w+ )?(?:bin|bowl|table))\s*[.;,]\s*(.+)$", r"\2, not \1"),  # 'Not the bin! X goes in W!'
    # what else a bowl may hold after X goes in: 'put X in W. Nothing else should be in there', '..., so it holds nothing but X'
    (r"\b((?:put|place|drop|pop|set|move|stick) (the \w+ (?:block|cube)) (?:in|into|inside) (it|the \w+ bowl)\b[^.;]*?)[.;,]?\s*(?:and |so (?:that )?)?"
     r"(?:nothing else|no other (?:block|cube|one)s?) (?:should|must|can|may|will|is|are|goes|go)? ?(?:be |go |sit |stay )?(?:in|inside) "
     r"(?:it|there|that bowl|the bowl|that one|the \w+ bowl)\b", r"\1. \2 should be the only block in \3"),
    (r"(\b(?:to|in|into) the bin\b[^.;]*?)[.;,]\s*(?:and |but )?nothing else (?:goes|should go|must go|is to go|gets put|will go|may go) (?:in|into)(?: there| it| the bin)?"
     r"(?=\s*(?:[.;!]|$))", r"\1"),  # 'Move X and Y to the bin. Nothing else goes in.': only what was named is binned
    (r"\b(the \w+ bowl) (?:gets|receives|takes) (the \w+ (?:block|cube))[.;,]?\s*(?:and |but )?(?:nothing else|no other (?:block|cube|one)s?) (?:should |must |can |may |will )?"
     r"(?:goes|go|gets put|is put|be put) (?:in|into|inside) (?:it|there|that bowl|the bowl)\b", r"\2 should be the only block in \1"),  # 'W gets X, and nothing else goes in it'
    (r",?\s*\bso (?:that )?(?:it|the bowl|that bowl) (?:holds|has|contains|keeps) (?:nothing but|only|just) (the \w+ (?:block|cube))(?: in it)?\b",
     r". \1 should be the only block in it"),
    (r"(?:^|(?<=[.;!,] )|(?<=\bso )|(?<=\bthat )|(?<=\band )|(?<=\bbut )|(?<=\bsure ))(?:none|not one|not a single one)(?: of (?:them|those|these|the blocks|the cubes))? (?=(?:should|"
     r"must|may|can|could|will|is|are|go|goes|end|ends|get|gets|stay|stays|sit|sits|remain|remains|be|gets)\b)", "no block "),  # 'None (of them) should ...'
    (r"[,;.]?\s*\b(?:and )?no (?:block|one|cube)s? (?:should|must|can|may|is|are)(?: to)? (?:be )?(?:left|remaining)(?: behind| over| out)?(?=\s*(?:[.;!]|$))",
     ""),  # 'bin them all, none should be left'
    (r"\b(?:take|get|pull|lift) (it|them) out(?=\s*(?:[.;!?]|$))", r"put \1 on the table"),  # 'X should not be in W; take it out'
 (r"[.?!,]?\s*\bnot sure\s*[.?!]?\s*$", ""),
    (r"\b(?:i|we) (?:do not|don t|dont) think (the [\w ]+?) (should|must|needs to|ought to) be\b", r"\1 \2 not be"),
    (r"\b(?:i|we) (?:would|d) rather (the [\w ]+?) (?:stayed|stay|stays|remained|was left|were left) (?:put|where it is|where it was|alone)\b",
     r"leave \1 where it is"),
    (r"\bbut (the \w+ (?:block|cube|one)) (leave|keep|put|move|take) (it|them)\b", r"but \2 \1"),  # 'but the blue cube leave it ...'
    (r"\b(block|one|cube)(?: that is| which is)? over (?=the )", r"\1 on top of "),
    (r"\bthe bowl (?:with|in) (its|their) (?:own |same )?colou?r\b", r"the bowl of \1 colour"),
    (r"(on the table)(?:[,.?]\s*|\s+)(?:like |i mean |so |with )?(?:none|nothing) (?:of them )?" + _ELSEWHERE +
     r"(?:,? (?:and|or|with) (?:none|nothing) (?:of them )?" + _ELSEWHERE + ")*", r"\1"),  # 'all of them flat on the table, none stacked and none in bowls'
    (r"^(?:other than|apart from|except(?: for)?|besides|aside from) (the [\w ]+?),\s*((?:i|we) (?:would like|want|need) (?:all|every|"
     r"each)(?: of)?(?: the)? (?:blocks?|cubes?|ones?))", r"\2 except \1"),  # 'Other than X, I'd like all the blocks moved to ...'
    (r"\b(?:not )?even (?=(?:one|a|a single)\b)", ""),
    (r"^(?:do not|never) (?:leave|put|have|keep) more than (a single|one|two|three) (?:blocks?|cubes?) in (the \w+ bowl)",
     lambda m: f"atmost {m.group(1).replace('a single', 'one')} blocks in {m.group(2)}"),
    (r"^(?:(?:in|at|by) the end(?: of (?:the|this|your) \w+)?|eventually),?\s*", ""),
    # the end of a request said aloud: '..., and then you're done', "and that's it, thanks", "then that's everything"
    (r",?\s*\b(?:and )?(?:then )?(?:(?:you )?are done|you re done|(?:that is|that s|thats) (?:it|all|everything|how it (?:is|should be|goes)|as it is|the way it (?:is|should be|goes)))(?: really| then"
     r"| for now)?(?:,? thanks?(?: you)?)?(?=\s*(?:[.;!]|$))", ""),
    (r"^(.+?) (?:is|are) (?:in|on|at) the wrong (?:place|spot|bowl|position|location|one),\s*(?:it|they) ", r"\1 "),
    (r"^(?:really |just |kinda |so )?(want|need|would like|d like) (?=the |a |all |every |each |both |them |it )", r"i \1 "),
    (r"\b(corner|middle)(?: of (?:the )?(?:work ?(?:area|space|surface|cell)|table|scene|workspace))\b", r"\1"),
    (r"^(?:i|we) (?:would|d) (?:really )?(?:like|love) it,?\s*(?:if you (?:could|would|can) )?(?=(\w+) the )",
     lambda m: "" if VERB_RE.fullmatch(m.group(1)) else m.group(0)),  # "I'd really like it if you could empty W"
    (r"\b(empty|clear out|unload) (the \w+ bowl),?\s*(?:and )?(?:just )?put the (?:stuff|things|contents|blocks)(?: in it| from it)? "
     r"(on|onto|in|into) ", r"\1 \2 \3 "),  # 'empty W, just put the stuff on the table'
    (r"\b(?:i|we) (?:want|need|would like) (the [\w ]+?) gone\b", r"throw \1 away"),
    (r"\btake (the [^,.;]+?|it|them|that one) off (?=and (?:then )?(?:put|place|set|move|drop|stick|pop) (?:it|them)\b)", r"take \1 "),
    (r"^(?:on )?whatever side of the table (?:they|it) (?:are|is|re|s) on,?\s*", ""),
    (r",?\s*\bwherever (?:that|the|its|their) bowls? (?:is|are)(?: on the table)?\b", ""),
    (r"(?:^|(?<=, ))(?:the )?blocks and (?:the )?bowls (?:have|are|come in) (?:different |their own |matching )?colou?rs,?\s*(?:and )?", ""),
    (r"\bnot (in|into|on|onto) (the [\w ]+?) but (?=(?:in|into|on|onto|at|to) )", ""),  # 'put X not in the bin but on the table'
    (r"^(?:(?:do |can )?you see|see|look at|notice) (the [^,;.]+?),\s*", r"\1, "),  # 'you see the block on X, take that one off'
    (r"\bremove (the [^,.;]+?) and (?:then )?(place|put|set|move|drop) (it|them)\b", r"take \1 and \2 \3"),
    (r"\b(the \w+ (?:block|one)) (?:you )?(?:let|lass) (?=where|alone|stand|be\b)", r"leave \1 "),
    (r"^at first\b", "first"), (r"^(take|put|move|place|set|bring) first (?=the )", r"first \1 "),
    (r"\b(?:and )?after (?=(?:put|place|move|take|stack|set|drop|bring)\b)", "and then "),
    # what the request is said again as: '... so it's sitting there', 'so that its top is clear', 'can you sort that out?'
    (r",?\s*\bso(?: that)? (?:it|they|the \w+ (?:block|one)) (?:is|are|s|ends? up|will be)(?: \w+ing)? there\b", ""),
    (r",?\s*\bso(?: that)? (?:its|their|the) tops? (?:is|are) (?:clear|free|empty|bare)\b", ""),
    (r",\s*(?:(?:can|could|would|will) you (?:please )?)?(?:sort|handle|manage|do|fix|take care of|deal with|arrange|"
     r"organi[sz]e) (?:that|this|it)(?: out| for me| for us)*$", ""),
    (r",?\s*\b(?:and so on|and so forth|etc|et cetera|and the like)(?=\s*(?:[.;!?]|$))", ""),
    (r"[.;]\s*(?:please )?(?:get|make|put) (?:it|them|things|everything) (?:there|so|happen)(?: for me)?(?=\s*[.!]?\s*$)", ""),  # 'Desired end state: X on Y. Please get it there.'
    (r",?\s*as (?:(?:quietly|gently|softly|carefully|slowly|quickly|neatly|smoothly) )?as (?:you (?:can|are able)(?: manage)?|possible)(?=\s*(?:[.;!,]|$))", ""),  # '..., as quietly as you can manage'
    (r"(?:^|(?<=[.;!] ))(?:that|this) bowl(?:'s| s| is) (?:for|meant for) (?!blocks?\b)[a-z]+(?:,? not (?:for )?[^.;!]*)?(?=\s*(?:[.;!]|$))", ""),  # a dad's "That bowl's for cereal, not for blocks of wood."
    (r",\s*(?:it|they)(?:'s| s| is| has| have|'ve| ve) been [^,.;!]*(?=\s*(?:[.;!]|$))", lambda m: m[0] if rx(r"\b(?:block|bowl|bin|table|corner)s?\b(?!-| ing)").search(m[0]) else ""),  # "..., it's been block-ing my view all morning"
    (r"^(?:at this time,? )?(?:we|i) (?:ask|request|kindly ask|would ask)(?: you)? that (.+?) (?:be|are) (?:placed|put|moved|stowed|returned) (?=(?:in|into|on|onto|to|at)\b)", r"put \1 "),  # a flight attendant's
    (r"\b(was|were|is|are|be) sat (?=(?:on|in|at|inside|on top of|upon)\b)", r"\1 "),  # 'if X was sat on top of Y'
    (r"\bstow (?=(?:it|them|the)\b)", "put "),  # a pirate's 'stow it in W'
    (r"(?:^|(?<=[.;] ))(the rest|the others|everything else|all the others) (?:are|is) (?:not|n t) (?:part of|in scope for|included in) (?:this|the) (?:deliverable|job|task|scope|sprint|exercise|project)(?=\s*[.!]?\s*$)",
     r"leave \1 where they are"),  # a manager's '... The rest are not part of this deliverable.'
    (r"(?:^|(?<=[.;,] )|(?<=\bbut )|(?<=\band ))(the \w+ bowl) (?:stays|remains|should stay) (?:as it is|as is|untouched|the same|where it is)(?:,? nothing (?:goes )?in or (?:comes )?out)?", r"leave \1 alone"),  # 'W stays as it is, nothing in or out'
    (r"\b(do not|don t|don't) (?:you )?go (moving|touching|shifting|disturbing|messing with|fiddling with)\b", lambda m: f"do not {'move' if m[2] in ('moving', 'shifting') else 'touch'}"),  # "don't you go moving X"
    (r"^(?:\d+|one|two|three|four|five) blocks? (?:share|shares|have|has) (?:a|the same) colou?r (?:with|as) (?:a|the|one of the) bowls?\.\s*(?:put|place|move) (?:each|all|both) of (?:those|them|these)(?: (?:\d+|two|three|four|five))? "
     r"in (?:its|their) (?:own )?matching bowls?", "put every matched block in its matching bowl"),  # '2 blocks share a colour with a bowl. Put each of those 2 in its matching bowl.'
    (r",\s*(?:keep (?:it|them) (?:steady|stable|still|level|safe|cool|tidy|neat|rocking|real|moving|smooth)|(?:that(?: s|'s| is) the (?:law|rule|deal|truth),? )?no (?:fable|lie|lies|joke|jokes|cap|kidding)|that(?: s|'s| is) the (?:law|rule|deal|truth)|"
     r"clear the (?:road|way|lane|path)|(?:and )?(?:then )?(?:we|we re|we are) done|(?:(?:stack|build|do) it,?\s*)?(?:do not|don t|don't) stop(?: now)?)(?=\s*(?:[,.;!]|$))", ""),  # a rapper's and a cabbie's tags
    (r"\b(block|right|left)\s*,\s*(?:(?:yeah|yes|yep|aye),? )?(?:that one|this one|that s the one|the very one)(?:,\s*the \w+ one)?(?=[,.;])", r"\1"),  # 'The block on the far right, yeah that one, ...'
    (r"\b(the \w+ block|that \w+ block|it) (?:is|s) not (?:staying|sitting|going to stay|remaining|stopping) (on|in|on top of)\b", r"\1 should not be \2"),  # "X ain't stayin' on Y"
    (r"^(the \w+ block) (?:riding|rolling|cruising|zooming|heading|travelling|traveling|gliding)(?: (?:over|across|on))? (?=(?:to|into|in)\b)", r"\1 goes "),  # a cabbie's 'X riding over to W'
    (r"^the (?:correct|right|proper|best|ideal) (?:location|place|spot|position|home) for (the \w+ block) is,? (?:i (?:believe|think|reckon|guess),? )?(?=the )", r"\1 goes to "),  # 'The correct location for X is, I believe, W'
    (r"^(?:the|our|my) (?:goal|deliverable|target|aim|objective|outcome|result|end state)(?: here| for (?:today|now|this(?: one)?))? is (?=the \w+ block)", ""),  # 'The deliverable here is X sitting on Y'
    (r"\.\s*not (?:in |into )?(the bin|the \w+ bowl|the table)\s*[.!]*(?:\s*the \w+ (?:bowl|block)\W*)?$", r", not \1"),  # a teenager's 'X goes in W. NOT the bin. W'
    (r"\b(set|put|place|drop|pop|lay|stick|tuck) (it|them)(?: down)? inside(?=\s*(?:[.;!,]|$))", r"\1 \2 in there"),  # '... over to W and set it down inside'
    (r",\s*(?:resting|sitting|lying|standing|placed) (?:flat|still|steady|level|straight|upright|neatly|quietly|calmly|squarely)(?: and (?:flat|still|steady|level|straight|upright|neatly|quietly|calmly))?"
     r"(?=\s*(?:[.;!]|$))", ""),  # 'X belongs on the table, resting flat and still'
    (r"\bletting (it|them) (?:gently |softly )?(?:rest|sit|settle|sink|drop|fall|lie|is|are) (?=(?:on|in|into|onto|on top of)\b)", r"putting \1 "),  # 'lifting X off Y and letting it rest on the table'
    (r"(\b(?:the \w+ bowl (?:should|must|needs to|has to)(?: \w+)? be empty|empty the \w+ bowl)\b[^.;,]*),\s*(?:with )?(?:no|not a single|not one) (?:blocks?|cubes?|thing)(?: left)? (?:in|inside) "
     r"(?:it|there)(?: at all| whatsoever)?(?=\s*(?:[,.;!]|$))", r"\1"),  # 'W should be empty, no blocks in it at all': the same said again
    (r"^(?:this|that) (?:one|parcel|package|letter)(?:(?:'s| is| s) (?:addressed|going|headed|bound) (?:to|for)| goes (?:to|in|into)) (the \w+ bowl|the bin|the \w+ \w+ corner)\s*[:,;.!-]+\s*(the \w+ block) (?:belongs|goes|should go) "
     r"(?:in there|there|in it|in)\b", r"put \2 in \1"),  # a postie's 'This one's addressed to W: X belongs in there!'
    (r",\s*(?:every(?: last| single)?|each and every) (?:parcel|piece|letter|package|bit)s?(?=\s*(?:[.;!]|$))|\s+before my (?:round|shift|rounds|break|lunch) (?:is done|is over|ends|finishes)", ""),  # '..., every last parcel!'
    (r"\b(?:delivered|posted|sent|shipped|dispatched) (?=(?:to|into|in|on|onto) )", "put "),  # 'I'd love to see X delivered to the top left corner'
    (r"(\b(?:stays|remains|stay|remain)\b[^.;!]*?),?\s*(?:and )?(?:it )?(?:(?:does not|doesn t|doesn't|won t|won't|will not) (?:budge|move)|(?:do not|don t|don't) (?:move|budge)(?: it| them)?)(?: an inch| a bit| at all| one bit| a foot| a millimetre| a hair)?(?=\s*(?:[.;!]|$))", r"\1"),  # '..., doesn't budge an inch!'
    (r"(?:^|(?<=[.;] ))(?:the )?((?:all )?(?:the )?(?:other )?blocks? (?:in|inside) (?:a |the )?bowls?|(?:all )?(?:the )?other blocks|the rest|everything else|the others|(?:all )?(?:the )?remaining blocks)\s*[:,-]\s*"
     r"(?:skip|ignore|leave(?: (?:them|alone|as is))?|no change|unchanged|as is|untouched|do nothing|nothing|leave alone|stay put)(?=\s*[.!]?\s*$)", r"leave \1 where they are"),  # 'Blocks in bowls: skip.'
    (r"(\b(?:in|at|on|into|to) the (?:middle|centre|center|bin|table|top left corner|top right corner|bottom left corner|bottom right corner))(?: (?:over|right|just))? there\b(?! (?:is|are|s|was|were)\b)", r"\1"),  # 'in the middle there'
    (r",\s*whatever (?:its|the|their) (?:hue|colou?r|shade|tint)(?: (?:is|may be|might be|happens to be))?,", ","),  # 'the block farthest to the right, whatever its hue, ...'
    (r"(\b(?:no (?:block|blocks|cubes?)|nothing) (?:should|must|may|can) (?:be )?(?:left |stay |remain )?(?:in|on) the \w+ (?:bowl|block|table)\b[^.;]*?)[,;.!]\s*(?:and )?(?:out|off) (?:they|it|them) "
     r"(?:all )?(?:come|comes|go|goes)\b(?: out| off)?(?=\s*(?:[.;!]|$))", r"\1"),  # '..., out they all come': the same said again
    (r"(\b(?:should not|shouldn t|must not|mustn t|(?:do not|don t) want|is not to) be (?:on|in) the \w+ (?:block|bowl)\b[^.;]*?)[,;.]\s*(?:so )?(?:just |please )*(?:(?:move|put|set|place|stick|pop) "
     r"(?:it|them) (?:somewhere(?: else)?|anywhere(?: else)?|elsewhere)(?: (?:you like|you want|is fine|else))?|(?:move|get|lift|pull|shift|knock|take) (?:it|them) (?:off|out)(?: of (?:it|there))?)(?=\s*(?:[.;!,]|$))", r"\1"),  # '..., just move it somewhere'
    (r"(?<=\w)\s*[.;:,]\s*(?:(?:so |and )?(?:that is|that s|that makes|that will be|which makes|which is|making(?: it)?)(?: a total of| exactly| just| only)? (?:one|two|three|four|"
     r"five|six) (?:blocks?|of them)(?: (?:in|into|inside|on) (?:the bin|the \w+ bowl|the table))?(?: in total| altogether| all told| total)?|(?:one|two|three|four|five|six) (?:blocks?|of them)"
     r"(?: (?:in|into) (?:the bin|the \w+ bowl))? (?:in total|altogether|all told))(?=\s*(?:[.;!]|$))",
     lambda m: "" if rx(r"\b(?:except|but|apart from|other than|the \w+ block(?:,| and) the \w+ block)\b").search(m.string[:m.start()]) else m[0]),  # '... That is 2 blocks in the bin.': the blocks named, counted again
    # a result said after the request: 'stack X on Y, so that when you're done X sits on top of it': both hold
    (r",\s*so(?: that)?(?:,? (?:when|once) (?:you are|you re|it is|it s|we are|everything is) (?:done|finished|through))?,? "
     r"(?=(?:the|it|they|both|all|every|each|nothing|no|none|neither)\b)", " and "),
    # a condition on the request: 'as long as you leave X alone', 'making sure neither ends up stacked'
    (r",?\s*\bas long as (?:you )?", " and "), (r",?\s*\b(?:while |and )?making sure(?: that)?\b", " and make sure"),
    (r"\b(?:neither|none)(?: of (?:them|those|the two|these))?(?: blocks)? (?:(?:is|are|ends? up|gets?|will be|should be|must be) )?"
     r"(?:(?:stacked|piled)(?: on (?:anything|another block|any other block|a block|top of \w+( block)?))?|on (?:anything|another "
     r"block|any other block|a block|top of (?:anything|another block)))(?=\s*(?:[,.;]|$| and\b))", "they are not on another block"),
    (r",?\s*\bwith (each|every|all the|the) (blocks?) in (?:the|its|their) (?:bowls? that match(?:es)? (?:it|them)|matching bowls?|"
     r"bowls? of (?:its|their) (?:own )?colou?r)\b", r", \1 \2 in the matching bowl"),
    (r"\bno other (?:object|block|thing|item)s? (?:has|have|is|are|should|must|will|may|gets?)? ?(?:be |been )?"
     r"(?:moved|touched|disturbed|shifted)\b", "do not move the other blocks"),
    (r"\bnothing else (?:gets?|is|should be|will be|must be|may be) (?:thrown away|thrown out|binned|discarded|trashed)\b",
     "none of the other blocks in the bin"),
    (r",?\s*\b(?:it|they|that|this) (?:should not|is not supposed to|are not supposed to|does not belong|do not belong|must not|"
     r"is not meant to|are not meant to)(?: be)?(?: \w+ed| \w+ing)? there\b", ""),  # 'take X off Y, it shouldn't be stacked there'
    (r"\b(?:should|must|will|needs? to|ought to|have to|has to) (?:look|be|stay|remain) (?:exactly |just |precisely )?(?:the same|"
     r"unchanged|untouched)(?: as (?:they|it) (?:do|does|are|is|look|looks|did|were|was)(?: now| right now| at the moment| before)?)?",
     "should stay where they are"),  # 'X and Y should look exactly the same as they do now'
    (r"^(?:i think |i believe )?(the \w+ block) is (?:part of|in) (?:a|one of the) (?:stack|tower|pile)s?[.;,]\s*([^.;]*?)\b(?:that|this) (stack|tower|pile)\b", r"\2the \3 with \1"),  # 'X is part of a stack. ... that stack'
    (r"\b(?:the )?(stack|tower|pile) (?:(?:that|which) )?(the \w+ (?:block|one)) is (?:a )?(?:part of|in)\b", r"the \1 with \2"),
    (r"\b(?:move|relocate|shift|put) (the \w+ block) so (?:that )?it (?:no longer|not|does not|doesn t) (?:rests?|sits?|is|stands?) on (the \w+ block)\b", r"take \1 off \2"),
    (r"[.;]\s*its (?:destination|final position|new (?:place|spot|position)) is (?:otherwise )?(?:arbitrary|up to you|free|unimportant),?\s*(?:provided|as long as|so long as) it is not (the bin|the table|the \w+ bowl)\b",
     r", but not into \1"),  # a physicist's 'Its destination is otherwise arbitrary, provided it is not the bin.'
    (r"\b(take|lift|grab|get) the (?:block|one) (?:off|from) the (?:very )?top of (the [\w ]*?(?:stack|tower|pile))\b", r"\1 the top block of \2"), (r"\bheave (?=it|them|the )", "throw "),
    (r"\b((?:top|uppermost|highest|topmost) (?:block|one) of) the (stack|tower|pile) (?:that is |which is )?(?:standing |sitting |built |resting )?on (the \w+ block)\b",
     r"\1 the \2 with \3"),  # 'the top block of the stack standing on X': its top either way
    (r"(?:^|(?<=[.;!] ))(?:(?:whatever|whichever|the) (?:block|one) (?:is |that is |sitting |sits )?(?:at )?)?(?:the )?(?:very )?(top|bottom) of (the (?:stack|tower|pile))\b",
     r"the \1 block of \2"),  # 'Top of the stack X is in: bin it', 'whatever block is at the very bottom of the stack ...'
    (r"\b(?:be )?part of (?:one|a|the same|a single) (?:\w+ )?(stack|tower|pile)\b", r"in one \1"),
    # a thing described with what rests on it: 'X should be in W with Y stacked on top of it', 'X in W, with nothing on it'
    (rf"(?:^|(?<=, )|(?<=\bi want )|(?<=\bi would like )|(?<=\bi need ))({_BLOCK}) ([^,;.]+?),? with ({_BLOCK}|nothing|no block|no other block) (?:\w+ed |sitting |resting )?on (?:top of )?"
     r"(?:it|that|top)$", lambda m: f"{m[1]} {m[2]} and {m[3]} on {m[1] if len(m[1].split()) == 3 else 'top of it'}"),  # 'the block that ...': it
    # a complaint: 'the yellow block isn't even in the yellow bowl': where it should be; 'the colours are all mixed up'
    (rf"({_BLOCK}) (?:is|s) not even (in|on|at) ", r"\1 should be \2 "),
    (r"(?:^|(?<=[,.;] ))the colou?rs (?:are|look|seem) (?:all )?(?:mixed up|jumbled|wrong|a mess|muddled|messed up)"
     r"(?: right now| now| at the moment)?(?:[,.;] ?|$)", ""),
    (r"\b(?:if )?the colou?rs (?:lined|line|matched|match) up\b", "the blocks were sorted by colour"),
    (rf"\b({_BLOCK}) ((?:\w+ing )?on {_BLOCK}) like (?:that|this)\b", r"\1 \2"),  # "I don't like X sitting on Y like that"
    (r"\b(the (?:\w+ )?bowl) had\b", r"\1 has"),  # 'it would be nice if W had X in it'
    (r"\b(?:right )?at the (?:very )?end\b", ""),  # 'what I'd like to see at the end is ...'
    (r"\b(the \w+ (?:block|cube|bowl)) itself\b", r"\1"),
    # a contrast after the request: 'X belongs in the bin, not the green bowl', '... rather than the red one', 'not where it is now'
    (r",?\s*\b(?:rather than|instead of) (?:\w+ing\b[^,.;]*|(?:(?:on|in|at|inside|on top of) )?(?:the|a|an) (?:\w+ )?(?:block|one|bowl|bin|"
     r"table)|where (?:it|they) "
     r"(?:is|are|was|were)(?: now)?)(?=\s*(?:[,.;]|$))", ""),
    (r"(?<!\bnot )(\b(?:in|into|on|onto|to) the (?!(?:very )?same\b|bowls?\b)[\w ]+?),?\s*(?:and |but )?not (?:in |into |on |onto |to )?(?:(?:the )?(?:\w+ )?bowl|the bin|the table|where (?:it|"
     r"they) (?:is|are|was|were)(?: now| right now)?)(?=\s*(?:[.;!]|$))", r"\1"),
    (r"\bas (?:the|its|a|my|our) (?:goal|target|final|desired|end) (?:pose|position|state|location|configuration|spot)\b", ""),
    (r"\b(?:remove|get) (the [\w ]+?) (?:from|out of) (the (?:\w+ )?bowl)(?=[;,.]?\s*(?:but not into the bin|(?:the )?(?:target|destination|"
     r"goal|place|it) (?:can|may|could) (?:be|go|end up) anywhere (?:except|but|other than|apart from) the bin))", r"take \1 out of \2"),
    (r"\btake (it|them|the \w+ (?:block|one)) off(?=\s*(?:[,.;!]|$))", r"put \1 on the table"),  # 'X can't be on Y! take it off'
    (r"[;,.]?\s*\b(?:the )?(?:target|destination|goal|place|it) (?:can|may|could) (?:be|go|end up) anywhere (?:except|but|other than|apart from) ",
     ", but not into "),
    (rf",?\s*\b{NO_TROUBLE}\b", ""),
    (r"\b(?:every )?last one\b(?! of\b),?", ""), (r"\bevery (?:last|single) one of (?=them|the|those|these)\b", "all of "),
    (r"(?:^|(?<=[.;!] ))(?:i think |i bet )?(?:it|that|this|they|everything) (?:would|will|might|could) (?:look|be|seem) (?:so |really |"
     r"very |much |a lot )?(?:tidy|tidier|nice|nicer|neat|neater|lovely|better|great|good|pretty|cleaner)(?: that way| then)?\s*(?:[.;!]|$)",
     ""),
    (r"(?:^|(?<=[.;!] ))(?:what |such )?(?:a|an) (?:big |tall |nice |great |cool |huge |little )*(?:tower|stack|pile)\b[\s.!]*$", ""),
    (r",?\s*\b(?:it )?(?:does not|doesn t|doesnt) matter (?:which|where)(?: ones?| blocks?| one)?\b", ""),
    # things said of a bowl or a list: 'load W up with X and Y', 'W should keep whatever it's got', 'red in blue, green on yellow'
    (r"\b(?:tip|dump|pour|empty|put|turn|take|shake) (?:out )?(?:everything|all the blocks|every block|whatever is|what is|all that is)(?: that is)? (?:in|inside) the bin "
     r"(?:out )?(?:onto|on|to|over) the table\b|\bempty (?:out )?the bin (?:out )?(?:onto|on|to|over) the table\b", "take everything out of the bin"),
    (r"\b(?:load|fill|stock)(?: up)? (the (?:\w+ )?bowl)(?: up)? with (?!the (?:table(?:'s| s)? )?(?:blocks|ones)\b)(the [^,.;]+?)(?=\s*(?:[,.;]|$))", r"put \2 in \1"),
    # 'tidy up W so it's got exactly two blocks in it', 'make W hold two blocks', 'for each bowl: exactly one block in it'
    (r"^(?:tidy(?: up)?|sort(?: out)?|arrange|fix|set up|organi[sz]e|make|get) (the \w+ bowl)(?: up)? so (?:that )?it (?:has|has got|holds|contains|is holding) (.+?) in it\b", r"\1 should have \2 in it"),
    (r"\bmake (the \w+ bowl) (hold|have|contain)\b(?![^,.;]*\b(?:more|fewer|less|as many)\b)", r"\1 should \2"),
    (r"^for (?:each|every) (?:single )?bowl,? ((?:exactly |only |just )?(?:one|two|three|four)) blocks? (?:in it|in there|inside|each)\b", r"put \1 block in each bowl"),
    (r"(the \w+ bowl) (?:should|must|can|will|may) keep (?:whatever|everything|what) (?:it|that) (?:has|s|is)(?: got| holding)?(?: in it)?",
     r"leave everything in \1 alone"),
    (r"(the (?:\w+ )?bowl (?:that|which) (?:has|holds|contains) [^,.;]+? in it) (?:should not|must not|should no longer|can not) (?:have|"
     r"hold|contain) anything(?: left)?(?: in it)?(?: anymore| any more| any longer)?", r"empty \1"),
    (r"^(?:the )?(\w+ (?:block|cube))\s*[,:]\s*nothing (?:\w+ed )?on (?:top of it|top|it)$", r"nothing on the \1"),
    (r"^(?:the )?bowls? (?:should|must|need to|needs to) (?:each )?(?:hold|have|contain|get) the blocks? (?:that is|that are|that s|of) "
     r"(?:their|its) (?:own )?colou?r(?:,? where there is one)?$", "sort the blocks by colour"),
    (r"^no blocks? (?:should|must|may|can) (?:be )?(?:sitting |left |resting )?outside (?:the|its) (?:bowl of (?:its|their) (?:own )?"
     r"colou?r|matching bowl)$", "put every block in the matching bowl"),
    # a state said loosely: 'is to be thrown', 'is still where it is', 'with X left untouched', "stack them, X has to end up on Y"
    (r"\b(is|are) to be (?=(?:thrown|tossed|chucked|binned|discarded|dumped|trashed|put|placed|moved|set|dropped|taken|stacked|stored|"
     r"kept|left|located|positioned|relocated|transferred|deposited)\b)",
     "should be "),
    (r"\b(in|into|inside) (a bowl|any bowl|the \w+ bowl|the bin) or (?=(?:the bin|a bowl|any bowl|the \w+ bowl)\b)", r"\1 \2 or \1 "),
    (r",?\s*\b(?:just |only |simply )?(?:make sure|be sure|ensure)(?: that)? (it|they|the \w+ (?:block|one)) (?:does not|do not|will not|"
     r"doesn t|won t) (?:land|wind up|finish up|get put|go) (?=in|on|into)", r", make sure \1 does not end up "),
    (r"\b(should|must|will|shall|needs? to|has to|have to) be (?:thrown|tossed|chucked|binned|discarded|dumped|trashed|disposed of|gotten rid of|got rid of)(?: away| out)?"
     r"(?: (?:in|into) the bin)?\b", r"\1 be in the bin"),
    (r"(the \w+ bowl) (?:should not|must not|can not|may not) (?:have|hold|contain) anything(?: in it)? (?:but|except|other than|"
     r"apart from|besides) (the \w+ (?:block|one))", r"only \2 should be in \1"),
    (r"\b(the \w+ (?:block|one)) is still where it (?:is|was)\b", r"\1 should stay where it is"),
    (r",?\s*\bwith (the [\w ]+?) (?:left|kept|remaining|staying) (?:untouched|alone|as (?:it|they) (?:is|are)|where (?:it|they) "
     r"(?:is|are)|in place|undisturbed)\b", r" and leave \1 alone"),
    (r"^(?:go ahead and )?stack (?:them|those|these)(?: up)?,\s*(?=the \w+ (?:block|one)\b[^,.;]*\bon (?:top of )?the\b)", ""),
    (r"^(?:sort out|fix|deal with|tidy up|tidy|clean up) (the \w+ bowl),? so(?: that)? (the \w+ (?:block|one)) (?:is )?(?:no longer|not) in it\b",
     r"\2 should no longer be in \1"),
    (r"^(?:i|we) (?:do not|dont) want (the [\w ]+?) (?:thrown|chucked|tossed) (?:away|out|in the bin)\b", r"do not throw \1 away"),
    (r"\bget (it|them|the \w+ (?:block|one)) (?:moved|taken|shifted|lifted) (?=off|out|away|onto|into|to|on|in)\b", r"move \1 "),
    (r"\s+first(?=,? (?:and )?(?:then|after that|afterwards|next|later)\b)", ""),
    # sets said loosely: 'Any block sitting on top of another one, put it on the table', 'add one block, only one, to W',
    # "don't bin X, just Y and Z", 'just one block into W'
    (r"^(?:any|every|each|all(?: the)?) (?:blocks?|ones?) (?:that (?:is|are) |which (?:is|are) )?(?:sitting |resting |stacked |lying )?"
     r"(?:on top of|on) (?:another|other|any other|a different)(?: one| block| blocks)?(?=,)", "every onblock block"),
    (r"\bthe (blocks|ones) (?:that are |which are )?(?:sitting |resting |stacked |lying )?on (?:top of )?(?:other blocks|another block|"
     r"other ones|another one)\b", "the onblock blocks"),
    (r"\b(every|each|any|all(?: the)?) (blocks?|ones?) (?:that|which) (?:is|are) (?:sitting |resting |stacked |lying )?(?:on top of|on) "
     r"(?:another|other|any other|a different)(?: one| block| blocks)?\b", r"\1 onblock \2"),
    (r"\b(add|put|place|drop|move|stick|pop) (?:one|a|a single) (?:block|cube),? (?:only|just) one,? ", r"\1 one block "),
    (r"^(?:do not|never) (bin|throw away|throw out|toss|chuck|discard|trash|ditch|move|put|stack) (the [\w ]+?),\s*(?:(?:just|only|but) )?"
     r"(the (?:\w+ ){0,4}?(?:blocks?|ones?|cubes?))(?=\s*(?:[.;!]|$))",
     r"\1 \3 and do not \1 \2"),
    (r"^(?:just |only )?((?:one|a|a single|two|three) (?:blocks?|cubes?)) into ", r"add \1 into "),
    (r"^notput (the [\w ]+?) (in the bin|in the (?:\w+ )?bowl|on the table),\s*(?:just |only |but )?(the [\w ]+?)(?=\s*(?:[.;!]|$))",
     r"put \3 \2 and notput \1 \2"),
    (r"(the \w+ bowl) (?:should not|must not|can not|may not|is not to) (?:have|hold|contain) more than (a single|one|two|three) "
     r"(?:blocks?|cubes?)(?: in it)?", lambda m: f"atmost {m.group(2).replace('a single', 'one')} blocks in {m.group(1)}"),
    (r",?\s*\b(?:one )?apiece\b", ""),
    (r"\bthe (blocks?|ones?)(?: that (?:is|are)| which (?:is|are))? (?:already |just )*(?:lying |sitting |standing )?(?:on the table )?(?:by "
     r"(?:themselves|itself)|on (?:their|its) own)\b", r"the loose \1"),
    (r"\b(every|each|all(?: the)?|the|any) (blocks?|ones?) (?:with|that (?:have|has)) nothing (?:sitting |stacked |resting )?on (?:it|them|"
     r"top(?: of (?:it|them))?)\b", r"\1 clear \2"),
    (r"\btake (both(?: of)? the [\w ]+?|the two [\w ]+?) and stack (?:one on (?:top of )?the other|them)\b", r"stack \1"),
    (r"^(?:leave|do not touch|do not move) (?:the|all the) (?:stacks|towers|piles)(?: alone)?\b", "leave the stacked blocks alone"),
    (r"^(?:(?:put|move|place|gather|collect) ((?:(?!\b(?:and|then)\b)[^,;.])+?)|((?:(?!\b(?:and|then)\b)[^,;.])+?) (?:(?:comes?|should come) out and )?(?:goes|go|should go|must go|needs? to go|should end up|ends? up)) "
     r"(?:into|in) (?:one|a|a single) (?:big |tall |single )?(stack|tower|pile)\b", lambda m: f"stack {m[1] or m[2]} into one {m[3]}"),  # 'every block in the bowls goes into one stack'
    (r"\bstart (?:a|the|your|one) (?:tower|stack|pile) (?:off )?(?:with|from|using) (the \w+ block)(?: at the bottom| as (?:the|its) base)?,? (?:and )?(?:then )?(?:put|"
     r"place|stack|set|add|pop) (the \w+ block) on (?:it|top(?: of it)?|that)(?:,? (?:and )?(?:then )?(?:finish(?: it)?(?: off| up)? with|top it(?: off)? with|put|"
     r"place|add|stack) (the \w+ block)(?: on top| last)?)?", lambda m: f"build a tower, {m[1]} at the bottom, then {m[2]}" + (
         f", then {m[3]} on top" if m[3] else " on top")),  # 'start a tower with X, put Y on it, then finish with Z on top'
    (r"\bmake (?:one|a|a single) (?:big |tall )?(tower|stack|pile) (?:out of|from|of|using) (.+?)((?:,? with|,) (?:the )?\w+ (?:one|block) .*)?$",
     lambda m: f"stack {m[2]} into one {m[1]}{m[3] or ''}"),  # '..., with the X one at the bottom': said of the tower
    (r"\b(?:make|build|form|create|assemble|construct|put together) (?:one|a|a single) (?:big |tall |single )?(tower|stack|pile)( (?:on|in|at) the "
     r"(?:table|middle|\w+ \w+ corner|\w+ bowl))? (?:out of|from|of(?! (?:two|three|four|five|six|\d)\b)|using|made (?:out )?of|made from|with(?= (?:all|"
     r"both|every|the (?:\w+ )?blocks\b|\w+ blocks\b))) (.+?)((?:,? with|,) (?:the )?\w+ (?:one|block) .*|,? (?:but|and) (?:leave|keep|do not|not)\b.*)?$",
     lambda m: f"stack {m[3]} into one {m[1]}{m[2] or ''}{m[4] or ''}"),  # 'build a tower on the table out of X': where it stands
    # a learner's or a speaker's loose words: 'should be taken out and placed on the table', 'put Y in W instead of it'
    (r"\b(?:get|gets|are|is) taken (?:out|down|off)(?: of (?:the|its|their|a) (?:\w+ )?bowls?)? and (?:(?:get|be) )?(?:placed|put|set|moved|laid) (?:(?:them|it) +)?"
     r"(?=(?:down |back )?(?:on|in|into|onto|at)\b)", "go "),  # 'all the blocks in the bowls get taken out and put on the table'
    (r"\b(?:be )?taken (?:out|down|off)(?: of (?:the|its|their|a) (?:\w+ )?bowls?)? and (?=(?:be )?(?:(?:placed|put|set|moved|laid|left) )?"
     r"(?:down |back )?(?:on|in|into|onto|inside|at)\b)", "be "),
    (r"\b(on the table),? (?:and |but )?(?:not|never) (?:stacked|piled)(?: (?:up|one|on (?:each other|one another|anything|another block|any other block|"
     r"other blocks)))?\b|\b((?:on|onto) the table),? (?:and |but )?not on (?:top of )?(?:another|any other|a) block\b(?! or\b)", r"\1\2"),  # on the table is on no block
    (r"\b(?:comes?|gets?|be taken|be lifted) (?:out|off)(?: of (?:the|its|their|a|that) (?:\w+ )?(?:bowls?|bin))? and (?=(?:go|goes|be put|be placed|be set|end up|"
     r"ends up|sits?)\b)", ""),  # 'X should come out and go on the table', 'every block in a bowl comes out and goes on the table'
    (r"\b((?:every|each|all(?: the)?|any) (?:blocks?|ones?) (?:that|which) (?:is|are) in (?:a|any|the \w+) bowls?) out of (?:it|them|there|its bowl|"
     r"their bowls?)\b", r"\1"),  # 'take every block that is in a bowl out of it and ...'
    (r"\b(apart from|except(?: for)?|but not|other than|besides|save for) (the \w+ (?:block|cube)),? (?:which|that) (?:must|should|shall|can|may|is)"
     r"(?: not| n t|n t)(?: to)? (?:go|be put|be placed|be binned|end up|move)(?: in(?: there| it)?| there)?\b", r"\1 \2"),  # '... except X, which must not go in'
    (r"\s*,?\s*\binstead(?: of (?:it|them|that(?: one)?|this(?: one)?|the (?:\w+ )?(?:block|one|bowl)))?(?=\s*(?:[,.;]|$| and\b))", ""),
    # unpunctuated: 'the bowl that has X in it put Y in that one': the phrase where the later clause points back
    (r"^(the (?:\w+ )?(?:bowl|block|one) (?:(?:that|which) (?:has|holds|contains|is)|with) [^,;.]*?\b(?:in|on) it),?\s+(\w[^;.]*?)\b"
     r"(?:that one|this one|it)\b", lambda m: m.group(2) + m.group(1) if VERB_RE.match(m.group(2)) else m.group(0)),
    # 'whatever is in W goes on the table': the phrase before its verb (a phrase said before its clause is `phrasing`'s)
    (r"\b(?:whatever|(?:everything|anything|every block|any block) (?:that|which)) (?:is|are) (?=(?:not )?(?:in|inside|on|on top of|"
     r"under|at)\b[^,;.]*?\b(?:goes|go|should|must|needs?|has to|have to|belongs?|can|will|ends? up|gets?|is to|are to)\b)",
     "whatever "),
)
