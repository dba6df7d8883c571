"""The agent as an MCP server (`vla-agent mcp`): tools and resources for any MCP client, over stdio.

Tools:
- `reset_scene(seed, blocks, bowls, stacked, in_bowls, scene)`: a new scene on the agent's world (`scene`: a
  `SceneSpec` as JSON, else `generate_scene(seed, ...)`); forgets the conversation.
- `run_instruction(instruction)`: carry it out on the world as it is (a chat turn); the `EpisodeResult`.
- `plan(instruction)`: perceive once and ask the planner; the steps, without moving the world.
- `look()`: the front camera image (PNG) and the perceived scene (text and JSON).
- `ask(question)`: a rule-based answer about the perceived scene (`agent.answers`).

Resources: `vla-agent://episode/last/result` (the last `EpisodeResult`, JSON), `vla-agent://episode/last/video`
(its MP4, a blob) and `vla-agent://scene` (the perceived scene, JSON).

The `Agent` is built on the first tool call, so the server starts fast; one tool runs at a time. The stdio
transport keeps stdout for the protocol (stray output goes to stderr); logging goes to stderr. Instructions,
questions and LLM output are data: nothing here evaluates them. Importing this module imports `mcp`.
"""

import base64
import ctypes
import io
import logging
import sys
import tempfile
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ResourceNotFoundError, ToolError
from mcp.types import CallToolResult, ContentBlock, ImageContent, TextContent, ToolAnnotations
from pydantic import Field, ValidationError

from agent.answers import HELP, answer
from sim.core.errors import UserError, VlaAgentError

if TYPE_CHECKING:
    from agent.api import Agent
    from agent.schemas import EpisodeResult
    from sim.scene import SceneSpec

__all__ = ["ServerOptions", "AgentService", "build_server", "serve", "RESULT_URI", "VIDEO_URI", "SCENE_URI"]

log = logging.getLogger(__name__)

RESULT_URI = "vla-agent://episode/last/result"
VIDEO_URI = "vla-agent://episode/last/video"
SCENE_URI = "vla-agent://scene"
MAX_QUESTION_CHARS = 500
INSTRUCTIONS = (
    "A robot arm at a tabletop with coloured blocks and bowls, a bin and five named places (the four corners "
    "and the middle). Call `look` or `ask` to see the scene, `plan` to preview what an instruction would do, "
    "`run_instruction` to carry it out (follow-ups refer to earlier turns), and `reset_scene` for a new scene. "
    "The last episode's result and video are resources."
)


@dataclass
class ServerOptions:
    """How to build the agent: as `vla-agent run` does, plus the world (a name of `sim.worlds.WORLDS`; the
    physics-free "symbolic" test double defaults to the "symbolic" skills and the "oracle" perceiver).

    scene: builds the first scene (default `generate_scene(0)`). video: record each episode to MP4 in
    `workdir` (default: a temporary folder).
    """

    planner: str = "auto"
    skills: str | None = None
    perceiver: str | None = None
    world: str = "pybullet"
    llm_base_url: str | None = None
    scene: Callable[[], "SceneSpec"] | None = None
    video: bool = True
    workdir: Path | None = None


def make_agent(options: ServerOptions) -> "Agent":
    """The agent the options describe, on its first scene."""
    from agent.api import Agent
    from sim.scene import generate_scene
    bot = Agent(planner=options.planner, skills=options.skills, world=options.world, perceiver=options.perceiver,
                llm_base_url=options.llm_base_url)
    try:
        spec = options.scene() if options.scene else generate_scene(0)
        bot.reset(0, spec)
    except BaseException:
        bot.close()
        raise
    return bot


def _png(rgb: Any) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="PNG")
    return buf.getvalue()


def summarise(result: "EpisodeResult") -> str:
    """One line: the verdict, what was done, and why it failed."""
    did = ", ".join(s.primitive.describe() for s in result.steps if s.outcome == "success") or "nothing"
    text = (f"{'success' if result.success else 'failed'}: did {did} ({len(result.steps)} steps, "
            f"{result.replans} replans, {result.llm_calls} LLM calls, {result.wall_s:.1f} s)")
    return text + (f"; reason: {result.error}" if result.error else "")


