"""`vla-agent bench planner --executed N`: random blocks-world problems carried out by the agent, judged on ground truth."""

from __future__ import annotations

import json

from agent.cli import cli as cli_main
from benchmarks.planner import executed_problems
from sim.core import layout
from sim.core.lexicon import PLACES
from sim.predicates import at, inside, on, on_table
from sim.symbolic_world import SymbolicWorld

KEYS = {"executed", "executed_world", "executed_skills", "executed_success", "verdict_agrees", "executed_reached",
        "executed_verdict_success", "executed_disagreements", "executed_mean_steps", "executed_failures",
        "executed_disagreement_list"}


def test_executed_problems_are_fixed_and_reset_to_what_they_say() -> None:
    """Same seed, same problems; every scene resets to its stated supports (towers, bowls, places) in a world."""
    problems = executed_problems(12, seed=3)
    assert [(s.model_dump(), g, t) for s, g, t in problems] == [(s.model_dump(), g, t) for s, g, t in executed_problems(12, 3)]
    world = SymbolicWorld()
    for spec, goal, text in problems:
        assert 3 <= sum(o.kind == "block" for o in spec.objects) <= 6 and goal and text
        world.reset(spec)
        truth = world.sim_state()
        kinds = {o.name: o.kind for o in spec.objects}
        for o in spec.objects:
            if o.kind != "block":
                continue
            if o.on is None:
                assert on_table(truth, o.name)
                near = [p for p, xy in layout.PLACES.items() if abs(xy[0] - o.x) < 0.07 and abs(xy[1] - o.y) < 0.07]
                assert not near or at(truth, o.name, near[0]) and near[0] in PLACES
            elif kinds[o.on] == "bowl":
                assert inside(truth, o.name, o.on)
            else:
                assert on(truth, o.name, o.on)


def test_executed_part_on_the_symbolic_world(capsys) -> None:
    """Two problems through the real agent on the symbolic world: the keys are there; verdict equals ground truth."""
    code = cli_main(["bench", "planner", "--problems", "1", "--episodes", "0", "--executed", "2",
                     "--world", "symbolic", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert KEYS <= out.keys()
    assert out["executed"] == 2 and out["executed_world"] == "symbolic" and out["executed_skills"] == "symbolic"
    assert out["verdict_agrees"] == 1.0 and out["executed_disagreements"] == 0 and out["executed_disagreement_list"] == []
    assert out["executed_reached"] == out["executed_verdict_success"]
    assert out["executed_success"] == out["executed_reached"] / 2
    assert out["executed_mean_steps"] > 0
    assert "plan_correct" in out  # the quick blocks-world half still runs


def test_executed_is_off_by_default(capsys) -> None:
    assert cli_main(["bench", "planner", "--problems", "2", "--episodes", "0", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert not KEYS & out.keys()
