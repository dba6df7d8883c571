"""Requests said without saying who does them, each said as the command the clause reader knows: 'X wants moving to
the table' and 'W needs two blocks putting in it' (British), 'get X moved', 'have X put in W', 'see that X is taken down',
'X gets stacked on Y', 'X being put on Y would be ideal', 'the intended state is one in which ...', 'X is to be
transferred to W at the earliest opportunity', 'not putting X on Y is not an option'. Read among the first of `speech.SPEECH`'s rules."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

# the forms of the verbs of moving said without a doer: 'moving' and 'moved' -> 'move'
BASE_FORMS = {
    "moving": "move", "moved": "move", "putting": "put", "put": "put", "placing": "place", "placed": "place", "taking": "take", "taken": "take",
    "lifting": "lift", "lifted": "lift", "chucking": "chuck", "chucked": "chuck", "throwing": "throw", "thrown": "throw", "stacking": "stack",
    "stacked": "stack", "setting": "set", "set": "set", "shifting": "shift", "shifted": "shift", "leaving": "leave",
    "binning": "bin", "binned": "bin", "clearing": "clear", "cleared": "clear", "emptying": "empty", "emptied": "empty",
    "transferring": "transfer", "transferred": "transfer", "relocating": "relocate", "relocated": "relocate", "dropping": "drop",
    "dropped": "drop", "popping": "pop", "popped": "pop", "removing": "remove", "removed": "remove", "depositing": "deposit",
    "deposited": "deposit", "returning": "return", "returned": "return", "sorting": "sort", "sorted": "sort", "tidying": "tidy",
    "tidied": "tidy", "unstacking": "unstack", "unstacked": "unstack", "getting": "get",
}
_ING = "|".join(w for w in BASE_FORMS if w.endswith("ing"))
_ED = "|".join(w for w in BASE_FORMS if not w.endswith("ing"))
_WHO = r"(?:only |just )?the [\w ]+?|everything(?: else)?|every \w+(?: \w+){0,4}?|all the \w+|each \w+|both \w+|any \w+"
_CLAUSE = r"(?:^|(?<=[,;:] )|(?<=\band )|(?<=\bthen )|(?<=\bthat )|(?<=\bfirst )|(?<=\bafter that )|(?<=\bnext ))"


def _into(m: re.Match[str]) -> str:
    """'into W shall go the block whose colour matches it' -> 'the block whose colour matches W should go into W'."""
    said = rx(r"\bit\b").sub(m[2], m[3])
    return f"{said} should go {m[1]} {m[2]}"


def _do(m: re.Match[str]) -> str:
    return f"{BASE_FORMS[m['verb']]} {m['what']}"


PASSIVES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # a gerund said not to be optional: 'not putting X on Y is not an option' (do it), 'not moving X is not optional' (do not)
    (r"\bnot (\w+ing) ([^,;.:]+?) is not (?:an option|acceptable|allowed|ok|okay)\b", lambda m: f"{BASE_FORMS.get(m[1], m[1])} {m[2]}"),
    (r"\bnot (\w+ing) ([^,;.:]+?) is (?:not optional|a must|required|mandatory)\b", lambda m: f"do not {BASE_FORMS.get(m[1], m[1])} {m[2]}"),
    # 'X wants moving to the table', 'everything else wants leaving alone', 'W needs two blocks putting in it'
    (rf"{_CLAUSE}(?P<what>{_WHO}) (?:wants|needs|want|need) (?P<verb>{_ING})\b", _do),
    (rf"{_CLAUSE}(the \w+ bowl|the bin) (?:wants|needs|want|need) (.+?) (putting|placing|popping|dropping) (in|into) (?:it|there)\b",
     lambda m: f"{BASE_FORMS[m[3]]} {m[2]} in {m[1]}"),
    # 'get X moved somewhere', 'have X put in W', 'have X cleared': the causative, said as the command
    (rf"{_CLAUSE}(?:please )?(?:get|have) (?P<what>(?:the|a|an|one|any|every|all|each|both)\b(?:(?! and\b| then\b| to\b)[\w ])+?) (?P<verb>{_ED})"
     r"(?= (?:in|into|on|onto|to|off|out|down|up|away|at|over|back|somewhere|elsewhere|anywhere|inside|so)\b|\W*(?:[,;.]|$))", _do),
    # 'see that X is taken down first, and then that Y is put ...', 'make sure X gets put ...'
    (r"^(?:please )?see (?:to it )?that (?=(?:the|a|an|every|each|all|no|both)\b)", ""),
    (r"(?<=\bthen )that (?=(?:the|a|an|every|each|all|no|both)\b)", ""),
    (rf"\b(?:has got|have got|has gotten|gets|got) (?=(?:{_ED})\b)", "is "),  # 'Y gets stacked on it'
    (rf"\b(?:to |not |n t |never )get (?=(?:{_ED})\b)", lambda m: m[0][: -len("get ")] + "be "),  # 'X isn't to get shifted'
    # 'the blue bowl's block', 'the block on which X rests', 'every block for which a bowl of the same colour exists'
    (r"\bthe (\w+) bowl(?:'s| s) (blocks?)\b", r"the \2 in the \1 bowl"),
    (r"\bthe block on which (the \w+ block) (?:rests|sits|stands|lies|is resting|is sitting|is standing)\b", r"the block under \1"),
    (r"\b(every|each|all|any) (blocks?) (?:sharing|that shares?|which shares?) (?:its|their) colou?r with (?:a|any|one of the) bowls?\b", r"\1 \2 that has a bowl of the same colour"),
    (r"\bthat no other block (?:remains|stays|is left|is) in (?:any|a) bowl\b", "no other block is in a bowl"),
    (r"\b(every|each|all|any) (blocks?) for which (?:a|there is a) bowl of (?:the same|its own|its|their own|their) colou?r (?:exists|is there|is present)\b",
     r"\1 \2 that has a bowl of the same colour"),
    (r"\b(?:currently |presently )?contained in\b", "in"),
    (r"\b(?:be )?removed and (?=(?:set|put|placed|moved|laid)\b)", "be "),
    (r",?\s*(the \w+ block) remaining (?:undisturbed|untouched|where it is|in place|unmoved|as it is)\b", r" and leave \1 where it is"),
    # 'into W shall go the block whose colour matches it', 'W shall receive the block of the same colour'
    (r"^(into|in|onto|on) (the \w+ \w+) (?:shall|should|must|will|is to) go (the .+)$",
     _into),
    (r"^(the \w+ bowl) (?:shall|should|must|will|is to|needs to) (?:receive|get|take) (the block (?:of|with) (?:the same|its|its own|the matching) colou?r)\b",
     r"put \2 as \1 in \1"),
    # 'X being put on Y would be ideal', 'it would be appreciated if X could be placed in W'
    (rf"^(the [\w ]+?) being ((?:{_ED})\b.+?)(?:,? (?:would|will) be (?:ideal|great|good|perfect|nice|best|lovely|appreciated|wonderful|brilliant))?\W*$",
     r"i want \1 \2"),  # 'would be ideal' may be gone already, as filler
    (r"^it (?:would|will) be (?:much |greatly |very much )?appreciated if ", "i would like it if "),
    (r"\b(the \w+ \w+) (?:could|can|might) be (?=(?:placed|put|moved|set|stacked|transferred|relocated)\b)", r"\1 to be "),
    (r"(?:\bif )?\b(the \w+ bowl) (?:could|can|might|should|must|is to|needs to|has to) be (?:emptied|cleared)(?: out)?\b", r"empty \1"),  # 'if W could be emptied'
    (r"\b(the \w+ bowl) to be (?:empty|emptied|cleared),(?= with )", r"\1 emptied,"),  # "I'd like W to be empty, with all of its blocks ... in the bin"
    (r"\b((?:empty|clear) (?:out )?the \w+ bowl|the \w+ bowl (?:emptied|cleared)(?: out)?),? with (?:everything|all|whatever is|the blocks?|all the blocks|(?:all (?:of )?)?its blocks|its contents|what is|"
     r"the blocks from it) (?:in it |inside |in there )?(?:going|ending up|being (?:put|placed|thrown|returned|moved|taken)|put|returned|moved|placed|set|taken|sent|carried|brought|"
     r"resting|sitting|lying|set out|laid out|spread out)(?: peacefully| neatly| quietly| nicely)? (?:back )?(in|into|onto|on|to) ", r"\1 \2 "),  # 'empty W, with everything in it going into the bin'
    # 'the intended state of the table is one in which ...', 'when the work is finished, ...', '... at the earliest opportunity'
    (r"^(?:the )?(?:intended|desired|target|required|expected|final) (?:state|arrangement|layout|configuration|set ?up)(?: of the table)? is (?:one )?(?:in which|where|"
     r"with) ", ""),
    (r"^(?:when|once|after) the (?:work|job|task) is (?:finished|done|complete|completed|over),? ", ""),
    (r",?\s*\b(?:at the earliest opportunity|in due course|when convenient|at your earliest convenience)\b", ""),
    (r",?\s*\bin the (?:final|end|finished|target) (?:layout|arrangement|state|configuration|setup)\b", ""),
    (r"\bis first to be\b", "is to be"),
    (r",?\s*and subsequently\b", ", and then"), (r"\bdisplayed (?=(?:in|on|at|inside)\b)", "placed "),  # 'X displayed in W'
    (r"\b(do not|don t|dont|never) go (putting|throwing|dropping|moving|binning|tossing|sticking)\b", lambda m: f"{m[1]} {BASE_FORMS.get(m[2], m[2])}"),
    (r"\b(should|must|will|is to|are to|shall) (?:then|subsequently|afterwards|next|thereafter) be\b", r"\1 be"),  # 'X should subsequently be moved to W'
    (r"(?<=\bon the table) (?:rather than|instead of|and not) (?:in|inside) (?:a|any|the) bowls?\b", ""),  # said by the table already
    (r"\b(?:be|is|are) removed to (?=the )", "be moved to "),  # 'are to be removed to the table'
    # a cautious speaker's: 'no other block is to be moved', 'X is to remain exactly where it is, and likewise Y', '..., and nothing else'
    (r"\b(?:is|are) (not )?to be (?=(?:moved|touched|disturbed|changed|shifted)\b)", lambda m: f"should {m[1] or ''}be "),
    (r"\b(?:is|are) to remain (?:exactly |precisely |just )?(where (?:it is|they are)|as (?:it is|they are)|in place|put)\b", r"should stay \1"),
    (r",?\s*and likewise (the \w+ (?:block|bowl|cube))\b", r", and \1 too"),
    (r"\b(contain|hold|have)(?: got)? ((?:the \w+ block,? )*(?:and )?the \w+ block),? and nothing else\b", r"\1 only \2"), (r",?\s*and nothing else(?=\s*(?:[.;]|$))", lambda m: m[0] if rx(r"\b(?:holds?|holding|contains?|containing|has|have|having|only)\b").search(m.string[: m.start()]) else ""),
    (r"[.;]\s*any other blocks? (?:currently |already |now )?in it (?:must|should|has to|needs to) (?:be )?(?:taken|come|go) out\b[^.;]*",
     lambda m: "" if rx(r"\bonly\b").search(m.string[: m.start()]) else m[0]),  # said by 'only' already
)

# the same in questions: 'did X get stacked on Y?', 'has X been put in W?', 'how many blocks have had a block stacked on them?'
PASSIVES_ASKED: tuple[tuple[str, str], ...] = (
    (rf"^(?:did|has|have) (the \w+ (?:block|cube)) (?:get|got|gotten|been|ended up|end up)(?: (?:{_ED}))? (on top of|onto|on|into|inside|in)\b",
     r"is \1 \2"),
    (r"^how many blocks (?:have had|have got|have|had) (?:another|a|any) block (?:stacked |sitting |resting |placed |put )?on (?:top of )?them\b",
     "how many blocks have a block on top of them"),
)
