"""Scripted batches: tasks from YAML or JSONL, run by worker processes, results appended as JSONL.

Crash safety: only the parent process writes `results.jsonl`, one line per finished task,
flushed and fsynced before the next; a line torn by a kill is cut off on the next start.
Re-running the same batch skips every task id already in the file, so a batch killed at
any moment and run again ends with exactly one result per task. Every episode is also
checkpointed in `checkpoints.sqlite` (thread id = task id). An episode cut short by a kill
restarts from its beginning: the physical world it ran on is gone, so its checkpoint is
deleted rather than resumed.

Backends: "local" (the default) runs workers=1 in this process and more in spawned processes;
"ray" runs one Ray actor per worker, on this machine or a cluster (`agent.evaluation.ray_backend`,
`docs/scaling.md`), with the same results file and the same guarantees: only this process writes
results, once per task id, and a task whose worker dies is run again. On Ray, workers on other
nodes keep their episode checkpoints in memory (the sqlite file is on this machine's disk).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from sim.core.datafiles import parse, read_text, validate
from sim.core.errors import UserError
from agent.evaluation.suite import run_task
from agent.regex import rx
from agent.schemas import EpisodeResult
from sim.scene import SceneSpec

RESULTS = "results.jsonl"
CHECKPOINTS = "checkpoints.sqlite"


class BatchTask(BaseModel):
    """One line of a batch file. `scene` is an inline SceneSpec or a path (relative to the batch file)."""

    model_config = ConfigDict(extra="forbid")

    id: str = ""
    instruction: str
    seed: int = Field(0, ge=0)
    blocks: int = Field(4, ge=0)
    bowls: int = Field(2, ge=0)
    scene: SceneSpec | str | None = None
    family: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v: object) -> object:
        return str(v) if isinstance(v, int) else v

    @field_validator("instruction")
    @classmethod
    def _instruction(cls, v: str) -> str:
        from agent.api import check_instruction

        return check_instruction(v)


def load_tasks(path: str | Path) -> list[BatchTask]:
    """Read a batch file: YAML (a list, or {"tasks": [...]}) or JSONL (one task per line).

    Any problem is one `UserError` line naming the file, the line and the field (`sim.core.datafiles`)."""
    path = Path(path)
    what = "batch file"
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".ndjson", ".yaml", ".yml", ".json"):
        raise UserError(f"batch file must end in .yaml, .yml or .jsonl, got {path.name!r}")
    text = read_text(path, what)
    items: list[tuple[Any, int | None, str]] = []  # (task data, its line in JSONL, its place in YAML)
    if suffix in (".jsonl", ".ndjson"):
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    items.append((json.loads(line), number, ""))
                except (ValueError, RecursionError) as e:
                    why = f"{e.msg}, column {e.colno}" if isinstance(e, json.JSONDecodeError) else type(e).__name__
                    raise UserError(f"invalid batch file {str(path)!r}, line {number}: not valid JSON ({why})") from None
    else:
        raw, where = parse(text, path, what), ""
        if isinstance(raw, dict) and "tasks" in raw:
            raw, where = raw["tasks"], "tasks"
        if not isinstance(raw, list) and raw is not None:
            raise UserError(f"invalid batch file {str(path)!r}: it must hold a list of tasks, or tasks: [a list]")
        items = [(item, None, f"{where}/{i}") for i, item in enumerate(raw or [])]
    tasks = [validate(BatchTask, item, path, what, text=None if line else text, line=line, prefix=where)
             for item, line, where in items]
    seen: set[str] = set()
    for i, task in enumerate(tasks):
        task.id = task.id or f"task-{i:04d}"
        if task.id in seen:
            raise UserError(f"batch file {path.name!r}: task id {task.id!r} appears twice; ids must be unique")
        seen.add(task.id)
        if isinstance(task.scene, str):
            scene_path = Path(task.scene)
            task.scene = SceneSpec.load(scene_path if scene_path.is_absolute() else path.parent / scene_path)
    return tasks


# ----- the results file --------------------------------------------------------------------------
def _repair(results: Path) -> None:
    """Cut a torn last line (a kill during a write) so appends start on a fresh line."""
    if not results.exists():
        return
    data = results.read_bytes()
    if data and not data.endswith(b"\n"):
        with open(results, "r+b") as f:
            f.truncate(data.rfind(b"\n") + 1)


def read_results(out_dir: str | Path) -> list[dict]:
    """Every complete result line in `out_dir/results.jsonl`, in file order."""
    results = Path(out_dir) / RESULTS
    if not results.exists():
        return []
    rows = []
    for line in results.read_text().splitlines():
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a torn last line; `_repair` removes it before the next append
    return rows


class ResultWriter:
    """Appends one JSON line per result; each is flushed and fsynced before `write` returns."""

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.path = out_dir / RESULTS
        _repair(self.path)
        self._f = open(self.path, "a", encoding="utf-8")

    def write(self, row: dict) -> None:
        self._f.write(json.dumps(row) + "\n")
        self._f.flush()
        os.fsync(self._f.fileno())

    def close(self) -> None:
        self._f.close()


# ----- workers -----------------------------------------------------------------------------------
AgentFactory = Callable[..., Any]  # (planner=, skills=, checkpointer=, **kw) -> Agent
_worker: dict[str, Any] = {}


def default_agent(**kwargs: Any) -> Any:
    from agent.api import Agent

    return Agent(**kwargs)


def _open_checkpointer(path: Path | None) -> Any:
    if path is None:
        return None
    from langgraph.checkpoint.sqlite import SqliteSaver

    return SqliteSaver(sqlite3.connect(str(path), check_same_thread=False, timeout=60))


def _init_worker(factory: AgentFactory, agent_kwargs: dict, checkpoints: Path | None,
                 rerun_dir: Path | None = None) -> None:
    _worker.clear()
    _worker["agent"] = factory(checkpointer=_open_checkpointer(checkpoints), **agent_kwargs)
    _worker["rerun_dir"] = rerun_dir


def _init_pool_worker(parent: int, *initargs: Any) -> None:
    """A pool worker: dies with its parent, leaves Ctrl-C to it, and never fails to start.

    Ctrl-C reaches the whole process group; the parent alone handles it (and stops the pool), so workers
    print no KeyboardInterrupt tracebacks. An error while building the agent is kept and becomes every
    task's result: a pool respawns a worker whose initializer raises, forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    try:
        _init_worker(*initargs)
    except Exception as e:  # noqa: BLE001 (reported in each result row instead)
        _worker["error"] = f"{type(e).__name__}: {e}"


