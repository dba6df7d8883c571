"""Choosing among candidates: n of several that fit ('two blocks'), or one that the user names in an answer, else a
question (`Ambiguous`). Used by `references`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.context import Ambiguous, Context
from agent.planners.offline.phrasing import clean_text
from sim.core.lexicon import COLOURS, TABLE
from sim.core.relations import Rel, holds


def choose(cands: list[str], n: int, ctx: Context, satisfied: Callable[[str], Rel] | None) -> list[str]:
    """Pick n of the candidates deterministically: never one a later clause spares or an earlier one puts somewhere if
    others will do, then ones already in place, then the easiest to reach."""
    state = ctx.state

    later = ctx.later or ""

    def key(b: str) -> tuple[int, int, int, int, int, int]:
        here = b in ctx.placed and b in (ctx.group or ctx.it) and satisfied is not None and satisfied(b).args[1:] == (ctx.destination,)
        done = int(here or (satisfied is not None and holds(satisfied(b), state)))  # 'put two in W; exactly two should be in it'
        spared = int(b in ctx.kept or bool(re.search(rf"\b(?:notput|leavebe|leave|keep) (?:the )?{b}\b|\b(?:the )?{b} (?:stays|should stay|must stay|is "
                                                      rf"to stay|is not|should not|must not)\b|\b(?:the )?{b} out of\b", later)))  # 'bin two blocks, not X'
        return (spared, int(b in ctx.placed and not here), -done, len(state.above(b)), int(state.support[b] != TABLE), cands.index(b))

    return sorted(cands, key=key)[:n]


def disambiguate(cands: list[str], what: str, ctx: Context) -> str:
    """Use an earlier answer of the user if it picks one candidate, else ask."""
    for answer in ctx.answers:
        picked = pick_by_answer(answer, cands, ctx)
        if picked is not None:
            return picked
    named = [c for c in cands if re.search(rf"\b{re.escape(c)}\b", ctx.instruction.lower())]
    if what == "bowl" and len(named) == 1:  # '... in the cyan bowl. Oh wait: the blue one goes in the bowl': the one named
        return named[0]
    listed = ", ".join(f"the {c}" for c in cands[:-1]) + f" or the {cands[-1]}"
    raise Ambiguous(f"Which {what} do you mean: {listed}?")


def pick_by_answer(answer: str, cands: list[str], ctx: Context) -> str | None:
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
