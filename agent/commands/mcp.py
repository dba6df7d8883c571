"""Serve the agent to MCP clients over stdio (Claude Desktop, IDEs, other agents): tools and resources.

Tools: reset_scene, run_instruction, plan, look, ask. Resources: the last episode's result (JSON) and video
(MP4), and the perceived scene. The agent is built on the first tool call; stdout carries the protocol, logs
go to stderr. Needs the `mcp` extra: pip install -e ".[mcp]".
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    from agent.commands.run import add_agent_arguments
    from agent.commands.scene import add_scene_arguments

    add_scene_arguments(p)
    add_agent_arguments(p)
    p.add_argument("--perceiver", default=None,
                   help="clip | oracle (default: clip; oracle with --world symbolic)")
    p.add_argument("--no-video", dest="video", action="store_false",
                   help="do not record episodes (no video resource)")
    p.add_argument("--video-dir", metavar="DIR", type=Path,
                   help="where the last episode's MP4 is kept (default: a temporary folder)")


def main(args: argparse.Namespace) -> int:
    from agent.commands.scene import scene_from_args
    from sim.core.errors import missing_extra
    from sim.worlds import DEFAULT_WORLD
    from skills.perception import check_perceiver

    if args.perceiver is not None:
        check_perceiver(args.perceiver)  # a bad name fails now, not on the first tool call
    try:
        from agent.mcp_server import ServerOptions, serve
    except ModuleNotFoundError as e:
        if e.name is not None and e.name.split(".")[0] in ("mcp", "mcp_types"):
            raise missing_extra("mcp", "mcp") from None
        raise

    spec = scene_from_args(args)  # a bad scene file fails now, with exit code 2
    serve(ServerOptions(planner=args.planner, skills=args.skills, perceiver=args.perceiver, world=args.world or DEFAULT_WORLD,
                        llm_base_url=args.llm_base_url, scene=lambda: spec, video=args.video, workdir=args.video_dir))
    return 0
