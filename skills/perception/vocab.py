"""Perception's words: CLIP's training and prompt templates, the tokenizer's word list, the held-out pairs.

The names and their synonyms come from `sim.core.lexicon`, so the tokenizer, training texts,
zero-shot prompts and the referring-expression parser agree with the planners.
"""

from __future__ import annotations

import random

from sim.core.lexicon import COLOURS, KIND_WORDS, KINDS

# Colour-kind pairs never shown to CLIP in training (both words are seen in other pairs).
HELD_OUT: frozenset[tuple[str, str]] = frozenset({("purple", "bowl"), ("cyan", "block")})

# Templates for full descriptions, and for one attribute (these teach the text tower to compose).
FULL_TEMPLATES: tuple[str, ...] = (
    "a {c} {k}", "the {c} {k}", "{c} {k}", "a photo of a {c} {k}", "a small {c} {k}",
    "one {c} {k}", "a {c} {k} on the table", "this is a {c} {k}",
)
COLOUR_TEMPLATES: tuple[str, ...] = ("something {c}", "a {c} object", "the {c} one", "{c}")
KIND_TEMPLATES: tuple[str, ...] = ("a {k}", "the {k}", "a photo of a {k}", "{k}")
# Words of referring expressions; they are in the tokenizer so any phrase tokenizes.
EXTRA_WORDS: tuple[str, ...] = (
    "object", "thing", "nearest", "closest", "to", "next", "leftmost", "rightmost", "left", "right",
    "of", "in", "on", "it", "pick", "up", "put", "place", "top", "bottom", "middle", "corner", "bin",
    "front", "back", "far", "near", "farthest", "and", "with",
)


def seen_pairs() -> list[tuple[str, str]]:
    return [(c, k) for k in KINDS for c in COLOURS if (c, k) not in HELD_OUT]


def all_pairs() -> list[tuple[str, str]]:
    return [(c, k) for k in KINDS for c in COLOURS]


def words() -> list[str]:
    """Every word the tokenizer knows, in a fixed order."""
    out: list[str] = []
    for t in (*FULL_TEMPLATES, *COLOUR_TEMPLATES, *KIND_TEMPLATES):
        out += t.replace("{c}", "").replace("{k}", "").split()
    out += list(COLOURS) + [w for ws in KIND_WORDS.values() for w in ws] + list(EXTRA_WORDS)
    return list(dict.fromkeys(out))


def random_text(rng: random.Random, colour: str, kind: str) -> tuple[str, str | None, str | None]:
    """A training description of a (colour, kind) object, and which attributes it names.

    Returns (text, colour or None, kind or None): 60% full descriptions, 20% colour only,
    20% kind only, with the kind's paraphrases.
    """
    u = rng.random()
    k = rng.choice(KIND_WORDS[kind])
    if u < 0.6:
        return rng.choice(FULL_TEMPLATES).format(c=colour, k=k), colour, kind
    if u < 0.8:
        return rng.choice(COLOUR_TEMPLATES).format(c=colour), colour, None
    return rng.choice(KIND_TEMPLATES).format(k=k), None, kind
