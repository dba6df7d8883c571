"""`FRESH253`, the two-hundred-and-fifty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six personas, one style each:
- barista: "Hiya! Could you pop the red block into the blue bowl for me? Like a sugar cube into a cup, thanks a latte!"
- german3: "I would like that the green block is in the bottom left corner."
- historian2: "Kindly arrange matters so that the yellow bowl holds exactly two blocks."
- gamer3: "bin every block exept the ones in bowls, those stay"
- carer: "Could you tell me where the pink block is at the moment, please? I can't quite see from here."
- plain34: "Empty the white bowl onto the table and leave everything else where it is."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 1971d1a, the code of 106222b, before anything it could prompt): 0.8667
goal-correct (260 of 300), 30 refused, no question, five wrong actions and five wrong replies. The wrong actions: the
carer's "Could you put all the blocks into the bin apart from X and Y? Please don't throw those two away." binned blocks
and then took some of them out again. The wrong replies: the historian's "Might you tell me which block rests directly
upon X?". The refusals: the barista's "Hiya! Could you pop X into W for me? Like a sugar cube into a cup, thanks a
latte!" and "X goes on top of Y, stacked up nice like a pile of cups!"; the historian's "I should like to see X, Y and Z
stacked into a single tower; the order in which they stand is of no consequence." and "Kindly arrange matters so that W
holds exactly two blocks."; the plain adult's "X shouldn't be in W. Move it anywhere else."; the gamer's "colour match
time: blocks go in the same colour bowl if there is one, rest stay put".
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    count_in,
    empty,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)
_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    """The template's sentence and check, or None when the goal already holds in the scene."""
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _level(s: SymState, block: str) -> int:
    return 1 + len(_below(s, block))


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _stackable(s: SymState, top: str, below: str, extra: int = 1) -> bool:
    """Whether `top` can be put on `below`: a tower on the table, low enough, and `top` not under it."""
    return (top != below and top not in _below(s, below) and s.base(below) in _GROUND
            and _level(s, below) + extra <= layout.MAX_TOWER)


