"""Which tower a phrase means, and which block of it, by height ('the tallest tower', 'the top block of the short
stack', 'the second block from the bottom of the stack with X') or by its colours ('reverse the green and yellow
stack'); each is rewritten as text naming its blocks, which the clause reader knows. Used by `goals` (above `context`,
beside `references`)."""

from __future__ import annotations

import re

from agent.planners.offline.context import Ambiguous, Context, stacks
from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import COLOURS, TABLE

_SIZE = (r"(tallest|highest|biggest|largest|tall|high|big|large|taller|higher|bigger|larger|"
         r"shortest|smallest|lowest|short|small|little|shorter|smaller|lower)")
_TOWER_NOUN = r"(?:tower|stack|pile)"


def _sized_tower(word: str, ctx: Context) -> list[str]:
    """The tower (bottom first) that 'the tallest', 'the short' ... tower means; asks when several are as tall."""
    towers = stacks(ctx.state)
    if not towers:
        raise PlanningError("there is no tower on the table (no block stands on another)")
    tall = word.startswith(("tall", "high", "big", "large"))
    height = (max if tall else min)(len(t) for t in towers)
    best = [t for t in towers if len(t) == height]
    if len(best) > 1:
        listed = " or ".join(f"the one with the {t[-1]} on top" for t in best)
        raise Ambiguous(f"Those towers are equally tall; which one do you mean: {listed}?")
    ctx.understood.append(f"the {word} tower ({', '.join(best[0])}, bottom first)")
    return best[0]


def sized_towers(text: str, ctx: Context) -> str:
    """'the top block of the tallest tower', 'on the short stack', 'the tallest tower' -> the blocks they mean."""
    text = rx(rf"\b(?:that|this|the new|the) (?:(?:little|small|tiny|mini|new|nice) )+({_TOWER_NOUN}) (?:you (?:just )?(?:built|made)|"
                  rf"(?:just )?(?:built|made))\b|\b(?:that|this|the new)(?: (?:little|small|tiny|mini|new|nice))* ({_TOWER_NOUN})\b").sub(
                  lambda m: f"that {m.group(1) or m.group(2)}", text)  # 'then move that little tower': the one just built, not a size
    if not rx(rf"\b{_SIZE} {_TOWER_NOUN}\b").search(text):
        return text
    text = rx(rf"\bthe (?:block|one) (?:that is |which is |sitting )?on top of the {_SIZE} {_TOWER_NOUN}\b").sub(
                  lambda m: f"the {_sized_tower(m.group(1), ctx)[-1]}", text)  # 'bin the block on top of the tallest stack'
    text = rx(rf"\b(?:the )?(?:(?:block|one) (?:at|on|from) the (?:very )?)?(top|topmost|uppermost|highest|bottom|bottommost|"
                  rf"lowest)(?: block| one)? (?:of|on|in|from) "
                  rf"the {_SIZE} {_TOWER_NOUN}\b").sub(
                  lambda m: f"the {_sized_tower(m.group(2), ctx)[0 if m.group(1).startswith(('bottom', 'low')) else -1]}", text)
    text = rx(rf"\b(on top of|onto|on to|on|atop|to) the (?:top of the )?{_SIZE} {_TOWER_NOUN}\b").sub(
                  lambda m: f"{m.group(1)} the {_sized_tower(m.group(2), ctx)[-1]}", text)
    return rx(rf"\bthe {_SIZE} {_TOWER_NOUN}\b").sub(
                  lambda m: f"the tower with the {_sized_tower(m.group(1), ctx)[-1]} on top", text)


_END = r"(top|topmost|uppermost|highest|bottom|bottommost|lowest)"
_ENDED = re.compile(
    rf"\b(?:the (?:block|one) (?:that is |which is |sitting |that sits )?(?:at|on|from) (?:the )?(?:very )?{_END}"
    rf"(?: block| one)? of|(?:the )?(?:very )?{_END}(?: block| one)? (?:of|on|in|from)) the {_TOWER_NOUN},? (?:with|that has|which has|"
    r"having|containing|that contains|holding) (the \w+ (?:block|one))(?: (?:on top|at the top|at the bottom|in it))?\b")


def ended_towers(text: str, ctx: Context) -> str:
    """'the top block of the stack with the red block', 'the block on top of the tower containing X' -> that block."""
    def end(m: re.Match[str]) -> str:
        tower = named_tower(m.group(3), ctx)
        return f"the {tower[0 if (m.group(1) or m.group(2)).startswith(('bottom', 'low')) else -1]}"
    return _ENDED.sub(end, text) if "with" in text or " ha" in text or "contain" in text or "holding" in text else text


