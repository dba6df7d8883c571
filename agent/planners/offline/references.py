"""Reference resolution: noun phrases -> the scene's objects.

Colours, kinds, plurals, all/every/each, counts ('two blocks', 'any block'), exclusions, exact
names, pronouns ('it', 'them') and 'the others'. A phrase that fits several objects equally is
settled by an earlier answer of the user, or becomes a question (`Ambiguous`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.choice import choose, disambiguate
from agent.planners.offline.context import (
    STATES,
    Ambiguous,
    Context,
    absent,
    bowl_error,
    in_state,
    not_understood,
    tower_end,
)
from agent.planners.offline.words import (
    ALL_WORDS,
    KNOWN_WORDS,
    MATCH_RE,
    NUMBERS,
    SIDES,
    SPATIAL_WORDS,
    TOWER_RE,
    split_descriptors,
)
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.lexicon import (
    BIN,
    COLOURS,
    GRIPPER,
    PLACE_ALIASES,
    PLACES,
    TABLE,
    normalise_name,
)
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds


class NounPhrase:
    """The features of a noun phrase: colours, kind, number, quantifier, pronoun, exact names, descriptors."""

    def __init__(self, text: str) -> None:
        self.full = text.strip()
        self.full = re.sub(r"\b(nearest|closest|furthest|farthest) (block|blocks|one|cube|bowl|bowls) (to|from)\b",
                           r"\2 \1 \3", self.full)
        self.full = re.sub(r"^(?:the |all the )?contents? of\b", "everything in", self.full)
        self.full = re.sub(r"\b(?:already|still|currently|now|right now) ", "", self.full)
        colour = "|".join(COLOURS)
        self.not_colours = re.findall(rf"\bnon ({colour})\b|\b(?:that|which) (?:is|are) not ({colour})\b", self.full)
        self.not_colours = [a or b for a, b in self.not_colours]
        self.full = re.sub(rf"\bnon ({colour})\b|\b(?:that|which) (?:is|are) not ({colour})\b", "", self.full).strip()
        core, descriptors = split_descriptors(re.sub(r"\s+of (?:the|a|this|that) (?:tower|stack|pile)\b", "", self.full))
        self.text = core
        words = self.text.split()
        self.side = next((SIDES[w] for w in words if w in SIDES), None)
        self.descriptors = []
        for d in descriptors:
            side = re.fullmatch(r"(?:the )?(?:very |far |extreme )?(left|right|top|bottom)(?: hand)?(?: side| end| edge)?"
                                r"(?: of (?:the )?table)?", d[2])
            if side and d[1] in ("on", "at") and not d[0]:
                self.side = "top" if side.group(1) == "top" and d[2] == "top" else side.group(1)
            else:
                self.descriptors.append(d)
        words = [w for w in words if w not in SIDES]
        self.states = [w for w in words if w in STATES]  # 'the loose block', 'the stacked ones'
        words = [w for w in words if w not in STATES]
        self.words = set(words)
        self.colours = [w for w in words if w in COLOURS]
        self.listed = len(self.colours)
        self.kind = "bowl" if self.words & {"bowl", "bowls"} else "block" if self.words & {"block", "blocks"} else None
        self.plural = bool(self.words & {"blocks", "bowls", "ones", "them", "those", "these", "they", "others"})
        self.all = bool(self.words & (ALL_WORDS | {"rest", "remaining", "others", "else", "anything"}))
        self.others = bool(self.words & {"rest", "remaining", "others", "other", "else"})
        self.exactly = bool(self.words & {"exactly", "only"})
        self.count: int | None = None
        lead = [w for w in words if w not in ("the", "of", "just", "only", "exactly", "at", "least")]
        if lead and lead[0] in NUMBERS and lead[0] not in ("both",) and not (lead[0] == "one" and len(lead) == 1):
            self.count = NUMBERS[lead[0]]
        self.any = bool(re.match(r"^(?:a|an|any|some|either|one of|any one of)\b", self.text)) or (
            bool(re.match(r"^one (?:block|of)\b", self.text))
        )
        if self.any:
            number = re.match(r"^(?:any|some|a|an) (\w+)\b", self.text)
            self.count = (NUMBERS[number.group(1)] if number and number.group(1) in NUMBERS and number.group(1) != "one"
                          else 2 if re.match(r"^some (?:blocks|of the blocks|ones)\b", self.text) else 1)
        self.pronoun = next((p for p in ("it", "that one", "this one", "that block", "this block", "the same block",
                                         "that", "this") if self.text == p), None)
        self.them = self.text in ("them", "those", "these", "they", "those blocks", "these blocks", "them all",
                                  "all of them", "both of them", "the same blocks")
        self.unknown = [w for w in words if w not in KNOWN_WORDS and not w.isdigit()]
        spatial = re.search(r"\b(?:left|right|front|back|side)(?: hand)?(?: side)? of\b", self.full)
        if spatial:  # 'the left of the bowl': a spot beside something, which no target names
            self.unknown.append(spatial.group(0))
    def absent(self) -> str | None:
        """'purple elephant' when the phrase names a thing by a noun this world does not have, else None."""
        words = [w for w in self.text.split() if w not in ("the", "a", "an", "any", "some", "my", "that", "this")]
        if (self.unknown and words and words[-1] in self.unknown and len(self.unknown) <= 2 and self.kind is None
                and not set(self.unknown) & SPATIAL_WORDS and len(words) <= 3):
            return " ".join(words)
        return None


def pool(ctx: Context) -> list[str]:
    """Blocks that 'all the blocks' means: everything not already in the bin and not to be left alone."""
    return [b for b in ctx.state.blocks if ctx.state.support[b] != BIN and b not in ctx.kept]


def resolve_blocks(np_: NounPhrase, ctx: Context, excluded: list[str] | None = None, *, plural_default: bool = False,
                   satisfied: Callable[[str], Rel] | None = None, pool_all: bool = False) -> list[str]:
    """The blocks a noun phrase in the object role names; asks (raises `Ambiguous`) when it is unclear."""
    excluded = excluded or []
    state = ctx.state
    exact = [] if np_.descriptors else exact_names(np_.text, ctx.scene)
    if exact:
        bowls = [n for n in exact if n in state.bowls]
        if bowls:
            raise bowl_error(bowls[0], ctx)
        return exact
    if np_.pronoun:
        if not ctx.it:
            raise PlanningError(f"I do not know what {np_.text!r} refers to; name the block, e.g. 'the red block'")
        return ctx.it[:1]
    if np_.them:
        if not (ctx.previous or ctx.it):
            raise PlanningError(f"I do not know what {np_.text!r} refers to; name the blocks")
        return list(ctx.previous or ctx.it)
    if np_.absent():
        raise absent(np_.absent() or "", ctx)
    if np_.unknown:
        raise not_understood(ctx, unknown=np_.unknown)
    if np_.kind == "bowl":
        raise bowl_error(next((o.name for o in ctx.scene.objects if o.kind == "bowl" and (not np_.colours or o.colour in np_.colours)), "bowl"), ctx)
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
    elif pool_all:
        cands = list(state.blocks)
    else:
        cands = pool(ctx)
    if np_.others:
        before = ctx.mentioned or ctx.previous
        cands = [b for b in cands if b not in before]
    cands = [b for b in cands if b not in excluded and state.colours.get(b) not in np_.not_colours]
    cands = narrow([b for b in cands if all(in_state(b, w, state) for w in np_.states)], np_, ctx, "block")
    ctx.understood.append("the object(s) " + (", ".join(cands) or "none"))
    if not cands:
        raise PlanningError(f"no block fits {np_.full!r}" + (f" once {', '.join(excluded)} are left out" if excluded else ""))
    ranked = np_.side in ("left", "right") or any(d[1].startswith(("nearest", "closest", "furthest", "farthest"))
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
        return choose(cands, np_.count, ctx, satisfied)
    if (np_.all or everything or np_.plural or len(np_.colours) > 1
            or (plural_default and np_.kind is None and not np_.colours and not np_.descriptors and not np_.side)):
        return cands
    if len(cands) == 1:
        return cands
    return [disambiguate(cands, "block", ctx)]


def narrow(cands: list[str], np_: NounPhrase, ctx: Context, kind: str) -> list[str]:
    """Keep the candidates that fit the phrase's descriptors ('in a bowl', 'nearest the bin', 'leftmost')."""
    state = ctx.state
    for negated, rel, phrase in np_.descriptors:
        if rel in ("nearest to", "nearest", "closest to", "closest", "next to", "beside", "near", "furthest from",
                   "farthest from", "furthest", "farthest"):
            anchor = _position(phrase, ctx)
            far = rel.startswith(("furthest", "farthest"))
            cands = [c for c in cands if c != anchor[0] and not (c in state.support and state.base(c) == anchor[0])]
            ax, ay = anchor[1]
            cands = _extreme(cands, ctx, lambda p, ax=ax, ay=ay: ((p[0] - ax) ** 2 + (p[1] - ay) ** 2) ** 0.5, far,
                             np_.plural)
            continue
        if rel in ("with", "containing", "holding", "that has", "that holds", "that contains", "which has",
                   "which holds", "which contains"):
            inner = _objects(NounPhrase(phrase), ctx, "block")
            cands = [c for c in cands if any(b in state.support and (state.base(b) == c or state.support[b] == c)
                                             for b in inner) != negated]
            continue
        fits = _relation_filter(rel, phrase, ctx, kind)
        cands = [c for c in cands if fits(c) != negated]
    if np_.side is not None:
        if np_.side in ("top", "bottom") and kind == "block":
            cands = [c for c in cands if tower_end(c, np_.side, state)]
        else:
            axis, sign = {"left": (1, 1.0), "right": (1, -1.0), "top": (0, 1.0), "bottom": (0, -1.0)}[np_.side]
            cands = _extreme(cands, ctx, lambda p: sign * p[axis], False, np_.plural)
    return cands


