"""What people tell around a request, read after `outcomes.OUTCOMES` among `speech.SPEECH`'s rules: the speaker's own
story ('I've just come back from my walk, so put ...', 'my grandson arranged that one'; see `narration`), a user story's
role ('As a lab tech, I want ...'), a demonstrator's or a game designer's doer ('now watch as the robot picks up X',
'have the robot toss X', 'the player must grab X', 'the win condition is that ...'), a wish said with 'love for' or in the
past ('I'd love for both of them to be in W', 'I wanted X in W'), a fault said with where it belongs ('its place is the
bin', 'X isn't meant to be there, it belongs on Y', 'anywhere but the bin is fine'), and slang and a learner's words
('yeet it', 'lemme get X in W', 'whilst', 'maintain X's current position', 'X stay same place')."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.words import verb_of
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
    if re.match(r"(?:my|our|his|her) \w+|he|she|someone|somebody", clause):  # 'my grandson arranged that one'
        clause = re.sub(r"\b(?:that|this) one\b", "", clause)
    return bool(_STORY_RE.match(clause)) and not _SCENE_RE.search(clause) and not _SAYS_RE.search(clause)


def _story(m: re.Match[str]) -> str:
    """The clauses of a sentence that tell the speaker's story are dropped, the rest kept ('i am puffed out, so put ...')."""
    clauses = re.split(r",\s*(?:and |so |but )?|\s+(?:and|so|but) (?=i\b|my\b|he\b|she\b)", m.group(0))
    kept = [c for c in clauses if c.strip() and not narration(c.strip())]
    return ", ".join(kept) if len(kept) < len(clauses) else m.group(0)


_DOER = r"(?:the robot|the arm|the gripper|the player|the user|it|you)"

