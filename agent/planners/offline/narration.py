"""What people tell around a request, read before `outcomes.OUTCOMES` among `speech.SPEECH`'s rules: the speaker's
own story ('I've just come back from my walk, so put ...'; see `narration`), a user story's role ('As a lab tech, I want
...'), a reason said first ('I can't reach the X, so move it ...'), a purpose ('so that nobody uses it by mistake'), a
demonstrator's, a commentator's or a game designer's doer ('now watch as the robot picks up X', 'the player must grab
X', 'the win condition is that ...'), a wish said with 'love for', in the past or as taste ('it would look nicer if
...'), a fault and where it belongs ('its place is the bin', 'X is on Y, which is wrong'), goals said of a bowl or the
bin ('W should hold X, not Y', 'I want the bin to end up with X'), counts as the end state ('there should be one block in
each bowl'), the same bowl, a final photo, a constraint list, support said from below ('Y should hold up X'), comments
and exceptions said after a request ('..., it's chipped', '... Not the red one though.'), and the words of slang,
learners, pirates and academics ('yeet it', 'X stay same place', 'put ye red block', 'it is hereby requested that').
`AROUND` is also read by `questions` ('As a lab tech I need to know which ...')."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.words import SHARED_RE, verb_of
from agent.regex import rx
from sim.core.lexicon import COLOURS

_SCENE_RE = re.compile(r"\b(?:blocks?|bowls?|cubes?|bin|table|corners?|middle|towers?|stacks?|piles?|one|ones|others?|rest|"
                       r"everything|anything|nothing|all|each|every|both|" + "|".join(COLOURS) + r")\b")
# The speaker's own story: 'I have just come back from my walk', 'my late husband painted it', 'he would be ever so cross'.
_STORY_RE = re.compile(r"^(?:oh|well|right|ah|you know)?,?\s*(?:i|i have|i am|i had|i was|i've|i'm|my|he|she|we|our|someone|somebody|"
                       r"they will|he would|she would|he will|she will)\b")
# ... but never a wish, a correction, a question or a rule: 'I want ...', 'I meant ...', 'I don't mind which', 'I changed my mind'.
_SAYS_RE = re.compile(r"\b(?:want|wants|need|needs|like|love|wish|hope|prefer|rather|mean|meant|mind|changed|sorry|wrong|mistake|"
                      r"instead|undo|stop|wait|cancel|care|asked|said|told|forgot|know|wonder|whether|should|must|please|put|"
                      r"move|leave|do not|never)\b")


def narration(clause: str) -> bool:
    """Whether a cleaned clause is the speaker's own story, naming nothing on the table and asking for nothing ('my
    eyesight is not what it was', 'i have got the grandchildren coming over this afternoon')."""
    clause = rx(r"\ball (?:morning|day|week|afternoon|evening|night|year|the time|along)\b").sub("", clause)  # when, not what
    if rx(r"(?:my|our|his|her) \w+|he|she|someone|somebody").match(clause):  # 'my grandson arranged that one', 'my kid wants
        clause = rx(r"\b(?:that|this) one\b").sub("", clause)  # it there': someone else's wishes are a reason, not a request
        return bool(_STORY_RE.match(clause)) and not _SCENE_RE.search(clause) and not rx(r"\b(?:should|must|goals?|aims?|wish|wishes|request)\b").search(clause)
    return bool(_STORY_RE.match(clause)) and not _SCENE_RE.search(clause) and not _SAYS_RE.search(clause)


def _story(m: re.Match[str]) -> str:
    """The clauses of a sentence that tell the speaker's story are dropped, the rest kept ('i am puffed out, so put ...')."""
    clauses = rx(r",\s*(?:and |so |but )?|\s+(?:and|so|but) (?=i\b|my\b|he\b|she\b)").split(m.group(0))
    kept = [c for c in clauses if c.strip() and not narration(c.strip())]
    return ", ".join(kept) if len(kept) < len(clauses) else m.group(0)


_DOER = r"(?:(?:the|my|our|your|this|\w+ s)(?: \w+)? (?:robot|arm|gripper|player|user)|it|you)"
_THING = r"the (?:\w+ ){0,2}?(?:block|cube|one)"


def _so_it(m: re.Match[str]) -> str:
    """'I need the purple bowl for my keys, so take everything out of it': the request, its 'it' the thing the reason
    named; unchanged when what follows 'so' is not a request ('so that my students can find it')."""
    rest = rx(r"^(?:please |first |just |then )+").sub("", m.group(2))
    request = rx(r"(?:the (?:\w+ )?(?:block|cube|one|bowl)s?\b|is |are |does |do |where |what |which |how |"
                       r"i (?:would|d) like (?:you to )?$|i (?:want|need) $)").match(rest) or (rest and verb_of(rest.split()[0]))
    return f"{m.group(2)}{m.group(1)}" if request else m.group(0)


