"""`FRESH100`, the hundred-and-first untuned batch: sixty language templates, six per category, for the offline planner.

Theme: six more everyday users, one style each, who all ask for the common jobs (put a block in a bowl, stack,
sort by colour, clear into the bin, move to a named place, ask about the scene), each in their own voice:

- carer: a carer helping an elderly person, gentle and chatty: "Could you pop the red block into the blue bowl
  for her, please?"
- guide: a museum guide explaining to visitors: "Now, for our visitors, please stack the red block on top of
  the green block."
- coach: a sports coach, loud and short: "Come on, get the red block over to the middle!"
- trainer: a factory trainer reading out procedure: "Step one: place the red block on the table. Step two:
  stack the green block on it."
- shy: a shy student who hedges everything: "Um, could you maybe take the red block out of the blue bowl and
  put it on the table? Sorry."
- manager: a busy manager sending one-line messages: "Red block into the blue bowl, thanks."

Every action check also wants the gripper empty at the end (nobody here asks to hold anything). Each action
check carries `intended`, the moves (block, target) a person would make, for the batch's own self-check.

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 102c4d7, after every fix before it and before anything it could prompt):
0.787 goal-correct (236 of 300), 57 refused, 2 asked, 5 wrong: one wrong action ('First bin X from W, then get Y in
there!' put X on the table) and four wrong replies (a shy user's 'do we have a orange block?' and 'is there a yellow
block somewhere, maybe?', three times).
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
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

Move = tuple[str, str]  # (block, target): a bowl, a block, BIN, TABLE or a place


# ----- helpers --------------------------------------------------------------------------------------
def _hand_free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _goal(moves: list[Move], *checks: Check) -> Check:
    """The checks, with the gripper empty at the end; `intended` records the moves a person would make."""
    check = both(*checks, _hand_free)
    check.intended = moves  # type: ignore[attr-defined]
    return check


def _on_table(*blocks: str) -> Check:
    """Each block's tower stands on the table (or a named place on it): what people call 'on the table'."""
    return lambda _i, f: all(
        f.support[b] != GRIPPER and f.base(b) in (TABLE, *PLACES) for b in blocks
    )


def _one_tower(*blocks: str) -> Check:
    """The blocks form one pile, in any order, wherever it stands (not in the bin or the gripper)."""

    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        bottoms = [b for b in blocks if f.support[b] not in group]
        if len(bottoms) != 1 or f.base(bottoms[0]) in (BIN, GRIPPER):
            return False
        chain, cur = [bottoms[0]], bottoms[0]
        while True:
            up = [b for b in f.on_top(cur) if b in group]
            if not up:
                break
            cur = up[0]
            chain.append(cur)
        return sorted(chain) == sorted(blocks)

    return check


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _loose(w: World) -> list[str]:
    """Clear blocks standing straight on the table."""
    return [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _below(w: World, block: str) -> list[str]:
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _bowl_of(w: World, block: str) -> str | None:
    return next((o for o in w.bowls if w.colour(o) == w.colour(block)), None)


def _match_moves(w: World) -> list[Move] | None:
    """The moves that put every block in the bowl of its colour; None if nothing to do or a bowl overflows."""
    moves: list[Move] = []
    for rel in matching(w):
        block, bowl = rel.args
        if w.state.base(block) != bowl:
            moves.append((block, bowl))
        if len(set(w.state.in_bowl(bowl)) | {block}) > layout.BOWL_CAPACITY:
            return None
    return moves or None


def _rematch(w: World, moves: list[Move]) -> list[Move]:
    """The moves, then putting back the matched blocks they disturb (those resting on a moved block)."""
    moving = {b for b, _ in moves}
    pairs = [(r.args[0], r.args[1]) for r in matching(w)]
    return moves + [
        (m, o)
        for m, o in pairs
        if w.state.base(m) == o and any(m in w.state.above(b) for b in moving)
    ]


def _unmatched(w: World) -> list[str]:
    colours = {w.colour(o) for o in w.bowls}
    return [b for b in w.blocks if w.colour(b) not in colours]


# ----- imperative -----------------------------------------------------------------------------------
def t100_imp_carer(w: World) -> Made:
    pairs = [
        (b, o)
        for b in w.clear_blocks()
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o) >= 1
    ]
    if not pairs:
        return None
    b, o = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Could you pop the {b} into the {o} for her, please?",
            f"Let's put the {b} in the {o} for him, nice and gently.",
            f"There we are. Now just set the {b} down in the {o}, please.",
        ]
    )
    return text, _goal([(b, o)], rels(Rel("in", b, o)))


