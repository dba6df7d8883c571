"""What the robot may and may not touch while it does the job, each said as what it asks of the table. A permission
('you may move X out of the way if you need to', 'feel free to set blocks down anywhere first', 'if another block is in
the way, you may move it') never obliges a move, so it is dropped; what it keeps out ('..., but not Y', 'feel free to move
anything except Y') is kept as it is. A place ruled out ('the bin is out of bounds', 'stay out of W throughout') and a
policy ('no block may leave its bowl') are said as the constraint the clause reader knows. Read among `speech.SPEECH`'s
rules, after `structures.STRUCTURES`."""

from __future__ import annotations

_B = r"the \w+ block"
_THING = r"(the \w+ block|the tower|the stack|the blocks? (?:in|on) the \w+ (?:bowl|block)|the blocks? (?:that are )?already in (?:the )?bowls|everything in the \w+ bowl)"
_MAY = (r"(?:you may|you can|you are allowed to|you re allowed to|you have my permission to|it is fine to|it is ok to|it is okay to|feel free to|go ahead and"
        r"|you are free to)")
_MOVE = r"(?:move|lift|take|set|put|shift|get)(?: \w+)?"
_IF = r"(?: if (?:you need to|you have to|it is in the way|they are in the way|necessary|need be)| first| in the meantime| along the way)*"

