import numpy as np

from sim.pybullet_world import FRONT_CAMERA, PyBulletWorld
from skills.base import Target
from sim.core import layout
from skills.policy.masks import disc_mask, goal_point, target_mask
from skills.policy.text import default_vocab, encode, instruction


def test_disc_projects_onto_the_object(world128):
    frame = world128.render_camera(FRONT_CAMERA, 128)
    state = world128.sim_state()
    name, obj = next((n, o) for n, o in state.objects.items() if o.kind == "block")
    disc = disc_mask(frame, np.array([obj.position[0], obj.position[1], 0.0]), 0.03)
    seg = frame.segmentation == world128.body_ids()[name]
    assert disc.any() and (disc & seg).sum() > 0.3 * seg.sum()


def test_target_mask_prefers_the_perceived_mask(world128):
    frame = world128.render_camera(FRONT_CAMERA, 128)
    m = np.zeros((128, 128), dtype=bool)
    m[3, 4] = True
    assert target_mask(frame, Target("x", "object", np.zeros(3), "block", mask=m)) is not None
    np.testing.assert_array_equal(target_mask(frame, Target("x", "object", np.zeros(3), "block", mask=m)), m)
    place = target_mask(frame, Target("middle", "place", np.array([0.5, 0.0, 0.0])))
    assert place.sum() > 20


def test_goal_point_reads_the_top_of_the_mask_from_depth(world128):
    frame = world128.render_camera(FRONT_CAMERA, 128)
    for name, obj in world128.sim_state().objects.items():
        seg = frame.segmentation == world128.body_ids()[name]
        top = obj.position + np.array([0.0, 0.0, layout.BLOCK_SIZE / 2 if obj.kind == "block" else 0.0])
        goal = goal_point(frame, seg)
        assert np.hypot(*(goal[:2] - top[:2])) < 0.012, name
        if obj.kind == "block":
            assert abs(goal[2] - top[2]) < 0.005, name
    middle = np.array([*layout.PLACES["middle"], 0.0])
    np.testing.assert_allclose(goal_point(frame, disc_mask(frame, middle, 0.05)), middle, atol=0.005)
    assert goal_point(frame, np.zeros(frame.shape, dtype=bool)).tolist() == [0.0, 0.0, 0.0]


def test_instruction_words():
    vocab = default_vocab()
    assert instruction("pick", "red block", "object", "block") == "pick up the red block"
    assert instruction("place", "blue bowl", "object", "bowl") == "put it in the blue bowl"
    assert instruction("place", "bin", "bin") == "put it in the bin"
    ids = encode("put it on the cyan block 2", vocab, 10)
    assert ids.shape == (10,) and 1 not in ids[:6].tolist() and ids[-1] == 0
    assert encode("frobnicate", vocab, 4).tolist() == [1, 0, 0, 0]


def test_world_fixture_is_128(world128):
    assert isinstance(world128, PyBulletWorld) and world128.image_size == 128
