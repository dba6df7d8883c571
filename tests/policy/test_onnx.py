"""The policy's ONNX export: it computes what the torch network computes, and a missing or stale export falls
back to torch (with a warning when stale) or, when ONNX is insisted on, is a clear error."""

from __future__ import annotations

import logging
import shutil

import numpy as np
import pytest

from sim.core.errors import ConfigError
from skills.policy.checkpoint import CHECKPOINT_DIR, CONFIG, ONNX, WEIGHTS, WORDS_ONNX, load_runtime
from skills.policy.actions import head_dim, out_dim
from skills.policy.inference import Policy
from skills.policy.text import encode
from tests.policy.test_golden import DATA, _observation

TOL = 1e-4  # float32 sums in another order: |onnx - torch| <= TOL * (1 + |torch|)


def _inputs(cfg, batch: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    texts = ["pick up the red block", "put it in the blue bowl", "put it at the top left corner", ""]
    words = np.stack([encode(texts[i % len(texts)], cfg.vocab, cfg.max_words) for i in range(batch)])
    return (rng.random((batch, 4, cfg.image_size, cfg.image_size), dtype=np.float32),
            rng.normal(size=(batch, cfg.proprio_dim)).astype(np.float32), words)


def test_shipped_onnx_policy_matches_torch_on_random_inputs():
    onnx_fwd, cfg, backend = load_runtime(CHECKPOINT_DIR, "onnx")
    torch_fwd, _, _ = load_runtime(CHECKPOINT_DIR, "torch")
    assert backend == "onnx"
    for batch in (1, 4):  # batch 4 holds an instruction of padding only
        args = _inputs(cfg, batch, seed=batch)
        got, want = onnx_fwd(*args), torch_fwd(*args)
        assert got.shape == want.shape == (batch, cfg.chunk, out_dim(cfg))
        np.testing.assert_array_less(np.abs(got - want), TOL * (1 + np.abs(want)))


def test_shipped_onnx_policy_acts_as_the_torch_one_on_a_real_observation():
    outs = {}
    with np.load(DATA) as z:
        for backend in ("onnx", "torch"):
            policy = Policy(backend=backend)
            policy.reset(str(z["instruction"]), z["mask"])
            out = policy.predict_action(_observation(z))
            assert policy.backend_used == backend
            outs[backend] = np.concatenate([out.chunk.ravel(), [out.gripper_prob, out.done_prob]])
    np.testing.assert_allclose(outs["onnx"], outs["torch"], atol=1e-5)


def _copy_checkpoint(tmp_path, exports: tuple[str, ...] = (ONNX, WORDS_ONNX)):
    folder = tmp_path / "policy"
    folder.mkdir()
    for name in (WEIGHTS, CONFIG, *exports):
        shutil.copy(CHECKPOINT_DIR / name, folder / name)
    return folder


def test_default_policy_runs_the_export(tmp_path, caplog):
    with caplog.at_level(logging.INFO):
        policy = Policy(_copy_checkpoint(tmp_path))
        assert policy.config.chunk == 4
    assert policy.backend_used == "onnx" and not caplog.records


@pytest.mark.parametrize("missing", [ONNX, WORDS_ONNX])
def test_missing_export_runs_through_torch_and_onnx_only_is_an_error(tmp_path, caplog, missing):
    folder = _copy_checkpoint(tmp_path, tuple({ONNX, WORDS_ONNX} - {missing}))
    with caplog.at_level(logging.INFO):
        policy = Policy(folder)
        assert policy.config.chunk == 4
    assert policy.backend_used == "torch"
    [note] = caplog.records
    assert note.levelno == logging.INFO and f"no {missing}" in note.getMessage()
    assert "vla-agent export onnx --policy" in note.getMessage()
    with pytest.raises(ConfigError, match=f"no {missing}.*vla-agent export onnx"):
        Policy(folder, backend="onnx").reset("pick up the red block", np.zeros((8, 8), bool))


def test_stale_export_warns_in_one_line_and_runs_the_new_weights_through_torch(tmp_path, caplog):
    from safetensors.numpy import load_file, save_file

    folder = _copy_checkpoint(tmp_path)
    weights = load_file(str(folder / WEIGHTS))
    weights["head.4.bias"] = weights["head.4.bias"] + 1.0  # retrained after the export
    save_file(weights, str(folder / WEIGHTS))
    with caplog.at_level(logging.INFO):
        forward, cfg, backend = load_runtime(folder)
    assert backend == "torch"
    [warning] = caplog.records
    assert warning.levelno == logging.WARNING and "\n" not in warning.getMessage()
    assert "stale" in warning.getMessage() and "vla-agent export onnx" in warning.getMessage()
    args = _inputs(cfg, 1)
    shipped, _, _ = load_runtime(CHECKPOINT_DIR, "onnx")
    main = head_dim(cfg)  # the main head's columns come first (the ensemble's have their own weights)
    np.testing.assert_allclose(forward(*args)[..., :main], shipped(*args)[..., :main] + 1.0, atol=1e-4)  # new weights
    with pytest.raises(ConfigError, match="stale"):
        load_runtime(folder, "onnx")


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(ConfigError, match="valid: auto, onnx, torch"):
        Policy(backend="tensorrt").reset("pick up the red block", np.zeros((8, 8), bool))


@pytest.mark.slow  # torch's dynamo exporter: ~8 s of imports and ~5 s per export on a busy two-core machine
def test_export_command_writes_a_fresh_checked_export(tmp_path, capsys):
    import json

    import torch

    from agent.cli import cli
    from skills.policy.checkpoint import save_model
    from skills.policy.config import PolicyConfig
    from skills.policy.model import PolicyNet

    cfg = PolicyConfig(image_size=16, channels=(8, 8), hidden=32)
    torch.manual_seed(0)
    net = PolicyNet(cfg)
    for p in net.film.parameters():  # FiLM starts at zero: give the words a part in the check
        torch.nn.init.normal_(p, std=0.1)
    folder = tmp_path / "tiny"
    save_model(net, cfg, folder, {})
    assert load_runtime(folder)[2] == "torch"
    assert cli(["export", "onnx", "--policy", str(folder), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["policy"]
    assert report["files"] == [str(folder / WORDS_ONNX), str(folder / ONNX)] and report["max_abs_diff"] < 1e-4
    onnx_fwd, cfg2, backend = load_runtime(folder)
    assert backend == "onnx"
    args = _inputs(cfg2, 3)
    want = load_runtime(folder, "torch")[0](*args)
    np.testing.assert_array_less(np.abs(onnx_fwd(*args) - want), TOL * (1 + np.abs(want)))
    assert cli(["export", "onnx", "--policy", str(tmp_path / "nope")]) == 2


def test_a_flow_matching_policy_exports_with_its_integration_and_runs_through_onnx(tmp_path):
    from skills.policy.checkpoint import save_model
    from skills.policy.config import PolicyConfig
    from skills.policy.model import PolicyNet
    from skills.training.export import export_policy

    cfg = PolicyConfig(head="flow", band=0.5, flow_steps=4)
    save_model(PolicyNet(cfg), cfg, tmp_path, {})
    assert export_policy(tmp_path).max_abs_diff < 1e-4  # the export is checked against torch, or refused
    policy = Policy(tmp_path)
    assert policy.config.head == "flow" and policy.backend_used == "onnx"  # `config` loads it


def test_an_ensemble_exports_and_the_runtime_reads_its_doubt(tmp_path):
    import torch

    from skills.policy.checkpoint import save_model
    from skills.policy.config import PolicyConfig
    from skills.policy.model import PolicyNet
    from skills.training.export import export_policy

    cfg = PolicyConfig(band=0.5, channels=(8, 8, 8, 8), hidden=32, ensemble=2, unsure_spread=1e-6)
    torch.manual_seed(0)
    save_model(PolicyNet(cfg), cfg, tmp_path, {})
    assert export_policy(tmp_path).max_abs_diff < 1e-4
    with np.load(DATA) as z:
        outs = {}
        for backend in ("onnx", "torch"):
            policy = Policy(tmp_path, backend=backend)
            policy.reset(str(z["instruction"]), z["mask"])
            outs[backend] = policy.predict_action(_observation(z))
    assert outs["onnx"].spread is not None and outs["onnx"].spread > 0 and outs["onnx"].unsure
    np.testing.assert_allclose(outs["onnx"].spread, outs["torch"].spread, atol=1e-5)
