"""`Perceiver`: one RGB-D frame + proprioception -> `Perception` (a named `Scene` and masks).

Pipeline: depth-based proposals (`geometry.segment`), a masked crop per instance
(`crops.crop_instance`), zero-shot CLIP labels against the world's vocabulary, poses and
support relations from geometry (`relations`). The CLIP loads on first use.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from sim.core.errors import ConfigError, PerceptionError
from sim.world import Observation
from skills.base import INFERENCE_THREADS
from skills.perception import vocab
from skills.perception.crops import crop_instance
from sim.core import layout
from skills.perception.geometry import Instance, SegmentConfig, components, grid_joins, holding, kind_hint, segment
from skills.perception.grounding import Grounding, ground
from skills.perception.relations import align_towers, camera_ground_xy, estimate_pose, held_object, supports
from sim.core.perceived import PerceivedObject, Scene

__all__ = ["Grounding", "Perception", "Perceiver", "PerceiverConfig"]

TRACK_M = 0.03  # an object that moved less than this between frames is the same object
UNSURE_P = 0.6  # a label less probable than this may be corrected by what the previous frame showed (`_recall`)


@dataclass(frozen=True)
class PerceiverConfig:
    segment: SegmentConfig = field(default_factory=SegmentConfig)
    # Score of a colour-kind pair = full prompt + colour-only prompt + kind-only prompt
    # (composes better on pairs never seen in training than the full prompt alone).
    factored: bool = True
    # CLIP's threads (ONNX Runtime's, or torch's while it runs, restored after): the model is tiny and the batch
    # small, so one thread is fastest, and on a busy machine far steadier. None: the library's default.
    threads: int | None = INFERENCE_THREADS
    # "auto": the checkpoint's ONNX export through ONNX Runtime when it is fresh, else transformers and torch;
    # "onnx" or "torch" to insist (`skills.perception.clip.load_clip`).
    backend: str = "auto"


@dataclass
class Perception:
    """What one frame shows. masks: name -> (H, W) bool in the front image; label_probs: name ->
    probabilities over `vocab.all_pairs()`; embeddings: name -> CLIP image embedding;
    timings_ms: segment, clip (crops + labels) and load (the first frame loads the CLIP)."""

    scene: Scene
    masks: dict[str, np.ndarray]
    image: np.ndarray
    label_probs: dict[str, np.ndarray] = field(default_factory=dict)
    embeddings: dict[str, np.ndarray] = field(default_factory=dict)
    timings_ms: dict[str, float] = field(default_factory=dict)

    def annotated(self) -> np.ndarray:
        """The front image (upscaled) with a box and label per object, RGB uint8."""
        from skills.perception.annotate import annotate

        return annotate(self.image, self.scene)


BOWL_OUTER = layout.BOWL_INNER_RADIUS + layout.BOWL_WALL
WIDER_THAN_A_BOWL = 2 * BOWL_OUTER + 0.01  # m: no region of one bowl (with its blocks inside) is wider


def separate_from_bowls(insts: list[Instance], min_px: int, chroma_tol: float) -> list[Instance]:
    """`split_beside_bowl` on every region. The segmenter may also have cut a low same-colour piece out of such a
    bowl (its wall, with part of the block outside: the block pulled the bowl's centre): its points inside the rim
    rejoin the bowl, those outside the block cut off beside it. A taller piece (a block in the bowl) stays."""
    out: list[Instance] = []
    bowls: list[tuple[int, list[int], np.ndarray]] = []
    for inst in insts:
        parts, centre = split_beside_bowl(inst, min_px)
        if centre is not None:
            bowls.append((len(out), list(range(len(out) + 1, len(out) + len(parts))), centre))
        out += parts
    drop: set[int] = set()
    for k, beside, centre in bowls:
        for j, other in enumerate(out):
            if j == k or j in beside or j in drop or np.abs(other.chroma - out[k].chroma).sum() >= chroma_tol:
                continue
            inside = np.linalg.norm(other.points[:, :2] - centre, axis=1) < BOWL_OUTER + 0.006
            if not inside.any() or other.top >= layout.BOWL_HEIGHT + 0.008:
                continue
            out[k] = _joined(out[k], _sub_instance(other, inside))
            if inside.all():
                drop.add(j)
                continue
            rest = _sub_instance(other, ~inside)
            near = [b for b in beside if np.linalg.norm(out[b].centroid[:2] - rest.centroid[:2]) < 0.04]
            if near:
                out[near[0]] = _joined(out[near[0]], rest)
                drop.add(j)
            elif len(rest.points) >= min_px:
                out[j] = rest
            else:
                drop.add(j)
    return [inst for j, inst in enumerate(out) if j not in drop]


def _joined(a: Instance, b: Instance) -> Instance:
    mask = a.mask | b.mask
    # points follow the mask's order, as everywhere else
    order = np.concatenate([np.flatnonzero(a.mask), np.flatnonzero(b.mask)]).argsort(kind="stable")
    pts, hts = np.concatenate([a.points, b.points])[order], np.concatenate([a.heights, b.heights])[order]
    return Instance(mask=mask, points=pts, heights=hts, chroma=a.chroma)


def split_beside_bowl(inst: Instance, min_px: int) -> tuple[list[Instance], np.ndarray | None]:
    """A region wider than any bowl that holds a bowl's rim is a bowl with a block of its own colour resting
    against its outside (a dropped or knocked block; the depth joins them): cut what lies outside the rim.

    The bowl is the circle whose rim (the points at rim height in the wall's ring) best fits the region;
    each connected part further out than the wall (and `min_px` pixels or more) becomes an instance of its own.
    Returns the parts (the bowl first) and the bowl's centre, or ([inst], None) when there is nothing to cut.
    """
    xy, hts = inst.points[:, :2], inst.heights
    width = float((xy.max(0) - xy.min(0)).max())
    if width <= WIDER_THAN_A_BOWL:
        return [inst], None
    rim = xy[(hts > layout.BOWL_HEIGHT - 0.012) & (hts < layout.BOWL_HEIGHT + 0.003)]
    if len(rim) < min_px:
        return [inst], None
    lo, hi = xy.min(0) + BOWL_OUTER - 0.02, xy.max(0) - BOWL_OUTER + 0.02
    gx, gy = np.meshgrid(np.arange(lo[0], max(hi[0], lo[0]) + 1e-9, 0.004),
                         np.arange(lo[1], max(hi[1], lo[1]) + 1e-9, 0.004))
    centres = np.stack([gx.ravel(), gy.ravel()], 1)
    r = np.linalg.norm(rim[None, :, :] - centres[:, None, :], axis=2)
    score = ((r > layout.BOWL_INNER_RADIUS - 0.006) & (r < BOWL_OUTER + 0.004)).sum(1)
    centre = centres[int(score.argmax())]
    if score.max() < 0.5 * len(rim):
        return [inst], None
    outside = np.linalg.norm(xy - centre, axis=1) > BOWL_OUTER + 0.006
    if outside.sum() < min_px:
        return [inst], None
    out_mask = np.zeros_like(inst.mask)
    out_mask[inst.mask] = outside
    lab = components(out_mask, grid_joins(out_mask))
    parts, keep = [], ~outside
    flat = lab[inst.mask]  # the label of each of the instance's points (its mask's order)
    for root in np.unique(flat[flat >= 0]):
        sel = flat == root
        if sel.sum() < min_px:
            keep |= sel
            continue
        parts.append(_sub_instance(inst, sel))
    if not parts or keep.sum() < min_px:
        return [inst], None
    return [_sub_instance(inst, keep), *parts], centre


def _sub_instance(inst: Instance, sel: np.ndarray) -> Instance:
    mask = np.zeros_like(inst.mask)
    mask[inst.mask] = sel
    return Instance(mask=mask, points=inst.points[sel], heights=inst.heights[sel], chroma=inst.chroma)


def _with_kind_hints(probs: np.ndarray, hints: list[str | None]) -> np.ndarray:
    """(N, P) label probabilities with the pairs of a kind the shape rules out set to zero (renormalised)."""
    kinds = np.array([k for _, k in vocab.all_pairs()])
    out = probs.copy()
    for i, hint in enumerate(hints):
        if hint is not None:
            out[i, kinds != hint] = 0.0
            out[i] /= max(float(out[i].sum()), 1e-12)
    return out


class Perceiver:
    """Perceive scenes and ground expressions. checkpoint: None (the shipped CLIP), a folder or a
    Hugging Face model name (used from the local cache only)."""

    def __init__(self, checkpoint: str | Path | None = None, config: PerceiverConfig | None = None) -> None:
        self.checkpoint = checkpoint
        self.config = config or PerceiverConfig()
        if checkpoint is not None:
            path = Path(checkpoint).expanduser()
            if (path.exists() or str(checkpoint).startswith((".", "/", "~"))) and not (path / "config.json").is_file():
                raise ConfigError(
                    f"CLIP checkpoint {str(checkpoint)!r} does not exist (no config.json there); "
                    "pass None for the shipped one or train one with: vla-agent train clip --out DIR"
                )
        self._clip = None
        self._classes: np.ndarray | None = None
        self._last: Scene | None = None  # to name a held block the hand hides

    @property
    def clip(self):
        if self._clip is None:
            from skills.perception.clip import load_clip

            self._clip = load_clip(self.checkpoint, backend=self.config.backend, threads=self.config.threads)
        return self._clip

    def _class_texts(self) -> np.ndarray:
        """(P, D) text embedding per colour-kind pair (prompt ensembles)."""
        if self._classes is None:
            enc = self.clip
            rows = []
            for c, k in vocab.all_pairs():
                full = enc.embed_texts([t.format(c=c, k=k) for t in vocab.FULL_TEMPLATES]).mean(0)
                row = full / np.linalg.norm(full)
                if self.config.factored:
                    col = enc.embed_texts([t.format(c=c) for t in vocab.COLOUR_TEMPLATES]).mean(0)
                    kind = enc.embed_texts([t.format(k=k) for t in vocab.KIND_TEMPLATES]).mean(0)
                    row = row + col / np.linalg.norm(col) + kind / np.linalg.norm(kind)
                rows.append(row)
            self._classes = np.stack(rows).astype(np.float32)
        return self._classes

    def label(self, crops: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(N, S, S, 3) crops -> (N, P) probabilities over `vocab.all_pairs()` and (N, D) embeddings."""
        emb = self.clip.embed_images(crops)
        classes = self._class_texts()
        logits = self.clip.logit_scale * emb @ classes.T
        if self.config.factored:
            logits = logits / 3.0
        logits -= logits.max(1, keepdims=True)
        probs = np.exp(logits)
        return probs / probs.sum(1, keepdims=True), emb

    def perceive(self, obs: Observation) -> Perception:
        """Segment, label and relate the objects in `obs.front` (uses obs.proprio for the arm)."""
        if obs.front is None:
            raise PerceptionError("the observation has no front camera frame")
        t0 = time.perf_counter()
        insts = segment(obs.front, obs.proprio, self.config.segment)
        h, w = obs.front.depth.shape[:2]
        min_px = max(2, round(self.config.segment.min_pixels_128 * h * w / 128**2))
        insts = separate_from_bowls(insts, min_px, self.config.segment.chroma_tol)
        t1 = time.perf_counter()
        rgb = np.asarray(obs.front.rgb)
        if not insts:
            scene = self._remember(Scene(), obs)
            return Perception(scene, {}, rgb, timings_ms={"segment": 1000 * (t1 - t0), "clip": 0.0, "load": 0.0})
        self._class_texts()  # loads the CLIP on first use: timed apart from labelling
        t_loaded = time.perf_counter()
        crops = np.stack([crop_instance(rgb, i.mask, size=self.clip.image_size) for i in insts])
        probs, emb = self.label(crops)
        probs = _with_kind_hints(probs, [kind_hint(i, self.config.segment) for i in insts])
        t2 = time.perf_counter()

        pairs = vocab.all_pairs()
        best = self._recall(probs)
        colours = [pairs[b][0] for b in best]
        kinds = [pairs[b][1] for b in best]
        cam_xy = camera_ground_xy(obs.front.cam_to_world)
        poses = [estimate_pose(i, k, cam_xy) for i, k in zip(insts, kinds)]
        # Bowls first, then blocks, each left to right.
        order = sorted(range(len(insts)), key=lambda i: (kinds[i] != "bowl", poses[i].position[1]))
        names = self._names(order, colours, kinds, [p.position for p in poses])
        ordered_kinds = [kinds[i] for i in order]
        ordered_poses = [poses[i] for i in order]
        held = None
        if obs.proprio is not None and holding(obs.proprio, self.config.segment):
            held = held_object([names[i] for i in order], ordered_kinds, ordered_poses, np.asarray(obs.proprio.ee_pos))
            if held is not None:
                poses[next(i for i in order if names[i] == held)].position = np.asarray(obs.proprio.ee_pos,
                                                                                        dtype=np.float64)
            elif self._last is not None:
                names = _revealed(names, colours, kinds, [p.position for p in poses], self._last)
        ordered_names = [names[i] for i in order]
        support = supports(ordered_names, ordered_kinds, ordered_poses, held)
        if align_towers(ordered_names, ordered_poses, support):  # a hidden block's centre moved: judge again
            support = supports(ordered_names, ordered_kinds, ordered_poses, held)
        objects = [
            PerceivedObject(
                name=names[i], kind=kinds[i], colour=colours[i],  # type: ignore[arg-type]
                position=tuple(round(float(v), 4) for v in pose.position),  # type: ignore[arg-type]
                extent=tuple(round(float(v), 4) for v in pose.extent),  # type: ignore[arg-type]
                confidence=round(float(probs[i].max()), 4), support=support[names[i]], box=insts[i].box,
            )
            for i, pose in zip(order, ordered_poses)
        ]
        return Perception(
            scene=self._remember(Scene(objects=objects, held=held), obs),
            masks={names[i]: insts[i].mask for i in order},
            image=rgb,
            label_probs={names[i]: probs[i] for i in order},
            embeddings={names[i]: emb[i] for i in order},
            timings_ms={"segment": 1000 * (t1 - t0), "clip": 1000 * (t2 - t_loaded), "load": 1000 * (t_loaded - t1)},
        )

    def reset(self) -> None:
        """Forget the previous frame (call when the world is reset to a new scene)."""
        self._last = None

    def _recall(self, probs: np.ndarray) -> list[int]:
        """The label (index into `vocab.all_pairs()`) of each object: the most probable, except that an unsure
        one (below UNSURE_P: a block mostly hidden under the block just stacked on it, or tiny at the far edge)
        whose label is new to this frame or one too many takes the identity of a previous-frame object of its
        kind that is missing now, the most probable of those: objects do not vanish between two frames."""
        pairs = vocab.all_pairs()
        best = [int(b) for b in probs.argmax(1)]
        if self._last is None:
            return best
        had = Counter((o.colour, o.kind) for o in self._last.objects)
        has = Counter(pairs[b] for b in best)
        for i in sorted(range(len(best)), key=lambda i: probs[i, best[i]]):  # the least sure first
            pair = pairs[best[i]]
            if probs[i, best[i]] >= UNSURE_P or has[pair] <= had[pair]:
                continue
            missing = [j for j, p in enumerate(pairs) if p[1] == pair[1] and has[p] < had[p]]
            if missing:
                j = max(missing, key=lambda j: probs[i, j])
                has[pair] -= 1
                has[pairs[j]] += 1
                best[i] = j
        return best

    def _names(self, order: list[int], colours: list[str], kinds: list[str], positions: list) -> dict[int, str]:
        """Names that stay with their objects from frame to frame, so a plan's names keep meaning the same object.

        An object within `TRACK_M` of one of its colour and kind in the previous frame keeps that name;
        one that moved takes the nearest name of its colour and kind left over; the rest are new
        (" 2", " 3" for repeats, left to right).
        """
        last = self._last.objects if self._last is not None else []
        names: dict[int, str] = {}
        taken: set[str] = set()
        for key in dict.fromkeys((colours[i], kinds[i]) for i in order):
            group = [i for i in order if (colours[i], kinds[i]) == key]
            prev = [o for o in last if (o.colour, o.kind) == key]
            dist = {(i, o.name): float(np.linalg.norm(np.asarray(positions[i]) - np.asarray(o.position))) for i in group for o in prev}
            for limit in (TRACK_M, float("inf")):  # unmoved objects first, then moved ones
                for (i, name), d in sorted(dist.items(), key=lambda kv: kv[1]):
                    if d < limit and i not in names and name not in taken:
                        names[i] = name
                        taken.add(name)
            base = f"{key[0]} {key[1]}"
            for i in group:
                if i not in names:
                    k = 1
                    while (base if k == 1 else f"{base} {k}") in taken:
                        k += 1
                    names[i] = base if k == 1 else f"{base} {k}"
                    taken.add(names[i])
        return names

    def _remember(self, scene: Scene, obs: Observation) -> Scene:
        """When the fingers hold something the camera cannot see (the hand hides it), it is the
        block of the previous frame that has gone missing nearest the hand."""
        if obs.proprio is not None and scene.held is None and holding(obs.proprio, self.config.segment) and self._last:
            ee = np.asarray(obs.proprio.ee_pos, dtype=np.float64)
            seen = {o.name for o in scene.objects}
            gone = [o for o in self._last.objects if o.kind == "block" and o.name not in seen]
            if gone:
                o = min(gone, key=lambda o: float(np.linalg.norm(np.asarray(o.position[:2]) - ee[:2])))
                held = o.model_copy(update={
                    "position": tuple(round(float(v), 4) for v in ee), "support": "gripper", "box": None,
                })
                scene = Scene(objects=[*scene.objects, held], held=held.name)
        self._last = scene
        return scene

    def ground(self, expression: str, p: Perception) -> Grounding:
        """Resolve a referring expression to one object, or return the candidates when several fit.

        Raises PerceptionError when the scene is empty (there is nothing to refer to).
        """
        if not p.scene.objects:
            raise PerceptionError(f"cannot ground {expression!r}: no objects were perceived (the table is empty)")
        return ground(expression, p, embed_text=self.clip.embed_texts)


def _revealed(names: dict[int, str], colours: list[str], kinds: list[str], positions: list, last: Scene) -> dict[int, str]:
    """`names` with a block that now stands a block's height or more below where its name stood in `last`, at the
    same spot, named afresh: blocks do not sink, so the named one was taken off the top of a tower, and the block seen
    there now was hidden under it (a shaded block at the foot of a tall tower). For a frame in which the fingers hold
    something no block is seen to be in; the freed name goes to the held block (`Perceiver._remember`)."""
    before = {o.name: o for o in last.objects if o.kind == "block"}
    used = set(names.values()) | set(before)
    out = dict(names)
    for i, name in names.items():
        b = before.get(name)
        if b is None or kinds[i] != "block":
            continue
        p = np.asarray(positions[i], dtype=np.float64)
        if np.linalg.norm(p[:2] - np.asarray(b.position[:2])) < TRACK_M and b.position[2] - p[2] > 0.75 * layout.BLOCK_SIZE:
            k = 2
            while f"{colours[i]} block {k}" in used:
                k += 1
            out[i] = f"{colours[i]} block {k}"
            used.add(out[i])
    return out
