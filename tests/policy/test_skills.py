"""The learned skills run closed-loop in the world with the shipped checkpoint (success not asserted here:
`vla-agent bench policy` measures it)."""

import numpy as np
import pytest

from sim.core import layout
from sim.core.errors import UserError
from skills.base import Target
from skills.policy.inference import Policy
from skills.policy.skills import LearnedSkill, make_skills
from skills.registry import make_skills as registry_skills


def test_registry_gives_learned_pick_and_place():
    skills = registry_skills("learned")
    assert set(skills) == {"pick", "place"} and skills["pick"].policy is skills["place"].policy


def test_learned_pick_runs_closed_loop(world128):
    from sim.episodes import bench_scene

    world128.reset(bench_scene(0))
    state = world128.sim_state()
    name, obj = next((n, o) for n, o in state.objects.items() if o.kind == "block")
    mask = world128.observe().front.segmentation == world128.body_ids()[name]
    policy = Policy()
    skill = LearnedSkill("pick", policy, max_actions=8)
    outcome = skill(world128, Target(name, "object", obj.position, "block", mask=mask))
    assert outcome.actions >= 1 and outcome.message  # policy actions, then the retreat to the observation pose
    assert 1 <= len(policy.latencies_ms) <= 9
    assert np.linalg.norm(world128.proprio().ee_pos - np.array(layout.OBSERVE_POS)) < 0.03
    out = policy.predict_action(world128.observe())
    assert out.chunk.shape == (policy.config.chunk, 5) and np.isfinite(out.chunk).all()
    assert out.action.gripper in (0.0, 1.0) and 0.0 <= out.done_prob <= 1.0


def test_pick_refuses_a_place_target(world128):
    outcome = make_skills()["pick"](world128, Target("bin", "bin", np.array([0.5, 0.45, 0.0])))
    assert not outcome.success and "not an object" in outcome.message


def test_learned_skills_from_a_checkpoint_folder_by_name():
    from skills.policy.checkpoint import CHECKPOINT_DIR

    skills = registry_skills(f"learned:{CHECKPOINT_DIR}")
    assert skills["pick"].policy.checkpoint == str(CHECKPOINT_DIR) and skills["pick"].policy is skills["place"].policy
    with pytest.raises(UserError, match="learned:DIR"):
        registry_skills("lerned:somewhere")
