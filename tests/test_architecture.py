"""The shape of the code: no import cycle anywhere, and modules small enough to read (the layers are
import-linter contracts in pyproject.toml, checked by `lint-imports` in CI)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import grimp

from agent.regex import replaced, rx

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("agent", "skills", "sim", "benchmarks", "prompts")


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[v] = min(low[v], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == v:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle_among_the_projects_modules() -> None:
    graph = grimp.build_graph(*PACKAGES, exclude_type_checking_imports=True)
    assert len(graph.modules) > 80
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for a, b in (("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d")):
        graph.add_import(importer=a, imported=b)
    assert _cycles(graph) == [["p.a", "p.b", "p.c"]]


def test_no_module_over_400_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for pkg in ("agent", "skills", "sim") for p in (ROOT / pkg).rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}


def test_the_agent_calls_patterns_through_rx() -> None:
    """`re.sub(pattern, ...)` and its kin keep only the last 512 patterns compiled, fewer than the planner writes, so
    varied requests recompile them again and again; `agent.regex.rx` keeps them all."""
    called = sorted(f"{p.relative_to(ROOT)}:{n.lineno}" for p in (ROOT / "agent").rglob("*.py") if p.name != "regex.py"
                    for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
                    if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name)
                    and n.func.value.id == "re" and n.func.attr in ("sub", "subn", "search", "match", "fullmatch", "findall",
                                                                    "finditer", "split"))
    assert called == []


def test_rx_compiles_a_pattern_once_and_replaced_is_sub() -> None:
    assert rx(r"\b(red|blue) block\b") is rx(r"\b(red|blue) block\b")
    assert rx("RED", re.I).search("the red block") and not rx("RED").search("the red block")
    pattern = rx(r"\b(red|blue) block\b")
    for text in ("put the red block on the blue block", "put the green block in the bin"):
        assert replaced(pattern, r"\1 cube", text) == pattern.sub(r"\1 cube", text)
        assert replaced(pattern, r"\1 cube", text, count=1) == pattern.sub(r"\1 cube", text, count=1)
    assert replaced(pattern, r"\1 cube", "put the red block on the blue block", 1) == "put the red cube on the blue block"
