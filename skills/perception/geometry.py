"""Object proposals from RGB-D: remove the table plane, the bin and the robot, split the rest.

Uses only the depth and colour images, the camera parameters and the robot's joint angles
(its own kinematics). Instances are connected regions of the pixel grid whose neighbours
are close in 3D and alike in chromaticity (shading changes brightness, not hue), so touching
blocks and towers (different colours) separate. A block inside a bowl of its own colour is
split from the bowl by height inside the bowl's rim; fragments of one object cut apart by an
occluder are merged back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from sim.core.errors import PerceptionError
from sim.core import layout
from sim.world import CameraFrame, Proprio


@dataclass(frozen=True)
class SegmentConfig:
    """Thresholds, in metres unless stated."""

    min_height: float = 0.0035  # above the table plane
    max_height: float = 0.35
    max_float: float = (layout.MAX_TOWER + 0.5) * layout.BLOCK_SIZE  # lowest point of any object not held
    bounds_x: tuple[float, float] = (0.12, 0.95)
    bounds_y: tuple[float, float] = (-0.50, 0.70)
    gap_pixels: float = 3.0  # neighbours further apart in 3D than this many pixel footprints are cut
    chroma_tol: float = 0.06  # L1 distance of rgb / sum
    min_pixels_128: int = 3  # smallest instance, in pixels of a 128 x 128 image (scaled by area)
    bowl_extent: float = 0.10  # a region wider than this may be a bowl holding a same-colour block
    block_extent: float = 0.08  # no region of one block is wider; a bowl's region is narrower only when mostly hidden
    bowl_inner: float = layout.BOWL_INNER_RADIUS - 0.008
    inner_min_height: float = layout.BOWL_FLOOR + 0.008
    merge_extent: float = 2 * (layout.BOWL_INNER_RADIUS + layout.BOWL_WALL) + 0.015
    # Capsule radius around each link segment (base, shoulder, upper arm, elbow, forearm, wrist,
    # wrist offset, flange), measured on the simulator's Panda meshes plus a margin.
    arm_radii: tuple[float, ...] = (0.10, 0.10, 0.10, 0.11, 0.13, 0.11, 0.13, 0.11)
    hand_radius: float = 0.11
    holding_width: tuple[float, float] = (0.02, 0.065)  # finger gap when closed on a block
    min_layer: float = 0.2  # a layer of a same-colour tower shows at least this share of the top layer's pixels


@dataclass
class Instance:
    """One proposed object. points: (N, 3) robot frame; heights: (N,) above the table."""

    mask: np.ndarray
    points: np.ndarray
    heights: np.ndarray
    chroma: np.ndarray

    @property
    def centroid(self) -> np.ndarray:
        return self.points.mean(0)

    @property
    def extent(self) -> np.ndarray:
        return self.points.max(0) - self.points.min(0)

    @property
    def box(self) -> tuple[int, int, int, int]:
        ys, xs = np.nonzero(self.mask)
        return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1

    @property
    def top(self) -> float:
        """Height of the highest visible point above the table."""
        return float(self.heights.max())


def check_frame(frame: CameraFrame) -> tuple[int, int]:
    """Raise PerceptionError unless the frame's arrays have consistent, usable shapes."""
    rgb, depth = np.asarray(frame.rgb), np.asarray(frame.depth)
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
        raise PerceptionError(f"front rgb must be (H, W, 3) uint8, got {rgb.shape} {rgb.dtype}")
    if depth.shape != rgb.shape[:2]:
        raise PerceptionError(f"front depth must be (H, W) = {rgb.shape[:2]} like the rgb, got {depth.shape}")
    if rgb.shape[0] < 32 or rgb.shape[1] < 32:
        raise PerceptionError(f"front image {rgb.shape[:2]} is too small; use at least 32 x 32 (default 128 x 128)")
    if np.asarray(frame.intrinsics).shape != (3, 3) or np.asarray(frame.cam_to_world).shape != (4, 4):
        raise PerceptionError("camera intrinsics must be (3, 3) and cam_to_world (4, 4)")
    return rgb.shape[0], rgb.shape[1]


