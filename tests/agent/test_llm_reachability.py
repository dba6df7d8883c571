"""LLM reachability: a short connect timeout apart from the read timeout, unreachable servers reported in one
line, and `openai-compatible` without a model name choosing the server's only model (or listing them)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest

from agent.cli import cli
from agent.planners import PlanRequest, make_planner
from agent.planners.anthropic import AnthropicPlanner
from agent.planners.llm import DEFAULT_CONNECT_TIMEOUT_S, DEFAULT_TIMEOUT_S
from agent.planners.openai import OpenAICompatiblePlanner, OpenAIPlanner
from sim.core.errors import ConfigError, LLMError
from sim.core.perceived import PerceivedObject, Scene
from tests.fakes.llm_server import FakeLLMServer

KEY = "sk-test-REACH-0123456789"
RUN = ["run", "put the red block in the blue bowl", "--world", "symbolic", "--seed", "1", "--json"]


def _request() -> PlanRequest:
    objects = [PerceivedObject(name="red block", kind="block", colour="red", position=(0.4, 0.1, 0.02),
                               extent=(0.04, 0.04, 0.04), confidence=0.97),
               PerceivedObject(name="blue bowl", kind="bowl", colour="blue", position=(0.6, 0.1, 0.0),
                               extent=(0.18, 0.18, 0.035), confidence=0.97)]
    return PlanRequest(instruction="put the red block in the blue bowl", scene=Scene(objects=objects))


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on: connecting is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port whose listen queue is full: a connect hangs (as to a host that drops packets)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    for _ in range(4):
        c = socket.socket()
        c.setblocking(False)
        try:
            c.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fillers.append(c)
    yield port
    for c in fillers:
        c.close()
    server.close()


@pytest.mark.parametrize("cls", [AnthropicPlanner, OpenAIPlanner])
def test_connect_timeout_is_short_and_separate_from_the_read_timeout(cls: type) -> None:
    planner = cls(base_url="http://127.0.0.1:9", api_key=KEY)
    timeout = planner._client.timeout
    assert timeout.connect == DEFAULT_CONNECT_TIMEOUT_S <= 3.0
    assert timeout.read == DEFAULT_TIMEOUT_S > timeout.connect
    custom = cls(base_url="http://127.0.0.1:9", api_key=KEY, timeout_s=30.0, connect_timeout_s=0.5)
    assert (custom._client.timeout.connect, custom._client.timeout.read) == (0.5, 30.0)


@pytest.mark.timeout(60)
def test_a_server_that_never_accepts_is_reported_as_a_connect_failure(silent_port: int) -> None:
    planner = OpenAIPlanner(base_url=f"http://127.0.0.1:{silent_port}/v1", api_key=KEY, connect_timeout_s=0.3,
                            max_retries=0)
    with pytest.raises(LLMError) as info:
        planner.plan(_request())
    message = str(info.value)
    assert "cannot connect to" in message and "within 0.3 s" in message and "\n" not in message
    assert KEY not in message


def test_an_unreachable_server_exits_1_with_the_reason_in_the_result(
        closed_port: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    url = f"http://127.0.0.1:{closed_port}/v1"
    code = cli([*RUN, "--planner", "openai-compatible:m", "--llm-base-url", url])
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert code == 1 and result["success"] is False
    assert result["error"].startswith("planning failed") and f"cannot connect to {url}" in result["error"]
    assert KEY not in captured.out + captured.err and "Traceback" not in captured.err


def test_openai_compatible_without_a_model_uses_the_servers_only_model() -> None:
    with FakeLLMServer(models=["qwen-local"]) as server:
        planner = make_planner("openai-compatible", base_url=server.url + "/v1")
        assert isinstance(planner, OpenAICompatiblePlanner) and planner.model == ""
        with pytest.raises(LLMError):  # no reply is scripted: HTTP 418, after the model was chosen
            planner.plan(_request())
    assert [r.path for r in server.requests] == ["/v1/models", "/v1/chat/completions"]
    assert server.requests[1].body["model"] == "qwen-local" and planner.name == "openai:qwen-local"


def test_a_named_model_skips_the_model_list() -> None:
    with FakeLLMServer(models=["a", "b"]) as server:
        planner = make_planner("openai-compatible:b", base_url=server.url + "/v1")
        with pytest.raises(LLMError):
            planner.plan(_request())
    assert [r.path for r in server.requests] == ["/v1/chat/completions"] and server.requests[0].body["model"] == "b"


@pytest.mark.parametrize(("models", "words"), [
    (["llama-3", "qwen-2.5"], ["serves 2 models", "llama-3, qwen-2.5", "openai-compatible:MODEL"]),
    ([], ["serves no model"]),
    (None, ["has no model list"]),
])
def test_openai_compatible_without_a_model_lists_the_choices(models: list[str] | None, words: list[str]) -> None:
    with FakeLLMServer(models=models) as server:
        planner = make_planner("openai-compatible", base_url=server.url + "/v1")
        with pytest.raises(ConfigError) as info:
            planner.plan(_request())
    assert all(w in str(info.value) for w in words), str(info.value)
    assert [r.path for r in server.requests] == ["/v1/models"]  # nothing sent with a made-up model name


def test_choosing_among_models_is_a_configuration_error_on_the_cli(monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with FakeLLMServer(models=["llama-3", "qwen-2.5"]) as server:
        code = cli([*RUN, "--planner", "openai-compatible", "--llm-base-url", server.url + "/v1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "llama-3, qwen-2.5" in err[0]
