"""Demonstrations as a LeRobotDataset (format v3.0), written from and read back into `dataset.Demo`.

    OUT/
      meta/info.json                                   format, fps, features, path templates; "vla_agent": the
                                                       HDF5 file's attrs (mask_source, image_size, band)
      meta/stats.json                                  per feature: min max mean std count q01 q10 q50 q90 q99
      meta/tasks.parquet                               instruction -> task_index (pandas index, as LeRobot writes it)
      meta/episodes/chunk-000/file-000.parquet         one row per demonstration: length, tasks, where its rows and
                                                       video frames are, stats/..., and ours: skill, success, seed,
                                                       mask_source
      meta/vla_agent/start/chunk-000/file-000.parquet  ours, beside each data file (LeRobot ignores it): per episode
                                                       the HDF5 `start/` group (full-resolution first frame, camera,
                                                       proprioception) and its target attrs, as start/... target/...
      data/chunk-000/file-000.parquet                  one row per step (below)
      videos/observation.images.front/chunk-000/file-000.mp4   the policy's RGB, the file's episodes one after another

Per step: `observation.images.front` (video) <- obs/rgb; `observation.state` <- obs/proprio; `observation.depth`
(float32) <- obs/depth; `observation.target_mask` (uint8) <- obs/target_mask; `observation.goal` <- goal
(NaN when missing); `action` <- actions (dx dy dz dyaw gripper: the gripper label is its last column);
`next.done` <- dones; task <- instruction; plus LeRobot's timestamp, frame_index, episode_index, index,
task_index. Everything but the RGB is stored exactly; the RGB video is H.264 (`VIDEO_MODES`): 4:4:4 at qp 0 by
default (only the RGB <-> YUV rounding, <= 2 levels on our images), 4:2:0 at crf 18 (plays in every browser and
LeRobot's web viewer, but halved chroma smears small coloured blocks: mean 3, max ~180 levels on 64 px images),
or RGB at qp 0 (bit-exact). ffmpeg, PyAV and torchcodec decode all three. pyarrow and av are imported only here,
and only when used (the `lerobot` extra).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from sim.core.errors import UserError, missing_extra
from skills.training.dataset import Demo, file_info, iter_demos

CODEBASE_VERSION = "v3.0"
FPS = 10  # one row per 10 Hz action (sim.pybullet_world.CONTROL_HZ)
CHUNK_SIZE = 1000  # files per chunk folder
DATA_FILE_MB = 100  # a data (and its video) file takes episodes until it holds about this much
VIDEO_FILE_MB = 200
VIDEO_KEY = "observation.images.front"
DATA_PATH = "data/chunk-{chunk_index:03d}/file-{file_index:03d}.parquet"
VIDEO_PATH = "videos/{video_key}/chunk-{chunk_index:03d}/file-{file_index:03d}.mp4"
EPISODES_PATH = "meta/episodes/chunk-{chunk_index:03d}/file-{file_index:03d}.parquet"
START_PATH = "meta/vla_agent/start/chunk-{chunk_index:03d}/file-{file_index:03d}.parquet"
QUANTILES = (0.01, 0.10, 0.50, 0.90, 0.99)
VIDEO_MODES = {"yuv444p": ("libx264", "yuv444p", {"qp": "0"}), "yuv420p": ("libx264", "yuv420p", {"crf": "18"}),
               "rgb": ("libx264rgb", "rgb24", {"qp": "0"})}  # mode -> encoder, pixel format, options
# our per-step features: name -> (Demo field, dtype, shape of one step or "map" for (S, S))
STEP_FEATURES = {
    "observation.state": ("proprio", "float32", (6,)),
    "observation.goal": ("goal", "float32", (3,)),
    "observation.depth": ("depth", "float32", "map"),
    "observation.target_mask": ("target_mask", "uint8", "map"),
    "action": ("actions", "float32", (5,)),
    "next.done": ("dones", "bool", (1,)),
}
NAMES = {"observation.state": ["ee_x", "ee_y", "ee_z", "sin_yaw", "cos_yaw", "gripper_width"],
         "observation.goal": ["x", "y", "z"], "action": ["dx", "dy", "dz", "dyaw", "gripper"],
         "observation.depth": ["height", "width"], "observation.target_mask": ["height", "width"]}
INDEX_FEATURES = {"timestamp": "float32", "frame_index": "int64", "episode_index": "int64", "index": "int64",
                  "task_index": "int64"}
COLUMNS = {**{n: (dt, shape) for n, (_, dt, shape) in STEP_FEATURES.items()},
           **{n: (dt, (1,)) for n, dt in INDEX_FEATURES.items()}}  # the data files' columns: name -> (dtype, shape)


def _modules():
    try:
        import av
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise missing_extra(e.name or "pyarrow", "lerobot") from None
    return pa, pq, av


def is_lerobot(path: str | Path) -> bool:
    return Path(path).is_dir() and (Path(path) / "meta" / "info.json").is_file()


def _where(index: int) -> dict[str, int]:
    return {"chunk_index": index // CHUNK_SIZE, "file_index": index % CHUNK_SIZE}


def _stats(x: np.ndarray, kind: str) -> dict[str, np.ndarray]:
    """LeRobot's stats of one feature over `x` (T, ...): per channel in [0, 1] for video (3, 1, 1), per pixel
    pooled for maps (1,), per component otherwise."""
    x = np.asarray(x)
    if kind == "video":
        x = x.reshape(-1, 3).astype(np.float64) / 255.0
    elif kind == "map":
        x = x.reshape(-1, 1).astype(np.float64)
    else:
        x = x.reshape(len(x), -1).astype(np.float64)
    out = {"min": x.min(0), "max": x.max(0), "mean": x.mean(0), "std": x.std(0), "count": np.array([len(x)])}
    for q, v in zip(QUANTILES, np.quantile(x, QUANTILES, axis=0)):
        out[f"q{round(q * 100):02d}"] = v
    if kind == "video":
        out = {k: v if k == "count" else v.reshape(3, 1, 1) for k, v in out.items()}
    return out


def _aggregate(parts: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Episode stats -> dataset stats, as LeRobot aggregates them (quantiles: count-weighted means)."""
    n = np.array([p["count"][0] for p in parts], dtype=np.float64)
    w = (n / n.sum()).reshape(-1, *[1] * np.ndim(parts[0]["mean"]))
    mean = sum(wi * p["mean"] for wi, p in zip(w, parts))
    var = sum(wi * (p["std"] ** 2 + (p["mean"] - mean) ** 2) for wi, p in zip(w, parts))
    out = {"min": np.min([p["min"] for p in parts], 0), "max": np.max([p["max"] for p in parts], 0),
           "mean": mean, "std": np.sqrt(var), "count": np.array([int(n.sum())])}
    for key in parts[0]:
        if key.startswith("q"):
            out[key] = sum(wi * p[key] for wi, p in zip(w, parts))
    return out


