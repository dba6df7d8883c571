"""DAgger (`skills.training.dagger`): the learner acts, the expert labels every state it reaches, the labelled
steps join the demonstrations file and training reads them."""

import json

import numpy as np
import pytest

from sim.episodes import bench_scene, pick_place_task
from sim.world import Action
from skills.base import Target
from skills.policy.inference import PolicyAction
from skills.training import dagger
from skills.training import dagger_rollout
from skills.training.dagger_rollout import LabelledLearnerSkill, LearnerConfig, LearnerRecorder
from skills.training.dataset import DemoWriter, read_demos
from tests.policy.conftest import fake_demo

BIAS = np.array([0.0, 0.004, 0.0])  # the fake learner drifts 4 mm a step sideways: states the expert never reaches


class DriftingLearner:
    """A stand-in learner: an expert of its own, plus a sideways drift, so it visits states off the expert's path.
    Keeps every action it returned."""

    def __init__(self, world, make_expert, bias=BIAS):
        self.world, self.make_expert, self.bias = world, make_expert, bias
        self.returned: list[np.ndarray] = []

    def reset(self, text, mask):
        self.expert = self.make_expert()

    def predict_action(self, obs):
        a = self.expert.act(self.world.sim_state())
        if a is None:
            action, finished = Action(dpos=np.zeros(3), dyaw=0.0, gripper=1.0), True
        else:
            action, finished = Action(dpos=a.dpos + self.bias, dyaw=a.dyaw, gripper=a.gripper), False
            self.returned.append(action.vector())
        return PolicyAction(action=action, finished=finished, done_prob=float(finished), gripper_prob=action.gripper,
                            chunk=np.zeros((4, 5), np.float32))


@pytest.fixture
def pick_setup(world128, monkeypatch):
    """A fresh bench scene, the block to pick, a spy on the labelling expert's calls (state, action); the shared
    world is reset to its usual scene afterwards."""
    from skills.scripted import PickExpert

    scene = bench_scene(3)
    world128.reset(scene)
    block, _ = pick_place_task(3, world128.sim_state(), scene.objects)
    labelled: list[tuple[np.ndarray, object]] = []
    real_act = PickExpert.act

    def spy(self, state):
        out = real_act(self, state)
        if not getattr(self, "_learner", False):
            labelled.append((state.ee_pos.copy(), out))
        return out

    monkeypatch.setattr(PickExpert, "act", spy)

    def learner_expert():
        e = PickExpert(block)
        e._learner = True
        return e

    target = Target(block, "object", world128.sim_state().objects[block].position, "block")
    yield world128, block, target, labelled, learner_expert
    world128.reset(bench_scene(0))  # the session's world back as the other tests expect it


def test_learner_states_are_labelled_by_the_expert_and_aggregated(pick_setup, monkeypatch, tmp_path):
    world, _, target, labelled, learner_expert = pick_setup
    learner = DriftingLearner(world, learner_expert)
    monkeypatch.setattr(dagger_rollout, "learner_policy", lambda checkpoint: learner)
    rec = LearnerRecorder(3, LearnerConfig(learner="fake", beta=0.0, max_actions=25))
    LabelledLearnerSkill("pick", rec)(world, target)

    (demo,) = rec.demos
    assert demo.source == "dagger" and demo.skill == "pick" and len(demo) == len(labelled) >= 5
    # every row's label is the expert's action at the state the row shows
    for row, (ee_pos, action) in enumerate(labelled):
        assert np.allclose(demo.proprio[row, :3], ee_pos, atol=1e-5)
        want = action.vector() if action is not None else np.r_[0, 0, 0, 0, demo.actions[row - 1, 4]]
        assert np.allclose(demo.actions[row], want) and demo.dones[row] == (action is None)
    # beta = 0: every executed action is the learner's (and not the expert's label)
    assert demo.by_learner.all()
    moved = len(learner.returned)
    assert moved >= 5 and np.allclose(demo.executed[:moved], np.stack(learner.returned))
    assert np.abs(demo.executed[:moved, 1] - demo.actions[:moved, 1]).max() > 0.003  # the drift, labelled away

    # aggregated into the demonstrations file; training keeps it even when the step failed
    path = tmp_path / "d.h5"
    with DemoWriter(path) as w:
        w.write(fake_demo(1))
        failed_expert = fake_demo(2)
        failed_expert.success = False
        w.write(failed_expert)
        demo.success = False
        w.write(demo)
    kept = read_demos(path)
    assert [d.seed for d in kept] == [1, 3]
    back = kept[1]
    assert back.source == "dagger" and back.dagger_round == 0 and not back.success
    assert np.array_equal(back.actions, demo.actions) and np.array_equal(back.executed, demo.executed)
    assert back.by_learner.all() and back.start is None  # start/ is read only with_start
    assert dagger.data_size(path)["dagger_samples"] == len(demo)


