"""The embedded tabletop on MuJoCo: the same Panda, table, blocks, bowls, bin and cameras as `PyBulletWorld`.

Faster to render (OpenGL through software EGL instead of TinyRenderer) and to step; the model is
built once (`sim.mujoco_scene`) and a reset only moves and recolours pooled bodies.
"""

from __future__ import annotations

import math
from typing import Self

import numpy as np

from sim.cameras import FRONT_CAMERA, CameraSpec
from sim.core import layout
from sim.core.errors import UserError
from sim.mujoco_render import Renderer
from sim.mujoco_scene import (
    FINGER_OPEN,
    PARK,
    TIMESTEP,
    WORLD_BITS,
    WRIST_FOVY,
    Model,
    build_model,
    mujoco,
    resting_poses,
)
from sim.randomization import DomainRandomization, Look
from sim.safety import SafetyLimits, lead, ramp
from sim.scene import SceneSpec
from sim.world import (
    Action,
    CameraFrame,
    ObjectState,
    Observation,
    Proprio,
    SimState,
    StepInfo,
)

PHYSICS_HZ = round(1.0 / TIMESTEP)
CONTROL_HZ = 10
REST_POSE = np.array([0.0, -0.3, 0.0, -2.2, 0.0, 2.0, math.pi / 4])
HOME = (np.array(layout.OBSERVE_POS), 0.0)  # end-effector position and yaw after reset
SETTLE_S = 0.25
# A guard against solver blow-ups: a block wedged between a finger and the palm can be shot out of the scene at
# tens of metres per second in one tick. Nothing on this table moves faster than this when handled (a block dropped
# from the arm's height falls at under 3 m/s); a free body that does is put back where the tick found it, at rest.
MAX_OBJECT_SPEED = 4.0  # m/s
_YAW_OFFSET = math.pi / 2  # hand yaw when the fingers close along the x axis
_IK_DAMPING = 1e-2
_IK_NULLSPACE = 0.05  # pull toward REST_POSE in the arm's redundant direction, as PyBullet's restPoses do


def _yaw_of(mat: np.ndarray) -> float:
    m = np.asarray(mat).reshape(3, 3)
    return float(math.atan2(m[1, 0], m[0, 0]))


def _target_quat(yaw: float) -> np.ndarray:
    """The gripper pointing down, rotated by `yaw`: Rz(yaw + pi/2) Rx(pi), as a (w, x, y, z) quaternion."""
    a = (yaw + _YAW_OFFSET) / 2
    return np.array([0.0, math.cos(a), math.sin(a), 0.0])


