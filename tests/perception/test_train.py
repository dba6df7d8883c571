"""A tiny `vla-agent train clip` run: it trains, saves a loadable checkpoint and resumes."""

from __future__ import annotations

import torch

from agent.cli import cli


def test_train_clip_tiny_run_and_resume(tmp_path, capsys):
    out = tmp_path / "clip"
    args = ["train", "clip", "--out", str(out), "--scenes", "3", "--steps", "2", "--batch", "8"]
    assert cli(args) == 0
    assert (out / "model.safetensors").exists() and (out / "data.npz").exists()
    assert torch.load(out / "train_state.pt", weights_only=True)["step"] == 2
    assert cli([*args[:-3], "3", "--batch", "8"]) == 0  # resumes from step 2
    assert torch.load(out / "train_state.pt", weights_only=True)["step"] == 3
    from skills.perception.clip import load_clip

    assert load_clip(out).embed_texts(["a red block"]).shape[0] == 1


def test_train_clip_rejects_bad_input(tmp_path, capsys):
    assert cli(["train", "clip", "--out", str(tmp_path), "--steps", "0"]) == 2
    assert "--steps" in capsys.readouterr().err
