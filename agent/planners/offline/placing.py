"""Where blocks go and where they must not be: a target as a relation, the bowl's capacity, 'take X out of Y'
(what holds now is undone; an exception keeps it) and 'one block in every bowl'. Used by `goals`."""

from __future__ import annotations

import re

from agent.planners.offline.context import Ambiguous, Context, not_understood
from agent.planners.offline.grammar import Clause
from agent.planners.offline.noun_phrases import NounPhrase
from agent.planners.offline.references import (
    exact_names,
    pool,
    resolve_blocks,
    resolve_target,
)
from agent.planners.offline.words import AWAY_PREPS
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, GRIPPER, PLACE_ALIASES, PLACES, TABLE, normalise_name
from sim.core.relations import Rel, holds


def rel_for(block: str, target: tuple[str, str]) -> Rel:
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


def relations(blocks: list[str], target: tuple[str, str], ctx: Context) -> list[Rel]:
    rels = [rel_for(b, target) for b in blocks]
    if target[0] == "bowl" and len(rels) > layout.BOWL_CAPACITY:
        raise PlanningError(
            f"the {target[1]} holds at most {layout.BOWL_CAPACITY} blocks, but {len(rels)} should go in it "
            f"({', '.join(blocks)})"
        )
    return rels


def bowl_phrase(text: str, ctx: Context) -> bool:
    """The phrase names bowls ('the red bowl', 'all the bowls', 'out the bowls')."""
    return bool(re.search(r"\bbowls?\b", text)) or any(n in ctx.state.bowls for n in exact_names(text, ctx.scene))


def away(clause: Clause, obj_text: str, prep: str, tgt_text: str, excluded: list[str], ctx: Context) -> list[Rel]:
    """'take X out of Y', 'no block in the bin', 'X should not be on Y': what holds now moves to the table."""
    if not tgt_text:
        raise not_understood(ctx, missing="where the block must not be")
    rel_prep = AWAY_PREPS.get(prep, prep)
    if clause.action == "not":  # 'do not leave any block in the bowl': none of them
        obj_text = re.sub(r"^(?:any|a|an|some|one)\b", "all", obj_text)
    if re.fullmatch(r"(?:the |a |its |their )?(?:stack|tower|pile|stacks|towers|piles)", tgt_text):
        blocks = resolve_blocks(NounPhrase(obj_text), ctx, excluded, plural_default=True)
        return [Rel("on", b, ctx.state.support[b], negated=b not in excluded) for b in blocks + excluded
                if ctx.state.support[b] in ctx.state.support]
    if re.fullmatch(r"(?:the |a |any |all |all the |any of the |one of the |either )?bowls?", tgt_text):
        bowls = list(ctx.state.bowls)
    else:
        kind, name = resolve_target(tgt_text, "in" if rel_prep == "in" else rel_prep, ctx)
        if kind == "table":  # 'get X off the table': held when one, in the bin when all
            blocks = resolve_blocks(NounPhrase(obj_text), ctx, excluded, plural_default=True)
            if clause.action == "hold" and len(blocks) == 1:
                return [Rel("held", blocks[0])]
            if clause.action in ("bin", "clear", "hold") or (clause.action == "not" and NounPhrase(obj_text).all):
                return [Rel("in_bin", b) for b in blocks]
            raise PlanningError("say where the blocks should go instead of the table, e.g. 'put them in the bin'")
        bowls = [name] if kind != "each" else list(ctx.state.bowls)
        if kind not in ("each", "bowl"):
            rel = rel_for
            blocks = resolve_blocks(NounPhrase(obj_text), ctx, excluded, plural_default=True)
            return [rel(b, (kind, name)).model_copy(update={"negated": b not in excluded}) for b in blocks + excluded
                    if holds(rel(b, (kind, name)), ctx.state)]
    blocks = resolve_blocks(NounPhrase(obj_text), ctx, excluded, plural_default=True)
    inside = [b for b in blocks if ctx.state.base(b) in bowls and ctx.state.support[b] != GRIPPER]
    ctx.understood.append("out of " + ", ".join(bowls))
    # An exception stays as it is: 'every block out of the bowls except the red one' keeps the red one in its bowl,
    # even when a block under it has to come out.
    stay = [b for b in excluded if ctx.state.base(b) in bowls and ctx.state.support[b] != GRIPPER]
    return [Rel("in", b, ctx.state.base(b), negated=True) for b in inside] + [Rel("in", b, ctx.state.base(b))
                                                                                for b in stay]


