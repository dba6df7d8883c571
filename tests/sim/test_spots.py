"""The free-spot search: `place(table)` puts a block where it is safe to put and to pick up again."""

from __future__ import annotations

import math

import numpy as np

from agent.executor.grounding import bin_target, place_target, table_target
from sim.core import layout
from sim.core.perceived import PerceivedObject, Scene
from sim.core.spots import BLOCK_GAP, EDGE, SAFE_EDGE, SAFE_GAP, bin_slot, footprint, free_table_spot, place_slot


def _edge_distance(xy: np.ndarray) -> float:
    (x0, x1), (y0, y1) = layout.WORKSPACE_X, layout.WORKSPACE_Y
    return min(xy[0] - x0, x1 - xy[0], xy[1] - y0, y1 - xy[1])


def _clear_of_places(xy: np.ndarray) -> bool:
    return all(math.hypot(px - xy[0], py - xy[1]) >= layout.PLACE_RADIUS + 0.03 - 1e-9 for px, py in layout.PLACES.values())


def test_a_spot_is_away_from_the_edges_objects_and_places() -> None:
    rng = np.random.default_rng(0)
    for _ in range(50):
        obstacles = [(float(rng.uniform(0.3, 0.7)), float(rng.uniform(-0.25, 0.25)), "block") for _ in range(4)]
        obstacles.append((float(rng.uniform(0.35, 0.65)), float(rng.uniform(-0.2, 0.2)), "bowl"))
        spot = free_table_spot(obstacles)
        assert spot is not None
        assert _edge_distance(spot) >= SAFE_EDGE - 1e-9
        assert _clear_of_places(spot)
        for x, y, kind in obstacles:
            need = layout.BOWL_CLEARANCE if kind == "bowl" else SAFE_GAP
            assert math.hypot(x - spot[0], y - spot[1]) >= need - 1e-9


def test_a_crowded_table_falls_back_to_tighter_spots_then_to_none() -> None:
    # Blocks on every safe grid spot leave only spots near the edges.
    safe = [(x, y, "block") for x in np.arange(0.25, 0.76, 0.05) for y in np.arange(-0.22, 0.23, 0.05)]
    spot = free_table_spot(safe)
    assert spot is not None and EDGE - 1e-9 <= _edge_distance(spot) < SAFE_EDGE
    assert all(math.hypot(x - spot[0], y - spot[1]) >= BLOCK_GAP - 1e-9 for x, y, _ in safe)
    full = [(x, y, "block") for x in np.arange(0.25, 0.76, 0.04) for y in np.arange(-0.3, 0.31, 0.04)]
    assert free_table_spot(full) is None


def test_table_drops_do_not_go_to_the_near_edge_by_the_held_block() -> None:
    """The held block waits at the observation pose by the robot; the spot is not searched near it."""
    held = PerceivedObject(name="red block", kind="block", colour="red", position=(*layout.OBSERVE_POS[:2], 0.3),
                           extent=(0.04,) * 3, confidence=1.0, support="gripper")
    other = PerceivedObject(name="blue block", kind="block", colour="blue", position=(0.45, 0.15, 0.02),
                            extent=(0.04,) * 3, confidence=1.0)
    target = table_target(Scene(objects=[held, other], held="red block"))
    assert not isinstance(target, str)
    assert target.kind == "table" and _edge_distance(target.position) >= SAFE_EDGE - 1e-9
    assert target.position[0] > layout.WORKSPACE_X[0] + 0.1


def test_a_full_table_is_a_clear_message() -> None:
    blocks = [PerceivedObject(name=f"b{i}", kind="block", colour="red", position=(x, y, 0.02), extent=(0.04,) * 3,
                              confidence=1.0) for i, (x, y) in enumerate(
        (x, y) for x in np.arange(0.25, 0.76, 0.04) for y in np.arange(-0.3, 0.31, 0.04))]
    assert "no free spot" in table_target(Scene(objects=blocks))


def _block(name: str, x: float, y: float, support: str = "table") -> PerceivedObject:
    return PerceivedObject(name=name, kind="block", colour="red", position=(x, y, 0.02), extent=(0.04,) * 3,
                           confidence=1.0, support=support)


def test_a_named_place_fills_its_slots_in_turn_then_gives_its_centre() -> None:
    """The executor steers a put-down to the free slot (the learned skills go where they are told), and the
    scripted expert chooses the same slot from simulator state."""
    place = "top left corner"
    cx, cy = layout.PLACES[place]
    taken: list[PerceivedObject] = []
    for k, (dx, dy) in enumerate(layout.PLACE_SLOTS):
        target = place_target(Scene(objects=taken), place)
        assert target.kind == "place" and target.name == place
        assert np.allclose(target.position[:2], (cx + dx, cy + dy))
        assert math.hypot(target.position[0] - cx, target.position[1] - cy) < layout.PLACE_RADIUS  # still "at" it
        taken.append(_block(f"b{k}", cx + dx, cy + dy))
    assert place_slot(footprint(taken), place) is None
    assert np.allclose(place_target(Scene(objects=taken), place).position[:2], (cx, cy))
    held = _block("held", cx, cy, support="gripper")  # the block in the hand does not take a slot
    assert np.allclose(place_target(Scene(objects=[held], held="held"), place).position[:2], (cx, cy))


def test_blocks_dropped_in_the_bin_lie_side_by_side() -> None:
    cx, cy = layout.BIN_CENTER
    outside = _block("outside", 0.45, 0.0)  # blocks outside the bin do not matter
    taken: list[PerceivedObject] = [outside]
    spots = []
    for k in range(len(layout.BIN_SLOTS)):
        target = bin_target(Scene(objects=taken))
        assert target.kind == "bin"
        spots.append(target.position[:2])
        taken.append(_block(f"b{k}", *target.position[:2], support="bin"))
    assert all(abs(x - cx) < layout.BIN_INNER / 2 - layout.BLOCK_SIZE / 2 and abs(y - cy) < layout.BIN_INNER / 2
               for x, y in spots)
    assert min(math.dist(a, b) for i, a in enumerate(spots) for b in spots[i + 1:]) >= layout.BLOCK_SIZE
    assert np.allclose(bin_slot(footprint(taken)), (cx, cy))  # all taken: the centre
