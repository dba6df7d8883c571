"""The default evaluation suite: six task families on fixed seeds, each with a goal checked on ground truth.

Every task is deterministic in its seed: the scene comes from `sim.scene.generate_scene` and the
wording from a `random.Random(seed)`, so an eval run is reproducible. Goals are data
(`TaskGoal`, relations of `sim.core.relations`), checked on simulator state with `sim.predicates`
(`check_goal`) or on the symbolic model (`check_goal_symbolic`, for tests and planners' self-checks).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from sim.core.errors import UserError, VlaAgentError
from sim.core.goal import unmet
from sim import predicates
from sim.core import layout
from sim.scene import SceneSpec, generate_scene
from sim.symbolic_world import SymbolicWorld
from sim.world import SimState, SimWorld
from sim.core.lexicon import PLACES
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState
from skills.perception.oracle import scene_from_state

if TYPE_CHECKING:
    from agent.api import Agent
    from agent.schemas import EpisodeResult

FAMILIES: tuple[str, ...] = ("single", "stack", "sort", "move_all", "clear", "counts")
class CountCondition(BaseModel):
    """Exactly `n` of `of` hold (for "put two blocks in the bowl")."""

    model_config = ConfigDict(extra="forbid")

    n: int
    of: list[Rel]


class TaskGoal(BaseModel):
    """All of `all_of` hold, none of `none_of` holds, and every count is exact."""

    model_config = ConfigDict(extra="forbid")

    all_of: list[Rel] = Field(default_factory=list)
    none_of: list[Rel] = Field(default_factory=list)
    exactly: list[CountCondition] = Field(default_factory=list)


class Task(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    family: str
    instruction: str
    scene: SceneSpec
    goal: TaskGoal


# --- goal checks ------------------------------------------------------------------------
def _check(goal: TaskGoal, true: Callable[[Rel], bool]) -> bool:
    return (
        all(true(c) for c in goal.all_of)
        and not any(true(c) for c in goal.none_of)
        and all(sum(true(c) for c in cc.of) == cc.n for cc in goal.exactly)
    )


def check_goal(task: Task, state: SimState) -> bool:
    """The task's success on simulator ground truth."""
    return _check(task.goal, lambda c: predicates.holds(c, state))


def check_goal_symbolic(task: Task, state: SymState) -> bool:
    """The task's success on the symbolic model (what rests on what)."""
    return _check(task.goal, lambda c: holds(c, state))


def run_task(agent: Agent, task: Task, *, on_event: Any = None, thread_id: str | None = None,
             rerun: str | Path | None = None) -> EpisodeResult:
    """Run `task` on `agent` (nobody answers questions); `success` is the task's goal predicate on ground truth.

    rerun: a `.rrd` file for the Rerun viewer, written afresh."""
    agent.reset(scene=task.scene)
    if rerun is not None:
        agent.close_recording()
    result = agent.tell(task.instruction, on_event=on_event, thread_id=thread_id, rerun=rerun)
    world = agent.world
    if isinstance(world, SimWorld):
        result.success = bool(check_goal(task, world.sim_state()))
    if not result.success and result.failure is None and isinstance(world, SimWorld):
        result.failure = _unmet_goal_cause(task, result, world.sim_state())  # type: ignore[assignment]
    elif result.success:
        result.failure = None
    return result


def _unmet_goal_cause(task: Task, result: EpisodeResult, truth: SimState) -> str:
    """The agent finished, but the task's goal does not hold: did it pursue the wrong goal, or misjudge the world?

    "understanding" when the agent's own goal holds in the simulator (it reached another goal than the one
    asked), "verification" when it does not (perception judged it reached). Without a stated goal, the
    verified steps replayed on the symbolic model decide: they reach the task's goal -> "verification"."""
    start = SymState.from_scene(scene_from_spec(task.scene))
    if result.goal is not None:
        try:
            missed = unmet(result.goal, SymState.from_scene(scene_from_state(truth)), start)
        except VlaAgentError:
            missed = None
        return "verification" if missed is not None else "understanding"
    for step in result.steps:
        if step.outcome == "success" and step.primitive.check(start) is None:
            step.primitive.apply(start)
    return "verification" if check_goal_symbolic(task, start) else "understanding"


def scene_from_spec(spec: SceneSpec) -> Scene:
    """The `Scene` a perfect perception would report for `spec` at rest (for tests and symbolic checks)."""
    world = SymbolicWorld()
    world.reset(spec)
    return scene_from_state(world.sim_state())


