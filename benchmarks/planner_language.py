"""The language suite's templates, checks and scoring (`benchmarks.language_suite` runs them): does the offline
planner understand what people ask?

Each instance is a sentence over a random scene (`sim.scene.generate_scene`, perceived perfectly through
`agent.evaluation.suite.scene_from_spec`) that knows its intended goal: a check over the state before and
after. The offline planner plans; the plan is simulated symbolically (`agent.validate.simulate`) and the
check decides `goal_correct` (for questions: the answer). A plan whose final state misses the intended goal
is a wrong action; a refusal or a question for the user is a miss with a message, never an action.

The templates come in three lists. `HELD_OUT` was written first, before the parser was extended; its first run
missed one template (an adjective, "the loose block", the parser did not know), which prompted a general fix.
`FRESH` was written after that run and before the fix, and never run during development. Both are reported
apart from `TUNED` (what the parser was developed against): `untuned_goal_correct` over both,
`held_out_goal_correct` and `fresh_goal_correct` each. Later untuned batches, `FRESH2` to `FRESH8`, are each
reported apart as well (`fresh2_goal_correct` ... `fresh8_goal_correct`); `FRESH9` and the development batches are
in their own modules (see `benchmarks.language_suite`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from agent.evaluation.suite import scene_from_spec
from agent.planners.base import PlanRequest
from agent.planners.offline import OfflinePlanner
from agent.primitives import Ask
from agent.schemas import Plan
from agent.validate import simulate
from sim.core import layout
from sim.core.errors import VlaAgentError
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState
from sim.scene import generate_scene

Check = Callable[[SymState, SymState], bool]  # (initial, final) -> the intended goal holds


@dataclass
class World:
    """One random scene, as the templates see it."""

    rng: random.Random
    scene: Scene
    state: SymState

    @property
    def blocks(self) -> list[str]:
        return self.state.blocks

    @property
    def bowls(self) -> list[str]:
        return list(self.state.bowls)

    def pick(self, items: list[str], k: int = 1) -> list[str]:
        return self.rng.sample(items, k) if len(items) >= k else []

    def clear_blocks(self) -> list[str]:
        return [b for b in self.blocks if self.state.is_clear(b) and self.state.support[b] != BIN]

    def pairs(self) -> list[tuple[str, str]]:
        """(top, below) for every block resting on a block."""
        return [(b, s) for b, s in self.state.support.items() if s in self.state.support]

    def in_bowls(self) -> list[str]:
        return [b for b in self.blocks if self.state.base(b) in self.state.bowls]

    def colour(self, name: str) -> str:
        return self.state.colours[name]

    def y(self, name: str) -> float:
        return self.scene.get(name).position[1]

    def dist(self, a: str, b: str) -> float:
        pa, pb = self.scene.get(a).position, self.scene.get(b).position
        return ((pa[0] - pb[0]) ** 2 + (pa[1] - pb[1]) ** 2) ** 0.5


Made = tuple[str, Check] | None
Template = tuple[str, str, Callable[[World], Made]]  # (name, category, make)


# ----- checks ---------------------------------------------------------------------------------------
def rels(*want: Rel) -> Check:
    return lambda _i, f: all(holds(r, f) for r in want)


def both(*checks: Check) -> Check:
    return lambda i, f: all(c(i, f) for c in checks)


def kept(*blocks: str) -> Check:
    return lambda i, f: all(i.support[b] == f.support[b] for b in blocks)


def count_in(bowl: str, n: int, exact: bool = True) -> Check:
    return lambda _i, f: (len(f.in_bowl(bowl)) == n) if exact else (len(f.in_bowl(bowl)) >= n)


def empty(bowl: str) -> Check:
    return lambda _i, f: not f.in_bowl(bowl)


def binned(blocks: list[str]) -> Check:
    return rels(*(Rel("in_bin", b) for b in blocks))


def none_binned(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) != BIN for b in blocks)


def answered(prefix: str) -> Check:
    """For questions: the check reads the answer text instead of a state (see `_score`)."""
    check: Check = lambda _i, _f: False
    check.answer_prefix = prefix  # type: ignore[attr-defined]
    return check


def matching(w: World) -> list[Rel]:
    by_colour = {w.colour(b): b for b in w.bowls}
    return [Rel("in", b, by_colour[w.colour(b)]) for b in w.blocks if w.colour(b) in by_colour]


def yes(flag: bool) -> str:
    return "Yes" if flag else "No"


# ----- HELD OUT: written before any tuning; the parser was never developed against these --------------
def _h_grab_drop(w: World) -> Made:
    x, b = w.pick(w.clear_blocks()), w.pick(w.bowls)
    return (f"could you grab the {x[0]} and drop it into the {b[0]}", rels(Rel("in", x[0], b[0]))) if x and b else None


def _h_relocate(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    return (f"kindly relocate the {xy[0]} onto the {xy[1]}", rels(Rel("on", xy[0], xy[1]))) if xy else None


def _h_ought(w: World) -> Made:
    x, b = w.pick(w.blocks), w.pick(w.bowls)
    return (f"the {x[0]} ought to be sitting in the {b[0]}", rels(Rel("in", x[0], b[0]))) if x and b else None


def _h_belongs(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    return (f"the {xy[0]} belongs on top of the {xy[1]}", rels(Rel("on", xy[0], xy[1]))) if xy else None


def _h_really_like(w: World) -> Made:
    x, b = w.pick(w.blocks), w.pick(w.bowls)
    return (f"what I'd really like is the {x[0]} in the {b[0]}", rels(Rel("in", x[0], b[0]))) if x and b else None


def _h_would_be_great(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    return (f"it would be great if the {xy[0]} ended up on the {xy[1]}", rels(Rel("on", xy[0], xy[1]))) if xy else None


def _h_every_bowl_has(w: World) -> Made:
    if len(w.blocks) < len(w.bowls):
        return None
    return ("make sure every bowl has a block in it",
            lambda _i, f: all(f.in_bowl(b) for b in f.bowls))


def _h_two_colours_bin(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    c1, c2 = w.colour(xy[0]), w.colour(xy[1])
    return f"put both the {c1} and the {c2} blocks in the trash", binned(xy)


def _h_exactly_one(w: World) -> Made:
    b = w.pick(w.bowls)
    return (f"exactly one block should be in the {b[0]}", count_in(b[0], 1)) if b else None


def _h_nothing_left(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    return (f"make sure nothing is left in the {full[0]}", empty(full[0])) if full else None


def _h_bin_apart_from(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    others = [b for b in w.blocks if b != x[0]]
    return f"bin every block apart from the {x[0]}", both(binned(others), none_binned(x))


def _h_not_in_bowl_to_bin(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(inside) == len(w.blocks):
        return None
    outside = [b for b in w.blocks if b not in inside]
    return "put the blocks that are not in a bowl into the bin", both(binned(outside), none_binned(inside))


def _h_closest_to_bowl(w: World) -> Made:
    b = w.pick(w.bowls)
    loose = [x for x in w.clear_blocks() if w.state.support[x] in (TABLE, *PLACES)]
    if not b or len(loose) < 2:
        return None
    ds = sorted((w.dist(x, b[0]), x) for x in loose)
    if ds[1][0] - ds[0][0] < 0.03:
        return None
    return f"put the loose block closest to the {b[0]} in the bin", binned([ds[0][1]])


def _h_rightmost_block(w: World) -> Made:
    loose = [x for x in w.blocks if w.state.support[x] in (TABLE, *PLACES)]
    if len(loose) < 2:
        return None
    ys = sorted((w.y(x), x) for x in loose)
    if ys[-1][0] - ys[-2][0] < 0.03 or not w.state.is_clear(ys[-1][1]):
        return None
    return "move the rightmost block on the table to the middle", rels(Rel("at", ys[-1][1], "middle"))


def _h_sitting_on(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    top, below = p[0]
    return f"take the block sitting on the {below} and put it on the table", rels(Rel("on_table", top))


def _h_first_after_that(w: World) -> Made:
    x, b = w.pick(w.blocks, 2), w.pick(w.bowls)
    if not x or not b:
        return None
    return (f"first put the {x[0]} in the {b[0]}, after that stack the {x[1]} on top of the {x[0]}",
            rels(Rel("in", x[0], b[0]), Rel("on", x[1], x[0])))


def _h_clear_leave_alone(w: World) -> Made:
    x = w.pick([b for b in w.clear_blocks() if w.state.support[b] not in w.state.support])
    if not x:
        return None
    others = [b for b in w.blocks if b != x[0]]
    return f"clear off the table but leave the {x[0]} alone", both(binned(others), kept(x[0]))


def _h_pair_up(w: World) -> Made:
    want = matching(w)
    return ("pair up each block with the bowl that has its colour", rels(*want)) if want else None


def _h_everything_off(w: World) -> Made:
    return "get everything off the table please", binned(w.blocks)


def _h_how_many_sitting(w: World) -> Made:
    b = w.pick(w.bowls)
    return (f"hey, how many blocks are sitting in the {b[0]}?", answered(str(len(w.state.in_bowl(b[0]))))) if b else None


def _h_is_resting_on(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    if w.pairs() and w.rng.random() < 0.5:
        xy = list(w.pick(w.pairs())[0])
    return f"is the {xy[0]} resting on the {xy[1]}?", answered(yes(w.state.support[xy[0]] == xy[1]))


def _h_then_others_away(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    rest = [b for b in w.blocks if b not in xy]
    return (f"stack the {xy[0]} on the {xy[1]}, then throw the other blocks away",
            both(rels(Rel("on", xy[0], xy[1])), binned(rest)))


HELD_OUT: list[Template] = [
    ("grab and drop into", "imperative", _h_grab_drop),
    ("kindly relocate onto", "imperative", _h_relocate),
    ("ought to be sitting in", "declarative", _h_ought),
    ("belongs on top of", "declarative", _h_belongs),
    ("what I'd really like is", "desiderative", _h_really_like),
    ("it would be great if ... ended up", "desiderative", _h_would_be_great),
    ("make sure every bowl has a block", "quantified", _h_every_bowl_has),
    ("both the c1 and the c2 blocks in the trash", "quantified", _h_two_colours_bin),
    ("exactly one block should be in", "quantified", _h_exactly_one),
    ("make sure nothing is left in", "negated", _h_nothing_left),
    ("bin every block apart from", "negated", _h_bin_apart_from),
    ("the blocks that are not in a bowl", "negated", _h_not_in_bowl_to_bin),
    ("the loose block closest to the bowl", "relative", _h_closest_to_bowl),
    ("the rightmost block on the table", "relative", _h_rightmost_block),
    ("the block sitting on", "relative", _h_sitting_on),
    ("first ..., after that ...", "multi_step", _h_first_after_that),
    ("clear off ... but leave X alone", "keep", _h_clear_leave_alone),
    ("pair up each block with the bowl that has its colour", "matching", _h_pair_up),
    ("get everything off the table", "loose", _h_everything_off),
    ("how many blocks are sitting in", "question", _h_how_many_sitting),
    ("is X resting on Y?", "question", _h_is_resting_on),
    ("stack ..., then throw the other blocks away", "multi_step", _h_then_others_away),
]


# ----- HELD OUT, second batch: written after the first held-out run (which prompted general fixes), before those
# fixes were made; never tuned on. Reported apart as `fresh_goal_correct`.
def _f_transfer(w: World) -> Made:
    x, b = w.pick(w.blocks), w.pick(w.bowls)
    return (f"please transfer the {x[0]} over to the {b[0]}", rels(Rel("in", x[0], b[0]))) if x and b else None


def _f_wanna_see(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    return (f"i want to see the {xy[0]} sitting on top of the {xy[1]}", rels(Rel("on", xy[0], xy[1]))) if xy else None


def _f_should_wind_up(w: World) -> Made:
    x, p = w.pick(w.blocks), w.rng.choice(list(PLACES))
    return f"the {x[0]} should wind up in the {p}", rels(Rel("at", x[0], p))


def _f_each_of_bowls(w: World) -> Made:
    if len(w.blocks) < len(w.bowls):
        return None
    return ("each of the bowls should contain one block", lambda _i, f: all(f.in_bowl(b) for b in f.bowls))


def _f_none_in(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    return (f"I don't want any blocks in the {full[0]}", empty(full[0])) if full else None


def _f_keep_put(w: World) -> Made:
    x = w.pick([b for b in w.clear_blocks() if w.state.support[b] not in w.state.support])
    y, b = w.pick([b for b in w.blocks if x and b != x[0]]), w.pick(w.bowls)
    if not x or not y or not b:
        return None
    return (f"the {x[0]} stays put; move the {y[0]} into the {b[0]}", both(kept(x[0]), rels(Rel("in", y[0], b[0]))))


def _f_farthest(w: World) -> Made:
    b = w.pick(w.bowls)
    loose = [x for x in w.blocks if b and w.state.base(x) != b[0]]
    if not b or len(loose) < 2:
        return None
    ds = sorted(((w.dist(x, b[0]), x) for x in loose), reverse=True)
    if ds[0][0] - ds[1][0] < 0.03:
        return None
    return f"throw out the block farthest from the {b[0]}", binned([ds[0][1]])


def _f_same_colour_as(w: World) -> Made:
    want = matching(w)
    return ("every block goes into the bowl whose colour it shares", rels(*want)) if want else None


def _f_q_what_colour(w: World) -> Made:
    x = w.pick(w.blocks)
    return f"which colour is the {x[0]}?", answered(w.colour(x[0]))


def _f_q_anything_on(w: World) -> Made:
    x = w.pick(w.blocks)
    return f"is there something on the {x[0]}?", answered(yes(not w.state.is_clear(x[0])))


def _f_then_lastly(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    return (f"put the {x} on the table, then the {y} on the {x}, and lastly the {z} on the {y}",
            rels(Rel("on_table", x), Rel("on", y, x), Rel("on", z, y)))


def _f_empty_all(w: World) -> Made:
    return "could you empty all the bowls onto the table", lambda _i, f: not any(f.in_bowl(b) for b in f.bowls) and all(
        f.base(b) != BIN for b in f.blocks)


FRESH: list[Template] = [
    ("please transfer over to", "imperative", _f_transfer),
    ("i want to see X sitting on top of Y", "desiderative", _f_wanna_see),
    ("X should wind up in place", "declarative", _f_should_wind_up),
    ("each of the bowls should contain one block", "quantified", _f_each_of_bowls),
    ("I don't want any blocks in W", "negated", _f_none_in),
    ("X stays put; move Y into W", "keep", _f_keep_put),
    ("the block farthest from W", "relative", _f_farthest),
    ("the bowl whose colour it shares", "matching", _f_same_colour_as),
    ("which colour is X?", "question", _f_q_what_colour),
    ("is there something on X?", "question", _f_q_anything_on),
    ("X on the table, then Y on X, and lastly Z on Y", "multi_step", _f_then_lastly),
    ("empty all the bowls onto the table", "negated", _f_empty_all),
]


# ----- HELD OUT, third batch: written after the second batch's first run and before the fixes it prompted;
# never tuned on. Reported apart as `fresh2_goal_correct`.
def _g_one(fmt: str, two: bool = False, rel: str = "in") -> Callable[[World], Made]:
    def make(w: World) -> Made:
        if rel == "on":
            xy = w.pick(w.blocks, 2)
            return (fmt.format(x=xy[0], y=xy[1]), rels(Rel("on", xy[0], xy[1]))) if xy else None
        x, b = w.pick(w.blocks), w.pick(w.bowls)
        return (fmt.format(x=x[0], w=b[0]), rels(Rel("in", x[0], b[0]))) if x and b else None
    return make


def _g_colour_words(w: World) -> Made:
    x, b = w.pick(w.blocks), w.pick(w.bowls)
    if not x or not b:
        return None
    return f"{w.colour(x[0])} cube into the {w.colour(b[0])} bowl", rels(Rel("in", x[0], b[0]))


def _g_all_to_place(w: World) -> Made:
    p = w.rng.choice(list(PLACES))
    if len(w.blocks) > 5:
        return None
    return f"gather all the cubes at the {p}", rels(*(Rel("at", b, p) for b in w.blocks))


def _g_count_bin(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    return "throw any three blocks in the bin", lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3


def _g_no_bin_except(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b != x[0]]
    return f"everything except the {x[0]} should go in the bin", both(binned(others), none_binned(x))


def _g_not_the(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    bowl = w.state.base(inside[0])
    return f"the {inside[0]} shouldn't stay in the {bowl}", lambda _i, f: f.base(inside[0]) != bowl


def _g_leave_stack(w: World) -> Made:
    p = w.pick([(t, b) for t, b in w.pairs() if w.state.support[b] not in w.state.support and w.state.is_clear(t)])
    if not p:
        return None
    top, below = p[0]
    rest = [b for b in w.blocks if b not in (top, below)]
    return (f"leave the {top} and the {below} as they are and bin everything else",
            both(kept(top, below), binned(rest)))


def _g_bowl_left(w: World) -> Made:
    x = w.pick(w.blocks)
    if len(w.bowls) < 2:
        return None
    ys = sorted((w.y(b), b) for b in w.bowls)
    if ys[1][0] - ys[0][0] < 0.03:
        return None
    return f"move the {x[0]} into the bowl on the left", rels(Rel("in", x[0], ys[0][1]))


def _g_block_in_bowl_to_bin(w: World) -> Made:
    for b in w.bowls:
        inside = w.state.in_bowl(b)
        if len(inside) == 1:
            return f"throw the block from the {b} into the bin", binned(inside)
    return None


def _g_sequence_and_then(w: World) -> Made:
    x, b = w.pick(w.blocks, 2), w.pick(w.bowls)
    if not x or not b:
        return None
    return (f"grab the {x[0]} and put it in the {b[0]}, and after that do the same with the {x[1]}",
            rels(Rel("in", x[0], b[0]), Rel("in", x[1], b[0])))


def _g_q_where_are(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    return f"can you tell me where the {x[0]} is?", answered(f"the {w.state.base(x[0])}")


def _g_q_how_many_bowls(w: World) -> Made:
    return "how many bowls are on the table?", answered(str(len(w.bowls)))


def _g_q_is_empty(w: World) -> Made:
    b = w.pick(w.bowls)
    return (f"is the {b[0]} empty?", answered(yes(not w.state.in_bowl(b[0])))) if b else None


def _g_tidy_desire(w: World) -> Made:
    return "I'd like the table cleared, please", binned(w.blocks)


def _g_sort_desire(w: World) -> Made:
    want = matching(w)
    return ("i'd like each block sorted into its matching bowl", rels(*want)) if want else None


def _g_tower_three(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    return (f"make a stack with the {x} on the bottom, the {y} in the middle and the {z} on top",
            rels(Rel("on_table", x), Rel("on", y, x), Rel("on", z, y)))


FRESH2: list[Template] = [
    ("set X inside W, would you", "imperative", _g_one("set the {x} inside the {w}, would you")),
    ("c cube into the c bowl (no verb)", "imperative", _g_colour_words),
    ("X needs to be sitting on Y", "declarative", _g_one("the {x} needs to be sitting on the {y}", rel="on")),
    ("I'd rather have X in W", "desiderative", _g_one("I'd rather have the {x} in the {w}")),
    ("gather all the cubes at place", "quantified", _g_all_to_place),
    ("throw any three blocks in the bin", "quantified", _g_count_bin),
    ("everything except X should go in the bin", "negated", _g_no_bin_except),
    ("X shouldn't stay in W", "negated", _g_not_the),
    ("leave X and Y as they are and bin everything else", "keep", _g_leave_stack),
    ("into the bowl on the left", "relative", _g_bowl_left),
    ("the block from W into the bin", "relative", _g_block_in_bowl_to_bin),
    ("..., and after that do the same with Y", "multi_step", _g_sequence_and_then),
    ("can you tell me where X is?", "question", _g_q_where_are),
    ("how many bowls are on the table?", "question", _g_q_how_many_bowls),
    ("is W empty?", "question", _g_q_is_empty),
    ("I'd like the table cleared", "loose", _g_tidy_desire),
    ("each block sorted into its matching bowl", "matching", _g_sort_desire),
    ("a stack with X on the bottom, Y in the middle and Z on top", "multi_step", _g_tower_three),
]


# ----- HELD OUT, fourth batch: written after the third batch's fixes, never run during development.
def _h3_in(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x, b = w.pick(w.blocks), w.pick(w.bowls)
        return (fmt.format(x=x[0], w=b[0], c=w.colour(x[0]), d=w.colour(b[0])), rels(Rel("in", x[0], b[0]))) \
            if x and b else None
    return make


def _h3_on(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        xy = w.pick(w.blocks, 2)
        return (fmt.format(x=xy[0], y=xy[1], c=w.colour(xy[0]), d=w.colour(xy[1])), rels(Rel("on", xy[0], xy[1]))) \
            if xy else None
    return make


def _h3_bin_colour(w: World) -> Made:
    x = w.pick(w.blocks)
    return f"the {w.colour(x[0])} one can go in the bin", binned(x)


def _h3_keep_rest_table(w: World) -> Made:
    x, b = w.pick(w.clear_blocks()), w.pick(w.bowls)
    if not x or not b:
        return None
    others = [o for o in w.blocks if o != x[0] and w.state.is_clear(o)
              and w.state.support[o] not in w.state.support]
    return (f"only move the {x[0]}: it goes in the {b[0]}, the other blocks stay where they are",
            both(rels(Rel("in", x[0], b[0])), kept(*others)))


def _h3_count_table(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.support[b] in (TABLE, *PLACES)]
    return "how many blocks are lying on the table?", answered(str(len(loose)))


def _h3_q_which_in(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    return f"which blocks are inside the {full[0]}?", answered("|".join(w.state.in_bowl(full[0])))


def _h3_every_other_bin(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b != x[0]]
    return f"keep the {x[0]} and get rid of all the others", both(binned(others), none_binned(x))


def _h3_two_bowls(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x, y = w.pick(w.blocks, 2) or [None, None]
    if x is None:
        return None
    b1, b2 = w.bowls[:2]
    return (f"the {x} belongs in the {b1} and the {y} in the {b2}", rels(Rel("in", x, b1), Rel("in", y, b2)))


def _h3_not_on_table(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    return (f"get every block out of the {full[0]}", lambda _i, f: not f.in_bowl(full[0]))


def _h3_closest_corner(w: World) -> Made:
    x, p = w.pick(w.blocks), w.rng.choice([p for p in PLACES if "corner" in p])
    return f"slide the {x[0]} over to the {p}", rels(Rel("at", x[0], p))


def _h3_tower_of(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    return (f"build me a tower: {w.colour(x)} at the bottom, then {w.colour(y)}, then {w.colour(z)} on top",
            rels(Rel("on_table", x), Rel("on", y, x), Rel("on", z, y)))


def _h3_sort_q(w: World) -> Made:
    want = matching(w)
    return ("could you put the blocks into the bowls that are the same colour as them?", rels(*want)) if want else None


FRESH3: list[Template] = [
    ("the c block, into the d bowl please", "imperative", _h3_in("the {c} block, into the {d} bowl please")),
    ("I'd like you to drop X in W", "imperative", _h3_in("i'd like you to drop the {x} in the {w}")),
    ("X has to end up on top of Y", "declarative", _h3_on("the {x} has to end up on top of the {y}")),
    ("the c one can go in the bin", "declarative", _h3_bin_colour),
    ("it would be nice to see X resting on Y", "desiderative", _h3_on("it would be nice to see the {x} resting on the {y}")),
    ("X belongs in W1 and Y in W2", "declarative", _h3_two_bowls),
    ("only move X: it goes in W, the others stay", "keep", _h3_keep_rest_table),
    ("keep X and get rid of all the others", "negated", _h3_every_other_bin),
    ("get every block out of W", "negated", _h3_not_on_table),
    ("slide X over to the corner", "imperative", _h3_closest_corner),
    ("build me a tower: c at the bottom, then d, then e on top", "multi_step", _h3_tower_of),
    ("how many blocks are lying on the table?", "question", _h3_count_table),
    ("which blocks are inside W?", "question", _h3_q_which_in),
    ("the bowls that are the same colour as them", "matching", _h3_sort_q),
]


# ----- HELD OUT, fifth batch: written last, after every fix; run once for the final untuned figure.
def _k_in(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        x, b = w.pick(w.blocks), w.pick(w.bowls)
        return (fmt.format(x=x[0], w=b[0], c=w.colour(x[0])), rels(Rel("in", x[0], b[0]))) if x and b else None
    return make


def _k_on(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        xy = w.pick(w.blocks, 2)
        return (fmt.format(x=xy[0], y=xy[1], c=w.colour(xy[0]), d=w.colour(xy[1])), rels(Rel("on", xy[0], xy[1]))) \
            if xy else None
    return make


def _k_place(w: World) -> Made:
    x, p = w.pick(w.blocks), w.rng.choice(list(PLACES))
    return f"carry the {x[0]} to the {p} for me", rels(Rel("at", x[0], p))


def _k_all_but_colour(w: World) -> Made:
    x, b = w.pick(w.blocks), w.pick(w.bowls)
    others = [o for o in w.blocks if x and o != x[0]]
    if not b or len(others) > layout.BOWL_CAPACITY:
        return None
    return (f"put every cube except the {w.colour(x[0])} one into the {b[0]}",
            rels(*(Rel("in", o, b[0]) for o in others)))


def _k_two_bin(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    return "I want exactly two blocks in the bin", lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 2


def _k_not_stacked(w: World) -> Made:
    if not w.pairs():
        return None
    return "make sure no block is sitting on another block", lambda _i, f: all(
        f.support[b] not in f.support for b in f.blocks)


def _k_untouched(w: World) -> Made:
    x = w.pick([b for b in w.clear_blocks() if w.state.support[b] not in w.state.support])
    rest = [b for b in w.blocks if x and b != x[0]]
    if not x or not w.bowls:
        return None
    return (f"leave the {x[0]} untouched and throw the rest in the trash", both(kept(x[0]), binned(rest)))


def _k_bowl_with(w: World) -> Made:
    if sum(bool(w.state.in_bowl(o)) for o in w.bowls) != 1:  # else 'the bowl that already has a block' fits several
        return None
    for b in w.bowls:
        if w.state.in_bowl(b):
            x = w.pick([o for o in w.blocks if w.state.base(o) != b])
            if x:
                return f"drop the {x[0]} into the bowl that already has a block in it", rels(Rel("in", x[0], b))
    return None


def _k_then_back(w: World) -> Made:
    x, b = w.pick(w.blocks), w.pick(w.bowls)
    if not x or not b:
        return None
    return (f"put the {x[0]} in the {b[0]}, then move it to the middle", rels(Rel("at", x[0], "middle")))


def _k_q_what_on_table(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.support[b] in (TABLE, *PLACES)]
    return "which blocks are on the table right now?", answered("|".join(loose) if loose else "nothing")


def _k_q_is_held(w: World) -> Made:
    return "is the robot holding anything?", answered("No")


def _k_match_q(w: World) -> Made:
    want = matching(w)
    return ("can every block go into the bowl of the matching colour?", rels(*want)) if want else None


FRESH4: list[Template] = [
    ("could you nudge X into W", "imperative", _k_in("could you move the {x} into the {w}, please?")),
    ("carry X to the place for me", "imperative", _k_place),
    ("the c block is supposed to be on the d block", "declarative", _k_on("the {c} block is supposed to be on the {d} block")),
    ("what I need is X on Y", "desiderative", _k_on("what I need is the {x} on top of the {y}")),
    ("every cube except the c one into W", "negated", _k_all_but_colour),
    ("I want exactly two blocks in the bin", "quantified", _k_two_bin),
    ("no block sitting on another block", "negated", _k_not_stacked),
    ("leave X untouched and throw the rest in the trash", "keep", _k_untouched),
    ("the bowl that already has a block in it", "relative", _k_bowl_with),
    ("X in W, then move it to the middle", "multi_step", _k_then_back),
    ("which blocks are on the table right now?", "question", _k_q_what_on_table),
    ("is the robot holding anything?", "question", _k_q_is_held),
    ("can every block go into the bowl of the matching colour?", "matching", _k_match_q),
]


# ----- HELD OUT, sixth batch: written after every earlier batch and its fixes, without reading the parser;
# run once for an honest untuned figure. Reported apart as `fresh5_goal_correct`.
def _m_in(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:  # never a goal that already holds
        b = w.pick(w.bowls)
        x = w.pick([o for o in w.blocks if b and w.state.base(o) != b[0]])
        return (fmt.format(x=x[0], w=b[0]), rels(Rel("in", x[0], b[0]))) if x and b else None
    return make


def _m_on(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:  # never a goal that already holds
        xy = w.pick(w.blocks, 2)
        if xy and w.state.support[xy[0]] == xy[1]:
            return None
        return (fmt.format(x=xy[0], y=xy[1], c=w.colour(xy[0]), d=w.colour(xy[1])), rels(Rel("on", xy[0], xy[1]))) \
            if xy else None
    return make


def _m_bring(w: World) -> Made:
    x, p = w.pick(w.blocks), w.rng.choice(list(PLACES))
    return f"bring the {x[0]} over to the {p}", rels(Rel("at", x[0], p))


def _m_get_down(w: World) -> Made:
    raised = [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES)]
    x = w.pick(raised)
    return (f"get the {x[0]} down onto the table", rels(Rel("on_table", x[0]))) if x else None


def _m_both_inside(w: World) -> Made:
    xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
    if not xy or not b:
        return None
    return (f"the {xy[0]} and the {xy[1]} are both inside the {b[0]}",
            rels(Rel("in", xy[0], b[0]), Rel("in", xy[1], b[0])))


def _m_each_into(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b or len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    return f"move each of the blocks into the {b[0]}", rels(*(Rel("in", x, b[0]) for x in w.blocks))


def _m_hold_two(w: World) -> Made:
    b = w.pick(w.bowls)
    return (f"the {b[0]} should hold exactly two blocks", count_in(b[0], 2)) if b and len(w.blocks) >= 2 else None


def _m_one_per_bowl(w: World) -> Made:
    if len(w.blocks) < len(w.bowls):
        return None
    return ("arrange the blocks so there is one per bowl",
            lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in f.bowls))


def _m_single_tower(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return "stack all the blocks into a single tower on the table", rels(Rel("tower", *w.blocks))


def _m_bowled_away(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return ("every block currently inside a bowl should be thrown away",
            both(binned(inside), none_binned(outside)))


def _m_but_two(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in xy]
    if not xy or not others:
        return None
    return (f"everything but the {xy[0]} and the {xy[1]} goes in the trash", both(binned(others), none_binned(xy)))


def _m_out_except(w: World) -> Made:
    inside = w.in_bowls()
    x = w.pick(inside)
    others = [b for b in inside if x and b != x[0]]
    if not x or not others:
        return None
    home = w.state.base(x[0])
    return (f"take every block out of the bowls except the {x[0]}",
            lambda _i, f: f.base(x[0]) == home and all(
                f.base(o) not in (*f.bowls, BIN) and f.support[o] != "gripper" for o in others))


def _bin_all_but_a_bowl(fmt: str) -> Callable[[World], Made]:
    """'discard every block that is not in the {w}': the blocks outside the first bowl holding any go to the bin."""
    def make(w: World) -> Made:
        full = [b for b in w.bowls if w.state.in_bowl(b)]
        if not full:
            return None
        inside = w.state.in_bowl(full[0])
        outside = [b for b in w.blocks if b not in inside]
        return (fmt.format(w=full[0]), both(binned(outside), none_binned(inside))) if outside else None
    return make


_m_discard_not_in = _bin_all_but_a_bowl("discard every block that is not in the {w}")


def _m_nothing_on(w: World) -> Made:
    x = w.pick([b for b in w.blocks if not w.state.is_clear(b)])
    return (f"the {x[0]} shouldn't have anything on it", rels(Rel("clear", x[0]))) if x else None


def _m_one_on_top_of(w: World) -> Made:
    p, b = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)]), w.pick(w.bowls)
    if not p or not b:
        return None
    top, below = p[0]
    return f"move the one on top of the {below} into the {b[0]}", rels(Rel("in", top, b[0]))


def _m_nearest_block(w: World) -> Made:
    x = w.pick([b for b in w.clear_blocks() if w.state.support[b] not in w.state.support])
    if not x:
        return None
    ds = sorted((w.dist(o, x[0]), o) for o in w.blocks if o != x[0])
    if len(ds) < 2 or ds[1][0] - ds[0][0] < 0.03:
        return None
    return f"stack the block nearest to the {x[0]} on top of the {x[0]}", rels(Rel("on", ds[0][1], x[0]))


def _m_right_bowl(w: World) -> Made:
    x = w.pick(w.blocks)
    if len(w.bowls) < 2:
        return None
    ys = sorted((w.y(b), b) for b in w.bowls)
    if ys[-1][0] - ys[-2][0] < 0.03:
        return None
    return f"move the {x[0]} to whichever bowl is furthest to the right", rels(Rel("in", x[0], ys[-1][1]))


def _m_left_cube(w: World) -> Made:
    ys = sorted((w.y(b), b) for b in w.blocks)
    if ys[1][0] - ys[0][0] < 0.03:
        return None
    return "the cube furthest to the left goes in the bin", binned([ys[0][1]])


def _m_first_place_then(w: World) -> Made:
    xy, p = w.pick(w.blocks, 2), w.rng.choice(list(PLACES))
    if not xy:
        return None
    return (f"first move the {xy[0]} to the {p}, then stack the {xy[1]} on it",
            rels(Rel("at", xy[0], p), Rel("on", xy[1], xy[0])))


def _m_afterwards(w: World) -> Made:
    xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
    if not xy or not b:
        return None
    return (f"move the {xy[0]} into the {b[0]} and afterwards throw the {xy[1]} in the trash",
            both(rels(Rel("in", xy[0], b[0])), binned([xy[1]])))


def _m_start_by(w: World) -> Made:
    p = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not p:
        return None
    top, below = p[0]
    place = w.rng.choice(list(PLACES))
    return (f"start by taking the {top} off the {below}, then move the {below} to the {place}",
            lambda _i, f: holds(Rel("at", below, place), f) and f.support[top] not in (below, "gripper")
            and f.base(top) != BIN)


def _m_empty_then(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    inside = w.state.in_bowl(full[0])
    x = w.pick([b for b in w.blocks if b not in inside])
    if not x:
        return None
    return (f"first empty the {full[0]} into the bin, then move the {x[0]} into the {full[0]}",
            both(binned(inside), rels(Rel("in", x[0], full[0]))))


def _m_still(w: World) -> Made:
    return [b for b in w.clear_blocks() if w.state.support[b] not in w.state.support]


def _m_without_moving(w: World) -> Made:
    x = w.pick(_m_still(w))
    yz = w.pick([b for b in w.blocks if x and b != x[0]], 2)
    if not x or not yz:
        return None
    return (f"without moving the {x[0]}, stack the {yz[0]} on the {yz[1]}",
            both(kept(x[0]), rels(Rel("on", yz[0], yz[1]))))


def _m_exactly_where(w: World) -> Made:
    x = w.pick([b for b in w.blocks if w.state.support[b] not in w.state.support])
    others = [b for b in w.blocks if x and b != x[0]]
    if not x or not others:
        return None
    return (f"keep the {x[0]} exactly where it is and throw every other block in the rubbish",
            both(kept(x[0]), binned(others)))


def _m_dont_move_just(w: World) -> Made:
    x = w.pick([b for b in w.blocks if w.state.support[b] not in w.state.support])
    y = w.pick([b for b in w.blocks if x and b != x[0]])
    if not x or not y:
        return None
    return f"don't move the {x[0]}; just stack the {y[0]} on top of it", both(kept(x[0]), rels(Rel("on", y[0], x[0])))


FRESH5: list[Template] = [
    ("lift X and lower it into W", "imperative", _m_in("lift the {x} and lower it into the {w}")),
    ("move the c cube so it rests on the d cube", "imperative",
     _m_on("move the {c} cube so it rests on the {d} cube")),
    ("bring X over to place", "imperative", _m_bring),
    ("get X down onto the table", "imperative", _m_get_down),
    ("X goes in W", "declarative", _m_in("the {x} goes in the {w}")),
    ("X is stacked on Y", "declarative", _m_on("the {x} is stacked on the {y}")),
    ("X and Y are both inside W", "declarative", _m_both_inside),
    ("ideally X would be in W", "desiderative", _m_in("ideally the {x} would be in the {w}")),
    ("make it so that X ends up inside W", "desiderative", _m_in("make it so that the {x} ends up inside the {w}")),
    ("I'd love for X to be stacked on Y", "desiderative", _m_on("I'd love for the {x} to be stacked on the {y}")),
    ("move each of the blocks into W", "quantified", _m_each_into),
    ("W should hold exactly two blocks", "quantified", _m_hold_two),
    ("arrange the blocks so there is one per bowl", "quantified", _m_one_per_bowl),
    ("stack all the blocks into a single tower on the table", "quantified", _m_single_tower),
    ("every block currently inside a bowl should be thrown away", "quantified", _m_bowled_away),
    ("everything but X and Y goes in the trash", "negated", _m_but_two),
    ("take every block out of the bowls except X", "negated", _m_out_except),
    ("discard every block that is not in W", "negated", _m_discard_not_in),
    ("X shouldn't have anything on it", "negated", _m_nothing_on),
    ("the one on top of Y into W", "relative", _m_one_on_top_of),
    ("the block nearest to X on top of X", "relative", _m_nearest_block),
    ("whichever bowl is furthest to the right", "relative", _m_right_bowl),
    ("the cube furthest to the left goes in the bin", "relative", _m_left_cube),
    ("first move X to place, then stack Y on it", "multi_step", _m_first_place_then),
    ("X into W and afterwards throw Y in the trash", "multi_step", _m_afterwards),
    ("start by taking X off Y, then move Y to place", "multi_step", _m_start_by),
    ("first empty W into the bin, then move X into W", "multi_step", _m_empty_then),
    ("without moving X, stack Y on Z", "keep", _m_without_moving),
    ("keep X exactly where it is and throw every other block in the rubbish", "keep", _m_exactly_where),
    ("don't move X; just stack Y on top of it", "keep", _m_dont_move_just),
]


# ----- HELD OUT, seventh batch: written by a tester who had not read the parser, the understanding tests or the
# lexicon; run once for an honest untuned figure. Reported apart as `fresh6_goal_correct`.
def _p_on_table(w: World, name: str) -> bool:
    return w.state.support[name] in (TABLE, *PLACES)


def _p_in(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:  # never a goal that already holds
        b = w.pick(w.bowls)
        x = w.pick([o for o in w.blocks if b and w.state.base(o) != b[0]])
        if not x or not b:
            return None
        return fmt.format(x=x[0], w=b[0], c=w.colour(x[0]), d=w.colour(b[0])), rels(Rel("in", x[0], b[0]))
    return make


def _p_on(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:  # never a goal that already holds
        xy = w.pick(w.blocks, 2)
        if not xy or w.state.support[xy[0]] == xy[1]:
            return None
        return fmt.format(x=xy[0], y=xy[1], c=w.colour(xy[0]), d=w.colour(xy[1])), rels(Rel("on", xy[0], xy[1]))
    return make


def _p_at(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:  # never a goal that already holds
        x, p = w.pick(w.blocks), w.rng.choice(list(PLACES))
        if w.state.base(x[0]) == p:
            return None
        return fmt.format(x=x[0], p=p, c=w.colour(x[0])), rels(Rel("at", x[0], p))
    return make


def _p_bin(fmt: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:  # never a goal that already holds
        x = w.pick([o for o in w.blocks if w.state.base(o) != BIN])
        return (fmt.format(x=x[0], c=w.colour(x[0])), binned(x)) if x else None
    return make


def _p_take_off(w: World) -> Made:
    p = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not p:
        return None
    top, below = p[0]
    return f"take the {top} off the {below} and set it down on the table", rels(Rel("on_table", top))


def _p_goes_on_table(w: World) -> Made:
    x = w.pick([b for b in w.blocks if w.state.is_clear(b) and not _p_on_table(w, b) and w.state.base(b) != BIN])
    return (f"the {x[0]} goes on the table", rels(Rel("on_table", x[0]))) if x else None


def _p_both_end_in_bin(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    return (f"the {xy[0]} and the {xy[1]} both end up in the bin", binned(xy)) if xy else None


def _p_fill_three(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b or len(w.blocks) < 3 or len(w.state.in_bowl(b[0])) == 3:
        return None
    return f"fill the {b[0]} with exactly three blocks", count_in(b[0], 3)


def _p_two_each(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < 2 * len(w.bowls):
        return None
    check: Check = lambda _i, f: all(len(f.in_bowl(b)) == 2 for b in f.bowls)
    return None if check(w.state, w.state) else ("put two blocks in each bowl", check)


def _p_all_but_one(w: World) -> Made:
    n = len(w.blocks)
    return "throw all but one of the blocks in the bin", lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n - 1


def _p_at_least_two(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b or len(w.blocks) < 2 or len(w.state.in_bowl(b[0])) >= 2:
        return None
    return f"make sure the {b[0]} has at least two blocks in it", count_in(b[0], 2, exact=False)


def _p_table_ones_into(w: World) -> Made:
    b = w.pick(w.bowls)
    outside = [x for x in w.blocks if w.state.base(x) not in w.state.bowls]
    if not b or not outside or any(not _p_on_table(w, x) for x in outside):
        return None  # no stacks on the table, so "the blocks on the table" means one thing
    if len(outside) + len(w.state.in_bowl(b[0])) > layout.BOWL_CAPACITY:
        return None
    return (f"every block that's on the table should go into the {b[0]}",
            rels(*(Rel("in", x, b[0]) for x in outside)))


def _p_corners(w: World) -> Made:
    corners = [p for p in PLACES if "corner" in p]
    if len(w.blocks) < len(corners):
        return None
    return ("put one block in each corner of the table",
            lambda _i, f: all(sum(f.base(b) == c for b in f.blocks) == 1 for c in corners))


def _p_dont_want_in(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x[0])
    return (f"I don't want the {x[0]} in the {bowl} any more",
            lambda _i, f: f.base(x[0]) != bowl and f.support[x[0]] != "gripper")


_p_apart_from_bowl = _bin_all_but_a_bowl("throw out everything apart from what's in the {w}")


def _p_except_two_into(w: World) -> Made:
    b = w.pick(w.bowls)
    xy = w.pick([o for o in w.blocks if b and w.state.base(o) != b[0]], 2)
    if not b or not xy:
        return None
    others = [o for o in w.blocks if o not in xy]
    if not others or len(others) > layout.BOWL_CAPACITY or all(w.state.base(o) == b[0] for o in others):
        return None
    c, d = w.colour(xy[0]), w.colour(xy[1])
    return (f"put all the blocks except the {c} and {d} ones in the {b[0]}",
            lambda i, f: rels(*(Rel("in", o, b[0]) for o in others))(i, f) and all(f.base(v) != b[0] for v in xy))


def _p_not_stay_on(w: World) -> Made:
    p = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not p:
        return None
    top, below = p[0]
    return (f"the {top} must not stay on top of the {below}",
            lambda _i, f: f.support[top] not in (below, "gripper"))


def _p_isnt_colour_into(w: World) -> Made:
    b = w.pick(w.bowls)
    x = w.pick([o for o in w.blocks if b and w.state.base(o) != b[0]])
    if not b or not x:
        return None
    others = [o for o in w.blocks if o != x[0]]
    if len(others) > layout.BOWL_CAPACITY or all(w.state.base(o) == b[0] for o in others):
        return None
    return (f"move every block that isn't {w.colour(x[0])} into the {b[0]}",
            lambda i, f: rels(*(Rel("in", o, b[0]) for o in others))(i, f) and f.base(x[0]) != b[0])


def _p_no_sharing(w: World) -> Made:
    if not any(len(w.state.in_bowl(b)) >= 2 for b in w.bowls):
        return None
    return ("no two blocks should share a bowl",
            both(lambda _i, f: all(len(f.in_bowl(b)) <= 1 for b in f.bowls), none_binned(w.blocks)))


def _p_not_to_be_moved(w: World) -> Made:
    x = w.pick(_m_still(w))
    others = [b for b in w.blocks if x and b != x[0]]
    if not x or not others:
        return None
    return (f"the {x[0]} is not to be moved, but bin every other block", both(kept(x[0]), binned(others)))


def _p_hands_off(w: World) -> Made:
    z = w.pick(_m_still(w))
    xy = w.pick([b for b in w.blocks if z and b != z[0]], 2)
    if not z or not xy or w.state.support[xy[0]] == xy[1]:
        return None
    return (f"stack the {xy[0]} on the {xy[1]} but keep your hands off the {z[0]}",
            both(kept(z[0]), rels(Rel("on", xy[0], xy[1]))))


def _p_only_this_one(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    p = w.rng.choice(list(PLACES))
    if not x or w.state.base(x[0]) == p:
        return None
    others = [b for b in w.blocks if b != x[0]]
    return (f"don't touch anything except the {x[0]}, which goes to the {p}",
            both(kept(*others), rels(Rel("at", x[0], p))))


def _p_closest_to_place(w: World) -> Made:
    b, p = w.pick(w.bowls), w.rng.choice(list(PLACES))
    if not b:
        return None
    px, py = layout.PLACES[p]

    def d(x: str) -> float:
        pos = w.scene.get(x).position
        return ((pos[0] - px) ** 2 + (pos[1] - py) ** 2) ** 0.5

    ds = sorted((d(x), x) for x in w.blocks)
    if len(ds) < 2 or ds[1][0] - ds[0][0] < 0.03 or w.state.base(ds[0][1]) == b[0]:
        return None
    return f"put the block closest to the {p} in the {b[0]}", rels(Rel("in", ds[0][1], b[0]))


def _p_right_on_left(w: World) -> Made:
    ys = sorted((w.y(b), b) for b in w.blocks)
    if ys[1][0] - ys[0][0] < 0.03 or ys[-1][0] - ys[-2][0] < 0.03:
        return None
    left, right = ys[0][1], ys[-1][1]
    return "put the rightmost cube on top of the leftmost one", rels(Rel("on", right, left))


def _p_under(w: World) -> Made:
    p = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not p:
        return None
    top, below = p[0]
    place = w.rng.choice(list(PLACES))
    return f"move the block that's under the {top} to the {place}", rels(Rel("at", below, place))


def _p_own_nearest_bowl(w: World) -> Made:
    x = w.pick([b for b in w.blocks if w.state.base(b) not in w.state.bowls and w.state.base(b) != BIN])
    if not x or len(w.bowls) < 2:
        return None
    ds = sorted((w.dist(x[0], b), b) for b in w.bowls)
    if ds[1][0] - ds[0][0] < 0.03:
        return None
    return f"put the {x[0]} in the bowl nearest to it", rels(Rel("in", x[0], ds[0][1]))


def _p_the_one_in(w: World) -> Made:
    for b in w.bowls:
        inside = w.state.in_bowl(b)
        if len(inside) == 1:
            y = w.pick([o for o in w.blocks if o != inside[0]])
            if y:
                return f"stack the block that's in the {b} on the {y[0]}", rels(Rel("on", inside[0], y[0]))
    return None


def _p_top_of_the_stack(w: World) -> Made:
    tops = [t for t, _ in w.pairs() if w.state.is_clear(t)]
    b = w.pick(w.bowls)
    if len(tops) != 1 or not b or w.state.base(tops[0]) == b[0]:
        return None
    return f"take the top block off the stack and put it in the {b[0]}", rels(Rel("in", tops[0], b[0]))


def _p_middle_bowl(w: World) -> Made:
    if len(w.bowls) != 3:
        return None
    ys = sorted((w.y(b), b) for b in w.bowls)
    if ys[1][0] - ys[0][0] < 0.03 or ys[2][0] - ys[1][0] < 0.03:
        return None
    mid = ys[1][1]
    x = w.pick([o for o in w.blocks if w.state.base(o) != mid])
    return (f"drop the {x[0]} into the middle bowl", rels(Rel("in", x[0], mid))) if x else None


def _p_once_done(w: World) -> Made:
    xy, b, p = w.pick(w.blocks, 2), w.pick(w.bowls), w.rng.choice(list(PLACES))
    if not xy or not b:
        return None
    return (f"first take the {xy[0]} to the {p}, and once that's done put the {xy[1]} in the {b[0]}",
            rels(Rel("at", xy[0], p), Rel("in", xy[1], b[0])))


def _p_next(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    want = rels(Rel("on", x, y), Rel("on", z, x))
    if want(w.state, w.state):
        return None
    return f"put the {x} on the {y}. next, put the {z} on the {x}.", want


def _p_in_there_too(w: World) -> Made:
    xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
    if not xy or not b or all(w.state.base(x) == b[0] for x in xy):
        return None
    return (f"pick up the {xy[0]}, put it in the {b[0]}, then put the {xy[1]} in there too",
            rels(Rel("in", xy[0], b[0]), Rel("in", xy[1], b[0])))


def _p_when_done_throw(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    z = w.pick([b for b in w.blocks if xy and b not in xy and w.state.is_clear(b)])
    if not xy or not z:
        return None
    return (f"put the {xy[0]} on the {xy[1]}, and when you're done with that, throw the {z[0]} away",
            both(rels(Rel("on", xy[0], xy[1])), binned(z)))


def _p_unstack_then(w: World) -> Made:
    p, b = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)]), w.pick(w.bowls)
    if not p or not b:
        return None
    top, below = p[0]
    if w.state.base(below) == b[0]:
        return None
    return (f"unstack the {top} from the {below}, then put the {below} in the {b[0]}",
            lambda _i, f: holds(Rel("in", below, b[0]), f) and f.support[top] not in (below, "gripper")
            and f.base(top) != BIN)


def _p_two_steps(w: World) -> Made:
    xy, b, p = w.pick(w.blocks, 2), w.pick(w.bowls), w.rng.choice(list(PLACES))
    if not xy or not b:
        return None
    return (f"two steps: {xy[0]} into the {b[0]}, then {xy[1]} to the {p}",
            rels(Rel("in", xy[0], b[0]), Rel("at", xy[1], p)))


def _p_after_you(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    return (f"after you put the {x} in the bin, stack the {y} on the {z}", both(binned([x]), rels(Rel("on", y, z))))


def _p_q_bin_count(w: World) -> Made:
    return "how many blocks are in the bin right now?", answered(str(sum(w.state.base(b) == BIN for b in w.blocks)))


def _p_q_colour_on_top(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    top, below = p[0]
    return f"what colour is the block on top of the {below}?", answered(w.colour(top))


def _p_q_anything_in(w: World) -> Made:
    b = w.pick(w.bowls)
    return (f"is there anything in the {b[0]}?", answered(yes(bool(w.state.in_bowl(b[0]))))) if b else None


def _p_q_which_bowl(w: World) -> Made:
    x = w.pick(w.in_bowls())
    return (f"which bowl is the {x[0]} in?", answered(f"the {w.state.base(x[0])}")) if x else None


def _p_q_any_stacked(w: World) -> Made:
    return "are any of the blocks stacked on each other?", answered(yes(bool(w.pairs())))


def _p_q_not_in_bowl(w: World) -> Made:
    n = sum(w.state.base(b) not in w.state.bowls for b in w.blocks)
    return "how many blocks aren't in a bowl?", answered(str(n))


def _p_q_underneath(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    top, below = p[0]
    return f"what's underneath the {top}?", answered(f"the {below}")


def _p_q_directly_table(w: World) -> Made:
    x = w.pick(w.blocks)
    if w.pairs() and w.rng.random() < 0.5:
        x = [w.pick(w.pairs())[0][0]]
    return f"is the {x[0]} sitting directly on the table?", answered(yes(_p_on_table(w, x[0])))


def _p_q_sitting_in(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b:
        return None
    inside = w.state.in_bowl(b[0])
    return f"what's sitting in the {b[0]} at the moment?", answered("|".join(inside) if inside else "nothing")


def _p_match(text: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        want = [r for r in matching(w) if not holds(r, w.state)]
        return (text, rels(*matching(w))) if want else None
    return make


def _p_bin_all(text: str) -> Callable[[World], Made]:
    return lambda w: (text, binned(w.blocks))


FRESH6: list[Template] = [
    ("hey robot, pop X in W", "imperative", _p_in("hey robot, pop the {x} in the {w}")),
    ("can you set the c cube down on top of the d cube?", "imperative",
     _p_on("can you set the {c} cube down on top of the {d} cube?")),
    ("shift X to place, thanks", "imperative", _p_at("shift the {x} to the {p}, thanks")),
    ("chuck X in the bin", "imperative", _p_bin("chuck the {x} in the bin")),
    ("go ahead and place X onto Y", "imperative", _p_on("go ahead and place the {x} onto the {y}")),
    ("take X off Y and set it down on the table", "imperative", _p_take_off),
    ("X ends up in W", "declarative", _p_in("the {x} ends up in the {w}")),
    ("X rests on top of Y when you're done", "declarative", _p_on("the {x} rests on top of the {y} when you're done")),
    ("when you're finished, X should be over in place", "declarative",
     _p_at("when you're finished, the {x} should be over in the {p}")),
    ("X and Y both end up in the bin", "declarative", _p_both_end_in_bin),
    ("the c block has to be in the d bowl", "declarative", _p_in("the {c} block has to be in the {d} bowl")),
    ("X goes on the table", "declarative", _p_goes_on_table),
    ("I'd like X to be in W, please", "desiderative", _p_in("I'd like the {x} to be in the {w}, please")),
    ("could you make it so X is stacked on top of Y?", "desiderative",
     _p_on("could you make it so the {x} is stacked on top of the {y}?")),
    ("I'd prefer to have X in place", "desiderative", _p_at("I'd prefer to have the {x} in the {p}")),
    ("it'd be nice if X were in the bin", "desiderative", _p_bin("it'd be nice if the {x} were in the bin")),
    ("I need X sitting in W", "desiderative", _p_in("I need the {x} sitting in the {w}")),
    ("can we have X on top of Y?", "desiderative", _p_on("can we have the {x} on top of the {y}?")),
    ("fill W with exactly three blocks", "quantified", _p_fill_three),
    ("put two blocks in each bowl", "quantified", _p_two_each),
    ("throw all but one of the blocks in the bin", "quantified", _p_all_but_one),
    ("make sure W has at least two blocks in it", "quantified", _p_at_least_two),
    ("every block that's on the table should go into W", "quantified", _p_table_ones_into),
    ("put one block in each corner of the table", "quantified", _p_corners),
    ("I don't want X in W any more", "negated", _p_dont_want_in),
    ("throw out everything apart from what's in W", "negated", _p_apart_from_bowl),
    ("all the blocks except the c and d ones in W", "negated", _p_except_two_into),
    ("X must not stay on top of Y", "negated", _p_not_stay_on),
    ("move every block that isn't c into W", "negated", _p_isnt_colour_into),
    ("no two blocks should share a bowl", "negated", _p_no_sharing),
    ("X is not to be moved, but bin every other block", "keep", _p_not_to_be_moved),
    ("stack X on Y but keep your hands off Z", "keep", _p_hands_off),
    ("don't touch anything except X, which goes to place", "keep", _p_only_this_one),
    ("the block closest to place in W", "relative", _p_closest_to_place),
    ("the rightmost cube on top of the leftmost one", "relative", _p_right_on_left),
    ("the block that's under X to place", "relative", _p_under),
    ("X in the bowl nearest to it", "relative", _p_own_nearest_bowl),
    ("stack the block that's in W on Y", "relative", _p_the_one_in),
    ("take the top block off the stack and put it in W", "relative", _p_top_of_the_stack),
    ("drop X into the middle bowl", "relative", _p_middle_bowl),
    ("first take X to place, and once that's done put Y in W", "multi_step", _p_once_done),
    ("put X on Y. next, put Z on X.", "multi_step", _p_next),
    ("pick up X, put it in W, then put Y in there too", "multi_step", _p_in_there_too),
    ("X on Y, and when you're done with that, throw Z away", "multi_step", _p_when_done_throw),
    ("unstack X from Y, then put Y in W", "multi_step", _p_unstack_then),
    ("two steps: X into W, then Y to place", "multi_step", _p_two_steps),
    ("after you put X in the bin, stack Y on Z", "multi_step", _p_after_you),
    ("how many blocks are in the bin right now?", "question", _p_q_bin_count),
    ("what colour is the block on top of Y?", "question", _p_q_colour_on_top),
    ("is there anything in W?", "question", _p_q_anything_in),
    ("which bowl is X in?", "question", _p_q_which_bowl),
    ("are any of the blocks stacked on each other?", "question", _p_q_any_stacked),
    ("how many blocks aren't in a bowl?", "question", _p_q_not_in_bowl),
    ("what's underneath X?", "question", _p_q_underneath),
    ("is X sitting directly on the table?", "question", _p_q_directly_table),
    ("what's sitting in W at the moment?", "question", _p_q_sitting_in),
    ("put every block into the bowl that's the same colour, if there is one", "matching",
     _p_match("put every block into the bowl that's the same colour, if there is one")),
    ("could you colour-match the blocks with the bowls?", "matching",
     _p_match("could you colour-match the blocks with the bowls?")),
    ("put everything away in the bin", "loose", _p_bin_all("put everything away in the bin")),
    ("dump all the blocks in the trash can", "loose", _p_bin_all("dump all the blocks in the trash can")),
]


# ----- HELD OUT, eighth batch: written by a tester who had not read the parser or the lexicon, after FRESH6's
# fixes; run once for an honest untuned figure. Reported apart as `fresh7_goal_correct`.
def _s_take_off_table(w: World) -> Made:
    p = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not p:
        return None
    top, below = p[0]
    return f"lift the {top} off the {below} and leave it on the table", rels(Rel("on_table", top))


def _s_both_on_table(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy or all(_p_on_table(w, x) for x in xy):
        return None
    return (f"the {xy[0]} and the {xy[1]} should both be on the table",
            rels(Rel("on_table", xy[0]), Rel("on_table", xy[1])))


def _s_place_is_where(w: World) -> Made:
    x, p = w.pick(w.blocks), w.rng.choice(list(PLACES))
    if w.state.base(x[0]) == p:
        return None
    return f"the {p} is where the {x[0]} should be", rels(Rel("at", x[0], p))


def _s_bowl_with_in_it(w: World) -> Made:
    b = w.pick(w.bowls)
    x = w.pick([o for o in w.blocks if b and w.state.base(o) != b[0]])
    if not b or not x:
        return None
    return f"the {b[0]} should end up with the {x[0]} in it", rels(Rel("in", x[0], b[0]))


def _s_at_least_one(w: World) -> Made:
    b = w.pick([o for o in w.bowls if not w.state.in_bowl(o)])
    return (f"put at least one block in the {b[0]}", count_in(b[0], 1, exact=False)) if b else None


def _s_exactly_one_each(w: World) -> Made:
    if len(w.blocks) < len(w.bowls):
        return None
    check: Check = lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in f.bowls)
    return None if check(w.state, w.state) else ("every bowl should end up with exactly one block", check)


def _s_three_of(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    return "put three of the blocks in the bin", lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3


def _s_give_each(w: World) -> Made:
    if len(w.blocks) < len(w.bowls):
        return None
    check: Check = lambda _i, f: all(f.in_bowl(b) for b in f.bowls)
    return None if check(w.state, w.state) else ("give each bowl a block", check)


def _s_no_more_than(w: World) -> Made:
    b = w.pick([o for o in w.bowls if len(w.state.in_bowl(o)) >= 2])
    if not b:
        return None
    return f"the {b[0]} should contain no more than one block", lambda _i, f: len(f.in_bowl(b[0])) <= 1


def _s_unstack_all(w: World) -> Made:
    if not w.pairs():
        return None
    return "unstack everything", lambda _i, f: all(
        f.support[b] not in f.support and f.support[b] != "gripper" and f.base(b) != BIN for b in f.blocks)


def _s_bin_other_than(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b != x[0]]
    return f"bin everything other than the {x[0]}", both(binned(others), none_binned(x))


def _s_besides_two(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in xy]
    if not xy or not others:
        return None
    return (f"everything besides the {xy[0]} and the {xy[1]} can go in the garbage",
            both(binned(others), none_binned(xy)))


def _s_left_empty(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    return (f"the {full[0]} should be left empty", empty(full[0])) if full else None


def _s_not_colour(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b != x[0]]
    return f"get rid of everything that's not {w.colour(x[0])}", both(binned(others), none_binned(x))


def _s_isnt_on_anymore(w: World) -> Made:
    p = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not p:
        return None
    top, below = p[0]
    return (f"make sure the {top} isn't on the {below} anymore",
            lambda _i, f: f.support[top] not in (below, "gripper"))


def _s_keep_out_of(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x[0])
    return (f"keep the {x[0]} out of the {bowl}",
            lambda _i, f: f.base(x[0]) != bowl and f.support[x[0]] != "gripper")


def _s_except_for_front(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b != x[0]]
    return f"except for the {x[0]}, throw everything out", both(binned(others), none_binned(x))


def _s_dont_bother(w: World) -> Made:
    x = w.pick(_m_still(w))
    rest = [b for b in w.blocks if x and b != x[0]]
    if not x or not rest:
        return None
    return f"don't bother with the {x[0]}, just throw the rest away", both(kept(x[0]), binned(rest))


def _s_without_touching(w: World) -> Made:
    x, b = w.pick(_m_still(w)), w.pick(w.bowls)
    y = w.pick([o for o in w.blocks if x and b and o != x[0] and w.state.base(o) != b[0]])
    if not x or not b or not y:
        return None
    return (f"put the {y[0]} in the {b[0]} without touching the {x[0]}",
            both(kept(x[0]), rels(Rel("in", y[0], b[0]))))


def _s_leaving(w: World) -> Made:
    z = w.pick(_m_still(w))
    xy = w.pick([b for b in w.blocks if z and b != z[0]], 2)
    if not z or not xy or w.state.support[xy[0]] == xy[1]:
        return None
    return (f"stack the {xy[0]} on the {xy[1]}, leaving the {z[0]} where it is",
            both(kept(z[0]), rels(Rel("on", xy[0], xy[1]))))


def _s_bowl_closest_to_block(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy or len(w.bowls) < 2:
        return None
    ds = sorted((w.dist(xy[1], b), b) for b in w.bowls)
    if ds[1][0] - ds[0][0] < 0.03 or w.state.base(xy[0]) == ds[0][1]:
        return None
    return f"the {xy[0]} goes in the bowl that is closest to the {xy[1]}", rels(Rel("in", xy[0], ds[0][1]))


def _s_whichever_place(w: World) -> Made:
    p = w.rng.choice(list(PLACES))
    px, py = layout.PLACES[p]

    def d(x: str) -> float:
        pos = w.scene.get(x).position
        return ((pos[0] - px) ** 2 + (pos[1] - py) ** 2) ** 0.5

    ds = sorted((d(x), x) for x in w.blocks)
    if len(ds) < 2 or ds[1][0] - ds[0][0] < 0.03:
        return None
    return f"grab whichever block is closest to the {p} and bin it", binned([ds[0][1]])


def _s_bottom_of_stack(w: World) -> Made:
    bottoms = {s for _t, s in w.pairs() if w.state.support[s] not in w.state.support}
    b = w.pick(w.bowls)
    if len(bottoms) != 1 or not b:
        return None
    bottom = bottoms.pop()
    if w.state.base(bottom) == b[0]:
        return None
    return f"put the block at the bottom of the stack in the {b[0]}", rels(Rel("in", bottom, b[0]))


def _s_second_from_left(w: World) -> Made:
    b = w.pick(w.bowls)
    ys = sorted((w.y(x), x) for x in w.blocks)
    if not b or len(ys) < 3 or ys[1][0] - ys[0][0] < 0.03 or ys[2][0] - ys[1][0] < 0.03:
        return None
    second = ys[1][1]
    if w.state.base(second) == b[0]:
        return None
    return f"move the second block from the left into the {b[0]}", rels(Rel("in", second, b[0]))


def _s_on_closest_to_it(w: World) -> Made:
    x = w.pick(_m_still(w))
    if not x:
        return None
    ds = sorted((w.dist(o, x[0]), o) for o in w.blocks if o != x[0])
    if len(ds) < 2 or ds[1][0] - ds[0][0] < 0.03:
        return None
    return f"set the {x[0]} on top of the block closest to it", rels(Rel("on", x[0], ds[0][1]))


def _s_empty_right_bowl(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    ys = sorted((w.y(b), b) for b in w.bowls)
    inside = w.state.in_bowl(ys[-1][1])
    if ys[-1][0] - ys[-2][0] < 0.03 or not inside:
        return None
    return "empty the bowl on the right into the bin", binned(inside)


def _s_before_anything(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    if w.state.support[y] == z:
        return None
    return (f"before anything else, put the {x} in the bin; then stack the {y} on the {z}",
            both(binned([x]), rels(Rel("on", y, z))))


def _s_also_on_it(w: World) -> Made:
    xy, p = w.pick(w.blocks, 2), w.rng.choice(list(PLACES))
    if not xy:
        return None
    return (f"move the {xy[0]} to the {p} and then also put the {xy[1]} on it",
            rels(Rel("at", xy[0], p), Rel("on", xy[1], xy[0])))


def _s_followed_by(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    want = rels(Rel("on", x, y), Rel("on", z, x))
    return None if want(w.state, w.state) else (f"put the {x} on the {y}, followed by the {z} on the {x}", want)


def _s_and_the_other_bin(w: World) -> Made:
    xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
    if not xy or not b:
        return None
    return (f"put the {xy[0]} in the {b[0]} and the {xy[1]} in the bin",
            both(rels(Rel("in", xy[0], b[0])), binned([xy[1]])))


def _s_and_finally(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    z = w.pick([b for b in w.blocks if xy and b not in xy and w.state.is_clear(b)])
    p = w.rng.choice(list(PLACES))
    if not xy or not z or w.state.support[xy[0]] == xy[1]:
        return None
    return (f"move the {xy[0]} onto the {xy[1]}, and finally move the {z[0]} to the {p}",
            rels(Rel("on", xy[0], xy[1]), Rel("at", z[0], p)))


def _s_out_then_on(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x[0])
    y = w.pick([o for o in w.blocks if o != x[0] and w.state.base(o) != bowl])
    if not y:
        return None
    return f"take the {x[0]} out of the {bowl} and then put it on the {y[0]}", rels(Rel("on", x[0], y[0]))


def _s_q_see_colour(w: World) -> Made:
    c = w.rng.choice(list(layout.COLOURS))
    return f"do you see a {c} block?", answered(yes(f"{c} block" in w.blocks))


def _s_q_on_top_of(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    top, below = p[0]
    return f"what's on top of the {below}?", answered(f"the {top}")


def _s_q_count_for_me(w: World) -> Made:
    return "count the blocks for me", answered(str(len(w.blocks)))


def _s_q_colour_under(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    top, below = p[0]
    return f"tell me what colour the block under the {top} is", answered(w.colour(below))


def _s_q_how_many_stacked(w: World) -> Made:
    return "how many blocks are stacked on top of other blocks?", answered(str(len(w.pairs())))


def _s_q_leftmost(w: World) -> Made:
    ys = sorted((w.y(b), b) for b in w.blocks)
    if ys[1][0] - ys[0][0] < 0.03:
        return None
    return "which block is furthest to the left?", answered(ys[0][1])


FRESH7: list[Template] = [
    ("would you mind putting X into W?", "imperative", _p_in("would you mind putting the {x} into the {w}?")),
    ("toss X into the garbage", "imperative", _p_bin("toss the {x} into the garbage")),
    ("please stick X on Y", "imperative", _p_on("please stick the {x} on the {y}")),
    ("lay X on top of Y if you can", "imperative", _p_on("lay the {x} on top of the {y} if you can")),
    ("can you drag X to place?", "imperative", _p_at("can you drag the {x} to the {p}?")),
    ("plop the c one into the d bowl", "imperative", _p_in("plop the {c} one into the {d} bowl")),
    ("ok, so, stash X in W", "imperative", _p_in("ok, so, stash the {x} in the {w}")),
    ("lift X off Y and leave it on the table", "imperative", _s_take_off_table),
    ("i need you to place X inside W real quick", "imperative",
     _p_in("i need you to place the {x} inside the {w} real quick")),
    ("in the end, X will be in W", "declarative", _p_in("in the end, the {x} will be in the {w}")),
    ("afterwards X sits on top of Y", "declarative", _p_on("afterwards the {x} sits on top of the {y}")),
    ("X should be placed in W", "declarative", _p_in("the {x} should be placed in the {w}")),
    ("X must be on Y", "declarative", _p_on("the {x} must be on the {y}")),
    ("X and Y should both be on the table", "declarative", _s_both_on_table),
    ("the place is where X should be", "declarative", _s_place_is_where),
    ("W should end up with X in it", "declarative", _s_bowl_with_in_it),
    ("I'd love it if X sat on Y", "desiderative", _p_on("I'd love it if the {x} sat on the {y}")),
    ("what I want is for X to be in W", "desiderative", _p_in("what I want is for the {x} to be in the {w}")),
    ("my aim is to get X into W", "desiderative", _p_in("my aim is to get the {x} into the {w}")),
    ("I wish X was in the bin", "desiderative", _p_bin("I wish the {x} was in the bin")),
    ("let's have X on Y", "desiderative", _p_on("let's have the {x} on the {y}")),
    ("the plan is to have X at place", "desiderative", _p_at("the plan is to have the {x} at the {p}")),
    ("I'm hoping you can get X onto Y", "desiderative", _p_on("I'm hoping you can get the {x} onto the {y}")),
    ("could I get the c block in the d bowl?", "desiderative", _p_in("could I get the {c} block in the {d} bowl?")),
    ("put at least one block in W", "quantified", _s_at_least_one),
    ("every bowl should end up with exactly one block", "quantified", _s_exactly_one_each),
    ("put three of the blocks in the bin", "quantified", _s_three_of),
    ("give each bowl a block", "quantified", _s_give_each),
    ("W should contain no more than one block", "quantified", _s_no_more_than),
    ("unstack everything", "quantified", _s_unstack_all),
    ("bin everything other than X", "negated", _s_bin_other_than),
    ("everything besides X and Y can go in the garbage", "negated", _s_besides_two),
    ("W should be left empty", "negated", _s_left_empty),
    ("get rid of everything that's not c", "negated", _s_not_colour),
    ("make sure X isn't on Y anymore", "negated", _s_isnt_on_anymore),
    ("keep X out of W", "negated", _s_keep_out_of),
    ("except for X, throw everything out", "negated", _s_except_for_front),
    ("don't bother with X, just throw the rest away", "keep", _s_dont_bother),
    ("put Y in W without touching X", "keep", _s_without_touching),
    ("stack X on Y, leaving Z where it is", "keep", _s_leaving),
    ("X goes in the bowl that is closest to Y", "relative", _s_bowl_closest_to_block),
    ("grab whichever block is closest to place and bin it", "relative", _s_whichever_place),
    ("the block at the bottom of the stack in W", "relative", _s_bottom_of_stack),
    ("the second block from the left into W", "relative", _s_second_from_left),
    ("set X on top of the block closest to it", "relative", _s_on_closest_to_it),
    ("empty the bowl on the right into the bin", "relative", _s_empty_right_bowl),
    ("before anything else, X in the bin; then stack Y on Z", "multi_step", _s_before_anything),
    ("move X to place and then also put Y on it", "multi_step", _s_also_on_it),
    ("put X on Y, followed by Z on X", "multi_step", _s_followed_by),
    ("put X in W and Y in the bin", "multi_step", _s_and_the_other_bin),
    ("move X onto Y, and finally move Z to place", "multi_step", _s_and_finally),
    ("take X out of W and then put it on Y", "multi_step", _s_out_then_on),
    ("do you see a c block?", "question", _s_q_see_colour),
    ("what's on top of Y?", "question", _s_q_on_top_of),
    ("count the blocks for me", "question", _s_q_count_for_me),
    ("tell me what colour the block under X is", "question", _s_q_colour_under),
    ("how many blocks are stacked on top of other blocks?", "question", _s_q_how_many_stacked),
    ("which block is furthest to the left?", "question", _s_q_leftmost),
    ("every block should sit in the bowl of its own colour", "matching",
     _p_match("every block should sit in the bowl of its own colour")),
    ("trash everything", "loose", _p_bin_all("trash everything")),
]


# ----- HELD OUT, ninth batch: written by a tester who had not read the parser, the understanding tests or the
# lexicon, after FRESH7; run once for an honest untuned figure. Reported apart as `fresh8_goal_correct`.
def _u_clear_tops(w: World) -> list[tuple[str, str]]:
    """(top, below) for every clear block resting on a block."""
    return [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]


def _u_to_place(w: World, name: str, place: str) -> float:
    pos, (px, py) = w.scene.get(name).position, layout.PLACES[place]
    return ((pos[0] - px) ** 2 + (pos[1] - py) ** 2) ** 0.5


def _u_room(w: World, bowl: str, *moving: str) -> bool:
    """Whether `bowl` can take the `moving` blocks (those already in it count once)."""
    return len([b for b in w.state.in_bowl(bowl) if b not in moving]) + len(moving) <= layout.BOWL_CAPACITY


def _u_pull_off_onto_table(w: World) -> Made:
    p = w.pick(_u_clear_tops(w))
    if not p:
        return None
    top, below = p[0]
    return f"pull the {top} off of the {below} and onto the table", rels(Rel("on_table", top))


def _u_back_down(w: World) -> Made:
    x = w.pick([b for b in w.blocks if w.state.is_clear(b) and not _p_on_table(w, b) and w.state.base(b) != BIN])
    return (f"the {x[0]} oughta be back down on the table", rels(Rel("on_table", x[0]))) if x else None


def _u_so_does(w: World) -> Made:
    b = w.pick(w.bowls)
    xy = w.pick([o for o in w.blocks if b and w.state.base(o) != b[0]], 2)
    if not b or not xy or not _u_room(w, b[0], *xy):
        return None
    return (f"the {xy[0]} goes in the {b[0]}, and so does the {xy[1]}",
            rels(Rel("in", xy[0], b[0]), Rel("in", xy[1], b[0])))


def _u_couple(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    return "ditch a couple of the blocks", lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 2


def _u_every_single_into(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b or len(w.blocks) > layout.BOWL_CAPACITY or all(w.state.base(x) == b[0] for x in w.blocks):
        return None
    return f"load every single cube into the {b[0]}", rels(*(Rel("in", x, b[0]) for x in w.blocks))


def _u_each_corner(w: World) -> Made:
    corners = [p for p in PLACES if "corner" in p]
    check: Check = lambda _i, f: all(sum(f.base(b) == c for b in f.blocks) == 1 for c in corners)
    if len(w.blocks) < len(corners) or check(w.state, w.state):
        return None
    return "spread the blocks out so each corner gets one", check


def _u_any_bowl(w: World) -> Made:
    outside = [b for b in w.blocks if w.state.base(b) not in w.state.bowls]
    if not w.bowls or not outside or len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    return ("get all the cubes into bowls, any bowl's fine",
            lambda _i, f: all(f.base(b) in f.bowls and f.support[b] != "gripper" for b in f.blocks))


def _u_half(w: World) -> Made:
    n = len(w.blocks)
    if n % 2:
        return None
    return "put half the blocks in the bin", lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n // 2


def _u_pair_into(w: World) -> Made:
    b = w.pick([o for o in w.bowls if not w.state.in_bowl(o)])
    return (f"a pair of blocks needs to go in the {b[0]}", count_in(b[0], 2)) if b and len(w.blocks) >= 2 else None


def _u_bar(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b != x[0]]
    return f"scrap everything bar the {x[0]}", both(binned(others), none_binned(x))


def _u_not_a_single(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    return (f"there shouldn't be a single block left in the {full[0]}", empty(full[0])) if full else None


def _u_just_not(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in xy]
    if not xy or not others:
        return None
    return (f"bin every block, just not the {xy[0]} or the {xy[1]}", both(binned(others), none_binned(xy)))


def _u_dont_care_where(w: World) -> Made:
    p = w.pick(_u_clear_tops(w))
    if not p:
        return None
    top, below = p[0]
    return (f"get the {top} off the {below}, I don't care where",
            lambda _i, f: f.support[top] not in (below, "gripper"))


def _u_no_bowl_has(w: World) -> Made:
    if not w.in_bowls():
        return None
    return "none of the bowls should have a block in it", lambda _i, f: not any(f.in_bowl(b) for b in f.bowls)


def _u_instead(w: World) -> Made:
    x, b = w.pick(w.blocks), w.pick(w.bowls)
    if not b:
        return None
    return f"the {x[0]} isn't going in the {b[0]}, put it in the bin instead", binned(x)


def _u_leave_be(w: World) -> Made:
    x = w.pick(_m_still(w))
    rest = [b for b in w.blocks if x and b != x[0]]
    if not x or not rest:
        return None
    return f"leave the {x[0]} be, everything else can go in the bin", both(kept(x[0]), binned(rest))


def _u_as_is(w: World) -> Made:
    x = w.pick(_m_still(w))
    y = w.pick([o for o in w.blocks if x and o != x[0]])
    p = w.rng.choice(list(PLACES))
    if not x or not y or w.state.base(y[0]) == p:
        return None
    return (f"move the {y[0]} to the {p} but the {x[0]} stays exactly as is",
            both(kept(x[0]), rels(Rel("at", y[0], p))))


def _u_dont_mess(w: World) -> Made:
    z = w.pick(_m_still(w))
    xy = w.pick([b for b in w.blocks if z and b != z[0]], 2)
    if not z or not xy or w.state.support[xy[0]] == xy[1]:
        return None
    return (f"don't mess with the {z[0]} while you stack the {xy[0]} on the {xy[1]}",
            both(kept(z[0]), rels(Rel("on", xy[0], xy[1]))))


def _u_whatever_you_do(w: World) -> Made:
    x, b = w.pick(_m_still(w)), w.pick(w.bowls)
    y = w.pick([o for o in w.blocks if x and b and o != x[0] and w.state.base(o) != b[0]])
    if not x or not b or not y or not _u_room(w, b[0], y[0]):
        return None
    return (f"put the {y[0]} in the {b[0]}, and whatever you do, don't disturb the {x[0]}",
            both(kept(x[0]), rels(Rel("in", y[0], b[0]))))


def _u_bowl_nearest_place(w: World) -> Made:
    x, p = w.pick(w.blocks), w.rng.choice(list(PLACES))
    if len(w.bowls) < 2:
        return None
    ds = sorted((_u_to_place(w, b, p), b) for b in w.bowls)
    if ds[1][0] - ds[0][0] < 0.03 or w.state.base(x[0]) == ds[0][1] or not _u_room(w, ds[0][1], x[0]):
        return None
    return f"put the {x[0]} in whichever bowl's nearest the {p}", rels(Rel("in", x[0], ds[0][1]))


def _u_furthest_onto(w: World) -> Made:
    x = w.pick(_m_still(w))
    if not x:
        return None
    ds = sorted(((w.dist(o, x[0]), o) for o in w.blocks if o != x[0]), reverse=True)
    if len(ds) < 2 or ds[0][0] - ds[1][0] < 0.03:
        return None
    return f"move the cube that's furthest from the {x[0]} onto it", rels(Rel("on", ds[0][1], x[0]))


def _u_fewest(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    counts = sorted((len(w.state.in_bowl(b)), b) for b in w.bowls)
    if counts[0][0] == counts[1][0]:
        return None
    target = counts[0][1]
    x = w.pick([o for o in w.blocks if w.state.base(o) != target])
    return (f"put the {x[0]} in the bowl with the fewest blocks", rels(Rel("in", x[0], target))) if x else None


def _u_whatevers_on_top(w: World) -> Made:
    p, b = w.pick(_u_clear_tops(w)), w.pick(w.bowls)
    if not p or not b:
        return None
    top, below = p[0]
    if w.state.base(top) == b[0] or not _u_room(w, b[0], top):
        return None
    return f"whatever's on top of the {below}, put it in the {b[0]}", rels(Rel("in", top, b[0]))


def _u_neighbour(w: World) -> Made:
    x = w.pick(_m_still(w))
    if not x:
        return None
    ds = sorted((w.dist(o, x[0]), o) for o in w.blocks if o != x[0])
    if len(ds) < 2 or ds[1][0] - ds[0][0] < 0.03:
        return None
    return f"the {x[0]}'s nearest neighbour goes in the bin", binned([ds[0][1]])


def _u_far_left(w: World) -> Made:
    ys = sorted((w.y(b), b) for b in w.blocks)
    if ys[1][0] - ys[0][0] < 0.03:
        return None
    left = ys[0][1]
    x = w.pick([b for b in w.blocks if b != left])
    if not x or w.state.support[x[0]] == left:
        return None
    return f"put the {x[0]} on the block on the far left", rels(Rel("on", x[0], left))


def _u_once_in(w: World) -> Made:
    xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
    if not xy or not b:
        return None
    want = rels(Rel("in", xy[0], b[0]), Rel("on", xy[1], xy[0]))
    if want(w.state, w.state) or not _u_room(w, b[0], *xy):
        return None
    return f"once the {xy[0]} is in the {b[0]}, go ahead and stack the {xy[1]} on it", want


def _u_two_places(w: World) -> Made:
    xy, pq = w.pick(w.blocks, 2), w.rng.sample(list(PLACES), 2)
    if not xy:
        return None
    want = rels(Rel("at", xy[0], pq[0]), Rel("at", xy[1], pq[1]))
    if want(w.state, w.state):
        return None
    return f"the {xy[0]} to the {pq[0]}, the {xy[1]} to the {pq[1]}, ta", want


def _u_swap(w: World) -> Made:
    direct = [b for b in w.blocks if w.state.support[b] in w.state.bowls and w.state.is_clear(b)]
    pairs = [(a, b) for a in direct for b in direct if w.state.support[a] < w.state.support[b]]
    p = w.pick(pairs)
    if not p:
        return None
    x, y = p[0]
    bx, by = w.state.support[x], w.state.support[y]
    return f"swap the {x} and the {y} around", rels(Rel("in", x, by), Rel("in", y, bx))


def _u_before_that(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    if w.state.support[y] == z:
        return None
    return (f"stack the {y} on the {z}, but before that, bin the {x}", both(binned([x]), rels(Rel("on", y, z))))


def _u_in_order(w: World) -> Made:
    xyz, b = w.pick(w.blocks, 3), w.pick(w.bowls)
    if not xyz or not b:
        return None
    x, y, z = xyz
    if not _u_room(w, b[0], x, y):
        return None
    return (f"do these in order: {x} into the {b[0]}; {y} on top of the {x}; {z} in the bin",
            both(rels(Rel("in", x, b[0]), Rel("on", y, x)), binned([z])))


def _u_top_it_off(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    want = rels(Rel("on", y, x), Rel("on", z, y))
    if want(w.state, w.state):
        return None
    return f"stack the {y} onto the {x}, then top it off with the {z}", want


def _u_q_got_in(w: World) -> Made:
    b = w.pick(w.bowls)
    return (f"how many cubes have you got in the {b[0]}?", answered(str(len(w.state.in_bowl(b[0]))))) if b else None


def _u_q_most(w: World) -> Made:
    counts = sorted(((len(w.state.in_bowl(b)), b) for b in w.bowls), reverse=True)
    if not counts or counts[0][0] == 0 or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return "which bowl has the most blocks in it?", answered(counts[0][1])


def _u_q_on_top_of_it(w: World) -> Made:
    x = w.pick(w.blocks)
    if w.pairs() and w.rng.random() < 0.5:
        x = [w.pick(w.pairs())[0][1]]
    return f"does the {x[0]} have anything on top of it?", answered(yes(not w.state.is_clear(x[0])))


def _u_q_all_empty(w: World) -> Made:
    return "are all the bowls empty?", answered(yes(not w.in_bowls()))


def _u_q_where_at(w: World) -> Made:
    x = w.pick(w.blocks)
    s = w.state.support[x[0]]
    return f"where's the {x[0]} at right now?", answered(f"the {s}" if s not in (TABLE, *PLACES) else "on the table")


def _u_q_not_in_any(w: World) -> Made:
    outside = [b for b in w.blocks if w.state.base(b) not in w.state.bowls]
    return ("tell me which cubes aren't in any bowl", answered("|".join(outside))) if outside else None


FRESH8: list[Template] = [
    ("shove X into W, cheers", "imperative", _p_in("shove the {x} into the {w}, cheers")),
    ("park X in place", "imperative", _p_at("park the {x} in the {p}")),
    ("plonk the c one on the d one", "imperative", _p_on("plonk the {c} one on the {d} one")),
    ("bung X in the rubbish", "imperative", _p_bin("bung the {x} in the rubbish")),
    ("pls balance X on top of Y", "imperative", _p_on("pls balance the {x} on top of the {y}")),
    ("could ya scoot X over to place?", "imperative", _p_at("could ya scoot the {x} over to the {p}?")),
    ("i'd appreciate it if you'd deposit X in W", "imperative",
     _p_in("i'd appreciate it if you'd deposit the {x} in the {w}")),
    ("pull X off of Y and onto the table", "imperative", _u_pull_off_onto_table),
    ("right, tuck X into W for us", "imperative", _p_in("right, tuck the {x} into the {w} for us")),
    ("by the time you're through, X's in W", "declarative",
     _p_in("by the time you're through, the {x}'s in the {w}")),
    ("X is to sit atop Y", "declarative", _p_on("the {x} is to sit atop the {y}")),
    ("X lives in W from now on", "declarative", _p_in("the {x} lives in the {w} from now on")),
    ("goal state: X on top of Y", "declarative", _p_on("goal state: the {x} on top of the {y}")),
    ("X wants to be over at place", "declarative", _p_at("the {x} wants to be over at the {p}")),
    ("X goes in W, and so does Y", "declarative", _u_so_does),
    ("X oughta be back down on the table", "declarative", _u_back_down),
    ("I reckon X would look better in W", "desiderative", _p_in("I reckon the {x} would look better in the {w}")),
    ("I'm after X sat on Y", "desiderative", _p_on("I'm after the {x} sat on the {y}")),
    ("any chance X could go in place?", "desiderative", _p_at("any chance the {x} could go in the {p}?")),
    ("honestly X would be better off in the bin", "desiderative",
     _p_bin("honestly the {x} would be better off in the bin")),
    ("kinda wanna see the c cube in the d bowl", "desiderative", _p_in("kinda wanna see the {c} cube in the {d} bowl")),
    ("how about X on Y?", "desiderative", _p_on("how about the {x} on the {y}?")),
    ("my preference would be X in W", "desiderative", _p_in("my preference would be the {x} in the {w}")),
    ("X at place would be perfect", "desiderative", _p_at("the {x} at the {p} would be perfect")),
    ("ditch a couple of the blocks", "quantified", _u_couple),
    ("load every single cube into W", "quantified", _u_every_single_into),
    ("spread the blocks out so each corner gets one", "quantified", _u_each_corner),
    ("get all the cubes into bowls, any bowl's fine", "quantified", _u_any_bowl),
    ("put half the blocks in the bin", "quantified", _u_half),
    ("a pair of blocks needs to go in W", "quantified", _u_pair_into),
    ("scrap everything bar X", "negated", _u_bar),
    ("there shouldn't be a single block left in W", "negated", _u_not_a_single),
    ("bin every block, just not X or Y", "negated", _u_just_not),
    ("get X off Y, I don't care where", "negated", _u_dont_care_where),
    ("none of the bowls should have a block in it", "negated", _u_no_bowl_has),
    ("X isn't going in W, put it in the bin instead", "negated", _u_instead),
    ("leave X be, everything else can go in the bin", "keep", _u_leave_be),
    ("move Y to place but X stays exactly as is", "keep", _u_as_is),
    ("don't mess with Z while you stack X on Y", "keep", _u_dont_mess),
    ("put Y in W, and whatever you do, don't disturb X", "keep", _u_whatever_you_do),
    ("X in whichever bowl's nearest place", "relative", _u_bowl_nearest_place),
    ("the cube that's furthest from X onto it", "relative", _u_furthest_onto),
    ("X in the bowl with the fewest blocks", "relative", _u_fewest),
    ("whatever's on top of Y, put it in W", "relative", _u_whatevers_on_top),
    ("X's nearest neighbour goes in the bin", "relative", _u_neighbour),
    ("X on the block on the far left", "relative", _u_far_left),
    ("once X is in W, go ahead and stack Y on it", "multi_step", _u_once_in),
    ("X to place, Y to place2, ta", "multi_step", _u_two_places),
    ("swap X and Y around", "multi_step", _u_swap),
    ("stack Y on Z, but before that, bin X", "multi_step", _u_before_that),
    ("do these in order: X into W; Y on top of X; Z in the bin", "multi_step", _u_in_order),
    ("stack Y onto X, then top it off with Z", "multi_step", _u_top_it_off),
    ("how many cubes have you got in W?", "question", _u_q_got_in),
    ("which bowl has the most blocks in it?", "question", _u_q_most),
    ("does X have anything on top of it?", "question", _u_q_on_top_of_it),
    ("are all the bowls empty?", "question", _u_q_all_empty),
    ("where's X at right now?", "question", _u_q_where_at),
    ("tell me which cubes aren't in any bowl", "question", _u_q_not_in_any),
    ("organize the blocks into the bowls by color", "matching",
     _p_match("organize the blocks into the bowls by color")),
    ("bin the lot", "loose", _p_bin_all("bin the lot")),
]


# ----- TUNED: what the parser was developed against ---------------------------------------------------
def _one_in(w: World, fmt: str, blocks: list[str] | None = None) -> Made:
    x, b = w.pick(blocks if blocks is not None else w.blocks), w.pick(w.bowls)
    return (fmt.format(x=x[0], w=b[0]), rels(Rel("in", x[0], b[0]))) if x and b else None


def _one_on(w: World, fmt: str) -> Made:
    xy = w.pick(w.blocks, 2)
    return (fmt.format(x=xy[0], y=xy[1]), rels(Rel("on", xy[0], xy[1]))) if xy else None


def _t_at_place(w: World) -> Made:
    x, p = w.pick(w.blocks), w.rng.choice(list(PLACES))
    return f"um, move the {x[0]} to the {p}", rels(Rel("at", x[0], p))


def _t_down_on_table(w: World) -> Made:
    p = w.pick(w.pairs())
    return (f"place the {p[0][0]} on the table", rels(Rel("on_table", p[0][0]))) if p else None


def _t_pick_up(w: World) -> Made:
    x = w.pick(w.blocks)
    return f"pick up the {x[0]}", rels(Rel("held", x[0]))


def _t_end_up_table(w: World) -> Made:
    p = w.pick(w.pairs() + [(b, "") for b in w.in_bowls()])
    return (f"the {p[0][0]} should end up on the table", rels(Rel("on_table", p[0][0]))) if p else None


def _t_are_in_bin(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    return f"the {xy[0]} and the {xy[1]} are in the bin", binned(xy)


def _t_to_be_at(w: World) -> Made:
    x, p = w.pick(w.blocks), w.rng.choice(list(PLACES))
    return f"I want the {x[0]} to be at the {p}", rels(Rel("at", x[0], p))


def _t_one_every_bowl(w: World, text: str) -> Made:
    if len(w.blocks) < len(w.bowls):
        return None
    return text, lambda _i, f: all(f.in_bowl(b) for b in f.bowls)


def _t_all_in_bin(w: World) -> Made:
    return "put all the blocks in the bin", binned(w.blocks)


def _t_exactly_two(w: World) -> Made:
    b = w.pick(w.bowls)
    return (f"put exactly two blocks in the {b[0]}", count_in(b[0], 2)) if b and len(w.blocks) >= 2 else None


def _t_some_blocks(w: World) -> Made:
    b = w.pick(w.bowls)
    return (f"put some blocks in the {b[0]}", count_in(b[0], 1, exact=False)) if b else None


def _t_every_block_should(w: World) -> Made:
    return "every block should be in the bin", binned(w.blocks)


def _t_except_colour(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b != x[0]]
    return f"put everything except the {w.colour(x[0])} one in the bin", both(binned(others), none_binned(x))


def _t_arent_in_bowl(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(inside) == len(w.blocks):
        return None
    outside = [b for b in w.blocks if b not in inside]
    return "put the blocks that aren't in a bowl in the bin", both(binned(outside), none_binned(inside))


def _t_no_block_in(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    return (f"no block should be in the {full[0]}", both(empty(full[0]), none_binned(w.blocks))) if full else None


def _t_out_of(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x[0])
    return (f"take the {x[0]} out of the {bowl}",
            lambda _i, f: f.base(x[0]) not in (bowl, BIN) and f.support[x[0]] != "gripper")


def _t_all_but(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b != x[0]]
    return f"throw away all the blocks but the {x[0]}", both(binned(others), none_binned(x))


def _t_dont_touch(w: World) -> Made:
    x = w.pick([b for b in w.clear_blocks() if w.state.support[b] not in w.state.support])
    if not x:
        return None
    others = [b for b in w.blocks if b != x[0]]
    return f"put all the blocks in the bin but don't touch the {x[0]}", both(binned(others), kept(x[0]))


def _t_leave_where(w: World) -> Made:
    x = w.pick([b for b in w.clear_blocks() if w.state.support[b] not in w.state.support])
    rest = [b for b in w.blocks if x and b != x[0]]
    if not x or len(rest) < 2 or len(rest) > layout.MAX_TOWER:
        return None
    return f"leave the {x[0]} where it is and stack the rest", both(kept(x[0]), rels(Rel("tower", *rest)))


def _t_do_not_move(w: World) -> Made:
    x = w.pick([b for b in w.clear_blocks() if w.state.support[b] not in w.state.support])
    y, b = w.pick([b for b in w.blocks if x and b != x[0]]), w.pick(w.bowls)
    if not x or not y or not b:
        return None
    return f"put the {y[0]} in the {b[0]} and do not move the {x[0]}", both(rels(Rel("in", y[0], b[0])), kept(x[0]))


def _t_bin_all(text: str) -> Callable[[World], Made]:
    return lambda w: (text, binned(w.blocks))


def _t_matching(text: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        want = matching(w)
        return (text, rels(*want)) if want else None
    return make


def _t_nearest_bowl(w: World) -> Made:
    b = w.pick(w.bowls)
    loose = [x for x in w.blocks if b and w.state.base(x) != b[0]]
    if not b or len(loose) < 2:
        return None
    ds = sorted((w.dist(x, b[0]), x) for x in loose)
    if ds[1][0] - ds[0][0] < 0.03:
        return None
    return f"put the block nearest the {b[0]} in the bin", binned([ds[0][1]])


def _t_leftmost_bowl(w: World) -> Made:
    x = w.pick(w.blocks)
    if len(w.bowls) < 2:
        return None
    ys = sorted((w.y(b), b) for b in w.bowls)
    if ys[1][0] - ys[0][0] < 0.03:
        return None
    return f"put the {x[0]} in the leftmost bowl", rels(Rel("in", x[0], ys[0][1]))


def _t_one_on_top(w: World) -> Made:
    tops = [t for t, _ in w.pairs() if w.state.is_clear(t)]
    return ("put the one on top in the bin", binned(tops)) if len(tops) == 1 else None


def _t_block_in_bowl(w: World) -> Made:
    for b in w.bowls:
        inside = w.state.on_top(b)
        if len(inside) == 1 and w.state.is_clear(inside[0]):
            return f"put the block in the {b} on the table", rels(Rel("on_table", inside[0]))
    return None


def _t_leftmost_block(w: World) -> Made:
    loose = [x for x in w.blocks if w.state.support[x] != BIN]
    b = w.pick(w.bowls)
    if len(loose) < 2 or not b:
        return None
    ys = sorted((w.y(x), x) for x in loose)
    if ys[1][0] - ys[0][0] < 0.03:
        return None
    return f"put the leftmost block in the {b[0]}", rels(Rel("in", ys[0][1], b[0]))


def _t_then_on(w: World) -> Made:
    xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
    if not xy or not b:
        return None
    return (f"put the {xy[0]} in the {b[0]}, then put the {xy[1]} on the {xy[0]}",
            rels(Rel("in", xy[0], b[0]), Rel("on", xy[1], xy[0])))


def _t_first_and_then(w: World) -> Made:
    xyz = w.pick(w.blocks, 3)
    if not xyz:
        return None
    x, y, z = xyz
    return (f"first stack the {x} on the {y} and then put the {z} on the {x}", rels(Rel("on", x, y), Rel("on", z, x)))


def _t_pick_then_bin(w: World) -> Made:
    x = w.pick(w.blocks)
    return f"pick up the {x[0]}, then put it in the bin", binned(x)


def _t_q_in_bowl(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b:
        return None
    inside = w.state.in_bowl(b[0])
    return f"what is in the {b[0]}?", answered("|".join(inside) if inside else "nothing")


def _t_q_how_many(w: World) -> Made:
    return "how many blocks are there?", answered(str(len(w.blocks)))


def _t_q_is_in(w: World) -> Made:
    x, b = w.pick(w.blocks), w.pick(w.bowls)
    if w.in_bowls() and w.rng.random() < 0.5:
        x = w.pick(w.in_bowls())
    return (f"is the {x[0]} in the {b[0]}?", answered(yes(w.state.base(x[0]) == b[0]))) if b else None


def _t_q_where(w: World) -> Made:
    x = w.pick(w.blocks)
    s = w.state.support[x[0]]
    return f"where is the {x[0]}?", answered(f"the {s}" if s not in (TABLE, *PLACES) else "on the table")


def _t_q_see(w: World) -> Made:
    return "what do you see?", answered("|".join(w.scene.names()))


TUNED: list[Template] = [
    ("put X in W", "imperative", lambda w: _one_in(w, "put the {x} in the {w}")),
    ("pick up X", "imperative", _t_pick_up),
    ("could you please stack X on Y, thanks", "imperative",
     lambda w: _one_on(w, "could you please stack the {x} on the {y}, thanks")),
    ("um, move X to place", "imperative", _t_at_place),
    ("place X on the table", "imperative", _t_down_on_table),
    ("X is on top of Y", "declarative", lambda w: _one_on(w, "the {x} is on top of the {y}")),
    ("X should end up on the table", "declarative", _t_end_up_table),
    ("X is in W", "declarative", lambda w: _one_in(w, "the {x} is in the {w}")),
    ("X and Y are in the bin", "declarative", _t_are_in_bin),
    ("I want X in W", "desiderative", lambda w: _one_in(w, "I want the {x} in the {w}")),
    ("make it so that X is on Y", "desiderative", lambda w: _one_on(w, "make it so that the {x} is on the {y}")),
    ("my goal is that X is in W", "desiderative", lambda w: _one_in(w, "my goal is that the {x} is in the {w}")),
    ("I'd like X on Y", "desiderative", lambda w: _one_on(w, "I'd like the {x} on the {y}")),
    ("I want X to be at place", "desiderative", _t_to_be_at),
    ("one block in every bowl", "quantified", lambda w: _t_one_every_bowl(w, "put one block in every bowl")),
    ("a block in each bowl", "quantified", lambda w: _t_one_every_bowl(w, "put a block in each bowl")),
    ("all the blocks in the bin", "quantified", _t_all_in_bin),
    ("exactly two blocks in W", "quantified", _t_exactly_two),
    ("some blocks in W", "quantified", _t_some_blocks),
    ("every block should be in the bin", "quantified", _t_every_block_should),
    ("everything except the c one", "negated", _t_except_colour),
    ("the blocks that aren't in a bowl", "negated", _t_arent_in_bowl),
    ("no block should be in W", "negated", _t_no_block_in),
    ("take X out of W", "negated", _t_out_of),
    ("throw away all the blocks but X", "negated", _t_all_but),
    ("... but don't touch X", "keep", _t_dont_touch),
    ("leave X where it is and stack the rest", "keep", _t_leave_where),
    ("... and do not move X", "keep", _t_do_not_move),
    ("tidy up", "loose", _t_bin_all("tidy up")),
    ("clean everything off the table", "loose", _t_bin_all("clean everything off the table")),
    ("clear the table", "loose", _t_bin_all("clear the table")),
    ("each block with the bowl of the same colour", "matching",
     _t_matching("put each block with the bowl of the same colour")),
    ("match the blocks to the bowls", "matching", _t_matching("match the blocks to the bowls")),
    ("sort the blocks by colour", "matching", _t_matching("sort the blocks by colour")),
    ("the block nearest W", "relative", _t_nearest_bowl),
    ("the leftmost bowl", "relative", _t_leftmost_bowl),
    ("the one on top", "relative", _t_one_on_top),
    ("the block in W", "relative", _t_block_in_bowl),
    ("the leftmost block", "relative", _t_leftmost_block),
    ("X in W, then Y on X", "multi_step", _t_then_on),
    ("first stack X on Y and then Z on X", "multi_step", _t_first_and_then),
    ("pick up X, then put it in the bin", "multi_step", _t_pick_then_bin),
    ("what is in W?", "question", _t_q_in_bowl),
    ("how many blocks are there?", "question", _t_q_how_many),
    ("is X in W?", "question", _t_q_is_in),
    ("where is X?", "question", _t_q_where),
    ("what do you see?", "question", _t_q_see),
]


# ----- the suite ---------------------------------------------------------------------------------------
def _world(rng: random.Random, seed: int) -> World:
    blocks = rng.randint(3, 6)
    bowls = rng.randint(1, 3)
    in_bowls = rng.randint(0, min(2, blocks - 1))
    stacked = rng.randint(0, min(2, blocks - in_bowls - 1))
    colours = list(layout.COLOURS)
    bowl_colours = rng.sample(colours, bowls)
    # Half the scenes share colours between blocks and bowls, so that colour matching has something to match.
    shared = bowl_colours[: rng.randint(0, bowls)]
    block_colours = shared + rng.sample([c for c in colours if c not in shared], blocks - len(shared))
    spec = generate_scene(seed, blocks, bowls, block_colours=block_colours, bowl_colours=bowl_colours,
                          stacked=stacked, in_bowls=in_bowls)
    scene = scene_from_spec(spec)
    return World(rng=rng, scene=scene, state=SymState.from_scene(scene))


def _score(text: str, check: Check, scene: Scene) -> tuple[str, str]:
    """('correct' | 'wrong' | 'refused' | 'asked', what happened), for one instruction."""
    try:
        plan: Plan = OfflinePlanner().plan(PlanRequest(instruction=text, scene=scene))
    except VlaAgentError as e:
        return "refused", str(e)
    first = plan.steps[0]
    if isinstance(first, Ask):
        return "asked", first.question
    prefix = getattr(check, "answer_prefix", None)
    if prefix is not None:
        reply = getattr(first, "text", None) if first.primitive == "answer" else None
        if reply is None:
            return "wrong", "a question was planned as an action: " + ", ".join(s.describe() for s in plan.steps)
        ok = all(p.lower() in reply.lower() for p in prefix.split("|")) if prefix != "nothing" else (
            "nothing" in reply.lower())
        if prefix in ("Yes", "No") or prefix.isdigit():
            ok = reply.startswith(prefix) and not (prefix.isdigit() and reply[len(prefix):len(prefix) + 1].isdigit())
        return ("correct" if ok else "wrong"), reply
    initial = SymState.from_scene(scene)
    final = simulate(plan, scene)
    steps = ", ".join(s.describe() for s in plan.steps)
    return ("correct" if check(initial, final) else "wrong"), steps
