"""ONNX exports of the learned models, for the lean runtime (ONNX Runtime: no torch, no transformers).

`export_clip(folder)` writes `model.image.onnx`, `model.text.onnx` and `model.prompts.npz` (the text
embeddings of every zero-shot prompt) beside the CLIP's `model.safetensors`; `export_policy(folder)` writes
`policy.words.onnx` and `policy.onnx` beside `policy.safetensors`. Each file records the digest of the checkpoint files it came
from (`skills.base.SOURCE_DIGEST`), so the runtime can tell a stale export and fall back to torch. Before
a file is written its outputs are checked against the torch model on example inputs (`TOLERANCE`).

The exporter is torch's (`torch.onnx.export`, dynamo): it needs `onnx` and `onnxscript` (the `train`
extra: pip install -e ".[train]"). `vla-agent train clip` / `train policy` export what they train;
`vla-agent export onnx` exports existing checkpoints.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import logging
import os
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sim.core.errors import UserError
from skills.base import SOURCE_DIGEST

# |onnx - torch| accepted on the check inputs: TOLERANCE * (1 + |torch|) (float32 sums in another order; seen on the
# shipped models: CLIP's unit embeddings ~1e-7, the policy's raw outputs ~6e-5 on values up to ~10)
TOLERANCE = 1e-4


@dataclass
class Exported:
    """What an export wrote, and the largest difference between ONNX Runtime and torch on the check inputs."""

    files: list[Path] = field(default_factory=list)
    max_abs_diff: float = 0.0


def _need_exporter() -> None:
    import importlib.util

    missing = [m for m in ("onnx", "onnxscript", "onnxruntime") if importlib.util.find_spec(m) is None]
    if missing:
        raise UserError(f"the ONNX export needs {', '.join(missing)}: pip install -e \".[train]\"")


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """The exporter's progress prints, its logging and the warnings of its dependencies are not the user's."""
    logger = logging.getLogger("torch.onnx")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _export(
    module: Any, args: tuple, names: Sequence[str], dynamic: dict | tuple, path: Path, metadata: dict[str, str],
    outputs: Sequence[str] = ("out",),
) -> None:
    """Export `module` on `args` to one self-contained ONNX file at `path`, with `metadata` in its properties."""
    import onnx
    import torch

    tmp = path.with_name(path.name + ".tmp")
    with _quiet():
        torch.onnx.export(module.eval(), args, str(tmp), dynamo=True, input_names=list(names), output_names=list(outputs),
                          dynamic_shapes=dynamic, external_data=False, optimize=True, verbose=False)
    model = onnx.load(str(tmp))
    onnx.helper.set_model_props(model, {**{p.key: p.value for p in model.metadata_props}, **metadata})
    onnx.save(model, str(tmp))
    os.replace(tmp, path)


def _write_npz(path: Path, **arrays: np.ndarray) -> None:
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, **arrays)
    os.replace(tmp, path)


@contextlib.contextmanager
def _removed_unless_checked(files: Sequence[Path]) -> Iterator[None]:
    """Delete `files` when the block fails (an export that does not match torch is not left for the runtime)."""
    try:
        yield
    except BaseException:
        for f in files:
            f.unlink(missing_ok=True)
        raise


def _check(what: str, got: np.ndarray, want: np.ndarray) -> float:
    """The largest |got - want|; a UserError when a value is off by more than TOLERANCE * (1 + |want|)."""
    if got.shape != want.shape or not np.all(np.abs(got - want) <= TOLERANCE * (1 + np.abs(want))):
        raise UserError(f"the ONNX export of {what} differs from the torch model (max |difference| "
                        f"{float(np.abs(got - want).max()) if got.shape == want.shape else 'shape'}); do not use it")
    return float(np.abs(got - want).max())


def export_policy(folder: Path) -> Exported:
    """Export the policy checkpoint in `folder` to `folder/policy.words.onnx` (words -> `PolicyNet.condition`,
    once per step) and `folder/policy.onnx` (image, proprio and the condition -> actions), checked together
    through the runtime's `load_runtime` against the torch model."""
    import torch

    from skills.base import source_digest
    from skills.policy.checkpoint import ONNX, WEIGHTS, WORDS_ONNX, condition_names, load_model, load_runtime
    from skills.policy.text import language

    _need_exporter()
    folder = Path(folder)
    net, cfg = load_model(folder)
    net = _exportable(net)
    meta = {SOURCE_DIGEST: source_digest(folder / WEIGHTS), "exported_from": WEIGHTS}
    s = cfg.image_size
    gen = torch.Generator().manual_seed(0)
    words = torch.from_numpy(language(["pick up the red block", "put it in the bin", ""], cfg))
    image, proprio = torch.rand(3, 4, s, s, generator=gen), torch.randn(3, cfg.proprio_dim, generator=gen)
    names = condition_names(cfg)
    with torch.inference_mode():
        condition = net.condition(words)
        want = net(image, proprio, words).numpy()
    batch = torch.export.Dim("batch")
    paths = [folder / WORDS_ONNX, folder / ONNX]
    with _removed_unless_checked(paths):
        _export(_bound(net, "condition"), (words,), ["words"], (({0: batch},),), paths[0], meta, names)
        _export(_bound(net, "act"), (image, proprio, *condition), ("image", "proprio", *names),
                (tuple({0: batch} for _ in range(2 + len(names))),), paths[1], meta)
        forward, _, _ = load_runtime(folder, "onnx", 1)
        got = forward(image.numpy(), proprio.numpy(), words.numpy())
        return Exported(paths, _check("the policy", got, want))


