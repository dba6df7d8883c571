"""Run work items on Ray: one long-lived actor per worker, results streamed back to the driver.

Why actors and not one Ray task per item: a worker's world and models (PyBullet, CLIP, the policy)
take seconds to build, an episode a few seconds to run. An actor builds them once (`init`, like
a process pool's initializer) and then runs item after item, exactly as a local worker process does.

What the driver guarantees (`RayBackend.imap_unordered`):
- each item's result is yielded once, keyed by `key(item)`: only the driver sees results, and
  a key already yielded is never yielded again;
- an item whose worker dies (killed, out of memory, its node lost) is run again on a fresh actor,
  up to `max_attempts` times in all; after that `give_up(item, message)` is yielded in its place
  (or, without `give_up`, an error is raised);
- an exception raised by `fn` itself is not retried: it is raised in the driver, as a local pool does.

Ray is an optional extra: this module imports it only when used, and `require_ray()` turns a
missing installation into the project's `missing_extra` error. Nothing else in the project
imports this module unless a Ray backend was asked for. This module imports nothing else of the
project but `sim.core.errors`, so both evaluation and the commands (for `collect`) can use it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sim.core.errors import ConfigError, UserError, VlaAgentError, missing_extra

log = logging.getLogger(__name__)

BACKENDS = ("local", "ray")
NAMESPACE = "vla-agent"


def require_ray() -> Any:
    """`import ray`, or the project's error naming the install command."""
    try:
        import ray
    except ImportError:
        raise missing_extra("ray", "ray") from None
    return ray


@contextlib.contextmanager
def ray_session(address: str | None = None, num_cpus: int | None = None) -> Iterator[str]:
    """Connect this process to Ray for the duration of the block; yield the driver's node id.

    If Ray is already connected (a test, a notebook, `ray job submit`), use that connection and
    leave it open. Otherwise join the cluster at `address` (or at $RAY_ADDRESS), or, with neither,
    start a private local instance on 127.0.0.1 (no dashboard, workers' output not forwarded,
    `num_cpus` CPUs) and shut it down at the end.
    """
    ray = require_ray()
    if ray.is_initialized():
        yield ray.get_runtime_context().get_node_id()
        return
    address = address or os.environ.get("RAY_ADDRESS") or None
    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR,
             "namespace": NAMESPACE}
    try:
        if address:
            ray.init(address=address, **quiet)
        else:  # "local": never attach to some other cluster found on this machine
            with _loopback_only():
                ray.init(address="local", num_cpus=num_cpus or os.cpu_count() or 1, _node_ip_address="127.0.0.1",
                         **quiet)
    except (ConnectionError, ValueError, RuntimeError) as e:
        where = f"the Ray cluster at {address!r}" if address else "a local Ray instance"
        raise ConfigError(f"could not connect to {where}: {' '.join(str(e).split())[:300]}") from None
    try:
        yield ray.get_runtime_context().get_node_id()
    finally:
        ray.shutdown()


@contextlib.contextmanager
def _loopback_only() -> Iterator[None]:
    """Keep a new local instance on 127.0.0.1. On Linux Ray replaces a loopback node address by the
    machine's own and listens on every interface; with its `ENABLE_RAY_CLUSTER` switch off (its
    setting on macOS and Windows, `RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0`) the GCS, raylet and workers
    bind 127.0.0.1 only. The switch is read when processes start, so it is restored afterwards (a
    later cluster join in this process needs it). Where a Ray version lacks it, this does nothing."""
    from ray._private import ray_constants

    had = hasattr(ray_constants, "ENABLE_RAY_CLUSTER")
    before = getattr(ray_constants, "ENABLE_RAY_CLUSTER", None)
    if had:
        ray_constants.ENABLE_RAY_CLUSTER = False
    try:
        yield
    finally:
        if had:
            ray_constants.ENABLE_RAY_CLUSTER = before


class _Worker:
    """The actor: builds its state once with `init(*args)`, then runs `fn(item)` for the driver.

    `remote_initargs` (when given) replace `initargs` on nodes other than the driver's: e.g. a
    path on the driver's disk means nothing elsewhere. An exception in `init` is kept and raised
    by `ready()`, so the driver sees the original error (a missing API key, a bad checkpoint).
    """

    def __init__(self, init: Callable[..., Any] | None, initargs: tuple, remote_initargs: tuple | None,
                 driver_node: str) -> None:
        import ray

        self.node = ray.get_runtime_context().get_node_id()
        args = initargs if remote_initargs is None or self.node == driver_node else remote_initargs
        self.error: BaseException | None = None
        try:
            if init is not None:
                init(*args)
        except Exception as e:  # reported by ready()
            self.error = e

    def ready(self) -> tuple[int, str]:
        if self.error is not None:
            raise self.error
        return os.getpid(), self.node

    def run(self, fn: Callable[[Any], Any], item: Any) -> Any:
        return fn(item)


