"""The whole pipeline with the shipped CLIP: labels, relations, grounding, held blocks, CLI."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from agent.cli import cli
from sim.core.errors import PerceptionError
from sim.world import Observation
from tests.perception.conftest import IN_BOWLS, TOUCHING, TOWERS, spec


def labels(p):
    return {(o.colour, o.kind): o for o in p.scene.objects}


@pytest.mark.parametrize("scene", [TOUCHING, IN_BOWLS, TOWERS], ids=["touching", "in_bowls", "towers"])
def test_labels_and_support_relations(world, perceiver, scene):
    p = perceiver.perceive(world.reset(scene))
    got = labels(p)
    assert set(got) == {(o.colour, o.kind) for o in scene.objects}
    for o in scene.objects:
        po = got[(o.colour, o.kind)]
        want = "table" if o.on is None else o.on
        assert po.support == want, (o.name, po.support)
        assert po.confidence > 0.5
        assert p.masks[po.name].shape == (128, 128)
    state = world.sim_state()
    for o in scene.objects:
        if o.kind == "block":  # block centres within 1.5 cm of the truth
            err = np.linalg.norm(np.array(got[(o.colour, o.kind)].position) - state.objects[o.name].position)
            assert err < 0.015, (o.name, err)


def test_describe_and_annotated_image(world, perceiver):
    p = perceiver.perceive(world.reset(TOWERS))
    text = p.scene.describe()
    assert "orange block" in text and "on the yellow block" in text
    img = p.annotated()
    assert img.dtype == np.uint8 and img.ndim == 3 and img.shape[0] >= 512
    assert not np.array_equal(img[::4, ::4], np.repeat(np.repeat(p.image, 4, 0), 4, 1)[::4, ::4])


def test_grounding_on_a_real_frame(world, perceiver):
    p = perceiver.perceive(world.reset(IN_BOWLS))
    assert perceiver.ground("the red block", p).match == "red block"
    assert perceiver.ground("red cube", p).match == "red block"
    assert perceiver.ground("the block in the yellow bowl", p).match == "green block"
    assert perceiver.ground("the leftmost bowl", p).match == "red bowl"
    g = perceiver.ground("the block in the red bowl", p)
    assert g.match is None and set(g.candidates) == {"red block", "blue block"}


def test_empty_table_gives_an_empty_scene_and_grounding_fails(world, perceiver):
    p = perceiver.perceive(world.reset(spec()))
    assert p.scene.objects == [] and p.masks == {}
    assert p.scene.describe() == "The table is empty."
    with pytest.raises(PerceptionError, match="no objects"):
        perceiver.ground("the red block", p)


def test_wrong_image_shape_is_a_clear_error(world, perceiver):
    obs = world.reset(TOUCHING)
    bad = Observation(front=dataclasses.replace(obs.front, rgb=obs.front.rgb[:100]), wrist=None, proprio=obs.proprio)
    with pytest.raises(PerceptionError, match="depth"):
        perceiver.perceive(bad)


def test_held_block_from_proprioception(world, perceiver):
    from skills.scripted.pick import PickExpert

    scene = spec(dict(kind="block", colour="blue", x=0.5, y=0.1), dict(kind="bowl", colour="red", x=0.45, y=-0.15))
    p = perceiver.perceive(world.reset(scene))  # before the pick, as the executor does
    assert p.scene.held is None and p.scene.get("blue block").support == "table"
    expert = PickExpert("blue block")
    for _ in range(150):  # until the fingers close on the block (still low: the camera sees it)
        if world.sim_state().held == "blue block":
            break
        world.step(expert.act(world.sim_state()))
    p = perceiver.perceive(world.observe())
    assert p.scene.held == "blue block"
    assert p.scene.get("blue block").support == "gripper"
    assert p.scene.get("red bowl").support == "table"
    for _ in range(150):  # lift
        if (action := expert.act(world.sim_state())) is None:
            break
        world.step(action)
    lifted = world.observe()
    assert world.sim_state().objects["blue block"].position[2] > 0.1
    assert perceiver.perceive(lifted).scene.held == "blue block"
    # A frame where the block cannot be seen (here: the hand hides it) while the fingers hold
    # something: the block missing since the last frame is the one in the gripper, at the hand.
    hidden = Observation(front=world.reset(spec()).front, wrist=None, proprio=lifted.proprio)
    p = perceiver.perceive(hidden)
    assert p.scene.held == "blue block" and p.scene.get("blue block").support == "gripper"
    np.testing.assert_allclose(p.scene.get("blue block").position, lifted.proprio.ee_pos, atol=1e-3)


def test_perceive_command(tmp_path, capsys):
    png = tmp_path / "annotated.png"
    assert cli(["perceive", "--seed", "3", "--blocks", "5", "--bowls", "2", "--stacked", "1", "--in-bowls", "1",
                "--image", str(png), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["scene"]["objects"]) == 7 and out["description"]
    assert png.stat().st_size > 1000
    assert cli(["perceive", "--checkpoint", str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("world", [None, "mujoco"])
def test_bench_perception_command(world, capsys):
    """The same scenes on the default world and on MuJoCo (which draws segmentation for scoring only on request)."""
    from sim.worlds import DEFAULT_WORLD

    if world == "mujoco":
        pytest.importorskip("mujoco", reason="the MuJoCo world needs: pip install 'mujoco>=4'")
    code = cli(["bench", "perception", "--episodes", "2", "--json", *(["--world", world] if world else [])])
    captured = capsys.readouterr()
    if code == 2 and "cannot render" in captured.err:
        pytest.skip(captured.err.strip())  # no OpenGL backend for MuJoCo here
    assert code == 0
    out = json.loads(captured.out)
    for key in ("recall", "label_acc_seen", "label_acc_heldout", "refexp_acc", "relation_acc", "ms_segment",
                "ms_clip", "image_size"):
        assert key in out
    assert out["world"] == (world or DEFAULT_WORLD)
    assert out["image_size"] == 128 and out["recall"] > 0.9 and out["n_objects"] >= 8
    assert out["label_acc_seen"] > 0.9


def test_bench_perception_needs_a_physics_world(capsys):
    assert cli(["bench", "perception", "--episodes", "1", "--world", "symbolic"]) == 2
    assert "valid: pybullet, mujoco" in capsys.readouterr().err
