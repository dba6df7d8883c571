"""Recovery under faults and failure attribution: in results, the eval summary, the reports and the CLI."""

from __future__ import annotations

import functools

import pytest

from agent.evaluation.evaluate import summarise
from agent.evaluation.report import render_html, render_markdown
from agent.executor.state import failure_cause


def _attempt(ran: bool, ok: bool) -> dict:
    return {"ran": ran, "ok": ok, "message": "", "block": None, "target": None, "kind": None, "object_kind": None}


@pytest.mark.parametrize("state, cause", [
    ({"status": "done", "error": None}, None),
    ({"status": "failed", "error": "step budget exhausted: 60 skill executions; raise ..."}, "budget"),
    ({"status": "failed", "error": "planning failed: I could not understand 'blorp'"}, "understanding"),
    ({"status": "failed", "error": "the agent needs an answer to 'which one?' (nobody can answer in batch mode)"},
     "understanding"),
    ({"status": "failed", "error": "planning failed: there is no purple bowl"}, "planning"),
    ({"status": "failed", "error": "perception failed: empty table"}, "grounding"),
    ({"status": "failed", "error": "pick(red block) failed after 1 attempt(s) and 2 replan(s): no object matches",
      "last": _attempt(ran=False, ok=False)}, "grounding"),
    ({"status": "failed", "error": "pick(red block) failed after 3 attempt(s) and 2 replan(s): grasp failed",
      "last": _attempt(ran=True, ok=False)}, "skill"),
    ({"status": "failed", "error": "pick(red block) failed after 3 attempt(s) and 2 replan(s): perception shows",
      "last": _attempt(ran=True, ok=True)}, "verification"),
    ({"status": "failed", "error": "the goal does not hold: ... after every step ran and 2 replan(s)", "last": None},
     "planning"),
])
def test_failure_cause(state, cause):
    assert failure_cause(state) == cause


def _row(family: str, success: bool, faults: list[str], attempts: list[int] = (1,), replans: int = 0,
         failure: str | None = None) -> dict:
    return {"id": f"{family}-x", "family": family, "instruction": "do it", "success": success, "replans": replans,
            "failure": failure, "error": None if success else "it failed",
            "steps": [{"primitive": {"primitive": "pick"}, "attempts": a} for a in attempts],
            "faults": [{"kind": k, "action": 3, "detail": f"{k} happened"} for k in faults]}


ROWS = [
    _row("single", True, ["knock"], attempts=[1, 2], replans=1),
    _row("single", True, ["slip"], attempts=[1, 1], replans=2),
    _row("stack", False, ["slip"], failure="skill"),
    _row("stack", True, []),  # no fault fired: not part of the recovery figures
    _row("clear", False, [], failure="budget"),
]


def test_summary_reports_recovery_and_attribution():
    summary = summarise(ROWS, with_faults=True)
    assert summary["failures"] == {"skill": 1, "budget": 1}
    faults = summary["faults"]
    assert faults["episodes"] == 3 and faults["recovered"] == 2 and faults["success"] == pytest.approx(2 / 3, abs=1e-4)
    assert faults["by_kind"] == {"knock": {"n": 1, "success_rate": 1.0}, "slip": {"n": 2, "success_rate": 0.5}}
    assert faults["retries_per_recovered"] == 0.5 and faults["replans_per_recovered"] == 1.5
    assert "faults" not in summarise([_row("clear", True, [])])  # nothing injected, nothing to report


@pytest.mark.parametrize("render", [render_markdown, render_html])
def test_reports_show_recovery_and_each_failures_cause(render):
    summary = summarise(ROWS, with_faults=True)
    text = render(summary, [r for r in ROWS if not r["success"]])
    assert "Success under faults: 66.7% of 3 episodes" in text
    assert "1.50 replans per recovered episode" in text
    assert "Failures by cause: budget 1, skill 1." in text
    assert "skill" in text.split("Failed episodes")[1] and "budget" in text.split("Failed episodes")[1]


def test_run_shows_clamps_and_faults_in_its_summary(capsys):
    from agent.cli import cli

    code = cli(["run", "clear the table", "--world", "symbolic", "--planner", "offline", "--faults", "drop_frame",
                "--fault-seed", "3"])
    out = capsys.readouterr().out
    assert code == 0
    assert "safety clamps: none" in out
    assert "fault: drop_frame" in out


def test_fault_options_are_checked(capsys):
    from agent.cli import cli

    assert cli(["run", "clear the table", "--world", "symbolic", "--faults", "wobble"]) == 2
    assert "unknown fault 'wobble'" in capsys.readouterr().err
    assert cli(["eval", "--fault-rate", "0.5"]) == 2
    assert "need --faults" in capsys.readouterr().err


def test_eval_recovers_from_a_knock_and_records_it():
    from agent.evaluation.batch import default_agent
    from agent.evaluation.evaluate import evaluate
    from agent.evaluation.suite import make_task
    from sim.faults import FaultConfig

    task = make_task("single", 0)
    # On PyBullet: there the scripted experts never touch a safety limit (on MuJoCo their descents lag enough that
    # the target meets the box's floor: a `workspace_z` clamp or two).
    summary, rows = evaluate([task], planner="offline", skills="scripted", faults=FaultConfig(("knock",)),
                             factory=functools.partial(default_agent, perceiver="oracle", world="pybullet"))
    row = rows[0]
    assert [f["kind"] for f in row["faults"]] == ["knock"]
    assert row["success"] and row["failure"] is None and row["replans"] + sum(
        s["attempts"] - 1 for s in row["steps"]) >= 1  # it noticed, and recovered
    assert summary["faults"]["recovered"] == 1 and row["clamps"] == {}
