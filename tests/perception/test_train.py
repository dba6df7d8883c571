"""Tiny `vla-agent train clip` runs: on both worlds with domain randomisation, a loadable checkpoint, resuming."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from agent.cli import cli


def test_train_clip_tiny_run_on_both_worlds_and_resume(tmp_path, capsys):
    pytest.importorskip("mujoco", reason="the MuJoCo world needs: pip install 'mujoco>=4'")
    from skills.training.clip import Dataset

    out = tmp_path / "clip"
    args = ["train", "clip", "--out", str(out), "--scenes", "3", "--batch", "8", "--no-export", "--steps"]
    code = cli([*args, "2"])
    if code == 2 and "cannot render" in capsys.readouterr().err:
        pytest.skip("no OpenGL backend for MuJoCo here")
    assert code == 0
    assert (out / "model.safetensors").exists() and not (out / "model.image.onnx").exists()
    data = Dataset.load(out / "data.npz")
    assert data.made_with == "pybullet,mujoco randomized"
    assert sorted(set(data.world.tolist())) == [0, 1] and len(data.rgb) == 6  # every scene in both worlds
    assert set(np.unique(data.scene)) <= set(range(6)) and len(data.scene) >= 6
    assert torch.load(out / "train_state.pt", weights_only=True)["step"] == 2
    assert cli([*args, "3"]) == 0  # resumes from step 2
    assert torch.load(out / "train_state.pt", weights_only=True)["step"] == 3
    from skills.perception.clip import load_clip

    assert load_clip(out).embed_texts(["a red block"]).shape[0] == 1
    # The data set in --out was made with other options: a clear error, not a silent mix.
    assert cli([*args, "4", "--no-randomize"]) == 2
    assert "use a new --out" in capsys.readouterr().err


def test_plain_data_set_on_one_world():
    """Without randomisation, one world: generated scenes as they are, in the fixed look (the old recipe)."""
    from skills.training.clip import make_dataset, training_scene

    data = make_dataset(2, image_size=64, worlds=("pybullet",), randomize=False)
    assert data.made_with == "pybullet plain" and data.world.tolist() == [0, 0] and data.rgb.shape == (2, 64, 64, 3)
    assert [training_scene(s, randomize=False)[1] for s in (0, 1)] == ["plain", "plain"]
    assert len(data.scene) > 0 and set(data.scene.tolist()) <= {0, 1}


def test_train_clip_rejects_bad_input(tmp_path, capsys):
    assert cli(["train", "clip", "--out", str(tmp_path), "--steps", "0"]) == 2
    assert "--steps" in capsys.readouterr().err
    assert cli(["train", "clip", "--out", str(tmp_path), "--worlds", "symbolic"]) == 2
    assert "valid: pybullet, mujoco" in capsys.readouterr().err
