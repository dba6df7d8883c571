"""The primitives a plan is made of, each defined in one file, found by name in one registry.

    from agent.primitives import Pick, Place, registered
    Pick(object="red block").check(state)     # why it cannot run, or None

Add a primitive by writing one module with a `Call` subclass decorated with `@register`
(see `pick.py`); the LLM tool schema, the system prompt, plan validation and the executor
read it from here. A skill set runs it with a skill of the same name.
"""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import ConfigDict, Field, create_model

from agent.primitives.base import REGISTRY, Attempt, Call, register, unregister
from agent.primitives.pick import Pick  # isort: skip  (registration order: the order prompts list them)
from agent.primitives.place import Place  # isort: skip
from agent.primitives.ask import Ask  # isort: skip
from agent.primitives.done import Done  # isort: skip
from agent.primitives.answer import Answer  # isort: skip

__all__ = ["Answer", "Ask", "Attempt", "Call", "Done", "Pick", "Place", "get", "plan_schema", "register", "registered",
           "unregister"]


def registered() -> list[str]:
    return list(REGISTRY)


def get(name: str) -> type[Call]:
    """The primitive called `name`; an unknown name raises `KeyError` listing the valid ones."""
    if name not in REGISTRY:
        raise KeyError(f"unknown primitive {name!r}; valid: {', '.join(REGISTRY)}")
    return REGISTRY[name]


def plan_schema() -> dict[str, Any]:
    """The JSON schema of a plan over the registered primitives (the LLM's `submit_plan` input)."""
    step = Annotated[Union[tuple(REGISTRY.values())], Field(discriminator="primitive")]  # type: ignore[misc]
    model = create_model("Plan", __config__=ConfigDict(extra="forbid"), steps=(list[step], ...), reasoning=(str, ""))
    return model.model_json_schema()
