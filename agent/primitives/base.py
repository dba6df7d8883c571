"""What a primitive is: one Pydantic call model that also carries its rules, checks and words.

A primitive's class is all of it: the fields an LLM fills in (its tool schema), its symbolic
precondition (`check`) and effect (`apply`) for plan validation and planning, its postcondition
on a perceived scene (`postcondition`) for the executor's verify step, and its words for
prompts (`signature`, `guide`) and messages (`describe`). `runs` tells the executor what
carries it out: a skill of the same name, a question to the user, or the end of the plan.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, NotRequired, TypedDict

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from sim.core.perceived import Scene
from sim.core.symbolic import SymState

Runs = Literal["skill", "ask", "done"]
REGISTRY: dict[str, type[Call]] = {}


class Attempt(TypedDict):
    """What the executor's `act` node did for a step, for `verify` (plain JSON, checkpointed)."""

    ran: bool  # a skill ran (False: grounding failed before it)
    ok: bool  # the skill's own verdict
    message: str
    block: str | None  # the block the step moves
    target: str | None  # the grounded target's name
    kind: str | None  # the target's kind: object, place, bin, table
    object_kind: str | None  # block or bowl, for object targets
    actions: NotRequired[int | None]  # the actions the skill took (0: it refused and left the world as it was)
    unsure: NotRequired[bool]  # the skill doubted its moves and stopped early: look again, call it again


class Call(BaseModel):
    """One step of a plan. Validating a dict as `Call` picks the registered primitive its "primitive" names."""

    model_config = ConfigDict(extra="forbid")

    primitive: str
    signature: ClassVar[str] = ""  # "pick(object)", as the prompt shows it
    guide: ClassVar[str] = ""  # what it does and when it may run, for the prompt
    runs: ClassVar[Runs] = "skill"

    @model_validator(mode="wrap")
    @classmethod
    def _dispatch(cls, data: Any, handler: Any) -> Any:
        if cls is not Call or isinstance(data, Call):
            return handler(data)
        if not isinstance(data, dict):
            raise PydanticCustomError("step_type", "a step must be an object with a 'primitive' field")
        name = data.get("primitive")
        if name not in REGISTRY:
            valid = ", ".join(REGISTRY)
            raise PydanticCustomError("unknown_primitive", f"unknown primitive {name!r}; valid: {valid}")
        try:
            return REGISTRY[name].model_validate(data)
        except ValidationError as e:
            problems = "; ".join(f"{'.'.join(map(str, x['loc'])) or name}: {x['msg']}" for x in e.errors())
            raise PydanticCustomError("invalid_step", f"{name}: {problems}") from None

    # --- words --------------------------------------------------------------------------
    def arguments(self) -> dict[str, Any]:
        return self.model_dump(exclude={"primitive"})

    def describe(self, quote: bool = False) -> str:
        """The step as a call, for messages: "pick(red block)", or "pick('red block')" with `quote`."""
        q = repr if quote else str
        return f"{self.primitive}({', '.join(q(v) for v in self.arguments().values())})"

    def canonical(self, names: list[str]) -> Call:
        """The same call with names in their canonical form (`sim.core.lexicon.normalise_name`)."""
        return self

    # --- symbolic rules -----------------------------------------------------------------------
    def check(self, state: SymState) -> str | None:
        """Why this step cannot run in `state` (what would be valid), or None when it can."""
        return None

    def apply(self, state: SymState) -> None:
        """Change `state` as the step does (only after `check` allowed it)."""

    # --- execution ------------------------------------------------------------------------
    def argument(self) -> str | None:
        """The expression the executor grounds to a target for the skill (None: nothing to ground)."""
        return None

    def subject(self, target: str, scene: Scene) -> str | None:
        """The block this step moves, given its grounded target's name and the scene before it."""
        return None

    def postcondition(self, attempt: Attempt, scene: Scene) -> str | None:
        """Why the step did not do what it should, judged from the perceived scene; None when it did."""
        return None

    def can_retry(self, attempt: Attempt, scene: Scene) -> bool:
        """Whether running the same step again makes sense in `scene`."""
        return False


def register(cls: type[Call]) -> type[Call]:
    """Add a primitive (a `Call` subclass with a `primitive: Literal["name"]` field); usable as a decorator."""
    name = cls.model_fields["primitive"].default
    if not isinstance(name, str) or not name:
        raise TypeError(f"{cls.__name__} needs a field `primitive: Literal['name'] = 'name'`")
    REGISTRY[name] = cls
    return cls


def unregister(name: str) -> None:
    """Remove a primitive (tests that add their own)."""
    REGISTRY.pop(name, None)
