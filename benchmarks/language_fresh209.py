"""`FRESH209`, the two-hundred-and-tenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing everyday jobs into the chat window in their own
plain words: a block into a bowl, onto another block or a named place, towers, sorting by colour, clearing a bowl or
the table into the bin, leaving some things as they are, and plain questions about the table (one or two in a
message). Six personas, one style each:

- teacher2 (a secondary-school teacher, clear, sometimes numbered steps): "1. Put the red block in the bin. 2. Then..."
- builder (a builder on site, blunt): "shift the red one onto the green one, cheers"
- nerd (a board-game fan, game words): "Move the red piece to the top left corner square."
- elderly (unfamiliar with tech, polite and wordy, asks if it worked): "Would you be so kind as to ... Did it work?"
- scientist (a lab scientist, formal passive voice): "The blue block is to be placed in the green bowl."
- kid2 (a nine-year-old, excited): "put the purple block on the red block but DONT move the green block!!!"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on abf5284, the code of a233c91, before anything it could prompt): 0.69
goal-correct (207 of 300), 70 refused, 5 asked, fifteen wrong actions and three wrong replies. The wrong actions:
"anything that's not in a bowl, chuck it in the bin" binned one block ('it' said of a set; noticed last session and
left), "... put it down on the table? There's only the one stack, I think. ..." stacked every block (the remark read as
a goal), and "first put X on Y!!! then put Z on X!!! its a tower!!" stacked every block ('its a tower' read as a goal).
The wrong replies: "how many blocks are there altogether!!! and is the blue one in a bowl??" asked which 'blue one'. The
refusals: the board-game fan's "piece" and "square", the scientist's passive "X is to be removed from W and placed on the
table", "shall contain no blocks", "is to remain unmoved", the builder's "lads", "stuck on", "match em up", the elderly
person's long apologies and "My eyes aren't what they used to be", and "i love towers!!".
"""

from __future__ import annotations

import math

from benchmarks.planner_language import Check, Made, Template, World, answered, binned, both, kept, matching, rels, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_ON_TABLE = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    final = _act(check)
    return None if final(w.state, w.state) else (text, final)


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _depth(s: SymState, block: str) -> int:
    """How many blocks from `block` down to what its tower stands on, itself included."""
    n, sup = 1, s.support[block]
    while sup in s.support:
        n += 1
        sup = s.support[sup]
    return n


def _can_stack(w: World, top: str, below: str) -> bool:
    return top != below and _depth(w.state, below) < layout.MAX_TOWER


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(adding)) <= layout.BOWL_CAPACITY


def _based(blocks: list[str], where: tuple[str, ...]) -> Check:
    """Every block's tower stands on one of `where`."""
    return lambda _i, f: all(f.base(b) in where for b in blocks)


def _not_in(block: str, where: str) -> Check:
    return lambda _i, f: f.base(block) != where


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower in any order (on the table, a place or in a bowl; not in the bin)."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.base(bottoms[0]) == BIN:
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def _towers(w: World) -> list[list[str]]:
    """Every stack of two or more blocks, bottom first."""
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.on_top(b)]
    return [[b, *s.above(b)[::-1]] for b in bottoms]


def _nearest(w: World, point: tuple[float, float], blocks: list[str], margin: float = 0.03) -> str | None:
    """The block nearest to `point` when it is clearly nearer than every other."""
    if not blocks:
        return None
    d = sorted((math.hypot(w.scene.get(b).position[0] - point[0], w.scene.get(b).position[1] - point[1]), b)
               for b in blocks)
    if len(d) > 1 and d[1][0] - d[0][0] < margin:
        return None
    return d[0][1]


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return (p[0], p[1])


def _into(w: World) -> tuple[str, str] | None:
    """A block not in a bowl that has room for it, and the bowl."""
    options = [(b, o) for o in w.bowls for b in w.blocks if w.state.base(b) != o and _room(w, o, [b])]
    return w.rng.choice(options) if options else None


def _matchable(w: World) -> list[str]:
    bowl_colours = {w.colour(o) for o in w.bowls}
    return [b for b in w.blocks if w.colour(b) in bowl_colours]