def _extreme(cands: list[str], ctx: Context, key: Callable[[tuple[float, float, float]], float], far: bool,
             plural: bool) -> list[str]:
    """The candidate with the smallest key (the largest with `far`); every one for a plural phrase, ordered."""
    ranked = sorted(cands, key=lambda c: key(ctx.scene.get(c).position), reverse=far)
    if plural or len(ranked) < 2:
        return ranked
    first, second = (key(ctx.scene.get(c).position) for c in ranked[:2])
    if abs(first - second) < 0.01:  # a tie: let the user choose
        return ranked[:2]
    return ranked[:1]


def _position(phrase: str, ctx: Context) -> tuple[str, tuple[float, float]]:
    """The anchor of 'nearest X': an object's name and position, or a named place."""
    alias = PLACE_ALIASES.get(normalise_name(phrase, ctx.scene.names()), "")
    if alias in PLACES:
        return alias, layout.PLACES[alias]
    if alias == BIN:
        return BIN, layout.BIN_CENTER
    if re.fullmatch(r"(?:the )?(?:robot|gripper|arm|you|me|camera)", phrase):
        return "", (0.0, 0.0)
    if phrase in ("it", "that", "that one", "this one", "this block") and ctx.it:
        o = ctx.scene.get(ctx.it[0])
        return o.name, (o.position[0], o.position[1])
    np_ = NounPhrase(phrase)
    kind = np_.kind or ("block" if any(o.kind == "block" and o.colour in np_.colours for o in ctx.scene.objects)
                        else "bowl")
    names = _objects(np_, ctx, kind)
    if len(names) != 1:
        names = [disambiguate(names, kind, ctx)] if names else []
    if not names:
        raise absent(np_.absent() or phrase.removeprefix("the "), ctx)
    o = ctx.scene.get(names[0])
    return o.name, (o.position[0], o.position[1])


