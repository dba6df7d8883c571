"""Phrase grammar: an instruction's stages and clauses, and a clause's verb, object phrase and target phrase.

Works on text from `clean_text` only; the phrases it finds are resolved against the scene by
`references`, and turned into relations by `goals`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.planners.offline.words import (BASE_RE, EXCEPT_RE, GOES_RE, ORDER_RE, PREP_RE, REVERSE_RE, STAGE_RE,
                                          TOWER_RE, VERB_RE, VERBS, WANT_RE)


@dataclass
class Clause:
    """One clause, split into its parts; the phrases are still text."""

    verb: str  # the verb as written ('pick up'), or the previous clause's when it has none
    action: str  # hold, move, bin, stack, sort, unstack or clear
    obj: str  # the object phrase ('' when there is none)
    prep: str  # the preposition before the target ('' when there is none)
    target: str  # the target phrase ('' when there is none)
    excluded: str | None = None  # the phrase after 'except' / 'but' / ..., None when there is none
    reverse: bool = False  # 'from top to bottom'
    base_colour: str | None = None  # 'with the red block at the bottom'
    tower: bool = False  # 'in a tower', 'on top of each other'
    matching: bool = False  # 'in the matching bowls', 'by colour'


def looks_like_command(text: str) -> bool:
    return bool(VERB_RE.match(text) or WANT_RE.match(text) or GOES_RE.search(text))


def stages(text: str) -> list[str]:
    """The parts of an instruction to do one after another ('... then ...', '...; ...', '... . ...')."""
    text = re.sub(r"^(?:first(?:ly)?|to start|start by)\b,?\s*", "", text)
    return [part for part in (p.strip(" ,") for p in STAGE_RE.split(text)) if part]


def clauses(text: str) -> list[str]:
    """Split on 'and' / ',' only where a new clause starts (a verb, or a second 'X prep Y')."""
    segs = [s.strip() for s in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text) if s.strip()]
    out: list[str] = []
    for seg in segs:
        starts_verb = bool(VERB_RE.match(seg) or WANT_RE.match(seg))
        has_prep = bool(PREP_RE.search(seg)) and not TOWER_RE.fullmatch(seg)
        if out and not starts_verb and not (has_prep and PREP_RE.search(out[-1])):
            out[-1] = f"{out[-1]} and {seg}"
        else:
            out.append(seg)
    return out


def read_clause(text: str, prev_verb: str | None) -> Clause | None:
    """One clause -> its verb, modifiers, object and target phrases; None when it has no verb to go by."""
    text = WANT_RE.sub("put ", text)
    if GOES_RE.search(text) and not VERB_RE.match(text):
        text = "put " + GOES_RE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    m = VERB_RE.match(text)
    if m:
        verb_word = m.group(0)
        action, rest = VERBS[verb_word], text[m.end():].strip()
    elif prev_verb is not None:
        verb_word, action, rest = prev_verb, VERBS.get(prev_verb, "move"), text
    else:
        return None
    if verb_word in ("pick", "take", "get") and rest.startswith("up "):
        rest = rest[3:]
    if verb_word in ("take", "get", "bring") and rest.endswith(" out"):
        rest = rest[:-4]
    if re.search(r"\baway\b", rest):
        rest = re.sub(r"\s*\baway\b", "", rest).strip()
        action = "bin" if action in ("move", "bin") else action
    if action in ("move", "hold") and re.search(r"\b(?:back )?down$", rest):
        rest = re.sub(r"\s*\b(?:back )?down$", "", rest) + " on the table"

    # Modifiers that are not object or target phrases.
    reverse = bool(REVERSE_RE.search(rest))
    rest = REVERSE_RE.sub(" ", ORDER_RE.sub(" ", rest))
    base_colour = None
    bm = BASE_RE.search(rest)
    if bm:
        base_colour = bm.group(1)
        rest = BASE_RE.sub(" ", rest)
    tower = bool(TOWER_RE.search(rest))
    rest = TOWER_RE.sub(" ", rest)
    matching = bool(re.search(r"\b(?:matching|same colou?r|corresponding|by colou?rs?|according to colou?rs?|"
                              r"of (?:their|its) (?:own )?colou?r|their own|its own)\b", rest))
    rest = re.sub(r"\b(?:by|according to|based on|of|with) (?:their |its |the same |matching )?colou?rs?\b", " ", rest)
    if action == "sort":
        rest = re.sub(r"\b(?:in|into|to|in to)(?: the| their)?(?: matching| right| own)? bowls?\b", " ", rest)
    excluded = None
    em = EXCEPT_RE.search(rest)
    if em:
        excluded = em.group(1)
        rest = (rest[: em.start()] + " " + rest[em.end():]).strip()
    rest = re.sub(r"\s+", " ", rest).strip(" ,")

    obj_text, prep, tgt_text = split_target(rest)
    return Clause(verb=verb_word, action=action, obj=obj_text, prep=prep, target=tgt_text, excluded=excluded,
                  reverse=reverse, base_colour=base_colour, tower=tower, matching=matching)


def split_target(rest: str) -> tuple[str, str, str]:
    """'the red block on the blue block' -> ('the red block', 'on', 'the blue block')."""
    m = PREP_RE.search(rest)
    if not m:
        return rest, "", ""
    return rest[: m.start()].strip(), m.group(1), rest[m.end():].strip()
