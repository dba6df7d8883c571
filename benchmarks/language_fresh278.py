"""`FRESH278`, the two-hundred-and-seventy-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time, in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). The personas: a quiet, orderly librarian; an Italian writing English with
small slips; a sports coach barking short, motivating commands; a precise scientist who states conditions; a busy mum
interrupted now and then; a plain, ordinary adult with no quirks at all.
- librarian2: "Would you kindly place the red block in the blue bowl, please? Thank you."
- italian2: "I want that the red block goes in the blue bowl."
- coach: "Red block to the top left corner. Move it, move it!"
- scientist2: "Query: which object is directly beneath the red block?"
- mum3: "put the red block in the bin then - oh hang on - then the blue block in the bin too"
- plain59: "Take everything out of the blue bowl and then put the red block in it."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on cda86fe, the code of 5e82692, before anything it could prompt): 0.85
goal-correct (255 of 300), 30 refused, 10 questions, 5 wrong actions, no wrong reply. The wrong actions: a coach's
'Clear the table! Everything into the bin - except X!' binned X (5). The refusals and questions: a busy mum's
interruptions ('- sorry, doorbell -', '- sorry, phone - on Y, yes', '- yes all of them, the ones in the bowls too -
thanks love', '- sorry, kids - its not meant to be on there', '- theres only one in there -', 'ok - sorry - just dont
touch it', 'whats on top of X? sorry - kids - whats sitting on it'), 'X, Y and Z should form a single tower of three, in
any order'.
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

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every goal holds and the gripper is empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _depth(w: World, block: str) -> int:
    """How many blocks stand under `block` in its tower, itself included."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _tower(w: World, block: str) -> set[str]:
    """Every block in `block`'s tower."""
    out, s = {block}, w.state.support[block]
    while s in w.state.support:
        out.add(s)
        s = w.state.support[s]
    return out | set(w.state.above(block))


