"""`FRESH226`, the two-hundred-and-twenty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time and in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, a
tower, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table (one or two in a message). The six personas:
- midwife: a calm, kind, practical midwife: "Could you pop the red block into the blue bowl for me? Lovely."
- russian: a Russian speaker writing English with small slips, articles dropped: "Put red block on green block."
- plumber2: a tradesman, matter-of-fact, a bit of trade slang: "Stick the yellow block in the top left corner, mate."
- student3: a sixth-form student, informal, some abbreviations: "can u bin the green block pls"
- retired: a retired teacher, polite and a little old-fashioned: "Would you kindly place the blue block on the table?"
- plain7: a plain, ordinary adult with no quirks: "Take the red block off the blue block and put it in the green bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on e9f30d3, the code of 432dcfd, before anything it could prompt): 0.91
goal-correct (273 of 300), 17 refused, ten questions asked, no wrong action and no wrong reply. The questions: the retired
teacher's "put all of the blocks into W, with the exception of X, which should not go in there" and the plumber's "Grab
whichever block's nearest W and stick it in there.". The refusals: the student's "leave whats already in there alone" and
"put the blocks that match a bowl colour in their bowls, leave the rest where they r"; the plumber's "Any block that's got
a bowl the same colour, in it goes. The rest of them in the bin."; "keep everything in the bowls where it is".
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

_MAX_BIN = 5  # never ask for more blocks in the bin than it has slots for
_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _the(name: str) -> str:
    return f"the {name}"


def _act(*checks: Check) -> Check:
    """The goal holds and the gripper is empty."""
    return both(*checks, lambda _i, f: f.held is None)


def _made(w: World, text: str, check: Check) -> Made:
    return None if check(w.state, w.state) else (text, check)


def _below(s: SymState, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _depth(s: SymState, block: str) -> int:
    """How high `block` stands in its tower (1 at the bottom)."""
    return 1 + len(_below(s, block))


def _live(w: World) -> list[str]:
    """Blocks not already in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _on_table_base(w: World, block: str) -> bool:
    return w.state.base(block) in (TABLE, *PLACES)


