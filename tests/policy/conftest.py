import numpy as np
import pytest

from skills.training.dataset import Demo


def fake_demo(seed: int, T: int = 12, size: int = 64, skill: str = "pick") -> Demo:
    """A synthetic demonstration with the real shapes (no simulator)."""
    rng = np.random.default_rng(seed)
    actions = np.zeros((T, 5), dtype=np.float32)
    actions[:, :3] = rng.uniform(-0.02, 0.02, (T, 3))
    actions[T // 2 :, 4] = 1.0
    dones = np.zeros(T, dtype=np.uint8)
    dones[-1] = 1
    mask = np.zeros((T, size, size), dtype=bool)
    mask[:, 20:26, 30:36] = True
    return Demo(
        rgb=rng.integers(0, 255, (T, size, size, 3), dtype=np.uint8),
        depth=rng.uniform(0.5, 1.5, (T, size, size)).astype(np.float16),
        proprio=rng.normal(size=(T, 6)).astype(np.float32),
        target_mask=mask, actions=actions, dones=dones,
        instruction="pick up the red block" if skill == "pick" else "put it in the blue bowl",
        skill=skill, success=True, seed=seed, goal=rng.uniform(0.0, 0.5, 3).astype(np.float32),
    )


@pytest.fixture
def demos_file(tmp_path):
    from skills.training.dataset import DemoWriter

    path = tmp_path / "demos.h5"
    with DemoWriter(path, mask_source="segmentation") as w:
        for s in range(4):
            w.write(fake_demo(s, skill="pick" if s % 2 == 0 else "place"))
    return path


@pytest.fixture(scope="session")
def world128():
    """A 128 px world (the agent's front resolution) on the benchmark's first scene."""
    from sim.episodes import bench_scene
    from sim.pybullet_world import PyBulletWorld

    w = PyBulletWorld(image_size=128, wrist_camera=False)
    w.reset(bench_scene(0))
    yield w
    w.close()
