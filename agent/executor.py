"""The executor: a LangGraph `StateGraph` that carries one instruction out on a world.

    perceive -> plan -> (ask) -> act -> verify -> next step | retry | replan | done | fail

The world, perceiver, planner and skills travel in the run's context (`Deps`), never in
the checkpointed state: PyBullet handles do not serialise, and a checkpoint must hold only
data. The state holds plain JSON values (plans and scenes as dicts), so any checkpointer
(in memory, SQLite) can store it. Every route is decided by a node and written to
`state["next"]`, so the graph's edges are the whole control flow.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypedDict

import numpy as np
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agent.errors import (
    BudgetExceeded,
    ConfigError,
    NeedsUserInput,
    PerceptionError,
    PlanningError,
    PlanValidationError,
    SkillError,
    UserError,
)
from agent.planners.base import Planner, PlanRequest
from agent.schemas import Ask, Done, Pick, Place, Plan, StepResult, describe_step
from agent.validate import normalise_name
from sim import layout
from sim.world import Observation, World
from skills.base import Skill, SkillOutcome, Target
from skills.perception.scene import PerceivedObject, Scene


@dataclass
class ExecutorConfig:
    """Bounds of one episode. `max_steps` counts skill executions (retries included)."""

    max_retries: int = 2
    max_replans: int = 2
    max_steps: int = 60
    time_budget_s: float = 600.0
    max_questions: int = 3


EventKind = Literal["perceive", "plan", "act", "step", "retry", "replan", "ask", "answer", "done", "fail"]


@dataclass(frozen=True)
class Event:
    """A progress event for the CLI. `step` is the 1-based plan step, when one applies."""

    kind: EventKind
    message: str
    step: int | None = None


class Perception(Protocol):
    """What the executor reads from `skills.perception.Perception`."""

    scene: Scene
    masks: dict[str, np.ndarray]


class Grounding(Protocol):
    """What the executor reads from `skills.perception.Grounding`."""

    match: str | None
    candidates: list[str]


class Perceiver(Protocol):
    """`skills.perception.Perceiver`, or any object with the same two methods."""

    def perceive(self, obs: Observation) -> Perception: ...

    def ground(self, expr: str, perception: Any) -> Grounding: ...

    def reset(self) -> None:
        """Forget earlier frames (a new scene)."""
        ...


@dataclass
class Deps:
    """What the nodes act through; passed as the run's context, never checkpointed."""

    world: World
    perceiver: Perceiver
    planner: Planner
    skills: Mapping[str, Skill]
    config: ExecutorConfig = field(default_factory=ExecutorConfig)
    on_event: Callable[[Event], None] | None = None
    perception: Any = None  # the latest perception, reused by `act` until the world moves
    image: np.ndarray | None = None  # the front image of that perception, for the planner

    def perceive(self) -> Any:
        obs = self.world.observe()
        self.perception = self.perceiver.perceive(obs)
        self.image = obs.front.rgb
        return self.perception

    def emit(self, kind: EventKind, message: str, step: int | None = None) -> None:
        if self.on_event is not None:
            self.on_event(Event(kind, message, step))


class EpisodeState(TypedDict, total=False):
    """The checkpointed state of one episode: plain JSON values only."""

    instruction: str
    history: list[str]  # earlier turns of the conversation, plus questions and answers
    started: float  # time.time() at the start, for the time budget
    scene: dict  # the latest perceived Scene
    plan: dict | None  # the current Plan
    step: int  # index of the current step in the plan
    attempts: int  # failed attempts of the current step so far
    step_started: float | None
    replans: int
    questions: int
    feedback: list[str]  # execution feedback for replanning, in words
    results: list[dict]  # StepResult dumps, in order
    actions: int  # skill executions so far (the step budget)
    question: dict | None  # a pending grounding question: text, expr, candidates
    bindings: dict[str, str]  # expression -> object name, from the user's answers
    last: dict | None  # what `act` did, for `verify`
    next: str  # the route chosen by the node that ran last
    status: Literal["running", "done", "failed"]
    error: str | None


