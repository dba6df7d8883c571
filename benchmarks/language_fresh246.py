"""`FRESH246`, the two-hundred-and-forty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing into the chat window for the first time in their own plain
words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table, one or two in a message. Six kinds of first-time users:
- taxi: a chatty taxi driver with local phrases: "alright boss, grab the red block and drop it in the blue bowl for me"
- hindi: a Hindi speaker writing Indian English: "Kindly put the red block on top of the green block."
- scientist3: a methodical lab scientist: "Required final configuration: the red block sits at the middle of the table."
- kid7: an excited ten-year-old who loves games: "move the red block to the top left corner!!! go go go"
- worrier: a worrier: "Could you please take the red block out of the blue bowl? Just don't set it on another block."
- plain27: a plain, ordinary adult with no quirks: "Put any two blocks in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 9bb6bd6, the code of a06aa1a, before anything it could prompt): 0.8767
goal-correct (263 of 300), 36 refused, one question, no wrong action and no wrong reply. The question: the worrier's "I
think X is part of a stack. Could you move whichever block is at the very bottom of that stack into the bin? ..."
(once). The refusals: the scientist's "Transfer X to the bin. Expected end state: X in the bin, gripper empty." and
"Arrange things so that W contains exactly two blocks. The choice of blocks is up to you."; the worrier's "X needs to
end up in W. I think that's right... yes, in W, not anywhere else.", "I'd like the block that's the same colour as W to
go into it, please. Only that one, nothing else should go in W." and (three times) "... take every block that's sitting
on top of another block and put each one straight down on the table? And please don't throw any of them in the bin.";
the ten-year-old's "put X in the bin but my tower stays!!! dont touch my tower ok"; the plain adult's "Put the blocks
that don't match any of the bowls' colours in the bin."; the taxi driver's (three times) "bin X for me, but don't you go
touching W, leave it how it is".
"""

from __future__ import annotations

from typing import TypeVar

from benchmarks.planner_language import Check, Made, Template, World, answered, binned, kept, matching, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)
_CORNERS = tuple(PLACES[:4])
_MIDDLE = PLACES[4]
_T = TypeVar("_T")


# ----- helpers ----------------------------------------------------------------------------------------
def _all(*want: Rel) -> Check:
    return lambda _i, f: all(holds(r, f) for r in want)


def _and(*checks: Check) -> Check:
    return lambda i, f: all(c(i, f) for c in checks)


def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _choice(w: World, items: list[_T]) -> _T | None:
    return w.rng.choice(items) if items else None