def t100_imp_guide(w: World) -> Made:
    pairs = [(x, y) for x in w.clear_blocks() for y in _loose(w) if x != y]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Now, for our visitors, please stack the {x} on top of the {y}.",
            f"Watch closely, everyone. Robot, place the {x} onto the {y}, please.",
            f"If you would, put the {x} on the {y} so our guests can see how it's done.",
        ]
    )
    return text, _goal([(x, y)], rels(Rel("on", x, y)))


def t100_imp_coach(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x, p = w.rng.choice(blocks), _place(w)
    text = w.rng.choice(
        [
            f"Come on, get the {x} over to the {p}!",
            f"Move the {x} to the {p}, let's hustle!",
            f"Quick feet! Take the {x} to the {p}, go go go!",
        ]
    )
    return text, _goal([(x, p)], rels(Rel("at", x, p)))


def t100_imp_trainer(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x = w.rng.choice(blocks)
    text = w.rng.choice(
        [
            f"Remove the {x} from the work area and discard it in the bin.",
            f"Pick up the {x} and drop it in the bin, as per procedure.",
            f"Dispose of the {x} in the bin.",
        ]
    )
    return text, _goal([(x, BIN)], binned([x]))


def t100_imp_shy(w: World) -> Made:
    cands = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    o = w.state.base(x)
    text = w.rng.choice(
        [
            f"Um, could you maybe take the {x} out of the {o} and put it on the table? Sorry.",
            f"If it's not too much trouble, could you lift the {x} out of the {o} onto the table?",
            f"Sorry, would you mind moving the {x} out of the {o}? Just onto the table is fine.",
        ]
    )
    return text, _goal([(x, TABLE)], _on_table(x))


def t100_imp_manager(w: World) -> Made:
    pairs = [
        (b, o)
        for b in w.clear_blocks()
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o) >= 1
    ]
    if not pairs:
        return None
    b, o = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"{_cap(b)} into the {o}, thanks.",
            f"Pls put the {b} in the {o}.",
            f"Need the {b} moved into the {o}. Thx.",
        ]
    )
    return text, _goal([(b, o)], rels(Rel("in", b, o)))


# ----- declarative ----------------------------------------------------------------------------------
def t100_dec_carer(w: World) -> Made:
    pairs = [
        (b, o)
        for b in w.clear_blocks()
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o) >= 1
    ]
    if not pairs:
        return None
    b, o = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The {b} belongs in the {o}, dear.",
            f"Her {b} goes in the {o}.",
            f"That {b} should really be in the {o}.",
        ]
    )
    return text, _goal([(b, o)], rels(Rel("in", b, o)))


def t100_dec_guide(w: World) -> Made:
    pairs = [(x, y) for x in w.clear_blocks() for y in _loose(w) if x != y]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"In this exhibit, the {x} is meant to sit on top of the {y}.",
            f"The {x} ought to rest on the {y}, ladies and gentlemen.",
            f"Our display needs the {x} on the {y}.",
        ]
    )
    return text, _goal([(x, y)], rels(Rel("on", x, y)))


def t100_dec_coach(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x, p = w.rng.choice(blocks), _place(w)
    text = w.rng.choice(
        [
            f"That {x} needs to be in the {p}.",
            f"The {x} should be over in the {p}, team!",
            f"Our {x} belongs in the {p}. Make it happen!",
        ]
    )
    return text, _goal([(x, p)], rels(Rel("at", x, p)))


def t100_dec_trainer(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x = w.rng.choice(blocks)
    text = w.rng.choice(
        [
            f"The {x} is a reject; it goes in the bin.",
            f"Defective part: the {x} belongs in the bin.",
            f"The {x} is scrap and should end up in the bin.",
        ]
    )
    return text, _goal([(x, BIN)], binned([x]))


def t100_dec_shy(w: World) -> Made:
    pairs = [
        (b, o)
        for b in w.clear_blocks()
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o) >= 1
    ]
    if not pairs:
        return None
    b, o = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Sorry, I might be wrong, but the {b} should probably go in the {o}.",
            f"Um, I think the {b} is meant to be in the {o}.",
            f"I'm not sure, but the {b} belongs in the {o}, I think.",
        ]
    )
    return text, _goal([(b, o)], rels(Rel("in", b, o)))


