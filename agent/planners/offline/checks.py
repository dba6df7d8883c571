"""Requests said as checks, on the raw text: 'verify that P, and fix it if not' asks for P ('make sure that P'); 'check
that P; if it isn't, A' (or 'A if it is', 'otherwise A') asks for A when the scene says so ('if not-P, A'); 'X should be
in W. check that it is, and fix it if it isn't' asks only for what was said before it; and 'check whether Q and tell me;
no need to fix it' asks Q. What the scene says is read later, by `conditions`; P itself is read by the clause reader."""

from __future__ import annotations

import re

from agent.planners.offline.spelling import uncontracted
from agent.planners.offline.words import VERB_RE
from agent.regex import rx

_CHECK = (r"(?:(?:please|kindly|could you|can you|would you|will you|just|now|also|then|first|and|so|go and|go ahead and),? )*(?:double[- ]?check|"
          r"check(?: on)?|verify|confirm|make sure|ensure|see to it|see|be sure|inspect|find out|have a look|take a look|look(?: and see)?)"
          r"(?: for me)?")
_FIX = (r"(?:fix|correct|sort(?: out)?|repair|amend|rectify|remedy|put right|set right|make right|adjust|straighten out|make (?:it|that|them) so|"
        r"deal with|handle|take care of)")
_FIXED = (rf"{_FIX}(?: (?:it|that|this|them|things|the problem|what(?:ever)? (?:is|does) not (?:hold|match|fit)|what(?:ever)? is (?:wrong|not right|off)|"
          r"whichever (?:of them )?(?:is|are) (?:wrong|not right|off)|anything (?:that is )?(?:wrong|off|not right)|anything that fails|"
          r"(?:only )?what needs fixing|what is not))?(?: up| out| right)?")
_NOT = (r"(?:if (?:it|that|this|they|so|either|any of them|one) (?:is|are|does|do|has|have) not(?: so| true| the case| right| correct| there)?|"
        r"if not(?: so)?|if (?:that|this|it) is not (?:so|true|the case)|otherwise|if (?:it|that|anything|something|either|any) (?:is|are|goes|has gone) "
        r"wrong|if (?:needed|necessary|need be|required)|where (?:needed|necessary)|as needed|if (?:it|that|this) (?:fails|does not hold))")
_SAID_BACK_RE = re.compile(rf"(?:^|(?<=[.;:]) )(?:{_CHECK})(?: (?:that|whether|if) (?:it|they|that|this|so) (?:is|are|does|do|has|have)(?: so)?| (?:that|it|"
                           rf"this|of (?:it|that|this)|everything|each one|each of them|them|it over|through it|where it is))?,? (?:and )?(?:(?:{_NOT}),? )?(?:then )?"
                           rf"(?:{_FIXED}|put (?:it|them) there|make (?:it|that|them) so)(?:,? {_NOT})?\s*[.!]?\s*$|(?:^|(?<=[.;:] ))(?:go|work) through "
                           rf"(?:it|them|the list|this list|that)(?: one by one)? and {_FIXED}\s*[.!]?\s*$")
_FIX_TAIL_RE = re.compile(rf"(?P<p>.+?),?\s*(?:-+\s*|\(\s*)?(?:and |then |but )?(?:{_NOT},? (?:then |just |please )*{_FIXED}|{_FIXED}(?:,? {_NOT})?|(?:fixing|correcting|"
                          rf"sorting out|putting right) (?:it|that|this|them|things)(?: up| out| right)?(?:,? {_NOT})?|put (?:it|them) there,? {_NOT})\s*\)?(?P<rest>(?:,? (?:and |but )?"
                          r"(?:keep|leave|do not|never|without|then)\b.*)?)[.!]?$")
_BRANCH_RE = re.compile(r"(?P<p>(?P<s>.+?) (?P<v>is|are|has|have)(?P<neg> not)? (?P<pred>[^;,]+?))\s*(?:[;,.]|\s-+)\s*(?:and |so |but )?(?:then )?(?:(?:if "
                        r"(?P<es>it|they|that|there|so|something|anything|a block|one|any of them|either of them) (?P<ev>is|are|has|have|does|do)(?P<eneg> not)?"
                        r"(?: so| there| true| the case)?|(?P<other>otherwise|if not|else|if (?:that|this|it) is not (?:so|the case|true))),? (?:then )?(?P<a>.+)"
                        r"|(?P<a2>[^;,]+?) if (?P<es2>it|they|that|something|anything|one|any of them) (?P<ev2>is|are|has|have|does|do)(?P<eneg2> not)?"
                        r"(?: so| there| true| the case)?(?P<rest2>(?:[,;] .*)?))$")
