"""The blocks-world half of `vla-agent bench planner`: random problems stated as sentences, planned offline.

Each problem is a random table (3-8 blocks in random towers on the table, in bowls, at named places, in the
bin, one maybe in the gripper) and a random goal configuration (a subset of the relations of another random
table), said as sentences ("the red block is on the blue block", "put the green block in the bin"). The
offline planner parses and plans it; the plan is simulated symbolically. `plan_correct`: the final state
holds the generated goal; `plan_optimal`: the plan is as short as the optimal search without a budget
(and, on a subset of small problems when pyperplan is installed, as short as pyperplan's breadth-first search).
`sentences_understood` is the share the parser read (a refusal is a miss with a message, never a move), and
`plan_correct_when_understood` / `plan_optimal_when_understood` the planner's own share. The language half
(`benchmarks.language_suite.language_suite`, keys `understood`, `goal_correct`, ...) is merged in when present, and
`default_suite_plan_ms_*` times the offline planner on the default suite's instructions.
"""

from __future__ import annotations

import math
import random
import statistics
import time
from collections.abc import Callable

from agent.planners.base import PlanRequest
from agent.planners.offline import OfflinePlanner
from agent.planners.offline.search import optimal_moves
from agent.primitives import Pick, Place
from agent.validate import simulate
from sim.core import layout
from sim.core.errors import VlaAgentError
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.perceived import PerceivedObject, Scene
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState
from sim.scene import SceneSpec
from sim.worlds import DEFAULT_WORLD

_COLOURS = list(layout.COLOURS)


def random_table(rng: random.Random, blocks: list[str], bowls: list[str], held: bool = True,
                 with_bin: bool = True) -> dict[str, str]:
    """Random supports: towers (at most `layout.MAX_TOWER` high) on the table, in bowls, at places; the bin
    (unless `with_bin` is False: a scene a simulator can reset to starts nothing in the bin)."""
    support: dict[str, str] = {}
    tops: list[str] = []  # clear blocks a block may be stacked on
    height: dict[str, int] = {}
    for b in rng.sample(blocks, len(blocks)):
        bases = [TABLE, TABLE, *([BIN] if with_bin else []), rng.choice(PLACES), *[w for w in bowls if list(support.values()).count(w) < layout.BOWL_CAPACITY]]
        stackable = [t for t in tops if height[t] < layout.MAX_TOWER]
        if stackable and rng.random() < 0.55:
            s = rng.choice(stackable)
            tops.remove(s)
            height[b] = height[s] + 1
        else:
            s = rng.choice(bases)
            height[b] = 1
        support[b] = s
        if s != BIN:
            tops.append(b)
    if held and rng.random() < 0.2:
        clear = [b for b in blocks if b not in support.values()]
        support[rng.choice(clear)] = GRIPPER
    return support


def random_goal(rng: random.Random, state: SymState, with_held: bool = True) -> list[Rel]:
    """A random subset of the relations of another random table (so the goal is consistent)."""
    while True:
        target = SymState(random_table(rng, state.blocks, state.bowls, held=False), state.bowls, state.colours)
        if all(len(target.in_bowl(w)) <= layout.BOWL_CAPACITY for w in state.bowls):
            break
    rels = []
    for b in state.blocks:
        s = target.support[b]
        if s in target.support:
            rels.append(Rel("on", b, s))
        elif s in state.bowls:
            rels.append(Rel("in", b, s))
        elif s in PLACES:
            rels.append(Rel("at", b, s))
        else:
            rels.append(Rel("in_bin", b) if s == BIN else Rel("on_table", b))
    goal = rng.sample(rels, rng.randint(1, len(rels)))
    for r in goal:  # a block in the bin takes nothing on it: say where it goes (check_goal asks for that)
        if r.rel == "on" and state.base(r.target) == BIN:
            below = next(x for x in rels if x.block == r.target)
            if below not in goal:
                goal.append(below)
    if with_held and rng.random() < 0.1:
        free = [b for b in state.blocks if all(b not in r.args for r in goal)]
        if free:
            goal.append(Rel("held", rng.choice(free)))
    return goal