# --- the suite ----------------------------------------------------------------------------
_PLACE_WORDS: dict[str, list[str]] = {
    "top left corner": ["top left corner", "top-left corner", "upper left corner"],
    "top right corner": ["top right corner", "top-right corner", "upper right corner"],
    "bottom left corner": ["bottom left corner", "bottom-left corner", "lower left corner"],
    "bottom right corner": ["bottom right corner", "bottom-right corner", "lower right corner"],
    "middle": ["middle", "centre of the table", "center", "middle of the table"],
}
_NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


def _colour(spec: SceneSpec, name: str) -> str:
    return spec.get(name).colour


def _blocks(spec: SceneSpec) -> list[str]:
    return [o.name for o in spec.objects if o.kind == "block"]


def _bowls(spec: SceneSpec) -> list[str]:
    return [o.name for o in spec.objects if o.kind == "bowl"]


def _on_block(spec: SceneSpec, name: str) -> bool:
    """Something rests on `name`, or `name` rests on a block (part of a tower)."""
    o = spec.get(name)
    return any(x.on == name for x in spec.objects) or (o.on is not None and spec.get(o.on).kind == "block")


def _block_word(rng: random.Random) -> str:
    return rng.choice(["block", "block", "cube"])


def _single(seed: int, rng: random.Random) -> tuple[str, SceneSpec, TaskGoal]:
    spec = generate_scene(seed, rng.randint(3, 4), rng.randint(1, 2), stacked=rng.randint(0, 1), in_bowls=rng.randint(0, 1))
    blocks = _blocks(spec)
    b = rng.choice(blocks)
    c, w = _colour(spec, b), _block_word(rng)
    kind = rng.choice(["bowl", "block", "place"])
    if kind == "bowl":
        bowls = [x for x in _bowls(spec) if spec.get(b).on != x]
        if bowls:
            bowl = rng.choice(bowls)
            bc, dish = _colour(spec, bowl), rng.choice(["bowl", "bowl", "dish"])
            text = rng.choice([
                f"put the {c} {w} in the {bc} {dish}", f"place the {c} {w} into the {bc} {dish}",
                f"move the {c} {w} to the {bc} {dish}", f"could you drop the {c} {w} in the {bc} {dish}?",
                f"the {c} {w} goes in the {bc} {dish}", f"pick up the {c} {w} and put it in the {bc} {dish}",
                f"I'd like the {c} {w} in the {bc} {dish}, please",
            ])
            return text, spec, TaskGoal(all_of=[Rel("in", b, bowl)])
        kind = "block"
    if kind == "block":
        others = [x for x in blocks if x != b and spec.get(b).on != x and spec.get(spec.get(x).on or x).kind != "bowl"]
        if others:
            t = rng.choice(others)
            tc = _colour(spec, t)
            text = rng.choice([
                f"put the {c} {w} on the {tc} block", f"stack the {c} {w} on top of the {tc} one",
                f"place the {c} {w} onto the {tc} {w}", f"set the {c} block on the {tc} cube",
                f"the {c} {w} should go on top of the {tc} block",
            ])
            return text, spec, TaskGoal(all_of=[Rel("on", b, t)])
    place = rng.choice(list(PLACES))
    pw = rng.choice(_PLACE_WORDS[place])
    text = rng.choice([f"move the {c} {w} to the {pw}", f"put the {c} {w} in the {pw}",
                       f"place the {c} {w} at the {pw}", f"bring the {c} {w} to the {pw}, please"])
    return text, spec, TaskGoal(all_of=[Rel("at", b, place)])


def _stack(seed: int, rng: random.Random) -> tuple[str, SceneSpec, TaskGoal]:
    n = rng.randint(3, 4)
    spec = generate_scene(seed, n, rng.randint(0, 1), stacked=rng.randint(1, 2))
    blocks = _blocks(spec)
    kind = rng.choice(["all", "order", "rearrange"])
    if kind == "all":
        text = rng.choice(["stack all the blocks", "stack every cube into one tower", "build a tower with all the blocks",
                           "pile up all the cubes", "put all the blocks on top of each other",
                           "make a single stack of all the blocks"])
        return text, spec, TaskGoal(all_of=[Rel("tower", *blocks)])
    x, y, z = rng.sample(blocks, 3)
    cx, cy, cz = (_colour(spec, b) for b in (x, y, z))
    if kind == "order":
        text = rng.choice([
            f"stack the {cx}, {cy} and {cz} blocks in that order, from the bottom up",
            f"build a tower of the {cy}, {cx} and {cz} cubes with the {cx} one at the bottom",
            f"stack the {cz}, {cy} and {cx} blocks from top to bottom",
            f"stack the {cx}, {cy} and {cz} cubes",
        ])
        return text, spec, TaskGoal(all_of=[Rel("stacked", x, y, z)])
    w = _block_word(rng)
    text = rng.choice([
        f"put the {cy} {w} on the {cx} {w} and the {cz} {w} on the {cy} {w}",
        f"stack the {cy} block on the {cx} block, then the {cz} block on the {cy} block",
        f"place the {cy} {w} onto the {cx} one and the {cz} one onto the {cy} one",
    ])
    return text, spec, TaskGoal(all_of=[Rel("on", y, x), Rel("on", z, y)])


