"""`FRESH139`, the hundred-and-fortieth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: "same" and "different", "together" and "apart". People who state goals by sameness or difference of
places rather than naming every place: a block goes in the same bowl as another, two blocks end up in different
bowls or corners, blocks are kept together or split up, one block follows another wherever it is, blocks share
a stack, or a block gets a bowl all to itself. The checks accept every end state the words allow: "in different
bowls" is met by any two distinct bowls, "together in a bowl" by any one bowl holding both, "the same stack" by
any tower holding both, in either order.

- same: "Put the red block in the same bowl as the blue block."
- apart: "Split the red block and the blue block up so they are in separate bowls."
- together: "Put the green block and the yellow block together in one bowl."
- follow: "Put the orange block wherever the cyan block is."
- stack: "The green block goes on the same stack as the yellow one."
- alone: "Give the pink block a bowl all to itself."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 60fea87, the code of ce15473, after every fix before it and before anything
it could prompt): 0.48 goal-correct (144 of 300), 114 refused, 13 asked, 29 wrong, fifteen of them actions: 'put X in a
different bowl from the green block' chose the green bowl; 'the block furthest to the left and the white block in
different bowls' moved the white block only (twice); 'get the block in W and Y into the same bowl' ended holding a
block; 'put X in the bowl the same colour as it, together with Y' left Y out (twice); 'separate X and Y: each one in a
different bowl', 'X goes in a bowl on its own', 'X by itself' and 'without moving Y, get X into one stack with it' did
nothing or left others in; 'all three of X, Y and Z in the same stack' put X in a bowl; fourteen wrong replies. Most
refusals were 'wherever Y is', 'sharing a bowl', 'the same stack as', 'alone'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    both,
    kept,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.symbolic import SymState

CAP = layout.BOWL_CAPACITY
CORNERS = [p for p in PLACES if "corner" in p]


# ----- reading the state ------------------------------------------------------------------------------
def _bowl(s: SymState, b: str) -> str | None:
    """The bowl the block's tower stands in, if any."""
    base = s.base(b)
    return base if base in s.bowls else None


def _root(s: SymState, b: str) -> str:
    """The bottom block of the tower holding `b`."""
    cur, seen = b, {b}
    while s.support.get(cur) in s.support and s.support[cur] not in seen:
        cur = s.support[cur]
        seen.add(cur)
    return cur


def _tower(s: SymState, b: str) -> list[str]:
    """The tower holding `b`, bottom up."""
    r = _root(s, b)
    return [r, *reversed(s.above(r))]


def _room(s: SymState, bowl: str, leaving: tuple[str, ...] = ()) -> int:
    """Free places in a bowl (every block whose tower stands in it counts), not counting `leaving`."""
    return CAP - sum(1 for x in s.in_bowl(bowl) if x not in leaving)


def _where(place: str) -> str:
    return f"in the {place}"


# ----- checks -------------------------------------------------------------------------------------------
def same_bowl(*blocks: str) -> Check:
    def check(_i: SymState, f: SymState) -> bool:
        bowls = {_bowl(f, b) for b in blocks}
        return f.held is None and len(bowls) == 1 and None not in bowls

    return check


def apart(*blocks: str) -> Check:
    """Every block in a bowl, no two in the same one."""

    def check(_i: SymState, f: SymState) -> bool:
        bowls = [_bowl(f, b) for b in blocks]
        return f.held is None and None not in bowls and len(set(bowls)) == len(bowls)

    return check


def at_places(*blocks: str, distinct: bool, among: tuple[str, ...]) -> Check:
    def check(_i: SymState, f: SymState) -> bool:
        bases = [f.base(b) for b in blocks]
        if f.held is not None or any(p not in among for p in bases):
            return False
        return len(set(bases)) == (len(bases) if distinct else 1)

    return check


def same_stack(*blocks: str) -> Check:
    """One tower holds them all, in any order, wherever it stands."""

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and len({_root(f, b) for b in blocks}) == 1

    return check


def not_stacked(a: str, b: str) -> Check:
    return lambda _i, f: f.held is None and _root(f, a) != _root(f, b)


def alone(*blocks: str) -> Check:
    """Each block in a bowl with no other block in it."""

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and all(
            _bowl(f, b) is not None and f.in_bowl(_bowl(f, b)) == [b] for b in blocks
        )

    return check


def inside(target: str, *blocks: str) -> Check:
    """Every block's tower stands in `target` (a bowl, the bin or a place)."""
    return lambda _i, f: (
        f.held is None
        and all(f.support[b] != "gripper" and f.base(b) == target for b in blocks)
    )