def random_problem(rng: random.Random, n_blocks: int, n_bowls: int) -> tuple[SymState, list[Rel]]:
    """A random table of `n_blocks` uniquely coloured blocks and `n_bowls` bowls, and a random goal for it."""
    colours = rng.sample(_COLOURS, n_blocks)
    blocks = [f"{c} block" for c in colours]
    bowls = [f"{c} bowl" for c in rng.sample(_COLOURS, n_bowls)]
    state = SymState(random_table(rng, blocks, bowls), bowls, {**{b: b.split()[0] for b in blocks},
                                                               **{w: w.split()[0] for w in bowls}})
    return state, random_goal(rng, state)


def scene_of(state: SymState) -> Scene:
    """A perfectly perceived scene with `state`'s supports (towers on the table stand away from the places)."""
    spots = [(x, y) for x in (0.35, 0.45, 0.55, 0.65) for y in (-0.12, 0.12, -0.2, 0.2)]
    spots = [p for p in spots if min(math.dist(p, q) for q in layout.PLACES.values()) > layout.PLACE_RADIUS + 0.02]
    xy: dict[str, tuple[float, float]] = {**layout.PLACES, BIN: layout.BIN_CENTER, GRIPPER: (0.3, 0.0)}
    xy.update({w: spots.pop() for w in state.bowls})
    objs = [PerceivedObject(name=w, kind="bowl", colour=state.colours[w], position=(*xy[w], 0.02),
                            extent=(0.16, 0.16, 0.035), confidence=1.0) for w in state.bowls]
    for b in state.blocks:
        chain = [b]
        while state.support[chain[-1]] in state.support:
            chain.append(state.support[chain[-1]])
        bottom, base = chain[-1], state.support[chain[-1]]
        if base == TABLE and bottom not in xy:
            xy[bottom] = spots.pop()
        sup = state.support[b]
        objs.append(PerceivedObject(
            name=b, kind="block", colour=state.colours[b], confidence=1.0, extent=(0.04, 0.04, 0.04),
            position=(*xy[bottom if base == TABLE else base], 0.02 + 0.04 * (len(chain) - 1)),
            support=TABLE if sup in PLACES else sup,
        ))
    return Scene(objects=objs, held=state.held)


_SAY: dict[str, list[str]] = {
    "on": ["the {0} is on the {1}", "put the {0} on the {1}", "the {0} should be on top of the {1}"],
    "in": ["the {0} is in the {1}", "put the {0} in the {1}", "I want the {0} in the {1}"],
    "at": ["the {0} is at the {1}", "move the {0} to the {1}", "the {0} should end up at the {1}"],
    "in_bin": ["the {0} is in the bin", "put the {0} in the bin", "throw the {0} in the bin"],
    "on_table": ["the {0} is on the table", "put the {0} on the table", "the {0} should end up on the table"],
    "held": ["pick up the {0}"],
}


def sentence(rng: random.Random, goal: list[Rel]) -> str:
    """The goal said as one conjunction, declaratives and commands mixed ("X. Y." would be two steps in order)."""
    parts = [rng.choice(_SAY[r.rel]).format(*r.args) for r in sorted(goal, key=lambda r: r.rel == "held")]
    return rng.choice([", and ", ", ", " and "]).join(parts)


def _length(steps: list) -> int:
    return sum(isinstance(s, (Pick, Place)) for s in steps)


