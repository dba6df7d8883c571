"""What a channel wraps around a request, taken off before the request is read: a wake word or a name for the robot
('Okay Panda,', 'Hey Franka -'), a chat handle ('<priya> @arm'), a slash command or a prompt ('/task', 'cmd:', '> '), an
email's or a memo's parts ('To: robot arm', 'Subject: ... Body:', 'Hello!', 'Best regards, Dr. Okafor'), tags and
priorities ('[P2]', '(low priority)', '#cleanup'; a ticket's number is `relays`'), emoji, emoticons and sign-offs ('ty
❤️', 'xx Sam', '-- sent from my phone'). A 'P.S.' is more of the request: 'P.S. also put X in W' is said as '. Also, put X
in W'. Read by `goals` before anything else reads the words."""

from __future__ import annotations

import re

from agent.regex import rx

_ROBOT = r"(?:robot(?: arm)?|the robot|arm|robo|bot|panda|franka|computer|assistant)(?:\s*\d+)?"
_NAME = r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z][a-z]*\.? ?[A-Z][a-z]+|Lab \d+|the [a-z]+ shift|the [a-z]+ team)"
_SIGN = (r"(?:thanks|thank you|thx|ty|cheers|regards|best regards|best wishes|all the best|kind regards|many thanks|warm regards|xx+|xo+|ta|much appreciated|"
         r"sent from my (?:phone|iphone|android|mobile)|sent from \w+ \w+)")

_TRAPPINGS: tuple[tuple[str, str], ...] = (
    (r"\s*[\u27a1\u2794\u279c\u27a4]\ufe0f?\s*", " -> "),  # an arrow emoji: 'X ➡️ bin'
    (r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+\s*(?=[a-z])", "; "),  # an emoji between two sentences ends the first
    (r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+", " "),
    (r"(?:(?<=\s)|^)(?::-?\)|:-?\(|;-?\)|:-?D|:-?P|<3|\^\^)(?=\s|$|[.,!?])", " "),  # emoticons
    # email and memo parts: 'To: robot arm', 'Subject: colours Body: Hello!', 'Hi robot,'
    (r"(?im)^\s*(?:to|cc)\s*:\s*(?:the )?(?:robot(?: arm)?|arm|bot|panda|franka|operator|lab[\w ]*|[\w.]+@[\w.]+|everyone|all)\s*\n", ""),
    (r"(?i)^\s*(?:subject|re|fwd?)\s*:\s*[^\n]*?(?:\n+|\s+(?=body\s*:))", ""),
    (r"(?i)\bbody\s*:\s*", ""),
    (rf"(?im)^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?: there)?,?\s*(?:{_ROBOT})?\s*[,!.:]*\s*$\n?", ""),
    # a handle, a wake word, a slash command, a prompt
    (r"^\s*<[\w.-]+>\s*", ""),
    (r"(?:^|(?<=\s))@[\w-]+[,:]?\s*", ""),
    (r"^\s*(?:>+|/[\w-]+|(?:cmd|command|exec|run)\s*[:>])\s*", ""),
    (rf"(?i)^\W*(?:(?:hey|hi|ok|okay|yo|hello|oi|dear)[,\s]+)?{_ROBOT}\s*(?:[,:!]|\s[-\u2013\u2014])+\s*", ""),
    (r"(?i)^\W*(?:hey|hi|ok|okay|yo|oi)[,\s]+(?-i:[A-Z][a-z]+)\s*(?:[,:!]|\s[-\u2013\u2014])+\s*", ""),
    (r"(?i)^\s*quick (?:q|question)\s*:\s*", ""),
    # tags, priorities, ids: '[P2]', '(low priority)', '#cleanup', 'Req 7731 |', 'TICKET-1042:', 'MEMO:'
    (r"(?:^|(?<=\s))\[[^\]\n]{1,24}\]", " "),
    (r"(?i)\((?:(?:low|high|normal|medium|top|urgent)\s*priority|urgent|asap|fyi|p\d|normal|low|high)\)", " "),
    (r"(?:^|(?<=\s))#[A-Za-z][\w-]*", " "),
    (r"(?i)^\s*(?:desired state|requested|request|action|task|todo|to do)\s*:\s*", ""),
    # a P.S. is more of the request, unless it only says to answer; a sign-off is not
    (r"(?i)\s*\bp\.?\s?s\.?\s*[:,-]?\s*(?:(?:there is )?no need to (?:move|do|touch) (?:stuff|anything|things)|(?:just|only) (?:answer|tell me|reply))[^.?!]*[.!]?", ""),
    (r"(?i)\s*\bp\.?\s?s\.?\s*[:,-]?\s*(?:(?:also|and|one more(?: thing)?)\b[:,]?\s*)*", ". Also, "),
    (rf"(?i)(?:[,.!]?\s*(?:[-\u2013\u2014]{{1,2}}\s*)?\b{_SIGN}\b[,.!]*(?:\s*[-\u2013\u2014]*\s*{_NAME})?)+\s*[.!]*\s*(?=$|\.\s*also,)", "."),
    (rf"(?i)\s+[-\u2013\u2014]{{1,2}}\s*{_NAME}\s*(?=$|\.\s*also,)", ""),  # '... when u can - Jun'
    (r"(?i)^\s*(?:hi|hello|hey|dear)(?: there)?[,!]*\s+(?=[a-z])", ""),
    (r"(?i)^\s*(?:hello|hi)!\s*", ""),
)
# a wrapping is there only where one of these words or marks is (a quick look before the rules)
_WORDS = frozenset("ps subject body thanks thank thx ty cheers regards xx sent hello req ticket memo quick panda franka robot priority dear".split())
_MARKS_RE = re.compile(r"[^\x00-\x7f]|[<>@#\[\]|/\n]|:\)|\s[-\u2013\u2014]{1,2}\s*[A-Z][a-z]+\W*$")


def unwrapped(instruction: str) -> str:
    """The request without what its channel wrapped around it; the instruction itself when nothing was."""
    if not _MARKS_RE.search(instruction) and _WORDS.isdisjoint(rx(r"[a-z]+").findall(instruction.lower())) or rx(r"\s*[{\[].*[}\]]\s*", re.DOTALL).fullmatch(instruction):  # never a JSON request
        return instruction
    text = instruction
    for pattern, repl in _TRAPPINGS:
        text = rx(pattern).sub(repl, text)
    text = rx(r"[ \t]+").sub(" ", rx(r"\s*\n\s*").sub("\n", text)).strip()
    text = rx(r"^(?:\.\s*also,\s*)+|(?:\.\s*)+$").sub("", text).strip()
    text = rx(r"([.!?])(?:\s*\.)+\s*(?=also,)", re.IGNORECASE).sub(r"\1 ", text)
    return text or instruction
