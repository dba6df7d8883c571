"""Per world: render ms by image size, physics steps/s, the scripted experts' pick-and-place success over N seeds,
the wall time of `run "clear the table"` with each skill set, and the time to the first action.

Worlds: pybullet and mujoco (mujoco only when installed). clear-the-table runs `vla-agent run "clear the table"
--planner offline --seed 0` once per world and skill set (learned, scripted), each in a fresh process: the slow
part, skipped with --no-clear-table (then one process on the default world stops at its first action to measure
first_action_s). The default world's figures are also given under today's top-level keys.
"""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--episodes", type=int, default=200, help="pick-and-place on seeds 0..N-1 per world (default 200)")
    p.add_argument("--worlds", metavar="A,B", default=None,
                   help="comma-separated: pybullet, mujoco (default: both when mujoco is installed, else pybullet)")
    p.add_argument("--frames", type=int, default=10, help="timed frames per render size (default 10; the median)")
    p.add_argument("--physics-s", type=float, default=10.0,
                   help="simulated seconds stepped for steps/s (default 10)")
    p.add_argument("--no-clear-table", dest="clear_table", action="store_false",
                   help='skip the "clear the table" runs (the slow part)')
    p.add_argument("--no-first-action", dest="first_action", action="store_false",
                   help="with --no-clear-table: skip the first-action process too")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    from agent.commands._output import print_metrics, progress_bar
    from benchmarks import sim
    from sim.core.errors import UserError

    if args.episodes < 1:
        raise UserError(f"--episodes must be >= 1, got {args.episodes}")
    if args.frames < 1:
        raise UserError(f"--frames must be >= 1, got {args.frames}")
    if args.physics_s <= 0:
        raise UserError(f"--physics-s must be > 0, got {args.physics_s}")
    worlds, notes = sim.parse_worlds(args.worlds)
    total = sim.work_units(worlds, args.episodes, args.clear_table, args.first_action)
    with progress_bar("bench sim", total, quiet=args.json) as advance:
        result = sim.run(args.episodes, progress=advance, worlds=None if args.worlds is None else worlds,
                         clear_table=args.clear_table, first_action=args.first_action, frames=args.frames,
                         physics_s=args.physics_s)
    result["notes"] = notes + [n for n in result["notes"] if n not in notes]
    print_metrics("bench sim", result, args.json)
    return 0
