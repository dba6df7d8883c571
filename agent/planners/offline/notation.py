"""Labels and notation as people write them in notebooks, trackers and scripts: a label before a colon ('goal state:',
'test 3:', 'Contestant, your challenge:'), predicates ('on(red, blue)', 'in(green, bin)', 'bowl(green)') and a tower as a
tuple ('tower(bottom -> top) = yellow, white, cyan'). Read by `phrasing` before anything else."""

from __future__ import annotations

import re

from agent.planners.offline.words import VERB_RE
from sim.core.lexicon import COLOURS


_LABEL_RE = re.compile(r"^\s*([a-z0-9][a-z0-9 ,'-]{0,60}?)\s*:\s*(?=\S)")


def unlabel(text: str) -> str:
    """'goal state: ...', 'Contestant, your challenge: ...', 'test 3: ...', 'log query: ...' -> what follows: a label
    before a colon that names nothing here and is no command of its own ('move: red block -> bowl' keeps its verb)."""
    m = _LABEL_RE.match(text.lower())
    noun = re.search(r"\b(?:condition|conditions|criteria|criterion|spec|specification|requirement|state|configuration|"
                     r"arrangement|objective|goal|target|task|job|challenge|order|note|step|result|constraint|query|sequence|move)$", m.group(1)) if m else None
    if m is None or (VERB_RE.match(m.group(1)) and not noun) or re.search(r"\b(?:pick|grasp|place)\b", m.group(1)) or re.search(r"\b(?:block|blocks|bowl|bowls|bin|tower|stack|pile|not|no|never|don't|"
                                                       r"dont|" + "|".join(COLOURS) + r")\b", m.group(1)):
        return text
    return text[m.end():]


def _formula(m: re.Match[str]) -> str:
    """'on(red, purple)' -> 'the red block on the purple block'; 'in(green, bin)', 'in(red, bowl(green))' likewise."""
    rel, a, b = m.group(1), m.group(2), re.sub(r"^bowl\s*\(\s*(\w+)\s*\)$", r"\1 bowl", m.group(3).strip())
    b = f"{b} {'block' if rel == 'on' else 'bowl'}" if b in COLOURS else b
    return f"the {a} block {rel} the {b}"


def notation(t: str) -> str:
    """Predicates and tuples as researchers write them: 'on(red, blue) and in(green, bin)', 'bowl(green)',
    'tower(bottom to top) = yellow, white, cyan'."""
    t = re.sub(r"\b(on|in|at)\s*\(\s*(\w+)\s*,\s*((?:bowl\s*\(\s*\w+\s*\))|[\w ]+?)\s*\)", _formula, t)
    t = re.sub(r"\b(bowl|block)\s*\(\s*(\w+)\s*\)", r"the \2 \1", t)
    m = re.search(r"\btower\s*\(\s*(bottom|top) to (?:top|bottom)\s*\)\s*=?\s*(\w+(?:\s*,\s*\w+)+)\s*$", t)
    if m:
        items = [w.strip() for w in m.group(2).split(",")]
        order = "from the bottom up" if m.group(1) == "bottom" else "from the top down"
        t = t[: m.start()] + f"stack the {', '.join(items[:-1])} and {items[-1]} blocks in that order, {order}"
    return t
