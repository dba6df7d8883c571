"""`OfflinePlanner`: the semantic parser plus the optimal blocks-world planner; no network, no model. A question about
what a request would do ('if you swapped X and Y, which bowl would X be in?') is planned and answered, never carried out."""

from __future__ import annotations

from agent.answers import answer
from agent.planners.base import PlanRequest, Usage
from agent.planners.offline.claims import Claim, claimed
from agent.planners.offline.goals import parse
from agent.planners.offline.questions import question_text
from agent.planners.offline.suppositions import Supposed, supposed
from agent.planners.offline.symbolic import plan_stages
from agent.primitives import Answer, Ask, Call, Done, Pick, Place
from agent.schemas import Plan
from agent.validate import validate_plan
from sim.core import layout
from sim.core.errors import PlanningError, PlanValidationError
from sim.core.goal import Goal, unmet
from sim.core.lexicon import BIN, TABLE
from sim.core.perceived import Scene
from sim.core.symbolic import SymState


class OfflinePlanner:
    """Plans from the instruction's goal and the perceived scene.

    Replanning needs no special case: the goal is read again from the instruction against the
    current scene, so a plan always starts from where the world is now (a block in the gripper included).
    `budget_s` bounds the optimal search of each stage.
    """

    name = "offline"

    def __init__(self, model: str | None = None, base_url: str | None = None, budget_s: float | None = 2.0) -> None:
        self.model = model
        self.base_url = base_url
        self.budget_s = budget_s
        self.usage = Usage()

    def plan(self, request: PlanRequest) -> Plan:
        if (what_if := supposed(request.instruction)) is not None and (reply := self._supposed(what_if, request)) is not None:
            return Plan(steps=[Answer(text=reply)], reasoning="a question about what a request would do: planned, not carried out")
        claim = claimed(request.instruction)  # asked of the goal reader when the answers cannot say (or for a list asked about)
        if claim is not None and claim.whole and (held := self._held(claim, request)):
            return _answered(held)
        try:
            parsed = parse(request.instruction, request.scene, request.history)
        except PlanningError:
            if claim is None or not (held := self._held(claim, request)):
                raise
            return _answered(held)
        if parsed.question is not None:
            return Plan(steps=[Ask(question=parsed.question)], reasoning="the instruction fits several objects")
        if parsed.answer is not None:
            return _answered(parsed.unanswered and claim is not None and self._held(claim, request) or parsed.answer)
        moves, goal = plan_stages(SymState.from_scene(request.scene), parsed.stages, self.budget_s)
        steps: list[Call] = list(moves)
        wanted = "; ".join(r.describe() for r in goal) or "nothing to change"
        summary = f"{parsed.said + ' ' if parsed.said else ''}{'already done' if not steps else 'done'}: {wanted}"
        if parsed.later:  # 'bin X. is Y in a bowl?': asked of the table as the moves leave it
            summary += f". Then: {answer(question_text(parsed.later), imagined(request.scene, moves)).text}"
        plan = Plan(goal=Goal.of(parsed.stages), steps=[*steps, Done(summary=summary)], reasoning=f"goal: {wanted}")
        try:
            validate_plan(plan, request.scene)
        except PlanValidationError as e:  # pragma: no cover - a bug, not a user mistake
            raise PlanningError(f"the offline planner produced an invalid plan (internal error): {e}") from e
        return plan

    def _held(self, claim: Claim, request: PlanRequest) -> str | None:
        """Whether what a question claims holds now, read as the goal it states ('Yes' when asking for it would leave
        nothing to do), or how many of a list hold; None when a reading is not a goal the planner understands."""
        if claim.each:  # 'how many of these hold: ...', 'are any of these wrong: ...': each item alone
            found = [self._holds(s, request) for s in claim.statements]
            if any(f is None for f in found):
                return None
            wrong = [s for s, f in zip(claim.statements, found) if f and not f[0]]
            if claim.each == "count":
                return f"{len(found) - len(wrong)} of {len(found)} hold now" + (f" (not: {'; '.join(wrong)})." if wrong else ".")
            return f"Yes: {'; '.join(wrong)}: not so now." if wrong else "No: each of them holds now."
        for statement in claim.statements:
            if (found := self._holds(statement, request)) is not None:
                return f"{'Yes' if found[0] != claim.false else 'No'}: {found[1]}."
        return None

    def _holds(self, statement: str, request: PlanRequest) -> tuple[bool, str] | None:
        """Whether `statement`, read as a goal, holds now (asking for it would leave nothing to do), and what it wants."""
        state = SymState.from_scene(request.scene)
        try:
            parsed = parse(statement, request.scene, request.history)
            if parsed.question is not None or parsed.answer is not None:
                return None
            moves, goal = plan_stages(state, parsed.stages, self.budget_s)
        except PlanningError:
            return None
        wanted = [r for r in goal if r.rel != "unchanged"]  # none: it holds already, as read ('X must not be in a bowl')
        miss = unmet(Goal.of(parsed.stages), state) if moves else None
        said = "; ".join(r.describe() for r in wanted[:3]) + ("; ..." if len(wanted) > 3 else "")
        return not moves, f"it does not hold now (wanted: {miss.describe() if miss else said})" if moves else f"it holds now{f' ({said})' if said else ''}"

    def _supposed(self, what_if: Supposed, request: PlanRequest) -> str | None:
        """The answer about the table as the request would leave it (or how many blocks it moves); None when the request
        is not one the planner reads, so the whole text is read as usual."""
        try:
            parsed = parse(what_if.command, request.scene, request.history)
            if parsed.question is not None or parsed.answer is not None or not any(parsed.stages):
                return None
            moves, _ = plan_stages(SymState.from_scene(request.scene), parsed.stages, self.budget_s)
        except PlanningError:
            return None
        picks = sum(isinstance(m, Pick) for m in moves)
        if what_if.moves:
            return f"{picks}: that is how many blocks I would move; I have not moved anything."
        reply = answer(what_if.question, imagined(request.scene, moves))
        if reply.kind in ("unsupported", "unclear"):
            return None
        return f"{reply.text} (that is after {picks} move{'s' if picks != 1 else ''} I would make; I have not moved anything)"


