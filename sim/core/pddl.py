"""The tabletop as PDDL, so any PDDL planner can solve what the agent would: `domain_pddl()` and `problem_pddl()`.

The shipped `domain.pddl` counts one action per primitive step (pick or place), the same cost as the
offline planner's. Names become PDDL identifiers ("red block 2" -> `red-block-2`, see `pddl_name`).
Ordered stages have no PDDL form: the problem's goal is the final stage, merged with the relations of
earlier stages about objects it does not mention. "tower" (any order) has none either.
"""

from __future__ import annotations

import re
from importlib import resources

from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.goal import Goal, final, ground
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState


def domain_pddl() -> str:
    """The shipped domain file's text."""
    return resources.files("sim.core").joinpath("domain.pddl").read_text()


def pddl_name(name: str) -> str:
    """An object or place name as a PDDL identifier."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def final_goal(goal: Goal | list[list[Rel]] | list[Rel], state: SymState) -> list[Rel]:
    """The relations that must hold at the end: the last stage plus earlier ones about objects it leaves alone."""
    if isinstance(goal, Goal):
        stages = ground(goal, state)
    elif goal and isinstance(goal[0], list):
        stages = goal  # type: ignore[assignment]
    else:
        stages = [goal]  # type: ignore[list-item]
    return final(stages)


def problem_pddl(state: SymState, goal: Goal | list[list[Rel]] | list[Rel], name: str = "tabletop",
                 minimal: bool = False) -> str:
    """A PDDL problem for the domain: the objects and support of `state`, and `goal`'s final relations.

    `minimal=True` leaves out the named places, empty bowls and the bin when neither the state nor the goal
    uses them: plans stay as short (the table serves any spare spot as well), and search planners have far
    fewer symmetric states. Not for goals with negations, which may need those spots.
    """
    n = pddl_name
    rels = final_goal(goal, state)
    used = {*state.support.values(), *(a for r in rels for a in r.args)} | ({BIN} if any(
        r.rel == "in_bin" for r in rels) else set())
    blocks = state.blocks
    bowls = [w for w in state.bowls if not minimal or w in used]
    places = [p for p in PLACES if not minimal or p in used]
    spots = [TABLE, *([BIN] if not minimal or BIN in used else []), *places]
    counts = [f"n{i}" for i in range(layout.BOWL_CAPACITY + 1)]
    objects = [f"{' '.join(n(b) for b in blocks)} - block" if blocks else "",
               f"{' '.join(n(w) for w in bowls)} - bowl" if bowls else "",
               f"{' '.join(n(p) for p in spots)} - area", f"{' '.join(counts)} - count"]
    init = ["(flat table)", "(stackable table)", *(f"(stackable {n(w)})" for w in bowls)]
    init += [f"(is-bin {BIN})"] if BIN in spots else []
    init += [f"(flat {n(p)})" for p in places] + [f"(stackable {n(p)})" for p in places]
    init += [f"(next {a} {b})" for a, b in zip(counts, counts[1:])]
    for w in bowls:
        init.append(f"(count {n(w)} n{min(len(state.on_top(w)), layout.BOWL_CAPACITY)})")
    for b in blocks:
        s = state.support[b]
        if s == GRIPPER:
            init.append(f"(holding {n(b)})")
        else:
            init.append(f"(base {n(b)} {n(state.base(b))})")
            init.append(f"(on {n(b)} {n(s)})" if s in state.support else f"(on-loc {n(b)} {n(s)})")
            if s in (TABLE, *PLACES):
                init.append(f"(on-table {n(b)})")
        if state.is_clear(b):
            init.append(f"(clear {n(b)})")
    if state.held is None:
        init.append("(handempty)")
    atoms = [a for r in rels for a in _atoms(r, state)]
    return "\n".join([
        f"(define (problem {pddl_name(name)}) (:domain vla-tabletop)",
        "  (:objects " + " ".join(o for o in objects if o) + ")",
        "  (:init " + " ".join(init) + ")",
        "  (:goal (and " + " ".join(atoms) + ")))",
        "",
    ])


def _atoms(r: Rel, state: SymState) -> list[str]:
    n = pddl_name
    a = [n(x) for x in r.args]
    if r.rel == "stacked":
        pos = [f"(on-table {a[0]})"] + [f"(on {t} {b})" for b, t in zip(a, a[1:])]
    elif r.rel == "tower":
        raise PlanningError("a tower in any order has no PDDL form; state the order from the bottom up (stacked)")
    elif r.rel == "unchanged":
        s = state.support[r.block]
        pos = [f"(holding {a[0]})" if s == GRIPPER else
               f"(on {a[0]} {n(s)})" if s in state.support else f"(on-loc {a[0]} {n(s)})"]
    else:
        pos = [{
            "on": "(on {0} {1})", "in": "(base {0} {1})", "at": "(base {0} {1})", "in_bin": f"(base {{0}} {BIN})",
            "on_table": "(on-table {0})", "held": "(holding {0})", "clear": "(clear {0})",
        }[r.rel].format(*a)]
    if not r.negated:
        return pos
    if len(pos) > 1:
        raise PlanningError(f"'{r.describe()}' has no PDDL form; name the relation that must not hold")
    return [f"(not {pos[0]})"]
