"""The action head's encoding: expert actions <-> normalised network targets, and the loss.

An action (5,) is dpos (3, metres), dyaw (radians), gripper (1 = closed). The network
predicts a chunk of `chunk` future steps, each: 4 continuous values in [-1, 1] (dpos /
dpos_scale, dyaw / dyaw_scale), a gripper logit and a "step finished" logit (the main head's
`head_dim`), then the `ensemble` heads' guesses at the 4 continuous values (4 tanh values each). The
continuous part is regressed through tanh ("regression", kept), classified into `bins`
bins per dimension ("bins", see `ActionTokenizer`), or integrated from a learned velocity
field ("flow": flow matching, trained on straight paths from Gaussian noise, `flow_inputs`).

numpy arrays at run time (torch is not imported), torch tensors in training.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from sim.world import Action
from skills.policy.config import PolicyConfig

if TYPE_CHECKING:  # torch only for training: the runtime decodes numpy arrays
    import torch

N_CONT = 4
# Gripper changes (grasp, release) happen once per demonstration. The steps on both sides of a
# change weigh this much more in the gripper loss, so the policy learns where the boundary
# lies; weighting only the steps after it made the policy close 2-3 cm above the block.
GRIPPER_EVENT_WEIGHT = 5.0
GRIPPER_EVENT_STEPS = 2  # on each side of the change
DONE_POS_WEIGHT = 5.0


class ActionTokenizer:
    """Continuous values in [-1, 1] <-> integer bins in [0, bins); round-trips within half a bin."""

    def __init__(self, bins: int = 256) -> None:
        self.bins = bins

    def encode(self, x: np.ndarray | torch.Tensor) -> np.ndarray | torch.Tensor:
        if not isinstance(x, np.ndarray):  # a torch tensor
            return ((x.clamp(-1, 1) + 1) / 2 * self.bins).long().clamp(0, self.bins - 1)
        return np.clip(((np.clip(x, -1, 1) + 1) / 2 * self.bins).astype(np.int64), 0, self.bins - 1)

    def decode(self, k: np.ndarray | torch.Tensor) -> np.ndarray | torch.Tensor:
        return (k + 0.5) / self.bins * 2 - 1


def normalise(actions: np.ndarray, cfg: PolicyConfig) -> np.ndarray:
    """(..., 5) actions -> (..., 4) continuous targets clipped to [-1, 1]."""
    scale = np.array([cfg.dpos_scale] * 3 + [cfg.dyaw_scale], dtype=np.float32)
    return np.clip(actions[..., :N_CONT] / scale, -1.0, 1.0).astype(np.float32)


def to_action(cont: np.ndarray, closed: bool, cfg: PolicyConfig) -> Action:
    """One decoded step (4,) continuous + the gripper decision -> `Action`."""
    return Action(
        dpos=np.asarray(cont[:3], dtype=np.float64) * cfg.dpos_scale,
        dyaw=float(cont[3]) * cfg.dyaw_scale,
        gripper=1.0 if closed else 0.0,
    )


def gripper_decision(prob_closed: np.ndarray, closed_now: bool, switch: float) -> np.ndarray:
    """Closed or not, for each predicted probability: the gripper changes state once the probability
    of the other state reaches `switch`. Below 0.5 this counters the under-confidence of one-shot
    events (a policy that stops at the grasp pose with p = 0.4 still closes)."""
    p = np.asarray(prob_closed)
    return p > 1 - switch if closed_now else p >= switch


def chunk_targets(actions: np.ndarray, dones: np.ndarray, chunk: int) -> tuple[np.ndarray, np.ndarray]:
    """(T, 5), (T,) -> (T, chunk, 5), (T, chunk): the next `chunk` labels, the last repeated past the end."""
    T = len(actions)
    idx = np.minimum(np.arange(T)[:, None] + np.arange(chunk)[None, :], T - 1)
    return actions[idx], dones[idx]


def gripper_weights(gripper: np.ndarray) -> np.ndarray:
    """(T,) labels -> (T,) loss weights: GRIPPER_EVENT_WEIGHT for the steps just before and after a change."""
    w = np.ones(len(gripper), dtype=np.float32)
    change = np.nonzero(np.diff(gripper) != 0)[0] + 1
    for c in change:
        w[max(c - GRIPPER_EVENT_STEPS, 0) : c + GRIPPER_EVENT_STEPS] = GRIPPER_EVENT_WEIGHT
    return w


def head_dim(cfg: PolicyConfig) -> int:
    """The main head's outputs per chunk step: the continuous part, the gripper and done logits."""
    return (N_CONT * cfg.bins if cfg.head == "bins" else N_CONT) + 2


def end_logits(out: np.ndarray | torch.Tensor, cfg: PolicyConfig) -> tuple:
    """(B, chunk, out_dim) raw outputs -> the gripper and done logits (B, chunk), the last two of the main head's."""
    return out[..., head_dim(cfg) - 2], out[..., head_dim(cfg) - 1]


def out_dim(cfg: PolicyConfig) -> int:
    """Network outputs per chunk step: the main head's, then the ensemble's guesses."""
    return head_dim(cfg) + cfg.ensemble * N_CONT


