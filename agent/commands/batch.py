"""Run a batch of tasks (YAML or JSONL) with N workers; results appended to OUT/results.jsonl.

Re-running the same command skips the tasks already finished, so a killed batch resumes.
Each task: {id, instruction, seed, blocks, bowls} or {id, instruction, scene: FILE or inline SceneSpec}.
"""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    from agent.commands.run import add_agent_arguments

    p.add_argument("tasks", help="tasks file (.yaml or .jsonl)")
    p.add_argument("--workers", type=int, default=1, help="worker processes, each with its own world (default 1)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (results.jsonl, checkpoints.sqlite)")
    add_agent_arguments(p)
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")


def main(args: argparse.Namespace) -> int:
    import json

    from agent.evaluation.batch import load_tasks, read_results, run_batch
    from agent.commands._output import progress_bar
    from sim.core.errors import UserError

    if args.workers < 1:
        raise UserError(f"--workers must be >= 1, got {args.workers}")
    tasks = load_tasks(args.tasks)
    done_before = {row["id"] for row in read_results(args.out)} & {t.id for t in tasks}
    with progress_bar("batch", len(tasks), quiet=args.json) as advance:
        count = [len(done_before)]
        advance(count[0])

        def finished(row: dict) -> None:
            count[0] += 1
            advance(count[0])

        rows = run_batch(tasks, args.out, args.workers, planner=args.planner, skills=args.skills,
                         llm_base_url=args.llm_base_url, on_result=finished)
    ok = sum(bool(r["success"]) for r in rows)
    summary = {"tasks": len(tasks), "finished": len(rows), "success": ok, "skipped": len(done_before),
               "success_rate": round(ok / len(rows), 4) if rows else 0.0, "results": f"{args.out}/results.jsonl"}
    if args.json:
        print(json.dumps(summary))
        return 0
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
    return 0