def test_with_beta_one_the_expert_acts_and_its_phase_never_needs_resyncing(pick_setup, monkeypatch):
    world, _, target, _, learner_expert = pick_setup
    monkeypatch.setattr(dagger_rollout, "learner_policy", lambda checkpoint: DriftingLearner(world, learner_expert))
    rec = LearnerRecorder(3, LearnerConfig(learner="fake", beta=1.0, noise_m=0.0, noise_yaw=0.0))
    outcome = LabelledLearnerSkill("pick", rec)(world, target)
    (demo,) = rec.demos
    assert outcome.success and demo.success and demo.dones[-1] == 1 and demo.dones[:-1].sum() == 0
    assert not demo.by_learner.any() and np.allclose(demo.executed[:-1], demo.actions[:-1], atol=1e-6)
    assert rec.stats["resyncs"] == 0


class EarlyCloser(DriftingLearner):
    """Follows its own expert, coming down slowly over the block, and closes 6-12 mm above the grasp point,
    where the expert would still descend."""

    def predict_action(self, obs):
        state = self.world.sim_state()
        e = self.expert
        if e.phase != "descend" or e._pose is None:
            return super().predict_action(obs)
        grasp = state.objects[e.block].position + np.array([*e._pose[1], 0.0])
        gap = float(np.linalg.norm(grasp - state.ee_pos))
        if 0.007 < gap < 0.012:
            e.phase, e._closing = "close", 1  # closed here: its own expert lifts next
            action = Action(dpos=np.zeros(3), dyaw=0.0, gripper=1.0)
        else:
            a = e.act(state)
            action = Action(dpos=a.dpos * min(1.0, 0.004 / max(float(np.linalg.norm(a.dpos)), 1e-9)), dyaw=a.dyaw,
                            gripper=a.gripper)
        self.returned.append(action.vector())
        return PolicyAction(action=action, finished=False, done_prob=0.0, gripper_prob=action.gripper,
                            chunk=np.zeros((4, 5), np.float32))


def test_an_early_grasp_that_worked_is_labelled_as_the_experts_close(pick_setup, monkeypatch):
    world, _, target, labelled, learner_expert = pick_setup
    learner = EarlyCloser(world, learner_expert, bias=np.zeros(3))
    monkeypatch.setattr(dagger_rollout, "learner_policy", lambda checkpoint: learner)
    rec = LearnerRecorder(3, LearnerConfig(learner="fake", beta=0.0))
    assert LabelledLearnerSkill("pick", rec)(world, target).success
    (demo,) = rec.demos
    closed = np.nonzero(demo.executed[:, 4] == 1.0)[0]
    t = int(closed[0])  # the learner's close
    assert labelled[t][1].gripper == 0.0  # the expert had said "not yet" there ...
    assert np.array_equal(demo.actions[t], [0, 0, 0, 0, 1])  # ... and the row now shows its close
    assert demo.actions[t - 1, 4] == 0.0 and (demo.actions[t:, 4] == 1.0).all()
    assert rec.stats["accepted_events"] == 1 and rec.stats["resyncs"] == 1 and demo.success