def initial_state(instruction: str, history: list[str] | None = None) -> EpisodeState:
    return EpisodeState(
        instruction=instruction, history=list(history or []), started=time.time(), scene={}, plan=None,
        step=0, attempts=0, step_started=None, replans=0, questions=0, feedback=[], results=[], actions=0,
        question=None, bindings={}, last=None, next="plan", status="running", error=None,
    )


# ----- helpers ---------------------------------------------------------------------------------------
def _plan(state: EpisodeState) -> Plan:
    return Plan.model_validate(state["plan"])


def _current(state: EpisodeState) -> Pick | Place | Ask | Done | None:
    steps = _plan(state).steps
    return steps[state["step"]] if state["step"] < len(steps) else None


def _route_step(state: EpisodeState, step_index: int) -> str:
    steps = _plan(state).steps
    if step_index >= len(steps):
        return "done"
    return {"pick": "act", "place": "act", "ask": "ask", "done": "done"}[steps[step_index].primitive]


def _fail(message: str) -> dict:
    return {"next": "fail", "error": message}


def _budget_problem(state: EpisodeState, config: ExecutorConfig) -> str | None:
    if state["actions"] >= config.max_steps:
        return str(BudgetExceeded(
            f"step budget exhausted: {config.max_steps} skill executions; raise ExecutorConfig.max_steps "
            "or split the instruction"
        ))
    elapsed = time.time() - state["started"]
    if elapsed > config.time_budget_s:
        return str(BudgetExceeded(
            f"time budget exhausted: {elapsed:.0f} s > {config.time_budget_s:.0f} s; raise ExecutorConfig.time_budget_s"
        ))
    return None


def _find(scene: Scene, name: str | None) -> PerceivedObject | None:
    for o in scene.objects:
        if o.name == name:
            return o
    return None


def free_spot(scene: Scene, near: tuple[float, float]) -> np.ndarray:
    """A free table spot nearest `near`, clear of every perceived object and named place (a suggestion)."""
    (x0, x1), (y0, y1) = layout.WORKSPACE_X, layout.WORKSPACE_Y
    best, best_d = np.array([(x0 + x1) / 2, (y0 + y1) / 2, 0.0]), math.inf
    for x in np.arange(x0 + 0.04, x1 - 0.039, 0.02):
        for y in np.arange(y0 + 0.04, y1 - 0.039, 0.02):
            clear = all(
                math.hypot(o.position[0] - x, o.position[1] - y) >= (layout.BOWL_CLEARANCE if o.kind == "bowl" else 0.06)
                for o in scene.objects if o.support != "gripper"
            ) and all(math.hypot(px - x, py - y) >= layout.PLACE_RADIUS + 0.03 for px, py in layout.PLACES.values())
            d = math.hypot(x - near[0], y - near[1])
            if clear and d < best_d:
                best, best_d = np.array([x, y, 0.0]), d
    return best


def _object_target(perception: Any, obj: PerceivedObject) -> Target:
    masks = getattr(perception, "masks", None) or {}
    return Target(
        name=obj.name, kind="object", position=np.array(obj.position, dtype=np.float64), object_kind=obj.kind,
        extent=np.array(obj.extent, dtype=np.float64), mask=masks.get(obj.name),
    )


def ground_target(
    expr: str, perception: Any, perceiver: Perceiver, bindings: Mapping[str, str]
) -> Target | dict | str:
    """A `Target` for a step's argument; a question dict when several objects fit; a message when none does."""
    scene: Scene = perception.scene
    expr = bindings.get(expr, expr)
    name = normalise_name(expr, scene)
    if name == "bin":
        return Target(name="bin", kind="bin", position=np.array([*layout.BIN_CENTER, 0.0]))
    if name == "table":
        near = scene.get(scene.held).position if scene.held in scene.names() else layout.PLACES["middle"]
        return Target(name="table", kind="table", position=free_spot(scene, (near[0], near[1])))
    if name in layout.PLACES:
        return Target(name=name, kind="place", position=np.array([*layout.PLACES[name], 0.0]))
    obj = _find(scene, name)
    if obj is not None:
        return _object_target(perception, obj)
    grounding = perceiver.ground(expr, perception)
    if grounding.match is not None and _find(scene, grounding.match) is not None:
        return _object_target(perception, scene.get(grounding.match))
    if len(grounding.candidates) > 1:
        options = ", ".join(grounding.candidates)
        return {"kind": "ground", "expr": expr, "candidates": list(grounding.candidates),
                "text": f"Which one do you mean by {expr!r}: {options}?"}
    seen = ", ".join(scene.names()) or "nothing"
    why = getattr(grounding, "reason", "")
    return f"no object matches {expr!r}{f' ({why})' if why else ''}; the scene has: {seen}"


