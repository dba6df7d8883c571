"""Optimal blocks-world planning: A* over what rests on what, counting primitive steps (pick = place = 1).

A move picks a clear block and places it (2 steps); a block already in the gripper is only placed (1 step);
a goal `held(b)` ends with one pick. The heuristic is admissible: every block that must move costs its steps
(a block moves when its own relation fails, when something under it moves, or when it sits where another
block must go), plus one more move for a block that must leave a tower whose lower blocks its goal tower
needs first (a deadlock). Moves are pruned without losing optimality: no block moves twice in a row, and
with positive goals a block goes only to the table or to a place its goal names (the table never obstructs).
A known plan (the fast greedy planner's) bounds the search; when the heuristic already equals its length,
it is optimal and no search runs.
"""

from __future__ import annotations

import heapq
import itertools
import time
from dataclasses import dataclass

from agent.primitives import Pick, Place
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

Steps = list[Pick | Place]
_HOLD = -1  # the gripper's code
_FULL = {"tower"}  # relations whose optimal plans may stack anywhere
_POSITIONAL = ("on", "in", "at", "in_bin", "on_table")


@dataclass
class _Problem:
    """The goal compiled to integer codes: blocks 0..n-1, then bowls, table, bin, places."""

    names: list[str]
    n: int
    bowls: range
    table: int
    bin: int
    places: range
    goal: list[Rel]
    pos: dict[int, tuple[str, int]]  # block -> its positive relation ("on"/"in"/"at"/"in_bin"/"on_table", code)
    neg: dict[int, list[tuple[str, int]]]  # block -> positional relations it must not be in
    held: int | None  # the block a `held` goal wants in the gripper
    clear: set[int]
    fixed: set[int]  # blocks that must not move ("unchanged")
    wanted_under: dict[int, int]  # block -> the block that must rest on it
    full: bool  # consider every destination (negated on_table/clear/unchanged, towers in any order)

    def code(self, name: str) -> int:
        return self.names.index(name)


def _compile(state: SymState, goal: list[Rel]) -> tuple[_Problem, tuple[int, ...]]:
    blocks, bowls = state.blocks, state.bowls
    n = len(blocks)
    names = [*blocks, *bowls, TABLE, BIN, *PLACES]
    table, bin_ = n + len(bowls), n + len(bowls) + 1
    codes = {nm: i for i, nm in enumerate(names)}
    codes[GRIPPER] = _HOLD
    start = tuple(codes[state.support[b]] for b in blocks)
    expanded: list[Rel] = []
    for r in goal:
        if r.rel == "stacked" and not r.negated:
            expanded += [Rel("on_table", r.args[0])] + [Rel("on", t, b) for b, t in zip(r.args, r.args[1:])]
        else:
            expanded.append(r)
    p = _Problem(names, n, range(n, n + len(bowls)), table, bin_, range(bin_ + 1, len(names)), expanded,
                 {}, {}, None, set(), set(), {}, False)
    for r in expanded:
        b = codes[r.block]
        if r.rel in _FULL or r.rel == "stacked" or (r.negated and r.rel in ("on_table", "clear", "unchanged")):
            p.full = True
        if r.rel == "unchanged" and not r.negated:
            p.fixed.add(b)
        elif r.rel == "held" and not r.negated:
            p.held = b
        elif r.rel == "clear" and not r.negated:
            p.clear.add(b)
        elif r.rel in _POSITIONAL:
            t = codes[r.target] if r.target else (bin_ if r.rel == "in_bin" else table)
            if r.negated:
                p.neg.setdefault(b, []).append((r.rel, t))
            else:
                p.pos[b] = (r.rel, t)
                if r.rel == "on":
                    p.wanted_under[t] = b
    return p, start


def _base(s: tuple[int, ...], b: int, n: int) -> int:
    x = s[b]
    while 0 <= x < n:
        x = s[x]
    return x


def _positional(p: _Problem, s: tuple[int, ...], b: int, rel: str, t: int) -> bool:
    sup = s[b]
    if sup == _HOLD:
        return False
    if rel == "on":
        return sup == t
    if rel == "on_table":
        return sup == p.table or sup in p.places
    return _base(s, b, p.n) == t  # in, at, in_bin


def _satisfied(p: _Problem, s: tuple[int, ...], start: tuple[int, ...]) -> bool:
    for r in p.goal:
        if not _holds(p, s, start, r):
            return False
    return True


def _holds(p: _Problem, s: tuple[int, ...], start: tuple[int, ...], r: Rel) -> bool:
    if r.rel in _POSITIONAL:
        b = p.code(r.block)
        t = p.code(r.target) if r.target else (p.bin if r.rel == "in_bin" else p.table)
        return _positional(p, s, b, r.rel, t) != r.negated
    if r.rel == "unchanged":
        return (s[p.code(r.block)] == start[p.code(r.block)]) != r.negated
    support = {p.names[i]: (GRIPPER if x == _HOLD else p.names[x]) for i, x in enumerate(s)}
    return holds(r, SymState(support, [p.names[w] for w in p.bowls]))


