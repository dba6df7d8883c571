"""Symbolic pick and place for `sim.symbolic_world.SymbolicWorld`: they teleport blocks, no physics.

The skill set "symbolic" of `skills.registry` (`Agent(skills="symbolic", world=SymbolicWorld())`).
Each call takes one `World.step` and always ends the same way, so tests of executors, planners and
your own code are fast and deterministic. Failures can be injected: `SymbolicPick(failures=N)` fails
its next N grasps, `SymbolicPlace(drops=N)` drops the block on the table its next N times.
"""

from __future__ import annotations

import math

import numpy as np

from sim import predicates
from sim.core import layout
from sim.symbolic_world import SymbolicWorld
from sim.world import Action, World
from skills.base import Skill, SkillOutcome, Target

__all__ = ["SymbolicPick", "SymbolicPlace", "make_skills", "symbolic_skills"]

_H = layout.BLOCK_SIZE
_CARRY_Z = 0.2  # where a held block is


def _symbolic(world: World) -> SymbolicWorld:
    """The `SymbolicWorld` itself, or the one inside a wrapper such as `sim.recording.RecordingWorld`."""
    inner: object = world
    for _ in range(8):
        if isinstance(inner, SymbolicWorld):
            return inner
        inner = getattr(inner, "world", None)
    raise TypeError(f"symbolic skills teleport objects of a SymbolicWorld, got {type(world).__name__} "
                    "(use --skills scripted or learned on other worlds)")


class SymbolicPick:
    """Teleports the block at the target into the gripper. `failures` makes the next N calls fail."""

    primitive = "pick"

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.calls: list[str] = []  # the target names, in order

    def __call__(self, world: World, target: Target) -> SkillOutcome:
        w = _symbolic(world)
        self.calls.append(target.name)
        world.step(Action(dpos=np.zeros(3)))  # through any wrapper, so a recording gets a frame
        if w.held is not None:
            return SkillOutcome(False, "the gripper already holds a block", 1)
        block = w.nearest(target.position, "block")
        if block is None:
            return SkillOutcome(False, f"no block where {target.name} was seen", 1)
        if self.failures > 0:
            self.failures -= 1
            return SkillOutcome(False, f"grasp failed: {target.name} slipped", 1)
        p = w.pos[block]
        if any(w.pos[n][2] > p[2] + _H / 2 for n in w.blocks_at(p[:2], _H * 0.6)):
            return SkillOutcome(False, f"{target.name} is under another block", 1)
        w.held = block
        w.pos[block] = np.array([p[0], p[1], _CARRY_Z])
        return SkillOutcome(True, f"picked {target.name}", 1)


class SymbolicPlace:
    """Teleports the held block to the target. `drops` makes the next N calls drop it on the table."""

    primitive = "place"

    def __init__(self, drops: int = 0) -> None:
        self.drops = drops
        self.calls: list[str] = []  # the target names, in order

    def __call__(self, world: World, target: Target) -> SkillOutcome:
        w = _symbolic(world)
        self.calls.append(target.name)
        world.step(Action(dpos=np.zeros(3)))  # through any wrapper, so a recording gets a frame
        block = w.held
        if block is None:
            return SkillOutcome(False, "the gripper holds nothing", 1)
        if self.drops > 0:
            self.drops -= 1
            w.held = None
            p = w.pos[block]
            w.pos[block] = np.array([p[0], p[1], _H / 2])
            return SkillOutcome(False, f"the block slipped out on the way to {target.name}", 1)
        dest = self._destination(w, block, target)
        if dest is None:
            return SkillOutcome(False, f"no {target.object_kind or 'object'} where {target.name} was seen", 1)
        w.held = None
        w.pos[block] = dest
        return SkillOutcome(True, f"placed on {target.name}", 1)

    @staticmethod
    def _destination(w: SymbolicWorld, block: str, target: Target) -> np.ndarray | None:
        if target.kind == "object":
            dest = w.nearest(target.position, target.object_kind)
            if dest is None or dest == block:
                return None
            base = w.pos[dest]
            if w.kind(dest) == "block":
                return base + np.array([0.0, 0.0, _H])
            dx, dy, level = _free_slot(w, base[:2], layout.BOWL_SLOTS, layout.BOWL_INNER_RADIUS)
            return np.array([base[0] + dx, base[1] + dy, layout.BOWL_FLOOR + _H / 2 + _H * level])
        if target.kind == "place":
            cx, cy = layout.PLACES[target.name]
            dx, dy, level = _free_slot(w, np.array([cx, cy]), layout.PLACE_SLOTS, layout.PLACE_RADIUS)
            return np.array([cx + dx, cy + dy, _H / 2 + _H * level])
        if target.kind == "bin":
            cx, cy = layout.BIN_CENTER
            state = w.sim_state()
            k = sum(predicates.in_bin(state, n) for n in w.spec if w.kind(n) == "block")
            return np.array([cx + 0.03 * math.cos(k), cy + 0.03 * math.sin(k), layout.BOWL_FLOOR + _H / 2])
        return np.array([target.position[0], target.position[1], _H / 2])


def _free_slot(w: SymbolicWorld, centre: np.ndarray, slots: tuple[tuple[float, float], ...],
               radius: float) -> tuple[float, float, int]:
    """The first of `slots` (offsets from `centre`) with no block on it, and 0; when all are taken,
    the next slot in turn one block higher (the held block does not count)."""
    used = w.blocks_at(centre, radius)
    for dx, dy in slots:
        spot = (centre[0] + dx, centre[1] + dy)
        if not any(math.hypot(w.pos[n][0] - spot[0], w.pos[n][1] - spot[1]) < _H / 2 for n in used):
            return dx, dy, 0
    dx, dy = slots[len(used) % len(slots)]
    return dx, dy, len(used) // len(slots)


def make_skills(pick_failures: int = 0, place_drops: int = 0) -> dict[str, Skill]:
    """The skill set "symbolic": {"pick": SymbolicPick, "place": SymbolicPlace}, with injected failures."""
    return {"pick": SymbolicPick(pick_failures), "place": SymbolicPlace(place_drops)}


symbolic_skills = make_skills  # the same factory, by a name that reads well beside other imports
