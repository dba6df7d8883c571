"""Shapes said instead of moves, each said as the request the clause reader knows: a tower by its height ('a three-block
tower out of whichever blocks you like', 'I'd like to see a tower of three blocks in W'), one more on a block just placed
('..., then stack one more block on it to make a tower of two', 'stack one other block on top of it there'), a tower
grown to a height ('add blocks to the tower with X on top until it is three blocks tall'), a set made into one tower
('put each of the two blocks outside the bowls into a single tower'). Read among `speech.SPEECH`'s rules, after
`groups.GROUPS`."""

from __future__ import annotations

import re
from collections.abc import Callable

_N = r"(one|two|three|four|five|six)"

STRUCTURES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"(?<=block) as (?:the|its) (?:base|foundation|bottom)(?: block)?\b", " at the bottom"), (r"(?<=block) as (?:the|its) (?:cap|top|crown|roof|topper|capstone|summit|peak)(?: block)?\b", " on top"),
    (r"^((?:the \w+ (?:block|cube),? )+(?:and )?the \w+ (?:block|cube)) (?:should |must |need to |have to |will |are to )?(?:form|make up|make|build) (?:a|one|a single) "
     r"(?:tower|stack|pile)(?: of (?:two|three|four|five))?(?:,? in any order)?", r"stack \1"),  # 'X, Y and Z should form a single tower of three, in any order'
    (r"\b(?:layer|birthday|wedding|sponge) cake\b", "tower"),  # a baker's 'a little layer cake out of the blocks: X at the bottom, ...'
    (r"\b(tower|stack|pile) (?:out of|from|with|using) (?:the|these|my|your|some of the) (?:blocks|cubes)(?=\s*[,:]\s*(?:with )?the \w+ (?:block|one) (?:at|on) the (?:bottom|base)\b)", r"\1"),
    # 'a tower out of the blocks: X at the bottom, ...': the blocks it names, not all of them
    (r"^(?:make|build) (?:a|the|me a|us a) (?:(?:little|small|nice|neat|lovely|cute) )?(?:tower|stack)\s*[,:]?\s*(?=(?:put|place|stack|set)\b)", ""),  # a child's 'make a tower put X on Y and then Z on top of X'
    (r"^(?:(?:make|build) (?:a|the|me a|us a)|my goal(?: for [\w ]+?)? is an?|i (?:want|would like|d like|would love|d love) an?) (?:(?:little|small|nice|neat|lovely|cute|tall|big|high) )*(tower|stack)"
     r"\s*\.\s*(?=the \w+ block (?:on|at) the (?:bottom|base)\b)", r"build a \1, "),  # 'My goal is a lovely tall tower! X at the bottom, ...'
    (r"^(?:new |house |one |the |my )?rules?\s*[:,-]\s*", ""),  # a child's 'new rule: every block has to be flat on the table'
    (r",?\s*so (?:it s|its|it is|that it s|that it is|we get|it makes|it will be) a (?:tower|stack)\W*$", ""),  # 'X on top of Y so its a tower!!!'
    (r"\b(tower|stack|pile) (?:composed|comprised|consisting) of\b", r"\1 made of"), (r"\bwith (the \w+ block) as (?:its|the) (?:base|foundation|bottom)\b", r"with \1 at the bottom"),  # a scientist's
    (r"(\bon the table\b[^.;]*)[.;]\s*(?:and )?no (?:towers|stacks|stacking)(?:,? (?:and )?nothing in (?:the|any) bowls?)?\W*$", r"\1"),  # '... flat on the table. no towers and nothing in the bowls'
    (r"^no blocks? (?:(?:is |are )?allowed |at all )?on (?:top of )?(the \w+ block)\W*(?:[.;!]\s*(?:so )?take (?:them|it) off\W*)?$", r"nothing should be on top of \1"),  # 'no blocks allowed on top of X!! take them off'
    (r"^(?:my goal is |i want |i would like )?(?:a configuration|an arrangement|a state|a layout) in which (the [\w, ]+? blocks?) (?:form|make up|make) (?:a single|one|a) (?:tower|stack)\b",
     r"stack \1 into one tower"),  # a physicist's 'My goal is a configuration in which the cyan, purple and yellow blocks form a single tower'
    (r"^(?:one|a|a single) (?:(?:two|three|four|five) block )?(?:stack|tower|pile)(?: of (?:two|three|four|five)(?: blocks)?)?[.;]\s*(?:put )?(?=(?:the )?\w+ block (?:at|on) the (?:bottom|base)\b)",
     "a tower, "),  # a manager's 'My goal: - one stack of three - X at the bottom, then Y, then Z on top'
    (r"\b((?:put|stack|pile|place|set) (?:two|three|four|five|six) blocks on top of each other)(?: to (?:make|build|form|get) (?:a |one )?(?:big |tall |nice )?(?:tower|stack|pile))?\b",
     r"\1"),  # 'put 3 blocks on top of each other to make a big tower'
    (r"\b(tower|stack|pile|column) (two|three|four|five|six) (?:blocks?|levels?|storeys?|stor(?:y|ies)|tiers?|floors?) (?:high|tall)\b", r"\2 block \1"),  # 'a tower three blocks high'
    (r"\b(an?|one) ((?:\w+[- ](?:block|high|storey|story|level|tier) )?)column\b", r"\1 \2tower"),  # an architect's 'a three-block column'
    (r"^((?:i want |i d like |i would like )?)(?=the \w+ block (?:at|on) the (?:bottom|base),[^.;]*\bthe \w+ block (?:on top|at the top)\b)", r"\1a tower, "),  # .X at the bottom, Y in the middle and Z on top'
    (rf"\b(tower|stack|pile) (?:made )?(?:out of|from|made of|made from|using|with|of exactly|of just|of only) {_N} blocks\b", r"\1 of \2 blocks"),  # 'a tower out of two blocks'
    (r"\b(an?|one) (?:small|tiny|wee|modest) (?=(?:tower|stack|pile)\b)", r"\1 "),  # 'a small stack' (never 'the small stack': a reference)
    (r"\b(tower|stack|pile) (on the table|in the middle(?: of the table)?|at the (?:top|bottom) (?:left|right) corner) (?:made )?(?:out of|from|using) (?=the \w+ block)",
     r"\1 \2 made of "),  # 'a tower on the table out of X, Y and Z'
    (r"\b((?:knock|take|unstack|dismantle|break|topple|flatten|demolish|tear)(?: down| apart| up| over)? (?:all the|every|the|each of the|both) (?:stacks?|towers?|piles?)) "
     r"(?:that are |standing |sitting )?on the table\b", r"\1"),  # 'knock all the stacks on the table down': where they stand, not where they go
    (r"\b(bin|throw away|throw out|toss|trash|discard|dump|get rid of) (the blocks|every block|all the blocks|each block|any blocks?|the ones) in (an? (?:tower|stack|pile))\b",
     r"\1 \2 that are in \3"),  # 'bin the blocks in a tower': those in one, not a tower built
    (r"\b(?:stack|put|place|set|pile) (one|two|three) (?:more|other|another|extra)( blocks?)? on (?:top of )?(it|the \w+ block)(?: there)?(?:,? (?:to make|making|so "
     r"(?:that )?(?:it is|you have)) (?:it )?an? (?:tower|stack|pile) of (?:two|three|four|five))?\b", r"put \1 more\2 on \3"),
    (r"\bstack (?:one )?(?:other|another|more) block on (?:top of )?(it|the \w+ block)(?: there)?\b", r"put another block on \1"),
    (r"\bstack (?:at least |exactly )?(two|three|four) (?:more |other )?blocks on (?:top of )?(the \w+ block|the block [\w ]+?)(?=\s*(?:[.;,]|$| and\b))",
     r"put \1 blocks on top of \2"),  # 'stack at least two blocks on top of X': a tower on X, not X's tower of two
    (rf"\b(?:make|build|stack|put together|give|set up|construct|assemble|erect|create)(?: me| us)? an? {_N}[ -](?:block|high|storey|story|level|tier|course|layer) (?:tower|stack|pile)\b", r"build a tower of \1 blocks"),
    (rf"\b(?:i would like to see|i want to see|i would like|i want|i need|there should be) an? {_N}[ -](?:block|high|storey|story|level|tier|course|layer) (tower|stack|pile)\b",
     r"build a \2 of \1 blocks"),
    (rf"\b(?:i would like to see|i want to see|i would like|i want|i need|there should be) an? (tower|stack|pile) of {_N} blocks\b", r"build a \1 of \2 blocks"),
    (rf"\b(?:make|build|stack|put together|set up) (?:exactly |just |only )?(?:one|a single|a) (tower|stack|pile) of {_N}(?: blocks)?\b"
     r"(?![^.;]*\b(?:on|onto|on top of|in|into|at) the \w+ (?:block|bowl|corner)\b)", r"build a \1 of \2 blocks"),  # where it stands is read elsewhere
    (r"\b(tower of \w+ blocks)(?:,? (?:out of|from|using|with|made of|made from) (?:any|whichever|whatever|some)(?: \w+)? blocks?(?: (?:you|u) (?:like|want|"
     r"choose|pick|fancy))?)?(?: somewhere)?(?= on the table\b|\s*(?:[.;,]|$))", r"\1"),
    (rf"^(?:add|put|stack|pile) (?:more )?blocks (?:to|on|onto) the (?:tower|stack|pile) (?:with (the \w+ block) (?:on top|at the top)|on (the \w+ block))"
     rf" (?:until|till) (?:it|the (?:tower|stack|pile)) is {_N}(?: blocks)? (?:high|tall)$", r"keep stacking blocks on \1\2 until the stack is \3 high"),
    (r"^(?:put|stack|make) (?:each of |all of |both of )?the (two|three|four) blocks (?:that are )?(outside the bowls|not in a bowl|on the table) (?:into|in) "
     r"(?:a single|one) (?:tower|stack|pile)(?: on the table)?\b", r"stack the \1 blocks that are not in a bowl"),
    (r"\b(?:(build a (?:tower of \w+ blocks|\w+ block (?:tower|stack|pile)))|stack (two|three|four) blocks)(?: on the table)?(?=,\s*(?:with )?the \w+ block (?:beneath|below|under|underneath|at the (?:bottom|base)|on the bottom)\b)",
     lambda m: m[1] or f"build a tower of {m[2]} blocks"),  # '..., X beneath Y': X on the table
)