def together(a: str, b: str) -> Check:
    """In one tower or in one bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        if f.held is not None:
            return False
        return _root(f, a) == _root(f, b) or (
            _bowl(f, a) is not None and _bowl(f, a) == _bowl(f, b)
        )

    return check


def on_table(*blocks: str) -> Check:
    return lambda _i, f: (
        f.held is None and all(f.base(b) in (TABLE, *PLACES) for b in blocks)
    )


# ----- choosing objects ---------------------------------------------------------------------------------
def _bowled(w: World) -> list[str]:
    return [b for b in w.blocks if _bowl(w.state, b) is not None]


def _follow_pair(w: World, k: int = 1) -> tuple[str, list[str]] | None:
    """A reference block in a bowl with room for `k` more, and `k` blocks not in that bowl."""
    s = w.state
    refs = [b for b in _bowled(w) if _room(s, _bowl(s, b)) >= k]
    if not refs:
        return None
    b = w.rng.choice(refs)
    movers = [a for a in w.blocks if _bowl(s, a) != _bowl(s, b)]
    if len(movers) < k:
        return None
    return b, w.pick(movers, k)


def _split_pair(w: World) -> tuple[str, str] | None:
    """Two blocks not yet in different bowls, with two bowls that can take one each."""
    s = w.state
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None or apart(a, b)(s, s):
        return None
    if sum(1 for p in w.bowls if _room(s, p, (a, b)) >= 1) < 2:
        return None
    return a, b


def _gather(w: World, k: int) -> list[str] | None:
    """`k` blocks not yet sharing a bowl, and a bowl that can take them all."""
    s = w.state
    chosen = w.pick(w.blocks, k)
    if not chosen or same_bowl(*chosen)(s, s):
        return None
    if not any(_room(s, p, tuple(chosen)) >= k for p in w.bowls):
        return None
    return chosen


def _stack_pair(w: World, tall: bool) -> tuple[str, str] | None:
    """(mover, reference): the reference's tower (of two or more when `tall`) can take the mover."""
    s = w.state
    refs = [
        b
        for b in w.blocks
        if (len(_tower(s, b)) >= 2 or not tall) and len(_tower(s, b)) < layout.MAX_TOWER
    ]
    if not refs:
        return None
    b = w.rng.choice(refs)
    movers = [a for a in w.blocks if _root(s, a) != _root(s, b)]
    if not movers:
        return None
    return w.rng.choice(movers), b


def _lonely(w: World) -> str | None:
    """A block not yet alone in a bowl (any bowl can be emptied for it)."""
    if not w.bowls:
        return None
    s = w.state
    cands = [b for b in w.blocks if not alone(b)(s, s)]
    return w.rng.choice(cands) if cands else None


def _described(w: World) -> list[tuple[str, str]]:
    """(relative description, block) for blocks that a relative clause picks out uniquely."""
    s = w.state
    out: list[tuple[str, str]] = []
    for top, below in w.pairs():
        out.append(
            (
                w.rng.choice(
                    [
                        f"the block that's sitting on the {below}",
                        f"the block that's on the {below}",
                    ]
                ),
                top,
            )
        )
        out.append(
            (
                w.rng.choice(
                    [
                        f"the block that the {top} is sitting on",
                        f"the block that's under the {top}",
                    ]
                ),
                below,
            )
        )
    for p in w.bowls:
        held = s.in_bowl(p)
        if len(held) == 1:
            out.append(
                (
                    w.rng.choice(
                        [
                            f"the block that's in the {p}",
                            f"the block which is sitting in the {p}",
                        ]
                    ),
                    held[0],
                )
            )
    ys = sorted((w.y(b), b) for b in w.blocks)
    if (
        len(ys) >= 2 and ys[1][0] - ys[0][0] > 0.03
    ):  # "left" is smaller y; a tower shares one y, so never unique
        out.append(("the block that's furthest to the left", ys[0][1]))
    if len(ys) >= 2 and ys[-1][0] - ys[-2][0] > 0.03:
        out.append(("the block that's furthest to the right", ys[-1][1]))
    return out


def _by_colour(w: World) -> dict[str, str]:
    return {w.colour(p): p for p in w.bowls}


# ===== imperative =======================================================================================
def t139_imp_same(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    text = w.rng.choice(
        [
            f"Put the {a} in the same bowl as the {b}.",
            f"Drop the {a} into the same bowl the {b} is in.",
            f"Move the {a} so it's in the same bowl as the {b}.",
        ]
    )
    return text, same_bowl(a, b)


def t139_imp_apart(w: World) -> Made:
    got = _split_pair(w)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"Split the {a} and the {b} up so they're in separate bowls.",
            f"Put the {a} and the {b} in two different bowls.",
            f"Separate the {a} and the {b}: each one in a different bowl.",
        ]
    )
    return text, apart(a, b)


def t139_imp_together(w: World) -> Made:
    got = _gather(w, 2)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"Put the {a} and the {b} together in one bowl.",
            f"Get the {a} and the {b} into a bowl together.",
            f"Put the {a} and the {b} in a bowl, both in the same one.",
        ]
    )
    return text, same_bowl(a, b)


