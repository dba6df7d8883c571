"""Checking a step after it ran: its postcondition on the perceived scene, and whether a retry makes sense."""

from __future__ import annotations

from dataclasses import dataclass

from agent.primitives import Attempt, Call
from sim.core.perceived import Scene


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
    return Verdict(reason, retry=step.can_retry(attempt, scene))
