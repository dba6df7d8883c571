"""How particular speakers put a request, said in the words the reader knows, read among `spelling.CASUAL`'s rules before
typos are mended: a learner's missing articles and 'same' ('in bowl with same colour as purple block', 'but not white
block', 'the other blocks stay same place'), a grandmother's 'is for X to be sat on Y', a caller's repetitions on the
phone ('the red block, the red one, yes, in the middle'), a German word order ('X in the bin put', 'the block that on Y
lies'), the words of trades ('pieces' and 'squares', 'pots', 'on show', 'X is to be placed in W', 'proceed to'), a sceptic's
dares ('Bet you can't X. Prove me wrong.'), a professor's asides ('one might X', 'X ought, I think, to be Y'), a historian's
('X, by rights and by long custom, belongs in W'), a waiter's and a coach's cheers ('coming right up', 'You've got this!'),
a mechanic's and an artist's remarks ("That's how this one's meant to be assembled.", '..., a small column right at the
centre') and a child's tower ('i want a big tower!! X on the bottom then Y')."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.words import GERUNDS
from agent.regex import rx
from sim.core.lexicon import COLOURS

SPEAKERS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"^(?:kindly )?(?:arrange|set up|organi[sz]e) (?:matters|things|it|everything|the table) so (?:that )?", "make sure that "), (r"^let (each|every) bowl hold\b", r"\1 bowl should hold"),
    (r"[.;]\s*(?:move|put|take) it (?:anywhere|somewhere) else(?: you like)?(?=\s*(?:[.;!]|$))", ""),  # 'X shouldn't be in W. Move it anywhere else.'
    (r",\s*where it has (?:rested|sat|been|lain|stood|slept)\b[^;,.]*", ""), (r"^match (?:the )?colou?rs\s*[.:;]\s*(?=(?:each|every) block goes in the bowl of its colou?r\b)", ""),  # a novelist's '..., where it has rested all morning'
    (r"[.;]\s*no matching bowl,? (?:bin it|in the bin|into the bin|it goes in the bin)(?=\s*(?:[.;!]|$))", ". bin every unmatched block"),  # a mechanic's
    (r"^(the \w+ block) (?:longs|yearns|pines) for (the bowl [\w ]+?)(?:[.;]\s*(?:carry|take|bring|put) it there\b[^.;]*)?(?=\s*(?:[.;!]|$))", r"put \1 in \2"),  # a novelist's
    # a grandchild relaying: 'grandma wants X gone, can you just drop it in the bin', '..., grandpa keeps asking about it', 'nan likes it where it is'
    (r"^(?:(?:ok|okay|so|well|um),? )*(?:my )?(?:grandma|grandpa|nan|nana|gran|granny|grandad|mum|mom|dad) wants (the \w+ block) gone,?\s*(?:so )?(?:can you )?(?:just )?(drop|put|throw|toss|chuck|bin) it\b", r"\2 \1"),
    (r"^(?:my )?(?:grandma|grandpa|nan|nana|gran|granny|grandad) wants\b", "i want"),
    (r",\s*(?:my )?(?:grandma|grandpa|nan|nana|gran|granny|grandad|mum|mom|dad) (?:keeps asking about it|likes it (?:where it is|there|like that)|wants it that way)(?=\s*(?:[.;!]|$))", ""),
    (r"^(?:construct|assemble|erect|create|form) (?=(?:a|one|me a) (?:\w+ block )?(?:tower|stack|pile)\b)", "build "),
    (r"[.;]\s*the (?:tower|stack) (?:should|must|is to|has to) (?:be|stand) on the table(?=\s*(?:[.;!]|$))", ""),  # a physicist's '... The tower is to stand on the table.'
    (r"^(?:(?:hi|hello|hey|sorry|um+),? )*i (?:think|believe|guess) (?:i am|i m|i was) (?:supposed|meant|told) to ask you to ", ""),  # an intern's 'Hi, sorry, I think I'm supposed to ask you to ...'
    (r"^(?:request|requesting)(?: that)? (the \w+ (?:block|cube)(?: and the \w+ (?:block|cube))?) (?:be|is|get) (?:moved|placed|put|taken|relocated|transferred|shifted|set) "
     r"(?=to|in|into|on|onto|at|inside)\b", r"put \1 "),  # a pilot's 'Requesting X be moved to the bin.'
    (r"^(?:request|requesting) (?=(?:exactly |just |only )?(?:one|two|three|four|the|a) )", "put "),  # a pilot's 'Request exactly two blocks in W, any two will do. Over.'
    # a waiter's and a coach's: 'Two blocks into W, please, coming right up.', 'Champ, ...! You've got this!', 'right now, no hesitation!', 'Everybody in the bin!'
    (r",?\s*\b(?:coming (?:right )?up|no hesitation|no hesitating|no excuses|go,? go,? go|let s go|you(?: ve| have) got this)\b(?=\s*(?:[.!;,]|$))|^(?:(?:alright|all right|ok|okay|right),? )?(?:champ|chief|superstar|team|rookie),\s*", ""),
    (r"^everybody (?=in(?:to)? the bin\b)", "put every block "), (r"\bnobody (?:stays|sits|stands|remains|is) on (the \w+ block)\b", r"nothing should be on \1"),
    (r"(?:^|(?<=[.;!] ))nobody (?=(?:on|in|inside|on top of)\b)", "nothing "),  # a sportscaster's 'Nobody on top of X!'
    (r"[.;!]\s*every (?:single )?block,? (?:let(?: s|'s| us) )?clear (?:this|the) table\W*$", ""),  # '... in the bin! Every single block, let's clear this table': said again
    # a historian's: '..., much as one builds a little column of masonry, ...', 'X, by rights and by long custom, belongs in W', 'In the interest of good order, ...',
    # 'as a matter of simple record', '... within its counterpart, as a careful archivist files like with like', 'I should very much like to see ...'
    (r",\s*(?:much |just )?as (?:one|a careful \w+|an? \w+|any \w+) (?:builds|files|stacks|sorts|would|does|keeps|arranges)\b[^.;!?]*|^in the interests? of (?:good order|tidiness|neatness|order|clarity|"
     r"safety)[,:]?\s*|,?\s*as a matter of (?:simple |plain |public )?record,?", ""),
    (r",\s*by (?:rights|long custom|tradition)(?: and by (?:long )?custom)?,\s*", " "), (r"\bi should (?:very much |much |so )?like\b", "i would like"),
    (r"\b(?:within|in|into) its counterpart\b", "in that bowl"),
    # a mechanic's, an artist's, a retiree's: "That's how this one's meant to be assembled.", 'Pull it off and put it in W', 'Match the parts up: ...',
    # 'I want a clean, empty table to start over.', '..., I want the bowl bare', "..., I've just got that how I like it", '..., a small column right at the centre'
    (r"[.;]\s*that(?: is|'s| s) how (?:this|it|they|that)(?: one)?(?:'s| s| is|'re| are)? (?:(?:meant|supposed) to|should) (?:be )?(?:assembled|go|look|built|fit)\W*$|^match (?:the )?(?:parts|pieces|things) up\s*[:,-]\s*|"
     r"[.;]\s*i (?:want|need|would like) an? (?:clean|clear|empty|fresh|tidy)(?:,? (?:clean|clear|empty|fresh|tidy))* (?:table|slate|workspace)(?: to (?:start over|start again|begin again|start fresh|work on))?\W*$|"
     r",\s*i want (?:the|that|this) bowl (?:bare|empty|clear|clean)\W*$|[,.;]\s*i(?: ve| have)? (?:just )?(?:got|set|arranged) (?:that(?: one)?|it|them|those) (?:just )?(?:how|the way) i (?:like|want) (?:it|them)\W*$|"
     r",\s*an? (?:(?:small|little|tiny|neat|short) ){1,2}(?:column|tower|stack|pillar)(?: (?:right )?(?:at|in) the (?:centre|center|middle))?\W*$", ""),
    (r"\b(?:pull|yank|knock|slide) (the [\w ]+?|it) off,? and (?=(?:put|place|drop|set|move|stick|pop|bin|throw|toss)\b)", r"take \1 off and "),
    # an influencer's: 'sparkle emoji', 'heart eyes', 'robot bestie', "I'm literally obsessed with the idea of X on Y", '..., literally my fave,', "it's literally perfect"
    (r"[,.!]?\s*(?:(?:\w+ ){0,2}emojis?|heart eyes|crying face|(?:sparkle|fingers crossed)(?: sparkle)*)(?=\s*(?:[.!?,]|$))|\b(?:robot )?bestie\b,?|,\s*(?:literally )?(?:my|our) (?:fave|favou?rite)(?: one)?(?=,)|"
     r",?\s*(?:it s|its|it is|they re|theyre|they are) (?:literally |just |so )*(?:perfect|iconic|everything|goals|the whole aesthetic)(?=\s*(?:[.!?,]|$))|,?\s*that s (?:literally )?the whole aesthetic\b", ""),
    (r"^(?:i(?: am| m)|i ve been) (?:literally |totally |so |really |lowkey )*(?:obsessed with|in love with|dreaming of|loving|living for) the idea of (the \w+ block) (?=on top of|on|in|at|inside)", r"i want \1 "),
    # a granny's, a DJ's, a cabbie's, a manager's, a gardener's: 'gather up all the blocks in the bowls and set them out on the table', '..., smooth like a crossfade',
    # 'Hook X up with its twin', '..., guv, no two ways about it', 'has gotta be sitting in W, that's its spot now', 'W is out of scope, no changes to it', 'Layering it up like mulch.'
    (r"\b(?:gather|collect|round) up (all the blocks|the blocks|everything|all of them)((?: that are)? (?:in|from) (?:the|all the) bowls)?,?(?: (?:dear|love|darling|sweetheart|pet),)? and (?:set|put|lay|place) them (?:out |down )?(?=on )",
     r"put \1\2 "),
    (r"[.;]\s*i want to (?:have|take|get) a (?:good |proper |closer )?look at (?:them|it|those)\W*$|,\s*(?:smooth|nice and smooth|slow|easy|clean) like an? \w+\W*$|[.!]\s*mix it in\W*$|"
     r",?\s*\bguv\b|,?\s*no two ways about it\b|,?\s*that(?: is| s) (?:its|their) (?:spot|place|home|new home|new spot)(?: now)?\W*$|[.;!]\s*(?:layering|building|piling) it up like \w+\W*$", ""),
    (r"\bhook (the \w+ block) up with its (?:twin|match|partner|buddy|mate)(?:,? the bowl (?:that s|that is|of) the same colou?r)?", r"put \1 in its matching bowl"),
    (r"\bout (?:of )?the way (?=in(?:to)? the bin\b)|,?\s*(?:it s|its|it is|that s) a (?:perfectly )?(?:good|nice|fine|lovely) (?:block|one)\W*$|,?\s*i (?:put|placed|set) (?:it|them) there myself\W*$", ""),
    (r"(?:^|(?<=[.;?!] ))only (?=leave (?:the \w+ block|it) (?:be|alone)\b)", ""),  # a nan's 'Only leave X be, it's fine where it is, I put it there myself.'
    (r"\b(?:has|have) (?:gotta|got to|has to|have to) be (?:sitting |resting )?(?=in |on |at )", "should be "),
    (r"[.;]\s*(the \w+ bowl) is out of scope(?:,? no changes to it)?\W*$", r", and leave \1 as it is"),
    # a singer's, a poet's and an uncle's: 'Oh, how I'd love to see X nestled in W!', '..., a little trio singing together!', 'those two stay on stage', 'oh let it dance all the way to P',
    # 'Let every block ... drift down into the bin; leave the bowls to dream.', 'Let no block linger on X; leave it bare beneath the sky.', proverbs ('slow and steady wins the race', 'easy as pie')
    (r"\b(?:nestled|snuggled|cradled|asleep|sleeping|dozing) (?=in |inside |on )|,\s*an? (?:little |happy )?(?:trio|duo|quartet|choir|band) [^,.;!?]*|,?\s*(?:my dear|my love|my darling)(?=\s*(?:[.!?]|$))|"
     r"[.;!,]?\s*(?:slow and steady wins the race|easy as pie|if it (?:ain['\u2019 ]?t|is not|isn['\u2019 ]?t) broken?,? (?:don['\u2019 ]?t|do not) fix it|that['\u2019 ]?s all she wrote|just saying|leave it bare beneath the sky)\W*(?=$|[.;!?])|^the way i see it,\s*|"
     r",?\s*and that(?:['\u2019 ]?s| is) all she wrote\b|,?\s*we (?:need it not|do not need it|don['\u2019 ]?t need it) any ?more\b", ""),
    (r"\b(those|these|the) two stay on stage\b", r"\1 two stay where they are"), (r"\b(leave (?:the \w+ block|it|them)) (?:resting|sitting|lying|standing) (?=(?:just |right |exactly )?where\b)", r"\1 "), (r"\b(?:oh,? )?let (it|them) (?:dance|waltz|glide|float|drift|sail|fly|twirl)(?: all the way)? (?=to |into |in |onto |on )", r"put \1 "),
    (r"\blet ((?:every|each|all the) (?:\w+ )?blocks?(?: (?:still |that is |that are )?(?:standing|sitting|lying|resting) on the table)?) (?:drift|float|fall|tumble|sink)(?: down)? (?=into |in )", r"put \1 "),
    (r"\bleave the bowls to (?:dream|sleep|rest)\b", "leave the bowls as they are"), (r"\blet no block (?:linger|rest|sit|stay|sleep) on (the \w+ block)\b", r"nothing should be on \1"),
    (r"^sure would make my day if\b", "it would make my day if"), (r"\bgather (one|two|three|four) blocks (?=into |in )", r"put \1 blocks "),
    (r"\blet (every|each) block find (?:the bowl of its (?:own )?colou?r|its (?:own |matching )?bowl)\b", "put every block in its matching bowl"),
    (r"^the block (?:waiting|sitting|standing|lingering|resting) (nearest|closest to) (the \w+ bowl)(?:,[^:]*)?\s*[:,]\s*bring it (?:inside|in|home)\W*$", r"put the block \1 \2 in \2"),
    # a grandpa's, a carpenter's, a professor's, a comedian's and a nan's: '..., to my way of thinking', 'It would please me no end to see ...', 'I don't care to see X lying in W any longer',
    # '..., square on top', '..., nice and plumb', 'were to end up', '..., whichever you prefer, ... Two, mind you, not more.', "That's not a question, that's a prophecy.", 'X has tenure.'
    (r",?\s*to my (?:way of thinking|mind)\b|,\s*(?:square|dead|bang) on top\b|,\s*nice and (?:plumb|level|straight|square|neat|tidy|snug)\b|,\s*whichever (?:ones? )?you (?:prefer|like|choose),|"
     r"[.;!?]\s*(?:one|two|three|four),? mind you,? not (?:more|less|fewer|one more)\W*$|[.;!]\s*that(?: is|'s| s) not a question,? that(?: is|'s| s) an? (?:prophecy|promise|order|fact)\b[.!]*(?:\s*make it come true\W*)?|"
     r"[.;!]\s*(?:the \w+ block|it) has tenure\W*$|[.;!?]\s*it makes me (?:nervous|anxious|worried|uneasy)(?: up there| like that)?\W*$", ""),
    (r"^it would please me (?:no end|greatly|very much|enormously|so much) to see\b", "i would like to see"), (r"\b(?:were|was) to end up\b", "ended up"),
    (r"^i (?:do not|don t) care to see (the \w+ block)(?: (?:lying|sitting|resting|standing))? (in|on) (the \w+ (?:bowl|block))(?: any (?:longer|more))?", r"\1 should not be \2 \3"),
    (r"\bthat block that(?: is|'s| s) perched (?=on top of|on )", "the block "),
    # a podcaster's tangents: 'random thing, but ...', '..., and this is kind of my whole vibe today, ...', 'I'm weirdly attached to these blocks'
    (r"^(?:(?:okay|ok|so|alright|right),? )*(?:random thing|quick thing|one thing|small thing|random question|(?:dumb|silly|stupid|quick) question),? (?:but )?", ""),
    (r"(?:^|(?<=[.;] ))(?:one|two|three),\s*(?=\w)", ""), (r"\b(?:and )?(?:while|whilst) (?:we|you) are (?:at it|looking|there|checking|counting),?\s*", ""),
    (r"(?:,\s*|^|(?<=[.;] ))(?:and )?this is (?:kind of |sort of )?(?:my|the|a) [\w ]+?,\s*", lambda m: " " if m[0].startswith(",") else ""),
    (r"[.;,]\s*(?:just (?:that|this) one(?: block)?|(?:that|this) one block)(?:,? (?:that s|that is) all(?: i need| i want)?(?: right now| for now)?)?(?:,? please)?(?=\s*(?:[.;!]|$))", ""),
    (r"[.;,]\s*(?:it )?(?:does not|doesn t) matter which (?:block|one) goes where,?(?: (?:i am|i m) (?:honestly )?not (?:picky|fussy)(?: about (?:that|it|that part))?)?(?=\s*(?:[.;!]|$))", ""),
    (r"[.;]\s*(?:i am|i m) (?:weirdly |really |kind of )?(?:attached to|fond of) (?:all of )?(?:these|the|those|them|my)(?: blocks)?(?=\s*(?:[.;!]|$))", ""),
    (r"[.;]\s*i like (?:it|them) there,? (?:it|they) (?:has|have|s got|has got|ve got) (?:good|great|nice) (?:energy|vibes)(?=\s*(?:[.;!]|$))", ""),
    (r"[.;]\s*colou?r coordination,? (?:love it|nice|yes)(?=\s*(?:[.;!]|$))", ""),
    (r"^(?:(?:chat|so|ok|okay|right),? )*(?:we are|we re|let us) (?:doing|going for|going with|aiming for) (?=(?:exactly |just |only )?(?:one|two|three|four) blocks? (?:in|into) )", "make it "),  # a streamer's
    (r"(?<=[.;!] )(?:chat,? )?(the \w+ block) (?:is|s) (?:my|the|our) (?:lucky|favou?rite|special|precious) (?:block|one)(?:\s+(?:lol|haha|xd))?\W*$", ""),  # .... chat the blue block is my lucky block lol.
    (r"^(?:(?:chat|so|ok|okay|right),? )*(?:we are|we re) (stack|putt|mov|binn|plac|dropp|build|sort|clear|empty)ing (?=(?:the|all|every|everything)\b)",
     lambda m: {"putt": "put", "mov": "move", "binn": "bin", "plac": "place", "dropp": "drop"}.get(m[1], m[1]) + " "),  # a streamer's 'chat we're stacking X on Y ...'
    (r"^(?:(?:ok|okay|so),? )*(?:chat|the chat) (?:wants|want|would like) to know,? ", "tell me "),  # a streamer's 'chat wants to know how many ...'
    (r"^(?:(?:chat|ok|okay|so),? )*(?:chat )?(?:you voted for it|you asked for it|by popular demand),? (?:so )?(?:here we go|let s go|let us go)?,?\s*", ""),  # 'chat you voted for it so here we go, ...'
    # a trucker's radio ('Breaker one-nine, ...', '..., good buddy', '..., over.', 'Ten-four.', 'haul X on over to', 'drop it on in there'),
    # a Filipino speaker's 'po' and 'na' and a Thai speaker's 'ka'
    (r"\b((?:i|we) (?:would|d)|i'd|we'd) (?:sure|surely|certainly) (?=(?:like|love)\b)", r"\1 "),  # "I'd sure like to see ..."
    (r"\b(?:just|only) (one|two|three)((?: blocks?| cubes?) (?:in|into) (?:each|every) bowl)\b", r"exactly \1\2"),  # 'just one block in each bowl': before 'just' is dropped
    (r",?\s*\b(?:straight red|back of the net|top bins|off you go|get in|what a goal|clean sheet)\b!*", ""),  # a football fan's chants
    (r"\b(?:empty (?:every|each|all the) bowls?|(?:every|each|all the) bowls? emptied)(?: out)?,?\s*with (?:all )?(?:of )?(?:their|its) blocks (?:set |put |placed |laid )?(?:out )?"
     r"on the table(?: instead)?\b", "empty every bowl onto the table"),  # 'every bowl emptied out, with all of their blocks set out on the table'
    (r"\b(build|make|stack) (a|the) (tower|stack|pile) (?:quick(?:ly)?|fast)\b", r"\1 \2 \3"),  # a runner's 'build a tower quick - X at the bottom, ...'
    (rf"\b(do not|never)(?: you)?(?: go| be) ({'|'.join(GERUNDS)})\b", lambda m: f"{m[1]} {GERUNDS[m[2]]}"),  # a fisherman's "don't you go tossing anything"
    (r"(\b(?:leave|let) the \w+ (?:bowl|block) be),?\s*(?:just )?(?:as|like|how) (?:she|he) (?:is|be|lies|sits)\b", r"\1"),  # a fisherman's 'leave V be, just as she is'
    # a manager's 'Please action moving X ...', 'action a colour sort', 'going forward'
    # a sportscaster's 'Here's how this one ends, folks: ...! Make it happen!', 'What I want to see, folks, is X touching down in P! Can it be done?'
    (r"^here(?: is|s|'s) how (?:this|it) (?:one )?(?:ends|finishes|goes)(?:,? folks)?\s*[:,]\s*|(?<=\bto see),\s*folks,|[.;!]\s*(?:make it happen|can it be done|let s go|here we go)\W*$", ""),
    (r"\b(?:sitting|standing) pretty\b", "sitting"), (r"\btouching down (?=in|on|at)\b", ""),
    (r"^whoever(?: is|'s| s) (closest|nearest|furthest|farthest) (?:to )?(the [\w ]+?),\s*that(?: is|'s| s) our (?:player|guy|winner|man|pick)[.!]+\s*that block\b", r"the block \1 to \2"),
    (r"\bis making its move (?=onto|into|to)\b", "goes "), (r"[.;!]\s*and (the \w+ block)\?\s*it(?: is|'s| s) (?=staying|going to stay|stays)", r" and \1 is "), (r",?\s*(?:folks,?\s*)?not moving an inch\b", ""),
    # 'Whoever's closest to W, that's our player! That block goes ...', 'X is making its move onto Y! And Z? It's staying right where it is, not moving an inch!'
    (rf"\b(?:please )?action (?:the )?({'|'.join(GERUNDS)})\b", lambda m: GERUNDS[m[1]]), (r"\b(?:please )?action (?:a|the) colou?r sort\b", "sort the blocks by colour"),
    (r"(?:^|,\s*|(?<=[.;!] ))going forward\b,?\s*", " "),
    (r"^(?:breaker,? )?(?:breaker )?one[- ]nine\b\W*", ""), (r",?\s*\bgood buddy\b", ""),
    (r"(?:[,.;!]\s*(?:ten[- ]four|over and out|copy(?: that)?|roger(?: that)?|over)\b)+\W*$", ""),
    (r"\bhaul (.+?) (?:on )?over to\b", r"move \1 to"), (r"\b(it|them) on in\b", r"\1 in"), (r"\b(?:just )?the way (?:she|he) is\b", "as it is"),
    (r"\b(?:do not|don't|don t|dont) (?:you )?(?:lay a finger on|so much as touch)\b", "do not touch"),
    (r"\s+(?:po|na)\b(?=\s*(?:[,.!?]|$|pls\b|please\b|thank|but\b|then\b))", ""), (r",?\s+(?:ka|kha|krub|khrap)\b(?=\s*(?:[.!?]|$))", ""),
    # missing articles and 'same': 'in bowl with same colour as purple block', 'but not white block', 'the other blocks stay same place'
    (r"\bwith no same colou?r bowl\b", "with no matching bowl"),  # 'the blocks with no same colour bowl'
    (r"\bthe block (?:which|that) (?:has|is) (?:the )?same colou?r (?:as|like) the (\w+) bowl (?:into|in) (?:that|this|the same)(?: same)? bowl\b", lambda m: f"the {m[1]} block into the {m[1]} bowl"),
    (r"^(?:put|place|move) (?:in|into) the (\w+) bowl the block (?:which|that) (?:has|have|is)(?: the)? same colou?r (?:like|as|with) (?:this|that|the) bowl\b",
     lambda m: f"put the {m[1]} block in the {m[1]} bowl"),  # a learner's 'Put in W the block which has same colour like this bowl'
    (r"\b(blocks?) (?:which|that) (?:has|have) (?:the )?same colou?r (?:like|as|with) (?:some|a|any|one) bowl\b", r"\1 that matches a bowl"),  # 'every block which has same colour like some bowl'
    (r"\b(with|of|has|have|having|in|is|are) same (colou?r|bowl)\b", r"\1 the same \2"), (rf"\b(in|into|to) (?:the )?bowl (?:having |that has |which has |of )?(?:the )?same (colou?r) as (?=(?:the )?(?:{'|'.join(COLOURS)}) (?:block|cube)\b)", r"\1 the bowl with the same \2 as "),
    (r"\bblocks (with|having|that have) a same colou?r(?:ed)? bowl\b", r"blocks \1 a matching bowl"), (r"(?:(?<=colour )|(?<=color ))(as|like) (?=\w+ (?:block|bowl|cube)\b)(?!the |a |an |every |each |all |any |one |this |that )", r"\1 the "),
    (rf"\b(not|except|nor) (?=(?:{'|'.join(COLOURS)}) (?:block|bowl|cube)\b)", r"\1 the "),  # a list said without articles: 'X block, Y block, Z block'
    (rf"(?:^|(?<=, )|(?<=block and ))(?=(?:{'|'.join(COLOURS)}) (?:block|cube)(?:,|\s*$|\s+(?:in|on|into|onto|to|and)\b))",
     lambda m: "the " if rx(rf"(?:^|[,:;] )(?:{'|'.join(COLOURS)}) (?:block|cube)(?:, (?:the )?| and the )(?:{'|'.join(COLOURS)}) (?:block|cube)\b").search(m.string) else ""),
    (r"\b(stay|stays|remain|remains|be|keep|keeps) (?:in |at )?(?:the )?same (?:place|spot|position|positions|places)\b", r"\1 in place"),
    (r"\b(do not|dont|don t) (?:you )?(?:go |be )(touching|moving|disturbing|bumping|shifting)\b", lambda m: f"do not {m[2][:-3]}{'e' if m[2] in ('moving',) else ''}"),  # "don't you go touching X"
    (r"\bwhere (?:that|this|the other|the \w+) (?:one|block|cube) (?:was|used to be|had been|sat|stood)\s*,\s*(?=(?:on top of|onto|on|into|in|at)\b)", ""),  # 'put Y where that one was, on top of Z'
    (r"\b(stays?|remains?) put,? (?:right )?(?:where it is|there)\b", r"\1 put"), (r"\bsave and except\b", "except"), (r",?\s*as you (?:may|might|will|can|could) have (?:deduced|guessed|noticed|gathered|figured(?: out)?),?", ""),  # a lawyer's, a detective's
    (r"\b(one|two|three|four) (blocks?),\s*\1,\s*", r"\1 \2 "),  # said twice on the phone: 'three blocks, three, in W'
    (rf",\s*(?:yes,\s*)?(?:(off |on |onto |in |into )?the ({'|'.join(COLOURS)}) one|the ({'|'.join(COLOURS)}) (?:block|bowl),\s*yes)(?:,\s*yes)?(?=\s*(?:[,.;]|$))",
     lambda m: "" if rx(rf"\b(?:{m[1] or ''}the )?{m[2] or m[3]} (?:block|bowl)\b").search(m.string[:m.start()]) else m[0]), (r"(?<=,)\s*yes\s*,(?=\s*(?:in|on|into|onto|at|put|but|then)\b)", ""),  # 'the red block, the red one, yes, in ...'
    (r",\s*the one (?:sitting|resting|lying) on (the \w+ block)(?:,\s*yes)?(?=\s*,)", lambda m: "" if m[1] in m.string[:m.start()] else m[0]),  # 'X, the one sitting on Y, yes,'
    (r",\s*(?:into|in|onto|on) (the \w+ bowl)(?=,\s*the same colou?r)", lambda m: "" if m[1] in m.string[:m.start()] else m[0]), (r",\s*the same colou?r(?:,\s*yes)?(?=\W*$)", ""),
    (r"([.;]\s*)(?:in|on|at|into) the (middle|table|top left corner|top right corner|bottom left corner|bottom right corner)(?: of the table)?(?:,\s*yes)?\W*$",
     lambda m: "" if f"the {m[2]}" in m.string[:m.start()] else m[0]),  # '... in the middle. In the middle of the table.': said again
    (r"(?<!\bin )(?<!\binside )\b(the (?:(?!the\b)\w+ ){0,3}?(?:blocks?|bowls?|ones?|cubes?|rest|others)(?: \w+)?),? you (?:can |should |must )?(leave|keep)(?: (?:it|them|him|her))?\b(?! (?:the|a|all|every|each)\b)", r"\2 \1"),  # 'the cyan block you leave exactly where it is', 'The bowls you can leave alone'
    (r"\bhold (the \w+ block) in (?:position|place)\b", r"leave \1 where it is"), (r"\bnegative on the bin,?\s*(?=(?:do not|don t|dont) )", ""),
    (r"\bwhat i (?:should|would|d) (?:really )?like (?:most of all|more than anything|best of all)\b,?(?: my dear,)?", "what i would like"),
    (r"\bis for (the \w+ block) to be (?:sat|set|put|placed|sitting|resting|standing) ", r"is \1 "),  # 'What I should like is for X to be sat on top of Y'
    (r"^i (?:should|would) be (?:so |ever so |very )?(?:pleased|happy|glad|grateful),?(?: dear,)? if (each|every|all) (?:of )?(the \w+|bowls?)\b( had| have| held| contained)?", lambda m: f"{m[1]} of {m[2]}{' should have' if m[3] else ''}"),
    (r"\b(one|two|three|four|any two|any one|any three)(?:'ll| ll) do\b", r"\1 will do"), (r";\s*it may go anywhere you (?:please|like|want),? with the (?:one |sole |only )?exception of the bin\b", ", but not into the bin"),
    (r"\bdo not change the position of any other block\b", "leave every other block where it is"),
    (r"[.;]\s*except (the \w+ block),? (?:it|that one) (?:stays|remains)(?: put| where it is| there)?(?=\s*(?:[.;!]|$))", r" except \1"),  # 'Empty W. Except X, it stays.'
    # a German order: 'the block that on X lies', 'into the bin put it', 'the green block where it is leave'
    (r"\bthat (on|in|under|on top of) (the \w+ (?:block|bowl)) (?:lies|sits|stands|rests|is)\b", r"that is \1 \2"), (r",\s*(into|in|onto|on) (the \w+(?: \w+)?) put (it|them)\b", r", put \3 \1 \2"),
    (r"\b(the \w+ block) where it is leave\b", r"leave \1 where it is"),
    # a board-game fan's pieces and squares, a gardener's pots, a shop's display, a builder's 'stuck on'
    (rf"\b((?:{'|'.join(COLOURS)}) |the |a |another )piece\b", r"\1block"), (r"\bthe pieces\b", "the blocks"), (r"\b(corner|middle) square\b", r"\1"), (r"\bpots\b", "bowls"), (r"\bpot\b", "bowl"),
    (r"\bplant (?=(?:it|them|the \w+ block|every block|each block|all the blocks)\b)", "put "), (r"\b(?:rooted|planted) (?=where)", ""), (r"\bthe potted ones\b", "the blocks in bowls"),
    (r"\bon (?:show|display) (?=(?:in|at|on|into)\b)|,? on (?:show|display)(?=\W*$)", ""), (r"\b(the \w+ bowl) display\b", r"\1"), (r"\bstuck (?=on\b)", ""), (r"\bem\b", "them"), (r"^(?:please,? )?may you\b", "please"),
    (r"\band at last\b", "and finally"), (r"\bpull (the \w+ block|it) out(?: like an? \w+)? and (?=(?:toss|throw|put|drop|chuck|bin|pop)\b)", r"take \1 and "),
    (r"^i would like (?:very much )?that ((?:the \w+ block, )*the \w+ block,? and the \w+ block) make (?:one|a|a single) (tower|stack)(?: together)?\b", r"i would like \1 in one \2"),
    # a scientist's passive: 'X is to be removed from W and placed on the table', 'X is to remain unmoved'
    (r"^(the \w+ block) is to be (?:removed|taken) (?:from|out of) (the \w+ bowl) and (?:placed|put|set) (on|in|into|onto) ", r"take \1 out of \2 and put it \3 "),
    (r"\bis to be (?:placed|put|set|moved|deposited) (in|into|on|onto|at|to)\b(?! such\b)", r"should be \1"), (r"\b(is|are) to remain (?:unmoved|in place|untouched)\b", r"\1 to stay where it is"),
    (r"\bshall contain\b", "should contain"), (r"^at the conclusion of the procedure,?\s*", ""),
    (r"\b(?:is|are) not to (?=(?:go|sit|stay)\b)", "should not "),  # 'X is not to go in there'
    # a tour driver's: 'will now board that bowl', 'proceed to', 'is transferring to'
    (r"\b(?:will now )?(?:board|proceed to|is transferring to|are transferring to|will now move to|will now go to)(?= the\b)", "go to"),
    (r"\bevery other block,? (?:unchanged|untouched|stays put|as is)\b", "leave every other block where it is"),
    # a sceptic's dare: 'Bet you can't X.', "let's see if you can X", 'Prove me wrong.', "Not convinced you'll manage it, though."
    (r"(?:^|(?<=[.;!] ))(?:i )?(?:bet (?:you|ya|u) (?:can ?not|can'?t|can t|could ?not|couldn'?t|couldn t|won'?t|won t|will not)|(?:let'?s|let us|lets) see (?:if|whether) (?:you|u) can)"
     r" (?:even |actually |really )?", ""),
    (r"(?:^|[.;!]\s*)(?:prove me wrong|go on(?: then)?|(?:i )?bet (?:you|ya) (?:\w+ )?the wrong (?:ones?|blocks?)|not (?:convinced|sure) you(?:'ll| ll| will)? manage(?: it)?"
     r"(?:,? though)?|show me what you(?:'ve| ve| have) got)\W*$", ""),
    (r"^(?:work out|figure out|find out|spot) which (block|bowl) is (?=(?:the )?(?:nearest|closest|furthest|farthest|leftmost|rightmost)\b[^.;]*[.;]\s*\w)", r"find the \1 "),
    # a professor's: 'one might X', 'X ought, I think, to be Y', asides ('at your leisure', 'for the sake of symmetry', 'I should stress',
    # 'whichever it may happen to be', 'which I have arranged just so'), 'initially ...; thereafter ...', 'where everything else ends up is of no concern'
    (r"(?:^|(?<=[.;] ))(initially|first(?:ly)?),? one (?:might|could|may|should) ", "first "), (r"[.;,]\s*thereafter,?(?: and only thereafter,?)? ", "; then "),
    (r"\bought(?:,? (?:i (?:should|would) (?:think|say)|i think|i believe|i suppose|perhaps|surely),?)? to (?=be|go|stay|end|sit|rest)\b", "should "),
    (r"(?:,\s*(?:at your (?:leisure|convenience)|for the sake of (?:\w+ ){0,2}?\w+|i (?:should|must|would) (?:stress|add|note|say)|put simply|in short|if you will|"
     r"(?:whichever|whatever) (?:one )?(?:it|that|they) (?:is|are|(?:may|might) (?:(?:happen|prove|turn out) to )?be|(?:turns|turn|happens|proves) out to be|happens to be|proves to be)|which i have (?:arranged|placed|set|put) (?:just so|carefully|with care|just right)|"
     r"and i (?:do )?apologi[sz]e for [^,]+|if you would indulge [^,]+|and i(?: have|'ve| ve) (?:thought|been thinking) (?:about|over) (?:it|this)(?: \w+){0,3}))+,", lambda m: " " if rx(r"\s*(?:is|are|should|ought|goes|go|gets|must|needs|has|can|will|shall|entirely|completely|quite|undisturbed|untouched|alone|where|as)\b").match(m.string, m.end()) else ","),
    (r"^(?:i wonder (?:whether|if) you (?:might|could|would)|one (?:might|could|may|should|would do well to))(?:,? (?:i think|i suggest|perhaps),?)?,? ", ""),
    (r"[;,.]\s*where (?:everything|the rest|the others|all the others)(?: else)? (?:ends up|goes|lands)[^.;]*?(?:no concern|not matter|irrelevant|not important|indifferent)[^.;]*", ""),
    (r",\s*where,? (?:one might argue|i think|arguably|i suspect),? it (?:would|will|might) be [^.;]*", ""), (r"\bthat very (bowl|block)\b", r"that \1"),
    (r"\bin one bowl or another\b", "in a bowl"), (r",?\s*so that (?:not a single|no|not one) block (?:remains|is left|stays|sits) (?:outside|out of) (?:a|any) bowl\b", ""),
    (r"\bwith the (?:sole|single|one|only) exception of\b", "except"),
    (r",? depositing (?:its|their) contents (?:in|into) the bin\b", " into the bin"), (r"\bwhile leaving\b", "and leave"), (r"\b(?:quite|perfectly|utterly) (?=(?:undisturbed|untouched|alone|as it is|where it is)\b)", ""), (r",\s*whil(?:e|st) (?=(?:the|those|any|every|all|each)\b[^.;]*\b(?:go|goes|should|are to|is to|put|placed)\b)", ", and "),
    (r"^i find myself wondering,?\s*", ""),
    # a child's: 'i want a big tower!! X on the bottom then Y then Z on the very top', 'just one in each bowl not more'
    (r"^((?:i want(?: to)?|i d like(?: to)?|i would like(?: to)?|let s build|let s make|build|make|my goal(?: for today| today| here)? is|what i want is)(?: me)?(?: make| build)? (?:a|one) "
     r"(?:big |tall |nice |huge |giant |really big |little |small )?(?:tower|stack))(?: on the table)?\.\s+(?=the \w+ (?:block|one) (?:goes |sits |is )?(?:on|at) (?:the )?(?:bottom|base)\b)", r"\1, "),
    (r"\b(?:just|only) (one|two|three) (?:blocks? )?(in|into|per) (each|every) bowl,? (?:and )?(?:no|not) more\b", r"exactly \1 \2 \3 bowl"),
    (r"\b(should|can|could|gotta|has to|needs to|must) (?:totally |just |really |like )?(?:chill|hang out|hang|relax|lounge|kick back|vibe)(?: out)? (?=(?:in|on|at|inside)\b)", r"\1 be "),  # a surfer's
    # a minimalist's 'X not on Y'; a Japanese speaker's 'Blocks in W please do not move, they are fine like this', 'Blocks which have no same colour bowl, please put in the bin'
    (rf"^(?:the )?((?:{'|'.join(COLOURS)}) (?:block|cube)) not (on|in|on top of|inside) (?:the )?((?:{'|'.join(COLOURS)}) (?:block|bowl)|table)\W*$", r"the \1 should not be \2 the \3"),
    (r"(^|[.;] )(?:the )?(blocks? (?:in|on) (?:the )?\w+ (?:bowl|block)),? please (do not|don t|never) (move|touch)\b", r"\1please \3 \4 the \2"),
    (r"(^|[.;] )(?:the )?blocks? (?:which|that) (?:have|has) no (?:the )?same colou?r bowl,? (?:please )?(put|move|throw) (?:them |it )?(in|into) the bin\b", r"\1\2 every unmatched block \3 the bin"),
    (r",\s*(?:they are|they re|it is|it s) (?:fine|ok|okay|good|happy) (?:like this|as they are|as it is|where they are|where it is|there)\W*$", ""),
    (r"\bshould only have (?=the \w+ block)", "should have only "), (r"[.;,]\s*could you sort (?:that|it|this) out(?: for (?:her|him|me|us|them))?\W*$", ""),
    # a Polish speaker's 'but X leave on its place'; a Portuguese speaker's 'in top of', 'X let stay where he is', 'move X for W'; an Indian English
    # 'at the bottom itself', 'where it is only', 'Any two you can take, no issue'
    (r"\b(but )?(?:the )?(\w+) block (?:(?:leave|let stay|let it stay|stays?) (?:on|in|at) (?:its|his|her) place|let (?:it )?stay where (?:he|she|it) is)\b",
     lambda m: f"{m[1] or ''}leave the {m[2]} block where it is"),
    (r"\bin top of\b", "on top of"), (r"\b(move|put|take|bring) (the \w+ block) for (?=the (?:\w+ \w+ corner|middle|bin|table|\w+ bowl)\b)", r"\1 \2 to "),
    (r"\b(bottom|top|table|middle|base) itself\b", r"\1"), (r"\bwhere (it is|they are) only\b", r"where \1"),
    (r"[.;,]\s*any (?:one|two|three|blocks?|ones?)(?: you (?:can|may) (?:take|use|pick|choose))?,? (?:(?:it )?(?:is|s) not important which(?: ones?)?|no (?:issue|problem))\W*(?=$|[.;])", ""),
    # a manager's 'By end of task,'; a gamer's 'noob question but', 'its in the wrong spot rn', 'step 1 ..., step 2 ... ez'; a chef's 'plated', 'Clean, please.'
    (r"^by (?:the )?end of (?:the )?(?:task|day|job|session),?\s*", ""), (r"^noob question,? (?:but |so )?", ""),
    (r"[.;,]\s*(?:it s|its|it is) in the wrong (?:spot|place)(?: rn| right now| now)?\W*$", ""),
    (r"^(?:ok |okay |so )?step 1\s+(?=\w)", "first "), (r",\s*step 2\s+(?=\w)", ", then "), (r"[.;,!]\s*(?:ez|gg|ez pz|easy peasy)\W*$", ""),
    (r"\bplated (?=(?:in|on|into|onto)\b)", ""), (r"[.;]\s*clean,? please\W*$", ""),
    # a sailor's 'on deck (the table, that is)', 'the cargo of W', 'be quick about it', 'Aye aye.', 'shipshape and proper', 'skipper'
    (r"\bon deck\b(?:\s*[(,]\s*(?:on )?the table(?:,? (?:that is|i mean))?\s*[),]?)?", "on the table"), (r"\bthe (?:cargo|load) of (the \w+ bowl)\b", r"everything in \1"),
    (r",?\s*and (?:be quick about it|look lively|step lively|jump to it|step to it|make it snappy)\b|[.;,!]\s*aye,? aye(?:,? (?:sir|skipper|captain|cap n))?\W*$|,?\s*shipshape(?: and (?:proper|bristol fashion))?\b|,\s*(?:skipper|sailor|captain)\b", ""),
    (r"^(?:all hands|report,? sailor)\s*[:!,.]\s*", ""),
    # an aunt's 'it's perfectly fine where it is, bless it'
    (r",\s*(?:it s|it is|its) (?:perfectly |quite |just )?fine (?:where it is(?: at)?|as it is|there)\b|,?\s*bless (?:it|you|her|him|them)\b", ""),
    # an exacting speaker's: 'X, Y and Z form one tower: ...', '... Z on top with nothing above it', 'every other block exactly where it is now', ', where X was'
    (r"(?:^|(?<=, ))(?:the \w+ block,? )+and the \w+ block (?:form|make|build|become) (?:one|a|a single) (tower|stack)\s*[:,]\s*", r"build a \1: "),
    (r"(\bon top),? with nothing (?:above|on top of|on) it\b", r"\1"), (r"(?<=, )(?:and )?every other block (?:exactly )?where it is(?: now)?\b", "and leave every other block where it is"),
    (r",\s*where (?:the \w+ (?:block|one)|that one|it) (?:was|used to be|had been)(?=\s*(?:[.;]|$))", ""),
    (r",?\s*with (?:whatever is|everything that (?:was|is)|everything|all that (?:was|is)|what (?:was|is)) in it (?:put (?:away )?|going |moved |sent )?(?:in|into) the bin\b", " into the bin"),
    (r"^((?:every|each|all(?: the)?) (?:blocks?|ones?) (?:in|inside) the \w+ bowl),? (?:out|come out) and (?:onto|on|on to) (the table|the \w+ \w+ corner|the middle)\b", r"take \1 out and put them on \2"),
    (r"\bmake (exactly |only )?(one|two|three|four) blocks? to be (?=in|on)\b", r"put \1\2 blocks "),  # a Korean speaker's 'make exactly two blocks to be in W'
    # a bookkeeper's 'nothing left behind', 'stays as it stands: nothing in, nothing out', "don't write it off"; a comedian's 'Settle a bet for me ...:'; a nurse's
    # 'X needs to come out of W and rest on the table'
    (r"[.;,]\s*(?:all of them,? )?(?:nothing|none) left behind\W*$|[:,;]\s*nothing in,? nothing out\b|^settle a bet(?: for me)?[^?]*?[:,]\s*(?=(?:how|what|which|where|is|are|does|do)\b)", ""), (r"\bas (it|they) stands?\b", r"as \1 is"),
    (r",? but (?:do not|don t|don't) write it off\s*[:,;]\s*", ", but "),
    (r"^(the \w+ block) (?:needs|has) to come out of (the \w+ bowl) and (?:rest|sit|go|be|stand) (on|in|at) ", r"take \1 out of \2 and put it \3 "),
    (r",\s*only not\b", ", not"), (r"\b(in|at|into|to) (?:any|one) of the corners\b", r"\1 a corner"),  # '..., only not in any of the corners'
    # a hairdresser's, a chef's, a tech enthusiast's, a cowboy's, an aunt's, a poet's, a pilot's, a comedian's and a shopkeeper's words
    (r",\s*(?:that|it|which)(?: would| d|'d)? (?:look|be) (?:so |really )?(?:gorgeous|lovely|great|nice|amazing|fab|fabulous|stunning|perfect|beautiful|cute|sweet|smashing|brilliant)(?=\s*(?:[.;!]|$))", ""),
    (r",\s*(?:ooh+|oh+|ah+|wow|gosh|golly),\s*", ", "), (r",\s*(?:lovely|perfect|brilliant|fab|gorgeous)(?=\s*[.!]?\s*$)", ""),
    (r"(\bno (?:blocks?|cubes?) in (the \w+ bowl)\b[^.;]*?)[,;.]\s*(?:i want|i d like|i would like) (?:that one|it|that bowl|the bowl) (?:completely |totally |entirely )?empty\b", r"\1"),  # '... I want that one completely empty'
    (r"\bthe block with the (?:smallest|shortest|least) distance (?:to|from) ", "the block closest to "), (r"(the \w+ bowl)\s*[:,-]\s*hands off\b|\bhands off (?:in |from )?(the \w+ bowl)\b", lambda m: f"leave {m[1] or m[2]} alone"),
    (r"\bpick(?: and |-and-| )place(?: request)?\s*[:,]?\s*source\s*=?\s*(the \w+ block),\s*target\s*=?\s*(the [\w ]+?)(?=\s*(?:[.;,]|$))", r"move \1 to \2"),  # 'Pick-and-place request: source = X, target = P.'
    (r"\b(?:all )?the contained blocks\b", "all the blocks in the bowls"), (r"\bstays? on its current (?:support|position|base|spot|place|location)\b", "stays where it is"),
    (r",\s*(?:as )?it (?:always has|always did|always has been|has always been)(?=\s*(?:[.;!]|$))", ""),  # 'X belongs on top of Y, dear, it always has'
    (r",\s*(?:a|an|like a|like an) (?:[a-z]+ ){0,3}(?:moon|star|sun|jewel|gem|pearl|king|queen|crown|island|boat|ship|bird|flower|cloud)\b[^,.;!]*(?=\s*(?:[.;!]|$))",
     lambda m: m[0] if rx(r"\b(?:block|bowl|bin|table|corner|middle)s?\b").search(m[0]) else ""),  # a poet's '..., a small moon on a brown sky'
    (r"\blet nothing (?:rest|sit|stand|lie|stay) (?:upon|on) (?:its (?:shoulders|head|top|back)|it)\b", "nothing should be on it"),
    (r"\b(?:and )?(?:at last |finally )?crown (them(?: both| all)?|it|the tower|the stack) with (the \w+ block)\b", lambda m: f"and then put {m[2]} on it" if m[1] == "it" else f"and then {m[2]} on top"), (r"\bthe said (bowl|block)\b", r"that \1"),
    (r"^negative,?\s*", ""), (r"(?:^|(?<=[.;!] ))no (?:piggyback rides|piggybacks|monkey business|funny business)(?: on my table| here| allowed| please)?\W*$", ""),
    (r"^target (the [\w ]+?)[.;]\s*(?:relocate|move|put|place|send|take) (?:it|that one) ", r"move \1 "),  # a pilot's 'Target X. Relocate it to P.'
    (r",\s*(?:that|it|which)(?: s|'s| is)(?: (?:on display|on show|for sale|sold|reserved|precious|special|my favourite|my favorite))?(?=\s*(?:[.;!]|$))", ""), (r"\b(?:and )?for the (?:grand )?finale,? ", "and finally "),
    (r"\bgo home to its (?:own )?bowl,? (?:the one (?:of )?the same colou?r|the matching one)", "go in its matching bowl"), (r"[.;!]\s*(?:they|it)(?: have| ve|'ve| has| s)? been apart (?:too long|for too long|long enough)\W*$", "."),
)
