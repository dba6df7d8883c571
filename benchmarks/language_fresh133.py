"""`FRESH133`, the hundred-and-thirty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: how to move, said alongside what to do. People add manner and motion to their
requests ("slowly", "gently", "in one smooth motion", "lift it high", "use your gripper")
that carry no goal of their own; the goal stays what the rest of the sentence says. Where
the manner names a thing ("without touching the white block") it is a real constraint and
the check keeps that block where it was.

- slow: "Slowly put the red block in the blue bowl, take your time."
- gentle: "Gently lift the green block and set it down on the table."
- careful: "Carefully, without touching the white block, move the red block to the middle."
- steady: "Grab the pink block and drop it in the bin, nice and steady."
- high: "Lift the red block high so it clears the tower, then put it in the green bowl."
- grip: "Use your gripper to pick up the cyan block and put it in the top left corner."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 1544f0c, the code of 9eefbb8, after every fix before it and before anything
it could prompt): 0.44 goal-correct (132 of 300), 156 refused, 3 asked, 9 wrong, five of them actions: 'I need X on Y;
set it down softly.' put X on Y and then on the table (three times); "I'd like X in the bin, but go slowly." put X on a
block (twice); four wrong replies ('No rush, but how many blocks does W have in it?'). Most refusals were the manner
itself: 'take your time', 'nice and steady', 'in one smooth motion', 'lift it high over the tower, then ...', 'use your
gripper to ...', 'with your claw', "don't drop it on the way".
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
from sim.core.relations import Rel, holds

BIN_CAPACITY = 5


# ----- helpers ---------------------------------------------------------------------------------
def _free() -> Check:
    """Nothing is left in the gripper."""
    return lambda _i, f: f.held is None


def _done(*checks: Check) -> Check:
    """The goal holds and the gripper is empty."""
    return both(*checks, _free())


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _no_bowl(block: str) -> Check:
    return lambda _i, f: f.base(block) not in f.bowls


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _height(w: World, block: str) -> int:
    """How many blocks the tower holds from its base up to and including `block`."""
    h, s = 1, w.state.support[block]
    while s in w.state.support:
        h, s = h + 1, w.state.support[s]
    return h


def _loose(w: World) -> list[str]:
    """Clear blocks that stand alone on the table (not on a block, not in a bowl)."""
    return [b for b in w.clear_blocks() if w.state.support[b] in (TABLE, *PLACES)]


def _towers(w: World) -> list[str]:
    """Every block that is part of a tower on the table (on a block, or under one)."""
    out = set()
    for top, below in w.pairs():
        out.update((top, below))
    return [b for b in w.blocks if b in out]


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _can_stack(w: World, top: str, below: str) -> bool:
    s = w.state
    return (
        top != below
        and s.is_clear(below)
        and s.support[top] != below
        and below not in s.above(top)
        and _height(w, below) + 1 <= layout.MAX_TOWER
    )


def _bystander(w: World, *busy: str) -> str | None:
    """A block that need not move for the moves of `busy` blocks: not one of them, not above one."""
    s = w.state
    avoid = set(busy)
    for b in busy:
        avoid.update(s.above(b))
        avoid.add(s.support[b])
    pool = [b for b in w.blocks if b not in avoid]
    return w.rng.choice(pool) if pool else None


def _mover_to_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl it is not in that has room for it."""
    pairs = [
        (b, bowl)
        for b in w.clear_blocks()
        for bowl in w.bowls
        if w.state.base(b) != bowl and _room(w, bowl)
    ]
    return w.rng.choice(pairs) if pairs else None


def _stack_pair(w: World) -> tuple[str, str] | None:
    clear = w.clear_blocks()
    pairs = [(a, b) for a in clear for b in clear if _can_stack(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _off_table(w: World) -> list[str]:
    """Clear blocks that are not on the table: on a block or in a bowl."""
    return [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# ----- imperative ------------------------------------------------------------------------------
def t133_imp_slow(w: World) -> Made:
    got = _mover_to_bowl(w)
    if got is None:
        return None
    a, bowl = got
    text = w.rng.choice(
        [
            f"Slowly put the {a} in the {bowl}.",
            f"Put the {a} in the {bowl}, nice and slow.",
            f"Take your time and move the {a} into the {bowl}.",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)))


def t133_imp_gentle(w: World) -> Made:
    pool = _off_table(w)
    if not pool:
        return None
    a = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Gently lift the {a} and set it down on the table.",
            f"Softly, take the {a} and lay it on the table.",
            f"Pick up the {a} and put it on the table, gently please.",
        ]
    )
    return text, _done(rels(Rel("on_table", a)))


