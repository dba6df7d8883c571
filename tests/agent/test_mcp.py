"""`vla-agent mcp`: the MCP server, driven by the SDK's own client over stdio, and its question answerer.

The server runs as `python -m agent.cli mcp --world symbolic --planner offline` (the symbolic world, skills and
oracle perceiver: no PyBullet, no torch), once for the module; each test checks one part of that session.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from agent.answers import HELP, answer
from agent.cli import cli
from sim.core.perceived import PerceivedObject, Scene

ROOT = Path(__file__).resolve().parents[2]
HAS_MCP = importlib.util.find_spec("mcp") is not None
needs_mcp = pytest.mark.skipif(not HAS_MCP, reason='the optional "mcp" extra is not installed: pip install -e ".[mcp]"')

SCENE = {"objects": [
    {"kind": "bowl", "colour": "blue", "x": 0.45, "y": 0.15},
    {"kind": "block", "colour": "red", "x": 0.4, "y": -0.12},
    {"kind": "block", "colour": "yellow", "x": 0.62, "y": -0.2},
    {"kind": "block", "colour": "green", "on": "yellow block"},
]}
INSTRUCTION = "put the red block in the blue bowl"
QUESTIONS = {
    "before": "is the red block in the blue bowl?",
    "after": "Is the red cube in the blue bowl?",
    "count": "how many blocks are there?",
    "where": "where is the green block?",
    "contents": "what is in the blue bowl?",
    "on": "what is on the yellow block?",
    "table": "what is on the table?",
    "missing": "is the purple block in the bin?",
    "unsupported": "why is the sky blue?",
}


def _text(result: Any) -> str:
    return "\n".join(c.text for c in result.content if c.type == "text")


async def _session(errlog: Any) -> dict[str, Any]:
    """One session of the SDK's client with the server: every response the tests check, by name."""
    from mcp import Client, MCPError, StdioServerParameters
    from mcp.client.stdio import stdio_client

    params = StdioServerParameters(
        command=sys.executable, cwd=str(ROOT),
        args=["-m", "agent.cli", "mcp", "--world", "symbolic", "--planner", "offline", "--seed", "1"],
    )
    out: dict[str, Any] = {}
    async with Client(stdio_client(params, errlog=errlog), cache=None, read_timeout_seconds=60) as client:
        out["tools"] = (await client.list_tools()).tools
        out["resources"] = (await client.list_resources()).resources
        try:
            await client.read_resource("vla-agent://episode/last/result")
        except MCPError as e:
            out["result_before"] = e
        out["first_look"] = await client.call_tool("look", {})
        out["seeded"] = await client.call_tool("reset_scene", {"seed": 3, "blocks": 3, "bowls": 1})
        out["reset"] = await client.call_tool("reset_scene", {"scene": SCENE})
        out["bad_scene"] = await client.call_tool("reset_scene", {"scene": {"objects": [{"kind": "block", "colour": "mauve"}]}})
        out["look"] = await client.call_tool("look", {})
        out["plan"] = await client.call_tool("plan", {"instruction": INSTRUCTION})
        out["look_after_plan"] = await client.call_tool("look", {})
        out["ask_before"] = await client.call_tool("ask", {"question": QUESTIONS["before"]})
        out["run"] = await client.call_tool("run_instruction", {"instruction": INSTRUCTION})
        out["empty_run"] = await client.call_tool("run_instruction", {"instruction": "   "})
        for key, question in QUESTIONS.items():
            if key != "before":
                out[f"ask_{key}"] = await client.call_tool("ask", {"question": question})
        out["result"] = await client.read_resource("vla-agent://episode/last/result")
        out["video"] = await client.read_resource("vla-agent://episode/last/video")
        out["scene"] = await client.read_resource("vla-agent://scene")
    return out


@pytest.fixture(scope="module")
def session() -> dict[str, Any]:
    import anyio

    with tempfile.TemporaryFile("w+") as errlog:
        try:
            return anyio.run(_session, errlog)
        except BaseException:
            errlog.seek(0)
            print("server stderr:\n" + errlog.read()[-4000:], file=sys.stderr)
            raise


