"""Which sentences of an instruction are the request: `told` sets aside what is said around it (greetings, sign-offs,
call signs, 'Over.', a report's account of how things are, restatements, the speaker's own plans), reads a form's fields
as a command, drops each sentence's label, and puts a thing named in a sentence of its own where the next sentence says
'it'. Used by `goals` before anything else reads the instruction."""

from __future__ import annotations

import re

from agent.planners.offline.aliases import aliased
from agent.planners.offline.asides import chatter
from agent.planners.offline.courtesies import GO_AHEAD_RE
from agent.planners.offline.givens import set_aside, split_now
from agent.planners.offline.marks import CORRECTION_RE
from agent.planners.offline.notation import bound, sections, unlabel
from agent.planners.offline.phrasing import clean_text
from agent.planners.offline.specs import form_request, restated
from agent.planners.offline.words import VERB_RE
from agent.regex import rx
from sim.core.lexicon import COLOURS

# A report's sentences: how things are now ('Issue: ...', 'Actual behaviour: ...'), set aside when a sentence says how they
# should be ('Expected behaviour: ...', 'Requested action: ...'); a restatement ('I say again, ...').
_SWAPPED_IN_RE = re.compile(r"^\W*(?:(?:at the moment|right now|currently|for now|at present|now),?\s+)?(?:it(?:'s| is) )?(?P<x>the \w+ block) (?:that(?:'s| is) |is )(?P<p>in|on) "
                         r"(?P<w>the \w+ (?:bowl|block))\s*[.;,]\s*(?:and |but )?(?:i want|i(?:'d| would) like|i need|put|please put|i(?:'d| would) rather(?: have| it were| it was)?|"
                         r"i(?:'d| would) prefer|it should be|make it) (?P<y>the \w+ block)(?: (?:in|on) (?:there|it))?(?: instead(?: of (?:it|that one|(?P=x)))?)?\W*$", re.IGNORECASE)
_GIVEN_RE = re.compile(r"^\s*(?:pre-?conditions?|given|initial state|starting state|set-?up)\s*:", re.IGNORECASE)  # a test's start
_NOW_RE = re.compile(r"^\s*(?:issue|problem|bug|symptom|observed(?: behaviou?r)?|actual(?: behaviou?r| result|"
                     r" outcome| state)?|current(?: behaviou?r| state| situation)?|currently|right now|"
                     r"at the moment)\b", re.IGNORECASE)
_WANTED_RE = re.compile(r"^\s*(?:expected|desired|requested|required|wanted|intended|target|goal|fix|resolution|"
                        r"steps to resolve|action required)\b[^:]{0,30}:", re.IGNORECASE)
_FIELD_RE = re.compile(r"^\s*(?:destination|target(?: location| place| spot)?|location|drop ?off(?: point)?|to|from|"
                       r"object|item|where)\s*:", re.IGNORECASE)  # a command's field, read with the command ('Move: X. Destination: W.')
_TAG_RE = re.compile(r",\s*(?:yeah|yes|ok|okay|alright|all right|innit|eh|ja|yep|got it|understood|shall we|will you|would you|won't you|please)\s*\?+$", re.IGNORECASE)
# A complaint about where a thing is ('The red block is in the wrong bowl; it belongs in W', 'I think X might be in the
# wrong place. What is it on?'): the thing, said for what follows to point back at.
_WRONG_RE = re.compile(r"^\s*(?:i think |i believe |i reckon |it (?:looks|seems) like |looks like |"
                       r"seems like )?(.+?)(?:'s|\u2019s|,? is|,? isn't|,? isn\u2019t|,? are|,? might be|,? may be|,? could be|,? seems to be|,? appears to be|"
                       r",? has been put|,? have been put|,? was put|,? were put|,? got put|,? ended up|,? has ended up) (?:(?:in|on|"
                       r"at) (?:the )?wrong (?:place|bowl|spot|position|corner|block|one|location|stack|"
                       r"tower)|(?:not )?where it (?:should be|belongs?|ought to be|is meant to be))(?: right now| now| "
                       r"at the moment)?\s*[.;!]?\s*$", re.IGNORECASE)
# A test script's check after its steps ('Expected result: W holds two blocks', 'Verify that X has not moved'): what the steps reach, said again; only what it keeps is news.
_CHECK_RE = re.compile(r"^\s*(?:expected(?: result| outcome| state)?\s*:|verify(?: that)?\b|check(?: that)?\b|"
                       r"assert(?: that)?\b|confirm(?: that)?\b)\s*", re.IGNORECASE)
_KEPT_RE = re.compile(r"\b(?:not (?:been )?(?:moved|touched|disturbed|changed)|unchanged|untouched|undisturbed|"
                      r"(?:stay|stays|remain|remains) (?:put|where|in place|as)|where (?:it|they) (?:is|are|was|"
                      r"were))\b", re.IGNORECASE)
def _checked(sentence: str) -> str:
    """A test script's check after its steps: what it keeps, or nothing; any other sentence as it is."""
    for text in (sentence, unlabel(sentence)):
        if c := _CHECK_RE.match(text):
            return text[c.end():] if _KEPT_RE.search(text) else ""
    return sentence


_NOW_START_RE = re.compile(r"^\s*(?:right now|currently|at the moment|at present|as things stand|presently)\b", re.IGNORECASE)
_INSTEAD_RE = re.compile(r"^\s*(?:but |and )?(?:instead|rather|what i want is|i(?:'d| would) (?:like|rather|prefer)|i want)\b,?"
                         r"\s*(?=\w)", re.IGNORECASE)  # after how things are now: how they should be
_MINE_RE = re.compile(r"^\s*i(?:'m| am) (?:fixin'?|fixing|about|planning|trying) to\b", re.IGNORECASE)  # what the speaker will do
_AGAIN_RE = re.compile(r"^\s*(?:i say again|i repeat|say again|to repeat|repeating|in other words|to be clear|that is to say)\b", re.IGNORECASE)


