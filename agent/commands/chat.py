"""Talk to the agent: one instruction per line on one persistent world; questions are answered inline.

Reads standard input, so a transcript replays: `vla-agent chat < examples/chat_transcript.txt`.
Lines starting with '#' are comments. Commands: /scene (what the agent sees), /reset [SEED], /quit.
Ctrl-C during a turn stops it (the arm stays where it is) and the chat goes on; at the prompt it ends the chat.
Exit code 1 when any instruction it carried out failed or was refused (lines it rejected, such as an empty
one, and turns stopped with Ctrl-C do not count).
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
    from agent.api import Agent
    from agent.commands import exit_codes
    from agent.commands.scene import scene_from_args

    read = _reader(sys.stdin)
    if args.rerun:
        from sim.rerun_recording import check_rerun_path

        check_rerun_path(args.rerun)  # before the first turn: a .rrd path, and rerun-sdk installed
    spec = scene_from_args(args)
    args.spec = spec  # the scene /reset returns to

    def ask(question: str, candidates: list[str]) -> str | None:
        print(f"agent: {question}", flush=True)
        return read("you> ")

    def event(e) -> None:
        if e.kind in ("act", "retry", "replan"):
            print(f"  ... {e.message}", flush=True)

    failed = 0  # instructions carried out that failed or were refused
    with Agent(planner=args.planner, skills=args.skills, world=args.world, llm_base_url=args.llm_base_url,
               llm_mode=args.llm_mode) as bot:
        bot.reset(args.seed, spec)
        print(f"agent: ready; {len(spec.objects)} objects on the table. Say what to do (/scene, /reset, /quit).",
              flush=True)
        while True:
            line = read("you> ")  # Ctrl-C here ends the chat (exit code 130)
            if line is None or line.strip() in ("/quit", "/exit", "quit", "exit"):
                print("agent: bye", flush=True)
                return exit_codes.FAILED if failed else exit_codes.OK
            if not line.strip():
                continue
            try:
                failed += not _turn(bot, line, args, ask, event)
            except KeyboardInterrupt:  # the turn stops between two actions; the world stays as it is
                print("agent: stopped; the arm stays where it is. What next?", flush=True)


def _turn(bot, line: str, args: argparse.Namespace, ask, event) -> bool:
    """Answer one line: a command, or an instruction carried out. False when an instruction failed or was refused."""
    from agent.api import check_instruction
    from sim.core.errors import ConfigError, UserError, VlaAgentError

    command = line.strip().split()
    if command[0] == "/scene":
        p = bot.perceiver.perceive(bot.world.observe())
        print(p.scene.describe(), flush=True)
        return True
    if command[0] == "/reset":
        seed = int(command[1]) if len(command) > 1 and command[1].isdigit() else args.seed
        spec = bot.reset(seed, None if len(command) > 1 else args.spec, args.blocks, args.bowls)
        args.spec = spec
        print(f"agent: new scene (seed {seed}), {len(spec.objects)} objects.", flush=True)
        return True
    try:
        result = bot.tell(check_instruction(line), ask=ask, on_event=event, rerun=args.rerun)
    except ConfigError:
        raise
    except UserError as e:  # a line it cannot take (empty, control characters): said, and not counted
        print(f"agent: {e}", flush=True)
        return True
    except VlaAgentError as e:  # e.g. a planner service error: keep the conversation going
        print(f"agent: error: {e}", flush=True)
        return False
    if result.success:
        moved = sum(s.primitive.primitive in ("pick", "place") for s in result.steps)
        print(f"agent: done ({moved} steps).", flush=True)
        return True
    print(f"agent: I could not do that: {result.error or 'the plan did not finish'}", flush=True)
    return False
