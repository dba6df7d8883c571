"""Where blocks go and where they must not be: a target as a relation, the bowl's capacity, 'take X out of Y'
(what holds now is undone; an exception keeps it), 'one block in every bowl / each corner', a limit per bowl ('no
two blocks should share a bowl'), 'there' / 'the same bowl' for the last destination, and a tower as relations. Used
by `goals`."""

from __future__ import annotations

import re
from itertools import pairwise

from agent.planners.offline.bowls import off_table, shared_bowl, some_bowl
from agent.planners.offline.context import BOWL_STATES, Ambiguous, Context, not_understood
from agent.planners.offline.grammar import Clause
from agent.planners.offline.noun_phrases import NounPhrase
from agent.planners.offline.references import exact_names, objects, pool, resolve_blocks, resolve_target
from agent.planners.offline.words import AWAY_PREPS
from agent.regex import rx
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, GRIPPER, PLACE_ALIASES, PLACES, TABLE, normalise_name
from sim.core.relations import Rel, holds, placement
from sim.core.symbolic import SymState


def rel_for(block: str, target: tuple[str, str]) -> Rel:
    kind, name = target
    rel = {"bowl": "in", "block": "on", "place": "at"}.get(kind)
    return Rel(rel, block, name) if rel else Rel("in_bin" if kind == "bin" else "on_table", block)


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
    return bool(rx(r"\bbowls?\b").search(text)) or any(n in ctx.state.bowls for n in exact_names(text, ctx.scene)) or bool(
        rx(r"it|that|this|that one|this one").fullmatch(text) and ctx.it and ctx.it[0] in ctx.state.bowls)  # 'clear it out': W


