"""The blocks a colour sort is about, as people say them, each said in the words the reader knows: a block 'whose colour
matches one of the bowls', 'with the same colour as a bowl' (it has a matching bowl),
blocks 'that match no bowl', 'without such bowl', 'for which there is no such bowl', 'that don't match a bowl's colour'
(the unmatched blocks), 'each bowl must hold exactly its matching block and nothing else', and 'can W have the block that's
the same colour?'. Read among `speech.SPEECH`'s rules, before `endstates`."""

from __future__ import annotations

import re
from collections.abc import Callable

# a block in a bowl not of its colour: 'any block sitting in a bowl that isn't its colour', 'the blocks in the wrong bowls'
_MISMATCHED = (r"(?:(?:(?:any|every|each|all(?: of)?(?: the)?|the) )?(?:wrong[- ]colou?r(?:ed)? blocks? (?:in|inside) (?:the|a|any) bowls?|blocks? of the wrong colou?r (?:in|inside) (?:the|a|any) bowls?)|"
               r"(?:(?:any|every|each|all(?: of)?(?: the)?|the) blocks?|anything|everything) (?:(?:that|which)(?: is| are| s|'s| sits| lies| rests| stands| sit| lie| rest| stand) )?(?:sitting |lying |resting |standing )?(?:in|inside) (?:(?:a|the|any|some) wrong bowls?|"
               r"(?:a|the|any|some) bowls? (?:(?:that|which) (?:is not|isnt|are not|arent|does not match|do not match) (?:its|their)(?: own)? colou?r|(?:of|in) (?:a different|"
               r"another|the wrong) colou?r|not of (?:its|their)(?: own)? colou?r)))")
_ITS = r"the block of (?:the same|identical|like|matching|its|its own|that) colou?r"  # 'for each bowl, locate the block of identical colour'
_OUT = r"(?: out)?(?: of (?:there|it|them|that bowl|the bowl|its bowl|their bowls?))?"

