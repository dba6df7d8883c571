"""The policy's doubt (issue 14, item 4): an ensemble of small heads guesses the action again; their spread is the
doubt; a learned step unsure of its first move stops before it and the executor looks again, then it acts."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from agent.executor import Deps, ExecutorConfig, build_graph, run_episode
from agent.executor.checking import check_step
from agent.planners.function import ReplayPlanner, done, pick, place, plan
from agent.primitives import Attempt, Call
from benchmarks.policy import confidence
from sim.core.perceived import PerceivedObject, Scene
from sim.scene import ObjectSpec, SceneSpec
from sim.symbolic_world import SymbolicWorld
from sim.world import Action
from skills.base import SkillOutcome, Target
from skills.perception.oracle import OraclePerceiver
from skills.policy import actions as A
from skills.policy.config import PolicyConfig
from skills.policy.inference import PolicyAction
from skills.policy.skills import UNSURE_ACTIONS, LearnedSkill
from skills.symbolic import symbolic_skills


def test_spread_is_the_disagreement_of_the_heads_on_the_first_action():
    cfg = PolicyConfig(ensemble=2)
    out = np.zeros((2, cfg.chunk, A.out_dim(cfg)), dtype=np.float32)
    assert out.shape[-1] == 4 + 2 + 2 * 4  # the main head's outputs, then the heads' guesses
    out[1, 0, 6:10] = np.arctanh(0.6)  # sample 1: the first ensemble head guesses 0.6 in every dimension
    cont = A.decode(out, cfg)[0]
    got = A.spread(out, cont, cfg)
    assert got[0] == 0.0  # all three guess 0
    np.testing.assert_allclose(got[1], np.std([0.0, 0.6, 0.0]), rtol=1e-5)
    assert A.spread(np.zeros((1, 4, 6), np.float32), np.zeros((1, 4, 4)), PolicyConfig()) is None


def test_the_ensemble_columns_leave_the_main_decoding_alone():
    from skills.policy.model import PolicyNet

    torch.manual_seed(0)
    base = PolicyNet(PolicyConfig(channels=(8, 8), hidden=32, image_size=16))
    cfg = PolicyConfig(channels=(8, 8), hidden=32, image_size=16, ensemble=3)
    net = PolicyNet(cfg)
    net.load_state_dict(base.state_dict(), strict=False)
    args = (torch.rand(2, 4, 16, 16), torch.randn(2, 12), torch.ones(2, cfg.max_words, dtype=torch.long))
    with torch.no_grad():
        want, got = base(*args), net(*args)
    assert got.shape == (2, cfg.chunk, 4 + 2 + 3 * 4)
    for a, b in zip(A.decode(got, cfg), A.decode(want, PolicyConfig(channels=(8, 8), hidden=32, image_size=16))):
        torch.testing.assert_close(a, b)


def test_adding_an_ensemble_trains_only_its_heads_and_calibrates_the_doubt(demos_file, tmp_path):
    from skills.policy.checkpoint import load_model
    from skills.training.policy import TrainConfig, train

    small = PolicyConfig(channels=(8, 8, 8, 8), hidden=32)
    train(TrainConfig(data=demos_file, out=tmp_path / "base", steps=2, batch=4, eval_every=2, policy=small))
    result = train(TrainConfig(data=demos_file, out=tmp_path / "ens", steps=3, batch=4, eval_every=3, lr=1e-2,
                               init=tmp_path / "base", ensemble=2))
    base, _ = load_model(tmp_path / "base")
    net, cfg = load_model(tmp_path / "ens")
    assert cfg.ensemble == 2 and cfg.unsure_spread > 0 and result["unsure_spread"] == cfg.unsure_spread
    before, after = base.state_dict(), net.state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)  # the policy itself is unchanged
    new = [k for k in after if k.startswith("ensemble.")]
    assert new and all(k not in before for k in new)
    from skills.policy.checkpoint import training_record

    record = training_record(tmp_path / "ens")  # the policy's own record, the ensemble's beside it
    assert record["steps"] == 2 and record["ensemble"]["steps"] == 3
    with pytest.raises(Exception, match="ensemble of 2 heads, not 3"):
        train(TrainConfig(data=demos_file, out=tmp_path / "other", steps=1, init=tmp_path / "ens", ensemble=3))


class ScriptedPolicy:
    """A `Policy` stand-in: unsure of every action while `unsure` is set; finishes at the sixth."""

    def __init__(self) -> None:
        self.config = PolicyConfig(ensemble=2, unsure_spread=0.05)
        self.unsure, self.resets, self.calls = True, 0, 0

    def reset(self, instruction: str, mask: np.ndarray) -> None:
        self.resets, self.calls = self.resets + 1, 0

    def predict_action(self, obs) -> PolicyAction:
        self.calls += 1
        doubt = 0.2 if self.unsure else 0.01
        return PolicyAction(action=Action(dpos=np.zeros(3), dyaw=0.0, gripper=0.0), finished=self.calls > 5,
                            done_prob=0.0, gripper_prob=0.0, chunk=np.zeros((4, 5), np.float32), spread=doubt,
                            unsure=doubt > self.config.unsure_spread)


def test_an_unsure_step_stops_then_acts_to_the_end_on_the_second_look(world128):
    from sim.episodes import bench_scene

    world128.reset(bench_scene(0))
    state = world128.sim_state()
    name, obj = next((n, o) for n, o in state.objects.items() if o.kind == "block")
    target = Target(name, "object", obj.position, "block", mask=np.ones((128, 128), bool))
    policy = ScriptedPolicy()
    skill = LearnedSkill("pick", policy)  # type: ignore[arg-type]
    first = skill(world128, target)
    assert first.unsure and not first.success and "looking again" in first.message
    assert policy.calls == UNSURE_ACTIONS and skill.doubt == 0.2
    second = skill(world128, target)  # still unsure, but it looked again: it acts to the end
    assert not second.unsure and policy.calls == 6
    assert skill(world128, target).unsure  # a new step: doubt stops it again
    policy.unsure = False
    assert not skill(world128, target).unsure
    assert not LearnedSkill("pick", ScriptedPolicy(), look_again=False)(world128, target).unsure  # type: ignore[arg-type]


def test_an_unsure_attempt_is_retried_from_a_fresh_look_not_refused():
    step = Call.model_validate({"primitive": "pick", "object": "red block"})
    red = PerceivedObject(name="red block", kind="block", colour="red", position=(0.4, -0.1, 0.02),
                          extent=(0.04, 0.04, 0.04), confidence=1.0, support="table")
    attempt = Attempt(ran=True, ok=False, message="unsure of the first move toward red block; looking again",
                      block="red block", target="red block", kind="object", object_kind="block", actions=0, unsure=True)
    verdict = check_step(step, attempt, Scene(objects=[red]))
    assert verdict.retry and "unsure" in (verdict.reason or "")


class UnsureOnce:
    """A skill unsure of its first call (it stops before moving), then the symbolic skill."""

    primitive = "pick"

    def __init__(self, inner) -> None:
        self.inner, self.calls = inner, 0

    def __call__(self, world, target: Target) -> SkillOutcome:
        self.calls += 1
        if self.calls == 1:
            return SkillOutcome(False, f"unsure of the first move toward {target.name}; looking again", 0, unsure=True)
        return self.inner(world, target)


def test_the_executor_looks_again_and_the_task_succeeds():
    world = SymbolicWorld()
    world.reset(SceneSpec(objects=[ObjectSpec(kind="bowl", colour="blue", x=0.5, y=0.15),
                                   ObjectSpec(kind="block", colour="red", x=0.4, y=-0.1)]))
    skills = symbolic_skills()
    skills["pick"] = UnsureOnce(skills["pick"])
    planner = ReplayPlanner(plan(pick("red block"), place("blue bowl"), done()))
    events: list = []
    deps = Deps(world=world, perceiver=OraclePerceiver(world), planner=planner, skills=skills,
                config=ExecutorConfig(), on_event=events.append)
    state = run_episode(build_graph(), deps, "put the red block in the blue bowl")
    assert state["status"] == "done", state.get("error")
    retries = [e for e in events if e.kind == "retry"]
    assert len(retries) == 1 and "looking again" in retries[0].message
    assert state["replans"] == 0 and skills["pick"].calls == 2


def test_confidence_bins_success_by_doubt():
    doubts = {"pick": [(0.01, True), (0.02, True), (0.03, True), (0.2, False), (0.3, False), (0.04, True)],
              "place": [(0.01, True), (None, True), (0.5, False)]}
    got = confidence(doubts, unsure=0.1)
    assert got is not None and got["unsure_spread"] == 0.1
    assert [b["n"] for b in got["pick"]["bins"]] == [2, 2, 2]
    assert [b["success"] for b in got["pick"]["bins"]] == [1.0, 1.0, 0.0]
    assert got["pick"]["unsure"] == {"n": 2, "success": 0.0}
    assert got["place"]["unsure"] == {"n": 1, "success": 0.0}
    assert confidence({"pick": [(None, True)], "place": []}, unsure=0.1) is None
