"""The embedded tabletop on MuJoCo: the same Panda, table, blocks, bowls, bin and cameras as `PyBulletWorld`.

Faster to render (OpenGL through software EGL instead of TinyRenderer) and to step; the model is
built once (`sim.mujoco_scene`) and a reset only moves and recolours pooled bodies.
"""

from __future__ import annotations

import importlib
import math
import os
from typing import Self

import numpy as np

from sim.cameras import FRONT_CAMERA, CameraSpec
from sim.core import layout
from sim.core.errors import ConfigError, UserError
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
from sim.safety import SafetyLimits
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


class _Renderer:
    """One offscreen OpenGL context; RGB and depth from one draw, segmentation from a second only when asked."""

    def __init__(self, model: mujoco.MjModel, size: int) -> None:
        backend = os.environ.get("MUJOCO_GL", "egl").lower()
        try:  # the backend by name: `mujoco.GLContext` is fixed by whoever imported mujoco first
            gl = importlib.import_module(f"mujoco.{backend}")
            self._gl = gl.GLContext(size, size)
            self._gl.make_current()
            self._ctx = mujoco.MjrContext(model, mujoco.mjtFontScale.mjFONTSCALE_50)
        except (ImportError, OSError, RuntimeError, AttributeError, mujoco.FatalError) as e:  # no EGL/OSMesa/display
            raise ConfigError(
                f"MuJoCo cannot render with MUJOCO_GL={backend} ({type(e).__name__}: {e}); install Mesa's EGL "
                "(apt-get install libegl1 libegl-mesa0) or set MUJOCO_GL=osmesa"
            ) from None
        mujoco.mjr_setBuffer(mujoco.mjtFramebuffer.mjFB_OFFSCREEN, self._ctx)
        self._ctx.readDepthMap = mujoco.mjtDepthMap.mjDEPTH_ZEROFAR
        self._scene = mujoco.MjvScene(model, maxgeom=2 * model.ngeom + 10)
        self._scene.flags[mujoco.mjtRndFlag.mjRND_SHADOW] = False
        self._scene.flags[mujoco.mjtRndFlag.mjRND_REFLECTION] = False
        self._scene.flags[mujoco.mjtRndFlag.mjRND_SKYBOX] = False
        self._opt = mujoco.MjvOption()
        self._cam = mujoco.MjvCamera()
        self._cam.type = mujoco.mjtCamera.mjCAMERA_FIXED
        self._size = size
        extent = float(model.stat.extent)
        self.near, self.far = model.vis.map.znear * extent, model.vis.map.zfar * extent

    def render(self, model: mujoco.MjModel, data: mujoco.MjData, cam_id: int, size: int, segmentation: bool
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """(rgb (H, W, 3) uint8, depth (H, W) float32 metres, geom ids (H, W) int32 or None; -1 is background)."""
        self._gl.make_current()
        if size > self._size:
            mujoco.mjr_resizeOffscreen(size, size, self._ctx)
            self._size = size
        self._cam.fixedcamid = cam_id
        mujoco.mjv_updateScene(model, data, self._opt, None, self._cam, mujoco.mjtCatBit.mjCAT_ALL, self._scene)
        rect = mujoco.MjrRect(0, 0, size, size)
        rgb = np.empty((size, size, 3), dtype=np.uint8)
        zbuf = np.empty((size, size), dtype=np.float32)
        mujoco.mjr_render(rect, self._scene, self._ctx)
        mujoco.mjr_readPixels(rgb, zbuf, rect, self._ctx)
        # Reversed-z depth buffer (1 at near, 0 at far) to metres along the optical axis.
        near, far = self.near, self.far
        depth = (near * far / (near + zbuf.astype(np.float64) * (far - near))).astype(np.float32)
        seg = self._segmentation(rect, size) if segmentation else None
        return np.ascontiguousarray(rgb[::-1]), np.ascontiguousarray(depth[::-1]), seg

    def _segmentation(self, rect: mujoco.MjrRect, size: int) -> np.ndarray:
        flags = self._scene.flags
        flags[mujoco.mjtRndFlag.mjRND_SEGMENT] = flags[mujoco.mjtRndFlag.mjRND_IDCOLOR] = True
        try:
            ids = np.empty((size, size, 3), dtype=np.uint8)
            mujoco.mjr_render(rect, self._scene, self._ctx)
            mujoco.mjr_readPixels(ids, None, rect, self._ctx)
        finally:
            flags[mujoco.mjtRndFlag.mjRND_SEGMENT] = flags[mujoco.mjtRndFlag.mjRND_IDCOLOR] = False
        segid = ids[..., 0].astype(np.int32) | (ids[..., 1].astype(np.int32) << 8) | (ids[..., 2].astype(np.int32) << 16)
        ngeom = self._scene.ngeom
        lookup = np.full(ngeom + 1, -1, dtype=np.int32)  # segid 0 is the background
        for g in self._scene.geoms[:ngeom]:
            if g.segid >= 0 and g.objtype == mujoco.mjtObj.mjOBJ_GEOM:
                lookup[g.segid + 1] = g.objid
        return np.ascontiguousarray(lookup[np.clip(segid, 0, ngeom)][::-1])

    def close(self) -> None:
        if self._ctx is not None:
            self._gl.make_current()
            self._ctx.free()
            self._gl.free()
            self._ctx = None  # type: ignore[assignment]


class MujocoWorld:
    """The tabletop world on MuJoCo. Implements `sim.world.SimWorld`, like `PyBulletWorld`.

    image_size: side of the square front images (pixels). wrist_camera: also render the wrist
    camera in `observe()`. segmentation: render segmentation in `observe()` and `render_camera`
    (labels and scoring need it, the runtime does not; it costs a second draw). The robot is
    commanded at 10 Hz; each action runs 50 physics steps of 2 ms.
    """

    def __init__(
        self,
        image_size: int = 128,
        wrist_camera: bool = True,
        wrist_size: int = 64,
        limits: SafetyLimits | None = None,
        segmentation: bool = False,
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
        self._renderer: _Renderer | None = _Renderer(self.model, size)
        self._lower, self._upper = self._m.arm_range[:, 0], self._m.arm_range[:, 1]
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
        poses = resting_poses(scene)
        for row, (pool, specs) in enumerate(((ids.blocks, blocks), (ids.bowls, bowls))):
            for k, body in enumerate(pool):
                if k < len(specs):
                    o = specs[k]
                    self._objects[o.name] = (body, o.kind, o.colour)
                    self._set_body(body, poses[o.name], (*layout.COLOURS[o.colour], 1.0), active=True)
                else:  # parked: invisible (alpha 0), out of view and out of collision
                    x, y, z = PARK + [0.1 * k, 0.3 * row, 0.0]
                    self._set_body(body, (x, y, z, 0.0), (0.5, 0.5, 0.5, 0.0), active=False)
        self._target_pos, self._target_yaw = HOME[0].copy(), HOME[1]
        self._q_cmd = REST_POSE.copy()
        q, _ = self._ik(iterations=200)
        self._q_cmd = q
        d.qpos[ids.arm_qpos] = q
        d.qpos[ids.finger_qpos] = FINGER_OPEN
        self._gripper = 0.0
        self._drive()
        self.simulate(round(SETTLE_S * PHYSICS_HZ))
        self.steps = 0
        self.last_clamps = ()
        return self.observe()

    def _set_body(self, body: int, pose: tuple[float, float, float, float], rgba: tuple, active: bool) -> None:
        m, d = self.model, self.data
        x, y, z, yaw = pose
        adr = m.jnt_qposadr[m.body_jntadr[body]]
        d.qpos[adr:adr + 7] = [x, y, z, math.cos(yaw / 2), 0.0, 0.0, math.sin(yaw / 2)]
        geoms = np.flatnonzero(m.geom_bodyid == body)
        m.geom_rgba[geoms] = rgba
        m.geom_contype[geoms], m.geom_conaffinity[geoms] = WORLD_BITS if active else (0, 0)
        m.body_gravcomp[body] = 0.0 if active else 1.0  # parked bodies float, touching nothing

    def step(self, action: Action) -> StepInfo:
        """Apply one 10 Hz action through the safety layer."""
        applied, self._target_pos, self._target_yaw, clamps = self.limits.clamp(action, self._target_pos, self._target_yaw)
        self._gripper = applied.gripper
        q, limited = self._ik()
        self._q_cmd = q
        if limited:
            clamps = (*clamps, "joint_limit")
        self._drive()
        self.simulate(PHYSICS_HZ // CONTROL_HZ)
        # A commanded target the arm cannot follow (blocked by contact) is pulled back to
        # where the hand is, so the error cannot wind up.
        ee_pos = self.data.xpos[self._m.ee_body].copy()
        if np.linalg.norm(ee_pos - self._target_pos) > 0.04:
            self._target_pos = ee_pos + 0.5 * (self._target_pos - ee_pos)
        self.steps += 1
        self.last_clamps = clamps
        return StepInfo(clamps=clamps, applied=applied)

    def simulate(self, steps: int) -> None:
        """Advance physics `steps` ticks of 2 ms (`PHYSICS_HZ`) without a new command (settling, benchmarks)."""
        if steps > 0:
            mujoco.mj_step(self.model, self.data, nstep=steps)

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
    def _ik(self, iterations: int = 30) -> tuple[np.ndarray, bool]:
        """Damped least squares on MuJoCo's Jacobian, from the last commanded joints to the target pose.

        Returns (joints, limited): `limited` when a joint limit keeps the hand off the target.
        """
        m, d, ids = self.model, self._ik_data, self._m
        q = self._q_cmd.copy()
        goal = _target_quat(self._target_yaw)
        jacp, jacr = np.zeros((3, m.nv)), np.zeros((3, m.nv))
        res = np.zeros(3)
        err = np.zeros(6)
        for _ in range(iterations):
            d.qpos[ids.arm_qpos] = q
            mujoco.mj_kinematics(m, d)
            err[:3] = self._target_pos - d.xpos[ids.ee_body]
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

    def _drive(self) -> None:
        d = self.data
        d.ctrl[:7] = self._q_cmd
        d.ctrl[7:9] = 0.0 if self._gripper >= 0.5 else FINGER_OPEN

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

    def body_ids(self) -> dict[str, int]:
        """Object name -> MuJoCo body id (the values in `CameraFrame.segmentation`)."""
        return {name: body for name, (body, _, _) in self._objects.items()}
