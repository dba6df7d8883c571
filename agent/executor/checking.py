"""Checking after acting: a step's postcondition on the perceived scene, and, after the last step, the whole goal."""

from __future__ import annotations

from dataclasses import dataclass

from agent.primitives import Attempt, Call
from sim.core.goal import Goal, unmet
from sim.core.perceived import Scene
from sim.core.symbolic import SymState


@dataclass(frozen=True)
class Verdict:
    """`reason` is None when the step did what it should; `retry` says whether the same step may run again."""

    reason: str | None
    retry: bool = False


def check_step(step: Call, attempt: Attempt, scene: Scene) -> Verdict:
    """The step's own postcondition on `scene`; a skill that did not run fails with its message."""
    if not attempt["ran"]:
        return Verdict(attempt["message"] or "not run")
    why = step.postcondition(attempt, scene)
    if why is None:
        return Verdict(None)
    # The skill's own account of a failure says more than the scene's; its claim of success does not.
    reason = why if attempt["ok"] or not attempt["message"] else attempt["message"]
    # A skill that failed without moving the robot refused (a place with nothing in the gripper): the world is as
    # it was, so the same call would fail the same way; replan from a fresh look instead. One that stopped unsure
    # is the exception: it asked for that fresh look and acts on it.
    refused = not attempt["ok"] and attempt.get("actions") == 0 and not attempt.get("unsure")
    return Verdict(reason, retry=not refused and step.can_retry(attempt, scene))


def check_goal(goal: Goal, scene: Scene, initial: Scene | None = None) -> str | None:
    """Why the whole `goal` does not hold in the perceived `scene` (its first unmet relation), or None when it does.

    Each step checks only its own postcondition, so a later step that undoes an earlier one (a tower
    knocked over while another block is stacked, a block pushed out of its bowl) goes unseen without
    this check. `initial` is the scene before the episode, for what must stay unchanged.
    """
    rel = unmet(goal, SymState.from_scene(scene), SymState.from_scene(initial) if initial is not None else None)
    return None if rel is None else f"the goal does not hold: it needs {rel.describe()}"
