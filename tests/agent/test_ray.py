"""The Ray backend of batch, eval and collect: a killed worker, the same outcomes as the local pool,
collection through Ray, and the error (exit code 2) when Ray is not installed.

The tests that start Ray are skipped when it is not installed (pip install -e ".[ray]"). Each starts
a private Ray instance on 127.0.0.1 (no dashboard) and shuts it down. Ray's workers import the
test doubles from the current directory, so the tests run from the repository root.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from agent.cli import cli
from agent.evaluation.batch import RESULTS, load_tasks, read_results, run_batch
from tests.fakes.oracle import make_oracle_agent

REPO = Path(__file__).resolve().parents[2]
HAVE_RAY = importlib.util.find_spec("ray") is not None
needs_ray = pytest.mark.skipif(not HAVE_RAY, reason='ray is not installed: pip install -e ".[ray]"')


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ray adds the driver's working directory to its workers' path: `tests.fakes` must be importable there."""
    monkeypatch.chdir(REPO)


def write_tasks(path: Path, n: int) -> Path:
    lines = [json.dumps({"id": f"t{i:02d}", "instruction": "clear the table", "seed": i, "blocks": 2, "bowls": 1})
             for i in range(n)]
    path.write_text("\n".join(lines) + "\n")
    return path


@needs_ray
@pytest.mark.timeout(400)  # Ray workers start in seconds on a quiet machine, minutes on a loaded one
def test_a_killed_ray_worker_loses_no_task_and_duplicates_none(tmp_path: Path, in_repo: None) -> None:
    import ray

    from agent.evaluation.ray_backend import RayBackend

    n = 12
    tasks = load_tasks(write_tasks(tmp_path / "t.jsonl", n))
    out = tmp_path / "out"
    backend = RayBackend()
    killed: list[int] = []
    nodes: list[str] = []

    def kill_one_worker(row: dict) -> None:
        if not killed:  # after the first result: both workers are busy with the next tasks
            nodes.extend(node["NodeManagerAddress"] for node in ray.nodes())
            pid = backend.worker_pids()[0]  # reported by the actor itself, through Ray
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    rows = run_batch(tasks, out, workers=2, planner="offline", skills="symbolic", backend=backend,
                     factory=functools.partial(make_oracle_agent, delay_s=0.05), on_result=kill_one_worker)
    assert killed and nodes == ["127.0.0.1"]
    assert backend.stats["retried"] >= 1 and backend.stats["replaced"] >= 1  # the killed worker's task ran again
    ids = [json.loads(line)["id"] for line in (out / RESULTS).read_text().splitlines()]
    assert sorted(ids) == [f"t{i:02d}" for i in range(n)]  # complete, and each task once
    assert [r["id"] for r in rows] == [t.id for t in tasks] and all(r["success"] for r in rows)
    assert not ray.is_initialized()  # the backend shut down the instance it started

    seen: list[str] = []  # a rerun finds everything done: nothing runs, Ray is not even started
    run_batch(tasks, out, workers=2, planner="offline", skills="symbolic", backend="ray",
              factory=make_oracle_agent, on_result=lambda r: seen.append(r["id"]))
    assert seen == [] and len(read_results(out)) == n


def _outcome(row: dict) -> tuple:
    steps = [(s["primitive"], s["outcome"], s["attempts"]) for s in row["steps"]]
    return row["id"], row["family"], row["success"], steps, row["error"], row["replans"]