def backproject(depth: np.ndarray, K: np.ndarray, cam_to_world: np.ndarray) -> np.ndarray:
    """(H, W) depth along the optical axis -> (H, W, 3) points in the robot frame."""
    h, w = depth.shape
    u = (np.arange(w, dtype=np.float32) + 0.5 - K[0, 2]) / K[0, 0]
    v = (np.arange(h, dtype=np.float32) + 0.5 - K[1, 2]) / K[1, 1]
    cam = np.empty((h, w, 3), dtype=np.float32)
    cam[..., 0] = u[None, :] * depth
    cam[..., 1] = v[:, None] * depth
    cam[..., 2] = depth
    R = cam_to_world[:3, :3].astype(np.float32)
    return cam @ R.T + cam_to_world[:3, 3].astype(np.float32)


def table_heights(points: np.ndarray) -> np.ndarray:
    """Height above the table plane, fitted to the points near z = 0 (the table's nominal height)."""
    z = points[..., 2]
    near = np.abs(z) < 0.01
    if near.sum() < 0.05 * z.size:
        return z  # too little table in view to fit: trust the nominal plane
    p = points[near][:: max(1, int(near.sum()) // 1500)]
    A = np.column_stack([p[:, 0], p[:, 1], np.ones(len(p))])
    coef = np.linalg.lstsq(A, p[:, 2], rcond=None)[0]
    inl = np.abs(A @ coef - p[:, 2]) < 0.002
    if inl.sum() > 3:
        coef = np.linalg.lstsq(A[inl], p[inl, 2], rcond=None)[0]
    return z - (points[..., 0] * coef[0] + points[..., 1] * coef[1] + coef[2])


# Panda kinematics (modified DH: a, d, alpha), then flange and grasp target offsets along z.
_PANDA_DH = (
    (0.0, 0.333, 0.0), (0.0, 0.0, -math.pi / 2), (0.0, 0.316, math.pi / 2), (0.0825, 0.0, math.pi / 2),
    (-0.0825, 0.384, -math.pi / 2), (0.0, 0.0, math.pi / 2), (0.088, 0.0, math.pi / 2),
)
_FLANGE, _GRASP = 0.107, 0.1034


def panda_points(joints: np.ndarray) -> np.ndarray:
    """(10, 3) joint origins from base to grasp target, from the 7 joint angles (forward kinematics)."""
    T = np.eye(4)
    out = [T[:3, 3].copy()]

    def dh(a: float, d: float, al: float, th: float) -> np.ndarray:
        ca, sa, ct, st = math.cos(al), math.sin(al), math.cos(th), math.sin(th)
        return np.array(
            [[ct, -st, 0, a], [st * ca, ct * ca, -sa, -d * sa], [st * sa, ct * sa, ca, d * ca], [0, 0, 0, 1]]
        )

    for (a, d, al), th in zip(_PANDA_DH, np.asarray(joints, dtype=np.float64)[:7]):
        T = T @ dh(a, d, al, float(th))
        out.append(T[:3, 3].copy())
    for d in (_FLANGE, _GRASP):
        T = T @ dh(0.0, d, 0.0, 0.0)
        out.append(T[:3, 3].copy())
    return np.array(out)


def _near_segment(
    points: np.ndarray, a: np.ndarray, b: np.ndarray, radius: float, caps: bool = True
) -> np.ndarray:
    """Points within `radius` of segment a-b (a capsule; without caps, a cylinder ending 1 cm past b)."""
    ab = b - a
    t = ((points - a) @ ab) / max(float(ab @ ab), 1e-9)
    near = np.linalg.norm(points - (a + np.clip(t, 0.0, 1.0)[:, None] * ab), axis=1) < radius
    return near if caps else near & (t > 0) & (t < 1.0 + 0.01 / max(float(np.linalg.norm(ab)), 1e-9))


def holding(proprio: Proprio, cfg: SegmentConfig = SegmentConfig()) -> bool:
    """Whether the fingers are stopped on something (a block), from their width."""
    lo, hi = cfg.holding_width
    return lo < proprio.gripper_width < hi


def robot_mask(points: np.ndarray, proprio: Proprio, cfg: SegmentConfig) -> np.ndarray:
    """Points on the arm or hand (capsules around the links); a held block is kept."""
    joints = panda_points(proprio.joints)
    out = np.zeros(len(points), dtype=bool)
    for a, b, r in zip(joints[:-2], joints[1:-1], cfg.arm_radii):
        out |= _near_segment(points, a, b, r)
    ee = np.asarray(proprio.ee_pos, dtype=np.float64)
    out |= _near_segment(points, joints[-2], ee, cfg.hand_radius, caps=False)
    if holding(proprio, cfg):
        d = points - ee
        out &= ~((np.abs(d[:, 2]) < layout.BLOCK_SIZE / 2 + 0.003) & (np.hypot(d[:, 0], d[:, 1]) < 0.03))
    return out


def bin_mask(points: np.ndarray, heights: np.ndarray) -> np.ndarray:
    """Points on the bin's walls or floor (a fixture at a known place), not things in it."""
    half, wall = layout.BIN_INNER / 2, 0.01
    dx = np.abs(points[:, 0] - layout.BIN_CENTER[0])
    dy = np.abs(points[:, 1] - layout.BIN_CENTER[1])
    inside_outer = (dx < half + wall + 0.004) & (dy < half + wall + 0.004) & (heights < layout.BIN_HEIGHT + 0.004)
    on_wall = (dx > half - 0.003) | (dy > half - 0.003)
    return inside_outer & (on_wall | (heights < layout.BOWL_FLOOR + 0.0035))


# Neighbour offsets (dy, dx) of 8-connectivity, each pair counted once: thin diagonal strips
# (the visible sides of a block low in a tower) stay in one piece.
OFFSETS: tuple[tuple[int, int], ...] = ((0, 1), (1, 0), (1, 1), (1, -1))


def pair_slices(h: int, w: int, dy: int, dx: int) -> tuple[tuple[slice, slice], tuple[slice, slice]]:
    """Slices a, b such that pixel a[i] and b[i] are neighbours at offset (dy, dx)."""
    ya, yb = slice(0, h - dy), slice(dy, h)
    xa, xb = (slice(0, w - dx), slice(dx, w)) if dx >= 0 else (slice(-dx, w), slice(0, w + dx))
    return (ya, xa), (yb, xb)


def components(valid: np.ndarray, joins: dict[tuple[int, int], np.ndarray]) -> np.ndarray:
    """Connected components of a pixel graph: (H, W) int labels (pixel index of the root), -1 off.

    joins maps an offset in OFFSETS to a bool array over the pairs `pair_slices` gives, True
    where the two neighbours connect. Min-label propagation with pointer jumping, in numpy.
    """
    h, w = valid.shape
    big = h * w
    lab = np.where(valid, np.arange(big).reshape(h, w), big)
    pairs = [(pair_slices(h, w, dy, dx), j) for (dy, dx), j in joins.items()]
    while True:
        new = lab.copy()
        for (a, b), join in pairs:
            m = np.where(join, np.minimum(new[a], new[b]), big)
            new[a] = np.minimum(new[a], m)
            new[b] = np.minimum(new[b], m)
        flat = np.append(new.ravel(), big)
        for _ in range(3):
            flat[:-1] = flat[flat[:-1]]
        new = flat[:-1].reshape(h, w)
        if np.array_equal(new, lab):
            break
        lab = new
    return np.where(valid, lab, -1)


def grid_joins(valid: np.ndarray) -> dict[tuple[int, int], np.ndarray]:
    """Joins of plain 8-connectivity over `valid`."""
    h, w = valid.shape
    out = {}
    for off in OFFSETS:
        a, b = pair_slices(h, w, *off)
        out[off] = valid[a] & valid[b]
    return out


def segment(frame: CameraFrame, proprio: Proprio | None, cfg: SegmentConfig = SegmentConfig()) -> list[Instance]:
    """Split the front RGB-D frame into object instances (no simulator state)."""
    h, w = check_frame(frame)
    depth = np.asarray(frame.depth, dtype=np.float32)
    rgb = np.asarray(frame.rgb)
    pts = backproject(depth, np.asarray(frame.intrinsics, np.float64), np.asarray(frame.cam_to_world, np.float64))
    hts = table_heights(pts)
    x, y = pts[..., 0], pts[..., 1]
    fg = (
        np.isfinite(depth) & (hts > cfg.min_height) & (hts < cfg.max_height)
        & (x > cfg.bounds_x[0]) & (x < cfg.bounds_x[1]) & (y > cfg.bounds_y[0]) & (y < cfg.bounds_y[1])
    )
    idx = np.flatnonzero(fg)
    flat_pts, flat_h = pts.reshape(-1, 3)[idx], hts.ravel()[idx]
    drop = bin_mask(flat_pts, flat_h)
    if proprio is not None:
        drop |= robot_mask(flat_pts, proprio, cfg)
    fg.ravel()[idx[drop]] = False

    rgbf = rgb.astype(np.float32)
    chroma = rgbf / np.maximum(rgbf[..., 0] + rgbf[..., 1] + rgbf[..., 2], 1.0)[..., None]
    gap = cfg.gap_pixels * depth / float(frame.intrinsics[0, 0])

    joins = {}
    for off in OFFSETS:
        a, b = pair_slices(h, w, *off)
        limit = np.minimum(gap[a], gap[b]) * math.hypot(*off)
        d = np.square(pts[a] - pts[b])
        close = d[..., 0] + d[..., 1] + d[..., 2] < limit * limit
        c = np.abs(chroma[a] - chroma[b])
        alike = c[..., 0] + c[..., 1] + c[..., 2] < cfg.chroma_tol
        joins[off] = fg[a] & fg[b] & close & alike
    lab = components(fg, joins)
    min_px = max(2, round(cfg.min_pixels_128 * h * w / 128**2))
    roots, inverse, counts = np.unique(lab.ravel(), return_inverse=True, return_counts=True)
    inverse = inverse.reshape(h, w)
    regions = [inverse == i for i, r in enumerate(roots) if r >= 0 and counts[i] >= min_px]
    insts = [_instance(m, pts, hts, chroma) for m in regions]
    insts = _merge_fragments(insts, pts, hts, chroma, cfg)
    if proprio is not None:  # nothing floats but what the gripper holds: the rest is arm
        ee = np.asarray(proprio.ee_pos)
        insts = [
            i for i in insts
            if i.heights.min() < cfg.max_float
            or (holding(proprio, cfg) and np.linalg.norm(i.centroid - ee) < layout.BLOCK_SIZE)
        ]
    parts = [part for inst in insts for part in _split_bowl(inst, pts, hts, chroma, cfg, min_px)]
    is_bowl = [_xy_extent(p.points) >= cfg.bowl_extent for p in parts]
    bowls = [c for p, b in zip(parts, is_bowl) if b and (c := _bowl_centre(p)) is not None]
    blocks = [p for p, b in zip(parts, is_bowl) if not b]
    out = [p for p, b in zip(parts, is_bowl) if b]
    for part in blocks:
        out += _split_layers(part, _base_height(part, blocks, bowls, cfg), pts, hts, chroma, cfg.min_layer)
    return out


def kind_hint(inst: Instance, cfg: SegmentConfig = SegmentConfig()) -> str | None:
    """The kind the shape alone tells (None: it does not): narrower than half a bowl and taller than its rim is a
    block; as wide as a bowl and no taller than its rim is a bowl. CLIP judges kind partly by the crop's scale,
    which changes with distance (a block raised in the bin, or at the edge nearest the camera, looked like a bowl)."""
    extent = _xy_extent(inst.points)
    if extent < cfg.block_extent and inst.top > layout.BOWL_HEIGHT + 0.002:
        return "block"
    if extent >= cfg.bowl_extent and inst.top < layout.BOWL_HEIGHT + 0.004:
        return "bowl"
    return None


def _bowl_centre(inst: Instance) -> np.ndarray | None:
    low = inst.points[inst.heights < layout.BOWL_HEIGHT + 0.004]
    return None if len(low) == 0 else (low[:, :2].max(0) + low[:, :2].min(0)) / 2


def _base_height(part: Instance, blocks: list[Instance], bowls: list[np.ndarray], cfg: SegmentConfig) -> float:
    """What a block-sized region stands on: the top of the region right under it, else a bowl's
    floor (its wall may hide the region's foot), else the table."""
    xy = part.centroid[:2]
    below = [
        q.top for q in blocks
        if q is not part and np.hypot(*(q.centroid[:2] - xy)) < 0.75 * layout.BLOCK_SIZE
        and q.top < part.top - layout.BLOCK_SIZE / 2
    ]
    if below:
        return max(below)
    return layout.BOWL_FLOOR if any(np.hypot(*(xy - c)) < cfg.bowl_inner for c in bowls) else 0.0


def _split_layers(
    inst: Instance, base: float, pts: np.ndarray, hts: np.ndarray, chroma: np.ndarray, min_layer: float
) -> list[Instance]:
    """A region whose top is several blocks above what it stands on is a tower of same-colour
    blocks: cut it into block-high layers from its top face down.

    A layer with fewer than `min_layer` of the top layer's pixels stays with the layer above: a block
    leaning on another (or on a wall) reaches above one block's height, but only a sliver of it
    lies below the cut, where a real block under it would show its side."""
    size = layout.BLOCK_SIZE
    n = int(round((inst.top - base) / size))
    if n <= 1:
        return [inst]
    layer = np.full(hts.shape, -1)
    layer[inst.mask] = np.clip(np.floor((inst.top + 0.004 - hts[inst.mask]) / size), 0, n - 1).astype(int)
    top_count, kept = int((layer == 0).sum()), 0
    for k in range(1, n):
        if (layer == k).sum() < min_layer * top_count:
            layer[layer == k] = kept
        else:
            kept = k
    return [_instance(layer == k, pts, hts, chroma) for k in range(n) if (layer == k).any()]


def _instance(mask: np.ndarray, pts: np.ndarray, hts: np.ndarray, chroma: np.ndarray) -> Instance:
    return Instance(mask=mask, points=pts[mask], heights=hts[mask], chroma=chroma[mask].mean(0))


def _xy_extent(points: np.ndarray) -> float:
    return float((points[:, :2].max(0) - points[:, :2].min(0)).max())


def _merge_fragments(
    insts: list[Instance], pts: np.ndarray, hts: np.ndarray, chroma: np.ndarray, cfg: SegmentConfig
) -> list[Instance]:
    """Join same-colour regions that together are no bigger than a bowl (an object cut by an occluder)."""
    merged = True
    while merged:
        merged = False
        for i in range(len(insts)):
            for j in range(i + 1, len(insts)):
                a, b = insts[i], insts[j]
                if np.abs(a.chroma - b.chroma).sum() >= cfg.chroma_tol:
                    continue
                if _xy_extent(np.concatenate([a.points, b.points])) <= cfg.merge_extent:
                    insts[i] = _instance(a.mask | b.mask, pts, hts, chroma)
                    del insts[j]
                    merged = True
                    break
            if merged:
                break
    return insts


def _split_bowl(
    inst: Instance, pts: np.ndarray, hts: np.ndarray, chroma: np.ndarray, cfg: SegmentConfig, min_px: int
) -> list[Instance]:
    """A bowl-sized region with tall parts well inside its rim holds a block of its own colour: split it."""
    if _xy_extent(inst.points) < cfg.bowl_extent:
        return [inst]
    low = inst.points[inst.heights < layout.BOWL_HEIGHT + 0.004]
    if len(low) == 0:
        return [inst]
    centre = (low[:, :2].max(0) + low[:, :2].min(0)) / 2
    x0, y0, x1, y1 = inst.box
    win = (slice(y0, y1), slice(x0, x1))
    r2 = np.square(pts[win][..., :2] - centre).sum(-1)
    inner = np.zeros_like(inst.mask)
    inner[win] = inst.mask[win] & (r2 < cfg.bowl_inner**2) & (hts[win] > cfg.inner_min_height)
    if inner.sum() < min_px:
        return [inst]
    # Blocks of the bowl's colour inside it (only one per colour in generated scenes, but be general).
    lab = components(inner, grid_joins(inner))
    out, rest = [], inst.mask.copy()
    for root in np.unique(lab[lab >= 0]):
        m = lab == root
        if m.sum() >= min_px:
            out.append(_instance(m, pts, hts, chroma))
            rest &= ~m
    return [_instance(rest, pts, hts, chroma), *out] if rest.sum() >= min_px else [inst]
