"""`vla-agent export lerobot`: demonstrations as a LeRobotDataset v3.0, checked against the published layout with
pyarrow and av, read back into our loader, and trained on."""

import json
import sys

import numpy as np
import pytest

pa = pytest.importorskip("pyarrow", reason='the lerobot extra is not installed (pip install -e ".[lerobot]")')
av = pytest.importorskip("av", reason='the lerobot extra is not installed (pip install -e ".[lerobot]")')
pq = pytest.importorskip("pyarrow.parquet")

from sim.core.errors import ConfigError, UserError  # noqa: E402
from skills.training import lerobot as L  # noqa: E402
from skills.training.dataset import file_info, read_demos  # noqa: E402

KEY = "observation.images.front"


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """One real two-round episode (4 demonstrations at 64 px) and its export with the default video."""
    from skills.training.collect import CollectConfig, collect

    root = tmp_path_factory.mktemp("lerobot")
    h5 = root / "demos.h5"
    collect(h5, 1, workers=1, cfg=CollectConfig(mask="segmentation", world_size=64), first_seed=5)  # a successful pick
    out = root / "ds"
    result = L.export_lerobot(h5, out)
    return h5, out, result


def test_layout_and_metadata_follow_v3(collected):
    h5, out, result = collected
    demos = read_demos(h5, only_success=False)
    n, frames = len(demos), sum(len(d) for d in demos)
    assert result == {"episodes": n, "frames": frames, "tasks": len({d.instruction for d in demos}), "files": 1}
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["data/chunk-000/file-000.parquet", "meta/episodes/chunk-000/file-000.parquet", "meta/info.json",
                     "meta/stats.json", "meta/tasks.parquet", "meta/vla_agent/start/chunk-000/file-000.parquet",
                     f"videos/{KEY}/chunk-000/file-000.mp4"]
    info = json.loads((out / "meta/info.json").read_text())
    assert info["codebase_version"] == "v3.0" and info["fps"] == 10 and info["splits"] == {"train": f"0:{n}"}
    assert (info["total_episodes"], info["total_frames"], info["total_tasks"]) == (n, frames, result["tasks"])
    assert info["data_path"] == "data/chunk-{chunk_index:03d}/file-{file_index:03d}.parquet"
    assert info["video_path"] == "videos/{video_key}/chunk-{chunk_index:03d}/file-{file_index:03d}.mp4"
    for key in ("chunks_size", "data_files_size_in_mb", "video_files_size_in_mb", "robot_type"):
        assert key in info
    feats = info["features"]
    assert feats[KEY]["dtype"] == "video" and feats[KEY]["shape"] == [64, 64, 3]
    assert feats[KEY]["info"]["video.codec"] == "h264" and feats[KEY]["info"]["video.fps"] == 10
    assert {k: (v["dtype"], v["shape"]) for k, v in feats.items() if k != KEY} == {
        "observation.state": ("float32", [6]), "observation.goal": ("float32", [3]),
        "observation.depth": ("float32", [64, 64]), "observation.target_mask": ("uint8", [64, 64]),
        "action": ("float32", [5]), "next.done": ("bool", [1]), "timestamp": ("float32", [1]),
        "frame_index": ("int64", [1]), "episode_index": ("int64", [1]), "index": ("int64", [1]),
        "task_index": ("int64", [1])}
    assert info["vla_agent"]["mask_source"] == "segmentation" and info["vla_agent"]["image_size"] == 64
    # tasks: a pandas frame indexed by the task string, as LeRobot writes it
    tasks = pq.read_table(out / "meta/tasks.parquet")
    assert json.loads(tasks.schema.metadata[b"pandas"])["index_columns"] == ["__index_level_0__"]
    task_of = dict(zip(tasks["__index_level_0__"].to_pylist(), tasks["task_index"].to_pylist()))
    # episodes: contiguous rows, video spans one after another in the file
    eps = pq.read_table(out / "meta/episodes/chunk-000/file-000.parquet").to_pylist()
    assert [e["episode_index"] for e in eps] == list(range(n)) and [e["length"] for e in eps] == [len(d) for d in demos]
    assert [e["tasks"] for e in eps] == [[d.instruction] for d in demos]
    assert [(e["skill"], e["success"], e["seed"]) for e in eps] == [(d.skill, d.success, d.seed) for d in demos]
    ends = np.cumsum([0] + [len(d) for d in demos])
    assert [(e["dataset_from_index"], e["dataset_to_index"]) for e in eps] == list(zip(ends[:-1], ends[1:]))
    assert [e[f"videos/{KEY}/from_timestamp"] for e in eps] == pytest.approx(ends[:-1] / 10)
    assert eps[0]["stats/action/mean"] == pytest.approx(demos[0].actions.mean(0).tolist(), abs=1e-6)
    # steps
    data = pq.read_table(out / "data/chunk-000/file-000.parquet")
    assert data.num_rows == frames and data["index"].to_pylist() == list(range(frames))
    assert np.allclose(data["timestamp"].to_numpy(), data["frame_index"].to_numpy() / 10)
    assert data["task_index"].to_pylist() == [task_of[d.instruction] for d in demos for _ in range(len(d))]
    stats = json.loads((out / "meta/stats.json").read_text())
    assert set(stats) == set(feats)
    assert set(stats["action"]) == {"min", "max", "mean", "std", "count", "q01", "q10", "q50", "q90", "q99"}
    assert np.shape(stats[KEY]["mean"]) == (3, 1, 1) and stats["action"]["count"] == [frames]
    assert stats["action"]["mean"] == pytest.approx(np.concatenate([d.actions for d in demos]).mean(0), abs=1e-6)
    with av.open(str(out / f"videos/{KEY}/chunk-000/file-000.mp4")) as f:
        times = [float(fr.time) for fr in f.decode(video=0)]
    assert len(times) == frames and times == pytest.approx(np.arange(frames) / 10)