def _column(pa, x: np.ndarray, dtype: str, shape):
    """(T, ...) -> an Arrow column as Hugging Face `datasets` stores the feature (Value, fixed-size list, Array2D)."""
    x = np.ascontiguousarray(x, dtype=np.dtype(dtype))
    if shape == (1,):
        return pa.array(x.reshape(-1))
    if shape == "map":
        t, s = x.shape[0], x.shape[1]
        rows = pa.ListArray.from_arrays(pa.array(np.arange(0, t * s * s + 1, s, dtype=np.int32)), pa.array(x.reshape(-1)))
        return pa.ListArray.from_arrays(pa.array(np.arange(0, t * s + 1, s, dtype=np.int32)), rows)
    return pa.FixedSizeListArray.from_arrays(pa.array(x.reshape(-1)), shape[0])


def _numpy(pa, col, dtype: str, shape: tuple[int, ...]) -> np.ndarray:
    """An Arrow column of (nested) lists -> (T, *shape)."""
    arr = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    while True:
        if isinstance(arr.type, pa.ExtensionType):  # Hugging Face's Array2D, when `datasets` wrote the file
            arr = arr.storage
        elif pa.types.is_list(arr.type) or pa.types.is_large_list(arr.type) or pa.types.is_fixed_size_list(arr.type):
            arr = arr.flatten()
        else:
            return arr.to_numpy(zero_copy_only=False).astype(dtype).reshape(-1, *shape)


