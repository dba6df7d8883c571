"""The `learned` skill set: `pick` and `place` run the policy closed-loop at 10 Hz.

A step starts where the policy's demonstrations started (`skills.retreat`): at the observation
pose, a pick with the fingers open, a place holding the block. It ends when the policy signals it
is finished or after `max_actions`; then the arm returns to the observation pose, as every skill
set does, the fingers closed only while they hold something (so a failed grasp can be retried).
The outcome is judged from proprioception only (a real robot has no simulator): a pick succeeded
when the gripper closed on something; a place when the gripper let go. The executor verifies by
perception afterwards, as for any skill.

A policy with an ensemble knows when it is unsure (`PolicyAction.unsure`): a step whose policy has been unsure
UNSURE_ACTIONS actions in a row stops there, returns to the observation pose and says so (`SkillOutcome.unsure`), and
the executor looks again (perceives, grounds the target anew: a nudged block has a new mask and goal point) and calls
it again; on that second look the skill acts to the end on its best guess. The doubt seldom lasts in a step that
succeeds and mostly does in one that wanders until it runs out of actions (BENCHMARKS.md).
"""

from __future__ import annotations

from sim.world import World
from skills.base import SkillOutcome, Target
from skills.retreat import finish, holds_something, retreat, start_pick, still_holds
from skills.policy.inference import Policy
from skills.policy.masks import target_mask
from skills.policy.text import instruction

MAX_ACTIONS = 120
UNSURE_ACTIONS = 3


class LearnedSkill:
    """`skill(world, target) -> SkillOutcome` for primitive "pick" or "place", sharing one `Policy`."""

    def __init__(self, primitive: str, policy: Policy, max_actions: int = MAX_ACTIONS, look_again: bool = True) -> None:
        self.primitive = primitive
        self.policy = policy
        self.max_actions = max_actions
        self.look_again = look_again  # False: act even when unsure (benchmarks measure the policy alone)
        self.doubt: float | None = None  # the last step's peak doubt (`PolicyAction.spread`; None: no ensemble)
        self._doubted: str | None = None  # the target of the step stopped as unsure, acted on to the end at the next call

    def __call__(self, world: World, target: Target) -> SkillOutcome:
        if self.primitive == "pick" and target.kind != "object":
            return SkillOutcome(False, f"cannot pick {target.name}: it is not an object")
        if self.primitive == "pick" and still_holds(world):
            return SkillOutcome(False, f"cannot pick {target.name}: the gripper already holds a block")
        if self.primitive == "place" and not holds_something(world.proprio()):
            return SkillOutcome(False, f"cannot place on {target.name}: the gripper holds nothing")
        start = start_pick(world) if self.primitive == "pick" else retreat(world, gripper=1.0)
        obs = world.observe()
        text = instruction(self.primitive, target.name, target.kind, target.object_kind)
        self.policy.reset(text, target_mask(obs.front, target))
        n, finished, gripper = start, False, 1.0 if self.primitive == "place" else 0.0
        doubted, self._doubted, unsure, self.doubt = self._doubted == target.name, None, 0, None
        while n - start < self.max_actions:
            out = self.policy.predict_action(obs)
            if out.spread is not None:
                self.doubt = max(self.doubt or 0.0, out.spread)
            unsure = unsure + 1 if out.unsure else 0
            if unsure >= UNSURE_ACTIONS and self.look_again and not doubted:
                self._doubted = target.name
                n += finish(world, gripper)
                return SkillOutcome(False, f"{self.primitive} toward {target.name} stopped: the policy was unsure "
                                    f"{unsure} actions in a row (doubt {out.spread:.3f} > "
                                    f"{self.policy.config.unsure_spread:.3f}); looking again", n, unsure=True)
            if out.finished:
                finished = True
                break
            world.step(out.action)
            gripper = out.action.gripper
            n += 1
            obs = world.observe()
        n += finish(world, gripper)
        return outcome(self.primitive, target, finished, gripper, world, n, self.max_actions)


def outcome(primitive: str, target: Target, finished: bool, gripper: float, world: World, n: int,
            max_actions: int) -> SkillOutcome:
    """A learned step's outcome after `n` actions, judged from proprioception only: a pick succeeded when the policy
    finished with the gripper closed on something, a place when it finished."""
    if primitive == "pick":
        if finished and gripper == 1.0 and holds_something(world.proprio()):
            return SkillOutcome(True, f"picked {target.name}", n)
        why = "the gripper holds nothing" if finished else f"the policy did not finish in {max_actions} actions"
        return SkillOutcome(False, f"grasp of {target.name} failed: {why}", n)
    if finished:
        return SkillOutcome(True, f"placed on {target.name}", n)
    return SkillOutcome(False, f"place on {target.name} did not finish in {max_actions} actions", n)


def make_skills(checkpoint: str | None = None) -> dict[str, LearnedSkill]:
    policy = Policy(checkpoint)  # loaded on first use
    return {"pick": LearnedSkill("pick", policy), "place": LearnedSkill("place", policy)}
