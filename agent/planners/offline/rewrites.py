"""Rewrite rules applied fast: each rule (a regular expression and its replacement) carries the plain text every one of
its matches contains, and a text without it skips the rule without running it. Most rules fit few texts, so
`phrasing.clean_text` runs a small share of its rules on any one instruction."""

from __future__ import annotations

import re
from collections.abc import Callable

try:  # the regular-expression parser, to read the text a rule needs
    import re._constants as _C
    import re._parser as _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


def _runs(items: list) -> list[str]:
    """The stretches of plain text every match of a parsed pattern contains."""
    out, cur = [], ""
    for op, av in items:
        if op is _C.LITERAL:
            cur += chr(av)
            continue
        out, cur = out + [cur] if cur else out, ""
        if op is _C.SUBPATTERN:
            out += _runs(av[3])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            out += _runs(av[2])
        elif op is _C.BRANCH:
            out += list(set.intersection(*(set(_runs(a)) for a in av[1])))
    return out + [cur] if cur else out


def needle(pattern: re.Pattern[str]) -> str:
    """The longest stretch of plain text every match of `pattern` contains ('' when there is none worth testing)."""
    found = max(_runs(list(_parser.parse(pattern.pattern, pattern.flags))), key=len, default="")
    return found if len(found.strip()) >= 3 else ""


def guarded(rules: tuple[Rule, ...]) -> tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], str], ...]:
    """Each rule with its needle."""
    return tuple((pattern, repl, needle(pattern)) for pattern, repl in rules)


def rewrite(rules: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], str], ...], text: str) -> str:
    """Every rule in turn, skipping those whose needle the text (as rewritten so far) does not hold."""
    for pattern, repl, need in rules:
        if need in text:
            text = pattern.sub(repl, text)
    return text