def spread(out: np.ndarray, cont: np.ndarray, cfg: PolicyConfig) -> np.ndarray | None:
    """(B, chunk, out_dim) raw outputs and their decoded continuous part (B, chunk, 4) -> (B,) the policy's doubt
    about the action it executes now: the standard deviation of the first step's continuous values across the
    main head and the ensemble's heads, averaged over the 4 dimensions (None without an ensemble)."""
    if not cfg.ensemble:
        return None
    guesses = np.empty((len(out), cfg.ensemble + 1, N_CONT), dtype=np.float32)
    guesses[:, 0] = cont[:, 0]
    np.tanh(out[:, 0, head_dim(cfg):].reshape(len(out), cfg.ensemble, N_CONT), out=guesses[:, 1:])
    guesses -= guesses.mean(axis=1, keepdims=True)
    return np.sqrt((guesses * guesses).mean(axis=1)).mean(axis=1)


def ensemble_loss(out: torch.Tensor, cont: torch.Tensor, weights: torch.Tensor, cfg: PolicyConfig) -> torch.Tensor:
    """The ensemble heads' L1 on the continuous chunk (as the regression head's), each sample weighted per head
    by `weights` (B, ensemble): an online bootstrap, so the heads learn from different resamplings."""
    import torch

    guesses = torch.tanh(out[..., head_dim(cfg):].unflatten(-1, (cfg.ensemble, N_CONT)))
    err = (guesses - cont[:, :, None]).abs().mean(dim=(1, 3))  # (B, ensemble)
    return (err * weights).sum() / weights.sum().clamp(min=1.0) * 10.0


def flow_inputs(cont: torch.Tensor, gen: torch.Generator | None) -> dict[str, torch.Tensor]:
    """For a flow-matching step on targets `cont` (B, chunk, 4): noise, a time in [0, 1) per sample, and the point
    on the straight path from the noise to the target at that time (the network predicts target - noise there)."""
    import torch

    noise = torch.randn(cont.shape, generator=gen)
    t = torch.rand((cont.shape[0], 1, 1), generator=gen)
    return {"noise": noise, "t": t, "noisy": (1 - t) * noise + t * cont}


def decode(out: np.ndarray | torch.Tensor, cfg: PolicyConfig) -> tuple:
    """(B, chunk, out_dim) -> continuous (B, chunk, 4) in [-1, 1], gripper prob (B, chunk), done prob (B, chunk).

    numpy in, numpy out (the runtime); a torch tensor in, torch tensors out (training)."""
    if isinstance(out, np.ndarray):
        if cfg.head == "bins":
            logits = out[..., : N_CONT * cfg.bins].reshape(*out.shape[:-1], N_CONT, cfg.bins)
            cont = ActionTokenizer(cfg.bins).decode(logits.argmax(-1).astype(np.float32))
        elif cfg.head == "flow":  # the network integrated the chunk itself
            cont = np.clip(out[..., :N_CONT], -1.0, 1.0)
        else:
            cont = np.tanh(out[..., :N_CONT])
        grip, done = end_logits(out, cfg)
        return cont, _sigmoid(grip), _sigmoid(done)
    import torch

    if cfg.head == "bins":
        logits = out[..., : N_CONT * cfg.bins].unflatten(-1, (N_CONT, cfg.bins))
        cont = ActionTokenizer(cfg.bins).decode(logits.argmax(-1).float())
    elif cfg.head == "flow":
        cont = out[..., :N_CONT].clamp(-1.0, 1.0)
    else:
        cont = torch.tanh(out[..., :N_CONT])
    grip, done = end_logits(out, cfg)
    return cont, torch.sigmoid(grip), torch.sigmoid(done)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # no overflow for large |x|


def loss(
    out: torch.Tensor, cont: torch.Tensor, grip: torch.Tensor, done: torch.Tensor, grip_w: torch.Tensor, cfg: PolicyConfig,
    noise: torch.Tensor | None = None,
) -> tuple[torch.Tensor, dict[str, float]]:
    """out (B, chunk, out_dim); cont (B, chunk, 4); grip, done, grip_w (B, chunk). Returns (loss, parts).

    noise: for "flow" in training, the `flow_inputs` noise the network's velocity was asked at (out holds the
    velocity); without it a flow network's integrated chunk is scored as a regression's is."""
    import torch
    import torch.nn.functional as F

    if cfg.head == "flow" and noise is not None:
        l_cont = F.mse_loss(out[..., :N_CONT], cont - noise) * 10.0
    elif cfg.head == "flow":
        l_cont = F.l1_loss(out[..., :N_CONT].clamp(-1.0, 1.0), cont) * 10.0
    elif cfg.head == "bins":
        logits = out[..., : N_CONT * cfg.bins].unflatten(-1, (N_CONT, cfg.bins))
        l_cont = F.cross_entropy(logits.flatten(0, -2), ActionTokenizer(cfg.bins).encode(cont).flatten())
    else:
        l_cont = F.l1_loss(torch.tanh(out[..., :N_CONT]), cont) * 10.0
    grip_logit, done_logit = end_logits(out, cfg)
    l_grip = (F.binary_cross_entropy_with_logits(grip_logit, grip, reduction="none") * grip_w).mean()
    pos_w = torch.tensor(DONE_POS_WEIGHT, device=out.device)
    l_done = F.binary_cross_entropy_with_logits(done_logit, done, pos_weight=pos_w)
    total = l_cont + l_grip + l_done
    return total, {"cont": float(l_cont.detach()), "grip": float(l_grip.detach()), "done": float(l_done.detach())}
