"""A development batch of the language suite (`DEV10`, 80 templates): telegraphic English of non-native speakers,
one typo each, a researcher's scripted tasks, spoken transcription and ordinary requests; written by a tester who had
not read the planner, its tests or the lexicon, run once (0.595, 238 of 400, no wrong robot action), then developed
against; reported with `DEV9` as `dev_goal_correct`, never as untuned."""

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

COLOUR_TYPO = {"red": "rde", "green": "gren", "blue": "bleu", "yellow": "yelow", "orange": "ornage",
               "purple": "purpel", "pink": "pnik", "cyan": "cyna", "white": "whtie"}
PLACE_TYPO = {"top left corner": "top left conrer", "top right corner": "top rigth corner",
              "bottom left corner": "botom left corner", "bottom right corner": "bottom right coner",
              "middle": "midle"}


# ----- helpers ----------------------------------------------------------------------------------------
def depth(w: World, b: str) -> int:
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def can_stack(w: World, x: str, y: str) -> bool:
    return (depth(w, y) + 1 <= layout.MAX_TOWER and w.state.support[x] != y and w.state.base(y) != BIN
            and y not in w.state.above(x))


def fmtd(world: World, fmt: str, **names: str) -> str:
    cols = {f"c{k}": world.colour(v) for k, v in names.items() if v in world.state.colours}
    typo = {f"t{k}": COLOUR_TYPO[world.colour(v)] for k, v in names.items() if v in world.state.colours}
    ptypo = {f"t{k}": PLACE_TYPO[v] for k, v in names.items() if v in PLACE_TYPO}
    return fmt.format(**names, **cols, **typo, **ptypo)


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


