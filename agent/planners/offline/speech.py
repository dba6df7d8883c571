"""How people speak and write when they are not writing a command for a machine: politeness, fillers and hedges that
carry no goal (`FILLER_RE`), and the informal ways of saying a request (`SPEECH`): transcribed speech ('the um the block',
'but like not'), a learner's English ('put him on ...', 'you put ...', "it's colour"), a teacher's 'we put ...' and "let's
...", a purpose clause ('so the whole class can see it') and a work order's 'Destination: rubbish bin'. Read by
`phrasing` after the fillers are dropped and before its phrase rules."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.words import VERB_RE

FILLER_RE = re.compile(
    r"\b(?:(?:what|all) (?:i (?:would like|want|need)|you (?:should|need to|must|have to)) (?:you )?(?:to )?do is(?: to)?|"
    r"(?:would|could|will|can) you (?:be (?:so kind|kind enough|good enough|able)(?: as)? to|possibly)|"
    r"(?:be so kind as|be kind enough) to|would it be possible(?: for you)? to|is there (?:any )?(?:way|chance) you could|"
    r"(?:(?:i|we) (?:was|were|am|are) |^)hoping (?:that )?you (?:could|would|might|can|will)|"
    r"(?:i|we) (?:do )?(?:hope|trust) (?:that )?you (?:could|would|might|can|will)|do you (?:think you )?(?:could|can)|are you able to|"
    r"(?:thank you|thanks)(?: (?:so|very|ever so) much| a lot| a bunch| in advance)?|"
    r"(?:sorry|excuse me|pardon me)(?: to (?:bother|trouble|interrupt|disturb) you)?(?:,? but)?|"
    r"if (?:it is|it s) not too much (?:trouble|bother|hassle|to ask)|if you (?:would|will|do not mind|dont mind)|"
    r"(?:if|when(?:ever)?) you (?:get (?:a|the) (?:sec|second|minute|moment|chance)|have (?:a |the )?(?:sec|second|minute|"
    r"moment|time|chance)|are ready)|when(?:ever)? you can|at your convenience|no rush|right away|as soon as possible|asap|real quick|right now|just now|instead(?! of)|as well(?! as)|"
    r"(?:can|could|shall|may|might) we(?= (?:(?:please|maybe|perhaps|possibly|just|now) )*(?:get|put|move|place|stack|set|"
    r"throw|make|build|clear|sort|empty|bring)\b)|(?:can|could|may) i (?:ask you to|get you to|have you)|"
    r"(?:can|could|may) i(?= (?:please )?get\b)|why do not (?:you|we)|how about (?:you|we)(?= \w+ )|"
    r"eventually|ultimately|(?:in|by) the (?:very )?end(?: of (?:it all|it|this|the task|the day|the (?:run|episode|test|trial|"
    r"experiment)))?(?=\s*[.!]?\s*$)|"
    r"please|kindly|could you|can you|would you(?! mind)|will you|go ahead and|i (?:want|need|expect) you to|"
    r"(?:hurry|be quick)(?: up)? and|(?:pronto|immediately|straight away|at once|on the double|though|tho)(?=\s*[.!]?\s*$)|whatever (?:else )?you do|be a (?:dear|pal|love|star|sport|sweetheart) and|"
    r"(?:that |it |which )?(?:would|will) be (?:really |very |so )?(?:nice|great|good|lovely|ideal|perfect|cool|helpful|"
    r"awesome|fantastic|wonderful)(?=\s*[.!]?\s*$)|"
    r"i would like you to|i'd like you to|for (?:me|us)|ta|kind of|sort of|honestly|(?:is there )?any chance(?: that)?|now|just|also|too|carefully|quickly|gently|thanks|thank you|"
    r"if (?:that is|this is|it is) (?:ok|okay|alright|all right|fine|cool|possible|doable|feasible|manageable|no (?:trouble|problem|bother)|"
    r"not (?:a|too much (?:of a)?) (?:problem|trouble|bother|hassle))(?: with you| by you| for you)?|if (?:you can|you re able|possible) do (?:that|it)|"
    r"(?:by the time|when|once|after) (?:you are|you have|we are|it is|everything is|all is) (?:all )?(?:done|finished|through)"
    r"(?: with (?:it|this|everything))?(?=\s*[.!]?\s*$)|"
    r"if that works(?: for you)?|(?:(?:is|would) (?:that|this|it) (?:be )?|does (?:that|this) (?:sound|seem) )(?:ok|okay|alright|"
    r"all right|fine|good|possible|cool)(?: with you| for you)?(?=\s*[.!]?\s*$)|(?:will|would|could|can) (?:ya|you)(?=\s*[.!?]?\s*$)|(?:hey|hi|hello) there|yo|hiya|howdy|"
    r"good (?:morning|afternoon|evening|day)|greetings|"
    r"anymore|any longer|ok|okay|hey robot|hey|then you|um+|uh+|uhm|erm|er|hmm+|if you can|if you could|if possible|"
    r"if you do not mind|when you get a chance|when you have a moment|do me a favou?r and|"
    r"i was wondering if you could|is it possible to|cheers|much appreciated|that would be great|(?<!the )(?<!to )(?<!from )robot|buddy|mate|"
    r"thx|ty|really|basically|actually|maybe|at all|this mess|the mess|for good|once and for all|from now on|and keep holding it|"
    r"and hold it|and keep it|ideally|preferably|if at all possible|where possible|if you can manage it|"
    r"by any chance|ideally speaking)\b"
)


SPEECH: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(p), r) for p, r in (
    (r"\b(?:him|her)\b", "it"),  # 'put him on the green block': a block said as a person
    # 'scrap the pink brick. Destination: rubbish bin': a target given as a field of its own
    (r"[.;,]\s*(?:the )?(?:destination|target(?: location| place| spot)?|location|goes to|drop(?: ?off)?(?: point| location)?)"
     r",? (?:the |a )?((?:\w+ )?(?:bowl|bin|table|block)|(?:top|bottom) (?:left|right) corner|middle)$",
     lambda m: f" {'into' if re.search(r'bowl|bin', m.group(1)) else 'onto' if re.search(r'table|block', m.group(1)) else 'to'} "
               f"the {m.group(1)}"),
    (r"\bon the top of\b", "on top of"),
    (r"\bout from (?=there|it|them|the)\b", "out of "),
    (r"\bit is (colou?r|own|place|spot|bowl)\b", r"its \1"),  # "it's colour"
    (r"\b(the|a|an) (?:the|a|an)\b", r"\1"),  # 'the um the block' once the 'um' is gone
    (r"\b(but|and|so|or|just|then) like\b", r"\1"),  # 'but like not into the bin': a spoken filler
    (r",?\s*\b(?:no more(?:,| and| or)? no (?:less|fewer)|not more(?:,| and| or)? not (?:less|fewer)|neither more nor (?:less|fewer))\b", ""),
    (r"\bflat (?=on the table\b)", ""),
    # a clause that only says what it is for: '... so the whole class can see it', '... so that we can check'
    (r",?\s*\b(?:so|so that|in order that) (?:the (?:whole )?(?:class|room|team|group)|everyone|everybody|we|they|you|i|people|"
     r"the (?:students|kids|children|audience|viewers)|all of us) (?:can|could|will|may|might) (?:all )?(?:see|watch|look at|observe|"
     r"admire|check|count|notice|film|photograph)\b[^,;.]*", ""),
    # 'we put ...', "let's move ...", 'you put ...': a verb said with its doer, as in a class or by a learner
    (r"(^|[,.;] |\b(?:then|and|now|first|next|finally|after that) )(?:we|let us|let s|lets|you)(?: (?:will|shall|can|should|must|"
     r"need to|have to|are going to|re going to|gonna))? (?=\w)",
     lambda m: m.group(1) if VERB_RE.match(m.string[m.end():]) else m.group(0)),
))
