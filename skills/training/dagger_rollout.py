"""DAgger's rollouts: the learned skills act, the scripted expert labels every state they reach (`dagger` runs the rounds).

One labelled step (`LabelledLearnerSkill`, the learned skill's own loop): at every observation the expert's
action is the label; the action executed is the learner's, or with probability `beta` the expert's (with
collect's noise); whoever acted decides when the step is finished. The expert's phase (approach, descend,
close, lift; carry, descend, open, retreat) follows the learner: it is moved on when the learner grasped or
let go on its own, and back when a grasp was lost (`resync`), so a label never says "open" to a hand that
holds the block it should lift. A gripper event the learner made a step or two before the expert's threshold
(6 mm from the grasp or release pose) and that worked (the block held; the block placed) is accepted: that
row's label becomes the expert's own event (zero motion, the new gripper state). Without this the labels said
"not yet" at every close the learner made and showed no close from an open hand: two rounds pushed the
close probability at the grasp pose under the calibrated switch and picks hovered until the action limit.
A step whose expert cannot be set up (no block where perception saw one, no free spot left) runs the
learned skill unlabelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from sim.core.errors import UserError
from sim.world import Action, Proprio, SimState, SimWorld, World
from skills.base import SkillOutcome, Target
from skills.policy.masks import goal_point, target_mask
from skills.policy.skills import MAX_ACTIONS, LearnedSkill, outcome
from skills.policy.text import instruction
from skills.retreat import finish, holds_something, retreat, start_pick
from skills.training.collect import CollectConfig
from skills.training.dataset import Demo

if TYPE_CHECKING:
    from skills.policy.inference import Policy
    from skills.scripted import PickExpert, PlaceExpert

APPROACH_ABOVE = 0.06  # m: the pick expert's waypoint above the grasp point (`skills.scripted.pick`)
CARRY_ABOVE = 0.05  # m: the place expert's waypoint above the release pose (`skills.scripted.place`)


@dataclass(frozen=True)
class LearnerConfig(CollectConfig):
    """What a DAgger rollout runs: the learner's checkpoint folder, the chance `beta` that the expert acts on a
    step, the round it belongs to, and at most `max_actions` actions per skill step (as the learned skill).
    `record=False`: the plain learned skills, nothing labelled (in-agent success only)."""

    learner: str = ""
    beta: float = 0.0
    dagger_round: int = 0
    max_actions: int = MAX_ACTIONS
    record: bool = True


_policies: dict[tuple[str, int], Policy] = {}


def learner_policy(checkpoint: str | Path) -> Policy:
    """The `Policy` of a checkpoint folder, once per process (and again when its weights change)."""
    from skills.policy.inference import Policy

    path = Path(checkpoint)
    key = (str(path.resolve()), (path / "policy.safetensors").stat().st_mtime_ns if (path / "policy.safetensors").exists() else 0)
    if key not in _policies:
        _policies.clear()
        _policies[key] = Policy(path)
    return _policies[key]


# --- labelling ---------------------------------------------------------------------------------------------
def resync(expert: PickExpert | PlaceExpert, state: SimState, proprio: Proprio, gripper: float) -> str:
    """Move the expert's phase to where the learner took the world; which move ("descended", "grasped", "lost",
    "released", "kept"), or "" when none. `gripper`: the gripper command last executed (1 closed, 0 open).

    pick: the learner went down over the block past the expert's waypoint above it (the expert descends only
    from within 1 cm of that point, which the learner's full-speed steps skip) -> descend, not back up;
    the learner closed on the block before the expert would have -> lift; the block is no longer held
    in the lift (or after it) -> start over from the approach, fingers open.
    place: past the waypoint above the release pose likewise -> descend; the learner opened (or the block
    left the hand) before the expert would have -> retreat and finish (a release cannot be taken back: no
    label says "close" to opening fingers); the hand still holds it after the expert opened (the learner
    kept it closed) -> back to the descent, to open there."""
    from skills.scripted import PickExpert
    from skills.scripted.motion import wrap

    holding = holds_something(proprio)

    def below_waypoint(goal: np.ndarray, yaw: float, above: float) -> bool:
        """Over `goal` (1 cm), lower than the waypoint `above` it by more than the expert's 1 cm, not under it."""
        d = state.ee_pos - goal
        return (float(np.hypot(d[0], d[1])) < 0.01 and -0.01 < float(d[2]) < above - 0.01
                and abs(wrap(yaw - state.ee_yaw)) < 0.15)

    if isinstance(expert, PickExpert):
        held = state.held == expert.block
        pose = expert._pose  # (grasp yaw, hand shift off the block's centre, ...), chosen on its first act
        if pose is not None and expert.phase == "approach" and not held:
            grasp = state.objects[expert.block].position + np.array([pose[1][0], pose[1][1], 0.0])
            if below_waypoint(grasp, pose[0], APPROACH_ABOVE):
                expert.phase = "descend"
                return "descended"
        if expert.phase in ("approach", "descend") and held and holding:
            expert.phase, expert._closing, expert.closed_at = "close", 1, state.ee_pos.copy()
            return "grasped"
        if expert.phase in ("lift", "done") and expert.blocked is None and not held:
            expert.phase, expert._closing, expert._lift_z = "approach", 0, None
            return "lost"
        return ""
    held = state.held == expert.block
    if expert.phase in ("carry", "descend") and (gripper == 0.0 or (not held and not holding)):
        expert.phase, expert._opening = "retreat", 1
        return "released"
    if expert.phase in ("retreat", "done") and gripper == 1.0 and held and holding:
        expert.phase, expert._opening = "descend", 0
        return "kept"
    if expert.phase == "carry" and expert._release is not None and held and below_waypoint(*expert._release, CARRY_ABOVE):
        expert.phase = "descend"
        return "descended"
    return ""