# How things are now, said before what to do with the thing named: 'Right now the red block is on the table. Move it ...',
# 'At the moment there's a single block in W. ... that block should be in the bin': the thing is the next sentence's 'it'.
_PRESENT_RE = re.compile(r"^\s*(?:(?:ugh|hmm|oh|wait|oops|whoops|uh oh|argh|drat),?\s+)?(?:(?:somebody|someone|"
                         r"whoever [\w ]+?|the kids|(?:my \w+|he|she|they)(?: (?:was|were|came|had been) (?:over|round|around|here|by)(?: \w+){0,2},? and (?:he|she|they))?) (?:stacked|put|left|placed|dropped|moved|"
                         r"knocked over) (?P<done>the \w+ (?:block|cube|bowl))|(?P<mess>the \w+ (?:bowl|"
                         r"block)) (?:is|s) (?:a (?:bit of a |total |complete )?mess|messy|cluttered|a disaster|"
                         r"all wrong|wrong|not right)\b|(?P<wrong>the \w+ (?:block|cube)) (?:is|s|ended up|"
                         r"has ended up) (?:in|on) the wrong \w+\b|there(?: is|'s) (?:a|one) (?P<there>\w+ (?:block|"
                         r"cube))(?: over there| here| on the table)?\W*$|(?P<again>the \w+ (?:block|cube)) (?:is|"
                         r"are) [^.]*\bagain\b|there (?:are|is) (?:\w+ )*?(?P<towers>towers|stacks|"
                         r"piles) (?:all over|on|everywhere))|^\s*(?:right now|at the moment|currently|at present|"
                         r"as things stand|as it stands),?\s+(?:there(?: is|'s| are) (?:a single|a|an|one|only one|"
                         r"just one) (?P<kind>block|cube)s? (?P<where>(?:inside|in|on top of|on|under) the \w+ \w+)|"
                         r"(?P<np>the .+?) (?:is|are|sits|sit|lies|lie|rests|rest)\b|(?:\w+ )(?P<some>blocks|"
                         r"cubes) (?:are |is )?(?:lying |sitting )?(?P<loose>loose )?on the table)", re.IGNORECASE)
_THAT = r"(?:it|that one|this one|that block|this block|those blocks|these blocks|both of them|all (?:\w+ )?of them|them)\b"
_THAT_RE = rf"\b{_THAT}"


_MARKER_RE = re.compile(r"^\s*(?:[-*\u2022>]+|\d{1,2}[.)]|[a-f]\))\s+")  # a list's bullet or number
_LOOK_RE = re.compile(r"^\s*(?:first,? )?(?:look at|check|note|see|find|read|identify|work out|figure out) (?:each|every) (?:block|"
                      r"cube)(?:'?s)? colou?r\W*$", re.IGNORECASE)  # a step that only looks: what the next one's 'it' is


def _present(part: str) -> str | None:
    """The thing a sentence about how things are now names ('the block in the blue bowl'), None for other sentences."""
    if (m := _PRESENT_RE.match(part)) is None:
        return None
    if m["done"] or m["mess"] or m["again"] or m["wrong"]:  # 'Ugh, somebody stacked X on Y.', 'W is a mess', 'X is in the wrong bowl'
        return f"{(m['done'] or m['mess'] or m['again'] or m['wrong']).lower()}."
    if m["there"]:  # "There's a blue block over there. Grab it."
        return f"the {m['there'].lower()}."
    if m["towers"]:  # 'there are little towers all over the table. Unstack all of them'
        return "the stacked blocks."
    if m["np"]:  # 'At the moment X is on the table and Y is in W.': both
        said = rx(r"\b(the \w+ (?:block|cube|bowl)) (?:is|are|sits|lies|rests)\b", re.IGNORECASE).findall(part)
        return f"{' and '.join(said) if len(said) > 1 else m['np']}."
    return (f"the block {m['where'].lower()}." if m["kind"] else
            f"the {'loose blocks' if m['loose'] else 'blocks on the table'}.")


_ACCEPT_RE = re.compile(r"^\s*(?:acceptance|acceptance criteri(?:on|a)|done when|definition of done|"
                        r"success criteri(?:on|a)|verification)(?: \d+)?\s*:", re.IGNORECASE)  # a spec's check of what its requirement said: said already
_NP_RE = re.compile(r"(?:the )?(?:\w+ )?(?:block|cube|bowl)s?(?: (?:with|that has) the \w+ (?:block|cube) in it)?|the (?:block|one) (?:that is |which is )?(?:nearest|closest|furthest|farthest)(?: to| from)? the [\w ]+|the (?:block|one) (?:on top of|on|under|beneath) the \w+ (?:block|bowl)")
_TARGET_RE = re.compile(r"(?:(?:in|into|to|on|at|inside) )?(?:the )?(?:bin|trash|table|middle|(?:top|bottom) (?:left|"
                        r"right) corner|\w+ bowl|matching bowls?|(?:in )?(?:the )?bowls? of (?:the same|their own|"
                        r"its own) colou?r)")


def _fragments(parts: list[str]) -> list[str]:
    """Requests said in fragments, each a sentence: a thing, then where it goes or what to do with it ('Cyan block. Bin.
    Go.', 'White bowl. Three blocks in it.', 'Pink block. Nothing on top of it.', 'Bowl with X in it. Add Y.')."""
    out: list[str] = []
    cleaned = [clean_text(p) for p in parts] + [""]  # each part read once
    i = 0
    while i < len(parts):
        np_, nxt = cleaned[i], cleaned[i + 1]
        if _NP_RE.fullmatch(np_) and nxt and not VERB_RE.match(np_) and "?" not in parts[i + 1]:
            the = np_ if np_.startswith("the ") else f"the {np_}"
            if _TARGET_RE.fullmatch(nxt) and not np_.endswith(("bowl", "bowls")):  # 'Cyan block. Bin.'
                if not rx(r"(?:in|into|to|on|at|inside) ").match(nxt):
                    place = nxt if nxt.startswith(("the ", "matching")) else f"the {nxt}"
                    nxt = f"{'at' if rx(r'corner|middle').search(nxt) else 'on' if nxt.endswith('table') else 'in'} {place}"
                out.append(f"put {the} {nxt}.")
                i += 2
                continue
            if rx(r"it (?:is|should|must|has|needs|goes|will|belongs|would|ought)\b|(?:i would like|i want|i need|put|move|stack|bin) it\b").match(nxt):
                out.append(rx(r"\bit\b").sub(the, nxt, count=1) + ".")  # 'See the green cube? It's going on Y.', '... I'd like it on Y.'
                i += 2
                continue
            if rx(r"\b(?:it|in it|on it|on top of it)\b").search(nxt) and not VERB_RE.match(nxt) or rx(r"add\b").match(nxt):
                said = rx(r"\b(in|on|on top of) it\b").sub(rf"\1 {the}", nxt) if " it" in f" {nxt}" else f"{nxt} to {the}"
                said = rx(r",? (?:total|in total|altogether)$").sub("", said)
                said = rx(r"^(nothing|no blocks?) (?=on|in)").sub(r"\1 should be ", said)  # 'Pink block. Nothing on top of it.'
                out.append(said if VERB_RE.match(said) or rx(r"(?:nothing|no)\b").match(said) else f"there should be {said}")
                i += 2
                continue
        if not (out and (m := rx(r"the (\w+) one").fullmatch(np_)) and rx(rf"\b{m.group(1)}\b", re.IGNORECASE).search(out[-1])):
            out.append(parts[i])  # never 'The yellow one.' after a sentence that named it: said again
        i += 1
    return out