def _objects(np_: NounPhrase, ctx: Context, kind: str) -> list[str]:
    """Objects of `kind` that fit a phrase's colours and descriptors (no question asked)."""
    exact = [] if np_.descriptors else exact_names(np_.text, ctx.scene)
    if exact:
        return exact
    if np_.absent():
        raise absent(np_.absent() or "", ctx)
    if np_.unknown:
        raise not_understood(ctx, unknown=np_.unknown)
    names = [o.name for o in ctx.scene.objects if o.kind == kind and (not np_.colours or o.colour in np_.colours)]
    return narrow(names, np_, ctx, kind)


def _relation_filter(rel: str, phrase: str, ctx: Context, kind: str) -> Callable[[str], bool]:
    """Whether an object is in/on/at/under what `phrase` names ('a bowl', 'the table', 'the red block', 'top')."""
    state = ctx.state
    phrase = re.sub(r"^(?:the|a|an|any|some)\s+", "", phrase)
    if rel in ("from", "out of"):  # 'the block from the bowl': where it is now
        rel = "on" if re.search(r"\bblock\b", phrase) else "in"
    if kind == "bowl":
        if rel in ("on", "at") and phrase in ("left", "right", "left side", "right side", "left hand side", "right hand side"):
            return lambda _c: True  # handled as a side by the caller's phrase
        contents = NounPhrase(phrase)
        inside = _objects(contents, ctx, "block") if contents.kind != "bowl" else []
        return lambda c: any(state.base(b) == c for b in inside if b in state.support)
    if phrase in ("top", "the top", "top of a tower", "top of the tower", "top of the stack"):
        return lambda c: tower_end(c, "top", state)
    if phrase in ("bottom", "bottom of the tower", "bottom of the stack"):
        return lambda c: tower_end(c, "bottom", state)
    alias = PLACE_ALIASES.get(normalise_name(phrase, ctx.scene.names()), "")
    if alias == TABLE:
        return lambda c: holds(Rel("on_table", c), state)
    if alias == BIN:
        return lambda c: state.base(c) == BIN
    if alias in PLACES:
        return lambda c: holds(Rel("at", c, alias), state)
    np_ = NounPhrase(phrase)
    target_kind = np_.kind or ("bowl" if rel in ("in", "inside") else "block")
    if np_.words & {"bowl", "bowls"} or target_kind == "bowl":
        bowls = _objects(np_, ctx, "bowl")
        return lambda c: state.base(c) in bowls and state.support[c] != GRIPPER
    if np_.words & {"tower", "towers", "stack", "stacks", "pile"}:
        return lambda c: state.support[c] in state.support or not state.is_clear(c)
    blocks = _objects(np_, ctx, "block")
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
    return [n for n in scene.names() if re.search(r"\d", n) and re.search(rf"\b{re.escape(n)}\b", text)]