def t100_dec_manager(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"The {o} needs to be empty.",
            f"{_cap(o)} has to be emptied out.",
            f"The {o} needs clearing out, thanks.",
        ]
    )
    return text, _goal([(b, TABLE) for b in w.state.in_bowl(o)], empty(o))


# ----- desiderative ---------------------------------------------------------------------------------
def t100_des_carer(w: World) -> Made:
    pairs = [
        (b, o)
        for b in w.clear_blocks()
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o) >= 1
    ]
    if not pairs:
        return None
    b, o = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"She'd love the {b} in the {o}.",
            f"He'd like his {b} put in the {o}, please.",
            f"Mum wants the {b} in the {o}, if you can.",
        ]
    )
    return text, _goal([(b, o)], rels(Rel("in", b, o)))


def t100_des_guide(w: World) -> Made:
    bases, tops = _loose(w), w.clear_blocks()
    triples = [
        (a, b, c) for a in bases for b in tops for c in tops if len({a, b, c}) == 3
    ]
    if not triples:
        return None
    a, b, c = w.rng.choice(triples)
    text = w.rng.choice(
        [
            (
                f"I'd like our visitors to see a small tower: the {a} at the bottom, the {b} in the middle "
                f"and the {c} on top."
            ),
            f"What I would love is a tower with the {a} at the base, then the {b}, then the {c} at the very top.",
            f"For the next part of the tour I want the {b} stacked on the {a} and the {c} on the {b}.",
        ]
    )
    return text, _goal([(b, a), (c, b)], rels(Rel("on", b, a), Rel("on", c, b)))


def t100_des_coach(w: World) -> Made:
    pairs = [(x, y) for x in w.clear_blocks() for y in _loose(w) if x != y]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I want that {x} stacked on the {y}!",
            f"What I wanna see is the {x} sitting right on top of the {y}.",
            f"I need the {x} up on the {y}, pronto!",
        ]
    )
    return text, _goal([(x, y)], rels(Rel("on", x, y)))


