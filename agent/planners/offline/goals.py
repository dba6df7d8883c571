"""Goal building: relations from a resolved clause, over the stages of an instruction; `parse()`.

A small semantic parser: an instruction (+ scene, + conversation history) -> goal relations.
Rules, not a model: a verb table, prepositions that split object from target, noun phrases
resolved against the perceived scene (colours, kinds, plurals, all/every/each, counts,
exclusions, matching colours, named places, pronouns from earlier turns). Anything it does
not recognise is an error naming what it did recognise, never a guess. A phrase that fits
several objects equally becomes a question for the user.

The layers, each importing only those before it: `words` (word tables, `clean_text`) <-
`context` (the parse's state and errors) <- `grammar` (stages, clauses, phrases), `references`
(noun phrases -> objects), `dialogue` (the conversation history) <- `goals` (this module).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.planners.offline.context import Ambiguous, Context, bowl_error, not_understood
from agent.planners.offline.dialogue import answers, history_entries, last_command, pending_question, referent
from agent.planners.offline.grammar import clauses, looks_like_command, read_clause, stages
from agent.planners.offline.references import NounPhrase, exact_names, pool, resolve_blocks, resolve_target
from agent.planners.offline.words import ALL_WORDS, TOWER_RE, TOWER_WORDS, clean_text
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.lexicon import PLACES, TABLE
from sim.core.perceived import Scene
from sim.core.relations import Rel
from sim.core.symbolic import SymState


@dataclass
class Parsed:
    """A goal as ordered stages (each a conjunction), or a question for the user."""

    stages: list[list[Rel]] = field(default_factory=list)
    question: str | None = None


def parse(instruction: str, scene: Scene, history: list[str] | None = None) -> Parsed:
    """Turn `instruction` into goal stages over `scene`'s objects, or a question when it is ambiguous."""
    state = SymState.from_scene(scene)
    entries = history_entries(history or [])
    ctx = Context(scene=scene, state=state, instruction=instruction)
    ctx.answers = answers(entries)
    text = clean_text(instruction)
    if not text:
        raise PlanningError("the instruction is empty; say what to do, e.g. 'put the red block in the blue bowl'")
    if pending_question(entries) and not looks_like_command(text):
        # The instruction answers the agent's question: re-read the command that prompted it.
        previous = last_command(entries)
        if previous is not None:
            ctx.answers.insert(0, instruction)
            text = clean_text(previous)
    ctx.it = referent(entries, scene, lambda command: _goal_blocks(command, scene))
    try:
        return Parsed(stages=_parse_text(text, ctx))
    except Ambiguous as q:
        return Parsed(question=str(q))


def merge_goal(old: list[Rel], new: list[Rel]) -> list[Rel]:
    """Later relations about a block replace earlier ones."""
    moved = {r.block for r in new}
    return [r for r in old if r.block not in moved] + new


def _goal_blocks(command: str, scene: Scene) -> list[str]:
    """The blocks an earlier command's goal is about, in order (none when it asked a question)."""
    parsed = parse(command, scene, [])
    return [r.block for stage in parsed.stages for r in stage]


def _parse_text(text: str, ctx: Context) -> list[list[Rel]]:
    goal_stages: list[list[Rel]] = []
    prev_verb: str | None = None
    for part in stages(text):
        rels: list[Rel] = []
        for clause in clauses(part):
            verb, new = _clause(clause, prev_verb, ctx)
            prev_verb = verb
            rels = merge_goal(rels, new)
            if new:
                ctx.it = [new[-1].block]
        goal_stages.append(rels)
    if not goal_stages:
        raise not_understood(ctx)
    return goal_stages


