"""Blocks and goals said by height in a stack, each rewritten as text naming blocks: 'the second block from the bottom of
the tallest pile', 'whatever is at the very bottom of the stack with X', 'the block two up from X', 'everything below X',
and goals that ask only for some height: 'X somewhere above Y' (X onto the top of Y's stack), 'X higher than Y in one
pile', 'X somewhere underneath Y' (X slipped in under Y). Used by `goals` before the tower phrases."""

from __future__ import annotations

import re

from agent.planners.offline.context import Ambiguous, Context, stacks
from sim.core.errors import PlanningError

_TOWER = (r"(?:the (?P<size>tallest|highest|biggest|largest) (?:stack|tower|pile)|the (?:stack|tower|pile) (?:with|that has|holding) (?P<with>the \w+ block)"
          r"(?: in it| on top| at the bottom)?|the (?:stack|tower|pile) (?P<in>the \w+ block) is in|(?P<only>the|that|this) (?:stack|tower|pile)(?: of blocks)?)")
_TOWER_RE = re.compile(_TOWER)
_ANY_TOWER = (r"(?P<tower>the (?:tallest|highest|biggest|largest) (?:stack|tower|pile)|the (?:stack|tower|pile) (?:with|that has|holding) the \w+ block(?: in it| on top| at the bottom)?|the (?:stack|tower|pile) the \w+ block is in|(?:the|that|this) "
              r"(?:stack|tower|pile)(?: of blocks)?)")
