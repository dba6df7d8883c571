from agent.task_demos import FIRST_SEED, collect_task_episode, task_for_seed, task_seeds
from agent.evaluation.suite import FAMILIES, make_task, task_from_seed
from skills.training.collect import CollectConfig, collect
from skills.training.dataset import read_demos
from skills.training.seeds import held_out_pairs


def test_make_task_is_task_from_seed_on_the_suite_seeds():
    assert make_task("sort", 3).scene == task_from_seed("sort", 10_000 + 1_000 * FAMILIES.index("sort") + 3).scene


def test_task_seeds_stay_clear_of_the_suite_and_held_out_pairs():
    seeds = [s for s, _ in zip(task_seeds(), range(30))]
    assert seeds[0] >= FIRST_SEED and all(s < 100_000 for s in seeds) and seeds == sorted(seeds)
    assert not any(10_000 <= s % 100_000 < 16_000 for s in seeds)
    assert {FAMILIES[s % len(FAMILIES)] for s in seeds} == set(FAMILIES)
    held = held_out_pairs()
    for s in seeds:
        assert all((o.colour, o.kind) not in held for o in task_for_seed(s).scene.objects)
    skipped = set(seeds[:5])
    assert not skipped & {s for s, _ in zip(task_seeds(skip=skipped), range(10))}


def test_collect_one_task_records_every_step(tmp_path):
    path = tmp_path / "t.h5"
    counts = collect(path, 1, cfg=CollectConfig(), episode=collect_task_episode, seeds=task_seeds)
    demos = read_demos(path, only_success=False)
    assert counts == {"episodes": 1, "demos": len(demos), "successful": len(demos)} and len(demos) >= 2
    assert [d.skill for d in demos] == ["pick", "place"] * (len(demos) // 2)
    assert all(d.instruction.startswith("pick up the ") for d in demos[::2])
    assert all(d.instruction.startswith("put it ") for d in demos[1::2])
    assert len({d.seed for d in demos}) == 1 and demos[0].seed >= FIRST_SEED
    assert all(d.target_mask[0].any() and d.dones[-1] == 1 for d in demos)


def test_collect_tasks_refuses_simulator_masks(tmp_path, capsys):
    from agent.cli import cli

    assert cli(["collect", "--tasks", "--episodes", "1", "--masks", "segmentation", "--out", str(tmp_path / "t.h5")]) == 2
    assert "--tasks grounds targets with perception" in capsys.readouterr().err
    assert not (tmp_path / "t.h5").exists()
