"""The Python API: `Agent(...).run(instruction)` and the one-call `agent.run(instruction)`.

    import agent
    result = agent.run("clear the table")          # offline planner, default skills, seed 0

    bot = agent.Agent(planner="offline", skills="scripted")
    bot.run("put the red block in the blue bowl", seed=3)
    bot.tell("now stack it on the green block")     # a follow-up on the same world
"""

from __future__ import annotations

import os
import time
import unicodedata
from pathlib import Path
from typing import Any

from sim.core.errors import UserError
from agent.executor import Answerer, Deps, EpisodeState, Event, ExecutorConfig, build_graph, run_episode
from agent.executor.state import failure_cause
from agent.planners import Planner, make_planner
from agent.answers import Answer, answer
from agent.schemas import EpisodeResult, FaultRecord, ObjectPose, Plan, StepResult
from sim.faults import FaultConfig, FaultyWorld
from sim.safety import ClampCounter
from sim.scene import SceneSpec, generate_scene
from sim.world import SimWorld, World

# The skill set used when none is named: the learned VLA skills, since they met their bar (BENCHMARKS.md).
DEFAULT_SKILLS = "learned"
# The perceiver used when none is given (read when the agent first perceives): see `skills.perception.PERCEIVERS`.
DEFAULT_PERCEIVER = "clip"
MAX_INSTRUCTION_CHARS = 2000

__all__ = ["Agent", "run", "check_instruction", "DEFAULT_PERCEIVER", "DEFAULT_SKILLS", "MAX_INSTRUCTION_CHARS"]


