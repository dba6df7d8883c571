"""Log an episode to a Rerun `.rrd` file (`rerun-sdk`, the optional extra "rerun"); open it with `rerun FILE.rrd`.

`RerunRecorder(path)` owns one `rerun.RecordingStream` that writes to `path` (a file sink: no viewer is
spawned, nothing goes over the network). `recorder.wrap(world)` returns a `World` that logs every action
and, at a modest rate, the camera frames; `wrap_perceiver`, `wrap_skills` and `events` log what the agent
perceived, which target each skill acted on and the executor's progress events. `rerun` is imported only
when a recorder is made.

Timelines: `step` (a sequence: world actions since the recording started; frames before the first action
are at 0) and Rerun's own `log_time` (wall clock). Entities:

- `cameras/{front,wrist}`: the camera pose (`Transform3D`, camera to robot base) and `Pinhole`;
  below it `rgb` (`Image`), `depth` (`DepthImage`, millimetres) and `segmentation` (`SegmentationImage`,
  simulator ids, where the world gives it). Logged on every observation made outside a skill (what
  perception saw) and at most once every `frames_every` actions while a skill runs.
- `cameras/front/masks`: the perceived object masks of every perception, one label per object name;
  `cameras/front/target`: the mask of the target a skill acts on (cleared for places without one).
- `robot/action`, `robot/applied` (`Scalars`: dx, dy, dz, dyaw, gripper; commanded and after the safety
  layer), `robot/gripper_width`, `robot/ee_pos`, `robot/clamp_count` (`Scalars`, every action),
  `robot/clamps` (`TextLog`, the names in `StepInfo.clamps`, when a limit was hit), `world/ee` and
  `world/target` (`Points3D`, robot frame).
- `agent/events/<kind>` (`TextLog`: instruction, perceive, plan, act, step, retry, replan, ask, answer, done,
  fail), `agent/plan` and `agent/scene` (`TextDocument`), `agent/target` and `agent/skill` (`TextLog`).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from sim.core.errors import ConfigError, UserError, missing_extra
from sim.scene import SceneSpec
from sim.world import Action, CameraFrame, Observation, Proprio, StepInfo

__all__ = ["FRAMES_EVERY", "RerunRecorder", "RerunWorld", "check_rerun_path", "import_rerun"]

FRAMES_EVERY = 10  # camera frames while a skill runs: at most one per this many actions (1 s at 10 Hz)
_VECTOR = ["dx", "dy", "dz", "dyaw", "gripper"]
_LEVELS = {"fail": "ERROR", "retry": "WARN", "replan": "WARN", "ask": "WARN"}


def import_rerun() -> Any:
    """The `rerun` module; `ConfigError` (exit code 2) when rerun-sdk is missing or too old for this API."""
    try:
        import rerun as rr
    except ImportError:
        raise missing_extra("rerun-sdk", "rerun") from None
    if not (hasattr(rr, "Scalars") and hasattr(rr.RecordingStream, "set_time")):
        raise ConfigError(f"rerun-sdk {getattr(rr, '__version__', '?')} is too old (rr.Scalars and "
                          "RecordingStream.set_time are needed); run: pip install -U rerun-sdk")
    return rr


def check_rerun_path(path: str | Path) -> Path:
    """`path` as a `Path` when it ends in .rrd and rerun-sdk is installed; `UserError`/`ConfigError` otherwise."""
    p = Path(path)
    if p.suffix.lower() != ".rrd":
        raise UserError(f"the Rerun recording must end in .rrd, got {str(path)!r}")
    import_rerun()
    return p


class RerunRecorder:
    """One `.rrd` file. `counts` tallies the rows logged per entity path (for summaries and tests)."""

    def __init__(self, path: str | Path, *, frames_every: int = FRAMES_EVERY,
                 application_id: str = "vla-agent") -> None:
        self.path = check_rerun_path(path)
        self.rr = rr = import_rerun()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.stream = rr.RecordingStream(application_id, recording_id=uuid.uuid4())
        self.stream.save(self.path)
        self.frames_every = max(1, int(frames_every))
        self.steps = 0  # world actions so far: the `step` timeline
        self.counts: Counter[str] = Counter()
        self.acting = False  # a skill is running: its own observations are throttled
        self._frame_step: int | None = None  # `steps` at the last logged camera frame
        self._labels: dict[str, int] = {}  # object name -> label in cameras/front/masks
        self._closed = False
        self._log("robot/action", rr.SeriesLines(names=_VECTOR), static=True)
        self._log("robot/applied", rr.SeriesLines(names=[f"applied {n}" for n in _VECTOR]), static=True)
        self._log("robot/ee_pos", rr.SeriesLines(names=["x", "y", "z"]), static=True)
        self._log("cameras/front/target", rr.AnnotationContext([(1, "target", (255, 40, 40))]), static=True)
        self._log("/", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)  # the robot frame: z up

    # ----- plumbing ---------------------------------------------------------------------------
    def _log(self, entity: str, *archetypes: Any, static: bool = False) -> None:
        if not static:
            self.stream.set_time("step", sequence=self.steps)
            self.counts[entity] += 1
        self.stream.log(entity, *archetypes, static=static)

    def flush(self) -> None:
        """Write everything logged so far to the file (it is readable, and viewable, from then on)."""
        if not self._closed:
            self.stream.flush()

    def close(self) -> None:
        """Flush and end the recording; later calls do nothing."""
        if not self._closed:
            self.stream.flush()
            self.stream.disconnect()
            self._closed = True

    # ----- wrappers -----------------------------------------------------------------------------
    def wrap(self, world: Any) -> RerunWorld:
        """`world`, logging its actions and frames; labels the simulator's segmentation when it has `body_ids()`."""
        body_ids = getattr(world, "body_ids", None)
        if callable(body_ids):
            labels = [(int(i), name) for name, i in body_ids().items()]
            for cam in ("front", "wrist"):
                self._log(f"cameras/{cam}/segmentation", self.rr.AnnotationContext(labels), static=True)
        return RerunWorld(world, self)

    def wrap_perceiver(self, perceiver: Any) -> _RecordedPerceiver:
        return _RecordedPerceiver(perceiver, self)

    def wrap_skills(self, skills: Mapping[str, Any]) -> dict[str, Any]:
        return {name: _RecordedSkill(skill, name, self) for name, skill in skills.items()}

    def events(self, on_event: Callable[[Any], None] | None = None) -> Callable[[Any], None]:
        """An `on_event` callback that logs each executor `Event` (kind, message, step), then calls `on_event`."""

        def log_then_forward(event: Any) -> None:
            self.event(event.kind, event.message, event.step)
            if on_event is not None:
                on_event(event)

        return log_then_forward

    # ----- what is logged -------------------------------------------------------------------------
    def event(self, kind: str, message: str, step: int | None = None) -> None:
        where = f"[step {step}] " if step else ""  # the entity path names the kind
        self._log(f"agent/events/{kind}", self.rr.TextLog(f"{where}{message}", level=_LEVELS.get(kind, "INFO")))
        if kind == "plan":
            steps = _split_steps(message.removeprefix("plan: "))
            self._log("agent/plan", self.rr.TextDocument("\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)),
                                                         media_type="text/markdown"))

    def observation(self, obs: Observation) -> None:
        """Log both cameras' frames at the current step."""
        self._frame_step = self.steps
        for name, frame in (("front", obs.front), ("wrist", obs.wrist)):
            if frame is not None:
                self._frame(f"cameras/{name}", frame)

    def _frame(self, entity: str, frame: CameraFrame) -> None:
        rr = self.rr
        h, w = frame.shape
        pose = np.asarray(frame.cam_to_world, dtype=np.float64)
        self._log(entity, rr.Transform3D(translation=pose[:3, 3], mat3x3=pose[:3, :3]),
                  rr.Pinhole(image_from_camera=np.asarray(frame.intrinsics, dtype=np.float64), width=w, height=h))
        self._log(f"{entity}/rgb", rr.Image(np.ascontiguousarray(frame.rgb)))
        depth_mm = np.clip(np.nan_to_num(frame.depth, nan=0.0, posinf=0.0) * 1000.0, 0, 65535).astype(np.uint16)
        self._log(f"{entity}/depth", rr.DepthImage(depth_mm, meter=1000.0))
        if frame.segmentation is not None:
            seg = np.clip(frame.segmentation, 0, 65535).astype(np.uint16)
            self._log(f"{entity}/segmentation", rr.SegmentationImage(seg))

    def action(self, action: Action, info: StepInfo, proprio: Proprio | None) -> None:
        """Count one action and log it, what the safety layer made of it, the gripper and the clamps."""
        rr = self.rr
        self.steps += 1
        self._log("robot/action", rr.Scalars(action.vector().astype(np.float64)))
        if info.applied is not None:
            self._log("robot/applied", rr.Scalars(info.applied.vector().astype(np.float64)))
        self._log("robot/clamp_count", rr.Scalars([float(len(info.clamps))]))
        if info.clamps:
            self._log("robot/clamps", rr.TextLog(", ".join(info.clamps), level="WARN"))
        if proprio is not None:
            ee = np.asarray(proprio.ee_pos, dtype=np.float64)
            self._log("robot/gripper_width", rr.Scalars([float(proprio.gripper_width)]))
            self._log("robot/ee_pos", rr.Scalars(ee))
            self._log("world/ee", rr.Points3D([ee], radii=0.01, colors=[(240, 200, 40)]))

    def perception(self, perception: Any) -> None:
        """Log a perception's masks (name -> bool mask in the front image) as one labelled image, and its scene."""
        rr = self.rr
        masks = getattr(perception, "masks", None) or {}
        if masks:
            shape = np.asarray(next(iter(masks.values()))).shape
            labels = np.zeros(shape, dtype=np.uint16)
            grew = False
            for name in sorted(masks):
                if name not in self._labels:
                    self._labels[name], grew = len(self._labels) + 1, True
                mask = np.asarray(masks[name], dtype=bool)
                if mask.shape == shape:
                    labels[mask] = self._labels[name]
            if grew:
                self._log("cameras/front/masks", rr.AnnotationContext(
                    [(i, name) for name, i in self._labels.items()]), static=True)
            self._log("cameras/front/masks", rr.SegmentationImage(labels))
        scene = getattr(perception, "scene", None)
        if scene is not None and hasattr(scene, "describe"):
            self._log("agent/scene", rr.TextDocument(scene.describe()))

    def target(self, primitive: str, target: Any) -> None:
        """Log where a skill is about to act: its name, kind, position and, for objects, its mask."""
        rr = self.rr
        pos = np.asarray(getattr(target, "position", np.zeros(3)), dtype=np.float64).reshape(-1)[:3]
        name, kind = getattr(target, "name", "?"), getattr(target, "kind", "?")
        where = ", ".join(f"{v:.3f}" for v in pos)
        self._log("agent/target", rr.TextLog(f"{primitive}: {name} ({kind}) at ({where})"))
        if pos.size == 3:
            self._log("world/target", rr.Points3D([pos], radii=0.015, labels=[name], colors=[(255, 40, 40)]))
        mask = getattr(target, "mask", None)
        if mask is not None:
            self._log("cameras/front/target", rr.SegmentationImage(np.asarray(mask, dtype=bool).astype(np.uint8)))
        else:
            self._log("cameras/front/target", rr.Clear(recursive=False))

    def skill_outcome(self, primitive: str, outcome: Any) -> None:
        ok = getattr(outcome, "success", False)
        text = f"{primitive}: {'ok' if ok else 'failed'}: {getattr(outcome, 'message', '')}"
        self._log("agent/skill", self.rr.TextLog(text, level="INFO" if ok else "WARN"))


