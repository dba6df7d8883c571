"""Return the hand to the observation pose after a skill, from proprioception only.

The front camera looks at the table from the far side; an arm left over the workspace hides
what is under it. Every skill set ends its steps here, so the executor's next perception sees
the whole table, whichever skills run.
"""

from __future__ import annotations

import numpy as np

from sim.core import layout
from sim.world import Action, World

MAX_STEP = 0.028


def retreat(world: World, gripper: float, max_actions: int = 40, tol: float = 0.01) -> int:
    """Move to `layout.OBSERVE_POS` keeping the gripper command (1 = closed, holding); return actions used."""
    goal = np.array(layout.OBSERVE_POS)
    for n in range(max_actions):
        p = world.proprio()
        d = goal - p.ee_pos
        dist = float(np.linalg.norm(d))
        if dist < tol:
            return n
        # Rise before moving in, so a held block clears everything on the table.
        if p.ee_pos[2] < goal[2] - 0.05 and dist > 0.1:
            d = np.array([0.3 * d[0], 0.3 * d[1], d[2]])
        step = d * min(1.0, MAX_STEP / max(float(np.linalg.norm(d)), 1e-9))
        world.step(Action(dpos=step, dyaw=float(np.clip(-p.ee_yaw, -0.2, 0.2)), gripper=gripper))
    return max_actions
