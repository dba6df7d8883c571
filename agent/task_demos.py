"""Demonstrations from whole tasks: the offline agent carries out evaluation-family tasks on training
seeds with expert skills that record every step (`skills.training.collect.ExpertRecorder`).

Two-step bench scenes never show the states that multi-step plans reach (towers, full bowls, a bin
with blocks in it); these episodes do, with targets grounded by the executor exactly as at run time.
Seeds run from FIRST_SEED up to `MAX_TRAIN_SEED`, clear of the evaluation suite's (10,000-15,999
modulo 100,000); each seed's family is `FAMILIES[seed % 6]`; scenes with a held-out colour-kind
pair are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from agent.evaluation.suite import FAMILIES, Task, run_task, task_from_seed
from skills.policy.masks import MaskSource
from skills.training.collect import CollectConfig, ExpertRecorder
from skills.training.dataset import Demo
from skills.training.seeds import MAX_TRAIN_SEED, held_out_pairs

if TYPE_CHECKING:
    from skills.perception import Perceiver

FIRST_SEED = 50_000


def task_for_seed(seed: int) -> Task | None:
    """The training task of `seed`, or None when it cannot be generated or shows a held-out pair."""
    task = task_from_seed(FAMILIES[seed % len(FAMILIES)], seed)
    held = held_out_pairs()
    if task is None or any((o.colour, o.kind) in held for o in task.scene.objects):
        return None
    return task


def task_seeds(first: int = FIRST_SEED, skip: set[int] | frozenset[int] = frozenset()) -> Iterator[int]:
    """Seeds with a usable training task, from max(first, FIRST_SEED) up, below MAX_TRAIN_SEED."""
    for seed in range(max(first, FIRST_SEED), MAX_TRAIN_SEED):
        if seed not in skip and task_for_seed(seed) is not None:
            yield seed


@cache
def _perceiver() -> Perceiver:
    """One perceiver per worker process, so CLIP loads once."""
    from skills.perception import Perceiver

    return Perceiver()


def collect_task_episode(world: object, seed: int, masks: MaskSource, cfg: CollectConfig) -> list[Demo]:
    """Every pick and place step the offline agent takes on `seed`'s task (masks come from its perception)."""
    from agent.api import Agent

    task = task_for_seed(seed)
    if task is None:
        return []
    recorder = ExpertRecorder(seed, "perception", cfg)
    agent = Agent(planner="offline", skills=recorder.skills(), world=world, perceiver=_perceiver())  # type: ignore[arg-type]
    run_task(agent, task)
    return recorder.demos


def dagger_task_episode(world: object, seed: int, masks: MaskSource, cfg: CollectConfig) -> tuple[list[Demo], dict]:
    """DAgger: the learned skills carry out `seed`'s task with the expert labelling every state they reach
    (`skills.training.dagger`; `cfg` is a `LearnerConfig`). Returns the labelled steps and the rollout's
    outcome: seed, family, success, failure and the recorder's counts."""
    from agent.api import Agent
    from skills.training.dagger_rollout import LearnerConfig, LearnerRecorder

    if not isinstance(cfg, LearnerConfig):
        raise TypeError("dagger_task_episode needs a LearnerConfig (the learner's checkpoint)")
    task = task_for_seed(seed)
    if task is None:
        return [], {"seed": seed, "skipped": True}
    recorder = LearnerRecorder(seed, cfg)
    agent = Agent(planner="offline", skills=recorder.skills(), world=world, perceiver=_perceiver())  # type: ignore[arg-type]
    result = run_task(agent, task)
    return recorder.demos, {"seed": seed, "family": task.family, "success": bool(result.success),
                            "failure": result.failure, **recorder.stats}
