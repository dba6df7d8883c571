"""`vla-agent train policy --dagger-rounds N`: DAgger rounds after (or instead of, with --init) training
(`skills.training.dagger`). Each round rolls the latest checkpoint out on new training tasks inside the agent,
appends the expert-labelled states to --data, and fine-tunes --steps steps into --out/round_K.
"""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("DAgger (learner rollouts labelled by the expert, aggregated into --data)")
    g.add_argument("--dagger-rounds", type=int, default=0,
                   help="rounds of: roll out the latest checkpoint in whole tasks, label, aggregate, fine-tune (0: none)")
    g.add_argument("--dagger-episodes", type=int, default=20, help="task rollouts per round (default 20)")
    g.add_argument("--dagger-beta", type=float, default=0.0,
                   help="chance that the expert, not the learner, acts on a step in round 1 (default 0)")
    g.add_argument("--dagger-beta-decay", type=float, default=0.5, help="beta is multiplied by this each round (default 0.5)")
    g.add_argument("--dagger-eval-episodes", type=int, default=0,
                   help="also score checkpoint 0 and each round's on this many learner-only tasks on fixed validation seeds")
    g.add_argument("--dagger-first-seed", type=int, default=0,
                   help="first training seed of the rollouts (task seeds start at 50000; seeds in --data are skipped)")
    g.add_argument("--dagger-workers", type=int, default=1, help="rollout processes (default 1)")


def run(args: argparse.Namespace, train_cfg, command: str) -> int:
    """Run the rounds with a progress bar per phase; print where the final checkpoint is."""
    import sys
    from pathlib import Path

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from agent.commands.export_onnx import export_for_runtime
    from agent.task_demos import dagger_task_episode, task_seeds
    from skills.training.dagger import DaggerConfig, run_dagger

    cfg = DaggerConfig(rounds=args.dagger_rounds, episodes=args.dagger_episodes, beta=args.dagger_beta,
                       beta_decay=args.dagger_beta_decay, first_seed=args.dagger_first_seed,
                       eval_episodes=args.dagger_eval_episodes, workers=args.dagger_workers)
    names = {"collect": "round {k}: rollouts", "train": "round {k}: training", "eval": "checkpoint {k}: validation tasks"}
    console = Console(file=sys.stderr)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[info]}"),
                  TimeElapsedColumn(), TimeRemainingColumn(), console=console) as bar:
        tasks: dict[tuple[str, int], object] = {}
        wins: dict[tuple[str, int], list[int]] = {}

        def progress(phase: str, k: int, done: int, total: int, info: dict) -> None:
            key = (phase, k)
            if key not in tasks:
                tasks[key] = bar.add_task(names[phase].format(k=k), total=total, info="")
                wins[key] = [0, 0]
            text = ""
            if phase == "train" and "loss" in info:
                text = f"loss {info['loss']:.3f}" + (f" val {info['val_cont']:.3f}" if "val_cont" in info else "")
            elif phase in ("collect", "eval") and "success" in info:
                wins[key][0] += bool(info["success"])
                wins[key][1] += 1
                text = f"task success {wins[key][0]}/{wins[key][1]}"
            bar.update(tasks[key], completed=done, info=text)  # type: ignore[arg-type]

        state = run_dagger(cfg, train_cfg, args.out, dagger_task_episode, task_seeds, progress=progress, command=command)
    for r in state["rounds"]:
        line = (f"round {r['round']}: rollouts {r['rollout_success']} task success (beta {r['beta']}), "
                f"+{r['demos_added']} labelled steps ({r['samples_added']} samples), {r['cpu_minutes']} CPU min")
        if "eval" in r:
            line += f"; checkpoint {r['round']} on validation tasks {r['eval']['success']}"
        print(line)
    if "eval_0" in state:
        print(f"checkpoint 0 on validation tasks: {state['eval_0']['success']}")
    print(f"DAgger: final policy in {state['final']} (summary in {args.out / 'dagger.json'})")
    if args.export:
        export_for_runtime("policy", Path(state["final"]))
    return 0
