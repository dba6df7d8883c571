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


@pytest.mark.parametrize("head", ["bins", "flow"])
def test_other_heads_train_and_act(demos_file, tmp_path, head):
    from skills.policy.config import PolicyConfig

    out = tmp_path / head
    result = train(TrainConfig(data=demos_file, out=out, steps=2, batch=4, eval_every=2, policy=PolicyConfig(head=head)))
    assert result["steps_done"] == 2 and "val_dpos_mae_mm" in result
    net, cfg = load_model(out)
    assert cfg.head == head
    with torch.no_grad():
        chunk = net(torch.rand(2, 4, 64, 64), torch.zeros(2, 12), torch.ones(2, cfg.max_words, dtype=torch.long))
    assert chunk.shape == (2, cfg.chunk, 6 if head == "flow" else 4 * cfg.bins + 2) and torch.isfinite(chunk).all()


def test_flow_matching_learns_a_chunk():
    """The velocity field, trained on one fixed target, integrates from the noise's mean to that target."""
    from skills.policy import actions as A
    from skills.policy.config import PolicyConfig
    from skills.policy.model import PolicyNet

    torch.manual_seed(0)
    cfg = PolicyConfig(head="flow", channels=(8, 8, 8, 8), hidden=64)
    net = PolicyNet(cfg)
    image, proprio, words = torch.rand(1, 4, 64, 64), torch.zeros(1, 12), torch.ones(1, cfg.max_words, dtype=torch.long)
    target = torch.tensor([[[0.5, -0.3, 0.2, 0.0]] * cfg.chunk])
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    gen = torch.Generator().manual_seed(0)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, 500)
    for _ in range(500):
        f = A.flow_inputs(target.expand(64, -1, -1), gen)
        out = net(image.expand(64, -1, -1, -1), proprio.expand(64, -1), words.expand(64, -1), f["noisy"], f["t"])
        loss = ((out[..., :4] - (target - f["noise"])) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
    with torch.no_grad():
        cont, _, _ = A.decode(net(image, proprio, words), cfg)
    assert torch.allclose(cont, target, atol=0.05), cont


def test_fine_tuning_keeps_the_checkpoints_head(demos_file, tmp_path):
    from skills.policy.checkpoint import CHECKPOINT_DIR
    from skills.policy.config import PolicyConfig

    with pytest.raises(UserError, match="head"):
        train(TrainConfig(data=demos_file, out=tmp_path / "f", steps=1, init=CHECKPOINT_DIR,
                          policy=PolicyConfig(head="flow")))


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
