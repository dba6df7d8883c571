"""A block beside a bowl: the pick chooses fingers that clear the bowl's rim, and a grasp that fails puts down
what the fingers caught instead of carrying it off (a bowl lifted with a block left the scene, issue 12)."""

from __future__ import annotations

import math

import numpy as np

from sim import predicates
from sim.core import layout
from sim.scene import ObjectSpec, SceneSpec
from sim.world import Action, ObjectState, SimState
from skills.base import Target
from skills.registry import make_skills
from skills.scripted import release_low
from skills.scripted.motion import FINGER_REACH, finger_clearance, grasp_yaw


def _state(block_xy: tuple[float, float], block_yaw: float, bowl_xy: tuple[float, float]) -> SimState:
    h = layout.BLOCK_SIZE / 2
    objects = {
        "red block": ObjectState("red block", "block", "red", np.array([*block_xy, h]), block_yaw, 1),
        "blue bowl": ObjectState("blue bowl", "bowl", "blue", np.array([*bowl_xy, 0.0]), 0.0, 2),
    }
    return SimState(objects=objects, ee_pos=np.array([0.22, 0.0, 0.4]))


def _tip_to_rim(state: SimState, yaw: float) -> float:
    block, bowl = state.objects["red block"].position, state.objects["blue bowl"].position
    u = np.array([math.cos(yaw), math.sin(yaw)])
    return min(math.dist(block[:2] + s * FINGER_REACH * u, bowl[:2]) for s in (-1, 1)) - (
        layout.BOWL_INNER_RADIUS + layout.BOWL_WALL)


def test_fingers_come_down_beside_a_bowl_not_on_its_rim() -> None:
    # The bowl 12 cm away along the block's own axis: fingers along that axis would land on the rim.
    state = _state((0.50, 0.0), 0.0, (0.50 + 0.12, 0.0))
    assert _tip_to_rim(state, 0.0) < 0.0  # the naive grasp hits the rim
    yaw = grasp_yaw(state, "red block")
    assert _tip_to_rim(state, yaw) > 0.02, f"yaw {yaw:.2f} puts a fingertip on the bowl's rim"
    assert finger_clearance(state, "red block", 0.0) < 0.0 < finger_clearance(state, "red block", yaw)


def test_a_bowl_far_away_does_not_change_the_grasp() -> None:
    state = _state((0.50, 0.0), 0.0, (0.50, 0.25))
    assert abs(grasp_yaw(state, "red block")) < 1e-6  # the block's own yaw, nearest the hand's


def test_scripted_pick_beside_a_bowl_leaves_the_bowl(world) -> None:
    """The scene from an eval episode: a knocked block came to rest 12 cm from a bowl, diagonally."""
    scene = SceneSpec(objects=[
        ObjectSpec(kind="block", colour="cyan", x=0.590, y=0.080, yaw=0.0),
        ObjectSpec(kind="bowl", colour="blue", x=0.508, y=0.170),
        ObjectSpec(kind="bowl", colour="purple", x=0.678, y=-0.039),
    ])
    world.reset(scene)
    before = world.sim_state()
    out = make_skills("scripted")["pick"](world, Target("cyan block", "object", before.objects["cyan block"].position,
                                                        "block"))
    after = world.sim_state()
    assert out.success, out.message
    assert predicates.held(after, "cyan block")
    for bowl in ("blue bowl", "purple bowl"):
        moved = np.linalg.norm(after.objects[bowl].position[:2] - before.objects[bowl].position[:2])
        assert moved < 0.02, f"the {bowl} moved {moved * 100:.1f} cm"  # a graze at most, with the bowl diagonal
        assert abs(after.objects[bowl].position[2]) < 0.005, f"the {bowl} was lifted"


def test_a_failed_grasp_puts_down_what_it_caught(world) -> None:
    """Fingers closed on a block (not a held one by the expert's judgement) low down, then lifted: release_low
    lowers it and opens, so nothing goes up with the hand."""
    scene = SceneSpec(objects=[ObjectSpec(kind="block", colour="red", x=0.5, y=0.0, yaw=0.0)])
    world.reset(scene)
    block = world.sim_state().objects["red block"].position

    def go(goal, gripper, n=40):
        for _ in range(n):
            s = world.sim_state()
            d = np.asarray(goal) - s.ee_pos
            if np.linalg.norm(d) < 0.004:
                break
            step = d * min(1.0, 0.028 / max(np.linalg.norm(d), 1e-9))
            world.step(Action(dpos=step, dyaw=float(np.clip(-s.ee_yaw, -0.2, 0.2)), gripper=gripper))

    go(block + [0, 0, 0.08], 0.0)
    go(block, 0.0)
    closed_at = world.sim_state().ee_pos.copy()
    for _ in range(3):
        world.step(Action(dpos=np.zeros(3), dyaw=0.0, gripper=1.0))
    go(block + [0, 0, 0.12], 1.0)
    assert world.sim_state().objects["red block"].position[2] > 0.08  # carried up
    n = release_low(world, closed_at)
    state = world.sim_state()
    assert n > 0 and state.held is None and state.gripper_width > 0.07
    for _ in range(20):
        world.step(Action(dpos=np.zeros(3), dyaw=0.0, gripper=0.0))
    assert predicates.on_table(world.sim_state(), "red block")


def test_release_low_does_nothing_with_open_or_empty_fingers(world) -> None:
    world.reset(SceneSpec(objects=[ObjectSpec(kind="block", colour="red", x=0.5, y=0.0)]))
    assert release_low(world, None) == 0
