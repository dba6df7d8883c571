"""A fake LLM server on 127.0.0.1 that replays scripted replies to the real SDK clients.

It answers the Anthropic Messages API (`POST .../v1/messages`) and OpenAI Chat Completions
(`POST .../chat/completions`), so tests drive the real `anthropic` and `openai` clients through
`base_url` and never reach a real API. Replies are queued with `script(...)` and served in
order, one per request (SDK retries included); every request is recorded.

    with FakeLLMServer() as server:
        server.script(Reply.json(anthropic_tool_use("submit_plan", {"steps": [...]})))
        planner = AnthropicPlanner(base_url=server.url, api_key="test-key")
        planner.plan(request)
        server.requests[0].body["messages"]
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_USAGE_IN, _USAGE_OUT = 120, 30  # tokens reported by every scripted success


@dataclass
class Reply:
    """One scripted HTTP reply: a status, a body (dict -> JSON, str -> raw bytes) and a delay."""

    status: int = 200
    body: dict[str, Any] | str = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0

    @classmethod
    def json(cls, body: dict[str, Any]) -> Reply:
        return cls(200, body)

    @classmethod
    def error(cls, status: int, message: str = "scripted failure") -> Reply:
        # retry-after-ms keeps the SDK's backoff tiny; real servers send it too.
        body = {"type": "error", "error": {"type": "api_error", "message": message}}
        return cls(status, body, {"retry-after-ms": "5"})

    @classmethod
    def malformed(cls) -> Reply:
        """A 200 whose body is not valid JSON."""
        return cls(200, '{"id": "broken", "content": [')

    @classmethod
    def slow(cls, delay_s: float) -> Reply:
        """Sleeps past the client's timeout before answering."""
        return cls(200, {"never": "read"}, delay_s=delay_s)


@dataclass
class Recorded:
    """One request as received; header names are lower-cased."""

    path: str
    headers: dict[str, str]
    body: Any


def anthropic_tool_use(name: str, tool_input: Any, *, text: str = "", call_id: str = "toolu_01") -> dict[str, Any]:
    """A Messages-API body whose reply is one `tool_use` block (plus optional text)."""
    content: list[dict[str, Any]] = [{"type": "text", "text": text}] if text else []
    content.append({"type": "tool_use", "id": call_id, "name": name, "input": tool_input})
    return _anthropic(content, "tool_use")


def anthropic_text(text: str) -> dict[str, Any]:
    return _anthropic([{"type": "text", "text": text}], "end_turn")


def _anthropic(content: list[dict[str, Any]], stop_reason: str) -> dict[str, Any]:
    return {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": "fake-model",
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": _USAGE_IN, "output_tokens": _USAGE_OUT},
    }


def openai_tool_call(name: str, arguments: Any, *, call_id: str = "call_01") -> dict[str, Any]:
    """A Chat-Completions body with one tool call; `arguments` may be a dict or a raw (even broken) string."""
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    call = {"id": call_id, "type": "function", "function": {"name": name, "arguments": args}}
    return _openai({"role": "assistant", "content": None, "tool_calls": [call]}, "tool_calls")


def openai_text(text: str) -> dict[str, Any]:
    return _openai({"role": "assistant", "content": text}, "stop")


def _openai(message: dict[str, Any], finish_reason: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": "fake-model",
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}],
        "usage": {"prompt_tokens": _USAGE_IN, "completion_tokens": _USAGE_OUT, "total_tokens": _USAGE_IN + _USAGE_OUT},
    }


class FakeLLMServer:
    """Serves scripted replies in order; an unscripted request gets HTTP 418 (not retried by the SDKs).

    `GET .../models` lists `models` (OpenAI's model list; None: HTTP 404, a server without one)."""

    def __init__(self, models: tuple[str, ...] | list[str] | None = ("fake-model",)) -> None:
        self.models = None if models is None else list(models)
        self.requests: list[Recorded] = []
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self._replies.extend(replies)

    def __enter__(self) -> FakeLLMServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()  # wakes handlers that are sleeping past a timeout
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def _next(self, path: str, headers: dict[str, str], body: Any) -> Reply:
        with self._lock:
            self.requests.append(Recorded(path, headers, body))
            if self._replies:
                return self._replies.popleft()
        return Reply(418, {"error": {"type": "fake_server", "message": "no scripted reply left"}})


def _handler(server: FakeLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            with server._lock:
                server.requests.append(Recorded(self.path, {k.lower(): v for k, v in self.headers.items()}, None))
            if self.path.endswith("/models") and server.models is not None:
                data = [{"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in server.models]
                self._send(Reply(200, {"object": "list", "data": data}))
            else:
                self._send(Reply(404, {"error": {"type": "not_found", "message": f"no route {self.path}"}}))

        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            raw = self.rfile.read(int(self.headers.get("content-length", 0)))
            try:
                body: Any = json.loads(raw)
            except ValueError:
                body = raw.decode("utf-8", "replace")
            if not self.path.endswith(("/messages", "/chat/completions")):
                reply = Reply(404, {"error": {"type": "not_found", "message": f"no route {self.path}"}})
            else:
                reply = server._next(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            if reply.delay_s and server._stopping.wait(reply.delay_s):
                return
            self._send(reply)

        def _send(self, reply: Reply) -> None:
            data = reply.body.encode() if isinstance(reply.body, str) else json.dumps(reply.body).encode()
            try:
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                # No keep-alive: the SDK clients, never closed by tests, then hold no open socket.
                self.send_header("connection", "close")
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout) before we answered

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # keep test output clean

    return Handler