def t139_imp_follow(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    text = w.rng.choice(
        [
            f"Put the {a} wherever the {b} is.",
            f"Take the {a} and put it where the {b} is.",
            f"Move the {a} to wherever the {b} is sitting.",
        ]
    )
    return text, same_bowl(a, b)


def t139_imp_stack(w: World) -> Made:
    got = _stack_pair(w, tall=False)
    if got is None:
        return None
    a, b = got
    if len(_tower(w.state, b)) >= 2:
        text = w.rng.choice(
            [
                f"Put the {a} on the same stack as the {b}.",
                f"Add the {a} to the stack the {b} is in.",
                f"Stack the {a} onto the pile with the {b} in it.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Stack the {a} and the {b} together, either one on top.",
                f"Make one stack out of the {a} and the {b}.",
            ]
        )
    return text, same_stack(a, b)


def t139_imp_alone(w: World) -> Made:
    a = _lonely(w)
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"Put the {a} in a bowl by itself.",
            f"Give the {a} a bowl all to itself.",
            f"Put the {a} in a bowl on its own, with no other blocks in it.",
        ]
    )
    return text, alone(a)


# ===== declarative ======================================================================================
def t139_dec_same(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    text = w.rng.choice(
        [
            f"The {a} belongs in the same bowl as the {b}.",
            f"The {a} goes in the same bowl as the {b}.",
            f"The {a} should be sharing a bowl with the {b}.",
        ]
    )
    return text, same_bowl(a, b)


def t139_dec_apart(w: World) -> Made:
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"The {a} and the {b} go in different corners.",
            f"The {a} and the {b} belong in two separate corners of the table.",
            f"The {a} goes in one corner and the {b} in a different one.",
        ]
    )
    return text, at_places(a, b, distinct=True, among=tuple(CORNERS))


def t139_dec_together(w: World) -> Made:
    got = _gather(w, 2)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"The {a} and the {b} belong together in one bowl.",
            f"The {a} and the {b} go together, in the same bowl.",
            f"The {a} and the {b} should be sitting together in a bowl.",
        ]
    )
    return text, same_bowl(a, b)


def t139_dec_follow(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    text = w.rng.choice(
        [
            f"The {a} goes wherever the {b} is.",
            f"Wherever the {b} is, that's where the {a} belongs.",
            f"The {a} goes with the {b}, in whatever bowl the {b} is in.",
        ]
    )
    return text, same_bowl(a, b)


def t139_dec_stack(w: World) -> Made:
    got = _stack_pair(w, tall=False)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"The {a} and the {b} go in one stack.",
            f"The {a} goes on the same stack as the {b}.",
            f"The {a} and the {b} belong in the same tower, either one on top.",
        ]
    )
    return text, same_stack(a, b)


def t139_dec_alone(w: World) -> Made:
    a = _lonely(w)
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"The {a} gets a bowl all to itself.",
            f"The {a} goes in a bowl on its own.",
            f"The {a} should be the only block in its bowl.",
        ]
    )
    return text, alone(a)


# ===== desiderative =====================================================================================
def t139_des_same(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    text = w.rng.choice(
        [
            f"I'd like the {a} in the same bowl as the {b}.",
            f"I want the {a} to end up in the same bowl as the {b}.",
            f"Could I have the {a} in the same bowl as the {b}, please?",
        ]
    )
    return text, same_bowl(a, b)


def t139_des_apart(w: World) -> Made:
    got = _split_pair(w)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"I want the {a} and the {b} in separate bowls.",
            f"I'd like the {a} and the {b} to be in different bowls.",
            f"I need the {a} and the {b} split up into two different bowls.",
        ]
    )
    return text, apart(a, b)


def t139_des_together(w: World) -> Made:
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None:
        return None
    place = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"I'd like the {a} and the {b} together {_where(place)}.",
            f"I want both the {a} and the {b} {_where(place)}.",
            f"I'd love to see the {a} and the {b} together {_where(place)}.",
        ]
    )
    return text, at_places(a, b, distinct=False, among=(place,))


def t139_des_follow(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    text = w.rng.choice(
        [
            f"I want the {a} to go wherever the {b} is.",
            f"I'd like the {a} to be wherever the {b} is.",
            f"I want the {a} to join the {b}, in whatever bowl the {b} is in.",
        ]
    )
    return text, same_bowl(a, b)


def t139_des_stack(w: World) -> Made:
    got = _stack_pair(w, tall=False)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"I'd like the {a} and the {b} in one stack; I don't mind which is on top.",
            f"I want the {a} and the {b} stacked together.",
            f"I'd like the {a} on the same stack as the {b}.",
        ]
    )
    return text, same_stack(a, b)


def t139_des_alone(w: World) -> Made:
    a = _lonely(w)
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"I'd like the {a} to have a bowl to itself.",
            f"I want the {a} alone in a bowl.",
            f"I'd like the {a} in a bowl with nothing else in it.",
        ]
    )
    return text, alone(a)


# ===== quantified =======================================================================================
def t139_qua_same(w: World) -> Made:
    got = _follow_pair(w, 2)
    if got is None:
        return None
    b, (a, c) = got
    text = w.rng.choice(
        [
            f"Put both the {a} and the {c} in the same bowl as the {b}.",
            f"The {a} and the {c} both go in the same bowl as the {b}.",
            f"Put the {a} and the {c}, both of them, in the bowl with the {b}.",
        ]
    )
    return text, same_bowl(a, b, c)