def _under(s: SymState, b: str) -> list[str]:
    """The blocks below `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out and cur != b:
        out.append(cur)
        cur = s.support[cur]
    return out


def _bottom(s: SymState, b: str) -> str:
    below = _under(s, b)
    return below[-1] if below else b


def _grounded(s: SymState, b: str) -> bool:
    return s.base(b) in _GROUND


def _room(s: SymState, bowl: str, adding: list[str]) -> bool:
    return len(set(s.in_bowl(bowl)) | set(adding)) <= layout.BOWL_CAPACITY


def _stackable(s: SymState, top: str, below: str) -> bool:
    """`top` can go straight onto `below`: a different tower, `below` on the table, and room in the tower."""
    return (top != below and _grounded(s, below) and _bottom(s, top) != _bottom(s, below)
            and len(_under(s, below)) + 2 <= layout.MAX_TOWER)


def _pairs_stackable(w: World) -> list[tuple[str, str]]:
    return [(a, b) for a in w.blocks for b in w.blocks if _stackable(w.state, a, b)]


def _into(w: World) -> list[tuple[str, str]]:
    """(block, bowl) with the block not yet in that bowl and room for it."""
    s = w.state
    return [(b, k) for b in w.blocks for k in w.bowls if s.base(b) != k and _room(s, k, [b])]


def _same_bowl(w: World, block: str) -> str | None:
    return next((k for k in w.bowls if w.colour(k) == w.colour(block)), None)


def _loose_on_table(w: World) -> list[str]:
    """Blocks standing alone, straight on the table: nothing under and nothing on them."""
    s = w.state
    return [b for b in w.blocks if s.support[b] in _GROUND and s.is_clear(b)]


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _extreme(w: World, pool: list[str], point: tuple[float, float], far: bool, margin: float = 0.05) -> str | None:
    """The block of `pool` clearly nearest to (or furthest from) `point`; it must stand alone on the table."""
    if len(pool) < 2:
        return None
    dist = {b: ((_xy(w, b)[0] - point[0]) ** 2 + (_xy(w, b)[1] - point[1]) ** 2) ** 0.5 for b in pool}
    ranked = sorted(pool, key=lambda b: -dist[b] if far else dist[b])
    best = ranked[0]
    if best not in _loose_on_table(w):
        return None
    if any(abs(dist[b] - dist[best]) < margin for b in ranked[1:]):
        return None
    return best


def _towers(w: World) -> list[list[str]]:
    """Every stack of two or more blocks, bottom first."""
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.on_top(b)]
    return [[b, *s.above(b)[::-1]] for b in bottoms]


def _on_table(*blocks: str) -> Check:
    return _all(*(Rel("on_table", b) for b in blocks))


def _not_binned(*blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) != BIN for b in blocks)


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


# ----- imperative ---------------------------------------------------------------------------------------
def t246_imp_taxi(w: World) -> Made:
    pick = _choice(w, _into(w))
    if not pick:
        return None
    b, k = pick
    return _made(w, f"alright boss, grab the {b} and drop it in the {k} for me, nice and easy",
                 _all(Rel("in", b, k)))


def t246_imp_hindi(w: World) -> Made:
    pick = _choice(w, _pairs_stackable(w))
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Kindly put the {x} on top of the {y}.", _all(Rel("on", x, y)))


def t246_imp_scientist3(w: World) -> Made:
    b = _choice(w, [b for b in w.blocks if w.state.base(b) != BIN])
    if not b:
        return None
    return _made(w, f"Transfer the {b} to the bin. Expected end state: the {b} in the bin, gripper empty.", binned([b]))


def t246_imp_kid7(w: World) -> Made:
    b = _choice(w, w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"move the {b} to the {corner}!!! go go go", _all(Rel("at", b, corner)))


def t246_imp_worrier(w: World) -> Made:
    pick = _choice(w, _pairs_stackable(w))
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Could you please stack the {x} onto the {y}? Gently, please, I'm a bit nervous about it "
                    "toppling over.", _all(Rel("on", x, y)))


def t246_imp_plain27(w: World) -> Made:
    s = w.state
    b = _choice(w, [b for b in w.blocks if s.support[b] not in _GROUND and s.base(b) != BIN])
    if not b:
        return None
    where = s.base(b)
    text = (f"Take the {b} out of the {where} and set it down on the table." if where in s.bowls
            else f"Take the {b} off the {s.support[b]} and set it down on the table.")
    return _made(w, text, _on_table(b))


# ----- declarative --------------------------------------------------------------------------------------
def t246_dec_taxi(w: World) -> Made:
    pick = _choice(w, _into(w))
    if not pick:
        return None
    b, k = pick
    return _made(w, f"the {b} oughta be sitting in the {k}, mate, that's where it lives", _all(Rel("in", b, k)))


def t246_dec_hindi(w: World) -> Made:
    pick = _choice(w, _pairs_stackable(w))
    if not pick:
        return None
    x, y = pick
    return _made(w, f"The {x} should be kept on the {y}, please do it.", _all(Rel("on", x, y)))


def t246_dec_scientist3(w: World) -> Made:
    b = _choice(w, w.blocks)
    return _made(w, f"Required final configuration: the {b} sits at the {_MIDDLE} of the table.",
                 _all(Rel("at", b, _MIDDLE)))


def t246_dec_kid7(w: World) -> Made:
    b = _choice(w, w.blocks)
    return _made(w, f"the {b} is going in the bin!! thats the plan ok", binned([b]))


def t246_dec_worrier(w: World) -> Made:
    pick = _choice(w, _into(w))
    if not pick:
        return None
    b, k = pick
    return _made(w, f"The {b} needs to end up in the {k}. I think that's right... yes, in the {k}, not anywhere else.",
                 _all(Rel("in", b, k)))


def t246_dec_plain27(w: World) -> Made:
    two = w.pick(w.blocks, 2)
    if not two:
        return None
    a, b = two
    return _made(w, f"The {a} and the {b} should both be in the bin.", binned([a, b]))


# ----- desiderative -------------------------------------------------------------------------------------
def t246_des_taxi(w: World) -> Made:
    b = _choice(w, w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"what I'd like, yeah, is the {b} over in the {corner}, if you'd be so kind",
                 _all(Rel("at", b, corner)))


def t246_des_hindi(w: World) -> Made:
    pick = _choice(w, _into(w))
    if not pick:
        return None
    b, k = pick
    return _made(w, f"I want that the {b} should go inside the {k}.", _all(Rel("in", b, k)))


def t246_des_scientist3(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    r, g, b = three

    def check(_i: SymState, f: SymState) -> bool:
        return (f.support[g] == r and f.support[b] == g and f.support[r] not in f.support
                and f.base(r) != BIN and f.is_clear(b))

    return _made(w, f"My goal is a single three-block tower: the {r} at the base, the {g} on the {r}, and the {b} "
                    f"on the {g}.", check)


def t246_des_kid7(w: World) -> Made:
    b = _choice(w, w.blocks)
    return _made(w, f"i really really want the {b} in the bin!!! pleeeease", binned([b]))


def t246_des_worrier(w: World) -> Made:
    pick = _choice(w, _pairs_stackable(w))
    if not pick:
        return None
    x, y = pick
    return _made(w, f"I'd like the {x} on top of the {y}, please. Could you make sure it's actually resting on the "
                    f"{y} and not just next to it?", _all(Rel("on", x, y)))


def t246_des_plain27(w: World) -> Made:
    k = _choice(w, w.bowls)
    two = w.pick(w.blocks, 2)
    if not two or not _room(w.state, k, two):
        return None
    a, b = two
    return _made(w, f"I'd like the {a} and the {b} both in the {k}, please.", _all(Rel("in", a, k), Rel("in", b, k)))


# ----- quantified ---------------------------------------------------------------------------------------
def t246_qua_taxi(w: World) -> Made:
    k = _choice(w, [k for k in w.bowls if len(w.state.in_bowl(k)) >= 2])
    if not k:
        return None
    return _made(w, f"chuck every block outta the {k} into the bin, cheers", binned(w.state.in_bowl(k)))


def t246_qua_hindi(w: World) -> Made:
    k = _choice(w, w.bowls)
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Please put all the blocks into the {k}.", _all(*(Rel("in", b, k) for b in w.blocks)))


def t246_qua_scientist3(w: World) -> Made:
    k = _choice(w, w.bowls)
    now = len(w.state.in_bowl(k))
    n = _choice(w, [n for n in (1, 2, 3) if n != now and n <= len(w.blocks)])
    if not n:
        return None
    word = {1: "one block", 2: "two blocks", 3: "three blocks"}[n]
    return _made(w, f"Arrange things so that the {k} contains exactly {word}. The choice of blocks is up to you.",
                 lambda _i, f: len(f.in_bowl(k)) == n)


def t246_qua_kid7(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or any(s.in_bowl(k) for k in w.bowls) or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "put one block in each bowl!!! any ones u want", lambda _i, f: all(len(f.in_bowl(k)) == 1
                                                                                       for k in bowls))


def t246_qua_worrier(w: World) -> Made:
    s = w.state
    tops = [b for b in w.blocks if s.support[b] in s.support]
    if not tops:
        return None
    return _made(w, "I'm worried the stacks will fall over. Could you take every block that's sitting on top of "
                    "another block and put each one straight down on the table? And please don't throw any of them "
                    "in the bin.", _and(_on_table(*tops), _not_binned(*tops)))


def t246_qua_plain27(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    return _made(w, "Put any two blocks in the bin.", _bin_count(2))


# ----- negated ------------------------------------------------------------------------------------------
def t246_neg_taxi(w: World) -> Made:
    s = w.state
    r = _choice(w, [b for b in w.blocks if s.support[b] not in s.support])
    if not r:
        return None
    others = [b for b in w.blocks if b != r]
    if len(others) > 5:
        return None
    return _made(w, f"bin the lot except the {r}, yeah? leave that one be", _and(binned(others), kept(r)))


def t246_neg_hindi(w: World) -> Made:
    k = _choice(w, [k for k in w.bowls if w.state.in_bowl(k)])
    if not k:
        return None
    inside = w.state.in_bowl(k)
    return _made(w, f"Please empty the {k}, but do not put the blocks in the bin, keep them on the table only.",
                 lambda _i, f: not f.in_bowl(k) and all(f.base(b) in _GROUND for b in inside))


def t246_neg_scientist3(w: World) -> Made:
    pick = _choice(w, w.pairs())
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Remove the {x} from the {y}. Constraint: the {x} must not be placed in the bin.",
                 _and(lambda _i, f: f.support[x] != y, _not_binned(x)))


def t246_neg_kid7(w: World) -> Made:
    fav = _choice(w, w.blocks)
    others = [b for b in w.blocks if b != fav]
    if len(others) > 5:
        return None
    colour = w.colour(fav)
    return _made(w, f"put all the blocks in the bin but NOT the {colour} one!!! {colour} is my fav colour",
                 _and(binned(others), _not_binned(fav)))


def t246_neg_worrier(w: World) -> Made:
    s = w.state
    b = _choice(w, w.in_bowls())
    if not b:
        return None
    k = s.base(b)
    return _made(w, f"Could you please take the {b} out of the {k}? Just don't set it on top of another block, I'm "
                    "scared it will fall.", lambda _i, f: f.base(b) != k and f.support[b] not in f.support)


def t246_neg_plain27(w: World) -> Made:
    s = w.state
    outside = [b for b in w.blocks if s.base(b) not in s.bowls]
    k = _choice(w, w.bowls)
    if len(outside) < 2 or not _room(s, k, outside):
        return None
    return _made(w, f"Put every block that isn't already in a bowl into the {k}.",
                 _all(*(Rel("in", b, k) for b in outside)))


# ----- relative -----------------------------------------------------------------------------------------
def t246_rel_taxi(w: World) -> Made:
    pick = _choice(w, w.pairs())
    if not pick:
        return None
    top, below = pick
    return _made(w, f"that block sittin' on top of the {below}, stick it in the bin for me would ya", binned([top]))


def t246_rel_hindi(w: World) -> Made:
    pick = _choice(w, [(t, b, k) for t, b in w.pairs() for k in w.bowls
                       if w.state.base(b) != k and _room(w.state, k, [b])])
    if not pick:
        return None
    top, below, k = pick
    return _made(w, f"Please put the block which is just below the {top} into the {k}.", _all(Rel("in", below, k)))


def t246_rel_scientist3(w: World) -> Made:
    k = _choice(w, w.bowls)
    pool = [b for b in w.blocks if _grounded(w.state, b)]
    best = _extreme(w, pool, _xy(w, k), far=False)
    if not best:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Take the block on the table that is closest to the {k} and place it at the {corner}.",
                 _all(Rel("at", best, corner)))


def t246_rel_kid7(w: World) -> Made:
    best = _extreme(w, list(w.blocks), layout.BIN_CENTER, far=False)
    if not best:
        return None
    return _made(w, "which block is closest to the bin?? put THAT one in the bin!!!", binned([best]))


def t246_rel_worrier(w: World) -> Made:
    s = w.state
    r = _choice(w, [b for b in w.blocks if s.support[b] in s.support and _grounded(s, b)])
    if not r:
        return None
    bottom = _bottom(s, r)
    return _made(w, f"I think the {r} is part of a stack. Could you move whichever block is at the very bottom of "
                    f"that stack into the bin? And please make sure the {r} itself doesn't end up in the bin.",
                 _and(binned([bottom]), _not_binned(r)))


def t246_rel_plain27(w: World) -> Made:
    k = _choice(w, w.bowls)
    pool = [b for b in w.blocks if _grounded(w.state, b)]
    best = _extreme(w, pool, _xy(w, k), far=True)
    if not best:
        return None
    return _made(w, f"Of the blocks on the table, move the one furthest from the {k} to the middle.",
                 _all(Rel("at", best, _MIDDLE)))


# ----- keep ---------------------------------------------------------------------------------------------
def t246_keep_taxi(w: World) -> Made:
    s = w.state
    k = _choice(w, [k for k in w.bowls if s.in_bowl(k)])
    if not k:
        return None
    b = _choice(w, [b for b in w.blocks if s.base(b) != k])
    if not b:
        return None
    inside = s.in_bowl(k)
    return _made(w, f"bin the {b} for me, but don't you go touching the {k}, leave it how it is",
                 _and(binned([b]), kept(*inside), lambda _i, f: sorted(f.in_bowl(k)) == sorted(inside)))


def t246_keep_hindi(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(x, y, z) for x, y in _pairs_stackable(w) for z in w.blocks
                       if z not in (x, y) and z not in s.above(x) + s.above(y)])
    if not pick:
        return None
    x, y, z = pick
    return _made(w, f"Please put the {x} on the {y}, but keep the {z} where it is only.",
                 _and(_all(Rel("on", x, y)), kept(z)))


def t246_keep_scientist3(w: World) -> Made:
    s = w.state
    pick = _choice(w, _into(w))
    if not pick:
        return None
    b, k = pick
    stay = [z for z in w.blocks if z != b and z not in s.above(b)]
    if len(stay) < 2:
        return None
    z1, z2 = w.pick(stay, 2)
    return _made(w, f"Move the {b} into the {k}. Invariant: the {z1} and the {z2} remain exactly where they are.",
                 _and(_all(Rel("in", b, k)), kept(z1, z2)))


def t246_keep_kid7(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1 or not _grounded(w.state, towers[0][0]):
        return None
    tower = towers[0]
    b = _choice(w, [b for b in w.blocks if b not in tower])
    if not b:
        return None
    return _made(w, f"put the {b} in the bin but my tower stays!!! dont touch my tower ok",
                 _and(binned([b]), kept(*tower)))


def t246_keep_worrier(w: World) -> Made:
    s = w.state
    b = _choice(w, w.blocks)
    z = _choice(w, [z for z in w.blocks if z != b and z not in s.above(b)])
    if not z:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Could you put the {b} in the {corner}? And please, please leave the {z} exactly where it is, "
                    "don't move it at all.", _and(_all(Rel("at", b, corner)), kept(z)))


def t246_keep_plain27(w: World) -> Made:
    s = w.state
    k = _choice(w, [k for k in w.bowls if s.in_bowl(k)])
    if not k:
        return None
    r = _choice(w, [b for b in w.blocks if s.base(b) != k])
    if not r:
        return None
    return _made(w, f"Clear out the {k}, and leave the {r} alone.",
                 lambda i, f: not f.in_bowl(k) and kept(r)(i, f))


# ----- multi-step ---------------------------------------------------------------------------------------
def t246_multi_taxi(w: World) -> Made:
    pick = _choice(w, [(a, b, k) for b, k in _into(w) for a in w.blocks if a != b])
    if not pick:
        return None
    a, b, k = pick
    return _made(w, f"first chuck the {a} in the bin, then pop the {b} in the {k}, ta",
                 _and(binned([a]), _all(Rel("in", b, k))))


def t246_multi_hindi(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(r, g) for r in w.in_bowls() for g in w.blocks
                       if g != r and s.base(g) != s.base(r) and _room(s, s.base(r), [g])])
    if not pick:
        return None
    r, g = pick
    k = s.base(r)
    return _made(w, f"First take the {r} out from the {k} and keep it on the table, after that put the {g} in the "
                    f"{k}.", _and(_on_table(r), _all(Rel("in", g, k))))


def t246_multi_scientist3(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(g, r, b) for g in w.blocks for r in w.blocks for b in w.blocks
                       if len({g, r, b}) == 3 and _grounded(s, g) and len(_under(s, g)) + 3 <= layout.MAX_TOWER
                       and r not in _under(s, g) and b not in _under(s, g)])
    if not pick:
        return None
    g, r, b = pick
    return _made(w, f"Step 1: place the {r} on the {g}. Step 2: place the {b} on the {r}. Final state: the {b} on the "
                    f"{r}, the {r} on the {g}.", _all(Rel("on", r, g), Rel("on", b, r)))


def t246_multi_kid7(w: World) -> Made:
    two = w.pick(w.blocks, 2)
    if not two:
        return None
    y, r = two
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"ok first the {y} goes to the {corner} and then the {r} goes on top of it!!! like a mini tower",
                 _all(Rel("at", y, corner), Rel("on", r, y)))


def t246_multi_worrier(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(x, y, k) for x, y in w.pairs() for k in w.bowls
                       if s.is_clear(x) and _grounded(s, y) and _room(s, k, [y])])
    if not pick:
        return None
    x, y, k = pick
    return _made(w, f"First, could you lift the {x} off the {y} and put it on the table? Then, once that's done, put "
                    f"the {y} in the {k}. In that order, please.", _and(_on_table(x), _all(Rel("in", y, k))))


def t246_multi_plain27(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(r, b) for r in w.blocks for b in w.blocks
                       if r != b and s.support[r] not in _GROUND and b != s.support[r]
                       and (s.support[r] in s.bowls and s.base(b) != s.support[r]
                            or s.support[r] in s.support and b not in _under(s, r))])
    if not pick:
        return None
    r, b = pick
    was = s.support[r]
    rel = Rel("in", b, was) if was in s.bowls else Rel("on", b, was)
    return _made(w, f"Put the {r} in the bin, then put the {b} where the {r} was.", _and(binned([r]), _all(rel)))


# ----- questions ----------------------------------------------------------------------------------------
def t246_q_taxi(w: World) -> Made:
    k = _choice(w, [k for k in w.bowls if w.state.in_bowl(k)])
    if not k:
        return None
    return f"how many blocks we got in the {k} right now, pal?", answered(str(len(w.state.in_bowl(k))))


def t246_q_hindi(w: World) -> Made:
    s = w.state
    covered = [b for b in w.blocks if s.on_top(b)]
    pool = covered if covered and w.rng.random() < 0.5 else w.blocks
    g = _choice(w, pool)
    above = s.on_top(g)
    return f"What is kept on top of the {g}?", answered(above[0] if above else "nothing")


def t246_q_scientist3(w: World) -> Made:
    s = w.state
    n = len(s.on_the_table())
    pick = _choice(w, [(b, k) for b in w.blocks for k in w.bowls])
    if not pick or n == 0:
        return None
    b, k = pick
    if w.rng.random() < 0.5 and w.in_bowls():
        b = _choice(w, w.in_bowls())
        k = s.base(b)
    return (f"Query 1: is the {b} in the {k}? Query 2: how many blocks are currently on the table?",
            answered(f"{yes(s.base(b) == k)}|{n}"))


def t246_q_kid7(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        two = w.pick(w.blocks, 2)
        if not two:
            return None
        x, y = two
    return f"is the {x} on top of the {y}??? tell me tell me", answered(yes(w.state.support[x] == y))


def t246_q_worrier(w: World) -> Made:
    s = w.state
    g = _choice(w, [b for b in w.blocks if s.support[b] in s.bowls
                    or (s.support[b] in s.support and _grounded(s, b))])
    if not g:
        return None
    return (f"Sorry to bother you, but where is the {g} right now? I just want to be sure I know where it is.",
            answered(s.support[g]))


def t246_q_plain27(w: World) -> Made:
    k = _choice(w, w.bowls)
    return (f"Is there anything in the {k}? And how many bowls are on the table?",
            answered(f"{yes(bool(w.state.in_bowl(k)))}|{len(w.bowls)}"))


# ----- matching -----------------------------------------------------------------------------------------
def t246_match_taxi(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "sort 'em out by colour for me, yeah? any block that's got a bowl the same colour, stick it in "
                    "that bowl", _all(*want))


def t246_match_hindi(w: World) -> Made:
    b = _choice(w, [b for b in w.blocks if _same_bowl(w, b) and w.state.base(b) != _same_bowl(w, b)])
    if not b:
        return None
    return _made(w, f"Please put the {b} in the bowl of same colour.", _all(Rel("in", b, _same_bowl(w, b))))


def t246_match_scientist3(w: World) -> Made:
    s = w.state
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want if not holds(r, s)]
    others = [b for b in w.blocks if not _same_bowl(w, b)]
    if any(o in s.above(m) for m in movers for o in others):
        return None
    return _made(w, "Target state: each block whose colour matches a bowl is inside that bowl; every other block "
                    "remains where it is.", _and(_all(*want), kept(*others)))


def t246_match_kid7(w: World) -> Made:
    b = _choice(w, [b for b in w.blocks if _same_bowl(w, b) and w.state.base(b) != _same_bowl(w, b)])
    if not b:
        return None
    return _made(w, f"lets play colour match!!! put the {b} in its matching bowl", _all(Rel("in", b, _same_bowl(w, b))))


def t246_match_worrier(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(b, k) for b in w.blocks for k in w.bowls if w.colour(b) == w.colour(k) and s.base(b) != k])
    if not pick:
        return None
    b, k = pick
    before = set(s.in_bowl(k))
    return _made(w, f"I'd like the block that's the same colour as the {k} to go into it, please. Only that one, "
                    f"nothing else should go in the {k}.",
                 lambda _i, f: f.base(b) == k and all(f.base(o) != k for o in f.blocks if o != b and o not in before))


def t246_match_plain27(w: World) -> Made:
    odd = [b for b in w.blocks if not _same_bowl(w, b)]
    if not 2 <= len(odd) <= 5:
        return None
    return _made(w, "Put the blocks that don't match any of the bowls' colours in the bin.", binned(odd))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("taxi", "hindi", "scientist3", "kid7", "worrier", "plain27")
FRESH246: list[Template] = [
    (f"t246_{short}_{style}", category, globals()[f"t246_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
