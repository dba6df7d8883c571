"""Run a batch of tasks (YAML or JSONL) with N workers; results appended to OUT/results.jsonl.

Re-running the same command skips the tasks already finished, so a killed batch resumes.
Each task: {id, instruction, seed, blocks, bowls} or {id, instruction, scene: FILE or inline SceneSpec}.
`--backend ray [--ray-address ADDR]` runs the workers as Ray actors, here or on a cluster (docs/scaling.md).
"""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    from agent.commands.fault_options import add_fault_arguments
    from agent.commands.run import add_agent_arguments, add_rerun_argument, out_folder

    p.add_argument("tasks", help="tasks file (.yaml or .jsonl)")
    add_workers_argument(p)
    p.add_argument("--out", required=True, metavar="DIR", type=out_folder, help="output folder (results.jsonl, checkpoints.sqlite)")
    add_agent_arguments(p)
    add_fault_arguments(p)
    add_backend_arguments(p)
    add_rerun_argument(p, "DIR", "one Rerun recording per task, DIR/<task id>.rrd")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")


def add_backend_arguments(p: argparse.ArgumentParser) -> None:
    """`--backend local|ray` and `--ray-address`, shared by `batch`, `eval` and `collect`."""
    p.add_argument("--backend", choices=("local", "ray"), default="local",
                   help="local: worker processes on this machine (default); ray: one Ray actor per worker "
                        '(needs pip install -e ".[ray]")')
    p.add_argument("--ray-address", metavar="ADDR",
                   help="with --backend ray: the cluster to join (HOST:6379, or auto); default $RAY_ADDRESS, "
                        "else a new local Ray instance")


def add_workers_argument(p: argparse.ArgumentParser) -> None:
    """`--workers N`, shared by `batch` and `eval`."""
    p.add_argument("--workers", type=int, default=None,
                   help="worker processes, each with its own world and one thread (default: one per core, at most one "
                        "per task; one on the symbolic world, whose episodes take milliseconds)")


def workers_from_args(args: argparse.Namespace, tasks: int) -> int:
    """`--workers`, or by default one per core up to `tasks` (one in this process on the symbolic world)."""
    import os

    from sim.core.errors import UserError

    if args.workers is not None:
        if args.workers < 1:
            raise UserError(f"--workers must be >= 1, got {args.workers}")
        return args.workers
    if args.world == "symbolic":
        return 1
    return max(1, min(os.cpu_count() or 1, tasks))


def factory_from_args(args: argparse.Namespace):
    """What builds each worker's agent: on `--world`, with that world's skills unless `--skills` names others."""
    import functools

    from agent.evaluation.batch import default_agent

    return functools.partial(default_agent, world=args.world) if args.world else None


def skills_from_args(args: argparse.Namespace) -> str | None:
    """`--skills`, else the default skill set of `--world` (None: the package default)."""
    from sim.worlds import world_kind

    return args.skills or (world_kind(args.world).skills if args.world else None)


def backend_from_args(args: argparse.Namespace):
    """The backend the options ask for: "local" or a `RayBackend` (Ray is imported only for the latter)."""
    from agent.evaluation.batch import make_backend

    return make_backend(args.backend, args.ray_address)


def main(args: argparse.Namespace) -> int:
    import json

    from agent.evaluation.batch import load_tasks, read_results, run_batch
    from agent.evaluation.evaluate import summarise
    from agent.commands import exit_codes
    from agent.commands._output import progress_bar
    from agent.commands.fault_options import faults_from_args

    faults = faults_from_args(args)
    backend = backend_from_args(args)
    if args.rerun:
        from sim.rerun_recording import import_rerun

        import_rerun()  # the missing-extra error now, not once per task
    tasks = load_tasks(args.tasks)
    done_before = {row["id"] for row in read_results(args.out)} & {t.id for t in tasks}
    workers = workers_from_args(args, len(tasks) - len(done_before))
    with progress_bar("batch", len(tasks), quiet=args.json) as advance:
        count = [len(done_before)]
        advance(count[0])

        def finished(row: dict) -> None:
            count[0] += 1
            advance(count[0])

        rows = run_batch(tasks, args.out, workers, planner=args.planner, skills=skills_from_args(args),
                         llm_base_url=args.llm_base_url, factory=factory_from_args(args), on_result=finished,
                         backend=backend, rerun_dir=args.rerun, faults=faults, llm_mode=args.llm_mode)
    ok = sum(bool(r["success"]) for r in rows)
    summary = {"tasks": len(tasks), "finished": len(rows), "success": ok, "skipped": len(done_before),
               "success_rate": round(ok / len(rows), 4) if rows else 0.0, "results": f"{args.out}/results.jsonl"}
    summary.update({k: v for k, v in summarise(rows, with_faults=faults is not None).items()
                    if k == "faults" or (k == "failures" and v)})  # causes only when a task failed
    code = exit_codes.for_episode(ok == len(rows) == len(tasks))
    if args.json:
        print(json.dumps(summary))
        return code
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"batch: {ok}/{len(rows)} succeeded ({len(done_before)} skipped, already done)")
    for col, justify in (("id", "left"), ("success", "center"), ("steps", "right"), ("wall s", "right"),
                         ("error", "left")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for r in rows:
        table.add_row(r["id"], "yes" if r["success"] else "no", str(len(r.get("steps", []))),
                      f"{r.get('wall_s', 0.0):.1f}", (r.get("error") or "")[:80])
    Console().print(table)
    return code
