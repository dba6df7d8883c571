"""Skill sets by name, imported lazily. A set maps primitive names to skills."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from sim.core.errors import UserError
from skills.base import Skill

# name -> "module:factory"; the factory returns {primitive: Skill}.
_REGISTRY: dict[str, str] = {
    "scripted": "skills.scripted:make_skills",
    "learned": "skills.policy.skills:make_skills",
    "symbolic": "skills.symbolic:make_skills",  # teleports blocks of a sim.symbolic_world.SymbolicWorld (tests)
}


def register(name: str, factory: str | Callable[[], dict[str, Skill]]) -> None:
    """Add a skill set (e.g. a fake in tests, or your own policy)."""
    _REGISTRY[name] = factory  # type: ignore[assignment]


def available() -> list[str]:
    return sorted(_REGISTRY)


def make_skills(name: str) -> dict[str, Skill]:
    """The skills of set `name`; an unknown name raises an error listing the valid ones.

    "NAME:ARG" gives ARG to the set's factory: "learned:DIR" runs the policy checkpoint in folder DIR."""
    base, _, arg = name.partition(":")
    if base not in _REGISTRY:
        raise UserError(f"unknown skills {name!r}; valid: {', '.join(available())} (learned:DIR for a checkpoint)")
    factory = _REGISTRY[base]
    if isinstance(factory, str):
        module, attr = factory.split(":")
        factory = getattr(importlib.import_module(module), attr)
    return factory(arg) if arg else factory()
