"""Goal building: relations from a resolved clause, over the stages of an instruction; `parse()`.

A small semantic parser: an instruction (+ scene, + conversation history) -> goal relations.
Rules, not a model: a verb table, prepositions that split object from target, noun phrases
resolved against the perceived scene (colours, kinds, plurals, all/every/each, counts,
exclusions, matching colours, named places, pronouns from earlier turns). Anything it does
not recognise is an error naming what it did recognise, never a guess. A phrase that fits
several objects equally becomes a question for the user.

The layers, each importing only those before it: `words` (word tables, `clean_text`) <-
`context` (the parse's state and errors) <- `towers` (a tower told block by block), `choice`
(which of several fits) <- `forms` (any clause form -> an imperative), `noun_phrases` (what a noun
phrase says) <- `grammar` (stages, clauses, phrases), `references` (noun phrases -> objects), `tower_references`
(a tower by height or colours), `dialogue` (the conversation) <- `placing` (targets as relations) <- `goals`.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, field

from agent.answers import answer as answer_question
from agent.planners.offline.context import (
    FOREIGN,
    Ambiguous,
    Context,
    bowl_error,
    foreign,
    not_understood,
    stacks,
    tower_first,
)
from agent.planners.offline.dialogue import (
    answers,
    commands,
    history_entries,
    last_command,
    named_in_reply,
    pending_question,
    referent,
)
from agent.planners.offline.forms import is_question, looks_like_command, normal_form
from agent.planners.offline.grammar import (
    Clause,
    clauses,
    destination_relative,
    aside_exclusion,
    ellipsis,
    front_exclusion,
    join_but,
    read_clause,
    same_again,
    sentences,
    stages,
)
from agent.planners.offline.noun_phrases import NounPhrase
from agent.planners.offline.placing import (
    at_most,
    away,
    bowl_phrase,
    check_roles,
    conflict,
    destination,
    distinct_bowls,
    emptied_into,
    some_bowl, swapped,
    end_block,
    into_matching,
    rel_for,
    relations,
    same_place,
    spread,
    target_exclusion,
    tower_goal,
)
from agent.planners.offline.references import (
    exact_names,
    pool,
    resolve_blocks,
    resolve_target,
    tower_of,
)
from agent.planners.offline.tower_references import described_tower, tower_phrases
from agent.planners.offline.towers import tower_order
from agent.planners.offline.words import (
    ALL_WORDS,
    AWAY_PREPS,
    TOWER_RE,
    TOWER_WORDS,
    clean_text,
    desire,
)
from sim.core.errors import PlanningError
from sim.core.lexicon import PLACES
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


@dataclass
class Parsed:
    """A goal as ordered stages (each a conjunction), a question for the user, or the answer to the user's question."""

    stages: list[list[Rel]] = field(default_factory=list)
    question: str | None = None
    answer: str | None = None


