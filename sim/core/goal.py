"""The goal language: what the user wants, lifted over object sets, grounded to relations for the planner.

A `Goal` is ordered stages ("first ..., then ..."), each a conjunction of conditions:
- `Atom`: one relation over names, possibly negated (the JSON form of `Rel`);
- `Each`: a quantified relation over a set of objects (`Objects`: kind, colour, names, where they are at the
  start, other than, "the rest"): all / some / none / exactly N / at least N of them stand in `rel` to a target
  (a name, any member of a set, the member of matching colour, or each member of the set in turn);
- `Not`: a negated condition.

`ground` turns a goal into concrete stages of `Rel` (the planner's input), `unmet` finds the first relation
that does not hold, `describe` says it in English. Sets are read on the state at the start. Imports only sim.core.
"""

from __future__ import annotations

from sim.core.errors import PlanningError
from sim.core.goal_language import (
    Atom,
    Cond,
    Each,
    Goal,
    Not,
    Objects,
    Quantifier,
    Where,
    describe,
    describe_cond,
    describe_objects,
    kind_of,
    members,
)
from sim.core.layout import BOWL_CAPACITY
from sim.core.relations import ARITY, Rel, holds
from sim.core.symbolic import SymState

__all__ = [
    "Atom", "Cond", "Each", "Goal", "Not", "Objects", "Quantifier", "Where", "describe", "describe_cond",
    "describe_objects", "final", "ground", "members", "merge", "negate", "unmet",
]


# --- grounding ------------------------------------------------------------------------------------------------


def ground(goal: Goal, state: SymState) -> list[list[Rel]]:
    """Concrete stages for the planner; "some" picks objects that already satisfy, then ones easy to move."""
    stages = []
    for stage in goal.stages:
        named = {n for c in stage for n in _named(c)}
        rels: list[Rel] = []
        for c in sorted(stage, key=_is_rest):
            mentioned = named | {r.block for r in rels if not r.negated}
            for r in _ground(c, state, mentioned):
                if r not in rels:
                    rels.append(r)
        stages.append(rels)
    return stages


def _is_rest(c: Cond) -> bool:
    return isinstance(c, Each) and c.objects.rest


def _named(c: Cond) -> list[str]:
    """Every name a condition mentions ("the rest" excludes them)."""
    if isinstance(c, Atom):
        return list(c.args)
    if isinstance(c, Not):
        return _named(c.cond)
    target = [c.target] if isinstance(c.target, str) else []
    return target + (list(c.objects.names or []) if not c.objects.rest else [])


def _explicit(c: Cond) -> list[str]:
    """The names a condition is about (its subjects)."""
    if isinstance(c, Atom):
        return list(c.args[: None if c.rel in ("stacked", "tower") else 1])
    if isinstance(c, Not):
        return _explicit(c.cond)
    return list(c.objects.names or []) if not c.objects.rest else []


def _ground(c: Cond, state: SymState, mentioned: set[str]) -> list[Rel]:
    if isinstance(c, Atom):
        return [c.to_rel()]
    if isinstance(c, Not):
        return _ground(negate(c.cond), state, mentioned)
    objs = members(c.objects, state, mentioned)
    what = describe_objects(c.objects)
    if not objs and c.quantifier not in ("none",) and not (c.quantifier == "exactly" and c.n == 0):
        raise PlanningError(f"there are no {what} here; objects: {', '.join(state.blocks + state.bowls) or 'none'}")
    if c.rel in ("stacked", "tower"):
        return [Rel(c.rel, *objs, negated=c.negated)]
    if c.per_target:
        if not isinstance(c.target, Objects):
            raise PlanningError("'for each target' needs a set of targets, e.g. every bowl")
        rels: list[Rel] = []
        used: set[str] = set()
        for t in members(c.target, state):
            part = c.model_copy(update={"per_target": False, "target": t})
            rels += _quantify(part, [o for o in objs if o not in used], state, mentioned, what)
            used |= {r.block for r in rels if not r.negated}
        return rels
    return _quantify(c, objs, state, mentioned, what)


def _targets(c: Each, obj: str, state: SymState) -> list[str | None]:
    """The targets `obj` may stand in `c.rel` to."""
    if ARITY[c.rel] == 1:
        return [None]
    if c.matching:
        pool = members(c.target, state) if isinstance(c.target, Objects) else state.bowls
        return [t for t in pool if state.colours.get(t) == state.colours.get(obj) and t != obj]
    if isinstance(c.target, Objects):
        return [t for t in members(c.target, state) if t != obj]
    if c.target is None:
        raise PlanningError(f"'{c.rel}' needs a target")
    return [c.target]


