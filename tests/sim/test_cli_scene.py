import json

import pytest

from agent.cli import cli


def test_scene_json_matches_generator(capsys):
    from sim.scene import generate_scene

    assert cli(["scene", "--seed", "4", "--blocks", "3", "--bowls", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == json.loads(generate_scene(4, 3, 1).model_dump_json())


def test_scene_image(tmp_path, capsys):
    from PIL import Image

    path = tmp_path / "scene.png"
    assert cli(["scene", "--seed", "1", "--image", str(path), "--size", "48", "--json"]) == 0
    with Image.open(path) as im:
        assert im.size == (48, 48)
    json.loads(capsys.readouterr().out)  # stdout stays pure JSON


@pytest.mark.parametrize(
    "argv, message",
    [
        (["scene", "--blocks", "-1"], "non-negative"),
        (["scene", "--blocks", "12"], "at most 9 blocks"),
        (["scene", "--blocks", "2", "--stacked", "3"], "cannot exceed"),
        (["scene", "--blocks", "many"], "invalid int value"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(argv, message, capsys):
    assert cli(argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    "objects, message",
    [([{"kind": "block", "colour": "mauve"}], "unknown colour 'mauve'"), ([{"kind": "pyramid", "colour": "red"}], "kind")],
)
def test_bad_scene_file_is_one_line_and_nonzero(tmp_path, objects, message, capsys):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"objects": objects}))
    assert cli(["scene", "--scene", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err
