"""A development batch of the language suite (`DEV12`, 80 templates): eight imagined users (a roboticist, a child, a
busy parent, an elderly user, a non-native speaker, a gamer, a lab technician, a teacher) ten requests each; written by
a tester who had not read the planner, its tests, the lexicon or any other batch, run once (0.79, 315 of 400, no wrong
robot action), then developed against; reported with `DEV9` to `DEV11` as `dev_goal_correct`, never as untuned."""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.planner_language import (
    BIN, PLACES, TABLE, Made, Template, World, answered, binned, both, count_in, empty, kept, matching,
    none_binned, rels, yes,
)
from sim.core import layout
from sim.core.relations import Rel, holds

CAP = layout.BOWL_CAPACITY
ON_TABLE = (TABLE, *PLACES)
MIDDLE = layout.PLACES["middle"]


# ----- helpers --------------------------------------------------------------------------------------
def _free(w: World, bowl: str) -> int:
    return CAP - len(w.state.in_bowl(bowl))


def _below(w: World, b: str) -> list[str]:
    """Blocks under b in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _depth(w: World, b: str) -> int:
    return 1 + len(_below(w, b))


def _tower(w: World, b: str) -> set[str]:
    return {b, *_below(w, b), *w.state.above(b)}


def _alone(w: World, b: str) -> bool:
    return len(_tower(w, b)) == 1


def _can_stack(w: World, tops: list[str], y: str) -> bool:
    """Tops can be piled on y (in order) within tower and bowl limits, none of them under y."""
    if y in tops or any(t in _below(w, y) for t in tops):
        return False
    if _depth(w, y) + len(tops) > layout.MAX_TOWER:
        return False
    base = w.state.base(y)
    if base == BIN:
        return False
    if base in w.state.bowls:
        new = [t for t in tops if w.state.base(t) != base]
        if _free(w, base) < len(new):
            return False
    return True


def _pos(w: World, b: str) -> tuple[float, float]:
    p = w.scene.get(b).position
    return p[0], p[1]


def _d(p: tuple[float, float], q: tuple[float, float]) -> float:
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5


def _unique_best(w: World, cands: list[str], key: Callable[[str], float]) -> str | None:
    """The candidate with the smallest key, if it stands alone (no tower) and wins by 3 cm."""
    ranked = sorted((key(b), b) for b in cands)
    if len(ranked) < 2 or ranked[1][0] - ranked[0][0] < 0.03:
        return None
    best = ranked[0][1]
    return best if _alone(w, best) else None


def _in(x: str, b: str) -> Rel:
    return Rel("in", x, b)


def _on(x: str, y: str) -> Rel:
    return Rel("on", x, y)


def _at(x: str, p: str) -> Rel:
    return Rel("at", x, p)


def _no_stacks(_i, f) -> bool:
    return not any(s in f.support for s in f.support.values())


def _all_none_binned(_i, f) -> bool:
    return all(f.base(b) != BIN for b in f.blocks)


def _bowl_colours(w: World) -> set[str]:
    return {w.colour(b) for b in w.bowls}


# generic factories
def _put_in(fmt: str, colour_only: bool = False) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        b = w.pick([o for o in w.bowls if _free(w, o) >= 1])
        if not b:
            return None
        x = w.pick([o for o in w.blocks if w.state.base(o) != b[0]])
        if not x:
            return None
        if colour_only and w.colour(x[0]) in _bowl_colours(w):
            return None
        return fmt.format(x=x[0], w=b[0], c=w.colour(x[0]), d=w.colour(b[0])), rels(_in(x[0], b[0]))
    return make


def _put_on(fmt: str, unique_colours: bool = False) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        xy = w.pick(w.blocks, 2)
        x, y = xy
        if w.state.support[x] == y or not _can_stack(w, [x], y):
            return None
        if unique_colours and {w.colour(x), w.colour(y)} & _bowl_colours(w):
            return None
        return fmt.format(x=x, y=y, c=w.colour(x), d=w.colour(y)), rels(_on(x, y))
    return make


def _put_at(fmt: str, places: tuple[str, ...] = tuple(PLACES), alias: dict[str, str] | None = None) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x, p = w.pick(w.blocks)[0], w.rng.choice(list(places))
        if w.state.base(x) == p:
            return None
        pp = (alias or {}).get(p, p)
        return fmt.format(x=x, p=pp, c=w.colour(x)), rels(_at(x, p))
    return make


def _put_bin(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x = w.pick([o for o in w.blocks if w.state.base(o) != BIN])
        return (fmt.format(x=x[0], c=w.colour(x[0])), binned(x)) if x else None
    return make


def _match(text: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        want = matching(w)
        if not want or all(holds(r, w.state) for r in want):
            return None
        for r in want:
            if w.state.base(r.block) != r.target and _free(w, r.target) < 1:
                return None
        return text, rels(*want)
    return make


# ----- A: roboticist ----------------------------------------------------------------------------------
def _z_a_stack3(w: World) -> Made:
    abc = w.pick(w.blocks, 3)
    if not abc:
        return None
    a, b, c = abc
    if holds(Rel("stacked", a, b, c), w.state):
        return None
    ca, cb, cc = (w.colour(o) for o in abc)
    return f"stack the {ca}, {cb} and {cc} blocks bottom to top", rels(Rel("stacked", a, b, c))


def _z_a_reset(w: World) -> Made:
    if all(w.state.support[b] in ON_TABLE for b in w.blocks):
        return None
    return ("reset: all blocks back on the table",
            lambda _i, f: all(f.support[b] in ON_TABLE for b in f.blocks))


def _z_a_discard_not_in_bowl(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return "discard every block that isn't in a bowl", both(binned(outside), none_binned(inside))


def _z_a_q_clear(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    if w.pairs() and w.rng.random() < 0.5:
        x = w.pick(w.pairs())[0][1]
    return f"is the {x} clear?", answered(yes(w.state.is_clear(x)))


def _z_a_hold_fixed(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    x, y = xy
    p = w.rng.choice(list(PLACES))
    if x in w.state.above(y) or w.state.base(y) == p:
        return None
    return f"hold the {x} fixed; move the {y} to the {p}", both(kept(x), rels(_at(y, p)))


# ----- B: child ------------------------------------------------------------------------------------------
def _z_b_all_in_bowl(w: World) -> Made:
    b = w.pick(w.bowls)[0]
    if len(w.blocks) > CAP or all(w.state.base(o) == b for o in w.blocks):
        return None
    return f"put all the blocks in the {b}", rels(*(_in(o, b) for o in w.blocks))


def _z_b_big_tower(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None

    def one_tower(_i, f) -> bool:
        bottoms = [b for b in f.blocks if f.support[b] not in f.support]
        return len(bottoms) == 1 and f.base(bottoms[0]) != BIN and len(f.above(bottoms[0])) == len(f.blocks) - 1

    if one_tower(None, w.state):
        return None
    return "make a big tower with all the blocks", one_tower


def _z_b_q_where(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    s = w.state.support[x]
    return (f"wheres the {w.colour(x)} block??",
            answered(f"the {s}" if s not in ON_TABLE else "on the table"))


def _z_b_not_bin(w: World) -> Made:
    b = w.pick([o for o in w.bowls if _free(w, o) >= 1])
    if not b:
        return None
    x = w.pick([o for o in w.blocks if w.state.base(o) != b[0]])
    if not x:
        return None
    return f"dont put the {x[0]} in the bin, put it in the {b[0]}", rels(_in(x[0], b[0]))


def _z_b_take_out(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    return f"take the {x[0]} out of the bowl", lambda _i, f: f.base(x[0]) in ON_TABLE


def _z_b_q_any_in(w: World) -> Made:
    b = w.pick(w.bowls)[0]
    return f"is there a block in the {b}?", answered(yes(bool(w.state.in_bowl(b))))


def _z_b_two_on_top(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    if not _can_stack(w, [x, z], y) or (w.state.support[x] == y and w.state.support[z] == x):
        return None
    cx, cy, cz = (w.colour(o) for o in xyz)
    return (f"put the {cx} block on top of the {cy} block and the {cz} block on top of that",
            rels(_on(x, y), _on(z, x)))


# ----- C: busy parent --------------------------------------------------------------------------------
def _z_c_bin_the_bowled(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    outside = [b for b in w.blocks if b not in inside]
    return "all the blocks in the bowls need to go in the bin", both(binned(inside), none_binned(outside))


def _z_c_in_then_bin(w: World) -> Made:
    b = w.pick([o for o in w.bowls if _free(w, o) >= 1])
    if not b:
        return None
    xy = w.pick([o for o in w.blocks if w.state.base(o) != b[0]], 2)
    if not xy:
        return None
    x, y = xy
    return f"put the {x} in the {b[0]}, then bin the {y}", both(rels(_in(x, b[0])), binned([y]))


def _z_c_leave_bin_rest(w: World) -> Made:
    x = w.pick([o for o in w.blocks if w.state.support[o] not in w.state.support])[0]
    others = [o for o in w.blocks if o != x]
    return f"leave the {x}, bin the rest", both(binned(others), kept(x))


def _z_c_empty(w: World) -> Made:
    full = w.pick([o for o in w.bowls if w.state.in_bowl(o)])
    return (f"empty the {full[0]}", empty(full[0])) if full else None


def _z_c_q_which_bowl(w: World) -> Made:
    x = w.pick(w.in_bowls())
    return (f"which bowl is the {x[0]} in?", answered(f"the {w.state.base(x[0])}")) if x else None


def _z_c_no_stacking(w: World) -> Made:
    if not w.pairs():
        return None
    return "no stacking please, nothing should be sitting on top of anything", both(_no_stacks, _all_none_binned)


def _z_c_top_of_stack(w: World) -> Made:
    tops = [b for b in w.blocks if w.state.is_clear(b) and w.state.support[b] in w.state.support]
    if len(tops) != 1:
        return None
    return "move the top block of the stack to the middle", rels(_at(tops[0], "middle"))


# ----- D: elderly user ---------------------------------------------------------------------------------
def _z_d_q_bowls(w: World) -> Made:
    return "Could you tell me how many bowls there are on the table?", answered(str(len(w.bowls)))


def _z_d_nearest_to_block(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    cands = [o for o in w.blocks if o not in _tower(w, x)]
    best = _unique_best(w, cands, lambda o: _d(_pos(w, o), _pos(w, x)))
    if not best:
        return None
    return f"Please put the block nearest to the {x} into the bin.", binned([best])


def _z_d_dont_move_into(w: World) -> Made:
    b = w.pick([o for o in w.bowls if _free(w, o) >= 1])
    if not b:
        return None
    xy = w.pick(w.blocks, 2)
    x, y = xy
    if w.state.base(y) == b[0] or x in w.state.above(y):
        return None
    return (f"Please don't move the {x}; I'd like the {y} put into the {b[0]}.",
            both(kept(x), rels(_in(y, b[0]))))


def _z_d_afterwards_too(w: World) -> Made:
    b = w.pick([o for o in w.bowls if _free(w, o) >= 2])
    if not b:
        return None
    xy = w.pick([o for o in w.blocks if w.state.base(o) != b[0]], 2)
    if not xy:
        return None
    return (f"Kindly put the {xy[0]} in the {b[0]}, and afterwards put the {xy[1]} in there as well.",
            rels(_in(xy[0], b[0]), _in(xy[1], b[0])))


def _z_d_all_in_bowls(w: World) -> Made:
    if len(w.blocks) > CAP * len(w.bowls) or len(w.in_bowls()) == len(w.blocks):
        return None
    return ("I'd like all of the blocks to be in the bowls, please.",
            lambda _i, f: all(f.base(b) in f.bowls for b in f.blocks))


def _z_d_q_in(w: World) -> Made:
    b = w.pick(w.bowls)[0]
    x = w.pick(w.blocks)[0]
    if w.state.in_bowl(b) and w.rng.random() < 0.5:
        x = w.pick(w.state.in_bowl(b))[0]
    return f"Is the {x} in the {b}, dear?", answered(yes(w.state.base(x) == b))


# ----- E: non-native speaker ------------------------------------------------------------------------------
_REVERSED = {"top left corner": "left top corner", "top right corner": "right top corner",
             "bottom left corner": "left bottom corner", "bottom right corner": "right bottom corner"}


def _z_e_two_each(w: World) -> Made:
    if len(w.blocks) < 2 * len(w.bowls):
        return None
    if all(len(w.state.in_bowl(b)) == 2 for b in w.bowls):
        return None
    return "put two block in each bowl", both(*(count_in(b, 2) for b in w.bowls))


def _z_e_which_is_on(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    top, below = p[0]
    return f"the block which is on the {below}, put it in the bin", binned([top])


def _z_e_not_move_only(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    if x in w.state.above(y) or x in w.state.above(z) or w.state.support[y] == z or not _can_stack(w, [y], z):
        return None
    return f"not move the {x}, only put the {y} on the {z}", both(kept(x), rels(_on(y, z)))


def _z_e_q_count(w: World) -> Made:
    b = w.pick(w.bowls)[0]
    return f"how many block are in the {b}?", answered(str(len(w.state.in_bowl(b))))


def _z_e_first_after(w: World) -> Made:
    b = w.pick([o for o in w.bowls if _free(w, o) >= 2])
    if not b:
        return None
    xy = w.pick([o for o in w.blocks if w.state.base(o) != b[0]], 2)
    if not xy:
        return None
    x, y = xy
    return (f"first you put {x} inside {b[0]}, after you put {y} on top of it",
            rels(_in(x, b[0]), _on(y, x)))


# ----- F: gamer ------------------------------------------------------------------------------------------
def _z_f_one_each(w: World) -> Made:
    if len(w.blocks) < len(w.bowls) or all(len(w.state.in_bowl(b)) == 1 for b in w.bowls):
        return None
    return "ok new objective: every bowl gets exactly one block", both(*(count_in(b, 1) for b in w.bowls))


def _z_f_no_bowled(w: World) -> Made:
    if not w.in_bowls():
        return None
    return "objective: no blocks in any of the bowls", lambda _i, f: not any(f.in_bowl(b) for b in f.bowls)


def _z_f_tower_then(w: World) -> Made:
    abc = w.pick(w.blocks, 3)
    if not abc or holds(Rel("stacked", *abc), w.state):
        return None
    a, b, c = abc
    return (f"build a tower: {a} at the bottom, then {b}, then {c} on top",
            rels(Rel("stacked", a, b, c)))


def _z_f_q_on_top(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    if w.pairs() and w.rng.random() < 0.6:
        x = w.pick(w.pairs())[0][1]
    up = w.state.on_top(x)
    return f"what's on top of the {x}?", answered(f"the {up[0]}" if up else "nothing")


def _z_f_closest_middle(w: World) -> Made:
    best = _unique_best(w, w.blocks, lambda o: _d(_pos(w, o), MIDDLE))
    return ("put the block closest to the middle in the bin", binned([best])) if best else None


def _z_f_keep_dump(w: World) -> Made:
    x = w.pick([o for o in w.blocks if w.state.support[o] in w.state.bowls])
    if not x:
        return None
    b = w.state.support[x[0]]
    others = [o for o in w.blocks if o != x[0]]
    return (f"keep the {x[0]} in the {b} and dump everything else",
            both(rels(_in(x[0], b)), none_binned(x), binned(others)))


# ----- G: lab technician ---------------------------------------------------------------------------------
def _z_g_final_config(w: World) -> Made:
    b = w.pick([o for o in w.bowls if _free(w, o) >= 1])
    if not b:
        return None
    x = w.pick([o for o in w.blocks if w.state.base(o) != b[0]])
    if not x:
        return None
    y = w.pick([o for o in w.blocks if o != x[0]])[0]
    return (f"Final configuration: {x[0]} in the {b[0]}, {y} in the bin.",
            both(rels(_in(x[0], b[0])), binned([y])))


def _z_g_dispose_two(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    c1, c2 = w.colour(xy[0]), w.colour(xy[1])
    return f"Dispose of the {c1} and {c2} blocks.", binned(xy)


def _z_g_exactly_two(w: World) -> Made:
    b = w.pick(w.bowls)[0]
    if len(w.state.in_bowl(b)) == 2:
        return None
    return f"Ensure the {b} contains exactly two blocks.", count_in(b, 2)


def _z_g_remove_to_table(w: World) -> Made:
    full = w.pick([o for o in w.bowls if w.state.in_bowl(o)])
    if not full:
        return None
    inside = w.state.in_bowl(full[0])
    return (f"Remove all blocks from the {full[0]} and place them on the table.",
            both(empty(full[0]), lambda _i, f: all(f.base(b) in ON_TABLE for b in inside)))


def _z_g_no_touch_onto(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    if x in w.state.above(y) or x in w.state.above(z) or w.state.support[y] == z or not _can_stack(w, [y], z):
        return None
    return f"Do not touch the {x}. Move the {y} onto the {z}.", both(kept(x), rels(_on(y, z)))


def _z_g_q_stacked(w: World) -> Made:
    return ("Report how many blocks are currently stacked on top of other blocks.",
            answered(str(len(w.pairs()))))


def _z_g_leftmost(w: World) -> Made:
    best = _unique_best(w, w.blocks, lambda o: _pos(w, o)[1])
    return ("Place the leftmost block in the bin.", binned([best])) if best else None


def _z_g_steps(w: World) -> Made:
    b = w.pick([o for o in w.bowls if _free(w, o) >= 1])
    if not b:
        return None
    xy = w.pick([o for o in w.blocks if w.state.base(o) != b[0]], 2)
    if not xy:
        return None
    x, y = xy
    p = w.rng.choice(list(PLACES))
    if w.state.base(y) == p:
        return None
    return (f"Step 1: put the {x} in the {b[0]}. Step 2: move the {y} to the {p}.",
            rels(_in(x, b[0]), _at(y, p)))


# ----- H: teacher ----------------------------------------------------------------------------------------
def _z_h_q_colour_in(w: World) -> Made:
    b = w.pick([o for o in w.bowls if len(w.state.in_bowl(o)) == 1])
    if not b:
        return None
    return f"What colour is the block in the {b[0]}?", answered(w.colour(w.state.in_bowl(b[0])[0]))


def _z_h_table_into(w: World) -> Made:
    if any(w.state.base(s) in ON_TABLE for _t, s in w.pairs()):
        return None  # no towers on the table: "sitting on the table" is then plain
    loose = [o for o in w.blocks if w.state.support[o] in ON_TABLE]
    b = w.pick([o for o in w.bowls if _free(w, o) >= len(loose)])
    if not loose or not b:
        return None
    return (f"Put every block that's sitting on the table into the {b[0]}.",
            rels(*(_in(o, b[0]) for o in loose)))


def _z_h_q_on_table(w: World) -> Made:
    x = w.pick([o for o in w.blocks if w.state.support[o] not in w.state.support])
    if not x:
        return None
    return f"Is the {x[0]} on the table?", answered(yes(w.state.support[x[0]] in ON_TABLE))


def _z_h_bin_touch_nothing(w: World) -> Made:
    x = w.pick([o for o in w.blocks if w.state.is_clear(o)])
    if not x:
        return None
    others = [o for o in w.blocks if o != x[0]]
    return f"Put the {x[0]} in the bin, but don't touch anything else.", both(binned(x), kept(*others))


def _z_h_block_in_to(w: World) -> Made:
    src = w.pick([o for o in w.bowls if len(w.state.in_bowl(o)) == 1])
    if not src:
        return None
    dst = w.pick([o for o in w.bowls if o != src[0] and _free(w, o) >= 1])
    if not dst:
        return None
    x = w.state.in_bowl(src[0])[0]
    return f"Move the block that is in the {src[0]} to the {dst[0]}.", rels(_in(x, dst[0]))


def _z_h_not_on_any_more(w: World) -> Made:
    p = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not p:
        return None
    x, y = p[0]
    return (f"The {x} shouldn't be on the {y} anymore, put it on the table instead.",
            rels(Rel("on_table", x)))


DEV12: list[Template] = [
    # A roboticist
    ("place c block in d bowl (no articles)", "imperative", _put_in("place {c} block in {d} bowl")),
    ("pick up X and place it on Y", "imperative", _put_on("pick up the {x} and place it on the {y}")),
    ("goal: X on Y", "declarative", _put_on("goal: {x} on {y}")),
    ("stack the a, b and c blocks bottom to top", "multi_step", _z_a_stack3),
    ("reset: all blocks back on the table", "loose", _z_a_reset),
    ("discard every block that isn't in a bowl", "negated", _z_a_discard_not_in_bowl),
    ("is X clear?", "question", _z_a_q_clear),
    ("assign each block to the bowl of matching colour", "matching",
     _match("assign each block to the bowl of matching colour")),
    ("hold X fixed; move Y to place", "keep", _z_a_hold_fixed),
    ("X needs to end up at place", "declarative", _put_at("{x} needs to end up at the {p}")),
    # B child
    ("can u put the c one in W", "imperative", _put_in("can u put the {c} one in the {w}", colour_only=True)),
    ("i want X on Y!!", "desiderative", _put_on("i want the {x} on the {y}!!")),
    ("put all the blocks in W", "quantified", _z_b_all_in_bowl),
    ("make a big tower with all the blocks", "quantified", _z_b_big_tower),
    ("put the c blok on the d blok (typo)", "imperative", _put_on("put the {c} blok on the {d} blok")),
    ("wheres the c block??", "question", _z_b_q_where),
    ("dont put X in the bin, put it in W", "negated", _z_b_not_bin),
    ("take X out of the bowl", "loose", _z_b_take_out),
    ("is there a block in W?", "question", _z_b_q_any_in),
    ("c on top of d and e on top of that", "multi_step", _z_b_two_on_top),
    # C busy parent
    ("c block in W, quick", "imperative", _put_in("{c} block in the {w}, quick")),
    ("just throw X away", "imperative", _put_bin("just throw the {x} away")),
    ("everything in the bin please, we're done", "loose", lambda w: ("everything in the bin please, we're done",
                                                                      binned(w.blocks))),
    ("all the blocks in the bowls need to go in the bin", "quantified", _z_c_bin_the_bowled),
    ("put X in W, then bin Y", "multi_step", _z_c_in_then_bin),
    ("leave X, bin the rest", "keep", _z_c_leave_bin_rest),
    ("empty W", "loose", _z_c_empty),
    ("which bowl is X in?", "question", _z_c_q_which_bowl),
    ("no stacking please, nothing on top of anything", "negated", _z_c_no_stacking),
    ("move the top block of the stack to the middle", "relative", _z_c_top_of_stack),
    # D elderly
    ("Would you be so kind as to place X into W, please?", "imperative",
     _put_in("Would you be so kind as to place the {x} into the {w}, please?")),
    ("I would like X to be put on top of Y, if you don't mind", "desiderative",
     _put_on("I would like the {x} to be put on top of the {y}, if you don't mind.")),
    ("Please could you move X over to the place of the table", "imperative",
     _put_at("Please could you move the {x} over to the {p} of the table.")),
    ("X should really be in the bin, I think", "declarative", _put_bin("The {x} should really be in the bin, I think.")),
    ("Could you tell me how many bowls there are on the table?", "question", _z_d_q_bowls),
    ("the block nearest to X into the bin", "relative", _z_d_nearest_to_block),
    ("Please don't move X; I'd like Y put into W", "keep", _z_d_dont_move_into),
    ("put X in W, and afterwards put Y in there as well", "multi_step", _z_d_afterwards_too),
    ("I'd like all of the blocks to be in the bowls", "quantified", _z_d_all_in_bowls),
    ("Is X in W, dear?", "question", _z_d_q_in),
    # E non-native
    ("please put c block to d bowl", "imperative", _put_in("please put {c} block to {d} bowl")),
    ("make the X to be on the Y", "declarative", _put_on("make the {x} to be on the {y}")),
    ("I want that the X is in the bin", "desiderative", _put_bin("I want that the {x} is in the bin")),
    ("put two block in each bowl", "quantified", _z_e_two_each),
    ("move X at the left top corner (reversed)", "imperative",
     _put_at("move the {x} at the {p}", tuple(_REVERSED), _REVERSED)),
    ("the block which is on Y, put it in the bin", "relative", _z_e_which_is_on),
    ("not move X, only put Y on Z", "keep", _z_e_not_move_only),
    ("how many block are in W?", "question", _z_e_q_count),
    ("first you put X inside W, after you put Y on top of it", "multi_step", _z_e_first_after),
    ("put each block in bowl with same color", "matching", _match("put each block in bowl with same color")),
    # F gamer
    ("yeet X into the bin", "imperative", _put_bin("yeet the {x} into the bin")),
    ("stack c on d lol", "imperative", _put_on("stack {c} on {d} lol", unique_colours=True)),
    ("ok new objective: every bowl gets exactly one block", "quantified", _z_f_one_each),
    ("i need X in the place asap", "desiderative", _put_at("i need the {x} in the {p} asap")),
    ("objective: no blocks in any of the bowls", "negated", _z_f_no_bowled),
    ("sort the blocks by colour into the bowls", "matching", _match("sort the blocks by colour into the bowls")),
    ("build a tower: a at the bottom, then b, then c on top", "multi_step", _z_f_tower_then),
    ("what's on top of X?", "question", _z_f_q_on_top),
    ("put the block closest to the middle in the bin", "relative", _z_f_closest_middle),
    ("keep X in W and dump everything else", "keep", _z_f_keep_dump),
    # G lab technician
    ("Transfer X to W.", "imperative", _put_in("Transfer the {x} to the {w}.")),
    ("Position X at the place.", "imperative", _put_at("Position the {x} at the {p}.")),
    ("Final configuration: X in W, Y in the bin.", "declarative", _z_g_final_config),
    ("Dispose of the c1 and c2 blocks.", "quantified", _z_g_dispose_two),
    ("Ensure W contains exactly two blocks.", "quantified", _z_g_exactly_two),
    ("Remove all blocks from W and place them on the table.", "loose", _z_g_remove_to_table),
    ("Do not touch X. Move Y onto Z.", "keep", _z_g_no_touch_onto),
    ("Report how many blocks are stacked on top of other blocks.", "question", _z_g_q_stacked),
    ("Place the leftmost block in the bin.", "relative", _z_g_leftmost),
    ("Step 1: put X in W. Step 2: move Y to place.", "multi_step", _z_g_steps),
    # H teacher
    ("Let's put X into W, shall we?", "imperative", _put_in("Let's put the {x} into the {w}, shall we?")),
    ("Can you show me how to stack X on top of Y?", "imperative",
     _put_on("Can you show me how to stack the {x} on top of the {y}?")),
    ("Now, X goes in W.", "declarative", _put_in("Now, the {x} goes in the {w}.")),
    ("What colour is the block in W?", "question", _z_h_q_colour_in),
    ("Put every block that's sitting on the table into W.", "quantified", _z_h_table_into),
    ("Is X on the table?", "question", _z_h_q_on_table),
    ("Everyone to their matching bowl", "matching",
     _match("Everyone to their matching bowl: each block goes into the bowl of the same colour.")),
    ("Put X in the bin, but don't touch anything else.", "keep", _z_h_bin_touch_nothing),
    ("Move the block that is in W to V.", "relative", _z_h_block_in_to),
    ("X shouldn't be on Y anymore, put it on the table instead", "negated", _z_h_not_on_any_more),
]
assert len(DEV12) == 80, len(DEV12)
