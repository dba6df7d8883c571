"""`FRESH52`, the fifty-third untuned batch: sixty language templates, six per category, about conditions,
comparisons and amounts. It was written by a tester who had not read the planner, its tests, the lexicon or any
other batch of templates, and it was never run against the planner while it was written.

The six styles, one template of each in every category: a condition ("if ... otherwise ...", "unless ..."),
a comparison ("more than", "fewer than", "taller", "closer"), an amount ("exactly three", "at least two",
"a couple", "half"), every/each/none, a goal as a difference from now ("one more", "one fewer", "swap", "double")
and until/while/as long as.

Its first run, before any fix it prompted (300 instructions, seed 0, on 6c6f9a5): 0.32 goal-correct (96 of 300), 166
refused, 6 asked, 32 wrong: eight wrong actions ('throw two blocks in the bin, not X' binning one, 'a couple of the
blocks, anything except X' binning four, 'if X has a block on it, shift that block to W' doing nothing, 'N blocks in
W, then everything left on the table into the bin' binning one just placed, 'at least two of the blocks in their own
bowls') and 24 wrong replies: the help text to comparisons, amounts and 'room left' questions ('more blocks on the
table than in bowls?', 'at least half the blocks in the bowls?', 'by how many blocks does W beat V?', 'how many more
blocks fit in W?', 'how many would be left if you threw out ...?', 'do all of the bowls have something in them?').
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

CAP = layout.BOWL_CAPACITY
ON_TABLE = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------------------
def _b(w: World, name: str) -> str:
    return f"{w.colour(name)} block"


def _w(w: World, name: str) -> str:
    return f"{w.colour(name)} bowl"


def _n(s: SymState, bowl: str) -> int:
    return len(s.in_bowl(bowl))


def _table(s: SymState) -> list[str]:
    """Blocks whose tower stands on the table (a block on a block on the table counts)."""
    return [b for b in s.blocks if s.base(b) in ON_TABLE]


def _bowled(s: SymState) -> list[str]:
    return [b for b in s.blocks if s.base(b) in s.bowls]


def _binned(s: SymState) -> list[str]:
    return [b for b in s.blocks if s.base(b) == BIN]


def _bottom(s: SymState, b: str) -> str:
    seen = {b}
    while s.support[b] in s.support and s.support[b] not in seen:
        b = s.support[b]
        seen.add(b)
    return b


def _towers(s: SymState) -> dict[str, int]:
    """Bottom block -> height, for every pile standing on the table, a place or in a bowl."""
    return {b: 1 + len(s.above(b)) for b in s.blocks
            if s.support[b] in ON_TABLE or s.support[b] in s.bowls}


def _height(s: SymState, b: str) -> int:
    return 1 + len(s.above(_bottom(s, b)))


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower."""
    out: list[str] = []
    while s.support[b] in s.support and s.support[b] not in out:
        b = s.support[b]
        out.append(b)
    return out


def _free(w: World, bowl: str) -> int:
    return CAP - _n(w.state, bowl)


def _matched(w: World, s: SymState) -> int:
    return sum(holds(r, s) for r in matching(w))


def _pick(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _say(w: World, *options: str) -> str:
    return w.rng.choice(list(options))


# ----- imperative ----------------------------------------------------------------------------------------------
def g52_imp_if_in_bowl(w: World) -> Made:
    s = w.state
    x = _pick(w, w.blocks)
    bowl = _pick(w, [b for b in w.bowls if _free(w, b) > 0])
    if x is None or bowl is None:
        return None
    X, A = _b(w, x), _w(w, bowl)
    if s.base(x) in s.bowls:
        check = rels(Rel("on_table", x))
    else:
        check = rels(Rel("in", x, bowl))
    text = _say(w, f"If the {X} is in a bowl, take it out and put it on the table. If it isn't, put it in the {A}.",
                f"check the {X}: if it's sitting in a bowl move it onto the table, otherwise drop it in the {A}",
                f"Put the {X} on the table if it's in a bowl right now; if not, put it into the {A} instead.")
    return text, check


def g52_imp_more_than(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.bowls, 2)
    s = w.state
    if _n(s, a) > _n(s, b):
        a, b = b, a
    A, B = _w(w, a), _w(w, b)
    text = _say(w, f"Make the {A} hold more blocks than the {B}.",
                f"get more blocks into the {A} than there are in the {B}",
                f"Move things around so the {A} ends up with more blocks in it than the {B} has.")
    return text, lambda _i, f: _n(f, a) > _n(f, b)


def g52_imp_three_in_empty(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if _n(w.state, b) == 0])
    if bowl is None or len(w.blocks) < 3:
        return None
    A = _w(w, bowl)
    text = _say(w, f"Put three blocks in the {A}.", f"three blocks into the {A} please, any three",
                f"Fill the {A} with exactly three of the blocks.")
    return text, count_in(bowl, 3)


def g52_imp_every_empty_bowl(w: World) -> Made:
    s = w.state
    empties = [b for b in w.bowls if _n(s, b) == 0]
    if len(w.bowls) < 2 or not empties or len(w.blocks) < len(empties):
        return None
    if len(empties) >= 2:
        text = _say(w, "Put one block in each of the empty bowls.", "drop a single block into every empty bowl")
    else:
        text = _say(w, "Put a block in every bowl that's empty.", "any bowl that's empty, put one block in it")
    return text, lambda _i, f: all(_n(f, b) == 1 for b in empties)


