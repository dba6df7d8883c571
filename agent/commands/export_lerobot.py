"""Write demonstrations (HDF5 from `vla-agent collect`) as a LeRobotDataset (format v3.0) in a new folder.

Parquet step data, one MP4 of the policy's RGB per file of episodes, and meta/ (info.json, stats.json,
tasks.parquet, episodes/). Every field is kept: proprioception, depth, target masks, goal points, actions
(the gripper label is the last column), done flags, instructions as tasks, skill, success, seed and the
first full-resolution frame. `vla-agent train policy --data OUT` trains on the folder as on the HDF5 file.
The RGB video is H.264: --video yuv444p (default: 4:4:4 at qp 0, within 2 levels of the HDF5), yuv420p
(plays in every browser and LeRobot's web viewer; halved chroma smears small coloured blocks) or rgb
(bit-exact; not playable in browsers). Needs the `lerobot` extra (pyarrow, av).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("demos", type=Path, help="HDF5 demonstrations from `vla-agent collect`")
    p.add_argument("out", type=Path, help="the dataset folder to create (must not exist, or be empty)")
    p.add_argument("--video", choices=("yuv444p", "yuv420p", "rgb"), default="yuv444p",
                   help="how the RGB video is encoded (default yuv444p: near-exact; yuv420p: plays in browsers; rgb: exact)")
    p.add_argument("--only-success", action="store_true",
                   help="leave out failed demonstrations (by default they are kept, with success = false)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")


def main(args: argparse.Namespace) -> int:
    import json

    import h5py

    from agent.commands._output import progress_bar
    from sim.core.errors import UserError
    from skills.training.lerobot import export_lerobot

    if not args.demos.is_file():
        raise UserError(f"{str(args.demos)!r} does not exist; make demonstrations with `vla-agent collect`")
    try:
        with h5py.File(args.demos, "r") as f:
            total = sum(1 for g in f["data"].values()
                        if "success" in g.attrs and (g.attrs["success"] or not args.only_success))
    except (OSError, KeyError) as e:
        raise UserError(f"{args.demos}: not a demonstrations file from `vla-agent collect` ({e})") from None
    with progress_bar("exporting demonstrations", total, quiet=args.json) as advance:
        result = export_lerobot(args.demos, args.out, video=args.video, only_success=args.only_success,
                                progress=advance)
    if args.json:
        print(json.dumps({"out": str(args.out), **result}))
    else:
        print(f"{args.out}: {result['episodes']} episodes, {result['frames']} frames, {result['tasks']} tasks "
              f"(LeRobotDataset v3.0)")
    return 0
