import numpy as np
import pytest

from sim import predicates
from sim.core import layout
from sim.scene import ObjectSpec, SceneSpec
from sim.world import Action, SimWorld

SCENE = SceneSpec(
    objects=[
        ObjectSpec(kind="block", colour="red", x=0.45, y=-0.05),
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
def state(world):
    world.reset(SCENE)
    return world.sim_state()


def test_world_is_a_sim_world(world):
    assert isinstance(world, SimWorld)


def test_observation_shapes(world):
    obs = world.reset(SCENE)
    assert obs.front.rgb.shape == (64, 64, 3) and obs.front.rgb.dtype == np.uint8
    assert obs.front.depth.shape == (64, 64) and obs.front.depth.dtype == np.float32
    assert obs.wrist is not None and obs.wrist.rgb.shape == (32, 32, 3)
    assert obs.front.intrinsics.shape == (3, 3) and obs.front.cam_to_world.shape == (4, 4)
    assert obs.proprio.joints.shape == (7,) and obs.proprio.vector().shape == (6,)
    ids = set(np.unique(obs.front.segmentation))
    assert set(world.body_ids().values()) & ids, "objects are visible to the front camera"


def test_depth_and_camera_parameters_agree(world):
    """Back-projecting the centre pixel through K and cam_to_world lands on the table plane or an object."""
    obs = world.reset(SCENE)
    K, T, d = obs.front.intrinsics, obs.front.cam_to_world, obs.front.depth
    v, u = 40, 32
    ray = np.linalg.inv(K) @ np.array([u + 0.5, v + 0.5, 1.0]) * d[v, u]
    p = T[:3, :3] @ ray + T[:3, 3]
    assert -0.01 < p[2] < 0.2 and layout.WORKSPACE_X[0] - 0.1 < p[0] < layout.WORKSPACE_X[1] + 0.2


def test_same_scene_same_state(world):
    world.reset(SCENE)
    a = world.sim_state()
    world.reset(SCENE)
    b = world.sim_state()
    for name in a.objects:
        np.testing.assert_allclose(a.objects[name].position, b.objects[name].position, atol=1e-6)


def test_on_and_stacked(state):
    assert predicates.on(state, "green block", "red block")
    assert predicates.on(state, "blue block", "green block")
    assert not predicates.on(state, "blue block", "red block")
    assert not predicates.on(state, "red block", "green block")
    assert predicates.stacked(state, ["red block", "green block", "blue block"])
    assert not predicates.stacked(state, ["green block", "blue block"])
    assert not predicates.stacked(state, [])


def test_in_bowl(state):
    assert predicates.inside(state, "cyan block", "yellow bowl")
    assert not predicates.inside(state, "orange block", "yellow bowl")


def test_at_place(state):
    assert predicates.at(state, "white block", "top left corner")
    assert not predicates.at(state, "white block", "bottom right corner")
    assert not predicates.at(state, "orange block", "middle")


def test_in_bin(state):
    assert predicates.in_bin(state, "pink block")
    assert not predicates.in_bin(state, "orange block")


def test_on_table(state):
    assert predicates.on_table(state, "orange block")
    assert not predicates.on_table(state, "blue block")


def test_held_true_only_when_grasped(world):
    from skills.base import Target
    from skills.scripted import make_skills

    world.reset(SCENE)
    state = world.sim_state()
    assert not predicates.held(state, "orange block") and state.held is None
    out = make_skills()["pick"](world, Target("orange block", "object", state.objects["orange block"].position, "block"))
    assert out.success, out.message
    state = world.sim_state()
    assert predicates.held(state, "orange block")
    assert not predicates.held(state, "pink block")
    assert not predicates.on_table(state, "orange block")


def test_step_moves_the_hand(world):
    world.reset(SCENE)
    start = world.proprio().ee_pos
    for _ in range(5):
        world.step(Action(dpos=np.array([0.02, 0.0, 0.0])))
    assert world.proprio().ee_pos[0] - start[0] > 0.07