def parse(instruction: str, scene: Scene, history: list[str] | None = None) -> Parsed:
    """Turn `instruction` into goal stages over `scene`'s objects, a question when it is ambiguous, or an answer
    when it asks about the scene."""
    if foreign(instruction):
        raise PlanningError(FOREIGN)
    state = SymState.from_scene(scene)
    entries = history_entries(history or [])
    ctx = Context(scene=scene, state=state, instruction=instruction)
    ctx.answers = answers(entries)
    text = clean_text(instruction)
    if not text:
        raise PlanningError("the instruction is empty; say what to do, e.g. 'put the red block in the blue bowl'")
    ctx.it = referent(entries, scene, lambda command: _goal_blocks(command, scene))
    command = last_command(entries)
    if pending_question(entries) and not looks_like_command(text):
        # The instruction answers the agent's question: re-read the command that prompted it.
        if command is not None:
            ctx.answers.insert(0, instruction)
            text = clean_text(command)
    elif (again := same_again(text, commands(entries))) != text or (again := ellipsis(text, commands(entries))) != text:
        text = again  # 'could you do the same for the blue one?', 'and the pink one too', 'oops, I meant the cyan bowl'
    elif is_question(text, instruction):
        if ctx.it:  # 'where is it?'
            instruction = re.sub(r"\b(?:it|that one|this one)\b", f"the {ctx.it[0]}", instruction)
        return Parsed(answer=answer_question(instruction, scene).text)
    if command is not None and not pending_question(entries):
        try:
            ctx.previous = _goal_blocks(command, scene)
        except (PlanningError, Ambiguous):
            ctx.previous = list(ctx.it)
        ctx.previous = ctx.previous or named_in_reply(entries, scene)  # 'move them both' after 'X holds A and B
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
    text = re.sub(r"\s*,?\s*\b(?:but|while|and)\s+(?:you\s+)?(?=(?:do not|dont|never|keep|leave|without|make sure|hands off|"
                  r"(?:stay|keep) (?:away|clear)|take (?:your |the )?hands?)\b)", " and ", text)
    text = re.sub(r"\s*,?\s*\b(?:but|and) not (?:in|into|inside|on|onto|to|at) ", " except ", text)  # '..., but not in X'
    text = re.sub(r"\b(?:that|which) (?:is|are) not (?=(?:the|a) (?:\w+ )?(?:one|bowl)\b)", "except ", text)
    text = aside_exclusion(text)  # 'the blocks on the table, except the green one, into the bowl'
    text = re.sub(r"\s*,\s*(?=(?:but not|except|other than|apart from|excluding|not including|save for)\b)", " ", text)
    text = join_but(text)  # 'do not touch X, but put Y on Z'
    text = destination_relative(text)  # 'everything except the red block, which goes in the bowl'
    text = re.sub(r"\s+(?=without (?:touching|moving|disturbing)\b)", " and ", text)
    text = re.sub(r"\s*,?\s*\b(?:while |and )?(?:leaving|keeping)\s+", " and leave ", text)
    text = tower_order(text) or text
    text = tower_phrases(text, ctx)  # 'the tallest tower', 'reverse the stack'
    parts = [[c for piece in sentences(front_exclusion(desire(part))) for c in clauses(normal_form(piece))]
             for part in stages(text)]  # 'make it so X and Y are stacked': the frame off before clauses are split
    for part in parts:  # keep first: 'all the blocks' then means the others
        for clause in part:
            read = read_clause(clause, None)
            if read is not None and read.action in ("keep", "retain") and not read.target and not NounPhrase(read.obj).others:
                ctx.kept += resolve_blocks(NounPhrase(read.obj), ctx, pool_all=True, plural_default=True)
    goal_stages: list[list[Rel]] = []
    prev_verb: str | None = None
    last: str | None = None
    for part in parts:
        rels: list[Rel] = []
        for clause in part:
            clause, last = same_again(clause, last), clause  # '..., then do the same with the blue block'
            later = " ".join(c for p in parts for c in p).split(clause, 1)[-1]
            read = read_clause(clause, prev_verb)
            if read is not None and read.action == "move" and not read.target and re.search(r"\bit\b", later):
                # 'move the red block: it goes in the bowl' -- the object now, its target in a later clause
                ctx.it = resolve_blocks(NounPhrase(read.obj), ctx)
                prev_verb = read.verb
                continue
            verb, new = _clause(clause, prev_verb, ctx)
            prev_verb = verb
            conflict(rels, new)
            rels = merge_goal(rels, new)
            ctx.destination = destination(new) or ctx.destination
            if new:
                ctx.it = [new[-1].block]
                named = [a for r in new for a in r.args if a in ctx.state.support]
                ctx.mentioned += [b for b in named if b not in ctx.mentioned]
                if len(set(named)) > 1:
                    ctx.group = list(dict.fromkeys(named))
            elif read is not None and read.obj and not re.search(r"\b(?:it|them|that|this)\b", read.obj):
                with suppress(PlanningError, Ambiguous):  # 'X is not going in Y, put it in the bin': X is 'it'
                    ctx.it = resolve_blocks(NounPhrase(read.obj), ctx)[:1] or ctx.it
        goal_stages.append(rels)
    if not goal_stages:
        raise not_understood(ctx)
    return goal_stages