def _die_with_parent(parent: int) -> None:
    """End this process as soon as `parent` is gone, even when it was SIGKILLed: no orphan keeps working
    and then fails on the closed result pipe. Linux: the parent-death signal; elsewhere a watcher thread."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    if not sys.platform.startswith("linux"):
        threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _recording(task_id: str) -> Path | None:
    """Where this task's Rerun recording goes (`--rerun DIR`): DIR/<task id>.rrd, the id made safe as a file name."""
    folder = _worker.get("rerun_dir")
    return None if folder is None else Path(folder) / (rx(r"[^A-Za-z0-9._-]+").sub("_", task_id) + ".rrd")


def agent_kwargs(planner: str, skills: str, llm_base_url: str | None, faults: Any = None,
                 llm_mode: str = "plan") -> dict:
    """What each worker's agent is built with; `faults` and a non-default `llm_mode` only when given (custom
    factories need not take them)."""
    kwargs = {"planner": planner, "skills": skills, "llm_base_url": llm_base_url}
    if llm_mode != "plan":
        kwargs["llm_mode"] = llm_mode
    return kwargs if faults is None else {**kwargs, "faults": faults}


def _run_one(item: Any) -> tuple[str, dict]:
    """Run one task in this process's agent; never raises (an error becomes the result's `error`)."""
    task_id = str(item.id)
    if "error" in _worker:
        return _lost_row(item, f"the worker could not start: {_worker['error']}")
    agent = _worker["agent"]
    try:
        rerun = _recording(task_id)
        if isinstance(item, BatchTask):
            result = agent.run(item.instruction, seed=item.seed, scene=item.scene, blocks=item.blocks,
                               bowls=item.bowls, thread_id=task_id, rerun=rerun)
        else:  # an evaluation Task with a goal predicate
            result = run_task(agent, item, thread_id=task_id, rerun=rerun)
    except Exception as e:  # one bad task must not end the batch
        instruction = getattr(item, "instruction", "")
        result = EpisodeResult(instruction=str(instruction)[:2000], success=False, error=f"{type(e).__name__}: {e}",
                               failure="crash")
    row = {"id": task_id, "family": getattr(item, "family", None), **result.model_dump(mode="json")}
    return task_id, row


Backend = Any  # "local" | "ray" | an `agent.evaluation.ray_backend.RayBackend`


def make_backend(backend: Backend = "local", ray_address: str | None = None) -> Backend:
    """"local", or a `RayBackend` for "ray" (joining `ray_address`, else $RAY_ADDRESS, else a new local instance).

    Raises the project's missing-extra error when Ray is not installed."""
    if backend == "local" or backend is None:
        if ray_address:
            raise UserError("--ray-address is used only with --backend ray")
        return "local"
    if backend == "ray":
        from agent.evaluation.ray_backend import RayBackend

        return RayBackend(ray_address)
    if isinstance(backend, str):
        raise UserError(f"unknown backend {backend!r}; valid: local, ray")
    return backend  # a RayBackend (or anything with its `imap_unordered`)