def _asked_last(kept: list[str]) -> str | None:
    """A question after sentences that only tell ('Someone told me X is in W, but I don't think so. Where is it?'): the
    question, about the thing those sentences named; None when a sentence before it asks for something."""
    last = kept[-1]
    said = rx(r"\b(?:if|whether|thought|believed|assumed|was sure|figured)(?: that)? (the [\w ]+?) (is|are|was|were) ([^.?]+)", re.IGNORECASE).search(
                     " ".join(kept[:-1]))
    if said and rx(r"\s*(?:is|are) (?:it|they|that)\s*\?+\s*", re.IGNORECASE).fullmatch(last):  # "I can't tell if X is on Y. Is it?"
        verb = {"was": "is", "were": "are"}.get(said.group(2).lower(), said.group(2))  # 'I thought X was in W. Is it?': now
        return f"{verb} {said.group(1)} {said.group(3)}?"
    if len(kept) < 2 or not last.rstrip().endswith("?") or not rx(r"\s*(?:is|are|where|what|which|how many|does|do)\b", re.IGNORECASE).match(last) or rx(r"\b(?:possible|ok|okay|alright|fine|doable)\b").search(last):
        return None
    if any(VERB_RE.match(clean_text(unlabel(p))) or rx(r"\s*(?:is there |are there )?(?:anything|something)\b", re.IGNORECASE).match(p)
           or p.rstrip().endswith("?") or rx(r"\bhow many\b", re.IGNORECASE).search(p) for p in kept[:-1]):
        return None  # a step or a question before it ('Where is X? What is in W?': each answered), or 'Anything on X? What is it?'
    if rx(r"\bthe \w+ (?:block|bowl|cube)\b.*\b(?:it|that one|this one)\b", re.IGNORECASE).search(last):
        return last  # 'Does W have any blocks in it?': 'it' is W
    kind = "bowl" if rx(r"\b(?:empty|full)\b", re.IGNORECASE).search(last) else "block|bowl|cube"  # 'Is it empty?': a bowl
    named = rx(rf"\bthe \w+ (?:{kind})\b", re.IGNORECASE).search(" ".join(kept[:-1]))
    return rx(r"\b(?:it|that one|this one)\b").sub(named.group(0), last, count=1) if named else None


# a whole sentence that takes the one before it back: 'Put X in the bin. Wait, no, don't! Put it on Y instead.'
_CANCEL_RE = re.compile(r"^\W*(?:(?:wait|no+|oh|oops|hang on|stop|hold on|actually)\W+)*(?:do not|don't|dont|don\u2019t)(?: do (?:that|it)| "
                        r"(?:bin|move|put|throw) (?:it|that))?\W*$", re.IGNORECASE)


_AROUND_RE = re.compile(r"^\W*(?:please )?(?:do not|don't|dont|don\u2019t|never) mind (?:the|this|my|all the|that) (?:mess|clutter|chaos)\W*$|"
                        r"^\W*(?:i|we) (?:can't|cannot|can not|can\u2019t|couldn't|could not|can never) see(?: (?:the table|the blocks|it|anything|much|"
                        r"well))?(?: (?:from|where) [^.;?!]+)?\W*$|^\W*(?:the (?:baby|kids?|cat|dog|toddler)|someone|somebody|he|she|they) (?:might|could|may|"
                        r"will|keeps?|would) (?:knock|bump|tip|push|break|grab|chew) (?:it|them|that|this)\b[^.;?!]*\W*$|^\W*(?:is|isn't|isn\u2019t|is not|won't|won\u2019t|wouldn't|wouldn\u2019t|"
                        r"doesn't|doesn\u2019t) (?:that|it|this)(?: (?:be|look|sound))? (?:just )?(?:so |very |really )?(?:nice|lovely|great|fun|cute|sweet|pretty|neat|"
                        r"grand|wonderful|exciting|brilliant|clever|fancy|smart)\W*$", re.IGNORECASE)  # 'Isn't that nice?' after a wish: a comment, not a question


_POINT_RE = re.compile(r"^\W*(?:look at|see|check|consider|notice|there(?:'s|\u2019s| is)|here(?:'s|\u2019s| is)) (?:the|an?) \w+ (?:block|bowl|cube)(?:,? and (?:the|an?) \w+ (?:block|bowl|cube))?\s*[.!?]?\s*$", re.I)
_PERMIT_RE = re.compile(r"\W*should (?:anything|something|a block|any block) be (?:resting |sitting |lying |stacked )?on (?:it|top of it)\b[^.;]*\W*$", re.I)  # a lawyer's leave
# a go-ahead, whose 'it' is no thing named before ('Make it happen!', 'Reunite them!'), never 'make sure it is in W'
_GO_RE = re.compile(r"\W*(?:reunite them|bring them together)\b|(?!\W*make sure\b)" + GO_AHEAD_RE.pattern, re.I)
_BOWL_SEEN_RE = re.compile(r"^\W*(?:\w+,\s*)?(?:see|look at|you see|do you see|can you see|spot|notice) (the \w+ bowl)(?: over there| there| here)?\s*[?.!]\s*$", re.I)
_TOWER_SEEN_RE = re.compile(r"^\W*(?:(?:can|do) you (?:see|spot|notice)|see|look at|you see) (the (?:tallest |highest |biggest |smallest |shortest )?(?:tower|stack|pile))\W*$", re.I)
_SAME_RE = re.compile(r"\bthe same colou?r\b(?! as\b)", re.I)  # 'See W? Find the block that's the same colour and pop it in there': W's
_THERE_RE = re.compile(r"^\W*there(?:'s|\u2019s| is) (?:a|one|just one|only one|just the one|only the one|the one|a single|just a single) (?:block|cube) (in|on|inside|on top of) (the \w+ (?:bowl|block))\W*$", re.I)


