"""`FRESH323`, the three-hundred-and-twenty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, asking the arm to tidy, move, sort and count blocks the way they
would ask a colleague across a desk. Six personas write them:
- accountant5: an accountant, exact about numbers and exceptions ("Bin every block except the red block and the blue block.")
- artist: an artist, descriptive, talks about colours and arrangement ("Set the yellow block on top of the green block, like a little two-colour totem.")
- retiree5: a retiree, polite, unhurried, a bit chatty ("Would you be so kind as to move the red block over to the top left corner? Thank you.")
- ukrainian: a Ukrainian speaker writing English with small slips ("Put red block to the bin, please.")
- student6: a university student, casual, sometimes unsure ("i kinda want the cyan block in the bin tbh")
- plain104: a plain, ordinary adult ("Stack the red block on the blue block.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 856dc52, the code of dba2683, before anything it could prompt): 0.8967
goal-correct (269 of 300), 30 refused, 0 questions, 1 wrong action, 0 wrong replies. The wrong action: a retiree's
'The block closest to W, would you put that one in the bin for me?' binned the block closest to W, which stood in
another bowl; the check counts only blocks on the table, so this one is the check's reading, left as it is. The
refusals: an artist's 'Sweep every single block into the bin. I want a clean, empty table to start over.', 'No block
should stay in W. Empty it out onto the table, I want the bowl bare.' and '..., then set Y on top of it, a small
column right at the centre.', a student's 'can u put like three blocks in the bin? any three, doesn't matter which', a
retiree's '... And please leave W and whatever is in it alone, I've just got that how I like it.', a Ukrainian
speaker's 'Put X on Y, but Z not touch, leave where it is.'.
"""

from __future__ import annotations

from benchmarks.planner_language import (Check, Made, Template, World, answered, binned, count_in, empty, kept,
                                         matching, none_binned, rels, yes)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_MARGIN = 0.03


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _height(s: SymState, block: str) -> int:
    """How many blocks from `block` down to the bottom of its tower, itself included."""
    n = 1
    while s.support[block] in s.support:
        block = s.support[block]
        n += 1
    return n


def _on_table(s: SymState, block: str) -> bool:
    return s.base(block) in (TABLE, *PLACES)


def _movers(w: World) -> list[str]:
    """Clear blocks that can be picked up straight away."""
    return w.clear_blocks()


def _bases(w: World, mover: str) -> list[str]:
    """Clear blocks standing on the table that `mover` could be stacked on."""
    s = w.state
    return [b for b in w.clear_blocks()
            if b != mover and _on_table(s, b) and _height(s, b) < layout.MAX_TOWER]


def _rooms(w: World, need: int = 1, exclude: str = "") -> list[str]:
    """Bowls with room for `need` more blocks (not counting `exclude`, already inside)."""
    s = w.state
    return [bw for bw in w.bowls
            if len([b for b in s.in_bowl(bw) if b != exclude]) + need <= layout.BOWL_CAPACITY]


