"""Who shares a place with whom, said in the words people use, each said as the goal the clause reader knows. Alone:
'put X in a bowl all on its own', 'give X a bowl to itself', 'make X the sole block in W', 'no more blocks in W: just X',
'W should have just one block in it: the one on Y' ('X should be the only block in W'). Room: 'make room for X in W',
'W is crammed: one block in it would be right'. Together: 'X should be sharing a bowl with Y', 'put X in W, together with
Y', 'put X wherever Y is' ('in the same bowl as Y'), 'the bowl Y is in', 'Y's bowl', 'X and Y in the same stack'. Apart:
'split X and Y up into separate bowls', 'X and Y go in bowls, but not both in the same one', 'a different bowl from Y'.
Read first among `speech.SPEECH`'s rules, before 'alone' and 'the only' are dropped as emphasis."""

from __future__ import annotations

import re
from collections.abc import Callable

_X = r"(the \w+ (?:block|cube)|it)"  # one block, named
_ANY = r"(the (?:\w+ ){0,6}?(?:block|cube|one)|it)"  # one block, named or described ('the block that is furthest to the left')
_MATCHING = r"(?:the bowl (?:of )?the same colou?r as it|the same colou?red bowl|the matching bowl|the bowl that matches (?:its colou?r|it)|its matching bowl)"
_W = (rf"(a bowl|an empty bowl|its own bowl|one bowl|one of the bowls|{_MATCHING}|the (?:\w+ ){{0,5}}?bowl(?: (?:that |which )?the \w+ (?:block|cube) is in| with the \w+ "
      r"(?:block|cube) in it)?|it|there|that bowl)")  # a bowl
_ALONE = r"(?:all |completely |entirely )?(?:alone|by itself|on its own|to itself|by its own|of its own)"
_PUT = r"(?:put|place|drop|move|set|stick|pop|get|bring|transfer)"
_LIST = r"(the \w+ (?:block|cube)(?:(?:,|,? and) the \w+ (?:block|cube))*)"  # named blocks
_END = r"(?=\s*(?:$|[,.;])| and\b| but\b| then\b)"
_LEAD = r"(?:(?:put|place|move|get|stack|pile|lay|set|arrange|i want|i would like|i need) )?"  # a verb before the set: said again in the rule's own
_NOT_ASKED = r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bif )(?<!\bwhether )"  # a statement, not 'is X alone in W?'

