"""Figures of speech for the moves, each said as the sentence the clause reader knows: a block's home is the bowl of its
colour ('take X home', 'X goes home to W', 'X is back home'); bed, sleep and rest are a place to lie ('put X to bed in W',
'let X lie down flat on the table', "don't wake X"); company and friends are sharing ('X looks lonely: let it join Y in
W', 'let X keep W company', 'let Y sit on X'); eviction is taking out ('evict every tenant of W', 'show X the door (the
table will do)'); digging and rescue are uncovering ('dig out X', 'bring X to safety in W'); and a hungry bin is fed
('feed the bin X', 'the bin's starter is X; for the main course, give it Y'). Read among `speech.SPEECH`'s rules,
before `sharing.SHARING`; `FIGURES_ASKED` says the same in questions."""

from __future__ import annotations

import re
from collections.abc import Callable

_B = r"(the (?:\w+ )?(?:block|cube|one)(?: (?:closest|nearest|furthest) to the \w+ bowl| (?:in|on|under|on top of) the \w+ (?:bowl|block))?|it)"
_HOME = r"(?:its own (?:\w+ )?bowl|the bowl (?:that matches|of) its (?:own )?colou?r|the bowl of its own colou?r|its matching bowl)"
_TAKE = r"(?:take|walk|send|bring|carry|get|guide|lead|escort|see)"
_LIE = r"(?:lie|lies|lying|lay|lays|laying) (?:down )?(?:flat )?|(?:take|takes|taking) (?:a )?(?:nap|rest) |(?:nap|naps|rest|rests|sleep|sleeps) "
_NAMED_HOME_RE = re.compile(r"\bhome is\b|\bcall(?:ed|s)? [^.;]+? home\b|\bhome (?:base|position|spot|corner)\b")  # a home the message names: not a bowl
_FEED = r"(?:feed|feeds|give|gives|serve|serves|offer|hand)"
_BIN = r"(?:the (?:hungry |starving |greedy )?bin|it)"