def _meta_column(pa, values: list):
    """Episode metadata values -> a column; arrays keep their dtype as the innermost type of nested lists."""
    first = next((v for v in values if v is not None), None)
    if isinstance(first, np.ndarray):
        t = pa.from_numpy_dtype(first.dtype)
        for _ in range(first.ndim):
            t = pa.list_(t)
        return pa.array([None if v is None else v.tolist() for v in values], type=t)
    return pa.array(values)


def _read_rows(pa, pq, path: Path) -> dict[int, dict]:
    """episode_index -> {column: value} from a file of `_write_rows`; arrays come back with their dtype."""
    if not path.exists():
        return {}
    table = pq.read_table(path)
    dtypes = {}
    for f in table.schema:
        t = f.type
        while pa.types.is_list(t) or pa.types.is_fixed_size_list(t):
            t = t.value_type
        dtypes[f.name] = None if pa.types.is_string(t) else t.to_pandas_dtype()
    return {row["episode_index"]: {k: v if v is None or dtypes[k] is None else np.asarray(v, dtype=dtypes[k])
                                   for k, v in row.items()} for row in table.to_pylist()}


def _encode_video(av, path: Path, frames: np.ndarray, mode: str) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    from fractions import Fraction

    with av.open(str(path), "w") as out:
        codec, pix_fmt, options = VIDEO_MODES[mode]
        stream = out.add_stream(codec, rate=FPS)
        stream.height, stream.width = frames.shape[1:3]
        stream.pix_fmt = pix_fmt
        stream.options = {"g": "2", "bf": "0", **options}  # a key frame every 2 frames (fast seeks), no B-frames
        for i, img in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(img), format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, FPS)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    with av.open(str(path)) as f:
        s = f.streams.video[0]
        return {"video.height": s.height, "video.width": s.width, "video.codec": s.codec_context.name,
                "video.pix_fmt": s.pix_fmt, "video.is_depth_map": False, "video.fps": FPS, "video.channels": 3,
                "has_audio": False}


def _decode_video(av, path: Path, fps: int = FPS) -> dict[int, np.ndarray]:
    """Frame number (timestamp x fps) -> RGB."""
    with av.open(str(path)) as f:
        return {round(float(fr.time) * fps): fr.to_ndarray(format="rgb24") for fr in f.decode(video=0)}


def _groups(demos: Iterable[Demo], max_bytes: int) -> Iterable[list[Demo]]:
    group: list[Demo] = []
    size = 0
    for d in demos:
        n = d.rgb.nbytes + d.depth.nbytes * 2 + d.target_mask.size + d.actions.nbytes * 4
        if group and size + n > max_bytes:
            yield group
            group, size = [], 0
        group.append(d)
        size += n
    if group:
        yield group


