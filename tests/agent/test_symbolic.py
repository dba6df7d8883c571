"""The symbolic blocks-world planner: towers, rearrangements from any start, bowls, 10 blocks."""

from __future__ import annotations

import itertools
import random

import pytest

from sim.core.errors import PlanningError
from agent.planners.base import PlanRequest
from agent.planners.offline import OfflinePlanner, Rel, plan_moves, satisfied
from agent.primitives import Done, Pick, Place
from agent.schemas import Plan
from agent.validate import simulate, validate_plan
from sim.core.symbolic import SymState
from sim.core import layout
from sim.core.perceived import PerceivedObject, Scene

COLOURS = list(layout.COLOURS)
COLOURS_BLOCKS = [f"{c} block" for c in COLOURS]


def make_scene(support: dict[str, str], bowls: tuple[str, ...] = (), held: str | None = None) -> Scene:
    """Blocks named '<colour> block' resting on what `support` says; bowls far from the named places."""
    objs = [PerceivedObject(name=f"{c} bowl", kind="bowl", colour=c, position=(0.3 + 0.15 * i, -0.2, 0.02),
                            extent=(0.16, 0.16, 0.035), confidence=1.0) for i, c in enumerate(bowls)]
    for i, (name, s) in enumerate(support.items()):
        objs.append(PerceivedObject(name=name, kind="block", colour=name.split()[0], position=(0.3 + 0.04 * i, 0.22, 0.02),
                                    extent=(0.04, 0.04, 0.04), confidence=1.0, support=s))
    return Scene(objects=objs, held=held)


def run(scene: Scene, goal: list[Rel]) -> tuple[list[Pick | Place], SymState]:
    state = SymState.from_scene(scene)
    moves = plan_moves(state, goal)
    plan = Plan(steps=[*moves, Done()])
    validate_plan(plan, scene)  # every plan obeys the world's rules
    final = simulate(plan, scene)
    assert satisfied(goal, final)
    return moves, final


def test_tower_is_unstacked_before_the_bottom_block_moves() -> None:
    scene = make_scene({"red block": "table", "blue block": "red block", "green block": "blue block"}, bowls=("pink",))
    moves, _ = run(scene, [Rel("in", "red block", "pink bowl")])
    assert moves == [Pick(object="green block"), Place(target="table"), Pick(object="blue block"), Place(target="table"),
                     Pick(object="red block"), Place(target="pink bowl")]


def test_invert_a_tower_takes_the_minimum_moves() -> None:
    scene = make_scene({"red block": "table", "blue block": "red block", "green block": "blue block"})
    goal = [Rel("on_table", "green block"), Rel("on", "blue block", "green block"), Rel("on", "red block", "blue block")]
    moves, _ = run(scene, goal)
    assert moves == [Pick(object="green block"), Place(target="table"), Pick(object="blue block"),
                     Place(target="green block"), Pick(object="red block"), Place(target="blue block")]


def test_rearrange_towers_from_any_start() -> None:
    """Every reachable start of 5 blocks (random towers, bowls, the bin, held) to random tower goals."""
    rng = random.Random(7)
    names = [f"{c} block" for c in COLOURS[:5]]
    for _ in range(300):
        support: dict[str, str] = {}
        tops = ["table", "table", "pink bowl", "middle", "bin"]
        for n in rng.sample(names, len(names)):
            s = rng.choice(tops)
            support[n] = s
            if s in names or s == "table" or s == "middle":
                tops.append(n)
            if s in names:
                tops.remove(s)
        held = None
        if rng.random() < 0.2:
            clear = [n for n in names if n not in support.values() and support[n] != "bin"]
            held = rng.choice(clear)
            support[held] = "gripper"
        scene = make_scene(support, bowls=("pink",), held=held)
        order = rng.sample(names, rng.randint(2, 5))
        goal = [Rel("on_table", order[0])] + [Rel("on", t, b) for b, t in zip(order, order[1:])]
        moves, final = run(scene, goal)
        assert len(moves) <= 4 * len(names)  # every block moves at most twice


