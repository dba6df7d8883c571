"""`vla-agent bench sim`: a tiny run (2 frames, 2 episodes, no clear-the-table) has the documented JSON shape and
sane values; the first-action process measures on the physics-free world. No wall-clock thresholds."""

from __future__ import annotations

import json
from contextlib import contextmanager

import pytest

from agent.cli import cli
from benchmarks import sim
from sim.worlds import DEFAULT_WORLD

TODAY_KEYS = ("steps_per_s", "actions_per_s", "render_ms", "scripted_success", "scripted_success_by_target",
              "s_per_pick_place", "episodes", "failures")


@pytest.fixture
def progress_calls(monkeypatch: pytest.MonkeyPatch) -> dict:
    """Record the progress bar's total and the units reported."""
    seen: dict = {"total": None, "done": []}

    @contextmanager
    def fake_bar(label: str, total: int, quiet: bool = False):
        seen["total"] = total
        yield seen["done"].append

    monkeypatch.setattr("agent.commands._output.progress_bar", fake_bar)
    return seen


def test_tiny_run_has_the_documented_shape(capsys: pytest.CaptureFixture, progress_calls: dict) -> None:
    code = cli(["bench", "sim", "--episodes", "2", "--frames", "2", "--physics-s", "0.5", "--no-clear-table",
                "--no-first-action", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    worlds, _ = sim.available_worlds()
    assert DEFAULT_WORLD in out["worlds"] and set(out["worlds"]) <= set(worlds)
    assert out["default_world"] == DEFAULT_WORLD
    for w in out["worlds"].values():
        assert set(w["render_ms"]) == {"96", "128", "224"}
        assert all(ms > 0 for ms in w["render_ms"].values())
        assert w["render_includes"] in ("rgb+depth", "rgb+depth+segmentation")
        assert w["steps_per_s"] > 0 and w["actions_per_s"] > 0
        # simulated seconds per wall second = ticks per second x tick length (both rounded)
        assert w["sim_s_per_wall_s"] == pytest.approx(w["steps_per_s"] / w["physics_hz"], rel=0.02, abs=0.01)
        assert 0.0 <= w["scripted_success"] <= 1.0 and w["episodes"] == 2
        assert set(w["scripted_success_by_target"]) == {"bowl", "block"}  # seeds 0 and 1
        assert len(w["failures"]) == round(2 * (1 - w["scripted_success"]))
        assert "clear_table_s" not in w
    assert out["worlds"]["pybullet"]["render_includes"] == "rgb+depth+segmentation"  # TinyRenderer always
    if "mujoco" in out["worlds"]:
        mj = out["worlds"]["mujoco"]
        assert mj["render_includes"] == "rgb+depth"  # the runtime's frame: no segmentation draw
        assert set(mj["render_ms_with_segmentation"]) == {"96", "128", "224"}
        assert mj["physics_hz"] == 500.0 and out["worlds"]["pybullet"]["physics_hz"] == 240.0
    for key in TODAY_KEYS:  # today's keys, for the default world
        assert out[key] == out["worlds"][DEFAULT_WORLD][key]
    assert out["first_action_s"] is None and isinstance(out["notes"], list)
    assert progress_calls["total"] == sim.work_units(list(out["worlds"]), 2, False, False)
    assert progress_calls["done"] == list(range(1, progress_calls["total"] + 1))


def test_first_action_is_measured_inside_the_run_process() -> None:
    got = sim.run_agent_process("symbolic", "symbolic")  # the physics-free world: quick
    assert got["success"] is True and "error" not in got
    assert 0 < got["first_action_s"] <= got["wall_s"] and got["first_action_from_launch_s"] > 0
    stopped = sim.run_agent_process("symbolic", None, stop_at_first_action=True)
    assert stopped["first_action_s"] > 0 and "success" not in stopped and "error" not in stopped


def test_work_units_count_every_part() -> None:
    assert sim.work_units(["pybullet", "mujoco"], 3, clear_table=True, first_action=True) == 2 * (1 + 3 + 2)
    assert sim.work_units([DEFAULT_WORLD], 3, clear_table=False, first_action=True) == 1 + 3 + 1
    assert sim.work_units([DEFAULT_WORLD], 3, clear_table=False, first_action=False) == 1 + 3


@pytest.mark.parametrize("worlds, why", [("symbolic", "not a physics world"), ("nowhere", "not a physics world"),
                                         (",", "empty")])
def test_bad_worlds_exit_2(worlds: str, why: str, capsys: pytest.CaptureFixture) -> None:
    assert cli(["bench", "sim", "--worlds", worlds, "--episodes", "1", "--json"]) == 2
    assert why in capsys.readouterr().err


def test_bad_counts_exit_2(capsys: pytest.CaptureFixture) -> None:
    assert cli(["bench", "sim", "--episodes", "0"]) == 2
    assert cli(["bench", "sim", "--frames", "0"]) == 2
    assert "must be >= 1" in capsys.readouterr().err