def reversed_tower(text: str, ctx: Context) -> str:
    """'reverse the order of the green and yellow stack', 'flip the tower upside down' -> the same blocks stacked the
    other way up (the tower a phrase means: by its colours, else the only one)."""
    if ends := rx(rf"^(?:swap|switch|exchange|trade)(?: round| around)? (?:the (?:block|one) (?:that is |which is )?(?:at|on) the (?:very )?top|the top"
                        rf"(?: block| one)?)(?: of (?:the |that |this )?(.*?){_TOWER_NOUN})? (?:with|and) (?:the (?:block|one) (?:that is |which is )?"
                        rf"(?:at|on) the (?:very )?bottom|(?:the )?bottom(?: blocks?| ones?)?)(?: (?:of |in )?(?:the |that |this )(.*?){_TOWER_NOUN})?(?=[.;]|$)").match(text):
        t = named_tower((ends[1] or "") + (ends[2] or ""), ctx)  # 'swap the block at the top of the stack with the one at the bottom'
        ctx.understood.append(f"the ends of the tower {', '.join(t)} swapped")
        return _stacked([t[-1], *t[1:-1], t[0]], text[ends.end():], _where(t, ctx))
    starts = [0, *(s.end() for s in rx(r"[.;,]\s+(?:and |then |now |but )*|\b(?:and|then|first|now|but)\s+").finditer(text))]
    m = next(filter(None, (_REVERSED_RE.match(text, s) for s in starts)), None)  # 'leave X alone and reverse the stack'
    if m is None:
        return text
    order = named_tower(" ".join(g for g in m.group("which", "how", "which2", "pair", "said", "said_how") if g), ctx)[::-1]
    ctx.understood.append(f"the tower {', '.join(order[::-1])} reversed")  # what follows it ('. do not use the bin') is read on
    rest, where = _RESTATED_RE.sub("", text[m.end():], count=1), _where(order[::-1], ctx)
    if topped := _TOPPED_RE.match(rest):  # '... and finish it off with X on top': one more on the reversed tower
        order, rest = [*order, topped[1].removeprefix("the ")], rest[topped.end():]
    return text[: m.start()] + _stacked(order, rest, where)


_TURNED = r"(?: upside down| over| around| round| the other way(?: up| round| around)?| in (?:the )?(?:reverse|opposite) order)"
_WHICH = r"(?:,? (?:(?:with|that has|having|whose|topped by) [^.;:]+?|that [\w ]+? is (?:at the bottom|on top|at the top) of))"
_REVERSED_RE = re.compile(
    rf"(?:(?:reverse|flip|invert|turn|restack)(?: over| around)?(?: (?:the )?order (?:of|in))?(?: all (?:\w+ )?blocks of| (?:both|the two) blocks of)? (?:the |that "
    rf"|this )?(?P<which>.*?)\b{_TOWER_NOUN}(?: of blocks)?(?: (?:in|on) the \w+ (?:bowl|block)| on the table)?(?P<how>{_WHICH}?){_TURNED}?(?P<which2>{_WHICH}?)|(?:swap|switch) (?:both|the two) blocks of (?:the |that "
    rf"|this )?(?P<pair>.*?)\b{_TOWER_NOUN}(?: of blocks)?(?: around| round)?|(?:i (?:want|would like|would love to see|need) |put )?(?:the |that |this )(?P<said>.*?)\b"
    rf"{_TOWER_NOUN}(?: of blocks)?(?P<said_how>{_WHICH}?),? (?:needs to be |should be |must be |to be |turned |put )?(?:in (?:the )?(?:reverse|opposite) order|reversed|"
    rf"flipped|inverted|(?:turned )?upside down|the other way (?:up|round|around))(?:,? (?:from )?top to bottom)?)(?=[.;,:]|$| (?:and|except|but)\b)")
_TOPPED_RE = re.compile(r"^\s*[.;,]?\s*(?:and |then |and then )*,?\s*(?:(?:finish|top|cap) (?:it|the stack|the tower|it all) off with|(?:stack|put|place|set) )"
                        r"(the \w+ block)(?: on top| on the top)(?: of (?:it|that|the stack|the tower))?(?=\s*(?:[.;,]|$))")
# what only says again what a reversed tower looks like: ': the green block should end up at the bottom and the pink block on top'
_RESTATED_RE = re.compile(r"^\s*[:;,.]?\s*(?:so |so that )?(?:(?:,? and )?the \w+ block (?:should |will |must )?(?:end up |ends up |be |is |goes |go )?(?:at the "
                          r"(?:bottom|top)|on top|on the bottom))+(?=\s*(?:[.;,]|$))")


