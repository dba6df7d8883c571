"""The MuJoCo model of the tabletop, built once per world with `mujoco.MjSpec`.

The same Panda as the PyBullet world (`pybullet_data`'s URDF and meshes, nothing downloaded),
with position actuators added; the same table, bin and cameras. Objects come from a fixed pool
(`BLOCK_POOL` blocks, `layout.MAX_BOWLS` bowls) so that a reset recolours and moves bodies
instead of recompiling the model and re-uploading meshes to the renderer; unused bodies are
parked out of sight and out of collision.
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sim.cameras import FRONT_CAMERA, CameraSpec
from sim.core import layout
from sim.core.errors import missing_extra
from sim.scene import ObjectSpec, SceneSpec

# Headless OpenGL: EGL (Mesa's software EGL where there is no GPU), CGL on macOS; set before mujoco is imported.
os.environ.setdefault("MUJOCO_GL", "cgl" if sys.platform == "darwin" else "egl")
try:
    import mujoco
except ImportError:  # pragma: no cover - exercised only without the extra
    raise missing_extra("mujoco", "mujoco") from None

TIMESTEP = 0.002
ARM_KP = (8000.0, 8000.0, 8000.0, 8000.0, 3200.0, 3200.0, 1600.0)
# One time constant (damping / stiffness) for every arm servo, as PyBullet's position control has (~0.04 s): the
# joints then lag a moving target together and the hand stays near the straight path to it. Damping for a damping
# ratio of 1 at the compiled pose (arm straight up), with a quarter of these gains, left the shoulder and elbow
# joints at a ratio of ~0.25 in the workspace's extended poses (inertia up to 2.9 kg m^2): they overshot, and the
# hand left the safety box by up to 2 cm. With these gains every joint's damping ratio is 0.99 or more everywhere
# in the workspace (ARM_LAG_S^2 * kp / (4 * inertia), inertia at most 2.92); the torque limits stay the Panda's.
ARM_LAG_S = 0.038
ARM_FORCE = (87.0,) * 4 + (12.0,) * 3
FINGER_KP = 1000.0
FINGER_FORCE = 20.0
# Stiff contacts for fingers and blocks: with MuJoCo's default (soft for a 50 g block) the fingers sank
# 2.5 mm into each side of a squeezed block and it slid along the pads. Not stiffer than this: at 0.004 s (twice
# the time step) a finger opening against a bowl's rim shot the block it released out of the scene at 500-1500 m/s
# (2 of 300 eval episodes).
STIFF_SOLREF = [0.006, 1.0]
STIFF_SOLIMP = [0.95, 0.99, 0.001, 0.5, 2.0]
FINGER_OPEN = 0.04
BOWL_MASS = 0.4
WRIST_POS = (0.05, 0.0, 0.02)  # the wrist camera in the hand frame, looking along the hand's +z
WRIST_FOVY = 70.0
# Collision bits: the robot touches objects and the table, never itself.
ROBOT_BITS = (2, 1)  # contype, conaffinity
WORLD_BITS = (1, 3)
BLOCK_POOL = 10  # more blocks than this do not fit in the workspace anyway
PARK = np.array([-3.0, 0.0, -0.5])  # where unused pool bodies wait, out of every camera's view


@dataclass(frozen=True)
class Model:
    """The compiled model and the ids the world needs."""

    model: mujoco.MjModel
    arm_qpos: np.ndarray  # (7,) qpos addresses of the arm joints
    arm_dof: np.ndarray  # (7,) dof addresses
    arm_range: np.ndarray  # (7, 2) joint limits, radians
    finger_qpos: np.ndarray  # (2,)
    ee_body: int  # panda_grasptarget
    finger_geoms: tuple[frozenset[int], frozenset[int]]  # collision geoms of the left and right finger
    blocks: list[int]  # pool body ids
    bowls: list[int]
    view_cam: int  # a world camera that `render_camera` poses from any `CameraSpec`
    wrist_cam: int


def _camera_quat(right: np.ndarray, down: np.ndarray, fwd: np.ndarray) -> np.ndarray:
    """MuJoCo camera orientation (x right, y up, looking along -z) from OpenCV axes."""
    mat = np.column_stack([right, -down, -fwd]).reshape(-1)
    quat = np.zeros(4)
    mujoco.mju_mat2Quat(quat, mat)
    return quat


def _yaw_quat(yaw: float) -> list[float]:
    return [math.cos(yaw / 2), 0.0, 0.0, math.sin(yaw / 2)]


def _panda(spec: mujoco.MjSpec) -> None:
    """Attach `pybullet_data`'s Panda at the origin, with actuators, gravity compensation and contact settings."""
    import pybullet_data

    folder = Path(pybullet_data.getDataPath()) / "franka_panda"
    urdf = (folder / "panda.urdf").read_text().replace("package://", "")
    # Keep the links (no fusing) and draw the collision meshes: ~4k triangles for the whole arm, against
    # ~100k in the visual meshes (some of which MuJoCo's OBJ reader also drops faces from); the shape is the same.
    options = '<mujoco><compiler fusestatic="false" discardvisual="true" strippath="false"/></mujoco>'
    urdf = urdf.replace("</robot>", options + "</robot>", 1)
    robot = mujoco.MjSpec.from_string(urdf)
    robot.meshdir = str(folder)
    for body in robot.bodies:
        body.gravcomp = 1.0
        # The URDF gives every link an inertia of 0.1 kg m^2 (placeholders); on the wrist that made yaw lag
        # the command by several actions and oscillate. A 4 cm radius of gyration is closer to the real arm.
        i = body.mass * 0.04**2 + 1e-6
        body.fullinertia = [i, i, i, 0.0, 0.0, 0.0]
    for body in robot.bodies:
        for geom in body.geoms:
            geom.rgba = [0.92, 0.92, 0.92, 1.0]
            geom.contype, geom.conaffinity = ROBOT_BITS
            geom.condim = 4
            geom.friction = [1.5, 0.02, 0.0001]
            if "finger" in body.name:
                geom.solref, geom.solimp = STIFF_SOLREF, STIFF_SOLIMP
    for joint in robot.joints:
        joint.armature = 0.1
        joint.damping = [1.0 if joint.type == mujoco.mjtJoint.mjJNT_HINGE else 10.0, 0.0, 0.0]
    hand = robot.body("panda_hand")
    hand.add_camera(name="wrist", pos=list(WRIST_POS), fovy=WRIST_FOVY,
                    quat=_camera_quat(np.array([0.0, 1, 0]), np.array([-1.0, 0, 0]), np.array([0.0, 0, 1])))
    frame = spec.worldbody.add_frame()
    frame.attach_body(robot.body("panda_link0"), "panda/", "")
    for i, (kp, force) in enumerate(zip(ARM_KP, ARM_FORCE), start=1):
        act = spec.add_actuator(name=f"arm{i}", target=f"panda/panda_joint{i}", trntype=mujoco.mjtTrn.mjTRN_JOINT)
        act.set_to_position(kp=kp, kv=ARM_LAG_S * kp)
        act.forcelimited, act.forcerange = True, [-force, force]
    for i in (1, 2):
        act = spec.add_actuator(name=f"finger{i}", target=f"panda/panda_finger_joint{i}", trntype=mujoco.mjtTrn.mjTRN_JOINT)
        act.set_to_position(kp=FINGER_KP, dampratio=1.0)
        act.forcelimited, act.forcerange = True, [-FINGER_FORCE, FINGER_FORCE]
    # Each finger follows its own servo to the same target. A joint equality coupling them as well made the fingers
    # over-constrained: a block wedged under the palm let the solver fling one finger past its limit, and the blocks it
    # hit out of the scene.


