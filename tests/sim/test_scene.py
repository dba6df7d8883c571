import json

import pytest

from sim.core.errors import UserError
from sim.core import layout
from sim.scene import ObjectSpec, SceneSpec, generate_scene


def test_same_seed_same_scene():
    a = generate_scene(7, 5, 2, stacked=2, in_bowls=1)
    b = generate_scene(7, 5, 2, stacked=2, in_bowls=1)
    assert a == b
    assert a != generate_scene(8, 5, 2, stacked=2, in_bowls=1)


def test_generated_scene_has_what_was_asked():
    s = generate_scene(3, 6, 3, stacked=2, in_bowls=2)
    blocks = [o for o in s.objects if o.kind == "block"]
    bowls = [o for o in s.objects if o.kind == "bowl"]
    assert len(blocks) == 6 and len(bowls) == 3
    names = {o.name for o in s.objects}
    assert sum(o.on in names and s.get(o.on).kind == "block" for o in blocks) == 2
    assert sum(o.on in names and s.get(o.on).kind == "bowl" for o in blocks) == 2
    assert len({o.colour for o in blocks}) == 6


@pytest.mark.parametrize("seed", range(30))
def test_generated_objects_do_not_overlap(seed):
    s = generate_scene(seed, 6, 3)
    loose = [o for o in s.objects if o.on is None]
    for i, a in enumerate(loose):
        for b in loose[i + 1 :]:
            ra = layout.BOWL_CLEARANCE if a.kind == "bowl" else layout.BLOCK_CLEARANCE
            rb = layout.BOWL_CLEARANCE if b.kind == "bowl" else layout.BLOCK_CLEARANCE
            assert ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5 >= ra + rb - 1e-3
        assert layout.WORKSPACE_X[0] <= a.x <= layout.WORKSPACE_X[1]
        assert layout.WORKSPACE_Y[0] <= a.y <= layout.WORKSPACE_Y[1]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"blocks": -1}, "non-negative"),
        ({"bowls": -2}, "non-negative"),
        ({"blocks": 10}, "at most 9"),
        ({"bowls": 4}, "at most 3 bowls"),
        ({"blocks": 9, "bowls": 3, "seed": 7}, "do not fit in the workspace"),
        ({"blocks": 2, "stacked": 3}, "cannot exceed"),
        ({"blocks": 6, "stacked": 5}, "taller than 4"),
        ({"blocks": 2, "stacked": 2}, "taller than 4"),
        ({"blocks": 3, "block_colours": ["red", "mauve", "blue"]}, "unknown block colour 'mauve'"),
        ({"blocks": 6, "bowls": 1, "in_bowls": 5}, "5 blocks do not fit in 1 bowls"),
        ({"blocks": 2, "bowls": 0, "in_bowls": 1}, "do not fit in 0 bowls"),
    ],
)
def test_bad_requests_are_clear_user_errors(kwargs, message):
    kwargs = {"seed": 1, **kwargs}
    with pytest.raises(UserError, match=message):
        generate_scene(**kwargs)


def test_explicit_scene_from_json(tmp_path):
    spec = {
        "objects": [
            {"kind": "block", "colour": "red", "x": 0.5, "y": 0.0},
            {"kind": "block", "colour": "red", "on": "red block"},
            {"kind": "bowl", "colour": "blue", "x": 0.4, "y": 0.2},
        ]
    }
    path = tmp_path / "scene.json"
    path.write_text(json.dumps(spec))
    scene = SceneSpec.load(path)
    assert [o.name for o in scene.objects] == ["red block", "red block 2", "blue bowl"]
    assert scene.get("red block 2").on == "red block"


def test_explicit_scene_from_yaml(tmp_path):
    path = tmp_path / "scene.yaml"
    path.write_text("objects:\n  - {kind: block, colour: green, x: 0.5, y: 0.1}\n  - {kind: block, colour: red, on: green block}\n")
    scene = SceneSpec.load(path)
    assert scene.objects[0].name == "green block"
    assert scene.get("red block").on == "green block", "a bare YAML `on:` key is not read as True"


@pytest.mark.parametrize(
    "objects, message",
    [
        ([{"kind": "cone", "colour": "red"}], "kind"),
        ([{"kind": "block", "colour": "mauve"}], "unknown colour 'mauve'"),
        ([{"kind": "block", "colour": "red", "on": "blue block"}], "not in the scene"),
        ([{"kind": "bowl", "colour": "red", "on": "x"}], "bowl must stand on the table"),
    ],
)
def test_invalid_scene_files_are_user_errors(tmp_path, objects, message):
    path = tmp_path / "scene.json"
    path.write_text(json.dumps({"objects": objects}))
    with pytest.raises(UserError, match=message):
        SceneSpec.load(path)


def test_missing_scene_file():
    with pytest.raises(UserError, match="does not exist"):
        SceneSpec.load("/nonexistent/scene.json")


def test_bowl_capacity_is_enforced():
    objs = [ObjectSpec(kind="bowl", colour="red")] + [
        ObjectSpec(kind="block", colour=c, on="red bowl") for c in ["blue", "green", "cyan", "pink", "white"]
    ]
    with pytest.raises(ValueError, match="holds at most 4"):
        SceneSpec(objects=objs)
