"""A blocks-world planner that reaches goals stated as relations (`sim.core.relations.Rel`) on the symbolic table.

`plan_moves` returns a shortest plan: the goal is checked for consistency (`check_goal`), the classic
near-optimal strategy below gives a plan in O(n^3) (move a block straight to its final position whenever
that position is ready; otherwise move a misplaced or obstructing block from the top of a tower to the
table), and the optimal search (`search.optimal_moves`) improves on it or proves it shortest.
"""

from __future__ import annotations

from agent.planners.offline.search import optimal_moves
from agent.primitives import Pick, Place
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.goal import merge
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


def check_goal(goal: list[Rel], state: SymState) -> None:
    """Raise `PlanningError` when the relations cannot all hold at once in this world."""
    by_block: dict[str, Rel] = {}
    on_target: dict[str, str] = {}
    per_bowl: dict[str, list[str]] = {}
    names = set(state.targets())
    for r in goal:
        unknown = [a for a in r.args if a not in names]
        if unknown and r.rel != "at":
            raise PlanningError(f"there is no {unknown[0]}; objects: {', '.join(state.blocks + state.bowls) or 'none'}")
    fixed = {r.block for r in goal if r.rel == "unchanged" and not r.negated}
    for r in goal:
        if r.block in fixed and r.rel != "unchanged" and not r.negated and not holds(r, state):
            raise PlanningError(f"cannot leave the {r.block} where it is and have {r.describe()}")
    for r in goal:
        if r.negated or r.rel == "unchanged":
            if r.block not in state.support:
                raise PlanningError(f"only blocks can be moved or left alone; blocks: {', '.join(state.blocks) or 'none'}")
            continue
        if r.block in state.bowls:
            raise PlanningError(f"the {r.block} cannot be moved: bowls stay where they are; only blocks can be picked")
        if r.block not in state.support:
            raise PlanningError(f"there is no {r.block}; blocks: {', '.join(state.blocks) or 'none'}")
        if r.block in by_block and by_block[r.block] != r:
            raise PlanningError(f"contradictory request: {by_block[r.block].describe()} and {r.describe()}")
        by_block[r.block] = r
        if r.rel == "on":
            if r.target == r.block:
                raise PlanningError(f"cannot put the {r.block} on itself")
            if r.target in state.bowls:
                raise PlanningError(f"internal: use 'in' for the {r.target}")
            if r.target not in state.support:
                raise PlanningError(f"there is no {r.target} to put the {r.block} on")
            if r.target in on_target:
                raise PlanningError(
                    f"only one block fits directly on the {r.target}, but both the {on_target[r.target]} "
                    f"and the {r.block} should go there"
                )
            on_target[r.target] = r.block
        if r.rel == "in":
            if r.target not in state.bowls:
                raise PlanningError(f"there is no bowl called {r.target!r}; bowls: {', '.join(state.bowls) or 'none'}")
            per_bowl.setdefault(r.target, []).append(r.block)
        if r.rel == "at" and r.target not in PLACES:
            raise PlanningError(f"unknown place {r.target!r}; named places: {', '.join(PLACES)}")
    for bowl, blocks in per_bowl.items():
        if len(blocks) > layout.BOWL_CAPACITY:
            raise PlanningError(
                f"the {bowl} holds at most {layout.BOWL_CAPACITY} blocks, but {len(blocks)} should go in it"
            )
    held = [r.block for r in goal if r.rel == "held" and not r.negated]
    if len(held) > 1:
        raise PlanningError(f"the gripper holds one block at a time, but {', '.join(held)} should all be held")
    for r in goal:
        if r.rel == "on" and not r.negated:
            below = by_block.get(r.target)
            if below is not None and below.rel in ("held", "in_bin"):
                raise PlanningError(f"{r.describe()} cannot hold together with {below.describe()}")
            if below is None and state.base(r.target) == BIN:
                raise PlanningError(f"the {r.target} is in the bin; nothing can be stacked on it there")
            seen = {r.block}
            cur: str | None = r.target
            while cur is not None:
                if cur in seen:
                    raise PlanningError(f"impossible: the requested stacking has a cycle through the {cur}")
                seen.add(cur)
                nxt = by_block.get(cur)
                cur = nxt.target if nxt is not None and nxt.rel == "on" else None