def away(clause: Clause, obj_text: str, prep: str, tgt_text: str, excluded: list[str], ctx: Context) -> list[Rel]:
    """'take X out of Y', 'no block in the bin', 'X should not be on Y': what holds now moves to the table."""
    if not tgt_text:
        raise not_understood(ctx, missing="where the block must not be")
    rel_prep = AWAY_PREPS.get(prep, prep)
    if clause.action == "not":  # 'do not leave any block in the bowl': none of them
        obj_text = rx(r"^(?:any|a|an|some|one)\b").sub("all", obj_text)
    if rel_prep == "on" and rx(r"(?:a|any|another|any other|other|some) (?:other )?blocks?|anything(?: else)?").fullmatch(tgt_text):
        blocks = resolve_blocks(NounPhrase(obj_text), ctx, excluded, plural_default=True)  # 'X should not be on anything'
        return [Rel("on", b, ctx.state.support[b], negated=True) for b in blocks if ctx.state.support[b] in ctx.state.support]
    if rx(r"(?:the |a |its |their )?(?:stack|tower|pile|stacks|towers|piles)").fullmatch(tgt_text):
        blocks = resolve_blocks(NounPhrase(obj_text), ctx, excluded, plural_default=True)
        return [Rel("on", b, ctx.state.support[b], negated=b not in excluded) for b in blocks + excluded
                if ctx.state.support[b] in ctx.state.support]
    if rx(r"(?:the |a |any |all |all the |any of the |one of the |either |(?:its|their)(?: own| current)? )?bowls?").fullmatch(
                    tgt_text):  # 'out of its bowl': the one it is in
        bowls = list(ctx.state.bowls)
        binned = resolve_blocks(NounPhrase(obj_text), ctx, excluded, plural_default=True) if rx(r"(?:its|their)\b").match(tgt_text) else []
        if binned and all(ctx.state.base(b) == BIN for b in binned):  # 'take X out' said of a block in the bin: out of the bin
            return [Rel("in_bin", b, negated=True) for b in binned]
    else:
        kind, name = resolve_target(tgt_text, "in" if rel_prep == "in" else rel_prep, ctx)
        if kind == "table":  # 'get X off the table': held when one, in the bin when all (a clear table)
            blocks = resolve_blocks(NounPhrase(obj_text), ctx, excluded, plural_default=True)
            if clause.action == "hold" and len(blocks) == 1:
                return [Rel("held", blocks[0])]
            told = rx(r"\b(?:it|them|they)\b").search(ctx.later)  # 'X must not be on the table; put it on Y' says where
            said = [r for b in blocks if clause.action == "not" and not told and (b in ctx.placed or ctx.state.base(b) in (*ctx.state.bowls, BIN))
                    for r in off_table(b, ctx)]  # 'all in bowls; none left on the table'; 'lift X off Y (in W), not onto the table'
            blocks = [b for b in blocks if b not in {r.block for r in said}]  # said already, or already so: a check
            if said and not blocks:
                return said
            if told:  # 'no blocks on the table, they go in W': the loose ones, not those in a bowl
                blocks = [b for b in blocks if ctx.state.base(b) not in (*ctx.state.bowls, BIN)]
            no_bin = BIN in ctx.not_targets or rx(r"\bnot(?:put)? (?:[\w ]+ )?in(?:to)? the bin\b").search(ctx.later)
            alone = clause.action == "not" and len(blocks) == 1 and not NounPhrase(obj_text).all
            if (no_bin or alone) and not told:  # 'off the table, but not in the bin', 'X must not touch the table': a bowl
                return said + some_bowl(blocks, ctx)
            if clause.action in ("bin", "clear", "hold") or (clause.action == "not" and NounPhrase(obj_text).all and not told):
                return said + [Rel("in_bin", b) for b in blocks]
            if not told:
                raise PlanningError("say where the blocks should go instead of the table, e.g. 'put them in the bin'")
            return said + [Rel("on_table", b, negated=True) for b in blocks]
        bowls = [name] if kind != "each" else list(ctx.state.bowls)
        if kind not in ("each", "bowl"):
            rel = rel_for
            np_ = NounPhrase(obj_text)
            blocks = [b for b in ctx.state.blocks if ctx.state.support[b] == BIN and b not in excluded] if kind == "bin" and clause.action != "not" and (
                np_.all or "everything" in np_.words) and not (np_.colours or np_.descriptors) else resolve_blocks(np_, ctx, excluded, plural_default=True)
            # 'take everything out of the bin': what is in it (the blocks 'all' means elsewhere leave the bin out)
            # what holds now is undone; 'do not put any in the bin' also rules it out for blocks not there yet
            return [rel(b, (kind, name)).model_copy(update={"negated": b not in excluded}) for b in blocks + excluded
                    if holds(rel(b, (kind, name)), ctx.state) or (clause.action == "not" and b not in excluded)]
    np_ = NounPhrase(obj_text)
    if len(bowls) == 1 and np_.count and not (np_.colours or np_.descriptors or np_.pronoun):
        obj_text = f"{obj_text} in the {bowls[0]}"  # 'take the two blocks out of W': the two in W
    blocks = resolve_blocks(NounPhrase(obj_text), ctx, excluded, plural_default=True)
    inside = [b for b in blocks if ctx.state.base(b) in bowls and ctx.state.support[b] != GRIPPER]
    ctx.understood.append("out of " + ", ".join(bowls))
    # An exception stays as it is: 'every block out of the bowls except the red one' keeps the red one in its bowl,
    # even when a block under it has to come out.
    stay = [b for b in excluded if ctx.state.base(b) in bowls and ctx.state.support[b] != GRIPPER]
    return [Rel("in", b, ctx.state.base(b), negated=True) for b in inside] + [Rel("in", b, ctx.state.base(b))
                                                                                for b in stay]