def t100_des_trainer(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x, p = w.rng.choice(blocks), _place(w)
    text = w.rng.choice(
        [
            f"We want the {x} positioned at the {p}.",
            f"The requirement is to have the {x} at the {p}.",
            f"For this exercise I'd like the {x} placed in the {p}.",
        ]
    )
    return text, _goal([(x, p)], rels(Rel("at", x, p)))


def t100_des_shy(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x = w.rng.choice(blocks)
    text = w.rng.choice(
        [
            f"I'd kind of like the {x} in the bin, if that's alright?",
            f"Maybe... I'd prefer the {x} to be in the bin? If that's okay.",
            f"It would be nice, I guess, if the {x} ended up in the bin.",
        ]
    )
    return text, _goal([(x, BIN)], binned([x]))


def t100_des_manager(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    inside = w.state.in_bowl(o)
    text = w.rng.choice(
        [
            f"Want the {o} cleared into the bin.",
            f"I'd like everything in the {o} binned.",
            f"Want all blocks in the {o} in the bin. Thx.",
        ]
    )
    return text, _goal([(b, BIN) for b in inside], binned(inside))


# ----- quantified -----------------------------------------------------------------------------------
def t100_qua_carer(w: World) -> Made:
    if not 2 <= len(w.blocks) <= 5:
        return None
    text = w.rng.choice(
        [
            "Could you put all the blocks away in the bin for her?",
            "Let's tidy every block into the bin, shall we?",
            "All of the blocks can go in the bin now, thank you, love.",
        ]
    )
    return text, _goal([(b, BIN) for b in w.blocks], binned(w.blocks))


def t100_qua_guide(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    blocks = w.clear_blocks()
    if not bowls or len(blocks) < 2:
        return None
    o = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Please place two blocks in the {o} for our visitors.",
            f"Any two blocks will do: put them in the {o}, please.",
            f"Let's have exactly two blocks in the {o}.",
        ]
    )
    return text, _goal([(b, o) for b in w.pick(blocks, 2)], count_in(o, 2))


def t100_qua_coach(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = w.rng.choice(
        [
            "Let's get every block out of the bowls and onto the table!",
            "All the blocks in the bowls: out onto the table, now!",
            "Every single block in a bowl comes out onto the table. Move it!",
        ]
    )
    return text, _goal([(b, TABLE) for b in inside], _on_table(*inside))


def t100_qua_trainer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    if _one_tower(a, b, c)(w.state, w.state):
        return None
    text = w.rng.choice(
        [
            f"Build a single tower from the {a}, the {b} and the {c}; the order is not important.",
            f"Assemble all three, the {a}, the {b} and the {c}, into one stack, any order.",
            f"Stack each of the {a}, {b} and {c} into one tower.",
        ]
    )
    return text, _goal([(a, TABLE), (b, a), (c, b)], _one_tower(a, b, c))


def t100_qua_shy(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o) >= 2]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    blocks = [b for b in w.clear_blocks() if w.state.base(b) != o]
    if len(blocks) < 2:
        return None
    x, y = w.pick(blocks, 2)
    text = w.rng.choice(
        [
            f"Um, could both the {x} and the {y} go in the {o}, maybe?",
            f"Sorry, would it be okay to put the {x} and the {y} both in the {o}?",
            f"If you don't mind, maybe the two of them, the {x} and the {y}, could go in the {o}?",
        ]
    )
    return text, _goal([(x, o), (y, o)], rels(Rel("in", x, o), Rel("in", y, o)))


def t100_qua_manager(w: World) -> Made:
    on_table = w.state.on_the_table()  # towers standing on the table, not in a bowl
    if not 2 <= len(on_table) <= 5:
        return None
    text = w.rng.choice(
        [
            "All blocks on the table -> bin.",
            "Bin every block on the table. Thanks.",
            "Every block on the table goes in the bin, pls.",
        ]
    )
    return text, _goal([(b, BIN) for b in on_table], binned(on_table))


# ----- negated --------------------------------------------------------------------------------------
def t100_neg_carer(w: World) -> Made:
    if not 2 <= len(w.blocks) <= 6:
        return None
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"Put all the blocks in the bin except the {x}, she's still using that one.",
            f"All the blocks can go in the bin, love, but not the {x}.",
            f"Tidy the blocks into the bin, all but the {x}.",
        ]
    )
    return text, _goal([(b, BIN) for b in rest], binned(rest), none_binned([x]))


def t100_neg_guide(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"As you can see, the {x} is on the {y}. It shouldn't be, so please take it off.",
            f"The {x} should not be resting on the {y}.",
            f"Please make sure the {x} is no longer on top of the {y}.",
        ]
    )
    return text, _goal([(x, TABLE)], rels(Rel("on", x, y, negated=True)))


def t100_neg_coach(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    g = w.rng.choice(blocks)
    others = [b for b in w.blocks if b != g and b not in w.state.above(g)]
    if not others:
        return None
    r = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Don't touch the {r}! Just get the {g} into the bin.",
            f"Hands off the {r}, I want the {g} in the bin!",
            f"Do not move the {r}. Bin the {g}, go!",
        ]
    )
    return text, _goal([(g, BIN)], binned([g]), kept(r))


def t100_neg_trainer(w: World) -> Made:
    pairs = [
        (b, o)
        for b in w.clear_blocks()
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o) >= 1
    ]
    if not pairs:
        return None
    x, o = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Do not place the {x} in the bin; set it in the {o} instead.",
            f"The {x} is not scrap, so it must not go in the bin. Place it in the {o}.",
            f"Not the bin: the {x} goes into the {o}.",
        ]
    )
    return text, _goal([(x, o)], rels(Rel("in", x, o)), none_binned([x]))


def t100_neg_shy(w: World) -> Made:
    pairs = [(x, y) for x in w.clear_blocks() for y in _loose(w) if x != y]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Could you stack the {x} on the {y}, but, um, without putting anything in the bin?",
            f"Sorry, um, please don't put anything in the bin... just stack the {x} on the {y}?",
            f"Maybe the {x} could go on the {y}? But nothing in the bin, please, if that's okay.",
        ]
    )
    return text, _goal([(x, y)], rels(Rel("on", x, y)), none_binned(w.blocks))


def t100_neg_manager(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks or len(w.blocks) < 2:
        return None
    x = w.rng.choice(blocks)
    rest = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"Only the {x} goes in the bin. Nothing else.",
            f"Bin the {x}, just that one, nothing else.",
            f"{_cap(x)} to the bin. No other blocks in the bin.",
        ]
    )
    return text, _goal([(x, BIN)], binned([x]), none_binned(rest))


