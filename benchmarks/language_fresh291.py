"""`FRESH291`, the two-hundred-and-ninety-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table. Six personas, one per style:
- carpenter: "Put the red block in the blue bowl."
- german3: "I want that the red block is in the green bowl."
- barista: "could you pop the red block over in the top left corner? thanks!"
- student: "throw the red block in the bin pls"
- professor: "Would you kindly take the red block off the blue block and set it down on the table, please?"
- plain72: "Put the red block in the bin, then the blue block, then the green block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d29c621, the code of 314adaa, before anything it could prompt): 0.9433
goal-correct (283 of 300), 15 refused, no question, 2 wrong actions. The wrong actions: a student's 'one block in each
bowl pls, doesnt matter which ones' left a bowl holding a stack of two. The refusals: a professor's 'W ought to be empty
by the time you are finished, and everything that is in it at present belongs in the bin.' and 'My goal is a single
tower made of X, Y and Z, in whatever order you find most convenient.', a German speaker's 'Please sort the blocks after
colour: every block comes in the bowl with the same colour, if there is one.'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
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

_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]
_MARGIN = 0.03  # how much nearer the nearest must be than the next, so that "nearest" is plain to see


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    if check(w.state, w.state):
        return None
    return text, check


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _loose(w: World) -> list[str]:
    """Every block that is not in the bin or the gripper."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _height(s: SymState, block: str) -> int:
    """How high `block` stands in its tower (1 when it rests on no block)."""
    h, cur = 1, s.support[block]
    while cur in s.support:
        h, cur = h + 1, s.support[cur]
    return h


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _can_stack(s: SymState, top: str, below: str) -> bool:
    """Whether putting `top` on `below` is a sensible, possible goal."""
    return (top != below and top not in _below(s, below) and below not in s.above(top)
            and _height(s, below) < layout.MAX_TOWER)


