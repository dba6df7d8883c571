"""Reading the conversation history: who said what, a question still waiting, the user's answers,
the last command, and what 'it' refers to.

History lines look like 'user: put the block in the bin', 'agent asked: Which block? / user: the
red one' or 'agent: did pick(red block), place(bin); done'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.answers import answer as answer_question
from agent.planners.offline.questions import question_text
from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import normalise_name
from sim.core.perceived import Scene

Entry = tuple[str, str, str]  # (speaker: 'user' or 'agent', tag such as 'asked', text)


def history_entries(history: list[str]) -> list[Entry]:
    """(speaker, tag, text) per utterance; 'agent asked: q / user: a' lines hold two."""
    out = []
    for line in history:
        for part in rx(r"\s+/\s+|\n").split(line):
            m = rx(r"\s*(user|human|you|agent|assistant|robot|planner)\b([^:]*):\s*(.*)", re.IGNORECASE).match(part)
            if m:
                who = "user" if m.group(1).lower() in ("user", "human", "you") else "agent"
                out.append((who, m.group(2).strip().lower(), m.group(3).strip()))
            elif part.strip():
                out.append(("agent", "", part.strip()))
    return out


def _is_question(entry: Entry) -> bool:
    who, tag, text = entry
    return who == "agent" and ("ask" in tag or text.endswith("?") or text.lower().startswith(("ask", "asked")))


def pending_question(entries: list[Entry]) -> bool:
    """The history ends with a question of the agent, not yet answered."""
    return bool(entries) and _is_question(entries[-1])


def answers(entries: list[Entry]) -> list[str]:
    """The user's answers to the agent's questions at the end of the history (this episode's), newest first."""
    out = []
    i = len(entries) - 1
    if i >= 0 and _is_question(entries[i]):
        i -= 1  # a question still waiting for its answer
    while i >= 1 and entries[i][0] == "user" and _is_question(entries[i - 1]):
        out.append(entries[i][2])
        i -= 2
    return out


def commands(entries: list[Entry]) -> list[str]:
    """The user's utterances that were not answers to a question, newest first."""
    return [text for i, (who, _, text) in reversed(list(enumerate(entries)))
            if who == "user" and not (i > 0 and _is_question(entries[i - 1]))]


def last_command(entries: list[Entry]) -> str | None:
    """The user's last utterance that was not an answer to a question."""
    return next(iter(commands(entries)), None)


def referent(entries: list[Entry], scene: Scene, goal_blocks: Callable[[str], list[str]]) -> list[str]:
    """What 'it' means: the last picked block in the history, else the last command's last object.

    `goal_blocks(command)` gives the blocks a command's goal is about, in order (the parser, passed
    in so that this module stays below it); a command it cannot read (`PlanningError`) names nothing.
    """
    for _, _, text in reversed(entries):
        picks = rx(r"pick\(\s*(?:object\s*=\s*)?['\"]?([^'\")]+)").findall(text)
        for name in reversed(picks):
            canon = normalise_name(name, scene.names())
            if canon in scene.names("block"):
                return [canon]
    command = last_command(entries)
    if command is None:
        return []
    try:
        blocks = goal_blocks(command)
    except PlanningError:
        return []
    return [blocks[-1]] + blocks[:-1][::-1] if blocks else []


def named_in_reply(entries: list[Entry], scene: Scene) -> list[str]:
    """The blocks the agent's last reply names, in order ('The red bowl holds the green block and the blue block'), when
    the history ends with a reply that is not a report of what it did: what 'them' then means."""
    if not entries or entries[-1][0] != "agent" or "(" in entries[-1][2]:
        return []
    text = entries[-1][2].lower()
    found = [(text.find(n), n) for n in scene.names("block") if rx(rf"\b{re.escape(n)}\b").search(text)]
    return [n for _, n in sorted(found)]


_NOT = r"(?:n['\u2019 ]?t| not)"
_IF_SO_RE = re.compile(r"^\s*(?:(?:tell me|say|check|question|quick question|so|ok|okay|right|now|first)\W+)*(?:whether |if )?"
                       r"(?P<q>(?:is|are|does|do|has|have)\b[^?]+?)(?:,? or not)?\?\s*(?P<rest>if\b.*)$", re.I)
_FIX_RE = re.compile(r"(?:then |just |please )*(?:fix|correct|sort out|remedy|rectify|put right|make it so|make (?:that|it) (?:happen|right|true|so)|"
                     r"do it|sort (?:it|that) out)\b(?: (?:that|it|this))?(?: (?:please|for me|then))?\W*$", re.I)
_BRANCH_RE = re.compile(rf"(?:^|(?<=[.!;]))\s*(?P<mark>if so|if yes|if it is{_NOT}?|if it does{_NOT}?|if they are{_NOT}?|if there is{_NOT}?|if there are{_NOT}?|"
                        rf"if not|if no|otherwise|else|if (?:the bowl|it|that bowl|the \w+ bowl)(?: is|'s| s)(?: not)? empty),?\s*(?P<then>[^.!;]+)[.!;]?", re.I)


def if_so(instruction: str, scene: Scene) -> str | None:
    """'Is W empty? If so, put X in it. If not, ...': the question answered from the scene, then the branch it picks ('' for
    none: nothing to do); None when the instruction is not a question with branches. 'it' is the question's subject."""
    asked = rx(r"^\s*(the \w+ (?:block|bowl))\s*[:,-]+\s*(?=(?:on|in|inside|on top of|empty)\b)", re.I).sub(r"is \1 ", instruction)
    asked = rx(r"^\s*(?:check|see|find out|look|tell me)(?: (?:whether|if))? (the \w+ (?:block|bowl)) (is|are|has|have) ([^.?]+)[.?]\s*(?=if\b)", re.I).sub(r"\2 \1 \3? ",
                   rx(r"\b(it|that)['\u2019]s\b").sub(r"\1 is", asked))  # 'Check whether X is in a bowl. If it's not, ...'
    asked = rx(r"^\s*(?:is there )?(anything|something|any blocks?) (in|on|inside|on top of) (the \w+ (?:bowl|block))\s*\?", re.I).sub(r"Is there \1 \2 \3?", asked)
    asked = rx(r"^\s*(?:could you |can you |please )?check (?:whether|if) any block (?:shares|matches|has) (the \w+ bowl)(?:'s| s)? colou?r,? and if (?:one|it|so)"
                   r"(?: does)?,? (?:place|put|pop|drop|move) it (?:inside|in(?:to)? it|in(?:to)? (?:that|the) bowl)", re.I).sub(r"Is there a block the same colour as \1? If so, "
                   r"put it in \1", asked)  # 'Could you check whether any block shares W's colour, and if one does, place it inside?'
    m = _IF_SO_RE.match(asked)
    branches = [] if m is None else list(rx(_BRANCH_RE).finditer(m["rest"]))
    if not branches or branches[0].start() > 0 or any(rx(r"\s*(?:(?:tell me|say|let me know) )?(?:which|what|where|how)\b", re.I).match(b["then"]) for b in branches) or not (
            reply := answer_question(question_text(m["q"] + "?"), scene)).text.startswith(("Yes", "No")):
        return None
    yes, after = reply.text.startswith("Yes"), m["rest"][branches[-1].end():].strip()  # '... Don't use the bin, though.': said of either branch
    def negative(mark: str) -> bool:  # 'if the bowl's empty' says no to 'is there a block in W?', yes to 'is W empty?'
        return bool(rx(rf"\bnot\b|{_NOT}$|otherwise|else|\bno\b", re.I).search(mark)) != bool("empty" in mark.lower() and "empty" not in m["q"].lower())
    taken = next((b["then"] for b in branches if negative(b["mark"]) != yes), "")
    if not yes and _FIX_RE.fullmatch(taken) and (fix := rx(r"(?:is|are) (the \w+ (?:block|bowl)) (?:(empty|clear)|((?:on top of|on|in|inside) .+))$", re.I).match(
                                                                   m["q"])):
        taken = f"{'empty' if 'bowl' in fix[1] else 'clear'} {fix[1]}" if fix[2] else f"put {fix[1]} {fix[3]}"  # 'Is X on Y? If not, fix that.'
    taken = f"{taken}. {after}" if taken and after else taken
    taken = rx(r"^(?=(?:in|into|on|onto|at|to) the\b)").sub("put it ", taken)  # 'if no, in the bin'
    if where := rx(r"is (the \w+ block) (on top of|on|in|inside|at) (the [\w ]+)$", re.I).match(m["q"]):  # 'Is X on Y? If not, stack it there'
        taken = rx(r"\b(?:stack|put|place|set|move) it there\b").sub(f"put it {where[2]} {where[3]}", taken)
    if matched := rx(r"(?:does|is there) (?:a|any) bowl (?:that )?(?:match(?:es|ing)?|of the same colou?r as|the same colou?r as) (?:the colou?r of )?(the \w+ block)", re.I).match(
                           m["q"]):  # 'Does a bowl match X's colour? If yes, put X in that bowl; if no, in the bin.'
        return rx(r"\b(?:it|that one)\b").sub(matched[1], rx(r"\b(in|into) (?:that bowl|it|there|that one)\b").sub(r"\1 its matching bowl", taken), count=1)
    if kind := rx(r"is there (?:a|an|any) (?:(\w+) block|block (?:(?:of |in |with )?the same colou?r as|matching the colou?r of|that matches) the (\w+) bowl)\b", re.I).match(m["q"]):
        bowl = next(iter(rx(r"\bthe \w+ bowl\b", re.I).findall(m["q"] + " " + m["rest"])), "")  # 'is there a C block? if so, put it in W ...'
        taken = rx(r"\b(in|into|inside) (?:it|there|that bowl|that one)\b").sub(rf"\1 {bowl}", taken) if bowl else taken
        return rx(r"\b(?:it|that one)\b").sub(f"the {kind[1] or kind[2]} block", taken, count=1)
    subject = rx(r"(?:is|are|does|do|has|have) (the \w+ (?:block|bowl))\b|(?:is|are) (?:anything|something|there anything|there a block)(?: \w+)? (on top "
                       r"of|on|in|inside) (the \w+ (?:block|bowl))\b", re.I).match(m["q"])  # 'is anything on X? if so, get it off': the block on X
    if subject and subject[2] and subject[2] not in ("in", "inside"):
        taken = rx(r"\b(?:get|take|lift|move) (?:it|that one) off\b").sub(f"take everything off {subject[3]}", taken)
    if subject and subject[2] in ("in", "inside"):
        taken = rx(r"\b(in|into|inside) (?:it|there)\b").sub(rf"\1 {subject[3]}", taken)  # '..., put X in it': the bowl
        taken = rx(r"\b(?:(?:every one|each one|all|each|every one) of )?(?:those|these|them)(?: blocks)?\b(?= go(?:es)?\b)").sub(f"everything in {subject[3]}", taken)
    it = (subject[1] or (f"everything in {subject[3]}" if subject[2] in ("in", "inside") else f"the block on top of {subject[3]}")) if subject else ""
    return rx(r"\b(?:it|that one)\b").sub(it, rx(r"\ball of it\b").sub("everything in it", taken), count=1) if subject else taken
