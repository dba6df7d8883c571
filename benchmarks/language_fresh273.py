"""`FRESH273`, the two-hundred-and-seventy-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- mechanic: a car mechanic, matter-of-fact and a bit gruff: "Grab the red block and drop it in the blue bowl."
- korean2: a Korean speaker writing English with small slips, object names right: "Please you put the red block on
  the top of the blue block."
- dj: a radio DJ, upbeat, talking to the robot like a listener: "Alright, next request coming in hot: toss the red
  block in the bin!"
- architect: an architect, precise about positions and structures: "Position the red block precisely at the top left
  corner."
- parent: a tired parent, short of time, who sometimes trails off: "can you get the red block out of the blue bowl
  and just put it on the table..."
- plain54: a plain, ordinary adult with no quirks at all: "Take the red block off the blue block and put it in the
  green bowl."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on ceac69d, the code of 0b81cdb, before anything it could prompt): 0.90
goal-correct (270 of 300), 30 refused, no wrong action, no wrong reply. The refusals: a DJ's 'And X? Tonight it belongs
in the bin, baby!', 'You know what I'd love to see? X chilling in W. Make it happen, robot!' and 'The block closest to
W, come on down! You're going in W!', a tired parent's 'W needs to be empty before the kids get back', an architect's 'a
three-block tower at the corner: X as the base, Y in the middle and Z as the cap' and 'Begin by placing X in the middle
of the table. Then set Y on it, and finish with Z on Y.'
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
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

# ----- helpers --------------------------------------------------------------------------------------
_BIN_ROOM = 5  # at most this many blocks are asked into the bin


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    return None if check(w.state, w.state) else (text, check)


def _not(rel: Rel) -> Rel:
    return rel.model_copy(update={"negated": True})


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of b's tower up to b, b included."""
    n, x = 1, s.support[b]
    while x in s.support:
        n, x = n + 1, s.support[x]
    return n


def _tower(s: SymState, b: str) -> set[str]:
    """Every block in b's tower."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return {bottom, *s.above(bottom)}


def _loose(s: SymState) -> list[str]:
    """Blocks that are neither in the bin nor held."""
    return [b for b in s.blocks if s.base(b) not in (BIN, "gripper")]


def _room(s: SymState, bowl: str, adding: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + adding <= layout.BOWL_CAPACITY


def _can_stack(s: SymState, top: str, below: str) -> bool:
    """top can go onto below: different towers, neither binned, and the tower stays low enough."""
    return (top != below and below not in _tower(s, top) and s.base(below) != BIN and s.base(top) != BIN
            and _depth(s, below) + 1 <= layout.MAX_TOWER)


def _place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _at(p: str) -> str:
    return f"in {_place(p)}" if p == "middle" else f"at {_place(p)}"


def _col(w: World, name: str) -> str:
    return w.colour(name)


def _on_table(blocks: list[str]) -> Check:
    """Each block stands on the table (directly or on a tower there), not in a bowl or the bin."""
    return lambda _i, f: all(b in f.on_the_table() for b in blocks)


def _nearest(w: World, to: str, cands: list[str], margin: float = 0.03) -> str | None:
    """The candidate nearest to `to`, when it is clearly nearer than the next one."""
    ranked = sorted(cands, key=lambda c: w.dist(to, c))
    if not ranked:
        return None
    if len(ranked) > 1 and w.dist(to, ranked[1]) - w.dist(to, ranked[0]) < margin:
        return None
    return ranked[0]


def _matched(w: World) -> dict[str, str]:
    """block -> the bowl of its colour, for the blocks that have one."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _into_bowl(w: World) -> tuple[str, str] | None:
    """A loose block not yet in a bowl that has room for it."""
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _loose(w.state) if w.state.base(b) != bowl]
    if not cands or not _room(w.state, bowl):
        return None
    return w.pick(cands)[0], bowl


