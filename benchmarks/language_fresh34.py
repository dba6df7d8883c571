"""`FRESH34`, the thirty-fifth untuned batch: sixty language templates, six per category, about goals stated as how
the world should be. It was written by a tester who had not read the planner, its tests, the lexicon or any other
batch of templates.

Each category has one template in each of six styles: goals said about a bowl or the bin rather than the blocks,
negative-only goals, goals with counts, goals comparing blocks ("in the same bowl as", "share a bowl", "with"),
goals stated with "have" ("let me have", "can we have"), and goals wrapped in a hypothetical or an opinion.

Its first run, before any fix it prompted (300 instructions, seed 0; on 27c2454): goal correct 0.553 (166 of 300); 48
templates missed, 12 of them with a wrong action or reply (22 instructions): negative-only goals ('No cube may sit on
top of another cube', 'X has no business being in W') did nothing; 'There should be one block in each bowl' filled
one bowl; 'W shouldn't hold X, it should hold Y instead' ended holding Y; 'first X goes in the bin, then I want one
block in W, exactly' did only the first; 'don't leave any block out of its matching bowl' stacked blocks on blocks;
questions with 'does W contain', 'has W got', 'the same bowl' and 'do we have' got the help text or a question back.
"""

from __future__ import annotations

from benchmarks.planner_language import (  # noqa: F401
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
from sim.core.relations import Rel

_CAP = layout.BOWL_CAPACITY
_WORDS = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- helpers --------------------------------------------------------------------------------------------------
def _noun(w: World) -> str:
    return w.rng.choice(["block", "block", "cube"])


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _num(w: World, n: int) -> str:
    return str(n) if w.rng.random() < 0.3 else _WORDS[n]


def _blocks_word(n: int, noun: str) -> str:
    return noun if n == 1 else noun + "s"


def _room(w: World, bowl: str) -> int:
    return _CAP - len(w.state.in_bowl(bowl))


def _depth(w: World, b: str) -> int:
    """How many blocks are under `b`."""
    n, s = 0, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _on_table_now(w: World, b: str) -> bool:
    return w.state.support[b] in (TABLE, *PLACES)


def _can_stack(w: World, x: str, y: str) -> bool:
    """Whether "x on y" makes sense and is not already true."""
    s = w.state
    if x == y or s.support[x] == y or y in s.above(x):
        return False
    if _depth(w, y) + 2 > layout.MAX_TOWER:
        return False
    by = s.base(y)
    return not (by in s.bowls and s.base(x) != by and _room(w, by) < 1)


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(w, x, y)]
    return w.rng.choice(pairs) if pairs else None


def _together(*blocks: str) -> Check:
    """All the blocks end up in one bowl (any bowl)."""
    return lambda _i, f: f.base(blocks[0]) in f.bowls and all(f.base(b) == f.base(blocks[0]) for b in blocks)


def _bowl_block(w: World) -> tuple[str, str] | None:
    """(block, its bowl) for a random block resting in a bowl."""
    inside = w.in_bowls()
    if not inside:
        return None
    y = w.rng.choice(inside)
    return y, w.state.base(y)


def _joiner(w: World) -> tuple[str, str, str] | None:
    """(x, y, bowl): y is in bowl, x is not, and the bowl has room for x."""
    got = _bowl_block(w)
    if got is None:
        return None
    y, bowl = got
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside or _room(w, bowl) < 1:
        return None
    return w.rng.choice(outside), y, bowl


def _outsider(w: World) -> tuple[str, str] | None:
    """(x, bowl): x is not in the bowl and the bowl has room for it."""
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside or _room(w, bowl) < 1:
        return None
    return w.rng.choice(outside), bowl


def _count_goal(w: World, bowl: str) -> int | None:
    cur = len(w.state.in_bowl(bowl))
    ns = [k for k in range(1, min(_CAP, len(w.blocks)) + 1) if k != cur]
    return w.rng.choice(ns) if ns else None


def _clear_check(x: str) -> Check:
    return lambda _i, f: f.is_clear(x)


def _matching_made(w: World) -> list[Rel] | None:
    want = matching(w)
    if not want or rels(*want)(w.state, w.state):
        return None
    for r in want:
        if w.state.base(r.args[0]) != r.args[1] and _room(w, r.args[1]) < 1:
            return None
    return want


# ----- imperative ------------------------------------------------------------------------------------------------
def n34_im_fill(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x, y = w.pick(w.blocks, 2)
    inside = w.state.in_bowl(bowl)
    need = [b for b in (x, y) if b not in inside]
    if not need or _room(w, bowl) < len(need):
        return None
    n, cb, cx, cy = _noun(w), _c(w, bowl), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"Fill the {cb} bowl with the {cx} and {cy} {n}s.",
        f"load up the {cb} bowl with the {cx} {n} and the {cy} {n}",
        f"Give the {cb} bowl the {cx} {n} and the {cy} one.",
    ])
    return text, rels(Rel("in", x, bowl), Rel("in", y, bowl))


