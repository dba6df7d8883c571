"""One clause -> goal relations: the first reading of its object and target phrases that names things in the scene.

`clause_relations` is what `goals` calls for each clause of each stage; the phrases are resolved by `references`
and turned into relations by `placing`."""

from __future__ import annotations

import re
from contextlib import suppress

from agent.planners.offline.bowls import apart, distinct_bowls, left_in, some_bowl
from agent.planners.offline.choice import tower_of
from agent.planners.offline.context import Ambiguous, Context, bowl_error, not_understood, stacks, tower_first
from agent.planners.offline.exchanges import exchanged
from agent.planners.offline.grammar import Clause, read_clause
from agent.planners.offline.noun_phrases import NounPhrase
from agent.planners.offline.placing import (
    at_most, away, bowl_phrase, check_roles, emptied_into, end_block, into_matching, matching_of, no_bowl_left_out, off, rel_for,
    relations, same_place, spread, target_exclusion, tower_goal
)
from agent.planners.offline.references import exact_names, matching_bowl, pool, resolve_blocks, resolve_target
from agent.planners.offline.tower_references import described_tower
from agent.planners.offline.words import ALL_WORDS, AWAY_PREPS, KNOWN_WORDS, TOWER_RE, TOWER_WORDS
from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, COLOURS, PLACES, TABLE
from sim.core.relations import Rel, holds

# 'X and one other block', 'X, Y and two more cubes': the named ones, then that many besides them
_AND_OTHERS_RE = re.compile(r"((?:the )?\w.*? (?:blocks?|cubes?)),? (?:and|plus|along with|together with|"
                            r"with) (one|two|three|four|another|a second|an extra|one more|two more|three more)(?: (?:other |more |further "
                            r"|additional |extra |different )?(?:blocks?|cubes?|ones?))?")


def clause_relations(text: str, prev_verb: str | None, ctx: Context) -> tuple[str, list[Rel]]:
    """One clause -> (its verb, relations): the first reading of its phrases that names things in the scene."""
    if (moved := exchanged(text, ctx)) is not None:  # 'swap X and Y': each where the other was; 'put X under Y': X where Y is, Y on it
        return moved
    clause = read_clause(text, prev_verb)
    if clause is None:  # no verb to go by: name the first word when it is no word of the tables
        head = text.split()[0] if text.split() else ""
        raise not_understood(ctx, unknown=[head] if head.isalpha() and head not in KNOWN_WORDS else None)
    errors: list[Exception] = []
    for obj, prep, target in clause.splits or [(clause.obj, clause.prep, clause.target)]:
        understood = list(ctx.understood)
        try:
            return clause.verb, _ruled_out((rels := _reading(clause, obj, prep, target, ctx)) + left_in(clause.excluded, obj, rels, ctx), ctx)
        except (PlanningError, Ambiguous) as e:
            errors.append(e)
            ctx.understood = understood
    # No reading works: a question beats a refusal, a bowl too small for what a reading puts in it beats a reading that
    # named nothing here ('put every block on the table in W': not 'no block fits the table in W'), else the first error.
    full = [e for e in errors if "holds at most" in str(e)]
    raise next((e for e in errors if isinstance(e, Ambiguous)), (full or errors)[0])


def _ruled_out(rels: list[Rel], ctx: Context) -> list[Rel]:
    """A reading that puts a block where the clause said it must not go ('... but not into the bin') is refused."""
    for r in rels:
        where = {"in_bin": BIN, "on_table": TABLE}.get(r.rel) or (r.target if r.rel in ("in", "at", "on") else None)
        if not r.negated and where in ctx.not_targets and where not in r.args[:1]:
            raise PlanningError(f"{r.describe()} is what I would do, but you said not {where}; say where it should go")
    return rels


def _where_it_was(obj_text: str, prep: str, tgt_text: str, ctx: Context) -> tuple[str, str, str]:
    """'at the spot of X' (`phrasing`: 'where X was', 'where X is now') -> (prep, what holds X at the start); a bare spot of
    the table is no target for a block already on the table."""
    if (m := rx(r"the spot of (.+)").fullmatch(tgt_text) if prep == "at" else None) is None:
        return obj_text, prep, tgt_text
    there, moved = ctx.state.support[ref := resolve_blocks(NounPhrase(m.group(1)), ctx, pool_all=True)[0]], resolve_blocks(NounPhrase(obj_text), ctx)
    if there == TABLE and m.group(1) != "it" and ref not in moved and all(ctx.state.support.get(b) == TABLE for b in moved):
        raise PlanningError(f"'where {m.group(1)} is' is a bare spot on the table; say where the block should go (a bowl, a block, a named place)")
    return obj_text, "in" if there in ctx.state.bowls or there == BIN else "at" if there in PLACES else "on", f"the {there}"