def blocks_suite(problems: int, seed: int, progress: Callable[[int], None] | None = None,
                 pyperplan_every: int = 0) -> dict:
    """Plan `problems` random problems through `OfflinePlanner`; the figures of the blocks-world half.

    `progress(k)` is called after each problem."""
    rng = random.Random(seed)
    planner = OfflinePlanner()
    correct = optimal = understood = checked = agree = 0
    times: list[float] = []
    failures: list[str] = []
    for k in range(problems):
        state, goal = random_problem(rng, rng.randint(3, 8), rng.randint(0, 3))
        text = sentence(rng, goal)
        scene = scene_of(state)
        t0 = time.perf_counter()
        try:
            plan = planner.plan(PlanRequest(instruction=text, scene=scene))
        except VlaAgentError as e:
            failures.append(f"{text!r}: {e}")
            continue
        finally:
            times.append((time.perf_counter() - t0) * 1000)
            if progress is not None:
                progress(k + 1)
        understood += 1
        final = simulate(plan, scene)
        if all(holds(r, final) for r in goal):
            correct += 1
            best = optimal_moves(state, goal, budget_s=None)
            optimal += _length(plan.steps) == len(best)
            if pyperplan_every and k % pyperplan_every == 0 and len(state.blocks) <= 5:
                checked += 1
                agree += pyperplan_length(state, goal) == len(best)
        else:
            failures.append(f"{text!r}: the plan misses the goal")
    times.sort()
    out = {
        "problems": problems, "sentences_understood": understood / problems, "plan_correct": correct / problems,
        "plan_optimal": optimal / problems, "plan_correct_when_understood": correct / max(understood, 1),
        "plan_optimal_when_understood": optimal / max(understood, 1), "ms_p50": round(statistics.median(times), 2),
        "ms_p95": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2), "plan_failures": failures[:10],
    }
    if checked:
        out["pyperplan_checked"], out["pyperplan_agree"] = checked, agree / checked
    return out


def scene_spec_of(state: SymState, np_rng) -> SceneSpec | None:
    """A `SceneSpec` a simulator can reset to with `state`'s supports (None: the bowls and table towers do not fit).

    Bowls and the bottoms of table towers are rejection-sampled clear of each other and of the named places
    (`sim.scene`'s sampler); a block at a place stands in the place's next `layout.PLACE_SLOTS` slot; a block
    in a bowl takes the bowl's next slot (the world's own order); stacked blocks rest on their support.
    Nothing starts in the bin or in the gripper (`state` must hold neither)."""
    from sim.scene import ObjectSpec, _sample_positions

    assert BIN not in state.support.values() and state.held is None, "a simulator scene starts nothing in the bin or gripper"
    on_table = [b for b in state.blocks if state.support[b] == TABLE]
    at_place: dict[str, list[str]] = {}
    for b in state.blocks:
        if state.support[b] in PLACES:
            at_place.setdefault(state.support[b], []).append(b)
    if any(len(v) > len(layout.PLACE_SLOTS) for v in at_place.values()):
        return None
    xy = _sample_positions(np_rng, [(len(state.bowls), layout.BOWL_CLEARANCE, "bowl"),
                                    (len(on_table), layout.BLOCK_CLEARANCE, "block")])
    if xy is None:
        return None
    objects = [ObjectSpec(kind="bowl", colour=state.colours[w], x=x, y=y, name=w) for w, (x, y) in zip(state.bowls, xy)]
    pos = dict(zip(on_table, xy[len(state.bowls):]))
    for place, blocks in at_place.items():
        px, py = layout.PLACES[place]
        pos.update({b: (round(px + dx, 4), round(py + dy, 4)) for b, (dx, dy) in zip(blocks, layout.PLACE_SLOTS)})
    placed: set[str] = set(state.bowls)
    pending = list(state.blocks)
    while pending:  # supports first, so that a bowl's slots fill in a known order
        for b in list(pending):
            sup = state.support[b]
            if sup in (TABLE, *PLACES) or sup in placed:
                x, y = pos.get(b, (0.5, 0.0))
                yaw = float(np_rng.uniform(-math.pi / 4, math.pi / 4)) if b in pos else 0.0
                objects.append(ObjectSpec(kind="block", colour=state.colours[b], x=x, y=y, yaw=yaw, name=b,
                                          on=None if sup in (TABLE, *PLACES) else sup))
                placed.add(b)
                pending.remove(b)
    return SceneSpec(objects=objects)


