"""`FRESH25`, the twenty-sixth untuned batch: sixty language templates, six per category, over random scenes.

It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.
Each category has one template per kind of ordinary user: a robotics PhD student (precise, a little jargon), an
elderly person unused to technology (polite, wordy, unsure), a child of about eight (simple words, "the red one"),
an impatient manager (short, "just", "now", "asap"), a careful QA tester (steps, preconditions, expected results)
and someone typing on a phone (no capitals, missing apostrophes, small typos and autocorrect slips).

Its first run, before any fix it prompted (300 instructions, seed 0; on 51aa932): goal correct 0.703 (211 of 300); 19
templates missed, 2 of them with a wrong robot action (4 instructions): 'Precondition: the purple bowl is empty. Step
1: Place exactly two blocks in the purple bowl. Expected result: the purple bowl contains 2 blocks.' (put four blocks
in), "Whatever's on top of the blue block, bin it." (binned only the block right on it); every other miss a refusal or
a question (85). What it found: a phone's 'thee' for 'the' and 'whatevers', 'yay', 'I would so like', 'if it's no
trouble', 'as the goal pose', 'not where it is now', "doesn't matter which", 'the target can be anywhere except the
bin', "I don't want X thrown in the bin", "X can't be on Y!! take it off", 'There's a block on top of X. ... set it
down', a test script's precondition and expected result, 'Verify X and Y have not moved', 'For every block that has a
bowl of the same colour, place the block in that bowl', 'could you first ... ?', 'I think it would look so tidy', 'a
tower!!'. The general rules it prompted are tested in other words in `tests/agent/test_understanding_fresh25.py`; since
then it is tuned on.
"""

from __future__ import annotations

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


# ----- helpers ---------------------------------------------------------------------------------------
def b25_c(w: World, name: str) -> str:
    return w.colour(name)


def b25_clash(w: World, block: str) -> bool:
    """Whether a bowl shares the block's colour, so that "the red one" would not say which."""
    return any(w.colour(b) == w.colour(block) for b in w.bowls)


def b25_on_ground(w: World, b: str) -> bool:
    return w.state.support[b] in (TABLE, *PLACES)


def b25_height(w: World, b: str) -> int:
    """Blocks from `b` down to the bottom of its tower, `b` included."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def b25_same_tower(w: World, a: str, b: str) -> bool:
    return a in w.state.above(b) or b in w.state.above(a)


def b25_stackable(w: World, a: str, b: str, extra: int = 1) -> bool:
    """Whether "put a on b" makes sense: different towers, b's tower on the table, room for `extra` more."""
    return (a != b and w.state.support[a] != b and not b25_same_tower(w, a, b)
            and w.state.base(b) in (TABLE, *PLACES) and b25_height(w, b) + extra <= layout.MAX_TOWER)


def b25_room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def b25_loose(w: World) -> list[str]:
    """Blocks in no bowl."""
    return [b for b in w.blocks if w.state.base(b) not in w.state.bowls]


