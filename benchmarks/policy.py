"""`vla-agent bench policy`: the learned pick and place on new scenes, seen and held-out colour-kind pairs.

Episodes use `sim.episodes.bench_scene` / `pick_place_task` on seeds from BENCH_FIRST_SEED (training uses
seeds below 100000), through `skills.training.rollouts.episode_scene`. A held-out episode recolours the same
scene so the picked block is a cyan block and a bowl target is the purple bowl (the pairs perception held
out of CLIP training); a seen episode recolours any held-out pair away. Masks come from the perception
pipeline (CLIP grounding) unless told otherwise. The place is measured on its own: if the learned pick
failed, the scripted expert picks first. The same episodes run on any physics world of `sim.worlds`
(`world`: "pybullet", "mujoco"; None: the package default), built there by name at 128 px, front camera only.

Language: `phrasing="heldout"` says each step in words no policy was trained on (`HELD_OUT_PHRASINGS`), to compare the
bag of words with the CLIP text tower (`PolicyConfig.text`) on phrasings and colour-kind pairs both held out.

Confidence: with an ensemble (`PolicyConfig.ensemble`), success against each step's peak doubt (`confidence`). The
skills act to the end even when unsure here (the agent's would stop and look again).

Smoothness: the mean squared jerk of the hand (third difference of its position at the 10 Hz control rate, in
m^2/s^6) per seen episode, for the learned skills and for the scripted experts on the same episodes
(`jerk_learned`, `jerk_scripted`; each episode's pick, place and the returns to the observation pose).
"""

from __future__ import annotations

import dataclasses
import importlib
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from benchmarks.perception import bench_world, truth_frame
from sim.worlds import physics_world
from skills.base import Target
from skills.training.rollouts import run_episodes

BENCH_FIRST_SEED = 2_000_000
IMAGE_SIZE = 128  # the front camera the policy and perception run on (as in training's rollouts)
SETTLE_S = 0.2  # simulated seconds a released block settles before it is judged (48 PyBullet ticks, 100 MuJoCo ones)


def run(episodes: int = 100, checkpoint: str | None = None, mask: str = "perception",
        progress: Callable[[int], None] | None = None, world: str | None = None, phrasing: str = "canonical") -> dict:
    """Measure everything `bench policy` reports on the physics world `world` (None: the package default);
    `progress(k)` after each of the 2 * episodes episodes. phrasing: "heldout" says each step in other words
    (`Rephrased`)."""
    import torch

    from skills.policy.checkpoint import CHECKPOINT_DIR, training_record
    from skills.policy.inference import Policy

    if episodes < 1:
        raise ValueError("episodes must be >= 1")
    world = physics_world(world)
    torch.set_num_threads(1)
    done = [0]

    def tick() -> None:
        done[0] += 1
        if progress:
            progress(done[0])

    if phrasing not in ("canonical", "heldout"):
        raise ValueError(f"unknown phrasing {phrasing!r}")
    policy = Policy(checkpoint)
    runner = Rephrased(policy) if phrasing == "heldout" else policy
    seeds = [BENCH_FIRST_SEED + i for i in range(episodes)]
    t = time.perf_counter()
    groups = {}
    for heldout in (False, True):  # a fresh world per group, as training's rollouts build one per call
        with bench_world(world, IMAGE_SIZE) as inner:
            env = HandTrace(inner)
            settle = round(SETTLE_S * physics_hz(world))
            groups[heldout] = run_episodes(env, runner, seeds, bench_masks(mask), heldout, progress=tick,
                                           settle_ticks=settle)
        if not heldout:
            jerk_learned = env.jerk()
    with bench_world(world, IMAGE_SIZE) as env:
        jerk_scripted = scripted_jerk(env, seeds)
    seen, held = groups[False], groups[True]
    lat = np.array(policy.latencies_ms)
    record = training_record(CHECKPOINT_DIR if checkpoint is None else Path(checkpoint))
    return {
        "world": world,
        "pick_seen": seen["pick"], "pick_heldout": held["pick"],
        "place_seen": seen["place"], "place_heldout": held["place"],
        "latency_ms_p50": round(float(np.percentile(lat, 50)), 3) if len(lat) else None,
        "latency_ms_p95": round(float(np.percentile(lat, 95)), 3) if len(lat) else None,
        "jerk_learned": jerk_learned, "jerk_scripted": jerk_scripted,
        "confidence": confidence(seen["doubts"], held["doubts"], unsure=policy.config.unsure_spread),
        "train_minutes": record.get("train_minutes"), "demos": record.get("demos"),
        "episodes": episodes, "mask": mask, "phrasing": phrasing, "language": policy.config.text, "torch_threads": 1,
        "bench_minutes": round((time.perf_counter() - t) / 60, 2),
        "failures": (seen["failures"] + held["failures"])[:20],
    }


