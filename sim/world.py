"""The `World` protocol: what the agent and the skills may do to a robot's world.

A real robot or another simulator fits by implementing `World`. Runtime code (perception,
planners, learned skills) uses only `Observation`: RGB-D, camera parameters and
proprioception. `SimWorld` adds simulator ground truth, for scripted experts, success
predicates and training labels only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np

from sim.scene import SceneSpec


@dataclass(frozen=True)
class CameraFrame:
    """One camera image with its parameters.

    rgb: (H, W, 3) uint8. depth: (H, W) float32, metres along the optical axis.
    intrinsics: (3, 3) pinhole K. cam_to_world: (4, 4); the camera looks along its +z,
    x right, y down (OpenCV convention). segmentation: (H, W) int32 object ids, simulator
    ground truth (None on a real robot): labels and scoring only, never runtime.
    """

    rgb: np.ndarray
    depth: np.ndarray
    intrinsics: np.ndarray
    cam_to_world: np.ndarray
    segmentation: np.ndarray | None = None

    @property
    def shape(self) -> tuple[int, int]:
        return self.rgb.shape[0], self.rgb.shape[1]


@dataclass(frozen=True)
class Proprio:
    """Proprioception. ee_pos (3,) metres; ee_yaw radians; gripper_width metres; joints (7,)."""

    ee_pos: np.ndarray
    ee_yaw: float
    gripper_width: float
    joints: np.ndarray

    def vector(self) -> np.ndarray:
        """(6,) float32: ee_pos, sin(yaw), cos(yaw), gripper_width."""
        return np.array(
            [*self.ee_pos, np.sin(self.ee_yaw), np.cos(self.ee_yaw), self.gripper_width], dtype=np.float32
        )


@dataclass(frozen=True)
class Observation:
    front: CameraFrame
    wrist: CameraFrame | None
    proprio: Proprio


@dataclass(frozen=True)
class Action:
    """An end-effector delta at 10 Hz. dpos (3,) metres, dyaw radians, gripper 1 = closed, 0 = open."""

    dpos: np.ndarray
    dyaw: float = 0.0
    gripper: float = 0.0

    def vector(self) -> np.ndarray:
        return np.array([*self.dpos, self.dyaw, self.gripper], dtype=np.float32)

    @classmethod
    def from_vector(cls, v: np.ndarray) -> Action:
        v = np.asarray(v, dtype=np.float64)
        return cls(dpos=v[:3].copy(), dyaw=float(v[3]), gripper=float(v[4]))


@dataclass(frozen=True)
class StepInfo:
    """What the safety layer did to the last action; `clamps` names every limit hit."""

    clamps: tuple[str, ...] = ()
    applied: Action | None = None


@dataclass(frozen=True)
class ObjectState:
    """Simulator ground truth for one object."""

    name: str
    kind: str
    colour: str
    position: np.ndarray
    yaw: float
    body_id: int


@dataclass(frozen=True)
class SimState:
    objects: dict[str, ObjectState] = field(default_factory=dict)
    ee_pos: np.ndarray = field(default_factory=lambda: np.zeros(3))
    ee_yaw: float = 0.0
    gripper_width: float = 0.0
    held: str | None = None


@runtime_checkable
class World(Protocol):
    def reset(self, scene: SceneSpec) -> Observation: ...

    def observe(self) -> Observation: ...

    def proprio(self) -> Proprio:
        """Proprioception alone: cheap, no images rendered."""
        ...

    def step(self, action: Action) -> StepInfo: ...

    def close(self) -> None: ...


@runtime_checkable
class SimWorld(World, Protocol):
    """A simulated world: also exposes ground truth (for experts, evaluation and labels)."""

    def sim_state(self) -> SimState: ...
