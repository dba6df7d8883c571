"""Goals said as amounts, comparisons or 'until', brought to plain requests by counting what is on the table now: 'W
should end up with more blocks than V' (add what makes it so), 'double the blocks in W', 'bin blocks off the table
until only one remains', 'keep stacking blocks on X until the stack is three high', 'fill W while there is room',
'swap what is in W and V', 'every bowl should have exactly one block'. Read by `goals` after `phrasing.clean_text`;
a goal that already holds becomes 'leave W alone' (nothing to do)."""

from __future__ import annotations

import re

from agent.planners.offline.words import DIGIT_WORDS, NUMBERS
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER
from sim.core.symbolic import SymState

_BOWL = r"the \w+ bowl"
_N = r"(one|two|three|four|five|six)"
_MORE_RE = re.compile(rf"^(?:make sure (?:that )?|make it so (?:that )?|i want |i would like |i need )?(?:get |make )?(?P<w>{_BOWL}) "
                      r"(?:to )?(?:ends? up with|has|have|holds?|should (?:have|hold|end up with)|gets?|contains?|is) (?P<more>more|fewer|less) "
                      rf"blocks(?: in it)? than (?:there are in )?(?P<v>{_BOWL}|the other bowl)(?: has| does| holds| is| has in it)?$"
                      rf"|^get (?P<more2>more|fewer) blocks (?:into|in) (?P<w2>{_BOWL}) than (?:there are in )?(?P<v2>{_BOWL}|the other bowl)"
                      rf"(?: has| does| holds)?$|^make (?P<w3>{_BOWL}) (?P<more3>fuller|emptier) than (?P<v3>{_BOWL}|the other bowl)$")
_TABLE_RE = re.compile(r"^(?:make sure (?:that )?|i want |there should be )?(?:there are )?(?P<more>more|fewer|less) blocks on the table than "
                       r"(?:in|inside) (?:the |a )?bowls?(?: than on the table)?$")
_DOUBLE_RE = re.compile(rf"^(?:double|double up) (?:the number of blocks in |the blocks in |the contents of |the count in )?(?P<w>{_BOWL})"
                        r"(?:,? it should have twice the blocks it has)?$")
_FEWER_TABLE_RE = re.compile(rf"^(?:i want )?(?:there should be )?(?:the table to have )?(?P<n>{_N}) (?:fewer|less) blocks? (?:on the table)?"
                             r"(?: than (?:now|there are|it has))?$|^i want the table to have (?P<n2>one|two) blocks? less(?: than)?$")
_AT_MOST_RE = re.compile(rf"^(?:no more than|at most|not more than) (?P<n>{_N}) blocks? (?:should|may|can|is allowed to|are allowed to) "
                         r"(?:be left|stay|remain|be) on the table$")
_BIN_UNTIL_RE = re.compile(rf"^(?:keep )?(?:bin|binning|throw out|throwing out|remove|removing|clear|clearing) (?:the )?blocks (?:off|from) "
                           rf"the table (?:until|till) (?:only (?P<n>{_N}) (?:remains?|is left|are left)|there (?:is|are) only (?P<n2>{_N}) "
                           r"(?:on it|left))$")
_STACK_UNTIL_RE = re.compile(rf"^(?:i want |keep )?(?:stacking |stack |pile |piling )?blocks (?:stacked )?(?:on|onto) (?P<x>the \w+ block) "
                             rf"(?:until|till) (?:(?:that|the) (?:stack|pile|tower)|it) is (?P<n>{_N})(?: blocks)? (?:high|tall)$"
                             rf"|^(?:keep )?(?:stacking |stack |pile |piling )?blocks (?:on|onto) (?P<x2>the \w+ block) (?:until|till) "
                             rf"there are (?P<n2>{_N}) in the (?:stack|pile|tower)$")
_FILL_RE = re.compile(rf"^(?:first )?(?P<lead>.*?\bthen )?fill (?:up )?(?P<w>{_BOWL}) (?:from the table |with (?:table )?blocks )?(?:until|till) "
                      rf"it (?:holds|has|contains) (?P<n>{_N}) blocks$")