def resolve_target(text: str, prep: str, ctx: Context) -> tuple[str, str]:
    """A target phrase -> (kind, name) with kind in bowl, block, place, bin, table, tower, matching."""
    text = re.sub(r"\s+", " ", text).strip()
    if TOWER_RE.fullmatch(text) or text in ("each other", "one another", "top of each other", "a tower", "a stack"):
        return "tower", ""
    if MATCH_RE.search(text) and re.search(r"\bbowls?\b", text):
        return "matching", ""
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
    if re.fullmatch(r"(?:the |a |one of the |any )?corners?", text):
        raise Ambiguous("Which corner do you mean: " + ", ".join(p for p in PLACES if "corner" in p) + "?")
    np_ = NounPhrase(text)
    exact = [] if np_.descriptors else exact_names(np_.text, ctx.scene)
    if len(exact) == 1:
        kind = ctx.scene.get(exact[0]).kind
        return kind, exact[0]
    if np_.pronoun:
        if not ctx.it:
            raise PlanningError(f"I do not know what {text!r} refers to; name the target")
        return "block", ctx.it[0]
    if np_.absent():
        raise absent(np_.absent() or "", ctx)
    if np_.unknown:
        raise not_understood(ctx, unknown=np_.unknown)
    kind = np_.kind
    if kind is None:
        kinds = {o.kind for o in ctx.scene.objects if not np_.colours or o.colour in np_.colours}
        kind = "bowl" if prep in ("in", "into", "inside", "in to", "inside of") and "bowl" in kinds else (
            "block" if "block" in kinds else "bowl")
    if kind == "bowl" and np_.all and not np_.colours and not np_.descriptors:
        return "each", "bowl"  # 'in every bowl'
    if kind == "block":
        sup = ctx.state.support
        cands = [b for b in ctx.state.blocks if (not np_.colours or ctx.state.colours.get(b) in np_.colours)
                 and sup[b] not in (BIN, GRIPPER)]
    else:
        cands = [o.name for o in ctx.scene.objects if o.kind == "bowl" and (not np_.colours or o.colour in np_.colours)]
    if np_.others:
        cands = [c for c in cands if c not in ctx.mentioned]
    cands = narrow(cands, np_, ctx, kind)
    if not cands:
        what = f"{' '.join(np_.colours)} {kind}".strip()
        have = ", ".join(ctx.state.bowls if kind == "bowl" else ctx.state.blocks) or "none"
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
