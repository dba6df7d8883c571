"""The network: a small conv encoder with FiLM word conditioning, a proprioception MLP, an action-chunk head
(and for the "flow" head a velocity field over the chunk)."""

from __future__ import annotations

import torch
from torch import nn

from skills.policy.actions import N_CONT, out_dim
from skills.policy.config import PolicyConfig
from skills.policy.state import P_MEAN, P_STD, state

__all__ = ["PolicyNet", "state"]


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
        self.words = nn.EmbeddingBag(len(cfg.vocab), cfg.text_dim, mode="mean", padding_idx=0)
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
            nn.Linear(cfg.hidden // 2, cfg.chunk * (2 if flow else out_dim(cfg))),
        )
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
        h = self.features(image, proprio, words)
        b, chunk = image.shape[0], self.cfg.chunk
        if self.cfg.head != "flow":
            return self.head(h).view(b, chunk, -1)
        logits = self.head(h).view(b, chunk, 2)
        if noisy is not None and t is not None:
            return torch.cat([self._velocity(h, noisy, t.view(b, 1)), logits], dim=-1)
        x = torch.zeros(b, chunk, N_CONT, dtype=h.dtype, device=h.device)  # the noise's mean: one, steady sample
        n = self.cfg.flow_steps
        for k in range(n):
            x = x + self._velocity(h, x, torch.full((b, 1), k / n, dtype=h.dtype, device=h.device)) / n
        return torch.cat([x, logits], dim=-1)

    def _velocity(self, h: torch.Tensor, x: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        return self.velocity(torch.cat([h, x.flatten(1), t], dim=1)).view(x.shape)

    def features(self, image: torch.Tensor, proprio: torch.Tensor, words: torch.Tensor) -> torch.Tensor:
        """(B, 256 + 64 + text_dim): the image (FiLM-conditioned on the words), proprioception and words, joined."""
        b = image.shape[0]
        x = torch.cat([image - 0.5, self.coords.expand(b, -1, -1, -1)], dim=1)
        t = self.text(self.words(words))
        film = self.film(t).split([2 * c for c in self.cfg.channels], dim=1)
        for conv, norm, fb in zip(self.convs, self.norms, film):
            gamma, beta = fb.chunk(2, dim=1)
            x = norm(conv(x)) * (1 + gamma[..., None, None]) + beta[..., None, None]
            x = torch.relu(x)
        p = self.proprio((proprio - self.p_mean) / self.p_std)
        return torch.cat([self.img_fc(x), p, t], dim=1)