def _alone(w: World, block: str) -> bool:
    """The block stands by itself: nothing under it but its base, nothing on it."""
    return w.state.support[block] not in w.state.support and w.state.is_clear(block)


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can go on `below`: different blocks, `below` not resting on `top`, a tower on the table not too high."""
    return (top != below and below not in w.state.above(top) and w.state.base(below) in _GROUND
            and _depth(w, below) + 1 <= layout.MAX_TOWER)


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _outside(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _stackable(w, a, b) and w.state.support[a] != b]
    return w.rng.choice(pairs) if pairs else None


def _into(w: World) -> tuple[str, str] | None:
    """A block not in the bin and a bowl it is not in, with room."""
    pairs = [(b, o) for b in _live(w) for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    return w.rng.choice(pairs) if pairs else None


# ----- imperative --------------------------------------------------------------------------------------
def t278_imp_librarian2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    return _made(w, f"Would you kindly place the {b} in the {bowl}, please? Thank you.", _act(rels(Rel("in", b, bowl))))


def t278_imp_italian2(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    return _made(w, f"Please, put the {top} on top of the {below}, I ask you.", _act(rels(Rel("on", top, below))))


def t278_imp_coach(w: World) -> Made:
    b, corner = w.rng.choice(_live(w)), w.rng.choice(_CORNERS)
    return _made(w, f"{_cap(b)} to the {corner}. Move it, move it!", _act(rels(Rel("at", b, corner))))


def t278_imp_scientist2(w: World) -> Made:
    b = w.rng.choice(_live(w))
    return _made(w, f"Procedure: grasp the {b} and deposit it in the bin.", _act(binned([b])))


def t278_imp_mum3(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.support[b] not in _GROUND]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"can you put the {b} on the table - sorry, one sec - yes on the table, thanks"
    return _made(w, text, _act(rels(Rel("on_table", b))))


def t278_imp_plain59(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    return _made(w, f"Take the {b} out of the {bowl}.", _act(_outside(b, bowl)))


# ----- declarative -------------------------------------------------------------------------------------
def t278_dec_librarian2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    return _made(w, f"The {b} belongs in the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t278_dec_italian2(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    return _made(w, f"The {top} must to be on the {below}, please.", _act(rels(Rel("on", top, below))))


def t278_dec_coach(w: World) -> Made:
    b = w.rng.choice(_live(w))
    return _made(w, f"{_cap(b)}: in the bin. That's the play, people.", _act(binned([b])))


def t278_dec_scientist2(w: World) -> Made:
    b = w.rng.choice(_live(w))
    text = f"Required end state: the {b} located at the middle of the table."
    return _made(w, text, _act(rels(Rel("at", b, _MIDDLE))))


def t278_dec_mum3(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"the {bowl} should be empty when - sorry, doorbell - when you're done", _act(empty(bowl)))


def _tower_of(blocks: list[str]) -> Check:
    """One tower of exactly these blocks, in any order, with nothing else on it."""
    def check(_i: SymState, f: SymState) -> bool:
        return holds(Rel("tower", *blocks), f) and all(set(f.on_top(b)) <= set(blocks) for b in blocks)
    return check


def t278_dec_plain59(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    text = f"The {a}, the {b} and the {c} should form a single tower of three, in any order."
    return _made(w, text, _act(_tower_of([a, b, c])))


# ----- desiderative ------------------------------------------------------------------------------------
def t278_des_librarian2(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    text = f"I would like the {top} placed on top of the {below}, if you would be so kind."
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t278_des_italian2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    return _made(w, f"I want that the {b} goes in the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t278_des_coach(w: World) -> Made:
    b, corner = w.rng.choice(_live(w)), w.rng.choice(_CORNERS)
    text = f"What I want to see: the {b} in the {corner}! Make it happen!"
    return _made(w, text, _act(rels(Rel("at", b, corner))))


def t278_des_scientist2(w: World) -> Made:
    b = w.rng.choice(_live(w))
    return _made(w, f"My objective is for the {b} to end up in the bin.", _act(binned([b])))


def t278_des_mum3(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    text = f"id like the {top} on the {below} please - sorry, phone - on the {below}, yes"
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t278_des_plain59(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t) and w.state.base(t) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"I'd like the {top} taken off the {below} and put on the table."
    return _made(w, text, _act(rels(Rel("on_table", top))))


# ----- quantified --------------------------------------------------------------------------------------
def t278_qua_librarian2(w: World) -> Made:
    table = [b for b in w.state.on_the_table()]
    if not table:
        return None
    return _made(w, "Kindly return every block that is on the table to the bin.", _act(binned(table)))


def t278_qua_italian2(w: World) -> Made:
    pairs = [(a, b) for a in w.bowls for b in w.bowls
             if a != b and w.state.in_bowl(a) and _room(w, b, len(w.state.in_bowl(a)))]
    if not pairs:
        return None
    src, dst = w.rng.choice(pairs)
    moved = w.state.in_bowl(src)
    text = f"Put all the blocks of the {src} into the {dst}, please."
    return _made(w, text, _act(rels(*(Rel("in", b, dst) for b in moved))))


def t278_qua_coach(w: World) -> Made:
    if len(_live(w)) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Exactly two blocks in the {bowl}. Not one, not three. Two! Go!", _act(count_in(bowl, 2)))


def t278_qua_scientist2(w: World) -> Made:
    if len(w.bowls) < 2 or len(_live(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    check = _act(lambda _i, f: all(len(f.in_bowl(o)) == 1 for o in bowls))
    return _made(w, "Ensure that each bowl contains exactly one block.", check)


def t278_qua_mum3(w: World) -> Made:
    live = _live(w)
    if not w.in_bowls():
        return None
    text = "put all the blocks in the bin - yes all of them, the ones in the bowls too - thanks love"
    return _made(w, text, _act(binned(live)))


def t278_qua_plain59(w: World) -> Made:
    table = w.state.on_the_table()
    bowls = [o for o in w.bowls if _room(w, o, len(table))]
    if not table or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Could you put every block that's on the table into the {bowl}?"
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in table))))


# ----- negated -----------------------------------------------------------------------------------------
def t278_neg_librarian2(w: World) -> Made:
    live = _live(w)
    b = w.rng.choice(live)
    rest = [x for x in live if x != b]
    text = f"Please put all of the blocks in the bin, except for the {b}."
    return _made(w, text, _act(binned(rest), none_binned([b])))


def t278_neg_italian2(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b, bowl = w.rng.choice(_live(w)), w.rng.choice(w.bowls)
    others = [o for o in w.bowls if o != bowl]
    if not any(_room(w, o) for o in others):
        return None
    text = f"Put the {b} in a bowl but not in the {bowl}, please."
    return _made(w, text, _act(lambda _i, f: f.base(b) in others))


def t278_neg_coach(w: World) -> Made:
    if w.in_bowls():
        return None
    table = w.state.on_the_table()
    if len(table) < 2:
        return None
    b = w.rng.choice(table)
    rest = [x for x in table if x != b]
    text = f"Clear the table! Everything into the bin - except the {b}!"
    return _made(w, text, _act(binned(rest), none_binned([b])))


def t278_neg_scientist2(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    b, x = w.pick(live, 2)
    blocks = [y for y in live if y not in (b, x)]
    if not any(_stackable(w, b, y) for y in blocks):
        return None
    text = f"Place the {b} on any block other than the {x}."
    return _made(w, text, _act(lambda _i, f: f.support[b] in blocks))


def t278_neg_mum3(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"get the {top} off the {below} - sorry, kids - its not meant to be on there"
    return _made(w, text, _act(_not(Rel("on", top, below))))


def t278_neg_plain59(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"Empty the {bowl}, but don't put anything in the bin."
    return _made(w, text, _act(empty(bowl), none_binned(w.blocks)))


# ----- relative ----------------------------------------------------------------------------------------
def _nearest(w: World, to: str, cands: list[str], margin: float = 0.04) -> str | None:
    """The one candidate clearly nearest `to`, standing alone; None when it is not clear."""
    if not cands:
        return None
    ranked = sorted(cands, key=lambda c: w.dist(c, to))
    if len(ranked) > 1 and w.dist(ranked[1], to) - w.dist(ranked[0], to) < margin:
        return None
    return ranked[0] if _alone(w, ranked[0]) else None


def t278_rel_librarian2(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    near = _nearest(w, bowl, _live(w))
    if not near:
        return None
    text = f"Please place the block nearest to the {bowl} into that bowl."
    return _made(w, text, _act(rels(Rel("in", near, bowl))))


def t278_rel_italian2(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Take the block that is on the {below} and put it in the bin."
    return _made(w, text, _act(binned([top])))


def t278_rel_coach(w: World) -> Made:
    pairs = [(t, s, o) for t, s in w.pairs() for o in w.bowls
             if w.state.base(s) not in (BIN, o) and _room(w, o)]
    if not pairs:
        return None
    top, below, bowl = w.rng.choice(pairs)
    text = f"The block under the {top}: into the {bowl}! Go!"
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t278_rel_scientist2(w: World) -> Made:
    cands = [b for b in _live(w) if not w.state.is_clear(b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    top = w.state.above(b)[0]
    text = f"Place the uppermost block of the tower containing the {b} in the bin."
    return _made(w, text, _act(binned([top])))


def t278_rel_mum3(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.state.in_bowl(bowl)[0]
    text = f"the block in the {bowl} - theres only one in there - can you put it on the table"
    return _made(w, text, _act(rels(Rel("on_table", b))))


def t278_rel_plain59(w: World) -> Made:
    cands = [b for b in _live(w) if _alone(w, b) and w.state.base(b) in _GROUND]
    if not cands:
        return None
    b = w.rng.choice(cands)
    near = _nearest(w, b, [x for x in _live(w) if x != b])
    if not near:
        return None
    text = f"Put the block that's closest to the {b} on top of it."
    return _made(w, text, _act(rels(Rel("on", near, b))))


# ----- keep --------------------------------------------------------------------------------------------
def t278_keep_librarian2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    ks = [k for k in _live(w) if k != b and k not in w.state.above(b)]
    if not ks:
        return None
    k = w.rng.choice(ks)
    text = f"Please put the {b} in the {bowl}, and leave the {k} exactly where it is."
    return _made(w, text, _act(rels(Rel("in", b, bowl)), kept(k)))


def t278_keep_italian2(w: World) -> Made:
    live = _live(w)
    ks = [k for k in live if w.state.support[k] not in w.state.support]
    if len(live) < 2 or not ks:
        return None
    k = w.rng.choice(ks)
    rest = [x for x in live if x != k]
    text = f"Put all the blocks in the bin but the {k}, you leave it where it is."
    return _made(w, text, _act(binned(rest), kept(k)))


def t278_keep_coach(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    ks = [k for k in _live(w) if k not in (top, below, *w.state.above(top), *w.state.above(below))]
    if not ks:
        return None
    k = w.rng.choice(ks)
    text = f"{_cap(top)} on the {below}! {_cap(k)} stays put! Let's go!"
    return _made(w, text, _act(rels(Rel("on", top, below)), kept(k)))


def t278_keep_scientist2(w: World) -> Made:
    pairs = [(o, k) for o in w.bowls if w.state.in_bowl(o) for k in _live(w) if w.state.base(k) != o]
    if not pairs:
        return None
    src, k = w.rng.choice(pairs)
    text = f"Transfer the contents of the {src} to the bin; the {k} must remain exactly where it currently is."
    return _made(w, text, _act(binned(w.state.in_bowl(src)), kept(k)))


def t278_keep_mum3(w: World) -> Made:
    live = _live(w)
    pairs = [(b, k) for b in live for k in live if b != k and k not in w.state.above(b)]
    if not pairs:
        return None
    b, k = w.rng.choice(pairs)
    text = f"move the {b} to the middle but dont touch the {k} ok - sorry - just dont touch it"
    return _made(w, text, _act(rels(Rel("at", b, _MIDDLE)), kept(k)))


def t278_keep_plain59(w: World) -> Made:
    table, bowled = w.state.on_the_table(), w.in_bowls()
    if not table or not bowled:
        return None
    text = "Clear the blocks off the table into the bin, but keep the ones in the bowls where they are."
    return _made(w, text, _act(binned(table), kept(*bowled)))


# ----- multi-step --------------------------------------------------------------------------------------
def t278_multi_librarian2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    others = [a for a in _live(w) if a != b]
    if not others:
        return None
    a = w.rng.choice(others)
    text = f"First, please place the {a} in the bin; then, kindly put the {b} in the {bowl}."
    return _made(w, text, _act(binned([a]), rels(Rel("in", b, bowl))))


def t278_multi_italian2(w: World) -> Made:
    picks = [(t, s, o) for t, s in w.pairs() for o in w.bowls
             if w.state.is_clear(t) and w.state.base(s) not in (BIN, o) and _room(w, o)]
    if not picks:
        return None
    top, below, bowl = w.rng.choice(picks)
    text = f"First you take the {top} off the {below}, after you put the {below} in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl)), _not(Rel("on", top, below))))


def t278_multi_coach(w: World) -> Made:
    cands = [a for a in _live(w) if w.state.support[a] not in _GROUND]
    if not cands or len(_live(w)) < 2:
        return None
    a = w.rng.choice(cands)
    b = w.rng.choice([x for x in _live(w) if x != a])
    text = f"Step one: {a} on the table. Step two: {b} on top of it. Go go go!"
    return _made(w, text, _act(rels(Rel("on_table", a), Rel("on", b, a))))


def t278_multi_scientist2(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    corner = w.rng.choice(_CORNERS)
    text = (f"Step 1: transfer the {a} to the {corner}. Step 2: stack the {b} upon it. "
            f"Step 3: place the {c} on the {b}.")
    return _made(w, text, _act(rels(Rel("at", a, corner), Rel("stacked", a, b, c))))


def t278_multi_mum3(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    text = f"put the {a} in the bin then - oh hang on - then the {b} in the bin too"
    return _made(w, text, _act(binned([a, b])))


def t278_multi_plain59(w: World) -> Made:
    picks = [(o, b) for o in w.bowls if w.state.in_bowl(o) for b in _live(w) if w.state.base(b) != o]
    if not picks:
        return None
    bowl, b = w.rng.choice(picks)
    text = f"Take everything out of the {bowl} and then put the {b} in it."
    return _made(w, text, _act(lambda _i, f: f.in_bowl(bowl) == [b]))


# ----- questions ---------------------------------------------------------------------------------------
def t278_q_librarian2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return f"Might I ask how many blocks are in the {bowl}?", answered(str(n))


def _where(w: World, b: str) -> str | None:
    s = w.state.support[b]
    if s in w.state.support:
        return s if w.state.base(s) in _GROUND else None
    return s if s in (*w.bowls, *_GROUND) else None


def t278_q_italian2(w: World) -> Made:
    b = w.rng.choice(_live(w))
    at = _where(w, b)
    if not at:
        return None
    return f"Where is the {b}, please? I don't find it.", answered(at)


def t278_q_coach(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    if pairs and w.rng.random() < 0.5:
        a, x = w.rng.choice(pairs)
    else:
        a, x = w.pick(live, 2)
    bowl = w.rng.choice(w.bowls)
    flag = w.state.support[a] == x
    n = len(w.state.in_bowl(bowl))
    text = f"Quick one: is the {a} on the {x}? And how many blocks in the {bowl}?"
    return text, answered(f"{yes(flag)}|{n}")


def t278_q_scientist2(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.support[b] in (*w.state.support, *w.bowls)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return f"Query: which object is directly beneath the {b}?", answered(w.state.support[b])


def t278_q_mum3(w: World) -> Made:
    b = w.rng.choice(_live(w))
    on = w.state.on_top(b)
    text = f"whats on top of the {b}? sorry - kids - whats sitting on it"
    return text, answered(on[0] if on else "nothing")


def t278_q_plain59(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.on_the_table())
    text = f"How many blocks are on the table, and is the {bowl} empty?"
    return text, answered(f"{n}|{yes(not w.state.in_bowl(bowl))}")


# ----- matching ----------------------------------------------------------------------------------------
def _bowl_of(w: World, colour: str) -> str | None:
    return next((o for o in w.bowls if w.colour(o) == colour), None)


def t278_match_librarian2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Would you please put each block that has a bowl of the same colour into that bowl?"
    return _made(w, text, _act(rels(*want)))


def t278_match_italian2(w: World) -> Made:
    cands = [(b, o) for b in _live(w) if (o := _bowl_of(w, w.colour(b))) and w.state.base(b) != o and _room(w, o)]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    text = f"Please put the {b} in the bowl of the same colour of it."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t278_match_coach(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Colours together! Every block into the bowl of its colour. Hustle!", _act(rels(*want)))


def t278_match_scientist2(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in _live(w) if b not in matched]
    if not want or not rest:
        return None
    text = ("Place each block in the bowl of identical colour; any block without a bowl of its colour "
            "goes in the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t278_match_mum3(w: World) -> Made:
    want = matching(w)
    moving = [r.block for r in want if not holds(r, w.state)]
    matched = {r.block for r in want}
    rest = [b for b in _live(w) if b not in matched]
    if not want or not rest:
        return None
    if any(u in w.state.above(m) for u in rest for m in moving):
        return None
    text = "the blocks that match a bowl go in that bowl - sorry, one sec - and leave the other blocks alone"
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t278_match_plain59(w: World) -> Made:
    cands = [(b, x, o) for x in _live(w) if (o := _bowl_of(w, w.colour(x)))
             for b in _live(w) if b != x and w.state.base(b) != o and _room(w, o)]
    if not cands:
        return None
    b, x, bowl = w.rng.choice(cands)
    text = f"Put the {b} into the bowl that's the same colour as the {x}."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("librarian2", "italian2", "coach", "scientist2", "mum3", "plain59")
FRESH278: list[Template] = [
    (f"t278_{short}_{style}", category, globals()[f"t278_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
