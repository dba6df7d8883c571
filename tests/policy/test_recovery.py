"""Recovery after a failed grasp with the learned skills (shipped checkpoint): the failed pick ends at the
observation pose with the fingers open (the start the policy was trained from), so the next pick succeeds."""

import numpy as np
import pytest

from sim import predicates
from sim.core import layout
from sim.scene import ObjectSpec, SceneSpec
from skills.base import Target
from skills.policy.skills import make_skills
from skills.retreat import OPEN_WIDTH
from tests.skills.knock import KnockWorld

SCENE = SceneSpec(objects=[
    ObjectSpec(kind="block", colour="red", x=0.48, y=-0.08, yaw=0.2),
    ObjectSpec(kind="block", colour="blue", x=0.62, y=0.14),
    ObjectSpec(kind="bowl", colour="yellow", x=0.40, y=0.15),
])


@pytest.fixture
def world(world128):
    """The shared 128 px world, left on the benchmark's first scene as the other tests expect it."""
    from sim.episodes import bench_scene

    yield world128
    world128.reset(bench_scene(0))


def _target(world, name: str) -> Target:
    """The block as the executor grounds it: its position and its mask in the front image."""
    mask = world.observe().front.segmentation == world.body_ids()[name]
    return Target(name, "object", world.sim_state().objects[name].position, "block", mask=mask)


def test_learned_pick_recovers_from_a_failed_grasp(world):
    knock = KnockWorld(world)
    knock.reset(SCENE)
    skills = make_skills()
    first = skills["pick"](knock, _target(knock, "red block"))
    assert knock.knocked, "the policy closed the gripper at the block and the fault fired"
    assert not first.success and "holds nothing" in first.message
    p = knock.proprio()
    assert p.gripper_width >= OPEN_WIDTH, "a failed pick ends with the gripper open"
    assert np.linalg.norm(p.ee_pos - np.array(layout.OBSERVE_POS)) < 0.02
    retry = skills["pick"](knock, _target(knock, "red block"))
    assert retry.success, retry.message
    assert predicates.held(knock.sim_state(), "red block")


def test_learned_place_refuses_an_empty_gripper(world):
    world.reset(SCENE)
    out = make_skills()["place"](world, Target("bin", "bin", np.array([*layout.BIN_CENTER, 0.0])))
    assert not out.success and "holds nothing" in out.message and out.actions == 0