def spread(np_: NounPhrase, ctx: Context, excluded: list[str], each: str = "bowl") -> list[Rel]:
    """'one block in every bowl', 'one block in each corner': n blocks per bowl (or corner), blocks already there
    first, then the easiest to reach. A number says how many and no more ('two blocks in each bowl', 'one block in each
    bowl'); 'a block in every bowl' keeps what else is in a bowl. A corner holds one block (a second there would stand on the first)."""
    n = np_.count or 1
    state = ctx.state
    corners = each == "corner"
    spots = [p for p in PLACES if p.endswith(" corner")] if corners else [  # 'each bowl', 'each empty bowl'
        w for w in state.bowls if each == "bowl" or bool(state.in_bowl(w)) == (each == "full bowl")]
    rel = "at" if corners else "in"
    cands = [b for b in pool(ctx) if b not in excluded and (not np_.colours or state.colours.get(b) in np_.colours)]
    have = {w: sorted((b for b in cands if state.base(b) == w and state.support[b] != GRIPPER),
                      key=lambda b: len(state.above(b)), reverse=True)[:n] for w in spots}
    used = {b for bs in have.values() for b in bs}
    free = sorted((b for b in cands if b not in used),
                  key=lambda b: (len(state.above(b)), state.base(b) in state.bowls, cands.index(b)))
    rels: list[Rel] = []
    for w in spots:
        while len(have[w]) < n:
            if not free:
                raise PlanningError(f"{n} block(s) in each of {len(spots)} {each}s needs "
                                    f"{n * len(spots)} blocks, but only {len(cands)} fit")
            have[w].append(free.pop(next((k for k, b in enumerate(free) if state.colours.get(b) == state.colours.get(w)), 0)))  # its own colour first
        rels += [Rel(rel, b, w) for b in have[w]]
        if not np_.at_least and (np_.exactly or corners or (np_.count is not None and not np_.any) or np_.text.startswith("one ")):  # 'one block in each bowl': no more,
            rels += [Rel(rel, b, w, negated=True) for b in state.blocks if b not in have[w] and state.support[b] != GRIPPER]  # whatever else is said
    if n > (1 if corners else layout.BOWL_CAPACITY):
        raise PlanningError(f"a bowl holds at most {layout.BOWL_CAPACITY} blocks" if not corners else
                            "one block goes in a corner; more would stand on each other (say 'stack' for a tower)")
    ctx.understood.append(f"{n} block(s) in every {each}")
    return rels


def at_most(n: int, excluded: list[str], ctx: Context, bowls: list[str] | None = None) -> list[Rel]:
    """'no two blocks should share a bowl' (or 'W should not hold more than one block'): a bowl holding more than `n`
    blocks keeps the ones hardest to move (the bottom of a stack), and the others go to the table (never the bin, never
    another bowl)."""
    state = ctx.state
    rels: list[Rel] = []
    for w in bowls or state.bowls:
        inside = [b for b in state.blocks if state.base(b) == w and state.support[b] != GRIPPER and b not in excluded]
        keep = sorted(inside, key=lambda b: len(state.above(b)), reverse=True)[:n]
        rels += [Rel("on_table", b) for b in inside if b not in keep]
    held = [b for b in state.blocks if state.support[b] == GRIPPER]
    rels += [Rel("on_table", b) for b in held if b not in excluded]  # a held block goes down, not into a bowl
    ctx.understood.append(f"at most {n} block(s) in {'the ' + ', '.join(bowls) if bowls else 'every bowl'}")
    return rels


