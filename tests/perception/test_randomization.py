"""Domain randomisation for CLIP training (`sim.randomization`): a world built without it looks as it always did,
a randomised one differs (the same draw for the same resets), shades keep their colour names, and the situations
change scenes as they say."""

from __future__ import annotations

import numpy as np
import pytest

from sim.cameras import FRONT_CAMERA
from sim.core import layout
from sim.randomization import SITUATIONS, DomainRandomization, jitter_camera, move_hand, vary_scene
from sim.scene import generate_scene
from sim.worlds import make_world

SCENE = generate_scene(7, 5, 2, stacked=1, in_bowls=1)
# A draw that changes nothing: the world's own light and colours, set explicitly.
IDENTITY = DomainRandomization(shade=0.0, light_tilt_deg=0.0, diffuse=(1.0, 1.0), ambient=(1.0, 1.0))


def _world(name: str, randomize: DomainRandomization | None = None):
    if name == "mujoco":
        pytest.importorskip("mujoco", reason="the MuJoCo world needs: pip install 'mujoco>=4'")
    from sim.core.errors import ConfigError

    try:
        return make_world(name, image_size=64, wrist_camera=False, randomize=randomize)
    except ConfigError as e:  # no OpenGL backend for MuJoCo here
        pytest.skip(str(e))


def _front(name: str, randomize: DomainRandomization | None = None, resets: int = 1) -> np.ndarray:
    world = _world(name, randomize)
    try:
        for _ in range(resets):
            rgb = world.reset(SCENE).front.rgb
        return rgb
    finally:
        world.close()


@pytest.mark.parametrize("name", ["pybullet", "mujoco"])
def test_default_look_unchanged_and_randomised_look_differs(name):
    plain = _front(name)
    # The light the world sets when it randomises is its renderer's own default: with nothing drawn, the same image.
    assert np.array_equal(_front(name, IDENTITY), plain)
    dr = DomainRandomization(seed=3)
    randomised = _front(name, dr)
    assert np.abs(randomised.astype(int) - plain).mean() > 2.0
    assert np.array_equal(_front(name, dr), randomised)  # the same seed and resets: the same look
    assert not np.array_equal(_front(name, dr, resets=2), randomised)  # each reset draws anew


def test_shades_keep_their_colour_name():
    look = DomainRandomization(seed=1).draw(scene_seed=5)
    names = list(layout.COLOURS)
    for name, rgb in layout.COLOURS.items():
        for _ in range(50):
            shade = np.array(look.shade_of(rgb))
            assert np.abs(shade - rgb).max() <= 0.05 + 1e-9 and shade.min() >= 0 and shade.max() <= 1
            nearest = min(names, key=lambda n: np.abs(np.array(layout.COLOURS[n]) - shade).max())
            assert nearest == name


def test_light_direction_tilts_at_most_as_asked():
    dr = DomainRandomization(light_tilt_deg=20.0)
    up = np.array([0.0, 0.0, 1.0])
    angles = [np.degrees(np.arccos(dr.draw(s).light_direction(up) @ up)) for s in range(50)]
    assert max(angles) <= 20.0 + 1e-6 and max(angles) > 5.0


def test_camera_jitter_is_small():
    cam = jitter_camera(FRONT_CAMERA, np.random.default_rng(0))
    assert cam != FRONT_CAMERA
    assert np.abs(np.subtract(cam.eye, FRONT_CAMERA.eye)).max() <= 0.03
    assert abs(cam.fov_deg - FRONT_CAMERA.fov_deg) <= 1.5


def test_situations_change_scenes_as_they_say():
    rng = np.random.default_rng(0)
    base = generate_scene(11, 6, 2, stacked=1, in_bowls=1)
    assert vary_scene(base, "plain", rng) == base
    same = vary_scene(base, "same_colour", rng)
    colours = [o.colour for o in same.objects if o.kind == "block"]
    assert len(set(colours)) == len(colours) - 1 and [o.name for o in same.objects] == [o.name for o in base.objects]
    at_place = vary_scene(base, "at_place", rng)
    near = [o for o in at_place.objects if o.on is None and o.kind == "block"
            and min(np.hypot(o.x - px, o.y - py) for px, py in layout.PLACES.values()) < 0.07]
    assert len(near) >= 2
    in_bin = vary_scene(base, "in_bin", rng)
    assert any(o.kind == "block" and abs(o.x - layout.BIN_CENTER[0]) < 0.07 and abs(o.y - layout.BIN_CENTER[1]) < 0.07
               for o in in_bin.objects)
    with pytest.raises(ValueError, match="valid: plain"):
        vary_scene(base, "upside_down", rng)
    assert set(SITUATIONS) == {"plain", "same_colour", "at_place", "in_bin", "hand_low"}


def test_move_hand_takes_the_hand_away_from_home(world):
    world.reset(SCENE)
    home = world.proprio().ee_pos
    move_hand(world, np.random.default_rng(2))
    assert np.linalg.norm(world.proprio().ee_pos - home) > 0.1
