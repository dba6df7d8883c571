"""The ways of a trade or a time with words, read after `asides.ASIDES` among `speech.SPEECH`'s rules: a speaker's mood
(a story before the request, 'isn't it obvious that ...', 'can't we just ...'), other trades (a cook's 'set it aside',
a gamer's board, a picker's totes, a lab's 'prior to imaging', a coach's 'Not the green one!'), a contract
('the Party shall', 'provided, however, that'), archaic English ('prithee', 'doth', 'atop'), Australian and cowboy slang
('reckon you could', 'mosey X on over to'), a frustrated repetition, the picture of the end, a news anchor, a noir
narrator, an email, a recipe, a surgeon, a poet's inversions, a yoga teacher, Chinese word order, a tour guide, a lawyer,
a manager, a commentator, a sci-fi fan, an architect, a waiter, a gardener, a poet's metaphors; then
the vocatives and a block named before its clause."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.asides import chatter
from agent.regex import rx
from sim.core.lexicon import COLOURS

# the one a report or a contract asks: 'The operator is requested to ...', 'the user is kindly asked, firstly, not to ...'
ASKED_TO = (r"\b(?:the )?(?:operator|user|robot|system|arm|agent|technician|contractor|assistant|staff|crew)(?: is| are| shall"
            r" be)? (?:hereby |kindly |respectfully |politely )*(?:requested|asked|instructed|required|directed|invited|expected|"
            r"advised)(?P<first>,? (?:firstly|first),?)? (?P<not>not )?to ")

def _chained(m: re.Match[str]) -> str:
    """'X at the bottom, Y on X, Z on top of Y' -> 'stack, X at the bottom, Y on it, Z on top' when each rests on the one
    said before it; as said otherwise."""
    links = rx(r"(?:,? (?:then |and (?:then )?)?)(the \w+ block) on(?: top of)? (the \w+ block)").findall(m[2])
    below = [m[1], *(top for top, _ in links[:-1])]
    if any(under != before for (_, under), before in zip(links, below)):
        return m[0]
    tops = [top for top, _ in links]
    return ("stack, " if m.start() == 0 else "") + f"{m[1]} at the bottom" + "".join(f", {top} on it" for top in tops[:-1]) + f", {tops[-1]} on top"


REGISTERS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"^(?:(?:step|stage|part|phase) (?:one|two|three|four|1|2|3|4) )?(?:of (?:the|this|my|our) (?:procedure|task|plan|process|job|protocol|experiment|exercise) )?is to ", ""),
    (r"^(?:so |ok |okay |now |and )?what (?:i|we) (?:want|would like|d like|am going|m going|are going|re going) to (?:show|demo|demonstrate)(?: (?:you|everyone|"
     r"folks|the class|you all|y all|the team))?(?: next| now| today| first)? is ", "i want "),  # a demo's 'What I want to show you next is X at Y'
    # mood: a story before the request, a request said as what should be obvious or as why it is not done yet
    (r"^(?:i am|i m|we are|i have been|i was|we have been) (?:(?!block|bowl|cube)[^.;])*[.;]\s*(?=(?:move|put|place|stack|bin|set|"
     r"could|can|would|please|take)\b)", ""),  # 'I'm taking a photo for my blog and the shot looks empty. Could you move ...'
    (r"^(?:is not it|isn t it|is it not|surely it is) (?:obvious|clear|plain)(?: to you)? that ", ""),
    (r"^(?:can not|cannot|can t|could not|couldn t|why can not|why can t) we(?: just)? (?=\w)", ""),
    # everyday openers and asides: 'Quick, pop X in W', "I'm afraid X belongs in the bin now; we shan't be needing it",
    # 'Ooh, I'd be curious to see X on Y', 'Out of curiosity, ...', 'I only want X moved onto Y'
    (r"^(?:quick|quickly|real quick|hurry|hurry up|fast|go on then|o+h+|ooh+|ah+|aha),?\s+(?=\w)", ""),
    (r"^i (?:am|m) afraid (?:that )?|^(?:out of (?:curiosity|interest)|(?:just )?(?:wondering|curious)|i (?:am|m) curious),?\s*", ""),
    (r"[;,.]\s*(?:we|i) (?:shan t|shall not|won t|will not|don t|do not) (?:be needing|need|want|be using|use) (?:it|them|that|"
     r"those)(?: any ?more| again| now)?\W*$", ""),
    (r"\bi (?:would|d) (?:be )?(?:curious|interested|keen|happy|delighted|thrilled) to see ", "i want "),
    (r"\bi (?:only|just|simply) (want|need|would like)\b", r"i \1"),
    (r",?\s*(?:rather than|instead of) (?:being )?(?:stacked |sitting |lying |resting |left )?(?:on|in|at|inside|on top of) "
     r"the [\w ]+?(?=$|[,.;])", ""),  # 'X on the table rather than stacked on Y': where it is now, said again
    (r"^(?:could|can|would|will) (every|each|all|all the|any|the) ([^?]+?) (?:go|be put|be moved|be placed|end up) "
     r"(?=(?:in|into|on|onto|to|at)\b)", r"put \1 \2 "),  # 'Could every block in a bowl go into the bin instead?'
    (r"\b(?:move|shift|take|get) (the [\w ]+?) so (?:that )?(?:it|they) (?:is|are|s) no longer (on|in|at|inside|on top of) ",
     r"\1 should not be \2 "),  # 'move X so it's no longer on Y'
    # the words of other trades: a cook ('set it aside', 'plate it', 'the mise en place', 'that cube's no good, toss
    # it'), a gamer ('clear the board', 'X's next move is to Y'), a picker ('any tote but the red one', 'putaway
    # location: Y'), a lab ('prior to imaging'), a coach ('Not the green one! The white block, in the bin!')
    (r"\bset aside\b", "put"), (r"\s+aside\b(?= (?:in|on|at|into|onto|to)\b)", ""),
    (r"\bplate (?=(?:it|them|the|any|all|two|three|one|each|every)\b)", "put "),
    (r"^mise en place\s*[:,]?\s*|\s*\b(?:of )?(?:the |your |my )?mise en place\b", ""),
    (r"^(?:that|this|the) (\w+ block) (?:is|s) (?:no good|useless|bad|off|ruined|burnt|spoiled|junk|broken)[,.;]?\s*(\w+) it\b",
     r"\2 the \1"),
    (r"\bthe (?:game )?board\b", "the table"),
    (r"(the \w+ block)(?: is| s)? next move is (to|into|onto|in|on)\b", r"\1 goes \2"),
    (r"\b(in|into) a bowl,? any (?:bowl|one) (?:but|except|other than|apart from) (the \w+ (?:one|bowl))\b", r"\1 a bowl other than \2"),
    (r"^(pick|take|grab|get) (.+?),?\s*(?:putaway|put away|destination|target|drop(?:off)?|stow) (?:location|spot|slot|position)[:,]?"
     r"\s*(?:the )?", r"put \2 to the "),
    (r"\s*\b(?:prior to|before) (?:imaging|the (?:experiment|run|scan|imaging|assay|measurement|trial|photo))\b", ""),
    (r"^not the \w+ (?:one|block)[.;,!]\s*(?=the \w+ (?:block|one)\b)", ""),
    # a contract's words: 'Upon completion of the Services, ...', 'It is the wish of the Client that X be placed in W',
    # 'provided, however, that ...', 'thereafter', 'therein', 'shall remain undisturbed in its present position'
    (r"^(?:upon|on|after) completion(?: of (?:the )?[a-z ]+?)?,\s*", ""),
    (ASKED_TO, lambda m: ("first " if m["first"] else "") + ("do not " if m["not"] else "")),
    (r"(?:,? and)?,? (?:secondly|thirdly|fourthly|lastly),? (?:to )?", ", then "), (r"\bfirstly\b,?", "first"),
    (r"^(?:so,? )?(?:what|all) (?:i|we) (?:will |would )?(?:need|want|like) (?:you )?to do(?: now| next| here)? is,? (?=first\b)", ""),  # 'What I'll need you to do is, first, ...
    (r"^what (?:i|we) (?:would|d|'d) (?:like|love) to (?:get|have|be) (?:sorted|done|fixed)(?: for you)?(?: today| now)? is ", "i want "),  # a call centre's '... for you today is X'
    (r"\b(?:is|are) to (?:rest|sit|be placed|be put|be positioned|be located|end up|lie|stand|be|go)(?= (?:on|in|at|inside|atop|"
     r"upon|onto|into)\b)", "should be"),  # 'the red block is to rest on the table'
    (r"^(?:as )?(?:per|in accordance with|according to|pursuant to|in line with) (?:the |our |my |your )?(?:agreed |agreed upon "
     r"|discussed |requested |attached |following |new )?(?:arrangement|plan|layout|specification|spec|instructions?|request|"
     r"agreement|schedule|protocol|procedure|diagram|brief)\b,?\s*", ""),  # 'Per the agreed arrangement, ...'
    (r",?\s*\bif you(?: please)?\s*$|,?\s*\bthere (?:is|s) a good (?:chap|lad|lass|fellow|fella|feller|girl|boy|robot|sport)\b", ""),
    (r"^(?:exclude|excluding|except for|skip|leave out|omit|ignore) (the [\w ]+?)[;,:.]\s*(\w+) (?:all )?(?:the )?(?:remaining|"
     r"other|rest of the) (?:blocks|ones)\b", r"\2 all the blocks except \1"),  # 'Exclude X; transfer all remaining cubes to W'
    (r"^without (?:messing with|touching|moving|disturbing|bothering|shifting|upsetting) (the [\w ]+?),\s*",
     r"leave \1 alone and "),  # 'Without messing with X, stick Y atop Z'
    (r",?\s*with the (?:constraint|condition|requirement|proviso) that\s+", " and "), (r"\bon no account (?:is|are) (the \w+ (?:block|bowl)) to be (moved|touched|disturbed)\b", r"\1 must not be \2"), (r"\bon no account\b", "do not"), (r",?\s*\b(?:under|in) any circumstances?\b", ""), (r"\b(?:ought|is|are) properly to\b", "ought to"),
    (r",?\s*(?:and )?not where (?:it|they) (?:lies|lie|is|are|sits|sit|rests|stands)(?: at present| now| currently| right now)?\b",
     ""),  # '... upon the table, not where it lies at present'
    (r"\bof (?:like|a like|the like|matching|identical) (?:colou?r|hue|shade)\b", "of the same colour"), (r"\bbowl (?:that|which) (?:has|have) the same colou?r\b", "bowl of the same colour"),
    (r"\blet (the rest|the others|everything else|the other \w+) be\b", r"leave \1 alone"),
    (r"\b(?:the )?(?:bowl|container)s? whose colou?r (?:corresponds to|matches|is the same as|equals) (?:its|their) own\b",
     "the bowl of its own colour"),
    (r"\b(occupies|occupy|takes up|fills) (the [\w ]*?(?:corner|middle))\b|\b(?<=blocks )(?:occupy|fill) (?=the \w+ bowl\b)", lambda m: f"is at {m[2]}" if m[1] else "are in "), (r"\b(should|must|shall|will|are to|is to) (?:occupy|fill) (?=the \w+ bowl\b)", r"\1 be in "),
    (r"\bthe table itself\b", "the table"), (r"\bbut (?:rather |instead )(?:to )?", "but "),

    (r"^it is the (?:wish|desire|intention|requirement|request|expectation|finding|ruling|judge?ment|decision|order|view|opinion) of (?:the |this )?[a-z]+ that ", ""),
    (r"(the \w+ (?:block|one)) be (?=(?:placed|put|moved|set|located|positioned|disposed|deposited)\b)", r"\1 is "),
    (r"(?:^|(?<=[.;] ))(?:provided|providing)(?: that)? (?=[^,;.]+,)", "if "),  # 'Provided that C, A': a condition first
    (r",?\s*\bprovided(?:,? however,?)?,? that\b", " and"),
    (r"\bthereafter\b", "then"), (r"\btherein\b", "in it"), (r"\bthereon\b", "on it"), (r"\bwithin\b", "in"),
    (r"\b(?:located|situated) (?=(?:in|on|at|inside|upon|on top of|under|beneath|below|underneath|next to|near|nearest|closest|furthest|farthest)\b)", ""),
    (r"\b(?:shall |should |must |will )?(?:remain|remains|stay|stays|be left|is left|leave)(?: undisturbed| untouched| as it is)?(?: in| at)? "
     r"(?:its |their )?(?:present|current|original|existing|usual) (?:position|place|spot|location)\b", "stays where it is"),
    (r"^(each|every|all) (blocks?) to be (placed|put|moved)\b", r"\1 \2 should be \3"),
    (r"\bthe bowl of (?:the )?matching colou?r\b", "the bowl of its own colour"),
    (r",\s*(?:proud |standing |sitting )?(?:up )?(?:high|tall|proud)(?: and \w+)?\s*(?=,)", ""),
    (r"\b(?:remains?|stays?|holds?|keeps?) (?:in )?position\b", "stays where it is"),
    (r"\b(dispose of|get rid of|discard|throw away|throw out|trash|ditch|scrap) (the [\w ]+?) (?:in|into) the bin\b", r"\1 \2"),
    (r"\b(?:tidy|clear|clean)(?: up)? (?:away (the \w+ block)|(the \w+ block) away)\b(?![^.;]*\b(?:not|none|never|no)\b[^.;]*\bbin\b)", r"put \1\2 away"),
    # 'tidy X away' (the bin), never where the bin is ruled out ('clear away X, and none of the blocks may go in the bin')
    (r"[,;.]\s*(?:which|what) (?:blocks?|ones?) (?:is|are) (?:(?:at|up to) (?:the|your|its) (?:discretion|choice)(?: of [a-z ]+)?|"
     r"up to you|your (?:call|choice))", ""),
    (r"\bthe bowl of (?:the )?corresponding colou?r\b", "the bowl of its own colour"),
    (r",?\s*(?:and )?(?:a|any) block for which no (?:matching )?bowl[^,.;]*? (?:shall be|is|are) exempt(?:ed)?", ""),
    # archaic English: 'prithee', 'I bid thee', 'Seest thou the bowl wherein lieth X?', 'sort thou', 'touch it not', '-eth'
    (r"\b(?:i )?(?:prithee|pray thee|pray tell|pray|i bid thee|bid thee)\b,?\s*", ""),
    (r"[,.;]?\s*\b(?:wilt|wouldst|canst) thou(?: do (?:it|this|so))?\b", ""),
    (r"\bseest thou\b", "do you see"),
    (r"\b(\w+) thou\b", r"\1"), (r"\bthou\b", "you"), (r"\bthee\b(?= (?:\w+ )?(?:block|cube|bowl|bin|table|one|corner|middle)s?\b)", "the"), (r"\bthee\b", "you"), (r"\bthy\b", "your"),
    (r"\b(touch|move|disturb) (it|them) not\b", r"do not \1 \2"),
    (r"\b(?:doth|dost) (\w+)", lambda m: m.group(1) + ("" if m.group(1).endswith("s") else "s")),
    (r"\blet (the \w+ (?:block|one)|the (?:tower|stack|pile)|it|them|that|this) (?:lie|rest|sit|stand|be|stay|remain)(?: just| exactly)? "
     r"as (?:it|they) (?:lieth|lies|resteth|rests|sitteth|sits|standeth|stands|is|are)\b", r"leave \1 where it is"),
    (r"\b(rest|li|sitt|stand|go|wear|belong|remain|hath|do)eth\b",
     lambda m: {"li": "lies", "sitt": "sits", "go": "goes", "hath": "has", "do": "does"}.get(m.group(1), m.group(1) + "s")),
    (r"\bthe (bowl|one) wherein (?:lies|sits|rests|is) (the \w+ (?:block|one))", r"the \1 with \2"),
    (r"\bi would fain (?:see|have)\b", "i want"), (r"\bunto\b", "into"),
    (r"\bthat wears its own hue\b", "of its own colour"), (r"\bhue\b", "colour"),
    (r",?\s*\bthat no (block|brick) rests on another(?: \1)?\b", ", so that no block is on another block"),
    (r"^good robot,?\s*", ""),
    # an Australian's 'reckon you could ...?', 'no worries', "two'll do", 'first up', "Bob's your uncle", 'tip X into Y'
    (r"^(?:i )?reckon (?:you could|you can|you d|you would|you might) ", ""),
    (r"^(?:i )?reckon (?=the )", ""),
    (r"\b(?:is |s |are )?(not )?(?:meant|supposed) to be\b", lambda m: " should not be" if m.group(1) else " should be"),
    (r",?\s*\b(?:if (?:that is|that s|it is|it s) )?no worries(?: (?:which|whichever|mate|if [^,.;]*(?:,? (?:just |simply )?leave "
     r"(?:those|them|these|it)(?: alone| be| where they are| as they are)?)?))?\b", ""),
    (r",?\s*\b(?:and )?bob(?:'s| s|s)? your uncle\b", ""),
    (r"\bfirst up\b", "first"), (r"^oi,?\s*", ""),
    (r"\btip (?=(?:everything|all|the|every|each|them|it)\b)", "put "),
    (r"\b(?:the )?(\w+ (?:block|one)) over (?=(?:in|on|at|to|into|onto)\b)", r"the \1 "),
    (r"\bthe bowl that matches (?:it|them) colou?r ?wise\b", "the bowl of its own colour"),
    (r"[,.;]?\s*(?:no worries |it is fine |it s fine |that is fine |do not worry )?if (?:some|any) (?:of (?:them|'?em|the blocks) )?"
     r"(?:have not|haven t|do not|don t|has not|hasn t) (?:got )?(?:one|a bowl|a match|a matching bowl)[^.;,]*(?:,? (?:just |simply )?leave "
     r"(?:those|them|these|it)(?: alone| be| where they are| as they are)?)?", ""),
    # a frustrated user: 'for the third time', 'I already told you', 'Seriously, it's not hard.', 'Same colour, same bowl.'
    (r"\b(?:for the (?:\w+) time|i (?:have )?already told you|i ve (?:already )?told you(?: already)?|i ve asked (?:you )?(?:\w+ )?"
     r"(?:already|before)|seriously|it is not hard|it s not hard|how many times do i have to say (?:it|this))\b[,:]?\s*", ""),
    (r"[,.;]?\s*\bsame colou?r,? same bowl\b", ""),
    (r"[,.;]\s*(?:yes|yeah),? that one\b", ""),
    # a picture of the end: 'In the final picture ...', 'what I'd like to see when you're finished is ...', 'it looks
    # exactly like it does now, except X is in W', 'Everything else can go wherever.'
    (r"^(?:in|on) the (?:final|finished|end) (?:picture|image|scene|layout|state|result|exhibit|display|arrangement),?\s*", ""),
    (r"^(?:here is|here s|here's|this is) (?:the|my) (?:picture|plan|layout|setup|end state)[^:,.;]*?(?:,? and get there in this order)?[:,]\s*", ""),
    (r"^imagine the table (?:when|once|after) (?:you are|you re|you have|it is) (?:done|finished)[:,]?\s*", ""),
    (r"\b(to see|to have) (?:when|once|after) you(?: are| re| have)? (?:done|finished|through)\b", r"\1"),
    (r"\b(?:it|the table|everything) (?:looks|is|stays) (?:exactly )?(?:like|as|the same as) (?:it does|it is|it looks)(?: now)?,? except"
     r"(?: that)? ", "leave everything else where it is and "),
    (r"[,.;]?\s*\b(?:everything|the rest|anything) else can (?:go|stay|be) (?:wherever|anywhere)(?: you like| you want)?\b", ""),
    (r"\s+(?:either|as well)(?=\s*(?:[,.;]|$))", ""),
    (r"(?:^|\s*[,.;:-]\s*|\s+and )(?:every|each|all) (?:one of them|one|block|cube|of them|of the blocks|the blocks|blocks)(?: is| are| stands?| sits?| "
     r"rests?| standing| sitting| resting)? (?:by (?:itself|themselves)|on (?:its|their) own|alone|(?:all )?separate(?:ly)?|apart)(?=\s*(?:[,.;]|$))",
     lambda m: ("; " if m.start() else "") + "no block on another block"),  # '..., every one of them on its own': a sentence of its own
    (r"\s+(?:all )?(?:by (?:itself|themselves)|on (?:its|their) own)(?=\s*(?:[,.;]|$| and\b))|\s+all alone(?=\s*(?:[,.;]|$| and\b))", ""),
    (r"(?<=[a-z]) (?:step|stage|phase|part) (?:two|three|four|five|six)\b[,:]?\s*", "; "),  # 'step one move X step two put Y'
    # a nurse's 'stat', a gamer's 'ez', 'gg', 'noob', 'or nah', a pilot's 'Negative on X', a designer's 'anchor the corner'
    (r"[,;]?\s*\b(?:stat|ez|ez pz|gg|gg ez|noob|nub|pog|lmao|rofl|kthx|lol)\b(?=\s*(?:[,.;]|$))", ""),
    (r"\bloot (?=the \w+ (?:block|cube)|it\b|them\b)", "take "), (r"^(?:clear out|clear|empty) (every bowl|all the bowls|the \w+ bowl),? (?:and )?(?:(?:all )?(?:the )?(?:loot|stuff|contents|lot|blocks)|everything) (?:goes|go|should go) (?:in|into) the bin\b",
     r"empty \1 into the bin"), (r"\bdrop (it|them) off (?=at|in|on)\b", r"put \1 "),
    (r"\bwhere (?:it|they) (?:spawned|respawned|landed|was laid|were laid|was put|was placed)\b", "where it is"),  # a gamer's 'loot X', 'all the loot', 'where it spawned'
    (r"\bbear (the [\w ]+?) (?:hence|hither|thither|away)\b", r"take \1"), (r"\b(?:hence|hither|thither)\b", ""),
    (r"\b(?:pull|tear|take|bring) down (?=(?:every|all|the|each|that|this|those|these)\b)", "knock down "),
    (r"\b(?:take|bring|get|lift) (it|them) down(?=\s*(?:[,.;]|$))", r"put \1 on the table"),
    (r",?\s*\b(?:and )?then none (?:of them )?(?:are|is) (?:on top of each other|stacked|on top of one another)\b", ""),
    (r"\bclear (everything|all the blocks|all) out of (the [\w ]+? bowl) into (the bin|the [\w ]+? bowl)\b", r"empty \2 into \3"),
    (r"^colou?r (?:match|matching|sort|sorting) (?:check|task|step|time|job)\s*[,:]\s*", ""),
    (r"\bnegative on (the [\w ]+?)(?=\s*(?:[,.;]|$))", r"not \1"),
    (r"(?<=bowl)[.;,]\s*not (the [\w ]+? bowl),? any other (?:bowl|one) (?:is|will be|would be) (?:fine|ok|okay|good|alright)",
     r" other than \1"),
    (r"\banchor (the [\w ]+?) with (it|them|the [\w ]+?)(?=\s*(?:[,.;]|$))", r"put \2 in \1"),
    (r"\bto anchor (?=the (?:top|bottom) (?:left|right) corner|the middle)", "to "),
    (r"(?:^|(?<=[.;] ))(?:it|that|this) (?:anchors|ties together|pulls together|completes|finishes|brightens|balances|grounds) [^.;]*", ""),
    (r",?\s*\b(?:let (?:it|them|the \w+) breathe|as an? (?:accent|feature|statement|focal)(?: piece| point| block)?)\b", ""),
    (r"(?:^|(?<=[.;] ))(?:that is|that s|this is|it is|a)(?: our| a| the)?(?: little| lovely| nice)? (?:accent|feature|statement|focal) "
     r"(?:piece|block|point)\s*(?:[.;]\s*|$)", ""),
    (r"\b(?:get|pull|lift) (the \w+ (?:block|one)|it|them) out of (?:there|that bowl)(?=\s*(?:[.;]|$))", r"take \1 out of its bowl"),
    (r"\bbecause [^,.;]*", ""),
    (r",?\s*\b(?:and then|then|and so) (?:it|they|that|there) (?:is|are|will be|can be|can|will|s|re) (?:[a-z]+)(?: [a-z]+){0,4}"
     r"(?=\s*(?:[,.;]|$))", lambda m: m.group(0) if rx(r"\b(?:in|into|on|onto|at|inside|per|each|every|all|none|no|not|one|two|"
                                                                r"three|four|five|six|empty|bowls?|blocks?|bin|table|" + "|".join(COLOURS)
                                                                + r")\b").search(m.group(0)) else ""),  # 'and then it is a tower'
    (r",?\s+\b(?:before|after|until|till|while) (?:i|we|you|they) ([a-z]+(?: [a-z]+)?)(?=\s*(?:[,.;]|$))",
     lambda m: "" if chatter(m.group(1)) else m.group(0)),  # '... before I hand over'
    (r"^(?:before|after) [a-z]+(?: [a-z]+)?,? (?=(?:i want|i would like|i need|please|we need)\b)", ""),  # 'Before pushback I want'
    (r"\bthe (bowl|one) where (the \w+ (?:block|one)) (?:is|sits|lives)\b", r"the \1 with \2"),
    (r"\btake (all the blocks|everything|all of them|them|it) out,? and (put|place|set|move|lay) (?:them|it) ", r"\2 \1 "),
    (r"(?:^|(?<=[.;] )|(?<=, ))(?:off |away |out )?(into|in|onto|on|to) (the [\w ]+?) with (it|them|the [\w ]+?)(?=\s*(?:[.;]|$))", r"put \3 \1 \2"),  # 'Into the bin with it.'
    (r"\btake (it|them) all off\b", r"take everything off \1"),
    (r"\bthe (\w+) on (\w+) on (\w+) (stack|tower|pile)\b",
     lambda m: f"the {m.group(4)} with the {m.group(1)} block on the {m.group(2)} block" if {m.group(1), m.group(2), m.group(3)} <= set(COLOURS)
     else m.group(0)),
    (r"\b(every|each) block (?:that|which) has a (?:matching )?bowl(?: of (?:its|the same) (?:own )?colou?r)? (is|goes|should be|must be|"
     r"ends up) (in|inside|into) (?:that|the|this|its) bowl\b", r"\1 block \2 \3 the bowl of its own colour"),
    (r"[.;,]\s*not (?:one|two|three|four|five)(?:,? not (?:one|two|three|four|five))*(?:[,:]?\s*(?:one|two|three|four|five))?"
     r"(?=\s*(?:[.;]|$))", ""),
    (r",\s*(?:and |but )?(?:no more|not more|not one more|not a single one more)(?: than that)?(?=\s*(?:[.;,]|$))", ""),
    # '..., not in the bin' after a definite place: said already by the place ('X goes on the table, not in the bin')
    (r"((?:on|in|into|onto|at|to) the (?:table|bin|(?!(?:very )?same\b|bowl\b)(?:\w+ )?(?:bowl|block|corner|middle)))\s*,\s*(?:but |and )?not (?:in|into|on|onto|at|to|"
     r"inside) the [\w ]+?(?=\s*(?:[,.;]|$))", r"\1"),
    (r"[.;]\s*(the \w+ (?:block|one)) (?:is|are) not allowed(?: in| in there| there| in it)?(?=\s*(?:[.;]|$))",
     lambda m: "" if rx(r"\b(?:except|but not|other than|apart from)\b").search(m.string[:m.start()]) else f" except {m.group(1)}"),
    (r"^confirm (?!that|whether|if)", "make sure "),
    (r"^(?:kindly |please )?(?:confirm|verify|check)(?:,? for the record,?)? (?=whether|if)", "tell me "),
    # a cowboy's 'mosey X on over to', 'round up ... and herd 'em into W', 'yonder', "y'hear", 'this here'; an exception
    # said again ('... except the green and the cyan. Those two do not go in the bin.')
    (r"\b(?:mosey|scoot|hustle|wrangle|herd|drive|nudge|shoo)(?= (?:the|that|this|those|these|them|it|every|all|each)\b)", "move"),
    (r"\b(?:on )?over (?=to\b)", ""), (r"\s*\b(?:yonder|y'?hear|partner|pardner|y'?all)\b\??", ""), (r"\bthis here\b", "this"),
    (r"\b(?:round up|rustle up|gather up) (.+?) and (?:herd|drive|move|put|get|bring|take) (?:'em|em|them|it) (?=(?:into|in|onto|to)\b)",
     r"put \1 "),
    (r"\bevery (?:last |single )?one of (?:them|those|these|the) (blocks|bowls)\b", r"all the \1"),
    (r"\b(?:oughta|ought to)\b", "should"), (r"\bought not(?: to)?\b|\boughtn'?t(?: to)?\b", "should not"),
    (r"^sort (?:'em|em|them)(?: like cattle)?,?\s*(?=(?:every|each|all)\b)", ""),
    (r"^(?:i )?reckon (?:you )?(?:oughta|ought to|should|could|can) ", ""),
    (r"\b(in there|in it) with (?:it|them)\b", r"\1"),
    (r"[.;]\s*(?:those|these|the|both)(?: two| three| ones| two blocks)? (?:do not|must not|should not|never|are not to|will not|cannot) "
     r"(?:go|get put|get binned|go in|belong|be put)[^.;]*",
     lambda m: "" if rx(r"\b(?:except|but not|other than|apart from|save)\b").search(m.string[:m.start()]) else m.group(0)),
    # a news anchor's 'Breaking news:', 'we're getting reports that', 'back to you', 'in other news', 'effective immediately'
    (r"^(the [\w ]+? bowl) inside (?:have|has) how many blocks?\b", r"how many blocks are in \1"),
    (r"^(?:we are|we re|we're) (?:getting|hearing|receiving) reports (?:of|about) (?:a |an |the |some )?([^.;]+?)\s*[.;]\s*(.+)$",
     lambda m: rx(r"\b(?:that (?:block|one)|it)\b").sub(f"the {m.group(1)}", m.group(2), count=1)),
    (r"\b(?:every (?:single )?block|all (?:the )?blocks|everything) on this table\b", lambda m: m.group(0)[: -len(" on this table")]),
    (r"\b(?:is|are) (?:heading|headed) home(?: tonight)?,?\s*(?:each one |every one )?(?=(?:into|to|in)\b)", "goes "),
    (r"\b(?:breaking news(?: this hour)?|this just in|our top story(?: tonight)?|in other news|developing story)\b[,:]?\s*", ""),
    (r"\b(?:we are|we re|we're) (?:getting|receiving|hearing) reports (?:that )?|\b(?:our )?sources (?:say|tell us) |"
     r"\b(?:we are|we re|we're) told,?\s*|,?\s*\beffective(?: immediately)?(?=\s*(?:[,.;]|$))", ""),
    (r"(?:^|(?<=[.;] ))(?:it|the \w+ block) (?:had|has|is) been (?:sitting|lying|resting|stuck|perched|sat|stood|parked)[^.;]*(?:[.;]\s*|$)", ""),
    (r"\s*[.;,]?\s*\b(?:i )?(?:do not|don t) care where (?:it|they) (?:lands?|goes|go|ends up),?\s*(?:(?:just|only|but|as long as it is),? )*not "
     r"(?:back )?(?:in |into |on |onto )?(the bin|the table|the \w+ bowl|the \w+ block|a bowl|there|that bowl)(?=\s*(?:[,.;]|$))",
     lambda m: "" if m[1] in ("there", "that bowl") else f", but not {'on' if m[1].endswith(('table', 'block')) else 'in'} {m[1]}"),  # '..., just not the bin'; '... not in there': where it was
    (r"\b(?:i )?(?:do not|don t) care where (?:it|they) (?:lands?|goes|go|ends up),?\s*", ""),
    (r"\bas long as (?:it|they) (?:is not|isn t|are not|aren t|does not go|doesn t go) (?:in |into )?(the [\w ]+?)(?=\s*(?:[,.;]|$))",
     r"but not in \1"),
    (r"[,.;]?\s*\bback to you(?:,? \w+)?(?: in the studio)?\b", ""),
    (r"\b(?:the robot|it|you) (?:has|have|had) been (?:asked|told|instructed|ordered|requested) to ", ""),
    (r"[.;,!]?\s*\b(?:all of them|every (?:last|single) one)?,? (?:no exceptions|(?:spare|sparing|leave|leaving|skip|skipping|miss|missing) (?:not one|none|nothing|not a single one)(?: of them)?(?=\s*(?:[.;!,]|$)))\b", ""),
    (r"\b(?:is|are) staying\b", "stays"), (r"(?<=block )(?:is|are) going (?=(?:into|in|onto)\b|to the\b)", "goes "),
    # a noir narrator's asides: 'It wasn't the orange block I was after. It was the one underneath it.', 'Word on the street said'
    (r"(?:^|(?<=[.;] ))it (?:was|is)(?: not| n t|n t)? (?:the|a|that) [^.;]*?(?:i|we) (?:was|were|am|are) after\b[^.;]*(?:[.;]\s*|$)", ""),
    (r"(?:^|(?<=[.;] ))it (?:was|is) the one (?:underneath|under|beneath|below|on top of|above) (?:it|that)\s*(?:[.;]\s*|$)", ""),
    (r"(?:^|(?<=[.;] ))(?:word on the street|rumou?r|people|somebody|someone) (?:said|says|has it|had it)[^.;]*(?:[.;]\s*|$)", ""),
    (r"((?:^|[.;] )(?:but )?the \w+ (?:block|one)),\s*(?:that one|it) (goes|should go|belongs|stays|is going)\b", r"\1 \2"),
    (r"(the \w+ (?:block|one)) would be ", r"\1 will be "),
    (r"^(?:by|before|until|till|at) (?:midnight|noon|tonight|tomorrow|morning|dawn|sundown|sunset|eod|end of day|close of business)\b,?\s*"
     r"|\s+\b(?:by|before|at) (?:midnight|noon|eod|end of day|close of business|cob)\b|\s+\b(?:tonight|today|at your earliest "
     r"convenience|asap)\b", ""), (r"[,;.]?\s*\b(?:pls |please )?action(?: it| this| that| accordingly)?(?=\s*(?:[.!]|$))", ""),  # '..., pls action asap'
    # a recipe's 'is not used in this recipe; it belongs in the bin', 'For this step you'll want X in W'; an email's greeting,
    # 'Per my last email', 'Action items:', a surgeon's 'X comes off Y and goes flat on the table'
    (r"\b(the \w+ (?:block|one)) is not (?:used|needed|required) (?:in|for) (?:this|the) \w+\s*[;,]\s*it\b", r"\1"),
    (r"\b(?:per my (?:last|previous) email|as (?:discussed|per our conversation|mentioned)|just to confirm where we landed|following up|"
     r"thanks in advance|let me know if (?:you have|there are) any (?:questions|blockers))\b[,:]?\s*", ""),
    (r"\byou(?: will| ll|'ll) (?:want|need)\b", "i want"),
    (r"(the (?:" + "|".join(COLOURS) + r") (?:block|one))(?: comes| come| goes| gets)? (?:off|out of|from) the \w+ (?:block|bowl|one),? and "
     r"(?:goes |go |gets )?(?:down |back |flat )?(?=(?:on|onto|in|into|to)\b)", r"\1 goes "),
    # a poet's inversions and rhymes: 'into the orange bowl let it go', 'Into the red bowl the red block goes', 'gentle and slow'
    (r",\s*(?:nice |so |oh )?(?:gentle|gently|slow|slowly|soft|softly|easy|steady|careful|proud)(?: and (?:gentle|slow|soft|easy|steady|"
     r"careful|true|sure|proud|tall))?\s*(?=,)", ""),
    (r"\b(?:and )?(into|onto|in|on|to) (the (?:(?!and\b)[\w ])+?)(?<!where) (?:let it go|let it fall|let it drop|let it rest|let it lie|it goes|it must go)\b",
     r"put it \1 \2"),
    (r"(^|[;.] )(into|onto|in|on|to|upon) (the (?!(?:final|end|goal|target|desired|finished) (?:state|position|picture|layout|arrangement)\b)[\w ]+?) (the \w+ (?:block|one)|they|it) (goes|go|must go|should go|belongs|sits|stays)\b",
     lambda m: f"{m.group(1)}{'the blocks just named' if m.group(4) == 'they' else m.group(4)} {m.group(5)} {m.group(2)} {m.group(3)}"
     if m.group(4) != "they" else m.group(0)),
    (r"^first (the \w+)(?: block| one)?,? then (the \w+)(?: block| one)?,? (into|in|onto|on) (the [\w ]+?) (?:they|both) go\b",
     r"put \1 block and \2 block \3 \4"),
    (r",?\s*\band there (?:it|they) (?:stays?|remains?|rests?|lies?|let it lie)\b|,?\s*\bas (?:everybody|everyone|all the world|you) "
     r"knows?\b|,?\s*\bwithout a sound\b|,?\s*\bin the light\b|,?\s*\bone after the other\b", ""),
    (r"\blet (it|them) stand(?: up)?(?: tall| proud| tall and proud)?\b", r"leave \1 as it is"),
    (r"[,.;]?\s*(?:that is|that s|this is) (?:what|all) (?:i|we) (?:ask|want|need|request)(?: of you| from you)?\b", ""),
    (r"^((?:" + "|".join(COLOURS) + r") to (?:" + "|".join(COLOURS) + r"),\s*)+", ""),  # 'Blue to blue, red to red, every block ...'
    (r"\b(?:bring|take|get) (it|them) down to the table\b", r"put \1 on the table"),
    (r"\btake (?:every one|each one|all) of them out and (?:set|put|place) (?:each|them|it) ", "put all of them "),
    # a yoga teacher's 'let it rest on', 'as you breathe out', 'with a soft breath, I invite you to', 'while X stays still'
    (r"\b(?:and )?as you breathe (?:in|out),?\s*|^with an? (?:soft|deep|slow|gentle|long) breath,?\s*|\bi invite you to |"
     r"^take an? (?:slow|deep|soft|gentle|long) breath,?(?: and)?(?: simply| just)? (?:notice|observe|ask yourself)[,:]?\s*|"
     r"\bbreathing (?:in|out)(?: and)?\s*", ""),
    (r"\blet (the [\w ]+?|it|them|(?:exactly |all |both )?(?:one|two|three|four|five|six|all|every|each)[\w ]*?) (?:gently |softly |slowly )?"
     r"(?:rest|settle|sink|float|drift|come to rest|find (?:its|their) (?:home|place|way)|gather|wander|travel|make (?:its|their) way|descend|fall|drop|tumble|glide|slide|fly|soar|hop)"
     r"(?: gently| softly| slowly)?(?: down)? (on|in|into|onto|to|at)\b", r"put \1 \2"),
    # a lawyer ('it is hereby stipulated that X shall be located within W', 'save and except', 'forthwith'), a manager ('Each
    # bowl gets exactly one block'), a commentator ('sitting pretty', 'heads for the bin'), a sci-fi fan ('Unit, execute
    # construction: X at the base'), an architect ('X is the foundation, so it stays on the table')
    (r",?\s+(?:hereby|forthwith|henceforth|herewith|without exception|for the record|presently)\b,?", ""), (r"\bwithin (?=(?:a|any|the|one of the) (?:\w+ )?bowls?\b)", "in "),
    (r"^it is (?:hereby )?(?:stipulated|ordered|agreed|required|directed|declared) that ", ""), (r"\bshall (?=(?:not )?be\b)", "should "), (r"\b(?:resting|sitting|lying) upon\b", "on"),
    (r"^it is (?:my|our)(?: client's| client s| clients)? (?:express |sincere |firm )?(?:wish|desire|instruction|request) that (the \w+ (?:block|cube)) (?:be|is) (?:relocated|moved|placed|put|deposited|transferred) ", r"put \1 "),
    (r"\bshall be (?:located|situated|placed|deposited|positioned) (in|on|at|inside)\b", r"should be \1"), (r"\bshall be (?:disposed of|deposited|discarded|removed) (?:in|into|to) the bin\b", "should be in the bin"),
    (r"^(each|every) bowl (?:gets|receives|should get|will get|must get) ((?:exactly |only |just )?(?:one|two|three|four)) blocks?\b", r"put \2 block in \1 bowl"),
    (r"\b(?:sitting pretty|chilling|hanging out|kicking back)\b", "sitting"), (r"(?:^|(?<=first )|(?<=then ))(?:he|she|they)(?: s| is| are)? (?:puts|places|drops|sets|stacks|putting|placing|dropping|setting|stacking)\b", "put"),
    (r"\bspin (the \w+ block|it) (?:over |across )?(?=to|into|onto|on|in)\b", r"move \1 "), (r"\b(stays?|remains?) in the mix\b", r"\1 where it is"),
    (r"(?:^|(?<=[.;] ))(the [\w ]+?) (?:is|are) (?:evidence|precious|fragile|important|special|sacred|off limits),? (?:so )?(?:do not|don t|dont|never) (?:disturb|touch|move) (?:it|them)\W*$", r"leave \1 alone"),
    (r"\b(?:nobody|no one|noone) (?:touches|moves|disturbs) (the \w+ (?:bowl|block))(?:\s*[:,;-]\s*nothing goes in,? (?:and )?nothing comes out)?", r"leave \1 alone"), (r"\bheads? (?:for|to|into|towards?) (?=the bin\b)", "goes in "),
    (r"(?:^|(?<=[.;] ))unit\s*[,:]\s*|\bexecute(?: (?:construction|directive|order|command))?\s*[:,]\s*", ""), (r"\bat the base\b", "at the bottom"),
    (r"\b(the \w+ block) at the bottom((?:,? (?:then |and (?:then )?)?the \w+ block on(?: top of)? the \w+ block)+)\b", _chained),  # 'X at the base, Y on X, Z on Y': each on the one before
    (r"\b(?:this|the) operator (?:desires|requests|requires|wants)\b", "i want"), (r"\bnegative on (?:using|touching|going (?:in|into|near)) the bin\b", "do not put anything in the bin"),
    (r"\b(the \w+ block) is the (?:foundation|base|anchor|cornerstone)(?: (?:block|piece))?(?:,? (?:so|and) (?:it )?(?=stays|remains|must stay|should stay)|(?=\W*$))", r"\1 "),
    (r"\b(?:that one|it) is the (?:foundation|base|anchor|cornerstone) and (?=stays|remains)", "it "), (r",?\s*as the (?:foundation|base|anchor|cornerstone)\b", ""),
    (r"\bbuild (the \w+ block|it) (on top of|on|onto) ", r"put \1 \2 "),
    (r"\b(take|lift|get|remove) (the \w+ block) (?:out of|from) (the \w+ bowl)\b(.*?)(?<!bowl )\bin its (?:place|spot)\b", r"\1 \2 out of \3\4in \3"),  # '..., then put Y in its place'
    (r"^(?:organi[sz]e|arrange|sort) (?:the )?(?:layout|table|scene) by colou?r\s*[:,]\s*", ""),
    (r"\b(is|would be) to see (?=the \w+ (?:block|cube)s? (?:in|on|at|inside|on top of)\b)", r"\1 "),  # 'What I'd really like is to see X in W'
    (r"\btidy (?:up )?(everything|all the blocks|the blocks|it all|all of it) out of\b", r"take \1 out of"),  # a gardener's 'tidy everything out of W into the bin'
    (r"^(?:(?:may|might|can|could) i|i(?: would| d)?|let me) (?:suggest|propose|recommend)(?: that we| that you)? (?=[a-z]+ing\b)", "how about "),  # a waiter's 'May I suggest moving X ...?'
    (r"\blet (the [\w ]+? bowl) become empty\b", r"empty \1"),
    # a poet's: 'let each bowl cradle one block', 'the block that bears X upon its back', 'let the others sleep where they lie'
    (r"\blet (each|every) bowl (?:cradle|hold|keep|have|embrace)\b", r"\1 bowl gets"), (r"\blet (the \w+ block) follow and (?:rest|settle|sit|lie) (?:upon|on|on top of) ", r"put \1 on "),
    (r"\bthe block that (?:bears|carries|holds up|supports|cradles) (the \w+ block)(?: (?:upon|on) its back)?", r"the block under \1"), (r":\s*free it,? and ", ": "),
    (r"\b(?:yet |but )?let (the \w+ bowl) keep (?:its|all its) (?:treasures|blocks|contents|riches)(?: just)? as they (?:lie|are|rest)\b", r"but leave \1 alone"),
    (r"\blet (the others|the rest|all the others) (?:sleep|rest|lie|stay|be)(?: just)? (?:where|as) they (?:lie|are|rest)\b", r"leave \1 where they are"),
    (r"\bi long to see\b", "i want"), (r"\bthat shares its (?:hue|colou?r|shade) with a bowl go home to that bowl\b", "that has a matching bowl go in its matching bowl"),
    (r"^what an? [a-z ]*?\b(tower|stack|pile)\.\s*(.*?)\bof it\b", r"\2of the \1"), (r"\b(?:let|have) (the \w+ (?:block|cube)) (?:join|follow) (?:it|them|that one|the \w+ (?:block|cube))(?: there| over there)?\b", r"put \1 there"),
    (r",?\s*\bwithout (?:sending|putting|dropping|throwing) (?:a single|any|one) block (?:to|in|into) the bin\b",
     ", and do not put any block in the bin"),
    (r"^while (the \w+ (?:block|one)) (?:stays|remains|rests|keeps) (?:perfectly |completely |totally )?(?:still|where it is|put),\s*",
     r"leave \1 where it is and "),
    (r"\bfinds? (?:its|their) home (?=(?:in|on|into)\b)", "goes "),
    (r"\bguide (?=(?:the|that|this|it|them)\b)", "move "),
    # a tour guide's 'direct your attention to X ... place this piece on ...', 'For this display, ...', 'arrange them so'
    (r"^(?:now,? )?(?:if you (?:will|ll|would) )?(?:direct|turn|draw) your attention to (the [^.;]+?)(?: here| there)?\s*[.;]\s*(.+)$",
     lambda m: rx(r"\b(?:this|that|the same) (?:block|one)\b|\bit\b").sub(m.group(1), m.group(2), count=1)),
    (r"^(?:and )?for (?:this|our|the|my) (?:final )?(?:display|exhibit|exhibition|show|photo|picture|step|recipe|dish|round|level|task)"
     r"\s*,?\s*", ""),
    (r"[.;]?\s*(?:if you would,? )?(?:please )?(?:arrange|set|do|leave) (?:them|it|things|everything) (?:so|like that|that way|thus)"
     r"(?=\s*(?:[.;]|$))", ""),
    (r",\s*your choice\b", ""),
    # a Chinese speaker's English: 'the X from W inside take out', 'in pink bowl inside', 'The X please put into bin'
    (r"^(?:please )?help me,?\s*|\b(?:please )?help me (?=(?:put|take|move|the|all)\b)", ""),
    (r"\b(in|from|into) (?:the )?(?!(?:a|an|any|each|every|one|some|that|this) )(\w+ bowl) inside\b", r"\1 the \2"),
    (r"\b(in|into|on|onto|to|from|out of) (?!the |a |an |it |them |any |every |each |that |this )((?:" + "|".join(COLOURS) +
     r") (?:bowl|block|one))\b", r"\1 the \2"),
    # 'into bin', but not 'want to bin X'
    (r"\b(on|onto|(?<!want )(?<!need )(?<!have )(?<!like )(?<!going )(?<!love )to|into|in) (table|bin)\b", r"\1 the \2"),
    (r"\b(not in|in) bowl\b", r"\1 a bowl"),
    (r"\b(the \w+ (?:block|one)) from (the \w+ bowl) take out\b", r"take \1 out of \2"),
    (r",\s*put (?=(?:on|in|into|onto) )", ", put it "),
    (r"^(the \w+ (?:block|one)),? (?:please )?(put|place|move|take) ", r"\2 \1 "),
    (r"\b(?:then )?(the \w+ (?:block|one)) (?:please )?(put|place|move) (into|in|onto|on|to) ", r"\2 \1 \3 "),
    (r"\b(the \w+ (?:block|one)),? (do not|don t|never) (move|touch|disturb)\b(?! (?:the|them|a|an|any|anything)\b)", r"\2 \3 \1"),
    (r"\balso (?=is\b)", ""), (r"(?<=block) above(?=\s*(?:[,.;]|$))", ""),
    (r"^(every|each) ((?:empty )?bowl) inside,? (?:please )?(put|place) (one|a) block\b", r"\3 \4 block in \1 \2"),
    (r"^(the blocks? (?:that|which) (?:are|is) (?:not )?(?:in|on|inside) [^,]+?),\s*(?:please )?(?:all )?(put|place|move) (?:them |all )?"
     r"(into|in|onto|on|to) ", r"\2 all \1 \3 "),
    (r"\bthe bowl (?:inside )?(?:have|has) nothing(?: inside)?,? that one\b", "the empty bowl"),
    (r"\bsame colou?r blocks? (?:put |go |goes )?(?:into|in) (?:the )?same colou?r bowls?\b", "put each block in the bowl of its own colour"),
    # a cowboy's dropped g, 'where she sits', 'down off', 'so there ain't nothin' sittin' on it', 'like cattle'
    (r"\b([a-z]{2,})in'(?=\s|$|[,.;])", r"\1ing"),
    (r"\bwhere (?:she|he|it|they) (?:sits|lies|stands|rests|is at|be)\b", "where it is"), (r"\bdown off\b", "off"),
    (r",?\s*\bso (?:that )?there (?:is|ain'?t|is not|isn'?t) (?:nothing|no blocks?|none) (?:sitting |left )?on (?:it|top of it)\b", ""),
    (r"\bain'?t none of (these|the|those) blocks going (?:in|into) the bin\b", r"do not put any of \1 blocks in the bin"),
    (r"\s+like cattle\b|,?\s*\band (?:you|y all|we|everyone) can (?:rest easy|relax|sleep easy|breathe easy)\b", ""),
    # a block named before its clause: '..., but the blue block, leave it where it is'
    (r"(\b(?:but|and|then|so),? )(the \w+ (?:block|one)),\s*((?:just |please )?(?:leave|keep|let|put|move|place|bin|throw|take|"
     r"stack|set|drop|get|pick up|do not touch|do not move))\s+(?:it|that one|this one)\b", r"\1\3 \2"),
    # a vocative: '..., chef.', 'Arm, ...', '..., folks!'
    (r"(?:^|(?<=[.;] )|(?<=[.;]))(?:(?:alright|all right|right|ok|okay|hey|oi|yo|cheers) )?(?:chefs?|folks|class|everyone|everybody|people|guys|team|hands|kids|children|boys and girls|besties|bestie|fam|"
     r"ladies and gentlemen|sir|madam|control|arm|computer|number one|ensign|crew|captain|mate|kid|pal|doll|chief|guv|guvnor|contestants?|(?:ok |okay |hey )?bot|"
     r"(?:my )?(?:dear )?friends?)\s*,\s*|,\s*(?:chefs?|folks|class|everyone|everybody|"
     r"people|guys|team|hands|kids|children|boys and girls|ladies and gentlemen|sir|madam|computer|number one|ensign|crew|captain|kid|"
     r"pal|doll|chief|love|dear|pet|sweetheart|darling|honey|hun|baby|babe|bot|buddy|boss|guv|guvnor|contestants?|(?:my )?(?:dear )?friends?|(?:my )?(?:esteemed |dear |lovely |wonderful )?(?:audience|listeners|viewers|readers))\s*(?:,(?=\s*\w)|"
     r"(?=\s*(?:[.;]|$)))", ", "),
    (r"\s+(?:pal|matey|chief|buddy|guv)\s*$", ""), (r"\bthe rest of the cargo\b", "the other blocks"), (r"\bthe cargo\b", "the blocks"),  # a captain's cargo
    (r"\bwhere (it|they) lie?s?\b", lambda m: "where it is" if m[1] == "it" else "where they are"),  # '..., thanks pal': the thanks gone, the name left at the end
    (r",\s+(?=(?:shall|will|must|should) (?:now )?(?:go|goes|be)\b)", " "),
    # a busy parent's interruptions: '... into the... sorry, one sec... into W', '— hang on —', 'where was I — oh yes,'
    (r"(?:\s*(?:,|\.{2,}|\u2026)?\s*\b(?:sorry,? )?(?:one sec(?:ond)?|hang on|hold on|just a sec(?:ond)?|where was i|oh yes|oh right|(?<!\bthe )(?<!\bthe far )(?<!\bthe very )right(?=,)|right,? so|yeah)\b)+"
     r"\s*(?:,|\.{2,}|\u2026)?\s*", " "),
    (r"\b(into|in|onto|on|to) the,? (?=(?:into|in|onto|on|to) the\b)", ""),  # 'into the... into W': the restart
    # an email's frame: 'Hi,', 'Hello,', 'Thanks, Sam', 'Best, Sam', 'Cheers, Sam', 'Kind regards'
    (r"^(?:hi|hello|hey|dear \w+|good (?:morning|afternoon))(?: there| all| team| robot)?\s*,\s*|[.,!]?\s*\b(?:thanks|thank you|best|cheers|regards|kind "
     r"regards|best wishes|many thanks)\s*,?\s*[a-z]+\s*[.!]?\s*$", ""),
    (r"\b(?:by|before) (?:this afternoon|this evening|tonight|tomorrow|lunch|lunchtime|the end of the day|noon)\b|\s+by(?=\s*(?:[.,;]|$))|[.,]?\s*\b(?:could you )?take care of (?:it|"
     r"that)\W*$|\bgoing forward\b|^as discussed,?\s*|\bjust a (?:reminder|note|heads up)(?: to| that)?\s*|,?\s*where there is one\b|[.,]?\s*nothing more,? "
     r"nothing less\b", ""),
    (r"\bevery other block\b", "everything else"),
    # an engineer's precision: 'precisely', 'and only the X', 'one pick, one place, nothing else', 'with no other moves'
    (r"\b(?:precisely|exactly) (?=in |into |on |onto |at |the |to )|\bprecisely this\s*:?\s*|,? and only (?:the \w+ block|that one|it),?|[.,;]?\s*(?:one pick, one "
     r"place|one move)(?:, nothing else)?\b|,?\s*with no other moves\b", ""),
    (r"^(?:it )?(?:would|d) be (?:so |really |super |very )?(?:pog|poggers|sick|lit|epic|dope|based|goated|cool|nice|great|awesome|sweet|fire) if ", "i want "),
    (r"[,.;]\s*any (?:one|two|three|four|of them|one of them)(?: of them| will do| is fine| you like)?(?=\s*(?:[,.;!]|$))", ""),  # 'I want two blocks in the bin, any two, chef!'
    (r",?\s*\b(?:only|just) not (?=the )", ", but not "), (r"\b(on|onto|on top of) whatever block\b(?! (?:is|s|that|which)\b)", r"\1 any block"), (r"\b(on|onto|on top of) whatever (?:block|one) (?:that )?(?:is|s)\b", r"\1 the block that is"),
    (r",?\s*\b(?:no cap|fr fr|deadass|on god|i should think|i would think|i dare say|i daresay)\b", ""),
    (r"\b(the (\w+) bowl) (?:wants|needs|is waiting for|is missing) its (?:matching|own) block\b", r"put the \2 block in \1"),
    (r"[.!]\s*(?:plate|put|fire|send) it\W*$|[.!]?\s*\bservice\W*$", ""),  # a chef's 'Plate it!'
    (r"\band (?:rest|sit|settle|perch|stand|lay|lower) (it|them) (?:down )?(on top of|onto|on|into|in) ", r"and put \1 \2 "),  # '... lift X and rest it on Y'
    # a trade's sign-off or cheer: '..., yes chef!', '..., heard?', '..., how copy? Over.', '..., go go go!', '..., ez', '..., GO'
    (r"(?:[,.!]\s*(?:yes,? chef|heard|how copy|copy that|copy|over and out|over|roger(?: that)?|go(?: go)*|ez|gg|let s go|lets go|thanks chef)|\s+(?:go go"
     r"(?: go)*|yes,? chef|how copy|over and out))(?=\s*[.!?]*\s*$)", ""),  # 'the block under X... shall now reappear in W'
)
