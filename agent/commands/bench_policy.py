"""Success of the learned pick and place on new scenes (seen and held-out colour-kind pairs), and inference latency,
in the world named by --world."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    from sim.worlds import DEFAULT_WORLD

    p.add_argument("--episodes", type=int, default=100, help="episodes per group (seen, held-out); default 100")
    p.add_argument("--checkpoint", default=None, help="policy folder (default: the shipped one)")
    p.add_argument("--masks", choices=("perception", "segmentation"), default="perception",
                   help="target masks from CLIP grounding (default) or simulator segmentation (a stand-in)")
    p.add_argument("--phrasing", choices=("canonical", "heldout"), default="canonical",
                   help="the step instructions as the skills say them (default), or said in other words that no "
                        "policy was trained on (\"grab the red block\", \"set it down in the blue bowl\")")
    p.add_argument("--world", default=None, help=f"the physics world: pybullet or mujoco (default {DEFAULT_WORLD})")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    from agent.commands._output import print_metrics, progress_bar
    from benchmarks import policy
    from sim.core.errors import UserError
    from sim.worlds import physics_world

    if args.episodes < 1:
        raise UserError(f"--episodes must be >= 1, got {args.episodes}")
    world = physics_world(args.world)
    with progress_bar(f"learned pick-and-place ({world})", 2 * args.episodes, quiet=args.json) as advance:
        result = policy.run(args.episodes, checkpoint=args.checkpoint, mask=args.masks, progress=advance, world=world,
                            phrasing=args.phrasing)
    print_metrics("bench policy", result, args.json)
    return 0
