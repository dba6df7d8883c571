"""The goal language's vocabulary: the Pydantic models of a lifted goal, object sets, and their English.

`sim.core.goal` grounds and checks goals and re-exports everything here; import from there.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from sim.core.relations import ARITY, Rel, RelName, holds
from sim.core.symbolic import SymState

Quantifier = Literal["all", "some", "none", "exactly", "at_least"]


class Where(BaseModel):
    """A relation an object stands in at the start: `rel` to `target` (a name, or "bowl"/"block" for any one)."""

    model_config = ConfigDict(extra="forbid")

    rel: Literal["on", "in", "at", "in_bin", "on_table", "held", "clear", "under"]
    target: str | None = None
    negated: bool = False


class Objects(BaseModel):
    """A set of objects by description; every given field must fit. "under" in `where` means the object
    has the target on it (e.g. the block under the red block)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["block", "bowl"] = "block"
    colour: str | None = None
    names: list[str] | None = Field(default=None, description="explicit object names; None means any")
    where: list[Where] = Field(default_factory=list, description="relations that hold at the start")
    other_than: list[str] = Field(default_factory=list, description="names excluded from the set")
    rest: bool = Field(default=False, description="only objects no other condition of the stage is about")


class Atom(BaseModel):
    """One relation over object names: on(a, b), in(a, bowl), at(a, place), in_bin(a), on_table(a), held(a),
    clear(a), stacked(bottom, ..., top), tower(a, ...), unchanged(a); `negated` means it must not hold."""

    model_config = ConfigDict(extra="forbid")

    op: Literal["atom"] = "atom"
    rel: RelName
    args: list[str]
    negated: bool = False

    def to_rel(self) -> Rel:
        return Rel(self.rel, *self.args, negated=self.negated)


class Each(BaseModel):
    """`quantifier` of `objects` stand in `rel` to `target`; `negated` negates the relation itself.

    target: None for one-place relations, an object/place name, or an `Objects` set (any member);
    `matching`: the member of the target set (default: the bowls) with the object's colour;
    `per_target`: the quantifier applies for each member of the target set ("one block in every bowl").
    rel "stacked"/"tower" makes the whole set one tower.
    """

    model_config = ConfigDict(extra="forbid")

    op: Literal["each"] = "each"
    quantifier: Quantifier = "all"
    n: int = Field(default=1, ge=0, description="the count for 'exactly' and 'at_least'")
    objects: Objects
    rel: RelName
    target: str | Objects | None = None
    matching: bool = False
    per_target: bool = False
    negated: bool = False


class Not(BaseModel):
    """The condition must not hold."""

    model_config = ConfigDict(extra="forbid")

    op: Literal["not"] = "not"
    cond: Cond


Cond = Annotated[Atom | Each | Not, Field(discriminator="op")]
Not.model_rebuild()


class Goal(BaseModel):
    """Ordered stages ("first ..., then ..."); each stage is a list of conditions that must all hold.

    A later stage keeps the earlier ones' relations about objects it does not mention.
    """

    model_config = ConfigDict(extra="forbid")

    stages: list[list[Cond]]

    @classmethod
    def of(cls, stages: list[list[Rel]]) -> Goal:
        """Grounded stages as a goal."""
        return cls(stages=[[Atom(rel=r.rel, args=list(r.args), negated=r.negated) for r in s] for s in stages])


# --- sets -----------------------------------------------------------------------------------------------------


def members(objs: Objects, state: SymState, mentioned: AbstractSet[str] = frozenset()) -> list[str]:
    """The objects `objs` describes, in scene order (`mentioned`: names excluded by `rest`)."""
    pool = state.blocks if objs.kind == "block" else state.bowls
    out = []
    for name in pool:
        if objs.names is not None and name not in objs.names:
            continue
        if objs.colour is not None and state.colours.get(name) != objs.colour:
            continue
        if name in objs.other_than or (objs.rest and name in mentioned):
            continue
        if all(_where(w, name, state) for w in objs.where):
            out.append(name)
    return out


def _where(w: Where, name: str, state: SymState) -> bool:
    if w.rel == "under":
        ok = any(state.support.get(t) == name for t in _names_for(w.target, state) if t in state.support)
        return ok != w.negated
    if name not in state.support:
        return w.negated
    if ARITY[w.rel] == 1:
        return holds(Rel(w.rel, name), state) != w.negated
    ok = any(holds(Rel(w.rel, name, t), state) for t in _names_for(w.target, state))
    return ok != w.negated


def _names_for(target: str | None, state: SymState) -> list[str]:
    if target == "bowl":
        return state.bowls
    if target == "block":
        return state.blocks
    return [target] if target else []


# --- words ----------------------------------------------------------------------------------------------------


def describe_objects(objs: Objects) -> str:
    """E.g. "red blocks in the blue bowl other than the red block 2"."""
    if objs.names:
        text = ", ".join(f"the {n}" for n in objs.names)
    else:
        text = f"{objs.colour + ' ' if objs.colour else ''}{objs.kind}s"
        if objs.rest:
            text = f"other {text}"
    for w in objs.where:
        target = {"bowl": "a bowl", "block": "a block", None: ""}.get(w.target, f"the {w.target}")
        phrase = {"in_bin": "in the bin", "on_table": "on the table", "held": "in the gripper", "clear": "clear",
                  "under": f"under {target}"}.get(w.rel, f"{w.rel} {target}")
        text += f" {'not ' if w.negated else ''}{phrase}"
    if objs.other_than:
        text += " other than " + ", ".join(f"the {n}" for n in objs.other_than)
    return text


def describe_cond(c: Cond) -> str:
    if isinstance(c, Atom):
        return c.to_rel().describe()
    if isinstance(c, Not):
        return f"not ({describe_cond(c.cond)})"
    quant = {"all": "all", "some": "some", "none": "none of the", "exactly": f"exactly {c.n}",
             "at_least": f"at least {c.n}"}[c.quantifier]
    what = f"{quant} {describe_objects(c.objects)}"
    if c.quantifier in ("exactly", "at_least") and c.n == 1 and what.endswith("s") and not c.objects.where:
        what = what[:-1]
    if c.rel in ("stacked", "tower"):
        return f"{'not ' if c.negated else ''}{what} in one tower"
    if c.matching:
        target = f" the {kind_of(c)} of its colour"
    elif isinstance(c.target, Objects):
        target = f" {'each' if c.per_target else 'a'} {describe_objects(c.target).rstrip('s')}"
    else:
        target = f" the {c.target}" if c.target else ""
    verb = {"in_bin": "in the bin", "on_table": "on the table", "held": "in the gripper", "clear": "clear",
            "unchanged": "left where they are"}.get(c.rel, c.rel)
    return f"{what} {'not ' if c.negated else ''}{verb}{target}"


def describe(goal: Goal) -> str:
    """The goal in plain English."""
    parts = ["; ".join(describe_cond(c) for c in stage) or "nothing to change" for stage in goal.stages]
    if len(parts) == 1:
        return parts[0]
    return "first " + ", then ".join(parts)


def kind_of(c: Each) -> str:
    """The kind of object a matching target is."""
    return c.target.kind if isinstance(c.target, Objects) else "bowl"