def emptied_into(obj_text: str, prep: str, tgt_text: str, excluded: list[str], ctx: Context) -> list[Rel] | None:
    """'empty the bowl into the bin / the red bowl': what is in it goes there; 'tidy X into the bin': X goes there.
    None for 'clear the table into the bin' (the bin is where clearing puts things anyway); any other target of a
    clearing verb is refused, never ignored."""
    kind, name = resolve_target(tgt_text, prep, ctx)
    block = [n for n in exact_names(obj_text, ctx.scene) if n in ctx.state.support]
    if len(block) == 1 and kind in ("bin", "bowl", "place", "table"):  # 'tidy X into the bin': X goes there
        return relations(block, (kind, name), ctx)
    if not bowl_phrase(obj_text, ctx):
        if kind == "bin":
            return None
        raise not_understood(ctx, extra=f"{prep} {tgt_text}")
    obj_text = rx(r"^(?:all )?the (?:blocks|ones|cubes) (?:in|inside|from|out of) (?=.*\bbowls?$)").sub("", obj_text)  # 'the blocks in W'
    every = rx(r"(?:out )?(?:the |all the |all |every |each |both )?(?:(?:two|three|four|five|six|seven|eight|nine) )?bowls?").fullmatch(obj_text)
    emptied, bowl = ("bowl", "") if every else resolve_target(rx(r"^out\s+").sub("", obj_text), "in", ctx)
    bowls = list(ctx.state.bowls) if every else [bowl]
    if kind == "bowl" and name in bowls:
        raise PlanningError(f"cannot empty the {name} into itself")
    if kind not in ("bin", "bowl", "place", "table") or emptied != "bowl":  # 'empty W, with its blocks ...': not read, never guessed
        raise not_understood(ctx, extra=f"{prep} {tgt_text}" if emptied == "bowl" else obj_text)
    blocks = [b for b in pool(ctx) if ctx.state.base(b) in bowls and ctx.state.support[b] != GRIPPER
              and b not in excluded]
    ctx.understood.append(f"the contents of {', '.join(bowls)}")
    return relations(blocks, (kind, name), ctx)


def off(block: str, state: SymState) -> list[Rel]:
    """'move X' where no clause says where to: X no longer where it is ('move X, just not into a bowl': off its block);
    nothing for a block in the gripper."""
    s = state.support[block]
    kind = "bin" if s == BIN else "table" if s == TABLE else "place" if s in PLACES else "object"
    if kind == "object" and s not in state.bowls and s not in state.support:
        return []
    return [placement(block, kind, s, "bowl" if s in state.bowls else "block").model_copy(update={"negated": True})]


_PLACING = {"in", "on", "at", "in_bin", "on_table"}


def carve_out(old: list[Rel], new: list[Rel]) -> list[Rel]:
    """'bin all the blocks, but do not bin the red one': a later 'not' about some of a set is an exception to it, not a
    contradiction (`conflict` refuses one about all of it)."""
    hit = [o for o in old if not o.negated and any(r.negated and r.rel == o.rel and r.args == o.args for r in new)]
    rest = [o for o in old if hit and not o.negated and o not in hit and o.rel == hit[0].rel and o.args[1:] == hit[0].args[1:]]
    return [o for o in old if o not in hit] if rest else old


def conflict(old: list[Rel], new: list[Rel]) -> None:
    """Two clauses of one stage that put a block in two places at once ('in the cyan bowl and also in the white
    bowl'): refused, never half done."""
    for r in new:
        for o in old:
            if o.rel == r.rel and o.args == r.args and o.negated != r.negated:
                said = o if not o.negated else r
                raise PlanningError(f"I cannot do both: {said.describe()} and not that; say which one you want")
            if o.block == r.block and o != r and not (o.negated or r.negated) and {o.rel, r.rel} <= _PLACING:
                raise PlanningError(f"I cannot do both: {o.describe()} and {r.describe()} -- a block can be in one "
                                    "place at a time; say which one you want (or use 'then' for one after the other)")


