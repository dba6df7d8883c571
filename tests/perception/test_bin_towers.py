"""Blocks on blocks in the bin and in bowls are read as what they are (no phantom block of the same colour, no
"bowl" in the bin), and blocks are labelled with the right colour anywhere in the workspace, edges included."""

from __future__ import annotations

import numpy as np
import pybullet as p
import pytest

from sim.core import layout
from sim.scene import ObjectSpec, SceneSpec
from skills.perception.geometry import SegmentConfig, kind_hint, segment

# (colour, x, y, z, roll, pitch, yaw) of blocks moved into the bin (z: centre before settling). Poses where
# perception went wrong: a neat tower of two read as two bowls; a block leaning on another read as two blocks.
TOWER = (("blue", 0.562, 0.516, 0.026, 0, 0, 0.22), ("cyan", 0.554, 0.510, 0.077, 0, 0, 0.41))
LEANING = (("orange", 0.556, 0.441, 0.026, 0, 0, -0.08), ("yellow", 0.562, 0.392, 0.051, 0.53, -0.2, 0.26))
LEANING_2 = (("green", 0.461, 0.398, 0.026, 0, 0, -0.52), ("white", 0.433, 0.406, 0.065, -0.37, -0.58, 0.09))


def _in_bin(world, poses) -> None:
    """A scene whose blocks are then put in the bin at `poses` and left to settle."""
    world.reset(SceneSpec(objects=[ObjectSpec(kind="block", colour=c, x=0.35 + 0.1 * i, y=-0.2)
                                   for i, (c, *_) in enumerate(poses)]))
    ids = world.body_ids()
    for c, x, y, z, roll, pitch, yaw in poses:
        world._p.resetBasePositionAndOrientation(ids[f"{c} block"], [x, y, z], p.getQuaternionFromEuler([roll, pitch, yaw]))
    world.simulate(240)


@pytest.mark.parametrize("poses", [TOWER, LEANING, LEANING_2], ids=["tower", "leaning", "leaning-2"])
def test_blocks_on_blocks_in_the_bin(world, perceiver, poses):
    _in_bin(world, poses)
    perceiver.reset()
    scene = perceiver.perceive(world.observe()).scene
    assert sorted((o.colour, o.kind) for o in scene.objects) == sorted((c, "block") for c, *_ in poses)
    assert all(o.support in ("bin", *scene.names()) for o in scene.objects), "all in the bin"
    if poses is TOWER:
        assert scene.get("cyan block").support == "blue block" and scene.get("blue block").support == "bin"


def test_a_leaning_block_is_not_cut_into_layers(world):
    """The sliver of a leaning block below one block's height is no block of its own (it was, with no minimum)."""
    _in_bin(world, LEANING)
    obs = world.observe()
    assert len(segment(obs.front, obs.proprio)) == 2
    assert len(segment(obs.front, obs.proprio, SegmentConfig(min_layer=0.0))) == 3


def test_kind_from_shape(world):
    """Shape tells the kind where CLIP's sense of scale fails (a block nearer the camera, in the bin)."""
    _in_bin(world, TOWER)
    obs = world.observe()
    assert [kind_hint(i) for i in segment(obs.front, obs.proprio)] == ["block", "block"]
    world.reset(SceneSpec(objects=[ObjectSpec(kind="bowl", colour="green", x=0.5, y=0.1)]))
    obs = world.observe()
    assert [kind_hint(i) for i in segment(obs.front, obs.proprio)] == ["bowl"]


@pytest.mark.parametrize("bowl_xy", [(0.36, -0.2), (0.5, 0.0), (0.64, 0.2)])
def test_a_tower_in_a_bowl(world, perceiver, bowl_xy):
    world.reset(SceneSpec(objects=[
        ObjectSpec(kind="bowl", colour="pink", x=bowl_xy[0], y=bowl_xy[1]),
        ObjectSpec(kind="block", colour="white", on="pink bowl", yaw=0.4),
        ObjectSpec(kind="block", colour="green", on="white block"),
    ]))
    perceiver.reset()
    scene = perceiver.perceive(world.observe()).scene
    assert sorted(o.name for o in scene.objects) == ["green block", "pink bowl", "white block"]
    assert scene.get("green block").support == "white block" and scene.get("white block").support == "pink bowl"


@pytest.mark.parametrize("x", [layout.WORKSPACE_X[0] - 0.02, layout.WORKSPACE_X[0] + 0.02, 0.5,
                               layout.WORKSPACE_X[1] - 0.02])
def test_colours_along_the_workspace_and_its_edges(world, perceiver, x):
    """Every colour at every place along a row, the near edge (by the robot) and the far edge included."""
    colours = list(layout.COLOURS)
    ys = np.linspace(layout.WORKSPACE_Y[0] + 0.02, layout.WORKSPACE_Y[1] - 0.02, 7)
    wrong = []
    for shift in range(0, len(colours), 2):
        row = [colours[(i + shift) % len(colours)] for i in range(len(ys))]
        world.reset(SceneSpec(objects=[ObjectSpec(kind="block", colour=c, x=x, y=float(y), yaw=0.3 * i)
                                       for i, (c, y) in enumerate(zip(row, ys))]))
        perceiver.reset()
        scene = perceiver.perceive(world.observe()).scene
        for c, y in zip(row, ys):
            seen = [(o.colour, o.kind) for o in scene.objects if np.hypot(o.position[0] - x, o.position[1] - y) < 0.03]
            if seen != [(c, "block")]:
                wrong.append((c, round(float(y), 2), seen))
    assert not wrong
