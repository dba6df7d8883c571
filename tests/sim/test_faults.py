"""Fault injection (`sim.faults`): seeded draws, sensor faults below perception, physical faults through the
simulator, and the safety layer's refusals and clamp counts."""

from __future__ import annotations

import numpy as np
import pytest

from sim.core.errors import SkillError, UserError
from sim.faults import FAULT_KINDS, SENSOR_FRAMES, FaultConfig, FaultyWorld
from sim.safety import ClampCounter
from sim.scene import generate_scene
from sim.symbolic_world import SymbolicWorld
from sim.world import Action, CameraFrame, Observation, Proprio, StepInfo


class FrameWorld:
    """A minimal `World` whose every observation is a new random RGB-D frame (no `sim_state`)."""

    def __init__(self) -> None:
        self.rng = np.random.default_rng(0)

    def reset(self, scene) -> Observation:
        return self.observe()

    def observe(self) -> Observation:
        frame = CameraFrame(rgb=self.rng.integers(1, 255, (40, 40, 3), dtype=np.uint8),
                            depth=self.rng.uniform(0.5, 1.0, (40, 40)).astype(np.float32),
                            intrinsics=np.eye(3), cam_to_world=np.eye(4))
        return Observation(front=frame, wrist=None, proprio=self.proprio())

    def proprio(self) -> Proprio:
        return Proprio(ee_pos=np.zeros(3), ee_yaw=0.0, gripper_width=0.08, joints=np.zeros(7))

    def step(self, action: Action) -> StepInfo:
        return StepInfo()

    def close(self) -> None:
        pass


class MovableFrameWorld(FrameWorld):
    """FrameWorld with the hooks physical faults need (never called here: no action is taken)."""

    def sim_state(self):
        raise AssertionError("not called")

    def move_object(self, name, position, yaw) -> None:
        raise AssertionError("not called")


@pytest.mark.parametrize("text, rate, seed, match", [
    ("slip,wobble", 1.0, 0, "unknown fault 'wobble'"), ("", 1.0, 0, "no fault named"),
    ("slip", 1.5, 0, "between 0 and 1"), ("slip", 0.5, -1, "fault-seed"),
])
def test_bad_fault_options_are_one_clear_error(text, rate, seed, match):
    with pytest.raises(UserError, match=match):
        FaultConfig.parse(text, rate, seed)


def test_parse_normalises_and_dedupes():
    assert FaultConfig.parse(" Slip, knock ,slip").kinds == ("slip", "knock")


def test_the_draw_is_seeded_by_fault_seed_and_scene():
    def draws(seed: int, rate: float = 1.0) -> list:
        world = FaultyWorld(MovableFrameWorld(), FaultConfig(FAULT_KINDS, rate, seed))
        out = []
        for s in range(40):
            world.reset(generate_scene(s, 3, 1))
            out.append(world.armed)
        return out

    first = draws(0)
    assert first == draws(0)  # reproducible
    assert first != draws(1)  # the fault seed matters
    assert set(first) == set(FAULT_KINDS)  # one fault per episode, every kind drawn
    assert set(draws(0, rate=0.0)) == {None}
    assert 5 < sum(d is not None for d in draws(0, rate=0.5)) < 35


def _first_armed(world: FaultyWorld, kind: str):
    for s in range(100):
        world.reset(generate_scene(s, 3, 1))
        if world._start == 1:  # the draw: the fault starts on the second frame
            return
    raise AssertionError(f"no scene armed {kind} at frame 1")


def test_occlusion_hides_a_patch_for_some_frames_only():
    world = FaultyWorld(FrameWorld(), FaultConfig(("occlude",)))
    _first_armed(world, "occlude")
    hidden = [bool((world.observe().front.rgb == 0).all(axis=2).any()) for _ in range(SENSOR_FRAMES + 3)]
    assert hidden == [False] + [True] * SENSOR_FRAMES + [False, False]
    assert [f.kind for f in world.fired] == ["occlude"]