def _bound(net: Any, method: str) -> Any:
    """A module whose forward is `net`'s method `method`, for the exporter."""
    import torch

    class Bound(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.net = net

        def forward(self, *args: torch.Tensor) -> Any:
            return getattr(self.net, method)(*args)

    return Bound()


def _exportable(net: Any) -> Any:
    """A copy of `net` whose bag of words (an EmbeddingBag with padding, which the exporter turns into a Loop), if it
    has one, is the same mean as a gather and a masked sum."""
    import torch
    from torch import nn

    class BagMean(nn.Module):
        def __init__(self, bag: nn.EmbeddingBag) -> None:
            super().__init__()
            self.weight, self.padding_idx = bag.weight, int(bag.padding_idx)

        def forward(self, words: torch.Tensor) -> torch.Tensor:
            keep = (words != self.padding_idx).unsqueeze(-1).to(self.weight.dtype)
            return (nn.functional.embedding(words, self.weight) * keep).sum(1) / keep.sum(1).clamp(min=1.0)

    out = copy.deepcopy(net)
    if isinstance(net.words, nn.EmbeddingBag):
        out.words = BagMean(net.words)
    return out


def export_clip(folder: Path) -> Exported:
    """Export the CLIP in `folder` (ours, or any CLIP folder with model.safetensors and tokenizer.json) to
    model.image.onnx, model.text.onnx and model.prompts.npz there."""
    import torch

    from skills.perception import clip as C

    _need_exporter()
    folder = Path(folder)
    for name in (C.WEIGHTS, C.TOKENIZER):
        if not (folder / name).is_file():
            raise UserError(f"cannot export the CLIP in {str(folder)!r}: it has no {name}")
    enc = C.load_clip(folder, backend="torch", threads=None)
    model, tok = enc.model, enc.tokenizer
    digest = C.checkpoint_digest(folder)
    max_tokens = int(model.config.text_config.max_position_embeddings)

    class Image(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.clip = model

        def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
            return C._features(self.clip.get_image_features(pixel_values=pixel_values))

    class Text(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.clip = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return C._features(self.clip.get_text_features(input_ids=input_ids, attention_mask=attention_mask))

    rng = np.random.default_rng(0)
    crops = rng.integers(0, 256, (3, enc.image_size, enc.image_size, 3), dtype=np.uint8)
    pixels = enc.pixel_values(crops)
    batch = torch.export.Dim("batch")
    image_path = folder / C.IMAGE_ONNX
    ip = enc.processor.image_processor
    _export(Image(), (pixels,), ["pixel_values"], {"pixel_values": {0: batch}}, image_path, {
        SOURCE_DIGEST: digest, "image_size": str(enc.image_size), "projection_dim": str(model.config.projection_dim),
        "logit_scale": repr(enc.logit_scale), "image_mean": json.dumps([float(v) for v in ip.image_mean]),
        "image_std": json.dumps([float(v) for v in ip.image_std]),
    })
    example = tok(["a red block", "a photo of a small green bowl"], padding=True, return_tensors="pt")
    seq = torch.export.Dim("seq", max=max_tokens)
    text_path = folder / C.TEXT_ONNX
    pad_id = tok.pad_token_id if tok.pad_token_id is not None else 0
    _export(Text(), (example["input_ids"], example["attention_mask"]), ["input_ids", "attention_mask"],
            {"input_ids": {0: batch, 1: seq}, "attention_mask": {0: batch, 1: seq}}, text_path, {
                SOURCE_DIGEST: digest, "pad_id": str(pad_id),
                "pad_token": str(tok.pad_token or tok.convert_ids_to_tokens(pad_id)),
                "max_tokens": str(min(max_tokens, C.MAX_TOKENS)),  # as `ClipEncoder.embed_texts` truncates
            })
    texts = C.prompt_texts()
    prompts = enc.embed_texts(texts)
    prompts_path = folder / C.PROMPTS
    _write_npz(prompts_path, texts=np.array(texts), embeddings=prompts.astype(np.float32),
               source_sha256=np.array(digest))

    # The check: the runtime encoder on the new files against the torch one.
    files = [image_path, text_path, prompts_path]
    with _removed_unless_checked(files):
        onnx_enc, got = C.OnnxClipEncoder.load(folder, threads=1)
        if onnx_enc is None:
            raise UserError(f"the CLIP export in {str(folder)!r} does not load: {got.why}")
        diff = _check("the CLIP image tower", onnx_enc.embed_images(crops), enc.embed_images(crops))
        probe = ["the nearest thing to the left", "a mauve cube", *texts[:8]]
        onnx_enc._text_cache.clear()  # through the text model, not the shipped prompts
        diff = max(diff, _check("the CLIP text tower", onnx_enc.embed_texts(probe), enc.embed_texts(probe)))
        return Exported(files, diff)
