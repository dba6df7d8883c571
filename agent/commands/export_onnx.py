"""Export the CLIP and the policy to ONNX, for the lean runtime (ONNX Runtime: no torch, no transformers at run time).

Without --clip and --policy: both shipped checkpoints (skills/perception/checkpoints/clip and
skills/policy/checkpoints). The files go beside each checkpoint's weights: model.image.onnx, model.text.onnx and
model.prompts.npz for a CLIP folder, policy.words.onnx and policy.onnx for a policy folder. Each records the digest of the weights it came
from; the runtime runs a checkpoint whose export is missing or stale through torch. `vla-agent train clip` and
`train policy` export what they train: run this after changing a checkpoint by other means. Each export is checked
against the torch model before it is kept. Needs onnx and onnxscript (pip install -e ".[train]").
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--clip", type=Path, metavar="DIR",
                   help="a CLIP folder (config.json, model.safetensors, tokenizer.json)")
    p.add_argument("--policy", type=Path, metavar="DIR", help="a policy folder (policy.safetensors, policy.json)")
    p.add_argument("--threads", type=int, default=1, help="torch threads while exporting (the machine is shared)")
    p.add_argument("--json", action="store_true", help="print one JSON object: the files written and the differences")


def main(args: argparse.Namespace) -> int:
    import json

    from sim.core.errors import UserError

    if args.threads < 1:
        raise UserError("--threads must be at least 1")
    for name in ("clip", "policy"):
        folder = getattr(args, name)
        if folder is not None and not folder.is_dir():
            raise UserError(f"--{name} {str(folder)!r} is not a folder")
    import torch

    from skills.perception.clip import SHIPPED
    from skills.policy.checkpoint import CHECKPOINT_DIR
    from skills.training.export import export_clip, export_policy

    torch.set_num_threads(args.threads)
    both = args.clip is None and args.policy is None
    jobs = [(what, folder, fn) for what, folder, fn in (
        ("clip", SHIPPED if both else args.clip, export_clip),
        ("policy", CHECKPOINT_DIR if both else args.policy, export_policy),
    ) if folder is not None]
    result = {}
    for what, folder, fn in jobs:
        try:
            done = fn(folder)
        except OSError as e:
            raise UserError(f"cannot write the {what} export into {str(folder)!r}: {e.strerror or e}") from None
        result[what] = {"files": [str(f) for f in done.files], "max_abs_diff": done.max_abs_diff}
        if not args.json:
            sizes = ", ".join(f"{f.name} ({f.stat().st_size / 1e6:.1f} MB)" for f in done.files)
            print(f"{what}: wrote {sizes} in {folder}; max |onnx - torch| = {done.max_abs_diff:.1e}")
    if args.json:
        print(json.dumps(result))
    return 0


def export_for_runtime(what: str, folder: Path) -> None:
    """Export a trained checkpoint to ONNX (`skills.training.export`). Training has succeeded either way: when the
    export cannot be made, one line says why and that the runtime will run this checkpoint through torch."""
    import sys

    from sim.core.errors import UserError
    from skills.training.export import export_clip, export_policy

    try:
        done = (export_clip if what == "clip" else export_policy)(folder)
    except (UserError, OSError) as e:
        print(f"vla-agent: warning: not exported to ONNX ({e}); the runtime will run this {what} through torch "
              f"(export later with: vla-agent export onnx --{what} {folder})", file=sys.stderr)
        return
    print(f"exported {', '.join(f.name for f in done.files)} (max |onnx - torch| = {done.max_abs_diff:.1e})")