def _answered(text: str) -> Plan:
    return Plan(steps=[Answer(text=text)], reasoning="a question about the scene: answered from perception")


def imagined(scene: Scene, moves: list[Pick | Place]) -> Scene:
    """The scene as perception would see it after `moves`: each block on what the moves leave it on, positioned there."""
    state = SymState.from_scene(scene)
    for move in moves:
        move.apply(state)
    before = {o.name: o for o in scene.objects}
    after = {o.name: o for o in scene.objects if o.kind != "block"}

    def settle(block: str) -> None:
        if block in after:
            return
        old, under = before[block], state.support[block]
        if under in before and before[under].kind == "block":
            settle(under)
            x, y, z = after[under].position
            after[block] = old.model_copy(update={"position": (x, y, z + layout.BLOCK_SIZE), "support": under})
        elif under in before:  # a bowl
            x, y, _ = before[under].position
            after[block] = old.model_copy(update={"position": (x, y, layout.BLOCK_SIZE / 2), "support": under})
        elif under == BIN:
            after[block] = old.model_copy(update={"position": (*layout.BIN_CENTER, layout.BLOCK_SIZE / 2), "support": BIN})
        else:  # the table, at a named place or where it was
            x, y = layout.PLACES.get(under, old.position[:2])
            after[block] = old.model_copy(update={"position": (x, y, layout.BLOCK_SIZE / 2), "support": TABLE})

    for name in state.support:
        settle(name)
    return scene.model_copy(update={"objects": [after[o.name] for o in scene.objects], "held": None})
