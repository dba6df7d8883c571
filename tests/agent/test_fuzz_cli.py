"""Property-based: generated instructions, options, scene files and batch files through `cli(argv)` in-process.

Whatever the input: no traceback, a documented exit code (0, 1, 2, 130), bad input told in one line without
Pydantic's raw text, and no API key from the environment in the output. The symbolic world keeps each run cheap;
examples are derandomized, so a failure reproduces.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.cli import cli
from tests.fakes.llm_server import FakeLLMServer, Reply

SECRETS = {"ANTHROPIC_API_KEY": "sk-ant-FUZZSECRET-0123456789", "OPENAI_API_KEY": "sk-FUZZSECRET-oai-9876543210"}
CODES = {0, 1, 2, 130}
FAST = ["--world", "symbolic", "--planner", "offline"]
WORDS = ["put", "the", "red", "blue", "green", "block", "blocks", "bowl", "in", "on", "bin", "all", "stack",
         "clear", "table", "move", "to", "top", "left", "corner", "except", "two", "3", "then", "and", "it",
         "them", "every", "cube", "dish", "middle", "not", "purple", "one", "of", "pick", "up", "sort", ",", "?"]
VALID_SCENE = {"objects": [{"kind": "block", "colour": "red", "x": 0.4, "y": -0.1},
                           {"kind": "bowl", "colour": "blue", "x": 0.5, "y": 0.15},
                           {"kind": "block", "colour": "green", "on": "red block"}]}
SETTINGS = settings(deadline=None, derandomize=True, database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


@pytest.fixture(autouse=True)
def _secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)


def check(argv: list[str], stdin: str = "") -> int:
    """Run the CLI on `argv`; assert what must hold for any input; return the exit code."""
    out, err = io.StringIO(), io.StringIO()
    old_stdin, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli(argv)
    finally:
        sys.stdin = old_stdin
    text = out.getvalue() + err.getvalue()
    where = f"argv={argv!r}\n{text[-3000:]}"
    assert code in CODES, where
    assert "Traceback" not in text and "internal error" not in text, where
    assert not any(secret in text for secret in SECRETS.values()), where
    if code == 2:
        lines = err.getvalue().strip().splitlines()
        assert len(lines) == 1 and lines[0].strip(), where
        assert "input_value=" not in lines[0] and "[type=" not in lines[0], where
    return code


# --- strategies -----------------------------------------------------------------------------------
word_salad = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join)
instructions = st.one_of(
    word_salad, word_salad, word_salad, word_salad, word_salad, st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.sampled_from(["", " ", "\t", "a" * 2001, "clear the table\x00", "put the red block in the bowl",
                     "stack all the blocks", "\u202eclear", "clear the table" * 150]),
)
numbers = st.one_of(*[st.integers(0, 200)] * 6, st.integers(-5, -1), st.sampled_from([2**32, 2**64, 10**30])).map(str)
counts = st.one_of(st.integers(0, 4).map(str), st.integers(0, 4).map(str), st.integers(0, 4).map(str), numbers,
                   st.text(max_size=6))
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.text(max_size=12),
                    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(["red", "blue", "block", "bowl"]))
scene_objects = st.fixed_dictionaries(
    {}, optional={"kind": st.one_of(st.sampled_from(["block", "bowl"]), scalars),
                  "colour": st.one_of(st.sampled_from(["red", "blue", "green", "white", "purple"]), scalars),
                  "x": st.one_of(st.floats(0.2, 0.8), scalars), "y": st.one_of(st.floats(-0.3, 0.3), scalars),
                  "yaw": scalars, "on": st.one_of(st.sampled_from(["red block", "blue bowl", "green block"]), scalars),
                  "name": scalars, "size": scalars})
colours = st.sampled_from(["red", "green", "blue", "yellow", "white"])
plausible_objects = st.fixed_dictionaries(  # mostly valid: these scenes run, with towers, full bowls, odd spots
    {"kind": st.sampled_from(["block", "block", "bowl"]), "colour": colours},
    optional={"x": st.floats(0.25, 0.75), "y": st.floats(-0.3, 0.3), "yaw": st.floats(-4, 4),
              "on": st.sampled_from(["red block", "green block", "blue bowl", "red bowl", None])})
structured_scene = st.one_of(
    st.fixed_dictionaries({"objects": st.lists(plausible_objects, max_size=6)}),
    st.fixed_dictionaries({"objects": st.lists(plausible_objects, max_size=6)}),
    st.fixed_dictionaries({"objects": st.lists(scene_objects, max_size=5)},
                          optional={"seed": scalars, "extra": scalars}),
    st.lists(scene_objects, max_size=3), scalars,
)


def _dump(data: Any, suffix: str) -> str:
    if suffix in (".yaml", ".yml"):
        return yaml.safe_dump(data, allow_unicode=True)
    return json.dumps(data, allow_nan=True)


def _mangle(text: str, at: int, junk: str) -> str:
    at = at % (len(text) + 1)
    return text[:at] + junk + text[at:]


scene_texts = st.one_of(
    st.tuples(structured_scene, st.sampled_from([".yaml", ".yml", ".json"])).map(lambda t: (_dump(*t), t[1])),
    st.tuples(st.integers(0, 400), st.text(max_size=4), st.sampled_from([".yaml", ".json"])).map(
        lambda t: (_mangle(_dump(VALID_SCENE, t[2]), t[0], t[1]), t[2])),
    st.tuples(st.text(max_size=200), st.sampled_from([".yaml", ".json", ".txt", ""])),
    st.just((_dump(VALID_SCENE, ".yaml"), ".yaml")),
)
task_dicts = st.one_of(
    st.fixed_dictionaries(  # mostly valid tasks: these run
        {"instruction": instructions},
        optional={"id": st.one_of(st.text(max_size=6), st.integers(0, 99)), "seed": st.integers(0, 10**6),
                  "blocks": st.integers(0, 4), "bowls": st.integers(0, 2)}),
    st.fixed_dictionaries(
        {"instruction": instructions},
        optional={"id": st.one_of(st.text(max_size=6), st.integers(0, 99), scalars), "seed": st.integers(-2, 10**6),
                  "blocks": st.integers(-1, 9), "bowls": st.integers(-1, 5),
                  "scene": st.one_of(structured_scene, st.text(max_size=8)), "family": scalars, "colour": scalars}))
batch_lines = st.one_of(task_dicts.map(json.dumps), task_dicts.map(json.dumps),
                        st.text(max_size=40), st.sampled_from(['{"id": "x", "instruction": ', "[]", "null", "{}"]))


# --- properties -----------------------------------------------------------------------------------
def test_instructions_and_options(tmp_path: Path) -> None:
    ran: list[int] = []

    def run(instruction: str, seed: str, blocks: str, bowls: str, json_out: bool) -> None:
        ran.append(1)
        argv = ["run", instruction, "--seed", seed, "--blocks", blocks, "--bowls", bowls, *FAST]
        check(argv + (["--json"] if json_out else []))

    given(instructions, numbers, counts, counts, st.booleans())(settings(SETTINGS, max_examples=700)(run))()
    assert len(ran) >= 700


def test_scene_files(tmp_path: Path) -> None:
    ran: list[int] = []

    def run(scene: tuple[str, str], instruction: str) -> None:
        ran.append(1)
        text, suffix = scene
        path = tmp_path / f"scene-{len(ran)}{suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        check(["run", instruction, "--scene", str(path), *FAST, "--json"])

    given(scene_texts, st.one_of(st.just("clear the table"), instructions))(settings(SETTINGS, max_examples=650)(run))()
    assert len(ran) >= 650


def test_batch_files(tmp_path: Path) -> None:
    ran: list[int] = []

    def run(lines: list[str], as_yaml: bool) -> None:
        ran.append(1)
        folder = tmp_path / f"b{len(ran)}"
        folder.mkdir()
        if as_yaml:
            path = folder / "tasks.yaml"
            items = []
            for line in lines:
                try:
                    items.append(json.loads(line))
                except ValueError:
                    items.append(line)
            path.write_text(yaml.safe_dump(items, allow_unicode=True) + ("\n- [oops" if len(lines) % 3 == 0 else ""),
                            encoding="utf-8", errors="surrogatepass")
        else:
            path = folder / "tasks.jsonl"
            path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        check(["batch", str(path), "--out", str(folder / "out"), *FAST, "--json"])

    given(st.lists(batch_lines, min_size=0, max_size=4), st.booleans())(settings(SETTINGS, max_examples=650)(run))()
    assert len(ran) >= 650  # 700 + 650 + 650 = 2,000 instructions, scene files and batch files, plus the chats


def test_chat_transcripts_and_llm_errors_that_echo_the_key(tmp_path: Path) -> None:
    """Chat lines of any kind; and an LLM server whose every error quotes the key it was sent."""
    ran: list[int] = []
    with FakeLLMServer() as server:
        def run(lines: list[str], provider: str) -> None:
            ran.append(1)
            for secret in SECRETS.values():
                server.script(Reply.error(401, f"invalid x-api-key: {secret}"))
            url = server.url + ("/v1" if provider == "openai-compatible:m" else "")
            check(["chat", "--world", "symbolic", "--seed", "1", "--planner", provider, "--llm-base-url", url],
                  stdin="\n".join(lines) + "\n")

        given(st.lists(instructions, max_size=2), st.sampled_from(["anthropic", "openai-compatible:m"]))(
            settings(SETTINGS, max_examples=120)(run))()
    assert len(ran) >= 120
