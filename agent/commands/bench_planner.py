"""Planner benchmark: random blocks-world problems stated as sentences (correct, optimal, ms) + the language suite,
and with --executed N, N such problems carried out by the agent in a simulator and judged on its ground truth."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--problems", type=int, default=500, help="random blocks-world problems (default 500)")
    p.add_argument("--episodes", type=int, default=500, help="language-suite instructions (default 500)")
    p.add_argument("--executed", type=int, default=0, metavar="N",
                   help="also run N random problems through the agent (offline planner, scripted skills) in the "
                        "simulator and check the goal on its ground truth (default 0: off)")
    from sim.worlds import DEFAULT_WORLD

    p.add_argument("--world", default=DEFAULT_WORLD,
                   help=f"the world for --executed: pybullet, mujoco or symbolic (default {DEFAULT_WORLD})")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    from agent.commands._output import print_metrics, progress_bar
    from benchmarks import planner
    from sim.core.errors import UserError
    from sim.worlds import world_kind

    if args.problems < 1 or args.episodes < 0 or args.executed < 0:
        raise UserError(f"--problems must be >= 1, --episodes and --executed >= 0, got {args.problems}, "
                        f"{args.episodes} and {args.executed}")
    world_kind(args.world)  # an unknown world fails before the benchmark starts
    with progress_bar("blocks-world problems", args.problems, quiet=args.json) as advance:
        result = planner.run(args.problems, args.seed, args.episodes, progress=advance)
    if args.executed:
        with progress_bar(f"executed problems ({args.world})", args.executed, quiet=args.json) as advance:
            result.update(planner.executed_suite(args.executed, args.seed, args.world, progress=advance))
    print_metrics("bench planner", result, args.json)
    return 0
