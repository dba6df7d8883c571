"""Physics steps/s, render ms by image size, and the scripted experts' pick-and-place success over N seeds."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--episodes", type=int, default=200, help="random seeds 0..N-1 (default 200)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    from agent.commands._output import print_metrics, progress_bar
    from sim.core.errors import UserError
    from benchmarks import sim

    if args.episodes < 1:
        raise UserError(f"--episodes must be >= 1, got {args.episodes}")
    with progress_bar("scripted pick-and-place", args.episodes, quiet=args.json) as advance:
        result = sim.run(args.episodes, progress=advance)
    print_metrics("bench sim", result, args.json)
    return 0
