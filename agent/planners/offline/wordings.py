"""Requests worded other ways, read among `speech.SPEECH`'s rules right after `turns.TURNS` (and before
`pairings.PAIRINGS`): the place said first ('Into the top right corner goes X', 'In P I'd like to see X'), 'A - but first
B', 'I'm done with X, it goes in the bin'; a guide's, a trainer's and a coach's frames ('for our visitors', 'make it
happen!'); counts said other ways ('exactly one of the leftover blocks', 'no bowl to be empty', 'each bowl holds one
block, no more and no less', 'put blocks in W until it has two'); towers ('the blocks in W, stacked up', 'crown the
tallest tower with X'); and a receptionist's, a plumber's, a poet's, a radio DJ's and an impatient customer's words."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

WORDINGS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # FRESH95's orders of words: the place first ('Into the top right corner goes X', 'In P I'd like to see X', 'Into the bin with every block in
    # W'), 'A - but first B', 'X on Y - not Y on X', 'I'm done with X, it goes in the bin'
    (r"^(?:over )?(in|into|on|onto|on top of|at|to) (the [\w ]+?),? (?:goes|go|should go|belongs|sits|should sit) (the \w+ (?:block|cube))\b", r"put \3 \1 \2"),
    (r"^(?:over )?(in|into|on|onto|at) (the [\w ]+?) is where (the \w+ (?:block|cube)) (?:belongs|goes|should go|should be|lives)\W*$", r"put \3 \1 \2"),
    (r"^(in|into|on|onto|on top of|at|to) (the [\w ]+?),? (?:i (?:would|d) like to see|i want to see|i want|i need|put|place|drop|set) (the [\w ]+?|each block|every block|"
     r"all the blocks)\W*$", r"put \3 \1 \2"),
    (r"^(?:into|in) (the bin|the \w+ bowl) with (.+)$", r"put \2 in \1"),
    (r",?\s*except that (the \w+ (?:block|cube)) (?:must |should |has to |needs to |can |will )?(?:remain|stay|stays|remains|be left) (?:where it is|in place|put|alone|"
     r"untouched)\b", r" except \1"),
    (r"^(.+?),?\s*but first,? (.+)$", r"\2, then \1"),  # 'X into the bin, but first Y on top of Z'
    (r"^((?:put )?(?:the )?(\w+) block on (?:top of )?(?:the )?(\w+) block),?\s*not (?:the )?\3 block on (?:top of )?(?:the )?\2 block\W*$", r"\1"),
    (r"^i (?:am|m) (?:done|finished) with (the \w+ (?:block|cube)),\s*(?:it|that one) (?=goes|should go|can go|belongs)", r"\1 "),
    (r"^(?:i )?(?:want to|wanna|would like to) see the table (?:empty|clear|cleared)(?:,\s*(?:so )?(?:bin|clear|throw away|trash) everything on it)?\W*$", "clear the table"),
    (r"^(?:every|each|all the) bowls? with (?:at least one|a|one) (?:block|cube) in it\W*$", "a block in every bowl"),
    (r"^(the bowl (?:that|which) (?:holds|has|contains) the \w+ (?:block|cube)),\s*(put|place|drop|set|move|stick) (the [\w ]+?) in (?:there|it)\W*$", r"\2 \3 in \1"),
    (r"\b(bin|trash|throw away|toss) (the \w+ (?:block|cube)) (?:from|out of) (the \w+ bowl)\b(.*)$", lambda m: f"{m[1]} {m[2]}" + rx(
        r"\b(in|into) there\b").sub(rf"\1 {m[3]}", m[4])),  # 'bin X from W, then get Y in there': X binned, Y in W
    # FRESH100's users: a guide's, a trainer's and a coach's frames ('for our visitors', 'in this exhibit', 'make it happen!', "let's hustle"), a
    # carer's 'she'd love', a trainer's 'X is a reject', 'from the work area', 'discard it in the bin', 'colour-match the blocks to the bowls'
    (r",?\s*\b(?:for (?:our|the) (?:visitors|guests|audience|class|group|students|team|trainees|tour|demo|demonstration)|for (?:the next part of the tour|this exercise|"
     r"this demo|this drill|the next exercise|the next step|the next drill)|in this (?:exhibit|exercise|display|demo|drill))\b,?", ""),
    (r"[,.;]\s*(?:make it happen|let us (?:hustle|go|move)|lets (?:hustle|go|move)|chop chop|go go go|move it|hustle)\W*$", ""),
    (r"^(?:she|he|they|my (?:mum|mom|dad|mother|father|client|boss|wife|husband|friend|grandmother|grandfather)) (?:would|d) (?:love|like)\b", "i would like"),
    (r"^(the \w+ (?:block|cube)) is (?:a reject|scrap|waste|a dud)(?=\s*(?:[.;,]|$))", r"put \1 in the bin"),
    (r"\s+\bfrom the work (?:area|space|surface|bench)\b|\bdiscard (it|them|the \w+ block) (?:in|into) the bin\b", lambda m: f"bin {m[1]}" if m[1] else ""),
    (r"\bcolou?r[- ]?match(?:es|ed)? (the blocks|all the blocks|everything) (?:to|with) the bowls\b", r"sort \1 into the bowls by colour"),
    (r"^(the \w+ bowl) needs? (?:clearing|emptying)(?: out)?\b", r"empty \1"),
    (r"\bleaving (the \w+ (?:block|cube)) in (?:its|their) place\b", r"leaving \1 untouched"),
    (r"\b(the \w+ blocks? in the \w+ bowl) the way (?:they are|it is)\b", r"\1 where they are"),
    (r"[;,.]\s*(?:and )?(?:last|lastly|finally),\s*", "; then "),
    (r"^(?:as you can see,? )?(the \w+ (?:block|cube)) is (on|in|on top of) (the \w+ (?:block|bowl|cube))[.;]\s*it (?:should not|shouldn t|must not) be\b[^.;]*", r"\1 should not "
     r"be \2 \3"),
    # FRESH99's counts: 'exactly one of the leftover blocks', 'X go in the bin, all but one of them'
    (r"\b(?:exactly |just |only )?(one|two|three) of the (?:leftover|remaining|left over|other|rest of the) blocks\b|\b(?:exactly |just |only )?(one|two|three) of the "
     r"(?:rest|others|leftovers)\b", lambda m: f"{m[1] or m[2]} of the other blocks"),
    (r"^(all the blocks(?: that are)?(?: sitting| standing)?(?: on the table| in the \w+ bowl| in the bowls)?) (?:go|goes|should go|have to go) (in|into|on|to) (the [\w ]+?),? "
     r"(?:all but|all except|except for|except) (one|two|three) of them\W*$", lambda m: f"put all but {m[4]} of {m[1][4:]} {m[2]} {m[3]}"),
    # counts said other ways: 'no bowl to be empty', 'each bowl holds one block, no more and no less', 'put blocks in W until it has two', 'pick three
    # blocks, whichever you like, and put them in the bin', 'of the blocks on the table, put three in the bin', 'the bin gets all the blocks apart from X'
    (r"^(?:i want )?no bowl (?:to be|should be|is|left|to stay) empty\b|^(?:do not|never) leave (?:any|a single) bowl empty\b", "a block in every bowl"),
    (r"^(?:fill the bowls so that |make (?:sure )?|i want )?(?:every|each) (?:bowl|one) (?:to )?(?:holds?|has|have|contains?|gets?) (?:exactly |just )?(one|two|a single) "
     r"blocks?(?:,? (?:no more and no less|no more,? no less|(?:just |only )?one|and no more|no more))?(?:,? with (?:all )?the (?:remaining|other) blocks on the table)?"
     r"(?=\s*(?:[,.;]|$))", lambda m: f"exactly {m[1].replace('a single', 'one')} block{'s' if m[1] == 'two' else ''} in every bowl"),
    (r"^(?:put|add|drop) blocks (?:in|into|to) (the \w+ bowl) until it (?:has|holds|contains) (one|two|three|four) blocks?(?:,? no more(?:,? and)? no (?:fewer|less))?\W*$|"
     r"^(?:start by )?getting (the \w+ bowl) (?:down |up )?to exactly (one|two|three) blocks?\b", lambda m: f"exactly {m[2] or m[4]} blocks in {m[1] or m[3]}"),
    (r"^(?:pick|choose|grab|take|select) (one|two|three|four|five) (?:of the )?blocks,? (?:whichever|any)(?: ones?)?(?: you like| you want)?,? and (put|drop|throw|toss|place) "
     r"them (in|into|on) (the [\w ]+)$", r"\2 \1 blocks \3 \4"),
    (r"^of (the blocks [^,]+),\s*(put|place|drop|throw|move|bin) (?:exactly )?(one|two|three|four|five)(?: of them)?\b", r"\2 \3 of \1"),
    (r"^(the bin|the \w+ bowl) (?:gets|receives|takes) (all (?:of )?the blocks|every block|everything)(?: (?:apart from|except|but|other than) (the \w+ block))?\W*$",
     lambda m: f"put {m[2]}{' except ' + m[3] if m[3] else ''} in {m[1]}"),
    (r"(\b(?:except(?: for)?|with the exception of|apart from|other than|save for|excluding) the \w+ (?:block|one)),? which (?:must not|should not|may not|can not|does not) go (?:in|there|in there|in it)\b", r"\1"),
    (r"^(?:put|throw|drop|toss) some (?:of the )?blocks? ([^,;]*?)(?:in|into) the bin,? (?:but )?(?:no more than|not more than|at most|up to) (?:one|two|three|four|five)"
     r"(?: of them)?\W*$|^(?:put|throw|drop|toss) some (?:of the )?blocks? ([^,;]*?)(?:in|into) the bin,? (?:one|two|three|four|five) at (?:the )?most\W*$|^(?:throw|put|toss) "
     r"some blocks (?:in|into) the bin[;,.]\s*(?:do not|never) (?:throw|put) in more than half(?: of them)?\W*$",
     lambda m: f"put one of the blocks {(m[1] or m[2] or '').strip()} in the bin".replace("  ", " ").replace("blocks  in", "blocks in")),
    (r"\bmost of the blocks,? more than half,?", "more than half of the blocks"),
    (r"^(?:load up|fill up|fill) (the \w+ bowl) so (?:that )?it (?:ends up with|has|holds) ", r"\1 should end up with "),
    (r"^(more than |at least |exactly )?half (?:of )?(?:all )?the blocks (?:should|must|have to|need to) (?:go|end up) (?:in|into) (the bin|the \w+ bowl)\W*$|^of the blocks "
     r"(?:that are )?(?:sitting |standing )?on the table,\s*(more than |at least )?half (?:of them )?(?:go|should go|goes) (?:in|into) (the bin|the \w+ bowl)\W*$",
     lambda m: f"put {m[1] or ''}half of the blocks in {m[2]}" if m[2] else f"put {m[3] or ''}half of the blocks on the table in {m[4]}"),
    (r"^(?:put|throw) some (?:of the )?blocks (?:in|into) the bin,? but not more than half(?: of them)?\W*$|^put at least one block in the bin and at most (?:two|three|four)\W*$",
     "put one block in the bin"),
    (r"^(?:bin|put) a few of (the blocks (?:that are )?on the table)(?: in the bin)?,? but no more than (?:three|four|five)\W*$", r"put two of \1 in the bin"),
    (r"(\bexcept (?:for )?the \w+ (?:block|one))[;,.]\s*not (?:that one|it|that block)\W*$", r"\1"),
    # FRESH102's towers: 'the blocks (which are) in W, stacked up', 'the blocks in W ought to be stacked into one tower', 'the blocks sitting on the
    # table by themselves', 'take the tower with X on top apart so that each of its blocks sits on the table', 'crown the tallest tower with X'
    (r"^the blocks (?:which are |that are )?(?:in|inside) (the \w+ bowl),? (?:(?:ought to|should|must|need to|have to) be |are )?(?:stacked|piled)(?: up)?(?: (?:into|in|as) "
     r"(?:one|a|a single) (?:tower|stack|pile))?(?=\s*(?:[,.;]|$))", r"stack the blocks that are in \1 into one tower"),
    (r"\b(?:the )?blocks (?:that are |which are )?(?:just )?(?:sitting |lying |standing )?on the table (?:by themselves|on their own|alone|loose)\b", "the loose blocks"),
    (r"^(?:i (?:would|d) like us to |let us |lets )?(?:take|break|pull) (the (?:tower|stack|pile)(?: with the \w+ block (?:on top|at the bottom|in it))?) apart(?:,? so that "
     r"(?:each of its blocks|every block in it|each block|they all) (?:sits?|stands?|ends? up|is|are) on the table(?: by itself| on its own| alone)?| onto the table)?",
     r"unstack \1"),
    (r"\bcrown (the (?:tallest|highest|biggest|only) (?:tower|stack|pile)|it|that one|the \w+ (?:block|one)) with (the \w+ block)\b", r"put \2 on top of \1"),
    (r",? (?:while|and) keeping (the \w+ block) (?:in its (?:spot|place)|where it is)\b", r", and leave \1 alone"),
    (r"^((?:the )?(?:tower|stack|pile)(?: with the \w+ block (?:on top|at the bottom|in it))?) (?:to|into|onto|in) (the [\w ]+?)(?=\s*(?:[.;,]|$))",
     lambda m: f"move {m[1] if m[1].startswith('the ') else 'the ' + m[1]} to {m[2]}"),  # 'Tower with X on top to the top left corner.'
    (r"\bthe blocks (?:that are )?in the same (tower|stack|pile) as (the \w+ block)((?: in the bin)?),? (?:and )?\2,? (?:too|as well)\b", r"the \1 with \2 in it\3"),
    # FRESH103's: 'get all the stuff off the top of X', 'W contains 1 block, no more and no fewer',
    # 'what is in W should be on the table', "I don't want it in there, so take it out"
    (r"\bget (?:all )?(?:the )?(?:stuff|things|blocks|everything) off (?:the )?top of (it|the \w+ block)\b", r"take everything off \1"),
    (r"^(the \w+ bowl) (?:contains|holds|has) (one|two|three|four) blocks?,? (?:no more(?:,? and)? no (?:fewer|less)|exactly|only)\W*$", r"exactly \2 blocks in \1"),
    (r"^what(?: is|'s| s)? (?:presently |currently |now )?(in|on) (the \w+ (?:bowl|block)) (should|must|has to|needs to|ought to) (?:be|go) ", r"everything \1 \2 \3 be "),
    (r"^i (?:do not|don t) want (?:it|them|that one) (?:in there|there|in it|on it|on there),? so (?=(?:take|get|move|put|lift)\b)", ""),
    # FRESH101's users: a receptionist, a plumber, a developer's ticket, a poet, a radio DJ, an impatient customer
    (r"[.;]\s*(?:it|that) (?:is not|isnt)\b\W*(?:(?:please )?(?:sort|fix) (?:it|that)(?: out)?\W*)?$|,? but (?:it|they) (?:is|are) not\W*$", ""),  # "W should be empty. It isn't."
    (r",?\s*\b(?:by|before) the (?:next )?(?:ad break|news(?: at \w+)?|break|top of the hour|commercial)\b|[,.;]?\s*(?:that s the plan|here we go|your pick,? folks|"
     r"folks)\W*$|,?\s*\bsee,? #?\s*\d+\b,?", ""),
    (r"^i (?:long|yearn|wish|hope) to see ", "i want "),
    (r"^bear (?=the \w+ block)", "move "), (r",\s*where (?!(?:the )?\w+ (?:block|bowl)\b|(?:is|are|s) the\b|(?:it|they) (?:is|are|was|were)\W*$)[^,.;]*$", ""),
    (r"\bleave whatever(?: is|'s| s)? (in|on) (the \w+ (?:bowl|block)) alone\b", r"leave everything \1 \2 alone"),
    (r"\blet (the \w+ block) (?:sleep|rest|lie|be|stay)(?: undisturbed| in peace| where it is)?(?=\s*(?:[,.;]|$))", r"leave \1 alone"),
    (r",?\s*\blike with like\b", " by colour"),
    (r"^may (each block|every block|the \w+ block|all the blocks) (?:rest|sit|lie|go|end up) (in|on|into|onto) ", r"put \1 \2 "),
    (r"\b(the \w+ block) finds its (?:matching|own) bowl\b", r"put \1 in the bowl of its colour"),
    (r"\b(?:first|second|third|next|last|final) (?:job|task|thing)\s*[,:]\s*", ""),
    (r"[;,.]\s*let (the \w+ block) follow(?: close behind| it| suit)?\W*$", r"; then put \1 there"),
    (r"(\bexcept (?:for )?(the \w+ block)\b.*?)[;,.]\s*\2 (?:stays|remains|is staying)(?: out| put| where it is)?\W*$", r"\1"),
    (r"^no,? not (?:the )?\w+ (?:block|one)[!.,]\s*(?:(?:the )?\w+ (?:block|one)[!.,]\s*(?=\w)|(?=(?:put|move|place|bin|stack|take)\b))", ""),
    (r"\bgive (it|them|the \w+ block) to the bin\b", r"put \1 in the bin"),
    (r"\b(the \w+ block),? though,? (?:that|it) (?=goes|should go)", r"\1 "),
    (r"^(?:every block|all the blocks|everything) in (?:that|the) (\w+ bowl) (?:comes|come) out(?: and (?:goes|go) (?:on|onto) the table)?(?=\W*$|,)", r"put everything in the \1 "
     r"on the table"),
    (r"^gather (?:up )?(?:every block|all the blocks|all of them|everything),? and (?:raise|build|stack|pile) them (?:up )?into (?:one|a) (?:tall |single )?(?:tower|stack|pile)",
     "stack all the blocks into one tower"),
    (r"^(?:that|the) block (?:sat|sitting|sits|that is) in (the \w+ bowl),\s*(\w+) it\b", r"\2 the block in \1"),
    (r"^(leftmost|rightmost) block,? you (?:are|re) going (in|into|to) (the [\w ]+)", r"put the \1 block \2 \3"),
    (r"\b(the \w+ block) is off (?=to|into|in)\b", r"\1 goes "),  # a DJ's 'X is off to the middle, but Y? It's staying put!'
    (r",? but (the \w+ block)[.?!]\s*(?:it|that one) (?:is|s) (?:staying|not moving|not going anywhere)(?: put| where it is)?\W*$", r", and leave \1 alone"),
)
