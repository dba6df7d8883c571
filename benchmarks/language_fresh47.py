"""`FRESH47`, the forty-eighth untuned batch: sixty language templates, six per category, written as ordinary users
type or speak into a robot chat window. It was written by a tester who had not read the planner, its tests, the
lexicon or any other batch of templates.

Each category has one template in each of six styles: a non-native speaker (German or Spanish word order and article
slips), a robotics lab technician (grasp, place pose, target, end effector, object), a child of about eight, a game
streamer talking to chat while instructing the robot, voice dictation (filler words, no punctuation) and a very polite,
indirect person.

After writing all sixty templates, and changing no wording since, the tester saw part of the older batches' text
in `benchmarks/planner_language.py` in the output of a formatting check.

Its first run, before any fix it prompted (300 instructions, seed 0, on 51387f6): 0.677 goal-correct, no wrong action
or reply.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    count_in,
    empty,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel


# ----- helpers over the scene ------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _on_table(w: World, b: str) -> bool:
    return w.state.support[b] in (TABLE, *PLACES)


def _depth(w: World, b: str) -> int:
    """How many blocks from the bottom of b's tower up to b, b included."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _can_stack(w: World, b: str, t: str) -> bool:
    """Whether b can sensibly go on t: t is clear, b is not under t, the tower stays low enough."""
    return (b != t and w.state.is_clear(t) and t not in w.state.above(b) and w.state.support[b] != t
            and _depth(w, t) + 1 <= layout.MAX_TOWER)


def _shared(w: World, b: str) -> bool:
    """Whether some bowl has the block's colour (then "the red object" would be ambiguous)."""
    return any(_c(w, bowl) == _c(w, b) for bowl in w.bowls)


