"""The executor: a LangGraph `StateGraph` that carries one instruction out on a world.

    perceive -> plan -> (ask) -> act -> verify -> next step | retry | replan | check | fail
    check (after the last step: the plan's whole goal, from perception) -> done | replan | fail

The state holds plain JSON values (plans and scenes as dicts), so any checkpointer (in memory,
SQLite) can store it. Every route is decided by a node and written to `state["next"]`, so the
graph's edges are the whole control flow. What a step is and how it is checked comes from its
primitive (`agent.primitives`); grounding and checking have modules of their own.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agent.executor.checking import check_goal, check_step
from agent.executor.grounding import ground_target, match_answer
from agent.executor.state import Deps, EpisodeState, ExecutorConfig, Question, initial_state
from agent.planners.base import PlanRequest
from agent.primitives import Attempt, Call
from agent.schemas import Plan, StepResult
from sim.core.errors import (
    BudgetExceeded,
    ConfigError,
    NeedsUserInput,
    PerceptionError,
    PlanningError,
    PlanValidationError,
    SkillError,
    UserError,
)
from sim.core.perceived import Scene
from skills.base import SkillOutcome

_ROUTES = {"skill": "act", "ask": "ask", "done": "check"}


def _plan(state: EpisodeState) -> Plan:
    return Plan.model_validate(state["plan"])


def _current(state: EpisodeState) -> Call | None:
    steps = _plan(state).steps
    return steps[state["step"]] if state["step"] < len(steps) else None


def _route_step(state: EpisodeState, step_index: int) -> str:
    steps = _plan(state).steps
    return "check" if step_index >= len(steps) else _ROUTES[steps[step_index].runs]


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


# ----- nodes ---------------------------------------------------------------------------------------
def perceive(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    deps = runtime.context
    try:
        scene = deps.perceive().scene
    except PerceptionError as e:
        return _fail(f"perception failed: {e}")
    deps.emit("perceive", f"I see {len(scene.objects)} objects: {', '.join(scene.names()) or 'none'}")
    seen = scene.model_dump(mode="json")
    return {"scene": seen, "initial_scene": state.get("initial_scene") or seen, "perceived_at": state["actions"],
            "next": "plan"}


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
    deps.emit("plan", "plan: " + ", ".join(s.describe() for s in new.steps))
    update: EpisodeState = {"plan": new.model_dump(mode="json"), "planned_names": request.scene.names(), "step": 0,
                            "attempts": 0, "step_started": None, "last": None, "question": None}
    return {**update, "next": _route_step({**state, **update}, 0)}  # type: ignore[typeddict-item]


def ask(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    """Ask the user through `interrupt`; the run resumes with `Command(resume=answer)`."""
    deps = runtime.context
    pending = state["question"]
    step = _current(state)
    if pending is None:
        assert step is not None and step.runs == "ask"
        pending = Question(kind="plan", text=getattr(step, "question", ""), expr="", candidates=[])
    if state["questions"] >= deps.config.max_questions:
        return _fail(f"gave up after {state['questions']} questions; say more precisely what to do")
    answer = str(interrupt({"question": pending["text"], "candidates": pending["candidates"]})).strip()
    deps.emit("answer", answer, state["step"] + 1)
    questions = state["questions"] + 1
    if pending["kind"] == "ground":
        name = match_answer(answer, pending["candidates"])
        if name is None:
            retry = Question(**{**pending, "text": f"Please answer with one of: {', '.join(pending['candidates'])}."})
            return {"question": retry, "questions": questions, "next": "ask"}
        return {"bindings": {**state["bindings"], pending["expr"]: name}, "question": None,
                "questions": questions, "next": "act"}
    result = StepResult(primitive=step, outcome="answered", message=answer) if step is not None else None
    return {
        "history": [*state["history"], f"agent: {pending['text']}", f"user: {answer}"],
        "results": [*state["results"], *([result.model_dump(mode="json")] if result else [])],
        "questions": questions, "question": None, "next": "plan",
    }


def act(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    deps = runtime.context
    problem = _budget_problem(state, deps.config)
    if problem:
        return _fail(problem)
    step = _current(state)
    assert step is not None and step.runs == "skill"
    try:
        fresh = deps.perception is not None and state.get("perceived_at") == state["actions"]
        perception = deps.perception if fresh else deps.perceive()
    except PerceptionError as e:
        return _fail(f"perception failed: {e}")
    scene: Scene = perception.scene
    target = ground_target(step.argument() or "", perception, deps.perceiver, state["bindings"])
    if isinstance(target, dict):
        return {"question": target, "perceived_at": state["actions"], "next": "ask"}
    started = state["step_started"] or time.time()
    if isinstance(target, str):
        last = Attempt(ran=False, ok=False, message=target, block=None, target=None, kind=None, object_kind=None,
                       actions=0)
        return {"last": last, "step_started": started, "perceived_at": state["actions"], "next": "verify"}
    attempt = f" (attempt {state['attempts'] + 1})" if state["attempts"] else ""
    deps.emit("act", f"{step.describe()}{attempt}", state["step"] + 1)
    skill = deps.skills.get(step.primitive)
    if skill is None:
        raise ConfigError(f"the skill set has no {step.primitive!r} skill; it has: {', '.join(deps.skills)}")
    taken: int | None = None  # unknown when the skill raised (it may have moved the arm before)
    try:
        outcome = skill(deps.world, target)
        taken = outcome.actions
    except SkillError as e:
        outcome = SkillOutcome(False, str(e))
    last = Attempt(ran=True, ok=outcome.success, message=outcome.message, block=step.subject(target.name, scene),
                   target=target.name, kind=target.kind, object_kind=target.object_kind, actions=taken,
                   unsure=outcome.unsure)
    return {"last": last, "actions": state["actions"] + 1, "step_started": started, "next": "verify"}


def verify(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    """Perceive again and check the step's postcondition: next step, retry, replan or fail."""
    deps = runtime.context
    step = _current(state)
    assert step is not None and state["last"] is not None
    try:
        scene = deps.perceive().scene
    except PerceptionError as e:
        return _fail(f"perception failed: {e}")
    seen = {"scene": scene.model_dump(mode="json"), "perceived_at": state["actions"]}
    verdict = check_step(step, state["last"], scene)
    duration = round(time.time() - (state["step_started"] or time.time()), 3)
    attempts = state["attempts"] + 1
    i = state["step"] + 1
    if verdict.reason is None:
        deps.emit("step", f"{step.describe()} ok", i)
        result = StepResult(primitive=step, outcome="success", attempts=attempts, duration_s=duration,
                            message=state["last"]["message"])
        update: EpisodeState = {"results": [*state["results"], result.model_dump(mode="json")], "step": i,
                                "attempts": 0, "step_started": None, "last": None, **seen}  # type: ignore[typeddict-item]
        return {**update, "next": _route_step({**state, **update}, i)}  # type: ignore[typeddict-item]
    reason = verdict.reason
    if verdict.retry and attempts <= deps.config.max_retries:
        deps.emit("retry", f"{step.describe()} failed: {reason}; retrying", i)
        return {"attempts": attempts, "last": None, **seen, "next": "act"}
    result = StepResult(primitive=step, outcome="failed", attempts=attempts, duration_s=duration, message=reason)
    results = [*state["results"], result.model_dump(mode="json")]
    if state["replans"] >= deps.config.max_replans:
        return {"results": results, **seen, **_fail(
            f"{step.describe()} failed after {attempts} attempt(s) and {state['replans']} replan(s): {reason}")}
    feedback = f"{step.describe()} failed after {attempts} attempt(s): {reason}. The scene now:\n{scene.describe()}"
    deps.emit("replan", f"{step.describe()} failed: {reason}; replanning", i)
    return {"results": results, **seen, "feedback": [*state["feedback"], feedback],
            "replans": state["replans"] + 1, "next": "plan"}


