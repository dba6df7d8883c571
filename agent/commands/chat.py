"""Talk to the agent: one instruction per line on one persistent world; questions are answered inline.

Reads standard input, so a transcript replays: `vla-agent chat < examples/chat_transcript.txt`.
Lines starting with '#' are comments. Commands: /scene (what the agent sees), /reset [SEED], /quit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable


def add_arguments(p: argparse.ArgumentParser) -> None:
    from agent.commands.run import add_agent_arguments, add_rerun_argument
    from agent.commands.scene import add_scene_arguments

    add_scene_arguments(p)
    add_agent_arguments(p)
    add_rerun_argument(p)


def _reader(stream) -> Callable[[str], str | None]:
    """Read the next non-comment line; echo it when it does not come from a terminal, so transcripts read well."""
    tty = stream.isatty()

    def read(prompt: str) -> str | None:
        while True:
            if tty:
                print(prompt, end="", flush=True)
            line = stream.readline()
            if not line:
                return None
            line = line.rstrip("\n")
            if line.strip().startswith("#"):
                continue
            if not tty:
                print(f"{prompt}{line}", flush=True)
            return line

    return read


def main(args: argparse.Namespace) -> int:
    from agent.api import DEFAULT_SKILLS, Agent, check_instruction
    from agent.commands.scene import scene_from_args
    from sim.core.errors import ConfigError, UserError, VlaAgentError

    read = _reader(sys.stdin)
    if args.rerun:
        from sim.rerun_recording import check_rerun_path

        check_rerun_path(args.rerun)  # before the first turn: a .rrd path, and rerun-sdk installed
    spec = scene_from_args(args)

    def ask(question: str, candidates: list[str]) -> str | None:
        print(f"agent: {question}", flush=True)
        return read("you> ")

    def event(e) -> None:
        if e.kind in ("act", "retry", "replan"):
            print(f"  ... {e.message}", flush=True)

    with Agent(planner=args.planner, skills=args.skills or DEFAULT_SKILLS, llm_base_url=args.llm_base_url) as bot:
        bot.reset(args.seed, spec)
        print(f"agent: ready; {len(spec.objects)} objects on the table. Say what to do (/scene, /reset, /quit).",
              flush=True)
        while True:
            line = read("you> ")
            if line is None or line.strip() in ("/quit", "/exit", "quit", "exit"):
                print("agent: bye", flush=True)
                return 0
            if not line.strip():
                continue
            command = line.strip().split()
            if command[0] == "/scene":
                p = bot.perceiver.perceive(bot.world.observe())
                print(p.scene.describe(), flush=True)
                continue
            if command[0] == "/reset":
                seed = int(command[1]) if len(command) > 1 and command[1].isdigit() else args.seed
                spec = bot.reset(seed, None if len(command) > 1 else spec, args.blocks, args.bowls)
                print(f"agent: new scene (seed {seed}), {len(spec.objects)} objects.", flush=True)
                continue
            try:
                result = bot.tell(check_instruction(line), ask=ask, on_event=event, rerun=args.rerun)
            except ConfigError:
                raise
            except UserError as e:
                print(f"agent: {e}", flush=True)
                continue
            except VlaAgentError as e:  # e.g. a planner service error: keep the conversation going
                print(f"agent: error: {e}", flush=True)
                continue
            if result.success:
                moved = sum(s.primitive.primitive in ("pick", "place") for s in result.steps)
                print(f"agent: done ({moved} steps).", flush=True)
            else:
                print(f"agent: I could not do that: {result.error or 'the plan did not finish'}", flush=True)