def n34_im_empty(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    cb, n = _c(w, bowl), _noun(w)
    text = w.rng.choice([
        f"Don't leave a single {n} in the {cb} bowl.",
        f"make sure there's nothing left in the {cb} bowl",
        f"Leave no {n}s in the {cb} bowl, please.",
    ])
    return text, empty(bowl)


def n34_im_count(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    k = _count_goal(w, bowl)
    if k is None:
        return None
    cur = len(w.state.in_bowl(bowl))
    cb, n, kw = _c(w, bowl), _noun(w), _num(w, k)
    options = [f"Make it so the {cb} bowl has exactly {kw} {_blocks_word(k, n)} in it."]
    if k < cur:
        options.append(f"Get the {cb} bowl down to just {kw} {_blocks_word(k, n)}.")
    else:
        options.append(f"Keep putting {n}s in the {cb} bowl until there {'is' if k == 1 else 'are'} {kw} in it.")
    return w.rng.choice(options), count_in(bowl, k)


def n34_im_with(w: World) -> Made:
    got = _joiner(w)
    if got is None:
        return None
    x, y, _bowl = got
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"Put the {cx} {n} with the {cy} {n}.",
        f"put the {cx} {n} in with the {cy} one",
        f"Stick the {cx} {n} in the same bowl as the {cy} {n}.",
    ])
    return text, _together(x, y)


def n34_im_have(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"Have the {cx} {n} sitting on the {cy} {n}.",
        f"have the {cx} {n} sit on top of the {cy} one",
        f"Have the {cx} {n} end up stacked on the {cy} {n}, please.",
    ])
    return text, rels(Rel("on", x, y))


def n34_im_opinion(w: World) -> Made:
    got = _outsider(w)
    if got is None:
        return None
    x, bowl = got
    n, cx, cb = _noun(w), _c(w, x), _c(w, bowl)
    text = w.rng.choice([
        f"Stick the {cx} {n} in the {cb} bowl, I think it'd look better there.",
        f"Put the {cx} {n} in the {cb} bowl - it just looks nicer that way.",
        f"move the {cx} {n} into the {cb} bowl, I reckon that's where it belongs",
    ])
    return text, rels(Rel("in", x, bowl))


# ----- declarative -----------------------------------------------------------------------------------------------
def n34_de_only(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x = w.rng.choice(w.blocks)
    if w.state.in_bowl(bowl) == [x]:
        return None
    n, cx, cb = _noun(w), _c(w, x), _c(w, bowl)
    text = w.rng.choice([
        f"The {cb} bowl ought to hold only the {cx} {n}.",
        f"The {cb} bowl should contain the {cx} {n} and nothing else.",
        f"only the {cx} {n} should be in the {cb} bowl",
    ])
    return text, both(rels(Rel("in", x, bowl)), count_in(bowl, 1))


def n34_de_notable(w: World) -> Made:
    on_table = [b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES)]
    if not on_table:
        return None
    n = _noun(w)
    text = w.rng.choice([
        f"There must not be any {n}s left on the table.",
        f"The table must not have any {n}s on it.",
        f"no {n}s should be sitting on the table",
    ])
    return text, lambda _i, f: all(f.base(b) not in (TABLE, *PLACES) for b in f.blocks)


def n34_de_count(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    k = _count_goal(w, bowl)
    if k is None:
        return None
    cb, n, kw = _c(w, bowl), _noun(w), _num(w, k)
    text = w.rng.choice([
        f"The {cb} bowl should have {kw} {_blocks_word(k, n)} in it, no more, no less.",
        f"There should be exactly {kw} {_blocks_word(k, n)} in the {cb} bowl.",
        f"the {cb} bowl is supposed to have {kw} {_blocks_word(k, n)} in it",
    ])
    return text, count_in(bowl, k)


def n34_de_share(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    s = w.state
    if s.base(x) == s.base(y) and s.base(x) in s.bowls:
        return None
    if not any(_CAP - len([c for c in s.in_bowl(b) if c not in (x, y)]) >= 2 for b in w.bowls):
        return None
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"The {cx} {n} and the {cy} {n} should share a bowl.",
        f"The {cx} and {cy} {n}s belong together in one bowl.",
        f"the {cx} {n} and the {cy} {n} ought to be in the same bowl",
    ])
    return text, _together(x, y)


def n34_de_have(w: World) -> Made:
    off = [b for b in w.blocks if not _on_table_now(w, b)]
    if not off:
        return None
    x = w.rng.choice(off)
    n, cx = _noun(w), _c(w, x)
    options = [
        f"We need to have the {cx} {n} down on the table.",
        f"we should have the {cx} {n} sitting on the table",
    ]
    if w.state.support[x] in w.state.support:
        options.append(f"We've got to have the {cx} {n} on the table, not stacked up like that.")
    else:
        options.append(f"We've got to have the {cx} {n} on the table, not in a bowl.")
    return w.rng.choice(options), rels(Rel("on_table", x))


def n34_de_best(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    n, cx = _noun(w), _c(w, x)
    text = w.rng.choice([
        f"The best place for the {cx} {n} is the bin.",
        f"Honestly, the {cx} {n} belongs in the bin.",
        f"the bin is really the right spot for the {cx} {n}",
    ])
    return text, rels(Rel("in_bin", x))


# ----- desiderative ----------------------------------------------------------------------------------------------
def n34_ds_bin(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"I want the bin to end up with the {cx} and {cy} {n}s in it.",
        f"i'd like the bin to have the {cx} {n} and the {cy} {n} in it",
        f"What I want in the bin is the {cx} {n} and the {cy} {n}.",
    ])
    return text, binned([x, y])


