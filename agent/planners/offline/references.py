"""Reference resolution: noun phrases -> the scene's objects.

Colours, kinds, plurals, all/every/each, counts ('two blocks', 'any block'), exclusions, exact
names, pronouns ('it', 'them') and 'the others'. A phrase that fits several objects equally is
settled by an earlier answer of the user, or becomes a question (`Ambiguous`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.context import Ambiguous, Context, bowl_error, not_understood
from agent.planners.offline.words import ALL_WORDS, KNOWN_WORDS, MATCH_RE, NUMBERS, TOWER_RE, clean_text
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, COLOURS, GRIPPER, PLACE_ALIASES, PLACES, TABLE, normalise_name
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds


class NounPhrase:
    """The features of a noun phrase: colours, kind, number, quantifier, pronoun, exact names."""

    def __init__(self, text: str) -> None:
        self.text = text.strip()
        words = self.text.split()
        self.words = set(words)
        self.colours = [w for w in words if w in COLOURS]
        self.listed = len(self.colours)
        self.kind = "bowl" if self.words & {"bowl", "bowls"} else "block" if self.words & {"block", "blocks"} else None
        self.plural = bool(self.words & {"blocks", "bowls", "ones", "them", "those", "these", "they", "others"})
        self.all = bool(self.words & (ALL_WORDS | {"rest", "remaining", "others"}))
        self.count: int | None = None
        lead = [w for w in words if w not in ("the", "of", "just", "only", "exactly")]
        if lead and lead[0] in NUMBERS and lead[0] not in ("both",) and not (lead[0] == "one" and len(lead) == 1):
            self.count = NUMBERS[lead[0]]
        self.any = bool(re.match(r"^(?:a|an|any|some|either|one of|any one of)\b", self.text)) or (
            bool(re.match(r"^one (?:block|of)\b", self.text))
        )
        if self.any:
            self.count = 1
        self.pronoun = next((p for p in ("it", "that one", "this one", "that block", "this block", "the same block",
                                         "that", "this") if self.text == p), None)
        self.them = self.text in ("them", "those", "these", "they", "those blocks", "these blocks", "them all",
                                  "all of them", "both of them", "the same blocks")
        self.unknown = [w for w in words if w not in KNOWN_WORDS and not w.isdigit()]


def pool(ctx: Context) -> list[str]:
    """Blocks that 'all the blocks' means: everything not already in the bin."""
    return [b for b in ctx.state.blocks if ctx.state.support[b] != BIN]


def resolve_blocks(np_: NounPhrase, ctx: Context, excluded: list[str] | None = None, *, plural_default: bool = False,
                    satisfied: Callable[[str], Rel] | None = None, pool_all: bool = False) -> list[str]:
    """The blocks a noun phrase in the object role names; asks (raises `Ambiguous`) when it is unclear."""
    excluded = excluded or []
    state = ctx.state
    exact = exact_names(np_.text, ctx.scene)
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
        if not ctx.it:
            raise PlanningError(f"I do not know what {np_.text!r} refers to; name the blocks")
        return list(ctx.it)
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
    cands = [b for b in cands if b not in excluded]
    ctx.understood.append("the object(s) " + (", ".join(cands) or "none"))
    if not cands:
        raise PlanningError(f"no block fits {np_.text!r}" + (f" once {', '.join(excluded)} are left out" if excluded else ""))
    if np_.count is not None and not np_.all:
        if np_.count > len(cands):
            raise PlanningError(f"asked for {np_.count} blocks, but only {len(cands)} fit: {', '.join(cands)}")
        return _choose(cands, np_.count, ctx, satisfied)
    if np_.all or everything or np_.plural or len(np_.colours) > 1 or (plural_default and np_.kind is None and not np_.colours):
        return cands
    if len(cands) == 1:
        return cands
    return [_disambiguate(cands, "block", ctx)]


def _choose(cands: list[str], n: int, ctx: Context, satisfied: Callable[[str], Rel] | None) -> list[str]:
    """Pick n of the candidates deterministically: ones already in place first, then the easiest to reach."""
    state = ctx.state

    def key(b: str) -> tuple[int, int, int, int]:
        done = int(satisfied is not None and holds(satisfied(b), state))
        return (-done, len(state.above(b)), int(state.support[b] != TABLE), cands.index(b))

    return sorted(cands, key=key)[:n]


def _disambiguate(cands: list[str], what: str, ctx: Context) -> str:
    """Use an earlier answer of the user if it picks one candidate, else ask."""
    for answer in ctx.answers:
        picked = _pick_by_answer(answer, cands, ctx)
        if picked is not None:
            return picked
    listed = ", ".join(f"the {c}" for c in cands[:-1]) + f" or the {cands[-1]}"
    raise Ambiguous(f"Which {what} do you mean: {listed}?")


def _pick_by_answer(answer: str, cands: list[str], ctx: Context) -> str | None:
    text = clean_text(answer)
    exact = [c for c in cands if re.search(rf"\b{re.escape(c)}\b", text)]
    if len(exact) == 1:
        return exact[0]
    colours = [w for w in text.split() if w in COLOURS]
    by_colour = [c for c in cands if ctx.state.colours.get(c) in colours]
    if len(by_colour) == 1:
        return by_colour[0]
    if re.search(r"\b(?:any|whichever|either|you choose|you pick|doesn t matter|don t care)\b", text):
        return cands[0]
    return None


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
    exact = exact_names(text, ctx.scene)
    if len(exact) == 1:
        kind = ctx.scene.get(exact[0]).kind
        return kind, exact[0]
    if np_.pronoun:
        if not ctx.it:
            raise PlanningError(f"I do not know what {text!r} refers to; name the target")
        return "block", ctx.it[0]
    if np_.unknown:
        raise not_understood(ctx, unknown=np_.unknown)
    kind = np_.kind
    if kind is None:
        kinds = {o.kind for o in ctx.scene.objects if not np_.colours or o.colour in np_.colours}
        kind = "bowl" if prep in ("in", "into", "inside", "in to", "inside of") and "bowl" in kinds else (
            "block" if "block" in kinds else "bowl")
    if kind == "block":
        sup = ctx.state.support
        cands = [b for b in ctx.state.blocks if (not np_.colours or ctx.state.colours.get(b) in np_.colours)
                 and sup[b] not in (BIN, GRIPPER)]
    else:
        cands = [o.name for o in ctx.scene.objects if o.kind == "bowl" and (not np_.colours or o.colour in np_.colours)]
    if not cands:
        what = f"{' '.join(np_.colours)} {kind}".strip()
        have = ", ".join(ctx.state.bowls if kind == "bowl" else ctx.state.blocks) or "none"
        raise PlanningError(f"there is no {what} on the table to use as a target; {kind}s: {have}")
    if len(cands) == 1:
        name = cands[0]
    elif np_.any or np_.count == 1:
        room = [c for c in cands if kind != "bowl" or sum(s == c for s in ctx.state.support.values()) < layout.BOWL_CAPACITY]
        name = (room or cands)[0]
    else:
        name = _disambiguate(cands, kind, ctx)
    ctx.understood.append(f"the target {name}")
    return kind, name

