"""`FRESH68`, the sixty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: ordinary people writing a whole message of two to four sentences to a helper, the way people really
write: a bit of context or a reason, the request itself, a pronoun pointing back, an afterthought or a
correction, a thank-you. The check is the final intent, after any correction. Six styles of message, one per
template in every category:

- context: context first, then the request ("I'm setting up a little display for the kids. Put the red block
  on the green block, please.");
- reason: the request, then the reason for it ("Move the red block to the middle. I want it where I can
  reach it.");
- afterthought: the request, then an afterthought that adds one thing ("Put the red block in the blue bowl.
  Oh, and the yellow block too.");
- correction: a request corrected in the next sentence ("Stack the red block on the blue block. Sorry, I
  meant on the green block.");
- pronoun: a request split over two sentences, the second pointing back with a pronoun ("See the red block
  over there? Throw it in the bin.");
- chatty: small talk around the request ("Hey there! Hope your day's going well. Could you drop the red
  block in the blue bowl for me? Thanks a bunch!").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates;
only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state
and the layout.

Its first run (300 instructions, seed 0, on 351d82f, after every fix before it and before anything it could prompt):
0.747 goal-correct (224 of 300), 65 refused, 1 asked, 10 wrong: ten wrong actions ('I need to use X. Could you take the
block that's sitting on it and put it down on the table?' put X down too, or left a block in the gripper; 'Move the
rightmost block to the middle. Sorry, I meant the leftmost one.' put a block on another).
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

ON_TABLE = (TABLE, *PLACES)
MARGIN = 0.03


# ----- helpers ----------------------------------------------------------------------------------------
def _blk(w: World, b: str) -> str:
    return f"the {w.colour(b)} block"


def _bwl(w: World, bowl: str) -> str:
    return f"the {w.colour(bowl)} bowl"


def _depth(w: World, b: str) -> int:
    """How many blocks high `b` sits in its tower (1: directly on the table, a bowl or a place)."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _can_take(w: World, b: str, k: int = 1) -> bool:
    """`b` is a clear block out of the bin that `k` more blocks can be stacked on."""
    return (
        w.state.is_clear(b)
        and w.state.base(b) != BIN
        and _depth(w, b) + k <= layout.MAX_TOWER
    )


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _not_in(w: World, b: str, bowl: str) -> bool:
    return w.state.base(b) != bowl


def _unique_by(w: World, items: list[str], key, last: bool = False) -> str | None:
    """The item with the smallest (or largest) key, if no other comes within `MARGIN` of it."""
    if not items:
        return None
    ranked = sorted(items, key=key, reverse=last)
    if len(ranked) > 1 and abs(key(ranked[0]) - key(ranked[1])) < MARGIN:
        return None
    return ranked[0]


def _bin_dist(w: World, b: str) -> float:
    p = w.scene.get(b).position
    cx, cy = layout.BIN_CENTER
    return ((p[0] - cx) ** 2 + (p[1] - cy) ** 2) ** 0.5


def _binned_exactly(n: int) -> Check:
    return lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n


def _on_table_check(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in ON_TABLE for b in blocks)