def n34_ds_clear(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    x = w.rng.choice(covered)
    n, cx = _noun(w), _c(w, x)
    text = w.rng.choice([
        f"I'd rather nothing was sitting on the {cx} {n}.",
        f"I don't want anything stacked on the {cx} {n}.",
        f"i want nothing on top of the {cx} {n}",
    ])
    return text, _clear_check(x)


def n34_ds_count(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    k = _count_goal(w, bowl)
    if k is None:
        return None
    cb, n, kw = _c(w, bowl), _noun(w), _num(w, k)
    text = w.rng.choice([
        f"I want exactly {kw} {_blocks_word(k, n)} in the {cb} bowl.",
        f"I'd like the {cb} bowl to end up with {kw} {_blocks_word(k, n)} in it, exactly.",
        f"what i want is {kw} {_blocks_word(k, n)} in the {cb} bowl, no more and no fewer",
    ])
    return text, count_in(bowl, k)


def n34_ds_same(w: World) -> Made:
    got = _joiner(w)
    if got is None:
        return None
    x, y, _bowl = got
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"I'd like the {cx} {n} to end up in the same bowl as the {cy} {n}.",
        f"I want the {cx} {n} and the {cy} {n} together in one bowl.",
        f"i'd like the {cx} {n} to be in the same bowl the {cy} {n} is in",
    ])
    return text, _together(x, y)


def n34_ds_have(w: World) -> Made:
    got = _outsider(w)
    if got is None:
        return None
    x, bowl = got
    n, cx, cb = _noun(w), _c(w, x), _c(w, bowl)
    text = w.rng.choice([
        f"I'd love to have the {cx} {n} over in the {cb} bowl.",
        f"I want to have the {cx} {n} in the {cb} bowl.",
        f"let me have the {cx} {n} in the {cb} bowl",
    ])
    return text, rels(Rel("in", x, bowl))


def n34_ds_ideal(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"Ideally I'd want the {cx} {n} on top of the {cy} {n}.",
        f"In an ideal world the {cx} {n} would be sitting on the {cy} {n}.",
        f"i'd like it best with the {cx} {n} on the {cy} one",
    ])
    return text, rels(Rel("on", x, y))


# ----- quantified ------------------------------------------------------------------------------------------------
def n34_qu_binall(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cb, n = _c(w, bowl), _noun(w)
    text = w.rng.choice([
        f"The bin should end up with every {n} from the {cb} bowl.",
        f"I want the bin to get all the {n}s that are in the {cb} bowl",
        f"Every {n} in the {cb} bowl should end up in the bin.",
    ])
    return text, binned(inside)


def n34_qu_nostack(w: World) -> Made:
    if not w.pairs():
        return None
    n = _noun(w)
    text = w.rng.choice([
        f"No {n} may sit on top of another {n}.",
        "Nothing should be stacked on anything else.",
        f"no {n} should be on top of another {n}",
    ])
    return text, lambda _i, f: all(f.support[b] not in f.support for b in f.blocks)


def n34_qu_each(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    if all(len(w.state.in_bowl(b)) == 1 for b in w.bowls):
        return None
    n = _noun(w)
    text = w.rng.choice([
        f"There should be one {n} in each bowl.",
        f"Every bowl should end up with exactly one {n} in it.",
        f"each of the bowls should hold a single {n}",
    ])
    return text, both(*(count_in(b, 1) for b in w.bowls))


def n34_qu_bothsame(w: World) -> Made:
    got = _bowl_block(w)
    if got is None:
        return None
    z, bowl = got
    others = [b for b in w.blocks if b != z]
    x, y = w.pick(others, 2)
    need = [b for b in (x, y) if w.state.base(b) != bowl]
    if not need or _room(w, bowl) < len(need):
        return None
    n, cx, cy, cz = _noun(w), _c(w, x), _c(w, y), _c(w, z)
    text = w.rng.choice([
        f"Both the {cx} and the {cy} {n} should go in the same bowl as the {cz} {n}.",
        f"the {cx} and {cy} {n}s should both end up in the bowl with the {cz} {n}",
        f"I want the {cx}, {cy} and {cz} {n}s all in one bowl.",
    ])
    return text, _together(z, x, y)


def n34_qu_havetable(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    n = _noun(w)
    text = w.rng.choice([
        f"Can we have every {n} that's in a bowl sitting on the table instead?",
        f"Let's have all the {n}s out of the bowls and on the table.",
        f"i'd like to have all of the {n}s that are in bowls back on the table",
    ])
    return text, lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside)


def n34_qu_idealall(w: World) -> Made:
    if _CAP * len(w.bowls) < len(w.blocks):
        return None
    n = _noun(w)
    text = w.rng.choice([
        f"Ideally every {n} would be in one of the bowls.",
        f"It'd be best if all the {n}s were in bowls.",
        f"in a perfect world none of the {n}s would be outside a bowl",
    ])
    return text, lambda _i, f: all(f.base(b) in f.bowls for b in f.blocks)


# ----- negated ---------------------------------------------------------------------------------------------------
def n34_ne_instead(w: World) -> Made:
    got = _bowl_block(w)
    if got is None:
        return None
    y, bowl = got
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.rng.choice(outside)
    n, cx, cy, cb = _noun(w), _c(w, x), _c(w, y), _c(w, bowl)
    text = w.rng.choice([
        f"The {cb} bowl shouldn't hold the {cy} {n}, it should hold the {cx} {n} instead.",
        f"The {cb} bowl should have the {cx} {n} in it, not the {cy} {n}.",
        f"i don't want the {cy} {n} in the {cb} bowl, the {cx} {n} should be in there",
    ])
    return text, both(rels(Rel("in", x, bowl)), lambda _i, f: f.base(y) != bowl)


def n34_ne_nobiz(w: World) -> Made:
    got = _bowl_block(w)
    if got is None:
        return None
    x, bowl = got
    n, cx, cb = _noun(w), _c(w, x), _c(w, bowl)
    text = w.rng.choice([
        f"The {cx} {n} has no business being in the {cb} bowl.",
        f"The {cx} {n} shouldn't be in the {cb} bowl.",
        f"the {cx} {n} doesn't belong in the {cb} bowl",
    ])
    return text, lambda _i, f: f.base(x) != bowl


def n34_ne_atmost(w: World) -> Made:
    busy = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not busy:
        return None
    bowl = w.rng.choice(busy)
    k = w.rng.randint(1, len(w.state.in_bowl(bowl)) - 1)
    cb, n, kw = _c(w, bowl), _noun(w), _num(w, k)
    text = w.rng.choice([
        f"The {cb} bowl shouldn't have more than {kw} {_blocks_word(k, n)} in it.",
        f"Don't let the {cb} bowl hold more than {kw} {_blocks_word(k, n)}.",
        f"no more than {kw} {_blocks_word(k, n)} should be in the {cb} bowl",
    ])
    return text, lambda _i, f: len(f.in_bowl(bowl)) <= k


def n34_ne_notable(w: World) -> Made:
    got = _bowl_block(w)
    if got is None:
        return None
    y, bowl = got
    loose = [b for b in w.blocks if w.state.base(b) == TABLE]
    if not loose or _room(w, bowl) < 1:
        return None
    x = w.rng.choice(loose)
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"The {cx} {n} should be in the same bowl as the {cy} {n}, not out on the table.",
        f"The {cx} {n} shouldn't be sitting on the table, it should be with the {cy} {n}.",
        f"don't leave the {cx} {n} on the table, it goes in with the {cy} one",
    ])
    return text, _together(x, y)


