"""Which scenes training may use: seeds below MAX_TRAIN_SEED, without the held-out colour-kind pairs.

Seed ranges: training (demonstrations, CLIP scenes) below 100000; evaluation rollouts during
policy training from 1,500,000 (`policy.EVAL_FIRST_SEED`); `vla-agent bench policy` from 2,000,000.
"""

from __future__ import annotations

from collections.abc import Iterator

from sim.episodes import bench_scene

MAX_TRAIN_SEED = 100_000
HELD_OUT: frozenset[tuple[str, str]] = frozenset({("purple", "bowl"), ("cyan", "block")})


def held_out_pairs() -> frozenset[tuple[str, str]]:
    """The colour-kind pairs perception held out of CLIP training (its constant when importable)."""
    try:
        from skills.perception.vocab import HELD_OUT as perception_held_out

        return perception_held_out
    except ImportError:
        return HELD_OUT


def training_seeds(first: int = 0, skip: set[int] | frozenset[int] = frozenset()) -> Iterator[int]:
    """Seeds of scenes without held-out pairs, from `first` up, never reaching MAX_TRAIN_SEED."""
    held = held_out_pairs()
    for seed in range(first, MAX_TRAIN_SEED):
        if seed in skip:
            continue
        if any((o.colour, o.kind) in held for o in bench_scene(seed).objects):
            continue
        yield seed
