"""Perception: RGB-D + camera parameters + proprioception -> a named `Scene`, and CLIP grounding.

    from skills.perception import Perceiver
    perceiver = Perceiver()                 # the shipped CLIP, loaded on first use
    p = perceiver.perceive(obs)             # p.scene, p.masks, p.annotated()
    g = perceiver.ground("the red block", p)  # g.match or g.candidates

Perceivers by name (`make_perceiver(name, world)`, `Agent(perceiver=NAME)`): "clip" (the default,
RGB-D only) and "oracle" (simulator ground truth, a test double: `skills.perception.oracle`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from sim.core.errors import UserError

if TYPE_CHECKING:
    from skills.perception.perceiver import Grounding, Perception, Perceiver

__all__ = ["Grounding", "Perception", "Perceiver", "PERCEIVERS", "check_perceiver", "make_perceiver"]
_LAZY = ("Grounding", "Perception", "Perceiver")

# name -> "module:factory"; the factory takes the world the perceiver will look at.
PERCEIVERS: dict[str, str] = {
    "clip": "skills.perception:_clip",
    "oracle": "skills.perception.oracle:OraclePerceiver",
}


def _clip(world: Any) -> Any:
    """The CLIP perceiver: it reads only observations, not the world."""
    from skills.perception.perceiver import Perceiver

    return Perceiver()


def check_perceiver(name: str) -> str:
    """`name` when it is a registered perceiver; else a `UserError` listing the valid ones."""
    if name not in PERCEIVERS:
        raise UserError(f"unknown perceiver {name!r}; valid: {', '.join(PERCEIVERS)}")
    return name


def make_perceiver(name: str, world: Any) -> Any:
    """The perceiver `name` ("clip" or "oracle") for `world`, imported only now."""
    module, attr = PERCEIVERS[check_perceiver(name)].split(":")
    return getattr(importlib.import_module(module), attr)(world)


def __getattr__(name: str) -> object:
    # Lazy, so importing `sim.core.perceived` does not import torch.
    if name in _LAZY:
        from skills.perception import perceiver

        return getattr(perceiver, name)
    raise AttributeError(name)