def t139_qua_apart(w: World) -> Made:
    got = _split_pair(w)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"Put the {a} and the {b} in bowls, each one in a different bowl.",
            f"Both the {a} and the {b} go in bowls, but not both in the same one.",
            f"Give each of the {a} and the {b} its own separate bowl, one each.",
        ]
    )
    return text, apart(a, b)


def t139_qua_together(w: World) -> Made:
    got = _gather(w, 3)
    if got is None:
        return None
    a, b, c = got
    text = w.rng.choice(
        [
            f"Gather the {a}, the {b} and the {c} all in one bowl.",
            f"Put all three of them, the {a}, the {b} and the {c}, together in a single bowl.",
            f"Every one of the {a}, the {b} and the {c} goes in the same bowl.",
        ]
    )
    return text, same_bowl(a, b, c)


def t139_qua_follow(w: World) -> Made:
    got = _follow_pair(w, 2)
    if got is None:
        return None
    b, (a, c) = got
    text = w.rng.choice(
        [
            f"Put both the {a} and the {c} wherever the {b} is.",
            f"Wherever the {b} is, both the {a} and the {c} should go there too.",
            f"The {a} and the {c} should both follow the {b}: put each of them wherever it is.",
        ]
    )
    return text, same_bowl(a, b, c)


def t139_qua_stack(w: World) -> Made:
    got = w.pick(w.blocks, 3)
    if not got or same_stack(*got)(w.state, w.state):
        return None
    a, b, c = got
    text = w.rng.choice(
        [
            f"Put the {a}, the {b} and the {c} all in one stack, in any order.",
            f"All three of the {a}, the {b} and the {c} should end up in the same stack.",
            f"Stack the {a}, the {b} and the {c} together, every one of them in a single tower.",
        ]
    )
    return text, same_stack(a, b, c)


def t139_qua_alone(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None or alone(a, b)(w.state, w.state):
        return None
    text = w.rng.choice(
        [
            f"Give each of the {a} and the {b} a bowl to itself.",
            f"Both the {a} and the {b} need a bowl each, with nothing else in either bowl.",
            f"Put the {a} and the {b} each alone in its own bowl.",
        ]
    )
    return text, alone(a, b)


# ===== negated ==========================================================================================
def t139_neg_same(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    refs = _bowled(w)
    if not refs:
        return None
    b = w.rng.choice(refs)
    others = [p for p in w.bowls if p != _bowl(s, b) and _room(s, p) >= 1]
    movers = [
        a
        for a in w.blocks
        if a != b and _bowl(s, a) in (None, _bowl(s, b)) and b not in s.above(a)
    ]
    if not others or not movers:
        return None
    a = w.rng.choice(movers)
    text = w.rng.choice(
        [
            f"Put the {a} in a bowl, but not the same one as the {b}.",
            f"Put the {a} in a bowl that the {b} isn't in.",
            f"Put the {a} into a bowl, just not the one with the {b}.",
        ]
    )

    def check(i: SymState, f: SymState) -> bool:
        return (
            _bowl(f, a) is not None
            and _bowl(f, a) != _bowl(f, b)
            and _bowl(f, a) != _bowl(i, b)
        )

    return text, both(check, lambda _i, f: f.held is None)


def t139_neg_apart(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Take the {top} off the {below}; they shouldn't be in the same stack.",
            f"Don't leave the {top} and the {below} stacked together.",
            f"The {top} and the {below} must not be in one stack any more; separate them.",
        ]
    )
    return text, not_stacked(top, below)


def t139_neg_together(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    text = w.rng.choice(
        [
            f"Put the {a} in with the {b}, but don't stack it on the {b}.",
            f"Put the {a} in the same bowl as the {b}, not on top of it.",
            f"The {a} goes in the {b}'s bowl, but don't pile it on the {b}.",
        ]
    )
    return text, both(same_bowl(a, b), not_stacked(a, b))


def t139_neg_follow(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    text = w.rng.choice(
        [
            f"Don't leave the {a} behind; it goes wherever the {b} is.",
            f"The {a} shouldn't be anywhere except where the {b} is, so move it there.",
            f"Don't keep the {a} away from the {b}: put it wherever the {b} is.",
        ]
    )
    return text, same_bowl(a, b)


def t139_neg_stack(w: World) -> Made:
    got = _stack_pair(w, tall=False)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"Stack the {a} and the {b} together, but not in a bowl.",
            f"Put the {a} and the {b} in one stack, and don't build it inside any bowl.",
            f"Make one stack of the {a} and the {b}, not in a bowl.",
        ]
    )

    def outside(_i: SymState, f: SymState) -> bool:
        return f.base(a) in (TABLE, *PLACES)

    return text, both(same_stack(a, b), outside)


def t139_neg_alone(w: World) -> Made:
    a = _lonely(w)
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"Don't let the {a} share a bowl with any other block; put it in one by itself.",
            f"Put the {a} in a bowl where it won't share with anything.",
            f"Put the {a} in a bowl, and don't leave any other block in that bowl with it.",
        ]
    )
    return text, alone(a)


