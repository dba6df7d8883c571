"""Phrase grammar: an instruction's stages and clauses, and a clause's verb, object phrase and target phrase.

Works on text from `clean_text` only; a clause in another form (a statement, a wish, a negation) is first
rewritten as an imperative by `forms`, a tower told block by block by `towers`. The phrases it finds are resolved
against the scene by `references`, and turned into relations by `goals`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.planners.offline.forms import gerund, normal_form
from agent.planners.offline.towers import tower_modifier
from agent.planners.offline.fillers import LEAD_FILLER_RE
from agent.planners.offline.phrasing import clean_text
from agent.planners.offline.words import (
    ALONG_RE, AND_TOO_RE, AWAY_PREPS, BASE_RE, BIN_ONLY_VERBS, COLOURS, EXCEPT_RE, GOES_RE, HOLD_ONLY_VERBS,
    LEAD_EXCEPT_RE, LOCATIVE_PREPS, MATCH_BOWL_RE, NEG_SUBJECT_RE, OPEN_RELATIVE_RE, ORDER_RE, PLACE_PREP_RE,
    PREP_RE, REVERSE_RE, STAGE_RE, TOP_RE, TOWER_RE, VERB_RE, VERBS, WANT_RE, base_verb, clause_start,
)
from agent.regex import rx
from sim.core.errors import PlanningError


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
    inherited: bool = False  # no verb of its own: the previous clause's ('put X in A, and Y in B')


def stages(text: str) -> list[str]:
    """The parts of an instruction to do one after another ('... then ...', '...; ...', '... . ...')."""
    text = rx(r"^(?:first(?:ly)?(?: of all| off| things first)?|to (?:start|begin)(?: with| off)?|(?:start|begin)(?: off)? by|(?:start|"
              r"begin)(?: off)? with|for starters|as a first step|before (?:you do )?anything else)\b,?\s*").sub("", text)
    m = rx(r"^(?:after|once|when|as soon as) (?:(?:you|we) (?:have |had )?(?:already |just )?)?(.+?),\s*(.+)$").match(text)
    if m:  # 'after you put A in B, put C on it', 'once you have binned A, ...'
        done = rx(r"^(?:(?:that|this|it|everything|all)(?: is| has been)? |(?:you are|you re|we are|you have|"
                        r"you ve) )?(?:done|finished|complete|through)\b").match(m.group(1))
        first = rx(r"^(\w+(?: away| apart| down)?)\b").sub(lambda v: base_verb(v.group(1)) or v.group(1), m.group(1))
        text = m.group(2) if done else f"{gerund(first)} then {m.group(2)}"
    m = rx(r"^before (?:you (?:have )?)?(.+?),\s*(?:first(?:ly)?,?\s+)?(.+)$").match(text)
    if m and VERB_RE.match(gerund(m.group(1))):  # 'before putting A in B, put C on D': C on D first
        text = f"{m.group(2)} then {gerund(m.group(1))}"
    m = rx(r"^(.+?)(?:[,;]\s*|\s+but\s+|[,;]\s*but\s+)(?:before (?:that|this|doing (?:that|so|it))|first|"
                 r"beforehand|prior to that),?\s+(.+)$").match(text)
    if m and VERB_RE.match(gerund(m.group(2))):  # 'stack X on Y, but before that, bin Z': Z first
        text = f"{m.group(2)} then {m.group(1)}"
    if m := rx(r"^(.+?),? (?:once|after|as soon as|by the time) (the (?:\w+ ){1,3}(?:block|cube)s? (?:is|are|has been|have been|s) .+)$").match(text):
        text = f"{m.group(2)} then {m.group(1)}"  # 'X should still be on the table once Y is in the bin': Y's too, first
    m = rx(r"^(.+?),? (?:while|whilst) you(?: are)? (.+)$").match(text)
    if m and VERB_RE.match(gerund(m.group(2))):  # 'do not touch X while you stack Y on Z': both, in one stage
        text = f"{gerund(m.group(2))} and {m.group(1)}"
    m = rx(r"^(.+?),? (after|before) (?:you (?:have )?)?(\w+ing\b.*|put .*)$").match(text)
    if m and VERB_RE.match(gerund(m.group(3))):
        first, second = (gerund(m.group(3)), m.group(1)) if m.group(2) == "after" else (m.group(1), gerund(m.group(3)))
        text = f"{first} then {second}"
    return [part for part in (LEAD_FILLER_RE.sub("", p.strip(" ,")) for p in STAGE_RE.split(text)) if part]


def sentences(text: str) -> list[str]:
    """A stage mixing clause forms -> one text per clause form, split at 'and' / ',' where a new clause starts
    ('the red block is on the table, I want the blue block in the bowl and put ...'); each is then read alone.
    A noun phrase that cannot stand alone joins what follows: 'the red and the blue block are in the bowl', 'put
    X in the bowl and Y and Z should be on the table' (Y goes with Z)."""
    parts = rx(r"(\s*,\s*(?:and\s+)?|\s+and\s+)").split(text)
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


