"""Where every skill starts and ends: the observation pose, with a known gripper state, from proprioception only.

The front camera looks at the table from the far side; an arm left over the workspace hides
what is under it. Every skill set ends its steps here, so the executor's next perception sees
the whole table, whichever skills run. And every skill starts here, in the state its training
demonstrations started from: a pick with the fingers open, a place holding the block. A pick
that fails must not leave the fingers closed on nothing: the learned pick never saw that start,
and every retry of it failed.
"""

from __future__ import annotations

import numpy as np

from sim.core import layout
from sim.world import Action, Proprio, World

MAX_STEP = 0.028
OPEN_WIDTH = 0.075  # m: fingers at least this far apart are open (fully open: 0.08)
EMPTY_WIDTH = 0.004  # m: closed fingers nearer than this hold nothing
MAX_OPEN_ACTIONS = 10


def holds_something(p: Proprio) -> bool:
    """Whether the fingers are stopped on something: neither open nor closed on nothing."""
    return EMPTY_WIDTH < p.gripper_width < OPEN_WIDTH


def still_holds(world: World) -> bool:
    """`holds_something`, asked again after one still action when the fingers read as holding: a block that has
    just left the hand (knocked out, slipped) leaves them closing on nothing for a few ticks, and a pick refused on
    that stale reading is refused on every retry."""
    if not holds_something(world.proprio()):
        return False
    world.step(Action(dpos=np.zeros(3), dyaw=0.0, gripper=1.0))  # the hand still, the fingers kept closed
    return holds_something(world.proprio())


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


def open_gripper(world: World) -> int:
    """Open the fingers where the hand is, waiting until they are open; return actions used."""
    for n in range(MAX_OPEN_ACTIONS):
        if world.proprio().gripper_width >= OPEN_WIDTH:
            return n
        world.step(Action(dpos=np.zeros(3), dyaw=0.0, gripper=0.0))
    return MAX_OPEN_ACTIONS


def start_pick(world: World) -> int:
    """Bring an empty hand to where a pick starts: the observation pose, fingers open; return actions used.

    Call only when `holds_something` is false (opening would drop what is held)."""
    return retreat(world, gripper=0.0) + open_gripper(world)


def finish(world: World, gripper: float) -> int:
    """End a skill at the observation pose. The fingers stay closed only while they hold something, so a
    failed grasp (or a block that slipped) leaves the gripper open, ready for the next pick; return actions used.

    gripper: the skill's last gripper command (1 = closed)."""
    keep = gripper >= 0.5 and holds_something(world.proprio())
    n = retreat(world, gripper=1.0 if keep else 0.0)
    if not keep or not holds_something(world.proprio()):  # nothing held, or it slipped out on the way
        n += open_gripper(world)
    return n
