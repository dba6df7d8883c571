"""Batches (files, resume, a real SIGKILL), evaluation summaries and reports."""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from agent.evaluation.batch import RESULTS, load_tasks, read_results, run_batch
from sim.core.errors import UserError
from agent.evaluation.evaluate import summarise
from agent.evaluation.report import write_report
from tests.fakes.oracle import make_oracle_agent

REPO = Path(__file__).resolve().parents[2]
symbolic = functools.partial(make_oracle_agent)  # picklable: spawned workers import it by name


def write_tasks(path: Path, n: int, blocks: int = 2) -> Path:
    lines = [json.dumps({"id": f"t{i:02d}", "instruction": "clear the table", "seed": i, "blocks": blocks, "bowls": 1})
             for i in range(n)]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_load_yaml_and_jsonl(tmp_path: Path) -> None:
    scene = tmp_path / "tower.json"
    scene.write_text(json.dumps({"objects": [{"kind": "block", "colour": "red", "x": 0.5, "y": 0.0},
                                             {"kind": "block", "colour": "blue", "on": "red block"}]}))
    yaml_file = tmp_path / "tasks.yaml"
    yaml_file.write_text(textwrap.dedent("""\
        tasks:
          - {id: a, instruction: clear the table, seed: 3}
          - {instruction: unstack the blue block, scene: tower.json}
        """))
    tasks = load_tasks(yaml_file)
    assert [t.id for t in tasks] == ["a", "task-0001"]
    assert tasks[1].scene.get("blue block").on == "red block"
    assert [t.id for t in load_tasks(write_tasks(tmp_path / "t.jsonl", 3))] == ["t00", "t01", "t02"]


@pytest.mark.parametrize(("name", "text", "why"), [
    ("dup.jsonl", '{"id": "x", "instruction": "a"}\n{"id": "x", "instruction": "b"}\n', "appears twice"),
    ("bad.jsonl", '{"id": "x", "instruction": \n', "invalid batch file"),
    ("extra.yaml", "- {instruction: a, colour: red}\n", "invalid batch file"),
    ("tasks.txt", "clear the table\n", "must end in"),
])
def test_bad_batch_files(tmp_path: Path, name: str, text: str, why: str) -> None:
    (tmp_path / name).write_text(text)
    with pytest.raises(UserError, match=why):
        load_tasks(tmp_path / name)


def test_batch_writes_each_result_and_rerun_skips_finished(tmp_path: Path) -> None:
    tasks = load_tasks(write_tasks(tmp_path / "t.jsonl", 3))
    rows = run_batch(tasks[:2], tmp_path / "out", planner="offline", skills="symbolic", factory=symbolic)
    assert [r["id"] for r in rows] == ["t00", "t01"] and all(r["success"] for r in rows)
    seen: list[str] = []
    rows = run_batch(tasks, tmp_path / "out", planner="offline", skills="symbolic", factory=symbolic,
                     on_result=lambda r: seen.append(r["id"]))
    assert seen == ["t02"] and [r["id"] for r in rows] == ["t00", "t01", "t02"]
    assert len((tmp_path / "out" / RESULTS).read_text().splitlines()) == 3
    assert (tmp_path / "out" / "checkpoints.sqlite").exists()


def test_a_torn_last_line_is_cut_before_appending(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / RESULTS).write_text('{"id": "t00", "success": true, "steps": []}\n{"id": "t01", "succ')
    assert [r["id"] for r in read_results(out)] == ["t00"]
    tasks = load_tasks(write_tasks(tmp_path / "t.jsonl", 2))
    run_batch(tasks, out, planner="offline", skills="symbolic", factory=symbolic)
    assert [json.loads(line)["id"] for line in (out / RESULTS).read_text().splitlines()] == ["t00", "t01"]


def test_failing_task_is_recorded_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": "bad", "instruction": "clear the table", "blocks": 99}\n'
                    '{"id": "bogus", "instruction": "juggle the bowls"}\n')
    rows = run_batch(load_tasks(path), tmp_path / "out", planner="offline", skills="symbolic", factory=symbolic)
    assert [r["success"] for r in rows] == [False, False]
    assert "UserError" in rows[0]["error"] and "blocks" in rows[0]["error"]
    assert rows[1]["error"].startswith("planning failed")


def test_two_worker_processes(tmp_path: Path) -> None:
    tasks = load_tasks(write_tasks(tmp_path / "t.jsonl", 4))
    rows = run_batch(tasks, tmp_path / "out", workers=2, planner="offline", skills="symbolic", factory=symbolic)
    assert sorted(r["id"] for r in rows) == ["t00", "t01", "t02", "t03"] and all(r["success"] for r in rows)


