"""A block resting against the outside of a bowl of its own colour (where a knocked or slipped block lands) is
perceived as a block on the table, not swallowed into the bowl (issue 12: the planner then forgot the block)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from skills.perception.geometry import segment
from skills.perception.perceiver import separate_from_bowls

from tests.perception.conftest import spec

# Each: a bowl and a block of its colour 11 to 12 cm from its centre (the rim's outside is 8.8 cm out),
# plus a block in the bowl of the same colour and a tower elsewhere, which must stay as they are.
CASES = [
    (0.343, 0.061, 0.41, 0.16, 0.4),
    (0.50, -0.17, 0.61, -0.14, -0.2),
    (0.486, 0.19, 0.39, 0.14, 0.7),
]


@pytest.mark.parametrize("bx, by, x, y, yaw", CASES)
def test_block_against_its_bowl_is_its_own_object(world, perceiver, bx, by, x, y, yaw) -> None:
    assert 0.105 < math.hypot(x - bx, y - by) < 0.125
    world.reset(spec(
        dict(kind="bowl", colour="red", x=bx, y=by),
        dict(kind="block", colour="red", x=x, y=y, yaw=yaw),
        dict(kind="block", colour="blue", x=0.62 if bx < 0.45 else 0.35, y=-0.05),
        dict(kind="block", colour="green", on="blue block"),
    ))
    scene = perceiver.perceive(world.observe()).scene
    kinds = sorted((o.colour, o.kind) for o in scene.objects)
    assert kinds == [("blue", "block"), ("green", "block"), ("red", "block"), ("red", "bowl")], scene.describe()
    red = scene.find("red block")
    assert red is not None and red.support == "table"
    assert math.hypot(red.position[0] - x, red.position[1] - y) < 0.02
    bowl = scene.find("red bowl")
    assert bowl is not None and math.hypot(bowl.position[0] - bx, bowl.position[1] - by) < 0.015


def test_a_block_inside_its_own_bowl_is_unchanged(world) -> None:
    world.reset(spec(dict(kind="bowl", colour="red", x=0.5, y=0.0), dict(kind="block", colour="red", on="red bowl")))
    obs = world.observe()
    insts = segment(obs.front, obs.proprio)
    assert separate_from_bowls(list(insts), 3, 0.06) == insts


def test_nothing_wider_than_a_bowl_nothing_to_cut(world) -> None:
    world.reset(spec(dict(kind="block", colour="red", x=0.5, y=0.0), dict(kind="block", colour="red", x=0.5, y=0.041)))
    obs = world.observe()
    insts = segment(obs.front, obs.proprio)
    out = separate_from_bowls(list(insts), 3, 0.06)
    assert len(out) == len(insts) and all(np.array_equal(a.mask, b.mask) for a, b in zip(out, insts))