def target_exclusion(phrase: str, obj_text: str, tgt_text: str, ctx: Context) -> list[str]:
    """The bowls (or blocks) an exclusion rules out when it is about an unnamed target ('in a bowl other than the red
    one'): a phrase of the target's kind, or 'the red one' after a single block when one of that colour is there."""
    if not phrase:
        return []
    ex, tgt, obj = NounPhrase(phrase), NounPhrase(tgt_text), NounPhrase(obj_text)
    if tgt.kind == "bowl" and rx(r"the bowl with the \w+ (?:block|cube) in it").fullmatch(phrase):  # 'a bowl other than the one X is in'
        return [resolve_target(phrase, "in", ctx)[1]]
    if tgt.kind == "bowl" and rx(r"(?:the|its) matching bowl|the bowl of its (?:own )?colou?r").fullmatch(phrase) and len(named := exact_names(obj_text, ctx.scene)) == 1:
        return [w for w in ctx.state.bowls if w.split()[0] == named[0].split()[0]]  # 'X in any bowl but its own colour's': none when none is there
    if tgt.kind == "bowl" and ex.kind in ("bowl", None) and ex.bowl_states and not (ex.colours or ex.side or ex.descriptors):  # 'a bowl, but not the empty one'
        return [w for w in ctx.state.bowls if all(bool(ctx.state.in_bowl(w)) == BOWL_STATES[s] for s in ex.bowl_states)]
    if tgt.kind in ("bowl", "block") and not ex.colours and ex.kind == tgt.kind and (ex.side or ex.descriptors):
        if len(named := exact_names(obj_text, ctx.scene)) == 1:  # 'X on a block other than the one nearest to it': X
            ex = NounPhrase(rx(r"\b(?:it|itself)\b").sub(f"the {named[0]}", phrase))
        return objects(ex, ctx, tgt.kind)  # 'in a bowl other than the second leftmost bowl'
    if tgt.kind not in ("bowl", "block") or exact_names(tgt_text, ctx.scene) or not ex.colours:
        return []
    named = [o.name for o in ctx.scene.objects if o.kind == tgt.kind and o.colour in ex.colours]
    if ex.kind == tgt.kind or (ex.kind is None and not (obj.plural or obj.all or obj.count)):
        return named  # 'on any block other than the pink one'
    return []


def no_bowl_left_out(phrase: str, obj_text: str, tgt_text: str, ctx: Context) -> bool:
    """Whether an exclusion of a bowl names none that is here ('in a bowl, but not the yellow bowl', 'any bowl but the one of
    its colour' when there is none): it rules nothing out, and leaves no block out either."""
    if (ex := NounPhrase(phrase)).kind != "bowl" or NounPhrase(tgt_text).kind != "bowl" or exact_names(phrase, ctx.scene):
        return False
    if rx(r"(?:the|its) matching bowl|the bowl of its (?:own )?colou?r").fullmatch(phrase):
        return len(exact_names(obj_text, ctx.scene)) == 1 and not target_exclusion(phrase, obj_text, tgt_text, ctx)
    return bool(ex.colours)


def into_matching(blocks: list[str], ctx: Context, strict: bool, tidy: bool = False) -> list[Rel]:
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
    if not tidy:
        return rels
    astray = [b for b in missing if ctx.state.base(b) in ctx.state.bowls and ctx.state.support[b] != GRIPPER]
    return rels + [Rel("in", b, ctx.state.base(b), negated=True) for b in astray]  # sorted: no bowl keeps a stray colour


def matching_of(np_: NounPhrase, ctx: Context, excluded: list[str], more: bool) -> list[Rel]:
    """The blocks into the bowls of their colours; a count picks among blocks that have one ('at least two of the
    blocks in the bowls of their own colour'), and among those not yet there when it is added."""
    if rx(r"\band (?:all )?the (?:rest|others|remaining \w+)\b|\band (?:everything|anything) else\b").search(np_.full):
        raise PlanningError(f"I cannot tell where the rest of {np_.full!r} should go: not every block has a bowl of its colour; "
                            "say where the rest go, e.g. '... and the rest in the bin'")  # 'each X in its bowl and all the rest out'
    bowls = {o.colour: o.name for o in ctx.scene.objects if o.kind == "bowl"}
    spare = [b for b in ctx.state.blocks if (colour := ctx.state.colours.get(b)) not in bowls or more and ctx.state.base(b) == bowls[colour]
             ] if np_.count else []
    return into_matching(resolve_blocks(np_, ctx, [*excluded, *spare], plural_default=True), ctx, strict=True)