@needs_mcp
def test_lists_the_tools_and_resources(session: dict[str, Any]) -> None:
    tools = {t.name: t for t in session["tools"]}
    assert set(tools) == {"reset_scene", "run_instruction", "plan", "look", "ask"}
    assert set(tools["reset_scene"].input_schema["properties"]) >= {"seed", "blocks", "bowls", "scene"}
    assert tools["run_instruction"].input_schema["required"] == ["instruction"]
    assert tools["look"].annotations.read_only_hint and not tools["run_instruction"].annotations.read_only_hint
    assert {str(r.uri) for r in session["resources"]} == {
        "vla-agent://episode/last/result", "vla-agent://episode/last/video", "vla-agent://scene"}


@needs_mcp
def test_reset_builds_the_scene_given_or_generated(session: dict[str, Any]) -> None:
    first = {o["name"] for o in session["first_look"].structured_content["scene"]["objects"]}
    assert len(first) == 6  # the command line's scene: --seed 1, 4 blocks, 2 bowls
    seeded = session["seeded"]
    assert not seeded.is_error and len(seeded.structured_content["scene"]["objects"]) == 4
    reset = session["reset"]
    assert not reset.is_error
    assert {o["name"] for o in reset.structured_content["perceived"]["objects"]} == {
        "blue bowl", "red block", "yellow block", "green block"}
    bad = session["bad_scene"]
    assert bad.is_error and "invalid scene" in _text(bad) and "mauve" in _text(bad)


@needs_mcp
def test_look_returns_a_png_and_the_perceived_scene(session: dict[str, Any]) -> None:
    look = session["look"]
    images = [c for c in look.content if c.type == "image"]
    assert len(images) == 1 and images[0].mime_type == "image/png"
    assert base64.b64decode(images[0].data).startswith(b"\x89PNG\r\n\x1a\n")
    assert "green block" in _text(look) and "on the yellow block" in _text(look)
    scene = look.structured_content["scene"]
    assert {o["name"]: o["support"] for o in scene["objects"]}["green block"] == "yellow block"


@needs_mcp
def test_plan_returns_steps_and_moves_nothing(session: dict[str, Any]) -> None:
    plan = session["plan"]
    assert not plan.is_error
    assert plan.structured_content["steps"][:2] == ["pick(red block)", "place(blue bowl)"]
    assert "1. pick(red block)" in _text(plan)
    assert session["look_after_plan"].structured_content["scene"] == session["look"].structured_content["scene"]


@needs_mcp
def test_run_carries_out_the_instruction(session: dict[str, Any]) -> None:
    run = session["run"]
    assert not run.is_error and run.structured_content["success"] is True
    assert run.structured_content["summary"].startswith("success: did pick(red block), place(blue bowl)")
    result = run.structured_content["result"]
    assert result["instruction"] == INSTRUCTION and result["planner"] == "offline" and result["skills"] == "symbolic"
    assert json.loads(run.content[1].text)["success"] is True
    empty = session["empty_run"]
    assert empty.is_error and "empty" in _text(empty)


@needs_mcp
def test_ask_answers_from_perception(session: dict[str, Any]) -> None:
    def ask(key: str) -> dict[str, Any]:
        result = session[f"ask_{key}"]
        assert not result.is_error
        return result.structured_content

    assert ask("before")["value"] is False and ask("after")["value"] is True
    assert ask("count") == {**ask("count"), "kind": "count", "value": 3}
    assert ask("where")["kind"] == "where" and "on the yellow block" in ask("where")["answer"]
    assert ask("contents")["value"] == ["red block"]
    assert ask("on")["value"] == ["green block"]
    assert ask("table")["kind"] == "scene" and len(ask("table")["value"]) == 4
    assert ask("missing")["kind"] == "unclear" and "purple block" in ask("missing")["answer"]
    assert ask("unsupported") == {**ask("unsupported"), "kind": "unsupported", "answer": HELP}


@needs_mcp
def test_resources_hold_the_last_episode(session: dict[str, Any]) -> None:
    assert "no episode" in str(session["result_before"])
    (content,) = session["result"].contents
    assert content.mime_type == "application/json"
    result = json.loads(content.text)
    assert result["success"] is True and result["instruction"] == INSTRUCTION
    (video,) = session["video"].contents
    assert video.mime_type == "video/mp4" and base64.b64decode(video.blob)[4:8] == b"ftyp"
    (scene,) = session["scene"].contents
    objects = {o["name"]: o["support"] for o in json.loads(scene.text)["objects"]}
    assert objects["red block"] == "blue bowl"