# ----- relative -------------------------------------------------------------------------------------
def t100_rel_carer(w: World) -> Made:
    cands = [
        (t, y, o)
        for t, y in w.pairs()
        if w.state.is_clear(t)
        for o in w.bowls
        if w.state.base(t) != o and _room(w, o) >= 1
    ]
    if not cands:
        return None
    t, y, o = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Could you take the block that's sitting on the {y} and put it in the {o}, please?",
            f"The one on top of the {y}, love, can you pop it in the {o}?",
            f"Pick up whichever block is resting on the {y} and put it in the {o} for her.",
        ]
    )
    return text, _goal([(t, o)], rels(Rel("in", t, o)))


def t100_rel_guide(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    x, p = w.state.in_bowl(o)[0], _place(w)
    text = w.rng.choice(
        [
            f"The block which rests in the {o} will now move to the {p}. Please go ahead.",
            f"Please take the block that's inside the {o} and set it at the {p}.",
            f"Kindly move the block sitting in the {o} to the {p}, so everyone can see it.",
        ]
    )
    return text, _goal([(x, p)], rels(Rel("at", x, p)))


def t100_rel_coach(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    sides = ["left", "right"]
    w.rng.shuffle(sides)
    for side in sides:
        ys = sorted(w.blocks, key=w.y, reverse=side == "right")
        x = ys[0]
        if (
            w.state.support[x] == TABLE
            and w.state.is_clear(x)
            and abs(w.y(ys[1]) - w.y(x)) >= 0.05
        ):
            break
    else:
        return None
    text = w.rng.choice(
        [
            f"The block that's furthest to the {side}: bin it!",
            f"Grab the block on the far {side} and get it in the bin!",
            f"{_cap(side)}most block, in the bin, go!",
        ]
    )
    return text, _goal([(x, BIN)], binned([x]))


def t100_rel_trainer(w: World) -> Made:
    cands = [
        (t, x, o)
        for t, x in w.pairs()
        for o in w.bowls
        if w.state.base(x) != o and _room(w, o) >= 1
    ]
    if not cands:
        return None
    t, x, o = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Take the block located under the {t} and place it in the {o}.",
            f"Transfer the block that the {t} is resting on into the {o}.",
            f"The block beneath the {t} goes into the {o}.",
        ]
    )
    return text, _goal([(x, o)], rels(Rel("in", x, o)))


def t100_rel_shy(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    cands = []
    for x in _loose(w):
        near = sorted(w.bowls, key=lambda o, x=x: w.dist(x, o))
        if w.dist(x, near[1]) >= w.dist(x, near[0]) + 0.05 and _room(w, near[0]) >= 1:
            cands.append((x, near[0]))
    if not cands:
        return None
    x, o = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Could you maybe put the {x} in whichever bowl is closest to it?",
            f"Um, the bowl that's nearest the {x}... could the {x} go in there?",
            f"Sorry, could the {x} go into the bowl closest to it, maybe?",
        ]
    )
    return text, _goal([(x, o)], rels(Rel("in", x, o)))


def t100_rel_manager(w: World) -> Made:
    pairs = [(t, y) for t, y in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Whatever's on top of the {y}: bin it.",
            f"Block sitting on the {y} -> bin.",
            f"Bin the block that's on the {y}. Thx.",
        ]
    )
    return text, _goal([(t, BIN)], binned([t]))


# ----- keep -----------------------------------------------------------------------------------------
def t100_keep_carer(w: World) -> Made:
    pairs = [
        (b, o)
        for b in w.clear_blocks()
        for o in w.bowls
        if w.state.base(b) != o and _room(w, o) >= 1
    ]
    if not pairs:
        return None
    x, o = w.rng.choice(pairs)
    others = [g for g in w.blocks if g != x]
    if not others:
        return None
    g = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Put the {x} in the {o}, but leave her {g} exactly where it is.",
            f"Pop the {x} into the {o}, and keep the {g} just where it is, she likes it there.",
            f"Could you put the {x} in the {o}? The {g} stays where it is, though.",
        ]
    )
    return text, _goal([(x, o)], rels(Rel("in", x, o)), kept(g))