_ROOM_RE = re.compile(rf"^(?:keep adding blocks to|fill(?: up)?|move blocks into|put blocks (?:in|into)|blocks from the table should go in) "
                      rf"(?P<w>{_BOWL})(?: until it is full| while (?:there is|it (?:still )?has) (?:still )?(?:space|room)(?: in it| left)?"
                      r"| for as long as there is (?:space|room)(?: in it)?)(?P<rest>(?:,? but | and |; ).+)?$")
_EMPTY_UNTIL_RE = re.compile(rf"^(?:do not stop|keep|dont stop) (?:binning|removing|taking|throwing out) blocks (?:from|out of) (?P<w>{_BOWL}) "
                             r"until (?:there are none left in it|it is empty|none are left)$")
_UNPILE_RE = re.compile(r"^keep taking blocks off the (?:stack|pile|tower) (?:that )?(?P<x>the \w+ block) is at the bottom of (?:until|till) "
                        r"(?P=x) is the only one left$")
_SWAP_RE = re.compile(rf"^(?:swap|switch|exchange) (?:the contents of |what is in |the blocks in )(?P<w>{_BOWL}) and (?P<v>{_BOWL})$"
                      rf"|^i (?:would like|want) the contents of (?P<w2>{_BOWL}) and (?P<v2>{_BOWL}) (?:swapped|switched|exchanged)$"
                      rf"|^i want everything in (?P<w3>{_BOWL}) moved to (?P<v3>{_BOWL}),? and everything in (?P=v3) moved to (?P=w3)$")


def _words(n: int) -> str:
    return DIGIT_WORDS.get(n, str(n))


def _num(word: str) -> int:
    return int(NUMBERS.get(word, word))


def _named(phrase: str) -> str:
    return re.sub(r"^the ", "", phrase)


def amounts(text: str, state: SymState) -> str:
    """The request with an amount, a comparison or an 'until' said as plain steps for the scene as it is now."""
    cut = re.search(r"(?:,? but |; |,? and )(?=(?:leave|keep|do not|never|the \w+ block (?:stays|should stay|must stay))\b)", text)
    for head, tail in ((text, ""), *(((text[: cut.start()], text[cut.start():]),) if cut else ())):  # '..., but leave X alone'
        for rule in (_compare, _table, _double, _fewer_table, _at_most, _bin_until, _stack_until, _fill, _room, _empty_until,
                     _unpile, _swap):
            if (new := rule(head, state)) is not None:
                return new + tail
    return text


def _loose(state: SymState) -> list[str]:
    return [b for b in state.blocks if state.support[b] not in (BIN, GRIPPER)]


def _on_table(state: SymState) -> list[str]:
    return [b for b in _loose(state) if state.base(b) not in state.bowls]


def _other(bowl: str, state: SymState) -> str | None:
    others = [w for w in state.bowls if w != bowl]
    return others[0] if len(others) == 1 else None


def _compare(text: str, state: SymState) -> str | None:
    """'W should end up with more blocks than V', 'make W fuller than V'."""
    if (m := _MORE_RE.match(text)) is None:
        return None
    w, v = _named(m["w"] or m["w2"] or m["w3"]), m["v"] or m["v2"] or m["v3"]
    v = _other(w, state) if v == "the other bowl" else _named(v)
    if w not in state.bowls or v not in state.bowls:
        return None
    more = (m["more"] or m["more2"] or m["more3"]) in ("more", "fuller")
    nw, nv = len(state.in_bowl(w)), len(state.in_bowl(v))
    need = nv + 1 - nw if more else nw - nv + 1
    if not more and nv == 0:  # nothing to take away from: fill the other instead
        return f"add {_words(need)} blocks to the {v}"
    if need <= 0:
        return f"leave the {w} alone"
    return f"add {_words(need)} blocks to the {w}" if more else f"take {_words(need)} blocks out of the {w}"


def _table(text: str, state: SymState) -> str | None:
    """'fewer blocks on the table than in the bowls': the fewest moves between the two."""
    if (m := _TABLE_RE.match(text)) is None:
        return None
    on, inside = len(_on_table(state)), len(_loose(state)) - len(_on_table(state))
    gap = on - inside if m["more"] != "more" else inside - on
    if gap < 0:
        return "leave everything alone"
    moves = gap // 2 + 1
    return f"put {_words(moves)} of the blocks on the table in the bowls" if m["more"] != "more" else \
        f"take {_words(moves)} of the blocks in the bowls out onto the table"