def _sort(seed: int, rng: random.Random) -> tuple[str, SceneSpec, TaskGoal]:
    k = rng.randint(2, 3)
    n = rng.randint(k, min(4, k + 1))
    colours = rng.sample(list(layout.COLOURS), n)
    bowl_colours = rng.sample(colours, k)
    spec = generate_scene(seed, n, k, block_colours=colours, bowl_colours=bowl_colours,
                          stacked=rng.randint(0, 1), in_bowls=rng.randint(0, 1))
    bowl_of = {_colour(spec, w): w for w in _bowls(spec)}
    goal = [Rel("in", b, bowl_of[_colour(spec, b)]) for b in _blocks(spec) if _colour(spec, b) in bowl_of]
    text = rng.choice(["sort the blocks into the bowls by colour", "put each block in the bowl of the same colour",
                       "put the cubes in their matching dishes", "match every block to the bowl with the same color",
                       "sort the cubes by color", "put every block into the matching bowl"])
    return text, spec, TaskGoal(all_of=goal)


def _recolour(spec: SceneSpec, name: str, colour: str) -> SceneSpec:
    """`spec` with block `name` recoloured (names renumbered: 'red block', 'red block 2')."""
    objs = [o.model_dump() for o in spec.objects]
    for o in objs:
        if o["name"] == name:
            o["colour"] = colour
    seen: dict[str, int] = {}
    rename: dict[str, str] = {}
    for o in objs:
        base = f"{o['colour']} {o['kind']}"
        seen[base] = seen.get(base, 0) + 1
        rename[o["name"]] = base if seen[base] == 1 else f"{base} {seen[base]}"
    for o in objs:
        o["name"] = rename[o["name"]]
        o["on"] = rename.get(o["on"]) if o["on"] else None
    return SceneSpec.model_validate({"objects": objs, "seed": spec.seed})


def _move_all(seed: int, rng: random.Random) -> tuple[str, SceneSpec, TaskGoal]:
    n = rng.randint(2, 4)
    spec = generate_scene(seed, n, rng.randint(0, 2), stacked=rng.randint(0, min(2, n - 1)), in_bowls=rng.randint(0, 1))
    place = rng.choice(list(PLACES))
    pw = rng.choice(_PLACE_WORDS[place])
    if n >= 3 and rng.random() < 0.4:
        a, b = rng.sample(_blocks(spec), 2)
        colour = _colour(spec, a)
        spec = _recolour(spec, b, colour)
        chosen = [x for x in _blocks(spec) if _colour(spec, x) == colour]
        text = rng.choice([f"move all the {colour} blocks to the {pw}", f"put every {colour} cube in the {pw}",
                           f"bring both {colour} blocks to the {pw}"])
    else:
        chosen = _blocks(spec)
        text = rng.choice([f"move all the blocks to the {pw}", f"put every cube in the {pw}",
                           f"bring all of the blocks to the {pw}", f"gather all the cubes at the {pw}",
                           f"move everything to the {pw}"])
    return text, spec, TaskGoal(all_of=[Rel("at", b, place) for b in chosen])


def _clear(seed: int, rng: random.Random) -> tuple[str, SceneSpec, TaskGoal]:
    n = rng.randint(2, 4)
    spec = generate_scene(seed, n, rng.randint(0, 2), stacked=rng.randint(0, min(2, n - 1)), in_bowls=rng.randint(0, 1))
    text = rng.choice(["clear the table", "put all the blocks in the bin", "throw everything in the trash",
                       "tidy up the table", "put every cube in the box", "get rid of all the blocks",
                       "please clear the table"])
    return text, spec, TaskGoal(all_of=[Rel("in_bin", b) for b in _blocks(spec)])


