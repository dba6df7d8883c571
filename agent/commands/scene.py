"""Build a scene (generated from a seed, or from a file), save the front-camera image, print it as JSON."""

from __future__ import annotations

import argparse


MAX_SEED = 2**32 - 1  # numpy seeds any non-negative integer; a bound keeps seeds printable and portable


def seed_number(text: str) -> int:
    """An argparse type: a seed, 0 <= seed <= MAX_SEED (a bad one is a one-line usage error, exit code 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"must be in [0, {MAX_SEED}], got {value}")
    return value


def add_scene_arguments(p: argparse.ArgumentParser) -> None:
    """The scene options shared by `scene`, `run` and `perceive`: the same arguments give the same scene."""
    p.add_argument("--seed", type=seed_number, default=0, help="scene seed (default 0)")
    p.add_argument("--blocks", type=int, default=4, help="number of blocks (default 4)")
    p.add_argument("--bowls", type=int, default=2, help="number of bowls (default 2)")
    p.add_argument("--stacked", type=int, default=0, help="blocks that start on other blocks (default 0)")
    p.add_argument("--in-bowls", type=int, default=0, help="blocks that start in bowls (default 0)")
    p.add_argument("--scene", metavar="FILE", help="a SceneSpec JSON or YAML file (overrides the options above)")


def scene_from_args(args: argparse.Namespace):
    from sim.scene import SceneSpec, generate_scene

    if args.scene:
        return SceneSpec.load(args.scene)
    return generate_scene(args.seed, args.blocks, args.bowls, stacked=args.stacked, in_bowls=args.in_bowls)


def add_world_argument(p: argparse.ArgumentParser) -> None:
    """`--world`, for the commands that render a scene (`scene --image`, `perceive`)."""
    from sim.worlds import DEFAULT_WORLD

    p.add_argument("--world", default=None, help=f"the physics world that renders it: pybullet or mujoco (default {DEFAULT_WORLD})")


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_scene_arguments(p)
    p.add_argument("--image", metavar="PNG", help="save the front-camera image here")
    add_world_argument(p)
    p.add_argument("--size", type=int, default=256, help="image size in pixels (default 256)")
    p.add_argument("--json", action="store_true", help="print the SceneSpec as JSON")


def main(args: argparse.Namespace) -> int:
    from sim.core.errors import UserError

    spec = scene_from_args(args)
    if args.image:
        from PIL import Image

        from sim.worlds import make_world, physics_world

        if not 16 <= args.size <= 1024:
            raise UserError(f"--size must be in [16, 1024], got {args.size}")
        with make_world(physics_world(args.world), image_size=args.size, wrist_camera=False) as world:
            world.reset(spec)
            Image.fromarray(world.render()).save(args.image)
    if args.json or not args.image:
        print(spec.model_dump_json(indent=None if args.json else 2))
    return 0