SHARING: tuple[tuple[str, str], ...] = (
    (r"\b(the \w+ block and the \w+ block) (?:sharing|share|both in|together in) (the \w+ bowl)\b", r"\1 in \2"),  # 'X and Y sharing W'
    (r"\b(the (\w+) bowl) (?:holds|has|contains|should hold|should have) (?:its own colou?r|the block of its (?:own )?colou?r) only,? (?:the \2 block,? )?(?:and "
     r"nothing else)?", r"\1 holds only the \2 block"),  # 'W holds its own colour only, the W-coloured block and nothing else'
    (r"\bthe (?:one and only|sole) (block|cube|one|thing|occupant)\b", lambda m: "the only " + ("block" if m[1] == "occupant" else m[1])),
    (r"\bthe (\w+) (block|cube)(?: s|'s|s') (?:bowl|dish)\b", r"the bowl the \1 \2 is in"),  # 'the blue block's bowl': where it is
    # alone in a bowl
    (rf"\b{_PUT} {_ANY}(?: down)? {_ALONE} (?:in|into|inside) {_W}{_END}", r"\1 should be the only block in \2"),
    (rf"\b{_PUT} {_ANY} (?:in|into|inside) {_W},? {_ALONE}{_END}", r"\1 should be the only block in \2"),
    (rf"\b{_PUT} (the [\w ]+?|it) (?:in|into|inside) {_W},? (?:with nothing else in (?:it|there|the bowl)|where (?:it will not share with anything|"
     r"no other block is|nothing else is|there is nothing else)|that nothing else is in)", r"\1 should be the only block in \2"),
    (rf"\b{_NOT_ASKED}(?:(?:what )?i (?:want|need|would like|d like),?(?: \w+,)? (?:is )?(?:to see )?)?{_ANY} (?:sitting |resting |standing |placed )?(?:in|inside) {_W},?(?: {_ALONE},?)? with "
     rf"nothing else in (?:it|there|the bowl){_END}", r"\1 should be the only block in \2"),  # 'What I'd like is X in W all on its own, with nothing else in there'
    (rf"\b{_NOT_ASKED}(?:i (?:want|need|would like) )?{_ANY} (?:should |must |needs to |has to |is to |can |will )?(?:be )?(?:go|goes|sit|sits|be|is|end up|ends up|stay|"
     rf"stays|live|belongs?|rest|rests|stand|stands|be sitting|be standing|be resting) (?:in|into|inside) {_W},? {_ALONE}{_END}", r"\1 should be the only block in \2"),
    (rf"\b{_NOT_ASKED}{_ANY} (?:should|must|needs to|has to|is to|to) (?:be )?(?:go |sit |sitting |be |end up |stay |rest |resting |standing )?{_ALONE} in {_W}{_END}",
     r"\1 should be the only block in \2"),
    (rf"\bi (?:want|need|would like) {_ANY} {_ALONE} in {_W}{_END}", r"\1 should be the only block in \2"),
    (rf"\bi (?:want|need|would like) {_ANY} (?:in|inside) (a bowl|an empty bowl|one of the bowls|the (?:\w+ ){{0,3}}?bowl),? {_ALONE}{_END}",
     r"\1 should be the only block in \2"),  # 'I'd like X in a bowl by itself'
    (rf"\b{_X} (?:(?:is to|should|must|has to|needs to|will) )?(?:stays?|remains?|is staying|stands?|sits?) in {_W}\s*[;,.]\s*(?:and )?(?:keep|leave) it (?:in there |there |in it )?{_ALONE}{_END}",
     r"\1 should be the only block in \2"),
    (rf"\b(the (\w+) block) should be the only block in {_MATCHING}", r"\1 should be the only block in the \2 bowl"),  # its own colour's
    (rf"\b{_PUT} {_ANY}(?: down)? (?:in|into|inside) {_W},? (?:and )?(?:make (?:it|that|sure it is)|so (?:that )?(?:it is|it s|only that block is)) the only (?:block|one|"
     r"thing)(?: (?:there|in there|in it))?(?=\s*(?:$|[,.;]))", r"\1 should be the only block in \2"),
    (rf"\b(?:make|have|let) (the [\w ]+?|it) (?:be )?the only (?:block|cube|one|thing) (in|inside|on) ({_W}|the table){_END}", r"\1 should be the only block \2 \3"),
    (rf"\b{_PUT} {_ANY}(?: down)? (?:in|into|inside) {_W},? so (?:that )?only (?:that block|it|\1) is (?:in there|there|in it)\b", r"\1 should be the only block in \2"),
    (rf"\b{_PUT} {_ANY} (?:in|into|inside) {_W},? with nothing (?:but|except|other than|besides) (?:it|that block|\1) in (?:there|it)\b",
     r"\1 should be the only block in \2"),
    (rf"\b{_ANY} (?:should |must |needs to |has to |will )?(?:end up|be|go|goes|sit|sits|stay|stays)(?: (?:in|into|inside) {_W})?,? as the only block(?: (?:in|inside) "
     rf"{_W}| there| in there)?(?=\s*(?:$|[,.;]))", lambda m: f"{m[1]} should be the only block in {m[2] or m[3]}" if m[2] or m[3] else m[0]),
    (rf"\b(?:do not|never) let (?:any )?other blocks? (?:stay|remain|sit|be|go) in {_W} (?:with|alongside|next to|besides) {_X}(?:\s*[.;]\s*(?:it|\2) should be "
     rf"{_ALONE})?", r"\2 should be the only block in \1"),
    (rf"\b{_PUT} {_X} (?:in|into) {_W},? and (?:do not|never) let (?:any )?other blocks? (?:stay|remain|sit|be|go) in (?:it|there)(?:\s*[;,.]\s*(?:only|just) \1)?",
     r"\1 should be the only block in \2"),
    (rf"\bgive {_X} (the \w+ bowl)(?: all)? to itself\b", r"\1 should be the only block in \2"),
    (rf"\b(?<!have )(?<!hold )(?<!contain )(?:i want |i would like |i need |there should be |put |leave |keep )?nothing (?:but|except|other than|apart from|besides) {_LIST} (?:in|inside) {_W}",
     r"\2 should hold only \1"),
    (rf"\b(?:make |have |let )?(the \w+ bowl) (?:had|has|have|hold|holds|contain|contains|should have|should hold) nothing (?:in it |inside )?(?:but|except|other than) "
     rf"{_LIST}", r"\1 should hold only \2"),
    (rf"\b(?:make|have|let) (the \w+ bowl) (?:hold|have|contain) (?:just|only) {_LIST}(?: in it)?", r"\1 should hold only \2"),
    (rf"\b(take|get|lift) (everything|all the blocks|every block) (?:but|except(?: for)?|apart from|other than) {_LIST} out of {_W}", r"\1 \2 out of \4 except \3"),
    (rf"\b(?:keep|leave) {_X} (?:sitting |standing |resting )?(?:in|inside) {_W},? {_ALONE}(?:,? with (?:the|all the) other blocks? out)?", r"\1 should be the only block in \2"),
    (rf"\b(the \w+ bowl) is (?:meant|reserved|kept|to be kept|for) (?:for )?nothing (?:but|except|other than) {_LIST}", r"\1 should hold only \2"),
    (rf"\b(?:(?:fix|arrange|set up|sort out|get) (?:it|things|(the \w+ bowl)) so (?:that )?)?(?:(the \w+ bowl)|it) (?:has|holds|contains|should have|should hold) "
     rf"(?:just|only) {_LIST}(?: in it)?(?:,? (?:and )?nothing (?:more|else))?(?=\s*(?:$|[,.;]))",
     lambda m: f"{m[2] or m[1] or 'it'} should hold only {m[3]}" if m[1] or m[2] or m[0].startswith("it") else m[0]),
    (rf"\b(?:move|take|clear|get|lift|remove|shift|i (?:would like|want)) (?:everything|all(?: of)? the blocks|every block|all blocks)(?: on the table)? (?:but|except(?: for)?|"
     rf"apart from|other than|save) {_LIST} (?:moved |taken |cleared |lifted )?off (?:of )?the table\b", r"bin every block on the table except \1"),
    (rf"\b{_ANY} (?:to )?(?:have|get|has|gets) (?:a bowl|its own bowl|a bowl of its own)(?: all)? to itself\b", r"\1 should be the only block in a bowl"),
    (rf"\b(?:do not|never) let {_X} share a bowl with (?:any other block|anything|any block|another block)(?:\s*[;,.]\s*put it in one {_ALONE})?",
     r"\1 should be the only block in a bowl"),
    (rf"\b(?<!let )(?<!not )(?<!never ){_ANY} and {_ANY} (?:stay|remain|should stay|must stay|are kept|should be kept) together\b", r"leave \1 and \2 where they are"),
    (rf"\b(?:i want |i would like |there should be |put |leave )?(?:a single|exactly one|just one|only one|one) block in {_W},? (?:any (?:block|one) |anything )?"
     rf"(?:except|but|other than|apart from|but not|not) {_X}(?=\s*(?:$|[,.;]))", r"put exactly one block in \1, not \2"),  # one block, not X
    (rf"\bgive {_ANY} (?:a bowl|its own bowl|a bowl of its own)(?: all)?(?: to itself)?{_END}", r"\1 should be the only block in a bowl"),
    (rf"\bno (?:more|other) blocks? (?:in|inside) {_W}(?:,? please)?\s*[:,;-]\s*(?:just|only) {_X}{_END}", r"\2 should be the only block in \1"),
    (rf"\b({_PUT} {_X} (?:in|into) {_W})\s*[;,.]\s*(?:i do not want|there should be|i want) (?:any |no )?other blocks? (?:in there|in it|there|"
     r"in that bowl)(?:,? (?:just|only) \2)?", r"\2 should be the only block in \3"),
    (rf"\b{_W} (?:should|must|needs to) (?:have|hold|contain) (?:just|only|exactly) one block(?: in it)?\s*[:,-]\s*the (?:one|block) (?=\w)",
     r"\1 should hold only the block "),
    (r"\b(?:i would like|i want|i need|leave|keep)? ?(?:just|only) (the \w+ block(?:,? and the \w+ block)?) (?:left|remaining|staying) on the table\b",
     r"only \1 should be on the table"),
    # room for one more, or too many
    (rf"\b(?:find|make|clear|free up|create|leave) (?:some |enough )?(?:space|room) for {_ANY} (?:in|inside) {_W}", r"put \1 in \2"),
    (r"\b(?:that |the )?(\w+ bowl) is (?:too full|crammed|too crowded|crowded|overfull|packed|stuffed|overloaded|overflowing)\b[^.;]*[.;,]\s*(?:just )?(one|two|three) "
     r"blocks? (?:in it|in there)?(?: would be (?:right|fine|enough|ok|plenty|perfect)| is (?:enough|plenty|right)| (?:at )?max(?:imum)?| tops| will do)?(?=\s*(?:$|[.;]))",
     lambda m: f"put exactly {m[2]} {'block' if m[2] == 'one' else 'blocks'} in the {m[1]}"),
    # together
    (r"\btogether,? (?=(?:in|into) (?:one|the same|a single|the \w+) bowl\b)", ""),
    (rf"\bmake (?:it so|sure) (?:that )?{_ANY} and {_ANY} share (?:a|one|the same) bowl(?:,? with (?:each other|one another))?\b", r"put \1 and \2 in the same bowl"),
    (r"\bin a bowl of its own\b(?! colou?r)", "in a bowl all on its own"),
    (r"^(?:every block is|all the blocks are|all blocks are) (?:together )?in (?:the same|one|a single) bowl(?=\s*$)", "put all the blocks in the same bowl"),
    (r"^((?:every|each) block|all the blocks) (outside the bowls|on the table|not in a bowl|that is not in a bowl) (?:should|must|has to|needs to|is to) go (into|in) ",
     r"put \1 \2 \3 "),  # 'every block outside the bowls should go into the bowl holding X'
    (r"\b(empty (?:out )?the \w+ bowl),? and (?:put|set|place|lay) (?:what|whatever|everything that) (?:was|is) in it (?:on|onto) the table\b", r"\1 onto the table"),  # 'a bowl of its own': to itself, not its colour's  # 'put the blocks on the table together in one bowl'
    (r"\btogether,? (in|into) (?:a|any) bowl\b", r"\1 the same bowl"),
    (rf"\b{_NOT_ASKED}{_ANY} (?:should |must |needs to |ought to |has to |is to )?(?:be )?shar(?:e|es|ing) a bowl with {_ANY}", r"put \1 and \2 in the same bowl"),
    (rf"\b{_LEAD}{_ANY} and {_ANY} (?:should )?(?:go|belong|sit|end up|be) together,? in (?:the same|one|a single) bowl\b", r"put \1 and \2 in the same bowl"),
    (rf"\b{_PUT} (the (\w+) block) (?:in|into) {_MATCHING},? (?:together|along) with {_X}{_END}", r"put \1 and \3 in the \2 bowl"),  # its bowl, for both
    (rf"\b{_PUT} {_ANY} (?:in|into) ((?:the|a|its) [\w ]*?bowl[\w ]*?),? (?:together|along) with {_X}{_END}", r"put \1 and \3 in \2"),
    (rf"\b{_PUT} {_ANY} together with {_ANY} (?:in|into) (?:one|the same|a single) bowl\b", r"put \1 and \2 in the same bowl"),
    (r"\bthe same bowl (?:that |which )?(the \w+ block) is (?:in|sitting in)\b", r"the bowl \1 is in"),
    (rf"\b{_PUT} the (?:block|one) (?:that|which) is (?:sitting |resting |lying )?in (the \w+ bowl) and {_X} (?:in|into|to) (?:the same|one|a single) bowl\b",
     r"put \2 in \1"),  # 'get the block in W and Y into the same bowl': W is that bowl
    (rf"^(?:wherever|where) {_X} is(?: now)?,? (?:that is|is) where {_ANY} (?:belongs|goes|should go|should be)\b", r"put \2 in the same bowl as \1"),
    (rf"\b{_ANY} (?:should not|must not) be anywhere (?:except|but|other than) where {_X} is(?:,? so (?:move|put) it there)?",
     r"put \1 in the same bowl as \2"),
    (rf"\b(?:in|into) whatever bowl {_X} is (?:in|sitting in)\b", r"in the bowl \1 is in"),
    (rf"\b{_ANY} (?:goes|should go|go|belongs) (?:in )?with {_X},? in the bowl \2 is in\b", r"put \1 in the same bowl as \2"),
    (rf"\b{_ANY} to join {_X},? in the bowl \2 is in\b", r"put \1 in the same bowl as \2"),
    (rf"^wherever {_X} is,? (?:both )?{_LIST} (?:should|must|can|will) go there(?: too| as well)?", r"put \2 in the same bowl as \1"),
    (rf"^(?:do not|never) leave {_X} behind\s*[;,.]\s*(?:it|\1) ", r"\1 "),
    (rf"\b(?:to |in |into )?wherever {_X} (?:is sitting|is now|is|ended up|ends up|went|sits)\b", r"in the same bowl as \1"),
    (rf"\b({_PUT} {_ANY}) (?:to )?where {_X} (?:is|sits|is sitting)(?! now)\b(?!,? and \3)", r"\1 in the same bowl as \3"),
    # one stack
    (rf"\b{_NOT_ASKED}{_LEAD}(?:all (?:three|four) of )?{_ANY}, {_ANY},? and {_ANY} (?:should |must )?(?:end up |be |go |belong )?(?:in|on|into) (?:the same|one) (?:stack|tower|pile)\b",
     r"stack \1, \2 and \3"),
    (rf"\b{_NOT_ASKED}{_LEAD}{_ANY} and {_ANY} (?:should |must )?(?:end up |be |go |belong )?(?:in|on|into) (?:the same|one) (?:stack|tower|pile)\b", r"stack \1 and \2"),
    (r"^(?:(?:please|now|just|so|then),? )*(?:(?!(?:is|are|was|were|do|does|did|have|has|can|could|will|would|should)\b)[a-z]+ )?(all (?:the )?(?:(?:two|three|four|five|six) )?"
     r"(?:blocks|cubes)|every block|all of them|them all) (?:should |must )?(?:end up |be |go )?"
     r"(?:in|on|into|as) (?:the same|one|a single|just one|only one) (?:\w+ )?(?:stack|tower|pile)\b", r"stack \1"),  # 'lay all four blocks in a single tower
    (r"^((?:without|while not) (?:moving|touching|disturbing|shifting) (the \w+ block),? [^.;]*?\b(?:with|as|from|to)) it\b", r"\1 \2"),
    (r"^((?:keep|leave) (the \w+ block) (?:where it is|in place|alone|as it is|untouched),? and [^.;]*?\b(?:with|as|from|to)) it\b", r"\1 \2"),
    (rf"\b{_LEAD}{_ANY} (?:goes |should go |belongs |sits |should be )?(?:on|in|into) (?:the same|one) (?:stack|tower|pile) (?:as|with) {_ANY}(?!,? (?:at a |somewhere |anywhere )?(?:higher|lower|above|below|under))", r"put \1 on the tower with \2"),
    (r"\bmake (?:one|a single) (?:stack|tower|pile) (?:out )?of\b", "stack"),
    (r",?\s*(?:with )?\beither (?:one|block|of them) (?:on top|at the bottom)(?= *(?:$|[,.;]))", ""),  # 'stack X and Y, either one on top'
    (r"\bon top of the (stack|tower|pile) (?:that|which) (the \w+ block) is (?:part of|in)\b", r"on top of the tower with \2"),
    # apart
    (rf"\b(?:split|separate|i need|i want) {_ANY} and {_ANY}(?: (?:split )?up)?(?:\s*[:,]\s*|\s+)(?:so (?:that )?they are |each one |each |one each )?(?:in|into|to) "
     r"(?:a different bowl|(?:two )?(?:separate|different) bowls)\b", r"put \1 and \2 in different bowls"),
    (rf"\b(?:both )?{_ANY} and {_ANY} (?:both )?(?:go|should go|must go|need to go|belong) in bowls,? but not (?:both )?in the same (?:one|bowl)\b",
     r"put \1 and \2 in different bowls"),
    (rf"\b(?:{_PUT} |make sure (?:that )?|ensure (?:that )?)?the (?:block|one) (?:that|which) is (?:sitting |resting |lying )?in (the \w+ bowl)(?: (?:ends up|goes|"
     rf"is|stays|remains) in one bowl,?)? and {_X} (?:(?:in|into) (?:different|separate|two different) bowls|(?:ends up |goes |is )?in (?:another|a different one|another one|"
     r"a different bowl|another bowl)(?: bowl| one)?)\b", r"put \2 in a bowl other than \1"),  # 'the block in W and Y in different bowls': W is one
    (rf"\b(?:make sure (?:that )?|ensure (?:that )?|see to it that )?{_ANY} (?:ends up|end up|goes|go|should be|is|are|lands) in one bowl,? and {_ANY} "
     r"(?:ends up |goes |is )?in (?:another|a different one|another one|the other|a different bowl|another bowl)(?: bowl| one)?\b", r"put \1 and \2 in different bowls"),
    (rf"\bgive each of {_ANY} and {_ANY} (?:its|their) own (?:separate )?bowls?(?:,? one each)?", r"put \1 and \2 in different bowls"),
    (rf"\bin a bowl,? but not the same (?:one|bowl) as {_X}", r"in a different bowl from \1"),
    (rf"\bin a different bowl (?:from|than|to) {_X}", r"in a bowl other than the bowl with \1 in it"),
)

