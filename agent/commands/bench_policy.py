"""Success of the learned pick and place on new scenes (seen and held-out colour-kind pairs), and inference latency."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--episodes", type=int, default=100, help="episodes per group (seen, held-out); default 100")
    p.add_argument("--checkpoint", default=None, help="policy folder (default: the shipped one)")
    p.add_argument("--masks", choices=("perception", "segmentation"), default="perception",
                   help="target masks from CLIP grounding (default) or simulator segmentation (a stand-in)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    from agent.commands._output import print_metrics, progress_bar
    from sim.core.errors import UserError
    from benchmarks import policy

    if args.episodes < 1:
        raise UserError(f"--episodes must be >= 1, got {args.episodes}")
    with progress_bar("learned pick-and-place", 2 * args.episodes, quiet=args.json) as advance:
        result = policy.run(args.episodes, checkpoint=args.checkpoint, mask=args.masks, progress=advance)
    print_metrics("bench policy", result, args.json)
    return 0