def t133_imp_careful(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"Carefully, without knocking anything over, stack the {a} on the {b}.",
            f"Stack the {a} on top of the {b}, and be careful about it.",
            f"Careful now: put the {a} on the {b}.",
        ]
    )
    return text, _done(rels(Rel("on", a, b)))


def t133_imp_steady(w: World) -> Made:
    pool = w.clear_blocks()
    if not pool:
        return None
    a = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Grab the {a} and drop it in the bin, nice and steady.",
            f"Nice and steady, put the {a} in the bin.",
            f"Throw the {a} in the bin, and don't drop it on the way.",
        ]
    )
    return text, _done(binned([a]))


def t133_imp_high(w: World) -> Made:
    towers = set(_towers(w))
    pairs = [
        (b, bowl)
        for b in w.clear_blocks()
        if b not in towers
        for bowl in w.bowls
        if w.state.base(b) != bowl and _room(w, bowl)
    ]
    if not pairs:
        return None
    a, bowl = w.rng.choice(pairs)
    over = "the tower" if towers else "the other blocks"
    text = w.rng.choice(
        [
            f"Lift the {a} high so it clears {over}, then put it in the {bowl}.",
            f"Raise the {a} well above {over} and set it in the {bowl}.",
            f"Put the {a} in the {bowl}; lift it high enough to get over {over}.",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)))


def t133_imp_grip(w: World) -> Made:
    pool = w.clear_blocks()
    if not pool:
        return None
    a, place = w.rng.choice(pool), _place(w)
    text = w.rng.choice(
        [
            f"Use your gripper to move the {a} to the {place}.",
            f"With your gripper, take the {a} over to the {place}.",
            f"Grab the {a} in your fingers and put it in the {place}.",
        ]
    )
    return text, _done(rels(Rel("at", a, place)))


# ----- declarative -----------------------------------------------------------------------------
def t133_dec_slow(w: World) -> Made:
    got = _mover_to_bowl(w)
    if got is None:
        return None
    a, bowl = got
    text = w.rng.choice(
        [
            f"The {a} goes in the {bowl}. Take your time.",
            f"The {a} belongs in the {bowl}, and there's no rush.",
            f"Slowly does it: the {a} needs to be in the {bowl}.",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)))


def t133_dec_gentle(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"The {a} needs to sit on top of the {b}; gently does it.",
            f"The {a} should go on the {b}. Be gentle when you set it down.",
            f"The {b} gets the {a} on top of it, placed softly.",
        ]
    )
    return text, _done(rels(Rel("on", a, b)))


def t133_dec_careful(w: World) -> Made:
    pool = w.clear_blocks()
    if not pool:
        return None
    a = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"The {a} belongs in the bin. Careful not to knock the others over.",
            f"The {a} has to go in the bin, and mind the other blocks on the way.",
            f"The bin is where the {a} should end up; go carefully.",
        ]
    )
    return text, _done(binned([a]))


def t133_dec_steady(w: World) -> Made:
    pool = w.clear_blocks()
    if not pool:
        return None
    a, place = w.rng.choice(pool), _place(w)
    text = w.rng.choice(
        [
            f"The {a} should end up in the {place}, in one smooth motion.",
            f"The {a} goes to the {place}. Keep it steady on the way.",
            f"The {place} is where the {a} belongs; a nice steady move, please.",
        ]
    )
    return text, _done(rels(Rel("at", a, place)))


def t133_dec_high(w: World) -> Made:
    pool = _off_table(w)
    if not pool:
        return None
    a = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"The {a} goes on the table. You'll have to lift it up high first.",
            f"The {a} should be down on the table; come at it from above.",
            f"The table is where the {a} belongs, and it needs to be lifted clear first.",
        ]
    )
    return text, _done(rels(Rel("on_table", a)))


def t133_dec_grip(w: World) -> Made:
    got = _mover_to_bowl(w)
    if got is None:
        return None
    a, bowl = got
    text = w.rng.choice(
        [
            f"The {a} is going in the {bowl}, and you'll want a firm grip on it.",
            f"The {a} goes into the {bowl}. Hold it tight with the gripper.",
            f"The {bowl} is where the {a} goes; keep a good grip while you carry it.",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)))


