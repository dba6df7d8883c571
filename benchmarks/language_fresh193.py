"""`FRESH193`, the hundred-and-ninety-fourth untuned batch: sixty language templates, six per category, for the
offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing what they want into the robot's
chat window in their own plain words. A tired night-shift nurse asks it to "just pop" a block somewhere "when you
get a sec"; a taxi dispatcher clips every message down to "X to W, over"; a primary-school pupil writes "can you put"
and "and then" in simple words; a museum conservator asks it to "handle" things carefully and "not disturb" the rest;
a data analyst is exact ("exactly", "at most", "count"); a builder wants blocks shifted, stacked and stacks knocked
down. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table (one or two in a message). The checks accept any order and any free choice the words leave open, require the
gripper to end empty, never accept a block thrown in the bin that the words did not send there, and fail when
nothing is done; the questions expect the answer the scene gives (both answers, where a message asks two).
The six styles:

- nurse: "When you get a sec, could you just pop the red block in the blue bowl?"
- dispatch: "Red block to the top left corner, over."
- pupil: "Can you put the green block in the red bowl and then put the blue block on top of it?"
- conservator: "Please handle the red block with care: lift it off the green block and set it down on the table."
- analyst: "Put exactly two blocks in the blue bowl, any two, and no others."
- builder: "Knock down every stack on the table, but don't put anything in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 536452d, the code of 2c7c312, before anything it could prompt): 0.7867
goal-correct (236 of 300), 56 refused. Three wrong actions: "Knock all the stacks on the table down so no block is on
another block. Nothing goes in the bin." did nothing ('stacks' was no word it knew, so the first sentence was set aside
as background). Five wrong replies: "Two counts, in this order: the number of blocks in W, then the number of blocks
that are not in any bowl." was not answered. The refusals: "Stack them up: X at the bottom, Y on it, and Z on top.",
"not on Y. Please handle it gently.", "whenever you've got a minute", "lifted out, one at a time, and set down on the
table. Please handle them gently.", "handling it gently, but do not place it in the bin", "the blocks in bowls are not to
be binned", "The other 5 blocks keep exactly their current positions.", "Don't knock down the stack on X.", "Knock down
the stack of X on Y, then build it back the other way round", "every block with a same-coloured bowl goes into that
bowl, and every other block stays exactly where it is", "Any block sitting in a bowl that's a different colour to it:
shift it out onto the table.", "Please handle X with care: lift it off Y ...", "any two, and no others", "Tallest stack:
how many blocks high is it?".
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
from sim.core.relations import Rel
from sim.core.symbolic import SymState


# ----- helpers ---------------------------------------------------------------------------------------
def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _spot(place: str) -> str:
    """A named place as people say it after "to" or "onto": "the top left corner", "the middle of the table"."""
    return "the middle of the table" if place == "middle" else f"the {place}"


def _in_spot(place: str) -> str:
    """A named place after "in": "in the top left corner", "in the middle"."""
    return f"in the {place}"


def _height(s: SymState, block: str) -> int:
    """How many blocks make up the tower from the bottom up to `block`, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _tower_of(s: SymState, bottom: str) -> list[str]:
    """The bottom block and every block above it."""
    return [bottom, *reversed(s.above(bottom))]


def _bottoms(s: SymState, size: int = 2) -> list[str]:
    """Blocks at the bottom of a tower of at least `size` blocks."""
    return [b for b in s.blocks if s.support[b] not in s.support and len(s.above(b)) >= size - 1]


def _room(s: SymState, bowl: str, more: int = 1) -> bool:
    return len(s.on_top(bowl)) + more <= layout.BOWL_CAPACITY


def _stackable(s: SymState, a: str, b: str) -> bool:
    """Whether `a` can be put on `b` (and is not there already)."""
    return a != b and s.support[a] != b and b not in s.above(a) and _height(s, b) < layout.MAX_TOWER


def _on_table(s: SymState, b: str) -> bool:
    return s.support[b] in (TABLE, *PLACES)


def _act(w: World, *checks: Check, binnable: tuple[str, ...] | list[str] = ()) -> Check:
    """The intended goal of an action: `checks`, the gripper empty, and no block binned that the words did not bin."""
    spare = [b for b in w.blocks if b not in binnable]
    return both(lambda _i, f: f.held is None, none_binned(spare), *checks)