# What a request or a question is told around: the speaker's story, a user story's role ('as a lab tech i want ...', 'as
# the person who locks up, i need ...'), a purpose ('so that nobody uses it by mistake', 'so that my students can find it').
AROUND: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"(?:^|(?<=[.;?] ))[^.;?]+", _story),
    (r"^(?:before (?:you|we) (?:start|begin|do anything|touch anything|move anything|change anything|go on|carry on|continue)|before the next step|first of all|take a (?:moment|breath|second)(?: and (?:notice|look|see|observe|check))?|(?:so |well )?i (?:was|am|m) (?:just )?wondering|let(?:'s| s| us| me) check|(?:looking|glancing) at (?:the table|"
     r"the scene|everything)(?: as it is)?(?: now| right now)?|as (?:it|things) (?:stands?|are|is)"
     r"(?: now| right now)?|(?:right )?now|at the moment|currently|at present|(?:do|would)(?: you)?(?: happen to)?(?: know)?)\s*[,:;-]?\s+(?:(?:just |"
     r"please |can you |could you )?tell me\s*[:,]?\s*)?(?=(?:what|which|where|how)\b|(?<!do )(?<!do you know )(?<!would )(?:is|are|does|do)\b)", ""),  # 'Before you start,
    # what is X sitting on?', 'Do you know which block ...?', 'As things stand, how many ...?'
    (r"^(the \w+ (?:block|cube)) and (the \w+ (?:block|cube))\s*[:,-]\s*(are|is) (?:they|both of them|the two of them)(?: both)? ", r"\3 \1 and \2 both "),
    (r"^(?:has|have) (the [\w ]+?) (?:already |now |yet )?(?:ended(?: up)?|landed|been (?:put|placed|moved|dropped|set|stacked)|gone|got|gotten|made it)(?: yet)? (in|on|into|inside|onto|at|"
     r"on top of) ", lambda m: f"is {m[1]} {m[2].replace('into', 'in').replace('onto', 'on')} "),  # 'Has X already ended up in W?'
    (r"^(?:class|kids|children|everyone|everybody|folks|students|boys and girls)\s*[,!:]\s*|^let(?:'s| s| us) count(?: them| the \w+)?(?: together| up|"
     r" out loud| aloud)?\s*[.!:,]\s*|\b(?:now )?(?:let(?:'s| s| us)|we(?:'ll| ll| will| are going"
     r" to| re going to)) (?:all )?(?:watch|see|observe) (?:the robot|it|how the robot) |\?\s*(?:(?:robot|now),?\s*)?(?:you tell (?:us|me)|tell (?:us|me)|"
     r"anyone|answer (?:us|me))\W*$", lambda m: "?" if m[0].lstrip().startswith("?") else ""),  # a teacher's 'Class, let's watch the robot ...'
    (r"^(?:(?:could|can|would|will) you (?:possibly |please |kindly |perhaps )*(?:tell|show) me|(?:would you )?mind telling me|i wonder (?:if|whether) you "
     r"(?:could|would|might|can) (?:tell|show) me|say again)\s*[:,]?\s*(?:(?:whether|if) (the \w+ \w+) (is|are) |(?=(?:what|which|where|how|is|are)\b))",
     lambda m: f"{m[2]} {m[1]} " if m[1] else ""),  # 'Could you possibly tell me which ...?', 'Would you mind telling me whether X is ...?'
    (r"\bcount (one|two|three|four|five|a|an) (blocks?) (?:into|in|onto) (the \w+ bowl|the bin)\b", r"put \1 \2 in \3"),  # a teacher's 'count three blocks into W'
    (r"^(?:please )?(?:leave everything (?:where it is|as it is|alone)|(?:do not|don'?t) (?:move|touch) anything)[,.;:!]? (?:and )?(?:just )?(?=(?:tell "
     r"me|let me know|what|which|where|how|is|are|does|do)\b)", ""),  # 'Leave everything where it is and just tell me: ...', 'Don't touch anything. Which ...?'
    (r"\b(?:find|identify|locate|spot|pick out|select|choose) (the (?!bowl\b)[\w ]+?),? and (?:then |subsequently |after that )?(put|pop|place|drop|set|move|stick) (?:that block|that one|it|this block) ", r"\2 \1 "),  # 'find X and pop it in W'
    (r"^(?:other than|apart from|except(?: for)?|besides|aside from) (the \w+ (?:block|cube)),? (?:is|are) (?:there )?(?:(?:any|a) (?:other )?"
     r"(?:block|cube)s?|anything(?: else)?|something(?: else)?) (in|on|inside) ([^?]+)(\??)$", r"is there any block other than \1 \2 \3\4"),  # 'Other than X, is any block in W?'
    (r"^(?:would|will|do|does|must|should) (?:i|you|we|the robot|it) (?:have to|need to|need|has to) (?:move|take off|lift|shift|clear) (?:any"
     r"(?:thing| other blocks?| blocks?)?|something|other blocks?)(?: (?:first|else|off))? (?:to|before (?:i|you|it) can|in order to) (?:pick "
     r"up|grab|lift|move|get at|reach|take) (the \w+ block)\b[^?]*(\??)$", r"is there anything on \1\2"),  # '... to pick up X?'
    (r"(?:^|(?<=[.;] ))(?:as )?(?:a|an|the|one of the) ((?:\w+ ){0,5}?\w+)(?: who [^,]+?)?,? (?=(?:i|we) (?:want|need|would like|"
     r"would love|wish|require|do not want|would ask|have to|must)\b)",
     lambda m: m.group(0) if _SCENE_RE.search(m.group(1)) else ""),
    (r"\b(?:arr+|matey|me hearties|savvy|ye (?:scallywag|scurvy dog|landlubber)|no mercy|ahoy)\b,?\s*", ""),  # a pirate's
    (r"^be there\b", "are there"),
    (r"(?:[.;,]\s*|\s+(?:because|as|since) )(?:i am|i m|we are|i will be|i ll be) keeping (?:that|this|it|the \w+ one)(?: one)?\b[^.;]*", ""),
    (r",?\s*\b(?:i|we) (?:want|need|would like|am going|are going|plan) to (?:take a (?:photo|picture|pic|snap|snapshot)|photograph|film|"
     r"show (?:it|this|them)|post|share) [^,.;]*", ""),  # '..., I want to take a photo of it for my nephew'
    # a reason said first, naming what the request's 'it' is: 'I can't see the white block from here, so bring it over',
    # 'I need the purple bowl for my keys, so take everything out of it', 'I'm about to put my ring in W, so is it empty?'
    (r"(?:^|(?<=[.;] ))(?:since |because |as )?(?:i|we|my \w+|our \w+)\b(?:(?!\bso\b)[^,.;])*?\b(the (?:\w+ ){0,2}?(?:block|cube|bowl))\b"
     r"(?:(?!\bso\b)[^,.;])*(?<!\bmake it)(?<!\bhave it)(?<!\bget it),? so (?:that )?((?:(?!\bit\b)[^,.;])*?)\bit\b", _so_it),  # not '... and then make it so Y is on it'
    (r"^(?:since|because|as) (?:i|we)(?: am| are)? [^,]+,\s*", ""),  # 'since I'm sorting things by colour, ...'
    (r",?\s*\bso(?: that)? (?:nobody|no one|someone|somebody|anyone|they|i|we|my \w+|our \w+|the (?:kids|children|students|class|"
     r"team|others|cleaners?))\b(?! (?:\w+ )?(?:is|are|be|ends?|sits?|stays?|goes?)\b)[^.;!?]*", ""),
    (r",?\s*\bso(?: that)? ((?:\w+ ){1,4}?)(?:can|could|will|would|may|might|won t|do not|does not|cannot|can not|need to|needs to|"
     r"has to|have to)\b(?! be\b| like\b| love\b| prefer\b| rather\b)[^.;!?]*",
     lambda m: m.group(0) if _SCENE_RE.search(m.group(1)) or rx(r"(?:it|they)\b").match(m.group(1)) else ""),
    (r",?\s*\bso(?: that)? (?:it|they) (?:can|could|will) be (?:picked up|moved|reached|found|seen|lifted|carried|washed|cleaned|"
     r"photographed|labell?ed|used)\b[^.;!?]*", ""),
)