def check_instruction(instruction: object) -> str:
    """The instruction, stripped; `UserError` when empty, too long or holding control characters."""
    if not isinstance(instruction, str):
        raise UserError(f"the instruction must be text, got {type(instruction).__name__}")
    text = instruction.strip()
    if not text:
        raise UserError("the instruction is empty; say what to do, e.g. 'put the red block in the blue bowl'")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise UserError(f"the instruction has {len(text)} characters; the limit is {MAX_INSTRUCTION_CHARS}")
    bad = [c for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n"]
    if bad:
        raise UserError(f"the instruction contains control characters ({', '.join(repr(c) for c in bad[:3])}); "
                        "remove them")
    return text


def load_scene(seed: int = 0, scene: SceneSpec | str | Path | None = None, blocks: int = 4, bowls: int = 2) -> SceneSpec:
    """`scene` itself (a `SceneSpec` or a JSON/YAML file), else exactly `generate_scene(seed, blocks, bowls)`."""
    if isinstance(scene, SceneSpec):
        return scene
    if scene is not None:
        return SceneSpec.load(scene)
    return generate_scene(seed, blocks, bowls)


def _scrub(text: str | None) -> str | None:
    """Remove any API key value from a message (errors may quote requests or settings)."""
    if not text:
        return text
    for name, value in os.environ.items():
        if name.endswith(("_API_KEY", "_TOKEN")) and len(value) >= 8 and value in text:
            text = text.replace(value, "***")
    return text


class Agent:
    """An agent on one world: perceive, plan, act, verify; ask when unsure.

    planner: "auto" | "offline" | "anthropic[:MODEL]" | "openai[:MODEL]" | "openai-compatible" or a
    `Planner`. llm_mode: "plan" (an LLM planner plans the steps) or "goal" (it only states the goal; the
    offline planner plans the steps). skills: a registered skill set name or a {primitive: Skill} dict (None: the world's default,
    else `DEFAULT_SKILLS`). world: any `World`, or a name of `sim.worlds.WORLDS` ("pybullet", "symbolic")
    built on first use (default: a new world of `sim.worlds.DEFAULT_WORLD`); a world built here is closed by `close()`.
    perceiver: a name, "clip" (the default, RGB-D only) or "oracle" (simulator truth, for tests), or a
    perceiver object; built on first use. faults: a `sim.faults.FaultConfig`: the world is wrapped in a
    `FaultyWorld`, and each result lists the faults that fired.
    """

    def __init__(
        self,
        planner: str | Planner = "auto",
        skills: str | dict[str, Any] | None = None,
        world: World | str | None = None,
        perceiver: str | Any = None,
        *,
        llm_base_url: str | None = None,
        llm_mode: str = "plan",
        config: ExecutorConfig | None = None,
        checkpointer: Any = None,
        faults: FaultConfig | None = None,
    ) -> None:
        from skills.perception import check_perceiver
        from sim.worlds import world_kind
        from skills.registry import make_skills

        self._world_name = world if isinstance(world, str) else None
        if world is None or isinstance(world, str):  # a world built here: its defaults fill the gaps
            kind = world_kind(self._world_name)
            skills = skills if skills is not None else kind.skills or DEFAULT_SKILLS
            perceiver = perceiver if perceiver is not None else kind.perceiver
            world = None
        skills = skills if skills is not None else DEFAULT_SKILLS
        self._perceiver_name = check_perceiver(perceiver) if isinstance(perceiver, str) else None
        self.planner: Planner = make_planner(planner, llm_base_url, llm_mode) if isinstance(planner, str) else planner
        self.skills_name = skills if isinstance(skills, str) else "custom"
        self.skills = make_skills(skills) if isinstance(skills, str) else dict(skills)
        self.config = config or ExecutorConfig()
        self.graph = build_graph(checkpointer)
        self.history: list[str] = []  # the conversation on the current world, for follow-ups
        self.seed: int | None = None
        self.faults = faults
        self._owns_world = world is None
        self._world = FaultyWorld(world, faults) if world is not None and faults is not None else world
        self._perceiver = None if isinstance(perceiver, str) else perceiver
        self._rerun: Any = None  # the open `sim.rerun_recording.RerunRecorder`, if any (`rerun=`)

    @property
    def world(self) -> World:
        if self._world is None:
            from sim.worlds import make_world

            world = make_world(self._world_name)
            self._world = FaultyWorld(world, self.faults) if self.faults is not None else world
        return self._world

    @property
    def perceiver(self) -> Any:
        from skills.perception import make_perceiver

        if self._perceiver is None:
            self._perceiver = make_perceiver(self._perceiver_name or DEFAULT_PERCEIVER, self.world)
        return self._perceiver

    def reset(self, seed: int = 0, scene: SceneSpec | str | Path | None = None, blocks: int = 4, bowls: int = 2) -> SceneSpec:
        """Set up a new scene and forget the conversation."""
        spec = load_scene(seed, scene, blocks, bowls)
        self.world.reset(spec)
        self.perceiver.reset()  # perception tracks names across frames: a new scene starts afresh
        self.seed = spec.seed if spec.seed is not None else (seed if scene is None else None)
        self.history = []
        return spec

    def run(
        self,
        instruction: str,
        seed: int = 0,
        scene: SceneSpec | str | Path | None = None,
        blocks: int = 4,
        bowls: int = 2,
        *,
        ask: Answerer | None = None,
        on_event: Any = None,
        video: str | Path | None = None,
        thread_id: str | None = None,
        rerun: str | Path | None = None,
    ) -> EpisodeResult:
        """Reset to the scene (`scene`, else `generate_scene(seed, blocks, bowls)`) and carry out `instruction`.

        ask(question, candidates) -> answer answers the agent's questions; without it a question
        ends the episode with a clear error. on_event(Event) receives progress. rerun: a `.rrd` file
        for the Rerun viewer (needs rerun-sdk), written afresh.
        """
        text = check_instruction(instruction)
        if rerun is not None:
            self.close_recording()  # a new episode: a new recording
        self.reset(seed, scene, blocks, bowls)
        return self.tell(text, ask=ask, on_event=on_event, video=video, thread_id=thread_id, rerun=rerun)

    def tell(
        self,
        instruction: str,
        *,
        ask: Answerer | None = None,
        on_event: Any = None,
        video: str | Path | None = None,
        thread_id: str | None = None,
        rerun: str | Path | None = None,
    ) -> EpisodeResult:
        """Carry out `instruction` on the world as it is now (a chat turn; earlier turns are its history).

        rerun: log the turn to this `.rrd` file for the Rerun viewer (`sim.rerun_recording`; needs
        rerun-sdk). Turns told with the same file continue one recording, until `run` or `close`.
        """
        text = check_instruction(instruction)
        counter = ClampCounter(self.world)  # every clamp of this turn, by kind
        fired_before = len(getattr(self.world, "fired", []))
        world: Any = counter
        recorder = None
        if video is not None:
            from sim.recording import RecordingWorld

            recorder = RecordingWorld(world, size=256)
            recorder.frames.append(world.render(256))
            world = recorder
        perceiver, skills = self.perceiver, self.skills
        rec = self._rerun_recorder(rerun) if rerun is not None else None
        if rec is not None:
            world, perceiver, skills = rec.wrap(world), rec.wrap_perceiver(perceiver), rec.wrap_skills(skills)
            on_event = rec.events(on_event)
            rec.event("instruction", text)
        deps = Deps(world=world, perceiver=perceiver, planner=self.planner, skills=skills,
                    config=self.config, on_event=on_event)
        usage = self.planner.usage
        calls, tok_in, tok_out = usage.llm_calls, usage.input_tokens, usage.output_tokens
        start = time.perf_counter()
        try:
            state = run_episode(self.graph, deps, text, self.history, ask, thread_id)
        finally:
            if rec is not None:
                rec.flush()  # the file holds the turn (readable and viewable) even when the episode raised
        wall = time.perf_counter() - start
        if recorder is not None:
            recorder.save(video)  # type: ignore[arg-type]
        result = self._result(state, text, wall)
        result.llm_calls = usage.llm_calls - calls
        result.tokens = {"input": usage.input_tokens - tok_in, "output": usage.output_tokens - tok_out}
        result.clamps = dict(sorted(counter.counts.items()))
        result.faults = [FaultRecord(kind=f.kind, action=f.action, detail=f.detail)
                         for f in getattr(self.world, "fired", [])[fired_before:]]
        result.failure = failure_cause(state)  # type: ignore[assignment]
        self._remember(text, state, result)
        return result

    def plan(
        self, instruction: str, seed: int | None = None, scene: SceneSpec | str | Path | None = None,
        blocks: int = 4, bowls: int = 2,
    ) -> Plan:
        """A dry run: perceive once and return the plan, with its goal, that `run` would start with; nothing moves.

        With `seed` or `scene` the world is reset to that scene first (as `run` does); without them the plan
        starts from the world as it is now (a fresh agent's world: seed 0). Raises `PlanningError` when the
        planner has no plan (the message says why).
        """
        from agent.planners.base import PlanRequest

        text = check_instruction(instruction)
        self._ensure_scene(seed, scene, blocks, bowls)
        obs = self.world.observe()
        perceived = self.perceiver.perceive(obs).scene
        return self.planner.plan(PlanRequest(instruction=text, scene=perceived, image=obs.front.rgb,
                                             history=list(self.history)))

    def ask(self, question: str, seed: int | None = None, scene: SceneSpec | str | Path | None = None) -> Answer:
        """Answer a question about the world as perceived now (`agent.answers.Answer`: kind, text, value).

        Nothing moves; the question and its answer join the conversation. `seed`/`scene` reset first, as in `plan`.
        """
        text = check_instruction(question)
        self._ensure_scene(seed, scene)
        reply = answer(text, self.perceiver.perceive(self.world.observe()).scene)
        self.history = [*self.history, f"user: {text}", f"agent: {reply.text}"]
        return reply

    def _ensure_scene(self, seed: int | None, scene: SceneSpec | str | Path | None, blocks: int = 4,
                      bowls: int = 2) -> None:
        """Reset to the given scene; with none given, keep the world as it is, unless no world exists yet."""
        if seed is not None or scene is not None or self._world is None:
            self.reset(seed or 0, scene, blocks, bowls)

    def _rerun_recorder(self, path: str | Path) -> Any:
        """The open recorder when it writes `path`, else a new one (ending the open one)."""
        from sim.rerun_recording import RerunRecorder

        if self._rerun is not None and self._rerun.path.resolve() != Path(path).resolve():
            self.close_recording()
        if self._rerun is None:
            self._rerun = RerunRecorder(path)
        return self._rerun

    def close_recording(self) -> None:
        """Finish the open Rerun recording, if any (the next `rerun=` file starts afresh)."""
        if self._rerun is not None:
            self._rerun.close()
            self._rerun = None

    def _result(self, state: EpisodeState, instruction: str, wall_s: float) -> EpisodeResult:
        world = self.world
        final = []
        if isinstance(world, SimWorld):  # simulator truth: for evaluation only
            final = [ObjectPose(name=o.name, position=tuple(round(float(v), 4) for v in o.position))  # type: ignore[arg-type]
                     for o in world.sim_state().objects.values()]
        plan = Plan.model_validate(state["plan"]) if state.get("plan") else None
        return EpisodeResult(
            instruction=instruction,
            success=state.get("status") == "done",  # with a goal, the executor ends "done" only when it held
            plan=plan,
            goal=plan.goal if plan is not None else None,
            steps=[StepResult.model_validate(r) for r in state.get("results", [])],
            replans=state.get("replans", 0),
            wall_s=round(wall_s, 3),
            final_objects=final,
            error=_scrub(state.get("error")),
            seed=self.seed,
            planner=getattr(self.planner, "name", type(self.planner).__name__),
            skills=self.skills_name,
        )

    def _remember(self, instruction: str, state: EpisodeState, result: EpisodeResult) -> None:
        """Extend the conversation: the instruction, questions and answers, and what was done."""
        asked = list(state.get("history", []))[len(self.history):]
        did = ", ".join(s.primitive.describe() for s in result.steps if s.outcome == "success")
        summary = f"did {did}" if did else "did nothing"
        summary += f"; failed: {result.error}" if result.error else "; done"
        self.history = [*self.history, f"user: {instruction}", *asked, f"agent: {summary}"]

    def close(self) -> None:
        """End the Rerun recording, if any; close the world if this agent created it."""
        self.close_recording()
        if self._owns_world and self._world is not None:
            self._world.close()
            self._world = None

    def __enter__(self) -> Agent:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run(
    instruction: str,
    *,
    seed: int = 0,
    scene: SceneSpec | str | Path | None = None,
    blocks: int = 4,
    bowls: int = 2,
    planner: str | Planner = "auto",
    skills: str = DEFAULT_SKILLS,
    on_event: Any = None,
    video: str | Path | None = None,
    rerun: str | Path | None = None,
    faults: FaultConfig | None = None,
) -> EpisodeResult:
    """Carry out one instruction on a fresh world and return its `EpisodeResult` (faults: see `Agent`)."""
    text = check_instruction(instruction)
    with Agent(planner=planner, skills=skills, faults=faults) as bot:
        return bot.run(text, seed=seed, scene=scene, blocks=blocks, bowls=bowls, on_event=on_event, video=video,
                       rerun=rerun)


__all__ += ["Event", "ExecutorConfig", "load_scene"]
