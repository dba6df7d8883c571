"""Exit codes (0 succeeded, 1 failed or refused, 2 bad input, 130 interrupted) for run, chat, batch and eval;
Ctrl-C in chat; batch workers that die with their parent. The symbolic world keeps these fast."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from agent.cli import cli
from agent.commands import exit_codes
from agent.evaluation.batch import RESULTS, read_results
from skills import registry
from skills.symbolic import make_skills as symbolic_skills

REPO = Path(__file__).resolve().parents[2]
SYM = ["--world", "symbolic", "--planner", "offline"]
RED_TO_BOWL = "put the red block in the blue bowl"
SCENE = {"objects": [{"kind": "block", "colour": "red", "x": 0.4, "y": -0.1},
                     {"kind": "bowl", "colour": "blue", "x": 0.5, "y": 0.15}]}


@pytest.fixture
def scene_file(tmp_path: Path) -> Path:
    path = tmp_path / "scene.json"
    path.write_text(json.dumps(SCENE))
    return path


@pytest.fixture
def interrupting_skills(monkeypatch: pytest.MonkeyPatch) -> None:
    """A skill set "interrupt" whose first pick is stopped by Ctrl-C (KeyboardInterrupt) half-way."""
    calls = {"pick": 0}

    def make() -> dict:
        skills = symbolic_skills()
        pick = skills["pick"]

        def interrupted_once(world, target):
            calls["pick"] += 1
            if calls["pick"] == 1:
                raise KeyboardInterrupt
            return pick(world, target)

        return {**skills, "pick": interrupted_once}

    monkeypatch.setitem(registry._REGISTRY, "interrupt", make)


def test_the_codes_are_documented_in_help(capsys: pytest.CaptureFixture) -> None:
    for argv in (["--help"], ["run", "--help"], ["chat", "--help"], ["batch", "--help"], ["eval", "--help"]):
        assert cli(argv) == 0
        out = capsys.readouterr().out
        assert "exit codes:" in out and "130" in out and "bad input or configuration" in out


# --- run ------------------------------------------------------------------------------------------
def test_run_exits_0_on_success_and_1_on_failure_with_the_json_printed(scene_file: Path,
                                                                       capsys: pytest.CaptureFixture) -> None:
    assert cli(["run", RED_TO_BOWL, "--scene", str(scene_file), *SYM, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["success"] is True
    # planning fails: the object is absent
    assert cli(["run", "put the purple block in the blue bowl", "--scene", str(scene_file), *SYM, "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["success"] is False and "planning failed" in result["error"]


def test_run_exits_1_when_a_question_goes_unanswered(scene_file: Path, capsys: pytest.CaptureFixture,
                                                     tmp_path: Path) -> None:
    two_bowls = {"objects": [*SCENE["objects"], {"kind": "bowl", "colour": "green", "x": 0.62, "y": -0.15}]}
    scene_file.write_text(json.dumps(two_bowls))
    assert cli(["run", "put the red block in the bowl", "--scene", str(scene_file), *SYM, "--json"]) == 1
    assert "needs an answer" in json.loads(capsys.readouterr().out)["error"]


def test_run_exits_1_when_a_step_keeps_failing(scene_file: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setitem(registry._REGISTRY, "clumsy", lambda: symbolic_skills(pick_failures=100))
    code = cli(["run", RED_TO_BOWL, "--scene", str(scene_file), *SYM, "--skills", "clumsy"])
    out = capsys.readouterr().out
    assert code == 1 and out.startswith("failed:") and "grasp failed" in out


@pytest.mark.parametrize("argv", [
    ["run", RED_TO_BOWL, "--seed", "-1"],
    ["run", RED_TO_BOWL, "--blocks", "99", *SYM],
    ["run", "", *SYM],
    ["run", RED_TO_BOWL, "--world", "mars"],
    ["run", RED_TO_BOWL, "--skills", "nonsense", *SYM],
    ["run", RED_TO_BOWL, "--planner", "anthropic", "--world", "symbolic"],  # no API key
])
def test_run_exits_2_on_bad_input_with_one_line(argv: list[str], monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    assert cli(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1 and "Traceback" not in captured.err


def test_run_exits_130_when_interrupted(scene_file: Path, interrupting_skills: None,
                                        capsys: pytest.CaptureFixture) -> None:
    assert cli(["run", RED_TO_BOWL, "--scene", str(scene_file), *SYM, "--skills", "interrupt"]) == 130
    assert capsys.readouterr().err.strip().endswith("vla-agent: interrupted")


def test_run_on_pybullet_exits_1_when_the_task_fails(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture) -> None:
    """The default world once: an absent object is refused, and the episode's JSON is still printed."""
    monkeypatch.setattr("agent.api.DEFAULT_PERCEIVER", "oracle")
    code = cli(["run", "put the purple block in the bin", "--seed", "2", "--blocks", "1", "--bowls", "0",
                "--planner", "offline", "--skills", "scripted", "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 1 and result["success"] is False and "purple" in result["error"]


# --- chat -----------------------------------------------------------------------------------------
def _chat(monkeypatch: pytest.MonkeyPatch, scene_file: Path, transcript: str, *extra: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(transcript))
    return cli(["chat", "--scene", str(scene_file), *SYM, *extra])


def test_chat_exits_0_when_every_instruction_was_done(monkeypatch: pytest.MonkeyPatch, scene_file: Path,
                                                      capsys: pytest.CaptureFixture) -> None:
    assert _chat(monkeypatch, scene_file, f"{RED_TO_BOWL}\n\x01 a bad line, answered and not counted\n") == 0
    out = capsys.readouterr().out
    assert "agent: done" in out and "control characters" in out


def test_chat_exits_1_when_an_instruction_failed(monkeypatch: pytest.MonkeyPatch, scene_file: Path,
                                                 capsys: pytest.CaptureFixture) -> None:
    assert _chat(monkeypatch, scene_file, f"put the purple block in the bowl\n{RED_TO_BOWL}\n") == 1
    out = capsys.readouterr().out
    assert "I could not do that" in out and "agent: done" in out and out.rstrip().endswith("agent: bye")


def test_ctrl_c_during_an_action_cancels_the_turn_and_the_chat_goes_on(
        monkeypatch: pytest.MonkeyPatch, scene_file: Path, interrupting_skills: None,
        capsys: pytest.CaptureFixture) -> None:
    code = _chat(monkeypatch, scene_file, f"{RED_TO_BOWL}\n{RED_TO_BOWL}\n", "--skills", "interrupt")
    out = capsys.readouterr().out
    assert code == 0  # the stopped turn does not count; the second one succeeded
    assert out.index("agent: stopped; the arm stays where it is") < out.index("agent: done")
    assert out.rstrip().endswith("agent: bye")


def test_ctrl_c_at_the_prompt_ends_the_chat_with_130(monkeypatch: pytest.MonkeyPatch, scene_file: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    class CtrlC(io.StringIO):
        def readline(self, *args: object) -> str:
            raise KeyboardInterrupt

    monkeypatch.setattr("sys.stdin", CtrlC())
    assert cli(["chat", "--scene", str(scene_file), *SYM]) == 130


# --- batch and eval -------------------------------------------------------------------------------
def _batch(tmp_path: Path, lines: list[dict], *extra: str) -> int:
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return cli(["batch", str(tasks), "--out", str(tmp_path / "out"), *SYM, "--json", *extra])


def test_batch_exits_0_when_every_task_succeeded_and_1_when_any_failed(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture) -> None:
    ok = {"id": "ok", "instruction": "clear the table", "seed": 1, "blocks": 2, "bowls": 1}
    assert _batch(tmp_path, [ok]) == 0
    assert json.loads(capsys.readouterr().out)["success"] == 1
    bad = {"id": "bad", "instruction": "put the purple block in the bin", "seed": 1, "blocks": 1, "bowls": 0}
    assert _batch(tmp_path, [ok, bad]) == 1  # a rerun: "ok" is skipped, "bad" fails
    summary = json.loads(capsys.readouterr().out)
    assert (summary["success"], summary["finished"], summary["skipped"]) == (1, 2, 1)


def test_batch_with_a_malformed_line_in_the_middle_exits_2_naming_the_line(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture) -> None:
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text('{"id": "a", "instruction": "clear the table"}\n{"id": "b", "instruction": \n'
                     '{"id": "c", "instruction": "clear the table"}\n')
    assert cli(["batch", str(tasks), "--out", str(tmp_path / "out"), *SYM]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "tasks.jsonl" in err[0] and "line 2" in err[0] and "not valid JSON" in err[0]
    assert not (tmp_path / "out").exists()  # nothing ran


def test_eval_exits_0_when_every_episode_succeeded_and_1_when_any_failed(monkeypatch: pytest.MonkeyPatch,
                                                                         capsys: pytest.CaptureFixture) -> None:
    argv = ["eval", "--episodes-per-task", "1", *SYM, "--json"]
    assert cli(argv) == 0
    assert json.loads(capsys.readouterr().out)["overall"] == 1.0
    monkeypatch.setitem(registry._REGISTRY, "clumsy", lambda: symbolic_skills(pick_failures=100))
    assert cli([*argv, "--skills", "clumsy"]) == 1
    assert json.loads(capsys.readouterr().out)["overall"] == 0.0
    assert cli(["eval", "--episodes-per-task", "0", *SYM]) == 2


# --- batch workers die with their parent ------------------------------------------------------------
def _pool_workers(pid: int) -> list[int]:
    """The spawned pool workers among `pid`'s children (not multiprocessing's resource tracker)."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    children = [int(c) for c in path.read_text().split()] if path.exists() else []
    return [c for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its exit status is left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_batch_workers_die_with_a_killed_parent_quietly_and_a_rerun_completes(tmp_path: Path) -> None:
    n = 12
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("".join(json.dumps({"id": f"t{i:02d}", "instruction": "clear the table", "seed": i,
                                         "blocks": 2, "bowls": 1}) + "\n" for i in range(n)))
    out = tmp_path / "out"
    script = tmp_path / "batch.py"
    script.write_text(textwrap.dedent(f"""\
        import functools, sys
        sys.path.insert(0, {str(REPO)!r})
        from agent.evaluation.batch import load_tasks, run_batch
        from tests.fakes.oracle import make_oracle_agent
        if __name__ == "__main__":  # spawned workers import this file
            run_batch(load_tasks(sys.argv[1]), sys.argv[2], workers=2, planner="offline", skills="symbolic",
                      factory=functools.partial(make_oracle_agent, delay_s=0.3))
        """))
    cmd = [sys.executable, str(script), str(tasks), str(out)]
    log = tmp_path / "stderr.txt"
    with open(log, "wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + 120
        while len(read_results(out)) < 2:
            assert proc.poll() is None, log.read_text()[-2000:]
            assert time.monotonic() < deadline, "the batch made no progress"
            time.sleep(0.02)
        workers = _pool_workers(proc.pid)
        assert len(workers) >= 2
    finally:
        proc.kill()  # SIGKILL to the parent alone, as an OOM killer or `kill -9` would
        proc.wait()
    deadline = time.monotonic() + 30  # a bound against hanging, not a speed check
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers), "workers outlived their parent"
    time.sleep(0.5)  # anything a dying worker wrote has reached the file
    assert "Traceback" not in log.read_text() and "BrokenPipeError" not in log.read_text()
    assert len(read_results(out)) < n
    rerun = subprocess.run(cmd, capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]
    ids = [json.loads(line)["id"] for line in (out / RESULTS).read_text().splitlines()]
    assert sorted(ids) == [f"t{i:02d}" for i in range(n)]  # none lost, none duplicated


def test_exit_codes_module_matches_the_contract() -> None:
    assert (exit_codes.OK, exit_codes.FAILED, exit_codes.BAD_INPUT, exit_codes.INTERRUPTED) == (0, 1, 2, 130)
    assert exit_codes.for_episode(True) == 0 and exit_codes.for_episode(False) == 1
