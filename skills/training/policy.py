"""Behaviour cloning of the policy (`skills.policy`) on demonstrations (HDF5, or a LeRobotDataset folder from
`vla-agent export lerobot`): AdamW, warm-up + cosine (over the steps or the
time budget, whichever ends first), gradient clipping,
a held-out split, periodic evaluation rollouts, resumable checkpoints.

Output folder: `last.pt` (resume state), `policy.safetensors` + `policy.json` (the
shipped form: config and training record, `skills.policy.checkpoint`), `log.jsonl` (one line per
evaluation).
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from sim.core.errors import UserError
from sim.worlds import DEFAULT_WORLD, make_world
from skills.policy import actions as A
from skills.policy.checkpoint import save_model, training_record
from skills.policy.config import PolicyConfig
from skills.policy.inference import Policy
from skills.policy.model import PolicyNet
from skills.training import lerobot
from skills.training.dataset import Demo, DemoDataset, file_info, read_demos
from skills.training.rollouts import run_episodes

EVAL_FIRST_SEED = 1_500_000  # rollouts during training: never training seeds (< 100000) nor benchmark seeds


@dataclass
class TrainConfig:
    data: Path
    out: Path
    steps: int = 8000
    batch: int = 64
    lr: float = 3e-4
    weight_decay: float = 1e-4
    warmup: int = 200
    grad_clip: float = 1.0
    val_fraction: float = 0.1
    eval_every: int = 1000
    eval_episodes: int = 0  # pick-and-place rollouts at each evaluation (0: validation loss only)
    calibrate_episodes: int = 0  # rollouts per candidate when calibrating the gripper switch at the end (0: keep 0.5)
    save_every: int = 500
    max_minutes: float = 0.0  # stop early (and save) after this long; 0: no limit
    seed: int = 0
    shift: int = 4  # random image shift, pixels
    policy: PolicyConfig = field(default_factory=PolicyConfig)
    init: Path | None = None  # fine-tune: start from this checkpoint folder's weights and config (not `policy`)
    ensemble: int = 0  # heads of `PolicyConfig.ensemble`; added to an `init` without them, only they train
    text: str | None = None  # `PolicyConfig.text` (None: the init's, else `policy`'s); another than the init's starts afresh
    world: str = DEFAULT_WORLD  # where the rollouts of `eval_episodes` and `calibrate_episodes` run (`sim.worlds`)


def split(demos: list, val_fraction: float) -> tuple[list, list]:
    """Held-out split by episode seed, so a pick and its place land on the same side."""
    seeds = sorted({d.seed for d in demos})
    rng = np.random.default_rng(1234)
    n_val = max(1, round(len(seeds) * val_fraction)) if len(seeds) > 1 else 0
    val = set(rng.permutation(seeds)[:n_val].tolist())
    return [d for d in demos if d.seed not in val], [d for d in demos if d.seed in val]


def random_shift(x: torch.Tensor, pad: int, gen: torch.Generator) -> torch.Tensor:
    """(B, C, S, S) -> the same, each image shifted by up to `pad` pixels (edge pixels repeated)."""
    if pad <= 0:
        return x
    b, _, s, _ = x.shape
    padded = F.pad(x, (pad,) * 4, mode="replicate")
    off = torch.randint(0, 2 * pad + 1, (b, 2), generator=gen)
    rows = (off[:, 0, None] + torch.arange(s)[None])  # (B, S)
    cols = (off[:, 1, None] + torch.arange(s)[None])
    idx_r = rows[:, None, :, None].expand(b, x.shape[1], s, s + 2 * pad)
    out = padded.gather(2, idx_r)
    idx_c = cols[:, None, None, :].expand(b, x.shape[1], s, s)
    return out.gather(3, idx_c)


def perturb_masks(mask: torch.Tensor, gen: torch.Generator) -> torch.Tensor:
    """(B, 1, S, S) in {0, 1} -> grounding noise: shifted (25%), grown (15%), partly erased (15%), dropped (3%)."""
    b, _, s, _ = mask.shape
    u = torch.rand(b, 4, generator=gen)
    out = mask.clone()
    shifted = random_shift(mask, 3, gen)
    out = torch.where((u[:, 0] < 0.25)[:, None, None, None], shifted, out)
    grown = F.max_pool2d(out, 3, stride=1, padding=1)
    out = torch.where((u[:, 1] < 0.15)[:, None, None, None], grown, out)
    # Erase everything on one side of a random line through the image.
    ys, xs = torch.meshgrid(torch.arange(s), torch.arange(s), indexing="ij")
    ang = torch.rand(b, generator=gen) * 2 * math.pi
    c = torch.rand(b, 2, generator=gen) * s
    side = (xs[None] - c[:, 0, None, None]) * torch.cos(ang)[:, None, None] + (ys[None] - c[:, 1, None, None]) * torch.sin(ang)[:, None, None]
    erase = ((side > 0) & (u[:, 2] < 0.15)[:, None, None])[:, None]
    partial = out * (~erase)
    keep = partial.flatten(1).sum(1) > 0  # never erase it all by accident
    out = torch.where(keep[:, None, None, None], partial, out)
    return out * (u[:, 3] >= 0.03)[:, None, None, None]


def drop_colour_words(batch: dict[str, torch.Tensor], gen: torch.Generator, p: float = 0.3) -> torch.Tensor:
    """The language input with the colour words made unknown in a fraction `p` of the samples: the mask, not the
    colour's name, must say which object (so colour-kind pairs never seen in training still work)."""
    words = batch["words"]
    drop = (torch.rand(words.shape[0], generator=gen) < p).view(-1, *([1] * (words.dim() - 1)))
    return torch.where(drop, batch["blind"], words)


