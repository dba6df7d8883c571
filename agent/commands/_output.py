"""What the commands print: progress bars for long work (on stderr) and benchmark results.

Progress bars live only in the CLI, never in library code."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(label: str, total: int, quiet: bool = False) -> Iterator[Callable[[int], None]]:
    """Yield `advance(completed)`. Drawn on stderr, so `--json` output on stdout stays clean."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    console = Console(file=sys.stderr)
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TimeRemainingColumn(), console=console, disable=quiet and not console.is_terminal, transient=False,
    ) as bar:
        task = bar.add_task(label, total=total)
        yield lambda completed: bar.update(task, completed=completed)


def print_metrics(title: str, result: dict, as_json: bool) -> None:
    """A benchmark's result: one JSON object with --json, else a table (and the failures, if any)."""
    import json

    if as_json:
        print(json.dumps(result))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in result.items():
        if key != "failures":
            table.add_row(key, json.dumps(value))
    console = Console()
    console.print(table)
    for failure in result.get("failures", []):
        console.print(f"failure: {failure}", markup=False)
