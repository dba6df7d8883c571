"""`FRESH26`, the twenty-seventh untuned batch: sixty language templates, six per category, about goal sentences.

It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.
The user states how the table should be, in six ways (one per category each): the present tense as if already true,
the future or a modal, the passive or perfect, the other object's point of view, terse lists and shorthand, and
negative or contrastive end states; the questions ask about the table as it is now.

Its first run, before any fix it prompted (300 instructions, seed 0; on 51aa932): goal correct 0.60 (180 of 300); 25
templates missed, 3 of them with a wrong kind of reply (12 instructions): 'Has anything been put on top of X?', "What's
W got in it?", 'how many in W?' (each answered with the list of questions or a refusal to count); every other miss a
refusal or a question (108). Once its first fixes were in, 'Move X, just make sure it doesn't end up in a bowl or in
the bin' (`FRESH24`) showed an older wrong action: nothing moved when X stood on another block. What it found: 'stack
them, X has to end up on Y', 'load W up with X and Y', 'sort out W so X's no longer in it', 'is to be thrown in the
bin', 'blue in orange, orange on white', 'belongs in the bin, not the green bowl', 'rather than the red one', 'instead
of staying on the table', 'W shouldn't have anything in it but X', 'X: nothing on top', 'the bowl that has X in it
shouldn't have anything in it anymore', 'is still where it is', 'with X left untouched', 'W should keep whatever it's
got', "X hasn't moved", 'with Y on top of that', 'in the bin first, and after that', 'each hold the block that's their
colour', 'no block outside the bowl of its own colour', 'would you say W is empty?', 'W: how many blocks?'. The
general rules it prompted are tested in other words in `tests/agent/test_understanding_fresh25.py`; since then it is
tuned on.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
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

# ----- helpers ----------------------------------------------------------------------------------------


def c26_c(w: World, name: str) -> str:
    return w.colour(name)


def c26_room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def c26_movable(w: World) -> list[str]:
    """Blocks not in the bin (none are there at the start, but say so)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def c26_below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support and s not in out:
        out.append(s)
        s = w.state.support[s]
    return out


def c26_stackable(w: World, top: str, below: str, extra: int = 1) -> bool:
    """Whether `top` can sensibly be put on `below` (with `extra` blocks ending up on `below`'s tower)."""
    s = w.state
    if top == below or s.support[top] == below or below in s.above(top):
        return False
    if s.base(below) not in (TABLE, *PLACES):
        return False
    return len(c26_below(w, below)) + 1 + extra <= layout.MAX_TOWER