def _heuristic(p: _Problem, s: tuple[int, ...]) -> float:
    """A lower bound on the steps still needed (inf when a block that must move is fixed)."""
    n = p.n
    must: list[bool | None] = [None] * n

    def needs(b: int) -> bool:
        if must[b] is not None:
            return bool(must[b])
        must[b] = False
        sup = s[b]
        m = b == p.held and sup != _HOLD
        goal = p.pos.get(b)
        if goal is not None and not _positional(p, s, b, *goal):
            m = True
        if not m and any(_positional(p, s, b, rel, t) for rel, t in p.neg.get(b, ())):
            m = True
        if not m and 0 <= sup < n:
            m = (sup in p.wanted_under and p.wanted_under[sup] != b) or sup in p.clear or needs(sup)
        must[b] = m
        return m

    h = 0.0
    for b in range(n):
        sup = s[b]
        if sup == _HOLD:
            h += 0 if b == p.held else 1
            continue
        if not needs(b):
            continue
        if b in p.fixed:
            return float("inf")
        if b == p.held:
            h += 1
            continue
        h += 2
        goal = p.pos.get(b)
        if goal is not None and goal[0] == "on" and 0 <= sup < n:  # deadlock: its goal tower needs a block under it
            below = set()
            x = sup
            while 0 <= x < n:
                below.add(x)
                x = s[x]
            t = goal[1]
            seen = {b}
            while 0 <= t < n and t not in seen:
                seen.add(t)
                if t in below and needs(t):
                    h += 2
                    break
                nxt = p.pos.get(t)
                t = nxt[1] if nxt is not None and nxt[0] == "on" else -2
    return h


def _moves(p: _Problem, s: tuple[int, ...], last: int) -> list[tuple[int, int, int]]:
    """(block, destination, cost) for each allowed move; destination _HOLD is the final pick of a `held` goal."""
    n = p.n
    occupied = set(s)
    held = next((b for b in range(n) if s[b] == _HOLD), None)
    movers = [held] if held is not None else [b for b in range(n) if b not in occupied and b != last]
    out = []
    for b in movers:
        if b in p.fixed:
            continue
        cost = 1 if b == held else 2
        if b == p.held and held is None:
            out.append((b, _HOLD, 1))
        if p.full:
            dests = [*range(n), *p.bowls, p.table, p.bin, *p.places]
        else:
            dests = [p.table]
            goal = p.pos.get(b)
            if goal is not None:
                rel, t = goal
                if rel in ("in", "at"):
                    dests += [t] + [c for c in range(n) if c not in occupied and c != b and _base(s, c, n) == t]
                elif rel != "on_table":
                    dests.append(t)
        for d in dests:
            if d == s[b] or d == b:
                continue
            if d < n:
                if d in occupied or s[d] in (_HOLD, p.bin):
                    continue
            elif d in p.bowls and s.count(d) >= layout.BOWL_CAPACITY:
                continue
            out.append((b, d, cost))
    return out


def _apply(s: tuple[int, ...], b: int, d: int) -> tuple[int, ...]:
    return s[:b] + (d,) + s[b + 1:]


def _steps(p: _Problem, path: list[tuple[int, int]], s: tuple[int, ...]) -> Steps:
    out: Steps = []
    for b, d in path:
        if s[b] != _HOLD:
            out.append(Pick(object=p.names[b]))
        if d != _HOLD:
            out.append(Place(target=p.names[d]))
        s = _apply(s, b, d)
    return out


def _cost(steps: Steps) -> int:
    return len(steps)


def optimal_moves(state: SymState, goal: list[Rel], budget_s: float | None = 2.0, known: Steps | None = None) -> Steps:
    """The shortest pick/place sequence from `state` to `goal`; `known` is any valid plan (an upper bound).

    Raises `PlanningError` when no plan exists or the search runs past `budget_s` seconds (None: no limit).
    """
    p, start = _compile(state, goal)
    h0 = _heuristic(p, start)
    if _satisfied(p, start, start):
        return []
    if known is not None and _cost(known) <= h0:
        return known
    bound = _cost(known) if known is not None else float("inf")
    deadline = None if budget_s is None else time.monotonic() + budget_s
    tie = itertools.count()
    frontier = [(h0, 0, next(tie), start, -1)]
    best = {start: 0}
    parent: dict[tuple[int, ...], tuple[tuple[int, ...], int, int]] = {}
    expanded = 0
    while frontier:
        _, neg_g, _, s, last = heapq.heappop(frontier)
        g = -neg_g
        if g > best.get(s, g):
            continue
        if _satisfied(p, s, start):
            path = []
            while s in parent:
                s, b, d = parent[s]
                path.append((b, d))
            return _steps(p, path[::-1], start)
        expanded += 1
        if deadline is not None and expanded % 128 == 0 and time.monotonic() > deadline:
            raise PlanningError(
                f"planning ran past its budget of {budget_s:g} s ({p.n} blocks, {len(goal)} goal relations); "
                "ask for fewer things at once"
            )
        for b, d, cost in _moves(p, s, last):
            t = _apply(s, b, d)
            g2 = g + cost
            if g2 >= best.get(t, bound):
                continue
            h = _heuristic(p, t)
            if g2 + h >= bound:
                continue
            best[t] = g2
            parent[t] = (s, b, d)
            heapq.heappush(frontier, (g2 + h, -g2, next(tie), t, b))
    if known is not None:
        return known
    kept = [p.names[b] for b in sorted(p.fixed)]
    without = f" without moving the {', the '.join(kept)}" if kept else ""
    raise PlanningError("no sequence of moves reaches " + "; ".join(r.describe() for r in goal) + without)
