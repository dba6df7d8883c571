"""`done(summary)`: the end of a plan."""

from __future__ import annotations

from typing import Literal

from agent.primitives.base import Call, register


@register
class Done(Call):
    """Finish: the task is complete (or cannot be done, said in the summary)."""

    primitive: Literal["done"] = "done"
    summary: str = ""

    signature = "done(summary)"
    guide = "the last step; say in one sentence what the plan achieves."
    runs = "done"

    def describe(self, quote: bool = False) -> str:
        return "done"
