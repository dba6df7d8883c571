"""`vla-agent bench perception`: segmentation recall, CLIP labels (seen / held-out pairs), referring
expressions, support relations and speed, on generated scenes the CLIP never trained on.

Ground truth (simulator segmentation, state and the scene spec) is used only to score. Every scene
has towers and blocks in bowls; seeds start at 1_000_000 (training uses seeds below 100_000).
Scenes cycle through the situations the agent's episodes create (`sim.randomization.SITUATIONS`):
plain, two blocks of one colour, blocks side by side at a named place, blocks in the bin, and the
hand low over the table; label accuracy is also reported per situation.
The same scenes run on any physics world of `sim.worlds` (`world`: "pybullet", "mujoco"; None: the
package default), built there by name with the front camera alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from sim.cameras import FRONT_CAMERA
from sim.randomization import SITUATIONS, move_hand, vary_scene
from sim.scene import SceneSpec, generate_scene
from sim.world import CameraFrame, Observation
from sim.worlds import physics_world
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


def bench_situation(seed: int) -> tuple[SceneSpec, str]:
    """The scene of `seed` in its situation: `SITUATIONS` in turn by seed ("hand_low": the world moves the hand
    after the reset, with `move_hand` on `situation_rng(seed)`)."""
    situation = SITUATIONS[seed % len(SITUATIONS)]
    return vary_scene(bench_scene(seed), situation, situation_rng(seed)), situation


def situation_rng(seed: int) -> np.random.Generator:
    return np.random.default_rng([seed, 1])


def bench_world(name: str, image_size: int):
    """The physics world `name`, built by `sim.worlds.make_world` with the front camera alone at `image_size` px."""
    from sim.worlds import make_world

    return make_world(physics_world(name), image_size=image_size, wrist_camera=False)


def truth_frame(world, obs: Observation) -> CameraFrame:
    """`obs`'s front frame with simulator segmentation (for scoring and stand-in masks): the observed frame when it
    has it (PyBullet always renders it), else the same camera rendered again with it (a world that draws
    segmentation only on request, as `MujocoWorld` does by default)."""
    if obs.front.segmentation is not None:
        return obs.front
    return world.render_camera(FRONT_CAMERA, obs.front.shape[0], segmentation=True)


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
    by_situation: dict[str, Tally] = field(default_factory=lambda: {s: Tally() for s in SITUATIONS})
    heldout: Tally = field(default_factory=Tally)
    refexp: Tally = field(default_factory=Tally)
    relation: Tally = field(default_factory=Tally)
    ms_segment: list[float] = field(default_factory=list)
    ms_clip: list[float] = field(default_factory=list)
    ms_total_8: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def expressions(
    spec: SceneSpec, pos: dict[str, np.ndarray], rng: np.random.Generator, support: dict[str, str] | None = None
) -> list[tuple[str, str | None, list[str]]]:
    """(expression, expected object or None when ambiguous, objects that must be candidates). support: what each
    object rests on now (None: where `spec` put it; the hand may have pushed something since)."""
    objs = spec.objects
    rests_on = support or {o.name: o.on or "table" for o in objs}

    def alike(o) -> list[str]:  # the objects of o's colour and kind: more than one make its words ambiguous
        return [x.name for x in objs if (x.colour, x.kind) == (o.colour, o.kind)]

    out: list[tuple[str, str | None, list[str]]] = []
    o = objs[int(rng.integers(len(objs)))]
    same = alike(o)
    out.append((f"the {o.colour} {o.kind}", o.name if len(same) == 1 else None, same))
    o = objs[int(rng.integers(len(objs)))]
    same = alike(o)
    word = vocab.KIND_WORDS[o.kind][int(rng.integers(1, len(vocab.KIND_WORDS[o.kind])))]
    out.append((f"{o.colour} {word}", o.name if len(same) == 1 else None, same))
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
        on = [x for x in objs if rests_on.get(x.name) == ref.name]
        if len(on) == 1 and len(alike(ref)) == 1:
            rel = "in" if ref.kind == "bowl" else "on"
            out.append((f"the block {rel} the {ref.colour} {ref.kind}", on[0].name, [on[0].name]))
    return out


def run(
    episodes: int = 200,
    checkpoint: str | None = None,
    image_size: int = 128,
    threads: int = 1,
    progress: Callable[[int], None] | None = None,
    world: str | None = None,
) -> dict:
    """Measure on `episodes` scenes (seeds FIRST_SEED...) in the physics world `world` (None: the package default);
    `progress(k)` after each scene."""
    world = physics_world(world)
    from skills.perception.perceiver import Perceiver, PerceiverConfig

    perceiver = Perceiver(checkpoint, PerceiverConfig(threads=threads))
    res = Results()
    env = bench_world(world, image_size)
    try:
        for k in range(episodes):
            seed = FIRST_SEED + k
            spec, situation = bench_situation(seed)
            obs = env.reset(spec)
            if situation == "hand_low":
                move_hand(env, situation_rng(seed))
                obs = env.observe()
            state, ids = env.sim_state(), env.body_ids()
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
            seg = truth_frame(env, obs).segmentation
            _score(spec, seg, ids, state, p, perceiver, res, np.random.default_rng(seed), situation)
            if progress:
                progress(k + 1)
    finally:
        env.close()
    med = lambda xs: round(float(np.median(xs)), 2) if xs else None  # noqa: E731
    return {
        "world": world,
        "episodes": episodes,
        "image_size": image_size,
        "crop_size": perceiver.clip.image_size,
        "threads": threads,
        "checkpoint": str(checkpoint or "shipped"),
        "heldout_pairs": sorted(f"{c} {k}" for c, k in vocab.HELD_OUT),
        "recall": res.recall.rate,
        "label_acc_seen": res.seen.rate,
        "label_acc_heldout": res.heldout.rate,
        "label_acc_by_situation": {s: t.rate for s, t in res.by_situation.items()},
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


def _score(spec, seg, ids, state, p, perceiver, res: Results, rng: np.random.Generator, situation: str) -> None:
    from skills.perception.oracle import scene_from_state

    truth = scene_from_state(state)  # what rests on what now (the hand may have pushed something)
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
        res.by_situation[situation].add(ok)
        if not ok:
            res.failures.append(f"{spec.seed} ({situation}): {gt_name} labelled {po.colour} {po.kind}")
        want = truth.get(gt_name).support
        got = to_gt.get(po.support, po.support)
        res.relation.add(got == want)
        if got != want:
            res.failures.append(f"{spec.seed}: {gt_name} rests on {want}, perceived {got}")
    if not p.scene.objects:
        return
    pos = {n: s.position for n, s in state.objects.items()}
    for expr, want, must in expressions(spec, pos, rng, {o.name: o.support for o in truth.objects}):
        g = perceiver.ground(expr, p)
        if want is None:
            got_c = {to_gt.get(c) for c in g.candidates}
            ok = g.match is None and set(must) <= got_c
        else:
            ok = g.match is not None and to_gt.get(g.match) == want
        res.refexp.add(ok)
        if not ok:
            res.failures.append(f"{spec.seed}: {expr!r} -> {g.match} {g.candidates} (want {want})")