# ===== relative =========================================================================================
def t139_rel_same(w: World) -> Made:
    s = w.state
    refs = [b for b in _bowled(w) if _room(s, _bowl(s, b)) >= 1]
    if not refs:
        return None
    b = w.rng.choice(refs)
    descs = [
        (d, t)
        for d, t in _described(w)
        if _bowl(s, t) != _bowl(s, b) and f"the {b}" not in d
    ]
    if not descs:
        return None
    d, t = w.rng.choice(descs)
    text = w.rng.choice(
        [
            f"Put {d} in the same bowl as the {b}.",
            f"Move {d} into the bowl where the {b} is.",
            f"Take {d} and put it in the same bowl as the {b}.",
        ]
    )
    return text, same_bowl(t, b)


def t139_rel_apart(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    descs = _described(w)
    if not descs:
        return None
    d, t = w.rng.choice(descs)
    others = [
        a for a in w.blocks if a != t and f"the {a}" not in d and not apart(a, t)(s, s)
    ]
    others = [
        a for a in others if sum(1 for p in w.bowls if _room(s, p, (a, t)) >= 1) >= 2
    ]
    if not others:
        return None
    a = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Put {d} and the {a} in different bowls.",
            f"Make sure {d} ends up in one bowl and the {a} in another.",
            f"Put the {a} in a bowl and {d} in a different bowl.",
        ]
    )
    return text, apart(t, a)


def t139_rel_together(w: World) -> Made:
    s = w.state
    descs = _described(w)
    if not descs:
        return None
    d, t = w.rng.choice(descs)
    others = [
        a
        for a in w.blocks
        if a != t and f"the {a}" not in d and not same_bowl(a, t)(s, s)
    ]
    others = [a for a in others if any(_room(s, p, (a, t)) >= 2 for p in w.bowls)]
    if not others:
        return None
    a = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Put {d} together with the {a} in one bowl.",
            f"Put the {a} and {d} into a bowl together.",
            f"Get {d} and the {a} into the same bowl.",
        ]
    )
    return text, same_bowl(t, a)


def t139_rel_follow(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    bowl = _bowl(w.state, b)
    text = w.rng.choice(
        [
            f"Put the {a} in the bowl that the {b} is sitting in.",
            f"Move the {a} into the bowl which has the {b} in it.",
            f"Put the {a} in whichever bowl it is that holds the {b}.",
        ]
    )
    return text, inside(bowl, a)


def t139_rel_stack(w: World) -> Made:
    got = _stack_pair(w, tall=True)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"Put the {a} on top of the stack that the {b} is part of.",
            f"Put the {a} on the stack which the {b} is in, right at the top.",
            f"Add the {a} to the top of the pile that has the {b} in it.",
        ]
    )
    return text, both(same_stack(a, b), lambda _i, f: f.is_clear(a))


def t139_rel_alone(w: World) -> Made:
    if not w.bowls:
        return None
    s = w.state
    descs = [(d, t) for d, t in _described(w) if not alone(t)(s, s)]
    if not descs:
        return None
    d, t = w.rng.choice(descs)
    text = w.rng.choice(
        [
            f"Give {d} a bowl all to itself.",
            f"Put {d} in a bowl on its own.",
            f"Move {d} into a bowl where no other block is.",
        ]
    )
    return text, alone(t)


# ===== keep =============================================================================================
def t139_keep_same(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    if b in w.state.above(a) or a in w.state.above(b):
        return None
    text = w.rng.choice(
        [
            f"Put the {a} in the same bowl as the {b}, but leave the {b} where it is.",
            f"Keep the {b} where it is and bring the {a} into its bowl.",
            f"Without moving the {b}, put the {a} in the same bowl as it.",
        ]
    )
    return text, both(same_bowl(a, b), kept(b))


def t139_keep_apart(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    refs = _bowled(w)
    if not refs:
        return None
    a = w.rng.choice(refs)
    bowl = _bowl(s, a)
    movers = [
        b
        for b in w.blocks
        if b != a and _bowl(s, b) in (None, bowl) and b not in _tower(s, a)
    ]
    if not movers or not any(_room(s, p) >= 1 for p in w.bowls if p != bowl):
        return None
    b = w.rng.choice(movers)
    text = w.rng.choice(
        [
            f"Keep the {a} where it is and put the {b} in a different bowl from it.",
            f"Leave the {a} alone, and put the {b} in some other bowl than the {a}'s.",
            f"Don't move the {a}; the {b} goes in a bowl that the {a} isn't in.",
        ]
    )
    return text, both(apart(a, b), kept(a))


def t139_keep_together(w: World) -> Made:
    s = w.state
    if not w.bowls:
        return None
    duos = [(t, x) for t, x in w.pairs()]
    for p in w.bowls:
        inside_p = s.in_bowl(p)
        duos += [(x, y) for x in inside_p for y in inside_p if x < y]
    if not duos:
        return None
    a, b = w.rng.choice(duos)
    movers = [c for c in w.blocks if _root(s, c) not in (_root(s, a), _root(s, b))]
    if not movers:
        return None
    c = w.rng.choice(movers)
    bowls = [p for p in w.bowls if _bowl(s, c) != p and _room(s, p) >= 1]
    if not bowls:
        return None
    p = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the {c} in the {p}, but keep the {a} and the {b} together.",
            f"Keep the {a} and the {b} together while you put the {c} in the {p}.",
            f"Move the {c} into the {p}; the {a} and the {b} stay together.",
        ]
    )
    return text, both(inside(p, c), together(a, b))


