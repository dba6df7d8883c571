"""Things named around a request that it does not ask to move, each said as what it asks of them. The speaker's own
plans ('I'll deal with X later', 'X is my job', 'leave X to me') and what others did to them ('someone knocked X over
earlier; never mind that') keep them as they are. A comparison ('the same as X', 'like X', 'unlike X', 'do with X what was
done with Y'), a contrast said again ('X, mind, not Y', "it's Y, not X, that goes ..."), a reason ('since X is already
right', 'since there's no bowl the colour of X') and a warning ('careful: X is right next to it') are dropped or said as
the request they hang on. Read among `speech.SPEECH`'s rules, after `spatial.SPATIAL`; `asked_alone` reads a question said
after such words, on the raw text."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.words import VERB_RE
from agent.regex import rx

_B = r"the \w+ block"
_THINGS = r"(the \w+ (?:block|bowl)(?:,? and the \w+ (?:block|bowl))*)"
_START = r"(?:^|(?<=[.;,] ))"
_LATER = r"(?: myself| later| in a (?:minute|moment|bit|second|while)| afterwards| on my own| personally| by hand| tomorrow)*"
_DOER = (r"(?:somebody|someone|my (?:colleague|co worker|coworker|boss|partner|friend|assistant|kid|son|daughter)|a colleague|the (?:last|other) "
         r"(?:user|person|shift))")
_WHEN = r"(?:earlier|this morning|yesterday|before|a (?:minute|moment|while) ago|last night|today|already)"
_DID = r"(?:\w+ed|took|put|set|left|knocked|made|did)(?: out| over| around| up| with)?"
_FINE = (r"(?:never mind (?:it|that|them)|so keep it (?:there|where it is|as it is)|it can stay where it (?:is|landed|fell|ended up)|do not worry about "
         r"(?:it|that|them)|(?:that|it) is (?:fine|ok|okay|all right)(?: where it is)?|so (?:leave it|do not touch it|leave it alone|leave it be|it stays(?: put)?))")


def _left(things: str, more: str | None = None) -> str:
    """Each thing kept as it is, said one at a time (a bowl left alone keeps what is in it; it is never moved)."""
    return ", ".join(f"leave {t} alone" for t in [*rx(r",? and ").split(things), *([more] if more else [])])


def _warned(m: re.Match[str]) -> str:
    """A warning keeps what it says must stay ('careful, X is right next to it, so leave X be'); the rest of it is only
    what the speaker sees."""
    kept = rx(rf"\bso (?:leave ({_B}|it) (?:be|alone|where it is)|(it|{_B}) (?:stays|should stay|must stay|remains)(?: put| where it is)?)").search(m[0])
    if kept is None:
        return ""
    block = kept[1] or kept[2]
    block = (m["said"] or m["subject"]) if block == "it" else block
    return f"leave {block} where it is" if block else ""


DISTRACTORS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # the speaker's own plans: 'I'll deal with X later', 'X I'll sort out myself', 'X is my job', 'leave X and W to me'
    (rf"{_START}(?:i will|i am going to|i am gonna|i shall|i can|i ll) (?:deal with|take care of|handle|sort out|see to|get to|rearrange|look after|fix|"
     rf"tidy|move|do something with|sort) {_THINGS}{_LATER}(?:,? and (the \w+ (?:block|bowl))(?: too| as well)?(?=\s*(?:[.;,]|$)))?(?:\s*[.;,]\s*|\s+(?=(?:so|and|you)\b)|\s*$)"
     r"(?:(?:so|and|then) )?(?:you )?(?:just )?", lambda m: _left(m[1], m[2]) + (", and " if VERB_RE.match(m.string[m.end():]) else ". ")),
    (r"\bwhat i (?:need|want|would like) (?:from you|you to do|done)(?: is)?\s*,?\s*(?=the\b)", "i want "),  # 'what I need from you: X in W'
    (rf"{_START}({_B}) i will (?:sort out|deal with|handle|take care of|see to|get to|do){_LATER}(?=\s*(?:[.;,]|$))", r"leave \1 alone"),
    (rf"{_START}({_B}) is my (?:job|problem|business|department)(?:,? i will (?:get to|deal with|sort out|handle) it{_LATER})?(?=\s*(?:[.;,]|$))", r"leave \1 alone"),
    (rf"\bleave {_THINGS} to me(?:,? i will (?:sort|deal with|handle|take care of|do) (?:it|them)(?: out)?{_LATER})?(?=\s*(?:[.;,]|$))", lambda m: _left(m[1])),
    (rf"\bnever mind ({_B})(?:,? i am not asking you to (?:do anything with|touch|move) it)?(?:,? i will (?:do|handle|sort) (?:it|that){_LATER})?"
     r"(?=\s*(?:[.;,]|$))", r"leave \1 alone"),
    # what others did: 'someone stacked a block on X earlier. Put that block in W' (that block: the one on X)
    (rf"{_START}{_DOER} (?:stacked|put|placed|set|left) (?:a|another|one) block on (?:top of )?({_B})[^.;]*?[.;,]\s*(\w+) that block\b", r"\2 the block on \1"),
    (rf"{_START}{_DOER} (?:set|put|stacked|placed) ({_B}) on ({_B}) {_WHEN}[.;,]\s*leave (?:that pair|them|the two|both|those two)(?: of them)? "
     r"(?:alone|be|where they are)", r"leave \1 and \2 alone"),
    (rf"{_START}{_DOER} sorted the blocks by colou?r {_WHEN}?,? but ({_B}) ended up out of its bowl[.;,]\s*put it back (?:in|into) ", r"put \1 in "),
    (rf"{_START}(?:{_DOER} already {_DID} ({_B})[^.;,]*?|{_DOER} {_DID} ({_B})(?: [^.;]*?)? {_WHEN}|({_B}) (?:(?:was|got) (?:\w+ed|taken|put|left|set)|fell|toppled|rolled|slid)"
     rf"(?: over| out| around| up| off| down)?(?: [^.;]*?)? {_WHEN})(?: [^.;,]*?)?(?:\s*[.;,]?\s*(?:and |but )?{_FINE})*(?=\s*(?:[.;,]|$))", r"leave \1\2\3 alone"),
    (rf"^(the [\w ]+?) was (?:put|placed|set|left|stacked) there by {_DOER}[^.;]*[.;]\s*(\w+) it\b", r"\2 \1"),  # '... was put there by X. Move it ...'
    (rf"{_START}({_B}) used to be [^.;,]*?(?: until {_DOER} (?:moved|took|shifted) it(?: out)?)?[.;,]\s*(?:so )?(?:leave it(?: alone| be)?|do not touch it)\b",
     r"leave \1 alone"),
    (rf"\bkeep ({_B}) (?:that way|like that|as it is now)\b", r"leave \1 where it is"),  # 'X has been in W since yesterday; keep it that way'
    (rf"{_START}never mind that ({_B}) (?:ended up|is|was|got put|landed) [^.;,]*?(?: {_WHEN})?[,.;]\s*(?:do not|never) (?:take it out|move it|touch it)\b",
     r"leave \1 where it is"),
    (rf"{_START}({_B}) is (?:already )?(?:fine|ok|okay|all right) where it is\b", r"leave \1 where it is"),
    # a place ruled out before the request is said after it, where the request reads it: 'Never put anything in W. Just make sure X is ...'
    (r"^(?:do not|never) (?:add|put|place|drop) (?:anything|any blocks?|a block) (?:in|into) (the \w+ bowl)(?: at all)?\s*[.;,]\s*(?:just )?(.+)$",
     r"\2, and do not put anything in \1"),
    # comparisons: 'the same as X', '..., like X', 'unlike X, ...', 'do with X what was done with Y: put it in W'
    (rf"\bdo with ({_B}) what (?:was|you) (?:done|did) (?:with|to) {_B},? (\w+) it\b", r"\2 \1"),
    (rf"\bdo the same (?:as|with) (?:with )?{_B} (?:with|to|for) (the [\w ]+?),? (\w+) it (in|on)\b", r"\2 \1 \3to"),  # '... with NP: put it in W'
    (rf"({_B}) has a bowl (?:in|of) its (?:own )?colou?r[.;,]\s*(?:so )?(\w+) it (?:in there|in it|there|into it)\b", r"\2 \1 in the bowl of its colour"),
    (rf"({_B}) (belongs|goes|should go|should be) where {_B} is,? (in|on|at|into) ", r"\1 \2 \3 "),
    (rf"\btreat ({_B}) (?:like|the same as|as) ({_B}),? leave (?:both|them|the two)(?: of them)? (?:where they are|alone|be)\b", r"leave \1 and \2 where they are"),
    (rf"({_B}) is (?:luckier|better off|in luck|more fortunate)(?: than {_B})?,? there is a bowl (?:of|in) its (?:own )?colou?r[.;,]\s*(\w+) (?:\1|it) "
     r"(?:in|into) it\b", r"\2 \1 in the bowl of its colour"),
    (rf",?\s*(?:the same way|just as|in the same way)(?: as)? {_B} is (?:on|in|at) (?:the \w+ (?:block|bowl)|the table|the bin)(?=\s*(?:[.;,]|$))", ""),
    (rf",?\s*(?:just |exactly )?(?:the same as|same as|just like|as with|just as|the same way as) {_B}(?: is| does)?(?=\s*(?:[.;,]|$))", ""),
    (rf",\s*as {_B} (?:is|does|was)(?=\s*(?:[.;,]|$))", ""),
    (rf"(?<!would )(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bd )(?:,\s*)?\blike {_B}(?=\s*(?:[.;,]|$))", ""),
    (rf"{_START}(?:just )?(?:like|unlike) {_B},\s*", ""),
    # contrasts said again: 'X, mind, not Y', "it's Y I want in W", "it's Y, not X, that goes ...", 'not X, I am asking about Y: is it ...'
    (rf"[,;]?\s*{_B},? (?:mind|i mean|remember|mind you),? not {_B}(?=\s*(?:[.;,]|$))", ""),
    (rf"[,;]?\s*it is ({_B})(?: i (?:mean|meant|am talking about|am on about))?,? not {_B}(?=\s*(?:[.;,]|$))",
     lambda m: "" if m[1] in m.string[: m.start()] else m[0]),  # "Put X on the table. Y stays - it's X I mean, not Y": said again
    (rf",\s*all of them (?=(?:except|but|apart from|other than) {_B}(?:\s*[.;]|$))", " "),  # '..., all of them except X'
    (rf"\bit is ({_B}) (?:that )?(?:i|we) (want|need|would like) ", r"i \2 \1 "),
    (rf"\b({_B}) is (?:what|the one|the block)(?: that| which)? (belongs|goes|should go|should be|needs to go|has to go|must go|is going|is to go) ", r"\1 \2 "),
    (rf"\bit is ({_B}),? not ({_B}),? (?:that|which) (goes|should go|belongs|needs to go|has to go|is going) ", r"leave \2 alone, and \1 \3 "),
    (rf"{_START}if ({_B}) needed (?:moving|to move|to be moved),? i would (?:tell|have told) you(?: so)?[.;,]\s*", r"leave \1 alone. "),
    (rf"{_START}if i (?:wanted|had wanted|would want|would have wanted) ({_B}) (?:moved|touched|moving)[^.;,]*?,? i would (?:have )?(?:said|told you)(?: so)?[.;,]\s*",
     r"leave \1 alone. "),
    (rf"{_START}if i (?:would|had) (?:have )?meant ({_B})(?: too| as well)?,? i would have said (?:so|it)[.;,]\s*([^.;]*?)\bevery other block\b",
     r"\2every block except \1"),
    (rf"^not {_B},? i am asking about ({_B})[,.;]\s*(is|does|has|are) it\b", r"\2 \1"),
    (rf"^not {_B}[,.;]\s*(?=(?:first|then|put|move|take|stack|place|set|drop)\b)", ""),
    (rf",?\s*not {_B},? that one is (?:a bit |slightly |much |a little )?(?:further|farther)(?: away| off)?\b", ""),
    (r"\b(the (?:stack|tower|pile|block|one) [\w ]+?) is (?:the )?(?:next|second) (?:closest|nearest)[^.;,]*[.;,]\s*leave (?:that|it|that one) (alone|be|where it is)\b",
     r"leave \1 \2"),  # 'The stack with X at the bottom is the next closest; leave that alone.'
    (r",?\s*(?:it is|that one is|which is|it sits) at the bottom of (?:its|the|a) (?:stack|tower|pile)(?=\s*(?:[.;,]|$))", ""),
    (r",?\s*(?:whose|as its|since its) colou?r has no bowl(?=\s*(?:[.;,]|$))", ""),
    # reasons: 'since X is already right, leave it; ...', 'since there's no bowl the colour of X, ...', 'since I need X to stay put'
    (rf"{_START}(?:since|because|as) ({_B}) is already (?:right|fine|done|in place|where it should be|sorted|good)[,;]?\s*(?:leave it(?: alone| be)?\s*[,;.]\s*)?",
     r"leave \1 alone. "),
    (r"(?:^|(?<=[.;,] ))(?:since|because|as) there is no bowl (?:of |in )?the colou?r of the \w+ block,?\s*(?:just )?", ""),
    (rf",? (?:since|because|as) i need ({_B}) to (?:stay put|stay where it is|stay|remain where it is|remain)\b", r", and leave \1 where it is"),
    (r",? (?:since|because|as) (?:the \w+ bowl|it) is where it belongs\b", ""),
    (rf"({_B}) is holding up (?:a|another|one) block[.;,]\s*(\w+) that block\b", r"\2 the block on \1"),
    (rf"[.;]\s*the \w+ bowl is {_B}'?s bowl(?=\s*(?:[.;]|$))", ""),
    (rf"({_B}) is the one (?:i am|we are) keeping(?:,? because [^.;]*)?", r"leave \1 alone"),
    (r"^because [^,.;]*? i can ?not see (?:well|properly|clearly|it)?(?: from here)?[,.;]\s*", ""),
    # warnings: 'careful with X: it's sitting on Y', 'but watch out: Y is close by', 'careful, Y is right next to it, so leave Y be'
    (rf"{_START}({_B}) is [^.;]*?,? (?:so|and) (?:it|\1) (?:stays|should stay|must stay|remains|can stay)(?: put| where it is| there)?(?=\s*(?:[.;]|$))",
     r"leave \1 where it is"),  # 'X is at the bottom of a stack, so it stays' (a warning's 'careful:' said before is `discourse`'s)
    (rf"{_START}(?:but |and )?(?:careful|be careful|watch out|but out|heads up|caution|mind)(?: with (?P<said>{_B}))?\s*[,.;]\s*(?:it|(?P<subject>{_B})) (?:is|sits|s|stands|was|"
     r"is sitting|is standing) [^.;]*?(?=\s*(?:[.;]|$))", _warned),
    (r"[.;,]\s*(?:beside|next to|alongside) it,? (?:not|rather than|and not) on (?:top of )?it(?=\s*(?:[.;]|$))", ""),
)


_ASKED_RE = re.compile(r"^(?P<pre>[^?]*?)(?P<sep>\s*:\s*|\s+[-\u2013\u2014]+\s+|[.;]\s+)(?:(?:so |just |now |please )*(?:tell me|answer (?:me )?(?:this|me))\s*[:,]?\s*)?"
                       r"(?:(?:first|then|now|so|and),?\s+)?(?P<q>(?:is|are|does|do|has|have|how many|which|what|where|was|were)\b[^?]*\?)\s*$", re.IGNORECASE)


def asked_alone(instruction: str) -> str:
    """A question said after words around it, the question alone: 'Because X is in my way I can't see well: is ...?',
    "Not X - I'm asking about Y: is it in a bowl?" (it: Y), 'Someone took X out of W earlier - how many are left in W?',
    'X, the one in W: is anything on X?'; '..., like X?' at its end is dropped. Never a command's question ('Put X in W -
    is that all right?'), nor one whose 'it' points back into the words dropped."""
    if (two := rx(r"^(\W*(?:how many|where|what|which|is|are|does|do)\b[^.?!]*?)\s*(?:\.{2,}|\u2026)\s*(?=and (?:is|are|how|where|what|which|does|do)\b)",
                  re.IGNORECASE).sub(r"\1? ", instruction)) != instruction:
        return two  # a sleepy 'how many blocks r on the table... and is X in W': two questions
    if (ask := rx(r"^\W*(?:(?:hmm+|um+|so),?\s*)*is there a bowl (?:of )?the same colou?r as (the \w+ block)\?\s*(?:i think (?:there is|so)\W*)?(?:(?:could|can|would) you "
                  r"(?:please )?)?(?:put|pop|place|move) (?:the block|it) in(?:to)? (?:there|it)\W*(?:yes,? please\W*)?$", re.IGNORECASE).match(instruction)):
        return f"put {ask[1]} in the bowl of the same colour."  # a doubter's 'is there a bowl the same colour as X? I think there is... could you put the block in there?'
    if not instruction.rstrip().endswith("?"):
        return instruction
    text = rx(r",?\s*(?:just )?(?:like|unlike|the same as|as with) the \w+ block\s*\?\s*$", re.IGNORECASE).sub("?", instruction)
    m = _ASKED_RE.match(text)
    if m is None or VERB_RE.match(m["pre"].strip().lower()) or rx(r"\bhow many\b", re.IGNORECASE).search(m["pre"]):
        return text  # a command's question; 'count how many bowls there are. And is X in W?': two questions
    q = m["q"]
    if about := rx(r"\b(?:asking|talking|wondering) about (the \w+ (?:block|bowl))\b", re.IGNORECASE).search(m["pre"]):
        q = rx(r"\bit\b").sub(about[1], q, count=1)
    if rx(r"\b(?:it|its|they|them|their|that|this|those|these|both|mentioned|former|latter|same|ones?)\b|(?<!\bis )(?<!\bare )\bthere\b",
          re.IGNORECASE).search(q) or not rx(r"\bthe (?:\w+ (?:block|bowl)|table|bin)\b" + (r"|\bin (?:the |a |any )?bowls?\b" if m["sep"].strip() in ".;" else ""), re.IGNORECASE).search(q):
        return text
    return q[0].upper() + q[1:]
