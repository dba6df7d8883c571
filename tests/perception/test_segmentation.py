"""Object proposals from RGB-D on the hard scenes, scored against the simulator's masks."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sim.core.errors import PerceptionError
from skills.perception.geometry import components, grid_joins, panda_points, segment
from tests.perception.conftest import IN_BOWLS, TOUCHING, TOWERS, best_iou, spec


@pytest.mark.parametrize("scene", [TOUCHING, IN_BOWLS, TOWERS], ids=["touching", "in_bowls", "towers"])
def test_every_object_is_one_instance(world, scene):
    obs = world.reset(scene)
    insts = segment(obs.front, obs.proprio)
    ids = world.body_ids()
    assert len(insts) == len(scene.objects)
    for o in scene.objects:
        gt = obs.front.segmentation == ids[o.name]
        assert best_iou(gt, [i.mask for i in insts]) >= 0.5, o.name


def test_empty_table_and_bin_walls_give_no_instances(world):
    obs = world.reset(spec())
    assert segment(obs.front, obs.proprio) == []


def test_instances_have_robot_frame_geometry(world):
    obs = world.reset(TOWERS)
    insts = segment(obs.front, obs.proprio)
    tops = sorted(round(i.top / 0.04) for i in insts)
    assert tops == [1, 1, 1, 2, 2, 3]  # bowl rim (0.035 m), 2 bases, 2 middles, 1 top
    for i in insts:
        assert i.mask.shape == (128, 128) and i.mask.dtype == bool
        assert 0.25 < i.centroid[0] < 0.75 and -0.3 < i.centroid[1] < 0.3


def test_wrong_image_shape_is_a_clear_error(world):
    obs = world.reset(TOUCHING)
    bad = dataclasses.replace(obs.front, depth=obs.front.depth[:64])
    with pytest.raises(PerceptionError, match="depth"):
        segment(bad, obs.proprio)
    with pytest.raises(PerceptionError, match="rgb"):
        segment(dataclasses.replace(obs.front, rgb=obs.front.rgb[..., 0]), obs.proprio)


def test_forward_kinematics_matches_the_simulator(world):
    obs = world.reset(TOUCHING)
    ee = panda_points(obs.proprio.joints)[-1]
    np.testing.assert_allclose(ee, obs.proprio.ee_pos, atol=2e-3)


def test_components_follow_the_joins():
    valid = np.array([[1, 1, 0, 1], [0, 1, 0, 1], [1, 0, 0, 0]], dtype=bool)
    lab = components(valid, grid_joins(valid))
    assert lab[0, 0] == lab[0, 1] == lab[1, 1] == lab[2, 0]  # diagonal neighbours join
    assert lab[0, 3] == lab[1, 3] != lab[0, 0]
    assert (lab[~valid] == -1).all()
