"""Train the visuomotor policy on demonstrations (AdamW, cosine schedule, held-out split, eval rollouts).

Resumable: run the same command again and it continues from --out/last.pt. The commands and data
that made the shipped checkpoint are in BENCHMARKS.md ("Learned VLA skills") and in its policy.json.
At the end the checkpoint is exported to ONNX for the runtime (policy.words.onnx, policy.onnx; `vla-agent export onnx`; --no-export
skips it).
`--init DIR` fine-tunes a checkpoint; `--dagger-rounds N` adds DAgger rounds (`agent.commands._dagger`).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=Path, required=True,
                   help="demonstrations: HDF5 from `vla-agent collect`, or a LeRobotDataset folder from `vla-agent export lerobot`")
    p.add_argument("--out", type=Path, required=True, help="output folder (also holds the resumable state)")
    p.add_argument("--steps", type=int, default=8000, help="optimiser steps")
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--lr", type=float, default=3e-4)
    p.add_argument("--head", choices=("regression", "bins", "flow"), default="regression",
                   help="the action decoder: continuous tanh deltas (default), 256-bin classification, or flow "
                        "matching (compared in BENCHMARKS.md)")
    p.add_argument("--eval-every", type=int, default=1000, help="steps between evaluations")
    p.add_argument("--eval-episodes", type=int, default=0, help="pick-and-place rollouts per evaluation")
    p.add_argument("--calibrate-episodes", type=int, default=0,
                   help="at the end, rollouts per candidate to calibrate the gripper switch probability (0: keep 0.5)")
    p.add_argument("--max-minutes", type=float, default=0.0, help="stop (and save) after this long; 0: no limit")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=1, help="torch threads (the machine is shared)")
    p.add_argument("--no-export", dest="export", action="store_false",
                   help="skip the ONNX export at the end (`vla-agent export onnx` makes it later)")
    p.add_argument("--world", default=None, help="the physics world of the --eval-episodes, --calibrate-episodes and "
                   "DAgger rollouts: pybullet or mujoco (default: the default world)")
    p.add_argument("--init", type=Path, help="fine-tune: start from this checkpoint folder (its weights and config)")
    p.add_argument("--text", choices=("words", "clip"), default=None,
                   help="the language input: a learned bag of words (default) or the shipped CLIP's text embedding "
                        "(compared in BENCHMARKS.md); with --init from a checkpoint with the other, only that part "
                        "starts afresh")
    p.add_argument("--ensemble", type=int, default=0, metavar="K",
                   help="K small heads that guess the action again: their spread is the policy's doubt, and a skill "
                        "whose first action is unsure looks again. With --init from a checkpoint without them, only "
                        "they train (the policy is unchanged)")
    from agent.commands._dagger import add_arguments as add_dagger_arguments

    add_dagger_arguments(p)


def main(args: argparse.Namespace) -> int:
    import shlex
    import sys

    import torch
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from agent.commands.export_onnx import export_for_runtime
    from sim.core.errors import UserError
    from sim.worlds import physics_world
    from skills.policy.config import PolicyConfig
    from skills.training.policy import TrainConfig, train

    for name in ("steps", "batch", "threads", "eval_every"):
        if getattr(args, name) < 1:
            raise UserError(f"--{name.replace('_', '-')} must be at least 1")
    if args.out.exists() and not args.out.is_dir():
        raise UserError(f"--out must be a folder (it holds the checkpoint and the resumable state); {str(args.out)!r} is a file")
    if args.eval_episodes < 0 or args.max_minutes < 0 or args.calibrate_episodes < 0 or args.ensemble < 0:
        raise UserError("--eval-episodes, --calibrate-episodes, --max-minutes and --ensemble must be >= 0")
    torch.set_num_threads(args.threads)
    cfg = TrainConfig(
        data=args.data, out=args.out, steps=args.steps, batch=args.batch, lr=args.lr, eval_every=args.eval_every,
        eval_episodes=args.eval_episodes, calibrate_episodes=args.calibrate_episodes, max_minutes=args.max_minutes,
        seed=args.seed,
        policy=PolicyConfig(head=args.head), init=args.init, world=physics_world(args.world), ensemble=args.ensemble,
        text=args.text,
    )
    command = "vla-agent " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    if args.dagger_rounds:
        from agent.commands import _dagger

        return _dagger.run(args, cfg, command)
    console = Console(file=sys.stderr)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[info]}"),
                  TimeElapsedColumn(), TimeRemainingColumn(), console=console) as bar:
        task = bar.add_task("training", total=cfg.steps, info="")

        def on_step(step: int, m: dict) -> None:
            info = f"loss {m['loss']:.3f}"
            if "ensemble" in m:
                info += f" ensemble {m['ensemble']:.3f}"
            if "val_cont" in m:
                info += f" val {m['val_cont']:.3f}"
            if "eval_pick" in m:
                info += f" pick {m['eval_pick']} place {m['eval_place']}"
            bar.update(task, completed=step, info=info)

        result = train(cfg, progress=on_step, command=command)
    print(f"saved policy to {args.out} (step {result.get('steps_done')}, {result.get('train_minutes')} min, "
          f"{result.get('demos')} demos)")
    if args.export:
        export_for_runtime("policy", args.out)
    return 0
