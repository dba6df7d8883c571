"""`vla-agent bench policy`: the learned pick and place on new scenes, seen and held-out colour-kind pairs.

Episodes use `sim.episodes.bench_scene` / `pick_place_task` on seeds from BENCH_FIRST_SEED (training uses
seeds below 100000), through `skills.training.rollouts.episode_scene`. A held-out episode recolours the same
scene so the picked block is a cyan block and a bowl target is the purple bowl (the pairs perception held
out of CLIP training); a seen episode recolours any held-out pair away. Masks come from the perception
pipeline (CLIP grounding) unless told otherwise. The place is measured on its own: if the learned pick
failed, the scripted expert picks first. The same episodes run on any physics world of `sim.worlds`
(`world`: "pybullet", "mujoco"; None: the package default), built there by name at 128 px, front camera only.
"""

from __future__ import annotations

import dataclasses
import importlib
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from benchmarks.perception import bench_world, truth_frame
from benchmarks.sim import physics_world
from skills.training.rollouts import run_episodes

BENCH_FIRST_SEED = 2_000_000
IMAGE_SIZE = 128  # the front camera the policy and perception run on (as in training's rollouts)
SETTLE_S = 0.2  # simulated seconds a released block settles before it is judged (48 PyBullet ticks, 100 MuJoCo ones)


def run(episodes: int = 100, checkpoint: str | None = None, mask: str = "perception",
        progress: Callable[[int], None] | None = None, world: str | None = None) -> dict:
    """Measure everything `bench policy` reports on the physics world `world` (None: the package default);
    `progress(k)` after each of the 2 * episodes episodes."""
    import torch

    from skills.policy.checkpoint import CHECKPOINT_DIR, training_record
    from skills.policy.inference import Policy

    if episodes < 1:
        raise ValueError("episodes must be >= 1")
    world = physics_world(world)
    torch.set_num_threads(1)
    done = [0]

    def tick() -> None:
        done[0] += 1
        if progress:
            progress(done[0])

    policy = Policy(checkpoint)
    seeds = [BENCH_FIRST_SEED + i for i in range(episodes)]
    t = time.perf_counter()
    groups = {}
    for heldout in (False, True):  # a fresh world per group, as training's rollouts build one per call
        with bench_world(world, IMAGE_SIZE) as env:
            settle = round(SETTLE_S * physics_hz(world))
            groups[heldout] = run_episodes(env, policy, seeds, bench_masks(mask), heldout, progress=tick,
                                           settle_ticks=settle)
    seen, held = groups[False], groups[True]
    lat = np.array(policy.latencies_ms)
    record = training_record(CHECKPOINT_DIR if checkpoint is None else Path(checkpoint))
    return {
        "world": world,
        "pick_seen": seen["pick"], "pick_heldout": held["pick"],
        "place_seen": seen["place"], "place_heldout": held["place"],
        "latency_ms_p50": round(float(np.percentile(lat, 50)), 3) if len(lat) else None,
        "latency_ms_p95": round(float(np.percentile(lat, 95)), 3) if len(lat) else None,
        "train_minutes": record.get("train_minutes"), "demos": record.get("demos"),
        "episodes": episodes, "mask": mask, "torch_threads": 1,
        "bench_minutes": round((time.perf_counter() - t) / 60, 2),
        "failures": (seen["failures"] + held["failures"])[:20],
    }


def physics_hz(world: str) -> float:
    """Physics ticks per simulated second of the world `world` (its module's PHYSICS_HZ)."""
    from sim.worlds import world_kind

    return float(importlib.import_module(world_kind(world).factory.split(":")[0]).PHYSICS_HZ)


def bench_masks(mask: str):
    """`mask_source(mask)`; the segmentation stand-in reads simulator segmentation, which some worlds draw only
    on request (`truth_frame`)."""
    from skills.policy.masks import mask_source

    source = mask_source(mask)
    if mask != "segmentation":
        return source
    return lambda world, obs, name: source(world, dataclasses.replace(obs, front=truth_frame(world, obs)), name)
