import h5py
import numpy as np
import torch

from skills.policy.config import PolicyConfig
from skills.training.dataset import DemoDataset, DemoWriter, file_info, read_demos
from tests.policy.conftest import fake_demo


def test_round_trip(tmp_path):
    path = tmp_path / "d.h5"
    demo = fake_demo(3)
    with DemoWriter(path, mask_source="segmentation") as w:
        assert w.write(demo) == "demo_0"
    (back,) = read_demos(path)
    for key in ("rgb", "depth", "proprio", "target_mask", "actions", "dones", "goal"):
        np.testing.assert_array_equal(getattr(back, key), getattr(demo, key))
    assert (back.instruction, back.skill, back.success, back.seed) == (demo.instruction, "pick", True, 3)
    assert file_info(path)["mask_source"] == "segmentation"


def test_append_and_skip_incomplete(tmp_path):
    path = tmp_path / "d.h5"
    with DemoWriter(path) as w:
        w.write(fake_demo(0))
    with h5py.File(path, "a") as f:  # a group cut off mid-write: no success attribute
        f["data"].create_group("demo_1").create_dataset("actions", data=np.zeros((3, 5)))
    with DemoWriter(path) as w:
        assert w.seeds() == {0}
        assert w.write(fake_demo(7)) == "demo_2"
        failed = fake_demo(8)
        failed.success = False
        w.write(failed)
    assert [d.seed for d in read_demos(path)] == [0, 7]
    assert [d.seed for d in read_demos(path, only_success=False)] == [0, 7, 8]


def test_torch_dataset_shapes(demos_file):
    cfg = PolicyConfig()
    demos = read_demos(demos_file)
    ds = DemoDataset(demos, cfg)
    assert len(ds) == sum(len(d) for d in demos)
    item = ds[5]
    assert item["image"].shape == (4, 64, 64) and item["image"].dtype == torch.uint8
    goal = torch.from_numpy(demos[0].goal)
    assert item["proprio"].shape == (cfg.proprio_dim,)
    torch.testing.assert_close(item["proprio"][6:9], goal)  # proprioception, the goal, the goal from the hand
    torch.testing.assert_close(item["proprio"][9:], goal - item["proprio"][:3])
    assert item["cont"].shape == (cfg.chunk, 4) and float(item["cont"].abs().max()) <= 1.0
    assert item["grip"].shape == item["done"].shape == item["grip_w"].shape == (cfg.chunk,)
    # the last step of a demo: its chunk repeats the final (done) label
    last = len(demos[0]) - 1
    assert ds[last]["done"].tolist() == [1.0] * cfg.chunk
    assert ds[last - 1]["done"].tolist() == [0.0] + [1.0] * (cfg.chunk - 1)


def test_demos_without_a_goal_point_say_how_to_add_it(demos_file):
    import pytest

    from sim.core.errors import UserError

    demos = read_demos(demos_file)
    demos[0].goal = None
    with pytest.raises(UserError, match="--relabel"):
        DemoDataset(demos, PolicyConfig())
