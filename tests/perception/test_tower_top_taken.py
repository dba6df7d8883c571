"""A block taken off the top of a tower keeps its name in the hand, and the block that was hidden under it gets a name
of its own, also when both are of one colour and the lower one was too shaded to see before
(`skills.perception.perceiver._revealed`)."""

from __future__ import annotations

import numpy as np
import pytest

from sim.core.perceived import PerceivedObject, Scene
from sim.scene import ObjectSpec, SceneSpec
from skills.perception import Perceiver
from skills.perception.perceiver import _revealed

# A tower of three at the side of the table (an evaluation scene where the foot of the tower was not seen).
TOWER = SceneSpec(objects=[
    ObjectSpec(kind="block", colour="red", x=0.5806, y=0.2667, yaw=0.4712),
    ObjectSpec(kind="block", colour="white", on="red block"),
    ObjectSpec(kind="block", colour="red", on="white block", name="red block 2"),
])


def _block(name: str, colour: str, z: float, support: str = "table") -> PerceivedObject:
    return PerceivedObject(name=name, kind="block", colour=colour, position=(0.58, 0.27, z), extent=(0.04,) * 3,
                           confidence=0.99, support=support)


def test_a_block_seen_lower_where_its_name_stood_is_another_block():
    last = Scene(objects=[_block("red block", "red", 0.10, "white block"), _block("white block", "white", 0.06)])
    names = {0: "white block", 1: "red block"}
    positions = [np.array([0.58, 0.27, 0.06]), np.array([0.58, 0.27, 0.02])]
    assert _revealed(names, ["white", "red"], ["block", "block"], positions, last) == {
        0: "white block", 1: "red block 2"}
    unmoved = [np.array([0.58, 0.27, 0.06]), np.array([0.58, 0.27, 0.095])]
    assert _revealed(names, ["white", "red"], ["block", "block"], unmoved, last) == names
    elsewhere = [np.array([0.58, 0.27, 0.06]), np.array([0.40, 0.0, 0.02])]  # moved away, not sunk: same block
    assert _revealed(names, ["white", "red"], ["block", "block"], elsewhere, last) == names


@pytest.mark.parametrize("world_name", ["mujoco"])
def test_the_top_block_taken_is_held_and_the_foot_named_afresh(world_name):
    from sim.worlds import make_world
    from skills.base import Target
    from skills.registry import make_skills

    world = make_world(world_name, image_size=128, wrist_camera=False)
    try:
        world.reset(TOWER)
        perceiver = Perceiver()
        before = perceiver.perceive(world.observe()).scene
        top = max((o for o in before.objects if o.colour == "red"), key=lambda o: o.position[2])
        truth = world.sim_state().objects["red block 2"]
        outcome = make_skills("scripted")["pick"](world, Target("red block 2", "object", truth.position, "block"))
        assert outcome.success and world.sim_state().held == "red block 2"
        after = perceiver.perceive(world.observe()).scene
        assert after.held == top.name
        reds = [o for o in after.objects if o.colour == "red" and o.name != top.name]
        assert len(reds) == 1 and reds[0].position[2] < 0.03
        assert after.get("white block").support == reds[0].name
    finally:
        world.close()
