"""The policy's sizes and scales, saved beside the weights as JSON so a checkpoint rebuilds itself."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from skills.policy.text import default_vocab
from skills.policy.view import PolicyView


@dataclass(frozen=True)
class PolicyConfig:
    """image_size: side of the square front image the network sees (pixels); band: the
    fraction of the camera's rows kept around the table before resizing (`view.PolicyView`).

    chunk: actions predicted per step (only the first is executed). head: "regression"
    (tanh deltas, kept: see the notes), "bins" (`bins` classes per continuous dimension) or "flow"
    (flow matching: the chunk integrated in `flow_steps` Euler steps from the noise's mean).
    dpos_scale / dyaw_scale: metres / radians that a normalised action of 1 means.
    gripper_switch: the probability of the other gripper state at which the gripper changes
    (`actions.gripper_decision`), calibrated per checkpoint on rollouts on validation seeds (1,500,000+).
    ensemble: extra small heads that guess the continuous chunk again from the same features (`model.Ensemble`,
    trained by `vla-agent train policy --ensemble K`); their spread with the main head is the policy's doubt
    (`actions.spread`). unsure_spread: the doubt above which an action is unsure (0: never), calibrated on held-out
    demonstration states.
    text: the language input (`text.language`): "words" (a learned bag of words over `vocab`, kept) or "clip" (the
    shipped CLIP's text embedding, `clip_dim` wide, of the CLIP whose digest is `clip_digest`).
    """

    image_size: int = 64
    band: float = 1.0
    chunk: int = 4
    channels: tuple[int, ...] = (32, 64, 128, 128)
    text_dim: int = 64
    proprio_dim: int = 12  # `model.state`: proprioception and the goal point
    hidden: int = 512
    head: Literal["regression", "bins", "flow"] = "regression"
    bins: int = 256
    flow_steps: int = 10
    dpos_scale: float = 0.03
    dyaw_scale: float = 0.25
    gripper_switch: float = 0.5
    ensemble: int = 0
    unsure_spread: float = 0.0
    vocab: tuple[str, ...] = field(default_factory=default_vocab)
    max_words: int = 10
    text: Literal["words", "clip"] = "words"
    clip_dim: int = 64
    clip_digest: str = ""

    @property
    def view(self) -> PolicyView:
        return PolicyView(self.image_size, self.band)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1)

    @classmethod
    def from_json(cls, text: str) -> PolicyConfig:
        d = json.loads(text)
        d = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        for k in ("channels", "vocab"):
            if k in d:
                d[k] = tuple(d[k])
        return cls(**d)

    @classmethod
    def load(cls, path: str | Path) -> PolicyConfig:
        return cls.from_json(Path(path).read_text())