def _grounded(blocks: list[str]) -> Check:
    """Every block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _same_bowl_set(bowl: str) -> Check:
    """The bowl holds exactly the blocks it held, each resting where it rested."""
    return lambda i, f: set(i.in_bowl(bowl)) == set(f.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _spot(place: str) -> str:
    return "the middle of the table" if place == _MIDDLE else f"the {place}"


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _unique_extreme(key: dict[str, float], largest: bool, margin: float = 0.03) -> str | None:
    """The block with the largest (or smallest) key, when it wins by a clear margin."""
    ranked = sorted(key, key=lambda b: key[b], reverse=largest)
    if len(ranked) < 2 or abs(key[ranked[0]] - key[ranked[1]]) < margin:
        return None
    return ranked[0]


def _choice(w: World, items: list) -> object | None:
    return w.rng.choice(items) if items else None


# ----- imperative ------------------------------------------------------------------------------------
def t253_imp_barista(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(b, o) for b in w.blocks for o in w.bowls if s.base(b) != o and _room(s, o)])
    if pick is None:
        return None
    x, bowl = pick
    return _made(w, f"Hiya! Could you pop the {x} into the {bowl} for me? "
                    "Like a sugar cube into a cup, thanks a latte!",
                 rels(Rel("in", x, bowl)))


def t253_imp_german3(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b)])
    if pick is None:
        return None
    x, y = pick
    return _made(w, f"Please put the {x} on the {y}, so that it lies on top from it. Thank you.",
                 rels(Rel("on", x, y)))


def t253_imp_historian2(w: World) -> Made:
    x = _choice(w, w.blocks)
    place = _choice(w, list(PLACES))
    if x is None or place is None:
        return None
    return _made(w, f"Kindly move the {x} to {_spot(place)}, if you would.", rels(Rel("at", x, place)))


def t253_imp_gamer3(w: World) -> Made:
    x = _choice(w, [b for b in w.blocks if w.state.base(b) != BIN])
    if x is None:
        return None
    return _made(w, f"yo toss the {x} in the bin lol", rels(Rel("in_bin", x)))


def t253_imp_carer(w: World) -> Made:
    x = _choice(w, w.in_bowls())
    if x is None:
        return None
    bowl = w.state.base(x)
    return _made(w, f"Could you please take the {x} out of the {bowl} and set it down on the table? "
                    "Thank you, take your time.", rels(Rel("on_table", x)))


def t253_imp_plain34(w: World) -> Made:
    s = w.state
    bases = [b for b in w.blocks if s.support[b] in _GROUND]
    b = _choice(w, bases)
    if b is None:
        return None
    others = [o for o in w.blocks if o != b]
    if len(others) < 2:
        return None
    a, c = w.pick(others, 2)
    return _made(w, f"Stack the {a} on the {b} and the {c} on the {a}.",
                 rels(Rel("on", a, b), Rel("on", c, a)))


# ----- declarative -----------------------------------------------------------------------------------
def t253_dec_barista(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b)])
    if pick is None:
        return None
    x, y = pick
    return _made(w, f"The {x} goes on top of the {y}, stacked up nice like a pile of cups!",
                 rels(Rel("on", x, y)))


def t253_dec_german3(w: World) -> Made:
    x = _choice(w, w.blocks)
    place = _choice(w, _CORNERS)
    if x is None or place is None:
        return None
    return _made(w, f"The {x} must stand in the {place} when you are finished.", rels(Rel("at", x, place)))


def t253_dec_historian2(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(b, o) for b in w.blocks for o in w.bowls if s.base(b) != o and _room(s, o)])
    if pick is None:
        return None
    x, bowl = pick
    return _made(w, f"The {x} belongs in the {bowl}, if you would be so kind.", rels(Rel("in", x, bowl)))


def t253_dec_gamer3(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"ok so the {a} and the {b} are supposed to be in the bin", binned([a, b]))


def t253_dec_carer(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"The {bowl} should be empty when you're done, and the blocks that are in it now go in the bin, "
                    "please. Thank you so much.", empty(bowl), binned(inside))


def t253_dec_plain34(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(a, b) for a in w.blocks for b in w.blocks if a != b and a not in _below(s, b)])
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"The {a} should be on the {b}, and the {b} should be in the middle of the table.",
                 rels(Rel("on", a, b), Rel("at", b, _MIDDLE)))


# ----- desiderative ----------------------------------------------------------------------------------
def t253_des_barista(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(b, o) for b in w.blocks for o in w.bowls if s.base(b) != o and _room(s, o)])
    if pick is None:
        return None
    x, bowl = pick
    return _made(w, f"I'd love the {x} in the {bowl}, please! You're a star, next coffee's on me.",
                 rels(Rel("in", x, bowl)))


def t253_des_german3(w: World) -> Made:
    x = _choice(w, w.blocks)
    place = _choice(w, _CORNERS)
    if x is None or place is None:
        return None
    return _made(w, f"I would like that the {x} is in the {place}.", rels(Rel("at", x, place)))


def t253_des_historian2(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, c = trio
    return _made(w, f"I should like to see the {a}, the {b} and the {c} stacked into a single tower; "
                    "the order in which they stand is of no consequence.", rels(Rel("tower", a, b, c)))


def t253_des_gamer3(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b)])
    if pick is None:
        return None
    x, y = pick
    return _made(w, f"i wanna see the {x} on top of the {y} pls", rels(Rel("on", x, y)))


def t253_des_carer(w: World) -> Made:
    x = _choice(w, w.blocks)
    if x is None:
        return None
    return _made(w, f"I'd like the {x} to go in the bin, please. We won't be needing it any more.",
                 rels(Rel("in_bin", x)))


def t253_des_plain34(w: World) -> Made:
    s = w.state
    bowl = _choice(w, w.bowls)
    pair = w.pick(w.blocks, 2)
    if bowl is None or not pair:
        return None
    a, b = pair
    adding = sum(1 for x in pair if s.base(x) != bowl)
    if not _room(s, bowl, adding):
        return None
    return _made(w, f"My goal is to get the {a} and the {b} both into the {bowl}.",
                 rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- quantified ------------------------------------------------------------------------------------
def t253_qua_barista(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    return _made(w, f"Could you put every block into the {bowl}? Full house, like the morning rush!",
                 rels(*(Rel("in", b, bowl) for b in w.blocks)))


def t253_qua_german3(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if bowl is None:
        return None
    return _made(w, f"Please put all blocks from the {bowl} into the bin.", binned(w.state.in_bowl(bowl)))


def t253_qua_historian2(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if len(w.state.in_bowl(o)) != 2])
    if bowl is None:
        return None
    return _made(w, f"Kindly arrange matters so that the {bowl} holds exactly two blocks.", count_in(bowl, 2))


def t253_qua_gamer3(w: World) -> Made:
    if not any(not w.state.in_bowl(o) for o in w.bowls):
        return None
    checks = [count_in(o, 1, exact=False) for o in w.bowls]
    return _made(w, "make sure every bowl has at least 1 block in it", *checks)


def t253_qua_carer(w: World) -> Made:
    return _made(w, "Could you please put each of the blocks into the bin? All of them, there's no rush.",
                 binned(w.blocks))


def t253_qua_plain34(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Take every block out of the bowls and put them on the table.", _grounded(inside))


# ----- negated ---------------------------------------------------------------------------------------
def t253_neg_barista(w: World) -> Made:
    x = _choice(w, [b for b in w.blocks if w.state.support[b] not in w.state.support])
    if x is None:
        return None
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Everything goes in the bin except the {x}, that one's staying right where it is, "
                    "like the last croissant!", binned(others), none_binned([x]), kept(x))


def t253_neg_german3(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    bowl = _choice(w, w.bowls)
    x = _choice(w, w.blocks)
    if bowl is None or x is None:
        return None
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Please put all blocks in the {bowl}, but not the {x}.",
                 rels(*(Rel("in", b, bowl) for b in others), Rel("in", x, bowl, negated=True)))


def t253_neg_historian2(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Please clear the {bowl}, but do not put any of its blocks in the bin.",
                 empty(bowl), none_binned(inside))


def t253_neg_gamer3(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return _made(w, "bin every block exept the ones in bowls, those stay", binned(outside), none_binned(inside))


def t253_neg_carer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"Could you put all the blocks into the bin apart from the {a} and the {b}? "
                    "Please don't throw those two away.", binned(others), none_binned([a, b]))


def t253_neg_plain34(w: World) -> Made:
    x = _choice(w, w.in_bowls())
    if x is None:
        return None
    bowl = w.state.base(x)
    return _made(w, f"The {x} shouldn't be in the {bowl}. Move it anywhere else.",
                 rels(Rel("in", x, bowl, negated=True)))


# ----- relative --------------------------------------------------------------------------------------
def t253_rel_barista(w: World) -> Made:
    pick = _choice(w, [(t, b) for t, b in w.pairs() if w.state.is_clear(t)])
    if pick is None:
        return None
    top, below = pick
    return _made(w, f"Grab the block sitting on the {below} and pop it in the bin, please!",
                 rels(Rel("in_bin", top)))


def t253_rel_german3(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(t, b) for t, b in w.pairs() if s.support[b] not in s.support])
    if pick is None:
        return None
    top, below = pick
    return _made(w, f"Please put the block which is under the {top} into the bin.", rels(Rel("in_bin", below)))


def t253_rel_historian2(w: World) -> Made:
    s = w.state
    bowl = _choice(w, [o for o in w.bowls if not s.in_bowl(o)])
    if bowl is None:
        return None
    near = _unique_extreme({b: w.dist(b, bowl) for b in w.blocks}, largest=False)
    if near is None or not s.is_clear(near) or s.support[near] in s.support:
        return None
    return _made(w, f"Would you kindly take the block nearest to the {bowl} and place it in that bowl?",
                 rels(Rel("in", near, bowl)))


def t253_rel_gamer3(w: World) -> Made:
    s = w.state
    tops = [b for b in w.blocks if s.is_clear(b) and s.base(b) != BIN]
    heights = {t: _level(s, t) for t in tops}
    if not heights:
        return None
    best = max(heights.values())
    tallest = [t for t, h in heights.items() if h == best]
    if best < 2 or len(tallest) != 1:
        return None
    return _made(w, "yeet the top block of the tallest stack into the bin", rels(Rel("in_bin", tallest[0])))


def t253_rel_carer(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if len(w.state.in_bowl(o)) == 1])
    if bowl is None:
        return None
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"There's just the one block in the {bowl}. Could you take it out and put it in the middle "
                    "of the table, please?", rels(Rel("at", x, _MIDDLE)))


def t253_rel_plain34(w: World) -> Made:
    bx, by = layout.BIN_CENTER
    dist = {b: ((_pos(w, b)[0] - bx) ** 2 + (_pos(w, b)[1] - by) ** 2) ** 0.5 for b in w.blocks}
    far = _unique_extreme(dist, largest=True)
    if far is None:
        return None
    return _made(w, "Put the block that's farthest away from the bin into the bin.", rels(Rel("in_bin", far)))


# ----- keep ------------------------------------------------------------------------------------------
def t253_keep_barista(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(x, y, o) for x in w.blocks for y in w.blocks for o in w.bowls
                       if x != y and y not in s.above(x) and s.base(x) != o and _room(s, o)])
    if pick is None:
        return None
    x, y, bowl = pick
    return _made(w, f"Pop the {x} in the {bowl}, but leave the {y} right where it is, thanks a bunch!",
                 rels(Rel("in", x, bowl)), kept(y))


def t253_keep_german3(w: World) -> Made:
    s = w.state
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    pick = _choice(w, [(a, b) for a in w.blocks for b in w.blocks
                       if _stackable(s, a, b) and s.base(a) != bowl])
    if pick is None:
        return None
    x, y = pick
    return _made(w, f"Please put the {x} on the {y}, but the {bowl} must stay like it is now.",
                 rels(Rel("on", x, y)), _same_bowl_set(bowl))


def t253_keep_historian2(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(x, y) for x in w.blocks for y in w.blocks if x != y and y not in s.above(x)])
    place = _choice(w, list(PLACES))
    if pick is None or place is None:
        return None
    x, y = pick
    return _made(w, f"Please relocate the {x} to {_spot(place)}; the {y}, however, must remain exactly where it is.",
                 rels(Rel("at", x, place)), kept(y))


def t253_keep_gamer3(w: World) -> Made:
    s = w.state
    bowl = _choice(w, [o for o in w.bowls if s.in_bowl(o)])
    if bowl is None:
        return None
    y = _choice(w, [b for b in w.blocks if s.base(b) != bowl])
    if y is None:
        return None
    return _made(w, f"clear the {bowl} into the bin but dont touch the {y}",
                 empty(bowl), binned(s.in_bowl(bowl)), kept(y))


def t253_keep_carer(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(a, b, c) for a in w.blocks for b in w.blocks for c in w.blocks
                       if _stackable(s, a, b) and c not in (a, b) and c not in s.above(a) and c not in s.above(b)])
    if pick is None:
        return None
    a, b, c = pick
    return _made(w, f"Please put the {a} on the {b}. And keep the {c} exactly where it is now, it's fine there.",
                 rels(Rel("on", a, b)), kept(c))


def t253_keep_plain34(w: World) -> Made:
    s = w.state
    bowl = _choice(w, [o for o in w.bowls if s.in_bowl(o)])
    if bowl is None:
        return None
    inside = s.in_bowl(bowl)
    others = [b for b in w.blocks if b not in inside]
    return _made(w, f"Empty the {bowl} onto the table and leave everything else where it is.",
                 _grounded(inside), kept(*others))


# ----- multi-step ------------------------------------------------------------------------------------
def t253_multi_barista(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(x, y, o) for x in w.blocks for y in w.blocks for o in w.bowls
                       if x != y and s.base(y) != o and _room(s, o, 0 if s.base(x) == o else 1)])
    if pick is None:
        return None
    x, y, bowl = pick
    return _made(w, f"First the {x} goes in the bin, then pop the {y} into the {bowl}. Cheers!",
                 rels(Rel("in_bin", x), Rel("in", y, bowl)))


def t253_multi_german3(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(a, b) for a in w.blocks for b in w.blocks if a != b and a not in _below(s, b)])
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"First put the {b} in the middle, then put the {a} on the {b}.",
                 rels(Rel("at", b, _MIDDLE), Rel("on", a, b)))


def t253_multi_historian2(w: World) -> Made:
    s = w.state
    bowl = _choice(w, [o for o in w.bowls if s.in_bowl(o)])
    if bowl is None:
        return None
    inside = s.in_bowl(bowl)
    y = _choice(w, [b for b in w.blocks if b not in inside])
    if y is None:
        return None
    return _made(w, f"First, kindly take every block out of the {bowl} and set them on the table; thereafter, "
                    f"place the {y} in the {bowl}.", _grounded(inside), rels(Rel("in", y, bowl)))


def t253_multi_gamer3(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(x, y, z) for x in w.blocks for y in w.blocks for z in w.blocks
                       if _stackable(s, x, y) and z not in (x, y) and z not in _below(s, y)])
    if pick is None:
        return None
    x, y, z = pick
    return _made(w, f"1st put the {x} on the {y}, then chuck the {z} in the bin",
                 rels(Rel("on", x, y), Rel("in_bin", z)))


def t253_multi_carer(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(x, o, y, z) for x in w.blocks for o in w.bowls for y in w.blocks for z in w.blocks
                       if s.base(x) != o and _room(s, o) and x not in (y, z)
                       and _stackable(s, y, z) and x not in _below(s, z)])
    if pick is None:
        return None
    x, bowl, y, z = pick
    return _made(w, f"Let's do this one step at a time. First, please put the {x} in the {bowl}. After that, "
                    f"could you put the {y} on top of the {z}?", rels(Rel("in", x, bowl), Rel("on", y, z)))


def t253_multi_plain34(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    spots = w.pick(_CORNERS, 2)
    if not pair or not spots:
        return None
    x, y = pair
    p1, p2 = spots
    return _made(w, f"Put the {x} in the {p1}, and after that move the {y} to the {p2}.",
                 rels(Rel("at", x, p1), Rel("at", y, p2)))


# ----- questions -------------------------------------------------------------------------------------
def t253_q_barista(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    n = len(w.state.in_bowl(bowl))
    return (f"Quick question while my espresso brews: how many blocks are in the {bowl} right now?",
            answered(str(n)))


def t253_q_german3(w: World) -> Made:
    s = w.state
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        cands = [(a, b) for a in w.blocks for b in w.blocks if a != b and a not in s.above(b)]
        if not cands:
            return None
        x, y = w.rng.choice(cands)
    flag = holds(Rel("on", x, y), s)
    return f"Is the {x} on the {y}? I cannot see it good from here.", answered(yes(flag))


def t253_q_historian2(w: World) -> Made:
    pick = _choice(w, w.pairs())
    if pick is None:
        return None
    top, below = pick
    return f"Might you tell me which block rests directly upon the {below}?", answered(top)


def t253_q_gamer3(w: World) -> Made:
    x = _choice(w, w.blocks)
    if x is None:
        return None
    n = len(w.in_bowls())
    flag = w.state.base(x) in w.bowls
    return f"how many blocks r in bowls total? also is the {x} in a bowl", answered(f"{n}|{yes(flag)}")


def t253_q_carer(w: World) -> Made:
    s = w.state
    x = _choice(w, [b for b in w.blocks if s.support[b] == TABLE or s.support[b] in w.bowls])
    if x is None:
        return None
    where = s.support[x]
    return (f"Could you tell me where the {x} is at the moment, please? I can't quite see from here.",
            answered(where))


def t253_q_plain34(w: World) -> Made:
    s = w.state
    pick = _choice(w, [(t, b) for t, b in w.pairs() if s.support[b] not in s.support])
    if pick is None:
        return None
    top, below = pick
    return (f"What colour is the block under the {top}? And how many bowls are there?",
            answered(f"{w.colour(below)}|{len(w.bowls)}"))


# ----- matching --------------------------------------------------------------------------------------
def t253_match_barista(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Let's match them up like cups and saucers: every block that has a bowl in its colour goes "
                    "into that bowl!", rels(*want))


def t253_match_german3(w: World) -> Made:
    s = w.state
    cands = [(b, o) for b in w.blocks for o in w.bowls if w.colour(b) == w.colour(o) and s.base(b) != o
             and _room(s, o)]
    pick = _choice(w, cands)
    if pick is None:
        return None
    x, bowl = pick
    return _made(w, f"Please put the {x} in the bowl with the same colour.", rels(Rel("in", x, bowl)))


def t253_match_historian2(w: World) -> Made:
    want = matching(w)
    matched = [r.block for r in want]
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest:
        return None
    return _made(w, "Kindly sort the blocks by colour: each block whose colour matches a bowl belongs in that bowl, "
                    "and the remainder are to go in the bin.", rels(*want), binned(rest))


def t253_match_gamer3(w: World) -> Made:
    s = w.state
    want = matching(w)
    matched = [r.block for r in want]
    rest = [b for b in w.blocks if b not in matched]
    if not want or any(o in s.above(m) for o in rest for m in matched):
        return None
    return _made(w, "colour match time: blocks go in the same colour bowl if there is one, rest stay put",
                 rels(*want), kept(*rest))


def t253_match_carer(w: World) -> Made:
    s = w.state
    cands = [(b, o) for b in w.blocks for o in w.bowls if w.colour(b) == w.colour(o) and s.base(b) != o
             and _room(s, o)]
    pick = _choice(w, cands)
    if pick is None:
        return None
    x, bowl = pick
    return _made(w, f"Could you find the block that's the same colour as the {bowl} and put it in there, please?",
                 rels(Rel("in", x, bowl)))


def t253_match_plain34(w: World) -> Made:
    s = w.state
    cands = [(x, y, o) for x in w.blocks for y in w.blocks for o in w.bowls
             if x != y and w.colour(y) == w.colour(o) and s.base(x) != o and _room(s, o)]
    pick = _choice(w, cands)
    if pick is None:
        return None
    x, y, bowl = pick
    return _made(w, f"Put the {x} in the bowl that's the same colour as the {y}.", rels(Rel("in", x, bowl)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("barista", "german3", "historian2", "gamer3", "carer", "plain34")
FRESH253: list[Template] = [
    (f"t253_{short}_{style}", category, globals()[f"t253_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
