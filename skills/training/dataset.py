"""Demonstrations in HDF5 (robomimic layout), and a PyTorch `Dataset` over their steps (`skills.training.lerobot`
writes and reads the same demonstrations as a LeRobotDataset).

    data/                      attrs: mask_source, image_size, band (see `skills.policy.view.PolicyView`)
      demo_0/                  attrs: instruction, skill, success, seed, world (absent: "pybullet", the only
                                      world before it was recorded)
        obs/rgb          (T, S, S, 3) uint8   front camera, as the policy sees it (`PolicyView`)
        obs/depth        (T, S, S)    float16 metres
        obs/proprio      (T, 6)       float32 `Proprio.vector()`
        obs/target_mask  (T, S, S)    uint8   the step's grounded target (or destination disc)
        actions          (T, 5)       float32 the expert's clean label: dpos, dyaw, gripper
        dones            (T,)         uint8   1 on the final step (the "step finished" label)
        goal             (3,)         float32 the point the step steers to, from the first frame's
                                              mask and depth (`skills.policy.masks.goal_point`)
        start/           the full-resolution first frame (rgb, depth, intrinsics, cam_to_world) and
                         proprioception (ee_pos, ee_yaw, gripper_width, joints), with attrs
                         target_name, target_kind, object_kind, target_position: enough to derive
                         the target mask again with another grounding (`collect.relabel_masks`)
        executed         (T, 5)       float32 DAgger only (attrs source="dagger", dagger_round): the action
        by_learner       (T,)         uint8   executed after each observation, and whether the learner chose
                                              it (else the expert did); `actions` stays the expert's label

DAgger demonstrations (`skills.training.dagger`) label every state the learner reached with the
expert's action, so training keeps them whether or not the step succeeded; expert demonstrations
are kept only when they succeeded.

Each demonstration is written in one go and flushed, so a killed collection leaves a readable
file; a group without its `success` attribute (cut off mid-write) is skipped on read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import h5py
import numpy as np
import torch

from sim.core.errors import UserError
from skills.policy import actions as A
from skills.policy.config import PolicyConfig
from skills.policy.model import state
from skills.policy.text import language, without_colours
from skills.policy.view import PolicyView

OBS_KEYS = ("rgb", "depth", "proprio", "target_mask")
UNRECORDED_WORLD = "pybullet"  # files written before demonstrations recorded their world all came from PyBullet


@dataclass
class Demo:
    rgb: np.ndarray
    depth: np.ndarray
    proprio: np.ndarray
    target_mask: np.ndarray
    actions: np.ndarray
    dones: np.ndarray
    instruction: str
    skill: str
    success: bool
    seed: int
    goal: np.ndarray | None = None  # (3,), see the layout above
    start: dict[str, np.ndarray] | None = None  # see the layout above
    target: dict[str, object] | None = None
    mask_source: str = ""
    source: str = ""  # "dagger": the learner's states with the expert's labels; "": the expert's own run
    dagger_round: int = -1
    executed: np.ndarray | None = None  # (T, 5), DAgger only: the action executed after each observation
    by_learner: np.ndarray | None = None  # (T,) bool, DAgger only: the learner chose the executed action
    world: str = ""  # the world it was recorded in (`sim.worlds`); "" reads back as UNRECORDED_WORLD

    @property
    def trusted(self) -> bool:
        """Are its labels fit to train on: a successful expert run, or any DAgger run (expert labels throughout)."""
        return self.success or self.source == "dagger"

    def __len__(self) -> int:
        return len(self.actions)


class DemoWriter:
    """Append demonstrations to an HDF5 file (created if missing)."""

    def __init__(self, path: str | Path, mask_source: str = "", view: PolicyView = PolicyView()) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._f = h5py.File(self.path, "a")
        data = self._f.require_group("data")
        data.attrs.setdefault("mask_source", mask_source)
        data.attrs.setdefault("image_size", view.size)
        data.attrs.setdefault("band", view.band)
        self._data = data
        self._next = 1 + max((int(k.split("_")[1]) for k in data if k.startswith("demo_")), default=-1)

    def seeds(self, world: str | None = None) -> set[int]:
        """Seeds of the complete demonstrations already in the file (to resume a collection), those recorded in
        `world` only when it is given (one file may hold several worlds' demonstrations of the same seeds)."""
        return {int(g.attrs["seed"]) for g in self._data.values()
                if "success" in g.attrs and world in (None, str(g.attrs.get("world", UNRECORDED_WORLD)))}

    def write(self, demo: Demo) -> str:
        name = f"demo_{self._next}"
        self._next += 1
        g = self._data.create_group(name)
        obs = g.create_group("obs")
        for key in OBS_KEYS:
            value = getattr(demo, key)
            if key == "target_mask":
                value = value.astype(np.uint8)
            obs.create_dataset(key, data=value, compression="gzip" if value.ndim > 2 else None, compression_opts=4 if value.ndim > 2 else None)
        g.create_dataset("actions", data=demo.actions.astype(np.float32))
        g.create_dataset("dones", data=demo.dones.astype(np.uint8))
        if demo.goal is not None:
            g.create_dataset("goal", data=np.asarray(demo.goal, dtype=np.float32))
        if demo.start is not None:
            st = g.create_group("start")
            for key, value in demo.start.items():
                st.create_dataset(key, data=value, compression="gzip" if np.ndim(value) >= 2 else None)
            for key, value in (demo.target or {}).items():
                st.attrs[key] = value if value is not None else ""
        if demo.executed is not None:
            g.create_dataset("executed", data=np.asarray(demo.executed, dtype=np.float32))
        if demo.by_learner is not None:
            g.create_dataset("by_learner", data=np.asarray(demo.by_learner, dtype=np.uint8))
        if demo.source:
            g.attrs["source"] = demo.source
            g.attrs["dagger_round"] = int(demo.dagger_round)
        g.attrs["mask_source"] = demo.mask_source
        g.attrs["instruction"] = demo.instruction
        g.attrs["skill"] = demo.skill
        g.attrs["seed"] = int(demo.seed)
        if demo.world:
            g.attrs["world"] = demo.world
        g.attrs["success"] = bool(demo.success)  # written last: marks the group complete
        self._f.flush()
        return name

    def close(self) -> None:
        self._f.close()

    def __enter__(self) -> DemoWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_demos(path: str | Path, only_success: bool = True, with_start: bool = False) -> list[Demo]:
    """Every complete demonstration in the file (by default only those fit to train on: the successful ones
    and every DAgger one, `Demo.trusted`), in write order.
    `with_start` also reads each one's `start/` group into `Demo.start` and `Demo.target` (and `mask_source`)."""
    return list(iter_demos(path, only_success, with_start))


def iter_demos(path: str | Path, only_success: bool = True, with_start: bool = False) -> Iterator[Demo]:
    """`read_demos` one demonstration at a time (for streaming a large file)."""
    with h5py.File(path, "r") as f:
        groups = sorted(f["data"].items(), key=lambda kv: int(kv[0].split("_")[1]))
        for _, g in groups:
            if "success" not in g.attrs:
                continue
            source = str(g.attrs.get("source", ""))
            if only_success and not (g.attrs["success"] or source == "dagger"):
                continue
            d = Demo(
                **{k: g["obs"][k][()] for k in OBS_KEYS}, actions=g["actions"][()], dones=g["dones"][()],
                goal=g["goal"][()] if "goal" in g else None,
                instruction=str(g.attrs["instruction"]), skill=str(g.attrs["skill"]),
                success=bool(g.attrs["success"]), seed=int(g.attrs["seed"]),
                source=source, dagger_round=int(g.attrs.get("dagger_round", -1)),
                executed=g["executed"][()] if "executed" in g else None,
                by_learner=g["by_learner"][()].astype(bool) if "by_learner" in g else None,
                world=str(g.attrs.get("world", UNRECORDED_WORLD)),
            )
            d.target_mask = d.target_mask.astype(bool)
            if with_start:
                d.mask_source = str(g.attrs.get("mask_source", ""))
                if "start" in g:
                    d.start = {k: v[()] for k, v in g["start"].items()}
                    d.target = {k: (v.decode() if isinstance(v, bytes) else v) for k, v in g["start"].attrs.items()}
            yield d


def file_info(path: str | Path) -> dict[str, object]:
    with h5py.File(path, "r") as f:
        return dict(f["data"].attrs)


class DemoDataset(torch.utils.data.Dataset):
    """Every step of `demos` as one training sample, held in memory as tensors.

    Item: image (4, S, S) uint8 (RGB + mask), proprio (12,) (`model.state`), words (the language input,
    `text.language`), blind (the same without colour words, `text.without_colours`), cont (chunk, 4) in
    [-1, 1], grip (chunk,), done (chunk,), grip_w (chunk,). `batch(idx)` gathers many at once.
    """

    def __init__(self, demos: list[Demo], cfg: PolicyConfig) -> None:
        images, proprio, words, blind, cont, grip, done, grip_w, demo_of = [], [], [], [], [], [], [], [], []
        said = list(dict.fromkeys(d.instruction for d in demos))
        texts = dict(zip(said, language(said, cfg)))
        blinds = dict(zip(said, language([without_colours(t) for t in said], cfg)))
        for k, d in enumerate(demos):
            act, dn = A.chunk_targets(d.actions, d.dones.astype(np.float32), cfg.chunk)
            w = A.gripper_weights(d.actions[:, 4])
            idx = np.minimum(np.arange(len(d))[:, None] + np.arange(cfg.chunk)[None, :], len(d) - 1)
            images.append(np.concatenate([d.rgb, d.target_mask[..., None].astype(np.uint8) * 255], axis=-1))
            if d.goal is None:
                raise UserError(f"demonstration of seed {d.seed} has no goal point; add it with `vla-agent collect --relabel`")
            proprio.append(state(d.proprio, d.goal))
            words.append(np.repeat(texts[d.instruction][None], len(d), axis=0))
            blind.append(np.repeat(blinds[d.instruction][None], len(d), axis=0))
            cont.append(A.normalise(act, cfg))
            grip.append(act[..., 4])
            done.append(dn)
            grip_w.append(w[idx])
            demo_of.append(np.full(len(d), k))
        self.image = torch.from_numpy(np.concatenate(images)).permute(0, 3, 1, 2).contiguous()
        self.proprio = torch.from_numpy(np.concatenate(proprio).astype(np.float32))
        self.words = torch.from_numpy(np.concatenate(words))
        self.blind = torch.from_numpy(np.concatenate(blind))
        self.cont = torch.from_numpy(np.concatenate(cont))
        self.grip = torch.from_numpy(np.concatenate(grip).astype(np.float32))
        self.done = torch.from_numpy(np.concatenate(done).astype(np.float32))
        self.grip_w = torch.from_numpy(np.concatenate(grip_w))
        self.demo_of = np.concatenate(demo_of)

    def __len__(self) -> int:
        return len(self.image)

    def batch(self, idx: torch.Tensor | np.ndarray) -> dict[str, torch.Tensor]:
        idx = torch.as_tensor(idx)
        return {k: getattr(self, k)[idx] for k in ("image", "proprio", "words", "blind", "cont", "grip", "done", "grip_w")}

    def __getitem__(self, i: int) -> dict[str, torch.Tensor]:
        return {k: v[0] for k, v in self.batch(torch.tensor([i])).items()}
