"""Record an episode's front-camera frames and write them as GIF or MP4."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from sim.core.errors import UserError
from sim.scene import SceneSpec
from sim.world import Action, Observation, Proprio, StepInfo


class RecordingWorld:
    """Wraps a world that can `render()`; keeps one frame per action. Implements `World` (and `SimWorld` if wrapped is)."""

    def __init__(self, world, size: int = 256, every: int = 1) -> None:
        self.world = world
        self.size = size
        self.every = every
        self.frames: list[np.ndarray] = []
        self._n = 0

    def reset(self, scene: SceneSpec) -> Observation:
        obs = self.world.reset(scene)
        self.frames.append(self.world.render(self.size))
        return obs

    def step(self, action: Action) -> StepInfo:
        info = self.world.step(action)
        self._n += 1
        if self._n % self.every == 0:
            self.frames.append(self.world.render(self.size))
        return info

    def observe(self) -> Observation:
        return self.world.observe()

    def proprio(self) -> Proprio:
        return self.world.proprio()

    def close(self) -> None:
        self.world.close()

    def __getattr__(self, name: str):  # sim_state, render, body_ids, ... of the wrapped world
        return getattr(self.world, name)

    def save(self, path: str | Path, fps: int = 10) -> Path:
        return save_video(self.frames, path, fps)


def save_video(frames: list[np.ndarray], path: str | Path, fps: int = 10) -> Path:
    """Write frames to `.gif` or `.mp4` (chosen by the suffix)."""
    import imageio.v3 as iio

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".gif", ".mp4"):
        raise UserError(f"video path must end in .gif or .mp4, got {str(path)!r}")
    if not frames:
        raise UserError("no frames were recorded")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".gif":
        iio.imwrite(path, np.stack(frames), extension=".gif", duration=int(1000 / fps), loop=0)
    else:
        iio.imwrite(path, np.stack(frames), extension=".mp4", fps=fps, codec="libx264", macro_block_size=1)
    return path
