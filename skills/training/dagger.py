"""DAgger: the learned policy carries out whole tasks inside the agent, the scripted expert labels every state
it reaches, the labelled states join the demonstrations file, and the policy is fine-tuned on the lot.

Behaviour cloning (even with DART noise, `collect`) only shows the policy states near the expert's path;
the states its own mistakes lead to (a block nudged, a gripper closed too early, a hover above a full bowl)
it never saw. Here the learner acts and the expert (privileged: it reads simulator state, allowed for
labels) says what it would do at each of those states.

Rounds (`run_dagger`): round k rolls out checkpoint k-1 on `episodes` new training tasks (the episode
function comes from above: `agent.task_demos.dagger_task_episode`), appends the labelled steps to the data
file (same format, `dataset`: attrs source="dagger", dagger_round; datasets `executed`, `by_learner`), and
fine-tunes checkpoint k from checkpoint k-1 on the whole file. Checkpoint 0 is `init` or trained first.
`beta` decays by `beta_decay` each round. Written as it goes, under `out`:

    rollouts.jsonl        one line per rollout (round, seed, family, success, labelled rows, ...)
    round_K/              checkpoint K (a `train` output folder, resumable) and round.json, its summary
    dagger.json           the config and every finished round's summary

Running the same command again resumes: finished rounds are kept, a round's rollouts already in the data
file are not run again, and its training resumes from round_K/last.pt.
"""

from __future__ import annotations

import json
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sim.core.errors import UserError
from skills.training.collect import Episode, collect, run_episode
from skills.training.dagger_rollout import LearnerConfig

if TYPE_CHECKING:
    from skills.training.policy import TrainConfig

VALIDATION_FIRST_SEED = 1_500_000  # `eval_episodes` run here: never training (< 100000) nor benchmark seeds


# --- rounds ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DaggerConfig:
    """rounds: DAgger rounds; episodes: rollouts (tasks) per round; beta: the expert's share of the actions in
    round 1, times beta_decay each round after; first_seed: where the rollouts' training seeds start (seeds
    already in the data file are skipped); eval_episodes: pure-learner tasks on fixed validation seeds
    (VALIDATION_FIRST_SEED up) scored for checkpoint 0 and after every round (0: none); workers: rollout
    processes. Training per round: `TrainConfig` (its `steps`; `init` for checkpoint 0, else trained first)."""

    rounds: int = 1
    episodes: int = 20
    beta: float = 0.0
    beta_decay: float = 0.5
    first_seed: int = 0
    eval_episodes: int = 0
    workers: int = 1
    collect: LearnerConfig = LearnerConfig(learner="-")


# progress(phase, round, done, total, info): phase is "collect", "train" or "eval"
Progress = Callable[[str, int, int, int, dict], None]


def _cpu_s() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _append_jsonl(path: Path, row: dict) -> None:
    with open(path, "a") as f:
        f.write(json.dumps(row) + "\n")


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text().splitlines():
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:  # a line cut off by a crash
            continue
    return rows


def data_size(path: Path) -> dict:
    """Demonstrations and samples (rows) fit to train on in the data file, DAgger ones apart, and its bytes."""
    import h5py

    out = {"demos": 0, "samples": 0, "dagger_demos": 0, "dagger_samples": 0, "bytes": path.stat().st_size if path.exists() else 0}
    if not path.exists():
        return out
    with h5py.File(path, "r") as f:
        for g in f["data"].values():
            if "success" not in g.attrs:
                continue
            dagger = str(g.attrs.get("source", "")) == "dagger"
            if not (g.attrs["success"] or dagger):
                continue
            T = int(g["actions"].shape[0])
            out["demos"] += 1
            out["samples"] += T
            out["dagger_demos"] += dagger
            out["dagger_samples"] += T * dagger
    return out


def round_data(path: Path, k: int) -> dict:
    """Round `k`'s labelled steps in the data file: their seeds (rollouts), demonstrations and samples."""
    import h5py

    out: dict = {"seeds": set(), "demos": 0, "samples": 0}
    if not path.exists():
        return out
    with h5py.File(path, "r") as f:
        for g in f.get("data", {}).values():
            if "success" in g.attrs and str(g.attrs.get("source", "")) == "dagger" and int(g.attrs.get("dagger_round", -1)) == k:
                out["seeds"].add(int(g.attrs["seed"]))
                out["demos"] += 1
                out["samples"] += int(g["actions"].shape[0])
    return out


