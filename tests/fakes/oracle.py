"""What only our tests need on top of the shipped doubles (`sim.symbolic_world`, `skills.symbolic`,
`skills.perception.oracle`, `agent.planners.function`): picklable agent factories for batch workers,
slowed symbolic skills, and oracle perception for agents the CLI builds."""

from __future__ import annotations

import time
from typing import Any

import pytest

from sim.symbolic_world import SymbolicWorld
from skills.symbolic import symbolic_skills


def slow_symbolic_skills(delay_s: float) -> dict[str, Any]:
    """The "symbolic" skill set, each call taking `delay_s` longer (to kill a batch half-way)."""

    def slow(skill):
        def call(world, target):
            time.sleep(delay_s)
            return skill(world, target)

        return call

    return {name: slow(skill) for name, skill in symbolic_skills().items()}


def make_oracle_agent(planner="offline", skills: str = "scripted", world=None, delay_s: float = 0.0, **kwargs):
    """An `Agent` with perceiver="oracle" (a picklable factory for batch workers in tests).

    skills="symbolic" runs on a `SymbolicWorld` with the symbolic skills (slowed by `delay_s`).
    """
    from agent.api import Agent

    if world is None:
        if skills == "symbolic":
            world = SymbolicWorld()
        else:
            from sim.pybullet_world import PyBulletWorld

            world = PyBulletWorld(wrist_camera=False)
    if skills == "symbolic" and delay_s:
        return Agent(planner=planner, skills=slow_symbolic_skills(delay_s), world=world, perceiver="oracle",
                     **kwargs)
    return Agent(planner=planner, skills=skills, world=world, perceiver="oracle", **kwargs)


def use_oracle_perception(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every `Agent` built without a perceiver (the CLI's) use the oracle: perception is tested elsewhere."""
    monkeypatch.setattr("agent.api.DEFAULT_PERCEIVER", "oracle")
