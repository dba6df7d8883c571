"""A learner's words for what the clause reader knows, each said as the sentence it means: 'the block who has the colour of
W go in W', 'the block where X is sitting on', 'the block all the way on the left', 'not to the bin, on Y', 'X, which goes
in the bin' after an exception, and two blocks that 'share one bowl' or go 'in a bowl, a different one'. Read among
`speech.SPEECH`'s rules, after the message's fillers are gone and before the order of the steps is read."""

from __future__ import annotations

LEARNERS: tuple[tuple[str, str], ...] = (
    (r"\b(must|should|can|will|would) to (?=be|go|stay|sit)\b", r"\1 "),  # 'must to be'
    (r"\bdo not (?:change|touch|move) nothing (?:in|on|inside) (the \w+ (?:bowl|block))\b", r"do not touch \1"),  # 'Don't change nothing in W'
    (r"\bin (?:one|a|some) bowl,? (?:but )?not (?:in )?(the \w+ bowl)\b", r"in a bowl other than \1"),  # 'in one bowl, not in the green bowl'
    (r"^(?:the )?(?:(?:nearest|closest) block to|block (?:nearest|closest) to) (the \w+ bowl),? in (?:it|there) (?:it )?goes\W*$", r"put the block closest to \1 in \1"),  # 'Nearest block to W, in it goes.'
    (r"^(?:which|the|one|a|there is (?:a|one)) blocks? (?:have|has|having|with|that has|that have|who has)(?: got)? (?:the )?same colou?r (?:as|like|of|with) (?:a|one|the|some) "
     r"bowl[.,;]?\s*(?:(?:so|and|then),? )?(?:please,? )?(?:put|place|move|set) (?:it|the block|that block|this block) (?:inside|in|into) (?:this|that|the|its|the same) bowl\b",
     "put every block that has a matching bowl in the bowl of the same colour"),  # 'Which block have same colour as a bowl, put it inside this bowl'
    (r"^(?:please,? )?(?:put |place )?the block (?:of|with|who has|which has|that has|having) (?:the )?(?:same )?colou?r (?:as|than|of|like) (?:the )?(\w+) bowl,? (?:put it |"
     r"go(?:es)? |should go )?(?:inside|in(?:to)? it|in(?:to)? (?:the )?(?:same )?bowl|in(?:to)? the \1 bowl)\b", r"put the \1 block in the \1 bowl"),
    (r"\bthe (block|bowl|one) (?:all the way|furthest|farthest|most) (?:on|to) the (left|right)(?:[- ]hand)?(?: side)?\b", r"the \2most \1"),
    (r"\b((?:every|each|all(?: the)?) blocks?) of (the \w+ bowl)\b", r"\1 in \2"),
    (r"\bthe (block|one) (?:where|that|which) (the \w+ block) (?:is )?(?:sitting |resting |standing |lying )?on\b", r"the \1 under \2"),
    (r"(?<!every block )(?<!each block )(?<!blocks )(?<!ones )(?<!cubes )\bnot (?:to|in|into) (the \w+(?: \w+)?),? ((?:on|onto|in|into|at|to) the \w+(?: \w+)?)\b", r"\2, not in \1"),
    (r"\band after,? (?=(?:put|place|move|drop|stick|stack|pop|set)\b)", "and then "),
    (r"\b(?:except|but not|apart from|other than) (the \w+ block),? which (?:goes|should go|belongs|is going|must go|can go) (in|into|on|onto|at|to) ([^,.;]+)",
     r"except \1, and put \1 \2 \3"),  # 'each block in its bowl, except X, which goes in the bin'
    (r"[;,.]\s*(the \w+ bowl) (?:is|stays) (?:off limits|off-limits|out of bounds|not to be used|not available|not allowed)", r", but not in \1"),
    (r"\bin a bowl(?: too| as well)?,? (?:just |but |only )?(?:a different one|another one|a different bowl|another bowl|not the same one)\b", "in a different bowl"),
    (r"^(?:(?:i want|let) )?(the \w+ block),? and (the \w+ block) (?:should |must |can )?(?:share|sharing) (?:one|a|the same|a single) bowl\b", r"put \1 and \2 in the same bowl"),
    (r"\b(?:in|into) (?:one|a single|the same) bowl together\b", "in the same bowl"),
    (r"\b((?:in|into) (?:the same|one|a single) bowl),? (?:but|though|just|only) not (?:in |into )?(the \w+ bowl)\b", r"\1, but not in \2"),
    (r"^(.*?\bthe (\w+) block and the (\w+) block (?:in|into) (?:the same|one|a single) bowl),? but not (?:in )?(?:a|any|the) bowls? (?:that|which) match(?:es)? "
     r"(?:either|any|one|both) of their colou?rs", r"\1, but not in the \2 bowl, and not in the \3 bowl"),
    (r"\b(?:each|all) (?:go|goes|should go) (?:in|into) a bowl,? (?:and|but|with) no bowl (?:gets|getting|has|having|holding|holds|with) (?:two|more than one)"
     r"(?: of them)?", "go into different bowls"),
)