_SAID = {"notput": "a goal that rules something out", "leavebe": "the action 'leave'", "slipunder": "the action 'put under'"}  # internal verbs, as said


def _tower_named(text: str, ctx: Context) -> list[str] | None:
    """'the stack', 'the whole tower', 'the tower with the red block': its blocks, bottom first; None for other text."""
    if not rx(r"(?:the |that |this )?(?:whole |entire |complete )?(?:tower|stack|pile)(?: (?:with|of|on) .+)?").fullmatch(text):
        return None
    return described_tower(text, ctx) or tower_of(ctx, text)


def _moved_tower(obj_text: str, np_: NounPhrase, excluded: list[str], ctx: Context) -> list[str] | None:
    """The blocks (bottom first) of a tower moved whole ('move the stack to the corner', 'stack X on Y, then carry the
    pair to the middle'): it keeps its order; None when the phrase names no tower, or its blocks stand apart."""
    if (tower := _tower_named(obj_text, ctx)) is not None:
        return tower
    if not (np_.words & TOWER_WORDS or np_.them or "pair" in np_.words):
        return None
    blocks = described_tower(obj_text, ctx) or resolve_blocks(np_, ctx, excluded, plural_default=True)
    links = ctx.stacked if np_.them else [*ctx.state.support.items(), *ctx.stacked]  # 'them': a tower only if just built
    below = {top: down for top, down in links if top in blocks and down in blocks}
    bottoms = [b for b in blocks if b not in below]
    if len(blocks) < 2 or len(bottoms) != 1 or len(below) != len(blocks) - 1:
        return None
    chain = bottoms
    while (up := next((t for t, d in below.items() if d == chain[-1]), None)) is not None:
        chain.append(up)
    return chain if len(chain) == len(blocks) else None


def kept_blocks(text: str, ctx: Context) -> list[str]:
    """The blocks 'leave X alone' keeps where they are; a bowl never moves, so leaving it alone keeps what is in it."""
    if m := rx(r"(that|this|its|the same|the) (?:stack|tower|pile)(?: here| there)?").fullmatch(text):  # the tower named, or the only one
        towers = [t for t in stacks(ctx.state) if m.group(1) == "the" or not ctx.it or ctx.it[0] in t]
        towers = u if m.group(1) == "the" and len(u := [t for t in towers if not any(rx(rf"\b{b}\b").search(ctx.instruction.lower()) for b in t)]) == 1 else towers  # '... leave the tower alone': the one not named
        if len(towers) != 1 and m.group(1) == "the":  # never a keep dropped unsaid: 'don't move the stack' with two stacks
            raise PlanningError(f"there {'is no stack' if not towers else f'are {len(towers)} stacks'} on the table; say which "
                                "blocks to leave where they are")
        return towers[0] if len(towers) == 1 else []
    if rx(r"\b(?:tower|stack|pile) (?:with|of|on)\b").search(text) and (tower := _tower_named(text, ctx)):
        return tower  # 'leave the tower with the green block alone'
    bowls = [n for n in exact_names(text, ctx.scene) if n in ctx.state.bowls]
    if not bowls and rx(r"(?:the |all the |all |any |every |each |both )?(?:(?:of )?the )?bowls?").fullmatch(text):
        bowls = list(ctx.state.bowls)  # 'without touching the bowls'
    if bowls and len(bowls) >= len(exact_names(text, ctx.scene)):
        return [b for b in ctx.state.blocks if ctx.state.base(b) in bowls]
    try:
        return resolve_blocks(NounPhrase(text), ctx, pool_all=True, plural_default=True)
    except PlanningError:
        if rx(r"(?:(?:all |every |each )?(?:the )?(?:ones?|blocks?)|everything|anything|whatever is) (?:that are |which are |that is )?(?:already )?(?:in|inside) (?:a |the |any )?bowls?").fullmatch(text) or all(
                rx(rf"\b{b}\b").search(ctx.instruction.lower()) for b in ctx.state.blocks) and rx(r"(?:all )?the (?:other (?:blocks|ones)|others|rest)|everything else|every other block").fullmatch(text):
            return []  # 'leave the ones already in bowls' when no block is, 'nothing else should move' when every block is named: nothing to keep
        raise