# ----- desiderative ----------------------------------------------------------------------------
def t133_des_slow(w: World) -> Made:
    pool = w.clear_blocks()
    if not pool:
        return None
    a = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"I'd like the {a} in the bin, but go slowly.",
            f"I want the {a} put in the bin. Take it slow.",
            f"Could you put the {a} in the bin for me? No need to hurry.",
        ]
    )
    return text, _done(binned([a]))


def t133_des_gentle(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    a, b = got
    text = w.rng.choice(
        [
            f"I want the {a} sitting on the {b}. Please be gentle with it.",
            f"I'd like you to gently put the {a} on top of the {b}.",
            f"I need the {a} on the {b}; set it down softly.",
        ]
    )
    return text, _done(rels(Rel("on", a, b)))


def t133_des_careful(w: World) -> Made:
    got = _mover_to_bowl(w)
    if got is None:
        return None
    a, bowl = got
    c = _bystander(w, a)
    if c is None:
        return None
    text = w.rng.choice(
        [
            f"I'd like you to carefully move the {a} into the {bowl} without touching the {c}.",
            f"I want the {a} in the {bowl}, and be careful not to touch the {c}.",
            f"Carefully, and without bumping the {c}, I'd like the {a} put in the {bowl}.",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)), kept(c))


def t133_des_steady(w: World) -> Made:
    pool = w.clear_blocks()
    if not pool:
        return None
    a, place = w.rng.choice(pool), _place(w)
    text = w.rng.choice(
        [
            f"I need the {a} in the {place}; keep it steady.",
            f"I'd like the {a} moved to the {place} in one smooth motion.",
            f"I want the {a} over in the {place}. Steady hands, please.",
        ]
    )
    return text, _done(rels(Rel("at", a, place)))


def t133_des_high(w: World) -> Made:
    pool = _off_table(w)
    if not pool:
        return None
    a = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"I'd like you to come in from above and set the {a} on the table.",
            f"I want the {a} on the table. Approach it from above.",
            f"Lift the {a} straight up, I'd like it put down on the table.",
        ]
    )
    return text, _done(rels(Rel("on_table", a)))


def t133_des_grip(w: World) -> Made:
    got = _mover_to_bowl(w)
    if got is None:
        return None
    a, bowl = got
    text = w.rng.choice(
        [
            f"I want you to pick up the {a} with your gripper and put it in the {bowl}.",
            f"I'd like the {a} in the {bowl}. Use the gripper and hold it firmly.",
            f"Could you grab the {a} with your claw and drop it in the {bowl}?",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)))


# ----- quantified ------------------------------------------------------------------------------
def t133_qua_slow(w: World) -> Made:
    bowls = [
        bowl for bowl in w.bowls if 1 <= len(w.state.in_bowl(bowl)) <= BIN_CAPACITY
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Slowly move everything in the {bowl} into the bin.",
            f"One block at a time, and slowly, put whatever is in the {bowl} in the bin.",
            f"Take all the blocks out of the {bowl} and put them in the bin. No rush.",
        ]
    )
    return text, _done(binned(inside), empty(bowl))


def t133_qua_gentle(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not bowls or len([b for b in w.blocks if w.state.base(b) not in w.bowls]) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Gently put two blocks in the {bowl}.",
            f"Place any two of the blocks in the {bowl}, gently.",
            f"Softly set two blocks down in the {bowl}, whichever ones you like.",
        ]
    )
    return text, _done(count_in(bowl, 2))


