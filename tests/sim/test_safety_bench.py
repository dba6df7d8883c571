"""The hand stays in the box on both physics worlds: the adversarial episodes that left it before stay inside now,
and a joint solution that would take the hand out is not sent (`vla-agent bench safety --world pybullet|mujoco`)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from agent.cli import cli
from benchmarks import safety
from sim.core.errors import ConfigError
from sim.safety import JOINT_SPEED, PANDA_JOINT_SPEED, UNREACHABLE, SafetyLimits
from sim.scene import generate_scene
from sim.world import Action


def _mujoco_or_skip() -> None:
    pytest.importorskip("mujoco", reason="the MuJoCo world needs: pip install 'mujoco>=4'")


def test_pybullet_near_the_base_stays_inside():
    # Seed 8 pushes the hand against the box's near-base face (x = 0.20 m) on its way down. PyBullet's IK
    # answered one call with joints that put the hand up to 3.6 cm short of the clamped target: the hand
    # went to x = 0.19, 87 physics ticks more than 5 mm outside the box (max 8.8 mm).
    result = safety.run(seeds=[8])
    assert result["clamps"]["adversarial"]["workspace_x"] >= 10  # the adversary did hold the hand against that face
    assert result["violations"] == 0, result["failures"]
    assert result["max_outside_box_m"] <= safety.TOLERANCE


def test_mujoco_adversarial_episodes_stay_inside():
    _mujoco_or_skip()
    # Before: seed 2 left the box by 1.9 cm (underdamped shoulder and elbow servos in extended poses), seed 8 by
    # 1.2 cm near the base, seed 0 by 6 mm sliding along the box's top face.
    try:
        result = safety.run(world="mujoco", seeds=[0, 2, 8])
    except ConfigError as e:  # no OpenGL here: the world cannot render
        pytest.skip(str(e))
    assert result["world"] == "mujoco" and result["adversarial_episodes"] == 3
    assert result["physics_ticks_checked"] >= 3 * 30 * 50
    assert result["violations"] == 0, result["failures"]
    assert result["max_outside_box_m"] <= safety.TOLERANCE


def _world(name: str):
    if name == "mujoco":
        _mujoco_or_skip()
    try:
        return safety.watched_world(name)
    except ConfigError as e:
        pytest.skip(str(e))


@pytest.mark.parametrize("name", ["pybullet", "mujoco"])
def test_joints_that_would_leave_the_box_are_not_sent(name):
    world = _world(name)
    with world:
        world.reset(generate_scene(0, 1, 0))
        world.limits = SafetyLimits(ik_slack=-1.0)  # no joint solution is admitted: every move is refused
        before, target = world.proprio().ee_pos, world._target_pos.copy()
        for _ in range(5):
            info = world.step(Action(dpos=np.array([0.03, 0.0, -0.03]), gripper=1.0))
            assert UNREACHABLE in info.clamps
            assert np.allclose(info.applied.dpos, 0.0) and info.applied.gripper == 1.0
        np.testing.assert_allclose(world._target_pos, target)
        assert np.linalg.norm(world.proprio().ee_pos - before) < 0.005  # the arm held its last joint target


@pytest.mark.parametrize("name", ["pybullet", "mujoco"])
def test_joint_speed_cuts_a_step_short(name, monkeypatch: pytest.MonkeyPatch):
    world = _world(name)
    with world:
        world.reset(generate_scene(0, 1, 0))
        info = world.step(Action(dpos=np.array([0.03, 0.0, 0.0])))
        assert JOINT_SPEED not in info.clamps and np.linalg.norm(info.applied.dpos) == pytest.approx(0.03)
        # A hundredth of the Panda's joint speed limits (0.02 rad a step): the joints for 3 cm turn farther.
        monkeypatch.setattr("sim.safety.PANDA_JOINT_SPEED", tuple(v / 100 for v in PANDA_JOINT_SPEED))
        start = world._target_pos.copy()
        info = world.step(Action(dpos=np.array([0.03, 0.0, 0.0])))
        assert JOINT_SPEED in info.clamps
        assert np.linalg.norm(info.applied.dpos) < 0.03 - 1e-6
        np.testing.assert_allclose(world._target_pos, start + info.applied.dpos)


def test_cli_runs_the_world_it_is_given(capsys: pytest.CaptureFixture):
    assert cli(["bench", "safety", "--episodes", "1", "--world", "pybullet", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["world"] == "pybullet" and out["episodes"] == 1 and out["violations"] == 0
    assert out["clamps"]["adversarial"]["non_finite"] == out["refused_non_finite_actions"]
    assert out["clamps"]["scripted"] == {}  # episode 0 is adversarial
    assert out["wall_s"] > 0


@pytest.mark.parametrize("world", ["symbolic", "nowhere"])
def test_cli_refuses_a_world_without_physics(world: str, capsys: pytest.CaptureFixture):
    assert cli(["bench", "safety", "--episodes", "1", "--world", world]) == 2
    assert "needs a physics world" in capsys.readouterr().err