def g52_imp_one_more(w: World) -> Made:
    s = w.state
    bowl = _pick(w, [b for b in w.bowls if 0 < _free(w, b) and len(s.in_bowl(b)) < len(w.blocks)])
    if bowl is None:
        return None
    a, A = _n(s, bowl), _w(w, bowl)
    if a:
        text = _say(w, f"Add one more block to the {A}.", f"Put another block in the {A}.",
                    f"one more block in the {A}, please")
    else:
        text = _say(w, f"Add one more block to the {A}.", f"one more block in the {A} please")
    return text, lambda _i, f: _n(f, bowl) == a + 1


def g52_imp_bin_until_one(w: World) -> Made:
    s = w.state
    table = _table(s)
    if len(table) < 3:
        return None
    bowled = _bowled(s)

    def check(i: SymState, f: SymState) -> bool:
        left = _table(f)
        return (len(left) == 1 and left[0] in table and all(f.base(b) == BIN for b in table if b not in left)
                and all(f.base(b) == i.base(b) for b in bowled))

    text = _say(w, "Keep binning blocks from the table until there's only one left on it.",
                "Throw the blocks on the table into the bin one by one till just a single block is left there.",
                "bin blocks off the table until only one remains")
    return text, check


# ----- declarative ---------------------------------------------------------------------------------------------
def g52_dec_if_empty_else_bin(w: World) -> Made:
    s = w.state
    bowl = _pick(w, w.bowls)
    x = _pick(w, w.blocks)
    if bowl is None or x is None:
        return None
    X, A = _b(w, x), _w(w, bowl)
    check = rels(Rel("in", x, bowl)) if _n(s, bowl) == 0 else binned([x])
    text = _say(w, f"If the {A} is empty, the {X} goes in it; if it isn't, the {X} goes in the bin.",
                f"The {X} belongs in the {A} if that bowl is empty. Otherwise it belongs in the bin.",
                f"the {X} is going in the {A} provided the bowl's empty, otherwise it's going in the bin")
    return text, check


def g52_dec_fewer_table(w: World) -> Made:
    s = w.state
    if len(_table(s)) < len(_bowled(s)) or not _table(s):
        return None
    text = _say(w, "There should be fewer blocks on the table than in the bowls.",
                "The bowls are supposed to hold more blocks than the table does.",
                "fewer blocks on the table than in the bowls, that's how it should be")
    return text, lambda _i, f: len(_table(f)) < len(_bowled(f))


def g52_dec_at_most_one(w: World) -> Made:
    if len(_table(w.state)) < 2:
        return None
    text = _say(w, "No more than one block should be left on the table.",
                "At most one block is allowed to stay on the table.",
                "the table should have one block on it at the most")
    return text, lambda _i, f: len(_table(f)) <= 1


def g52_dec_every_table_in_bowl(w: World) -> Made:
    s = w.state
    table = _table(s)
    if len(table) < 2 or sum(_free(w, b) for b in w.bowls) < len(table):
        return None
    text = _say(w, "Every block on the table belongs in a bowl.",
                "All the blocks that are on the table are meant to be in bowls.",
                "each block that's lying on the table should be in a bowl")
    return text, lambda _i, f: all(f.base(b) in f.bowls for b in table)


def g52_dec_one_too_many(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if _n(w.state, b) >= 1])
    if bowl is None:
        return None
    a, A = _n(w.state, bowl), _w(w, bowl)
    text = _say(w, f"There's one block too many in the {A}.", f"The {A} has one more block than it should.",
                f"the {A} is supposed to have one block less than it has now")
    return text, lambda _i, f: _n(f, bowl) == a - 1


def g52_dec_while_room(w: World) -> Made:
    s = w.state
    table = _table(s)
    bowl = _pick(w, [b for b in w.bowls if _free(w, b) > 0])
    if bowl is None or len(table) < 2:
        return None
    start = s.in_bowl(bowl)
    want = len(start) + min(len(table), _free(w, bowl))
    A = _w(w, bowl)

    def check(_i: SymState, f: SymState) -> bool:
        now = f.in_bowl(bowl)
        return len(now) == want and all(b in now for b in start) and all(b in table for b in now if b not in start)

    text = _say(w, f"The blocks on the table go into the {A} for as long as there's room in it.",
                f"Blocks from the table should go in the {A} while it still has space.",
                f"the {A} gets the table's blocks, as many as fit")
    return text, check


# ----- desiderative --------------------------------------------------------------------------------------------
def g52_des_if_on_block(w: World) -> Made:
    s = w.state
    tops = [b for b in w.blocks if s.support[b] in s.support]
    x = _pick(w, tops) if tops and w.rng.random() < 0.5 else _pick(w, w.blocks)
    bowl = _pick(w, [b for b in w.bowls if _free(w, b) > 0])
    if x is None or bowl is None:
        return None
    if s.support[x] not in s.support and s.base(x) == bowl:
        return None
    X, A = _b(w, x), _w(w, bowl)
    check = binned([x]) if s.support[x] in s.support else rels(Rel("in", x, bowl))
    text = _say(w, f"I'd like the {X} in the bin if it's sitting on another block, and in the {A} if it isn't.",
                f"If the {X} is stacked on another block I want it binned; otherwise I'd like it in the {A}.",
                f"i want the {X} in the {A}, unless it's on top of another block, then just bin it")
    return text, check


