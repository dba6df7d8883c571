"""Golden outputs of the shipped policy on a saved observation (catches silent changes to the
network, the preprocessing or the checkpoint). Regenerate after shipping a new checkpoint:

    python -m tests.policy.test_golden
"""

from pathlib import Path

import numpy as np

from sim.world import CameraFrame, Observation, Proprio
from skills.policy.inference import Policy

DATA = Path(__file__).parent / "data" / "golden_obs.npz"


def _observation(z) -> Observation:
    front = CameraFrame(rgb=z["rgb"], depth=z["depth"], intrinsics=z["intrinsics"], cam_to_world=z["cam_to_world"])
    proprio = Proprio(ee_pos=z["ee_pos"], ee_yaw=float(z["ee_yaw"]), gripper_width=float(z["gripper_width"]), joints=z["joints"])
    return Observation(front=front, wrist=None, proprio=proprio)


def _run(z) -> np.ndarray:
    policy = Policy()
    policy.reset(str(z["instruction"]), z["mask"])
    out = policy.predict_action(_observation(z))
    return np.concatenate([out.chunk.ravel(), [out.gripper_prob, out.done_prob]]).astype(np.float32)


def test_shipped_policy_matches_golden_output():
    import torch

    torch.set_num_threads(1)
    with np.load(DATA) as z:
        got = _run(z)
        np.testing.assert_allclose(got, z["golden"], atol=2e-4)


def regenerate() -> None:
    """Save the observation of the benchmark's first scene and the shipped policy's output on it."""
    import torch

    from sim.episodes import bench_scene
    from sim.pybullet_world import PyBulletWorld

    torch.set_num_threads(1)
    with PyBulletWorld(image_size=128, wrist_camera=False) as world:
        obs = world.reset(bench_scene(0))
        name = next(n for n, o in world.sim_state().objects.items() if o.kind == "block")
        mask = obs.front.segmentation == world.body_ids()[name]
    f, p = obs.front, obs.proprio
    z = dict(rgb=f.rgb, depth=f.depth, intrinsics=f.intrinsics, cam_to_world=f.cam_to_world, ee_pos=p.ee_pos,
             ee_yaw=p.ee_yaw, gripper_width=p.gripper_width, joints=p.joints, mask=mask,
             instruction=f"pick up the {name}")
    z["golden"] = _run(z)
    DATA.parent.mkdir(exist_ok=True)
    np.savez_compressed(DATA, **z)


if __name__ == "__main__":
    regenerate()