# the same words in questions, each said as a question the answers know ('is X the only block in W?', 'what is in W?')
_HERS = r"(?:its bowl|its own bowl|the bowl it is in)"
SHARED_ASKED: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (rf"^is {_X} (?:sitting |standing |resting |lying )?{_ALONE} in (the \w+ bowl)\b", r"is \1 the only block in \2"),
    (rf"^is {_X} (?:sitting |standing |resting |lying )?{_ALONE} in {_HERS}", r"is \1 the only block in the bowl with \1 in it"),
    (rf"^is {_X} the (?:only|sole|single|lone) (?:block|one|thing) in {_HERS}", r"is \1 the only block in the bowl with \1 in it"),
    (rf"^does {_X} have (?:its|the|that) bowl (?:all )?to itself", r"is \1 the only block in the bowl with \1 in it"),
    (r"^does (the \w+ bowl) (?:have|hold|contain) (?:only|just) (the \w+ block)(?: in it)?", r"is \2 the only block in \1"),
    (r"^(?:which|what)(?: block)?(?: is|'s| s) the (?:sole|only|single|lone|one and only) (?:block|one|thing) (?:in|inside) (the \w+ bowl)", r"what is in \1"),
    (r"^(the \w+ bowl) (?:has|holds|contains) (?:a|one) (?:sole|single|lone|only) block\b[^.?;]*[.?;]\s*(?:which|what) (?:one|block) is\b.*", r"what is in \1"),
    (rf"^how many blocks are (?:there )?on the table,? (?:except|not counting|apart from|other than|excluding|besides) {_X}", r"how many blocks other than \1 are on the table"),
    (rf"^(?:except for|except|not counting|apart from|excluding|leaving out|besides|other than) {_X},? how many (?:blocks|cubes) ", r"how many blocks other than \1 "),
    (r"^(?:except for|except|not counting|apart from|excluding|leaving out|besides|other than) (the \w+ bowl),? how many (?:blocks|cubes) are (?:there |sitting )?"
     r"in (?:the )?bowls\b", r"how many blocks are in bowls other than \1"),
    (rf"^how many (?:of the )?blocks (?:(?:are not|aren'?t|do not|don'?t) (?:sharing|share|in the same bowl as|in the same bowl with) (?:a bowl with )?|are (?:somewhere "
     rf"other than(?: in)?|outside) ){_X}(?:(?: s|'s) bowl)?", r"how many blocks are not in the bowl with \1 in it"),
    (rf"^(?:which|what) (?:other )?blocks? (?:shares?|is sharing|are sharing) a bowl with {_X}|^(?:which|what) (?:other )?blocks? (?:is|are) in the same bowl as {_X}",
     lambda m: f"what is in the bowl with {m[1] or m[2]} in it"),
)
