"""The MuJoCo world: same scenes, cameras, safety layer and scripted experts as the PyBullet one."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("mujoco", reason="the MuJoCo world needs: pip install 'mujoco>=4'")

from sim import predicates
from sim.cameras import FRONT_CAMERA
from sim.core import layout
from sim.core.errors import ConfigError, UserError
from sim.scene import ObjectSpec, SceneSpec
from sim.world import Action, SimWorld
from skills.base import Target

SCENE = SceneSpec(
    objects=[
        ObjectSpec(kind="block", colour="red", x=0.45, y=-0.05, yaw=0.3),
        ObjectSpec(kind="block", colour="green", on="red block"),
        ObjectSpec(kind="block", colour="blue", on="green block"),
        ObjectSpec(kind="bowl", colour="yellow", x=0.60, y=0.15),
        ObjectSpec(kind="block", colour="cyan", on="yellow bowl"),
        ObjectSpec(kind="block", colour="white", x=layout.PLACES["top left corner"][0], y=layout.PLACES["top left corner"][1]),
        ObjectSpec(kind="block", colour="pink", x=layout.BIN_CENTER[0], y=layout.BIN_CENTER[1]),
        ObjectSpec(kind="block", colour="orange", x=0.65, y=-0.2),
    ]
)


@pytest.fixture(scope="module")
def world():
    from sim.mujoco_world import MujocoWorld

    try:
        w = MujocoWorld(image_size=64, wrist_camera=True, wrist_size=32, segmentation=True)
    except ConfigError as e:  # no OpenGL here: the world cannot render
        pytest.skip(str(e))
    yield w
    w.close()


@pytest.fixture(scope="module")
def state(world):
    world.reset(SCENE)
    return world.sim_state()


def _pixel(frame, point: np.ndarray) -> tuple[int, int, float]:
    """(row, column, depth along the optical axis) of a world point in `frame`."""
    T = frame.cam_to_world
    cam = T[:3, :3].T @ (np.asarray(point) - T[:3, 3])
    uvw = frame.intrinsics @ cam
    return int(uvw[1] / uvw[2]), int(uvw[0] / uvw[2]), float(cam[2])


def test_world_is_a_sim_world(world):
    assert isinstance(world, SimWorld)


def test_reset_puts_objects_where_the_spec_says(state):
    h = layout.BLOCK_SIZE
    for o in SCENE.objects:
        if o.on is None:
            np.testing.assert_allclose(state.objects[o.name].position[:2], [o.x, o.y], atol=0.005)
    assert abs(state.objects["red block"].position[2] - h / 2) < 0.003
    assert abs(state.objects["blue block"].position[2] - 2.5 * h) < 0.005
    assert abs(state.objects["red block"].yaw - 0.3) < 0.02
    assert predicates.stacked(state, ["red block", "green block", "blue block"])
    assert predicates.inside(state, "cyan block", "yellow bowl")
    assert predicates.at(state, "white block", "top left corner")
    assert predicates.in_bin(state, "pink block")
    assert predicates.on_table(state, "orange block") and not predicates.in_bin(state, "orange block")
    assert state.held is None and state.gripper_width > 0.07
    np.testing.assert_allclose(state.ee_pos, layout.OBSERVE_POS, atol=0.01)


def test_same_scene_same_state(world):
    world.reset(SCENE)
    a = world.sim_state()
    world.step(Action(dpos=np.array([0.02, 0.0, -0.02])))
    world.reset(SCENE)
    b = world.sim_state()
    for name in a.objects:
        np.testing.assert_allclose(a.objects[name].position, b.objects[name].position, atol=1e-6)


def test_observation_shapes(world):
    obs = world.reset(SCENE)
    assert obs.front.rgb.shape == (64, 64, 3) and obs.front.rgb.dtype == np.uint8
    assert obs.front.depth.shape == (64, 64) and obs.front.depth.dtype == np.float32
    assert obs.wrist is not None and obs.wrist.rgb.shape == (32, 32, 3) and obs.wrist.segmentation is not None
    assert obs.front.intrinsics.shape == (3, 3) and obs.front.cam_to_world.shape == (4, 4)
    assert obs.proprio.joints.shape == (7,) and obs.proprio.vector().shape == (6,)
    np.testing.assert_allclose(obs.front.cam_to_world, FRONT_CAMERA.cam_to_world())
    # The wrist camera rides on the hand, looking down at the table from above the grasp point.
    wrist = obs.wrist.cam_to_world
    assert wrist[2, 2] < -0.99 and abs(wrist[2, 3] - (obs.proprio.ee_pos[2] + 0.085)) < 0.01


def test_depth_matches_geometry(world):
    """The top face of a block and a bare table point project to pixels whose depth is their distance along the axis."""
    world.reset(SCENE)
    frame = world.render_camera(FRONT_CAMERA, 128)
    top = world.sim_state().objects["orange block"].position + [0.0, 0.0, layout.BLOCK_SIZE / 2]
    for point in (top, np.array([0.40, 0.12, 0.0])):
        v, u, z = _pixel(frame, point)
        assert abs(float(frame.depth[v, u]) - z) < 0.01, (point, frame.depth[v, u], z)
    # Back-projecting a pixel lands on the table plane.
    K, T, d = frame.intrinsics, frame.cam_to_world, frame.depth
    ray = np.linalg.inv(K) @ np.array([20.5, 120.5, 1.0]) * d[120, 20]
    assert abs((T[:3, :3] @ ray + T[:3, 3])[2]) < 0.005


def test_segmentation_ids_map_to_object_names(world):
    world.reset(SCENE)
    frame = world.render_camera(FRONT_CAMERA, 128)
    ids, state = world.body_ids(), world.sim_state()
    assert len(set(ids.values())) == len(SCENE.objects)
    for name in ("orange block", "blue block", "white block"):
        v, u, _ = _pixel(frame, state.objects[name].position + [0.0, 0.0, layout.BLOCK_SIZE / 2])
        assert frame.segmentation[v, u] == ids[name], name
    v, u, _ = _pixel(frame, np.array([0.40, 0.12, 0.0]))
    assert frame.segmentation[v, u] not in ids.values()
    assert world.render_camera(FRONT_CAMERA, 64, segmentation=False).segmentation is None


def test_safety_layer_clamps_actions(world):
    world.reset(SCENE)
    info = world.step(Action(dpos=np.array([0.2, 0.0, 0.0])))
    assert "max_speed" in info.clamps and np.linalg.norm(info.applied.dpos) <= world.limits.max_step + 1e-9
    for _ in range(20):
        info = world.step(Action(dpos=np.array([0.0, 0.0, -0.03])))
    assert "workspace_z" in info.clamps


def test_scripted_pick_and_place(world):
    from skills.scripted import make_skills

    scene = SceneSpec(objects=[
        ObjectSpec(kind="block", colour="red", x=0.45, y=-0.1, yaw=0.4),
        ObjectSpec(kind="bowl", colour="blue", x=0.55, y=0.12),
    ])
    world.reset(scene)
    skills, state = make_skills(), world.sim_state()
    picked = skills["pick"](world, Target("red block", "object", state.objects["red block"].position, "block"))
    assert picked.success, picked.message
    assert predicates.held(world.sim_state(), "red block")
    put = skills["place"](world, Target("blue bowl", "object", state.objects["blue bowl"].position, "bowl"))
    assert put.success, put.message
    assert predicates.inside(world.sim_state(), "red block", "blue bowl")


def test_too_many_objects_is_a_clear_error(world):
    bowls = [ObjectSpec(kind="bowl", colour=c, x=0.3 + 0.1 * i) for i, c in enumerate(("red", "green", "blue", "cyan"))]
    with pytest.raises(UserError, match="at most"):
        world.reset(SceneSpec(objects=bowls))


def test_move_object_puts_a_block_down_at_rest_and_faults_use_it(world):
    from sim.faults import FaultConfig, FaultyWorld

    world.reset(SCENE)
    name = "white block"
    world.move_object(name, np.array([0.5, -0.2, layout.BLOCK_SIZE / 2]), 0.3)
    world.simulate(100)
    moved = world.sim_state().objects[name]
    assert np.allclose(moved.position[:2], [0.5, -0.2], atol=0.003) and abs(moved.position[2] - layout.BLOCK_SIZE / 2) < 0.003
    assert abs(moved.yaw - 0.3) < 0.02
    FaultyWorld(world, FaultConfig(("knock", "slip", "nudge")))  # a world that can move objects takes physical faults


def test_a_block_shot_by_the_solver_is_stopped_where_it_is(world):
    from sim.mujoco_world import MAX_OBJECT_SPEED

    world.reset(SCENE)
    assert world.blowups == 0
    body = world._objects["orange block"][0]
    dof = int(world.model.jnt_dofadr[world.model.body_jntadr[body]])
    before = world.sim_state().objects["orange block"].position.copy()
    world.data.qvel[dof:dof + 3] = [40.0, -25.0, 10.0]  # what a wedged block gets in one tick
    world.simulate(50)
    after = world.sim_state().objects["orange block"]
    assert world.blowups >= 1 and np.linalg.norm(after.position[:2] - before[:2]) < 0.02
    assert np.linalg.norm(world.data.qvel[dof:dof + 3]) <= MAX_OBJECT_SPEED
    world.reset(SCENE)
    world.simulate(200)  # nothing ordinary trips it
    assert world.blowups == 0


def test_a_block_knocked_out_of_the_hand_does_not_leave_the_pick_refused(world):
    """Right after a block leaves the hand the fingers still read as holding; `still_holds` asks again after one
    still action, so the next pick is not refused on a stale reading (a real hold stays a hold)."""
    from skills.retreat import holds_something, still_holds
    from skills.scripted import make_skills

    scene = SceneSpec(objects=[ObjectSpec(kind="block", colour="red", x=0.45, y=-0.1)])
    world.reset(scene)
    state = world.sim_state()
    assert make_skills()["pick"](world, Target("red block", "object", state.objects["red block"].position, "block")).success
    assert still_holds(world)  # really held
    world.move_object("red block", np.array([0.5, 0.1, layout.BLOCK_SIZE / 2]), 0.0)  # knocked out
    assert holds_something(world.proprio())  # the stale reading
    assert not still_holds(world)