def _checkpoint_view(checkpoint: Path) -> tuple[int, float]:
    from skills.policy.checkpoint import CONFIG
    from skills.policy.config import PolicyConfig

    if not (checkpoint / CONFIG).exists():
        raise UserError(f"no policy checkpoint in {str(checkpoint)!r} (policy.safetensors + policy.json)")
    cfg = PolicyConfig.load(checkpoint / CONFIG)
    return cfg.image_size, cfg.band


def evaluate_learner(checkpoint: Path, episodes: int, episode: Episode, cfg: LearnerConfig,
                     on_done: Callable[[int, dict], None] | None = None) -> dict:
    """In-agent success of `checkpoint` (the plain learned skills) on `episodes` tasks from VALIDATION_FIRST_SEED,
    in this process; the same seeds every time, so checkpoints compare."""
    run_cfg = replace(cfg, learner=str(checkpoint), record=False, beta=0.0)
    results: list[dict] = []
    seed = VALIDATION_FIRST_SEED
    while len(results) < episodes and seed < VALIDATION_FIRST_SEED + 20 * episodes:
        out = run_episode(episode, seed, run_cfg)
        seed += 1
        info = out[1] if isinstance(out, tuple) else {}
        if info.get("skipped"):  # no usable task on this seed
            continue
        results.append(info)
        if on_done:
            on_done(len(results), info)
    return {"success": round(sum(bool(r.get("success")) for r in results) / len(results), 4) if results else None,
            "n": len(results), "by_family": _by_family(results)}


def _by_family(rows: list[dict]) -> dict[str, float]:
    fam: dict[str, list[bool]] = {}
    for r in rows:
        fam.setdefault(str(r.get("family")), []).append(bool(r.get("success")))
    return {k: round(sum(v) / len(v), 4) for k, v in sorted(fam.items())}


