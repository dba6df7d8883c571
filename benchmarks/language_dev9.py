"""A development batch of the language suite (`DEV9`, 80 templates): written by a tester who had not read the planner,
its tests or the lexicon, run once (0.55, 221 of 400, no wrong robot action but one template), then developed against;
reported with `DEV10` as `dev_goal_correct`, never as untuned."""

from __future__ import annotations

import math
from collections.abc import Callable

from benchmarks.planner_language import (
    Made, Template, World, _m_still, _p_on_table, _u_room, answered, binned, both, count_in, empty, kept,
    matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds

GRIP = "gripper"
TABLEISH = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def depth(w: World, b: str) -> int:
    """Blocks from the base of b's tower up to b, inclusive."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def can_stack(w: World, x: str, y: str) -> bool:
    return depth(w, y) + 1 <= layout.MAX_TOWER and w.state.support[x] != y and w.state.base(y) != BIN


def fmtd(world: World, fmt: str, **names: str) -> str:
    cols = {f"c{k}": world.colour(v) for k, v in names.items() if v in world.state.colours}
    return fmt.format(**names, **cols)


def _in(fmt: str) -> Callable[[World], Made]:
    """{x} block, {w} bowl; {cx}/{cw} their colours."""
    def make(w: World) -> Made:
        b = w.pick(w.bowls)
        x = w.pick([o for o in w.blocks if b and w.state.base(o) != b[0]])
        if not b or not x or not _u_room(w, b[0], x[0]):
            return None
        return fmtd(w, fmt, x=x[0], w=b[0]), rels(Rel("in", x[0], b[0]))
    return make


def _on(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        xy = w.pick(w.blocks, 2)
        if not xy or not can_stack(w, xy[0], xy[1]):
            return None
        return fmtd(w, fmt, x=xy[0], y=xy[1]), rels(Rel("on", xy[0], xy[1]))
    return make


def _at(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x, p = w.pick(w.blocks), w.rng.choice(list(PLACES))
        if w.state.base(x[0]) == p:
            return None
        return fmtd(w, fmt, x=x[0], p=p), rels(Rel("at", x[0], p))
    return make


def _bin(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x = w.pick([o for o in w.blocks if w.state.base(o) != BIN])
        return (fmtd(w, fmt, x=x[0]), binned(x)) if x else None
    return make


def _bin_all(text: str) -> Callable[[World], Made]:
    return lambda w: (text, binned(w.blocks))


def pos(w: World, name: str) -> tuple[float, float, float]:
    return w.scene.get(name).position


def towers(w: World) -> list[list[str]]:
    """Every tower standing on the table or in a bowl (bottom first), height >= 1."""
    out = []
    for b in w.blocks:
        if w.state.support[b] in TABLEISH or w.state.support[b] in w.state.bowls:
            chain = [b]
            while True:
                up = w.state.on_top(chain[-1])
                if not up:
                    break
                chain.append(up[0])
            out.append(chain)
    return out


def not_moved_away(f, b: str, frm: str) -> bool:
    return f.support[b] not in (frm, GRIP) and f.base(b) != BIN


# ----- imperative -------------------------------------------------------------------------------------
def _v_return_table(w: World) -> Made:
    x = w.pick([b for b in w.blocks if w.state.is_clear(b) and not _p_on_table(w, b) and w.state.base(b) != BIN])
    return (f"return the {x[0]} to the table", rels(Rel("on_table", x[0]))) if x else None


def _v_unload(w: World) -> Made:
    full = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not full:
        return None
    inside = w.state.in_bowl(full[0])
    return (f"unload the {full[0]} onto the table",
            lambda _i, f: not f.in_bowl(full[0]) and all(f.base(b) in TABLEISH and f.support[b] != GRIP
                                                           for b in inside))


# ----- declarative ------------------------------------------------------------------------------------
def _v_sits_and_on(w: World) -> Made:
    xy, p = w.pick(w.blocks, 2), w.rng.choice(list(PLACES))
    if not xy:
        return None
    want = rels(Rel("at", xy[0], p), Rel("on", xy[1], xy[0]))
    if want(w.state, w.state):
        return None
    return f"the {xy[0]} sits at the {p} and the {xy[1]} sits on it", want


# ----- quantified -------------------------------------------------------------------------------------
def _v_two_of_into(w: World) -> Made:
    b = w.pick([o for o in w.bowls if not w.state.in_bowl(o)])
    if not b or len(w.blocks) < 2:
        return None
    return f"put two of the blocks into the {b[0]}", count_in(b[0], 2)


def _v_any_three_tower(w: World) -> Made:
    if len(w.blocks) < 3 or any(len(t) >= 3 and w.state.support[t[0]] in TABLEISH for t in towers(w)):
        return None

    def check(_i, f) -> bool:
        for b in f.blocks:
            if f.support[b] in TABLEISH:
                n, cur = 1, b
                while f.on_top(cur):
                    cur, n = f.on_top(cur)[0], n + 1
                if n == 3:
                    return True
        return False
    return "stack any three blocks into a tower", check


def _v_both_in_bin(w: World) -> Made:
    b = w.pick([o for o in w.bowls if len(w.state.in_bowl(o)) == 2])
    if not b:
        return None
    return f"both blocks in the {b[0]} should go in the bin", binned(w.state.in_bowl(b[0]))


def _v_just_one_any(w: World) -> Made:
    b = w.pick([o for o in w.bowls if not w.state.in_bowl(o)])
    return (f"drop just one block, any one, into the {b[0]}", count_in(b[0], 1)) if b else None


def _v_both_bowls(w: World) -> Made:
    if len(w.bowls) != 2 or all(w.state.in_bowl(b) for b in w.bowls):
        return None
    return "both bowls need at least one block", lambda _i, f: all(f.in_bowl(b) for b in f.bowls)


def _v_no_more_than_two_table(w: World) -> Made:
    on_t = [b for b in w.blocks if w.state.base(b) in TABLEISH]
    if len(on_t) <= 2:
        return None
    return ("no more than two blocks should be left lying on the table",
            lambda _i, f: sum(f.base(b) in TABLEISH for b in f.blocks) <= 2 and f.held is None)


def _v_stacked_come_down(w: World) -> Made:
    tops = [t for t, _ in w.pairs()]
    if not tops:
        return None
    return ("every block that's stacked on another block should come down onto the table",
            lambda _i, f: all(f.support[t] in TABLEISH for t in tops))


# ----- negated ----------------------------------------------------------------------------------------
def _v_doesnt_belong(w: World) -> Made:
    p = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not p:
        return None
    top, below = p[0]
    return f"the {top} doesn't belong on the {below}", lambda _i, f: not_moved_away(f, top, below)


def _v_nothing_but(w: World) -> Made:
    b = w.pick([o for o in w.bowls if w.state.in_bowl(o)])
    if not b:
        return None
    inside = w.state.in_bowl(b[0])
    x = w.pick(w.blocks)
    if set(inside) == {x[0]}:
        return None
    others = [o for o in inside if o != x[0]]
    return (f"nothing but the {x[0]} should be in the {b[0]}",
            lambda _i, f: set(f.in_bowl(b[0])) == {x[0]} and f.support[x[0]] != GRIP
            and all(f.base(o) != BIN for o in others))


def _v_empty_no_throw(w: World) -> Made:
    b = w.pick([o for o in w.bowls if w.state.in_bowl(o)])
    if not b:
        return None
    return (f"empty the {b[0]} but don't throw anything away",
            both(empty(b[0]), none_binned(w.blocks), lambda _i, f: f.held is None))


def _v_neither_nor(w: World) -> Made:
    b = w.pick([o for o in w.bowls if len(w.state.in_bowl(o)) >= 2])
    if not b:
        return None
    xy = w.pick(w.state.in_bowl(b[0]), 2)
    return (f"neither the {xy[0]} nor the {xy[1]} should be in the {b[0]}",
            lambda _i, f: all(f.base(x) not in (b[0], BIN, GRIP) for x in xy))


def _v_dont_stack_on(w: World) -> Made:
    x = w.pick([b for b in w.blocks if w.state.is_clear(b) and w.state.base(b) != BIN])
    yz = w.pick([b for b in w.blocks if x and b != x[0]], 2)
    if not x or not yz or not can_stack(w, yz[0], yz[1]):
        return None
    return (f"don't stack anything on the {x[0]}; put the {yz[0]} on the {yz[1]}",
            rels(Rel("on", yz[0], yz[1]), Rel("clear", x[0])))


def _v_minus(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b != x[0]]
    return f"bin the lot, minus the {x[0]}", both(binned(others), none_binned(x))


def _v_anywhere_but(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x[0])
    return (f"the {x[0]} should be anywhere but the {bowl}",
            lambda _i, f: f.base(x[0]) not in (bowl, GRIP))


# ----- keep -------------------------------------------------------------------------------------------
def _v_leave_bowl_alone(w: World) -> Made:
    b = w.pick([o for o in w.bowls if w.state.in_bowl(o)])
    if not b:
        return None
    inside = w.state.in_bowl(b[0])
    x = w.pick([o for o in w.blocks if o not in inside])
    if not x:
        return None
    return (f"leave the {b[0]} alone and put the {x[0]} in the bin",
            both(kept(*inside), binned(x), lambda _i, f: set(f.in_bowl(b[0])) == set(inside)))


def _v_keeping(w: World) -> Made:
    x = w.pick(_m_still(w))
    yz = w.pick([b for b in w.blocks if x and b != x[0]], 2)
    if not x or not yz or not can_stack(w, yz[0], yz[1]):
        return None
    return (f"move the {yz[0]} onto the {yz[1]}, keeping the {x[0]} right where it is",
            both(kept(x[0]), rels(Rel("on", yz[0], yz[1]))))


def _v_else_stays_put(w: World) -> Made:
    x, p = w.pick(w.clear_blocks()), w.rng.choice(list(PLACES))
    if not x or w.state.base(x[0]) == p:
        return None
    others = [b for b in w.blocks if b != x[0]]
    return (f"everything else stays put, just put the {x[0]} at the {p}",
            both(kept(*others), rels(Rel("at", x[0], p))))


def _v_bin_table_keep_bowls(w: World) -> Made:
    inside = w.in_bowls()
    loose = [b for b in w.blocks if w.state.base(b) in TABLEISH]
    if not inside or not loose or any(w.state.support[b] not in TABLEISH for b in loose):
        return None
    return ("bin every block on the table but leave whatever's in the bowls where it is",
            both(binned(loose), kept(*inside)))


def _v_without_disturbing(w: World) -> Made:
    b = w.pick(w.bowls)
    x = w.pick([o for o in w.clear_blocks() if b and w.state.base(o) != b[0]])
    if not b or not x or not _u_room(w, b[0], x[0]):
        return None
    others = [o for o in w.blocks if o != x[0]]
    return (f"without disturbing anything else, drop the {x[0]} into the {b[0]}",
            both(kept(*others), rels(Rel("in", x[0], b[0]))))


def _v_fine_where(w: World) -> Made:
    x, b = w.pick(_m_still(w)), w.pick(w.bowls)
    y = w.pick([o for o in w.blocks if x and b and o != x[0] and w.state.base(o) != b[0]])
    if not x or not b or not y or not _u_room(w, b[0], y[0]):
        return None
    return (f"the {x[0]} is fine where it is \u2014 just move the {y[0]} into the {b[0]}",
            both(kept(x[0]), rels(Rel("in", y[0], b[0]))))


def _v_staying(w: World) -> Made:
    xy = w.pick(_m_still(w), 2)
    rest = [b for b in w.blocks if b not in xy]
    if not xy or not rest:
        return None
    return (f"the {xy[0]} and the {xy[1]} are staying; bin the rest", both(kept(*xy), binned(rest)))


# ----- relative ---------------------------------------------------------------------------------------
def _v_on_its_own(w: World) -> Made:
    alone = [b for b in w.blocks if w.state.support[b] in TABLEISH and w.state.is_clear(b)]
    b = w.pick(w.bowls)
    if len(alone) != 1 or not b or not _u_room(w, b[0], alone[0]):
        return None
    return f"move the block that's on its own on the table into the {b[0]}", rels(Rel("in", alone[0], b[0]))


def _v_tallest_stack(w: World) -> Made:
    ts = sorted(towers(w), key=len, reverse=True)
    if len(ts) < 2 or len(ts[0]) < 2 or len(ts[0]) == len(ts[1]) or len(ts[0]) >= layout.MAX_TOWER:
        return None
    x = w.pick([b for b in w.blocks if b not in ts[0]])
    if not x:
        return None
    top = ts[0][-1]
    return f"put the {x[0]} on top of the tallest stack", rels(Rel("on", x[0], top))


def _v_bowl_nearest_bin(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bx, by = layout.BIN_CENTER
    ds = sorted((math.hypot(pos(w, b)[0] - bx, pos(w, b)[1] - by), b) for b in w.bowls)
    target = ds[0][1]
    x = w.pick([o for o in w.blocks if w.state.base(o) != target])
    if ds[1][0] - ds[0][0] < 0.03 or not x or not _u_room(w, target, x[0]):
        return None
    return f"put the {x[0]} in the bowl nearest the bin", rels(Rel("in", x[0], target))


def _v_closest_to_you(w: World) -> Made:
    ds = sorted((math.hypot(pos(w, b)[0], pos(w, b)[1]), b) for b in w.blocks)
    if ds[1][0] - ds[0][0] < 0.03:
        return None
    return "throw the block closest to you in the bin", binned([ds[0][1]])


def _v_empty_bowl(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(w.bowls) < 2 or len(empties) != 1:
        return None
    x = w.pick(w.blocks)
    return f"put the {x[0]} in the empty bowl", rels(Rel("in", x[0], empties[0]))


def _v_other_bowl(w: World) -> Made:
    if len(w.bowls) != 2:
        return None
    x = w.pick(w.in_bowls())
    if not x:
        return None
    other = next(b for b in w.bowls if b != w.state.base(x[0]))
    if not _u_room(w, other, x[0]):
        return None
    return f"move the {x[0]} into the other bowl", rels(Rel("in", x[0], other))


def _v_same_bowl_as(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x[0])
    y = w.pick([o for o in w.blocks if w.state.base(o) != bowl])
    if not y or not _u_room(w, bowl, y[0]):
        return None
    return f"put the {y[0]} in the same bowl as the {x[0]}", rels(Rel("in", y[0], bowl))


def _v_highest(w: World) -> Made:
    zs = sorted(((pos(w, b)[2], b) for b in w.blocks), reverse=True)
    if zs[0][0] - zs[1][0] < 0.02:
        return None
    return "bin the highest block", binned([zs[0][1]])


def _v_closer_of_two(w: World) -> Made:
    if len(w.bowls) != 2:
        return None
    x = w.pick([b for b in w.blocks if w.state.base(b) in TABLEISH])
    if not x:
        return None
    ds = sorted((w.dist(x[0], b), b) for b in w.bowls)
    if ds[1][0] - ds[0][0] < 0.03 or not _u_room(w, ds[0][1], x[0]):
        return None
    return f"put the {x[0]} in the closer of the two bowls", rels(Rel("in", x[0], ds[0][1]))


# ----- multi-step -------------------------------------------------------------------------------------
def _v_carry_and_set(w: World) -> Made:
    xy, p = w.pick(w.blocks, 2), w.rng.choice(list(PLACES))
    if not xy:
        return None
    want = rels(Rel("at", xy[0], p), Rel("on", xy[1], xy[0]))
    if want(w.state, w.state):
        return None
    return f"grab the {xy[0]}, carry it to the {p}, and set the {xy[1]} on top of it", want


def _v_steps(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz or not can_stack(w, xyz[0], xyz[1]):
        return None
    x, y, z = xyz
    if x in w.state.above(z) or y in w.state.above(z):
        return None
    return (f"step 1: {x} on {y}. step 2: {z} in the bin.", both(rels(Rel("on", x, y)), binned([z])))


def _v_out_place_in_its_place(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x[0])
    y = w.pick([o for o in w.blocks if w.state.base(o) != bowl])
    p = w.rng.choice(list(PLACES))
    if not y:
        return None
    return (f"take the {x[0]} out of the {bowl}, put it at the {p}, then put the {y[0]} in the {bowl} in its place",
            rels(Rel("at", x[0], p), Rel("in", y[0], bowl)))


def _v_clear_off_then(w: World) -> Made:
    y = w.pick([b for b in w.blocks if not w.state.is_clear(b)])
    b = w.pick(w.bowls)
    if not y or not b or w.state.base(y[0]) == b[0]:
        return None
    above = w.state.above(y[0])
    if not _u_room(w, b[0], y[0]):
        return None
    return (f"before you do anything else, clear everything off the {y[0]}; then put the {y[0]} in the {b[0]}",
            lambda _i, f: holds(Rel("in", y[0], b[0]), f) and holds(Rel("clear", y[0]), f)
            and all(f.base(a) != BIN and f.support[a] != GRIP for a in above))


def _v_three_clauses(w: World) -> Made:
    xyz, p = w.pick(w.blocks, 3), w.rng.choice(list(PLACES))
    if not xyz:
        return None
    x, y, z = xyz
    return (f"put the {x} in the bin, move the {y} to the {p}, and finish by putting the {z} on the {y}",
            both(binned([x]), rels(Rel("at", y, p), Rel("on", z, y))))


def _v_where_was(w: World) -> Made:
    y = w.pick(w.in_bowls())
    if not y:
        return None
    bowl = w.state.base(y[0])
    x = w.pick([o for o in w.blocks if w.state.base(o) != bowl])
    if not x:
        return None
    return (f"put the {y[0]} in the bin and the {x[0]} where the {y[0]} was",
            both(binned(y), rels(Rel("in", x[0], bowl))))


def _v_then_the(w: World) -> Made:
    xyz, p = w.pick(w.blocks, 3), w.rng.choice(list(PLACES))
    if not xyz:
        return None
    x, y, z = xyz
    want = rels(Rel("at", x, p), Rel("at", y, p), Rel("at", z, p))
    if want(w.state, w.state):
        return None
    return f"move the {x} to the {p}. then the {y}. then the {z}.", want


def _v_out_of_the_way(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz or not can_stack(w, xyz[1], xyz[2]):
        return None
    x, y, z = xyz
    return (f"once the {x} is out of the way (just bin it), stack the {y} on the {z}",
            both(binned([x]), rels(Rel("on", y, z))))


def _v_while_at_it(w: World) -> Made:
    b = w.pick(w.bowls)
    x = w.pick([o for o in w.blocks if b and w.state.base(o) != b[0]])
    y = w.pick([o for o in w.blocks if x and o != x[0]])
    if not b or not x or not y or not _u_room(w, b[0], x[0]):
        return None
    return (f"put the {x[0]} in the {b[0]}, and while you're at it, toss the {y[0]}",
            both(rels(Rel("in", x[0], b[0])), binned(y)))


# ----- questions --------------------------------------------------------------------------------------
def _v_q_same_bowl(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    y = w.pick([o for o in w.in_bowls() if o != x[0]] if w.rng.random() < 0.6 else [o for o in w.blocks if o != x[0]])
    if not y:
        return None
    same = w.state.base(x[0]) == w.state.base(y[0])
    return f"are the {x[0]} and the {y[0]} in the same bowl?", answered(yes(same))


def _v_q_which_empty(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(w.bowls) < 2 or len(empties) != 1:
        return None
    return "which bowl is empty?", answered(empties[0])


def _v_q_colour_of_bowl(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    return f"what colour is the bowl the {x[0]} is in?", answered(w.colour(w.state.base(x[0])))


def _v_q_bowls_with_something(w: World) -> Made:
    return "how many bowls have something in them?", answered(str(sum(bool(w.state.in_bowl(b)) for b in w.bowls)))


def _v_q_bowl_matches(w: World) -> Made:
    x = w.pick(w.blocks)
    flag = any(w.colour(b) == w.colour(x[0]) for b in w.bowls)
    return f"do any of the bowls match the colour of the {x[0]}?", answered(yes(flag))


def _v_q_closest_to_bowl(w: World) -> Made:
    b = w.pick([o for o in w.bowls if not w.state.in_bowl(o)])
    if not b:
        return None
    ds = sorted((w.dist(x, b[0]), x) for x in w.blocks)
    if ds[1][0] - ds[0][0] < 0.03:
        return None
    return f"which cube is closest to the {b[0]}?", answered(ds[0][1])


def _v_q_bowl_colours(w: World) -> Made:
    return "what colours are the bowls?", answered("|".join(w.colour(b) for b in w.bowls))


def _v_q_how_many_colour(w: World) -> Made:
    present = [w.colour(b) for b in w.blocks]
    if w.rng.random() < 0.5:
        c = w.rng.choice(present)
    else:
        absent = [c for c in layout.COLOURS if c not in present]
        c = w.rng.choice(absent)
    return f"how many {c} blocks do you see?", answered(str(present.count(c)))


# ----- matching ---------------------------------------------------------------------------------------
def _v_sort_bin_rest(w: World) -> Made:
    want = matching(w)
    matched = {r.args[0] for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or all(holds(r, w.state) for r in want):
        return None
    return ("sort the cubes into the same-coloured bowls, and bin whatever doesn't have a match",
            both(rels(*want), binned(rest)))


def _v_match_rest_stay(w: World) -> Made:
    want = matching(w)
    todo = [r.args[0] for r in want if not holds(r, w.state)]
    if not todo:
        return None
    matched = {r.args[0] for r in want}
    moving = set(todo)
    for t in todo:
        moving |= set(w.state.above(t))
    still = [b for b in w.blocks if b not in matched and b not in moving]
    if not still:
        return None
    return ("any block whose colour matches a bowl goes in that bowl; everything else stays put",
            both(rels(*want), kept(*still)))


def _v_and_so_on(w: World) -> Made:
    want = matching(w)
    todo = [r for r in want if not holds(r, w.state)]
    if len(want) < 2 or not todo:
        return None
    c = w.colour(todo[0].args[0])
    return f"the {c} block goes with the {c} bowl, and so on for the rest", rels(*want)


DEV9: list[Template] = [
    # imperative (12)
    ("transport X to place", "imperative", _at("transport the {x} to the {p}")),
    ("deliver X to W, please", "imperative", _in("deliver the {x} to the {w}, please")),
    ("nestle the c cube into the d bowl", "imperative", _in("nestle the {cx} cube into the {cw} bowl")),
    ("perch X on top of Y", "imperative", _on("perch the {x} on top of the {y}")),
    ("stow X away in W", "imperative", _in("stow the {x} away in the {w}")),
    ("dispose of X", "imperative", _bin("dispose of the {x}")),
    ("ferry the c block across to place", "imperative", _at("ferry the {cx} block across to the {p}")),
    ("return X to the table", "imperative", _v_return_table),
    ("carefully position X on Y", "imperative", _on("carefully position the {x} on the {y}")),
    ("Hi! Whenever you get a moment, could you possibly take X and place it inside W? ...", "imperative",
     _in("Hi! Whenever you get a moment, could you possibly take the {x} and place it inside the {w}? "
         "Thank you so much!")),
    ("c block -> d bowl", "imperative", _in("{cx} block -> {cw} bowl")),
    ("unload W onto the table", "imperative", _v_unload),
    # declarative (7)
    ("X needs a home in W", "declarative", _in("the {x} needs a home in the {w}")),
    ("X's spot is on top of Y", "declarative", _on("the {x}'s spot is on top of the {y}")),
    ("X is meant to be at place", "declarative", _at("the {x} is meant to be at the {p}")),
    ("Y should have X sitting on it", "declarative", _on("the {y} should have the {x} sitting on it")),
    ("X is headed for the bin", "declarative", _bin("the {x} is headed for the bin")),
    ("by the end the c cube should be resting inside the d bowl", "declarative",
     _in("by the end the {cx} cube should be resting inside the {cw} bowl")),
    ("X sits at place and Y sits on it", "declarative", _v_sits_and_on),
    # desiderative (7)
    ("it'd make my day if X were on Y", "desiderative", _on("it'd make my day if the {x} were on the {y}")),
    ("I was hoping X could sit in W", "desiderative", _in("I was hoping the {x} could sit in the {w}")),
    ("do you think you could get X over to place?", "desiderative",
     _at("do you think you could get the {x} over to the {p}?")),
    ("would it be possible to have X stacked on top of Y?", "desiderative",
     _on("would it be possible to have the {x} stacked on top of the {y}?")),
    ("if you don't mind, I'd like X binned", "desiderative", _bin("if you don't mind, I'd like the {x} binned")),
    ("in a perfect world X would be in W", "desiderative", _in("in a perfect world the {x} would be in the {w}")),
    ("hey so I kind of need X on Y, if that's ok?", "desiderative",
     _on("hey so I kind of need the {x} on the {y}, if that's ok?")),
    # quantified (7)
    ("put two of the blocks into W", "quantified", _v_two_of_into),
    ("stack any three blocks into a tower", "quantified", _v_any_three_tower),
    ("both blocks in W should go in the bin", "quantified", _v_both_in_bin),
    ("drop just one block, any one, into W", "quantified", _v_just_one_any),
    ("both bowls need at least one block", "quantified", _v_both_bowls),
    ("no more than two blocks should be left lying on the table", "quantified", _v_no_more_than_two_table),
    ("every block that's stacked on another block should come down onto the table", "quantified",
     _v_stacked_come_down),
    # negated (8)
    ("don't put X in the bin, put it in W", "negated", _in("don't put the {x} in the bin, put it in the {w}")),
    ("X doesn't belong on Y", "negated", _v_doesnt_belong),
    ("nothing but X should be in W", "negated", _v_nothing_but),
    ("empty W but don't throw anything away", "negated", _v_empty_no_throw),
    ("neither X nor Y should be in W", "negated", _v_neither_nor),
    ("don't stack anything on X; put Y on Z", "negated", _v_dont_stack_on),
    ("bin the lot, minus X", "negated", _v_minus),
    ("X should be anywhere but W", "negated", _v_anywhere_but),
    # keep (7)
    ("leave W alone and put X in the bin", "keep", _v_leave_bowl_alone),
    ("move Y onto Z, keeping X right where it is", "keep", _v_keeping),
    ("everything else stays put, just put X at place", "keep", _v_else_stays_put),
    ("bin every block on the table but leave whatever's in the bowls where it is", "keep", _v_bin_table_keep_bowls),
    ("without disturbing anything else, drop X into W", "keep", _v_without_disturbing),
    ("X is fine where it is -- just move Y into W", "keep", _v_fine_where),
    ("X and Y are staying; bin the rest", "keep", _v_staying),
    # relative (9)
    ("the block that's on its own on the table into W", "relative", _v_on_its_own),
    ("X on top of the tallest stack", "relative", _v_tallest_stack),
    ("X in the bowl nearest the bin", "relative", _v_bowl_nearest_bin),
    ("throw the block closest to you in the bin", "relative", _v_closest_to_you),
    ("X in the empty bowl", "relative", _v_empty_bowl),
    ("move X into the other bowl", "relative", _v_other_bowl),
    ("Y in the same bowl as X", "relative", _v_same_bowl_as),
    ("bin the highest block", "relative", _v_highest),
    ("X in the closer of the two bowls", "relative", _v_closer_of_two),
    # multi-step (9)
    ("grab X, carry it to place, and set Y on top of it", "multi_step", _v_carry_and_set),
    ("step 1: X on Y. step 2: Z in the bin.", "multi_step", _v_steps),
    ("take X out of W, put it at place, then put Y in W in its place", "multi_step", _v_out_place_in_its_place),
    ("before you do anything else, clear everything off Y; then put Y in W", "multi_step", _v_clear_off_then),
    ("X in the bin, Y to place, and finish by putting Z on Y", "multi_step", _v_three_clauses),
    ("put Y in the bin and X where Y was", "multi_step", _v_where_was),
    ("move X to place. then Y. then Z.", "multi_step", _v_then_the),
    ("once X is out of the way (just bin it), stack Y on Z", "multi_step", _v_out_of_the_way),
    ("put X in W, and while you're at it, toss Y", "multi_step", _v_while_at_it),
    # questions (8)
    ("are X and Y in the same bowl?", "question", _v_q_same_bowl),
    ("which bowl is empty?", "question", _v_q_which_empty),
    ("what colour is the bowl X is in?", "question", _v_q_colour_of_bowl),
    ("how many bowls have something in them?", "question", _v_q_bowls_with_something),
    ("do any of the bowls match the colour of X?", "question", _v_q_bowl_matches),
    ("which cube is closest to W?", "question", _v_q_closest_to_bowl),
    ("what colours are the bowls?", "question", _v_q_bowl_colours),
    ("how many c blocks do you see?", "question", _v_q_how_many_colour),
    # matching (3)
    ("same-coloured bowls, and bin whatever doesn't have a match", "matching", _v_sort_bin_rest),
    ("any block whose colour matches a bowl goes in that bowl; everything else stays put", "matching",
     _v_match_rest_stay),
    ("the c block goes with the c bowl, and so on for the rest", "matching", _v_and_so_on),
    # loose (3)
    ("clean up this mess", "loose", _bin_all("clean up this mess")),
    ("I'm done with X, you can throw it away", "loose", _bin("I'm done with the {x}, you can throw it away")),
    ("wipe the table clean", "loose", _bin_all("wipe the table clean")),
]

assert len(DEV9) == 80, len(DEV9)

