"""Blocks of one colour: towers are cut into blocks, and names stay with their objects across frames."""

import numpy as np
import pytest

from sim.scene import ObjectSpec, SceneSpec
from skills.base import Target
from skills.perception import Perceiver


@pytest.fixture(scope="module")
def world():
    from sim.pybullet_world import PyBulletWorld

    w = PyBulletWorld(wrist_camera=False)
    yield w
    w.close()


@pytest.mark.parametrize(
    "objects",
    [
        [("block", "red", None), ("block", "red", "red block"), ("block", "red", "red block 2"), ("block", "red", "red block 3")],
        [("block", "orange", None), ("block", "yellow", "orange block"), ("block", "yellow", "yellow block")],
        [("bowl", "purple", None), ("block", "green", "purple bowl"), ("block", "green", "green block"), ("block", "cyan", "green block 2")],
    ],
)
def test_same_colour_towers_are_split_into_blocks(world, objects):
    spec = SceneSpec(objects=[ObjectSpec(kind=k, colour=c, x=0.55, y=0.05, on=on) for k, c, on in objects])
    world.reset(spec)
    scene = Perceiver().perceive(world.observe()).scene
    assert sorted((o.colour, o.kind) for o in scene.objects) == sorted((c, k) for k, c, _ in objects)

    def chain(name: str) -> list[str]:  # colours from this object down to what stands on the table
        o = scene.get(name)
        return [o.colour] + ([] if o.support == "table" else chain(o.support))

    top = max(scene.objects, key=lambda o: o.position[2])
    assert chain(top.name) == [c for _, c, _ in reversed(objects)], "one tower, in the right order"


def test_names_follow_objects_when_a_twin_moves(world):
    """Two cyan blocks: after the left one is picked and held, the other keeps its name."""
    from skills.scripted import make_skills

    spec = SceneSpec(objects=[ObjectSpec(kind="block", colour="cyan", x=0.5, y=-0.15),
                              ObjectSpec(kind="block", colour="cyan", x=0.45, y=0.2)])
    world.reset(spec)
    perceiver = Perceiver()
    before = perceiver.perceive(world.observe()).scene
    left, right = sorted(before.objects, key=lambda o: o.position[1])
    out = make_skills()["pick"](world, Target(left.name, "object", np.array(left.position), "block"))
    assert out.success, out.message
    after = perceiver.perceive(world.observe()).scene
    assert after.held == left.name
    moved = after.get(right.name)
    assert np.allclose(moved.position, right.position, atol=0.01), "the block that stayed kept its name"