def check(state: EpisodeState, runtime: Runtime[Deps]) -> dict:
    """After the last step: does the plan's whole goal hold in what is perceived now? done, replan or fail.

    Step postconditions see one step each; only this sees a later step undo an earlier one. A plan
    without a goal (a refusal, a replayed plan) ends here as before.
    """
    deps = runtime.context
    goal = _plan(state).goal
    if goal is None:
        return {"next": "done"}
    seen: dict = {}
    if state.get("perceived_at") != state["actions"]:
        try:
            seen = {"scene": deps.perceive().scene.model_dump(mode="json"), "perceived_at": state["actions"]}
        except PerceptionError as e:
            return _fail(f"perception failed: {e}")
    scene = Scene.model_validate(seen.get("scene") or state["scene"])
    initial = Scene.model_validate(state["initial_scene"]) if state.get("initial_scene") else None
    reason = check_goal(goal, scene, initial)
    unknown = [n for n in scene.names() if n not in state.get("planned_names", scene.names())]
    if reason is None and unknown and state["replans"] < deps.config.max_replans:
        # A block hidden when the plan was made (under a tower's top block) may be one the request covers.
        deps.emit("replan", f"the goal holds, but {', '.join(unknown)} came into view; planning again with it")
        feedback = f"every step ran and the goal holds, but {', '.join(unknown)} came into view. The scene now:\n" \
                   f"{scene.describe()}"
        return {**seen, "feedback": [*state["feedback"], feedback], "replans": state["replans"] + 1, "next": "plan"}
    if reason is None:
        deps.emit("goal", "the goal holds")
        return {**seen, "next": "done"}
    if state["replans"] >= deps.config.max_replans:
        return {**seen, **_fail(f"{reason} after every step ran and {state['replans']} replan(s)")}
    deps.emit("replan", f"{reason}; replanning")
    feedback = f"every step ran, but {reason}. The scene now:\n{scene.describe()}"
    return {**seen, "feedback": [*state["feedback"], feedback], "replans": state["replans"] + 1, "next": "plan"}


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
                       ("check", check), ("done", done), ("fail", fail)):
        graph.add_node(name, node)
    graph.add_edge(START, "perceive")
    graph.add_conditional_edges("perceive", _next, ["plan", "fail"])
    graph.add_conditional_edges("plan", _next, ["act", "ask", "check", "fail"])
    graph.add_conditional_edges("ask", _next, ["plan", "act", "ask", "fail"])
    graph.add_conditional_edges("act", _next, ["verify", "ask", "fail"])
    graph.add_conditional_edges("verify", _next, ["act", "plan", "ask", "check", "fail"])
    graph.add_conditional_edges("check", _next, ["done", "plan", "fail"])
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