def test_round_trip_gives_the_same_arrays(collected):
    h5, out, _ = collected
    a, b = read_demos(h5, only_success=False, with_start=True), L.read_lerobot(out, only_success=False)
    assert len(a) == len(b) >= 2
    for x, y in zip(a, b):
        for key in ("depth", "proprio", "target_mask", "actions", "dones", "goal"):
            assert getattr(x, key).dtype == getattr(y, key).dtype and np.array_equal(getattr(x, key), getattr(y, key)), key
        assert (x.instruction, x.skill, x.success, x.seed, x.mask_source) == (y.instruction, y.skill, y.success, y.seed, y.mask_source)
        assert x.rgb.shape == y.rgb.shape and np.abs(x.rgb.astype(int) - y.rgb).max() <= 3  # 4:4:4, qp 0: rounding only
        assert x.start.keys() == y.start.keys() and all(np.array_equal(x.start[k], y.start[k]) for k in x.start)
        assert x.target.keys() == y.target.keys() and all(np.array_equal(x.target[k], y.target[k]) for k in x.target)
    info = L.lerobot_info(out)
    assert {k: info[k] for k in file_info(h5)} == {k: v.item() if hasattr(v, "item") else v for k, v in file_info(h5).items()}


def test_browser_video_is_close_and_rgb_video_is_exact_across_files(collected, tmp_path, monkeypatch):
    h5, _, _ = collected
    a = read_demos(h5)
    out = tmp_path / "420"
    L.export_lerobot(h5, out, video="yuv420p")
    err = np.concatenate([np.abs(x.rgb.astype(int) - y.rgb).ravel() for x, y in zip(a, L.read_lerobot(out))])
    assert err.mean() < 8  # halved chroma: a few levels on average, more at coloured edges
    monkeypatch.setattr(L, "DATA_FILE_MB", 0)  # one file per episode
    out = tmp_path / "rgb"
    assert L.export_lerobot(h5, out, video="rgb")["files"] == len(a)
    assert (out / f"videos/{KEY}/chunk-000/file-{len(a) - 1:03d}.mp4").exists()
    b = L.read_lerobot(out)
    assert all(np.array_equal(x.rgb, y.rgb) and np.array_equal(x.actions, y.actions) for x, y in zip(a, b))


def test_training_reads_the_folder_and_the_cli_exports(collected, tmp_path):
    from agent.cli import cli
    from skills.training.policy import TrainConfig, train

    h5, out, _ = collected
    ds = tmp_path / "cli_ds"
    assert cli(["export", "lerobot", str(h5), str(ds), "--json"]) == 0
    assert L.is_lerobot(ds)
    result = train(TrainConfig(data=ds, out=tmp_path / "run", steps=2, batch=4, eval_every=2, warmup=1))
    assert result["steps_done"] == 2 and result["demos"] == len(read_demos(h5)) and result["mask_source"] == "segmentation"
    assert (tmp_path / "run" / "policy.safetensors").exists()
    assert cli(["train", "policy", "--data", str(out), "--out", str(tmp_path / "run2"), "--steps", "1", "--batch", "2", "--no-export"]) == 0


def test_errors_say_what_to_do(collected, tmp_path, monkeypatch):
    from skills.training.policy import load_demos

    h5, out, _ = collected
    with pytest.raises(UserError, match="not empty"):
        L.export_lerobot(h5, out)
    with pytest.raises(UserError, match="video mode"):
        L.export_lerobot(h5, tmp_path / "x", video="mjpeg")
    (tmp_path / "plain").mkdir()
    with pytest.raises(UserError, match="not a LeRobotDataset"):
        load_demos(tmp_path / "plain")
    foreign = tmp_path / "foreign" / "meta"
    foreign.mkdir(parents=True)
    (foreign / "info.json").write_text(json.dumps({"codebase_version": "v3.0", "features": {"action": {}}}))
    with pytest.raises(UserError, match="export lerobot"):
        L.read_lerobot(foreign.parent)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ConfigError, match=r"pip install -e \"\.\[lerobot\]\""):
        L.export_lerobot(h5, tmp_path / "y")


def test_lerobots_own_loader_reads_the_export(collected):
    """Runs where LeRobot itself is installed (it needs torchvision and torch < 2.11; this project pins torch 2.13
    CPU, so not here)."""
    lerobot_dataset = pytest.importorskip(
        "lerobot.datasets.lerobot_dataset",
        reason="lerobot is not installed (it needs torchvision and torch<2.11, this environment pins torch 2.13 CPU)")
    h5, out, _ = collected
    demos = read_demos(h5, only_success=False)
    ds = lerobot_dataset.LeRobotDataset("local/vla_agent_demos", root=out)
    assert ds.num_episodes == len(demos) and ds.num_frames == sum(len(d) for d in demos) and ds.fps == 10
    last = len(demos[0])  # the second episode's first frame
    item = ds[last]
    assert int(item["episode_index"]) == 1 and int(item["frame_index"]) == 0 and item["task"] == demos[1].instruction
    assert np.array_equal(item["action"].numpy(), demos[1].actions[0])
    assert np.array_equal(item["observation.target_mask"].numpy(), demos[1].target_mask[0].astype(np.uint8))
    img = (item[KEY].numpy() * 255).round().astype(int).transpose(1, 2, 0)
    assert np.abs(img - demos[1].rgb[0]).max() <= 3
