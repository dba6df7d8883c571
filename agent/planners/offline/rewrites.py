"""Rewrite rules applied fast: each rule (a regular expression and its replacement) carries the plain text every one of
its matches contains, and a text without it skips the rule without running it. Most rules fit few texts, so
`phrasing.clean_text` runs a small share of its rules on any one instruction."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import replaced

try:  # the regular-expression parser, to read the text a rule needs
    import re._constants as _C
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


Need = tuple[str, ...]  # one of these stretches of plain text is in every match ('' alone: nothing worth testing)


def _needs(items: list) -> list[Need]:
    """What every match of a parsed pattern contains: plain stretches, and for a branch one need of each alternative."""
    out: list[Need] = []
    cur = ""
    for op, av in items:
        if op is _C.LITERAL:
            cur += chr(av)
            continue
        out, pre, cur = out + [(cur,)] if cur else out, cur, ""
        if op is _C.SUBPATTERN:
            out += _needs(av[3])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            out += _needs(av[2])
        elif op is _C.BRANCH:
            each = [max(_needs(a), key=_worth, default=None) for a in av[1]]
            if all(n is not None for n in each):
                out.append(tuple(dict.fromkeys(w for n in each for w in n)))
            # 'him|her' is parsed as 'h' then 'im|er': the text before the branch with each alternative's own start
            out.append(tuple(dict.fromkeys(pre + _lead(a) for a in av[1])))
    return out + [(cur,)] if cur else out


def _lead(items: list) -> str:
    """The plain text a parsed pattern starts with."""
    lead = ""
    for op, av in items:
        if op is not _C.LITERAL:
            break
        lead += chr(av)
    return lead


def _worth(need: Need) -> tuple[int, int]:
    """A need is as telling as its shortest stretch; fewer alternatives break ties. A comma, a semicolon or a colon
    counts as a word: most instructions have none."""
    return min(3 if w.strip() in (",", ";", ":") else len(w.strip()) for w in need), -len(need)


def needle(pattern: re.Pattern[str]) -> Need:
    """The most telling need of `pattern`: some stretch of it is in every match (('',) when none is worth testing)."""
    return next(iter(needles(pattern)), ("",))


def needles(pattern: re.Pattern[str], most: int = 8) -> tuple[Need, ...]:
    """Up to `most` needs of `pattern` worth testing, the most telling first: every match meets each of them."""
    found = sorted(set(_needs(list(_parser.parse(pattern.pattern, pattern.flags)))), key=_worth, reverse=True)
    return tuple(n for n in found if _worth(n)[0] >= 2)[:most]


Guarded = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], tuple[Need, ...]]
_KEY = 3  # a rule is looked up by one stretch of up to this many characters of its first need


class Table:
    """Rules with their needles, and an index from short keys to the rules one of whose needs holds such a key: a text
    looks up the rules it could meet in one pass over its own keys instead of testing every rule."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules: tuple[Guarded, ...] = tuple((pattern, repl, needles(pattern)) for pattern, repl in rules)
        common: dict[str, int] = {}  # how many stretches hold a key: the rarer key finds fewer texts
        for _, _, needs in self.rules:
            for need in needs:
                for n in need:
                    for k in _keys(n):
                        common[k] = common.get(k, 0) + 1
        index: dict[str, list[int]] = {}
        always = []  # rules with no need long enough to look up
        for i, (_, _, needs) in enumerate(self.rules):
            keyed = [[min(_keys(n), key=common.__getitem__) for n in need] for need in needs if min(map(len, need)) >= _KEY]
            if not keyed:
                always.append(i)
            for k in min(keyed, key=lambda keys: sum(map(common.__getitem__, keys)), default=()):  # the rarest need
                index.setdefault(k, []).append(i)
        self.always, self.index = frozenset(always), {k: tuple(v) for k, v in index.items()}

    def candidates(self, text: str, after: int = -1) -> list[int]:
        """The rules after `after` whose looked-up need might be in `text`, in order."""
        found = set(self.always)
        for key in self.index.keys() & {text[i : i + _KEY] for i in range(len(text) - _KEY + 1)}:
            found.update(self.index[key])
        return sorted(i for i in found if i > after)


def _keys(stretch: str) -> set[str]:
    """The stretches of `_KEY` characters of `stretch`: a text holding it holds each of them."""
    return {stretch[i : i + _KEY] for i in range(len(stretch) - _KEY + 1)}


def guarded(rules: tuple[Rule, ...]) -> Table:
    """The rules as a table that skips, without running them, those a text cannot match."""
    return Table(rules)


def rewrite(table: Table, text: str) -> str:
    """Every rule in turn, skipping those with a need the text (as rewritten so far) does not meet."""
    todo = table.candidates(text)
    at = 0
    while at < len(todo):
        i = todo[at]
        at += 1
        pattern, repl, needs = table.rules[i]
        for need in needs:
            for n in need:
                if n in text:
                    break
            else:
                break  # a need none of whose stretches is here: the rule cannot match
        else:
            new = replaced(pattern, repl, text)
            if new is not text and new != text:
                text, todo, at = new, table.candidates(new, i), 0
    return text
