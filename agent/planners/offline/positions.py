"""Things said by where they are, in the words people use for it, brought to the forms `noun_phrases` reads: the
viewer's side ('the bowl on my right', 'at the far left, as I see it'), order along the table ('the first two blocks
from the left', 'the last block on the right', 'the second one from the left'), a container said by what is in it
('the bowl that already has something in it', 'the bowl the cyan block is in'), a thing said first and then acted on
('every block that's on another block, take each one down'), and a bowl or a block said to want something ('that one
wants to go in W', 'the empty bowl is for X'). Read among `speech.SPEECH`'s rules, after `framing.FRAMING`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx
from sim.core import layout

_BIN_SIDE = "right" if layout.BIN_CENTER[1] > 0 else "left"  # 'left' is -y, as the user sees the table from the front
_ORDER = {"first": "", "second": "second ", "third": "third ", "fourth": "fourth ", "fifth": "fifth "}
_KIND = r"(block|blocks|one|ones|bowl|bowls|cube|cubes)"
_NP = (r"the (?:(?!\b(?:is|are|not|should|does|do|going|goes|belongs?|must|needs?|was|were|has|have|can|will)\b)"
       r"[^,;.])+?")  # a thing named, no verb in it


def _other_than(m: re.Match[str]) -> str:
    """'in one of the bowls, just not the second one from the left' -> 'in a bowl other than the second leftmost
    bowl'."""
    kind = m["kind"].rstrip("s")
    excluded = rx(r"\b(?:one|ones)\b").sub(kind, m["not"])
    return f"{m['prep']} a {kind} other than {excluded}"


def _compared(m: re.Match[str]) -> str:
    """'of the red and blue blocks, the one closer to the bin' -> 'the red or blue block nearest to the bin'."""
    a, b, how, rest = m["a"], m["b"], m["how"], m["rest"] or ""
    if how in ("further left", "farther left", "more to the left", "to the left"):
        return f"the leftmost {a} or {b} block"
    if how in ("further right", "farther right", "more to the right", "to the right"):
        return f"the rightmost {a} or {b} block"
    return f"the {a} or {b} block {'furthest from' if how.startswith(('further', 'farther')) else 'nearest to'} {rest}"


_PAIR = r"(?:the )?(?P<a>\w+) and(?: the)? (?P<b>\w+) (?:blocks|ones|cubes)"
_MORE = (r"(?P<how>closer to|nearer to|nearer|further from|farther from|further (?:left|right)|farther (?:left|right)|more to the "
         r"(?:left|right))(?:\s+(?P<rest>the (?:\w+ ){0,3}?(?:block|bowl|bin|corner|middle|table)))?")
