"""How a goal is framed around its words, read early among `speech.SPEECH`'s rules: through a vague doing ('move stuff
so that ...', 'set things up with ...'), through a passive or a causative ('X has to be lifted off Y', 'have X put on Y'),
with an arm told to walk (`walks`), as whether it can be done ('is there no way to ...?'), as what is
wrong now ('X is in the wrong bowl, it belongs in W'), passed on from someone else ('Sarah told me ...'), with when it
must hold said inside a sentence, and with a summary after the steps that says nothing new; 'whatever' said of one
thing; and the words of a few registers (a streamer's chat, a technician's pose, a learner's word order, a child's 'my')."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.walks import WALKED
from agent.regex import rx
from sim.core.lexicon import COLOURS


FRAMING: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # a learner's word order for a colour: 'the bowl of colour white', 'the block the blue', 'the block red'
    (rf"\bthe (bowl|block|cube)(s?) (?:of|in|with) (?:the )?colou?r ({'|'.join(COLOURS)})\b", r"the \3 \1\2"),
    (rf"\bthe (block|cube|bowl) the ({'|'.join(COLOURS)})\b(?! (?:one|block|cube|bowl|ones|blocks)\b)", r"the \2 \1"),
    (r"\bplease to (?=\w)", "please "), (r"\band to (?=(?:leave|put|keep|move|place|take)\b)", "and "),
    (r"^(?:the )?(\w+ block),? (on top of|on|in) it,? (?:the )?(\w+ block) (?:should|must|has to|needs to) (?:be|go|sit|stand)\b",
     r"the \3 should be \2 the \1"),  # 'Green block, on top of it cyan block should be.'
    (r"\s*\b(?:for )?(?:as long as|so long as|while) there (?:is|s) (?:still )?(?:space|room)(?: (?:in it|left|for them|for more))?\b",
     " until it is full"),  # 'fill up W for as long as there's space in it'
    # a goal said through a vague doing: 'move stuff so that ...', 'set things up with ...', 'I'd like it set up such that ...'
    (r"\b(?:in )?such a (?:way|manner) that\b|\bsuch that\b", "so that"),
    (r"(^|[.;,] |\b(?:then|and|next|now|first|finally) )(?:please )?(?:(?:(?:move|shuffle|sort|arrange|rearrange|"
     r"organi[sz]e|change|do|juggle|fix|set|tidy) (?:stuff|things|everything|it|them|the blocks|the table)|"
     r"stack (?:stuff|things))(?: up| out| around| about| round)?,? (?:so that|so)|(?:set|arrange|fix) (?:things|it|"
     r"everything|the table)(?: up)? with|(?:(?:i|we) (?:would like|want|need) |have |get )?(?:it|things|everything|"
     r"the table|the blocks) (?:would |should |must |needs to |has to |will )?(?:be )?(?:set up|arranged|"
     r"sorted(?: out)?|laid out|organi[sz]ed|fixed|shuffled)(?: up)? so that) ", r"\1make sure that "),
    (r"^(?:you know,? )?for (?:years|ages|decades)(?: and (?:years|ages))?,? (the \w+ block) (?:always |has always )?(?:(?:sat|stood|lived|was|stayed|been|is|sits|sitting) )?(in|on|at) (the [\w ]+?),? "
     r"(?:and )?that(?: is| s) where it (?:belongs|should be|ought to be)(?:,? and that(?: is| s) where it (?:ought to|should|must) be(?: now| again)?)?\b", r"\1 should be \2 \3"),
    (r"^(?:(?:right|so|ok|okay|now),? )*(the \w+ bowl)(?: there| over there| here)?,? (?:leave|keep) (?:that|it|that one) (?:just |exactly )?(?:as|how|the way) it is\b|"
     r"\bleave (the \w+ bowl) (?:there|over there|here) (?:just |exactly )?(?:as|how|the way) it is\b", lambda m: f"leave {m[1] or m[2]} alone"),
    # a grandfather's 'for years and years X always sat in W, that's where it belongs', 'the cyan bowl there, leave that just as it is'
    (r"\b(do not|don t|dont|never) go (putting|throwing|throwin|chucking|chuckin|tossing|tossin|moving|touching|binning|dropping)\b",
     lambda m: f"{m[1]} {dict(putting='put', throwing='throw', throwin='throw', chucking='chuck', chuckin='chuck', tossing='toss', tossin='toss', moving='move', touching='touch', binning='bin', dropping='drop')[m[2]]}"),
    # "don't go throwin' X in the bin": a warning, said as the step it forbids
    (r"^(?:we|i) (?:are|am) (?:clearing|emptying|tipping|dumping)(?: out)? (the \w+ bowl)\b", r"empty \1"),  # "We're clearing W into the bin tonight, friends"
    (r"\b(?:after this|after that|afterwards),? (the \w+ block) (?:you )?(put|place|move|throw) ", r"then \2 \1 "),  # a learner's '..., after this Y you put in the bin'
    (r"\b(the \w+ block) joins (?:it|them|that one),? (?:right |just )?on top\b", r"\1 goes on top of it"),  # 'and then Y joins it, right on top'
    # the passive and the causative of a move: 'X has to be lifted off Y', 'let X be placed in W', 'have X put on Y'
    (r"\b(?:to )?have (?:everything|all(?: of)? the blocks|all) in (the \w+ bowl) (?:emptied|tipped|dumped|poured) (into|in|onto|on) ", r"empty \1 \2 "),  # 'My goal is to have everything in W emptied into the bin'
    (r"\b(?:i would like|i want|i need|i d like) (everything|all(?: of)? the blocks|every block) (?:in|from) (the \w+ bowl) (?:lifted|taken|picked) out,? and (?:set|put|placed|laid)"
     r"(?: down)?(?: it| them)? (?=on|in|into|at)", r"take \1 out of \2 and put them "),  # "I'd like everything in W lifted out and set on the table"
    (r"(the \w+ (?:block|cube|one)) (?:has to|needs to|must|should|is to|will have to|ought to) be (?:lifted|taken|"
     r"removed|picked|moved|got)(?: up)? (?:off|from)(?: on)?(?: top of)? (the \w+ (?:block|cube|one))\b", r"take \1 off \2"),
    (r"(^|[.;,] |\b(?:then|and|next|now|first|finally) )(?:please )?(?:let|have|get|make) (the \w+ (?:block|cube|"
     r"one)|it|them) (?:be |get )?(?:put|placed|moved|set|stacked|dropped|positioned|popped)(?: down)? (?=(?:on|onto|"
     r"in|into|inside|at|to|on top of)\b)", r"\1put \2 "),
    # an adverb of place before where it goes: 'slip X in beneath Y', 'over in the corner', 'up on top of X' (never 'ends up in')
    (r"(?<!\bend )(?<!\bends )(?<!\bended )(?<!\bending )(?<!\bwind )(?<!\bwinds )(?<!\bwound )\b(?:(?:up|over|down|"
     r"back) (?=(?:beneath|under|underneath|below|on top of|onto|in the|on the|into the|at the)\b)|in (?=(?:beneath|"
     r"under|underneath|below)\b))", ""),
    (r"\b((?:beneath|under|underneath|below) the \w+(?: block| one| cube)?),? (?:and )?so (?:that )?(?:the \w+(?: "
     r"block| one| cube)?|it) (?:sits|rests|is|ends up|lands|goes|stands) (?:right |directly )?on (?:top of )?(?:it|"
     r"that|top)\s*$", r"\1"),  # '..., so Y sits on it'
    (r"\b(?:doing|do) (?:it|this|that|so) (?=so that|such that|without\b)", ""),  # 'bin X, doing it so that Y does not move'
    (r"^what (?:matters|counts|is important)(?: most| here)? is(?: that)?(?: it (?:ends|end) up(?: so(?: that)?)?)? ", "make sure that "),
    (r"(?<!undisturbed )(?<!untouched )(?<!unchanged )(?<!unmoved )(?<!alone )\b(?:still )?(?:in|at) (?:its|"
     r"their) (?:current|present|original|usual|same|old) (?:spot|place|position|location)s?\b|"
     r"\b(?:exactly )?where (it|they) (?:was|were|is|are) (?:at the start|at the beginning|before|originally|"
     r"to begin with|now)\b",
     lambda m: f"where {m[1] or 'it'} {'are' if m[1] == 'they' else 'is'}"),  # 'X still in its current spot'
    (r"(?:\bleave |(,? and|,|\bwith) )(the \w+ bowl) (?:exactly |just )?(?:where|as) it (?:is|was)(?: now| right now)?\b",
     lambda m: f"{m[1] + ' ' if m[1] else ''}leave {m[2]} alone"),  # '..., and the yellow bowl exactly as it is now'
    (r"\b(the \w+ bowl) (?:with|having|holding|containing) (?:nothing|no blocks?|"
     r"no other blocks?) (?:in it )?(?:except|but|other than|apart from|besides|save) (the \w+ (?:block|cube|one))\b", r"only \2 in \1"),  # 'picture W with nothing in it but X'
    (r"\b(?:leave|keep) (the \w+ (?:block|one|cube)(?:(?:,|,? and|,? or) (?:the )?\w+ (?:block|one|cube))+) (?:exactly |just )?"
     r"(?:where|as) they (?:are|were)(?: now)?\b", r"leave \1 alone"),  # 'leave X, Y and Z where they are': all of them
    (r"(,? and|,|\bwith) (the \w+ (?:block|one|cube)) where (it|they) (?:is|are)\b",
     lambda m: f"{', and' if m[1] == 'with' else m[1]} leave {m[2]} where {m[3]} is"),  # '..., and X where it is', 'with X where it is'
    # asides, formal openings and loose sets: 'btw', 'hold on, the phone', 'please be advised that', 'every block whose colour matches'
    (r",?\s*\b(?:btw|by the way|fyi)\b,?", ""),
    (r"\b(?:hold on|hang on|one sec(?:ond)?|wait a (?:sec|second|moment|minute)|just a (?:sec|second|moment|"
     r"minute))\b,?\s*(?:(?:sorry|oops),?\s*)?(?:the (?:phone|door|doorbell|kids?|dog|cat|baby|oven|"
     r"kettle)(?: is ringing| rang| again)?\b,?\s*)?(?:let me (?:look|see|check)\b,?\s*)?(?:yeah|yes|ok|okay|"
     r"right)?,?\s*", ""),  # 'then - hold on, sorry, the phone - then ...'
    (r"^(?:please )?(?:be advised|note|kindly note|please note) that ", ""),  # a formal letter's 'Please be advised that X is to be ...'
    (r"\b(?:every|each|all(?: the)?|any|the) (?:block|one|cube)s? (?:whose colou?r (?:matches|is the same as)|"
     r"that match(?:es)?|with a colou?r matching) (?:the colou?r of )?(?:a|one of the|any|some) bowls?(?:'s| s)?(?: colou?r)?\b", "every matched block"),
    (r"\b(?:the bin|the trash) (?:must|should|may|can|is) not (?:be )?used\b|\bdo not use the bin\b|\b(?:you|we) (?:are not|re not|aren t|must not|may not|cannot|can not|can t|cant|should not|shouldn t) (?:allowed to |supposed to )?use the bin\b", "notput all blocks in the bin"),
    (r",?\s*\bwithout using the bin\b", ", notput all blocks in the bin"),
    (r"(the \w+ (?:block|cube|one)|it|them) (?:is |be |are |gets |get |should be |must be |is to be |to be )?disposed of(?: in the (?:bin|trash))?",
     r"\1 in the bin"),  # 'that the purple block be disposed of in the bin'
    (r"\band (set|lay) down (?=on|in|at)", r"and \1 it down "),  # '... and set down on the table'
    (r"\bclear (it|them|the \w+ (?:block|one|cube)) off\b(?:( (?:of )?(?:the top of )?)(?=the \w+ (?:block|cube)\b)|( )(?=(?:into|in|onto|to)\b))?(?! the\b)", lambda m: f"take {m[1]} off " if m[2] else f"put {m[1]} " if m[3] else f"clear {m[1]}"),  # 'Clear it off.': what is on it; 'clear X off (the top of) Y', 'clear X off into the bin': X moves
    *WALKED,  # an arm told to walk, and a step's 'in there': `walks`
    (r"\b(?:finish|end|round (?:it|things) off|top (?:it|things) off)(?: off)? (?:with|by (?:putting|placing|setting|stacking)) (the \w+ (?:block|one|cube)) (?=(?:on top of|on|onto|in|into|at)\b)",
     r"put \1 "),  # 'Then set Y on it, and finish with Z on Y.'
    (r"(?:^|(?<=[.;] ))(?:it|the \w+ (?:block|one|cube)) (?:is|s) (?:currently |now )?(?:on top of|on|in|"
     r"inside) the \w+ (?:block|bowl|one)(?: right now| now| at the moment| currently)?,? so (?=\w)", ""),  # 'It's on X right now, so lift it off ...': how it is now
    (r"\bfrom on top of\b", "off"),
    # a comment on a thing, then what to do with it: 'The block on X looks wobbly, could you put it down on the table?'
    (r"^(the (?:(?! where )[\w ])+?) (?:looks|seems|is|feels)(?: (?:a bit |really |very |so |kind of |a little )?(?:wobbly|unstable|"
     r"shaky|precarious|loose|dirty|out of place|chipped|ugly))?\b,\s*(?:so )?(?:(?:could|can|would|will) you |"
     r"please )?(\w+) (?:it|them)\b", r"\2 \1"),
    (r",?\s*\b(?:and|so) (?:every|each|all)(?: of them| (?:block|one|cube)s?(?: of them)?)? (?:should|must|needs? to|"
     r"has to|have to) be in (?:the same|one|a single) (?:tower|stack|pile)\s*$", lambda m: "" if rx(r"\b(?:stack|tower|pile)").search(m.string[:m.start()])
     else m[0]),  # 'stack all the blocks into one tower, so every one of them needs to be in the same tower': said again
    # only one thing on a block: 'there shouldn't be anything on Y except X', 'nothing but X should be sitting on Y'
    (r"\bthere (?:should|must) not be (?:anything|any block|any blocks|a block) (?:sitting |resting |"
     r"stacked )?on (?:top of )?(the \w+ block) (?:except|but|other than|apart from|besides) (the \w+ block)\b|"
     r"\bnothing (?:but|except|other than) (the \w+ block) (?:should|must|may|can) (?:be )?(?:sitting |resting |"
     r"stacked )?on (?:top of )?(the \w+ block)\b",
     lambda m: f"{m[2] or m[3]} should be on {m[1] or m[4]}, and nothing should be on {m[2] or m[3]}"),
    # a request asked as whether it can be done: 'is there no way to get X on Y?', 'can't you just put X on Y?'
    (r"^(?:is there (?:no|any|a|some) way (?:for you )?to|(?:is there )?any chance (?:you could|you can|of you|"
     r"that you could)?|(?:can not|can'?t|can t|could not|couldn'?t|could n t) you(?: just)?|"
     r"would it be possible to)\s+(?=\w)", ""),
    (r"^fit (?=both |the |all |every )", "put "),
    # what is wrong now, then where it belongs: 'X is on the wrong block, it should be on Y', 'X's in the wrong bowl, move it to W'
    (r"(the \w+ (?:block|one|cube)) (?:is|s|ended up|has ended up|got put|was put) (?:in|on|at) the wrong (?:bowl|"
     r"block|place|spot|one|position|corner)\b,?\s*(?:so |and )?(?:(it\b)|(move|put|take|place|pop|shift) it\b)", lambda m: m[1] if m[2] else f"{m[3]} {m[1]}"),
    (r"(?:^|(?<=[.;] ))(?:the blocks|they|everything|all the blocks|all of them) (?:are|is) (?:all )?(?:in|"
     r"on) the wrong (?:places|bowls|spots|positions|blocks)[.;,]\s*", ""),
    # ordinary words of a few registers: a streamer's chat, a technician's pose, a learner's word order, a child's 'my'
    (r"\brather than\b", "instead of"),
    (r"^(?:i was wondering|i wonder|i was hoping)(?: if| whether) (?:it (?:might|would|"
     r"could) be possible (?:for you )?to|you (?:could|might|would)(?: be able to)?) (?=\w)", ""),
    (r"(?:^|,\s*|(?<=[.;!?] )|\b(?:ok|okay|alright|right|yo|hey|so) )chat\b(?! wants)(?:,|\s)*(?:here is the plan,?\s*)?|\s+chat(?=\s*(?:[.;!?]|$))", ""),  # 'ok chat, ...', '... chat'
    (r",?\s*(?:so )?let us (?:give \w+ what (?:it|they|he|she) wants?|go|do (?:it|this))\b", ""),
    (r"^(?:nope|no),? not happening(?: \w+)?[.,]\s*", ""),
    (r"\bfor (?:disposal|recycling|cleaning|storage|safekeeping)\b", ""),
    (r"\bbut (the \w+ (?:block|one|cube)) not\b", r"but not \1"),  # 'put the blocks in the bin, but the red block not'
    (r"\bwhere (?:he|she) is\b", "where it is"),
    (r"\b(?:block|one|cube)(?: that is| which is| that s)? (?:supporting|holding up|propping up|carrying) (the \w+ (?:block|one|cube))\b",
     r"block under \1"),  # 'the cube that is supporting the orange cube'
    (r"\b(the \w+ (?:block|cube|one))(?: s)? (?:pose|position|location|placement)\b", r"\1"),  # 'the white cube's pose remains ...'
    (r"\b(?:the )?(?:top|upper) (?:face|surface|side) of\b", ""),  # 'place pose is the top face of X'
    (r"\bmy (?=\w+ (?:block|cube)\b)", "the "),
    (r",?\s*\b(?:it is|its|it s) (?:mine|my favou?rite|special)\b", ""),
    (r"(?<!colour )(?<!color )\bmatch (?:the |all the )?blocks (?:to|with|up with) (?:the |their )?bowls(?: by colou?r)?",
     "put every block in its matching bowl"),
    (r",?\s*(?:you know,? )?(?:the )?same colou?rs? (?:goes|go|belong|belongs|stay|stays) together\b", ""),
    (r",\s*though\b,?", ","),
    # 'whatever' said of one thing: 'whatever the green block is on', 'whatever block is in W'
    (r"\bwhatever (?:block |cube |one )?(?:that )?(the \w+ (?:block|one|cube)) is (?:sitting |resting |stacked |standing )?(?:on|on top of)\b",
     r"the block under \1"),
    (r"\b(?:whatever|whichever) (block|cube|one)s? (?:that )?(?:is |are |sits |rests |lies |stands )?(?:sitting |resting |stacked |lying )?(?=(?:in|on|"
     r"on top of|inside|under|beneath|at) the\b)",
     r"the \1 "),
    # the scene as a picture, for when the speaker is back: 'when I get back, I want to see ...', 'Picture it: ...'
    (r"(?:^|(?<=[.;] )|,\s*)(?:when|once|by the time|before|after|for when) (?:i|we|mum|mom|dad|my \w+|the (?:kids|"
     r"boss|teacher|class)) (?:come|comes|get|gets|walk|walks|return|returns|arrive|arrives|wake|wakes|am|are|is|pop|"
     r"pops)(?: (?:back|home|in|here|up|round))*(?: from (?:my |the |work|school|lunch)[a-z]*(?: [a-z]+)?)?(?=[,.;]|"
     r"\s+(?:i|we)\b|$),?\s*", ""),
    (r"\b(?:by the time|when|once|after) (?:the robot|it) (?:is|has) (?:done|finished|through)\b", "when you are done"),
    (r"^(?:here is|this is) what i (?:want|would like|would love|expect|hope|am hoping) to (?:find|see|come back to|"
     r"walk into|come home to)(?: when [^,]+)?,\s*(?:in this order,?\s*)?", "i want "),
    (r"^(?:(?:make|get) (?:the table|it|things|everything) (?:to )?look like this|picture (?:it|this)|imagine (?:it|this)),?\s*", ""),
    (r"^(?:picture|imagine|visuali[sz]e) (?=(?:only )?the \w+ (?:bowl|block)\b)", "i want "),
    (r"\bthe (?:now |newly |freshly |just )?(?:empty|emptied|cleared)(?: out)? (\w+ bowl)\b", lambda m: f"the {m[1]}" if rx(
        rf"\b(?:empty|emptied|clear|cleared)\b[^.;]*\b{m[1]}\b|\b{m[1]} (?:emptied|cleared)\b").search(m.string[:m.start()]) else m[0]),
    # 'empty W into the bin, then X in the now-empty W': W
    (r",?\s*\b(?:wherever|where(?:ver)? there is) (?:a|one) (?:matching )?bowl(?: (?:of )?(?:that|the same|"
     r"its) colou?r)?(?=\s*(?:[,.;]|$))", ""),  # 'each block in the bowl of its own colour, wherever there's a bowl that colour'

    (r"[.;,]?\s*(?:that|this) is (?:how|what) i (?:want|would like|need) (?:it|things|the table)?(?: to look)?\s*$", ""),
    (r"\b(it all|all of it|the lot)\b", lambda m: "them" if rx(r"\b(?:empty|everything (?:out of|from)|"
                                                                      r"all (?:the blocks )?(?:out of|from)|"
                                                                      r"clear out)\b").search(m.string[: m.start()]) else m[0]),
    # 'take everything out of W and put it all in V': what came out, not every block
    (r"\bthe (\w+) (?:block|cube|one) (?:goes|go|should go|belongs) in(?:to)? the (\w+) bowl,? (?:and )?(?:likewise|"
     r"the same|same|do the same|similarly) (?:for|with) (?:any|every|each|all(?: the)?) (?:other )?(?:block|one|"
     r"cube)s? (?:whose colou?r (?:matches|is the same as)|that (?:matches|has the same colou?r as)) (?:a|one of the|"
     r"any|some) bowls?\b",
     lambda m: "put every block in its matching bowl" if m[1] == m[2] else m[0]),  # 'X goes in the X bowl, and likewise for ...'
    (r",?\s*(?:and )?only (the \w+ (?:block|one|cube)) (?:goes|go|is going|gets? (?:binned|thrown|tossed|moved)|"
     r"should go|moves)(?: in| there| out| away)?(?=\s*(?:[.;,]|$))", lambda m: "" if rx(r"\b(?:keep|leave)\b").search(m.string[: m.start()]) else m[0]),
    # 'put X and Y in the bin, keep Y, only X goes': said already
    (r"^(?:break up|take apart|dismantle|knock down|unstack|take down|pull apart|undo) (?:the |that |this |"
     r"your )?(?:stack|tower|pile)(?: \w+){0,4}?,\s*(?=first\b)", ""),  # 'Break up the stack: first put the top block in W, then ...': the steps say how
    (r"(\b(?:one|two|three|four|a few|some) (?:of the )?(?:blocks|ones|cubes|of them)),? (?:any(?:thing| blocks?|"
     r" ones?| of them)?|whichever(?: ones?)?|whatever) (?:except|but|other than|apart from|besides|"
     r"save) (the \w+ (?:block|one|cube))\b", r"\1 except \2"),
    # 'get rid of a couple of the blocks, anything except X': which two, not more
    (r"\b(put|move|shift|place|drop|stick|pop|set|throw|toss) that (?=(?:in|into|on|onto|to|at|inside)\b)", r"\1 it "),  # 'put that in W'
    (r"\b(?:everything|anything|all(?: the)?(?: blocks| ones)?|whatever(?: blocks?)?|the blocks|the ones|"
     r"any blocks?)(?: that| which)?(?: is| are| s)? (?:left(?: over)?|still|leftover|remaining|"
     r"still left)(?: (?:sitting|lying|standing))? (?=(?:on|in|at)\b)",
     "the other blocks "),  # 'N blocks in W, then everything left on the table into the bin': what the steps before left there
    (r"\ba (minimum|maximum) of\b|\bno (?:fewer|less) than\b|(?<=\bshould )not (have|hold|contain|get) (?:fewer|less) than\b",
     lambda m: "at most" if m[1] == "maximum" else f"{m[2]} at least" if m[2] else "at least"),  # 'should not have fewer than two'
    # things referred to without their colour: 'the blocks sitting by themselves', 'Not the yellow one, the other one'
    (r"\b(blocks|ones)(?: that are| which are)?(?: sitting| standing| lying)? (?:on their own|by themselves|"
     r"all alone|all by themselves|isolated)\b", r"loose \1"),
    (r"\b(blocks?|ones?) (?:that|which) (?:is|are) not (?:stacked|in a stack) or in a bowl\b|\b(blocks?|"
     r"ones?) (?:that|which) (?:is|are) not in a bowl or (?:a stack|stacked)\b", lambda m: f"loose {m[1] or m[2]} on the table"),  # 'the block that isn't in a bowl or a stack'
    (r"^of the (two|three|four) ([\w ]+?blocks),\s*", r"there are \1 \2. "),  # 'Of the two loose blocks, leave X and put the other ...'
    (r"^(?:anything|everything|whatever is) (?:in|inside) (?:a|any|the) bowls?,\s*take (?:it|them)(?: all)? out", "take everything out of the bowls"),
    (r"^only one (?:of the )?blocks? has a (?:matching )?bowl(?: (?:in|of) its (?:own )?colou?r)?[.;,]\s*put it in (?:that|its|the matching) bowl",
     "put the only matched block in its matching bowl"),
    (r"^not the (\w+) (?:one|block|cube)[,.;:]\s*(.*?)\bthe other (one|block|cube)((?: (?:in|on|from) the \w+(?: \w+)?)?)",
     lambda m: f"{m[2]}the {'block' if m[3] == 'one' else m[3]}{m[4]} other than the {m[1]} block"),
    (r"\b(take|bin|leave|move|grab|remove|throw|toss|keep) whatever (?:is|s|are) (?:already |currently |still |now )?(?=(?:in|inside)\b)",
     r"\1 everything "),
    (r"\b(take|grab|get|pick up|lift) (everything|all(?: the)?(?: blocks)?) (?:in|inside|from) (the (?:only |"
     r"one )?(?:\w+ )?bowl(?: (?:that|which) is not empty| (?:that|which) has (?:something|"
     r"blocks?) in it)?) and (\w+) (?:it|them)\b",
     r"\1 \2 out of \3 and \4 them"),  # 'take whatever is in W and put it in the corner'
    (r"\b(?:taken apart|take apart|unstacked|unstack|split up|separated) and (?:put|set|placed|laid|place|lay)(?: them| down)* on the table\b",
     "put on the table"),  # 'I want all four stacked blocks taken apart and put down on the table': every one of them
    (r"^for (?:each|every) (stack|tower|pile),\s*(\w+) the (top|bottom) (?:block|one)(?: off)?\b", r"\2 the \3 block of each \1"),
    (r"(^|[.;] )(?:and )?(?:so does|so do|same goes for|same for|then do|do) (the \w+ (?:one|block|cube))(?: too|"
     r" as well| also)?(?=\s*(?:[.;]|$))", r"\1do the same with \2"),  # 'X goes in W. So does the yellow one.'
    (r"\btake a (?:look|peek|gander|quick look) at\b", "look at"),
    (r"\b(take|lift|get|grab|pull) the (?:block|one|cube) off (the \w+ (?:block|one|cube))\b", r"\1 off the block on \2"),
    (r"[.;]\s*not (the \w+ (?:one|block|cube)(?:,? (?:or|and|nor) the \w+ (?:one|block|cube))*)(?: though| tho)?,? (?:that|it|those|they|these|both) (?:stays? put|stays? where (?:it is|they are)|stays?|can stay|remains?)\b",
     lambda m: f". leave {rx(r',? (?:or|nor) ').sub(' and ', m[1]).replace(' one', ' block')} alone"),  # 'Sort the blocks. Not the purple one though, that stays put.'
    (r"\b(both|all|the|all the|every|each|any)(?: (?:one|two|three|four|five|six|\d))? (blocks?|ones?) (?:that|which)(?: (?:have|has)(?: got)?|'s got| s got| is got) (?:a|their own|its own|"
     r"a matching) bowl(?: (?:(?:of|with|in) )?(?:their |its |the )?(?:own |same )?colou?r(?: as (?:it|them|itself|themselves))?)?\b", lambda m: f"{'every' if m[1] == 'any' else m[1]} matched {m[2]}"),
    (r"\b(matched (?:block|one)s?\b.*?) (?:into|in) (?:those|these|the|their) bowls\b", r"\1 into their matching bowls"),
    (r"\bput the (?:only|one|single) (?:block|one) (?:that|which) has a matching bowl (?:in|into) it\b",
     "put the only matched block in its matching bowl"),
    (r"\bthe (\w+) bowl(?: s|'s)? (?:blocks|contents)\b", r"the blocks in the \1 bowl"),  # 'leave the purple bowl's blocks where ...'
    # a condition said other ways than 'if C, A; otherwise B': 'check X: if it is C, A', 'A, provided C, otherwise B'
    (r"^(?:check|look at|see) (the \w+ (?:block|bowl)),?\s*if (?:it|that one) (?=is|has)", r"if \1 "),
    (r"^if ([^,;]+?) (?=(?:i want|i would like|i need|please|put|bin|move|throw|take|place|drop|stack)\b)", r"if \1, "),
    (r"^(?!if\b)(.+?),? (?:provided|providing|as long as|so long as|assuming|but only if|"
     r"only if)(?: that)? ([^,;]+?),\s*(?:otherwise|else|if not),?\s*(.+)$", r"if \2, \1; otherwise \3"),
    (r"^(?!if\b)(.+?),? (?:unless|except if) ([^,;]+?),\s*(?:then|in which case|if so),?\s*(.+)$", r"if \2, \3; otherwise \1"),
    (r"^(?!if\b)(i (?:would like|want) (the \w+ block) .+?) if (it is [^,;]+?),? and (.+?) if it is not$",
     lambda m: f"if {m[2]} {m[3][3:]}, {m[1]}; otherwise i would like {m[2]} {m[4]}"),
    (r"\bdo not leave (?:it|them) there,?\s*", ""),  # 'if there is anything in W, don't leave it there, bin it'
    (r"\b(?:blocks|every block|each block|all the blocks) (?:go|goes) in (?:the|their|its) (?:matching bowls?|"
     r"bowls? (?:that|which) (?:match(?:es)?|is|are) (?:their|its) (?:own )?colou?rs?),? (?:and )?(?:if there is no "
     r"(?:such|matching) bowl|otherwise|if not|where there is none),? (?:in the bin with it|bin it|"
     r"it goes in the bin|into the bin|in the bin)\b",
     "put every matched block in its matching bowl and bin every unmatched block"),
    (r",?\s*(?:any|either) half\b", ""),  # 'bin half of the blocks, any half'
    (r"\b(?:whichever|the) bowl (?:that )?(?:already )?(?:has|holds) the (most|fewest|least)(?: blocks)?(?: in it)?\b", r"the bowl with the \1 blocks"),
    (r",\s*not (the \w+ block),? (?:that one|it|that) (?:stays put|stays where it is|stays|remains)\b", r" except \1"),
    (r"(except (?:for )?the \w+ block),? which (?:stays|remains|is staying)(?: exactly)? (?:where it is|put|in place)\b", r"\1"),
    (r"\b(?:tip|turn|dump) (all the bowls|every bowl|both bowls|the bowls|all bowls) out(?: onto| on to| on)? the table\b",
     r"empty \1 onto the table"),
    (r"[.;]\s*once (?:they are|they re|the bowls are|everything is) (?:all )?empty,?\s*", ". "),
    (r"\b(?:any|every|each) block (?:without|with no|that has no) (?:a )?(?:matching )?bowl(?: of its (?:own "
     r")?colou?r)? (?:goes|should go|must go|is going) in(?:to)? the bin\b", "bin every unmatched block"),
    (r"\bgive (the \w+ bowl) (one|two|three) more blocks? than it has\b", r"add \2 blocks to \1"),
    (r"^(?!if\b)(.+?) if (it is [^,;]+?)[;,]\s*(?:if not|otherwise|else|if it is not),?\s*(.+)$", r"if \2, \1; otherwise \3"),
    (r"^(the \w+ (?:bowl|block))\s*,\s*if (?:it|that one) (?=is|has)", r"if \1 "),  # 'the blue bowl: if it's not empty, ...'
    # choices left to the robot ('in W or V, your call', 'ideally in the corner', 'whichever block is easiest', 'the others
    # whenever'), hedges and reasons: the first alternative, the preferred place, any block
    (r"\b(?:either )?((?:in|into|on|onto|to|at|on top of) (?:the |a )?[\w ]+?),? or (?:else )?(?:in |into |on |onto |"
     r"to |at |on top of )?(?:the |a )?[\w ]+?,? (?:your call|your choice|whichever (?:is easier|is easiest|"
     r"you prefer|you like|you want)|either (?:is|one is|way is) (?:fine|ok|okay)(?: by me)?|both are fine|up to you|"
     r"i do not mind which)\b", r"\1"),
    (r"[.;]\s*(?:the )?(table|bin|\w+ bowl|(?:top|bottom) (?:left|right) corner|"
     r"middle) or (?:the )?[\w ]+?,? (?:your call|your choice|will do|is fine|works|either is fine|"
     r"whichever is easier|up to you)\s*$",
     lambda m: f", and put it {'in' if m[1].endswith(('bowl', 'bin')) else 'on' if m[1] == 'table' else 'at'} the {m[1]}"),
    (r"\b(?:(?:on|onto) the table|in a bowl|in one of the bowls|somewhere),? (?:ideally|preferably|if possible|"
     r"if you can|best of all),? (in|at|on|into|onto) ", r"\1 "),
    (r"\b(?:on|onto) the table,? (?:in|at) (the (?:(?:top|bottom) (?:left|right) corner|middle))\b", r"at \1"),  # '..., ideally in the corner'
    (r"^(?:i (?:might|may|could) be wrong|correct me if i am wrong|i am not sure|not sure),? (?:but )?", ""),
    (r"^whatever(?: is|'s| s)? (?:stacked|sitting|resting) on (?:another|a|some other) block (?:should|must|needs to) come down,?\s*",
     "put every block that is on another block "),
    (r"[.;]\s*any block (?:that|which) (?:has not got|has no|does not have|hasn t got) a (?:matching )?bowl(?: (?:in|"
     r"of) its (?:own )?colou?r)? can stay where it is\s*$", ""),
    (r"\bin (?:a|one of the) bowls?,? (?:(?:ideally|preferably|if possible|best of all),? )?(?:in )?the (\w+) (?:one|"
     r"bowl)\b(?! too| as well| also)", r"in the \1 bowl"),  # 'X belongs in a bowl, preferably the pink one': that bowl
    (r"^(?:oh,? )?how (?=i (?:wish|would (?:love|like)|long)\b)", ""),  # 'how I wish X were in W!', 'oh how I'd love X to sit in W'
    (r"(?:^|(?<=[.!?] ))if (?:that |the )(\w+ block) (?:were|was) (?:sitting |resting |standing |lying |placed |put )?(?=(?:in|on|on top of|at|inside) the [^,;.?!]*[.!]?\s*$)", r"the \1 should be "),  # a wish said alone: 'If X were in W.'
    (r"(\bi would rather |\bi wish |\bif only )(the \w+ block) (?:sat|stood|went|was|were|lay|lived|rested) ", lambda m: f"{'i wish ' if m[1] == 'if only ' else m[1]}{m[2]} "),
    (r"\s*\b(?:than|instead of) (?:where it is(?: now)?|how it is(?: now)?|it is now)\b", ""),
    (r"\b(?:(?:whichever|whatever) (?:block|one) (?:is (?:easiest|handiest|simplest)|you like|you want|you prefer|"
     r"you fancy)|any (?:block|one) you (?:like|want|prefer|fancy))(?= (?:and|in|into|on|onto|to)\b)", "a block"),
    (r"^it (?:does not|doesn t) matter which (?:block|one),? but one (?:of them )?(?:has to|must|should|"
     r"needs to) be (?:sitting |resting )?on (the \w+ block)", r"put a block on \1"),
    (r"[.;,]\s*(?:i do not care|i don t care|it does not matter|doesn t matter|i do not mind) which(?: one|"
     r" block)?,?\s*(?:just |but )?not (the \w+ block)", r" except \1"),
    (r"[.;,]?\s*(?:i do not mind|i don t mind|i do not care about|it does not matter) (?:what|which) order\b|"
     r",?\s*(?:i am|i m) not picky\b", ""),
    (r"^(the \w+ block) goes (in|on|into|onto) (the [\w ]+?) first,? (?:and )?(the \w+ block) (?:after that|"
     r"afterwards|next|second|then)\b", r"put \1 \2 \3, then put \4 \2 \3"),
    (r",?\s*\b(?:whenever you (?:get to it|can|like|want|have time)|in your own time|no rush|whenever(?=\s*(?:[.;,]|$)))\b", ""),
    (r"\b(the \w+ (?:block|one)|it) (?:in|into) (the \w+ (?:bowl|bin)|the bin) first,? (?:and )?then (the \w+ (?:one|"
     r"block))(?=\s*(?:[.;]|$))", r"\1 in \2, then \3 in \2"),  # 'X in the bin first, and then the purple one'
    (r",?\s*(?:the )?(?:highest|top|upper|lowest|bottom) ones? first\b", ""),
    (r"^(?:do not|don t) (bin|toss|move|throw out|throw away) (the \w+ block) yet,? (?:just |only )?(the \w+ (?:one|"
     r"block))(?: for now| for| now)?$", r"\1 \3, and leave \2 alone"),  # 'don't bin X yet, just the red one for now'
    (r"\b(then (?:put )?the \w+ block) in after (?:it|that|them)\b", lambda m: f"{m[1]} in " + (rx(
        r"\b(?:in|into) (the \w+ (?:bowl|bin))").findall(m.string[: m.start()]) or ["it"])[-1]),
    (r"^do (the \w+ block) first,? (in|into|onto|on|to) ", r"put \1 \2 "),
    (r"[.;]\s*(?:do|start with) the \w+ (?:one|block) first,?(?: (?:and )?the (?:others|rest)(?: (?:whenever|after|"
     r"later|afterwards))?)?\s*$", ""),
    (r"\b(should|must|will) probably\b", r"\1"), (r",?\s*if (?:they|it) (?:fit|fits|will fit)\s*\??$", ""),
    (r"[.;]\s*(?:it will|it ll|that will|that ll|this will|this ll) (?:make|help|keep|let)\b[^.;]*$", ""),
    (r",\s*(?:because|since|as|cos|cause) (?:i|we) (?:need|want|am|are|have|will)\b[^.;]*$", ""),  # 'bin X, because I need W'
    (r",\s*(?:i|we) (?:need|want) (?:it|them|that) (?:out of the way|gone|cleared|away)\s*$", ""),
    (r"(?<!the )\b(?:(at|to|in|on|@) )?(?:the )?(top|bottom) (left|right)\b(?! corner| hand| of| side| one| block| bowl)",
     lambda m: f"{'at' if (m[1] or '@') == '@' else m[1]} the {m[2]} {m[3]} corner"),  # 'goes @ top right', 'grn -> btm right'
    (r"^(?:omg|oh my god|wow|whoa|yay|woo+|aa+h+|eee+|ugh+|argh+)\b[.,!\s]*(?:this is (?:so |really |looking so |looking )?(?:cool|good|"
     r"great|amazing|awesome|fun|nice)\b)?[.,!\s]*", ""),  # 'omg this is so cool, how many ...', 'eee I'd love ...'
    (r"^(?:this|that|it) is (?:so |really |looking so |looking )?(?:cool|good|great|amazing|awesome|fun|nice)\b[.,!\s]*(?=\w)", ""), (r",?\s*(?:bye bye|bye|so long|farewell)(?: the)? \w+ block\s*$", ""),
    (r"^why is (the \w+ block) (?:still )?(?:stuck |sitting |lying )?(?:in|on) [^.;]*? when it should be ([^.;]+)", r"\1 should be \2"),
    (r"^would(?:n't|nt| not|n t) (the \w+ block) (?:look|be|sit|fit)(?: so)?(?: much)? (?:nicer|better|happier|prettier|"
     r"tidier|neater)(?: there)? (in|on|at|into|onto) ", r"put \1 \2 "),
    (r"^would(?:n't|nt| not|n t) it (?:make more sense|be (?:better|nicer|neater|tidier)) if ", "make sure that "),
    (r"\b(if|that|rather|wish|only|sure that) (each block|every block|the \w+ block|all the blocks|they|it) (?:sat|stood|were|was|lay) "
     r"(in|on|at|inside|onto)\b", r"\1 \2 is \3"),
    (r"^(the \w+ bowl) is (?:hungry|starving|empty and sad)[.;]\s*feed it(?: blocks)?(?: (?:until|till) it (?:can not|cannot|can t) "
     r"(?:fit|take|eat) (?:another|any more|one more)(?: bite| block)?| (?:until|till) it is full)?", r"keep adding blocks to \1 until it is full"),
    (r",\s*not the ones in (?:the )?bowls?,", ""), (r"[.;]\s*all of them(?:[.;,]? not (?:just )?one)?\s*$", ""),
    (r"\b(?:hitching|catching|getting|having) a (?:ride|lift|piggyback(?: ride)?) on\b", "on"),
    (r"\b(?:has to|must|needs to|should) hop off and go (in|into|on|onto|to)\b", r"goes \1"),
    (r"^(?:(?:not that one|again)[.;,!]+|no[.!;]+)\s*(?=\w)", ""),
    (r"\b(?:takes|take|taking) a (?:little |short |quick |nice )?(?:dive|plunge|trip|tumble|leap|jump) (into|in|to|onto|on)\b", r"goes \1"),
    (r"[.;,]\s*(?:(?:go on|come on|now),?\s*)?(?:move it|do it|fix it|sort it out|get on with it)(?:[,.!\s]+(?:move it|do it))*\s*$", ""),  # '... Go on, move it.'
    (r"\bis off on a (?:little |short )?(?:trip|journey|holiday|vacation) to\b", "goes to"),
    (r"\bstays? (?:at )?home\b", "stays put"), (r"\bdo not bother (it|them)\b", r"do not touch \1"),
    (r"\btake (it|the \w+ block) back to its (?:own )?bowl(?:,? the one that matches (?:it|its colou?r))?", r"put \1 in its matching bowl"),
    (r"\b(?:add|put|place|drop) (?:one|a) block (?:to|in|into) the (\w+) bowl,? (?:the (?:block|one) (?:of|in|with|that has) the same colou?r"
     r"(?: as it)?|the matching (?:one|block)|its matching block)\b", r"put the \1 block in the \1 bowl"),  # '... - the block of the same colour'
    # sharing out: 'distribute the blocks among the bowls, two blocks per bowl', 'divide them between the bowls'
    (r"\b(?:distribute|divide|split|share out|share|spread|deal(?: out)?) (?:the blocks|them|all the blocks|"
     r"the cubes|everything) (?:evenly )?(?:among|between|across|over|into|in) (?:the|"
     r"all the) bowls,? (?:with )?(?:exactly )?(one|two|three) (?:blocks? |cubes? )?(?:per|in each|in every|to each|"
     r"to every|for each|for every|each) bowl\b", r"put exactly \1 blocks in every bowl"),
    (r"\b(?:distribute|divide|split|share out|spread|deal(?: out)?) (.+?) (?:evenly )?(?:among|between|across) (?=the [\w ]*?bowls\b)",
     r"put \1 in "),
    # a teacher's or a parent's words: 'See the green cube, kids? It's going on ...', '... before bedtime'
    (r"^(the [^,.;]*?(?:block|one|cube)\b[^,.;]*?)[,.;]\s*(?:(?:come on )?down[,.;]\s*)?you (?:are|re) (?:going|heading|off|moving|next) (in|into|to|onto|on|on top of) ",
     r"put \1 \2 "),  # a game-show host's 'The block closest to W, come on down! You're going in W!'
    (r"^(?:now |so )?(?:see|look at|you see|do you (?:all )?see|can you see|notice|watch|spot|check out) (?:the|that|"
     r"this) (\w+ (?:block|cube|one|bowl))(?: over there| there| here| right there| over here)?(?:,? (?:kids|class|"
     r"everyone|everybody|guys|folks|children|students|all))?[.;,]\s*(.*\b(?:it|that)\b.*)$", lambda m: rx(
         r"(?<=\b(?:on|in|to) )that\b(?=\s*$)|(?<=\bon top of )that\b(?=\s*$)|\bthat one\b" if rx(
             r"\b(?:on|onto|in|into|to|on top of) that\s*$|\bthat one\b").search(m[2]) else r"\bit\b").sub(f"the {m[1]}", m[2], count=1)),
    (r"^((?:the|those|these|both)(?: two| three)? (?:(?:\w+ )?(?:block|one|cube)s?)(?: (?:that |which )?(?:is |"
     r"are )?(?:sitting |standing |resting |lying |stacked )?(?:on top of|on|under|in|inside|at|next to|beside|below|"
     r"above) the \w+(?: block| one| cube| bowl)?| that the \w+ (?:one|block|cube) is (?:resting |sitting |stacked |"
     r"standing )?on)?),\s*(put|stack|place|move|set|bin|throw|toss|drop|grab|pop|stick|park|shift) (?:it|them|"
     r"that one|those)\b(?! (?:down|off|out|up|away)\b)", r"\2 \1"),  # 'The block under X, stack it on Y.'
    (r"\b((?:would|d) (?:love|like)|want|need|expect) (?:the robot|the arm|our robot|my robot) to\b", r"\1 you to"),
    (r"^(?:for|in) (?:our|the|my|this|today s|tomorrow s)(?: next| first| last| big)? (?:demo|demonstration|lesson|"
     r"class|experiment|trial|run|session|video|show|presentation|lecture)\b,?\s*", ""),
    (r",?\s*\bbefore (?:bedtime|dinner|lunch|breakfast|supper|school|class|tonight|the (?:lesson|meeting|demo|"
     r"guests arrive|kids get home|class starts|tide turns|tide goes out|tide comes in|sun goes down|boss gets back|storm hits|rain starts))\b", ""),
    (r"^(?:ugh,? |argh,? |so,? )?(?:the |my |our )?(?:kids|children|boys|girls|twins|grandkids|toddler|son|daughter|cat|dog) (?:have |has )?(?:mixed|messed|jumbled|muddled|scrambled|"
     r"knocked|moved|played|swapped)\b[^,.;!?]*[,.;!]\s*(?=\w)", ""),  # a parent's 'kids mixed up the colours again, put the blocks in their matching bowls pls'
    (r"(?:[.;,]\s*|\s+)(?:because |since |as )?(?:the|my|our) (?:kids|children|boys|girls|twins|son|daughter|toddler|"
     r"grandkids|students|(?:little )?ones?)\b (?:left|have been|had|were|was|has been|dropped|knocked|threw|put|"
     r"got)\b[^.;]*$", ""),
    (r"^(?:[a-z]+ ){1,3}?(?:filled|stuffed|loaded|piled up|cluttered) (the \w+ bowl)(?: up)? with [a-z "
     r"]+?[.;]\s*(.+?)\b(?:all of it|it all|all that|everything|the lot|them all|all of them)\b", lambda m: f"{m[2]}everything in {m[1]}"),  # 'The kids filled W with junk.'

    (r"\b(?:the )?(?:kids|children|boys|girls|twins|grandkids|students|class)(?: s|'s|')? (?=blocks\b|cubes\b)", "the "),  # 'sort the kids' blocks'
    # someone else's request passed on: 'Sarah told me X is supposed to be in W', 'Maria asked for three blocks to go in the bin'
    (r"^(?!(?:i|you|we|it|that|this|he|she|they|there)\b)(?:my |our |the )?[a-z]+(?: [a-z]+)? (?:told me|said|says|"
     r"wrote|writes|asked (?:me )?(?:for|to))(?: that)?[,:]?\s*(?=the |three |two |one |four |all |every |each |"
     r"leave |put |move |bin |take |stack |nothing )", ""),
    (r"^((?:the |three |two |one |four |all )(?:of the )?(?:\w+ )?(?:blocks?|ones?|cubes?)) to (?:go|be put|"
     r"be placed|be moved|end up) (?=in|into|on|onto|at)", r"put \1 "),
    (r"\bleave nothing (on top of|on|in|inside) ", r"nothing should be \1 "),
    (r"^(the [\w ]+?),? (?:can|could) (?:it|that|that one) (?:go|be put|be moved) (?=in|into|on|onto|at)", r"put \1 "),
    (r"\bcolou?r[- ]?match(?:es|ing)?\b(?= every| each)", "put"),
    (r"\bthe bowl (?:that|which) matches (?:it|its colou?r)\b", "the matching bowl"),
    (r"\bthe only (?:thing|block|one) (?:in|inside) (the \w+ bowl) (?:should be|will be|is|must be) (the \w+ block)\b", r"only \2 should be in \1"),
    (r"\b(have|hold|contain|holds|has|contains) nothing (?:but|except|other than) (the \w+ block)\b", r"\1 only \2"),
    (r"\bthe (?:one|bowl) (the \w+ (?:block|one)) (?:is|sits|is sitting) in\b", r"the bowl with \1 in it"),  # 'not the one X is in'
    (r",?\s*(?:i )?(?:do not|don t) (?:care|mind) which (?:one |block )?(?:goes|is|ends up) (?:on top|at the bottom|first)\b", ""),
    # when the goal must hold, said inside a sentence: 'W should, by the end, hold X', 'X inside W at end of run'
    (r"(?<=\w),?\s*\b(?:(?:by|at) (?:the )?(?:very )?end(?: of (?:it all|run|(?:it|this|that|the|my|our|"
     r"your)(?: (?!block|bowl)\w+)?))?|when (?:the|this) (?:task|run|job|episode) (?:ends|is (?:over|done|finished|"
     r"complete))|at the end of the (?:task|run|episode))\b(?:,(?=\s))?", ""),
    (r"\b(should|must|will|would|shall|can|could),\s*(?=\w)", r"\1 "),  # what was said between a verb's parts: 'W should, hold X'
    (r"\b(should|must|will|would|can)(?: not)? still\b", lambda m: m[0].replace(" still", "")),  # 'none should still be on ...'
    (r"\bthere (?:should|must|will) (?:not be (?:any|a single|one single|one|a)|be no) (?:stack|tower|"
     r"pile)s?\b(?: (?:left|standing|remaining|anywhere))?", "there should be no stacks"),
    (r"\b(on|onto|on top of) another(?: one\b|(?=\s*(?:[,.;]|$| and\b| or\b)))", r"\1 another block"),  # '..., none on another'
    # a loose request, then how it should be: 'tidy up the blocks. I like each one in the matching bowl'
    (r"^(?:(?:tidy|clean|sort|neaten|straighten|organi[sz]e|arrange|fix)(?: it all| it| them)?(?: up|"
     r" out)?(?: the blocks| the table| things| everything| this| the mess)?[.;]\s*(?=(?:i|we) (?:like|want|prefer|"
     r"would like|need|would prefer) (?:each|every|all|them|the blocks|they)\b)|(?:i|we) need (?:the table|the space|"
     r"room|some space|the blocks)(?: clear(?:ed)?| empty| free| cleaned| tidied)?[.;]\s*(?=(?:(?:can|could|would|"
     r"will) you |please )?\w+ (?:every|each|all|the)\b))", ""),  # 'I need the table clear. Toss every ...'

    (r"^(?:then|afterwards|after that|after all that|later on|later),?\s+(?=\w)", ""),  # 'Afterwards, X should ...': nothing before
    (r"\b(?:the bin|the trash)(?: should| must| has to| needs to| will)? (?:be|stay|remain|is|be left|be kept) (?:still )?empty\b",
     "notput all blocks in the bin"),
    # a summary after the steps that says nothing new: '..., so the bowl has both', '... Once you're done they should both be in it'
    (r"(?:,?\s*\b(?:so|and so)|[.;]\s*(?:so )?)(?: then| in the end| once you are (?:done|"
     r"finished))? (?:the (?:\w+ )?bowl|it|that bowl) (?:has|holds|contains|will have|should have) (?:both|them both|"
     r"both of them|the two of them|the pair)\s*$|(?:,?\s*\b(?:so|and so)|[.;]\s*(?:so )?)(?: then| in the end|"
     r" once you are (?:done|finished),?)? (?:they|both of them|the two of them) (?:should |must |will |"
     r"would )?(?:both |all )?(?:be|end up|are) (?:both |all )?(?:in|inside) (?:it|there|that bowl|the bowl|"
     r"the same bowl)\s*$", ""),
)
