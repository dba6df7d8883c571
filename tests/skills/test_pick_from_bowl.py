"""A block in a bowl: the pick clears the bowl's wall, and a grasp that comes down on a rim stops instead of
pushing the bowl away (eval episode move_all-012: every pick of the blue block in the red bowl landed a fingertip
on the wall, and nine attempts dragged the bowl and the block out of the arm's reach)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from sim import predicates
from sim.core import layout
from sim.scene import ObjectSpec, SceneSpec
from sim.world import ObjectState, SimState
from skills.base import Target
from skills.registry import make_skills
from skills.scripted import motion
from skills.scripted.motion import SAFE_GAP, finger_clearance, grasp_pose, in_hand_skew

# move_all-012 of the default suite (seed 213012): "gather all the cubes at the center".
MOVE_ALL_012 = SceneSpec(objects=[
    ObjectSpec(kind="bowl", colour="yellow", x=0.4885, y=-0.1747),
    ObjectSpec(kind="bowl", colour="red", x=0.6738, y=0.02),
    ObjectSpec(kind="block", colour="green", x=0.4231, y=0.1516, yaw=-0.5298809151897268),
    ObjectSpec(kind="block", colour="blue", x=0.5, y=0.0, on="red bowl"),
    ObjectSpec(kind="block", colour="purple", x=0.5, y=0.0, on="green block"),
])


def _pick(world, block: str):
    state = world.sim_state()
    return make_skills("scripted")["pick"](world, Target(block, "object", state.objects[block].position, "block"))


def _bowl_state(slot: tuple[float, float], block_yaw: float) -> SimState:
    bowl = np.array([0.62, 0.05, 0.0])
    block = np.array([bowl[0] + slot[0], bowl[1] + slot[1], layout.BOWL_FLOOR + layout.BLOCK_SIZE / 2])
    return SimState(objects={
        "red bowl": ObjectState("red bowl", "bowl", "red", bowl, 0.0, 1),
        "blue block": ObjectState("blue block", "block", "blue", block, block_yaw, 2),
    }, ee_pos=np.array([0.22, 0.0, 0.4]))


@pytest.mark.parametrize("slot", layout.BOWL_SLOTS)
@pytest.mark.parametrize("block_yaw", [0.0, 0.3, -0.5, math.pi / 4, 1.2])
def test_the_grasp_of_a_block_in_a_bowl_clears_the_wall(slot, block_yaw) -> None:
    state = _bowl_state(slot, block_yaw)
    # Along the block's own axes one open fingertip comes down on the wall, whichever way it is turned.
    square = max(finger_clearance(state, "blue block", block_yaw + k * math.pi / 2) for k in range(4))
    yaw, shift = grasp_pose(state, "blue block")
    assert finger_clearance(state, "blue block", yaw, shift) >= SAFE_GAP > square or square >= SAFE_GAP
    assert float(np.linalg.norm(shift)) <= 0.0061  # the pads stay on the block


def test_scripted_pick_from_a_bowl_leaves_the_bowl(world) -> None:
    world.reset(MOVE_ALL_012)
    before = world.sim_state()
    out = _pick(world, "blue block")
    after = world.sim_state()
    assert out.success, out.message
    assert predicates.held(after, "blue block")
    moved = np.linalg.norm(after.objects["red bowl"].position[:2] - before.objects["red bowl"].position[:2])
    assert moved < 0.005, f"the red bowl moved {moved * 100:.1f} cm"
    assert abs(after.objects["red bowl"].position[2]) < 0.003, "the red bowl was lifted"


def test_a_grasp_that_comes_down_on_a_rim_stops_instead_of_pushing(world, monkeypatch) -> None:
    """The old square grasp forced: each attempt stops at the rim and says so; retries (three per step, three
    replans in the executor) leave the bowl and the block in reach."""
    monkeypatch.setattr(motion, "grasp_pose", lambda state, block, avoid=(): (-1.52, np.zeros(2)))
    world.reset(MOVE_ALL_012)
    start = world.sim_state().objects["red bowl"].position.copy()
    for _ in range(3):
        out = _pick(world, "blue block")
        assert not out.success
        assert "came down on the red bowl" in out.message, out.message
        assert out.actions < 90  # stopped, not pushed along until MAX_ACTIONS
    state = world.sim_state()
    assert np.linalg.norm(state.objects["red bowl"].position[:2] - start[:2]) < 0.03
    assert state.objects["blue block"].position[0] < layout.WORKSPACE_X[1] - 0.03


def test_a_block_grasped_across_a_bowl_is_stacked_square(world) -> None:
    """A block in a bowl grasped off square is held turned in the fingers: a place on a block lines up the
    block with it, not the hand."""
    world.reset(SceneSpec(objects=[
        ObjectSpec(kind="bowl", colour="red", x=0.62, y=0.1),
        ObjectSpec(kind="block", colour="blue", x=0.5, y=0.0, on="red bowl"),
        ObjectSpec(kind="block", colour="green", x=0.45, y=-0.1, yaw=0.3),
    ]))
    assert _pick(world, "blue block").success
    assert abs(in_hand_skew(world.sim_state(), "blue block")) > 0.3  # held across, by two edges
    state = world.sim_state()
    out = make_skills("scripted")["place"](world, Target("green block", "object", state.objects["green block"].position,
                                                         "block"))
    assert out.success, out.message
    state = world.sim_state()
    top, base = state.objects["blue block"], state.objects["green block"]
    assert np.linalg.norm(top.position[:2] - base.position[:2]) < 0.01
    off = (top.yaw - base.yaw + math.pi / 4) % (math.pi / 2) - math.pi / 4
    assert abs(off) < 0.05, f"the block sits {math.degrees(off):.0f} degrees off the one below"