def check_roles(action: str, obj_text: str, tgt_text: str, ctx: Context) -> None:
    """Roles no reading can fill: a fixed thing to move ('put the bin on the red block': only blocks move), a block on
    itself, a pointed-at target ('over there': asks where, never which block)."""
    fixed = PLACE_ALIASES.get(normalise_name(obj_text, ctx.scene.names()), "") if obj_text else ""
    if fixed in (BIN, TABLE, *PLACES) and action in ("move", "hold", "stack", "bin"):
        raise PlanningError(f"the {fixed} cannot be moved: only blocks can be picked and placed (blocks: "
                            f"{', '.join(ctx.state.blocks) or 'none'})")
    if rx(r"(?:the )?(?:top of )?(?:itself|themselves|its own top)").fullmatch(tgt_text):
        raise PlanningError("a block cannot go on itself; say which other block, bowl or place it should go to")
    if action in ("move", "stack") and (rx(r"(?:over )?(?:there|here|yonder)|somewhere(?: else)?|(?:that|this) "
                                                     r"(?:spot|place|position|way)").fullmatch(tgt_text) or (
            not tgt_text and rx(r"\s(?:(?:over )?(?:there|here)|somewhere(?: else)?)$").search(obj_text))):
        raise Ambiguous("Where should it go? I cannot see where you point: name a block, a bowl, a named place "
                        f"({', '.join(PLACES)}), the bin or the table.")


_DESTINATIONS = {"in": None, "at": None, "on": None, "in_bin": "bin", "on_table": "table"}  # None: the relation's target
_SAME_PLACE_RE = re.compile(r"(?:over |right )?there|the (?:very )?same (?:bowl|place|spot|corner|location|position|one|block)|"
                            r"that (?:same )?(?:bowl|place|spot|corner|location|position)(?: again)?|"
                            r"(?:where|wherever) (?:you put|you placed|you dropped|it went|the other one went|"
                            r"the first one went)(?: the \w+ block| the first one| that one| it)?")


def destination(new: list[Rel]) -> str | None:
    """Where a clause's relations put its last block ('white bowl', 'top left corner', 'bin'): what 'there' then means."""
    placed = [r for r in new if r.rel in _DESTINATIONS and not r.negated]
    return (_DESTINATIONS[placed[-1].rel] or placed[-1].target) if placed else None


def same_place(action: str, obj_text: str, prep: str, tgt_text: str, ctx: Context,
               inherited: bool = False) -> tuple[str, str, str]:
    """'put Y in there too', 'in the same bowl', 'put Y there as well': the last destination of this instruction; a kind
    that does not fit it ('the same bowl' after a block) is refused, never guessed. A clause without a verb or a target
    of its own ('put X in the bowl, then Y', '..., followed by Y') goes there too when that holds several (a bowl, the
    bin, the table, a place; after a block it could mean a tower, and is refused). Else the phrases unchanged."""
    if inherited and action == "move" and obj_text and not tgt_text and ctx.destination is not None \
            and ctx.destination not in ctx.state.support:
        dest = ctx.destination
        return obj_text, {"bin": "in", "table": "on"}.get(dest, "in" if dest in ctx.state.bowls else "to"), dest
    bare = rx(r"^(.+?) (?:over |right )?there$").match(obj_text) if not tgt_text and ctx.destination else None
    if bare and action in ("move", "stack"):  # 'put the green block there too': no preposition before 'there'
        obj_text, tgt_text = bare.group(1), "there"
    if ctx.destination is None and rx(r"(?:the (?:very )?same|one and the same|a single|one single) bowl").fullmatch(
                                                tgt_text) and rx(r"\b(?:and|both|blocks|ones|them)\b").search(obj_text):
        return obj_text, "in", shared_bowl(obj_text, ctx)  # 'get X and Y into the same bowl', said first
    if ctx.destination is not None and (kind := rx(r"(?:the|that) (bowl|corner)").fullmatch(tgt_text)) and \
            ctx.destination.endswith(kind.group(1)):
        return obj_text, prep, ctx.destination  # 'transfer X into the purple bowl; ensure it sits inside the bowl'
    if ctx.vacated and rx(r"the bowl (?:it|that one|that block|they|the \w+ block) left").fullmatch(tgt_text):  # `positions`
        return obj_text, "in", ctx.vacated[-1]  # 'take X out of W and ..., then put Y into the bowl it came out of': W
    if ctx.destination is not None and _SAME_PLACE_RE.fullmatch(tgt_text):
        if prep in ("in", "into", "inside") and ctx.destination not in (*ctx.state.bowls, BIN) and ctx.vacated and not rx(
                r"\b(?:bowl|corner|place|spot|middle|table|position|location)\b").search(tgt_text):
            return obj_text, "in", ctx.vacated[-1]  # 'take X out, put it on the table, then put Y in there (instead)': the bowl
        said = rx(r"\b(bowl|corner|block)\b").search(tgt_text)
        if said and said.group(1) == "bowl" and not ctx.destination.endswith("bowl") and ctx.vacated:
            return obj_text, "in", ctx.vacated[-1]  # 'empty W onto the table, then put X in that bowl': W
        if said and not ctx.destination.endswith(said.group(1)):
            raise PlanningError(f"{tgt_text!r}: the last place I was told to put a block is the {ctx.destination}, "
                                f"not a {said.group(1)}; name the {said.group(1)}")
        tgt_text = ctx.destination
        prep = {"bin": "in", "table": "on"}.get(tgt_text, prep or "in")
    return obj_text, prep, tgt_text


