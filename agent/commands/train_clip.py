"""Train the small CLIP that labels perceived objects (contrastive, on crops from generated scenes).

Every scene is rendered in each world of --worlds (PyBullet and MuJoCo by default: one CLIP for both) with
domain randomisation (light, shades within each colour name, small camera moves, and the situations of the
agent's episodes: `sim.randomization`); --no-randomize renders the worlds' fixed look.

Resumable: run the same command again and it continues from the state in --out (the data set
is kept there as data.npz, the optimiser state as train_state.pt). The shipped checkpoint
`skills/perception/checkpoints/clip/` was made with (one torch thread; 2,000 scenes, each rendered in both
worlds: 4,000 images; 20 min wall-clock and 15 CPU-minutes on a 2-core machine shared with other jobs, load ~2-3:
rendering 13.6 min, training and export 6.5 min):

    vla-agent train clip --out /tmp/clip --scenes 2000 --steps 3000 --seed 0
    cd /tmp/clip && cp config.json model.safetensors tokenizer.json tokenizer_config.json processor_config.json DEST
    cd /tmp/clip && cp model.image.onnx model.text.onnx model.prompts.npz DEST

with DEST = skills/perception/checkpoints/clip/. At the end the checkpoint is exported to ONNX for the runtime
(model.image.onnx, model.text.onnx, model.prompts.npz; `vla-agent export onnx`; --no-export skips it).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="output folder (also holds the resumable state)")
    parser.add_argument("--scenes", type=int, default=2000, help="generated training scenes (seeds 0..N-1)")
    parser.add_argument("--steps", type=int, default=2500, help="optimiser steps")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (the machine is shared)")
    parser.add_argument("--worlds", default="pybullet,mujoco",
                        help="physics worlds to render every scene in, comma-separated (default pybullet,mujoco)")
    parser.add_argument("--no-randomize", dest="randomize", action="store_false",
                        help="no domain randomisation: each world's fixed light and colours, the fixed front camera, "
                             "generated scenes as they are")
    parser.add_argument("--no-export", dest="export", action="store_false",
                        help="skip the ONNX export at the end (`vla-agent export onnx` makes it later)")


def main(args: argparse.Namespace) -> int:
    import sys

    import torch
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from agent.commands.export_onnx import export_for_runtime
    from benchmarks.sim import parse_worlds
    from sim.core.errors import UserError
    from skills.training.clip import MAX_TRAIN_SEED, TrainConfig, train

    for name in ("scenes", "steps", "batch", "threads"):
        if getattr(args, name) < 1:
            raise UserError(f"--{name} must be at least 1")
    if args.out.exists() and not args.out.is_dir():
        raise UserError(f"--out must be a folder (it holds the checkpoint and the resumable state); {str(args.out)!r} is a file")
    if args.scenes > MAX_TRAIN_SEED:
        raise UserError(f"--scenes must be at most {MAX_TRAIN_SEED} (higher seeds are kept for benchmarks)")
    worlds = tuple(parse_worlds(args.worlds)[0])
    torch.set_num_threads(args.threads)
    cfg = TrainConfig(out=args.out, scenes=args.scenes, steps=args.steps, batch=args.batch, lr=args.lr, seed=args.seed,
                      worlds=worlds, randomize=args.randomize)
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TextColumn("{task.fields[info]}"), TimeRemainingColumn(), console=Console(file=sys.stderr)) as bar:
        data_task = bar.add_task("scenes", total=cfg.scenes, info="")
        step_task = bar.add_task("steps", total=cfg.steps, info="")

        def on_data(done: int, total: int) -> None:
            bar.update(data_task, completed=done)

        def on_step(step: int, total: int, loss: float) -> None:
            bar.update(data_task, completed=cfg.scenes)
            bar.update(step_task, completed=step, info=f"loss {loss:.3f}")

        out = train(cfg, on_data=on_data, on_step=on_step)
    print(f"saved CLIP checkpoint to {out}")
    if args.export:
        export_for_runtime("clip", out)
    return 0

