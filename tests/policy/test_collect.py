from dataclasses import replace

import numpy as np

from skills.training.collect import CollectConfig, collect, relabel_masks
from skills.training.dataset import read_demos
from skills.training.seeds import training_seeds


def test_training_seeds_avoid_heldout_pairs():
    from sim.episodes import bench_scene

    seeds = [s for s, _ in zip(training_seeds(), range(10))]
    assert seeds == sorted(seeds) and all(s < 100_000 for s in seeds)
    for s in seeds:
        assert all((o.colour, o.kind) not in {("cyan", "block"), ("purple", "bowl")} for o in bench_scene(s).objects)


class _CornerMasks:
    """A fake grounding: a fixed stripe across the image's middle rows, so relabelling is visible."""

    name = "fake"

    def __call__(self, world, obs, object_name):
        m = np.zeros(obs.front.shape, dtype=bool)
        h = m.shape[0]
        m[h // 2 - 2 : h // 2 + 2] = True
        return m


def test_collect_one_episode_and_relabel(tmp_path):
    path = tmp_path / "d.h5"
    cfg = CollectConfig(mask="segmentation", world_size=64)  # the default world
    counts = collect(path, 1, workers=1, cfg=cfg, first_seed=5)  # seed 5: the noisy pick succeeds on MuJoCo
    assert counts["episodes"] == 1 and counts["demos"] >= 2
    demos = read_demos(path, only_success=False)
    pick = demos[0]
    assert pick.skill == "pick" and pick.instruction.startswith("pick up the ")
    assert pick.rgb.shape[1:] == (64, 64, 3) and pick.dones[-1] == 1 and pick.dones[:-1].sum() == 0
    assert pick.target_mask[0].any() and pick.actions[-1, 4] == 1.0  # ends holding
    assert pick.goal.shape == (3,) and 0.25 <= pick.goal[0] <= 0.75 and pick.goal[2] > 0.03  # a block's top
    assert {d.world for d in read_demos(path, only_success=False)} == {cfg.world}
    # running again adds new seeds only; the same seeds in another world are new demonstrations
    collect(path, 1, workers=1, cfg=cfg, first_seed=5)
    assert len({d.seed for d in read_demos(path, only_success=False)}) == 2
    other = replace(cfg, world="pybullet" if cfg.world != "pybullet" else "mujoco")
    collect(path, 1, workers=1, cfg=other, first_seed=5)
    assert {(d.seed, d.world) for d in read_demos(path, only_success=False)} >= {(5, cfg.world), (5, other.world)}
    result = relabel_masks(path, _CornerMasks())
    assert result["relabelled"] >= 2
    relabelled = read_demos(path, only_success=False)[0]
    stripe = relabelled.target_mask[0].all(axis=1)  # whole rows set, nothing else
    assert stripe.any() and relabelled.target_mask[0][~stripe].sum() == 0
    assert not np.allclose(relabelled.goal, pick.goal)  # read again from the new mask
