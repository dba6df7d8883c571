"""A development batch of the language suite (`DEV11`, 80 templates): the harder logical content (relative references,
quantifiers, exclusions and negation, keeping, multi-step sequences with pronouns, declarative goals of several
relations, colour matching, questions), a fifth of it long; written by a tester who had not read the planner, its tests
or the lexicon, run once (0.49, 197 of 400; six templates were wrong robot actions), then developed against; reported
with `DEV9` and `DEV10` as `dev_goal_correct`, never as untuned."""

from __future__ import annotations

import itertools
import math

from benchmarks.planner_language import (
    Check, Made, Template, World, _u_clear_tops, _u_room, answered, binned, both, count_in, kept, matching,
    none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

GRIP = "gripper"
TABLEISH = (TABLE, *PLACES)
GAP = 0.03


# ----- helpers ----------------------------------------------------------------------------------------
def depth(w: World, b: str) -> int:
    """Blocks from the base of b's tower up to b, inclusive."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def can_stack(w: World, x: str, y: str) -> bool:
    return (x != y and depth(w, y) + 1 <= layout.MAX_TOWER and w.state.support[x] != y
            and w.state.base(y) != BIN and y not in w.state.above(x))


def pos(w: World, name: str) -> tuple[float, float, float]:
    return w.scene.get(name).position


def hyp(w: World, name: str, at: tuple[float, float] = (0.0, 0.0)) -> float:
    p = pos(w, name)
    return math.hypot(p[0] - at[0], p[1] - at[1])


def loc(p: str) -> str:
    """'in the middle', 'in the top left corner': where something sits."""
    return f"in the {p}"


def live(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def towers(w: World) -> list[list[str]]:
    """Every tower standing on the table or in a bowl (bottom first), singles included."""
    out = []
    for b in w.blocks:
        if w.state.support[b] in TABLEISH or w.state.support[b] in w.state.bowls:
            out.append([b, *reversed(w.state.above(b))])  # above() lists top first
    return out


def table_stacks(w: World) -> list[list[str]]:
    return [t for t in towers(w) if len(t) >= 2 and w.state.support[t[0]] in TABLEISH]


def the_stack(w: World) -> list[str] | None:
    """The one stack (bottom first) when there is exactly one anywhere, and it stands on the table."""
    ts = [t for t in towers(w) if len(t) >= 2]
    return ts[0] if len(ts) == 1 and w.state.support[ts[0][0]] in TABLEISH else None


def bottom_of(w: World, b: str) -> str:
    while w.state.support[b] in w.state.support:
        b = w.state.support[b]
    return b


def on_tableish(f: SymState, b: str) -> bool:
    return f.support[b] in TABLEISH


def safe(f: SymState, blocks: list[str]) -> bool:
    """None of `blocks` thrown away or left in the gripper."""
    return all(f.base(b) != BIN and f.support[b] != GRIP for b in blocks)


def in_bowls(f: SymState) -> list[str]:
    return [b for b in f.blocks if f.base(b) in f.bowls]


def at_all(blocks: list[str], target: str, rel: str = "in") -> Check:
    return rels(*(Rel(rel, b, target) for b in blocks))


# ===== relative ===========================================================================================
def _r_second_from_right(w: World) -> Made:
    ys = sorted(((w.y(b), b) for b in live(w)), reverse=True)
    if len(ys) < 3 or ys[0][0] - ys[1][0] < GAP or ys[1][0] - ys[2][0] < GAP:
        return None
    x, p = ys[1][1], w.rng.choice(list(PLACES))
    if w.state.base(x) == p:
        return None
    above = w.state.above(x)
    return (f"going along the row of blocks from left to right, the second one from the right-hand end, whichever "
            f"colour it happens to be, needs to go to the {p}",
            lambda _i, f: holds(Rel("at", x, p), f) and safe(f, above))


def _r_far_from_robot_onto(w: World) -> Made:
    ds = sorted(((hyp(w, b), b) for b in live(w)), reverse=True)
    if len(ds) < 3 or ds[0][0] - ds[1][0] < GAP:
        return None
    far = ds[0][1]
    y = w.pick([b for b in w.blocks if can_stack(w, far, b)])
    return (f"stack the block that's furthest away from the robot on top of the {y[0]}",
            rels(Rel("on", far, y[0]))) if y else None


def _r_top_of_tallest(w: World) -> Made:
    ts = sorted(towers(w), key=len, reverse=True)
    if len(ts) < 2 or len(ts[0]) < 2 or len(ts[0]) == len(ts[1]):
        return None
    top = ts[0][-1]
    b = w.pick([o for o in w.bowls if w.state.base(top) != o and _u_room(w, o, top)])
    return (f"take the block at the very top of the tallest tower and drop it in the {b[0]}",
            rels(Rel("in", top, b[0]))) if b else None


def _r_empty_fullest(w: World) -> Made:
    counts = sorted(((len(w.state.in_bowl(b)), b) for b in w.bowls), reverse=True)
    if len(counts) < 2 or counts[0][0] == 0 or counts[0][0] == counts[1][0]:
        return None
    inside = w.state.in_bowl(counts[0][1])
    others = [b for b in w.blocks if b not in inside]
    return "empty whichever bowl has the most blocks into the bin", both(binned(inside), none_binned(others))


def _r_beneath_bin(w: World) -> Made:
    p = w.pick(_u_clear_tops(w))
    if not p:
        return None
    top, below = p[0]
    return (f"throw away the block directly beneath the {top}",
            lambda _i, f: f.base(below) == BIN and safe(f, [top]))


def _r_sitting_on_into(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    top, below = p[0]
    b = w.pick([o for o in w.bowls if w.state.base(below) != o and _u_room(w, o, below)])
    if not b:
        return None
    above = w.state.above(below)
    return (f"put the block that the {top} is sitting on into the {b[0]}",
            lambda _i, f: holds(Rel("in", below, b[0]), f) and safe(f, above))


def _r_loose_to_bin(w: World) -> Made:
    inside = w.in_bowls()
    loose = [b for b in w.blocks if w.state.base(b) in TABLEISH]
    if w.pairs() or not inside or not loose:
        return None  # no stacks: "loose" means lying on the table, not in a bowl
    return "sweep all the loose blocks into the bin but leave the bowls as they are", both(binned(loose), kept(*inside))


def _r_two_closest_to_bowl(w: World) -> Made:
    b = w.pick([o for o in w.bowls if not w.state.in_bowl(o)])
    if not b:
        return None
    ds = sorted((w.dist(x, b[0]), x) for x in live(w))
    if len(ds) < 3 or ds[2][0] - ds[1][0] < GAP:
        return None
    two = [ds[0][1], ds[1][1]]
    return f"put the two blocks closest to the {b[0]} into it", at_all(two, b[0])


def _r_bowl_furthest_from_it(w: World) -> Made:
    x = w.pick(live(w))
    if len(w.bowls) < 2 or not x:
        return None
    ds = sorted(((w.dist(x[0], b), b) for b in w.bowls), reverse=True)
    target = ds[0][1]
    if ds[0][0] - ds[1][0] < GAP or w.state.base(x[0]) == target or not _u_room(w, target, x[0]):
        return None
    return f"put the {x[0]} in whichever bowl is furthest from it", rels(Rel("in", x[0], target))


def _r_left_hand_bowl(w: World) -> Made:
    if len(w.bowls) != 2:
        return None
    ys = sorted((w.y(b), b) for b in w.bowls)
    left = ys[0][1]
    x = w.pick([o for o in live(w) if w.state.base(o) != left])
    if ys[1][0] - ys[0][0] < 0.08 or not x or not _u_room(w, left, x[0]):
        return None
    return f"drop the {x[0]} into the left-hand bowl", rels(Rel("in", x[0], left))


def _r_nearest_bin_onto(w: World) -> Made:
    ds = sorted((hyp(w, b, layout.BIN_CENTER), b) for b in live(w))
    if len(ds) < 3 or ds[1][0] - ds[0][0] < GAP:
        return None
    near = ds[0][1]
    y = w.pick([b for b in w.blocks if can_stack(w, near, b)])
    return (f"whichever block is nearest the bin goes on top of the {y[0]}", rels(Rel("on", near, y[0]))) if y else None


def _r_bottom_of_tower_to(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    x = p[0][0]
    bottom, place = bottom_of(w, x), w.rng.choice(list(PLACES))
    if w.state.base(bottom) == place:
        return None
    above = w.state.above(bottom)
    return (f"move the bottom block of the tower the {x} is in to the {place}",
            lambda _i, f: holds(Rel("at", bottom, place), f) and safe(f, above))


def _r_bowl_closest_to_you(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    ds = sorted((hyp(w, b), b) for b in w.bowls)
    target = ds[0][1]
    x = w.pick([o for o in live(w) if w.state.base(o) != target])
    if ds[1][0] - ds[0][0] < GAP or not x or not _u_room(w, target, x[0]):
        return None
    return f"put the {x[0]} in the bowl that's closest to you", rels(Rel("in", x[0], target))


def _r_other_in_bowl(w: World) -> Made:
    b = w.pick([o for o in w.bowls if len(w.state.in_bowl(o)) == 2
                and all(w.state.support[x] == o for x in w.state.in_bowl(o))])  # side by side, not stacked
    if not b:
        return None
    x, other = w.rng.sample(w.state.in_bowl(b[0]), 2)
    p = w.rng.choice(list(PLACES))
    return (f"take the other block in the {b[0]}, not the {x}, and put it {loc(p)}",
            both(rels(Rel("at", other, p)), kept(x)))


def _r_right_bowl_to_left(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    ys = sorted((w.y(b), b) for b in w.bowls)
    if ys[1][0] - ys[0][0] < 0.08 or ys[-1][0] - ys[-2][0] < 0.08:
        return None
    left, right = ys[0][1], ys[-1][1]
    inside = w.state.in_bowl(right)
    if not inside or not _u_room(w, left, *inside):
        return None
    return "move whatever is in the rightmost bowl over to the leftmost bowl", at_all(inside, left)


def _r_fill_empty_bowl(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    loose = [b for b in w.blocks if w.state.base(b) in TABLEISH]
    if len(w.bowls) < 2 or len(empties) != 1 or len(loose) < 2:
        return None
    inside = w.in_bowls()
    return "fill the empty bowl with two blocks from the table", both(count_in(empties[0], 2), kept(*inside))


# ===== quantified =========================================================================================
def _q_exactly_two_left(w: World) -> Made:
    if w.pairs() or sum(w.state.base(b) in TABLEISH for b in w.blocks) <= 2:
        return None  # no stacks: "on the table" then means one thing
    return ("make it so that exactly two blocks are left on the table",
            lambda _i, f: sum(f.base(b) in TABLEISH for b in f.blocks) == 2 and f.held is None)


def _q_at_least_three_bin(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    return ("at least three blocks need to end up in the bin",
            lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) >= 3)


def _q_one_each_rest_bin(w: World) -> Made:
    n, k = len(w.blocks), len(w.bowls)
    if n <= k:
        return None
    return ("I need every bowl to end up with exactly one block in it, and whatever blocks are left over after that "
            "should all go into the bin, please",
            lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in f.bowls)
            and sum(f.base(b) == BIN for b in f.blocks) == n - k and f.held is None)


def _q_all_but_two(w: World) -> Made:
    n = len(w.blocks)
    if n < 3:
        return None
    return ("get rid of all but two of the blocks",
            lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n - 2 and f.held is None)


def _q_not_in_bowl_to_place(w: World) -> Made:
    outside = [b for b in w.blocks if w.state.base(b) in TABLEISH]
    inside = w.in_bowls()
    p = w.rng.choice(list(PLACES))
    if not 2 <= len(outside) <= 4:
        return None
    return (f"move every block that isn't in a bowl to the {p}",
            both(at_all(outside, p, "at"), lambda i, f: all(f.base(b) == i.base(b) for b in inside)))


def _q_no_tall_towers(w: World) -> Made:
    if not any(len(t) >= 3 for t in table_stacks(w)):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return all(1 + len(f.above(b)) <= 2 for b in f.blocks if f.support[b] in TABLEISH) and safe(f, f.blocks)
    return ("some of these towers are getting too tall for my liking, so make sure no tower on the table is more than "
            "two blocks high, but don't throw anything away", check)


def _q_each_exactly_one_named(w: World) -> Made:
    wv = w.pick(w.bowls, 2)
    if not wv or len(w.blocks) < 2 or all(len(w.state.in_bowl(b)) == 1 for b in wv):
        return None
    return (f"the {wv[0]} and the {wv[1]} should each hold exactly one block",
            both(count_in(wv[0], 1), count_in(wv[1], 1)))


def _q_any_two_on(w: World) -> Made:
    x = w.pick([b for b in w.blocks if w.state.support[b] in TABLEISH and w.state.is_clear(b)])
    if not x or len(w.blocks) < 3:
        return None
    return f"put any two blocks on top of the {x[0]}", lambda _i, f: len(f.above(x[0])) == 2


def _q_three_in_bowls(w: World) -> Made:
    if len(w.blocks) < 3 or len(w.in_bowls()) == 3:
        return None
    return ("I want exactly three blocks in the bowls altogether, it doesn't matter which ones",
            lambda _i, f: len(in_bowls(f)) == 3 and f.held is None)


def _q_stack_into_bowl(w: World) -> Made:
    one = the_stack(w)
    if not one:
        return None
    ts = [one]
    b = w.pick([o for o in w.bowls if _u_room(w, o, *ts[0])])
    return (f"there's a stack of blocks on the table that's in my way; take it apart and put every block from it into "
            f"the {b[0]}, but don't throw any of them away", at_all(ts[0], b[0])) if b else None


def _q_both_from_bowl_onto(w: World) -> Made:
    b = w.pick([o for o in w.bowls if len(w.state.in_bowl(o)) == 2])
    if not b:
        return None
    two = w.state.in_bowl(b[0])
    x = w.pick([o for o in w.blocks if o not in two and w.state.support[o] in TABLEISH and w.state.is_clear(o)])
    return (f"put both blocks from the {b[0]} on top of the {x[0]}",
            lambda _i, f: all(t in f.above(x[0]) for t in two)) if x else None


# ===== negated ============================================================================================
def _n_not_bowl_not_bin(w: World) -> Made:
    x = w.pick([b for b in w.in_bowls() if w.state.is_clear(b)])
    return (f"the {x[0]} shouldn't be in a bowl or in the bin",
            lambda _i, f: f.base(x[0]) in TABLEISH and f.support[x[0]] != GRIP) if x else None


def _n_off_table_not_bin(w: World) -> Made:
    x = w.pick([b for b in w.blocks if w.state.support[b] in TABLEISH])
    return (f"the {x[0]} needs to be off the table, but not in the bin",
            lambda _i, f: f.support[x[0]] not in (*TABLEISH, GRIP) and f.base(x[0]) != BIN) if x else None


def _n_bowl_but_not(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.pick(live(w))
    home = w.state.base(x[0]) if x else None
    not_w = home if home in w.bowls else w.pick(w.bowls)[0]
    if not any(_u_room(w, o, x[0]) for o in w.bowls if o != not_w):
        return None
    return (f"put the {x[0]} in a bowl, just not the {not_w}",
            lambda _i, f: f.base(x[0]) in f.bowls and f.base(x[0]) != not_w and f.support[x[0]] != GRIP)


def _n_on_unbowled_block(w: World) -> Made:
    x = w.pick([b for b in w.clear_blocks()])
    if not x:
        return None
    s = w.state.support[x[0]]
    if s in w.state.support and w.state.base(s) in TABLEISH:
        return None
    if not any(w.state.base(b) in TABLEISH and can_stack(w, x[0], b) for b in w.blocks):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        sup = f.support[x[0]]
        return sup in f.support and f.base(sup) in TABLEISH
    return f"put the {x[0]} on top of a block that isn't in a bowl", check


def _n_bin_unstacked(w: World) -> Made:
    stacked = {b for p in w.pairs() for b in p}
    singles = [b for b in live(w) if b not in stacked]
    if not stacked or not singles:
        return None
    return "bin every block that isn't part of a stack", both(binned(singles), none_binned(sorted(stacked)))


def _n_bin_unmatched(w: World) -> Made:
    bowl_colours = {w.colour(b) for b in w.bowls}
    matched = [b for b in w.blocks if w.colour(b) in bowl_colours]
    unmatched = [b for b in w.blocks if b not in matched]
    if not matched or not unmatched:
        return None
    return ("throw out every block that doesn't match the colour of any bowl",
            both(binned(unmatched), none_binned(matched)))


def _n_no_bin_onto(w: World) -> Made:
    x = w.pick([b for b in w.in_bowls() if w.state.is_clear(b) and w.state.support[b] in w.state.bowls])
    if not x:
        return None
    bowl = w.state.base(x[0])
    y = w.pick([o for o in w.blocks if w.state.base(o) not in (bowl, BIN) and can_stack(w, x[0], o)])
    if not y:
        return None
    return (f"without using the bin, get the {x[0]} out of the {bowl} and onto the {y[0]}",
            both(rels(Rel("on", x[0], y[0])), none_binned(w.blocks)))


def _n_free_standing(w: World) -> Made:
    x = w.pick(sorted({b for p in w.pairs() for b in p}))
    if not x:
        return None
    above = w.state.above(x[0])
    return (f"nothing should be on top of the {x[0]}, and the {x[0]} shouldn't be on top of anything either",
            lambda _i, f: f.is_clear(x[0]) and f.support[x[0]] not in f.support and safe(f, [x[0], *above]))


def _n_apart_from_nothing_in_bowls(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    others = [b for b in w.in_bowls() if b != x[0]]
    if not others:
        return None
    return (f"apart from the {w.colour(x[0])} block, which I want left exactly where it is, nothing should be left in "
            f"any of the bowls, so take the other blocks out",
            lambda i, f: kept(x[0])(i, f) and all(f.base(o) not in f.bowls and f.support[o] != GRIP for o in others))


def _n_clear_except_stack(w: World) -> Made:
    one = the_stack(w)
    if not one:
        return None
    ts = [one]
    rest = [b for b in live(w) if b not in ts[0]]
    return ("clear the table except for the stack", both(binned(rest), kept(*ts[0]))) if rest else None


# ===== keep ===============================================================================================
def _k_leave_stack_put_in(w: World) -> Made:
    one = the_stack(w)
    if not one:
        return None
    ts = [one]
    b = w.pick(w.bowls)
    x = w.pick([o for o in live(w) if o not in ts[0] and w.state.base(o) != b[0]])
    if not x or not _u_room(w, b[0], x[0]):
        return None
    return (f"leave the stack as it is and put the {x[0]} in the {b[0]}",
            both(kept(*ts[0]), rels(Rel("in", x[0], b[0]))))


def _k_only_change(w: World) -> Made:
    xy = w.pick(w.clear_blocks(), 2)
    if not xy or not can_stack(w, xy[0], xy[1]):
        return None
    others = [b for b in w.blocks if b != xy[0]]
    return (f"the only thing that should be different when you're done is that the {xy[0]} ends up sitting on top "
            f"of the {xy[1]}; every other block stays exactly where it is now",
            both(rels(Rel("on", xy[0], xy[1])), kept(*others)))


def _k_stays_rest_out(w: World) -> Made:
    x = w.pick([b for b in w.in_bowls() if w.state.support[b] in w.state.bowls])
    if not x:
        return None
    others = [b for b in w.in_bowls() if b != x[0]]
    if not others:
        return None
    return (f"the {x[0]} stays in the {w.state.base(x[0])} no matter what, but take every other block out of the "
            f"bowls and set them down on the table",
            both(kept(x[0]), rels(*(Rel("on_table", o) for o in others))))


def _k_move_stack_same_order(w: World) -> Made:
    chain = the_stack(w)
    if not chain or len(chain) > 3:
        return None
    p = w.rng.choice(list(PLACES))
    if w.state.base(chain[0]) == p:
        return None
    return (f"I'd like the whole stack moved over to the {p}, but it's important that the blocks end up in exactly "
            f"the same order as they are in now", rels(Rel("stacked", *chain), Rel("at", chain[0], p)))


def _k_bowls_untouched_tower(w: World) -> Made:
    inside = w.in_bowls()
    loose = [b for b in w.blocks if w.state.base(b) in TABLEISH]
    if not inside or not 2 <= len(loose) <= layout.MAX_TOWER or holds(Rel("tower", *loose), w.state):
        return None
    return ("don't touch anything in the bowls, and stack all the blocks on the table into one tower",
            both(kept(*inside), rels(Rel("tower", *loose))))


def _k_keep_on(w: World) -> Made:
    p = w.pick(_u_clear_tops(w))
    if not p:
        return None
    y, z = p[0]
    b = w.pick(w.bowls)
    x = w.pick([o for o in live(w) if o not in (y, z) and z not in w.state.above(o) and w.state.base(o) != b[0]])
    if not x or not _u_room(w, b[0], x[0]):
        return None
    return (f"put the {x[0]} in the {b[0]} but keep the {y} on the {z}",
            rels(Rel("in", x[0], b[0]), Rel("on", y, z)))


def _k_bin_two_keep_bowls(w: World) -> Made:
    inside = w.in_bowls()
    xy = w.pick([b for b in live(w) if b not in inside], 2)
    if not inside or not xy:
        return None
    return (f"throw the {xy[0]} and the {xy[1]} in the bin, and please leave every block that's sitting in a bowl "
            f"exactly where it is, because I've already sorted those", both(binned(xy), kept(*inside)))


def _k_only_touch_bowl(w: World) -> Made:
    b = w.pick([o for o in w.bowls if w.state.in_bowl(o)])
    if not b:
        return None
    inside = w.state.in_bowl(b[0])
    others = [o for o in w.blocks if o not in inside]
    p = w.rng.choice(list(PLACES))
    return (f"only touch what's in the {b[0]}: move those blocks to the {p}",
            both(at_all(inside, p, "at"), kept(*others)))


# ===== multi-step =========================================================================================
def _m_in_its_place_on(w: World) -> Made:
    x = w.pick([b for b in w.in_bowls() if w.state.is_clear(b)])
    if not x:
        return None
    bowl = w.state.base(x[0])
    y = w.pick([o for o in live(w) if w.state.base(o) != bowl and o not in w.state.above(x[0])])
    if not y:
        return None
    return (f"take the {x[0]} out of the {bowl}, put the {y[0]} in its place, and then stack the {x[0]} on top of "
            f"the {y[0]}", rels(Rel("in", y[0], bowl), Rel("on", x[0], y[0])))


def _m_carry_pair(w: World) -> Made:
    xy, p = w.pick(w.blocks, 2), w.rng.choice(list(PLACES))
    if not xy or not can_stack(w, xy[0], xy[1]):
        return None
    want = rels(Rel("on", xy[0], xy[1]), Rel("at", xy[1], p))
    return None if want(w.state, w.state) else (
        f"stack the {xy[0]} on the {xy[1]}, then carry the pair over to the {p}", want)


def _m_there_as_well(w: World) -> Made:
    xy, p = w.pick(live(w), 2), w.rng.choice(list(PLACES))
    if not xy:
        return None
    want = rels(Rel("at", xy[0], p), Rel("at", xy[1], p))
    return None if want(w.state, w.state) else (f"move the {xy[0]} to the {p} and put the {xy[1]} there as well", want)


def _m_do_the_same(w: World) -> Made:
    xyz = w.pick(live(w), 3)
    if not xyz:
        return None
    x, y, z = xyz
    return f"throw the {x} in the bin, then do the same with the {y} and the {z}", binned(xyz)


def _m_off_and_back(w: World) -> Made:
    p = w.pick(_u_clear_tops(w))
    if not p:
        return None
    top, below = p[0]
    b = w.pick([o for o in w.bowls if w.state.base(below) != o and _u_room(w, o, below, top)])
    if not b:
        return None
    return (f"take the {top} off the {below}, put the {below} in the {b[0]}, and then put the {top} back on top of it",
            rels(Rel("in", below, b[0]), Rel("on", top, below)))


def _m_clear_then_bin_it(w: World) -> Made:
    x = w.pick([b for b in live(w) if not w.state.is_clear(b)])
    if not x:
        return None
    above = w.state.above(x[0])
    return (f"clear off the {x[0]} and then throw it in the bin",
            lambda _i, f: f.base(x[0]) == BIN and safe(f, above))


def _m_changed_mind(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.pick(live(w))
    first, second = w.rng.sample(w.bowls, 2)
    if w.state.base(x[0]) == second or not _u_room(w, second, x[0]):
        return None
    return (f"okay so put the {x[0]} in the {first}... actually no wait, sorry, I changed my mind, it should go in "
            f"the {second} instead, my mistake", rels(Rel("in", x[0], second)))


def _m_in_and_top_to_table(w: World) -> Made:
    x = w.pick([b for b in live(w) if not w.state.is_clear(b)])
    if not x:
        return None
    b = w.pick([o for o in w.bowls if w.state.base(x[0]) != o and _u_room(w, o, x[0])])
    if not b:
        return None
    above = w.state.above(x[0])
    return (f"put the {x[0]} in the {b[0]}, and put whatever is on top of it on the table",
            lambda _i, f: holds(Rel("in", x[0], b[0]), f) and all(f.base(a) in TABLEISH and f.support[a] != GRIP
                                                                 for a in above))


def _m_empty_into_then(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    src = w.pick([o for o in w.bowls if w.state.in_bowl(o)])
    if not src:
        return None
    dst = w.pick([o for o in w.bowls if o != src[0]])
    inside = w.state.in_bowl(src[0])
    x = w.pick([o for o in live(w) if o not in inside])
    if not x or not _u_room(w, dst[0], *inside):
        return None
    return (f"empty the {src[0]} into the {dst[0]}, then put the {x[0]} in the {src[0]}",
            both(at_all(inside, dst[0]), rels(Rel("in", x[0], src[0]))))


def _m_little_tower(w: World) -> Made:
    xyz, p = w.pick(w.blocks, 3), w.rng.choice(list(PLACES))
    if not xyz:
        return None
    x, y, z = xyz
    want = rels(Rel("at", x, p), Rel("on", y, x), Rel("on", z, y))
    return None if want(w.state, w.state) else (
        f"pick up the {x} and set it down {loc(p)}, then put the {y} on top of it, and finally put the {z} on top of "
        f"that one so the three of them form a little tower", want)


def _m_two_bin_rest_in(w: World) -> Made:
    b = w.pick(w.bowls)
    xy = w.pick(live(w), 2)
    if not xy:
        return None
    rest = [o for o in live(w) if o not in xy]
    if not rest or len(rest) > layout.BOWL_CAPACITY or all(w.state.base(o) == b[0] for o in rest):
        return None
    if len([o for o in w.state.in_bowl(b[0]) if o not in rest and o not in xy]) + len(rest) > layout.BOWL_CAPACITY:
        return None
    return (f"put the {xy[0]} and the {xy[1]} in the bin and the rest of the blocks in the {b[0]}",
            both(binned(xy), at_all(rest, b[0])))


# ===== declarative ========================================================================================
def _d_three_relations(w: World) -> Made:
    xyz, b, p = w.pick(live(w), 3), w.pick(w.bowls), w.rng.choice(list(PLACES))
    if not xyz:
        return None
    x, y, z = xyz
    if not _u_room(w, b[0], x, y):
        return None
    want = rels(Rel("on", x, y), Rel("in", y, b[0]), Rel("at", z, p))
    return None if want(w.state, w.state) else (
        f"when you're finished I want to see the {x} sitting on the {y}, the {y} inside the {b[0]}, and the {z} over "
        f"{loc(p)}; nothing else matters", want)


def _d_contains_only(w: World) -> Made:
    b, xy = w.pick(w.bowls), w.pick(live(w), 2)
    if not xy or set(w.state.in_bowl(b[0])) == set(xy):
        return None
    removed = [o for o in w.state.in_bowl(b[0]) if o not in xy]
    return (f"when you're done, the {b[0]} should contain only the {xy[0]} and the {xy[1]}",
            lambda _i, f: set(f.in_bowl(b[0])) == set(xy) and safe(f, [*xy, *removed]))


def _d_stacked_at(w: World) -> Made:
    xy, p = w.pick(live(w), 2), w.rng.choice(list(PLACES))
    if not xy:
        return None
    want = rels(Rel("at", xy[0], p), Rel("on", xy[1], xy[0]))
    return None if want(w.state, w.state) else (
        f"the {xy[0]} and the {xy[1]} should be stacked {loc(p)}, with the {xy[1]} on top", want)


def _d_final_arrangement(w: World) -> Made:
    xyz, p = w.pick(w.blocks, 3), w.rng.choice([q for q in PLACES if q != "middle"])  # "y in the middle" is taken
    if not xyz:
        return None
    x, y, z = xyz
    want = rels(Rel("stacked", x, y, z), Rel("at", x, p))
    return None if want(w.state, w.state) else (
        f"final arrangement: {x} at the bottom, {y} in the middle and {z} on top, all {loc(p)}", want)


def _d_different_bowls(w: World) -> Made:
    xy = w.pick(live(w), 2)
    if len(w.bowls) < 2 or not xy:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        a, b = f.base(xy[0]), f.base(xy[1])
        return a in f.bowls and b in f.bowls and a != b and f.held is None
    return None if check(w.state, w.state) else (f"the {xy[0]} and the {xy[1]} should end up in different bowls", check)


def _d_same_bowl(w: World) -> Made:
    xy = w.pick(live(w), 2)
    if not xy or not any(_u_room(w, b, *xy) for b in w.bowls):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return f.base(xy[0]) in f.bowls and f.base(xy[0]) == f.base(xy[1]) and f.held is None
    return None if check(w.state, w.state) else (
        f"the {xy[0]} and the {xy[1]} belong in the same bowl, I don't mind which one", check)


def _d_holds_and_clear(w: World) -> Made:
    y = w.pick([b for b in live(w) if not w.state.is_clear(b)])
    if not y:
        return None
    b = w.pick(w.bowls)
    x = w.pick([o for o in live(w) if o != y[0] and w.state.base(o) != b[0]])
    if not x or not _u_room(w, b[0], x[0]):
        return None
    above = [a for a in w.state.above(y[0]) if a != x[0]]
    return (f"in the end the {b[0]} holds the {x[0]} and nothing is sitting on the {y[0]}",
            lambda _i, f: holds(Rel("in", x[0], b[0]), f) and f.is_clear(y[0]) and safe(f, above))


# ===== matching ===========================================================================================
def _ma_its_matching_bowl(w: World) -> Made:
    by_colour = {w.colour(b): b for b in w.bowls}
    cands = [x for x in live(w) if w.colour(x) in by_colour and w.state.base(x) != by_colour[w.colour(x)]
             and _u_room(w, by_colour[w.colour(x)], x)]
    x = w.pick(cands)
    if not x:
        return None
    return f"pop the {w.colour(x[0])} block into its matching bowl", rels(Rel("in", x[0], by_colour[w.colour(x[0])]))


def _ma_mismatch_all(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    allowed = [[b for b in w.bowls if w.colour(b) != w.colour(x)] for x in w.blocks]
    ok = any(all(list(a).count(b) <= layout.BOWL_CAPACITY for b in w.bowls) for a in itertools.product(*allowed))
    if not ok:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and all(f.base(x) in f.bowls and f.colours[f.base(x)] != f.colours[x] for x in f.blocks)
    return None if check(w.state, w.state) else ("put every block in a bowl that's a different colour from it", check)


def _ma_table_ones_only(w: World) -> Made:
    by_colour = {w.colour(b): b for b in w.bowls}
    inside = w.in_bowls()
    todo = [x for x in w.blocks if w.state.base(x) in TABLEISH and w.colour(x) in by_colour]
    if not todo or not inside:
        return None
    for bowl in set(by_colour[w.colour(x)] for x in todo):
        if not _u_room(w, bowl, *[x for x in todo if by_colour[w.colour(x)] == bowl]):
            return None
    return ("match the blocks on the table to their bowls by colour, and leave the ones that are already in bowls alone",
            both(rels(*(Rel("in", x, by_colour[w.colour(x)]) for x in todo)), kept(*inside)))


def _ma_find_match(w: World) -> Made:
    b = w.pick(w.bowls)
    x = [o for o in live(w) if w.colour(o) == w.colour(b[0]) and w.state.base(o) != b[0]]
    if not x or not _u_room(w, b[0], x[0]):
        return None
    return f"find the block that matches the {b[0]} and put it in there", rels(Rel("in", x[0], b[0]))


def _ma_leftovers_to_place(w: World) -> Made:
    want = matching(w)
    matched = {r.args[0] for r in want}
    left = [b for b in w.blocks if b not in matched]
    p = w.rng.choice(list(PLACES))
    if not want or not 1 <= len(left) <= 4:
        return None
    check = both(rels(*want), at_all(left, p, "at"))
    return None if check(w.state, w.state) else (
        f"could you colour-match the blocks with the bowls for me, and then whatever blocks are left over because "
        f"there's no bowl of their colour, move them all to the {p}", check)


# ===== questions ==========================================================================================
def _qq_sitting_on_which(w: World) -> Made:
    p = w.pick(w.pairs())
    return (f"which block is the {p[0][0]} sitting on?", answered(p[0][1])) if p else None


def _qq_tallest_height(w: World) -> Made:
    if not w.pairs():
        return None
    return "how many blocks tall is the tallest tower?", answered(str(max(len(t) for t in towers(w))))


def _qq_more_in_bowls(w: World) -> Made:
    nin = len(w.in_bowls())
    nout = len(w.blocks) - nin
    if nin == nout:
        return None
    return "are there more blocks in the bowls than outside them?", answered(yes(nin > nout))


def _qq_rightmost_colour(w: World) -> Made:
    ys = sorted(((w.y(b), b) for b in w.blocks), reverse=True)
    if ys[0][0] - ys[1][0] < GAP:
        return None
    return "what colour is the rightmost block?", answered(w.colour(ys[0][1]))


def _qq_every_bowl_some(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    return "does every bowl have at least one block in it?", answered(yes(all(w.state.in_bowl(b) for b in w.bowls)))


def _qq_bottom_of_tower(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    x = p[0][0]
    return f"what's at the bottom of the tower the {x} is in?", answered(bottom_of(w, x))


def _qq_bowl_closest_to(w: World) -> Made:
    x = w.pick([b for b in w.blocks if w.state.base(b) in TABLEISH])
    if len(w.bowls) < 2 or not x:
        return None
    ds = sorted((w.dist(x[0], b), b) for b in w.bowls)
    if ds[1][0] - ds[0][0] < GAP:
        return None
    return f"which bowl is closest to the {x[0]}?", answered(ds[0][1])


def _qq_only_block_in(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x[0])
    return f"is the {x[0]} the only block in the {bowl}?", answered(yes(len(w.state.in_bowl(bowl)) == 1))


def _qq_count_on(w: World) -> Made:
    x = w.pick(w.blocks)
    if w.pairs() and w.rng.random() < 0.6:
        x = [bottom_of(w, w.pick(w.pairs())[0][0])]
    return f"how many blocks are stacked on top of the {x[0]}?", answered(str(len(w.state.above(x[0]))))


def _qq_fullest_colour(w: World) -> Made:
    counts = sorted(((len(w.state.in_bowl(b)), b) for b in w.bowls), reverse=True)
    if len(counts) < 2 or counts[0][0] == 0 or counts[0][0] == counts[1][0]:
        return None
    return "what colour is the bowl with the most blocks in it?", answered(w.colour(counts[0][1]))


def _qq_left_of(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy or abs(w.y(xy[0]) - w.y(xy[1])) < GAP:
        return None
    return f"is the {xy[0]} to the left of the {xy[1]}?", answered(yes(w.y(xy[0]) < w.y(xy[1])))


def _qq_which_have_match(w: World) -> Made:
    bowl_colours = {w.colour(b) for b in w.bowls}
    names = [b for b in w.blocks if w.colour(b) in bowl_colours]
    if not names:
        return None
    return ("I'm trying to figure out the colours here, can you tell me which of the blocks have a bowl of the same "
            "colour as them on the table?", answered("|".join(names)))


DEV11: list[Template] = [
    # relative (16)
    ("the second one from the right-hand end ... to place (long)", "relative", _r_second_from_right),
    ("stack the block furthest away from the robot on top of Y", "relative", _r_far_from_robot_onto),
    ("the block at the very top of the tallest tower into W", "relative", _r_top_of_tallest),
    ("empty whichever bowl has the most blocks into the bin", "relative", _r_empty_fullest),
    ("throw away the block directly beneath X", "relative", _r_beneath_bin),
    ("put the block that X is sitting on into W", "relative", _r_sitting_on_into),
    ("sweep all the loose blocks into the bin but leave the bowls as they are", "relative", _r_loose_to_bin),
    ("put the two blocks closest to W into it", "relative", _r_two_closest_to_bowl),
    ("put X in whichever bowl is furthest from it", "relative", _r_bowl_furthest_from_it),
    ("drop X into the left-hand bowl", "relative", _r_left_hand_bowl),
    ("whichever block is nearest the bin goes on top of Y", "relative", _r_nearest_bin_onto),
    ("move the bottom block of the tower X is in to place", "relative", _r_bottom_of_tower_to),
    ("put X in the bowl that's closest to you", "relative", _r_bowl_closest_to_you),
    ("take the other block in W, not X, and put it at place", "relative", _r_other_in_bowl),
    ("move whatever is in the rightmost bowl over to the leftmost bowl", "relative", _r_right_bowl_to_left),
    ("fill the empty bowl with two blocks from the table", "relative", _r_fill_empty_bowl),
    # quantified (11)
    ("make it so that exactly two blocks are left on the table", "quantified", _q_exactly_two_left),
    ("at least three blocks need to end up in the bin", "quantified", _q_at_least_three_bin),
    ("every bowl exactly one block, left over ones into the bin (long)", "quantified", _q_one_each_rest_bin),
    ("get rid of all but two of the blocks", "quantified", _q_all_but_two),
    ("move every block that isn't in a bowl to place", "quantified", _q_not_in_bowl_to_place),
    ("no tower on the table more than two blocks high (long)", "quantified", _q_no_tall_towers),
    ("W and V should each hold exactly one block", "quantified", _q_each_exactly_one_named),
    ("put any two blocks on top of X", "quantified", _q_any_two_on),
    ("exactly three blocks in the bowls altogether", "quantified", _q_three_in_bowls),
    ("take the stack apart and put every block from it into W (long)", "quantified", _q_stack_into_bowl),
    ("put both blocks from W on top of X", "quantified", _q_both_from_bowl_onto),
    # negated (10)
    ("X shouldn't be in a bowl or in the bin", "negated", _n_not_bowl_not_bin),
    ("X needs to be off the table, but not in the bin", "negated", _n_off_table_not_bin),
    ("put X in a bowl, just not W", "negated", _n_bowl_but_not),
    ("put X on top of a block that isn't in a bowl", "negated", _n_on_unbowled_block),
    ("bin every block that isn't part of a stack", "negated", _n_bin_unstacked),
    ("throw out every block that doesn't match the colour of any bowl", "negated", _n_bin_unmatched),
    ("without using the bin, get X out of W and onto Y", "negated", _n_no_bin_onto),
    ("nothing on top of X, and X not on top of anything either", "negated", _n_free_standing),
    ("apart from the c block (left where it is), nothing left in the bowls (long)", "negated",
     _n_apart_from_nothing_in_bowls),
    ("clear the table except for the stack", "negated", _n_clear_except_stack),
    # keep (8)
    ("leave the stack as it is and put X in W", "keep", _k_leave_stack_put_in),
    ("the only thing different is X on top of Y; every other block stays (long)", "keep", _k_only_change),
    ("X stays in W no matter what, every other block out of the bowls onto the table", "keep", _k_stays_rest_out),
    ("whole stack moved to place, same order (long)", "keep", _k_move_stack_same_order),
    ("don't touch anything in the bowls, stack the blocks on the table into one tower", "keep",
     _k_bowls_untouched_tower),
    ("put X in W but keep Y on Z", "keep", _k_keep_on),
    ("throw X and Y in the bin, leave every block in a bowl where it is (long)", "keep", _k_bin_two_keep_bowls),
    ("only touch what's in W: move those blocks to place", "keep", _k_only_touch_bowl),
    # multi-step (11)
    ("take X out of W, put Y in its place, then stack X on top of Y", "multi_step", _m_in_its_place_on),
    ("stack X on Y, then carry the pair over to place", "multi_step", _m_carry_pair),
    ("move X to place and put Y there as well", "multi_step", _m_there_as_well),
    ("throw X in the bin, then do the same with Y and Z", "multi_step", _m_do_the_same),
    ("take X off Y, put Y in W, then put X back on top of it", "multi_step", _m_off_and_back),
    ("clear off X and then throw it in the bin", "multi_step", _m_clear_then_bin_it),
    ("put X in W... actually no, it should go in V instead (long)", "multi_step", _m_changed_mind),
    ("put X in W, and put whatever is on top of it on the table", "multi_step", _m_in_and_top_to_table),
    ("empty W into V, then put X in W", "multi_step", _m_empty_into_then),
    ("X at place, Y on it, Z on that one: a little tower (long)", "multi_step", _m_little_tower),
    ("put X and Y in the bin and the rest of the blocks in W", "multi_step", _m_two_bin_rest_in),
    # declarative (7)
    ("I want to see X on Y, Y inside W, Z at place (long)", "declarative", _d_three_relations),
    ("when you're done, W should contain only X and Y", "declarative", _d_contains_only),
    ("X and Y should be stacked at place, with Y on top", "declarative", _d_stacked_at),
    ("final arrangement: X at the bottom, Y in the middle and Z on top, all at place", "declarative",
     _d_final_arrangement),
    ("X and Y should end up in different bowls", "declarative", _d_different_bowls),
    ("X and Y belong in the same bowl, I don't mind which one", "declarative", _d_same_bowl),
    ("in the end W holds X and nothing is sitting on Y", "declarative", _d_holds_and_clear),
    # matching (5)
    ("pop the c block into its matching bowl", "matching", _ma_its_matching_bowl),
    ("put every block in a bowl that's a different colour from it", "matching", _ma_mismatch_all),
    ("match the blocks on the table to their bowls, leave the ones in bowls alone", "matching", _ma_table_ones_only),
    ("find the block that matches W and put it in there", "matching", _ma_find_match),
    ("colour-match, then the left-over blocks to place (long)", "matching", _ma_leftovers_to_place),
    # questions (12)
    ("which block is X sitting on?", "question", _qq_sitting_on_which),
    ("how many blocks tall is the tallest tower?", "question", _qq_tallest_height),
    ("are there more blocks in the bowls than outside them?", "question", _qq_more_in_bowls),
    ("what colour is the rightmost block?", "question", _qq_rightmost_colour),
    ("does every bowl have at least one block in it?", "question", _qq_every_bowl_some),
    ("what's at the bottom of the tower X is in?", "question", _qq_bottom_of_tower),
    ("which bowl is closest to X?", "question", _qq_bowl_closest_to),
    ("is X the only block in W?", "question", _qq_only_block_in),
    ("how many blocks are stacked on top of X?", "question", _qq_count_on),
    ("what colour is the bowl with the most blocks in it?", "question", _qq_fullest_colour),
    ("is X to the left of Y?", "question", _qq_left_of),
    ("which of the blocks have a bowl of the same colour (long)", "question", _qq_which_have_match),
]

assert len(DEV11) == 80, len(DEV11)
