"""`SymbolicWorld`: a `SimWorld` without physics, for fast, deterministic tests.

Objects rest where a `SceneSpec` puts them and move only when a skill teleports them (the symbolic
skills of `skills.symbolic`), so an episode takes milliseconds and always ends the same way. Use it
to test executors, planners and your own code without PyBullet:

    from sim.symbolic_world import SymbolicWorld
    world = SymbolicWorld()
    world.reset(scene)                # a SceneSpec
    world.sim_state()                 # ground truth, as PyBulletWorld reports it

Positions are object centres in the robot frame (metres), at rest: a block on the table at
z = BLOCK_SIZE / 2, a bowl at z = BOWL_HEIGHT / 2, blocks in a bowl in its `layout.BOWL_SLOTS` order.
The camera frames are blank; perceive with `skills.perception.oracle.OraclePerceiver`.
"""

from __future__ import annotations

import math

import numpy as np

from sim.core import layout
from sim.scene import SceneSpec
from sim.world import Action, CameraFrame, ObjectState, Observation, Proprio, SimState, StepInfo

__all__ = ["SymbolicWorld"]

_H = layout.BLOCK_SIZE
IMAGE = 32  # pixels: the blank camera frames and renders
_EE_POS = (0.3, 0.0, 0.3)


class SymbolicWorld:
    """A `SimWorld` without physics: fast, deterministic tests of executors, planners and users' own code.

    `pos` (name -> centre), `held` and `steps` are public: the symbolic skills move objects by
    assigning to them. `step()` only counts actions.
    """

    def __init__(self) -> None:
        self.pos: dict[str, np.ndarray] = {}
        self.spec: dict[str, tuple[str, str]] = {}  # name -> (kind, colour)
        self.held: str | None = None
        self.steps = 0
        self.closed = False

    def reset(self, scene: SceneSpec) -> Observation:
        """Put the objects of `scene` at rest (a tower's blocks on each other, blocks in bowls in slot order)."""
        self.pos, self.spec, self.held, self.steps = {}, {}, None, 0
        by_name = {o.name: o for o in scene.objects}
        slots: dict[str, int] = {}

        def put(name: str) -> np.ndarray:
            if name in self.pos:
                return self.pos[name]
            o = by_name[name]
            if o.kind == "bowl":
                p = np.array([o.x, o.y, layout.BOWL_HEIGHT / 2])
            elif o.on is None:
                p = np.array([o.x, o.y, _H / 2])
            elif by_name[o.on].kind == "bowl":
                k = slots.get(o.on, 0)
                slots[o.on] = k + 1
                base = put(o.on)
                dx, dy = layout.BOWL_SLOTS[k % layout.BOWL_CAPACITY]
                p = np.array([base[0] + dx, base[1] + dy, layout.BOWL_FLOOR + _H / 2])
            else:
                p = put(o.on) + np.array([0.0, 0.0, _H])
            self.pos[name] = p
            return p

        for o in scene.objects:
            self.spec[o.name] = (o.kind, o.colour)
            put(o.name)
        return self.observe()

    def observe(self) -> Observation:
        frame = CameraFrame(
            rgb=np.zeros((IMAGE, IMAGE, 3), dtype=np.uint8), depth=np.ones((IMAGE, IMAGE), dtype=np.float32),
            intrinsics=np.eye(3), cam_to_world=np.eye(4),
        )
        return Observation(front=frame, wrist=None, proprio=self.proprio())

    def proprio(self) -> Proprio:
        return Proprio(ee_pos=np.array(_EE_POS), ee_yaw=0.0, gripper_width=0.08, joints=np.zeros(7))

    def step(self, action: Action) -> StepInfo:
        self.steps += 1
        return StepInfo()

    def render(self, size: int | None = None) -> np.ndarray:
        n = size or IMAGE
        img = np.full((n, n, 3), 90, dtype=np.uint8)
        img[: min(n, self.steps % n + 1), :4] = 255  # changes with time, so video frames differ
        return img

    def sim_state(self) -> SimState:
        objects = {
            n: ObjectState(name=n, kind=k, colour=c, position=self.pos[n].copy(), yaw=0.0, body_id=i)
            for i, (n, (k, c)) in enumerate(self.spec.items())
        }
        return SimState(objects=objects, ee_pos=np.array(_EE_POS), gripper_width=0.08, held=self.held)

    def close(self) -> None:
        self.closed = True

    # --- for the symbolic skills ---------------------------------------------------------
    def kind(self, name: str) -> str:
        return self.spec[name][0]

    def blocks_at(self, xy: np.ndarray, radius: float) -> list[str]:
        """The blocks (not held) whose centre is within `radius` of `xy` on the table plane."""
        return [
            n for n, p in self.pos.items()
            if self.kind(n) == "block" and n != self.held and math.hypot(p[0] - xy[0], p[1] - xy[1]) < radius
        ]

    def nearest(self, position: np.ndarray, kind: str | None = None, within: float = 0.08) -> str | None:
        """The object (of `kind`, not held) nearest `position`, if one is within `within` metres."""
        best, best_d = None, within
        for n, p in self.pos.items():
            if n == self.held or (kind and self.kind(n) != kind):
                continue
            d = float(np.linalg.norm(p - np.asarray(position, dtype=np.float64)))
            if d < best_d:
                best, best_d = n, d
        return best