def _box(body: mujoco.MjsBody, half, pos, rgb, yaw: float = 0.0, friction: float = 0.8) -> None:
    body.add_geom(type=mujoco.mjtGeom.mjGEOM_BOX, size=list(half), pos=list(pos), quat=_yaw_quat(yaw),
                  rgba=[*rgb, 1.0], friction=[friction, 0.005, 0.0001], contype=WORLD_BITS[0],
                  conaffinity=WORLD_BITS[1])


def _container(body: mujoco.MjsBody, half_inner: float, height: float, rgb, square: bool) -> None:
    """A bowl (12 wall segments around a disc) or the bin (four walls), both with a floor; origin at the floor's bottom."""
    floor = layout.BOWL_FLOOR
    if square:
        wall = 0.01
        _box(body, (half_inner + wall, half_inner + wall, floor / 2), (0, 0, floor / 2), rgb)
        for k in range(4):
            a = k * math.pi / 2
            r = half_inner + wall / 2
            _box(body, (wall / 2, half_inner + wall, height / 2), (r * math.cos(a), r * math.sin(a), height / 2), rgb, a)
        return
    # The walls stand on the floor disc, so only the disc touches the table (4 contacts, not 50).
    wall, n = layout.BOWL_WALL, 12
    body.add_geom(type=mujoco.mjtGeom.mjGEOM_CYLINDER, size=[half_inner + wall, floor / 2, 0], pos=[0, 0, floor / 2],
                  rgba=[*rgb, 1.0], friction=[0.8, 0.005, 0.0001], contype=WORLD_BITS[0], conaffinity=WORLD_BITS[1])
    seg = 2 * (half_inner + wall) * math.tan(math.pi / n)
    for k in range(n):
        a = 2 * math.pi * k / n
        r = half_inner + wall / 2
        _box(body, (wall / 2, seg / 2, (height - floor) / 2), (r * math.cos(a), r * math.sin(a), (height + floor) / 2), rgb, a)


