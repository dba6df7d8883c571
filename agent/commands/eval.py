"""Evaluate the agent on a task suite (fixed seeds); print a table, or one JSON object with --json.

`--out DIR` also appends each episode to DIR/results.jsonl and skips those already there (resumable);
`--backend ray [--ray-address ADDR]` runs the workers as Ray actors, here or on a cluster (docs/scaling.md).
"""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    from agent.commands.batch import add_backend_arguments, add_workers_argument
    from agent.commands.fault_options import add_fault_arguments
    from agent.commands.run import add_agent_arguments, out_folder

    p.add_argument("--suite", default="default", help="task suite (default: default)")
    p.add_argument("--episodes-per-task", type=int, default=5, help="episodes per task template (default 5)")
    add_agent_arguments(p)
    add_fault_arguments(p)
    add_workers_argument(p)
    add_backend_arguments(p)
    p.add_argument("--out", metavar="DIR", type=out_folder, help="also write each episode to DIR/results.jsonl; a rerun skips those done")
    p.add_argument("--report", metavar="FILE", help="write a report: .md (table) or .html (table + bar chart)")
    p.add_argument("--json", action="store_true",
                   help='print {"overall", "families": {name: {success_rate, n, mean_steps, llm_calls, wall_s}}, '
                        '"failures": {cause: n}} and, with --faults, "faults": {episodes, success, by_kind, recovered, '
                        'retries_per_recovered, replans_per_recovered}')


def main(args: argparse.Namespace) -> int:
    import json

    from agent.evaluation import suite as suites
    from agent.commands._output import progress_bar
    from agent.commands import exit_codes
    from agent.commands.batch import backend_from_args, factory_from_args, skills_from_args, workers_from_args
    from agent.commands.fault_options import faults_from_args
    from sim.core.errors import UserError
    from agent.evaluation.evaluate import evaluate
    from agent.evaluation.report import recovery_lines, write_report

    if args.suite != "default":
        raise UserError(f"unknown suite {args.suite!r}; valid: default")
    if args.episodes_per_task < 1:
        raise UserError(f"--episodes-per-task must be >= 1, got {args.episodes_per_task}")
    if args.report and not args.report.lower().endswith((".md", ".markdown", ".html", ".htm")):
        raise UserError(f"--report must end in .md or .html, got {args.report!r}")
    faults = faults_from_args(args)
    backend = backend_from_args(args)
    task_list = suites.default_suite(args.episodes_per_task)
    done_before = _done_before(args.out, task_list)
    workers = workers_from_args(args, len(task_list) - done_before)
    with progress_bar("eval", len(task_list), quiet=args.json) as advance:
        count = [done_before]
        advance(count[0])

        def finished(row: dict) -> None:
            count[0] += 1
            advance(count[0])

        summary, rows = evaluate(task_list, planner=args.planner, skills=skills_from_args(args),
                                 llm_base_url=args.llm_base_url, workers=workers, factory=factory_from_args(args),
                                 on_result=finished, backend=backend, out_dir=args.out, faults=faults,
                                 llm_mode=args.llm_mode)
    if args.report:
        failures = [r for r in rows if not r["success"]]
        write_report(summary, args.report, failures,
                     title=f"vla-agent eval: suite {args.suite}, {args.episodes_per_task} episodes per task")
    code = exit_codes.for_episode(all(r["success"] for r in rows) and len(rows) == len(task_list))
    if args.json:
        print(json.dumps(summary))
        return code
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"eval {args.suite}: overall {summary['overall']:.1%}")
    for col in ("family", "success", "n", "mean steps", "LLM calls/ep", "wall s/ep"):
        table.add_column(col, justify="left" if col == "family" else "right")
    for name, f in summary["families"].items():
        table.add_row(name, f"{f['success_rate']:.1%}", str(f["n"]), f"{f['mean_steps']:.1f}",
                      f"{f['llm_calls']:.2f}", f"{f['wall_s']:.2f}")
    console = Console()
    console.print(table)
    for line in recovery_lines(summary):
        console.print(line, markup=False)
    return code


def _done_before(out: str | None, tasks: list) -> int:
    """Episodes of `tasks` already in OUT/results.jsonl (skipped by a resumed evaluation)."""
    if not out:
        return 0
    from agent.evaluation.batch import read_results

    return len({row.get("id") for row in read_results(out)} & {str(t.id) for t in tasks})
