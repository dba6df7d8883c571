"""Fault injection: a wrapper over any `World` that makes one thing go wrong per episode, reproducibly.

    world = FaultyWorld(PyBulletWorld(), FaultConfig.parse("slip,knock,nudge", rate=1.0, seed=0))

Each `reset` draws the episode's fault from a generator seeded by the fault seed and the scene: with
probability `rate` one kind, chosen uniformly from `kinds`, is armed (so `rate=1`, the default, means
exactly one fault per episode); it fires once, at its first opportunity, and is recorded in `fired`.

Physical faults act through the simulator (the world's `move_object` hook), never through the agent:
- slip: the held block falls out of the gripper while it is lowered to its place; it lands beside.
- knock: the held block leaves the gripper as the hand carries it away from the observation pose
  (right after a pick that succeeded and was verified).
- nudge: the block under the open, descending gripper slides a few centimetres (the pick's approach).
Sensor faults change only what `observe()` returns (the front camera), so perception still sees RGB-D only:
- occlude: a square patch (30% of the side) is hidden, RGB black and depth 0 ("no return"), for 3 frames.
- depth_noise: Gaussian noise (5 mm) on the depth image for 3 frames.
- drop_frame: one `observe()` returns the previous observation again.
Sensor faults start at a frame drawn from the first 6 `observe()` calls after the reset.
"""

from __future__ import annotations

import math
import random
import zlib
from dataclasses import dataclass, replace

import numpy as np

from sim.core import layout
from sim.core.errors import UserError
from sim.core.spots import free_table_spot
from sim.scene import SceneSpec
from sim.world import Action, Observation, Proprio, SimState, StepInfo, World

FAULT_KINDS: tuple[str, ...] = ("slip", "knock", "nudge", "occlude", "depth_noise", "drop_frame")
PHYSICAL = frozenset({"slip", "knock", "nudge"})
SENSOR_FRAMES = 3  # frames an occlusion or depth noise lasts
FIRST_FRAMES = 6  # a sensor fault starts within this many observations of the reset
OCCLUDE_SIDE = 0.3  # of the image side
DEPTH_NOISE = 0.005  # m, standard deviation
NUDGE = (0.04, 0.06)  # m, how far a nudged block moves
SLIP_AWAY = 0.08  # m from the hand, where a slipped block lands (the nearest free spot to that point)
_HOME = np.array(layout.OBSERVE_POS)


@dataclass(frozen=True)
class FaultConfig:
    """Which faults may fire, the probability that an episode gets one (one at most), and the seed."""

    kinds: tuple[str, ...]
    rate: float = 1.0
    seed: int = 0

    def __post_init__(self) -> None:
        unknown = [k for k in self.kinds if k not in FAULT_KINDS]
        if unknown or not self.kinds:
            what = f"unknown fault {unknown[0]!r}" if unknown else "no fault named"
            raise UserError(f"{what}; valid faults: {', '.join(FAULT_KINDS)} (comma-separated)")
        if not (isinstance(self.rate, (int, float)) and 0.0 <= self.rate <= 1.0):
            raise UserError(f"--fault-rate must be between 0 and 1, got {self.rate}")
        if self.seed < 0:
            raise UserError(f"--fault-seed must be >= 0, got {self.seed}")

    @classmethod
    def parse(cls, text: str, rate: float = 1.0, seed: int = 0) -> FaultConfig:
        """From "slip,knock,nudge" (commas, spaces ignored; each kind once)."""
        kinds = tuple(dict.fromkeys(k.strip().lower() for k in text.split(",") if k.strip()))
        return cls(kinds, rate, seed)


@dataclass(frozen=True)
class FiredFault:
    """A fault that fired: its kind, the number of actions the world had taken, and what it did, in words."""

    kind: str
    action: int
    detail: str


