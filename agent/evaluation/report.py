"""The evaluation report: Markdown (a table and text bars) or HTML (a table and an inline SVG bar chart).

No plotting library: the chart is a few SVG rectangles, so the report renders anywhere.
"""

from __future__ import annotations

import html
from pathlib import Path

from sim.core.errors import UserError


def render_markdown(summary: dict, failures: list[dict] | None = None, title: str = "Evaluation") -> str:
    lines = [f"# {title}", "", f"Overall success: **{summary['overall']:.1%}**", "",
             "| family | success | n | mean steps | LLM calls / ep. | wall s / ep. | |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for name, f in summary["families"].items():
        bar = "█" * round(f["success_rate"] * 20)
        lines.append(f"| {name} | {f['success_rate']:.1%} | {f['n']} | {f['mean_steps']:.1f} | "
                     f"{f['llm_calls']:.2f} | {f['wall_s']:.2f} | `{bar:<20}` |")
    lines += _recovery_md(summary)
    lines += _failures_md(failures or [])
    return "\n".join(lines) + "\n"


def recovery_lines(summary: dict) -> list[str]:
    """Recovery under faults and the failures by cause, in words (shared by the reports and the CLI table)."""
    lines = []
    faults = summary.get("faults")
    if faults is not None:
        kinds = ", ".join(f"{k} {v['success_rate']:.0%} of {v['n']}" for k, v in faults["by_kind"].items()) or "none"
        lines.append(f"Success under faults: {faults['success']:.1%} of {faults['episodes']} episodes with a fault "
                     f"({kinds}).")
        lines.append(f"Recovered: {faults['recovered']} episodes, {faults['retries_per_recovered']:.2f} retries and "
                     f"{faults['replans_per_recovered']:.2f} replans per recovered episode.")
    causes = summary.get("failures") or {}
    if causes:
        lines.append("Failures by cause: " + ", ".join(f"{k} {n}" for k, n in sorted(causes.items())) + ".")
    return lines


def _recovery_md(summary: dict) -> list[str]:
    lines = recovery_lines(summary)
    return ["", "## Faults and failures", "", *lines] if lines else []


def _failures_md(failures: list[dict]) -> list[str]:
    if not failures:
        return []
    out = ["", "## Failed episodes", "", "| id | instruction | cause | faults | error |", "| --- | --- | --- | --- | --- |"]
    for r in failures:
        out.append(f"| {r.get('id', '')} | {_cell(r.get('instruction', ''))} | {r.get('failure') or 'unknown'} | "
                   f"{_faults(r)} | {_cell(r.get('error') or 'goal not reached')} |")
    return out


def _faults(row: dict) -> str:
    return ", ".join(f["kind"] for f in row.get("faults") or []) or "none"


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")[:200]


def bar_chart_svg(summary: dict, width: int = 560, bar_h: int = 22) -> str:
    """Horizontal bars of each family's success rate, 0 to 100 %."""
    names = list(summary["families"])
    label_w, pad = 170, 8
    plot_w = width - label_w - 60
    height = pad * 2 + len(names) * (bar_h + pad) + 16
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'font-family="sans-serif" font-size="13" role="img" aria-label="success rate by family">']
    for i, name in enumerate(names):
        rate = summary["families"][name]["success_rate"]
        y = pad + i * (bar_h + pad)
        colour = "#2e7d32" if rate >= 0.9 else "#f9a825" if rate >= 0.5 else "#c62828"
        parts.append(f'<text x="{label_w - 6}" y="{y + bar_h * 0.7:.1f}" text-anchor="end">{html.escape(name)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{plot_w}" height="{bar_h}" fill="#eeeeee"/>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{plot_w * rate:.1f}" height="{bar_h}" fill="{colour}"/>')
        parts.append(f'<text x="{label_w + plot_w + 6}" y="{y + bar_h * 0.7:.1f}">{rate:.0%}</text>')
    axis_y = pad + len(names) * (bar_h + pad) + 12
    parts.append(f'<text x="{label_w}" y="{axis_y}">0%</text>')
    parts.append(f'<text x="{label_w + plot_w}" y="{axis_y}" text-anchor="end">100%</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def render_html(summary: dict, failures: list[dict] | None = None, title: str = "Evaluation") -> str:
    rows = "\n".join(
        f"<tr><td>{html.escape(n)}</td><td>{f['success_rate']:.1%}</td><td>{f['n']}</td><td>{f['mean_steps']:.1f}</td>"
        f"<td>{f['llm_calls']:.2f}</td><td>{f['wall_s']:.2f}</td></tr>"
        for n, f in summary["families"].items()
    )
    fails = "".join(
        f"<tr><td>{html.escape(str(r.get('id', '')))}</td><td>{html.escape(str(r.get('instruction', '')))}</td>"
        f"<td>{html.escape(str(r.get('failure') or 'unknown'))}</td><td>{html.escape(_faults(r))}</td>"
        f"<td>{html.escape(str(r.get('error') or 'goal not reached'))}</td></tr>"
        for r in failures or []
    )
    fail_table = (f"<h2>Failed episodes</h2><table><tr><th>id</th><th>instruction</th><th>cause</th><th>faults</th>"
                  f"<th>error</th></tr>{fails}</table>" if fails else "")
    notes = "".join(f"<p>{html.escape(line)}</p>" for line in recovery_lines(summary))
    recovery = f"<h2>Faults and failures</h2>{notes}" if notes else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:4px 8px}}</style>
</head><body>
<h1>{html.escape(title)}</h1>
<p>Overall success: <b>{summary['overall']:.1%}</b></p>
{bar_chart_svg(summary)}
<table><tr><th>family</th><th>success</th><th>n</th><th>mean steps</th><th>LLM calls / ep.</th><th>wall s / ep.</th></tr>
{rows}
</table>
{recovery}
{fail_table}
</body></html>
"""


def write_report(summary: dict, path: str | Path, failures: list[dict] | None = None, title: str = "Evaluation") -> Path:
    """Write the report; the suffix picks the format (.md or .html)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        text = render_markdown(summary, failures, title)
    elif suffix in (".html", ".htm"):
        text = render_html(summary, failures, title)
    else:
        raise UserError(f"--report must end in .md or .html, got {path.name!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
