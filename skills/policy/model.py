"""The network: a small conv encoder with FiLM word conditioning, a proprioception MLP, an action-chunk head
(and for the "flow" head a velocity field over the chunk)."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from skills.policy.actions import N_CONT, head_dim
from skills.policy.config import PolicyConfig
from skills.policy.state import P_MEAN, P_STD, state

__all__ = ["PolicyNet", "state"]

ENSEMBLE_HIDDEN = 32  # per head: wider heads cost the policy more than their doubt is worth (BENCHMARKS.md)


class PolicyNet(nn.Module):
    """image (B, 4, S, S) float in [0, 1]: RGB + target mask; proprio (B, 12) from `state`; words (B, L) int64
    -> (B, chunk, out_dim) raw outputs (decode with `actions.decode`). Two pixel-coordinate
    channels are added inside."""

    def __init__(self, cfg: PolicyConfig) -> None:
        super().__init__()
        self.cfg = cfg
        s = cfg.image_size
        ys, xs = torch.meshgrid(torch.linspace(-1, 1, s), torch.linspace(-1, 1, s), indexing="ij")
        self.register_buffer("coords", torch.stack([xs, ys])[None], persistent=False)
        self.register_buffer("p_mean", torch.tensor(P_MEAN), persistent=False)
        self.register_buffer("p_std", torch.tensor(P_STD), persistent=False)
        self.convs = nn.ModuleList()
        self.norms = nn.ModuleList()
        prev = 6
        for c in cfg.channels:
            self.convs.append(nn.Conv2d(prev, c, 3, stride=2, padding=1))
            self.norms.append(nn.GroupNorm(8, c))
            prev = c
        side = s // 2 ** len(cfg.channels)
        self.img_fc = nn.Sequential(nn.Flatten(), nn.Linear(prev * side * side, 256), nn.ReLU())
        self.words: nn.Module = (  # the language input (`text.language`) -> text_dim
            nn.Linear(cfg.clip_dim, cfg.text_dim) if cfg.text == "clip"
            else nn.EmbeddingBag(len(cfg.vocab), cfg.text_dim, mode="mean", padding_idx=0))
        self.text = nn.Sequential(nn.Linear(cfg.text_dim, cfg.text_dim), nn.ReLU())
        self.film = nn.Linear(cfg.text_dim, 2 * sum(cfg.channels))
        nn.init.zeros_(self.film.weight)
        nn.init.zeros_(self.film.bias)
        self.proprio = nn.Sequential(nn.Linear(cfg.proprio_dim, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU())
        features = 256 + 64 + cfg.text_dim
        flow = cfg.head == "flow"  # then `head` gives only the gripper and done logits; `velocity` the motion
        self.head = nn.Sequential(
            nn.Linear(features, cfg.hidden), nn.ReLU(),
            nn.Linear(cfg.hidden, cfg.hidden // 2), nn.ReLU(),
            nn.Linear(cfg.hidden // 2, cfg.chunk * (2 if flow else head_dim(cfg))),
        )
        self.ensemble = Ensemble(features, cfg.ensemble, cfg.chunk) if cfg.ensemble else None
        if flow:
            self.velocity = nn.Sequential(
                nn.Linear(features + cfg.chunk * N_CONT + 1, cfg.hidden), nn.SiLU(),
                nn.Linear(cfg.hidden, cfg.hidden // 2), nn.SiLU(),
                nn.Linear(cfg.hidden // 2, cfg.chunk * N_CONT),
            )

    def forward(self, image: torch.Tensor, proprio: torch.Tensor, words: torch.Tensor,
                noisy: torch.Tensor | None = None, t: torch.Tensor | None = None) -> torch.Tensor:
        """noisy (B, chunk, 4), t (B, 1, 1): a "flow" network's training call (`actions.flow_inputs`): the
        continuous part of the output is then the velocity there, not the integrated chunk."""
        return self.act(image, proprio, *self.condition(words), noisy=noisy, t=t)

    def condition(self, words: torch.Tensor) -> tuple[torch.Tensor, ...]:
        """What a step's words set, once per step (the runtime runs it at `reset`, not per action): for each conv
        layer the scale and shift (B, C, 1, 1) after its normalisation (GroupNorm's own affine with the FiLM
        folded in), then the text features (B, text_dim)."""
        t = self.text(self.words(words))
        out: list[torch.Tensor] = []
        for norm, fb in zip(self.norms, self.film(t).split([2 * c for c in self.cfg.channels], dim=1)):
            gamma, beta = (1 + fb[:, : norm.num_channels]), fb[:, norm.num_channels :]
            out += [(norm.weight * gamma)[..., None, None], (norm.bias * gamma + beta)[..., None, None]]
        return (*out, t)

    def act(self, image: torch.Tensor, proprio: torch.Tensor, *condition: torch.Tensor,
            noisy: torch.Tensor | None = None, t: torch.Tensor | None = None) -> torch.Tensor:
        """`forward` from the words' `condition` instead of the words."""
        h = self.features(image, proprio, condition)
        out = self._main(h, noisy, t)
        if self.ensemble is None:
            return out
        return torch.cat([out, self.ensemble(h)], dim=-1)

    def _main(self, h: torch.Tensor, noisy: torch.Tensor | None, t: torch.Tensor | None) -> torch.Tensor:
        b, chunk = h.shape[0], self.cfg.chunk
        if self.cfg.head != "flow":
            return self.head(h).view(-1, chunk, head_dim(self.cfg))
        logits = self.head(h).view(-1, chunk, 2)
        if noisy is not None and t is not None:
            return torch.cat([self._velocity(h, noisy, t.view(b, 1)), logits], dim=-1)
        x = torch.zeros(b, chunk, N_CONT, dtype=h.dtype, device=h.device)  # the noise's mean: one, steady sample
        n = self.cfg.flow_steps
        for k in range(n):
            x = x + self._velocity(h, x, torch.full((b, 1), k / n, dtype=h.dtype, device=h.device)) / n
        return torch.cat([x, logits], dim=-1)

    def _velocity(self, h: torch.Tensor, x: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        return self.velocity(torch.cat([h, x.flatten(1), t], dim=1)).view(x.shape)

    def features(self, image: torch.Tensor, proprio: torch.Tensor, condition: tuple[torch.Tensor, ...]) -> torch.Tensor:
        """(B, 256 + 64 + text_dim): the image (FiLM-conditioned by the words' `condition`), proprioception and
        the text features, joined."""
        first = self.convs[0]  # on the image and the coordinate channels apart: the coordinates' part is a constant
        x = F.conv2d(image - 0.5, first.weight[:, :4], first.bias, first.stride, first.padding) + F.conv2d(
            self.coords, first.weight[:, 4:], None, first.stride, first.padding)
        for i, (conv, norm) in enumerate(zip(self.convs, self.norms)):
            x = _group_norm(conv(x) if i else x, norm.num_groups, norm.eps)
            x = torch.relu(x * condition[2 * i] + condition[2 * i + 1])
        p = self.proprio((proprio - self.p_mean) / self.p_std)
        return torch.cat([self.img_fc(x), p, condition[-1]], dim=1)


class Ensemble(nn.Module):
    """`heads` small MLPs on the policy's features, each guessing the continuous chunk again: (B, features) ->
    (B, chunk, heads * 4), head by head within each chunk step. The heads' hidden layers are one wide layer, and
    their output layers one block-diagonal matrix laid out in that order: two small products per action, not
    many small operators (a constant mask keeps the blocks apart; ONNX Runtime folds it into the weights)."""

    def __init__(self, features: int, heads: int, chunk: int, hidden: int = ENSEMBLE_HIDDEN) -> None:
        super().__init__()
        self.heads, self.chunk = heads, chunk
        self.inner = nn.Linear(features, heads * hidden)
        head_of_row = torch.arange(heads * hidden) // hidden
        head_of_col = torch.arange(chunk * heads * N_CONT) // N_CONT % heads
        self.register_buffer("blocks", (head_of_row[:, None] == head_of_col[None, :]).float(), persistent=False)
        self.weight = nn.Parameter(torch.randn(heads * hidden, chunk * heads * N_CONT) / hidden**0.5 * self.blocks)
        self.bias = nn.Parameter(torch.zeros(chunk * heads * N_CONT))

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        x = torch.relu(self.inner(h))
        return (x @ (self.weight * self.blocks) + self.bias).view(-1, self.chunk, self.heads * N_CONT)


def _group_norm(x: torch.Tensor, groups: int, eps: float) -> torch.Tensor:
    """GroupNorm without its affine, through shapes fixed but for the batch (an exported graph then computes no
    shapes at run time)."""
    c, h, w = x.shape[1:]
    return F.instance_norm(x.reshape(-1, groups, c // groups * h * w), eps=eps).reshape(-1, c, h, w)
