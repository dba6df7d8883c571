"""How people speak and write when they are not writing a command for a machine: politeness, fillers and hedges that
carry no goal (`fillers.FILLER_RE`), and the informal ways of saying a request (`SPEECH`): transcribed speech ('the um the block',
'but like not'), a learner's English ('put him on ...', 'you put ...', "it's colour"), a teacher's 'we put ...' and "let's
...", a purpose clause ('so the whole class can see it') and a work order's 'Destination: rubbish bin'. Read by
`phrasing` after the fillers are dropped and before its phrase rules."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.aspects import ASPECTS
from agent.planners.offline.asides import ASIDES
from agent.planners.offline.choices import CHOICES
from agent.planners.offline.echoes import ECHOES
from agent.planners.offline.endstates import ENDSTATES
from agent.planners.offline.matching import MATCHING
from agent.planners.offline.extremes import EXTREMES
from agent.planners.offline.framing import FRAMING
from agent.planners.offline.figures import FIGURES
from agent.planners.offline.games import GAMES
from agent.planners.offline.groups import GROUPS
from agent.planners.offline.structures import STRUCTURES
from agent.planners.offline.costs import COSTS
from agent.planners.offline.distractors import DISTRACTORS
from agent.planners.offline.hedges import HEDGES
from agent.planners.offline.jargon import JARGON
from agent.planners.offline.learners import LEARNERS
from agent.planners.offline.loops import LOOPS
from agent.planners.offline.manner import MANNER
from agent.planners.offline.narration import NARRATION
from agent.planners.offline.outcomes import OUTCOMES
from agent.planners.offline.pairings import PAIRINGS
from agent.planners.offline.passives import PASSIVES
from agent.planners.offline.permissions import PERMISSIONS
from agent.planners.offline.polarity import POLARITY
from agent.planners.offline.spatial import SPATIAL
from agent.planners.offline.positions import POSITIONS
from agent.planners.offline.reciprocals import RECIPROCALS
from agent.planners.offline.registers import REGISTERS
from agent.planners.offline.restarts import RESTARTS
from agent.planners.offline.sharing import SHARING
from agent.planners.offline.specs import SPECS
from agent.planners.offline.states import STATES
from agent.planners.offline.swaps import SWAPS
from agent.planners.offline.turns import TURNS
from agent.planners.offline.viewpoints import VIEWPOINTS
from agent.planners.offline.voices import VOICES
from agent.planners.offline.wordings import WORDINGS
from agent.planners.offline.words import SHARED_RE, VERB_RE, verb_of
from agent.regex import replaced, rx
from sim.core.lexicon import COLOURS


_THING = (r"the (?:ones|blocks|cubes|others)(?: (?:that are|which are|sitting|already|still))? (?:in|on|inside|on top of|at) [^,.;!?]+?"
          r"|(?:the )?bowls?(?= included)")
# 'bin every block, the ones in the bowls too', '..., bowls included': the appendix adds to the list before the filler
# drops the 'too' that says so (else 'the ones in the bowls' reads as saying which blocks)
INCLUDED_RE = re.compile(rf",\s*(?:and\s+)?(?:(?:also|even|plus)\s+(?P<a>{_THING})(?:\s+(?:too|as well|also|included))?"
                         rf"|(?P<b>{_THING})\s+(?:too|as well|also|included|into the bargain))(?=\s*(?:[.;!]|$))")


def included(text: str) -> str:
    """'X, the ones in the bowls too' -> 'X, and the ones in the bowls': an appendix that adds to what X names; 'X in the
    bin, and Y too' -> 'X and Y in the bin' (a wish has no verb to carry to Y)."""
    text = rx(r"\b(the \w+ block) ((?:in|into|on|onto|at) the (?:bin|\w+ bowl|table|middle|\w+ \w+ corner)),? (?:and|plus) (the \w+ block),? (?:too|as well|also)"
              r"(?=\s*(?:[.;!]|$))").sub(r"\1 and \3 \2", text)
    return INCLUDED_RE.sub(lambda m: ", and " + rx(r"^(?:the )?bowls?$|(?<= in) (?:bowls|a bowl|any bowl)$").sub(
        lambda b: " the bowls" if b[0].startswith(" ") else "the ones in the bowls", m["a"] or m["b"]), text)


def _prep_for(target: str) -> str:
    """The preposition a bare place pose needs: 'on' before a block or 'top of', 'at' before a corner, else 'in'."""
    head = rx(r"(?:the )?(?:top of|[\w ]*?\b(block|bowl|bin|corner|middle|table))\b").match(target)
    return "on" if head is None or head.group(1) in (None, "block", "table") else "at" if head.group(1) in ("corner", "middle") else "in"


_SPOKEN_MARKS = {"comma": ",", "period": ".", "full stop": ".", "colon": ":", "semicolon": ";", "semi colon": ";", "question mark": "?", "exclamation mark": "!",
                 "exclamation point": "!", "new line": ".", "new paragraph": "."}
