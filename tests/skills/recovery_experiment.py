"""Recovery after a failed grasp, measured: the first grasp of every episode fails (the block is knocked away as
the fingers close, `KnockWorld`) and the agent must notice and pick it up again.

    OMP_NUM_THREADS=1 python -m tests.skills.recovery_experiment --episodes 12 --skills learned [--task bin]

--task pick: "pick up the B"; --task bin: "put the B in the bin" (the retried pick, then a place).
"""

from __future__ import annotations

import argparse
import json

from agent.api import Agent
from sim.pybullet_world import PyBulletWorld
from sim.scene import generate_scene
from tests.skills.knock import KnockWorld


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=12)
    ap.add_argument("--skills", default="learned")
    ap.add_argument("--first-seed", type=int, default=1000)
    ap.add_argument("--task", choices=("pick", "bin"), default="pick")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(1)
    world = KnockWorld(PyBulletWorld())
    agent = Agent(planner="offline", skills=args.skills, world=world)
    rows = []
    for seed in range(args.first_seed, args.first_seed + args.episodes):
        spec = generate_scene(seed, blocks=4, bowls=2)
        covered = {o.on for o in spec.objects if o.on}
        block = next(o.name for o in spec.objects if o.kind == "block" and o.name not in covered)
        r = agent.run(f"pick up the {block}" if args.task == "pick" else f"put the {block} in the bin", scene=spec)
        attempts = sum(s.attempts for s in r.steps)
        rows.append({"seed": seed, "block": block, "success": r.success, "knocked": len(world.knocked),
                     "attempts": attempts, "replans": r.replans, "wall_s": r.wall_s, "error": r.error})
        print(json.dumps(rows[-1]), flush=True)
    knocked = [r for r in rows if r["knocked"]]
    print(json.dumps({"skills": args.skills, "task": args.task, "episodes": len(rows), "knocked": len(knocked),
                      "recovered": sum(r["success"] for r in knocked),
                      "mean_wall_s": round(sum(r["wall_s"] for r in rows) / len(rows), 1)}))


if __name__ == "__main__":
    main()