_ASIDE_RE = re.compile(r",\s*((?:except(?: for)?|excepting|but not|other than|apart from|aside from|excluding|"
                       r"save for|not including|with the exception of|besides|barring) "
                       r"[^,;.]+?),\s*([^,;.]+?)(?=\s+(?:and|then)\b|[,;.]|$)")


def aside_exclusion(text: str) -> str:
    """'move the blocks on the table, except the green one, into the bowl' -> '... into the bowl except the green one':
    an exclusion set off by commas belongs to the clause around it, after its target."""
    return _ASIDE_RE.sub(lambda m: f" {m.group(2)} {m.group(1)}", text)


def front_exclusion(text: str) -> str:
    """'except for the red block, throw everything out' -> 'throw everything out except the red block': an exclusion
    said first belongs to the clause after it (only that one: 'apart from X, bin everything and put Y on Z')."""
    m = LEAD_EXCEPT_RE.match(text)
    if m is None or not clause_start(normal_form(m.group(2))):
        return text
    rest = m.group(2)
    parts = rx(r"(\s*,\s*(?:and\s+)?|\s+and\s+)").split(rest)
    end = next((sum(len(p) for p in parts[: i - 1]) for i in range(2, len(parts), 2) if clause_start(parts[i])), len(rest))
    return f"{rest[:end]} except {m.group(1)}{rest[end:]}"


def join_but(text: str) -> str:
    """'do not touch X, but put Y on Z', 'leave X alone, but Y should be on Z': 'but' before a command (or, after a
    comma, a statement following a whole clause) joins two clauses; elsewhere it means 'except' ('all but the red one')."""
    def joined(m: re.Match[str]) -> str:
        rest = m.string[m.end():]
        before = m.string[: m.start()]
        if clause_start(rest) == "command" or (m.group(1) and clause_start(rest)
                                               and (clause_start(normal_form(before)) or WANT_RE.match(before))):
            return " and "
        if clause_start(rest) == "statement" and VERB_RE.match(m.string) and normal_form(rest).startswith("leavebe ") or rx(
                r"the \w+ (?:block|cube)s? (?:should|must|can|will|shall|may|is to|are to|needs? to|has to|have to) (?:not|never) (?:move|budge|shift|stir|be moved|be touched|be disturbed)\b").match(rest):
            return " and "  # 'move X to Y but Z stays where it is', '... but Z should not move': a command, then what to leave alone
        return m.group(0)
    return rx(r"\s*(,?)\s*\bbut (?:also |then |instead |still |do )?(?=\S)").sub(joined, text)