_SOUNDS_LIKE = {"read": "red", "bleu": "blue", "sian": "cyan", "scion": "cyan", "wight": "white",  # said, or typed
                "greed": "green", "ted": "red", "blur": "blue", "pinl": "pink", "yellwo": "yellow", "oragne": "orange", "purpel": "purple"}


# speech-to-text's other homophones ('put too of the blocks in the bin', 'are their', 'i wood like'), words heard as two, run-ons
_HOMOPHONES = tuple((re.compile(p), r) for p, r in (
    (r"\b(?:too|to)(?= of (?:the|them|those|these)\b)|\btoo(?= (?:blocks|cubes|bowls)\b)", "two"),
    (r"\b(in|on) too(?= (?:the|a|an|it|them|that|this|my|your)\b)", r"\1to"), (r"\btoo(?= the\b)", "to"), (r"\bblew\b", "blue"), (r"\b(i|we|you|they) wood\b", r"\1 would"),
    (r"(?<=\bthe )read\b", "red"), (r"\bwon(?= (?:block|cube|more|of|single|tower|stack|pile|bowl|corner)\b)", "one"),
    (r"\b(?:in side|under neath|with out|any where|some where|every thing|no where|be side)\b", lambda m: m[0].replace(" ", "")),  # 'in side W'
    (r"\bthere(?= (?:own |matching |same )?(?:colou?rs?|bowls?|own)\b)", "their"), (r"\bontop\b", "on top"), (r"\s+(?:(?:uh|um|er) )?no,? not (on|in|into|onto|on top of) (the \w+ \w+) (?=(?:on|in|into|onto|on top of) the\b)", r", no, not \1 \2, "),
    (r"\b(bowl|bin|table|block|corner|middle) (?=(?:next(?! to\b)|then|last|lastly|finally|after that|put|move|stack|place|take|set)\b)", lambda m: m[0] if rx(
        r"[,.;]").search(m.string) or not rx(r"\b(?:first|without|next|then)\b").search(m.string) else f"{m[1]}, "),  # a run-on's steps: '... bin next the X ...'
    (r"\b(" + "|".join(COLOURS) + r"|the|that|this|other|each|every|which) won\b", r"\1 one"),
    (r"\b(are|is|over|right|down|up|out) their\b(?! (?:own|colou?rs?|bowls?|blocks?|places?|spots?)\b)", r"\1 there"),
    (r"\btheir(?= *(?:$|[,.;!?]|too\b|as well\b|also\b))", "there"),
))
_SPOKEN_MARKS_RE = re.compile(r"\s*\b(" + "|".join(_SPOKEN_MARKS) + r")\b")
_SOUNDS_LIKE_RE = re.compile(r"\b(" + "|".join(_SOUNDS_LIKE) + r")(?= (?:block|blocks|one|ones|cube|cubes|brick|bricks|bowl|bowls|dish)\b)")


def dictated(text: str) -> str:
    """Dictation software's output: punctuation said as words ('... in the bin period'), a small word heard as its
    sound-alike ('too of the blocks', 'are their', 'the pink won'), and a colour ('the blew block', 'the read one')."""
    text = _SPOKEN_MARKS_RE.sub(lambda m: _SPOKEN_MARKS[m.group(1)], text)
    text = rx(r"(?<=\bthe )bun\b|(?<=\binto )bun\b").sub("bin", text)  # a phone's 'put it in the bun'
    for pattern, repl in _HOMOPHONES:
        text = replaced(pattern, repl, text)
    return _SOUNDS_LIKE_RE.sub(lambda m: _SOUNDS_LIKE[m.group(1)], text)