def t133_qua_careful(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not 2 <= len(on_table) <= BIN_CAPACITY or len(on_table) == len(w.blocks):
        return None
    if w.rng.random() < 0.4:
        text = "Carefully put all the blocks on the table in the bin, but leave the bowls alone."
        return text, _done(binned(on_table), kept(*w.state.in_bowls()))
    text = w.rng.choice(
        [
            "Clear every block off the table into the bin. Be careful.",
            "Carefully, one at a time, move each block that's on the table into the bin.",
        ]
    )
    return text, _done(binned(on_table))


def t133_qua_steady(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = w.rng.choice(
        [
            "Put three of the blocks into the bin, nice and steady.",
            "Any three blocks go in the bin. Keep a steady hand.",
            "Drop three blocks in the bin, one smooth move each.",
        ]
    )
    return text, _done(_bin_count(3))


def t133_qua_high(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside or len(inside) > BIN_CAPACITY:
        return None
    text = w.rng.choice(
        [
            "Lift them out high and put every block that's in a bowl into the bin.",
            "Come in from above and move all the blocks in the bowls to the bin.",
            "Empty all of the bowls into the bin, lifting each block straight up first.",
        ]
    )
    return text, _done(binned(inside), *(empty(bowl) for bowl in w.bowls))


def t133_qua_grip(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    text = w.rng.choice(
        [
            "Grab two blocks with your gripper and drop them in the bin, one at a time.",
            "Use the gripper to put two of the blocks in the bin.",
            "Pinch two blocks, one after the other, and put them both in the bin.",
        ]
    )
    return text, _done(_bin_count(2))


# ----- negated ---------------------------------------------------------------------------------
def t133_neg_slow(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Slowly take the {a} off the {b}.",
            f"Take your time and get the {a} off of the {b}.",
            f"The {a} shouldn't be on the {b}. Move it, slowly.",
        ]
    )
    return text, _done(_not(Rel("on", a, b)))


def t133_neg_gentle(w: World) -> Made:
    pool = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not pool:
        return None
    a = w.rng.choice(pool)
    bowl = w.state.base(a)
    text = w.rng.choice(
        [
            f"Gently get the {a} out of the {bowl}, but don't put it in the bin.",
            f"Lift the {a} out of the {bowl}, softly, and not into the bin.",
            f"Softly take the {a} out of the {bowl}; it must not go in the bin.",
        ]
    )
    return text, _done(_not(Rel("in", a, bowl)), _not(Rel("in_bin", a)))


def t133_neg_careful(w: World) -> Made:
    pool = [b for b in w.blocks if not w.state.is_clear(b)]
    if not pool:
        return None
    b = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Carefully make sure nothing is sitting on the {b}.",
            f"Without knocking anything over, clear everything off the {b}.",
            f"Be careful and leave nothing on top of the {b}.",
        ]
    )
    return text, _done(rels(Rel("clear", b)))


def t133_neg_steady(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Empty the {bowl}, nice and steady, but don't put anything in the bin.",
            f"Take everything out of the {bowl} with a steady hand; none of it goes in the bin.",
            f"Steadily clear out the {bowl}, and keep the bin out of it.",
        ]
    )
    return text, _done(empty(bowl), none_binned(inside))


def t133_neg_high(w: World) -> Made:
    pool = [
        a
        for a in w.clear_blocks()
        if w.state.support[a] in w.state.support or w.state.support[a] in w.bowls
    ]
    if not pool:
        return None
    a = w.rng.choice(pool)
    b = w.state.support[a]
    off = f"off the {b}" if b in w.state.support else f"out of the {b}"
    rel = Rel("on", a, b) if b in w.state.support else Rel("in", a, b)
    text = w.rng.choice(
        [
            f"Come in from above and take the {a} {off}, but don't put it on the table.",
            f"Lift the {a} high {off}; it must not end up on the table.",
            f"Pick the {a} straight up {off}, and don't set it on the table.",
        ]
    )
    return text, _done(_not(rel), _not(Rel("on_table", a)))


def t133_neg_grip(w: World) -> Made:
    pool = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not pool:
        return None
    a = w.rng.choice(pool)
    bowl = w.state.base(a)
    text = w.rng.choice(
        [
            f"Use your gripper to pull the {a} out of the {bowl}, and don't drop it in another bowl.",
            f"Grab the {a} out of the {bowl}; it shouldn't be in any bowl afterwards.",
            f"With the gripper, get the {a} out of the {bowl}, and not into a different bowl.",
        ]
    )
    return text, _done(_no_bowl(a))


# ----- relative --------------------------------------------------------------------------------
def t133_rel_slow(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Slowly move the block that's sitting on the {b} into the bin.",
            f"Take the block on top of the {b} and put it in the bin, nice and slow.",
            f"The block that rests on the {b}: put it in the bin, slowly.",
        ]
    )
    return text, _done(binned([a]))


