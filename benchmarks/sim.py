"""`vla-agent bench sim`: physics and rendering speed, and the scripted experts' pick-and-place success.

Episodes are `sim.episodes.bench_scene` / `pick_place_task` on seeds 0..N-1.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from sim.episodes import TARGET_KINDS, bench_scene, pick_place_task
from sim.pybullet_world import FRONT_CAMERA, PyBulletWorld
from sim.world import Action
from skills.base import Target


def run(episodes: int = 200, progress: Callable[[int], None] | None = None) -> dict:
    """Measure; `progress(k)` is called after each episode."""
    from skills.scripted import make_skills, placed

    if episodes < 1:
        raise ValueError("episodes must be >= 1")
    result: dict = {}
    with PyBulletWorld(image_size=128, wrist_camera=False) as world:
        world.reset(bench_scene(0))
        t = time.perf_counter()
        world.simulate(2400)
        result["steps_per_s"] = round(2400 / (time.perf_counter() - t))
        t = time.perf_counter()
        for _ in range(50):
            world.step(Action(dpos=np.zeros(3)))
        result["actions_per_s"] = round(50 / (time.perf_counter() - t), 1)
        result["render_ms"] = {}
        for size in (96, 128, 224):
            world.render_camera(FRONT_CAMERA, size)
            t = time.perf_counter()
            for _ in range(10):
                world.render_camera(FRONT_CAMERA, size)
            result["render_ms"][str(size)] = round((time.perf_counter() - t) / 10 * 1000, 1)

        skills = make_skills()
        by_kind: dict[str, list[bool]] = {k: [] for k in TARGET_KINDS}
        failures: list[dict] = []
        seconds = []
        for seed in range(episodes):
            scene = bench_scene(seed)
            world.reset(scene)
            state = world.sim_state()
            block, goal = pick_place_task(seed, state, scene.objects)
            target = Target(*goal)
            t = time.perf_counter()
            picked = skills["pick"](world, Target(block, "object", state.objects[block].position, "block"))
            put = skills["place"](world, target) if picked.success else None
            seconds.append(time.perf_counter() - t)
            dest = target.name if target.kind == "object" else None  # the bench knows the true object
            ok = picked.success and put is not None and placed(world.sim_state(), block, target, dest)
            by_kind[TARGET_KINDS[seed % len(TARGET_KINDS)]].append(ok)
            if not ok:
                failures.append({"seed": seed, "block": block, "target": target.name,
                                 "message": (put or picked).message})
            if progress:
                progress(seed + 1)
    n_ok = sum(sum(v) for v in by_kind.values())
    result["scripted_success"] = round(float(n_ok) / episodes, 4)
    result["scripted_success_by_target"] = {k: round(float(sum(v)) / len(v), 4) for k, v in by_kind.items() if v}
    result["s_per_pick_place"] = round(float(np.mean(seconds)), 3)
    result["episodes"] = episodes
    result["failures"] = failures[:10]
    return result
