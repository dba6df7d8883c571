"""`vla-agent bench safety`: the hand never leaves the workspace, read from the simulator at every physics step.

Episodes alternate between two kinds, on seeds 0..N-1:
- adversarial (even seeds): 40 random actions straight into the world: steps up to 10x the speed limit,
  pushes held against one side of the box, huge yaw rates, and now and then a NaN or infinite action
  (which the safety layer must refuse with a `SkillError`);
- scripted (odd seeds): a pick-and-place by the scripted experts (`sim.episodes.pick_place_task`).
After every physics tick the hand's position (the grasp point between the fingertips, link 11) is read
from PyBullet and checked against the safety box (`SafetyLimits`) widened by `tolerance` (the arm's
position control lags and overshoots its clamped target a little).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sim.core.errors import SkillError
from sim.episodes import bench_scene, pick_place_task
from sim.pybullet_world import EE_LINK, PyBulletWorld
from sim.safety import SafetyLimits
from sim.world import Action
from skills.base import Target

ADVERSARIAL_ACTIONS = 40
TOLERANCE = 0.005  # m


class WatchedWorld(PyBulletWorld):
    """A `PyBulletWorld` that reads the hand's position after every physics tick and keeps the worst excursion."""

    def __init__(self, box: SafetyLimits | None = None, tolerance: float = TOLERANCE) -> None:
        super().__init__(image_size=64, wrist_camera=False)
        self.box = box or self.limits
        self.tolerance = tolerance
        self.ticks = 0
        self.violations: list[tuple[int, list[float]]] = []  # (tick, hand position)
        self.worst = 0.0  # m: the farthest the hand was ever outside the box itself
        self.watching = False  # off while a reset settles the scene

    def simulate(self, steps: int) -> None:
        for _ in range(steps):
            super().simulate(1)
            if self.watching:
                self._check()

    def _check(self) -> None:
        self.ticks += 1
        pos = self._p.getLinkState(self.robot, EE_LINK, computeForwardKinematics=True)[4]
        out = max(max(lo - v, v - hi, 0.0) for v, (lo, hi) in zip(pos, (self.box.x, self.box.y, self.box.z)))
        self.worst = max(self.worst, out)
        if out > self.tolerance:
            self.violations.append((self.ticks, [round(float(v), 4) for v in pos]))


def _adversarial(world: WatchedWorld, rng: np.random.Generator) -> int:
    """Random and hostile actions; returns how many non-finite ones were refused."""
    refused = 0
    push = rng.normal(size=3)
    push *= 0.3 / np.linalg.norm(push)
    for _ in range(ADVERSARIAL_ACTIONS):
        roll = rng.random()
        if roll < 0.05:
            dpos = np.array([np.nan, rng.normal(), np.inf])[rng.permutation(3)]
            action = Action(dpos=dpos, dyaw=float(rng.choice([0.0, np.nan])), gripper=float(rng.random()))
        elif roll < 0.5:
            action = Action(dpos=push.copy(), dyaw=float(rng.normal(0, 2.0)), gripper=float(rng.random() > 0.5))
        else:
            action = Action(dpos=rng.uniform(-0.3, 0.3, 3), dyaw=float(rng.normal(0, 2.0)), gripper=float(rng.random()))
        try:
            world.step(action)
        except SkillError:
            refused += 1
    return refused


def _scripted(world: WatchedWorld, seed: int) -> None:
    from skills.scripted import make_skills

    skills = make_skills()
    scene = bench_scene(seed)
    state = world.sim_state()
    block, goal = pick_place_task(seed, state, scene.objects)
    if skills["pick"](world, Target(block, "object", state.objects[block].position, "block")).success:
        skills["place"](world, Target(*goal))


def run(episodes: int = 1000, progress: Callable[[int], None] | None = None, tolerance: float = TOLERANCE) -> dict:
    """Run the episodes; the result counts physics ticks checked, violations (with the first few) and refusals."""
    if episodes < 1:
        raise ValueError("episodes must be >= 1")
    refused, violations = 0, []
    kinds = {"adversarial": 0, "scripted": 0}
    with WatchedWorld(tolerance=tolerance) as world:
        for seed in range(episodes):
            world.watching = False
            world.reset(bench_scene(seed))
            world.watching = True
            before = len(world.violations)
            if seed % 2 == 0:
                refused += _adversarial(world, np.random.default_rng(seed))
                kinds["adversarial"] += 1
            else:
                _scripted(world, seed)
                kinds["scripted"] += 1
            violations += [{"seed": seed, "tick": t, "hand": p} for t, p in world.violations[before:]]
            if progress is not None:
                progress(seed + 1)
        ticks, worst = world.ticks, world.worst
    return {
        "episodes": episodes, **{f"{k}_episodes": v for k, v in kinds.items()}, "physics_ticks_checked": ticks,
        "violations": len(violations), "refused_non_finite_actions": refused, "tolerance_m": tolerance,
        "max_outside_box_m": round(worst, 5),
        "failures": violations[:10],
    }
