"""`vla-agent bench sim`: each world's rendering and physics speed, the scripted experts' pick-and-place success,
the wall time of `vla-agent run "clear the table"` with each skill set, and the time to the first action.

Worlds: the simulators of `sim.worlds.WORLDS` ("pybullet", "mujoco"; the symbolic test double has no physics).
Per world, on the same scenes:

- render_ms: median ms per front-camera frame at 96 / 128 / 224 px, rendered as that world's runtime renders it
  (`render_camera(FRONT_CAMERA, size)` with the world's defaults, which is what `observe()` does for the front
  camera). `render_includes` says what that frame holds: PyBullet's TinyRenderer always returns RGB + depth +
  segmentation; `MujocoWorld` renders RGB + depth only unless built with `segmentation=True`, and its
  `render_ms_with_segmentation` gives the frame with the second (segmentation) draw, for comparison.
- steps_per_s: physics ticks per wall second (`simulate`), and sim_s_per_wall_s, simulated seconds per wall second
  (the ticks differ: PyBullet 1/240 s, MuJoCo 2 ms).
- scripted_success: `sim.episodes.bench_scene` / `pick_place_task` on seeds 0..N-1 with the scripted experts,
  judged on simulator truth.
- clear_table_s: wall seconds of one `vla-agent run "clear the table" --planner offline --seed 0 --world W
  --skills S` process, from launch to exit, for S in ("learned", "scripted"), each in a fresh interpreter.
- first_action_s: from the start of `vla-agent run`'s work (the first line the interpreter runs: before the CLI is
  imported, so it covers importing the CLI and the runtime, building the Agent, the skills and the world, resetting
  the scene, the first perception and the plan) to the first `World.step` call, measured inside that process. It
  leaves out the interpreter's own start (`first_action_from_launch_s` adds it: from the parent's launch of the
  process). Measured in the clear-the-table processes, or, without them, in one that stops at the first action.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence

import numpy as np

from sim.cameras import FRONT_CAMERA
from sim.core.errors import ConfigError, UserError
from sim.episodes import TARGET_KINDS, bench_scene, pick_place_task
from sim.world import Action
from sim.worlds import DEFAULT_WORLD, PHYSICS_WORLDS, world_kind
from skills.base import Target

NEEDS = {"mujoco": "mujoco"}  # world -> the module it needs (pip install -e ".[mujoco]")
SIZES = (96, 128, 224)
SKILL_SETS = ("learned", "scripted")
INSTRUCTION = "clear the table"
CLEAR_TABLE_SEED = 0
PHYSICS_S = 10.0  # simulated seconds for steps_per_s
ACTIONS = 50  # 10 Hz actions for actions_per_s
FRAMES = 10  # timed frames per render size (after one untimed)
CHILD_TIMEOUT_S = 900.0

# Runs `vla-agent run ARGS...` in a fresh interpreter and writes when the first World.step came. The clock starts
# on the first line, before anything of the project is imported. The worlds built by name (`sim.worlds.make_world`,
# what `Agent` uses) get their `step` wrapped; with stop=1 the process ends at the first action.
_CHILD = r"""
import time
t0 = time.perf_counter(); w0 = time.time()
import json, os, sys
out, stop = sys.argv[1], sys.argv[2] == "1"
first = {}
def report(code=None):
    with open(out, "w") as f:
        json.dump({"first_action_s": first.get("t", t0) - t0 if first else None,
                   "first_action_wall": first.get("w"), "start_wall": w0, "code": code,
                   "total_s": time.perf_counter() - t0}, f)
import sim.worlds as worlds
make_world = worlds.make_world
def timed_world(name=None):
    world = make_world(name)
    step = world.step
    def first_step(action):
        if not first:
            first["t"], first["w"] = time.perf_counter(), time.time()
            if stop:
                report()
                os._exit(0)
        return step(action)
    world.step = first_step
    return world
