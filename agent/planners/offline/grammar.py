"""Phrase grammar: an instruction's stages and clauses, and a clause's verb, object phrase and target phrase.

Works on text from `clean_text` only; the phrases it finds are resolved against the scene by
`references`, and turned into relations by `goals`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from agent.planners.offline.words import (AWAY_PREPS, BASE_RE, BIN_ONLY_VERBS, CHAIN_RE, COLOURS, COPULA_RE, DESIRE_RE,
                                          EXCEPT_RE, GERUND_RE, GOES_RE, HOLD_ONLY_VERBS, KEEP_RE, KEEP_VERB_RE,
                                          LEAD_FILLER_RE, LOCATIVE_PREPS, MATCH_BOWL_RE, MODAL, NEG_SUBJECT_RE,
                                          NOT_PUT_RE, OPEN_RELATIVE_RE, ORDER_RE, PARTICIPLE_NP_RE, PARTICIPLE_RE,
                                          PAST_RE, PLACE_PREP_RE, POSSESS_RE, PREP_RE, QUESTION_RE, REVERSE_RE,
                                          STAGE_RE, TOP_RE, TOWER_RE, VERB_RE, VERBS, WANT_RE, clause_start, clean_text)


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
    top_colour: str | None = None  # '... and the green block on top'
    tower: bool = False  # 'in a tower', 'on top of each other'
    matching: bool = False  # 'in the matching bowls', 'by colour'
    splits: list[tuple[str, str, str]] | None = None  # every (object, preposition, target) reading, first first


def looks_like_command(text: str) -> bool:
    return bool(VERB_RE.match(text) or WANT_RE.match(text) or GOES_RE.search(text) or DESIRE_RE.match(text)
                or COPULA_RE.search(text))


def is_question(text: str, raw: str) -> bool:
    """A question about the scene rather than a request ('where is the red block?', 'is it in the bowl?')."""
    if VERB_RE.match(text) or DESIRE_RE.match(text) or VERB_RE.match(_gerund(text)):
        return False
    if QUESTION_RE.match(text):
        return True
    return raw.rstrip().endswith("?") and not VERB_RE.match(normal_form(text))


def _participle_clause(text: str) -> str:
    """'the table cleared', 'each block sorted into its bowl' -> 'clear the table', 'sort each block into its bowl'."""
    m = PAST_RE.match(text)
    if not m or VERB_RE.match(text):
        return text
    word = m.group(2)
    stems = [word] if " " in word or not word.endswith("ed") else [word[:-2], word[:-1], word[:-3] + "y", word[:-3]]
    verb = next((v for v in stems if VERB_RE.fullmatch(v)), None)
    if verb is None and word in ("put", "set"):
        verb = word
    if verb is None:
        return text
    verb = {"thrown away": "throw away", "taken apart": "take apart", "knocked down": "knock down"}.get(verb, verb)
    return f"{verb} {m.group(1)} {m.group(3)}".strip()


def tower_order(text: str) -> str | None:
    """'a stack with the red block on the bottom, the blue one in the middle and the green one on top', 'build a
    tower: red at the bottom, then blue, then green on top' -> 'stack the red, blue and green blocks' (bottom first)."""
    m = re.match(r"^(?:make|build|create|form|assemble|stack|pile|put together) (?:up )?(?:a|one|the)? ?(?:tower|stack|pile)"
                 r"(?: of blocks)?(?: with|,| where| so that| having)\s+(.+)$", text)
    if not m:
        return None
    colour = "|".join(COLOURS)
    items = re.findall(rf"\b({colour})(?: block| one| cube)?(?: (?:is |goes |sits )?(?:at|on|in) (?:the )?"
                       r"(bottom|base|middle|center|centre|top))?\b", m.group(1))
    if len(items) < 2 or not any(p in ("bottom", "base") for _, p in items) or not any(p == "top" for _, p in items):
        return None
    rank = {"bottom": 0, "base": 0, "": 1, "middle": 1, "center": 1, "centre": 1, "top": 2}
    order = [c for c, p in sorted(items, key=lambda cp: rank[cp[1]])]  # stable: unplaced ones keep their order
    return "stack the " + ", ".join(order[:-1]) + f" and {order[-1]} blocks"


def _gerund(text: str) -> str:
    """'would you mind putting ...', 'how about stacking ...' -> 'put ...', 'stack ...'."""
    m = GERUND_RE.match(text)
    if not m:
        return text
    stem = m.group(1)
    for cand in (stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem, stem + "e"):
        if VERB_RE.fullmatch(cand):
            return cand + text[m.end():]
    return text