@dataclass
class _Rows:
    rgb: list = field(default_factory=list)
    depth: list = field(default_factory=list)
    proprio: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    dones: list = field(default_factory=list)
    executed: list = field(default_factory=list)
    by_learner: list = field(default_factory=list)

    def add(self, cfg: LearnerConfig, obs, label: np.ndarray, done: bool) -> None:
        self.rgb.append(cfg.view.rgb(obs.front))
        self.depth.append(cfg.view.depth(obs.front))
        self.proprio.append(obs.proprio.vector())
        self.actions.append(label)
        self.dones.append(done)

    def acted(self, action: np.ndarray, learner: bool) -> None:
        self.executed.append(action)
        self.by_learner.append(learner)


def _early_event(rows: _Rows, gripper: float) -> list[int]:
    """The rows, up to now, since the learner set the gripper to `gripper` while the labels still said the other
    state (the learner's event, made before the expert's): empty when the last row is not one of them."""
    out: list[int] = []
    t = len(rows.executed) - 1
    while t >= 0 and rows.executed[t][4] == gripper and rows.actions[t][4] != gripper:
        out.append(t)
        t -= 1
    return out[::-1]


class LabelledLearnerSkill:
    """The learned skill's loop (`skills.policy.skills.LearnedSkill`) with the expert labelling every state;
    each call appends one `Demo` to `recorder.demos` (none when the step could not be labelled)."""

    def __init__(self, primitive: str, recorder: LearnerRecorder) -> None:
        self.primitive, self.recorder = primitive, recorder

    def _expert(self, world: SimWorld, target: Target) -> PickExpert | PlaceExpert | None:
        from skills.scripted import PickExpert, PlaceExpert
        from skills.scripted.motion import nearest_object

        state = world.sim_state()
        if self.primitive == "pick":
            block = nearest_object(state, target.position, "block")
            return PickExpert(block) if block is not None else None
        if state.held is None:
            return None
        dest = None
        if target.kind == "object":
            dest = nearest_object(state, target.position, target.object_kind)
            if dest is None or dest == state.held:
                return None
        return PlaceExpert(state.held, target, dest)

    def __call__(self, world: World, target: Target) -> SkillOutcome:
        rec = self.recorder
        policy = learner_policy(rec.cfg.learner)
        plain = LearnedSkill(self.primitive, policy, rec.cfg.max_actions)
        if not isinstance(world, SimWorld):
            raise TypeError("DAgger labels read simulator state: it needs a SimWorld")
        held = holds_something(world.proprio())
        if (self.primitive == "pick" and (target.kind != "object" or held)) or (self.primitive == "place" and not held):
            return plain(world, target)  # refused exactly as the learned skill refuses
        expert = self._expert(world, target)
        if expert is None:
            rec.stats["unlabelled_steps"] += 1
            return plain(world, target)
        cfg, rng = rec.cfg, rec.rng
        start = start_pick(world) if self.primitive == "pick" else retreat(world, gripper=1.0)
        first = world.observe()
        text = instruction(self.primitive, target.name, target.kind, target.object_kind)
        full_mask = target_mask(first.front, target)
        policy.reset(text, full_mask)
        rows, obs = _Rows(), first
        release_rows: list[int] = []
        n, finished, gripper = start, False, 1.0 if self.primitive == "place" else 0.0
        label_grip = gripper
        while n - start < cfg.max_actions:
            state = world.sim_state()
            moved = resync(expert, state, obs.proprio, gripper)
            rec.stats["resyncs"] += bool(moved)
            if moved == "grasped":  # the learner's close worked: it is the expert's close, a step early
                accept(rows, _early_event(rows, 1.0), 1.0, rec.stats)
            elif moved == "released":
                release_rows = _early_event(rows, 0.0)  # accepted once the block is found placed (`_demo`)
            try:
                label = expert.act(state)
            except LookupError:  # no free spot for the place expert (found on its first act): the learner alone
                if rows.actions:
                    raise
                rec.stats["unlabelled_steps"] += 1
                return plain(world, target)
            out = policy.predict_action(obs)
            if label is not None:
                label_grip = label.gripper
            rows.add(cfg, obs, label.vector() if label is not None else np.array([0, 0, 0, 0, label_grip], np.float32),
                     label is None)
            by_expert = bool(rng.random() < cfg.beta)
            if (label is None) if by_expert else out.finished:
                rows.acted(np.array([0, 0, 0, 0, gripper], np.float32), not by_expert)
                finished = True
                break
            if by_expert:
                assert label is not None
                act = Action(dpos=label.dpos + rng.normal(0.0, cfg.noise_m, 3),
                             dyaw=label.dyaw + rng.normal(0.0, cfg.noise_yaw), gripper=label.gripper)
            else:
                act = out.action
            rows.acted(act.vector(), not by_expert)
            world.step(act)
            gripper = act.gripper
            n += 1
            obs = world.observe()
        rec.add(self._demo(world, expert, target, text, first, full_mask, rows, release_rows))
        n += finish(world, gripper)
        return outcome(self.primitive, target, finished, gripper, world, n, cfg.max_actions)

    def _demo(self, world: SimWorld, expert, target: Target, text: str, first, full_mask: np.ndarray, rows: _Rows,
              release_rows: list[int] | None = None) -> Demo:
        from sim import predicates
        from skills.scripted import PickExpert, placed
        from skills.training.collect import _start

        state = world.sim_state()
        if isinstance(expert, PickExpert):
            success = predicates.held(state, expert.block)
        else:
            success = placed(state, expert.block, expert.target, expert.dest)
            if success:  # the learner's early release worked: it is the expert's own
                accept(rows, release_rows or [], 0.0, self.recorder.stats)
        cfg = self.recorder.cfg
        start, info = _start(first, target)
        T = len(rows.actions)
        small = cfg.view.mask(first.front, full_mask)
        return Demo(
            rgb=np.stack(rows.rgb), depth=np.stack(rows.depth), proprio=np.stack(rows.proprio),
            target_mask=np.repeat(small[None], T, axis=0), actions=np.stack(rows.actions).astype(np.float32),
            dones=np.array(rows.dones, dtype=np.uint8), instruction=text, skill=self.primitive, success=bool(success),
            seed=self.recorder.seed, goal=goal_point(first.front, full_mask), start=start, target=info,
            mask_source=self.recorder.mask_source if target.mask is not None else "disc",
            source="dagger", dagger_round=cfg.dagger_round,
            executed=np.stack(rows.executed).astype(np.float32), by_learner=np.array(rows.by_learner, dtype=bool),
        )


