"""What the Anthropic and OpenAI planners share: the tool, the repair loop, usage, errors, redaction.

The plan comes back as one call of a single `submit_plan` tool whose input schema is a plan over
the registered primitives (`agent.primitives.plan_schema()`), rather than one tool per primitive. A plan is an ordered whole:
one call carries the order and the complete plan explicitly, `validate_plan` checks it at
once, and a rejection is answered with a single tool result. With a tool per primitive, the
order would rest on the order of parallel tool calls, a reply could hold half a plan, and
every repair would need one result per call.

LLM output is data: it is parsed into Pydantic models and checked against the scene; a
reply that names another tool, adds fields or breaks a rule is rejected and sent back as an
error (at most `max_repairs` times). Nothing in a reply is ever executed.
"""

from __future__ import annotations

import base64
import importlib
import io
import json
import logging
import os
from abc import ABC, abstractmethod
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import numpy as np
from pydantic import ValidationError

import prompts
from sim.core.errors import ConfigError, LLMError, PlanningError, PlanValidationError, missing_extra
from agent.planners.base import PlanRequest, Usage
from agent import primitives
from agent.schemas import Plan
from agent.validate import validate_plan
from sim.core import layout

log = logging.getLogger(__name__)

SUBMIT_PLAN = "submit_plan"
DEFAULT_TIMEOUT_S = 60.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_REPAIRS = 3


def submit_plan_description() -> str:
    signatures = ", ".join(primitives.get(name).signature for name in primitives.registered())
    return f"Submit the complete plan: an ordered list of steps, each one of {signatures}, ending with done (or ask)."


def import_sdk(package: str) -> ModuleType:
    """Import an LLM SDK, or raise `ConfigError` with the pip command that installs it."""
    try:
        return importlib.import_module(package)
    except ImportError:
        raise missing_extra(package) from None


def resolve_key(env: str, given: str | None, placeholder: str | None = None) -> str:
    """The key passed in, else the one in `env`, else `placeholder`; none of them -> `ConfigError`."""
    key = given or os.environ.get(env) or placeholder
    if not key:
        raise ConfigError(f"no API key: set the environment variable {env} (or use --planner offline)")
    return key


def redact(text: str, secret: str | None) -> str:
    """`text` with every occurrence of `secret` replaced, so no message can leak the API key."""
    return text.replace(secret, "[redacted]") if secret and len(secret) >= 4 else text


def encode_png(image: np.ndarray) -> str:
    """An HxWx3 (or x4) RGB image, uint8 or float in [0, 1], as base64 PNG."""
    from PIL import Image

    arr = np.asarray(image)
    if arr.ndim != 3 or arr.shape[2] not in (3, 4):
        raise ValueError(f"the image must be HxWx3 RGB, got shape {arr.shape}")
    if arr.dtype != np.uint8:
        arr = (np.clip(arr.astype(np.float64), 0.0, 1.0) * 255).round().astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(arr[..., :3])).save(buf, format="PNG")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def system_prompt() -> str:
    """The system prompt, listing the registered primitives with their words (`Call.signature`, `Call.guide`)."""
    listed = [primitives.get(name) for name in primitives.registered()]
    return prompts.render(
        "planner_system",
        primitives="\n".join(f"- {p.signature}: {p.guide}" for p in listed),
        names=", ".join(p.signature.split("(")[0] for p in listed),
        bowl_capacity=layout.BOWL_CAPACITY,
    )


def user_prompt(request: PlanRequest) -> str:
    def lines(items: list[str]) -> str:
        return "\n".join(f"- {item}" for item in items) or "(none)"

    return prompts.render(
        "planner_user",
        scene=request.scene.describe(),
        history=lines(request.history),
        feedback=lines(request.feedback),
        instruction=request.instruction,
    )


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: Any  # a dict (Anthropic) or a raw JSON string (OpenAI): not trusted either way


@dataclass
class LLMReply:
    """One reply, provider-neutral, plus the assistant message to keep in the conversation."""

    calls: list[ToolCall]
    text: str
    assistant_message: dict[str, Any]
    input_tokens: int = 0
    output_tokens: int = 0


class ReplyError(Exception):
    """A reply that is not a well-formed `submit_plan` call; the message goes back to the LLM."""


def parse_reply(reply: LLMReply) -> Plan:
    """The `Plan` in a reply, or `ReplyError` saying what to fix."""
    if not reply.calls:
        raise ReplyError(f"you answered without calling {SUBMIT_PLAN}; submit the plan only through that tool")
    unknown = sorted({c.name for c in reply.calls if c.name != SUBMIT_PLAN})
    if unknown:
        raise ReplyError(
            f"unknown tool {unknown[0]!r}; the only tool is {SUBMIT_PLAN}, and a plan may only "
            f"use {', '.join(primitives.registered())}"
        )
    if len(reply.calls) > 1:
        raise ReplyError(f"call {SUBMIT_PLAN} exactly once, with the complete plan")
    args = reply.calls[0].arguments
    if isinstance(args, str):
        try:
            args = json.loads(args)
        except json.JSONDecodeError as e:
            raise ReplyError(f"the {SUBMIT_PLAN} arguments are not valid JSON ({e.msg} at char {e.pos})") from None
    if not isinstance(args, dict):
        raise ReplyError(f'the {SUBMIT_PLAN} arguments must be a JSON object like {{"steps": [...]}}')
    try:
        return Plan.model_validate(args)
    except ValidationError as e:
        problems = [f"{'.'.join(map(str, err['loc'])) or 'plan'}: {err['msg']}" for err in e.errors()[:5]]
        raise ReplyError(f"the plan does not match the {SUBMIT_PLAN} schema: " + "; ".join(problems)) from None