FIGURES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"\bthe bowl (?:that|which) (?:wears|shares|bears|carries|has) (?:its|their) (?:own )?colou?r\b", "the bowl of its own colour"),  # 'the bowl that wears its colour'
    (r"\bgather(?: up)? (?=(?:every|all|each|the)\b[^.;]*\b(?:in|from|out of) (?:the|a|their) bowls?\b[^.;]*\band (?:lay|put|set|place|pop|move|drop)\b)", "take "),  # 'gather every block in W and lay each one down ...'
    (r",\s*(?:as )?(?:gentle|soft|light|quiet|slow|quick|swift|steady|careful|smooth|still|calm|silent|graceful|easy|sure|safe) as an? [\w ]+?(?=\s*(?:[,.;!]|$))", ""),
    # a poet's 'Carry X, gentle as a falling leaf, into W'
    (r"\b(can|may|could|should|will|shall|must) (?:gently |softly |slowly |just )?(?:drift|float|wander|settle|sink|travel|journey|stroll|make (?:its|their) way|find (?:its|their) way)"
     r"(?: off| away| over| down)? (?=(?:into|in|onto|to|on)\b)", r"\1 go "),  # '... the ones with no matching bowl can drift into the bin'
    (r"\blet ((?:every|each|all|the) [^,.;]+?) (?:wander|drift|float|journey|travel|stroll|roam|make (?:its|their) way)(?: out)? (onto|on to|to|into|in) (?:the open |the wide )?",
     lambda m: f"put {m[1]} {'in' if m[2] in ('into', 'in') else 'on'} the "),  # 'Let every block that lies within W wander out onto the open table'
    (r"^all but (the \w+ block) (?:shall|should|must|will) leave (the \w+ bowl) and (?:journey|travel|go|head|wander|move|make (?:its|their) way) (?:to|into) (the bin|the table|the \w+ bowl)\b",
     r"put everything in \2 in \3 except \1"),  # 'All but X shall leave W and journey to the bin'
    (r",\s*(?:its|their) (?:closest|nearest|best|dearest|oldest) (?:companion|friend|neighbou?r|partner|pal)\s*(?=,)", ""),  # 'the block nearest X, its closest companion, ...'
    (r"\b(every|each|any) (?:block|one) (?:that|which) shares an? bowl(?:'s| s)? colou?r\b", "every matched block"),
    (r"\bgo(?:es)? home to (?:that|its|their|the matching) bowls?\b", "go in its matching bowl"),  # 'Let every block that shares a bowl's colour go home to that bowl'
    (r"\blet(?: s| us)? give (it|them|that one|the \w+ (?:block|one)) a (?:ride|trip|lift) (?:into|to|in) (the bin|the \w+ bowl|the table)\b", r"put \1 in \2"),  # "Let's give that one a ride into the bin"
    (r"^away with (the \w+ block)[.!;]\s*(?:into|in) (the bin|the \w+ bowl) (?:it|she|he) goes\b", r"put \1 in \2"), (r",?\s*and let (?:it|her|him) never return\b", ""),
    (r"^(the \w+ block) (?:yearns|longs|pines) for (the bowl of its own colou?r|its (?:own |matching )?bowl)[.!;]\s*(?:reunite them|bring them together)\W*$", r"put \1 in \2"),  # an actor's
    (r"\bthe (middle|centre|center) of the stage\b", r"the \1 of the table"), (r",?\s*(?:forgive me|sorry|pardon me|i mean),? the table\b(?=\s*[,.;!]|$)", ""),
    (r"[.;!]\s*(?:reunite them|bring them (?:back )?together)\W*$", ""),  # '... (forgive me, the table)!', 'Reunite them!'
    (r"\b(blocks?|ones?) (?:that|which) (?:dwells?|lives?|resides?|sleeps?|slumbers?|lies|lie|rests?) (in|on|inside|upon)\b", lambda m: f"{m[1]} that {'are' if m[1].endswith('s') else 'is'} {m[2].replace('upon', 'on')}"),
    (r",?\s*while (the \w+ block) (?:sleeps|rests|slumbers|stays|remains|lies|dreams)(?: undisturbed| untouched| in peace| quietly| on)?(?: (?:where|as) it (?:lies|is|sits|rests))?(?=\s*(?:[.;!]|$))",
     r", and leave \1 where it is"),  # a poet's '..., while Y sleeps undisturbed where it lies'
    (r"\blet (the \w+ block) follow (?:it|them|suit)(?: (?:there|in there|into it|in it))?\b", r"put \1 there too"), (r"\b(and|then),? last(?: of all)?,? (?!(?:one|block|two|three|of)\b)(?=\w)", r"\1 finally "),
    (r"^every (?:plant|flower|seed|bird|book|letter|thing) has (?:its|a|their) (?:bed|place|home|spot|nest|shelf|pot)(?:,? and |\s*[.;,]\s*)", ""), (r"^(the \w+ block)(?:'s| s) (?:bed|home|spot|nest|house|pot) is (the [\w ]+?)(?:\s*[;,.]\s*(?:so |and )?(?:send|put|take|move|bring|get) it (?:home|there)\b)?(?=\s*(?:[;,.]|$| and\b))", r"\1 goes to \2"),  # a gardener's beds
    (r"\b(?:plant|pot|repot)(?: up)? (?=(?:the|it|them|one|two|three|four|every|each|all)\b(?! \w+ bowl))|(?<!the )(?<!\w\w\w\w )\bbowl (?=(?:it|them|the \w+ block) (?:in|into) the\b)", "put "),  # a gardener's 'pot it in W' ('pot' mended to 'bowl')
    (r"\bclear the (?:old growth|weeds|clutter|mess|junk|old stuff) out of (the \w+ bowl),? (?:everything|all of it|the lot) (?:in(?:to)?|to) the bin\b", r"empty \1 into the bin"),  # 'clear the old growth out of W, everything into the bin'
    (r",\s*it(?:'s| s| is) (?:a|just a|only a) (?:small|little|tiny|big|wee) (?:pot|bowl|one)(?=\s*(?:[.;!]|$))", ""),  # '..., it's a small pot'
    (r"\bcome to (?:dwell|rest|live|sit|stay|lie|be)\b", "be"), (r",\s*(?:alone and )?at (?:peace|rest|ease)(?=\s*(?:[.;!]|$))", ""),  # 'X should come to dwell in W, alone and at peace'
    (r",?\s*(?:snug|cosy|cozy|safe|happy|comfy|warm|neat|tidy) as (?:a|an) [\w ]+?(?=\s*(?:[.;!]|$))|(?<=\bbe )(?:curled|tucked|snuggled|nestled|cuddled)(?: up)? (?=(?:in|into|on|inside)\b)", ""),  # 'X should be curled up in W, snug as a pup in its bed'
    (r"\b(block|one) (?:that|which) (?:crowns|tops|caps) (the [\w ]+?)(?= and\b|\s*[,.;]|$)", r"\1 on top of \2"),  # a poet's 'the block that crowns the tallest tower'
    (r"^(the [\w ]+?) is (the \w+ block)(?: s|'s) (?:(?:true|rightful|real|proper|own|one|only) )?(?:bed|home|spot|place|house|nest)[,.;]?\s*(?:(?:so )?(?:that s|that is|thats) where (?:\2|it) "
     r"|there (?:\2|it) )(?:should|must|ought to|has to|needs to|shall) (?:end up|go|be|live|stay|rest|sit|dwell)\b", r"\2 should be in \1"),  # 'The top left corner is X's bed, so that's where X should end up'
    (r"\b(?:(?:can|could|will|let) )?(every|each) (block|one) (?:(?:shall|should|must|will|is to) )?find (?:the|its) (?:bowl of its (?:own )?colou?r|matching bowl|own bowl|bowl (?:that|which) "
     r"matches its colou?r)\b", r"\1 \2 should be in the bowl of its own colour"), (r"\b(into|in) the bin you go\b", r"\1 the bin"),
    (r"\b(?:let s |let us )?help ((?:every|each|all the|the) (?:\w+ )?blocks?|it|them|the \w+ block) (?:to )?find (its|their) (?:way (?:back )?(?:to |into )?)?(?=home\b|(?:own |matching )?bowls?\b)",
     r"put \1 in \2 "),  # a yoga teacher's 'Let's help every block find its home: the bowl that shares its colour.'
    (r"\b(?:let s |let us )?help (?=(?:every|each|all the) blocks? should be in\b)", ""),
    (r"(\b(?:a|its) (?:bowl of its (?:own )?colou?r|matching bowl)\b[^.;!]*?)\b(?:goes|go|heads|head|comes|come) home (?:to|into|in) (?:it|that bowl|that one)\b", r"\1goes in its matching bowl"),  # what another rule made of '... find its own bowl'
    (r"\b(the \w+ block) (?:is|s) (?:not|no longer|not at all) welcome (in|on|at) (the [\w ]+?)(?: any ?more| now)?(?=\s*(?:[,.;!]|$))", r"\1 should not be \2 \3"),
    (r",\s*(?:so )?out (?:it|they|that one|he|she) (?:comes|come|goes|go)(?: out)?(?=\s*(?:[.;!]|$))", ""),  # a radio host's 'X is NOT welcome in W anymore, out it comes!'
    (r"\b(?:crowning|capping|topping) (?:it|it all|the (?:tower|stack|pile))(?: off)?(?: on top)?(?=\s*(?:[,.;!]|$))", "on top"),  # '..., and Z crowning it on top!'
    (r",\s*like (?:\w+ing|one \w+ per) [\w ]+?(?=\s*[;.!]|$)|(?<=\bon top)(?:,)? like (?:the|a|an) (?:icing|cherry|candle|crown|hat|topping|roof|star)"
     r"(?: on (?:the|a) (?:cake|tree|top))?(?=\s*[.;!]|$)", ""),  # 'a little tower, like the layer cakes I used to bake: ...', '... on top like the icing'
    (r"^(the \w+ bowl) (?:always |really |just )?(?:(?:looks?|looked|seems?|seemed|is|was)(?: a bit| so| rather| quite| very| always)? (?:lonely|sad|empty|bare|bored|forlorn)|needs (?:some )?(?:company|a friend|friends))"
     r"[^.;!?]*[.;!]\s*(.*?)\b(in|into) it\b", r"\2\3 \1"),  # 'W always looked a bit lonely to me, like ... Put the block of the same colour in it'
    (r"\bthe block (?:of|in|with) the same colou?r(?: as (?:it|the bowl|that bowl|this bowl))? (in|into) (the (\w+) bowl)\b", r"the \3 block \1 \2"),  # 'Put the block of the same colour in W'
    (r",\s*more than anything(?: else)?(?: in (?:this|the) world)?,", ""), (r"\s*\b(?:on|upon) (?:this|the|our) stage\b|(?<=\bthe table),? our stage\b", ""),
    # an actor's 'What I desire, more than anything in this world, is X on Y!', 'Every single block upon this stage', 'the middle of the table, our stage'
    (r"(\b(?:every|each|all (?:the )?)(?: single| last)? (?:block|blocks)\b[^.;!?]*[.;!])\s*(?:every|each) (?:single |last )?one of them\W*$", r"\1"),  # '... into the bin! Every one of them!'
    (r"^((?:put )?(?:every|all|each)\b[^,.;!]*?),?\s*(?:off )?(?:to|into|in) (the bin|the \w+ bowl) with (?:them|it)\b", r"put \1 in \2"), (r"(?:^|(?<=[.;!] ))spare (the \w+ block)\W*$", r"leave \1 alone"),
    (r"\bbanish (it|them|the \w+ block) to the bin\b", r"bin \1"), (r"(?:^|(?<=[.;!] ))yet,? (?=leave|keep|do not)", ""),
    (r"^(into|onto|in|on|to) (the \w+ (?:bowl|block)|the bin|the table) (the [\w ]+?) goes?\W*$", r"put \3 \1 \2"), (r"\b(the \w+ block) takes (?=the middle\b|the \w+ \w+ corner\b)", r"put \1 at "),
    # an actor's 'Every block in W, to the bin with them! ... Spare X!', 'Banish X to the bin! Yet leave Y ...', 'Into W it goes!', 'X takes the middle of the table, our stage'
    (r"(\bin the bin)[.;!]?\s*(?:sorry,?\s*)?(?:only|just) (?:that one|it|this one)(?:,? nothing else(?: in the bin| goes in| in there)?)?\W*$", r"\1"),  # '... in the bin please. sorry, only that one, nothing else in the bin'
    (r"\b(?:keeps|holds) (?:its|their) (?:quiet |own |usual |present |current |rightful |humble )?(?:place|spot|position)\b", "stays where it is"),  # 'while Y keeps its quiet place'
    (r"\blet (the \w+ block|it) (?:descend|drop|sink|fall|settle|travel|journey|wander|drift|glide|follow it|follow)(?: down)? (?=into|in|onto|on|to|there)\b", r"put \1 "),  # 'let X descend into W'
    (r"\b(?:a single|one) block(?:,? one apiece)?,? and no more\b|\b(?:a single|one) block,? one apiece\b", "exactly one block"),  # 'Let each bowl cradle a single block, one apiece and no more'
    (r"\b(alone|untouched|unmoved|undisturbed) and (?:alone|untouched|unmoved|undisturbed)\b", r"\1"),  # 'Leave X alone and untouched'
    (r"[,.;!]?\s*(?:every ?body|everyone|every block|each one|each block) gets (?:a|their|its) (?:turn|go|chance)\b", ""),  # a teacher's '..., everybody gets a turn'
    # words around a figure that say nothing of the goal: 'the poor X', 'for its dinner', '(not food)', 'it has stayed long enough'
    (r"\bthe poor (?=\w+ (?:block|cube|one)\b)", "the "),
    # a poet's: 'its little work here done', 'a small bright sentinel keeping watch', 'at its foot ... to crown them both', 'dwelling in W
    # wander out to', 'make the short journey there', 'keep its quiet station', 'the bowl that wears its own colour'
    (r",\s*(?:its|their) (?:little |small |whole )?(?:work|job|task|duty) (?:here )?(?:is )?(?:done|over|finished|complete)\W*$", ""),
    (r"[,;.]\s*(?:and )?(?:that|this) (?:will be|would be|is|s|ll be) (?:everything|all|it)(?: for(?: today| now| the day)?)?\W*$", ""),
    (r",\s*(?:like |as )?(?:a|an) (?:\w+ ){0,3}(?:sentinel|guard|guardian|watchman|beacon|jewel|gem|lantern|soldier|king|queen)\b[^,.;]*$", ""),
    (r"\blet (the \w+ block|it|them) (?:fall|drop|tumble|slip|sink|settle)(?: softly| gently| slowly)? (?=(?:into|in|onto|on) )", r"put \1 "), (r",\s*yet\b", ", but"),
    (r"\bgrow (?:me |us )?(?=(?:a|one) (?:\w+ )?(?:tower|stack|pile)\b)", "build "), (r"\bplant (it|them|the \w+ block) (?=in |into |on |at )", r"put \1 "),
    (r"\b(keep|leave) (the \w+ block|it) (?:firmly )?rooted\b", r"\1 \2"),  # a gardener's 'Grow me a tower', 'plant it in W', 'keep X rooted where it is'
    (r"\bat (?:its|the) foot\b", "at the bottom"), (r"\b(?:to crown|crowning|crowns) (?:them|it|the top|the tower|the stack)(?: both| all| of (?:it|the tower|the stack))?\b", "on top"),
    (r"\b(?:now )?(?:dwelling|residing|living) (?=in\b)", ""), (r"\b(?:wander|stroll|travel|make (?:its|their) way)(?: out| over| across)? to\b", "go to"),
    (r"[;,.]\s*(?:let it|leave it|put it|it can) (?:rest |go |sit |be )?anywhere(?: at all| else)?,?\s*(?:(?:only|just|but) )?not (?:there|in it|back in there)\W*$", ""),
    (r"\b(nearest|closest)(?: to)? (the (?:(?:top|bottom) (?:left|right) corner|middle))\b(.*?)\bmake (?:the|a|its|their) (?:\w+ )?(?:journey|trip|voyage|walk|way) there(?: and rest)?",
     r"\1 to \2\3go to \2"),
    (r"\blet (the \w+ block|it) keep (?:its|her|his) (?:\w+ )?(?:station|place|post|spot|position|seat)\b", r"leave \1 where it is"),
    (r"\blet (each|every) block (?:seek out|find|look for|search out|go to) (?:the|its) bowl (?:that wears|wearing|that shares|dressed in|of) its (?:own )?colou?r\b",
     r"put \1 block in the bowl of its own colour"),
    (r"\b(is|are) (?:just |pure |definitely )?(?:bin|trash|rubbish|scrap|junk) (?:material|fodder|stuff)\b", r"\1 for the bin"),  # a fisherman's 'X is bin material'
    (r"\b(bowls?) (?:cradle|cup|nurse|embrace|hug|nest)(s?)\b", r"\1 hold\2"),  # a painter's 'each bowl cradles exactly one block'
    (r",\s*(?:a|one) (?:single |little |lone )?(?:spot|dot|splash|touch|pop|dab) of colou?r (?:in|for) (?:every|each) bowl(?=\s*(?:[.;!]|$))", ""),
    (r"\b(the \w+ block) has (?:(?:done|finished|served) its (?:work|job|bit|duty|part|purpose)|sung its (?:last|final) (?:note|song)|taken its (?:last|final) bow)(?: (?:for )?(?:today|now|here))?"
     r"\s*[;,.]\s*(?:so )?(?:its (?:final |last )?(?:resting )?place(?: now)? is|it(?: now)? (?:goes|belongs))(?: (in|on|at|into))? (?=the )", lambda m: f"put {m[1]} {m[2] or 'in'} "),  # a job done, then where it goes: 'X has done its work today; its place now is in the bin'
    (r"^((?:everything|all(?: of)? the blocks|the blocks|whatever is) (?:in|inside|on) the \w+ (?:bowl|block)) (?:is|are) (?:going|heading) (?:out|away)(?: today| now)?\s*[,.;]\s*",
     r"\1, "),  # a postwoman's 'Everything in W is going out today, please deliver all of it to the bin'
    (r"\b(the \w+ block)(?:'s| s) (?:address|delivery address|destination|stop|drop ?off(?: point)?|(?:final |last )?resting place) is (?:in )?(the \w+ bowl|the bin)\b", r"put \1 in \2"),  # 'X's address is W'
    (r"\bto find (?:a|its|her|his) (?:new |quiet |nice |cosy |cozy |peaceful |little |safe |calm )*(?:home|place|spot|resting place) (?=(?:in|at|on|inside) the )", "to be "),
    (r",? (?:for (?:its|her|his) (?:dinner|lunch|breakfast|supper|snack|meal)|as (?:a|its) (?:snack|treat|meal))\b", ""),
    (r"[,;:]\s*(?:it|they) (?:has|have) (?:stayed|been there) long enough\b|[,;.]\s*(?:the )?blocks? with a matching bowl (?:is|are) not food\b", ""),
    (r"^(?:the (?:\w+ )?bin|it) is (?:hungry|starving|empty and hungry|peckish)[.,;:!]\s*", ""),
    (r"^(?:time for bed|bedtime|time to sleep|lights out|nap time)\s*[:,.;!-]\s*", ""),
    (r"^(the \w+ bowl) (?:misses its twin|is lonely|looks lonely|feels lonely|wants a friend|needs a friend)[.,;:!]\s*", ""),
    (rf"^{_B} (?:looks|is|feels|seems) (?:a bit |very |so )?lonely\s*[.,;:!]\s*(?:so )?let it ", r"let \1 "),  # 'X looks lonely: let it join Y in W'
    (rf"\b{_B} has been (?:up all night|awake all night|up late|busy all day)\s*[.,;:!]\s*(?:so )?(?:lay|put|set) it ", r"lay \1 "),
    (r"^it (?:is|s) (?:late|bedtime|time for bed|getting late) for (the \w+ block)\s*[.,;:!]\s*(?:so )?tuck it ", r"tuck \1 "),
    (r"^(?:make friends|making friends|friendship)(?: in (?:two|three) steps)?\s*[:,;.]\s*", ""),
    (r"\bthe (?:lost|rescued|buried|poor|lonely|homesick|sleepy|tired|hungry) (?=\w+ (?:block|cube)\b)", "the "),
    (r"\b(the \w+ block) is not going anywhere(?: today| now| tonight)?\s*[:;,.]\s*(?:so )?(?:(?:do not|don t) (?:move|touch) it)?", r"leave \1 where it is"),
    (r"\blet (the \w+ block) (?:sleep on(?: undisturbed)?(?: where it is)?|(?:sleep|slumber|doze|rest)(?: on)?(?:(?: undisturbed| untouched| in peace)(?: (?:where|as) it "
     r"(?:is|lies|sits|rests|stands))?| (?:where|as) it (?:is|lies|sits|rests|stands)))\b", r"leave \1 where it is"),  # 'let X slumber undisturbed where it lies'
    (r"\b(the \w+ (?:block|one)) (?:follows|follow|goes after) (?:it|them|that one|the \w+ block)(?: (?:in|into) (there|the bin|the \w+ bowl)| (there))?\b",
     lambda m: f"put {m[1]} in {m[2]}" if m[2] and m[2] != "there" else f"put {m[1]} in there"),  # 'step two, the cyan one follows it in there'
    (r"\blet (the \w+ block) leave (the \w+ (?:bowl|block)) for (the table|the bin|the \w+ bowl)\b", r"move \1 from \2 to \3"),  # 'let X leave W for the bare table'
    (r"\blet (the \w+ block) take (?:its|her|his) place (in|within|inside|on) (the \w+ (?:bowl|block)|that bowl)\b", r"put \1 \2 \3"),
    (r"\b(block|one) (that|which) (?:wanders|roams|strays|drifts|lies|sits|rests|stands)(?= (?:farthest|furthest|nearest|closest)\b)", r"\1 \2 is"),
    (rf"\b{_B} (?:climbs|hops|jumps|steps) (?:up )?(?:onto|on top of|on) {_B}", r"put \1 on \2"),
    (r"(?:^|(?<=[.;!] ))(?:act|scene|part) (?:one|two|three|four|five|i{1,3}|iv|v),?\s*", ""),  # a drama student's 'Act one: X glides to ...! Act two: ...'
    (r",?\s*growing up(?= *[,:;.]|$)|\b(touch|move|disturb) a hair on (?=it\b|them\b|the \w+ block\b)", lambda m: f"{m[1]} " if m[1] else ""),  # 'growing up like a bean cane', 'don't touch a hair on it'
    (r"[,;.]\s*(?:though,?\s*)?(?:it|that one|they)(?: is| s|'s| are| re) (?:settled in|happy|comfy|cosy|cozy|perfect|fine)(?: nicely| there| where it is)?(?=\s*(?:[.;!]|$))", ""),
    (r"(?<=[.!;] )like (?:a|an) [^.;!?]*$|,?\s*(?:stacked|piled|lined) up (?:nice|neat|nicely|neatly)(?: and (?:neat|tidy|straight))?(?=\s*(?:[,.;!]|$))|"
     r",?\s*the way (?:a|an) [\w ]+? (?:belongs|goes|sits|fits) in (?:a|an|the) [\w ]+?(?=\s*(?:[.;!]|$))", ""),  # a barista's 'Like a sugar cube into a cup', a florist's 'the way a peony belongs in a tall vase'
    (r"\b(?:at|in) the (?:very )?heart of the table(?:,? (?:right )?in the middle)?\b", "in the middle"), (r"\bshould keep (the \w+ bowl) company\b", r"should be in \1"),  # a poet's
    (r",?\s*and let (?:it|them) (?:rest|sit|stay|settle|sleep|lie)(?: there| here)?(?: (?:a while|for a while|awhile|in peace))?(?=\s*(?:[.;!]|$))", ""),
    (r"\b(the \w+ bowl) and (?:what|whatever|everything) (?:sleeps|slumbers|rests|lies|lives|dwells) (?:in|inside) it\b", r"\1"),
    (r"\b(whichever block|which block|the block|something|anything|what) (?:sleeps|slumbers|dozes|dwells)\b", r"\1 is"), (r"[:;,]\s*wake it,? and\b", ","),
    (r"^let (the \w+ block|(?:every|each) block[^,.;]*?|all the blocks[^,.;]*?) (?:come|go|move|travel)(?: home| back)? (to|into|in) (?!rest\b)", r"put \1 \2 "),  # 'Let X come
    # home to the bowl of its own colour', 'Let every block that shares its hue with a bowl come home to the bowl that wears its colour'
    (r"\b(it|them|blocks?|ones?|bowl|cubes?) home (?=(?:into|in) (?:the \w+ bowl|that bowl)\b)", r"\1 "),  # '... bring it home into that bowl'
    (rf"\blet {_B} move in(?: there)? with (?:it|{_B})(?: as a guest)?\b", r"put \1 in there"),
    (rf"\b(?:lay|put|set) {_B} down (?:for a (?:nap|rest|sleep) )?(?:directly |right )?on the table\b", r"put \1 on the table"),
    (r"^(?:i would like|i want|let) the tower (?:to )?(?:take a nap|go to sleep|sleep|lie down|rest)\s*[:;,.-]\s*(?:lay|put|set) (?:each|all|every one) of its blocks (?:down )?"
     r"(?:flat )?on the table\b", "unstack the tower"),
    (r"^time for (?:all the blocks|every block|the blocks) to (?:sleep|rest|nap|go to bed)\s*[:,;.-]\s*(?:each and every one of them|every one of them|all of them|each of "
     r"them) (?:lying|lie|sleeping) (?:down )?(?:flat )?on the table(?: itself)?\b", "put all the blocks on the table"),
    (r"^every bowl is evicted[:;,.]?\s*(?:whatever|every) block (?:that )?lives in a bowl moves out(?: onto the table)?\b", "put every block that is in a bowl on the table"),
    (r"^whichever bowl (the \w+ block) is in,? evict (?:all of )?that bowl s blocks(?: onto the table)?", r"take everything out of the bowl \1 is in and put it on the table"),
    (r"\bgive (the \w+ bowl) (?:some )?company with (the \w+ block)\b", r"put \2 in \1"),
    (rf"\b{_B} has overstayed its welcome (?:in|at) (the \w+ bowl)[.;,]\s*i want (?:it|that one) shown the door[;,]?\s*the table will do\b", r"put \1 on the table"),
    (rf"\bshow {_B} the door\s*[:;,-]?\s*\(?(?:out of the \w+ bowl and )?(?:onto|to|on) the table\)?", r"put \1 on the table"),
    (r"^the bin is (?:hungry|peckish|starving) for (the [\w ]+?)\s*[;,.]\s*feed (?:that block|it|that one) to (?:it|the bin)\b", r"put \1 in the bin"),
    (r"^the bin is (?:hungry|peckish|starving) and (?:i would like|i want) it to eat ([^;.]+?)(?=\s*(?:[;.]|$))", r"put \1 in the bin"),
    (r"\b((?:each|every) block) (?:sleeps|goes to bed|should sleep|will sleep)(?: tonight)? (in|on) ", r"put \1 \2 "),
    (r",?\s*[;:,]?\s*once (?:it|that one) (?:is|s) (?:gone|out)\b,? (the \w+ block) (?:moves|goes) in\b", r", then put \1 in there"),
    # home
    (rf"\b{_B} (?:is homesick|wants to go home|misses home|has lost its way home|is lost)\s*[:;,.-]\s*(?:so |please )?(?:{_TAKE}|rescue) (?:it|that one)(?: and "
     rf"(?:bring|take|carry) it)? (?:home )?(?:to|into|in) ", r"put \1 in "),  # 'X is homesick: take it home to the bowl of its own colour'
    (rf"\b{_TAKE} {_B} home(?:,?(?: to| into| in)? (?:{_HOME}|(the \w+ bowl)))?(?:,? (the \w+ bowl))?(?:\s*[:;,-]\s*(?:it|that one) (?:lives|goes|belongs|sleeps) in (the \w+ bowl))?",
     lambda m: m[0] if _NAMED_HOME_RE.search(m.string) else f"put {m[1]} in {m[2] or m[3] or m[4] or 'its matching bowl'}"),  # 'walk X home: it lives in W'
    (rf"\b(?:{_TAKE}|send) (each|every|all the) (blocks?) home(?: to (?:the bowl (?:that matches|of) (?:its|their) (?:own )?colou?r|(?:its|their) (?:own |matching )?"
     r"bowls?))?", r"put \1 \2 in the bowl that matches its colour"),
    (rf"\b{_B} (?:goes|go|should go|must go|is going|wants to go|gets to go) (?:back )?home(?:,?(?: to| into| in)? (?:{_HOME}|(the \w+ bowl)))?(?:,? (the \w+ bowl))?",
     lambda m: m[0] if _NAMED_HOME_RE.search(m.string) else f"put {m[1]} in {m[2] or m[3] or 'its matching bowl'}"),
    (rf"\b{_B} (?:is|should be|to be|is back|be back|is safely|has made it|made it|has found its way|found its way)(?: back)? (?:at )?home(?: to (?:{_HOME}|(the \w+ bowl)))?(?:,? (?:sitting |safe )?(?:in|inside) (?:{_HOME}|(the \w+ "
     rf"bowl)))?(?:,? (the \w+ bowl))?(?: where it belongs)?", lambda m: f"{m[1]} is in {m[2] or m[3] or m[4] or 'its matching bowl'}"),
    # bed, sleep and rest
    (rf"\b(?:put|tuck|send) {_B} (?:to bed|to sleep|up|in|down)(?: for the night)? (in|into|on) ", r"put \1 \2 "),  # 'put X to bed in W'
    (rf"\btuck {_B} (in|into) ", r"put \1 \2 "),
    (rf"\breturn {_B} (to|into|in) ", r"put \1 in "),
    (rf"\b{_B} (?:goes|go|should go|is going|gets to go) to (?:bed|sleep) (in|into|on) ", r"put \1 \2 "),
    (rf"\b{_B} (?:should |will |must |can )?(?:sleep|sleeps|nap|naps|is sleeping|is napping)(?: tonight| for the night)? (in|on) ", r"put \1 \2 "),
    (rf"\blet {_B} (?:{_LIE})(?:directly |right )?on the table(?: itself)?\b", r"put \1 on the table"),
    (rf"\b{_B} (?:is |should be |must be )?(?:{_LIE})(?:directly |right )?on the table(?: itself)?(?:,? on nothing else)?\b", r"\1 is on the table"),
    (r"\b(?:all the blocks|every block|each block|each and every one of them|every one of them) (?:lying|lie|lies|sleeping|resting) (?:down )?(?:flat )?on the "
     r"table(?: itself| by (?:itself|themselves))?\b", "every block on the table"),
    (r"\bthe tower is asleep,? (?:with )?every one of its blocks (?:lying|lies) (?:down )?(?:flat )?on the table(?: by itself)?\b", "unstack the tower"),
    (r"\b(?:do not|don t|never) wake(?: up)? (the \w+ block)\b", r"leave \1 where it is"),
    # company and friends
    (rf"\blet {_B} join {_B} (?:in|inside) (the \w+ bowl)\b", r"put \1 in \3"),
    (rf"\blet {_B} join (?:the others|the rest|its friends|them) (?:in|inside) (the \w+ bowl)\b", r"put \1 in \2"),
    (rf"\blet {_B} join {_B} by (?:sitting|standing|climbing) on (?:top of )?(?:it|\2)\b", r"put \1 on \2"),
    (rf"\b(?:bring|let) {_B} (?:along )?(?:to )?(?:sit|stand|climb) (?:right )?on top of {_B}", r"put \1 on \2"),
    (rf"\blet {_B} (?:sit|stand|climb) (?:right )?on(?: top of)? (it|{_B})", r"put \1 on \2"),
    (rf"\b(?:do not|never) leave {_B} alone\s*[;:,]\s*let {_B} (?:sit|stand|climb) (?:right )?on(?: top of)? it\b", r"put \2 on \1"),
    (rf"\blet {_B} keep (the \w+ bowl) company\b", r"put \1 in \2"),
    (rf"\b{_B} joins (?:it|{_B}) there\b", r"put \1 there"),
    (r"\b(?:i would like|i want|let us give|give) (?:the (?:lonely )?(\w+ bowl)) (?:to have )?(?:a friend|some company|company)[;:,.]\s*(?:so )?", ""),
    (r"\bno bowl should be lonely[;:,.]\s*", ""),
    # eviction
    (r"\b(?:evict|kick out|kick|turf out|boot out) (?:every|each|all the|all|the) (?:tenants?|blocks?|residents?|lodgers?)(?: out)? (?:of|from|out of) "
     r"(?:every|each|all the|all) bowls?(?: except (the \w+ bowl))?\b", lambda m: "take every block out of the bowls" + (f" except {m[1]}" if m[1] else "")),
    (r"\b(?:evict|kick out|kick|turf out|boot out) (?:every|each|all the|all|the) (?:tenants?|blocks?|residents?|lodgers?|everything)(?: out)? "
     r"(?:of|from|out of) (the \w+ bowl)\b", r"take everything out of \1"),
    (r"\bevict (?:all of )?(that bowl s|the \w+ bowl s) blocks\b", r"take everything out of \1"),
    (r"\b(?:evict|kick out|turf out|boot out) (the \w+ (?:block|cube))(?: from| out of)? ", r"take \1 out of "),
    (r"\bshow (the \w+ (?:block|cube)|it) the door\b", r"take \1 out"),
    (rf"\b{_B} has overstayed its welcome (?:in|at) (the \w+ bowl)\b", r"\1 should not be in \2"),
    (r"\b(the \w+ bowl) has no (?:tenants|residents|lodgers|blocks) left\b", r"\1 is empty"),
    (r"\bevery block that (?:lived|was living) in it has moved out(?: onto the table)?\b", "every block from it is on the table"),
    (r"\b(?:packs? (?:its|their) bags and )?moves? (into|in) ", r"goes \1 "),
    (r"\bmoves? out(?: of (?:it|there|its bowl))?,? (?:onto|to) the table\b", "goes onto the table"),
    (r"\bthose (?:evicted )?blocks go on the table\b|\bthe evicted blocks go (?:onto|on) the table\b", "onto the table"),
    # digging out and rescue
    (r"\bdig out (?:every|each|all the|any) buried blocks?\b", "clear every block"),
    (rf"\bdig out {_B}(?:,? buried as it is)?", r"clear \1"),
    (rf"\b(?:rescue|free|save) {_B} from under(?:neath)? (?:the \w+ block|it)\b", r"clear \1"),
    (rf"\bbring {_B} to safety (in|on|into) ", r"put \1 \2 "),
    (rf"\b{_B} (?:rescued|saved|freed) from (the \w+ bowl) and (?:set|put|placed) (?:down )?(?:safely )?(on|in) ", r"\1 out of \2 and \3 "),
    (rf"\b(?:rescue|save) {_B} and (?:bring|take|carry) it (to|into|in) ", r"put \1 \2 "),
    (r"\b(?:get|lift|take) (the \w+ block) off the buried (\w+ block)\b", r"take \1 off the \2"),
    # feeding the bin
    (rf"\b{_FEED} {_BIN} (?:exactly |just )?((?!the same\b|the number\b)(?:the|every|each|all the|any|one|two|three|both) [^;.]+?)(?:,? ((?:except|but not|apart from|other than) the \w+ block))?"
     r"(?=\s*(?:[;.]|$| and\b| then\b|,? but\b))", lambda m: f"put {m[1]} in the bin" + (f" {m[2]}" if m[2] else "")),  # 'feed the bin X', 'give it X'
    (rf"\b(?:feed|give|serve) ({_B}|every block [^;.]+?) to the (?:hungry |starving )?bin\b", r"put \1 in the bin"),
    (r"\bi want the bin fed with ([^;.]+?)(?=\s*(?:[;.]|$))", r"put \1 in the bin"),
    (r"\bthe bin gets (the \w+ block) to eat(?: and nothing else)?\b", r"put \1 in the bin"),
    (r"\bthe bin s starter is (the \w+ block)[;,.]\s*for the main course,? give it (the \w+ block)\b", r"put \1 in the bin, then put \2 in the bin"),
    (r"\bin the bin s (?:belly|stomach|tummy)\b", "in the bin"),
    (r"\bsend (the \w+ block|it) to (?:jail|prison|the dungeon)(?: \(?the bin\)?)?", r"put \1 in the bin"),
)

