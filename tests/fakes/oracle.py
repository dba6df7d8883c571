"""Test-only fakes for the executor: an oracle perceiver, a symbolic world, symbolic skills, a scripted planner.

The oracle perceiver builds a `Scene` from `world.sim_state()`: simulator truth, which runtime
code never uses (the runtime uses `skills.perception.Perceiver`). It lets executor tests run
before (and independently of) the learned perception. The symbolic world moves objects by
teleporting them, so a whole episode takes milliseconds.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from sim.core.errors import PlanningError
from agent.planners.base import PlanRequest, Usage
from agent.schemas import Plan
from sim import predicates
from sim.core import layout
from sim.scene import SceneSpec
from sim.world import Action, CameraFrame, ObjectState, Observation, Proprio, SimState, StepInfo
from skills.base import SkillOutcome, Target
from sim.core.perceived import PerceivedObject, Scene

_H = layout.BLOCK_SIZE
_BOWL_EXTENT = (2 * (layout.BOWL_INNER_RADIUS + layout.BOWL_WALL),) * 2 + (layout.BOWL_HEIGHT,)
IMAGE = 32


# ----- perception -------------------------------------------------------------------------------
@dataclass
class FakePerception:
    scene: Scene
    masks: dict[str, np.ndarray]

    def annotated(self) -> np.ndarray:
        return np.zeros((IMAGE, IMAGE, 3), dtype=np.uint8)


@dataclass
class FakeGrounding:
    match: str | None
    candidates: list[str] = field(default_factory=list)
    confidence: float = 1.0


def _support(state: SimState, name: str) -> str:
    obj = state.objects[name]
    if obj.kind == "bowl":
        return "table"
    if state.held == name:
        return "gripper"
    if predicates.in_bin(state, name):
        return "bin"
    for other, o in state.objects.items():
        if o.kind == "block" and other != name and predicates.on(state, name, other):
            return other
    for other, o in state.objects.items():
        if o.kind == "bowl" and predicates.inside(state, name, other):
            return other
    return "table"


def scene_from_state(state: SimState) -> Scene:
    """The scene a perfect perceiver would report (simulator truth; tests only)."""
    objects = [
        PerceivedObject(
            name=o.name, kind=o.kind, colour=o.colour,  # type: ignore[arg-type]
            position=tuple(float(v) for v in o.position),  # type: ignore[arg-type]
            extent=(_H, _H, _H) if o.kind == "block" else _BOWL_EXTENT,
            confidence=1.0, support=_support(state, o.name),
        )
        for o in state.objects.values()
    ]
    return Scene(objects=objects, held=state.held)


class OraclePerceiver:
    """Reads the scene from the world's simulator state. Test-only: never in runtime code."""

    def __init__(self, world) -> None:
        self.world = world
        self.calls = 0

    def reset(self) -> None:
        """Nothing to forget: the oracle reads the simulator every frame."""

    def perceive(self, obs: Observation) -> FakePerception:
        self.calls += 1
        scene = scene_from_state(self.world.sim_state())
        h, w = obs.front.shape
        return FakePerception(scene=scene, masks={o.name: np.zeros((h, w), dtype=bool) for o in scene.objects})

    def ground(self, expr: str, perception: FakePerception) -> FakeGrounding:
        """Every object whose name contains all the words of `expr`; one is a match, more are candidates."""
        words = [w for w in expr.lower().split() if w not in ("the", "a", "an")]
        names = perception.scene.names()
        if expr in names:
            return FakeGrounding(match=expr, candidates=[expr])
        fits = [n for n in names if all(w in n.split() for w in words)]
        if len(fits) == 1:
            return FakeGrounding(match=fits[0], candidates=fits)
        return FakeGrounding(match=None, candidates=fits, confidence=0.5 if fits else 0.0)