def _clause(text: str, prev_verb: str | None, ctx: Context) -> tuple[str, list[Rel]]:
    """One clause -> (its verb, relations): the first reading of its phrases that names things in the scene."""
    if (swap := swapped(text, ctx)) is not None:  # 'swap X and Y': each where the other was
        return "swap", swap
    clause = read_clause(text, prev_verb)
    if clause is None:
        raise not_understood(ctx)
    errors: list[Exception] = []
    for obj, prep, target in clause.splits or [(clause.obj, clause.prep, clause.target)]:
        understood = list(ctx.understood)
        try:
            return clause.verb, _reading(clause, obj, prep, target, ctx)
        except (PlanningError, Ambiguous) as e:
            errors.append(e)
            ctx.understood = understood
    # No reading names things in the scene: a question beats a refusal, else the first reading's error.
    raise next((e for e in errors if isinstance(e, Ambiguous)), errors[0])


def _reading(clause: Clause, obj_text: str, prep: str, tgt_text: str, ctx: Context) -> list[Rel]:
    """One reading of a clause -> relations."""
    verb_word, action = clause.verb, clause.action
    named = [n for n in exact_names(obj_text, ctx.scene) if n in ctx.state.support]
    if named and re.search(r"\b(?:nearest|closest|next|near|beside|furthest|farthest)(?: to| from)? (?:it|them)\b", tgt_text):  # 'the bowl nearest to it': the object of this clause
        ctx.it = named + [b for b in ctx.it if b not in named]
    if re.fullmatch(r"(?:it|that|that one|this one)", tgt_text) and not ctx.it:
        anchor = NounPhrase(obj_text).descriptors  # 'put the block closest to the bowl into it': the bowl
        if anchor and not re.fullmatch(r"(?:it|them|that|this)", anchor[-1][2]):
            tgt_text = anchor[-1][2]
    obj_text, prep, tgt_text = same_place(clause.action, obj_text, prep, tgt_text, ctx, clause.inherited)  # 'in there too'
    reverse, base_colour, tower, matching = clause.reverse, clause.base_colour, clause.tower, clause.matching
    excluded: list[str] = []
    ctx.understood.append(f"the action '{verb_word}'")
    check_roles(action, obj_text, tgt_text, ctx)
    ctx.not_targets = target_exclusion(clause.excluded or "", obj_text, tgt_text, ctx)
    if ctx.not_targets:  # 'put it in a bowl, but not the red one': the exclusion is about the target
        ctx.understood.append("not in " + ", ".join(ctx.not_targets))
    elif clause.excluded is not None:
        bare = clause.excluded.strip() == "one"  # 'every block except one': any one block, not every one
        excluded = resolve_blocks(NounPhrase("one block" if bare else clause.excluded), ctx, pool_all=True,
                                  plural_default=True)
        ctx.understood.append("except " + ", ".join(excluded))

    if action == "atmost":  # 'no two blocks should share a bowl'
        return at_most(NounPhrase(obj_text).count or 1, excluded, ctx)
    if action in ("keep", "retain") and tgt_text:
        action = "move"  # 'keep the red block in the bowl'
    if action == "retain":  # 'keep the red block (and throw the others away)': it stays out of the bin
        blocks = resolve_blocks(NounPhrase(obj_text), ctx, pool_all=True, plural_default=True)
        return [Rel("in_bin", b, negated=True) for b in blocks]
    if action == "keep":
        return [Rel("unchanged", b) for b in resolve_blocks(NounPhrase(obj_text), ctx, pool_all=True, plural_default=True)]
    if action == "not" or prep in AWAY_PREPS:
        return away(clause, obj_text, prep, tgt_text, excluded, ctx)
    if action == "clear" and tgt_text and prep not in AWAY_PREPS:  # 'empty the bowl into the bin'
        into = emptied_into(obj_text, prep, tgt_text, excluded, ctx)
        if into is not None:
            return into
    if action == "clear" and obj_text and bowl_phrase(obj_text, ctx):
        return away(clause, "all the blocks", "in", re.sub(r"^out\s+", "", obj_text), excluded, ctx)

    if action == "clear":
        if obj_text and obj_text not in ("table", "the table", "everything", "it all", "workspace", "the workspace",
                                         "desk", "the desk", "up", "up the table", "off the table", "the table up",
                                         "the table off", "off", "up everything", "away everything"):
            np_ = NounPhrase(re.sub(r"^(?:off|the top of) ", "", obj_text.replace(" off the table", "")))
            named = [n for n in exact_names(np_.text, ctx.scene) if n in ctx.state.support]
            if len(named) == 1 and not np_.descriptors:  # 'clear the red block': nothing on it
                return [Rel("on", b, named[0], negated=True) for b in ctx.state.on_top(named[0])]
            obj_blocks = resolve_blocks(np_, ctx, excluded)
        else:
            obj_blocks = [b for b in pool(ctx) if b not in excluded]
        if not obj_blocks:
            return []
        return [Rel("in_bin", b) for b in obj_blocks]

    if tgt_text and ((action == "sort" and not re.search(r"\bbowls?\b", tgt_text)) or (action == "unstack" and not (
            prep in ("onto", "on to") and resolve_target(tgt_text, prep, ctx)[0] == "table"))):
        raise not_understood(ctx, extra=f"{prep} {tgt_text}")  # 'unstack the tower into the bin': not ignored
    if action == "sort" or (matching and not tgt_text):
        blocks = resolve_blocks(NounPhrase(obj_text or "all the blocks"), ctx, excluded, plural_default=True)
        return into_matching(blocks, ctx, strict=False)
    if action == "unstack":
        np_ = NounPhrase(obj_text or "all")
        if np_.unknown:
            raise not_understood(ctx, unknown=np_.unknown)
        if not obj_text or np_.words & (TOWER_WORDS | ALL_WORDS) or obj_text in ("it", "them"):
            one = re.fullmatch(r"(?:the|that|this) (?:tower|stack|pile)", obj_text) and stacks(ctx.state)
            blocks = [b for b in (described_tower(obj_text, ctx) or (tower_of(ctx) if one else pool(ctx)))
                      if ctx.state.support[b] in ctx.state.support and b not in excluded]  # 'the stack on the blue block'
            if not blocks:
                return []
        else:
            blocks = resolve_blocks(np_, ctx, excluded)
        return [Rel("on_table", b) for b in blocks]

    if action == "stack":
        if obj_text and re.fullmatch(r"(?:the |all the |all )?(?:blocks )?(?:up|everything)", obj_text):
            obj_text = ""
        blocks = resolve_blocks(NounPhrase(obj_text or "all the blocks"), ctx, excluded, plural_default=True)
        if clause.inherited and len(blocks) == 1 and not tgt_text:  # '..., then yellow': a tower of one says nothing
            raise not_understood(ctx, extra=obj_text)
        target = resolve_target(tgt_text, prep, ctx) if tgt_text else ("tower", "")
        if NounPhrase(obj_text).words & {"towers", "stacks", "piles"}:
            raise PlanningError("I build one tower at a time; say which blocks go in it, e.g. 'stack the red block on "
                                "the blue block'")
        if target[0] in ("place", "block", "table", "tower", "bowl"):
            explicit = len(blocks) > 1 and NounPhrase(obj_text).listed >= 2
            order = blocks if explicit else tower_first(blocks, ctx.state)
            if reverse:
                order = order[::-1]
            base: list[str] = []
            if base_colour is not None:
                base = end_block(base_colour, order, ctx)
                order = base + [b for b in order if b not in base]
            ends: list[str] = []
            if clause.top_colour is not None:
                ends = end_block(clause.top_colour, order, ctx)
                order = [b for b in order if b not in ends] + ends
            ends += base if base_colour is not None else []
            count = NounPhrase(obj_text).count
            while count is not None and not NounPhrase(obj_text).all and len(order) > max(count, len(ends)):
                order.remove(next(b for b in order[::-1] if b not in ends))  # 'three blocks with X at the bottom'
            return tower_goal(order, target, ctx)
        return relations(blocks, target, ctx)

    # move / hold / bin
    if obj_text and TOWER_RE.fullmatch(obj_text):
        obj_text = ""
    if not obj_text:
        raise not_understood(ctx, missing="which block to move")
    np_ = NounPhrase(obj_text)
    if np_.unknown and not np_.absent():
        raise not_understood(ctx, unknown=np_.unknown)
    bowls = [n for n in exact_names(obj_text, ctx.scene) if n in ctx.state.bowls]
    if np_.kind == "bowl" or bowls:
        raise bowl_error(bowls[0] if bowls else "bowl", ctx)
    if matching and (not tgt_text or re.search(r"\bbowls?\b", tgt_text)):
        blocks = resolve_blocks(np_, ctx, excluded, plural_default=True)
        return into_matching(blocks, ctx, strict=True)
    if not tgt_text:
        if tower and action != "bin":
            blocks = resolve_blocks(np_, ctx, excluded, plural_default=True)
            order = blocks if np_.listed >= 2 else tower_first(blocks, ctx.state)
            return tower_goal(order[::-1] if reverse else order, ("tower", ""), ctx)
        if action == "bin":
            return [Rel("in_bin", b) for b in resolve_blocks(np_, ctx, excluded, satisfied=lambda b: Rel("in_bin", b))]
        if action == "hold":
            blocks = resolve_blocks(np_, ctx, excluded)
            if len(blocks) != 1:
                raise PlanningError(f"the gripper holds one block at a time; cannot hold {', '.join(blocks)} together")
            return [Rel("held", blocks[0])]
        beside = re.search(r"\b(near|beside|next to|by|under|underneath|beneath|below|above|between|behind|in front of|"
                           r"close to|left of|right of)\b", obj_text)
        if beside:
            raise PlanningError(f"I cannot put a block {beside.group(1)!r} something: a target is a block, a bowl, a "
                                f"named place ({', '.join(PLACES)}), the bin or the table")
        raise not_understood(ctx, missing=f"where to {verb_word} it")
    if re.fullmatch(r"(?:any |some )?bowls", tgt_text) and np_.words & ALL_WORDS and ctx.state.bowls:  # 'all X into bowls'
        return some_bowl(resolve_blocks(np_, ctx, excluded, plural_default=True), ctx)
    target = resolve_target(tgt_text, prep, ctx)
    if target[0] == "bowl" and re.fullmatch(r"(?:a|any|some|one of the) bowls?", tgt_text) and np_.words & {"each", "every"}:
        return some_bowl(resolve_blocks(np_, ctx, excluded, plural_default=True), ctx)  # 'every block in a bowl'
    if target[0] == "distinct":
        return distinct_bowls(resolve_blocks(np_, ctx, excluded, plural_default=True), ctx)
    if target[0] == "each":
        return spread(np_, ctx, excluded, target[1])
    if target[0] == "matching":
        return into_matching(resolve_blocks(np_, ctx, excluded, plural_default=True), ctx, strict=True)
    if target[0] == "tower":
        blocks = resolve_blocks(np_, ctx, excluded, plural_default=True)
        order = blocks if np_.listed >= 2 else tower_first(blocks, ctx.state)
        return tower_goal(order[::-1] if reverse else order, target, ctx)
    chosen = np_.count is not None or np_.any or np_.all  # 'two blocks on the orange block': two others
    blocks = resolve_blocks(np_, ctx, excluded + ([target[1]] if target[0] == "block" and chosen else []),
                            satisfied=lambda b: rel_for(b, target))
    if target[0] == "block" and target[1] in blocks:
        if len(blocks) == 1:
            raise PlanningError(f"cannot put the {target[1]} on itself")
        blocks = [b for b in blocks if b != target[1]]
    if target[0] == "block" and len(blocks) > 1:
        return tower_goal([target[1], *blocks], ("on-base", target[1]), ctx)
    rels = relations(blocks, target, ctx)
    if np_.exactly and target[0] in ("bowl", "place"):  # 'exactly two blocks in the bowl': the others out
        rels += [rel_for(b, target).model_copy(update={"negated": True}) for b in ctx.state.blocks
                 if b not in blocks and holds(rel_for(b, target), ctx.state)]
    return rels