def _chain(text: str) -> str | None:
    """'stack red on green on blue', 'the tower should be red on green on blue' -> one clause per pair."""
    m = CHAIN_RE.match(text)
    if not m:
        return None
    names = [n.strip() for n in re.split(r" on (?:top of )?", m.group(1))]
    names = [n if n.endswith(("block", "one", "cube")) else f"{n} block" for n in names]
    return ", ".join(f"put {a} on {b}" for a, b in pairwise(names))


def desire(text: str) -> str:
    """Drop a leading way of saying what one wants ('I want', 'my goal is that', 'make it so that')."""
    for _ in range(3):
        m = DESIRE_RE.match(text)
        if not m:
            break
        text = text[m.end():].strip()
    return re.sub(r"^to\s+", "", text)


def normal_form(text: str) -> str:
    """One clause in any form -> an imperative the clause reader knows ('keep X', 'notput X in Y', 'put X in Y').

    Statements ('X is on Y', 'X should end up on the table'), possession ('every bowl has a block in it'),
    keeping ('do not touch X', 'leave X where it is') and negation ('no block in the bin', 'X is not in Y').
    """
    m = re.match(r"^(?:i|we) (?:do not|dont|would not|would rather not|no longer) (?:want|like|need)(?: to have| to see)? "
                 r"(.+?)(?: anymore| any more| any longer)?$", text)
    if m:
        return "notput " + m.group(1)
    text = desire(text)
    text = _gerund(text)
    chain = _chain(text) or tower_order(text)
    if chain:
        return chain
    text = re.sub(r"\s+so (?:that )?(?:it|they) (?:is|are|ends? up|sits?|rests?|lands?)\s+", " ", text)
    m = re.match(r"^(?:make|let|have|get) (.+?) (?:sit|go|be|end up|rest|stand|lie|land|stay) "
                 r"((?:on top of|onto|on|into|in|inside|at|to)\b.*)$", text)
    if m:
        return f"put {m.group(1)} {m.group(2)}"
    m = re.match(r"^(?:put|place|set|move|stack) (.+?) (?:under|underneath|beneath|below) (.+)$", text)
    if m:  # 'put the green block under the yellow block': the yellow block goes on it
        return f"put {m.group(2)} on {m.group(1)}"
    m = re.match(r"^(?:clear|empty|free|clean) (?:off )?(?:the top of|the space on top of|the space above) (.+)$", text)
    if m:
        return f"notput all blocks on {m.group(1)}"
    m = re.match(r"^(?:do not|dont|never) (?:throw away|throw out|throw|bin|discard|trash|get rid of|remove|dispose of) "
                 r"(.+?)(?: away| out)?$", text)
    if m:
        return f"notput {m.group(1)} in the bin"
    m = re.match(r"^(.+?) (?:must|should|may|can|will|shall|is to) not (?:be )?(?:move|moved|touched|disturbed|shifted|"
                 r"budge|moving|picked up)$", text)
    if m:
        return f"leavebe {m.group(1)}"
    m = re.match(r"^(?:no|none of the|not a single|not one|not any) (?:blocks?|cubes?)? ?(?:should |must |may |can )?"
                 r"(?:be |are |is )?(?:sitting |resting |lying |standing |placed |left )?(?:stacked|(?:on top of|on|atop) "
                 r"(?:another|any other|other|each other|one another|a different|any|a)(?: blocks?)?|in a (?:tower|stack))$",
                 text)
    if m:
        return "unstack all the blocks"
    m = re.match(r"^fill (.+?) with (.+)$", text)
    if m:
        return f"put {m.group(2)} in {m.group(1)}"
    text = re.sub(r"^(?:can|could|would|will|shall) (?=(?:the|a|an|all|every|each|both)\b)", "", text)
    m = re.match(r"^(?:(?:make|get|leave|have|keep) )?(?:the |a )?(?:clean|clear|empty|tidy|cleared|cleaned) (table|tabletop|workspace)$"
                 r"|^(?:make|get|leave|keep) (.+?) (?:empty|clear|clean|tidy|cleared)$", text)
    if m:
        what = m.group(2) or "the table"
        return f"{'empty' if re.search(r'bowl', what) else 'clear'} {what}"
    m = re.match(r"^(?:take|pull|break|knock|tear) (.+?) (?:apart|down|over)$", text)
    if m and not re.search(r"\b(?:on|in|into|onto|to|at)\b", m.group(1)):
        return f"unstack {m.group(1)}"
    m = re.match(r"^(?:arrange|set up|organi[sz]e|place|put|move|distribute|spread(?: out)?|lay out) (?:all )?(?:the )?"
                 r"(?:blocks|everything)(?: out)?,? so (?:that )?(there (?:(?:" + MODAL + r") )?(?:be|is|are) .+)$", text)
    if m:  # 'arrange the blocks so there is one per bowl': the result is the goal, over all the blocks
        return normal_form(m.group(1))
    m = KEEP_VERB_RE.match(text)
    if m:
        return "leavebe " + (m.group(1) or m.group(2) or m.group(3))
    m = NOT_PUT_RE.match(text)
    if m:
        return "notput " + m.group(1)
    if VERB_RE.match(text) or WANT_RE.match(text):
        return text
    m = re.match(r"^there (?:(?:" + MODAL + r") )?(?:be|is|are)( not)? (.+)$", text)
    if m:
        neg = NEG_SUBJECT_RE.match(m.group(2).split(" in ")[0].split(" on ")[0])
        if m.group(1) or neg:
            rest = re.sub(r"^(?:no|any|nothing|none of the|zero)\s*", "", m.group(2))
            return f"notput all blocks {rest}" if re.match(r"^(?:in|on|at|inside)\b", rest) else f"notput all {rest}"
        return "put " + m.group(2)
    m = POSSESS_RE.match(text)
    if m and re.search(r"\b(?:bowls?|blocks?|one|each|every|all)\b", m.group(1)) and not m.group(3).startswith(("to ", "been ")):
        owner, owned = m.group(1), m.group(3)
        prep = "in" if re.search(r"\bbowls?\b", owner) else "on"
        if NEG_SUBJECT_RE.match(owned) or owned in ("nothing", "no blocks", "no block"):
            return f"notput all blocks {prep} {owner}"
        if m.group(2):  # 'X should not have anything on it', 'the bowl must not hold the red block'
            owned = re.sub(r"^(?:anything|any blocks?|a block|blocks|any(?:thing)? else)$", "all blocks", owned)
            return f"notput {owned} {prep} {owner}"
        return f"put {owned} {prep} {owner}"
    m = COPULA_RE.search(text)
    if m is None or m.start() == 0:
        return _participle_clause(PARTICIPLE_NP_RE.sub(" ", text))
    subject, rest = text[: m.start()].strip(), text[m.end():].strip()
    negated = bool(m.group(2)) or " not " in f" {m.group(0)} "
    rest = PARTICIPLE_RE.sub("", rest)
    neg = NEG_SUBJECT_RE.match(subject)
    if neg:
        subject, negated = (neg.group(1) or "all blocks"), True
        subject = "all " + subject if not subject.startswith(("all", "the")) else subject
    if KEEP_RE.match(rest) or (not rest and m.group(1) in ("stay", "stays", "remain", "remains")):
        return f"leavebe {subject}"
    if negated:
        if m.group(1) in ("stay", "stays", "remain", "remains") and re.match(r"^(?:in|on|at)\b", rest):
            return f"notput {subject} {rest}"
        if rest in ("moved", "touched", "disturbed", "picked up", "move", "touch", "used", "moving"):
            return f"leavebe {subject}"
        return f"notput {subject} {rest}" if PREP_RE.match(rest) else "notput " + subject + " " + rest
    if re.match(r"^(?:held|grasped|in (?:the|your|its) (?:gripper|hand)|picked up|lifted|up in the air)$", rest):
        return f"pick up {subject}"
    if re.match(r"^(?:stacked(?: up)?|piled(?: up)?|in (?:a|one) (?:single )?(?:tower|stack|pile)|"
                r"on top of (?:each other|one another)|a (?:tower|stack|pile))\b", rest):
        return f"stack {subject} {re.sub(r'^(?:stacked|piled)(?: up)?', '', rest).strip()}".strip()
    if re.match(r"^(?:sorted|grouped|organi[sz]ed)\b", rest):
        return f"sort {subject} {re.sub(r'^(?:sorted|grouped|organi[sz]ed)', '', rest).strip()}".strip()
    if re.match(r"^(?:gone|thrown away|thrown out|binned|discarded|trashed|disposed of|removed|got rid of)$", rest):
        return f"throw away {subject}"
    if re.match(r"^(?:empty|clear|cleared|clean|cleaned|tidy|tidied|cleaned up|tidied up|cleared off|free)$", rest):
        return f"{'clear' if 'table' in subject else 'empty'} {subject}"
    if re.match(r"^(?:unstacked|flat|taken apart|knocked down|not stacked|side by side)$", rest):
        return f"unstack {subject}"
    return f"put {subject} {rest}"


