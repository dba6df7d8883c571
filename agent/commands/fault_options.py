"""The fault-injection options shared by `run`, `eval` and `batch`: --faults, --fault-rate, --fault-seed."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sim.faults import FaultConfig

KINDS = "slip, knock, nudge, occlude, depth_noise, drop_frame"  # sim.faults.FAULT_KINDS, without importing it


def add_fault_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--faults", metavar="KINDS",
                   help=f"inject faults, comma-separated: {KINDS}. Each episode gets at most one: with probability "
                        "--fault-rate one of KINDS, drawn uniformly, fires once at its first chance (sim.faults)")
    p.add_argument("--fault-rate", type=float, default=1.0, metavar="P",
                   help="probability that an episode gets a fault (default 1: one fault in every episode)")
    p.add_argument("--fault-seed", type=int, default=0, metavar="N",
                   help="seed of the fault draws; with the scene it fixes each episode's fault (default 0)")


def faults_from_args(args: argparse.Namespace) -> FaultConfig | None:
    """The `FaultConfig` the options ask for; None without --faults (`UserError` on a bad value)."""
    from sim.core.errors import UserError
    from sim.faults import FaultConfig

    if not args.faults:
        if args.fault_rate != 1.0 or args.fault_seed != 0:
            raise UserError("--fault-rate and --fault-seed need --faults KINDS")
        return None
    return FaultConfig.parse(args.faults, args.fault_rate, args.fault_seed)