def spread(np_: NounPhrase, ctx: Context, excluded: list[str]) -> list[Rel]:
    """'one block in every bowl': n blocks per bowl, blocks already in a bowl first, then the easiest to reach."""
    n = np_.count or 1
    state = ctx.state
    cands = [b for b in pool(ctx) if b not in excluded and (not np_.colours or state.colours.get(b) in np_.colours)]
    have = {w: [b for b in cands if state.base(b) == w and state.support[b] != GRIPPER][:n] for w in state.bowls}
    used = {b for bs in have.values() for b in bs}
    free = sorted((b for b in cands if b not in used),
                  key=lambda b: (len(state.above(b)), state.base(b) in state.bowls, cands.index(b)))
    rels: list[Rel] = []
    for w in state.bowls:
        while len(have[w]) < n:
            if not free:
                raise PlanningError(f"{n} block(s) in each of {len(state.bowls)} bowls needs "
                                    f"{n * len(state.bowls)} blocks, but only {len(cands)} fit")
            have[w].append(free.pop(0))
        rels += [Rel("in", b, w) for b in have[w]]
        if np_.exactly:  # 'exactly one block in every bowl', 'one per bowl': the others come out
            rels += [Rel("in", b, w, negated=True) for b in state.blocks
                     if state.base(b) == w and b not in have[w] and state.support[b] != GRIPPER]
    if n > layout.BOWL_CAPACITY:
        raise PlanningError(f"a bowl holds at most {layout.BOWL_CAPACITY} blocks")
    ctx.understood.append(f"{n} block(s) in every bowl")
    return rels


def emptied_into(obj_text: str, prep: str, tgt_text: str, excluded: list[str], ctx: Context) -> list[Rel] | None:
    """'empty the bowl into the bin / the red bowl': what is in it goes there. None for 'clear the table into the
    bin' (the bin is where clearing puts things anyway); any other target of a clearing verb is refused, never
    ignored."""
    kind, name = resolve_target(tgt_text, prep, ctx)
    if not bowl_phrase(obj_text, ctx):
        if kind == "bin":
            return None
        raise not_understood(ctx, extra=f"{prep} {tgt_text}")
    if re.fullmatch(r"(?:out )?(?:the |all the |all |every |each |both )?bowls?", obj_text):
        bowls = list(ctx.state.bowls)
    else:
        bowls = [resolve_target(re.sub(r"^out\s+", "", obj_text), "in", ctx)[1]]
    if kind == "bowl" and name in bowls:
        raise PlanningError(f"cannot empty the {name} into itself")
    if kind not in ("bin", "bowl", "place", "table"):
        raise not_understood(ctx, extra=f"{prep} {tgt_text}")
    blocks = [b for b in pool(ctx) if ctx.state.base(b) in bowls and ctx.state.support[b] != GRIPPER
              and b not in excluded]
    ctx.understood.append(f"the contents of {', '.join(bowls)}")
    return relations(blocks, (kind, name), ctx)


_PLACING = {"in", "on", "at", "in_bin", "on_table"}


def conflict(old: list[Rel], new: list[Rel]) -> None:
    """Two clauses of one stage that put a block in two places at once ('in the cyan bowl and also in the white
    bowl'): refused, never half done."""
    for r in new:
        for o in old:
            if o.block == r.block and o != r and not (o.negated or r.negated) and {o.rel, r.rel} <= _PLACING:
                raise PlanningError(f"I cannot do both: {o.describe()} and {r.describe()} -- a block can be in one "
                                    "place at a time; say which one you want (or use 'then' for one after the other)")


def target_exclusion(phrase: str, obj_text: str, tgt_text: str, ctx: Context) -> list[str]:
    """The bowls an exclusion rules out when it is about an unnamed target bowl ('in a bowl other than the red one'):
    a bowl phrase, or 'the red one' after a single block when a bowl of that colour is on the table."""
    ex, tgt, obj = NounPhrase(phrase), NounPhrase(tgt_text), NounPhrase(obj_text)
    if not phrase or tgt.kind != "bowl" or exact_names(tgt_text, ctx.scene) or not ex.colours:
        return []
    bowls = [o.name for o in ctx.scene.objects if o.kind == "bowl" and o.colour in ex.colours]
    if ex.kind == "bowl" or (ex.kind is None and not (obj.plural or obj.all or obj.count)):
        return bowls
    return []


def into_matching(blocks: list[str], ctx: Context, strict: bool) -> list[Rel]:
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


def check_roles(action: str, obj_text: str, tgt_text: str, ctx: Context) -> None:
    """Roles no reading can fill: a fixed thing to move ('put the bin on the red block': only blocks move), a block on
    itself, a pointed-at target ('over there': asks where, never which block)."""
    fixed = PLACE_ALIASES.get(normalise_name(obj_text, ctx.scene.names()), "") if obj_text else ""
    if fixed in (BIN, TABLE, *PLACES) and action in ("move", "hold", "stack", "bin"):
        raise PlanningError(f"the {fixed} cannot be moved: only blocks can be picked and placed (blocks: "
                            f"{', '.join(ctx.state.blocks) or 'none'})")
    if re.fullmatch(r"(?:the )?(?:top of )?(?:itself|themselves|its own top)", tgt_text):
        raise PlanningError("a block cannot go on itself; say which other block, bowl or place it should go to")
    if action in ("move", "stack") and (re.fullmatch(r"(?:over )?(?:there|here|yonder)|somewhere(?: else)?|(?:that|this) "
                                                     r"(?:spot|place|position|way)", tgt_text) or (
            not tgt_text and re.search(r"\s(?:(?:over )?(?:there|here)|somewhere(?: else)?)$", obj_text))):
        raise Ambiguous("Where should it go? I cannot see where you point: name a block, a bowl, a named place "
                        f"({', '.join(PLACES)}), the bin or the table.")
