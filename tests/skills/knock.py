"""A world wrapper that makes the next grasp fail: when the gripper starts to close on a block, the block is
moved away (8 cm or more, to a safe free table spot), as if knocked. For recovery tests and the recovery experiment."""

from __future__ import annotations

import numpy as np
import pybullet as p

from sim.core.spots import free_table_spot
from sim.pybullet_world import PyBulletWorld
from sim.scene import SceneSpec
from sim.world import Action, Observation, Proprio, SimState, StepInfo

REACH = 0.05  # m: a block this close to the fingertips when they close is the one being grasped


class KnockWorld:
    """Wraps a `PyBulletWorld` (a `SimWorld`); `knocks` grasps fail (one per reset by default)."""

    def __init__(self, world: PyBulletWorld, knocks: int = 1) -> None:
        self.world = world
        self.knocks = knocks
        self.left = knocks
        self.knocked: list[tuple[str, np.ndarray, np.ndarray]] = []  # (block, from, to)
        self._closed = False

    def reset(self, scene: SceneSpec) -> Observation:
        self.left, self.knocked, self._closed = self.knocks, [], False
        return self.world.reset(scene)

    def step(self, action: Action) -> StepInfo:
        closing = action.gripper >= 0.5 and not self._closed
        self._closed = action.gripper >= 0.5
        if closing and self.left > 0:
            self._knock()
        return self.world.step(action)

    def _knock(self) -> None:
        state = self.world.sim_state()
        blocks = {n: o for n, o in state.objects.items() if o.kind == "block"}
        near = [(float(np.linalg.norm(o.position - state.ee_pos)), n) for n, o in blocks.items()]
        dist, name = min(near, default=(np.inf, ""))
        if dist > REACH:
            return
        here = state.objects[name].position
        obstacles = [(o.position[0], o.position[1], o.kind) for o in state.objects.values()]  # its old place too
        spot = free_table_spot(obstacles, (float(here[0]), float(here[1])))
        if spot is None:
            return
        to = np.array([spot[0], spot[1], 0.026])
        self.world._p.resetBasePositionAndOrientation(  # a test fault: the simulator moves it
            self.world.body_ids()[name], to.tolist(), p.getQuaternionFromEuler([0, 0, state.objects[name].yaw]))
        self.left -= 1
        self.knocked.append((name, here.copy(), to))

    def observe(self) -> Observation:
        return self.world.observe()

    def proprio(self) -> Proprio:
        return self.world.proprio()

    def sim_state(self) -> SimState:
        return self.world.sim_state()

    def close(self) -> None:
        self.world.close()

    def __getattr__(self, name: str):  # render, body_ids, simulate, ... of the wrapped world
        return getattr(self.world, name)
