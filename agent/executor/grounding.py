"""Grounding a step's argument to a `Target` the skills can act on, and matching the user's answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from agent.executor.state import Perceiver, Question
from sim.core import layout
from sim.core.lexicon import BIN, TABLE, normalise_name
from sim.core.perceived import PerceivedObject, Scene
from sim.core.spots import bin_slot, footprint, free_table_spot, place_slot
from skills.base import Target


def _object_target(perception: Any, obj: PerceivedObject) -> Target:
    masks = getattr(perception, "masks", None) or {}
    return Target(
        name=obj.name, kind="object", position=np.array(obj.position, dtype=np.float64), object_kind=obj.kind,
        extent=np.array(obj.extent, dtype=np.float64), mask=masks.get(obj.name),
    )


def table_target(scene: Scene) -> Target | str:
    """A safe free table spot nearest the workspace's centre, clear of every perceived object; a message if none.

    Not near the held block: it waits at the observation pose by the robot, so spots near it are at the
    workspace's near edge, where blocks slide off and grasps fail (`sim.core.spots`).
    """
    spot = free_table_spot(_obstacles(scene))
    if spot is None:
        return "no free spot is left on the table; choose another target"
    return Target(name=TABLE, kind="table", position=np.array([spot[0], spot[1], 0.0]))


def _obstacles(scene: Scene) -> list[tuple[float, float, str]]:
    """What a block being put down must keep clear of: every object but the one in the hand."""
    return footprint(o for o in scene.objects if o.support != "gripper")


def place_target(scene: Scene, place: str) -> Target:
    """Named place `place`, at its first free slot (`sim.core.spots.place_slot`): the learned skills go to the
    point they are given, so it is the free one; the centre when every slot is taken."""
    slot = place_slot(_obstacles(scene), place)
    xy = slot if slot is not None else layout.PLACES[place]
    return Target(name=place, kind="place", position=np.array([xy[0], xy[1], 0.0]))


def bin_target(scene: Scene) -> Target:
    """The bin, at its first free slot (`sim.core.spots.bin_slot`), so blocks lie side by side, not in a tower."""
    slot = bin_slot(_obstacles(scene))
    return Target(name=BIN, kind="bin", position=np.array([slot[0], slot[1], 0.0]))


def ground_target(expr: str, perception: Any, perceiver: Perceiver, bindings: Mapping[str, str]) -> Target | Question | str:
    """A `Target` for a step's argument; a question when several objects fit; a message when none does."""
    scene: Scene = perception.scene
    expr = bindings.get(expr, expr)
    name = normalise_name(expr, scene.names())
    if name == BIN:
        return bin_target(scene)
    if name == TABLE:
        return table_target(scene)
    if name in layout.PLACES:
        return place_target(scene, name)
    obj = scene.find(name)
    if obj is not None:
        return _object_target(perception, obj)
    grounding = perceiver.ground(expr, perception)
    if grounding.match is not None and scene.find(grounding.match) is not None:
        return _object_target(perception, scene.get(grounding.match))
    if len(grounding.candidates) > 1:
        options = ", ".join(grounding.candidates)
        return Question(kind="ground", expr=expr, candidates=list(grounding.candidates),
                        text=f"Which one do you mean by {expr!r}: {options}?")
    seen = ", ".join(scene.names()) or "nothing"
    why = getattr(grounding, "reason", "")
    return f"no object matches {expr!r}{f' ({why})' if why else ''}; the scene has: {seen}"


def match_answer(answer: str, candidates: list[str]) -> str | None:
    """The candidate an answer names: exact, by number ("2"), or the one whose words it contains."""
    text = answer.lower().strip().strip(".!")
    if text in candidates:
        return text
    if text.isdigit() and 1 <= int(text) <= len(candidates):
        return candidates[int(text) - 1]
    words = set(text.replace(",", " ").split())
    fits = [c for c in candidates if set(c.split()) <= words | {"block", "bowl"} and set(c.split()) & words]
    return fits[0] if len(fits) == 1 else None