def b25_into(w: World) -> tuple[str, str] | None:
    """A random (block, bowl) where the block is not in that bowl and the bowl has room."""
    bowls = [b for b in w.bowls if b25_room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    return (w.rng.choice(blocks), bowl) if blocks else None


def b25_place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def b25_at(place: str) -> str:
    """How people say where a named place is: "in the middle", "in the top left corner"."""
    return f"in the {place}"


# ----- imperative ------------------------------------------------------------------------------------
def b25_imp_phd(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if not w.state.is_clear(top):
        return None
    return (f"Unstack the {b25_c(w, top)} cube from the {b25_c(w, below)} cube and place it on the table.",
            rels(Rel("on_table", top)))


def b25_imp_elderly(w: World) -> Made:
    got = b25_into(w)
    if got is None:
        return None
    a, bowl = got
    return ((f"Hello dear, would you be so kind as to put the {b25_c(w, a)} block into the {b25_c(w, bowl)} bowl "
             "for me? Thank you ever so much."), rels(Rel("in", a, bowl)))


def b25_imp_child(w: World) -> Made:
    ok = [(a, b) for a in w.blocks for b in w.blocks
          if not b25_clash(w, a) and not b25_clash(w, b) and b25_stackable(w, a, b)]
    if not ok:
        return None
    a, b = w.rng.choice(ok)
    return f"put the {b25_c(w, a)} one on top of the {b25_c(w, b)} one!!", rels(Rel("on", a, b))


def b25_imp_manager(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return f"{b25_c(w, a).capitalize()} block in the bin. Now.", rels(Rel("in_bin", a))


def b25_imp_qa(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), b25_place(w)
    return ((f"Step 1: Move the {b25_c(w, a)} block to the {place}. Expected result: the {b25_c(w, a)} block "
             f"is at the {place}."), rels(Rel("at", a, place)))


def b25_imp_phone(w: World) -> Made:
    got = b25_into(w)
    if got is None:
        return None
    a, bowl = got
    return f"pls put thee {b25_c(w, a)} bock in the {b25_c(w, bowl)} bowel", rels(Rel("in", a, bowl))


# ----- declarative -----------------------------------------------------------------------------------
def b25_dec_phd(w: World) -> Made:
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None or not b25_stackable(w, a, b):
        return None
    return (f"The goal state is the {b25_c(w, a)} cube resting directly on the {b25_c(w, b)} cube.",
            rels(Rel("on", a, b)))


def b25_dec_elderly(w: World) -> Made:
    got = b25_into(w)
    if got is None:
        return None
    a, bowl = got
    return ((f"You know, I think the {b25_c(w, a)} block would look much nicer in the {b25_c(w, bowl)} bowl, "
             "dear."), rels(Rel("in", a, bowl)))


def b25_dec_child(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return f"the {b25_c(w, a)} block is supposed to go in the trash!", rels(Rel("in_bin", a))


def b25_dec_manager(w: World) -> Made:
    got = b25_into(w)
    if got is None:
        return None
    a, bowl = got
    return (f"The {b25_c(w, a)} block goes in the {b25_c(w, bowl)} bowl. I said that already.",
            rels(Rel("in", a, bowl)))


def b25_dec_qa(w: World) -> Made:
    got = b25_into(w)
    if got is None:
        return None
    a, bowl = got
    if w.state.support[a] != TABLE:
        return None
    a_c = b25_c(w, a)
    return ((f"Precondition: the {a_c} block is on the table. Expected result: the {a_c} block is in the "
             f"{b25_c(w, bowl)} bowl."), rels(Rel("in", a, bowl)))


def b25_dec_phone(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), b25_place(w)
    return (f"the {b25_c(w, a)} blok needs to be {b25_at(place)} not where it is now",
            rels(Rel("at", a, place)))


# ----- desiderative ----------------------------------------------------------------------------------
def b25_des_phd(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), b25_place(w)
    return (f"I'd like the {b25_c(w, a)} cube at the {place} as the goal pose, please.",
            rels(Rel("at", a, place)))


def b25_des_elderly(w: World) -> Made:
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None or not b25_stackable(w, a, b):
        return None
    return ((f"I would so like to see the {b25_c(w, a)} block sitting on top of the {b25_c(w, b)} block, if it's "
             "no trouble for you."), rels(Rel("on", a, b)))


def b25_des_child(w: World) -> Made:
    ok = [(a, bowl) for bowl in w.bowls if b25_room(w, bowl) for a in w.blocks
          if w.state.base(a) != bowl and not b25_clash(w, a)]
    if not ok:
        return None
    a, bowl = w.rng.choice(ok)
    where = "the bowl" if len(w.bowls) == 1 else f"the {b25_c(w, bowl)} bowl"
    return f"i want the {b25_c(w, a)} one in {where}!!", rels(Rel("in", a, bowl))


def b25_des_manager(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return f"I want the {b25_c(w, a)} block in the bin asap.", rels(Rel("in_bin", a))


def b25_des_qa(w: World) -> Made:
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None or not b25_stackable(w, a, b):
        return None
    return (f"Desired outcome: {b25_c(w, a)} block placed on {b25_c(w, b)} block. Please execute.",
            rels(Rel("on", a, b)))


def b25_des_phone(w: World) -> Made:
    off = [b for b in w.blocks if not b25_on_ground(w, b)]
    if not off:
        return None
    a = w.rng.choice(off)
    return f"id like the {b25_c(w, a)} block on teh table pls", rels(Rel("on_table", a))


# ----- quantified ------------------------------------------------------------------------------------
def b25_qua_phd(w: World) -> Made:
    loose = b25_loose(w)
    if not 2 <= len(loose) <= 5:
        return None
    place = b25_place(w)
    return (f"Relocate all cubes not currently in a bowl to the {place}.",
            rels(*(Rel("at", b, place) for b in loose)))


def b25_qua_elderly(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return (("Would you be so kind as to put all of the blocks into the bin for me, dear? Every last one, "
             "I'd like a tidy table."), binned(w.blocks))


def b25_qua_child(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    if len(w.state.in_bowl(bowl)) == len(w.blocks):
        return None
    return (f"put all the blocks in the {b25_c(w, bowl)} bowl yay",
            rels(*(Rel("in", b, bowl) for b in w.blocks)))


def b25_qua_manager(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"Just bin everything in the {b25_c(w, bowl)} bowl. Now.", binned(w.state.in_bowl(bowl))


def b25_qua_qa(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = b25_c(w, w.rng.choice(bowls))
    name = next(b for b in w.bowls if b25_c(w, b) == bowl)
    return ((f"Precondition: the {bowl} bowl is empty. Step 1: Place exactly two blocks in the {bowl} bowl. "
             f"Expected result: the {bowl} bowl contains 2 blocks."), count_in(name, 2))


def b25_qua_phone(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    return ("pls put 2 of thee blocks in the bin, doesnt matter which",
            lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 2)


# ----- negated ---------------------------------------------------------------------------------------
def b25_neg_phd(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return ((f"Remove the {b25_c(w, a)} cube from the {b25_c(w, bowl)} bowl; the target can be anywhere "
             "except the bin."), both(rels(Rel("in", a, bowl, negated=True)), none_binned([a])))


def b25_neg_elderly(w: World) -> Made:
    got = b25_into(w)
    if got is None:
        return None
    a, bowl = got
    return ((f"Oh, I don't want the {b25_c(w, a)} block thrown in the bin, dear, I'd much rather it sat in the "
             f"{b25_c(w, bowl)} bowl."), rels(Rel("in", a, bowl)))


def b25_neg_child(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return (f"the {b25_c(w, a)} block can't be on the {b25_c(w, b)} block!! take it off",
            both(rels(Rel("on", a, b, negated=True)), none_binned([a])))


def b25_neg_manager(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.rng.choice(w.state.in_bowl(bowl))
    return (f"Everything out of the {b25_c(w, bowl)} bowl except the {b25_c(w, a)} block. Now.",
            lambda _i, f: f.in_bowl(bowl) == [a])


def b25_neg_qa(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return (f"Expected result: no blocks remain in the {b25_c(w, bowl)} bowl. Constraint: do not use the bin.",
            both(empty(bowl), none_binned(w.blocks)))


def b25_neg_phone(w: World) -> Made:
    got = b25_into(w)
    if got is None:
        return None
    a, bowl = got
    others = [b for b in w.blocks if b != a and w.state.support[a] != b]
    if not others:
        return None
    b = w.rng.choice(others)
    return ((f"dont put the {b25_c(w, a)} bock on the {b25_c(w, b)} one, put it in the {b25_c(w, bowl)} bowel "
             "instead"), both(rels(Rel("in", a, bowl)), rels(Rel("on", a, b, negated=True))))


# ----- relative --------------------------------------------------------------------------------------
def b25_rel_phd(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, under = w.rng.choice(pairs)
    place = b25_place(w)
    return (f"Take the cube that the {b25_c(w, a)} cube is resting on and place it at the {place}.",
            rels(Rel("at", under, place)))


def b25_rel_elderly(w: World) -> Made:
    bases = [b for b in w.blocks if len(w.state.on_top(b)) == 1]
    if not bases:
        return None
    b = w.rng.choice(bases)
    top = w.state.on_top(b)[0]
    return ((f"There's a block sitting on top of the {b25_c(w, b)} one, dear. Would you be so kind as to set it "
             "down on the table?"), rels(Rel("on_table", top)))


def b25_rel_child(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, under = w.rng.choice(pairs)
    return (f"the block thats under the {b25_c(w, a)} block, put it in the bin!",
            both(rels(Rel("in_bin", under)), none_binned([a])))


def b25_rel_manager(w: World) -> Made:
    bases = [b for b in w.blocks if w.state.above(b)]
    if not bases:
        return None
    b = w.rng.choice(bases)
    return (f"Whatever's on top of the {b25_c(w, b)} block, bin it. Now.",
            both(binned(w.state.above(b)), none_binned([b])))


def b25_rel_qa(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    ranked = sorted(w.blocks, key=lambda b: w.dist(b, bowl))
    if len(ranked) < 2 or w.dist(ranked[1], bowl) - w.dist(ranked[0], bowl) < 0.03:
        return None
    bc = b25_c(w, bowl)
    return ((f"Step 1: Identify the block closest to the {bc} bowl. Step 2: Place that block inside the {bc} "
             f"bowl. Expected result: it is in the {bc} bowl."), rels(Rel("in", ranked[0], bowl)))


def b25_rel_phone(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl, place = w.rng.choice(full), b25_place(w)
    inside = w.state.in_bowl(bowl)
    return (f"move whatevers in the {b25_c(w, bowl)} bowel over to the {place}",
            rels(*(Rel("at", x, place) for x in inside)))


# ----- keep ------------------------------------------------------------------------------------------
def b25_keep_pair(w: World, a: str) -> str | None:
    """A block other than `a` that moving `a` need not disturb."""
    others = [b for b in w.blocks if b != a and b not in w.state.above(a)]
    return w.rng.choice(others) if others else None


def b25_keep_phd(w: World) -> Made:
    got = b25_into(w)
    if got is None:
        return None
    a, bowl = got
    b = b25_keep_pair(w, a)
    if b is None:
        return None
    return ((f"Place the {b25_c(w, a)} cube in the {b25_c(w, bowl)} bowl without disturbing the {b25_c(w, b)} "
             "cube."), both(rels(Rel("in", a, bowl)), kept(b)))


def b25_keep_elderly(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    b = b25_keep_pair(w, a)
    if b is None:
        return None
    return ((f"Could you put the {b25_c(w, a)} block in the bin, dear, but please leave the {b25_c(w, b)} block "
             "just where it is."), both(rels(Rel("in_bin", a)), kept(b)))


def b25_keep_child(w: World) -> Made:
    a, c = w.pick(w.blocks, 2) or (None, None)
    if a is None or not b25_stackable(w, a, c):
        return None
    rest = [b for b in w.blocks if b not in (a, c) and b not in w.state.above(a) and b not in w.state.above(c)]
    if not rest:
        return None
    b = w.rng.choice(rest)
    return (f"put the {b25_c(w, a)} block on the {b25_c(w, c)} block but dont touch the {b25_c(w, b)} block!!",
            both(rels(Rel("on", a, c)), kept(b)))


def b25_keep_manager(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    a, place = w.rng.choice(clear), b25_place(w)
    rest = [b for b in w.blocks if b != a]
    return (f"Move the {b25_c(w, a)} block to the {place}. Leave the rest alone.",
            both(rels(Rel("at", a, place)), kept(*rest)))


def b25_keep_qa(w: World) -> Made:
    off = [b for b in w.blocks if not b25_on_ground(w, b)]
    if not off:
        return None
    a = w.rng.choice(off)
    rest = [b for b in w.blocks if b != a and b not in w.state.above(a)]
    if len(rest) < 2:
        return None
    b, c = w.rng.sample(rest, 2)
    return ((f"Step 1: Move the {b25_c(w, a)} block onto the table. Step 2: Verify the {b25_c(w, b)} block and "
             f"the {b25_c(w, c)} block have not moved."), both(rels(Rel("on_table", a)), kept(b, c)))


def b25_keep_phone(w: World) -> Made:
    got = b25_into(w)
    if got is None:
        return None
    a, bowl = got
    b = b25_keep_pair(w, a)
    if b is None:
        return None
    return ((f"put the {b25_c(w, a)} block in teh {b25_c(w, bowl)} bowel but keep the {b25_c(w, b)} one where "
             "it is"), both(rels(Rel("in", a, bowl)), kept(b)))


# ----- multi-step ------------------------------------------------------------------------------------
def b25_multi_phd(w: World) -> Made:
    got = b25_into(w)
    if got is None or len(w.blocks) < 3:
        return None
    a, bowl = got
    rest = [x for x in w.blocks if x != a]
    b, c = w.rng.sample(rest, 2)
    if not b25_stackable(w, b, c) or a in w.state.above(c) or c in w.state.above(a):
        return None
    return ((f"First place the {b25_c(w, a)} cube in the {b25_c(w, bowl)} bowl, then stack the {b25_c(w, b)} "
             f"cube on the {b25_c(w, c)} cube."), rels(Rel("in", a, bowl), Rel("on", b, c)))


def b25_multi_elderly(w: World) -> Made:
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None:
        return None
    place = b25_place(w)
    return ((f"Could you please first put the {b25_c(w, a)} block in the bin, and after that put the "
             f"{b25_c(w, b)} block over {b25_at(place)}? Thank you, dear."),
             rels(Rel("in_bin", a), Rel("at", b, place)))


def b25_multi_child(w: World) -> Made:
    ok = [(a, b, c) for a in w.blocks for b in w.blocks for c in w.blocks
          if len({a, b, c}) == 3 and not any(b25_clash(w, x) for x in (a, b, c))
          and b25_stackable(w, a, b, extra=2) and not b25_same_tower(w, c, b) and not b25_same_tower(w, c, a)]
    if not ok:
        return None
    a, b, c = w.rng.choice(ok)
    return ((f"put the {b25_c(w, a)} one on the {b25_c(w, b)} one and then put the {b25_c(w, c)} one on top of "
             f"the {b25_c(w, a)} one!!! a tower!!"), rels(Rel("on", a, b), Rel("on", c, a)))


def b25_multi_manager(w: World) -> Made:
    got = b25_into(w)
    if got is None or len(w.blocks) < 2:
        return None
    a, bowl = got
    b = w.rng.choice([x for x in w.blocks if x != a])
    return ((f"{b25_c(w, a).capitalize()} block in the {b25_c(w, bowl)} bowl, {b25_c(w, b)} block in the bin. "
             "Then you're done."), rels(Rel("in", a, bowl), Rel("in_bin", b)))


def b25_multi_qa(w: World) -> Made:
    got = b25_into(w)
    if got is None or len(w.blocks) < 3:
        return None
    c, bowl = got
    rest = [x for x in w.blocks if x != c]
    a, b = w.rng.sample(rest, 2)
    if not b25_stackable(w, a, b) or b25_same_tower(w, c, b) or b25_same_tower(w, c, a):
        return None
    ac, bc, cc, wc = b25_c(w, a), b25_c(w, b), b25_c(w, c), b25_c(w, bowl)
    return ((f"Step 1: Place the {ac} block on the {bc} block. Step 2: Place the {cc} block in the {wc} bowl. "
             f"Expected result: {ac} on {bc}; {cc} in {wc} bowl."), rels(Rel("on", a, b), Rel("in", c, bowl)))


def b25_multi_phone(w: World) -> Made:
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None:
        return None
    return (f"first put the {b25_c(w, a)} block in the bin and then the {b25_c(w, b)} one too",
            binned([a, b]))


# ----- questions -------------------------------------------------------------------------------------
def b25_q_bowl(w: World) -> str:
    """A bowl to ask about: one with something in it half the time, when there is one."""
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    return w.rng.choice(full if full and w.rng.random() < 0.5 else w.bowls)


def b25_q_phd(w: World) -> Made:
    bowl = b25_q_bowl(w)
    return (f"How many cubes are currently in the {b25_c(w, bowl)} bowl?",
            answered(str(len(w.state.in_bowl(bowl)))))


def b25_q_elderly(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    on = w.state.support[a] == b
    return ((f"Excuse me, dear, could you tell me whether the {b25_c(w, a)} block is sitting on the "
             f"{b25_c(w, b)} block? My eyes aren't what they were."), answered(yes(on)))


def b25_q_child(w: World) -> Made:
    bases = [b for b in w.blocks if len(w.state.on_top(b)) == 1]
    if not bases:
        return None
    b = w.rng.choice(bases)
    top = w.state.on_top(b)[0]
    return f"what color is the block thats on the {b25_c(w, b)} block?", answered(b25_c(w, top))


def b25_q_manager(w: World) -> Made:
    bowl = b25_q_bowl(w)
    return (f"Is the {b25_c(w, bowl)} bowl empty? Yes or no, quick.",
            answered(yes(not w.state.in_bowl(bowl))))


def b25_q_qa(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return (f"Query: which bowl currently contains the {b25_c(w, a)} block? Expected output: the bowl's colour.",
            answered(f"{b25_c(w, bowl)}|bowl"))


def b25_q_phone(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    s = w.state.support[a]
    if s in w.state.bowls:
        want = f"{b25_c(w, s)}|bowl"
    elif s in w.state.support:
        want = f"{b25_c(w, s)}|block"
    elif s == TABLE:
        want = "table"
    else:
        return None
    return f"wheres the {b25_c(w, a)} block", answered(want)


# ----- matching --------------------------------------------------------------------------------------
def b25_match(w: World, text: str) -> Made:
    want = matching(w)
    check: Check = rels(*want)
    if not want or check(w.state, w.state):
        return None
    return text, check


def b25_match_phd(w: World) -> Made:
    return b25_match(w, "Sort the cubes by colour: each cube goes into the bowl of the same colour, where one exists.")


def b25_match_elderly(w: World) -> Made:
    return b25_match(w, "Would you be so kind as to put each block in the bowl that matches its colour, dear? "
                        "I think it would look so tidy.")


def b25_match_child(w: World) -> Made:
    return b25_match(w, "put the blocks in the bowls that are the same color as them!")


def b25_match_manager(w: World) -> Made:
    return b25_match(w, "Colour-match the blocks to the bowls. Now.")


def b25_match_qa(w: World) -> Made:
    return b25_match(w, "Step 1: For every block that has a bowl of the same colour, place the block in that bowl. "
                        "Expected result: each such block is in its matching bowl.")


def b25_match_phone(w: World) -> Made:
    return b25_match(w, "can u put the blocks in the bowels with the same colour")


FRESH25: list[Template] = [
    ("b25_imp_phd", "imperative", b25_imp_phd),
    ("b25_imp_elderly", "imperative", b25_imp_elderly),
    ("b25_imp_child", "imperative", b25_imp_child),
    ("b25_imp_manager", "imperative", b25_imp_manager),
    ("b25_imp_qa", "imperative", b25_imp_qa),
    ("b25_imp_phone", "imperative", b25_imp_phone),
    ("b25_dec_phd", "declarative", b25_dec_phd),
    ("b25_dec_elderly", "declarative", b25_dec_elderly),
    ("b25_dec_child", "declarative", b25_dec_child),
    ("b25_dec_manager", "declarative", b25_dec_manager),
    ("b25_dec_qa", "declarative", b25_dec_qa),
    ("b25_dec_phone", "declarative", b25_dec_phone),
    ("b25_des_phd", "desiderative", b25_des_phd),
    ("b25_des_elderly", "desiderative", b25_des_elderly),
    ("b25_des_child", "desiderative", b25_des_child),
    ("b25_des_manager", "desiderative", b25_des_manager),
    ("b25_des_qa", "desiderative", b25_des_qa),
    ("b25_des_phone", "desiderative", b25_des_phone),
    ("b25_qua_phd", "quantified", b25_qua_phd),
    ("b25_qua_elderly", "quantified", b25_qua_elderly),
    ("b25_qua_child", "quantified", b25_qua_child),
    ("b25_qua_manager", "quantified", b25_qua_manager),
    ("b25_qua_qa", "quantified", b25_qua_qa),
    ("b25_qua_phone", "quantified", b25_qua_phone),
    ("b25_neg_phd", "negated", b25_neg_phd),
    ("b25_neg_elderly", "negated", b25_neg_elderly),
    ("b25_neg_child", "negated", b25_neg_child),
    ("b25_neg_manager", "negated", b25_neg_manager),
    ("b25_neg_qa", "negated", b25_neg_qa),
    ("b25_neg_phone", "negated", b25_neg_phone),
    ("b25_rel_phd", "relative", b25_rel_phd),
    ("b25_rel_elderly", "relative", b25_rel_elderly),
    ("b25_rel_child", "relative", b25_rel_child),
    ("b25_rel_manager", "relative", b25_rel_manager),
    ("b25_rel_qa", "relative", b25_rel_qa),
    ("b25_rel_phone", "relative", b25_rel_phone),
    ("b25_keep_phd", "keep", b25_keep_phd),
    ("b25_keep_elderly", "keep", b25_keep_elderly),
    ("b25_keep_child", "keep", b25_keep_child),
    ("b25_keep_manager", "keep", b25_keep_manager),
    ("b25_keep_qa", "keep", b25_keep_qa),
    ("b25_keep_phone", "keep", b25_keep_phone),
    ("b25_multi_phd", "multi_step", b25_multi_phd),
    ("b25_multi_elderly", "multi_step", b25_multi_elderly),
    ("b25_multi_child", "multi_step", b25_multi_child),
    ("b25_multi_manager", "multi_step", b25_multi_manager),
    ("b25_multi_qa", "multi_step", b25_multi_qa),
    ("b25_multi_phone", "multi_step", b25_multi_phone),
    ("b25_q_phd", "question", b25_q_phd),
    ("b25_q_elderly", "question", b25_q_elderly),
    ("b25_q_child", "question", b25_q_child),
    ("b25_q_manager", "question", b25_q_manager),
    ("b25_q_qa", "question", b25_q_qa),
    ("b25_q_phone", "question", b25_q_phone),
    ("b25_match_phd", "matching", b25_match_phd),
    ("b25_match_elderly", "matching", b25_match_elderly),
    ("b25_match_child", "matching", b25_match_child),
    ("b25_match_manager", "matching", b25_match_manager),
    ("b25_match_qa", "matching", b25_match_qa),
    ("b25_match_phone", "matching", b25_match_phone),
]
