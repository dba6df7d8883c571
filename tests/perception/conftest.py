from __future__ import annotations

import numpy as np
import pytest

from sim.scene import ObjectSpec, SceneSpec


@pytest.fixture(scope="package")
def world():
    from sim.pybullet_world import PyBulletWorld

    w = PyBulletWorld(image_size=128, wrist_camera=False)
    yield w
    w.close()


@pytest.fixture(scope="package")
def perceiver():
    from skills.perception import Perceiver

    return Perceiver()


def spec(*objects: dict) -> SceneSpec:
    return SceneSpec(objects=[ObjectSpec(**o) for o in objects])


def best_iou(gt: np.ndarray, masks) -> float:
    return max((float((gt & m).sum() / (gt | m).sum()) for m in masks), default=0.0)


# Hard scenes: touching blocks, blocks in bowls (one of the bowl's own colour), towers of 2 and 3.
TOUCHING = spec(
    dict(kind="block", colour="red", x=0.5, y=0.0),
    dict(kind="block", colour="blue", x=0.5, y=0.0405),
    dict(kind="block", colour="green", x=0.5405, y=0.0),
)
IN_BOWLS = spec(
    dict(kind="bowl", colour="red", x=0.45, y=-0.12),
    dict(kind="bowl", colour="yellow", x=0.55, y=0.12),
    dict(kind="block", colour="red", on="red bowl"),
    dict(kind="block", colour="blue", on="red bowl"),
    dict(kind="block", colour="green", on="yellow bowl"),
)
TOWERS = spec(
    dict(kind="block", colour="red", x=0.45, y=-0.15),
    dict(kind="block", colour="green", on="red block"),
    dict(kind="block", colour="blue", x=0.6, y=0.1),
    dict(kind="block", colour="yellow", on="blue block"),
    dict(kind="block", colour="orange", on="yellow block"),
    dict(kind="bowl", colour="pink", x=0.4, y=0.15),
)