def n34_ne_nothave(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"Let's not have the {cx} {n} on the {cy} {n} anymore.",
        f"I don't want to have the {cx} {n} sitting on the {cy} {n}.",
        f"can we not have the {cx} {n} on top of the {cy} one?",
    ])
    return text, lambda _i, f: f.support[x] != y


def n34_ne_lookright(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    loose = [b for b in w.blocks if w.state.base(b) == TABLE]
    if not loose or _room(w, bowl) < 1:
        return None
    x = w.rng.choice(loose)
    n, cx, cb = _noun(w), _c(w, x), _c(w, bowl)
    text = w.rng.choice([
        f"The {cx} {n} doesn't look right on the table; ideally it'd be in the {cb} bowl.",
        f"I don't think the {cx} {n} belongs on the table, it'd be much better off in the {cb} bowl.",
        f"it wouldn't look so messy if the {cx} {n} weren't on the table but in the {cb} bowl",
    ])
    return text, rels(Rel("in", x, bowl))


# ----- relative --------------------------------------------------------------------------------------------------
def n34_re_also(w: World) -> Made:
    got = _joiner(w)
    if got is None:
        return None
    x, y, bowl = got
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"The bowl that has the {cy} {n} in it should also contain the {cx} {n}.",
        f"Whichever bowl the {cy} {n} is in should get the {cx} {n} too.",
        f"the bowl with the {cy} {n} should hold the {cx} {n} as well",
    ])
    return text, rels(Rel("in", x, bowl), Rel("in", y, bowl))


def n34_re_nothing(w: World) -> Made:
    got = _bowl_block(w)
    if got is None:
        return None
    x, bowl = got
    n, cx = _noun(w), _c(w, x)
    text = w.rng.choice([
        f"Nothing should stay in the bowl the {cx} {n} is sitting in.",
        f"The bowl that has the {cx} {n} in it shouldn't have anything left in it.",
        f"leave nothing in the bowl where the {cx} {n} is",
    ])
    return text, empty(bowl)


def n34_re_count(w: World) -> Made:
    got = _bowl_block(w)
    if got is None:
        return None
    y, bowl = got
    k = _count_goal(w, bowl)
    if k is None:
        return None
    n, cy, kw = _noun(w), _c(w, y), _num(w, k)
    text = w.rng.choice([
        f"The bowl that the {cy} {n} is in should end up with exactly {kw} {_blocks_word(k, n)}.",
        f"Whichever bowl has the {cy} {n} should hold {kw} {_blocks_word(k, n)}, no more, no less.",
        f"the bowl where the {cy} {n} is needs exactly {kw} {_blocks_word(k, n)} in it",
    ])
    return text, count_in(bowl, k)


