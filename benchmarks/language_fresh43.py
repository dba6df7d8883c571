"""`FRESH43`, the forty-fourth untuned batch: sixty language templates, six per category, each stating a goal as
how the world should end up. It was written by a tester who had not read the planner, its tests, the lexicon or
any other batch of templates.

Every category has one template in each of six styles: the passive voice ("the red block must be placed in the
bowl"), 'have'/'get'/'leave' causatives, 'so that'/'such that' clauses, time words for the end state ("by the
time you are done"), position words other than in/on ("inside", "atop", "beneath", "resting on") and goals
written as a list of facts on separate lines or between semicolons.

Its first run, before any fix it prompted (300 instructions, seed 0, on b759d67): 0.70 goal-correct, 9 wrong actions
or replies over 4 templates.
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

_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- helpers ----------------------------------------------------------------------------------------------------
def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _noun(w: World) -> str:
    return w.rng.choice(("block", "block", "cube"))


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _one(w: World, name: str, noun: str) -> str:
    """"one" after a colour ("the red one"), or the noun where a bowl of that colour would make "one" ambiguous."""
    return noun if any(w.colour(b) == w.colour(name) for b in w.bowls if b != name) else "one"


def _bare(w: World, name: str, noun: str) -> str:
    """The colour alone ("the red"), or colour and noun where a bowl shares that colour."""
    return f"{w.colour(name)} {noun}" if _one(w, name, noun) == noun else w.colour(name)


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _flat(s: SymState, b: str) -> bool:
    """The block rests directly on the table (or a named place)."""
    return s.support[b] in (TABLE, *PLACES)


def _tower(s: SymState, b: str) -> list[str]:
    """Every block in b's tower, bottom first."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *s.above(bottom)[::-1]]


def _below(s: SymState, b: str) -> list[str]:
    """Every block under b in its tower."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _into(w: World, n: int = 1) -> tuple[str, str] | None:
    """A block not yet in a bowl with room for it, and that bowl."""
    options = [(b, bowl) for b in _live(w) for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl, n)]
    return w.rng.choice(options) if options else None


def _can_stack(w: World, top: str, below: str) -> bool:
    """`top` can sensibly be put straight onto `below`: a clear block standing on the table, not in top's tower."""
    s = w.state
    return (top != below and s.is_clear(below) and s.base(below) in (TABLE, *PLACES) and s.base(top) != BIN
            and top not in _tower(s, below) and len(_tower(s, below)) + 1 <= layout.MAX_TOWER)


def _stack_pair(w: World) -> tuple[str, str] | None:
    options = [(a, b) for a in _live(w) for b in _live(w) if _can_stack(w, a, b)]
    return w.rng.choice(options) if options else None


def _off_table(w: World) -> list[str]:
    """Blocks that are not resting directly on the table (stacked or in a bowl)."""
    return [b for b in _live(w) if not _flat(w.state, b)]


