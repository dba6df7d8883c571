import numpy as np

from sim.pybullet_world import FRONT_CAMERA
from skills.policy.view import PolicyView, workspace_rows


def test_full_view_reduces_blocks():
    frame = _frame(np.zeros((128, 128, 3), dtype=np.uint8))
    frame.rgb[:2, :2] = 200
    mask = np.zeros((128, 128), dtype=bool)
    mask[7, 9] = True
    view = PolicyView(64, 1.0)
    assert view.rgb(frame)[0, 0].tolist() == [200, 200, 200] and view.rgb(frame)[0, 1].tolist() == [0, 0, 0]
    small = view.mask(frame, mask)
    assert small.shape == (64, 64) and small[3, 4] and small.sum() == 1


def test_band_keeps_the_table_at_full_vertical_resolution(world128):
    frame = world128.render_camera(FRONT_CAMERA, 128)
    rows = workspace_rows(frame, 0.5)
    assert rows.stop - rows.start == 64
    state = world128.sim_state()
    view = PolicyView(64, 0.5)
    for name in state.objects:  # every object on the table stays (almost all) in view, at twice the rows
        seg = frame.segmentation == world128.body_ids()[name]
        assert seg[rows].sum() >= 0.9 * seg.sum(), name
        assert view.mask(frame, seg).sum() > PolicyView(64, 1.0).mask(frame, seg).sum()


def _frame(rgb):
    from sim.world import CameraFrame

    return CameraFrame(rgb=rgb, depth=np.ones(rgb.shape[:2], np.float32), intrinsics=np.eye(3), cam_to_world=np.eye(4))
