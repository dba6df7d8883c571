"""The tabletop's objects as PyBullet bodies: a bowl or the bin (walls around a floor) and a block.

Collision and visual shapes are made once per build of the simulation and shared by the bodies that look alike.
"""

from __future__ import annotations

import math

import pybullet as p

from sim.core import layout


class BodyMaker:
    """Makes bodies in one PyBullet client; keeps the shapes it made for the next body of the same look."""

    def __init__(self, client) -> None:
        self._p = client
        self._shapes: dict = {}

    def container(self, half_inner: float, height: float, rgb, mass: float, square: bool) -> int:
        """A bowl (ring of wall segments) or a bin (four walls), both with a floor."""
        pc = self._p
        wall = layout.BOWL_WALL if not square else 0.01
        floor = layout.BOWL_FLOOR
        shapes, halves, poss, orns = [], [], [], []
        if square:
            shapes.append(p.GEOM_BOX)
            halves.append([half_inner + wall, half_inner + wall, floor / 2])
            poss.append([0, 0, floor / 2])
            orns.append([0, 0, 0, 1])
            for k in range(4):
                a = k * math.pi / 2
                r = half_inner + wall / 2
                shapes.append(p.GEOM_BOX)
                halves.append([wall / 2, half_inner + wall, height / 2])
                poss.append([r * math.cos(a), r * math.sin(a), height / 2])
                orns.append(p.getQuaternionFromEuler([0, 0, a]))
        else:
            n = 12  # PyBullet shape arrays crash above 16 parts
            shapes.append(p.GEOM_CYLINDER)
            halves.append([half_inner + wall, half_inner + wall, floor / 2])
            poss.append([0, 0, floor / 2])
            orns.append([0, 0, 0, 1])
            seg = 2 * (half_inner + wall) * math.tan(math.pi / n)
            for k in range(n):
                a = 2 * math.pi * k / n
                r = half_inner + wall / 2
                shapes.append(p.GEOM_BOX)
                halves.append([wall / 2, seg / 2, height / 2])
                poss.append([r * math.cos(a), r * math.sin(a), height / 2])
                orns.append(p.getQuaternionFromEuler([0, 0, a]))
        radius = [half_inner + wall if s == p.GEOM_CYLINDER else 0 for s in shapes]
        lengths = [floor if s == p.GEOM_CYLINDER else 0 for s in shapes]
        key = ("bin" if square else "bowl", tuple(rgb))
        if key not in self._shapes:
            col = self._shapes.get(key[0])
            if col is None:
                col = self._shapes[key[0]] = pc.createCollisionShapeArray(
                    shapeTypes=shapes, halfExtents=halves, radii=radius, lengths=lengths,
                    collisionFramePositions=poss, collisionFrameOrientations=orns,
                )
            vis = pc.createVisualShapeArray(
                shapeTypes=shapes, halfExtents=halves, radii=radius, lengths=lengths,
                rgbaColors=[[*rgb, 1]] * len(shapes), visualFramePositions=poss, visualFrameOrientations=orns,
            )
            self._shapes[key] = (col, vis)
        col, vis = self._shapes[key]
        body = pc.createMultiBody(mass, col, vis, [0, 0, 0])
        pc.changeDynamics(body, -1, lateralFriction=0.8)
        return body

    def block(self, rgb: tuple[float, float, float]) -> int:
        """A block of side `layout.BLOCK_SIZE`."""
        pc = self._p
        h = layout.BLOCK_SIZE / 2
        key = ("block", tuple(rgb))
        if key not in self._shapes:
            if "block" not in self._shapes:
                self._shapes["block"] = pc.createCollisionShape(p.GEOM_BOX, halfExtents=[h, h, h])
            vis = pc.createVisualShape(p.GEOM_BOX, halfExtents=[h, h, h], rgbaColor=[*rgb, 1])
            self._shapes[key] = (self._shapes["block"], vis)
        col, vis = self._shapes[key]
        body = pc.createMultiBody(layout.BLOCK_MASS, col, vis, [0, 0, 0])
        pc.changeDynamics(body, -1, lateralFriction=1.0, spinningFriction=0.001, rollingFriction=0.0001)
        return body
