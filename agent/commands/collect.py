"""Collect pick and place demonstrations from the scripted experts (with DART-style noise) into HDF5.

Appends to --out: seeds already in the file are skipped, every demonstration is written in one
go and flushed, so an interrupted run leaves a readable file and running again continues it.
`--tasks` records instead the steps of whole evaluation-family tasks that the offline agent carries
out with the experts (towers, full bowls, a bin with blocks: states two-step scenes never show).
`--relabel` derives the target masks and goal points of a file's demonstrations again with
perception (from each demonstration's stored first frame), e.g. after collecting with --masks
segmentation.
`--backend ray [--ray-address ADDR]` runs the episodes on Ray actors, here or on a cluster (docs/scaling.md);
only this process writes --out, once per seed, so resuming works the same.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    from agent.commands.batch import add_backend_arguments

    p.add_argument("--episodes", type=int, default=0, help="episodes to add (each: two pick-and-place rounds, or one task with --tasks)")
    p.add_argument("--workers", type=int, default=1, help="parallel processes (default 1)")
    p.add_argument("--out", type=Path, required=True, help="HDF5 file (created, or appended to)")
    p.add_argument("--masks", choices=("perception", "segmentation"), default="perception",
                   help="target masks from CLIP grounding (default) or simulator segmentation (a stand-in)")
    p.add_argument("--noise", type=float, default=0.005, help="std of the position noise on executed actions, metres")
    p.add_argument("--first-seed", type=int, default=0, help="first scene seed (seeds stay below 100000)")
    p.add_argument("--tasks", action="store_true",
                   help="record the steps of whole tasks (the eval families on training seeds, 50000 up) instead")
    p.add_argument("--relabel", action="store_true", help="re-derive the target masks and goal points in --out with perception")
    p.add_argument("--world", default=None, help="the physics world the episodes run in: pybullet or mujoco (default: the "
                   "default world); one file may hold both worlds' demonstrations, each recorded with its world")
    add_backend_arguments(p)


def main(args: argparse.Namespace) -> int:
    from agent.commands._output import progress_bar
    from agent.commands.batch import backend_from_args
    from sim.core.errors import UserError
    from sim.worlds import physics_world
    from skills.training.collect import CollectConfig, collect
    from skills.training.seeds import MAX_TRAIN_SEED

    if args.relabel:
        return _relabel(args)
    if args.episodes < 1 or args.workers < 1:
        raise UserError("--episodes and --workers must be at least 1 (or pass --relabel)")
    if not 0 <= args.first_seed < MAX_TRAIN_SEED:
        raise UserError(f"--first-seed must be in [0, {MAX_TRAIN_SEED}) (higher seeds are kept for benchmarks)")
    if args.noise < 0:
        raise UserError("--noise must be >= 0")
    if args.out.suffix.lower() not in (".h5", ".hdf5"):
        raise UserError(f"--out must end in .h5 or .hdf5, got {str(args.out)!r}")
    if args.out.is_dir():
        raise UserError(f"--out must be an HDF5 file, and {str(args.out)!r} is a folder")
    if args.tasks and args.masks != "perception":
        raise UserError("--tasks grounds targets with perception, as the agent does; drop --masks segmentation")
    world = physics_world(args.world)
    backend = backend_from_args(args)
    if args.masks == "perception":
        _check_perception()
    import torch

    torch.set_num_threads(1)
    cfg = CollectConfig(noise_m=args.noise, mask=args.masks, world=world)
    source = {}
    if args.tasks:
        from agent.task_demos import collect_task_episode, task_seeds

        source = {"episode": collect_task_episode, "seeds": task_seeds}
    with progress_bar(f"collecting episodes ({world})", args.episodes) as advance:
        counts = collect(args.out, args.episodes, args.workers, cfg, first_seed=args.first_seed, progress=advance,
                         pool=None if backend == "local" else backend, **source)
    print(f"{args.out}: added {counts['demos']} demonstrations ({counts['successful']} successful) "
          f"from {counts['episodes']} episodes")
    return 0


def _relabel(args: argparse.Namespace) -> int:
    import torch

    from agent.commands._output import progress_bar
    from sim.core.errors import UserError
    from skills.policy.masks import PerceptionMasks
    from skills.training.collect import relabel_masks

    if not args.out.exists():
        raise UserError(f"{str(args.out)!r} does not exist; collect demonstrations first")
    _check_perception()
    torch.set_num_threads(1)
    with progress_bar("relabelling", 1) as advance_bar:
        counts = relabel_masks(args.out, PerceptionMasks(), progress=lambda k, n: advance_bar(k / n))
    print(f"{args.out}: {counts['relabelled']} demonstrations relabelled, {counts['not_found']} objects not found "
          f"(disc at the target instead), {counts['skipped']} already done")
    return 0


def _check_perception() -> None:
    """Fail early, in one line, when the CLIP checkpoint cannot be loaded."""
    from sim.core.errors import ConfigError, VlaAgentError

    try:
        from skills.perception import Perceiver

        Perceiver().clip
    except (ImportError, OSError, VlaAgentError) as e:
        raise ConfigError(f"perception is not usable ({e}); use --masks segmentation until its checkpoint exists") from None