# What a request or a question is told around: the speaker's story, a user story's role ('as a lab tech i want ...', 'as
# the person who locks up, i need ...'), a purpose ('so that nobody uses it by mistake', 'so that my students can find it').
AROUND: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"(?:^|(?<=[.;?] ))[^.;?]+", _story),
    (r"(?:^|(?<=[.;] ))(?:as )?(?:a|an|the|one of the) ((?:\w+ ){0,5}?\w+)(?: who [^,]+?)?,? (?=(?:i|we) (?:want|need|would like|"
     r"would love|wish|require|do not want|would ask|have to|must)\b)",
     lambda m: m.group(0) if _SCENE_RE.search(m.group(1)) else ""),
    (r",?\s*\bso(?: that)? (?:nobody|no one|someone|somebody|anyone|they|i|we|my \w+|our \w+|the (?:kids|children|students|class|"
     r"team|others|cleaners?))\b(?! (?:\w+ )?(?:is|are|be|ends?|sits?|stays?|goes?)\b)[^.;!?]*", ""),
    (r",?\s*\bso(?: that)? ((?:\w+ ){1,4}?)(?:can|could|will|would|may|might|won t|do not|does not|cannot|can not|need to|needs to|"
     r"has to|have to)\b(?! be\b)[^.;!?]*", lambda m: m.group(0) if _SCENE_RE.search(m.group(1)) or re.match(r"(?:it|they)\b",
                                                                                                             m.group(1)) else ""),
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
    (r"\b(?:the )?(?:win|winning|victory|success|completion|end|goal|finish|level|pass) (?:condition|state|criterion|criteria|"
     r"requirement|goal)s? (?:is|are|will be)(?: that)?,?\s*", ""),
    (r"^what (?:i|we) (?:want|need|would like)(?: for [\w ]+?)? is (?=the |every |each |all |no |both )", "i want "),
    (r"^for the (?:end state|final state|final layout|end result|result|goal|finish|[\w ]{1,20}?) (?:i|we) (?:have in mind|want|"
     r"need|am after|are after),?\s*", ""),
    (r"^(?:the )?(?:end state|final state|final layout|end result|result|goal|target) (?:i am|we are) (?:after|going for|aiming "
     r"for|looking for)\s*,?\s*", ""),
    (r",?\s*\b(?:meaning|that is to say|in other words|i e)\b,?\s*", ", "),
    (r"^(?:you know )?what would make me (?:happy|glad|smile)\.?\s*(?:is )?(?:if )?", "i want "),
    (r"\bfound (?:its|their) way(?: home| back)? (?=to|into|in)\b", "goes "),
    (r"^(?:i|we) (?:reckon|think|believe|feel)(?: that)? (?=[^.;,]*\b(?:belongs?|should|must|ought to|needs? to|has to)\b)", ""),
    # a wish said with 'love for' or in the past
    (r"\b(i|we) (?:would|d) (?:love|like|prefer)(?: it)? for (?=the |both |all |every |each |them |it |these |those )", "i want "),
    (r"\b(i|we) wanted (?=the |both |all |every |each |them |it )", "i want "),
    # a fault said with where it belongs
    (r"\b(?:its|their) (?:proper |right |rightful )?(?:place|spot|home) is (?:in |on |at )?(the [\w ]+)",
     lambda m: f"it goes {'at' if re.search(r'corner|middle', m.group(1)) else 'on' if re.search(r'table|block', m.group(1)) else 'in'} "
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
    (r"\bthe bin (?:to have|should have|has|to hold|should hold|holds) (.+?) in it(,? and nothing else)?",
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
    (r"\bwhile (the [\w ]+?) (?:stays?|remains?) (?:standing|intact|up|untouched|as it is|where it is|put|in one piece)\b",
     r"and leave \1 as it is"),
    (r"\b(?:straight|directly) (?=(?:down |back )?(?:on|onto|in|into|to)\b)", ""),
    (r"\bsee to it that\b", "make sure that"),
    (r"\bhowever\b,?\s*", ""),
    (r"(?:^|(?<=[.;] ))(?:i would ask|i ask|i must ask|i request)?,?\s*that (it|they|the [\w ]+?) not be\b", r"\1 should not be"),
    (r"\bshould not have (?:a single|any|one|even one) (?:block|cube)s? (?:left )?in it\b", "should be empty"),
    (r"\bnone of (them|those|these) (?:should|must|may|can|is to|are to) (?:end up|go|be put|be placed|be thrown|be) in the bin\b",
     r"do not put \1 in the bin"),
    (r"(?:^|,\s*)(?:the )?colou?r coded(?: bowls?)?,?\s*", ""),
    (r"((?:in|on|at|inside|into|onto|on top of) the (?:\w+ ){0,2}?(?:bowl|bin|table|corner|middle|block|one)),? not (?:(?:in|on|at|"
     r"inside|on top of|onto|into) )?the (?:\w+ ){0,2}?(?:bowl|bin|table|corner|middle|block|one)(?=\s*(?:[.;]|$))", r"\1"),  # 'X must be on the table, not on Y': where it goes says where not
    (r",?\s*\bi am (?:\w+ )?fond of (?:that|this|it|them)(?: one)?\b|,\s*mind(?=\s*(?:[,.;]|$))", ""),
    (r"\b(?:in|into|inside|to) (?:this|that|the same|that same) bowl\b", lambda m: (lambda named: f"in {named[-1]}" if named else
     m.group(0))(re.findall(r"\bthe \w+ bowl\b", m.string[: m.start()]))),  # 'the block nearest the W, put it in this bowl'
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
    # slang and a learner's words
    (r"\byeet (it|them|the (?:\w+ ){0,3}?(?:block|cube|one)s?)(?=\s*(?:[,.;]|$| but\b| and\b))", r"put \1 in the bin"),
    (r"\byeet\b", "throw"),
    (r"^let me (?:get|have) (?=the )", "put "),
    (r"\bwhilst\b", "while"),
    (r"\bmaintain (the [\w ]+?)(?: s|'s)? (?:current |present |existing )?(?:position|place|spot|location)\b", r"keep \1 where it is"),
    (r"\b(the [\w ]+? (?:block|cube)|\w+ block) (?:stays?|remains?) (?:in )?(?:the )?same (?:place|spot|position)\b", r"\1 stays where it is"),
    (r"\b(?:ez|gg|ngl|tbh|to be honest|there is a (?:love|dear|good)(?: (?:robot|lad|girl|boy|one))?|be a dear|sorry to (?:be a bother|bother "
     r"you|trouble you)|do one thing)\b,?\s*", ""),
    (r"\s+quick(?:ly)?\s*$", ""),
)