def export_lerobot(source: str | Path, out: str | Path, video: str = "yuv444p", only_success: bool = False,
                   progress: Callable[[int], None] | None = None) -> dict:
    """Write the demonstrations in the HDF5 file `source` as a LeRobotDataset in the new folder `out`
    (written beside it, then renamed). Returns {"episodes", "frames", "tasks", "files"}."""
    pa, pq, av = _modules()
    source, out = Path(source), Path(out)
    if video not in VIDEO_MODES:
        raise UserError(f"video mode {video!r}: choose one of {', '.join(VIDEO_MODES)}")
    if not source.is_file():
        raise UserError(f"{str(source)!r} does not exist; make demonstrations with `vla-agent collect`")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UserError(f"{str(out)!r} already exists and is not empty; choose a new folder")
    attrs = {k: (v.item() if hasattr(v, "item") else str(v)) for k, v in file_info(source).items()}
    tmp = out.with_name(out.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tasks: dict[str, int] = {}
    episodes: list[dict] = []
    ep_stats: list[dict] = []
    features: dict[str, dict] = {}
    frames = 0
    files = 0
    for files, group in enumerate(_groups(iter_demos(source, only_success, with_start=True), DATA_FILE_MB << 20)):
        where, size, first_frame = _where(files), group[0].rgb.shape[1], frames
        cols: dict[str, list] = {k: [] for k in COLUMNS}
        starts: list[dict] = []
        for d in group:
            k, t = len(episodes), len(d)
            task = tasks.setdefault(d.instruction, len(tasks))
            values = {name: getattr(d, field) for name, (field, _, _) in STEP_FEATURES.items()}
            values["observation.goal"] = np.repeat((np.full(3, np.nan) if d.goal is None else d.goal)[None], t, 0)
            values.update(timestamp=np.arange(t) / FPS, frame_index=np.arange(t), episode_index=np.full(t, k),
                          index=frames + np.arange(t), task_index=np.full(t, task))
            stats = {VIDEO_KEY: _stats(d.rgb, "video")}
            for name, (_, shape) in COLUMNS.items():
                cols[name].append(values[name])
                stats[name] = _stats(values[name], "map" if shape == "map" else "vector")
            ep_stats.append(stats)
            before = frames - first_frame
            ep = {"episode_index": k, "tasks": [d.instruction], "length": t,
                  "data/chunk_index": where["chunk_index"], "data/file_index": where["file_index"],
                  "dataset_from_index": frames, "dataset_to_index": frames + t,
                  f"videos/{VIDEO_KEY}/chunk_index": where["chunk_index"],
                  f"videos/{VIDEO_KEY}/file_index": where["file_index"],
                  f"videos/{VIDEO_KEY}/from_timestamp": before / FPS,
                  f"videos/{VIDEO_KEY}/to_timestamp": (before + t) / FPS,
                  "meta/episodes/chunk_index": 0, "meta/episodes/file_index": 0,
                  "skill": d.skill, "success": bool(d.success), "seed": int(d.seed), "mask_source": d.mask_source}
            starts.append({"episode_index": k, **{f"start/{key}": np.asarray(v) for key, v in (d.start or {}).items()},
                           **{f"target/{key}": np.asarray(v) if np.ndim(v) else v for key, v in (d.target or {}).items()}})
            ep.update({f"stats/{f}/{q}": v for f, st in stats.items() for q, v in st.items()})
            episodes.append(ep)
            frames += t
            if progress:
                progress(len(episodes))
        arrays, hf = {}, {}
        for name, (dtype, shape) in COLUMNS.items():
            arrays[name] = _column(pa, np.concatenate(cols[name]), dtype, shape)
            hf[name] = ({"dtype": dtype, "_type": "Value"} if shape == (1,) else  # Hugging Face `datasets` features
                        {"shape": [size, size], "dtype": dtype, "_type": "Array2D"} if shape == "map" else
                        {"feature": {"dtype": dtype, "_type": "Value"}, "length": shape[0], "_type": "Sequence"})
            features[name] = {"dtype": dtype, "shape": [size, size] if shape == "map" else list(shape),
                              "names": NAMES.get(name)}
        table = pa.table(arrays).replace_schema_metadata({"huggingface": json.dumps({"info": {"features": hf}})})
        path = tmp / DATA_PATH.format(**where)
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, path, compression="snappy")
        _write_rows(pa, pq, tmp / START_PATH.format(**where), starts)
        info = _encode_video(av, tmp / VIDEO_PATH.format(video_key=VIDEO_KEY, **where),
                             np.concatenate([d.rgb for d in group]), video)
        features = {VIDEO_KEY: {"dtype": "video", "shape": [size, size, 3], "names": ["height", "width", "channels"],
                                "info": info}, **features}
    if not episodes:
        raise UserError(f"{source}: no {'successful' if only_success else 'complete'} demonstrations to export")
    _write_meta(pa, pq, tmp, episodes, ep_stats, tasks, features, {**attrs, "video": video}, frames)
    if out.exists():
        out.rmdir()
    tmp.rename(out)
    return {"episodes": len(episodes), "frames": frames, "tasks": len(tasks), "files": files + 1}