@dataclass
class LLMSettings:
    """How a planner talks to its service; small values make tests fast."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    max_retries: int = DEFAULT_MAX_RETRIES  # SDK retries of timeouts, 429 and 5xx, with backoff
    max_repairs: int = DEFAULT_MAX_REPAIRS  # re-asks after a rejected plan
    max_tokens: int = 2048
    send_image: bool = True  # off for text-only models behind an OpenAI-compatible server


class LLMPlanner(ABC):
    """The repair loop; a subclass speaks one API through `_call` and `_user_message`/`_rejection`."""

    provider: str = ""  # also the SDK's package name
    key_env: str = ""
    default_model: str = ""
    no_key: str | None = None  # sent instead of a key when a base_url is given and no key is set

    def __init__(
        self,
        model: str | None = None,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_repairs: int = DEFAULT_MAX_REPAIRS,
        max_tokens: int = 2048,
        send_image: bool = True,
    ) -> None:
        self._sdk = import_sdk(self.provider)
        self._key = resolve_key(self.key_env, api_key, placeholder=self.no_key if base_url else None)
        self.model = model or self.default_model
        self.base_url = base_url
        self.settings = LLMSettings(timeout_s, max_retries, max_repairs, max_tokens, send_image=send_image)
        self.name = f"{self.provider}:{self.model}"
        self.usage = Usage()
        self._client = self._make_client()

    @abstractmethod
    def _make_client(self) -> Any:
        """The SDK client, with this planner's key, base URL, timeout and SDK retries."""

    def plan(self, request: PlanRequest) -> Plan:
        """A plan that passed `validate_plan`, or `PlanningError`/`LLMError` (never the key in the message)."""
        image = encode_png(request.image) if request.image is not None and self.settings.send_image else None
        messages = [self._user_message(user_prompt(request), image)]
        last_error = ""
        for attempt in range(self.settings.max_repairs + 1):
            reply = self._request(messages)
            try:
                plan = parse_reply(reply)
                validate_plan(plan, request.scene)
                return plan
            except (ReplyError, PlanValidationError) as e:
                last_error = redact(str(e), self._key)
            log.info("%s: reply %d rejected: %s", self.name, attempt + 1, last_error)
            messages += [reply.assistant_message, *self._rejection(reply, prompts.render("repair", error=last_error))]
        raise PlanningError(
            f"{self.name} gave no valid plan after {self.settings.max_repairs} repairs; last error: {last_error}"
        )

    def _request(self, messages: list[dict[str, Any]]) -> LLMReply:
        self.usage.llm_calls += 1
        try:
            reply = self._call(system_prompt(), messages)
        except (self._sdk.APIError, json.JSONDecodeError) as e:  # json: a reply body that is not JSON
            raise self._llm_error(e) from None
        self.usage.input_tokens += reply.input_tokens
        self.usage.output_tokens += reply.output_tokens
        log.debug("%s: call %d, %d in / %d out tokens", self.name, self.usage.llm_calls, reply.input_tokens,
                  reply.output_tokens)
        return reply

    def _llm_error(self, exc: Exception) -> LLMError:
        """A one-line message: what failed, the status code, what to do. `raise ... from None` drops the
        SDK exception, whose request object carries the key in its headers."""
        sdk, s = self._sdk, self.settings
        where = self.base_url or f"the {self.provider} API"
        attempts = f"after {s.max_retries + 1} attempt(s)"
        if isinstance(exc, sdk.APITimeoutError):
            msg = f"the request to {where} timed out ({s.timeout_s:g} s) {attempts}; try again later or raise the timeout"
        elif isinstance(exc, sdk.APIConnectionError):
            msg = f"cannot connect to {where} {attempts}; check the network and the base URL"
        elif isinstance(exc, sdk.APIStatusError):
            code = exc.status_code
            hints = {
                401: f"the API key was rejected; check {self.key_env}",
                403: "permission denied; check that the key may use this model",
                404: f"not found; check the model name ({self.model!r}) and the base URL",
                429: f"rate limited {attempts}; wait a minute and try again",
            }
            hint = hints.get(code) or (
                f"server error {attempts}; the service is having trouble, try again later"
                if code >= 500
                else "the request was rejected"
            )
            detail = " ".join((_server_message(exc.body) or str(exc)).split())[:200]
            msg = f"HTTP {code} from {where}: {hint} (server said: {detail})"
        elif isinstance(exc, json.JSONDecodeError):
            msg = f"{where} sent a malformed reply (not valid JSON); check that the base URL serves the {self.provider} API"
        else:
            msg = f"{type(exc).__name__}: {exc}"
        return LLMError(redact(f"{self.name}: {msg}", self._key))

    # --- one API each ------------------------------------------------------------------
    @abstractmethod
    def _call(self, system: str, messages: list[dict[str, Any]]) -> LLMReply:
        """One request with the forced `submit_plan` tool; the reply's tool calls and text."""

    @abstractmethod
    def _user_message(self, text: str, image_png_b64: str | None) -> dict[str, Any]:
        """The user turn in this API's format, with the image if there is one."""

    @abstractmethod
    def _rejection(self, reply: LLMReply, error: str) -> list[dict[str, Any]]:
        """The messages that answer a rejected reply: an error result for each tool call."""


def _server_message(body: object) -> str:
    """The `error.message` of an API error body, if it has one."""
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return err["message"]
    return ""