def _into_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl with room that it is not in."""
    opts = [(b, bw) for b in _movers(w) for bw in _rooms(w) if w.state.base(b) != bw]
    return w.rng.choice(opts) if opts else None


def _stack(w: World) -> tuple[str, str] | None:
    opts = [(b, t) for b in _movers(w) for t in _bases(w, b)]
    return w.rng.choice(opts) if opts else None


def _free_places(w: World) -> list[str]:
    return [p for p in PLACES if w.state.count_at(p) == 0]


def _off_table(w: World) -> list[str]:
    """Clear blocks that are not standing on the table themselves (on a block or in a bowl)."""
    s = w.state
    return [b for b in _movers(w) if s.support[b] not in (TABLE, *PLACES)]


def _winner(w: World, cands: list[str], key) -> str | None:
    """The candidate with the smallest key, when it is clear and wins by `_MARGIN`."""
    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=key)
    best, second = ranked[0], ranked[1]
    if key(second) - key(best) < _MARGIN or not w.state.is_clear(best):
        return None
    return best


def _visible(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _table_blocks(w: World) -> list[str]:
    return [b for b in w.blocks if _on_table(w.state, b)]


def _others(w: World, *skip: str) -> list[str]:
    return [b for b in w.blocks if b not in skip]


def _where(s: SymState, block: str) -> str | None:
    """How a person would say where a block is, or None when it is awkward to say."""
    sup = s.support[block]
    if sup in s.bowls or sup in PLACES or sup == TABLE:
        return sup
    if sup in s.support and _on_table(s, sup):
        return sup
    return None


def _match_pairs(w: World) -> list[Rel]:
    """Matching relations, or [] when some bowl has no room for its block."""
    rs = matching(w)
    for r in rs:
        if r.target not in _rooms(w, 1, exclude=r.block) and w.state.base(r.block) != r.target:
            return []
    return rs


# ----- imperative -----------------------------------------------------------------------------------
def t323_imp_accountant5(w: World) -> Made:
    p = _into_bowl(w)
    if not p:
        return None
    b, bw = p
    return _made(w, f"Place the {b} in the {bw}. One block, one move.", _act(rels(Rel("in", b, bw))))


def t323_imp_artist(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    b, t = p
    return _made(w, f"Set the {b} on top of the {t}, like a little two-colour totem.", _act(rels(Rel("on", b, t))))


def t323_imp_retiree5(w: World) -> Made:
    b, places = w.pick(_movers(w)), _free_places(w)
    if not b or not places:
        return None
    p = w.rng.choice(places)
    text = f"Would you be so kind as to move the {b[0]} over to the {p}? Thank you, that's lovely."
    return _made(w, text, _act(rels(Rel("at", b[0], p))))


def t323_imp_ukrainian(w: World) -> Made:
    b = w.pick(_movers(w))
    if not b:
        return None
    return _made(w, f"Put {b[0]} to the bin, please.", _act(binned(b)))


def t323_imp_student6(w: World) -> Made:
    b = w.pick(_off_table(w))
    if not b:
        return None
    text = f"uh can you put the {b[0]} on the table? like just down on the table somewhere"
    return _made(w, text, _act(rels(Rel("on_table", b[0]))))


def t323_imp_plain104(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    b, t = p
    return _made(w, f"Stack the {b} on the {t}.", _act(rels(Rel("on", b, t))))


# ----- declarative ----------------------------------------------------------------------------------
def t323_dec_accountant5(w: World) -> Made:
    p = _into_bowl(w)
    if not p:
        return None
    b, bw = p
    return _made(w, f"For the record: the {b} belongs in the {bw}.", _act(rels(Rel("in", b, bw))))


def t323_dec_artist(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    b, t = p
    text = f"The {b} sits on top of the {t}; that's the composition I have in mind."
    return _made(w, text, _act(rels(Rel("on", b, t))))


def t323_dec_retiree5(w: World) -> Made:
    b = w.pick(_movers(w))
    if not b:
        return None
    text = f"The {b[0]} ought to be in the bin, I'm afraid. It has had its day."
    return _made(w, text, _act(binned(b)))


def t323_dec_ukrainian(w: World) -> Made:
    b = w.pick(_movers(w))
    if not b or PLACES[4] not in _free_places(w):
        return None
    return _made(w, f"The {b[0]} must to be in the middle of table.", _act(rels(Rel("at", b[0], PLACES[4]))))


def t323_dec_student6(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    b, t = p
    text = f"ok so the {b} is supposed to be on the {t} i think?"
    return _made(w, text, _act(rels(Rel("on", b, t))))


def t323_dec_plain104(w: World) -> Made:
    b = w.pick(_off_table(w))
    if not b:
        return None
    return _made(w, f"The {b[0]} has to be on the table.", _act(rels(Rel("on_table", b[0]))))


# ----- desiderative ---------------------------------------------------------------------------------
def t323_des_accountant5(w: World) -> Made:
    p = _into_bowl(w)
    if not p:
        return None
    b, bw = p
    text = f"I would like one change, and one only: the {b} in the {bw}."
    return _made(w, text, _act(rels(Rel("in", b, bw)), kept(*_others(w, b))))


def t323_des_artist(w: World) -> Made:
    p = _into_bowl(w)
    if not p:
        return None
    b, bw = p
    text = f"I'd love to see the {b} resting in the {bw}. {w.colour(b).capitalize()} against {w.colour(bw)}, gorgeous."
    if w.colour(b) == w.colour(bw):
        text = f"I'd love to see the {b} resting in the {bw}, {w.colour(b)} in {w.colour(bw)}, all tone on tone."
    return _made(w, text, _act(rels(Rel("in", b, bw))))


def t323_des_retiree5(w: World) -> Made:
    b, places = w.pick(_movers(w)), [p for p in _free_places(w) if p != PLACES[4]]
    if not b or not places:
        return None
    p = w.rng.choice(places)
    text = f"It would be nice if the {b[0]} were sitting in the {p}, if it's no trouble to you."
    return _made(w, text, _act(rels(Rel("at", b[0], p))))


def t323_des_ukrainian(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    b, t = p
    return _made(w, f"I want that the {b} is on the {t}.", _act(rels(Rel("on", b, t))))


def t323_des_student6(w: World) -> Made:
    b = w.pick(_movers(w))
    if not b:
        return None
    return _made(w, f"i kinda want the {b[0]} in the bin tbh", _act(binned(b)))


def t323_des_plain104(w: World) -> Made:
    b = w.pick(_off_table(w))
    if not b:
        return None
    return _made(w, f"I'd like the {b[0]} on the table, please.", _act(rels(Rel("on_table", b[0]))))


# ----- quantified -----------------------------------------------------------------------------------
def t323_qua_accountant5(w: World) -> Made:
    bowls = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not bowls or len(w.blocks) < 3:
        return None
    bw = w.rng.choice(bowls)
    text = f"Put exactly two blocks in the {bw}. Which two is up to you, but two, not more."
    return _made(w, text, _act(count_in(bw, 2)))


def t323_qua_artist(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    text = "Sweep every single block into the bin. I want a clean, empty table to start over."
    return _made(w, text, _act(binned(w.blocks)))


def t323_qua_retiree5(w: World) -> Made:
    s = w.state
    loose, bowled = s.on_the_table(), s.in_bowls()
    if len(loose) < 2 or not bowled:
        return None
    text = ("Could you put all of the blocks that are out on the table into the bin? "
            "Leave the ones in the bowls, please, they're fine where they are.")
    return _made(w, text, _act(binned(loose), kept(*bowled)))


def t323_qua_ukrainian(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY or not w.bowls:
        return None
    bw = w.rng.choice(w.bowls)
    return _made(w, f"Put all blocks in {bw}.", _act(rels(*(Rel("in", b, bw) for b in w.blocks))))


def t323_qua_student6(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = "can u put like three blocks in the bin? any three, doesn't matter which"
    return _made(w, text, _act(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3))


def t323_qua_plain104(w: World) -> Made:
    s = w.state
    out = [b for b in w.blocks if s.base(b) not in s.bowls]
    if len(out) < 2 or not w.bowls:
        return None
    opts = [bw for bw in w.bowls if len(s.in_bowl(bw)) + len(out) <= layout.BOWL_CAPACITY]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    text = f"Put every block that isn't in a bowl into the {bw}."
    return _made(w, text, _act(rels(*(Rel("in", b, bw) for b in out))))


# ----- negated --------------------------------------------------------------------------------------
def t323_neg_accountant5(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    keep = w.pick(w.blocks, 2)
    rest = _others(w, *keep)
    text = f"Bin every block except the {keep[0]} and the {keep[1]}. Those two stay out of the bin."
    return _made(w, text, _act(binned(rest), none_binned(keep)))


def t323_neg_artist(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bw = w.rng.choice(bowls)
    inside = w.state.in_bowl(bw)
    text = f"No block should stay in the {bw}. Empty it out onto the table, I want the bowl bare."
    return _made(w, text, _act(empty(bw), lambda _i, f: all(_on_table(f, b) for b in inside)))


def t323_neg_retiree5(w: World) -> Made:
    opts = [b for b in _movers(w) if w.state.base(b) in w.bowls]
    if not opts:
        return None
    b = w.rng.choice(opts)
    bw = w.state.base(b)
    text = f"I don't want the {b} in the {bw} any more. Would you mind taking it out for me?"
    return _made(w, text, _act(rels(Rel("in", b, bw, negated=True))))


def t323_neg_ukrainian(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    keep = w.pick(w.blocks)
    return _made(w, f"Put in the bin all blocks, but not the {keep[0]}.",
                 _act(binned(_others(w, *keep)), none_binned(keep)))


def t323_neg_student6(w: World) -> Made:
    opts = [b for b in w.blocks if not w.state.is_clear(b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = f"nothing should be on top of the {b}... can you fix that?"
    return _made(w, text, _act(rels(Rel("clear", b))))


def t323_neg_plain104(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    return _made(w, f"The {top} shouldn't be on the {below}.", _act(rels(Rel("on", top, below, negated=True))))


# ----- relative -------------------------------------------------------------------------------------
def t323_rel_accountant5(w: World) -> Made:
    b = _winner(w, _visible(w), lambda n: -w.y(n))
    if not b:
        return None
    return _made(w, "The block furthest to the right goes into the bin.", _act(binned([b])))


def t323_rel_artist(w: World) -> Made:
    opts = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not opts or not w.bowls:
        return None
    top, below = w.rng.choice(opts)
    bowls = [bw for bw in _rooms(w) if w.state.base(top) != bw]
    if not bowls:
        return None
    bw = w.rng.choice(bowls)
    text = f"Take the block that's sitting on the {below} and put it in the {bw}."
    return _made(w, text, _act(rels(Rel("in", top, bw))))


def t323_rel_retiree5(w: World) -> Made:
    if not w.bowls:
        return None
    bw = w.rng.choice(w.bowls)
    if w.state.in_bowl(bw):
        return None
    b = _winner(w, _table_blocks(w), lambda n: w.dist(n, bw))
    if not b:
        return None
    text = f"The block closest to the {bw}, would you put that one in the bin for me? Much obliged."
    return _made(w, text, _act(binned([b])))


def t323_rel_ukrainian(w: World) -> Made:
    opts = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    b = w.state.in_bowl(bw)[0]
    return _made(w, f"Block which is in the {bw}, put it on the table please.", _act(rels(Rel("on_table", b))))


def t323_rel_student6(w: World) -> Made:
    b = _winner(w, _visible(w), lambda n: w.y(n))
    if not b:
        return None
    text = "the leftmost block, can you put it in the bin? the one furthest left i mean"
    return _made(w, text, _act(binned([b])))


def t323_rel_plain104(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and not s.is_clear(b)]
    if len(bottoms) != 1:
        return None
    top = s.above(bottoms[0])[0]
    return _made(w, "Put the block on top of the tower in the bin.", _act(binned([top])))


# ----- keep -----------------------------------------------------------------------------------------
def t323_keep_accountant5(w: World) -> Made:
    b = w.pick(_movers(w))
    if not b:
        return None
    other = w.rng.choice(_others(w, b[0]))
    text = f"Move the {b[0]} to the bin; the {other} stays exactly where it is."
    return _made(w, text, _act(binned(b), kept(other)))


def t323_keep_artist(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and not s.is_clear(b)]
    if len(bottoms) != 1:
        return None
    tower = [bottoms[0], *s.above(bottoms[0])]
    opts = [(b, bw) for b in _movers(w) if b not in tower for bw in _rooms(w) if s.base(b) != bw]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    text = f"Put the {b} in the {bw}, but don't disturb the tower, it's perfect as it is."
    return _made(w, text, _act(rels(Rel("in", b, bw)), kept(*tower)))


def t323_keep_retiree5(w: World) -> Made:
    s = w.state
    opts = [(b, bw) for b in _off_table(w) for bw in w.bowls if s.in_bowl(bw) and s.base(b) != bw]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    text = (f"Could you put the {b} down on the table? And please leave the {bw} and whatever is in it alone, "
            "I've just got that how I like it.")
    return _made(w, text, _act(rels(Rel("on_table", b)), kept(*s.in_bowl(bw))))


def t323_keep_ukrainian(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    b, t = p
    if not _others(w, b, t):
        return None
    other = w.rng.choice(_others(w, b, t))
    text = f"Put the {b} on the {t}, but the {other} not touch, leave where it is."
    return _made(w, text, _act(rels(Rel("on", b, t)), kept(other)))


def t323_keep_student6(w: World) -> Made:
    b, places = w.pick(_movers(w)), [p for p in _free_places(w) if p != PLACES[4]]
    if not b or not places:
        return None
    p = w.rng.choice(places)
    other = w.rng.choice(_others(w, b[0]))
    text = f"can you move the {b[0]} to the {p} but like leave the {other} where it is"
    return _made(w, text, _act(rels(Rel("at", b[0], p)), kept(other)))


def t323_keep_plain104(w: World) -> Made:
    b = w.pick(_movers(w))
    if not b:
        return None
    text = f"Put the {b[0]} in the bin and leave everything else where it is."
    return _made(w, text, _act(binned(b), kept(*_others(w, b[0]))))


# ----- multi-step -----------------------------------------------------------------------------------
def t323_multi_accountant5(w: World) -> Made:
    p = _into_bowl(w)
    if not p:
        return None
    b, bw = p
    rest = [x for x in _movers(w) if x != b and w.state.support[x] != b]
    if not rest:
        return None
    c = w.rng.choice(rest)
    text = f"Step 1: the {b} into the {bw}. Step 2: the {c} into the bin. That's all."
    return _made(w, text, _act(rels(Rel("in", b, bw)), binned([c])))


def t323_multi_artist(w: World) -> Made:
    if PLACES[4] not in _free_places(w) or len(_movers(w)) < 2:
        return None
    a, b = w.pick(_movers(w), 2)
    text = f"First put the {a} in the middle, then set the {b} on top of it, a small column right at the centre."
    return _made(w, text, _act(rels(Rel("at", a, PLACES[4]), Rel("on", b, a))))


def t323_multi_retiree5(w: World) -> Made:
    opts = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not opts:
        return None
    top, below = w.rng.choice(opts)
    text = (f"First, if you'd be so kind, take the {top} off the {below} and set it on the table; "
            f"then pop the {below} into the bin.")
    return _made(w, text, _act(rels(Rel("on_table", top)), binned([below])))


def t323_multi_ukrainian(w: World) -> Made:
    p = _into_bowl(w)
    if not p:
        return None
    b, bw = p
    rest = [x for x in _movers(w) if x != b]
    if not rest:
        return None
    c = w.rng.choice(rest)
    text = f"At first put {c} to the bin, after that put {b} to the {bw}."
    return _made(w, text, _act(binned([c]), rels(Rel("in", b, bw))))


def t323_multi_student6(w: World) -> Made:
    places = _free_places(w)
    if len(_movers(w)) < 3 or not places:
        return None
    a, b, c = w.pick(_movers(w), 3)
    p = w.rng.choice(places)
    text = f"ok first the {a} goes in the bin, then the {b} to the {p}, and then the {c} on top of the {b}?"
    return _made(w, text, _act(binned([a]), rels(Rel("at", b, p), Rel("on", c, b))))


def t323_multi_plain104(w: World) -> Made:
    s = w.state
    opts = [(b, s.base(b)) for b in _movers(w) if s.support[b] in s.bowls]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    others = [x for x in _movers(w) if x != b and s.base(x) != bw]
    if not others:
        return None
    c = w.rng.choice(others)
    text = f"First take the {b} out of the {bw}, then put the {c} in there instead."
    return _made(w, text, _act(rels(Rel("in", b, bw, negated=True), Rel("in", c, bw))))


# ----- question -------------------------------------------------------------------------------------
def t323_q_accountant5(w: World) -> Made:
    n = w.state.count_at(TABLE)
    return "How many blocks are on the table, exactly? Count the stacked ones as well.", answered(str(n))


def t323_q_artist(w: World) -> Made:
    if not w.bowls:
        return None
    bw = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bw)
    return f"What's in the {bw} at the moment?", answered("|".join(inside) if inside else "nothing")


def t323_q_retiree5(w: World) -> Made:
    if w.rng.random() < 0.5 and w.pairs():
        top, below = w.rng.choice(w.pairs())
    else:
        top, below = w.pick(w.blocks, 2)
    flag = holds(Rel("on", top, below), w.state)
    text = f"Is the {top} sitting on the {below}, dear? My eyes aren't what they used to be."
    return text, answered(yes(flag))


def t323_q_ukrainian(w: World) -> Made:
    opts = [(b, _where(w.state, b)) for b in w.blocks if _where(w.state, b)]
    if not opts:
        return None
    b, where = w.rng.choice(opts)
    return f"Where is {b}?", answered(where)


def t323_q_student6(w: World) -> Made:
    if not w.bowls:
        return None
    bw = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bw))
    return f"wait how many blocks are in the {bw}? just a number is fine", answered(str(n))


def t323_q_plain104(w: World) -> Made:
    if not w.bowls:
        return None
    bw = w.rng.choice(w.bowls)
    return f"Is the {bw} empty?", answered(yes(not w.state.in_bowl(bw)))


# ----- matching -------------------------------------------------------------------------------------
def t323_match_accountant5(w: World) -> Made:
    s = w.state
    rs = _match_pairs(w)
    if not rs:
        return None
    movers = {r.block for r in rs}
    rest = [b for b in w.blocks if b not in movers]
    if not rest:
        return None
    # A block with no bowl of its colour that sits on a block that must still move could not stay put.
    if any(set(s.above(r.block)) & set(rest) for r in rs if s.base(r.block) != r.target):
        return None
    text = ("Put each block into the bowl of the same colour. "
            "Any block without a matching bowl stays exactly where it is.")
    return _made(w, text, _act(rels(*rs), kept(*rest)))


def t323_match_artist(w: World) -> Made:
    rs = _match_pairs(w)
    if not rs:
        return None
    return _made(w, "Let's sort by colour: every block goes into the bowl that matches it.", _act(rels(*rs)))


def t323_match_retiree5(w: World) -> Made:
    rs = [r for r in _match_pairs(w) if w.state.is_clear(r.block)]
    if not rs:
        return None
    r = w.rng.choice(rs)
    text = f"Would you put the {r.block} in the bowl that's the same colour as it? Thank you kindly."
    return _made(w, text, _act(rels(r)))


def t323_match_ukrainian(w: World) -> Made:
    rs = _match_pairs(w)
    if not rs:
        return None
    return _made(w, "Put every block to bowl with the same colour.", _act(rels(*rs)))


def t323_match_student6(w: World) -> Made:
    rs = _match_pairs(w)
    if not rs:
        return None
    return _made(w, "sort the blocks into the matching bowls?? the ones that have one anyway", _act(rels(*rs)))


def t323_match_plain104(w: World) -> Made:
    rs = _match_pairs(w)
    if not rs:
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in rs}]
    if not rest:
        return None
    text = "Put each block that matches a bowl's colour into that bowl, and put the rest in the bin."
    return _made(w, text, _act(rels(*rs), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("accountant5", "artist", "retiree5", "ukrainian", "student6", "plain104")
FRESH323: list[Template] = [
    (f"t323_{short}_{style}", category, globals()[f"t323_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
