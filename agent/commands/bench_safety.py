"""The hand stays in the workspace: read from the simulator at every physics step, over adversarial and scripted episodes."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    from sim.worlds import DEFAULT_WORLD

    p.add_argument("--episodes", type=int, default=1000,
                   help="episodes on seeds 0..N-1: even seeds adversarial actions, odd seeds scripted pick-and-place "
                        "(default 1000)")
    p.add_argument("--world", default=None, help=f"the physics world: pybullet or mujoco (default {DEFAULT_WORLD})")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    from agent.commands import exit_codes
    from agent.commands._output import print_metrics, progress_bar
    from benchmarks import safety
    from sim.core.errors import UserError
    from sim.worlds import physics_world

    if args.episodes < 1:
        raise UserError(f"--episodes must be >= 1, got {args.episodes}")
    world = physics_world(args.world)
    with progress_bar(f"workspace check ({world})", args.episodes, quiet=args.json) as advance:
        result = safety.run(args.episodes, progress=advance, world=world)
    print_metrics("bench safety", result, args.json)
    return exit_codes.for_episode(result["violations"] == 0)