@needs_ray
@pytest.mark.timeout(400)  # Ray workers start in seconds on a quiet machine, minutes on a loaded one
def test_eval_through_ray_gives_the_local_pools_outcomes(tmp_path: Path, in_repo: None) -> None:
    from agent.evaluation.evaluate import evaluate
    from agent.evaluation.suite import default_suite

    tasks = default_suite(1)  # one episode of each of the six families
    local, local_rows = evaluate(tasks, planner="offline", skills="symbolic", factory=make_oracle_agent)
    remote, ray_rows = evaluate(tasks, planner="offline", skills="symbolic", factory=make_oracle_agent, workers=2,
                                backend="ray", out_dir=tmp_path / "eval")
    assert [_outcome(r) for r in ray_rows] == [_outcome(r) for r in local_rows]
    assert remote["overall"] == local["overall"] and local["overall"] > 0
    assert sorted(r["id"] for r in read_results(tmp_path / "eval")) == sorted(t.id for t in tasks)


def fake_episode(world, seed: int, masks, cfg) -> list:
    """Two synthetic demonstrations with the stored shapes (no scripted run): collection's plumbing only."""
    from skills.training.dataset import Demo

    rng = np.random.default_rng(seed)
    T, size = 6, cfg.image_size
    demos = []
    for skill in ("pick", "place"):
        dones = np.zeros(T, dtype=np.uint8)
        dones[-1] = 1
        demos.append(Demo(
            rgb=rng.integers(0, 255, (T, size, size, 3), dtype=np.uint8),
            depth=rng.uniform(0.5, 1.5, (T, size, size)).astype(np.float16),
            proprio=rng.normal(size=(T, 6)).astype(np.float32), target_mask=np.zeros((T, size, size), dtype=bool),
            actions=np.zeros((T, 5), dtype=np.float32), dones=dones, instruction=f"{skill} it", skill=skill,
            success=True, seed=seed, goal=np.zeros(3, dtype=np.float32)))
    return demos


@needs_ray
@pytest.mark.timeout(400)  # Ray workers start in seconds on a quiet machine, minutes on a loaded one
def test_collect_through_ray_writes_each_seed_once_and_resumes(tmp_path: Path, in_repo: None) -> None:
    from agent.evaluation.ray_backend import RayBackend, ray_session
    from skills.training.collect import CollectConfig, collect
    from skills.training.dataset import read_demos

    path = tmp_path / "demos.h5"
    cfg = CollectConfig(mask="segmentation", world_size=64)
    with ray_session(num_cpus=2):  # one instance for both runs: a backend uses the connection it finds
        counts = collect(path, 4, workers=2, cfg=cfg, episode=fake_episode, pool=RayBackend())
        assert counts == {"episodes": 4, "demos": 8, "successful": 8}
        first = sorted({d.seed for d in read_demos(path, only_success=False)})
        collect(path, 2, workers=2, cfg=cfg, episode=fake_episode, pool=RayBackend())
    demos = read_demos(path, only_success=False)
    seeds = sorted({d.seed for d in demos})
    assert len(seeds) == 6 and set(first) < set(seeds) and len(demos) == 12


@pytest.mark.parametrize("command", ["batch", "eval", "collect"])
def test_backend_ray_without_ray_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str], command: str) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` fails as if it were not installed
    argv = {
        "batch": ["batch", str(write_tasks(tmp_path / "t.jsonl", 1)), "--out", str(tmp_path / "out")],
        "eval": ["eval", "--episodes-per-task", "1"],
        "collect": ["collect", "--episodes", "1", "--out", str(tmp_path / "d.h5"), "--masks", "segmentation"],
    }[command]
    assert cli([*argv, "--backend", "ray"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ray is not installed" in err and 'pip install -e ".[ray]"' in err


def test_ray_address_needs_the_ray_backend(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tasks = str(write_tasks(tmp_path / "t.jsonl", 1))
    assert cli(["batch", tasks, "--out", str(tmp_path / "out"), "--ray-address", "auto"]) == 2
    assert "--ray-address is used only with --backend ray" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_nothing_imports_ray_unless_asked() -> None:
    code = ("import sys; from agent.cli import build_parser; build_parser(); "
            "import agent.evaluation.evaluate, skills.training.collect, benchmarks.ray; "
            "assert 'ray' not in sys.modules, 'ray was imported'")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