def _bin_all_except(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x = w.pick(w.blocks)
        others = [b for b in w.blocks if b != x[0]]
        return fmtd(w, fmt, x=x[0]), both(binned(others), none_binned(x))
    return make


def _match(text: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        want = [r for r in matching(w) if not holds(r, w.state)]
        return (text, rels(*matching(w))) if want else None
    return make


def _count_in(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        b = w.pick(w.bowls)
        return (fmtd(w, fmt, w=b[0]), answered(str(len(w.state.in_bowl(b[0]))))) if b else None
    return make


def _two_bin(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        xy = w.pick([o for o in w.blocks if w.state.base(o) != BIN], 2)
        return (fmtd(w, fmt, x=xy[0], y=xy[1]), binned(xy)) if xy else None
    return make


def _keep_then_bin(fmt: str) -> Callable[[World], Made]:
    """x stays exactly where it is, y goes in the bin."""
    def make(w: World) -> Made:
        x = w.pick(_m_still(w))
        y = w.pick([o for o in w.blocks if x and o != x[0]])
        if not x or not y:
            return None
        return fmtd(w, fmt, x=x[0], y=y[0]), both(kept(x[0]), binned(y))
    return make


def _keep_then_in(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x, b = w.pick(_m_still(w)), w.pick(w.bowls)
        y = w.pick([o for o in w.blocks if x and b and o != x[0] and w.state.base(o) != b[0]])
        if not x or not b or not y or not _u_room(w, b[0], y[0]):
            return None
        return fmtd(w, fmt, x=x[0], y=y[0], w=b[0]), both(kept(x[0]), rels(Rel("in", y[0], b[0])))
    return make


def _keep_bin_rest(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x = w.pick(_m_still(w))
        others = [b for b in w.blocks if x and b != x[0]]
        if not x or not others:
            return None
        return fmtd(w, fmt, x=x[0]), both(kept(x[0]), binned(others))
    return make


def _in_then_on(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
        if not xy or not b or not _u_room(w, b[0], xy[0], xy[1]):
            return None
        want = rels(Rel("in", xy[0], b[0]), Rel("on", xy[1], xy[0]))
        if want(w.state, w.state):
            return None
        return fmtd(w, fmt, x=xy[0], y=xy[1], w=b[0]), want
    return make


def _at_then_on(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        xy, p = w.pick(w.blocks, 2), w.rng.choice(list(PLACES))
        if not xy:
            return None
        want = rels(Rel("at", xy[0], p), Rel("on", xy[1], xy[0]))
        if want(w.state, w.state):
            return None
        return fmtd(w, fmt, x=xy[0], y=xy[1], p=p), want
    return make


def _bin_then_in(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
        if not xy or not b or not _u_room(w, b[0], xy[1]):
            return None
        want = both(binned([xy[0]]), rels(Rel("in", xy[1], b[0])))
        return fmtd(w, fmt, x=xy[0], y=xy[1], w=b[0]), want
    return make


def _where(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x = w.pick(w.blocks)
        s = w.state.support[x[0]]
        return fmtd(w, fmt, x=x[0]), answered(f"the {s}" if s not in TABLEISH else "on the table")
    return make


def _is_on_q(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        xy = w.pick(w.blocks, 2)
        if w.pairs() and w.rng.random() < 0.5:
            xy = list(w.pick(w.pairs())[0])
        return fmtd(w, fmt, x=xy[0], y=xy[1]), answered(yes(w.state.support[xy[0]] == xy[1]))
    return make


def _off_bowl_to_table(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x = w.pick([b for b in w.in_bowls() if w.state.is_clear(b)])
        if not x:
            return None
        return fmtd(w, fmt, x=x[0], w=w.state.base(x[0])), rels(Rel("on_table", x[0]))
    return make


def _to_table(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x = w.pick([b for b in w.blocks if w.state.is_clear(b) and not _p_on_table(w, b) and w.state.base(b) != BIN])
        return (fmtd(w, fmt, x=x[0]), rels(Rel("on_table", x[0]))) if x else None
    return make


def _empty_no_bin(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        b = w.pick([o for o in w.bowls if w.state.in_bowl(o)])
        if not b:
            return None
        return (fmtd(w, fmt, w=b[0]), both(empty(b[0]), none_binned(w.blocks), lambda _i, f: f.held is None))
    return make


def _all_into(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        b = w.pick(w.bowls)
        if not b or len(w.blocks) > layout.BOWL_CAPACITY or all(w.state.base(o) == b[0] for o in w.blocks):
            return None
        return fmtd(w, fmt, w=b[0]), rels(*(Rel("in", o, b[0]) for o in w.blocks))
    return make


def _two_into_empty(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        b = w.pick([o for o in w.bowls if not w.state.in_bowl(o)])
        if not b or len(w.blocks) < 2:
            return None
        return fmtd(w, fmt, w=b[0]), count_in(b[0], 2)
    return make


def _two_in(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
        if not xy or not b or not _u_room(w, b[0], *xy) or all(w.state.base(o) == b[0] for o in xy):
            return None
        return fmtd(w, fmt, x=xy[0], y=xy[1], w=b[0]), rels(Rel("in", xy[0], b[0]), Rel("in", xy[1], b[0]))
    return make


# ----- templates with their own logic -------------------------------------------------------------------
def _x_t_top_of_to_bin(w: World) -> Made:
    p = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not p:
        return None
    top, below = p[0]
    return f"block on top of {w.colour(below)} block, put in bin", binned([top])


def _x_t_most_near(w: World) -> Made:
    b, p = w.pick(w.bowls), w.rng.choice(list(PLACES))
    if not b:
        return None
    ds = sorted((w.dist(x, b[0]), x) for x in w.blocks if w.state.base(x) != b[0])
    if len(ds) < 2 or ds[1][0] - ds[0][0] < 0.03 or w.state.base(ds[0][1]) == p:
        return None
    return f"the block most near to {w.colour(b[0])} bowl put to {p}", rels(Rel("at", ds[0][1], p))


def _x_r_goal_in_table(w: World) -> Made:
    b = w.pick(w.bowls)
    y = w.pick([o for o in w.blocks if w.state.support[o] not in TABLEISH and w.state.base(o) != BIN])
    x = w.pick([o for o in w.blocks if b and y and o != y[0] and w.state.base(o) != b[0]])
    if not b or not x or not y or not _u_room(w, b[0], x[0]):
        return None
    return (fmtd(w, "goal: {cx} block in {cw} bowl; {cy} block on table", x=x[0], y=y[0], w=b[0]),
            rels(Rel("in", x[0], b[0]), Rel("on_table", y[0])))


def _x_r_goal_tower(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    if depth(w, z) + 2 > layout.MAX_TOWER or w.state.base(z) == BIN:
        return None
    want = rels(Rel("on", x, y), Rel("on", y, z))
    if want(w.state, w.state):
        return None
    return f"goal state: {x} on {y}, {y} on {z}", want


def _x_r_two_bin_rest_unchanged(w: World) -> Made:
    xy = w.pick(w.clear_blocks(), 2)
    if not xy:
        return None
    rest = [b for b in w.blocks if b not in xy]
    return (f"target: {xy[0]} -> bin, {xy[1]} -> bin, everything else unchanged",
            both(binned(xy), kept(*rest)))


def _x_r_empty_to_table(w: World) -> Made:
    b = w.pick([o for o in w.bowls if w.state.in_bowl(o)])
    if not b:
        return None
    inside = w.state.in_bowl(b[0])
    return (f"task: empty {b[0]}, contents to table",
            lambda _i, f: not f.in_bowl(b[0]) and all(f.base(x) in TABLEISH and f.support[x] != GRIP
                                                        for x in inside))


def _x_r_subgoals(w: World) -> Made:
    y = w.pick([b for b in w.blocks if not w.state.is_clear(b) and w.state.base(b) != BIN])
    p = w.rng.choice(list(PLACES))
    if not y:
        return None
    above = w.state.above(y[0])
    return (f"subgoal 1: clear {y[0]}. subgoal 2: move {y[0]} to {p}",
            lambda _i, f: holds(Rel("at", y[0], p), f) and holds(Rel("clear", y[0]), f)
            and all(f.base(a) != BIN and f.support[a] != GRIP for a in above))


def _x_s_table_then_on(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    want = rels(Rel("on_table", xy[0]), Rel("on", xy[1], xy[0]))
    if want(w.state, w.state):
        return None
    return (f"okay so first put the {xy[0]} on the table and then like put the {xy[1]} on it", want)


def _x_o_is_in_a_bowl(w: World) -> Made:
    x = w.pick(w.blocks)
    if w.in_bowls() and w.rng.random() < 0.5:
        x = w.pick(w.in_bowls())
    return f"is the {x[0]} in a bowl?", answered(yes(w.state.base(x[0]) in w.state.bowls))


def _x_o_colour_of_only(w: World) -> Made:
    b = w.pick([o for o in w.bowls if len(w.state.in_bowl(o)) == 1])
    if not b:
        return None
    return f"what colour is the block in the {b[0]}?", answered(w.colour(w.state.in_bowl(b[0])[0]))


def _x_o_how_many_empty(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    return "how many bowls are empty?", answered(str(sum(not w.state.in_bowl(b) for b in w.bowls)))


def _x_o_which_on_top(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    top, below = p[0]
    return f"which block is on top of the {below}?", answered(top)


def _x_o_move_contents(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    src = w.pick([o for o in w.bowls if w.state.in_bowl(o)])
    if not src:
        return None
    dst = w.pick([o for o in w.bowls if o != src[0]])
    inside = w.state.in_bowl(src[0])
    if not _u_room(w, dst[0], *inside):
        return None
    return (f"move all the blocks in the {src[0]} to the {dst[0]}", rels(*(Rel("in", o, dst[0]) for o in inside)))


def _x_o_bowled_to_table(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return ("put every block that's in a bowl on the table",
            lambda _i, f: all(f.support[x] in TABLEISH for x in inside) and none_binned(w.blocks)(_i, f)
            and not any(f.in_bowl(b) for b in f.bowls))


def _x_o_nothing_on_top(w: World) -> Made:
    x = w.pick([b for b in w.blocks if not w.state.is_clear(b) and w.state.base(b) != BIN])
    if not x:
        return None
    above = w.state.above(x[0])
    return (f"don't leave anything on top of the {x[0]}",
            lambda _i, f: holds(Rel("clear", x[0]), f) and all(f.base(a) != BIN and f.support[a] != GRIP
                                                                for a in above))


def _x_o_out_of_bowls_except(w: World) -> Made:
    inside = w.in_bowls()
    x = w.pick([b for b in inside if w.state.support[b] in w.state.bowls])
    if not x:
        return None
    others = [b for b in inside if b != x[0]]
    if not others:
        return None
    bowl = w.state.base(x[0])
    return (f"take everything out of the bowls except the {x[0]}",
            lambda _i, f: f.base(x[0]) == bowl and f.support[x[0]] != GRIP
            and all(f.base(o) not in (*f.bowls, BIN, GRIP) for o in others))


def _x_o_without_touching_bowls(w: World) -> Made:
    inside = w.in_bowls()
    xy = w.pick([b for b in w.blocks if b not in inside], 2)
    if not inside or not xy or not can_stack(w, xy[0], xy[1]):
        return None
    return (f"without touching the bowls, put the {xy[0]} on the {xy[1]}",
            both(kept(*inside), rels(Rel("on", xy[0], xy[1]))))


def _x_o_furthest_from_bin(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b:
        return None
    bx, by = layout.BIN_CENTER
    ds = sorted(((math.hypot(w.scene.get(x).position[0] - bx, w.scene.get(x).position[1] - by), x)
                 for x in w.blocks), reverse=True)
    far = ds[0][1]
    if ds[0][0] - ds[1][0] < 0.03 or w.state.base(far) == b[0] or not _u_room(w, b[0], far):
        return None
    return f"put the block that's furthest from the bin in the {b[0]}", rels(Rel("in", far, b[0]))


def _x_o_bowl_on_right(w: World) -> Made:
    if len(w.bowls) != 2:
        return None
    ys = sorted((w.y(b), b) for b in w.bowls)
    if ys[1][0] - ys[0][0] < 0.08:
        return None
    right = ys[1][1]
    x = w.pick([o for o in w.blocks if w.state.base(o) != right])
    if not x or not _u_room(w, right, x[0]):
        return None
    return f"put the {x[0]} in the bowl on the right", rels(Rel("in", x[0], right))


def _x_o_only_block_in(w: World) -> Made:
    b = w.pick([o for o in w.bowls if len(w.state.in_bowl(o)) == 1])
    if not b:
        return None
    return f"throw away the only block in the {b[0]}", binned(w.state.in_bowl(b[0]))


def _x_o_in_then_move(w: World) -> Made:
    x, b, p = w.pick(w.blocks), w.pick(w.bowls), w.rng.choice(list(PLACES))
    if not b or w.state.base(x[0]) == p or w.state.base(x[0]) == b[0] or not _u_room(w, b[0], x[0]):
        return None
    return f"put the {x[0]} in the {b[0]}, then move it to the {p}", rels(Rel("at", x[0], p))


def _x_o_bin_leave_rest(w: World) -> Made:
    y = w.pick(w.clear_blocks())
    if not y:
        return None
    rest = [b for b in w.blocks if b != y[0]]
    return f"put the {y[0]} in the bin and leave the rest as they are", both(binned(y), kept(*rest))


def _x_o_on_closest(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    cands = [b for b in w.blocks if b != x[0] and b not in w.state.above(x[0]) and w.state.base(b) != BIN]
    ds = sorted((w.dist(x[0], b), b) for b in cands)
    if len(ds) < 2 or ds[1][0] - ds[0][0] < 0.03:
        return None
    z = ds[0][1]
    if not can_stack(w, x[0], z):
        return None
    return f"put the {x[0]} on the block closest to it", rels(Rel("on", x[0], z))


def _x_o_off_then_under(w: World) -> Made:
    p = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not p:
        return None
    top, below = p[0]
    return (f"first take the {top} off the {below}, then put the {below} on the {top}",
            rels(Rel("on", below, top)))


DEV10: list[Template] = [
    # ---- telegraphic, non-native (20)
    ("T put c block to d bowl", "imperative", _in("put {cx} block to {cw} bowl")),
    ("T take c cube, put on d cube", "imperative", _on("take {cx} cube, put on {cy} cube")),
    ("T all block go in bin except c", "negated", _bin_all_except("all block go in bin except {cx}")),
    ("T c block go to place please", "imperative", _at("{cx} block go to {p} please")),
    ("T c block must inside d bowl", "declarative", _in("{cx} block must inside {cw} bowl")),
    ("T please you put c block on top d block", "imperative", _on("please you put {cx} block on top {cy} block")),
    ("T all block put in d bowl", "quantified", _all_into("all block put in {cw} bowl")),
    ("T c block no touch. d block put in bin", "keep", _keep_then_bin("{cx} block no touch. {cy} block put in bin")),
    ("T first c block in d bowl, after e block on c block", "multi_step",
     _in_then_on("first {cx} block in {cw} bowl, after {cy} block on {cx} block")),
    ("T how many block in d bowl?", "question", _count_in("how many block in {cw} bowl?")),
    ("T c block is where?", "question", _where("{cx} block is where?")),
    ("T block on top of c block, put in bin", "relative", _x_t_top_of_to_bin),
    ("T each block go to bowl same colour", "matching", _match("each block go to bowl same colour")),
    ("T d bowl must be empty, no throw away", "negated", _empty_no_bin("{cw} bowl must be empty, no throw away")),
    ("T clean table, all to bin", "loose", _bin_all("clean table, all to bin")),
    ("T I want c block on d block please", "desiderative", _on("I want {cx} block on {cy} block please")),
    ("T c block take out from d bowl, put on table", "imperative",
     _off_bowl_to_table("{cx} block take out from {cw} bowl, put on table")),
    ("T put 2 block in d bowl", "quantified", _two_into_empty("put 2 block in {cw} bowl")),
    ("T the block most near to d bowl put to place", "relative", _x_t_most_near),
    ("T c block to bin, then e block to d bowl", "multi_step",
     _bin_then_in("{cx} block to bin, then {cy} block to {cw} bowl")),
    # ---- one typo (12)
    ("Y blcok", "imperative", _in("put the {cx} blcok in the {cw} bowl")),
    ("Y colour typo in stack", "imperative", _on("stack the {tx} block on the {cy} block")),
    ("Y bowel", "imperative", _in("put the {cx} block in the {cw} bowel")),
    ("Y stakc", "imperative", _on("stakc the {cx} block on top of the {cy} block")),
    ("Y teh bin", "imperative", _bin("put teh {cx} block in the bin")),
    ("Y place typo", "imperative", _at("move the {cx} block to the {tp}")),
    ("Y evrything", "loose", _bin_all("throw evrything in the trash")),
    ("Y blokcs question", "question", _count_in("how many blokcs are in the {cw} bowl?")),
    ("Y teh table", "imperative", _to_table("pick up the {cx} block and put it on teh table")),
    ("Y smae colour", "matching", _match("sort the blocks into the bowls with the smae colour")),
    ("Y exept", "negated", _bin_all_except("put all the blocks in the bin exept the {cx} one")),
    ("Y were it is", "keep", _keep_then_bin("leave the {cx} block were it is and bin the {cy} block")),
    # ---- researcher scripting (12)
    ("R goal: X in W; Y on table", "declarative", _x_r_goal_in_table),
    ("R pick X; place in W", "imperative", _in("pick {cx} block; place in {cw} bowl")),
    ("R pick X; place on Y", "imperative", _on("pick {cx} block; place on {cy} block")),
    ("R goal state: X on Y, Y on Z", "declarative", _x_r_goal_tower),
    ("R pick X; place at p. pick Y; place on X.", "multi_step",
     _at_then_on("pick {x}; place at {p}. pick {y}; place on {x}.")),
    ("R target: X -> bin, Y -> bin, everything else unchanged", "keep", _x_r_two_bin_rest_unchanged),
    ("R task: empty W, contents to table", "negated", _x_r_empty_to_table),
    ("R goal: X in W and Y in W", "declarative", _two_in("goal: {x} in {w} and {y} in {w}")),
    ("R subgoal 1: clear Y. subgoal 2: move Y to p", "multi_step", _x_r_subgoals),
    ("R for each block with a same-colour bowl: place block in that bowl", "matching",
     _match("for each block with a same-colour bowl: place block in that bowl")),
    ("R query: number of blocks in W", "question", _count_in("query: number of blocks in {w}")),
    ("R constraint: X must not move. goal: all other blocks in bin", "keep",
     _keep_bin_rest("constraint: {x} must not move. goal: all other blocks in bin")),
    # ---- spoken transcription (12)
    ("S uh can you like put X in W so yeah", "imperative", _in("uh can you like put the {x} in the {w} so yeah")),
    ("S okay so um take X and uh stack it on Y thanks", "imperative",
     _on("okay so um take the {x} and uh stack it on the {y} thanks")),
    ("S so yeah i need X over at p like now", "desiderative", _at("so yeah i need the {x} over at the {p} like now")),
    ("S um throw X in the bin and uh Y too", "multi_step", _two_bin("um throw the {x} in the bin and uh the {y} too")),
    ("S first put X on the table and then like put Y on it", "multi_step", _x_s_table_then_on),
    ("S so like how many blocks are there in W i cant really see", "question",
     _count_in("so like how many blocks are there in the {w} i cant really see")),
    ("S basically everything goes in the trash except X okay", "negated",
     _bin_all_except("yeah so basically everything goes in the trash except the {x} okay")),
    ("S um is X on top of Y or not", "question", _is_on_q("um is the {x} on top of the {y} or not")),
    ("S can you uh match the blocks to the bowls by colour you know what i mean", "matching",
     _match("can you uh match the blocks to the bowls by colour you know what i mean")),
    ("S like just leave X where it is and um put Y in W", "keep",
     _keep_then_in("like just leave the {x} where it is and um put the {y} in the {w}")),
    ("S uh X should be in W yeah", "declarative", _in("uh the {x} should be in the {w} yeah")),
    ("S so um could you get rid of X its kind of in the way", "loose",
     _bin("so um could you get rid of the {x} its kind of in the way")),
    # ---- ordinary, varied (24)
    ("O The c block is on the d block.", "declarative", _on("The {cx} block is on the {cy} block.")),
    ("O The X is in the bin.", "declarative", _bin("The {x} is in the bin.")),
    ("O I want X and Y in W.", "desiderative", _two_in("I want the {x} and the {y} in the {w}.")),
    ("O I want all the blocks in W", "desiderative", _all_into("I want all the blocks in the {w}")),
    ("O Drop X off at p.", "imperative", _at("Drop the {x} off at the {p}.")),
    ("O is X in a bowl?", "question", _x_o_is_in_a_bowl),
    ("O what colour is the block in W?", "question", _x_o_colour_of_only),
    ("O how many bowls are empty?", "question", _x_o_how_many_empty),
    ("O which block is on top of Y?", "question", _x_o_which_on_top),
    ("O move all the blocks in W to V", "quantified", _x_o_move_contents),
    ("O put every block that's in a bowl on the table", "quantified", _x_o_bowled_to_table),
    ("O don't leave anything on top of X", "negated", _x_o_nothing_on_top),
    ("O take everything out of the bowls except X", "negated", _x_o_out_of_bowls_except),
    ("O without touching the bowls, put X on Y", "keep", _x_o_without_touching_bowls),
    ("O the block that's furthest from the bin in W", "relative", _x_o_furthest_from_bin),
    ("O X in the bowl on the right", "relative", _x_o_bowl_on_right),
    ("O throw away the only block in W", "relative", _x_o_only_block_in),
    ("O put X in W, then move it to p", "multi_step", _x_o_in_then_move),
    ("O get rid of all the blocks", "loose", _bin_all("get rid of all the blocks")),
    ("O blocks go into bowls of their own colour please", "matching",
     _match("blocks go into bowls of their own colour please")),
    ("O I'd love to see X at p", "desiderative", _at("I'd love to see the {x} at the {p}")),
    ("O put Y in the bin and leave the rest as they are", "keep", _x_o_bin_leave_rest),
    ("O put X on the block closest to it", "relative", _x_o_on_closest),
    ("O first take X off Y, then put Y on X", "multi_step", _x_o_off_then_under),
]

assert len(DEV10) == 80, len(DEV10)