def _supported_by(scene: Scene, name: str, base: str) -> bool:
    """`name` rests on `base`, directly or through a stack of blocks (a block on a block in a bowl)."""
    seen: set[str] = set()
    cur = _find(scene, name)
    while cur is not None and cur.name not in seen:
        if cur.support == base:
            return True
        seen.add(cur.name)
        cur = _find(scene, cur.support)
    return False


def postcondition(step: Pick | Place, last: dict, scene: Scene) -> str | None:
    """Why the step's postcondition does not hold in the perceived scene; None when it holds."""
    block = last.get("block")
    if block is None:
        return "no block was involved"
    obj = _find(scene, block)
    in_gripper = scene.held == block or (obj is not None and obj.support == "gripper")
    if isinstance(step, Pick):
        return None if in_gripper else f"perception shows the {block} is not in the gripper"
    if obj is None:
        return f"perception no longer sees the {block}"
    if in_gripper:
        return f"the {block} is still in the gripper"
    kind, target = last.get("kind"), last.get("target")
    if kind == "bin":
        return None if obj.support == "bin" else f"the {block} is not in the bin (it rests on {obj.support})"
    if kind == "table":
        return None if obj.support == "table" else f"the {block} is not on the table (it rests on {obj.support})"
    if kind == "place":
        px, py = layout.PLACES[target]
        d = math.hypot(obj.position[0] - px, obj.position[1] - py)
        return None if d < layout.PLACE_RADIUS else f"the {block} is {d * 100:.0f} cm from the {target}"
    if last.get("object_kind") == "bowl":
        return None if _supported_by(scene, block, target) else f"the {block} is not in the {target} (it rests on {obj.support})"
    return None if obj.support == target else f"the {block} is not on the {target} (it rests on {obj.support})"


def _precondition_holds(step: Pick | Place, last: dict, scene: Scene) -> bool:
    """Whether retrying the same step makes sense: pick with an empty gripper, place while still holding."""
    if isinstance(step, Pick):
        return scene.held is None
    return last.get("block") is not None and scene.held == last.get("block")


