"""What the Anthropic and OpenAI planners share: the tool, the repair loop, usage, errors, redaction.

The plan comes back as one call of a single `submit_plan` tool (`agent.planners.tools`) whose input schema is a plan over
the registered primitives (`agent.primitives.plan_schema()`), rather than one tool per primitive. A plan is an ordered whole:
one call carries the order and the complete plan explicitly, `validate_plan` checks it at
once, and a rejection is answered with a single tool result. With a tool per primitive, the
order would rest on the order of parallel tool calls, a reply could hold half a plan, and
every repair would need one result per call.

The plan carries the goal the model believes the user asked for (`sim.core.goal.Goal`), and
validation checks that the steps reach it. In goal mode (`mode="goal"`, for models that reason
badly about steps) the single tool is `submit_goal`: the model only states the goal, which is
grounded on the perceived scene and planned by the offline symbolic planner.

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
import prompts
from sim.core.errors import ConfigError, LLMError, PlanningError, PlanValidationError, missing_extra
from agent.planners import LLM_MODES
from agent.planners.base import PlanRequest, Usage
from agent.planners.offline.symbolic import plan_stages
from agent.planners.tools import (
    SUBMIT_GOAL,
    SUBMIT_PLAN,
    LLMReply,
    ReplyError,
    Tool,
    ToolCall,
    parse_goal,
    parse_reply,
    submit_plan_description,
    tool_for,
)
from agent import primitives
from agent.primitives import Ask, Done
from agent.schemas import Plan
from agent.validate import validate_plan
from sim.core import layout
from sim.core.goal import Goal, describe, ground
from sim.core.perceived import Scene
from sim.core.symbolic import SymState

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 60.0  # a whole request: models may think for long
DEFAULT_CONNECT_TIMEOUT_S = 1.5  # reaching the server: an unreachable one is reported in seconds, retries included
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_REPAIRS = 3

__all__ = [
    "SUBMIT_GOAL",
    "SUBMIT_PLAN",
    "LLMPlanner",
    "LLMReply",
    "LLMSettings",
    "ReplyError",
    "ToolCall",
    "parse_reply",
    "plan_for_goal",
    "submit_plan_description",
    "system_prompt",
    "user_prompt",
]


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


def system_prompt(mode: str = "plan") -> str:
    """The system prompt, listing the registered primitives with their words (`Call.signature`, `Call.guide`)."""
    listed = [primitives.get(name) for name in primitives.registered()]
    return prompts.render(
        "goal_system" if mode == "goal" else "planner_system",
        primitives="\n".join(f"- {p.signature}: {p.guide}" for p in listed),
        names=", ".join(p.signature.split("(")[0] for p in listed),
        bowl_capacity=layout.BOWL_CAPACITY,
    )


def user_prompt(request: PlanRequest, mode: str = "plan") -> str:
    def lines(items: list[str]) -> str:
        return "\n".join(f"- {item}" for item in items) or "(none)"

    return prompts.render(
        "planner_user",
        scene=request.scene.describe(),
        history=lines(request.history),
        feedback=lines(request.feedback),
        instruction=request.instruction,
        call=f"Call {SUBMIT_GOAL} with the goal." if mode == "goal"
        else f"Call {SUBMIT_PLAN} with the goal and the complete plan.",
    )


def plan_for_goal(goal: Goal, scene: Scene, reasoning: str = "") -> Plan:
    """Goal mode: the offline planner's plan to `goal` from the perceived `scene`.

    `PlanningError` (a set with no members, an impossible goal) or `PlanValidationError` say why there is none."""
    state = SymState.from_scene(scene)
    steps, _ = plan_stages(state, ground(goal, state))
    wanted = describe(goal)
    plan = Plan(goal=goal, steps=[*steps, Done(summary=f"{'done' if steps else 'already done'}: {wanted}")],
                reasoning=reasoning or f"goal: {wanted}")
    validate_plan(plan, scene)
    return plan


@dataclass
class LLMSettings:
    """How a planner talks to its service; small values make tests fast."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    max_retries: int = DEFAULT_MAX_RETRIES  # SDK retries of timeouts, 429 and 5xx, with backoff
    max_repairs: int = DEFAULT_MAX_REPAIRS  # re-asks after a rejected plan
    max_tokens: int = 2048
    send_image: bool = True  # off for text-only models behind an OpenAI-compatible server
    connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S  # separate from `timeout_s`

    def http_timeout(self, sdk: ModuleType) -> Any:
        """The SDK client's timeout (its own HTTP package's `Timeout`): short to connect, long to read."""
        return sdk.Timeout(self.timeout_s, connect=self.connect_timeout_s)


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
        connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_repairs: int = DEFAULT_MAX_REPAIRS,
        max_tokens: int = 2048,
        send_image: bool = True,
        mode: str = "plan",
    ) -> None:
        if mode not in LLM_MODES:
            raise ConfigError(f"unknown LLM mode {mode!r}; valid: {', '.join(LLM_MODES)}")
        self.mode = mode  # "plan": the model plans the steps; "goal": it states the goal, the offline planner plans
        self._sdk = import_sdk(self.provider)
        self._key = resolve_key(self.key_env, api_key, placeholder=self.no_key if base_url else None)
        self.model = model or self.default_model
        self.base_url = base_url
        self.settings = LLMSettings(timeout_s, max_retries, max_repairs, max_tokens, send_image=send_image,
                                    connect_timeout_s=connect_timeout_s)
        self.name = f"{self.provider}:{self.model}"
        self.usage = Usage()
        self._client = self._make_client()

    @property
    def tool(self) -> Tool:
        """The one tool of this planner's mode, over the primitives registered now."""
        return tool_for(self.mode)

    @abstractmethod
    def _make_client(self) -> Any:
        """The SDK client, with this planner's key, base URL, timeouts (`LLMSettings.http_timeout`) and SDK retries."""

    def _prepare(self) -> None:
        """Get ready for the first request (the OpenAI-compatible planner asks the server for its model)."""

    def plan(self, request: PlanRequest) -> Plan:
        """A plan that passed `validate_plan`, or `PlanningError`/`LLMError` (never the key in the message)."""
        image = encode_png(request.image) if request.image is not None and self.settings.send_image else None
        messages = [self._user_message(user_prompt(request, self.mode), image)]
        last_error = ""
        for attempt in range(self.settings.max_repairs + 1):
            reply = self._request(messages)
            try:
                return self._plan_from(reply, request.scene)
            except (ReplyError, PlanValidationError, PlanningError) as e:
                last_error = redact(str(e), self._key)
            log.info("%s: reply %d rejected: %s", self.name, attempt + 1, last_error)
            repair = prompts.render("repair", error=last_error, tool=self.tool.name)
            messages += [reply.assistant_message, *self._rejection(reply, repair)]
        raise PlanningError(
            f"{self.name} gave no valid plan after {self.settings.max_repairs} repairs; last error: {last_error}"
        )

    def _plan_from(self, reply: LLMReply, scene: Scene) -> Plan:
        """The valid plan a reply leads to: its own plan (plan mode) or the offline planner's plan to its goal."""
        if self.mode == "plan":
            plan = parse_reply(reply)
            validate_plan(plan, scene)
            return plan
        stated = parse_goal(reply)
        if stated.goal is None:
            return Plan(steps=[Ask(question=stated.question.strip())], reasoning=stated.reasoning)
        try:
            return plan_for_goal(stated.goal, scene, stated.reasoning)
        except (PlanningError, PlanValidationError) as e:
            raise ReplyError(f"no plan reaches that goal ({describe(stated.goal)}): {e}") from None

    def _request(self, messages: list[dict[str, Any]]) -> LLMReply:
        self.usage.llm_calls += 1
        try:
            self._prepare()
            reply = self._call(system_prompt(self.mode), messages)
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
        if _connect_timeout(exc):
            msg = (f"cannot connect to {where} within {s.connect_timeout_s:g} s {attempts}; check that the server "
                   "is running and the base URL")
        elif isinstance(exc, sdk.APITimeoutError):
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
        """One request with the one forced tool (`self.tool`); the reply's tool calls and text."""

    @abstractmethod
    def _user_message(self, text: str, image_png_b64: str | None) -> dict[str, Any]:
        """The user turn in this API's format, with the image if there is one."""

    @abstractmethod
    def _rejection(self, reply: LLMReply, error: str) -> list[dict[str, Any]]:
        """The messages that answer a rejected reply: an error result for each tool call."""


def _connect_timeout(exc: BaseException) -> bool:
    """The SDKs report a connect timeout as a plain timeout; its cause (httpx's `ConnectTimeout`) tells them apart."""
    return type(exc.__cause__).__name__ == "ConnectTimeout"


def _server_message(body: object) -> str:
    """The `error.message` of an API error body, if it has one."""
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return err["message"]
    return ""
