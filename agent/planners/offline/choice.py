"""Choosing among candidates: n of several that fit ('two blocks'), or one that the user names in an answer, else a
question (`Ambiguous`); the one tower the words describe ('the tower with the red block on top'). Used by `references`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.context import Ambiguous, Context, stacks
from agent.planners.offline.phrasing import clean_text
from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, COLOURS, TABLE
from sim.core.relations import Rel


def choose(cands: list[str], n: int, ctx: Context, satisfied: Callable[[str], Rel] | None) -> list[str]:
    """Pick n of the candidates deterministically: never one a later clause spares or an earlier one puts somewhere if
    others will do, then ones already in place, then the easiest to reach."""
    state = ctx.state

    later = ctx.later or ""

    def key(b: str) -> tuple[int, int, int, int, int, int]:
        here = b in ctx.placed and satisfied is not None and (b in (ctx.group or ctx.it) and satisfied(b).args[1:] == (ctx.destination,) or any(
            r.block == b for r in ctx.put) and ctx.now_at(satisfied(b)))  # put there by an earlier clause
        done = int(here or (satisfied is not None and ctx.now_at(satisfied(b))))  # 'put two in W; exactly two should be in it'
        spared = int(b in ctx.kept or bool(rx(rf"\b(?:notput|leavebe|leave|keep) (?:the )?{b}\b|\b(?:the )?{b} (?:stays|should stay|must stay|is "
                                                      rf"to stay|is not|should not|must not)\b|\b(?:the )?{b} out of\b").search(later)))  # 'bin two blocks, not X'
        return (spared, int(b in ctx.placed and not here), -done, len(state.above(b)), int(state.support[b] != TABLE), cands.index(b))

    return sorted(cands, key=key)[:n]


def both(cands: list[str], said: str, ctx: Context) -> list[str]:
    """'both' names two blocks: the two that fit, else the last two named that fit ('put X on Y; both should go in W');
    never every block, and a refusal when no two are meant."""
    if len(cands) == 2:
        return cands
    if len(named := [b for b in ctx.mentioned if b in cands][-2:]) == 2:
        return named
    raise PlanningError(f"I do not know which two blocks {said!r} means; name them, e.g. 'the red block and the blue block'")


def container(ctx: Context) -> tuple[str, str]:
    """What 'in it' means after a block was named, since nothing goes in a block: the bowl the last clause put a block in
    or took blocks out of ('put X in W; two blocks should be in it'), else the one container the message names ('I don't
    want X in the bin, but the other blocks can go in it'); else a refusal that says so, never the block."""
    if bowl := ctx.destination if ctx.destination in ctx.state.bowls else (ctx.vacated or [None])[-1]:
        return "bowl", bowl
    named = [n for n in (*ctx.state.bowls, BIN) if rx(rf"\b{n}\b").search(ctx.instruction.lower())]
    if len(named) == 1:
        return ("bin" if named[0] == BIN else "bowl"), named[0]
    raise PlanningError(f"'in it' cannot mean the {ctx.it[0]} (nothing goes in a block); say which bowl, or the bin")


def disambiguate(cands: list[str], what: str, ctx: Context) -> str:
    """Use an earlier answer of the user if it picks one candidate, else ask."""
    for answer in ctx.answers:
        picked = pick_by_answer(answer, cands, ctx)
        if picked is not None:
            return picked
    named = [c for c in cands if rx(rf"\b{re.escape(c)}\b").search(ctx.instruction.lower())]
    if what == "bowl" and len(named) == 1:  # '... in the cyan bowl. Oh wait: the blue one goes in the bowl': the one named
        return named[0]
    listed = ", ".join(f"the {c}" for c in cands[:-1]) + f" or the {cands[-1]}"
    raise Ambiguous(f"Which {what} do you mean: {listed}?")


def pick_by_answer(answer: str, cands: list[str], ctx: Context) -> str | None:
    text = clean_text(answer)
    exact = [c for c in cands if rx(rf"\b{re.escape(c)}\b").search(text)]
    if len(exact) == 1:
        return exact[0]
    colours = [w for w in text.split() if w in COLOURS]
    by_colour = [c for c in cands if ctx.state.colours.get(c) in colours]
    if len(by_colour) == 1:
        return by_colour[0]
    if rx(r"\b(?:any|whichever|either|you choose|you pick|doesn t matter|don t care)\b").search(text):
        return cands[0]
    return None


def tower_top(ctx: Context, described: str = "") -> str:
    """The top block of the only tower (two or more blocks stacked) that fits `described` ('with the red block on top',
    'that has the blue block in it'); asks which when several fit."""
    return tower_of(ctx, described)[-1]


def tower_of(ctx: Context, described: str = "") -> list[str]:
    """The only tower (bottom first) that fits `described` (see `tower_top`); asks which when several fit."""
    if ctx.stacked and not rx(rf"\b(?:{'|'.join(COLOURS)})\b").search(described):  # 'stack X on Y, then move that tower': that one
        under, tower = dict(ctx.stacked), [ctx.stacked[-1][0]]
        while (below := under.get(tower[0], ctx.state.support.get(tower[0]))) in ctx.state.support and below not in tower:
            tower.insert(0, below)
        return tower
    towers = stacks(ctx.state)
    if not towers:
        raise PlanningError("there is no tower on the table (no block stands on another); say which block to put it on")
    for colour in rx(rf"\b(?:{'|'.join(COLOURS)})\b").findall(described):
        end = rx(rf"\b{colour}(?: block| one)? (?:is |sits )?(?:on (?:the )?top|at the top|(?:at|on) the "
                        r"(bottom|base))\b").search(described)
        at = None if end is None else 0 if end.group(1) else -1
        towers = [t for t in towers if any(ctx.state.colours.get(b) == colour for b in (t if at is None else [t[at]]))]
        if not towers:
            raise PlanningError(f"no tower fits {described!r}; towers (bottom first): " + "; ".join(
                ", ".join(t) for t in stacks(ctx.state)))
    for answer in ctx.answers if len(towers) > 1 else []:
        picked = [t for t in towers if pick_by_answer(answer, t, ctx)]
        if len(picked) == 1:
            return picked[0]
    if len(towers) > 1:
        listed = " or ".join(f"the one with the {t[-1]} on top" for t in towers)
        raise Ambiguous(f"Which tower do you mean: {listed}?")
    return towers[0]
