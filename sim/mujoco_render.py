"""Offscreen rendering of a MuJoCo model: RGB and depth in metres from one draw, segmentation by geom id."""

from __future__ import annotations

import importlib
import os

import numpy as np

from sim.core.errors import ConfigError
from sim.mujoco_scene import mujoco


class Renderer:
    """One offscreen OpenGL context; RGB and depth from one draw, segmentation from a second only when asked."""

    def __init__(self, model: mujoco.MjModel, size: int) -> None:
        backend = os.environ["MUJOCO_GL"].lower()  # set by sim.mujoco_scene before mujoco was imported
        try:  # the backend by name: `mujoco.GLContext` is fixed by whoever imported mujoco first
            gl = importlib.import_module(f"mujoco.{backend}")
            self._gl = gl.GLContext(size, size)
            self._gl.make_current()
            self._ctx = mujoco.MjrContext(model, mujoco.mjtFontScale.mjFONTSCALE_50)
        except (ImportError, OSError, RuntimeError, AttributeError, mujoco.FatalError) as e:  # no EGL/OSMesa/display
            raise ConfigError(
                f"MuJoCo cannot render with MUJOCO_GL={backend} ({type(e).__name__}: {e}); install Mesa's EGL "
                "(apt-get install libegl1 libegl-mesa0), set MUJOCO_GL=osmesa, or run on PyBullet: --world pybullet"
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
