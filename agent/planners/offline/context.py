"""What one parse works against: the scene, its symbolic state, the referents and answers of the
conversation so far, what has been understood; and the ways a parse stops short (a question
for the user, an error naming what was understood, or text in another language: `foreign`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.planners.offline.phrasing import clean_text
from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


class Ambiguous(Exception):
    """A phrase fits several objects; carries the question to ask."""


@dataclass
class Context:
    scene: Scene
    state: SymState
    instruction: str
    it: list[str] = field(default_factory=list)  # what 'it' / 'them' mean, the most recent first
    answers: list[str] = field(default_factory=list)  # the user's answers to questions, newest first
    understood: list[str] = field(default_factory=list)  # for the error when the parse fails
    mentioned: list[str] = field(default_factory=list)  # blocks earlier clauses of this instruction are about
    binned: list[str] = field(default_factory=list)  # those of them put in the bin ('clear the table. every block on it ...': said again)
    previous: list[str] = field(default_factory=list)  # blocks the previous command was about ('the others')
    kept: list[str] = field(default_factory=list)  # blocks to leave where they are ('do not touch ...')
    kept_bowls: list[str] = field(default_factory=list)  # bowls left alone: what is in them stays, nothing new goes in
    not_targets: list[str] = field(default_factory=list)  # bowls ruled out as the target ('in a bowl, but not the red one')
    vacated: list[str] = field(default_factory=list)  # bowls earlier clauses took blocks out of: never 'some bowl'
    group: list[str] = field(default_factory=list)  # the blocks of this instruction's last clause about several ('them')
    destination: str | None = None  # where the last clause put a block: what 'there', 'the same bowl' mean
    later: str = ""  # the clauses after the one being read: 'X must not be on the table; put it on Y' says where
    stacked: list[tuple[str, str]] = field(default_factory=list)  # (top, below) earlier clauses stack: 'then carry the pair'
    put: list[Rel] = field(default_factory=list)  # where earlier clauses put blocks, in order: 'then W holds exactly two' counts them

    @property
    def placed(self) -> list[str]:
        """The blocks earlier clauses of this instruction say where to put."""
        return [r.block for r in self.put]

    def now_at(self, rel: Rel) -> bool:
        """Whether `rel` (a block at a place) holds once the earlier clauses are done: where they last put the block, else
        where it is."""
        last = next((r for r in reversed(self.put) if r.block == rel.block), None)
        return holds(rel, self.state) if last is None else (last.rel, last.args) == (rel.rel, rel.args)


def bowl_error(bowl: str, ctx: Context) -> PlanningError:
    blocks = ", ".join(ctx.state.blocks) or "none"
    return PlanningError(f"the {bowl} cannot be moved: bowls stay where they are; only blocks can be picked "
                         f"and placed (blocks: {blocks})")


# Words of other languages that English instructions do not use (see `foreign`).
FOREIGN_WORDS = {"le", "la", "les", "du", "des", "dans", "sur", "mettez", "mets", "mettre", "pose", "posez", "prends",
                 "prenez", "bloc", "blocs", "rouge", "bleu", "vert", "verte", "jaune", "bol", "bols", "boite",
                 "boîte", "cube", "cubes", "une", "et", "est", "sil", "plaît", "plait", "vous", "avec", "puis",
                 "ensuite", "tous", "toutes", "poubelle", "table", "der", "die", "das", "den", "dem", "ein", "eine",
                 "einen", "einem", "bitte", "lege", "leg", "legen", "stelle", "stell", "nimm", "würfel", "wuerfel",
                 "klotz", "rot", "rote", "roten", "blau", "blaue", "blauen", "grün", "grüne", "grünen", "gelb",
                 "gelbe", "gelben", "schale", "schüssel", "und", "auf", "dann", "alle", "mülleimer", "tisch", "el",
                 "los", "las", "pon", "ponga", "pone", "coloca", "coloque", "bloque", "bloques", "cubo", "rojo",
                 "roja", "azul", "verde", "amarillo", "amarilla", "cuenco", "tazón", "encima", "por", "favor", "y",
                 "del", "al", "luego", "todos", "basura", "mesa", "il", "metti", "blocco", "rosso", "ciotola",
                 "nella", "sul", "poi", "tutti", "het", "blok", "rode", "blauwe", "kom", "op"}


def foreign(text: str) -> bool:
    """The text is in another language: non-Latin script, or mostly words of other languages."""
    text = rx(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2300-\u23FF\u2B00-\u2BFF\uFE0F\u200D]").sub("", text)  # emoji are no language
    if rx(r"[^\x00-\u024f\u2010-\u2027\u2190-\u21ff]").search(text):  # punctuation and arrows are no language
        return True
    words = rx(r"[^\W\d_]+").findall(text.lower())
    hits = sum(w in FOREIGN_WORDS and w not in ENGLISH_OVERLAP for w in words)
    return hits >= 2 and hits >= 0.3 * len(words)

ENGLISH_OVERLAP = {"table", "cube", "cubes", "die", "on", "leg", "pose", "el", "il", "set", "pone", "kom", "op"}


FOREIGN = ("the offline planner understands English only; say it in English (e.g. 'put the red block in the "
           "blue bowl'), or use an LLM planner (--planner anthropic or --planner openai), which understands "
           "other languages")
CAPABILITIES = ("I move blocks and answer questions about the table. Ask me to put, stack, sort, move, bin or clear "
                "('put the red block in the blue bowl', 'stack all the blocks', 'sort the blocks by colour', 'move "
                "the blocks to the top left corner', 'throw everything except the green block away', 'clear the "
                "table'); say how things should end up ('the red block should be on the blue one'); or ask ('where "
                "is the red block?', 'how many blocks are in the bowl?').")


def absent(what: str, ctx: Context) -> PlanningError:
    """The error for an object that is not on the table, listing what is."""
    seen = ", ".join(f"the {n}" for n in ctx.scene.names()) or "nothing"
    return PlanningError(f"there is no {what} on the table; I see {seen}")


def not_understood(ctx: Context, missing: str | None = None, unknown: list[str] | None = None,
                   extra: str | None = None) -> PlanningError:
    """The error for an instruction the parser cannot act on, naming what it did understand."""
    cleaned = clean_text(ctx.instruction)
    mentioned = [f"the object {n}" for n in ctx.scene.names() if rx(rf"\b{re.escape(n)}\b").search(cleaned)]
    mentioned += [f"the place '{p}'" for p in PLACES if rx(rf"\b{re.escape(p)}\b").search(cleaned)]
    seen = list(dict.fromkeys(ctx.understood + mentioned))
    got = "; ".join(seen) if seen else "nothing I can act on"
    parts = [f"I could not understand {ctx.instruction.strip()!r}"]
    unknown = [u for u in dict.fromkeys(unknown or []) if not any(u != v and u in v.split() for v in unknown or [])]
    if unknown:
        parts.append(f"I do not know the word(s) {', '.join(repr(u) for u in unknown)}")
    if missing:
        parts.append(f"it does not say {missing}")
    if extra:  # words the reading would otherwise drop: refused, never ignored
        parts.append(f"I do not know what to do with {extra!r} here, and I will not ignore it")
    parts.append(f"I understood: {got}")
    parts.append("try e.g. 'put the red block in the blue bowl', 'stack all the blocks', "
                 "'move the blocks to the top left corner', 'sort the blocks by colour', 'clear the table'")
    return PlanningError("; ".join(parts))


def tower_first(blocks: list[str], state: SymState) -> list[str]:
    """Bottom-to-top order for 'stack these': keep the tallest existing tower among them as the base."""
    best: list[str] = []
    for b in blocks:
        if state.support[b] not in (TABLE, *PLACES):
            continue
        chain = [b]
        while True:
            top = [t for t in state.on_top(chain[-1]) if t in blocks]
            if not top:
                break
            chain.append(top[0])
        if len(chain) > len(best):
            best = chain
    return best + [b for b in blocks if b not in best]


STATES = {"loose", "unstacked", "free", "clear", "uncovered", "stacked", "covered", "buried", "lone", "unmatched", "matched",
          "onblock", "misplaced"}  # 'onblock': the word `outcomes` makes of 'on top of another block' 
BOWL_STATES = {"empty": False, "unused": False, "vacant": False, "full": True, "occupied": True, "nonempty": True}  # holds blocks


def in_state(block: str, word: str, state: SymState) -> bool:
    """'loose': alone on the table; 'free'/'clear': nothing on it; 'stacked': in a tower; 'covered': under one;
    'unmatched': no bowl of its colour; 'misplaced': in a bowl of another colour."""
    sup = state.support
    if word == "middle":  # 'the middle block of the tower'
        return tower_end(block, "middle", state)
    if word in ("matched", "unmatched"):  # 'the unmatched blocks': no bowl shares its colour
        return any(state.colours.get(w) == state.colours.get(block) for w in state.bowls) == (word == "matched")
    if word in ("loose", "unstacked", "lone"):
        return sup[block] in (TABLE, *PLACES) and state.is_clear(block)
    if word in ("free", "clear", "uncovered"):
        return state.is_clear(block) and sup[block] not in (BIN, GRIPPER)
    if word == "misplaced":  # 'the blocks in the wrong bowls': in a bowl of another colour
        return state.base(block) in state.bowls and state.colours.get(state.base(block)) != state.colours.get(block)
    if word == "onblock":  # 'every block that is on top of another one': not the bottom of its tower
        return sup[block] in sup
    if word == "stacked":
        return sup[block] in sup or (not state.is_clear(block) and sup[block] not in (BIN, GRIPPER))
    return not state.is_clear(block)


def stacks(state: SymState) -> list[list[str]]:
    """The towers on the table or in a bowl: two or more blocks stacked, each bottom first."""
    return [[b, *state.above(b)[::-1]] for b in state.blocks
            if state.support[b] not in state.support and state.support[b] not in (BIN, GRIPPER) and state.on_top(b)]


def tower_end(block: str, end: str, state: SymState) -> bool:
    """The block is the top (or the bottom, or between them: 'middle') of a tower of two or more."""
    sup = state.support
    if end == "middle":
        return sup[block] in sup and not state.is_clear(block)
    if end == "top":
        return sup[block] in sup and state.is_clear(block)
    return sup[block] not in sup and not state.is_clear(block) and sup[block] not in (BIN, GRIPPER)


def in_tower(block: str, other: str, state: SymState) -> bool:
    """The two blocks stand in one tower (either above the other)."""
    sup = state.support
    return block in sup and other in sup and (block in state.above(other) or other in state.above(block))
