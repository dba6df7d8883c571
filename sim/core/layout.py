"""The geometry of the tabletop: one place for every size, colour and coordinate.

Frame: the robot base is the origin, x points away from the robot across the table,
y to the robot's left, z up; the table top is z = 0. The front camera faces the robot
from the far side of the table, so in its image "top" is near the robot (small x) and
"left" is -y.
"""

from __future__ import annotations

COLOURS: dict[str, tuple[float, float, float]] = {
    "red": (0.85, 0.10, 0.10),
    "green": (0.10, 0.65, 0.20),
    "blue": (0.10, 0.30, 0.90),
    "yellow": (0.95, 0.85, 0.10),
    "orange": (1.00, 0.50, 0.05),
    "purple": (0.50, 0.15, 0.70),
    "pink": (1.00, 0.55, 0.75),
    "cyan": (0.10, 0.85, 0.90),
    "white": (0.95, 0.95, 0.95),
}
KINDS: tuple[str, ...] = ("block", "bowl")

TABLE_RGB = (0.45, 0.40, 0.35)
BIN_RGB = (0.25, 0.25, 0.28)

# Workspace: where objects are generated and where the safety layer lets the gripper go
# (plus a margin and the bin).
WORKSPACE_X = (0.25, 0.75)
WORKSPACE_Y = (-0.30, 0.30)
WORKSPACE_Z = (0.0, 0.45)

BLOCK_SIZE = 0.04
BLOCK_MASS = 0.05
BOWL_INNER_RADIUS = 0.08
BOWL_WALL = 0.008
BOWL_HEIGHT = 0.035
BOWL_FLOOR = 0.006
# Blocks in a bowl sit in a 2 x 2 grid of slots, so a bowl holds up to four.
BOWL_SLOTS: tuple[tuple[float, float], ...] = ((0.03, 0.03), (-0.03, -0.03), (0.03, -0.03), (-0.03, 0.03))
BOWL_CAPACITY = len(BOWL_SLOTS)
# Footprint radii used to keep generated objects apart.
BLOCK_CLEARANCE = 0.04
BOWL_CLEARANCE = BOWL_INNER_RADIUS + BOWL_WALL + 0.02
MAX_TOWER = 4
MAX_BOWLS = 3  # more do not fit beside the named places

# The end-effector pose after a reset, and where skills return to so that the arm does not
# hide the table from the front camera when the scene is perceived.
OBSERVE_POS = (0.22, 0.0, 0.40)

BIN_CENTER = (0.50, 0.45)
BIN_INNER = 0.18  # square, metres
BIN_HEIGHT = 0.06
# Where blocks are dropped into the bin, in turn (offsets from BIN_CENTER): apart, so they lie side by side.
BIN_SLOTS: tuple[tuple[float, float], ...] = ((0.0, 0.0), (0.045, 0.045), (-0.045, -0.045), (0.045, -0.045), (-0.045, 0.045))

_INSET = 0.07
PLACES: dict[str, tuple[float, float]] = {
    "top left corner": (WORKSPACE_X[0] + _INSET, WORKSPACE_Y[0] + _INSET),
    "top right corner": (WORKSPACE_X[0] + _INSET, WORKSPACE_Y[1] - _INSET),
    "bottom left corner": (WORKSPACE_X[1] - _INSET, WORKSPACE_Y[0] + _INSET),
    "bottom right corner": (WORKSPACE_X[1] - _INSET, WORKSPACE_Y[1] - _INSET),
    "middle": ((WORKSPACE_X[0] + WORKSPACE_X[1]) / 2, (WORKSPACE_Y[0] + WORKSPACE_Y[1]) / 2),
}
PLACE_RADIUS = 0.08  # a block is "at" a place when its centre is this close
# Where blocks go at a named place: the centre first, then the four diagonals.
PLACE_SLOTS: tuple[tuple[float, float], ...] = ((0.0, 0.0), (0.045, 0.045), (-0.045, -0.045), (0.045, -0.045), (-0.045, 0.045))

# Objects are never generated on the named places, so they stay free to put things on:
# a generated object's centre keeps this far from every place.
PLACE_KEEPOUT = {"block": PLACE_RADIUS + 0.02, "bowl": PLACE_RADIUS + BOWL_INNER_RADIUS + 0.01}
