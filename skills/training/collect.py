"""Demonstrations: the scripted experts pick and place on generated scenes while the front camera records.

DART-style: the executed action is the expert's plus Gaussian noise, the label is the
expert's clean action recomputed from the perturbed state, so the data shows how to recover.
Scenes come from `sim.episodes.bench_scene` on seeds below `MAX_TRAIN_SEED`, skipping
scenes that contain a held-out colour-kind pair (those are kept for the benchmark; `seeds`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from sim.episodes import bench_scene, bin_target, pick_place_task, place_target
from sim.world import Action, SimWorld
from sim.worlds import DEFAULT_WORLD, make_world
from skills.base import Skill, Target
from skills.policy.masks import MaskSource, goal_point, mask_source, target_mask
from skills.policy.text import instruction
from skills.policy.view import PolicyView
from skills.training.dataset import Demo, DemoWriter
from skills.training.seeds import training_seeds

if TYPE_CHECKING:
    from skills.scripted import PickExpert, PlaceExpert

log = logging.getLogger(__name__)

TABLE_FRACTION = 0.15  # episodes whose place target is a free table spot (as the executor grounds "the table")


@dataclass(frozen=True)
class CollectConfig:
    """noise_m: std of the position noise added to executed actions (m); noise_yaw likewise (rad)."""

    noise_m: float = 0.005
    noise_yaw: float = 0.03
    mask: str = "perception"
    world_size: int = 128  # the front camera resolution the agent's world renders
    image_size: int = 64  # stored (and policy input) resolution
    band: float = 0.5  # fraction of the camera's rows kept around the table (`view.PolicyView`)
    world: str = DEFAULT_WORLD  # where the episodes run (`sim.worlds`); recorded with each demonstration

    @property
    def view(self) -> PolicyView:
        return PolicyView(self.image_size, self.band)
    max_actions: int = 100


def _start(obs, target: Target) -> tuple[dict[str, np.ndarray], dict[str, object]]:
    """The first frame at full resolution and the target, so its mask can be derived again later."""
    f, pr = obs.front, obs.proprio
    start = {"rgb": f.rgb, "depth": f.depth, "intrinsics": f.intrinsics, "cam_to_world": f.cam_to_world,
             "ee_pos": np.asarray(pr.ee_pos), "ee_yaw": np.float64(pr.ee_yaw),
             "gripper_width": np.float64(pr.gripper_width), "joints": np.asarray(pr.joints)}
    info = {"target_name": target.name, "target_kind": target.kind, "object_kind": target.object_kind or "",
            "target_position": np.asarray(target.position, dtype=np.float64)}
    return start, info


def _record(world, expert, text: str, skill: str, seed: int, target: Target, cfg: CollectConfig,
            rng: np.random.Generator, done_check: Callable[[], bool], mask_source: str) -> Demo:
    """Run `expert` with noise; one row per observation; a final row (zero motion, done=1) when it finishes."""
    rows: dict[str, list] = {k: [] for k in ("rgb", "depth", "proprio", "actions")}
    first = world.observe()
    start, info = _start(first, target)
    full_mask = target_mask(first.front, target)
    small_mask = cfg.view.mask(first.front, full_mask)
    finished = False
    gripper = 0.0
    for _ in range(cfg.max_actions + 1):
        obs = world.observe()
        rows["rgb"].append(cfg.view.rgb(obs.front))
        rows["depth"].append(cfg.view.depth(obs.front))
        rows["proprio"].append(obs.proprio.vector())
        action = expert.act(world.sim_state())
        if action is None:
            rows["actions"].append(np.array([0, 0, 0, 0, gripper], dtype=np.float32))
            finished = True
            break
        rows["actions"].append(action.vector())
        gripper = action.gripper
        noisy = Action(
            dpos=action.dpos + rng.normal(0.0, cfg.noise_m, 3), dyaw=action.dyaw + rng.normal(0.0, cfg.noise_yaw),
            gripper=action.gripper,
        )
        world.step(noisy)
    else:
        rows["actions"].pop()  # ran out of actions: drop the unlabeled extra row
        for k in ("rgb", "depth", "proprio"):
            rows[k].pop()
    T = len(rows["actions"])
    dones = np.zeros(T, dtype=np.uint8)
    dones[-1] = finished
    return Demo(
        rgb=np.stack(rows["rgb"]), depth=np.stack(rows["depth"]), proprio=np.stack(rows["proprio"]),
        target_mask=np.repeat(small_mask[None], T, axis=0), actions=np.stack(rows["actions"]), dones=dones,
        instruction=text, skill=skill, success=bool(finished and done_check()), seed=seed, goal=goal_point(first.front, full_mask),
        start=start, target=info, mask_source=mask_source if target.mask is not None else "disc",
    )


class ExpertRecorder:
    """Runs the scripted skills' experts with noise and keeps each step as a demonstration: pass
    `skills()` to an agent and it records the steps its plans take (`agent.task_demos`)."""

    def __init__(self, seed: int, mask_source: str, cfg: CollectConfig = CollectConfig()) -> None:
        self.seed, self.mask_source, self.cfg = seed, mask_source, cfg
        self.rng = np.random.default_rng(seed + 12345)
        self.demos: list[Demo] = []

    def __call__(self, world: SimWorld, expert: PickExpert | PlaceExpert, target: Target) -> int:
        from sim import predicates
        from skills.scripted import PickExpert, placed

        if isinstance(expert, PickExpert):
            skill, done = "pick", lambda: predicates.held(world.sim_state(), expert.block)
        else:
            skill, done = "place", lambda: placed(world.sim_state(), expert.block, expert.target, expert.dest)
        text = instruction(skill, target.name, target.kind, target.object_kind)
        demo = _record(world, expert, text, skill, self.seed, target, self.cfg, self.rng, done, self.mask_source)
        self.demos.append(demo)
        return len(demo.actions)

    def skills(self) -> dict[str, Skill]:
        from skills.scripted import make_skills

        return make_skills(self)


def collect_episode(world, seed: int, masks: MaskSource, cfg: CollectConfig = CollectConfig()) -> list[Demo]:
    """Two rounds of pick then place on scene `seed`: the benchmark's task, then another block and
    target on the changed table (as in multi-step plans)."""
    record = ExpertRecorder(seed, masks.name, cfg)
    scene = bench_scene(seed)
    world.reset(scene)
    state = world.sim_state()
    block, goal = pick_place_task(seed, state, scene.objects)
    _pick_and_place(world, record, block, _maybe_table(state, block, Target(*goal), record.rng), masks)
    if len(record.demos) == 2 and all(d.success for d in record.demos):
        task = _second_task(world.sim_state(), record.rng)
        if task is not None:
            _pick_and_place(world, record, *task, masks)
    return record.demos


def _maybe_table(state, block: str, target: Target, rng: np.random.Generator) -> Target:
    """Sometimes put the block down on a free table spot near where it was (how the executor grounds "the table")."""
    from sim.core.spots import footprint, free_table_spot

    if rng.random() >= TABLE_FRACTION:
        return target
    here = state.objects[block].position
    spot = free_table_spot(footprint(o for n, o in state.objects.items() if n != block), (float(here[0]), float(here[1])))
    if spot is None:
        return target
    return Target("table", "table", np.array([spot[0], spot[1], 0.0]))


def _second_task(state, rng: np.random.Generator) -> tuple[str, Target] | None:
    """A random uncovered block and a random target of any kind."""
    from sim.core import layout

    def covered(n: str) -> bool:
        p = state.objects[n].position
        return any(o.kind == "block" and m != n and np.hypot(*(o.position[:2] - p[:2])) < 0.03 and o.position[2] > p[2] + 0.02
                   for m, o in state.objects.items())

    blocks = [n for n, o in state.objects.items() if o.kind == "block" and not covered(n)]
    if len(blocks) < 2:
        return None
    block = blocks[int(rng.integers(len(blocks)))]
    kind = ("bowl", "block", "place", "bin")[int(rng.integers(4))]
    bowls = [n for n, o in state.objects.items() if o.kind == "bowl"]
    if kind == "bowl" and bowls:
        name = bowls[int(rng.integers(len(bowls)))]
        return block, Target(name, "object", state.objects[name].position, "bowl")
    if kind == "block":
        name = [b for b in blocks if b != block][int(rng.integers(len(blocks) - 1))]
        return block, Target(name, "object", state.objects[name].position, "block")
    if kind == "place":
        name = list(layout.PLACES)[int(rng.integers(len(layout.PLACES)))]
        return block, _maybe_table(state, block, Target(*place_target(state, block, name)), rng)
    return block, Target(*bin_target(state, block))


def _pick_and_place(world, record: ExpertRecorder, block: str, target: Target, masks: MaskSource) -> None:
    """One pick demonstration and, if it succeeded, one place demonstration. After each the arm returns
    to the observation pose (`skills.retreat`), as every skill does, so each step starts there."""
    from skills.retreat import retreat
    from skills.scripted import PickExpert, PlaceExpert
    from skills.scripted.motion import nearest_object

    state = world.sim_state()
    mask = masks(world, world.observe(), block)
    record(world, PickExpert(block), Target(block, "object", state.objects[block].position, "block", mask=mask))
    if not record.demos[-1].success:
        return
    retreat(world, gripper=1.0)
    dest = None
    if target.kind == "object":
        dest = nearest_object(world.sim_state(), target.position, target.object_kind)
        mask = masks(world, world.observe(), target.name)
        target = Target(target.name, "object", target.position, target.object_kind, mask=mask)
    record(world, PlaceExpert(block, target, dest), target)
    retreat(world, gripper=0.0)


# One episode's demonstrations, or (demonstrations, what else it reports, e.g. a DAgger rollout's task success).
EpisodeOutput = list[Demo] | tuple[list[Demo], dict]
Episode = Callable[[object, int, MaskSource, CollectConfig], EpisodeOutput]
_worker_state: dict = {}


def _work(args: tuple[Episode, int, CollectConfig]) -> EpisodeOutput:
    episode, seed, cfg = args
    if _worker_state.get("world_name") != cfg.world:
        import torch

        torch.set_num_threads(1)
        if "world" in _worker_state:
            _worker_state["world"].close()
        _worker_state["world"] = make_world(cfg.world, image_size=cfg.world_size, wrist_camera=False)
        _worker_state["world_name"] = cfg.world
        _worker_state["masks"] = mask_source(cfg.mask)
    return episode(_worker_state["world"], seed, _worker_state["masks"], cfg)


def run_episode(episode: Episode, seed: int, cfg: CollectConfig = CollectConfig()) -> EpisodeOutput:
    """One episode in this process, on its world (made once per process, as a worker's)."""
    return _work((episode, seed, cfg))


def _job_seed(job: tuple[Episode, int, CollectConfig]) -> int:
    return job[1]


def _lost_episode(job: tuple[Episode, int, CollectConfig], message: str) -> None:
    """An episode whose worker kept dying (a distributed pool): nothing is written, so a rerun tries its seed again."""
    log.warning("seed %d skipped: %s", job[1], message)


class Pool(Protocol):
    """Where episodes run instead of local processes, e.g. `agent.evaluation.ray_backend.RayBackend`:
    `fn(job)` for each job on `workers` workers (each process keeps its own world), yielded once per
    `key(job)` as they finish; `give_up(job, message)` in place of a job whose worker kept dying."""

    def imap_unordered(self, fn: Callable[[Any], Any], items: list[Any], workers: int, *,
                       key: Callable[[Any], Any], give_up: Callable[[Any, str], Any] | None = None) -> Iterator[Any]: ...


def collect(out: str | Path, episodes: int, workers: int = 1, cfg: CollectConfig = CollectConfig(),
            first_seed: int = 0, progress: Callable[[int], None] | None = None,
            episode: Episode = collect_episode,
            seeds: Callable[[int, set[int]], Iterator[int]] = training_seeds,
            pool: Pool | None = None, on_episode: Callable[[dict], None] | None = None) -> dict[str, int]:
    """Collect `episodes` new episodes into `out` (appending; seeds already there are skipped).
    `episode(world, seed, masks, cfg)` makes one episode's demonstrations, `seeds(first, skip)` its seeds;
    both must be module-level functions (worker processes import them). `pool`: run the episodes there
    (e.g. a `RayBackend`) instead of in local processes; only this process writes `out`, once per seed.
    An episode may also return `(demos, info)`: `on_episode(info)` is called once its demos are written."""
    import itertools
    import multiprocessing as mp

    with DemoWriter(out, mask_source=cfg.mask, view=cfg.view) as writer:
        todo = list(itertools.islice(seeds(first_seed, writer.seeds(cfg.world)), episodes))
        counts = {"episodes": 0, "demos": 0, "successful": 0}

        def take(result: EpisodeOutput | None) -> None:
            if result is None:  # given up (see `_lost_episode`)
                return
            demos, info = result if isinstance(result, tuple) else (result, None)
            for d in demos:
                d.world = d.world or cfg.world  # the world it ran in, so a rerun resumes that world's seeds
                writer.write(d)
                counts["demos"] += 1
                counts["successful"] += d.success
            counts["episodes"] += 1
            if on_episode and info is not None:
                on_episode(info)
            if progress:
                progress(counts["episodes"])

        jobs = [(episode, s, cfg) for s in todo]
        if pool is not None:
            for demos in pool.imap_unordered(_work, jobs, workers, key=_job_seed, give_up=_lost_episode):
                take(demos)
        elif workers <= 1:
            for job in jobs:
                take(_work(job))
        else:
            with mp.get_context("spawn").Pool(workers) as pool:
                for demos in pool.imap_unordered(_work, jobs):
                    take(demos)
    return counts


def relabel_masks(path: str | Path, masks: MaskSource, progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Derive every object demo's target mask again from its stored first frame with `masks` (e.g.
    perception, once its checkpoint exists), and every demo's goal point. Demos already relabelled
    by that source, with a goal point, are skipped."""
    import h5py

    from sim.world import CameraFrame, Observation, Proprio

    counts = {"relabelled": 0, "not_found": 0, "skipped": 0}
    with h5py.File(path, "a") as f:
        groups = [g for g in f["data"].values() if "success" in g.attrs and "start" in g]
        view = PolicyView(int(f["data"].attrs.get("image_size", 64)), float(f["data"].attrs.get("band", 1.0)))
        for k, g in enumerate(groups):
            st = g["start"]
            is_object = str(st.attrs["target_kind"]) == "object"
            if "goal" in g and (not is_object or str(g.attrs.get("mask_source", "")) == masks.name):
                counts["skipped"] += 1
            else:
                front = CameraFrame(rgb=st["rgb"][()], depth=st["depth"][()], intrinsics=st["intrinsics"][()],
                                    cam_to_world=st["cam_to_world"][()])
                mask = None
                if is_object:
                    proprio = Proprio(ee_pos=st["ee_pos"][()], ee_yaw=float(st["ee_yaw"][()]),
                                      gripper_width=float(st["gripper_width"][()]), joints=st["joints"][()])
                    mask = masks(None, Observation(front=front, wrist=None, proprio=proprio), str(st.attrs["target_name"]))
                target = Target(str(st.attrs["target_name"]), str(st.attrs["target_kind"]), st.attrs["target_position"],
                                str(st.attrs["object_kind"]) or None, mask=mask)
                full = target_mask(front, target)
                T = g["obs/target_mask"].shape[0]
                g["obs/target_mask"][...] = np.repeat(view.mask(front, full)[None], T, axis=0).astype(np.uint8)
                if "goal" in g:
                    del g["goal"]
                g.create_dataset("goal", data=goal_point(front, full).astype(np.float32))
                g.attrs["mask_source"] = masks.name if mask is not None else "disc"
                counts["not_found" if is_object and mask is None else "relabelled"] += 1
                f.flush()
            if progress:
                progress(k + 1, len(groups))
        f["data"].attrs["mask_source"] = masks.name
    return counts
