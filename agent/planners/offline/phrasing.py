"""Surface normalisation: one instruction -> the plain lower-case text the grammar reads.

Contractions and chat spellings expanded, synonyms unified (`sim.core.lexicon.unify`), number words,
politeness and filler dropped, phrases said several ways rewritten to the one way the grammar reads.
`clean_text` is the one entry; the word tables it leans on are in `words`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from agent.planners.offline.words import DESIRE_RE, DIGIT_WORDS, KEPT_LY, MODAL, VERB_RE, caused_motion
from agent.planners.offline.notation import colon_facts, notation, structured, unlabel, variables
from agent.planners.offline.repairs import take_backs
from agent.planners.offline.rewrites import guarded, rewrite
from agent.planners.offline.specs import restated
from agent.planners.offline.fillers import FILLER_RE, LEAD_FILLER_RE
from agent.planners.offline.speech import SPEECH, dictated, included
from agent.planners.offline.spelling import CASUAL, MENTION_RE, mend_typos, typed, uncontracted
from agent.regex import rx
from sim.core.lexicon import COLOURS, unify

_TERSE = "|".join(COLOURS)
_FROM = (r"(?<!furthest )(?<!farthest )(?<!away )(?<!far )(?<!distant )(?<!apart )(?<!aside )(?<!different )(?<!separate )"
         r"\b(?:from|off(?: of)?) ")
_ONWARD = r"(?= (?:to|into|onto|in|on|over to|across to|inside)\b)"
# Phrases said several ways, rewritten to the one way the grammar reads (after synonyms and filler).
PHRASES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(p), r) for p, r in (
    (r"[,.;]?\s*\b(?:any|whichever)(?: (?:one|ones|two|three|four|block|blocks))* (?:you|u) (?:like|want|choose|prefer|fancy|pick)"
     r"(?=\s*(?:[.;]|$))", ""),  # '..., any two you like': the choice is free
    (r"[,.;]?\s*\b(?:(?:it|that) )?(?:does not|do not|will not|would not) matter which(?: (?:one|ones|block|blocks|two|three|bowl|bowls|corner|spot))?(?: (?:you|u) "
     r"(?:pick|choose|use|take)|(?: (?:each|every) (?:one|block)| they| it) (?:goes|go|ends up|end up|lands|land)(?: in| into| on)?)?$|,?\s*\b(?:i|we) (?:do not|will not|would not) mind which(?: (?:one|ones|block|blocks))?$|"
     r"[,.;]?\s*\b(?:any|either)(?: (?:one|ones|two|three|four|of them|block|blocks))* (?:will|would) do$|,?\s*\bwhichever(?: (?:one|ones))?$|[,.;]\s*any(?: ones?| of them| blocks?)?$"
     r"|[.;]\s*(?:and |but )?(?:not|no) more(?: than (?:that|one|two|three|four|five))?(?: blocks?)?(?=\s*(?:[.;]|$))", ""),
    (r"\b(?:whichever|whatever) (block|bowl|one|cube) (?:that |which )?(has|holds|contains|have)\b", r"the \1 that \2"),
    (r"\bthe (bowl|one) (?:that )?(the \w+ (?:block|one)) (?:just |has just |has )?(?:left|came out of|came from|was in)\b",
     r"the \1 \2 is in"),  # 'into the bowl the red block just left': read on the table as it is now
    (r"\bthe (bowl|one) (?:with|that has|which has|holding|containing) (?:nothing|no blocks?|no cubes?)(?: in it| inside(?: it)?| in)?\b", r"the empty \1"),
    (r"^(the (?:\w+ )*?bowl) ((?:should|must|needs to|has to|can|will|ought to) )?(?:get|receive|take|have|hold) (the \w+ block)$",
     r"\3 \2go in \1"),  # 'the empty bowl should get the green block'
    (r"\b(see|have|get|want|need|like|love|find|leave) (the (?:\w+ )?bowls?) (empty|emptied|cleared|cleared out)\b", r"\1 \2 is empty"),
    (r"\b(is|are)( not)? to be\b", r"should\2 be"),  # 'X is not to be on Y', 'nothing is to be on Y'
    (r"\bany more\b", ""), (r"\btouching (the table|the floor)\b", r"on \1"),
    (r"\b(?:balanced|perched|sitting|resting|standing|placed|positioned) (?=(?:on|on top of|atop|in|inside)\b)", ""),
    (r",?\s*\bnothing else (?:moves|should move|is to move|gets moved|may move|is moved|can move|must move|changes|should change|"
     r"is touched|gets touched)\b",
     " and leave everything else alone"),
    (r"(the \w+ (?:block|one)) (is |sits |sitting |is not |(?:should|must|can) (?:not|no longer) be |is no longer )(?:directly |right )?"
     r"(?:underneath|under|beneath|below) (the \w+ (?:block|one))\b", lambda m: f"{m[3]} {m[2].replace('sitting ', '')}on {m[1]}"),  # 'X is under Y': Y on X
    (r"\bexactly one block (in|on) (the \w+ (?:bowl|block)),? and (?:that|the) (?:block|one) (?:is|should be|must be|will be) "
     r"(the \w+ block)\b", r"only \3 \1 \2"),  # 'exactly one block in W, and that block is X'
    (r"^(?:both )?(the \w+ (?:block|one)) and (the \w+ (?:block|one))( [^,;.]+?),? (?:with )?(?:neither of (?:them|those|the two)"
     r"(?: with| has| having| should have)? anything|nothing) on (?:top|them|top of (?:them|either))$",
     r"\1 and \2\3, nothing on \1 and nothing on \2"),  # 'both X and Y in W, neither of them with anything on top'
    (r"\b(?:whichever|whatever) (block|bowl|one|cube)(?: (?:that|which))?(?:'s| (?:is|s|sits|stands|lies|rests|happens to be))? ", r"the \1 "),  # 'whichever bowl X is in'
    (r"^\s*(?:so,? )?that (block|cube|one)\b(?=(?: sitting| lying| resting| standing)? (?:nearest|closest|furthest|farthest|all on its own|on its own|all by itself|by itself|in the \w+ bowl)\b[^,;.]*,)", r"the \1"),  # a phrase said before its verb: 'the block in W, can you lift it out', 'That block nearest the bin, heave it in'
    (r"(?:^\s*(?:so,? )?|(?<=, but )|(?<=[.;] ))((?:the|all(?: of)? the|all|every|each|both|any) [^,;.]*?\b(?:block|blocks|cube|cubes|one|ones|bowl|bowls)\b[^,;.]*?|"
     r"(?:whatever|everything|anything|what)(?:'s| is| s| sits| lies| rests) [^,;.]+?),\s*"
     r"(?:(?:can|could|would|will) (?:you|u) |please )*((?:do not |never )?\w+(?: up| out| down| away| over| off)?) (?:them all|it|them|that one|those|that|the lot|all the blocks|all of them|every one of them)\b([^;.]*)",
     lambda m: _fronted(m)),
    (r"^\s*((?:the|all(?: of)? the|all|every|each|both|any) [^,;.]*?\b(?:block|blocks|cube|cubes)\b[^,;.]*?),\s*(?:go|proceed|head|move)(?: straight)? (to|into|in|onto) "
     r"(?=the (?:bin|table|middle|\w+ bowl|\w+ \w+ corner)\b)", r"put \1 \2 "),  # 'All blocks in bowls: proceed to the bin.'
    (r"\b(?:made|built|constructed|composed|assembled|formed)(?: up)? (?:of|from|out of)\b|\bconsisting of\b", "of"),
    (r",?\s*\b(?:(?:and )?not the other way (?:a)?round|not (?:the )?(?:other way|reverse|vice versa)|and not vice versa|"
     r"not vice versa)(?=\s*[.!]?\s*$|,)", ""),
    (r"^there (?:should|must|needs to|has to|will|ought to|is to) be (?=(?:a|one) (?:\w+ )?(?:tower|stack|pile)\b)", "build "),
    (r"\b(the (?:\w+ )?bowls?) (?:and|or|with|plus|along with) (?:(?:everything|anything|all|whatever|what)(?: that)?(?: is| s)? (?:in|inside) "
     r"(?:it|them|there)|(?:its|their|the) contents(?: of it)?|the blocks? (?:in|inside) (?:it|them))\b", r"\1"),  # kept with its contents
    (r"^((?:the )?\w+ (?:block|one|cube)s?) (?:you|u) (?=\w)", r"\1 "),  # 'orange block you place in white bowl'
    (r"^(?:can|could|will|would) (?:the robot |you |u )?make (.+?) (?:go|get|move|end up|sit) (in|into|on|onto|to|at)\b", r"put \1 \2"),
    (r"\b(?:(?:little|nice|neat|tidy|lovely|cute|pretty|amazing|awesome|beautiful|gorgeous|perfect),? )+(?=(?:(?:block|cube) )?(?:tower|stack|pile)\b)", ""), (r"\b(a|an|one|the) (?:block|cube) (?=(?:tower|stack|pile)\b)", r"\1 "),  # 'a cute little block tower' (never "tall" nor "small": a reference)
    (r"\bfill (?:the |that )?(?:gap|space|hole|spot|empty spot|place) (?:in|at|on|left in) (the [\w ]+?) with (the \w+ block)\b",
     r"put \2 in \1"),  # 'fill the gap in the purple bowl with the orange block'
    (r",? (?:but )?(?:do not|never) (?:use|touch|go near|put anything in|put anything into) the bin\b",
     ", notput all blocks in the bin"),
    (r"\b(?:do not|never) (?:pile|put|stack|place|set|leave) (?:anything|any blocks?|another block|other blocks) (?:on top of|on)\b",
     "nothing on"),  # '... and don't pile anything on top of it'
    (r"^(?:once|when|after|now that) (?:you(?: have)? )?(?:found|find|see|seen|spot|spotted|located|locate) (?:it|them),?\s*", ""),
    (r"^(\w+(?: down| up)?) (the \w+ (?:block|one))( [^,;.]*?\b(?:on|onto|in|into|at|to) the (?:table|\w+ bowl|\w+ block|middle|bin|"
     r"\w+ \w+ corner)),\s*(?:but )?not (in|into|inside|on|onto|on top of) ([^,;.]+)$",
     lambda m: f"{m.group(1)} {m.group(2)}{m.group(3)}, and {m.group(2)} should not be "
               f"{'in' if m.group(4) in ('in', 'into', 'inside') else 'on'} {m.group(5)}"),  # 'X on the table, not in W'
    (r"^(the \w+ (?:block|one)) ((?:has to|must|should|needs to) be (?:on|in|at) the [\w ]+?),\s*not (in|inside|on|at) ([^,;.]+)$",
     r"\1 \2, and \1 should not be \3 \4"),
    (r"^((?:\w+ ){0,2}(?:put|drop|pop|add|stick|place|throw|toss) (?:one more|another(?: one)?|one|a block|another block|it|them)"
     r"(?: block)?)(?: (in|into|on|to))?$", lambda m: m.group(0) if not m.group(2) and rx(r"\b(?:it|them)$").search(m.group(1)) else
     f"{m.group(1)} {m.group(2) or 'in'} it"),  # '... then add one more (in)'
    (r"(^|, |; |\. |\band |\bbut )(?:do not|never) (?:throw away|throw out|throw|bin|trash|toss|chuck|discard|ditch|scrap|"
     r"junk|get rid of|dispose of|remove) ((?:the|any|all|a|either|both|those|these|that|this|it|them|anything|everything)\b[\w ]*?)"
     r"(?: away| out)?(?=$|[,.;]| and\b| but\b)", lambda m: f"{m.group(1)}notput {m.group(2)}" + (
         "" if rx(r"\b(?:in|into|inside) the bin$").search(m.group(2)) else " in the bin")),  # 'don't bin X, pop it in W'
    (r"(the \w+ (?:block|one)) (?:rests|sits|stands|lies)(?: directly| right)?(?= (?:on|in|at|inside|on top of)\b)", r"\1 is"),
    (r"\bwith nothing on (?:top of )?(it|them|the \w+ block)$", r"and nothing on top of \1"),
    (r"(^|[.;,] |\bthat |\band )(the \w+ bowl|the bin|the middle|the (?:top|bottom) (?:left|right) corner) (?:contains|holds|has)"
     r"(?: got)? (only |just )?(the \w+ block(?:(?:, | and )the \w+ block)*)(?: (?:on|in|at) it)?(?=$|[,.;])",
     lambda m: f"{m[1]}{m[3] or ''}{m[4]} {'in' if m[2].endswith(('bowl', 'bin')) else 'at'} {m[2]}"),  # 'the bin contains X and Y',
    # 'the cyan bowl holds only X', 'so that the top left corner has the orange block on it'
    (r"^(\w+) (?:these|those) (blocks|cubes)\b", r"\1 all the \2"),  # 'sort these blocks ...' said first: the blocks here
    (r",?\s*\b(?:then|and) (?:verify|check|confirm|report back|report)(?: it| that| the result)?$", ""),
    (r"\bthe (?:very|exact|precise|dead) (?=(?:top|bottom|end|middle|centre|center|first|last|left|right|front|back|base)\b)|\b(?<=at )its (?:very )?(?=(?:top|bottom)\b)", "the "),  # 'at the very top', 'at its very top'
    # words that only stress where ('right in the middle', 'directly under X'); never 'the right', 'far right'
    (r"(?<!the )(?<!to )(?<!far )(?<!very )(?<!top )(?<!bottom )\b(?:right|bang|slap|dead|directly|immediately|straight) "
     r"(?=(?:in|into|on|onto|at|inside|on top of|next to|by|beside|under|underneath|beneath|below|above|atop|where)\b)", ""),
    # 'unstack everything so that no block is on another': what the command is for is more of the goal
    (r",?\s*\bso (?:that )?(?=(?:no|nothing|none) |(?:every|each|all|all the|both|the \w+) (?:blocks?|ones?|cubes?) )",
     lambda m: m.group(0) if DESIRE_RE.match(m.string[: m.start()] + " so that") or rx(r"\b(?:make|set) (?:it|things)(?: up)?$").search(m.string[: m.start()])
     else " and "),  # 'arrange them so that', '... and after that make it so that' frame
    (r"^(.+?\b(?:and|both)\b.+?) (?:" + MODAL + r" )?(?:(?:share|be sharing) (?:a|one|the same)|"
     r"(?:be|sit|end up|go) (?:together in (?:a|one|the same)|in (?:one|the same|a single|one and the same))) bowl(?: together)?$", r"put \1 in the same bowl"),  # one bowl for both
    (r"\bleave ((?:the|that|this|it|them|those|these|either|both)\b[\w ]*?) out of (the bin|the (?:\w+ )?bowls?)\b",
     r"do not put \1 in \2"),  # 'leave the yellow one out of the bin': it is not to go in
    # 'take the blocks in the white bowl out', 'lift out every block in a bowl': out of the bowl they are in
    (r"\b(take|lift|get|pull|fish|grab|pick|bring)( out)? ((?:the|every|each|all|any|both)\b(?:(?! and )[^,;.])*?) (?:that (?:is|are) |which "
     r"(?:is|are) )?(?:in|inside) ((?:the |a |any |one of the )?(?:\w+ )?bowls?)(?(2)(?=$|[,;.]| and\b| then\b)| out\b(?! of))",
     lambda m: f"{m.group(1)} {m.group(3)} out of "
               + (m.group(4) if rx(r"the \w+ bowl").fullmatch(m.group(4)) else "its bowl")),
    (r"\b(set|put|lay|place|pop) (it|them|the \w+ block) down,\s*(?=(?:in|on|at|into|onto)\b)", r"\1 \2 "),  # 'set it down, perfectly placed, in W'
    (r"\b(?:do not touch|leave) (the \w+ bowl)(?: alone)?,? nothing goes in(?: there| it)?,? (?:and )?nothing comes out(?: of it)?\b", r"leave \1 alone"),  # 'nobody touches W: nothing goes in, nothing comes out'
    (r"^((?:anything|everything|whatever(?! block)|every block|any block)(?: that is| that s| which is)? [^,.;]+?),\s*(chuck|put|throw|bin|toss|move|drop|pop|stick|shift) (?:it|them)\b",
     r"\2 \1"),  # a topic said first: 'anything that's not in a bowl, chuck it in the bin': every such block
    # 'anywhere except a bowl or the bin': the table
    (r"\b(?:anywhere|somewhere|someplace|wherever(?: you (?:like|want))?)(?: else)?,? (?:but|except|other than|apart from|besides|not|that is not|that isn't) (?:in |into )?"
     r"(?:(?:a|any|one of the|the) bowls?,? (?:or|and|nor) (?:in |into )?the bin|the bin,? (?:or|and|nor) (?:in |into )?(?:a|any|one of the|the) bowls?)\b", "on the table"),
    (r"\b(?:anywhere|somewhere|someplace|some place|wherever(?: you (?:like|want))?)(?: else)?,? (?:but|except|other than|apart "
     r"from|besides|that is not|not) (?:in |into |on |onto )?the (bin|table)\b",
     lambda m: "off the table" + (", but not in the bin" if m.group(1) == "bin" else "")),  # 'anywhere but the bin'
    (r",? nor (in|inside|into|on|at) ", r" and not \1 "),  # 'X must not be on the table, nor in the bin'
    # 'the blue-on-pink stack', "whichever block is at the top of the red block's stack", 'nothing about that stack should change'
    (r"\bthe (\w+) on (\w+) (stack|tower|pile)\b", lambda m: f"the {m.group(3)} with the {m.group(1)} block on the {m.group(2)} "
     f"block" if {m.group(1), m.group(2)} <= set(COLOURS) else m.group(0)),
    (r"\b(?:whichever|the) (?:block|one) (?:that |which )?(?:is |sits )?(?:at|on) (?:the )?(?:very )?top of (the \w+ block)(?:'s| s|s)? "
     r"(stack|tower|pile)\b", r"the top of the \2 with \1"),
    (r"\bthe (?!(?:one|two|three|four|five|tall|short)\b)(\w+) (?:block|one)(?:'s)? (tower|stack|pile)\b", r"the \2 with the \1 block"),  # "the red block's tower"
    (r"\b(the (?:tower|stack|pile) (?:of|made of|built from|made from|with)(?: the)?) (\w+),? and (\w+) (blocks|ones)\b",
     lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)} {m.group(4)}" if {m.group(2), m.group(3)} <= set(COLOURS) else m.group(0)),
    (r"\bnothing (?:about|in|of|on) (that|this|the|its) (stack|tower|pile) (?:should|must|may|will|can|is to|is going to) "
     r"(?:change|be changed|move|be moved|be touched)\b", r"leave \1 \2 alone"),
    (r"(^|[.;,] )(?:match|pair)(?: up)? (?:the |all the )?(?:colou?rs|blocks? (?:by|to their) colou?rs?)(?: up)?(?=$|[.;,])",
     r"\1sort the blocks by colour"),  # 'match the colours'
    (r"\b(?:find|locate|look for|spot) the bowl (?:that matches|(?:that is |that s |which is )?(?:of )?the same colou?r as|matching) (the \w+ block),? and (?:put|place|drop|pop|ease|slip|set|lower|stick) "
     r"(?:it|the block|\1) (?:in there|"
     r"in it|there|into it)\b", r"put \1 in its matching bowl"),
    # 'the block that is the same colour as the blue bowl (in it)': the blue block (in the blue bowl); 'the bowl that is the
    # same colour as the red block': the red bowl
    (r"\bthe (block|cube|one|bowl) (?:that is |which is |that s |that |which )?(?:the same colou?r as|of the same colou?r as|the "
     r"colou?r of|matching|match(?:es)?) (?:the colou?r of )?the (" + "|".join(COLOURS) + r") (bowl|block|cube|one)(?:'s colou?r)?\b"
     r"(?:([^.;]*?\b(?:in|into|inside)) (?:it|there)\b)?",
     lambda m: f"the {m.group(2)} {'bowl' if m.group(1) == 'bowl' else 'block'}" + (
         f"{m.group(4)} the {m.group(2)} bowl" if m.group(4) and m.group(1) != "bowl" else (m.group(4) or "") + (
             " it" if m.group(4) else ""))),
    (r"\b(?:the )?(\w+ bowl) (?:is |should be |must be )?empty,? (?:with )?(?:its|the) contents (?:out |put |moved |left )?(?:on|onto) "
     r"the table\b", r"empty the \1 onto the table"),  # 'W empty, its contents out on the table'
    (r"\b(?:left )?(?:lying|sitting|left|hanging|standing) (?:about|around)\b", ""),
    (r"\b(blocks?|ones?|cubes?|anything|nothing|something) left (?=(?:on|in|inside|at|over)\b)", r"\1 "),  # still there  # 'no blocks lying around on the table'
    (r"\b(is|are|s)( not)? (?:meant |supposed |intended |made )?for (the (?:\w+ )?bowl|the bin)\b", r"\1\2 in \3"),
    (r"\b(is|are|s)( not)? (?:meant|supposed|intended) for (the (?:\w+ )?(?:block|one)|the table)\b", r"\1\2 on \3"),
    # 'every block that has a bowl of the same colour (should end up in it)': the blocks that match a bowl, into it
    (r"\b(every|each|all(?: the)?|any|the) (blocks?|cubes?|ones?) with (?:a|an|its|their) (?:own )?(?:same colou?r(?:ed)?|matching) bowl\b",
     lambda m: f"{m.group(1).replace('any', 'every')} matched {m.group(2)}"),
    (r"(?:\b(every|each|all(?: the)?|any|the) |^)(blocks?|cubes?|ones?) (?:that|which) (?:has|have) (no |(?:a|an|its|their) )?(?:own )?"
     r"(?:matching bowl|bowl (?:of|in|with) (?:the same|same|its|their|its own|their own|a matching) colou?r)\b",
     lambda m: f"{(m.group(1) or 'every').replace('any', 'every')} {'un' if m.group(3) == 'no ' else ''}matched {m.group(2)}"),
    (r"\b(?:(?:every|each|all(?: the)?|any|the) (?:blocks?|cubes?|ones?)|anything|everything|whatever(?: is)?) ((?:in|on) the (?:bin|table|\w+ bowl)) (?:that|which) "
     r"(?:has|have) (?:a|an|its|their) (?:own )?(?:matching bowl|bowl (?:of|in|with) (?:the same|its|their) colou?r)\b", r"every matched block \1"),  # 'anything in the bin that ...'
    (r"(\bmatched (?:blocks?|cubes?)\b[^.;]*?\b(?:in|into|inside)) (?:that|this) (?:bowl|one)\b", r"\1 the matching bowl"),
    (r"\b(matched (?:blocks?|cubes?|ones?)),? (?:they |it )?((?:should|must|needs? to|has to|have to|will|can) )?(end up|go|be|belong|sit|sits|is|are|goes|ends up|belongs) (?:in|into|inside) (?:it|that bowl|that one|the bowl|its bowl|this bowl|this one|those bowls|them|their bowls?)\b",
     r"\1 \2\3 in the matching bowl"),
    # 'pull X out of W, but not into V (and not onto T)': the first place is left, the others must not be its new one
    (r"^(\w+(?: up| out)?) (the \w+ (?:block|one)) ([^,;.]*?\b(?:out of|off|from|away)\b[^,;.]*?)(?:,? (?:but|and)|,) not "
     r"(in|into|inside|on|onto|on top of|to) ([^,;.]+?)(?=\s*(?:[.;!]|$))", lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)}, and {m.group(2)} should "
     f"not be {'in' if m.group(4) in ('in', 'into', 'inside', 'to') else 'on'} " + rx(r",? (?:(?:and|or) not|nor) (in|on)(?:to| top of)? ").sub(
                                                                                         r" or \1 ", m.group(5))),
    (r"\b(any(?: (?:one|two|three|four|block|blocks))+) (?:you|u) (?:like|want|choose|prefer|fancy|pick)\b", r"\1"),
    (r"\bout of the way,?\s*(?=(?:in|into|on|onto|to|at)\b)|,\s*(?:and )?out of (?:my|the|your|our) way(?=\W*$|[.;])|(?<=table),\s*out of (?:its|their|the|a|any) bowls?(?=\s*(?:[,.;]|$))", ""),  # 'out of the way, in the bin', '..., out of my way'
    # a terse pair: 'green block, cyan bowl' is 'put the green block in the cyan bowl'
    (rf"(^|[.;] )(?:the )?((?:{_TERSE})(?: block| one)?),? (?:the )?((?:{_TERSE}) bowl|bin)(?=$|[.;])", r"\1put the \2 in the \3"),
    (rf"(^|[.;] )(?:the )?((?:{_TERSE})(?: block| one)?),? (?:the )?((?:{_TERSE}) block|table)(?=$|[.;])", r"\1put the \2 on the \3"),
    (rf"(^|[.;] )(?:the )?((?:{_TERSE})(?: block| one)?),? (?:the )?((?:top|bottom) (?:left|right) corner|middle)(?=$|[.;])",
     r"\1put the \2 at the \3"),  # a pick list: 'red block: orange bowl. blue block: top left corner'
    (rf"(^|[.;] )((?:{_TERSE}) (?:block|one|cube)) (?=(?:in|into|on|onto|to|at|inside|on top of) (?!be\b))", r"\1put the \2 "),
    (r"\b(a|one) (tower|stack|pile) of (two|three|four|five|six)(?: blocks| cubes)?\b", r"\1 \3 block \2"),  # 'a stack of three'
    (r"\b(nearest|closest|furthest|farthest) away from\b|\bat the (greatest|largest|biggest|smallest|shortest|least) distance from\b", lambda m: f"{m[1]} from" if m[1]
     else "furthest from" if m[2] in ("greatest", "largest", "biggest") else "closest to"),  # 'furthest away from', 'at the greatest distance from'
    # a trailing condition that only restricts ('into the bowl of its colour, if there is one'): the blocks without
    # such a bowl stay where they are (see `placing.into_matching`); a named target that is not there is still refused
    ((r",?\s*\b(?:if|where|when|whenever|wherever|in case) (?:there is|there s|there are|it has|they have|one exists|"
     r"such a bowl exists|there is such a bowl)(?: one| any| a match| a matching (?:one|bowl)| such a bowl)?(?: for (?:it|them|each))?$"
     r"|,?\s*\b(?:if|where|when|whenever|wherever) (?:any|a match exists|it matches|they match|there is a match|"
     r"there is a matching (?:one|bowl)|it can be matched|matched|you can|possible|it is possible)$"), ""),
    (r"^(?:find|locate|look for|search for|spot|grab hold of|get hold of) (.+?),? and (?:then )?(\w+(?: up| away| out)?) (?:it|them)\b",
     r"\2 \1"),  # 'find the red block and put it in the bin': the finding is how, not what
    (r"\bno longer\b", "not"), (r"\bwithin\b", "in"),
    (r"\b(?:everyone|everybody|every one of them)\b", "every block"),
    (r"\b(left|right)(?: hand)? (top|bottom)(?= corner\b)", r"\2 \1"),  # 'the right bottom corner'
    (r"(^|, |; |\. |\bthen |\bfirst |\band )you (?=(?:put|place|move|take|stack|pick|throw|bin|grab|set|drop|leave|keep)\b)", r"\1"),
    (r"^first (.+?),? after(?:wards| that)?,? (?:you )?(?=(?:put|place|move|take|stack|pick|throw|bin|grab|set|drop)\b)",
     r"first \1, then "),  # 'first put X in W, after put Y on it': 'after' is 'then' once 'first' came before
    (r"(^|, |; |\. )(?:hold|keep) (.+?) (?:fixed|steady|still|in place|where (?:it|they) (?:is|are))(?=$|[,.;]| and\b)",
     r"\1leave \2 alone"),
    (r"(^|, |; |\. )(?:(?:there (?:should|must|needs to|has to|is to|will) be |(?:i|we) want )?no (?:more )?(?:stacking|stacks|"
     r"towers|piles)(?: left| any more| anymore)?|nothing (?:should |must |may |can )?(?:be |is )?(?:sit(?:ting)? |rest(?:ing)? |lie |lying |stand(?:ing)? )?on (?:top of )?"
     r"anything(?: else)?)(?=$|\s*[,.;])", r"\1no block should be on another block"),  # 'nothing should be on top of anything'
    (r"\b(be|is|are|go|end up) neither (?=(?:in|on|at|inside|on top of)\b)", r"not \1 "),  # 'X should be neither in W nor in V'
    (r"\b(?:every|each|all(?: the)?|the) (?:blocks?|ones?|cubes?) (?:from|of|in) (?:it|them)\b", "them"),  # 'every block from it'
    (r"\bthe (tower|stack|pile) (?:that |which )?(the \w+ (?:block|one)) (?:is|sits|stands) (?:in|part of)\b", r"the \1 with \2"),
    (r"^(the \w+ bowl) and (the \w+ bowl) (should |must |will |need to |have to |can |ought to )?(?:each|both) (.+)$",
     r"\1 \3\4 and \2 \3\4"),  # 'the white bowl and the pink bowl should each hold one block'
    (r"\b(is|are|is not|are not) (?:part of|in) (?:a|any|the|one) (?:stack|tower|pile)\b", r"\1 stacked"),
    (r"\b(every|each|all|all the|any|the) (blocks?|cubes?|ones?) (?:that|which) (?:does not|do not) (?:match|share) (?:the colou?r of )?"
     r"(?:any|a|the|one of the) bowls?(?: colou?r)?\b", r"\1 unmatched \2"),  # 'every block that does not match any bowl'
    (r",?\s*\bwithout (?:using|touching|going near|putting anything in) the bin\b,?\s*", ", notput all blocks in the bin, "),
    (r"\bthe (block|one|cube) (?:that |which )?((?:the )?\w+ (?:block|one|cube)) (?:is |s )?(?:sitting |resting |standing |lying |"
     r"stacked |placed |perched )?(?:on|upon|on top of|atop)\b(?! (?:the|a|an|it|that|this|top|each|one)\b)", r"the \1 under \2"),
    (r"^(the (?:block|one|cube) under (?:the )?\w+ (?:block|one|cube)),\s*((?:do not |never )?(?:put|throw|bin|toss|chuck|move|place|drop|stick|set|pop|lift|bring)) (?:it|that|that one|this one)\b", r"\2 \1"),  # '..., throw that in the bin'
    # 'from W to V': where the moved blocks are now, never 'apart from' or 'furthest from'
    (rf"{_FROM}(the (?:\w+ )?bowls?|the bin){_ONWARD}", r"in \1"),
    (rf"{_FROM}(the (?:\w+ )?(?:block|one)|the table){_ONWARD}", r"on \1"),
    (rf"{_FROM}(the (?:top|bottom) (?:left|right)(?: corner)?|the middle){_ONWARD}", r"at \1"),
    (r"\b(?:swap|switch|exchange|trade|interchange) (?:the )?(?:positions|places|spots|locations) of (.+?)(?: around)?$", r"swap \1"),
    (r"^(?:make |have |let )?(.+?)(?: (?:should|must|can|will|need to|have to|ought to))? (?:swap|switch|exchange|trade) "
     r"(?:places|positions|spots)(?: with each other)?$", r"swap \1"),  # 'X and Y should trade places'
    (r"^(?:the |all the |both )?(bowl|corner)s (should |must |will |need to |have to |can |ought to )?each (?=\w)", r"every \1 \2"),
    (r"(^|, |; |\. |\band (?![^,;.]*, and\b))((?:everything|all|anything|the rest|the others|all the others|all other blocks)(?: else)?|"
     r"(?:(?:those|these|the) two,? |both )?(?:the )?\w+ (?:(?:block|cube|one),? )?(?:(?:and|or|,) (?:the )?\w+ (?:(?:block|cube|one),? )?)*(?:block|blocks|one|ones|cube|cubes)) "
     r"(?:both |all |just |should |must |can )*(?:unchanged|untouched|undisturbed|as is|stays? put|stays? where (?:it|they) (?:is|are))"
     r"(?=$|[,.;]| and\b)", r"\1leave \2 alone"),  # '..., everything else unchanged'
    (r",? (?:but )?(?:do not|never|no) (?:throw|bin|trash|discard) (?:them |it |anything |any of them )?(?:away|out)?\s*$",
     ", notput all blocks in the bin"),  # 'W must be empty, no throw away': not into the bin
    (r"^for (?:each|every|all(?: the)?) (blocks?|cubes?|ones?)(?: that has| that have| with) (?:a |an |its |their )?(?:same colou?r(?:ed)?|"
     r"matching|corresponding) bowl,? (put|place|move|drop|set) (?:the |that |this |each )?(?:block|cube|one|it) (?:in|into) "
     r"(?:that|its|the matching|the same colou?r(?:ed)?|the corresponding) bowl$", r"\2 every block in its matching bowl"),
    (r"\b(\w+) (every|each|all(?: the)?) matched (blocks?|cubes?) (?:in|into|inside) (?:that|this|its|their) bowls?\b",
     r"\1 \2 matched \3 in the matching bowl"),
    (r"\bpick (every|each|all(?: the)?) matched (blocks?|cubes?) up,? and (put|place|drop|set) (?:them|it) +(?:in|into|inside) (?:that|this|its|"
     r"their|the matching) bowls?\b", r"\3 \1 matched \2 in the matching bowl"),  # '... pick it up and put it in that bowl'
    (r"\bwere (?=(?:it|they) (?:is|are|was|were|stands?|sits?)\b)", "where "),  # 'leave X were it is'
    (r"\b(must|should|need to|needs to|has to|have to|will|can|ought to)(?= (?:in|inside|on|onto|into|at|on top of)\b)",
     r"\1 be"),  # 'X must inside W'
    (r"\bon top (?!of\b)(?=(?:the |a )?\w+ (?:block|one|bowl|cube)\b)", "on top of "),  # 'on top white block'
    (r"\bmost (?:near|close)(?: to)?\b", "nearest"), (r"\bmost (?:far|distant)(?: from)?\b", "furthest from"),
    (r"\bno (?=(?:throw|bin|put|move|touch|stack|place|drop)\b)", "do not "),  # 'no throw away'
    (r"(^|\. |; |, )((?:the )?\w+ (?:block|blocks|one|cube)) (?:no|not|do not|never) (touch|move|disturb)(?=$|[.;,])",
     r"\1do not \3 \2"),  # 'pink block no touch'
    (r"\bempty (.+?),? (?:its |the |with )?contents? (?:to|onto|on|into|in) ([^,.;]+)", r"empty \1 onto \2"),
    (r"\boff (?=(?:at|in|into|inside|onto|on top of|to)\b)|(?<=\bdrop it )off (?=on\b)|(?<=\bdrop them )off (?=on\b)", ""),  # 'drop X off at the corner', 'drop it off on Y'
    (r"\b(drop|drops) off (?=(?:the|a|an|exactly|one|two|three|four|all|every|each|any|it|them)\b)", r"\1 "),  # a courier's 'drop off two blocks in W'
    (r"(?:^|(?<=[.;] ))((?:the|everything|whatever|all|every|any)\b(?:(?!\b(?:where|which|that)\b)[^,.;])*?) (?:has to|must|needs to|has got to|gotta|got to) go(?=\s*(?:[.;!]|$))",
     r"get rid of \1"),  # 'whatever's on X has to go': away, never onto X
    (r"^((?:move|shift|put|take|bring|carry|get|send|slide) (?:every|each|all(?: the)?) (?:\w+ )?(?:blocks?|cubes?|ones?)\b[^,;.]*?),\s+(?=(?:over |back |across |right |straight )?"
     r"(?:to|into|onto) the\b)", r"\1 "),  # 'move every block on the table, over to W'
    (r"\b(?:whatever|everything|anything|the ones?|the blocks?|the rest|any blocks?|all blocks?)(?: else)?(?: that| which)? "
     r"(?:does not|do not|can not|could not) (?:have|get|find) (?:a|its|their|any) (?:own )?(?:matching bowl|match|bowl of (?:its|their) "
     r"(?:own )?colou?r)\b|\b(?:the )?(?:blocks?|ones?)(?: that are)? (?:without|with no) (?:a )?(?:matching bowl|match)\b|(?:^|(?<=[.;] ))(?:the )?blocks with no such bowl\b",
     "the unmatched blocks"),  # 'bin whatever does not have a match'
    (r"\b(?:any|every|each|all(?: the)?) the unmatched blocks\b", "the unmatched blocks"),
    (r"\b(?:(?:the )?(?:blocks|ones) (?:that|which) match (?:a|any|one of the) bowl(?:'s| s|s)? colou?r|(?:every|each|any) block whose colou?r matches (?:a|any|one of the) bowl)\b( (?:go|goes|belongs?|should go) (?:in|into) )?(?(1)(?:it|there|that bowl)\b)",
     lambda m: f"every matched block{m[1] or ''}{'its matching bowl' if m[1] else ''}"),  # 'blocks that match a bowl's colour'

    (r"\bthe bowl (?:that is|that s|which is|of) the same colou?r as (?:it|them)(?: is| are)?\b", "the matching bowl"),
    (r"^((?:the )?\w+ (?:block|one|cube)) (?:(?:should|must|ought to|needs to|has to|will|is to|is|are|can)(?: be)? )?"
     r"(?:support(?:s|ing)?|carr(?:y|ies|ying)|bear(?:s|ing)?|hold(?:s|ing)? up) ((?:the )?\w+ (?:block|one|cube))$",
     r"\2 on \1"),  # 'Y supports X', 'Y ought to be carrying X'
    (r"\b((?:which |that )?(?:is|are|should be|must be|will be)|which|that) (?:stacked|placed|sitting|resting|standing|lying|put|"
     r"set|perched) (?=(?:on|upon|on top of|atop)\b)", r"\1 "),  # 'X on Y, which is stacked on Z'
    (r"\b(?:has|have) (?:already )?been (?=(?:thrown|binned|discarded|removed|trashed|put|placed|moved|stacked|taken|dropped|set)\b)",
     "is "),  # 'X has been thrown away': the state it ends in
    (r"(?<!that )(?<!which )\b(is|are) (?:alone|on its own|by itself|all by itself) (in|inside|on) ", r"\1 the only block \2 "),
    (r"^there (?:is|should be|must be|will be|needs to be) (a|one) (?:single )?(two|three|four|five|six) block (tower|stack|pile)$",
     r"build \1 \2 block \3"),  # 'there is a tower of three blocks'
    (r"^(?:give|hand|bring|pass|fetch|get|grab|toss) (?:me|us) (?!up\b)(?!(?:a |the )?(?:count|number|list|tally|rundown|"
     r"description|summary|report)\b)(?!.*\b(?:in|into|on|onto|to|at|inside|and|then)\b)",
     "pick up "),  # 'hand me the red block': held out to the user
    (r"\b(?:(?:back )?(?:to|in|into|at|on) )?where (the \w+(?: block| one| cube)?) (?:was|were|used to be|had been|sat|stood|started|lived)(?: before| originally| "
     r"at first| earlier| to begin with| at the start)?\b|(?:(?<=block )|(?<=it )|(?<=one )|(?<=them )|\b(?:to|in|into|at|on) (?:the (?:spot|place) )?)where (the \w+ "
     r"block) (?:is|sits|stands) (?:now|right now|at the moment)(?=\s*(?:[,;.]|$|and\b))", lambda m: f"at the spot of {m[1] or m[2]}"),  # 'where Y was (is now)'

    (r",? (?:which|that|who) (?:stays|remains|is staying|should stay|must stay|can stay|stays put)(?: put| where it is| there| as it is| in place)?"
     r"(?=\s*(?:[,;.]|$| and\b))", ""),  # 'stack everything except X, which stays put': the exclusion keeps it
    (r"(?<=bowl|lock|rner|ddle|able| bin) in (?:its|their|his|her) (?:place|stead)\b", ""),  # 'put Y in W in its place': W
    (r"(?<!stay )(?<!stays )(?<!remain )(?<!remains )(?<!be left )(?<!kept )\bin (?:its|his|her) (?:place|stead|spot)\b",
     "at the spot of it"),  # 'take X out, put Y in its place': where X was
    (r"\bthe (?:closer|nearer|closest|nearest)(?: one)? of the (?:two )?bowls\b", "the bowl nearest to it"),  # to the block moved
    (r"\bthe (?:further|farther|furthest|farthest)(?: one)? of the (?:two )?bowls\b", "the bowl furthest from it"),
    (r"^(?:put )?the (\w+) (?:block|one|cube) (?:goes |go |should go |belongs )?(?:in|into|with) the \1 bowl,? (?:and )?so on\b.*$",
     "sort the blocks by colour"),  # 'the green block goes with the green bowl, and so on': colour matching
    (r"^(?:any|every|each) block whose colou?r matches (?:a|any|one of the|the) bowls?(?: colou?r)? (?:goes|should go|go|belongs)"
     r" (?:in|into|with) (?:that|the|this|its) bowl\b", "put every block in its matching bowl"),
    (r"\bthe same (bowl|corner) as (the \w+ (?:block|one|cube))\b", r"the \1 with \2 in it"),  # 'the same bowl as X'
    (r"\bthe bowl (?:that |which )?(the \w+ (?:block|one|cube)) (?:is|sits|was) (?:in|inside)\b", r"the bowl with \1 in it"),
    (r"\b(?:needs?|wants?|deserves?|should have|could use) (?:a |its |their )?(?:new |proper |permanent )?(?:home|place|spot|seat|"
     r"berth|resting place)(?= (?:in|on|at|inside|on top of)\b)", "should go"),  # 'the red block needs a home in W'
    (r"\b(?:needs?|wants?|deserves?) (?:moving|putting|placing|shifting|relocating|taking|bringing)(?= (?:to|into|onto|in|on|at|inside|on top of)\b)",
     "should go"),
    (r"\b(?:is|are) (?:headed|heading|bound|destined|off) (?:for|to|towards?|into)\b", "goes to"),  # 'is headed for the bin'
    (r"^neither (.+?) nor (.+?) (should|must|can|may|is|are|will|needs to|has to|have to|ought to|goes|go)\b",
     r"\1 and \2 \3 not"),  # 'neither X nor Y should be in W'
    (r"\banywhere (?:but|except(?: for)?|other than|apart from|besides|save) (?:(in|on|at|inside|on top of) )?(?=the\b)",
     lambda m: f"not {m.group(1) or 'in'} "),  # 'X should be anywhere but the purple bowl'
    (r"\b(?:minus|less|leaving out|not counting)\b(?= (?:the|that|those|this|these|any|all)\b)", "except"),  # 'bin the lot, minus X'
    (r"(?:,\s*)?\b(?:and )?(?:while you are at it|while you re at it|whilst you are at it|on the way|in the meantime|"
     r"meanwhile|for good measure|to be safe|to be on the safe side|for now)\b,?", ", "),
    (r"\b(?:finish|end|wrap(?: it)? up|round (?:it )?off|close) (?:off )?(?:by|with) (?=\w+ing\b)", "finally "),  # 'finish by putting X'
    (r"\b(?:is|are) (?:fine|ok|okay|good|alright|all right|happy|perfect)(?: (?:where (?:it|they) (?:is|are)|as (?:it|they) (?:is|are)|"
     r"there|as is|in (?:its|their) (?:place|spot)))\b", "stays put"),  # 'X is fine where it is'
    (r"\b(wipe|sweep|scrub|brush|clean) (the (?:table|tabletop|workspace|bowls?|\w+ bowl))(?: clean| clear| down| off)\b", r"clear \2"),
    (r"^(?:i am|i m|we are|we re) (?:done|finished|through) with (.+?),? (?:so |and )?(?:you can |please |just )?"
     r"(\w+(?: away| out| up)?) (?:it|them)\b", r"\2 \1"),  # 'I'm done with X, you can throw it away'
    (r"(^|, |; |\. |\band |\bthen )(put|place|drop|set|stick|pop|move|stack|chuck|toss|pile|lay)"
     r"(?= (?:in|into|on|onto|inside|in to|on top of|at(?! (?:most|least)\b)|to) )", r"\1\2 it"),  # 'grab red, put in the pink bowl': the block just named
    (r"(^|, |\band |\bwant )(?:nothing|none|no blocks?(?= (?:in|on|inside|on top of) the (?!table\b)))(?: (in|on|inside|on top of) (the (?!table\b)[\w ]+?))? (?:but|except|other than|apart from|besides|save) (?=the\b)(?:(the \w+ (?:block|one)(?:,? (?:and|or) the \w+ (?:block|one))*)(?=\s*(?:[,.;!]|$)))?", lambda m: f"{m[1]}only {m[4]} {m[2]} {m[3]}" if m[2] and m[4] else f"{m[1]}only " if not m[2] else m[0]),  # 'nothing but X should be in W', 'nothing in the bin but X'
    (r"\b(block|one)(?: that is| which is| that s| sitting| standing| lying)? (?:on its own|by itself|all alone|"
     r"isolated|all by itself)(?= |$)", lambda m: m[1] if rx(r" (?:in|at) the (?:\w+ )?(?:corner|middle|table|left|right)\b").match(
                                                  m.string[m.end():]) else f"loose {m[1]}"),
    # 'the block that is on its own'; 'X sitting on its own in the corner' says where X goes
    (r"\b(?:is|are) (?:staying|remaining)(?: (?:put|where (?:it|they) (?:is|are)|there|as (?:it|they) (?:is|are)))?(?=\s*(?:[,;.]|$| and\b))",
     "stays put"),  # 'X and Y are staying; bin the rest'
    (r"\b(?:would|will|might) (?:look|be|fit|sit|do) (?:much |a lot |so much |way )?(?:better|best|nicer|happier)(?: off)? (?=(?:in|on|at|into|onto|inside)\b)",
     "should be "),  # 'X would look better in the bowl': a wish for where X goes
    (r"\b(?:wants?|needs?|would like|would love|likes?|is meant|are meant|is supposed|are supposed) to (?=(?:be|go|sit|end up|live)\b)",
     "should "),  # 'the red block wants to be in the bowl'
    (r"\bthe (?:whole )?lot\b", "all the blocks"), (r"\b(?:the )?(\w+ (?:block|one))(?:'s|s|') (nearest|closest|furthest|farthest) "
                                                     r"(?:neighbou?r|block|one)\b", r"the block \2 the \1"),
    (r",? and so (?:does|do|should|must|will|can|is|are) (.+?)(?: too| as well)?$", r" and \1"),  # 'X goes in W, and so does Y'
    (r"\b(?:top|finish|cap|round) (?:it|that|this|them|the (?:tower|stack|pile))(?: off)? with (.+?)(?: on top| at the top)?$", r"put \1 on top of it"),
    (r",?\s*\b(?:(?:(?:i|we) )?do not (?:care|mind) (?:where|which(?: one| ones| bowl| block)?)|(?:anywhere|any (?:bowl|spot|place|corner|one))(?: is|'s| s)? (?:fine|ok|okay|good)|wherever(?: you like)?)\s*$", ""),  # 'X should no longer be in there'
    (r"\b(?:exactly|just|right|precisely) (?=where (?:it|they) (?:is|are|was|were|stands?|sits?)\b|as (?:it is|they are|is)\b)", ""),
    (r"\bwhichever\b", "the"),  # 'to whichever bowl is furthest to the right'
    # 'the block (that is) furthest to the left' -> 'the leftmost block' (not 'the block nearest the left bowl')
    ((r"\b(block|blocks|bowl|bowls|one|ones|two|three)(?: that| which)?(?: is| are)? (?:the )?(?:furthest|farthest|most|nearest|"
      r"closest)(?: over)?(?: to(?:wards?)?| on)?(?: the)? (left|right)(?: side| edge| end)?\b"
      r"(?!\s+(?:bowls?|blocks?|ones?|corners?|top|bottom)\b)"), r"\2most \1"),
    # 'the second block from the left' -> 'the second leftmost block'
    (r"\b(first|second|third|fourth|fifth)( block| bowl| one)? (?:(?:counting )?from|in from) the (left|right)(?: side| end| edge)?\b", r"\1 \3most\2"),
    ((r"\b(at most|no more than|not more than|a maximum of|max(?:imum)?) (?:of )?(one|two|three|a|a single)(?: blocks?)? "
      r"(?:per|for each|for every|in each|in every|in any) bowl\b"), r"\1 \2 block in every bowl"),  # a limit, not a count
    (r"\b(?:a|an|single) ((?:block )?(?:per|for each|for every) (?:bowl|corner))\b", r"one \1"),
    (r"\b(?:exactly )?(one|two|three|four)(?: blocks?)? (?:per|for each|for every) (bowl|corner)\b", r"exactly \1 block in every \2"),
    (r"\bexactly (one|two|three|four|five) (more|extra|additional)\b", r"\1 \2"),  # 'exactly two more in W': two added, not two in all
))
_PHRASES, _CASUAL, _SPEECH = guarded(PHRASES), guarded(CASUAL), guarded(SPEECH)
# an aside in brackets, in words, that names no thing, place, relation, number or limit ('(b, k)' is notation's)
_IDLE_RE = re.compile(rf"\s*\((?![^()]*\b(?:{'|'.join(COLOURS)}|blocks?|bowls?|cubes?|bins?|table|corners?|middle|towers?|stacks?|not|never|no|none|nothing|except|only|two|three|four|five|six|"
                      r"first|then|last|top|bottom|left|right|above|below|under|tall|taller|tallest|short|nearest|closest|farthest|furthest|on|in|into|onto|at|all|every|each|same)\b)(?=[^()]*[a-z]{3})(?=[^()]* )[^()]*\)")


def _fronted(m: re.Match[str]) -> str:
    """'the block in W, can you lift it out' -> 'lift the block in W out': a noun phrase said before the verb that takes
    it; 'in there' is the last thing the phrase named ('whichever block is nearest W, put it in there'). A phrase that
    says something of its own ('the red block is in W, ...') or is not followed by a verb is left as it is."""
    phrase, verb, rest = m.group(1), m.group(2), m.group(3)
    bare = rx(r"^(?:do not|never) ").sub("", verb)  # 'the yellow block, do not throw it away'
    a_verb = VERB_RE.fullmatch(bare) or VERB_RE.fullmatch(bare.split()[0]) or caused_motion(f"{bare} it{rest}") or rx(r"(?:do not|never) (?:touch|disturb)").fullmatch(verb)
    said = rx(r"\b(?<!that )(?<!which )(?:is|are|was|were|should|must|will|can|could|would|has|have|needs?|stays?|remains?)\b").search(
                     rx(r"\b(?:that|which) (?:is|s|are|has|have|holds?|contains?)\b").sub("", phrase))  # a relative clause is the phrase's
    if not a_verb or said and not rx(r"(?:whatever|everything|anything|what) ").match(phrase):
        return m.group(0)
    named = rx(r"\bthe (?:\w+ )?(?:bowl|block|bin|table|middle|(?:top|bottom) (?:left|right) corner)\b").findall(phrase)
    if named:
        rest = rx(r"\b(in|into|on|onto|at|to) there\b").sub(lambda t: f"{t.group(1)} {named[-1]}", rest)
    if rx(r"(?:any|every|each|all)\b").match(phrase):  # 'every block in a bowl: take it out and put it down': them all
        rest = rx(r"\bit\b(?! (?:is|was|belongs)\b)").sub("them", rest)
    return f"{verb} {rx(r'^any ').sub('every ', phrase)}{rest}"  # 'any block in a bowl, lay it out': each of them


def clean_text(text: str) -> str:
    """Lower-case, unify synonyms and spelling, drop politeness; keep , . ; for splitting."""
    t = rx(r"\s*(?:->|=>|\u2192)\s*(\w+) (them|it)\b").sub(r": \1 \2", MENTION_RE.sub(" ", typed(text).lower()))  # '@robot'
    # 'all 3 bowls -> empty them'
    t = rx(r"\s*(?:->|=>|-->|\u2192)\s*(?=(?:on top of|onto|on|into|in|inside)\b)").sub(" ", t)  # 'Y -> on top of X'
    t = rx(r"\s*(?:->|=>|-->|\u2192)\s*").sub(" to ", t.replace("\u2019", "'")).replace("w/o ", "without ").replace("w/", "with ").replace("&", " and ").replace(" + ", " and ")
    t = rx(r"\s*\((?:[^()]*\bhereinafter\b[^()]*|\d+|[\"'][^()]*[\"'])\)|(?:^|\s)\([a-f]\)(?=\s)").sub("", t)  # '(hereinafter the "Party")', '(2)'
    t = _IDLE_RE.sub("", t)  # '(any order)', '(my grandson calls it the wobbly one, don't ask me why)': a word of colour that names nothing here
    t = rx(r"\s*[\u2013\u2014\u2026]+\s*|\s+-+\s+|\s*\.{2,}\s*").sub(", ", t).replace("-", " ")  # a dash or '...' between clauses: a comma
    t = dictated(unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode())  # 'voila', 'cafe'
    t = rx(r"(?:^|\s)(?:\d{1,2}(?:[.)]|/\d{1,2})|[a-f]\))\s+").sub("; ", t)  # a numbered list: '1) ... 2) ...'
    t = rx(r"(?<=[\w,.)]) +\(\s*([^()]*?)\s*\)").sub(r", \1,", restated(t))  # 'cyan -> cyan bowl (leave the red block alone)': an aside
    t = rx(r"\s*:\s*(?=(?:the rest|the others|everything else|the remaining)\b)").sub("; ", notation(unlabel(structured(variables(colon_facts(t)))))).replace(":", ",")  # '...: the rest go in the bin'; 'all remaining blocks: on the table': a colon for a verb left out
    t = uncontracted(t)  # 'the red block'd be'

    t = rx(r"[!?]+(?=\s+\w)").sub(".", t)  # 'dont touch the blue block!!! only bin the orange one': two sentences
    t = take_backs(rx(r"[^a-z0-9,.;' ]+").sub(" ", t))
    t = rewrite(_CASUAL, t)  # chat spellings: 'pls', 'u', 'wanna', 'gotta'
    t = mend_typos(rx(r"\bsave (?=(?:for |only |just )?the\b)").sub("except ", t))  # 'every brick save the blue one'
    t = unify(t)
    t = rx(r"(?<!block )(?<!bowl )\b(\d+)\b").sub(lambda m: DIGIT_WORDS.get(int(m.group(1)), m.group(1)), t)
    t = rx(r"\b(?:a couple|a pair) of(?! the\b)|\b(?:a couple|a pair)(?= of the\b)").sub("two", t)  # 'a couple of the blocks'
    t = FILLER_RE.sub(" ", included(t))
    t = rx(r"\b(?:(?:very|really|super|extra) )?([a-z]{3,}ly)\b").sub(lambda m: m.group(0) if m.group(1) in KEPT_LY else " ", t)  # '(very) gingerly'
    t = rx(r"\b(but|and|then|so),\s*").sub(r"\1 ", rx(r"([,.;])(?:\s*,)+").sub(r"\1", rx(r"\s+([,.;])").sub(r"\1", rx(r"\s+").sub(" ", t))))
    t = rx(r"^(?:but|and|so) ").sub("", t.strip(" ,."))  # what the filler left: 'the red block, pink bowl, thanks'
    t = rewrite(_PHRASES, rewrite(_SPEECH, t))
    t = t.replace("'", " '").replace(" 's", "").replace(" '", "")
    t = rx(r"\b(but|and|then|so)(?:,\s*| \1\b)").sub(r"\1 ", t)  # what a rule left: ', and, notput ...'
    t = LEAD_FILLER_RE.sub("", rx(r"\s+(?:but|and|so|or|then)$").sub("", rx(r"\s+").sub(" ", t).strip(" ,.")))
    t = rx(r"^(\w+) (?:me|us) (?!up\b)").sub(lambda m: m.group(1) + " " if VERB_RE.fullmatch(m.group(1)) else m.group(0), t)
    lead = rx(r"^(?:only|simply|go|go and|come and|come on and|i said|like i said|as i said|you|you can|you should|"
                    r"you must|you need to|you have to|you will|you could),? ").match(t)
    return t[lead.end():] if lead and VERB_RE.match(t[lead.end():]) else t