def test_sigkill_half_way_then_rerun_gives_exactly_one_result_per_task(tmp_path: Path) -> None:
    n = 20
    tasks_file = write_tasks(tmp_path / "tasks.jsonl", n)
    out = tmp_path / "out"
    script = tmp_path / "batch.py"
    script.write_text(textwrap.dedent(f"""\
        import functools, sys
        sys.path.insert(0, {str(REPO)!r})
        from agent.evaluation.batch import load_tasks, run_batch
        from tests.fakes.oracle import make_oracle_agent
        run_batch(load_tasks(sys.argv[1]), sys.argv[2], planner="offline", skills="symbolic",
                  factory=functools.partial(make_oracle_agent, delay_s=0.05))
        """))
    cmd = [sys.executable, str(script), str(tasks_file), str(out)]
    log = tmp_path / "stderr.txt"
    with open(log, "wb") as err:
        proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + 120
        while len(read_results(out)) < 5:
            assert proc.poll() is None, log.read_text()[-2000:]
            assert time.monotonic() < deadline, "the batch made no progress"
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    killed_at = len(read_results(out))
    assert 5 <= killed_at < n
    rerun = subprocess.run(cmd, capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]
    ids = [json.loads(line)["id"] for line in (out / RESULTS).read_text().splitlines()]
    assert sorted(ids) == [f"t{i:02d}" for i in range(n)]  # none lost, none duplicated


def test_evaluate_with_out_dir_writes_each_episode_and_resumes(tmp_path: Path) -> None:
    from agent.evaluation.evaluate import evaluate
    from agent.evaluation.suite import default_suite

    tasks = default_suite(1)[:3]
    evaluate(tasks[:2], planner="offline", skills="symbolic", factory=symbolic, out_dir=tmp_path / "e")
    seen: list[str] = []
    _, rows = evaluate(tasks, planner="offline", skills="symbolic", factory=symbolic, out_dir=tmp_path / "e",
                       on_result=lambda r: seen.append(r["id"]))
    assert seen == [tasks[2].id] and [r["id"] for r in rows] == [t.id for t in tasks]
    assert [r["id"] for r in read_results(tmp_path / "e")] == [t.id for t in tasks]  # one line per episode


def test_unknown_backend_and_stray_ray_address(tmp_path: Path) -> None:
    tasks = load_tasks(write_tasks(tmp_path / "t.jsonl", 1))
    with pytest.raises(UserError, match="unknown backend"):
        run_batch(tasks, tmp_path / "out", backend="dask", factory=symbolic)
    from agent.evaluation.batch import make_backend

    with pytest.raises(UserError, match="--ray-address is used only with --backend ray"):
        make_backend("local", "auto")


def test_summary_and_reports(tmp_path: Path) -> None:
    step = {"primitive": {"primitive": "pick", "object": "red block"}, "outcome": "success"}
    rows = [
        {"id": "a", "family": "stack", "success": True, "steps": [step, step], "llm_calls": 2, "wall_s": 1.0},
        {"id": "b", "family": "stack", "success": False, "steps": [step], "llm_calls": 0, "wall_s": 3.0,
         "instruction": "stack | them", "error": "pick(red block) failed"},
        {"id": "c", "family": "clear", "success": True, "steps": [], "llm_calls": 1, "wall_s": 2.0},
    ]
    summary = summarise(rows, order=["clear", "stack"])
    assert summary == {"overall": 0.6667, "families": {
        "clear": {"success_rate": 1.0, "n": 1, "mean_steps": 0.0, "llm_calls": 1.0, "wall_s": 2.0},
        "stack": {"success_rate": 0.5, "n": 2, "mean_steps": 1.5, "llm_calls": 1.0, "wall_s": 2.0},
    }, "failures": {"unknown": 1}}  # row b has no `failure` (a result from before attribution)
    md = write_report(summary, tmp_path / "r.md", [rows[1]]).read_text()
    assert "| stack | 50.0% | 2 |" in md and "stack \\| them" in md and "66.7%" in md
    page = write_report(summary, tmp_path / "r.html", [rows[1]]).read_text()
    assert page.count("<rect") == 4 and "<svg" in page and "pick(red block) failed" in page
    with pytest.raises(UserError, match=".md or .html"):
        write_report(summary, tmp_path / "r.pdf")