worlds.make_world = timed_world
from agent.cli import cli
code = cli(["run", *sys.argv[3:]])
report(code)
sys.exit(code)
"""


def available_worlds() -> tuple[list[str], list[str]]:
    """(the bench worlds that can run here, notes on those that cannot)."""
    names, notes = [], []
    for name in PHYSICS_WORLDS:
        module = NEEDS.get(name)
        if module and importlib.util.find_spec(module) is None:
            notes.append(f"{name} skipped: the {module} package is not installed (pip install -e \".[{module}]\")")
        else:
            names.append(name)
    return names, notes


def parse_worlds(text: str | None) -> tuple[list[str], list[str]]:
    """`--worlds a,b` (None: every bench world that can run here) -> (names, notes); unknown or missing: UserError."""
    if text is None:
        return available_worlds()
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise UserError("--worlds is empty; name one or more of: " + ", ".join(PHYSICS_WORLDS))
    for name in names:
        if name not in PHYSICS_WORLDS:
            raise UserError(f"--worlds: {name!r} is not a physics world; valid: {', '.join(PHYSICS_WORLDS)}")
        module = NEEDS.get(name)
        if module and importlib.util.find_spec(module) is None:
            raise UserError(f"--worlds: {name} needs the {module} package: pip install -e \".[{module}]\"")
    return list(dict.fromkeys(names)), []


def _world_class(name: str):
    module, attr = world_kind(name).factory.split(":")
    mod = importlib.import_module(module)
    return getattr(mod, attr), float(mod.PHYSICS_HZ)


def work_units(worlds: Sequence[str], episodes: int, clear_table: bool, first_action: bool) -> int:
    """How many times `run` calls `progress`: per world the speed part, each episode, each clear-the-table run,
    and the first-action process when it runs on its own."""
    per_world = 1 + episodes + (len(SKILL_SETS) if clear_table else 0)
    alone = first_action and not clear_table and DEFAULT_WORLD in worlds
    return len(worlds) * per_world + (1 if alone else 0)


def _median_ms(fn: Callable[[], object], frames: int) -> float:
    fn()  # untimed: first-use costs (buffers, a resized offscreen context)
    times = []
    for _ in range(frames):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return round(statistics.median(times) * 1000, 2)


def measure_speed(world, physics_hz: float, frames: int = FRAMES, physics_s: float = PHYSICS_S) -> dict:
    """Physics, 10 Hz action and render speed of `world` (reset to `bench_scene(0)` here)."""
    world.reset(bench_scene(0))
    ticks = max(1, round(physics_s * physics_hz))
    t = time.perf_counter()
    world.simulate(ticks)
    wall = time.perf_counter() - t
    out: dict = {"physics_hz": physics_hz, "steps_per_s": round(ticks / wall), "sim_s_per_wall_s": round(ticks / physics_hz / wall, 2)}
    t = time.perf_counter()
    for _ in range(ACTIONS):
        world.step(Action(dpos=np.zeros(3)))
    out["actions_per_s"] = round(ACTIONS / (time.perf_counter() - t), 1)
    frame = world.render_camera(FRONT_CAMERA, 128)
    out["render_includes"] = "rgb+depth" + ("+segmentation" if frame.segmentation is not None else "")
    out["render_ms"] = {str(s): _median_ms(lambda s=s: world.render_camera(FRONT_CAMERA, s), frames) for s in SIZES}
    if "segmentation" in inspect.signature(world.render_camera).parameters and frame.segmentation is None:
        out["render_ms_with_segmentation"] = {
            str(s): _median_ms(lambda s=s: world.render_camera(FRONT_CAMERA, s, segmentation=True), frames)
            for s in SIZES}
    return out


def scripted_success(world, episodes: int, progress: Callable[[], None] | None = None) -> dict:
    """The scripted experts' pick-and-place on seeds 0..episodes-1 (today's `bench sim` measure)."""
    from skills.scripted import make_skills, placed

    skills = make_skills()
    by_kind: dict[str, list[bool]] = {k: [] for k in TARGET_KINDS}
    failures: list[dict] = []
    seconds = []
    for seed in range(episodes):
        scene = bench_scene(seed)
        world.reset(scene)
        state = world.sim_state()
        block, goal = pick_place_task(seed, state, scene.objects)
        target = Target(*goal)
        t = time.perf_counter()
        picked = skills["pick"](world, Target(block, "object", state.objects[block].position, "block"))
        put = skills["place"](world, target) if picked.success else None
        seconds.append(time.perf_counter() - t)
        dest = target.name if target.kind == "object" else None  # the bench knows the true object
        ok = picked.success and put is not None and placed(world.sim_state(), block, target, dest)
        by_kind[TARGET_KINDS[seed % len(TARGET_KINDS)]].append(ok)
        if not ok:
            failures.append({"seed": seed, "block": block, "target": target.name, "message": (put or picked).message})
        if progress:
            progress()
    n_ok = sum(sum(v) for v in by_kind.values())
    return {
        "scripted_success": round(float(n_ok) / episodes, 4),
        "scripted_success_by_target": {k: round(float(sum(v)) / len(v), 4) for k, v in by_kind.items() if v},
        "s_per_pick_place": round(float(np.mean(seconds)), 3),
        "episodes": episodes,
        "failures": failures[:10],
    }


def run_agent_process(world: str, skills: str | None, stop_at_first_action: bool = False,
                      timeout_s: float = CHILD_TIMEOUT_S) -> dict:
    """One `vla-agent run "clear the table" --planner offline --seed 0` in a fresh interpreter (see `_CHILD`).

    Returns wall_s (launch to exit), first_action_s (in-process, from the start of `run`'s work),
    first_action_from_launch_s, and, when it ran to the end, the episode's success and its own wall_s.
    """
    args = [INSTRUCTION, "--planner", "offline", "--seed", str(CLEAR_TABLE_SEED), "--world", world, "--json"]
    if skills is not None:
        args += ["--skills", skills]
    with tempfile.TemporaryDirectory(prefix="bench-sim-") as tmp:
        out_path = os.path.join(tmp, "first_action.json")
        launch = time.time()
        t = time.perf_counter()
        try:
            proc = subprocess.run([sys.executable, "-c", _CHILD, out_path, "1" if stop_at_first_action else "0", *args],
                                  capture_output=True, text=True, timeout=timeout_s, stdin=subprocess.DEVNULL,
                                  check=False)
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {timeout_s:.0f} s"}
        wall = time.perf_counter() - t
        try:
            with open(out_path) as f:
                child = json.load(f)
        except (OSError, ValueError):
            tail = " ".join((proc.stderr or "").split()[-40:])
            return {"error": f"exit code {proc.returncode}, no timing written: {tail}"}
    got: dict = {"wall_s": round(wall, 2)}
    if child["first_action_s"] is not None:
        got["first_action_s"] = round(child["first_action_s"], 3)
        got["first_action_from_launch_s"] = round(child["first_action_wall"] - launch, 3)
    if not stop_at_first_action:
        try:
            episode = json.loads(proc.stdout.strip().splitlines()[-1])
            got["success"] = bool(episode["success"])
            got["episode_wall_s"] = episode.get("wall_s")
        except (ValueError, IndexError, KeyError, TypeError):
            got["error"] = f"exit code {proc.returncode}, no EpisodeResult: {' '.join((proc.stderr or '').split()[-40:])}"
    return got


def run(
    episodes: int = 200,
    progress: Callable[[int], None] | None = None,
    worlds: Sequence[str] | None = None,
    clear_table: bool = True,
    first_action: bool = True,
    frames: int = FRAMES,
    physics_s: float = PHYSICS_S,
) -> dict:
    """Measure; `progress(k)` is called with the units done so far (`work_units` in all).

    worlds: bench world names (None: those that can run here). Today's top-level keys (steps_per_s,
    actions_per_s, render_ms, scripted_success, scripted_success_by_target, s_per_pick_place, episodes,
    failures) repeat the default world's figures when it is among them.
    """
    if episodes < 1:
        raise ValueError("episodes must be >= 1")
    if frames < 1:
        raise ValueError("frames must be >= 1")
    notes: list[str] = []
    if worlds is None:
        names, notes = available_worlds()
    else:
        names = list(worlds)
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done)

    load_before = os.getloadavg()
    result: dict = {"worlds": {}, "default_world": DEFAULT_WORLD}
    for name in names:
        cls, hz = _world_class(name)
        try:
            world = cls(image_size=128, wrist_camera=False)
        except ConfigError as e:  # e.g. MuJoCo without an OpenGL backend
            if worlds is not None:
                raise
            notes.append(f"{name} skipped: {e}")
            continue
        with world:
            entry = measure_speed(world, hz, frames, physics_s)
            advance()
            entry.update(scripted_success(world, episodes, advance))
        result["worlds"][name] = entry

    default_skills = None
    if first_action or clear_table:
        from agent.api import DEFAULT_SKILLS

        default_skills = world_kind(DEFAULT_WORLD).skills or DEFAULT_SKILLS
    result["default_skills"] = default_skills
    for name, entry in result["worlds"].items():
        if clear_table:
            runs = {}
            for skills in SKILL_SETS:
                runs[skills] = run_agent_process(name, skills)
                advance()
            entry["clear_table_s"] = {s: r.get("wall_s") if "error" not in r else None for s, r in runs.items()}
            entry["clear_table_episode_s"] = {s: r.get("episode_wall_s") for s, r in runs.items()}
            entry["clear_table_success"] = {s: r.get("success") for s, r in runs.items()}
            entry["first_action_s"] = {s: r.get("first_action_s") for s, r in runs.items()}
            errors = {s: r["error"] for s, r in runs.items() if "error" in r}
            if errors:
                entry["clear_table_errors"] = errors
            if name == DEFAULT_WORLD and default_skills in runs:
                r = runs[default_skills]
                result["first_action_s"] = r.get("first_action_s")
                result["first_action_from_launch_s"] = r.get("first_action_from_launch_s")
    if first_action and not clear_table and DEFAULT_WORLD in result["worlds"]:
        r = run_agent_process(DEFAULT_WORLD, None, stop_at_first_action=True)
        advance()
        result["first_action_s"] = r.get("first_action_s")
        result["first_action_from_launch_s"] = r.get("first_action_from_launch_s")
        if "error" in r:
            notes.append(f"first action: {r['error']}")
    result.setdefault("first_action_s", None)
    if not first_action and not clear_table:
        notes.append("first_action_s not measured (no clear-table runs, first action skipped)")
    elif DEFAULT_WORLD not in result["worlds"]:
        notes.append(f"first_action_s and today's top-level keys are for the default world, {DEFAULT_WORLD}, "
                     "which was not measured")

    default = result["worlds"].get(DEFAULT_WORLD)
    if default is not None:  # today's top-level keys, for the default world
        for key in ("steps_per_s", "actions_per_s", "render_ms", "scripted_success", "scripted_success_by_target",
                    "s_per_pick_place", "episodes", "failures"):
            result[key] = default[key]
    mj, pb = result["worlds"].get("mujoco"), result["worlds"].get("pybullet")
    if mj and pb:
        result["render_speedup_mujoco_vs_pybullet"] = {
            s: round(pb["render_ms"][s] / mj["render_ms"][s], 2) for s in mj["render_ms"] if mj["render_ms"][s] > 0}
    result["omp_num_threads"] = os.environ.get("OMP_NUM_THREADS")
    result["cpu_count"] = os.cpu_count()
    result["load_average"] = {"before": [round(x, 2) for x in load_before],
                              "after": [round(x, 2) for x in os.getloadavg()]}
    result["notes"] = notes
    return result