def t139_keep_follow(w: World) -> Made:
    got = _follow_pair(w)
    if got is None:
        return None
    b, (a,) = got
    s = w.state
    keep = [c for c in w.blocks if c not in (a, b) and c not in s.above(a)]
    if not keep:
        return None
    c = w.rng.choice(keep)
    text = w.rng.choice(
        [
            f"Put the {a} wherever the {b} is, without moving the {c}.",
            f"Keep the {c} where it is, and move the {a} to wherever the {b} is.",
            f"The {a} goes wherever the {b} is; leave the {c} untouched.",
        ]
    )
    return text, both(same_bowl(a, b), kept(c))


def t139_keep_stack(w: World) -> Made:
    got = _stack_pair(w, tall=False)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"Put the {a} on the same stack as the {b}, but don't move the {b}.",
            f"Keep the {b} where it is and add the {a} to its stack.",
            f"Without moving the {b}, get the {a} into one stack with it.",
        ]
    )
    return text, both(same_stack(a, b), kept(b))


def t139_keep_alone(w: World) -> Made:
    a = _lonely(w)
    if a is None:
        return None
    s = w.state
    keep = [b for b in w.blocks if b != a and b not in s.above(a)]
    keep = [b for b in keep if any(b not in s.in_bowl(p) for p in w.bowls)]
    if not keep:
        return None
    b = w.rng.choice(keep)
    text = w.rng.choice(
        [
            f"Give the {a} a bowl to itself, but don't touch the {b}.",
            f"Leave the {b} where it is, and put the {a} alone in a bowl.",
            f"Put the {a} in a bowl on its own without moving the {b}.",
        ]
    )
    return text, both(alone(a), kept(b))


# ===== multi_step =======================================================================================
def t139_multi_same(w: World) -> Made:
    s = w.state
    bowls = [p for p in w.bowls if _room(s, p) >= 2]
    if not bowls:
        return None
    p = w.rng.choice(bowls)
    got = w.pick([b for b in w.blocks if _bowl(s, b) != p], 2)
    if not got:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"Put the {a} in the {p}, then put the {b} in the same bowl.",
            f"First move the {a} into the {p}, and after that put the {b} in the same one.",
            f"Drop the {a} in the {p}, then the {b} goes in that same bowl too.",
        ]
    )
    return text, inside(p, a, b)


def t139_multi_apart(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    bowls = [p for p in w.bowls if _room(s, p) >= 1]
    if not bowls:
        return None
    p = w.rng.choice(bowls)
    a, b = w.pick([x for x in w.blocks if _bowl(s, x) != p], 2) or (None, None)
    if a is None or not any(_room(s, q, (a, b)) >= 1 for q in w.bowls if q != p):
        return None
    text = w.rng.choice(
        [
            f"First put the {a} in the {p}, then put the {b} in a different bowl.",
            f"Put the {a} into the {p}, and then put the {b} in some other bowl.",
            f"Move the {a} to the {p} first; after that, the {b} goes in another bowl.",
        ]
    )
    return text, both(inside(p, a), apart(a, b))


def t139_multi_together(w: World) -> Made:
    got = _gather(w, 2)
    if got is None:
        return None
    a, b = got
    cs = [c for c in w.blocks if c not in (a, b)]
    if not cs:
        return None
    c = w.rng.choice(cs)
    text = w.rng.choice(
        [
            f"Put the {a} and the {b} together in one bowl, and then put the {c} in the bin.",
            f"First get the {a} and the {b} into the same bowl, then throw the {c} in the bin.",
            f"Move the {a} and the {b} into a bowl together, then put the {c} in the bin.",
        ]
    )
    return text, both(same_bowl(a, b), inside(BIN, c))


def t139_multi_follow(w: World) -> Made:
    s = w.state
    bowls = [p for p in w.bowls if _room(s, p) >= 2]
    if not bowls:
        return None
    p = w.rng.choice(bowls)
    got = w.pick([b for b in w.blocks if _bowl(s, b) != p], 2)
    if not got:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"Put the {b} in the {p}, and then put the {a} wherever the {b} ended up.",
            f"First move the {b} to the {p}, then put the {a} where the {b} is.",
            f"Put the {b} into the {p}; after that, the {a} goes wherever the {b} is.",
        ]
    )
    return text, inside(p, a, b)


