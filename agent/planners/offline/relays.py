"""Requests passed on from someone else or from a written note, read as if said here: 'my supervisor wants X in W',
'Sam asked me to tell you to bin X', 'Priya says X should come out', 'the checklist says: "..."', 'according to the
ticket, ...', 'Ticket #12, customer request: "..."', 'my boss wants to know how many ...'. Whoever asked is dropped; what
they asked for stays. A part the speaker takes back ('Ben said to bin X, but don't, put it in W instead', 'the worksheet
says ..., but the teacher corrected it: ...') is said as a sentence taken back, which `discourse.told` reads. Read by
`goals` before anything else reads the words."""

from __future__ import annotations

import re

from agent.regex import rx
from sim.core.lexicon import COLOURS

_W = r"(?!(?:is|are|was|were|has|have|had|will|would|should|must|can|could|may|might|to|be|not|never)\b)[\w-]+"  # a word of a name, never a verb
# someone: 'my little sister', 'the shift lead', 'our teacher', 'Grandpa', 'Maria' (a capital), never a thing on the table
_WHO = (r"(?!(?:who|what|which|where|when|how|why|whose|nobody|no|none|nothing|neither|it|this|that|there|here|everything|anything|"
        r"something|each|every|all|both|any|some|one)\b)(?:(?:my|our|the|his|her|their|your) (?!(?:[\w-]+ ){0,2}?(?:blocks?|bowls?|bin|table|robot|cubes?|"
        rf"corner|middle|tower|stack|{'|'.join(COLOURS)})\b)(?:{_W} ){{0,2}}?{_W}|grandpa|grandma|granny|mum|mom|dad|(?-i:[A-Z][a-z]+))(?: (?:really|also|just|now|again|still))?")
# something written: 'the checklist', "Jun's message", 'the answer key on the worksheet', 'exercise 3 on the worksheet'
_DOC = (r"(?:(?:ticket|issue|case|request|email|note|memo)(?: (?:no\.? ?|number |#)?\d+)|(?:(?:the|my|our|this|that|a|his|her|their|(?-i:[A-Z][a-z]+)'s) |"
        r"(?:exercise|question|item|task|step) \d+ (?:on|of|in|from) (?:the|my|our) )"
        r"(?:[\w'-]+ ){0,2}?(?:note|notes|checklist|list|ticket|email|e-mail|message|memo|text|worksheet|sheet|card|instructions?|plan|"
        r"spec|specification|key|order|request|brief|letter|manual|procedure|reminder|diagram|sketch|post-it|whiteboard|board))"
        r"(?: (?:on|from|in|of) (?:the|my|our|a) [\w-]+(?: [\w-]+)?)?")
_LABEL = (r"(?:req|ticket|issue|case|request|task|job|work order|order|message|note|memo|email|e-mail|text|reminder)(?:[ -]?(?:no\.? ?|number |#)?\d+)?"
          r"(?:,? (?:from (?:a|the|my|our) [\w -]+?|(?:from )?(?-i:[A-Z][a-z]+)|(?:a |the )?[\w-]+ request))?")

