"""The skill contract (the executor hands a skill a grounded target; the skill drives the world), and what the
learned models share at run time: the thread count, ONNX Runtime sessions and the check that an export is fresh."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np

from sim.world import World

TargetKind = Literal["object", "place", "bin", "table"]


@dataclass(frozen=True)
class Target:
    """Where a step acts, as perception grounded it (robot frame, metres).

    For an object: its perceived centroid and extent, and its mask in the front camera
    image (None when the skill does not need one). For a named place, the bin or the
    table: the spot's position; `kind` tells which.
    """

    name: str
    kind: TargetKind
    position: np.ndarray
    object_kind: str | None = None  # "block" or "bowl" for objects
    extent: np.ndarray | None = None
    mask: np.ndarray | None = None


@dataclass(frozen=True)
class SkillOutcome:
    """actions: the actions taken (0: refused, the world as it was). unsure: the skill stopped early because it doubted
    its moves; look again (perceive, ground anew) and call it again."""

    success: bool
    message: str = ""
    actions: int = 0
    unsure: bool = False


class Skill(Protocol):
    """One primitive (`pick` or `place`) run closed-loop through `World.step`."""

    primitive: str

    def __call__(self, world: World, target: Target) -> SkillOutcome: ...


# The one home for the runtime's thread count: the shipped models are tiny and run at batch 1, so one
# thread is fastest, and two threads on a shared two-core machine spin against each other (a policy call
# went from 2.5 ms to 107 ms). `PerceiverConfig.threads` and `Policy.threads` default to it; it sets
# ONNX Runtime's intra- and inter-op threads, or torch's threads on the torch fallback.
INFERENCE_THREADS = 1

# The key, in an exported ONNX model's metadata, of the digest of the checkpoint files it was exported from.
SOURCE_DIGEST = "vla_agent.source_sha256"


@contextmanager
def torch_threads(n: int | None) -> Iterator[None]:
    """Run torch with `n` threads inside the block (restored after; None leaves torch alone)."""
    import torch

    before = torch.get_num_threads()
    if n:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def source_digest(*files: Path) -> str:
    """sha256 over the bytes of `files` (in order): what an ONNX export records of the checkpoint it came from."""
    h = hashlib.sha256()
    for f in files:
        with open(f, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


@dataclass(frozen=True)
class OnnxLoad:
    """What `onnx_session` found: a session, or why there is none; `stale`: an export exists but does not fit
    the weights beside it (worth a warning), as opposed to no export at all (a checkpoint made elsewhere)."""

    session: Any = None
    why: str = ""
    stale: bool = False


def onnx_session(path: Path, threads: int | None, digest: str) -> OnnxLoad:
    """An ONNX Runtime session for `path` (CPU, sequential, `threads` intra- and inter-op threads; None: ORT's
    default), when the file exists and was exported from the checkpoint whose `source_digest` is `digest`."""
    if not path.is_file():
        return OnnxLoad(why=f"no {path.name} in {str(path.parent)!r}")
    try:
        import onnxruntime as ort
    except ImportError:
        return OnnxLoad(why="onnxruntime is not installed (pip install onnxruntime)")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads or 0
    opts.inter_op_num_threads = threads or 0
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.log_severity_level = 3  # errors only: ORT's own warnings are not the user's business
    try:
        session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    except Exception as e:  # noqa: BLE001 (ORT raises its own types for a corrupt or foreign file)
        return OnnxLoad(why=f"{path.name} cannot be loaded ({type(e).__name__})", stale=True)
    if session.get_modelmeta().custom_metadata_map.get(SOURCE_DIGEST) != digest:
        return OnnxLoad(why=f"{path.name} is stale (exported from other weights than those beside it)", stale=True)
    return OnnxLoad(session)