# ----- nodes ---------------------------------------------------------------------------------------
def perceive(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    deps = runtime.context
    try:
        scene = deps.perceive().scene
    except PerceptionError as e:
        return _fail(f"perception failed: {e}")
    deps.emit("perceive", f"I see {len(scene.objects)} objects: {', '.join(scene.names()) or 'none'}")
    return {"scene": scene.model_dump(mode="json"), "next": "plan"}


def plan(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    deps = runtime.context
    problem = _budget_problem(state, deps.config)
    if problem:
        return _fail(problem)
    request = PlanRequest(
        instruction=state["instruction"], scene=Scene.model_validate(state["scene"]), image=deps.image,
        history=list(state["history"]), feedback=list(state["feedback"]),
    )
    try:
        new = deps.planner.plan(request)
    except ConfigError:
        raise
    except (PlanningError, PlanValidationError, UserError) as e:
        return _fail(f"planning failed: {e}")
    deps.emit("plan", "plan: " + ", ".join(describe_step(s) for s in new.steps))
    update: EpisodeState = {"plan": new.model_dump(mode="json"), "step": 0, "attempts": 0, "step_started": None,
                            "last": None, "question": None}
    return {**update, "next": _route_step({**state, **update}, 0)}  # type: ignore[typeddict-item]


def ask(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    """Ask the user through `interrupt`; the run resumes with `Command(resume=answer)`."""
    deps = runtime.context
    pending = state["question"]
    step = _current(state)
    if pending is None:
        assert isinstance(step, Ask)
        pending = {"kind": "plan", "text": step.question, "candidates": []}
    if state["questions"] >= deps.config.max_questions:
        return _fail(f"gave up after {state['questions']} questions; say more precisely what to do")
    answer = str(interrupt({"question": pending["text"], "candidates": pending["candidates"]})).strip()
    deps.emit("answer", answer, state["step"] + 1)
    questions = state["questions"] + 1
    if pending["kind"] == "ground":
        name = match_answer(answer, pending["candidates"])
        if name is None:
            retry = {**pending, "text": f"Please answer with one of: {', '.join(pending['candidates'])}."}
            return {"question": retry, "questions": questions, "next": "ask"}
        return {"bindings": {**state["bindings"], pending["expr"]: name}, "question": None,
                "questions": questions, "next": "act"}
    result = StepResult(primitive=step, outcome="answered", message=answer) if step is not None else None
    return {
        "history": [*state["history"], f"agent: {pending['text']}", f"user: {answer}"],
        "results": [*state["results"], *([result.model_dump(mode="json")] if result else [])],
        "questions": questions, "question": None, "next": "plan",
    }


def match_answer(answer: str, candidates: list[str]) -> str | None:
    """The candidate an answer names: exact, by number ("2"), or the one whose words it contains."""
    text = answer.lower().strip().strip(".!")
    if text in candidates:
        return text
    if text.isdigit() and 1 <= int(text) <= len(candidates):
        return candidates[int(text) - 1]
    words = set(text.replace(",", " ").split())
    fits = [c for c in candidates if set(c.split()) <= words | {"block", "bowl"} and set(c.split()) & words]
    return fits[0] if len(fits) == 1 else None


def act(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    deps = runtime.context
    problem = _budget_problem(state, deps.config)
    if problem:
        return _fail(problem)
    step = _current(state)
    assert isinstance(step, (Pick, Place))
    try:
        perception = deps.perception if deps.perception is not None else deps.perceive()
    except PerceptionError as e:
        return _fail(f"perception failed: {e}")
    scene: Scene = perception.scene
    target = ground_target(step.object if isinstance(step, Pick) else step.target, perception, deps.perceiver,
                           state["bindings"])
    if isinstance(target, dict):
        return {"question": target, "next": "ask"}
    started = state["step_started"] or time.time()
    if isinstance(target, str):
        last = {"ran": False, "ok": False, "message": target, "block": None}
        return {"last": last, "step_started": started, "next": "verify"}
    block = target.name if isinstance(step, Pick) else scene.held
    attempt = f" (attempt {state['attempts'] + 1})" if state["attempts"] else ""
    deps.emit("act", f"{describe_step(step)}{attempt}", state["step"] + 1)
    skill = deps.skills.get(step.primitive)
    if skill is None:
        raise ConfigError(f"the skill set has no {step.primitive!r} skill; it has: {', '.join(deps.skills)}")
    try:
        outcome = skill(deps.world, target)
    except SkillError as e:
        outcome = SkillOutcome(False, str(e))
    deps.perception = None  # the world moved
    last = {"ran": True, "ok": outcome.success, "message": outcome.message, "block": block,
            "target": target.name, "kind": target.kind, "object_kind": target.object_kind}
    return {"last": last, "actions": state["actions"] + 1, "step_started": started, "next": "verify"}


def verify(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    """Perceive again and check the step's postcondition: next step, retry, replan or fail."""
    deps = runtime.context
    step = _current(state)
    assert isinstance(step, (Pick, Place))
    last = state["last"] or {}
    try:
        scene = deps.perceive().scene
    except PerceptionError as e:
        return _fail(f"perception failed: {e}")
    dumped = scene.model_dump(mode="json")
    why = postcondition(step, last, scene) if last.get("ran") else last.get("message", "not run")
    duration = time.time() - (state["step_started"] or time.time())
    attempts = state["attempts"] + 1
    i = state["step"] + 1
    if why is None:
        deps.emit("step", f"{describe_step(step)} ok", i)
        result = StepResult(primitive=step, outcome="success", attempts=attempts, duration_s=round(duration, 3),
                            message=last.get("message", ""))
        update: EpisodeState = {"results": [*state["results"], result.model_dump(mode="json")], "step": i,
                                "attempts": 0, "step_started": None, "last": None, "scene": dumped}
        return {**update, "next": _route_step({**state, **update}, i)}  # type: ignore[typeddict-item]
    reason = why if last.get("ok") or not last.get("message") else last["message"]
    if last.get("ran") and attempts <= deps.config.max_retries and _precondition_holds(step, last, scene):
        deps.emit("retry", f"{describe_step(step)} failed: {reason}; retrying", i)
        return {"attempts": attempts, "last": None, "scene": dumped, "next": "act"}
    result = StepResult(primitive=step, outcome="failed", attempts=attempts, duration_s=round(duration, 3),
                        message=reason)
    results = [*state["results"], result.model_dump(mode="json")]
    if state["replans"] >= deps.config.max_replans:
        return {"results": results, "scene": dumped, **_fail(
            f"{describe_step(step)} failed after {attempts} attempt(s) and {state['replans']} replan(s): {reason}")}
    feedback = f"{describe_step(step)} failed after {attempts} attempt(s): {reason}. The scene now:\n{scene.describe()}"
    deps.emit("replan", f"{describe_step(step)} failed: {reason}; replanning", i)
    return {"results": results, "scene": dumped, "feedback": [*state["feedback"], feedback],
            "replans": state["replans"] + 1, "next": "plan"}


def done(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    runtime.context.emit("done", f"done after {len(state['results'])} steps")
    return {"status": "done", "error": None}


def fail(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    runtime.context.emit("fail", state.get("error") or "failed")
    return {"status": "failed"}


def _next(state: EpisodeState) -> str:
    return state["next"]


def build_graph(checkpointer: Any = None):
    """The executor graph, compiled. `checkpointer` defaults to `InMemorySaver` (needed by `interrupt`)."""
    if checkpointer is None:
        from langgraph.checkpoint.memory import InMemorySaver

        checkpointer = InMemorySaver()
    graph = StateGraph(EpisodeState, context_schema=Deps)
    for name, node in (("perceive", perceive), ("plan", plan), ("ask", ask), ("act", act), ("verify", verify),
                       ("done", done), ("fail", fail)):
        graph.add_node(name, node)
    graph.add_edge(START, "perceive")
    graph.add_conditional_edges("perceive", _next, ["plan", "fail"])
    graph.add_conditional_edges("plan", _next, ["act", "ask", "done", "fail"])
    graph.add_conditional_edges("ask", _next, ["plan", "act", "ask", "fail"])
    graph.add_conditional_edges("act", _next, ["verify", "ask", "fail"])
    graph.add_conditional_edges("verify", _next, ["act", "plan", "ask", "done", "fail"])
    graph.add_edge("done", END)
    graph.add_edge("fail", END)
    return graph.compile(checkpointer=checkpointer)


Answerer = Callable[[str, list[str]], str | None]


def run_episode(
    graph: Any,
    deps: Deps,
    instruction: str,
    history: list[str] | None = None,
    answer: Answerer | None = None,
    thread_id: str | None = None,
) -> EpisodeState:
    """Run the graph to the end; answer its questions with `answer(question, candidates)`.

    With no `answer` (batch mode), or when it returns None, a question ends the episode with
    a `NeedsUserInput` error that quotes the question.
    """
    config = {"configurable": {"thread_id": thread_id or uuid.uuid4().hex}, "recursion_limit": 100_000}
    payload: Any = initial_state(instruction, history)
    deps.perception = None
    while True:
        pending = None
        for chunk in graph.stream(payload, config, context=deps, stream_mode="updates"):
            if "__interrupt__" in chunk:
                pending = chunk["__interrupt__"][0].value
        if pending is None:
            return graph.get_state(config).values
        deps.emit("ask", pending["question"])
        reply = answer(pending["question"], pending["candidates"]) if answer is not None else None
        if reply is None or not str(reply).strip():
            values = dict(graph.get_state(config).values)
            why = "nobody can answer in batch mode" if answer is None else "no answer was given"
            error = NeedsUserInput(f"the agent needs an answer to {pending['question']!r} ({why})")
            deps.emit("fail", str(error))
            values.update(status="failed", error=str(error))
            return values  # type: ignore[return-value]
        payload = Command(resume=str(reply))
