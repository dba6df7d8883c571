"""Learned pick-and-place rollouts in a world the caller builds: evaluation during policy training (`policy.evaluate_rollouts`) and
`vla-agent bench policy` (`benchmarks.policy`), on `sim.episodes.bench_scene` / `pick_place_task`.

A held-out episode recolours the scene so the picked block is a cyan block and a bowl target is
the purple bowl (the pairs perception held out of CLIP training, `seeds.held_out_pairs`); a seen
episode recolours any held-out pair away. The place is measured on its own: if the learned pick
failed, the scripted expert picks first.
"""

from __future__ import annotations

from collections.abc import Callable

from sim.episodes import bench_scene, pick_place_task
from sim.scene import ObjectSpec, SceneSpec
from skills.base import Target
from skills.training.seeds import held_out_pairs


def recolour(scene: SceneSpec, kind: str, old: str, new: str) -> SceneSpec:
    """Swap colours `old` and `new` among objects of `kind`, renaming them and what rests on them."""
    if old == new:
        return scene
    swap = {old: new, new: old}
    names: dict[str, str] = {}
    objects = []
    for o in scene.objects:
        colour = swap.get(o.colour, o.colour) if o.kind == kind else o.colour
        names[o.name] = o.name.replace(o.colour, colour, 1)
        objects.append((o, colour))
    out = [ObjectSpec(kind=o.kind, colour=c, x=o.x, y=o.y, yaw=o.yaw, on=names.get(o.on) if o.on else None, name=names[o.name])
           for o, c in objects]
    return SceneSpec(objects=out, seed=scene.seed)


def _free_colour(scene: SceneSpec, kind: str, avoid: set[str]) -> str:
    from sim.core import layout

    used = {o.colour for o in scene.objects if o.kind == kind}
    return next(c for c in layout.COLOURS if c not in used and c not in avoid)


def episode_scene(world, seed: int, heldout: bool) -> tuple[SceneSpec, str, Target]:
    """The scene, the block to pick and the place target of episode `seed` (`world` is reset to find positions)."""
    scene = bench_scene(seed)
    world.reset(scene)
    block, goal = pick_place_task(seed, world.sim_state(), scene.objects)
    target = Target(*goal)
    held = held_out_pairs()
    held_colours = {c for c, _ in held}
    bowl_target = target.kind == "object" and target.object_kind == "bowl"
    renames: list[tuple[str, str, str]] = []  # (kind, old, new)
    if heldout:
        want = {k: c for c, k in held}
        renames.append(("block", scene.get(block).colour, want["block"]))
        if bowl_target:
            renames.append(("bowl", scene.get(target.name).colour, want["bowl"]))
    else:
        for o in scene.objects:
            if (o.colour, o.kind) in held:
                renames.append((o.kind, o.colour, _free_colour(scene, o.kind, held_colours)))
    for kind, old, new in renames:
        mapping = {o.name: o for o in scene.objects}
        scene = recolour(scene, kind, old, new)
        new_names = [n.name for n in scene.objects]
        block = new_names[list(mapping).index(block)]
        if target.kind == "object":
            target = Target(new_names[list(mapping).index(target.name)], "object", target.position, target.object_kind)
    return scene, block, target


def run_episodes(world, policy, seeds: list[int], masks: Callable, heldout: bool,
                 progress: Callable[[], None] | None = None, settle_ticks: int = 48) -> dict:
    """Learned pick, then learned place (after a scripted pick if needed), on each seed in `world`.

    masks(world, obs, name) -> the named object's mask (`skills.policy.masks.mask_source`); `settle_ticks`
    physics ticks let a released block settle before it is judged (48: 0.2 s of PyBullet). Returns success
    rates, failures, and per learned step its peak doubt and success ("doubts": `LearnedSkill.doubt`).
    """
    from sim import predicates
    from skills.policy.skills import LearnedSkill
    from skills.scripted import placed
    from skills.scripted.motion import nearest_object

    pick, place = LearnedSkill("pick", policy, look_again=False), LearnedSkill("place", policy, look_again=False)
    picks, places, failures = [], [], []
    doubts: dict[str, list] = {"pick": [], "place": []}  # (peak doubt, success) per learned step
    for seed in seeds:
        scene, block, target = episode_scene(world, seed, heldout)
        obs = world.reset(scene)
        state = world.sim_state()
        ok_pick = False
        m = masks(world, obs, block)
        if m is not None:
            pick(world, Target(block, "object", state.objects[block].position, "block", mask=m))
            ok_pick = predicates.held(world.sim_state(), block)
            doubts["pick"].append((pick.doubt, ok_pick))
        picks.append(ok_pick)
        if not ok_pick:
            failures.append({"seed": seed, "skill": "pick", "block": block, "mask": m is not None})
            world.reset(scene)
            _scripted_pick(world, block)
        if not predicates.held(world.sim_state(), block):
            if progress:
                progress()
            continue
        obs = world.observe()
        if target.kind == "object":
            target = Target(target.name, "object", target.position, target.object_kind, mask=masks(world, obs, target.name))
        dest = nearest_object(world.sim_state(), target.position, target.object_kind) if target.kind == "object" else None
        place(world, target)
        world.simulate(settle_ticks)  # let the released block settle before judging
        ok_place = placed(world.sim_state(), block, target, dest)
        places.append(ok_place)
        doubts["place"].append((place.doubt, ok_place))
        if not ok_place:
            failures.append({"seed": seed, "skill": "place", "block": block, "target": target.name})
        if progress:
            progress()
    rate = lambda v: round(sum(v) / len(v), 4) if v else None  # noqa: E731
    return {"pick": rate(picks), "place": rate(places), "n_pick": len(picks), "n_place": len(places), "failures": failures,
            "doubts": doubts}


def _scripted_pick(world, block: str, max_actions: int = 100) -> None:
    """The expert picks `block` and returns to the observation pose, as a skill would."""
    from skills.retreat import retreat
    from skills.scripted import PickExpert

    expert = PickExpert(block)
    for _ in range(max_actions):
        action = expert.act(world.sim_state())
        if action is None:
            break
        world.step(action)
    retreat(world, gripper=1.0)