def test_the_cli_does_not_import_mcp_until_the_server_starts() -> None:
    code = ("import sys; from agent.cli import build_parser; build_parser(); "
            "print(sorted(m for m in ('mcp', 'agent.mcp_server', 'agent.api') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_without_the_extra_the_command_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture) -> None:
    for name in [m for m in sys.modules if m.split(".")[0] in ("mcp", "mcp_types")] + ["mcp"]:
        monkeypatch.setitem(sys.modules, name, None)  # as if not installed
    monkeypatch.delitem(sys.modules, "agent.mcp_server", raising=False)
    assert cli(["mcp", "--world", "symbolic", "--planner", "offline"]) == 2
    assert 'mcp is not installed; run: pip install -e ".[mcp]"' in capsys.readouterr().err


def test_bad_options_fail_before_serving(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    assert cli(["mcp", "--perceiver", "x-ray"]) == 2
    assert "unknown perceiver" in capsys.readouterr().err
    assert cli(["mcp", "--scene", str(tmp_path / "nope.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


# ----- the answerer alone -------------------------------------------------------------------------------
def _obj(name: str, support: str = "table", at: tuple[float, float] = (0.4, -0.1)) -> PerceivedObject:
    colour, kind = name.split()[:2]
    z = 0.02 if kind == "bowl" else 0.02 + 0.04 * (support not in ("table", "bin"))
    return PerceivedObject(name=name, kind=kind, colour=colour, position=(*at, z), extent=(0.04,) * 3,  # type: ignore[arg-type]
                           confidence=1.0, support=support)


ANSWER_SCENE = Scene(objects=[
    _obj("blue bowl", at=(0.45, 0.15)), _obj("green bowl", at=(0.6, -0.2)),
    _obj("red block", "blue bowl", (0.45, 0.15)), _obj("yellow block", "red block", (0.45, 0.15)),
    _obj("green block"), _obj("pink block", "bin", (0.5, 0.45)), _obj("cyan block", at=(0.5, 0.0)),
    _obj("white block", "gripper", (0.3, 0.0)),
], held="white block")


@pytest.mark.parametrize(("question", "kind", "value"), [
    ("What do you see?", "scene", ANSWER_SCENE.names()),
    ("where's the yellow cube", "where", "yellow block"),
    ("what is in the blue dish?", "contents", ["red block", "yellow block"]),
    ("what's under the yellow block", "contents", ["red block"]),
    ("what is in the trash", "contents", ["pink block"]),
    ("what is in the center", "contents", ["cyan block"]),
    ("what is the robot holding?", "held", "white block"),
    ("what colour is the dish on the left", "unclear", None),
    ("what color is the green bowl", "colour", "green"),
    ("how many blocks are there?", "count", 6),
    ("how many blocks are in bowls", "count", 2),
    ("how many red or pink objects", "count", 2),
    ("how many blocks are on the table", "count", 2),
    ("is the yellow block in the blue bowl", "yes_no", True),
    ("is the yellow block on the table", "yes_no", False),
    ("is the red block under the yellow block", "yes_no", True),
    ("is the red block in a bowl", "yes_no", True),
    ("is the cyan block at the middle", "yes_no", True),
    ("is the red block clear", "yes_no", False),
    ("is the white block held", "yes_no", True),
    ("is anything on the green block", "yes_no", False),
    ("are there any blocks in the green bowl", "exists", False),
    ("do you see a pink block", "exists", True),
    ("is the bowl on the table", "unclear", None),
    ("how many towers are there", "count", 1),
    ("stack the blocks", "unsupported", None),
])
def test_answers(question: str, kind: str, value: Any) -> None:
    got = answer(question, ANSWER_SCENE)
    assert (got.kind, got.value) == (kind, value), got.text


def test_answers_on_an_empty_table() -> None:
    assert answer("what is on the table?", Scene()).text == "The table is empty."
    assert answer("how many blocks", Scene()).value == 0
    assert answer("where is the red block", Scene()).kind == "unclear"
