"""A small CLIP: build it, save it, load it (ours or any pretrained CLIP by name or path), embed.

Our checkpoint is a normal Hugging Face folder: `config.json` + `model.safetensors` (a
`transformers.CLIPModel`), the tokenizer (a `tokenizers` WordLevel model wrapped in
`PreTrainedTokenizerFast`) and `processor_config.json` (a `CLIPProcessor`). The same loader
reads a pretrained CLIP such as `openai/clip-vit-base-patch32` from the Hugging Face cache or
a local path; nothing is downloaded unless `local_files_only=False` is passed.

At run time a folder with a fresh ONNX export (`skills.training.export.export_clip`: `model.image.onnx`,
`model.text.onnx` and `model.prompts.npz`, the text embeddings of every zero-shot prompt) runs through
ONNX Runtime (`OnnxClipEncoder`): neither torch nor transformers is imported, and texts outside the
prompts are tokenized with `tokenizers` from `tokenizer.json`. A folder without one, a stale one (the
weights changed after the export) or a Hugging Face name runs through transformers (`ClipEncoder`).
Both encoders give the same embeddings (within float error: tests/perception/test_onnx.py).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sim.core.errors import ConfigError
from skills.base import INFERENCE_THREADS, OnnxLoad, onnx_session, source_digest, torch_threads
from skills.perception import vocab

if TYPE_CHECKING:  # transformers and torch are imported only on the torch path (training, a checkpoint by name)
    import torch
    from transformers import CLIPModel, CLIPProcessor, PreTrainedTokenizerFast

log = logging.getLogger(__name__)

SHIPPED = Path(__file__).parent / "checkpoints" / "clip"
SPECIALS = ("[PAD]", "[BOS]", "[UNK]", "[EOS]")  # ids 0..3; EOS != 2 so pooling finds the EOS position
MAX_TOKENS = 16
WEIGHTS, TOKENIZER = "model.safetensors", "tokenizer.json"  # what an ONNX export is checked against
IMAGE_ONNX, TEXT_ONNX, PROMPTS = "model.image.onnx", "model.text.onnx", "model.prompts.npz"
BACKENDS: tuple[str, ...] = ("auto", "onnx", "torch")


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
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

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
    from transformers import CLIPProcessor
    from transformers.models.clip.image_processing_pil_clip import CLIPImageProcessorPil

    image = CLIPImageProcessorPil(
        size={"shortest_edge": image_size}, crop_size={"height": image_size, "width": image_size}
    )
    return CLIPProcessor(image_processor=image, tokenizer=tokenizer)


def build_model(tokenizer: PreTrainedTokenizerFast, size: ClipSize = ClipSize()) -> CLIPModel:
    from transformers import CLIPConfig, CLIPModel

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
    from transformers.utils import logging as hf_logging

    was = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            hf_logging.enable_progress_bar()


def prompt_texts() -> list[str]:
    """Every zero-shot prompt the perceiver embeds (`vocab`'s templates over its colours and kinds), in a fixed
    order: an ONNX export ships their text embeddings, so labelling needs no text model at run time."""
    texts = [t.format(c=c, k=k) for c, k in vocab.all_pairs() for t in vocab.FULL_TEMPLATES]
    texts += [t.format(c=c) for c in vocab.COLOURS for t in vocab.COLOUR_TEMPLATES]
    texts += [t.format(k=k) for k in vocab.KINDS for t in vocab.KIND_TEMPLATES]
    return list(dict.fromkeys(texts))


def checkpoint_digest(folder: Path) -> str:
    """The digest an ONNX export of `folder` records: the weights and the tokenizer it was made from."""
    return source_digest(folder / WEIGHTS, folder / TOKENIZER)


class ClipEncoder:
    """A loaded CLIP with its processor (transformers, torch): normalised image and text embeddings as numpy arrays.

    Crops are (N, S, S, 3) uint8. When S equals the model's image size (our checkpoint) they
    are normalised in numpy (fast); otherwise the processor resizes them (pretrained CLIPs).
    threads: torch threads while embedding (restored after; None leaves torch's setting alone).
    """

    backend = "torch"

    def __init__(self, model: CLIPModel, processor: CLIPProcessor, threads: int | None = None) -> None:
        self.model = model.eval()
        self.processor = processor
        self.threads = threads
        self.image_size = int(model.config.vision_config.image_size)
        ip = processor.image_processor
        self._mean = np.asarray(ip.image_mean, dtype=np.float32).reshape(1, 3, 1, 1)
        self._std = np.asarray(ip.image_std, dtype=np.float32).reshape(1, 3, 1, 1)
        self._text_cache: dict[str, np.ndarray] = {}

    @property
    def tokenizer(self) -> PreTrainedTokenizerFast:
        return self.processor.tokenizer

    def pixel_values(self, crops: np.ndarray) -> torch.Tensor:
        import torch

        if crops.shape[1] == self.image_size and crops.shape[2] == self.image_size:
            x = crops.astype(np.float32).transpose(0, 3, 1, 2) / 255.0
            return torch.from_numpy((x - self._mean) / self._std)
        return self.processor.image_processor(images=list(crops), return_tensors="pt")["pixel_values"]

    def embed_images(self, crops: np.ndarray) -> np.ndarray:
        """(N, S, S, 3) uint8 -> (N, D) float32, unit length."""
        import torch

        if len(crops) == 0:
            return np.zeros((0, self.model.config.projection_dim), dtype=np.float32)
        with torch.inference_mode(), torch_threads(self.threads):
            out = self.model.get_image_features(pixel_values=self.pixel_values(crops))
        return _unit(_features(out).numpy())

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Texts -> (N, D) float32, unit length; cached, since prompts repeat every frame."""
        import torch

        missing = [t for t in dict.fromkeys(texts) if t not in self._text_cache]
        if missing:
            enc = self.tokenizer(missing, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
            with torch.inference_mode(), torch_threads(self.threads):
                out = self.model.get_text_features(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"])
            for t, e in zip(missing, _unit(_features(out).numpy())):
                self._text_cache[t] = e
        return np.stack([self._text_cache[t] for t in texts]) if texts else np.zeros((0, 1), np.float32)

    @property
    def logit_scale(self) -> float:
        return float(self.model.logit_scale.detach().exp())


class OnnxClipEncoder:
    """The same embeddings as `ClipEncoder`, from an ONNX export of a CLIP folder, through ONNX Runtime.

    The export's metadata holds what the runtime needs of the config and the processor (image size, mean
    and std, logit scale, padding); `model.prompts.npz` fills the text cache with every zero-shot prompt.
    Build with `load` (None when the folder has no fresh export). Crops of another size than the model's
    are resized (bicubic, as the CLIP processor does for a square crop).
    """

    backend = "onnx"

    def __init__(self, folder: Path, image: Any, text: Any, prompts: dict[str, np.ndarray]) -> None:
        meta = image.get_modelmeta().custom_metadata_map
        self.image_size = int(meta["image_size"])
        self.projection_dim = int(meta["projection_dim"])
        self.logit_scale = float(meta["logit_scale"])
        self._mean = np.asarray(json.loads(meta["image_mean"]), dtype=np.float32).reshape(1, 3, 1, 1)
        self._std = np.asarray(json.loads(meta["image_std"]), dtype=np.float32).reshape(1, 3, 1, 1)
        tmeta = text.get_modelmeta().custom_metadata_map
        self._pad = (int(tmeta["pad_id"]), tmeta["pad_token"])
        self._max_tokens = int(tmeta["max_tokens"])
        self._image, self._text = image, text
        self._tokenizer_file = folder / TOKENIZER
        self._tokenizer: Any = None
        self._text_cache = dict(prompts)

    @classmethod
    def load(cls, folder: Path, threads: int | None = INFERENCE_THREADS) -> tuple[OnnxClipEncoder | None, OnnxLoad]:
        """(the encoder, the image model's `OnnxLoad`) when `folder` holds a fresh export; else (None, why not)."""
        if not (folder / WEIGHTS).is_file() or not (folder / TOKENIZER).is_file():
            return None, OnnxLoad(why=f"{str(folder)!r} has no {WEIGHTS} and {TOKENIZER} to check an export against")
        digest = checkpoint_digest(folder)
        image = onnx_session(folder / IMAGE_ONNX, threads, digest)
        if image.session is None:
            return None, image
        text = onnx_session(folder / TEXT_ONNX, threads, digest)
        if text.session is None:
            return None, text
        path = folder / PROMPTS
        if not path.is_file():
            return None, OnnxLoad(why=f"no {PROMPTS} in {str(folder)!r}")
        with np.load(path, allow_pickle=False) as z:
            if str(z["source_sha256"]) != digest:
                return None, OnnxLoad(why=f"{PROMPTS} is stale (exported from other weights than those beside it)",
                                      stale=True)
            prompts = {str(t): e for t, e in zip(z["texts"], z["embeddings"].astype(np.float32))}
        return cls(folder, image.session, text.session, prompts), OnnxLoad(image.session)

    @property
    def tokenizer(self) -> Any:
        """The checkpoint's `tokenizers.Tokenizer`, padding and truncating as the training tokenizer does."""
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(self._tokenizer_file))
            tok.enable_padding(pad_id=self._pad[0], pad_token=self._pad[1])
            tok.enable_truncation(self._max_tokens)
            self._tokenizer = tok
        return self._tokenizer

    def pixel_values(self, crops: np.ndarray) -> np.ndarray:
        """(N, S, S, 3) uint8 -> (N, 3, s, s) float32, normalised (s: the model's image size)."""
        if crops.shape[1] != self.image_size or crops.shape[2] != self.image_size:
            from PIL import Image

            size = (self.image_size, self.image_size)
            crops = np.stack([np.asarray(Image.fromarray(c).resize(size, Image.Resampling.BICUBIC)) for c in crops])
        x = crops.astype(np.float32).transpose(0, 3, 1, 2) / 255.0
        return np.ascontiguousarray((x - self._mean) / self._std)

    def embed_images(self, crops: np.ndarray) -> np.ndarray:
        """(N, S, S, 3) uint8 -> (N, D) float32, unit length."""
        if len(crops) == 0:
            return np.zeros((0, self.projection_dim), dtype=np.float32)
        return _unit(self._image.run(None, {"pixel_values": self.pixel_values(crops)})[0])

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Texts -> (N, D) float32, unit length; the prompts come precomputed, others are cached once embedded."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._text_cache]
        if missing:
            enc = self.tokenizer.encode_batch(missing)
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            out = self._text.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            for t, e in zip(missing, _unit(out)):
                self._text_cache[t] = e
        return np.stack([self._text_cache[t] for t in texts]) if texts else np.zeros((0, 1), np.float32)


def _features(out: object) -> torch.Tensor:
    # transformers 5 returns an output object whose pooler_output is the projected embedding.
    return out.pooler_output if hasattr(out, "pooler_output") else out  # type: ignore[return-value]


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-8)).astype(np.float32)


def save_clip(model: CLIPModel, processor: CLIPProcessor, path: str | Path) -> None:
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    with _quiet():
        model.save_pretrained(path, safe_serialization=True)
        processor.save_pretrained(path)


def load_clip(
    name_or_path: str | Path | None = None, *, local_files_only: bool = True, backend: str = "auto",
    threads: int | None = INFERENCE_THREADS,
) -> ClipEncoder | OnnxClipEncoder:
    """Load a CLIP and its processor: None -> our shipped checkpoint; a folder; or a Hugging Face name.

    backend: "auto" (a folder's fresh ONNX export through ONNX Runtime, else transformers; a missing export
    is noted at INFO level, a stale one warned about in one line), "onnx" (a ConfigError when there is no
    fresh export) or "torch". threads: the encoder's threads (None: the library's default).
    Raises ConfigError with a fix when the checkpoint does not exist or is not a CLIP.
    """
    if backend not in BACKENDS:
        raise ConfigError(f"unknown CLIP backend {backend!r}; valid: {', '.join(BACKENDS)}")
    source = str(SHIPPED if name_or_path is None else name_or_path)
    as_path = Path(source).expanduser()
    looks_local = as_path.exists() or source.startswith((".", "/", "~")) or source.count("/") > 1
    if looks_local and not (as_path / "config.json").is_file():
        hint = " (train one with: vla-agent train clip --out DIR)" if name_or_path is not None else ""
        raise ConfigError(f"CLIP checkpoint {source!r} does not exist or has no config.json{hint}")
    if backend != "torch":
        export = "vla-agent export onnx" + ("" if name_or_path is None else f" --clip {source}")
        if not looks_local:
            got = OnnxLoad(why="a Hugging Face name has no ONNX export (pass the model's folder)")
        else:
            enc, got = OnnxClipEncoder.load(as_path, threads)
            if enc is not None:
                return enc
        if backend == "onnx":
            raise ConfigError(f"cannot run CLIP {source!r} through ONNX Runtime: {got.why}; export it with: {export}")
        (log.warning if got.stale else log.info)(
            "CLIP: %s; running it through transformers instead (slower to start; export with: %s)", got.why, export)
    from transformers import CLIPModel, CLIPProcessor

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
    return ClipEncoder(model, processor, threads)
