"""Carry out one instruction on a scene and print the EpisodeResult (one JSON object with --json)."""

from __future__ import annotations

import argparse
import sys


def base_url(text: str) -> str:
    """An argparse type: an http(s) URL (a bad one is a one-line usage error, exit code 2)."""
    from urllib.parse import urlparse

    parts = urlparse(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"must be an http:// or https:// URL, e.g. http://127.0.0.1:8000/v1; got {text!r}")
    return text


def out_folder(text: str) -> str:
    """An argparse type: a folder to write into (it may not exist yet, but must not be a file)."""
    from pathlib import Path

    if Path(text).exists() and not Path(text).is_dir():
        raise argparse.ArgumentTypeError(f"must be a folder, and {text!r} is a file")
    return text


def add_agent_arguments(p: argparse.ArgumentParser) -> None:
    """The planner, skill and world options shared by `run`, `chat`, `batch` and `eval`."""
    from sim.worlds import DEFAULT_WORLD, WORLDS

    p.add_argument("--planner", default="auto",
                   help="auto | offline | anthropic[:MODEL] | openai[:MODEL] | openai-compatible[:MODEL] (default auto)")
    p.add_argument("--llm-base-url", metavar="URL", type=base_url, help="base URL of an OpenAI-compatible server (vLLM, Ollama, ...)")
    p.add_argument("--llm-mode", choices=("plan", "goal"), default="plan",
                   help="plan: an LLM planner plans the steps (default); goal: it only states the goal and the "
                        "offline planner plans")
    p.add_argument("--skills", default=None, help="skill set: scripted | learned (default: the package default)")
    p.add_argument("--world", choices=list(WORLDS), default=None,
                   help=f"the world: {' | '.join(WORLDS)} (default {DEFAULT_WORLD}); symbolic is the physics-free "
                        "test double, with the symbolic skills and the oracle perceiver unless --skills says otherwise")


def add_rerun_argument(p: argparse.ArgumentParser, metavar: str = "FILE.rrd", what: str = "a Rerun .rrd file") -> None:
    p.add_argument("--rerun", metavar=metavar,
                   help=f"log the episode (cameras, masks, plan, actions, clamps) to {what}; "
                        'open it with `rerun FILE.rrd` (needs pip install -e ".[rerun]")')


def add_arguments(p: argparse.ArgumentParser) -> None:
    from agent.commands.fault_options import add_fault_arguments
    from agent.commands.scene import add_scene_arguments

    p.add_argument("instruction", help='what to do, e.g. "clear the table"')
    add_scene_arguments(p)
    add_agent_arguments(p)
    add_fault_arguments(p)
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
    from pathlib import Path

    from agent.api import Agent, check_instruction
    from agent.commands import exit_codes
    from agent.commands.fault_options import faults_from_args
    from agent.commands.scene import scene_from_args
    from sim.core.errors import UserError

    text = check_instruction(args.instruction)
    if args.video and not args.video.lower().endswith((".gif", ".mp4")):
        raise UserError(f"--video must end in .gif or .mp4, got {args.video!r}")
    if args.video and not Path(args.video).resolve().parent.is_dir():
        raise UserError(f"--video: the folder of {args.video!r} does not exist")
    if args.rerun:
        from sim.rerun_recording import check_rerun_path

        check_rerun_path(args.rerun)  # before any work: a .rrd path, and rerun-sdk installed
    spec = scene_from_args(args)
    faults = faults_from_args(args)
    interactive = sys.stdin.isatty() and not args.json
    with Agent(planner=args.planner, skills=args.skills, world=args.world, llm_base_url=args.llm_base_url,
               llm_mode=args.llm_mode, faults=faults) as bot:
        result = bot.run(text, seed=args.seed, scene=spec, ask=ask_on_terminal if interactive else None,
                         on_event=None if args.json else print_event, video=args.video,
                         rerun=args.rerun)
    code = exit_codes.for_episode(result.success)
    if args.json:
        print(result.model_dump_json())
        return code
    verdict = "success" if result.success else "failed"
    clamps = ", ".join(f"{kind} {n}" for kind, n in result.clamps.items()) or "none"
    print(f"{verdict}: {len(result.steps)} steps, {result.replans} replans, {result.llm_calls} LLM calls, "
          f"{result.wall_s:.1f} s; safety clamps: {clamps}")
    if result.error:
        print(f"reason: {result.error} ({result.failure})")
    for fault in result.faults:
        print(f"fault: {fault.kind} after {fault.action} actions: {fault.detail}")
    if args.video:
        print(f"video: {args.video}")
    if args.rerun:
        print(f"rerun: {args.rerun} (open with: rerun {args.rerun})")
    return code
