"""Objects ranked by where they are on the table, as `references.narrow` reads a phrase's side: the one furthest to a
side or nearest a thing ('the leftmost block', 'the block nearest W'), the n-th ('the second from the left'), the middle
one ('the middle bowl'), the one closest to its own bowl, those on one half of the table ('the blocks on my left-hand
side') and the one just beside another ('the block just to the left of the white one'). Left is -y, as the user sees
the table from the front."""

from __future__ import annotations

from collections.abc import Callable

from agent.planners.offline.context import Ambiguous, Context
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.symbolic import SymState

Key = Callable[[tuple[float, float, float]], float]
_TIE = 0.01  # closer than this along the key: level, and the caller asks which
_LINE = 0.03  # closer than this to the table's centre line: on neither half


def extreme(cands: list[str], ctx: Context, key: Key, far: bool, plural: bool) -> list[str]:
    """The candidate with the smallest key (the largest with `far`); every one for a plural phrase, ordered."""
    return _ranked({c: key(ctx.scene.get(c).position) for c in cands}, far, plural)


def own_bowl(cands: list[str], ctx: Context, far: bool, plural: bool) -> list[str]:
    """'the block closest to the bowl of its own colour': each measured to its own bowl (of those not in it yet)."""
    bowls = {o.colour: o.position for o in ctx.scene.objects if o.kind == "bowl"}
    mine = [c for c in cands if ctx.scene.get(c).colour in bowls and ctx.state.colours.get(ctx.state.base(c)) != ctx.scene.get(c).colour]
    return _ranked({c: distance(ctx.scene.get(c).position, bowls[ctx.scene.get(c).colour]) for c in mine}, far, plural)


def distance(p: tuple[float, ...], q: tuple[float, ...]) -> float:
    """Distance on the table top (x, y)."""
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5


def _ranked(key: dict[str, float], far: bool, plural: bool) -> list[str]:
    ranked = sorted(key, key=key.__getitem__, reverse=far)
    if plural or len(ranked) < 2:
        return ranked
    if abs(key[ranked[0]] - key[ranked[1]]) < _TIE:  # a tie: let the user choose
        return ranked[:2]
    return ranked[:1]


def nth(cands: list[str], ctx: Context, key: Key, n: int) -> list[str]:
    """The n-th candidate by `key` ('the second leftmost'), with any level with it (a tower's blocks share a place:
    then the caller asks which); none past the end."""
    ranked = sorted(cands, key=lambda c: key(ctx.scene.get(c).position))
    if n > len(ranked):
        return []
    at = key(ctx.scene.get(ranked[n - 1]).position)
    return [c for c in ranked if abs(key(ctx.scene.get(c).position) - at) < _TIE]


def middle(cands: list[str], ctx: Context, kind: str) -> list[str]:
    """'the middle bowl': of an odd number, the one with as many on its left as on its right (a near tie: both, and
    the caller asks which); an even number has no middle one."""
    ranked = sorted(cands, key=lambda c: ctx.scene.get(c).position[1])
    if len(ranked) < 3 or len(ranked) % 2 == 0:
        raise PlanningError(f"there is no middle {kind} among {len(ranked)} {kind}s ({', '.join(ranked) or 'none'}); "
                            f"say which, e.g. 'the leftmost {kind}'")
    at = ctx.scene.get(ranked[len(ranked) // 2]).position[1]
    return [c for c in ranked if abs(ctx.scene.get(c).position[1] - at) < _TIE]


def half(cands: list[str], ctx: Context, side: str) -> list[str]:
    """'the blocks on the left' ('on the far side'): those on that half of the table; a question when one lies on the centre
    line. The near half is the robot's side (-x)."""
    axis = 1 if side in ("left", "right") else 0
    centre = sum(layout.WORKSPACE_Y if axis else layout.WORKSPACE_X) / 2
    on_line = [c for c in cands if abs(ctx.scene.get(c).position[axis] - centre) < _LINE]
    if on_line:
        lie = "lies" if len(on_line) == 1 else "lie"
        halves = "the left and the right" if axis else "the near and the far"
        raise Ambiguous(f"The {', '.join(on_line)} {lie} on the line between {halves} half of the table: which blocks do you mean?")
    sign = -1.0 if side in ("left", "near") else 1.0
    return [c for c in cands if sign * (ctx.scene.get(c).position[axis] - centre) > 0]


def beside(cands: list[str], ctx: Context, anchor: tuple[float, float], side: str, plural: bool) -> list[str]:
    """'the block (just) to the left of X': of those on that side of X, the nearest to it (every one for a plural)."""
    sign = -1.0 if side == "left" else 1.0
    there = [c for c in cands if sign * (ctx.scene.get(c).position[1] - anchor[1]) > _LINE]
    found = extreme(there, ctx, lambda p: distance(p, anchor), False, plural)
    gap = {c: abs(ctx.scene.get(c).position[1] - anchor[1]) for c in there}
    beside_it = min(there, key=gap.__getitem__, default=None)
    if not plural and found and gap[found[0]] - gap[beside_it] > 0.03:  # the nearest, or one clearly next along? Asked, never guessed
        raise Ambiguous(f"Which block do you mean: the {found[0]} (the nearest) or the {beside_it} (the next one along)?")
    return found


def corner(anchor: tuple[float, float], far: bool) -> str:
    """'the corner nearest the purple bowl': the named corner nearest (or furthest from) a point; a near tie is asked."""
    ranked = _ranked({c: distance(p, anchor) for c, p in layout.PLACES.items() if c.endswith("corner")}, far, False)
    if len(ranked) > 1:
        raise Ambiguous(f"Which corner do you mean: the {ranked[0]} or the {ranked[1]}?")
    return ranked[0]


def by_contents(cands: list[str], state: SymState, most: bool) -> list[str]:
    """'the bowl with the most (fewest) blocks': the candidates holding the most (fewest) blocks, every one tied."""
    count = {c: len(state.in_bowl(c)) for c in cands}
    best = (max if most else min)(count.values(), default=0)
    return [c for c in cands if count[c] == best]
