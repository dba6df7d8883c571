"""One scripted pick-and-place per target kind, checked on simulator ground truth."""

import numpy as np
import pytest

from sim.core.errors import UserError
from sim import predicates
from sim.core import layout
from sim.scene import ObjectSpec, SceneSpec
from skills.base import Target
from skills.registry import available, make_skills

SCENE = SceneSpec(
    objects=[
        ObjectSpec(kind="block", colour="red", x=0.40, y=-0.10, yaw=0.3),
        ObjectSpec(kind="block", colour="green", on="red block"),
        ObjectSpec(kind="block", colour="blue", x=0.60, y=-0.15, yaw=-0.5),
        ObjectSpec(kind="bowl", colour="yellow", x=0.58, y=0.12),
    ]
)


def _obj(state, name, kind):
    return Target(name, "object", state.objects[name].position, kind)


TARGETS = {
    "bowl": lambda s: _obj(s, "yellow bowl", "bowl"),
    "block": lambda s: _obj(s, "blue block", "block"),
    "place": lambda s: Target("bottom left corner", "place", np.array([*layout.PLACES["bottom left corner"], 0.0])),
    "bin": lambda s: Target("bin", "bin", np.array([*layout.BIN_CENTER, 0.0])),
    "table": lambda s: Target("table", "table", np.array([0.5, 0.0, 0.0])),
}
CHECK = {
    "bowl": lambda s: predicates.inside(s, "green block", "yellow bowl"),
    "block": lambda s: predicates.on(s, "green block", "blue block"),
    "place": lambda s: predicates.at(s, "green block", "bottom left corner"),
    "bin": lambda s: predicates.in_bin(s, "green block"),
    "table": lambda s: predicates.on_table(s, "green block") and not predicates.on(s, "green block", "red block"),
}


@pytest.mark.parametrize("kind", list(TARGETS))
def test_pick_from_tower_and_place(world, kind):
    skills = make_skills("scripted")
    world.reset(SCENE)
    state = world.sim_state()
    picked = skills["pick"](world, _obj(state, "green block", "block"))
    assert picked.success, picked.message
    assert predicates.held(world.sim_state(), "green block")
    assert not CHECK[kind](world.sim_state())
    put = skills["place"](world, TARGETS[kind](world.sim_state()))
    assert put.success, put.message
    state = world.sim_state()
    assert CHECK[kind](state) and state.held is None
    assert predicates.on_table(state, "red block"), "the block underneath stays put"


def test_pick_refuses_when_holding_and_place_when_empty(world):
    skills = make_skills("scripted")
    world.reset(SCENE)
    state = world.sim_state()
    out = skills["place"](world, TARGETS["bin"](state))
    assert not out.success and "holds nothing" in out.message
    assert skills["pick"](world, _obj(state, "blue block", "block")).success
    out = skills["pick"](world, _obj(world.sim_state(), "green block", "block"))
    assert not out.success and "already holds" in out.message


def test_pick_where_nothing_is(world):
    world.reset(SCENE)
    out = make_skills("scripted")["pick"](world, Target("ghost block", "object", np.array([0.3, 0.25, 0.02]), "block"))
    assert not out.success and "no block" in out.message


def test_registry_lists_valid_names():
    assert "scripted" in available()
    with pytest.raises(UserError, match="unknown skills 'magic'; valid: .*scripted"):
        make_skills("magic")
