import math

import numpy as np
import pytest

from sim.safety import SafetyLimits
from sim.world import Action

LIM = SafetyLimits()
CENTRE = np.array([0.5, 0.0, 0.2])


def test_small_action_passes_unclamped():
    applied, new, yaw, clamps = LIM.clamp(Action(dpos=np.array([0.01, 0.0, 0.0]), dyaw=0.1, gripper=1.0), CENTRE, 0.0)
    assert clamps == ()
    np.testing.assert_allclose(new, CENTRE + [0.01, 0, 0])
    assert yaw == pytest.approx(0.1) and applied.gripper == 1.0


def test_speed_is_clamped_and_reported():
    applied, new, _, clamps = LIM.clamp(Action(dpos=np.array([0.3, 0.4, 0.0])), CENTRE, 0.0)
    assert clamps == ("max_speed",)
    assert np.linalg.norm(applied.dpos) == pytest.approx(LIM.max_step)
    np.testing.assert_allclose(applied.dpos / np.linalg.norm(applied.dpos), [0.6, 0.8, 0.0])


@pytest.mark.parametrize("axis, start, step, clamp", [
    (0, 0.81, 0.02, "workspace_x"), (1, LIM.y[1] - 0.001, 0.02, "workspace_y"), (2, 0.006, -0.02, "workspace_z"),
])
def test_workspace_is_clamped_and_reported(axis, start, step, clamp):
    pos = CENTRE.copy()
    pos[axis] = start
    d = np.zeros(3)
    d[axis] = step
    _, new, _, clamps = LIM.clamp(Action(dpos=d), pos, 0.0)
    assert clamp in clamps
    lo, hi = (LIM.x, LIM.y, LIM.z)[axis]
    assert lo <= new[axis] <= hi


def test_yaw_rate_and_limit():
    _, _, yaw, clamps = LIM.clamp(Action(dpos=np.zeros(3), dyaw=1.0), CENTRE, 0.0)
    assert "max_yaw_rate" in clamps and yaw == pytest.approx(LIM.max_dyaw)
    _, _, yaw, clamps = LIM.clamp(Action(dpos=np.zeros(3), dyaw=0.2), CENTRE, math.pi / 2 - 0.05)
    assert "yaw_limit" in clamps and yaw == pytest.approx(math.pi / 2)


@pytest.mark.parametrize("action", [
    Action(dpos=np.array([np.nan, 0.0, 0.0])), Action(dpos=np.array([0.0, 0.0, np.inf])),
    Action(dpos=np.full(3, np.nan), dyaw=np.nan, gripper=np.nan), Action(dpos=np.zeros(3), dyaw=-np.inf),
    Action(dpos=np.zeros(3), gripper=np.nan),
])
def test_non_finite_actions_are_refused(action):
    from sim.core.errors import SkillError

    with pytest.raises(SkillError, match="non-finite"):
        LIM.clamp(action, CENTRE, 0.0)


def test_out_of_range_gripper_is_clamped():
    applied, _, _, _ = LIM.clamp(Action(dpos=np.zeros(3), gripper=7.0), CENTRE, 0.0)
    assert applied.gripper == 1.0


def test_world_reports_clamps(world):
    from sim.scene import generate_scene

    world.reset(generate_scene(0, 1, 0))
    info = world.step(Action(dpos=np.array([0.0, 0.0, 0.5])))
    assert "max_speed" in info.clamps
    for _ in range(40):
        info = world.step(Action(dpos=np.array([0.0, 0.0, 0.03])))
    assert "workspace_z" in info.clamps
    assert world.proprio().ee_pos[2] <= LIM.z[1] + 0.01


def test_box_distance_nearest_point_and_admission():
    assert LIM.outside(CENTRE) == 0.0
    assert LIM.outside([LIM.x[0] - 0.01, 0.0, 0.2]) == pytest.approx(0.01)
    assert LIM.outside([0.5, 0.0, LIM.z[1] + 0.02]) == pytest.approx(0.02)
    np.testing.assert_allclose(LIM.inside([0.0, 0.0, 1.0]), [LIM.x[0], 0.0, LIM.z[1]])
    np.testing.assert_allclose(LIM.inside(CENTRE), CENTRE)
    assert LIM.admits([LIM.x[0] - LIM.ik_slack / 2, 0.0, 0.2])
    assert not LIM.admits([LIM.x[0] - 0.003, 0.0, 0.2])


def test_floor_keeps_the_fingertips_off_the_table():
    from sim.safety import FINGERTIP_DEPTH

    assert LIM.z[0] >= FINGERTIP_DEPTH + 0.004
    assert LIM.z[0] < 0.02  # a block on the table is grasped at its centre, 2 cm up