def test_depth_noise_changes_depth_not_colour():
    inner = FrameWorld()
    world = FaultyWorld(inner, FaultConfig(("depth_noise",)))
    _first_armed(world, "depth_noise")
    world.observe()
    state = inner.rng.bit_generator.state
    noisy = world.observe()
    inner.rng.bit_generator.state = state
    clean = inner.observe()
    assert np.array_equal(noisy.front.rgb, clean.front.rgb)
    assert 0.002 < float(np.std(noisy.front.depth - clean.front.depth)) < 0.01
    assert world.fired[0].kind == "depth_noise"


def test_a_dropped_frame_repeats_the_previous_observation_once():
    world = FaultyWorld(FrameWorld(), FaultConfig(("drop_frame",)))
    _first_armed(world, "drop_frame")
    a, b, c = world.observe(), world.observe(), world.observe()
    assert b is a and c is not a
    assert [f.kind for f in world.fired] == ["drop_frame"]


def test_physical_faults_need_a_world_that_can_move_objects():
    with pytest.raises(UserError, match="slip"):
        FaultyWorld(SymbolicWorld(), FaultConfig(("slip", "occlude")))
    FaultyWorld(SymbolicWorld(), FaultConfig(("occlude",)))  # sensor faults fit any world


# ----- through the simulator ----------------------------------------------------------------
def _pick(world, block: str):
    from skills.base import Target
    from skills.scripted import ScriptedPick

    return ScriptedPick()(world, Target(block, "object", world.sim_state().objects[block].position, "block"))


def _place_bin(world):
    from sim.core import layout
    from skills.base import Target
    from skills.scripted import ScriptedPlace

    return ScriptedPlace()(world, Target("bin", "bin", np.array([*layout.BIN_CENTER, 0.0])))


@pytest.fixture()
def scene():
    return generate_scene(3, 2, 0)


def test_knock_takes_the_block_after_a_successful_pick(world, scene):
    faulty = FaultyWorld(world, FaultConfig(("knock",)))
    faulty.reset(scene)
    block = scene.objects[0].name
    assert _pick(faulty, block).success and faulty.fired == []  # the pick itself is untouched
    outcome = _place_bin(faulty)
    assert [f.kind for f in faulty.fired] == ["knock"] and block in faulty.fired[0].detail
    assert not outcome.success
    state = world.sim_state()
    assert state.held is None and state.objects[block].position[2] < 0.05  # on the table, not in the bin


def test_slip_drops_the_block_while_it_is_lowered_to_its_place(world, scene):
    faulty = FaultyWorld(world, FaultConfig(("slip",)))
    faulty.reset(scene)
    block = scene.objects[0].name
    assert _pick(faulty, block).success
    assert not _place_bin(faulty).success
    assert [f.kind for f in faulty.fired] == ["slip"]
    assert faulty.fired[0].action > 20  # well into the place, after the carry
    assert world.sim_state().objects[block].position[2] < 0.05


def test_nudge_moves_the_target_during_the_approach_the_same_way_each_time(world, scene):
    import re

    faulty = FaultyWorld(world, FaultConfig(("nudge",)))
    block = scene.objects[0].name
    details = []
    for _ in range(2):
        faulty.reset(scene)
        outcome = _pick(faulty, block)  # the scripted expert re-aims at the moved block
        assert [f.kind for f in faulty.fired] == ["nudge"] and outcome.success
        details.append(faulty.fired[0].detail)
    assert details[0] == details[1]
    moved = float(re.search(rf"the {block} slid ([0-9.]+) cm", details[0]).group(1))
    assert 2.5 <= moved <= 12


def test_non_finite_actions_are_refused_and_every_clamp_counted(world, scene):
    counter = ClampCounter(world)
    counter.reset(scene)
    with pytest.raises(SkillError, match="non-finite"):
        counter.step(Action(dpos=np.full(3, np.nan), dyaw=np.nan, gripper=np.nan))
    counter.step(Action(dpos=np.array([0.0, 0.0, 0.5])))
    counter.step(Action(dpos=np.zeros(3), dyaw=3.0))
    assert counter.counts["non_finite"] == 1
    assert counter.counts["max_speed"] == 1 and counter.counts["max_yaw_rate"] == 1
