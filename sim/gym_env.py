"""A Gymnasium env over `PyBulletWorld`, so other policies and tools can drive the tabletop."""

from __future__ import annotations

from typing import Any

import gymnasium as gym
import numpy as np
from gymnasium import spaces

from sim.pybullet_world import PyBulletWorld
from sim.scene import SceneSpec, generate_scene
from sim.world import Action, Observation


class TabletopEnv(gym.Env):
    """Observations: {"rgb": (H, W, 3) uint8, "depth": (H, W) float32 metres, "proprio": (6,) float32}.
    Actions: (5,) float32 [dx, dy, dz, dyaw, gripper] (metres, radians, 1 = closed).

    `reset(seed=N, options={"blocks": K, "bowls": M, ...})` builds `generate_scene(N, ...)`, or
    `options={"scene": SceneSpec}`. Reward is 0: tasks define success through `sim.predicates`.
    """

    metadata = {"render_modes": ["rgb_array"], "render_fps": 10}

    def __init__(self, image_size: int = 128, max_steps: int = 300, render_mode: str | None = "rgb_array") -> None:
        self.world = PyBulletWorld(image_size=image_size, wrist_camera=False)
        self.max_steps = max_steps
        self.render_mode = render_mode
        s = image_size
        self.observation_space = spaces.Dict(
            {
                "rgb": spaces.Box(0, 255, (s, s, 3), np.uint8),
                "depth": spaces.Box(0.0, 10.0, (s, s), np.float32),
                "proprio": spaces.Box(-2.0, 2.0, (6,), np.float32),
            }
        )
        lim = self.world.limits
        high = np.array([lim.max_step] * 3 + [lim.max_dyaw, 1.0], dtype=np.float32)
        low = np.array([-lim.max_step] * 3 + [-lim.max_dyaw, 0.0], dtype=np.float32)
        self.action_space = spaces.Box(low, high, dtype=np.float32)
        self._t = 0

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None):
        super().reset(seed=seed)
        options = dict(options or {})
        scene = options.pop("scene", None)
        if scene is None:
            scene = generate_scene(int(self.np_random.integers(2**31)) if seed is None else seed, **options)
        elif not isinstance(scene, SceneSpec):
            scene = SceneSpec.model_validate(scene)
        self._t = 0
        return self._obs(self.world.reset(scene)), {"scene": scene}

    def step(self, action: np.ndarray):
        info = self.world.step(Action.from_vector(np.asarray(action, dtype=np.float32)))
        self._t += 1
        return self._obs(self.world.observe()), 0.0, False, self._t >= self.max_steps, {"clamps": info.clamps}

    def render(self) -> np.ndarray:
        return self.world.render()

    def close(self) -> None:
        self.world.close()

    @staticmethod
    def _obs(obs: Observation) -> dict[str, np.ndarray]:
        return {"rgb": obs.front.rgb, "depth": obs.front.depth, "proprio": obs.proprio.vector()}
