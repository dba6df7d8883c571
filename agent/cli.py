"""`vla-agent`: a thin shell over the Python API.

Each subcommand lives in its own module under `agent/commands/` with two functions:
`add_arguments(parser)` and `main(args) -> int`. Modules import heavy dependencies inside
`main`, so `vla-agent --help` is fast. Logging is set up here and nowhere else.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from sim.core.errors import VlaAgentError

# command -> module, or group -> {subcommand -> module}
COMMANDS: dict[str, str | dict[str, str]] = {
    "run": "agent.commands.run",
    "chat": "agent.commands.chat",
    "batch": "agent.commands.batch",
    "eval": "agent.commands.eval",
    "scene": "agent.commands.scene",
    "perceive": "agent.commands.perceive",
    "collect": "agent.commands.collect",
    "export": {"lerobot": "agent.commands.export_lerobot"},
    "mcp": "agent.commands.mcp",
    "train": {"clip": "agent.commands.train_clip", "policy": "agent.commands.train_policy"},
    "bench": {
        "sim": "agent.commands.bench_sim",
        "perception": "agent.commands.bench_perception",
        "policy": "agent.commands.bench_policy",
        "ray": "agent.commands.bench_ray",
    },
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit code 2
        raise SystemExit(f"{self.prog}: error: {message}")


def _load(module: str):
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as e:
        if e.name == module:  # not built yet in this checkout
            return None
        raise


def _add(sub: argparse._SubParsersAction, name: str, module: str) -> None:
    mod = _load(module)
    if mod is None:
        return
    doc = (mod.__doc__ or "").strip().splitlines()
    p = sub.add_parser(name, help=doc[0] if doc else None, description=(mod.__doc__ or "").strip())
    mod.add_arguments(p)
    p.set_defaults(_main=mod.main)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vla-agent", description="Tell a robot arm what to do in words.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-vv: debug)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, target in COMMANDS.items():
        if isinstance(target, str):
            _add(sub, name, target)
        else:
            group = sub.add_parser(name, help=f"{name} one of: {', '.join(target)}")
            gsub = group.add_subparsers(dest="target", required=True, parser_class=_Parser)
            for child, module in target.items():
                _add(gsub, child, module)
    return parser


def cli(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code. Errors meant for the user print one line."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        if isinstance(e.code, str):
            print(e.code, file=sys.stderr)
            return 2
        return int(e.code or 0)
    try:
        return int(args._main(args) or 0)
    except VlaAgentError as e:
        print(f"vla-agent: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("vla-agent: interrupted", file=sys.stderr)
        return 130


def main() -> None:
    argv = sys.argv[1:]
    verbose = sum(a.count("v") for a in argv if a.startswith("-v") and set(a[1:]) == {"v"})
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    sys.exit(cli(argv))


if __name__ == "__main__":
    main()
