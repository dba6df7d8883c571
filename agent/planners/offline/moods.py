"""How the speaker feels, looked past: urgency ('quick, ...', 'hurry up and ...', '... asap', 'before my boss sees'),
frustration ('No, NO, not like that!', 'for the third time:', 'I said ...', 'let's try this again'), exasperation and mild
swearing ('for heaven's sake', 'the damn X', 'the bloody X', 'the stupid thing'), pleading ('please please please', "I'm
begging you"), relief and praise before the next request ('Great, thanks! Now ...') and anxious hedges ('Sorry, this might
be a silly request, but ...', "if that's alright"), and what the speaker says of their own eyes ("I can't quite see from
here"). The feeling never changes what is asked, so its words go before anything reads the request. Read by `goals` after
`tag_questions`."""

from __future__ import annotations

import re

from agent.planners.offline.courtesies import NO_TROUBLE
from agent.regex import rx

# the words a mood is said in: the rules run only when one of them is there
_WORDS = frozenset("damn damned bloody stupid flipping freaking frigging blasted wretched darn heaven heavens heaven's goodness crying sake "
                   "seriously honestly ugh argh jeez geez gosh blimey hell dammit quick quickly hurry asap boss begging beg please no nope "
                   "wrong said again great brilliant perfect fantastic awesome amazing wonderful excellent lovely thanks thank cheers "
                   "phew yay sorry silly hope alright time times can't cannot pile mess sight tangle jumble muddle heap trouble bother good well "
                   "nice attaboy breath breathe lovely smashing magic champion ace um umm uh erm hmm maybe perhaps possibly but love adore enjoy simple easy there there's job how".split())
_A = "['\u2019]"  # an apostrophe, typed or curly
_EXCLAIMED = (rf"(?:oh,? )?(?:for (?:heaven{_A}?s|goodness{_A}?|god{_A}?s|pete{_A}?s|christ{_A}?s) sake|for crying out loud|good (?:grief|god|lord)|"
              r"oh (?:my god|my gosh|come on|dear|man|boy)|seriously|honestly|ugh+|argh+|jeez|geez|gosh|blimey|bloody hell|damn it|dammit)")
_URGED = (r"(?:for the (?:last|third|second|fourth|fifth|hundredth|umpteenth|millionth) time|once again|(?:quick(?:ly)?[ ,!]*)+|hurry(?: up)?|asap|"
          r"come on|chop chop)")  # said first: 'Quick! ...', 'For the third time: ...'
_SENTENCE_RE = re.compile(  # a whole sentence that only says how the speaker feels
    rf"\W*(?:(?:no+|nope|wrong|argh+|ugh+|oops|right|okay|ok|so)\W+)*(?:not like that|that{_A}?s (?:not (?:it|right|what i (?:said|asked for|meant|wanted))|wrong|"
    rf"all wrong)|let{_A}?s try (?:this|that|it) again|how many times do i have to (?:say|tell you)(?: this| it)?|"
    rf"(?:(?:great|brilliant|perfect|fantastic|awesome|amazing|wonderful|excellent|lovely|nice(?: one)?|good job|well done|thanks?|thank you"
    rf"(?: so much)?|cheers|yay|phew)\W*)+|what an? (?:\w+ )?(?:pile|mess|sight|tangle|jumble|muddle|heap)|{_EXCLAIMED}|{_URGED})\W*", re.IGNORECASE)