def _write_rows(pa, pq, path: Path, rows: list[dict]) -> None:
    keys = list(dict.fromkeys(k for e in rows for k in e))
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({k: _meta_column(pa, [e.get(k) for e in rows]) for k in keys}), path, compression="snappy")


def _write_meta(pa, pq, root: Path, episodes: list[dict], ep_stats: list[dict], tasks: dict[str, int],
                features: dict, attrs: dict, frames: int) -> None:
    _write_rows(pa, pq, root / EPISODES_PATH.format(chunk_index=0, file_index=0), episodes)
    # tasks: what pandas writes for DataFrame({"task_index": ...}, index=tasks), without needing pandas
    column = {"metadata": None, "pandas_type": "int64", "numpy_type": "int64", "name": "task_index", "field_name": "task_index"}
    index = {**column, "pandas_type": "unicode", "numpy_type": "object", "name": None, "field_name": "__index_level_0__"}
    pandas_meta = {"index_columns": ["__index_level_0__"], "columns": [column, index], "pandas_version": "2.2.3",
                   "column_indexes": [{**index, "field_name": None, "metadata": {"encoding": "UTF-8"}}],
                   "creator": {"library": "pyarrow", "version": pa.__version__}}
    table = pa.table({"task_index": pa.array(list(tasks.values()), pa.int64()), "__index_level_0__": list(tasks)})
    pq.write_table(table.replace_schema_metadata({"pandas": json.dumps(pandas_meta)}), root / "meta" / "tasks.parquet")
    stats = {f: {k: v.tolist() for k, v in _aggregate([s[f] for s in ep_stats]).items()} for f in ep_stats[0]}
    (root / "meta" / "stats.json").write_text(json.dumps(stats, indent=4))
    info = {"codebase_version": CODEBASE_VERSION, "robot_type": "franka_panda", "total_episodes": len(episodes),
            "total_frames": frames, "total_tasks": len(tasks), "chunks_size": CHUNK_SIZE,
            "data_files_size_in_mb": DATA_FILE_MB, "video_files_size_in_mb": VIDEO_FILE_MB, "fps": FPS,
            "splits": {"train": f"0:{len(episodes)}"}, "data_path": DATA_PATH, "video_path": VIDEO_PATH,
            "features": features,
            "vla_agent": attrs}
    (root / "meta" / "info.json").write_text(json.dumps(info, indent=4))


def _info(root: Path) -> dict:
    info = json.loads((root / "meta" / "info.json").read_text())
    missing = [k for k in (VIDEO_KEY, *STEP_FEATURES) if k not in info.get("features", {})]
    if missing:
        raise UserError(f"{root}: this LeRobotDataset has no {', '.join(missing)}: only datasets written by "
                        "`vla-agent export lerobot` can train the policy")
    if not str(info.get("codebase_version", "")).startswith("v3."):
        raise UserError(f"{root}: LeRobotDataset {info.get('codebase_version')}; only v3.x is read")
    return info


def lerobot_info(root: str | Path) -> dict[str, object]:
    """What `dataset.file_info` gives for an HDF5 file: mask_source, image_size, band."""
    info = _info(Path(root))
    return {"mask_source": "", "image_size": info["features"][VIDEO_KEY]["shape"][0], "band": 1.0,
            **info.get("vla_agent", {})}