_GO_RELATIVE_RE = re.compile(
    r"\b((?:the|that|this) (?:\w+ )?(?:block|one)|(?:the )?(?:" + "|".join(COLOURS) + r")(?: block| "
                                                                                      r"one)?)\s*,?\s*(?:which|that|"
                                                                                      r"who)(?: then)? (?:goes|go|"
                                                                                      r"should go|must go|"
                                                                                      r"needs to go|has to go|"
                                                                                      r"is to go|will go|is going|"
                                                                                      r"belongs|should be put|"
                                                                                      r"should be placed|is to be "
                                                                                      r"put|gets put|should end up|"
                                                                                      r"ends up|should land|"
                                                                                      r"lands)\s+(?=(?:on top of|"
                                                                                      r"onto|on|into|inside|in|to|"
                                                                                      r"at)\b)")


def destination_relative(text: str) -> str:
    """'... except the red block, which goes in the bowl': a relative clause that says where the block goes is a
    command of its own about that block ('... and put the red block in the bowl'). A block is never picked out by
    where it is to go, so the relative clause cannot describe it instead."""
    def command(m: re.Match[str]) -> str:
        before = m.string[: m.start()]
        verb = VERB_RE.match(before.strip())
        if verb and VERBS[verb.group(0)] in ("move", "hold") and verb.group(0) not in HOLD_ONLY_VERBS | {"leave"} \
                and not before.strip()[verb.end():].strip():
            return f"{m.group(1)} "  # 'move the red block, which goes in the bowl': the verb's own target
        return f"{m.group(1)} and put {m.group(1)} "
    return _GO_RELATIVE_RE.sub(command, text)


def clauses(text: str) -> list[str]:
    """Split on 'and' / ',' only where a new clause starts (a verb, or a second 'X prep Y')."""
    ends = r"(?:the )?(\w+(?: block| one)?) (?:on top|at the top|on the top)$"
    stacking = VERBS.get(m.group(0)) == "stack" if (m := VERB_RE.match(text)) else False
    # 'stack A and B and C on top' names the top; 'put A on it and B on top' puts B on A
    text = rx(rf"\s+and (?={ends})").sub(" with ", text) if stacking else rx(rf",?\s+and {ends}").sub(r", put \1 on top of it", text)
    segs = [s.strip() for s in rx(r"\s*,\s*(?:and\s+)?|\s+and\s+").split(text) if s.strip()]
    out: list[str] = []
    for k, seg in enumerate(segs):
        modifier = tower_modifier(seg, out[-1]) if out else None
        if modifier is not None:  # 'stack X, Y and Z in that order, from the bottom up': said of the clause before
            if not (modifier == "in that order" and rx(r"\b(?:on|onto|on top of) (?:it|the \w+ block)$").search(out[-1])):  # 'stack X and Y on Z, in that order'
                out[-1] = f"{out[-1]} {modifier}"  # the order said is the order stacked on Z already
            continue
        bare = bool(out and PLACE_PREP_RE.match(seg) and PREP_RE.search(out[-1]))
        if bare:  # '... out of the bowl and onto the yellow block': the same object
            seg = "it " + seg
        starts_verb = bare or bool(VERB_RE.match(seg) or WANT_RE.match(seg) or VERB_RE.match(normal_form(seg)))
        has_prep = bool(PREP_RE.search(seg)) and not TOWER_RE.fullmatch(seg)
        starts_verb = starts_verb or has_prep and bool(rx(r"(?:nothing|no|none|zero|not (?:a single|one|any))\b").match(seg))  # '..., and nothing on it': its own clause
        if out and not starts_verb and rx(r"(?:empty|clear) (?!.*\b(?:into?|onto|on|at|to)\b)").match(out[-1]) and rx(
                r"the \w+ (?:block|cube) (?:in|into|on|onto|on top of|at) ").match(seg):  # 'empty W and X in the bin': X goes there
            seg, starts_verb = "put " + seg, True
        ahead = segs[k + 1] if k + 1 < len(segs) else ""  # 'put X in W and Y and Z on the table': Y starts the next clause
        starts_list = bool(out and PLACE_PREP_RE.search(out[-1]) and rx(r"the \w+(?: block| cube| one)?").fullmatch(seg) and PLACE_PREP_RE.search(ahead) and not (PLACE_PREP_RE.match(ahead) or VERB_RE.match(ahead)))
        if out and not starts_verb and not starts_list and not (has_prep and PLACE_PREP_RE.search(out[-1])):
            out[-1] = f"{out[-1]} and {seg}"
        else:
            out.append(seg)
    return out