def _where(tower: list[str], ctx: Context) -> str:
    """Where a tower stands, said after 'stack ... in that order': a tower turned round stays in its bowl."""
    base = ctx.state.support[tower[0]]
    return f" in the {base}" if base in ctx.state.bowls else " on the table" if base == TABLE else ""


def _stacked(order: list[str], rest: str, where: str = "") -> str:
    """The text that stacks `order` (bottom first), then what followed the phrase ('. do not use the bin'), still read."""
    rest = rx(r"^\s*(?:except|but not) (the \w+ block)").sub(r"; leave \1 where it is", rest)  # '... but keep X where it is'
    return ("stack " + ", ".join(f"the {b}" for b in order[:-1]) + f" and the {order[-1]} in that order{where}" +
            rx(r"^[.;,\s]+(?:and\s+)?").sub("; ", rest))


def named_tower(phrase: str, ctx: Context) -> list[str]:
    """The tower (bottom first) a phrase names by the colours of its blocks ('the green and yellow stack', 'the stack on
    the blue block', 'the tower with the white block on top'), else the only one; asks which when several fit."""
    towers = stacks(ctx.state)
    colours = rx(rf"\b(?:{'|'.join(COLOURS)})\b").findall(phrase)
    fits = [t for t in towers if all(any(ctx.state.colours.get(b) == c for b in t) for c in colours)]
    if not fits:
        raise PlanningError(f"no tower fits {phrase.strip()!r}; towers (bottom first): " + (
            "; ".join(", ".join(t) for t in towers) or "none"))
    if len(fits) > 1:
        listed = " or ".join(f"the one with the {t[-1]} on top" for t in fits)
        raise Ambiguous(f"Which tower do you mean: {listed}?")
    return fits[0]


def tower_phrases(text: str, ctx: Context) -> str:
    """`heights`, `sized_towers`, `rotated_tower`, `ended_towers`, then `reversed_tower`: a clause's blocks and towers
    named by height, turned round or reversed, as text naming blocks."""
    text = rotated_tower(sized_towers(heights(text, ctx), ctx), ctx)
    if not rx(r"(?:swap|switch|exchange|trade)\b").match(text):  # 'swap the top block of the tower with the bottom one': both ends
        text = ended_towers(text, ctx)
    return reversed_tower(text, ctx)


_TOWER = r"(?:the|its|that|this|a) (?:\w+ block )?(?:tower|stack|pile)(?: of blocks)?"
_REST = rf"(?:the others|the rest(?: of (?:it\b|{_TOWER}))?|the other (?:two|three|blocks|ones)|them|both|them both|both of them)"
# where in its own tower a block goes: 'on top (of its stack)', 'to the bottom', 'under the others'
_TO_END = re.compile(rf"\b(?:(?:on|to|at|up to|down to|onto|on to) (?:the (?:very )?)?(?P<end>top|bottom)(?! (?:left|right)\b)(?: of (?:{_TOWER}|it\b|{_REST}))?(?! of)|(?:(?:in )?"
                     rf"(?:under|underneath|beneath|below)) {_REST}(?: of (?:{_TOWER}|it\b))?|on top of {_REST}|be the (?P<end2>top|bottom) (?:block|one) of "
                     rf"{_TOWER})(?: instead(?: of (?:at |on |from )?(?:the )?(?:top|bottom))?)?")
_MOVER = re.compile(rf"(?:^|\b(?:take|move|put|place|set|lift|pull|get|bring|slide|slip|tuck|stick|shift|send|carry|drop|want|like|need)(?: up| down| out)? |^(?:only |just )?)"
                    rf"(?:(?P<colour>the (?:{'|'.join(COLOURS)}) block)|(?:the|its) (?P<which>top|bottom|topmost|bottommost|uppermost|lowest) (?:block|one)(?: of (?P<of>{_TOWER}))?|"
                    rf"(?:the (?:block|one) (?:that is |which is |that s |sitting )?(?:at|on) the|the|its) (?P<at>top|bottom) of (?P<of2>the tower with the \w+ "
                    rf"block|{_TOWER})|the (?:block|one) (?:that is |which is )?holding up (?:the rest of )?(?P<of3>the tower with the \w+ block|{_TOWER})|the "
                    rf"(?:block|one) (?:under|beneath|below|underneath) (?P<over>the \w+ block))\b")