def _single_in_bowl(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every bowl that holds exactly one block."""
    return [(w.state.in_bowl(bowl)[0], bowl) for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]


def _not_moved(w: World, moved: list[str], exclude: list[str]) -> list[str]:
    """Blocks that moving the `moved` blocks need not disturb."""
    s, busy = w.state, set(exclude)
    for m in moved:
        busy |= {m, *s.above(m)}
    return [b for b in _live(w) if b not in busy]


def _no_stacks(_i: SymState, f: SymState) -> bool:
    return all(s not in f.support for s in f.support.values())


# ----- imperative -------------------------------------------------------------------------------------------------
def x43_imperative_passive(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    n = _noun(w)
    text = w.rng.choice((
        f"Let the {_c(w, b)} {n} be placed in the {_c(w, bowl)} bowl.",
        f"See to it that the {_c(w, b)} {n} is put into the {_c(w, bowl)} bowl.",
        f"Make sure the {_c(w, b)} {n} gets dropped in the {_c(w, bowl)} bowl, please.",
    ))
    return _made(w, text, rels(Rel("in", b, bowl)))


def x43_imperative_causative(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    n = _noun(w)
    text = w.rng.choice((
        f"Get the {_c(w, top)} {n} on top of the {_c(w, below)} {_one(w, below, n)}.",
        f"get the {_c(w, top)} {_one(w, top, n)} up on the {_c(w, below)} {n}",
        f"Have the {_c(w, top)} {n} sitting on the {_c(w, below)} {n} please",
    ))
    return _made(w, text, rels(Rel("on", top, below)))


def x43_imperative_so_that(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b, place = w.rng.choice(live), _place(w)
    n = _noun(w)
    text = w.rng.choice((
        f"Rearrange things so that the {_c(w, b)} {n} ends up in the {place}.",
        f"Shuffle the blocks around so the {place} has the {_c(w, b)} {n} on it.",
        f"Move stuff in such a way that the {_c(w, b)} {n} is sitting in the {place} at the end.",
    ))
    return _made(w, text, rels(Rel("at", b, place)))


def x43_imperative_time(w: World) -> Made:
    pairs = [(a, t) for a, t in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    n = _noun(w)
    text = w.rng.choice((
        (f"Take the {_c(w, a)} {n} down off the {_c(w, t)} {_one(w, t, n)}; by the time you're done it should be "
         "on the table."),
        f"Unstack the {_c(w, a)} {n}. Once you're finished it should just be sitting on the table.",
        f"Lift the {_c(w, a)} {n} off the {_c(w, t)} {n} so that afterwards it's down on the table",
    ))
    return _made(w, text, rels(Rel("on_table", a)))


def x43_imperative_position(w: World) -> Made:
    s = w.state
    flat = [b for b in _live(w) if s.base(b) not in s.bowls]
    options = [(top, under) for top in flat for under in flat if top != under and s.support[top] != under]
    if not options:
        return None
    top, under = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        f"Put the {_c(w, under)} {n} underneath the {_c(w, top)} {n}.",
        (f"Slip the {_c(w, under)} {n} in beneath the {_c(w, top)} {_one(w, top, n)}, so the {_bare(w, top, n)} "
         "sits right on it."),
        f"Set things up with the {_c(w, under)} {n} directly below the {_c(w, top)} {n}.",
    ))
    return _made(w, text, rels(Rel("on", top, under)))


def x43_imperative_list(w: World) -> Made:
    off = _off_table(w)
    if not off:
        return None
    b = w.rng.choice(off)
    rest = [x for x in _live(w) if x != b]
    if not rest:
        return None
    a = w.rng.choice(rest)
    n = _noun(w)
    text = w.rng.choice((
        f"Do this: {_c(w, a)} {n} -> bin; {_c(w, b)} {n} -> table.",
        f"Please sort it out:\n{_c(w, a)} {n}: in the bin\n{_c(w, b)} {n}: on the table",
        f"{_bare(w, a, n)} into the bin; {_c(w, b)} {n} down on the table. go",
    ))
    return _made(w, text, rels(Rel("in_bin", a), Rel("on_table", b)))


# ----- declarative ------------------------------------------------------------------------------------------------
def x43_declarative_passive(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    n = _noun(w)
    text = w.rng.choice((
        f"The {_c(w, top)} {n} needs to be moved onto the {_c(w, below)} {n}.",
        f"The {_c(w, top)} {n} is to be stacked on the {_c(w, below)} {_one(w, below, n)}.",
        f"the {_c(w, top)} {n} must be placed on top of the {_c(w, below)} {n}",
    ))
    return _made(w, text, rels(Rel("on", top, below)))


def x43_declarative_causative(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    n = _noun(w)
    text = w.rng.choice((
        f"Your job is to get the {_c(w, b)} {n} into the bin.",
        f"The task is to have the {_c(w, b)} {n} sitting in the bin.",
        f"The idea is that you leave the {_c(w, b)} {n} in the bin when you stop.",
    ))
    return _made(w, text, binned([b]))


def x43_declarative_so_that(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    n = _noun(w)
    text = w.rng.choice((
        f"The goal is to arrange things such that the {_c(w, bowl)} bowl holds the {_c(w, b)} {n}.",
        f"Things need to be set up so that the {_c(w, b)} {n} is in the {_c(w, bowl)} bowl.",
        f"What matters is that it ends up so the {_c(w, bowl)} bowl has the {_c(w, b)} {n} in it.",
    ))
    return _made(w, text, rels(Rel("in", b, bowl)))


def x43_declarative_time(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b, place = w.rng.choice(live), _place(w)
    n = _noun(w)
    text = w.rng.choice((
        f"At the end, the {_c(w, b)} {n} is sitting in the {place}.",
        f"By the time you're done the {_c(w, b)} {n} should be over in the {place}.",
        f"Once this is finished, the {_c(w, b)} {n} will be in the {place}.",
    ))
    return _made(w, text, rels(Rel("at", b, place)))


def x43_declarative_position(w: World) -> Made:
    n = _noun(w)
    if w.rng.random() < 0.5:
        pick = _into(w)
        if not pick:
            return None
        b, bowl = pick
        text = w.rng.choice((
            f"The {_c(w, b)} {n} belongs inside the {_c(w, bowl)} bowl.",
            f"The {_c(w, b)} {n} should be sitting inside the {_c(w, bowl)} bowl.",
        ))
        return _made(w, text, rels(Rel("in", b, bowl)))
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    text = w.rng.choice((
        f"The {_c(w, top)} {n} goes atop the {_c(w, below)} {n}.",
        f"The {_c(w, top)} {n} is supposed to be resting on the {_c(w, below)} {_one(w, below, n)}.",
    ))
    return _made(w, text, rels(Rel("on", top, below)))


def x43_declarative_list(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    rest = [x for x in _live(w) if x != b]
    if not rest:
        return None
    a = w.rng.choice(rest)
    n = _noun(w)
    text = w.rng.choice((
        f"Goal state:\n{_c(w, a)} {n} - bin\n{_c(w, b)} {n} - {_c(w, bowl)} bowl",
        f"End result: the {_c(w, a)} {n} in the bin; the {_c(w, b)} {n} in the {_c(w, bowl)} bowl.",
        f"{_c(w, b)} {n}: {_c(w, bowl)} bowl\n{_c(w, a)} {n}: bin",
    ))
    return _made(w, text, rels(Rel("in_bin", a), Rel("in", b, bowl)))


# ----- desiderative -----------------------------------------------------------------------------------------------
def x43_desiderative_passive(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b, place = w.rng.choice(live), _place(w)
    n = _noun(w)
    text = w.rng.choice((
        f"I'd like the {_c(w, b)} {n} to be put in the {place}.",
        f"I want the {_c(w, b)} {n} moved over to the {place}.",
        f"i need the {_c(w, b)} {n} placed in the {place} please",
    ))
    return _made(w, text, rels(Rel("at", b, place)))


def x43_desiderative_causative(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    n = _noun(w)
    text = w.rng.choice((
        f"I'd love it if you could get the {_c(w, top)} {n} on top of the {_c(w, below)} {_one(w, below, n)}.",
        f"I want to have the {_c(w, top)} {n} stacked on the {_c(w, below)} {n}.",
        f"Could I get the {_c(w, top)} {n} on the {_c(w, below)} {n}?",
    ))
    return _made(w, text, rels(Rel("on", top, below)))


def x43_desiderative_so_that(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    n = _noun(w)
    text = w.rng.choice((
        f"I want things arranged so the {_c(w, bowl)} bowl has the {_c(w, b)} {n} in it.",
        f"I'd like it set up such that the {_c(w, b)} {n} is in the {_c(w, bowl)} bowl.",
        f"Ideally the table would be arranged so that the {_c(w, b)} {n} sits in the {_c(w, bowl)} bowl.",
    ))
    return _made(w, text, rels(Rel("in", b, bowl)))


def x43_desiderative_time(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    n = _noun(w)
    text = w.rng.choice((
        f"Once you're finished, I want the {_c(w, b)} {n} in the bin.",
        f"I'd like the {_c(w, b)} {n} to be in the bin afterwards.",
        f"When all is said and done I want the {_c(w, b)} {n} gone, in the bin.",
    ))
    return _made(w, text, binned([b]))


def x43_desiderative_position(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    n = _noun(w)
    text = w.rng.choice((
        f"I'd like the {_c(w, below)} {n} to end up beneath the {_c(w, top)} {n}.",
        f"I want the {_c(w, top)} {n} sitting atop the {_c(w, below)} {n}.",
        f"I'd prefer the {_c(w, top)} {n} resting on the {_c(w, below)} {_one(w, below, n)}.",
    ))
    return _made(w, text, rels(Rel("on", top, below)))


def x43_desiderative_list(w: World) -> Made:
    off = _off_table(w)
    if not off:
        return None
    b = w.rng.choice(off)
    options = [(a, bowl) for a in _live(w) for bowl in w.bowls
               if a != b and w.state.base(a) != bowl and _room(w, bowl)]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        f"What I want:\n* {_c(w, a)} {n}: {_c(w, bowl)} bowl\n* {_c(w, b)} {n}: on the table",
        f"I'd like: {_c(w, a)} {n} in the {_c(w, bowl)} bowl; {_c(w, b)} {n} on the table.",
        f"my wishlist\n- {_bare(w, b, n)} on the table\n- {_bare(w, a, n)} in the {_c(w, bowl)} bowl",
    ))
    return _made(w, text, rels(Rel("in", a, bowl), Rel("on_table", b)))


# ----- quantified -------------------------------------------------------------------------------------------------
def x43_quantified_passive(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    n = _noun(w)
    if len(inside) == 1:
        text = w.rng.choice((
            f"Whatever is in the {_c(w, bowl)} bowl is to be binned.",
            f"Anything that's in the {_c(w, bowl)} bowl needs to be thrown in the bin.",
        ))
    else:
        text = w.rng.choice((
            f"All the {n}s in the {_c(w, bowl)} bowl are to be binned.",
            f"Every {n} in the {_c(w, bowl)} bowl has to be put in the bin.",
            f"Both {n}s in the {_c(w, bowl)} bowl should be thrown away in the bin." if len(inside) == 2 else
            f"All {_NUMBERS[len(inside)]} {n}s in the {_c(w, bowl)} bowl should be thrown in the bin.",
        ))
    return _made(w, text, binned(inside))


def x43_quantified_causative(w: World) -> Made:
    empties = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not empties or len(_live(w)) < 2:
        return None
    bowl = w.rng.choice(empties)
    n = _noun(w)
    text = w.rng.choice((
        f"Get two {n}s into the {_c(w, bowl)} bowl.",
        f"Have any two of the {n}s end up in the {_c(w, bowl)} bowl.",
        f"get 2 {n}s in the {_c(w, bowl)} bowl, doesn't matter which",
    ))
    return _made(w, text, count_in(bowl, 2))


def x43_quantified_so_that(w: World) -> Made:
    if not _off_table(w):
        return None
    live = _live(w)
    n = _noun(w)
    text = w.rng.choice((
        f"Arrange the {n}s so that every one of them is sitting directly on the table.",
        f"Lay things out such that each {n} is on the table by itself.",
        f"Spread all the {n}s out so that every single one is flat on the table.",
    ))
    return _made(w, text, rels(*(Rel("on_table", b) for b in live)))


def x43_quantified_time(w: World) -> Made:
    live = _live(w)
    if len(live) not in _NUMBERS:
        return None
    n = _noun(w)
    text = w.rng.choice((
        f"By the time you're done, all {_NUMBERS[len(live)]} {n}s should be in the bin.",
        f"At the end every {n} on the table should be in the bin.",
        f"Afterwards, I'd expect each and every {n} to be in the bin.",
    ))
    if "on the table" in text and _off_table(w):
        text = text.replace(" on the table", "")
    return _made(w, text, binned(live))


def x43_quantified_position(w: World) -> Made:
    empties = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not empties or len(_live(w)) < 3:
        return None
    bowl = w.rng.choice(empties)
    n = _noun(w)
    text = w.rng.choice((
        f"Put three of the {n}s inside the {_c(w, bowl)} bowl.",
        f"Three {n}s need to be sitting inside the {_c(w, bowl)} bowl.",
        f"Place any three {n}s inside the {_c(w, bowl)} bowl",
    ))
    return _made(w, text, count_in(bowl, 3))


def x43_quantified_list(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    b, place = w.rng.choice(live), _place(w)
    others = [x for x in live if x != b]
    n = _noun(w)
    text = w.rng.choice((
        f"Target:\nall {n}s except the {_bare(w, b, n)} -> bin\n{_c(w, b)} {n} -> the {place}",
        f"every {n} but the {_c(w, b)} {_one(w, b, n)}: in the bin; the {_c(w, b)} {n}: in the {place}",
        f"Final layout\n- {_c(w, b)} {n} in the {place}\n- all the other {n}s in the bin",
    ))
    return _made(w, text, both(binned(others), rels(Rel("at", b, place))))


# ----- negated ----------------------------------------------------------------------------------------------------
def x43_negated_passive(w: World) -> Made:
    pairs = [(a, t) for a, t in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    n = _noun(w)
    text = w.rng.choice((
        f"The {_c(w, a)} {n} shouldn't be left stacked on the {_c(w, t)} {n}.",
        f"The {_c(w, a)} {n} is not to be kept on top of the {_c(w, t)} {_one(w, t, n)}.",
        f"the {_c(w, a)} {n} must not be left sitting on the {_c(w, t)} {n}",
    ))
    return _made(w, text, lambda _i, f: f.support[a] != t and f.base(a) != BIN)


def x43_negated_causative(w: World) -> Made:
    inside = [(b, w.state.base(b)) for b in w.in_bowls()]
    if not inside:
        return None
    b, bowl = w.rng.choice(inside)
    n = _noun(w)
    text = w.rng.choice((
        f"Get the {_c(w, b)} {n} out of the {_c(w, bowl)} bowl, but don't put it in the bin.",
        f"Don't leave the {_c(w, b)} {n} in the {_c(w, bowl)} bowl; it shouldn't go in the bin either.",
        f"can you get the {_c(w, b)} {n} out of the {_c(w, bowl)} bowl? not into the bin though",
    ))
    return _made(w, text, lambda _i, f: f.base(b) not in (bowl, BIN))


def x43_negated_so_that(w: World) -> Made:
    covered = [b for b in _live(w) if not w.state.is_clear(b)]
    if not covered:
        return None
    t = w.rng.choice(covered)
    live = _live(w)
    n = _noun(w)
    text = w.rng.choice((
        f"Rearrange things so that the {_c(w, t)} {n} doesn't have anything on it, without throwing anything away.",
        f"Move stuff so nothing is stacked on the {_c(w, t)} {n} any more - and don't bin anything.",
        f"Sort it out such that there's nothing on top of the {_c(w, t)} {n}, but no {n}s go in the bin.",
    ))
    return _made(w, text, both(rels(Rel("clear", t)), none_binned(live)))


def x43_negated_time(w: World) -> Made:
    if not w.pairs():
        return None
    live = _live(w)
    n = _noun(w)
    text = w.rng.choice((
        f"When you're done, none of the {n}s should still be stacked on another one. Don't bin any of them.",
        f"At the end I don't want any {n} sitting on another {n}, and nothing should go in the bin.",
        "Afterwards there shouldn't be a single stack left, and keep everything out of the bin.",
    ))
    return _made(w, text, both(_no_stacks, none_binned(live)))


def x43_negated_position(w: World) -> Made:
    options = [(b, top) for b in _live(w) for top in w.state.above(b)]
    if not options:
        return None
    b, top = w.rng.choice(options)
    live = _live(w)
    n = _noun(w)
    text = w.rng.choice((
        f"The {_c(w, b)} {n} shouldn't be underneath the {_c(w, top)} {n} any more, but don't throw anything out.",
        f"I don't want the {_c(w, b)} {n} sitting beneath the {_c(w, top)} {_one(w, top, n)}. Nothing goes in the bin.",
        f"make it so the {_c(w, top)} {n} is no longer above the {_c(w, b)} {n} (no binning)",
    ))
    return _made(w, text, both(lambda _i, f: b not in _below(f, top), none_binned(live)))


def x43_negated_list(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    live = _live(w)
    text = w.rng.choice((
        f"{_c(w, bowl)} bowl: empty\nbin: still empty",
        f"Requirements: nothing left in the {_c(w, bowl)} bowl; nothing thrown in the bin.",
        f"- {_c(w, bowl)} bowl has nothing in it\n- no blocks in the bin",
    ))
    return _made(w, text, both(empty(bowl), none_binned(live)))


# ----- relative ---------------------------------------------------------------------------------------------------
def x43_relative_passive(w: World) -> Made:
    options = [(top, t, bowl) for top, t in w.pairs() for bowl in w.bowls
               if w.state.base(top) != bowl and _room(w, bowl)]
    if not options:
        return None
    top, t, bowl = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        f"The {n} that's stacked on the {_c(w, t)} {_one(w, t, n)} has to be moved into the {_c(w, bowl)} bowl.",
        f"Whichever {n} is on top of the {_c(w, t)} {n} needs to be put in the {_c(w, bowl)} bowl.",
        f"The {n} which is sitting on the {_c(w, t)} {n} should be placed in the {_c(w, bowl)} bowl.",
    ))
    return _made(w, text, rels(Rel("in", top, bowl)))


def x43_relative_causative(w: World) -> Made:
    options = [(x, bowl, t) for x, bowl in _single_in_bowl(w) for t in _live(w) if _can_stack(w, x, t)]
    if not options:
        return None
    x, bowl, t = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        f"Have the {n} which is in the {_c(w, bowl)} bowl put on top of the {_c(w, t)} {n}.",
        f"Get the one that's in the {_c(w, bowl)} bowl onto the {_c(w, t)} {n}.",
        f"get whatever {n} is sitting in the {_c(w, bowl)} bowl up on the {_c(w, t)} {_one(w, t, n)}",
    ))
    return _made(w, text, rels(Rel("on", x, t)))


def x43_relative_so_that(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.base(top) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    n = _noun(w)
    text = w.rng.choice((
        f"Rearrange things so that the {n} the {_c(w, top)} {_one(w, top, n)} is resting on ends up in the bin.",
        f"Move stuff such that whatever the {_c(w, top)} {n} is sitting on winds up in the bin.",
        f"Sort it so the {n} that's under the {_c(w, top)} {n} is in the bin (just that one).",
    ))
    return _made(w, text, both(rels(Rel("in_bin", below)), none_binned([top])))


def x43_relative_time(w: World) -> Made:
    options = [(b, w.state.base(b), c) for b in w.in_bowls() for c in _live(w)
               if w.state.base(c) != w.state.base(b) and _room(w, w.state.base(b))]
    if not options:
        return None
    b, bowl, c = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        f"The bowl that has the {_c(w, b)} {n} in it should, by the end, also hold the {_c(w, c)} {n}.",
        f"When you're through, the {_c(w, c)} {n} should be in the same bowl the {_c(w, b)} {n} is in.",
        f"afterwards the {_c(w, c)} {n} should be sitting in whichever bowl the {_c(w, b)} {_one(w, b, n)} is in now",
    ))
    return _made(w, text, rels(Rel("in", c, bowl), Rel("in", b, bowl)))


def x43_relative_position(w: World) -> Made:
    options = [(top, below, bowl) for top, below in w.pairs() for bowl in w.bowls
               if w.state.base(below) != bowl and _room(w, bowl)]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        f"Put the {n} that sits beneath the {_c(w, top)} {_one(w, top, n)} inside the {_c(w, bowl)} bowl.",
        f"Whatever {n} is underneath the {_c(w, top)} {n} - put that inside the {_c(w, bowl)} bowl.",
        f"The {n} directly below the {_c(w, top)} {n} should go inside the {_c(w, bowl)} bowl.",
    ))
    return _made(w, text, both(rels(Rel("in", below, bowl)), none_binned([top])))


def x43_relative_list(w: World) -> Made:
    options = [(top, t, bowl) for top, t in w.pairs() for bowl in w.bowls
               if w.state.base(t) != bowl and _room(w, bowl)]
    if not options:
        return None
    top, t, bowl = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        f"- the one that's on the {_c(w, t)} {n}: in the bin\n- the {_c(w, t)} {n} itself: in the {_c(w, bowl)} bowl",
        f"the {n} on top of the {_c(w, t)} {_one(w, t, n)} -> bin; the {_c(w, t)} {n} -> {_c(w, bowl)} bowl",
        f"Whatever is stacked on the {_c(w, t)} {n}: bin.\nThe {_c(w, t)} {n}: {_c(w, bowl)} bowl.",
    ))
    return _made(w, text, rels(Rel("in_bin", top), Rel("in", t, bowl)))


# ----- keep -------------------------------------------------------------------------------------------------------
def x43_keep_passive(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    keep = _not_moved(w, [b], [])
    if not keep:
        return None
    k = w.rng.choice(keep)
    n = _noun(w)
    text = w.rng.choice((
        f"The {_c(w, b)} {n} should be moved to the {_c(w, bowl)} bowl; the {_c(w, k)} {n} is not to be touched.",
        (f"The {_c(w, b)} {n} needs to be put in the {_c(w, bowl)} bowl, but the {_c(w, k)} {_one(w, k, n)} must "
         "be left alone."),
        f"{_c(w, b)} {n} to be placed in the {_c(w, bowl)} bowl - {_c(w, k)} {n} to be left where it is",
    ))
    return _made(w, text, both(rels(Rel("in", b, bowl)), kept(k)))


def x43_keep_causative(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    keep = _not_moved(w, [top], [below])
    if not keep:
        return None
    k = w.rng.choice(keep)
    n = _noun(w)
    text = w.rng.choice((
        (f"Get the {_c(w, top)} {n} onto the {_c(w, below)} {_one(w, below, n)} but leave the {_c(w, k)} {n} "
         "where it is."),
        f"Have the {_c(w, top)} {n} sitting on the {_c(w, below)} {n}, and leave the {_c(w, k)} {n} alone.",
        f"get the {_bare(w, top, n)} on top of the {_bare(w, below, n)}, leave the {_c(w, k)} {n} be",
    ))
    return _made(w, text, both(rels(Rel("on", top, below)), kept(k)))


def x43_keep_so_that(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    keep = _not_moved(w, [b], [])
    if not keep:
        return None
    k = w.rng.choice(keep)
    n = _noun(w)
    text = w.rng.choice((
        f"Move the {_c(w, b)} {n} into the bin in such a way that the {_c(w, k)} {n} stays exactly where it is.",
        f"Bin the {_c(w, b)} {n}, doing it so that the {_c(w, k)} {n} doesn't get moved.",
        f"Throw the {_c(w, b)} {n} away such that the {_c(w, k)} {_one(w, k, n)} is left untouched.",
    ))
    return _made(w, text, both(binned([b]), kept(k)))


def x43_keep_time(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b, place = w.rng.choice(live), _place(w)
    keep = _not_moved(w, [b], [])
    if not keep:
        return None
    k = w.rng.choice(keep)
    n = _noun(w)
    text = w.rng.choice((
        (f"Afterwards the {_c(w, b)} {n} should be in the {place}, and the {_c(w, k)} {n} should still be "
        f"where it is now."),
        (f"When you're done, I want the {_c(w, b)} {n} in the {place} with the {_c(w, k)} {n} exactly where it "
        f"was at the start."),
        f"By the end: {_c(w, b)} {n} in the {place}, and the {_c(w, k)} {n} still in its current spot.",
    ))
    return _made(w, text, both(rels(Rel("at", b, place)), kept(k)))


def x43_keep_position(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    top, below = pick
    keep = _not_moved(w, [top, below], [])
    if not keep:
        return None
    k = w.rng.choice(keep)
    n = _noun(w)
    text = w.rng.choice((
        f"Put the {_c(w, below)} {n} underneath the {_c(w, top)} {n} without disturbing the {_c(w, k)} {n}.",
        f"I need the {_c(w, top)} {n} resting atop the {_c(w, below)} {n}; don't touch the {_c(w, k)} {_one(w, k, n)}.",
        (f"Stack the {_c(w, top)} {n} right above the {_c(w, below)} {n}, touching it, and keep the {_c(w, k)} {n} "
        f"as it is."),
    ))
    return _made(w, text, both(rels(Rel("on", top, below)), kept(k)))


def x43_keep_list(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    keep = _not_moved(w, [b], [])
    if len(keep) < 2:
        return None
    k1, k2 = w.pick(keep, 2)
    n = _noun(w)
    text = w.rng.choice((
        f"{_c(w, b)} {n}: in the {_c(w, bowl)} bowl\n{_c(w, k1)} {n}: leave as is\n{_c(w, k2)} {n}: leave as is",
        f"{_bare(w, b, n)} -> {_c(w, bowl)} bowl; {_c(w, k1)} and {_c(w, k2)} {n}s stay put",
        (f"Plan:\n* {_c(w, b)} {n} into the {_c(w, bowl)} bowl\n"
         f"* don't move the {_bare(w, k1, n)} or the {_bare(w, k2, n)}"),
    ))
    return _made(w, text, both(rels(Rel("in", b, bowl)), kept(k1, k2)))


# ----- multi_step -------------------------------------------------------------------------------------------------
def x43_multi_step_passive(w: World) -> Made:
    options = [(a, t, bowl) for a, t in w.pairs() for bowl in w.bowls
               if w.state.base(t) != bowl and _room(w, bowl)]
    if not options:
        return None
    a, t, bowl = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        (f"First the {_c(w, a)} {n} needs to be taken off the {_c(w, t)} {_one(w, t, n)}, then the {_c(w, t)} {n} "
         f"is to be placed in the {_c(w, bowl)} bowl."),
        (f"The {_c(w, a)} {n} has to be lifted off the {_c(w, t)} {n}, and after that the {_c(w, t)} {n} should be "
        f"put in the {_c(w, bowl)} bowl."),
    ))
    return _made(w, text, both(rels(Rel("in", t, bowl)), lambda _i, f: f.support[a] != t and f.base(a) != BIN))


def x43_multi_step_causative(w: World) -> Made:
    options = [(a, top, below) for top in _live(w) for below in _live(w) if _can_stack(w, top, below)
               for a in _live(w) if a not in (top, below) and a not in _tower(w.state, below)]
    if not options:
        return None
    a, top, below = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        f"Get the {_c(w, a)} {n} into the bin, and then have the {_c(w, top)} {n} put on the {_c(w, below)} {n}.",
        (f"First get rid of the {_c(w, a)} {n} in the bin, then get the {_c(w, top)} {_one(w, top, n)} on top of the "
        f"{_c(w, below)} {_one(w, below, n)}."),
        f"leave the {_c(w, a)} {n} in the bin and get the {_c(w, top)} {n} onto the {_c(w, below)} {n} after that",
    ))
    return _made(w, text, rels(Rel("in_bin", a), Rel("on", top, below)))


def x43_multi_step_so_that(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    place = _place(w)
    n = _noun(w)
    text = w.rng.choice((
        f"Move the {_c(w, a)} {n} to the {place}, then shuffle things so that the {_c(w, b)} {n} is on top of it.",
        (f"Put the {_c(w, a)} {n} in the {place} and after that arrange it so the {_c(w, b)} {_one(w, b, n)} "
         "sits on it."),
        (f"Take the {_c(w, a)} {n} over to the {place}; next, stack things such that the {_c(w, b)} {n} is on "
        f"the {_c(w, a)} {_one(w, a, n)}."),
    ))
    return _made(w, text, rels(Rel("at", a, place), Rel("on", b, a)))


def x43_multi_step_time(w: World) -> Made:
    options = [bowl for bowl in w.bowls if _room(w, bowl, 2)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    outside = [b for b in _live(w) if w.state.base(b) != bowl]
    if len(outside) < 2:
        return None
    a, b = w.pick(outside, 2)
    n = _noun(w)
    text = w.rng.choice((
        (f"Put the {_c(w, a)} {n} in the {_c(w, bowl)} bowl and then the {_c(w, b)} {_one(w, b, n)} as well; "
         "at the end both should be in there."),
        (f"First the {_c(w, a)} {n} goes in the {_c(w, bowl)} bowl, then the {_c(w, b)} {n}. Once you're done "
        f"they should both be in it."),
        (f"{_c(w, a)} {n} into the {_c(w, bowl)} bowl, after that the {_c(w, b)} {n} too, so by the end the bowl "
        f"has both"),
    ))
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def x43_multi_step_position(w: World) -> Made:
    options = [(top, below, c, bowl) for top in _live(w) for below in _live(w) if _can_stack(w, top, below)
               for c in _live(w) if c not in _tower(w.state, below) and c != top
               for bowl in w.bowls if w.state.base(c) != bowl and _room(w, bowl)]
    if not options:
        return None
    top, below, c, bowl = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        (f"Set the {_c(w, top)} {n} atop the {_c(w, below)} {n}, and then put the {_c(w, c)} {n} inside the "
        f"{_c(w, bowl)} bowl."),
        (f"First the {_c(w, top)} {n} goes resting on the {_c(w, below)} {_one(w, below, n)}; after that "
         f"the {_c(w, c)} {n} goes inside the {_c(w, bowl)} bowl."),
        (f"put the {_c(w, c)} {n} inside the {_c(w, bowl)} bowl, then sit the {_c(w, top)} {n} atop the "
        f"{_bare(w, below, n)}"),
    ))
    return _made(w, text, rels(Rel("on", top, below), Rel("in", c, bowl)))


def x43_multi_step_list(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    place = _place(w)
    n = _noun(w)
    text = w.rng.choice((
        (f"Steps:\n1. {_c(w, a)} {n} -> bin\n2. {_c(w, b)} {n} -> {place}\n3. {_c(w, c)} {n} -> on top of the "
        f"{_c(w, b)} {n}"),
        f"{_c(w, a)} {n}: bin; then {_c(w, b)} {n}: {place}; then {_c(w, c)} {n}: on the {_c(w, b)} {_one(w, b, n)}",
        f"to do\n- bin the {_bare(w, a, n)}\n- {_c(w, b)} {n} to the {place}\n- {_c(w, c)} {n} on top of it",
    ))
    return _made(w, text, rels(Rel("in_bin", a), Rel("at", b, place), Rel("on", c, b)))


# ----- question ---------------------------------------------------------------------------------------------------
def x43_question_passive(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bowl = w.state.base(b) if w.rng.random() < 0.7 else w.rng.choice(w.bowls)
    else:
        b, bowl = w.rng.choice(_live(w)), w.rng.choice(w.bowls)
    n = _noun(w)
    text = w.rng.choice((
        f"Has the {_c(w, b)} {n} been put in the {_c(w, bowl)} bowl already?",
        f"Has the {_c(w, b)} {n} been placed inside the {_c(w, bowl)} bowl yet?",
        f"is the {_c(w, b)} {n} already placed in the {_c(w, bowl)} bowl?",
    ))
    return text, answered(yes(w.state.base(b) == bowl))


def x43_question_causative(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    count = len(w.state.in_bowl(bowl))
    n = _noun(w)
    text = w.rng.choice((
        f"How many {n}s have we got in the {_c(w, bowl)} bowl right now?",
        f"How many {n}s have you got sitting in the {_c(w, bowl)} bowl?",
        f"how many {n}s have been left in the {_c(w, bowl)} bowl?",
    ))
    return text, answered(str(count))


def x43_question_so_that(w: World) -> Made:
    s = w.state
    options = [(b, t) for b in _live(w) for t in _live(w)
               if b != t and s.support[b] != t and s.base(t) in (TABLE, *PLACES) and b not in _tower(s, t)
               and len(_tower(s, t)) + 1 <= layout.MAX_TOWER]
    if not options:
        return None
    b, t = w.rng.choice(options)
    n = _noun(w)
    text = w.rng.choice((
        (f"Would anything have to be moved out of the way so that the {_c(w, b)} {n} could go on top of the "
        f"{_c(w, t)} {n}?"),
        f"Is something in the way, such that the {_c(w, b)} {n} can't go straight onto the {_c(w, t)} {_one(w, t, n)}?",
    ))
    return text, answered(yes(not (s.is_clear(b) and s.is_clear(t))))


def x43_question_time(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice((
        f"Right now, before you start, what's sitting in the {_c(w, bowl)} bowl?",
        f"At the moment, what is in the {_c(w, bowl)} bowl?",
        f"what's currently in the {_c(w, bowl)} bowl?",
    ))
    return text, answered("|".join(_c(w, b) for b in inside) if inside else "nothing")


def x43_question_position(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    n = _noun(w)
    text = w.rng.choice((
        f"What's underneath the {_c(w, top)} {n}?",
        f"What is the {_c(w, top)} {n} resting on?",
        f"which {n} is directly beneath the {_c(w, top)} {_one(w, top, n)}?",
    ))
    return text, answered(_c(w, below))


def x43_question_list(w: World) -> Made:
    off = _off_table(w)
    if off and w.rng.random() < 0.5:
        b = w.rng.choice(off)
    else:
        b = w.rng.choice(_live(w))
    n = _noun(w)
    text = w.rng.choice((
        f"Quick check - {_c(w, b)} {n}: on the table? yes or no",
        f"{_c(w, b)} {n}; on the table or not?",
        f"Status:\n{_c(w, b)} {n} - sitting on the table?",
    ))
    return text, answered(yes(_flat(w.state, b)))


# ----- matching ---------------------------------------------------------------------------------------------------
def x43_matching_passive(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    n = _noun(w)
    text = w.rng.choice((
        f"Each {n} is to be placed in the bowl of the same colour.",
        f"The {n}s need to be sorted into the bowls that match their colours.",
        f"every {n} that has a matching bowl should be put in it",
    ))
    return _made(w, text, rels(*want))


def x43_matching_causative(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    n = _noun(w)
    text = w.rng.choice((
        f"Get every {n} that has a bowl of its own colour into that bowl.",
        f"Have each {n} put in the bowl that's the same colour as it.",
        f"get the {n}s into their matching coloured bowls",
    ))
    return _made(w, text, rels(*want))


def x43_matching_so_that(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    n = _noun(w)
    text = w.rng.choice((
        f"Sort things out so that every {n} with a same-coloured bowl is sitting in it.",
        f"Arrange the {n}s such that each one is in the bowl matching its colour.",
        f"Move things around so the colours line up: {n}s in the bowls of their own colour.",
    ))
    return _made(w, text, rels(*want))


def x43_matching_time(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    n = _noun(w)
    text = w.rng.choice((
        f"When you're finished, each {n} should be in the bowl that matches its colour.",
        f"By the end, every {n} that has a bowl in its colour ought to be in that bowl.",
        f"At the end of it all, the {n}s should be in the same-coloured bowls.",
    ))
    return _made(w, text, rels(*want))


def x43_matching_position(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    n = _noun(w)
    text = w.rng.choice((
        f"Put each {n} inside the bowl whose colour it shares.",
        f"Every {n} should end up resting inside the bowl of its own colour.",
        f"pop each {n} inside its matching bowl",
    ))
    return _made(w, text, rels(*want))


def x43_matching_list(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    n = _noun(w)
    lines = [f"{_c(w, r.args[0])} {n} -> {_c(w, r.args[1])} bowl" for r in want]
    w.rng.shuffle(lines)
    text = w.rng.choice((
        "Colour match:\n" + "\n".join(lines),
        "; ".join(lines),
        "Match them up\n" + "\n".join(f"- {line}" for line in lines),
    ))
    return _made(w, text, rels(*want))


FRESH43: list[Template] = [
    ("x43_imperative_passive", "imperative", x43_imperative_passive),
    ("x43_imperative_causative", "imperative", x43_imperative_causative),
    ("x43_imperative_so_that", "imperative", x43_imperative_so_that),
    ("x43_imperative_time", "imperative", x43_imperative_time),
    ("x43_imperative_position", "imperative", x43_imperative_position),
    ("x43_imperative_list", "imperative", x43_imperative_list),
    ("x43_declarative_passive", "declarative", x43_declarative_passive),
    ("x43_declarative_causative", "declarative", x43_declarative_causative),
    ("x43_declarative_so_that", "declarative", x43_declarative_so_that),
    ("x43_declarative_time", "declarative", x43_declarative_time),
    ("x43_declarative_position", "declarative", x43_declarative_position),
    ("x43_declarative_list", "declarative", x43_declarative_list),
    ("x43_desiderative_passive", "desiderative", x43_desiderative_passive),
    ("x43_desiderative_causative", "desiderative", x43_desiderative_causative),
    ("x43_desiderative_so_that", "desiderative", x43_desiderative_so_that),
    ("x43_desiderative_time", "desiderative", x43_desiderative_time),
    ("x43_desiderative_position", "desiderative", x43_desiderative_position),
    ("x43_desiderative_list", "desiderative", x43_desiderative_list),
    ("x43_quantified_passive", "quantified", x43_quantified_passive),
    ("x43_quantified_causative", "quantified", x43_quantified_causative),
    ("x43_quantified_so_that", "quantified", x43_quantified_so_that),
    ("x43_quantified_time", "quantified", x43_quantified_time),
    ("x43_quantified_position", "quantified", x43_quantified_position),
    ("x43_quantified_list", "quantified", x43_quantified_list),
    ("x43_negated_passive", "negated", x43_negated_passive),
    ("x43_negated_causative", "negated", x43_negated_causative),
    ("x43_negated_so_that", "negated", x43_negated_so_that),
    ("x43_negated_time", "negated", x43_negated_time),
    ("x43_negated_position", "negated", x43_negated_position),
    ("x43_negated_list", "negated", x43_negated_list),
    ("x43_relative_passive", "relative", x43_relative_passive),
    ("x43_relative_causative", "relative", x43_relative_causative),
    ("x43_relative_so_that", "relative", x43_relative_so_that),
    ("x43_relative_time", "relative", x43_relative_time),
    ("x43_relative_position", "relative", x43_relative_position),
    ("x43_relative_list", "relative", x43_relative_list),
    ("x43_keep_passive", "keep", x43_keep_passive),
    ("x43_keep_causative", "keep", x43_keep_causative),
    ("x43_keep_so_that", "keep", x43_keep_so_that),
    ("x43_keep_time", "keep", x43_keep_time),
    ("x43_keep_position", "keep", x43_keep_position),
    ("x43_keep_list", "keep", x43_keep_list),
    ("x43_multi_step_passive", "multi_step", x43_multi_step_passive),
    ("x43_multi_step_causative", "multi_step", x43_multi_step_causative),
    ("x43_multi_step_so_that", "multi_step", x43_multi_step_so_that),
    ("x43_multi_step_time", "multi_step", x43_multi_step_time),
    ("x43_multi_step_position", "multi_step", x43_multi_step_position),
    ("x43_multi_step_list", "multi_step", x43_multi_step_list),
    ("x43_question_passive", "question", x43_question_passive),
    ("x43_question_causative", "question", x43_question_causative),
    ("x43_question_so_that", "question", x43_question_so_that),
    ("x43_question_time", "question", x43_question_time),
    ("x43_question_position", "question", x43_question_position),
    ("x43_question_list", "question", x43_question_list),
    ("x43_matching_passive", "matching", x43_matching_passive),
    ("x43_matching_causative", "matching", x43_matching_causative),
    ("x43_matching_so_that", "matching", x43_matching_so_that),
    ("x43_matching_time", "matching", x43_matching_time),
    ("x43_matching_position", "matching", x43_matching_position),
    ("x43_matching_list", "matching", x43_matching_list),
]
