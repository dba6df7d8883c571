"""CLIP's ONNX export: the same image and text embeddings as transformers (the shipped prompts precomputed, other
texts through the exported text tower and `tokenizers`), and a missing or stale export falls back to transformers
(a warning when stale) or, when ONNX is insisted on, is a clear error."""

from __future__ import annotations

import json
import logging
import shutil

import numpy as np
import pytest

from sim.core.errors import ConfigError
from skills.perception.clip import (IMAGE_ONNX, PROMPTS, SHIPPED, TEXT_ONNX, ClipEncoder, OnnxClipEncoder, load_clip,
                                    prompt_texts)

ATOL = 1e-5  # unit embeddings, float32


@pytest.fixture(scope="module")
def encoders():
    return load_clip(backend="onnx"), load_clip(backend="torch")


def test_default_clip_is_the_onnx_export():
    assert isinstance(load_clip(), OnnxClipEncoder)


def test_image_embeddings_match(encoders):
    onnx_enc, torch_enc = encoders
    rng = np.random.default_rng(0)
    for n in (1, 5):
        crops = rng.integers(0, 256, (n, onnx_enc.image_size, onnx_enc.image_size, 3), dtype=np.uint8)
        np.testing.assert_allclose(onnx_enc.embed_images(crops), torch_enc.embed_images(crops), atol=ATOL)
    assert onnx_enc.embed_images(crops[:0]).shape == (0, torch_enc.model.config.projection_dim)
    assert onnx_enc.logit_scale == pytest.approx(torch_enc.logit_scale, rel=1e-6)


def test_crops_of_another_size_are_resized_as_the_processor_does(encoders):
    onnx_enc, torch_enc = encoders
    big = np.random.default_rng(1).integers(0, 256, (2, 48, 48, 3), dtype=np.uint8)
    # PIL's bicubic here, the processor's resize there: close, not equal
    cos = np.sum(onnx_enc.embed_images(big) * torch_enc.embed_images(big), axis=1)
    assert cos.min() > 0.99


def test_text_embeddings_match_for_the_shipped_prompts_and_for_any_text(encoders):
    onnx_enc, torch_enc = encoders
    prompts = prompt_texts()
    np.testing.assert_allclose(onnx_enc.embed_texts(prompts), torch_enc.embed_texts(prompts), atol=ATOL)
    other = ["the mauve thing nearest the corner", "a RED cube", "cube",
             " ".join(["the red block on the blue block"] * 4)]  # longer than the 16 tokens: truncated alike
    assert not set(other) & set(prompts)
    np.testing.assert_allclose(onnx_enc.embed_texts(other), torch_enc.embed_texts(other), atol=ATOL)


def _copy(tmp_path):
    folder = tmp_path / "clip"
    shutil.copytree(SHIPPED, folder)
    return folder


def test_missing_export_runs_through_transformers_and_onnx_only_is_an_error(tmp_path, caplog):
    folder = _copy(tmp_path)
    (folder / TEXT_ONNX).unlink()
    with caplog.at_level(logging.INFO):
        assert isinstance(load_clip(folder), ClipEncoder)
    [note] = [r for r in caplog.records if r.name == "skills.perception.clip"]
    assert note.levelno == logging.INFO and f"no {TEXT_ONNX}" in note.getMessage()
    with pytest.raises(ConfigError, match=f"no {TEXT_ONNX}.*vla-agent export onnx --clip"):
        load_clip(folder, backend="onnx")


@pytest.mark.parametrize("change", ["weights", "tokenizer", "prompts"])
def test_stale_export_warns_in_one_line_and_runs_through_transformers(tmp_path, caplog, change):
    folder = _copy(tmp_path)
    if change == "weights":  # retrained after the export
        from safetensors.numpy import load_file, save_file

        weights = load_file(str(folder / "model.safetensors"))
        weights["logit_scale"] = np.asarray(weights["logit_scale"] + 0.5, dtype=np.float32)
        save_file(weights, str(folder / "model.safetensors"), metadata={"format": "pt"})
    elif change == "tokenizer":
        tok = json.loads((folder / "tokenizer.json").read_text())
        (folder / "tokenizer.json").write_text(json.dumps(tok, indent=4))
    else:
        np.savez(folder / PROMPTS, texts=np.array(["a red block"]), embeddings=np.zeros((1, 64), np.float32),
                 source_sha256=np.array("0" * 64))
    with caplog.at_level(logging.INFO):
        enc = load_clip(folder)
    assert isinstance(enc, ClipEncoder)
    [warning] = [r for r in caplog.records if r.name == "skills.perception.clip"]
    assert warning.levelno == logging.WARNING and "\n" not in warning.getMessage()
    assert "stale" in warning.getMessage() and "vla-agent export onnx --clip" in warning.getMessage()
    if change == "weights":
        assert enc.logit_scale == pytest.approx(np.exp(0.5) * load_clip(backend="onnx").logit_scale, rel=1e-5)
    with pytest.raises(ConfigError, match="stale"):
        load_clip(folder, backend="onnx")


def test_shipped_export_is_small_and_in_the_package_data():
    import fnmatch
    from pathlib import Path

    import tomllib

    import skills
    from skills.policy.checkpoint import CHECKPOINT_DIR, ONNX

    files = [SHIPPED / IMAGE_ONNX, SHIPPED / TEXT_ONNX, SHIPPED / PROMPTS, CHECKPOINT_DIR / ONNX]
    assert all(0 < f.stat().st_size < 8_000_000 for f in files)
    root = Path(skills.__file__).parent
    pyproject = tomllib.loads((root.parent / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["skills"]
    for f in files:
        assert any(fnmatch.fnmatch(str(f.relative_to(root)), pat) for pat in patterns), f


def test_perceiver_passes_its_backend_and_threads():
    from skills.base import INFERENCE_THREADS
    from skills.perception.perceiver import Perceiver, PerceiverConfig

    assert Perceiver(config=PerceiverConfig(backend="torch")).clip.backend == "torch"
    options = Perceiver(config=PerceiverConfig(threads=2)).clip._image.get_session_options()
    assert (options.intra_op_num_threads, options.inter_op_num_threads) == (2, 2)
    options = Perceiver().clip._image.get_session_options()
    assert (options.intra_op_num_threads, options.inter_op_num_threads) == (INFERENCE_THREADS, INFERENCE_THREADS)
    with pytest.raises(ConfigError, match="valid: auto, onnx, torch"):
        Perceiver(config=PerceiverConfig(backend="tensorrt")).label(np.zeros((1, 32, 32, 3), np.uint8))