_ORDINAL = {"second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "one": 0, "two": 1, "three": 2}
_AT_RE = re.compile(rf"\b(?:(?:whatever (?:is|sits|is sitting)|the block(?: that is)?|the one(?: that is)?) (?:at|on) the (?:very )?(?P<end>top|bottom|base) of|the (?:very )?"
                    rf"(?P<ext>bottom|lowest|bottommost|top|topmost|highest|uppermost) block (?:of|in|off)|the (?P<ord>second|2nd|third|3rd|fourth|4th) block (?:from the "
                    rf"(?P<from>top|bottom) (?:of|in)|off)|the block (?:below|under|one down from) the top (?:of|in)) {_ANY_TOWER}")
_STEP_RE = re.compile(r"\bthe block (?:which is |that is |that sits |sitting )?(?P<n>one|two|three)(?: places?| blocks?)? (?P<dir>up from|up on|above|down from|below) (?P<x>the \w+ block)")
_SPAN_RE = re.compile(r"\b(?:all (?:of )?the blocks|every block|everything|whatever(?: is)?)(?: that is| which is)?(?: stacked| sitting| piled)? (?P<rel>below|under|"
                      r"underneath|beneath|lower than|lower down than) (?P<x>the \w+ block)(?: in (?:its|the same|that|their) (?:stack|tower|pile))?")
_SOME = r"(?:somewhere |anywhere )?(?:(?:up|down|in|into|onto) )?(?:the same (?:stack|pile|tower) as (?:the \w+ block),? )?"
_GOAL_RE = re.compile(
    rf"^(?P<lead>(?:i (?:want|would like|would love to see|need) |make sure (?:that )?|(?:put|stick|stack|get|move|set|place|make) ))?(?P<x>the \w+ block)"
    rf"(?: so (?:that )?it (?:sits|is|ends up|goes))?"
    rf"(?: (?:should|must|has to|needs to|ought to|to))?(?: (?:be|end up|sit|go|goes|belongs|ends up|is))?(?: sitting| placed| up)? {_SOME}"
    rf"(?:(?P<up>above|(?<=somewhere )over|(?<=anywhere )over|higher(?: up)? than|at a higher level than|up above)|(?P<down>below|under|underneath|beneath|lower(?: down)? than|bottom than|"
    rf"lower in the (?:pile|stack) than)) (?P<y>the \w+ block|it)(?:,? (?:in|into) (?:the same|one|their|that) (?:stack|pile|tower)| in (?:the same|one|their|that) "
    rf"(?:stack|pile|tower)|,? beneath it|,? under it|,? both in the same (?:stack|pile)|; it does not have to sit on it|; same stack,[\w ]*|; anywhere under it in the "
    rf"same pile is fine)*$")


def heights(text: str, ctx: Context) -> str:
    """The text with blocks said by height named, and each goal of 'somewhere above / below' said as a move."""
    if not re.search(r"\b(?:top|bottom|base|lowest|highest|topmost|uppermost|bottommost|second|third|above|below|under|underneath|beneath|higher|lower|"
                     r"over|up|down)\b", text):
        return text
    if not re.match(r"(?:swap|switch|exchange|trade)\b", text):  # 'swap the top block of the tower with the bottom one': both ends (`tower_references`)
        text = _AT_RE.sub(lambda m: f"the {_at(m, ctx)}", text)
        text = re.sub(r"\bthe (\w+ block) (?:out of|off|from) (?:that|the|this|its) (?:stack|tower|pile)\b", lambda m: f"the {m[1]} off the {ctx.state.support[m[1]]}"
                      if ctx.state.support.get(m[1]) in ctx.state.support else m[0], text)  # '... out of that stack': off what it stands on
    text = _STEP_RE.sub(lambda m: f"the {_step(m, ctx)}", text)
    text = _SPAN_RE.sub(lambda m: _span(m, ctx), text)
    parts = re.split(r"(\s*(?:[.;]|,? (?:and )?then|,? after that,?|\band\b(?= (?:put|get|stack|make|move|stick|place)\b))\s*)", text)
    first = next((i for i, p in enumerate(parts) if i % 2 and not p.strip().startswith("and")), len(parts))  # goals of the first stage: the scene now
    return "".join(_goal(part, ctx, "".join(parts[:i])) if i % 2 == 0 and i < first else part for i, part in enumerate(parts))


def _tower(phrase: str, ctx: Context) -> list[str]:
    """The tower (bottom first) a tower phrase names: the tallest, the one holding X, or the only one."""
    m, towers = _TOWER_RE.fullmatch(phrase), stacks(ctx.state)
    if m["size"]:
        best = [t for t in towers if len(t) == max(map(len, towers), default=0)]
    elif m["with"] or m["in"]:
        best = [t for t in towers if (m["with"] or m["in"]).removeprefix("the ") in t]
    else:
        best = towers
    if not best:
        raise PlanningError(f"no tower fits {m[0]!r}; towers (bottom first): " + ("; ".join(", ".join(t) for t in towers) or "none"))
    if len(best) > 1:
        raise Ambiguous("Which tower do you mean: " + " or ".join(f"the one with the {t[-1]} on top" for t in best) + "?")
    return best[0]


def _at(m: re.Match[str], ctx: Context) -> str:
    tower = _tower(m["tower"], ctx)
    if m["ord"]:
        i = _ORDINAL[m["ord"]]
        i = -1 - i if m["from"] == "top" or not m["from"] and "off" in m[0] else i
    elif m["end"] or m["ext"]:
        i = -1 if (m["end"] or m["ext"]) in ("top", "topmost", "highest", "uppermost") else 0
    else:
        i = -2  # the block below the top
    if not -len(tower) <= i < len(tower):
        raise PlanningError(f"the tower {', '.join(tower)} (bottom first) has no block there")
    return tower[i]


def _step(m: re.Match[str], ctx: Context) -> str:
    x = m["x"].removeprefix("the ")
    tower = next((t for t in stacks(ctx.state) if x in t), [x])
    i = tower.index(x) + (1 if m["dir"] in ("up from", "up on", "above") else -1) * (_ORDINAL[m["n"]] + 1)
    if not 0 <= i < len(tower):
        raise PlanningError(f"no block is {m['n']} {m['dir']} {m['x']}")
    return tower[i]


def _span(m: re.Match[str], ctx: Context) -> str:
    x = m["x"].removeprefix("the ")
    tower = next((t for t in stacks(ctx.state) if x in t), [x])
    below = tower[: tower.index(x)]
    if not below:
        raise PlanningError(f"nothing is below {m['x']}")
    return " and ".join(f"the {b}" for b in below)


def _goal(text: str, ctx: Context, before: str = "") -> str:
    """'X somewhere above Y' -> X onto the top of Y's stack; 'X somewhere below Y' -> X slipped in under Y (already so:
    left alone); 'I don't want X under Y in any stack' -> Y off X's stack (not so: left alone)."""
    if no := re.fullmatch(r"i (?:do not|dont) want (the \w+ block) (?:under|below|beneath|underneath) (the \w+ block)(?: in any (?:stack|pile|tower))?", text.strip()):
        x, y = no[1].removeprefix("the "), no[2].removeprefix("the ")
        tower = next((t for t in stacks(ctx.state) if y in t), [y])
        return f"put the {y} on the table" if x in tower and tower.index(x) < tower.index(y) else f"leave the {x} where it is"
    m = _GOAL_RE.match(text.strip())
    if m is None:
        return text
    x, y = m["x"].removeprefix("the "), m["y"].removeprefix("the ")
    if y == "it" and (said := re.findall(r"\bthe (\w+ block)\b", before)):  # 'keep X still and put Y somewhere higher than it'
        y = said[-1]
    if y == "it" or x == y or x not in ctx.state.support or y not in ctx.state.support:
        return text
    up = bool(m["up"])
    tower = next((t for t in stacks(ctx.state) if y in t), [y])
    if x in tower and (tower.index(x) > tower.index(y)) == up:
        return f"leave the {x} where it is"
    ctx.understood.append(f"the {x} somewhere {'above' if up else 'below'} the {y}")
    top = next(b for b in reversed(tower) if b != x)
    return f"put the {x} on the {top}" if up else f"put the {x} under the {y}"
