"""`ask(question)`: ask the user; the executor pauses, and plans again with the answer."""

from __future__ import annotations

from typing import Literal

from agent.primitives.base import Call, register


@register
class Ask(Call):
    """Ask the user a question when the instruction is ambiguous."""

    primitive: Literal["ask"] = "ask"
    question: str

    signature = "ask(question)"
    guide = ("ask the user when the instruction is ambiguous (for example two objects fit the name). It must be the "
             "last step, optionally followed by done; you will plan again with the answer.")
    runs = "ask"

    def describe(self, quote: bool = False) -> str:
        return f"ask({self.question!r})"

    def check(self, state: object) -> str | None:
        return None if self.question.strip() else "the question is empty; say what the user must choose"
