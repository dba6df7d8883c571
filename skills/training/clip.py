"""Contrastive training of perception's small CLIP (`skills.perception.clip`) on instance crops
from generated scenes.

Every scene is rendered in each of the physics worlds named (PyBullet and MuJoCo by default), so one CLIP
serves both, with domain randomisation (`sim.randomization`): a new light and object shades at every reset
(within each colour name), small moves of the camera, and the situations the agent's episodes create that
generated scenes lack (blocks of one colour, blocks side by side at a named place, blocks in the bin, the
hand low over the table).

Labels come from the simulator (segmentation ids and object specs): training data only.
Held-out colour-kind pairs (`vocab.HELD_OUT`) are never shown. Training is resumable: the
data set and a training state are kept in the output folder, and every batch is drawn from
a generator seeded by (seed, step), so a resumed run makes the same batches.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch

from sim.core.errors import UserError
from sim.randomization import SITUATIONS
from skills.perception import vocab
from skills.perception.clip import ClipEncoder, ClipSize, build_model, build_processor, build_tokenizer, save_clip
from skills.perception.crops import crop_instance
from skills.training.seeds import MAX_TRAIN_SEED  # benchmarks use seeds from 1_000_000, never trained on

if TYPE_CHECKING:
    from sim.scene import SceneSpec


@dataclass
class TrainConfig:
    out: Path
    scenes: int = 2000
    steps: int = 2500
    batch: int = 64
    lr: float = 5e-4
    seed: int = 0
    image_size: int = 128  # the front camera resolution the pipeline uses
    save_every: int = 250
    size: ClipSize = field(default_factory=ClipSize)
    worlds: tuple[str, ...] = ("pybullet", "mujoco")  # every scene is rendered in each
    randomize: bool = True  # lights, shades, camera moves and situations (`sim.randomization`)


# The situations' share of training scenes (`sim.randomization.SITUATIONS`, in its order).
SITUATION_WEIGHTS: tuple[float, ...] = (0.4, 0.15, 0.15, 0.15, 0.15)


@dataclass
class Dataset:
    """Front images (S, H, W, 3), segmentation maps (S, H, W) and one row per object; `world` (S,) indexes `worlds`,
    the physics worlds the images come from (`made_with` records the options that made the set)."""

    rgb: np.ndarray
    seg: np.ndarray
    scene: np.ndarray  # (N,) index into rgb/seg
    body: np.ndarray  # (N,) value in seg
    colour: np.ndarray  # (N,) index into vocab.COLOURS
    kind: np.ndarray  # (N,) index into vocab.KINDS
    world: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    made_with: str = ""  # `dataset_recipe`, e.g. "pybullet,mujoco randomized"

    def save(self, path: Path) -> None:
        np.savez_compressed(path, **asdict(self))

    @classmethod
    def load(cls, path: Path) -> Dataset:
        with np.load(path) as z:
            data = cls(**{k: z[k] for k in ("rgb", "seg", "scene", "body", "colour", "kind")})
            data.world = z["world"] if "world" in z else np.zeros(len(data.rgb), dtype=np.int64)
            # A set saved before the recipe was recorded came from PyBullet alone, without randomisation.
            data.made_with = str(z["made_with"]) if "made_with" in z else dataset_recipe(("pybullet",), False)
        return data


def dataset_recipe(worlds: tuple[str, ...], randomize: bool) -> str:
    """How a data set was made, as `Dataset.made_with` records it."""
    return f"{','.join(worlds)} {'randomized' if randomize else 'plain'}"


def random_scene_args(rng: np.random.Generator) -> dict[str, int]:
    """Scene sizes that exercise the hard cases: crowded tables, towers, blocks in bowls."""
    bowls = int(rng.integers(0, 5))
    blocks = int(rng.integers(1, 9))
    in_bowls = int(rng.integers(0, min(blocks, bowls * 2) + 1)) if bowls else 0
    stacked = int(rng.integers(0, (blocks - in_bowls) // 2 + 1))
    return dict(blocks=blocks, bowls=bowls, stacked=stacked, in_bowls=in_bowls)


def training_scene(seed: int, randomize: bool = True) -> tuple[SceneSpec, str] | None:
    """The scene of training seed `seed` and its situation (`sim.randomization.SITUATIONS`; "plain" without
    `randomize`); None when no draw fits the table."""
    from sim.randomization import vary_scene
    from sim.scene import generate_scene

    rng = np.random.default_rng(seed)
    for _ in range(10):
        try:
            spec = generate_scene(seed, **random_scene_args(rng))
            break
        except (UserError, ValueError):  # a crowded draw that does not fit: draw again
            continue
    else:
        return None
    if not randomize:
        return spec, "plain"
    situation = SITUATIONS[int(rng.choice(len(SITUATIONS), p=SITUATION_WEIGHTS))]
    return vary_scene(spec, situation, rng), situation


def make_dataset(
    n_scenes: int,
    image_size: int = 128,
    first_seed: int = 0,
    on_scene: Callable[[int], None] | None = None,
    worlds: tuple[str, ...] = ("pybullet", "mujoco"),
    randomize: bool = True,
) -> Dataset:
    """Render `n_scenes` generated scenes in each of `worlds` and record every visible object (held-out pairs
    excluded). `randomize`: domain randomisation (`sim.randomization`); else every world's own fixed look, the
    front camera and generated scenes as they are. on_scene(done) counts scenes rendered in every world."""
    from sim.cameras import FRONT_CAMERA
    from sim.randomization import DomainRandomization, jitter_camera, move_hand
    from sim.worlds import make_world

    if first_seed + n_scenes > MAX_TRAIN_SEED:
        raise UserError(f"training scenes must use seeds below {MAX_TRAIN_SEED}")
    if not worlds:
        raise UserError("name at least one world to render the training scenes in")
    rgbs, segs, rows, world_of = [], [], [], []
    opened = []
    try:
        for index, name in enumerate(worlds):
            dr = DomainRandomization(seed=index) if randomize else None  # its draws vary with the scene seed too
            opened.append(make_world(name, image_size=image_size, wrist_camera=False, randomize=dr))
        for i in range(n_scenes):
            seed = first_seed + i
            drawn = training_scene(seed, randomize)
            if drawn is None:
                continue
            spec, situation = drawn
            for w, world in enumerate(opened):
                rng = np.random.default_rng([seed, w])
                world.reset(spec)
                if situation == "hand_low":
                    move_hand(world, rng)
                cam = jitter_camera(FRONT_CAMERA, rng) if randomize and rng.uniform() < 0.5 else FRONT_CAMERA
                frame = world.render_camera(cam, image_size)
                if frame.segmentation is None:  # a world that draws segmentation only on request (MuJoCo)
                    frame = world.render_camera(cam, image_size, segmentation=True)
                ids = world.body_ids()
                for o in spec.objects:
                    if (o.colour, o.kind) in vocab.HELD_OUT or (frame.segmentation == ids[o.name]).sum() < 4:
                        continue
                    rows.append((len(rgbs), ids[o.name], vocab.COLOURS.index(o.colour), vocab.KINDS.index(o.kind)))
                rgbs.append(frame.rgb)
                segs.append(frame.segmentation.astype(np.uint8))
                world_of.append(w)
            if on_scene:
                on_scene(i + 1)
    finally:
        for world in opened:
            world.close()
    r = np.asarray(rows, dtype=np.int64).reshape(-1, 4)
    return Dataset(np.stack(rgbs), np.stack(segs), r[:, 0], r[:, 1], r[:, 2], r[:, 3],
                   world=np.asarray(world_of, dtype=np.int64), made_with=dataset_recipe(worlds, randomize))


def _jitter_mask(mask: np.ndarray, rng: random.Random) -> np.ndarray:
    """Grow or shrink a mask by one pixel sometimes, as runtime segmentation does."""
    u = rng.random()
    if u > 0.4:
        return mask
    shifted = [np.roll(mask, s, axis=a) for a in (0, 1) for s in (-1, 1)]
    if u < 0.2:
        return mask | shifted[0] | shifted[1] | shifted[2] | shifted[3]
    out = mask & shifted[0] & shifted[1] & shifted[2] & shifted[3]
    return out if out.sum() >= 4 else mask


def _fragment(mask: np.ndarray, rng: random.Random) -> np.ndarray:
    """A random window of the mask: a piece of an object whose shape no longer tells its kind."""
    ys, xs = np.nonzero(mask)
    y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    h, w = max(2, int((y1 - y0) * rng.uniform(0.3, 0.7))), max(2, int((x1 - x0) * rng.uniform(0.3, 0.7)))
    for _ in range(5):
        top, left = rng.randint(y0, max(y0, y1 - h)), rng.randint(x0, max(x0, x1 - w))
        piece = np.zeros_like(mask)
        piece[top : top + h, left : left + w] = mask[top : top + h, left : left + w]
        if piece.sum() >= 4:
            return piece
    return mask


def make_batch(data: Dataset, rng: random.Random, batch: int, crop: int) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Augmented crops, one description each, and the (B, B) matrix of which texts fit which crops.

    To make colour and kind separate features (so held-out pairs compose): a crop described by
    its colour alone is often a random piece of the object (its shape hidden), and a crop
    described by its kind alone is often grey (its colour hidden).
    """
    idx = [rng.randrange(len(data.scene)) for _ in range(batch)]
    crops, texts, attrs = [], [], []
    for i in idx:
        colour, kind = vocab.COLOURS[data.colour[i]], vocab.KINDS[data.kind[i]]
        text, tc, tk = vocab.random_text(rng, colour, kind)
        mask = _jitter_mask(data.seg[data.scene[i]] == data.body[i], rng)
        if tk is None and rng.random() < 0.5:
            mask = _fragment(mask, rng)
        jit = (rng.uniform(-0.06, 0.06), rng.uniform(-0.06, 0.06), rng.uniform(0.9, 1.15))
        c = crop_instance(data.rgb[data.scene[i]], mask, size=crop, jitter=jit).astype(np.float32)
        if tc is None and rng.random() < 0.5:
            c = np.repeat(c @ np.array([[0.299], [0.587], [0.114]], dtype=np.float32), 3, axis=2)
        c = np.clip(c * rng.uniform(0.9, 1.1), 0, 255).astype(np.uint8)
        crops.append(c)
        texts.append(text)
        attrs.append((colour, kind, tc, tk))
    pos = np.array(
        [[(tc is None or tc == c) and (tk is None or tk == k) for (_, _, tc, tk) in attrs] for (c, k, _, _) in attrs]
    )
    return np.stack(crops), texts, pos


