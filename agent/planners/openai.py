"""The OpenAI planner: Chat Completions with one forced tool, `submit_plan` or `submit_goal` (see `agent.planners.llm`).

It also drives any OpenAI-compatible server (vLLM, Ollama, LM Studio) through `base_url`;
such servers usually need no key, so a placeholder is sent when `OPENAI_API_KEY` is unset.
The model must support tool calling (and images, unless `send_image=False`). For example,
with Ollama serving a vision model on its default port:

    from agent.planners import PlanRequest
    from agent.planners.openai import OpenAIPlanner

    planner = OpenAIPlanner(model="qwen2.5vl:7b", base_url="http://127.0.0.1:11434/v1")
    plan = planner.plan(PlanRequest(instruction="put the red block in the blue bowl", scene=scene))

or from the CLI (vLLM: `vllm serve MODEL --enable-auto-tool-choice --tool-call-parser hermes`):

    vla-agent run "clear the table" --planner openai-compatible:MODEL --llm-base-url http://127.0.0.1:8000/v1
"""

from __future__ import annotations

from typing import Any

from sim.core.errors import ConfigError, LLMError
from agent.planners.llm import LLMPlanner, LLMReply, ToolCall

DEFAULT_MODEL = "gpt-5.5"
NO_KEY = "not-needed"  # sent to OpenAI-compatible servers when no key is set


class OpenAIPlanner(LLMPlanner):
    """Plans with an OpenAI model or an OpenAI-compatible server. The key comes from `api_key` or
    `OPENAI_API_KEY` (optional with a `base_url`); the SDK retries timeouts, 429 and 5xx
    `max_retries` times with backoff."""

    provider = "openai"
    key_env = "OPENAI_API_KEY"
    default_model = DEFAULT_MODEL
    no_key = NO_KEY

    def _make_client(self) -> Any:
        s = self.settings
        return self._sdk.OpenAI(api_key=self._key, base_url=self.base_url, timeout=s.http_timeout(self._sdk),
                                max_retries=s.max_retries)

    def _call(self, system: str, messages: list[dict[str, Any]]) -> LLMReply:
        # OpenAI's reasoning models reject max_tokens; many compatible servers know only max_tokens.
        limit = "max_tokens" if self.base_url else "max_completion_tokens"
        response = self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            tools=[{"type": "function", "function": {
                "name": self.tool.name, "description": self.tool.description, "parameters": self.tool.schema}}],
            tool_choice={"type": "function", "function": {"name": self.tool.name}},
            **{limit: self.settings.max_tokens},
        )
        if not response.choices:
            raise LLMError(f"{self.name}: the reply has no choices; check that the server speaks Chat Completions")
        message = response.choices[0].message
        calls: list[ToolCall] = []
        history: list[dict[str, Any]] = []
        for i, call in enumerate(message.tool_calls or []):
            function = getattr(call, "function", None)  # None for custom (non-function) tool calls
            name = function.name if function else str(getattr(call, "type", "unknown"))
            arguments = function.arguments if function else ""
            call_id = call.id or f"call_{i}"
            calls.append(ToolCall(call_id, name, arguments))
            history.append({"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}})
        text = message.content or message.refusal or ""
        assistant: dict[str, Any] = {"role": "assistant", "content": text or None}
        if history:
            assistant["tool_calls"] = history
        usage = response.usage
        return LLMReply(
            calls=calls,
            text=text,
            assistant_message=assistant,
            input_tokens=(usage.prompt_tokens or 0) if usage else 0,
            output_tokens=(usage.completion_tokens or 0) if usage else 0,
        )

    def _user_message(self, text: str, image_png_b64: str | None) -> dict[str, Any]:
        if not image_png_b64:
            return {"role": "user", "content": text}
        image = {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{image_png_b64}"}}
        return {"role": "user", "content": [image, {"type": "text", "text": text}]}

    def _rejection(self, reply: LLMReply, error: str) -> list[dict[str, Any]]:
        if not reply.calls:
            return [{"role": "user", "content": error}]
        # Chat Completions has no is_error flag: the error is the tool message's content.
        return [{"role": "tool", "tool_call_id": c.id, "content": f"Error: {error}"} for c in reply.calls]


class OpenAICompatiblePlanner(OpenAIPlanner):
    """`--planner openai-compatible[:MODEL]`: an OpenAI-compatible server at `base_url`. Without a model name it
    asks the server's model list (`GET /models`) before the first request and uses its only model; with several
    (or none) it stops with a `ConfigError` that lists them, since a local server rejects OpenAI's default name."""

    default_model = ""

    def __init__(self, model: str | None = None, base_url: str | None = None, **kwargs: Any) -> None:
        super().__init__(model, base_url, **kwargs)
        if not self.model:
            self.name = f"{self.provider}:(the server's model)"

    def _prepare(self) -> None:
        if self.model:
            return
        try:
            models = sorted({m.id for m in self._client.models.list()})
        except self._sdk.NotFoundError:
            raise ConfigError(f"{self.base_url} has no model list; name the model: --planner openai-compatible:MODEL") from None
        how = "--planner openai-compatible:MODEL"
        if not models:
            raise ConfigError(f"{self.base_url} serves no model; load one, or name it: {how}")
        if len(models) > 1:
            shown = ", ".join(models[:20]) + (f" (and {len(models) - 20} more)" if len(models) > 20 else "")
            raise ConfigError(f"{self.base_url} serves {len(models)} models; choose one with {how}: {shown}")
        self.model = models[0]
        self.name = f"{self.provider}:{self.model}"
