"""Referring expressions -> one perceived object, or the candidates when several fit about equally.

Understood: object names ("red block 2"); colour and kind words with paraphrases ("red cube",
"the bowl", "the green one"); left/right superlatives ("the leftmost bowl", "the block on the
left"); and relations to a second expression ("the block nearest the green bowl", "the block in
the red bowl", "the block on the blue block", "the block under the red block"). Colour/kind
matching uses each object's CLIP label distribution; an expression with no known colour or
kind word is matched by CLIP text-image similarity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from skills.perception import vocab

if TYPE_CHECKING:
    from skills.perception.perceiver import Perception

STOP = {"the", "a", "an", "please", "that", "is", "object", "thing", "one", "of", "which"}
KIND_OF = {w: k for k, ws in vocab.KIND_WORDS.items() for w in ws}
# Relation keywords (longest first), in the text after the head description.
RELATIONS: tuple[tuple[str, str], ...] = (
    ("nearest to", "near"), ("closest to", "near"), ("next to", "near"), ("nearest", "near"), ("closest", "near"),
    ("near", "near"), ("beside", "near"), ("farthest from", "far"), ("furthest from", "far"),
    ("on top of", "on"), ("inside", "in"), ("in", "in"), ("on", "on"), ("under", "under"), ("below", "under"),
    ("beneath", "under"),
)
SIDES = {"leftmost": "left", "left": "left", "rightmost": "right", "right": "right"}
AMBIGUOUS_M = 0.025  # two objects whose decisive distances differ by less than this are a tie
MIN_PROB = 0.5


@dataclass(frozen=True)
class Grounding:
    """What an expression refers to. match is None when nothing or several things fit (see candidates)."""

    expression: str
    match: str | None
    candidates: list[str] = field(default_factory=list)
    confidence: float = 0.0
    reason: str = ""


def ground(expression: str, p: Perception, embed_text=None) -> Grounding:
    """Resolve `expression` against the perceived scene (non-empty; the Perceiver checks)."""
    text = " ".join(re.findall(r"[a-z]+|\d+", expression.lower()))
    names = p.scene.names()
    for n in names:
        if text == n or text == f"the {n}":
            return Grounding(expression, n, [n], float(p.scene.get(n).confidence))
    text = re.sub(r"\b(on|to|at) the (left|right)( side)?\b", r"\2most", text)
    head, rel, ref = _split_relation(text)
    scores = _describe(head, p, embed_text)
    side = next((SIDES[w] for w in head.split() if w in SIDES), None)
    cands = [n for n in names if scores[n] >= MIN_PROB]
    if rel is not None:
        r = ground(ref, p, embed_text)
        if r.match is None:
            why = f"the reference {ref!r} is ambiguous" if r.candidates else f"nothing matches {ref!r}"
            return Grounding(expression, None, [], 0.0, why)
        cands = [n for n in cands if n != r.match]
        return _relate(expression, p, cands, rel, r.match, scores, r.confidence)
    if side is not None:
        return _extreme(expression, p, cands, side, scores)
    return _pick(expression, cands, scores)


def _split_relation(text: str) -> tuple[str, str | None, str]:
    words = text.split()
    for i in range(1, len(words)):
        rest = " ".join(words[i:])
        for key, rel in RELATIONS:
            if rest == key or rest.startswith(key + " "):
                ref = rest[len(key):].strip()
                if ref and ref not in ("the left", "the right"):
                    return " ".join(words[:i]), rel, ref
    return text, None, ""


def _describe(head: str, p: Perception, embed_text=None) -> dict[str, float]:
    """name -> probability that the object fits the head description (colour and/or kind)."""
    words = [w for w in head.split() if w not in STOP and w not in SIDES]
    colours = [w for w in words if w in vocab.COLOURS]
    kinds = [KIND_OF[w] for w in words if w in KIND_OF]
    unknown = [w for w in words if w not in vocab.COLOURS and w not in KIND_OF and not w.isdigit()]
    out: dict[str, float] = {}
    if not colours and not kinds and unknown and embed_text is not None and p.embeddings:
        names = list(p.embeddings)
        sims = np.stack([p.embeddings[n] for n in names]) @ embed_text([head])[0]
        e = np.exp((sims - sims.max()) * 30.0)
        probs = e / e.sum()
        return {n: float(pr / probs.max()) for n, pr in zip(names, probs)}
    pairs = vocab.all_pairs()
    ok = np.array([(not colours or c == colours[0]) and (not kinds or k == kinds[0]) for c, k in pairs])
    for o in p.scene.objects:
        if o.name in p.label_probs:
            out[o.name] = float(p.label_probs[o.name][ok].sum())
        else:  # remembered from an earlier frame (the hand hides it): its label is all there is
            out[o.name] = o.confidence if ok[pairs.index((o.colour, o.kind))] else 0.0
    return out


def _pick(expression: str, cands: list[str], scores: dict[str, float], scale: float | None = None) -> Grounding:
    """One candidate: a match whose confidence is its margin over every other object (or its
    score times `scale`, the reference's confidence, when a relation already singled it out)."""
    ranked = sorted(cands, key=lambda n: -scores[n])
    if not ranked:
        return Grounding(expression, None, [], 0.0, "nothing in the scene matches")
    if len(ranked) > 1:
        return Grounding(expression, None, ranked, 0.0, f"{len(ranked)} objects fit equally well")
    if scale is not None:
        return Grounding(expression, ranked[0], ranked, scores[ranked[0]] * scale)
    second = max([s for n, s in scores.items() if n != ranked[0]], default=0.0)
    return Grounding(expression, ranked[0], ranked, max(0.0, scores[ranked[0]] - second))


def _extreme(expression: str, p: Perception, cands: list[str], side: str, scores: dict[str, float]) -> Grounding:
    """Leftmost is the smallest y (left in the front camera's image, see sim.core.layout)."""
    if not cands:
        return Grounding(expression, None, [], 0.0, "nothing in the scene matches")
    sign = 1.0 if side == "left" else -1.0
    key = {n: sign * p.scene.get(n).position[1] for n in cands}
    ranked = sorted(cands, key=key.__getitem__)
    tied = [n for n in ranked if key[n] - key[ranked[0]] < AMBIGUOUS_M]
    if len(tied) > 1:
        return Grounding(expression, None, tied, 0.0, f"{len(tied)} objects are about equally far {side}")
    return Grounding(expression, ranked[0], ranked, scores[ranked[0]])


def _relate(
    expression: str, p: Perception, cands: list[str], rel: str, ref: str, scores: dict[str, float], ref_conf: float
) -> Grounding:
    scene = p.scene
    if rel in ("in", "on", "under"):
        below = scene.get(ref).support
        fits = [n for n in cands if (n == below if rel == "under" else scene.get(n).support == ref)]
        if not fits:
            return Grounding(expression, None, [], 0.0, f"nothing is {rel} the {ref}")
        return _pick(expression, fits, scores, ref_conf)
    if not cands:
        return Grounding(expression, None, [], 0.0, "nothing in the scene matches")
    ref_xy = np.asarray(scene.get(ref).position[:2])
    dist = {n: float(np.linalg.norm(np.asarray(scene.get(n).position[:2]) - ref_xy)) for n in cands}
    sign = 1.0 if rel == "near" else -1.0
    ranked = sorted(cands, key=lambda n: sign * dist[n])
    tied = [n for n in ranked if sign * (dist[n] - dist[ranked[0]]) < AMBIGUOUS_M]
    if len(tied) > 1:
        return Grounding(expression, None, tied, 0.0, f"{len(tied)} objects are about equally {rel} the {ref}")
    return Grounding(expression, ranked[0], ranked, scores[ranked[0]] * ref_conf)