def test_ten_blocks_in_a_reversed_tower() -> None:
    names = [f"{c} block" for c in COLOURS[:9]] + ["red block 2"]
    support = {names[0]: "table", **{t: b for b, t in zip(names, names[1:])}}
    scene = make_scene(support)
    order = names[::-1]
    goal = [Rel("on_table", order[0])] + [Rel("on", t, b) for b, t in zip(order, order[1:])]
    moves, _ = run(scene, goal)
    assert len(moves) == 2 * 10  # each block moves exactly once, straight to its final place


def test_ten_blocks_all_permutation_goals_of_a_small_subset() -> None:
    names = [f"{c} block" for c in COLOURS[:9]] + ["red block 2"]
    support = {n: ("table" if i % 3 == 0 else names[i - 1]) for i, n in enumerate(names)}
    scene = make_scene(support)
    for perm in itertools.permutations(names[:4]):
        run(scene, [Rel("on_table", perm[0])] + [Rel("on", t, b) for b, t in zip(perm, perm[1:])])


def test_a_full_bowl_takes_a_block_on_top_of_one_inside() -> None:
    """Four blocks fill the bowl's floor; a fifth stacks on one of them (one move, not three)."""
    scene = make_scene({f"{c} block": "pink bowl" for c in COLOURS[:4]} | {"white block": "table"}, bowls=("pink",))
    moves, final = run(scene, [Rel("in", "white block", "pink bowl")])
    assert len(moves) == 2 and final.support["white block"] in COLOURS_BLOCKS[:4]
    assert len(final.on_top("pink bowl")) == layout.BOWL_CAPACITY


def test_a_full_bowl_is_emptied_when_the_goal_wants_the_floor() -> None:
    scene = make_scene({f"{c} block": "pink bowl" for c in COLOURS[:4]} | {"white block": "table"}, bowls=("pink",))
    moves, final = run(scene, [Rel("in", "white block", "pink bowl"), Rel("clear", "red block"),
                               Rel("clear", "green block"), Rel("clear", "blue block"), Rel("clear", "yellow block")])
    assert final.support["white block"] == "pink bowl" and len(moves) == 4


def test_held_goal_and_held_start() -> None:
    scene = make_scene({"red block": "table", "blue block": "red block"})
    moves, final = run(scene, [Rel("held", "red block")])
    assert moves == [Pick(object="blue block"), Place(target="table"), Pick(object="red block")]
    scene = make_scene({"red block": "gripper", "blue block": "table"}, held="red block")
    moves, _ = run(scene, [Rel("on", "red block", "blue block")])
    assert moves == [Place(target="blue block")]


@pytest.mark.parametrize(
    ("goal", "message"),
    [
        ([Rel("on", "red block", "red block")], "on itself"),
        ([Rel("on", "red block", "blue block"), Rel("on", "green block", "blue block")], "only one block fits directly"),
        ([Rel("on", "red block", "blue block"), Rel("on", "blue block", "red block")], "cycle"),
        ([Rel("in", c, "pink bowl") for c in ("red block", "blue block", "green block", "yellow block", "orange block")],
         "holds at most 4"),
        ([Rel("held", "red block"), Rel("held", "blue block")], "one block at a time"),
        ([Rel("in", "pink bowl", "pink bowl")], "bowls stay where they are"),
    ],
)
def test_impossible_goals_are_explained(goal: list[Rel], message: str) -> None:
    scene = make_scene({f"{c} block": "table" for c in ("red", "blue", "green", "yellow", "orange")}, bowls=("pink",))
    with pytest.raises(PlanningError, match=message):
        plan_moves(SymState.from_scene(scene), goal)


def test_goal_already_holding_gives_just_done() -> None:
    scene = make_scene({"red block": "table", "blue block": "red block"})
    plan = OfflinePlanner().plan(PlanRequest(instruction="put the blue block on the red block", scene=scene))
    assert len(plan.steps) == 1 and isinstance(plan.steps[0], Done) and "already done" in plan.steps[0].summary
