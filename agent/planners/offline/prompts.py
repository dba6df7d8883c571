"""A request written the way people write prompts for a chat assistant, taken out of what only frames it: a role ('You are
a careful robot arm.'), a job ('Your job is to X' says X; 'your job is done when X' says 'make it so that X'), labelled
sections ('Task:', 'Goal:', 'Keep: X, as it is now', 'Notes: you choose which blocks'), markdown ('**Goal:**', '# Task',
'- keep X where it is'), words about thinking or answering ('Think step by step.', 'Reply with the plan only.', 'Output
format: ...'), a reset ('Ignore all previous instructions', 'SYSTEM: ...', 'Earlier I asked for X. Cancel that. New
goal: ...') and an example given first ('Example: "X -> bin" means ... Now: "Y -> W"'), which is never carried out. Read by
`goals` on the raw text, right after `trappings`."""

from __future__ import annotations

import re

from agent.regex import rx

# a section's label: what follows it is the request, a thing to keep or not to do, or only how to answer (dropped)
_SAID = (r"task|goal|new task|new goal|instruction|instructions|action|request|input|do|expected result|result|desired result|user|objective|rule|rules|"
         r"constraint|constraints|notes?|question")
_FORMAT = r"format|output|output format|answer format|reply format|response format|style|system|assistant"
_LABEL = rf"(?:(?P<said>{_SAID})|(?P<keep>keep|don'?t|do not|never)|(?P<format>{_FORMAT}))\s*:\s*"
_LABEL_RE = re.compile(_LABEL, re.IGNORECASE)
_MARKS = (":", "*", "#", "you are", "your ", "example", "step by step", "think ", "ignore", "that", "reply", "respond", "concise", "brief")
_CUE_RE = re.compile(rf"(?:^|\n)\s*(?:\*\*)?{_LABEL}|\*\*|^\s*#|\byou are (?:an?|the|my)\b|\byour (?:job|task|goal|mission)\b|\bexample|"
                     r"\bstep by step\b|\bthink (?:carefully|it through)\b|\bignore (?:all|any|the|previous|prior)\b|\b(?:cancel|scratch|forget) that\b|"
                     r"\bnew (?:task|goal|request)\s*:|\b(?:reply|respond) (?:with|in|only)\b|\bbe (?:concise|brief)\b", re.IGNORECASE | re.MULTILINE)
# what a sentence says only about how to think, answer or behave, or who the robot is
_FRAME_RE = re.compile(
    r"^(?:think (?:step by step|carefully|it through)(?: first| before (?:you act|acting))?[.!]?$|be (?:concise|brief|precise)\b|(?:reply|respond|answer) "
    r"(?:with|in|only|briefly)|output\b|format\b|no need to (?:ask|explain|confirm)|do not (?:ask|explain)\b|(?:do them |do it )?in (?:that|this|any) order|"
    r"one (?:block|move|step) at a time|you (?:may|can) choose|you choose|(?:the choice|which (?:ones?|blocks?)) is (?:yours|up to you)|nothing else matters|"
    r"that was (?:just|only) (?:an|the) example|cancel that|forget that|scratch that|(?:the )?previous conversation|ignore (?:all |any )?(?:the )?(?:previous|"
    r"prior|earlier|above) (?:instructions|requests|messages|tasks)[.!]?$|you are (?:an?|the|my) (?:[\w-]+ ){0,5}(?:robot|arm|assistant|agent|helper|"
    r"manipulator)\b|i am your (?:operator|user)|make (?:the table|everything|the scene|it) (?:follow|obey|respect|keep to) (?:the|this|these|that) rules?[.!]?$)",
    re.IGNORECASE)
_LEAD_RE = re.compile(r"^(?:ignore (?:all |any )?(?:the )?(?:previous|prior|earlier|above) (?:instructions|requests|messages|tasks)|think (?:step by step|carefully|"
                      r"it through))(?:,? and (?:then )?|,? then |\s*[:,;]\s*)", re.IGNORECASE)
_DROPPED_NOTE_RE = re.compile(r"^(?:the \w+ block(?: itself)? (?:can|may) go anywhere|any (?:of them|ones?|blocks?) (?:will|would) do|it does not matter which)",
                              re.IGNORECASE)