def g52_des_fewer_than(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.bowls, 2)
    s = w.state
    if _n(s, a) < _n(s, b):
        a, b = b, a
    A, B = _w(w, a), _w(w, b)
    text = _say(w, f"I'd like the {A} to end up with fewer blocks than the {B}.",
                f"I want fewer blocks in the {A} than in the {B}.",
                f"could you make it so the {B} has more blocks in it than the {A}?")
    return text, lambda _i, f: _n(f, a) < _n(f, b)


def g52_des_exactly_two(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if _n(w.state, b) != 2])
    if bowl is None:
        return None
    A = _w(w, bowl)
    text = _say(w, f"I'd like exactly two blocks in the {A}.",
                f"I want the {A} to have two blocks in it, no more and no fewer.",
                f"what I need is exactly 2 blocks sitting in the {A}")
    return text, count_in(bowl, 2)


def g52_des_one_per_bowl(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls) or all(_n(s, b) == 1 for b in w.bowls):
        return None
    bowls = w.bowls
    text = _say(w, "I'd like each bowl to end up with just one block in it.",
                "What I want is one block per bowl, no more.",
                "i'd love it if every bowl had exactly one block")
    return text, lambda _i, f: all(_n(f, b) == 1 for b in bowls)


def g52_des_swap(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    s = w.state
    a, b = w.pick(w.bowls, 2)
    ina, inb = s.in_bowl(a), s.in_bowl(b)
    if not ina and not inb:
        return None
    A, B = _w(w, a), _w(w, b)
    if len(w.bowls) == 2:
        text = _say(w, "I'd like what's in the two bowls swapped.",
                    f"I want the {A}'s blocks in the {B} and the {B}'s blocks in the {A}.")
    else:
        text = _say(w, f"I'd like the contents of the {A} and the {B} swapped.",
                    f"I want whatever is in the {A} moved to the {B}, and whatever's in the {B} moved to the {A}.")

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.base(x) == b for x in ina) and all(f.base(x) == a for x in inb)

    return text, check


def g52_des_stack_until_three(w: World) -> Made:
    s = w.state
    x = _pick(w, [b for b in w.blocks if s.is_clear(b) and s.support[b] in ON_TABLE])
    if x is None or len(w.blocks) < 3:
        return None
    X = _b(w, x)
    text = _say(w, f"I'd like you to keep stacking blocks on the {X} until that stack is three blocks high.",
                f"Could you pile blocks onto the {X} till there are three in the stack?",
                f"i want blocks stacked up on the {X} until the pile is 3 tall")
    return text, both(kept(x), lambda _i, f: len(f.above(x)) == 2)


