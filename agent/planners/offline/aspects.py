"""Still, already, yet, no longer, said the way people use them, each said as what must hold at the end. 'X isn't on Y
yet (so put it there)' and 'X isn't in W yet; by the end it should be' ask for X on Y; 'it isn't there yet' after a
request only repeats it; 'W already has one block in it. Add one more (, any you like,) to make two' is a fact and then a
request about W; 'X should no longer be anywhere but W' asks for X in W. Read first among `speech.SPEECH`'s rules,
before 'yet' and 'already' are dropped as filler and 'no longer' becomes 'not'. How long a state should last ('for now',
'until I say otherwise', 'from now on', 'temporarily') is dropped: what must hold at the end is the same."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

_X = r"(the (?:\w+ ){1,6}?(?:block|cube|one)s?|it|they)"  # a block or blocks, named or described
_AT = (r"((?:sitting |resting |stacked )?(?:in|on|on top of|at|inside|under|underneath|beneath) (?:the (?:\w+ ){0,6}?(?:block|cube|bowl|"
       r"bin|table|corner|middle)|it|there))")  # where, said in full
_END = r"(?=\s*(?:$|[,.;:]| and\b| but\b| so\b))"


def _already(m: re.Match[str]) -> str:
    """'W already has one block in it. Add one more, any you like, to make two': the fact set aside, the request about W."""
    place, rest = m[1], m[2]
    if (ref := rx(r"\b(?:in it|in there|into it|there|it)\b").search(rest)) is not None:
        return rest[: ref.start()] + ("in " if ref[0] in ("there", "in there", "in it", "into it") else "") + place + rest[ref.end():]
    more = rx(r"^(add|put|drop|place|pop) (exactly |just )?(one|two|three) more(?: blocks?)?\b(?! (?:in|into|to)\b)").match(rest)
    return f"{more[1]} {more[2] or ''}{more[3]} more block{'s' if more[3] != 'one' else ''} to {place}{rest[more.end():]}" if more else m[0]


ASPECTS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # how things are now, said beside the goal: 'X, which is on Y for now, ends up in the bin', 'X is in W at present, but when you're finished it is on the table'
    (r",? (?:which|that) (?:is|are) (?:in|on|at) the [\w ]+? (?:for(?: now)?|at present|at the moment|right now|currently),", ","),
    (r"^(the \w+ block) (?:is|are) (?:in|on|at) the [\w ]+? (?:at present|for now|at the moment|right now|currently),? but (?:when you(?: are| re)? (?:finished|done)|by the end|at the "
     r"end|in the end|afterwards|later),? (?:it|they) (?:is|are|should be|will be|ends up|end up) ", r"\1 should be "),
    (r"^(first|to begin with),? (the \w+ block (?:is|are) [^,;.]+?),? then (the \w+ block (?:is|are) [^,;.]+?),? and (?:last|lastly|at last|finally|in the end) ", r"\1 \2, then \3, and finally "),
    (r"^(the \w+ (?:bowl|block)) (?:is|s) (?:just )?(?:sitting|standing|lying|sat|stood) (?:there|here|over there),? (empty|clear|free|with nothing (?:in|on) it)(?=\s*[.;])",
     r"\1 is \2 right now"),  # 'W is sitting there empty. ...': how it is now
    (r"\b(?:from|out of) (?:the spot|the place) (?:it is|it s)(?: in| at)?(?: (?:at the moment|right now|now|currently))?", ""),  # "don't move X from the spot it's in"
    (r"^i (?:want|would like|d like) (the \w+ bowl) (?:to be|emptied|empty)(?: empty)? at some (?:point|stage),? (?:and|but|then) (?:by|at) the end,? i (?:want|would like|d like) "
     r"(the \w+ block) in it( on its own| by itself| alone)?", r"empty \1, then put \2 in \1\3"),
    # how long a state should last says nothing of the state asked for: 'for now', 'until I say otherwise', 'from now on'
    (r"(?:^|,\s*|\s)(?:until i say (?:otherwise|so)|until (?:later|further notice|tomorrow|i come back|i get back)|as a temporary measure|for (?:a bit|a while|"
     r"the time being|now|good|later)|going forward|from (?:now|here) on|permanently|temporarily)(?:,\s*|\s*(?=$|[,.;])|\s+(?=\w))", " "),
    (r",\s*(?:any|whichever|whatever)(?: one| ones| two| three)? you(?: (?:like|want|choose|fancy|please)\b,?|(?=\s*(?:[.;]|$)))", " "),  # 'add one more, any you like,'
    (r",?\s*\b(?:so as |in order )?to make (?:it |that )?(?:two|three|four|five|six)(?: in all| in total| altogether)?(?=\s*(?:$|[,.;]))", ""),
    (rf"\b{_X} (?:is|are|s) already (?:in|on|at|inside|on top of) [^.;]+?[.;]\s*(?=\w)", ""),  # a fact said first, then the request
    (r"^(the bin|the \w+ bowl) (?:already (?:has|holds|contains|has got) [^.;]+?|(?:has|holds|contains) (?:nothing|no blocks?)(?: in it)? "
     r"(?:so far|yet|at the moment|right now)|is (?:still )?empty (?:so far|for now|at the moment|right now)|(?:has|holds|contains) (?:one|two|three|four|"
     r"a) blocks?(?: in it)?(?=[.;]\s*\S.*\b(?:one more|two more|another|more)\b))[.;]\s*(.+)$", _already),  # 'W holds two blocks. Put one more in'
    (r",? (?:which|that) (?:is|are|s) already (?:sitting |resting |stacked )?(?:on|in|at|on top of|inside) the \w+ (?:block|bowl|cube)\b"
     r"|,? where (?:it|they) (?:already|still) (?:is|are|sits?)\b", ""),  # 'on Y, which is already on Z', 'W, where it already is'
    (r"\b(?:every|each|any) block (?:that is|that s|which is) in a bowl(?: now)? (?:should|must|has to|needs to) (?:still )?(?:be|stay|remain) "
     r"in (?:that|its|the same) bowl(?: afterwards| at the end)?", "leave every block in a bowl where it is"),
    (r"\b(?:i (?:want|would like|need) )?(the \w+ (?:block|cube)|it) no longer (?:sitting |resting |stacked |lying )?(on top of|on|in|inside|at)\b",
     r"\1 should not be \2"),  # 'I want X no longer sitting on Y'
    (r"^no (?:block|blocks|thing) (?:is|are) in (the bin|the \w+ bowl) (?:so far|yet|at the moment|right now)[.;]\s*(.+)$", _already),
    (r"\b(the bin|the \w+ bowl) (?:does not|doesn t) (?:have|hold|contain) (the (?:\w+ ){1,3}?(?:block|cube)) (?:in it |on it )?yet\b",
     r"\2 should be in \1"),  # 'W doesn't have X in it yet'
    # not yet: the relation is wanted
    (r"[,;:.]?\s*(?:since |as |because |and )?(?:it|they) (?:is|are|s) not (?:there|in there|on there|in it|on it|in place) yet\b", ""),
    (rf"\b{_X} (?:is|are|s) not {_AT} yet\b", r"\1 should be \2"),
    (rf"(\bshould be [^,.;:]+?)[,;:.]?\s*(?:so |and )?(?:please )?(?:(?:put|get|move|place|set) (?:it|them)(?: there)?|i (?:would like|want|need) "
     rf"(?:it|them) (?:there|in there|in it))(?: by the end| now| by the time you are done| when you are done)?{_END}",
     r"\1"),  # 'X should be on Y, so put it there'
    (rf"(\bshould be [^,.;:]+?)[,;:.]\s*(?:but |and )?(?:by the end,? |by then,? )?(?:it|they) (?:should|must|needs? to|has to|have to)(?: be)?"
     rf"(?: by the end| there)?(?:,? since [^,.;]+)?{_END}", r"\1"),  # '...; by the end it should be, since they match'
    (r"\b(?:should|must) (?:no longer|not) be (?:anywhere|any place|anyplace) (?:but|except|other than|besides|apart from) (?:in |on |at )?"
     r"(the \w+ (?:bowl|bin))\b", r"should be in \1"),  # 'X should no longer be anywhere but W'
)

# the same words in questions, read as a question about now: 'is X still in W?', 'how many blocks are already in W?', 'is
# X no longer in W?' ('is X not in W?'), 'which block remains on top of X?', 'does W have anything in it anymore?'
ASKED: tuple[tuple[str, str], ...] = (
    (r"^is it (?:true|the case|so|right|correct) that (the \w+ \w+) (is|are) (?=not\b|no longer\b)", r"\2 \1 "),
    (r"\b(is|are|the \w+ (?:block|bowl)) (?:no longer|not any longer)\b", r"\1 not"),
    (r"(?<!\bi )(?<!\bwe )(?<!\bhold )(?<!\bkeep )(?<!\bstay )(?<!\bsit )\b(?:still(?! remains?\b)|already|anymore|any more|any longer|yet|by now)\b\s*",
     ""),  # never 'do I still have to ...?', 'hold still'
    (r"^(which|what) (block|bowl|one) (?:remains|stays)(?= (?:on|in|inside|at|under|on top of|sitting)\b)", r"\1 \2 is"),
    (r"^how many (\w+ )?blocks (?:remain|stay)(?= (?:on|in|inside|at|under|on top of|sitting)\b)", r"how many \1blocks are"),
)