def _task_id(item: Any) -> str:
    return str(item.id)


def _lost_row(item: Any, message: str) -> tuple[str, dict]:
    """The result of a task whose worker kept dying (Ray backend): a failure, recorded like any other."""
    result = EpisodeResult(instruction=str(getattr(item, "instruction", ""))[:2000], success=False,
                           error=f"WorkerLost: {message}", failure="crash")
    return _task_id(item), {"id": _task_id(item), "family": getattr(item, "family", None),
                            **result.model_dump(mode="json")}


def run_parallel(
    items: list[Any],
    workers: int = 1,
    factory: AgentFactory | None = None,
    agent_kwargs: dict | None = None,
    checkpoints: Path | None = None,
    backend: Backend = "local",
    rerun_dir: Path | None = None,
) -> Iterator[tuple[str, dict]]:
    """Yield (id, result row) as each item finishes, once per id.

    backend "local": workers=1 runs in this process, more use spawned processes. backend "ray" (or a
    `RayBackend`): one Ray actor per worker, each with its own agent. factory(planner=, skills=,
    llm_base_url=, checkpointer=) builds each worker's agent (default: `Agent`).
    """
    factory = factory or default_agent
    if workers < 1:
        raise UserError(f"--workers must be >= 1, got {workers}")
    kwargs = agent_kwargs or {}
    backend = make_backend(backend)
    if not items:
        return
    if backend != "local":
        yield from backend.imap_unordered(
            _run_one, items, workers, key=_task_id, init=_init_worker,
            initargs=(factory, kwargs, checkpoints, rerun_dir), remote_initargs=(factory, kwargs, None, rerun_dir),
            give_up=_lost_row)
        return
    if workers == 1:
        _init_worker(factory, kwargs, checkpoints, rerun_dir)
        try:
            for item in items:
                yield _run_one(item)
        finally:
            _close_worker()
        return
    import multiprocessing as mp

    factory(**kwargs).close()  # settings every worker would fail on fail here, as one clear error
    ctx = mp.get_context("spawn")  # a fresh interpreter per worker: no forked PyBullet or torch threads
    initargs = (os.getpid(), factory, kwargs, checkpoints, rerun_dir)
    with ctx.Pool(min(workers, len(items)), initializer=_init_pool_worker, initargs=initargs) as pool:
        yield from pool.imap_unordered(_run_one, items)


def _close_worker() -> None:
    agent = _worker.pop("agent", None)
    if agent is not None:
        agent.close()


def _prepare_checkpoints(path: Path, ids: Iterable[str]) -> None:
    """Create the tables once (workers then only read and write) and drop the threads of unfinished tasks."""
    saver = _open_checkpointer(path)
    saver.setup()
    for task_id in ids:
        saver.delete_thread(task_id)
    saver.conn.close()


def run_batch(
    tasks: list[Any],
    out_dir: str | Path,
    workers: int = 1,
    *,
    planner: str = "offline",
    skills: str | None = None,
    llm_base_url: str | None = None,
    factory: AgentFactory | None = None,
    on_result: Callable[[dict], None] | None = None,
    backend: Backend = "local",
    rerun_dir: str | Path | None = None,
    faults: Any = None,
    llm_mode: str = "plan",
) -> list[dict]:
    """Run the tasks not yet in `out_dir/results.jsonl`; append each result as it finishes.

    Returns every result row of the batch (earlier runs' included), one per task id, in task order.
    backend: "local" (processes on this machine) or "ray" / a `RayBackend` (see `run_parallel`).
    rerun_dir: a folder for one Rerun recording per task (`<task id>.rrd`; needs rerun-sdk).
    faults: a `sim.faults.FaultConfig`, given to every worker's agent (`agent_kwargs`).
    """
    from agent.api import DEFAULT_SKILLS

    backend = make_backend(backend)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    writer = ResultWriter(out)
    done = {row["id"] for row in read_results(out)}
    pending = [t for t in tasks if str(t.id) not in done]
    checkpoints = out / CHECKPOINTS
    _prepare_checkpoints(checkpoints, [str(t.id) for t in pending])
    kwargs = agent_kwargs(planner, skills or DEFAULT_SKILLS, llm_base_url, faults, llm_mode)
    try:
        recordings = Path(rerun_dir) if rerun_dir is not None else None
        if recordings is not None:
            recordings.mkdir(parents=True, exist_ok=True)
        for task_id, row in run_parallel(pending, workers, factory, kwargs, checkpoints, backend, recordings):
            if task_id in done:  # never two lines for one task, whatever a backend does
                continue
            done.add(task_id)
            writer.write(row)
            if on_result is not None:
                on_result(row)
    finally:
        writer.close()
    by_id = {row["id"]: row for row in read_results(out)}
    return [by_id[str(t.id)] for t in tasks if str(t.id) in by_id]
