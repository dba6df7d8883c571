"""`vla-agent run / chat / batch / eval` through `cli(argv)`; perception comes from the oracle here."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from agent.cli import cli
from agent.evaluation.suite import check_goal, run_task
from sim.scene import ObjectSpec, SceneSpec
from tests.fakes.oracle import make_oracle_agent, use_oracle_perception

SCENE = SceneSpec(objects=[ObjectSpec(kind="bowl", colour="blue", x=0.45, y=0.15),
                           ObjectSpec(kind="block", colour="red", x=0.4, y=-0.12)])


@pytest.fixture(autouse=True)
def _oracle(monkeypatch: pytest.MonkeyPatch) -> None:
    use_oracle_perception(monkeypatch)


@pytest.fixture
def scene_file(tmp_path: Path) -> Path:
    path = tmp_path / "scene.json"
    path.write_text(SCENE.model_dump_json())
    return path


@pytest.mark.parametrize(("instruction", "why"), [
    ("", "empty"), ("  ", "empty"), ("a" * 2001, "2001 characters"), ("stack\x07 them", "control"),
])
def test_bad_instruction_exits_2_with_one_line(instruction: str, why: str, capsys: pytest.CaptureFixture) -> None:
    assert cli(["run", instruction, "--planner", "offline"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("vla-agent: error:") and why in err[0]


def test_bad_options_exit_2(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    assert cli(["run", "clear the table", "--planner", "nonsense"]) == 2
    assert "unknown planner" in capsys.readouterr().err
    assert cli(["run", "clear the table", "--scene", str(tmp_path / "nope.json")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert cli(["run", "clear the table", "--video", "out.avi"]) == 2
    assert ".gif or .mp4" in capsys.readouterr().err


def test_run_json_prints_one_episode_result(scene_file: Path, capsys: pytest.CaptureFixture) -> None:
    code = cli(["run", "put the red block in the blue bowl", "--scene", str(scene_file), "--planner", "offline",
                "--skills", "scripted", "--json"])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0 and len(out) == 1
    result = json.loads(out[0])
    assert result["success"] is True and result["error"] is None
    assert [s["primitive"]["primitive"] for s in result["steps"]] == ["pick", "place"]
    red = next(o for o in result["final_objects"] if o["name"] == "red block")
    assert abs(red["position"][0] - 0.45) < 0.08 and abs(red["position"][1] - 0.15) < 0.08


def test_run_with_video_and_a_task_it_cannot_do(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    video = tmp_path / "out.gif"
    code = cli(["run", "put the purple block in the bowl", "--seed", "3", "--blocks", "1", "--bowls", "1",
                "--planner", "offline", "--skills", "scripted", "--video", str(video)])
    captured = capsys.readouterr()
    assert code == 1  # the episode ran and the task failed (exit codes: README)
    assert "failed:" in captured.out and "reason: planning failed" in captured.out and "purple" in captured.out
    assert video.exists() and "plan" in captured.err  # progress went to stderr


def test_chat_replays_a_transcript_with_a_question_and_a_follow_up(monkeypatch: pytest.MonkeyPatch,
                                                                   scene_file: Path,
                                                                   capsys: pytest.CaptureFixture) -> None:
    scene = SceneSpec(objects=[*SCENE.objects, ObjectSpec(kind="bowl", colour="green", x=0.65, y=-0.15)])
    scene_file.write_text(scene.model_dump_json())
    transcript = "# a comment\nput the red block in the bowl\nthe green one\n\n\x00bad\nnow put it in the blue bowl\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(transcript))
    assert cli(["chat", "--scene", str(scene_file), "--planner", "offline", "--skills", "scripted"]) == 0
    out = capsys.readouterr().out
    assert "agent: Which bowl" in out and "you> the green one" in out
    assert out.count("agent: done (2 steps)") == 2 and "control characters" in out
    assert out.index("... place(green bowl)") < out.index("... place(blue bowl)")
    assert out.rstrip().endswith("agent: bye")


def test_batch_command_summary_and_resume(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    tasks = tmp_path / "tasks.yaml"
    tasks.write_text("- {id: one, instruction: clear the table, seed: 1, blocks: 1, bowls: 0}\n")
    args = ["batch", str(tasks), "--out", str(tmp_path / "out"), "--planner", "offline", "--skills", "scripted",
            "--json"]
    assert cli(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert first == {"tasks": 1, "finished": 1, "success": 1, "skipped": 0, "success_rate": 1.0,
                     "results": f"{tmp_path / 'out'}/results.jsonl"}
    assert cli(args) == 0
    assert json.loads(capsys.readouterr().out)["skipped"] == 1
    assert cli(args[:-1]) == 0
    assert "1/1 succeeded" in capsys.readouterr().out


def test_workers_default_to_one_per_core_up_to_the_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    from agent.commands.batch import workers_from_args

    monkeypatch.setattr("os.cpu_count", lambda: 2)
    ns = lambda workers=None, world=None: argparse.Namespace(workers=workers, world=world)  # noqa: E731
    assert workers_from_args(ns(), 150) == 2 and workers_from_args(ns(), 1) == 1 and workers_from_args(ns(), 0) == 1
    assert workers_from_args(ns(world="symbolic"), 150) == 1 and workers_from_args(ns(workers=3), 150) == 3
    assert cli(["eval", "--workers", "0"]) == 2


def test_eval_json_and_report(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    # The symbolic world keeps this fast; `run_task` scores each episode with the task's goal on sim state.
    monkeypatch.setattr("agent.evaluation.batch.default_agent", lambda **kw: make_oracle_agent(**{**kw, "skills": "symbolic"}))
    report = tmp_path / "report.html"
    code = cli(["eval", "--suite", "default", "--episodes-per-task", "1", "--planner", "offline", "--json",
                "--report", str(report), "--workers", "1"])  # in this process, where the patch holds
    summary = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(summary["families"]) == {"single", "stack", "sort", "move_all", "clear", "counts"}
    for family in summary["families"].values():
        assert set(family) == {"success_rate", "n", "mean_steps", "llm_calls", "wall_s"} and family["n"] == 1
    assert summary["overall"] == 1.0
    assert "<svg" in report.read_text()
    assert cli(["eval", "--suite", "hard"]) == 2


def test_run_task_scores_with_the_goal_predicate_not_the_agents_verdict() -> None:
    from agent.api import Agent
    from agent.evaluation.suite import make_task
    from agent.planners.function import ReplayPlanner, done, plan
    from sim.symbolic_world import SymbolicWorld

    task = make_task("single", 0)
    world = SymbolicWorld()
    lazy = Agent(planner=ReplayPlanner(plan(done("all done"))), skills="symbolic", world=world, perceiver="oracle")
    result = run_task(lazy, task)
    assert result.error is None and not result.success  # the plan "finished", the goal does not hold
    assert not check_goal(task, world.sim_state())
    with make_oracle_agent(skills="symbolic") as bot:
        assert run_task(bot, task).success and check_goal(task, bot.world.sim_state())
