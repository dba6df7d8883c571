"""Group words, each said as the set the clause reader knows: the whole set ('the lot', 'the whole bunch of blocks', 'every
last one of them'), what remains ('the remainder', 'the rest of the bunch', 'the leftovers'), a container's load ('the
set in W', 'the contents of W', 'the pile on X': everything on top of X), a counted group said again ('X and Y, the pair
of them, ...', 'the three of them, X, Y and Z'), one of a list ('a single one of the red, blue and green blocks'), a
proportion said with its count ('most of the blocks: all but one of them') and blocks outside a bowl ('the blocks
outside W', 'the blocks that are not in W'); an exception of a block and a bowl's load ('except X and the blocks in W': what
is in W stays too). Read among `speech.SPEECH`'s rules, after `distractors.DISTRACTORS`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx
from sim.core.lexicon import COLOURS

_N = r"(?:two|three|four|five|six)"
_COLOUR = "|".join(COLOURS)
_FRONTED_RE = re.compile(r"(?:^|[.;]\s*)(?:everything|all|the|every|each|whatever|anything|those|these)\b[^,.;]*,\s*[^,.;]*$")  # 'Everything in W, chuck the lot'
_BLOCK_RE = re.compile(r"the \w+ block")
_EACH = r"(?:each|apiece|per bowl|a bowl|in each(?: one| bowl)?)"
_LIST = r"((?:the \w+ block, )*the \w+ block,? and the \w+ block)"  # 'the red block, the blue block and the green block'


def _its_blocks(m: re.Match[str]) -> str:
    """'its blocks' -> 'the blocks in it' when the last thing named before is a bowl by its colour ('empty W; its blocks
    go in the bin'); as said otherwise (a tower's blocks, 'whichever bowl ...')."""
    last = [t[1] for t in rx(r"\b(?:the (\w+ bowl)|tower|stack|pile|block|bowl)\b").finditer(m.string[: m.start()])]
    return "the blocks in it" if last and last[-1] and last[-1].split()[0] in COLOURS else m[0]


GROUPS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"\b(move|put|place|take|bring)(?: exactly)? (?:these|the following) (?:two|three|four|five|\d) blocks ((?:to|in|into|onto|on|at) the \w+(?: \w+)?)\s*[:,]\s*"
     r"((?:the \w+ block,? )*(?:and )?the \w+ block)\b", r"\1 \3 \2"),  # a statistician's 'Move exactly these two blocks to the bin: X and Y.'
    (r"\b(?:(?:i (?:would|d) like|i want|i need|i would like to see|i want to see|put|place|move)(?: to have)? )?the following(?: blocks?| items?| things?)?(?: go| goes| belong| should go| must go| need to go)? ((?:in|into|on|"
     r"onto|at) (?:the \w+ (?:bowl|corner)|the bin|the middle|the table))\s*[:,]\s*((?:the \w+ block,? (?:and )?)*the \w+ block)\b",
     lambda m: f"put {' and '.join(_BLOCK_RE.findall(m[2]))} {m[1]}"),  # 'the following in W: X, Y'
    (r"(\b(?:take|get|lift|pull)\b[^.;]*?\b(?:out of|from|off|of(?= the (?:\w+ )?bowls?\b))\b[^.;]*?,? (?:and )?(?:then )?)(put|place|set|lay|drop|stand) every (?:single |last )?one\b", r"\1\2 them"),
    # 'take all the blocks out of the bowls and put every one on the table': every one of those, never every block
    (r"(?:,\s*|\s+)with the (?:sole )?exception of\b", " except"),  # '..., with the exception of X and Y': both left out, never a clause of its own
    (r"(\bnot in (?:a|the|any) bowls?\b[^.;]*)[.;]\s*(?:the ones|those|the blocks|the pieces) (?:in|inside) (?:the|a|any) bowls?,? (?:i am|i m|we are|we re) keeping\W*$", r"\1"),
    # 'Bin every piece that isn't in a bowl. The ones in the bowls I'm keeping for my project.': said again
    (r"(\b(?:not|excluding|except) (?:the \w+ block))[,.;]\s*(?:that one|it) (?:should not|shouldn t|must not|mustn t|can not|cannot) (?:go|be put|end up) in(?: there| it)?(?=\s*(?:[.;!]|$))", r"\1"),  # '..., but not X, that one shouldn't go in'
    (r"(\bbut not (the \w+ block))\s*[:;,.]\s*\2 (?:stays|remains|should stay|must stay|can stay)(?: in (?:the|that|its) bowl| where it is| put| there)?(?=\s*(?:[.;!]|$))", r"\1"),
    (r"(\b(?:do not|don t|dont) (?:disturb|touch|move) (the \w+ bowl))\s*[;,.]\s*(?:and )?(?:leave|keep) (?:that|this|the) (?:bed|pot|planter|patch|one|bowl) (?:just |exactly )?"
     r"(?:as|where|how) it is(?=\s*(?:[.;!]|$))", r"\1"),  # 'but not X: X stays in the bowl', "don't disturb W; leave that bed just as it is": said again
    (r"(\b(?:every|each|all)(?: of)?(?: the)? blocks?\b[^.;]*?\b(?:except|but not|but|save|apart from|other than)(?: for)? the )(\w+) one\b", r"\1\2 block"),  # 'every block out of the bowls, save for the blue one': a block
    (r"^((?:every|each|all)\b[^,.;]*?)(?:,? every (?:last |single )?one of them)?,? i (?:would|d) like (?:taken|lifted|moved|brought|got) out and (?:put|placed|set) (?:them |it )?(?=on|in|into|onto|at)", r"take \1 out and put them "),
    # a grandfather's 'Every single block that's sitting in a bowl, ..., I'd like taken out and put on the table'
    (r"(\b(?:every|each) block\b|\ball (?:the |of the )?blocks\b|\beverything\b)([^.;]*?),?\s*until (?:none|no blocks?|nothing|there (?:are|is) (?:none|nothing|no blocks?))"
     r"(?: (?:of them )?(?:remain|remains|are left|is left|left))?(?: out| on the table| over| anywhere else)?(?=\s*(?:[.;!]|$))", r"\1\2"),  # 'every block into the bin, ..., until none remain out'
    (r"\b(blocks|ones) (?:standing|sitting|lying|resting)(?: out| about| around)? (?=on the table\b)", r"\1 "),  # 'the blocks standing out on the table'
    (r"^(of the blocks [^,.;]+),\s*(the one [^,.;]+),\s*(?:(?:could|can|would|will) you |please |kindly )*(\w+) (?:it|that one)\b", r"\1, \3 \2"),  # 'Of the blocks ..., the one nearest W, could you put it ...'
    (r"^((?:put|move|place|drop|sort|take) )(?:all )?the (?:blocks|cubes) ((?:in|into|on|onto|to) [^,.;]+?),?\s*(?:but )?(?:only|just) the (?:blocks|ones|cubes) "
     r"((?:that are |which are )?(?:on|in|inside|not in|outside|off|from)\b[^.;,]*)(?=\s*(?:[.;,]|$))", r"\1the blocks \3 \2"),  # '..., but only the blocks on the table'
    (r"^all of them\b(?= (?:into|in|to|on|onto|go|goes|in the)\b)", "all the blocks"),  # said first, with nothing before it to be 'them'
    (r"(\b(?:except|apart from|but not|other than|save|bar)\b[^.;]*?)[,.;]?\s*(?:(?:i am|i m|we are|we re) keeping|(?:please )?(?:do not|don t|dont|never) (?:throw|bin|toss|chuck)(?: away)?) "
     r"(?:those|them|these|both|that one|it)(?: two| ones| both)?(?: away| out| in the bin)?(?=\s*(?:[.;!]|$))|(\b(?:except|apart from|but not|other than|save|bar)\b[^.;]*?)"
     r"[,.;]?\s*(?:those|these|that one|this one|that|it)(?: two| ones)? (?:i am|i m|we are|we re|i will be|we will be|i ll be|we ll be) keeping(?=\s*(?:[.;!]|$))",
     r"\1\2"),  # '..., apart from X and Y please, I'm keeping those two', '..., that one we're keeping': the exception said again
    (r"(?:^|(?<=[.;] ))any ((?:(?:unmatched|matched|loose|stacked|misplaced|free|clear) )?(?:block|cube)\b(?: (?:in|inside|on|that|which|sitting|lying|resting|with|without|from|not|left)\b"
     r"[^.;,]*?)? (?:goes|should go|must go|belongs|gets (?:put|thrown|binned|moved)) )", r"every \1"),  # 'any block in W goes in the bin': a rule for each
    (r"(\b(?:everything|all(?: of)? the blocks|every block) (?:in|inside) the \w+ bowl\b[^.;,]*?),\s*(?:all |everything )?(?:but|except|save|bar|apart from|other than) (the \w+ (?:block|one))(?=\s*(?:[.;,!]|$))",
     r"\1 except \2"),  # 'Everything in W into the bin, all but X': W's load but X, never every block
    (rf"\b(one|two|three) ((?:blocks?|cubes?) (?:in|into|inside) (?:each|every) bowl),?\s*(?:(?:any (?:ones?|blocks?|will do)|whichever(?: ones?)?),?\s*)?(?:(?:just|only|exactly|no more than) \1(?: {_EACH})?|\1(?: blocks?| cubes?)? {_EACH}|no more(?:,? and)? no (?:fewer|less))\b",
     r"exactly \1 \2"),  # 'one block in each bowl, just one each': the count said again is a limit
    (r"(\bonly\b[^.;]*?\bin the \w+ bowl)[.;,]\s*(?:and )?(?:everything|all|anything) else (?:out|goes out|comes out|removed)(?: of (?:it|there))?(?=\s*(?:[.;!]|$))", r"\1"),
    # an engineer's 'W: only the block of the same colour in it. Everything else out.': said again
    (r",?\s*\b(?:on (?:the )?condition that|so long as|as long as) (the \w+ (?:block|one))(?: is to| shall| must| should| will| is)? (?:remain|stay|remains|stays|is left)(?: exactly| just)? "
     r"(?:where it is|in place|put|as it is|untouched)(?: at present| now)?\b", r", but leave \1 where it is"),  # 'Place X upon Y, on the condition that Z remains exactly where it is'
    (r",?\s*\b(?:save|except|excepting|provided|with the proviso) that (the \w+ (?:block|one))(?: is to| shall| must| should| will| is)? (?:remain|stay|remains|stays)(?: exactly| just| precisely)? "
     r"(?:where it is|in place|put|as it is|untouched)\b", r" except \1"),  # a lawyer's 'Transfer the contents of W to V, save that X is to remain exactly where it is'
    (r"(?:^|(?<=[.;] ))(in|inside|on) (the \w+ (?:bowl|block)),? there (must|should|will|has to|needs to|ought to) be ([^.;,]+)", r"there \3 be \4 \1 \2"),  # a learner's 'in W there must be two blocks'
    (rf"\b(one|two|three) ((?:blocks?|cubes?) (?:in|into|inside) (?:each|every) bowl)[.;!]\s*(?:just |only |exactly )?\1(?: blocks?| cubes?)?(?: {_EACH})?"
     r"(?=\s*(?:[.;!]|$))", r"exactly \1 \2."),  # 'one block in every bowl! exactly one each!': the same limit in its own sentence
    (r"^(?:give me|gimme|let me have|i want|i need) (?=(?:exactly |only |just )?(?:one|two|three|a single) (?:blocks?|cubes?) (?:per|in each|in every|for each|for every) (?:bowl|corner)\b)",
     ""),  # 'gimme exactly one block per bowl': how the bowls should be, never a block handed over
    (r"\bmake (?:it|that|this) (?:exactly |only |just )?(one|two|three|four|five)(?: blocks?| cubes?)? (?:in|inside|into) (the \w+ bowl|the bin)\b",
     lambda m: f"there should be exactly {m[1]} block{'s' if m[1] != 'one' else ''} in {m[2]}"),  # 'make it exactly two blocks in W': how many it holds
    (r"\b(empty|clear(?: out)?) (the \w+ bowl),? but (?:keep|leave) (the \w+ (?:block|one)) (?:in (?:it|there)(?: (?:just |exactly |right )?where it is)?|where it is)\b", r"\1 \2 except \3"),  # 'Empty W but keep X in it'
    (r"^(?:yo,? )?match (the \w+ bowl),? (?:put|pop|drop|stick|throw) (?:the|a) same colou?r(?:ed)? block in (?:it|there)\b", r"put the block of the same colour as \1 in \1"),  # a gamer's
    # 'yo match W, put the same color block in it ez'
    (r"\b(?:the )?(\w+ bowl) (?:empty|emptied|cleared),? (?:and )?(?:its|all its) (?:blocks|contents|load) (?:in|into|to) (the bin|the table|the \w+ bowl)\b", r"put everything in the \1 in \2"),
    # a coder's 'want: W empty, its blocks in bin'
    (r"\bmake (?:it|that|this) ((?:exactly |only |just )?(?:one|two|three) (?:blocks?|cubes?) (?:in|inside|into) (?:every|each) bowl)\b", r"put \1"),  # a streamer's 'we're doing
    # exactly one block in every bowl'
    (r"\b(except|but not|not) (the \w+ (?:block|one))(?:,? and|,|,? nor|,? or) not (?=the \w+ (?:block|one)\b)", r"\1 \2 and "),  # 'except X and not Y': both left out
    (r"\b(everything)\b([^.;]*?),\s*(?:(?:like|i mean|meaning|so)\s+)?(?:every (?:block|one|single block)|all the blocks|all of them)\s*,", r"\1\2,"),  # 'everything in the bin, like every block, ...'
    (r"\b(?:anything|everything|any block|any blocks|any others?|whatever|the ones?|those|the others|the rest)(?: (?:that|which) (?:is|are))? (?:without|with no|"
     r"that (?:has|have) no|lacking) (?:(?:a |its |their )?(?:own )?(?:matching|same[- ]colou?r(?:ed)?) bowls?|a match)\b", "the blocks without a matching bowl"),  # 'anything without a matching bowl'
    (r"^for (?:every|each|any) bowl (?:that (?:has|there is)|with|which has)(?: got)? (?:a|its) (?:matching block|block (?:of|in) (?:the same|its) colou?r|block (?:that |which )?"
     r"match(?:es|ing) it|block of that colou?r)(?: somewhere)?(?: on the table)?,? (?:put|place|move|drop|set|get) (?:that|the|this) (?:block|one)(?: in| into| inside)(?: it| that bowl"
     r"| the bowl)\b", "put every block in the bowl of the same colour"),  # 'for every bowl that has a block of its colour, put that block in it'
    (r"\b(except(?: for)?|but not|apart from|other than|excluding|save) ((?:the \w+ (?:block|cube))(?:,? (?:and )?the \w+ (?:block|cube))*),? and (?:also )?(?:anything|"
     r"everything|the blocks?|whatever is|the ones?|all the blocks)(?: that (?:is|are)| which (?:is|are))? (in|inside|on) (the \w+ (?:bowl|block))\b",
     r"\1 \2, and leave everything \3 \4 where it is"),  # 'bin everything except X and the blocks in W': those in W stay too
    # a list of colours said with one noun (the noun-phrase reader knows 'the red, blue and green blocks'): 'all three of ...', 'a single one of ...'
    (r"\b(?:just )?a single one of\b", "one of"),
    (rf"\b(?:all (?:two|three|four|five) of |both of )(?=the (?:{_COLOUR})(?:, (?:{_COLOUR}))*,? and (?:{_COLOUR}) blocks\b)", ""),  # the list says them all
    # the whole set
    (r"\bnone of the (?:lot|bunch|whole lot)\b", "no block"),
    (rf"^there are {_N} blocks\s*[;,.]\s*(\w+) all {_N},? (?:the whole lot|all of them)?,?\s*", r"\1 all the blocks "),
    (r"\b(?:the whole|the entire) (?:lot|bunch|set|collection|batch)(?: of (?:the )?blocks)?\b|(?<!crowning )(?<!topping )(?<!capping )\bthe (?:lot|bunch)"
     r"(?: of (?:the )?blocks)?\b(?! of them)", lambda m: "them" if "of" not in m[0] and _FRONTED_RE.search(m.string[: m.start()]) else "all the blocks"),
    (r"\b(?:the whole|the entire) (?:lot|bunch|set) of them\b|\bthe lot of them\b", "all of them"),
    (r",\s*every last one(?= *[,;.)]|$)", ""),  # '(all five of them, every last one)'
    (r"\bevery (?:last|single) one of (?=the\b|them\b)|\beach and every one of (?=the\b|them\b)", "all of "),
    (r"\bevery last one\b", "every one"),
    (r",\s*(?:one and all|every last one of them|the whole lot)(?=\s*[,;.]|$)|\s+one and all\b", ""),
    # what remains
    (r"\bthe (?:rest|remainder|remnants?|others) of the (?:bunch|lot|set|pile|group)\b|\bthe (?:remainder|leftovers|left overs)(?: of the blocks)?\b|"
     r"\b(?:whatever|what) is left over\b|\b(?:everything|anything|whatever|all)(?: that| which)? is (?:still )?left(?: over)?\b(?! of\b)|\bthe (?:blocks|ones) (?:that are |still )?left over\b|\bthe left ?over (?:blocks|ones)\b", "the rest"),
    # 'The rest of the blocks can go in the bin, but not X' said first: all but X
    (r"^the (?:rest|others)(?: of the blocks| of them)?(?= [^.;]*?\b(?:but not|except(?: for)?|apart from|other than|besides|save for) the \w+ (?:block|one)\b)", "all the blocks"),
    # a container's load
    (r"^make (?:the contents of|the blocks in|the set in) (the \w+ bowl) (?:just |only )?(the \w+ block)(?:,? its (?:own |matching )?block)?(?=\s*(?:[.;,]|$))",
     r"\2 should be the only block in \1"),  # 'make the contents of W just X'
    (r"\bthe (?:set|lot|group|bunch|collection|contents?|load|batch) (?:in|of|inside) (the \w+ bowl|the bin)\b", r"the blocks in \1"),
    (r"\bthe (?:pile|heap|load) (?:on|on top of|sitting on|resting on) (the \w+ block)\b", r"everything on top of \1"),
    (r"(?<!\bof )\bits (?:blocks|cubes)\b", _its_blocks),  # 'empty W; its blocks go in the bin'
    (r"^what (?:are|is) (?:the contents of|in) (the \w+ bowl|the bin)$", r"what is in \1"),
    (r"^how many blocks (?:make up|are in|form) the contents of (the \w+ bowl|the bin)$", r"how many blocks are in \1"),
    # a counted group said again: 'X and the block on it, the pair of them, to P', 'the three of them, X, Y and Z'
    (rf",\s*(?:the pair of them|both of them|the two of them|all {_N} of them|the {_N} of them|them both|both|{_N} (?:of )?them(?:,? and no more)?)\s*,\s*", " "),
    (r"\b(the \w+ block) and the (?:block|one) (?:sitting |resting |stacked )?on (?:top of )?it\b", r"\1 and the block on top of \1"),
    (rf"^of {_LIST},\s*(\w+) (?:just )?one\b", r"\2 one of \1"),  # 'of X, Y and Z, move just one into W'
    # blocks with a bowl of their colour, counted first: 'two blocks share a colour with a bowl; put the pair of them in their matching bowls'
    (r"^(?:only )?(?:one|two|three|four|five)(?: of the)? blocks? (?:shares?|has|have) (?:a colou?r with a bowl|a bowl of (?:its|their) (?:own )?colou?r)[.;,]\s*"
     r"(put|place|move|drop) (?:the pair of them|both of them|the two of them|them|it|that one|the (?:two|three) of them) (?:in|into) (?:their|its) (?:matching |own )?"
     r"bowls?\b", r"\1 every matched block in its matching bowl"),
    (r"^(bin|throw away) all the blocks,? except (?:that )?(?:any|every|each) block (?:with|that has) a (?:matching )?bowl(?: of its (?:own )?colou?r)? (?:goes|should go) "
     r"(?:in|into) (?:that|its) bowl(?: instead)?\b", "put every block in its matching bowl, or in the bin if there is no matching bowl"),
    (rf"\b(?:the )?(?:pair|{_N}) of them,\s*{_LIST},", r"\1"),
    (r"^(?:take|grab|pick up|get) (the \w+ block) and (the \w+ block),? and (put|place|move|set|drop|stack) (?:the pair of them|both of them|the two of them|them "
     r"both|both|them)\b", r"\3 \1 and \2"),
    (r"\beach of the (?:pair|two|three|four|trio)\b(?! (?:blocks|bowls|corners|cubes|ones)\b)", "each of them"),
    (r"\b((?:take|get|lift|pick up|grab) (?:every|each|all(?: the)?) [^.;]+? and (?:put|place|set|move|drop|lay)) (?:each one|each of them|every one of them)\b(?! (?:in|into|on|onto) (?:a )?(?:different|separate|another|its own)\b)", r"\1 them"),  # '... and put each one down on the table'
    (r"^(?:put|place|move|drop) each of (the \w+ block) and (the \w+ block) (in|into) a bowl,? but not (?:both )?(?:in|into) the same (?:one|bowl)\b",
     r"put \1 and \2 in different bowls"),
    # one of two, the other left: 'either X or Y in W, but not both', '... and leave the other one where it is'
    (r"(\beither the \w+ block or the \w+ block\b[^.;]*?),? (?:whichever(?: you like| you want)?,? )?(?:but not both(?: of them)?|and leave the other(?: one)? "
     r"(?:where it is|alone|be))(?=\s*(?:[.;]|$))", r"\1"),
    (r"\bneither of (?:these|those|the) two,\s*(the \w+ block) and (the \w+ block),", r"neither \1 nor \2"),
    # a proportion said with its count: 'most of the blocks: all but one of them'
    (r"\b(?:most|the majority|the bulk) of (the [\w ]+?)(?: (are|should be|go|goes) ([\w ]+?))?[,;:]\s*(?:all but one(?: of them)?|all of them but one|all except one|"
     r"every one (?:except|but) (?:a single|one) block(?: of your choice)?)(?=\s*(?:[.;,]|$))",
     lambda m: f"all but one of {m[1]}" + (f" {m[2]} {m[3]}" if m[2] else "")),
    (r"\bblocks (?:that|which) shares? (?:a|their|its) colou?r with (?:a|any|one of the) bowls?\b", "matched blocks"),
    (r"\b(all but one of (?:the )?[\w ]+?(?: in| on| into| onto| to) the [\w ]+?),? and leave (?:that|the other|the last|the remaining) one(?: exactly| just)? "
     r"(?:where it is|alone|be|as it is)\b", r"\1"),
    # a constraint said with 'but': '..., but never put anything on top of X'
    (r",? but (?=(?:do not|never) (?:pile|put|stack|place|set|leave) (?:anything|any blocks?|another block|other blocks) (?:on top of|on)\b)", ", and "),
    # blocks outside a bowl, or outside either of two
    (r"\b(blocks?|ones?|cubes?) (?:that (?:is|are) |which (?:is|are) )?(?:not in|outside|in neither) (the \w+) bowl,? (?:or|nor|and) (?:in |outside )?the (\w+) bowl\b",
     r"\1 not in \2 bowl or \3 bowl"),
    (r"\b(but |and )?not in (the \w+ bowl),? or (?:in )?(the \w+ bowl)\b", r"\1not in \2, and not in \3"),  # '..., but not in W or in V'
    (r"\b(blocks?|ones?|cubes?) (?:that (?:is|are) |which (?:is|are) )?(?:outside|not in) (the \w+ bowl)\b", r"\1 not in \2"),
    (r"\b(blocks?|ones?|cubes?) (?:that (?:is|are) |which (?:is|are) )?outside (?:the|any|all the) bowls\b(?= (?:go|goes|should|must|belong)\b)", r"\1 not in a bowl"),  # 'all blocks outside the bowls'
    (r",\s*every (?:single|last) one(?: of them)?(?=\s*(?:[.;]|$))", ""),  # '..., every single one.'
    (r"\b(blocks?|ones?|cubes?) (?:that (?:is|are) |which (?:is|are) )?outside (?:the|any|all the|of the) bowls (?=(?:in|into|on|onto|to|at) )", r"\1 on the table "),
    (r"\b(blocks?|ones?|cubes?) (?:that (?:is|are) |which (?:is|are) )?outside (?:the|any|all the|of the) bowls\b", r"\1 not in a bowl"),
)

# the same words in a question (read by `questions`)
GROUPS_ASKED: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"^(?:counting|including) (?:the whole lot|all the blocks|everything|the lot)\s*,\s*(?=how many\b)", ""),
    (r"^(?:leaving|setting|putting|keeping) (the \w+ block) (?:aside|apart|out of it),? how many of the (?:remaining|other) blocks\b", r"how many blocks other than \1"),
    (r"^what (?:are|is) the contents of (the \w+ bowl|the bin)(?=\W*$)", r"what is in \1"),
    (r"^does (?:each|every)(?: one)? of the bowls (?:have|hold|contain) (?:at least one|a|one or more) blocks?(?: in it)?(?=\W*$)", "is there a block in each bowl"),
    (r"^(?:is|are) (?:every (?:last |single )?one of |each and every one of |all of |the whole lot of |all )?(?:the )?blocks (?:outside|out of|not in) "
     r"(the \w+ bowl|the bowls|a bowl|any bowl|the bowls)(?=\W*$)", lambda m: f"are none of the blocks in {'a bowl' if 'bowls' in m[1] or 'any' in m[1] else m[1]}"),
    (r",?\s*counting (?:any|all|those|the ones|every block)(?: that are| which are)? (?:stacked|sitting|resting|standing) on (?:others|other blocks|each other|"
     r"another block|top)(?=\W*$)", ""),  # '... in W, counting any that are stacked on others?': a tower's blocks count anyway
    (r"^how many blocks (?:make up|form|are in) the contents of (the \w+ bowl|the bin)(?=\W*$)", r"how many blocks are in \1"),
    (r"^of (?:the whole lot of|all the|all of the|the) blocks,? (?:are|is) (?:any|there any) (?:of them )?(in|on) (the \w+ (?:bowl|block))(?=\W*$)",
     r"is there a block \1 \2"),
)
