"""`vla-agent bench policy`: the learned pick and place on new scenes, seen and held-out colour-kind pairs.

Episodes (`skills.training.rollouts`) use `sim.episodes.bench_scene` / `pick_place_task` on seeds
from BENCH_FIRST_SEED (training uses seeds below 100000). A held-out episode recolours the same
scene so the picked block is a cyan block and a bowl target is the purple bowl (the pairs
perception held out of CLIP training); a seen episode recolours any held-out pair away. Masks
come from the perception pipeline (CLIP grounding) unless told otherwise. The place is measured
on its own: if the learned pick failed, the scripted expert picks first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from skills.training.rollouts import run_episodes

BENCH_FIRST_SEED = 2_000_000


def run(episodes: int = 100, checkpoint: str | None = None, mask: str = "perception",
        progress: Callable[[int], None] | None = None) -> dict:
    """Measure everything `bench policy` reports; `progress(k)` after each of the 2 * episodes episodes."""
    import torch

    from skills.policy.checkpoint import CHECKPOINT_DIR, training_record
    from skills.policy.inference import Policy

    if episodes < 1:
        raise ValueError("episodes must be >= 1")
    torch.set_num_threads(1)
    done = [0]

    def tick() -> None:
        done[0] += 1
        if progress:
            progress(done[0])

    policy = Policy(checkpoint)
    seeds = [BENCH_FIRST_SEED + i for i in range(episodes)]
    t = time.perf_counter()
    seen = run_episodes(policy, seeds, mask, heldout=False, progress=tick)
    held = run_episodes(policy, seeds, mask, heldout=True, progress=tick)
    lat = np.array(policy.latencies_ms)
    record = training_record(CHECKPOINT_DIR if checkpoint is None else Path(checkpoint))
    return {
        "pick_seen": seen["pick"], "pick_heldout": held["pick"],
        "place_seen": seen["place"], "place_heldout": held["place"],
        "latency_ms_p50": round(float(np.percentile(lat, 50)), 3) if len(lat) else None,
        "latency_ms_p95": round(float(np.percentile(lat, 95)), 3) if len(lat) else None,
        "train_minutes": record.get("train_minutes"), "demos": record.get("demos"),
        "episodes": episodes, "mask": mask, "torch_threads": 1,
        "bench_minutes": round((time.perf_counter() - t) / 60, 2),
        "failures": (seen["failures"] + held["failures"])[:20],
    }