def read_clause(text: str, prev_verb: str | None) -> Clause | None:
    """One clause -> its verb, modifiers, object and target phrases; None when it has no verb to go by."""
    text = normal_form(text)
    if (prev_verb in ("leavebe", "keep", "notput", "not", "retain") or VERBS.get(prev_verb or "") in ("clear", "unstack", "sort")) \
            and PREP_RE.search(text):  # 'do not touch X. Y in the bin', 'empty W, then X in it': a new small clause, never
        prev_verb = None  # more of what to leave alone or empty
    text = MATCH_BOWL_RE.sub("the matching bowl", rx(r"\b(?:the )?same colou?red\b").sub("the matching", text))
    if NEG_SUBJECT_RE.match(text.split(" in ")[0].split(" on ")[0]) and PREP_RE.search(text):
        text = "notput all " + rx(r"^(?:not a single|not one|not any|none of the|nothing|no|zero)\b\s*").sub("", text)
    if not VERB_RE.match(text) and not WANT_RE.match(text) and not GOES_RE.search(text) and PREP_RE.search(text) \
            and prev_verb is None:
        text = "put " + text  # a small clause: '(I want) the red block in the green bowl'
    text = WANT_RE.sub("put ", text)
    if GOES_RE.search(text) and not VERB_RE.match(text):
        text = "put " + GOES_RE.sub(" ", text)
    text = rx(r"\s+").sub(" ", text).strip()
    m = ALONG_RE.match(text)
    if m and not PREP_RE.search(m.group(3)):  # 'put X in W along with Y': Y goes there too; '... along with the others': those already there
        others = rx(r"(?:all )?the (?:others|other (?:blocks|ones))$").match(m.group(3))
        text = f"{m.group(1)} {m.group(2)}" if others else f"{m.group(1)} and {m.group(3)} {m.group(2)}"
    m = AND_TOO_RE.match(text)
    if m and VERB_RE.match(text) and not PREP_RE.search(m.group(3)) and not VERB_RE.match(m.group(3)) \
            and not clause_start(m.group(3)) and not rx(r"\bwhere\b").search(m.group(3)):  # 'put X in the bin and Y': Y goes there too
        text = f"{m.group(1)} and {m.group(3)} {m.group(2)}"
    m, inherited = VERB_RE.match(text), False
    if m:
        verb_word = m.group(0)
        action, rest = VERBS[verb_word], text[m.end():].strip()
    elif prev_verb is not None:
        verb_word, action, rest, inherited = prev_verb, VERBS.get(prev_verb, "move"), text, True
    else:
        return None
    if verb_word in ("pick", "take", "get") and rest.startswith("up "):
        rest = rest[3:]
    if action == "bin":  # 'throw the red block out', 'throw everything out except the red block'
        em = EXCEPT_RE.search(rest)
        head, tail = (rest[: em.start()], " " + rest[em.start():]) if em else (rest, "")
        rest = rx(r"\s+out$").sub("", head.rstrip()) + tail
    if verb_word in ("take", "get", "bring", "fish") and rest.endswith(" out"):
        rest = rest[:-4]
    if rx(r"\baway\b(?! (?:in|into|inside|on|onto|on top of|to|at)\b)").search(rest):
        rest = rx(r"\s*\baway\b").sub("", rest).strip()
        action = "bin" if action in ("move", "bin") else action
        verb_word = "throw away" if action == "bin" else verb_word
    rest = rx(r"\b(?:(?:back|over|across|along|out|away) (?:down |up |over )?|down |up )(?=(?:on top of|onto|on|"
                  r"into|in|inside|at|to|from|off)\b)").sub("", rest)
    if action in ("move", "hold") and rx(r"\b(?:back )?down$").search(rest):
        rest = rx(r"\s*\b(?:back )?down$").sub("", rest) + " on the table"

    # Modifiers that are not object or target phrases.
    reverse = bool(REVERSE_RE.search(rest))
    rest = REVERSE_RE.sub(" ", ORDER_RE.sub(" ", rest))
    base_colour = None
    top_colour = None
    described = rx(r"\b(?:on|onto|on top of|to|atop) (?:the|that) (?:tower|stack|pile),? with\b").search(rest)  # which tower
    tm = TOP_RE.search(rest) if action == "stack" and not described else None
    if tm and tm.group(1) in COLOURS:
        top_colour = tm.group(1)
        rest = rest[: tm.start()]
    bm = BASE_RE.search(rest) if not described else None
    if bm:
        base_colour = bm.group(1)
        rest = BASE_RE.sub(" ", rest)
    if action == "stack":  # 'pile the blocks up with yellow at the base'
        rest = rx(r"\s*\bup\b(?=\s+(?:with|so|in|on|into|onto|at|from)\b|\s*$)").sub("", rest)
    tower = bool(TOWER_RE.search(rest))
    rest = TOWER_RE.sub(" ", rest)
    if rx(r"\b(?:not|never) (?:the same colou?r|(?:of )?(?:its|their) (?:own )?colou?r|match(?:es|ing)?)\b|"
                 r"\bdifferent(?:ly)? colou?r|\bdifferent (?:from|to|than) (?:its|their) own\b").search(rest):  # 'a bowl that isn't its colour': never read as the matching one
        raise PlanningError("I can put blocks in the bowl of their own colour, but I cannot yet pick blocks or bowls by a colour "
                            "they do not share; name the bowl, e.g. 'put the red block in the blue bowl'")
    matching = bool(rx(r"\b(?:matching|same colou?r|corresponding|by colou?rs?|according to colou?rs?|"
                              r"of (?:their|its) (?:own )?colou?r|their own|its own)\b").search(rest)) and not rx(
        r"(?:the|a) (?:block|cube|one) (?:that is |that s |which is |of )?the same colou?r as the (?:\w+ ){1,3}?(?:bowl|block|cube)\b").match(
        rest)  # 'the block that is the same colour as the leftmost bowl goes in W': that block, into W
    rest = rx(r"\b(?:by|according to|based on|of|with) (?:their |its |the same |matching )?colou?rs?\b").sub(" ", rest)
    if action == "sort":
        rest = rx(r"\b(?:in|into|to|in to)(?: the| their| its)?(?: matching| right| own)? bowls?\b").sub(" ", rest)
    rest = rx(r"\bwith (?=(?:the|its|their|a|his|her) (?:\w+ )?bowls?\b)").sub("in ", rest)
    if action == "sort":
        rest = rx(r"\b(?:with|and|against|to)(?: the| their| all the)?(?: matching| right| own)? bowls?\b").sub(" ", rest)
    excluded = None
    em = EXCEPT_RE.search(rest)
    if em:
        excluded = em.group(1)
        after = rest[em.end():]
        if not PLACE_PREP_RE.search(rest[: em.start()]):  # 'all except the ones in the bowl in the bin'
            later = list(PLACE_PREP_RE.finditer(after))
            if action == "bin" and verb_word in BIN_ONLY_VERBS and not rx(
                    r"(?:in|into|to|inside) (?:the )?bin\b").match(after[later[-1].start():] if later else ""):
                excluded, after = (excluded + after).strip(), ""  # 'bin all but those in the bowl': no target to find
            elif len(later) > 1:
                excluded = (excluded + after[: later[-1].start()]).strip()
                after = after[later[-1].start():]
        elif after.strip():  # 'all the blocks in the bowl except the two on the left': the target came first
            excluded, after = (excluded + after).strip(), ""
        rest = (rest[: em.start()] + " " + after).strip()
    rest = rx(r"\s+").sub(" ", rest).strip(" ,")

    splits = _fitting(split_target(rest), verb_word, action)
    obj_text, prep, tgt_text = splits[0]
    return Clause(verb=verb_word, action=action, obj=obj_text, prep=prep, target=tgt_text, excluded=excluded,
                  reverse=reverse, base_colour=base_colour, tower=tower, matching=matching, splits=splits,
                  top_colour=top_colour, inherited=inherited)


