"""Everyday turns of phrase around a goal: a set said by what it is ('whatever is stacked', 'the blocks that don't match
any bowl'), a corner said side first ('the left-hand corner at the bottom'), asides ('according to my daughter', 'quick as
you can', 'before end of shift'), a place said to be a thing's home ('the bin is the right home for X') and a bowl said to
hold its own block. Read among `speech.SPEECH`'s rules, right after `endstates.ENDSTATES`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx
from sim.core.lexicon import COLOURS

_C = "(?:" + "|".join(COLOURS) + ")"
HALVES = (  # the halves of the table said from the robot's side: 'the side furthest from you', 'the half nearest the robot'
    (r"\bthe (?:side|half|end) (?:closest|nearest|nearer) (?:to )?(?:you|the robot|me|us)\b|\bthe (?:front|nearer) (?:side|half|end)\b", "the near side"),
    (r"\bthe (?:side|half|end) (?:furthest|farthest|further|farther) (?:from|away from) (?:you|the robot|me|us)\b|\bthe (?:back|farther|further) (?:side|half|end)\b", "the far side"),
    (r"\bthe (near|far) (?:side|half|end) of the table\b", r"the \1 side"))
VOCATIVE = r"(?:sweetie|sweetheart|honey|hon|hun|dear|darling|love|pet|mate|buddy|pal|friend|kiddo|lad|lass|son|sir|madam|ma'?am|captain|doc|chef|boss|folks|guys|team|class|kids|everyone)"  # the listener

TURNS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # sets said as what they are: 'whatever is stacked', 'the blocks that don't match any of the bowls', 'every block apart from it'
    (r"\btake (?:down )?(?:whatever|everything|anything) (?:is|s|that is) (?:stacked|piled)(?: up)?(?: (?:on top of|on) (?:another|a|any other|"
     r"some other) block|(?! (?:on|on top of|onto|in|inside|under) (?:the|it|that|this)\b))(?: down)?(?:,? and (?:put|set|place|move) (?:it|them)(?: down)? (?:on|onto) the table)?\b",
     "put every block that is on another block on the table"),
    (r"\bwhatever (?:is|s) (?:stacked|piled)(?: up)?(?: (?:on top of|on) (?:another|a|any other|some other) block|(?! (?:on|on top of|onto|"
     r"in|inside|under) (?:the|it|that|this)\b))", "every block that is on another block"),
    (r"(on the table),? (?:each|every) (?:one|block) (?:on its own|by itself|separately|apart)\b", r"\1, none stacked"),
    (r"\b(?:(?:that|which) (?:do not|don t|does not)|whose colou?rs? (?:do not|don t|does not)) (?:match|have) (?:any (?:of the )?bowls?|a (?:matching )?bowl)(?:(?:'s| s|')? colou?rs?)?\b",
     "without a matching bowl"),  # 'the blocks whose colour doesn't match any of the bowls'
    (r"\b(?:put|place|move) (?:(?:all |every |each )?(?:of )?the blocks (?:that|which) (?:have (?:a )?matching bowls?|match (?:a|one of "
     r"the) bowls?)|(?:every|each|any) block (?:that|which) (?:has a matching bowl|matches (?:a|one of the) bowls?)) (?:in|into) (?:them|it|"
     r"its bowl|their bowls?|the bowls? (?:they|it) match(?:es)?)\b|\bput every matched block (?:in|into) (?:the bowl (?:it|they) match(?:es)?|there)\b",
     "put every block in its matching bowl"),
    (r"\b(?:any|every|each) (?:block|cube)( on the table| in (?:a|the) bowls?| that is not in a bowl)? (?:that|which) has a (?:matching bowl|"
     r"bowl of (?:the same|its(?: own)?) colou?r) (?:should go|goes|must go|has to go|should be put|should be placed) (?:in|into) (?:that "
     r"bowl|it|its bowl|the bowl)\b", lambda m: f"put every block{' that is not in a bowl' if m[1] == ' on the table' else m[1] or ''} in its "
     "matching bowl"),
    (r"\b((?:in|into) (?:a|any|some) bowl),? (?:any|any one|whichever)(?: bowl| one| of them)? (?:but|except|other than|apart from)\b", r"\1 other than"),
    (r"\b(?:(in|into) (?:a|any|some) bowl,? )?(other than|except|but) the (?:one|bowl) (?:(?:that is |that s |which is )?(?:of )?its (?:own )?colou?r|that "
     r"matches (?:it|its colou?r))\b", lambda m: f"{m[1]} a bowl other than the matching bowl" if m[1] else f"{m[2]} the matching bowl"),
    (r"\b(the (\w+) (?:block|cube)) (in|into) (?:a|any|some|one of the) bowls? (?:that (?:does not|doesn t|do not|don t) match it|of (?:a )?(?:different|another|other) "
     r"colou?r|that is not its (?:own )?colou?r|other than its own)\b", r"\1 \3 a bowl, but not the \2 bowl"),
    (r"\bevery (block|one) (?:apart from|except|other than|but|besides) (?:it|that one|this one)\b", "every other block"),
    (r"\b(?:put|move|set|place) (?:every|each|all(?: of)?(?: the)?|both(?: of the)?) (?:blocks?|ones?) (?:of|from|in|that make up) (the (?:only )?"
     r"(?:stack|tower|pile)) (?:down )?on(?:to)? the table\b", r"take \1 apart"),  # 'put every block from the stack on the table'
    (r"\b(?:every|each|all(?: of)?(?: the)?|both(?: of the)?) (?:blocks?|ones?) (?:of|from|in|that make up) (the (?:only )?(?:stack|tower|pile))\b",
     r"\1"),  # 'every block from the stack in the bin': the stack, each of its blocks
    (r"\b(take (?:the )?(?:\w+ )?(?:stack|tower|pile) apart|take apart the (?:stack|tower|pile)|unstack the (?:stack|tower|pile)),? so (?:that )?(?:all "
     r"(?:of )?its blocks|every block|each block|they all|all the blocks|they) (?:are|is|end up|sit|lie)s? (?:all )?(?:flat )?on the table\b", r"\1"),
    (r"\b(stack|pile(?: up)?) ((?:all )?the (?:\w+ )?blocks) on the table into (?:a|one) (?:single )?(?:tower|stack|pile)\b", r"\1 \2 that are on "
     r"the table"),  # 'stack the four blocks on the table into a single tower': the ones on it, not onto it
    (r"(?<!\bnot )(?<!\bnever )\bleave (the (?:ones|blocks|cubes|others)|those|whatever is|everything) (in|inside) (the bowls|bowls|a bowl|the \w+ bowl)(?=\s*(?:"
     r"[.;,!]|$))", r"leave \1 \2 \3 alone"),  # '... Leave the ones in the bowls.': left as they are, not put there
    # a corner said by its side first: 'the left corner at the bottom', 'the top corner on the right'
    (r"\bthe (left|right) corner (?:at|on|towards|by|along|nearest) the (top|bottom)(?: side| edge| end)?\b", r"the \2 \1 corner"),
    (r"^(stack|put|place|set) (the \w+ (?:block|cube)) on (?:top of )?(the \w+ (?:block|cube)) (?:in|at) (the (?:top|bottom) (?:left|right) corner|the middle)\b",
     r"put \3 at \4, then put \2 on \3"),  # 'stack X on Y in the corner': the tower stands there
    (r"\bthe (top|bottom) corner (?:on|at|to|towards) the (left|right)(?: side| edge| end)?\b", r"the \1 \2 corner"),
    (r"\bthe (left|right)(?: hand)? corner (?:(nearest|closest to|near)|furthest from|farthest from|away from) (?:you|the robot)\b",
     lambda m: f"the {'top' if m[2] else 'bottom'} {m[1]} corner"),  # the top is the robot's side of the table
    (r"\b(on|in) the (left|right)(?: hand)? (?:side|half|part) of the table\b", r"on the \2"),  # 'every block on the left side of the table'
    (r"\b(the \w+(?:,? (?:the )?\w+)*,? and (?:the )?\w+ blocks|the \w+ block and the \w+ block) (?:should be |to be |are |all )?stacked(?: up)?"
     r"(?: together)?(?: on top of each other| one on (?:top of )?the other)? (in|at|on) (the (?:top|bottom) (?:left|right) corner|the middle|the "
     r"\w+ bowl)\b", r"stack \1 \2 \3"),  # 'I'd like X and Y stacked up in the top right corner'
    (r"(?<!not )(?<!n t )(?<!never )\btake (the (?:\w+ )?block(?: (?:that is|that s|which is) in the \w+ bowl)?|it) out(?=(?:,? and\b|\s*[,.;?]|$))",
     r"take \1 out of its bowl"),
    (r"(\bout(?: of (?:the |its )?[\w ]+?)?),? and (?:then )?(?:put|place|set|leave|drop|pop) (?:it|them) (?:down )?(?:anywhere|somewhere) (?:but|except|"
     r"other than|apart from|besides) (?:in |into )?the bin\b", r"\1, but not into the bin"),  # '... out and put it anywhere but the bin'
    (r"\b(the \w+ block) and (the \w+ block) (?:go|should go|belong|are to go|need to go|end up) (in|at|to|into) (the [\w ]+?),? (?:with )?one "
     r"(?:stacked |sitting |placed )?on (?:top of )?the other\b", r"stack \1 and \2 \3 \4"),  # '..., one stacked on the other'
    (r"\b(?:i|we) (?:want|would like|need) (the \w+ (?:block|cube)s?) (?:left alone|left where (?:it is|they are)|untouched|left as (?:it is|they "
     r"are))\b", r"leave \1 alone"),  # '..., but I want the green block left alone'
    (r"\b(exactly \w+ blocks (?:in|into) the \w+ bowl),? and (the \w+ block) (?:must not|mustn t|should not|shouldn t|can not|cannot|may not) "
     r"be (?:one|any) of them\b", r"\1 except \2"),  # '... and the white block mustn't be one of them'
    (r"\b((?:in|into) (?:a|any|some) bowl),? (?:any|any one|whichever)(?: bowl| one| of them)? (?:but|except|other than|apart from)\b", r"\1 other than"),
    (r"\b(?:(in|into) (?:a|any|some) bowl,? )?(other than|except|but) the (?:one|bowl) (?:(?:that is |that s |which is )?(?:of )?its (?:own )?colou?r|that "
     r"matches (?:it|its colou?r))\b", lambda m: f"{m[1]} a bowl other than the matching bowl" if m[1] else f"{m[2]} the matching bowl"),
    (r"\b(the (\w+) (?:block|cube)) (in|into) (?:a|any|some|one of the) bowls? (?:that|which) (?:does not|doesn t|do not) match (?:it|its colou?r|"
     r"the block)\b", r"\1 \3 a bowl, but not the \2 bowl"),  # 'in any bowl that doesn't match its colour'
    (r"\b(the (?:\w+ ){1,5}?(?:block|cube|one)|it) (?:is not|isn t|(?:should|must) not be|(?:should |must )?no longer be|is no longer) (?:sitting |stacked |resting )?(?:on top of|on) any (?:other )?block\b",
     r"\1 should not be on another block"),
    (r"\btake the blocks out of the bowls,? all (?=except|but|apart from|other than)", "take the blocks out of the bowls "),
    (r"\b(the (\w+) (?:block|cube)) (in|into) (?:one of the bowls,? (?:just |but )?not the one (?:that is|that s|which is) the same colou?r as it|a "
     r"bowl other than (?:the matching bowl|the bowl (?:that is |that s |which is |of )?(?:the same colou?r as it|its (?:own )?colou?r)))\b",
     r"\1 \3 a bowl, but not the \2 bowl"),
    (r"\bput (?:the|all the) (?:\w+ )?blocks (?:that|which) have a (?:matching bowl|bowl of (?:their|its) own colou?r) (?:in|into) (?:those|their|"
     r"the(?: matching)?) bowls\b", "put every block in its matching bowl"),
    (r"(?:(?<=\w )|(?<=, ))(except|but(?: not)?|apart from|other than) (the \w+ (?:block|cube)),? (?:and )?(?:that one|it|which) (?:stays|remains|can stay|should stay|is "
     r"staying)(?: where it is| put| as it is| out of the bin| in (?:the|its|that) bowl| there)?\b(?=\s*(?:[.;,!]|$))", lambda m: f"{m[1]} {m[2]}" + ("" if m[0].endswith(" bin") else f", and leave {m[2]} where it is")),  # 'bin everything except X, that one stays ...'
    # asides and everyday turns of phrase: 'according to my daughter', 'quick as you can', 'before end of shift', 'loaded into',
    # 'chillin in', 'lives in', 'so it's out of the way', 'including the ones in the bowls'
    (r",? (?:according to|as per|per) (?:my|our|the) \w+\b|,? (?:as )?(?:quick|fast)(?:ly)? as (?:you|u) (?:can|like|please|want)\b|\bbefore (?:the )?end of (?:the |my )?(?:shift|day|class|"
     r"work|lesson)\b|,? so (?:that )?(?:it is|it s|they are|they re) (?:out of the way|not in the way|out of my way)\b|,? including (?:the ones|"
     r"those|the blocks|any) (?:in|inside|on) (?:the |a |any )?(?:bowls?|table)\b", ""),
    (r"\bloaded (?=into |in |onto )", "put "), (r"\b(?:chillin g?|chilling|hanging out|hangin g?(?: out)?|vibing) (?=in |on )", "sitting "),
    (r"\b(the \w+ block) lives (?=in |on |at )", r"\1 belongs "),
    (r"\bleave (the \w+ block) (?:stacked|sitting|standing|resting|lying) (?:on|in) (?:top of )?the \w+ (?:block|bowl)(?: (?:just )?(?:as it is|where it is))?\b",
     r"leave \1 alone"),
    (r"\bthe ((?:top|bottom) (?:left|right) corner|middle) has (the \w+ block) (?:\w+ )?(?:in|on|at) it\b", r"\2 at the \1"),
    (r"\b(the \w+ bowl) with only (the \w+ block) in it\b", r"only \2 in \1"),
    (r",? with (the \w+ block) (?:standing|sitting|lying|resting) (?:right |flat |directly )?on the table\b", r", and \1 on the table"),
    (r"\b(the \w+ block) (?:is still|stays|ends up|is|remains) (?:right |exactly |just )?where it (?:started|began|was|is now)\b",
     r"leave \1 where it is"),
    (r"^(?:ugh,? )?(?:that|the) (\w+ block) is (?:just )?(?:junk|rubbish|useless|ugly|broken|annoying),? (?:so )?(?:it|that one)\b", r"the \1"),
    (r"\b(?:i would|i d) appreciate it if (everything else|the others|the rest) (?:stayed|stays|stay|remained) (?:exactly |just )?(?:where (?:it "
     r"is|they are)|put|as (?:it is|they are))\b", r"leave \1 alone"),
    (r"\b(the \w+ bowl) emptied,? (?:with|and) (?:its contents|everything (?:that is |that was )?in it|what is in it|the blocks (?:that are )?in it|"
     r"its blocks) (?:moved|put|going|transferred|placed) (?:to|into|in|onto) (the \w+ bowl|the bin|the table)\b", r"empty \1 into \2"),
    (r"\bthe bowl whose colou?r (?:matches|is the same as) (?:that of )?the (\w+) (?:block|cube)\b", r"the \1 bowl"),
    (r"\b(?:i|we) (?:do not|don t) want (?:any|a single) (?:block|cube)s? (?:sitting |resting |stacked |standing )?(?:on top of|on) another (?:block|"
     r"one)\b", "no block on another block"),
    (r"\blet us not (?:have|leave|see) (?:any|a single) ", "no "), (r"\blet us not (?=put|place|stack|move|use|touch)", "do not "),
    (r"\b(the bin|the \w+ bowl|the table|the (?:top|bottom) (?:left|right) corner|the middle) (?:is|seems|looks|would be|will be|"
     r"seems like|looks like|sounds like)(?: the| a)? (?:right|best|proper|perfect|ideal|natural|obvious|only|good|better) (?:place|home|"
     r"spot|location|destination|resting place) for ([^,.;]+?)(?=\s*(?:[,.;]|$))", lambda m: f"{m[2]} belongs "
     f"{'on' if m[1] == 'the table' else 'at' if m[1].endswith(('corner', 'middle')) else 'in'} {m[1]}"),  # 'the bin seems like the right home for X': X belongs there
    # a bowl said to hold its own block: 'every bowl holding the block that's the same colour as it'
    (r"^(?:i want )?(?:every|each|all the) bowls? (?:holding|has|have|holds|hold|with|containing) (just |only )?(?:its (?:own )?matching (?:block|one)|"
     r"the (?:block|one)s? (?:of (?:its|their) own colou?r|that match(?:es)? (?:it|them)))(?: in it| inside it)?(,? (?:and )?(?:nothing|none) (?:else|more))?$",
     lambda m: "put each block in the bowl of its own colour" + (" and take every other block out of the bowls" if m[1] or m[2] else "")),
    (r"^(?:i want )?(?:every|each|all the) bowls? (?:holding|has|have|holds|hold|with|containing) the (?:block|one)s? (?:that is |"
     r"that s |that are )?(?:the same colou?r as (?:it|them)|of (?:its|their|the same) (?:own )?colou?r|that matches it)\b",
     "put each block in the bowl of its own colour"),
    (r"^(?:i want )?(the \w+ bowl) (?:has|holds|contains|should have|should hold|gets|needs|wants|holding) (?:the (?:block|one) (?:of its "
     r"(?:own )?colou?r|of the same colou?r|that matches it|that is the same colou?r as it)|its (?:own |matching |own matching )(?:block|one)"
     r")(?: inside it| in it| inside)?",
     r"put the block that is the same colour as \1 in \1"),
    # a voice request's missing words: 'put two blocks in the bin the red block and the white block', '... any two', 'X top left corner
    # that's where it goes', 'keep X where it is Y in W', 'bin X then Y to the corner'
    (r"\b(put|move|place|drop|throw|toss|stick|bin) (?:two|three|four|both|the two|2|3|4) (?:blocks|cubes|of them) ((?:in|into|on|onto|to|at) the [\w ]+?)\s*"
     r"(?:[,:;-]\s*)?(?:namely |which are |that is |i mean )?(the \w+ (?:block|cube)(?:,? (?:and )?the \w+ (?:block|cube))+)$", r"\1 \3 \2"),
    (r"(?<=\w) (?:[,;:-] ?)?(?:any|whichever) (?:one|two|three|four|five)(?: of them| will do| is fine| you like)?$", ""),
    (r"^(?:the )?(\w+ (?:block|cube)),? (?:to |in |at |into )?(?:the )?((?:top|bottom) (?:left|right) corner|middle|bin|\w+ bowl),? that is where (?:it|that "
     r"one) (?:goes|belongs|should go|lives)$", r"move the \1 to the \2"),
    (r"\b(where (?:it|they) (?:is|are)) (?=(?:the )?\w+ (?:block|cube) (?:in|into|on|onto|to|at)\b)", r"\1, put "),
    (r"^((?:bin|put|move|place|drop|throw|toss|take|get|set|stick) [^.;]*?) (then|after that|and then|next) (?=(?:the )?\w+ (?:block|cube) (?:to|into|in|"
     r"onto|on|at|on top of) )", r"\1 \2 put "),
    (r"\b(alone|where (?:it|they) (?:is|are)|put|there),? (?:those two|these two|both of them|the two of them|they) (?:both )?(?:stay|remain) (?:put|where they are|"
     r"there|as they are)\b", r"\1"),  # '... alone those two stay put and ...': said again
    (r"\b(do not (?:move|touch) the \w+ (?:block|cube)),? (?:and )?(?:keep|leave) (?:it|that one) (?:there|where it is|alone|put)\b", r"\1"),
    (r"\b(the \w+ (?:block|cube)) (?:stays|remains) (?:right |just )?where it is,? and so (?:does|do) (the \w+ (?:block|cube))\b", r"\1 and \2 stay where they are"),
    (r"^i (?:need|want|have|got) (?:two|three|four|a few|some|a couple of|a couple) (?:things|jobs|tasks) (?:done|to do|for you)\W*", ""),
    (r"^(put|move|place|drop) (the \w+ (?:block|cube)) (?:in|into|on|onto|to|at) the [\w ]+? no,? (?:do not|never) \1 it (?:in|into|on|onto|to|at) the [\w ]+? "
     r"(?:\1|put|move|place) it\b", r"\1 \2"),  # 'put X in the bin no don't put it in the bin put it in W'
    (r"\b(on|onto|on top of) (the \w+ (?:block|cube)),? (?:which|that) (?:will be |is |should be |would be |will |must be )?(?:itself |in turn )?(?:standing |"
     r"sitting |resting |placed |stacked |stand |sit |rest )?(on|on top of|in|inside|at) ", r"\1 \2, and \2 \3 "),  # 'X on Y, which will be standing on Z'
    (r"^((?:do not|never) (?:move|touch) the \w+ (?:block|cube)) but (?=the \w+ (?:block|cube) (?:goes|should go|belongs|needs to go|has to go)\b)", r"\1. "),
    (r"(^|[.;:] |\b(?:take|get|lift|knock) (?=whatever[^.;,]*\boff\b))whatever(?: is|'s| s| sits| rests| lies)? (?:sitting |resting |lying |stacked |piled )?(?:(underneath|under|beneath|below)|(on top of|on|in|inside)) "
     r"(the \w+ (?:block|cube|bowl))(?: now| right now| at the moment)?(?!\s*,\s*\w+(?: up| down| away)? (?:it|them|that)\b)", lambda m: f"{m[1]}{'the block under' if m[2] else 'everything ' + m[3]} {m[4]}"),
    (r"(^|[.;:] )(everything (?:on top of|on|in|inside) the \w+ (?:block|cube|bowl)),\s*(?=(?:on|in|into|onto|at|to) the )", r"\1\2 "),  # '..., on the table'
    # a move said in other voices: 'X gets placed in the bin', 'X should have gone into the bin', 'W is given the block that matches it',
    # 'X is not covered by Y any more', 'X not in any bowl' (a layout's line)
    (r"^((?:the |three |two |one |four |all |every |each )(?:of the )?[\w ]*?(?:blocks?|ones?|cubes?)\b[\w ]*?)(?<! should)(?<! must)(?<! will)(?<! would)(?<! can)(?<! to) (?:gets|get|is "
     r"getting|are getting)(?: (?:placed|put|moved|dropped|thrown|tossed|stuck|set|balanced|perched|stacked|positioned))? (?=(?:in|into|on|onto|on top of|upon|atop|inside|"
     r"at|to) )", lambda m: "put " + (f"{q[2]} {q[1]} " if (q := rx(r"(.+?) (all|both)").fullmatch(m[1])) else f"{m[1]} ")),  # 'X gets placed in the bin',
    # 'X gets balanced upon Y', 'the blocks on the table all get dropped in the bin': all of them
    (r"\b(should|must|ought to|will|would) have (?:gone|been put|been placed|been moved|ended up|got) (in|into|on|onto|at|to)\b",
     lambda m: f"{m[1]} be {'in' if m[2] in ('in', 'into') else 'on' if m[2] in ('on', 'onto') else 'at'}"),
    (r"^(the \w+ bowl) (?:is|gets|will be|should be) given (the [\w ]+?)$", lambda m: "put " + rx(r"\bit\b").sub(m[1], m[2]) + f" in {m[1]}"),
    (r"^(the \w+ (?:block|cube)) is (?:not|no longer) (?:covered|topped) by (the \w+ (?:block|cube))(?: any ?more)?$", r"\2 is not on \1"),
    (r"(^|[.;:] )(the \w+ (?:block|cube)) (not (?:in|on|on top of|at|inside) )", r"\1\2 is \3"),
    (r"\b(not (?:be |sit |sitting |rest |resting |stand |standing )?|^neither .+? nor .+? (?:should |must |can |may |is |are |will )?(?:be |sit |rest |stand )?)on "
     r"top of ((?:another|any|any other|a|some|some other) block)\b", r"\1on \2"),  # 'neither X nor Y should be on top of another block'
    # everyday shortcuts: 'W has to be emptied', 'need W cleared out, all of it into the bin', 'X ought to be in P, and Y likewise', 'all
    # the blocks go to P, but don't put X there', 'clear the table. every block on it goes in the bin'
    (r"^(?:i )?(?:need |want )?(the \w+ bowl|every bowl|all the bowls|both bowls),? (?:has to|have to|needs? to|must|should|is to|are to|ought to) be (?:emptied|cleared)"
     r"(?: out)?\b", r"empty \1"),
    (r"^(?:i )?(?:need|want) (the \w+ bowl) (?:emptied|cleared)(?: out)?(?:,? (?:all of it|everything|the lot|all of them|every block)(?: in it| inside(?: it)?)? (?:in|into|onto|on|to) (the bin|"
     r"the \w+ bowl|the table))?", lambda m: f"put everything in {m[1]} {'on' if m[2] == 'the table' else 'in'} {m[2]}" if m[2] else f"empty {m[1]}"),
    (r"^(the \w+ (?:block|cube)) ((?:should|ought to|must|has to|needs to|is to|goes|belongs|will)\b[^,;.]*?),? and (the \w+ (?:block|cube)) (?:likewise|too|as well|"
     r"also)$", r"\1 and \3 \2"),
    (r"^(all the blocks|every block|everything) (?:go|goes|should go|have to go|must go) (to|in|into|on|onto) (the [\w ]+?),? but (?:do not|never) (?:put|move|send|"
     r"take) (the \w+ (?:block|cube)) (?:there|in there|in it|on it)\W*$", r"put \1 except \4 \2 \3"),
    (r"(\bclear (?:off )?the table\b[^.;]*[.;]\s*[^.;]*?\b(?:on|off|from)) it\b", r"\1 the table"),
    (r"\bclear off the table\b", "clear the table"),
    (r"\b(?:get|have) (the blocks|all the blocks|all blocks|everything) sorted\b", r"sort \1"),  # 'get the blocks sorted into the bowls'
    (r",?\s*\b(?:colou?r to colou?r|colou?r for colou?r)(?=\s*(?:[,.;]|$))", " by colour"),
    (r"(,?)\s*\bmind you\b,?", r"\1"),
    (r"^(all the blocks|everything|every block|all of them) (in|on) (the [\w ]+?),? out(?: (?:onto|on) the table)?\W*$", r"take \1 out of \3"),  # 'all the blocks in the bowls, out'
    (r"\b(?:get|take|move|have) (all the blocks|every block|everything) off the table and (?:into|in|onto|to) (the [\w ]+)", r"put \1 that are on the table in \2"),
    (r"\boutside (?:of )?(?:the bowls|any bowls?|a bowl)\b", "not in a bowl"),
    (r"^(?:whatever|everything|anything|(every (?:un)?matched block))(?: that)?(?: is|'s| s)? (?:sitting |resting )?(in|inside|on|on top of|(?:to the )?(?:left|"
     r"right) of|next to|near) (the \w+ (?:bowl|block)|the bin)( (?:that|which) [^,;.:]+)?\s*[,:]\s*(\w+(?: up| down)?) (?:it|them|all of it|the lot|all of them)\b"
     r"( out of its bowl)?", lambda m: f"{m[5]} {m[1] or 'everything'} {m[2]} {m[3]}{m[4] or ''}{' out' if m[6] else ''}"),  # 'anything in the bin, take it out and ...'  # 'whatever's in W, stick it on X'
    (r"\b((?:on|onto|in|into|to|at) the (?:table|bin|\w+ bowl|(?:top|bottom) (?:left|right) corner|middle)),?\s*(?:and |but )?not (?:in|into|on|onto|to) (?:another|"
     r"any other|a|any|some other|the other) bowl\b", r"\1"),  # '... on the table, not in another bowl': said by the destination
    # a teen's and a tourist's words: 'ugh, X is literally trash', 'whatever', 'X is for the top right corner', '..., yes, the green bowl'
    (r"^(?:ugh+|ugh+ fine|meh|sigh|omg|god)\b[,.!]*\s*|[,.;]?\s*\b(?:whatever|ugh+)\W*$|\bliterally (?=\w)", ""),
    (r"^(the \w+ (?:block|cube)) is (?:just |basically |total |complete )?(?:trash|rubbish|garbage|junk|bin)(?=\s*(?:[.;,]|$))", r"put \1 in the bin"),
    (r"\b(\w+) (?:all of them|them all)[.;,]?\s*(?:every (?:single |last )?(?:block|one)|all the blocks)\b", r"\1 every block"),  # 'bin all of them. every block.'
    (r"^(?:the )?(\w+ (?:block|cube)) (?:is|are) for (?:the )?((?:top|bottom) (?:left|right) corner|middle|bin|\w+ bowl)\b", r"move the \1 to the \2"),
    (r"\b(?:in|into|on|onto|to) (the \w+ (?:bowl|block)|the bin|the (?:top|bottom) (?:left|right) corner),? yes,? \1\W*$", lambda m: m[0].split(",")[0].split(" yes")[0]),
    # a pause inside a sentence: 'the block that's, hang on, on top of X', 'X in the bin, then, sorry, phone, then Y ...'
    (r"\bthen,?\s*(?:sorry,? )?(?:phone|the phone|hang on|hold on|one sec(?:ond)?)\s*,?\s*then\b", "then"),
    (r",\s*(?:hang on|hold on|one sec(?:ond)?|one moment|just a (?:sec|second|moment)|sorry,? (?:phone|the phone|doorbell|the baby))\s*,\s*(?=(?:on|in|into|onto|at|"
     r"to|the)\b)", " "),
    (r"^(one|two|three|four|five) blocks? (?:inside|in it|in there) (in|on) (the \w+ (?:bowl|block))$", r"exactly \1 blocks \2 \3"),  # 'W: two blocks inside.'
    (r"\b(that|which) is,\s+(?=(?:on|in|inside|on top of|under)\b)", r"\1 is "),  # 'the block that's, hang on, on top of X
    # constraints said in passing: 'the rest left exactly as they are', 'nothing gets binned', 'keep away from the bin
    # and W', 'don't stack any blocks while you're at it', 'those are the only two blocks you touch', 'but do the X one last'
    (r",?\s*\b(?:and )?(the rest|the others|everything else|all the others|the other blocks) (?:left|kept|staying|stay|stays|remain|remains|remaining) (?:exactly |"
     r"just )?(?:as (?:they are|it is)|where (?:they are|it is)|alone|untouched|unchanged)\b", r" and leave \1 alone"),
    (r",?\s*\bnothing (?:gets|is|should be|may be|will be) (?:binned|thrown away|put in the bin)\b", ", and no block in the bin"),
    (r",?\s*\b(?:and )?(?:while you are at it,? )?(?<!\byou )(?:keep|stay) (?:away|clear) (?:from|of) ((?:the bin|the \w+ (?:bowl|block))(?:,? and (?:the bin|the \w+ (?:bowl|block)))*)",
     lambda m: "".join(", and no block in the bin" if x == "the bin" else f", and leave {x} alone" for x in rx(r",? and ").split(m[1]))),
    (r",?\s*\b(?:and )?(?:please )?(?:do not|never) stack (?:any blocks|anything|any of them|a single block)(?: while you are at it)?\b(?! (?:on|onto|on top of|in)\b)",
     ", and no block on another block"),
    (r"(?:[.;]\s*|,\s*)(?:those|these|they|that) (?:are|is) the only (?:two |three |one )?(?:blocks?|ones?|things?) (?:you (?:touch|move|should touch|may touch|can "
     r"touch|get to touch)|to (?:touch|move))\W*$", ", and leave everything else alone"),
    (r"^(put|move|bin|place|drop|throw) (the (\w+) block) and (the (\w+) block)((?: (?:in|into|on|onto|to|at) [\w ]+?)?),? but (?:do|move|put|handle|leave) the (\w+) "
     r"(?:one|block) (?:last|till last|until last|for last)$", lambda m: f"{m[1]} {m[4] if m[7] == m[3] else m[2]}{m[6]}, then {m[1]} "
     f"{m[2] if m[7] == m[3] else m[4]}{m[6]}"),
    # FRESH95's shapes: 'X to P, Y on top', 'clear the table, depositing the blocks in the bin', 'set X on Y; then
    # transfer the two of them, as a tower, to P', 'have all the blocks off the table and in the bin'
    (r"^((?:put |move |place |set )?(?:the )?(\w+) (?:block|cube) (?:to|in|into|at|on|onto) (?:the )?(?:table|bin|middle|(?:top|bottom) (?:left|right) corner|\w+ bowl|"
     r"\w+ block)),\s*(?:and |then )?(?:(?:pop|put|place|stick|set|plonk) )?(?:the )?(?!whichever |any |another |some |one |a )(\w+) (?:block|cube) on top(?: of it)?"
     r"(?=\W*$)", r"\1, then put the \3 block on the \2 block"),
    (r"\b(clear|tidy|empty) (the table|the \w+ bowl),? (?:depositing|putting|dropping|throwing|tossing|placing|moving) (?:the blocks|them|everything|it all|all of them) "
     r"(?:in|into) (the bin|the \w+ bowl)", r"\1 \2 into \3"),
    (r"^(?:first,? )?(?:set|put|place|stack) (the \w+ block) on (the \w+ block)[;,.]?\s*(?:and )?(?:then|after that|next|thereafter|afterwards),? (?:transfer|move|carry|take|shift|relocate) (?:the two "
     r"of them|both of them|them|the pair|(?:the|that|this|the new) (?:(?:little|small|tiny|mini|new|whole) )*(?:tower|stack)|both|the two)(?:,? (?:as a tower|together|as they are|stacked|as a stack|in one piece),?)? (?:to|into|onto|in|at) "
     r"(the [\w ]+?)$", r"move \2 to \3, then put \1 on \2"),
    (r"^(\w+) (the blocks (?:that|which) .+?) (in|into|on|onto) (the (?:bin|\w+ bowl|table))\s*,\s*(?:and )?(the \w+ (?:block|cube))$",
     r"\1 \2 \3 \4, and \1 \5 \3 \4"),  # 'throw the blocks that are in X's tower in the bin, the blue block too': it as well
    (r"\b(lift|raise) (it|that one|them|the \w+ (?:block|cube)) off(?=,? (?:and )?then\b)", r"\1 \2"),  # 'lift it off, then ...'
    (r",\s*not counting (?:any|the ones?|those|blocks?)(?: that are| which are)? already (?:in|inside) (?:it|there|that bowl|the \w+ bowl)\s*(?=,)", ""),  # 'the block closest to
    # W, not counting any already in it, ...': never one in W, as read
    (r"^(?:find|locate|spot|look for|pick out|identify) (the [^,]+?),\s*(?:and )?(?:then )?(?:(?:lift|grab|pick up|take|pick|raise) it(?: up)?\s*,?\s*(?:and )?"
     r"(?:then )?)?(.*\bit\b.*)$", lambda m: rx(r"\bit\b").sub(m[1], m[2], count=1)),  # 'find the leftmost block, lift it, then set it in W'
    (r"^(?:i|we) (?:would|d) (?:rather|prefer to) (?:have|use|keep|see) [^:;,.]+?[:;,]\s*(?=first\b)", ""),  # "I'd rather have X than Y: first ..."
    (r"\b((?:its|their) (?:own )?colou?r)\s*[.!;]+\s*(?:now |so |go on,? )?(?:put|move|take|get|send) (?:them|it|those)(?: all)? (?:there|home)\W*$", r"\1"),
    (r"^(?:because|since|as|seeing as) [^,]*?\b(the table|the \w+ bowl|the bin)\b[^,]*,\s*(.*?\b(?:on|in|off|from|out of|onto|into)) it\b", r"\2 \1"),
    (r"\b(on|onto) the table,? (?:right |just )?(?:next to|beside|near|by|close to|alongside) (?:the \w+ (?:block|one|bowl|cube)|it|them)\b", r"\1 the table"),
    # FRESH107's everyday verbs: 'whichever block's closest to P, chuck it in the bin', 'X can just sit on the table', 'your X needs to get moved',
    # "table's fine", "I'd be ever so pleased to see X tucked away in W", 'parked in P', 'get rid of it, in the bin', 'X lived in P from now on'
    (r"\b(furthest|farthest|most|the furthest|the farthest) (left|right)\b(?! (?:of|from|hand|corner|side)\b)", r"\1 to the \2"),
    (r"^(?:whatever|whichever) (block|one)(?: is| s|'s) ([^,]+?),\s*(\w+(?: \w+)?) it\b(?! (?:in|into|on|onto) (?:there|it)\b)", r"\3 the block that is \2"),
    (r"^(the \w+ (?:block|cube)) (?:does not|doesn t|do not|don t) (?:need|have) to be (?:on|in|on top of) the \w+ \w+,? (?:it|that one) (?:can|could|may|should) "
     r"(?:just |simply )?(?:sit|go|stay|be|live|rest) (?=on the table|in the \w+ bowl|in the bin|at the )", r"put \1 "),
    (r"^your (?=\w+ (?:block|cube|bowl)\b)", "the "), (r"\b(needs|need|has|have) to get (?=moved|put|placed|binned|stacked|taken)", r"\1 to be "),
    (r"\b(off (?:the \w+ (?:block|cube)|it))(?: lol| haha)?,? (?:the )?table(?: is| s|'s) (?:fine|ok|okay|good|alright)\b", r"\1 onto the table"),
    (r"^(?:i (?:would|d) be|i am|i m|it would be|it d be) (?:ever so |very |so |really |most )?(?:pleased|happy|glad|delighted|thrilled|lovely|nice) to see (the \w+ \w+) "
     r"(?:tucked away|tucked|put|placed|sitting|parked|stashed|popped|resting) (?=(?:in|on|at|inside) )", r"put \1 "),
    (r"\b(?:parked|stashed|tucked(?: away)?|popped|plonked|chucked|dumped|shoved|stuck)(?= (?:in|into|on|onto|at|inside)\b)", "placed"),
    (r"\bget rid of (it|them|that one|the \w+ (?:block|cube)),? (?:in|into) the bin\b", r"put \1 in the bin"),
    (r"\b(?:lived|lives|would live|stayed|resided|lived permanently) (in|on|at)\b", r"were \1"), (r",?\s*\bfrom now on\b", ""),
    (r",?\s*\b(onto|on to) the table with (?:them|it|those)\b", r" \1 the table"),
    (r"(?:^|(?<=\bfirst )|(?<=\bfirstly )|(?<=, )|(?<=\bthen ))(clear|empty)(?: out)? (?:everything|all the blocks|the blocks|what is) in (the \w+ bowl) (?:into|in) the bin\b", r"put everything in \2 in the bin"),
    (rf"^(?:(?:alright|all right|ok|okay|right|well|hey|hi|hello|so|now|come on)\s*,?\s*)*{VOCATIVE}\b\s*[,!.]\s*|,\s*(?:oh,? )?my (?:dear|darling|love|sweet)s?(?=\s*(?:[,.;!]|$))|,\s*(?:darling|sweetie|sweetheart|honey|soldier|private|cadet|recruit|troops|maggot)s?(?=\s*(?:[,.;!]|$))", ""),  # 'Hon, is X ...?', 'Alright folks, ...', '..., my darlings, ...'
    *HALVES,
    (r"(?:^|[.;,!?]\s*)(?:i hope |hopefully |and )?(?:that|this|it) (?:is|s) (?:all )?(?:clear|clear enough|understood|understandable)(?=\s*[.;!?]|\s*$)", ""),  # "I hope that's clear"
    (r"\b(all (?:of )?the blocks|every block|everything) but (the \w+ (?:block|one)) (?=put|placed|moved|thrown|binned|dropped|taken)", r"\1 except \2 "),
    # FRESH112's end pictures: "there's a tower of X, Y and Z, X at the bottom and Z on top"
    (r"\bthere (?:is|s|will be|should be) a (?:tower|stack) of (the (\w+) block),? (the (\w+) block),? and (the (\w+) block),? (?:with )?(?:the )?(\w+)(?: block| one)? (?:at the "
     r"bottom|on the bottom|lowest|as the base) and (?:the )?(\w+)(?: block| one)? (?:on top|at the top|highest)\b",
     lambda m: (lambda c, lo, hi: f"stack the {lo} block, the {next(x for x in c if x not in (lo, hi))} block and the {hi} block in that order")(
         (m[2], m[4], m[6]), m[7], m[8]) if {m[7], m[8]} <= {m[2], m[4], m[6]} and m[7] != m[8] else m[0]),
    # FRESH108's exclusions: 'and not on the table either', 'any block that isn't C or D', 'two blocks in W; anything but X', "but don't add anything else to W"
    (r",? and not (on|onto|in|into) (the table|the bin|the \w+ bowl) (?:either|too|as well)\b", r" but not \1 \2"),
    (r"^(?:(?:i|we) (?:would like|want|need|would love|d like) )?(the \w+ (?:block|cube)) (out of|off) (?=the \w+ \w+ but not\b)", r"take \1 \2 "),  # 'X out of W but not ...'
    (r"^(?:i ll|i will|we ll|we will) have (?=(?:all|every|the|both)\b)", "i would like "),
    # FRESH110's quantities: 'I want every bowl to hold just one block', 'just one block should remain on the table', 'sort two blocks into their
    # matching bowls', 'I wanna see X and one other block in the bin'
    (r"^(?:i|we) (?:want|would like|need|d like) (?:every|each|all the) bowls? to (?:hold|have|contain|get) (?:just |only |exactly )?(one|two|three) (?:blocks?|ones?)(?: each| in it| apiece)?$",
     lambda m: f"put exactly {m[1]} {'block' if m[1] == 'one' else 'blocks'} in every bowl"),
    (r"(?:\b(?:just|only) |^)(one|two|three) (blocks?) (?:should |must |will |is to |are to )?(?:remain|stay|be left)(?: behind)? (on|in) (the table|the \w+ bowl)\b",
     r"only \1 \2 should be \3 \4"),
    (r"^sort (one|two|three|four) (?:blocks?|of the blocks) into (?:their|the) (?:matching|own|right) bowls?\b", r"put \1 blocks in their matching bowls"),
    (r"^(?:i|we) (?:wanna|want to|would like to|d like to|would love to|d love to) see (?=an? (?:\w+ )?(?:tower|stack|pile)\b)", ""),  # "I'd love to see a little tower, ...: X at the bottom, ..."
    (r"^(?:i|we) (?:wanna|want to|would like to|d like to|would love to|d love to|would adore to|d adore to) see (?![^.;]* (?:stacked|piled)(?: up)? in (?:that|this|the same) order\b)(?=.+? (?:in|on|at|inside) the )", "put "), (r",?\s*(?:-\s*)?but keep (the \w+ (?:block|cube)) out\b", r" except \1"),
    (r"^(the (?:blocks?|ones?) [^,]+),\s*(?:straight |right )?(?:to|into|in) (the bin|the \w+ bowl) with (?:them|it)\W*$", r"put \1 in \2"),
    (r"^(.+?\b(?:one|two|three|four|five) (?:blocks?|cubes?))((?: (?:in|into|on|onto) [^;,.]+?)?)\s*[;,.]\s*(?:but )?(the \w+ (?:block|cube)) (?:can t|cannot|can not|must not|"
     r"mustn t|should not|shouldn t|is not allowed to|isn t allowed to) be (?:one|any) of them\W*$", r"\1 other than \3\2"),  # '... three blocks in the bin; X can't be one of them'
    (rf"\b(?:any|every|each|all the|all|the) (?:blocks?|ones?|cubes?) (?:that|which) (?:is not|isn t|are not|aren t) ({_C})(?:,? (?:or|nor|and) ({_C}))?(?=,| (?:goes|go|should|must|needs?|has|have|in|into|on|onto|to)\b)",
     lambda m: f"every block except the {m[1]} block" + (f" and the {m[2]} block" if m[2] else "")),
    (r"^(?:put )?(one|two|three|four|five) blocks? (in|into) (the \w+ bowl)(?:,? please)?\s*(?:[;,.:]\s*)+(?:any|anything|any block|any of them|any ones?|whichever)(?: will do)?,? "
     r"(?:but|except|other than|apart from|save|bar) (the \w+ (?:block|one))\W*$", r"put \1 blocks other than \4 in \3"),
    (r",?\s*(?:but )?(?:do not|don t|dont|never) (?:add|put|place) (?:anything else|any other blocks?|any more blocks?|other blocks|(?:anything|any blocks?) else) (?:to|in|into) "
     r"(?:that bowl|it|there|the \w+ bowl)\b|,?\s*(?:but )?(?:do not|don t|dont|never) (?:add|put|place) (?:anything|any blocks?) (?:to|in|into) (?:that bowl|it|there)\b", ""),
    # a reason after the request: '..., I need to get at X'
    (r"[,;.]\s*(?:because |since |as |so )?i (?:need|want|have|would like|d like) to (?:get at|reach|use|get to|access|see|clean|check|look at|get a look at|work on|"
     r"take a look at|get a better look at) [^,.;]*$", ""),
    # FRESH97's asides: '..., now that I think of it', 'X is in W by mistake', '..., I need the bowl', "..., it's where I want it", 'it makes it easier
    # for me to find them', "I'd like to stack something on it next", 'I want to use X next', 'leave Y where it is, just the X'
    (r",?\s*\b(?:(?:now )?that i think (?:of|about) it|come to think of it|now i think (?:of|about) it)\b|\s+\b(?:by mistake|by accident|for some reason)\b", ""),
    (r"[,.;]\s*(?:because |since |as )?i need (?:the|that|this) (?:bowl|space|room|bin|table|block)\b[^.;]*$|[,.;]\s*(?:it s|it is|that s|that is) (?:exactly )?where i "
     r"(?:want|like|need) it\W*$|[,.;]\s*(?:it|that) (?:makes|will make) (?:it|things|them|life) easier\b[^.;]*$|(?:^|[.;]\s*)i (?:would|d) like to (?:stack|put|place) "
     r"(?:something|anything|a block|another block) (?:on|in) (?:it|there)(?: next| later| after)?\W*$|(?:^|[,.;]\s*)i (?:want|need|would like|d like|am going|m going) to "
     r"use (?:the \w+ (?:block|bowl)|it|that one) (?:next|later|after that|afterwards|for something(?: else)?)\W*$", ""),
    (r"\b(leave (the \w+ (?:block|cube)) (?:where it is|alone|be)),\s*(?:(?:just|only) )?the \w+ (?:block|one)\W*$", r"\1"),
    (r"^i (?:can not|cannot|can t) (?:reach|get to|get at|lift|grab) (?:the \w+ (?:block|bowl))(?:,? (?:because |since |as )?(?:the \w+ block|something|it) is (?:on|on top "
     r"of|in front of|blocking) (?:it|that one|the way))?[.;,]\s*(?=\w)", ""),  # "I can't reach X, Y is on it. Put Y ..."
    (r"^there are (?:some )?blocks (?:piled|stacked|sitting|lying) on (?:top of )?other blocks,? and there (?:should not|shouldn t|must not) be\b[.;,]?\s*(?:(?:so |please )?"
     r"(?:put|move|set) (?:each of them|them(?: all)?|all of them) (?:on|onto) the table\W*)?$", "put every block that is on another block on the table"),
)