def c26_into(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A (block, bowl) pair: the block not yet in the bowl and the bowl with room."""
    options = [(b, bowl) for bowl in w.bowls if c26_room(w, bowl) for b in c26_movable(w)
               if w.state.base(b) != bowl and b not in exclude]
    return w.rng.choice(options) if options else None


def c26_stack_pair(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A (top, below) pair of blocks that can be stacked and are not stacked so yet."""
    blocks = [b for b in c26_movable(w) if b not in exclude]
    options = [(a, b) for a in blocks for b in blocks if c26_stackable(w, a, b)]
    return w.rng.choice(options) if options else None


def c26_on_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) for blocks resting directly on a block, outside the bin."""
    return [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]


def c26_place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def c26_off(block: str, support: str) -> Check:
    """`block` no longer rests on `support` (a block) or in it (a bowl), and was not thrown away."""
    return lambda _i, f: f.support[block] != support and f.base(block) not in (support, BIN)


def c26_tower_apart(w: World, a: str, others: tuple[str, ...]) -> bool:
    tower = {a, *w.state.above(a), *c26_below(w, a)}
    return not tower & set(others)


# ----- imperative ---------------------------------------------------------------------------------------


def c26_imp_present(w: World) -> Made:
    got = c26_into(w)
    if got is None:
        return None
    a, bowl = got
    text = w.rng.choice([
        "Make it so the {a} block is in the {B} bowl.",
        "set things up so that the {a} block is sitting in the {B} bowl",
    ]).format(a=c26_c(w, a), B=c26_c(w, bowl))
    return text, rels(Rel("in", a, bowl))


def c26_imp_modal(w: World) -> Made:
    got = c26_stack_pair(w)
    if got is None:
        return None
    a, b = got
    text = f"Go ahead and stack them, the {c26_c(w, a)} block has to end up on top of the {c26_c(w, b)} one."
    return text, rels(Rel("on", a, b))


def c26_imp_passive(w: World) -> Made:
    blocks = c26_movable(w)
    if not blocks:
        return None
    a, place = w.rng.choice(blocks), c26_place(w)
    if w.state.support[a] == place:
        return None
    return f"Get the {c26_c(w, a)} block moved over to the {place}, please.", rels(Rel("at", a, place))


def c26_imp_pov(w: World) -> Made:
    options = list(w.bowls)
    w.rng.shuffle(options)
    for bowl in options:
        cands = [b for b in c26_movable(w) if w.state.base(b) != bowl]
        if len(cands) >= 2 and c26_room(w, bowl, 2):
            a, b = w.pick(cands, 2)
            text = f"Load the {c26_c(w, bowl)} bowl up with the {c26_c(w, a)} and the {c26_c(w, b)} blocks"
            return text, rels(Rel("in", a, bowl), Rel("in", b, bowl))
    return None


def c26_imp_terse(w: World) -> Made:
    blocks = c26_movable(w)
    if not blocks:
        return None
    a = w.rng.choice(blocks)
    text = w.rng.choice(["{a} block -> bin", "{a} block -> bin pls"]).format(a=c26_c(w, a))
    return text, rels(Rel("in_bin", a))


def c26_imp_neg(w: World) -> Made:
    inside = [(b, w.state.base(b)) for b in w.in_bowls()]
    if not inside:
        return None
    a, bowl = w.rng.choice(inside)
    text = f"Sort out the {c26_c(w, bowl)} bowl so the {c26_c(w, a)} block's no longer in it."
    return text, c26_off(a, bowl)


# ----- declarative --------------------------------------------------------------------------------------


def c26_dec_present(w: World) -> Made:
    got = c26_into(w)
    if got is None:
        return None
    a, bowl = got
    return f"The {c26_c(w, a)} block is in the {c26_c(w, bowl)} bowl.", rels(Rel("in", a, bowl))


def c26_dec_modal(w: World) -> Made:
    got = c26_stack_pair(w)
    if got is None:
        return None
    a, b = got
    text = f"By the time you're done, the {c26_c(w, a)} block will be sitting on the {c26_c(w, b)} block."
    return text, rels(Rel("on", a, b))


def c26_dec_passive(w: World) -> Made:
    blocks = c26_movable(w)
    if not blocks:
        return None
    a = w.rng.choice(blocks)
    text = w.rng.choice([
        "The {a} block is to be thrown in the bin.",
        "the {a} block is to be put in the bin",
    ]).format(a=c26_c(w, a))
    return text, rels(Rel("in_bin", a))


def c26_dec_pov(w: World) -> Made:
    options = list(w.bowls)
    w.rng.shuffle(options)
    for bowl in options:
        cands = c26_movable(w)
        if len(cands) < 2:
            return None
        a, b = w.pick(cands, 2)
        missing = [x for x in (a, b) if w.state.base(x) != bowl]
        if missing and c26_room(w, bowl, len(missing)):
            text = f"The {c26_c(w, bowl)} bowl has the {c26_c(w, a)} block and the {c26_c(w, b)} block in it."
            return text, rels(Rel("in", a, bowl), Rel("in", b, bowl))
    return None


def c26_dec_terse(w: World) -> Made:
    got = c26_into(w)
    if got is None:
        return None
    a, bowl = got
    pair = c26_stack_pair(w, exclude=(a,))
    if pair is None or not c26_tower_apart(w, a, pair):
        return None
    c, d = pair
    if c26_c(w, d) == c26_c(w, bowl):  # "in yellow, on yellow": a person would say which is which
        return None
    text = f"{c26_c(w, a)} in {c26_c(w, bowl)}, {c26_c(w, c)} on {c26_c(w, d)}"
    return text, rels(Rel("in", a, bowl), Rel("on", c, d))


def c26_dec_neg(w: World) -> Made:
    inside = [(b, w.state.base(b)) for b in w.in_bowls()]
    if not inside:
        return None
    a, bowl = w.rng.choice(inside)
    text = f"The {c26_c(w, a)} block belongs in the bin, not the {c26_c(w, bowl)} bowl."
    return text, rels(Rel("in_bin", a))


# ----- desiderative -------------------------------------------------------------------------------------


def c26_des_present(w: World) -> Made:
    up = [b for b in c26_movable(w) if w.state.support[b] not in (TABLE, *PLACES)]
    if not up:
        return None
    a = w.rng.choice(up)
    return f"what I want is this: the {c26_c(w, a)} block is down on the table", rels(Rel("on_table", a))


def c26_des_modal(w: World) -> Made:
    got = c26_stack_pair(w)
    if got is None:
        return None
    a, b = got
    text = f"I'd like the {c26_c(w, a)} block to end up on top of the {c26_c(w, b)} one."
    return text, rels(Rel("on", a, b))


def c26_des_passive(w: World) -> Made:
    blocks = c26_movable(w)
    if not blocks:
        return None
    a, place = w.rng.choice(blocks), c26_place(w)
    if w.state.support[a] == place:
        return None
    return f"I want the {c26_c(w, a)} block put in the {place}.", rels(Rel("at", a, place))


def c26_des_pov(w: World) -> Made:
    got = c26_into(w)
    if got is None:
        return None
    a, bowl = got
    text = f"I'd love for the {c26_c(w, bowl)} bowl to have the {c26_c(w, a)} block in it"
    return text, rels(Rel("in", a, bowl))


def c26_des_terse(w: World) -> Made:
    got = c26_into(w)
    if got is None:
        return None
    a, bowl = got
    rest = [b for b in c26_movable(w) if b != a]
    if not rest:
        return None
    c = w.rng.choice(rest)
    text = f"want: {c26_c(w, a)} block in {c26_c(w, bowl)} bowl, {c26_c(w, c)} block in the bin"
    return text, rels(Rel("in", a, bowl), Rel("in_bin", c))


def c26_des_neg(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"I'd like there to be no blocks left in the {c26_c(w, bowl)} bowl."
    return text, both(empty(bowl), none_binned(inside))


# ----- quantified ---------------------------------------------------------------------------------------


def c26_q_present(w: World) -> Made:
    blocks = c26_movable(w)
    if len(blocks) > layout.BOWL_CAPACITY or not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    if all(w.state.base(b) == bowl for b in blocks):
        return None
    text = w.rng.choice(["All the blocks are in the {B} bowl.", "all of the blocks are in the {B} bowl"])
    return text.format(B=c26_c(w, bowl)), rels(*(Rel("in", b, bowl) for b in blocks))


def c26_q_modal(w: World) -> Made:
    options = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) < 2]
    if not options:
        return None
    bowl = w.rng.choice(options)
    text = f"Exactly two blocks need to end up in the {c26_c(w, bowl)} bowl."
    return text, count_in(bowl, 2)


def c26_q_passive(w: World) -> Made:
    tops = [a for a, _b in c26_on_pairs(w)]
    if not tops:
        return None
    text = "I want every stacked block taken down and set on the table."
    return text, rels(*(Rel("on_table", a) for a in tops))


def c26_q_pov(w: World) -> Made:
    if len(w.bowls) < 2 or len(c26_movable(w)) < len(w.bowls):
        return None
    if all(len(w.state.in_bowl(bowl)) == 1 for bowl in w.bowls):
        return None
    checks = [count_in(bowl, 1) for bowl in w.bowls]
    return "Each bowl should have exactly one block in it.", both(*checks, none_binned(w.blocks))


def c26_q_terse(w: World) -> Made:
    blocks = c26_movable(w)
    if not blocks or len(blocks) > 5:
        return None
    return w.rng.choice(["all the blocks -> bin", "all blocks -> the bin"]), rels(*(Rel("in_bin", b) for b in blocks))


def c26_q_neg(w: World) -> Made:
    blocks = w.blocks
    if not any(w.state.base(b) in (TABLE, *PLACES) for b in blocks):
        return None
    text = "Not a single block should be left on the table."
    return text, lambda _i, f: all(f.base(b) not in (TABLE, *PLACES) for b in blocks)


# ----- negated ------------------------------------------------------------------------------------------


def c26_neg_present(w: World) -> Made:
    options = [(a, b) for a in c26_movable(w) for b in c26_movable(w)
               if w.state.support[a] == TABLE and c26_stackable(w, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = f"The {c26_c(w, a)} block isn't on the table, it's on the {c26_c(w, b)} block."
    return text, rels(Rel("on", a, b))


def c26_neg_modal(w: World) -> Made:
    inside = [(b, w.state.base(b)) for b in w.in_bowls()]
    if not inside:
        return None
    a, bowl = w.rng.choice(inside)
    return f"the {c26_c(w, a)} block shouldn't be in the {c26_c(w, bowl)} bowl", c26_off(a, bowl)


def c26_neg_passive(w: World) -> Made:
    pairs = c26_on_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"I don't want the {c26_c(w, a)} block thrown away, just get it moved off the {c26_c(w, b)} block."
    return text, c26_off(a, b)


def c26_neg_pov(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in c26_movable(w) if set(inside) != {b}]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in inside if b != a]
    text = f"The {c26_c(w, bowl)} bowl shouldn't have anything in it but the {c26_c(w, a)} block."
    return text, both(lambda _i, f: f.in_bowl(bowl) == [a], none_binned(others))


def c26_neg_terse(w: World) -> Made:
    covered = [b for b in c26_movable(w) if not w.state.is_clear(b)]
    if not covered:
        return None
    b = w.rng.choice(covered)
    above = w.state.above(b)
    text = w.rng.choice(["{b} block - nothing stacked on it", "{b} block: nothing on top"]).format(b=c26_c(w, b))
    return text, both(rels(Rel("clear", b)), none_binned(above))


def c26_neg_neg(w: World) -> Made:
    options = [(a, b, c) for a, c in c26_on_pairs(w) for b in c26_movable(w)
               if b != c and c26_stackable(w, a, b)]
    if not options:
        return None
    a, b, c = w.rng.choice(options)
    text = f"The {c26_c(w, a)} block goes on the {c26_c(w, b)} block rather than the {c26_c(w, c)} one."
    return text, rels(Rel("on", a, b))


# ----- relative -----------------------------------------------------------------------------------------


def c26_rel_present(w: World) -> Made:
    pairs = c26_on_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [bowl for bowl in w.bowls if c26_room(w, bowl) and w.state.base(top) != bowl]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"The block that's on top of the {c26_c(w, below)} block is in the {c26_c(w, bowl)} bowl."
    return text, rels(Rel("in", top, bowl))


def c26_rel_modal(w: World) -> Made:
    singles = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    a = w.state.in_bowl(bowl)[0]
    return f"The block in the {c26_c(w, bowl)} bowl should be on the table.", rels(Rel("on_table", a))


def c26_rel_passive(w: World) -> Made:
    pairs = c26_on_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"I want the block the {c26_c(w, top)} one is sitting on put in the bin."
    return text, rels(Rel("in_bin", below))


def c26_rel_pov(w: World) -> Made:
    empties = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if len(empties) != 1:
        return None
    bowl = empties[0]
    blocks = c26_movable(w)
    if not blocks:
        return None
    a = w.rng.choice(blocks)
    text = w.rng.choice([
        "The bowl with nothing in it should get the {a} block.",
        "the bowl that's empty should have the {a} block in it",
    ]).format(a=c26_c(w, a))
    return text, rels(Rel("in", a, bowl))


def c26_rel_terse(w: World) -> Made:
    options = [b for b in c26_movable(w) if len(w.state.above(b)) == 1]
    if not options:
        return None
    below = w.rng.choice(options)
    top, place = w.state.above(below)[0], c26_place(w)
    return f"whatever's on the {c26_c(w, below)} block -> {place}", rels(Rel("at", top, place))


def c26_rel_neg(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    contents = w.state.in_bowl(bowl)
    text = f"The bowl that has the {c26_c(w, a)} block in it shouldn't have anything in it anymore."
    return text, both(empty(bowl), none_binned(contents))


# ----- keep ---------------------------------------------------------------------------------------------


def c26_keep_others(w: World, moving: tuple[str, ...]) -> list[str]:
    """Blocks that can stay where they are while `moving` blocks move."""
    out = []
    for c in c26_movable(w):
        if c in moving or any(c in w.state.above(m) for m in moving):
            continue
        out.append(c)
    return out


def c26_keep_present(w: World) -> Made:
    got = c26_into(w)
    if got is None:
        return None
    a, bowl = got
    stay = c26_keep_others(w, (a,))
    if not stay:
        return None
    c = w.rng.choice(stay)
    text = f"The {c26_c(w, a)} block is in the {c26_c(w, bowl)} bowl and the {c26_c(w, c)} block is still where it is."
    return text, both(rels(Rel("in", a, bowl)), kept(c))


def c26_keep_modal(w: World) -> Made:
    got = c26_stack_pair(w)
    if got is None:
        return None
    a, b = got
    stay = c26_keep_others(w, (a, b))
    if not stay:
        return None
    c = w.rng.choice(stay)
    text = (f"The {c26_c(w, a)} block should be on the {c26_c(w, b)} one, but the {c26_c(w, c)} block "
            "has to stay put.")
    return text, both(rels(Rel("on", a, b)), kept(c))


def c26_keep_passive(w: World) -> Made:
    blocks = c26_movable(w)
    if not blocks:
        return None
    a, place = w.rng.choice(blocks), c26_place(w)
    stay = c26_keep_others(w, (a,))
    if not stay:
        return None
    c = w.rng.choice(stay)
    text = f"I want the {c26_c(w, a)} block moved to the {place} with the {c26_c(w, c)} block left untouched."
    return text, both(rels(Rel("at", a, place)), kept(c))


def c26_keep_pov(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full or len(w.bowls) < 2:
        return None
    keep = w.rng.choice(full)
    held = w.state.in_bowl(keep)
    options = [(a, bowl) for bowl in w.bowls if bowl != keep and c26_room(w, bowl) for a in c26_movable(w)
               if w.state.base(a) not in (bowl, keep)]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    text = (f"The {c26_c(w, bowl)} bowl should get the {c26_c(w, a)} block, and the {c26_c(w, keep)} bowl "
            "should keep whatever it's got.")
    return text, both(rels(Rel("in", a, bowl)), kept(*held), count_in(keep, len(held)))


def c26_keep_terse(w: World) -> Made:
    blocks = c26_movable(w)
    if not blocks:
        return None
    a = w.rng.choice(blocks)
    stay = c26_keep_others(w, (a,))
    if not stay:
        return None
    c = w.rng.choice(stay)
    return f"{c26_c(w, a)} block -> bin; {c26_c(w, c)} block stays", both(rels(Rel("in_bin", a)), kept(c))


def c26_keep_neg(w: World) -> Made:
    pairs = c26_on_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"The {c26_c(w, a)} block is no longer on the {c26_c(w, b)} block, and the {c26_c(w, b)} block "
            "hasn't moved.")
    return text, both(c26_off(a, b), kept(b))


# ----- multi_step ---------------------------------------------------------------------------------------


def c26_ms_present(w: World) -> Made:
    blocks = c26_movable(w)
    options = []
    for b in blocks:
        for a in blocks:
            if not c26_stackable(w, a, b, extra=2):
                continue
            for c in blocks:
                if c in (a, b) or c in c26_below(w, b):
                    continue
                options.append((a, b, c))
    if not options:
        return None
    a, b, c = w.rng.choice(options)
    text = (f"In the end the {c26_c(w, a)} block is on the {c26_c(w, b)} block, with the {c26_c(w, c)} block "
            "on top of that.")
    return text, rels(Rel("on", a, b), Rel("on", c, a))


def c26_ms_modal(w: World) -> Made:
    blocks = c26_movable(w)
    if not blocks:
        return None
    a = w.rng.choice(blocks)
    pair = c26_stack_pair(w, exclude=(a,))
    if pair is None:
        return None
    c, d = pair
    text = (f"The {c26_c(w, a)} block needs to go in the bin first, and after that the {c26_c(w, c)} block "
            f"should be on the {c26_c(w, d)} block.")
    return text, rels(Rel("in_bin", a), Rel("on", c, d))


def c26_ms_passive(w: World) -> Made:
    got = c26_into(w)
    if got is None:
        return None
    a, bowl = got
    rest = [b for b in c26_movable(w) if b != a]
    if not rest:
        return None
    c, place = w.rng.choice(rest), c26_place(w)
    text = (f"Once the {c26_c(w, a)} block has been put in the {c26_c(w, bowl)} bowl, I want the {c26_c(w, c)} "
            f"block moved to the {place}.")
    return text, rels(Rel("in", a, bowl), Rel("at", c, place))


def c26_ms_pov(w: World) -> Made:
    got = c26_into(w)
    if got is None:
        return None
    a, bowl = got
    pair = c26_stack_pair(w, exclude=(a,))
    if pair is None:
        return None
    d, c = pair
    text = (f"The {c26_c(w, bowl)} bowl should end up with the {c26_c(w, a)} block, and then the {c26_c(w, c)} "
            f"block should have the {c26_c(w, d)} one on it.")
    return text, rels(Rel("in", a, bowl), Rel("on", d, c))


def c26_ms_terse(w: World) -> Made:
    got = c26_into(w)
    if got is None:
        return None
    a, bowl = got
    rest = [b for b in c26_movable(w) if b != a]
    if len(rest) < 2:
        return None
    c, d = w.pick(rest, 2)
    place = c26_place(w)
    text = f"{c26_c(w, a)} block -> {c26_c(w, bowl)} bowl, {c26_c(w, c)} block -> bin, {c26_c(w, d)} block -> {place}"
    return text, rels(Rel("in", a, bowl), Rel("in_bin", c), Rel("at", d, place))


def c26_ms_neg(w: World) -> Made:
    pairs = [(a, b) for a, b in c26_on_pairs(w) if w.state.support[b] == TABLE]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"Get the {c26_c(w, a)} block off the {c26_c(w, b)} one, and then the {c26_c(w, b)} block goes in the "
            "bin instead of staying on the table.")
    return text, both(c26_off(a, b), rels(Rel("in_bin", b)))


# ----- question -----------------------------------------------------------------------------------------


def c26_qs_present(w: World) -> Made:
    if not w.bowls:
        return None
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a) if w.rng.random() < 0.7 else w.rng.choice(w.bowls)
    else:
        a, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    text = f"Is the {c26_c(w, a)} block in the {c26_c(w, bowl)} bowl?"
    return text, answered(yes(w.state.base(a) == bowl))


def c26_qs_modal(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"would you say the {c26_c(w, bowl)} bowl is empty?"
    return text, answered(yes(not w.state.in_bowl(bowl)))


def c26_qs_passive(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if covered and w.rng.random() < 0.5:
        b = w.rng.choice(covered)
    else:
        b = w.rng.choice(w.blocks)
    text = f"Has anything been put on top of the {c26_c(w, b)} block?"
    return text, answered(yes(not w.state.is_clear(b)))


def c26_qs_pov(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    if any(c26_c(w, b) == c26_c(w, bowl) for b in inside):
        return None
    text = f"What's the {c26_c(w, bowl)} bowl got in it?"
    return text, answered("|".join(c26_c(w, b) for b in inside) if inside else "nothing")


def c26_qs_terse(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice(["{B} bowl: how many blocks?", "how many in the {B} bowl?"]).format(B=c26_c(w, bowl))
    return text, answered(str(len(w.state.in_bowl(bowl))))


def c26_qs_neg(w: World) -> Made:
    if not w.bowls:
        return None
    n = sum(1 for b in w.blocks if w.state.base(b) not in w.bowls)
    return "How many blocks aren't in a bowl?", answered(str(n))


# ----- matching -----------------------------------------------------------------------------------------


def c26_match(w: World) -> list[Rel] | None:
    """The matching relations, or None when there are none, they all hold, or a bowl lacks room."""
    want = matching(w)
    todo = [r for r in want if w.state.base(r.block) != r.target]
    if not todo:
        return None
    for bowl in w.bowls:
        if len(w.state.in_bowl(bowl)) + sum(1 for r in todo if r.target == bowl) > layout.BOWL_CAPACITY:
            return None
    return want


def c26_m_present(w: World) -> Made:
    want = c26_match(w)
    if want is None:
        return None
    return "Each block that has a bowl of the same colour is in that bowl.", rels(*want)


def c26_m_modal(w: World) -> Made:
    want = c26_match(w)
    if want is None:
        return None
    text = w.rng.choice([
        "The blocks should go into the bowls that match their colours.",
        "blocks ought to be in the bowls that match their colour",
    ])
    return text, rels(*want)


def c26_m_passive(w: World) -> Made:
    want = c26_match(w)
    if want is None:
        return None
    return "I want the blocks sorted by colour, each one put in the bowl of the same colour.", rels(*want)


def c26_m_pov(w: World) -> Made:
    want = c26_match(w)
    if want is None:
        return None
    return "The bowls should each hold the block that's their colour, where there is one.", rels(*want)


def c26_m_terse(w: World) -> Made:
    want = c26_match(w)
    if want is None:
        return None
    return w.rng.choice(["blocks -> same colour bowls", "each block -> its matching bowl"]), rels(*want)


def c26_m_neg(w: World) -> Made:
    want = c26_match(w)
    if want is None:
        return None
    return "No block should be sitting outside the bowl of its own colour.", rels(*want)


FRESH26: list[Template] = [
    ("c26_imp_present", "imperative", c26_imp_present),
    ("c26_imp_modal", "imperative", c26_imp_modal),
    ("c26_imp_passive", "imperative", c26_imp_passive),
    ("c26_imp_pov", "imperative", c26_imp_pov),
    ("c26_imp_terse", "imperative", c26_imp_terse),
    ("c26_imp_neg", "imperative", c26_imp_neg),
    ("c26_dec_present", "declarative", c26_dec_present),
    ("c26_dec_modal", "declarative", c26_dec_modal),
    ("c26_dec_passive", "declarative", c26_dec_passive),
    ("c26_dec_pov", "declarative", c26_dec_pov),
    ("c26_dec_terse", "declarative", c26_dec_terse),
    ("c26_dec_neg", "declarative", c26_dec_neg),
    ("c26_des_present", "desiderative", c26_des_present),
    ("c26_des_modal", "desiderative", c26_des_modal),
    ("c26_des_passive", "desiderative", c26_des_passive),
    ("c26_des_pov", "desiderative", c26_des_pov),
    ("c26_des_terse", "desiderative", c26_des_terse),
    ("c26_des_neg", "desiderative", c26_des_neg),
    ("c26_q_present", "quantified", c26_q_present),
    ("c26_q_modal", "quantified", c26_q_modal),
    ("c26_q_passive", "quantified", c26_q_passive),
    ("c26_q_pov", "quantified", c26_q_pov),
    ("c26_q_terse", "quantified", c26_q_terse),
    ("c26_q_neg", "quantified", c26_q_neg),
    ("c26_neg_present", "negated", c26_neg_present),
    ("c26_neg_modal", "negated", c26_neg_modal),
    ("c26_neg_passive", "negated", c26_neg_passive),
    ("c26_neg_pov", "negated", c26_neg_pov),
    ("c26_neg_terse", "negated", c26_neg_terse),
    ("c26_neg_neg", "negated", c26_neg_neg),
    ("c26_rel_present", "relative", c26_rel_present),
    ("c26_rel_modal", "relative", c26_rel_modal),
    ("c26_rel_passive", "relative", c26_rel_passive),
    ("c26_rel_pov", "relative", c26_rel_pov),
    ("c26_rel_terse", "relative", c26_rel_terse),
    ("c26_rel_neg", "relative", c26_rel_neg),
    ("c26_keep_present", "keep", c26_keep_present),
    ("c26_keep_modal", "keep", c26_keep_modal),
    ("c26_keep_passive", "keep", c26_keep_passive),
    ("c26_keep_pov", "keep", c26_keep_pov),
    ("c26_keep_terse", "keep", c26_keep_terse),
    ("c26_keep_neg", "keep", c26_keep_neg),
    ("c26_ms_present", "multi_step", c26_ms_present),
    ("c26_ms_modal", "multi_step", c26_ms_modal),
    ("c26_ms_passive", "multi_step", c26_ms_passive),
    ("c26_ms_pov", "multi_step", c26_ms_pov),
    ("c26_ms_terse", "multi_step", c26_ms_terse),
    ("c26_ms_neg", "multi_step", c26_ms_neg),
    ("c26_qs_present", "question", c26_qs_present),
    ("c26_qs_modal", "question", c26_qs_modal),
    ("c26_qs_passive", "question", c26_qs_passive),
    ("c26_qs_pov", "question", c26_qs_pov),
    ("c26_qs_terse", "question", c26_qs_terse),
    ("c26_qs_neg", "question", c26_qs_neg),
    ("c26_m_present", "matching", c26_m_present),
    ("c26_m_modal", "matching", c26_m_modal),
    ("c26_m_passive", "matching", c26_m_passive),
    ("c26_m_pov", "matching", c26_m_pov),
    ("c26_m_terse", "matching", c26_m_terse),
    ("c26_m_neg", "matching", c26_m_neg),
]