# How things are now, then how they should end: 'Now X is on the table; at the end it's in the corner', 'X sits in W now -
# at the end it should be in V', 'Before, X is in W; after, it's on Y', 'At the moment X sits on T - change that so it ...'
_NOW_THEN_RE = re.compile(r"^\s*(?:(?:now|right now|at the moment|currently|at present|before|to begin with|at the start|initially)\s*,?\s+"
                          r"(?P<a>the [^.;!?]+?) (?:is|are|sits|sit|lies|rests|stands)\b(?P<pa>[^.;!?]*?)|(?P<b>the [^.;!?]+?) (?:is|are|sits|lies|"
                          r"rests|stands)\b(?P<pb>[^.;!?]*?)\b(?:now|right now|at the moment|currently|at present|to begin with))\s*(?:[.;!]|\s-+\s|"
                          r"\s*[\u2013\u2014])\s*(?:but |and )?(?:at the end|in the end|by the end|afterwards|after|when (?:you're|you are|"
                          r"you re) (?:done|finished)|once (?:you're|you are|you re) (?:done|finished)|change (?:that|this|it) so(?: that)?|"
                          r"i want (?:that|this|it) changed so(?: that)?)\s*,?\s*(?:(?P<it>it|they)\b|(?=the ))", re.IGNORECASE)


_ONE_RE = re.compile(r"\W*(?:there(?:'s|\u2019s| is) (?:just |only )?(?:one|a single|an?(?= \w+ bowl))|(?:do )?(?:you )?(?:see|notice|spot))(?: the| that| this)? ((?:[\w-]+ ){0,3}?(?:block|bowl|stack|tower))\b([\w ]*?)\W*$", re.I)  # one thing said to be there, then what to do with 'it'


def swapped_in(instruction: str) -> str:
    """'At the moment X is in W. I want Y in there instead of it.', "Right now it's X that's in W; I'd rather it were Y":
    'Put Y in W instead of X.' (read before a description could take 'X that's in W' for a check)."""
    return _SWAPPED_IN_RE.sub(lambda m: f"Put {m['y']} {m['p'].lower()} {m['w']} instead of {m['x']}.", instruction)


