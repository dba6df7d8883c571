"""The hand stays inside the workspace, read from the simulator at every physics step (`benchmarks.safety`;
the full check is `vla-agent bench safety --episodes 1000`)."""

from __future__ import annotations

from benchmarks import safety
from sim.safety import SafetyLimits


def test_adversarial_and_scripted_episodes_stay_inside_the_workspace():
    result = safety.run(4)  # seeds 0 and 2 adversarial, 1 and 3 scripted pick-and-place
    assert result["adversarial_episodes"] == 2 and result["scripted_episodes"] == 2
    assert result["physics_ticks_checked"] > 4 * 24 * 20  # every tick of every action was read
    assert result["violations"] == 0, result["failures"]
    assert result["max_outside_box_m"] <= safety.TOLERANCE
    assert result["refused_non_finite_actions"] >= 1  # the adversary sent NaNs; the safety layer refused them


def test_the_check_sees_a_hand_outside_a_smaller_box():
    small = SafetyLimits(x=(0.3, 0.35), y=(-0.05, 0.05), z=(0.2, 0.25))  # the hand starts outside this box
    with safety.watched_world("pybullet", box=small) as world:
        world.reset(safety.bench_scene(0))
        world.watching = True
        world.simulate(5)
        assert world.ticks == 5 and len(world.violations) == 5
