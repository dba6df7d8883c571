"""Choices left to the robot, as people leave them: 'whichever bowl you like', 'the bin or the purple bowl, your call',
'either the bin or W is fine for X', 'any free spot on the table', 'anywhere but the bin', 'a different bowl, doesn't
matter which', 'choose any two blocks from the table and ...', 'pick one block that has a matching bowl and put it in
that bowl', and a thing named by a rule rather than a colour ('whichever bowl is the leftmost one, put X in it', 'the
bowl nearest X: put X in that one'). Each becomes the sentence the clause reader knows; where any choice will do, the
first one said (or any one the planner finds cheapest). Read among `speech.SPEECH`'s rules, before `framing.FRAMING`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

_TAKE = r"(?:put|place|move|drop|set|stack|pop|stick)"
_PLACE = r"the (?:bin|table|middle|\w+ bowl|\w+ block|\w+ \w+ corner)"
_SAID = (r"your call|your choice|your pick|(?:i )?(?:do not|don t|dont) care which(?: ones?)?|(?:whichever|whatever)(?:(?: is|'s| s)? (?:easier|easiest|simpler|quicker)| you like| you prefer| you want)?|either is fine|"
         r"either one|up to you|i do not mind which|(?:it )?(?:doesn t|does not) matter which(?: one)?(?! (?:bowl|bowls|corner|block|blocks|one|each|they|it)\b)")


def _prep(place: str) -> str:
    return "at" if place.endswith(("corner", "middle")) else "on" if place.endswith(("block", "table")) else "in"


CHOICES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"(\b(?:off|out of) the \w+ (?:block|bowl))[.;,]?\s*(?:just |and )?put it (?:literally |just )?anywhere else(?: you (?:like|want))?(?:,? (?:idc|i do not care|i don t care))?\W*$", r"\1"),  # 'I want X OFF Y. put it literally anywhere else'
    (r"(\b(?:no (?:block|blocks|cubes?) (?:should|must|may|can) be (?:left )?on the table|clear the table|clear off the table)\b[^.;]*)[.;:,]\s*(?:in )?(?:(?:the |a )?bowls?,? or (?:in )?the bin|the bin,? or (?:in )?(?:the |a )?bowls?)"
     r"(?:,? (?:i(?: a|')?m not fussy|i do not (?:mind|care)|i don['\u2019 ]?t (?:mind|care)|either is fine|either will do|whichever|up to you|your call|it does not matter))+(?:,? (?:just )?clear the (?:ground|table|lot))?(?=\s*(?:[.;!]|$))",
     r"\1"),  # 'No block should be left on the table. Bowls or the bin, I'm not fussy': anywhere off it
    (r"^(?:in )?(?:(?:the |a )?bowls?,? or (?:in )?the bin|the bin,? or (?:in )?(?:the |a )?bowls?)\W*$", ""),  # the same said alone, its 'I don't mind' dropped
    (r"(\bexactly (\w+) blocks?\b[^.;]*?),\s*not more(?: than (?:\2|that))?(?=\s*(?:[.;!]|$))", r"\1"),  # 'exactly two block in W, not more (than two)'
    (r"[.;,]\s*which (?:blocks|ones)(?: go where)?,? (?:it )?(?:is not|does not|doesn t) matter\W*$|[.;,]\s*which (?:blocks|ones)(?: go where)?,? i leave (?:entirely |completely )?"
     r"(?:to you|up to you|to your (?:discretion|judge?ment|choice))\W*$", ""),  # '... Which blocks, it is not matter.'
    (r"\b(one|two|three|four|five) ((?:blocks? )?(?:in|on|into) [\w ]+?),?\s*(?:and )?no more,? (?:and )?no (?:less|fewer)\b", r"exactly \1 \2"),  # '..., two in the bowl, no more, no less'
    (r"^(?:dish|bowl) (?:the blocks|them|it all|everything) out(?: like [\w ]+?)?\s*[:,]\s*(?=(?:exactly )?(?:one|two|three|four|five) )", "put "),  # a cook's 'Dish the blocks out like portions: two in ...'
    (r",?\s*(?:whichever|whatever|any) way (?:up|round|around)(?: (?:you|u) (?:like|want|please))?(?=\s*(?:[,.;]|$))", ""),  # 'a tower of X and Y, whichever way up you like'
    (r"[.;,]\s*where (?:the blocks(?: in it)?|they|them|it|its blocks|its contents|their blocks|the contents) (?:go|goes|end up|ends up)(?: to)? (?:is|s|are) (?:not important|unimportant|up to you|your (?:call|choice)|"
     r"not my concern|of no (?:importance|consequence)|no matter)\W*$|[.;,]\s*i (?:do not|don t) mind where (?:it|they) (?:go|goes|end up|ends up)(?=\s*[,.;]|$)", ""),  # '... W empty. Where its blocks go is up to you.'
    (r"(\bexactly \w+ blocks?\b[^.;]*?)(?:[.;,]\s*any \w+ (?:will do|would do|is fine|are fine))?[.;,]?\s*(?:(?:but|and) )?no (?:more|fewer|less)(?: than \w+)?(?:,| and| or| nor) (?:no (?:more|fewer|less)(?: than)?|at (?:least|most))(?: (?:that|\w+))?(?=\s*(?:[.;!]|$))", r"\1"),  # '... exactly two ... but no more and no fewer than two'
    (r"((?:on top of|on|onto) (?:one of the other blocks|another block|a different block|some other block|one of the others))\s*[?.;,]\s*(?:(?:but )?any(?: of them| one| block| other)?\s*,?\s*)?"
     r"(?:except|but not|other than|apart from|save) (the \w+ block)\b", r"\1, but not \2"),  # 'X on top of one of the other blocks? Any of them except Y'
    (r"[.;]\s*(?:so )?(?:put|place|move|set|lay) (?:it|them) somewhere else(?:,? (?:but|just) not (?:in|into) the bin)?(?=\s*(?:[.;!]|$))", lambda m: (
        " or in the bin" if "bin" in m[0] else "") if rx(r"\b(?:should not|shouldn t|may not|must not|mustn t) be\b[^.;]*$").search(m.string[: m.start()]) else m[0]),
    (r"[,;]?\s*which (?:ones?|blocks?|one|two|three|four) (?:is|are|s) (?:not important|immaterial|irrelevant|unimportant|of no (?:importance|consequence))\b|^make so (?:that )?(?=every|each|all|the)", lambda m: "make sure " if m[0].startswith("make") else ""),
    (r"[.;,?]\s*(?:any|whichever|whatever) (?:blocks?|ones?|of them|one|two|three)(?: you (?:like|want|choose))? (?:are|is|will do|would do|will be|would be)"
     r"(?: (?:fine|ok|okay|good|alright|all right))?(?=\s*(?:[.;,!]|$))", ""),  # '... at least one block in it. Any blocks are fine'
    (r"(other than the \w+ (?:bowl|corner))(?:\s+though)?,?\s*(?:any|some) other (?:bowl|one|corner) (?:is|will be|would be|will do|would do)(?: fine| ok| okay| good| alright)?"
     r"(?=\s*(?:[.;!]|$))", r"\1"),
    # 'X in a bowl, just not W though, any other bowl is fine': the choice is free
    # no choice: 'any other block goes in the bin' after a rule is every other block ('any block can go ...' is one)
    (r"(^|[;,.:]\s*(?:and |but )?)any (other |remaining |leftover |left over )?(block|cube)s? (?=(?:goes|go|belongs?|should|must|gets|is to|has to|"
     r"ends up|needs to)\b)", r"\1every \2\3 "),
    # a rule for where something goes, or which one: 'whichever bowl is the leftmost one, put X in it'
    (rf"^whichever (bowl|block) is (?:the )?(\w+)(?: one)?,? ({_TAKE}) (the \w+ block) (in|into|on|onto) (?:it|that one|there)\b", r"\3 \4 \5 the \2 \1"),
    (rf"^(the (?:bowl|block) (?:nearest|closest to|furthest from|next to) the \w+ (?:block|bowl))\s*[:,;-]\s*({_TAKE}) (the \w+ block) (in|into|on|onto) "
     r"(?:that one|it|there|that bowl|that block)\b", r"\2 \3 \4 \1"),
    (r"^whichever bowl (?:has|holds|contains) nothing(?: in it)?,? (?:that is|that s|that's) where (the \w+ block) (?:should|must|has to|needs to|will) go\b",
     r"put \1 in the empty bowl"),
    # either of two, neither of them, either two or three
    (r"\b(?:not a single block|no blocks?|nothing|none of the blocks|not one block|not any blocks?) (?:should|must|can|may|is to|ought to) (?:stay|remain|be "
     r"left|be|sit) in (?:either )?(the \w+ bowl) or (the \w+ bowl)\b", r"empty \1 and empty \2"),
    (r"\b(in|into) (?:either|any) (?:one )?of the (?:two )?bowls\b|\b(in|into) either bowl\b", lambda m: f"{m[1] or m[2]} a bowl"),
    (r"\beither (one|two|three|four) or (?:two|three|four|five) (of the blocks|of them|blocks)\b", r"\1 \2"),  # the fewer will do
    (r"\b(take|put|move|get|grab|pick up|place|bin|drop|lift|throw) whichever of (the \w+ block) and (the \w+ block) (is|sits|stands|lies|rests|is sitting) "
     r"([^,.;]+?)(?=,? (?:and (?:put|place|move|drop|bin|throw|stick|set)|into|in the|on the|onto|to the)\b|\s*$|[,.;])", r"\1 \2 or \3, whichever \4 \5,"),
    (r",?\s*whichever (?:one|bowl|block|corner) (?:that is|it is|that may be|that happens to be)\b", ""),
    # 'whichever bowl you like', 'any corner you want', '... in a bowl. Any bowl you like.'
    (r"\b(?:whichever|whatever|any) (bowl|corner|block)s? (?:you|u) (?:like|want|choose|prefer|pick|fancy|think best)\b", r"any \1"),
    (r"[.;,]\s*any (?:bowl|corner|one|of them)(?: (?:you|u) (?:like|want|prefer|choose))?(?: (?:is|will do|is fine|works))?\s*(?=[.!]?\s*$)", ""),
    (r",? (?:at |in |on |onto )?(?:any|a) (?:free|empty|open) (?:spot|place|space) on the table\b", " onto the table"),
    (r"\b(on the table)(?:,? (?:somewhere|anywhere)(?: free| there is (?:room|space))?|,? (?:at |in |on )?(?:any|a) (?:free|empty|open) (?:spot|place|space)|"
     r",? wherever there is (?:room|space)|,? somewhere free)(?:[;,] where exactly is up to you)?", r"\1"),
    # one of two places: 'empty W; each block can go in the bin or on the table', 'X in the bin or W, your call', 'either A or B is fine for X'
    (rf"^(empty the \w+ bowl)[;,.]\s*(?:each block|each one|every block|they|the blocks) (?:can|may|could|should) go (?:in|into|on|onto) ({_PLACE})"
     r"(?: or [^,.;]+)?(?:,? (?:whatever|whichever)[\w' ]*)?[.!]?$", r"\1 into \2"),
    (r"^take (all the blocks|everything|every block) out of (the \w+ bowl)[.;,]\s*(?:the )?(bin|table) or (?:the )?(?:bin|table)\b.*$", r"empty \2 into the \3"),
    (rf"^either ({_PLACE}) or (?:the )?[\w ]+? (?:is|would be|are) (?:fine|ok|okay|good)(?: by me)? for (the \w+ block)\b.*$",
     lambda m: f"put {m[2]} {_prep(m[1])} {m[1]}"),
    (rf"^(?!(?:is|are|does|do|where|which|what|how|can|could)\b)(.*?)(?<!\bnot )(?<!\bnor )\b(?:either )?(in|into|on|onto|to|at) (?:either )?({_PLACE}) or (?:else )?(?:in |into |"
     rf"on |onto |to |at )?(?:the )?(?:bin|table|middle|\w+ bowl|\w+ block|\w+ \w+ corner)(?!\w)(?:\s*[.,;]?\s*(?:{_SAID})(?!\w))?", r"\1\2 \3"),
    (r"\bin a bowl(?:,? \w+)?[.;,!]+\s*(?:but )?not (?:in )?(the \w+ bowl)(?: though)?[.;,]\s*any other (?:one|bowl) (?:is fine|will do|works|is ok(?:ay)?)\b", r"in a bowl other than \1"),
    # 'a different bowl, doesn't matter which one', 'another bowl, your pick', 'any other one is fine'
    (r"\b(?:a different|another|some other|any other) (bowl|corner)\s*[.,;]\s*(?:your pick|your call|(?:it )?doesn t matter which(?: one)?|"
     r"(?:it )?does not matter which(?: one)?|i do not mind which(?: one)?|any (?:one|of them) (?:is fine|will do))", r"a different \1"),
    # choosing the blocks: 'choose any two blocks from the table and place them in W', 'pick one block that has a matching bowl ...'
    (rf"^(?:choose|pick|select|grab) (?:any )?(one|two|three|four) blocks? (?:from|off|on) the table and {_TAKE} (?:them|it) ", r"put \1 of the blocks on the table "),
    (r"^(?:pick|choose|find|select|take) (?:one|a|any) blocks? (?:that|which) (?:has|have|matches|match) (?:a|one of the) (?:matching )?bowls?(?: of (?:the same|its)"
     r" colou?r)?(?:,? any one of them)?,? and (?:put|pop|place|drop|move) it (?:in|into) (?:that|its|the matching) (?:own )?bowl\b", "put one block in its matching bowl"),
    (r"^put one colou?r[- ]?matching block (?:in|into) its (?:own )?bowl\b", "put one block in its matching bowl"),
    (r"^(?:any|every|each) block (on the table )?whose colou?r matches (?:a|one of the|the) bowls?(?: colou?r)? (?:goes|go|should go|belongs) (?:in|into) "
     r"(?:that|its|the matching) bowl\b", r"put every block \1in its matching bowl"),
    (r"[.;,]\s*(?:the )?table (?:is|s|will be|would be) (?:fine|ok|okay|good|alright|all right)(?: (?:for (?:them|it)|then|too|by me))?(?=\s*(?:[.;!]|$))", ""),  # '... The table is fine.'
    (r"\b((?:empty|tip|dump|pour|shake|turn) (the \w+ bowl)(?: out)?\b[^.;]*?\b(?:put|place|pop|set|drop|stick) (?:the \w+ (?:block|one|cube)|it|one)) (?:in there|in it|there) "
     r"instead\b", r"\1 in \2"),  # 'tip W out into the bin, then pop X in there instead': into W, in place of what was there
    # anywhere but the bin: the table
    (r"^(?:move|get|take|lift) (the \w+ block) (?:off|out of) (the \w+ (?:block|bowl))[.;,!]\s*(?:anywhere|wherever you like|wherever)(?: you like)?,? (?:but|except|as long as it is "
     r"not|so long as it is not|just not|other than) (?:in |into )?the bin\b(?: (?:is|would be|will do) (?:fine|ok|okay|good|alright))?", r"put \1 on the table"),
    (r"^(?:every block|all (?:the )?blocks|everything|each block) in (the \w+ bowl) (?:has|have|needs?|must|should) (?:to )?come out\b", r"empty \1"),
)
