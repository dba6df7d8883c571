"""`vla-agent bench safety`: the hand never leaves the workspace, read from the simulator at every physics step.

Episodes alternate between two kinds, on seeds 0..N-1:
- adversarial (even seeds): 40 random actions straight into the world: steps up to 10x the speed limit,
  pushes held against one side of the box, huge yaw rates, and now and then a NaN or infinite action
  (which the safety layer must refuse with a `SkillError`);
- scripted (odd seeds): a pick-and-place by the scripted experts (`sim.episodes.pick_place_task`).
Both physics worlds (`world`: "pybullet", "mujoco") run the same episodes. After every physics tick the hand's
position (the grasp point between the fingertips, `panda_grasptarget`) is computed from the simulator's joint state
and checked against the safety box (`SafetyLimits`) widened by `tolerance` (the arm's position control lags and
overshoots its target a little). The clamps the safety layer applied are counted by kind, per kind of episode
(`clamps`: the scripted experts' show what the checks cost ordinary motions).
"""

from __future__ import annotations

import functools
import importlib
import time
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from sim.core.errors import SkillError
from sim.episodes import bench_scene, pick_place_task
from sim.safety import ClampCounter, SafetyLimits
from sim.world import Action
from sim.worlds import physics_world, world_kind
from skills.base import Target

ADVERSARIAL_ACTIONS = 40
TOLERANCE = 0.005  # m


def _pybullet_hand(world) -> Sequence[float]:
    from sim.pybullet_world import EE_LINK

    return world._p.getLinkState(world.robot, EE_LINK, computeForwardKinematics=True)[4]


def _mujoco_hand(world) -> Sequence[float]:
    # `data.xpos` after `mj_step` holds the pose before the step's integration: compute it from the new joints.
    from sim.mujoco_scene import mujoco

    scratch = world._watch_data
    scratch.qpos[:] = world.data.qpos
    mujoco.mj_kinematics(world.model, scratch)
    return scratch.xpos[world._m.ee_body]


_HANDS: dict[str, Callable[[object], Sequence[float]]] = {"pybullet": _pybullet_hand, "mujoco": _mujoco_hand}


class _Watching:
    """Mixed into a world class by `watched_world`: reads the hand after every physics tick and keeps the worst."""

    def _start_watch(self, name: str, box: SafetyLimits, tolerance: float) -> None:
        self.box = box
        self.tolerance = tolerance
        self.ticks = 0
        self.violations: list[tuple[int, list[float]]] = []  # (tick, hand position)
        self.worst = 0.0  # m: the farthest the hand was ever outside the box itself
        self.watching = False  # off while a reset settles the scene
        self._hand = _HANDS[name]
        if name == "mujoco":
            from sim.mujoco_scene import mujoco

            self._watch_data = mujoco.MjData(self.model)

    def simulate(self, steps: int) -> None:
        for _ in range(steps):
            super().simulate(1)
            if self.watching:
                self._check()

    def _check(self) -> None:
        self.ticks += 1
        pos = self._hand(self)
        out = self.box.outside(pos)
        self.worst = max(self.worst, out)
        if out > self.tolerance:
            self.violations.append((self.ticks, [round(float(v), 4) for v in pos]))


@functools.cache
def _watched_class(name: str) -> type:
    module, attr = world_kind(name).factory.split(":")
    base = getattr(importlib.import_module(module), attr)  # ConfigError with the pip command when not installed
    return type(f"Watched{base.__name__}", (_Watching, base), {})


def watched_world(name: str | None = None, box: SafetyLimits | None = None, tolerance: float = TOLERANCE):
    """The physics world `name` (None: the default world; 64 px front camera, no wrist camera) with the watch on it:
    `ticks`, `violations` and `worst` count from when `watching` is set. `box`: the box checked (default the
    world's own `SafetyLimits`)."""
    name = physics_world(name)
    world = _watched_class(name)(image_size=64, wrist_camera=False)
    world._start_watch(name, box or world.limits, tolerance)
    return world


def _adversarial(world, rng: np.random.Generator) -> int:
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


def _scripted(world, seed: int) -> bool:
    """The scripted pick-and-place of episode `seed`; whether both skills succeeded."""
    from skills.scripted import make_skills

    skills = make_skills()
    scene = bench_scene(seed)
    state = world.sim_state()
    block, goal = pick_place_task(seed, state, scene.objects)
    if skills["pick"](world, Target(block, "object", state.objects[block].position, "block")).success:
        return skills["place"](world, Target(*goal)).success
    return False


def run(episodes: int = 1000, progress: Callable[[int], None] | None = None, tolerance: float = TOLERANCE,
        world: str | None = None, seeds: Sequence[int] | None = None) -> dict:
    """Run the episodes on `world` (None: the default world); the result counts physics ticks checked, violations
    (with the first few), refusals and clamps by kind. `seeds`: run these seeds instead of 0..episodes-1."""
    seeds = list(range(episodes)) if seeds is None else list(seeds)
    if not seeds:
        raise ValueError("episodes must be >= 1")
    name = physics_world(world)
    refused, placed, violations = 0, 0, []
    kinds = {"adversarial": 0, "scripted": 0}
    clamps: dict[str, Counter[str]] = {kind: Counter() for kind in kinds}
    start = time.perf_counter()
    with watched_world(name, tolerance=tolerance) as env:
        counted = ClampCounter(env)  # the adversary and the skills step through it
        for k, seed in enumerate(seeds):
            env.watching = False
            env.reset(bench_scene(seed))
            env.watching = True
            before, counts = len(env.violations), counted.counts.copy()
            kind = "adversarial" if seed % 2 == 0 else "scripted"
            if kind == "adversarial":
                refused += _adversarial(counted, np.random.default_rng(seed))
            else:
                placed += _scripted(counted, seed)
            kinds[kind] += 1
            clamps[kind].update(counted.counts - counts)
            violations += [{"seed": seed, "tick": t, "hand": p} for t, p in env.violations[before:]]
            if progress is not None:
                progress(k + 1)
        ticks, worst = env.ticks, env.worst
    return {
        "world": name, "episodes": len(seeds), **{f"{k}_episodes": v for k, v in kinds.items()},
        "physics_ticks_checked": ticks, "violations": len(violations), "refused_non_finite_actions": refused,
        "tolerance_m": tolerance, "max_outside_box_m": round(worst, 5),
        "scripted_success": round(placed / kinds["scripted"], 4) if kinds["scripted"] else None,
        "clamps": {k: dict(sorted(c.items())) for k, c in clamps.items()}, "wall_s": round(time.perf_counter() - start, 1),
        "failures": violations[:10],
    }