def executed_problems(n: int, seed: int) -> list[tuple[SceneSpec, list[Rel], str]]:
    """`n` physically realisable problems: 3-6 blocks in random towers on the table, in bowls, at places
    (never in the bin or the gripper), 0-3 bowls, a random goal said as one sentence. Fixed by `seed`."""
    import numpy as np

    rng = random.Random(f"executed-{seed}")
    np_rng = np.random.default_rng(seed)
    out: list[tuple[SceneSpec, list[Rel], str]] = []
    while len(out) < n:
        n_blocks, n_bowls = rng.randint(3, 6), rng.randint(0, layout.MAX_BOWLS)
        colours = rng.sample(_COLOURS, n_blocks)
        blocks = [f"{c} block" for c in colours]
        bowls = [f"{c} bowl" for c in rng.sample(_COLOURS, n_bowls)]
        state = SymState(random_table(rng, blocks, bowls, held=False, with_bin=False), bowls,
                         {**{b: b.split()[0] for b in blocks}, **{w: w.split()[0] for w in bowls}})
        spec = scene_spec_of(state, np_rng)
        if spec is None:
            continue
        goal = random_goal(rng, state)
        spec.seed = seed * 100_000 + len(out)
        out.append((spec, goal, sentence(rng, goal)))
    return out


def executed_suite(problems: int, seed: int = 0, world: str = DEFAULT_WORLD,
                   progress: Callable[[int], None] | None = None) -> dict:
    """Run `problems` executed problems through the real agent (offline planner, scripted skills, default
    perception; on the symbolic world its own skills and perceiver) and judge each on simulator truth.

    `executed_success`: every goal relation holds on the final simulator state (`sim.predicates.holds`);
    `verdict_agrees`: the agent's `EpisodeResult.success` equals that ground truth."""
    from agent.api import Agent
    from sim.predicates import holds as holds_truth
    from sim.worlds import world_kind

    cases = executed_problems(problems, seed)
    skills = world_kind(world).skills or "scripted"
    reached = agrees = said_success = 0
    steps: list[int] = []
    failures: list[dict] = []
    disagreements: list[dict] = []
    with Agent(planner="offline", skills=skills, world=world) as bot:
        for k, (spec, goal, text) in enumerate(cases):
            try:
                result = bot.run(text, scene=spec)
                verdict, error, n_steps = result.success, result.error, len(result.steps)
                cause = result.failure
            except VlaAgentError as e:  # an episode that raised: the verdict is a failure
                verdict, error, n_steps, cause = False, f"{type(e).__name__}: {e}", 0, None
            truth_state = bot.world.sim_state()
            unmet = [r.describe() for r in goal if not holds_truth(r, truth_state)]
            truth = not unmet
            reached += truth
            said_success += verdict
            agrees += verdict == truth
            steps.append(n_steps)
            record = {"id": k, "sentence": text, "ground_truth": truth, "verdict": verdict, "error": error,
                      "unmet": unmet, "steps": n_steps, "failure": cause,
                      "scene": [f"{o.name} on {o.on or f'table ({o.x:.2f}, {o.y:.2f})'}" for o in spec.objects]}
            if not truth:
                failures.append(record)
            if verdict != truth:
                disagreements.append(record)
            if progress is not None:
                progress(k + 1)
    n = max(problems, 1)
    return {
        "executed": problems, "executed_world": world, "executed_skills": skills,
        "executed_success": reached / n, "verdict_agrees": agrees / n,
        "executed_reached": reached, "executed_verdict_success": said_success,
        "executed_disagreements": len(disagreements),
        "executed_mean_steps": round(statistics.fmean(steps), 2) if steps else 0.0,
        "executed_failures": failures, "executed_disagreement_list": disagreements,
    }


_POOL = None  # one spawned pyperplan process, reused; replaced when a search overruns