def _can_stack(w: World, top: str, below: str) -> bool:
    """Putting `top` on `below` is a sensible, possible request in this scene."""
    s = w.state
    return (top != below and s.support[top] != below and _on_table_base(w, below)
            and top not in _below(s, below) and below not in s.above(top)
            and s.base(top) != BIN and _depth(s, below) + 1 <= layout.MAX_TOWER)


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    return [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    new = [b for b in adding if w.state.base(b) != bowl]
    return len(w.state.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _into_pairs(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for a block not in the bowl that would fit in it."""
    return [(b, k) for b in _live(w) for k in w.bowls if w.state.base(b) != k and _room(w, k, [b])]


def _loose(w: World) -> list[str]:
    """Blocks standing alone: on the table, nothing on them, on nothing."""
    s = w.state
    return [b for b in w.blocks if s.support[b] in (TABLE, *PLACES) and s.is_clear(b)]


def _xy_dist(w: World, block: str, xy: tuple[float, float]) -> float:
    p = w.scene.get(block).position
    return ((p[0] - xy[0]) ** 2 + (p[1] - xy[1]) ** 2) ** 0.5


def _nearest(w: World, cands: list[str], dist: dict[str, float], margin: float = 0.03) -> str | None:
    """The single loose candidate clearly nearer than every other block (towers share a spot, so never a tower)."""
    if not cands:
        return None
    best = min(cands, key=lambda b: dist[b])
    if best not in _loose(w):
        return None
    if any(dist[b] - dist[best] < margin for b in dist if b != best):
        return None
    return best


# ----- imperative -------------------------------------------------------------------------------------
def t226_imp_midwife(w: World) -> Made:
    pairs = _into_pairs(w)
    if not pairs:
        return None
    b, k = w.rng.choice(pairs)
    text = f"Could you pop {_the(b)} into {_the(k)} for me? Lovely, thank you."
    return _made(w, text, _act(rels(Rel("in", b, k))))


def t226_imp_russian(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Please put {a} on {b}."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t226_imp_plumber2(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    place = w.rng.choice(_CORNERS)
    text = f"Stick {_the(b)} in the {place}, mate."
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t226_imp_student3(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    text = f"can u bin the {w.colour(b)} block pls"
    return _made(w, text, _act(binned([b])))


def t226_imp_retired(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) in w.bowls or w.state.support[b] in w.state.support]
    cands = [b for b in cands if w.state.is_clear(b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"Would you kindly place {_the(b)} on the table, please?"
    return _made(w, text, _act(rels(Rel("on_table", b))))


def t226_imp_plain7(w: World) -> Made:
    pairs = [(a, s) for a, s in w.pairs() if w.state.is_clear(a)]
    if not pairs or not w.bowls:
        return None
    a, s = w.rng.choice(pairs)
    bowls = [k for k in w.bowls if _room(w, k, [a])]
    if not bowls:
        return None
    k = w.rng.choice(bowls)
    text = f"Take {_the(a)} off {_the(s)} and put it in {_the(k)}."
    return _made(w, text, _act(rels(Rel("in", a, k))))


# ----- declarative ------------------------------------------------------------------------------------
def t226_dec_midwife(w: World) -> Made:
    pairs = _into_pairs(w)
    if not pairs:
        return None
    b, k = w.rng.choice(pairs)
    text = f"{_the(b).capitalize()} wants to be sitting in {_the(k)} when we're done, lovely."
    return _made(w, text, _act(rels(Rel("in", b, k))))


def t226_dec_russian(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"{a.capitalize()} must be on top of {b}."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t226_dec_plumber2(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    text = f"{_the(b).capitalize()}'s going in the bin, that one's finished with."
    return _made(w, text, _act(binned([b])))


def t226_dec_student3(w: World) -> Made:
    pairs = _stack_pairs(w)
    w.rng.shuffle(pairs)
    for a, b in pairs:
        others = [g for g in _live(w) if g not in (a, b) and g not in w.state.above(a)]
        others = [g for g in others if g not in _below(w.state, b)]
        if others:
            g = w.rng.choice(others)
            text = (f"the {w.colour(a)} block needs to be on the {w.colour(b)} one "
                    f"and the {w.colour(g)} block in the bin")
            return _made(w, text, _act(rels(Rel("on", a, b), Rel("in_bin", g))))
    return None


def t226_dec_retired(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    place = w.rng.choice(_CORNERS)
    text = f"The {w.colour(b)} block belongs in the {place}, if you please."
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t226_dec_plain7(w: World) -> Made:
    full = [k for k in w.bowls if w.state.in_bowl(k)]
    if not full:
        return None
    k = w.rng.choice(full)
    text = f"{_the(k).capitalize()} should be empty."
    return _made(w, text, _act(empty(k)))


# ----- desiderative -----------------------------------------------------------------------------------
def t226_des_midwife(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"I'd like {_the(a)} sitting on top of {_the(b)}, if you would. There we go."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t226_des_russian(w: World) -> Made:
    pairs = _into_pairs(w)
    if not pairs:
        return None
    b, k = w.rng.choice(pairs)
    text = f"I want that {b} is in {k}."
    return _made(w, text, _act(rels(Rel("in", b, k))))


def t226_des_plumber2(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    text = (f"What I'm after is a tower: {w.colour(a)} on the bottom, {w.colour(b)} in the middle, "
            f"{w.colour(c)} on top.")
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t226_des_student3(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    text = f"i wanna get rid of the {w.colour(b)} block, just chuck it in the bin"
    return _made(w, text, _act(binned([b])))


def t226_des_retired(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    text = f"I should like {_the(b)} to be moved to the middle of the table, please."
    return _made(w, text, _act(rels(Rel("at", b, _MIDDLE))))


def t226_des_plain7(w: World) -> Made:
    full = [k for k in w.bowls if 0 < len(w.state.in_bowl(k)) <= _MAX_BIN]
    if not full:
        return None
    k = w.rng.choice(full)
    inside = w.state.in_bowl(k)
    text = f"My goal is to have {_the(k)} empty, with everything that's in it now in the bin."
    return _made(w, text, _act(binned(inside), empty(k)))


# ----- quantified -------------------------------------------------------------------------------------
def t226_qua_midwife(w: World) -> Made:
    live = _live(w)
    if len(live) != len(w.blocks) or len(live) > layout.BOWL_CAPACITY:
        return None
    k = w.rng.choice(w.bowls)
    text = f"Let's get all the blocks into {_the(k)}, shall we? Lovely."
    return _made(w, text, _act(rels(*(Rel("in", b, k) for b in live))))


def t226_qua_russian(w: World) -> Made:
    table = w.state.on_the_table()
    if not table or len(table) > _MAX_BIN:
        return None
    text = "Put every block from table into bin."
    return _made(w, text, _act(binned(table)))


def t226_qua_plumber2(w: World) -> Made:
    k = w.rng.choice(w.bowls)
    if len(_live(w)) < 2 or len(w.state.in_bowl(k)) == 2:
        return None
    text = f"Want exactly two blocks in {_the(k)}. Any two'll do, no more, no less."
    return _made(w, text, _act(count_in(k, 2)))


def t226_qua_student3(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(k) for k in w.bowls) or len(_live(w)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    text = "put one block in each bowl pls, doesnt matter which"
    return _made(w, text, _act(*(count_in(k, 1) for k in bowls)))


def t226_qua_retired(w: World) -> Made:
    if len(w.bowls) < 2 or not w.state.in_bowls():
        return None
    bowls = list(w.bowls)
    text = "Would you please make sure that each of the bowls is empty?"
    return _made(w, text, _act(*(empty(k) for k in bowls)))


def t226_qua_plain7(w: World) -> Made:
    live = _live(w)
    if len(live) != len(w.blocks) or len(live) > layout.MAX_TOWER:
        return None
    blocks = list(live)

    def one_tower(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in f.support]
        return (len(bottoms) == 1 and f.base(bottoms[0]) != BIN
                and all(len(f.on_top(b)) <= 1 for b in blocks))

    text = "Stack all the blocks up into one single tower."
    return _made(w, text, _act(one_tower))


# ----- negated ----------------------------------------------------------------------------------------
def t226_neg_midwife(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    keep = w.rng.choice(live)
    rest = [b for b in live if b != keep]
    if len(rest) > _MAX_BIN:
        return None
    text = f"Could you put all the blocks in the bin except the {w.colour(keep)} one? Lovely."
    return _made(w, text, _act(binned(rest), none_binned([keep])))


def t226_neg_russian(w: World) -> Made:
    pairs = [(a, s) for a, s in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, s = w.rng.choice(pairs)
    text = f"Take {a} off {s}, but not into bin please."
    return _made(w, text, _act(lambda _i, f: f.support[a] != s, none_binned([a])))


def t226_neg_plumber2(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    spare = w.pick(live, 2)
    rest = [b for b in live if b not in spare]
    if len(rest) > _MAX_BIN:
        return None
    text = f"Everything in the bin bar the {w.colour(spare[0])} and {w.colour(spare[1])} blocks."
    return _made(w, text, _act(binned(rest), none_binned(spare)))


def t226_neg_student3(w: World) -> Made:
    inside = w.state.in_bowls()
    outside = [b for b in _live(w) if b not in inside]
    if not inside or not outside or len(outside) > _MAX_BIN:
        return None
    text = "bin all the blocks apart from the ones in the bowls"
    return _made(w, text, _act(binned(outside), none_binned(inside)))


def t226_neg_retired(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    k = w.rng.choice(w.bowls)
    cands = [b for b in live if w.state.base(b) != k]
    if not cands:
        return None
    odd = w.rng.choice(cands)
    rest = [b for b in live if b != odd]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    text = (f"Please put all of the blocks into {_the(k)}, with the exception of {_the(odd)}, "
            f"which should not go in there.")
    return _made(w, text, _act(rels(*(Rel("in", b, k) for b in rest)), lambda _i, f: f.base(odd) != k))


def t226_neg_plain7(w: World) -> Made:
    if not w.pairs():
        return None
    blocks = list(w.blocks)
    text = "None of the blocks should be sitting on top of another block."
    return _made(w, text, _act(lambda _i, f: all(f.support[b] not in f.support for b in blocks)))


# ----- relative ---------------------------------------------------------------------------------------
def t226_rel_midwife(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Could you take the block that's sitting on top of {_the(below)} and pop it in the bin, lovely?"
    return _made(w, text, _act(binned([top])))


def t226_rel_russian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [k for k in w.bowls if _room(w, k, [below])]
    if not bowls:
        return None
    k = w.rng.choice(bowls)
    text = f"Put block which is under {top} into {k}."
    return _made(w, text, _act(rels(Rel("in", below, k))))


def t226_rel_plumber2(w: World) -> Made:
    k = w.rng.choice(w.bowls)
    if len(w.state.in_bowl(k)) >= layout.BOWL_CAPACITY:
        return None
    cands = [b for b in _live(w) if w.state.base(b) != k]
    dist = {b: w.dist(b, k) for b in cands}
    near = _nearest(w, cands, dist)
    if near is None:
        return None
    text = f"Grab whichever block's nearest {_the(k)} and stick it in there."
    return _made(w, text, _act(rels(Rel("in", near, k))))


def t226_rel_student3(w: World) -> Made:
    place = w.rng.choice(PLACES)
    xy = layout.PLACES[place]
    cands = _live(w)
    dist = {b: _xy_dist(w, b, xy) for b in cands}
    near = _nearest(w, cands, dist)
    if near is None:
        return None
    where = "the middle of the table" if place == _MIDDLE else f"the {place}"
    text = f"bin whichever block is closest to {where}"
    return _made(w, text, _act(binned([near])))


def t226_rel_retired(w: World) -> Made:
    empties = [k for k in w.bowls if not w.state.in_bowl(k)]
    if len(empties) != 1:
        return None
    k = empties[0]
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    text = f"Would you kindly put {_the(b)} in the empty bowl?"
    return _made(w, text, _act(rels(Rel("in", b, k))))


def t226_rel_plain7(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    ref = w.rng.choice(inside)
    k = w.state.base(ref)
    cands = [b for b in _live(w) if w.state.base(b) != k]
    if not cands or not _room(w, k, cands[:1]):
        return None
    b = w.rng.choice(cands)
    text = f"Put {_the(b)} in the same bowl as {_the(ref)}."
    return _made(w, text, _act(rels(Rel("in", b, k))))


# ----- keep -------------------------------------------------------------------------------------------
def t226_keep_midwife(w: World) -> Made:
    pairs = _stack_pairs(w)
    w.rng.shuffle(pairs)
    for a, b in pairs:
        s = w.state
        others = [g for g in _live(w) if g not in (a, b) and g not in s.above(a) and g not in s.above(b)]
        if others:
            g = w.rng.choice(others)
            text = f"Pop {_the(a)} on {_the(b)}, but leave {_the(g)} just where it is, lovely."
            return _made(w, text, _act(rels(Rel("on", a, b)), kept(g)))
    return None


def t226_keep_russian(w: World) -> Made:
    table = w.state.on_the_table()
    bottoms = [b for b in table if w.state.support[b] in (TABLE, *PLACES)]
    if not bottoms:
        return None
    red = w.rng.choice(bottoms)
    rest = [b for b in table if b != red]
    if not rest or len(rest) > _MAX_BIN:
        return None
    text = f"Put all blocks from table in bin, but {w.colour(red)} block must stay where it is."
    return _made(w, text, _act(binned(rest), kept(red)))


def t226_keep_plumber2(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    full = [k for k in w.bowls if 0 < len(w.state.in_bowl(k)) <= _MAX_BIN]
    if not full:
        return None
    k = w.rng.choice(full)
    other = w.rng.choice([o for o in w.bowls if o != k])
    inside, there = w.state.in_bowl(k), w.state.in_bowl(other)

    def untouched(i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(other)) == sorted(there) and all(i.support[b] == f.support[b] for b in there)

    text = f"Empty {_the(k)} into the bin. Leave {_the(other)} as it is."
    return _made(w, text, _act(binned(inside), untouched))


def t226_keep_student3(w: World) -> Made:
    full = [k for k in w.bowls if w.state.in_bowl(k)]
    if not full:
        return None
    k = w.rng.choice(full)
    there = w.state.in_bowl(k)
    cands = [b for b in _live(w) if w.state.base(b) != k]
    if not cands or not _room(w, k, cands[:1]):
        return None
    b = w.rng.choice(cands)
    text = f"put the {w.colour(b)} block in the {w.colour(k)} bowl but leave whats already in there alone"
    return _made(w, text, _act(rels(Rel("in", b, k)), kept(*there)))


def t226_keep_retired(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.is_clear(b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    place = w.rng.choice(_CORNERS)
    others = [o for o in w.blocks if o != b]
    text = (f"Would you please move {_the(b)} to the {place}, leaving all the other blocks "
            f"exactly where they are?")
    return _made(w, text, _act(rels(Rel("at", b, place)), kept(*others)))


def t226_keep_plain7(w: World) -> Made:
    inside = w.state.in_bowls()
    cands = [b for b in _live(w) if b not in inside]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"Put {_the(b)} in the bin, and keep everything in the bowls where it is."
    return _made(w, text, _act(binned([b]), kept(*inside)))


# ----- multi-step -------------------------------------------------------------------------------------
def t226_multi_midwife(w: World) -> Made:
    pairs = _stack_pairs(w)
    w.rng.shuffle(pairs)
    for a, b in pairs:
        s = w.state
        cands = [r for r in _live(w) if r not in (a, b) and r not in _below(s, b) and r not in s.above(a)]
        if cands:
            r = w.rng.choice(cands)
            text = f"First, pop {_the(r)} in the bin, then put {_the(a)} on {_the(b)}. There we go."
            return _made(w, text, _act(binned([r]), rels(Rel("on", a, b))))
    return None


def t226_multi_russian(w: World) -> Made:
    inside = [b for b in w.state.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    g = w.rng.choice(inside)
    k = w.state.base(g)
    cands = [b for b in _live(w) if w.state.base(b) != k]
    if not cands:
        return None
    y = w.rng.choice(cands)
    text = f"At first take {g} from {k} and put it on table, then put {y} in {k}."
    return _made(w, text, _act(rels(Rel("on_table", g), Rel("in", y, k))))


def t226_multi_plumber2(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    place = w.rng.choice(_CORNERS)
    text = f"Right, first job: {_the(a)} in the {place}. Second job: {_the(b)} on top of it."
    return _made(w, text, _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t226_multi_student3(w: World) -> Made:
    s = w.state
    cands = [b for b in _live(w) if s.base(b) in w.bowls or s.support[b] in s.support]
    if not cands:
        return None
    y = w.rng.choice(cands)
    tops = [g for g in _live(w) if g != y and g not in _below(s, y)]
    if not tops:
        return None
    g = w.rng.choice(tops)
    text = f"first put the {w.colour(y)} block on the table then stack the {w.colour(g)} one on it"
    return _made(w, text, _act(rels(Rel("on_table", y), Rel("on", g, y))))


def t226_multi_retired(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    k = w.rng.choice(w.bowls)
    if not _room(w, k, [a, b]):
        return None
    text = (f"Firstly, please put {_the(a)} into {_the(k)}. After that, I should be grateful if you would "
            f"put {_the(b)} into the same bowl.")
    return _made(w, text, _act(rels(Rel("in", a, k), Rel("in", b, k))))


def t226_multi_plain7(w: World) -> Made:
    full = [k for k in w.bowls if 0 < len(w.state.in_bowl(k)) <= _MAX_BIN]
    if not full:
        return None
    k = w.rng.choice(full)
    inside = w.state.in_bowl(k)
    cands = [b for b in _live(w) if b not in inside]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"Take everything out of {_the(k)} and put it in the bin, then put {_the(b)} in {_the(k)}."
    return _made(w, text, _act(binned(inside), rels(Rel("in", b, k))))


# ----- questions --------------------------------------------------------------------------------------
def t226_q_midwife(w: World) -> Made:
    k = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(k))
    return f"How many blocks have we got in {_the(k)} at the moment, lovely?", answered(str(n))


def t226_q_russian(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.75:
        top, below = w.rng.choice(pairs)
        answer = top
    else:
        clear = [b for b in _live(w) if w.state.is_clear(b)]
        if not clear:
            return None
        below, answer = w.rng.choice(clear), "nothing"
    return f"What is lying on {below}?", answered(answer)


def t226_q_plumber2(w: World) -> Made:
    n = w.state.count_at(TABLE)
    empty_bin = not any(w.state.base(b) == BIN for b in w.blocks)
    text = "How many blocks we got on the table? And is the bin empty?"
    return text, answered(f"{n}|{yes(empty_bin)}")


def t226_q_student3(w: World) -> Made:
    inside = w.state.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        k = w.state.base(b) if w.rng.random() < 0.6 else w.rng.choice(w.bowls)
    else:
        b, k = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = holds(Rel("in", b, k), w.state)
    return f"is the {w.colour(b)} block in the {w.colour(k)} bowl", answered(yes(flag))


def t226_q_retired(w: World) -> Made:
    single = [k for k in w.bowls if len(w.state.in_bowl(k)) == 1]
    if not single:
        return None
    k = w.rng.choice(single)
    (b,) = w.state.in_bowl(k)
    return f"Would you be so kind as to tell me which block is in {_the(k)}?", answered(b)


def t226_q_plain7(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        live = _live(w)
        if len(live) < 2:
            return None
        a, b = w.pick(live, 2)
    flag = holds(Rel("on", a, b), w.state)
    text = f"Is {_the(a)} on top of {_the(b)}? Also, how many bowls are there?"
    return text, answered(f"{yes(flag)}|{len(w.bowls)}")


# ----- matching ---------------------------------------------------------------------------------------
def _match_ok(w: World, want: list[Rel]) -> bool:
    return all(_room(w, r.target, [r.block]) for r in want)


def t226_match_midwife(w: World) -> Made:
    want = matching(w)
    if not want or not _match_ok(w, want):
        return None
    text = "Could you pop each block into the bowl that matches its colour, where there is one? Lovely."
    return _made(w, text, _act(rels(*want)))


def t226_match_russian(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target, [r.block])]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Put {r.block} into bowl of same colour."
    return _made(w, text, _act(rels(r)))


def t226_match_plumber2(w: World) -> Made:
    want = matching(w)
    matched = [r.block for r in want]
    rest = [b for b in _live(w) if b not in matched]
    if not want or not rest or len(rest) > _MAX_BIN:
        return None
    text = "Any block that's got a bowl the same colour, in it goes. The rest of them in the bin."
    return _made(w, text, _act(rels(*want), binned(rest)))


def t226_match_student3(w: World) -> Made:
    want = matching(w)
    if not want or not _match_ok(w, want):
        return None
    matched = [r.block for r in want]
    rest = [b for b in w.blocks if b not in matched]
    s = w.state
    if any(x in s.above(m) for m in matched for x in rest):
        return None
    text = "put the blocks that match a bowl colour in their bowls, leave the rest where they r"
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t226_match_retired(w: World) -> Made:
    by_colour = {w.colour(k): k for k in w.bowls}
    options = [(b, ref, by_colour[w.colour(ref)]) for ref in w.blocks if w.colour(ref) in by_colour
               for b in _live(w) if b != ref]
    options = [(b, ref, k) for b, ref, k in options if w.state.base(b) != k and _room(w, k, [b])]
    if not options:
        return None
    b, ref, k = w.rng.choice(options)
    text = f"Please put {_the(b)} in the bowl which is the same colour as {_the(ref)}."
    return _made(w, text, _act(rels(Rel("in", b, k))))


def t226_match_plain7(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) != BIN]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Put the block that's the same colour as {_the(r.target)} in the bin."
    return _made(w, text, _act(binned([r.block])))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("midwife", "russian", "plumber2", "student3", "retired", "plain7")
FRESH226: list[Template] = [
    (f"t226_{short}_{style}", category, globals()[f"t226_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
