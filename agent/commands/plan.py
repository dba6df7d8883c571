"""Dry run: perceive the scene once and print the goal and the plan for an instruction, without moving the robot.

Perception is the same as `run`'s unless --perceiver says otherwise; --json prints one `DryRun` object
(instruction, goal, goal_text, plan, planner, llm_calls, seed, error). Exit code 0 with a plan, 1 without.
"""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    from agent.commands.run import add_agent_arguments
    from agent.commands.scene import add_scene_arguments

    p.add_argument("instruction", help='what to plan, e.g. "put every block in the bowl of its colour"')
    add_scene_arguments(p)
    add_agent_arguments(p)
    p.add_argument("--perceiver", default=None,
                   help="how the scene is perceived: clip (from RGB-D, as run) or oracle (simulator truth)")
    p.add_argument("--json", action="store_true", help="print one JSON object: the goal and the plan")


def main(args: argparse.Namespace) -> int:
    from agent.api import Agent, check_instruction
    from agent.commands import exit_codes
    from agent.commands.scene import scene_from_args
    from agent.schemas import DryRun
    from sim.core.errors import PlanningError
    from sim.core.goal import describe

    text = check_instruction(args.instruction)
    spec = scene_from_args(args)
    # No skill runs in a dry run: an empty skill set spares loading the policy.
    with Agent(planner=args.planner, skills={}, world=args.world, perceiver=args.perceiver,
               llm_base_url=args.llm_base_url, llm_mode=args.llm_mode) as bot:
        try:
            plan, error = bot.plan(text, scene=spec), None
        except PlanningError as e:
            plan, error = None, str(e)
        usage = bot.planner.usage
        result = DryRun(instruction=text, plan=plan, goal=plan.goal if plan else None, error=error, seed=bot.seed,
                        goal_text=describe(plan.goal) if plan and plan.goal else "", llm_calls=usage.llm_calls,
                        planner=getattr(bot.planner, "name", type(bot.planner).__name__))
    code = exit_codes.for_episode(plan is not None)
    if args.json:
        print(result.model_dump_json())
        return code
    if plan is None:
        print(f"no plan: {error}")
        return code
    print(f"goal: {result.goal_text or '(none stated)'}")
    for i, step in enumerate(plan.steps, start=1):
        print(f"{i:>3}. {step.describe()}")
    return code
