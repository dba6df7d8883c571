"""A DAgger rollout inside the agent: the shipped policy carries out a training task, the expert labels its states."""

from agent.task_demos import FIRST_SEED, dagger_task_episode, task_seeds
from skills.policy.checkpoint import CHECKPOINT_DIR
from skills.training.collect import collect
from skills.training.dagger_rollout import LearnerConfig
from skills.training.dataset import read_demos


def test_a_dagger_task_rollout_labels_every_learner_step(tmp_path):
    path = tmp_path / "t.h5"
    seen = []
    cfg = LearnerConfig(learner=str(CHECKPOINT_DIR), beta=0.0, dagger_round=2)
    counts = collect(path, 1, cfg=cfg, episode=dagger_task_episode, seeds=task_seeds, on_episode=seen.append)
    (info,) = seen
    demos = read_demos(path, only_success=False)
    assert counts["episodes"] == 1 and counts["demos"] == len(demos) == info["steps"] >= 2
    assert info["seed"] >= FIRST_SEED and isinstance(info["success"], bool) and info["family"]
    assert info["rows"] == info["learner_rows"] == sum(len(d) for d in demos)  # beta 0: the learner made every move
    assert {d.skill for d in demos} <= {"pick", "place"} and demos[0].skill == "pick"
    for d in demos:
        assert d.source == "dagger" and d.dagger_round == 2 and d.by_learner.all()
        assert d.executed.shape == d.actions.shape and d.target_mask[0].any() and d.goal is not None
    assert len(read_demos(path)) == len(demos)  # all kept for training, whatever the steps' outcome
