"""Users' data files (scene files, batch files) read into Pydantic models, with every problem in one line.

A problem names the file, the line and the field in words ("invalid scene file 'a.yaml', line 4: field
objects[1].colour: unknown colour 'purple'; valid: ..."), never Pydantic's raw text. The line of a field
comes from the YAML node tree (JSON parses as YAML too), so it points where the user must look.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from sim.core.errors import UserError

M = TypeVar("M")
YAML_SUFFIXES = (".yaml", ".yml")
MAX_SHOWN = 80  # characters of a bad value quoted in a message


def read_text(path: str | Path, what: str) -> str:
    """The file's text; `UserError` when it is missing, unreadable or not UTF-8."""
    path = Path(path)
    try:
        if not path.exists():
            raise UserError(f"{what} {str(path)!r} does not exist")
        return path.read_text(encoding="utf-8")
    except UserError:
        raise
    except UnicodeDecodeError:
        raise UserError(f"{what} {str(path)!r} is not UTF-8 text") from None
    except (OSError, ValueError) as e:  # a folder, no permission, a name too long or holding a NUL
        raise UserError(f"cannot read {what} {str(path)!r}: {getattr(e, 'strerror', None) or e}") from None


def parse(text: str, path: str | Path, what: str) -> Any:
    """JSON or YAML (by suffix) as Python data; `UserError` with the line and column of a syntax error."""
    path = Path(path)
    if path.suffix.lower() in YAML_SUFFIXES:
        import yaml

        try:
            return yaml.safe_load(text)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f", line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
            why = getattr(e, "problem", None) or type(e).__name__
            raise UserError(f"invalid {what} {str(path)!r}{where}: not valid YAML ({why})") from None
        except (ValueError, TypeError, RecursionError) as e:  # e.g. a date out of range, an unhashable key
            raise UserError(f"invalid {what} {str(path)!r}: not usable YAML ({_short(str(e))})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise UserError(f"invalid {what} {str(path)!r}, line {e.lineno}, column {e.colno}: not valid JSON ({e.msg})") from None
    except (ValueError, RecursionError) as e:
        raise UserError(f"invalid {what} {str(path)!r}: not usable JSON ({_short(str(e))})") from None


def validate(model: type[M], data: Any, path: str | Path, what: str, text: str | None = None,
             line: int | None = None, prefix: str = "") -> M:
    """`model.model_validate(data)`, or `UserError` naming the file, the line and the field that is wrong.

    text: the file's text, to find the field's line (YAML/JSON); line: the line of `data` when known (JSONL).
    """
    try:
        return model.model_validate(data)  # type: ignore[attr-defined]
    except (ValueError, TypeError, RecursionError) as e:  # pydantic.ValidationError is a ValueError
        raise UserError(f"invalid {what} {str(path)!r}{problem(e, data, text, line, prefix)}") from None


def load_model(model: type[M], path: str | Path, what: str) -> M:
    """Read a JSON or YAML file (by suffix) into `model`; every problem is one `UserError` line."""
    text = read_text(path, what)
    return validate(model, parse(text, path, what), path, what, text)


def problem(e: Exception, data: Any, text: str | None = None, line: int | None = None, prefix: str = "") -> str:
    """", line L: field F: what is wrong" for a validation error of `data` (the first problem only)."""
    errors = e.errors() if hasattr(e, "errors") else []  # a pydantic.ValidationError
    if not errors:
        return f"{_at(line)}: {_short(str(e).splitlines()[0] if str(e) else type(e).__name__)}"
    err = errors[0]
    keys = _present(data, tuple(err.get("loc", ())), str(err.get("type", "")))
    if line is None and text is not None:
        line = _line_of(text, prefix_keys(prefix) + keys)
    field = _field(keys)
    msg = _message(err, keys)
    return f"{_at(line)}: {f'field {field}: ' if field else ''}{msg}"


def prefix_keys(prefix: str) -> tuple[Any, ...]:
    """The keys before an item's own (`"tasks/3"` -> ("tasks", 3)), to find its line in the whole file."""
    return tuple(int(p) if p.isdigit() else p for p in prefix.split("/") if p)


def _at(line: int | None) -> str:
    return f", line {line}" if line else ""


def _present(data: Any, loc: tuple[Any, ...], kind: str) -> tuple[Any, ...]:
    """The parts of a Pydantic error location that are keys or indices of the data (union members' tags dropped)."""
    keys: list[Any] = []
    cur = data
    for i, part in enumerate(loc):
        if isinstance(cur, dict) and part == "on" and "on" not in cur and True in cur:
            part = True  # YAML 1.1 reads a bare `on:` key as True
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and isinstance(part, int) and 0 <= part < len(cur):
            cur = cur[part]
        elif not (kind == "missing" and i == len(loc) - 1):
            continue  # a union member's tag ("str", "function-after[...]"), not a field
        keys.append("on" if part is True else part)
    return tuple(keys)


def _field(keys: tuple[Any, ...]) -> str:
    out = ""
    for k in keys:
        out += f"[{k}]" if isinstance(k, int) else (f".{k}" if out else str(k))
    return out


def _message(err: dict, keys: tuple[Any, ...]) -> str:
    kind, msg = err.get("type", ""), str(err.get("msg", ""))
    if kind == "extra_forbidden":
        return f"unknown field {str(keys[-1]) if keys else ''!r}; remove it or check its spelling"
    if kind == "missing":
        return "missing; it is required"
    for lead in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(lead)
    msg = msg[:1].lower() + msg[1:]
    if kind != "value_error" and "input" in err and not isinstance(err["input"], (dict, list)):
        msg += f" (got {_short(repr(err['input']))})"
    return _short(msg, 300)


def _short(text: str, limit: int = MAX_SHOWN) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _line_of(text: str, keys: tuple[Any, ...]) -> int | None:
    """The 1-based line of the node at `keys` in a YAML/JSON text (the deepest one found), or None."""
    try:
        import yaml

        node = yaml.compose(text)
    except Exception:  # noqa: BLE001 (any parser failure: no line to show, the message still stands)
        return None
    if node is None:
        return None
    line = node.start_mark.line + 1
    for key in keys:
        nxt = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if getattr(k, "value", None) == str(key):
                    nxt = v if isinstance(v, (yaml.MappingNode, yaml.SequenceNode)) else k
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
            nxt = node.value[key]
        if nxt is None:
            break
        node, line = nxt, nxt.start_mark.line + 1
    return line