PERMISSIONS: tuple[tuple[str, str], ...] = (
    # permission with what it keeps out: 'you may move X out of the way if you need to, but not Y'; 'feel free to move anything except Y'
    (rf"[.;,]?\s*{_MAY} {_MOVE} (?:{_B}|any (?:other )?blocks?|anything|whatever (?:you like|you need|you want)|other blocks|blocks)[\w ]*?{_IF},? (?:but|except|apart "
     rf"from|other than|just) not {_THING}{_IF}(?=\s*(?:[.;,:]|$))", r", and leave \1 alone"),
    (rf"[.;,]?\s*{_MAY} {_MOVE} (?:any (?:other )?blocks?|anything|whatever (?:you like|you need|you want)|other blocks|blocks)[\w ]*?{_IF},? (?:except|but|apart from|"
     rf"other than) {_THING}{_IF}(?=\s*(?:[.;,:]|$))", r", and leave \1 alone"),
    (rf"^{_MAY} {_MOVE} (?:any (?:other )?blocks?|anything|whatever (?:you like|you need|you want)|other blocks|blocks)[\w ]*?{_IF},? (?:except|but|apart from|other than) "
     rf"{_THING}{_IF}\s*[.;,:]\s*(?:just |but )?(.+)$", r"\2, and leave \1 alone"),
    # a permission alone: dropped
    (rf"[.;,]?\s*(?:and )?{_MAY} {_MOVE} (?:{_B}|it|them|any (?:other )?blocks?|anything|whatever (?:you like|you need|you want)|other blocks|blocks|what is in it)"
     rf"(?: out of the way| off (?:it|{_B})| aside| anywhere(?: you like)?(?: on the table)?| wherever you like| somewhere else| to get at it)*{_IF}"
     r"(?:,? (?:except|but not) (?:in )?(?:the \w+ \w+ corner|the bin|the \w+ bowl))?(?=\s*(?:[.;,:]|$))", ""),
    (r"[.;,]?\s*if (?:another|a|any) block is in the way,? (?:you may|you can|feel free to) move it(?=\s*(?:[.;,]|$))", ""),
    (r"[.;,]?\s*only blocks (?:at the top of a (?:stack|tower)|that are clear|with nothing on them) may be moved(?=\s*(?:[.;,]|$))", ""),
    # a thing off limits
    (r"[.;,]?\s*,? ?(?:which|that) you (?:must not|mustn t|should not|may not|cannot|can not) touch\b", ""),
    (rf"[.;,]?\s*(?:but |and )?({_B}) is (?:off limits|off-limits|not to be touched|not to be moved|hands off)(?=\s*(?:[.;,]|$))", r", and leave \1 alone"),
    (r"[.;,]?\s*the bin is (?:out of bounds|off limits|not to be used|not available)(?=\s*(?:[.;,]|$))", ", without using the bin"),
    (r"[.;,]?\s*(?:and |but )?(?:stay out of|keep out of|keep away from|(?:do not|never) (?:put|place|add|drop) (?:anything|any blocks?|a block|blocks) (?:in|into)) "
     r"(the \w+ bowl)(?: at all| throughout| the whole time| at all times| either)?(?=\s*(?:[.;,]|$))", r", and leave \1 as it is"),  # what is in it stays
    (r"\b(?:keep|hold) ((?:the \w+ (?:block|one)(?:,? (?:and|or) the \w+ (?:block|one))*)|it|them) (?:well |right )?(?:away|clear) from (the bin|the \w+ bowl)\b|"
     r"\b(?:i )?(do not|don[' ]?t|would not|wouldn[' ]?t|never) want ((?:the \w+ (?:block|one)(?:,? (?:and|or) the \w+ (?:block|one))*)|it|them) (?:going |to go |getting |"
     r"to get |ending up |to end up )?(?:anywhere )?near (?:that|this|the) (bin|\w+ bowl)\b",  # 'keep X away from the bin', "I don't want X going anywhere near that bin"
     lambda m: f"do not put {m[1]} in {m[2]}" if m[1] else f"i do not want {m[4]} in the {m[5]}"),
    (r"(?:^|[.;,]\s*)(?:and |but )?(the bowls|every bowl|each bowl|the \w+ bowl) (?:can |may |should |get to |will |must )?(?:keep|keeps|hold on to|holds on to) (?:what|whatever) "
     r"(?:they|it)[ ']?(?:have|has|ve|s|hold|holds|contain|contains)(?: got)?(?: in (?:them|it))?(?=\s*(?:[.;,!]|$))|(?:^|[.;,]\s*)(?:and |but )?(the bowls|every bowl|each bowl|the \w+ bowl) "
     r"(?:can |may |should |get to |will |must )?(?:keep|keeps) (?:their|its) (?:blocks|contents|load)(?=\s*(?:[.;,!]|$))",
     lambda m: f"{', and ' if m[0][:1] in '.;,' else ''}leave the blocks in {m[1] or m[2]} where they are".replace("in every bowl", "in the bowls").replace("in each bowl", "in the bowls")),  # '...; the bowls can keep what they've got'
    # a policy: 'no block may leave its bowl'
    (r"(?:^|[.;,]\s*)(?:(?:house |the )?(?:rule|policy)(?: here)?(?: is)?(?: that)?\s*,?\s*)?no block (?:may|can|is allowed to|should) leave its bowl(?=\s*(?:[.;,]|$))",
     ", and leave every block in a bowl where it is"),
    (r"\b(i (?:do not|don t|don't) want (?:any|a single|one) (?:block|cube)s?)(?: to)? (?:stay|remain|be left|staying|remaining|left|sitting|lying)(?= (?:on|in|inside)\b)", r"\1"),  # "I don't want any block (to) stay on X"
    (r"\b(?:do not|don t|never) let (?:any|a single|a|another|one) (block|cube)(?: to)? (?:stay|sit|rest|be|remain|end up|stand|lie|stop)(?: (?:up|there))? (on top of|on|in|inside) |"
     r"\blet no (block|cube)(?: to)? (?:stay|sit|rest|be|remain|end up|stand|lie)(?: (?:up|there))? (on top of|on|in|inside) ", lambda m: f"no {m[1] or m[3]} should be {m[2] or m[4]} "),  # "don't let any block stay on X"
    (r",? and (?:it|that) is the only block that (?:gets|is|will be) moved\b", ", and leave every other block where it is"),
    (rf"^(?:move|use) (?:just|only) ({_B} and {_B})\s*[:;,]\s*(put|place|move|drop) them(?: both)? ", r"\2 \1 "),
)
