"""The Anthropic planner: the Messages API with one forced `submit_plan` tool (see `agent.planners.llm`).

    export ANTHROPIC_API_KEY=...
    vla-agent run "put the red block in the blue bowl" --planner anthropic[:MODEL]
"""

from __future__ import annotations

from typing import Any

from agent.planners.llm import (
    DEFAULT_MAX_REPAIRS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT_S,
    SUBMIT_PLAN,
    SUBMIT_PLAN_DESCRIPTION,
    LLMPlanner,
    LLMReply,
    LLMSettings,
    ToolCall,
    import_sdk,
    plan_schema,
    resolve_key,
)

DEFAULT_MODEL = "claude-sonnet-5-5"  # the SDK warns that claude-sonnet-4-5 is deprecated


class AnthropicPlanner(LLMPlanner):
    """Plans with Claude. The key comes from `api_key` or `ANTHROPIC_API_KEY`; the SDK retries
    timeouts, 429 and 5xx `max_retries` times with backoff."""

    provider = "anthropic"
    key_env = "ANTHROPIC_API_KEY"

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
        sdk = import_sdk("anthropic")
        key = resolve_key(self.key_env, api_key)
        settings = LLMSettings(timeout_s, max_retries, max_repairs, max_tokens, send_image=send_image)
        super().__init__(sdk, model or DEFAULT_MODEL, base_url, key, settings)
        self._client = sdk.Anthropic(api_key=key, base_url=base_url, timeout=timeout_s, max_retries=max_retries)
        self._tools = [{"name": SUBMIT_PLAN, "description": SUBMIT_PLAN_DESCRIPTION, "input_schema": plan_schema()}]

    def _call(self, system: str, messages: list[dict[str, Any]]) -> LLMReply:
        response = self._client.messages.create(
            model=self.model,
            max_tokens=self.settings.max_tokens,
            system=system,
            messages=messages,
            tools=self._tools,
            tool_choice={"type": "tool", "name": SUBMIT_PLAN},
        )
        calls: list[ToolCall] = []
        texts: list[str] = []
        content: list[dict[str, Any]] = []
        for block in response.content or []:
            if block.type == "tool_use":
                calls.append(ToolCall(block.id, block.name, block.input))
                # The API wants an object here; a malformed one is still answered by its tool result.
                tool_input = block.input if isinstance(block.input, dict) else {}
                content.append({"type": "tool_use", "id": block.id, "name": block.name, "input": tool_input})
            elif block.type == "text" and block.text:
                texts.append(block.text)
                content.append({"type": "text", "text": block.text})
        usage = response.usage
        return LLMReply(
            calls=calls,
            text="\n".join(texts),
            assistant_message={"role": "assistant", "content": content or "(empty reply)"},
            input_tokens=(usage.input_tokens or 0) if usage else 0,
            output_tokens=(usage.output_tokens or 0) if usage else 0,
        )

    def _user_message(self, text: str, image_png_b64: str | None) -> dict[str, Any]:
        content: list[dict[str, Any]] = []
        if image_png_b64:
            content.append({"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": image_png_b64}})
        content.append({"type": "text", "text": text})
        return {"role": "user", "content": content}

    def _rejection(self, reply: LLMReply, error: str) -> list[dict[str, Any]]:
        if not reply.calls:
            return [{"role": "user", "content": error}]
        results = [{"type": "tool_result", "tool_use_id": c.id, "content": error, "is_error": True} for c in reply.calls]
        return [{"role": "user", "content": results}]