def t133_rel_gentle(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not bowls and not pairs:
        return None
    if bowls and (not pairs or w.rng.random() < 0.5):
        bowl = w.rng.choice(bowls)
        a = w.state.in_bowl(bowl)[0]
        text = w.rng.choice(
            [
                f"Gently put the block that's in the {bowl} onto the table.",
                f"Take the block that is inside the {bowl} and lay it softly on the table.",
                f"Set the block from the {bowl} down on the table, gently.",
            ]
        )
    else:
        a, b = w.rng.choice(pairs)
        text = w.rng.choice(
            [
                f"Gently put the block that's sitting on the {b} down on the table.",
                f"The block resting on the {b}, lay it softly on the table.",
                f"Take whichever block is on top of the {b} and set it on the table, gently.",
            ]
        )
    return text, _done(rels(Rel("on_table", a)))


def t133_rel_careful(w: World) -> Made:
    inside = w.clear_blocks()
    options = []
    for c in w.blocks:
        bowl = w.state.base(c)
        if bowl not in w.bowls or not _room(w, bowl):
            continue
        options += [(a, c, bowl) for a in inside if w.state.base(a) != bowl]
    if not options:
        return None
    a, c, bowl = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"Carefully put the {a} in the bowl that the {c} is in.",
            f"Put the {a} into the same bowl as the {c}, carefully.",
            f"Careful with it: the {a} goes in whichever bowl holds the {c}.",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)))


def t133_rel_steady(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    ys = sorted(w.blocks, key=w.y)
    sides = [
        (side, a)
        for side, a, nxt in (("left", ys[0], ys[1]), ("right", ys[-1], ys[-2]))
        if abs(w.y(a) - w.y(nxt)) >= 0.04 and w.state.is_clear(a)
    ]
    if not sides:
        return None
    side, a = w.rng.choice(sides)
    text = w.rng.choice(
        [
            f"Nice and steady, put the block that's furthest to the {side} into the bin.",
            f"The block farthest {side}: drop it in the bin, steady now.",
            f"Steadily move the {side}most block into the bin.",
        ]
    )
    return text, _done(binned([a]))


def t133_rel_high(w: World) -> Made:
    options = []
    for bowl in w.bowls:
        inside = w.state.in_bowl(bowl)
        if len(inside) != 1:
            continue
        target = inside[0]
        options += [(a, target, bowl) for a in w.clear_blocks() if a != target]
    if not options:
        return None
    a, target, bowl = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"Lift the {a} high and put it on the block that's in the {bowl}.",
            f"Come in from above and stack the {a} on top of the block in the {bowl}.",
            f"Raise the {a} up and over, and set it on the block sitting in the {bowl}.",
        ]
    )
    return text, _done(rels(Rel("on", a, target)))


def t133_rel_grip(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Grab the block that the {a} is sitting on and put it in the bin.",
            f"Use your gripper on the block under the {a}: it goes in the bin.",
            f"Pick up the block beneath the {a} with your claw and drop it in the bin.",
        ]
    )
    return text, _done(binned([b]))


# ----- keep ------------------------------------------------------------------------------------
def t133_keep_slow(w: World) -> Made:
    got = _mover_to_bowl(w)
    if got is None:
        return None
    a, bowl = got
    c = _bystander(w, a)
    if c is None:
        return None
    text = w.rng.choice(
        [
            f"Slowly put the {a} in the {bowl}, and leave the {c} where it is.",
            f"Take your time moving the {a} into the {bowl}; the {c} stays put.",
            f"Nice and slow, the {a} goes in the {bowl}. Don't move the {c}.",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)), kept(c))


def t133_keep_gentle(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    a, b = got
    c = _bystander(w, a, b)
    if c is None:
        return None
    text = w.rng.choice(
        [
            f"Gently stack the {a} on the {b} without touching the {c}.",
            f"Softly put the {a} on top of the {b}, and keep your hands off the {c}.",
            f"Gently now, the {a} goes on the {b}; the {c} must not be moved.",
        ]
    )
    return text, _done(rels(Rel("on", a, b)), kept(c))


def t133_keep_careful(w: World) -> Made:
    pool = w.clear_blocks()
    if not pool:
        return None
    a, place = w.rng.choice(pool), _place(w)
    c = _bystander(w, a)
    if c is None:
        return None
    text = w.rng.choice(
        [
            f"Carefully, without touching the {c}, move the {a} to the {place}.",
            f"Move the {a} to the {place}. Be careful, and leave the {c} alone.",
            f"Put the {a} in the {place}, carefully going around the {c} so it stays put.",
        ]
    )
    return text, _done(rels(Rel("at", a, place)), kept(c))


def t133_keep_steady(w: World) -> Made:
    pool = w.clear_blocks()
    if len(w.blocks) < 3 or not pool:
        return None
    a = w.rng.choice(pool)
    others = [b for b in w.blocks if b != a]
    text = w.rng.choice(
        [
            f"Put the {a} in the bin, nice and steady, and don't move any of the other blocks.",
            f"Steadily drop the {a} in the bin. Every other block stays exactly where it is.",
            f"Only the {a} moves: into the bin, in one smooth motion.",
        ]
    )
    return text, _done(binned([a]), kept(*others))


def t133_keep_high(w: World) -> Made:
    towers = _towers(w)
    bottoms = [b for b in towers if w.state.support[b] not in w.state.support]
    if not bottoms:
        return None
    pairs = [
        (b, bowl)
        for b in w.clear_blocks()
        if b not in towers
        for bowl in w.bowls
        if w.state.base(b) != bowl and _room(w, bowl)
    ]
    if not pairs:
        return None
    a, bowl = w.rng.choice(pairs)
    one = len(bottoms) == 1
    tower, it = ("the tower", "it") if one else ("the towers", "them")
    stack, stands = (
        ("the stack", "the stack as it is")
        if one
        else ("the stacks", "both stacks as they are")
    )
    if len(bottoms) > 2:
        stands = "the stacks as they are"
    text = w.rng.choice(
        [
            f"Lift the {a} high over {tower} without disturbing {it}, and put it in the {bowl}.",
            f"Put the {a} in the {bowl}. Go over the top of {stack} and leave {stands}.",
            f"Carry the {a} up above {tower} to the {bowl}; don't touch {tower}.",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)), kept(*towers))