class FaultyWorld:
    """Wraps a `World` (a `SimWorld` with `move_object` for the physical faults); `fired` lists this episode's faults."""

    def __init__(self, world: World, config: FaultConfig) -> None:
        physical = sorted(PHYSICAL & set(config.kinds))
        if physical and not (hasattr(world, "move_object") and hasattr(world, "sim_state")):
            raise UserError(f"faults {', '.join(physical)} move objects in the simulator, which "
                            f"{type(world).__name__} cannot do; use the pybullet world or only sensor faults")
        self.world = world
        self.config = config
        self.fired: list[FiredFault] = []
        self.armed: str | None = None
        self._rng = random.Random(0)
        self._start = 0
        self._frames = 0
        self._actions = 0
        self._previous: Observation | None = None
        self._carrying = False  # the held block has left the observation pose (it is being placed)

    # ----- World protocol ---------------------------------------------------------------------
    def reset(self, scene: SceneSpec) -> Observation:
        """Reset the world and draw this episode's fault (same seed and scene, same fault)."""
        key = f"{self.config.seed}:{scene.model_dump_json()}".encode()
        self._rng = random.Random(zlib.crc32(key))
        draw = self._rng.random()
        self.armed = self._rng.choice(self.config.kinds) if draw < self.config.rate else None
        self._start = self._rng.randrange(FIRST_FRAMES)
        self.fired, self._frames, self._actions, self._carrying = [], 0, 0, False
        self._previous = obs = self.world.reset(scene)
        return obs

    def observe(self) -> Observation:
        obs = self.world.observe()
        k, self._frames = self._frames, self._frames + 1
        kind, live = self.armed, self._start <= k < self._start + SENSOR_FRAMES
        if kind == "drop_frame" and k == self._start and self._previous is not None:
            self._fire(kind, "the camera delivered the previous frame again")
            return self._previous
        if kind == "occlude" and live:
            obs = self._occlude(obs, first=k == self._start)
        elif kind == "depth_noise" and live:
            obs = self._noisy(obs, first=k == self._start)
        self._previous = obs
        return obs

    def proprio(self) -> Proprio:
        return self.world.proprio()

    def step(self, action: Action) -> StepInfo:
        if self.armed in PHYSICAL:
            self._physical(action)
        self._actions += 1
        return self.world.step(action)

    def close(self) -> None:
        self.world.close()

    def __getattr__(self, name: str):  # sim_state, render, body_ids, move_object, ... of the wrapped world
        return getattr(self.world, name)

    # ----- sensor faults -----------------------------------------------------------------------
    def _occlude(self, obs: Observation, first: bool) -> Observation:
        h, w = obs.front.shape
        side = max(1, round(OCCLUDE_SIDE * min(h, w)))
        if first:
            self._patch = (self._rng.randrange(h - side + 1), self._rng.randrange(w - side + 1))
            self._fire("occlude", f"a {side}x{side} px patch of the front camera at row {self._patch[0]}, "
                                  f"column {self._patch[1]} is hidden for {SENSOR_FRAMES} frames")
        r, c = self._patch
        rgb, depth = obs.front.rgb.copy(), obs.front.depth.copy()
        rgb[r:r + side, c:c + side] = 0
        depth[r:r + side, c:c + side] = 0.0
        return replace(obs, front=replace(obs.front, rgb=rgb, depth=depth))

    def _noisy(self, obs: Observation, first: bool) -> Observation:
        if first:
            self._fire("depth_noise", f"{DEPTH_NOISE * 1000:.0f} mm depth noise on the front camera for "
                                      f"{SENSOR_FRAMES} frames")
        noise = np.random.default_rng(self._rng.getrandbits(32)).normal(0.0, DEPTH_NOISE, obs.front.depth.shape)
        depth = (obs.front.depth + noise).astype(np.float32)
        return replace(obs, front=replace(obs.front, depth=depth))

    # ----- physical faults ---------------------------------------------------------------------
    def _physical(self, action: Action) -> None:
        state: SimState = self.world.sim_state()  # type: ignore[attr-defined]
        ee, dpos = np.asarray(state.ee_pos, dtype=np.float64), np.asarray(action.dpos, dtype=np.float64)
        if not np.all(np.isfinite(dpos)):
            return  # the safety layer refuses this action
        home = float(np.linalg.norm(ee - _HOME))
        leaving = float(np.linalg.norm(ee + dpos - _HOME)) > home + 1e-4
        if state.held is None:
            self._carrying = False
        elif home < 0.03 and leaving:
            if self.armed == "knock":
                return self._drop(state, state.held, "knock", "was knocked out of the gripper after the pick",
                                  near=self._random_table_point())
            self._carrying = True
        if self.armed == "slip" and state.held is not None and self._carrying and dpos[2] < -0.003:
            away = self._direction() * SLIP_AWAY
            self._drop(state, state.held, "slip", "slipped from the gripper while being placed",
                       near=(ee[0] + away[0], ee[1] + away[1]))
        elif self.armed == "nudge" and state.held is None and action.gripper < 0.5 and dpos[2] < -0.003:
            block = self._under_hand(state)
            if block is not None:
                self._nudge(state, block)

    def _under_hand(self, state: SimState) -> str | None:
        """A block with nothing on it, under the hand (within 3 cm sideways, 3 to 12 cm below)."""
        for name, o in state.objects.items():
            if o.kind != "block":
                continue
            dx = math.hypot(*(o.position[:2] - state.ee_pos[:2]))
            covered = any(p.kind == "block" and p.position[2] > o.position[2] + 0.02
                          and math.hypot(*(p.position[:2] - o.position[:2])) < 0.03 for p in state.objects.values())
            if dx < 0.03 and 0.03 < state.ee_pos[2] - o.position[2] < 0.12 and not covered:
                return name
        return None

    def _nudge(self, state: SimState, block: str) -> None:
        here = state.objects[block].position
        for _ in range(8):
            step = self._direction() * self._rng.uniform(*NUDGE)
            spot = self._free(state, block, (here[0] + step[0], here[1] + step[1]))
            if spot is not None and 0.025 <= math.hypot(spot[0] - here[0], spot[1] - here[1]) <= 0.12:
                self._move(block, spot, state.objects[block].yaw)
                moved = math.hypot(spot[0] - here[0], spot[1] - here[1])
                self._fire("nudge", f"the {block} slid {moved * 100:.1f} cm during the approach")
                return

    def _drop(self, state: SimState, block: str, kind: str, what: str, near: tuple[float, float]) -> None:
        spot = self._free(state, block, near)
        if spot is None:
            return
        self._move(block, spot, self._rng.uniform(-math.pi / 4, math.pi / 4))
        self._fire(kind, f"the {block} {what}; it landed at ({spot[0]:.2f}, {spot[1]:.2f})")

    def _free(self, state: SimState, block: str, near: tuple[float, float]) -> np.ndarray | None:
        obstacles = [(o.position[0], o.position[1], o.kind) for n, o in state.objects.items() if n != block]
        return free_table_spot(obstacles, (float(near[0]), float(near[1])))

    def _move(self, block: str, xy: np.ndarray, yaw: float) -> None:
        position = np.array([xy[0], xy[1], layout.BLOCK_SIZE / 2 + 0.002])
        self.world.move_object(block, position, yaw)  # type: ignore[attr-defined]

    def _direction(self) -> np.ndarray:
        a = self._rng.uniform(0.0, 2 * math.pi)
        return np.array([math.cos(a), math.sin(a)])

    def _random_table_point(self) -> tuple[float, float]:
        (x0, x1), (y0, y1) = layout.WORKSPACE_X, layout.WORKSPACE_Y
        return self._rng.uniform(x0, x1), self._rng.uniform(y0, y1)

    def _fire(self, kind: str, detail: str) -> None:
        self.fired.append(FiredFault(kind, self._actions, detail))
        self.armed = None if kind in PHYSICAL or kind == "drop_frame" else self.armed