def _said(obj_text: str, ctx: Context) -> list[str]:
    """The one block a described object names, or none when it names none, several, or asks which."""
    with suppress(PlanningError, Ambiguous):
        return found if obj_text and len(found := resolve_blocks(NounPhrase(obj_text), ctx)) == 1 else []
    return []


def _reading(clause: Clause, obj_text: str, prep: str, tgt_text: str, ctx: Context) -> list[Rel]:
    """One reading of a clause -> relations."""
    verb_word, action = clause.verb, clause.action
    named = [n for n in exact_names(obj_text, ctx.scene) if n in ctx.state.support]
    if (m := _AND_OTHERS_RE.fullmatch(obj_text)) and (first := resolve_blocks(NounPhrase(m[1]), ctx)):
        ctx.mentioned += [b for b in first if b not in ctx.mentioned]
        count = m[2].split()[0] if m[2].split()[0] in ("two", "three", "four") else "one"
        return [*_reading(clause, m[1], prep, tgt_text, ctx), *_reading(clause, f"{count} other block{'s' * (count != 'one')}",
                                                                           prep, tgt_text, ctx)]
    if named and rx(r"\b(?:nearest|closest|next|near|beside|furthest|farthest)(?: to| from)? (?:it|them)\b").search(tgt_text):  # 'the bowl nearest to it': the object of this clause
        ctx.it = named + [b for b in ctx.it if b not in named]
    if rx(r"(?:it|that|that one|this one)").fullmatch(tgt_text) and not ctx.it:
        anchor = NounPhrase(obj_text).descriptors  # 'put the block closest to the bowl into it': the bowl
        if anchor and not rx(r"(?:it|them|that|this)").fullmatch(anchor[-1][2]):
            tgt_text = anchor[-1][2]
    obj_text, prep, tgt_text = same_place(clause.action, obj_text, prep, tgt_text, ctx, clause.inherited)  # 'in there too'
    obj_text, prep, tgt_text = _where_it_was(obj_text, prep, tgt_text, ctx)  # 'put Y where X was'
    reverse, base_colour, tower, matching = clause.reverse, clause.base_colour, clause.tower, clause.matching
    excluded: list[str] = []
    ctx.understood.append(_SAID.get(verb_word, f"the action '{verb_word}'"))
    check_roles(action, obj_text, tgt_text, ctx)
    ctx.not_targets = target_exclusion(clause.excluded or "", obj_text, tgt_text, ctx)
    if rx(r"the other (?:bowl|one)").fullmatch(tgt_text) and ctx.destination in ctx.state.bowls:  # 'X in W, and Y in the other bowl'
        ctx.not_targets.append(ctx.destination)
        if len(left := [w for w in ctx.state.bowls if w not in ctx.not_targets]) > 1:
            raise Ambiguous("Which bowl do you mean: " + " or ".join(f"the {w}" for w in left) + "?")
        tgt_text = f"the {left[0]}" if left else tgt_text
    if rx(r"(?:(?:a|some|any|one of the) (?:different|other)|another|a different one|one of the other) bowls?|another one").fullmatch(tgt_text) and (
            ctx.destination in ctx.state.bowls):  # 'X and Y in one bowl, Z in a different bowl': not theirs
        ctx.not_targets.append(ctx.destination)
        tgt_text = "a bowl"
    if rx(r"\b(?:other|another|different)\b").search(tgt_text) and (movers := named or (_said(obj_text, ctx) if rx(r"(?:an?|some|one) (?:different|other) (?:block|bowl|one)|another(?: block| bowl| one)?").fullmatch(
            tgt_text) else [])):  # 'into the other bowl', 'onto a different block': not the one it is in or on
        ctx.not_targets += [w for b in movers for w in (ctx.state.base(b), ctx.state.support[b]) if w in ctx.state.bowls or w in ctx.state.support]
        tgt_text = rx(r"^(?:(?:a|some|any) (?:different|other)|another) bowl$").sub("a bowl", tgt_text)  # then any bowl but that one
    place = rx(r"(?:(?:in|into|inside|on|onto|at|on top of) )?(?:the )?(bin|table|" + "|".join(PLACES) + ")").fullmatch(
                         rx(r"\b((?:top|bottom) (?:left|right))(?: one)?$").sub(r"\1 corner", clause.excluded or "")
                         if rx(r"\bcorners?\b").search(tgt_text) else clause.excluded or "")  # 'any corner but the top left one'
    if place:  # 'off the table, but not in the bin': a place ruled out, not an object left out
        ctx.not_targets.append(place.group(1))
    elif rx(r"\bcorners?\b").search(tgt_text) and (side := rx(r"(?:one of |any of )?the (left|right|top|bottom)(?: hand)?(?: side)? (?:ones?|"
                                                                        r"corners?)").fullmatch(clause.excluded or "")):
        ctx.not_targets += [c for c in PLACES if c.endswith("corner") and side[1] in c]  # 'a corner, but not one of the left-hand ones'
    if ctx.not_targets:  # 'put it in a bowl, but not the red one': the exclusion is about the target
        ctx.understood.append("not in " + ", ".join(ctx.not_targets))
    elif clause.excluded is not None and not no_bowl_left_out(clause.excluded, obj_text, tgt_text, ctx):
        bare = clause.excluded.strip() == "one"  # 'every block except one': any one block, not every one
        left_out = NounPhrase("one block" if bare else clause.excluded)
        among = None
        if (left_out.side or left_out.ordinal) and not left_out.colours:  # 'except the two on the far left': of the blocks the clause names
            with suppress(PlanningError, Ambiguous):
                among = resolve_blocks(NounPhrase(obj_text), ctx, plural_default=True)
        try:
            excluded = _tower_named(clause.excluded, ctx) or resolve_blocks(left_out, ctx, pool_all=True, plural_default=True, among=among)
        except PlanningError:
            if not (left_out.plural and left_out.descriptors):
                raise
            excluded = []  # 'except the ones already in a bowl' when none is: nothing is left out
        ctx.understood.append("except " + (", ".join(excluded) or "none"))
    moved = named or (ctx.it[:1] if rx(r"(?:it|that|that one|this one)").fullmatch(obj_text) else [])  # 'take X and stack it on a block'
    if moved and not rx(r"(?:it|itself|them|that|this)(?: one)?").fullmatch(tgt_text):
        ctx.not_targets += moved  # 'on top of a block that is not in a bowl': a block never goes on itself

    if action == "atmost":  # 'no two blocks should share a bowl'
        named = [resolve_target(tgt_text, "in", ctx)[1]] if rx(r"the \w+ bowl").fullmatch(tgt_text) else None
        return at_most(NounPhrase(obj_text).count or 1, excluded, ctx, named)
    if action == "keepapart":  # 'separate X from Y': 'bowlapart' / 'towerapart' only apart in bowls / towers
        blocks = [b for t in (obj_text, tgt_text) for b in resolve_blocks(NounPhrase(t), ctx, pool_all=True, plural_default=True)]
        return apart(blocks, ctx, bowls=verb_word != "towerapart", towers=verb_word != "bowlapart")
    if verb_word == "leavebe" and tgt_text:  # 'leave the blocks in the bowl alone': where they are says which
        obj_text, prep, tgt_text = f"{obj_text} {prep} {tgt_text}", "", ""
    if action in ("keep", "retain") and tgt_text:
        action = "move"  # 'keep the red block in the bowl'
    if action == "retain":  # 'keep the red block (and throw the others away)': it stays out of the bin
        blocks = resolve_blocks(NounPhrase(obj_text), ctx, pool_all=True, plural_default=True)
        return [Rel("in_bin", b, negated=True) for b in blocks]
    if action == "keep":  # a bowl left alone keeps what is in it and gets nothing new
        bowls = [n for n in exact_names(obj_text, ctx.scene) if n in ctx.state.bowls]
        kept = kept_blocks(obj_text, ctx)
        if rx(r"(?:all )?the (?:other (?:blocks|ones)|others|rest|unmatched blocks)").fullmatch(obj_text):  # 'X in W, leave the others': what is on X comes off
            lifted = {b for r in ctx.put if not holds(r, ctx.state) for b in ctx.state.above(r.block)}
            kept = [b for b in kept if b not in lifted]
        return [Rel("unchanged", b) for b in kept] + [
            Rel("in", b, w, negated=True) for w in bowls for b in ctx.state.blocks if ctx.state.base(b) != w]
    if action == "not" or prep in AWAY_PREPS:
        return away(clause, obj_text, prep, tgt_text, excluded, ctx)
    if action == "clear" and tgt_text and prep not in AWAY_PREPS:  # 'empty the bowl into the bin'
        into = emptied_into(obj_text, prep, tgt_text, excluded, ctx)
        if into is not None:
            return into
    if action == "clear" and obj_text and (bowl_phrase(obj_text, ctx) or rx(r"(?:out )?the bin").fullmatch(obj_text)):  # 'empty the bin': all out
        if rx(r"\b(?:and )?with (?:its|their|the) (?:blocks?|contents|stuff)\b").search(obj_text):
            raise not_understood(ctx, extra=obj_text)  # 'empty W, with its blocks (sent somewhere)': where they go, not read, never a guess
        return away(clause, "all the blocks", "in", rx(r"^out\s+").sub("", obj_text), excluded, ctx)

    if action == "clear":
        if obj_text and obj_text not in ("table", "the table", "everything", "it all", "workspace", "the workspace",
                                         "desk", "the desk", "up", "up the table", "off the table", "the table up",
                                         "the table off", "off", "up everything", "away everything"):
            np_ = NounPhrase(rx(r"^(?:off|the top of) ").sub("", obj_text.replace(" off the table", "")))
            said = np_.text + " block" if np_.text in COLOURS else np_.text  # 'clear off red': the red block
            named = [n for n in exact_names(said, ctx.scene) if n in ctx.state.support] or (
                ctx.it[:1] if obj_text in ("it", "that", "that one", "this one") and ctx.it[:1] and ctx.it[0] in ctx.state.support else [])
            one = len(named) == 1 and not np_.descriptors  # 'clear the red block'
            obj_blocks = named if one else resolve_blocks(np_, ctx, excluded)
            if one or len(obj_blocks) == 1 and not (np_.plural or np_.all) and any(
                    d[1] in ("under", "underneath", "beneath", "below") for d in np_.descriptors):  # or 'the block under X': nothing on it
                return [Rel("on", b, obj_blocks[0], negated=True) for b in ctx.state.on_top(obj_blocks[0])]
        else:
            obj_blocks = [b for b in pool(ctx) if b not in excluded]
        if not obj_blocks:
            return []
        if BIN in ctx.not_targets or rx(r"\bnotput all blocks in the bin\b").search(ctx.later):  # 'clear the table, but not into the bin'
            return some_bowl(obj_blocks, ctx)
        return [Rel("in_bin", b) for b in obj_blocks]

    if tgt_text and ((action == "sort" and not rx(r"\bbowls?\b").search(tgt_text)) or (action == "unstack" and not (
            prep in ("onto", "on to") and resolve_target(tgt_text, prep, ctx)[0] == "table"))):
        raise not_understood(ctx, extra=f"{prep} {tgt_text}")  # 'unstack the tower into the bin': not ignored
    if action == "sort" or (matching and not tgt_text):
        blocks = resolve_blocks(NounPhrase(obj_text or "all the blocks"), ctx, excluded, plural_default=True)
        return into_matching(blocks, ctx, strict=False, tidy=action == "sort" and not excluded and not rx(r"\b(?:leave|leavebe|keep) (?:all )?(?:the )?(?:other blocks|others|rest|unmatched blocks)\b").search(ctx.later or ""))
    if action == "unstack":
        np_ = NounPhrase(obj_text or "all")
        if np_.unknown:
            raise not_understood(ctx, unknown=np_.unknown)
        if not obj_text or np_.words & (TOWER_WORDS | ALL_WORDS) or obj_text in ("it", "them"):
            one = rx(r"(?:the|that|this) (?:tower|stack|pile)").fullmatch(obj_text) and stacks(ctx.state)
            blocks = [b for b in (described_tower(obj_text, ctx) or (tower_of(ctx) if one else pool(ctx)))
                      if ctx.state.support[b] in ctx.state.support and b not in excluded]  # 'the stack on the blue block'
            if not blocks:
                return []
        else:
            blocks = resolve_blocks(np_, ctx, excluded)
        return [Rel("on_table", b) for b in blocks]

    if tower and action == "move" and tgt_text and rx(r"\b(?:in|into) (?:a|one) (?:\w+ )?(?:tower|stack|pile)\b").search(ctx.instruction.lower()):  # 'put X, Y in a tower on W'
        action = "stack"
    if action == "stack":
        if obj_text and rx(r"(?:the |all the |all )?(?:blocks )?(?:up|everything)").fullmatch(obj_text):
            obj_text = ""
        target = resolve_target(tgt_text, prep, ctx) if tgt_text else ("tower", "")
        said = NounPhrase(obj_text or "all the blocks")
        under = [b for b in ctx.state.blocks if target[0] == "block" and (said.others or said.any) and said.side is None and not rx(r"\b(?:an)?other\b").search(tgt_text) and (
            b == target[1] or target[1] in ctx.state.above(b))]
        blocks = resolve_blocks(said, ctx, [*excluded, *under], plural_default=True)  # never the block
        if len(blocks) == 1 and (clause.inherited and not tgt_text or tower):  # they go on: 'stack two other blocks on X'
            raise not_understood(ctx, extra=obj_text)  # '..., then yellow', 'put X in a tower': a tower of one says nothing
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
    said = rx(rf"\b{re.escape(verb_word)}\b").search(ctx.instruction.lower())  # the verb said, not a goal put as a verb
    more = bool(said and np_.count and not np_.exactly)  # 'put two blocks in their own bowls': two not yet there
    if matching and (not tgt_text or matching_bowl(tgt_text)):
        return matching_of(np_, ctx, excluded, more)
    if not tgt_text:
        if tower and action != "bin":
            blocks = resolve_blocks(np_, ctx, excluded, plural_default=True)
            order = blocks if np_.listed >= 2 else tower_first(blocks, ctx.state)
            return tower_goal(order[::-1] if reverse else order, ("tower", ""), ctx)
        if action == "bin" and (tower := _tower_named(obj_text, ctx)):  # 'throw the stack away': all of it
            return [Rel("in_bin", b) for b in tower]
        if action == "bin":
            return [Rel("in_bin", b) for b in resolve_blocks(np_, ctx, excluded, satisfied=lambda b: Rel("in_bin", b))]
        if action == "hold":
            blocks = resolve_blocks(np_, ctx, excluded)
            if len(blocks) > 1 and rx(r"\W*(?:and )?(?:then )?\w+(?: \w+)? (?:them|those|these|all of them|both)\b").match(ctx.later):
                ctx.group = blocks  # 'grab any three blocks and put them in the bin': held one by one, on their way
                return []
            if len(blocks) != 1:
                raise PlanningError(f"the gripper holds one block at a time; cannot hold {', '.join(blocks)} together")
            return [Rel("held", blocks[0])]
        beside = rx(r"\b(near|beside|next to|by|under|underneath|beneath|below|above|between|behind|in front of|"
                           r"close to|left of|right of)\b").search(obj_text)
        if beside:
            raise PlanningError(f"I cannot put a block {beside.group(1)!r} something: a target is a block, a bowl, a "
                                f"named place ({', '.join(PLACES)}), the bin or the table")
        places = [t for t in ctx.not_targets if t in (BIN, TABLE) or t in ctx.state.bowls]
        if action == "move" and places and len(moved := resolve_blocks(np_, ctx, excluded)) == 1:  # 'move it, but not into the bin'
            return off(moved[0], ctx.state) + [Rel("in_bin", moved[0], negated=True) if t == BIN else Rel("on_table", moved[0], negated=True) if (
                t == TABLE) else Rel("in", moved[0], t, negated=True) for t in places]
        raise not_understood(ctx, missing=f"where to {verb_word} it")
    if rx(r"(?:any |some |the )?bowls").fullmatch(tgt_text) and ctx.state.bowls and (
            np_.words & ALL_WORDS or np_.plural or np_.count):  # 'all X into bowls', 'two blocks in the bowls'
        return some_bowl(resolve_blocks(np_, ctx, excluded, plural_default=True), ctx)
    target = resolve_target(tgt_text, prep, ctx)
    if np_.exactly and target[0] == "bowl" and rx(r"(?:a|an|any|some|one of the) bowl").fullmatch(tgt_text):  # 'X alone in a bowl': least to clear
        moved = resolve_blocks(np_, ctx, excluded)
        target = ("bowl", min(ctx.state.bowls, key=lambda w: (len(set(ctx.state.in_bowl(w)) - set(moved)), w != target[1])))
    if target[0] == "bowl" and rx(r"(?:a|any|some|one of the) bowls?").fullmatch(tgt_text) and np_.words & {"each", "every"}:
        return some_bowl(resolve_blocks(np_, ctx, excluded, plural_default=True), ctx)  # 'every block in a bowl'
    if target[0] == "distinct":
        return distinct_bowls(resolve_blocks(np_, ctx, excluded, plural_default=True), ctx)
    if target[0] == "each":
        return spread(np_, ctx, excluded, target[1])
    if target[0] == "matching":
        return matching_of(np_, ctx, excluded, more)
    if target[0] == "tower":
        blocks = resolve_blocks(np_, ctx, excluded, plural_default=True)
        order = blocks if np_.listed >= 2 else tower_first(blocks, ctx.state)
        return tower_goal(order[::-1] if reverse else order, target, ctx)
    if target[0] == "bin" and (tower := _tower_named(obj_text, ctx)):  # 'the stack in the bin': every block of it
        return [Rel("in_bin", b) for b in tower]
    if target[0] in ("place", "table", "bowl") and (tower := _moved_tower(obj_text, np_, excluded, ctx)):
        ctx.understood.append(f"the tower {', '.join(tower)} (bottom first), kept as it stands")
        return [rel_for(tower[0], target)] + [Rel("on", up, down) for down, up in zip(tower, tower[1:])]
    chosen = (np_.count is not None or np_.any or np_.all) and len(np_.ordinals) < 2 and not (np_.text.startswith("the ") and (
        np_.side or any(d[1].startswith(("nearest", "closest", "furthest", "farthest")) for d in np_.descriptors)))
    # 'two blocks on X': two others; 'the second and third from the left', 'the two closest to Y' are named, not chosen
    there = [b for b in ctx.state.blocks if holds(rel_for(b, target), ctx.state)]
    adding = chosen and (verb_word == "add" or rx(r"\b(?:more|another|extra|further)\b").search(obj_text) or (
        (np_.any or np_.count and not np_.exactly) and said and target[0] in ("bowl", "bin", "place")))  # 'add a block to W', 'put two blocks in W'
    put_now = ctx.placed if adding and rx(r"\b(?:another|more|other)\b").search(obj_text) else []  # "then another two": not those just put there
    blocks = resolve_blocks(np_, ctx, excluded + ([target[1]] if target[0] == "block" and chosen else []) + (there if adding else []) + put_now,
                            satisfied=None if adding else lambda b: rel_for(b, target))
    if target[0] == "block" and target[1] in blocks:
        if len(blocks) == 1:
            raise PlanningError(f"cannot put the {target[1]} on itself")
        blocks = [b for b in blocks if b != target[1]]
    if target[0] == "block" and len(blocks) > 1:
        return tower_goal([target[1], *blocks], ("on-base", target[1]), ctx)
    rels = relations(blocks, target, ctx)
    where = rx(r"\b(?:in|inside|into|on|at) (?:a|any|some|the|their|its)\b").search(clause.excluded or "")  # 'except those in a bowl'
    if np_.all and target[0] in ("bowl", "place") and not where:  # 'all the blocks in the red bowl but not the pink one': not there either
        rels += [rel_for(b, target).model_copy(update={"negated": True}) for b in excluded if holds(rel_for(b, target), ctx.state)]
    if np_.exactly and target[0] == "table" and (others := [b for b in ctx.state.on_the_table() if b not in blocks]):
        raise PlanningError(f"only {', '.join(blocks)} on the table: say where the others ({', '.join(others)}) should go, "
                            "e.g. 'and put the others in the bin'")
    if np_.exactly and target[0] in ("bowl", "place"):  # 'exactly two blocks in the bowl': the others out
        rels += [rel_for(b, target).model_copy(update={"negated": True}) for b in ctx.state.blocks
                 if b not in blocks and ctx.now_at(rel_for(b, target))]  # what earlier clauses put there counts
    return rels