# ----- a symbolic world ---------------------------------------------------------------------------
class SymbolicWorld:
    """A `SimWorld` without physics: skills teleport objects. Fast, deterministic, for executor tests."""

    def __init__(self) -> None:
        self.pos: dict[str, np.ndarray] = {}
        self.spec: dict[str, tuple[str, str]] = {}  # name -> (kind, colour)
        self.held: str | None = None
        self.steps = 0
        self.closed = False

    def reset(self, scene: SceneSpec) -> Observation:
        self.pos, self.spec, self.held, self.steps = {}, {}, None, 0
        by_name = {o.name: o for o in scene.objects}
        slots: dict[str, int] = {}

        def put(name: str) -> np.ndarray:
            if name in self.pos:
                return self.pos[name]
            o = by_name[name]
            if o.on is None:
                p = np.array([o.x, o.y, 0.0 if o.kind == "bowl" else _H / 2])
            elif by_name[o.on].kind == "bowl":
                base = put(o.on)
                k = slots.get(o.on, 0)
                slots[o.on] = k + 1
                dx, dy = layout.BOWL_SLOTS[k]
                p = np.array([base[0] + dx, base[1] + dy, layout.BOWL_FLOOR + _H / 2])
            else:
                p = put(o.on) + np.array([0.0, 0.0, _H])
            self.pos[name] = p
            return p

        for o in scene.objects:
            self.spec[o.name] = (o.kind, o.colour)
            put(o.name)
        return self.observe()

    def observe(self) -> Observation:
        frame = CameraFrame(
            rgb=np.zeros((IMAGE, IMAGE, 3), dtype=np.uint8), depth=np.ones((IMAGE, IMAGE), dtype=np.float32),
            intrinsics=np.eye(3), cam_to_world=np.eye(4),
        )
        return Observation(front=frame, wrist=None, proprio=self.proprio())

    def proprio(self) -> Proprio:
        return Proprio(ee_pos=np.array([0.3, 0.0, 0.3]), ee_yaw=0.0, gripper_width=0.08, joints=np.zeros(7))

    def step(self, action: Action) -> StepInfo:
        self.steps += 1
        return StepInfo()

    def render(self, size: int | None = None) -> np.ndarray:
        n = size or IMAGE
        img = np.full((n, n, 3), 90, dtype=np.uint8)
        img[: min(n, self.steps % n + 1), :4] = 255  # changes with time, so video frames differ
        return img

    def sim_state(self) -> SimState:
        objects = {
            n: ObjectState(name=n, kind=k, colour=c, position=self.pos[n].copy(), yaw=0.0, body_id=i)
            for i, (n, (k, c)) in enumerate(self.spec.items())
        }
        return SimState(objects=objects, ee_pos=np.array([0.3, 0.0, 0.3]), gripper_width=0.08, held=self.held)

    def close(self) -> None:
        self.closed = True

    # helpers for the symbolic skills
    def blocks_at(self, xy: np.ndarray, radius: float) -> list[str]:
        return [
            n for n, p in self.pos.items()
            if self.spec[n][0] == "block" and n != self.held and math.hypot(p[0] - xy[0], p[1] - xy[1]) < radius
        ]

    def nearest(self, position: np.ndarray, kind: str | None) -> str | None:
        best, best_d = None, 0.08
        for n, p in self.pos.items():
            if n == self.held or (kind and self.spec[n][0] != kind):
                continue
            d = float(np.linalg.norm(p - np.asarray(position, dtype=np.float64)))
            if d < best_d:
                best, best_d = n, d
        return best


class SymbolicPick:
    """Teleports the block at the target into the gripper. `failures` makes the next N calls fail."""

    primitive = "pick"

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.calls: list[str] = []

    def __call__(self, world: SymbolicWorld, target: Target) -> SkillOutcome:
        self.calls.append(target.name)
        world.step(Action(dpos=np.zeros(3)))
        if world.held is not None:
            return SkillOutcome(False, "the gripper already holds a block", 1)
        block = world.nearest(target.position, "block")
        if block is None:
            return SkillOutcome(False, f"no block where {target.name} was seen", 1)
        if self.failures > 0:
            self.failures -= 1
            return SkillOutcome(False, f"grasp failed: {target.name} slipped", 1)
        p = world.pos[block]
        if any(q[2] > p[2] + _H / 2 for q in (world.pos[n] for n in world.blocks_at(p[:2], _H * 0.6))):
            return SkillOutcome(False, f"{target.name} is under another block", 1)
        world.held = block
        world.pos[block] = np.array([p[0], p[1], 0.2])
        return SkillOutcome(True, f"picked {target.name}", 1)