def _fitting(splits: list[tuple[str, str, str]], verb: str, action: str) -> list[tuple[str, str, str]]:
    """The readings a verb allows: after 'throw away' a place phrase other than the bin says which block ('throw
    away the block in the bowl'), never where it goes; after 'pick up' a locative one does ('pick up the block on the
    red block'). Readings that would make it a destination go; when none is left the whole phrase is the object,
    and a preposition it cannot hold is then refused as not understood."""
    def allowed(prep: str, target: str) -> bool:
        if prep in AWAY_PREPS and action == "move" and rx(r" (?:on top of|onto|into|in|on|to|at) (?:the |a |it\b|them\b|that\b)").search(
                                                                 target):
            return False  # 'put the other one from that bowl on top of it': where it comes from, then where it goes
        if not prep or prep in AWAY_PREPS:
            return True
        if verb in ("take", "fetch", "retrieve", "fish") and prep in ("in", "inside") and rx(r"(?:the )?bin").fullmatch(target):  # 'take the blocks
            return False  # in the bin (and put them ...)': which blocks, never into the bin
        if verb in BIN_ONLY_VERBS and action == "bin":
            return bool(rx(r"(?:the |a )?bin").fullmatch(target))
        return not (verb in HOLD_ONLY_VERBS and prep in LOCATIVE_PREPS)
    kept = [s for s in splits if allowed(s[1], s[2]) and not (s[1] in ("on", "on top of", "in", "inside", "atop", "at") and rx(
        r"(?<!\bnot )\b(?:sitting|stacked|resting|lying|standing|perched|placed|kept|located|found|sat|stood|piled|(?:that|which) (?:is|are|s))$").search(
        s[0]) and action != "not" and not rx(r"\b(?:nothing|anything|something|none|no \w+)\b").search(s[0]))  # 'every block sitting | on ...'
        and not rx(r"(?:another|other|any other) blocks? (?:on|in|into|onto|to|at) the ").match(s[2])
        and not (action == "bin" and not s[1] and rx(r"(?:it|them) (?:on top of|onto|on|into|in|to|at) ").match(s[0]))]  # '... on another block on the table'; 'it on X, sweet': never 'it'
    vacuous = [s for s in kept if rx(r"(?:the |all the |any )?(?:\w+ )?bowls? (?:on|onto) (?:the )?table").fullmatch(s[2])]
    kept = [s for s in kept if s not in vacuous] or kept  # 'the blocks in bowls on the table': a bowl is always there
    place = r"(?:(?:the )?(?:table|middle(?: of the table)?|(?:top|bottom) (?:left|right) corner)|(?:any|another|a|some)(?: other| different)? (?:block|cube|bowl))"
    later = [s for s in kept if rx(rf"(?:the )?\w+ (?:block|cube|one|bowl) (?:on top of|on|onto|in|at) {place}").fullmatch(s[2]) and any(rx(place).fullmatch(t[2]) for t in kept)
             or rx(r"(?:the )?bin (?:that|which|whose|with|on top of|onto|on|into|in|inside|at|to|back (?:on|in|into)) .+|(?:it|them) (?:onto|on|into|in|at|to) the .+").fullmatch(s[2])]
    kept = [s for s in kept if s not in later] + later  # 'every block in W in the middle', 'the blocks in the bin on the table': the place is where they go
    away = [s for s in kept if rx(r" (?:out of|off of|away from|out from) ").search(s[2])]
    kept = [s for s in kept if s not in away] + away  # 'take every block in a bowl out of its bowl': where they are, then where from
    return kept if kept else [(splits[-1][0] if not splits[-1][1] else " ".join(splits[-1]), "", "")]