def end_block(colour: str, order: list[str], ctx: Context) -> list[str]:
    """The block of `colour` said to be a tower's end ('with the red one at the bottom'): one of the tower's, else the
    scene's block of that colour, which then joins the tower ('stack the red and blue blocks with green on top')."""
    mine = [b for b in order if ctx.state.colours.get(b) == colour]
    if mine:
        return mine[:1]
    named = [b for b in pool(ctx) if ctx.state.colours.get(b) == colour]
    if len(named) != 1:
        raise PlanningError(f"there is no {colour} block to put at the end of the tower" if not named else
                            f"which {colour} block: {', '.join(named)}?")
    return named


def tower_goal(order: list[str], target: tuple[str, str], ctx: Context) -> list[Rel]:
    """Relations for a tower, bottom to top, standing on `target` (the table, a place or a block)."""
    if not order:
        return []
    kind, name = target
    if kind == "bowl":  # 'stack them in the red bowl': the bottom one in the bowl
        first: list[Rel] = [Rel("in", order[0], name)]
    elif kind == "on-base":
        first = []
    elif kind == "block":
        order = [b for b in order if b != name]
        first = [Rel("on", order[0], name)] if order else []
    elif kind == "place":
        first = [Rel("at", order[0], name)]
    else:
        first = [Rel("on_table", order[0])]
    return first + [Rel("on", top, below) for below, top in pairwise(order)]


def merge_goal(old: list[Rel], new: list[Rel]) -> list[Rel]:
    """Later relations about a block replace earlier ones, except what it must not be (unless now said); a denial ('nothing
    on X') drops only what it denies, so an earlier place that agrees with it stays ('W holds Y and nothing is on X')."""
    moved = {r.block for r in new if not r.negated}
    denied = {(r.rel, r.args) for r in new if r.negated}
    said = {(r.rel, r.args) for r in new if not r.negated}  # 'take X off Y, but not onto the table': still off Y
    return [r for r in old if (r.block not in moved or r.negated and (r.rel, r.args) not in said) and (r.rel, r.args) not in denied] + new


def kept_as_left(goal_stages: list[list[Rel]]) -> list[list[Rel]]:
    """'put X in W, then leave X where it is': a block kept in a later stage stays where an earlier stage put it."""
    placed: dict[str, Rel] = {}
    out = []
    for stage in goal_stages:
        out.append([placed.get(r.block, r) if r.rel == "unchanged" and not r.negated else r for r in stage])
        placed.update({r.block: r for r in stage if r.rel in ("in", "on", "at", "in_bin", "on_table") and not r.negated})
    return out