def stages(text: str) -> list[str]:
    """The parts of an instruction to do one after another ('... then ...', '...; ...', '... . ...')."""
    text = re.sub(r"^(?:first(?:ly)?|to start|start by)\b,?\s*", "", text)
    m = re.match(r"^(?:after|once|when) (?:you (?:have )?)?(.+?),\s*(.+)$", text)
    if m:  # 'after you put A in B, put C on it'
        done = re.match(r"^(?:that|this|it)(?: is| has been)? (?:done|finished|complete)|^(?:you are|you re) done", m.group(1))
        text = m.group(2) if done else f"{_gerund(m.group(1))} then {m.group(2)}"
    m = re.match(r"^(.+?),? (after|before) (?:you (?:have )?)?(\w+ing\b.*|put .*)$", text)
    if m and VERB_RE.match(_gerund(m.group(3))):
        first, second = (_gerund(m.group(3)), m.group(1)) if m.group(2) == "after" else (m.group(1), _gerund(m.group(3)))
        text = f"{first} then {second}"
    return [part for part in (LEAD_FILLER_RE.sub("", p.strip(" ,")) for p in STAGE_RE.split(text)) if part]


def sentences(text: str) -> list[str]:
    """A stage mixing clause forms -> one text per clause form, split at 'and' / ',' where a new clause starts
    ('the red block is on the table, I want the blue block in the bowl and put ...'); each is then read alone.
    A noun phrase that cannot stand alone joins what follows: 'the red and the blue block are in the bowl', 'put
    X in the bowl and Y and Z should be on the table' (Y goes with Z)."""
    parts = re.split(r"(\s*,\s*(?:and\s+)?|\s+and\s+)", text)
    pieces: list[list[str]] = [[parts[0]]]
    for sep, seg in zip(parts[1::2], parts[2::2]):
        kind, piece = clause_start(seg), pieces[-1]
        whole = "".join(piece)
        if not kind or not (clause_start(whole) or PREP_RE.search(whole)):
            piece += [sep, seg]
            continue
        new, join = [seg], sep
        while kind == "statement" and len(piece) >= 3 and not clause_start(piece[-1]) and not PREP_RE.search(piece[-1]):
            new = [piece.pop(), join, *new]
            join = piece.pop()
        pieces.append(new)
    return ["".join(p).strip() for p in pieces]


