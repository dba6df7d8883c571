"""The runtime is lean: an Agent on the default world with the learned skills and the CLIP perceiver perceives,
grounds (a text outside the shipped prompts too) and takes a policy action without importing torch,
transformers or the training code (a fresh interpreter, so nothing else imported them first)."""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = r"""
import json, sys
from agent.api import Agent
agent = Agent(planner="offline", world="pybullet", skills="learned", perceiver="clip")
agent.reset(seed=0)
p = agent.perceiver.perceive(agent.world.observe())
g = agent.perceiver.ground("the mauve thing", p)  # no colour or kind word: CLIP's text tower
policy = agent.skills["pick"].policy
name = p.scene.objects[0].name
policy.reset(f"pick up the {name}", p.masks[name])
action = policy.predict_action(agent.world.observe()).action
agent.close()
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "transformers") or m.startswith("skills.training"))
print(json.dumps({"objects": len(p.scene.objects), "clip": agent.perceiver.clip.backend, "policy": policy.backend_used,
                  "heavy": heavy[:10], "dpos": [float(v) for v in action.dpos]}))
"""


def test_agent_perceives_grounds_and_acts_without_torch_or_transformers():
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["heavy"] == []
    assert got["clip"] == "onnx" and got["policy"] == "onnx"
    assert got["objects"] > 0 and len(got["dpos"]) == 3
