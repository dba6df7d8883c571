"""`answer(text)`: answer the user's question about the scene; the robot does not move."""

from __future__ import annotations

from typing import Literal

from agent.primitives.base import Call, register


@register
class Answer(Call):
    """Reply to a question ("what is in the red bowl?") with what perception shows; ends the plan."""

    primitive: Literal["answer"] = "answer"
    text: str

    signature = "answer(text)"
    guide = ("when the user asks a question about the scene instead of asking for an action (\"where is the red "
             "block?\", \"how many blocks are in the bowl?\"), reply from what you see, in one or two sentences. "
             "It is the only step of the plan: nothing moves.")
    runs = "done"

    def describe(self, quote: bool = False) -> str:
        return f"answer({self.text!r})"

    def check(self, state: object) -> str | None:
        return None if self.text.strip() else "the answer is empty; say what you see"
