"""`FRESH203`, the two-hundred-and-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six kinds of people write them:
- lawyer: "The robot is hereby instructed to place the red block into the blue bowl forthwith."
- kid: "put the red block on top of the blue block please"
- commentator: "Come on, get that red block over to the top left corner! Go, go, go!"
- manager: "Throw the red block in the bin. Now. No excuses."
- scifi: "Unit, directive: red block in the bin. Blue block in the bin. Acknowledge."
- parent: "sorry, kids are yelling in the background. can you take the red block out of the blue bowl and put it on
  the table"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 5dceb75, the code of 77ff122, before anything it could prompt): 0.5333
goal-correct (160 of 300), 140 refused, no wrong action and no wrong reply. The refusals: the lawyer's "hereby",
"forthwith", "It is hereby stipulated that X shall be located within W", "It is my client's express wish that X be
relocated to P", "save and except", "shall be disposed of in the bin", "resting upon"; the manager's "No excuses.", "before
my three o'clock", "Each bowl gets exactly one block. Every single bowl.", "nobody touches W: nothing goes in, nothing comes
out"; the commentator's "sitting pretty", "heads for the bin", "he puts X on Y..."; the sci-fi fan's "Unit, execute
construction: X at the base, ...", "this operator desires W emptied", "Negative on using the bin", "report: current
location of X"; the kid's "and its not", "and i want it really tall"; the parent's asides about the children.
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


# ----- helpers ------------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _made(w: World, text: str, *checks: Check) -> Made:
    """An action: the goal plus an empty gripper; None when the goal already holds in the scene."""
    check = both(*checks, _idle)
    if check(w.state, w.state):
        return None
    return text, check


def _q(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _on(top: str, below: str) -> Check:
    return rels(Rel("on", top, below))


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _level(s: SymState, block: str) -> int:
    """How high `block` stands in its tower (1 for a block resting on a bowl, the table or a place)."""
    n = 1
    while s.support[block] in s.support:
        block = s.support[block]
        n += 1
    return n


def _same_tower(s: SymState, a: str, b: str) -> bool:
    return a == b or a in s.above(b) or b in s.above(a)


def _stackable(w: World, top: str, below: str) -> bool:
    s = w.state
    return not _same_tower(s, top, below) and _level(s, below) < layout.MAX_TOWER


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _loose_on_table(s: SymState, block: str) -> bool:
    return s.support[block] in (TABLE, *PLACES)


def _on_table_blocks(w: World) -> list[str]:
    return w.state.on_the_table()


def _not_binned(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) != BIN for b in blocks)


def _untouched(bowl: str) -> Check:
    """Nothing goes into `bowl`, nothing comes out, and what is in it stays where it rests."""
    def check(i: SymState, f: SymState) -> bool:
        before = i.in_bowl(bowl)
        return sorted(f.in_bowl(bowl)) == sorted(before) and all(i.support[b] == f.support[b] for b in before)
    return check


def _one_tower(blocks: list[str]) -> Check:
    """The blocks make one tower, in any order, standing on the table, a place or in a bowl."""
    members = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in members]
        if len(bottoms) != 1:
            return False
        under = f.support[bottoms[0]]
        return under not in f.support and f.base(bottoms[0]) != BIN
    return check


def _unique_nearest(w: World, target: str, candidates: list[str], margin: float = 0.05) -> str | None:
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda c: w.dist(c, target))
    if len(ranked) > 1 and w.dist(ranked[1], target) - w.dist(ranked[0], target) < margin:
        return None
    return ranked[0]


def _matches(w: World) -> dict[str, str]:
    """block -> the bowl of its colour, for every block that has one."""
    by_colour = {w.colour(o): o for o in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _matching_fits(w: World) -> bool:
    """Every bowl can take the block of its colour that is not in it yet."""
    need: dict[str, int] = {}
    for b, o in _matches(w).items():
        if w.state.base(b) != o:
            need[o] = need.get(o, 0) + 1
    return all(_room(w, o, n) for o, n in need.items())


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    return [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b) and w.state.support[a] != b]


def _bowl_moves(w: World) -> list[tuple[str, str]]:
    return [(b, o) for b in w.blocks for o in w.bowls if w.state.base(b) != o and _room(w, o)]


# ----- imperative ---------------------------------------------------------------------------------------
def t203_imp_lawyer(w: World) -> Made:
    opts = _bowl_moves(w)
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    return _made(w, f"The robot is hereby instructed to place the {b} into the {o} forthwith.", _in(b, o))


def t203_imp_kid(w: World) -> Made:
    opts = _stack_pairs(w)
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"put the {a} on top of the {b} please", _on(a, b))


def t203_imp_commentator(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = w.rng.choice(_CORNERS)
    return _made(w, f"Come on, get that {b} over to the {p}! Go, go, go!", rels(Rel("at", b, p)))


def t203_imp_manager(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"Throw the {b} in the bin. Now. No excuses.", binned([b]))


def t203_imp_scifi(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[b] == a and f.support[c] == b and f.support[a] not in f.support and f.base(a) != BIN
    text = f"Unit, execute construction: the {a} at the base, the {b} on the {a}, the {c} on top of the {b}."
    return _made(w, text, check)


def t203_imp_parent(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    o = w.state.base(b)
    text = (f"sorry, kids are yelling in the background. can you take the {b} out of the {o} "
            f"and put it on the table")
    return _made(w, text, rels(Rel("on_table", b)))


# ----- declarative --------------------------------------------------------------------------------------
def t203_dec_lawyer(w: World) -> Made:
    opts = [(b, o) for b, o in _bowl_moves(w) if w.state.base(b) not in w.bowls]
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    return _made(w, f"It is hereby stipulated that the {b} shall be located within the {o}.", _in(b, o))


def t203_dec_kid(w: World) -> Made:
    opts = _stack_pairs(w)
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"the {a} is supposed to be on the {b} and its not", _on(a, b))


def t203_dec_commentator(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = f"And at the final whistle the {b} is sitting pretty right in the {_MIDDLE} of the table! What a finish!"
    return _made(w, text, rels(Rel("at", b, _MIDDLE)))


def t203_dec_manager(w: World) -> Made:
    opts = [o for o in w.bowls if w.state.in_bowl(o)]
    if not opts:
        return None
    o = w.rng.choice(opts)
    return _made(w, f"By end of day the {o} is empty. That is not a request.", empty(o))


def t203_dec_scifi(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"Unit, directive: {a} in the bin. {b} in the bin. Acknowledge.", binned([a, b]))


def t203_dec_parent(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"ugh the kids built something again. the {top} should be on the table, not on the {below}"
    return _made(w, text, rels(Rel("on_table", top)))


# ----- desiderative -------------------------------------------------------------------------------------
def t203_des_lawyer(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = w.rng.choice(_CORNERS)
    return _made(w, f"It is my client's express wish that the {b} be relocated to the {p}.", rels(Rel("at", b, p)))


def t203_des_kid(w: World) -> Made:
    picked = w.pick(w.blocks, 3)
    if not picked:
        return None
    a, b, c = picked
    text = f"i want a big tower with the {a} and the {b} and the {c} and i want it really tall"
    return _made(w, text, _one_tower([a, b, c]))


def t203_des_commentator(w: World) -> Made:
    opts = _bowl_moves(w)
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    return _made(w, f"What this crowd wants to see is the {b} in the {o}! Can he deliver?", _in(b, o))


def t203_des_manager(w: World) -> Made:
    opts = _stack_pairs(w)
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"I need the {a} sitting on the {b} before my three o'clock.", _on(a, b))


def t203_des_scifi(w: World) -> Made:
    opts = [o for o in w.bowls if w.state.in_bowl(o)]
    if not opts:
        return None
    o = w.rng.choice(opts)
    contents = w.state.in_bowl(o)
    return _made(w, f"Unit, this operator desires the {o} emptied. All contents to the bin.", binned(contents))


def t203_des_parent(w: World) -> Made:
    opts = [(a, b) for b in w.in_bowls() for a in w.blocks
            if w.state.base(a) != w.state.base(b) and _room(w, w.state.base(b))]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = f"the kids are finally asleep. i'd like the {a} in the same bowl as the {b}, if you can"
    return _made(w, text, _in(a, w.state.base(b)))


# ----- quantified ---------------------------------------------------------------------------------------
def t203_qua_lawyer(w: World) -> Made:
    loose = _on_table_blocks(w)
    if not loose or len(loose) > 5:
        return None
    text = "All blocks not presently within a bowl shall be deposited in the bin, without exception."
    return _made(w, text, binned(loose))


def t203_qua_kid(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    o = w.rng.choice(w.bowls)
    return _made(w, f"put all the blocks in the {o}", rels(*(Rel("in", b, o) for b in w.blocks)))


def t203_qua_commentator(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    text = f"Exactly two blocks in the {o}! Not one, not three, two! That's the play!"
    return _made(w, text, count_in(o, 2))


def t203_qua_manager(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    text = "Each bowl gets exactly one block. Every single bowl. Get it done."
    return _made(w, text, both(*(count_in(o, 1) for o in w.bowls)))


def t203_qua_scifi(w: World) -> Made:
    opts = [(a, b) for a in w.bowls for b in w.bowls
            if a != b and w.state.in_bowl(a) and _room(w, b, len(w.state.in_bowl(a)))]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    contents = w.state.in_bowl(a)
    text = f"Unit: transfer every block from the {a} to the {b}."
    return _made(w, text, rels(*(Rel("in", x, b) for x in contents)))


def t203_qua_parent(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    text = "my twins are fighting again so quickly: can you stack all the blocks into one tower? any order is fine"
    return _made(w, text, _one_tower(w.blocks))


# ----- negated ------------------------------------------------------------------------------------------
def t203_neg_lawyer(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    if len(rest) > 5:
        return None
    text = f"All blocks, save and except the {x}, shall be disposed of in the bin."
    return _made(w, text, binned(rest), none_binned([x]))


def t203_neg_kid(w: World) -> Made:
    opts = [o for o in w.bowls if w.state.in_bowl(o)]
    if not opts:
        return None
    o = w.rng.choice(opts)
    contents = w.state.in_bowl(o)
    return _made(w, f"take all the blocks out of the {o} but dont put them in the bin", empty(o), none_binned(contents))


def t203_neg_commentator(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    opts = [(o, x) for o in w.bowls for x in w.blocks if w.state.base(x) != o]
    if not opts:
        return None
    o, x = w.rng.choice(opts)
    rest = [b for b in w.blocks if b != x]
    text = f"And it's everything into the {o}... everything except the {x}! He's leaving the {x} out of it!"
    return _made(w, text, rels(*(Rel("in", b, o) for b in rest)), _not(Rel("in", x, o)))


def t203_neg_manager(w: World) -> Made:
    loose, bowled = _on_table_blocks(w), w.in_bowls()
    if not loose or not bowled or len(loose) > 5:
        return None
    return _made(w, "Bin every block except the ones in the bowls. Today.", binned(loose), none_binned(bowled))


def t203_neg_scifi(w: World) -> Made:
    opts = [s for _t, s in w.pairs()]
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = f"Unit: nothing is to remain on top of the {b}. Negative on using the bin."
    return _made(w, text, rels(Rel("clear", b)), _not_binned(w.blocks))


def t203_neg_parent(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    o = w.state.base(b)
    text = (f"my kid keeps grabbing the {b} out of the {o}, so move it anywhere that isn't the {o}. "
            f"just not the bin, we lose things in there")
    return _made(w, text, _not(Rel("in", b, o)), none_binned([b]))


# ----- relative -----------------------------------------------------------------------------------------
def t203_rel_lawyer(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The block resting upon the {below} shall be removed to the bin forthwith.", binned([top]))


def t203_rel_kid(w: World) -> Made:
    opts = [(top, below, o) for top, below in w.pairs() for o in w.bowls
            if w.state.base(below) != o and _room(w, o)]
    if not opts:
        return None
    top, below, o = w.rng.choice(opts)
    return _made(w, f"put the block thats under the {top} in the {o}", _in(below, o))


def t203_rel_commentator(w: World) -> Made:
    opts = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not opts:
        return None
    o = w.rng.choice(opts)
    b = _unique_nearest(w, o, w.blocks)
    if b is None:
        return None
    text = f"The block closest to the {o}... he picks it up... and straight into the {o} it goes!"
    return _made(w, text, _in(b, o))


def t203_rel_manager(w: World) -> Made:
    ranked = sorted(w.blocks, key=w.y)
    if len(ranked) < 2 or w.y(ranked[1]) - w.y(ranked[0]) < 0.05:
        return None
    return _made(w, "Take the leftmost block and put it in the bin. I want it gone.", binned([ranked[0]]))


def t203_rel_scifi(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    opts = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if not opts:
        return None
    b = w.rng.choice(opts)
    o = _unique_nearest(w, b, w.bowls)
    if o is None or not _room(w, o):
        return None
    return _made(w, f"Unit: deposit the {b} in the bowl nearest to it.", _in(b, o))


def t203_rel_parent(w: World) -> Made:
    opts = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not opts:
        return None
    o = w.rng.choice(opts)
    b = w.state.in_bowl(o)[0]
    text = f"my son keeps asking so here goes: can you put the block that's in the {o} on the table?"
    return _made(w, text, rels(Rel("on_table", b)))


# ----- keep ---------------------------------------------------------------------------------------------
def t203_keep_lawyer(w: World) -> Made:
    s = w.state
    opts = [(a, b, g) for a, b in _stack_pairs(w) for g in w.blocks
            if g not in (a, b) and g not in s.above(a) and g not in s.above(b)]
    if not opts:
        return None
    a, b, g = w.rng.choice(opts)
    text = f"Place the {a} upon the {b}, provided that the {g} shall remain exactly where it is."
    return _made(w, text, _on(a, b), kept(g))


def t203_keep_kid(w: World) -> Made:
    s = w.state
    opts = [(y, o, r) for y, o in _bowl_moves(w) for r in w.blocks if r != y and r not in s.above(y)]
    if not opts:
        return None
    y, o, r = w.rng.choice(opts)
    return _made(w, f"put the {y} in the {o} but dont move the {r} ok", _in(y, o), kept(r))


def t203_keep_commentator(w: World) -> Made:
    s = w.state
    loose = _on_table_blocks(w)
    opts = [x for x in loose if _loose_on_table(s, x)]
    if not opts:
        return None
    x = w.rng.choice(opts)
    rest = [b for b in loose if b != x]
    if not rest or len(rest) > 5:
        return None
    text = (f"The {x} isn't going anywhere, folks, it stays right where it is, "
            f"while every other block that isn't in a bowl heads for the bin!")
    return _made(w, text, binned(rest), kept(x))


def t203_keep_manager(w: World) -> Made:
    opts = [(a, b) for a in w.bowls for b in w.bowls if a != b and w.state.in_bowl(a)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = f"Empty the {a}. And nobody touches the {b}: nothing goes in, nothing comes out. Clear?"
    return _made(w, text, empty(a), _untouched(b))


def t203_keep_scifi(w: World) -> Made:
    opts = [b for b in w.blocks if w.state.is_clear(b)]
    if not opts:
        return None
    r = w.rng.choice(opts)
    others = [b for b in w.blocks if b != r]
    text = f"Unit, execute: the {r} to the {_MIDDLE} of the table. All other blocks: hold position."
    return _made(w, text, rels(Rel("at", r, _MIDDLE)), kept(*others))


def t203_keep_parent(w: World) -> Made:
    s = w.state
    opts = [(a, b, o) for a, b in _stack_pairs(w) for o in w.bowls
            if s.base(a) != o and s.base(b) != o]
    if not opts:
        return None
    a, b, o = w.rng.choice(opts)
    text = (f"can you put the {a} on the {b}? but leave the {o} alone please, "
            f"the baby's been playing with it and she'll cry if it changes")
    return _made(w, text, _on(a, b), _untouched(o))


# ----- multi_step ---------------------------------------------------------------------------------------
def t203_multi_lawyer(w: World) -> Made:
    opts = [(x, a, b) for a, b in _stack_pairs(w) for x in w.blocks if x not in (a, b)]
    if not opts:
        return None
    x, a, b = w.rng.choice(opts)
    text = (f"First, the {x} shall be placed in the bin; thereafter, the {a} shall be placed upon the {b}, "
            f"in that order.")
    return _made(w, text, binned([x]), _on(a, b))


def t203_multi_kid(w: World) -> Made:
    opts = [(r, o, g) for r in w.in_bowls() for g in w.blocks
            for o in [w.state.base(r)] if w.state.base(g) != o]
    if not opts:
        return None
    r, o, g = w.rng.choice(opts)
    text = f"first take the {r} out of the {o} and then put the {g} in the {o}"
    return _made(w, text, _not(Rel("in", r, o)), _in(g, o))


def t203_multi_commentator(w: World) -> Made:
    s = w.state
    opts = [(r, b, y) for r in w.blocks for b in w.blocks for y in w.blocks
            if len({r, b, y}) == 3 and not _same_tower(s, r, b) and not _same_tower(s, y, b)
            and _level(s, b) + 2 <= layout.MAX_TOWER]
    if not opts:
        return None
    r, b, y = w.rng.choice(opts)
    text = (f"First he puts the {r} on the {b}... and then the {y} goes on top of the {r}! "
            f"What a tower, ladies and gentlemen!")
    return _made(w, text, _on(r, b), _on(y, r))


def t203_multi_manager(w: World) -> Made:
    opts = [(o, r) for o in w.bowls for r in w.blocks if w.state.in_bowl(o) and w.state.base(r) != o]
    if not opts:
        return None
    o, r = w.rng.choice(opts)
    contents = w.state.in_bowl(o)
    text = f"Step one: empty the {o} into the bin. Step two: put the {r} in the {o}. Go."
    return _made(w, text, binned(contents), _in(r, o))


def t203_multi_scifi(w: World) -> Made:
    g, y = w.pick(w.blocks, 2)
    p = w.rng.choice(_CORNERS)
    text = f"Unit, sequence alpha: the {g} to the {p}. Sequence bravo: the {y} on the {g}. Execute."
    return _made(w, text, rels(Rel("at", g, p)), _on(y, g))


def t203_multi_parent(w: World) -> Made:
    opts = [(a, o, b) for a, o in _bowl_moves(w) for b in w.blocks if b != a]
    if not opts:
        return None
    a, o, b = w.rng.choice(opts)
    text = (f"ok first the {a} goes in the {o}, then (sorry, the dog just knocked something over) "
            f"then the {b} goes in the bin")
    return _made(w, text, _in(a, o), binned([b]))


# ----- question -----------------------------------------------------------------------------------------
def t203_q_lawyer(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(o))
    return _q(f"Kindly state, for the record, how many blocks are presently in the {o}.", str(n))


def t203_q_kid(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    return _q(f"is the {a} on the {b}", yes(w.state.support[a] == b))


def t203_q_commentator(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if len(s.above(b)) <= 1]
    if not opts:
        return None
    b = w.rng.choice(opts)
    top = s.on_top(b)
    text = f"And what's sitting on top of the {b} right now, folks?"
    return _q(text, top[0] if top else "nothing")


def t203_q_manager(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    n = len(w.in_bowls())
    text = f"How many blocks are in the bowls altogether, and is the {o} empty? Numbers, now."
    return _q(text, f"{n}|{yes(not w.state.in_bowl(o))}")


def t203_q_scifi(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks
            if s.support[b] in w.bowls or (s.support[b] in s.support and s.base(b) not in w.bowls)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    return _q(f"Unit, report: current location of the {b}.", s.support[b])


def t203_q_parent(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    counts = sorted(((len(w.state.in_bowl(o)), o) for o in w.bowls), reverse=True)
    if counts[0][0] == counts[1][0]:
        return None
    text = "quick one while the kids fight over the remote: which bowl has the most blocks in it?"
    return _q(text, counts[0][1])


# ----- matching -----------------------------------------------------------------------------------------
def t203_match_lawyer(w: World) -> Made:
    if not _matches(w) or not _matching_fits(w):
        return None
    text = "Each block shall be placed in the bowl of its own colour, wherever such a bowl exists."
    return _made(w, text, rels(*matching(w)))


def t203_match_kid(w: World) -> Made:
    opts = [(b, o) for b, o in _matches(w).items() if w.state.base(b) != o and _room(w, o)]
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    return _made(w, f"put the {b} in the bowl that is the same colour as it", _in(b, o))


def t203_match_commentator(w: World) -> Made:
    pairs = _matches(w)
    rest = [b for b in w.blocks if b not in pairs]
    if not pairs or len(rest) > 5 or not _matching_fits(w):
        return None
    text = ("Colour match time! Every block goes into the bowl of its own colour, "
            "and any block without a matching bowl heads for the bin!")
    return _made(w, text, rels(*matching(w)), binned(rest))


def t203_match_manager(w: World) -> Made:
    pairs = _matches(w)
    if not pairs:
        return None
    rest = [b for b in w.blocks if b not in pairs]
    if any(w.state.base(b) in w.bowls for b in rest):
        return None

    def outside(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) not in f.bowls for b in rest)
    text = "Blocks that match a bowl's colour go in that bowl. Nothing else goes in any bowl. Understood?"
    return _made(w, text, rels(*matching(w)), outside)


def t203_match_scifi(w: World) -> Made:
    pairs = _matches(w)
    if not pairs:
        return None
    b = w.rng.choice(list(pairs))
    o = pairs[b]
    return _made(w, f"Unit: locate the block that shares the {o}'s colour. Dispose of it in the bin.", binned([b]))


def t203_match_parent(w: World) -> Made:
    s = w.state
    pairs = _matches(w)
    moving = [b for b, o in pairs.items() if s.base(b) != o]
    rest = [b for b in w.blocks if b not in pairs]
    if not moving or not _matching_fits(w) or any(x in s.above(b) for b in moving for x in rest):
        return None
    text = ("my daughter wants the colours to match, so can you put the blocks in the bowls that are the same "
            "colour as them? the rest can stay where they are")
    return _made(w, text, rels(*matching(w)), kept(*rest))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("lawyer", "kid", "commentator", "manager", "scifi", "parent")
FRESH203: list[Template] = [
    (f"t203_{short}_{style}", category, globals()[f"t203_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
