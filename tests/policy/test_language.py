"""The policy's language input (issue 14, item 3): a bag of words or the shipped CLIP's text tower, and the held-out
phrasings `bench policy --phrasing heldout` says the steps in."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from benchmarks.policy import HELD_OUT_PHRASINGS, Rephrased
from sim.core.errors import ConfigError
from skills.policy.config import PolicyConfig
from skills.policy.text import default_vocab, language, without_colours


def test_the_bag_of_words_hides_colours_as_unknown_words():
    cfg = PolicyConfig()
    plain, blind = language(["pick up the red block", without_colours("pick up the red block")], cfg)
    vocab = default_vocab()
    assert without_colours("Put it in the Blue bowl") == "put it in the unk bowl"
    assert [vocab[i] for i in plain if i] == ["pick", "up", "the", "red", "block"]
    assert [vocab[i] if i > 1 else "<unk>" for i in blind if i] == ["pick", "up", "the", "<unk>", "block"]


def test_the_clip_input_is_the_text_towers_unit_embedding():
    cfg = PolicyConfig(text="clip")
    got = language(["pick up the red block", "put it in the blue bowl"], cfg)
    assert got.shape == (2, cfg.clip_dim) and got.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(got[0], got[1])
    with pytest.raises(ConfigError, match="another CLIP"):
        language(["pick up the red block"], dataclasses.replace(cfg, clip_digest="0" * 64))


def test_a_clip_policy_trains_from_a_words_policy_exports_and_acts(demos_file, tmp_path):
    import torch

    from skills.policy.checkpoint import load_model
    from skills.policy.inference import Policy
    from skills.training.export import export_policy
    from skills.training.policy import TrainConfig, train
    from tests.policy.test_golden import DATA, _observation

    small = PolicyConfig(channels=(8, 8, 8, 8), hidden=32)
    train(TrainConfig(data=demos_file, out=tmp_path / "words", steps=2, batch=4, eval_every=2, policy=small))
    train(TrainConfig(data=demos_file, out=tmp_path / "clip", steps=2, batch=4, eval_every=2, init=tmp_path / "words",
                      text="clip"))
    words_net, _ = load_model(tmp_path / "words")
    net, cfg = load_model(tmp_path / "clip")
    assert cfg.text == "clip" and len(cfg.clip_digest) == 64
    assert net.words.weight.shape == (cfg.text_dim, cfg.clip_dim)
    assert json.loads((tmp_path / "clip" / "policy.json").read_text())["clip_digest"] == cfg.clip_digest
    assert export_policy(tmp_path / "clip").max_abs_diff < 1e-4
    with np.load(DATA) as z:
        outs = {}
        for backend in ("onnx", "torch"):
            policy = Policy(tmp_path / "clip", backend=backend)
            policy.reset("grab the " + str(z["instruction"]).split("the ", 1)[-1], z["mask"])
            outs[backend] = policy.predict_action(_observation(z)).chunk
    np.testing.assert_allclose(outs["onnx"], outs["torch"], atol=1e-4)
    del words_net, torch


class _Recorder:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.config = PolicyConfig()

    def reset(self, instruction: str, mask) -> None:
        self.said.append(instruction)


def test_held_out_phrasings_replace_the_skills_words_in_turn():
    inner = _Recorder()
    policy = Rephrased(inner)
    for text in ("pick up the red block", "pick up the cyan block", "put it in the purple bowl",
                 "put it on the green block", "put it at the top left corner", "something else"):
        policy.reset(text, None)
    assert inner.said == ["grab the red block", "get the cyan block", "set it down in the purple bowl",
                          "set it down on the green block", "set it down at the top left corner", "something else"]
    assert policy.config is inner.config
    vocab = set(default_vocab())  # every held-out verb is a word the bag of words never learned
    assert not {o.split()[0] for others in HELD_OUT_PHRASINGS.values() for o in others} & vocab