def prepare(batch: dict[str, torch.Tensor], shift: int, gen: torch.Generator | None) -> torch.Tensor:
    """uint8 (B, 4, S, S) -> float in [0, 1], augmented when `gen` is given (training)."""
    image = batch["image"].float() / 255.0
    if gen is not None:
        image = random_shift(image, shift, gen)
        image = torch.cat([image[:, :3], perturb_masks(image[:, 3:], gen)], dim=1)
    return image


@torch.no_grad()
def validate(net: PolicyNet, data: DemoDataset, cfg: PolicyConfig) -> dict[str, float]:
    """Mean loss parts on the held-out demos, and how often the executed step's gripper and done bits are right."""
    net.eval()
    parts: dict[str, float] = {}
    n, grip_ok, done_ok, dpos_err = 0, 0.0, 0.0, 0.0
    for start in range(0, len(data), 256):
        b = data.batch(torch.arange(start, min(start + 256, len(data))))
        out = net(prepare(b, 0, None), b["proprio"], b["words"])
        _, p = A.loss(out, b["cont"], b["grip"], b["done"], b["grip_w"], cfg)
        cont, grip, done = A.decode(out, cfg)
        k = len(b["image"])
        dpos_err += float((cont[:, 0, :3] - b["cont"][:, 0, :3]).abs().mean(1).sum()) * cfg.dpos_scale * 1000
        for key, v in p.items():
            parts[key] = parts.get(key, 0.0) + v * k
        grip_ok += float(((grip[:, 0] >= 0.5) == (b["grip"][:, 0] >= 0.5)).float().sum())
        done_ok += float(((done[:, 0] >= 0.5) == (b["done"][:, 0] >= 0.5)).float().sum())
        n += k
    net.train()
    out = {f"val_{k}": v / max(n, 1) for k, v in parts.items()}
    out["val_grip_acc"] = grip_ok / max(n, 1)
    out["val_done_acc"] = done_ok / max(n, 1)
    out["val_dpos_mae_mm"] = dpos_err / max(n, 1)  # comparable across action heads
    return out


