"""What a message says once and then points back at, the way people avoid repeating themselves: a step said again for
other things ('bin X, and do the same with Y', 'X to W; Y likewise', 'ditto Y', 'then another two, same thing', 'and so
does Y'), a place said again ('Y should be there too', 'put Y up there', 'Y in that same bowl', 'put one back'), a block
pointed back at ('Z on that one', 'the one you moved', 'You'll see a few bowls. The one on the left ...'), and an
exception said again ('except X. And except Y'). Each becomes the sentence the clause reader knows, with what it points
at said by name. Read among `speech.SPEECH`'s rules."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

_PLACE_SAID_RE = re.compile(r"\b(?:in|into|on|onto|at|to) the \w+|\b(?:bin|leave|keep)\b")  # an earlier step to say again


def _same_with(m: re.Match[str]) -> str:
    """'..., and do the same with Y': said again only after a step that says where (never a whole message, which
    `grammar.same_again` reads against the last command)."""
    return ", then do the same with " if _PLACE_SAID_RE.search(m.string[: m.start()]) else m[0]


def _again_for(m: re.Match[str]) -> str:
    """'X in the bin; Y likewise', 'X in the bin, and the block underneath it': the step said again for Y; nothing more after
    every block ('throw every one of them blocks in the bin, the ones in the bowls too': among them already)."""
    if rx(r"^(?:\w+ )?(?:all(?: of)? the (?:blocks|cubes)|every(?: one of (?:the|them|those))? (?:blocks?|cubes?)|everything)\b(?! (?:on the table|in (?:the|a|any) (?:\w+ )?bowls?|inside|that|which|from|off|not|except|but|out)\b)").search(
            m.string[: m.start()]) and \
            rx(r"\b(?:ones|blocks|cubes)\b").search(m["thing"]):
        return ""
    return f", then do the same with {m['thing'].replace('ones', 'blocks')}" if _PLACE_SAID_RE.search(m.string[: m.start()]) else m[0]


def _moved_before(m: re.Match[str]) -> str:
    """'X on Y, then Z on that (one)', 'then Z on the one you moved': the block a step before this one moved."""
    before = m.string[: m.start()]
    said = rx(r"(the \w+ (?:block|one)) (?:on|onto|on top of|in|into|at|to|goes|sits)\b(?! (?:the )?(?:bottom|top)\b)").findall(
                      before[: max((b.start() for b in rx(r"[.;,]\s|\bthen\b|\band\b").finditer(before)), default=len(before))])
    return (f"{m[1]} {said[-1]}" if m.lastindex else said[-1]) if said else m[0]


def _there_too(m: re.Match[str]) -> str:
    """'X should be in W; Y should be there too': Y in W, the place said last before it."""
    said = rx(r"\b(in|into|at|on|onto) (the (?:\w+ )?(?:\w+ )?(?:bowl|corner|middle|block|bin|table))\b").findall(m.string[: m.start()])
    return f"{m['and'] or ''}{m['x'] or m['y']} should {m['not'] or ''}be {said[-1][0]} {said[-1][1]}" if said else m[0]


def _rest_there(m: re.Match[str]) -> str:
    """'Don't put X in the bin. But the rest of them can all go in there', '... only Y goes': they go where the last place
    said is."""
    said = rx(r"\b(?:in|into) (the (?:\w+ )?(?:bowl|bin))\b").findall(m.string[: m.start()])
    return f"put {m[1]} in {said[-1]}" if said else m[0]


def _then_also(m: re.Match[str]) -> str:
    """'put X in W. Then Y' / 'two into the bin, then another two, same thing': the step said again for the new thing."""
    before = m.string[: m.start()]  # the step just before this one says where: never a list ('X at the bottom, then Y, then Z')
    step = before[max((b.end() for b in rx(r"[.;,]\s|\bthen\b").finditer(before[:-1])), default=0):]
    said = rx(r"\b((?:in|into|on|onto|at|to) the [\w ]+?)(?=\s*(?:[.,;]|$| and\b| then\b))").findall(step)
    thing = m["thing"] or f"another {m.groupdict().get('count')} blocks"
    return f"{m['lead']}put {thing} {said[-1]}" if said else m[0]


def _not_for(m: re.Match[str]) -> str:
    """'put X in W, then do the same with Y, but not with Z': Z does not go where the step said."""
    before = m.string[: m.start()]
    said = rx(r"\b((?:in|into|on|onto|at|to) the [\w ]+?)(?=\s*(?:[.,;]|$| and\b| then\b))").findall(before)
    echoed = rx(r"\b(?:the same|repeat|likewise|ditto|do (?:that|it) again)\b").search(before)  # only a step said again is denied for Z
    return f", and do not put {m['thing']} {said[-1]}" if said and echoed else m[0]


def _up_there(m: re.Match[str]) -> str:
    """'clear off X, then put Y up there': on X, the block said last before it."""
    said = rx(r"\b(?:on top of|off|on|onto) (the \w+ block)\b").findall(m.string[: m.start()])
    return f"{m[1]} on {said[-1]}" if said else m[0]


def _stacking(said: str) -> bool:
    """Whether what comes before '..., then Z on top' stacks: a verb in its clause ('put Y on it, then Z on top'), or a
    block set on the one before earlier in the sentence ('X to the middle; then Y upon it; then Z on top'), unless the
    sentence builds a tower, which reads 'on top' itself."""
    sentence = rx(r"[^.]*$").search(said)[0]
    return bool(rx(r"\b(?:put|place|set|stack|move)\b").search(rx(r"[^.;:]*$").search(said)[0]) or rx(r"\b(?:upon|onto|on) (?:it|them)\b").search(sentence)
                and not rx(r"\b(?:tower|stack|pile)\b").search(sentence))


def _put_back(m: re.Match[str]) -> str:
    """'empty W into the bin, then put one block back (in W)': one of those that came out, into what they came out of."""
    source = rx(r"\b(?:empty|clear(?: out)?|tip(?: out)?|from|out of|everything in|all the blocks in) (the \w+ bowl)\b").findall(
                        m.string[: m.start()])
    return f"{m[1]} {m[2]} of them in {m[3] or source[-1]}" if source else m[0]


_AGAIN = r"(?:likewise|too|as well|also|same deal|same thing|the same|same as (?:those|that|before|them|the others?)(?: two| three)?)"
_THING = (r"(?P<thing>the \w+ block(?:(?:,| and) the \w+ block)*|the block (?:underneath|under|below|beneath|on top of|on) (?:it|the \w+ block)|"
          r"the (?:ones|blocks) in (?:the|any) bowls?)")

def _container(m: re.Match[str]) -> str:
    """'in it' where 'it' can only be a container (a block holds nothing): the bowl or the bin said last before it, when no
    block is named in between ('X stays out of the bin; everything else goes in it')."""
    said = list(rx(r"\bthe (?:\w+ bowl|bin)\b").finditer(before := m.string[: m.start()]))
    return f"{m[1]} {said[-1][0]}" if said and not rx(r"\bblock\b").search(before[said[-1].end():]) else m[0]  # 'X goes in it' right after W: left to the reader


_WORDS_RE = re.compile(r"[a-z]+")

ECHOES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"((?:on|onto|on top of|in|into) the \w+ (?:block|bowl))\s*[,;.]\s*(?:so )?it (?:should|must|has to|needs to|will) (?:stand|sit|be|go|rest|end up) "
     r"(?:on top of|on|in|inside) (?:him|her|it|that one|there)\W*$", r"\1"),  # a learner's '... onto Y, it should stand on top of him': said again
    (r"^(?:clear|tidy|empty)(?: up| off)? the table[.;!,]\s*(?=(?:everything|all(?: the blocks| of them)?|every block)\b[^.;]*\b(?:except|but|apart from|other than)\b)", ""),
    # 'Clear the table! Everything into the bin - except X!': the clearing said again, with its exception
    (r"[.;]\s*not (the \w+ block)[.;]\s*(?:and )?not (the \w+ block)\W*$", r" except \1 and \2"),  # a detective's 'Everything into W. Not X. Not Y.'
    (r"(?<=[.;!?])\s*(?:(?:(?:yes|yeah|sorry|so)\b[,.!]*\s*)+|(?=(?:the )?(?:top|bottom|same|that|this|last) one\b))[\w ,]+$", lambda m: "" if set(_WORDS_RE.findall(m[0])) - {"yes", "yeah", "sorry", "so", "one", "just", "please"}
     <= set(_WORDS_RE.findall(m.string[: m.start()])) else m[0]),  # '... into W please. sorry! top one, W': the request said again, after words to a child
    (r"(\b(?:on|onto) the table\b[^.;]*)[.;]\s*(?:on )?the table,?\s*(?:mind,?\s*)?(?:and )?not (?:in |into )?the bin\W*$", r"\1"),  # '... put on the table. The table, mind, not the bin.'
    (r"(?:^|(?<=[.;] ))(?:and )?then,? (the \w+ block) (?=(?:in|into|on|onto|on top of|to) (?:the|a) )", r"then put \1 "),  # a terse 'bin X. then Y in W.': the verb said once
    (r"(\b(bottom|top)\b[^.;!?]*[.;!])\s*(?:yes|yeah|yep|right|that s right)[,.!]?\s*the (?:very )?\2(?:most)? one\W*?(?=$|[.;!])", r"\1"),  # '... the one at the very bottom ... Yes, the bottom one.'
    (r"(\b(?:belongs?|goes|go|should be|must be|needs to be|has to be) (?:in|on|at|into|onto) the [\w ]+?)[.;!,]\s*(?:now,? |so |just |please )?(?:get|put|take|move|bring|pop) "
     r"(?:it|that one|them) (?:in |over |up )?there(?: now| please)?\W*$", r"\1"),  # a lifeguard's 'X belongs in W. Get it there.'
    (r"(?:^|(?<=[.;] ))(?:you (?:will|can|may|might) )?(?:see|notice|find|spot) (?:a few |some |several |two |three |four |five |the |all the |many )?"
     r"(bowl|block)s[^.;]*[.;]\s*the ((?:\w+ )?)one\b", r"the \2\1"),  # 'You'll see a few bowls. The one furthest to the left is ...'
    (r"(\bleave (?:everything|all) else (?:alone|where it is|as it is)\b)[.;,]\s*nothing else (?:moves|should move|gets moved|changes)\W*$", r"\1"),  # said twice
    (r"(\bon (?:top of )?the \w+ block\b[^.;]*?),\s*on top of (?:it|that one)(?=\s*(?:[.;,]|$))", r"\1"),  # 'X has to be on Y at the end, on the top of it'
    (r"(\b(?:every block|all (?:of )?the blocks|everything|all of them)\b[^.;]*\bin the bin\b[^.;]*?),?\s*(?:and )?nothing (?:stay|stays|should stay|remains?|is left|left) "
     r"(?:on the table|in the bowls?)(?: or (?:on the table|in the bowls?))?(?=\s*(?:[.;]|$))", r"\1"),  # '..., all of them, nothing stay on the table or in the bowls'
    (r"\b(the \w+ block) off (?:that|this|its) (pile|stack|tower)\b", r"\1 off the \2"),  # 'X off that pile': the one X is on
    (r"^(the (?:block|one) (?:nearest|closest|furthest|farthest|on top of|on|under|in) the \w+ (?:block|bowl)),\s*(?:yes,? )?(?:that|this) one(?=\s*(?:[.;!]|$))", r"\1"),  # 'The block nearest X, that (wretched) one! Bin it!'
    (r"(\b(?:except|but not|apart from|other than)(?: for)? the \w+ (?:block|one)),?\s*(?:and )?(?:leave|keep) (?:that one|it|that|this one)(?: where it is| alone| be| as it is| in place| put)?(?=\s*(?:[,.;]|$))",
     r"\1"),  # 'bin all the blocks on the table, except X, leave that one where it is'
    (r"^([^.;]*?\b(the \w+ bowl)\b(?:(?!\b(?:the \w+ bowl|out of|from)\b)[^.;])*?\b(?:it|them|that one) )(?:in|into) there\b", r"\1in \2"),  # 'the block nearest W, ... stick it in there'
    (r"^([^.;]*\b(the \w+ bowl)\b(?:(?!\bthe \w+ bowl\b)[^.;])*?\b(?:leave|keep) )(?:what|whatever|everything|anything|the blocks?)(?: that| which)?(?: is| s|'s| are)?(?: already)? (?:in|inside) (?:there|it)\b",
     r"\1everything in \2"),  # '... in W, but leave whats already in there alone' (the bowl said last: '..., but don't touch V: leave everything in it ...')
    (r"^((?:the|every|each|all(?: of)? the) [^,;.]*?\b(?:block|blocks|cube|cubes)\b[^,;.]*?),\s*(?:that one|those ones|those|that|it|they|them)(?: are| is| s|'s)? "
     r"(?:in|into|for) (the bin|the \w+ bowl)(?=\s*(?:[,.;]|$))", r"put \1 in \2"),  # 'The block on top of X, that one's for the bin please.'
    (r"\b(closest|nearest) to (the (?:(?:top|bottom) (?:left|right) corner|middle))\b([^.;]*?)\b(?:(?:into|in|to|at) (?:that|this|the same) (?:corner|spot|place)|"
     r"(?<=it )(?:exactly |right )?there)\b", r"\1 to \2\3 at \2"),  # 'move the block closest to C into that corner', '... put it exactly there'
    (r"^((?:bin|86|throw away|throw|toss|put|move|clear|scrap|chuck|dump|ditch|trash|junk) (?:everything|all(?: of)?(?: the)? blocks|every block) (?:but|except|apart from|other than|save) the \w+ block\b"
     r"(?: (?:in|into) the bin)?)\s*[:;,.]\s*(?:so )?(?:every other block|everything else|all the others|all the other blocks|the rest|the others|all the rest) (?:goes|go|should go|must go|is "
     r"going|are going)? ?(?:in|into) the bin\b", r"\1"),  # 'bin everything but X: every other block goes in the bin': said again
    (r"^(the \w+ block) has (?:got )?(?:its own|its|a matching|a) (?:colou?r )?bowl(?: of its (?:own )?colou?r)?,? (?:(?:right|yeah|you see|ok),? )?(?:so )?(?:put|pop|stick|place|drop) "
     r"it in (?:there|it|that bowl)\b", r"put \1 in its own colour bowl"),  # 'so X has its own colour bowl right, put it in there'
    (r"^(?:once|after|when|as soon as) (?:every block|everything|all the blocks|all blocks|each block|the blocks?)(?: that (?:is|was|are|were))? in (the \w+ bowl) (?:has|have|is|are) "
     r"(?:(?:gone|been (?:put|moved|thrown|tossed|binned|taken)|moved|binned)(?: (?:into|in|to) |$)|in |on |at )?(the bin|the table|the \w+ bowl|the (?:top|bottom) (?:left|right) corner|"
     r"the middle)?,? (?:put|move|place|stick|pop|drop|set) (the \w+ block) in(?:to)? (?:there|it)\b",
     lambda m: f"{f'put every block in {m[1]} in {m[2]}' if m[2] else f'empty {m[1]}'}, then put {m[3]} in {m[1]}"),  # 'once every block in W has gone into the bin, put X in there': W
    (r"(?<=\bgoes )(in|into|inside) it\b(?! (?:is|was|sits|rests|stands)\b)", _container),  # 'X stays out of the bin; everything else goes in it': the bin
    (r"(\bexcept (?:for )?the \w+ (?:block|one)\b[^.;]*)[.;]\s*(?:and )?(?:leave|keep) (?:that one|it|that block) out of (?:it|this|that|the bin|there)(?=\s*[.!]?\s*$)", r"\1"),  # '... Leave that one out of it.'
    (r"(\bexcept (?:for )?(?:the|those|these) [^,;.]+?),\s*(?:and |so |just |please )*(?:leave|keep) (?:those|them|these)(?: ones)?(?: (?:where they are|as they are|alone|be|in place|"
     r"untouched|there))?(?=\s*(?:[.;!]|$))", r"\1"),  # '... except the ones in W, leave those alone': the exception said again
    (r"^(?:any|every|each) (?:block|one) (?:(?:that|which)?(?: s| is| has|'s)?(?: got)?|with|having) (?:a|its|their) (?:own )?(?:bowl (?:of |in )?(?:its|their) (?:own )?colou?r|matching bowl|own bowl),? "
     r"(?:just |then |please )*(?:put|pop|place|drop|stick|set|move) (?:it|them) (?:in|into) (?:there|it|them)\b", "put every block in its matching bowl"),  # '..., put it in there': its bowl
    (r"\b(?:put|stick|pop|place|drop|set) (the (?:block|one) (?:closest|nearest) to (the \w+ bowl)) in(?:to)? (?:there|it)\b|\b(?:grab|take|pick up|get|fetch) ((?:the|whichever) (?:block|one)(?: (?:that|which))?(?: is| s)? "
     r"(?:closest|nearest) to (the \w+ bowl)) and (?:drop|put|pop|place|stick|toss|plop|set) it (?:right |straight )?in(?:to it| there| it|side)?(?=\s*(?:[!.;,]|$))",
     lambda m: f"put {m[1] or m[3]} in {m[2] or m[4]}"),  # '... stick it in there': that bowl
    (r"(?<=\bblock)(?: down)?,?\s*so (?:that )?it (?:sits|rests|stands|is|ends up|lands)(?: right| directly| squarely| exactly| neatly)? (?:on top of|on|onto|in|inside) "
     r"(?:it|that one|that block|that bowl)(?=\s*(?:[.;,!]|$))", ""),  # 'set X down on Y so that it sits right on top of it': the move said again
    (r"(?:^|(?<=[.;] )|(?<=, ))(?:but |and )?(the \w+ (?:block|bowl)),\s*(?:you )?(leave|keep|do not touch|do not move) (?:\1|it|them|that one|that bowl|that block)\b"
     r"(?:,\s*the blocks (?:inside|in it|in there) (?:stay|remain)(?: like this| as they are| where they are| put)?(?=\s*(?:[.;!]|$)))?", r"\2 \1"),  # 'But the white block, oh, leave the white block untouched'
    (r"\b(empty|emptied|clear|cleared|cleaned out) (the \w+ bowl),? (?:with )?(?:everything|all|whatever is|all the blocks|every block|the blocks) (?:in it|inside(?: it)?|from it) "
     r"(?:goes |going |should go )?(into|in|to|onto|on) (the bin|the table)\b", r"\1 \2 \3 \4"),  # 'I want W emptied, everything in it into the bin'
    (r"\b((?:stays?|remains?) (?:in|on) the \w+ \w+),? (?:just |exactly )?as (?:they|it) (?:are|is)(?: now| right now| at the moment)?(?=\s*(?:[.;!,]|$))", r"\1"),  # '... stay in W, just as they are now'
    (r"(\b(?:in|on|at|into|onto) (the \w+ (?:bowl|block)|the (?:top|bottom) (?:left|right) corner|the bin|the table|the middle)\b[^.;]*?)[.;,]\s*(?:yes|yeah|yep),?\s*(?:in|on|at|into|onto) \2"
     r"(?:,? (?:and )?(?:(?:not|never) (?:anywhere|somewhere) else|nowhere else))?(?=\s*(?:[.;!]|$))", r"\1"),  # '... in W. I think that's right... yes, in W, not anywhere else.'
    (r"(?:,\s*(?:and )?|(?<=[.;] )|\s+and )(?:(?:nothing else|no other block) (?:(?:should|may|can|must|is to|will) (?:go|be|end up)|is|sits) (?:in|into|inside) (the \w+ bowl)\b|"
     r"(the \w+ bowl) (?:holds|contains|has|should (?:hold|contain|have)|must (?:hold|contain|have)) nothing else(?: in it| inside it| besides| apart from that)?(?=\s*(?:[.;!]|$)))",
     lambda m: f"{'' if m[0].startswith(('.', ';')) or m[0][:1].isalpha() else '. '}no other block should be in {m[1] or m[2]}"),  # '..., nothing else should go in W', '..., and W holds nothing else'
    (r"\b((?:do not touch|do not go touching|leave|keep away from|stay away from) (the \w+ (?:bowl|block))),? (?:and )?(?:leave|keep) (?:it|that(?: one)?) (?:as it is|how it is|alone|where it is|like that|"
     r"like it is|be)(?=\s*(?:[.;!,]|$))", r"\1"),  # 'don't you go touching W, leave it how it is': W
    (r"(?:^|(?<=[.;] ))(the \w+ (?:block|bowl)),\s*(?:though,?\s*)?(?:that(?: one)?|it) (?:stays|remains|can stay|should stay|is staying)(?: put| where it is| as it is| exactly where it is)?(?=\s*(?:[.;!,]|$))",
     r"leave \1 where it is"),  # 'The blue block, though, that stays exactly where it is.'
    (r"(\b(?:but|except|apart from) (?:not )?(?:the \w+ block|it)(?:,? (?:and|or) the \w+ block)?)\W*\s*(?:(?:i(?: would| d)? like to|i want to|i(?: would| d) rather|i wanna|i need to|"
     r"let me|we(?: will| ll)?|please) )?keep (?:those|these|them|both|the two|that one|it)(?: two| ones| both| of them)?(?:,? (?:please|thanks|thank you))?\W*$", r"\1"),  # "..., but not X and Y? I'd like to keep those two."
    (r"[.!;]\s*(?:and )?make (?:it|that|this|them) (?:a|into a|one) (?:tower|stack)\W*$", ""),
    (r"(\bempty (?:out )?the \w+ bowl\b[^.;]*?,? but leave the \w+ block) in it\b", r"\1 in there"),  # 'Empty W into the bin, but leave X in it.'
    (r"(\bon (?:top of )?the \w+ block) like that\b", r"\1"),  # "X oughtn't to be sitting on Y like that, dear"  # 'i want X on top of Y!! make it a tower': said again
    (r"(\bin (?:the|any|a) (?:\w+ )?bowls?\b[^.;]*[.;,]\s*(?:so |then |and )?(?:please )?)(?:take|get|lift) (them|it) out(?=\s*(?:[.;,!]|but\b|$))",
     lambda m: f"{m[1]}take {m[2]} out of {'their bowls' if m[2] == 'them' else 'its bowl'}"),  # "I don't want any block in the bowls. Take them out but ...": out of the bowls, never held
    (r"(\b(?:should not|shouldn t|must not|mustn t) be in the \w+ bowl[.;,]\s*(?:(?:could|can|would|will) you |please )?)move (it|them) out(?=\W*$)", r"\1take \2 out"),  # "X shouldn't be in W. Could you move it out?"
    (r"\b((?:take|get|lift) (?:it|them) out)(?: of (?:it|there|the \w+ bowl))? and (?:put|place|set) (?:it|them) (?:anywhere|somewhere) else(?: you (?:like|want|please)| at all)?(?=\s*(?:[.;!]|$))", r"\1"),
    (r"(\bexcept (?:for )?the \w+ block)[.;,]\s*keep (?:that one|it) out of (?:there|it|the bin)(?=\s*(?:[.;!]|$))", r"\1"),  # 'every block in the bin except X. Keep that one out of there.'
    (r"(\bnot (?:in|into) the bin)(?: though)?,\s*keep (?:it|them) in play\b", r"\1"),  # a coach's
    (r"(\bleave (?:the rest|the others|everything else) (?:alone|where (?:it is|they are)|as (?:it is|they are)))[.;]\s*(?:the rest|the others|everything else) (?:stays|stay|remains|remain)"
     r"(?: put| where (?:it is|they are)| as (?:it is|they are))?(?=\s*(?:[.;!]|$))", r"\1"),  # 'Leave the rest alone. The rest stays.'
    (r"(\b(?:keep|leave) (the \w+ (?:block|bowl)) (?:exactly )?(?:where it is|as it is|alone|in place)),?\s*(?:and )?(?:do not|don t|never) (?:touch|move|disturb) (?:it|that one)\b(?: at all)?",
     r"\1"),  # '..., but keep X where it is, don't touch it': said twice
    (r"\b(on the table)(?: itself)?,? (?:and |but )?not (?:on (?:top of )?(?:another|a|any) block|in (?:a|any) bowl|in the bin)(?:,? (?:and|or|nor) (?:not )?(?:on (?:top of )?(?:another|a|any) "
     r"block|in (?:a|any) bowl|in the bin))*(?=\s*(?:[.;!,]|$))|(\bon the table\b[^.;]*)[.;,]\s*(?:and |but )?not (?:in |into )?the bin(?=\s*(?:[.;!]|$))",
     lambda m: m[1] or m[2]),  # 'X on the table itself, not on another block and not in a bowl'; '... on the table. not the bin'
    (r"(\b(the \w+ block) on (?:top of )?(the \w+ block)\b[^.;]*?)[.;,]\s*(?:(?:so |and )?\2 (?:goes|is|sits|stays|ends up|will be|should be) (?:on top|at the top)(?: of it)?"
     r"(?:,?\s*(?:and |while )?\3 (?:stays|goes|is|sits|will be|should be|remains) (?:underneath|below|beneath|at the bottom)(?: it)?)?|\3 (?:stays|goes|is|sits|will be|should be|remains) "
     r"(?:underneath|below|beneath|at the bottom)(?: it)?)(?=\s*(?:[.;!]|$))", r"\1"),  # 'Stack X on top of Y. X goes on top, Y stays underneath.': said again
    (r"^((?:take |get |clear )?(?:everything|all the blocks|all of them) out of the \w+ bowl)\s*[.;!,]\s*(?:everything|all of them|all|every block) (?=except|but\b)", r"\1 "),
    (r"(\bexcept (?:for )?the \w+ block)\s*[,;]\s*(?:that one|it|this one|that block) (?:stays|can stay|should stay|must stay|remains|is staying) (?:in|in there|"
     r"inside)(?=\s*(?:[.;!]|$))", r"\1"),  # 'Everything out of W! Everything except X, that one stays in!': said again
    (r"(\b(?:block|one|cube) on (?:top of )?the \w+ (?:block|one|cube)\b[^.;]*?)[.;,!]\s*(?:so |and |now |then )*(?:let s |let us |lets |go |we )?(?:build|make|finish|complete) "
     r"(?:that|this|the|your|our|my) (?:whole )?(?:tower|stack)(?: up)?(?=\s*(?:[.;!,]|$))", r"\1"),  # 'Step one: X on Y. Step two: Z on X. Build that tower': the one said
    (r"(?<=\bblock),?\s*(?:please,?\s*)?(?:(?:it |this |that )?(?:is |s )?for (?:to )?|so as to |in order to |to |so (?:that )?(?:i|we|you) (?:can )?)"
     r"(?:make|making|build|building|form|forming|start|starting|get|have) (?:a|the|one|my|our) (?:little |small |nice |two[- ]block )?(?:tower|stack|pile)(?=\s*(?:[.;!]|$))", ""),  # '... on Y, is for make a tower'
    (r"\b(and|then|after that|afterwards|next),? (?:(put|place|drop|move|throw|set|stick|pop|toss|bin|stack) both|both(?: of them)? (?:should |must |will |can |need to |have to )?(?:go|be|be put|be placed|end up))"
     r"(?= (?:in|into|on|onto|at|to|away)\b)", lambda m: f"{m[1]} {m[2] or 'put'} them both"),  # 'pick any
    # two blocks and place both in the bin': the two just picked, never every block
    (r"\b(in|into) (the \w+ bowl),? (if|unless|when|as long as) it (?:is|s) (empty|full|not empty|not full)\b", r"\1 \2, \3 \2 is \4"),  # 'X in W if it is empty'
    (r"\b(?:after that,? |then,? )?instead of (?:binning|throwing away|throwing out|moving|putting|dropping|tossing) (the \w+ block)(?: (?:in|into) the bin)?,? (put|place|"
     r"move|set|drop|stick) it\b", r"\2 \1"),  # 'instead of binning X, put it in W'
    (r"(?:\s*[;,.]\s*|(?<!\bnot)\s+)(?:and )?(?:then |after that,? |afterwards,? )?(?:(?:please )?(?:do|repeat) (?:the same|that|so|it|this)(?: thing)?(?: again| once more)?|"
     r"repeat|(?:and )?the same (?:applies|goes|is true)|(?:the )?same(?: thing)?(?: again)?|likewise|ditto|run it back|(?:do it )?again) (?:with|for|to) (?=the\b)|(?:\s*[;,.]\s*|\s+)(?:and )?(?:ditto|and so (?:does|do)|so (?:does|do)) (?=the\b)", _same_with),
    (rf"(?:\s*[;,.]\s*|\s+)(?:and )?(?:then )?{_THING},? {_AGAIN}(?=\s*[.!]?\s*$)", _again_for),
    (r"[,;]\s*and (?P<thing>the block (?:underneath|under|below|beneath|on top of|on) (?:it|the \w+ block)|the (?:ones|blocks) in (?:the|any) bowls?)\s*$",
     _again_for),  # '..., and the block underneath it (too)'
    (r"(\b(?:put|move|place|stack|set|drop|pop|goes|go|belongs?|(?:should|must|needs to|has to|is to) (?:be|go|end up))\b[^.;,]*?\b(?:on|onto|in|into|at|on top of) "
     r"the [\w ]+?)\s*[,;.:]?\s*(?:(?:so|and|then|please),?\s*)*(?:put|move|place|stack|set|pop|drop|bin) (?:it|them|every one of "
     r"them|all of them|them all) (?:there|in there|on there|in it)(?: then| please| now)?(?=\s*(?:[.;]|$))", r"\1"),  # '..., so put it there': said again
    (r"[.;,]\s*not next to (?:it|them),?\s*(?:but\s*)?on top of (?:it|them)(?=\s*(?:[.;!]|$))|\b(?<=bowl),?\s+the one that matches (?:it|its colou?r)\b|"
     r"(?<=on the table),\s*not in (?:a |any )?bowls?,", ""),  # 'X sits on top of Y. Not next to it - on top of it.', 'the purple bowl - the one that matches it'
    (r"(\b(?:in|into) (?:a|any|some|one of the|any of the) bowls?\b[^.;]*?)\s*[;,.]\s*(?:(?:so|just|please|then|and),?\s*)*(?:put|pop|drop|place|stick) (?:it|them) "
     r"(?:in|into) (?:one|any one|either)(?: of (?:them|those|the others))?(?=\s*(?:[.;!]|$))", r"\1"),  # '... any of the bowls but W; put it in one'
    (r"(\b(?:on|onto|on top of) (?:the \w+ block|the one\b[^.;,]*|it))(?:\s*[;,.]+\s*|\s+)(?:(?:so|and|then|please|just|yes)[,.!]?\s*)*(?:stack|pile) (?:them|those two|"
     r"the two(?: of them)?|both|it|that|that one)(?: up)?(?: (?:please|like that|that way))?(?=\s*(?:[.;!]|$))", r"\1"),  # 'X should go on Y; please stack them', 'X onto Y. Stack it': said once
    (r"\b((?:stack|put|place|set|pop) the \w+ block|(?:(?<=\bthen )|(?<=\bafter that )|(?<=\bafterwards )|(?<=\bnext )|(?<=\bfinally )|(?<=\bat last )|(?<=\blastly ))the \w+ block) on top(?! of)"
     r"(?=\s*(?:[.;,!]|$|\band\b|\bthen\b))",
     lambda m: m[0] if m[1].startswith("the ") and not _stacking(m.string[: m.start()]) else f"{'put ' if m[1].startswith('the ') else ''}{m[1]} on that"),  # 'move X to P, stack Y on top', '... put Y on it, and then Z on top'
    (r"\b(on|onto|on top of) (?:that|that one)(?=\s*(?:[.;,!]|$|\band\b|\bthen\b))", _moved_before),
    (r"\bthe (?:one|block) (?:that )?you (?:just )?(?:moved|put down|placed|stacked)(?: last)?\b", _moved_before),
    (r"(\bexcept (?:the \w+ block)(?: and the \w+ block)*)\s*[.;,]\s*(?:and )?except (the \w+ block)\s*[.!]?$", r"\1 and \2"),  # 'except X. And except Y.'
    (r"\b(the rest(?: of them)?|the others|everything else|all the others?) (?:can|may|should|must|will) (?:all )?go (?:in|into) there\b", _rest_there),
    (r"(?:^|(?<=[.;!?] ))(?:that|this) (block|cube|one) (?=(?:that|which) (?:is|s) the same colou?r\b)", r"the \1 "),  # 'that block that's the same colour as W, yeah? bin it'
    (r"(?:^|(?<=[.;!] ))(?:(?:only|just) )?(the \w+ block(?: and the \w+ block)?) (?:goes|go|is going|gets binned)(?: in| there| in there)?(?=\s*(?:[,.;!]|$))",
     _rest_there),  # 'do NOT put X in the bin!! only Y goes'
    (r"\b(?:(?P<and>and )(?P<x>the \w+ block) (?:should (?:be|go|end up) )?|(?P<y>the (?:\w+ ){0,3}?(?:block|one)(?: [a-z ]+?)?) (?:should|must|may|can) (?P<not>not |never )?"
     r"(?:be|go|end up|be put|be placed) )there(?: too| as well| also| either)?(?=\s*(?:[.;!]|$))", _there_too),  # '... Y must not go there': W too
    (r"(?P<lead>[.;,]\s*(?:and )?(?:then|after that|afterwards|next),? )(?:another (?P<count>one|two|three|four)(?: blocks?)?,? (?:same thing|the same|same again|"
     r"the same way|likewise|too|as well)|(?P<thing>the \w+ block)(?: itself| too| as well| does too| likewise|,? (?:the )?same way| as well,? (?:the )?same way)?)"
     r"(?=\s*[.!;]|\s*$)", _then_also),
    (r"(?P<lead>[.;,]\s*(?:and )?)(?P<thing>the \w+ block),? (?:the same way|same way|likewise|too|as well)(?=\s*[.!;]|\s*$)", _then_also),  # '..., and Y the same way'
    (r"(?:\s*[;,.]\s*|\s+)(?:but |and )?(?:not (?:with|for|to) |(?:do not|never) do (?:it|that|this|the same)(?: thing)? (?:for|with|to) |not )(?P<thing>the \w+ block)"
     r"(?:,? though)?(?=\s*[.!;]|\s*$)", _not_for),  # '..., then do the same with Y, but not with Z'
    (r"^(.*?\b(?:in|into) the bin)\b[^.;?]*[.;?]\s*(?:and )?the (?:ones|blocks) in (?:the|any) bowls?,?(?: as well| too| also)?\s*[.!]?$",
     r"\1, and put the blocks in the bowls in the bin"),
    (r"\b((?:put|place|set|stack|pop|stick) (?:the \w+ block|it)) up (?=on (?:it|them)\b)", r"\1 "),  # 'then stack Z up on it': on what 'it' is
    (r"(?<=[.;] )(put|place|pop|get|move|return|take) (it|them|that one|the \w+ block) back where (?:it|they) (?:belongs?|goes|go|lives?)\b", r"\1 \2 there"),  # 'X belongs in W. Put it back where it belongs.'
    (r"\b((?:put|place|set|stack|pop|stick) (?:the \w+ block|it)) (?:up there|on there|up on top|on top there)\b", _up_there),
    (r"\b((?:put|place|drop|pop|set|stick) (?:the \w+ block|it)) (?:in|into) (?:that|the|this) (?:same|very same) bowl\b", lambda m: f"{m[1]} in there" if rx(
        r"\b(?:put|place|drop|pop|set|stick|move)\b[^.;]*\b(?:in|into) (?:the|its|a|their)\b").search(m.string[: m.start()]) else m[0]),  # 'X in the bowl that
    # matches it, then Y in that same bowl'
    (r"\b(put|place|pop|drop|set|stick|return) (?:just |only )?(one|two|three)(?: blocks?| of them| of those| of the blocks)? back\b(?: (?:in|"
     r"into) (?:it|there|(the \w+ bowl)))?", _put_back),
)
