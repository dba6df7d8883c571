import numpy as np
import pytest

from sim.core.errors import UserError
from sim.recording import RecordingWorld, save_video


def test_gym_env_round_trip():
    from gymnasium.utils.env_checker import check_env

    from sim.gym_env import TabletopEnv

    env = TabletopEnv(image_size=32, max_steps=3)
    try:
        obs, info = env.reset(seed=5, options={"blocks": 2, "bowls": 1})
        assert obs["rgb"].shape == (32, 32, 3) and "scene" in info
        again, _ = env.reset(seed=5, options={"blocks": 2, "bowls": 1})
        np.testing.assert_array_equal(obs["rgb"], again["rgb"])
        for t in range(3):
            obs, reward, terminated, truncated, info = env.step(env.action_space.sample())
        assert truncated and not terminated and "clamps" in info
        check_env(env, skip_render_check=True)
    finally:
        env.close()


@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_recording_writes_video(world, tmp_path, suffix):
    from sim.scene import generate_scene
    from sim.world import Action

    rec = RecordingWorld(world, size=32)
    rec.reset(generate_scene(0, 1, 0))
    for _ in range(3):
        rec.step(Action(dpos=np.array([0.01, 0.0, 0.0])))
    assert len(rec.frames) == 4
    path = rec.save(tmp_path / f"episode{suffix}")
    assert path.stat().st_size > 100


def test_video_errors(tmp_path):
    with pytest.raises(UserError, match=".gif or .mp4"):
        save_video([np.zeros((8, 8, 3), np.uint8)], tmp_path / "x.avi")
    with pytest.raises(UserError, match="no frames"):
        save_video([], tmp_path / "x.gif")
