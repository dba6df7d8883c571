"""Perceive a generated scene from its front RGB-D frame: objects, labels, support relations.

Builds the same scene as `generate_scene(seed, blocks, bowls, ...)`, renders the front camera
and runs perception on the RGB-D frame only (no simulator state). --image saves the annotated
image; --json prints {"scene": Scene, "description": ..., "timings_ms": ...}.
"""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    from agent.commands.scene import add_scene_arguments, add_world_argument

    add_scene_arguments(p)
    p.add_argument("--image", metavar="PNG", help="save the annotated front image here")
    p.add_argument("--image-size", type=int, default=128, help="front camera resolution (default 128)")
    add_world_argument(p)
    p.add_argument("--checkpoint", default=None, help="CLIP folder or Hugging Face name (default: the shipped one)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(args: argparse.Namespace) -> int:
    import json

    from agent.commands.scene import scene_from_args
    from sim.worlds import make_world, physics_world
    from sim.core.errors import UserError

    if not 32 <= args.image_size <= 1024:
        raise UserError(f"--image-size must be in [32, 1024], got {args.image_size}")
    spec = scene_from_args(args)
    world_name = physics_world(args.world)
    from skills.perception import Perceiver

    perceiver = Perceiver(args.checkpoint)
    with make_world(world_name, image_size=args.image_size, wrist_camera=False) as world:
        obs = world.reset(spec)
        p = perceiver.perceive(obs)
    if args.image:
        from PIL import Image

        Image.fromarray(p.annotated()).save(args.image)
    if args.json:
        out = {"scene": p.scene.model_dump(), "description": p.scene.describe(), "timings_ms": p.timings_ms}
        print(json.dumps(out))
    else:
        print(p.scene.describe())
    return 0
