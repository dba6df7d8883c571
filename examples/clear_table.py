"""Clear the table through the Python API, then give a follow-up on the same world.

    python examples/clear_table.py

Runs offline: with no ANTHROPIC_API_KEY / OPENAI_API_KEY set, planner="auto" is the offline planner.
"""

from __future__ import annotations

import agent


def main() -> int:
    # One call: a fresh simulated world (scene seed 0, 4 blocks, 2 bowls), perceive, plan, act, verify.
    result = agent.run("clear the table", seed=0, skills="scripted")
    print(f"clear the table: success={result.success}, {len(result.steps)} steps, {result.wall_s:.1f} s")
    for step in result.steps:
        print(f"  {step.primitive.primitive}: {step.outcome} ({step.attempts} attempt(s))")

    # An Agent keeps its world and the conversation, so follow-ups can say "it".
    with agent.Agent(planner="offline", skills="scripted") as bot:
        first = bot.run("put the orange block in the white bowl", seed=0)
        then = bot.tell("now put it on the pink block")
        print(f"follow-up: {first.success} then {then.success}; error: {then.error}")
    return 0 if result.success and first.success and then.success else 1


if __name__ == "__main__":
    raise SystemExit(main())
