"""Step instructions in words, and their word ids for the policy's small learned text embedding.

The policy does not use the CLIP text tower: a frozen copy of CLIP's embeddings would tie
the policy to one perception checkpoint (a retrained CLIP would silently change its
inputs). The target's identity reaches the policy through the CLIP-grounded mask; the
words tell it which skill and which kind of destination.
"""

from __future__ import annotations

import re

import numpy as np

from sim.core import layout

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
