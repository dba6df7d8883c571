"""Run a trained policy: the small contract `reset()` / `predict_action(obs)`, weights loaded on first use.

The network runs through ONNX Runtime (`checkpoint.load_runtime`): numpy in and out, torch not imported,
unless the checkpoint has no fresh ONNX export (then torch) or `backend="torch"` asks for torch.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from sim.world import Action, Observation
from skills.base import INFERENCE_THREADS
from skills.policy.actions import decode, gripper_decision, spread, to_action
from skills.policy.checkpoint import CHECKPOINT_DIR, Forward, load_runtime, torch_forward
from skills.policy.config import PolicyConfig
from skills.policy.masks import goal_point
from skills.policy.state import state
from skills.policy.text import language

HOLDING_WIDTH = 0.06  # m: a finger gap below this at the start of a step means the gripper is closed
# A policy at rest (each commanded move under STALL_M for STALL_ACTIONS actions in a row) and not finished has stopped
# where its demonstrations change the gripper: there the change takes a probability of STALL_SWITCH for the other
# state instead of the calibrated switch (policies stalled 1-2 cm from the switch, at rest until the step timed out).
STALL_M = 0.0005
STALL_ACTIONS = 10
STALL_SWITCH = 0.15
BLEND = 0.0  # off: blending cost the place skill precision (BENCHMARKS.md, session 6)


@dataclass(frozen=True)
class PolicyAction:
    """One step's decision: the action to execute now, whether the step is finished, and the whole chunk.

    chunk: (chunk, 5) decoded actions (dpos, dyaw, gripper); done_prob: the "finished" probability.
    spread: the policy's doubt about `action` (`actions.spread`; None without an ensemble); unsure: above the
    checkpoint's `unsure_spread`.
    """

    action: Action
    finished: bool
    done_prob: float
    gripper_prob: float
    chunk: np.ndarray
    spread: float | None = None
    unsure: bool = False


@dataclass
class Policy:
    """A language- and mask-conditioned visuomotor policy.

    checkpoint: a folder with policy.safetensors + policy.json (default: the shipped one).
    `reset(instruction, mask)` starts a step: `mask` is the target's (H, W) bool mask in
    the front image. `predict_action(obs)` reads obs.front.rgb (H, W, 3) and
    obs.proprio.vector() (6,) (with the goal point read from the mask and depth of the first
    frame, `masks.goal_point`) and returns a `PolicyAction` (batch 1, `threads` threads).
    backend: "auto" (ONNX Runtime when the checkpoint has a fresh ONNX export, else torch), "onnx" or
    "torch"; `backend_used` tells which runs once loaded.
    blend: chunks overlap (each predicts `chunk` steps), so the motion executed now blends every prediction made
    for this step, the one made `i` steps ago weighing `blend ** i` (0: the newest chunk's first step only).
    """

    checkpoint: str | Path | None = None
    done_threshold: float = 0.5
    threads: int | None = INFERENCE_THREADS  # per call (torch's are restored after); None: the library's default
    backend: str = "auto"
    blend: float = BLEND
    latencies_ms: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._net: Forward | None = None
        self._cfg: PolicyConfig | None = None
        self.backend_used: str | None = None
        self._words = None
        self._mask: np.ndarray | None = None  # the full-size mask until the first frame, then the policy's view of it
        self._goal: np.ndarray | None = None
        self._closed = False  # the gripper state the policy last chose
        self._still = 0  # actions in a row the policy has commanded (almost) no motion
        self._recent: list[np.ndarray] = []  # the last chunks' continuous parts, oldest first (for `blend`)
        self._image: np.ndarray | None = None  # (1, 4, S, S) the network's image input; the mask channel set per step

    @classmethod
    def from_model(cls, net: object, cfg: PolicyConfig) -> Policy:
        """A policy around weights already in memory (evaluation during training)."""
        policy = cls(backend="torch")
        policy._net = torch_forward(net, policy.threads)  # type: ignore[arg-type]
        policy._cfg, policy.backend_used = cfg, "torch"
        return policy

    @property
    def config(self) -> PolicyConfig:
        self._load()
        assert self._cfg is not None
        return self._cfg

    def _load(self) -> None:
        if self._net is not None:
            return
        folder = Path(self.checkpoint) if self.checkpoint else CHECKPOINT_DIR
        self._net, self._cfg, self.backend_used = load_runtime(folder, self.backend, self.threads)

    def reset(self, instruction: str, mask: np.ndarray) -> None:
        self._load()
        cfg = self.config
        self._words = language([instruction], cfg)
        self._mask, self._goal, self._still, self._recent = np.asarray(mask, dtype=bool), None, 0, []

    def predict_action(self, obs: Observation) -> PolicyAction:
        if self._mask is None or self._words is None:
            raise RuntimeError("call reset(instruction, mask) before predict_action")
        t0 = time.perf_counter()
        cfg = self.config
        if self._goal is None:  # the step's first frame: the goal point, and the mask as the policy sees it
            self._goal = goal_point(obs.front, self._mask)
            self._mask = cfg.view.mask(obs.front, self._mask)
            self._closed = obs.proprio.gripper_width < HOLDING_WIDTH
            self._image = np.empty((1, 4, *self._mask.shape), dtype=np.float32)
            self._image[0, 3] = self._mask
        x = self._image
        assert x is not None
        np.divide(cfg.view.rgb(obs.front).transpose(2, 0, 1), np.float32(255), out=x[0, :3], casting="unsafe")
        p = state(obs.proprio.vector(), self._goal)[None]
        raw = self._net(x, p, self._words)  # type: ignore[misc]
        cont, grip, done = decode(raw, cfg)
        doubt = spread(raw, cont, cfg)
        cont, grip, done = cont[0], grip[0], done[0]
        self._still = self._still + 1 if np.abs(cont[0, :3]).max() * cfg.dpos_scale < STALL_M else 0
        switch = cfg.gripper_switch if self._still < STALL_ACTIONS else min(cfg.gripper_switch, STALL_SWITCH)
        closed = gripper_decision(grip, self._closed, switch)
        if bool(closed[0]) != self._closed:
            self._still = 0
        self._closed = bool(closed[0])
        chunk = np.concatenate([cont[:, :3] * cfg.dpos_scale, cont[:, 3:4] * cfg.dyaw_scale, closed[:, None]], axis=1)
        out = PolicyAction(
            action=to_action(self._blended(cont), self._closed, cfg), finished=bool(done[0] >= self.done_threshold),
            done_prob=float(done[0]), gripper_prob=float(grip[0]), chunk=chunk.astype(np.float32),
            spread=None if doubt is None else float(doubt[0]),
            unsure=doubt is not None and 0 < cfg.unsure_spread < float(doubt[0]),
        )
        self.latencies_ms.append((time.perf_counter() - t0) * 1000)
        return out

    def _blended(self, cont: np.ndarray) -> np.ndarray:
        """(chunk, 4) newest prediction -> (4,) the continuous action for now, blended over the overlapping chunks."""
        if self.blend <= 0:
            return cont[0]
        self._recent = [*self._recent[-(len(cont) - 1):], cont] if len(cont) > 1 else [cont]
        preds = np.stack([c[i] for i, c in enumerate(reversed(self._recent))])  # made 0, 1, ... steps ago
        weights = self.blend ** np.arange(len(preds))
        return (weights[:, None] * preds).sum(0) / weights.sum()
