"""Planner benchmark: random blocks-world problems stated as sentences (correct, optimal, ms) + the language suite."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--problems", type=int, default=500, help="random blocks-world problems (default 500)")
    p.add_argument("--episodes", type=int, default=500, help="language-suite instructions (default 500)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    from agent.commands._output import print_metrics, progress_bar
    from benchmarks import planner
    from sim.core.errors import UserError

    if args.problems < 1 or args.episodes < 0:
        raise UserError(f"--problems must be >= 1 and --episodes >= 0, got {args.problems} and {args.episodes}")
    with progress_bar("blocks-world problems", args.problems, quiet=args.json) as advance:
        result = planner.run(args.problems, args.seed, args.episodes, progress=advance)
    print_metrics("bench planner", result, args.json)
    return 0