def _rel(c: Each, obj: str, target: str | None, negated: bool) -> Rel:
    return Rel(c.rel, obj, negated=negated) if target is None else Rel(c.rel, obj, target, negated=negated)


def _make(c: Each, obj: str, want: bool, state: SymState, initial: SymState | None = None) -> list[Rel]:
    """Relations that make `c`'s body true (`want`) or false for `obj`. The body is "rel to some target",
    or with `c.negated` "rel to no target"."""
    ts = _targets(c, obj, state)
    if not ts:
        return []
    if want != c.negated:  # rel to one target: one that holds already, else the first
        return [_rel(c, obj, next((t for t in ts if holds(_rel(c, obj, t, False), state, initial)), ts[0]), False)]
    return [_rel(c, obj, t, True) for t in ts]


def _body(c: Each, obj: str, state: SymState, start: SymState, initial: SymState | None = None) -> bool:
    """Whether `c`'s body holds for `obj` in `state` (targets read on `start`)."""
    some = any(holds(_rel(c, obj, t, False), state, initial) for t in _targets(c, obj, start))
    return some != c.negated


def _quantify(c: Each, objs: list[str], state: SymState, mentioned: set[str], what: str) -> list[Rel]:
    q = c.quantifier
    if q == "all":
        rels = [r for o in objs for r in _make(c, o, True, state)]
        if c.matching and not rels:
            raise PlanningError(f"no {kind_of(c)} matches the colour of the {what}")
        return _spread(rels, c, state) if isinstance(c.target, Objects) and not c.matching else rels
    if q == "none":
        return [r for o in objs for r in _make(c, o, False, state)]
    n = c.n if q in ("exactly", "at_least") else 1
    able = [o for o in objs if _targets(c, o, state)]
    if len(able) < n:
        raise PlanningError(f"asked for {n} of the {what}, but there {'is' if len(able) == 1 else 'are'} only {len(able)}")
    ranked = sorted(able, key=lambda o: (not _body(c, o, state, state), o in mentioned, len(state.above(o))))
    chosen = ranked[:n]
    rels = [r for o in chosen for r in _make(c, o, True, state)]
    if isinstance(c.target, Objects) and not c.matching:
        rels = _spread(rels, c, state)
    if q == "exactly":
        rels += [r for o in objs if o not in chosen for r in _make(c, o, False, state)]
    return rels


def _spread(rels: list[Rel], c: Each, state: SymState) -> list[Rel]:
    """Re-pick targets of "in any bowl" relations that do not hold yet, so no bowl is over-filled."""
    load: dict[str, int] = {}
    out = []
    for r in rels:
        if r.negated or r.rel != "in" or holds(r, state):
            out.append(r)
            load[r.target] = load.get(r.target, 0) + 1
    for r in rels:
        if r.negated or r.rel != "in" or holds(r, state):
            continue
        ts = [t for t in _targets(c, r.block, state) if t is not None]
        best = min(ts, key=lambda t: (load.get(t, 0) >= BOWL_CAPACITY, load.get(t, 0)))
        load[best] = load.get(best, 0) + 1
        out.append(Rel("in", r.block, best))
    return out


def negate(c: Cond) -> Cond:
    """The condition that holds exactly when `c` does not (for the forms the planner can ground)."""
    if isinstance(c, Atom):
        return c.model_copy(update={"negated": not c.negated})
    if isinstance(c, Not):
        return c.cond
    flip = {"all": ("some", True), "some": ("none", False), "none": ("some", False)}
    if c.quantifier in flip and not c.per_target and c.rel not in ("stacked", "tower"):
        q, neg = flip[c.quantifier]
        return c.model_copy(update={"quantifier": q, "negated": c.negated != neg, "n": 1})
    raise PlanningError(f"cannot plan for 'not ({describe_cond(c)})'; say what should hold instead")


def merge(old: list[Rel], new: list[Rel]) -> list[Rel]:
    """A later stage over an earlier one: its relations about a block replace the earlier ones. A bowl an earlier stage
    emptied stays empty of a block the later stage moves without saying where ('empty W, then don't leave X on the
    table': X goes anywhere but W)."""
    moved = {r.block for r in new}
    placed = {r.block for r in new if not r.negated and r.rel in ("in", "on", "at", "in_bin", "on_table", "held", "unchanged")}
    emptied = {r.args[1] for r in old if r.rel == "in" and r.negated}
    free = [Rel("in", b, w, negated=True) for b in sorted(moved - placed) for w in sorted(emptied)]
    return [r for r in old if r.block not in moved] + list(new) + [r for r in free if r not in new]