def contrastive_loss(img: torch.Tensor, txt: torch.Tensor, scale: torch.Tensor, pos: torch.Tensor) -> torch.Tensor:
    """Symmetric InfoNCE where every text that fits a crop counts as positive (and vice versa)."""
    logits = scale * img @ txt.T
    neg_inf = torch.finfo(logits.dtype).min
    i2t = torch.logsumexp(logits.masked_fill(~pos, neg_inf), 1) - torch.logsumexp(logits, 1)
    t2i = torch.logsumexp(logits.masked_fill(~pos, neg_inf), 0) - torch.logsumexp(logits, 0)
    return -(i2t.mean() + t2i.mean()) / 2


def train(
    cfg: TrainConfig,
    on_data: Callable[[int, int], None] | None = None,
    on_step: Callable[[int, int, float], None] | None = None,
) -> Path:
    """Make (or reuse) the data set, train (or resume), save the checkpoint to `cfg.out`; return it.

    on_data(done, total) and on_step(step, total, loss) report progress (the CLI draws bars).
    """
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    data_path, state_path = out / "data.npz", out / "train_state.pt"
    recipe = dataset_recipe(cfg.worlds, cfg.randomize)
    if data_path.exists():
        data = Dataset.load(data_path)
        if data.made_with != recipe:
            raise UserError(f"{data_path} was made with {data.made_with!r}, not {recipe!r}; "
                            "use a new --out, or the options it was made with")
    else:
        data = make_dataset(cfg.scenes, cfg.image_size, on_scene=lambda i: on_data and on_data(i, cfg.scenes),
                            worlds=cfg.worlds, randomize=cfg.randomize)
        data.save(data_path)
    if len(data.scene) == 0:
        raise UserError("the training data set is empty; use more --scenes")

    torch.manual_seed(cfg.seed)
    tokenizer = build_tokenizer()
    processor = build_processor(tokenizer, cfg.size.image_size)
    model = build_model(tokenizer, cfg.size)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.05)
    warmup = max(1, min(200, cfg.steps // 10))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(s, cfg.steps) / cfg.steps))
    )
    step = 0
    if state_path.exists():
        state = torch.load(state_path, weights_only=True)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        step = int(state["step"])
    enc = ClipEncoder(model, processor)
    model.train()
    while step < cfg.steps:
        rng = random.Random(cfg.seed * 1_000_003 + step)
        crops, texts, pos = make_batch(data, rng, cfg.batch, cfg.size.image_size)
        tokens = tokenizer(texts, padding=True, return_tensors="pt")
        img = model.get_image_features(pixel_values=enc.pixel_values(crops)).pooler_output
        txt = model.get_text_features(**tokens).pooler_output
        img = torch.nn.functional.normalize(img, dim=-1)
        txt = torch.nn.functional.normalize(txt, dim=-1)
        loss = contrastive_loss(img, txt, model.logit_scale.exp().clamp(max=100), torch.from_numpy(pos))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        step += 1
        if on_step:
            on_step(step, cfg.steps, loss.item())
        if step % cfg.save_every == 0 or step == cfg.steps:
            state = {"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(), "step": step}
            torch.save(state, state_path)
    model.eval()
    save_clip(model, processor, out)
    return out