class SymbolicPlace:
    """Teleports the held block to the target. `drops` makes the next N calls drop it on the table."""

    primitive = "place"

    def __init__(self, drops: int = 0) -> None:
        self.drops = drops
        self.calls: list[str] = []

    def __call__(self, world: SymbolicWorld, target: Target) -> SkillOutcome:
        self.calls.append(target.name)
        world.step(Action(dpos=np.zeros(3)))
        block = world.held
        if block is None:
            return SkillOutcome(False, "the gripper holds nothing", 1)
        world.held = None
        if self.drops > 0:
            self.drops -= 1
            p = world.pos[block]
            world.pos[block] = np.array([p[0], p[1], _H / 2])
            return SkillOutcome(False, f"the block slipped out on the way to {target.name}", 1)
        world.pos[block] = self._destination(world, block, target)
        return SkillOutcome(True, f"placed on {target.name}", 1)

    @staticmethod
    def _destination(world: SymbolicWorld, block: str, target: Target) -> np.ndarray:
        if target.kind == "object":
            dest = world.nearest(target.position, target.object_kind)
            assert dest is not None and dest != block, f"no {target.object_kind} at {target.position}"
            base = world.pos[dest]
            if world.spec[dest][0] == "block":
                return base + np.array([0.0, 0.0, _H])
            used = world.blocks_at(base[:2], layout.BOWL_INNER_RADIUS)
            dx, dy = layout.BOWL_SLOTS[len(used) % layout.BOWL_CAPACITY]
            return np.array([base[0] + dx, base[1] + dy, layout.BOWL_FLOOR + _H / 2 + _H * (len(used) // 4)])
        if target.kind == "place":
            cx, cy = layout.PLACES[target.name]
            used = world.blocks_at(np.array([cx, cy]), layout.PLACE_RADIUS)
            dx, dy = layout.PLACE_SLOTS[len(used) % len(layout.PLACE_SLOTS)]
            return np.array([cx + dx, cy + dy, _H / 2])
        if target.kind == "bin":
            cx, cy = layout.BIN_CENTER
            k = sum(predicates.in_bin(world.sim_state(), n) for n in world.spec if world.spec[n][0] == "block")
            return np.array([cx + 0.03 * math.cos(k), cy + 0.03 * math.sin(k), layout.BOWL_FLOOR + _H / 2])
        return np.array([target.position[0], target.position[1], _H / 2])


def symbolic_skills(pick_failures: int = 0, place_drops: int = 0, delay_s: float = 0.0) -> dict:
    """Symbolic pick and place; `delay_s` makes each call take that long (to kill a batch half-way)."""
    pick, place = SymbolicPick(pick_failures), SymbolicPlace(place_drops)
    if not delay_s:
        return {"pick": pick, "place": place}

    def slow(skill):
        def call(world, target):
            time.sleep(delay_s)
            return skill(world, target)

        return call

    return {"pick": slow(pick), "place": slow(place)}


# ----- a planner that replays plans ----------------------------------------------------------------
PlanSource = Plan | Exception | Callable[[PlanRequest], Plan]


class ReplayPlanner:
    """Returns the given plans in order (a callable gets the request; an exception is raised)."""

    name = "replay"

    def __init__(self, *plans: PlanSource) -> None:
        self.plans = list(plans)
        self.requests: list[PlanRequest] = []
        self.usage = Usage()

    def plan(self, request: PlanRequest) -> Plan:
        self.requests.append(request)
        self.usage.llm_calls += 1
        if not self.plans:
            raise PlanningError("the replay planner has no plans left")
        item = self.plans.pop(0)
        if isinstance(item, Exception):
            raise item
        return item(request) if callable(item) else item


def plan(*steps: dict) -> Plan:
    """Plan from short dicts: plan({"primitive": "pick", "object": "red block"}, ...)."""
    return Plan.model_validate({"steps": list(steps)})


def pick(name: str) -> dict:
    return {"primitive": "pick", "object": name}


def place(target: str) -> dict:
    return {"primitive": "place", "target": target}


def ask(question: str) -> dict:
    return {"primitive": "ask", "question": question}


def done(summary: str = "") -> dict:
    return {"primitive": "done", "summary": summary}


def make_oracle_agent(planner="offline", skills: str | dict = "scripted", world=None, delay_s: float = 0.0, **kwargs):
    """An `Agent` whose perceiver is the oracle (a picklable factory for batch workers in tests).

    skills="symbolic" runs on a `SymbolicWorld` with the symbolic skills (slowed by `delay_s`).
    """
    from agent.api import Agent

    if world is None:
        if skills == "symbolic":
            world = SymbolicWorld()
        else:
            from sim.pybullet_world import PyBulletWorld

            world = PyBulletWorld(wrist_camera=False)
    if skills == "symbolic":
        skills = symbolic_skills(delay_s=delay_s)
    return Agent(planner=planner, skills=skills, world=world, perceiver=OraclePerceiver(world), **kwargs)


def use_oracle_perception(monkeypatch) -> None:
    """Make every `Agent` built without a perceiver use the oracle (for CLI tests: perception is tested elsewhere)."""
    from agent.api import Agent

    def perceiver(self):
        if self._perceiver is None:
            self._perceiver = OraclePerceiver(self.world)
        return self._perceiver

    monkeypatch.setattr(Agent, "perceiver", property(perceiver))