def run_dagger(cfg: DaggerConfig, train_cfg: TrainConfig, out: Path, episode: Episode,
               seeds: Callable[[int, set[int]], Iterator[int]], progress: Progress | None = None,
               command: str = "") -> dict:
    """DAgger rounds (see the module's docstring); returns dagger.json's content. `episode(world, seed, masks,
    LearnerConfig)` runs one task with `LearnerRecorder` skills and returns (demos, info with at least
    "success" and "family"; "skipped" when the seed has no task); `seeds(first, skip)` the training seeds."""
    from skills.training.policy import train

    if cfg.rounds < 1 or cfg.episodes < 1 or cfg.workers < 1 or cfg.eval_episodes < 0:
        raise UserError("DAgger needs rounds, episodes and workers >= 1 and eval episodes >= 0")
    if not 0.0 <= cfg.beta <= 1.0 or not 0.0 <= cfg.beta_decay <= 1.0:
        raise UserError("DAgger's beta and beta decay must be in [0, 1]")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(train_cfg.data)
    if data.is_dir() or data.suffix.lower() not in (".h5", ".hdf5"):
        raise UserError(f"DAgger appends to an HDF5 demonstrations file; {str(data)!r} is not one")
    report = out / "dagger.json"
    state = json.loads(report.read_text()) if report.exists() else {}
    rounds: list[dict] = state.get("rounds", [])
    state.update(command=state.get("command") or command, data=str(data), rounds=rounds,
                 config={"rounds": cfg.rounds, "episodes": cfg.episodes, "beta": cfg.beta, "beta_decay": cfg.beta_decay,
                         "steps_per_round": train_cfg.steps, "lr": train_cfg.lr, "eval_episodes": cfg.eval_episodes,
                         "init": str(train_cfg.init) if train_cfg.init else None})

    def save() -> None:
        tmp = out / "dagger.json.tmp"
        tmp.write_text(json.dumps(state, indent=1) + "\n")
        tmp.replace(report)

    def on(phase: str, k: int) -> Callable[[int, int, dict], None]:
        return lambda done, total, info: progress(phase, k, done, total, info) if progress else None

    # Checkpoint 0: the given one, or trained on the data as it is.
    if train_cfg.init is not None:
        current = Path(train_cfg.init)
    else:
        current = out / "round_0"
        if not (current / "policy.json").exists() or not state.get("round_0_trained"):
            tick = on("train", 0)
            train(replace(train_cfg, out=current), progress=lambda s, m: tick(s, train_cfg.steps, m), command=command)
            state["round_0_trained"] = True
            save()
    size, band = _checkpoint_view(current)
    collect_cfg = replace(cfg.collect, image_size=size, band=band, world=train_cfg.world)
    if data.exists():
        from skills.training.dataset import file_info

        info = file_info(data)
        if (int(info.get("image_size", size)), float(info.get("band", band))) != (size, band):
            raise UserError(f"{data}: its images are {info.get('image_size')} px, band {info.get('band')}, but the policy "
                            f"sees {size} px, band {band}; DAgger must add to a file the policy's view matches")
    if cfg.eval_episodes and "eval_0" not in state:
        tick = on("eval", 0)
        state["eval_0"] = evaluate_learner(current, cfg.eval_episodes, episode, collect_cfg,
                                           on_done=lambda i, r: tick(i, cfg.eval_episodes, r))
        save()
    state["checkpoint_0"] = str(current)
    rollouts_file = out / "rollouts.jsonl"
    for k in range(1, cfg.rounds + 1):
        done_round = next((r for r in rounds if r["round"] == k), None)
        if done_round is not None:
            current = Path(done_round["checkpoint"])
            continue
        cpu0, wall0 = _cpu_s(), time.perf_counter()
        beta = cfg.beta * cfg.beta_decay ** (k - 1)
        run_cfg = replace(collect_cfg, learner=str(current), beta=beta, dagger_round=k, record=True)
        have = len(round_data(data, k)["seeds"])
        collect_tick = on("collect", k)
        collect_tick(have, cfg.episodes, {})
        count = [have]

        def rolled(info: dict, k: int = k, tick: Callable = collect_tick, count: list = count) -> None:
            _append_jsonl(rollouts_file, {"round": k, **info})
            count[0] += 1
            tick(count[0], cfg.episodes, info)

        if have < cfg.episodes:
            collect(data, cfg.episodes - have, cfg.workers, run_cfg, first_seed=cfg.first_seed, episode=episode,
                    seeds=seeds, on_episode=rolled)
        mine = [r for r in _read_jsonl(rollouts_file) if r.get("round") == k and not r.get("skipped")]
        added, after = round_data(data, k), data_size(data)
        collect_cpu, collect_wall = _cpu_s() - cpu0, time.perf_counter() - wall0
        # Fine-tune checkpoint k from checkpoint k-1 on everything so far.
        ckpt = out / f"round_{k}"
        train_tick = on("train", k)
        result = train(replace(train_cfg, out=ckpt, init=current),
                       progress=lambda s, m, tick=train_tick: tick(s, train_cfg.steps, m), command=command)
        summary = {
            "round": k, "beta": round(beta, 4), "learner": str(current), "checkpoint": str(ckpt),
            "rollouts": len(mine), "rollout_success": round(sum(bool(r.get("success")) for r in mine) / len(mine), 4) if mine else None,
            "rollout_by_family": _by_family(mine),
            "labelled_steps": sum(r.get("steps", 0) for r in mine), "labelled_rows": sum(r.get("rows", 0) for r in mine),
            "learner_rows": sum(r.get("learner_rows", 0) for r in mine), "resyncs": sum(r.get("resyncs", 0) for r in mine),
            "accepted_events": sum(r.get("accepted_events", 0) for r in mine),
            "demos_added": added["demos"], "samples_added": added["samples"], "data": after,
            "collect_minutes": round(collect_wall / 60, 2), "collect_cpu_minutes": round(collect_cpu / 60, 2),
            "train_minutes": result.get("train_minutes"), "train_steps": result.get("steps_done"),
            "val_dpos_mae_mm": result.get("val_dpos_mae_mm"),
        }
        if cfg.eval_episodes:
            eval_tick = on("eval", k)
            summary["eval"] = evaluate_learner(ckpt, cfg.eval_episodes, episode, collect_cfg,
                                               on_done=lambda i, r, tick=eval_tick: tick(i, cfg.eval_episodes, r))
        summary["cpu_minutes"] = round((_cpu_s() - cpu0) / 60, 2)
        summary["wall_minutes"] = round((time.perf_counter() - wall0) / 60, 2)
        (ckpt / "round.json").write_text(json.dumps(summary, indent=1) + "\n")
        rounds.append(summary)
        save()
        current = ckpt
    state["final"] = str(current)
    save()
    return state
