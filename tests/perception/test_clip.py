"""The CLIP code paths: our tokenizer, a tiny checkpoint saved here and loaded by path with its
processor (the same path loads a pretrained Hugging Face CLIP), and clear errors."""

from __future__ import annotations

import numpy as np
import pytest

from sim.core.errors import ConfigError
from skills.perception.clip import ClipSize, build_model, build_processor, build_tokenizer, load_clip, save_clip

TINY = ClipSize(image_size=16, patch_size=8, width=32, vision_layers=1, text_layers=1, heads=2, projection_dim=16)


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory):
    tok = build_tokenizer()
    path = tmp_path_factory.mktemp("tiny_clip")
    save_clip(build_model(tok, TINY), build_processor(tok, TINY.image_size), path)
    return path


def test_tokenizer_is_offline_and_knows_the_vocabulary():
    tok = build_tokenizer()
    ids = tok("a Purple cube")["input_ids"]
    assert ids[0] == tok.bos_token_id and ids[-1] == tok.eos_token_id
    assert tok.unk_token_id not in ids
    assert tok.unk_token_id in tok("a mauve cube")["input_ids"]
    assert tok.eos_token_id != 2  # CLIP's text pooling treats eos id 2 as a legacy special case


def test_saved_checkpoint_loads_by_path_with_its_processor(tiny_checkpoint):
    names = {p.name for p in tiny_checkpoint.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "processor_config.json"} <= names
    enc = load_clip(tiny_checkpoint)
    assert enc.image_size == 16
    crops = np.random.default_rng(0).integers(0, 255, (3, 16, 16, 3), dtype=np.uint8)
    img = enc.embed_images(crops)
    assert img.shape == (3, 16)
    np.testing.assert_allclose(np.linalg.norm(img, axis=1), 1.0, atol=1e-5)
    # Crops of another size go through the CLIPProcessor (the path a pretrained CLIP takes).
    big = np.random.default_rng(1).integers(0, 255, (2, 40, 40, 3), dtype=np.uint8)
    assert enc.pixel_values(big).shape == (2, 3, 16, 16)
    assert enc.embed_images(big).shape == (2, 16)
    txt = enc.embed_texts(["a red block", "a blue bowl", "a red block"])
    assert txt.shape == (3, 16)
    np.testing.assert_allclose(txt[0], txt[2])


def test_missing_checkpoint_is_a_clear_error(tmp_path):
    from skills.perception import Perceiver

    with pytest.raises(ConfigError, match="does not exist"):
        load_clip(tmp_path / "nope")
    with pytest.raises(ConfigError, match="does not exist"):
        Perceiver(tmp_path / "nope")
    with pytest.raises(ConfigError, match="cannot load CLIP"):
        load_clip("no-such-org/no-such-clip")  # a Hugging Face name not in the local cache
