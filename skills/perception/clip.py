"""A small CLIP: build it, save it, load it (ours or any pretrained CLIP by name or path), embed.

Our checkpoint is a normal Hugging Face folder: `config.json` + `model.safetensors` (a
`transformers.CLIPModel`), the tokenizer (a `tokenizers` WordLevel model wrapped in
`PreTrainedTokenizerFast`) and `processor_config.json` (a `CLIPProcessor`). The same loader
reads a pretrained CLIP such as `openai/clip-vit-base-patch32` from the Hugging Face cache or
a local path; nothing is downloaded unless `local_files_only=False` is passed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
from transformers import CLIPConfig, CLIPModel, CLIPProcessor, PreTrainedTokenizerFast
from transformers.models.clip.image_processing_pil_clip import CLIPImageProcessorPil
from transformers.utils import logging as hf_logging

from sim.core.errors import ConfigError
from skills.perception import vocab

SHIPPED = Path(__file__).parent / "checkpoints" / "clip"
SPECIALS = ("[PAD]", "[BOS]", "[UNK]", "[EOS]")  # ids 0..3; EOS != 2 so pooling finds the EOS position
MAX_TOKENS = 16


@dataclass(frozen=True)
class ClipSize:
    """The architecture of our small CLIP (both towers 128 wide)."""

    image_size: int = 32
    patch_size: int = 8
    width: int = 128
    vision_layers: int = 3
    text_layers: int = 2
    heads: int = 4
    projection_dim: int = 64


def build_tokenizer() -> PreTrainedTokenizerFast:
    """An offline word-level tokenizer over the world's vocabulary (lower-cased, unknown words -> [UNK])."""
    table = {w: i for i, w in enumerate(SPECIALS)}
    for w in vocab.words():
        table.setdefault(w, len(table))
    tok = Tokenizer(models.WordLevel(table, unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence([normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="[BOS] $A [EOS]", special_tokens=[("[BOS]", 1), ("[EOS]", 3)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token="[PAD]", bos_token="[BOS]", eos_token="[EOS]", unk_token="[UNK]",
        model_max_length=MAX_TOKENS,
    )


def build_processor(tokenizer: PreTrainedTokenizerFast, image_size: int) -> CLIPProcessor:
    image = CLIPImageProcessorPil(
        size={"shortest_edge": image_size}, crop_size={"height": image_size, "width": image_size}
    )
    return CLIPProcessor(image_processor=image, tokenizer=tokenizer)


def build_model(tokenizer: PreTrainedTokenizerFast, size: ClipSize = ClipSize()) -> CLIPModel:
    text = dict(
        vocab_size=len(tokenizer), hidden_size=size.width, intermediate_size=2 * size.width,
        num_hidden_layers=size.text_layers, num_attention_heads=size.heads, max_position_embeddings=MAX_TOKENS,
        pad_token_id=tokenizer.pad_token_id, bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
    )
    vision = dict(
        image_size=size.image_size, patch_size=size.patch_size, hidden_size=size.width,
        intermediate_size=2 * size.width, num_hidden_layers=size.vision_layers, num_attention_heads=size.heads,
    )
    return CLIPModel(CLIPConfig(text_config=text, vision_config=vision, projection_dim=size.projection_dim))


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Hide transformers' own load/save progress bars (progress belongs to the CLI)."""
    was = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            hf_logging.enable_progress_bar()


class ClipEncoder:
    """A loaded CLIP with its processor: normalised image and text embeddings as numpy arrays.

    Crops are (N, S, S, 3) uint8. When S equals the model's image size (our checkpoint) they
    are normalised in numpy (fast); otherwise the processor resizes them (pretrained CLIPs).
    """

    def __init__(self, model: CLIPModel, processor: CLIPProcessor) -> None:
        self.model = model.eval()
        self.processor = processor
        self.image_size = int(model.config.vision_config.image_size)
        ip = processor.image_processor
        self._mean = np.asarray(ip.image_mean, dtype=np.float32).reshape(1, 3, 1, 1)
        self._std = np.asarray(ip.image_std, dtype=np.float32).reshape(1, 3, 1, 1)
        self._text_cache: dict[str, np.ndarray] = {}

    @property
    def tokenizer(self) -> PreTrainedTokenizerFast:
        return self.processor.tokenizer

    def pixel_values(self, crops: np.ndarray) -> torch.Tensor:
        if crops.shape[1] == self.image_size and crops.shape[2] == self.image_size:
            x = crops.astype(np.float32).transpose(0, 3, 1, 2) / 255.0
            return torch.from_numpy((x - self._mean) / self._std)
        return self.processor.image_processor(images=list(crops), return_tensors="pt")["pixel_values"]

    @torch.inference_mode()
    def embed_images(self, crops: np.ndarray) -> np.ndarray:
        """(N, S, S, 3) uint8 -> (N, D) float32, unit length."""
        if len(crops) == 0:
            return np.zeros((0, self.model.config.projection_dim), dtype=np.float32)
        out = self.model.get_image_features(pixel_values=self.pixel_values(crops))
        return _unit(_features(out).numpy())

    @torch.inference_mode()
    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Texts -> (N, D) float32, unit length; cached, since prompts repeat every frame."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._text_cache]
        if missing:
            enc = self.tokenizer(missing, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
            out = self.model.get_text_features(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"])
            for t, e in zip(missing, _unit(_features(out).numpy())):
                self._text_cache[t] = e
        return np.stack([self._text_cache[t] for t in texts]) if texts else np.zeros((0, 1), np.float32)

    @property
    def logit_scale(self) -> float:
        return float(self.model.logit_scale.detach().exp())


def _features(out: object) -> torch.Tensor:
    # transformers 5 returns an output object whose pooler_output is the projected embedding.
    return out if isinstance(out, torch.Tensor) else out.pooler_output  # type: ignore[attr-defined]


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-8)).astype(np.float32)


def save_clip(model: CLIPModel, processor: CLIPProcessor, path: str | Path) -> None:
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    with _quiet():
        model.save_pretrained(path, safe_serialization=True)
        processor.save_pretrained(path)


def load_clip(name_or_path: str | Path | None = None, *, local_files_only: bool = True) -> ClipEncoder:
    """Load a CLIP and its processor: None -> our shipped checkpoint; a folder; or a Hugging Face name.

    Raises ConfigError with a fix when the checkpoint does not exist or is not a CLIP.
    """
    source = str(SHIPPED if name_or_path is None else name_or_path)
    as_path = Path(source).expanduser()
    looks_local = as_path.exists() or source.startswith((".", "/", "~")) or source.count("/") > 1
    if looks_local and not (as_path / "config.json").is_file():
        hint = " (train one with: vla-agent train clip --out DIR)" if name_or_path is not None else ""
        raise ConfigError(f"CLIP checkpoint {source!r} does not exist or has no config.json{hint}")
    try:
        with _quiet():
            where = str(as_path) if looks_local else source
            model = CLIPModel.from_pretrained(where, local_files_only=local_files_only)
            processor = CLIPProcessor.from_pretrained(where, local_files_only=local_files_only)
    except (OSError, ValueError, KeyError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ConfigError(
            f"cannot load CLIP {source!r}: {first}. Pass a folder with config.json, model.safetensors, the "
            "tokenizer and processor_config.json, or a model name already in the Hugging Face cache"
        ) from None
    return ClipEncoder(model, processor)