# ----- quantified ----------------------------------------------------------------------------------------------
def g52_q_if_every_bowl(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    x = _pick(w, w.blocks)
    if x is None:
        return None
    empties = [b for b in w.bowls if _n(s, b) == 0]
    X = _b(w, x)
    if empties:
        check: Check = lambda _i, f: f.base(x) in empties
    else:
        check = binned([x])
    text = _say(w, f"If every bowl already has something in it, bin the {X}; if any bowl is empty, put the {X} in "
                   "one of the empty ones.",
                f"Put the {X} in an empty bowl if there is one. If all the bowls have blocks in them, throw it away.",
                f"if all of the bowls are taken, the {X} goes in the bin, otherwise into whichever bowl is empty")
    return text, check


def g52_q_more_than_rest(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    bowl = _pick(w, w.bowls)
    if bowl is None:
        return None
    others = [b for b in w.bowls if b != bowl]
    if _n(s, bowl) > sum(_n(s, b) for b in others):
        return None
    A = _w(w, bowl)
    if len(others) == 1:
        text = _say(w, f"Get more blocks into the {A} than the other bowl has.",
                    f"Make sure the {A} has more blocks than the other bowl.")
    else:
        text = _say(w, f"Get more blocks into the {A} than all the other bowls have put together.",
                    f"The {A} should hold more blocks than the other bowls combined.")
    return text, lambda _i, f: _n(f, bowl) > sum(_n(f, b) for b in others)


def g52_q_half_binned(w: World) -> Made:
    n = len(w.blocks)
    if n % 2:
        return None
    text = _say(w, "Bin half of the blocks, any half.", "Throw away half the blocks, doesn't matter which ones.",
                "get rid of half of the blocks - put them in the bin")
    return text, lambda _i, f: len(_binned(f)) == n // 2


def g52_q_two_each(w: World) -> Made:
    s = w.state
    bowls = w.bowls
    if len(bowls) < 2 or len(w.blocks) < 2 * len(bowls) or all(_n(s, b) == 2 for b in bowls):
        return None
    text = _say(w, "Every bowl should end up with two blocks in it.", "Make it two blocks in each bowl.",
                "each of the bowls needs exactly two blocks in it")
    return text, lambda _i, f: all(_n(f, b) == 2 for b in bowls)


def g52_q_double(w: World) -> Made:
    s = w.state
    bowl = _pick(w, [b for b in w.bowls if 1 <= _n(s, b) and 2 * _n(s, b) <= CAP
                     and len(w.blocks) - _n(s, b) >= _n(s, b)])
    if bowl is None:
        return None
    a, A = _n(s, bowl), _w(w, bowl)
    text = _say(w, f"Double the number of blocks in the {A}.",
                f"I want twice as many blocks in the {A} as there are now.",
                f"double up the {A}: it should have twice the blocks it's got")
    return text, count_in(bowl, 2 * a)


def g52_q_until_no_empty_bowl(w: World) -> Made:
    s = w.state
    empties = [b for b in w.bowls if _n(s, b) == 0]
    if len(w.bowls) < 2 or not empties or len(_table(s)) < len(empties):
        return None
    bowls = w.bowls
    text = _say(w, "Keep putting blocks from the table into the bowls until none of the bowls is empty.",
                "Move blocks off the table into bowls till every bowl has at least one.",
                "fill empty bowls with table blocks until all bowls have something in them")
    return text, lambda _i, f: all(_n(f, b) >= 1 for b in bowls)


# ----- negated -------------------------------------------------------------------------------------------------
def g52_neg_if_not_empty(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if _n(w.state, b) >= 1])
    if bowl is None:
        return None
    inside, A = w.state.in_bowl(bowl), _w(w, bowl)
    text = _say(w, f"If the {A} isn't empty, tip whatever's in it into the bin.",
                f"If there's anything in the {A}, don't leave it there - bin it.",
                f"the {A}: if it's not empty, empty it into the bin")
    return text, both(binned(inside), empty(bowl))


def g52_neg_not_nearest(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    x = _pick(w, [b for b in w.blocks if s.base(b) in ON_TABLE])
    if x is None:
        return None
    near = sorted(w.bowls, key=lambda b: w.dist(x, b))
    if w.dist(x, near[1]) - w.dist(x, near[0]) < 0.05 or not any(_free(w, b) for b in near[1:]):
        return None
    nearest, X = near[0], _b(w, x)
    text = _say(w, f"Put the {X} in a bowl, but not the one closest to it.",
                f"Put the {X} into one of the bowls - just not the nearest one.",
                f"the {X} goes in a bowl, only not in the bowl that's nearest to it")
    return text, lambda _i, f: f.base(x) in f.bowls and f.base(x) != nearest


def g52_neg_couple_not_x(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x = _pick(w, w.blocks)
    if x is None:
        return None
    X = _b(w, x)
    if w.rng.random() < 0.34:
        text = f"Throw two blocks in the bin - don't throw out the {X} though."
        return text, both(none_binned([x]), lambda _i, f: len(_binned(f)) == 2)
    text = _say(w, f"Bin a couple of blocks, but not the {X}.",
                f"get rid of a couple of the blocks, anything except the {X}")
    return text, both(none_binned([x]), lambda _i, f: 2 <= len(_binned(f)) <= 3)


def g52_neg_none_on_table(w: World) -> Made:
    if len(_table(w.state)) < 2:
        return None
    text = _say(w, "Make sure none of the blocks is left sitting on the table.",
                "Not a single block should stay on the table.", "no block should be touching the table")
    return text, lambda _i, f: not _table(f)


def g52_neg_one_more_not_from(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    a = _pick(w, [b for b in w.bowls if _free(w, b) > 0])
    b = _pick(w, [b for b in w.bowls if b != a and _n(s, b) >= 1])
    if a is None or b is None:
        return None
    if not [x for x in w.blocks if s.base(x) not in (a, b)]:
        return None
    n, keep = _n(s, a), s.in_bowl(b)
    A, B = _w(w, a), _w(w, b)
    text = _say(w, f"Put one more block in the {A}, but don't take it from the {B}.",
                f"The {A} needs another block - not one out of the {B}, though.",
                f"add one block to the {A}, just don't use any of the blocks in the {B}")
    return text, lambda _i, f: _n(f, a) == n + 1 and all(f.base(x) == b for x in keep)


def g52_neg_until_empty(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if _n(w.state, b) >= 1])
    if bowl is None:
        return None
    inside, A = w.state.in_bowl(bowl), _w(w, bowl)
    text = _say(w, f"Don't stop binning blocks from the {A} until there are none left in it.",
                f"Keep throwing the {A}'s blocks in the bin and don't stop till it's empty.",
                f"don't quit until the {A} has nothing in it - everything from it goes in the bin")
    return text, both(binned(inside), empty(bowl))


# ----- relative ------------------------------------------------------------------------------------------------
def g52_rel_if_top_colour(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if w.rng.random() < 0.5:
        colour, check = w.colour(top), binned([top])
    else:
        colour = w.rng.choice([w.colour(b) for b in w.blocks if b != top])
        check = rels(Rel("on_table", top))
    Y = _b(w, below)
    text = _say(w, f"If the block that's on the {Y} is {colour}, bin it; if it's not, put it on the table.",
                f"Look at the block sitting on top of the {Y}: if it's {colour}, throw it away, otherwise set it "
                "down on the table.",
                f"the block that's resting on the {Y} - bin it if it's the {colour} one, else put it on the table")
    return text, check


def g52_rel_closer_bowl(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    x = _pick(w, [b for b in w.blocks if s.base(b) in ON_TABLE])
    if x is None:
        return None
    near = sorted(w.bowls, key=lambda b: w.dist(x, b))
    if w.dist(x, near[1]) - w.dist(x, near[0]) < 0.05 or _free(w, near[0]) == 0:
        return None
    X = _b(w, x)
    if len(w.bowls) == 2:
        text = _say(w, f"Put the {X} in the bowl that's closer to it.",
                    f"The {X} goes into whichever of the two bowls is nearer to it.")
    else:
        text = _say(w, f"Put the {X} in the bowl that's closest to it.",
                    f"drop the {X} in whichever bowl is nearest to it")
    return text, rels(Rel("in", x, near[0]))


def g52_rel_two_from_table(w: World) -> Made:
    s = w.state
    table = _table(s)
    bowl = _pick(w, [b for b in w.bowls if _free(w, b) >= 2])
    if bowl is None or len(table) < 3:
        return None
    start, A = s.in_bowl(bowl), _w(w, bowl)

    def check(_i: SymState, f: SymState) -> bool:
        new = [b for b in f.in_bowl(bowl) if b not in start]
        return len(new) == 2 and all(b in table for b in new) and all(f.base(b) == bowl for b in start)

    text = _say(w, f"Take two of the blocks that are on the table and put them in the {A}.",
                f"Put two blocks that are currently on the table into the {A}.",
                f"two of the blocks that are lying on the table should go in the {A}")
    return text, check


def g52_rel_on_block_to_table(w: World) -> Made:
    s = w.state
    tops = [b for b in w.blocks if s.support[b] in s.support]
    if not tops:
        return None
    text = _say(w, "Every block that's sitting on another block should be put down on the table.",
                "Take each block that is resting on top of another one and put it on the table.",
                "any block that's stacked on another block, move it to the table")
    return text, rels(*(Rel("on_table", b) for b in tops))


def g52_rel_most_one_more(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    counts = sorted((_n(s, b) for b in w.bowls), reverse=True)
    if counts[0] == counts[1]:
        return None
    bowl = max(w.bowls, key=lambda b: _n(s, b))
    a = _n(s, bowl)
    if a >= CAP or a >= len(w.blocks):
        return None
    text = _say(w, "Give the bowl that has the most blocks one more.",
                "Put one more block in whichever bowl already has the most in it.",
                "the bowl that's got the most blocks - add another one to it")
    return text, lambda _i, f: _n(f, bowl) == a + 1


def g52_rel_unpile(w: World) -> Made:
    s = w.state
    x = _pick(w, [b for b in w.blocks if s.support[b] not in s.support and s.above(b)])
    if x is None:
        return None
    X = _b(w, x)
    text = _say(w, f"Keep taking blocks off the stack that the {X} is at the bottom of until the {X} is the only "
                   "one left.",
                f"Take blocks off the pile the {X} is under, one at a time, till only the {X} is left there.",
                f"unstack the tower that has the {X} at its base until just the {X} remains")
    return text, both(kept(x), lambda _i, f: f.is_clear(x))


# ----- keep ----------------------------------------------------------------------------------------------------
def g52_keep_if_on_top(w: World) -> Made:
    s = w.state
    x = _pick(w, [b for b in w.blocks if len(s.above(b)) == 1])
    if x is None:
        return None
    top = s.above(x)[0]
    bowl = _pick(w, [b for b in w.bowls if _free(w, b) > 0 and b != s.base(x)])
    if bowl is None:
        return None
    X, A = _b(w, x), _w(w, bowl)
    text = _say(w, f"If there's a block on top of the {X}, move it into the {A}, and leave the {X} where it is.",
                f"If something is sitting on the {X}, put that in the {A} - the {X} itself stays put.",
                f"if the {X} has a block on it, shift that block to the {A} but don't move the {X}")
    return text, both(rels(Rel("in", top, bowl)), kept(x))


def g52_keep_more_keep_b(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in w.bowls for b in w.bowls if a != b and 1 <= _n(s, b) < CAP
             and _n(s, a) <= _n(s, b) and len(w.blocks) >= 2 * _n(s, b) + 1]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    keep, A, B = s.in_bowl(b), _w(w, a), _w(w, b)
    text = _say(w, f"Get more blocks into the {A} than there are in the {B}, without taking anything out of the "
                   f"{B}.",
                f"Make the {A} fuller than the {B}, but leave the {B}'s blocks where they are.",
                f"I want the {A} to have more blocks than the {B} - don't touch what's in the {B} though")
    return text, lambda _i, f: _n(f, a) > _n(f, b) and all(f.base(x) == b for x in keep)


def g52_keep_two_into(w: World) -> Made:
    s = w.state
    bowl = _pick(w, [b for b in w.bowls if _free(w, b) >= 2])
    if bowl is None:
        return None
    x = _pick(w, [b for b in w.blocks if s.base(b) != bowl])
    if x is None or len([b for b in w.blocks if s.base(b) != bowl and b != x and b not in _below(s, x)]) < 2:
        return None
    n, X, A = _n(s, bowl), _b(w, x), _w(w, bowl)
    text = _say(w, f"Move two blocks into the {A} without touching the {X}.",
                f"Put two blocks in the {A}, but leave the {X} exactly where it is.",
                f"two blocks into the {A} please - not the {X}, that one stays")
    return text, both(count_in(bowl, n + 2), kept(x))


def g52_keep_bin_all_but(w: World) -> Made:
    s = w.state
    x = _pick(w, [b for b in w.blocks if s.support[b] in ON_TABLE])
    if x is None:
        return None
    others = [b for b in _table(s) if b != x]
    if len(others) < 2:
        return None
    X = _b(w, x)
    text = _say(w, f"Bin every block on the table except the {X}, which stays exactly where it is.",
                f"All the blocks on the table go in the bin - all but the {X}; leave that one alone.",
                f"clear every block off the table into the bin, just keep the {X} where it is")
    return text, both(binned(others), kept(x))


def g52_keep_one_fewer_table(w: World) -> Made:
    s = w.state
    table = _table(s)
    if len(table) < 2:
        return None
    x = _pick(w, table)
    if x is None or not [b for b in table if b != x and b not in _below(s, x)]:
        return None
    t, X = len(table), _b(w, x)
    touching = len([b for b in w.blocks if s.support[b] in ON_TABLE])

    def fewer(_i: SymState, f: SymState) -> bool:
        """Off the table into a bowl or the bin, or (read loosely) off the table top onto another block."""
        now = len([b for b in f.blocks if f.support[b] in ON_TABLE])
        return len(_table(f)) == t - 1 or (len(_table(f)) == t and now == touching - 1)

    text = _say(w, f"One fewer block on the table, please - but don't move the {X}.",
                f"Take one block off the table, leaving the {X} where it is.",
                f"I want the table to have one block less than now; the {X} stays put though")
    return text, both(kept(x), fewer)


def g52_keep_while_room(w: World) -> Made:
    s = w.state
    bowl = _pick(w, [b for b in w.bowls if _free(w, b) > 0])
    if bowl is None:
        return None
    x = _pick(w, [b for b in w.blocks if s.base(b) != bowl])
    if x is None or len([b for b in w.blocks if s.base(b) != bowl and b != x and b not in _below(s, x)]) < _free(
            w, bowl):
        return None
    X, A = _b(w, x), _w(w, bowl)
    text = _say(w, f"While the {A} still has room, keep putting blocks in it - just leave the {X} where it is.",
                f"Keep adding blocks to the {A} until it's full, but don't move the {X}.",
                f"fill up the {A} for as long as there's space in it; the {X} stays where it is")
    return text, both(count_in(bowl, CAP), kept(x))


# ----- multi_step ----------------------------------------------------------------------------------------------
def g52_multi_then_if_empty(w: World) -> Made:
    s = w.state
    x = _pick(w, [b for b in w.in_bowls() if s.is_clear(b)])
    if x is None:
        return None
    bowl = s.base(x)
    y = _pick(w, [b for b in w.blocks if s.base(b) != bowl])
    if y is None:
        return None
    X, Y, A = _b(w, x), _b(w, y), _w(w, bowl)
    check = rels(Rel("on_table", x), Rel("in", y, bowl)) if _n(s, bowl) == 1 else both(
        rels(Rel("on_table", x)), kept(y))
    text = _say(w, f"Take the {X} out of the {A} and put it on the table. Then, if that leaves the bowl empty, put "
                   f"the {Y} in it.",
                f"First move the {X} from the {A} onto the table; after that, if the {A} is empty, the {Y} goes in "
                "there.",
                f"{X} out of the {A} onto the table, then if the bowl has nothing left in it put the {Y} in")
    return text, check


def g52_multi_tallest(w: World) -> Made:
    s = w.state
    clear = [b for b in w.blocks if s.is_clear(b)]
    if len(clear) < 2:
        return None
    x, y = w.pick(clear, 2)
    if _height(s, y) + 1 > layout.MAX_TOWER:
        return None
    X, Y = _b(w, x), _b(w, y)

    def check(_i: SymState, f: SymState) -> bool:
        if f.support[x] != y:
            return False
        mine = _bottom(f, x)
        towers = _towers(f)
        return all(h < towers.get(mine, 0) for b, h in towers.items() if b != mine)

    text = _say(w, f"First put the {X} on the {Y}, then make sure that stack is taller than every other one.",
                f"Stack the {X} on top of the {Y}. After that, that stack should be the tallest on the table.",
                f"put the {X} onto the {Y} and then make that pile taller than any other pile")
    return text, check


def g52_multi_three_then_bin(w: World) -> Made:
    s = w.state
    bowl = _pick(w, [b for b in w.bowls if _n(s, b) == 0])
    if bowl is None or len(_table(s)) < 4:
        return None
    A = _w(w, bowl)
    text = _say(w, f"Put three blocks in the {A}, then bin whatever's still on the table.",
                f"First three blocks go into the {A}. After that, throw the rest of the table's blocks in the bin.",
                f"3 blocks in the {A}, then everything left on the table into the bin")
    return text, both(count_in(bowl, 3), lambda _i, f: not _table(f))


def g52_multi_empty_all_then(w: World) -> Made:
    if len(w.bowls) < 2 or not w.in_bowls():
        return None
    x = _pick(w, w.blocks)
    bowl = _pick(w, w.bowls)
    if x is None or bowl is None:
        return None
    emptied = [b for b in w.in_bowls() if b != x]
    if not emptied:
        return None
    X, A = _b(w, x), _w(w, bowl)
    text = _say(w, f"Empty every bowl onto the table, then put the {X} in the {A}.",
                f"Tip all the bowls out onto the table. Once they're all empty, put the {X} in the {A}.",
                f"first take everything out of all the bowls and put it on the table, then the {X} into the {A}")
    return text, both(rels(Rel("in", x, bowl)), lambda _i, f: all(f.base(b) in ON_TABLE for b in emptied))


def g52_multi_bin_then_one_more(w: World) -> Made:
    s = w.state
    bowl = _pick(w, [b for b in w.bowls if _free(w, b) > 0])
    if bowl is None:
        return None
    x = _pick(w, [b for b in w.blocks if s.base(b) != bowl])
    if x is None or not [b for b in w.blocks if s.base(b) != bowl and b != x]:
        return None
    n, X, A = _n(s, bowl), _b(w, x), _w(w, bowl)
    text = _say(w, f"Bin the {X} first, and after that give the {A} one more block than it has now.",
                f"Throw the {X} away. Then put one more block into the {A}.",
                f"{X} in the bin, then add another block to the {A}")
    return text, both(binned([x]), count_in(bowl, n + 1))


def g52_multi_bin_then_until_three(w: World) -> Made:
    s = w.state
    bowl = _pick(w, [b for b in w.bowls if _n(s, b) < 3])
    if bowl is None:
        return None
    x = _pick(w, [b for b in w.blocks if s.base(b) != bowl])
    if x is None:
        return None
    need = 3 - _n(s, bowl)
    if len([b for b in _table(s) if b != x]) < need:
        return None
    X, A = _b(w, x), _w(w, bowl)
    text = _say(w, f"Throw the {X} in the bin, then keep moving blocks from the table into the {A} until it has "
                   "three.",
                f"Bin the {X}. After that, move table blocks into the {A} one by one till there are three in it.",
                f"first the {X} goes in the bin, then fill the {A} from the table until it holds 3 blocks")
    return text, both(binned([x]), count_in(bowl, 3))


# ----- question ------------------------------------------------------------------------------------------------
def g52_ask_if_binned(w: World) -> Made:
    n = len(_bowled(w.state))
    if n < 1:
        return None
    text = _say(w, "Say I binned all the blocks on the table - how many blocks would I have left?",
                "If every block on the table went in the bin, how many blocks would still be out of the bin?",
                "how many blocks would be left if you threw out everything on the table?")
    return text, answered(str(n))


def g52_ask_more_on_table(w: World) -> Made:
    s = w.state
    nb = len(_bowled(s))
    by_base = len(_table(s)) > nb
    touching = len([b for b in w.blocks if s.support[b] in ON_TABLE]) > nb
    if by_base != touching:
        return None
    text = _say(w, "Are there more blocks on the table than in the bowls?",
                "Is the table holding more blocks than the bowls are?",
                "more blocks on the table than in bowls, or not?")
    return text, answered(yes(by_base))


def g52_ask_half_in_bowls(w: World) -> Made:
    s = w.state
    text = _say(w, "Are at least half of the blocks in bowls?", "Is half or more of the blocks sitting in a bowl?",
                "are at least half the blocks in the bowls?")
    return text, answered(yes(2 * len(_bowled(s)) >= len(w.blocks)))


def g52_ask_every_bowl(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    text = _say(w, "Is there at least one block in every bowl?", "Does each bowl have a block in it?",
                "do all of the bowls have something in them?")
    return text, answered(yes(all(_n(s, b) for b in w.bowls)))


def g52_ask_how_many_more(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.bowls, 2)
    if _n(s, a) < _n(s, b):
        a, b = b, a
    diff = _n(s, a) - _n(s, b)
    if diff < 1:
        return None
    A, B = _w(w, a), _w(w, b)
    text = _say(w, f"How many more blocks are in the {A} than in the {B}?",
                f"By how many blocks does the {A} beat the {B}?",
                f"how many extra blocks does the {A} have compared to the {B}?")
    return text, answered(str(diff))


def g52_ask_room(w: World) -> Made:
    bowl = _pick(w, w.bowls)
    if bowl is None or _free(w, bowl) < 1:
        return None
    A = _w(w, bowl)
    text = _say(w, f"How many more blocks could the {A} take before it's full?",
                f"How many blocks can I still put in the {A} until it's full?",
                f"how many more blocks fit in the {A}?")
    return text, answered(str(_free(w, bowl)))


# ----- matching ------------------------------------------------------------------------------------------------
def _match_todo(w: World) -> list[Rel] | None:
    want = matching(w)
    if not want or all(holds(r, w.state) for r in want):
        return None
    return want


def g52_match_else_bin(w: World) -> Made:
    want = _match_todo(w)
    if want is None:
        return None
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    text = _say(w, "If a block has a bowl of the same colour, put it in there; if not, bin it.",
                "Sort the blocks into the bowls by colour, and any block without a bowl of its colour goes in the "
                "bin.",
                "blocks go in the bowl that matches their colour - if there's no such bowl, in the bin with it")
    return text, both(rels(*want), binned(others))


def g52_match_fewer_than_two(w: World) -> Made:
    s = w.state
    want = [r for r in matching(w) if _n(s, r.target) < 2]
    if not want or all(holds(r, s) for r in want):
        return None
    text = _say(w, "Any bowl with fewer than two blocks in it should get the block of its own colour, if there is one.",
                "For every bowl that has less than two blocks, put in the block that's the same colour as the bowl "
                "(where there is such a block).",
                "bowls holding under 2 blocks - give each one its matching-colour block if there's one")
    return text, rels(*want)


def g52_match_at_least_two(w: World) -> Made:
    want = matching(w)
    if len(want) < 2 or _matched(w, w.state) >= 2:
        return None
    text = _say(w, "Get at least two blocks into the bowls that match their colour.",
                "Put at least two of the blocks in the bowls of their own colour.",
                "match up a minimum of two blocks with their same-coloured bowls")
    return text, lambda _i, f: _matched(w, f) >= 2


def g52_match_each(w: World) -> Made:
    want = _match_todo(w)
    if want is None:
        return None
    text = _say(w, "Each block that has a bowl of the same colour should end up in that bowl.",
                "Every block whose colour matches one of the bowls goes in that bowl.",
                "all the blocks that have a bowl in their colour - into their bowls")
    return text, rels(*want)


def g52_match_one_more(w: World) -> Made:
    todo = [r for r in matching(w) if not holds(r, w.state) and _free(w, r.target) > 0]
    if not todo:
        return None
    rel = w.rng.choice(todo)
    bowl, n = rel.target, _n(w.state, rel.target)
    colour = w.colour(bowl)
    text = _say(w, f"The {colour} bowl needs one more block: the {colour} one.",
                f"Add one block to the {colour} bowl - the block of the same colour.",
                f"one more block in the {colour} bowl please, the matching {colour} one")
    return text, both(rels(rel), count_in(bowl, n + 1))


def g52_match_one_by_one(w: World) -> Made:
    want = _match_todo(w)
    if want is None:
        return None
    text = _say(w, "Go through the blocks one at a time and put each into the bowl of its colour, as long as there's "
                   "a bowl that colour.",
                "Keep moving blocks into the bowls that share their colour until every block that can be matched "
                "is.",
                "one by one, put blocks in their own-colour bowl while there are any left that have one")
    return text, rels(*want)


FRESH52: list[Template] = [
    ("g52_imp_if_in_bowl", "imperative", g52_imp_if_in_bowl),
    ("g52_imp_more_than", "imperative", g52_imp_more_than),
    ("g52_imp_three_in_empty", "imperative", g52_imp_three_in_empty),
    ("g52_imp_every_empty_bowl", "imperative", g52_imp_every_empty_bowl),
    ("g52_imp_one_more", "imperative", g52_imp_one_more),
    ("g52_imp_bin_until_one", "imperative", g52_imp_bin_until_one),
    ("g52_dec_if_empty_else_bin", "declarative", g52_dec_if_empty_else_bin),
    ("g52_dec_fewer_table", "declarative", g52_dec_fewer_table),
    ("g52_dec_at_most_one", "declarative", g52_dec_at_most_one),
    ("g52_dec_every_table_in_bowl", "declarative", g52_dec_every_table_in_bowl),
    ("g52_dec_one_too_many", "declarative", g52_dec_one_too_many),
    ("g52_dec_while_room", "declarative", g52_dec_while_room),
    ("g52_des_if_on_block", "desiderative", g52_des_if_on_block),
    ("g52_des_fewer_than", "desiderative", g52_des_fewer_than),
    ("g52_des_exactly_two", "desiderative", g52_des_exactly_two),
    ("g52_des_one_per_bowl", "desiderative", g52_des_one_per_bowl),
    ("g52_des_swap", "desiderative", g52_des_swap),
    ("g52_des_stack_until_three", "desiderative", g52_des_stack_until_three),
    ("g52_q_if_every_bowl", "quantified", g52_q_if_every_bowl),
    ("g52_q_more_than_rest", "quantified", g52_q_more_than_rest),
    ("g52_q_half_binned", "quantified", g52_q_half_binned),
    ("g52_q_two_each", "quantified", g52_q_two_each),
    ("g52_q_double", "quantified", g52_q_double),
    ("g52_q_until_no_empty_bowl", "quantified", g52_q_until_no_empty_bowl),
    ("g52_neg_if_not_empty", "negated", g52_neg_if_not_empty),
    ("g52_neg_not_nearest", "negated", g52_neg_not_nearest),
    ("g52_neg_couple_not_x", "negated", g52_neg_couple_not_x),
    ("g52_neg_none_on_table", "negated", g52_neg_none_on_table),
    ("g52_neg_one_more_not_from", "negated", g52_neg_one_more_not_from),
    ("g52_neg_until_empty", "negated", g52_neg_until_empty),
    ("g52_rel_if_top_colour", "relative", g52_rel_if_top_colour),
    ("g52_rel_closer_bowl", "relative", g52_rel_closer_bowl),
    ("g52_rel_two_from_table", "relative", g52_rel_two_from_table),
    ("g52_rel_on_block_to_table", "relative", g52_rel_on_block_to_table),
    ("g52_rel_most_one_more", "relative", g52_rel_most_one_more),
    ("g52_rel_unpile", "relative", g52_rel_unpile),
    ("g52_keep_if_on_top", "keep", g52_keep_if_on_top),
    ("g52_keep_more_keep_b", "keep", g52_keep_more_keep_b),
    ("g52_keep_two_into", "keep", g52_keep_two_into),
    ("g52_keep_bin_all_but", "keep", g52_keep_bin_all_but),
    ("g52_keep_one_fewer_table", "keep", g52_keep_one_fewer_table),
    ("g52_keep_while_room", "keep", g52_keep_while_room),
    ("g52_multi_then_if_empty", "multi_step", g52_multi_then_if_empty),
    ("g52_multi_tallest", "multi_step", g52_multi_tallest),
    ("g52_multi_three_then_bin", "multi_step", g52_multi_three_then_bin),
    ("g52_multi_empty_all_then", "multi_step", g52_multi_empty_all_then),
    ("g52_multi_bin_then_one_more", "multi_step", g52_multi_bin_then_one_more),
    ("g52_multi_bin_then_until_three", "multi_step", g52_multi_bin_then_until_three),
    ("g52_ask_if_binned", "question", g52_ask_if_binned),
    ("g52_ask_more_on_table", "question", g52_ask_more_on_table),
    ("g52_ask_half_in_bowls", "question", g52_ask_half_in_bowls),
    ("g52_ask_every_bowl", "question", g52_ask_every_bowl),
    ("g52_ask_how_many_more", "question", g52_ask_how_many_more),
    ("g52_ask_room", "question", g52_ask_room),
    ("g52_match_else_bin", "matching", g52_match_else_bin),
    ("g52_match_fewer_than_two", "matching", g52_match_fewer_than_two),
    ("g52_match_at_least_two", "matching", g52_match_at_least_two),
    ("g52_match_each", "matching", g52_match_each),
    ("g52_match_one_more", "matching", g52_match_one_more),
    ("g52_match_one_by_one", "matching", g52_match_one_by_one),
]
