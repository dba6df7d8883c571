"""The spatial relations, one vocabulary for every kind of state.

A relation (`Rel`) names blocks and targets: on(a, b), in(a, bowl), at(a, place), in_bin(a),
on_table(a), held(a), clear(a), stacked(bottom, ..., top), tower(a, b, ...) (one tower in any
order), unchanged(a) (the block rests where it rested at the start); `negated=True` means it must not hold.
It is evaluated on symbolic state (`holds`), on a perceived scene (`holds_in_scene`)
and on simulator ground truth (`sim.predicates.holds`). Task goals, plan validation, step
postconditions, the scripted skills and the planners all speak it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.perceived import Scene
from sim.core.symbolic import SymState

RelName = Literal["on", "in", "at", "in_bin", "on_table", "held", "clear", "stacked", "tower", "unchanged"]
ARITY: dict[str, int | None] = {
    "on": 2, "in": 2, "at": 2, "in_bin": 1, "on_table": 1, "held": 1, "clear": 1, "stacked": None, "tower": None,
    "unchanged": 1,
}
_PHRASES = {
    "on": "the {0} on the {1}", "in": "the {0} in the {1}", "at": "the {0} at the {1}", "in_bin": "the {0} in the bin",
    "on_table": "the {0} on the table", "held": "the {0} in the gripper", "clear": "nothing on the {0}",
    "unchanged": "the {0} left where it is",
}
_NEGATED = {
    "on": "the {0} not on the {1}", "in": "the {0} not in the {1}", "at": "the {0} not at the {1}",
    "in_bin": "the {0} not in the bin", "on_table": "the {0} not on the table", "held": "the {0} not in the gripper",
    "clear": "something on the {0}", "unchanged": "the {0} moved",
}


class Rel(BaseModel):
    """One relation over names: `Rel("on", "red block", "blue block")`, or `Rel(rel="on", args=[...])`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rel: RelName
    args: tuple[str, ...]
    negated: bool = False

    def __init__(self, rel: str | None = None, *args: str, **data: Any) -> None:
        if rel is not None:
            data["rel"] = rel
        if args:
            data["args"] = args
        super().__init__(**data)

    @property
    def block(self) -> str:
        return self.args[0]

    @property
    def target(self) -> str:
        """The second argument of a two-place relation ("" for the others)."""
        return self.args[1] if len(self.args) == 2 and ARITY[self.rel] == 2 else ""

    def describe(self) -> str:
        a = self.args
        if self.rel in ("stacked", "tower"):
            blocks = ", ".join(f"the {b}" for b in a)
            text = f"a tower of {blocks} from the bottom up" if self.rel == "stacked" else f"one tower of {blocks}"
            return f"not {text}" if self.negated else text
        return (_NEGATED if self.negated else _PHRASES)[self.rel].format(*a)

    def positive(self) -> Rel:
        """The same relation without negation."""
        return self.model_copy(update={"negated": False}) if self.negated else self

    def place_target(self) -> str:
        """The `place` target that makes this relation true for its first block."""
        return {"on": self.target, "in": self.target, "at": self.target, "in_bin": BIN, "on_table": TABLE}[self.rel]


def placement(block: str, kind: str, target: str, object_kind: str | None = None) -> Rel:
    """The relation that putting `block` down on a target makes true: in the bin, on the table, at a named
    place, in a bowl or on a block (`kind` is "bin", "table", "place" or "object")."""
    if kind == "bin":
        return Rel("in_bin", block)
    if kind == "table":
        return Rel("on_table", block)
    if kind == "place":
        return Rel("at", block, target)
    return Rel("in" if object_kind == "bowl" else "on", block, target)


def holds(rel: Rel, state: SymState, initial: SymState | None = None) -> bool:
    """Whether `rel` is true in symbolic `state` (a block in a bowl may rest on another block in it).

    "unchanged" compares with `initial`, the state at the start; without it, it is taken to hold.
    """
    if rel.negated:
        return not holds(rel.positive(), state, initial)
    a, sup = rel.args, state.support
    if rel.rel == "unchanged":
        return initial is None or (a[0] in sup and sup[a[0]] == initial.support.get(a[0]))
    if any(b not in sup for b in a[: 1 if ARITY[rel.rel] == 2 else None]):
        return False
    if rel.rel == "on":
        return sup[a[0]] == a[1]
    if rel.rel in ("in", "at"):
        return sup[a[0]] != GRIPPER and state.base(a[0]) == a[1]
    if rel.rel == "in_bin":
        return state.base(a[0]) == BIN
    if rel.rel == "on_table":
        return sup[a[0]] in (TABLE, *PLACES)
    if rel.rel == "held":
        return sup[a[0]] == GRIPPER
    if rel.rel == "clear":
        return state.is_clear(a[0])
    if rel.rel == "stacked":
        return sup[a[0]] in (TABLE, *PLACES) and all(sup[top] == below for below, top in zip(a, a[1:]))
    bottoms = [b for b in a if sup[b] in (TABLE, *PLACES)]  # tower: one chain, any order
    if len(bottoms) != 1:
        return False
    chain = [bottoms[0]]
    while True:
        up = [b for b in state.on_top(chain[-1]) if b in a]
        if not up:
            break
        chain.append(up[0])
    return sorted(chain) == sorted(a)


def holds_in_scene(rel: Rel, scene: Scene, initial: Scene | None = None) -> bool:
    """Whether `rel` is true in a perceived scene (read as what rests on what)."""
    start = SymState.from_scene(initial) if initial is not None else None
    return holds(rel, SymState.from_scene(scene), start)
