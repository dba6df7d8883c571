"""Rerun recordings (`sim.rerun_recording`, `rerun=` on `Agent.run`/`tell`, `--rerun` on `run` and `chat`):
episodes are written to a .rrd file and read back with `rerun.chunk.RrdReader`."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agent.api import Agent
from agent.cli import cli
from agent.planners.function import ReplayPlanner, done, pick, place, plan
from sim.core.errors import ConfigError, UserError
from sim.scene import ObjectSpec, SceneSpec
from sim.symbolic_world import SymbolicWorld
from sim.world import Action, StepInfo

HAS_RERUN = importlib.util.find_spec("rerun") is not None
needs_rerun = pytest.mark.skipif(not HAS_RERUN, reason='rerun-sdk is not installed (pip install -e ".[rerun]")')

SCENE = SceneSpec(objects=[ObjectSpec(kind="bowl", colour="blue", x=0.45, y=0.15),
                           ObjectSpec(kind="block", colour="red", x=0.4, y=-0.12)])


class Rrd:
    """A .rrd file read back: the temporal rows of each entity (static rows are left out)."""

    def __init__(self, path: Path) -> None:
        from rerun.chunk import RrdReader

        self.batches: dict[str, list[Any]] = defaultdict(list)
        with warnings.catch_warnings():  # a recording still open has no footer yet: read as a stream, it is whole
            warnings.filterwarnings("ignore", message="RRD file has no footer")
            for chunk in RrdReader(path).stream():
                if not chunk.is_static:
                    self.batches[chunk.entity_path.lstrip("/")].append(chunk.to_record_batch())

    def count(self, entity: str) -> int:
        return sum(b.num_rows for b in self.batches.get(entity, []))

    def counts(self) -> dict[str, int]:
        return {e: self.count(e) for e in self.batches}

    def column(self, entity: str, name: str) -> list[tuple[int, Any]]:
        """(step, value) for each row that has `name`, in step order."""
        rows = [(s, v) for b in self.batches.get(entity, []) if name in b.schema.names
                for s, v in zip(b.column("step").to_pylist(), b.column(name).to_pylist())]
        return sorted((r for r in rows if r[1] is not None), key=lambda r: r[0])

    def texts(self, entity: str, component: str = "TextLog:text") -> list[str]:
        return [t for _, v in self.column(entity, component) for t in v]

    def events(self) -> dict[str, int]:
        return {e.removeprefix("agent/events/"): self.count(e) for e in self.batches if e.startswith("agent/events/")}


def symbolic_agent(planner: Any = "offline", world: Any = None) -> Agent:
    return Agent(planner=planner, skills="symbolic", world=world or SymbolicWorld(), perceiver="oracle")


# ----- without rerun-sdk ----------------------------------------------------------------------------
def test_missing_rerun_sdk_is_a_config_error_naming_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from sim.rerun_recording import RerunRecorder

    monkeypatch.setitem(sys.modules, "rerun", None)  # `import rerun` now raises ImportError
    with pytest.raises(ConfigError, match=r'rerun-sdk is not installed; run: pip install -e "\.\[rerun\]"'):
        RerunRecorder(tmp_path / "x.rrd")
    with symbolic_agent() as bot, pytest.raises(ConfigError, match="rerun-sdk"):
        bot.run("put the red block in the bin", scene=SCENE, rerun=tmp_path / "x.rrd")
    assert cli(["run", "clear the table", "--rerun", str(tmp_path / "x.rrd")]) == 2
    assert cli(["chat", "--rerun", str(tmp_path / "x.rrd")]) == 2
    assert not (tmp_path / "x.rrd").exists()


def test_a_recording_must_end_in_rrd(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    with symbolic_agent() as bot, pytest.raises(UserError, match=r"must end in \.rrd"):
        bot.run("put the red block in the bin", scene=SCENE, rerun=tmp_path / "episode.mp4")
    assert cli(["run", "clear the table", "--rerun", str(tmp_path / "episode.txt")]) == 2
    assert "must end in .rrd" in capsys.readouterr().err


def test_nothing_imports_rerun_unless_asked() -> None:
    code = ("import sys, agent, agent.api, agent.cli, agent.commands.run, agent.commands.chat, sim.rerun_recording; "
            "agent.cli.build_parser(); assert 'rerun' not in sys.modules, 'rerun was imported'")
    done_ = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done_.returncode == 0, done_.stderr


# ----- recordings, read back --------------------------------------------------------------------------
@needs_rerun
def test_a_symbolic_episode_is_recorded_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "episode.rrd"
    seen: list[Any] = []
    world = SymbolicWorld()
    with symbolic_agent(world=world) as bot:
        result = bot.run("put the red block in the bin", scene=SCENE, on_event=seen.append, rerun=path)
        assert result.success and [s.outcome for s in result.steps] == ["success", "success"]
        logged = dict(bot._rerun.counts)
        rrd = Rrd(path)  # readable before the recording is closed: flushed after each turn
    assert rrd.counts() == {e: n for e, n in logged.items()}  # everything logged reached the file
    assert rrd.count("robot/action") == world.steps == 2
    assert rrd.count("robot/clamp_count") == 2 and rrd.count("robot/clamps") == 0
    assert rrd.count("robot/gripper_width") == rrd.count("robot/ee_pos") == rrd.count("world/ee") == 2
    # the user's on_event still sees every event; the recording has each one, by kind
    kinds = [e.kind for e in seen]
    assert rrd.events() == {"instruction": 1, **{k: kinds.count(k) for k in set(kinds)}}
    assert rrd.events() == {"instruction": 1, "perceive": 1, "plan": 1, "act": 2, "step": 2, "goal": 1, "done": 1}
    assert rrd.texts("agent/events/instruction") == ["put the red block in the bin"]
    assert rrd.texts("agent/plan", "TextDocument:text") == ["1. pick(red block)\n2. place(bin)\n3. done"]
    assert rrd.texts("agent/events/step") == ["[step 1] pick(red block) ok", "[step 2] place(bin) ok"]
    assert rrd.texts("agent/target")[0].startswith("pick: red block (object) at (")
    assert rrd.texts("agent/target")[1].startswith("place: bin (bin) at (")
    assert rrd.texts("agent/skill") == ["pick: ok: picked red block", "place: ok: placed on bin"]
    # frames: one per perception (perceive, then a verify after each step); no wrist camera, no segmentation
    perceptions = 3
    assert rrd.count("cameras/front/rgb") == rrd.count("cameras/front/depth") == perceptions
    assert rrd.count("cameras/front/masks") == rrd.count("agent/scene") == perceptions
    assert rrd.count("cameras/wrist/rgb") == 0 and rrd.count("cameras/front/segmentation") == 0
    assert [s for s, _ in rrd.column("cameras/front/rgb", "Image:buffer")] == [0, 1, 2]  # on the step timeline
    assert rrd.count("cameras/front/target") == 2  # a mask for the block, a clear for the bin


@needs_rerun
def test_turns_continue_one_recording_and_run_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "chat.rrd"
    scene = SceneSpec(objects=[*SCENE.objects, ObjectSpec(kind="block", colour="green", x=0.5, y=0.1)])
    with symbolic_agent() as bot:
        bot.run("put the red block in the bin", scene=scene, rerun=path)
        bot.tell("put the green block in the bin", rerun=path)
        rrd = Rrd(path)
        assert rrd.count("agent/events/instruction") == 2 and rrd.count("robot/action") == 4
        assert max(s for s, _ in rrd.column("robot/action", "Scalars:scalars")) == 4  # one step timeline
        bot.run("put the red block in the bin", scene=scene, rerun=path)
    from rerun.chunk import RrdReader

    RrdReader(path).store()  # closed by `close()`: the file has its footer (no legacy-format warning)
    rrd = Rrd(path)
    assert rrd.count("agent/events/instruction") == 1 and rrd.count("robot/action") == 2


@needs_rerun
def test_clamps_and_applied_actions_are_logged(tmp_path: Path) -> None:
    class ClampingWorld(SymbolicWorld):
        def step(self, action: Action) -> StepInfo:
            super().step(action)
            return StepInfo(clamps=("workspace_z", "joint_limit"), applied=Action(dpos=np.array([0.0, 0.0, 0.01])))

    path = tmp_path / "clamps.rrd"
    with symbolic_agent(ReplayPlanner(plan(pick("red block"), place("bin"), done())), ClampingWorld()) as bot:
        assert bot.run("bin it", scene=SCENE, rerun=path).success
    rrd = Rrd(path)
    assert rrd.texts("robot/clamps") == ["workspace_z, joint_limit"] * 2
    assert [v for _, v in rrd.column("robot/clamp_count", "Scalars:scalars")] == [[2.0], [2.0]]
    assert [v for _, v in rrd.column("robot/applied", "Scalars:scalars")] == [pytest.approx([0, 0, 0.01, 0, 0])] * 2
    assert [v for _, v in rrd.column("robot/action", "Scalars:scalars")] == [[0.0] * 5] * 2


@needs_rerun
def test_frames_while_a_skill_runs_are_throttled_without_extra_renders(tmp_path: Path) -> None:
    from sim.rerun_recording import RerunRecorder

    class CountingWorld(SymbolicWorld):
        observed = 0

        def observe(self):
            self.observed += 1
            return super().observe()

    for skill_observes in (False, True):  # scripted skills never observe; learned ones observe before each action
        rec = RerunRecorder(tmp_path / f"throttle-{skill_observes}.rrd", frames_every=10)
        inner = CountingWorld()
        world = rec.wrap(inner)
        world.reset(SCENE)  # a frame at step 0
        before = inner.observed
        rec.acting = True
        for _ in range(25):
            if skill_observes:
                world.observe()
            world.step(Action(dpos=np.zeros(3)))
        rec.acting = False
        world.observe()  # perception after the skill: always a frame
        rec.close()
        rrd = Rrd(rec.path)
        assert [s for s, _ in rrd.column("cameras/front/rgb", "Image:buffer")] == [0, 10, 20, 25]
        assert inner.observed - before == (26 if skill_observes else 3)  # the skill's own, or one per frame
        assert rrd.count("robot/action") == 25


@needs_rerun
def test_a_pybullet_pick_logs_cameras_segmentation_and_the_target_mask(tmp_path: Path) -> None:
    from sim.pybullet_world import PyBulletWorld
    from skills.perception.oracle import OraclePerceiver

    class SegmentingOracle(OraclePerceiver):
        """The oracle, with masks from the simulator's segmentation (the shipped oracle's are empty)."""

        def perceive(self, obs):
            p = super().perceive(obs)
            ids = self.world.body_ids()
            p.masks = {n: obs.front.segmentation == ids[n] for n in p.scene.names() if n in ids}
            return p

    path = tmp_path / "pick.rrd"
    world = PyBulletWorld(image_size=64, wrist_camera=True, wrist_size=32)
    try:
        bot = Agent(planner=ReplayPlanner(plan(pick("red block"), done())), skills="scripted", world=world,
                    perceiver=SegmentingOracle(world))
        with bot:
            result = bot.run("pick up the red block", scene=SCENE, rerun=path)
        assert result.success, result.error
        rrd = Rrd(path)
        steps = world.steps
    finally:
        world.close()
    assert rrd.count("robot/action") == rrd.count("robot/gripper_width") == steps > 10
    frames = rrd.count("cameras/front/rgb")
    assert 2 + steps // 10 <= frames <= 2 + steps // 10 + 1  # perceive + verify, and one per 10 actions
    for cam in ("front", "wrist"):
        for kind in ("rgb", "depth", "segmentation"):
            assert rrd.count(f"cameras/{cam}/{kind}") == frames, (cam, kind)
        assert rrd.count(f"cameras/{cam}") == frames  # pose and pinhole
    (step, (buffer,)), = rrd.column("cameras/front/target", "SegmentationImage:buffer")
    assert step == 0 and 5 < sum(buffer) < 64 * 64 // 4  # the red block's pixels in the front image
    assert rrd.count("cameras/front/masks") == 2
    gripper = [v[4] for _, v in rrd.column("robot/action", "Scalars:scalars")]
    assert gripper[0] == 0.0 and gripper[-1] == 1.0  # opens, then closes on the block
    assert rrd.events() == {"instruction": 1, "perceive": 1, "plan": 1, "act": 1, "step": 1, "done": 1}
    size = path.stat().st_size
    assert size < 2_000_000, size


# ----- the command line ----------------------------------------------------------------------------------
@pytest.fixture
def symbolic_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's `Agent(...)` runs on the doubles (SymbolicWorld, symbolic skills, oracle perception)."""
    monkeypatch.setattr("agent.api.Agent", lambda planner, skills, llm_base_url, **_: symbolic_agent(planner))


