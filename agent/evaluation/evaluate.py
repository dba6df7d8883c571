"""Evaluation: run a task suite, score each episode with its goal predicate, summarise per family.

The summary is `{"overall": rate, "families": {name: {"success_rate", "n", "mean_steps",
"llm_calls", "wall_s"}}, "failures": {cause: count}}`: `mean_steps` is executed pick/place steps per
episode (retries count once per step), `llm_calls` and `wall_s` are means per episode; `failures` counts
the failed episodes by cause (`EpisodeResult.failure`). With faults injected it also has `"faults"`:
`episodes` (episodes in which a fault fired), `success` (their success rate), `by_kind`
({kind: {"n", "success_rate"}}), `recovered` (of those, the episodes that succeeded), and
`retries_per_recovered` / `replans_per_recovered` (means over the recovered episodes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pathlib import Path

from agent.evaluation.batch import (AgentFactory, Backend, ResultWriter, agent_kwargs, make_backend, read_results,
                                    run_parallel)


def summarise(rows: list[dict], order: list[str] | None = None, with_faults: bool = False) -> dict:
    """Per-family and overall success from result rows (each with `family`, `success`, `steps`, ...);
    recovery under faults too when `with_faults` or when a row records a fault."""
    families: dict[str, list[dict]] = {}
    for name in order or []:
        families[name] = []
    for row in rows:
        families.setdefault(row.get("family") or "other", []).append(row)
    out: dict[str, dict] = {}
    for name, group in families.items():
        if not group:
            continue
        n = len(group)
        out[name] = {
            "success_rate": round(sum(bool(r["success"]) for r in group) / n, 4),
            "n": n,
            "mean_steps": round(sum(_executed(r) for r in group) / n, 2),
            "llm_calls": round(sum(r.get("llm_calls", 0) for r in group) / n, 2),
            "wall_s": round(sum(r.get("wall_s", 0.0) for r in group) / n, 3),
        }
    total = len(rows)
    overall = round(sum(bool(r["success"]) for r in rows) / total, 4) if total else 0.0
    failures: dict[str, int] = {}
    for row in rows:
        if not row["success"]:
            cause = row.get("failure") or "unknown"
            failures[cause] = failures.get(cause, 0) + 1
    summary = {"overall": overall, "families": out, "failures": failures}
    if with_faults or any(r.get("faults") for r in rows):
        summary["faults"] = recovery(rows)
    return summary


def recovery(rows: list[dict]) -> dict:
    """Success in the episodes where a fault fired, by kind, and the retries and replans that recovered them."""
    hit = [r for r in rows if r.get("faults")]
    by_kind: dict[str, list[bool]] = {}
    for r in hit:
        for kind in dict.fromkeys(f["kind"] for f in r["faults"]):
            by_kind.setdefault(kind, []).append(bool(r["success"]))
    recovered = [r for r in hit if r["success"]]
    n = len(recovered)
    return {
        "episodes": len(hit),
        "success": round(len(recovered) / len(hit), 4) if hit else 0.0,
        "by_kind": {k: {"n": len(v), "success_rate": round(sum(v) / len(v), 4)} for k, v in sorted(by_kind.items())},
        "recovered": n,
        "retries_per_recovered": round(sum(_retries(r) for r in recovered) / n, 2) if n else 0.0,
        "replans_per_recovered": round(sum(r.get("replans", 0) for r in recovered) / n, 2) if n else 0.0,
    }


def _retries(row: dict) -> int:
    return sum(max(0, s.get("attempts", 1) - 1) for s in row.get("steps", []))


def _executed(row: dict) -> int:
    return sum(1 for s in row.get("steps", []) if s["primitive"]["primitive"] in ("pick", "place"))


def evaluate(
    tasks: list[Any],
    *,
    planner: str = "offline",
    skills: str | None = None,
    llm_base_url: str | None = None,
    workers: int = 1,
    factory: AgentFactory | None = None,
    on_result: Callable[[dict], None] | None = None,
    backend: Backend = "local",
    out_dir: str | Path | None = None,
    faults: Any = None,
    llm_mode: str = "plan",
) -> tuple[dict, list[dict]]:
    """Run every task (questions go unanswered); return (summary, result rows in task order).

    backend: "local" (processes on this machine) or "ray" / a `RayBackend` (`agent.evaluation.ray_backend`).
    out_dir: also append each result to `out_dir/results.jsonl` as it finishes, and skip the tasks
    already there (a stopped evaluation resumes); `on_result` sees only the new ones.
    faults: a `sim.faults.FaultConfig` for every episode; the summary then reports recovery.
    """
    from agent.api import DEFAULT_SKILLS

    backend = make_backend(backend)
    kwargs = agent_kwargs(planner, skills or DEFAULT_SKILLS, llm_base_url, faults, llm_mode)
    by_id: dict[str, dict] = {}
    writer = None
    if out_dir is not None:
        wanted = {str(t.id) for t in tasks}
        by_id = {row["id"]: row for row in read_results(out_dir) if row.get("id") in wanted}
        writer = ResultWriter(Path(out_dir))
    pending = [t for t in tasks if str(t.id) not in by_id]
    try:
        for task_id, row in run_parallel(pending, workers, factory, kwargs, backend=backend):
            if task_id in by_id:  # one result per task, whatever a backend does
                continue
            by_id[task_id] = row
            if writer is not None:
                writer.write(row)
            if on_result is not None:
                on_result(row)
    finally:
        if writer is not None:
            writer.close()
    rows = [by_id[str(t.id)] for t in tasks]
    order = list(dict.fromkeys(t.family for t in tasks))
    return summarise(rows, order, with_faults=faults is not None), rows