def load_demos(data: Path) -> tuple[list[Demo], dict]:
    """The successful demonstrations and the file's attributes, from HDF5 or a LeRobotDataset folder."""
    if lerobot.is_lerobot(data):
        return lerobot.read_lerobot(data), lerobot.lerobot_info(data)
    if Path(data).is_dir():
        raise UserError(f"{str(data)!r} is a folder but not a LeRobotDataset (no meta/info.json)")
    if not Path(data).exists():
        raise UserError(f"demonstration file {str(data)!r} does not exist; make one with `vla-agent collect`")
    return read_demos(data), file_info(data)


def train(cfg: TrainConfig, progress: Callable[[int, dict], None] | None = None, command: str = "") -> dict:
    """Train (resuming from `out/last.pt` if present); return the final metrics. `command` is recorded."""
    torch.manual_seed(cfg.seed)
    demos, info = load_demos(cfg.data)
    if len(demos) < 2:
        raise UserError(f"{cfg.data}: need at least 2 successful demonstrations, found {len(demos)}")
    pcfg = replace(cfg.policy, image_size=int(info.get("image_size", cfg.policy.image_size)),
                   band=float(info.get("band", 1.0)))
    init = _init_weights(cfg.init, pcfg) if cfg.init is not None else None
    if init is not None:
        pcfg = init[1]
    only_ensemble = cfg.ensemble > 0 and init is not None and init[1].ensemble == 0
    if cfg.ensemble and init is not None and init[1].ensemble not in (0, cfg.ensemble):
        raise UserError(f"the checkpoint in {str(cfg.init)!r} has an ensemble of {init[1].ensemble} heads, not {cfg.ensemble}")
    if cfg.ensemble:
        pcfg = replace(pcfg, ensemble=cfg.ensemble)
    new_language = init is not None and cfg.text is not None and cfg.text != pcfg.text
    if cfg.text is not None:
        pcfg = replace(pcfg, text=cfg.text)
    if pcfg.text == "clip":
        from skills.policy.text import clip_digest

        pcfg = replace(pcfg, clip_digest=clip_digest())
    if new_language:  # the trained policy, but for its language input: that one starts afresh
        assert init is not None
        init = ({k: v for k, v in init[0].items() if not k.startswith("words.")}, init[1])
    train_demos, val_demos = split(demos, cfg.val_fraction)
    train_set = DemoDataset(train_demos, pcfg)
    val_set = DemoDataset(val_demos, pcfg) if val_demos else None

    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    net = PolicyNet(pcfg)
    if init is not None:  # a resumed run's own state (below) takes over from it
        net.load_state_dict(init[0], strict=not (only_ensemble or new_language))
    if only_ensemble:  # the trained policy stays as it is: its features are what the new heads read
        for name, param in net.named_parameters():
            param.requires_grad_(name.startswith("ensemble."))
    opt = torch.optim.AdamW([q for q in net.parameters() if q.requires_grad], lr=cfg.lr, weight_decay=cfg.weight_decay)

    def lr_scale(step: int, minutes: float) -> float:
        """Warm-up, then cosine to 0 over the steps, or over the time budget if that runs out first."""
        if step < cfg.warmup:
            return (step + 1) / cfg.warmup
        t = (step - cfg.warmup) / max(1, cfg.steps - cfg.warmup)
        if cfg.max_minutes > 0:
            t = max(t, minutes / cfg.max_minutes)
        return 0.5 * (1 + math.cos(math.pi * min(t, 1.0)))

    step, elapsed = 0, 0.0
    gen = torch.Generator().manual_seed(cfg.seed)
    resume = out / "last.pt"
    if resume.exists():
        state = torch.load(resume, weights_only=False)
        net.load_state_dict(state["model"])
        opt.load_state_dict(state["optimizer"])
        step, elapsed = int(state["step"]), float(state["elapsed"])
        gen.set_state(state["generator"])

    def save_state() -> None:
        torch.save({"model": net.state_dict(), "optimizer": opt.state_dict(),
                    "step": step, "elapsed": elapsed + time.perf_counter() - t0, "generator": gen.get_state()},
                   out / "last.pt.tmp")
        (out / "last.pt.tmp").replace(resume)

    record = {"data": str(cfg.data), "demos": len(demos), "train_demos": len(train_demos), "val_demos": len(val_demos),
              "samples": len(train_set), "steps": cfg.steps, "batch": cfg.batch, "lr": cfg.lr,
              "mask_source": str(info.get("mask_source", "")), "command": command}
    if cfg.init is not None:
        record["init"] = str(cfg.init)
    saved = training_record(out) if resume.exists() else {}
    started = (saved.get("ensemble", {}) if only_ensemble else saved).get("command")
    if started:  # resumed: keep the command that started it
        record.update(command=started, resumed_with=command)
    if step:
        record.update(steps_done=step, train_minutes=round(elapsed / 60, 2))
    metrics: dict = {}
    t0 = time.perf_counter()
    net.train()

    def shipped(run: dict) -> dict:
        """The record saved with the weights: an ensemble added to a policy keeps the policy's record."""
        return {**training_record(cfg.init), "ensemble": run} if only_ensemble and cfg.init is not None else run

    while step < cfg.steps:
        minutes = (elapsed + time.perf_counter() - t0) / 60
        lr = cfg.lr * lr_scale(step, minutes)
        for group in opt.param_groups:
            group["lr"] = lr
        idx = torch.randint(0, len(train_set), (cfg.batch,), generator=gen)
        b = train_set.batch(idx)
        words = drop_colour_words(b, gen)
        flow = A.flow_inputs(b["cont"], gen) if pcfg.head == "flow" else {}
        pred = net(prepare(b, cfg.shift, gen), b["proprio"], words, flow.get("noisy"), flow.get("t"))
        loss, parts = A.loss(pred, b["cont"], b["grip"], b["done"], b["grip_w"], pcfg, flow.get("noise"))
        if pcfg.ensemble:  # each head its own bootstrap resampling of the batch
            weights = torch.poisson(torch.ones(cfg.batch, pcfg.ensemble), generator=gen)
            l_ens = A.ensemble_loss(pred, b["cont"], weights, pcfg)
            loss, parts = (l_ens if only_ensemble else loss + l_ens), {**parts, "ensemble": float(l_ens.detach())}
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), cfg.grad_clip)
        opt.step()
        step += 1
        metrics = {"step": step, "loss": float(loss.detach()), **parts, "lr": lr}
        minutes = (elapsed + time.perf_counter() - t0) / 60
        out_of_time = cfg.max_minutes > 0 and minutes >= cfg.max_minutes
        if step % cfg.eval_every == 0 or step == cfg.steps or out_of_time:
            if val_set is not None:
                metrics.update(validate(net, val_set, pcfg))
            if cfg.eval_episodes > 0:
                metrics.update(evaluate_rollouts(net, pcfg, cfg.eval_episodes, str(info.get("mask_source", "segmentation")),
                                                 cfg.world))
            metrics["minutes"] = round(minutes, 2)
            with open(out / "log.jsonl", "a") as f:
                f.write(json.dumps(metrics) + "\n")
        if step % cfg.save_every == 0 or step == cfg.steps or out_of_time:
            save_state()
            record.update(steps_done=step, train_minutes=round(minutes, 2))
            save_model(net, pcfg, out, shipped(record))
        if progress:
            progress(step, metrics)
        if out_of_time:
            break
    if pcfg.ensemble:
        pcfg = replace(pcfg, unsure_spread=unsure_spread(net, val_set or train_set, pcfg))
        record["unsure_quantile"] = UNSURE_QUANTILE
        save_model(net, pcfg, out, shipped(record))
        metrics["unsure_spread"] = pcfg.unsure_spread
    if cfg.calibrate_episodes > 0:
        mask = str(info.get("mask_source", "segmentation"))
        switch, table = calibrate_gripper(net, pcfg, cfg.calibrate_episodes, mask, cfg.world)
        pcfg = replace(pcfg, gripper_switch=switch)
        record["gripper_switch_scores"] = table
        save_model(net, pcfg, out, shipped(record))
        metrics["gripper_switch"] = switch
    return {**metrics, **record}