_MEANS_RE = re.compile(rf"(?:{_FIXED}|(?:put|set|move|get) (?:it|them) (?:there|back)|make (?:it|that|them) so|(?:lift|take|get|move) (?:it|that|them|that one|"
                       r"this) (?:off|out|away)(?: of (?:it|there|the \w+ \w+))?(?: and (?:set|put|place) (?:it|them) there)?|remove (?:it|that|them)|clear it|"
                       r"empty it|put (?:a|one) block in (?:it|there)|(?:take|lift|get|move) (?:any such blocks?|those|any of them) (?:out|off|away)|put (?:the \w+ "
                       r"block|it|them) (?:in )?there(?: too| as well)?)(?=$|[,;])")
_REPORT_RE = re.compile(rf"^(?:{_CHECK}) (?P<how>whether|if|how many|which|what|where)\b(?P<q>[^?;]+?),? (?:and |then )*(?:(?:just )?(?:tell me|let me know|"
                        r"report(?: back)?|give me|say)(?: (?:yes or no|the answer|the number|the count|what you find|back))?)?\s*(?:[?.!;]\s*|$)(?P<rest>(?:(?:please |"
                        r"just )?(?:leave (?:it|them|everything) (?:as (?:it is|they are)|alone|be)|no need to (?:fix|change|move|touch) (?:it|anything|them)|do not "
                        r"(?:fix|change|move|touch) (?:it|anything|them)|(?:just )?(?:look|check),? do not (?:touch|move) (?:it|anything)|nothing else|"
                        r"(?:i )?only (?:want|need) to know)[.!;]?\s*)*)$")


def _stated(item: str) -> str:
    """One item of a check-list said as a fact: 'the bin still empty' -> 'the bin is still empty'."""
    if rx(r"\b(?:is|are|has|have|goes|go|sits?|rests?|stands?|stays?|should|must|holds?|contains?|ends? up)\b").search(item):
        return item
    m = rx(r"^((?:the \w+ (?:block|bowl)|the bin|the table|nothing|no block|(?:at least|at most|exactly|no more than|only) \w+ blocks?))\s+(?=\w)").match(item)
    return f"{m[1]} {'are' if m[1].endswith('blocks') else 'is'} {item[m.end():]}" if m else item