class AgentService:
    """One `Agent`, built on first use, behind a lock: the tools' and resources' logic, without MCP types."""

    def __init__(self, options: ServerOptions, factory: Callable[[ServerOptions], "Agent"] = make_agent) -> None:
        self.options = options
        self._factory = factory
        self._agent: Agent | None = None
        self._lock = threading.RLock()
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.last_result: EpisodeResult | None = None
        self.last_video: Path | None = None

    @property
    def agent(self) -> "Agent":
        with self._lock:
            if self._agent is None:
                log.info("building the agent (planner %s, world %s)", self.options.planner, self.options.world)
                self._agent = self._factory(self.options)
            return self._agent

    def _video_path(self) -> Path | None:
        if not self.options.video:
            return None
        if self.options.workdir is None and self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="vla-agent-mcp-")
        folder = self.options.workdir or Path(self._tmp.name)  # type: ignore[union-attr]
        folder.mkdir(parents=True, exist_ok=True)
        return folder / "last_episode.mp4"

    def perceive(self) -> tuple[Any, Any]:
        """(observation, perceived Scene) of the world as it is now."""
        with self._lock:
            bot = self.agent
            obs = bot.world.observe()
            return obs, bot.perceiver.perceive(obs).scene

    def reset(self, seed: int, blocks: int, bowls: int, stacked: int, in_bowls: int,
              scene: dict[str, Any] | None) -> tuple["SceneSpec", Any]:
        from sim.scene import SceneSpec, generate_scene

        try:
            spec = (SceneSpec.model_validate(scene) if scene is not None
                    else generate_scene(seed, blocks, bowls, stacked=stacked, in_bowls=in_bowls))
        except ValidationError as e:
            problems = "; ".join(f"{'.'.join(str(p) for p in err['loc']) or 'scene'}: {err['msg']}" for err in e.errors()[:3])
            raise UserError(f"invalid scene: {problems}") from None
        with self._lock:
            self.agent.reset(seed, spec)
            return spec, self.perceive()[1]

    def run(self, instruction: str) -> "EpisodeResult":
        from agent.api import check_instruction

        text = check_instruction(instruction)
        with self._lock:
            video = self._video_path()
            self.last_video = None
            if video is not None:
                video.unlink(missing_ok=True)
            self.last_result = self.agent.tell(text, video=video)
            self.last_video = video if video is not None and video.exists() else None
            return self.last_result

    def plan(self, instruction: str) -> Any:
        from agent.api import check_instruction
        from agent.planners.base import PlanRequest

        text = check_instruction(instruction)
        with self._lock:
            obs, scene = self.perceive()
            request = PlanRequest(instruction=text, scene=scene, image=obs.front.rgb, history=list(self.agent.history))
            return self.agent.planner.plan(request)

    def video(self) -> bytes:
        """The last episode's MP4."""
        with self._lock:
            if not self.options.video:
                raise UserError("video recording is off (the server runs with --no-video)")
            if self.last_video is None:
                raise UserError("no episode has been recorded yet; call run_instruction first")
            return self.last_video.read_bytes()

    def close(self) -> None:
        with self._lock:
            if self._agent is not None:
                self._agent.close()
                self._agent = None
            if self._tmp is not None:
                self._tmp.cleanup()
                self._tmp = None


def _check_question(question: str) -> str:
    text = question.strip() if isinstance(question, str) else ""
    if not text:
        raise UserError(f"the question is empty. {HELP}")
    if len(text) > MAX_QUESTION_CHARS:
        raise UserError(f"the question has {len(text)} characters; the limit is {MAX_QUESTION_CHARS}")
    return text


def _result(text: str, structured: dict[str, Any], *extra: ContentBlock) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=text), *extra], structured_content=structured)


def _guard(fn: Callable[[], CallToolResult]) -> CallToolResult:
    """Our errors (bad input, a planner that failed, a missing key) become the tool's error message."""
    try:
        return fn()
    except VlaAgentError as e:
        raise ToolError(str(e)) from None


_READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False)
_MOVES = ToolAnnotations(read_only_hint=False, destructive_hint=True, idempotent_hint=False, open_world_hint=False)
Instruction = Annotated[str, Field(description='what to do, e.g. "put the red block in the blue bowl"')]


def _flush_stdio() -> None:
    """Flush Python's and C's stdout buffers (PyBullet prints with C stdio) while the transport still sends
    fd 1 to stderr; flushed later, at exit, they would land on the protocol stream."""
    with suppress(Exception):
        sys.stdout.flush()
    if sys.platform != "win32":
        with suppress(Exception):
            ctypes.CDLL(None).fflush(None)


