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
from sim.core.errors import PlanningError
from sim.core.lexicon import normalise_name
from sim.core.perceived import Scene

Entry = tuple[str, str, str]  # (speaker: 'user' or 'agent', tag such as 'asked', text)


def history_entries(history: list[str]) -> list[Entry]:
    """(speaker, tag, text) per utterance; 'agent asked: q / user: a' lines hold two."""
    out = []
    for line in history:
        for part in re.split(r"\s+/\s+|\n", line):
            m = re.match(r"\s*(user|human|you|agent|assistant|robot|planner)\b([^:]*):\s*(.*)", part, re.IGNORECASE)
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
        picks = re.findall(r"pick\(\s*(?:object\s*=\s*)?['\"]?([^'\")]+)", text)
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
    found = [(text.find(n), n) for n in scene.names("block") if re.search(rf"\b{re.escape(n)}\b", text)]
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
    asked = re.sub(r"^\s*(the \w+ (?:block|bowl))\s*[:,-]+\s*(?=(?:on|in|inside|on top of|empty)\b)", r"is \1 ", instruction, flags=re.I)
    asked = re.sub(r"^\s*(?:check|see|find out|look|tell me)(?: (?:whether|if))? (the \w+ (?:block|bowl)) (is|are|has|have) ([^.?]+)[.?]\s*(?=if\b)", r"\2 \1 \3? ",
                   re.sub(r"\b(it|that)['\u2019]s\b", r"\1 is", asked), flags=re.I)  # 'Check whether X is in a bowl. If it's not, ...'
    asked = re.sub(r"^\s*(?:is there )?(anything|something|any blocks?) (in|on|inside|on top of) (the \w+ (?:bowl|block))\s*\?", r"Is there \1 \2 \3?", asked, flags=re.I)
    asked = re.sub(r"^\s*(?:could you |can you |please )?check (?:whether|if) any block (?:shares|matches|has) (the \w+ bowl)(?:'s| s)? colou?r,? and if (?:one|it|so)"
                   r"(?: does)?,? (?:place|put|pop|drop|move) it (?:inside|in(?:to)? it|in(?:to)? (?:that|the) bowl)", r"Is there a block the same colour as \1? If so, "
                   r"put it in \1", asked, flags=re.I)  # 'Could you check whether any block shares W's colour, and if one does, place it inside?'
    m = _IF_SO_RE.match(asked)
    branches = [] if m is None else list(re.finditer(_BRANCH_RE, m["rest"]))
    if not branches or branches[0].start() > 0 or any(re.match(r"\s*(?:(?:tell me|say|let me know) )?(?:which|what|where|how)\b", b["then"], re.I) for b in branches) or not (
            reply := answer_question(question_text(m["q"] + "?"), scene)).text.startswith(("Yes", "No")):
        return None
    yes, after = reply.text.startswith("Yes"), m["rest"][branches[-1].end():].strip()  # '... Don't use the bin, though.': said of either branch
    def negative(mark: str) -> bool:  # 'if the bowl's empty' says no to 'is there a block in W?', yes to 'is W empty?'
        return bool(re.search(rf"\bnot\b|{_NOT}$|otherwise|else|\bno\b", mark, re.I)) != bool("empty" in mark.lower() and "empty" not in m["q"].lower())
    taken = next((b["then"] for b in branches if negative(b["mark"]) != yes), "")
    if not yes and _FIX_RE.fullmatch(taken) and (fix := re.match(r"(?:is|are) (the \w+ (?:block|bowl)) (?:(empty|clear)|((?:on top of|on|in|inside) .+))$",
                                                                   m["q"], re.I)):
        taken = f"{'empty' if 'bowl' in fix[1] else 'clear'} {fix[1]}" if fix[2] else f"put {fix[1]} {fix[3]}"  # 'Is X on Y? If not, fix that.'
    taken = f"{taken}. {after}" if taken and after else taken
    taken = re.sub(r"^(?=(?:in|into|on|onto|at|to) the\b)", "put it ", taken)  # 'if no, in the bin'
    if where := re.match(r"is (the \w+ block) (on top of|on|in|inside|at) (the [\w ]+)$", m["q"], re.I):  # 'Is X on Y? If not, stack it there'
        taken = re.sub(r"\b(?:stack|put|place|set|move) it there\b", f"put it {where[2]} {where[3]}", taken)
    if matched := re.match(r"(?:does|is there) (?:a|any) bowl (?:that )?(?:match(?:es|ing)?|of the same colou?r as|the same colou?r as) (?:the colou?r of )?(the \w+ block)",
                           m["q"], re.I):  # 'Does a bowl match X's colour? If yes, put X in that bowl; if no, in the bin.'
        return re.sub(r"\b(?:it|that one)\b", matched[1], re.sub(r"\b(in|into) (?:that bowl|it|there|that one)\b", r"\1 its matching bowl", taken), count=1)
    if kind := re.match(r"is there (?:a|an|any) (?:(\w+) block|block (?:(?:of |in |with )?the same colou?r as|matching the colou?r of|that matches) the (\w+) bowl)\b", m["q"], re.I):
        bowl = next(iter(re.findall(r"\bthe \w+ bowl\b", m["q"] + " " + m["rest"], re.I)), "")  # 'is there a C block? if so, put it in W ...'
        taken = re.sub(r"\b(in|into|inside) (?:it|there|that bowl|that one)\b", rf"\1 {bowl}", taken) if bowl else taken
        return re.sub(r"\b(?:it|that one)\b", f"the {kind[1] or kind[2]} block", taken, count=1)
    subject = re.match(r"(?:is|are|does|do|has|have) (the \w+ (?:block|bowl))\b|(?:is|are) (?:anything|something|there anything|there a block)(?: \w+)? (on top "
                       r"of|on|in|inside) (the \w+ (?:block|bowl))\b", m["q"], re.I)  # 'is anything on X? if so, get it off': the block on X
    if subject and subject[2] and subject[2] not in ("in", "inside"):
        taken = re.sub(r"\b(?:get|take|lift|move) (?:it|that one) off\b", f"take everything off {subject[3]}", taken)
    if subject and subject[2] in ("in", "inside"):
        taken = re.sub(r"\b(in|into|inside) (?:it|there)\b", rf"\1 {subject[3]}", taken)  # '..., put X in it': the bowl
        taken = re.sub(r"\b(?:(?:every one|each one|all|each|every one) of )?(?:those|these|them)(?: blocks)?\b(?= go(?:es)?\b)", f"everything in {subject[3]}", taken)
    it = (subject[1] or (f"everything in {subject[3]}" if subject[2] in ("in", "inside") else f"the block on top of {subject[3]}")) if subject else ""
    return re.sub(r"\b(?:it|that one)\b", it, re.sub(r"\ball of it\b", "everything in it", taken), count=1) if subject else taken
