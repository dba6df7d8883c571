"""Blocks trading places with what is there now: 'swap X and Y' (each where the other was), 'swap the contents of W and
V', 'put X under Y' (X where Y stands, Y on it). Read by `clause_goals` before the clause reader,
with the scene's symbolic state."""

from __future__ import annotations

import re
from itertools import pairwise

from agent.planners.offline.context import Context
from agent.planners.offline.towers import UNDER_Y_RE, under_parts
from agent.planners.offline.noun_phrases import NounPhrase
from agent.planners.offline.placing import rel_for
from agent.planners.offline.references import resolve_blocks, resolve_target
from agent.planners.offline.tower_references import named_tower
from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel


def _kind(spot: str, ctx: Context) -> str:
    return "table" if spot == TABLE else "bowl" if spot in ctx.state.bowls else "place" if spot in PLACES else "block"


_SWAP_RE = re.compile(r"^(?:swap|switch|exchange|trade|interchange)(?: round| around| over)? (.+?) (?:and|with|for) (.+?)"
                      r"(?: (?:around|round|over|about|places|positions|spots|bowls|their places|their positions))?$")


_CONTENTS_RE = re.compile(r"^(?:swap|switch|exchange|trade|interchange)(?: round| around| over)? (?:the contents of|what is in|the blocks (?:in|of)|everything in|"
                          r"(?:every|each) block in|all (?:of )?the blocks in|all blocks in) (the \w+ bowl) (?:and|with|for) (?:the contents of |what is in |the blocks "
                          r"(?:in|of) |everything in |(?:every|each) block in |all (?:of )?the blocks in |all blocks in )?(the \w+ bowl)(?: around| over| round)?$")


def swapped(text: str, ctx: Context) -> list[Rel] | None:
    """'swap X and Y (around)': each goes where the other is now (one on a bare spot of the table: the other goes on the
    table); 'swap the contents of W and V': each bowl's blocks into the other. None when `text` is no swap. Refused when
    both stand on bare spots, either is held, or one is on the other."""
    if contents := _CONTENTS_RE.match(text):
        w, v = (resolve_target(g, "in", ctx)[1] for g in contents.groups())
        if w not in ctx.state.bowls or v not in ctx.state.bowls or w == v:
            raise PlanningError(f"I can swap what is in two bowls, not {contents[1]!r} and {contents[2]!r}")
        ctx.understood.append(f"the blocks in the {w} and in the {v} swapped")
        return [Rel("in", b, into) for a, into in ((w, v), (v, w)) for b in ctx.state.in_bowl(a)] or [Rel("unchanged", b) for b in ctx.state.blocks]
    m = _SWAP_RE.match(text) or rx(r"^(?:swap|switch|exchange|trade|interchange)(?: round| around| over)? ((?:the|both|those|these) (?:two )?(?:blocks|ones)"
                                         r"(?: [\w ]+?)?)(?: around| round| over| places| bowls)?$").match(text)
    if m is None:
        return None
    if m.lastindex == 1:  # 'swap the two blocks that are in bowls'
        pair = resolve_blocks(NounPhrase(m.group(1)), ctx)
        if len(pair) != 2:
            raise PlanningError(f"I can swap two blocks; {m.group(1)!r} are {len(pair)} here")
        x, y = pair
    else:
        xs, ys = resolve_blocks(NounPhrase(m.group(1)), ctx), resolve_blocks(NounPhrase(m.group(2)), ctx)
        if len(xs) != 1 or len(ys) != 1:
            raise PlanningError("I can swap one block with another, or what is in one bowl with what is in another ('swap the contents of the red bowl and "
                                "the blue bowl')")
        (x,), (y,) = xs, ys
    sx, sy = ctx.state.support[x], ctx.state.support[y]
    for block, spot in ((x, sx), (y, sy)):
        if spot in (GRIPPER, BIN) or spot in (x, y) or (spot == TABLE and sx == sy):
            raise PlanningError(f"I cannot swap the {x} and the {y}: the {block} is "
                                f"{'on the other one' if spot in (x, y) else f'on the {spot}' if spot != BIN else 'in the bin'}, "
                                "not in a bowl, on a block or at a named place")
    kind = {s: _kind(s, ctx) for s in (sx, sy)}
    ctx.understood.append(f"swap the {x} and the {y}")
    return [rel_for(x, (kind[sy], sy)), rel_for(y, (kind[sx], sx))] + [  # off a place onto the bare table: not at that place still
        Rel("at", b, old, negated=True) for b, old, new in ((x, sx, sy), (y, sy, sx)) if kind[old] == "place" and kind[new] == "table"]


def slipped(text: str, ctx: Context) -> list[Rel] | None:
    """'put X under Y' (`forms` says it 'slipunder X to Y'): X goes where Y stands now and Y onto it, so Y's stack,
    bowl or place stays where it was ('X under Y' said terse after another step too); None when `text` is no such request."""
    under = under_parts(f"put {text}" if rx(r"the \w+ (?:block|one|cube) (?:underneath|under|beneath|below) the ").match(text) else text)
    if under is None or not UNDER_Y_RE.search(under[2]):
        return None
    x_np, _, y_np = under
    (x,) = resolve_blocks(NounPhrase(x_np), ctx)[:1]
    if tower := rx(r"(?:both blocks of |all the blocks of |the whole |all of )?(?:the|that|this|its) (?:whole )?(?:stack|tower|pile)\b.*").fullmatch(y_np):
        y = named_tower(tower[0], ctx)[0]  # 'under the whole stack': under its bottom block
    elif both := rx(r"both (.+?) and (.+)").fullmatch(y_np):
        pair = [resolve_blocks(NounPhrase(p), ctx)[0] for p in both.groups()]
        y = next(b for b in pair if ctx.state.support[b] not in pair)
    else:
        (y,) = resolve_blocks(NounPhrase(y_np), ctx)[:1]
    if x == y:
        raise PlanningError(f"I cannot put the {x} under itself")
    spot = ctx.state.support[y]
    ctx.understood.append(f"the {x} under the {y}")
    if spot == x:  # already under it
        return [Rel("on", y, x)]
    if spot in (GRIPPER, BIN):
        raise PlanningError(f"I cannot put a block under the {y}: it is {'in the bin' if spot == BIN else 'held'}")
    stack = [y, *ctx.state.above(y)[::-1]]  # what stands on Y stays on it
    return [rel_for(x, (_kind(spot, ctx), spot)), Rel("on", y, x)] + [Rel("on", up, down) for down, up in pairwise(stack)]


def exchanged(text: str, ctx: Context) -> tuple[str, list[Rel]] | None:
    """The clause's verb and relations when it swaps or slips a block under another; None for any other clause."""
    if (swap := swapped(text, ctx)) is not None:
        return "swap", swap
    return None if (slip := slipped(text, ctx)) is None else ("put", slip)
