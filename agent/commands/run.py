"""Carry out one instruction on a scene and print the EpisodeResult (one JSON object with --json)."""

from __future__ import annotations

import argparse
import sys


def add_agent_arguments(p: argparse.ArgumentParser) -> None:
    """The planner and skill options shared by `run`, `chat`, `batch` and `eval`."""
    p.add_argument("--planner", default="auto",
                   help="auto | offline | anthropic[:MODEL] | openai[:MODEL] | openai-compatible[:MODEL] (default auto)")
    p.add_argument("--llm-base-url", metavar="URL", help="base URL of an OpenAI-compatible server (vLLM, Ollama, ...)")
    p.add_argument("--skills", default=None, help="skill set: scripted | learned (default: the package default)")


def add_rerun_argument(p: argparse.ArgumentParser, metavar: str = "FILE.rrd", what: str = "a Rerun .rrd file") -> None:
    p.add_argument("--rerun", metavar=metavar,
                   help=f"log the episode (cameras, masks, plan, actions, clamps) to {what}; "
                        'open it with `rerun FILE.rrd` (needs pip install -e ".[rerun]")')


def add_arguments(p: argparse.ArgumentParser) -> None:
    from agent.commands.scene import add_scene_arguments

    p.add_argument("instruction", help='what to do, e.g. "clear the table"')
    add_scene_arguments(p)
    add_agent_arguments(p)
    p.add_argument("--video", metavar="FILE", help="record the episode to a .gif or .mp4")
    add_rerun_argument(p)
    p.add_argument("--json", action="store_true", help="print the EpisodeResult as one JSON object")


def print_event(event) -> None:
    """One progress line on stderr, so stdout stays clean for --json."""
    where = f"[{event.step}] " if event.step else ""
    print(f"  {event.kind:>8}  {where}{event.message}", file=sys.stderr, flush=True)


def ask_on_terminal(question: str, candidates: list[str]) -> str | None:
    """Answer the agent's question at the terminal; None at end of input."""
    try:
        return input(f"agent asks: {question}\nyou> ")
    except EOFError:
        return None


def main(args: argparse.Namespace) -> int:
    from agent.api import DEFAULT_SKILLS, Agent, check_instruction
    from agent.commands.scene import scene_from_args
    from sim.core.errors import UserError

    text = check_instruction(args.instruction)
    if args.video and not args.video.lower().endswith((".gif", ".mp4")):
        raise UserError(f"--video must end in .gif or .mp4, got {args.video!r}")
    if args.rerun:
        from sim.rerun_recording import check_rerun_path

        check_rerun_path(args.rerun)  # before any work: a .rrd path, and rerun-sdk installed
    spec = scene_from_args(args)
    interactive = sys.stdin.isatty() and not args.json
    with Agent(planner=args.planner, skills=args.skills or DEFAULT_SKILLS, llm_base_url=args.llm_base_url) as bot:
        result = bot.run(text, seed=args.seed, scene=spec, ask=ask_on_terminal if interactive else None,
                         on_event=None if args.json else print_event, video=args.video,
                         rerun=args.rerun)
    if args.json:
        print(result.model_dump_json())
        return 0
    verdict = "success" if result.success else "failed"
    print(f"{verdict}: {len(result.steps)} steps, {result.replans} replans, {result.llm_calls} LLM calls, "
          f"{result.wall_s:.1f} s")
    if result.error:
        print(f"reason: {result.error}")
    if args.video:
        print(f"video: {args.video}")
    if args.rerun:
        print(f"rerun: {args.rerun} (open with: rerun {args.rerun})")
    return 0