MATCHING: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"^(?:(?:in|into|inside) (?:each|every) bowl|for (?:each|every) bowl)\s*[,:]?\s*(?:place|put|set|drop|goes|go) the block (?:that shares its colou?r|of its (?:own )?colou?r|"
     r"of the same colou?r|of the matching colou?r|(?:that|which) matches it|(?:that is |which is )?the same colou?r(?: as it)?)(?: (?:in|into|inside) it)?\b",
     "put every block in its matching bowl"),  # an architect's 'Into each bowl place the block that shares its colour'
    (r"\b(?:the )?(blocks|ones) (without|with no) (?:a )?matching bowl\s*[:,]\s*(?:please |just )?(?:leave|keep) (?:them )?(?:in place|where they are|alone|as they are)\b",
     r"leave the \1 \2 a matching bowl where they are"),  # an analyst's 'Blocks without a matching bowl: leave in place.'
    (r"\bif (?:a|any|the) block has (?:a|its own|its) (?:bowl of (?:the same|its own|its) colou?r|matching bowl|bowl (?:of|with) (?:the same|its) colou?r),? (?:then )?(?:it goes|it should go|"
     r"put it|pop it|place it|move it)(?: in| into)? (?:that|its|the matching|the same[- ]colou?r(?:ed)?) bowl\b", "every block that has a matching bowl goes in its matching bowl"),
    # 'If a block has a bowl of the same colour, it goes in that bowl.': a rule for each, never a condition on the scene
    (r"\b(?:put|place|move|drop) (?:each|every|all(?: the)?) (?:blocks? (?:that|which) (?:has|have) an? (?:matching bowl|bowl of (?:its|their) (?:own )?colou?r)|matched blocks?) "
     r"in(?:to)? (?:it|them|that bowl)\b",
     "put every matched block in its matching bowl"),  # 'can u put each block that has a matching bowl in it, and bin the rest'
    (r"\bsort(?:ing)? (?:the|all the) blocks (?:into the bowls )?by colou?r\b[^.;]*[.;]\s*(?:and )?(?:every|any|the) (?:unmatched blocks?|blocks? (?:(?:that|which) (?:has no|have no|does not have an?|doesn t have an?)|without an?|with no) (?:matching bowl|bowl of (?:its|their) "
     r"(?:own )?colou?r)),? (?:do not|don t|dont) (?:worry|bother) "
     r"(?:about )?(?:it|them|those)\b", "put every matched block in its matching bowl"),  # '... by colour? Any block that doesn't have a matching bowl, don't worry about it'
    (r"^if an? (?:block|one) is ((?:sitting |lying |resting )?(?:in|inside) (?:a|the|any) bowl (?:that|which) (?:is not|isn t) (?:its|its own) colou?r),? (?:then )?", r"any block \1, "),
    # 'If a block is sitting in a bowl that isn't its own colour, take it out and ...': any such block
    (r"\b((?:each|every) bowl) (?:is to|should|must|shall|will|is going to) (?:receive|get|take|be given) (the block of its (?:own )?colou?r)\b", r"\1 holds only \2"),
    (r"(\bonly the block of its (?:own )?colou?r),?\s*(?:and )?(?:the bowls|they) (?:are to|should|must|shall|will|may) (?:hold|contain|have|get) nothing else\b", r"\1"),  # a judge's 'Each bowl is to receive ..., and the bowls are to hold nothing else'
    (r"\b(?:the )?(?:wrong|mismatched|unmatched|odd|other) colou?r(?:ed)? (blocks|ones) ((?:out of|from|in|inside) the (\w+) bowl)\b", r"the non \3 blocks \2"),  # 'get the wrong colour blocks out of W'
    (r"\b((?:each|every) bowl) (?:should|must|has to|needs to|is to|will) (hold|contain|have)(?= only\b)", r"\1 \2s"),  # 'each bowl should hold only the block of its own colour'
    (r"(\bonly the block of its (?:own )?colou?r)[.;,]\s*(?:and )?(?:nothing|no other blocks?)(?: else)? (?:in (?:the|any) bowls?|in them|in any of them)\W*$", r"\1"),  # '..., nothing else in the bowls'
    (r"\b(blocks?|ones?) (?:which|that|whose) colou?r (?:(?:is|are) not|does not|do not) (?:the )?(?:same|match)(?: (?:with|as|like|to))? (?:any|a|the) bowls?\b"
     r"|\b(blocks?|ones?) whose colou?r (?:matches|is the same as) no bowls?\b", lambda m: f"{m[1] or m[2]} that do not match any bowl"),  # 'the blocks which color is not same with any bowl'
    (r"(\b(?:colou?r|matching|same colou?r) bowls?\b[^.;]*?[,;.]\s*(?:and |then )?)(?:anything|everything|any blocks?|the ones?|those|whatever(?: is)?|the rest) (?:without|with no) "
     r"(?:a|its|their)(?: own)? bowl\b", r"\1the blocks without a matching bowl"),  # '... to its own colour bowl, anything without a bowl goes in the bin'
    (r"(\b(?:matching|matches|match|matched|same colou?r|own colou?r)\b[^.;]*?[,;.]\s*(?:and )?)(?:everything else|the rest|all the others?|anything else)(?: (?:goes|go|should go))? (?:in|into|to) the bin\b",
     r"\1bin every unmatched block"),  # '... goes into the bowl it matches, everything else goes to the bin': none, when every block has one
    (rf"^(?:{_MISMATCHED},?\s*(?:(?:please )?(?:take|get|lift|pull) (?:it|them|that one|those)(?: all)?{_OUT}(?: and (?:put|place|set|lay) (?:it|them)(?: down)? on the table)?|put (?:it|them) on the table|(?:should|must|has to|have to|needs? to) (?:come|be taken) out|comes? out)|"
     rf"(?:take|get|lift|pull|remove) (?:out )?{_MISMATCHED}{_OUT})(?=\s*(?:[.;]|$))", "no block should be in a bowl of a different colour"),  # a colour sort undone
    (r"(\b(?:matching|matched|same colou?r|own colou?r)\b[^.;]*?)[.;]\s*(?=only (?:the )?(?:matched|matching) (?:ones|blocks)\W*$)", r"\1, "),  # '... Only the ones that have a bowl of their colour'
    (r"\b(?:take out|remove|take|get|lift) (?:out )?(?:anything|everything|any blocks?|all (?:the )?blocks|the blocks?|whatever is) (?:in|inside|from) (the \w+ bowl) (?:that|which) (?:is not|isn t|are not|aren t) "
     r"(?:the same colou?r as|the colou?r of) (?:the|that|this|its) bowl\b( out)?", r"take every misplaced block out of \1"),  # 'Take out anything in W that isn't the same colour as the bowl'
    (r"^(?:(?:match|sort|put) (?:all )?the blocks (?:to|into|in) (?:the|their) (?:matching )?bowls(?: by colou?r)?|put every block in its matching bowl),? but only (?:the ones|the blocks|those) "
     r"(?:that are |sitting |lying )?(?:on the table|loose|out on the table|not in (?:a|any) bowl|outside the bowls)(?=\s*(?:[.;!]|$))", "match the blocks on the table to the bowls by colour"),
    (r"^(?:(?:match|sort|put) (?:all )?the blocks (?:to|into|in) (?:the|their) (?:matching )?bowls(?: by colou?r)?|put every block in its matching bowl),? but only the ((?:\w+, )*\w+(?:,? (?:and|or) \w+)?) "
     r"(?:ones|blocks)(?=\s*(?:[.;!]|$))", r"put the \1 blocks in their matching bowls"),  # 'Match the blocks to the bowls by colour, but only the orange and green ones.'
    (r"\b(each|every) block for which there is a bowl of (?:the same|its|its own) colou?r\b", r"\1 block that has a matching bowl"),
    (r"\b(?:in|into) the bowl of that colou?r\b", "in its matching bowl"),  # '... whose colour matches one of the bowls into the bowl of that colour'
    (r"^(?:the )?colou?rs (?:gotta|got to|have to|has to|must|should|need to) match(?:,? (?:every|each) block (?:to|in|into) its (?:own )?bowl)?(?:,? same (?:shade|colou?r|hue))?(?:,? that(?: s|'s| is) the (?:goal|plan|idea|aim))?"
     r"(?=\s*(?:[.;!]|$))", "put every block in its matching bowl"),  # a rapper's 'Colours gotta match, every block to its bowl, same shade'
    (r"(?<=\bhas )(?:a|an) (?:same[- ]colou?r(?:ed)?|matching[- ]colou?r(?:ed)?) bowl\b", "a bowl of the same colour"),  # a gamer's 'every block that has a same color bowl'
    (r"(?:^|(?<=[.;] ))any (?:ones? |blocks? )?(?:without|with no) (?:a )?(?:matching bowl|bowl of (?:its|their) (?:own )?colou?r|match)\b", "the unmatched blocks"),  # 'Any without a matching bowl can stay put.'
    (r"\bany(?: ones?| blocks?)? (?:that|which) (?:do not|don t|does not|doesn t) have an? (?:matching bowl|bowl of (?:their|its) (?:own )?colou?r)\b", "every unmatched block"),
    (r"\bnon[- ]?matching blocks\b", "the unmatched blocks"), (r"^(?:all )?(?:the )?blocks (?:in|into|to) (?:the )?(?:same[- ]colou?r|matching) bowls\b", "put every block in its matching bowl"),
    (rf"\b{_MISMATCHED}", "every misplaced block"),  # 'throw any block that's sitting in a bowl of a different colour into the bin'
    (r"\b((?:every|each|any|all(?: the)?) blocks?|blocks|ones) (?:whose colou?r (?:matches|is the same as|corresponds to|corresponds with|agrees with|equals) (?:that of )?|(?:(?:that|which) (?:has|have)|with) the same colou?r as )(?:a|any|one of the|some) "
     r"bowls?\b", r"\1 that has a matching bowl"),
    (r"\b(?:put|place|move|set) (?:the|all the|all) (?:matching|matched) blocks (?:in|into) (?:their|the matching|their matching|their own) bowls\b", "put every block in its matching bowl"),
    (r"\b(?:any|every|each|all(?: the)?) blocks? with an? (?:matching )?bowl (?:in|of) (?:its|their) (?:own )?colou?r\b|^(?:the )?blocks (?:that|which) match an? bowl\b(?!'s| s\b)",
     "every matched block"),  # never one 'any' block
    (r"\b(every|each|all(?: the)?|any|the) (blocks?) (?:that|which) (?:does not|doesn t|do not|don t) match (?:a|any|the) bowl(?:'s| s)? colou?r\b|"
     r"\b(every|each|all(?: the)?|any|the) (blocks?) (?:with|having) no (?:such|matching) bowl\b",
     lambda m: f"{'every' if (m[1] or m[3]) == 'any' else m[1] or m[3]} unmatched {m[2] or m[4]}"),  # 'any block that ... goes in the bin', 'any block with no such bowl': each one
    (r"\b(?:(?:those|the ones|the blocks|blocks|any blocks?)(?: that| which)? (?:match|matches) no bowl(?: at all)?|(?:the )?blocks (?:with|that have) no bowl of their "
     r"(?:own )?colou?r|(?:the )?blocks for which there is no (?:such |matching )?bowl|(?:the )?blocks (?:without|with no) (?:such |a )?(?:bowl|match))\b", "the unmatched blocks"),
    (r"\b(?:at the end,? )?(?:each|every) bowl (?:(?:must|should|has to|needs to|is to) (?:hold|contain|have|get)|gets|holds) (?:exactly |only )?(?:its (?:own )?matching block|the block of "
     r"its (?:own )?colou?r)(?:,? (?:where|if) (?:there is one|one exists|there is such a block))?(?:,? and (?:nothing else|no other block(?: whatsoever| at all)?)(?: in it)?| only| alone)",
     "put every block in its matching bowl, and no block should be in a bowl of a different colour"),
    (rf"^for (?:each|every) bowl,?\s*(?:(?:find|locate|identify|spot|pick out|take|grab|get) {_ITS}(?:,? (?:where|wherever|if) (?:one|it|such a block) exists)?,? (?:and )?(?:then )?(?:put|place|move|set|drop|pop) it|"
     rf"(?:put|place|move|set|drop|pop) {_ITS}) (?:in|into|inside) (?:that|the|this) bowl|^for (?:each|every) bowl,?\s*(?:put|place|pop) {_ITS} (?:in|into|inside) it\b",
     "put every block in the bowl of the same colour"),  # 'for each bowl, (locate the block of identical colour and) place it inside that bowl'
    (r"^(?:in|into|inside) (the (\w+) bowl),\s*(?:goes )?the block of (?:the same|its|its own|that) colou?r\b(,? (?:and )?only (?:that one|that block|it)\b)?",
     lambda m: f"the {m[2]} block alone in {m[1]}" if m[3] else f"put the {m[2]} block in {m[1]}"),  # 'Into W, please, the block of the same colour'
    (r"\bthe (block|one) (?:that is |that s |which is )?(?:of )?the same colou?r as it (in|into|inside) (the \w+ bowl)\b", r"the \1 of the same colour as \3 \2 \3"),  # 'it': the bowl
    (r"^(?:where|wherever|if|whenever|when)(?:ever)? (?:a|any|some) block(?:'s| s)?(?: colou?r)? (?:matches|is the same colou?r as|has the same colou?r as|is the colou?r of) (?:a|any|one of the|some) "
     r"bowls?(?:'s| s)?(?: colou?r)?,? (?:please |then |just )*(?:put|place|move|set|drop|pop) it (?:in|into|inside) (?:that|the matching|this|the same|its|the) bowl\b", "put every block in its matching bowl"),
    (r"\b(the (\w+) block (?:in|into|inside) the \2 bowl),? (?:(?:the one|the bowl|which is the one|that is the one) (?:that|which) (?:matches it|matches|match|goes with it)|the matching (?:bowl|one))\b", r"\1"),  # 'X in W, the one that matches'
    (r"^(?:can|could) (the (\w+) bowl) (?:have|get) the block (?:that s|that is|which is|of) the same colou?r(?: as it)?\b", r"put the \2 block in \1"),
)