def _towers(w: World) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first."""
    out = []
    for b in w.blocks:
        if w.state.support[b] not in w.state.support and not w.state.is_clear(b):
            out.append([b, *w.state.above(b)[::-1]])
    return out


def _all_true(check: Check, w: World) -> bool:
    return check(w.state, w.state)


def _off(top: str, below: str) -> Check:
    return lambda _i, f: f.support[top] != below


def _pos(w: World, b: str) -> tuple[float, float]:
    p = w.scene.get(b).position
    return p[0], p[1]


def _unique_nearest(w: World, blocks: list[str], point: tuple[float, float], margin: float = 0.05) -> str | None:
    """The block nearest `point`, if it is clearly nearer than every other (and not one of a tower)."""
    ranked = sorted(blocks, key=lambda b: math.dist(_pos(w, b), point))
    if not ranked:
        return None
    if len(ranked) > 1 and math.dist(_pos(w, ranked[1]), point) - math.dist(_pos(w, ranked[0]), point) < margin:
        return None
    return ranked[0]


def _match(w: World) -> Check | None:
    """Every block into the bowl of its colour; None when nothing matches or all already do."""
    want = matching(w)
    if not want:
        return None
    check = rels(*want)
    return None if _all_true(check, w) else check


# ----- imperative --------------------------------------------------------------------------------------
def b47_imp_german(w: World) -> Made:
    b, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if w.state.base(b) == bowl or not _room(w, bowl):
        return None
    text = w.rng.choice(["Please put the block {b} in the bowl {o}.",
                         "Can you put the block {b} into the bowl {o} please."])
    return text.format(b=_c(w, b), o=_c(w, bowl)), rels(Rel("in", b, bowl))


def b47_imp_tech(w: World) -> Made:
    b, t = w.pick(w.blocks, 2)
    if not _can_stack(w, b, t):
        return None
    text = w.rng.choice(["Grasp the {b} cube and place it on top of the {t} cube.",
                         "Pick the {b} cube, place pose is the top face of the {t} cube."])
    return text.format(b=_c(w, b), t=_c(w, t)), rels(Rel("on", b, t))


def b47_imp_child(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if not w.state.is_clear(top) or _on_table(w, top):
        return None
    return (f"can you take the {_c(w, top)} block off the {_c(w, below)} one and put it on the table",
            rels(Rel("on_table", top)))


def b47_imp_streamer(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = w.rng.choice(["chat watch this. robot, yeet the {b} cube into the bin",
                         "ok chat, watch this. robot throw the {b} cube in the bin lol"])
    return text.format(b=_c(w, b)), binned([b])


def b47_imp_dictation(w: World) -> Made:
    b, place = w.pick(w.blocks)[0], w.rng.choice(PLACES)
    return f"okay so um move the {_c(w, b)} block uh to the {place}", rels(Rel("at", b, place))


def b47_imp_polite(w: World) -> Made:
    b, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return ((f"I was wondering whether it might be possible to pop the {_c(w, b)} block into the {_c(w, bowl)} bowl, "
            "if that's not too much trouble?"), rels(Rel("in", b, bowl)))


# ----- declarative -------------------------------------------------------------------------------------
def b47_dec_german(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = w.rng.choice(["The {b} block must in the bin.", "The block {b} must into the bin now."])
    return text.format(b=_c(w, b)), binned([b])


def b47_dec_tech(w: World) -> Made:
    b, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return f"Target state: {_c(w, b)} cube inside the {_c(w, bowl)} bowl.", rels(Rel("in", b, bowl))


def b47_dec_child(w: World) -> Made:
    b, t = w.pick(w.blocks, 2)
    if not _can_stack(w, b, t):
        return None
    return f"the {_c(w, b)} block is supposed to be on top of the {_c(w, t)} block", rels(Rel("on", b, t))


def b47_dec_streamer(w: World) -> Made:
    b, place = w.pick(w.blocks)[0], w.rng.choice(PLACES)
    return f"ok chat here's the plan, the {_c(w, b)} cube ends up in the {place}", rels(Rel("at", b, place))


def b47_dec_dictation(w: World) -> Made:
    b, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return f"so the {_c(w, b)} block um goes in the {_c(w, bowl)} bowl", rels(Rel("in", b, bowl))


def b47_dec_polite(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return ((f"Just so you know, I think the {_c(w, top)} block really belongs on the table rather than on the "
            f"{_c(w, below)} block."), rels(Rel("on_table", top)))


# ----- desiderative ------------------------------------------------------------------------------------
def b47_des_german(w: World) -> Made:
    b, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return f"I want that the {_c(w, b)} block is in the bowl {_c(w, bowl)}.", rels(Rel("in", b, bowl))


def b47_des_tech(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    name = "object" if not _shared(w, b) else "cube"
    return f"I need the {_c(w, b)} {name} relocated to the bin for disposal.", binned([b])


def b47_des_child(w: World) -> Made:
    b, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return (f"i want the {_c(w, b)} block to go in the {_c(w, bowl)} bowl cuz {_c(w, bowl)} is my favorite color",
            rels(Rel("in", b, bowl)))


def b47_des_streamer(w: World) -> Made:
    b, place = w.pick(w.blocks)[0], w.rng.choice(PLACES)
    return (f"chat wants the {_c(w, b)} cube in the {place}, so let's give chat what it wants",
            rels(Rel("at", b, place)))


def b47_des_dictation(w: World) -> Made:
    b, t = w.pick(w.blocks, 2)
    if not _can_stack(w, b, t):
        return None
    return f"yeah i'd like um the {_c(w, b)} block on the uh {_c(w, t)} block", rels(Rel("on", b, t))


def b47_des_polite(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return ((f"It would be wonderful if the {_c(w, b)} block could end up sitting on the table rather than in the "
            f"{_c(w, bowl)} bowl."), rels(Rel("on_table", b)))


# ----- quantified --------------------------------------------------------------------------------------
def b47_qua_german(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    check = rels(*(Rel("in", b, bowl) for b in w.blocks))
    return None if _all_true(check, w) else (f"Put all the blocks in the bowl {_c(w, bowl)}, please.", check)


def b47_qua_tech(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return (f"Clear all objects from the {_c(w, bowl)} bowl and place them on the table.",
            rels(*(Rel("on_table", b) for b in inside)))


def b47_qua_child(w: World) -> Made:
    if len(w.blocks) > len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(["put ALL the blocks in the trash can!!!", "put all of the blocks in the trash"])
    return text, binned(w.blocks)


def b47_qua_streamer(w: World) -> Made:
    free = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not free:
        return None
    bowl = w.rng.choice(free)
    return f"alright chat, two cubes in the {_c(w, bowl)} bowl, any two, let's go", count_in(bowl, 2)


def b47_qua_dictation(w: World) -> Made:
    check: Check = lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3
    return "okay um put uh three blocks in the bin any three is fine", check


def b47_qua_polite(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(a) == bowl or w.state.base(b) == bowl or not _room(w, bowl, 2):
        return None
    return (f"Could you possibly put both the {_c(w, a)} block and the {_c(w, b)} block in the {_c(w, bowl)} bowl?",
            rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- negated -----------------------------------------------------------------------------------------
def b47_neg_german(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    others = [o for o in w.blocks if o != b]
    return (f"Put the blocks in the bin, but the {_c(w, b)} block not.",
            both(binned(others), none_binned([b])))


def b47_neg_tech(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    check: Check = lambda _i, f: f.base(b) not in (bowl, BIN)
    return (f"Remove the {_c(w, b)} cube from the {_c(w, bowl)} bowl. Do not place it in the bin.", check)


def b47_neg_child(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (f"the {_c(w, top)} block is NOT supposed to be on the {_c(w, below)} block!! take it off",
            both(_off(top, below), none_binned([top])))


def b47_neg_streamer(w: World) -> Made:
    b, t = w.pick(w.blocks, 2)
    if not _can_stack(w, b, t):
        return None
    return ((f"chat wants the {_c(w, b)} cube in the bin. nope, not happening chat. robot put it on the "
            f"{_c(w, t)} cube instead"), both(rels(Rel("on", b, t)), none_binned([b])))


def b47_neg_dictation(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    b = w.rng.choice(covered)
    above = w.state.above(b)
    check: Check = lambda _i, f: f.is_clear(b) and all(f.base(a) != BIN for a in above)
    return (f"okay so um take everything off the {_c(w, b)} block but uh don't put any of it in the bin", check)


def b47_neg_polite(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return ((f"Please could you make sure none of the blocks are left in the {_c(w, bowl)} bowl, though kindly "
            "don't throw any of them away."), both(empty(bowl), none_binned(inside)))


# ----- relative ----------------------------------------------------------------------------------------
def b47_rel_german(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(top) == bowl or not _room(w, bowl):
        return None
    return (f"Take the block what lies on the {_c(w, below)} block and put it in the bowl {_c(w, bowl)}.",
            rels(Rel("in", top, bowl)))


def b47_rel_tech(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(below) == bowl or not _room(w, bowl):
        return None
    return (f"Grasp the cube that is supporting the {_c(w, top)} cube and place it in the {_c(w, bowl)} bowl.",
            rels(Rel("in", below, bowl)))


def b47_rel_child(w: World) -> Made:
    single = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    b = w.state.in_bowl(bowl)[0]
    targets = [t for t in w.blocks if w.state.base(t) != bowl and _can_stack(w, b, t)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    return (f"the block thats inside the {_c(w, bowl)} bowl put it on the {_c(w, t)} block", rels(Rel("on", b, t)))


def b47_rel_streamer(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    near = _unique_nearest(w, [b for b in w.blocks if w.state.base(b) != bowl], _pos(w, bowl))
    if near is None:
        return None
    return ((f"robot grab the cube that's sitting closest to the {_c(w, bowl)} bowl and drop it in the bin. "
            "chat, place your bets"), binned([near]))


def b47_rel_dictation(w: World) -> Made:
    bowl_colours = {_c(w, o) for o in w.bowls}
    same = [b for b in w.blocks if _c(w, b) in bowl_colours]
    if not same:
        return None
    b = w.rng.choice(same)
    place = w.rng.choice(PLACES)
    return (f"so um the block that's the same color as the uh {_c(w, b)} bowl put it in the {place}",
            rels(Rel("at", b, place)))


def b47_rel_polite(w: World) -> Made:
    near = _unique_nearest(w, w.blocks, layout.BIN_CENTER)
    if near is None:
        return None
    return ("Would it be possible to put whichever block is nearest to the bin into it, please?", binned([near]))


# ----- keep --------------------------------------------------------------------------------------------
def b47_keep_german(w: World) -> Made:
    b, k = w.pick(w.blocks, 2)
    if _on_table(w, b) or k in w.state.above(b):
        return None
    return (f"Put the {_c(w, b)} block on the table, but the {_c(w, k)} block must stay where he is.",
            both(rels(Rel("on_table", b)), kept(k)))


def b47_keep_tech(w: World) -> Made:
    b, k = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(b) == bowl or not _room(w, bowl) or k in w.state.above(b):
        return None
    return ((f"Relocate the {_c(w, b)} cube to the {_c(w, bowl)} bowl. Constraint: the {_c(w, k)} cube's pose "
            "remains unchanged."), both(rels(Rel("in", b, bowl)), kept(k)))


def b47_keep_child(w: World) -> Made:
    b, k = w.pick(w.blocks, 2)
    if k in w.state.above(b):
        return None
    return (f"put the {_c(w, b)} block in the trash but dont touch my {_c(w, k)} block its mine",
            both(binned([b]), kept(k)))


def b47_keep_streamer(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    tower = towers[0]
    loose = [b for b in w.blocks if b not in tower]
    if not loose:
        return None
    b = w.rng.choice(loose)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return ((f"chat, the {_c(w, b)} cube goes in the {_c(w, bowl)} bowl, but the tower stays. nobody touches the "
            "tower"), both(rels(Rel("in", b, bowl)), kept(*tower)))


def b47_keep_dictation(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    if not w.state.is_clear(b):
        return None
    place = w.rng.choice(PLACES)
    others = [o for o in w.blocks if o != b]
    return (f"um move the {_c(w, b)} block to the uh {place} and leave the other ones where they are",
            both(rels(Rel("at", b, place)), kept(*others)))


def b47_keep_polite(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full or len(w.bowls) < 2:
        return None
    bowl2 = w.rng.choice(full)
    bowl = w.rng.choice([o for o in w.bowls if o != bowl2])
    inside = w.state.in_bowl(bowl2)
    movers = [b for b in w.blocks if b not in inside and w.state.base(b) != bowl]
    if not movers or not _room(w, bowl):
        return None
    b = w.rng.choice(movers)
    return ((f"Would you mind putting the {_c(w, b)} block in the {_c(w, bowl)} bowl, while leaving everything in the "
            f"{_c(w, bowl2)} bowl just as it is?"), both(rels(Rel("in", b, bowl)), kept(*inside)))


# ----- multi_step --------------------------------------------------------------------------------------
def b47_multi_german(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl, bowl2 = w.rng.choice(w.bowls), w.rng.choice(w.bowls)
    if w.state.base(a) == bowl or w.state.base(b) == bowl2:
        return None
    need = {o: sum(1 for x, o2 in ((a, bowl), (b, bowl2)) if o2 == o) for o in {bowl, bowl2}}
    if not all(_room(w, o, n) for o, n in need.items()):
        return None
    second = "also in the bowl" if bowl2 == bowl else "in the bowl"
    return ((f"First put the block {_c(w, a)} in the bowl {_c(w, bowl)}, after that the block {_c(w, b)} {second} "
            f"{_c(w, bowl2)}."), rels(Rel("in", a, bowl), Rel("in", b, bowl2)))


def b47_multi_tech(w: World) -> Made:
    a, t, b = w.pick(w.blocks, 3)
    if not all(w.state.is_clear(x) for x in (a, t, b)) or _depth(w, t) + 2 > layout.MAX_TOWER:
        return None
    return ((f"Sequence: grasp {_c(w, a)} cube, place on {_c(w, t)} cube. Then grasp {_c(w, b)} cube, place on "
            f"{_c(w, a)} cube."), rels(Rel("on", a, t), Rel("on", b, a)))


def b47_multi_child(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if _on_table(w, a):
        return None
    return (f"put the {_c(w, a)} block on the table and then put the {_c(w, b)} block on top of it",
            rels(Rel("on_table", a), Rel("on", b, a)))


def b47_multi_streamer(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(a) == bowl or not _room(w, bowl):
        return None
    return ((f"ok chat, step one: {_c(w, a)} cube in the {_c(w, bowl)} bowl. step two: {_c(w, b)} cube in the bin. "
            "step three: profit"), both(rels(Rel("in", a, bowl)), binned([b])))


def b47_multi_dictation(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(c) == bowl or not _room(w, bowl):
        return None
    return ((f"um put the {_c(w, a)} block in the bin and then uh the {_c(w, b)} block too and then the {_c(w, c)} "
            f"one in the um {_c(w, bowl)} bowl"), both(binned([a, b]), rels(Rel("in", c, bowl))))


def b47_multi_polite(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(below) == bowl or not _room(w, bowl):
        return None
    return ((f"Could you first take the {_c(w, top)} block off the {_c(w, below)} block, and then, if it's no bother, "
            f"pop the {_c(w, below)} block into the {_c(w, bowl)} bowl?"),
            both(_off(top, below), rels(Rel("in", below, bowl))))


# ----- question ----------------------------------------------------------------------------------------
def b47_q_german(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"How much blocks are in the bowl {_c(w, bowl)}?", answered(str(len(w.state.in_bowl(bowl))))


def b47_q_tech(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bowl = w.state.base(b)
    else:
        b, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    return (f"Query: is the {_c(w, b)} cube currently in the {_c(w, bowl)} bowl?",
            answered(yes(w.state.base(b) == bowl)))


def b47_q_child(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"what color is the block on top of the {_c(w, below)} block", answered(_c(w, top))


def b47_q_streamer(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return (f"chat wants to know, is there anything in the {_c(w, bowl)} bowl right now?",
            answered(yes(bool(w.state.in_bowl(bowl)))))


def b47_q_dictation(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    s, base = w.state.support[b], w.state.base(b)
    if base in w.state.bowls:
        answer = f"{_c(w, base)}|bowl"
    elif s in w.state.support:
        answer = f"{_c(w, s)} block"
    elif s == TABLE:
        answer = "table"
    else:
        return None
    return f"um where is the uh {_c(w, b)} block", answered(answer)


def b47_q_polite(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if covered and w.rng.random() < 0.5:
        b = w.rng.choice(covered)
    else:
        b = w.pick(w.blocks)[0]
    return (f"Would you be able to tell me whether the {_c(w, b)} block has anything on top of it?",
            answered(yes(not w.state.is_clear(b))))


# ----- matching ----------------------------------------------------------------------------------------
def _matching(text: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        check = _match(w)
        return None if check is None else (text, check)

    return make


b47_match_german = _matching("Put every block in the bowl with the same colour like the block.")
b47_match_tech = _matching("Sort the objects by colour: each cube goes to the bowl of matching colour.")


def b47_match_child(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    colour = _c(w, w.rng.choice(matching(w)).block)
    return (f"put the blocks in the bowls that are the same color as them like {colour} goes in {colour}", check)


b47_match_streamer = _matching("chat, colour coordination time. every cube goes into its matching bowl, let's go")
b47_match_dictation = _matching("um match the blocks to the bowls uh by color you know same color goes together")
b47_match_polite = _matching("Would you be so kind as to put each block into the bowl that matches its colour?")


FRESH47: list[Template] = [
    ("b47_imp_german", "imperative", b47_imp_german),
    ("b47_imp_tech", "imperative", b47_imp_tech),
    ("b47_imp_child", "imperative", b47_imp_child),
    ("b47_imp_streamer", "imperative", b47_imp_streamer),
    ("b47_imp_dictation", "imperative", b47_imp_dictation),
    ("b47_imp_polite", "imperative", b47_imp_polite),
    ("b47_dec_german", "declarative", b47_dec_german),
    ("b47_dec_tech", "declarative", b47_dec_tech),
    ("b47_dec_child", "declarative", b47_dec_child),
    ("b47_dec_streamer", "declarative", b47_dec_streamer),
    ("b47_dec_dictation", "declarative", b47_dec_dictation),
    ("b47_dec_polite", "declarative", b47_dec_polite),
    ("b47_des_german", "desiderative", b47_des_german),
    ("b47_des_tech", "desiderative", b47_des_tech),
    ("b47_des_child", "desiderative", b47_des_child),
    ("b47_des_streamer", "desiderative", b47_des_streamer),
    ("b47_des_dictation", "desiderative", b47_des_dictation),
    ("b47_des_polite", "desiderative", b47_des_polite),
    ("b47_qua_german", "quantified", b47_qua_german),
    ("b47_qua_tech", "quantified", b47_qua_tech),
    ("b47_qua_child", "quantified", b47_qua_child),
    ("b47_qua_streamer", "quantified", b47_qua_streamer),
    ("b47_qua_dictation", "quantified", b47_qua_dictation),
    ("b47_qua_polite", "quantified", b47_qua_polite),
    ("b47_neg_german", "negated", b47_neg_german),
    ("b47_neg_tech", "negated", b47_neg_tech),
    ("b47_neg_child", "negated", b47_neg_child),
    ("b47_neg_streamer", "negated", b47_neg_streamer),
    ("b47_neg_dictation", "negated", b47_neg_dictation),
    ("b47_neg_polite", "negated", b47_neg_polite),
    ("b47_rel_german", "relative", b47_rel_german),
    ("b47_rel_tech", "relative", b47_rel_tech),
    ("b47_rel_child", "relative", b47_rel_child),
    ("b47_rel_streamer", "relative", b47_rel_streamer),
    ("b47_rel_dictation", "relative", b47_rel_dictation),
    ("b47_rel_polite", "relative", b47_rel_polite),
    ("b47_keep_german", "keep", b47_keep_german),
    ("b47_keep_tech", "keep", b47_keep_tech),
    ("b47_keep_child", "keep", b47_keep_child),
    ("b47_keep_streamer", "keep", b47_keep_streamer),
    ("b47_keep_dictation", "keep", b47_keep_dictation),
    ("b47_keep_polite", "keep", b47_keep_polite),
    ("b47_multi_german", "multi_step", b47_multi_german),
    ("b47_multi_tech", "multi_step", b47_multi_tech),
    ("b47_multi_child", "multi_step", b47_multi_child),
    ("b47_multi_streamer", "multi_step", b47_multi_streamer),
    ("b47_multi_dictation", "multi_step", b47_multi_dictation),
    ("b47_multi_polite", "multi_step", b47_multi_polite),
    ("b47_q_german", "question", b47_q_german),
    ("b47_q_tech", "question", b47_q_tech),
    ("b47_q_child", "question", b47_q_child),
    ("b47_q_streamer", "question", b47_q_streamer),
    ("b47_q_dictation", "question", b47_q_dictation),
    ("b47_q_polite", "question", b47_q_polite),
    ("b47_match_german", "matching", b47_match_german),
    ("b47_match_tech", "matching", b47_match_tech),
    ("b47_match_child", "matching", b47_match_child),
    ("b47_match_streamer", "matching", b47_match_streamer),
    ("b47_match_dictation", "matching", b47_match_dictation),
    ("b47_match_polite", "matching", b47_match_polite),
]
