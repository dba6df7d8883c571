"""Perception benchmark: recall, CLIP label accuracy (seen / held-out pairs), referring expressions, relations, ms.

Scenes are generated from seeds 1_000_000 + k (the CLIP trained on seeds below 100_000), each with
towers and blocks in bowls, in the world named by --world. Prints one JSON object with --json.
"""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    from sim.worlds import DEFAULT_WORLD

    p.add_argument("--episodes", type=int, default=200, help="number of scenes (default 200)")
    p.add_argument("--checkpoint", default=None, help="CLIP folder or Hugging Face name (default: the shipped one)")
    p.add_argument("--image-size", type=int, default=128, help="front camera resolution (default 128)")
    p.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
    p.add_argument("--world", default=None, help=f"the physics world: pybullet or mujoco (default {DEFAULT_WORLD})")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    from agent.commands._output import print_metrics, progress_bar
    from benchmarks import perception
    from sim.core.errors import UserError
    from sim.worlds import physics_world

    if args.episodes < 1:
        raise UserError(f"--episodes must be >= 1, got {args.episodes}")
    if not 32 <= args.image_size <= 1024:
        raise UserError(f"--image-size must be in [32, 1024], got {args.image_size}")
    if args.threads < 1:
        raise UserError(f"--threads must be >= 1, got {args.threads}")
    world = physics_world(args.world)
    with progress_bar(f"perception ({world})", args.episodes, quiet=args.json) as advance:
        result = perception.run(args.episodes, args.checkpoint, args.image_size, args.threads, progress=advance,
                                world=world)
    print_metrics("bench perception", result, args.json)
    return 0
