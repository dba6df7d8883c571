"""Scripted expert skills: they read simulator state (they make the demonstrations and baselines)
and drive the robot only through `World.step`, the same interface a learned policy uses."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sim import predicates
from sim.core.relations import placement
from sim.world import SimState, SimWorld, World
from skills.base import SkillOutcome, Target
from skills.retreat import finish, holds_something, open_gripper, start_pick
from skills.scripted.motion import nearest_object, toward
from skills.scripted.pick import PickExpert
from skills.scripted.place import PlaceExpert

__all__ = ["PickExpert", "PlaceExpert", "ScriptedPick", "ScriptedPlace", "make_skills", "placed", "run_expert"]

MAX_ACTIONS = 150
LOWER_ACTIONS = 8  # at most this many actions to lower what a failed grasp caught before letting it go


def _sim(world: World) -> SimWorld:
    if not isinstance(world, SimWorld):
        raise TypeError("scripted skills read simulator state: they need a SimWorld (use --skills learned on a real robot)")
    return world


def run_expert(world: SimWorld, expert: PickExpert | PlaceExpert, target: Target) -> int:
    """Step `expert` until it finishes (or MAX_ACTIONS); the number of actions taken."""
    for n in range(MAX_ACTIONS):
        action = expert.act(world.sim_state())
        if action is None:
            return n
        world.step(action)
    return MAX_ACTIONS


def release_low(world: SimWorld, closed_at: np.ndarray | None) -> int:
    """After a failed grasp: when the fingers stopped on something else (a bowl's rim, the block pinched against
    it), lower it back to where the fingers closed and open them there, so nothing is carried off and dropped
    from the observation pose (a bowl lifted with the block leaves the scene). Returns the actions used."""
    if not holds_something(world.proprio()):
        return 0
    n = 0
    if closed_at is not None:
        goal = np.asarray(closed_at, dtype=np.float64) + np.array([0.0, 0.0, 0.01])
        for n in range(1, LOWER_ACTIONS + 1):
            state = world.sim_state()
            if state.ee_pos[2] < goal[2] + 0.01:
                break
            before = float(state.ee_pos[2])
            world.step(toward(state, goal, state.ee_yaw, 1.0))
            if float(world.sim_state().ee_pos[2]) > before - 0.002:  # what it holds rests on something: stop
                break
    return n + open_gripper(world)


def placed(state: SimState, block: str, target: Target, dest: str | None) -> bool:
    """Did `block` end where `target` asked? (Simulator truth; `dest` is the simulator object `target` names.)"""
    if target.kind == "object" and dest is None:
        return False
    return predicates.holds(placement(block, target.kind, dest or target.name, target.object_kind), state)


# How a skill runs its expert: `run_expert`, or a recorder that also writes the step down as a demonstration.
ExpertRunner = Callable[[SimWorld, PickExpert | PlaceExpert, Target], int]


class ScriptedPick:
    primitive = "pick"

    def __init__(self, run: ExpertRunner = run_expert) -> None:
        self.run = run

    def __call__(self, world: World, target: Target) -> SkillOutcome:
        sim = _sim(world)
        state = sim.sim_state()
        if state.held is not None:
            return SkillOutcome(False, f"cannot pick {target.name}: the gripper already holds a block")
        block = nearest_object(state, target.position, "block")
        if block is None:
            return SkillOutcome(False, f"no block where {target.name} was seen")
        n = start_pick(sim)  # every pick starts at the observation pose, fingers open (`skills.retreat`)
        expert = PickExpert(block)
        n += self.run(sim, expert, target)
        if not predicates.held(sim.sim_state(), block):
            n += release_low(sim, expert.closed_at)
        n += finish(sim, gripper=1.0)
        if predicates.held(sim.sim_state(), block):
            return SkillOutcome(True, f"picked {target.name}", n)
        why = ""
        if expert.blocked == block:
            why = " (it moved away from the fingers each time; the pick stopped before pushing it further)"
        elif expert.blocked is not None:
            why = f" (the fingers came down on the {expert.blocked}; the pick stopped before pushing it)"
        return SkillOutcome(False, f"grasp failed: {target.name} is not in the gripper{why}", n)


class ScriptedPlace:
    primitive = "place"

    def __init__(self, run: ExpertRunner = run_expert) -> None:
        self.run = run

    def __call__(self, world: World, target: Target) -> SkillOutcome:
        sim = _sim(world)
        state = sim.sim_state()
        block = state.held
        if block is None:
            return SkillOutcome(False, f"cannot place on {target.name}: the gripper holds nothing")
        dest = None
        if target.kind == "object":
            dest = nearest_object(state, target.position, target.object_kind)
            if dest is None or dest == block:
                return SkillOutcome(False, f"no {target.object_kind or 'object'} where {target.name} was seen")
        try:
            n = self.run(sim, PlaceExpert(block, target, dest), target)
        except LookupError as e:
            return SkillOutcome(False, str(e))
        n += finish(sim, gripper=0.0)
        if placed(sim.sim_state(), block, target, dest):
            return SkillOutcome(True, f"placed on {target.name}", n)
        return SkillOutcome(False, f"the block did not end up on {target.name}", n)


def make_skills(run: ExpertRunner = run_expert) -> dict[str, ScriptedPick | ScriptedPlace]:
    return {"pick": ScriptedPick(run), "place": ScriptedPlace(run)}