def told(instruction: str) -> str:
    """The instruction without its sentences that carry no part of a request ('Arm, this is Control.', 'Yes chef?',
    'Over.'), a report's account of how things are now, and restatements; each label ('Phase one: ...') dropped. As it
    is when nothing would be left."""
    instruction = rx(r"(?:^|(?<=[.!?]\s))\W*you(?:'ll| will| may| might| can)? (?:notice|see|find|spot|observe) (?=(?:a|one|a single|just one|only one) (?:[\w-]+ )?(?:block|bowl)\b)",
                     re.I).sub("There is ", instruction)  # a guide's 'You will notice a block in W. Kindly ...'
    if m := rx(r"^\W*(?:(?:alright|all right|ok|okay|right|so|by my reckoning|as far as i can tell),?\s*)?(?:(?:i (?:can )?see|i (?:note|notice|observe)(?: that)?) (the \w+ (?:block|bowl))(?: there)?(?: (?:is |sits )?(?:on|in) (?:your|the) (?:table|\w+ bowl))?|(?:exactly |only |just )?"
               r"one block (?:is (?:directly |right )?((?:below|under|beneath|underneath|on top of|on|above|in) the \w+ (?:block|bowl))|(?:is|sits) (closer) to (the [\w ]+?) than any other(?: block| one)?)|why is (the \w+ block) still (?:(?!\b(?:should|when|instead|supposed|meant|ought)\b)[^?.])+)\s*[.!?]\s*(?=\w)", re.I).match(instruction):
        instruction = rx(r"\b(?:it|that one|that block|this block)\b", re.I).sub(m[1] or m[5] or (f"the block nearest to {m[4]}" if m[3] else f"the block {m[2]}"), instruction[m.end():], count=1)  # 'I can see X. It ...'
    instruction = aliased(sections(bound(restated(instruction)) if "(" in instruction else instruction))  # 'call W home; put X home'  # 'the x such that on(x, Y); goal: in_bin(x)'
    instruction = rx(r"^\W*(?:excuse me,?\s*)?(?:the )?(\w+ block) (?:is |stand |stands |sit |sits |is standing |is sitting )?(on|in|inside|on top of) (?:the )?"
                         r"(\w+ (?:block|bowl))\s*[,?]\s*(?:yes|right|yes or no|correct|true|no)\s*\?\s*$", re.I).sub(r"is the \1 \2 the \3?", instruction)  # a learner's 'X stand on Y, yes?', 'X is on Y? Yes or no?'
    instruction = rx(r"^\W*(?:(the \w+ block) has (?:a block|something|another block) (?:on (?:top of )?it|on top)|(?:something|a block|another block) is "
                         r"(?:sitting )?on (?:top of )?(the \w+ block))\s*[.!]+\s*(?:so,? )?is (?:that|it)(?: one)? the (\w+)(?: block| one)?\s*\?\s*$", re.I).sub(
                         lambda m: f"Is the block on top of {m[1] or m[2]} the {m[3]} block?", instruction)  # 'X has a block on it! Is that Y?'
    instruction = rx(r"^(\W*(?:i (?:think|believe|guess|suppose|reckon|bet) )?the \w+ block (?:is|are) [^.!?]+?)[.!]\s*((?:but )?i(?:'m| am) not (?:sure|certain)[.!,]?\s*)?"
                         r"(is it|is that (?:right|true|so|correct))\s*\?\s*$", re.I).sub(r"\1, \2\3?", instruction)  # 'I think X is on Y. Is it?': one question
    if (m := _NOW_THEN_RE.match(instruction)) and not m["it"]:
        instruction = instruction[m.end():]  # 'X is on Y now - afterwards Y should be on X': the end said in full
    elif m:
        rest = instruction[m.end("it"):]
        if n := rx(r"\s*(?:'s|\s+is) the other way (?:round|around)\s*[:,-]?\s*(.+)", re.I).fullmatch(rest):
            instruction = n[1]  # 'X is on Y. At the end it's the other way round: Y on X'
        else:
            said = rx(r"\s*(?:must|should|will|can|may)(?: not|n't|n\u2019t| never) be(?: there| anymore| any more)?\W*", re.I).fullmatch(rest)
            instruction = (m["a"] or m["b"]) + (f" must not be{m['pa'] or m['pb']}." if said else rest)  # '... at the end it mustn't be'
    instruction = rx(r"(?<=\w)\s+(?:\d{1,2}|[a-f])\)\s+(?=\w)").sub(". ", instruction)  # '1) count X 2) tell me how many'
    instruction = rx(r"^([^?]+)\?\s*(?:and |but )?(?:please )?(?:leave|keep) (the \w+ (?:block|cube)) out of (?:the|your|that) (?:count|counting|total|tally)\W*$", re.I).sub(
                         r"\1, not counting \2?", instruction)  # 'How many ...? Leave X out of the count.'
    instruction = rx(r"^([^?]*\bhow many\b[^?]+)\?\s*(?:and )?(?:every|each|all)(?: single| last)? (?:block|one)s? counts?(?:,?\s*(?:whether )?(?:in a bowl|in the bowls)"
                     r" or not)?\W*$", re.I).sub(r"\1?", instruction)  # 'How many blocks? Every block counts, in a bowl or not!'
    instruction = rx(r"^(\W*(?:how|where|what|which)\b[^?]+\?)\s*(?:so |i mean )?(?:how many (?:blocks|cubes)|in blocks|counting blocks|which "
                         r"(?:bowl|block|one)|what colou?r|where exactly)\s*\?+\s*$", re.I).sub(r"\1", instruction)  # '... tower? How many blocks?'
    instruction = rx(r"^(\W*(?:(?:would you (?:kindly |please )?|could you |can you |please |kindly )?(?:tell me|check|count|find out|let me know))\b(?:(?! and (?:put|place|take|move|remove|empty|clear|bin|throw|drop|stack|get)\b)[^.?!;])+?),?\s+"
                         r"(?:and )?then,?\s+(?=(?:put|place|add|throw|bin|move|take|drop|stack|get)\b)", re.I).sub(r"\1? ", instruction)  # 'count X, then put ...'
    parts = [p for p in rx(r"(?<=[.!?;])\s+|\s*\n+\s*").split(instruction.strip()) if p.strip(" -*") and not rx(
        r"\s*(?:step|phase|stage|part)\s*(?:\d+|one|two|three|four|five)\s*[.:)]?\s*", re.IGNORECASE).fullmatch(p)]  # 'Step 1. X. Step 2. Y.'
    parts = [_MARKER_RE.sub("", s) for p in parts if not rx(r"\s*(?:\d{1,2}|[a-f])[.)]\s*").fullmatch(p) for s in split_now(p)]  # '1.', '- ', '* '
    if len(parts) < 2:
        return _MARKER_RE.sub("", instruction)
    for i, m in [(i, m) for i, p in enumerate(parts[:-1]) if (m := _TOWER_SEEN_RE.match(p))][:1]:  # 'Can you see the tallest tower? Good. Now take the block from the top of it ...'
        j = i + 1 + bool(i + 2 < len(parts) and rx(r"\W*(?:good|great|ok|okay|right|lovely|perfect|excellent|nice)\W*", re.I).fullmatch(parts[i + 1]))
        if rx(r"\b(?:of|from) (?:it|that)\b", re.I).search(parts[j]):
            parts[i: j + 1] = [rx(r"\b(of|from) (?:it|that)\b", re.I).sub(lambda t: f"{t[1]} {m[1]}", parts[j], count=1)]
    for i, m in [(i, m) for i, p in enumerate(parts[:-1]) if (m := _BOWL_SEEN_RE.match(p)) and _SAME_RE.search(parts[i + 1])][:1]:
        parts[i: i + 2] = [rx(r"\bin (?:there|it)\b", re.I).sub(f"in {m[1]}", _SAME_RE.sub(f"the same colour as {m[1]}", parts[i + 1], count=1), count=1)]
    parts = set_aside([p for p in parts if not _AROUND_RE.match(p) and not _PERMIT_RE.match(p)] or parts)  # 'Don't mind the mess.'; 'W is empty now. Put X in it.'
    if parts[-1].rstrip().endswith("?") and (that := rx(r"\b(?:that|this) (bowl|block)\b", re.I).search(parts[-1])):
        named = set(rx(rf"\bthe ((?:{'|'.join(COLOURS)}) {that[1]})\b").findall(" ".join(parts[:-1]).lower()))
        if len(named) == 1:  # 'I want to put X in W for now. Is that bowl empty?': the one bowl said before
            parts[-1] = f"{parts[-1][: that.start()]}the {named.pop()}{parts[-1][that.end():]}"
    for i in [i for i, p in enumerate(parts) if i and rx(r"\W*(?:and |then )*(?:do (?:it|that|this|the same)|repeat (?:it|that|this))(?: again)? "
                                                              r"(?:once|twice|thrice|\w+ times)\b", re.I).match(p)][:1]:
        parts[i - 1: i + 1] = [f"{parts[i - 1].rstrip(' .!;')}; {parts[i]}"]  # 'Take a block off the table and bin it. Do it three times.'
    parts = [p for i, p in enumerate(parts) if not (i + 1 < len(parts) and _POINT_RE.match(p) and all(  # 'Look at X. Put X on Y.': pointed at, then named
        rx(rf"\b{n}\b", re.IGNORECASE).search(" ".join(parts[i + 1:])) for n in rx(r"\b(?:the|an?) (\w+ (?:block|bowl))", re.IGNORECASE).findall(p)))]
    for i, m in [(i, m) for i, p in enumerate(parts[:-1]) if (m := _ONE_RE.match(p))][:1]:  # "There's one empty bowl; put X in it."
        named = r"the \w+ block" if m[1].endswith("bowl") else r"the (?:\w+ ){0,2}(?:block|one)"  # a block said before 'it': 'it' is that block, unless a bowl was seen
        if it := rx(rf"(?:(?:in|into|on|onto|as|to|under|from|off|of) |^(?:(?!\b{named}\b).)*?)\bit\b", re.I).search(parts[i + 1]):
            parts[i: i + 2] = [parts[i + 1][: it.end() - 2] + f"the {m[1]}{m[2]}" + parts[i + 1][it.end():]]
    for i, m in [(i, m) for i, p in enumerate(parts[:-1]) if (m := rx(r"\W*(?:the )?(\w+ bowl)\W*", re.I).fullmatch(p)) and rx(
            r"\W*how many (?:blocks|cubes)(?: are there| in it| does it (?:have|hold))?\W*", re.I).fullmatch(parts[i + 1])][:1]:
        parts[i: i + 2] = [f"How many blocks are in the {m[1]}?"]  # a surgeon's 'Orange bowl. How many blocks?'
    for i, m in [(i, m) for i, p in enumerate(parts[:-1]) if (m := _THERE_RE.match(p))][:1]:  # 'There's a block in W. What colour is it?'
        parts[i: i + 2] = [rx(r"\b(?:it|th(?:at|is) (?:block|one|cube))\b", re.IGNORECASE).sub(f"the block {m[1]} {m[2]}", parts[i + 1], count=1)]
    for i, m in [(i, m) for i, p in enumerate(parts[:-1]) if (m := rx(r"\W*there are (?:some|a few|several) blocks (in|on) (the \w+ (?:bowl|block))"
                                                                           r"\W*$", re.I).match(p))][:1]:  # 'There are some blocks in W; how many are there?'
        parts[i: i + 2] = [rx(r"^\W*how many(?: of them)? are there\b(?: in it| on it)?", re.I).sub(f"how many blocks are {m[1]} {m[2]}", parts[i + 1])]
    for i, m in [(i, m) for i, p in enumerate(parts[:-1]) if (m := rx(r"\W*(?:look at|see|take|check|consider) (the \w+ (?:block|cube)) and (the \w+ "
                                                                           r"(?:block|cube))\W*$", re.I).match(p))][:1]:  # 'Look at X and Y. Are both of them in W?'
        parts[i: i + 2] = [rx(r"\b(?:(?:is|are) (?:each|both|either) of them|are they(?: both)?)\b|\b(?:both of them|the two of them|they|them)\b", re.I).sub(
                                  lambda p: f"are {m[1]} and {m[2]} both" if p[0].lower().startswith(("is", "are")) else f"{m[1]} and {m[2]}", parts[i + 1],
                                  count=1)]
    for i, m in [(i, m) for i, p in enumerate(parts[:-1]) if (m := rx(r"\W*(the \w+ block) (?:should|ought to|is supposed to|has to|needs to) be (in|on|"
                                                                           r"inside|on top of) (the \w+ \w+)\W*$", re.I).match(p)) and rx(
                                                                           r"\W*is it (?:there|in there|in it|on it|on there)(?: already| now| yet| right now)?\W*$", re.I).match(
                                                                           parts[i + 1])][:1]:
        parts[i: i + 2] = [f"is {m[1]} {m[2]} {m[3]}?"]  # 'X should be in W. Is it there already?'
    for i, m in [(i, m) for i, p in enumerate(parts[:-1]) if (m := rx(r"\W*(the \w+ bowl) (?:should|ought to|is supposed to|has to|needs to|is meant to) "
                                                                           r"(?:hold|contain|have) (the \w+ block)(?: in it)?\W*$", re.I).match(p)) and rx(
                                                                           r"\W*does it(?: (?:hold|have|contain) (?:it|that one))?(?: already| now| yet| right now)?\W*$", re.I).match(
                                                                           parts[i + 1])][:1]:
        parts[i: i + 2] = [f"is {m[2]} in {m[1]}?"]  # 'W is supposed to hold X. Does it already?'
    parts = [p for i, p in enumerate(parts) if not (i and (m := rx(r"\W*not (the [\w ]+?),\s*(?:but )?(the [\w ]+?)\W*$", re.I).match(p)) and
                                                    m[2].lower() in parts[i - 1].lower())]  # 'Move X to W. Not V, W.': W said again
    for i in [i for i, p in enumerate(parts) if i and rx(r"\W*not (?:the|those|any)\b", re.I).match(p)][:1]:
        if m := rx(r"\W*not ((?:the|those|any) [\w ]+?)(?: though| tho)(?:,?\s*(?:leave|keep) (?:those|them|these|that one|it)(?: alone| there| "
                             r"where (?:they|it) (?:are|is))?)?\W*|\W*not ((?:the|those|any) [\w ]+?),?\s*(?:leave|keep) (?:those|them|these|that one|it)(?: alone| "
                             r"there| where (?:they|it) (?:are|is))?\W*", re.I).fullmatch(parts[i]):
            parts[i - 1: i + 1] = [f"{parts[i - 1].rstrip(' .!')}, but not {m[1] or m[2]}."]  # 'Bin the loose blocks! Not the two on the left, leave those!'
    for i in [i for i, p in enumerate(parts) if i and i + 1 < len(parts) and _CANCEL_RE.match(p)][:1]:  # 'X. Wait, no, don't!'
        thing = rx(r"\bthe \w+ (?:block|cube)\b", re.IGNORECASE).search(parts[i - 1])
        parts[i - 1: i + 2] = [rx(r"\b(?:it|that one)\b").sub(thing.group(0), parts[i + 1], count=1) if thing else parts[i + 1]]
    for i in [i for i, p in enumerate(parts[:-2]) if p.rstrip().endswith("?") and rx(r"\W*(?:(?:sorry|no|oops|wait|actually)\W+)+(?:i meant |i mean )?the "
              r"\w+ (?:block|bowl)\W*$", re.I).match(parts[i + 1]) and rx(r"\W*(?:is|does) (?:that one|it|this one) (?:in|inside|on) (?:it|there)\W*$", re.I).match(parts[i + 2])][:1]:
        parts[i: i + 3] = [f"{parts[i]} {parts[i + 1]}"]  # 'Is X in W? Sorry, I meant Y. Is that one in it?': the question taken back
    parts = [rx(r"^\W*(?:the )?blocks (?:in|inside) (?:the )?bowls\s*:\s*(?:unchanged|untouched|stay(?: put)?|as (?:they are|is)|no change|leave (?:them )?alone)\W*$", re.I).sub(
                    "Leave the blocks in the bowls alone.", p) for p in parts]  # an audit's 'Blocks in bowls: unchanged.'
    for i, m in [(i, m) for i, p in enumerate(parts[:-1]) if (m := rx(r"\W*why (?:is|are) (the \w+ (?:block|cube)) (?:still |even |sitting |lying )?(?:in|on|inside|on "
                                                                           r"top of|at) the [\w ]+?\W*$", re.I).match(p))][:1]:
        parts[i: i + 2] = [rx(r"\bit\b").sub(m[1], parts[i + 1], count=1)]  # 'Why is X in W? Take it out ...': a complaint, then what to do with X
    for i in [i for i, p in enumerate(parts[:-1]) if rx(r"\W*(?:please )?(?:stack|build|make|pile|put together|create)\b", re.I).match(p)][:1]:
        end = r"(?:(?:with |and |put |place )?(?:the )?\w+ (?:one|block|cube)s? (?:(?:is |goes |should be |must be )?(?:at|on|in) the (?:bottom|base|middle|top)|on top|" \
              r"lowest|highest)\W*)"
        if rx(rf"\W*{end}{{1,3}}", re.I).fullmatch(parts[i + 1]):  # 'Stack X and Y on Z. The X one in the middle, the Y one on top.'
            said = rx(r"^(?:put|place) |\b(?:is|goes|should be|must be) (?=(?:at|on|in) the )", re.I).sub("", parts[i + 1].strip(" .!"))
            parts[i: i + 2] = [f"{parts[i].rstrip(' .!')}, with {said}."]
        elif m := rx(r"\W*(?:start|begin) with (the \w+ (?:block|cube)),?((?:,? (?:then|and then|followed by) (?:the )?\w+ (?:block|cube))+)\W*", re.I).fullmatch(parts[i + 1]):
            parts[i: i + 2] = [f"build a tower: {m[1]}{m[2]}."]  # 'Build a stack from X, Y and Z. Start with X, then Y, then Z.'
    parts = _fragments([p for i, p in enumerate(form_request(parts)) if not (i and _ACCEPT_RE.match(p))])
    if (rx(r"\s*(?:later|afterwards|eventually|in a bit|soon)(?: on)?,? (?:i|we) (?:want|would like|need|will want)\b", re.I).match(parts[0])
            and (m := rx(r"\s*(?:but )?(?:before that|first|before (?:you do|doing) (?:that|"
                               r"it)),?\s*(?:(?:can you |could you )?(?:tell me|let me know)\s*[:,]?\s*)?(?=(?:is|"
                               r"are|what|where|which|how|does|do)\b)", re.I).match(parts[1]))):
        parts = [parts[1][m.end():], *parts[2:]]  # 'Later I want X on Y. Before that, tell me: is ...?': the question, asked now
    parts = [p for i, p in enumerate(parts) if not (i and rx(r"\s*(?:(?:currently|at the moment|right now|"
                                                                   r"at present|actually),?\s+(?:it|they|it's|"
                                                                   r"the \w+ \w+) |(?:it|they|that one|the \w+ \w+)(?:'s|'re| is| are) still (?:on|in|at|"
                                                                   r"sitting|lying|there|here)\b)", re.IGNORECASE).match(p))]  # 'X should be in the middle. Currently it's on the pink one.': how it is now
    parts = [p for i, p in enumerate(parts) if not (i + 1 < len(parts) and rx(r"(?:\.\.\.|\u2026)\s*$").search(p) and not CORRECTION_RE.match(
        parts[i + 1].lower()) and rx(
        r"\s*(?:(?:hmm+|um+|uh+|er+|well|right|ok|okay|so),?\s*)*(?:let me (?:think|see)|how many|what(?! (?:i|we)\b(?:'d| would| really)* (?:like|love|want|need)\b)|which|where|is|are|do|does)\b",
        re.IGNORECASE).match(p))]  # thinking aloud: 'hmm, how many are in bowls... a few. ok, so, put ...'
    parts = [rx(r"^(the \w+ (?:block|cube) (?:is|sits|lies) [^.;]+?),? (at the moment|right now|currently|at present)"
                    r"(\W*)$", re.I).sub(r"\2 \1\3", p) if i + 1 < len(parts) else p for i, p in enumerate(parts)]
    for i in [i for i, p in enumerate(parts[:-1]) if _present(p) and len(rx(r"\bit\b", re.I).findall(parts[i + 1])) > 1][:1]:
        if where := rx(r"\b(?:on|in|inside|on top of) (the \w+ (?:block|cube|bowl))\W*$", re.I).search(parts[i]):  # 'Right now X is on Y. It
            parts[i + 1] = rx(r"\b(on|in|off|from|out of|on top of) it\b", re.I).sub(rf"\1 {where[1]}", parts[i + 1])  # shouldn't be on it'
    parts = [topic if i + 1 < len(parts) and (topic := _present(p)) and rx(_THAT_RE, re.IGNORECASE).search(parts[i + 1]) else p
             for i, p in enumerate(parts)]
    for i in [i for i, p in enumerate(parts[:-1]) if _LOOK_RE.match(p)][:1]:  # 'Look at each block's colour. Put it in ...'
        parts[i: i + 2] = [rx(r"\bit\b").sub("each block", rx(r"\b(?:that|this) same\b").sub("the same", parts[i + 1]), count=1)]
    wrong = [rx(r"^(?:whatever|everything that|everything which|anything that) (?:is|are) ", re.IGNORECASE).sub("everything ", m.group(1)) + "." if (m := _WRONG_RE.match(p)) and i + 1 < len(parts) else p
             for i, p in enumerate(parts)]
    parts = _fragments(wrong) if wrong != parts else parts  # 'X is in the wrong spot. Its place is W': 'X. It belongs in W'
    parts = [p for p in parts if not (_GIVEN_RE.match(p) and len(parts) > 1)]
    for i in [i for i, p in enumerate(parts[:-1]) if _NOW_START_RE.match(p) and _INSTEAD_RE.match(parts[i + 1])][:1]:
        said = rx(r"\b(?:of )?(the (?:\w+ )?(?:blocks|cubes|bowls))\b|\b(the \w+ (?:block|cube|bowl))\b", re.I).search(parts[i])
        parts[i + 1] = rx(rf"\b{'them' if said and said[1] else 'it'}\b").sub((said[1] or said[2]) if said else r"\g<0>",
                              _INSTEAD_RE.sub("", parts[i + 1]), count=1)
        parts[i] = ""  # 'Right now two of the blocks are in a bowl; instead I want all of them in one': how it is now
    for i in [i for i, p in enumerate(parts) if i and rx(r"\W*(?:and )?(?:then|after that|afterwards|next|finally)?,?\s*(?:swap|switch|interchange|exchange|"
                                                                r"trade|reverse|flip|invert) (?:them|the two|both|those two|(?:the|that) pair)\b", re.I).match(p)][:1]:
        parts[i - 1: i + 1] = [f"{parts[i - 1].rstrip(' .;!')}, then " + rx(r"^\W*(?:and )?(?:then|after that|afterwards|next|finally)?,?\s*", re.I).sub("", parts[i]), ""]  # '...; after that, swap the two': of the blocks just named
    parts = [p for p in parts if p]
    steps = [bool(VERB_RE.match(c := clean_text(unlabel(p)))) and not rx(r"(?:look|watch|notice|see|spot)\b").match(c)
             for p in parts]  # a check counts only after a step; 'Look at X. Is something on it?' is no step
    parts = [_checked(p) if any(steps[:i]) else p for i, p in enumerate(parts)]
    wanted = any(_WANTED_RE.match(p) for p in parts)
    kept: list[str] = []
    for i, part in enumerate(parts):
        part = rx(r"^\W*(?:because|cause|cos|coz),?\s+(?=i(?:'d| would| really| want| need)\b)", re.I).sub("", part) if i else part  # '...? Because I'd like X in it'
        text = clean_text(part)
        if kept and (n := rx(r"(?:just |only |exactly )?(one|two|three|four)").fullmatch(text)) and (k := rx(rf"\b(put|place|drop|pop|move) {n[1]} blocks(?:,\s*{n[1]},)?", re.I).search(kept[-1])):
            kept[-1] = f"{kept[-1][:k.start()]}{k[1]} exactly {n[1]} blocks{kept[-1][k.end():]}"  # 'Put three blocks in W. Just three, yes.': three in all
            continue
        if chatter(text) and not (i and CORRECTION_RE.match(part.lower()) or i + 1 < len(parts) and CORRECTION_RE.match(parts[i + 1].lower())) or rx(r"\W*(?:none|n/?a|nil|null|normal|default)\W*", re.I).fullmatch(unlabel(part)) or (kept and _AGAIN_RE.match(part)) or (wanted and _NOW_RE.match(part)) or _MINE_RE.match(part):
            continue
        if kept and rx(r"not (?:in|into|on|onto) the (?:bin|table|\w+ bowl)").fullmatch(text):
            kept[-1] = f"{kept[-1].rstrip(' .!;')}, {part}"  # 'Clear W. Not into the bin. On the table.': what the step is not
            continue
        if kept and rx(r"(?:straight |right |directly |down |back |just )?(?:in|into|on|onto|to|inside) the [\w ]+").fullmatch(text):
            head = text.split()[-1]  # 'Bin the pink cube! Straight in the bin!': said again, else where it goes (or is, asked)
            said = rx(r"^(?:straight |right |directly |down |back |just )?(?:in|into|on|onto|to|inside) ").sub("", text) in clean_text(kept[-1])  # the same place again
            comma = "," if rx(r"^\W*(?:straight |right )?(?:down|back) |\b(?:is|would be|will do) (?:fine|ok|okay|good|alright)\W*$", re.I).search(f"{part} {text}") or rx(
                r"\bnot (?:in|into|on|onto) the [\w ]+?\W*$", re.I).search(kept[-1]) else ""  # '... Down on the table.', '... on the table is fine', '... Not into the bin. On the table.'
            kept[-1] = kept[-1] if head in clean_text(kept[-1]) and said and "?" not in part else f"{kept[-1].rstrip(' .!;')}{comma} {part}"
            continue
        if not rx(r"\s*(?:is|are|does|do|did|where|what|which|how|can|could|who|why|has|have)\b", re.IGNORECASE).match(part):
            part = _TAG_RE.sub(".", part)  # '..., the blue cube's in the trash, yeah? that's all.': a request
        kept.append(part if _FIELD_RE.match(part) else unlabel(part))
    for i in range(len(kept) - 1):  # 'The block on top of the pink one. Put it in the bin.': the thing named, then what to do
        np_ = rx(r"^(the (?:\w+ )?(?:block|one|cube)) (?:that|which) (?:is|s) (?=on top of|on|in|under|beneath)").sub(r"\1 ", clean_text(kept[i]))
        if not rx(r"(?:the|everything) (?:\w+ ){0,9}?\w+").fullmatch(np_) or VERB_RE.search(np_) or rx(
                r"\b(?:is|are|was|were|must|should|can|could|will|would|shall|may|might|go|goes|has|have|had|not|"
                r"does|do|did|holds|contains|carries|sits|stands|lies|rests|belongs?|lives|stays|remains|needs|wants|looks|seems|feels|already|still|yet|into|onto|(?<!next )(?<!close )(?<!closest )(?<!nearest )to)\b|\b\w{3,}ed (?:the|a|an|it|them)\b").search(np_):  # 'The kids
            continue  # filled W with junk.', 'W holds two blocks.': a story or a fact, not a thing
        if rx(r"the \w+ (?:block|cube) (?:on top of|on|onto|in|into|inside|at|to) ").match(clean_text(kept[i + 1])):
            continue  # 'X on the table! Y on top of it!': terse steps, each its own
        if np_ in clean_text(kept[i + 1]):  # 'The white block. ... Is the white block in the white bowl?': a topic said again
            kept[i] = ""
        elif rx(rf"(?<!where ){_THAT_RE}", re.IGNORECASE).search(kept[i + 1]) and not _GO_RE.match(kept[i + 1]):  # never the 'it' of 'X stays where it is', 'Make it happen!'
            kept[i + 1] = rx(rf"(?<!where )\b(?:all of )?{_THAT}", re.IGNORECASE).sub(np_, kept[i + 1], count=1)
            kept[i] = ""
    kept = [k for k in kept if k]
    if kept and kept[-1] == parts[-1] and (asked := _asked_last(parts)):
        return asked
    # a line without its own stop ends a sentence: '1. X in W' and '2. Y in V' are two steps
    return " ".join(k if rx(r"[.!?;:,]\s*$").search(k) else f"{k}." for k in kept if k) or instruction