SPEECH: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(p), r) for p, r in (
    *ASPECTS,
    *POLARITY, *VIEWPOINTS, *SPATIAL, *DISTRACTORS, *GROUPS, *STRUCTURES, *PERMISSIONS, *EXTREMES,
    *JARGON,
    *PASSIVES,
    *GAMES,
    *LOOPS,
    *MANNER,
    *FIGURES,
    *SHARING,
    *RECIPROCALS,
    (r"^(?:(?:no+|nope|wait|stop|hey)[,. ]+)+(?=(?:do not|never|wait|stop)\b)", ""),  # 'no no dont throw it away, ...'
    (r",?\s*\bi (?:would|will) be (?:most |very |so |really |ever so |extremely )?(?:grateful|thankful|obliged|happy|pleased)$", ""),
    (r"^let us see (?:you |if you can |how you )?", ""),
    *LEARNERS,
    # the order said in passing: 'A first, and (only) then B', 'A, and once it's in, B', 'keep X. First A, then B', 'Y goes in after it'
    (r"(?:(?<=bowl)|(?<=bin)|(?<=table)|(?<=corner)|(?<=middle))\s+first(?=\s*[,;]\s*(?:and )?(?:then|only then|after that|afterwards|next|once|when)\b)", ""),
    (r"[,;.]\s*(?:and )?(?:that|this|which) (?:being |having been )?(?:done|finished|completed|accomplished),\s*", "; then "),  # 'X upon Y; that being done, move ...'
    (r"[,;.]\s*(?:and )?after (?:it|that one|this one),\s*", "; then "),  # 'let X descend into W; after it, let Y follow it there'
    (r"[,;]\s*(?:and )?(?:only then|once (?:it|that|they) (?:is|s|are|re|has been|have been) (?:in|there|done|finished|gone|placed|down|out|off|settled|sorted|set|in place|complete|completed)|"
     r"when (?:that|it) (?:is|s) (?:done|finished|over|in|there)),?\s*", ", then "),
    (r"\bthen,? and only then\b,?", "then"),  # '..., and once that's done, and only then, Y can go on top of it'
    (r"^((?:keep|leave|do not (?:move|touch))\b[^.;]*[.;]\s*)(?:first(?: of all)?|to start|start by|begin by|start with|begin with)(?:,\s*|\s+)", r"\1"),
    (r"\b(goes|go|should go|is going) in(?:to it)? after (?:it|that|them|that one)\b", r"\1 in there"),
    (r"^([^.;]*?\b(?:in|into) (the \w+ bowl)\b[^.;]*?,[^.;]*?\b(?:out of|from)) (?:it|there)\b", r"\1 \2"),  # 'before you put A in W, take B out of it': W
    *ECHOES,
    (r"\b(remove|take|lift|get|pull) (?:out )?(from|out of) (the \w+ bowl) ((?:every|each|all|any)\b[^,.;]*?|the \w+ block(?:,? and the \w+ block)?)(?=\s*(?:[,.;!?]|$))",
     r"\1 \4 \2 \3"),  # a butler's 'remove from W every block that is not blue': what, then where from
    (r"^(?:that|the) (block|one) (?:that is |which is |that s )?(?:sitting |resting |lying )?(on top of|on|in) (the \w+ (?:block|bowl)),? (?:(?:can|could|would|will) you "
     r")?(?:please )?(move|put|place|stack|set|drop|get) (?:it|that one) ", r"\4 the \1 \2 \3 "),  # 'That block on X, can you move it onto Y?'
    (r"\b(?:build|pil|stack)(e|ing)? (one|two|three) blocks? up on(?: top of)? (the \w+ block)\b",
     lambda m: f"{'putting' if m[1] == 'ing' else 'put'} {m[2]} blocks on {m[3]}"),  # 'begin by building two blocks up on X'
    (r",?\s*\b(?:so+|really|very) (?:bad|badly|much)\s*$|,?\s*\bwhen (?:you are|your|you re|u r|ur) (?:done|finished|ready)\s*$|,?\s*\bi (?:do not|don t|"
     r"dont) want (?:it|them) (?:there|in there|in it)(?: anymore| any more)?\s*$", ""),
    (r"^(?:take|grab|pick up|get) (each|every|all the|any) (blocks?|ones?) ([^,.;]+?),? and (put|place|drop|move|throw|toss|set) (?:it|them) ", r"\4 \1 \2 \3 "),
    # a condition kept whole for `conditions`: '..., provided that block is on the table', 'whatever is on X, if there is one, goes in W'
    (r",? (?:but )?(?:provided|providing|as long as|so long as)(?: that)? (that|this) (block|one|bowl) (?=is\b)", r" but only if \1 \2 "),
    (r"^(?:whatever|whichever|any) (?:block |blocks |one )?(?:that is |which is |is )?(?:resting |sitting |stacked |lying )?(on top of|on|in) (the \w+ (?:block|bowl)),? "
     r"if (?:there is one|there are any|anything|any|there is any)\b,? (?:goes|go|should go|belongs|(?:put|move) (?:it|them))\b", r"if there is something \1 \2, put it"),
    # before the rules that read sets, towers, 'there' and what is left: 'arrange X into one tower', 'empty W into the bin, then put Y in there'
    (r"^(?:please |kindly )?take (the (?:\w+ )?(?:block|one)|it) off (the \w+ block|it)(?=\s*(?:[.;!]|$))", lambda m: f"put the block on {m[2]} on the table"
     if m[1] in ("the block", "the one") else f"put {m[1]} on the table"),
    (r"^with (the \w+ (?:block|cube)(?:,? (?:and )?the \w+ (?:block|cube))*) (?:left|kept|staying|remaining) (?:in place|where (?:they are|it is)|alone|untouched|put),\s*(.+)$",
     r"\2, and leave \1 alone"),
    (r"\ball of the (?=(?:\w+ )?(?:blocks|cubes|ones|bowls)\b)", "all the "),
    (r"\b(blocks|ones|cubes) (?:that are |which are )?(?:standing|sitting|lying|resting|placed|found) (on the table|in the \w+ bowl|in the bowls|in a bowl)\b", r"\1 \2"),
    (r"\b(?:arrange|organi[sz]e|gather|assemble) ([^,;.]+?) (?:into|in|as) (?:one|a single|a) (tower|stack|pile)\b", r"stack \1 into one \2"),
    (r"\b(?:all )?the blocks (?:that|which) (?:are not|aren t) stacked(?: with anything| on anything| at all)? and (?:are not|aren t) in (?:a|any) bowl\b",
     "the loose blocks"),  # said before `framing` reads 'in a bowl'
    *CHOICES,
    *FRAMING,
    *POSITIONS,
    *MATCHING,
    *ENDSTATES,
    *TURNS,
    *WORDINGS,
    *PAIRINGS,
    *VOICES,
    *STATES,
    *HEDGES,
    *SWAPS,
    *COSTS,
    (r",?\s*\b(?:nice|good) (?:and|n)(?: (?:easy|slow|gentle|careful|steady|quick|calm|smooth))?\s*$", ""),  # '..., nice and easy'
    (r"(?:(?:,?\s*\b(?:lol|haha|lmao|we are done|we re done|i think|i guess|i reckon|i suppose|shall we)|"
     r"[,.;!]\s*(?:quick|quickly|fast|now|dear|sweetie|hon|honey|ok|okay|right|thanks|thank you|cheers|that is all|that is it|"
     r"nothing else|every single one(?: of them)?|all of them|folks|everyone|guys|people)|\s+(?:after|afterwards|after that|later|"
     r"later on|though)|\s+ok)\b[.!\s]*)+$", ""),  # '..., we're done', 'lol'
    # a run-on's close: '... and then that's it that's all', '... and then we're good'
    (r"(?:\s*,?\s*\b(?:and |so )?(?:then )?(?:(?:that is|that s) (?:pretty much |about |basically |really )?(?:it|all)(?: (?:i need|i want|for now|"
     r"for today))?|(?:that|this|it) (?:should|will|ought to|would|oughta) (?:do it|do the trick|be it|be all)|we are "
     r"(?:good|done|all set|finished|sorted)|(?<!when )(?<!once )(?<!after )you (?:are|can be) (?:done|finished)|(?:you )?can stop(?: there| after that| then)?|"
     r"(?:it|that|everything|the table|things)(?: will| would| should)? (?:all )?(?:look|be|looks|is) (?:way |much |so |a lot |"
     r"really )?(?:tidier|neater|nicer|better|cleaner|great|perfect|lovely)|(?:that|it) would be (?:great|perfect|lovely|"
     r"nice|awesome|ideal|amazing)|(?:everything else|the rest|all else|the others|the other blocks) (?:is|are|looks?|seems?) "
     r"(?:fine|ok|okay|good|alright|all right|correct|right|perfect)(?: as (?:it is|they are|is))?)\b)+(?:\s+(?:and|so))?[.!\s]*$", ""),
    (r"(?:(?<=table)|(?<=bowl)|(?<=corner)|(?<=middle))[.;,]\s*(?:i ?e |ie |that is |meaning |so )?(?:out of|off|off of|away from) the \w+ "
     r"(?:bowl|block)(?=\s*[.;]?\s*$)", ""),  # '... back on the table. i.e. out of the pink bowl': where it was, said again
    (r"^(?:(?:so|well|okay|ok|right|and|now),? )*(?:the way|how) (?:it|things|everything|the table) (?:should|must|needs to|has to|is meant to|is supposed to|ought to) (?:end up|look|be|finish)"
     r"(?: (?:at the end|in the end))?(?: is| looks like)?,?\s*", ""),  # 'so the way it should end up is X is on Y and ...'
    (r",?\s*\b(?:and )?(?:not|no) (more|less|fewer)(?:,? (?:and|or|but|nor))? (?:not|no) (?!\1)(?:more|less|fewer)\b", ""),
    (r"(?:,| and|,? (?:so )?i want)? (?:them|the blocks|all the blocks|all of them|all the cubes)(?: all)? (?:side by side|next to "
     r"each other|beside each other)\b", ", and no block should be on another block"),  # '... i want them all side by side'
    (r"^whichever (block|cube) is (.+?),? (?:i want|i would like|i need) (?:that one|it|that block|that) to (go|be|end up|sit)\b",
     r"the \1 that is \2 should \3"),  # 'whichever block is the furthest right i want that one to go in W'
    (r"^if a (?:block|cube) is the same colou?r as (?:one of the bowls|a bowl|any bowl|any of the bowls),? (?:then )?it "
     r"(?:goes|should go|belongs|must go|can go) in(?:to)? (?:that|the|this) bowl\b", "put each block in the bowl of its own colour"),
    (r"^(?:can|could|will|would) (?:the robot|the arm|the system|it) (?=\w+ (?:the|a|an|all|every|each|both|any|it|them)\b)", ""),
    (r"^(?:let us|let s) (?:tell|ask|show) (?:the robot|robot|it)(?: what we (?:would like|want|need|would love))?(?: to)?,?"
     r"(?: ok(?:ay)?)?\s*", ""),  # 'let us ask the robot to ...', "let's tell the robot what we'd like"
    (r"\bthe (?:bare |empty |clear )?table ?(?:surface|top)\b|\bthe surface of the table\b|\bthe bare table\b",
                          "the table"),
    (r"^(?:oh,? )?(?:i|we) (?:would|d|will) be (?:ever so |very |so |most |really |terribly )?(?:grateful|thankful|obliged|pleased|"
     r"happy|delighted),? if ", ""),  # "I'd be ever so grateful if X could ..."
    (r"^(?:it )?(?:would|will|d) be (?:really |very |so )?(?:nice|great|good|lovely|ideal|perfect|cool|helpful|awesome|wonderful|"
     r"grand) if (?:you )?(?:could |would |can )?", ""),  # 'would be nice if you put ...'
    (r"\b(?:could|would|can|will|should|might) find (?:its|their) way (?=(?:in|into|onto|on|to)\b)", "could go "),
    (r",?\s*\b(?:we are|we re|i am|i m) still (?:\w+ing)\b[^,;.]*", ""),  # "we're still playing with it"
    (r",?\s*\bit is (?:my|our|his|her|their) (?:favou?rite|best one|lucky one|pet)\b[^,;.]*", ""),
    (r",?\s*\bit is (?:resting|sleeping|settling|cooling|fine|happy|perfect|settled)\b(?=\s*(?:$|[,;.]))", ""),
    (r"\bdo (?=keep|leave|put|place|move|stack|take)", ""),  # 'and do keep the pink block where it is'
    (r"\b(?:little|small|tiny|wee|lovely|nice|precious) (?=(?:blocks?|cubes?|ones?)\b)", ""),
    (r"^(?:i|we) (?:do )?(?:like|love|prefer) (?:a |my |our )?(?:tidy|clean|neat|nice|orderly) (?:table|desk|workspace)[,.]*\s*", ""),
    (r"\bthe very same\b", "the same"),
    (r",?\s*\b(?:where|if|when) there is (?:such a|a matching|one|a|1) (?:bowl|one)?(?:,? of course)?(?=\s*(?:$|[,;.]))", ""),
    (r",?\s*\b(?:if|where|when) there is (?:one|1)\b", ""),
    (r"(?<!\bthe block )(?<!\bthe cube )(?<!\bthe one )\boff (?:the )?(?:very )?top of (?:its|their|the|that) (?:stack|tower|pile)\b",
     "off"),
    (r"\b(?:show|teach|tell) (?:[a-z]+ ){1,3}?how (?:to |you (?:would |d |can |could )?)", ""),  # 'show Emma how you pick up ...'
    (r"\s*(?:[,;-]\s*)*\b(?:(?:any|either) (?:two|one|three|of them|of the blocks|ones?|blocks?)(?: (?:you(?: (?:please|like|want|choose|fancy))?|will do(?: nicely| fine| just fine)?|(?:is|are) fine))|(?:any|either) "
     r"(?:bowl|place|spot) will do|"
     r"(?:i am|i m) not (?:fussy|picky|bothered)|(?:i )?do not care which(?: ones?| one)?(?=\s*[.;]|\s*,\s*(?:and |then )?(?:put|stick|pop|place|drop|throw|bin|move|set|stack|toss|chuck)\b)|(?:i )?do not mind which(?: ones?| bowl| block| two| three| four)?(?: stays? out| stays?| goes| go| you pick)?|(?:(?:it )?does not|no) matter which(?: ones?)?(?! (?:bowl|bowls|corner|spot|place|each|every|they|it)\b)|(?:it )?does not matter which (?:bowl|corner|spot|place)s?(?: (?:each|every) "
     r"(?:one|block)| they| it)?(?: (?:goes|go|ends up|end up|lands|land)(?: in| into| on| to)?)?)\b,?",
     lambda m: ", " if m[0].strip().startswith(",") and m[0].endswith(",") else ""),  # 'any two you please', '... - any bowl will do', 'X, don't care which, Y'
    (r",?\s*\b(?:and )?not (?:one|a single one) more\b", ""),
    (r"\b(lift|take|pick|get) (the (?:very )?\w+ (?:block|one) off(?= and\b|,|$)|(?:it|them) off(?= and (?:put|place|set|drop|rest|pop|move|stick|throw|bin|lay)\b))",
     lambda m: f"{m[1]} {m[2][:-4]}"),  # 'lift X off and rest it on Y'
    (r"\b(the \w+ block) (?:is |should be |must be |sits |sitting )?(?:all )?(?:alone|by itself|on its own) in (the \w+ bowl)\b",
     r"\2 holds only \1"),  # 'the yellow brick alone in the green basket'
    (r"\b(the \w+ bowl)\b([^.;]*?\b(?:in|into|inside|to)) (that|this|the same) bowl\b", lambda m: m[0] if m[3] == "the same" and SHARED_RE.search(m[2])
     else f"{m[1]}{m[2]} {m[1]}"),  # '... into that bowl'
    (r",\s*(?:those|these|they|that|this|it) (?:are|is) (?:our|my|just|the) [^,;.]*|,\s*(?:our|my) [\w ]+$", ""),  # ', our scraps'
    (r"\b(?:fixed|frozen|locked|static|immovable) (?:pieces|blocks|items|objects)(?:,? (?:must not|may not|do not|can not|"
     r"should not|shall not) (?:move|be moved))?,?\s*([^.;]+)", r"leave \1 where they are"),  # 'Fixed pieces: ...'
    (r"\bwhose colou?r (?:equals|matches|is the same as) the colou?r of (?:a|any|some|one of the) bowls?\b", "that has a matching bowl"),
    (r"\b(is|are) contained (?=in|inside)", r"\1 "),
    (r"\bno other (?:block|cube)s? (?:is|are|should be|may be|can be) in (?:any|a) bowl\b", "no unmatched block is in any bowl"),
    (r"\bnone of them\b", lambda m: "no block" if rx(r"\b(?:every|all|each)\b").search(rx(r"[.;]").split(m.string[: m.start()])[-1])
     else m.group(0)),  # 'make every block sit on the table, none of them in a bowl'
    (r"\bemptied out (?=onto|on|into|in)\b", "emptied "),
    (r",\s*(?:turn|tip|dump|pour) (?:it|them|everything)(?: all)? out\b", ""),  # '..., turn it all out'
    (r"^(?:whichever|the) bowl (?:that )?(?:has|holds|contains) (the \w+ block)(?: in it)?,\s*(.+)$",
     lambda m: m.group(2).replace("that bowl", f"the bowl with {m.group(1)} in it") if "that bowl" in m.group(2) else m.group(0)),
    (r",\s*(?:because |since |as )?(?:we are|we re|i am|i m|they are) \w+ing\b[^,;.]*$",  # "... - we're clearing the counter": the speaker's doing
     lambda m: m.group(0) if rx(r"\b(?:blocks?|bowls?|bin|table|corner|middle|tower|stack|" + "|".join(COLOURS) + r")\b").search(
                                       m.group(0)) else ""),
    (r"\s+by (?:the robot(?: arm)?|you|the arm|the system|the gripper|me)(?=$|[,;.]| and\b| then\b)", ""),  # '... placed in W by you'
    # stage directions and an engineer's fields: 'the arm reaches for X, lifts it clear', 'Grasp target: X. Place pose: in W'
    (r"(?:^|(?<=[.;] ))(?:close on|cut to|fade in|fade out|angle on|pan to|we see|int|ext)\b[^.;]*[.;]?\s*", ""),
    (r"[;,.]\s*plan (?:the|your) (?:grasps?|motions?|moves|trajector(?:y|ies)|path)(?: accordingly)?(?=\s*(?:$|[.;,]))", ""),
    (r"\b(?:grasp|pick) (?:target|object)\s*[:,]?\s*", "pick up "),
    (r"\b(?:reach(?:es)? for|grasps?|takes? hold of|grabs? hold of)\b", "pick up"),
    (r"\b(lifts?|raises?) (it|them) (?:clear|up|free|away)\b", r"\1 \2"),
    (r"\b(?:set (?:its|the) )?place (?:pose|target|location|goal|position)\b(?:\s+(?:to|is|at)\b)?\s*[:,]?\s*(?:(inside|in|into|"
     r"on top of|on|onto|at|to)\b\s*)?(?:the )?(?=\S)", lambda m: f"put it {m.group(1) or _prep_for(m.string[m.end():])} "
     + ("" if rx(r"(?:that|this|its|their|the)\b").match(m.string[m.end():]) else "the ")),
    (r"(?:^|(?<=[.;] ))(?:please )?execute,? (?=\w)", ""),
    (r"(?:^|(?<=[.;] ))(?:a )?pick (?:and|n) place(?: task)?\s*(?=[.;]|$)[.;]?\s*", ""),
    (r"\b(?:execute|run|perform|do|carry out) (?=pick (?:and|n) place\b)", ""),
    (r"\bpick (?:and|n) place\b", "put"),
    (r"\bput (to|into|in|onto|on) ([^,]+?) for (all (?:the )?blocks|every block|each block|the \w+ blocks?)\b", r"put \3 \1 \2"),
    (r"\s+for (?:the|our) next (?:shot|scene|take|course|step|round|experiment|trial|run|demo|photo)\b", ""),
    (r"\b(?:(?:the )?(?:robot|arm) )?(?:finds?|locates?|spots?|looks? for|picks? out) (the [\w ]+? bowl) and (\w+) (the [\w ]+? block) "
     r"(?:in|into|inside) it\b", lambda m: f"{verb_of(m.group(2)) or m.group(2)} {m.group(3)} into {m.group(1)}"),  # 'finds W and drops X into it'
    (r"\b(?:nothing else|no other blocks?|none of the other blocks|none of the others)(?: on the table| here)? (?:moves|changes|is moved|is touched|gets moved|should "
     r"(?:move|be moved|change|be touched|get moved)|may move|must move|is to move)\b",
     "leave everything else alone"),
    (r"\bdo not you dare\b|\byou dare not\b", "do not"),
    (r"^(?:is it (?:really )?(?:that|so) (?:hard|difficult) to|would it kill you to|how (?:hard|difficult) is it to|(?:why )?can you "
     r"not just|why do not you just) ", ""),  # 'is it really that hard to put ...?': a request
    (r"\bthe bowls? (?:that|which) (?:are|is|match|matches) (?:their|its) (?:own )?colou?rs?\b", "the matching bowls"),
    (r"^(?:do you |can you )?see (the [^.;]+?)[.;]\s*(?:that one[.,!]*\s*)?(?=\w)", r"\1, "),  # 'see the block under X? bin it'
    (r"^(the (?:\w+ )?blocks\b[^,;]*)[,;]\s*(put|place|move|drop|stack|bin|throw|set|get|take) (one|two|three|four|five|some|any two|any three|"
     r"both|all|each|every one) of them\b", r"\2 \3 of \1"),  # 'the blocks on the table, put two of them in W'
    (r"(?<!on )(?<!the )\btop of (?:the )?(" + "|".join(COLOURS) + r")(?: (?:block|cube|one))?\b", r"on top of the \1 block"),
    (r"\b(?:exactly )?(one|two|three|a) (blocks?|cubes?) (per|in each|in every|for each) bowl,? no more(?:,? (?:and )?no (?:less|fewer))?\b", r"exactly \1 \2 \3 bowl"),
    (r"\b(goes|go|should go|can go) in(?=\s*(?:$|[,.;]| and\b| then\b))", r"\1 in there"),  # '... and then the purple block goes in too'
    # 'the system shall place ...', 'the robot lifts the blue block ...', 'then it drops X ...': the doer named, the verb kept
    (r"(^|[,.;] |\b(?:then|and|but|first|next|finally|after that|that) )(?:the )?(?:system|robot arm|robot|arm|agent|machine|gripper|"
     r"manipulator|party|contractor|operator|provider|it)( (?:shall|will|should|must|is (?:first |then |now )?to|needs to|has to|"
     r"is going to|can|may)(?: not)?(?: first| then| now| thereafter)?)? (\w+)((?: up| down| out| away| off| of)?)"
     r"(?= (?:the|a|an|all|every|each|"
     r"both|any|it|them|everything|whatever|whichever|that|this|those|these)\b)",
     lambda m: f"{m.group(1)}{'do not ' if m.group(2) and ' not' in m.group(2) else ''}{verb_of(m.group(3)) or m.group(3)}{m.group(4)}"
     if m.group(2) or verb_of(m.group(3)) else m.group(0)),
    (r"(^|[,;] |\b(?:and|then) )(?!hands off\b)(\w+?(?:es|s))( up| down| out| away| off)?(?= (?:it|them|the|a|an|that|this)\b)",
     lambda m: f"{m.group(1)}{verb_of(m.group(2))}{m.group(3) or ''}" if verb_of(m.group(2)) not in (None, m.group(2)) else m.group(0)),
    (r"(^|[.;] )for (?:each|every) ((?:\w+ )?(?:block|cube)\b[^,]*), (\w+(?: up| down| away| out)?) (?:(?:that|this|the) (?:block|one|"
     r"cube)|it)\b", lambda m: f"{m.group(1)}{m.group(3)} every {m.group(2)}" if VERB_RE.match(m.group(3)) else m.group(0)),  # 'for each X, move that block ...'
    *RESTARTS,
    (r"\b(the (?:\w+ )?(?:bowl|block)),\s*the one (with|that has|which has|that is|which is|holding|containing)\b", r"\1 \2"),
    (r"^(the [\w ]+?),\s*(?:(?:this one|that one|it) (?:i|we) (?:want|need|would like|would love)|(?:i|we) (?:want|need|"
     r"would like|would love) (?:it|this one|that one|them))\b",
     lambda m: m.group(0) if rx(r"(?<!that )(?<!which )\b(?:is|are)\b").search(m.group(1)) else f"i want {m.group(1)}"),  # 'The orange block, I want it on the red block'
    (r"\b(?:you will|you ll|you can|we will|we ll) (?:now )?(?:see|watch) (?:the robot|the arm|it|how the robot) ", ""),
    (r"^while ((?:the )?[\w ]+? (?:is|are) (?:to )?(?:remain|stay|be kept|be left)\b[^,]*),\s*(.+)$", r"\2 and \1"),
    (r"\b(?:we are|we re|i am|i m) not (?:going to|gonna) (touch|move|disturb)\b", r"do not \1"),
    (r"\b(stays?|remains?) (?:exactly )?like (it|they) (is|are)\b", r"\1 as \2 \3"),
    (r"\b(?:first things first|(?:the )?(?:first|second|third|next|last|final) thing\b),?\s*", ""),  # 'first things first, ...'
    (r"\b(?:subsequently|afterwards|thereafter)\b", "then"),
    (r"\b(and|then),? (?:then )?to (?=\w)", lambda m: f"{m.group(1)} " if VERB_RE.match(m.string[m.end():]) else m.group(0)),
    (r"\bunder no circumstances (?:is|are|should|must|may) ((?:any|a|the) [\w ]+?) to be\b", r"\1 is not to be"),
    (r",\s*(?:all of (?:it|them)|every (?:last )?one of them|the lot)\s*,", ""),
    (r"\bthe (?:empty )?bowl (?:with|that has|which has|having) nothing (?:in|inside) it\b", "the empty bowl"),
    (r",\s*any (?:one|two|three|of them)(?=\s+(?:in|into|on|onto|to)\b)", ""),  # '..., any one into the bowl'
    (r",\s*the ones (?:that|which) (?:have|has) a (?:matching )?bowl(?: of (?:their|its) (?:own )?colou?r)?", ""),
    (r"\bits same colou?r\b", "its own colour"),
    (r"\bthe bowl (?:that has|with|of|in) the (?:same )?colou?r (?:of|as) the (\w+) (?:block|one|cube)\b", r"the \1 bowl"),
    (r"\b(?:pair|match)(?: up)? (.+?) with (?:the|a|its|their) (?:bowls? of the same colou?r|same colou?r(?:ed)? bowls?|matching bowls?)\b",
     r"put \1 in the matching bowl"),
    (r"\b(?:so )?(?:the|my|our) goal (?:for (?:this|the next) (?:one|round|clip|task|step) |here |now )?is (?:getting|putting|moving|"
     r"to get|to put|to move)\b", "put"),
    (r"^(?:(?:i|we) (?:would|d) (?:love|like) it|it would be (?:great|nice|lovely)) if ", ""),
    (r"\b(?:him|her)\b", "it"),  # 'put him on the green block': a block said as a person
    # 'scrap the pink brick. Destination: rubbish bin': a target given as a field of its own
    (r"[.;,]\s*(?:the )?(?:destination|target(?: location| place| spot)?|location|goes to|drop(?: ?off)?(?: point| location)?)"
     r",? (?:the |a )?((?:\w+ )?(?:bowl|bin|table|block)|(?:top|bottom) (?:left|right) corner|middle)$",
     lambda m: f" {'into' if rx(r'bowl|bin').search(m.group(1)) else 'onto' if rx(r'table|block').search(m.group(1)) else 'to'} "
               f"the {m.group(1)}"),
    (r"\bon the top of\b", "on top of"),
    (r"\bout from (?=there|it|them|the)\b", "out of "),
    (r"\bit is (colou?r|own|place|spot|bowl)\b", r"its \1"),  # "it's colour"
    (r"\b(the|a|an) (?:the|a|an)\b", r"\1"),  # 'the um the block' once the 'um' is gone
    (r"\b(but|and|so|or|just|then) like\b", r"\1"),  # 'but like not into the bin': a spoken filler
    (r"(?<!exactly )\b(one|two|three|four|five|a single) (blocks?|cubes?)\b([^.;]*?),? (?=no more(?:,| and| or)? no (?:less|fewer)|not more(?:,| and| or)? "
     r"not (?:less|fewer)|neither more nor (?:less|fewer))", r"exactly \1 \2\3 "),  # 'two blocks in W, no more no less': exactly
    (r",?\s*\b(?:no more(?:,| and| or)? no (?:less|fewer)|not more(?:,| and| or)? not (?:less|fewer)|neither more nor (?:less|fewer))\b", ""),
    (r"\bflat (?=on the table\b)", ""),
    # a clause that only says what it is for: '... so the whole class can see it', '... so that we can check'
    (r",?\s*\b(?:so|so that|in order that) (?:the (?:whole )?(?:class|room|team|group)|everyone|everybody|we|they|you|i|people|"
     r"the (?:students|kids|children|audience|viewers)|all of us) (?:can|could|will|may|might) (?:all )?(?:see|watch|look at|observe|"
     r"admire|check|count|notice|film|photograph)\b[^,;.]*", ""),
    *ASIDES,
    *SPECS,
    *REGISTERS,
    *NARRATION,
    *OUTCOMES,
    # 'we put ...', "let's move ...", 'you put ...': a verb said with its doer, as in a class or by a learner
    (r"(^|[,.;] |\b(?:then|and|now|first|next|finally|after that) )(?:we|let us|let s|lets|you)(?: (?:will|shall|can|should|must|"
     r"need to|have to|are going to|re going to|gonna))? (?=\w)",
     lambda m: m.group(1) if VERB_RE.match(rx(r"^(?:only|just|simply) ").sub("", m.string[m.end():])) else m.group(0)),
    # 'only one block should be left on the table' (what is said above makes 'just one should remain' of it): at most that many
    (r"(?:\bleave |\bthere should be )?\b(?:(?:only|just) (one|two|three|four|five|six) blocks? (?:should |must |may |can |is to |are to )?(?:be left|be|stay|"
     r"remain|remains?|stays?|is left|are left|left)?|exactly (one|two|three|four|five|six) blocks? (?:should |must )?(?:be left|stay|remain|remains?|stays?|"
     r"is left|are left|left)) ?on the table(?=\s*(?:[.;!]|$))", lambda m: f"no more than {m[1] or m[2]} blocks should be left on the table"),
))