def build_server(service: AgentService) -> MCPServer:
    """The MCP server over `service`: five tools and three resources. The agent closes when the server stops."""

    @asynccontextmanager
    async def lifespan(_: MCPServer) -> AsyncIterator[dict[str, Any]]:
        try:
            yield {}
        finally:
            service.close()
            _flush_stdio()

    server = MCPServer(name="vla-agent", instructions=INSTRUCTIONS, log_level="WARNING", lifespan=lifespan)

    @server.tool(annotations=_MOVES)
    def reset_scene(
        seed: Annotated[int, Field(description="scene seed: the same arguments give the same scene")] = 0,
        blocks: Annotated[int, Field(description="number of blocks")] = 4,
        bowls: Annotated[int, Field(description="number of bowls")] = 2,
        stacked: Annotated[int, Field(description="blocks that start on other blocks")] = 0,
        in_bowls: Annotated[int, Field(description="blocks that start in bowls")] = 0,
        scene: Annotated[dict[str, Any] | None, Field(
            description='a scene as JSON instead: {"objects": [{"kind": "block", "colour": "red", "x": 0.4, '
                        '"y": -0.1, "on": null}, ...]}; overrides the other arguments')] = None,
    ) -> CallToolResult:
        """Set up a new scene on the robot's table and forget the conversation; returns what is now perceived."""
        def go() -> CallToolResult:
            spec, perceived = service.reset(seed, blocks, bowls, stacked, in_bowls, scene)
            return _result(f"New scene, {len(spec.objects)} objects:\n{perceived.describe()}",
                           {"scene": spec.model_dump(mode="json"), "perceived": perceived.model_dump(mode="json"),
                            "description": perceived.describe()})
        return _guard(go)

    @server.tool(annotations=_MOVES)
    def run_instruction(instruction: Instruction) -> CallToolResult:
        """Carry out an instruction with the robot arm on the scene as it is (follow-ups refer to earlier
        turns); returns success, a short summary and the episode result (plan, steps, outcomes)."""
        def go() -> CallToolResult:
            result = service.run(instruction)
            text = summarise(result)
            dump = result.model_dump(mode="json")
            return _result(text, {"success": result.success, "summary": text, "result": dump,
                                  "video": VIDEO_URI if service.last_video else None},
                           TextContent(type="text", text=result.model_dump_json()))
        return _guard(go)

    @server.tool(annotations=_READ_ONLY)
    def plan(instruction: Instruction) -> CallToolResult:
        """Plan an instruction without moving anything: perceive the scene once and return the planned steps."""
        def go() -> CallToolResult:
            p = service.plan(instruction)
            steps = [s.describe() for s in p.steps]
            text = "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)) or "(no steps)"
            if p.reasoning:
                text += f"\nreasoning: {p.reasoning}"
            return _result(text, {"steps": steps, "reasoning": p.reasoning, "plan": p.model_dump(mode="json")})
        return _guard(go)

    @server.tool(annotations=_READ_ONLY)
    def look() -> CallToolResult:
        """The robot's front camera image (PNG) and the scene as perception sees it (text and JSON)."""
        def go() -> CallToolResult:
            obs, scene = service.perceive()
            rgb = obs.front.rgb
            image = ImageContent(type="image", data=base64.b64encode(_png(rgb)).decode(), mime_type="image/png")
            data = scene.model_dump(mode="json")
            return _result(scene.describe(), {"description": scene.describe(), "scene": data,
                                              "image": {"width": int(rgb.shape[1]), "height": int(rgb.shape[0])}},
                           image, TextContent(type="text", text=scene.model_dump_json()))
        return _guard(go)

    @server.tool(annotations=_READ_ONLY)
    def ask(question: Annotated[str, Field(description='e.g. "is the red block in the blue bowl?", '
                                                       '"how many blocks are there?", "where is the green block?"')],
            ) -> CallToolResult:
        """Answer a question about the scene from perception: what is on the table, where a thing is, what is
        in/on something, how many X, what colour X is, what the gripper holds, and yes/no relations."""
        def go() -> CallToolResult:
            text = _check_question(question)
            got = answer(text, service.perceive()[1])
            return _result(got.text, {"question": text, **got.to_json()})
        return _guard(go)

    @server.resource(RESULT_URI, name="last_episode_result", mime_type="application/json",
                     description="The result of the last run_instruction (EpisodeResult JSON).")
    def last_result() -> str:
        if service.last_result is None:
            raise ResourceNotFoundError("no episode has run yet; call run_instruction first")
        return service.last_result.model_dump_json(indent=2)

    @server.resource(VIDEO_URI, name="last_episode_video", mime_type="video/mp4",
                     description="The front-camera video of the last run_instruction (MP4).")
    def last_video() -> bytes:
        try:
            return service.video()
        except UserError as e:
            raise ResourceNotFoundError(str(e)) from None

    @server.resource(SCENE_URI, name="scene", mime_type="application/json",
                     description="The scene as perception sees it now (Scene JSON).")
    def current_scene() -> str:
        try:
            return service.perceive()[1].model_dump_json(indent=2)
        except VlaAgentError as e:
            raise ResourceError(str(e)) from None

    return server


def serve(options: ServerOptions) -> None:
    """Serve over stdio until the client closes the connection; then close the agent's world."""
    service = AgentService(options)
    try:
        build_server(service).run("stdio")
    finally:
        service.close()
