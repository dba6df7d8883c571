"""`vla-agent bench ray`: evaluation throughput through Ray with 1 and with 2 workers, on the same episodes.

The episodes are the default suite's tasks, the six families in turn (`make_task(family, i)`), run by
the offline planner with `skills` (scripted by default) and the real perception (RGB-D + CLIP) on
PyBullet, as `vla-agent eval --backend ray` runs them. Both runs share one Ray instance.

Steady state: every worker is started and has run one warm-up episode (not counted: it loads
the perception and skill models) before any measured episode is handed out; the clock runs from
then to the last result. Start-up is reported on its own (`startup_s_*`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

WARMUP_ID = "warmup"
PLANNER = "offline"


def bench_tasks(episodes: int) -> list[Any]:
    """Episode i: the family i mod 6, its episode i div 6 (the default suite's tasks, interleaved)."""
    from agent.evaluation.suite import FAMILIES, make_task

    return [make_task(FAMILIES[i % len(FAMILIES)], i // len(FAMILIES)) for i in range(episodes)]


def warm_agent(**kwargs: Any) -> Any:
    """A worker's agent, after one warm-up episode (models loaded, caches filled)."""
    from agent.evaluation.batch import default_agent
    from agent.evaluation.suite import make_task, run_task

    agent = default_agent(**kwargs)
    task = make_task("single", 999)
    run_task(agent, task, thread_id=WARMUP_ID)
    return agent


def _measure(tasks: list[Any], workers: int, skills: str, address: str | None,
             progress: Callable[[], None] | None) -> dict:
    from agent.evaluation.evaluate import evaluate
    from agent.evaluation.ray_backend import RayBackend

    backend = RayBackend(address, wait_for_all=True)
    finished: list[float] = []

    def on_result(row: dict) -> None:
        finished.append(time.perf_counter())
        if progress:
            progress()

    summary, rows = evaluate(tasks, planner=PLANNER, skills=skills, workers=workers, factory=warm_agent,
                             on_result=on_result, backend=backend)
    stats = backend.stats
    window = max(finished) - stats["all_ready"]
    return {
        "episodes_per_min": round(len(tasks) / window * 60, 2),
        "window_s": round(window, 2),
        "startup_s": round(stats["all_ready"] - stats["started"], 2),
        "s_per_episode": round(sum(r.get("wall_s", 0.0) for r in rows) / len(rows), 3),
        "success_rate": summary["overall"],
        "retried": stats["retried"],
        "outcomes": [(r["id"], bool(r["success"]), len(r.get("steps", []))) for r in rows],
    }


def run(episodes: int = 24, skills: str = "scripted", address: str | None = None,
        progress: Callable[[], None] | None = None) -> dict:
    """Measure with 1 then 2 workers; `progress()` is called after each episode (2 x `episodes` in all)."""
    import ray

    from agent.evaluation.ray_backend import ray_session

    if episodes < 1:
        raise ValueError("episodes must be >= 1")
    tasks = bench_tasks(episodes)
    runs: dict[int, dict] = {}
    with ray_session(address, num_cpus=max(2, os.cpu_count() or 1)):
        cluster_cpus = ray.cluster_resources().get("CPU", 0)
        for workers in (1, 2):
            runs[workers] = _measure(tasks, workers, skills, address, progress)
    one, two = runs[1], runs[2]
    return {
        "episodes_per_min_1": one["episodes_per_min"],
        "episodes_per_min_2": two["episodes_per_min"],
        "speedup": round(two["episodes_per_min"] / one["episodes_per_min"], 3),
        "episodes": episodes,
        "s_per_episode_1": one["s_per_episode"],
        "s_per_episode_2": two["s_per_episode"],
        "window_s_1": one["window_s"],
        "window_s_2": two["window_s"],
        "startup_s_1": one["startup_s"],
        "startup_s_2": two["startup_s"],
        "success_rate_1": one["success_rate"],
        "success_rate_2": two["success_rate"],
        "same_outcomes": one["outcomes"] == two["outcomes"],
        "retried": one["retried"] + two["retried"],
        "timing": "steady state: from every worker started and warmed up (one uncounted episode each) "
                  "to the last result; start-up reported apart in startup_s_*",
        "world": "pybullet",
        "skills": skills,
        "perceiver": "clip",
        "planner": PLANNER,
        "cpus_per_worker": 1,
        "cluster_cpus": cluster_cpus,
        "machine_cpus": os.cpu_count(),
        "ray": ray.__version__,
    }