def final(stages: list[list[Rel]]) -> list[Rel]:
    """The relations that must hold at the end of grounded stages."""
    out: list[Rel] = []
    for stage in stages:
        out = merge(out, stage)
    return out


# --- checking -------------------------------------------------------------------------------------------------


def unmet(goal: Goal, state: SymState, initial: SymState | None = None) -> Rel | None:
    """The first relation of the goal that does not hold in `state` (None when the goal holds).

    Sets are read on `initial` (the state at the start; `state` when None). Of earlier stages only the
    conditions about objects no later stage is about must still hold.
    """
    start = initial or state
    kept: list[tuple[Cond, set[str]]] = []
    later: set[str] = set()
    for stage in reversed(goal.stages):
        mentioned = _mentioned(stage, start)
        subjects = [_subjects(c, start, mentioned) for c in stage]
        kept = [(c, mentioned) for c, s in zip(stage, subjects) if not (s & later)] + kept
        later |= set().union(*subjects) if subjects else set()
    for c, mentioned in kept:
        miss = _unmet(c, state, start, initial, mentioned)
        if miss is not None:
            return miss
    return None


def _mentioned(stage: list[Cond], start: SymState) -> set[str]:
    """What "the rest" of a stage leaves out: the names it mentions and the objects its other conditions
    are about (as `ground` chooses them)."""
    named = {n for c in stage for n in _named(c)}
    out = set(named)
    for c in stage:
        if not _is_rest(c):
            try:
                out |= {r.block for r in _ground(c, start, named) if not r.negated}
            except PlanningError:
                pass
    return out


def _subjects(c: Cond, state: SymState, mentioned: set[str]) -> set[str]:
    if isinstance(c, Atom):
        return set(_explicit(c))
    if isinstance(c, Not):
        return _subjects(c.cond, state, mentioned)
    return set(members(c.objects, state, mentioned))


def _unmet(c: Cond, state: SymState, start: SymState, initial: SymState | None, mentioned: set[str]) -> Rel | None:
    if isinstance(c, Atom):
        r = c.to_rel()
        return None if holds(r, state, initial) else r
    if isinstance(c, Not):
        inner = _unmet(c.cond, state, start, initial, mentioned)
        if inner is not None:
            return None
        if isinstance(c.cond, Atom):
            return c.cond.to_rel().model_copy(update={"negated": not c.cond.negated})
        try:
            return _unmet(negate(c.cond), state, start, initial, mentioned)
        except PlanningError:  # no simple negation: name the first relation that holds
            rels = _ground(c.cond, start, mentioned)
            return rels[0].model_copy(update={"negated": not rels[0].negated}) if rels else None
    objs = members(c.objects, start, mentioned)
    if c.rel in ("stacked", "tower"):
        r = Rel(c.rel, *objs, negated=c.negated)
        return None if holds(r, state, initial) else r
    groups: list[tuple[Each, list[str]]] = []
    if c.per_target and isinstance(c.target, Objects):
        groups = [(c.model_copy(update={"per_target": False, "target": t}), objs) for t in members(c.target, start)]
    else:
        groups = [(c, objs)]
    for part, group in groups:
        good = [o for o in group if _targets(part, o, start) and _body(part, o, state, start, initial)]
        bad = [o for o in group if o not in good and _targets(part, o, start)]
        q, n = part.quantifier, part.n if part.quantifier in ("exactly", "at_least") else 1
        if (q == "all" and bad) or (q in ("some", "at_least", "exactly") and len(good) < n):
            if not bad:
                return Rel(part.rel, *(group[:1] or ["nothing"]), negated=part.negated)
            return _first_false(_make(part, bad[0], True, start, initial), state, initial)
        if (q == "none" and good) or (q == "exactly" and len(good) > n):
            extra = good[0] if q == "none" else good[n]
            return _first_false(_make(part, extra, False, start, initial), state, initial)
    return None


def _first_false(rels: list[Rel], state: SymState, initial: SymState | None) -> Rel:
    return next((r for r in rels if not holds(r, state, initial)), rels[0])