def _double(text: str, state: SymState) -> str | None:
    if (m := _DOUBLE_RE.match(text)) is None or (w := _named(m["w"])) not in state.bowls or not state.in_bowl(w):
        return None
    return f"add {_words(len(state.in_bowl(w)))} blocks to the {w}"


def _fewer_table(text: str, state: SymState) -> str | None:
    """'one fewer block on the table': into a bowl with room, else the bin."""
    if (m := _FEWER_TABLE_RE.match(text)) is None:
        return None
    n = _num(m["n"] or m["n2"])
    room = any(len(state.in_bowl(w)) < layout.BOWL_CAPACITY for w in state.bowls)
    return f"put {_words(n)} of the blocks on the table {'in a bowl' if room else 'in the bin'}"


def _at_most(text: str, state: SymState) -> str | None:
    """'no more than one block should be left on the table': the rest into the bowls while they have room, else the bin."""
    if (m := _AT_MOST_RE.match(text)) is None:
        return None
    extra = len(_on_table(state)) - _num(m["n"])
    if extra <= 0:
        return "leave everything alone"
    room = sum(layout.BOWL_CAPACITY - len(state.in_bowl(w)) for w in state.bowls)
    return f"put {_words(extra)} of the blocks on the table {'in the bowls' if room >= extra else 'in the bin'}"


def _bin_until(text: str, state: SymState) -> str | None:
    if (m := _BIN_UNTIL_RE.match(text)) is None:
        return None
    extra = len(_on_table(state)) - _num(m["n"] or m["n2"])
    return f"bin {_words(extra)} of the blocks on the table" if extra > 0 else "leave everything alone"


def _stack_until(text: str, state: SymState) -> str | None:
    """'keep stacking blocks on X until the stack is three high': free blocks, one on the other, on top of X's stack."""
    if (m := _STACK_UNTIL_RE.match(text)) is None:
        return None
    x = _named(m["x"] or m["x2"])
    if x not in state.support:
        return None
    stack = [x, *state.above(x)[::-1]]  # bottom up from X
    need = _num(m["n"] or m["n2"]) - len(stack)
    if need <= 0:
        return f"leave the {x} alone"
    free = sorted((b for b in _loose(state) if b not in stack), key=lambda b: (len(state.above(b)), state.support[b] in state.support))
    if len(free) < need:
        return None
    steps, below = [], stack[-1]
    for b in free[:need]:
        steps.append(f"put the {b} on the {below}")
        below = b
    return ", then ".join(steps)


def _fill(text: str, state: SymState) -> str | None:
    """'fill W from the table until it holds three blocks'."""
    if (m := _FILL_RE.match(text)) is None or (w := _named(m["w"])) not in state.bowls:
        return None
    need = _num(m["n"]) - len(state.in_bowl(w))
    step = f"add {_words(need)} blocks to the {w}" if need > 0 else f"leave the {w} alone"
    return f"{m['lead'] or ''}{step}"


def _room(text: str, state: SymState) -> str | None:
    """'keep adding blocks to W until it is full', 'fill W for as long as there is room'."""
    if (m := _ROOM_RE.match(text)) is None or (w := _named(m["w"])) not in state.bowls:
        return None
    need = layout.BOWL_CAPACITY - len(state.in_bowl(w))
    return (f"add {_words(need)} blocks to the {w}" if need > 0 else f"leave the {w} alone") + (m["rest"] or "")


def _empty_until(text: str, state: SymState) -> str | None:
    if (m := _EMPTY_UNTIL_RE.match(text)) is None:
        return None
    return f"bin everything in {m['w']}"


def _unpile(text: str, state: SymState) -> str | None:
    if (m := _UNPILE_RE.match(text)) is None:
        return None
    return f"clear {m['x']}"


def _swap(text: str, state: SymState) -> str | None:
    """'swap what is in W and V': each one's blocks into the other."""
    if (m := _SWAP_RE.match(text)) is None:
        return None
    w, v = _named(m["w"] or m["w2"] or m["w3"]), _named(m["v"] or m["v2"] or m["v3"])
    if w not in state.bowls or v not in state.bowls:
        return None
    moves = [f"put {' and '.join(f'the {b}' for b in state.in_bowl(a))} in the {b_}" for a, b_ in ((w, v), (v, w)) if state.in_bowl(a)]
    return " and ".join(moves) if moves else f"leave the {w} alone"