def _init_weights(folder: Path, data_cfg: PolicyConfig) -> tuple[dict, PolicyConfig]:
    """The weights and config to fine-tune from; the data's view (image size, band) must be the checkpoint's."""
    from skills.policy.checkpoint import load_model

    net, pcfg = load_model(Path(folder))
    if pcfg.head != data_cfg.head:
        raise UserError(f"the checkpoint in {str(folder)!r} has the {pcfg.head!r} action head, not {data_cfg.head!r}: "
                        "fine-tuning keeps a checkpoint's head (train a new one without --init)")
    if (pcfg.image_size, pcfg.band) != (data_cfg.image_size, data_cfg.band):
        raise UserError(f"the checkpoint in {str(folder)!r} sees {pcfg.image_size} px, band {pcfg.band}; the demonstrations "
                        f"are {data_cfg.image_size} px, band {data_cfg.band}: collect them with the same view")
    return net.state_dict(), pcfg


SWITCH_CANDIDATES = (0.5, 0.35, 0.2)
UNSURE_QUANTILE = 0.99  # of the ensemble's spread on held-out demonstration states: beyond it a state is unusual


@torch.no_grad()
def unsure_spread(net: PolicyNet, data: DemoDataset, cfg: PolicyConfig) -> float:
    """The spread (`actions.spread`) that UNSURE_QUANTILE of the held-out demonstrations' states stay under."""
    net.eval()
    spreads = []
    for start in range(0, len(data), 256):
        b = data.batch(torch.arange(start, min(start + 256, len(data))))
        out = net(prepare(b, 0, None), b["proprio"], b["words"]).numpy()
        cont = A.decode(out, cfg)[0]
        spreads.append(A.spread(out, cont, cfg))
    net.train()
    return round(float(np.quantile(np.concatenate(spreads), UNSURE_QUANTILE)), 5)


