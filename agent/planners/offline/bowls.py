"""Choosing bowls for blocks when the words do not name one: each in some bowl ('every block in a bowl'), each in a
different one ('in different bowls'), one bowl shared ('X and Y into the same bowl'), or, for a block that must stay off
the table, its bowl, another bowl or the bin; and blocks kept apart ('separate X and Y'). Used by `placing` and
`clause_goals`."""

from __future__ import annotations

from agent.planners.offline.context import Context
from agent.planners.offline.noun_phrases import NounPhrase
from agent.planners.offline.references import resolve_blocks
from agent.regex import rx
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, GRIPPER
from sim.core.relations import Rel


def some_bowl(blocks: list[str], ctx: Context) -> list[Rel]:
    """'every block should be in a bowl': each block in some bowl, not all in one. A block already in a bowl stays
    there; the others fill the bowls with room, the emptiest first."""
    state = ctx.state
    load = {w: len(state.in_bowl(w)) for w in state.bowls}
    barred = set(rx(r"\b(?:not(?:put)?|never|nothing)\b[\w ]*? (?:in|into) the (\w+ bowl)").findall(ctx.later))  # '..., and do not put anything in W'
    home = {b: state.base(b) for b in blocks if state.base(b) in state.bowls and state.support[b] != GRIPPER
            and state.base(b) not in ctx.vacated}  # 'take X out of W, but not onto the table': another bowl
    for b in blocks:
        if b in home:
            continue
        room = sorted((w for w in state.bowls if load[w] < layout.BOWL_CAPACITY and w not in ctx.kept_bowls
                       and w not in ctx.not_targets and w not in ctx.vacated and w not in barred), key=lambda w: load[w])
        if not room:
            raise PlanningError(f"{len(blocks)} blocks do not fit in the bowls ({', '.join(state.bowls) or 'none'}: "
                                f"{layout.BOWL_CAPACITY} blocks each)")
        home[b], load[room[0]] = room[0], load[room[0]] + 1
    ctx.understood.append("each in a bowl")
    return [Rel("in", b, home[b]) for b in blocks]


def distinct_bowls(blocks: list[str], ctx: Context) -> list[Rel]:
    """'put the red and blue blocks in different bowls': no two of them in one bowl. A block alone (of these) in a
    bowl stays there; the others go to the bowls holding the fewest blocks. Other blocks are not moved."""
    state = ctx.state
    if len(blocks) > len(state.bowls):
        raise PlanningError(f"{len(blocks)} blocks cannot each go in a different bowl: there are {len(state.bowls)} bowls "
                            f"({', '.join(state.bowls) or 'none'})")
    home: dict[str, str] = {}
    for b in blocks:
        w = state.base(b)
        if w in state.bowls and w not in home.values() and state.support[b] != GRIPPER:
            home[b] = w
    free = sorted((w for w in state.bowls if w not in home.values()), key=lambda w: len(state.in_bowl(w)))
    for b in blocks:
        if b not in home:
            home[b] = free.pop(0)
    ctx.understood.append("each in a different bowl")
    return [Rel("in", b, home[b]) for b in blocks]


def shared_bowl(obj_text: str, ctx: Context) -> str:
    """The one bowl several blocks should share: the one already holding most of them that has room for the rest."""
    blocks = resolve_blocks(NounPhrase(obj_text), ctx, pool_all=True, plural_default=True)
    state = ctx.state

    def missing(bowl: str) -> int:
        return sum(state.base(b) != bowl for b in blocks)

    ruled_out = [*ctx.not_targets, *(n[4:] for n in rx(r"\bnot(?:put [\w ]+?| (?:be )?)(?:in|into) (the \w+ bowl)").findall(ctx.later))]  # "..., not in W"
    fits = [w for w in state.bowls if len(state.in_bowl(w)) + missing(w) <= layout.BOWL_CAPACITY and w not in ruled_out]
    if not fits:
        raise PlanningError(f"no bowl has room for {', '.join(blocks)} together (a bowl holds "
                            f"{layout.BOWL_CAPACITY} blocks)")
    return min(fits, key=missing)


def off_table(block: str, ctx: Context) -> list[Rel]:
    """Where a block that must not be on the table (nor on a tower there) stays: where it was put, the bowl or the bin
    it is in, or, told out of its bowl, another bowl with room (else the bin)."""
    base = ctx.state.base(block)
    if block in ctx.placed:
        return [Rel("on_table", block, negated=True)]
    if base not in ctx.vacated:
        return [Rel("in_bin", block) if base == BIN else Rel("in", block, base)]
    try:
        return some_bowl([block], ctx)
    except PlanningError:
        return [Rel("in_bin", block)]


def apart(blocks: list[str], ctx: Context, bowls: bool = True, towers: bool = True) -> list[Rel]:
    """'separate X and Y', 'X and Y can't share a bowl / be in one stack': no two of them in one bowl (`bowls`) or one
    tower (`towers`). A block left alone stays, else the lowest; a block sharing a bowl or a tower with one that stays goes to the table."""
    state = ctx.state

    def together(a: str, b: str) -> bool:
        return (bowls and state.base(a) == state.base(b) and state.base(a) in state.bowls
                or towers and (a in state.above(b) or b in state.above(a)))

    stay: list[str] = []
    rels: list[Rel] = []
    for b in sorted(blocks, key=lambda b: (b not in ctx.kept, -len(state.above(b)))):  # a block left alone stays, then the lowest
        if any(together(b, k) for k in stay):
            rels.append(Rel("on_table", b))
        else:
            stay.append(b)
    ctx.understood.append(f"{', '.join(blocks)} apart")
    return rels


def left_in(excluded: str | None, obj_text: str, rels: list[Rel], ctx: Context) -> list[Rel]:
    """'Bin everything in W except X': X, left out of W's load, stays in W, put back there when what is under it goes
    (never put in W when it was not there; nothing for 'take the block in W other than X', a block held)."""
    bowl = rx(r"\b(?:in|inside|from|out of) the (\w+ bowl)\b").search(obj_text)
    if not excluded or bowl is None or (w := bowl[1]) not in ctx.state.bowls or any(r.rel == "held" for r in rels):
        return []
    said = {r.args[0] for r in rels}
    return [Rel("in", b, w) for b in ctx.state.blocks if rx(rf"\bthe {b}\b").search(excluded) and ctx.state.base(b) == w and b not in said]
