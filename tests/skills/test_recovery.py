"""Recovery after a failed grasp (scripted skills): a pick starts with the fingers open and a failed one ends with
them open, so the next pick succeeds; a table drop lands where the block can be picked up again."""

import math

import numpy as np

from sim import predicates
from sim.core import layout
from sim.core.spots import SAFE_EDGE, SAFE_GAP
from sim.scene import ObjectSpec, SceneSpec
from sim.world import Action
from skills.base import Target
from skills.registry import make_skills
from skills.retreat import OPEN_WIDTH, finish, holds_something, start_pick
from tests.skills.knock import KnockWorld

SCENE = SceneSpec(objects=[
    ObjectSpec(kind="block", colour="red", x=0.45, y=-0.10, yaw=0.3),
    ObjectSpec(kind="block", colour="blue", x=0.60, y=0.12),
    ObjectSpec(kind="bowl", colour="yellow", x=0.60, y=-0.15),
])


def _block(world, name: str) -> Target:
    return Target(name, "object", world.sim_state().objects[name].position, "block")


def _at_observe_pose(world) -> bool:
    return float(np.linalg.norm(world.proprio().ee_pos - np.array(layout.OBSERVE_POS))) < 0.02


def test_a_failed_pick_ends_open_and_the_retry_succeeds(world):
    knock = KnockWorld(world)
    knock.reset(SCENE)
    skills = make_skills("scripted")
    first = skills["pick"](knock, _block(knock, "red block"))
    assert knock.knocked and knock.knocked[0][0] == "red block", "the fault fired on the grasped block"
    assert not first.success and "not in the gripper" in first.message
    assert knock.proprio().gripper_width >= OPEN_WIDTH and _at_observe_pose(knock), "ends open, at the observation pose"
    moved = knock.sim_state().objects["red block"].position
    assert float(np.linalg.norm(moved[:2] - knock.knocked[0][1][:2])) > 0.05
    retry = skills["pick"](knock, _block(knock, "red block"))
    assert retry.success, retry.message
    assert predicates.held(knock.sim_state(), "red block")


def test_a_pick_opens_a_closed_empty_gripper_first(world):
    world.reset(SCENE)
    for _ in range(4):  # the state a failed grasp used to leave: fingers closed on nothing
        world.step(Action(dpos=np.zeros(3), gripper=1.0))
    assert world.proprio().gripper_width < 0.01
    assert start_pick(world) >= 1 and world.proprio().gripper_width >= OPEN_WIDTH
    assert start_pick(world) == 0, "already ready: no actions"
    assert make_skills("scripted")["pick"](world, _block(world, "blue block")).success


def test_finish_keeps_a_held_block_and_opens_an_empty_hand(world):
    world.reset(SCENE)
    assert make_skills("scripted")["pick"](world, _block(world, "blue block")).success
    assert holds_something(world.proprio())
    finish(world, gripper=1.0)
    assert predicates.held(world.sim_state(), "blue block"), "a held block stays held"
    world.reset(SCENE)
    for _ in range(4):
        world.step(Action(dpos=np.array([0.0, 0.0, -0.02]), gripper=1.0))
    finish(world, gripper=1.0)
    assert world.proprio().gripper_width >= OPEN_WIDTH and _at_observe_pose(world)


def test_a_table_drop_near_the_robot_lands_safe_and_can_be_picked_again(world):
    """Even a table target at the near edge (where the held block waits) is put down on a safe spot."""
    world.reset(SCENE)
    skills = make_skills("scripted")
    assert skills["pick"](world, _block(world, "red block")).success
    near_edge = Target("table", "table", np.array([layout.WORKSPACE_X[0], 0.0, 0.0]))
    assert skills["place"](world, near_edge).success
    state = world.sim_state()
    xy = state.objects["red block"].position[:2]
    (x0, x1), (y0, y1) = layout.WORKSPACE_X, layout.WORKSPACE_Y
    assert min(xy[0] - x0, x1 - xy[0], xy[1] - y0, y1 - xy[1]) >= SAFE_EDGE - 0.01
    for name, o in state.objects.items():
        need = layout.BOWL_CLEARANCE if o.kind == "bowl" else SAFE_GAP
        if name != "red block":
            assert math.hypot(*(o.position[:2] - xy)) >= need - 0.01
    assert skills["pick"](world, _block(world, "red block")).success, "it can be picked up again"