def _made(w: World, text: str, check: Check) -> Made:
    """An action instance, or None where the goal already holds (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _standing(blocks: list[str]) -> Check:
    """Every one of `blocks` has its tower standing on the table (or a named place on it), not in a bowl or bin."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _flat(blocks: list[str]) -> Check:
    """None of `blocks` rests on a block, nor in the bin."""
    return lambda _i, f: all(f.support[b] not in f.support and f.support[b] != BIN for b in blocks)


def _one_tower(blocks: list[str]) -> Check:
    """`blocks` make one tower in any order, standing on the table, a named place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        sup = f.support
        bottom = [b for b in blocks if sup[b] not in blocks]
        if len(bottom) != 1 or sup[bottom[0]] in sup or sup[bottom[0]] not in (TABLE, *PLACES, *f.bowls):
            return False
        return len({sup[b] for b in blocks if b != bottom[0]}) == len(blocks) - 1

    return check


def _holding(bowl: str, blocks: list[str]) -> Check:
    """The bowl holds exactly `blocks`."""
    return lambda _i, f: sorted(f.in_bowl(bowl)) == sorted(blocks)


def _colour_bowl(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


# ----- imperative ---------------------------------------------------------------------------------------
def t193_imp_nurse(w: World) -> Made:
    s = w.state
    options = [(a, bowl) for a in w.blocks for bowl in w.bowls if s.base(a) != bowl and _room(s, bowl)]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    text = w.rng.choice([
        f"When you get a sec, could you just pop the {a} in the {bowl}?",
        f"Just pop the {a} into the {bowl} for me when you get a sec, thanks.",
    ])
    return _made(w, text, _act(w, rels(Rel("in", a, bowl))))


def t193_imp_dispatch(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"{_cap(a)} to {_spot(place)}, over.", f"Move {a} to {_spot(place)}. Over."])
    return _made(w, text, _act(w, rels(Rel("at", a, place))))


def t193_imp_pupil(w: World) -> Made:
    s = w.state
    options = [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = w.rng.choice([f"Can you put the {a} on top of the {b} please?", f"can you put the {a} on the {b}"])
    return _made(w, text, _act(w, rels(Rel("on", a, b))))


def t193_imp_conservator(w: World) -> Made:
    s = w.state
    options = [a for a in w.blocks if not _on_table(s, a)]
    if not options:
        return None
    a = w.rng.choice(options)
    under = s.support[a]
    if under in s.bowls:
        text = f"Please lift the {a} out of the {under} carefully and set it down on the table."
    else:
        text = f"Please handle the {a} with care: lift it off the {under} and set it down on the table."
    return _made(w, text, _act(w, rels(Rel("on_table", a))))


def t193_imp_analyst(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    options = [(a, s.base(a), to) for a in w.in_bowls() if s.is_clear(a)
               for to in w.bowls if to != s.base(a) and _room(s, to)]
    if not options:
        return None
    a, src, to = w.rng.choice(options)
    text = f"Transfer exactly one block, the {a}, from the {src} to the {to}."
    others = [b for b in w.blocks if b != a]
    return _made(w, text, _act(w, rels(Rel("in", a, to)), kept(*others)))


def t193_imp_builder(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = w.rng.choice([
        f"Stack them up: the {a} at the bottom, the {b} on it, and the {c} on top.",
        f"Build me a tower with the {a} on the bottom, then the {b}, then the {c} on top.",
    ])
    return _made(w, text, _act(w, rels(Rel("on", b, a), Rel("on", c, b)), _flat([a])))


# ----- declarative -------------------------------------------------------------------------------------
def t193_dec_nurse(w: World) -> Made:
    s = w.state
    options = [(a, bowl) for a in w.blocks for bowl in w.bowls if s.base(a) != bowl and _room(s, bowl)]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    text = w.rng.choice([
        f"The {a} should be in the {bowl} by the time I'm back.",
        f"The {a} needs to be in the {bowl}, when you get a sec.",
    ])
    return _made(w, text, _act(w, rels(Rel("in", a, bowl))))


def t193_dec_dispatch(w: World) -> Made:
    s = w.state
    pair = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if not pair or not _room(s, bowl):
        return None
    a, b = pair
    place = w.rng.choice(PLACES)
    text = f"Final board: {a} in the {bowl}, {b} {_in_spot(place)}. Over."
    return _made(w, text, _act(w, rels(Rel("in", a, bowl), Rel("at", b, place))))


def t193_dec_pupil(w: World) -> Made:
    s = w.state
    options = [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = w.rng.choice([f"The {a} goes on top of the {b}.", f"the {a} is meant to be on the {b}"])
    return _made(w, text, _act(w, rels(Rel("on", a, b))))


def t193_dec_conservator(w: World) -> Made:
    s = w.state
    options = [a for a in w.blocks if not _on_table(s, a)]
    if not options:
        return None
    a = w.rng.choice(options)
    under = s.support[a]
    where = f"in the {under}" if under in s.bowls else f"on the {under}"
    text = f"The {a} belongs on the table, not {where}. Please handle it gently."
    return _made(w, text, _act(w, rels(Rel("on_table", a))))


def t193_dec_analyst(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a, b = w.pick(w.blocks, 2)
    text = f"End state: the {bowl} contains exactly two blocks, the {a} and the {b}."
    return _made(w, text, _act(w, _holding(bowl, [a, b])))


def t193_dec_builder(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice([
        f"The {a} sits on the table with the {b} stacked on it.",
        f"The {a} is on the table and the {b} is stacked on top of it.",
    ])
    return _made(w, text, _act(w, rels(Rel("on_table", a), Rel("on", b, a))))


# ----- desiderative ------------------------------------------------------------------------------------
def t193_des_nurse(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    text = w.rng.choice([
        f"I'd love it if the {a} was in the bin, whenever you've got a minute.",
        f"I'd like the {a} in the bin please, when you get a sec.",
    ])
    return _made(w, text, _act(w, binned([a]), binnable=[a]))


def t193_des_dispatch(w: World) -> Made:
    s = w.state
    options = [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = w.rng.choice([f"Want the {a} on the {b}. Over.", f"Need {a} on top of {b}, over."])
    return _made(w, text, _act(w, rels(Rel("on", a, b))))


def t193_des_pupil(w: World) -> Made:
    s = w.state
    pair = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if not pair or not _room(s, bowl, 2):
        return None
    a, b = pair
    text = w.rng.choice([
        f"I want the {a} and the {b} in the {bowl}.",
        f"i want the {a} in the {bowl} and the {b} in there too",
    ])
    return _made(w, text, _act(w, rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t193_des_conservator(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = f"I would like the {a} moved to {_spot(place)}, handled gently please."
    return _made(w, text, _act(w, rels(Rel("at", a, place))))


def t193_des_analyst(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a = w.rng.choice(w.blocks)
    text = f"I'd like the {bowl} to hold exactly one block: the {a}."
    return _made(w, text, _act(w, _holding(bowl, [a])))


def t193_des_builder(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    if not _stackable(s, a, b):
        return None
    text = f"Make it so that the {a} is stacked on the {b} and the {c} is on the table."
    return _made(w, text, _act(w, rels(Rel("on", a, b), Rel("on_table", c))))


# ----- quantified ----------------------------------------------------------------------------------------
def t193_qua_nurse(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([
        f"Just pop all the blocks into the {bowl} when you get a sec, thanks.",
        f"When you get a sec, could every block go in the {bowl}?",
    ])
    return _made(w, text, _act(w, rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t193_qua_dispatch(w: World) -> Made:
    if len(w.blocks) > len(layout.PLACE_SLOTS):
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"All blocks to {_spot(place)}. Over.", f"Every block to {_spot(place)}, over."])
    return _made(w, text, _act(w, rels(*(Rel("at", b, place) for b in w.blocks))))


def t193_qua_pupil(w: World) -> Made:
    text = w.rng.choice(["Can you put all the blocks in the bin please?", "can you put every block in the bin"])
    return _made(w, text, _act(w, binned(w.blocks), binnable=w.blocks))


def t193_qua_conservator(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = ("Every block currently resting in a bowl should be lifted out, one at a time, and set down on the table. "
            "Please handle them gently.")
    return _made(w, text, _act(w, _standing(inside)))


def t193_qua_analyst(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([
        f"Put exactly two blocks in the {bowl}, any two, and no others.",
        f"The {bowl} should end up with exactly 2 blocks in it; which two is up to you.",
    ])
    return _made(w, text, _act(w, count_in(bowl, 2)))


def t193_qua_builder(w: World) -> Made:
    n = len(w.blocks)
    if n > layout.MAX_TOWER:
        return None
    text = w.rng.choice([
        f"Stack all {n} blocks into one tower, any order.",
        "Stack every block into a single tower. Order doesn't matter.",
    ])
    return _made(w, text, _act(w, _one_tower(w.blocks)))


# ----- negated -------------------------------------------------------------------------------------------
def t193_neg_nurse(w: World) -> Made:
    s = w.state
    options = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    text = w.rng.choice([
        f"Could you make sure there are no blocks left in the {bowl}? Just pop them on the table, not in the bin.",
        f"When you get a sec, empty the {bowl} onto the table. Don't bin anything.",
    ])
    return _made(w, text, _act(w, empty(bowl), _standing(s.in_bowl(bowl))))


def t193_neg_dispatch(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != a]
    text = w.rng.choice([f"All blocks except the {a} to the bin. Over.", f"Everything but the {a} in the bin, over."])
    return _made(w, text, _act(w, binned(rest), binnable=rest))


def t193_neg_pupil(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    a = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    others = [o for o in w.bowls if o != bowl and _room(s, o)]
    if not others:
        return None
    text = w.rng.choice([
        f"Can you put the {a} in a bowl but not the {bowl}?",
        f"can you put the {a} in one of the bowls, just not the {bowl}",
    ])
    return _made(w, text, _act(w, lambda _i, f: f.base(a) in others))


def t193_neg_conservator(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    text = f"Please remove the {a} from the {bowl}, handling it gently, but do not place it in the bin."
    return _made(w, text, _act(w, lambda _i, f: f.base(a) not in (bowl, BIN)))


def t193_neg_analyst(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    text = w.rng.choice([
        "Bin every block that is not in a bowl.",
        "Put each block that is not inside a bowl into the bin; the blocks in bowls are not to be binned.",
    ])
    return _made(w, text, _act(w, binned(outside), lambda _i, f: all(f.base(b) == s.base(b) for b in inside),
                                binnable=outside))


def t193_neg_builder(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _bottoms(s) if s.support[b] in (TABLE, *PLACES)]
    if not bottoms:
        return None
    stacked = [b for bottom in bottoms for b in _tower_of(s, bottom)]
    text = w.rng.choice([
        "Knock down every stack on the table, but don't put anything in the bin.",
        "Knock all the stacks on the table down so no block is on another block. Nothing goes in the bin.",
    ])
    return _made(w, text, _act(w, _flat(stacked)))


# ----- relative ------------------------------------------------------------------------------------------
def t193_rel_nurse(w: World) -> Made:
    s = w.state
    options = [(top, under) for top, under in w.pairs() if s.is_clear(top)]
    if not options:
        return None
    top, under = w.rng.choice(options)
    text = w.rng.choice([
        f"Whatever's sitting on the {under}, just pop it in the bin, thanks.",
        f"Could you bin the block on top of the {under} when you get a sec?",
    ])
    return _made(w, text, _act(w, binned([top]), binnable=[top]))


def t193_rel_dispatch(w: World) -> Made:
    s = w.state
    options = [bowl for bowl in w.bowls if len(s.in_bowl(bowl)) == 1]
    if not options:
        return None
    bowl = w.rng.choice(options)
    a = s.in_bowl(bowl)[0]
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Block in the {bowl} to {_spot(place)}, over.",
        f"Whatever's in the {bowl}: to {_spot(place)}. Over.",
    ])
    return _made(w, text, _act(w, rels(Rel("at", a, place))))


def t193_rel_pupil(w: World) -> Made:
    s = w.state
    options = [(top, under, bowl) for top, under in w.pairs() if s.is_clear(top)
               for bowl in w.bowls if s.base(top) != bowl and _room(s, bowl)]
    if not options:
        return None
    top, under, bowl = w.rng.choice(options)
    text = w.rng.choice([
        f"Can you put the block that is on top of the {under} into the {bowl}?",
        f"can you take the block that's on the {under} and put it in the {bowl}",
    ])
    return _made(w, text, _act(w, rels(Rel("in", top, bowl))))


def t193_rel_conservator(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, under = w.rng.choice(pairs)
    place = w.rng.choice(PLACES)
    text = f"Please carefully move the block underneath the {top} to {_spot(place)}."
    return _made(w, text, _act(w, rels(Rel("at", under, place))))


def t193_rel_analyst(w: World) -> Made:
    s = w.state
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        near = sorted((w.dist(b, bowl), b) for b in w.blocks if s.base(b) != bowl)
        if len(near) < 2:
            continue
        (d0, a), (d1, _) = near[0], near[1]
        if d1 - d0 < 0.05 or s.support[a] != TABLE or not s.is_clear(a):
            continue
        place = w.rng.choice(PLACES)
        text = (f"Take the block closest to the {bowl} (not counting any block inside it) and move it to "
                f"{_spot(place)}.")
        return _made(w, text, _act(w, rels(Rel("at", a, place))))
    return None


def t193_rel_builder(w: World) -> Made:
    s = w.state
    options = [(bottom, s.above(bottom)[0], c) for bottom in _bottoms(s) for c in w.blocks
               if c not in _tower_of(s, bottom) and _stackable(s, s.above(bottom)[0], c)]
    if not options:
        return None
    bottom, top, c = w.rng.choice(options)
    text = f"Shift the top block of the stack with the {bottom} at the bottom onto the {c}."
    return _made(w, text, _act(w, rels(Rel("on", top, c))))


# ----- keep ----------------------------------------------------------------------------------------------
def t193_keep_nurse(w: World) -> Made:
    s = w.state
    options = [(a, bowl, b) for a in w.blocks for bowl in w.bowls if s.base(a) != bowl and _room(s, bowl)
               for b in w.blocks if b != a and b not in s.above(a)]
    if not options:
        return None
    a, bowl, b = w.rng.choice(options)
    text = f"Just pop the {a} in the {bowl} when you get a sec, and leave the {b} where it is."
    return _made(w, text, _act(w, rels(Rel("in", a, bowl)), kept(b)))


def t193_keep_dispatch(w: World) -> Made:
    s = w.state
    a = w.rng.choice(w.blocks)
    stay = [b for b in w.blocks if b != a and b not in s.above(a)]
    if len(stay) < 2:
        return None
    b, c = w.rng.sample(stay, 2)
    text = f"{_cap(a)} to the bin. {_cap(b)} and {c} stay put. Over."
    return _made(w, text, _act(w, binned([a]), kept(b, c), binnable=[a]))


def t193_keep_pupil(w: World) -> Made:
    s = w.state
    options = [(a, b, c) for a in w.blocks for b in w.blocks if _stackable(s, a, b)
               for c in w.blocks if c not in (a, b) and c not in s.above(a) and c not in s.above(b)]
    if not options:
        return None
    a, b, c = w.rng.choice(options)
    text = w.rng.choice([
        f"Can you put the {a} on the {b} but don't move the {c}?",
        f"can you put the {a} on top of the {b} and leave the {c} alone please",
    ])
    return _made(w, text, _act(w, rels(Rel("on", a, b)), kept(c)))


def t193_keep_conservator(w: World) -> Made:
    s = w.state
    full = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    outside = [b for b in w.blocks if s.base(b) != bowl]
    if not outside:
        return None
    a = w.rng.choice(outside)
    text = f"Please move the {a} to the bin. The {bowl} and everything in it must not be disturbed."
    return _made(w, text, _act(w, binned([a]), kept(*s.in_bowl(bowl)), binnable=[a]))


def t193_keep_analyst(w: World) -> Made:
    s = w.state
    options = [a for a in w.blocks if s.is_clear(a)]
    a = w.rng.choice(options)
    place = w.rng.choice(PLACES)
    others = [b for b in w.blocks if b != a]
    text = f"Move the {a} to {_spot(place)}. The other {len(others)} blocks keep exactly their current positions."
    return _made(w, text, _act(w, rels(Rel("at", a, place)), kept(*others)))


def t193_keep_builder(w: World) -> Made:
    s = w.state
    bottoms = _bottoms(s)
    if not bottoms:
        return None
    bottom = w.rng.choice(bottoms)
    tower = _tower_of(s, bottom)
    options = [a for a in w.blocks if a not in tower]
    if not options:
        return None
    a = w.rng.choice(options)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Shift the {a} onto {_spot(place)} and leave the stack on the {bottom} alone.",
        f"Shift the {a} over to {_spot(place)}. Don't knock down the stack on the {bottom}.",
    ])
    return _made(w, text, _act(w, rels(Rel("at", a, place)), kept(*tower)))


# ----- multi_step ----------------------------------------------------------------------------------------
def t193_multi_nurse(w: World) -> Made:
    s = w.state
    pair = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if not pair or not _room(s, bowl):
        return None
    a, b = pair
    text = f"First pop the {a} in the {bowl}, then the {b} in the bin when you get a sec, thanks."
    return _made(w, text, _act(w, rels(Rel("in", a, bowl)), binned([b]), binnable=[b]))


def t193_multi_dispatch(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    place = w.rng.choice(PLACES)
    text = f"{_cap(a)} to {_spot(place)}, then {b} on top of {a}. Over."
    return _made(w, text, _act(w, rels(Rel("at", a, place), Rel("on", b, a))))


def t193_multi_pupil(w: World) -> Made:
    s = w.state
    pair = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if not pair or not _room(s, bowl):
        return None
    a, b = pair
    text = w.rng.choice([
        f"Can you put the {a} in the {bowl} and then put the {b} on top of it?",
        f"can you put the {a} into the {bowl}, and then can you put the {b} on the {a}",
    ])
    return _made(w, text, _act(w, rels(Rel("in", a, bowl), Rel("on", b, a))))


def t193_multi_conservator(w: World) -> Made:
    s = w.state
    options = [(top, under) for top, under in w.pairs() if s.is_clear(top)]
    if not options:
        return None
    top, under = w.rng.choice(options)
    place = w.rng.choice(PLACES)
    text = (f"First, carefully lift the {top} off the {under} and set it on the table. "
            f"Then move the {under} to {_spot(place)}.")
    return _made(w, text, _act(w, rels(Rel("on_table", top), Rel("at", under, place))))


def t193_multi_analyst(w: World) -> Made:
    s = w.state
    trio = w.pick(w.blocks, 3)
    bowl = w.rng.choice(w.bowls)
    if not trio or not _room(s, bowl):
        return None
    a, b, c = trio
    place = w.rng.choice(PLACES)
    text = (f"Do these three in order: 1) the {a} into the bin; 2) the {b} into the {bowl}; "
            f"3) the {c} onto {_spot(place)}.")
    return _made(w, text, _act(w, binned([a]), rels(Rel("in", b, bowl), Rel("at", c, place)), binnable=[a]))


def t193_multi_builder(w: World) -> Made:
    s = w.state
    options = [(s.above(b)[0], b) for b in _bottoms(s) if len(s.above(b)) == 1]
    if not options:
        return None
    top, under = w.rng.choice(options)
    text = (f"Knock down the stack of the {top} on the {under}, then build it back the other way round, "
            f"with the {under} on top of the {top}.")
    return _made(w, text, _act(w, rels(Rel("on", under, top)), _flat([top])))


# ----- question ------------------------------------------------------------------------------------------
def t193_q_nurse(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = s.base(a)
    else:
        a, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    text = w.rng.choice([
        f"Quick one when you get a sec: is the {a} in the {bowl}?",
        f"Is the {a} in the {bowl} at the moment? Just checking.",
    ])
    return text, answered(yes(s.base(a) == bowl))


def t193_q_dispatch(w: World) -> Made:
    s = w.state
    options = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    text = w.rng.choice([f"How many blocks in the {bowl}? Over.", f"Count of blocks in the {bowl}, over?"])
    return text, answered(str(len(s.in_bowl(bowl))))


def t193_q_pupil(w: World) -> Made:
    n_blocks, n_bowls = len(w.blocks), len(w.bowls)
    if n_blocks == n_bowls:
        return None
    text = w.rng.choice([
        "How many blocks are there, and how many bowls are there?",
        "can you tell me how many blocks there are and then how many bowls there are",
    ])
    return text, answered(f"{n_blocks}|{n_bowls}")


def t193_q_conservator(w: World) -> Made:
    s = w.state
    covered = [b for b in w.blocks if not s.is_clear(b)]
    a = w.rng.choice(covered) if covered and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    on = s.on_top(a)
    text = f"Without moving anything, please tell me what is resting directly on the {a}."
    return text, answered(w.colour(on[0]) if on else "nothing")


def t193_q_analyst(w: World) -> Made:
    s = w.state
    options = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    n_in, n_out = len(s.in_bowl(bowl)), len(s.on_the_table())
    if n_in == n_out or n_out == 0:
        return None
    text = (f"Two counts, in this order: the number of blocks in the {bowl}, then the number of blocks that are "
            "not in any bowl.")
    return text, answered(f"{n_in}|{n_out}")


def t193_q_builder(w: World) -> Made:
    s = w.state
    if not w.pairs():
        return None
    tallest = max(len(_tower_of(s, b)) for b in _bottoms(s, 1))
    text = w.rng.choice(["How many blocks tall is the tallest stack?", "Tallest stack: how many blocks high is it?"])
    return text, answered(str(tallest))


# ----- matching ------------------------------------------------------------------------------------------
def t193_match_nurse(w: World) -> Made:
    goal = matching(w)
    if not goal:
        return None
    text = w.rng.choice([
        "When you get a sec, can you pop each block into the bowl that's the same colour as it?",
        "Could you just pop the blocks in their matching coloured bowls? Thanks.",
    ])
    return _made(w, text, _act(w, rels(*goal)))


def t193_match_dispatch(w: World) -> Made:
    options = [a for a in w.blocks if _colour_bowl(w, a)]
    if not options:
        return None
    a = w.rng.choice(options)
    bowl = _colour_bowl(w, a)
    assert bowl is not None
    text = w.rng.choice([f"{_cap(a)} to the same-colour bowl. Over.", f"{_cap(a)} into its matching bowl, over."])
    return _made(w, text, _act(w, rels(Rel("in", a, bowl))))


def t193_match_pupil(w: World) -> Made:
    goal = matching(w)
    rest = [b for b in w.blocks if not _colour_bowl(w, b)]
    if not goal or not rest:
        return None
    text = ("Can you put each block in the bowl that is the same colour, and put the blocks that don't have a bowl "
            "of their colour in the bin?")
    return _made(w, text, _act(w, rels(*goal), binned(rest), binnable=rest))


def t193_match_conservator(w: World) -> Made:
    s = w.state
    options = [a for a in w.blocks if _colour_bowl(w, a) and s.is_clear(a)]
    if not options:
        return None
    a = w.rng.choice(options)
    bowl = _colour_bowl(w, a)
    assert bowl is not None
    others = [b for b in w.blocks if b != a]
    text = f"Please place the {a} in the bowl of matching colour, and do not disturb any other block."
    return _made(w, text, _act(w, rels(Rel("in", a, bowl)), kept(*others)))


def t193_match_analyst(w: World) -> Made:
    s = w.state
    goal = matching(w)
    if not goal:
        return None
    rest = [b for b in w.blocks if not _colour_bowl(w, b)]
    moving = [r.block for r in goal if s.base(r.block) != r.target]
    if any(b in s.above(m) for m in moving for b in rest):
        return None
    text = ("Sort by colour: every block with a same-coloured bowl goes into that bowl, and every other block "
            "stays exactly where it is.")
    return _made(w, text, _act(w, rels(*goal), kept(*rest)))


def t193_match_builder(w: World) -> Made:
    s = w.state
    wrong = [b for b in w.in_bowls() if w.colour(s.base(b)) != w.colour(b)]
    if not wrong:
        return None
    text = w.rng.choice([
        "Any block sitting in a bowl that's a different colour to it: shift it out onto the table.",
        "Shift every block that's in the wrong-coloured bowl (not its own colour) out onto the table.",
    ])
    return _made(w, text, _act(w, _standing(wrong)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse", "dispatch", "pupil", "conservator", "analyst", "builder")
FRESH193: list[Template] = [
    (f"t193_{short}_{style}", category, globals()[f"t193_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