def t100_keep_guide(w: World) -> Made:
    pairs = [(x, y) for x in w.clear_blocks() for y in _loose(w) if x != y]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    others = [r for r in w.blocks if r not in (x, y)]
    if not others:
        return None
    r = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"While the {r} stays put, please stack the {x} on the {y}.",
            f"Keep the {r} exactly where it is and place the {x} on top of the {y}.",
            f"Stack the {x} on the {y}, leaving the {r} in its place for our visitors.",
        ]
    )
    return text, _goal([(x, y)], rels(Rel("on", x, y)), kept(r))


def t100_keep_coach(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    x, p = w.rng.choice(blocks), _place(w)
    others = [r for r in w.blocks if r != x]
    if not others:
        return None
    r = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Keep the {r} right where it is and get the {x} to the {p}!",
            f"{_cap(r)} stays put! Move the {x} to the {p}.",
            f"The {r} doesn't budge. {_cap(x)} to the {p}, go!",
        ]
    )
    return text, _goal([(x, p)], rels(Rel("at", x, p)), kept(r))


def t100_keep_trainer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y = w.pick(w.blocks, 2)
    above = set(w.state.above(x)) | set(w.state.above(y))
    others = [z for z in w.blocks if z not in (x, y) and z not in above]
    if not others:
        return None
    z = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Discard the {x} and the {y} in the bin; the {z} remains in place.",
            f"Bin both the {x} and the {y}, keeping the {z} where it is.",
            f"Move the {x} and the {y} to the bin. The {z} must stay where it is.",
        ]
    )
    return text, _goal([(x, BIN), (y, BIN)], binned([x, y]), kept(z))


def t100_keep_shy(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    blocks = [b for b in w.clear_blocks() if w.state.base(b) != o]
    if not blocks:
        return None
    x = w.rng.choice(blocks)
    text = w.rng.choice(
        [
            f"Could you maybe put the {x} in the bin, but keep the blocks in the {o} the way they are?",
            f"Um, sorry, could the {x} go in the bin? But the blocks in the {o} should stay where they are, please.",
            f"If it's okay, bin the {x}, and, um, leave whatever's in the {o} as it is.",
        ]
    )
    return text, _goal([(x, BIN)], binned([x]), kept(*w.state.in_bowl(o)))


def t100_keep_manager(w: World) -> Made:
    pairs = [(x, y) for x in w.clear_blocks() for y in _loose(w) if x != y]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    others = [z for z in w.blocks if z not in (x, y)]
    if not others:
        return None
    z = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Stack the {x} on the {y}. {_cap(z)} stays put.",
            f"Put the {x} on top of the {y}, keep the {z} where it is.",
            f"{_cap(x)} on {y}; leave {z} as is.",
        ]
    )
    return text, _goal([(x, y)], rels(Rel("on", x, y)), kept(z))


# ----- multi-step -----------------------------------------------------------------------------------
def t100_multi_carer(w: World) -> Made:
    blocks = w.clear_blocks()
    cands = [
        (x, y, o)
        for x in blocks
        for y in blocks
        if x != y
        for o in w.bowls
        if w.state.base(y) != o and _room(w, o) >= 1
    ]
    if not cands:
        return None
    x, y, o = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"First let's pop the {x} in the bin, and then the {y} can go in the {o}.",
            f"Could you put the {x} in the bin and after that put the {y} in the {o}, please?",
            f"The {x} goes in the bin first, then the {y} into the {o}. There's a dear.",
        ]
    )
    return text, _goal([(x, BIN), (y, o)], binned([x]), rels(Rel("in", y, o)))


def t100_multi_guide(w: World) -> Made:
    blocks = w.clear_blocks()
    if len(blocks) < 2:
        return None
    r, g = w.pick(blocks, 2)
    p = _place(w)
    text = w.rng.choice(
        [
            f"First, please move the {r} to the {p}; after that, the {g} goes on top of it.",
            f"Please move the {r} to the {p} and then stack the {g} on it.",
            f"Start by placing the {r} at the {p}, then set the {g} on top of the {r}.",
        ]
    )
    return text, _goal([(r, p), (g, r)], rels(Rel("at", r, p), Rel("on", g, r)))


