"""Which tower a phrase means, by height ('the tallest tower', 'the top block of the short stack') or by its colours
('reverse the green and yellow stack'); each is rewritten as text naming its blocks, which the clause reader knows.
Used by `goals` (above `context`, beside `references`)."""

from __future__ import annotations

import re

from agent.planners.offline.context import Ambiguous, Context, stacks
from sim.core.errors import PlanningError
from sim.core.lexicon import COLOURS

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
    text = re.sub(rf"\b(?:that|this|the new|the) (?:(?:little|small|tiny|mini|new|nice) )+({_TOWER_NOUN}) (?:you (?:just )?(?:built|made)|"
                  rf"(?:just )?(?:built|made))\b|\b(?:that|this|the new)(?: (?:little|small|tiny|mini|new|nice))* ({_TOWER_NOUN})\b",
                  lambda m: f"that {m.group(1) or m.group(2)}", text)  # 'then move that little tower': the one just built, not a size
    if not re.search(rf"\b{_SIZE} {_TOWER_NOUN}\b", text):
        return text
    text = re.sub(rf"\bthe (?:block|one) (?:that is |which is |sitting )?on top of the {_SIZE} {_TOWER_NOUN}\b",
                  lambda m: f"the {_sized_tower(m.group(1), ctx)[-1]}", text)  # 'bin the block on top of the tallest stack'
    text = re.sub(rf"\b(?:the )?(?:(?:block|one) (?:at|on|from) the (?:very )?)?(top|topmost|uppermost|highest|bottom|bottommost|"
                  rf"lowest)(?: block| one)? (?:of|on|in|from) "
                  rf"the {_SIZE} {_TOWER_NOUN}\b",
                  lambda m: f"the {_sized_tower(m.group(2), ctx)[0 if m.group(1).startswith(('bottom', 'low')) else -1]}", text)
    text = re.sub(rf"\b(on top of|onto|on to|on|atop|to) the (?:top of the )?{_SIZE} {_TOWER_NOUN}\b",
                  lambda m: f"{m.group(1)} the {_sized_tower(m.group(2), ctx)[-1]}", text)
    return re.sub(rf"\bthe {_SIZE} {_TOWER_NOUN}\b",
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
    if ends := re.match(rf"^(?:swap|switch|exchange|trade)(?: round| around)? (?:the (?:block|one) (?:that is |which is )?(?:at|on) the (?:very )?top|the top"
                        rf"(?: block| one)?)(?: of (?:the |that |this )?(.*?){_TOWER_NOUN})? (?:with|and) (?:the (?:block|one) (?:that is |which is )?"
                        rf"(?:at|on) the (?:very )?bottom|(?:the )?bottom(?: blocks?| ones?)?)(?: (?:of |in )?(?:the |that |this )(.*?){_TOWER_NOUN})?(?=[.;]|$)", text):
        t = named_tower((ends[1] or "") + (ends[2] or ""), ctx)  # 'swap the block at the top of the stack with the one at the bottom'
        ctx.understood.append(f"the ends of the tower {', '.join(t)} swapped")
        return _stacked([t[-1], *t[1:-1], t[0]], text[ends.end():])
    m = re.match(rf"^(?:reverse|flip|invert|turn)(?: (?:the )?order (?:of|in))? (?:the |that |this )?(.*?)\b{_TOWER_NOUN}"
                 r"((?:,? (?:with|that has|having|whose) [^.;]+?)?)(?: upside down| over| around| the other way(?: up| round| around)?)?(?=[.;,]|$)", text)
    if m is None:
        return text
    fits = [named_tower(m.group(1) + m.group(2), ctx)]
    ctx.understood.append(f"the tower {', '.join(fits[0])} reversed")  # what follows it ('. do not use the bin') is read on
    return _stacked(fits[0][::-1], text[m.end():])


def _stacked(order: list[str], rest: str) -> str:
    """The text that stacks `order` (bottom first), then what followed the phrase ('. do not use the bin'), still read."""
    return "stack " + ", ".join(f"the {b}" for b in order[:-1]) + f" and the {order[-1]} in that order" + re.sub(r"^[.;,\s]+", "; ", rest)


def named_tower(phrase: str, ctx: Context) -> list[str]:
    """The tower (bottom first) a phrase names by the colours of its blocks ('the green and yellow stack', 'the stack on
    the blue block', 'the tower with the white block on top'), else the only one; asks which when several fit."""
    towers = stacks(ctx.state)
    colours = re.findall(rf"\b(?:{'|'.join(COLOURS)})\b", phrase)
    fits = [t for t in towers if all(any(ctx.state.colours.get(b) == c for b in t) for c in colours)]
    if not fits:
        raise PlanningError(f"no tower fits {phrase.strip()!r}; towers (bottom first): " + (
            "; ".join(", ".join(t) for t in towers) or "none"))
    if len(fits) > 1:
        listed = " or ".join(f"the one with the {t[-1]} on top" for t in fits)
        raise Ambiguous(f"Which tower do you mean: {listed}?")
    return fits[0]


def tower_phrases(text: str, ctx: Context) -> str:
    """`sized_towers`, `ended_towers`, then `reversed_tower`: a clause's towers named by height or reversed, as text naming blocks."""
    text = sized_towers(text, ctx)
    if not re.match(r"(?:swap|switch|exchange|trade)\b", text):  # 'swap the top block of the tower with the bottom one': both ends
        text = ended_towers(text, ctx)
    return reversed_tower(text, ctx)


def described_tower(text: str, ctx: Context) -> list[str] | None:
    """The blocks of the one tower a phrase describes by colour ('the stack on the blue block'); None for 'the towers',
    'all the stacks' or a tower named by no colour."""
    if not re.search(rf"\b{_TOWER_NOUN}\b", text) or re.search(r"\b(?:all|every|each|both|towers|stacks|piles)\b", text):
        return None
    return named_tower(text, ctx) if re.search(rf"\b(?:{'|'.join(COLOURS)})\b", text) else None
