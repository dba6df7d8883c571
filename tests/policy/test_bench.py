import json

import numpy as np
import pytest

from agent.cli import cli
from sim.scene import generate_scene
from skills.training.rollouts import episode_scene, recolour


def test_recolour_renames_objects_and_supports():
    scene = generate_scene(1, blocks=3, bowls=1, stacked=1)
    top = next(o for o in scene.objects if o.on)
    base = scene.get(top.on)
    out = recolour(scene, "block", base.colour, "cyan")
    assert out.get("cyan block").on is None
    assert out.get(top.name if top.colour != "cyan" else f"{base.colour} block").on == "cyan block"


def test_heldout_episodes_use_the_heldout_pairs(world128):
    for seed in (2_000_000, 2_000_004):
        scene, block, target = episode_scene(world128, seed, heldout=True)
        assert block == "cyan block"
        if target.object_kind == "bowl":
            assert target.name == "purple bowl"
        seen_scene, seen_block, _ = episode_scene(world128, seed, heldout=False)
        assert all((o.colour, o.kind) not in {("cyan", "block"), ("purple", "bowl")} for o in seen_scene.objects)


@pytest.mark.parametrize("masks", ["segmentation", "perception"])
def test_bench_policy_command_on_mujoco(masks, capsys):
    """One episode per group on MuJoCo (the same loop as on PyBullet, whose rollouts are ~4x slower to render):
    MuJoCo draws the stand-in's segmentation only on request; perception masks come from the CLIP pipeline."""
    pytest.importorskip("mujoco", reason="the MuJoCo world needs: pip install 'mujoco>=4'")
    world = "mujoco"
    code = cli(["bench", "policy", "--episodes", "1", "--masks", masks, "--json", "--world", world])
    captured = capsys.readouterr()
    if code == 2 and "cannot render" in captured.err:
        pytest.skip(captured.err.strip())  # no OpenGL backend for MuJoCo here
    assert code == 0
    out = json.loads(captured.out)
    for key in ("pick_seen", "pick_heldout", "place_seen", "place_heldout", "latency_ms_p50", "episodes", "mask"):
        assert key in out
    assert out["jerk_learned"] > 0 and out["jerk_scripted"] > 0
    assert out["world"] == world and out["mask"] == masks
    assert out["pick_seen"] == 1.0  # seed 2_000_000's pick succeeds with either mask source


def test_bench_policy_needs_a_physics_world(capsys):
    assert cli(["bench", "policy", "--episodes", "1", "--world", "symbolic"]) == 2
    assert "valid: pybullet, mujoco" in capsys.readouterr().err


def test_jerk_is_the_third_difference_of_the_hand_path():
    from benchmarks.policy import CONTROL_HZ, HandTrace

    trace = HandTrace(world=None)
    t = np.arange(12) / CONTROL_HZ
    trace.paths = [[np.array([0.3 + 0.05 * s, 0.0, 0.2]) for s in t],  # constant speed: no jerk
                   [np.array([s**3, 0.0, 0.0]) for s in t],  # x = t^3: jerk 6 m/s^3 throughout
                   [np.zeros(3)] * 3]  # too short to have a jerk: skipped
    assert trace.jerk() == round((0.0 + 36.0) / 2, 1)