def pyperplan_length(state: SymState, goal: list[Rel], quick_s: float = 1.0, limit_s: float | None = None) -> int | None:
    """The optimal plan length pyperplan finds for the shipped domain (None: no plan).

    Breadth-first search, which is fastest on short plans; past `quick_s` seconds, A* with LM-cut, which
    is fastest on long ones (both optimal); `TimeoutError` past `limit_s` more. Unused places, bowls and the
    bin are left out of the problem: the optimum is the same, the search smaller. The search runs in a
    spawned process, so its timer never fires inside the caller (a signal raised in a gc callback is lost).
    """
    import atexit
    import multiprocessing

    from sim.core.pddl import domain_pddl, problem_pddl

    global _POOL
    if _POOL is None:
        _POOL = multiprocessing.get_context("spawn").Pool(1)
        atexit.register(_close_pool)
    job = _POOL.apply_async(_pyperplan_search, (domain_pddl(), problem_pddl(state, goal, minimal=True), quick_s))
    try:
        length = job.get(None if limit_s is None else quick_s + limit_s + 10.0)
    except multiprocessing.TimeoutError:
        _POOL.terminate()
        _POOL = None
        raise TimeoutError(f"pyperplan needed more than {quick_s + (limit_s or 0):g} s") from None
    return length


def _close_pool() -> None:
    """At exit, before the interpreter tears down what the pool's finaliser needs (else it prints a traceback)."""
    global _POOL
    if _POOL is not None:
        _POOL.terminate()
        _POOL.join()
        _POOL = None


def _pyperplan_search(domain: str, problem: str, quick_s: float) -> int | None:
    """In the pyperplan process: BFS for `quick_s` seconds, then A* with LM-cut (no limit: the caller has one)."""
    import logging
    import signal
    import tempfile
    from pathlib import Path

    from pyperplan.planner import HEURISTICS, SEARCHES, search_plan

    def _alarm(signum: int, frame: object) -> None:
        raise _Slow

    logging.getLogger().setLevel(logging.WARNING)  # pyperplan logs every search at INFO
    signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory() as tmp:
        d, p = Path(tmp, "domain.pddl"), Path(tmp, "problem.pddl")
        d.write_text(domain)
        p.write_text(problem)
        signal.setitimer(signal.ITIMER_REAL, quick_s)
        try:  # the alarm may also fire as the quick search returns: it is caught all the same
            try:
                plan = search_plan(str(d), str(p), SEARCHES["bfs"], None)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _Slow:
            plan = search_plan(str(d), str(p), SEARCHES["astar"], HEURISTICS["lmcut"])
    return None if plan is None else len(plan)


class _Slow(Exception):
    """pyperplan's quick search ran out of its time (module level, so a worker can send it back)."""


def run(problems: int = 500, seed: int = 0, language_episodes: int = 500,
        progress: Callable[[int], None] | None = None, executed: int = 0, world: str = DEFAULT_WORLD,
        executed_progress: Callable[[int], None] | None = None) -> dict:
    """Both halves of the planner benchmark as one dict, and `executed` problems run on `world` (0: none)."""
    out = blocks_suite(problems, seed, progress, pyperplan_every=_pyperplan_every()) if problems > 0 else {}
    out.update(default_suite_plan_ms())
    if executed > 0:
        out.update(executed_suite(executed, seed, world, executed_progress))
    if language_episodes <= 0:
        return out
    try:
        from benchmarks.language_suite import language_suite
    except ImportError:
        return out
    return {**language_suite(language_episodes, seed), **out}


def default_suite_plan_ms(episodes_per_task: int = 25, repeats: int = 5) -> dict:
    """The offline planner's time per plan on the default suite's instructions and scenes (what `vla-agent eval
    --suite default` asks): each instruction planned `repeats` times after one warm-up, its median kept; the mean
    and the median over the instructions, in ms."""
    from agent.evaluation.suite import default_suite, scene_from_spec

    requests = [PlanRequest(instruction=t.instruction, scene=scene_from_spec(t.scene))
                for t in default_suite(episodes_per_task)]
    planner = OfflinePlanner()
    per: list[float] = []
    for request in requests:
        planner.plan(request)
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            planner.plan(request)
            times.append((time.perf_counter() - start) * 1000)
        per.append(statistics.median(times))
    return {"default_suite_plan_ms_mean": round(statistics.fmean(per), 3),
            "default_suite_plan_ms_p50": round(statistics.median(per), 3)}


def _pyperplan_every() -> int:
    try:
        import pyperplan  # noqa: F401
    except ImportError:
        return 0
    return 10