# Step instructions said in words no policy was trained on (the skills say "pick up the X", "put it in/on/at the X"),
# used in turn: `bench policy --phrasing heldout`.
HELD_OUT_PHRASINGS = {
    "pick up": ("grab", "get", "lift", "take"),
    "put it in": ("set it down in", "drop it into", "place it inside"),
    "put it on": ("set it down on", "place it onto", "rest it on"),
    "put it at": ("set it down at", "bring it to", "move it over to"),
}


class Rephrased:
    """A `Policy` whose step instructions are said in the held-out phrasings, each skill's in turn."""

    def __init__(self, policy) -> None:
        self.policy, self.said = policy, dict.fromkeys(HELD_OUT_PHRASINGS, 0)

    def reset(self, instruction: str, mask: np.ndarray) -> None:
        for canonical, others in HELD_OUT_PHRASINGS.items():
            if instruction.startswith(canonical + " "):
                instruction = others[self.said[canonical] % len(others)] + instruction[len(canonical):]
                self.said[canonical] += 1
                break
        self.policy.reset(instruction, mask)

    def __getattr__(self, name: str):
        return getattr(self.policy, name)


def confidence(*doubts: dict[str, list], unsure: float, bins: int = 3) -> dict | None:
    """Success against confidence: each skill's steps (seen and held out together) in `bins` bins of equal count by
    their peak doubt, with the success rate in each; and the steps whose doubt went above `unsure` apart."""
    out: dict = {}
    for skill in ("pick", "place"):
        rows = [(d, ok) for group in doubts for d, ok in group[skill] if d is not None]
        if not rows:
            return None  # a policy without an ensemble has no doubt to report
        rows.sort(key=lambda r: r[0])
        parts = np.array_split(np.arange(len(rows)), bins)
        out[skill] = {
            "bins": [{"doubt_upto": round(rows[i[-1]][0], 4), "n": len(i),
                      "success": round(float(np.mean([rows[k][1] for k in i])), 4)} for i in parts if len(i)],
            "unsure": {"n": sum(d > unsure for d, _ in rows) if unsure > 0 else 0,
                       "success": _rate([ok for d, ok in rows if unsure > 0 and d > unsure])},
        }
    return {**out, "unsure_spread": unsure}


def _rate(v: list[bool]) -> float | None:
    return round(float(np.mean(v)), 4) if v else None


CONTROL_HZ = 10  # actions per second, both worlds


class HandTrace:
    """A world that keeps the hand's position after every action, one list per `reset`."""

    def __init__(self, world) -> None:
        self.world = world
        self.paths: list[list[np.ndarray]] = []

    def reset(self, scene):
        obs = self.world.reset(scene)
        self.paths.append([np.asarray(obs.proprio.ee_pos, dtype=np.float64)])
        return obs

    def step(self, action):
        info = self.world.step(action)
        self.paths[-1].append(np.asarray(self.world.proprio().ee_pos, dtype=np.float64))
        return info

    def __getattr__(self, name: str):
        return getattr(self.world, name)

    def jerk(self) -> float | None:
        """The mean over its paths of each one's mean squared jerk (m^2/s^6); paths too short to have one skipped."""
        per = [float(np.mean(np.sum((np.diff(np.asarray(p), n=3, axis=0) * CONTROL_HZ**3) ** 2, axis=1)))
               for p in self.paths if len(p) >= 4]
        return round(float(np.mean(per)), 1) if per else None


def scripted_jerk(world, seeds: list[int]) -> float | None:
    """`HandTrace.jerk` of the scripted experts' pick and place on the seen episodes `seeds`."""
    from skills.scripted import make_skills
    from skills.scripted.motion import nearest_object
    from skills.training.rollouts import episode_scene

    skills, env = make_skills(), HandTrace(world)
    for seed in seeds:
        scene, block, target = episode_scene(world, seed, heldout=False)
        env.reset(scene)
        state = world.sim_state()
        if skills["pick"](env, Target(block, "object", state.objects[block].position, "block")).success:
            if target.kind == "object":
                dest = nearest_object(world.sim_state(), target.position, target.object_kind)
                target = Target(target.name, "object", world.sim_state().objects[dest].position, target.object_kind)
            skills["place"](env, target)
    return env.jerk()


def physics_hz(world: str) -> float:
    """Physics ticks per simulated second of the world `world` (its module's PHYSICS_HZ)."""
    from sim.worlds import world_kind

    return float(importlib.import_module(world_kind(world).factory.split(":")[0]).PHYSICS_HZ)


def bench_masks(mask: str):
    """`mask_source(mask)`; the segmentation stand-in reads simulator segmentation, which some worlds draw only
    on request (`truth_frame`)."""
    from skills.policy.masks import mask_source

    source = mask_source(mask)
    if mask != "segmentation":
        return source
    return lambda world, obs, name: source(world, dataclasses.replace(obs, front=truth_frame(world, obs)), name)
