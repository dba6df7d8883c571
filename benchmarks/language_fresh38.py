"""`FRESH38`, the thirty-ninth untuned batch: sixty language templates, six per category, over the usual random scenes.

It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.
Styles, one per category each: a sports commentator narrating, a detective or mystery fan, a pirate-speak joker, an
academic writing formally, a text message with abbreviations and emoji, and a nervous first-time user who apologises.

Its first run, before any fix it prompted (300 instructions, seed 0; on 7903586): goal correct 0.17 (51 of 300); 50
templates missed, 2 of them with a wrong kind of reply: 'Sorry, um, is it ok if you put X on the table?' was answered
as a question, and 'What this crowd really wants to see is X landing on Y, can the robot deliver?' with a description
of the scene. Every message with an emoji was refused as not English; the other misses were clear refusals.
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

_S38_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def s38_c(w: World, name: str) -> str:
    return w.colour(name)


def s38_room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def s38_depth(w: World, block: str) -> int:
    """How many blocks from `block` down to the bottom of its tower, itself included."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def s38_can_stack(w: World, top: str, below: str) -> bool:
    """Putting `top` directly on `below` makes sense and is not already true."""
    st = w.state
    return (top != below and st.support[top] != below and below not in st.above(top)
            and st.base(below) != BIN and s38_depth(w, below) + 1 <= layout.MAX_TOWER)


def s38_can_bowl(w: World, block: str, bowl: str) -> bool:
    """Putting `block` into `bowl` is possible and not already true."""
    return w.state.base(block) != bowl and s38_room(w, bowl) >= 1


def s38_keepable(w: World, keep: str, *moved: str) -> bool:
    """`keep` can stay where it is while the `moved` blocks (and blocks stacked onto) are handled."""
    st = w.state
    return keep not in moved and all(keep not in st.above(m) for m in moved)