_MOODS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), r) for p, r in (
    (rf"(?:^|,\s*|(?<=[.!?;]\s)){NO_TROUBLE}\s*[,.]?\s*", " "),  # 'If it is no trouble, ...'
    (rf"(?:^|(?<=[.!?;]\s))\W*(?:(?:{_EXCLAIMED}|{_URGED})\s*[,.!:;\u2013\u2014-]+\s*)+", ""),  # 'For crying out loud, ...', 'Quick! ...'
    (rf",?\s*(?:{_EXCLAIMED}|i{_A}?m begging you|i beg you|asap|as soon as possible|right away|this instant|pronto|(?:real |really |super |very )?quick(?:ly)?)"
     r"\s*(?=[!.?]*\s*$)", ""),
    (r"(?<=\bnot),\s*i (?:beg|pray|implore|entreat) (?:of )?you\s*,", ""), (r",\s*i (?:beg|pray|implore|entreat) (?:of )?you\s*,", ","),  # 'though not, I beg you, into the bin'
    (r"^\W*(?:(?:um+|uh+|erm|er|hmm+)\b\W*)+|\s*\b(?:um+|uh+|erm|hmm+)\W*$", ""),  # a shy speaker's 'um'
    (r"^((?![^?]*\b(?:which|what|where|who|whose|how)\b)(?!\W*(?:is|are|was|were|does|do|did|has|have|can|could|would|will|should|any)\b)[^?]*[a-z])(?<!\bno)(?<!\bright)(?<!\byes)(?<!\bok)(?<!\byeah)(?<!\beh)(?<!\bokay)\?\s+(?=(?:but|and|then)\b(?!\W*(?:how|what|where|which|who|whose|is|are|was|were|does|do|did|has|have|can|could)\b))", r"\1, "),  # 'um X to the middle? but leave W how it is': one request, said shyly
    (r"^\W*(?:maybe|perhaps)\s*(?:\.{2,}|\u2026|,)\s*(?!(?:is|are|does|do|did|has|have|where|what|which|who|how|can|could|would|will)\b)([^?]*?)\s*\?+\s*$", r"\1."),
    (r"^\W*(?:maybe|perhaps)\s*(?:\.{2,}|\u2026|,)\s*|^(?!.*\b(?:how|what|where|which|who|whose|is|are|was|were|does|do|did|has|have)\b)(.*?),?\s*\b(?:maybe|perhaps|possibly)\s*\?+\s*$", r"\1"),  # 'maybe... X?', 'X, maybe?': a request said shyly
    (r"^\W*(?:(?:so+|ok|okay|um+|uh+|erm|hi|hello)\W+)*(?:sorry|excuse me|pardon(?: me)?)(?: to (?:bother|trouble|interrupt) you)?\s*[,.!:]+\s*(?=(?:is|are|can|could|would|will|do|does)\b)",
     ""),  # 'Sorry, is it possible to put X in W?': the apology, then the request or the question
    (r"^\W*(?:oh,?\s+)?how (?=i(?:'d|\u2019d| would) (?:love|adore|like)\b)", ""),  # a singer's 'Oh, how I'd adore to see X on Y!'
    (r"(?:^|(?<=[.!?;]\s))i (?:just )?(?:love|like|adore|enjoy) it when [^.!?]*[.!?]+\s*", ""),  # 'I love it when colours match, like ...! Could you ...'
    (r"(?:^|(?<=[.!?;]\s))(?:(?:ok|okay|now|so|first),?\s+)?(?:take a (?:deep |big |slow |long )?breath|breathe(?: in| out| deeply)?)(?:,? and(?: then)?|,? then|\s*[.!,;])\s*",
     ""),  # a yoga teacher's 'Take a breath and tell me, ...'
    (rf",\s*(?:good (?:robot|job|boy|girl|lad|lass|one|work|stuff|show)|well done|nice one|attaboy|lovely(?: jubbly)?|smashing|magic|champion|ace|there(?:(?:{_A}| )?s| is) a(?: good (?:robot|lad|girl|boy|one)| dear| love| darling| pet| sweetheart| poppet| treasure)?)"
     r"(?=\s*(?:[.!?;]|$))", ""),  # praise after a request: '..., good job.'
    (r"(?<=[.!?])\s*(?:simple|easy|easy peasy|simple as that|that(?:'s| is) it|there you go|job done)\W*$", ""),  # '... Put it in W. Simple.'
    (r"\bthe (?:stupid|damn|damned|bloody|silly|blasted|wretched|flipping|freaking) (?:thing|one)\b", "it"),  # 'put the stupid thing in the bin'
    (r"\b(?:damn|damned|bloody|stupid|flipping|flaming|freaking|frigging|blasted|wretched|darn|darned|dratted|goddamn)\s+(?=(?:\w+\s+){0,2}?(?:blocks?|bowls?|"
     r"cubes?|bin|table|ones?|things?)\b)", ""),  # 'the damn red block'
    (rf"\bhurry up and\s+|\b(?:please[,!]?\s+){{2,}}(?=\w)|,?\s*i{_A}?m begging you\b,?|(?:^|(?<=[.!?]\s))\W*i (?:said|told you)(?: that)?\s+(?=[a-z])", ""),
    (rf"[,.;]?\s*(?:because |as |since )?i (?:can not|cannot|can{_A}?t) (?:quite |really )?see (?:it |them |very well |properly |clearly )*(?:from here|"
     r"from where i am)?(?=[!.?]*\s*$)", ""),  # "how many bowls are there i can't quite see from here": the speaker's eyes
    (rf"\s*[-,\u2013\u2014]*\s*i{_A}?m (?:late|running late|in a (?:hurry|rush)|so late)(?: for [^.!?]*)?(?=[!.?]*\s*$)", ""),  # '... - I'm late for a meeting!'
    (r"\s*\bbefore (?:my|the|our|your) (?:boss|manager|teacher|mum|mom|dad|wife|husband|kids?|supervisor|customer|client|inspector)s? (?:sees?|notices?|gets? "
     r"(?:back|here)|comes? (?:back|in)|arrives?|finds out)\b", ""),
    (rf"^\W*sorry,? (?:this (?:might|may) be a (?:silly|stupid|dumb|weird|strange|daft) (?:request|question|thing to ask)|i hope this (?:isn{_A}?t|is not) "
     rf"too (?:much|confusing)(?:\.\.\.|\u2026)?|if this is confusing),?\s*(?:but\s+)?", ""),
    (rf",?\s*(?:sorry )?if (?:that{_A}?s|that is|this is) (?:alright|all right|ok|okay|confusing|not too much)\W*(?=\?*\s*$)", ""),
))


def calmed(instruction: str) -> str:
    """The instruction without the words that only say how the speaker feels (unchanged when it has none)."""
    if _WORDS.isdisjoint(rx(r"[a-z']+").findall(instruction.lower())):
        return instruction
    parts = [p for p in rx(r"(?<=[.!?;])\s+").split(instruction.strip()) if p]
    kept = [p for p in parts if not _SENTENCE_RE.fullmatch(p)] or parts
    text = " ".join(kept)
    for pattern, repl in _MOODS:
        text = pattern.sub(repl, text) if pattern.search(text) else text
    return text.strip() or instruction