def _room(s: SymState, bowl: str, more: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + more <= layout.BOWL_CAPACITY


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _on(top: str, below: str) -> Check:
    return rels(Rel("on", top, below))


def _table(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _down(*blocks: str) -> Check:
    """Each block is somewhere on the table: on it, at a place on it, or on a tower standing there."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _not(check: Check) -> Check:
    return lambda i, f: not check(i, f)


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower, in any order, standing on the table, a place or in a bowl (not on another block)."""
    group = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in group]
        if len(bottoms) != 1 or f.support[bottoms[0]] in f.support or f.support[bottoms[0]] in (BIN, "gripper"):
            return False
        return all(len([t for t in f.on_top(b) if t in group]) <= 1 for b in blocks)

    return check


def _base_in(places: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in places for b in f.blocks)


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _dist_xy(a: tuple[float, float], b: tuple[float, float]) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def _clearly_nearest(w: World, to: tuple[float, float], among: list[str], far: bool = False) -> str | None:
    """The block of `among` plainly nearest to (or furthest from) a point, with no other block close to a tie."""
    if len(among) < 2:
        return None
    ranked = sorted(among, key=lambda b: _dist_xy(_xy(w, b), to), reverse=far)
    d0, d1 = _dist_xy(_xy(w, ranked[0]), to), _dist_xy(_xy(w, ranked[1]), to)
    return ranked[0] if abs(d1 - d0) >= _MARGIN else None


def _towers(s: SymState) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first."""
    out = []
    for b in s.blocks:
        if s.support[b] not in s.support and s.base(b) != BIN and s.on_top(b):
            out.append([b, *s.above(b)[::-1]])
    return out


# ----- imperative -------------------------------------------------------------------------------------
def t291_imp_carpenter(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _one(w, [x for x in _loose(w) if bowl and w.state.base(x) != bowl])
    if not bowl or not b or not _room(w.state, bowl):
        return None
    return _made(w, f"Put the {b} in the {bowl}.", _act(_in(b, bowl)))


def t291_imp_german3(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w.state, pair[0], pair[1]):
        return None
    a, b = pair
    return _made(w, f"Please put the {a} onto the {b}, thank you.", _act(_on(a, b)))


def t291_imp_barista(w: World) -> Made:
    b, corner = _one(w, _loose(w)), _one(w, _CORNERS)
    if not b or not corner:
        return None
    return _made(w, f"could you pop the {b} over in the {corner}? thanks!", _act(rels(Rel("at", b, corner))))


def t291_imp_student(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    return _made(w, f"throw the {b} in the bin pls", _act(binned([b])))


def t291_imp_professor(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    text = f"Would you kindly take the {top} off the {below} and set it down on the table, please?"
    return _made(w, text, _act(_table(top)))


def t291_imp_plain72(w: World) -> Made:
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    a, b, c = trio
    text = f"Build a tower: the {a} at the bottom, then the {b}, then the {c} on top."
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


# ----- declarative ------------------------------------------------------------------------------------
def t291_dec_carpenter(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _one(w, [x for x in _loose(w) if bowl and w.state.base(x) != bowl])
    if not bowl or not b or not _room(w.state, bowl):
        return None
    return _made(w, f"The {b} goes in the {bowl}.", _act(_in(b, bowl)))


def t291_dec_german3(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w.state, pair[0], pair[1]):
        return None
    a, b = pair
    return _made(w, f"The {a} should be laying on the {b}.", _act(_on(a, b)))


def t291_dec_barista(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    return _made(w, f"ok so the {b} belongs in the bin :)", _act(binned([b])))


def t291_dec_student(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    return _made(w, f"the {b} should be in the middle of the table", _act(rels(Rel("at", b, _MIDDLE))))


def t291_dec_professor(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    text = (f"The {bowl} ought to be empty by the time you are finished, and everything that is in it at present "
            "belongs in the bin.")
    return _made(w, text, _act(empty(bowl), binned(inside)))


def t291_dec_plain72(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    return _made(w, f"The {top} should be on the table, not on the {below}.", _act(_table(top)))


# ----- desiderative -----------------------------------------------------------------------------------
def t291_des_carpenter(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w.state, pair[0], pair[1]):
        return None
    a, b = pair
    return _made(w, f"I'd like the {a} set on top of the {b}.", _act(_on(a, b)))


def t291_des_german3(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _one(w, [x for x in _loose(w) if bowl and w.state.base(x) != bowl])
    if not bowl or not b or not _room(w.state, bowl):
        return None
    return _made(w, f"I want that the {b} is in the {bowl}.", _act(_in(b, bowl)))


def t291_des_barista(w: World) -> Made:
    b, corner = _one(w, _loose(w)), _one(w, _CORNERS)
    if not b or not corner:
        return None
    return _made(w, f"I'd love the {b} over in the {corner}!", _act(rels(Rel("at", b, corner))))


def t291_des_student(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"i want all the blocks out of the {bowl} and on the table", _act(_down(*inside)))


def t291_des_professor(w: World) -> Made:
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    a, b, c = trio
    text = (f"My goal is a single tower made of the {a}, the {b} and the {c}, in whatever order you find most "
            "convenient.")
    return _made(w, text, _act(_one_tower(trio)))


def t291_des_plain72(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    return _made(w, f"I'd like the {b} thrown away in the bin, please.", _act(binned([b])))


# ----- quantified -------------------------------------------------------------------------------------
def t291_qua_carpenter(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table or len(on_table) > len(layout.BIN_SLOTS):
        return None
    return _made(w, "Put every block that's on the table into the bin.", _act(binned(on_table)))


def t291_qua_german3(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl or len(w.blocks) < 2:
        return None
    return _made(w, f"Please put exactly two blocks in the {bowl}.", _act(count_in(bowl, 2)))


def t291_qua_barista(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    return _made(w, "can you put each block in a bowl? any bowl is fine :)", _act(_base_in(w.bowls)))


def t291_qua_student(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(w.blocks) < len(bowls):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return all(len(f.in_bowl(x)) == 1 for x in bowls)

    return _made(w, "one block in each bowl pls, doesnt matter which ones", _act(check))


def t291_qua_professor(w: World) -> Made:
    if len(w.blocks) > len(layout.BIN_SLOTS):
        return None
    return _made(w, "Would you place all of the blocks in the bin, every single one of them?", _act(binned(w.blocks)))


def t291_qua_plain72(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all the blocks into one tower.", _act(_one_tower(w.blocks)))


# ----- negated ----------------------------------------------------------------------------------------
def t291_neg_carpenter(w: World) -> Made:
    b = _one(w, w.blocks)
    others = [x for x in w.blocks if x != b]
    if not b or len(others) > len(layout.BIN_SLOTS):
        return None
    text = f"Put every block in the bin except the {w.colour(b)} one."
    return _made(w, text, _act(binned(others), none_binned([b])))


def t291_neg_german3(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    text = f"Please take the blocks out of the {bowl}, but not in the bin, put them on the table."
    return _made(w, text, _act(_down(*inside)))


def t291_neg_barista(w: World) -> Made:
    b = _one(w, w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b)

    def check(_i: SymState, f: SymState) -> bool:
        return f.base(b) not in (bowl, BIN)

    return _made(w, f"take the {b} out of the {bowl}, just don't put it in the bin!", _act(check))


def t291_neg_student(w: World) -> Made:
    spared = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in spared]
    if not spared or not others or len(others) > len(layout.BIN_SLOTS):
        return None
    a, b = spared
    text = f"all blocks in the bin but not the {w.colour(a)} one and not the {w.colour(b)} one"
    return _made(w, text, _act(binned(others), none_binned(spared)))


def t291_neg_professor(w: World) -> Made:
    loose, bowled = w.state.on_the_table(), w.in_bowls()
    if not loose or not bowled or len(loose) > len(layout.BIN_SLOTS):
        return None
    text = ("Please move every block that is not in a bowl into the bin, and leave the ones that are in the bowls "
            "exactly as they are.")
    return _made(w, text, _act(binned(loose), kept(*bowled)))


def t291_neg_plain72(w: World) -> Made:
    bowl, b = _one(w, w.bowls), _one(w, w.blocks)
    others = [x for x in w.blocks if x != b]
    if not bowl or not b or len(others) > layout.BOWL_CAPACITY:
        return None
    check = both(*(_in(x, bowl) for x in others), _not(_in(b, bowl)))
    return _made(w, f"Put all the blocks except the {b} into the {bowl}.", _act(check))


# ----- relative ---------------------------------------------------------------------------------------
def t291_rel_carpenter(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    return _made(w, f"Take the block that's sitting on the {below} and put it in the bin.", _act(binned([top])))


def t291_rel_german3(w: World) -> Made:
    pair, bowl = w.pick(w.pairs()), _one(w, w.bowls)
    if not pair or not bowl:
        return None
    top, below = pair[0]
    if w.state.base(below) == bowl or not _room(w.state, bowl):
        return None
    return _made(w, f"Put the block which is under the {top} into the {bowl}.", _act(_in(below, bowl)))


def t291_rel_barista(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if not w.state.in_bowl(x)])
    if not bowl:
        return None
    near = _clearly_nearest(w, _xy(w, bowl), _loose(w))
    if not near:
        return None
    return _made(w, f"grab the block closest to the {bowl} and drop it in the bin", _act(binned([near])))


def t291_rel_student(w: World) -> Made:
    towers, corner = _towers(w.state), _one(w, _CORNERS)
    if len(towers) != 1 or not corner:
        return None
    top = towers[0][-1]
    return _made(w, f"move the top block of the stack to the {corner}", _act(rels(Rel("at", top, corner))))


def t291_rel_professor(w: World) -> Made:
    bowl = _one(w, w.bowls)
    far = _clearly_nearest(w, layout.BIN_CENTER, _loose(w), far=True)
    if not bowl or not far or w.state.base(far) == bowl or not _room(w.state, bowl):
        return None
    text = f"Please place whichever block is furthest from the bin into the {bowl}."
    return _made(w, text, _act(_in(far, bowl)))


def t291_rel_plain72(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    tower = {b, *w.state.above(b), *_below(w.state, b)}
    near = _clearly_nearest(w, _xy(w, b), [x for x in _loose(w) if x not in tower])
    if not near or not _can_stack(w.state, b, near):
        return None
    return _made(w, f"Put the {b} on the block that's closest to it.", _act(_on(b, near)))


# ----- keep -------------------------------------------------------------------------------------------
def t291_keep_carpenter(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    k = _one(w, [x for x in w.blocks if x != b and x not in w.state.above(b)])
    if not k:
        return None
    text = f"Put the {b} in the bin, but leave the {k} where it is."
    return _made(w, text, _act(binned([b]), kept(k)))


def t291_keep_german3(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    k = _one(w, [x for x in w.blocks if w.state.base(x) != bowl])
    if not k:
        return None
    text = f"Please make the {bowl} empty, but the {k} must stay where it is now."
    return _made(w, text, _act(empty(bowl), kept(k)))


def t291_keep_barista(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w.state, pair[0], pair[1]):
        return None
    a, b = pair
    busy = {a, b, *w.state.above(a), *w.state.above(b)}
    k = _one(w, [x for x in w.blocks if x not in busy])
    if not k:
        return None
    text = f"put the {a} on the {b} but keep the {k} where it is please"
    return _made(w, text, _act(_on(a, b), kept(k)))


def t291_keep_student(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    rest = [x for x in w.blocks if x not in inside]
    if len(inside) > len(layout.BIN_SLOTS):
        return None
    text = f"bin everything in the {bowl}, dont touch anything else"
    return _made(w, text, _act(binned(inside), kept(*rest)))


def t291_keep_professor(w: World) -> Made:
    b = _one(w, [x for x in _loose(w) if w.state.is_clear(x)])
    if not b:
        return None
    rest = [x for x in w.blocks if x != b]
    text = (f"I would like the {b} moved to the middle of the table; the other blocks, however, should remain "
            "exactly where they are.")
    return _made(w, text, _act(rels(Rel("at", b, _MIDDLE)), kept(*rest)))


def t291_keep_plain72(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    leave = _one(w, bowls)
    if not leave:
        return None
    bowl = _one(w, [x for x in w.bowls if x != leave])
    stay = w.state.in_bowl(leave)
    b = _one(w, [x for x in _loose(w) if x not in stay])
    if not bowl or not b or w.state.base(b) == bowl or not _room(w.state, bowl):
        return None
    text = f"Put the {b} in the {bowl} and leave the blocks in the {leave} alone."
    return _made(w, text, _act(_in(b, bowl), kept(*stay)))


# ----- multi-step -------------------------------------------------------------------------------------
def t291_multi_carpenter(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    text = f"First put the {a} on the table, then put the {b} on top of it."
    return _made(w, text, _act(_table(a), _on(b, a)))


def t291_multi_german3(w: World) -> Made:
    pair, bowl = w.pick(_loose(w), 2), _one(w, w.bowls)
    if not pair or not bowl:
        return None
    a, b = pair
    if w.state.base(b) == bowl or b in _below(w.state, a) or not _room(w.state, bowl):
        return None
    text = f"First the {a} in the bin, after this the {b} in the {bowl}."
    return _made(w, text, _act(binned([a]), _in(b, bowl)))


def t291_multi_barista(w: World) -> Made:
    pair, corner = w.pick(_loose(w), 2), _one(w, _CORNERS)
    if not pair or not corner:
        return None
    a, b = pair
    text = f"first move the {a} to the {corner}, then stack the {b} on it"
    return _made(w, text, _act(rels(Rel("at", a, corner)), _on(b, a)))


def t291_multi_student(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    b = _one(w, [x for x in _loose(w) if x not in inside])
    if not b or len(inside) > len(layout.BIN_SLOTS):
        return None
    text = f"empty the {bowl} into the bin then put the {b} in that bowl"
    return _made(w, text, _act(binned(inside), _in(b, bowl)))


def t291_multi_professor(w: World) -> Made:
    pair, bowl = w.pick(w.pairs()), _one(w, w.bowls)
    if not pair or not bowl:
        return None
    top, below = pair[0]
    if w.state.base(below) == bowl or not _room(w.state, bowl):
        return None
    text = (f"To begin, please take the {top} off the {below}; once that is done, place the {below} in the "
            f"{bowl}.")
    return _made(w, text, _act(_not(_on(top, below)), _in(below, bowl)))


def t291_multi_plain72(w: World) -> Made:
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    a, b, c = trio
    return _made(w, f"Put the {a} in the bin, then the {b}, then the {c}.", _act(binned(trio)))


# ----- questions --------------------------------------------------------------------------------------
def t291_q_carpenter(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    return f"How many blocks are in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t291_q_german3(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5 and w.pairs():
        a, b = w.pick(w.pairs())[0]
    else:
        pair = w.pick(_loose(w), 2)
        if not pair:
            return None
        a, b = pair
        if b in _below(s, a) or a in _below(s, b):
            return None
    return f"Is the {a} lying on the {b}?", answered(yes(s.support[a] == b))


def t291_q_barista(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    up = w.state.on_top(b)
    return f"hey what's sitting on top of the {b}?", answered(up[0] if up else "nothing")


def t291_q_student(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return f"whats in the {bowl}", answered("|".join(inside) if inside else "nothing")


def t291_q_professor(w: World) -> Made:
    bowl, b = _one(w, w.bowls), _one(w, _loose(w))
    if not bowl or not b:
        return None
    n = w.state.count_at(TABLE)
    text = f"Could you tell me how many blocks are on the table, and also whether the {b} is in the {bowl}?"
    return text, answered(f"{n}|{yes(holds(Rel('in', b, bowl), w.state)).lower()}")


def t291_q_plain72(w: World) -> Made:
    s = w.state
    options = [b for b in _loose(w) if s.support[b] in s.bowls
               or (s.support[b] in s.support and s.base(b) not in s.bowls)]
    b = _one(w, options)
    if not b:
        return None
    return f"Where is the {b}?", answered(s.support[b])


# ----- matching ---------------------------------------------------------------------------------------
def t291_match_carpenter(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put each block that has a bowl of its own colour into that bowl.", _act(rels(*want)))


def t291_match_german3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Please sort the blocks after colour: every block comes in the bowl with the same colour, if there is one."
    return _made(w, text, _act(rels(*want)))


def t291_match_barista(w: World) -> Made:
    want = w.pick(matching(w))
    if not want:
        return None
    b, bowl = want[0].args
    if not _room(w.state, bowl):
        return None
    return _made(w, f"put the {b} in the bowl that's the same colour as it!", _act(_in(b, bowl)))


def t291_match_student(w: World) -> Made:
    want = matching(w)
    matched = {r.args[0] for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or len(rest) > len(layout.BIN_SLOTS):
        return None
    text = "blocks that match a bowl go in that bowl, the rest in the bin"
    return _made(w, text, _act(rels(*want), binned(rest)))


def t291_match_professor(w: World) -> Made:
    by_colour = {w.colour(x): x for x in w.bowls}
    ref = _one(w, [b for b in w.blocks if w.colour(b) in by_colour])
    if not ref:
        return None
    bowl = by_colour[w.colour(ref)]
    b = _one(w, [x for x in _loose(w) if x != ref and w.state.base(x) != bowl])
    if not b or not _room(w.state, bowl):
        return None
    text = f"Please put the {b} into the bowl that has the same colour as the {ref}."
    return _made(w, text, _act(_in(b, bowl)))


def t291_match_plain72(w: World) -> Made:
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(w.state.base(b))]
    if not wrong:
        return None
    text = "Take any block that's in a bowl of a different colour out and put it on the table."
    return _made(w, text, _act(_down(*wrong)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("carpenter", "german3", "barista", "student", "professor", "plain72")
FRESH291: list[Template] = [
    (f"t291_{short}_{style}", category, globals()[f"t291_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
