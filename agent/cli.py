"""`vla-agent`: a thin shell over the Python API.

Each subcommand lives in its own module under `agent/commands/` with two functions:
`add_arguments(parser)` and `main(args) -> int`. Modules import heavy dependencies inside
`main`, so `vla-agent --help` is fast. Logging is set up here and nowhere else.

No input ends in a traceback: a user's mistake is one line on stderr and exit code 2, Ctrl-C is 130,
and anything else is reported in one line as an internal error, exit code 3 (the exit codes are
`agent.commands.exit_codes`; -vv prints the traceback).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence

from agent.commands import exit_codes
from sim.core.errors import VlaAgentError

# command -> module, or group -> {subcommand -> module}
COMMANDS: dict[str, str | dict[str, str]] = {
    "run": "agent.commands.run",
    "plan": "agent.commands.plan",
    "chat": "agent.commands.chat",
    "batch": "agent.commands.batch",
    "eval": "agent.commands.eval",
    "scene": "agent.commands.scene",
    "perceive": "agent.commands.perceive",
    "collect": "agent.commands.collect",
    "export": {"lerobot": "agent.commands.export_lerobot", "onnx": "agent.commands.export_onnx"},
    "mcp": "agent.commands.mcp",
    "train": {"clip": "agent.commands.train_clip", "policy": "agent.commands.train_policy"},
    "bench": {
        "sim": "agent.commands.bench_sim",
        "perception": "agent.commands.bench_perception",
        "policy": "agent.commands.bench_policy",
        "ray": "agent.commands.bench_ray",
        "safety": "agent.commands.bench_safety",
        "planner": "agent.commands.bench_planner",
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
    epilog = exit_codes.EPILOG if name in exit_codes.TASK_COMMANDS else exit_codes.SHORT_EPILOG
    p = sub.add_parser(name, help=doc[0] if doc else None, description=(mod.__doc__ or "").strip(), epilog=epilog,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    mod.add_arguments(p)
    p.set_defaults(_main=mod.main)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vla-agent", description="Tell a robot arm what to do in words.",
                     epilog=exit_codes.EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
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
    """Run the CLI; return the exit code (`agent.commands.exit_codes`). Errors print one line on stderr."""
    args = None
    try:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as e:  # --help, or a usage error (already one line, from `_Parser.error`)
            if isinstance(e.code, str):
                print(e.code, file=sys.stderr)
                return exit_codes.BAD_INPUT
            return int(e.code or 0)
        return int(args._main(args) or 0)
    except VlaAgentError as e:
        print(f"vla-agent: error: {_one_line(str(e))}", file=sys.stderr)
        return exit_codes.BAD_INPUT
    except KeyboardInterrupt:
        print("vla-agent: interrupted", file=sys.stderr)
        return exit_codes.INTERRUPTED
    except BrokenPipeError:  # the reader of stdout went away (`| head`): nothing left to say
        _silence_stdout()
        return exit_codes.FAILED
    except Exception as e:  # noqa: BLE001 (a bug: one line, the traceback only when asked for)
        if args is not None and getattr(args, "verbose", 0) >= 2:
            traceback.print_exc()
        print(f"vla-agent: internal error: {type(e).__name__}: {_one_line(str(e))} (a bug in vla-agent; "
              "rerun with -vv for the traceback and report it)", file=sys.stderr)
        return exit_codes.BUG


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's final flush cannot fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main() -> None:
    argv = sys.argv[1:]
    verbose = sum(a.count("v") for a in argv if a.startswith("-v") and set(a[1:]) == {"v"})
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for stream in (sys.stdout, sys.stderr):  # odd bytes in a file name or an instruction never crash a print
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    sys.exit(cli(argv))


if __name__ == "__main__":
    main()
