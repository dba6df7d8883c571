"""Prompt templates as files, one per call site, rendered strictly.

Templates are `prompts/<name>.md` (package data) in `string.Template` syntax: `$name` or
`${name}`, and `$$` for a literal dollar. A variable the template uses but the caller did not
pass is an error, never an empty string: a silently blank scene would make a plausible but
blind prompt.
"""

from __future__ import annotations

import string
from functools import cache
from importlib import resources

__all__ = ["PromptError", "available", "render"]


class PromptError(LookupError):
    """An unknown template or a variable missing from `render`'s arguments (a bug in the caller)."""


def available() -> list[str]:
    """The template names, e.g. ["planner_system", "planner_user", "repair"]."""
    return sorted(p.name[: -len(".md")] for p in resources.files(__name__).iterdir() if p.name.endswith(".md"))


@cache
def _template(name: str) -> string.Template:
    path = resources.files(__name__).joinpath(f"{name}.md")
    if not path.is_file():
        raise PromptError(f"no prompt template {name!r}; valid: {', '.join(available())}")
    return string.Template(path.read_text(encoding="utf-8"))


def render(name: str, **variables: object) -> str:
    """Render template `name` with `variables` (converted with `str`); a missing one raises `PromptError`."""
    try:
        return _template(name).substitute({k: str(v) for k, v in variables.items()}).strip()
    except KeyError as e:
        missing = e.args[0]
        raise PromptError(
            f"prompt {name!r} needs variable {missing!r}; got: {', '.join(sorted(variables)) or 'none'}"
        ) from None
