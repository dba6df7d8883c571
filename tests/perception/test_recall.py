"""An unsure label takes the identity of an object the previous frame showed and this one lacks
(a block hidden under the block stacked on it; a small block on top of a tall tower)."""

from __future__ import annotations

import numpy as np

from sim.core.perceived import PerceivedObject, Scene
from skills.perception import Perceiver, vocab

PAIRS = vocab.all_pairs()


def _probs(*rows: dict[tuple[str, str], float]) -> np.ndarray:
    """One row per object: the given probabilities, the rest spread evenly over the other pairs."""
    out = np.zeros((len(rows), len(PAIRS)))
    for i, row in enumerate(rows):
        out[i] = (1.0 - sum(row.values())) / (len(PAIRS) - len(row))
        for pair, p in row.items():
            out[i, PAIRS.index(pair)] = p
    return out


def _seen(*pairs: tuple[str, str]) -> Scene:
    return Scene(objects=[PerceivedObject(name=f"{c} {k}{'' if i == 0 else f' {i + 1}'}", kind=k, colour=c,
                                          position=(0.5, 0.1 * i, 0.02), extent=(0.04, 0.04, 0.04), confidence=0.99)
                          for i, (c, k) in enumerate(pairs)])


def _labels(perceiver: Perceiver, probs: np.ndarray) -> list[tuple[str, str]]:
    return [PAIRS[b] for b in perceiver._recall(probs)]


def test_a_hidden_block_keeps_the_identity_it_had():
    p = Perceiver()
    p._last = _seen(("white", "block"), ("orange", "block"), ("yellow", "bowl"))
    probs = _probs({("orange", "block"): 0.98}, {("yellow", "bowl"): 0.99},
                   {("blue", "block"): 0.3, ("yellow", "bowl"): 0.25, ("white", "block"): 0.05})
    assert _labels(p, probs) == [("orange", "block"), ("yellow", "bowl"), ("white", "block")]


def test_one_too_many_of_a_colour_the_less_sure_is_the_missing_block():
    p = Perceiver()
    p._last = _seen(("orange", "block"), ("white", "block"), ("purple", "block"))
    probs = _probs({("orange", "block"): 0.99}, {("orange", "block"): 0.5, ("white", "block"): 0.2},
                   {("purple", "block"): 0.97})
    assert _labels(p, probs) == [("orange", "block"), ("white", "block"), ("purple", "block")]


def test_sure_labels_new_objects_and_the_first_frame_stay_as_read():
    p = Perceiver()
    probs = _probs({("blue", "block"): 0.3, ("white", "block"): 0.1})
    assert _labels(p, probs) == [("blue", "block")]  # no previous frame: nothing to recall
    p._last = _seen(("white", "block"), ("red", "block"))
    sure = _probs({("red", "block"): 0.95}, {("blue", "block"): 0.9})
    assert _labels(p, sure) == [("red", "block"), ("blue", "block")]  # sure: the white block really is gone
    present = _probs({("red", "block"): 0.95}, {("white", "block"): 0.4, ("green", "block"): 0.3})
    assert _labels(p, present) == [("red", "block"), ("white", "block")]  # unsure but a known object: kept
    wrong_kind = _probs({("red", "block"): 0.95}, {("blue", "bowl"): 0.4})
    assert _labels(p, wrong_kind) == [("red", "block"), ("blue", "bowl")]  # only a missing object of its kind