def _counts(seed: int, rng: random.Random) -> tuple[str, SceneSpec, TaskGoal]:
    n = rng.randint(3, 5)
    spec = generate_scene(seed, n, rng.randint(1, 2), stacked=rng.randint(0, 1))
    blocks = _blocks(spec)
    bowl = rng.choice(_bowls(spec))
    bc, dish = _colour(spec, bowl), rng.choice(["bowl", "bowl", "dish"])
    if rng.random() < 0.5:
        k = rng.randint(1, min(3, n - 1))
        kw = rng.choice([_NUM_WORDS[k], str(k)])
        text = rng.choice([f"put {kw} blocks in the {bc} {dish}", f"place {kw} of the cubes into the {bc} {dish}",
                           f"move {kw} blocks to the {bc} {dish}", f"put exactly {kw} blocks in the {bc} {dish}"])
        if k == 1:
            text = text.replace("blocks", "block")
        of = [Rel("in", b, bowl) for b in blocks]
        return text, spec, TaskGoal(exactly=[CountCondition(n=k, of=of)])
    target = rng.choice(["bowl", "place", "bin"])
    m = rng.randint(1, 2) if n >= 4 else 1
    if target == "bowl":  # the rest must fit in the bowl
        m = max(m, n - layout.BOWL_CAPACITY)
    excluded = rng.sample(blocks, m)
    names = [_colour(spec, x) for x in excluded]
    ex = names[0] if m == 1 else f"{names[0]} and {names[1]}"
    ones = "one" if m == 1 else "ones"
    if target == "bowl":
        text = rng.choice([f"put all the blocks except the {ex} {ones} in the {bc} {dish}",
                           f"put everything apart from the {ex} {ones} in the {bc} {dish}",
                           f"move every block but the {ex} {ones} to the {bc} {dish}"])
        rel: tuple[str, ...] = ("in", bowl)
    elif target == "place":
        place = rng.choice(list(PLACES))
        pw = rng.choice(_PLACE_WORDS[place])
        text = rng.choice([f"move every block but the {ex} {ones} to the {pw}",
                           f"put all the cubes except the {ex} {ones} in the {pw}"])
        rel = ("at", place)
    else:
        text = rng.choice([f"throw all the cubes except the {ex} {ones} in the bin",
                           f"put every block other than the {ex} {ones} in the trash"])
        rel = ("in_bin",)

    def cond(b: str) -> Rel:
        return Rel(rel[0], b, *rel[1:])

    return text, spec, TaskGoal(all_of=[cond(b) for b in blocks if b not in excluded], none_of=[cond(b) for b in excluded])


_GENERATORS = {"single": _single, "stack": _stack, "sort": _sort, "move_all": _move_all, "clear": _clear, "counts": _counts}


def task_from_seed(family: str, seed: int, task_id: str = "") -> Task | None:
    """The task of `family` generated from `seed`; None when its objects do not fit the table, it is
    solved already, or a block starts inside a named place's radius."""
    if family not in _GENERATORS:
        raise UserError(f"unknown task family {family!r}; valid: {', '.join(FAMILIES)}")
    try:
        text, spec, goal = _GENERATORS[family](seed, random.Random(seed))
    except UserError:
        return None
    task = Task(id=task_id or f"{family}-seed{seed}", family=family, instruction=text, scene=spec, goal=goal)
    start = SymState.from_scene(scene_from_spec(spec))
    if check_goal_symbolic(task, start) or any(s in PLACES for s in start.support.values()):
        return None
    return task


def make_task(family: str, index: int) -> Task:
    """Episode `index` of `family`, always the same task for the same arguments (seeds from 10,000 up,
    100,000 apart per attempt; `agent.task_demos` keeps its seeds clear of them)."""
    if family not in _GENERATORS:
        raise UserError(f"unknown task family {family!r}; valid: {', '.join(FAMILIES)}")
    base = 10_000 + 1_000 * FAMILIES.index(family) + index
    for attempt in range(20):
        task = task_from_seed(family, base + 100_000 * attempt, f"{family}-{index:03d}")
        if task is not None:
            return task
    raise UserError(f"could not generate a scene for {family} episode {index}")  # pragma: no cover


def default_suite(episodes_per_task: int) -> list[Task]:
    """`episodes_per_task` tasks of each of the six families, in a fixed order."""
    if episodes_per_task < 1:
        raise UserError(f"--episodes-per-task must be at least 1, got {episodes_per_task}")
    return [make_task(f, i) for f in FAMILIES for i in range(episodes_per_task)]