# what may come between the block and where it goes: 'take X (out) from the bottom of the stack and put it', 'X should be'
_BETWEEN = re.compile(r"(?:\s+(?:out|up|down|back|over|moved|taken|put|placed|should|ought to|must|needs to|has to|is to|be|belongs|goes|go|"
                      r"should go|instead|now)\b|\s+(?:from|off|out of|out from|off of) (?:the |its |that )?[\w ]+?(?=\s)|,? (?:and |then )*(?:put|set|place|move|"
                      r"stick|slide|lower|take|lift)(?: up| down)? (?:it|that one)\b|, the \w+ block,)*\s*")
_KEPT_ORDER = (r"(?:[,;]? (?:and |with |while )?(?:the rest|the others|the other blocks|those two|the other two)(?: on it)?(?: (?:stay|staying|stays|left|kept|"
               r"remain|remaining))?(?: (?:as they are|in (?:the same )?order))|[,;]? (?:not|without) changing the order of the (?:rest|others|other blocks)|[,;]? "
               r"keeping (?:those two|the other two|the others|the rest)(?: as they are| in order)|[,;]? and leave (?:those two|the other two|the others|the rest|the "
               r"other blocks)(?: as they are| in (?:the same )?order| where they are)?|[,;]? not (?:at|on) the (?:bottom|top)(?: of (?:it|its (?:tower|stack|pile)))?|[,;]? leave the rest(?: on it)? as (?:it is|they are)|[,;]? not (?:underneath|under|on top of|above) the other blocks"
               rf"|,? (?:under|underneath|beneath|on top of) {_REST})*")
_NOT_FLIPPED = re.compile(r"(?:^|(?<=[.;] ))(?:do not|never) (?:flip|reverse|invert|turn)(?: over| around| round)? (?:the |that |its )?(?:whole )?(?:tower|stack|"
                          r"pile)(?: of blocks)?(?: completely| entirely| all the way| upside down| around| over)?\s*[.;,]?\s*(?:just |only |instead )?")


def rotated_tower(text: str, ctx: Context) -> str:
    """'take the bottom block of the stack and put it on top', 'move X to the bottom of its tower, under the others': one
    block to the other end of its own tower, the rest in their order, the tower standing where it stood."""
    if not rx(r"\b(?:top|bottom|under|underneath|beneath|below)\b").search(text):
        return text
    towered = rx(r"\b(?:tower|stack|pile|the others|the rest|the other (?:two|three|blocks|ones)|both)\b").search(text)
    for end in _TO_END.finditer(text):
        if rx(r"\b(?:not|instead of|rather than)\s*$").search(text[: end.start()]) or not towered and rx(r"\bit\b").search(end[0]):
            continue  # 'X under Y, not on top of it': no end of a tower
        movers = [m for m in _MOVER.finditer(text, 0, end.start()) if _BETWEEN.fullmatch(text, m.end(), end.start())]
        if not movers:
            continue
        m = movers[-1]
        towers = stacks(ctx.state)
        if m["colour"]:
            if rx(r"\bof (?:it|that)$").search(end[0]):
                continue  # 'put X on top of it': of what was said before, not X's own tower
            block = m["colour"].removeprefix("the ")
            tower = next((t for t in towers if block in t), None)
        else:
            tower = named_tower(m["of"] or m["of2"] or m["of3"] or m["over"] or "", ctx)
            over = m["over"] and m["over"].removeprefix("the ")
            block = ctx.state.support.get(over, "") if over else tower[0 if (m["which"] or m["at"] or "bottom").startswith(("bottom", "low")) else -1]
            tower = tower if block in tower else None
        if tower is None:
            continue
        to_top = (end["end"] or end["end2"]) == "top" or "top of" in end[0] and not end["end"]
        rest = [b for b in tower if b != block]
        order = [*rest, block] if to_top else [block, *rest]
        if order == tower:
            continue  # already there: some other reading
        ctx.understood.append(f"the {block} to the {'top' if to_top else 'bottom'} of its tower")
        tail = rx(_KEPT_ORDER).match(text[end.end():])
        head = _NOT_FLIPPED.sub("", text[: m.start()])
        link = rx(r"(?:[,\s]*\b(then|and|while|so)\b)?(?:[,\s]*\b(?:you|i|we)(?: would| d| really)?(?: like| want| need)?(?: to)?\b)?(?:[,\s]*\bplease)?[,\s]*$").search(head)
        head = head[: link.start()] + (f", {'then' if link[1] == 'then' else 'and'} " if link.start() else "")
        return head + _stacked(order, text[end.end() + tail.end():], _where(tower, ctx))
    return text


