"""The runtime's rules around the network (`skills.policy.inference`): a policy at rest short of its gripper change
commits to it (`STALL_*`), a moving one never lowers its switch; the executed motion blends the overlapping chunks.
A fake network stands in for the weights, a synthetic frame for the world: no simulator."""

import numpy as np
import pytest

from sim.world import CameraFrame, Observation, Proprio
from skills.policy.actions import out_dim
from skills.policy.config import PolicyConfig
from skills.policy.inference import STALL_ACTIONS, STALL_SWITCH, Policy


def _observation() -> Observation:
    k = np.array([[60.0, 0, 32], [0, 60.0, 32], [0, 0, 1]])
    front = CameraFrame(np.zeros((64, 64, 3), np.uint8), np.full((64, 64), 0.8, np.float32), k, np.eye(4))
    return Observation(front, None, Proprio(np.array([0.4, 0.0, 0.1]), 0.0, 0.08, np.zeros(7)))


def _policy(p_closed: float, move: float | list[float], blend: float = 0.0) -> Policy:
    """A policy whose network asks for `move` (normalised, along x: one value, or one per call, the chunk's steps
    0.1 apart after it) and closes with probability `p_closed`."""
    cfg = PolicyConfig(gripper_switch=0.35)
    logit = float(np.log(p_closed / (1 - p_closed)))
    moves, rise = iter(move if isinstance(move, list) else [move] * 1000), 0.1 if isinstance(move, list) else 0.0

    def net(x: np.ndarray, p: np.ndarray, words: np.ndarray) -> np.ndarray:
        out = np.zeros((1, cfg.chunk, out_dim(cfg)), np.float32)
        out[0, :, 0] = np.arctanh(np.clip(next(moves) + rise * np.arange(cfg.chunk), -0.99, 0.99))
        out[..., -2], out[..., -1] = logit, -20.0  # never finished
        return out

    policy = Policy(backend="torch", blend=blend)
    policy._net, policy._cfg = net, cfg
    mask = np.zeros((64, 64), bool)
    mask[30:34, 30:34] = True
    policy.reset("pick up the red block", mask)
    return policy


def _closes_after(policy: Policy, limit: int = 40) -> int | None:
    obs = _observation()
    for n in range(1, limit + 1):
        if policy.predict_action(obs).action.gripper == 1.0:
            return n
    return None


@pytest.mark.parametrize("p_closed", [STALL_SWITCH + 0.01, 0.3])
def test_a_stalled_policy_closes_once_it_has_rested(p_closed):
    assert _closes_after(_policy(p_closed, move=0.0)) == STALL_ACTIONS


def test_a_moving_policy_keeps_its_calibrated_switch():
    assert _closes_after(_policy(0.3, move=0.5)) is None


def test_a_stalled_policy_far_from_the_change_stays_put():
    assert _closes_after(_policy(STALL_SWITCH - 0.05, move=0.0)) is None


def test_the_calibrated_switch_acts_at_once():
    assert _closes_after(_policy(0.4, move=0.5)) == 1


def test_the_motion_blends_the_chunks_predicted_for_now():
    scale = PolicyConfig().dpos_scale
    calls = [0.0, 0.3, 0.6]  # each chunk: [m, m + 0.1, m + 0.2, m + 0.3]
    obs = _observation()
    sharp, smooth = _policy(0.5, list(calls)), _policy(0.5, list(calls), blend=0.5)
    got_sharp = [sharp.predict_action(obs).action.dpos[0] / scale for _ in calls]
    got_smooth = [smooth.predict_action(obs).action.dpos[0] / scale for _ in calls]
    np.testing.assert_allclose(got_sharp, calls, atol=1e-5)  # the newest chunk's first step
    # now: 0.6 (made now), 0.3 + 0.1 (one step ago, weight 0.5), 0.0 + 0.2 (two steps ago, weight 0.25)
    np.testing.assert_allclose(got_smooth[2], (0.6 + 0.5 * 0.4 + 0.25 * 0.2) / 1.75, atol=1e-5)
    np.testing.assert_allclose(got_smooth[0], 0.0, atol=1e-5)