def accept(rows: _Rows, early: list[int], gripper: float, stats: dict) -> None:
    """Relabel the learner's early gripper event as the expert's: zero motion, the new gripper state."""
    for t in early:
        rows.actions[t] = np.array([0, 0, 0, 0, gripper], np.float32)
    stats["accepted_events"] += bool(early)


class LearnerRecorder:
    """The learned skills with expert labels: pass `skills()` to an agent and every pick and place it runs is
    kept in `demos` (`cfg.record=False`: the plain learned skills). `stats` counts what happened."""

    def __init__(self, seed: int, cfg: LearnerConfig, mask_source: str = "perception") -> None:
        if not cfg.learner:
            raise UserError("a DAgger rollout needs the learner's checkpoint folder (LearnerConfig.learner)")
        self.seed, self.cfg, self.mask_source = seed, cfg, mask_source
        self.rng = np.random.default_rng(seed + 54321 + 1000 * cfg.dagger_round)
        self.demos: list[Demo] = []
        self.stats = {"steps": 0, "rows": 0, "learner_rows": 0, "resyncs": 0, "accepted_events": 0, "unlabelled_steps": 0}

    def add(self, demo: Demo) -> None:
        self.demos.append(demo)
        self.stats["steps"] += 1
        self.stats["rows"] += len(demo)
        self.stats["learner_rows"] += int(demo.by_learner.sum()) if demo.by_learner is not None else 0

    def skills(self) -> dict:
        if not self.cfg.record:
            policy = learner_policy(self.cfg.learner)
            return {p: LearnedSkill(p, policy, self.cfg.max_actions) for p in ("pick", "place")}
        return {p: LabelledLearnerSkill(p, self) for p in ("pick", "place")}
