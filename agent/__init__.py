"""vla-agent: tell a robot arm what to do in words.

    import agent
    result = agent.run("clear the table")
"""

from __future__ import annotations

from typing import Any

__all__ = ["Agent", "run", "EpisodeResult"]


def __getattr__(name: str) -> Any:
    # Lazy, so the CLI imports without torch or pybullet.
    if name in ("Agent", "run"):
        from agent import api

        return getattr(api, name)
    if name == "EpisodeResult":
        from agent.schemas import EpisodeResult

        return EpisodeResult
    raise AttributeError(f"module 'agent' has no attribute {name!r}")