def read_lerobot(root: str | Path, only_success: bool = True) -> list[Demo]:
    """Every demonstration of a LeRobotDataset written by `export_lerobot` (by default only the successful
    ones), in episode order, as `dataset.read_demos(..., with_start=True)` reads them from HDF5."""
    pa, pq, av = _modules()
    root = Path(root)
    info = _info(root)
    fps = int(info.get("fps", FPS))
    eps = pa.concat_tables([pq.read_table(p) for p in sorted((root / "meta" / "episodes").glob("*/*.parquet"))])
    eps = eps.select([c for c in eps.column_names if not c.startswith("stats/")])
    tables: dict[str, tuple] = {}
    videos: dict[str, dict[int, np.ndarray]] = {}
    starts: dict[str, dict[int, dict]] = {}
    out = []
    for ep in sorted(eps.to_pylist(), key=lambda e: e["episode_index"]):
        if only_success and not ep.get("success", True):
            continue
        data = root / info["data_path"].format(chunk_index=ep["data/chunk_index"], file_index=ep["data/file_index"])
        if str(data) not in tables:
            tables.clear()  # files are read in order: one at a time in memory
            t = pq.read_table(data)
            tables[str(data)] = (t["index"].to_numpy(), t["frame_index"].to_numpy(),
                                 {n: _numpy(pa, t[n], dt, (sh, sh) if shape == "map" else shape)
                                  for n, (_, dt, shape) in STEP_FEATURES.items()
                                  for sh in [info["features"][n]["shape"][0]]})
        index, frame_index, columns = tables[str(data)]
        rows = np.flatnonzero((index >= ep["dataset_from_index"]) & (index < ep["dataset_to_index"]))
        rows = rows[np.argsort(frame_index[rows], kind="stable")]
        video = root / info["video_path"].format(video_key=VIDEO_KEY, chunk_index=ep[f"videos/{VIDEO_KEY}/chunk_index"],
                                                 file_index=ep[f"videos/{VIDEO_KEY}/file_index"])
        if str(video) not in videos:
            videos.clear()  # one video file decoded at a time
            videos[str(video)] = _decode_video(av, video, fps)
        first = round(ep[f"videos/{VIDEO_KEY}/from_timestamp"] * fps)
        try:
            rgb = np.stack([videos[str(video)][first + i] for i in range(len(rows))])
        except KeyError:
            raise UserError(f"{video}: frames of episode {ep['episode_index']} are missing") from None
        v = {n: columns[n][rows] for n in STEP_FEATURES}
        goal = v["observation.goal"][0] if len(rows) else np.full(3, np.nan, np.float32)
        extra = root / START_PATH.format(chunk_index=ep["data/chunk_index"], file_index=ep["data/file_index"])
        if str(extra) not in starts:
            starts = {str(extra): _read_rows(pa, pq, extra)}
        more = {k: x for k, x in starts[str(extra)].get(ep["episode_index"], {}).items() if x is not None}
        start = {k[6:]: x for k, x in more.items() if k.startswith("start/")}
        target = {k[7:]: x for k, x in more.items() if k.startswith("target/")}
        out.append(Demo(
            rgb=rgb, depth=v["observation.depth"].astype(np.float16), proprio=v["observation.state"],
            target_mask=v["observation.target_mask"].astype(bool), actions=v["action"],
            dones=v["next.done"].reshape(-1).astype(np.uint8), instruction=str(ep["tasks"][0]),
            skill=str(ep.get("skill") or ""), success=bool(ep.get("success", True)), seed=int(ep.get("seed") or 0),
            goal=None if np.isnan(goal).all() else goal, start=start or None, target=target or None,
            mask_source=str(ep.get("mask_source") or ""),
        ))
    return out