class RayBackend:
    """Run items on `workers` Ray actors, each with its own world and agent (see the module doc).

    address: a cluster to join ("HOST:6379", or "auto": the cluster this node belongs to); None:
    $RAY_ADDRESS, or a new local instance. wait_for_all: hand out no item before every worker is ready (for timing;
    otherwise each worker starts as soon as it is up). After a run, `stats` holds the worker count,
    retries, replaced workers, and the times the first and the last worker became ready
    (`time.perf_counter()`), and `worker_pids()` the live workers' process ids.
    """

    def __init__(self, address: str | None = None, *, num_cpus: int | None = None, cpus_per_worker: float = 1.0,
                 max_attempts: int = 3, wait_for_all: bool = False) -> None:
        require_ray()
        if max_attempts < 1:
            raise UserError(f"max_attempts must be >= 1, got {max_attempts}")
        self.address, self.num_cpus, self.cpus_per_worker = address, num_cpus, cpus_per_worker
        self.max_attempts, self.wait_for_all = max_attempts, wait_for_all
        self._pids: dict[int, int] = {}
        self.stats: dict[str, Any] = {}

    def worker_pids(self) -> list[int]:
        """The process ids of the workers that are up now (each reported by its actor through Ray)."""
        return [self._pids[slot] for slot in sorted(self._pids)]

    def imap_unordered(
        self,
        fn: Callable[[Any], Any],
        items: Iterable[Any],
        workers: int,
        *,
        key: Callable[[Any], Any],
        init: Callable[..., Any] | None = None,
        initargs: tuple = (),
        remote_initargs: tuple | None = None,
        give_up: Callable[[Any, str], Any] | None = None,
    ) -> Iterator[Any]:
        """Yield `fn(item)` for each item as it finishes, once per `key(item)`, in any order.

        `fn`, `init` and the items are pickled to the workers: module-level functions and plain data.
        """
        if workers < 1:
            raise UserError(f"--workers must be >= 1, got {workers}")
        todo = list(items)
        if not todo:
            return
        n = min(workers, len(todo))
        with ray_session(self.address, self.num_cpus or max(n, os.cpu_count() or 1)) as driver_node:
            yield from self._run(fn, todo, n, key, init, initargs, remote_initargs, give_up, driver_node)

    def _run(self, fn, todo, n, key, init, initargs, remote_initargs, give_up, driver_node) -> Iterator[Any]:
        import ray
        from ray.exceptions import (
            NodeDiedError,
            ObjectLostError,
            OutOfMemoryError,
            RayActorError,
            RayTaskError,
            WorkerCrashedError,
        )

        lost = (RayActorError, WorkerCrashedError, NodeDiedError, OutOfMemoryError, ObjectLostError)
        remote = ray.remote(num_cpus=self.cpus_per_worker, max_restarts=0, max_task_retries=0)(_Worker)
        pending: deque[Any] = deque(todo)
        attempts: dict[Any, int] = {}
        done: set[Any] = set()
        actors: dict[int, Any] = {}
        in_flight: dict[Any, tuple[int, str, Any]] = {}  # ref -> (slot, "ready" | "run", item)
        idle: list[int] = []
        self._pids.clear()
        stats = self.stats = {"workers": n, "retried": 0, "replaced": 0, "gave_up": 0, "first_ready": None,
                              "all_ready": None, "started": time.perf_counter()}
        max_replacements = n * self.max_attempts + len(todo)

        def start(slot: int) -> None:
            actor = remote.remote(init, initargs, remote_initargs, driver_node)
            actors[slot] = actor
            in_flight[actor.ready.remote()] = (slot, "ready", None)

        def dispatch() -> None:
            if self.wait_for_all and stats["all_ready"] is None:
                return
            while idle and pending:
                slot = idle.pop()
                item = pending.popleft()
                in_flight[actors[slot].run.remote(fn, item)] = (slot, "run", item)

        try:
            for slot in range(n):
                start(slot)
            while in_flight:
                ready_refs, _ = ray.wait(list(in_flight), num_returns=1, timeout=1.0)
                if not ready_refs:
                    continue
                ref = ready_refs[0]
                slot, kind, item = in_flight.pop(ref)
                try:
                    value = ray.get(ref)
                except RayTaskError as e:  # raised by init or fn itself: not a lost worker, so not retried
                    cause = getattr(e, "cause", None)
                    if isinstance(cause, VlaAgentError):
                        raise cause from None
                    raise (cause if isinstance(cause, Exception) else e) from e
                except lost as e:
                    self._pids.pop(slot, None)
                    with contextlib.suppress(Exception):
                        ray.kill(actors[slot], no_restart=True)
                    reason = " ".join(str(e).split())[:300]
                    if getattr(e, "actor_init_failed", False):
                        raise ConfigError(f"a Ray worker could not start: {reason}") from None
                    stats["replaced"] += 1
                    if stats["replaced"] > max_replacements:
                        raise ConfigError(f"Ray workers keep dying ({stats['replaced']} lost); last: {reason}") from None
                    start(slot)  # a fresh actor (and world) in its place
                    if kind == "run":
                        k = key(item)
                        attempts[k] = attempts.get(k, 1) + 1
                        if attempts[k] <= self.max_attempts:
                            stats["retried"] += 1
                            log.warning("the worker running %s was lost (%s); running it again (attempt %d of %d)",
                                        k, type(e).__name__, attempts[k], self.max_attempts)
                            pending.appendleft(item)
                        elif k not in done:
                            stats["gave_up"] += 1
                            message = f"its worker died {self.max_attempts} times ({type(e).__name__})"
                            if give_up is None:
                                raise VlaAgentError(f"{k}: {message}") from None
                            done.add(k)
                            dispatch()
                            yield give_up(item, message)
                    dispatch()
                    continue
                idle.append(slot)
                if kind == "ready":
                    pid, _node = value
                    self._pids[slot] = pid
                    now = time.perf_counter()
                    stats["first_ready"] = stats["first_ready"] or now
                    if len(self._pids) == n and stats["all_ready"] is None:
                        stats["all_ready"] = now
                    dispatch()
                    continue
                dispatch()  # keep the worker busy while the driver handles the result
                k = key(item)
                if k not in done:
                    done.add(k)
                    yield value
            if pending:  # cannot happen: every idle worker takes a pending item
                raise VlaAgentError(f"{len(pending)} items were never run")
        finally:
            for actor in actors.values():
                with contextlib.suppress(Exception):
                    ray.kill(actor, no_restart=True)
            self._pids.clear()
