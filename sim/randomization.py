"""Domain randomisation for training perception (never at run time): how a world looks, and the situations the
agent's episodes create that generated scenes lack.

A world built with `randomize=DomainRandomization(...)` (`sim.worlds.make_world("pybullet", randomize=...)`,
the same for "mujoco") draws a new `Look` at every reset: the light's direction and intensity, the ambient
light, and a shade of each object's colour that stays within its colour name. Without it (the default) a world
looks exactly as it always did. Small camera pose changes are drawn here too (`jitter_camera`), for whoever
renders a camera of its own choosing.

Every draw comes from (`seed`, the scene's seed, how many resets the world made before), so the same resets
give the same looks.

Situations (`SITUATIONS`, `vary_scene`, `move_hand`): generated scenes keep one block per colour, blocks far
apart and off the named places, nothing in the bin, and the arm at home. The agent's episodes make blocks of one
colour (the suite recolours), rows of touching blocks and towers at a named place, blocks in the bin, and frames
taken with the hand low over the table (checking a grasp). CLIP training and `vla-agent bench perception` add
these to generated scenes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from sim.cameras import CameraSpec
from sim.core import layout
from sim.scene import SceneSpec
from sim.world import Action

SITUATIONS: tuple[str, ...] = ("plain", "same_colour", "at_place", "in_bin", "hand_low")
# Where blocks thrown in the bin land: its centre and four spots around it (the bin is 18 cm inside).
_BIN_SLOTS: tuple[tuple[float, float], ...] = ((0.0, 0.0), (0.05, 0.05), (-0.05, -0.05), (0.05, -0.05), (-0.05, 0.05))


@dataclass(frozen=True)
class DomainRandomization:
    """How far a world's look may vary at each reset.

    shade: each object's RGB (0..1) moves by up to this much per channel, independently per object, so two blocks
    of one colour name differ slightly; small enough that a colour stays its name (the closest pair of names in
    `layout.COLOURS`, yellow and orange, lies 0.35 apart in green). light_tilt_deg: the directional light's direction tilts by up to
    this much. diffuse, ambient: ranges of factors on the world's own directional and ambient light.
    """

    seed: int = 0
    shade: float = 0.05
    light_tilt_deg: float = 35.0
    diffuse: tuple[float, float] = (0.6, 1.4)
    ambient: tuple[float, float] = (0.6, 1.4)

    def draw(self, scene_seed: int | None, count: int = 0) -> Look:
        """The look of a reset to the scene with seed `scene_seed` after `count` earlier resets."""
        rng = np.random.default_rng([self.seed, -1 if scene_seed is None else int(scene_seed) + 1, count])
        tilt = math.radians(self.light_tilt_deg) * math.sqrt(rng.uniform())
        turn = rng.uniform(0, 2 * math.pi)
        return Look(
            tilt=(tilt * math.cos(turn), tilt * math.sin(turn)),
            diffuse=float(rng.uniform(*self.diffuse)),
            ambient=float(rng.uniform(*self.ambient)),
            shade=self.shade,
            rng=rng,
        )


@dataclass
class Look:
    """One draw of `DomainRandomization`: apply it with `light_direction` and `shade_of`."""

    tilt: tuple[float, float]  # rotations (radians) of the light's direction about the x and y axes
    diffuse: float  # factor on the world's directional light
    ambient: float  # factor on the world's ambient light
    shade: float
    rng: np.random.Generator = field(repr=False)

    def light_direction(self, direction: tuple[float, float, float]) -> np.ndarray:
        """`direction` (any length) tilted by this look, as a unit vector."""
        ax, ay = self.tilt
        rx = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
        ry = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
        v = ry @ rx @ np.asarray(direction, dtype=np.float64)
        return v / np.linalg.norm(v)

    def shade_of(self, rgb: tuple[float, float, float]) -> tuple[float, float, float]:
        """A shade of `rgb` (0..1): each channel moved by up to `shade`, kept in [0, 1]. A new draw per call."""
        moved = np.clip(np.asarray(rgb) + self.rng.uniform(-self.shade, self.shade, 3), 0.0, 1.0)
        return (float(moved[0]), float(moved[1]), float(moved[2]))


def jitter_camera(cam: CameraSpec, rng: np.random.Generator, eye: float = 0.03, target: float = 0.02,
                  fov_deg: float = 1.5) -> CameraSpec:
    """`cam` moved a little: its eye and target by up to `eye` and `target` metres per axis, its field of view by
    up to `fov_deg`."""
    return CameraSpec(
        eye=tuple(float(v) for v in np.asarray(cam.eye) + rng.uniform(-eye, eye, 3)),  # type: ignore[arg-type]
        target=tuple(float(v) for v in np.asarray(cam.target) + rng.uniform(-target, target, 3)),  # type: ignore[arg-type]
        up=cam.up, fov_deg=cam.fov_deg + float(rng.uniform(-fov_deg, fov_deg)), near=cam.near, far=cam.far,
    )


def vary_scene(spec: SceneSpec, situation: str, rng: np.random.Generator) -> SceneSpec:
    """`spec` changed to show `situation` (one of `SITUATIONS`; "plain" and "hand_low" leave it as it is).

    same_colour: one block takes another block's colour (names stay: they are only identifiers). at_place: 2-4 blocks
    on the table (with whatever stands on them) move to the slots of one named place, side by side. in_bin: 1-3
    blocks with nothing on them move into the bin. A scene with too few blocks for the situation stays as it is.
    """
    if situation not in SITUATIONS:
        raise ValueError(f"unknown situation {situation!r}; valid: {', '.join(SITUATIONS)}")
    objs = [o.model_dump() for o in spec.objects]
    blocks = [o for o in objs if o["kind"] == "block"]
    if situation == "same_colour" and len(blocks) >= 2:
        a, b = rng.choice(len(blocks), 2, replace=False)
        blocks[b]["colour"] = blocks[a]["colour"]
    elif situation in ("at_place", "in_bin"):
        covered = {o["on"] for o in objs if o["on"]}
        loose = [o for o in blocks if o["on"] is None and (situation == "at_place" or o["name"] not in covered)]
        if situation == "at_place":
            centre, slots, n = layout.PLACES[list(layout.PLACES)[int(rng.integers(len(layout.PLACES)))]], \
                layout.PLACE_SLOTS, int(rng.integers(2, 5))
        else:
            centre, slots, n = layout.BIN_CENTER, _BIN_SLOTS, int(rng.integers(1, 4))
        order = rng.permutation(len(slots))
        for k, i in enumerate(rng.permutation(len(loose))[: min(n, len(loose), len(slots))]):
            dx, dy = slots[order[k]]
            loose[i]["x"], loose[i]["y"] = round(centre[0] + dx, 4), round(centre[1] + dy, 4)
            loose[i]["yaw"] = float(rng.uniform(-0.3, 0.3))
    return SceneSpec(objects=objs, seed=spec.seed)


def move_hand(world, rng: np.random.Generator, steps: int = 16) -> None:
    """Drive `world`'s hand (after a reset) toward a random point: low over a random object (as when a grasp is
    checked) or anywhere above the table, the gripper open or closed; `steps` actions at most."""
    state = world.sim_state()
    objects = list(state.objects.values())
    if objects and rng.uniform() < 0.6:
        goal = objects[int(rng.integers(len(objects)))].position + np.array([0.0, 0.0, rng.uniform(0.04, 0.12)])
    else:
        (x0, x1), (y0, y1) = layout.WORKSPACE_X, layout.WORKSPACE_Y
        goal = np.array([rng.uniform(x0, x1), rng.uniform(y0, y1), rng.uniform(0.08, 0.3)])
    gripper = float(rng.uniform() < 0.3)
    for _ in range(steps):
        delta = goal - world.proprio().ee_pos
        if np.linalg.norm(delta) < 0.01:
            break
        world.step(Action(dpos=delta, gripper=gripper))