def t133_keep_grip(w: World) -> Made:
    options = []
    for bowl in w.bowls:
        inside = w.state.in_bowl(bowl)
        if inside:
            options += [(a, bowl) for a in w.clear_blocks() if a not in inside]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    inside = w.state.in_bowl(bowl)
    place = _place(w)
    text = w.rng.choice(
        [
            f"Use your gripper to put the {a} in the {place}, and leave everything in the {bowl} alone.",
            f"Grab the {a} and set it down in the {place}. Don't touch what's in the {bowl}.",
            f"With your claw, move the {a} to the {place}; whatever is in the {bowl} stays there.",
        ]
    )
    return text, _done(rels(Rel("at", a, place)), kept(*inside))


# ----- multi-step ------------------------------------------------------------------------------
def t133_multi_slow(w: World) -> Made:
    options = []
    for bowl in w.bowls:
        for a in w.clear_blocks():
            if w.state.support[a] != bowl:
                continue
            options += [
                (a, b, bowl)
                for b in w.clear_blocks()
                if b != a and w.state.base(b) != bowl and w.state.support[b] != a
            ]
    if not options:
        return None
    a, b, bowl = w.rng.choice(options)
    text = w.rng.choice(
        [
            f"Slowly take the {a} out of the {bowl} and put it on the table, then put the {b} in the {bowl}.",
            f"First, nice and slow, move the {a} from the {bowl} to the table. After that, the {b} goes in the {bowl}.",
            f"Take your time: the {a} comes out of the {bowl} onto the table, and then the {b} goes in.",
        ]
    )
    return text, _done(rels(Rel("on_table", a), Rel("in", b, bowl)))


def t133_multi_gentle(w: World) -> Made:
    pool = w.clear_blocks()
    if len(pool) < 2:
        return None
    a, b = w.pick(pool, 2)
    place = _place(w)
    text = w.rng.choice(
        [
            f"Gently lift the {a} and set it down in the {place}, then stack the {b} on it.",
            f"Move the {a} to the {place}, softly, and after that put the {b} on top of it.",
            f"First put the {a} in the {place}, gently. Then place the {b} on the {a}.",
        ]
    )
    return text, _done(rels(Rel("at", a, place), Rel("on", b, a)))


def t133_multi_careful(w: World) -> Made:
    got = _mover_to_bowl(w)
    if got is None:
        return None
    a, bowl = got
    rest = [b for b in w.clear_blocks() if b != a and w.state.support[b] != a]
    if not rest:
        return None
    b = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"Carefully put the {a} in the {bowl}, and then put the {b} in the bin.",
            f"First the {a} goes into the {bowl}, carefully; after that, drop the {b} in the bin.",
            f"Be careful: move the {a} to the {bowl}, then the {b} to the bin.",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)), binned([b]))


def t133_multi_steady(w: World) -> Made:
    pool = w.clear_blocks()
    if len(pool) < 2:
        return None
    a, b = w.pick(pool, 2)
    p1, p2 = w.pick(list(PLACES), 2)
    text = w.rng.choice(
        [
            f"Move the {a} to the {p1} in one smooth motion, then the {b} to the {p2}.",
            f"Steady now: first the {a} to the {p1}, and then the {b} to the {p2}.",
            f"Put the {a} in the {p1} and then the {b} in the {p2}, keeping a steady grip on each.",
        ]
    )
    return text, _done(rels(Rel("at", a, p1), Rel("at", b, p2)))