def t139_multi_stack(w: World) -> Made:
    s = w.state
    cands = []
    for b in w.blocks:
        depth = _tower(s, b).index(b) + 1
        if depth + 2 > layout.MAX_TOWER:
            continue
        below = _tower(s, b)[: depth - 1]
        movers = [x for x in w.blocks if x != b and x not in below]
        if len(movers) >= 2:
            cands.append((b, movers))
    if not cands:
        return None
    b, movers = w.rng.choice(cands)
    a, c = w.pick(movers, 2)
    if s.support[a] == b:
        a, c = c, a
    if s.support[a] == b:
        return None
    text = w.rng.choice(
        [
            f"Put the {a} on the {b}, then add the {c} to the same stack.",
            f"First stack the {a} on the {b}, and then put the {c} on that same stack.",
            f"Set the {a} on top of the {b}; after that the {c} goes on the same stack.",
        ]
    )
    return text, both(lambda _i, f: f.support[a] == b, same_stack(a, b, c))


def t139_multi_alone(w: World) -> Made:
    s = w.state
    full = [p for p in w.bowls if s.in_bowl(p)]
    if not full:
        return None
    p = w.rng.choice(full)
    movers = [a for a in w.blocks if _bowl(s, a) != p]
    if not movers:
        return None
    a = w.rng.choice(movers)
    out = [x for x in s.in_bowl(p)]
    text = w.rng.choice(
        [
            f"Empty the {p} onto the table, then put the {a} in it on its own.",
            f"First take everything out of the {p} and put it on the table, then put the {a} in there by itself.",
            f"Clear the {p} out onto the table, and after that put the {a} alone in it.",
        ]
    )
    return text, both(inside(p, a), alone(a), on_table(*out))


# ===== question =========================================================================================
def t139_q_same(w: World) -> Made:
    s = w.state
    refs = _bowled(w)
    if not refs:
        return None
    a = w.rng.choice(refs)
    mates = [b for b in w.blocks if b != a and _bowl(s, b) == _bowl(s, a)]
    others = [b for b in w.blocks if b != a and _bowl(s, b) != _bowl(s, a)]
    pool = mates if mates and (w.rng.random() < 0.5 or not others) else others
    if not pool:
        return None
    b = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Is the {a} in the same bowl as the {b}?",
            f"Are the {a} and the {b} in the same bowl?",
            f"Do the {a} and the {b} share a bowl?",
        ]
    )
    return text, answered(yes(_bowl(s, a) == _bowl(s, b)))


def t139_q_apart(w: World) -> Made:
    s = w.state
    refs = _bowled(w)
    if not refs:
        return None
    a = w.rng.choice(refs)
    n = sum(1 for b in w.blocks if b != a and _bowl(s, b) != _bowl(s, a))
    if n == 0:
        return None
    text = w.rng.choice(
        [
            f"How many blocks are not in the same bowl as the {a}?",
            f"How many of the blocks aren't sharing a bowl with the {a}?",
            f"How many blocks are somewhere other than the {a}'s bowl?",
        ]
    )
    return text, answered(str(n))


def t139_q_together(w: World) -> Made:
    s = w.state
    cands = []
    for a in _bowled(w):
        mates = [b for b in s.in_bowl(_bowl(s, a)) if b != a]
        if len(mates) == 1:
            cands.append((a, mates[0], "bowl"))
    for a in w.blocks:
        t = _tower(s, a)
        if len(t) == 2 and _bowl(s, a) is None:
            cands.append((a, next(x for x in t if x != a), "stack"))
    if not cands:
        return None
    a, b, kind = w.rng.choice(cands)
    if kind == "bowl":
        text = w.rng.choice(
            [
                f"Which block shares a bowl with the {a}?",
                f"Which block is in the same bowl as the {a}?",
                f"What block is sitting together with the {a} in its bowl?",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Which block is in the same stack as the {a}?",
                f"Which block is stacked together with the {a}?",
                f"What block shares a stack with the {a}?",
            ]
        )
    return text, answered(b)


def t139_q_follow(w: World) -> Made:
    s = w.state
    refs = [b for b in w.blocks if s.support[b] in s.bowls]
    if not refs:
        return None
    b = w.rng.choice(refs)
    text = w.rng.choice(
        [
            f"Which bowl is the {b} in?",
            f"I want to put something with the {b}; which bowl is it in?",
            f"What bowl has the {b} in it?",
        ]
    )
    return text, answered(s.support[b])


def t139_q_stack(w: World) -> Made:
    s = w.state
    refs = [a for a in w.blocks if len(_tower(s, a)) >= 2]
    if not refs:
        return None
    a = w.rng.choice(refs)
    mates = [b for b in _tower(s, a) if b != a]
    others = [b for b in w.blocks if b not in _tower(s, a)]
    pool = mates if mates and (w.rng.random() < 0.5 or not others) else others
    b = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Are the {a} and the {b} in the same stack?",
            f"Is the {a} in the same tower as the {b}?",
            f"Are the {a} and the {b} stacked together?",
        ]
    )
    return text, answered(yes(_root(s, a) == _root(s, b)))


