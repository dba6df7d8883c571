"""`vla-agent bench perception`: segmentation recall, CLIP labels (seen / held-out pairs), referring
expressions, support relations and speed, on generated scenes the CLIP never trained on.

Ground truth (simulator segmentation and the scene spec) is used only to score. Every scene
has towers and blocks in bowls; seeds start at 1_000_000 (training uses seeds below 100_000).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from sim.scene import SceneSpec, generate_scene
from skills.perception import vocab

FIRST_SEED = 1_000_000
CLEAR_MARGIN = 0.05  # a relational/superlative expression is scored only when its answer is this clear


def bench_scene(seed: int) -> SceneSpec:
    """4-6 blocks and 1-3 bowls, at least one block in a bowl and one tower (often of three)."""
    rng = np.random.default_rng(seed)
    blocks, bowls = int(rng.integers(4, 7)), int(rng.integers(1, 4))
    in_bowls = int(rng.integers(1, 3))
    stacked = int(rng.integers(1, 3))
    return generate_scene(seed, blocks, bowls, stacked=stacked, in_bowls=in_bowls)


@dataclass
class Tally:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += int(ok)
        self.total += 1

    @property
    def rate(self) -> float | None:
        return round(self.hits / self.total, 4) if self.total else None


@dataclass
class Results:
    recall: Tally = field(default_factory=Tally)
    seen: Tally = field(default_factory=Tally)
    heldout: Tally = field(default_factory=Tally)
    refexp: Tally = field(default_factory=Tally)
    relation: Tally = field(default_factory=Tally)
    ms_segment: list[float] = field(default_factory=list)
    ms_clip: list[float] = field(default_factory=list)
    ms_total_8: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def expressions(
    spec: SceneSpec, pos: dict[str, np.ndarray], rng: np.random.Generator
) -> list[tuple[str, str | None, list[str]]]:
    """(expression, expected object or None when ambiguous, objects that must be candidates)."""
    objs = spec.objects
    out: list[tuple[str, str | None, list[str]]] = []
    o = objs[int(rng.integers(len(objs)))]
    out.append((f"the {o.colour} {o.kind}", o.name, [o.name]))
    o = objs[int(rng.integers(len(objs)))]
    word = vocab.KIND_WORDS[o.kind][int(rng.integers(1, len(vocab.KIND_WORDS[o.kind])))]
    out.append((f"{o.colour} {word}", o.name, [o.name]))
    for kind in ("block", "bowl"):
        same = [x for x in objs if x.kind == kind]
        if len(same) >= 2:
            side = "leftmost" if rng.random() < 0.5 else "rightmost"
            ys = sorted(same, key=lambda x: pos[x.name][1] * (1 if side == "leftmost" else -1))
            if abs(pos[ys[1].name][1] - pos[ys[0].name][1]) > CLEAR_MARGIN:
                out.append((f"the {side} {kind}", ys[0].name, [ys[0].name]))
            out.append((f"the {kind}", None, [x.name for x in same]))
    bowls = [x for x in objs if x.kind == "bowl"]
    blocks = [x for x in objs if x.kind == "block"]
    if bowls and len(blocks) >= 2:
        ref = bowls[int(rng.integers(len(bowls)))]
        dist = {x.name: float(np.linalg.norm(pos[x.name][:2] - pos[ref.name][:2])) for x in blocks}
        d = sorted(blocks, key=lambda x: dist[x.name])
        if dist[d[1].name] - dist[d[0].name] > CLEAR_MARGIN:
            out.append((f"the block nearest the {ref.colour} bowl", d[0].name, [d[0].name]))
    for ref in objs:
        on = [x for x in objs if x.on == ref.name]
        if len(on) == 1:
            rel = "in" if ref.kind == "bowl" else "on"
            out.append((f"the block {rel} the {ref.colour} {ref.kind}", on[0].name, [on[0].name]))
    return out


def run(
    episodes: int = 200,
    checkpoint: str | None = None,
    image_size: int = 128,
    threads: int = 1,
    progress: Callable[[int], None] | None = None,
) -> dict:
    """Measure on `episodes` scenes (seeds FIRST_SEED...); `progress(k)` after each scene."""
    from sim.pybullet_world import PyBulletWorld
    from skills.perception.perceiver import Perceiver, PerceiverConfig

    perceiver = Perceiver(checkpoint, PerceiverConfig(threads=threads))
    res = Results()
    world = PyBulletWorld(image_size=image_size, wrist_camera=False)
    try:
        for k in range(episodes):
            seed = FIRST_SEED + k
            spec = bench_scene(seed)
            obs = world.reset(spec)
            state, ids = world.sim_state(), world.body_ids()
            t0 = time.perf_counter()
            p = perceiver.perceive(obs)
            total = 1000 * (time.perf_counter() - t0)
            if k == 0:  # the first frame loads the model: time the rest
                p = perceiver.perceive(obs)
            else:
                res.ms_segment.append(p.timings_ms["segment"])
                res.ms_clip.append(p.timings_ms["clip"])
                if len(p.scene.objects) == 8:
                    res.ms_total_8.append(total)
            _score(spec, obs.front.segmentation, ids, state, p, perceiver, res, np.random.default_rng(seed))
            if progress:
                progress(k + 1)
    finally:
        world.close()
    med = lambda xs: round(float(np.median(xs)), 2) if xs else None  # noqa: E731
    return {
        "episodes": episodes,
        "image_size": image_size,
        "crop_size": perceiver.clip.image_size,
        "threads": threads,
        "checkpoint": str(checkpoint or "shipped"),
        "heldout_pairs": sorted(f"{c} {k}" for c, k in vocab.HELD_OUT),
        "recall": res.recall.rate,
        "label_acc_seen": res.seen.rate,
        "label_acc_heldout": res.heldout.rate,
        "refexp_acc": res.refexp.rate,
        "relation_acc": res.relation.rate,
        "ms_segment": med(res.ms_segment),
        "ms_clip": med(res.ms_clip),
        "ms_total_8_objects": med(res.ms_total_8),
        "frames_with_8_objects": len(res.ms_total_8),
        "n_objects": res.recall.total,
        "n_heldout": res.heldout.total,
        "n_refexp": res.refexp.total,
        "failures": res.failures[:20],
    }


def _score(spec, seg, ids, state, p, perceiver, res: Results, rng: np.random.Generator) -> None:
    # Match every visible ground-truth object to the perceived mask with the best IoU.
    to_perceived: dict[str, str] = {}
    for o in spec.objects:
        gt = seg == ids[o.name]
        if not gt.any():
            continue
        best, best_iou = None, 0.0
        for name, m in p.masks.items():
            iou = float((gt & m).sum() / max((gt | m).sum(), 1))
            if iou > best_iou:
                best, best_iou = name, iou
        found = best is not None and best_iou >= 0.5
        res.recall.add(found)
        if not found:
            res.failures.append(f"{spec.seed}: missed {o.name}")
            continue
        to_perceived[o.name] = best
    to_gt = {v: k for k, v in to_perceived.items()}
    for gt_name, name in to_perceived.items():
        o, po = spec.get(gt_name), p.scene.get(name)
        ok = (po.colour, po.kind) == (o.colour, o.kind)
        (res.heldout if (o.colour, o.kind) in vocab.HELD_OUT else res.seen).add(ok)
        if not ok:
            res.failures.append(f"{spec.seed}: {gt_name} labelled {po.colour} {po.kind}")
        want = o.on or "table"
        got = to_gt.get(po.support, po.support)
        res.relation.add(got == want)
        if got != want:
            res.failures.append(f"{spec.seed}: {gt_name} rests on {want}, perceived {got}")
    if not p.scene.objects:
        return
    pos = {n: s.position for n, s in state.objects.items()}
    for expr, want, must in expressions(spec, pos, rng):
        g = perceiver.ground(expr, p)
        if want is None:
            got_c = {to_gt.get(c) for c in g.candidates}
            ok = g.match is None and set(must) <= got_c
        else:
            ok = g.match is not None and to_gt.get(g.match) == want
        res.refexp.add(ok)
        if not ok:
            res.failures.append(f"{spec.seed}: {expr!r} -> {g.match} {g.candidates} (want {want})")
