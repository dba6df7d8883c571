"""`FRESH243`, the two-hundred-and-forty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time, in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or to a named place, a tower,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. The six personas:
- chef3: a restaurant chef, short kitchen calls: "red block in the blue bowl. go, go"
- italian: an Italian speaker with small slips: "Please, you put the green block on the yellow block."
- lawyer: careful, precise, a little formal: "Kindly place the red block in the top left corner of the table."
- kid6: an eight-year-old, excited, spelling by ear: "put the blue block in the bin!!! its boring"
- gardener5: relaxed, country words now and then: "Pop the yellow block over in the middle of the table, would you."
- plain24: a plain adult with no quirks: "The red bowl should be empty."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on dd2bdf7, the code of 3f277ac, before anything it could prompt): 0.8833
goal-correct (265 of 300), 20 refused, five questions, five wrong actions and five wrong replies. The wrong actions: the
gardener's "First off, tip W out into the bin, then pop X in there instead." put X in the bin, not in W. The wrong
replies: the Italian speaker's "In which bowl is it X, please?". The question: the chef's "block sitting on X, in the
bin. now please". The refusals: the lawyer's "X shall be in the bin at the conclusion of this task.", "Kindly place
whichever block is situated nearest to W into that bowl.", "Could you confirm whether X is resting directly on Y?
Further, how many blocks are presently in W?" and "Each bowl is to contain the block of its own colour, where there is
one, and no other block whatsoever."
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_BIN_ROOM = len(layout.BIN_SLOTS)
_FLOOR = (TABLE, *PLACES)


# ----- helpers ---------------------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    return None if check(w.state, w.state) else (text, check)


def _the(name: str) -> str:
    return f"the {name}"


def _depth(s: SymState, b: str) -> int:
    """Blocks from the bottom of `b`'s tower up to `b`, `b` included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(s: SymState, bowl: str, coming: list[str]) -> bool:
    """Whether `bowl` can take the blocks of `coming` that are not in it yet."""
    new = [b for b in coming if s.base(b) != bowl]
    return len(s.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _apart(s: SymState, a: str, b: str) -> bool:
    """Neither block is above the other in a tower."""
    return a != b and a not in s.above(b) and b not in s.above(a)


def _stackable(s: SymState, x: str, y: str, extra: int = 1) -> bool:
    """`x` (and `extra - 1` more) can go on `y`: apart, `y` standing on the table, the tower not too high."""
    return _apart(s, x, y) and s.base(y) in _FLOOR and _depth(s, y) + extra <= layout.MAX_TOWER


def _base_in(blocks: list[str], where: tuple[str, ...]) -> Check:
    return lambda _i, f: all(f.base(b) in where for b in blocks)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _nearest(w: World, cands: list[str], point: tuple[float, float]) -> str | None:
    """The candidate clearly nearest to `point` (a stack or a near tie gives None)."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2) ** 0.5

    ranked = sorted(cands, key=d)
    if not ranked or (len(ranked) > 1 and d(ranked[1]) - d(ranked[0]) < 0.04):
        return None
    return ranked[0]


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return (p[0], p[1])


# ----- imperative ------------------------------------------------------------------------------------------------
def t243_imp_chef3(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        for bowl in w.pick(w.bowls, len(w.bowls)):
            if w.state.base(b) != bowl and _room(w.state, bowl, [b]):
                text = f"{b} in the {bowl}. go, go"
                return _made(w, text, _act(rels(Rel("in", b, bowl))))
    return None


def t243_imp_italian(w: World) -> Made:
    for x in w.pick(w.blocks, len(w.blocks)):
        for y in w.blocks:
            if _stackable(w.state, x, y):
                text = f"Please, you put {_the(x)} on {_the(y)}."
                return _made(w, text, _act(rels(Rel("on", x, y))))
    return None


def t243_imp_lawyer(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.pick(list(PLACES[:4]))[0]
    text = f"Kindly place {_the(b)} in the {place} of the table."
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t243_imp_kid6(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = f"put {_the(b)} in the bin!!! its boring"
    return _made(w, text, _act(binned([b])))


def t243_imp_gardener5(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = f"Pop {_the(b)} over in the middle of the table, would you."
    return _made(w, text, _act(rels(Rel("at", b, "middle"))))


def t243_imp_plain24(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    r, g, b = w.pick(w.blocks, 3)
    s = w.state
    if not (_apart(s, r, g) and _apart(s, g, b) and _apart(s, r, b) and _stackable(s, g, b, extra=2)):
        return None
    text = f"Stack {_the(r)} on {_the(g)}, and {_the(g)} on {_the(b)}."
    return _made(w, text, _act(rels(Rel("on", r, g), Rel("on", g, b))))


# ----- declarative -----------------------------------------------------------------------------------------------
def t243_dec_chef3(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        bowl = w.pick(w.bowls)[0]
        if w.state.base(b) != bowl and _room(w.state, bowl, [b]):
            text = f"{b} goes in the {bowl}. heard?"
            return _made(w, text, _act(rels(Rel("in", b, bowl))))
    return None


def t243_dec_italian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    text = f"The {top} it should be on the table, not on top of {_the(below)}."
    return _made(w, text, _act(rels(Rel("on_table", top))))


def t243_dec_lawyer(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = f"The {b} shall be in the bin at the conclusion of this task."
    return _made(w, text, _act(binned([b])))


def t243_dec_kid6(w: World) -> Made:
    for x in w.pick(w.blocks, len(w.blocks)):
        for y in w.pick(w.blocks, len(w.blocks)):
            if _stackable(w.state, x, y):
                text = f"{_the(x)} should be on top of {_the(y)}!! like a tower"
                return _made(w, text, _act(rels(Rel("on", x, y))))
    return None


def t243_dec_gardener5(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = f"Reckon {_the(b)} ought to be sitting in the bottom right corner."
    return _made(w, text, _act(rels(Rel("at", b, "bottom right corner"))))


def t243_dec_plain24(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = f"The {bowl} should be empty."
    return _made(w, text, _act(empty(bowl)))


# ----- desiderative ----------------------------------------------------------------------------------------------
def t243_des_chef3(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w.state, bowl, [a, b]):
        return None
    text = f"want {a} and {b} in the {bowl}. yes chef"
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t243_des_italian(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = f"I would like that {_the(b)} goes in the top right corner."
    return _made(w, text, _act(rels(Rel("at", b, "top right corner"))))


def t243_des_lawyer(w: World) -> Made:
    for x in w.pick(w.blocks, len(w.blocks)):
        for y in w.pick(w.blocks, len(w.blocks)):
            if _stackable(w.state, x, y):
                text = f"It is my wish that {_the(x)} be placed upon {_the(y)}."
                return _made(w, text, _act(rels(Rel("on", x, y))))
    return None


def t243_des_kid6(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    s = w.state
    low, mid, top = w.pick(w.blocks, 3)
    if s.support[low] not in _FLOOR or not (_apart(s, low, mid) and _apart(s, mid, top) and _apart(s, low, top)):
        return None
    if _depth(s, low) + 2 > layout.MAX_TOWER:
        return None
    text = f"i want a tower!!! {_the(low)} at the bottom then {_the(mid)} on it then {_the(top)} on the very top"
    return _made(w, text, _act(rels(Rel("stacked", low, mid, top))))


def t243_des_gardener5(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = f"I'd like {_the(b)} out of the way, in the bin if you don't mind."
    return _made(w, text, _act(binned([b])))


def t243_des_plain24(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    text = f"I'd like {_the(b)} back on the table rather than in the {bowl}."
    return _made(w, text, _act(_base_in([b], _FLOOR)))


# ----- quantified ------------------------------------------------------------------------------------------------
def t243_qua_chef3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if not _room(w.state, bowl, w.blocks):
        return None
    text = f"all blocks in the {bowl}. every last one"
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t243_qua_italian(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose or len(loose) > _BIN_ROOM:
        return None
    text = "Put every block what is on the table into the bin, please."
    return _made(w, text, _act(binned(loose)))


def t243_qua_lawyer(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    bowl = w.pick(w.bowls)[0]
    text = f"Place exactly two blocks in the {bowl}; which two is immaterial."
    return _made(w, text, _act(count_in(bowl, 2)))


def t243_qua_kid6(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls) or w.in_bowls():
        return None
    text = "put one block in each bowl!! just one"
    return _made(w, text, _act(*(count_in(bowl, 1) for bowl in w.bowls)))


def t243_qua_gardener5(w: World) -> Made:
    if len(w.blocks) > _BIN_ROOM:
        return None
    text = "Every block's going in the bin, the whole lot of them."
    return _made(w, text, _act(binned(w.blocks)))


def t243_qua_plain24(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Move all the blocks out of the bowls and onto the table."
    return _made(w, text, _act(_base_in(inside, _FLOOR)))


# ----- negated ---------------------------------------------------------------------------------------------------
def t243_neg_chef3(w: World) -> Made:
    keep = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != keep]
    if len(rest) > _BIN_ROOM:
        return None
    text = f"everything in the bin except {_the(keep)}"
    return _made(w, text, _act(binned(rest), none_binned([keep])))


def t243_neg_italian(w: World) -> Made:
    keep = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != keep]
    bowl = w.pick(w.bowls)[0]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    text = f"Please put all the blocks in the {bowl}, but not {_the(keep)}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in rest)), _not(Rel("in", keep, bowl))))


def t243_neg_lawyer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    if len(rest) > _BIN_ROOM:
        return None
    text = f"Kindly deposit all of the blocks in the bin, with the exception of {_the(a)} and {_the(b)}."
    return _made(w, text, _act(binned(rest), none_binned([a, b])))


def t243_neg_kid6(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    text = f"take {_the(top)} off {_the(below)} but dont put it in the bin ok"
    return _made(w, text, _act(_not(Rel("on", top, below)), none_binned([top])))


def t243_neg_gardener5(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not cands:
        return None
    keep = w.pick(cands)[0]
    rest = [b for b in w.blocks if b != keep]
    if len(rest) > _BIN_ROOM:
        return None
    text = f"Leave {_the(keep)} be, mind. Everything else can go in the bin."
    return _made(w, text, _act(binned(rest), kept(keep)))


def t243_neg_plain24(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    text = f"Take {_the(b)} out of the {bowl}, but don't put it in the bin."
    return _made(w, text, _act(_not(Rel("in", b, bowl)), none_binned([b])))


# ----- relative --------------------------------------------------------------------------------------------------
def t243_rel_chef3(w: World) -> Made:
    cands = [y for y in w.blocks if len(w.state.on_top(y)) == 1]
    if not cands:
        return None
    y = w.pick(cands)[0]
    top = w.state.on_top(y)[0]
    text = f"block sitting on the {y}, in the bin. now please"
    return _made(w, text, _act(binned([top])))


def t243_rel_italian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowl = w.pick(w.bowls)[0]
    if not _room(w.state, bowl, [below]):
        return None
    text = f"Take the block that is under {_the(top)} and put it in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t243_rel_lawyer(w: World) -> Made:
    empties = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not empties:
        return None
    bowl = w.pick(empties)[0]
    b = _nearest(w, w.blocks, _xy(w, bowl))
    if b is None:
        return None
    text = f"Kindly place whichever block is situated nearest to the {bowl} into that bowl."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t243_rel_kid6(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] in _FLOOR and s.on_top(b)]
    if len(bottoms) != 1 or any(s.base(b) not in _FLOOR for b, _ in w.pairs()):
        return None
    top = s.above(bottoms[0])[0]
    bowl = w.pick(w.bowls)[0]
    if not _room(s, bowl, [top]):
        return None
    text = f"put the block on the very top of the tower in the {bowl}!!"
    return _made(w, text, _act(rels(Rel("in", top, bowl))))


def t243_rel_gardener5(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    b = _nearest(w, cands, layout.BIN_CENTER)
    if b is None or len(cands) < 2:
        return None
    text = "Whichever block's lying nearest the bin, chuck it in. Not the ones in the bowls, mind."
    return _made(w, text, _act(binned([b])))


def t243_rel_plain24(w: World) -> Made:
    alone = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not alone:
        return None
    bowl = w.pick(alone)[0]
    x = w.state.in_bowl(bowl)[0]
    ys = [y for y in w.blocks if _stackable(w.state, x, y)]
    if not ys:
        return None
    y = w.pick(ys)[0]
    text = f"Put the block that's in the {bowl} onto {_the(y)}."
    return _made(w, text, _act(rels(Rel("on", x, y))))


# ----- keep ------------------------------------------------------------------------------------------------------
def t243_keep_chef3(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a):
        return None
    text = f"{a} in the bin. {b} stays put, don't touch it"
    return _made(w, text, _act(binned([a]), kept(b)))


def t243_keep_italian(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y, r = w.pick(w.blocks, 3)
    s = w.state
    if not _stackable(s, x, y) or r in s.above(x) or r in s.above(y):
        return None
    text = f"Put {_the(x)} on {_the(y)}, but {_the(r)} it must stay where it is."
    return _made(w, text, _act(rels(Rel("on", x, y)), kept(r)))


def t243_keep_lawyer(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    others = [b for b in w.blocks if b not in inside]
    if not others or len(inside) > _BIN_ROOM:
        return None
    g = w.pick(others)[0]
    text = f"Please empty the {bowl} into the bin. The {g}, however, is to remain precisely where it is."
    return _made(w, text, _act(binned(inside), kept(g)))


def t243_keep_kid6(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y, g = w.pick(w.blocks, 3)
    s = w.state
    if not _stackable(s, x, y) or g in s.above(x) or g in s.above(y):
        return None
    text = f"make {_the(x)} go on {_the(y)} but leave {_the(g)} where it is pleeeease"
    return _made(w, text, _act(rels(Rel("on", x, y)), kept(g)))


def t243_keep_gardener5(w: World) -> Made:
    loose, inside = w.state.on_the_table(), w.in_bowls()
    if not loose or not inside or len(loose) > _BIN_ROOM:
        return None
    text = "Clear the table off into the bin, but leave the ones in the bowls just as they are."
    return _made(w, text, _act(binned(loose), kept(*inside)))


def t243_keep_plain24(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a):
        return None
    text = f"Move {_the(a)} to the middle, but keep {_the(b)} where it is."
    return _made(w, text, _act(rels(Rel("at", a, "middle")), kept(b)))


# ----- multi_step ------------------------------------------------------------------------------------------------
def t243_multi_chef3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, x, y = w.pick(w.blocks, 3)
    if not _stackable(w.state, x, y):
        return None
    text = f"first {a} in the bin. then {x} on the {y}. service!"
    return _made(w, text, _act(binned([a]), rels(Rel("on", x, y))))


def t243_multi_italian(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w.state, bowl, [b]):
        return None
    text = f"First you put {_the(a)} in the bin, after you put {_the(b)} in the {bowl}."
    return _made(w, text, _act(binned([a]), rels(Rel("in", b, bowl))))


def t243_multi_lawyer(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    r, g = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    s = w.state
    if s.base(r) == bowl or s.base(g) == bowl or not _room(s, bowl, [r, g]):
        return None
    text = f"First, place {_the(r)} in the {bowl}; thereafter, place {_the(g)} upon {_the(r)}."
    return _made(w, text, _act(rels(Rel("in", r, bowl), Rel("on", g, r))))


def t243_multi_kid6(w: World) -> Made:
    s = w.state
    lifted = [b for b in w.blocks if s.support[b] not in _FLOOR]
    if not lifted:
        return None
    b = w.pick(lifted)[0]
    others = [r for r in w.blocks if _apart(s, r, b)]
    if not others:
        return None
    r = w.pick(others)[0]
    text = f"first put {_the(b)} on the table and then put {_the(r)} on it!!"
    return _made(w, text, _act(rels(Rel("on_table", b), Rel("on", r, b))))


def t243_multi_gardener5(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside or len(inside) > _BIN_ROOM:
        return None
    g = w.pick(outside)[0]
    text = f"First off, tip the {bowl} out into the bin, then pop {_the(g)} in there instead."
    return _made(w, text, _act(binned(inside), rels(Rel("in", g, bowl))))


def t243_multi_plain24(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    place = w.pick(list(PLACES[:4]))[0]
    text = f"Move {_the(a)} to the {place}, then stack {_the(b)} on top of it."
    return _made(w, text, _act(rels(Rel("at", a, place), Rel("on", b, a))))


# ----- question --------------------------------------------------------------------------------------------------
def t243_q_chef3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return f"{bowl}, how many blocks in it? quick", answered(str(n))


def t243_q_italian(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    return f"In which bowl is it {_the(b)}, please?", answered(w.state.base(b))


def t243_q_lawyer(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.pick(pairs)[0]
    elif len(w.blocks) >= 2:
        top, below = w.pick(w.blocks, 2)
    else:
        return None
    flag = w.state.support[top] == below
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    text = (f"Could you confirm whether {_the(top)} is resting directly on {_the(below)}? "
            f"Further, how many blocks are presently in the {bowl}?")
    return text, answered(f"{yes(flag)}|{n}")


def t243_q_kid6(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    ups = w.state.on_top(b)
    answer = ups[0] if ups else "nothing"
    return f"whats on top of {_the(b)}??", answered(answer)


def t243_q_gardener5(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "How many blocks have we got out on the table, not counting the ones in the bowls?", answered(str(n))


def t243_q_plain24(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    flag = bool(w.state.in_bowl(bowl))
    text = f"Is there anything in the {bowl}? And how many blocks are there altogether?"
    return text, answered(f"{yes(flag)}|{len(w.blocks)}")


# ----- matching --------------------------------------------------------------------------------------------------
def _sortable(w: World) -> list[Rel]:
    """The colour-matching goals, when every bowl has room for its block (else none)."""
    want = matching(w)
    return want if all(_room(w.state, r.target, [r.block]) for r in want) else []


def t243_match_chef3(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    text = "match em up. every block in the bowl of its own colour"
    return _made(w, text, _act(rels(*want)))


def t243_match_italian(w: World) -> Made:
    want = [r for r in _sortable(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.pick(want)[0]
    text = f"Put {_the(r.block)} in the bowl of the same colour of it."
    return _made(w, text, _act(rels(r)))


def t243_match_lawyer(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    owner = {r.target: r.block for r in want}

    def only(_i: SymState, f: SymState) -> bool:
        return all(b == owner.get(bowl) for bowl in f.bowls for b in f.in_bowl(bowl))

    text = ("Each bowl is to contain the block of its own colour, where there is one, and no other block "
            "whatsoever.")
    return _made(w, text, _act(rels(*want), only))


def t243_match_kid6(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    text = "put the blocks in the bowls that are the same colour as them!!! like matching"
    return _made(w, text, _act(rels(*want)))


def t243_match_gardener5(w: World) -> Made:
    want = _sortable(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not rest or len(rest) > _BIN_ROOM:
        return None
    text = "Blocks that match a bowl's colour go in that bowl, and the rest can go in the bin."
    return _made(w, text, _act(rels(*want), binned(rest)))


def t243_match_plain24(w: World) -> Made:
    want = _sortable(w)
    movers = [r.block for r in want if not holds(r, w.state)]
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not rest or any(x in w.state.above(m) for m in movers for x in rest):
        return None
    text = "Sort the blocks into the bowls by colour, and leave the ones that don't match any bowl where they are."
    return _made(w, text, _act(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("chef3", "italian", "lawyer", "kid6", "gardener5", "plain24")
FRESH243: list[Template] = [
    (f"t243_{short}_{style}", category, globals()[f"t243_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