def _clause(text: str, prev_verb: str | None, ctx: Context) -> tuple[str, list[Rel]]:
    """One clause -> (its verb, relations)."""
    clause = read_clause(text, prev_verb)
    if clause is None:
        raise not_understood(ctx)
    verb_word, action = clause.verb, clause.action
    obj_text, prep, tgt_text = clause.obj, clause.prep, clause.target
    reverse, base_colour, tower, matching = clause.reverse, clause.base_colour, clause.tower, clause.matching
    ctx.understood.append(f"the action '{verb_word}'")
    excluded: list[str] = []
    if clause.excluded is not None:
        excluded = resolve_blocks(NounPhrase(clause.excluded), ctx, pool_all=True, plural_default=True)
        ctx.understood.append("except " + ", ".join(excluded))

    if action == "clear":
        if obj_text and obj_text not in ("table", "the table", "everything", "it all", "workspace", "the workspace",
                                         "desk", "the desk", "up", "up the table", "off the table", "the table up",
                                         "the table off", "off", "up everything", "away everything"):
            obj_blocks = resolve_blocks(NounPhrase(obj_text.replace(" off the table", "")), ctx, excluded)
        else:
            obj_blocks = [b for b in pool(ctx) if b not in excluded]
        if not obj_blocks:
            return verb_word, []
        return verb_word, [Rel("in_bin", b) for b in obj_blocks]

    if action == "sort" or (matching and not tgt_text):
        blocks = resolve_blocks(NounPhrase(obj_text or "all the blocks"), ctx, excluded, plural_default=True)
        return verb_word, _matching(blocks, ctx, strict=False)
    if action == "unstack":
        np_ = NounPhrase(obj_text or "all")
        if not obj_text or np_.words & (TOWER_WORDS | ALL_WORDS) or obj_text in ("it", "them"):
            blocks = [b for b in pool(ctx) if ctx.state.support[b] in ctx.state.support and b not in excluded]
            if not blocks:
                return verb_word, []
        else:
            blocks = resolve_blocks(np_, ctx, excluded)
        return verb_word, [Rel("on_table", b) for b in blocks]

    if action == "stack":
        if obj_text and re.fullmatch(r"(?:the |all the |all )?(?:blocks )?(?:up|everything)", obj_text):
            obj_text = ""
        blocks = resolve_blocks(NounPhrase(obj_text or "all the blocks"), ctx, excluded, plural_default=True)
        target = resolve_target(tgt_text, prep, ctx) if tgt_text else ("tower", "")
        if target[0] in ("place", "block", "table", "tower"):
            explicit = len(blocks) > 1 and NounPhrase(obj_text).listed >= 2
            order = blocks if explicit else _tower_order(blocks, ctx.state)
            if reverse:
                order = order[::-1]
            if base_colour is not None:
                base = [b for b in order if ctx.state.colours.get(b) == base_colour]
                order = base[:1] + [b for b in order if b not in base[:1]]
            return verb_word, _tower(order, target, ctx)
        return verb_word, _relations(blocks, target, ctx)

    # move / hold / bin
    if obj_text and TOWER_RE.fullmatch(obj_text):
        obj_text = ""
    if not obj_text:
        raise not_understood(ctx, missing="which block to move")
    np_ = NounPhrase(obj_text)
    bowls = [n for n in exact_names(obj_text, ctx.scene) if n in ctx.state.bowls]
    if np_.kind == "bowl" or bowls:
        raise bowl_error(bowls[0] if bowls else "bowl", ctx)
    if matching and (not tgt_text or re.search(r"\bbowls?\b", tgt_text)):
        blocks = resolve_blocks(np_, ctx, excluded, plural_default=True)
        return verb_word, _matching(blocks, ctx, strict=True)
    if not tgt_text:
        if tower and action != "bin":
            blocks = resolve_blocks(np_, ctx, excluded, plural_default=True)
            order = blocks if np_.listed >= 2 else _tower_order(blocks, ctx.state)
            return verb_word, _tower(order[::-1] if reverse else order, ("tower", ""), ctx)
        if action == "bin":
            return verb_word, [Rel("in_bin", b) for b in resolve_blocks(np_, ctx, excluded, satisfied=lambda b: Rel("in_bin", b))]
        if action == "hold":
            blocks = resolve_blocks(np_, ctx, excluded)
            if len(blocks) != 1:
                raise PlanningError(f"the gripper holds one block at a time; cannot hold {', '.join(blocks)} together")
            return verb_word, [Rel("held", blocks[0])]
        raise not_understood(ctx, missing=f"where to {verb_word} it")
    target = resolve_target(tgt_text, prep, ctx)
    if target[0] == "matching":
        return verb_word, _matching(resolve_blocks(np_, ctx, excluded, plural_default=True), ctx, strict=True)
    if target[0] == "tower":
        blocks = resolve_blocks(np_, ctx, excluded, plural_default=True)
        order = blocks if np_.listed >= 2 else _tower_order(blocks, ctx.state)
        return verb_word, _tower(order[::-1] if reverse else order, target, ctx)
    blocks = resolve_blocks(np_, ctx, excluded, satisfied=lambda b: _rel_for(b, target))
    if target[0] == "block" and target[1] in blocks:
        if len(blocks) == 1:
            raise PlanningError(f"cannot put the {target[1]} on itself")
        blocks = [b for b in blocks if b != target[1]]
    if target[0] == "block" and len(blocks) > 1:
        return verb_word, _tower([target[1], *blocks], ("on-base", target[1]), ctx)
    return verb_word, _relations(blocks, target, ctx)


def _rel_for(block: str, target: tuple[str, str]) -> Rel:
    kind, name = target
    if kind == "bowl":
        return Rel("in", block, name)
    if kind == "block":
        return Rel("on", block, name)
    if kind == "place":
        return Rel("at", block, name)
    if kind == "bin":
        return Rel("in_bin", block)
    return Rel("on_table", block)


def _relations(blocks: list[str], target: tuple[str, str], ctx: Context) -> list[Rel]:
    rels = [_rel_for(b, target) for b in blocks]
    if target[0] == "bowl" and len(rels) > layout.BOWL_CAPACITY:
        raise PlanningError(
            f"the {target[1]} holds at most {layout.BOWL_CAPACITY} blocks, but {len(rels)} should go in it "
            f"({', '.join(blocks)})"
        )
    return rels


def _tower(order: list[str], target: tuple[str, str], ctx: Context) -> list[Rel]:
    """Relations for a tower, bottom to top, standing on `target` (the table, a place or a block)."""
    if not order:
        return []
    kind, name = target
    if kind == "on-base":
        first: list[Rel] = []
    elif kind == "block":
        order = [b for b in order if b != name]
        first = [Rel("on", order[0], name)] if order else []
    elif kind == "place":
        first = [Rel("at", order[0], name)]
    else:
        first = [Rel("on_table", order[0])]
    return first + [Rel("on", top, below) for below, top in zip(order, order[1:])]


def _tower_order(blocks: list[str], state: SymState) -> list[str]:
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


def _matching(blocks: list[str], ctx: Context, strict: bool) -> list[Rel]:
    bowls = {o.colour: o.name for o in ctx.scene.objects if o.kind == "bowl"}
    rels, missing = [], []
    for b in blocks:
        colour = ctx.state.colours.get(b)
        if colour in bowls:
            rels.append(Rel("in", b, bowls[colour]))
        else:
            missing.append(b)
    if not rels or (strict and missing and len(blocks) == 1):
        have = ", ".join(ctx.state.bowls) or "no bowls"
        raise PlanningError(f"no bowl matches the colour of the {', '.join(missing)}; bowls on the table: {have}")
    ctx.understood.append("matching colours")
    return rels
