import json

import pytest
import torch

from sim.core.errors import UserError
from skills.policy.checkpoint import load_model
from skills.policy.inference import Policy
from skills.training.policy import TrainConfig, perturb_masks, random_shift, train


def test_tiny_training_run_saves_loads_and_resumes(demos_file, tmp_path):
    out = tmp_path / "run"
    seen = []
    result = train(TrainConfig(data=demos_file, out=out, steps=4, batch=8, eval_every=2, save_every=2, warmup=2),
                   progress=lambda step, m: seen.append(step), command="test")
    assert seen == [1, 2, 3, 4] and result["steps_done"] == 4 and result["demos"] == 4
    assert (out / "policy.safetensors").exists() and (out / "last.pt").exists()
    meta = json.loads((out / "policy.json").read_text())
    assert meta["training"]["command"] == "test" and meta["chunk"] == 4
    log = [json.loads(line) for line in (out / "log.jsonl").read_text().splitlines()]
    assert [r["step"] for r in log] == [2, 4] and "val_cont" in log[0]
    net, cfg = load_model(out)
    assert cfg.image_size == 64
    # resume: a larger step budget continues from step 4
    more = train(TrainConfig(data=demos_file, out=out, steps=6, batch=8, eval_every=100, save_every=100, warmup=2))
    assert more["steps_done"] == 6
    assert Policy(out).config.head == "regression"


def test_bins_head_trains(demos_file, tmp_path):
    from skills.policy.config import PolicyConfig

    result = train(TrainConfig(data=demos_file, out=tmp_path / "b", steps=2, batch=4, policy=PolicyConfig(head="bins")))
    assert result["steps_done"] == 2


def test_missing_data_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="collect"):
        train(TrainConfig(data=tmp_path / "nope.h5", out=tmp_path / "o", steps=1))


def test_augmentations_keep_shapes_and_values():
    gen = torch.Generator().manual_seed(0)
    x = torch.rand(5, 4, 64, 64)
    y = random_shift(x, 4, gen)
    assert y.shape == x.shape
    m = torch.zeros(200, 1, 64, 64)
    m[:, :, 20:30, 20:30] = 1
    p = perturb_masks(m, gen)
    assert p.shape == m.shape and set(p.unique().tolist()) <= {0.0, 1.0}
    assert (p.flatten(1).sum(1) == 0).any() and (p.flatten(1).sum(1) > 0).float().mean() > 0.8


def test_gripper_switch_calibration_keeps_the_best_and_records_the_table(demos_file, tmp_path, monkeypatch):
    from skills.training import policy as T

    tried = []

    def fake_rollouts(net, cfg, episodes, mask, world):  # success peaks at switch 0.35
        tried.append(cfg.gripper_switch)
        return {"eval_pick": 1.0 - abs(cfg.gripper_switch - 0.35), "eval_place": 0.9}

    monkeypatch.setattr(T, "evaluate_rollouts", fake_rollouts)
    out = tmp_path / "c"
    result = train(TrainConfig(data=demos_file, out=out, steps=2, batch=4, calibrate_episodes=3))
    assert sorted(tried) == sorted(T.SWITCH_CANDIDATES) and result["gripper_switch"] == 0.35
    meta = json.loads((out / "policy.json").read_text())
    assert meta["gripper_switch"] == 0.35 and set(meta["training"]["gripper_switch_scores"]) == {"0.5", "0.35", "0.2"}
    assert Policy(out).config.gripper_switch == 0.35
