"""Evaluation throughput through Ray with 1 and 2 workers on the same episodes (needs pip install -e ".[ray]").

Steady state (workers started and warmed up first); scripted skills and the real perception by default.
Prints one JSON object with --json: episodes_per_min_1, episodes_per_min_2, speedup, and the details.
"""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--episodes", type=int, default=24, help="episodes per run, the six task families in turn (default 24)")
    p.add_argument("--skills", default="scripted", help="skill set: scripted | learned (default scripted)")
    p.add_argument("--ray-address", metavar="ADDR", help="a Ray cluster to join (default: a new local instance)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    from agent.commands._output import print_metrics, progress_bar
    from agent.evaluation.ray_backend import require_ray
    from sim.core.errors import UserError

    if args.episodes < 1:
        raise UserError(f"--episodes must be >= 1, got {args.episodes}")
    require_ray()
    from benchmarks import ray as ray_bench

    with progress_bar("episodes (1 worker, then 2)", 2 * args.episodes, quiet=args.json) as advance:
        done = [0]

        def step() -> None:
            done[0] += 1
            advance(done[0])

        result = ray_bench.run(args.episodes, args.skills, args.ray_address, progress=step)
    print_metrics("bench ray", result, args.json)
    return 0