def split_target(rest: str) -> list[tuple[str, str, str]]:
    """'the red block on the blue block' -> [('the red block', 'on', 'the blue block')]: every reading, first first.

    A noun phrase may hold a preposition of its own ('the block in the bowl on the red block'); the
    caller keeps the first reading whose phrases both name something.
    """
    out = [(rest[: m.start()].strip(), m.group(1), rest[m.end():].strip()) for m in PREP_RE.finditer(rest)
           if rest[: m.start()].strip() and not OPEN_RELATIVE_RE.search(rest[: m.start()].strip())]
    return out + [(rest, "", "")] if out else [(rest, "", "")]


def same_again(text: str, command: str | list[str] | None) -> str:
    """'do the same with the yellow block': the last command (of `command`, newest first, the last one that was not
    itself 'the same with ...'), said of another object."""
    if isinstance(command, list):
        return next((again for c in command if (again := same_again(text, c)) != text), text)
    m = rx(r"^(?:(?:now|and|then|ok|so),? )*(?:(?:do|repeat|try) (?:the same|that|it|this|so|exactly that)(?: thing)?(?: again)?(?: as before)?|"
           r"repeat|(?:the )?same(?: thing)?(?: again)?(?: goes)?|likewise|ditto|(?:(?:and )?(?:one more time|once more|again))),?(?: but)? (?:with|"
           r"for|to|using) (.+?)(?: too| as well| again)?$").match(text)
    if m is None or command is None:
        return text
    last = read_clause(said := clean_text(command), None)  # where it went is the place said last: 'every block on the table in the bin'
    tail = rx(r"\b(?:in|into|on|onto|at|to|on top of) the (?:\w+ ){0,2}(?:bin|table|bowl|corner|middle|block)$").search(said)
    return text if last is None or not last.obj else " ".join(p for p in (last.verb, m.group(1), *([tail[0]] if tail else [last.prep, last.target])) if p)