def described_tower(text: str, ctx: Context) -> list[str] | None:
    """The blocks of the one tower a phrase describes by colour ('the stack on the blue block'); None for 'the towers',
    'all the stacks' or a tower named by no colour."""
    if not rx(rf"\b{_TOWER_NOUN}\b").search(text) or rx(r"\b(?:all|every|each|both|towers|stacks|piles)\b").search(text):
        return None
    return named_tower(text, ctx) if rx(rf"\b(?:{'|'.join(COLOURS)})\b").search(text) else None


_TOWER_AT = (r"(?P<tower>the (?:tallest|highest|biggest|largest) (?:stack|tower|pile)|the (?:stack|tower|pile) (?:with|that has|holding|containing|that contains|which contains) the \w+ block(?: in it| on top| at the bottom)?|the (?:stack|tower|pile) the \w+ block is in|(?:the|that|this) "
              r"(?:stack|tower|pile)(?: of blocks)?)")
_ORDINAL = {"second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "one": 0, "two": 1, "three": 2}
_AT_RE = re.compile(rf"\b(?:(?:whatever (?:is|sits|is sitting)|the block(?: that is)?|the one(?: that is)?) (?:at|on) the (?:very )?(?P<end>top|bottom|base) of|the (?:very )?"
                    rf"(?P<ext>bottom|lowest|bottommost|top|topmost|highest|uppermost) block (?:of|in|off)|the (?P<ord>second|2nd|third|3rd|fourth|4th) block (?:from the "
                    rf"(?P<from>top|bottom) (?:of|in)|off)|the block (?:below|under|one down from) the top (?:of|in)) {_TOWER_AT}")
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
    """Blocks said by height in a stack, named ('the second block from the bottom of the tallest pile', 'two up from X',
    'everything below X'), and each goal of 'X somewhere above / below Y' said as a move (X onto the top of Y's stack,
    X slipped in under Y)."""
    if not rx(r"\b(?:top|bottom|base|lowest|highest|topmost|uppermost|bottommost|second|third|above|below|under|underneath|beneath|higher|lower|"
                     r"over|up|down)\b").search(text):
        return text
    if not rx(r"(?:swap|switch|exchange|trade)\b").match(text):  # 'swap the top block of the tower with the bottom one': both ends (`tower_references`)
        text = _AT_RE.sub(lambda m: f"the {_at(m, ctx)}", text)
        text = rx(r"\bthe (\w+ block) (?:out of|off|from) (?:that|the|this|its) (?:stack|tower|pile)\b").sub(lambda m: f"the {m[1]} off the {ctx.state.support[m[1]]}"
                      if ctx.state.support.get(m[1]) in ctx.state.support else m[0], text)  # '... out of that stack': off what it stands on
    text = _STEP_RE.sub(lambda m: f"the {_step(m, ctx)}", text)
    text = _SPAN_RE.sub(lambda m: _span(m, ctx), text)
    parts = rx(r"(\s*(?:[.;]|,? (?:and )?then|,? after that,?|\band\b(?= (?:put|get|stack|make|move|stick|place)\b))\s*)").split(text)
    first = next((i for i, p in enumerate(parts) if i % 2 and not p.strip().startswith("and")), len(parts))  # goals of the first stage: the scene now
    return "".join(_goal(part, ctx, "".join(parts[:i])) if i % 2 == 0 and i < first else part for i, part in enumerate(parts))


def _height_tower(phrase: str, ctx: Context) -> list[str]:
    """The tower (bottom first) a tower phrase of `_TOWER_AT` names: the tallest, the one holding X, or the only one."""
    size = rx(r"the (tallest|highest|biggest|largest) ").match(phrase)
    return _sized_tower(size[1], ctx) if size else named_tower(phrase, ctx)


def _at(m: re.Match[str], ctx: Context) -> str:
    tower = _height_tower(m["tower"], ctx)
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
    if no := rx(r"i (?:do not|dont) want (the \w+ block) (?:under|below|beneath|underneath) (the \w+ block)(?: in any (?:stack|pile|tower))?").fullmatch(text.strip()):
        x, y = no[1].removeprefix("the "), no[2].removeprefix("the ")
        tower = next((t for t in stacks(ctx.state) if y in t), [y])
        return f"put the {y} on the table" if x in tower and tower.index(x) < tower.index(y) else f"leave the {x} where it is"
    m = _GOAL_RE.match(text.strip())
    if m is None:
        return text
    x, y = m["x"].removeprefix("the "), m["y"].removeprefix("the ")
    if y == "it" and (said := rx(r"\bthe (\w+ block)\b").findall(before)):  # 'keep X still and put Y somewhere higher than it'
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
