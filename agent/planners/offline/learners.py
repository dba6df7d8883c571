"""A learner's words for what the clause reader knows, each said as the sentence it means: 'the block who has the colour of
W go in W', 'the block where X is sitting on', 'the block all the way on the left', 'not to the bin, on Y', 'X, which goes
in the bin' after an exception, the verb said last ('X in the bin put'), and two blocks that 'share one bowl' or go 'in a bowl, a different one'. Read among
`speech.SPEECH`'s rules, after the message's fillers are gone and before the order of the steps is read."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.leftovers import LEFT
from agent.regex import rx
from sim.core.lexicon import COLOURS

_COLOURS = "|".join(COLOURS)

LEARNERS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"\b(blocks?|ones?|bowls?) (?:which|that|who) (?:have|has|having) (?:the )?same colou?r (?:like|with) ", r"\1 of the same colour as "),  # 'the block which have the same colour like W'
    (r"\b(?:is|are|be) (?:the )?same colou?r (?:like|with) ", "is the same colour as "),
    (r"\b(?:is|are) (must|should|need to|has to|have to) be\b", r"\1 be"),  # 'X is must be on Y'
    (r"\b(blocks|ones|block|one) what (are|is)\b", r"\1 that \2"),  # 'all the blocks what are not in a bowl'
    (r"\b(blocks?|ones?|cubes?) of the table\b", r"\1 on the table"), (r"\b((?:take|get|lift|pull)\b[^.;]*?) out (?=the \w+ bowl\b)", r"\1 out of "),  # a learner's 'all the blocks of the table', 'take all blocks out the pink bowl'
    (r"^(the \w+ block),? (?:please )?(?:do not|don t|don't) (put|place|throw|move) it (in|into|on) ", r"do not \2 \1 \3 "), (r"(?:^|(?<=[.;] ))(all (?:the )?other blocks?|the other blocks?) (put|place|throw|move) (in|into|to) ",
     r"\2 \1 \3 "),  # "X please don't put it in the bin. All other block put in the bin."
    (r"\bput (?:the|each|every|all) blocks? (?:go )?(?:to|in|into) (?:the )?bowls? (?:with )?(?:the )?same colou?r (?:with|as|like) (?:it|them)(?:,? all of them)?", "put every block in its matching bowl"),  # 'put the block to the bowl same color with it'
    (r"\b(but|and|,) no (put|place|throw|drop|move|take)\b", r"\1 do not \2"),  # 'but no put it in bin'
    (r"\b(the (?:\w+ )?blocks?|them|it) (?:do not|don t|don't|does not|doesn t|doesn't) (put|place|move|throw|drop) (in|into|on|onto|to) ", r"do not \2 \1 \3 "),  # 'but the blocks don't put in the bin'
    (r"([,;]\s*(?:and |but )?)(those|these|them) (?:you )?(?:leave|keep)(?: them)? (?:as (?:it|they) (?:is|are)|(?:on|in|at) (?:their|its) (?:own )?(?:place|places|spot|spots))\b", r"\1\2 stay where they are"),  # ', those leave as it is'
    (r"\b(?:please )?make so(?: that)? (?=(?:nothing|no|the|every|each|all|there)\b)", "make sure that "),  # 'Please make so that nothing is on X'
    (r"\b(the \w+ block|it) is (stay|remain|sit|stand)(?= (?:where|there|in |on |at |as |put\b))", r"\1 should \2"),  # 'but the red block is stay where it is'
    (r"([,;]\s*(?:and |but )?)(the other blocks?|the others|the rest|other blocks?|the remaining blocks?) (?:you )?(?:leave|keep)(?: them| it)? (?:on|in|at) (?:their|its|the same|own) "
     r"(?:own )?(?:place|places|spot|spots|position|positions)\b", r"\1leave \2 where they are"),  # 'the other blocks leave on their place'
    (r"\b(the \w+ block) it (must|should|has to|needs to|will) stay where (?:is|it is|it s)(?: now)?\b", r"\1 \2 stay where it is"),  # 'but Z it must stay where is now'
    (r"(\bexcept (?:for )?the \w+ block),\s*(?:the \w+ block|it|that one) (?:no need|does not need|doesn t need|need not|not need) (?:to )?go(?: there| in there| in it)?(?=\s*(?:[.;!]|$))",
     r"\1"),  # 'Put all block in W except X, X no need to go there.'
    (r"(\bbut not (?:the )?\w+ block),\s*(?:this|that|it)(?: one)? (?:stay|stays|remain|remains|must stay|should stay) (?:outside|out)(?: of (?:the|that|this) bowl| of it)?(?=\s*(?:[.;!]|$))",
     r"\1"),  # 'Put all the blocks in W but not X, this one stay outside of the bowl.'
  # 'the bowl that is same colour with it'
    (r"\b(the (?:other|remaining) (?:blocks|ones)|the others|the rest(?: of the blocks)?) (?:do not|don t|dont|should not|must not|will not|won t|never) (?:move|get moved|"
     r"change|budge)\b", r"\1 stay where they are"),  # '..., the other blocks don't move'
    (r"\b(?:whatever(?: is| s)?|everything(?: that is)?) (in|inside|on) (the \w+ (?:bowl|block)),? (?:you )?(?:leave|keep) (?:that lot|them|it|those|all that|that)(?= alone\b| be\b| where\b| as\b)",
     r"leave everything \1 \2"),  # "but whatever's in W, you leave that lot alone"
    (r"(?:^|(?<=, ))(all the blocks|the blocks|every block) put (in|into) (the bin|the \w+ bowl)\b", r"put \1 \2 \3"), (r"\b(the blocks (?:inside|in) the \w+ bowl) keep (?:there|here|inside)\b", r"leave \1 where they are"),
    # a learner's 'clear the table, all the blocks put in the bin, but the blocks inside W keep there'
    (r"\b(the \w+ block) (?:no need|not need|need not|needn t|does not need) (?:to )?(?:move|be moved|be touched)\b", r"leave \1 where it is"),  # a learner's 'X no need to move'
    (r"\b(the \w+ (?:block|bowl)) (?:is|are) need(?:s|ed)? (?=to be\b)", r"\1 needs "),  # a learner's 'X is need to be on Y'
    (r"\bapart (?=the \w+ (?:block|one)\b)", "apart from "),  # a learner's 'all the blocks into W apart the X'
    (r"\b(throw|toss|put|drop) (it|them|the \w+ blocks?) to (?=the bin\b)", r"\1 \2 in "),  # a learner's 'don't throw them to the bin'
    (r"\b(the \w+ block) (?:should|must) not (?:move|be moved|go) (?:from|out of) (?:its|his|her|the) (?:place|position|spot)\b", r"leave \1 where it is"),  # 'Y should not move
    # from its place'
    (r"\bsort (the blocks|them|everything|all the blocks|all blocks) (?:after|per|for|with|on|according) (?:the |their )?colou?rs?\b", r"sort \1 by colour"),  # 'sort the blocks after colour'
    (r"\b(the \w+ block) (?:is )?keeps? (?:as it is|where it is|like now)(?:,? (?:do not|don t|dont) move(?: it)?)?\b", r"leave \1 where it is"),  # 'X is keep as it is, don't move'
    (r",?\s*(?:and )?not (?:somewhere|anywhere) (?:other|else)\b", ""),  # 'X must be in W, not somewhere other'
    (r"\bmake (?:it )?so that in (the \w+ bowl) (?:are|is|there are|there is) (exactly |only )?(\w+) blocks?\b", r"there should be \2\3 blocks in \1"),  # 'Make so that in W are exactly 1 block'
    (r"^let (?:every|each) bowl (?:receive|get|have|take) (?:a|one) block\s*[:,]?\s*one,? and only one,? (?:for each|each|apiece)\b", "put exactly one block in every bowl"),
    (r"\b(take|get|lift) (all (?:of )?the blocks|every block|everything) of (the (?:\w+ )?bowls?)\b", r"\1 \2 out of \3"),  # 'take all the blocks of the bowls'
    (r"\bmake (?:empty|clear) (?=the \w+ bowl\b)", "empty "),  # a learner's 'make empty W'
    (r"\bexact (?=(?:one|two|three|four|five|six) (?:blocks?|cubes?)\b)", "exactly "), (r"\bnot more (?=be\b)", "not "),  # 'put exact two blocks', 'X should not more be on Y'
    (r"\b(take|get|lift) out (all (?:(?:two|three|four) )?(?:of )?(?:the )?blocks|both (?:of )?the blocks|both blocks|the (?:two )?blocks|everything|every block|the \w+ blocks?) (?:from|of) (the \w+ bowl|(?:all )?the bowls)\b", r"\1 \2 out of \3"),  # 'Take out all the blocks from W'
    (r"(\bthe blocks (?:in|inside|from) the \w+ bowl\b[^.;]*?),? but (the \w+ block) (?:keep|stay|stays|remain|remains|must stay|should stay) (?:in|inside) (?:the|that|this|its) bowl\b",
     r"\1 except \2"),  # a learner's 'put the blocks in W to the bin, but X keep in the bowl'
    (r"\b(the \w+ block) (?:let|leave|keep) (?:it|him|her) (?=where it is\b|like it is\b|as it is\b)", r"leave \1 "),  # a learner's 'and Y let it where it is'
    (r"\b(want|like) that (the \w+ (?:bowl|block)) (?:is|will be|becomes) ", r"\1 \2 to be "),  # a learner's 'I want that W is empty'
    (r"\b(the \w+ (?:bowl|block)|the other blocks|the others|the rest) (?:you )?(?:leave|keep)(?: them| it)? (?=(?:as|like|where) (?:it|they) (?:is|are)\b)", r"leave \1 "),  # a learner's 'and W leave how it is now',
    # 'and the others leave them where they are'
    (r"\b(leave|keep) (the \w+ (?:bowls?|blocks?)|the other blocks|the others|the rest|them|it) (?:on|in|at) (their|its) (?:own )?(?:place|places|spot|position)s?\b",
     lambda m: f"{m[1]} {m[2]} where {'it is' if m[3] == 'its' else 'they are'}"),  # a learner's '(and) the other blocks you leave on their place'
    (r"^((?:please )?(?:put|place|move|drop)) (?:in|into) (the \w+ bowl) the (?:block|one) (?:(?:which|that|who) (?:has|have|is(?: of)?)|of)(?: the)? same colou?r(?: (?:with|as|like) "
     r"(?:it|this bowl|that bowl|the bowl))?(?=\s*(?:[.;,!]|$))", r"\1 the block of the same colour as \2 in \2"),  # 'Please put in W the block which has same colour with it'
    (r"^((?:please )?(?:put|place|throw|move|drop)) (in|into) (the bin|the \w+ bowl) (?![^,.;]*\bsame colou?r\b)((?:every|each|all|the)\b[^,.;]*?)(?=\s*(?:[.;,!]|$))", r"\1 \4 \2 \3"),  # 'Put into the bin the block which is under X'
    (r"\b(take|get|lift|move|remove) (the \w+ block) off from (?:the )?(?=\w+ block\b)", r"\1 \2 off the "),  # a learner's 'take X off from Y'
    (r"\b(?:the )?(\w+ block) (?:should |must |will |has to |needs to |shall )?(?:keep|stay|remain) (?:in|on|at) (?:its|his|her|the same|own) (?:own )?(?:place|position|spot)(?: only| itself)?\b", r"the \1 stays where it is"),  # 'but X keep in its place'
    (r"\b(want|like|need) (the \w+ (?:bowl|block)) (?:become|becomes|is) (?=empty\b|clear\b|free\b)", r"\1 \2 to be "),  # 'I want W become empty'
    (r"(?:^|(?<=[,;.] ))(?:and )?((?:all )?(?:the )?(?:blocks|ones) in (?:it|there|the \w+ bowl)|them|those) (?:please )?(throw|put|move|toss|drop|bring) (?:to|into|in) "
     r"(?=the bin\b|the \w+ bowl\b)", r"\2 \1 into "),  # a learner's 'all the blocks in it please throw to the bin'
    (r"^(in|on|inside) (the \w+ (?:bowl|block)) (?:shall|should|must|will|has to|have to|needs? to) (?:be|stand|lie|sit) (.+?)(?=\s*(?:[,.;]|$))", r"there should be \3 \1 \2"),  # a German word order
    (r"^(in|on|at|inside) (the [\w ]+?),?\s*(the \w+ block) (?:should|must|shall|has to|needs to|is to) (?:stand|be|sit|rest|lie|go)(?=\s*(?:[.;!]|$))", r"\3 should be \1 \2"),  # 'In the middle, X should stand'
    (r",?\s*(?:(?:which|what)(?: ones?| blocks?)? (?:is|are) |(?:is|it is|it s) )?egal(?: which(?: ones?)?)?\b", ""),  # German 'egal': it does not matter which
    (r"\b(the \w+ block) (?:do not|dont|don t|does not|doesnt|doesn t) (?:stay|stays|sit|sits|remain|remains) (?=in |on |at )", r"\1 should not stay "),  # 'X don't stay in W'
    (r"\bthe blocks of (the \w+ bowl)\b", r"the blocks in \1"), (r"\bbut (the \w+ (?:bowl|block)|the blocks in the \w+ bowl),? (?:you )?let (?:it|them) (?:like|as|how) (?:it|they) (?:is|are)\b", r"but leave \1 as it is"), (r",\s*(?:that one|it) leave (?:as it is|where it is|alone)\b", ""),  # a Greek speaker's
    (r"\b(the \w+ block) (?:please )?(?:keep|stay) (?:in|inside) (?:the|that|this|its) bowl\b", r"leave \1 where it is"),  # a Japanese speaker's 'but X please keep in the bowl'
    (r"\b(the \w+ block) (?:not touch|do not touch|don t touch|no touch),? (?:leave|keep)(?: it)? where (?:it is|it s)\b", r"leave \1 where it is"),  # 'but Z not touch, leave where it is'
    (r"\b(blocks?|ones?) (?:which|that) (?:have|has) no same colou?r bowl\b", r"\1 without a matching bowl"),  # 'The blocks which have no same colour bowl'
    (r"\b(?:do not|don t|dont) throw (?=(?:into|in|to) the bin\b)", "do not throw them "),
    (r",\s*(?:it )?is (?:more good|better|best|nicer) there\W*$", ""), (r"\b(the \w+ block) no,? leave (?:it|him|her) where (?:it|he|she) is\b", r"leave \1 where it is"),  # 'X must be in P, is more good
    # there', 'but the purple block no, leave it where it is'
    (r",?\s*(?:only|just|but) (?:in|to|on) (?:an)?other (?:place|spot)\W*$", ""),  # "Don't put it in the bin, only in other place."
    (r"\bmore near(?: to| of)? (?=the\b)", "nearest to "), (r"^before,?\s*(?=put|place|move|take|stack)", "first "), (r",\s*after (?=put|place|move|take|stack)", ", then "),  # an Italian speaker's
    (r"\b(the \w+ block) leave (?:it )?there\b", r"leave \1 where it is"),
    (r"\b(but |and )?(?:the )?(\w+ block) (?:do not|don t|dont) touch\b", r"\1do not touch the \2"),  # a Russian speaker's 'but blue block don't touch'  # 'but X leave there'
    (r"^(?:please )?put (?:block|blocks) (?:to|in|into) (?:the )?bowls? (?:with|of) (?:the )?same colou?r\W*$", "put every block in its matching bowl"),  # a Thai speaker's
    (r"^only (the \w+ block) (?:must|should) go in the bowl (?:with|of) the same colou?r,? the others not\W*$", r"put \1 in its matching bowl"),  # a Dutch speaker's
    (r"(\b(?:may|must|should) not be in the \w+ bowl(?: any ?more)?),\s*(?:so )?put it somewhere else(?: please)?\b", r"\1"),
    (r"\b(one|two|three|four|five) from (?=the (?:\w+ )?blocks\b|them\b|these\b|those\b)", r"\1 of "),  # a Greek speaker's 'put two from the blocks in the bin'
    (r"\b(nearest|closest) with (?=the\b)", r"\1 to "), (r"\bleave (it|them|the \w+ block) lay (?=right |just )?", r"leave \1 "),  # 'the block nearest with X', 'leave it lay where it is'
    (r"(?<!let )(?<!will )(?<!must )(?<!should )(?<!can )(?<!to )\b(it|that one) stay\b", r"\1 stays"), (r"\b(?:and|but) (the \w+ (?:bowl|block)),? (?:do not|don t|dont) touch (?:it|them)\b(?:,? keep (?:it|them) (?:like (?:now|this|that|it is)|as (?:it is|now)))?",
                                                r"and do not touch \1"),  # an Arabic speaker's 'and W don't touch it, keep it like now'
    (r"\bdo not touch (the \w+ (?:bowl|block)) (?:it|them)\b(?:,? keep (?:it|them)(?: like (?:now|this|that|it is)| as (?:it is|now))?)?", r"do not touch \1"),
    (r"\b(?:to|in|into) other (bowl|block|corner)\b", r"in another \1"), (r"\bon other block\b", "on another block"),  # 'put it to other bowl'
    (r",\s*only (the \w+ (?:block|one)(?:,? (?:and|or) the \w+ (?:block|one))*) not(?=\s*(?:[.;!]|$))", r" except \1"),  # 'all the blocks into bin, only X and Y not'
    (r"\bstay (?:on|at|in) (?:its|his|her|their) (?:place|spot|position)\b", "stay where it is"), (r",\s*not (?:in |on |at )?(?:any )?other (?:place|spot)\b", ""),
    (r"\bon the top of\b", "on top of"), (r",?\s*so (?:that )?(?:it|they) (?:stand|stands|sit|sits|is|are|lie|lies) (?:on top of|on|in|inside) (?:it|them|there)\b", ""),  # 'so it stand on the top of it'
    (r"\b(but|and) (the \w+ block),? you (keep|leave) (?:it|him|her)\b", r"\1 \3 \2"), (r"\b(keep|leave) (it|them|the \w+ block) (?:in |at )?(?:the )?same (?:place|spot|position)\b", r"\1 \2 where it is"),  # 'but Y you keep it same place'
    (r"\bthe (block|one|cube) (below|under|underneath|beneath|above|over) (?:from|of) (?=the \w+ (?:block|one|cube)\b)", r"the \1 \2 "),  # 'the block below from X'
    (r"^first,? you (put|place|move|take|stack|bin|throw)\b(.*?)[,;]\s*(?:after this|after that|then|afterwards),? you (?=(?:put|place|move|take|stack|bin|throw)\b)", r"first \1\2, then "),  # 'First you put X in W, after this you put Y on X'
    (r"\b(must|should|can|will|would) to (?=be|go|stay|sit)\b", r"\1 "),  # 'must to be'
    (r"\b((?:block|cube|one)s?(?: (?:must|should|shall|will|has to|have to|needs? to|is to|are to))?) lay(s)? (?=(?:on|in|inside|at|on top of|upon|atop)\b)",
     lambda m: f"{m[1]} {'lies' if m[2] else 'lie'} "),  # a learner's 'X must lay on Y': lie there
    (r"^(i (?:need|want|would like|d like)) (in|inside|on) (the \w+ (?:bowl|block)) ((?:exactly |only |just )?(?:one|two|three|four|five|\d) blocks?)\b", r"\1 \4 \2 \3"),  # 'I need in W exactly two blocks'
    (rf"\bthe (corner|bowl),? (?:the |i mean the )?((?:top|bottom) (?:left|right)|{_COLOURS}) one\b", r"the \2 \1"),  # a child's 'in the corner the top right one'
    (r",\s*(?:it |this )?(?:is|s) (?:more )?(?:nice|nicer|better|beautiful|pretty|good)(?: like (?:this|that)| this way| so)?(?=\s*(?:[.;!]|$))", ""),  # '..., is more nice like this'
    (r"\b((?:except|but not|not) the \w+ (?:block|one)),\s*(?:that|this|it)(?: one)? (?:not|no)(?=\s*(?:[.;!]|$))", r"\1"),  # '..., but not X, that one not'
    (r"[.;,]?\s*\b(?:in|inside) the bowls (?:should|must|may|can) (?:stay|be|remain) only (?:the )?blocks (?:of|with|in) the same colou?r (?:like|as) the bowls?\b",
     ", and no bowl may hold a block of another colour"),  # 'In the bowls should stay only blocks of the same colour like the bowl.'
    # a German word order, the verb last: 'First the red block in the bin put, then the blue block on the pink block stack.'
    (r"(^|[,;.] |\b(?:first|then|and|and then|next) )(the \w+ (?:block|cube)) (in|into|on|onto|on top of|to) (the \w+ (?:block|bowl|cube|corner)|the bin|the table|the middle)"
     r" (put|place|set|stack|lay|move|bring|throw|drop)(?: it| them)?(?=\s*(?:[.;,!]|$| please\b| then\b| and\b))", r"\1\5 \2 \3 \4"),
    (r"\bput (?:in|into|inside) the (\w+) bowl the block (?:with|of|that has|having|who has) (?:the )?same colou?r (?:like|as|of|than) (?:it|this bowl|the bowl|that bowl)\b",
     r"put the \1 block in the \1 bowl"), (r"(?:,\s*one (?:on |atop )|,? one on top (?:of )?)(?:the )?other(?: one)?(?=\s*(?:[.;,]|$))", ""),  # 'put in W the block with same colour like it', a tower's 'one on top other'
    (r"[.;,]\s*any other (?:bowl|one) (?:is|will be|would be|works|will do)(?: (?:fine|ok|okay|good|alright|great))?(?=\s*[.!]?\s*$)",
     lambda m: "" if rx(r"\b(?:other than|not in|not into) the \w+ bowl\W*$").search(m.string[: m.start()]) else m[0]),  # '... into a bowl other than W. Any other bowl is fine.'
    (r"^sort '?them(?= by colou?r\b)", "sort the blocks"), (r"\bto find (?:its|their) way (?=to|into|onto|in|on)\b", "to go "),  # 'Sort 'em by colour', 'X to find its way to W'
    (r"^for (?:each|every) bowl,? (?:put|place|move|drop) (?:in(?:to)? it|inside it) the block of (?:the same|its|the matching) colou?r\b", "put each block in the bowl of its colour"),
    (r"(?:(?<=like )|(?<=want )|(?<=need )|(?<=have )|(?<=be ))(?:exactly )?(?:one|two|three|four) blocks? (in|into) (the \w+ bowl)\s*[:,]\s*(the \w+ block(?:(?:,| and) the \w+ block)*)(?:,? and no (?:others|other blocks?|more))?(?=\s*(?:[.;!]|$))",
     r"only \3 \1 \2"),  # 'exactly two blocks in W: X and Y, and no others'
    (r"^(?:sort out the colou?rs?|colou?r (?:match|sort|sorting)(?: pass| step| job| task| round| the bowls| the blocks)?|colou?r[- ]code (?:it|them|the blocks|everything))(?:,? chef)?\s*[:,.-]\s*(?=\S)",
     lambda m: "sort the blocks by colour; " if rx(rf"(?:\w+ )?(?:{LEFT})\b").match(m.string, m.end()) else ""),  # 'sort out the colours: whichever block ...', 'Colour match: ...'
    (r"(?:^|(?<=[.;!?] ))no (?:match|matching bowl)\s*[?:,.]?\s*(?:then,? )?(?:leave|keep) (?:it|them) (?:where (?:it is|they are)|alone|be)\b",
     "leave the unmatched blocks where they are"),  # '... No match? Leave it where it is.'
    (r"\b(?:has not|hasn t|have not|haven t) got (?:a )?(?:match|matching bowl)\b", "has no matching bowl"),  # 'any block that hasn't got a match'
    (r"(?:^|(?<=\bthen )|(?<=\band ))do the (\w+ (?:block|one)) (?=(?:in|into|on|onto|to|at)\b)", r"put the \1 "),  # a child's 'can you do the X in the bin'
    (r"\btake off ((?:all|every|each|the)(?: the)? (?:blocks?|ones?)|everything) (?:from|of) (the \w+ block)\b", r"take \1 off \2"),  # 'take off all blocks from X'
    (r"^((?:please )?(?:put|place|move|drop|throw|bring|take|set)) (in|into|to|on|onto|on top of) (the bin|the table|the middle|the \w+ (?:bowl|block|cube)|the \w+ \w+ corner) "
     r"((?:all (?:the )?|every |each |both |the )(?:\w+ )?(?:blocks?|cubes?|ones?)(?: and the \w+ (?:block|cube|one))*)(?=\s*(?:[.;,!]|$))", r"\1 \4 \2 \3"),  # 'Move to the bin all the blocks'
    (r"\b(?:put|place|move|drop) (?:(?:in|into) (?:each|every) bowl the block (?:of|with|that has|having) (?:its|his|her|the same|the matching) colou?r|the block (?:of|with|that has|"
     r"having) (?:its|his|her|the same|the matching) colou?r (?:in|into) (?:each|every) bowl)\b", "put each block in the bowl of its colour"),  # 'Put in each bowl the block of his colour'
    (r"\b(?:his|her) (?=colou?r\b)", "its "), (r"\bthe most (near|close|far)(?: (?:of|from|to))?\b", lambda m: {"near": "nearest to", "close": "closest to", "far": "furthest from"}[m[1]]),
    (r"\bthe most (left|right)(?: (?:lying |standing )?(block|bowl|one))?\b", lambda m: f"the {m[1]}most {m[2] or 'one'}"),  # 'the most left block'
    (r"^make (?:please|pls) ", "please make "), (r"\b(the \w+ block) may not (?:lie|stand|sit|be|stay)(?= (?:in|on|at)\b)", r"\1 should not be"), (r",?\s*(?:it )?(?:does not|doesn t|do not) matter in which order\b", " in any order"),
    (r"\bbut no (?=(?:the|any|those|these)\b)", "but not "),  # '..., but no the blocks in the bowls'
    (r"\blike (?=(?:it|they) (?:is|are|was|were)(?:\s*[.;,!]|$))", "as "),  # 'leave them like they are'
    (r"\b(but|and) no (?=(?:put|place|drop|move|throw|stack|take)\b)", r"\1 do not "), (r"(?<=block) plus (?=(?:the )?\w+ block\b)", " and "),  # 'but no put', 'X plus Y'
    (r"\bdo not (?:change|touch|move) nothing (?:in|on|inside) (the \w+ (?:bowl|block))\b", r"do not touch \1"),  # 'Don't change nothing in W'
    (r"\bin (?:one|a|some) bowl,? (?:but )?not (?:in )?(the \w+ bowl)\b", r"in a bowl other than \1"),  # 'in one bowl, not in the green bowl'
    (r"^(?:the )?(?:(?:nearest|closest) block to|block (?:nearest|closest) to) (the \w+ bowl),? in (?:it|there) (?:it )?goes\W*$", r"put the block closest to \1 in \1"),  # 'Nearest block to W, in it goes.'
    (r"^(?:which|the|one|a|there is (?:a|one)) blocks? (?:have|has|having|with|that has|that have|who has)(?: got)? (?:the )?same colou?r (?:as|like|of|with) (?:a|one|the|some) "
     r"bowl[.,;]?\s*(?:(?:so|and|then),? )?(?:please,? )?(?:put|place|move|set) (?:it|the block|that block|this block) (?:inside|in|into) (?:this|that|the|its|the same) bowl\b",
     "put every block that has a matching bowl in the bowl of the same colour"),  # 'Which block have same colour as a bowl, put it inside this bowl'
    (r"^(?:please,? )?(?:put |place )?the block (?:of|with|who has|which has|that has|having) (?:the )?(?:same )?colou?r (?:as|than|of|like) (?:the )?(\w+) bowl,? (?:(?:you |please )?put it |"
     r"go(?:es)? |should go )?(?:inside|in(?:to)? it|in(?:to)? (?:the )?(?:same )?bowl|in(?:to)? the \1 bowl)\b", r"put the \1 block in the \1 bowl"),
    (r"\bthe (block|bowl|one) (?:(?:that|which) is |that s |thats )?(?:all the way|furthest|farthest|most) (?:on|to) the (left|right)(?:[- ]hand)?(?: side)?\b", r"the \2most \1"),
    (r"\b((?:every|each|all(?: the)?) blocks?) of (the \w+ bowl)\b", r"\1 in \2"),
    (r"\bthe (block|one) (?:where|that|which) (the \w+ block) (?:is )?(?:sitting |resting |standing |lying )?on\b", r"the \1 under \2"),
    (r"(?<!every block )(?<!each block )(?<!blocks )(?<!ones )(?<!cubes )\bnot (?:to|in|into) (the \w+(?: \w+)?),? ((?:on|onto|in|into|at|to) the \w+(?: \w+)?)\b", r"\2, not in \1"),
    (r"\band after,? (?=(?:put|place|move|drop|stick|stack|pop|set)\b)", "and then "),
    (r"\b(?:except|but not|apart from|other than) (the \w+ block),? which (?:goes|should go|belongs|is going|must go|can go) (in|into|on|onto|at|to) ([^,.;]+)",
     r"except \1, and put \1 \2 \3"),  # 'each block in its bowl, except X, which goes in the bin'
    (r"[;,.]\s*(the \w+ bowl) (?:is|stays) (?:off limits|off-limits|out of bounds|not to be used|not available|not allowed)", r", but not in \1"),
    (rf",?\s*(?:e g |eg |like |say |for example )?({_COLOURS}) (?:with|in|into|goes with|to) (?:the )?\1(?: one| bowl)?(?:,? and so on|,? etc)?(?=\s*(?:[.;,?!]|$))",
     lambda m: "" if rx(r"\b(?:own|matching|same) colou?r|\bmatching bowls?\b").search(m.string[: m.start()]) else m[0]),  # '..., purple with purple and so on'
    (r"\b((?:another|any other|a different|any|some|a) (?:block|bowl)) (?:just |only )?not (the \w+ (?:block|bowl)|that one)\b", r"\1, not \2"),  # 'on another block just not X'
    (r"\b(?:in|into) (?:one of the|a|any|some) bowls?\s*[.;,]\s*(?:(?:just|but|only|so|and),? )*any (?:one|bowl|of them)(?: (?:will do|is fine|works|would be fine))?,? "
     r"(?:except|but|other than|apart from|besides|but not|save) (the \w+ (?:bowl|one))\b", lambda m: f"in any bowl except {m[1].replace(' one', ' bowl')}"),  # '... one of the bowls. Any one except W'
    (r"\bin a bowl(?: too| as well)?,? (?:just |but |only )?(?:a different one|another one|a different bowl|another bowl|not the same one)\b", "in a different bowl"),
    (r"^(?:(?:i want|let) )?(the \w+ block),? and (the \w+ block) (?:should |must |can )?(?:share|sharing) (?:one|a|the same|a single) bowl\b", r"put \1 and \2 in the same bowl"),
    (r"\b(?:in|into) (?:one|a single|the same) bowl together\b", "in the same bowl"),
    (r"\b((?:in|into) (?:the same|one|a single) bowl),? (?:but|though|just|only) not (?:in |into )?(the \w+ bowl)\b", r"\1, but not in \2"),
    (r"^(.*?\bthe (\w+) block and the (\w+) block (?:in|into) (?:the same|one|a single) bowl),? but not (?:in )?(?:a|any|the) bowls? (?:that|which) match(?:es)? "
     r"(?:either|any|one|both) of their colou?rs", r"\1, but not in the \2 bowl, and not in the \3 bowl"),
    (r"\b(?:each|all) (?:go|goes|should go) (?:in|into) a bowl,? (?:and|but|with) no bowl (?:gets|getting|has|having|holding|holds|with) (?:two|more than one)"
     r"(?: of them)?", "go into different bowls"),
)


def learners_no(text: str) -> str:
    """A learner's 'no' for 'not', read before `repairs` takes it for a speaker taking words back."""
    text = rx(r"\b((?:every|all|each)\b[^.;]*?)(?:,\s*(?:but )?|\s+but )no (the \w+ (?:block|one|cube)s?)(?=\s*(?:[.;!]|$))").sub(r"\1 except \2",
                  text)  # a learner's 'every block in the bin but no the white block': 'not', no correction
    text = rx(r"\b((?:must|should|has to|have to|needs? to)(?: to)? (?:be|stay|sit|stand) (?:on top of|on|in|inside|at) the \w+(?: \w+)?), no (?=(?:on top of|on|in|inside|at) the\b)").sub(
                  r"\1, not ", text)  # a learner's 'X must to be on the table, no on top of Y': where it must not be, no correction
    return text
