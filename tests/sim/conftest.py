import pytest


@pytest.fixture(scope="module")
def world():
    from sim.pybullet_world import PyBulletWorld

    w = PyBulletWorld(image_size=64, wrist_camera=True, wrist_size=32)
    yield w
    w.close()
