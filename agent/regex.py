"""Regular expressions compiled once and kept. The offline planner and the answers write about a thousand patterns
where they are used; `re`'s own functions keep only the last 512 compiled, so varied requests compiled hundreds of
patterns again on every plan (planning took 3.7 times as long on a mixed stream of instructions)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=4096)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled, from the cache after the first use: `rx(p).sub(repl, text)` for `re.sub(p, repl, text)`."""
    return re.compile(pattern, flags)


def replaced(pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
    """`pattern.sub(repl, text, count)`, searched first: `sub` with a template of groups (r"\\1") hashes the whole
    compiled pattern on every call, match or not, and for a long rule that costs more than the search."""
    return pattern.sub(repl, text, count) if pattern.search(text) else text