def t133_multi_high(w: World) -> Made:
    towers = _towers(w)
    pairs = [
        (a, bowl)
        for a in w.clear_blocks()
        if a not in towers
        for bowl in w.bowls
        if w.state.base(a) != bowl and _room(w, bowl)
    ]
    if not pairs:
        return None
    a, bowl = w.rng.choice(pairs)
    place = _place(w)
    over = "the tower" if towers else "the other blocks"
    text = w.rng.choice(
        [
            f"Lift the {a} high so it clears {over}, put it in the {bowl}, then on to the {place}.",
            f"Raise the {a} over {over} into the {bowl}; then take it out and put it in the {place}.",
            f"First carry the {a} high over {over} to the {bowl}, and then on to the {place}.",
        ]
    )
    return text, _done(rels(Rel("at", a, place)))


def t133_multi_grip(w: World) -> Made:
    pool = _off_table(w)
    if not pool:
        return None
    a = w.rng.choice(pool)
    b = w.state.support[a]
    if b in w.state.support:
        text = w.rng.choice(
            [
                (
                    f"Use your gripper to take the {a} off the {b} and put it on the table,"
                    f" then put the {b} in the bin."
                ),
                f"Grab the {a} off the {b}, set it on the table, and then drop the {b} in the bin.",
                f"With the claw, lift the {a} to the table first; then the {b} goes in the bin.",
            ]
        )
        return text, _done(rels(Rel("on_table", a)), binned([b]))
    rest = [c for c in w.clear_blocks() if c != a and w.state.base(c) != b]
    if not rest:
        return None
    c = w.rng.choice(rest)
    text = w.rng.choice(
        [
            (
                f"Use your gripper to take the {a} out of the {b} and put it on the table,"
                f" then put the {c} in the {b}."
            ),
            f"Grab the {a} out of the {b}, set it on the table, and then drop the {c} into the {b}.",
            f"With the claw, lift the {a} out onto the table first; then the {c} goes in the {b}.",
        ]
    )
    return text, _done(rels(Rel("on_table", a), Rel("in", c, b)))


# ----- question --------------------------------------------------------------------------------
def t133_q_slow(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    bowl = w.rng.choice(full if full and w.rng.random() < 0.75 else w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Take your time and look: how many blocks are in the {bowl}?",
            f"Slowly, before you move anything, count the blocks in the {bowl} for me.",
            f"No rush, but how many blocks does the {bowl} have in it?",
        ]
    )
    return text, answered(str(n))


def t133_q_gentle(w: World) -> Made:
    pairs = w.pairs()
    if w.rng.random() < 0.5 and pairs:
        a, b = w.rng.choice(pairs)
        flag = True
    else:
        options = [
            (a, b)
            for a in w.blocks
            for b in w.blocks
            if a != b and b not in _below(w, a) and b not in w.state.above(a)
        ]
        if not options:
            return None
        a, b = w.rng.choice(options)
        flag = False
    text = w.rng.choice(
        [
            f"Without touching anything, is the {a} on the {b}?",
            f"Hands off for a moment: is the {a} sitting on top of the {b}?",
            f"Don't move anything, just tell me, is the {a} on the {b}?",
        ]
    )
    return text, answered(yes(flag))


def t133_q_careful(w: World) -> Made:
    pool = [b for b in w.blocks if len(w.state.on_top(b)) == 1]
    if not pool:
        return None
    b = w.rng.choice(pool)
    top = w.state.on_top(b)[0]
    text = w.rng.choice(
        [
            f"Carefully, don't move anything: which block is sitting directly on the {b}?",
            f"Without disturbing the stack, tell me which block is right on top of the {b}.",
            f"Just look, don't touch: what block rests on the {b}?",
        ]
    )
    return text, answered(top)


def t133_q_steady(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    flag = not w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Hold still for a second: is the {bowl} empty?",
            f"Keep the arm steady and tell me, is there nothing in the {bowl}?",
            f"Before you move, is the {bowl} empty right now?",
        ]
    )
    return text, answered(yes(flag))