class MujocoWorld:
    """The tabletop world on MuJoCo. Implements `sim.world.SimWorld`, like `PyBulletWorld`.

    image_size: side of the square front images (pixels). wrist_camera: also render the wrist
    camera in `observe()`. segmentation: render segmentation in `observe()` and `render_camera`
    (labels and scoring need it, the runtime does not; it costs a second draw). The robot is
    commanded at 10 Hz; each action runs 50 physics steps of 2 ms. randomize: draw a new light and object
    shades at every reset (`sim.randomization`, for training perception; None: the world's fixed look).
    """

    def __init__(
        self,
        image_size: int = 128,
        wrist_camera: bool = True,
        wrist_size: int = 64,
        limits: SafetyLimits | None = None,
        segmentation: bool = False,
        randomize: DomainRandomization | None = None,
    ) -> None:
        if image_size < 16 or image_size > 1024:
            raise ValueError(f"image_size must be in [16, 1024], got {image_size}")
        self.image_size = image_size
        self.wrist_camera = wrist_camera
        self.wrist_size = wrist_size
        self.segmentation = segmentation
        self.limits = limits or SafetyLimits()
        size = max(image_size, wrist_size if wrist_camera else 0)
        self._m: Model = build_model(max_image=size)
        self.model = self._m.model
        self.data = mujoco.MjData(self.model)
        self._ik_data = mujoco.MjData(self.model)
        self._renderer: Renderer | None = Renderer(self.model, size)
        self.randomize = randomize
        self._resets = 0
        head = self.model.vis.headlight
        # The model's own light, which a `randomize` draw scales and tilts.
        self._light = (self.model.light_dir.copy(), self.model.light_diffuse.copy(), head.ambient.copy(), head.diffuse.copy())
        self._lower, self._upper = self._m.arm_range[:, 0], self._m.arm_range[:, 1]
        m = self.model
        joints = [int(m.body_jntadr[b]) for b in (*self._m.blocks, *self._m.bowls)]
        # The pooled bodies' free joints lie side by side: their poses (7 each) and velocities (6 each) are one slice.
        q0, v0 = int(m.jnt_qposadr[joints[0]]), int(m.jnt_dofadr[joints[0]])
        assert [int(m.jnt_qposadr[j]) for j in joints] == list(range(q0, q0 + 7 * len(joints), 7))
        assert [int(m.jnt_dofadr[j]) for j in joints] == list(range(v0, v0 + 6 * len(joints), 6))
        self._free_qpos, self._free_dofs = slice(q0, q0 + 7 * len(joints)), slice(v0, v0 + 6 * len(joints))
        self.blowups = 0  # bodies stopped by the guard since the last reset (`MAX_OBJECT_SPEED`)
        self.scene: SceneSpec | None = None
        self._objects: dict[str, tuple[int, str, str]] = {}  # name -> (body id, kind, colour)
        self._target_pos = HOME[0].copy()
        self._target_yaw = HOME[1]
        self._q_cmd = REST_POSE.copy()
        self._gripper = 0.0
        self.last_clamps: tuple[str, ...] = ()
        self.steps = 0

    # ----- World protocol ---------------------------------------------------------------
    def reset(self, scene: SceneSpec) -> Observation:
        """Place `scene`'s objects, home the arm, let things settle (same scene, same state)."""
        m, d, ids = self.model, self.data, self._m
        blocks = [o for o in scene.objects if o.kind == "block"]
        bowls = [o for o in scene.objects if o.kind == "bowl"]
        if len(blocks) > len(ids.blocks) or len(bowls) > len(ids.bowls):
            raise UserError(f"the MuJoCo world holds at most {len(ids.blocks)} blocks and {len(ids.bowls)} bowls; "
                            f"got {len(blocks)} and {len(bowls)}")
        mujoco.mj_resetData(m, d)
        self.scene = scene
        self._objects = {}
        look = self.randomize.draw(scene.seed, self._resets) if self.randomize else None
        self._resets += 1
        if look is not None:
            self._relight(look)
        poses = resting_poses(scene)
        for row, (pool, specs) in enumerate(((ids.blocks, blocks), (ids.bowls, bowls))):
            for k, body in enumerate(pool):
                if k < len(specs):
                    o = specs[k]
                    self._objects[o.name] = (body, o.kind, o.colour)
                    rgb = layout.COLOURS[o.colour] if look is None else look.shade_of(layout.COLOURS[o.colour])
                    self._set_body(body, poses[o.name], (*rgb, 1.0), active=True)
                else:  # parked: invisible (alpha 0), out of view and out of collision
                    x, y, z = PARK + [0.1 * k, 0.3 * row, 0.0]
                    self._set_body(body, (x, y, z, 0.0), (0.5, 0.5, 0.5, 0.0), active=False)
        self._target_pos, self._target_yaw = HOME[0].copy(), HOME[1]
        q, _ = self._ik(self._target_pos, self._target_yaw, REST_POSE, iterations=200)
        self._q_cmd = q
        d.qpos[ids.arm_qpos] = q
        d.qpos[ids.finger_qpos] = FINGER_OPEN
        self._gripper = 0.0
        self._drive()
        self.simulate(round(SETTLE_S * PHYSICS_HZ))
        self.steps = 0
        self.blowups = 0
        self.last_clamps = ()
        return self.observe()

    def _relight(self, look: Look) -> None:
        """Set the lights to `look`'s draw: the directional lights tilted and scaled, the headlight's ambient scaled."""
        m, (direction, diffuse, ambient, head_diffuse) = self.model, self._light
        m.light_dir[:] = [look.light_direction(v) for v in direction]
        m.light_diffuse[:] = diffuse * look.diffuse
        m.vis.headlight.ambient[:] = ambient * look.ambient
        m.vis.headlight.diffuse[:] = head_diffuse * look.diffuse

    def _set_body(self, body: int, pose: tuple[float, float, float, float], rgba: tuple, active: bool) -> None:
        m = self.model
        self._put(body, *pose)
        geoms = np.flatnonzero(m.geom_bodyid == body)
        m.geom_rgba[geoms] = rgba
        m.geom_contype[geoms], m.geom_conaffinity[geoms] = WORLD_BITS if active else (0, 0)
        m.body_gravcomp[body] = 0.0 if active else 1.0  # parked bodies float, touching nothing

    def step(self, action: Action) -> StepInfo:
        """Apply one 10 Hz action through the safety layer (`SkillError` for a NaN or infinite action).

        The hand is led along the straight line to the clamped target (`sim.safety.lead`): joints are solved
        and checked at points on it, and the servo reference moves from one to the next. The hand stops short
        (`unreachable`, `joint_speed`) where the joints would take it out of the box or turn too fast.
        """
        before = self._target_pos, self._target_yaw
        applied, pos, yaw, clamps = self.limits.clamp(action, *before)
        self._gripper = applied.gripper
        led = lead(self.limits, before, (pos, yaw), self._q_cmd, self._ik, self._hand_at, CONTROL_HZ)
        self._target_pos, self._target_yaw = led.pos, led.yaw
        if led.joint_limit:
            clamps = (*clamps, "joint_limit")
        if led.stop:
            clamps = (*clamps, led.stop)
            applied = Action(dpos=led.pos - before[0], dyaw=led.yaw - before[1], gripper=applied.gripper)
        self._move(led.path, PHYSICS_HZ // CONTROL_HZ)
        # A commanded target the arm cannot follow (blocked by contact) is pulled back toward
        # where the hand is (staying in the box), so the error cannot wind up.
        ee_pos = self.data.xpos[self._m.ee_body].copy()
        if np.linalg.norm(ee_pos - self._target_pos) > 0.04:
            self._target_pos = self.limits.inside(ee_pos + 0.5 * (self._target_pos - ee_pos))
        self.steps += 1
        self.last_clamps = clamps
        return StepInfo(clamps=clamps, applied=applied)

    def simulate(self, steps: int) -> None:
        """Advance physics `steps` ticks of 2 ms (`PHYSICS_HZ`) without a new command (settling, benchmarks), with the
        blow-up guard (`MAX_OBJECT_SPEED`) after each tick."""
        m, d = self.model, self.data
        qpos, qvel = d.qpos[self._free_qpos].reshape(-1, 7), d.qvel[self._free_dofs].reshape(-1, 6)  # views
        for _ in range(steps):
            poses = qpos.copy()
            mujoco.mj_step(m, d)
            v = qvel[:, :3]
            fast = np.einsum("ij,ij->i", v, v) > MAX_OBJECT_SPEED**2
            if fast.any():  # back to where the tick found it, at rest
                qpos[fast] = poses[fast]
                qvel[fast] = 0.0
                self.blowups += int(fast.sum())

    def observe(self) -> Observation:
        front = self.render_camera(FRONT_CAMERA, self.image_size)
        wrist = self._render(self._m.wrist_cam, self.wrist_size, self.segmentation) if self.wrist_camera else None
        return Observation(front=front, wrist=wrist, proprio=self.proprio())

    def close(self) -> None:
        if self._renderer is not None:
            self._renderer.close()
            self._renderer = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- control -------------------------------------------------------------------------
    def _ik(self, pos: np.ndarray, yaw: float, seed: np.ndarray | None = None,
            iterations: int = 30) -> tuple[np.ndarray, bool]:
        """Damped least squares on MuJoCo's Jacobian, from joints `seed` (None: the joint target now) to the hand at
        `pos` pointing down at `yaw`.

        Returns (joints, limited): `limited` when a joint limit keeps the hand off the target.
        """
        m, d, ids = self.model, self._ik_data, self._m
        q = np.array(self._q_cmd if seed is None else seed, dtype=np.float64)
        goal = _target_quat(yaw)
        jacp, jacr = np.zeros((3, m.nv)), np.zeros((3, m.nv))
        res = np.zeros(3)
        err = np.zeros(6)
        for _ in range(iterations):
            d.qpos[ids.arm_qpos] = q
            mujoco.mj_kinematics(m, d)
            err[:3] = pos - d.xpos[ids.ee_body]
            mujoco.mju_subQuat(res, goal, d.xquat[ids.ee_body])
            err[3:] = d.xmat[ids.ee_body].reshape(3, 3) @ res
            if np.linalg.norm(err[:3]) < 1e-4 and np.linalg.norm(err[3:]) < 1e-3:
                break
            mujoco.mj_comPos(m, d)
            mujoco.mj_jacBody(m, d, jacp, jacr, ids.ee_body)
            J = np.vstack([jacp[:, ids.arm_dof], jacr[:, ids.arm_dof]])
            JJt = J @ J.T + _IK_DAMPING**2 * np.eye(6)
            dq = J.T @ np.linalg.solve(JJt, err)
            null = np.eye(7) - J.T @ np.linalg.solve(JJt, J)
            dq += null @ (_IK_NULLSPACE * (REST_POSE - q))
            q = np.clip(q + dq, self._lower, self._upper)
        at_limit = np.any((q <= self._lower + 1e-4) | (q >= self._upper - 1e-4))
        return q, bool(at_limit and np.linalg.norm(err[:3]) > 1e-3)

    def _hand_at(self, q: np.ndarray) -> np.ndarray:
        """The hand's position for arm joints `q` (forward kinematics on the IK's scratch data)."""
        d, ids = self._ik_data, self._m
        d.qpos[ids.arm_qpos] = q
        mujoco.mj_kinematics(self.model, d)
        return d.xpos[ids.ee_body].copy()

    def _drive(self) -> None:
        """Hold the joint target `_q_cmd`; send the gripper command."""
        d = self.data
        d.ctrl[:7] = self._q_cmd
        d.ctrl[7:9] = 0.0 if self._gripper >= 0.5 else FINGER_OPEN

    def _move(self, path: list[np.ndarray], ticks: int) -> None:
        """Drive the arm through the joint targets `path` over `ticks` physics ticks and hold the last (`_q_cmd`).

        The servo reference moves at constant speed from the last joint target to each point of `path` in turn
        (the servos share one time constant, `sim.mujoco_scene.ARM_LAG_S`, so the joints lag it together). One
        target for the whole step, sent at once, saturated the joints' torque, and the straight joint-space
        line to it bent the hand's path by up to 7 mm where the joints turn far for a short move.
        """
        self._drive()
        if not path:  # the arm holds its joint target
            self.simulate(ticks)
            return
        for reference in ramp(self._q_cmd, path, ticks):
            self.data.ctrl[:7] = reference
            self.simulate(1)
        self._q_cmd = path[-1]

    def _ee_pose(self) -> tuple[np.ndarray, float]:
        body = self._m.ee_body
        yaw = _yaw_of(self.data.xmat[body]) - _YAW_OFFSET
        yaw = (yaw + math.pi / 2) % math.pi - math.pi / 2  # the gripper is symmetric under pi
        return self.data.xpos[body].copy(), yaw

    def proprio(self) -> Proprio:
        pos, yaw = self._ee_pose()
        joints = self.data.qpos[self._m.arm_qpos].copy()
        width = float(self.data.qpos[self._m.finger_qpos].sum())
        return Proprio(ee_pos=pos, ee_yaw=yaw, gripper_width=width, joints=joints)

    @property
    def gripper_command(self) -> float:
        return self._gripper

    # ----- cameras -------------------------------------------------------------------------
    def render_camera(self, cam: CameraSpec, size: int, segmentation: bool | None = None) -> CameraFrame:
        """Render `cam` at `size` px; segmentation (object body ids, -1 background) when asked or the world says so."""
        T = cam.cam_to_world()
        view = self._m.view_cam
        self.data.cam_xpos[view] = T[:3, 3]
        self.data.cam_xmat[view] = np.column_stack([T[:3, 0], -T[:3, 1], -T[:3, 2]]).reshape(-1)
        self.model.cam_fovy[view] = cam.fov_deg
        return self._frame(view, size, cam.intrinsics(size), T, segmentation)

    def _render(self, cam_id: int, size: int, segmentation: bool | None) -> CameraFrame:
        """A model camera (the wrist's) with its current pose."""
        R = self.data.cam_xmat[cam_id].reshape(3, 3)
        T = np.eye(4)
        T[:3, 0], T[:3, 1], T[:3, 2], T[:3, 3] = R[:, 0], -R[:, 1], -R[:, 2], self.data.cam_xpos[cam_id]
        spec = CameraSpec(eye=(0, 0, 0), target=(0, 0, 1), fov_deg=WRIST_FOVY)
        return self._frame(cam_id, size, spec.intrinsics(size), T, segmentation)

    def _frame(self, cam_id: int, size: int, K: np.ndarray, T: np.ndarray, segmentation: bool | None) -> CameraFrame:
        if self._renderer is None:
            raise RuntimeError("the world is closed")
        seg = self.segmentation if segmentation is None else segmentation
        rgb, depth, geoms = self._renderer.render(self.model, self.data, cam_id, size, seg)
        bodies = None
        if geoms is not None:
            bodies = np.where(geoms >= 0, self.model.geom_bodyid[np.maximum(geoms, 0)], -1).astype(np.int32)
        return CameraFrame(rgb=rgb, depth=depth, intrinsics=K, cam_to_world=T, segmentation=bodies)

    def render(self, size: int | None = None) -> np.ndarray:
        """The front camera's RGB image, for videos and pictures."""
        return self.render_camera(FRONT_CAMERA, size or self.image_size, segmentation=False).rgb

    # ----- ground truth (experts, evaluation, labels) ------------------------------------
    def sim_state(self) -> SimState:
        d = self.data
        objects = {
            name: ObjectState(name=name, kind=kind, colour=colour, position=d.xpos[body].copy(),
                              yaw=_yaw_of(d.xmat[body]), body_id=body)
            for name, (body, kind, colour) in self._objects.items()
        }
        ee_pos, ee_yaw = self._ee_pose()
        width = float(d.qpos[self._m.finger_qpos].sum())
        return SimState(objects=objects, ee_pos=ee_pos, ee_yaw=ee_yaw, gripper_width=width, held=self._held())

    def _held(self) -> str | None:
        """The block both fingers touch."""
        d, m = self.data, self.model
        n = d.ncon
        if n == 0:
            return None
        g1, g2 = d.contact.geom1[:n], d.contact.geom2[:n]
        left, right = self._m.finger_geoms
        touching: dict[int, set[int]] = {}
        for a, b in zip(g1.tolist(), g2.tolist()):
            for finger, other in ((a, b), (b, a)):
                side = 0 if finger in left else 1 if finger in right else -1
                if side >= 0:
                    touching.setdefault(int(m.geom_bodyid[other]), set()).add(side)
        for name, (body, kind, _) in self._objects.items():
            if kind == "block" and touching.get(body) == {0, 1}:
                return name
        return None

    def move_object(self, name: str, position: np.ndarray, yaw: float) -> None:
        """Put object `name` at `position` (its centre), at rest: the hook through which `sim.faults` acts."""
        body = self._objects[name][0]
        self._put(body, *(float(v) for v in position), yaw)
        dof = self.model.jnt_dofadr[self.model.body_jntadr[body]]
        self.data.qvel[dof:dof + 6] = 0.0
        mujoco.mj_forward(self.model, self.data)

    def _put(self, body: int, x: float, y: float, z: float, yaw: float) -> None:
        """Write a pooled body's free-joint pose (position, yaw about z)."""
        adr = self.model.jnt_qposadr[self.model.body_jntadr[body]]
        self.data.qpos[adr:adr + 7] = [x, y, z, math.cos(yaw / 2), 0.0, 0.0, math.sin(yaw / 2)]

    def body_ids(self) -> dict[str, int]:
        """Object name -> MuJoCo body id (the values in `CameraFrame.segmentation`)."""
        return {name: body for name, (body, _, _) in self._objects.items()}