def test_early_event_rows():
    rows = dagger_rollout._Rows()
    for label, executed in ((1, 1), (1, 0), (1, 0)):  # a place: the learner opened two rows before the expert
        rows.actions.append(np.array([0.01, 0, 0, 0, label], np.float32))
        rows.executed.append(np.array([0.01, 0, 0, 0, executed], np.float32))
    assert dagger_rollout._early_event(rows, 0.0) == [1, 2] and dagger_rollout._early_event(rows, 1.0) == []
    stats = {"accepted_events": 0}
    dagger_rollout.accept(rows, [1, 2], 0.0, stats)
    assert [float(a[4]) for a in rows.actions] == [1, 0, 0] and stats["accepted_events"] == 1


def test_resync_follows_the_learner():
    from sim.world import ObjectState, Proprio, SimState
    from skills.scripted import PickExpert, PlaceExpert

    cube = ObjectState(name="red block", kind="block", colour="red", position=np.array([0.5, 0.0, 0.05]), yaw=0.0, body_id=1)
    proprio = lambda width: Proprio(ee_pos=np.zeros(3), ee_yaw=0.0, gripper_width=width, joints=np.zeros(7))
    holding = SimState(objects={"red block": cube}, ee_pos=np.array([0.5, 0.0, 0.05]), held="red block")
    empty = SimState(objects={"red block": cube}, ee_pos=np.array([0.5, 0.0, 0.2]), held=None)
    pick = PickExpert("red block")
    assert not dagger_rollout.resync(pick, empty, proprio(0.08), 0.0)
    assert dagger_rollout.resync(pick, holding, proprio(0.05), 1.0) and pick.act(holding).gripper == 1.0  # grasped early: lift
    pick.phase = "lift"
    assert dagger_rollout.resync(pick, empty, proprio(0.001), 1.0) and pick.phase == "approach"  # lost it: start over, open
    assert pick.act(empty).gripper == 0.0
    place = PlaceExpert("red block", Target("bin", "bin", np.array([0.3, 0.3, 0.0])), None)
    assert not dagger_rollout.resync(place, holding, proprio(0.05), 1.0)
    # opened early, the fingers still on the block: the release stands, no label says "close" again
    assert dagger_rollout.resync(place, holding, proprio(0.06), 0.0) and place.phase == "retreat"
    assert place.act(holding).gripper == 0.0
    assert dagger_rollout.resync(place, holding, proprio(0.05), 1.0) and place.phase == "descend"  # kept closed: open there


def test_resync_descends_when_the_learner_went_below_the_experts_waypoint():
    """The experts start down only from within 1 cm of a point above the goal; a learner stepping 28 mm at a time
    goes past it, and the label must not send it back up."""
    from sim.world import ObjectState, Proprio, SimState
    from skills.scripted import PickExpert, PlaceExpert

    cube = ObjectState(name="red block", kind="block", colour="red", position=np.array([0.5, 0.0, 0.025]), yaw=0.0, body_id=1)
    proprio = Proprio(ee_pos=np.zeros(3), ee_yaw=0.0, gripper_width=0.08, joints=np.zeros(7))
    at = lambda z, held=None: SimState(objects={"red block": cube}, ee_pos=np.array([0.5, 0.0, z]), held=held)  # noqa: E731
    pick = PickExpert("red block")
    pick.act(at(0.30))  # chooses its grasp
    grasp_z = 0.025  # the grasp point's height: the block's centre
    assert not dagger_rollout.resync(pick, at(grasp_z + 0.065), proprio, 0.0)  # near the waypoint: the expert's own rule
    assert pick.act(at(grasp_z + 0.04)).dpos[2] > 0  # below it, the expert alone would go back up ...
    assert dagger_rollout.resync(pick, at(grasp_z + 0.04), proprio, 0.0) == "descended"
    assert pick.phase == "descend" and pick.act(at(grasp_z + 0.04)).dpos[2] < 0  # ... now it goes on down

    place = PlaceExpert("red block", Target("bin", "bin", np.array([0.3, 0.3, 0.0])), None)
    place.act(at(0.3, "red block"))
    goal = place._release[0]
    low = SimState(objects={"red block": cube}, ee_pos=goal + np.array([0, 0, 0.02]), ee_yaw=0.0, held="red block")
    held = Proprio(ee_pos=np.zeros(3), ee_yaw=0.0, gripper_width=0.05, joints=np.zeros(7))
    assert dagger_rollout.resync(place, low, held, 1.0) == "descended" and place.act(low).dpos[2] < 0