def calibrate_gripper(net: PolicyNet, cfg: PolicyConfig, episodes: int, mask: str,
                      world: str = DEFAULT_WORLD) -> tuple[float, dict[str, float]]:
    """The gripper switch probability with the best pick-and-place rollouts on validation seeds (1,500,000+)
    (never benchmark seeds): one-shot gripper events come out under-confident in behaviour cloning."""
    scores = {}
    for switch in SWITCH_CANDIDATES:
        r = evaluate_rollouts(net, replace(cfg, gripper_switch=switch), episodes, mask, world)
        scores[str(switch)] = round((r["eval_pick"] + (r["eval_place"] or 0.0)) / 2, 4)
    best = max(SWITCH_CANDIDATES, key=lambda s: (scores[str(s)], s))  # ties: the least adjusted
    return best, scores


def evaluate_rollouts(net: PolicyNet, cfg: PolicyConfig, episodes: int, mask: str,
                      world_name: str = DEFAULT_WORLD) -> dict[str, float]:
    """Pick-and-place rollouts with the current weights on seeds from EVAL_FIRST_SEED, in world `world_name`."""
    from skills.policy.masks import mask_source

    policy = Policy.from_model(net.eval(), cfg)
    try:
        with make_world(world_name, image_size=128, wrist_camera=False) as world:
            r = run_episodes(world, policy, [EVAL_FIRST_SEED + i for i in range(episodes)], mask_source(mask),
                             heldout=False)
    finally:
        net.train()
    return {"eval_pick": r["pick"], "eval_place": r["place"]}


def config_dict(cfg: TrainConfig) -> dict:
    d = asdict(cfg)
    d["data"], d["out"] = str(cfg.data), str(cfg.out)
    return d