def t100_multi_coach(w: World) -> Made:
    cands = [
        (r, g, w.state.base(r))
        for r in w.in_bowls()
        if w.state.is_clear(r)
        for g in w.clear_blocks()
        if w.state.base(g) != w.state.base(r)
    ]
    if not cands:
        return None
    r, g, o = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Take the {r} out of the {o}, bin it, then put the {g} in the {o}!",
            f"First bin the {r} from the {o}, then get the {g} in there!",
            f"Two moves: {r} out of the {o} and into the bin, then {g} into the {o}. Go!",
        ]
    )
    return text, _goal([(r, BIN), (g, o)], binned([r]), rels(Rel("in", g, o)))


def t100_multi_trainer(w: World) -> Made:
    blocks = w.clear_blocks()
    if len(blocks) < 2 or len(w.blocks) < 3:
        return None
    b, c = w.pick(blocks, 2)
    rest = [a for a in w.blocks if a not in (b, c)]
    a = w.rng.choice(rest)
    text = w.rng.choice(
        [
            (
                f"Step one: place the {a} on the table. Step two: stack the {b} on it. "
                f"Step three: stack the {c} on the {b}."
            ),
            f"Procedure: set the {a} on the table, then put the {b} on the {a}, and finally the {c} on the {b}.",
            f"First put the {a} down on the table; next, the {b} goes on the {a}; last, the {c} goes on the {b}.",
        ]
    )
    return text, _goal([(a, TABLE), (b, a), (c, b)], rels(Rel("stacked", a, b, c)))


def t100_multi_shy(w: World) -> Made:
    blocks = w.clear_blocks()
    cands = [
        (x, y, o)
        for x in blocks
        for y in blocks
        if x != y
        for o in w.bowls
        if w.state.base(x) != o and _room(w, o) >= 1
    ]
    if not cands:
        return None
    x, y, o = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Could you maybe put the {x} in the {o}, and then... the {y} in the bin? Sorry.",
            f"Um, first the {x} into the {o}, if that's okay, and after that maybe the {y} in the bin?",
            f"Would you mind putting the {x} in the {o} and then the {y} in the bin? Only if it's no trouble.",
        ]
    )
    return text, _goal([(x, o), (y, BIN)], rels(Rel("in", x, o)), binned([y]))


def t100_multi_manager(w: World) -> Made:
    blocks = w.clear_blocks()
    if len(blocks) < 3:
        return None
    x, y, z = w.pick(blocks, 3)
    bowls = [o for o in w.bowls if w.state.base(z) != o and _room(w, o) >= 1]
    if not bowls:
        return None
    o, p = w.rng.choice(bowls), _place(w)
    text = w.rng.choice(
        [
            f"{_cap(x)} to the {p}, then {y} to the bin, then {z} into the {o}.",
            f"Three things: {x} to the {p}, {y} in the bin, {z} in the {o}. Thanks.",
            f"Move the {x} to the {p}, bin the {y}, and put the {z} in the {o}.",
        ]
    )
    return text, _goal(
        [(x, p), (y, BIN), (z, o)], rels(Rel("at", x, p), Rel("in", z, o)), binned([y])
    )