def n34_re_whichever(w: World) -> Made:
    got = _joiner(w)
    if got is None:
        return None
    x, y, _bowl = got
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"The {cx} {n} should end up in whichever bowl the {cy} {n} is in.",
        f"The {cx} {n} goes in the bowl that already has the {cy} {n}.",
        f"the {cx} {n} should be in the bowl where the {cy} {n} is",
    ])
    return text, _together(x, y)


def n34_re_havetop(w: World) -> Made:
    tops = [(x, y) for x, y in w.pairs() if w.state.above(y) == [x]]
    if not tops:
        return None
    x, y = w.rng.choice(tops)
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n, cy, cb = _noun(w), _c(w, y), _c(w, bowl)
    text = w.rng.choice([
        f"Let me have the {n} that's on top of the {cy} {n} in the {cb} bowl.",
        f"Can I have whatever's sitting on the {cy} {n} put in the {cb} bowl?",
        f"i'd like to have the {n} that is on the {cy} {n} in the {cb} bowl",
    ])
    return text, rels(Rel("in", x, bowl))


def n34_re_nicer(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    x = w.state.in_bowl(bowl)[0]
    ys = [y for y in w.blocks if w.state.base(y) != bowl and _can_stack(w, x, y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    n, cy, cb = _noun(w), _c(w, y), _c(w, bowl)
    text = w.rng.choice([
        f"It'd look nicer if the {n} that's in the {cb} bowl were on top of the {cy} {n}.",
        f"The {n} sitting in the {cb} bowl would look better stacked on the {cy} {n}.",
        f"honestly the {n} in the {cb} bowl would be better off on top of the {cy} one",
    ])
    return text, rels(Rel("on", x, y))


# ----- keep ------------------------------------------------------------------------------------------------------
def n34_ke_get(w: World) -> Made:
    got = _outsider(w)
    if got is None:
        return None
    x, bowl = got
    ys = [y for y in w.blocks if y != x and y not in w.state.above(x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    n, cx, cy, cb = _noun(w), _c(w, x), _c(w, y), _c(w, bowl)
    text = w.rng.choice([
        f"The {cb} bowl should get the {cx} {n}, but leave the {cy} {n} where it is.",
        f"The {cb} bowl ought to have the {cx} {n} in it; the {cy} {n} stays put.",
        f"i want the {cb} bowl holding the {cx} {n}, just don't move the {cy} {n}",
    ])
    return text, both(rels(Rel("in", x, bowl)), kept(y))


def n34_ke_empty(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    ys = [y for y in w.blocks if w.state.base(y) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    n, cy, cb = _noun(w), _c(w, y), _c(w, bowl)
    text = w.rng.choice([
        f"Nothing should be left in the {cb} bowl, but don't touch the {cy} {n}.",
        f"The {cb} bowl shouldn't have anything in it; leave the {cy} {n} alone though.",
        f"nothing left in the {cb} bowl please, and the {cy} {n} doesn't move",
    ])
    return text, both(empty(bowl), kept(y))


def n34_ke_count(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    y = w.rng.choice(outside)
    k = _count_goal(w, bowl)
    if k is None:
        return None
    cur = len(w.state.in_bowl(bowl))
    under_y = set()
    s = w.state.support[y]
    while s in w.state.support:
        under_y.add(s)
        s = w.state.support[s]
    spare = [b for b in outside if b != y and b not in under_y]
    if k > cur and len(spare) < k - cur:
        return None
    n, cy, cb, kw = _noun(w), _c(w, y), _c(w, bowl), _num(w, k)
    text = w.rng.choice([
        f"I want the {cb} bowl to have exactly {kw} {_blocks_word(k, n)}, and the {cy} {n} stays where it is.",
        f"Get the {cb} bowl to {kw} {_blocks_word(k, n)} exactly, but leave the {cy} {n} alone.",
        f"the {cb} bowl should end up with {kw} {_blocks_word(k, n)} in it - don't move the {cy} {n} though",
    ])
    return text, both(count_in(bowl, k), kept(y))


def n34_ke_with(w: World) -> Made:
    got = _joiner(w)
    if got is None:
        return None
    x, z, _bowl = got
    ys = [y for y in w.blocks if y not in (x, z) and y not in w.state.above(x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    n, cx, cy, cz = _noun(w), _c(w, x), _c(w, y), _c(w, z)
    text = w.rng.choice([
        f"Put the {cx} {n} in with the {cz} {n}, and leave the {cy} {n} alone.",
        f"The {cx} {n} should end up in the same bowl as the {cz} {n}, but the {cy} {n} stays where it is.",
        f"the {cx} {n} and the {cz} {n} should share a bowl, don't touch the {cy} one",
    ])
    return text, both(_together(x, z), kept(y))


def n34_ke_have(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"Let me have the {cx} {n} on the {cy} {n}, without moving the {cy} {n}.",
        f"Can we have the {cx} {n} on top of the {cy} {n}? Keep the {cy} {n} where it is.",
        f"i'd like to have the {cx} {n} on the {cy} {n}, and the {cy} {n} shouldn't move",
    ])
    return text, both(rels(Rel("on", x, y)), kept(y))


def n34_ke_ideal(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    ys = [y for y in w.blocks if y != x and y not in w.state.above(x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"Ideally the {cx} {n} would be in the bin, but the {cy} {n} should stay where it is.",
        f"The {cx} {n} would be best off in the bin; leave the {cy} {n} where it is, though.",
        f"i think the {cx} {n} should really be in the bin, but don't move the {cy} {n}",
    ])
    return text, both(binned([x]), kept(y))


# ----- multi_step ------------------------------------------------------------------------------------------------
def n34_mu_getbin(w: World) -> Made:
    got = _outsider(w)
    if got is None:
        return None
    x, bowl = got
    y = w.rng.choice([b for b in w.blocks if b != x])
    n, cx, cy, cb = _noun(w), _c(w, x), _c(w, y), _c(w, bowl)
    text = w.rng.choice([
        f"First the {cb} bowl should get the {cx} {n}, then the bin should get the {cy} {n}.",
        f"The {cb} bowl needs the {cx} {n}, and after that the bin should have the {cy} {n} in it.",
        f"first i want the {cx} {n} in the {cb} bowl and then the {cy} {n} in the bin",
    ])
    return text, rels(Rel("in", x, bowl), Rel("in_bin", y))


def n34_mu_clear(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n, cb = _noun(w), _c(w, bowl)
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if covered and w.rng.random() < 0.6:
        x = w.rng.choice(covered)
        cx = _c(w, x)
        text = w.rng.choice([
            f"Nothing should be left in the {cb} bowl, and then nothing should be on the {cx} {n} either.",
            f"First make sure the {cb} bowl has nothing in it, then that nothing's sitting on the {cx} {n}.",
        ])
        return text, both(empty(bowl), _clear_check(x))
    loose = [b for b in w.blocks if _on_table_now(w, b)]
    x = w.rng.choice(loose)
    cx = _c(w, x)
    text = w.rng.choice([
        f"First the {cb} bowl shouldn't have any {n}s in it, then the {cx} {n} shouldn't be on the table anymore.",
        f"leave nothing in the {cb} bowl, and after that don't leave the {cx} {n} on the table",
    ])
    return text, both(empty(bowl), lambda _i, f: f.support[x] not in (TABLE, *PLACES))


def n34_mu_count(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.rng.choice(outside)
    cur = len(w.state.in_bowl(bowl))
    ns = [k for k in range(1, min(_CAP, len(w.blocks) - 1) + 1) if k != cur]
    if not ns:
        return None
    k = w.rng.choice(ns)
    n, cx, cb, kw = _noun(w), _c(w, x), _c(w, bowl), _num(w, k)
    text = w.rng.choice([
        (f"Put the {cx} {n} in the bin, then make sure the {cb} bowl ends up with exactly {kw} "
         f"{_blocks_word(k, n)}."),
        f"Bin the {cx} {n} first, and after that the {cb} bowl should have {kw} {_blocks_word(k, n)} in it.",
        f"first the {cx} {n} goes in the bin, then i want {kw} {_blocks_word(k, n)} in the {cb} bowl, exactly",
    ])
    return text, both(binned([x]), count_in(bowl, k))


def n34_mu_with(w: World) -> Made:
    got = _joiner(w)
    if got is None:
        return None
    x, z, _bowl = got
    y = w.rng.choice([b for b in w.blocks if b not in (x, z)])
    n, cx, cy, cz = _noun(w), _c(w, x), _c(w, y), _c(w, z)
    text = w.rng.choice([
        f"Put the {cx} {n} with the {cz} {n}, and then the {cy} {n} in the bin.",
        f"First the {cx} {n} goes in the same bowl as the {cz} {n}, then bin the {cy} {n}.",
        f"the {cx} {n} should share a bowl with the {cz} {n}, and after that the {cy} {n} goes in the bin",
    ])
    return text, both(_together(x, z), binned([y]))


def n34_mu_have(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if _on_table_now(w, x) and w.state.support[y] == x:
        return None
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"Can we have the {cx} {n} on the table and then the {cy} {n} on top of it?",
        f"let's have the {cx} {n} down on the table first, then the {cy} {n} sitting on it",
        f"I'd like to have the {cx} {n} on the table, and after that the {cy} {n} on the {cx} one.",
    ])
    return text, rels(Rel("on_table", x), Rel("on", y, x))


def n34_mu_best(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x, y = w.pick(w.blocks, 2)
    if w.state.base(x) == bowl and w.state.support[y] == x:
        return None
    need = [b for b in (x, y) if w.state.base(b) != bowl]
    if _room(w, bowl) < len(need):
        return None
    n, cx, cy, cb = _noun(w), _c(w, x), _c(w, y), _c(w, bowl)
    text = w.rng.choice([
        (f"I think the {cx} {n} would look best in the {cb} bowl, and after that the {cy} {n} would be nicer on "
         f"top of it."),
        f"The {cx} {n} would be best in the {cb} bowl, then ideally the {cy} {n} goes on top of it.",
        f"it'd look good with the {cx} {n} in the {cb} bowl first and then the {cy} {n} stacked on it",
    ])
    return text, rels(Rel("in", x, bowl), Rel("on", y, x))


# ----- question --------------------------------------------------------------------------------------------------
def _asked_bowl(w: World) -> str:
    """A bowl to ask about: one with blocks in it more often than not, when there is one."""
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    return w.rng.choice(full) if full and w.rng.random() < 0.6 else w.rng.choice(w.bowls)


def n34_q_holds(w: World) -> Made:
    bowl = _asked_bowl(w)
    inside = w.state.in_bowl(bowl)
    cb, n = _c(w, bowl), _noun(w)
    text = w.rng.choice([
        f"What does the {cb} bowl have in it?",
        f"what's in the {cb} bowl right now?",
        f"Which {n}s does the {cb} bowl contain?",
    ])
    prefix = "|".join(_c(w, b) for b in inside) if inside else "nothing"
    return text, answered(prefix)


def n34_q_outside(w: World) -> Made:
    k = sum(1 for b in w.blocks if w.state.base(b) not in w.bowls)
    n = _noun(w)
    text = w.rng.choice([
        f"How many {n}s aren't in any bowl?",
        f"How many {n}s are not in a bowl?",
        f"how many of the {n}s aren't sitting in a bowl?",
    ])
    return text, answered(str(k))


def n34_q_count(w: World) -> Made:
    bowl = _asked_bowl(w)
    k = len(w.state.in_bowl(bowl))
    cb, n = _c(w, bowl), _noun(w)
    text = w.rng.choice([
        f"How many {n}s are in the {cb} bowl?",
        f"How many {n}s does the {cb} bowl have in it at the moment?",
        f"how many {n}s has the {cb} bowl got?",
    ])
    return text, answered(str(k))


def n34_q_share(w: World) -> Made:
    s = w.state
    same = [(a, b) for a in w.blocks for b in w.blocks if a < b and s.base(a) == s.base(b) and s.base(a) in s.bowls]
    if same and w.rng.random() < 0.5:
        x, y = w.rng.choice(same)
        if w.rng.random() < 0.5:
            x, y = y, x
    else:
        got = _bowl_block(w)
        if got is None:
            return None
        x = got[0]
        y = w.rng.choice([b for b in w.blocks if b != x])
        if w.rng.random() < 0.5:
            x, y = y, x
    flag = s.base(x) == s.base(y) and s.base(x) in s.bowls
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"Are the {cx} and {cy} {n}s in the same bowl?",
        f"Do the {cx} {n} and the {cy} {n} share a bowl?",
        f"is the {cx} {n} in the same bowl as the {cy} {n}?",
    ])
    return text, answered(yes(flag))


def n34_q_have(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        x, y = w.rng.choice(pairs)
        if w.rng.random() < 0.25:
            x, y = y, x
    else:
        x, y = w.pick(w.blocks, 2)
    if w.state.support[x] != y and x in w.state.above(y):
        return None  # higher up the same tower: "on top of" would be unclear
    flag = w.state.support[x] == y
    n, cx, cy = _noun(w), _c(w, x), _c(w, y)
    text = w.rng.choice([
        f"Do we have the {cx} {n} sitting on the {cy} {n}?",
        f"Have we got the {cx} {n} on top of the {cy} {n}?",
        f"do we have the {cx} {n} stacked on the {cy} one right now?",
    ])
    return text, answered(yes(flag))


def n34_q_if(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        got = _bowl_block(w)
        if got is None:
            return None
        x, bowl = got
        if not s.is_clear(x):
            return None
        flag = s.in_bowl(bowl) == [x]
        n, cx, cb = _noun(w), _c(w, x), _c(w, bowl)
        text = w.rng.choice([
            f"Would the {cb} bowl be empty if I took the {cx} {n} out of it?",
            f"If you took the {cx} {n} out, would the {cb} bowl be empty?",
        ])
        return text, answered(yes(flag))
    got = _outsider(w)
    if got is None:
        return None
    x, bowl = got
    if not s.is_clear(x):
        return None
    k = len(s.in_bowl(bowl)) + 1
    n, cx, cb = _noun(w), _c(w, x), _c(w, bowl)
    text = w.rng.choice([
        f"If I moved the {cx} {n} into the {cb} bowl, how many {n}s would the {cb} bowl have?",
        f"say you put the {cx} {n} in the {cb} bowl - how many {n}s would be in it then?",
    ])
    return text, answered(str(k))


# ----- matching --------------------------------------------------------------------------------------------------
def n34_ma_bowls(w: World) -> Made:
    want = _matching_made(w)
    if want is None:
        return None
    n = _noun(w)
    text = w.rng.choice([
        f"Each bowl should end up holding the {n} of its own colour.",
        f"Every bowl should contain the {n} that matches its colour.",
        f"the bowls ought to have their matching {n}s in them",
    ])
    return text, rels(*want)


def n34_ma_noneout(w: World) -> Made:
    want = _matching_made(w)
    if want is None:
        return None
    n = _noun(w)
    text = w.rng.choice([
        f"No {n} that has a bowl of its own colour should be left outside it.",
        f"None of the {n}s should be sitting outside the bowl that matches their colour.",
        f"don't leave any {n} out of its matching bowl",
    ])
    return text, rels(*want)


def n34_ma_count(w: World) -> Made:
    want = _matching_made(w)
    if want is None:
        return None
    n, k = _noun(w), len(want)
    if k == 1:
        text = w.rng.choice([
            f"The one {n} that has a bowl of its colour should go in that bowl.",
            f"there's one {n} with a bowl the same colour as it; it should be in that bowl",
        ])
    else:
        kw = _num(w, k)
        text = w.rng.choice([
            f"The {kw} {n}s that have a bowl of the same colour should each go in that bowl.",
            f"Both of the {n}s with a matching bowl should end up in their bowls." if k == 2 else
            f"All {kw} of the {n}s with a matching bowl should end up in their bowls.",
        ])
    return text, rels(*want)


def n34_ma_same(w: World) -> Made:
    want = _matching_made(w)
    if want is None:
        return None
    n = _noun(w)
    text = w.rng.choice([
        f"Each {n} should end up in the bowl that's the same colour as it is.",
        f"Every {n} belongs in the bowl with the same colour as itself.",
        f"put each {n} in the bowl that's the same colour as the {n}",
    ])
    return text, rels(*want)


def n34_ma_have(w: World) -> Made:
    want = _matching_made(w)
    if want is None:
        return None
    n = _noun(w)
    text = w.rng.choice([
        f"Let's have every {n} in the bowl that matches it.",
        f"Can we have the {n}s in the bowls of the same colour?",
        f"i'd like to have each {n} sitting in its matching bowl",
    ])
    return text, rels(*want)


def n34_ma_nicer(w: World) -> Made:
    want = _matching_made(w)
    if want is None:
        return None
    n = _noun(w)
    text = w.rng.choice([
        f"It would look much tidier if the {n}s were in the bowls of their own colours.",
        f"Ideally each {n} would be in the bowl that matches its colour.",
        f"i think it'd look best with every {n} in the bowl of its own colour",
    ])
    return text, rels(*want)


FRESH34: list[Template] = [
    ("n34_im_fill", "imperative", n34_im_fill),
    ("n34_im_empty", "imperative", n34_im_empty),
    ("n34_im_count", "imperative", n34_im_count),
    ("n34_im_with", "imperative", n34_im_with),
    ("n34_im_have", "imperative", n34_im_have),
    ("n34_im_opinion", "imperative", n34_im_opinion),
    ("n34_de_only", "declarative", n34_de_only),
    ("n34_de_notable", "declarative", n34_de_notable),
    ("n34_de_count", "declarative", n34_de_count),
    ("n34_de_share", "declarative", n34_de_share),
    ("n34_de_have", "declarative", n34_de_have),
    ("n34_de_best", "declarative", n34_de_best),
    ("n34_ds_bin", "desiderative", n34_ds_bin),
    ("n34_ds_clear", "desiderative", n34_ds_clear),
    ("n34_ds_count", "desiderative", n34_ds_count),
    ("n34_ds_same", "desiderative", n34_ds_same),
    ("n34_ds_have", "desiderative", n34_ds_have),
    ("n34_ds_ideal", "desiderative", n34_ds_ideal),
    ("n34_qu_binall", "quantified", n34_qu_binall),
    ("n34_qu_nostack", "quantified", n34_qu_nostack),
    ("n34_qu_each", "quantified", n34_qu_each),
    ("n34_qu_bothsame", "quantified", n34_qu_bothsame),
    ("n34_qu_havetable", "quantified", n34_qu_havetable),
    ("n34_qu_idealall", "quantified", n34_qu_idealall),
    ("n34_ne_instead", "negated", n34_ne_instead),
    ("n34_ne_nobiz", "negated", n34_ne_nobiz),
    ("n34_ne_atmost", "negated", n34_ne_atmost),
    ("n34_ne_notable", "negated", n34_ne_notable),
    ("n34_ne_nothave", "negated", n34_ne_nothave),
    ("n34_ne_lookright", "negated", n34_ne_lookright),
    ("n34_re_also", "relative", n34_re_also),
    ("n34_re_nothing", "relative", n34_re_nothing),
    ("n34_re_count", "relative", n34_re_count),
    ("n34_re_whichever", "relative", n34_re_whichever),
    ("n34_re_havetop", "relative", n34_re_havetop),
    ("n34_re_nicer", "relative", n34_re_nicer),
    ("n34_ke_get", "keep", n34_ke_get),
    ("n34_ke_empty", "keep", n34_ke_empty),
    ("n34_ke_count", "keep", n34_ke_count),
    ("n34_ke_with", "keep", n34_ke_with),
    ("n34_ke_have", "keep", n34_ke_have),
    ("n34_ke_ideal", "keep", n34_ke_ideal),
    ("n34_mu_getbin", "multi_step", n34_mu_getbin),
    ("n34_mu_clear", "multi_step", n34_mu_clear),
    ("n34_mu_count", "multi_step", n34_mu_count),
    ("n34_mu_with", "multi_step", n34_mu_with),
    ("n34_mu_have", "multi_step", n34_mu_have),
    ("n34_mu_best", "multi_step", n34_mu_best),
    ("n34_q_holds", "question", n34_q_holds),
    ("n34_q_outside", "question", n34_q_outside),
    ("n34_q_count", "question", n34_q_count),
    ("n34_q_share", "question", n34_q_share),
    ("n34_q_have", "question", n34_q_have),
    ("n34_q_if", "question", n34_q_if),
    ("n34_ma_bowls", "matching", n34_ma_bowls),
    ("n34_ma_noneout", "matching", n34_ma_noneout),
    ("n34_ma_count", "matching", n34_ma_count),
    ("n34_ma_same", "matching", n34_ma_same),
    ("n34_ma_have", "matching", n34_ma_have),
    ("n34_ma_nicer", "matching", n34_ma_nicer),
]
