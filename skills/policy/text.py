"""Step instructions in words, and the network's language input for them (`language`).

Two kinds of input (`PolicyConfig.text`): "words", word ids for the policy's small learned bag of words (kept:
BENCHMARKS.md compares them), or "clip", the shipped CLIP's text embedding of the instruction (its text tower,
frozen). A CLIP input ties the policy to that CLIP: the checkpoint records the CLIP's digest, and a policy whose CLIP
changed since it was trained is refused rather than fed other embeddings. The target's identity reaches the policy
through the CLIP-grounded mask either way; the words tell it which skill and which kind of destination.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from sim.core import layout
from sim.core.errors import ConfigError

if TYPE_CHECKING:
    from skills.policy.config import PolicyConfig

_EXTRA = ("pick", "up", "put", "it", "in", "on", "at", "the", "bin", "table", "corner", "middle",
          "top", "bottom", "left", "right", "block", "bowl")


def default_vocab() -> tuple[str, ...]:
    """Word list (index 0 = padding, 1 = unknown); frozen into each checkpoint's config."""
    words = list(layout.COLOURS) + list(layout.KINDS) + list(_EXTRA)
    for place in layout.PLACES:
        words += place.split()
    return ("<pad>", "<unk>", *dict.fromkeys(words))


def instruction(primitive: str, name: str, kind: str, object_kind: str | None = None) -> str:
    """The step in words, e.g. "pick up the red block", "put it in the blue bowl"."""
    if primitive == "pick":
        return f"pick up the {name}"
    if kind == "bin":
        return "put it in the bin"
    if kind == "table":
        return "put it on the table"
    if kind == "place":
        return f"put it at the {name}"
    return f"put it {'in' if object_kind == 'bowl' else 'on'} the {name}"


def encode(text: str, vocab: tuple[str, ...], max_words: int) -> np.ndarray:
    """(max_words,) int64 word ids, padded with 0; unknown words are 1."""
    index = {w: i for i, w in enumerate(vocab)}
    ids = [index.get(w, 1) for w in re.findall(r"[a-z]+", text.lower())][:max_words]
    return np.array(ids + [0] * (max_words - len(ids)), dtype=np.int64)


def without_colours(text: str) -> str:
    """`text` with its colour words made unknown ("pick up the unk block"): what the policy sees when training hides
    the colour, so that the mask, not the colour's name, says which object."""
    colours = set(layout.COLOURS)
    return re.sub(r"[a-z]+", lambda m: "unk" if m.group(0) in colours else m.group(0), text.lower())


def language(texts: Sequence[str], cfg: PolicyConfig) -> np.ndarray:
    """The network's language input for each text: (N, max_words) int64 word ids ("words"), or (N, D) float32 unit
    CLIP text embeddings ("clip"; a ConfigError when the shipped CLIP is not the one the policy was trained with)."""
    if cfg.text == "words":
        return np.stack([encode(t, cfg.vocab, cfg.max_words) for t in texts]) if texts else np.zeros((0, cfg.max_words), np.int64)
    if cfg.clip_digest and cfg.clip_digest != clip_digest():
        raise ConfigError("this policy reads the text embeddings of another CLIP than the shipped one (its "
                          "policy.json records the CLIP it was trained with): retrain it with `vla-agent train policy "
                          "--text clip`")
    return _clip().embed_texts(list(texts)).astype(np.float32)


@lru_cache(maxsize=1)
def clip_digest() -> str:
    """The digest of the shipped CLIP's files, which a "clip" policy records at training (the CLIP is not loaded)."""
    from skills.perception.clip import SHIPPED, checkpoint_digest

    return checkpoint_digest(SHIPPED)


@lru_cache(maxsize=1)
def _clip() -> Any:
    from skills.perception.clip import load_clip

    return load_clip()
