"""Check a plan against the perceived scene by simulating it on a symbolic model of the table.

The model (`SymState`) knows only what rests on what: blocks on the table, on blocks, in
bowls, at named places, in the bin or in the gripper. Every rule a plan can break is a
`PlanValidationError` whose message says what is wrong and what would be valid, so an LLM
planner can repair its plan from the message alone.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from agent.errors import PlanValidationError
from agent.schemas import Ask, Done, Pick, Place, Plan, Primitive, describe_step
from sim import layout
from skills.perception.scene import Scene

BIN = "bin"
TABLE = "table"
GRIPPER = "gripper"
PLACES: tuple[str, ...] = tuple(layout.PLACES)

# Phrases people use for the fixed targets, after lower-casing and article stripping.
PLACE_ALIASES: dict[str, str] = {
    "trash": BIN, "trash can": BIN, "trashcan": BIN, "garbage": BIN, "rubbish bin": BIN, "box": BIN,
    "tray": BIN, "waste bin": BIN, "bin": BIN,
    "table": TABLE, "tabletop": TABLE, "table top": TABLE, "floor": TABLE,
    "middle": "middle", "centre": "middle", "center": "middle", "middle of table": "middle",
    "centre of table": "middle", "center of table": "middle",
}
for _p in PLACES:
    if _p.endswith(" corner"):
        _short = _p[: -len(" corner")]
        for _alias in (_p, _short, f"{_short} corner of table", _short.replace("top", "upper"),
                       _short.replace("bottom", "lower"), f"{_short.replace('top', 'upper')} corner",
                       f"{_short.replace('bottom', 'lower')} corner"):
            PLACE_ALIASES[_alias] = _p
_WORD_SYNONYMS = {"cube": "block", "cubes": "block", "blocks": "block", "dish": "bowl", "dishes": "bowl",
                  "bowls": "bowl", "colour": "", "color": "", "coloured": "", "colored": ""}


def _clean(text: str) -> str:
    """Lower-case, drop punctuation and leading articles, map synonyms word by word."""
    text = re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace("-", " ").replace("_", " "))
    words = [_WORD_SYNONYMS.get(w, w) for w in text.split()]
    words = [w for w in words if w and w not in ("the", "a", "an")]
    return " ".join(words)


def normalise_name(text: str, scene: Scene) -> str:
    """The canonical name for an object or target in `scene` ("the Red Cube" -> "red block").

    Returns an object's exact name, a named place from `sim.layout.PLACES`, "bin" or "table"
    when `text` means one of them; otherwise the cleaned text (which then names nothing).
    """
    cleaned = _clean(text)
    for name in scene.names():
        if _clean(name) == cleaned:
            return name
    return PLACE_ALIASES.get(cleaned, cleaned)


@dataclass
class SymState:
    """What rests on what. `support[block]` is "table", "bin", "gripper", a block, a bowl or a named place.

    A block on the table within `layout.PLACE_RADIUS` of a named place rests "on" that place.
    """

    support: dict[str, str]
    bowls: list[str]
    colours: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_scene(cls, scene: Scene) -> SymState:
        support: dict[str, str] = {}
        for o in scene.objects:
            if o.kind != "block":
                continue
            s = o.support
            if scene.held == o.name:
                s = GRIPPER
            elif s == TABLE:
                s = place_at(o.position[0], o.position[1]) or TABLE
            support[o.name] = s
        if scene.held and scene.held in support:
            support[scene.held] = GRIPPER
        return cls(support=support, bowls=scene.names("bowl"), colours={o.name: o.colour for o in scene.objects})

    def copy(self) -> SymState:
        return SymState(dict(self.support), list(self.bowls), self.colours)

    @property
    def blocks(self) -> list[str]:
        return list(self.support)

    @property
    def held(self) -> str | None:
        return next((b for b, s in self.support.items() if s == GRIPPER), None)

    def on_top(self, name: str) -> list[str]:
        """Blocks resting directly on `name`."""
        return [b for b, s in self.support.items() if s == name]

    def above(self, block: str) -> list[str]:
        """Every block above `block` in its tower, top first."""
        out: list[str] = []
        cur = self.on_top(block)
        while cur:
            out.append(cur[0])
            cur = self.on_top(cur[0])
        return out[::-1]

    def is_clear(self, block: str) -> bool:
        return not self.on_top(block)

    def base(self, block: str) -> str:
        """What the tower holding `block` stands on: "table", "bin", "gripper", a bowl or a place."""
        s = self.support[block]
        seen = {block}
        while s in self.support and s not in seen:
            seen.add(s)
            s = self.support[s]
        return s

    def in_bowl(self, bowl: str) -> list[str]:
        return [b for b in self.support if self.base(b) == bowl]

    def targets(self) -> list[str]:
        """Every valid place target name (whether or not it is free now)."""
        return [*self.blocks, *self.bowls, BIN, TABLE, *PLACES]

    # --- the rules -------------------------------------------------------------------
    def check(self, step: Pick | Place) -> str | None:
        """Why `step` cannot run in this state, or None if it can."""
        if isinstance(step, Pick):
            return self._check_pick(step.object)
        return self._check_place(step.target)

    def _check_pick(self, name: str) -> str | None:
        blocks = ", ".join(self.blocks) or "none"
        if name in self.bowls:
            return f"bowls cannot be picked; blocks you can pick: {blocks}"
        if name in (BIN, TABLE, *PLACES):
            return f"{name!r} is a place, not an object; blocks you can pick: {blocks}"
        if name not in self.support:
            bowls = f"; bowls (cannot be picked): {', '.join(self.bowls)}" if self.bowls else ""
            return f"no such object; objects on the table: blocks: {blocks}{bowls}"
        held = self.held
        if held == name:
            return f"the gripper already holds the {name}; place it (place(target)) instead"
        if held is not None:
            return f"the gripper already holds the {held}; place it first, then pick"
        above = self.above(name)
        if above:
            order = ", then ".join(f"the {b}" for b in above)
            return (f"{_names(above)} {'is' if len(above) == 1 else 'are'} on top of it; "
                    f"clear it first: pick and place {order} (e.g. on the 'table')")
        return None

    def _check_place(self, target: str) -> str | None:
        held = self.held
        if held is None:
            return "the gripper is empty; pick a block first"
        valid = self._valid_targets(held)
        if target not in self.targets():
            return f"no such target; valid place targets now: {valid}"
        if target == held:
            return f"cannot place the {held} on itself (it is the block being held); valid place targets now: {valid}"
        if target in self.support:
            if self.support[target] == BIN:
                return f"the {target} is in the bin; nothing can be stacked there; valid place targets now: {valid}"
            top = self.on_top(target)
            if top:
                return (f"the {target} has the {top[0]} on it; place on a clear block or another target; "
                        f"valid place targets now: {valid}")
        if target in self.bowls:
            inside = [b for b, s in self.support.items() if s == target]
            if len(inside) >= layout.BOWL_CAPACITY:
                return (f"the {target} is full ({len(inside)} blocks: {', '.join(inside)}; it holds at most "
                        f"{layout.BOWL_CAPACITY}); valid place targets now: {valid}")
        return None

    def _valid_targets(self, held: str) -> str:
        blocks = [b for b in self.blocks if b != held and self.is_clear(b) and self.support[b] not in (BIN, GRIPPER)]
        bowls = [w for w in self.bowls if sum(s == w for s in self.support.values()) < layout.BOWL_CAPACITY]
        parts = [f"clear blocks: {', '.join(blocks) or 'none'}", f"bowls with room: {', '.join(bowls) or 'none'}",
                 "'bin'", "'table'", "named places: " + ", ".join(repr(p) for p in PLACES)]
        return "; ".join(parts)

    def apply(self, step: Pick | Place) -> None:
        """Apply a step that `check` allowed."""
        if isinstance(step, Pick):
            self.support[step.object] = GRIPPER
        else:
            held = self.held
            assert held is not None
            self.support[held] = step.target


def place_at(x: float, y: float) -> str | None:
    """The named place whose centre is within `layout.PLACE_RADIUS` of (x, y), if any."""
    for name, (px, py) in layout.PLACES.items():
        if math.hypot(x - px, y - py) < layout.PLACE_RADIUS:
            return name
    return None


def _names(items: list[str]) -> str:
    return ", ".join(f"the {i}" for i in items)


def canonical_plan(plan: Plan, scene: Scene) -> Plan:
    """The same plan with every object and target name replaced by its canonical form."""
    steps: list[Primitive] = []
    for s in plan.steps:
        if isinstance(s, Pick):
            steps.append(Pick(object=normalise_name(s.object, scene)))
        elif isinstance(s, Place):
            steps.append(Place(target=normalise_name(s.target, scene)))
        else:
            steps.append(s)
    return Plan(steps=steps, reasoning=plan.reasoning)


def simulate(plan: Plan, scene: Scene) -> SymState:
    """Run `plan` on the symbolic model of `scene`; the final state, or `PlanValidationError`."""
    if not plan.steps:
        raise PlanValidationError("the plan has no steps; give pick/place steps and end with done(summary)")
    state = SymState.from_scene(scene)
    n = len(plan.steps)
    for i, raw in enumerate(plan.steps, start=1):
        step = canonical_plan(Plan(steps=[raw]), scene).steps[0]
        where = f"step {i}: {describe_step(raw, quote=True)}"
        if isinstance(step, Done):
            if i != n:
                raise PlanValidationError(f"{where}: done must be the last step, but {n - i} step(s) follow it")
            continue
        if isinstance(step, Ask):
            if not step.question.strip():
                raise PlanValidationError(f"{where}: the question is empty; say what the user must choose")
            rest = plan.steps[i:]
            if rest and not (len(rest) == 1 and isinstance(rest[0], Done)):
                raise PlanValidationError(
                    f"{where}: ask must be the last step (optionally followed by done); "
                    "you will plan again with the user's answer"
                )
            continue
        reason = state.check(step)
        if reason is not None:
            raise PlanValidationError(f"{where}: {reason}")
        state.apply(step)
    return state


def validate_plan(plan: Plan, scene: Scene) -> None:
    """Raise `PlanValidationError` naming the first broken rule and what is valid; None if the plan fits."""
    simulate(plan, scene)