_TARGET_WORDS = r"\b(?:bowls?|bin|table|corner|middle|floor)\b"
_ELLIPSIS_RE = re.compile(
    r"^(?:(?:and|now|then|ok|so|also|oh|oops|sorry|no|nope|wait|actually|my bad|whoops|err?|hmm),? )*(?P<fix>i meant|"
    r"i mean|i said|make (?:it|that)|rather|not (?:the|that|this) [\w ]+?,?(?: but)?)?,? ?(?:what about |how about |"
    r"same for |and )?(?P<np>(?:the|that|this|those|these|both|all) [\w ]+?|[\w]+ (?:one|block|bowl))(?: too|"
    r" as well| also| again| instead| rather| please| then)*$")


def ellipsis(text: str, command: list[str]) -> str:
    """A follow-up that only names a new object or target: 'and the pink one too', 'now the red one' (the last command
    for that object), 'oops, I meant the cyan bowl' (the last command to that target). Else `text` unchanged."""
    m = _ELLIPSIS_RE.match(text)
    if m is None or VERB_RE.match(m.group("np")) or PREP_RE.search(m.group("np")) or not command:
        return text
    last = read_clause(clean_text(command[0]), None)
    if last is None or not last.obj or last.action not in ("move", "bin", "hold"):
        return text
    np_ = m.group("np")
    if rx(_TARGET_WORDS).search(np_):  # a new target
        if not last.target and last.action != "bin":
            return text
        prep = "in" if rx(r"\b(?:bowls?|bin)\b").search(np_) else "to"
        return " ".join(p for p in ("put", last.obj, prep, np_) if p)
    if m.group("fix") and not rx(r"\b(?:block|blocks|one|ones)\b").search(np_):
        return text
    return " ".join(p for p in (last.verb, np_, last.prep, last.target) if p)