# ----- questions ------------------------------------------------------------------------------------
def t100_q_carer(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    n = len(w.state.in_bowl(o))
    text = w.rng.choice(
        [
            f"How many blocks are in the {o}, love?",
            f"Can you tell her how many blocks there are in the {o}?",
            f"How many blocks have we got in the {o} now?",
        ]
    )
    return text, answered(str(n))


def t100_q_guide(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        (x, y), flag = w.rng.choice(pairs), True
    else:
        cands = [
            (x, y)
            for x in w.blocks
            for y in w.blocks
            if x != y and y not in _below(w, x)
        ]
        if not cands:
            return None
        (x, y), flag = w.rng.choice(cands), False
    text = w.rng.choice(
        [
            f"Now, is the {x} sitting on the {y}?",
            f"Is the {x} on top of the {y}?",
            f"Tell our visitors: is the {x} resting on the {y}?",
        ]
    )
    return text, answered(yes(flag))


def t100_q_coach(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table or any(w.state.support[b] != TABLE for b in on_table):
        return None
    text = w.rng.choice(
        [
            "How many blocks we got on the table?",
            "Count 'em: how many blocks are on the table?",
            "Quick count! How many blocks on the table right now?",
        ]
    )
    return text, answered(str(len(on_table)))


def t100_q_trainer(w: World) -> Made:
    pairs = [(t, y) for t, y in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Identify the block that is resting on the {y}.",
            f"Which block is stacked on the {y}?",
            f"Report which block sits on top of the {y}.",
        ]
    )
    return text, answered(t)


def t100_q_shy(w: World) -> Made:
    have = sorted({w.colour(b) for b in w.blocks})
    lack = [c for c in layout.COLOURS if c not in have]
    flag = not lack or w.rng.random() < 0.5
    c = w.rng.choice(have if flag else lack)
    text = w.rng.choice(
        [
            f"Um, is there a {c} block somewhere, maybe?",
            f"Sorry to bother you, but do we have a {c} block?",
            f"Is there, um, a {c} block here? I can't quite tell.",
        ]
    )
    return text, answered(yes(flag))


def t100_q_manager(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    text = w.rng.choice(
        [
            f"Which bowl is the {x} in?",
            f"Which bowl has the {x}?",
            f"{_cap(x)}: which bowl is it in?",
        ]
    )
    return text, answered(w.state.base(x))


# ----- matching -------------------------------------------------------------------------------------
def t100_match_carer(w: World) -> Made:
    moves = _match_moves(w)
    if moves is None:
        return None
    text = w.rng.choice(
        [
            "Could you put each block in the bowl of the same colour, dear?",
            "Let's help her sort them: every block into the bowl that matches its colour.",
            "Put the blocks in the bowls with the same colour, please, nice and slow.",
        ]
    )
    return text, _goal(_rematch(w, moves), rels(*matching(w)))


def t100_match_guide(w: World) -> Made:
    moves = _match_moves(w)
    if moves is None:
        return None
    text = w.rng.choice(
        [
            "Notice the colours. Please put each block into the bowl that shares its colour.",
            "Let's show our visitors some colour sorting: each block goes into its matching bowl.",
            "Every block that has a bowl of the same colour should go into that bowl, please.",
        ]
    )
    return text, _goal(_rematch(w, moves), rels(*matching(w)))


def t100_match_coach(w: World) -> Made:
    cands = []
    for x in w.blocks:
        o = _bowl_of(w, x)
        if o is not None and w.state.base(x) != o and _room(w, o) >= 1:
            cands.append((x, o))
    if not cands:
        return None
    x, o = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Get the {x} into the bowl that matches it!",
            f"Match it up: the {x} goes in the bowl of the same colour!",
            f"Put the {x} in the bowl that's its colour, come on!",
        ]
    )
    return text, _goal([(x, o)], rels(Rel("in", x, o)))


def t100_match_trainer(w: World) -> Made:
    moves, rest = _match_moves(w), _unmatched(w)
    if moves is None or not 1 <= len(rest) <= 5:
        return None
    text = w.rng.choice(
        [
            "Sort the blocks by colour into the bowls; any block without a bowl of its colour goes in the bin.",
            "Each block goes to the bowl of its colour. Blocks with no matching bowl are scrap: bin them.",
            "Colour-sort the blocks into the matching bowls and discard the rest in the bin.",
        ]
    )
    return text, _goal(
        _rematch(w, moves + [(b, BIN) for b in rest]), rels(*matching(w)), binned(rest)
    )


def t100_match_shy(w: World) -> Made:
    moves = _match_moves(w)
    if moves is None:
        return None
    text = w.rng.choice(
        [
            "Maybe the blocks could go in the bowls that match their colours? If that's okay.",
            "Um, would you mind sorting the blocks into the bowls by colour?",
            "Sorry, could each block maybe go in the bowl that's the same colour as it?",
        ]
    )
    return text, _goal(_rematch(w, moves), rels(*matching(w)))


def t100_match_manager(w: World) -> Made:
    moves, rest = _match_moves(w), _unmatched(w)
    if moves is None:
        return None
    moving = [b for b, _ in moves]
    if any(r in w.state.above(b) for b in moving for r in rest):
        return None
    text = w.rng.choice(
        [
            "Sort blocks into matching bowls. Others stay put.",
            "Match blocks to bowls by colour; leave the rest where they are.",
            "Colour-match the blocks to the bowls. Don't move anything else.",
        ]
    )
    return text, _goal(_rematch(w, moves), rels(*matching(w)), kept(*rest))


# ----- the batch ------------------------------------------------------------------------------------
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
_STYLES = ("carer", "guide", "coach", "trainer", "shy", "manager")
FRESH100: list[Template] = [
    (f"t100_{short}_{style}", category, globals()[f"t100_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