def _colour_bowl(w: World, block: str) -> str:
    return next(o for o in w.bowls if w.colour(o) == w.colour(block))


# ----- imperative -----------------------------------------------------------------------------------
def t209_imp_teacher2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, o = pick
    return _made(w, f"Please put the {b} in the {o}.", rels(Rel("in", b, o)))


def t209_imp_builder(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"shift the {_c(w, a)} one onto the {_c(w, b)} one, cheers", rels(Rel("on", a, b)))


def t209_imp_nerd(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"Move the {_c(w, b)} piece to the {place} square.", rels(Rel("at", b, place)))


def t209_imp_elderly(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    text = (f"Hello there. Would you be so kind as to put the {b} into the bin for me, please? "
            "Thank you, dear. Could you tell me if it worked?")
    return _made(w, text, binned([b]))


def t209_imp_scientist(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    o = w.state.base(b)
    return _made(w, f"The {b} is to be removed from the {o} and placed on the table.",
                 both(rels(Rel("on_table", b)), _not_in(b, o)))


def t209_imp_kid2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = f"build a tower with the {a} and the {b} and the {c}!!! i love towers!!"
    return _made(w, text, _one_tower([a, b, c]))


# ----- declarative ----------------------------------------------------------------------------------
def t209_dec_teacher2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, o = pick
    return _made(w, f"By the end of this, the {b} should be in the {o}.", rels(Rel("in", b, o)))


def t209_dec_builder(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"{_c(w, a)} block goes on top of the {_c(w, b)} one", rels(Rel("on", a, b)))


def t209_dec_nerd(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    return _made(w, f"End position: the {_c(w, b)} piece sits on the middle square.", rels(Rel("at", b, "middle")))


def t209_dec_elderly(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    text = (f"I'm not very good with these things, but I believe the {b} ought to be in the bin. "
            "If you would be so good. Has that done it?")
    return _made(w, text, binned([b]))


def t209_dec_scientist(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    text = f"At the conclusion of the procedure, the {o} shall contain no blocks."
    return _made(w, text, lambda _i, f: not f.in_bowl(o))


def t209_dec_kid2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = f"the {a} is on the {b} and the {b} is on the {c}!! like a tower!!"
    return _made(w, text, rels(Rel("on", a, b), Rel("on", b, c)))


# ----- desiderative ---------------------------------------------------------------------------------
def t209_des_teacher2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowls = [o for o in w.bowls if _room(w, o, [a, b])]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    text = f"I'd like both the {a} and the {b} to end up in the {o}, please."
    return _made(w, text, rels(Rel("in", a, o), Rel("in", b, o)))


def t209_des_builder(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"want the {_c(w, a)} one stuck on the {_c(w, b)} block lads", rels(Rel("on", a, b)))


def t209_des_nerd(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"My goal this turn: get the {_c(w, b)} piece onto the {place}.", rels(Rel("at", b, place)))


def t209_des_elderly(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    inside = w.state.in_bowl(o)
    text = (f"Good afternoon. I would very much like the {o} emptied into the bin, if it isn't too much trouble. "
            "Thank you ever so much, and do let me know whether it worked.")
    return _made(w, text, binned(inside))


def t209_des_scientist(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"It is desired that the {b} be positioned at the {place}.", rels(Rel("at", b, place)))


def t209_des_kid2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"i want the {a} on top of the {b}!!! pleeease!!", rels(Rel("on", a, b)))


# ----- quantified -----------------------------------------------------------------------------------
def t209_qua_teacher2(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table or not w.in_bowls():
        return None
    return _made(w, "Put every block that is on the table into the bin.", binned(on_table))


def t209_qua_builder(w: World) -> Made:
    return _made(w, "chuck all the blocks in the bin lads", binned(w.blocks))


def t209_qua_nerd(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "Setup phase: place exactly one piece in each bowl, no more.",
                 lambda _i, f: all(len(f.in_bowl(o)) == 1 for o in bowls))


def t209_qua_elderly(w: World) -> Made:
    empties = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not empties:
        return None
    o = w.rng.choice(empties)
    text = (f"Could you please put exactly two blocks in the {o}? Any two will do, I'm not fussy. "
            "Thank you kindly. Did it go in all right?")
    return _made(w, text, lambda _i, f: len(f.in_bowl(o)) == 2)


def t209_qua_scientist(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "All blocks currently located in the bowls are to be transferred to the table."
    return _made(w, text, _based(inside, _ON_TABLE))


def t209_qua_kid2(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "put ALL the blocks in the middle!!!! every single one!!", _based(w.blocks, ("middle",)))


# ----- negated --------------------------------------------------------------------------------------
def t209_neg_teacher2(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    others = [o for o in w.blocks if o != b]
    return _made(w, f"Put all the blocks in the bin except the {_c(w, b)} one.",
                 both(binned(others), _not_in(b, BIN)))


def t209_neg_builder(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table or not w.in_bowls():
        return None
    return _made(w, "anything that's not in a bowl, chuck it in the bin", binned(on_table))


def t209_neg_nerd(w: World) -> Made:
    for o in w.bowls:
        spare = [b for b in w.blocks if w.state.base(b) != o]
        if not spare:
            continue
        b = w.rng.choice(spare)
        others = [x for x in w.blocks if x != b]
        if len(others) > layout.BOWL_CAPACITY:
            continue
        text = f"Move every piece into the {o} except the {_c(w, b)} piece."
        return _made(w, text, both(rels(*(Rel("in", x, o) for x in others)), _not_in(b, o)))
    return None


def t209_neg_elderly(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    o = w.state.base(b)
    text = (f"Would you kindly put the {b} somewhere that isn't the {o}? It has been sitting in there "
            "for ages and I'd rather it didn't. Thank you. Did that work?")
    return _made(w, text, _not_in(b, o))


def t209_neg_scientist(w: World) -> Made:
    if not w.in_bowls():
        return None
    (b,) = w.pick(w.blocks)
    others = [x for x in w.blocks if x != b]
    text = f"With the exception of the {b}, all blocks are to be placed on the table."
    return _made(w, text, _based(others, _ON_TABLE))


def t209_neg_kid2(w: World) -> Made:
    for o in w.bowls:
        outside = [b for b in w.blocks if w.state.base(b) != o]
        if len(outside) < 2:
            continue
        a, b = w.pick(outside, 2)
        if not _room(w, o, [b]):
            continue
        bowl = "the bowl" if len(w.bowls) == 1 else f"the {o}"
        text = f"dont put the {a} in {bowl}!! just put the {b} in!!"
        return _made(w, text, both(rels(Rel("in", b, o)), _not_in(a, o)))
    return None


# ----- relative -------------------------------------------------------------------------------------
def t209_rel_teacher2(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(s) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the block that is on top of the {below} and put it in the bin.", binned([top]))


def t209_rel_builder(w: World) -> Made:
    options = [(t, s, o) for t, s in w.pairs() for o in w.bowls if w.state.base(s) != o and _room(w, o, [s])]
    if not options:
        return None
    top, below, o = w.rng.choice(options)
    text = f"the block under the {_c(w, top)} one, stick it in the {o}"
    return _made(w, text, rels(Rel("in", below, o)))


def t209_rel_nerd(w: World) -> Made:
    for o in w.bowls:
        if w.state.in_bowl(o):
            continue
        b = _nearest(w, _pos(w, o), w.blocks)
        if b is None:
            continue
        return _made(w, f"Move the piece closest to the {o} onto the middle square.", rels(Rel("at", b, "middle")))
    return None


def t209_rel_elderly(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    top = towers[0][-1]
    text = ("Could you please take the top block off the stack and put it down on the table? "
            "There's only the one stack, I think. Thank you so much, and tell me if it worked.")
    return _made(w, text, rels(Rel("on_table", top)))


def t209_rel_scientist(w: World) -> Made:
    corner = w.rng.choice(PLACES[:4])
    b = _nearest(w, layout.PLACES[corner], w.blocks)
    if b is None:
        return None
    return _made(w, f"The block nearest to the {corner} is to be deposited in the bin.", binned([b]))


def t209_rel_kid2(w: World) -> Made:
    for o in w.bowls:
        inside = w.state.in_bowl(o)
        if len(inside) != 1:
            continue
        b = inside[0]
        targets = [t for t in w.blocks if _can_stack(w, b, t)]
        if not targets:
            continue
        t = w.rng.choice(targets)
        return _made(w, f"whatever block is in the {o}, put it on the {t}!!", rels(Rel("on", b, t)))
    return None


# ----- keep -----------------------------------------------------------------------------------------
def t209_keep_teacher2(w: World) -> Made:
    options = [(a, b) for a in w.blocks for b in w.blocks if a != b and b not in w.state.above(a)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = f"Put the {a} in the bin, but leave the {b} exactly where it is."
    return _made(w, text, both(binned([a]), kept(b)))


def t209_keep_builder(w: World) -> Made:
    s = w.state
    options = [(a, b, k) for a in w.blocks for b in w.blocks for k in w.blocks
               if _can_stack(w, a, b) and k not in (a, b) and k not in s.above(a) + s.above(b)]
    if not options:
        return None
    a, b, k = w.rng.choice(options)
    text = f"stick the {_c(w, a)} one on the {_c(w, b)} one, don't touch the {_c(w, k)} one"
    return _made(w, text, both(rels(Rel("on", a, b)), kept(k)))


def t209_keep_nerd(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    stay = w.state.in_bowl(o)
    movers = [b for b in w.blocks if b not in stay]
    if not movers:
        return None
    b = w.rng.choice(movers)
    place = w.rng.choice(PLACES[:4])
    text = f"Move the {_c(w, b)} piece to the {place} square, but the pieces in the {o} stay put."
    return _made(w, text, both(rels(Rel("at", b, place)), kept(*stay)))


def t209_keep_elderly(w: World) -> Made:
    on_table, inside = w.state.on_the_table(), w.in_bowls()
    if not on_table or not inside:
        return None
    text = ("I should like all the blocks on the table put in the bin, please, but do leave the ones in the "
            "bowls alone. Did that go alright?")
    return _made(w, text, both(binned(on_table), kept(*inside)))


def t209_keep_scientist(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, o = pick
    keep = [k for k in w.blocks if k != b and k not in w.state.above(b)]
    if not keep:
        return None
    k = w.rng.choice(keep)
    text = f"The {b} is to be placed in the {o}; the {k} is to remain unmoved."
    return _made(w, text, both(rels(Rel("in", b, o)), kept(k)))


def t209_keep_kid2(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    tower = towers[0]
    movers = [b for b in w.blocks if b not in tower]
    if not movers:
        return None
    b = w.rng.choice(movers)
    text = f"move the {b} to the middle but leave the tower alone!!! dont knock it over!!"
    return _made(w, text, both(rels(Rel("at", b, "middle")), kept(*tower)))


# ----- multi-step -----------------------------------------------------------------------------------
def t209_multi_teacher2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    if not _can_stack(w, b, c):
        return None
    text = f"1. Put the {a} in the bin. 2. Then put the {b} on the {c}."
    return _made(w, text, both(binned([a]), rels(Rel("on", b, c))))


def t209_multi_builder(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    y = w.rng.choice(inside)
    o = w.state.base(y)
    r = w.rng.choice([b for b in w.blocks if b != y])
    text = f"first shift the {_c(w, y)} one out of the {o}, then bin the {_c(w, r)} one"
    return _made(w, text, both(_not_in(y, o), binned([r])))


def t209_multi_nerd(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    corner = w.rng.choice(PLACES[:4])
    text = (f"Turn one: move the {_c(w, a)} piece to the {corner}. "
            f"Turn two: move the {_c(w, b)} piece on top of the {_c(w, a)} piece.")
    return _made(w, text, rels(Rel("at", a, corner), Rel("on", b, a)))


def t209_multi_elderly(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in _ON_TABLE]
    pick = _into(w)
    if not off or not pick:
        return None
    b, o = pick
    a = w.rng.choice(off)
    if a == b:
        return None
    text = (f"First, could you please put the {a} down on the table, and after that put the {b} into the {o}? "
            "I do hope I've explained that properly. Did it work?")
    return _made(w, text, rels(Rel("on_table", a), Rel("in", b, o)))


def t209_multi_scientist(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    inside = w.state.in_bowl(o)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    b = w.rng.choice(outside)
    text = (f"First, the {o} is to be emptied onto the table; subsequently, the {b} is to be placed in the "
            f"{o}.")
    return _made(w, text, both(_based(inside, _ON_TABLE), rels(Rel("in", b, o))))


def t209_multi_kid2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = f"first put the {a} on the {b}!!! then put the {c} on the {a}!!! its a tower!!"
    return _made(w, text, rels(Rel("on", a, b), Rel("on", c, a)))


# ----- questions ------------------------------------------------------------------------------------
def t209_q_teacher2(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    return f"How many blocks are there in the {o}?", answered(str(len(w.state.in_bowl(o))))


def t209_q_builder(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"whats sat on top of the {_c(w, below)} block", answered(_c(w, top))


def t209_q_nerd(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    n = len(w.state.in_bowl(o))
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = holds(Rel("on", a, b), w.state)
    text = f"Is the {_c(w, a)} piece on the {_c(w, b)} piece? And how many pieces are in the {o}?"
    return text, answered(f"{yes(flag).lower()}|{n}")


def t209_q_elderly(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        o = w.state.base(b)
    else:
        b = w.rng.choice(w.blocks)
        o = w.rng.choice(w.bowls)
    text = (f"Excuse me, I'm terribly sorry to bother you, but could you tell me whether the {b} is in the {o}? "
            "My eyes aren't what they used to be.")
    return text, answered(yes(w.state.base(b) == o))


def t209_q_scientist(w: World) -> Made:
    s = w.state
    options = [b for b in w.blocks if s.support[b] in s.support or s.support[b] in s.bowls]
    if not options:
        return None
    b = w.rng.choice(options)
    return f"Where is the {b} currently located?", answered(s.support[b])


def t209_q_kid2(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    flag = w.state.base(b) in w.state.bowls
    text = f"how many blocks are there altogether!!! and is the {_c(w, b)} one in a bowl??"
    return text, answered(f"{len(w.blocks)}|{yes(flag).lower()}")


# ----- matching -------------------------------------------------------------------------------------
def t209_match_teacher2(w: World) -> Made:
    return _made(w, "Put each block into the bowl of the same colour.", rels(*matching(w)))


def t209_match_builder(w: World) -> Made:
    return _made(w, "match em up lads, each block in the bowl the same colour as it", rels(*matching(w)))


def t209_match_nerd(w: World) -> Made:
    text = "Sort the pieces by colour: every piece that has a bowl of its colour goes into that bowl."
    return _made(w, text, rels(*matching(w)))


def t209_match_elderly(w: World) -> Made:
    options = [b for b in _matchable(w) if w.state.base(b) != _colour_bowl(w, b)]
    if not options:
        return None
    b = w.rng.choice(options)
    text = (f"Would you please put the {b} in the bowl that is the same colour as it? "
            "Thank you kindly, dear. Did it work?")
    return _made(w, text, rels(Rel("in", b, _colour_bowl(w, b))))


def t209_match_scientist(w: World) -> Made:
    rest = [b for b in w.blocks if b not in _matchable(w)]
    if not _matchable(w) or not rest:
        return None
    text = ("Each block whose colour corresponds to that of a bowl is to be placed in that bowl; all remaining "
            "blocks are to be placed in the bin.")
    return _made(w, text, both(rels(*matching(w)), binned(rest)))


def t209_match_kid2(w: World) -> Made:
    s = w.state
    match = _matchable(w)
    rest = [b for b in w.blocks if b not in match]
    movers = [b for b in match if s.base(b) != _colour_bowl(w, b)]
    if not movers or not rest or any(r in s.above(m) for m in movers for r in rest):
        return None
    text = "put the blocks in the bowls that are the same colour!! the ones with no matching bowl stay where they are!!"
    return _made(w, text, both(rels(*matching(w)), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("teacher2", "builder", "nerd", "elderly", "scientist", "kid2")
FRESH209: list[Template] = [
    (f"t209_{short}_{style}", category, globals()[f"t209_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