def _fixed_camera(spec: mujoco.MjSpec, name: str, cam: CameraSpec) -> None:
    T = cam.cam_to_world()
    spec.worldbody.add_camera(name=name, pos=T[:3, 3], fovy=cam.fov_deg, quat=_camera_quat(T[:3, 0], T[:3, 1], T[:3, 2]))


def build_model(max_image: int = 256) -> Model:
    """Compile the tabletop. `max_image`: the largest square image the offscreen buffer holds at first."""
    spec = mujoco.MjSpec()
    spec.option.timestep = TIMESTEP
    spec.option.integrator = mujoco.mjtIntegrator.mjINT_IMPLICITFAST
    # Pyramidal friction cones and impratio 1 (MuJoCo's defaults): with elliptic cones and impratio 10 a block wedged
    # between the palm and the table more often made the solver fling a finger, and the blocks it hit, out of the
    # scene (see the finger servos in `_panda`).
    spec.option.cone = mujoco.mjtCone.mjCONE_PYRAMIDAL
    spec.visual.global_.offwidth = spec.visual.global_.offheight = max_image
    spec.visual.quality.offsamples = 0  # no multisampling: 4x MSAA triples the cost on a software rasterizer
    # Lit to look like PyBullet's TinyRenderer images (a table pixel within a few levels), so one
    # perception checkpoint sees similar colours in both worlds.
    spec.visual.headlight.ambient = [0.3, 0.3, 0.3]
    spec.visual.headlight.diffuse = [0.2, 0.2, 0.2]
    spec.visual.headlight.specular = [0.0, 0.0, 0.0]
    world = spec.worldbody
    world.add_light(pos=[0.5, 0.0, 2.0], dir=[0, 0, -1], diffuse=[0.5, 0.5, 0.5], specular=[0.1, 0.1, 0.1],
                    castshadow=False, type=mujoco.mjtLightType.mjLIGHT_DIRECTIONAL)
    # A pale floor only beyond the table's near edge, where the front camera sees past the table (PyBullet
    # shows its light background there); a floor under the whole table cost a third of a frame in overdraw.
    world.add_geom(type=mujoco.mjtGeom.mjGEOM_BOX, size=[1.0, 3.0, 0.01], pos=[-1.2, 0.0, -0.76],
                   rgba=[0.85, 0.87, 0.9, 1.0], contype=0, conaffinity=0)
    # The table collides as a plane at z = 0 (analytic contacts, cheaper and steadier than a box);
    # its box is drawn. The workspace lies well inside the table, so nothing falls off its edge.
    table = world.add_body(name="table")
    table.add_geom(type=mujoco.mjtGeom.mjGEOM_BOX, size=[0.6, 0.7, 0.02], pos=[0.45, 0.05, -0.02],
                   rgba=[*layout.TABLE_RGB, 1.0], contype=0, conaffinity=0)
    table.add_geom(type=mujoco.mjtGeom.mjGEOM_PLANE, size=[0, 0, 1], rgba=[0, 0, 0, 0], friction=[0.8, 0.005, 0.0001],
                   contype=WORLD_BITS[0], conaffinity=WORLD_BITS[1])
    table_bin = world.add_body(name="bin", pos=[*layout.BIN_CENTER, 0.0])
    _container(table_bin, layout.BIN_INNER / 2, layout.BIN_HEIGHT, layout.BIN_RGB, square=True)
    _panda(spec)
    _fixed_camera(spec, "view", FRONT_CAMERA)  # posed per render from a `CameraSpec`
    h = layout.BLOCK_SIZE / 2
    for i in range(BLOCK_POOL):
        body = world.add_body(name=f"block_{i}", pos=list(PARK + [0.1 * i, 0, 0]))
        body.add_freejoint()
        body.add_geom(type=mujoco.mjtGeom.mjGEOM_BOX, size=[h, h, h], rgba=[0.5, 0.5, 0.5, 1.0],
                      mass=layout.BLOCK_MASS, friction=[1.0, 0.005, 0.0001], condim=4,
                      solref=STIFF_SOLREF, solimp=STIFF_SOLIMP,
                      contype=WORLD_BITS[0], conaffinity=WORLD_BITS[1])
    for i in range(layout.MAX_BOWLS):
        body = world.add_body(name=f"bowl_{i}", pos=list(PARK + [0, 0.5 + 0.3 * i, 0]))
        body.add_freejoint()
        _container(body, layout.BOWL_INNER_RADIUS, layout.BOWL_HEIGHT, (0.5, 0.5, 0.5), square=False)
        for geom in body.geoms:
            geom.mass = BOWL_MASS / len(body.geoms)
    model = spec.compile()
    extent = float(model.stat.extent)
    model.vis.map.znear = 0.01 / extent
    model.vis.map.zfar = FRONT_CAMERA.far / extent

    def jid(name: str) -> int:
        return int(mujoco.mj_name2id(model, mujoco.mjtObj.mjOBJ_JOINT, name))

    def bid(name: str) -> int:
        return int(mujoco.mj_name2id(model, mujoco.mjtObj.mjOBJ_BODY, name))

    arm = [jid(f"panda/panda_joint{i}") for i in range(1, 8)]
    fingers = [jid(f"panda/panda_finger_joint{i}") for i in (1, 2)]
    finger_geoms = tuple(
        frozenset(int(g) for g in np.flatnonzero((model.geom_bodyid == bid(b)) & (model.geom_contype > 0)))
        for b in ("panda/panda_leftfinger", "panda/panda_rightfinger")
    )
    return Model(
        model=model,
        arm_qpos=model.jnt_qposadr[arm].copy(),
        arm_dof=model.jnt_dofadr[arm].copy(),
        arm_range=model.jnt_range[arm].copy(),
        finger_qpos=model.jnt_qposadr[fingers].copy(),
        ee_body=bid("panda/panda_grasptarget"),
        finger_geoms=finger_geoms,  # type: ignore[arg-type]
        blocks=[bid(f"block_{i}") for i in range(BLOCK_POOL)],
        bowls=[bid(f"bowl_{i}") for i in range(layout.MAX_BOWLS)],
        view_cam=int(mujoco.mj_name2id(model, mujoco.mjtObj.mjOBJ_CAMERA, "view")),
        wrist_cam=int(mujoco.mj_name2id(model, mujoco.mjtObj.mjOBJ_CAMERA, "panda/wrist")),
    )


def resting_poses(scene: SceneSpec) -> dict[str, tuple[float, float, float, float]]:
    """Object name -> (x, y, z, yaw) where it starts: on the table, on a block, or in a bowl's next slot.

    The same rule as `PyBulletWorld.reset`; z is the body origin (a block's centre, a bowl's bottom).
    """
    by_name = {o.name: o for o in scene.objects}
    pose: dict[str, tuple[float, float, float, float]] = {}
    slots_used: dict[str, int] = {}

    def place(o: ObjectSpec) -> tuple[float, float, float, float]:
        if o.name in pose:
            return pose[o.name]
        if o.on is None:
            pose[o.name] = (o.x, o.y, 0.0 if o.kind == "bowl" else layout.BLOCK_SIZE / 2, o.yaw)
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
        place(o)
    return pose