def s38_movable(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def s38_single_bowls(w: World) -> list[str]:
    """Bowls that hold exactly one block."""
    return [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]


def s38_place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def s38_bin_dist(w: World, b: str) -> float:
    p = w.scene.get(b).position
    return ((p[0] - layout.BIN_CENTER[0]) ** 2 + (p[1] - layout.BIN_CENTER[1]) ** 2) ** 0.5


def s38_off_ground(w: World, b: str) -> bool:
    """Not resting directly on the table (on a block, in a bowl, ...)."""
    return w.state.support[b] not in _S38_GROUND


def s38_grounded(blocks: list[str]) -> Check:
    """Every one of `blocks` stands in a tower on the table (not in a bowl, the bin or the gripper)."""
    return lambda _i, f: all(f.base(b) in _S38_GROUND for b in blocks)


# ----- imperative -------------------------------------------------------------------------------------
def s38_imp_sports(w: World) -> Made:
    bs = w.pick(s38_movable(w))
    if not bs:
        return None
    b = bs[0]
    text = (f"And here we go, folks, the robot reaches out, grabs the {s38_c(w, b)} block, swings it over to the "
            "bin and drops it in... what a move!")
    return text, rels(Rel("in_bin", b))


def s38_imp_detective(w: World) -> Made:
    if "middle" not in PLACES:
        return None
    bs = w.pick([b for b in s38_movable(w) if w.state.base(b) != "middle"])
    if not bs:
        return None
    b = bs[0]
    text = (f"Bring me the {s38_c(w, b)} cube. Set it down in the middle of the table where I can get a good look "
            "at it, every clue counts.")
    return text, rels(Rel("at", b, "middle"))


def s38_imp_pirate(w: World) -> Made:
    opts = [(b, bw) for b in s38_movable(w) for bw in w.bowls if s38_can_bowl(w, b, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    text = f"Arr, put ye {s38_c(w, b)} block in the {s38_c(w, bw)} bowl, matey!"
    return text, rels(Rel("in", b, bw))


def s38_imp_academic(w: World) -> Made:
    opts = [(t, u) for t in s38_movable(w) for u in s38_movable(w) if s38_can_stack(w, t, u)]
    if not opts:
        return None
    t, u = w.rng.choice(opts)
    text = f"It is hereby requested that the {s38_c(w, t)} block be placed directly upon the {s38_c(w, u)} block."
    return text, rels(Rel("on", t, u))


def s38_imp_text(w: World) -> Made:
    place = s38_place(w)
    bs = w.pick([b for b in s38_movable(w) if w.state.base(b) != place])
    if not bs:
        return None
    b = bs[0]
    return f"pls mv the {s38_c(w, b)} blk 2 the {place} thx 👍", rels(Rel("at", b, place))


def s38_imp_nervous(w: World) -> Made:
    bs = w.pick([b for b in s38_movable(w) if s38_off_ground(w, b)])
    if not bs:
        return None
    b = bs[0]
    text = (f"Sorry, um, is it ok if you put the {s38_c(w, b)} block on the table? "
            "Sorry if that's a silly thing to ask, I'm new to this.")
    return text, rels(Rel("on_table", b))


# ----- declarative ------------------------------------------------------------------------------------
def s38_dec_sports(w: World) -> Made:
    opts = [(b, bw) for b in s38_movable(w) for bw in w.bowls if s38_can_bowl(w, b, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    text = (f"Here's the play, folks: the {s38_c(w, b)} block is headed for the {s38_c(w, bw)} bowl, "
            "and this robot has been practising all season for it.")
    return text, rels(Rel("in", b, bw))


def s38_dec_detective(w: World) -> Made:
    bs = w.pick(s38_movable(w))
    if not bs:
        return None
    b = bs[0]
    text = f"The {s38_c(w, b)} block belongs in the bin, Watson. That's where all the evidence leads."
    return text, rels(Rel("in_bin", b))


def s38_dec_pirate(w: World) -> Made:
    place = s38_place(w)
    bs = w.pick([b for b in s38_movable(w) if w.state.base(b) != place])
    if not bs:
        return None
    b = bs[0]
    text = f"Yer {s38_c(w, b)} cube belongs over at the {place}, ye scallywag, that be its rightful berth."
    return text, rels(Rel("at", b, place))


def s38_dec_academic(w: World) -> Made:
    opts = [(b, bw) for b in s38_movable(w) for bw in w.bowls if s38_can_bowl(w, b, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    text = (f"For the purposes of the present arrangement, the {s38_c(w, b)} block ought to be situated within "
            f"the {s38_c(w, bw)} bowl.")
    return text, rels(Rel("in", b, bw))


def s38_dec_text(w: World) -> Made:
    opts = [(t, u) for t in s38_movable(w) for u in s38_movable(w) if s38_can_stack(w, t, u)]
    if not opts:
        return None
    t, u = w.rng.choice(opts)
    return f"{s38_c(w, t)} blk goes on top of the {s38_c(w, u)} blk 👍", rels(Rel("on", t, u))


def s38_dec_nervous(w: World) -> Made:
    bs = w.pick([b for b in w.blocks if w.state.base(b) in w.bowls])
    if not bs:
        return None
    b = bs[0]
    bw = w.state.base(b)
    text = (f"Sorry, I think the {s38_c(w, b)} block is supposed to be on the table, not in the {s38_c(w, bw)} "
            "bowl... sorry, I hope that makes sense.")
    return text, rels(Rel("on_table", b))


# ----- desiderative -----------------------------------------------------------------------------------
def s38_des_sports(w: World) -> Made:
    opts = [(t, u) for t in s38_movable(w) for u in s38_movable(w) if s38_can_stack(w, t, u)]
    if not opts:
        return None
    t, u = w.rng.choice(opts)
    text = (f"What this crowd really wants to see is the {s38_c(w, t)} block landing right on top of the "
            f"{s38_c(w, u)} block, can the robot deliver?")
    return text, rels(Rel("on", t, u))


def s38_des_detective(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    text = (f"I'd like the {s38_c(w, t)} cube, the one resting on the {s38_c(w, u)} cube, taken down and laid on "
            "the table for closer inspection.")
    return text, rels(Rel("on_table", t))


def s38_des_pirate(w: World) -> Made:
    place = s38_place(w)
    bs = w.pick([b for b in s38_movable(w) if w.state.base(b) != place])
    if not bs:
        return None
    b = bs[0]
    text = f"I be wantin' the {s38_c(w, b)} block over at the {place}, savvy?"
    return text, rels(Rel("at", b, place))


def s38_des_academic(w: World) -> Made:
    opts = [(t, u) for t in s38_movable(w) for u in s38_movable(w) if s38_can_stack(w, t, u)]
    if not opts:
        return None
    t, u = w.rng.choice(opts)
    text = (f"It would be most desirable for the {s38_c(w, t)} block to be positioned atop the {s38_c(w, u)} "
            "block.")
    return text, rels(Rel("on", t, u))


def s38_des_text(w: World) -> Made:
    bs = w.pick(s38_movable(w))
    if not bs:
        return None
    b = bs[0]
    return f"i want the {s38_c(w, b)} block in the bin lol 🗑️", rels(Rel("in_bin", b))


def s38_des_nervous(w: World) -> Made:
    opts = [(b, bw) for b in s38_movable(w) for bw in w.bowls if s38_can_bowl(w, b, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    text = (f"Um, I'd kind of like the {s38_c(w, b)} block in the {s38_c(w, bw)} bowl, if that's not too much "
            "trouble? Sorry.")
    return text, rels(Rel("in", b, bw))


# ----- quantified -------------------------------------------------------------------------------------
def s38_qua_sports(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    inside = w.state.in_bowl(bw)
    text = (f"He's going for it, folks, every single block in the {s38_c(w, bw)} bowl is going straight into "
            "the bin!")
    return text, binned(inside)


def s38_qua_detective(w: World) -> Made:
    opts = [bw for bw in w.bowls if s38_room(w, bw) >= 2
            and len([b for b in s38_movable(w) if w.state.base(b) != bw]) >= 2]
    if not opts:
        return None
    bw = w.rng.choice(opts)

    def check(i, f) -> bool:
        return len([b for b in f.in_bowl(bw) if b not in i.in_bowl(bw)]) == 2

    text = (f"Any two of the cubes will do for the evidence locker. Put two of them in the {s38_c(w, bw)} bowl, "
            "your choice which.")
    return text, check


def s38_qua_pirate(w: World) -> Made:
    if not s38_movable(w) or len(w.blocks) > len(layout.BIN_SLOTS):
        return None  # more blocks than the bin has room for side by side
    text = "Arr, throw every last block overboard into the bin, all of 'em, no mercy!"
    return text, binned(list(w.blocks))


def s38_qua_academic(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    text = f"All blocks currently located within the {s38_c(w, bw)} bowl are to be transferred to the table."
    return text, s38_grounded(w.state.in_bowl(bw))


def s38_qua_text(w: World) -> Made:
    bs = w.pick(s38_movable(w), 2)
    if not bs:
        return None
    a, b = bs
    return f"put both the {s38_c(w, a)} n {s38_c(w, b)} blks in the bin pls thx", binned([a, b])


def s38_qua_nervous(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    opts = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) < len(w.blocks)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    text = (f"Sorry, would it be alright to put all the blocks in the {s38_c(w, bw)} bowl? I think they'll fit, "
            "sorry if not.")
    return text, count_in(bw, len(w.blocks))


# ----- negated ----------------------------------------------------------------------------------------
def s38_neg_sports(w: World) -> Made:
    opts = [(b, bw) for b in s38_movable(w) for bw in w.bowls if s38_can_bowl(w, b, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    text = (f"Not the bin, not the table, no sir, the robot is taking the {s38_c(w, b)} block straight into the "
            f"{s38_c(w, bw)} bowl!")
    return text, both(rels(Rel("in", b, bw)), none_binned([b]))


def s38_neg_detective(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    inside = w.state.in_bowl(bw)
    text = (f"Clear out the {s38_c(w, bw)} bowl, but none of those cubes go in the bin, mind you. "
            "They're evidence.")
    return text, both(empty(bw), none_binned(inside))


def s38_neg_pirate(w: World) -> Made:
    mov = s38_movable(w)
    if len(mov) < 2:
        return None
    b = w.rng.choice(mov)
    others = [o for o in w.blocks if o != b]
    text = f"Toss every block that ain't {s38_c(w, b)} into the bin, ye scurvy dog!"
    return text, both(binned(others), none_binned([b]))


def s38_neg_academic(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)

    def check(_i, f) -> bool:
        return f.support[t] not in (u, "gripper", *_S38_GROUND)

    text = (f"It is requested that the {s38_c(w, t)} block be removed from the {s38_c(w, u)} block; it should "
            "not, however, be placed on the table.")
    return text, check


def s38_neg_text(w: World) -> Made:
    bs = w.pick(s38_movable(w))
    if not bs:
        return None
    b = bs[0]

    def check(i, f) -> bool:
        return f.support[b] != i.support[b] and f.base(b) not in (BIN, "gripper")

    return f"can u move the {s38_c(w, b)} blk somewhere else? just NOT the bin lol", check


def s38_neg_nervous(w: World) -> Made:
    bs = w.pick([b for b in w.blocks if w.state.base(b) in w.bowls])
    if not bs:
        return None
    b = bs[0]

    def check(_i, f) -> bool:
        return f.base(b) not in (*f.bowls, "gripper")

    text = (f"Sorry, could you move the {s38_c(w, b)} block somewhere that isn't a bowl? "
            "I don't really mind where, sorry.")
    return text, check


# ----- relative ---------------------------------------------------------------------------------------
def s38_rel_sports(w: World) -> Made:
    mov = sorted(s38_movable(w), key=lambda b: s38_bin_dist(w, b))
    if len(mov) < 2 or s38_bin_dist(w, mov[1]) - s38_bin_dist(w, mov[0]) < 0.04:
        return None
    b = mov[0]
    text = "The block that's closest to the bin, the robot scoops it up and slam dunks it right in!"
    return text, rels(Rel("in_bin", b))


def s38_rel_detective(w: World) -> Made:
    ones = s38_single_bowls(w)
    if not ones:
        return None
    bw = w.rng.choice(ones)
    b = w.state.in_bowl(bw)[0]
    text = f"The suspect is the cube sitting in the {s38_c(w, bw)} bowl; bring it to the table."
    return text, rels(Rel("on_table", b))


def s38_rel_pirate(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    text = f"The cube what be sittin' under the {s38_c(w, t)} one, toss that 'un in the bin, arr."
    return text, rels(Rel("in_bin", u))


def s38_rel_academic(w: World) -> Made:
    opts = [bw for bw in w.bowls if s38_room(w, bw) >= 1]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    out = sorted((b for b in s38_movable(w) if w.state.base(b) != bw), key=lambda b: w.dist(b, bw))
    if not out or (len(out) > 1 and w.dist(out[1], bw) - w.dist(out[0], bw) < 0.04):
        return None
    b = out[0]
    text = (f"The block which is situated nearest to the {s38_c(w, bw)} bowl, excluding any already within it, "
            "ought to be placed inside said bowl.")
    return text, rels(Rel("in", b, bw))


def s38_rel_text(w: World) -> Made:
    opts = [(t, u, bw) for t, u in w.pairs() for bw in w.bowls if s38_can_bowl(w, t, bw)]
    if not opts:
        return None
    t, u, bw = w.rng.choice(opts)
    return (f"the blk thats on the {s38_c(w, u)} blk, pls put it in the {s38_c(w, bw)} bowl thx 👍",
            rels(Rel("in", t, bw)))


def s38_rel_nervous(w: World) -> Made:
    bw_colours = {s38_c(w, bw): bw for bw in w.bowls}
    place = s38_place(w)
    opts = [b for b in s38_movable(w) if s38_c(w, b) in bw_colours and w.state.base(b) != place]
    if not opts:
        return None
    b = w.rng.choice(opts)
    bw = bw_colours[s38_c(w, b)]
    text = (f"Sorry, um, the block that's the same colour as the {s38_c(w, bw)} bowl... could you maybe put it "
            f"on the {place}? If that's ok.")
    return text, rels(Rel("at", b, place))


# ----- keep -------------------------------------------------------------------------------------------
def s38_keep_sports(w: World) -> Made:
    opts = [(b, bw, k) for b in s38_movable(w) for bw in w.bowls if s38_can_bowl(w, b, bw)
            for k in w.blocks if s38_keepable(w, k, b)]
    if not opts:
        return None
    b, bw, k = w.rng.choice(opts)
    text = (f"The robot moves the {s38_c(w, b)} block into the {s38_c(w, bw)} bowl, and the {s38_c(w, k)} block "
            "stays right where it is, no fouls, beautiful!")
    return text, both(rels(Rel("in", b, bw)), kept(k))


def s38_keep_detective(w: World) -> Made:
    opts = [(b, k) for b in s38_movable(w) for k in w.blocks if s38_keepable(w, k, b)]
    if not opts:
        return None
    b, k = w.rng.choice(opts)
    text = (f"Move the {s38_c(w, b)} cube to the bin, but leave the {s38_c(w, k)} cube untouched. "
            "Don't disturb the crime scene.")
    return text, both(rels(Rel("in_bin", b)), kept(k))


def s38_keep_pirate(w: World) -> Made:
    place = s38_place(w)
    opts = [(b, k) for b in s38_movable(w) if w.state.base(b) != place
            for k in w.blocks if s38_keepable(w, k, b)]
    if not opts:
        return None
    b, k = w.rng.choice(opts)
    text = f"Stow the {s38_c(w, b)} block at the {place}, but leave the {s38_c(w, k)} block be, arr."
    return text, both(rels(Rel("at", b, place)), kept(k))


def s38_keep_academic(w: World) -> Made:
    mov = s38_movable(w)
    opts = [(t, u, k) for t in mov for u in mov if s38_can_stack(w, t, u)
            for k in w.blocks if k != u and s38_keepable(w, k, t, u)]
    if not opts:
        return None
    t, u, k = w.rng.choice(opts)
    text = (f"Place the {s38_c(w, t)} block upon the {s38_c(w, u)} block, whilst ensuring that the "
            f"{s38_c(w, k)} block retains its current position.")
    return text, both(rels(Rel("on", t, u)), kept(k))


def s38_keep_text(w: World) -> Made:
    opts = [(b, k) for b in s38_movable(w) for k in w.blocks if s38_keepable(w, k, b)]
    if not opts:
        return None
    b, k = w.rng.choice(opts)
    return (f"mv {s38_c(w, b)} blk to bin but keep the {s38_c(w, k)} one where it is thx",
            both(rels(Rel("in_bin", b)), kept(k)))


def s38_keep_nervous(w: World) -> Made:
    opts = [(b, bw) for bw in w.bowls if w.state.in_bowl(bw)
            for b in s38_movable(w) if w.state.base(b) != bw]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    inside = w.state.in_bowl(bw)
    text = (f"Sorry, um, could you put the {s38_c(w, b)} block in the bin, but please don't disturb anything in "
            f"the {s38_c(w, bw)} bowl? Sorry.")
    return text, both(rels(Rel("in_bin", b)), kept(*inside))


# ----- multi_step -------------------------------------------------------------------------------------
def s38_multi_sports(w: World) -> Made:
    mov = s38_movable(w)
    opts = [(a, t, u) for a in mov for t in mov for u in mov
            if len({a, t, u}) == 3 and s38_can_stack(w, t, u) and u not in w.state.above(a)]
    if not opts:
        return None
    a, t, u = w.rng.choice(opts)
    text = (f"First the {s38_c(w, a)} block goes into the bin, then the {s38_c(w, t)} block up onto the "
            f"{s38_c(w, u)} block, what a sequence!")
    return text, rels(Rel("in_bin", a), Rel("on", t, u))


def s38_multi_detective(w: World) -> Made:
    opts = [(a, bw, b) for a in w.blocks for bw in w.bowls if w.state.base(a) == bw
            for b in s38_movable(w) if w.state.base(b) != bw]
    if not opts:
        return None
    a, bw, b = w.rng.choice(opts)
    text = (f"First, take the {s38_c(w, a)} cube out of the {s38_c(w, bw)} bowl and put it on the table. "
            f"Then slip the {s38_c(w, b)} cube into the bowl in its place. Nobody will notice the switch.")
    return text, rels(Rel("on_table", a), Rel("in", b, bw))


def s38_multi_pirate(w: World) -> Made:
    mov = s38_movable(w)
    opts = [(a, bw, b) for a in mov for bw in w.bowls if s38_can_bowl(w, a, bw) for b in mov if b != a]
    if not opts:
        return None
    a, bw, b = w.rng.choice(opts)
    text = (f"Arr, first ye put the {s38_c(w, a)} block in the {s38_c(w, bw)} bowl, then ye toss the "
            f"{s38_c(w, b)} block to the fishes in the bin.")
    return text, rels(Rel("in", a, bw), Rel("in_bin", b))


def s38_multi_academic(w: World) -> Made:
    place = s38_place(w)
    mov = s38_movable(w)
    opts = [(a, b) for a in mov for b in mov if a != b]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    if w.state.base(a) == place and w.state.support[b] == a:
        return None
    text = (f"Firstly, the {s38_c(w, a)} block is to be placed at the {place}; subsequently, the {s38_c(w, b)} "
            "block should be placed upon the aforementioned block.")
    return text, rels(Rel("at", a, place), Rel("on", b, a))


def s38_multi_text(w: World) -> Made:
    mov = s38_movable(w)
    opts = [(a, b, bw) for a in mov for b in mov if a != b for bw in w.bowls
            if s38_room(w, bw) >= 2 - len([x for x in (a, b) if w.state.base(x) == bw])
            and not (w.state.base(a) == bw and w.state.support[b] == a)]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    return (f"ok so 1st put {s38_c(w, a)} in the {s38_c(w, bw)} bowl, then {s38_c(w, b)} on top of it 👍",
            rels(Rel("in", a, bw), Rel("on", b, a)))


def s38_multi_nervous(w: World) -> Made:
    mov = s38_movable(w)
    opts = [(a, b) for a in mov for b in mov if a != b and not (w.state.support[a] in _S38_GROUND
                                                               and w.state.support[b] == a)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = (f"Um, sorry, could you put the {s38_c(w, a)} block on the table first, and then maybe the "
            f"{s38_c(w, b)} block on top of it? Sorry if that's confusing.")
    return text, rels(Rel("on_table", a), Rel("on", b, a))


# ----- question ---------------------------------------------------------------------------------------
def s38_q_sports(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    n = len(w.state.in_bowl(bw))
    text = f"Quick update for the folks at home: how many blocks are in the {s38_c(w, bw)} bowl right now?"
    return text, answered(str(n))


def s38_q_detective(w: World) -> Made:
    opts = [b for b in w.blocks if len(w.state.on_top(b)) == 1]
    if not opts:
        return None
    b = w.rng.choice(opts)
    top = w.state.on_top(b)[0]
    text = f"Elementary question, robot: what's sitting on top of the {s38_c(w, b)} block?"
    return text, answered(f"{s38_c(w, top)}|block")


def s38_q_pirate(w: World) -> Made:
    if not w.bowls:
        return None
    bw = w.rng.choice(w.bowls)
    text = f"Arr, be there any blocks in the {s38_c(w, bw)} bowl, matey?"
    return text, answered(yes(bool(w.state.in_bowl(bw))))


def s38_q_academic(w: World) -> Made:
    bs = w.pick([b for b in w.blocks if w.state.base(b) in w.bowls])
    if not bs:
        return None
    b = bs[0]
    bw = w.state.base(b)
    text = f"Could you kindly indicate in which bowl the {s38_c(w, b)} block is presently located?"
    return text, answered(f"{s38_c(w, bw)}|bowl")


def s38_q_text(w: World) -> Made:
    if not w.blocks:
        return None
    return "how many blks r there altogether? 🤔", answered(str(len(w.blocks)))


def s38_q_nervous(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        t, u = w.rng.choice(pairs)
    else:
        bs = w.pick(w.blocks, 2)
        if not bs:
            return None
        t, u = bs
        if t in w.state.above(u) and w.state.support[t] != u:
            return None  # higher up the same tower: "on top of" would be unclear
    text = (f"Sorry, this is probably a silly question, but is the {s38_c(w, t)} block on top of the "
            f"{s38_c(w, u)} block?")
    return text, answered(yes(w.state.support[t] == u))


# ----- matching ---------------------------------------------------------------------------------------
def s38_match_rels(w: World) -> list[Rel] | None:
    want = matching(w)
    if not want or all(w.state.base(r.args[0]) == r.args[1] for r in want):
        return None
    for bw in w.bowls:
        new = [r for r in want if r.args[1] == bw and w.state.base(r.args[0]) != bw]
        if len(new) > s38_room(w, bw):
            return None
    return want


def s38_match_sports(w: World) -> Made:
    want = s38_match_rels(w)
    if not want:
        return None
    text = ("And today's challenge: every block into the bowl that matches its colour. Let's see if the robot can "
            "pull it off!")
    return text, rels(*want)


def s38_match_detective(w: World) -> Made:
    want = s38_match_rels(w)
    if not want:
        return None
    return "The clue is in the colours. Put each cube in the bowl of the same colour.", rels(*want)


def s38_match_pirate(w: World) -> Made:
    want = s38_match_rels(w)
    if not want:
        return None
    return "Arr, sort the blocks into the bowls o' their own colour, ye landlubber!", rels(*want)


def s38_match_academic(w: World) -> Made:
    want = s38_match_rels(w)
    if not want:
        return None
    text = ("It is requested that each block be deposited in the bowl corresponding to its colour, "
            "wherever such a bowl exists.")
    return text, rels(*want)


def s38_match_text(w: World) -> Made:
    want = s38_match_rels(w)
    if not want:
        return None
    return "pls put the blocks in the matching colour bowls 🙏 thx", rels(*want)


def s38_match_nervous(w: World) -> Made:
    want = s38_match_rels(w)
    if not want:
        return None
    text = ("Sorry, um, would it be ok to put the blocks into the bowls that are the same colour as them? "
            "Just the ones that match, sorry.")
    return text, rels(*want)


_S38_STYLES = ("sports", "detective", "pirate", "academic", "text", "nervous")
_S38_MAKERS: dict[str, tuple] = {
    "imperative": (s38_imp_sports, s38_imp_detective, s38_imp_pirate, s38_imp_academic, s38_imp_text,
                   s38_imp_nervous),
    "declarative": (s38_dec_sports, s38_dec_detective, s38_dec_pirate, s38_dec_academic, s38_dec_text,
                    s38_dec_nervous),
    "desiderative": (s38_des_sports, s38_des_detective, s38_des_pirate, s38_des_academic, s38_des_text,
                     s38_des_nervous),
    "quantified": (s38_qua_sports, s38_qua_detective, s38_qua_pirate, s38_qua_academic, s38_qua_text,
                   s38_qua_nervous),
    "negated": (s38_neg_sports, s38_neg_detective, s38_neg_pirate, s38_neg_academic, s38_neg_text,
                s38_neg_nervous),
    "relative": (s38_rel_sports, s38_rel_detective, s38_rel_pirate, s38_rel_academic, s38_rel_text,
                 s38_rel_nervous),
    "keep": (s38_keep_sports, s38_keep_detective, s38_keep_pirate, s38_keep_academic, s38_keep_text,
             s38_keep_nervous),
    "multi_step": (s38_multi_sports, s38_multi_detective, s38_multi_pirate, s38_multi_academic, s38_multi_text,
                   s38_multi_nervous),
    "question": (s38_q_sports, s38_q_detective, s38_q_pirate, s38_q_academic, s38_q_text, s38_q_nervous),
    "matching": (s38_match_sports, s38_match_detective, s38_match_pirate, s38_match_academic, s38_match_text,
                 s38_match_nervous),
}

FRESH38: list[Template] = [
    (f"s38_{cat}_{style}", cat, make)
    for cat, makers in _S38_MAKERS.items()
    for style, make in zip(_S38_STYLES, makers, strict=True)
]

