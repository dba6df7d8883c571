"""Reference resolution: noun phrases (read by `noun_phrases`) -> the scene's objects.

Colours, kinds, plurals, all/every/each, counts ('two blocks', 'any block'), exclusions, exact names, pronouns
('it', 'them'), 'the others', and descriptors (where a thing is, what is nearest, leftmost, the second from the left).
A phrase that fits several objects equally is settled by an earlier answer of the user, or becomes a question."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.choice import both, choose, container, disambiguate, tower_of, tower_top
from agent.planners.offline.context import (BOWL_STATES, Ambiguous, Context, absent, bowl_error, in_state, in_tower,
                                            tower_end)
from agent.planners.offline.noun_phrases import NounPhrase
from agent.planners.offline.sides import beside, by_contents, corner, distance, extreme, half, middle, nth, own_bowl
from agent.planners.offline.words import MATCH_RE, TOWER_RE, TOWER_WORDS
from agent.regex import rx
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, GRIPPER, PLACE_ALIASES, PLACES, TABLE, normalise_name
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds

_ALL = rx(r"(?:every|each|all(?: of)?(?: the)?) (?:blocks?|cubes?)|everything")  # 'every block and the red one'
_BIN_RE = r"(?:the )?bin(?: (?:that|which|whose|with) (.+))?"  # below: what a relative says of blocks with a bowl of their colour ('that match a bowl')
_MATCHED_RE = (r"(?:colou?r )?(?:match(?:es)?|fits?|goes with|go with) (?:a|any|one of the|some|the) bowls?|(?:has|have) (?:a|an|"
               r"its|their) (?:matching |own )?bowl(?: of (?:its|their|the same) (?:own )?colou?r)?|a (?:matching )?bowl(?: of "
               r"(?:its|their|the same) (?:own )?colou?r)?")


def _exact(np_: NounPhrase, scene: Scene) -> list[str]:
    """The objects the phrase names exactly ('the red block', 'red block 2'); none when a descriptor narrows it."""
    return [] if np_.descriptors else exact_names(np_.text, scene)


def _of_kind(np_: NounPhrase, ctx: Context, kind: str) -> list[str]:
    """The scene's objects of `kind` in the phrase's colours."""
    return [o.name for o in ctx.scene.objects if o.kind == kind and np_.of_colour(o.colour)]


def pool(ctx: Context, kept: bool = False) -> list[str]:
    """Blocks that 'all the blocks' means: everything not already in the bin and (unless `kept`) not to be left alone."""
    return [b for b in ctx.state.blocks if ctx.state.support[b] != BIN and (kept or b not in ctx.kept)]


def resolve_blocks(np_: NounPhrase, ctx: Context, excluded: list[str] | None = None, *, plural_default: bool = False,
                   satisfied: Callable[[str], Rel] | None = None, pool_all: bool = False, among: list[str] | None = None) -> list[str]:
    """The blocks a noun phrase in the object role names, of `among` when given ('all the loose blocks except the two on the
    left': the two of those); asks (raises `Ambiguous`) when it is unclear."""
    excluded = excluded or []
    state = ctx.state
    exact = _exact(np_, ctx.scene)
    if exact:
        if bowls := [n for n in exact if n in state.bowls]:
            raise bowl_error(bowls[0], ctx)
        return exact
    if len(parts := rx(r"\s+and\s+(?=the\b|every\b|all\b|each\b)").split(np_.full)) > 1 and (all(  # each on its own
            rx(r"the (?!\w+ of\b)(?:\w+ ){1,7}(?:block|cube)").fullmatch(p) for p in parts) and not all(exact_names(p, ctx.scene) for p in parts) or _ALL.fullmatch(
            parts[0]) and all(_ALL.fullmatch(p) or rx(r"the \w+ (?:block|cube|one)|the (?:ones|blocks) (?:in|on|inside) [\w ]+").fullmatch(p) for p in parts)):
        return list(dict.fromkeys(b for p in parts for b in resolve_blocks(NounPhrase(p), ctx, excluded, satisfied=satisfied, among=among)))
    if np_.pronoun:
        if not ctx.it:
            raise PlanningError(f"I do not know what {np_.text!r} refers to; name the block, e.g. 'the red block'")
        if ctx.it[0] in state.bowls and not ctx.group:
            raise bowl_error(ctx.it[0], ctx)  # 'it' is a bowl here: only blocks move
        return list(ctx.group) if ctx.it[0] in state.bowls else ctx.it[:1]  # 'empty W, put it in V': what came out
    group = list(ctx.group or ctx.previous or ctx.it)
    if np_.them and not (np_.count and np_.count > len(group)):  # 'three of them' after two came out: three of all
        if not group:
            raise PlanningError(f"I do not know what {np_.text!r} refers to; name the blocks")
        if rx(r"\bboth\b|\bpair\b").search(np_.text) and len(group) > 2 and not np_.count:
            raise PlanningError(f"I do not know which two blocks {np_.text!r} means; name them")  # 'both of them' after 'nothing on X'
        return choose(group, np_.count, ctx, satisfied) if np_.count and np_.count < len(group) else group  # 'one of them'
    np_.check_words(ctx)
    if np_.kind == "bowl":
        raise bowl_error(next(iter(_of_kind(np_, ctx, "bowl")), "bowl"), ctx)
    everything = "everything" in np_.words or (not np_.colours and np_.kind is None and np_.all)
    if np_.colours:
        cands: list[str] = []
        for c in np_.colours:
            found = [b for b in state.blocks if state.colours.get(b) == c]
            if not found:
                if np_.kind is None and any(o.colour == c and o.kind == "bowl" for o in ctx.scene.objects):
                    raise bowl_error(f"{c} bowl", ctx)
                raise PlanningError(f"there is no {c} block; blocks on the table: {', '.join(state.blocks) or 'none'}")
            cands += [b for b in found if b not in cands]
    elif pool_all or any(not d[0] and d[1] in ("in", "inside", "from", "out of") and rx(_BIN_RE).fullmatch(d[2])
                         for d in np_.descriptors):  # 'the blocks in the bin': those the pool leaves out
        cands = list(state.blocks)
    else:  # a place in a ranking counts the blocks left alone too: 'the second from the left, but not the leftmost'
        cands = pool(ctx, kept=np_.side is not None)
    if np_.others:
        if not (before := ctx.mentioned or ctx.previous) and not ctx.kept and np_.words & {"rest", "remaining", "others"}:  # 'bin the rest' said alone
            raise PlanningError(f"{np_.full!r} of what? Nothing was named before it; say which blocks, e.g. 'all the blocks'")
        cands = [b for b in cands if b not in before]
        if set(before) & set(ctx.group):  # 'two loose blocks: X in W, the other one on it': the other of those
            cands = [b for b in cands if b in ctx.group] or cands
    whole = len(cands)  # 'half of the blocks, but not X': half of them all, X not among those moved
    cands = [b for b in cands if b not in excluded and state.colours.get(b) not in np_.not_colours and (among is None or b in among)]
    cands = narrow([b for b in cands if all(in_state(b, w, state) for w in np_.states)
                    and not any(in_state(b, w, state) for w in np_.not_states)], np_, ctx, "block")
    cands = cands if pool_all else [b for b in cands if b not in ctx.kept] or cands  # a kept phrase names what it keeps
    ctx.understood.append("the object(s) " + (", ".join(cands) or "none"))
    if not cands and not (set(np_.states) & {"matched", "unmatched"} and (np_.plural or np_.words & {"every", "each", "all", "any"})) and not (
            np_.others and np_.words & {"rest", "remaining", "others"}):  # 'bin every unmatched one', 'leave the rest alone': maybe none
        raise PlanningError(f"no block fits {np_.full!r}" + (f" once {', '.join(excluded)} are left out" if excluded else ""))
    if np_.half:
        whole = whole if excluded and not np_.not_colours and among is None else len(cands)
        if whole % 2:
            raise PlanningError(f"half of {whole} blocks is not a whole number; say how many, e.g. '{whole // 2} of the blocks'")
        np_.count, np_.all, np_.plural = whole // 2, False, False
    ranked = np_.side in ("left", "right") and not (np_.spread and np_.count is None) or any(d[1].startswith(("nearest", "closest", "furthest", "farthest"))
                                                  for d in np_.descriptors)
    if ranked and np_.count is not None and not np_.all and np_.count <= len(cands):
        return cands[: np_.count]  # 'the two leftmost blocks': the first two in that order, not the easiest two
    if ranked and np_.plural and np_.count is None and len(cands) > 1:
        raise PlanningError(f"say how many: {np_.full!r} could be any number of {', '.join(cands)} "
                            "(e.g. 'the two leftmost blocks')")
    if np_.count is not None and not np_.all:
        if np_.count > len(cands):
            if np_.any and np_.count == 2:
                return cands
            raise PlanningError(f"asked for {np_.count} blocks, but only {len(cands)} fit: {', '.join(cands)}")
        unused = [c for c in cands if (c not in ctx.mentioned or np_.exactly) and not rx(rf"\b{c}\b").search(ctx.later)]  # never one said elsewhere
        free = len(unused) >= np_.count and not np_.colours and not np_.descriptors and not np_.side
        return choose(unused if free else cands, np_.count, ctx, satisfied)
    cands = both(cands, np_.full, ctx) if rx(r"both(?: of)?(?: the)?(?: blocks| ones| cubes| of them)?").fullmatch(np_.full) else cands
    if (np_.all or everything or np_.plural or len(np_.colours) > 1
            or (plural_default and np_.kind is None and not np_.colours and not np_.descriptors and not np_.side and not
                rx(r"\b(?:the|that|this) (?:other )?one\b").search(np_.full))):  # 'stack the other one on it': one
        return cands
    if len(cands) == 1:
        return cands
    return [disambiguate(cands, "block", ctx)]


def narrow(cands: list[str], np_: NounPhrase, ctx: Context, kind: str) -> list[str]:
    """Keep the candidates that fit the phrase's descriptors ('in a bowl', 'nearest the bin', 'leftmost')."""
    state = ctx.state
    many = np_.plural or np_.all or (np_.count or 0) > 1  # 'the two on the left': every one, ranked
    for negated, rel, phrase in np_.descriptors:
        if rel in ("nearest to", "nearest", "closest to", "closest", "next to", "beside", "near", "furthest from",
                   "farthest from", "furthest", "farthest"):
            far = rel.startswith(("furthest", "farthest"))
            if rx(r"(?:the )?(?:bowl of its (?:own )?colou?r|its (?:own |matching )?bowl|(?:the )?matching bowl)").fullmatch(phrase):
                cands = own_bowl(cands, ctx, far, many)  # 'the block closest to the bowl of its own colour'
                continue
            anchor = _position(phrase, ctx)
            cands = [c for c in cands if c != anchor[0] and not (c in state.support and state.base(c) == anchor[0])
                     and not in_tower(c, anchor[0], state)]  # 'the block nearest X': never one in X (or in X's own tower)
            cands = extreme(cands, ctx, lambda p, at=anchor[1]: distance(p, at), far, many)
            continue
        if rel == "colour of":  # 'the block that is the same colour as the leftmost bowl'
            said = NounPhrase(phrase)
            like = objects(said, ctx, said.kind or "bowl")
            if len(like) != 1:
                raise PlanningError(f"{phrase!r} fits {len(like)} objects here ({', '.join(like) or 'none'}); say which one")
            cands = [c for c in cands if ctx.scene.get(c).colour == ctx.scene.get(like[0]).colour and c != like[0]]
            continue
        if rel in ("left of", "right of"):  # 'the block just to the left of the white one'
            anchor = _position(phrase, ctx)
            cands = beside([c for c in cands if c != anchor[0]], ctx, anchor[1], rel.split()[0], many)
            continue
        if rel in ("with", "containing", "holding", "that has", "that holds", "that contains", "which has",
                   "which holds", "which contains"):
            if most := rx(r"the (most|fewest|least) blocks?(?: in it| on it)?").fullmatch(phrase):  # 'the bowl with the most blocks'
                cands = by_contents(cands, state, most[1] == "most")
                continue
            inner = objects(NounPhrase(phrase), ctx, "block")
            cands = [c for c in cands if any(b in state.support and (state.base(b) == c or state.support[b] == c)
                                             for b in inner) != negated]
            continue
        fits = _relation_filter(rel, phrase, ctx, kind, many, np_.all)
        cands = [c for c in cands if fits(c) != negated]
    if np_.side is not None:
        if np_.side == "middle":
            return middle(cands, ctx, kind)
        if np_.side in ("top", "bottom") and kind == "block":
            cands = [c for c in cands if tower_end(c, np_.side, state)]
        else:
            axis, sign = {"left": (1, 1.0), "right": (1, -1.0), "top": (0, 1.0), "bottom": (0, -1.0), "near": (0, 1.0), "far": (0, -1.0)}[np_.side]
            if np_.ordinal is not None:
                return list(dict.fromkeys(c for n in np_.ordinals for c in nth(cands, ctx, lambda p: sign * p[axis], n)))
            if np_.spread and (many or np_.all) and np_.count is None:
                return half(cands, ctx, np_.side)
            cands = extreme(cands, ctx, lambda p: sign * p[axis], False, many)
    return cands


def _position(phrase: str, ctx: Context) -> tuple[str, tuple[float, float]]:
    """The anchor of 'nearest X': an object's name and position, or a named place."""
    alias = PLACE_ALIASES.get(normalise_name(phrase, ctx.scene.names()), "")
    if alias in PLACES or alias == BIN:
        return alias, layout.PLACES.get(alias, layout.BIN_CENTER)
    if rx(r"(?:the )?(?:robot|gripper|arm|you|me|camera)").fullmatch(phrase):
        return "", (0.0, 0.0)
    if phrase in ("it", "that", "that one", "this one", "this block") and ctx.it:
        names = ctx.it[:1]
    else:
        np_ = NounPhrase(phrase)
        kind = np_.kind or ("block" if any(o.kind == "block" and o.colour in np_.colours for o in ctx.scene.objects)
                            else "bowl")
        names = objects(np_, ctx, kind)
        if len(names) != 1:
            names = [disambiguate(names, kind, ctx)] if names else []
        if not names:
            raise absent(np_.absent() or phrase.removeprefix("the "), ctx)
    o = ctx.scene.get(names[0])
    return o.name, (o.position[0], o.position[1])


def objects(np_: NounPhrase, ctx: Context, kind: str) -> list[str]:
    """Objects of `kind` that fit a phrase's colours and descriptors (no question asked)."""
    exact = _exact(np_, ctx.scene)
    if exact:
        return exact
    np_.check_words(ctx)
    return narrow(_of_kind(np_, ctx, kind), np_, ctx, kind)


def _relation_filter(rel: str, phrase: str, ctx: Context, kind: str, many: bool = False,
                     np_all: bool = False) -> Callable[[str], bool]:
    """Whether an object is in/on/at/under what `phrase` names ('a bowl', 'the table', 'the red block', 'top')."""
    state = ctx.state
    if phrase in ("it", "that one", "this one", "that block", "this block") and ctx.it and rel in ("under", "underneath", "beneath", "below", "above"):
        phrase = f"the {ctx.it[0]}"  # 'the top block goes to W and the one underneath it in the bin'
    elif phrase == "it" and rel in ("in", "inside") and (bowls := [n for n in ctx.it if n.endswith(" bowl")]):  # 'empty W. Everything in it ...'
        phrase = f"the {bowls[0]}"
    one_tower = rx(r"^(?:the|that|this) (?:tower|stack|pile)\b").match(phrase)  # 'in the tower with the green block on top'
    phrase = rx(r"^(?:the|a|an|any|some)\s+").sub("", phrase)
    if rel in ("from", "out of"):  # 'the block from the bowl': where it is now
        rel = "on" if rx(r"\bblock\b").search(phrase) else "in"
    if kind == "bowl":
        if rel in ("on", "at") and phrase in ("left", "right", "left side", "right side", "left hand side", "right hand side"):
            return lambda _c: True  # handled as a side by the caller's phrase
        contents = NounPhrase(phrase)  # a bowl is in or on no block: 'the bowl in the red one' is the reading to try next
        inside = objects(contents, ctx, "block") if contents.kind != "bowl" and rel not in ("in", "inside", "on") else []
        return lambda c: any(state.base(b) == c for b in inside if b in state.support)
    end = rx(r"(?:very )?(top|bottom|middle)(?: of (?:the |a |this |that |each |every |all the )?(?:tower|stack|pile)s?)?").fullmatch(phrase)
    if end and end.group(0) not in ("middle", "very middle"):  # 'at the top of the tower' ('the middle' is a place)
        return lambda c: tower_end(c, end.group(1), state)
    alias = PLACE_ALIASES.get(normalise_name(phrase, ctx.scene.names()), "")
    if alias == TABLE and (many or np_all) and rel in ("on", "at") and kind == "block":  # 'each block on the table': not in a bowl, a tower's too, nor
        gone = set(ctx.placed) - set(ctx.binned)  # one an earlier step took off it ('fill W, then bin the rest'; binned: 'clear the table. every block on it ...')
        return lambda c: state.base(c) in (TABLE, *PLACES) and c not in gone
    if alias == TABLE:
        return lambda c: holds(Rel("on_table", c), state)
    if alias == BIN:
        return lambda c: state.base(c) == BIN
    if binned := rx(_BIN_RE).fullmatch(phrase):  # 'the ones in the bin that match a bowl': the relative is about the blocks
        if not rx(_MATCHED_RE).fullmatch(binned[1] or ""):
            raise PlanningError(f"I do not know what {binned[1]!r} says about the blocks in the bin; name them, e.g. "
                                "'the red block in the bin'")
        colours = {o.colour for o in ctx.scene.objects if o.kind == "bowl"}
        return lambda c: state.base(c) == BIN and state.colours.get(c) in colours
    if alias in PLACES:
        return lambda c: holds(Rel("at", c, alias), state)
    np_ = NounPhrase(phrase)
    target_kind = np_.kind or ("bowl" if rel in ("in", "inside") else "block")
    piled = np_.words & TOWER_WORDS  # 'in a tower': never in a bowl
    if np_.words & {"bowl", "bowls"} or target_kind == "bowl" and not piled:
        bowls = objects(np_, ctx, "bowl")
        return lambda c: state.base(c) in bowls and state.support[c] != GRIPPER
    if one_tower and rel in ("in", "inside", "from", "of", "on", "at"):
        tower = tower_of(ctx, phrase)
        return lambda c: c in tower
    if piled:
        return lambda c: state.support[c] in state.support or not state.is_clear(c)
    blocks = objects(np_, ctx, "block")
    if rel in ("under", "underneath", "beneath", "below") and not many:  # 'the block under X': right under it
        return lambda c: any(state.support[t] == c for t in blocks)
    if rel in ("under", "underneath", "beneath", "below"):
        return lambda c: any(t in state.above(c) for t in blocks)
    if rel == "above":
        return lambda c: any(c in state.above(t) for t in blocks)
    return lambda c: state.support[c] in blocks


def exact_names(text: str, scene: Scene) -> list[str]:
    """The phrase as one object's exact name ('the red block'), or names with a number in it ('red block 2')."""
    words = set(text.split())
    if not words & {"blocks", "bowls", "all", "every", "each", "any", "some"}:
        whole = normalise_name(text, scene.names())
        if whole in scene.names():
            return [whole]
    return [n for n in scene.names() if rx(r"\d").search(n) and rx(rf"\b{re.escape(n)}\b").search(text)]


def matching_bowl(target: str) -> bool:
    """Whether a target that matches colours names only bowls (never '... in its matching bowl and the rest thrown out')."""
    return bool(rx(r"\bbowls?\b").search(target)) and not rx(r"\bbowls?\b.* and (?:\w+ ){0,3}?(?:rest|others?|remaining|everything|all|"
                                                           r"bin|table|corners?|middle|stack|tower|thrown|away|out)\b").search(target)


def resolve_target(text: str, prep: str, ctx: Context) -> tuple[str, str]:
    """A target phrase -> (kind, name) with kind in bowl, block, place, bin, table, tower, matching."""
    text = rx(r"\s+").sub(" ", text).strip()
    if len(set(rx(r"\bthe (\w+ bowl)\b").findall(text))) > 1 and " and " in text:  # 'W and V empty': two places, never one
        raise PlanningError(f"{text!r} names more than one place to put it; say one target per block")
    most = rx(r" (?:with|that has|which has|holding|containing) the (most|fewest|least)(?: number of)?(?: blocks?| things?)?"
                     r"(?: in it)?$").search(text)  # 'the bowl with the fewest blocks': counted below
    text = text[: most.start()] if most and rx(r"\bbowls?$").search(text[: most.start()]) else text
    if TOWER_RE.fullmatch(text) or text in ("each other", "one another", "top of each other", "a tower", "a stack"):
        return "tower", ""
    tower = rx(r"(?:the )?(?:(?:very )?top of )?(?:the|that|this|your|our) (?:tower|stack|pile)(?:,? (?:with|that has|"
                         r"which has|having|where|whose|that is|which is|made of|containing) (.+))?").fullmatch(text)
    if tower and prep in ("on", "onto", "on to", "on top of", "atop", "to", "over"):
        top = tower_top(ctx, tower.group(1) or "")  # 'put it on (top of) the tower': on its top block
        ctx.understood.append(f"the target {top} (the top of the tower)")
        return "block", top
    if MATCH_RE.search(text) and matching_bowl(text):
        return "matching", ""
    if near := rx(r"the corner (nearest to|nearest|closest to|furthest from|farthest from) (.+)").fullmatch(text):
        return "place", corner(_position(near[2], ctx)[1], near[1].startswith(("furthest", "farthest")))
    alias = normalise_name(text, ctx.scene.names())
    for drop in (" of table", " on table", " of the table"):
        alias = alias.replace(drop, "")
    alias = PLACE_ALIASES.get(alias, alias)
    if alias in PLACES:
        ctx.understood.append(f"the place '{alias}'")
        return "place", alias
    if alias == BIN:
        ctx.understood.append("the bin")
        return "bin", BIN
    if alias == TABLE:
        return "table", TABLE
    if rx(r"(?:each|every|all|all four|all of the|each of the|every one of the)(?: the)?(?: four)? corners?"
                    r"(?: of (?:the )?table)?").fullmatch(text):
        return "each", "corner"  # 'one block in each corner'
    if some := rx(r"(?:(a|one of the|any(?: one of the)?) |the )?corners?(?: (?:on|at|to) the (left|right|top|bottom)(?: hand)?(?: side)?(?: of the "
                            r"table)?)?").fullmatch(text):  # 'a corner on the left'
        corners = [p for p in PLACES if p.endswith("corner") and p not in ctx.not_targets and (not some[2] or some[2] in p)]
        if not some[1]:  # 'the corner': which one
            raise Ambiguous("Which corner do you mean: " + ", ".join(corners) + "?")
        free = [p for p in corners if p not in ctx.state.support.values()]  # 'a corner', 'any corner but X': a free one
        return "place", (free or corners)[0]
    np_ = NounPhrase(text)
    if np_.side in ("left", "right", "bottom") and not (np_.words - {"the", "a", "an"}) and not np_.descriptors:
        # 'move it to the right', 'from the bottom': a side, not the object furthest that way
        raise PlanningError(f"{text!r} is not a place I know: a target is a block, a bowl, a named place "
                            f"({', '.join(PLACES)}), the bin or the table")
    exact = _exact(np_, ctx.scene)
    if len(exact) == 1:
        return ctx.scene.get(exact[0]).kind, exact[0]
    if np_.pronoun:
        if not ctx.it or ctx.it[0] not in ctx.scene.names():
            raise PlanningError(f"I do not know what {text!r} refers to; name the target")
        if prep in ("in", "into", "inside") and ctx.it[0] not in ctx.state.bowls:  # 'in it', after a block was named
            return container(ctx)
        return ctx.scene.get(ctx.it[0]).kind, ctx.it[0]  # a block, or the bowl just emptied
    if np_.them and (ctx.group or ctx.previous or ctx.it):  # 'on top of them': the top of the blocks just named
        named = list(ctx.group or ctx.previous or ctx.it)
        tops = [c for c in named if c in ctx.state.support and not any(d in ctx.state.above(c) for d in named)]
        if len(tops) != 1:
            raise PlanningError(f"{', '.join(named)} are not one tower; say which block to put it on")
        return "block", tops[0]
    np_.check_words(ctx)
    kind = np_.kind
    if kind is None:
        kinds = {o.kind for o in ctx.scene.objects if np_.of_colour(o.colour)}
        kind = "bowl" if prep in ("in", "into", "inside", "in to", "inside of") and "bowl" in kinds else (
            "block" if "block" in kinds else "bowl")
    full = {BOWL_STATES[w] for w in np_.bowl_states}  # 'in every bowl', 'in each empty bowl'
    if kind == "bowl" and np_.all and not (np_.colours or np_.descriptors or np_.not_bowl_states) and len(full) < 2:
        return "each", "bowl" if not full else ("full bowl" if full.pop() else "empty bowl")
    if kind == "bowl" and rx(r"\b(?:different|separate|distinct|individual)\b").search(text) and not np_.colours:
        return "distinct", "bowl"  # 'put the red and blue blocks in different bowls'
    if kind == "block":
        sup = ctx.state.support
        cands = [b for b in ctx.state.blocks if np_.of_colour(ctx.state.colours.get(b)) and sup[b] not in (BIN, GRIPPER)]
    else:
        cands = [c for c in _of_kind(np_, ctx, "bowl")
                 if all(bool(ctx.state.in_bowl(c)) == BOWL_STATES[w] for w in np_.bowl_states)  # 'an empty bowl'
                 and all(bool(ctx.state.in_bowl(c)) != BOWL_STATES[w] for w in np_.not_bowl_states)]
    cands = [c for c in cands if c not in ctx.not_targets and c not in ctx.kept_bowls]
    if most and kind == "bowl" and cands:
        best = (max if most.group(1) == "most" else min)(len(ctx.state.in_bowl(c)) for c in cands)
        cands = [c for c in cands if len(ctx.state.in_bowl(c)) == best]
    if np_.others:
        cands = [c for c in cands if c not in ctx.mentioned]
    cands = narrow(cands, np_, ctx, kind)
    if not cands:
        what = f"{' '.join(np_.colours)} {kind}".strip()
        have = ", ".join(ctx.state.bowls if kind == "bowl" else ctx.state.blocks) or "none"
        if kind == "bowl" and (m := rx(r"the bowl with (the \w+ (?:block|cube)) in it").fullmatch(np_.full)) and exact_names(m[1], ctx.scene):
            raise PlanningError(f"{m[1]} is in no bowl ('where {m[1]} is', 'the bowl {m[1]} is in'); say where it should go: a bowl, a "
                                "block or a named place")
        if np_.descriptors or np_.side:
            raise PlanningError(f"no {kind} fits {np_.full!r}; {kind}s: {have}")
        raise PlanningError(f"there is no {what} on the table to use as a target; {kind}s: {have}")
    if len(cands) == 1:
        name = cands[0]
    elif np_.any or np_.count == 1:
        room = [c for c in cands if kind != "bowl" or sum(s == c for s in ctx.state.support.values()) < layout.BOWL_CAPACITY]
        name = (room or cands)[0]
    else:
        name = disambiguate(cands, kind, ctx)
    ctx.understood.append(f"the target {name}")
    return kind, name
