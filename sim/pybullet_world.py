"""The embedded tabletop: a Franka Panda, a table, coloured blocks and bowls, and a bin (PyBullet, DIRECT)."""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np


@contextmanager
def _quiet_c_output() -> Iterator[None]:
    """PyBullet prints its build time and "argv[0]=" from C; keep them off stdout (--json) and stderr."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, devnull):
            os.close(fd)


with _quiet_c_output():
    import pybullet as p
    import pybullet_data
    from pybullet_utils.bullet_client import BulletClient

from sim.core import layout  # noqa: E402
from sim.cameras import FRONT_CAMERA, CameraSpec
from sim.pybullet_bodies import BodyMaker
from sim.randomization import DomainRandomization, Look
from sim.safety import SafetyLimits, lead, ramp
from sim.scene import ObjectSpec, SceneSpec
from sim.world import Action, CameraFrame, ObjectState, Observation, Proprio, SimState, StepInfo

ARM_JOINTS = list(range(7))
FINGER_JOINTS = (9, 10)
EE_LINK = 11  # panda_grasptarget
HAND_LINK = 8
REST_POSE = [0.0, -0.3, 0.0, -2.2, 0.0, 2.0, math.pi / 4]
PHYSICS_HZ = 240
CONTROL_HZ = 10
FINGER_OPEN = 0.04
_YAW_OFFSET = math.pi / 2  # hand euler yaw when the fingers close along the x axis
# PyBullet's IK pulls toward REST_POSE while it solves, so one call can leave the hand centimetres off its target
# (3.6 cm near the base, outside the safety box); `_ik` calls it again from its own answer, without that pull,
# until the hand is there.
IK_ROUNDS = 10
IK_RESIDUAL = 0.0005  # m


HOME = (np.array(layout.OBSERVE_POS), 0.0)  # end-effector position and yaw after reset
# TinyRenderer's own light (its defaults for a z-up world), which `DomainRandomization` varies.
LIGHT_DIRECTION = (-50.0, 30.0, 100.0)
LIGHT_AMBIENT, LIGHT_DIFFUSE, LIGHT_SPECULAR = 0.6, 0.35, 0.05


class PyBulletWorld:
    """The tabletop world. Implements `sim.world.SimWorld`.

    image_size: side of the square camera images (pixels). wrist_camera: also render the
    wrist camera in `observe()`. The robot is commanded at 10 Hz; each action runs 24
    physics steps at 240 Hz. randomize: draw a new light and object shades at every reset (`sim.randomization`,
    for training perception; None: the world's fixed look).
    """

    def __init__(
        self,
        image_size: int = 128,
        wrist_camera: bool = True,
        wrist_size: int = 64,
        limits: SafetyLimits | None = None,
        randomize: DomainRandomization | None = None,
    ) -> None:
        if image_size < 16 or image_size > 1024:
            raise ValueError(f"image_size must be in [16, 1024], got {image_size}")
        self.image_size = image_size
        self.wrist_camera = wrist_camera
        self.wrist_size = wrist_size
        self.limits = limits or SafetyLimits()
        self.randomize = randomize
        self._look: Look | None = None  # this reset's draw of `randomize`
        self._resets = 0
        with _quiet_c_output():
            self._p = BulletClient(connection_mode=p.DIRECT)
            self._kin = BulletClient(connection_mode=p.DIRECT)  # the arm alone, for IK and forward kinematics
        self._p.setAdditionalSearchPath(pybullet_data.getDataPath())
        self._kin.setAdditionalSearchPath(pybullet_data.getDataPath())
        self._kin_robot = self._kin.loadURDF("franka_panda/panda.urdf", [0, 0, 0], useFixedBase=True)
        self._build_static()
        self.scene: SceneSpec | None = None
        self._objects: dict[str, tuple[int, ObjectSpec]] = {}
        self._target_pos = np.zeros(3)
        self._target_yaw = 0.0
        self._q_cmd = np.array(REST_POSE)  # the joint target the arm is driven to
        self._gripper = 0.0
        self.last_clamps: tuple[str, ...] = ()
        self.steps = 0

    # ----- construction -------------------------------------------------------------
    def _build_static(self) -> None:
        """Rebuild the whole simulation, so that a reset is deterministic (no solver state carries over)."""
        pc = self._p
        pc.resetSimulation()
        pc.setPhysicsEngineParameter(numSolverIterations=50, deterministicOverlappingPairs=1)
        pc.setTimeStep(1.0 / PHYSICS_HZ)
        pc.setGravity(0, 0, -9.81)
        self._bodies = BodyMaker(pc)
        ground = pc.createCollisionShape(p.GEOM_PLANE)
        pc.createMultiBody(0, ground, -1, [0, 0, -0.75])
        half = [0.6, 0.7, 0.02]
        table_c = pc.createCollisionShape(p.GEOM_BOX, halfExtents=half)
        table_v = pc.createVisualShape(p.GEOM_BOX, halfExtents=half, rgbaColor=[*layout.TABLE_RGB, 1])
        self.table_id = pc.createMultiBody(0, table_c, table_v, [0.45, 0.05, -0.02])
        pc.changeDynamics(self.table_id, -1, lateralFriction=0.8)
        self.bin_id = self._bodies.container(
            half_inner=layout.BIN_INNER / 2, height=layout.BIN_HEIGHT, rgb=layout.BIN_RGB, mass=0.0, square=True
        )
        pc.resetBasePositionAndOrientation(self.bin_id, [*layout.BIN_CENTER, 0.0], [0, 0, 0, 1])
        self.robot = pc.loadURDF("franka_panda/panda.urdf", [0, 0, 0], useFixedBase=True)
        for j in FINGER_JOINTS:
            pc.changeDynamics(self.robot, j, lateralFriction=1.5, spinningFriction=0.01, frictionAnchor=True)
        # The fingers move together.
        c = pc.createConstraint(self.robot, 9, self.robot, 10, p.JOINT_GEAR, [1, 0, 0], [0, 0, 0], [0, 0, 0])
        pc.changeConstraint(c, gearRatio=-1, erp=0.1, maxForce=50)
        info = [pc.getJointInfo(self.robot, j) for j in ARM_JOINTS]
        self._lower = [i[8] for i in info]
        self._upper = [i[9] for i in info]
        self._ranges = [u - lo for lo, u in zip(self._lower, self._upper)]

    # ----- World protocol ---------------------------------------------------------------
    def reset(self, scene: SceneSpec) -> Observation:
        """Rebuild the simulation with `scene`, home the arm, let things settle (same scene, same state)."""
        pc = self._p
        self._build_static()
        self._objects = {}
        self.scene = scene
        self._look = self.randomize.draw(scene.seed, self._resets) if self.randomize else None
        self._resets += 1
        self._target_pos, self._target_yaw = HOME[0].copy(), HOME[1]
        for j, q in zip(ARM_JOINTS, REST_POSE):
            pc.resetJointState(self.robot, j, q)
        self._q_cmd, _ = self._ik(self._target_pos, self._target_yaw)
        for j, q in zip(ARM_JOINTS, self._q_cmd):
            pc.resetJointState(self.robot, j, q)
        for j in FINGER_JOINTS:
            pc.resetJointState(self.robot, j, FINGER_OPEN)
        by_name = {o.name: o for o in scene.objects}
        pose: dict[str, tuple[float, float, float, float]] = {}
        slots_used: dict[str, int] = {}

        def place(o: ObjectSpec) -> tuple[float, float, float, float]:
            if o.name in pose:
                return pose[o.name]
            if o.on is None:
                z = 0.0 if o.kind == "bowl" else layout.BLOCK_SIZE / 2
                pose[o.name] = (o.x, o.y, z, o.yaw)
            else:
                sx, sy, sz, syaw = place(by_name[o.on])
                if by_name[o.on].kind == "bowl":
                    k = slots_used.get(o.on, 0)
                    slots_used[o.on] = k + 1
                    dx, dy = layout.BOWL_SLOTS[k]
                    pose[o.name] = (sx + dx, sy + dy, layout.BOWL_FLOOR + layout.BLOCK_SIZE / 2 + 0.001, o.yaw)
                else:
                    pose[o.name] = (sx, sy, sz + layout.BLOCK_SIZE + 0.001, syaw)
            return pose[o.name]

        for o in scene.objects:
            x, y, z, yaw = place(o)
            rgb = layout.COLOURS[o.colour] if self._look is None else self._look.shade_of(layout.COLOURS[o.colour])
            if o.kind == "bowl":
                body = self._bodies.container(layout.BOWL_INNER_RADIUS, layout.BOWL_HEIGHT, rgb, 0.4, square=False)
            else:
                body = self._bodies.block(rgb)
            pc.resetBasePositionAndOrientation(body, [x, y, z], p.getQuaternionFromEuler([0, 0, yaw]))
            self._objects[o.name] = (body, o)
        self._gripper = 0.0
        self._drive()
        self.simulate(60)
        self.steps = 0
        self.last_clamps = ()
        return self.observe()

    def step(self, action: Action) -> StepInfo:
        """Apply one 10 Hz action through the safety layer (`SkillError` for a NaN or infinite action).

        The joints for the clamped target are solved and checked at points on the straight line to it
        (`sim.safety.lead`); the target stops short (`unreachable`, `joint_speed`) where the joints, or the
        arm's way to them, would take the hand out of the box or turn too fast. The motors' target moves through
        the joints of the points reached (`_move`).
        """
        before = self._target_pos, self._target_yaw
        applied, pos, yaw, clamps = self.limits.clamp(action, *before)
        self._gripper = applied.gripper
        # Every point is solved from the arm's present joints, as one call a step was: PyBullet's IK pulls toward
        # REST_POSE on each call, and solving each point from the last would add the pulls up along the line.
        led = lead(self.limits, before, (pos, yaw), self._q_cmd, lambda p, y, seed: self._ik(p, y), self._kin_hand,
                   CONTROL_HZ)
        self._target_pos, self._target_yaw = led.pos, led.yaw
        if led.joint_limit:
            clamps = (*clamps, "joint_limit")
        if led.stop:
            clamps = (*clamps, led.stop)
            applied = Action(dpos=led.pos - before[0], dyaw=led.yaw - before[1], gripper=applied.gripper)
        self._move(led.path, PHYSICS_HZ // CONTROL_HZ)
        # A commanded target the arm cannot follow (blocked by contact) is pulled back toward
        # where the hand is (staying in the box), so the error cannot wind up.
        ee_pos, _ = self._ee_pose()
        if np.linalg.norm(ee_pos - self._target_pos) > 0.04:
            self._target_pos = self.limits.inside(ee_pos + 0.5 * (self._target_pos - ee_pos))
        self.steps += 1
        self.last_clamps = clamps
        return StepInfo(clamps=clamps, applied=applied)

    def simulate(self, steps: int) -> None:
        """Advance physics `steps` ticks at 240 Hz without a new command (settling, benchmarks)."""
        for _ in range(steps):
            self._p.stepSimulation()

    def observe(self) -> Observation:
        front = self.render_camera(FRONT_CAMERA, self.image_size)
        wrist = self.render_camera(self._wrist_camera(), self.wrist_size) if self.wrist_camera else None
        return Observation(front=front, wrist=wrist, proprio=self.proprio())

    def close(self) -> None:
        for client in (self._p, self._kin):
            if client is not None:
                try:
                    client.disconnect()
                except p.error:
                    pass
        self._p = self._kin = None  # type: ignore[assignment]

    def __enter__(self) -> PyBulletWorld:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- control -------------------------------------------------------------------------
    def _ik(self, pos: np.ndarray, yaw: float, seed: np.ndarray | None = None) -> tuple[np.ndarray, bool]:
        """Joints that put the hand at `pos` pointing down at `yaw`, solved on the kinematic copy from joints `seed`
        (None: the arm's present joints). Returns (joints within their limits, whether a limit clipped them)."""
        kin, robot = self._kin, self._kin_robot
        if seed is None:
            seed = [s[0] for s in self._p.getJointStates(self.robot, ARM_JOINTS)]
        kin.resetJointStatesMultiDof(robot, ARM_JOINTS, [[float(v)] for v in seed])
        orn = p.getQuaternionFromEuler([math.pi, 0.0, yaw + _YAW_OFFSET])
        target = [float(v) for v in pos]
        nullspace = {"lowerLimits": self._lower, "upperLimits": self._upper, "jointRanges": self._ranges,
                     "restPoses": REST_POSE}
        for k in range(IK_ROUNDS):  # after the first call, without the pull toward REST_POSE
            q = np.asarray(kin.calculateInverseKinematics(
                robot, EE_LINK, target, orn, maxNumIterations=60, residualThreshold=1e-4, **(nullspace if k == 0 else {}),
            )[:7])
            if np.linalg.norm(self._kin_hand(q) - pos) < IK_RESIDUAL:
                break
        clipped = np.clip(q, self._lower, self._upper)
        return clipped, bool(np.any(np.abs(clipped - q) > 1e-6))

    def _kin_hand(self, q: np.ndarray) -> np.ndarray:
        """The hand's position for arm joints `q` (forward kinematics on the kinematic copy, which keeps `q`)."""
        self._kin.resetJointStatesMultiDof(self._kin_robot, ARM_JOINTS, [[float(v)] for v in q])
        return np.array(self._kin.getLinkState(self._kin_robot, EE_LINK, computeForwardKinematics=True)[4])

    def _drive(self) -> None:
        """Send the joint target `_q_cmd` and the gripper command to the motors."""
        pc = self._p
        pc.setJointMotorControlArray(
            self.robot, ARM_JOINTS, p.POSITION_CONTROL, targetPositions=self._q_cmd.tolist(),
            forces=[87.0] * 4 + [12.0] * 3, positionGains=[0.1] * 7,
        )
        finger = 0.0 if self._gripper >= 0.5 else FINGER_OPEN
        pc.setJointMotorControlArray(
            self.robot, list(FINGER_JOINTS), p.POSITION_CONTROL, targetPositions=[finger, finger],
            forces=[40.0, 40.0], positionGains=[0.05, 0.05],
        )

    def _move(self, path: list[np.ndarray], ticks: int) -> None:
        """Drive the arm through the joint targets `path` over the first half of `ticks` physics ticks, then hold
        the last (`_q_cmd`) for the rest.

        The motors' target moves at constant speed from the last joint target to each point of `path` in turn.
        One target for the whole step, sent at once, let the light wrist joints race ahead of the heavy shoulder
        (their torque limits are 12 and 87 N m), which bent the hand's path out of the box by up to 5 mm. Over
        half the step, the arm still reaches its target about when it did (spread over the whole step, the hand
        lagged enough to fail learned picks that succeeded before).
        """
        k = 0
        for k, self._q_cmd in enumerate(ramp(self._q_cmd, path, ticks // 2), start=1):
            self._drive()
            self.simulate(1)
        self._drive()
        self.simulate(ticks - k)

    def _ee_pose(self) -> tuple[np.ndarray, float]:
        state = self._p.getLinkState(self.robot, EE_LINK, computeForwardKinematics=True)
        yaw = p.getEulerFromQuaternion(state[5])[2] - _YAW_OFFSET
        yaw = (yaw + math.pi / 2) % math.pi - math.pi / 2  # the gripper is symmetric under pi
        return np.array(state[4]), yaw

    def proprio(self) -> Proprio:
        pos, yaw = self._ee_pose()
        joints = np.array([s[0] for s in self._p.getJointStates(self.robot, ARM_JOINTS)])
        fingers = [s[0] for s in self._p.getJointStates(self.robot, list(FINGER_JOINTS))]
        return Proprio(ee_pos=pos, ee_yaw=yaw, gripper_width=float(sum(fingers)), joints=joints)

    @property
    def gripper_command(self) -> float:
        return self._gripper

    # ----- cameras -------------------------------------------------------------------------
    def _wrist_camera(self) -> CameraSpec:
        state = self._p.getLinkState(self.robot, HAND_LINK, computeForwardKinematics=True)
        pos, orn = np.array(state[4]), state[5]
        rot = np.array(p.getMatrixFromQuaternion(orn)).reshape(3, 3)
        eye = pos + rot @ np.array([0.05, 0.0, 0.02])
        target = eye + rot @ np.array([0.0, 0.0, 0.3])
        up = rot @ np.array([1.0, 0.0, 0.0])
        return CameraSpec(eye=tuple(eye), target=tuple(target), up=tuple(up), fov_deg=70.0, near=0.01, far=1.5)

    def render_camera(self, cam: CameraSpec, size: int) -> CameraFrame:
        view = p.computeViewMatrix(cam.eye, cam.target, cam.up)
        proj = p.computeProjectionMatrixFOV(cam.fov_deg, 1.0, cam.near, cam.far)
        light = {}
        if self._look is not None:  # the light of this reset's draw; else TinyRenderer's defaults
            light = {
                "lightDirection": self._look.light_direction(LIGHT_DIRECTION).tolist(),
                "lightAmbientCoeff": LIGHT_AMBIENT * self._look.ambient,
                "lightDiffuseCoeff": LIGHT_DIFFUSE * self._look.diffuse,
                "lightSpecularCoeff": LIGHT_SPECULAR,
            }
        _, _, rgba, zbuf, seg = self._p.getCameraImage(
            size, size, view, proj, renderer=p.ER_TINY_RENDERER, **light
        )
        rgb = np.asarray(rgba, dtype=np.uint8).reshape(size, size, 4)[..., :3].copy()
        z = np.asarray(zbuf, dtype=np.float32).reshape(size, size)
        depth = (cam.far * cam.near / (cam.far - (cam.far - cam.near) * z)).astype(np.float32)
        return CameraFrame(
            rgb=rgb, depth=depth, intrinsics=cam.intrinsics(size), cam_to_world=cam.cam_to_world(),
            segmentation=np.asarray(seg, dtype=np.int32).reshape(size, size),
        )

    def render(self, size: int | None = None) -> np.ndarray:
        """The front camera's RGB image, for videos and pictures."""
        return self.render_camera(FRONT_CAMERA, size or self.image_size).rgb

    # ----- ground truth (experts, evaluation, labels) ------------------------------------
    def sim_state(self) -> SimState:
        pc = self._p
        objects = {}
        for name, (body, spec) in self._objects.items():
            pos, orn = pc.getBasePositionAndOrientation(body)
            objects[name] = ObjectState(
                name=name, kind=spec.kind, colour=spec.colour, position=np.array(pos),
                yaw=float(p.getEulerFromQuaternion(orn)[2]), body_id=body,
            )
        ee_pos, ee_yaw = self._ee_pose()
        width = sum(s[0] for s in pc.getJointStates(self.robot, list(FINGER_JOINTS)))
        return SimState(objects=objects, ee_pos=ee_pos, ee_yaw=ee_yaw, gripper_width=float(width), held=self._held())

    def _held(self) -> str | None:
        for name, (body, spec) in self._objects.items():
            if spec.kind != "block":
                continue
            left = self._p.getContactPoints(self.robot, body, FINGER_JOINTS[0])
            right = self._p.getContactPoints(self.robot, body, FINGER_JOINTS[1])
            if left and right:
                return name
        return None

    def move_object(self, name: str, position: np.ndarray, yaw: float) -> None:
        """Put object `name` at `position` (its centre), at rest: the hook through which `sim.faults` acts."""
        body = self._objects[name][0]
        quat = p.getQuaternionFromEuler([0.0, 0.0, float(yaw)])
        self._p.resetBasePositionAndOrientation(body, [float(v) for v in position], quat)
        self._p.resetBaseVelocity(body, [0.0, 0.0, 0.0], [0.0, 0.0, 0.0])

    def body_ids(self) -> dict[str, int]:
        """Object name -> PyBullet body id (the values in `CameraFrame.segmentation`)."""
        return {name: body for name, (body, _) in self._objects.items()}