NARRATION: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    *AROUND,
    (r"\b(so that|so) (?:when|once|by the time) you are (?:done|finished|through)\b,?\s*", r"\1 "),
    (r",?\s*\b(?:when|once|after|by the time) you(?: are| have)? (?:finish|finished|done|through)\s*$", ""),
    # a demonstrator's, a designer's or a narrator's doer: 'now watch as the robot picks up X', 'let us have it put X',
    # 'the player must grab X'
    (rf"\b(?:(?:let us|let s|we will|we ll|we are going to|i will|i am going to|now) )*(?:watch|see|have|get|make)(?: as| how| "
     rf"while)? {_DOER}(?: to)? (\w+)\b(?= (?:up |down )?(?:the|a|an|all|every|each|both|one|two|three|four|five|it|them|any|"
     rf"some)\b)", lambda m: verb_of(m.group(1)) or m.group(0) if not m.group(1).endswith("ed") else m.group(0)),
    (r"\bthe (?:robot|arm|player|user)(?: (?:must|should|will|needs to|has to|is to|can|gets to))? (\w+)\b",
     lambda m: verb_of(m.group(1)) or m.group(0)),
    (r"\b(?:the )?(?:(?:desired|intended|wanted|ideal|required|expected|planned|preferred) )?(?:win|winning|victory|success|completion|end|goal|finish|level|pass) (?:condition|state|criterion|criteria|"
     r"requirement|goal)s? (?:is|are|will be)(?: that)?,?\s*", ""),
    (r"^what (?:i|we) (?:want|need|would like)(?: for [\w ]+?)? is (?=the |every |each |all |no |both )", "i want "),
    (r"^for the (?:end state|final state|final layout|end result|result|goal|finish|[\w ]{1,20}?) (?:i|we) (?:have in mind|want|"
     r"need|am after|are after),?\s*", ""),
    (r"^(?:the )?(?:end state|final state|final layout|end result|result|goal|target) (?:i am|we are) (?:after|going for|aiming "
     r"for|looking for)\s*,?\s*", ""),
    (r",?\s*\b(?:meaning|that is to say|in other words|i e)\b,?\s*", ", "),
    (r"^(?:you know )?what would make me (?:happy|glad|smile)\.?\s*(?:is )?(?:if )?", "i want "),
    (r"\bfound (?:its|their) way(?: home| back)? (?=to|into|in)\b", "goes "),
    (r"^(?:(?:i|we) )?(?:reckon|think|believe|feel)(?: that)? (?=[^.;,]*\b(?:belongs?|should|must|ought to|needs? to|has to|would be "
     r"better off)\b)", ""),
    (r"\b(?:would|d) be (?:much |far |a lot )?better off (in|on|at|inside)\b", r"should be \1"),
    (r"\b(?:is|are) not to (?:remain|stay|be left|sit) (in|on|at|inside)\b", r"should not be \1"),
    (r",?\s*\b(?:while |whilst )?(?:ensuring|making sure|taking (?:great |good |particular |every )?care) that (the [\w ]+?) (?:is|are|stays?|remains?|retains?) (?:left )?"
     r"(?:exactly |precisely |just )?(?:undisturbed|untouched|unmoved|where (?:it|they) (?:is|are)|its (?:current |present )?(?:position|place|location))", r" and leave \1 alone"),
    (r"\b(?:this|in the) (?:arvo|afternoon|morning|evening)\b", ""),
    (r"^(?:nah|no|nope),? (?:mate,? )?not the \w+ one[.;,]\s*", ""),
    # a wish said with 'love for' or in the past
    (r"\b(i|we) (?:would|d) (?:love|like|prefer)(?: it)? for (?=the |both |all |every |each |them |it |these |those )", "i want "),
    (r"\b(i|we) wanted (?=the |both |all |every |each |them |it )", "i want "),
    # a fault said with where it belongs
    (r"\b(?:its|their) (?:proper |right |rightful )?(?:place|spot|home) is (?:in |on |at )?(the [\w ]+)",
     lambda m: f"it goes {'at' if rx(r'corner|middle').search(m.group(1)) else 'on' if rx(r'table|block').search(m.group(1)) else 'in'} "
               f"{m.group(1)}"),
    (r"\b(?:(?<=table)|(?<=bowl)|(?<=bin)|(?<=corner)|(?<=middle)|(?<=block)) where (?:it|they) (?:goes|go|belongs?)(?=\s*(?:[.;]|$))", ""),
    (r"^(?:the |these |those )?(?:blocks|cubes|things|they) (?:are not|is not) where (?:they|it) (?:belongs?|should be|goes|go)"
     r"\s*(?:[.;]\s*|$)", ""),  # a complaint before the goal
    (r"\b(the [\w ]+?) (?:should not|must not|is not meant to|is not supposed to|does not belong|ought not to)(?: be)? (?:there|"
     r"here)(?: at all)?,? (?:it|they) (belongs?|goes|go|should be)\b", r"\1 \2"),
    (r"^(the [\w ]+?) (?:is|are) ((?:in|on|on top of|inside|at) the [\w ]+?),? (?:and|but) (?:it|they) (?:really )?(?:should not|must "
     r"not|is not supposed to|is not meant to) be\b", r"\1 should not be \2"),
    (r"\banywhere (?:but|except|other than|apart from) (the [\w ]+?) (?:is|would be|will be) (?:fine|ok|okay|good|alright)\b",
     r"do not put it in \1"),
    (r"[,.;]?\s*(?:so |and )?(?:could you |can you |would you )?(?:sort|fix|correct|straighten|put) (?:that|this)(?: out| up| right)?"
     r"(?: for me)?\s*$", ""),
    (r"\bgo ahead and do (?:that|it|this)\b", ""),
    (r"\bthe bin (?:to have|should have|has|to hold|should hold|holds|to end up with|to get|should get|to contain)(?: all)? (.+?)(?: in it)?"
     r"(,? and nothing else)?(?=\s*(?:[,.;]|$))",
     lambda m: f"{'only ' if m.group(2) else ''}{m.group(1)} in the bin"),
    (r"\b(?:i want|i need|i would like|get|make|have) ((?:all|both|every|each|the)(?: \w+)? bowls?|(?:the )?\w+ bowl) (?:empty|emptied|"
     r"cleared)\b", r"empty \1"),
    (r"^no more (?:the )?((?:\w+ )?(?:block|cube)) (in|on|inside) ", r"the \1 should not be \2 "),
    (r"\b(empty|clear out|clear) (the \w+ bowl),? whatever (?:blocks? |cubes? )?(?:is|are) (?:inside|in it|in there),? (?:keep|put|"
     r"place|leave) (?:it|them) (on|onto|in|into) (the [\w ]+?)(?= itself|\s*[,.;]|$)", r"\1 \2 \3 \4"),  # Indian English
    (r",?\s*whatever (?:blocks? )?(?:is|are) (?:inside|in it|in there),", ","),
    (r"\bfrom the top of\b", "off"),
    (r",?\s*\b(?:i would like|i want|so) (?:the (?:whole )?(?:class|room|students|kids|children|audience)|everyone|everybody|you "
     r"all) to (?:see|watch|look at|notice|count)\b[^,;.]*", ""),
    (r"\bsomewhere (?:that is not|other than|not in|outside(?: of)?) (?:a |in a |any )?bowls?(?: at all)?\b", "on the table"),
    (r"\b(?:somewhere|anywhere|wherever)(?: (?:you like|you want|is fine|works))?,? (?=(?:on|onto|in|into) (?:the table|a bowl|"
     r"one of the bowls|any bowl)\b)|(?<=\bon the table)(?: somewhere| anywhere| wherever)(?: (?:you like|you want|is fine|works))?\b|"
     r"(?<=\bin a bowl)(?: somewhere| anywhere)\b", ""),  # 'on the table somewhere': where on it is not said, and need not be
    (r"\bwhile (the [\w ]+?) (?:stays?|remains?) (?:standing|intact|up|untouched|as it is|where it is|put|in one piece)\b",
     r"and leave \1 as it is"),
    (r"\b(?:straight|directly) (?=(?:down |back )?(?:on|onto|in|into|to)\b)", ""),
    (r"\bsee to it that\b|(?:^|(?<=[.;!?] ))(?:(?:could|can|would|will) you )?see that (?=(?:every|each|all|the|no|nothing|there|none|both|it|they)\b)", "make sure that "),
    (r"^(?:sorry,? )?(?:um,? )?(?:is it|would it be)(?: ok| okay| alright| all right| fine| possible)?(?: with you)? if (?:you|i|we) (?:could |can "
     r"|would )?(?=\w+ (?:the|a|an|all|every|each|any|both|it|them|whichever|whatever|one|two|three|this|that|those|these)\b)", ""),
    (r"(?:^|(?<=[.;] ))(?:sorry )?if (?:that|this) is a (?:silly|stupid|dumb|daft) (?:thing to ask|question)\b(?:,\s*(?:but\s*)?(?=\w)|[^.;]*)", ""),  # a newcomer's 'is it ok if you put X on the table?'
    (r"^what (?:this|the) (?:crowd|audience|fans?|people|everyone|kids|class) (?:really )?(?:wants?|would love|would like) to see is ", "i want "),
    (r",?\s*(?:can|will|could) (?:the robot|you|it) (?:deliver|do it|manage it|pull it off|handle it|make it happen)\s*$", ""),
    (r"^(?:make it so that |make sure that |so that )?(?:every|each) bowl (?:has|holds|contains|gets) (one|two|three|a single) (blocks?|cubes?)"
     r"(?: in it)?", r"put exactly \1 \2 in every bowl"),
    (r"\bhowever\b,?\s*", ""),
    (r"(?:^|(?<=[.;] ))(?:i would ask|i ask|i must ask|i request)?,?\s*that (it|they|the [\w ]+?) not be\b", r"\1 should not be"),
    (r"\bshould not have (?:a single|any|one|even one) (?:block|cube)s? (?:left )?in it\b", "should be empty"),
    (r"\bnone of (them|those|these) (?:should|must|may|can|is to|are to) (?:end up|go|be put|be placed|be thrown|be) in the bin\b",
     r"do not put \1 in the bin"),
    (r"(?:^|,\s*)(?:the )?colou?r coded(?: bowls?)?,?\s*", ""),
    (r"((?:in|on|at|inside|into|onto|on top of|to) the (?:\w+ ){0,2}?(?:bowl|bin|table|corner|middle|block|one)),? not ((?:(?:in|on|at|"
     r"inside|on top of|onto|into|to) )?)the (?:\w+ ){0,2}?(bowl|bin|table|corner|middle|block|one)(?=\s*(?:[.;]|$))",
     lambda m: m[1] if m[2] or m[3] not in ("block", "one") or m[3] == "one" and m[1].endswith("bowl") or m[1].endswith(("block", "one"))
     else m[0]),  # 'on the green block, not the white block': where it goes, said again  # 'X must be on the table, not on Y': where it goes says where not
    (r",?\s*\bi am (?:\w+ )?fond of (?:that|this|it|them)(?: one)?\b|,\s*mind(?=\s*(?:[,.;]|$))", ""),
    (r"\b(?:in|into|inside|to) (?:this|that|the same|that same) bowl\b", lambda m: (lambda named: f"in {named[-1]}" if named and not (
        "same" in m[0] and SHARED_RE.search(m.string[: m.start()] + m[0].split()[0])) else m[0])(rx(r"\bthe \w+ bowl\b").findall(m.string[: m.start()]))),  # 'put it in this bowl'
    (r"\b(?:while|whilst) leaving\b", "and leave"),
    (r"\b(from|on|onto|off|to|in|into) table\b", r"\1 the table"),
    (r"\b((?:every|each|all(?: the)?|both|all \w+) bowls?) on the table\b", r"\1"),  # every bowl stands on the table
    (r"\b(?:take|grab|get|collect|gather|pick up) (all (?:of )?(?:the )?(?:blocks|cubes)|every (?:block|cube)|the blocks|everything) "
     r"(?:from|off) the table,? and (put|place|drop|move|throw)(?: them| it)?(?= (?:in|into|on|onto)\b)", r"\2 \1 that are on the table"),
    (r"\b(empty|clear out|clear|unload) ([\w ]+?bowls?)[,.;]\s*(?:and )?(?:put )?(?:the )?(?:blocks|them|everything|contents|what is in "
     r"them)(?: go| should go| go back)? (on|onto|in|into|to) (the (?:table|bin|\w+ bowl))\b", r"\1 \2 \3 \4"),
    (r",\s*(?=(?:into|onto) the \w+ (?:bowl|block)\b)", " "),  # 'every block not in a bowl, into the pink bowl'
    (r"\b((?:all|every|both)\b[^,.;]*?\band (?:put|place|drop|move|throw|stack) )(?:it\b|(?=in |into |on |onto ))", r"\1them "),
    (r"^there (?:is|s) (?:a|one|a single) (?:block|cube) (?:sitting |lying |resting )?((?:on top of|on|in|inside|under) the \w+ \w+),? "
     r"(?:(?:would|could|can|will) you |please )?(\w+(?: up)?) it\b",
     r"\2 the block \1"),  # 'there is a block on top of X, put it in W'
    (r"\bleave (.+?) be(?=\s*(?:[,.;]|$))", r"leave \1 alone"),
    (r"(?:^|(?<=[.;] ))if ((?:each|every|all) [^,;.]+?)(?=\s*(?:[.;]|$))", r"\1"),  # a wish said as a condition alone
    (r"\bproceed(?:s)? to\b", ""),
    # goals said of a bowl or the bin: 'W shouldn't hold X, it should hold Y instead', 'W should have X in it, not Y',
    # 'i want the bin to end up with X', 'what i want in the bin is X', 'i want W holding X'
    (rf"(the \w+ bowl) (?:should not|must not|ought not to|is not to) (?:hold|have|contain) ({_THING})(?: in it)?,? (?:(?:it|but it) "
     rf"(?:should|must|ought to) )?(?:hold|have|contain) ({_THING})(?: in it)?(?: instead)?", r"\2 should not be in \1 and \3 should be in \1"),
    (rf"(the \w+ bowl) (?:should|must|ought to|needs to|has to) (?:have|hold|contain) ({_THING})(?: in it)?(?:,? (?:and |but )?not|,? except) ({_THING})",
     r"\2 should be in \1 and \3 should not be in \1"),
    (rf"(the \w+ bowl) (?:should not|must not|is not to|ought not to) (?:hold|have|contain|be holding|be containing) ({_THING})(?: in it)?"
     r"(?: any ?more| any longer)?", r"\2 should not be in \1"),
    (r"(the \w+ bowl|the bin|the bowl (?:with|(?:that|which) (?:already )?(?:has|holds|contains)) the \w+ (?:block|cube)(?: in it)?) "
     r"(?:should|must|ought to|"
     r"needs to|has to|will) (?:also )?(?:end up )?(?:hold|have|contain|get|end up with|end up holding)( only)? ((?:the|all the|every|both) "
     r"[\w ]+?)(?: in it)?(?=\s*(?:[,.;]|$| and\b| instead\b| but\b))",
     lambda m: f"{'only ' if m.group(2) else ''}{m.group(3)} should be in {m.group(1)}"),
    (r"^what (?:i|we) want (in|on|at) (the [\w ]+?) is (.+)$", r"i want \3 \1 \2"),
    (rf"\b(i want|i would like|i need|let me have|can we have) (the \w+ bowl) (?:holding|containing|to hold|to contain|with|to end up "
     rf"with|to have) ({_THING}(?:(?:,| and|, and) {_THING})*|(?:one|two|three|four|a single) (?:blocks?|cubes?))(?: in it)?", r"\1 \3 in \2"),
    (r"\bwhichever (bowl|block) (?=has|holds|contains)", r"the \1 that "),
    (r"\b(in|into|inside|to) the bowl (?:that|which) (?:already )?(?:has|holds|contains) (the \w+ (?:block|cube|one))(?: in it)?",
     r"\1 the bowl with \2"),
    (r"^there (?:should|must|ought to|needs to|has to) be (?:exactly )?(one|two|three|a single|only one) (blocks?|cubes?) in (each|every) bowl",
     r"put exactly \1 \2 in \3 bowl"),
    (r"^(?:each|every)(?: one)? of the bowls (?:should|must|ought to|needs to) (?:hold|have|contain) (?:exactly )?(a single|one|two|three) "
     r"(blocks?|cubes?)", r"put exactly \1 \2 in each bowl"),
    (r"(the (?:\w+ )?bowl(?: (?:with|(?:that|which) (?:already )?(?:has|holds|contains)) the \w+ (?:block|cube)(?: in it)?)?) (?:should|must|"
     r"ought to|needs to) (?:hold|have|"
     r"contain) (?:exactly )?(one|two|three|four|a single) (blocks?|cubes?)(?: in it)?(?:,? no more,? no less)?", r"put exactly \2 \3 in \1"),
    (r"\bget (the \w+ bowl) (?:up |down )?to (?:exactly )?(one|two|three|four|a single) (blocks?|cubes?)(?: exactly)?", r"put exactly \2 \3 in \1"),
    (r"\bkeep (?:putting|adding|placing) (?:blocks|cubes) (?:in|into) (the \w+ bowl) until (?:there are|it has|it holds) (\w+)(?: blocks| in it)?",
     r"put exactly \2 blocks in \1"),
    (r"\b(one|two|three|four|a) (blocks?|cubes?) (in|on|inside) (the (?:\w+ )?(?:bowl|block|bin|table)),? exactly\b", r"exactly \1 \2 \3 \4"),
    (r"^no more than (one|two|three) (blocks?|cubes?) (?:should|must|may|can) (?:be|go|sit) in (the \w+ bowl)",
     r"\3 should not have more than \1 \2"),
    (r"\bleave (?:nothing|no blocks?|no cubes?) in (the [\w ]+?)(?=\s*(?:[,.;]|$| and\b))", r"empty \1"),
    (r"\b(?:make sure )?(the \w+ bowl) (?:has|holds|contains) nothing in it\b", r"\1 should be empty"),
    (r"\bhas no business (?:being|sitting) (?=in|on|inside|on top of)", "should not be "),
    (r"\b(?:let us|let s|can we|could we) not have (the [\w ]+?) (on|in|on top of|inside|at) ", r"\1 should not be \2 "),
    (r"\bthe (?:best|right|proper|ideal) (?:place|spot|home) for (the [\w ]+?) (?:is|would be) (?:in |on |at )?(the [\w ]+)",
     lambda m: f"{m.group(1)} goes {'at' if rx(r'corner|middle').search(m.group(2)) else 'on' if rx(r'table|block').search(m.group(2)) else 'in'} "
               f"{m.group(2)}"),
    (r"^(?:i think )?it (?:would|d) look (?:\w+ )?(?:nicer|better|best|good|tidier|neater|great|lovely|nice) (?:if|with) ", "i want "),
    (r"(?<=^i want )(.+?) (?:were|was) (?=in|on|inside|at|stacked|on top of)", r"\1 "),
    (r"^(?:(?:grandpa|grandma|granny|mum|mom|dad|daddy|mummy) thinks|(?:i|we) think) (?=the )", ""),
    (r"(the [\w ]+?) would look (?:(?:\w+ )?(?:better|nicer|best|good|great|lovely|nice|beautiful|perfect) )?(?:stacked |placed |sitting )?(on|"
     r"in|on top of|at|inside) ", r"put \1 \2 "),
    (r",?\s*(?:do not|don t) you think(?: so)?(?: too)?(?:,? [\w ]{0,15})?\s*\??$", ""),
    (r"\blet us (?:(?!(?:the|a|an|reverse|invert|flip|turn|swap|switch|take|sort|clear|empty)\b)\w+ ){1,3}?(?=(?:put|move|place|stack|drop|set)\b)", ""),
    (r"^(?:look|listen|hey|right)[,!]+\s*", ""),  # 'let's watch grandpa's clever robot put X on Y'
    (r",? and (?:then )?leave (?:it|them) there\b", ""),  # 'take X to W and leave it there': put there
    (r"[.;]\s*(?:please )?tidy (?:it|them) away(?: please)?\s*$", ""),  # '... belongs in a bowl. Tidy it away please.'
    (r"[.;]\s*(?:and )?everything in its (?:proper )?place\b[.!]*", ""),  # a slogan after the request
    (r"(the [\w ]+?) (?:does not|doesn t) look (?:right|good|nice) (?:on|in|at) the [\w ]+?[;,.]\s*(?:ideally )?it (?:would|should|d) be "
     r"(in|on|at|on top of) ", r"put \1 \2 "),
    (r"\bin a perfect world\b,?\s*|\bideally\b,?\s*", ""),
    (r"\bnone of the (?:blocks|cubes) (?:would|should|must) be (?:outside|out of) (?:a|any|their|the) bowls?\b", "every block should be in a bowl"),
    # matching said of the bowls, or as what must not be left out
    (r"^(?:each|every|all the|all|the) bowls? (?:should|must|ought to|needs to) (?:end up |be )?(?:hold(?:ing)?|contain(?:ing)?|have|get) (?:the "
     r"(?:block|cube) (?:of its own colou?r|that matches its colou?r|of the same colou?r)|their matching (?:blocks|cubes)(?: in them)?|the "
     r"matching (?:block|cube)s?)", "put every block in its matching bowl"),
    (r"^(?:no (?:block|cube) (?:that has|with) (?:a matching bowl|a bowl of (?:its|the same) (?:own )?colou?r) should (?:be (?:left )?|remain |stay )"
     r"(?:outside|out of) it|none of the "
     r"(?:blocks|cubes) should be (?:left |sitting )?(?:outside|out of) (?:the|their) matching bowls?|(?:do not|never) leave (?:any|a single|"
     r"one) (?:block|cube) (?:out of|outside(?: of)?) (?:its|their) (?:matching|own) bowls?)", "put every block in its matching bowl"),
    (r"^the (?:\w+ )?(?:blocks?|cubes?) (?:that|which) (?:has|have) a bowl of (?:the same|its|their)(?: own)? colou?r should (?:each )?go "
     r"in (?:that|its|their) bowls?", "put every block in its matching bowl"),
    (rf"({_THING}) in (the \w+ bowl) instead of ({_THING})", r"\1 in \2, and take \3 out of \2"),  # a swap: the other comes out
    # the same bowl: 'put X in with Y', 'X and Y should share a bowl'
    (rf"\bput ({_THING}) (?:in )?with ({_THING})", r"put \1 in the same bowl as \2"),
    (rf"({_THING}) (?:should|must|needs to|has to) (?:share a bowl|be in the same bowl|go in the same bowl) with ({_THING})",
     r"put \1 in the same bowl as \2"),
    (rf"(?<!^do )(?<!^does )({_THING}) and ({_THING}) (?:should|must|need to|have to) (?:share a bowl|be in the same bowl|go in the same bowl)",
     r"put \1 and \2 in the same bowl"),
    (rf"({_THING}|\bit) (?:should|must) (?:be|go) with ({_THING})", r"put \1 in the same bowl as \2"),
    # frustration and hurry
    (r"\b(?:for the (?:third|second|last|fifth|hundredth|umpteenth) time|seriously|honestly|come on|for once|ok forget it|forget it|"
     r"never mind that)\b,?\s*", ""),
    (r",? not (?:next to|beside|near|by) (?:it|them|the [\w ]+?)(?=\s*(?:[.;]|$))", ""),
    (r"\bi would be (?:very |most |so |really |ever so |extremely )?(?:thankful|grateful|happy|pleased|obliged)(?: if you (?:could|would|can))? "
     r"(?=\w)", ""),
    (r"\b(has|have) got to\b", r"\1 to"),
    (r"[.;]\s*(?:and )?(?:no,? )?not (?:in|into) the bin\b", ", but do not put it in the bin"),
    (r"\btake out (?:what is|whatever is|everything|all that is|what s) (?:in|inside) (the [\w ]+?)(?=\s*(?:[,.;]|$| then\b| and\b))",
     r"take everything out of \1"),
    (r"\bput (the [\w ]+?) in(?=\s*(?:[.;]|$))", r"put \1 in there"),
    (r"(the [\w ]+? bowl(?: (?:with|(?:that|which) (?:already )?(?:has|holds|contains)) the \w+ block(?: in it)?)?) (?:should not|must not) "
     r"have anything(?: left)? in it(?! but| except)", r"empty \1"),
    (r"^(?:can|could) (?:i|we) have (.+?) (?:put|placed|moved|dropped) (in|into|on|onto|at) ", r"put \1 \2 "),
    (r"\b(then|and) that (?=nothing|no block|the )", r"\1 make sure that "),
    (r"\b(?:has|have|needs?) to come out (?:onto|on to|to|on) (the table)", r"has to go on \1"),
    (r"^(?:the )?bowls? (?:is|are) (?:going|being taken|headed) (?:in|into|to) (?:the )?\w+,? so ", ""),
    (r"\bwhile you (?=put|move|place|stack|take)", "and "),
    (r"\b(?!but\b|and\b|then\b|or\b|so\b|just\b|please\b|to\b|like\b|with\b|you\b|that\b)(\w+) (leave|keep) (everything else|the rest|all the "
     r"others|the others)\b", r"\1, \2 \3"),  # a hurried typist's 'move X to W leave everything else'
    (r"\b(?!but\b|and\b|then\b|or\b|so\b|just\b|like\b|with\b|that\b|are\b|is\b|be\b)(\w+) (no stacks|nothing stacked|nothing in (?:the )?"
     r"bowls?|no blocks? in (?:the )?bowls?)\b", r"\1, \2"),
    (r"\b(?!and\b|then\b|but\b|or\b|so\b|to\b|you\b|please\b|just\b|not\b|do\b|never\b)(\w+) (put|move|place|drop) (it|them) "
     r"(?=in |into |on |onto )",
     r"\1, \2 \3 "),
    (r"^(move|put|place|drop|bin|stack|take) (" + "|".join(COLOURS) + r") (?=to |in |into |on |onto |off |out )", r"\1 the \2 block "),
    (r"\btake the (?:block|cube|one) (?:off|from) the (?:very )?top of (?:the|that|this) (?:little )?(stack|tower|pile)", r"take the top block of the \1"),
    (r"\b(that|which) was (?=under|on|in|beneath|below|on top of)", r"\1 is "),
    # a comment after a request: ', it's cracked', ', that's where I can reach it', ', I'm collecting those in there'
    (r",\s*(?:it|they|that|this|which|one of (?:its|their) \w+|(?:its|their) \w+)(?: is| are| was| were| looks?| seems?)(?: like)? (?!(?:in|on|"
     r"at|into|onto|inside|under|on top of|"
     r"going|supposed|meant|to|not)\b)[^,.;]*", lambda m: m.group(0) if _SCENE_RE.search(m.group(0)) or rx(r"\b(?:should|must|"
                                                                                                                 r"goes|belongs?)\b").search(
                                                                                                                 m.group(0)) else ""),
    (r",\s*(?:i am|i m) (?:testing|collecting|checking|trying|doing|using|keeping|saving|sorting)\b[^,.;]*|,\s*i need (?:it|them|those|that) "
     r"(?:there|here)\b[^,.;]*|,\s*(?:it|they) (?:need|needs) to be (?:visible|seen|reachable|handy|clean)\b[^,.;]*|,?\s*\bso (?:that )?(?:it|"
     r"they) (?:looks?|seems?|will look) like\b[^.;]*|,\s*i want to (?:count|see|check|film|photograph|show|look at)\b[^,.;]*|,\s*i (?:still "
     r")?need (?:it|them|that one|those)\b[^,.;]*|,\s*i need to (?:see|reach|get to|use|check|photograph|count)\b[^,.;]*|,\s*i want (?:it|"
     r"them) out of the way\b|,?\s*\bso (?:that )?(?:it|they) (?:does not|do not|won t|will not) get (?:lost|knocked|broken|mixed up|dirty)"
     r"\b[^.;]*|,\s*that (?:is|s) (?:my|his|her|their|our) (?:\w+ )?(?:bowl|block|one)\b|,?\s*(?:and )?this is (?:important|crucial|key|"
     r"critical)\b,?", ""),
    (r"\bno (" + "|".join(COLOURS) + r") in there\b", r"do not put the \1 block in there"),
    (r"(?:^|(?<=[.;] ))leave (the (?:one|block|cube|\w+ block)(?: (?:that|which) is [^,.;]+)?)(?=\s*(?:[.;]|$))", r"leave \1 where it is"),
    (r"^(the [\w ]+?) (?:is|are) ((?:stacked )?(?:on|in|on top of|inside) the [\w ]+?),? (?:which|and that|that) (?:is|s) (?:wrong|not right|"
     r"a mistake)", r"\1 should not be \2"),
    (r"^(the [\w ]+?) (?:is|are) (?:in|on|at|inside|on top of) the [\w ]+?,? but (?:it|they) (belongs?|goes|go|should be)\b", r"\1 \2"),
    (r",\s*there (?:is|s) (?:stuff|things|junk|clutter|blocks|something) in (?:it|there)\b", ""),
    # an exception said after the request: '... in the bin. Not the cyan one though, keep that.', '... Apart from X, that
    # one doesn't move.', '... Actually, I need the X and Y ones, so leave those out.'
    (r"(\b(?:all|every|each|everything|everybody|everyone|blocks)\b[^.;]*)[.;]\s*(?:(?:oh|well|wait|actually|hmm|hang on|but|and),?\s+)*(?:not|except(?: for)?|"
     r"(?:all|everything|everyone|everybody|every (?:block|one)) (?:but|except(?: for)?)|apart from|but not|other than|leave out|minus) ((?:the |those |any )?(?:[\w ]+? )?(?:blocks?|cubes?|ones?|" + "|".join(COLOURS) + r")"
     r"(?: (?:in|on|at|that|which|nearest|closest)\b[\w ]*?)?)"
     r"(?: though|,? that is)?(,\s*(?:i (?:would like|want|need) to keep|"
     r"keep|leave|the \w+ (?:block|one) (?:stays|remains)\b|(?:that one|it|those|they|them|these)\b)[^.;]*)?\s*(?=[.;]|$)",
     lambda m: m.group(0) if m.group(3) and rx(r"\b(?:put|move|place|into|onto|bin|bowl|table|in the|on the)\b").search(m.group(3)) and " stays" not in m[3]
     else f"{m.group(1)} except {m.group(2)}"),
    (r"[.;,\s]*(?:actually,? )?(?:hang on,? )?i need (the [\w ]+?),? so leave (?:those|them|these)(?: two| three)? out", r" except \1"),
    (r"[.;]\s*(?:oh,? )?(?:but )?if (?:a|any) (?:block|cube) is (?:already )?((?:in|on) [\w ]+?),? (?:leave|keep) it(?: there| alone| where it "
     r"is| be)?(?=\s*(?:[.;]|$))", r" except the blocks \1"),
    (r"\b(?:whatever|everything|anything|what) (?:is|s) left(?: over)?\b", "the rest"),
    # the end state as a photo, a constraint list, support said the other way, what must not remain, the same as now
    (r"\b(?:set (?:things|it) up so that |make it so that )?(?:in|for) the (?:final|last|end) (?:photo|picture|shot|image|snapshot|scene),?\s*",
     ""),
    (r"\bi(?: would|d)? like the (?:final |last )?(?:photo|picture|shot|image) to show\b", "i want"),
    (r"\bthe goal is to (?=see that|make sure|make it so)", ""),
    (r"\bsee that\b(?= the\b)", "make sure that"),
    (r"^(?:please )?(?:sort|tidy|fix|clean) (?:the table|things|everything)(?: out| up)?[.;:]\s*(?=constraints?|rules?)", ""),
    (r"(^|[;:,.]\s*)(" + "|".join(COLOURS) + r") (?=(?:not |on |in |untouched|stays|to |off |goes ))", r"\1the \2 block "),
    (r"\b(on|onto|on top of|upon) (" + "|".join(COLOURS) + r")(?=\s*(?:[;,.]|$))", r"\1 the \2 block"),
    (r"(?<!leave )(?<!keep )(?<!leaving )(?<!keeping )(the \w+ block|(?:the )?rest) (?:untouched|unchanged|as is|stays put)(?=\s*(?:[;,.]|$))", r"leave \1 alone"),
    (rf"\bhave ({_THING}) carry ({_THING}) on top(?: of it)?", r"put \2 on \1"),
    (r"\b(?:is|are) held by (the \w+ bowl)", r"is in \1"),
    (rf"({_THING}) (?:to be |should be |is )?(?:supporting|holding up|carrying) ({_THING})(?=\s*(?:[,.;]|$| and\b))", r"\2 on \1"),
    (rf"\bget ({_THING}) to (?:support|hold up|carry) ({_THING})", r"put \2 on \1"),
    (rf"({_THING}) (?:should|must) (?:support|hold up|carry) ({_THING})", r"\2 should be on \1"),
    (rf"\b(?:have|get|let) ({_THING}) rest (on|on top of) ", r"put \1 \2 "),
    (rf"({_THING}) should keep (?:holding up|supporting|carrying) ({_THING})(?: just)?(?: like| as) it does now", r"leave \1 and \2 alone"),
    (r"^(?:the end state is |everything should (?:be|stay) |keep everything )?(?:the same as now|(?:exactly |just )?(?:as|how) it is(?: right)?"
     r"(?: now)?),? except "
     r"(?:that )?(the [\w ]+?) (?:is|are|goes|go|should be) (in|on|at|into|onto) (the [\w ]+)", r"put \1 \2 \3 and leave everything else as it is"),
    (r"^all the blocks stay where they are(?: now)? except (.+?),? which (?:both |all )?(?:go|goes) (in|into|on|to) (the [\w ]+)",
     r"put \1 \2 \3 and leave everything else as it is"),
    (r"\bi(?: would|d) rather nothing remained (on|in|on top of) ", r"nothing should be \1 "),
    (r"\bnothing (?:should |must |may )?(?:remain|remains|remained|is left|be left) (on|in|on top of|inside) ", r"nothing should be \1 "),
    (r"\bthe bin (?:has to|should|must|needs to) (?:stay|remain|be kept) empty\b", "do not put anything in the bin"),
    (r"\bin there with (?:it|them)\b", "in there"),
    (r"\b(?:exactly |just )?how (it|they) (is|are)(?: right now| now)?\b", r"as \1 \2"),
    (r",? with (the [\w ]+?) left (?:exactly |just )?(?:as it is|where it is|alone|untouched)", r" and leave \1 alone"),
    # a pirate's, an academic's, a commentator's and a nervous newcomer's words
    (r"\b(?:ye|yer) (?=(?:\w+ )?(?:block|cube|bowl|blocks|cubes|bowls)\b)", "the "), (r"\bye\b", "you"),
    (r"\bi be (?:wantin|wanting)\b", "i want"), (r"\b(?:what|that) be (?:sittin|sitting)?\s*", "that is "),
    (r"\bthat un\b", "that one"), (r"\b(?:to the fishes |overboard )(?=in|into)", ""),
    (r"\bit is (?:hereby |kindly )?(?:requested|required|desired|asked) that (the [\w ]+?) be\b", r"\1 should be"),
    (r"\bit is (?:hereby |kindly )?(?:requested|required|desired|asked) that ", ""),
    (r"\bit would be (?:most |highly |very )?(?:desirable|preferable|ideal|good) for (the [\w ]+?) to be\b", r"\1 should be"),
    (r"\b(?:situated|positioned|located|placed) (within|inside)\b", "in"), (r"\b(?:situated|positioned|located) (?=atop|upon|on)", ""),
    (r"^for the purposes? of [^,]+,\s*", ""), (r"\bthe aforementioned (?:block|cube|one)\b", "it"),
    (r"\bretains? its (?:current |present )?(?:position|place|location)\b", "stays where it is"),
    (r"\b(?:the robot|the arm) (?:is|s) (\w+?)ing\b", lambda m: verb_of(m.group(1)) or verb_of(m.group(1) + "e") or m.group(0)),
    (r"^(?:not the (?:bin|table|\w+ bowl),? )+(?:no sir,? )?", ""),
    (r",?\s*\b(?:what a (?:move|sequence|play|shot|save|finish)|no fouls|and here we go,? folks|here we go)\b[!.]*", ""),
    (r"^(?:sorry,? )?(?:would it be|is it) (?:ok|okay|alright|all right|fine|possible) to (?=\w)", ""),
    # slang and a learner's words
    (r"\byeet (it|them|the (?:\w+ ){0,3}?(?:block|cube|one)s?)(?=\s*(?:[,.;]|$| but\b| and\b))", r"put \1 in the bin"),
    (r"\byeet\b", "throw"),
    (r"^let me (?:get|have) (?=the )", "put "),
    (r"\bwhilst\b", "while"),
    (r"\bmaintain (the [\w ]+?)(?: s|'s)? (?:current |present |existing )?(?:position|place|spot|location)\b", r"keep \1 where it is"),
    (r"\b(the [\w ]+? (?:block|cube)|\w+ block) (?:stays?|remains?) (?:in )?(?:the )?same (?:place|spot|position)\b", r"\1 stays where it is"),
    (r"\b(?:ez|gg|ngl|tbh|speedrun(?: it| this| that)?|to be honest|there is a (?:love|dear|good)(?: (?:robot|lad|girl|boy|one))?|be a dear|sorry to (?:be a bother|bother "
     r"you|trouble you)|do one thing)\b,?\s*", ""),
    (r"\s+quick(?:ly)?\s*$", ""),
)