POSITIONS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"(?:^|(?<=[,;.] )|(?<=\bbut ))(?:that|the|this) (\w+ (?:bowl|block)),? (?:you |just |please )*(leave|keep) (?:it|that one) (?:just |exactly |right )?(as it is|alone|where it is|untouched|be)\b",
     r"\2 the \1 \3"),  # 'but that white bowl, you leave it just as it is'
    (r"\b(?:that|the) (block|one) (?:(?:way|all the way|far|right|out|over) )+(?:on|to|at) the (left|right)(?: side| hand side| end)?\b(?:,\s*the (?:one|block) "
     r"(?:furthest|farthest|most) (?:to the )?(?:left|right)\b)?", r"the \1 furthest \2"),  # 'that block way over on the right, the one furthest right'
    # a count said, then the block it is: 'Move exactly one block into W: the X block. One block, no more.'
    (r"\b(?:exactly |just |only )?(?:one|a|a single) block,? (in|into|to|onto|on) ([^:;.,]+?)\s*(?::|,(?= the \w+ block\s*(?:[.;!]|$)))\s*(the \w+ block)\b(?:\s*[.;]\s*(?:just |only |exactly )?one block,? "
     r"no more(?: than that)?\W*$)?", r"\3 \1 \2"),
    (r"\b(move|put|place|transfer|shift|take|bring|drop|set|pop|stick) (?:exactly |just |only )?(?:one|a single) block,? (the \w+ block),? (?=(?:from|in|into|to|onto|on|"
     r"out of)\b)", r"\1 \2 "),  # 'Transfer exactly one block, X, from W to V'
    # blocks said by what is done to them: 'any block removed from a stack must go on the table, not in a bowl or the bin'
    (r"\b(?:any|every|each|all(?: the)?|the) blocks? (?:that (?:is|are|gets?|get) |(?:that )?(?:you|we|i) )?(?:removed?|take[ns]?|lift(?:ed|s)?|move[ds]?) "
     r"(?:off|from) (?:a|the|any) (?:stacks?|towers?|piles?|other blocks?)\b|\bthe blocks? (?:that )?(?:you|we) (?:take|lift) off\b", "every block on another block"),
    (r"(?:^|(?<=[.;] ))((?:every|all the|the) (?:[\w ]+? )?blocks?(?: [\w ]+?)?),\s*(do not|don t|never) (put|place|drop|throw|move) (?:them |it )?(?=(?:in|into|on|onto)\b)",
     r"\2 \3 \1 "),  # 'the blocks you take off, don't put in the bin'
    (r"(?:^|(?<=[.;] ))((?:all|every|each) (?:of )?(?:the )?blocks? [^,;.]+?),\s*(put|drop|move|load|send|dump|take|bring|pop|throw|toss)(?: them| it| those| 'em)?"
     r"(?: all| off)? (?=(?:in|into|to|onto|on|at)\b)", r"\2 \1 "),  # 'All blocks in W: drop off in the bin'
    (r"(\bon the table(?: surface)?),? (?:and )?not (?:in |into )?(?:a bowl|any bowl|the bowls?|the bin)(?:,? (?:or|nor) (?:in |into )?(?:a bowl|any bowl|the bowls?|the bin))?"
     r"(?=\s*(?:[.;,]|$))", r"\1"),  # said by the table already
    # a target picked by where it is: 'whichever bowl is nearest', 'whichever bowl the blue block is in', 'put X in the nearest bowl':
    # nearest to X, the thing moved
    (r"\bwhichever (bowl|block) is (nearest|closest|furthest|farthest)(?=\s*(?:[,.;]|$))", r"the \2 \1"),
    (r"\bthe (fullest|emptiest) bowl\b", lambda m: f"the bowl with the {'most' if m[1] == 'fullest' else 'fewest'} blocks"),
    (r"\b(?:the|whichever) bowl (?:that has|that holds|which has|with|holding|has|holds) the (most|fewest|least) blocks(?: in it)?\b", r"the bowl with the \1 blocks"),
    (r"^(the bowl with the (?:most|fewest|least) blocks),\s*(?:tip|empty|dump|pour|put|throw) (?:all of them|them all|everything in it|its blocks|them|it) (?:out )?"
     r"(?:into|in|onto|on) (the bin|the table)\b", r"empty \1 into \2"),
    (r"\bin a bowl,? (?:but |just |only )?not the (?:one|bowl) with the (most|fewest|least) blocks(?: in it)?\b", r"in a bowl other than the bowl with the \1 blocks"),
    (r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bas )\bthe (?:one|only|single|lone) (block|one) (?:there is |that is |that s )?(in|on|inside) (the \w+ (?:bowl|"
     r"block))\b(?! (?:is|should be|must be|will be) the)", r"the \1 \2 \3"),  # 'the only block in W should go ...': the block in W
    (r"^counting from the (left|right),? (.*?)\bthe (second|third|fourth|fifth) (block|bowl)\b", r"\2the \3 \4 from the \1"),
    (r"\b(?:whatever|the block) (?:it|it s|it is|that block is|that one is) (?:resting|sitting|standing|stacked|lying) on\b", "the block under it"),
    (r"^of the blocks (?:that have|with) a bowl of (?:their|its) (?:own )?colou?r,\s*(\w+) the one (furthest|farthest|closest|nearest) (?:from|to) its "
     r"(?:own )?bowl\b", lambda m: f"{m[1]} the block {m[2]} {'from' if m[2] in ('furthest', 'farthest') else 'to'} the bowl of its own colour"),
    (r"^(?:of|out of|among|from) the blocks (?:that are |which are )?((?:not )?(?:in (?:a|any|one of the) bowls?|(?:out |lying |sitting |standing )?(?:loose |alone |on their own |by themselves )?on the table|in the \w+ bowl)),?\s*(?:(?:would|could|can|will) you (?:please )?)?(?:(\w+)(?: exactly| just| only)? )?the one ((?:furthest|"
     r"farthest|closest|nearest) (?:from |to )?the (?:\w+ (?:bowl|block)|bin|middle))\b", lambda m: f"{m[2] or ''} the block {m[3]} that is {'on the table' if m[1].endswith('on the table') else m[1]}".strip()),  # 'Of the blocks not in any bowl, take the one nearest W'
    (r"^(?:of|out of|among) (?:all )?the blocks (?:that are |sitting |lying |out )?on the table,? which (?:one|block) is\b", "which block on the table is"),  # 'of the blocks on the table, which one is closest to W?'
    (r"^(?:measure|check|compare|work out) (?:the distances? )?from (the \w+ block) to (?:each|every|all the|the) bowls?,? (?:and )?(?:then )?(?:place|put|move|set|drop) (?:the block|it) "
     r"(?:in|into) the (?:bowl|one) (?:at|with) the (?:shortest|smallest|least) distance\b", r"put \1 in the bowl nearest to it"),  # a surveyor's
    (r"\b(?:whichever|the) bowl (?:that )?(the \w+ (?:block|cube)) is (?:in|sitting in|inside|resting in)\b", r"the bowl with \1 in it"),
    (r"\b((?:put|place|move|transfer|drop|set|stick|pop|relocate|load) (?:the \w+ (?:block|cube)|it) (?:in|into|to|inside) )the (nearest|closest|"
     r"furthest|farthest) bowl\b(?! (?:to|from)\b)", lambda m: f"{m[1]}the bowl {m[2]} {'to' if m[2] in ('nearest', 'closest') else 'from'} it"),
    # a choice between two said by comparing them: 'of the red and blue blocks, put the one closer to the bin in W',
    # 'whichever of the red and blue blocks is further right goes in the bin'
    (rf"^of {_PAIR},\s*(?P<verb>\w+(?: \w+)?) the one (?:that is |that s |which is )?{_MORE}(?P<tail>.*)$", lambda m: f"{m['verb']} "
     f"{_compared(m)}" + rx(r"\bthe other(?: one)?\b").sub(f"the other {m['a']} or {m['b']} block", m["tail"])),
    (rf"\bwhichever of {_PAIR} (?:is|s|sits|lies) {_MORE}", _compared),
    # the viewer's side: 'as I see it', 'on my far right', 'over on my left-hand side', 'right at the left end'
    (r",?\s*\b(?:as i (?:see|look at|view) (?:it|them|things|the table)|from (?:where i (?:am sitting|"
     r"am standing|am looking|m looking|am|stand|sit|look)|my (?:side|point of view|view|perspective|end))|"
     r"(?:as )?(?:looking|seen) from (?:the front(?: camera)?|here|my side|the camera))\b,?", ""),
    (r"\b(?:on|to|at) my (far |very )?(left|right)(?: hand)?(?: side)?\b", r"on the \1\2"),
    (r"\bmy (far |very )?(left|right)(?: hand)?(?: side)?\b", r"the \1\2"),
    (r"\bover (?=(?:on|by|near|at|in|next to|beside|towards?) the\b)|"
     r"\bright (?=at the (?:very |far )?(?:left|right)\b)", ""),
    (r"\b(?:on|at) the bin(?:'s| s) side(?: of the table)?\b", f"on the {_BIN_SIDE} side"),
    (r"\b(block|one|cube|blocks|ones|bowl|bowls)(?: (?:that is|that s|which is|that are|sitting|lying|resting|"
     r"standing))? by (?=the (?:\w+ )*?(?:bin|bowl|block|cube|corner|middle|edge)\b)",
     r"\1 next to "),  # 'the block sitting over by the bin'
    (r"(\bon the table),\s*not (?:stacked|sitting|resting|piled|perched) (?=on (?:top of )?the \w+ block\b)", r"\1, not "),
    (r"(\bon the table),\s*not on top of anything(?: (?:or|and) (?:not )?in a bowl)?\b", r"\1 by itself"),  # 'X needs to be on the table, not on top of anything or in a bowl'
  # 'X should be on the table, not stacked on Y'
    (r"\b(lying|sitting|standing|resting) out (?=on|in|at)", r"\1 "), (r"(^|, |; |and |: |that |is )(the \w+ (?:block|cube)) (?:sits |is |stands |should be |should sit |goes |lies |rests |to be |belongs (?:down )?)?on the table,? (?:all )?"
     r"(?:(?:resting|sitting|standing|lying) )?(?:by itself|on its own|alone)\b", r"\1\2 is on the table and nothing is on \2"),  # 'X sits on the table by itself': clear, on the table
    (r"(?<=\btable) (?:by itself|on its own)\b", ""),
    # order along the table: 'the first two blocks from the left', 'the last block on the right', 'the second one
    # from the left'
    (r"\bthe first (two|three|four) " + _KIND + r" (?:from|on) the (left|right)\b", r"the \1 \3most \2"),
    (r"\bthe (?:very )?(first|second|third|fourth|fifth|last) " + _KIND + r" (?:from|on|at) the (left|right)"
     r"(?: (?:hand )?(?:side|end))?\b", lambda m: f"the {_ORDER.get(m[1], '')}{m[3]}most {m[2]}"),
    (r"\b(?P<prep>in|into|on|onto) (?:one of the|some|any|a|another|some other|any other) (?P<kind>bowl|block)s?[,.;]? "
     r"(?:just |only |but )?not (?:in |into |on |onto )?(?P<not>the [\w ]+?)(?:,? though)?(?=$|[,.;])",
     _other_than),  # 'in one of the bowls, just not ...'
    # a container said by what is in it, or by what was taken out of it; 'in some bowl or other': any, each its own
    (r"\b(in|into) (?:some|a|any|one) (bowl|dish) or (?:other|another)\b", r"\1 bowls"),
    (r"\b(bowl|one) (?:that|which) (?:already )?(?:has|holds|contains|has got) (?:something|anything|a block|"
     r"blocks|stuff)(?: in it)?\b(?:,? (?:and )?not (?:an|the) empty (?:one|bowl))?", r"\1 that is not empty"),
    (r"\bthe (bowl|one) (?:that |which )?(the \w+ (?:block|cube|one)) (?:is|sits|lies|rests|is sitting)"
     r"(?: already| currently| now)? in\b", r"the \1 containing \2"),  # 'the bowl that the cyan block is already in'
    (r"\bthe (?:bowl|one) (?:that |which )?(it|that one|that block|they|the \w+ block) (?:came|was taken|"
     r"got taken|were taken|was lifted) (?:out of|from)\b",
     r"the bowl \1 left"),  # 'put Y into the bowl it came out of': the bowl X was taken from
    (r"[.;]?,?\s*\(?\s*(?:but |and )?not (?:the )?(?:stuff|things|blocks|ones|anything|what is) (?:that is |"
     r"that are )?(?:in|inside) (?:the |a |any )?bowls?\s*\)?", ", except the blocks in bowls"),  # '(not in bowls)', '... . Not the ones in bowls': of the request before
    (r"\b((?:apart from|except(?: for)?|but|other than|besides|save) the \w+ (?:block|cube)),? which (?:i|we) (?:would like|want|d like|need)(?: it)? (?:left|kept|to stay|"
     r"to remain|to be left|to be kept)(?: (?:just |exactly )?(?:where it is|as it is|alone|in place|put|there))?\b", r"\1"),  # '..., apart from X, which I'd like left where it is'
    (r"^(?:keep|leave) (the [^.;]+?) out of the bin\s*[;,.]\s*(?:and |but )?(?:(?:put|throw|bin) )?(?:everything else|all the other blocks|the other blocks|the rest)(?: (?:goes|go|can go|"
     r"should go))? (?:in|into) (?:it|the bin)\b", r"put every block except \1 in the bin"),  # 'keep X out of the bin; everything else goes in it'
    (r"(?:^|(?<=[.;] ))(the [^.;]+?) (?:stays?|remains?|should stay|must stay|is to stay|are to stay|keeps?) out of the bin\b", r"do not put \1 in the bin"),  # 'X stays out of the bin'
    (r"(, except the blocks in bowls)[,;]? (?:and )?(?:leave|keep) (?:those|them|these)(?: out of the bin| out| where they are| alone| in their bowls| be)?(?=\s*(?:[.;]|$))",
     r"\1"),  # '..., leave those out of the bin': the exception said again
    # a thing wanting, kept or said to be junk: 'that one wants to go in W', 'X stays there', 'the empty bowl is for X'
    (r"\bwants? to (go|be|sit|end up|live|move)\b", r"should \1"),
    (r"\b(stays|remains) there\b", r"\1 where it is"), (r"\b(stay|remain) there\b", r"\1 where they are"),
    (r"^whatever (?:is |s )?(?:sitting |lying |resting )?((?:in|on|inside|at) [^;,.]+? (?:stays|remains|"
     r"should stay|must stay))\b", r"everything \1"),  # 'whatever's sitting in a bowl stays there'
    (r"^(the [\w ]*?bowl) is (?:for|meant for|reserved for|intended for|waiting for) (the [\w ]+?)$", r"\2 goes in \1"),
    (r"^(the [\w ]+?) (?:is|s) (?:rubbish|junk|trash|garbage|bin|useless|no good|broken|not needed),? (?=it\b)",
     r"\1, "),
    (r"\b(?:tip|dump|turn|pour|shake|empty) (the \w+ bowl|the bin) out\b|\b(?:turn|pour|dump|shake) out (the \w+ bowl|the bin)\b",
     lambda m: f"empty {m[1] or m[2]}"),  # 'tip W out onto the table', 'turn out W'
    (r"\b(take|lift|get|pull|fish|remove) (the (?:block|one|cube)) (out of|from) (the \w+ bowl)\b", r"\1 \2 in \4 \3 \4"),  # 'take the block out of W': the one in W, out of it (never held)
    (r"\b(?:start|begin)(?: off)? by (?:tipping|dumping|pouring|shaking|turning)(?: out)? (?=(?:everything|all|whatever|the \w+ bowl)\b)", "first empty "),  # 'start by tipping W into the bin'
    (r"\btip (?:out|over)\b", "empty"), (r"\boff the (?:very )?top of(?= the \w+ (?:block|one|cube)\b)", "off"),
    (r"\b(lift|take|pick|grab|get|remove|pull)( up)? the (block|one|cube) off (?:of )?"
     r"(the [\w ]+?(?:block|one|cube))\b",
     r"\1\2 the \3 that is on \4"),  # 'lift the block off the yellow one and stand it on the table'
    (r"\bon top of (?:both of them|both|them both|the two(?: of them)?|the pair of them|(?:the|that|this) pair|(?:those|these) two|that stack|the stack (?:we|you) just made)\b",
     "on top of it"),
    (r"^(?:unpile|unstack|take down|undo) (?:whatever(?: is|'s| s)?|what is|anything|everything) stacked(?: up)? "
     r"(?:if (?:you need to|needed|necessary|you have to|you must)|as needed|where needed),? (?:and |then )?",
     ""),  # what the rest needs anyway
    (r"^(?:take|break|pull) (?:the|that|this) (?:stack|tower|pile) (?:apart|down)\s*[:;,]+\s*(?=the )", ""),  # then how
    # a thing said first, then acted on: 'every block that's on another block, take each one down onto the table'
    (r"^((?:every|each|all|all the|any) (?:block|cube|one)s? [^,.;]+?|the [^,.;]+?),\s*(?=(?:in|into|on|onto|to|at|inside) the "
     r"[\w ]+?\s*(?:[.;!]|$))", r"put \1 "),  # 'every block that's in a bowl, in the bin'
    (r"^((?:every|each|all the|any) (?:block|cube)s? (?:that|which) [^,]+),\s*(take|put|move|set|bring|lift|place|"
     r"get) (?:each one|each of them|them all|them|it|each)\b", r"\2 \1"),
    (rf"^({_NP}),\s*(?:both of them|all of them|each of them|them all|them both)\s+"
     r"(?=(?:in|into|onto|on|to|at)\b)", r"put \1 "),
    (rf"^({_NP}),\s*(put|move|take|throw|toss|bin|drop|place|set|stack|get) (?:all of them|both of them|them all|"
     r"them both|them|each of them|it|that one)\b(?= (?:in|into|on|onto|to|at|inside)\b)",
     r"\2 \1"),  # 'the blocks on the right side, put all of them in the bin'
    (rf"^({_NP}),\s*(?:it|that one|this one|that block) (goes|should go|belongs|needs to go|has to go|must go|"
     r"should be)\b", r"\1 \2"),  # 'the block near the corner, it goes in the bin'
    (r"^(?:whatever|everything that|anything that) (?:is |s )?([^,]+?)(?:,\s*(except [^,]+))?,\s*(?:(?:take|strip|lift|pull|get) (?:it|them) off,? and (?:then )?)?(put|move|throw|"
     r"toss|bin|drop|take|chuck|dump|set|place|lay|pull|lift) (?:all of it|all of them|it all|them all|it|them|everything)\b(.*)$",
     lambda m: f"{m[3]} everything {m[1]}{rx(r'^ off(?! it)').sub(' off it', m[4])}{' ' + m[2] if m[2] else ''}"),  # 'whatever is on the right, put ...'
    (r"^((?:every|each|any|all the) (?:\w+ )?blocks? (?:that|which) [^,]+?),\s*(?:(?:straight|right|directly) )?(?:in(?:to)?|to|off to|over to) (?=the bin\b|the \w+ bowl\b|the table\b)", r"put \1 in "),
    (r"^((?:every|each|any|all the) (?:\w+ )?blocks? (?:that|which) [^,]+?),\s*i(?: would| d)? (?:like|want) (?:those|them|these|they|it|that one) (?:all )?(?:put|placed|moved|thrown|dropped) "
     r"(?=(?:in|into|on|onto|to) )", r"put \1 "),  # a grandpa's 'Every block that isn't already sitting in a bowl, I'd like those put in the bin'
    (r"\b(is not|isn t|are not|aren t|isn't|aren't) already (?:sitting |resting |lying |standing )?(?=in (?:a|any|the|one of the) bowls?\b)", r"\1 "),
    (r"^(?:(?:folks|everyone|guys|friends|people|ok|okay|so|right|now),?\s*)*(?:whatever|everything that|anything that|everything) (?:is |s )?((?:in|on|inside) the \w+ (?:bowl|block)),\s*(?:all of it|all of them|it all|the lot|every bit of it|every last bit) "
     r"(?:goes|go|should go|must go|can go|belongs|is going) (?=(?:in|into|to|onto|on) )", r"put everything \1 "),  # 'whatever is in W, all of it goes in the bin'
    (r"^((?:the|whatever) (?:block|one)(?: that)? (?:is |s )?(?:in|on|under|on top of) the \w+ \w+) (?=(?:move|put|bin|place|take|get|throw|drop|stick|pop) (?:it|that|that one)\b)", r"\1, "),  # no comma
    (r"^(?:look at|consider|check|see) (?:all )?the blocks (on the table|in the \w+ bowl)(?:,)? and (?:find|pick|spot|choose) the one (nearest|closest|furthest|farthest) (?:to|from) (the \w+ \w+)[.;]\s*"
     r"(?:that one|it) (?:goes|should go|belongs) (into|in|to|onto|on) ", r"put the block \2 to \3 that is \1 \4 "),  # a teacher's 'Look at the blocks on the table and find the one nearest W. That one goes into W.'
    (r"^(?:the )?((?:block|one) (?:sitting |resting |lying )?(?:on top of|on|in|under|nearest|nearest to|closest to) the \w+ (?:block|bowl)),\s*(?:off |away |straight )?(in|into|on|onto|to) (the bin|the \w+ bowl|the table)$", r"put the \1 \2 \3"),  # 'block on X, in the bin'
    (r"^(the [\w ]*?bowl(?: (?:next to|near|by|beside) the [\w ]+?)?)\s*[:,;-]+\s*(?:(?:find|take|grab|get|"
     r"pick up|pick) the (?:block|one|cube) (?:that is |that s |which is )?(?:the same colou?r as|that matches|"
     r"matching) it,? (?:and |then )?(?:drop|put|place|pop|stick|set) it|(?:put|drop|place|pop|stick|set) the "
     r"(?:block|one|cube) (?:that matches it|matching it|that is the same colou?r as it|of the same colou?r)) "
     r"in(?: there| it)?$", r"put the block that is the same colour as \1 in \1"),  # 'the first bowl: find its block'
    (r"\b(?:find|take|grab|get|pick up|pick) (the (?:block|one|cube) (?:that is |that s |which is )?(?:closest|"
     r"nearest) to (?:the bowl of its (?:own )?colou?r|its (?:own |matching )?bowl)),? (?:and |then )?(?:put|drop|"
     r"place|pop|set) it in (?:that|the same|its) bowl\b",
     r"put \1 in the bowl of its own colour"),  # 'find the block closest to its own bowl and put it there'
)