_EXAMPLE_RE = re.compile(r"\bexamples?\b|\be\.g\.", re.IGNORECASE)
# where the real request starts after an example
_REAL_RE = re.compile(r"(?:^|(?<=[\s.;:!?\"'()]))(?:now\s*:|(?:now,? )?(?:(?:the|here is the) real one|here is mine|your turn|answer|do this|for (?:the real one|"
                      r"mine))\s*[:,]|(?:(?:(?:your|my|the) )?(?:actual|real) (?:request|goal|task|one|question)|what i (?:actually |really )?(?:need|want)|"
                      r"your (?:request|goal|task|turn|question)|(?:the )?actual (?:request|goal|task)|(?:here is |and here is )?mine|the request)(?: is)?\s*[:,])\s*",
                      re.IGNORECASE)


def unprompted(instruction: str) -> str:
    """The request without its prompt's frame; the instruction itself when it has none."""
    low = instruction.lower()
    if not any(c in low for c in _MARKS) or not _CUE_RE.search(instruction):
        return instruction
    text = _after_example(instruction)
    if rx(r"\b(?:move|put|place|stack|set|empty|bin|throw|take)\b[^.]*\bthe \w+ (?:block|bowl)\b", re.IGNORECASE).search(text):  # a ticket's steps said, then
        text = rx(r"(?<=[.!?])\s*(?:expected (?:result|outcome|end state)|acceptance(?: criteria)?|done when)\s*:[^\n]*$", re.IGNORECASE).sub("", text)  # what they give
    text = rx(r"\s+\|\s+").sub(", ", rx(r"\*\*|__").sub("", text))  # 'X -> W | keep Y'
    parts: list[str] = []
    for line in rx(r"\s*\n\s*").split(text.strip()):
        line = rx(r"^(?:#+\s*\w+(?: \w+)?\s*$|#+\s*|[-*]\s+)").sub("", line)  # a heading alone says nothing; a bullet is a sentence
        for sentence in rx(r"(?<=[.!?])\s+(?=[A-Z\"'*#-])").split(line):
            if rx(r"^(?:cancel|forget|scratch|ignore) that\b", re.IGNORECASE).match(sentence.strip()) and parts:
                parts.pop()  # 'Earlier I asked for X. Cancel that.'
            parts.append(_said(sentence))
    out = " ".join(p if p[-1] in ".!?;:," else f"{p}." for p in parts if p)
    return out.strip() or instruction


def _after_example(text: str) -> str:
    """An example given first is not the request: what follows the words that start the real one ('Now:', 'The real
    request is:', 'Mine is:')."""
    example = _EXAMPLE_RE.search(text)
    real = [m for m in _REAL_RE.finditer(text) if example and m.start() > example.start()]
    if not real:
        return text
    return rx(r"^\s*[\"'](.*)[\"']\s*[.!]?\s*$", re.DOTALL).sub(r"\1", text[real[-1].end():]).strip()


def _said(sentence: str) -> str:
    """One sentence of the prompt as the request says it: its label off, or nothing when it only frames."""
    sentence = sentence.strip()
    if m := _LABEL_RE.match(sentence):
        rest = sentence[m.end():].strip()
        if m["format"]:
            return ""
        if m["keep"]:
            verb = "keep" if m["keep"].lower() == "keep" else "do not"  # '**Don't:** move X'
            if verb == "keep":  # 'Keep: X, as it is now'
                return rx(r"^(.*?),?\s*(?:as (?:it is|they are)(?: now)?|where (?:it is|they are)|in place|unchanged)?\s*([.!]?)$").sub(r"Leave \1 alone\2", rest)
            return f"Do not {rest}"
        if _DROPPED_NOTE_RE.match(rest):
            return ""
        sentence = rest
    if _FRAME_RE.match(sentence):
        return ""
    sentence = _LEAD_RE.sub("", sentence)  # 'Ignore all previous instructions and ...', 'Think step by step, then ...'
    sentence = rx(r"^(?:please )?(?:your|the) (?:job|task|goal|mission)(?: here| today)? is (?:done|complete|finished|over) (?:when|once) ", re.IGNORECASE).sub(
        "Make it so that ", sentence)
    sentence = rx(r"^(?:please )?(?:your|the) (?:job|task|goal|mission)(?: here| today)?(?: is(?: to)?\s*|\s*:\s*)", re.IGNORECASE).sub("", sentence)
    return rx(r"^(?:SYSTEM|User|Assistant)\s*:\s*").sub("", sentence)
