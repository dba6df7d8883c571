"""Every example runs, offline, with the commands written in its own comments (the real stack, end to end)."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from agent.evaluation.batch import load_tasks

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
OFFLINE_ENV = {k: v for k, v in os.environ.items() if k not in ("ANTHROPIC_API_KEY", "OPENAI_API_KEY")}


def documented_command(path: Path) -> list[str]:
    """The `vla-agent ...` command written in a comment of `path`, as argv (without a `< file` redirect)."""
    for line in path.read_text().splitlines():
        if "vla-agent " in line and line.lstrip().startswith("#"):
            command = line[line.index("vla-agent "):].split("<")[0]
            return shlex.split(command)[1:]
    raise AssertionError(f"{path.name} documents no vla-agent command")


def vla_agent(argv: list[str], stdin: Path | None = None) -> subprocess.CompletedProcess:
    with open(stdin or os.devnull, "rb") as f:
        return subprocess.run([sys.executable, "-m", "agent.cli", *argv], cwd=REPO, env=OFFLINE_ENV, stdin=f,
                              capture_output=True, text=True, timeout=600)


def test_examples_are_the_documented_ones() -> None:
    names = {p.name for p in EXAMPLES.iterdir()}
    assert {"chat_transcript.txt", "clear_table.py", "tasks.yaml"} <= names
    assert {p.name for p in EXAMPLES.glob("*.py")} == {"clear_table.py"}  # a new script needs a test here
    assert [t.id for t in load_tasks(EXAMPLES / "tasks.yaml")] == ["clear-seed-1", "red-in-blue", "unstack-tower"]
    assert documented_command(EXAMPLES / "tasks.yaml")[:2] == ["batch", "examples/tasks.yaml"]
    assert documented_command(EXAMPLES / "chat_transcript.txt")[0] == "chat"


@pytest.mark.slow
def test_clear_table_script() -> None:
    proc = subprocess.run([sys.executable, str(EXAMPLES / "clear_table.py")], cwd=REPO, env=OFFLINE_ENV,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert "clear the table: success=True" in proc.stdout


@pytest.mark.slow
def test_chat_transcript_replays() -> None:
    transcript = EXAMPLES / "chat_transcript.txt"
    proc = vla_agent(documented_command(transcript), stdin=transcript)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "agent: Which bowl" in proc.stdout and "you> the white one" in proc.stdout
    assert proc.stdout.count("agent: done") == 3 and proc.stdout.rstrip().endswith("agent: bye")


@pytest.mark.slow
def test_batch_example(tmp_path: Path) -> None:
    argv = documented_command(EXAMPLES / "tasks.yaml")
    argv[argv.index("--out") + 1] = str(tmp_path / "out")
    proc = vla_agent([*argv, "--json"])
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert json.loads(proc.stdout)["success"] == 3
    rows = [json.loads(line) for line in (tmp_path / "out" / "results.jsonl").read_text().splitlines()]
    assert sorted(r["id"] for r in rows) == ["clear-seed-1", "red-in-blue", "unstack-tower"]
