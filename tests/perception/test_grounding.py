"""Referring expressions on hand-made perceptions (no CLIP needed: labels are given)."""

from __future__ import annotations

import numpy as np
import pytest

from sim.core.errors import PerceptionError
from skills.perception import vocab
from skills.perception.grounding import ground
from skills.perception.perceiver import Perception, Perceiver
from sim.core.perceived import PerceivedObject, Scene


def perception(*objs: tuple[str, str, str, tuple[float, float], str]) -> Perception:
    """objs: (name, colour, kind, (x, y), support); labels are certain."""
    objects, probs = [], {}
    for name, colour, kind, (x, y), support in objs:
        objects.append(PerceivedObject(
            name=name, kind=kind, colour=colour, position=(x, y, 0.02), extent=(0.04, 0.04, 0.04),
            confidence=0.99, support=support,
        ))
        p = np.full(len(vocab.all_pairs()), 1e-4)
        p[vocab.all_pairs().index((colour, kind))] = 1.0
        probs[name] = p / p.sum()
    return Perception(Scene(objects=objects), {}, np.zeros((8, 8, 3), np.uint8), label_probs=probs)


SCENE = perception(
    ("red block", "red", "block", (0.40, 0.10), "table"),
    ("blue block", "blue", "block", (0.60, -0.20), "green bowl"),
    ("yellow block", "yellow", "block", (0.40, 0.10), "red block"),
    ("green bowl", "green", "bowl", (0.60, -0.20), "table"),
    ("purple bowl", "purple", "bowl", (0.45, 0.25), "table"),
)


@pytest.mark.parametrize(
    "expression, match",
    [
        ("the red block", "red block"),
        ("red cube", "red block"),
        ("The Blue Brick", "blue block"),
        ("the purple dish", "purple bowl"),
        ("red block", "red block"),
        ("the block nearest the green bowl", "blue block"),
        ("the leftmost bowl", "green bowl"),
        ("the bowl on the right", "purple bowl"),
        ("the block in the green bowl", "blue block"),
        ("the block on the red block", "yellow block"),
        ("the block under the yellow block", "red block"),
        ("the green one", "green bowl"),
    ],
)
def test_resolves(expression, match):
    g = ground(expression, SCENE)
    assert g.match == match, g
    assert g.confidence > 0.5


def test_ambiguous_returns_candidates():
    g = ground("the block", SCENE)
    assert g.match is None
    assert set(g.candidates) == {"red block", "blue block", "yellow block"}
    # the red and yellow blocks are a tower (same xy): equally near the purple bowl
    g = ground("the block closest to the purple bowl", SCENE)
    assert g.match is None and set(g.candidates) == {"red block", "yellow block"}
    two_red = perception(
        ("red block", "red", "block", (0.40, 0.10), "table"),
        ("red block 2", "red", "block", (0.60, 0.10), "table"),
    )
    g = ground("the red block", two_red)
    assert g.match == "red block"  # the exact name wins
    g = ground("red cube", two_red)
    assert g.match is None and set(g.candidates) == {"red block", "red block 2"}
    assert ground("the red block 2", two_red).match == "red block 2"


def test_leftmost_tie_is_ambiguous():
    p = perception(
        ("red bowl", "red", "bowl", (0.40, -0.10), "table"),
        ("blue bowl", "blue", "bowl", (0.60, -0.09), "table"),
    )
    g = ground("the leftmost bowl", p)
    assert g.match is None and set(g.candidates) == {"red bowl", "blue bowl"}


def test_nothing_fits():
    g = ground("the cyan block", SCENE)
    assert g.match is None and g.candidates == [] and g.reason
    g = ground("the block in the purple bowl", SCENE)
    assert g.match is None and g.candidates == []


def test_empty_scene_cannot_be_grounded():
    empty = Perception(Scene(), {}, np.zeros((8, 8, 3), np.uint8))
    with pytest.raises(PerceptionError, match="empty"):
        Perceiver().ground("the red block", empty)


def test_an_object_remembered_from_an_earlier_frame_can_be_named():
    """A held block the hand hides has no labels in this frame; its remembered label grounds it."""
    p = perception(("red block", "red", "block", (0.40, 0.10), "table"))
    held = PerceivedObject(name="pink block", kind="block", colour="pink", position=(0.22, 0.0, 0.4),
                           extent=(0.04, 0.04, 0.04), confidence=0.97, support="gripper")
    p.scene = Scene(objects=[*p.scene.objects, held], held="pink block")
    assert ground("the pink block", p).match == "pink block"
    assert ground("the red cube", p).match == "red block"