_RELAYS: tuple[tuple[str, str], ...] = (
    # what was asked, quoted or passed on
    (rf"^\W*{_LABEL}\s*[:,|\-\u2013\u2014]+\s*", ""),  # 'Ticket #3905: ...', 'Req 7731 | ...', 'Note from the morning shift: ...'
    (rf"^\W*(?:according to|per|as per) (?:{_WHO}|{_DOC})(?:'s? (?:[\w-]+ )?(?:spec|note|plan|list|instructions|message|email))?,\s*", ""),
    (rf"^\W*{_DOC},? (?:asks|asked|wants to know|is asking) (whether|if)\b", r"tell me \1"),  # 'the email asks whether ...'
    (rf"^\W*{_DOC},? (?:says|said|reads|read|states|stated|shows|showed|lists|specifies|requires|wants|asks for|calls for|gives|has|"
     r"describes the (?:end|final|target) (?:state|layout) as)(?: that| to)?\s*[:,-]?\s*", ""),
    # someone asks a question: 'my boss wants to know how many ...', 'Grandpa is asking what colour ...'
    (rf"^\W*{_WHO},? (?:wants to know|would like to know|needs to know|is asking(?: me)?|asks|asked(?: me)?(?: to (?:check|find out|see))?|is wondering|wonders|"
     r"is curious),?(?= (?:whether|if|what|which|where|how|who|why)\b)", "tell me"),
    # someone passes something on: 'Priya asked me to pass on that X shouldn't be on Y', 'the teacher asked the class to ...'
    (rf"^\W*{_WHO},? (?:asked|told)(?: (?:me|us))?(?: to pass on(?: that)?| to (?:tell you|let you know|say) that| that) ", ""),
    (rf"^\W*{_WHO},? (?:asked|told) (?:me|us) (?=(?:the|every|all|each|no|nothing|none|both|neither)\b)", ""),
    (rf"^\W*{_WHO},? (?:asked|told) (?:the class|everyone|all of us|us all|the team|the group) to ", ""),
    # someone asks for something: 'Sam asked me to tell you to bin X', 'Grandpa wants you to take ...', 'she said to put ...'
    (rf"^\W*{_WHO},? (?:asked|told|wants|wanted|needs|would like|'d like|requested|instructed|expects|said|says|is saying)(?: (?:me|us|you))?"
     r"(?: to (?:tell|ask|get|let|remind) you)? to (?!(?:go|be|sit|end up|stay|live|rest|come|see|watch)\b)(?=\w)", ""),  # never 'X wants to go in W'
    (rf"^\W*{_WHO},? (?:said|says|mentioned|told (?:me|us))(?: that)? (?:she|he|they)(?:'d| would| will) (like|love|prefer|want)\b", r"I would \1"),

    (rf"(?:^\W*|(?<=, )(?=[^.;!?]*\b(?:blocks?|bowls?|bin|table|everything|whatever|anything)\b)){_WHO},? (?:said|says|mentioned|insists|insisted|thinks|wrote|noted|reckons|explained|pointed out|is saying|keeps saying|tells (?:me|us)|"
     r"told (?:me|us))(?: that)?,?\s+(?!to\b)", ""),  # also after a comma: '..., dear, my daughter says whatever is in it belongs in the bin'
    (r"^\W*(?:nobody|no one|no-one|none of us|not one of us) (?:really )?(?:wants|would like|needs|asked for)\b", "I do not want"),  # 'nobody wants X in W'
    (rf"^\W*{_WHO},? (?:would|'d) (like|love|prefer)\b", r"I would \1"),
    (rf"^\W*{_WHO},? (?:wants|wanted|needs|asked for|is asking for|requested|requests|prefers|expects)\b(?! to (?:see|watch|go|be)\b)", "I want"),
)
# quotation marks: what is inside them is the request
_QUOTES: tuple[tuple[str, str], ...] = (
    (r"[\u201c\u201d\u201e\"]", ""),
    (r"(?:(?<=^)|(?<=[\s:,]))[\u2018'](?=\w)(.+?)(?<=[\w.!?])[\u2019'](?=\s*(?:[.;,!?]|$))", r"\1"),
)
_TAKEN_BACK: tuple[tuple[str, str], ...] = (
    # a part taken back: 'Ben said to bin X, but don't, put it in W instead', 'the teacher corrected it: it goes in W'
    (r",?\s*but (?:please )?(?:don't|do not|dont|don\u2019t)(?: do (?:that|it))?\s*(?:[,;:.!]|\s[-\u2013\u2014]+)\s*(?=\w)", ". Don't! "),
    (r",?\s*but (?:the |my |our )?[\w-]+ (?:corrected|changed|fixed|amended|updated) (?:it|that|this)(?: (?:in class|later|since|afterwards))?\s*"
     r"(?:[,;:.!]|\s[-\u2013\u2014]+)\s*(?:so |now )?(?=\w)", ". Don't! "),
    (r";\s*(?:but )?(?:the |my |our )?[\w-]+ (?:crossed out|changed|corrected) [^,;.]+?,\s*so (?=\w)", ". Don't! "),
    (r"(?:^|(?<=[.!?]\s))(?:please )?(?:don't|do not|dont|don\u2019t) do that\s*[;,:.!]\s*(?=\w)", "Don't! "),
)
# a relay is there only where one of these words or marks is (a quick look before the rules)
_WORDS = frozenset("req ask asked asking asks told tell tells said says saying wants wanted needs like love requested requests according per "
                   "ticket note notes checklist list email message memo worksheet sheet instructions instruction key spec insists "
                   "insisted mentioned wrote reckons thinks prefers expects know wonder wondering curious reads shows describes "
                   "corrected changed crossed nobody".split())
_MARKS_RE = re.compile(r"[\u201c\u201d\u2018\"]|#\d")


def relayed(instruction: str) -> str:
    """The instruction with whoever passed it on dropped, each sentence on its own ('My boss wants X in W. Leave Y.')."""
    if not _MARKS_RE.search(instruction) and _WORDS.isdisjoint(rx(r"[a-z]+").findall(instruction.lower())):
        return instruction
    for pattern, repl in _QUOTES if not rx(r"[{\[]").search(instruction) else ():  # never a JSON request's quotes
        instruction = rx(pattern).sub(repl, instruction)
    out = []
    for said in rx(r"(?<=[.!?;])\s+(?=\w)").split(instruction.strip()):
        s = said
        for pattern, repl in _RELAYS:
            s = rx(pattern, re.IGNORECASE).sub(repl, s)
        out.append(s[:1].upper() + s[1:] if s != said else s)
    instruction = " ".join(out)
    for pattern, repl in _TAKEN_BACK:
        instruction = rx(pattern, re.IGNORECASE).sub(repl, instruction)
    return instruction