def _fake_episode(world, seed, masks, cfg):
    """A rollout without a simulator: one labelled step, half the tasks succeed."""
    d = fake_demo(seed)
    d.source, d.dagger_round, d.success = "dagger", cfg.dagger_round, False
    d.executed, d.by_learner = d.actions.copy(), np.ones(len(d), bool)
    assert cfg.learner and cfg.image_size == 64
    return [d], {"seed": seed, "family": "single", "success": seed % 2 == 0, "steps": 1, "rows": len(d)}


def test_train_policy_dagger_rounds_end_to_end(demos_file, tmp_path, monkeypatch, capsys):
    import agent.commands.export_onnx
    import agent.task_demos
    from agent.cli import cli

    exported = []
    monkeypatch.setattr(agent.commands.export_onnx, "export_for_runtime", lambda what, folder: exported.append(folder))
    monkeypatch.setattr(agent.task_demos, "dagger_task_episode", _fake_episode)
    monkeypatch.setattr(agent.task_demos, "task_seeds", lambda first=0, skip=frozenset(): (s for s in range(100, 200) if s not in skip))
    out = tmp_path / "run"
    args = ["train", "policy", "--data", str(demos_file), "--out", str(out), "--steps", "2", "--batch", "4",
            "--dagger-rounds", "2", "--dagger-episodes", "3", "--dagger-beta", "0.5"]
    assert cli(args) == 0
    printed = capsys.readouterr().out
    assert "round 2: rollouts" in printed and "final policy in" in printed and exported == [out / "round_2"]
    report = json.loads((out / "dagger.json").read_text())
    r1, r2 = report["rounds"]
    assert (r1["beta"], r2["beta"]) == (0.5, 0.25) and r1["learner"] == str(out / "round_0")
    assert r2["learner"] == str(out / "round_1") and report["final"] == str(out / "round_2")
    assert r1["demos_added"] == r2["demos_added"] == 3 and r2["data"]["dagger_demos"] == 6
    assert r1["rollout_success"] == pytest.approx(2 / 3, abs=1e-4)  # seeds 100, 101, 102
    assert (out / "round_2" / "policy.safetensors").exists() and (out / "round_1" / "round.json").exists()
    rolled = [json.loads(line) for line in (out / "rollouts.jsonl").read_text().splitlines()]
    assert [r["round"] for r in rolled] == [1, 1, 1, 2, 2, 2]
    meta = json.loads((out / "round_2" / "policy.json").read_text())["training"]
    assert meta["init"] == str(out / "round_1") and meta["demos"] == 4 + 6  # failed DAgger steps are trained on
    # a rerun finds every round done and changes nothing
    assert cli(args) == 0
    assert len((out / "rollouts.jsonl").read_text().splitlines()) == 6


def test_fine_tuning_starts_from_the_checkpoint_and_keeps_its_config(demos_file, tmp_path):
    import torch

    from skills.policy.checkpoint import load_model
    from skills.training.policy import TrainConfig, train

    base = tmp_path / "base"
    train(TrainConfig(data=demos_file, out=base, steps=2, batch=4))
    meta = json.loads((base / "policy.json").read_text())
    meta["gripper_switch"] = 0.2
    (base / "policy.json").write_text(json.dumps(meta))
    result = train(TrainConfig(data=demos_file, out=tmp_path / "tuned", steps=1, batch=4, lr=0.0, init=base))
    assert result["init"] == str(base)
    (net0, _), (net1, cfg1) = load_model(base), load_model(tmp_path / "tuned")
    assert cfg1.gripper_switch == 0.2
    assert all(torch.equal(a, b) for a, b in zip(net0.state_dict().values(), net1.state_dict().values(), strict=True))