def _stack_pair(w: World) -> tuple[str, str] | None:
    """Two blocks, the first of which can go onto the second."""
    loose = _loose(w.state)
    pairs = [(a, b) for a in loose for b in loose if _can_stack(w.state, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _three(w: World) -> list[str]:
    return w.pick(_loose(w.state), 3)


# ----- imperative -----------------------------------------------------------------------------------
def t273_imp_mechanic(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    a, bowl = got
    return _made(w, f"Grab the {a} and drop it in the {bowl}.", _act(rels(Rel("in", a, bowl))))


def t273_imp_korean2(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"Please you put the {a} on the top of the {b}.", _act(rels(Rel("on", a, b))))


def t273_imp_dj(w: World) -> Made:
    a = w.pick(_loose(w.state))
    if not a:
        return None
    return _made(w, f"Alright, next request coming in hot: toss the {a[0]} in the bin!", _act(binned(a)))


def t273_imp_architect(w: World) -> Made:
    a = w.pick(_loose(w.state))
    if not a:
        return None
    p = w.rng.choice(PLACES)
    return _made(w, f"Position the {a[0]} precisely {_at(p)}.", _act(rels(Rel("at", a[0], p))))


def t273_imp_parent(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.base(a)
    text = f"can you get the {a} out of the {bowl} and just put it on the table..."
    return _made(w, text, _act(_on_table([a])))


def t273_imp_plain54(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [c for c in w.bowls if c != w.state.base(a) and _room(w.state, c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Take the {a} off the {b} and put it in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


# ----- declarative ----------------------------------------------------------------------------------
def t273_dec_mechanic(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"The {a} goes on top of the {b}.", _act(rels(Rel("on", a, b))))


def t273_dec_korean2(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    a, bowl = got
    text = f"The {a} must be inside the {bowl}, this is correct place for it."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t273_dec_dj(w: World) -> Made:
    a = w.pick(_loose(w.state))
    if not a:
        return None
    return _made(w, f"And the {a[0]}? Tonight it belongs in the bin, baby!", _act(binned(a)))


def t273_dec_architect(w: World) -> Made:
    ab = w.pick(_loose(w.state), 2)
    if not ab:
        return None
    a, b = ab
    p = w.rng.choice(PLACES)
    text = f"The {a} should stand {_at(p)}, with the {b} directly on top of it."
    return _made(w, text, _act(rels(Rel("at", a, p), Rel("on", b, a))))


def t273_dec_parent(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"the {bowl} needs to be empty before the kids get back", _act(empty(bowl)))


def t273_dec_plain54(w: World) -> Made:
    ab = w.pick(_loose(w.state), 2)
    if not ab:
        return None
    bowl = w.rng.choice(w.bowls)
    adding = sum(1 for b in ab if w.state.base(b) != bowl)
    if not _room(w.state, bowl, adding):
        return None
    text = f"The {ab[0]} and the {ab[1]} should both end up in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", ab[0], bowl), Rel("in", ab[1], bowl))))


# ----- desiderative ---------------------------------------------------------------------------------
def t273_des_mechanic(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"What I need is the {a} sitting on the {b}. That's it.", _act(rels(Rel("on", a, b))))


def t273_des_korean2(w: World) -> Made:
    abc = _three(w)
    if not abc:
        return None
    a, b, c = abc
    text = f"I want to make a tower, the {a} is bottom, the {b} is middle and the {c} is top."
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t273_des_dj(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    a, bowl = got
    text = f"You know what I'd love to see? The {a} chilling in the {bowl}. Make it happen, robot!"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t273_des_architect(w: World) -> Made:
    abc = _three(w)
    if not abc:
        return None
    a, b, c = abc
    p = w.rng.choice(PLACES)
    text = (f"I'd like a three-block tower {_at(p)}: the {a} as the base, the {b} in the middle "
            f"and the {c} as the cap.")
    return _made(w, text, _act(rels(Rel("at", a, p), Rel("stacked", a, b, c))))


def t273_des_parent(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.base(a)
    text = f"i'd like the {a} out of the {bowl}... anywhere's fine really"
    return _made(w, text, _act(rels(_not(Rel("in", a, bowl)))))


def t273_des_plain54(w: World) -> Made:
    ab = w.pick(_loose(w.state), 2)
    if not ab:
        return None
    return _made(w, f"My goal is to have both the {ab[0]} and the {ab[1]} in the bin.", _act(binned(ab)))


# ----- quantified -----------------------------------------------------------------------------------
def t273_qua_mechanic(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Everything in the {bowl} goes in the bin.", _act(binned(inside)))


def t273_qua_korean2(w: World) -> Made:
    blocks = _loose(w.state)
    if len(blocks) != len(w.blocks) or len(blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"Please put all block in the {bowl}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in blocks))))


def t273_qua_dj(w: World) -> Made:
    table = w.state.on_the_table()
    if w.in_bowls() or not table or len(table) > _BIN_ROOM:
        return None
    text = "Every block sitting on the table, yep, all of 'em, into the bin! Let's clear the stage!"
    return _made(w, text, _act(binned(table)))


def t273_qua_architect(w: World) -> Made:
    bowls = [c for c in w.bowls if not w.state.in_bowl(c)]
    if not bowls or len(_loose(w.state)) < 2:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Place exactly two blocks in the {bowl}.", _act(count_in(bowl, 2)))


def t273_qua_parent(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or any(len(s.in_bowl(c)) > 1 for c in w.bowls):
        return None
    bowls = w.bowls
    check = _act(lambda _i, f: all(len(f.in_bowl(c)) == 1 for c in bowls))
    return _made(w, "one block in each bowl pls, doesn't matter which ones", check)


def t273_qua_plain54(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Take every block out of the bowls and put them on the table."
    return _made(w, text, _act(_on_table(inside)))


# ----- negated --------------------------------------------------------------------------------------
def t273_neg_mechanic(w: World) -> Made:
    loose = _loose(w.state)
    a = w.pick(loose)
    if not a:
        return None
    others = [b for b in loose if b != a[0]]
    if not others or len(others) > _BIN_ROOM:
        return None
    text = f"All the blocks go in the bin except the {a[0]}."
    return _made(w, text, _act(binned(others), none_binned(a)))


def t273_neg_korean2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    loose = _loose(w.state)
    cands = [b for b in loose if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in loose if b != a]
    if len(others) > layout.BOWL_CAPACITY or a in [x for o in others for x in w.state.above(o)]:
        return None
    text = f"Please put all the blocks in the {bowl}, only not the {a}."
    check = _act(rels(*(Rel("in", b, bowl) for b in others), _not(Rel("in", a, bowl))))
    return _made(w, text, check)


def t273_neg_dj(w: World) -> Made:
    loose = _loose(w.state)
    ab = w.pick(loose, 2)
    if not ab:
        return None
    others = [b for b in loose if b not in ab]
    if not others or len(others) > _BIN_ROOM:
        return None
    text = f"Everybody's going in the bin tonight, everybody except the {ab[0]} and the {ab[1]}!"
    return _made(w, text, _act(binned(others), none_binned(ab)))


def t273_neg_architect(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Move the {a} so that it no longer rests on the {b}, but do not put it in the bin."
    return _made(w, text, _act(rels(_not(Rel("on", a, b)), _not(Rel("in_bin", a)))))


def t273_neg_parent(w: World) -> Made:
    s = w.state
    out = [b for b in _loose(s) if s.base(b) not in w.bowls]
    inside = w.in_bowls()
    if not out or len(out) > _BIN_ROOM:
        return None
    return _made(w, "put the blocks that aren't in a bowl in the bin", _act(binned(out), none_binned(inside)))


def t273_neg_plain54(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    others = [c for c in w.bowls if c != bowl]
    cands = [b for b in _loose(w.state) if w.state.base(b) not in others]
    if not cands or not any(_room(w.state, c) for c in others):
        return None
    a = w.rng.choice(cands)
    check = _act(lambda _i, f: f.base(a) in others)
    return _made(w, f"Put the {a} in one of the bowls, just not the {bowl}.", check)


# ----- relative -------------------------------------------------------------------------------------
def t273_rel_mechanic(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a) and w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Whatever's sitting on the {b}, bin it.", _act(binned([a])))


def t273_rel_korean2(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [c for c in w.bowls if c != w.state.base(b) and _room(w.state, c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Please put the block under the {a} into the {bowl}."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t273_rel_dj(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if not _room(w.state, bowl):
        return None
    cands = [b for b in _loose(w.state) if w.state.base(b) != bowl]
    a = _nearest(w, bowl, cands)
    if not a:
        return None
    text = f"The block closest to the {bowl}, come on down! You're going in the {bowl}!"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t273_rel_architect(w: World) -> Made:
    picked = w.pick(_loose(w.state))
    if not picked:
        return None
    a = picked[0]
    cands = [b for b in _loose(w.state) if b not in _tower(w.state, a)]
    n = _nearest(w, a, cands)
    if not n or not w.state.is_clear(n) or not _can_stack(w.state, a, n):
        return None
    return _made(w, f"Stack the {a} onto the block nearest to it.", _act(rels(Rel("on", a, n))))


def t273_rel_parent(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [c for c in w.bowls if c != w.state.base(a) and _room(w.state, c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"the one on top of the {b}, can that go in the {bowl}"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t273_rel_plain54(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _loose(s) if s.support[b] not in s.support and s.on_top(b)]
    if len(bottoms) != 1:
        return None
    top = s.above(bottoms[0])[0]
    return _made(w, "Put the top block of the stack in the bin.", _act(binned([top])))


# ----- keep -----------------------------------------------------------------------------------------
def _keepable(w: World, moving: list[str]) -> list[str]:
    """Blocks, other than those moving, that do not sit above any of them."""
    above = {x for m in moving for x in w.state.above(m)}
    return [b for b in _loose(w.state) if b not in moving and b not in above]


def t273_keep_mechanic(w: World) -> Made:
    a = w.pick(_loose(w.state))
    if not a:
        return None
    b = w.pick(_keepable(w, a))
    if not b:
        return None
    text = f"Bin the {a[0]}. Leave the {b[0]} where it is."
    return _made(w, text, _act(binned(a), kept(b[0])))


def t273_keep_korean2(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    a, bowl = got
    b = w.pick(_keepable(w, [a]))
    if not b:
        return None
    text = f"Please put the {a} in the {bowl}, but the {b[0]} please keep in same place."
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(b[0])))


def t273_keep_dj(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    c = w.pick(_keepable(w, [a, b]))
    if not c:
        return None
    text = f"Let's get the {a} up on the {b}, but the {c[0]} stays right where it is, don't you touch it!"
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(c[0])))


def t273_keep_architect(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs:
        return None
    t, b = w.rng.choice(pairs)
    cands = [a for a in _loose(w.state) if a not in _tower(w.state, b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    p = w.rng.choice(PLACES)
    text = f"Move the {a} to {_place(p)}; the stack of the {t} on the {b} must remain exactly as it is."
    return _made(w, text, _act(rels(Rel("at", a, p)), kept(t, b)))


def t273_keep_parent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [a for a in _loose(w.state) if w.state.base(a) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    inside = w.state.in_bowl(bowl)

    def same(_i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(inside)

    text = f"put the {a} in the bin but leave the {bowl} alone ok"
    return _made(w, text, _act(binned([a]), kept(*inside), same))


def t273_keep_plain54(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    outside = [b for b in _loose(w.state) if b not in inside]
    pairs = [(a, b) for a in outside for b in outside if _can_stack(w.state, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Stack the {a} on the {b}, and please keep everything in the bowls where it is."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(*inside)))


# ----- multi_step -----------------------------------------------------------------------------------
def t273_multi_mechanic(w: World) -> Made:
    s = w.state
    clear = [b for b in w.clear_blocks() if s.base(b) != BIN]
    if len(clear) < 3:
        return None
    a, b, c = w.rng.sample(clear, 3)
    if not _can_stack(s, b, c):
        return None
    text = f"First the {a} in the bin, then the {b} on the {c}."
    return _made(w, text, _act(binned([a]), rels(Rel("on", b, c))))


def t273_multi_korean2(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    a, bowl = got
    if not _room(w.state, bowl, 2):
        return None
    cands = [b for b in _loose(w.state) if b not in _tower(w.state, a)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"First put the {a} in the {bowl}, and after, put the {b} on top of the {a}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t273_multi_dj(w: World) -> Made:
    ab = w.pick(_loose(w.state), 2)
    if not ab:
        return None
    a, b = ab
    p = w.rng.choice(PLACES)
    text = f"Part one: the {a} heads over to {_place(p)}. Part two: the {b} jumps right on top of it! Go!"
    return _made(w, text, _act(rels(Rel("at", a, p), Rel("on", b, a))))


def t273_multi_architect(w: World) -> Made:
    abc = _three(w)
    if not abc:
        return None
    a, b, c = abc
    p = w.rng.choice(PLACES)
    text = (f"Begin by placing the {a} {_at(p)}. Then set the {b} on it, and finish with the {c} "
            f"on the {b}.")
    return _made(w, text, _act(rels(Rel("at", a, p), Rel("stacked", a, b, c))))


def t273_multi_parent(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _loose(w.state) if b not in inside]
    if not cands or len(inside) > _BIN_ROOM:
        return None
    a = w.rng.choice(cands)
    text = f"ok first empty the {bowl} into the bin, then put the {a} in it"
    return _made(w, text, _act(binned(inside), rels(Rel("in", a, bowl))))


def t273_multi_plain54(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [c for c in w.bowls if c != w.state.base(b) and _room(w.state, c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Take the {a} off the {b}, then put the {b} in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", b, bowl), _not(Rel("on", a, b)))))


# ----- question -------------------------------------------------------------------------------------
def t273_q_mechanic(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"How many blocks we got in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t273_q_korean2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return f"What color is the block on the {b}?", answered(_col(w, a))


def t273_q_dj(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
    else:
        a, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = holds(Rel("in", a, bowl), w.state)
    text = f"Caller on line one, that's you, robot! Quick one: is the {a} in the {bowl}? Yes or no!"
    return text, answered(yes(flag))


def t273_q_architect(w: World) -> Made:
    s = w.state
    cands = [b for b in w.blocks if s.support[b] in s.support or s.support[b] in w.bowls]
    if not cands:
        return None
    a = w.rng.choice(cands)
    return f"What is the {a} resting on?", answered(s.support[a])


def t273_q_parent(w: World) -> Made:
    pairs = w.pairs()
    a, b = w.rng.choice(pairs) if pairs and w.rng.random() < 0.5 else w.rng.sample(w.blocks, 2)
    flag = holds(Rel("on", a, b), w.state)
    text = f"is the {a} on the {b}? and how many blocks are there altogether"
    return text, answered(f"{yes(flag)}|{len(w.blocks)}")


def t273_q_plain54(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    counts = sorted(((len(w.state.in_bowl(c)), c) for c in w.bowls), reverse=True)
    if counts[0][0] == 0 or counts[0][0] == counts[1][0]:
        return None
    text = "How many bowls are there, and which one has the most blocks in it?"
    return text, answered(f"{len(w.bowls)}|{counts[0][1]}")


# ----- matching -------------------------------------------------------------------------------------
def _match_ok(w: World, matched: dict[str, str]) -> bool:
    """Every bowl has room for the blocks of its colour that are not in it yet."""
    s = w.state
    return all(_room(s, bowl, sum(1 for b, c in matched.items() if c == bowl and s.base(b) != bowl))
               for bowl in w.bowls)


def t273_match_mechanic(w: World) -> Made:
    m = {b: c for b, c in _matched(w).items() if w.state.base(b) != BIN}
    if not m or not _match_ok(w, m):
        return None
    text = "Any block that's got a bowl the same colour, put it in that bowl."
    return _made(w, text, _act(rels(*(Rel("in", b, c) for b, c in m.items()))))


def t273_match_korean2(w: World) -> Made:
    m = [(b, c) for b, c in _matched(w).items() if w.state.base(b) not in (c, BIN) and _room(w.state, c)]
    if not m:
        return None
    a, bowl = w.rng.choice(m)
    text = f"Please put the {a} in the bowl which has same color."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t273_match_dj(w: World) -> Made:
    m = {b: c for b, c in _matched(w).items() if w.state.base(b) != BIN}
    if not m or not _match_ok(w, m):
        return None
    rest = [b for b in _loose(w.state) if b not in m]
    if not rest or any(x in rest for b in m for x in w.state.above(b)):
        return None
    text = ("Colour-match time! Every block that has a bowl in its colour, send it home to that bowl, "
            "and the leftovers stay put!")
    return _made(w, text, _act(rels(*(Rel("in", b, c) for b, c in m.items())), kept(*rest)))


def t273_match_architect(w: World) -> Made:
    m = _matched(w)
    if not m:
        return None
    top = w.rng.choice(sorted(m))
    cands = [b for b in _loose(w.state) if _can_stack(w.state, top, b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Place the block of the same colour as the {m[top]} on top of the {a}."
    return _made(w, text, _act(rels(Rel("on", top, a))))


def t273_match_parent(w: World) -> Made:
    m = {b: c for b, c in _matched(w).items() if w.state.base(b) != BIN}
    rest = [b for b in _loose(w.state) if b not in m]
    if not m or not rest or len(rest) > _BIN_ROOM or not _match_ok(w, m):
        return None
    text = "put the blocks that match a bowl in that bowl. the rest can go in the bin"
    return _made(w, text, _act(rels(*(Rel("in", b, c) for b, c in m.items())), binned(rest)))


def t273_match_plain54(w: World) -> Made:
    m = [(b, c) for b, c in _matched(w).items() if w.state.base(b) != BIN]
    if not m:
        return None
    a, bowl = w.rng.choice(m)
    text = f"Find the block that's the same colour as the {bowl} and put it in the bin."
    return _made(w, text, _act(binned([a])))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mechanic", "korean2", "dj", "architect", "parent", "plain54")
FRESH273: list[Template] = [
    (f"t273_{short}_{style}", category, globals()[f"t273_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