def t139_q_alone(w: World) -> Made:
    s = w.state
    refs = _bowled(w)
    if not refs:
        return None
    a = w.rng.choice(refs)
    text = w.rng.choice(
        [
            f"Is the {a} alone in its bowl?",
            f"Does the {a} have its bowl to itself?",
            f"Is the {a} the only block in its bowl?",
        ]
    )
    return text, answered(yes(s.in_bowl(_bowl(s, a)) == [a]))


# ===== matching =========================================================================================
def t139_match_same(w: World) -> Made:
    s = w.state
    cols = _by_colour(w)
    cands = [
        a for a in w.blocks if w.colour(a) in cols and _bowl(s, a) != cols[w.colour(a)]
    ]
    cands = [a for a in cands if _room(s, cols[w.colour(a)]) >= 1]
    if not cands:
        return None
    a = w.rng.choice(cands)
    p = cols[w.colour(a)]
    text = w.rng.choice(
        [
            f"Put the {a} in the bowl that's the same colour as it.",
            f"The {a} goes in the bowl of the same colour.",
            f"Put the {a} in the bowl that matches its colour.",
        ]
    )
    return text, inside(p, a)


def t139_match_apart(w: World) -> Made:
    s = w.state
    cands = []
    for a in w.blocks:
        ok = [
            p for p in w.bowls if w.colour(p) != w.colour(a) and _room(s, p, (a,)) >= 1
        ]
        if ok and (_bowl(s, a) is None or w.colour(_bowl(s, a)) == w.colour(a)):
            cands.append(a)
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {a} in a bowl that's a different colour from it.",
            f"Put the {a} in a bowl that doesn't match its colour.",
            f"The {a} should go in a bowl of some other colour than its own.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return (
            f.held is None
            and _bowl(f, a) is not None
            and w.colour(_bowl(f, a)) != w.colour(a)
        )

    return text, check


def t139_match_together(w: World) -> Made:
    s = w.state
    cols = _by_colour(w)
    cands = [a for a in w.blocks if w.colour(a) in cols]
    if not cands:
        return None
    a = w.rng.choice(cands)
    p = cols[w.colour(a)]
    mates = [
        b
        for b in w.blocks
        if b != a and not inside(p, a, b)(s, s) and _room(s, p, (a, b)) >= 2
    ]
    if not mates:
        return None
    b = w.rng.choice(mates)
    text = w.rng.choice(
        [
            f"Put the {a} and the {b} together in the bowl that matches the {a}.",
            f"The {a} goes in the bowl of its own colour, and put the {b} in there with it.",
            f"Put the {a} in the bowl the same colour as it, together with the {b}.",
        ]
    )
    return text, inside(p, a, b)


def t139_match_follow(w: World) -> Made:
    s = w.state
    cols = _by_colour(w)
    refs = [
        b for b in w.blocks if w.colour(b) in cols and _room(s, cols[w.colour(b)]) >= 1
    ]
    if not refs:
        return None
    b = w.rng.choice(refs)
    p = cols[w.colour(b)]
    movers = [a for a in w.blocks if a != b and _bowl(s, a) != p]
    if not movers:
        return None
    a = w.rng.choice(movers)
    text = w.rng.choice(
        [
            f"Put the {a} in the bowl that's the same colour as the {b}.",
            f"Put the {a} in the bowl that matches the {b}.",
            f"The {a} goes in whichever bowl is the same colour as the {b}.",
        ]
    )
    return text, inside(p, a)


def t139_match_stack(w: World) -> Made:
    s = w.state
    cols = {w.colour(b): b for b in w.blocks}
    cands = []
    for p in w.bowls:
        b = cols.get(w.colour(p))
        if b is None or len(_tower(s, b)) - len(s.above(b)) >= layout.MAX_TOWER:
            continue
        movers = [
            a
            for a in w.blocks
            if a != b and a not in _tower(s, b)[: _tower(s, b).index(b)]
        ]
        movers = [a for a in movers if s.support[a] != b]
        if movers:
            cands.append((p, b, movers))
    if not cands:
        return None
    p, b, movers = w.rng.choice(cands)
    a = w.rng.choice(movers)
    text = w.rng.choice(
        [
            f"Stack the {a} on top of the block that's the same colour as the {p}.",
            f"Put the {a} on the block that matches the {p}.",
            f"The {a} goes on top of whichever block is the same colour as the {p}.",
        ]
    )
    return text, both(lambda _i, f: f.support[a] == b, lambda _i, f: f.held is None)


def t139_match_alone(w: World) -> Made:
    s = w.state
    cols = _by_colour(w)
    cands = [a for a in w.blocks if w.colour(a) in cols and not alone(a)(s, s)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    p = cols[w.colour(a)]
    text = w.rng.choice(
        [
            f"Put the {a} alone in the bowl that matches its colour.",
            f"The {a} goes in the bowl of its own colour, with no other block in there.",
            f"Put the {a} in the same-coloured bowl, all by itself.",
        ]
    )
    return text, both(inside(p, a), alone(a))


_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("same", "apart", "together", "follow", "stack", "alone")
FRESH139: list[Template] = [
    (f"t139_{short}_{style}", category, globals()[f"t139_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
