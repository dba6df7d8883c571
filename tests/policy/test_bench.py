from skills.training.rollouts import episode_scene, recolour
from sim.scene import generate_scene


def test_recolour_renames_objects_and_supports():
    scene = generate_scene(1, blocks=3, bowls=1, stacked=1)
    top = next(o for o in scene.objects if o.on)
    base = scene.get(top.on)
    out = recolour(scene, "block", base.colour, "cyan")
    assert out.get("cyan block").on is None
    assert out.get(top.name if top.colour != "cyan" else f"{base.colour} block").on == "cyan block"


def test_heldout_episodes_use_the_heldout_pairs(world128):
    for seed in (2_000_000, 2_000_004):
        scene, block, target = episode_scene(world128, seed, heldout=True)
        assert block == "cyan block"
        if target.object_kind == "bowl":
            assert target.name == "purple bowl"
        seen_scene, seen_block, _ = episode_scene(world128, seed, heldout=False)
        assert all((o.colour, o.kind) not in {("cyan", "block"), ("purple", "bowl")} for o in seen_scene.objects)
