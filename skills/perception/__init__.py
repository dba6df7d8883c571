"""Perception: RGB-D + camera parameters + proprioception -> a named `Scene`, and CLIP grounding.

    from skills.perception import Perceiver
    perceiver = Perceiver()                 # the shipped CLIP, loaded on first use
    p = perceiver.perceive(obs)             # p.scene, p.masks, p.annotated()
    g = perceiver.ground("the red block", p)  # g.match or g.candidates
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skills.perception.perceiver import Grounding, Perception, Perceiver

__all__ = ["Grounding", "Perception", "Perceiver"]


def __getattr__(name: str) -> object:
    # Lazy, so importing `sim.core.perceived` does not import torch.
    if name in __all__:
        from skills.perception import perceiver

        return getattr(perceiver, name)
    raise AttributeError(name)