FIGURES_ASKED: tuple[tuple[str, str], ...] = (
    (r"^the bin is (?:hungry|starving|peckish)[.,;:!]\s*", ""), (r",? (?:that|which) it could eat(?=\W*$)", ""),
    (r"^(?:count the sleepers(?: for me)?[:,]\s*)?how many blocks are (?:tucked up|asleep|sleeping|resting|napping|living|at home) (in the \w+ bowl)", r"how many blocks are \1"),
    (r"^is (the \w+ block) (?:at home|home)(?:,? (?:sitting )?in (?:its own bowl|the bowl of its colou?r))?,? (the \w+ bowl)", r"is \1 in \2"),
    (r"^has (the \w+ block) made it (?:back )?home (?:to|into) (the \w+ bowl)(?: yet)?", r"is \1 in \2"),
    (r"^has everyone moved out of (the \w+ bowl)(?:,? leaving it empty)?", r"is \1 empty"),
    (r"^is (the \w+ bowl) vacant(?:,? with no block living in it)?", r"is \1 empty"),
    (r"^is (the \w+ block) buried(?:,? with (?:another|a) block sitting on top of it)?", r"is anything on \1"),
    (r"^does (the \w+ block) need digging out\??(?: that is,)? is (?:some|a|any) block on top of it", r"is anything on \1"),
)