class _Search:
    """One planning run: the state, the goal by block, and the moves so far."""

    def __init__(self, state: SymState, goal: list[Rel]) -> None:
        self.state = state
        self.goal = {r.block: r for r in goal}
        self.wanted_under = {r.target for r in goal if r.rel == "on"}
        self.steps: list[Pick | Place] = []
        self.keep_held: str | None = None

    def move(self, block: str, target: str) -> None:
        if self.state.support[block] != GRIPPER:
            self.steps.append(Pick(object=block))
            self.steps[-1].apply(self.state)
        self.steps.append(Place(target=target))
        self.steps[-1].apply(self.state)

    def room_needed(self, bowl: str) -> bool:
        direct = sum(s == bowl for s in self.state.support.values())
        coming = sum(r.rel == "in" and r.target == bowl and self.state.support[b] != bowl for b, r in self.goal.items())
        return direct + coming > layout.BOWL_CAPACITY

    def final(self, block: str, memo: dict[str, bool]) -> bool:
        """The block is where it must end and nothing under it will move."""
        if block in memo:
            return memo[block]
        memo[block] = False  # guards against cycles in a malformed state
        s = self.state.support[block]
        rel = self.goal.get(block)
        ok = s != GRIPPER and (rel is None or holds(rel, self.state))
        if ok and s in self.state.support:
            ok = self.final(s, memo) and (s not in self.wanted_under or (rel is not None and rel.rel == "on"))
        if ok and s in self.state.bowls and self.room_needed(s):
            ok = rel is not None and rel.rel == "in" and rel.target == s
        memo[block] = ok
        return ok

    def ready(self, rel: Rel, memo: dict[str, bool]) -> bool:
        """The target of `rel` can take the block now, and will not move later."""
        if rel.rel == "on":
            t = rel.target
            return self.state.is_clear(t) and self.state.support[t] not in (BIN, GRIPPER) and self.final(t, memo)
        if rel.rel == "in":
            return sum(s == rel.target for s in self.state.support.values()) < layout.BOWL_CAPACITY
        return True

    def run(self) -> list[Pick | Place]:
        held_goal = next((r for r in self.goal.values() if r.rel == "held"), None)
        if held_goal is not None:
            del self.goal[held_goal.block]
            self.keep_held = held_goal.block
        for _ in range(4 * len(self.state.support) + 8):
            if not self.step():
                break
        else:
            raise PlanningError("the symbolic planner did not converge (internal error)")
        if held_goal is not None and not holds(held_goal, self.state):
            for b in self.state.above(held_goal.block):  # top first
                self.move(b, TABLE)
            self.steps.append(Pick(object=held_goal.block))
            self.steps[-1].apply(self.state)
        return self.steps

    def step(self) -> bool:
        """Make one move; False when the goal holds."""
        memo: dict[str, bool] = {}
        held = self.state.held
        if held is not None and held == self.keep_held and all(holds(r, self.state) for r in self.goal.values()):
            return False
        if held is not None:
            rel = self.goal.get(held)
            self.move(held, rel.place_target() if rel is not None and self.ready(rel, memo) else TABLE)
            return True
        order = list(self.goal) + [b for b in self.state.blocks if b not in self.goal]
        for b in order:
            rel = self.goal.get(b)
            if rel is not None and not holds(rel, self.state) and self.state.is_clear(b) and self.ready(rel, memo):
                self.move(b, rel.place_target())
                return True
        for b in order:
            s = self.state.support[b]
            if self.state.is_clear(b) and (s in self.state.support or s in self.state.bowls) and not self.final(b, memo):
                self.move(b, TABLE)
                return True
        missing = [r for r in self.goal.values() if not holds(r, self.state)]
        if missing:
            raise PlanningError(f"no move reaches {missing[0].describe()} (internal error)")
        return False


_GREEDY = ("on", "in", "at", "in_bin", "on_table", "held", "stacked")


def plan_moves(state: SymState, goal: list[Rel], budget_s: float | None = 2.0) -> list[Pick | Place]:
    """A shortest pick/place sequence from `state` to a state where every relation of `goal` holds.

    `state` is not changed; a block in the gripper is placed first (or kept for a `held` goal). Raises
    `PlanningError` for an inconsistent goal, or when the search runs past `budget_s` seconds.
    """
    check_goal(goal, state)
    known = None
    if all(r.rel in _GREEDY and not r.negated for r in goal):
        known = _Search(state.copy(), [r for r in goal if r.rel != "stacked"] + _stacked(goal)).run()
        final = _after(state, known)
        if final is None or not satisfied(goal, final):  # pragma: no cover - the greedy planner guarantees it
            known = None
    return optimal_moves(state, goal, budget_s, known)


def plan_stages(state: SymState, stages: list[list[Rel]], budget_s: float | None = 2.0) -> tuple[list[Pick | Place], list[Rel]]:
    """Shortest moves for each stage in turn (a stage keeps earlier relations about blocks it does not name),
    and the relations that hold at the end. `state` is not changed."""
    initial, state = state, state.copy()
    steps: list[Pick | Place] = []
    goal: list[Rel] = []
    for stage in stages:
        goal = merge(goal, stage)
        moves = plan_moves(state, goal, budget_s)
        for m in moves:
            m.apply(state)
        steps += moves
    for r in goal:  # a later stage's 'leave X where it is' after an earlier stage had to move X
        if r.rel == "unchanged" and not r.negated and not holds(r, state, initial):
            raise PlanningError(f"the {r.block} cannot stay where it is: what comes before moves it (it rests on the "
                                f"{initial.support[r.block]}); say where it should go")
    if not satisfied(goal, state):  # pragma: no cover - the planner guarantees it
        raise PlanningError("the offline planner could not reach the goal (internal error)")
    return steps, goal


def _stacked(goal: list[Rel]) -> list[Rel]:
    """stacked(a, b, c) as on_table(a), on(b, a), on(c, b)."""
    out: list[Rel] = []
    for r in goal:
        if r.rel == "stacked":
            out += [Rel("on_table", r.args[0])] + [Rel("on", t, b) for b, t in zip(r.args, r.args[1:])]
    return out


def _after(state: SymState, steps: list[Pick | Place]) -> SymState | None:
    """The state after `steps`; None when a step breaks the rules."""
    out = state.copy()
    for s in steps:
        if s.check(out) is not None:
            return None
        s.apply(out)
    return out


def satisfied(goal: list[Rel], state: SymState) -> bool:
    """Every relation of `goal` holds in `state`."""
    return all(holds(r, state) for r in goal)
