"""Physics steps/s, render ms by image size, and the scripted experts' pick-and-place success over N seeds."""

from __future__ import annotations

import argparse
import json


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--episodes", type=int, default=200, help="random seeds 0..N-1 (default 200)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    from agent.commands._progress import progress_bar
    from agent.errors import UserError
    from benchmarks import sim

    if args.episodes < 1:
        raise UserError(f"--episodes must be >= 1, got {args.episodes}")
    with progress_bar("scripted pick-and-place", args.episodes, quiet=args.json) as advance:
        result = sim.run(args.episodes, progress=advance)
    if args.json:
        print(json.dumps(result))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title="bench sim")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for k, v in result.items():
            if k != "failures":
                table.add_row(k, json.dumps(v))
        Console().print(table)
    return 0