def clauses(text: str) -> list[str]:
    """Split on 'and' / ',' only where a new clause starts (a verb, or a second 'X prep Y')."""
    text = re.sub(r"\s+and (?=(?:the )?\w+(?: block| one)? (?:on top|at the top|on the top)$)", " with ", text)
    segs = [s.strip() for s in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text) if s.strip()]
    out: list[str] = []
    for seg in segs:
        bare = bool(out and PLACE_PREP_RE.match(seg) and PREP_RE.search(out[-1]))
        if bare:  # '... out of the bowl and onto the yellow block': the same object
            seg = "it " + seg
        starts_verb = bare or bool(VERB_RE.match(seg) or WANT_RE.match(seg) or VERB_RE.match(normal_form(seg)))
        has_prep = bool(PREP_RE.search(seg)) and not TOWER_RE.fullmatch(seg)
        if out and not starts_verb and not (has_prep and PLACE_PREP_RE.search(out[-1])):
            out[-1] = f"{out[-1]} and {seg}"
        else:
            out.append(seg)
    return out


def read_clause(text: str, prev_verb: str | None) -> Clause | None:
    """One clause -> its verb, modifiers, object and target phrases; None when it has no verb to go by."""
    text = normal_form(text)
    text = MATCH_BOWL_RE.sub("the matching bowl", re.sub(r"\b(?:the )?same colou?red\b", "the matching", text))
    if NEG_SUBJECT_RE.match(text.split(" in ")[0].split(" on ")[0]) and PREP_RE.search(text):
        text = "notput all " + re.sub(r"^(?:no|nothing|none of the|not a single|not one|not any|zero)\s*", "", text)
    if not VERB_RE.match(text) and not WANT_RE.match(text) and not GOES_RE.search(text) and PREP_RE.search(text) \
            and prev_verb is None:
        text = "put " + text  # a small clause: '(I want) the red block in the green bowl'
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
        verb_word = "throw away" if action == "bin" else verb_word
    rest = re.sub(r"\b(?:(?:back|over|across|along|out|away) (?:down |up |over )?|down |up )"
                  r"(?=(?:on top of|onto|on|into|in|inside|at|to|from|off)\b)", "", rest)
    if action in ("move", "hold") and re.search(r"\b(?:back )?down$", rest):
        rest = re.sub(r"\s*\b(?:back )?down$", "", rest) + " on the table"

    # Modifiers that are not object or target phrases.
    reverse = bool(REVERSE_RE.search(rest))
    rest = REVERSE_RE.sub(" ", ORDER_RE.sub(" ", rest))
    base_colour = None
    top_colour = None
    tm = TOP_RE.search(rest) if action == "stack" else None
    if tm and tm.group(1) in COLOURS:
        top_colour = tm.group(1)
        rest = rest[: tm.start()]
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
        rest = re.sub(r"\b(?:in|into|to|in to)(?: the| their| its)?(?: matching| right| own)? bowls?\b", " ", rest)
    rest = re.sub(r"\bwith (?=(?:the|its|their|a|his|her) (?:\w+ )?bowls?\b)", "in ", rest)
    if action == "sort":
        rest = re.sub(r"\bwith(?: the| their)?(?: matching| right| own)? bowls?\b", " ", rest)
    excluded = None
    em = EXCEPT_RE.search(rest)
    if em:
        excluded = em.group(1)
        after = rest[em.end():]
        if not PLACE_PREP_RE.search(rest[: em.start()]):  # 'all except the ones in the bowl in the bin'
            later = list(PLACE_PREP_RE.finditer(after))
            if len(later) > 1:
                excluded = (excluded + after[: later[-1].start()]).strip()
                after = after[later[-1].start():]
        rest = (rest[: em.start()] + " " + after).strip()
    rest = re.sub(r"\s+", " ", rest).strip(" ,")

    splits = _fitting(split_target(rest), verb_word, action)
    obj_text, prep, tgt_text = splits[0]
    return Clause(verb=verb_word, action=action, obj=obj_text, prep=prep, target=tgt_text, excluded=excluded,
                  reverse=reverse, base_colour=base_colour, tower=tower, matching=matching, splits=splits,
                  top_colour=top_colour)