def _out_of(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _nothing_added(bowl: str) -> Check:
    return lambda i, f: set(f.in_bowl(bowl)) <= set(i.in_bowl(bowl))


def _same_contents(bowl: str) -> Check:
    return lambda i, f: set(f.in_bowl(bowl)) == set(i.in_bowl(bowl))


def _bowl_match(w: World) -> list[tuple[str, str]]:
    """(block, bowl) of the same colour where the block is not yet in that bowl."""
    by_colour = {w.colour(bw): bw for bw in w.bowls}
    return [
        (b, by_colour[w.colour(b)])
        for b in w.blocks
        if w.colour(b) in by_colour
        and w.state.base(b) not in (by_colour[w.colour(b)], BIN)
    ]


def _mismatched(w: World) -> list[str]:
    """Blocks with no bowl of their colour."""
    bowl_colours = {w.colour(bw) for bw in w.bowls}
    return [b for b in w.blocks if w.colour(b) not in bowl_colours]


# ----- imperative ---------------------------------------------------------------------------------------
def t68_imp_context(w: World) -> Made:
    xs = w.clear_blocks()
    opts = [(x, y) for x in xs for y in xs if x != y and _can_take(w, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    ctx = w.rng.choice(
        [
            "I'm setting up a little display for the kids.",
            "We're practising stacking today.",
            "I want to see how tall these things can get.",
        ]
    )
    return f"{ctx} Put {_blk(w, x)} on {_blk(w, y)}, please.", rels(Rel("on", x, y))


def t68_imp_reason(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    place = w.rng.choice(PLACES)
    reason = w.rng.choice(
        [
            "I want it where I can reach it.",
            "It's easier for me to grab from there.",
            "That's where it usually lives.",
        ]
    )
    return f"Move {_blk(w, x)} to the {place}. {reason}", rels(Rel("at", x, place))


def t68_imp_afterthought(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if _not_in(w, b, bowl)]
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    text = f"Put {_blk(w, x)} in {_bwl(w, bowl)}. Oh, and {_blk(w, y)} too."
    return text, rels(Rel("in", x, bowl), Rel("in", y, bowl))


def t68_imp_correction(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 3:
        return None
    x = w.rng.choice(xs)
    targets = [b for b in xs if b != x and _can_take(w, b)]
    if len(targets) < 2:
        return None
    wrong, right = w.pick(targets, 2)
    fix = w.rng.choice(
        [
            f"Sorry, I meant on {_blk(w, right)}.",
            f"Oops, no, on {_blk(w, right)}, not {_blk(w, wrong)}.",
        ]
    )
    return f"Stack {_blk(w, x)} on {_blk(w, wrong)}. {fix}", rels(Rel("on", x, right))


def t68_imp_pronoun(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    ask = w.rng.choice(["Throw it in the bin.", "Could you put it in the bin?"])
    return f"See {_blk(w, x)} over there? {ask}", binned([x])


def t68_imp_chatty(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if _not_in(w, b, bowl)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    hello = w.rng.choice(
        ["Hey there! Hope your day's going well.", "Hi! Busy morning here."]
    )
    text = f"{hello} Could you drop {_blk(w, x)} in {_bwl(w, bowl)} for me? Thanks a bunch!"
    return text, rels(Rel("in", x, bowl))


# ----- declarative --------------------------------------------------------------------------------------
def t68_dec_context(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if _not_in(w, b, bowl)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ctx = w.rng.choice(
        ["We're playing a sorting game.", "I've got a system for these."]
    )
    return f"{ctx} {_blk(w, x).capitalize()} goes in {_bwl(w, bowl)}.", rels(
        Rel("in", x, bowl)
    )


def t68_dec_reason(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    reason = w.rng.choice(
        [
            "It's got a chip in it.",
            "Nobody's using it anymore.",
            "It's the wrong size for my set.",
        ]
    )
    return f"{_blk(w, x).capitalize()} needs to go in the bin. {reason}", binned([x])


def t68_dec_afterthought(w: World) -> Made:
    xs = w.clear_blocks()
    opts = [
        (x, y, z)
        for x in xs
        for y in xs
        for z in xs
        if len({x, y, z}) == 3 and _can_take(w, y)
    ]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    text = (
        f"{_blk(w, x).capitalize()} should be on {_blk(w, y)}. "
        f"Oh, and {_blk(w, z)} goes in the bin."
    )
    return text, both(rels(Rel("on", x, y)), binned([z]))


def t68_dec_correction(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if _not_in(w, b, bowl)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    fix = w.rng.choice(
        [
            f"No wait, it goes in {_bwl(w, bowl)}.",
            f"Actually, scratch that, it goes in {_bwl(w, bowl)}.",
        ]
    )
    return f"{_blk(w, x).capitalize()} goes in the bin. {fix}", rels(Rel("in", x, bowl))


def t68_dec_pronoun(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    place = w.rng.choice(PLACES)
    opener = w.rng.choice(["is in the wrong spot.", "isn't where it should be."])
    text = f"{_blk(w, x).capitalize()} {opener} It belongs in the {place}."
    return text, rels(Rel("at", x, place))


def t68_dec_chatty(w: World) -> Made:
    xs = w.clear_blocks()
    opts = [(x, y) for x in xs for y in xs if x != y and _can_take(w, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = (
        f"Hi! Quick one: {_blk(w, x)} goes on top of {_blk(w, y)}. "
        "Thanks so much, you're a lifesaver!"
    )
    return text, rels(Rel("on", x, y))


# ----- desiderative -------------------------------------------------------------------------------------
def t68_des_context(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    ctx = w.rng.choice(
        [
            f"I'm trying to free up {_bwl(w, bowl)} for my keys.",
            f"I need {_bwl(w, bowl)} for something else.",
        ]
    )
    return f"{ctx} I'd like it empty, please.", empty(bowl)


def t68_des_reason(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    reason = w.rng.choice(["I'm done with it now.", "I won't be needing it again."])
    return f"I'd like {_blk(w, x)} in the bin. {reason}", binned([x])


def t68_des_afterthought(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = w.clear_blocks()
    opts = [(x, y) for x in xs for y in xs if x != y and _not_in(w, x, bowl)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = (
        f"I want {_blk(w, x)} in {_bwl(w, bowl)}. "
        f"Oh, and I'd like {_blk(w, y)} stacked on top of {_blk(w, x)}."
    )
    return text, rels(Rel("in", x, bowl), Rel("on", y, x))


def t68_des_correction(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    xs = w.clear_blocks()
    opts = [
        (x, wrong, right)
        for x in xs
        for wrong in w.bowls
        for right in w.bowls
        if wrong != right and _room(w, right) and w.state.base(x) not in (wrong, right)
    ]
    if not opts:
        return None
    x, wrong, right = w.rng.choice(opts)
    fix = w.rng.choice(
        [
            f"Actually, make that {_bwl(w, right)}.",
            f"Hmm, no, {_bwl(w, right)} instead.",
        ]
    )
    return f"I'd like {_blk(w, x)} in {_bwl(w, wrong)}. {fix}", rels(
        Rel("in", x, right)
    )


def t68_des_pronoun(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    place = w.rng.choice(PLACES)
    return f"You see {_blk(w, x)}? I'd like it in the {place}.", rels(
        Rel("at", x, place)
    )


def t68_des_chatty(w: World) -> Made:
    xs = w.clear_blocks()
    opts = [(x, y) for x in xs for y in xs if x != y and _can_take(w, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    hello = w.rng.choice(
        ["Hi! Lovely weather today, isn't it?", "Morning! Hope you slept well."]
    )
    text = f"{hello} I'd really like {_blk(w, x)} sitting on {_blk(w, y)}, if you don't mind. Ta!"
    return text, rels(Rel("on", x, y))


# ----- quantified ---------------------------------------------------------------------------------------
def t68_qua_context(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    ctx = w.rng.choice(
        ["I'm packing up for the night.", "We're done playing for today."]
    )
    ask = w.rng.choice(
        ["Put all the blocks in the bin.", "Could you put every block in the bin?"]
    )
    return f"{ctx} {ask}", binned(w.blocks)


def t68_qua_reason(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    reason = w.rng.choice(
        ["I need the bowls for something else.", "I want to wash the bowls."]
    )
    text = f"Put every block that's in a bowl onto the table. {reason}"
    return text, _on_table_check(inside)


def t68_qua_afterthought(w: World) -> Made:
    bowls = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    xs = [b for b in w.blocks if w.state.base(b) != BIN]
    if not bowls or len(xs) < 3:
        return None
    bowl = w.rng.choice(bowls)
    x = w.rng.choice(w.clear_blocks())
    text = (
        f"Put three blocks in {_bwl(w, bowl)}, any three will do. "
        f"Oh, and make sure {_blk(w, x)} is one of them."
    )
    return text, both(count_in(bowl, 3), rels(Rel("in", x, bowl)))


def t68_qua_correction(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if w.state.base(b) in ON_TABLE]
    if not inside or not outside or len(outside) > 5:
        return None
    text = (
        "Put all the blocks in the bin. Actually, just the ones on the table. "
        "Leave whatever's in the bowls alone."
    )
    return text, both(binned(outside), kept(*inside))


def t68_qua_pronoun(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Have a look in {_bwl(w, bowl)}. Could you put everything that's in there into the bin?"
    return text, binned(w.state.in_bowl(bowl))


def t68_qua_chatty(w: World) -> Made:
    xs = w.clear_blocks()
    n = w.rng.choice([2, 3])
    if len(xs) < n:
        return None
    word = {2: "two", 3: "three"}[n]
    text = (
        f"Hi! Hope you're well. Could you put {word} blocks in the bin for me? "
        "Doesn't matter which ones. Thanks!"
    )
    return text, _binned_exactly(n)


# ----- negated ------------------------------------------------------------------------------------------
def t68_neg_context(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    if not others or len(others) > 5:
        return None
    text = (
        f"I'm clearing up, but I want to keep {_blk(w, x)}. "
        f"Put every block except {_blk(w, x)} in the bin."
    )
    return text, both(binned(others), none_binned([x]))


def t68_neg_reason(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if _not_in(w, b, bowl)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = (
        f"Don't put {_blk(w, x)} in the bin. Put it in {_bwl(w, bowl)} instead, "
        "I still need it."
    )
    return text, rels(Rel("in", x, bowl))


def t68_neg_afterthought(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    text = (
        f"Take {_blk(w, x)} out of {_bwl(w, bowl)} and set it down on the table. "
        "Oh, and don't stack it on another block."
    )
    return text, rels(Rel("on_table", x))


def t68_neg_correction(w: World) -> Made:
    xs = w.clear_blocks()
    opts = [(x, y) for x in xs for y in xs if x != y and _can_take(w, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = (
        f"Put {_blk(w, x)} in the bin. Wait, no, don't! Put it on {_blk(w, y)} instead."
    )
    return text, rels(Rel("on", x, y))


def t68_neg_pronoun(w: World) -> Made:
    opts = [
        (keep, bowl, x)
        for keep in w.bowls
        for bowl in w.bowls
        if keep != bowl and _room(w, bowl)
        for x in w.clear_blocks()
        if w.state.base(x) != bowl
    ]
    if not opts:
        return None
    keep, bowl, x = w.rng.choice(opts)
    text = (
        f"{_bwl(w, keep).capitalize()} is for my keys, so don't put anything in it. "
        f"Just move {_blk(w, x)} into {_bwl(w, bowl)}."
    )
    return text, both(rels(Rel("in", x, bowl)), _nothing_added(keep))


def t68_neg_chatty(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if _not_in(w, b, bowl)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    others = [b for b in w.blocks if b != x]
    text = (
        f"Hi! Sorry to be a pain. Could you move {_blk(w, x)} into {_bwl(w, bowl)}, "
        "but please don't move anything else? Thanks!"
    )
    return text, both(rels(Rel("in", x, bowl)), kept(*others))


# ----- relative -----------------------------------------------------------------------------------------
def t68_rel_context(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (
        f"I need to use {_blk(w, below)}. Could you take the block that's sitting on it "
        "and put it down on the table?"
    )
    return text, rels(Rel("on_table", top), Rel("clear", below))


def t68_rel_reason(w: World) -> Made:
    bowls = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    (x,) = w.state.in_bowl(bowl)
    reason = w.rng.choice(
        ["It doesn't belong there.", "Somebody put it there by mistake."]
    )
    return f"Put the block that's in {_bwl(w, bowl)} in the bin. {reason}", binned([x])


def t68_rel_afterthought(w: World) -> Made:
    bowls = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    xs = [b for b in w.blocks if w.state.base(b) != BIN]
    if not bowls or len(xs) < 2:
        return None
    bowl = w.rng.choice(bowls)
    near = _unique_by(w, xs, lambda b: w.dist(b, bowl))
    if near is None:
        return None
    extra = [b for b in w.clear_blocks() if b != near]
    if not extra:
        return None
    y = w.rng.choice(extra)
    text = (
        f"Put the block that's nearest {_bwl(w, bowl)} in the bin. "
        f"Oh, and {_blk(w, y)} as well, while you're at it."
    )
    return text, binned([near, y])


def t68_rel_correction(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.base(b) != BIN]
    if len(xs) < 3:
        return None
    left = _unique_by(w, xs, w.y)
    right = _unique_by(w, xs, w.y, last=True)
    if left is None or right is None:
        return None
    flip = w.rng.random() < 0.5
    said, meant = ("rightmost", "leftmost") if flip else ("leftmost", "rightmost")
    target = left if flip else right
    text = f"Move the {said} block to the middle. Sorry, I meant the {meant} one."
    return text, rels(Rel("at", target, "middle"))


def t68_rel_pronoun(w: World) -> Made:
    opts = [
        (top, below, bowl)
        for top, below in w.pairs()
        if _depth(w, top) == 2
        for bowl in w.bowls
        if _room(w, bowl) and w.state.base(below) != bowl
    ]
    if not opts:
        return None
    top, below, bowl = w.rng.choice(opts)
    text = (
        f"There's a block underneath {_blk(w, top)}. "
        f"Can you put that one in {_bwl(w, bowl)}?"
    )
    return text, rels(Rel("in", below, bowl))


def t68_rel_chatty(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.base(b) != BIN]
    near = _unique_by(w, xs, lambda b: _bin_dist(w, b))
    if near is None:
        return None
    targets = [b for b in w.clear_blocks() if b != near and _can_take(w, b)]
    if not targets:
        return None
    y = w.rng.choice(targets)
    text = (
        "Hi! Hope you had a good weekend. The block closest to the bin, "
        f"could you put it on {_blk(w, y)}? Thanks heaps!"
    )
    return text, rels(Rel("on", near, y))


# ----- keep ---------------------------------------------------------------------------------------------
def t68_keep_context(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    opts = [
        (x, k)
        for x in w.clear_blocks()
        if _not_in(w, x, bowl)
        for k in w.blocks
        if k != x and w.state.base(k) != BIN
    ]
    if not opts:
        return None
    x, k = w.rng.choice(opts)
    text = (
        f"I'm building something around {_blk(w, k)}, so leave it where it is. "
        f"Put {_blk(w, x)} in {_bwl(w, bowl)}."
    )
    return text, both(rels(Rel("in", x, bowl)), kept(k))


def t68_keep_reason(w: World) -> Made:
    xs = w.clear_blocks()
    opts = [
        (x, y, k)
        for x in xs
        for y in xs
        if x != y and _can_take(w, y)
        for k in w.blocks
        if k not in (x, y) and w.state.base(k) != BIN
    ]
    if not opts:
        return None
    x, y, k = w.rng.choice(opts)
    text = (
        f"Put {_blk(w, x)} on {_blk(w, y)}, but keep {_blk(w, k)} where it is. "
        "It's marking my spot."
    )
    return text, both(rels(Rel("on", x, y)), kept(k))


def t68_keep_afterthought(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if _not_in(w, b, bowl)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f"Put {_blk(w, x)} in the bin. Oh, and keep {_bwl(w, bowl)} just as it is."
    return text, both(binned([x]), kept(*w.state.in_bowl(bowl)), _same_contents(bowl))


def t68_keep_correction(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 2:
        return None
    x, k = w.pick(xs, 2)
    text = (
        f"Move {_blk(w, x)} and {_blk(w, k)} to the bin. "
        f"Actually, keep {_blk(w, k)} where it is."
    )
    return text, both(binned([x]), kept(k))


def t68_keep_pronoun(w: World) -> Made:
    xs = w.clear_blocks()
    opts = [
        (x, y, k)
        for x in xs
        for y in xs
        if x != y and _can_take(w, y)
        for k in w.blocks
        if k not in (x, y) and w.state.base(k) != BIN
    ]
    if not opts:
        return None
    x, y, k = w.rng.choice(opts)
    text = (
        f"{_blk(w, k).capitalize()} is fine where it is, so keep it there. "
        f"Put {_blk(w, x)} on top of {_blk(w, y)} though."
    )
    return text, both(rels(Rel("on", x, y)), kept(k))


def t68_keep_chatty(w: World) -> Made:
    table = [b for b in w.blocks if w.state.base(b) in ON_TABLE]
    if not table:
        return None
    k = w.rng.choice(table)
    others = [b for b in w.blocks if b != k]
    if not others or len(others) > 5:
        return None
    text = (
        "Hey! Don't mind the mess. Could you clear the blocks into the bin, "
        f"but keep {_blk(w, k)} on the table? Thanks!"
    )
    return text, both(binned(others), _on_table_check([k]))


# ----- multi-step ---------------------------------------------------------------------------------------
def t68_multi_context(w: World) -> Made:
    xs = w.clear_blocks()
    opts = [
        (x, y, z)
        for x in xs
        for y in xs
        for z in xs
        if len({x, y, z}) == 3 and _can_take(w, y, 2)
    ]
    if not opts:
        return None
    bottom, mid, top = w.rng.choice(opts)
    text = (
        f"I want to build a little tower. First put {_blk(w, mid)} on {_blk(w, bottom)}, "
        f"then put {_blk(w, top)} on {_blk(w, mid)}."
    )
    return text, rels(Rel("on", mid, bottom), Rel("on", top, mid))


def t68_multi_reason(w: World) -> Made:
    opts = [
        (x, bowl, y)
        for x in w.in_bowls()
        for bowl in [w.state.base(x)]
        for y in w.clear_blocks()
        if w.state.base(y) != bowl
    ]
    if not opts:
        return None
    x, bowl, y = w.rng.choice(opts)
    text = (
        f"Take {_blk(w, x)} out of {_bwl(w, bowl)}, then put {_blk(w, y)} in there instead. "
        "The colours clash."
    )
    return text, both(_out_of(x, bowl), rels(Rel("in", y, bowl)))


def t68_multi_afterthought(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = w.clear_blocks()
    opts = [
        (a, b, c)
        for a in xs
        if _not_in(w, a, bowl)
        for b in xs
        for c in xs
        if len({a, b, c}) == 3
    ]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    place = w.rng.choice(PLACES)
    text = (
        f"Put {_blk(w, a)} in {_bwl(w, bowl)}, then {_blk(w, b)} in the bin. "
        f"Oh, and after that, move {_blk(w, c)} to the {place}."
    )
    return text, both(rels(Rel("in", a, bowl), Rel("at", c, place)), binned([b]))


def t68_multi_correction(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    wrong, right = w.pick(list(PLACES), 2)
    text = (
        f"First move {_blk(w, x)} to the {wrong}, then stack {_blk(w, y)} on it. "
        f"Oh, sorry, not the {wrong}, the {right}."
    )
    return text, rels(Rel("at", x, right), Rel("on", y, x))


def t68_multi_pronoun(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = w.clear_blocks()
    opts = [(x, y) for x in xs if _not_in(w, x, bowl) for y in xs if y != x]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = f"Pick up {_blk(w, x)} and put it in {_bwl(w, bowl)}. Then stack {_blk(w, y)} on it."
    return text, rels(Rel("in", x, bowl), Rel("on", y, x))


def t68_multi_chatty(w: World) -> Made:
    xs = w.clear_blocks()
    opts = [
        (a, b, c)
        for a in xs
        for b in xs
        for c in xs
        if len({a, b, c}) == 3 and _can_take(w, c)
    ]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    text = (
        f"Hi hi! Okay, two little jobs for you. First, {_blk(w, a)} into the bin. "
        f"Then {_blk(w, b)} onto {_blk(w, c)}. That's it, thanks!"
    )
    return text, both(binned([a]), rels(Rel("on", b, c)))


# ----- questions ----------------------------------------------------------------------------------------
def t68_q_context(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bowl = w.state.base(x)
    else:
        x = w.rng.choice(w.blocks)
        bowl = w.rng.choice(w.bowls)
    ctx = w.rng.choice(
        ["I can't see the table from here.", "My view's blocked by the lamp."]
    )
    text = f"{ctx} Is {_blk(w, x)} in {_bwl(w, bowl)}?"
    return text, answered(yes(w.state.base(x) == bowl))


def t68_q_reason(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(w.state.in_bowl(bowl))
    text = f"How many blocks are in {_bwl(w, bowl)}? I want to know if there's room for more."
    return text, answered(str(n))


def t68_q_afterthought(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (
        f"What colour is the block on {_blk(w, below)}? "
        "Oh, I mean the one sitting directly on it."
    )
    return text, answered(w.colour(top))


def t68_q_correction(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    wrong, right = w.pick(w.bowls, 2)
    text = f"Is there anything in {_bwl(w, wrong)}? Sorry, I mean {_bwl(w, right)}."
    return text, answered(yes(bool(w.state.in_bowl(right))))


def t68_q_pronoun(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    s = w.state.support[x]
    if s in w.state.support:
        prefix = f"{w.colour(s)}|block"
    elif s in w.state.bowls:
        prefix = f"{w.colour(s)}|bowl"
    elif s == TABLE:
        prefix = "table"
    else:
        return None
    return f"See {_blk(w, x)}? What's it sitting on?", answered(prefix)


def t68_q_chatty(w: World) -> Made:
    if w.rng.random() < 0.5:
        text = "Hey, quick question while you're over there! How many bowls are on the table? Just curious."
        return text, answered(str(len(w.bowls)))
    text = "Hey, quick question while you're over there! How many blocks are there altogether? Just curious."
    return text, answered(str(len(w.blocks)))


# ----- colour matching ----------------------------------------------------------------------------------
def t68_match_context(w: World) -> Made:
    if not _bowl_match(w):
        return None
    ctx = w.rng.choice(
        ["My kid likes everything sorted by colour.", "I like things colour-coded."]
    )
    text = f"{ctx} Could you put each block in the bowl that's the same colour as it?"
    return text, rels(*matching(w))


def t68_match_reason(w: World) -> Made:
    pairs = [(b, bw) for b, bw in _bowl_match(w) if _room(w, bw)]
    if not pairs:
        return None
    x, bowl = w.rng.choice(pairs)
    reason = w.rng.choice(
        ["I'm sorting things by colour.", "It's easier to find that way."]
    )
    return f"Put {_blk(w, x)} in the bowl that matches it. {reason}", rels(
        Rel("in", x, bowl)
    )


def t68_match_afterthought(w: World) -> Made:
    rest = _mismatched(w)
    if not _bowl_match(w) or not rest or len(rest) > 5:
        return None
    text = (
        "Sort the blocks into the bowls by colour. "
        "Oh, and any block without a matching bowl can go in the bin."
    )
    return text, both(rels(*matching(w)), binned(rest))


def t68_match_correction(w: World) -> Made:
    opts = [
        (x, bowl, wrong)
        for x, bowl in _bowl_match(w)
        if _room(w, bowl)
        for wrong in w.bowls
        if wrong != bowl and w.state.base(x) != wrong
    ]
    if not opts:
        return None
    x, bowl, wrong = w.rng.choice(opts)
    text = (
        f"Put {_blk(w, x)} in {_bwl(w, wrong)}. "
        "Hmm, actually no, put it in the bowl that's the same colour as it."
    )
    return text, rels(Rel("in", x, bowl))


def t68_match_pronoun(w: World) -> Made:
    pairs = [(b, bw) for b, bw in _bowl_match(w) if _room(w, bw)]
    if not pairs:
        return None
    x, bowl = w.rng.choice(pairs)
    text = f"See {_bwl(w, bowl)}? Find the block that matches it and pop that block in there."
    return text, rels(Rel("in", x, bowl))


def t68_match_chatty(w: World) -> Made:
    if not _bowl_match(w):
        return None
    text = (
        "Hi! Hope all's well. Fancy a colour-matching job? Every block that has a bowl "
        "in its colour should go into that bowl. Thanks, you're a star!"
    )
    return text, rels(*matching(w))


_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("context", "reason", "afterthought", "correction", "pronoun", "chatty")

FRESH68: list[Template] = [
    (f"t68_{short}_{style}", category, globals()[f"t68_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
