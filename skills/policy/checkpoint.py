"""The policy checkpoint: a folder with `policy.safetensors` (the weights), `policy.json` (the `PolicyConfig`,
plus the training record under "training") and the same network exported for ONNX Runtime in two graphs
(`skills.training.export`): `policy.words.onnx` (a step's words -> their `PolicyNet.condition`, run once per
step) and `policy.onnx` (image, proprioception and that condition -> actions, run per action). Read at run
time, written by training.

The runtime runs the two graphs through ONNX Runtime (`load_runtime`), so it imports neither torch nor
the network's code. When an export is missing (a checkpoint made elsewhere) or stale (its recorded
digest is not that of `policy.safetensors`: the weights were retrained after the export), it falls back
to torch with a one-line note. torch and safetensors are imported on use, so importing this module (and
`inference`) stays light.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from sim.core.errors import ConfigError, UserError
from skills.base import INFERENCE_THREADS, onnx_session, source_digest, torch_threads
from skills.policy.config import PolicyConfig

if TYPE_CHECKING:
    from skills.policy.model import PolicyNet

log = logging.getLogger(__name__)

CHECKPOINT_DIR = Path(__file__).parent / "checkpoints"  # the shipped policy
WEIGHTS = "policy.safetensors"
CONFIG = "policy.json"
ONNX = "policy.onnx"
WORDS_ONNX = "policy.words.onnx"


def condition_names(cfg: PolicyConfig) -> tuple[str, ...]:
    """The outputs of `policy.words.onnx`, inputs of `policy.onnx` after image and proprio: `PolicyNet.condition`."""
    return (*(f"{k}{i}" for i in range(len(cfg.channels)) for k in ("scale", "shift")), "text")

Backend = Literal["auto", "onnx", "torch"]
BACKENDS: tuple[str, ...] = ("auto", "onnx", "torch")
# image (B, 4, S, S) float32 in [0, 1], proprio (B, 12) float32, words (B, L) int64 -> (B, chunk, out_dim) float32
Forward = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]


def save_model(net: PolicyNet, cfg: PolicyConfig, out: Path, record: dict) -> None:
    """The shipped form: policy.safetensors + policy.json (config and the training record)."""
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in net.state_dict().items()}, str(out / WEIGHTS))
    meta = json.loads(cfg.to_json())
    meta["training"] = record
    (out / CONFIG).write_text(json.dumps(meta, indent=1) + "\n")


def _check_folder(folder: Path) -> None:
    if not (folder / WEIGHTS).exists() or not (folder / CONFIG).exists():
        raise UserError(f"no policy checkpoint in {str(folder)!r} (policy.safetensors + policy.json); train one with `vla-agent train policy`")


def load_model(folder: Path) -> tuple[PolicyNet, PolicyConfig]:
    """The torch network (in eval mode) and its config from a checkpoint folder; UserError when there is none."""
    from safetensors.torch import load_file

    from skills.policy.model import PolicyNet

    _check_folder(folder)
    cfg = PolicyConfig.load(folder / CONFIG)
    net = PolicyNet(cfg)
    net.load_state_dict(load_file(str(folder / WEIGHTS)))
    return net.eval(), cfg


def torch_forward(net: PolicyNet, threads: int | None = INFERENCE_THREADS) -> Forward:
    """`Forward` over a torch network (inference mode, `threads` torch threads while it runs)."""
    import torch

    def forward(image: np.ndarray, proprio: np.ndarray, words: np.ndarray) -> np.ndarray:
        with torch.inference_mode(), torch_threads(threads):
            return net(torch.from_numpy(image), torch.from_numpy(proprio), torch.from_numpy(words)).numpy()

    return forward


def load_runtime(
    folder: Path, backend: str = "auto", threads: int | None = INFERENCE_THREADS
) -> tuple[Forward, PolicyConfig, str]:
    """The network as a numpy `Forward`, its config, and the backend that runs it ("onnx" or "torch").

    backend: "auto" (the ONNX graphs through ONNX Runtime when they are fresh, else torch), "onnx" (a ConfigError
    when the export is missing or stale) or "torch". threads: intra- and inter-op threads (None: the library's
    default). UserError when the folder holds no checkpoint.
    """
    if backend not in BACKENDS:
        raise ConfigError(f"unknown policy backend {backend!r}; valid: {', '.join(BACKENDS)}")
    _check_folder(folder)
    if backend != "torch":
        cfg = PolicyConfig.load(folder / CONFIG)
        forward, why, stale = _onnx_forward(folder, cfg, threads)
        if forward is not None:
            return forward, cfg, "onnx"
        hint = f"vla-agent export onnx --policy {folder}" if folder != CHECKPOINT_DIR else "vla-agent export onnx"
        if backend == "onnx":
            raise ConfigError(f"cannot run the policy through ONNX Runtime: {why}; export it with: {hint}")
        (log.warning if stale else log.info)(
            "policy: %s; running it through torch instead (slower to start; export with: %s)", why, hint)
    net, cfg = load_model(folder)
    return torch_forward(net, threads), cfg, "torch"


def _onnx_forward(folder: Path, cfg: PolicyConfig, threads: int | None) -> tuple[Forward | None, str, bool]:
    """The two exported graphs as one `Forward`, or None with why not and whether an export is stale. The words'
    condition is worked out once per distinct words and kept bound to the per-action graph's inputs."""
    digest = source_digest(folder / WEIGHTS)
    got = onnx_session(folder / ONNX, threads, digest)
    words_got = onnx_session(folder / WORDS_ONNX, threads, digest) if got.session is not None else got
    if words_got.session is None:
        return None, words_got.why, words_got.stale
    words_session, session, names = words_got.session, got.session, condition_names(cfg)
    bound: dict[tuple, tuple[Any, list[np.ndarray]]] = {}  # per distinct words: the binding and the condition it holds

    def forward(image: np.ndarray, proprio: np.ndarray, words: np.ndarray) -> np.ndarray:
        key = (words.shape, words.dtype.str, words.tobytes())
        if key not in bound:
            if len(bound) >= 256:
                bound.clear()
            condition = words_session.run(None, {"words": words})
            binding = session.io_binding()
            for name, value in zip(names, condition):
                binding.bind_cpu_input(name, value)
            binding.bind_output("out")
            bound[key] = (binding, condition)
        binding = bound[key][0]
        binding.bind_cpu_input("image", np.ascontiguousarray(image))
        binding.bind_cpu_input("proprio", np.ascontiguousarray(proprio))
        session.run_with_iobinding(binding)
        return binding.copy_outputs_to_cpu()[0]

    return forward, "", False


def training_record(folder: Path) -> dict:
    """The "training" entry of the folder's policy.json ({} when there is none)."""
    path = folder / CONFIG
    return json.loads(path.read_text()).get("training", {}) if path.exists() else {}
