"""The policy's proprioceptive input: `Proprio.vector()` and the step's goal point, as the network reads them.

numpy only: the runtime builds this input without torch (`model.PolicyNet` applies the normalisation).
"""

from __future__ import annotations

import numpy as np

# Fixed affine normalisation of `state`: Proprio.vector() (ee_pos, sin/cos yaw, gripper width),
# the goal point, and the goal relative to the end effector.
P_MEAN = (0.5, 0.0, 0.2, 0.0, 0.0, 0.04, 0.5, 0.0, 0.03, 0.0, 0.0, -0.1)
P_STD = (0.25, 0.35, 0.2, 1.0, 1.0, 0.04, 0.25, 0.35, 0.05, 0.15, 0.15, 0.15)


def state(proprio: np.ndarray, goal: np.ndarray) -> np.ndarray:
    """(..., 6) `Proprio.vector()` and the step's (3,) goal point -> (..., 12) float32 network input."""
    proprio = np.asarray(proprio, dtype=np.float32)
    goal = np.broadcast_to(np.asarray(goal, dtype=np.float32), proprio.shape[:-1] + (3,))
    return np.concatenate([proprio, goal, goal - proprio[..., :3]], axis=-1)