def checked(instruction: str) -> str:
    """The request a check says, or `instruction` as it is when it is no check."""
    instruction = rx(r"\b(confirm|verify|check) (?:exactly|precisely|for me) (?=how many\b|what\b|which\b|where\b)", re.IGNORECASE).sub(r"\1 ", instruction)  # '... confirm exactly how many ...'
    instruction = rx(r"\bsay me\b(?=,? (?:where|what|which|how many|if|whether)\b)", re.IGNORECASE).sub("tell me", instruction)  # a learner's 'Can you say me where is X?'
    instruction = rx(r"^\W*(?:request|requesting) (?:a )?(?:count|tally|headcount) of (blocks|bowls) ((?:on|in) [^.?]+?)(?:[.?]\s*over)?\W*$", re.IGNORECASE).sub(r"How many \1 are \2?", instruction)  # a pilot's 'Request a count of blocks on the table. Over.'
    text = heard = rx(r"\b(is|are|does|do|has|have|was|were)n'?t\b").sub(r"\1 not", uncontracted(instruction.strip().lower()))  # and 'isnt'
    if not rx(rf"\b(?:{_CHECK}|checks|checklist)\b|\bthrough (?:it|them|the list|this list|the \w+)\b").search(text):
        return instruction
    if (report := _REPORT_RE.match(text)) and (report["rest"] or rx(r"\b(?:tell|let) me\b|\bgive me\b|\breport\b").search(text)):
        q = report["q"].strip()
        if report["how"] in ("whether", "if"):  # 'check whether anything is on X and tell me': 'is anything on X?'
            inverted = rx(r"^(.+?) (is|are|has|have) (.+)$").match(q)
            return f"{inverted[2]} {inverted[1]} {inverted[3]}?" if inverted else instruction
        return f"{report['how']} {q}?"
    text = rx(r"^(?:i (?:want|would like|need) to be (?:sure|certain)|(?:please )?be (?:very )?sure) (?:that )?").sub("make sure that ", text)
    text = rx(r"[;,.]\s*(?:and )?(?:please )?(?:make sure of (?:it|that)|see to it|see to that)\W*$|,? and make sure (?:it|they) (?:really |actually )?(?:ends? up|goes|go|"
              r"lands?|is|are) (?:inside|in there|in it|there|on it|on top)\W*$").sub("", text)  # '...; please make sure of it': said again
    text = rx(r"\bmake sure (?:that )?you (?=leave|keep|do not|never|put|move)").sub("", text)
    text = rx(r"^(?:whatever|whichever|the) block (?:that )?is (on top of|on|in|under|beneath) (the \w+ \w+),? (make sure|ensure|see to it)(?: that)? (?:it|that one) ").sub(
              r"\3 that the block \1 \2 ", text)  # 'whatever block is on top of X, make sure it goes in the bin'  # 'make sure you leave X where it is'
    text = rx(r"(there (?:are|is) (?:no more than|at most|not more than) \w+ blocks? on the table(?:,? [\w ]+? included)?)[;,.]\s*(?:and )?if there (?:are|is) "
              r"more(?: than that)?,? ((?:put|throw|move) the (?:extras?|extra ones|rest) (?:in|into) the bin)").sub(r"\1, and \2", text)  # 'if there are more, bin the extras'
    text = rx(rf"^(?:{_CHECK}|find out|work out|figure out) which (block|one) is ([^,]+?)(?:,? (?:not counting|excluding|ignoring|leaving out) (?:any|the ones?|"
              r"those)(?: that are| which are)? (?:already )?(?:in|inside) it)?,? (?:and |then )+(put|move|place|drop|stack|set) (?:that one|it|that block) ").sub(
              r"\3 the block that is \2 ", text)  # 'check which block is nearest W, and put that one in W'
    unchanged = instruction if text == heard else text  # what is left when no check is read: the words said plainly
    checklist = rx(rf"^(?:(?:i would like|i want|i need) (?:\w+ )?things? to be (?:true|so|right)[,.;]? (?:so |and )?)?(?:(?:{_CHECK}|go through|work through|run through)"
                   rf" (?:these|this list|the list|each one|each of these|them|the following)(?: (?:\w+ )?(?:things|items|points|conditions))?|(?:\w+ )?checks?|"
                   rf"checklist)(?:,? (?:and )?(?:(?:then )?(?:{_FIXED}|tick (?:each|every) (?:item|one|line) off)|(?:{_FIXED}) (?:only )?(?:what|anything|whatever) "
                   r"(?:is not (?:right|so|true)|fails|is wrong|needs fixing|is not))(?:,? (?:{_NOT}))?)?\s*:\s*").match(text)
    listed = text[checklist.end():] if checklist else ""
    if checklist and "?" not in text and not (VERB_RE.match(listed) or rx(r"(?:name|list|tell|show|count|say|what|which|where|how)\b").match(listed)):
        items = rx(rf"[.;]\s*(?:and )?(?:{_FIXED}|sort out whichever (?:of them )?(?:is|are) wrong)\W*$").sub("", text[checklist.end():])
        items = rx(r"\s*\((?:and )?(?:leave|keep) (?:it|that|them) (?:just |exactly )?(?:as it is|as they are|where it is|where they are|there|alone|be)\)").sub("", items)
        items = rx(r",? if (?:it|they) (?:is|are) not (?:there|in there|in it|on it)(?: yet| already)?").sub("", items)  # '..., if it isn't there yet'
        stated = [_stated(i) for i in rx(r"\s*(?:[;,]\s*(?:and\s+)?|\band\s+)(?=the |no |nothing |at |exactly |every |each |all |none )").split(
            items.rstrip(" .")) if i]
        if not stated:
            return unchanged  # 'checklist:' with nothing on it
        if any(rx(r"\b(?:at least|at most|exactly|no more than|no fewer than|only) \w+ blocks?\b").search(i) for i in stated):
            return " ".join(f"make sure that {i}." for i in stated)  # a count is read alone: one sentence each
        return "make sure that " + (", ".join(stated[:-1]) + ", and " if len(stated) > 1 else "") + stated[-1]
    if through := rx(r"^(?:go|work|look|run) through (?:all )?the (bowls|blocks)(?: one by one| one at a time| in turn)?,? and (?:tell me|count|say|let me know) how "
                     r"many (?:of them )?(.+?)\W*$").match(text):
        return f"how many {through[1]} {through[2]}?"  # 'go through the bowls and tell me how many of them are empty'
    if other := rx(rf"(?:^|(?<=[.;:] ))(?:{_CHECK})(?: that)? (?:it|they|that|this|so) (?:is|are|does|do|has|have)(?: so)?,? (?:and )?(?:otherwise|if not|if (?:it|they) "
                   r"(?:is|are|does|do) not),? (.+)$").search(text):  # 'X should be off the table. verify that it is, and otherwise put it in W': where
        return f"{text[: other.start()].rstrip(' .;:')}. {other[1]}" if other.start() else unchanged
    where = rx(rf"(?:^|(?<=[.;:] ))(?:{_CHECK}) where (?:it|they) (?:is|are)(?: now)?,? (?:and )?if (?:it|they) (?:is|are) [^,]+,? (?:\w+ (?:it|them) (?:out |off |up |down )?)"
               r"(?P<to>(?:onto|on|into|in|to) the [\w ]+?)\W*$").search(text)
    if where and where.start() and rx(rf"\b{where['to'].split(' ', 1)[1]}\b").search(text[: where.start()]):
        return text[: where.start()].rstrip(" .;:") + "."  # 'I'd like X back on the table. confirm where it is, and if it's in W, lift it onto the table'
    if said_back := _SAID_BACK_RE.search(text):  # 'X should be in W. check that it is, and fix it if not': what was said before
        before = text[: said_back.start()].rstrip(" .;:")
        return before + "." if before else unchanged
    if looked := rx(rf"^(?P<pre>(?:.*?[.;:] )?)(?:{_CHECK}) (?P<x>the \w+ (?:block|bowl))\s*(?:[:,;.]|\band\b|\bthen\b|\s)+(?P<rest>(?:if|when)\b.+|"
                    r"(?:take|put|move|remove|empty|clear|lift|get|bin|stack|place)\b.+)$").match(text):
        return looked["pre"] + rx(r"\bit\b").sub(looked["x"], looked["rest"], count=1)  # 'check W and take out anything in it': what to do
    lead = rx(rf"^(?P<pre>.*?(?:[.;:]|,? (?:and )?then|, and) )?(?P<check>{_CHECK})(?: that| whether| if)? ").match(text)
    if lead is None:
        return unchanged
    body, pre = text[lead.end():], lead["pre"] or ""
    if pre and rx(r"(?:that|this|it|they|those|these|the same)\b").match(body):
        return unchanged  # 'X is on a block. confirm that that block is ...': what it points back at is not read here
    if fix := _FIX_TAIL_RE.fullmatch(body):  # 'verify that P, and fix it if not'
        return f"{pre}make sure that {fix['p'].strip()}{fix['rest']}"
    if (branch := _BRANCH_RE.fullmatch(body.rstrip(".!"))) is None:
        return unchanged
    s, v, neg, pred = branch["s"], branch["v"], bool(branch["neg"]), branch["pred"]
    subject = branch["es"] or branch["es2"]
    if branch["other"]:  # 'otherwise A': when P does not hold
        cond_neg = not neg
    else:
        cond_neg = bool(branch["eneg"] or branch["eneg2"])  # 'if it is not' / 'if it is': P's predicate, said with the ellipsis's polarity
        s = s if subject in ("it", "they", "that", "so", "there") else subject
    action = branch["a"] or f"{branch['a2']}{branch['rest2'] or ''}"
    if rx(r"[;,.]\s*(?:and )?(?:if not|if (?:it|they) (?:is|are|does|do) not|otherwise|else|if so)\b").search(action):
        return unchanged  # 'see if X is free. If it is, A; if not, B': both branches, read as said
    if means := _MEANS_RE.match(action):  # 'if it isn't, put it there': the wish, what A makes so
        wish = branch["p"] if cond_neg != neg or s != branch["s"] else f"{s} {v}{'' if neg else ' not'} {pred}"
        return f"{pre}make sure that {wish}{action[means.end():]}"
    if rx(r"^(?:nothing|no block|none|no blocks|not one)\b").match(s):
        if not cond_neg and branch["other"] is None:
            return unchanged
        s, cond_neg = ("something" if s.startswith("nothing") else "a block"), False  # 'nothing is on X; otherwise, A': 'if something is on X, A'
    return f"{pre}if {s} {v}{' not' if cond_neg else ''} {pred}, {action}"
