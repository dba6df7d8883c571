"""A goal said as a picture of the end rather than as steps: what the speaker imagines ('picture the white bowl with
the blue block inside it', 'in the picture in my head, X is in the bin'), when the task is done ('done when W has
three blocks', 'by the time you finish, X should be ...'), a wish as an end state ('my wish: X in the bin, nowhere
else'), a preference over how things are ('I'd rather X weren't on Y - I'd prefer it in W'), the one change wanted
('the only difference I want is ...') and what stays as it is ('the pink bowl and whatever is in it untouched'); and
the everyday turns around such a goal: a complaint before it ('X keeps getting in my way - ...'), an aside ('according
to my daughter', 'quick as you can') and a hint ('X would fit nicely in W'). Read among `speech.SPEECH`'s rules, after
`positions.POSITIONS` and before `turns.TURNS`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

_GOING_FOR = (r"(?:the goal|what i want|what i am going for|what i m going for|what i am after|the idea|the aim|the plan|"
              r"the end state|my goal|the target|the dream)")

ENDSTATES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"(^|[.;,] (?:and )?|\band )on (?:top of )?(it|that one|the \w+ (?:block|one)) (?:is|sits|rests|stands|should be|will be) (the \w+ (?:block|one))\b",
     r"\1\3 is on \2"),  # a picture said from below: 'X is in W. On it is Y, and on Y is Z.'
    # what the speaker pictures: 'picture X, then make the table look like that', 'imagine X - that's the goal'
    (r"^i am (?=picturing|imagining|envisioning)", "i "),
    (r"^(?:(?:at|in|by) the end,? |when you(?: are| re) (?:done|finished),? )?(?:(?:i|we) (?:want|would like|need) )?(?:the|my|our) (?:(?:finished|final|end|completed|resulting) )?(?:table|scene|layout|set ?up|arrangement)(?: at the "
     r"end)? (?:(?:should|must|will|needs to|has to|ought to|is supposed to|is meant to) |to )(?:have|show|contain)\b", "i want"),  # 'the finished table should have X in W'
    (r"^(?:the )?(?:finished|final|end) (?:table|picture|photo|scene|layout) (?:looks|will look|should look) (?:just |exactly )?(?:like|the same as) (?:it does|"
     r"it is|how it is|the table)(?: now| right now| today)?,? except (?:that |for )?", ""),  # '... looks like it does now, except X'
    (r"\s*[-,;.]?\s*(?:that is|that s|this is|that would be|which is)(?: exactly)? " + _GOING_FOR + r"\W*$", ""),
    (r",? (?:then |and |so )?(?:make|get|have) (?:the table|it|things|everything) (?:look|be|end up) like "
     r"(?:that|this)\b|\s*[-,;]?\s*(?:could|can|would) (?:the table|it|things|everything) (?:end up|look|be) like "
     r"(?:that|this)\W*$", ""),
    (r"^(?:just )?(?:picture|imagine|envision|visuali[sz]e)(?: this)?,?\s*(?:(?:the (?:finished|final|end|tidy|done|completed) (?:table|scene|state|"
     r"result|layout)|it when it (?:s|is) (?:done|finished|over))\s*[-:,]?\s*(?:with )?)?(?:the table with |a table with |a table where |a world where )?|^i (?:keep |can )?(?:imagining|imagine|picturing|picture|envisioning|see) ", "i want "),
    (r"^(?:(in )?(?:the |a )?(?:(?:photo|picture|image|snapshot|shot) (?:of )?(?:the )?)?(?:finished|final|end|completed|tidy|done) (?:table|picture|photo|image|"
     r"layout|state|result|scene|arrangement|version)(?: of the table)?(?(1),?\s*|(?:(?: (?:shows|has|will show|should show|is))?\s*[:,-]\s*|\s+(?:shows|will show|should "
     r"show)\s+)))(?:a table (?:with|where) )?(?=\w)|"
     r"^(?:what i (?:would like|want|d like) is |i want )?a table (?:where|with|in which) ", ""),  # 'In the final picture, X ...'
    (r"^(?:the |all the )?bowls (?:are|will be|should be|end up) (?:all )?empty$|^(?:all )?the bowls,? all empty$", "empty all the bowls"),
    (r"^(the bowl (?:where|that|which) [^,]+?) (?:now )?(?:with nothing|empty)(?: in it| inside)?$", r"empty \1"),  # 'the bowl where X is now with nothing in it'
    (r",? when all is said and done\b|^when all is said and done,?\s*", ""),
    (r"^neither (?:bowl|of the (?:two )?bowls) (?:will have|has|should have|may have|will hold|holds|gets) (?:a block|anything|any blocks?|a single block)(?: in it)?$",
     "empty all the bowls"),  # 'neither bowl will have a block in it'
    (r"(^|[:,;] |\band )an empty (\w+) bowl\b", r"\1the \2 bowl empty"),  # 'the end result: an empty W, ...'
    (r"^(the (?:top|bottom) (?:left|right) corner|the middle(?: of the table)?) (?:is|will be|should be) (?:occupied|taken|filled) by (the \w+ (?:block|cube))$",
     r"\2 is at \1"),
    (r"^in the (?:picture|image|version|world|plan|scene) (?:i have|i ve got|i have got|i am imagining|i see)"
     r"(?: (?:in|inside) my head)?,\s*", ""),
    (r"\b(the \w+ bowl) with (?:just|only) (the [\w ]+?) (?:inside|in) it(?:,? (?:and )?nothing (?:else|more))?", r"only \2 in \1"),
    (r"\b(the \w+ bowl) with (the [\w ]+?) (?:inside|in) it\b", r"\2 in \1"),
    (r"\b(?:gathered|collected|grouped|bunched|huddled)(?: up)?(?: together)?(?= (?:in|into|inside)\b)", ""),
    (r"\b(the \w+ (?:block|cube)) (?:with|had|has|having) nothing (?:left |else )?(?:stacked |sitting |resting |piled )?on(?: top of)? (?:it|top)\b",
     r"nothing on \1"),
    (r"\bcrowning (it|the \w+ (?:block|one))\b", r"on \1"),
    # when the task is done: 'done when ...', 'by the time you finish, ...', 'X ought to finish in W'
    (r"^(?:hopefully,? )?(?:by the time|once|when|after) you (?:finish|are done|are finished|have finished|complete|"
     r"wrap up|are through|re through|re done|re finished)(?: (?:up|here|this|it))?,?\s*", ""),
    (r"^(?:(?:do what it takes|do whatever (?:it takes|you need to)|keep going|carry on)\s*[-,;:.]+\s*)?(?:it s |it is |it counts as |"
     r"it ll be |we are |we re |you are |you re |you ll be |you will be |(?:the |this |your |our )?(?:task|job|work|run|test|episode)(?: is| s|'s|"
     r" counts as| will be| can be called)? |this is |i (?:will|would|ll|d|am|m) be |i m |i am )?(?:done|finished|complete|completed|a "
     r"success|over|satisfied|happy|content) (?:when|once|as soon as|if)\s*[:,]?\s*|^success (?:means|is when|is)\s*[:,]?\s*|^(?:keep "
     r"(?:going|at it|on)|carry on|continue|go on) (?:until|till)\s+", ""),
    (r"(?:,\s*|\s+)and (the \w+ (?:block|cube)) (?:left|kept|staying|remaining) (?:exactly |just |right )?(?:where it is|as it is|alone|in place|untouched)\b", r", and leave \1 where it is"),
    (r",?\s*\bwith (the \w+ (?:block|cube)) (?:still|left|staying|remaining|kept) (?:on|in|at|inside|on top of) the [\w ]+?(?=\s*(?:[,.;]|$))",
     r", and leave \1 where it is"),  # 'X in the corner, with Y still on the table'
    (r"^the way i (?:see|picture|imagine|envision|want) it(?: (?:at the end|in the end|when it (?:s|is) (?:done|finished)|when you (?:re|are) "
     r"(?:done|finished)|afterwards|finished|done))?\s*[:,]?\s*|^what i have in mind is\s+", "i want "),  # 'The way I see it at the end: ...'
    (r"\b(?:(?:i|we) (?:want|would like|d like|need) )?(?:it|them|that|the (?:pair|stack|tower|two))(?: to be)? (?:flipped|swapped|reversed|inverted|"
     r"turned upside down|switched)(?: around| over| round)?,? so(?: that)? ", ""),  # 'I want it flipped, so Y ends up on X'
    (r",\s*whichever (?:one|ones|two|three|four|five)(?: (?:you like|you want|of them))?(?=\s*(?:[.;]|$))", ""),  # '..., whichever three'
    (r"\s*,?\s*not on anything(?=\s*(?:[-,.;]|$))|\s*[-,;]?\s*\b(?:and )?make (?:it|the table|everything) (?:look )?like (?:that|this)\b|"
     r"\bthe (?:bare|empty|plain|flat) table\b", lambda m: "the table" if m[0].endswith("table") else ""),  # 'X on the bare table,
    # not on anything - make it look like that'
    (r",?\s*\bwith (the \w+ (?:block|cube)) (?:on|sitting on|resting on|standing on) the table(?=\s*(?:[,.;]|$))", r" and \1 on the table"),
    (r"\b((?:the )?\w+ (?:block|cube)) (?:itself )?(?:is |stays |remains )?(?:not|never) (?:moved|touched|disturbed|changed)\b",
     r"leave \1 where it is"),  # 'and Y itself not moved', 'constraint: Y not moved'
    (r"\bthe only block in (the (\w+) bowl) (?:is|should be|will be) the (?:one|block) (?:that matches (?:its|the bowl s|the bowl's) colou?r|of (?:its|"
     r"the same|the bowl s|the bowl's) colou?r|matching it|that matches it)\b", r"the \2 block should be the only block in \1"),
    (r"[.;,]?\s*\b(?:which|what) (?:ones?|blocks?|one|two|three|four)(?: (?:they are|you use|you pick|you choose))? (?:does not|do not|doesn t|don t) "
     r"matter\b", ""),
    (r"\b(the \w+ (?:block|cube)) gone (?:into|in|to) (the bin)\b", r"\1 in \2"),  # 'I'd love X gone into the bin'
    (r"\b(the \w+ (?:block|cube)) (?:is |should be )?in none of the bowls\b", r"\1 should not be in a bowl"),  # 'with X in none of the bowls'
    (r"\b(the (\w+) bowl) (?:holds|has|contains|should hold|should have|should contain|has got) (?:only )?the (?:block|one) (?:of|in|with) (?:the same|its|"
     r"its own|the matching|a matching) colou?r( and nothing else| only)?\b", lambda m: f"the {m[2]} block should be {'the only block ' if m[3] else ''}in {m[1]}"),
    (r"\bwithout (the [\w ]+?|anything(?: else)?|any(?: other)? blocks?) (?:being|getting) (?:moved|touched|disturbed|shifted)\b", r"without moving \1"),
    (r",?\s*\b(?:without|but (?:do not|never)|and (?:do not|never)) (?:moving|touching|disturbing|move|touch|disturb) (?:any other blocks?|any of the other "
     r"blocks|anything else|the other blocks|the others|any other)(?: first| at all| in the process)?\b", " and leave every other block where it is"),  # said outright
    (r"\s*[.;]\s*(?:and )?(?:move|touch|disturb|shift) nothing else\b|,?\s*(?:and|with|but) (?:nothing else|no other blocks?) (?:moved|touched|disturbed|shifted)\b|,?\s*(?:and|but) none of the others\b(?! (?:in|on|at|into)\b)",
     " and leave every other block where it is"),  # '..., and nothing else moved', '... thrown in the bin, and none of the others'
    (r"\b(contains?|holds?|should (?:contain|hold|have)|shall (?:contain|hold|have)|must (?:contain|hold|have)) (the \w+ (?:block|cube)) and no other "
     r"(?:blocks?|cubes?)\b", r"\1 only \2"),  # 'W shall contain X and no other block'
    (r"\bleave (?:the (?:blocks|ones|rest)) (?:that|which) (?:have|has|do not have) no (?:such|matching) bowl(?: of their (?:own )?colou?r)? (?:alone|where "
     r"they are|as they are)\b", "leave the other blocks where they are"),
    (r"[;,]?\s*(?:and )?the bin (?:is not to|must not|should not|shouldn t|mustn t|may not|can not|cannot) be used\b", ", and do not use the bin"),
    (r"\bwithout (?:knocking (?:over|down)|toppling|breaking(?: up)?|disturbing|taking apart) (the (?:tower|stack|pile))|\bwithout taking (the (?:tower|"
     r"stack|pile)) apart\b", lambda m: f"without moving {m[1] or m[2]}"),
    (r",?\s*(?:and|but) (the \w+ (?:block|cube)) (?:should not|shouldn t|must not|mustn t|can not|cannot|can t|is not to) be one of them\b",
     r" except \1"),  # 'at least two blocks in W, and X shouldn't be one of them'
    (r"\bbut never (?=on |in |into |onto |on top of )", "but not "),
    (r"(\b(?:in|into) (the \w+ bowl)\b[^.;]*?\bthe (?:block|one)) (?:that s |that is |which is )?already (?:in )?there\b", r"\1 in \2"),
    (r"^(the (?:block|one) (?:that s |that is |which is )?(in|on) (the \w+ (?:bowl|block)))(?: now)? (?:should not|shouldn t|must not|mustn t|does not "
     r"belong|doesn t belong) (?:be )?there\b", r"\1 should not be \2 \3"),  # 'the block that's in W shouldn't be there'
    (r"^(?:keep|leave) everything (?:else )?(?:where it is|as it is|alone|in place) (?:except|but|apart from|other than) (the \w+ (?:block|cube))\s*[;,.]\s*"
     r"(?:that|it|that one) (?:goes|should go|belongs|needs to go|can go) ((?:in|into|on|onto|at|to) [^.;]+)", r"put \1 \2 and leave everything else where it is"),
    (r"\bkeep (it|them|the \w+ block) out of (?:the |any )?bowls?,? and (?:out of )?the bin\b", r"\1 should not be in a bowl or in the bin"),
    (r",?\s*(?:but )?without (the \w+ (?:block|cube)) (?:still )?(?:sitting|resting|stacked|lying) on (?:top of )?it\b", r", and \1 should not be on it"),
    (r",?\s*without touching (?:any|the) blocks? (?:that has|that have|with) no (?:matching )?bowl\b", ", and leave every unmatched block where it is"),
    (r"\bthe block (?:that |which )?the (stack|tower|pile) (?:is )?(?:standing|sitting|resting|built|stands|sits|rests) on\b", r"the bottom block of the \1"),
    (r"\b(?:that|which) (?:does not|doesn t|do not|don t) have (?:a|an|its own|their own|its|their) (?:matching bowl|bowl (?:(?:of|in|with) )?(?:the same|its|their|its "
     r"own|their own|a matching) colou?r)(?: (?:as|like) (?:it|itself|them))?\b", "that has no bowl of its own colour"),  # 'any block that doesn't have a bowl of its own colour'
    (r"^(the \w+ bowl) is (?:for|reserved for|needed for|meant for|where i keep) (?:my|our|his|her|their|the|some) [\w ]+?,? so (?:please )?(do not|don t|"
     r"never) (put|place|drop) (anything|any blocks?) (?:in|into) it\b", r"\2 \3 \4 in \1"),  # 'W is for my keys, so don't put anything in it'
    (r"\b(the \w+ (?:block|cube)) is (?:fine|good|ok|okay|perfect|right|great|just right) (?:where it is|as it is|there)(?:,? so (?:please )?(?:keep|leave) it "
     r"(?:there|where it is|alone|as it is|be))?", r"leave \1 where it is"),
    (r"^(put|place|move|drop|set|stick|pop|throw|toss|get) (the \w+ (?:block|cube)) and (?:any )?(one|two|three|four) (?:other |more |further |additional )?"
     r"(?:blocks?|cubes?) ((?:in|into|on|onto|at|to|inside) [^,.;]+)", r"\1 \2 \4 and \1 \3 other blocks \4"),  # 'put X and two other blocks in W'
    (r"^(put|place|move|drop|set|stick|pop) (one|two|three|four|five) blocks? ((?:in|into|on|onto|inside) the [\w ]+?)\b([^.;]*?)[.;,]?\s*(?:oh,? )?(?:and )?"
     r"(?:make sure|ensure|be sure) (the \w+ (?:block|cube)) is (?:one|among one) of them\b", lambda m: f"{m[1]} {m[5]} {m[3]} and {m[1]} "
     f"{ {'two': 'one', 'three': 'two', 'four': 'three', 'five': 'four'}.get(m[2], 'no')} other blocks {m[3]}{m[4]}"),  # '... make sure X is one of them'
    (r"\bthe (blocks|ones|cubes) on the (left|right)(?: hand)? side of the table\b", r"the \1 on the \2 half of the table"),
    (r"(?<!than )\b(?:a single|one single|just one|only one) (block|cube)(?= (?:each|apiece|in (?:it|each|every)))", r"exactly one \1"),
    (r"\b(move|put|place|shift|transfer|take) (it|the \w+ block) (?:to|into|in) the other one\b", r"\1 \2 to the other bowl"),  # '...; move it to the other one'
    (r"\b(?:in|into) (?:the )?bowls,? one (?:per|in each|to a|for each|in every) bowl\b", "in different bowls"),
    (r"(?:do not|don t) put (the \w+ block) in (the (?:[\w ]+? )?bowl(?: with the (?:most|fewest) blocks)?)\s*[;,.]\s*(?:put it|it goes|it can go) in one of the "
     r"other(?:s| bowls| ones)\b", r"put \1 in a bowl other than \2"),
    (r"\b(as (?:they are|it is)|where they are|alone),\s*(?:the two of them|both of them|all of them)\s*,", r"\1,"),  # 'leave X and Y as they are, the two of them, and ...'
    (r"^(?:find|take|pick up|get) the (?:one|only|single) block (?:whose colou?r matches a bowl|that matches (?:a|one of the) bowls?(?: in colou?r)?|with a "
     r"matching bowl),? and (put|place|drop|move) it (?:in|into) (?:that|its|the matching) bowl\b", r"\1 every matched block in the matching bowl"),
    (r"^(?:take|grab|pick up|get) (the \w+ block and the \w+ block) and (put|place|drop|move) (?:each of them|them|both of them|them both) ", r"\2 \1 "),
    (r"^(?:find|locate|spot|identify) (the [\w ]+?) and (put|place|stack|set|drop|stow|pop|stick) (the \w+ block) (on|onto|on top of|in|into) it\b", lambda m: f"{m[2]} {m[3]} {m[4]} "
     + ("its matching bowl" if rx(rf"the bowl (?:that is |that s |which is )?(?:of )?the same colou?r as {m[3]}").fullmatch(m[1]) else m[1])),  # '..., then the same with Y': its own
    (r"(\b(?:on|onto|in|into|on top of) (the \w+ (?:block|bowl)))\s*[;,.]\s*(?:and )?(?:that second one|the second one|the latter|that one|the other one) "
     r"(?:stays|remains|should stay|must stay|is to stay)(?: exactly| right)? where it is\b", r"\1, and leave \2 where it is"),
    (r"(the \w+ bowl)(.*)\bthe rest of what(?: is| s)? in (?:that|the same|this) bowl\b", r"\1\2the other blocks in \1"),
    (r"\b(?:gather|collect|round) up (.+?) and (put|pop|place|drop|throw|toss) (?:them|it|every one of them|each one of them|each of them|all of them)(?: all)? ", r"\2 \1 "),
    # a constraint that only says again what the request does: '..., and only those', 'and nothing else does', 'the white one goes in last'
    (r"[,.;]?\s*(?:and )?only (?:move )?(?:those|these|them|the two|that one)(?: two| three| blocks)?(?=\s*(?:[,.;]|$))|,?\s*and nothing else (?:does|do|goes(?! (?:in|into|inside)\b)|moves|should(?! (?:move|be moved|change|"
     r"be touched|get moved)))\b|[.;]\s*the \w+ (?:one|block) goes (?:in )?(?:last|first)\W*$|,?\s*without stacking (?:them|it|anything) on anything\b|,?\s*and nothing from the "
     r"(?:left|right) half\b", ""),
    (r"\bwith nothing else (?:in )?there\b", "with nothing else in it"), (r"\b(but|except|only) (the \w+ block) (stays?|remains?) (?:in |right )?there\b", r"\1 \2 \3 where it is"),
    (r"(\b(?:except|but not|apart from|other than)\b[^.;]*?),?\s*(?:and )?(?:those|they|these)(?: ones)? (?:stay|remain|can stay|should stay)(?: put| where they are| there| as they are)?(?=\s*(?:[.;]|$))", r"\1"),
    (r"(?:(?<=table)|(?<=corner)|(?<=middle)|(?<=centre)),?\s*without (?:stacking|putting|placing|piling|setting|leaving) anything (?:on top of|on) (it|them)\b", r" with nothing on \1"),  # '... without stacking anything on it'
    (r"[.;,]?\s*i (?:would|d) rather nothing else (?:got|gets|was|were) moved(?:,? though)?\b|[.;,]\s*nothing else (?:needs|has|ought) to (?:move|be moved)\b",
     ", and leave everything else where it is"),
    (r"^only (the \w+ block) (?:may|can|should|is allowed to|gets to|is to) (?:move|be moved)\s*[:;,.]\s*(put|move|place|stack|set|drop) it ([^.;]+)",
     r"\2 \1 \3, and leave every other block where it is"),  # 'Only X may move: put it on Y'
    (r"\bwithout (?:(?:throwing|putting|dropping|tossing) (?:anything|any blocks?|a single block|it|them) (?:in|into) the bin|binning (?:anything|any blocks?|a single block))\b|\b(?:leave the bin out of it|(?:keep|stay) "
     r"(?:away|clear) (?:from|of) the bin)\b(?!,? and the \w+ bowl)", "without using the bin"),
    (r",?\s*\b(?:provided(?: that)?|as long as|so long as) (the \w+ block|whatever s in the bowls|whatever is in the bowls|everything in the bowls) (?:stays put|stays "
     r"where it is|does not move|doesn t move|is not moved|stay put|stay where they are)\b", r", and leave \1 where it is"),
    (r"\b(?:i do not|i don t) want (?:anything stacked on anything|any (?:of the )?blocks? stacked(?: up)?)\b|^(?:make sure |see that )?(?:(?:every|each) block "
     r"(?:should |must |needs to )?(?:has|have|having) nothing|no block (?:should |must )?(?:has|have|having) anything|leave (?:each and every|every|each|all the) "
     r"blocks? with nothing) on (?:top|it|them)(?: of (?:it|them))?(?=\s*(?:[.;]|$))",
     "no block should be on another block"),
    (r",?\s*\bi want (?:it|them) (?:there|like that)\b", ""),
    (r"\b(should not|must not|may not|cannot|can not) (move|be moved|be touched)\s*,?\s*and\s+(?=the \w+ block)", r"\1 \2; "),  # 'X shouldn't move, and Y ...' (r"\b(?:clean|tidy)(?: up)? by (?:putting|moving|placing|throwing)\b", "put"),
    (r"\b(?:keep|leave) (the \w+ bowl) as it is,? nothing in and nothing out\b", r"leave \1 alone"),
    # a condition that keeps a bowl or the bin free: '..., as long as W stays empty', '...; nothing goes in W, though'
    (r",?\s*\b(?:as long as|provided(?: that)?|so long as|but only if|on condition that) (the \w+ bowl|the bin) (?:stays|remains|is kept|is left|keeps) empty\b|"
     r"[;,.]\s*(?:but )?nothing (?:goes|should go|may go|can go|is to go) in(?:to)? (the \w+ bowl|the bin)(?:,? though)?\b",
     lambda m: f", and leave {m[1] or m[2]} alone" if (m[1] or m[2]) != "the bin" else ", and do not put anything in the bin"),
    (r"\blift (?:off|away) (?:whatever block is|whatever is|the block|the blocks|the block that is) (?:on top of|on) (the \w+ block)\b", lambda m: (
        f"take the block on top of {m[1]}" if rx(r"\s*,? and (?:then )?\w+ (?:it|that one)\b").match(m.string, m.end()) else f"take everything off {m[1]}")),  # '... and put it in the bin': that block
    (r"\b(?:lift|take|get) (the (?:top|\w+) block|it) off(?=\s*(?:[.;!]|$)|,?\s*(?:but )?(?:do not|never|not) )", r"put \1 on the table"),  # 'See the tower? Lift the top block off.'
    (r"(\b(?:all )?the blocks on the table\b.*)[.;]\s*(?:i mean,? |so,? )?all of them on the table\W*$", r"\1"),  # the set said again
    (r"\b(?:any|every|each) block (?:without|that has no|with no) (?:one|a bowl|a matching bowl|a bowl of its (?:own )?colou?r|(?:a )?bowl in (?:its|the same)(?: own)? colou?r)\b", "every unmatched block"),
    (r"\bevery block (?:that is |that s )?in a bowl (?:is|should be|must be|has to be) (?:the same colou?r as|of the same colou?r as|the colou?r of) (?:that|its|the) "
     r"bowl\b", "no block should be in a bowl of a different colour"),
    (r"^(?:the |all the |all of the )?blocks (?:are |should be |will be |must be |end up |all )+(?:stacked|piled)(?: up)?(?: (?:in|into|as) (?:one|a single|a|the same) "
     r"(?:tower|stack|pile))?$|^(?:all )?(?:of )?the blocks (?:are |should be |will be )(?:all )?(?:in|part of) (?:one|a single|the same) (?:tower|stack|pile)$",
     "stack all the blocks into one tower"),  # 'the blocks are all stacked up in one tower': every block, those in bowls too
    (r"^(the \w+ (?:block|cube)(?:,? (?:and )?(?:the )?\w+ (?:block|cube))+) (?:are |should be |will be |all |both )*(?:stacked|piled)(?: up)?(?: (?:in|into|as) "
     r"(?:a|one) (?:single )?(?:tower|stack|pile))?(?=\s*(?:,|$))", r"stack \1"),  # a picture's 'X, Y and Z stacked up, X lowest ...'
    # goals in other shapes: 'the block resting on X is Y', 'the bowl where X belongs is W', 'where I want X is the corner', 'the one thing I
    # don't want is X on Y', 'there's a block in W which needs to end up in V', 'W is to have only the block of its colour', 'see to it that'
    (r"\bthe block (?:that |which )?(?:resting|sitting|stacked|lying|standing|ends up|goes|sits|rests|is) on (?:top of )?(the \w+ block) (?:is|should be|will be) "
     r"(the \w+ block)\b", r"\2 should be on \1"),
    (r"^the bowl (?:that |which )?(the \w+ block) (?:ends up|goes|should go|belongs|sits|is) in is (the \w+ bowl)\b", r"\1 should be in \2"),
    (r"(the \w+ block) (?:ends up|is|sits|should be|should end up) (?:alone|by itself|on its own) in (the \w+ bowl)\b", r"\1 should be the only block in \2"),
    (r"^what (?:should not|shouldn t|must not|mustn t) happen is (the \w+ block) (?:staying|remaining|sitting|being|resting) (on top of|on|in) ",
     r"\1 should not be \2 "),
    (r"^there should first be nothing (?:stacked|sitting|resting|piled) on (the \w+ block)", r"first take everything off \1"),
    (r"\bthe block (?:it|that block|that one) (?:had been|was|is|has been) (?:resting|sitting|standing|stacked|lying) on\b", "the block under it"), (r"\bto start with\b", "first"),
    (r"^the only block (the (\w+) bowl) should (?:have|hold|contain) in it is the one of (?:the same|its(?: own)?) colou?r", r"the \2 block should be the only "
     r"block in \1"),
    (r"^(?:put|place|move) (the \w+ block and the \w+ block)(?: away)? (?:in such a way|so) that each (?:ends up|is|sits) in the bowl of (?:the same|its own|its) "
     r"colou?r", r"put \1 in their matching bowls"),
    (r"(the \w+ block) (?:keeps|holds|stays in|remains in) (?:its|their) (?:spot|place|position|location)\b", r"leave \1 where it is"),
    (r"^(?:only|just) one block (?:has the same colou?r as|matches) (?:a|one of the|any) bowls?\s*[;,.]\s*(?:put|place|move|drop) it (?:in|into) (?:that|its|the "
     r"matching) bowl\b", "put every matched block in the matching bowl"),
    (r"^(?:a|any|each|every) block (?:may|can|should|must) only (?:be|go|sit) in (?:a|the) bowl (?:of|in|that matches) its (?:own )?colou?r\b",
     "no block should be in a bowl of another colour"),  # a rule: 'a block may only be in a bowl of its own colour'
    (r"\b(the table|the \w+ bowl|the bin) (?:(?:should|must|will|has to|needs to) )?(?:ends? up|be left|is left|gets? left) with (?:no blocks?|nothing|not a single "
     r"block)(?: at all)? (?:on|in) it\b", lambda m: "no block is left on the table" if m[1] == "the table" else f"{m[1]} ends up empty"),  # 'the table ends up with not a single block on it'
    (r"\b((?:every|each) matched block (?:should|must|is to|needs to|has to) (?:go|be put|end up)|(?:every|each) matched block (?:goes|belongs))(?: over| across| home| back)? (?:in|into|to) (?:that|this) bowl\b",
     r"\1 in its matching bowl"),  # 'every block whose colour matches a bowl should go over to that bowl'
    (r"(the \w+ bowl) to (?:end up )?(?:holding|having|with|hold|have) (?:exactly )?(one|two|three) (?:more blocks?|blocks? more) than (?:it does|it has|it "
     r"holds|now)(?: now| right now)?", r"add \2 blocks to \1"),
    (r"(?<!the block)(?<!the block )(?<!the cube)(?<!the cube )(?<!the one)(?<!the one ),?\s*\bwith (the \w+ (?:block|cube)) on top of it\b",
     r", and \1 on top of it"),  # never 'the block with Z on top of it': that names a block
    (r"^that(?: is| s)? not where (the \w+ (?:block|one)) (?:goes|belongs|should go|should be|lives)\s*[;,.]?\s*(?:it|that one) (goes|belongs|should go|"
     r"should be|lives) ", r"\1 \2 "),  # 'That's not where X goes; it goes on the table'
    (r"^any (?:one )?of the (?:blocks|ones) (?=(?:that|which) (?:is|are|isn t|is not|aren t|are not|sits|sit)\b)", "every block "),  # 'any of the blocks
    # that isn't in a bowl goes to the bin': each of them  # 'X stacked on Y, with Z on top of those two'
    (r"\b(?:take|taking|taken|bring|brought) (the (?:stack|tower|pile)|it|them) down\b(?!,? and (?:into|in|to|onto|on|put)\b)(?:,? (?:with )?each block (?:straight |flat |back )?on the "
     r"table)?|\b(the (?:stack|tower|pile)) (?:taken|brought) down\b(?:,? (?:with )?each block (?:straight |flat |back )?on the table)?",
     lambda m: f"unstack {m[1] or m[2]}"),  # 'I'd like the stack taken down, each block straight on the table'
    (r"^(the \w+ bowl) is the bowl (?:that |which )?(the \w+ block) (?:should end up|should go|belongs|goes|should be) in\b", r"\2 should be in \1"),
    (r"\b(?:one of the bowls|a bowl) (?:that|which) (?:already )?(?:has|have|holds) (?:something|a block|blocks|anything) in (?:it|them)\b", "a full bowl"),
    (r"[;,.]?\s*(?:and )?the (?:rest of the|other) bowls? (?:stay|stays|remain|remains) (?:as they are|alone|untouched|as it is)\b", ""),
    (r"(\ba bowl\b[^.;]*?),? (?:but |just )?not the (empty|full) one\b", r"\1 other than the \2 bowl"),
    (r",?\s*(?:but |and )?(?:keep|leave) the other bowls? (?:as they are|alone|untouched|as it is)\b", ""),
    (r"^(the (?:\w+ )?bowl(?: with the (?:most|fewest|least) blocks)?) (?:should|must|is to|needs to) be emptied (into|onto|in|on) (the bin|the table)\b",
     r"empty \1 \2 \3"),
    (r"^(?:(?:re)?arrange|move|shift|shuffle) (?:things|everything|the table|the blocks)(?: around| about)? so (?:that )?|^(?:i|we) (?:want|would like|d like) "
     r"(?:things|everything) set up so (?:that )?|^(?:i|we) (?:want|would like|d like) "
     r"(?:things|everything|the blocks) (?:re)?(?:arranged|moved|shuffled|shifted) so (?:that )?|"
     r"^see to it that |^what (?:i|we) (?:would like|want|need) is for there to be\b", lambda m: "there should be" if m[0].endswith("be") else ""),
    (r"^the (?:bowl|place|spot) where (the \w+ block) (?:belongs|should go|goes|should be|needs to go) is (the [\w ]+)$", r"\1 belongs in \2"),
    (r"^where (?:i|we) (?:want|would like|d like|need) (the \w+ block)(?: to (?:go|be|end up))? is (the [\w ]+)$", r"put \1 at \2"),
    (r"^what (?:i|we) (?:asked for|wanted|ordered|requested|meant|needed) (?:was|is) ", "i want "),  # 'What I asked for was X on Y; ...'
    (r"^(?:\w+ )?(?:check|test|assertion|verification) failed (?:on|for|at) (the \w+ (?:bowl|block))\s*[:;,.-]*\s*(?:it|that one) (?=(?:should|must|needs|has|is)\b)",
     r"\1 "),  # a QA report's 'Count check failed on W: it should hold exactly 3 blocks, not 2'
    (r"\b(exactly (?:\d+|one|two|three|four|five) blocks?),? (?:and )?not (?:\d+|zero|none|one|two|three|four|five)\b", r"\1"),
    (r"\b(the \w+ bowl) (?:contains|has|holds|had|contained) (?:\d+|no|zero|one|two|three|four|five) blocks?\s*[;,.]?\s*(?:but )?(?:expected|should "
     r"(?:be|have|hold)|wanted|target)\s*(exactly |at least |at most )?(one|two|three|four|five)\b", r"\1 should hold \2\3 blocks"),  # a QA report
    (r"^the (?:one |only )?thing (?:i|we) (?:do not|don t) want is (the \w+ block) (?:still )?(?:sitting |resting |stacked |lying )?(on|in) ",
     r"\1 should not be \2 "),
    (r"\b(the \w+ block) (?:has to|must|should|needs to) (?:go|be moved|be put) somewhere(?: else)?,? so (?:that )?it (?:is not|isn t|won t be|will not "
     r"be) ", r"\1 should not be "),
    (r"^there(?: is| s) (?:a|one) (?:block|cube) (in|on|inside) (the \w+ (?:bowl|block)),? (?:which|that) (?:needs to|should|must|has to) (?:end up|go|be) ",
     r"the block \1 \2 should be "),
    (r"\b(the (\w+) bowl) (?:is to|should|must) (?:have|hold|contain) only the block (?:that matches its colou?r|of its(?: own)? colou?r|of the same colou?r)"
     r"(?: inside it| in it)?", r"the \2 block should be the only block in \1"),
    (r"\b(the \w+ (?:bowl|bin)) (?:holds|has|contains|should hold|should have|should contain) (the \w+ block)(?: in it| inside it| in there)?,? (?:and|but|with) (?:like |just )?nothing else(?: in it| in there| inside it)?\b",
     r"\2 should be the only block in \1"),
    (r"\b(the bin|the \w+ bowl) to end up with (.+?) (?:inside|in it)\b", r"\2 in \1"),
    (r"\b(the \w+ block) and (the \w+ block) should be moved so (?:that )?each (?:sits|is|ends up) in the bowl (?:matching|of) its colou?r\b",
     r"put \1 and \2 in their matching bowls"),
    (r"\b(the (?:top|bottom) (?:left|right) corner|the middle) has (the \w+ block) (?:sitting |resting |standing |placed )?(?:there|in it|on it)\b",
     r"\2 at \1"),
    (r"\b(the \w+ block) (?:must|should|has to|needs to) keep (?:its|their) (?:spot|place|position|location)\b", r"leave \1 where it is"),
    (r"\b(the \w+ block) (?:is to|should|must) be (?:moved|placed|put|shifted) (?:in such a way|so) that it (?:ends up|is|sits|lands) ", r"\1 should be "),
    (r"\bthe block (?:that was|which was|that used to be|that sat|that was sitting) (underneath|under|beneath|below) (it|the \w+ block)\b", r"the block \1 \2"),
    (r"\b(in it|in there|inside|(?:in|on|into|onto|at) the [\w ]+?) first(?=\s*[;,.]|\s*$|,? and)", r"\1"),
    (r"^(the bowl with the (?:most|fewest) blocks|the \w+ bowl) (?:is to|should|must) have its (?:blocks|contents) (?:tipped|emptied|dumped|put|moved|"
     r"poured) (?:into|in|onto) (the bin|the table)", r"empty \1 into \2"),  # 'whichever bowl holds the most blocks is to have its blocks tipped ...'
    (r"^there (?:must|should|may) not be (?:a single|any|a|one) bowl (?:holding|with|that holds|containing) a block of (?:another|a different|the wrong) colou?r",
     "no block should be in a bowl of a different colour"),
    (r"^(?:pick up|grab|take|get|lift) (the \w+ (?:block|cube)),? (?:and )?then (the \w+ (?:block|cube)),? and (put|place|drop|throw|toss|set) (?:the two of "
     r"them|both(?: of them)?|them(?: both| two)?) ", r"\3 \1 and \2 "),  # 'pick up X, then Y, and put the two of them in the bin'
    (r"^((?:every|each|all(?: the)?|the) (?:blocks?|cubes?|ones?)) (?:from|in|out of|inside) (the \w+ bowl),\s*(bin|trash|toss|dump|ditch|chuck) "
     r"(?:it|them)\b", r"\3 \1 in \2"),  # 'every block from W, bin it'
    (r"\b(bin|trash|throw away|throw out|toss|discard|dispose of|dump|ditch|chuck|get rid of) ((?:every|each|all(?: the)?|the|any) (?:blocks?|cubes?|"
     r"ones?)|everything) from (the \w+ bowl)\b", r"\1 \2 in \3"),  # 'bin every block from W': the blocks in W, into the bin
    (r"\bthe (bowl|block) (?:which|that) (?:sits|is|lies|stands) (?:the )?(?:furthest|farthest|most) (?:to the )?(left|right)\b", r"the \2most \1"),  # 'a single block each'
    (r"(?<!exactly )\b(one|two|three|four) (blocks?|cubes?)\b([^.;]*?)(?:,? (?:just |only )?\1)?,? no more\b(?!(?: and| or|,)? no (?:less|fewer))(?! than)",
     r"exactly \1 \2\3"),  # '... two blocks into W, just two, no more'
    (r"(\bon the (?:left|right|top|bottom)(?: hand)?(?: side)?),? not on the (?:left|right|top|bottom)(?: hand)?(?: side)?\b", r"\1"),
    (r"^(?!(?:swap|switch|exchange|trade|interchange)\b)([^.;!?]*?),?\s*but keep (the \w+ (?:block|cube)) (on the table|out of the bin|where it is)\b",
     lambda m: f"{m[1]}, and leave {m[2]} where it is" if rx(r"\b(?:tower|pile)\b").search(m[1]) and m[3] == "where it is" else  # never 'a tower of X and Y ... except Z'
     f"{m[1]} except {m[2]}" + (f", and {m[2]} should be on the table" if m[3] == "on the table" else "")),  # 'clear the blocks into the bin, but keep X on the table'
    (r"^(?:i want to|i would like to|i d like to|let s|let us|we re going to|we are going to|i m going to|i am going to) (?:build|make) (?:a |an |me a )?"
     r"(?:little |small |tall |nice |quick )?(?:tower|stack)\s*[.!:;]\s*(?=(?:first|put|stack|place|start|take|move)\b)", ""),
    (r"\b(?:finishes|winds up|lands)(?= (?:in|on|at|inside|on top of) )", "should end up"),  # 'whatever block is on X finishes in the bin'
    (r"^(the [\w ]+?) (?:i|we) (?:want|need|would like|would love)(?: (?:it|them|that one))?(?: to (?:go|be))?(?: put)? (in|into|on|onto|at|inside|on top "
     r"of) ", r"put \1 \2 "),  # a learner's 'the block under X I want in W'
    (r"^(?:let s |lets )?(?:make|build) (?:a|one|me a) (?:tower|stack)\s*[.;:,]\s*(?=the \w+ (?:block|cube) (?:on|onto|on top of|at the bottom|goes|"
     r"first)\b)(?![^.;]*\bin the middle\b)", ""),  # 'make a tower! X on Y, and Z on X!': the tower said block by block
    (r"[;,.]?\s*(?:and )?(?:then |after that |at that point )?(?:you re|you are|we re|we are|it s|it is|that s|that is) (?:done|finished|"
     r"complete)(?: then)?\s*[.!]?\s*$", ""),  # '...; then you're done'
    (r"^i (?:expect|want|would like|d like|hope|need|would love) to (?:find|see) (the \w+ (?:block|cube)) (?:go |get put |end up |land |sitting |sit |sat |"
     r"placed |put |stacked |standing |resting |perched |balanced )?(in|inside|on|on top of|at) ", r"\1 should be \2 "),
    (r"\b(?:ought to|should|must|needs to) (?:finish(?: up)?|wind up|land|end(?: up)?)(?= (?:in|on|at|inside|with)\b)",
     "should end up"),
    # a request offered as a question: 'What if X ended up in W?', 'Shall we bin X?', 'Maybe try X in the corner?'
    (r"^(?:what if|how about|what about|why not|shall we|should we|shall i|should i|maybe|perhaps)(?: (?:you|we))?,? "
     r"(?=(?:the|a|every|each|all|put|move|bin|stack|drop|place|set|take|try)\b)", ""),
    (r"^(?:maybe |perhaps |why not )?try (?:putting |placing |moving |setting )?(?=the |a |every |all )", "put "),
    (r"^(the [\w ]+?) (?:(?:have|has) )?(?:ended|ends|ending) up (?=(?:in|on|at|inside)\b)", r"\1 should end up "),
    (r"\b(the \w+ (?:block|cube)) (?:taken|lifted|moved|removed|picked up|pulled) (off(?: of)?|out of|from) (the [\w ]+?),? and (?:then )?(?:put|placed|"
     r"set|moved|dropped|left)(?: it)? (?=(?:on|in|into|onto|at|inside)\b)", r"take \1 \2 \3 and put it "),  # 'I'd like X taken off Y and put on T'
    (r"^what (?:i|we|this crowd|the crowd|everyone|everybody|they|the boss|the kids|my \w+) (?:is |are |am )?(?:dying|longing|"
     r"waiting|itching|eager|desperate|keen) to see is ", "i want "),  # 'What this crowd is dying to see is X in W!'
    (r"(?:(?<=block)|(?<=cube)) (?:dropping|going|heading|landing|sliding|falling|tumbling|flying)(?= (?:into|in|onto|on|"
     r"inside)\b)", ""),  # '... is X dropping into W': X in W
    # a hint: 'X would be better off in W', 'it would look tidier with X in W', 'everything looks best when ...'
    (r"\b(?:would|d|will) (all )?be (?:much |far |a lot |so much )?better off (?=in|on|at|inside)", r"should \1be "),
    (r"^(?:it|everything|the table|things) (?:would|d|will) (?:look|be) (?:so |much |so much |a lot |way )*(?:tidier|neater|"
     r"nicer|better|cleaner)(?: if)? with ", "i want "),
    (r"^(?:everything|it|the table|things) (?:looks|is|feels|would look) (?:best|nicest|tidiest|right|perfect) when ", ""),
    # asides around a request: 'if I may say so', 'should it not be too much bother', 'No other objects need to change.'
    (r",?\s*\bif i may (?:say so|be so bold|add)\b,?|,?\s*\b(?:should|if) it (?:not be|is not|isn t) (?:too )?much (?:of a )?(?:bother|"
     r"trouble)\b|[.;,]?\s*(?:no|nothing) other (?:objects?|blocks?|things?) (?:need|needs) to (?:change|move|be moved)\W*$|"
     r"[.;!]?\s*\bi mean it\W*$", ""),
    (r"\b(?:disposed of|got rid of|gotten rid of)(?= (?:in|into)\b)", "put"), (r"\bthat very\b", "that"),
    (r"\bdo not you (?=touch|move|put|bin|stack|take)", "do not "), (r"^i should (?:very much |much |really |so )?(like|love)\b", r"i would \1"),
    (r"^(?:location|destination|place|spot|target) for (the [\w ]+?) (?:is|:|,) (?=the )", r"\1 goes to "),
    (r"^(?:location|destination|place|spot|target) for (?=put\b)|^i should (?:very much |much |really |so )?(?=put\b)", ""),
    # a wish as an end state, the one change wanted
    (r"^(?:my|our) (?:wish|hope|dream|request|goal|aim)(?:,\s*[^,.;:]{1,40})?,\s*(?:is|would be|will be)\s+(?:to have |that )?", ""),  # 'My dream, dear audience, is a tower: ...'
    (r"^(?:my|the|our) (?:wish|hope|dream|request)(?:,? (?:as|for) (?:an?|the) (?:end|final|goal|target) (?:state|"
     r"result|configuration))?\s*[:,-]\s*(?![^,.;:]*,\s*(?:is|would be|will be)\b)", ""),  # never "my wish, esteemed audience, is ..."
    (r"^(?:what i am after|what i m after|what i am looking for|what i m looking for)\s*(?:is\s*)?[:,-]\s*(?:is\s+)?", ""),
    (r",?\s*(?:and )?(?:nowhere|not anywhere) else\b", ""),
    (r"^instead of (?:reshuffling|moving|rearranging|changing|redoing|shuffling) (?:everything|it all|the whole "
     r"table|the lot|things(?: around)?),?\s*", ""),
    (r"^the only (?:difference|change|thing|edit) (?:i want|i would like|i d like|i am asking for)(?: to see)? is "
     r"(?:that )?", ""),
    (r"^(?:picture|imagine|keep|leave|i want) (?:the table|everything|it all|things) (?:just |exactly )?(?:as|how) (?:it is|"
     r"they are|it looks)(?: now)?,? (?:except|but|apart from the fact) (?:that )?", ""),
    # a preference over how things are: 'I'd rather X weren't on Y - I'd much prefer it in W'
    (r"^i (?:would|d) (?:much )?rather (the [\w ]+?) (?:were |was )?(?:not|n t) ", r"\1 should not be "),
    (r"\bi (?:would|d) (?:much |really |far )?(?:prefer|rather have|have|like) (it|them|that one)(?= (?:in|on|at|inside|"
     r"into|onto)\b)", r"put \1"),
    (r"^(the [\w ]+?) (?:is|are|sits|lies) (?:out )?(?:on|in|at) the [\w ]+?(?: right now| at the moment| currently| now)?"
     r",? but (?=put (?:it|them)\b)", r"\1, "),  # 'X is on the table right now, but I'd have it in W instead'
    (r"^(?:change|fix|alter|switch|update) (?:that|this|it|things)(?: around)? so (?:that )?", ""),
    (r"\b(?:i want |have |make |put )?(?:it|them|that) (?:the other way (?:a)?round|reversed|the opposite way)\s*[-,:]\s*"
     r"(?=the )", "i want "),  # 'I want it the other way round - X on top of Y - ...'
    # what stays: 'with the tower left standing exactly as it is', 'the pink bowl and whatever is in it untouched'
    (r",\s*with (the \w+ (?:block|cube)) (?:left )?(?:exactly |just |still )?where it (?:was|is|stands|started)\b",
     r", leave \1 where it is"),
    (r"\s+(?:the whole time|throughout|all along|the entire time|at all times|the whole way through)\b", ""),
    (r"\bmeanwhile,? ", ""), (r"\b(?:whatever|(?<=take out )anything(?: that)?) (?:is|s) (?=in |inside )", "everything "),
    # nothing and none said of a place: 'none should be left in W', 'W with none', 'W has nothing left in it'
    (r"\band none (?:of them )?(?:should|may|can|must)?(?: be)?(?: left)? (in|on|inside) ", r"and no block should be \1 "),
    (r"\band (the \w+ bowl) with none\b", r"and \1 empty"),
    (r"\s+and (the \w+ bowl) (?:left )?(?:completely |totally )?empt(?:y|ied)\b", r", and \1 should be empty"),  # 'X in W and V empty'
    (r"\b(?:nothing (?:is|s) left|there (?:is|s|are|re|will be|ll be|should be|must be) (?:nothing|no blocks?)(?: at all)?(?: left)?) (on top of|on|in|inside) ", r"nothing should be \1 "),
    (r"(^|[;,.] (?:and )?|\band )(every bowl|each bowl|all (?:of )?(?:the )?bowls|both bowls|the \w+ bowl) (?:should|must|has to|have to|"
     r"needs? to|will|shall|is to|are to)(?: all)? (?:end up|be|stay|remain|be left|end up being|become)(?: completely| totally| all)? "
     r"empty(?=,? and\b)", r"\1empty \2"),  # 'every bowl should end up empty, and ...': a request, then another
    (r"\b(?:leave|keep) (the \w+ (?:block|cube|one)) and ((?:everything|all the blocks|the blocks) (?:in|inside|on) the \w+ (?:bowl|"
     r"block)) (?:where they are|alone|as they are|untouched)\b", r"leave \1 alone and leave \2 alone"),  # a thing and a set kept
    (r"\b(leave|keep) ((?:the |all the |any )?(?:ones|blocks|cubes)) (?:that are |which are )?already ((?:in|inside|on) (?:a |the |any |their )?(?:\w+ )?(?:bowls?|there|it|them))(?=\s*(?:[,;.]|$|and\b))",
     r"\1 \2 that are \3 alone"),  # 'leave the ones already in bowls': a set kept, not where they go
    (r"\b(the \w+ bowl) has nothing(?: left)? in it(?: either| too| as well)?\b", r"\1 is empty"),
    (r"\bthe bin has nothing(?: left)? in it(?: either| too| as well)?\b", "no block is in the bin"),
    (r"\b(?:keep|leave) the bin empty\b(?:\s*[:;,.-]?\s*nothing (?:goes|should go|can go|may go|is to go|gets put) in(?:to)? (?:it|there))?",
     "do not put anything in the bin"),  # 'keep the bin empty: nothing goes in it'
    (r"\bon the (?:very )?top(?=\s*(?:$|[,.;]))", "on top of it"),  # '... then stick the white block on the very top'
    (r"\b(?:any|every|each) (?:block|cube) whose colou?r has a (?:matching )?bowl(?: of its own)?,? goes in(?:to)? (?:that|its|the "
     r"matching) bowl\b", "put every block in the bowl of its own colour"),
    (r",\s*with (the (?:(?!\b(?:stays?|remains?|is|are|should|must)\b)[\w ])+?) (?:left )?(?:standing )?(?:exactly |just )?"
     r"(?:as it is|as they are|where it is|untouched|alone)\b", r", leave \1 as it is"),
    (r"(^|[;,] )(the \w+ bowl) and (?:whatever is|what is|everything|anything) in it (?:left )?(?:untouched|undisturbed|"
     r"alone|as (?:it is|they are))(?=\s*(?:[;,.]|$))", r"\1leave \2 alone"),
    (r"(^|[;,] )(the \w+ (?:block|cube)) (?:left )?(?:untouched|undisturbed)(?=\s*(?:[;,.]|$))", r"\1leave \2 alone"),
    (r"(\bcolou?rs?|\bmatching bowls?|\bown bowls?),?\s*(?:wherever|where|whenever|if|as long as) (?:one exists|(?:it|one) has one|there (?:is|are) (?:a |one )?"
     r"(?:matching )?bowls?(?: to match| for (?:it|them|each)| of (?:its|their|the same) colou?r| in (?:its|their|that) colou?r|"
     r" that matches)?)(?=\s*(?:[,.;]|$))", r"\1"),  # '... by colour, wherever there is a bowl to match': what matching does anyway
    (r"\b(?:would|will|could|might) (?:fit|(?:sit|go) (?:nicely|well|perfectly|neatly|beautifully))(?: (?:right|just))? (in|inside|into|on|onto|"
     r"on top of)\b", r"should go \1"),  # 'X would fit nicely inside it'
    (r"\bbuild(?: up)? (?:on|from|onto|upon) (it|that|the [\w ]+?)(?: instead)?\s*[,:]\s*(the \w+ (?:block|one)) (?:goes |should go |is )?"
     r"(?:on|onto|on top of) it\b", r"put \2 on \1"),  # 'build on it instead: the green block on it, then ...'
    # a complaint about where something is, then where it should be: 'I'm not thrilled with X sitting in W; I'd rather
    # it were in V', 'X keeps getting in my way - it ought to go ...', 'X is cluttering up the table. It'd be better off ...'
    (r"^(?:i am|we are) (?:not (?:thrilled|happy|keen|pleased|a fan|crazy|fond|sure)|unhappy|displeased)(?: (?:with|about|of))? "
     r"(the \w+ (?:block|cube)) (?:sitting |being |lying |resting |standing )?(in|on|inside|on top of) ", r"\1 should not be \2 "),
    (r"^(?:the \w+ (?:block|cube)s?(?: and the \w+ (?:block|cube))?|they|it) (?:keeps? getting|(?:keeps?|are|is) (?:getting "
     r"|being )?in (?:my|the|our) way)(?: in (?:my|the|our) way)?\s*[,.;:]\s*", ""),
    (r"^(the \w+ (?:block|cube)) (?:is|s) (?:just |really )?(?:making a mess(?: of (?:things|everything|the table))?|cluttering(?: up)? "
     r"(?:the table|things|everything|the place)|an eyesore)(?:,? and|\s*[.;,]\s*(?:honestly |frankly )?it) (?=would|should|needs|belongs|"
     r"ought|has to|must)", r"\1 "),
    (r"\b(its|their) (?:proper|rightful|right|correct|true|real|usual|natural) (?:place|home|spot|position|location) (?:is|are)(?= (?:in|on|at|inside|on top of)\b)",
     lambda m: "it belongs" if m[1] == "its" else "they belong"),
    (r"\b(the \w+ (?:block|cube)) is (?:in the wrong (?:spot|place|position|bowl)|misplaced|out of place)[.;,]?\s+it belongs\b", r"\1 belongs"),
    (r"\b(?:crowning|topping(?: off)?) (?:the lot|it all|the tower|the stack|the pile)\b", "on top"),
    (r"(the \w+ (?:block|cube)), (?:which|that) (?:is|sits|rests|stands|is sitting|is resting|is stacked) (?:on|in|inside|on top "
     r"of|under|beneath) (?:it|that|them|the \w+ (?:block|bowl|cube))(?: now| right now| currently| at the moment| at present)?,", r"\1"),
    (r"\b(the \w+ (?:block|cube)s?) (?:thrown (?:away|out)|tossed(?: out| away)?|chucked(?: out| away)?|binned|trashed|discarded|"
     r"dumped|got(?:ten)? rid of)(?=\s*(?:[,.;]|$| and\b))", r"\1 in the bin"),  # 'X thrown away and Y on the table': where each ends up
    (r",?\s*\b(?:(?:the )?order (?:does not|do not|does n t) matter|(?:i|we) (?:do not|don t) (?:mind|care about) (?:the|which) order|"
     r"in (?:any|whatever) order(?: you (?:like|please|prefer|want|choose|(?:find|think|consider)(?: most| more| to be| is)? (?:convenient|best|easiest|easier|simplest)))?|(?:any|whatever) order(?: is fine| you (?:like|fancy|want|please))?)\b", ""),  # 'in whatever order you find most convenient'
    (r"\b(?:can|could|would|will) you help (?:me|us) (?:to )?(?=\w)", ""), (r"\bhelp (?:me|us) (?:to )?(?=(?:sort|put|stack|move|clear|bin)\b)", ""),
    (r",?\s*\bfor (?:her|him|them|me|us|my (?:son|daughter|kid|kids|boy|girl|grandson|granddaughter|wife|husband))(?=\s*(?:[,.;?!]|$))", ""),
    (r"\bmy (?=(?:\w+ )?(?:towers?|stacks?|piles?|blocks?|cubes?|bowls?)\b)", "the "),  # 'don't touch my tower'
    (r"(the \w+ (?:block|cube)) out of (?:my|the|our) way\s*,?\s*(?=(?:in|on|at|into) the )", r"\1 "),
    (r"((?:in|into|at) the (?:bin|\w+ bowl|middle|(?:top|bottom) (?:left|right) corner)) (?:would be|is|will be|would do|will do) (?:perfect|"
     r"fine|great|good|ideal|best|ok|okay)(?=\s*(?:[.;,]|$))", r"\1"),  # '... - in the bin is fine'
  # 'X out of my way - in the bin would be perfect'
    (r"[.;,]\s*(?:one of the bowls|a bowl|any bowl|any of the bowls) (?:would be|is|will be|would do|will do) (?:fine|ok|okay|good|"
     r"great|perfect)(?=\s*(?:[.;]|$))", ", and put it in a bowl"),  # '... but not into the bin. One of the bowls would be fine.'
    (r"\b(the \w+ bowl) (?:has|holds|keeps|contains|should have|still has|still holds) (?:the same blocks?|exactly what it has|what it "
     r"has|just what it has)(?: in it)?(?: as(?: now| before| it does now| at the start| it has now)?)?\b", r"leave \1 alone"),
    (r"\b((?:to|at|in|on|into|onto) (?:the middle(?: of the table)?|the (?:top|bottom) (?:left|right) corner|the \w+ bowl|the table)),? "
     r"with (the \w+ (?:block|cube)) (?:stacked |sitting |placed |resting |standing )?(?:on top of|on|atop) (?:it|that|top)\b",
     r"\1, and \2 on top of it"),  # 'X moved to the middle with Y stacked on it'
    (r"\b(the \w+ (?:block|cube))(?: s|'s)? (?:proper |rightful |right |correct |usual )?(?:place|home|spot|position) is (?=the )",
     lambda m: f"{m[1]} belongs " + ("on " if m.string[m.end():].startswith("the table") else "in " if rx(
         r"the (?:\w+ bowl|bin)\b").match(m.string[m.end():]) else "at ")),  # 'X's place is the top right corner'
    (r",?\s*\bwithout (?:a single|any|one) (?:block|cube)s? (?:(?:ending up|going|landing|getting put|being put|being thrown) )?in the bin\b",
     ", and no block in the bin"),
    (r"(^|[,;.] (?:and )?)(the \w+ bowl|every bowl|all the bowls|both bowls) (?:left )?(?:completely |totally )?empt(?:y|ied)(?=\s*(?:[,.;]|$|"
     r" and\b))", r"\1empty \2"),  # 'the goal: W empty, and ...'
    (r"\b(?:with|having) no (?:bowl (?:of|in) (?:their|its) (?:own )?colou?r|matching bowl|bowl (?:to match|that matches (?:it|them)))\b",
     "without a matching bowl"),  # 'the ones with no bowl of their colour in the trash'
    (r"\bsame colou?r(?:ed)? (blocks|cubes) (?=(?:in|into) (?:their|the matching|the same colou?r) (?:own )?bowls\b)", r"\1 "),
)