def t133_q_high(w: World) -> Made:
    a, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = w.state.base(a) == bowl
    text = w.rng.choice(
        [
            f"Before you reach in from above, is the {a} in the {bowl}?",
            f"Stay up high and just look: is the {a} inside the {bowl}?",
            f"Don't lower the arm yet. Is the {a} in the {bowl}?",
        ]
    )
    return text, answered(yes(flag))


def t133_q_grip(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    if len(inside) == 1:
        text = w.rng.choice(
            [
                f"Don't grab anything yet: which block is in the {bowl}?",
                f"Keep the gripper open for now and tell me which block is inside the {bowl}.",
                f"Before you pick anything up, what block is sitting in the {bowl}?",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Don't grab anything yet: which blocks are in the {bowl}?",
                f"Keep the gripper open for now and tell me which blocks are inside the {bowl}.",
                f"Before you pick anything up, what blocks are sitting in the {bowl}?",
            ]
        )
    return text, answered("|".join(inside))


# ----- matching --------------------------------------------------------------------------------
def _match_todo(w: World) -> list[Rel]:
    return [r for r in matching(w) if not holds(r, w.state)]


def _match_fits(w: World, todo: list[Rel]) -> bool:
    return all(_room(w, bowl, sum(r.target == bowl for r in todo)) for bowl in w.bowls)


def t133_match_slow(w: World) -> Made:
    todo = _match_todo(w)
    if not todo or not _match_fits(w, todo):
        return None
    text = w.rng.choice(
        [
            "Slowly put every block in the bowl of the same colour.",
            "Take your time and sort the blocks into the bowls that match their colours.",
            "Nice and slow, each block that has a bowl of its own colour goes into that bowl.",
        ]
    )
    return text, _done(rels(*matching(w)))


def t133_match_gentle(w: World) -> Made:
    todo = [r for r in _match_todo(w) if _room(w, r.target)]
    if not todo:
        return None
    a = w.rng.choice(todo).block
    bowl = next(r.target for r in todo if r.block == a)
    text = w.rng.choice(
        [
            f"Gently put the {a} in the bowl that's the same colour.",
            f"Softly place the {a} into its matching bowl.",
            f"Set the {a} down gently in the bowl of its colour.",
        ]
    )
    return text, _done(rels(Rel("in", a, bowl)))


def t133_match_careful(w: World) -> Made:
    todo = _match_todo(w)
    if not todo or not _match_fits(w, todo):
        return None
    c = _bystander(w, *(r.block for r in todo))
    if c is None or any(r.block == c for r in matching(w)):
        return None
    text = w.rng.choice(
        [
            f"Carefully put each block into the bowl of its own colour, without touching the {c}.",
            f"Match the blocks to the bowls by colour, and be careful to leave the {c} alone.",
            f"Without disturbing the {c}, carefully sort the blocks into the same-coloured bowls.",
        ]
    )
    return text, _done(rels(*matching(w)), kept(c))


def t133_match_steady(w: World) -> Made:
    todo = [r for r in _match_todo(w) if _room(w, r.target)]
    if not todo:
        return None
    r = w.rng.choice(todo)
    text = w.rng.choice(
        [
            f"Put the block that matches the {r.target} into it, nice and steady.",
            f"Find the block that's the same colour as the {r.target} and steadily put it in there.",
            f"In one smooth motion, drop the block matching the {r.target} into that bowl.",
        ]
    )
    return text, _done(rels(r))


def t133_match_high(w: World) -> Made:
    todo = [r for r in _match_todo(w) if _room(w, r.target)]
    if not todo:
        return None
    r = w.rng.choice(todo)
    text = w.rng.choice(
        [
            f"Lift the {r.block} up high and drop it into the bowl that matches its colour.",
            f"Come in from above, take the {r.block}, and put it in the bowl of the same colour.",
            f"Raise the {r.block} well clear of everything and set it in its matching bowl.",
        ]
    )
    return text, _done(rels(r))


def t133_match_grip(w: World) -> Made:
    todo = _match_todo(w)
    if not todo or not _match_fits(w, todo):
        return None
    text = w.rng.choice(
        [
            "Use your gripper to sort the blocks into the bowls of their own colour.",
            "Grab each block that has a same-coloured bowl and put it in that bowl.",
            "With the claw, match up the blocks and bowls by colour.",
        ]
    )
    return text, _done(rels(*matching(w)))


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
_STYLES = ("slow", "gentle", "careful", "steady", "high", "grip")
FRESH133: list[Template] = [
    (f"t133_{short}_{style}", category, globals()[f"t133_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