def _split_steps(text: str) -> list[str]:
    """"pick(red block), place(bin, 2), done" -> its steps: the commas outside parentheses."""
    steps, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if c == "," and depth == 0:
            steps.append(text[start:i].strip())
            start = i + 1
    return [*steps, text[start:].strip()]


class RerunWorld:
    """A `World` (and `SimWorld` when the wrapped one is) that logs to a `RerunRecorder`.

    Every action is logged. Camera frames: every observation made outside a skill (perception), and while
    a skill runs at most one per `frames_every` actions, from the skill's own observation when it makes one
    (learned skills), else rendered here (scripted skills never observe).
    """

    def __init__(self, world: Any, recorder: RerunRecorder) -> None:
        self.world = world  # `.world`: wrappers are unwrapped through it (e.g. by the symbolic skills)
        self.recorder = recorder
        self._observed = False  # an observation since the last action

    def _due(self) -> bool:
        last = self.recorder._frame_step
        return last is None or self.recorder.steps - last >= self.recorder.frames_every

    def reset(self, scene: SceneSpec) -> Observation:
        obs = self.world.reset(scene)
        self.recorder.event("reset", f"new scene: {len(scene.objects)} objects")
        self.recorder.observation(obs)
        return obs

    def observe(self) -> Observation:
        obs = self.world.observe()
        self._observed = True
        if not self.recorder.acting or self._due():
            self.recorder.observation(obs)
        return obs

    def proprio(self) -> Proprio:
        return self.world.proprio()

    def step(self, action: Action) -> StepInfo:
        info = self.world.step(action)
        observed, self._observed = self._observed, False
        self.recorder.action(action, info, self.world.proprio())
        if self._due() and not (self.recorder.acting and observed):
            self.recorder.observation(self.world.observe())
        return info

    def close(self) -> None:
        self.world.close()

    def __getattr__(self, name: str) -> Any:  # sim_state, render, body_ids, ... of the wrapped world
        return getattr(self.world, name)


class _RecordedPerceiver:
    """A perceiver whose perceptions are logged (masks and scene); everything else is the wrapped one's."""

    def __init__(self, perceiver: Any, recorder: RerunRecorder) -> None:
        self.perceiver = perceiver
        self.recorder = recorder

    def perceive(self, obs: Observation) -> Any:
        perception = self.perceiver.perceive(obs)
        self.recorder.perception(perception)
        return perception

    def __getattr__(self, name: str) -> Any:  # ground, reset, ...
        return getattr(self.perceiver, name)


class _RecordedSkill:
    """A skill that logs its target before it runs and its own outcome after; it throttles frames meanwhile."""

    def __init__(self, skill: Any, primitive: str, recorder: RerunRecorder) -> None:
        self.skill = skill
        self._primitive = primitive
        self.recorder = recorder

    def __call__(self, world: Any, target: Any) -> Any:
        self.recorder.target(self._primitive, target)
        self.recorder.acting = True
        try:
            outcome = self.skill(world, target)
        finally:
            self.recorder.acting = False
        self.recorder.skill_outcome(self._primitive, outcome)
        return outcome

    def __getattr__(self, name: str) -> Any:  # primitive, calls, ...
        return getattr(self.skill, name)
