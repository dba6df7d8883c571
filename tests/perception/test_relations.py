"""Support relations from geometry alone, on hand-made poses (no simulator, no CLIP)."""

from __future__ import annotations

import numpy as np

from sim.core import layout
from skills.perception.relations import Pose, align_towers, supports


def block(x: float, y: float, level: int, floor: float = 0.0, top_seen: bool = True) -> Pose:
    top = floor + 0.04 * level
    return Pose(np.array([x, y, top - 0.02]), np.full(3, 0.04), top, top_seen)


def bowl(x: float, y: float) -> Pose:
    return Pose(np.array([x, y, 0.017]), np.array([0.176, 0.176, 0.035]), layout.BOWL_HEIGHT)


def test_tower_bowl_bin_table():
    names = ["base", "middle", "top", "beside", "bowl", "in bowl", "in bin"]
    kinds = ["block"] * 4 + ["bowl", "block", "block"]
    poses = [
        block(0.5, 0.0, 1), block(0.502, 0.001, 2), block(0.499, -0.002, 3),
        block(0.5, 0.041, 1),  # touching the base: same height, so not on it
        bowl(0.4, -0.2), block(0.43, -0.17, 1, floor=layout.BOWL_FLOOR),
        block(*layout.BIN_CENTER, 1, floor=layout.BOWL_FLOOR),
    ]
    got = supports(names, kinds, poses)
    assert got == {
        "base": "table", "middle": "base", "top": "middle", "beside": "table", "bowl": "table",
        "in bowl": "bowl", "in bin": "bin",
    }


def test_block_on_the_block_beside_a_tower_picks_the_one_below():
    # "upper" sits on "b" (level 2); "a" next to "b" has the right height but is 4 cm away.
    names, kinds = ["a", "b", "upper"], ["block"] * 3
    poses = [block(0.5, 0.0, 1), block(0.5, 0.045, 1), block(0.5, 0.046, 2)]
    assert supports(names, kinds, poses)["upper"] == "b"


def test_held_block_rests_in_the_gripper():
    names, kinds = ["held", "other"], ["block", "block"]
    poses = [block(0.5, 0.0, 4), block(0.5, 0.0, 1)]
    got = supports(names, kinds, poses, held="held")
    assert got == {"held": "gripper", "other": "table"}


def test_hidden_top_takes_the_centre_of_the_block_above():
    names = ["low", "high"]
    poses = [block(0.52, 0.0, 1, top_seen=False), block(0.5, 0.01, 2)]
    support = supports(names, ["block", "block"], poses)
    assert support["high"] == "low"
    align_towers(names, poses, support)
    np.testing.assert_allclose(poses[0].position, [0.5, 0.01, 0.02], atol=1e-9)
