"""Worlds by name: `--world NAME` and `Agent(world="NAME")`. One table, imported lazily.

Each entry says how to build the world and which skill set and perceiver suit it when the user
names none (None: the package defaults). Another simulator joins by adding one line here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sim.core.errors import UserError

if TYPE_CHECKING:
    from sim.world import World


@dataclass(frozen=True)
class WorldKind:
    """How to build a world ("module:factory", called with no arguments) and what suits it by default."""

    factory: str
    skills: str | None = None  # the skill set used when none is named (None: the package default)
    perceiver: str | None = None  # the perceiver used when none is named (None: the package default)


WORLDS: dict[str, WorldKind] = {
    "pybullet": WorldKind("sim.pybullet_world:PyBulletWorld"),
    "mujoco": WorldKind("sim.mujoco_world:MujocoWorld"),
    # The physics-free test double: its skills teleport blocks and its camera is blank, so perception is the oracle.
    "symbolic": WorldKind("sim.symbolic_world:SymbolicWorld", skills="symbolic", perceiver="oracle"),
}
# MuJoCo renders and steps several times faster than PyBullet, and the scripted experts, perception and the learned
# skills do as well on it (BENCHMARKS.md, "The default world"); PyBullet stays one `--world pybullet` away.
DEFAULT_WORLD = "mujoco"
PHYSICS_WORLDS = ("pybullet", "mujoco")  # the worlds with physics and cameras (benchmarks, training), in report order


def world_kind(name: str | None) -> WorldKind:
    """The entry for `name` (None: the default world); an unknown name raises an error listing the valid ones."""
    kind = WORLDS.get(name or DEFAULT_WORLD)
    if kind is None:
        raise UserError(f"unknown world {name!r}; valid: {', '.join(WORLDS)}")
    return kind


def make_world(name: str | None = None, **options: object) -> World:
    """A new world of kind `name` (None: the default world); `options` go to its factory (the physics worlds take
    `image_size`, `wrist_camera` and `randomize`, a `sim.randomization.DomainRandomization` for training)."""
    module, attr = world_kind(name).factory.split(":")
    return getattr(importlib.import_module(module), attr)(**options)


def physics_world(name: str | None, option: str = "--world") -> str:
    """The world `name` (None: the default world) when it is a physics world; else a UserError naming `option`."""
    name = name or DEFAULT_WORLD
    if name not in PHYSICS_WORLDS:
        raise UserError(f"{option} {name!r}: this needs a physics world; valid: {', '.join(PHYSICS_WORLDS)}")
    return name
