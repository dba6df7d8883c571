import numpy as np
import torch

from skills.policy import actions as A
from skills.policy.config import PolicyConfig


def test_tokenizer_round_trip_within_half_a_bin():
    tok = A.ActionTokenizer(256)
    x = np.random.default_rng(0).uniform(-1, 1, 10_000)
    back = tok.decode(tok.encode(x))
    assert np.abs(back - x).max() <= 1.0 / 256 + 1e-9  # half a bin of width 2 / 256
    assert tok.encode(np.array([-5.0, 5.0])).tolist() == [0, 255]
    t = torch.tensor([-0.3, 0.7])
    assert torch.allclose(tok.decode(tok.encode(t).float()), t, atol=1.0 / 256)


def test_normalise_and_back():
    cfg = PolicyConfig()
    a = np.array([0.01, -0.02, 0.005, 0.1, 1.0], dtype=np.float32)
    cont = A.normalise(a, cfg)
    act = A.to_action(cont, True, cfg)
    np.testing.assert_allclose(act.vector(), a, atol=1e-6)
    assert A.normalise(np.array([1.0, 0, 0, 0, 0]), cfg)[0] == 1.0  # clipped


def test_gripper_changes_state_at_the_switch_probability():
    p = np.array([0.1, 0.35, 0.6, 0.8])
    assert A.gripper_decision(p, False, 0.5).tolist() == [False, False, True, True]
    assert A.gripper_decision(p, False, 0.3).tolist() == [False, True, True, True]  # opens -> closes early
    assert A.gripper_decision(p, True, 0.3).tolist() == [False, False, False, True]  # closed -> opens once p <= 0.7
    assert A.gripper_decision(p, True, 0.5).tolist() == [False, False, True, True]


def test_gripper_event_weights():
    w = A.gripper_weights(np.array([0, 0, 0, 1, 1, 1, 1, 1, 0, 0], dtype=np.float32))
    assert w.tolist() == [1, 5, 5, 5, 5, 1, 5, 5, 5, 5]


def test_every_head_decodes_and_loses():
    for head in ("regression", "bins", "flow"):
        cfg = PolicyConfig(head=head)
        out = torch.randn(3, cfg.chunk, A.out_dim(cfg))
        cont, grip, done = A.decode(out, cfg)
        assert cont.shape == (3, cfg.chunk, 4) and grip.shape == done.shape == (3, cfg.chunk)
        target = torch.zeros(3, cfg.chunk, 4)
        loss, parts = A.loss(out, target, torch.ones(3, cfg.chunk), torch.zeros(3, cfg.chunk), torch.ones(3, cfg.chunk), cfg)
        assert loss.ndim == 0 and set(parts) == {"cont", "grip", "done"}


def test_flow_inputs_lie_on_the_straight_path_and_the_velocity_loss_is_zero_at_the_truth():
    cfg = PolicyConfig(head="flow")
    target = torch.rand(5, cfg.chunk, 4) * 2 - 1
    f = A.flow_inputs(target, torch.Generator().manual_seed(0))
    torch.testing.assert_close(f["noisy"], (1 - f["t"]) * f["noise"] + f["t"] * target)
    velocity = target - f["noise"]
    out = torch.cat([velocity, torch.zeros(5, cfg.chunk, 2)], -1)
    _, parts = A.loss(out, target, torch.zeros(5, cfg.chunk), torch.zeros(5, cfg.chunk), torch.ones(5, cfg.chunk),
                      cfg, f["noise"])
    assert parts["cont"] < 1e-10
