"""The Anthropic planner: the Messages API with one forced tool, `submit_plan` or `submit_goal` (see `agent.planners.llm`).

    export ANTHROPIC_API_KEY=...
    vla-agent run "put the red block in the blue bowl" --planner anthropic[:MODEL]
"""

from __future__ import annotations

from typing import Any

from agent.planners.llm import LLMPlanner, LLMReply, ToolCall

DEFAULT_MODEL = "claude-sonnet-5-5"  # the SDK warns that claude-sonnet-4-5 is deprecated


class AnthropicPlanner(LLMPlanner):
    """Plans with Claude. The key comes from `api_key` or `ANTHROPIC_API_KEY`; the SDK retries
    timeouts, 429 and 5xx `max_retries` times with backoff."""

    provider = "anthropic"
    key_env = "ANTHROPIC_API_KEY"
    default_model = DEFAULT_MODEL

    def _make_client(self) -> Any:
        s = self.settings
        return self._sdk.Anthropic(api_key=self._key, base_url=self.base_url, timeout=s.http_timeout(self._sdk),
                                   max_retries=s.max_retries)

    def _call(self, system: str, messages: list[dict[str, Any]]) -> LLMReply:
        response = self._client.messages.create(
            model=self.model,
            max_tokens=self.settings.max_tokens,
            system=system,
            messages=messages,
            tools=[{"name": self.tool.name, "description": self.tool.description, "input_schema": self.tool.schema}],
            tool_choice={"type": "tool", "name": self.tool.name},
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