def _fitting(splits: list[tuple[str, str, str]], verb: str, action: str) -> list[tuple[str, str, str]]:
    """The readings a verb allows: after 'throw away' a place phrase other than the bin says which block ('throw
    away the block in the bowl'), never where it goes; after 'pick up' a locative one does ('pick up the block on the
    red block'). Readings that would make it a destination go; when none is left the whole phrase is the object,
    and a preposition it cannot hold is then refused as not understood."""
    def allowed(prep: str, target: str) -> bool:
        if not prep or prep in AWAY_PREPS:
            return True
        if verb in BIN_ONLY_VERBS and action == "bin":
            return bool(re.fullmatch(r"(?:the |a )?bin", target))
        return not (verb in HOLD_ONLY_VERBS and prep in LOCATIVE_PREPS)
    kept = [s for s in splits if allowed(s[1], s[2])]
    return kept if kept else [(splits[-1][0] if not splits[-1][1] else " ".join(splits[-1]), "", "")]


def split_target(rest: str) -> list[tuple[str, str, str]]:
    """'the red block on the blue block' -> [('the red block', 'on', 'the blue block')]: every reading, first first.

    A noun phrase may hold a preposition of its own ('the block in the bowl on the red block'); the
    caller keeps the first reading whose phrases both name something.
    """
    out = [(rest[: m.start()].strip(), m.group(1), rest[m.end():].strip()) for m in PREP_RE.finditer(rest)
           if rest[: m.start()].strip() and not OPEN_RELATIVE_RE.search(rest[: m.start()].strip())]
    return out + [(rest, "", "")] if out else [(rest, "", "")]


def same_again(text: str, command: str | None) -> str:
    """'do the same with the yellow block': the last command, said of another object."""
    m = re.match(r"^(?:now |and )?(?:do|repeat) (?:the same|that|it|this)(?: thing)?(?: again)? (?:with|for|to) (.+)$", text)
    if m is None or command is None:
        return text
    last = read_clause(clean_text(command), None)
    if last is None or not last.obj:
        return text
    return " ".join(p for p in (last.verb, m.group(1), last.prep, last.target) if p)