@needs_rerun
@pytest.mark.usefixtures("symbolic_cli")
def test_run_rerun_flag(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    scene = tmp_path / "scene.json"
    scene.write_text(SCENE.model_dump_json())
    path = tmp_path / "out" / "run.rrd"
    assert cli(["run", "put the red block in the bin", "--scene", str(scene), "--planner", "offline",
                "--rerun", str(path)]) == 0
    assert f"rerun: {path}" in capsys.readouterr().out
    rrd = Rrd(path)
    assert rrd.events() == {"instruction": 1, "perceive": 1, "plan": 1, "act": 2, "step": 2, "goal": 1, "done": 1}
    assert rrd.count("robot/action") == 2 and rrd.count("cameras/front/rgb") == 3


@needs_rerun
@pytest.mark.usefixtures("symbolic_cli")
def test_chat_rerun_flag_records_every_turn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scene = tmp_path / "scene.json"
    scene.write_text(SceneSpec(objects=[*SCENE.objects, ObjectSpec(kind="block", colour="green", x=0.5, y=0.1)])
                     .model_dump_json())
    path = tmp_path / "chat.rrd"
    monkeypatch.setattr("sys.stdin", io.StringIO("put the red block in the bin\nput the green block in the bin\n"))
    assert cli(["chat", "--scene", str(scene), "--planner", "offline", "--rerun", str(path)]) == 0
    rrd = Rrd(path)
    assert rrd.texts("agent/events/instruction") == ["put the red block in the bin", "put the green block in the bin"]
    assert rrd.count("agent/events/done") == 2 and rrd.count("robot/action") == 4


@needs_rerun
def test_a_batch_writes_one_recording_per_task(tmp_path: Path) -> None:
    import functools
    import json

    from agent.evaluation.batch import load_tasks, run_batch
    from tests.fakes.oracle import make_oracle_agent

    lines = [json.dumps({"id": f"task/{i}", "instruction": "clear the table", "seed": i, "blocks": 2, "bowls": 1})
             for i in range(2)]
    (tmp_path / "t.jsonl").write_text("\n".join(lines) + "\n")
    rows = run_batch(load_tasks(tmp_path / "t.jsonl"), tmp_path / "out", planner="offline", skills="symbolic",
                     factory=functools.partial(make_oracle_agent), rerun_dir=tmp_path / "rrd")
    assert all(r["success"] for r in rows)
    files = sorted(p.name for p in (tmp_path / "rrd").iterdir())
    assert files == ["task_0.rrd", "task_1.rrd"]
    for name in files:
        rrd = Rrd(tmp_path / "rrd" / name)
        assert rrd.count("robot/action") > 0 and rrd.events()["done"] == 1
