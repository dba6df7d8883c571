"""`FRESH71`, the seventy-second untuned batch: sixty language templates, six per category, for the offline planner.

Theme: everyday people asking the robot for things the way they naturally would, with no special trick. Each
style is one person, who writes every category in their own words:
- "teen": a teenager typing fast in lowercase ("can u put the red block in the blue bowl pls").
- "nurse": a nurse on a short break, warm and polite ("Pop the red block on top of the green block for me,
  would you? I've only got five minutes.").
- "shop": a shop owner tidying up before opening ("Take the red block off the green block and leave it on the
  table, it's in the way.").
- "teacher": a school teacher, in full and careful sentences ("Now, please move the red block to the top left
  corner of the table.").
- "engineer": a retired engineer, formal and a little wordy ("Would you kindly transfer the red block out of
  the blue bowl and into the green bowl?").
- "hurried": someone tired and in a hurry, in fragments ("bin the red block. quick.").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
By accident (a mistyped line range) the tester glimpsed about fifty lines of earlier templates in
`benchmarks.planner_language` (around its lines 337-362 and 441-470: "throw out the block farthest from the ...",
"every block goes into the bowl whose colour it shares", "which colour is the ...?", "leave the ... and the ... as
they are and bin everything else", "move the ... into the bowl on the left", "throw the block from the ... into
the bin"); nothing here was modelled on them.

Its first run (300 instructions, seed 0, on b6cfaf0, after every fix before it and before anything it could prompt):
0.867 goal-correct (260 of 300), 33 refused, 0 asked, 7 wrong: two wrong actions ('stack the four blocks on the table
into a single tower' took a block out of a bowl; 'pop every block that's on the table into the bin. Leave the ones in the
bowls.' then put blocks in the bowls) and five wrong replies ('How many blocks have we got out on the table, not counting
the ones in the bowls?' answered with the help text).
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
    empty,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- helpers -------------------------------------------------------------------------------------
def _height(w: World, block: str) -> int:
    """How many blocks from the bottom of its tower up to and including `block`."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _can_top(w: World, block: str, n: int = 1) -> bool:
    """Whether `n` more blocks can go on top of `block`."""
    return (
        w.state.is_clear(block)
        and w.state.base(block) != BIN
        and _height(w, block) + n <= layout.MAX_TOWER
    )


def _place(p: str, of_table: bool = False) -> str:
    if p == "middle":
        return "the middle of the table"
    return f"the {p} of the table" if of_table else f"the {p}"


def _clear(w: World) -> list[str]:
    return w.clear_blocks()


def _on_table(w: World) -> list[str]:
    return w.state.on_the_table()


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _block_of(w: World, colour: str) -> str | None:
    return next((b for b in w.blocks if w.colour(b) == colour), None)


def _into(w: World, n: int = 1) -> tuple[str, str] | None:
    """A block not yet in some bowl with room, and that bowl."""
    options = [
        (x, b)
        for b in w.bowls
        if _room(w, b, n)
        for x in w.blocks
        if w.state.base(x) != b
    ]
    return w.rng.choice(options) if options else None


def _clear_into(w: World) -> tuple[str, str] | None:
    options = [
        (x, b)
        for b in w.bowls
        if _room(w, b)
        for x in _clear(w)
        if w.state.base(x) != b
    ]
    return w.rng.choice(options) if options else None


def _onto(w: World) -> tuple[str, str] | None:
    """A clear block and another block it can be stacked on, not already there."""
    options = [
        (x, y)
        for x in _clear(w)
        for y in w.blocks
        if y != x and _can_top(w, y) and w.state.support[x] != y
    ]
    return w.rng.choice(options) if options else None


def _top_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) where top is clear and rests directly on below."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def _in_bowl_blocks(w: World) -> list[str]:
    return [b for b in w.in_bowls() if w.state.is_clear(b)]


def _off(block: str, below: str) -> Check:
    return lambda _i, f: f.support[block] not in (below, GRIPPER)


def _same_bowl(bowl: str) -> Check:
    def check(i: SymState, f: SymState) -> bool:
        inside = i.in_bowl(bowl)
        return sorted(f.in_bowl(bowl)) == sorted(inside) and all(
            f.support[b] == i.support[b] for b in inside
        )

    return check


def _unsatisfied(w: World, want: list[Rel]) -> list[Rel]:
    return [r for r in want if w.state.base(r.args[0]) != r.args[1]]


def _matching_fits(w: World, want: list[Rel]) -> bool:
    todo = _unsatisfied(w, want)
    return bool(todo) and all(_room(w, r.args[1]) for r in todo)


# ----- imperative ------------------------------------------------------------------------------------
def t71_imp_teen(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, b = p
    return f"can u put the {x} in the {b} pls", rels(Rel("in", x, b))


def t71_imp_nurse(w: World) -> Made:
    p = _onto(w)
    if not p:
        return None
    x, y = p
    return (
        f"Pop the {x} on top of the {y} for me, would you? I've only got five minutes.",
        rels(Rel("on", x, y)),
    )


def t71_imp_shop(w: World) -> Made:
    p = w.pick(_top_pairs(w))
    if not p:
        return None
    t, b = p[0]
    return (
        f"Take the {t} off the {b} and leave it on the table, it's in the way.",
        rels(Rel("on_table", t)),
    )


def t71_imp_teacher(w: World) -> Made:
    x, p = w.pick(_clear(w)), w.pick(list(PLACES))
    if not x:
        return None
    return f"Now, please move the {x[0]} to {_place(p[0], True)}.", rels(
        Rel("at", x[0], p[0])
    )


def t71_imp_engineer(w: World) -> Made:
    options = [
        (x, w.state.base(x), b)
        for x in _in_bowl_blocks(w)
        for b in w.bowls
        if b != w.state.base(x) and _room(w, b)
    ]
    if not options:
        return None
    x, b1, b2 = w.rng.choice(options)
    return (
        f"Would you kindly transfer the {x} out of the {b1} and into the {b2}?",
        rels(Rel("in", x, b2)),
    )


def t71_imp_hurried(w: World) -> Made:
    x = w.pick(w.blocks)
    return f"bin the {x[0]}. quick.", binned(x)


# ----- declarative -----------------------------------------------------------------------------------
def t71_dec_teen(w: World) -> Made:
    p = _onto(w)
    if not p:
        return None
    x, y = p
    return f"ok so the {x} is supposed to go on top of the {y}", rels(Rel("on", x, y))


def t71_dec_nurse(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, b = p
    return f"The {x} belongs in the {b}. Thanks ever so much.", rels(Rel("in", x, b))


def t71_dec_shop(w: World) -> Made:
    x = w.pick(w.blocks)
    return f"That {x[0]} is going in the bin, nobody's going to buy it.", binned(x)


def t71_dec_teacher(w: World) -> Made:
    p = w.pick(_top_pairs(w))
    if not p:
        return None
    t, b = p[0]
    return f"The {t} should be sitting on the table, not on top of the {b}.", rels(
        Rel("on_table", t)
    )


def t71_dec_engineer(w: World) -> Made:
    x, p = w.pick(_clear(w)), w.pick(list(PLACES))
    if not x:
        return None
    return f"The proper place for the {x[0]} is {_place(p[0], True)}.", rels(
        Rel("at", x[0], p[0])
    )


def t71_dec_hurried(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, b = p
    return f"{x} goes in the {b}. that's it.", rels(Rel("in", x, b))


# ----- desiderative ----------------------------------------------------------------------------------
def t71_des_teen(w: World) -> Made:
    x = w.pick(_in_bowl_blocks(w))
    if not x:
        return None
    b = w.state.base(x[0])
    return (
        f"i want the {x[0]} out of the {b} tbh",
        lambda _i, f: f.base(x[0]) not in (b, GRIPPER),
    )


def t71_des_nurse(w: World) -> Made:
    p = _onto(w)
    if not p:
        return None
    x, y = p
    return f"I'd love the {x} stacked on the {y}, if you don't mind.", rels(
        Rel("on", x, y)
    )


def t71_des_shop(w: World) -> Made:
    b = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not b:
        return None
    return f"I'd like the {b[0]} emptied out before we open up.", empty(b[0])


def t71_des_teacher(w: World) -> Made:
    p = _clear_into(w)
    if not p:
        return None
    x, b = p
    return f"I would like the {x} placed in the {b}, please.", rels(Rel("in", x, b))


def t71_des_engineer(w: World) -> Made:
    x, p = w.pick(_clear(w)), w.pick(list(PLACES))
    if not x:
        return None
    return (
        f"What I should like is for the {x[0]} to end up in {_place(p[0])}.",
        rels(Rel("at", x[0], p[0])),
    )


def t71_des_hurried(w: World) -> Made:
    x = w.pick(w.blocks)
    return f"need the {x[0]} in the bin asap", binned(x)


# ----- quantified ------------------------------------------------------------------------------------
def t71_qua_teen(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    b = w.pick(w.bowls)
    if all(w.state.base(x) == b[0] for x in w.blocks):
        return None
    return f"put all the blocks in the {b[0]} pls", rels(
        *(Rel("in", x, b[0]) for x in w.blocks)
    )


def t71_qua_nurse(w: World) -> Made:
    table = _on_table(w)
    if not 2 <= len(table) <= 5:
        return None
    inside = w.in_bowls()
    if not inside:
        return (
            "Could you pop every block that's on the table into the bin for me?",
            binned(table),
        )
    return (
        "Could you pop every block that's on the table into the bin for me? Leave the ones in the bowls.",
        both(binned(table), kept(*inside)),
    )


def t71_qua_shop(w: World) -> Made:
    table = _on_table(w)
    b = w.pick([b for b in w.bowls if _room(w, b, 2)])
    if len(table) < 3 or not b:
        return None
    return (
        f"Stick two of the blocks from the table in the {b[0]}, doesn't matter which.",
        lambda _i, f: sum(f.base(x) == b[0] for x in table) == 2,
    )


def t71_qua_teacher(w: World) -> Made:
    x = w.pick(w.blocks)
    rest = [b for b in w.blocks if b != x[0]]
    if not 2 <= len(rest) <= 5:
        return None
    return (
        f"Class is over, so please put every block except the {x[0]} away in the bin.",
        both(binned(rest), none_binned(x)),
    )


def t71_qua_engineer(w: World) -> Made:
    table = _on_table(w)
    if not 2 <= len(table) <= layout.MAX_TOWER:
        return None
    want = Rel("tower", *table)
    if rels(want)(w.state, w.state):
        return None
    return (
        f"Would you stack the {_WORDS[len(table)]} blocks on the table into a single tower? Any order will do.",
        rels(want),
    )


def t71_qua_hurried(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return "just bin all the blocks, i'm late", binned(w.blocks)


# ----- negated ---------------------------------------------------------------------------------------
def t71_neg_teen(w: World) -> Made:
    b = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not b:
        return None
    inside = w.state.in_bowl(b[0])
    return (
        f"i dont want anything in the {b[0]}, just chuck it all in the bin",
        both(binned(inside), empty(b[0])),
    )


def t71_neg_nurse(w: World) -> Made:
    table = _on_table(w)
    if not 2 <= len(table) <= 5:
        return None
    return (
        "Please don't leave any blocks lying about on the table; they can all go in the bin.",
        lambda _i, f: not f.on_the_table() and f.held is None,
    )


def t71_neg_shop(w: World) -> Made:
    p = w.pick(w.blocks, 2)
    if not p:
        return None
    x, y = p
    return (
        f"Don't throw out the {x}, that one's fine. It's the {y} that goes in the bin.",
        both(binned([y]), none_binned([x])),
    )


def t71_neg_teacher(w: World) -> Made:
    x = w.pick(_in_bowl_blocks(w))
    if not x:
        return None
    b = w.state.base(x[0])
    return (
        f"The {x[0]} is not supposed to be in the {b}. Please put it back on the table.",
        rels(Rel("on_table", x[0])),
    )


def t71_neg_engineer(w: World) -> Made:
    x = w.pick([b for b in w.blocks if not w.state.is_clear(b)])
    if not x:
        return None
    return f"Please see to it that nothing is left resting on top of the {x[0]}.", rels(
        Rel("clear", x[0])
    )


def t71_neg_hurried(w: World) -> Made:
    p = w.pick(_top_pairs(w))
    if not p:
        return None
    t, b = p[0]
    return f"the {t} can't stay on the {b}. get it off", _off(t, b)


# ----- relative --------------------------------------------------------------------------------------
def t71_rel_teen(w: World) -> Made:
    p = w.pick(_top_pairs(w))
    if not p:
        return None
    t, b = p[0]
    return f"the block thats on top of the {b}, can u bin it", binned([t])


def t71_rel_nurse(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    b = w.pick(singles)
    if not b:
        return None
    x = w.state.in_bowl(b[0])[0]
    z = w.pick([z for z in w.blocks if z != x and _can_top(w, z)])
    if not z:
        return None
    return (
        f"Could you move the block that's sitting in the {b[0]} onto the {z[0]}?",
        rels(Rel("on", x, z[0])),
    )


def t71_rel_shop(w: World) -> Made:
    cx, cy = layout.BIN_CENTER
    ds = sorted(
        (
            (
                (w.scene.get(b).position[0] - cx) ** 2
                + (w.scene.get(b).position[1] - cy) ** 2
            )
            ** 0.5,
            b,
        )
        for b in w.blocks
    )
    if len(ds) < 2 or ds[1][0] - ds[0][0] < 0.03:
        return None
    x = ds[0][1]
    b = w.pick([b for b in w.bowls if b != w.state.base(x) and _room(w, b)])
    if not b:
        return None
    return f"Grab the block that's nearest the bin and put it in the {b[0]}.", rels(
        Rel("in", x, b[0])
    )


def t71_rel_teacher(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    t, below = p[0]
    b = w.pick([b for b in w.bowls if b != w.state.base(below) and _room(w, b)])
    if not b:
        return None
    return (
        f"Please take the block that the {t} is sitting on and put it in the {b[0]}.",
        rels(Rel("in", below, b[0])),
    )


def t71_rel_engineer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.pick([x for x in w.blocks if w.state.base(x) not in w.bowls])
    if not x:
        return None
    ds = sorted((w.dist(x[0], b), b) for b in w.bowls)
    if ds[1][0] - ds[0][0] < 0.03 or not _room(w, ds[0][1]):
        return None
    return f"Kindly put the {x[0]} in the bowl that is closest to it.", rels(
        Rel("in", x[0], ds[0][1])
    )


def t71_rel_hurried(w: World) -> Made:
    z = w.pick(w.in_bowls())
    if not z:
        return None
    b = w.state.base(z[0])
    x = w.pick([x for x in w.blocks if w.state.base(x) != b])
    if not x or not _room(w, b):
        return None
    return f"{x[0]} into the bowl the {z[0]}'s in. quick", rels(Rel("in", x[0], b))


# ----- keep ------------------------------------------------------------------------------------------
def t71_keep_teen(w: World) -> Made:
    p = _clear_into(w)
    if not p:
        return None
    x, b = p
    y = w.pick([y for y in w.blocks if y != x])
    if not y:
        return None
    return f"put the {x} in the {b} but dont touch the {y[0]}", both(
        rels(Rel("in", x, b)), kept(y[0])
    )


def t71_keep_nurse(w: World) -> Made:
    b = w.pick(w.bowls)
    x = w.pick([x for x in w.blocks if w.state.base(x) != b[0]])
    if not x:
        return None
    return (
        f"Leave the {b[0]} just as it is, and could you bin the {x[0]} for me?",
        both(binned(x), _same_bowl(b[0])),
    )


def t71_keep_shop(w: World) -> Made:
    p = w.pick(w.pairs())
    if not p:
        return None
    t, below = p[0]
    q = _clear_into(w)
    if not q or q[0] in (t, below):
        return None
    x, b = q
    return (
        f"Keep the {t} on the {below} just like that, and put the {x} in the {b}.",
        both(kept(t, below), rels(Rel("in", x, b))),
    )


def t71_keep_teacher(w: World) -> Made:
    p = _onto(w)
    if not p:
        return None
    x, y = p
    return f"Without moving the {y}, please put the {x} on top of it.", both(
        rels(Rel("on", x, y)), kept(y)
    )


def t71_keep_engineer(w: World) -> Made:
    x, p = w.pick(_clear(w)), w.pick(list(PLACES))
    if not x:
        return None
    rest = [b for b in w.blocks if b != x[0]]
    return (
        f"Kindly move the {x[0]} to {_place(p[0], True)}, and leave every other block precisely where it is.",
        both(rels(Rel("at", x[0], p[0])), kept(*rest)),
    )


def t71_keep_hurried(w: World) -> Made:
    x = w.pick(_clear(w))
    if not x:
        return None
    rest = [b for b in w.blocks if b != x[0]]
    return f"leave everything else. just the {x[0]} in the bin", both(
        binned(x), kept(*rest)
    )


# ----- multi-step ------------------------------------------------------------------------------------
def t71_multi_teen(w: World) -> Made:
    c = w.pick(_clear(w), 2)
    b = w.pick([b for b in w.bowls if _room(w, b, 2)])
    if not c or not b or w.state.base(c[0]) == b[0]:
        return None
    x, y = c
    return (
        f"put the {x} in the {b[0]} and then stack the {y} on it",
        rels(Rel("in", x, b[0]), Rel("on", y, x)),
    )


def t71_multi_nurse(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    y, b = p
    x = w.pick([x for x in w.blocks if x != y])
    if not x:
        return None
    return (
        f"First could you bin the {x[0]}, then move the {y} into the {b}? Thanks.",
        both(binned(x), rels(Rel("in", y, b))),
    )


def t71_multi_shop(w: World) -> Made:
    p = w.pick(_top_pairs(w))
    if not p:
        return None
    t, below = p[0]
    b = w.pick([b for b in w.bowls if b != w.state.base(t) and _room(w, b)])
    if not b:
        return None
    return (
        f"Take the {t} off the {below}, stick it in the {b[0]}, and then bin the {below}.",
        both(rels(Rel("in", t, b[0])), binned([below])),
    )


def t71_multi_teacher(w: World) -> Made:
    c, p = w.pick(_clear(w), 2), w.pick(list(PLACES), 2)
    if not c:
        return None
    (x, y), (p1, p2) = c, p
    return (
        f"First, move the {x} to {_place(p1)}. After that, move the {y} to {_place(p2)}.",
        rels(Rel("at", x, p1), Rel("at", y, p2)),
    )


def t71_multi_engineer(w: World) -> Made:
    options = [
        (x, y, z)
        for y in w.blocks
        if _can_top(w, y, 2)
        for x in _clear(w)
        for z in _clear(w)
        if len({x, y, z}) == 3 and w.state.support[x] != y
    ]
    if not options:
        return None
    x, y, z = w.rng.choice(options)
    return (
        f"Step one, place the {x} on the {y}. Step two, place the {z} on the {x}.",
        rels(Rel("on", x, y), Rel("on", z, x)),
    )


def t71_multi_hurried(w: World) -> Made:
    p = w.pick(w.blocks, 2)
    if not p:
        return None
    return f"bin the {p[0]}, then the {p[1]}. done", binned(p)


# ----- question --------------------------------------------------------------------------------------
def t71_q_teen(w: World) -> Made:
    b = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not b:
        return None
    return f"wait how many blocks r in the {b[0]}", answered(
        str(len(w.state.in_bowl(b[0])))
    )


def t71_q_nurse(w: World) -> Made:
    x, b = w.pick(w.blocks), w.pick(w.bowls)
    inside = [y for y in w.blocks if w.state.base(y) == b[0]]
    if inside and w.rng.random() < 0.5:
        x = w.pick(inside)
    return f"Is the {x[0]} in the {b[0]}?", answered(yes(w.state.base(x[0]) == b[0]))


def t71_q_shop(w: World) -> Made:
    n = len(_on_table(w))
    if n < 1:
        return None
    return (
        "How many blocks have we got out on the table, not counting the ones in the bowls?",
        answered(str(n)),
    )


def t71_q_teacher(w: World) -> Made:
    p = w.pick(_top_pairs(w))
    if not p:
        return None
    t, below = p[0]
    return f"What colour is the block on top of the {below}?", answered(w.colour(t))


def t71_q_engineer(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    x = w.pick(covered) if covered and w.rng.random() < 0.5 else w.pick(w.blocks)
    return (
        f"Is there anything stacked on top of the {x[0]} at present?",
        answered(yes(not w.state.is_clear(x[0]))),
    )


def t71_q_hurried(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x:
        return None
    b = w.state.base(x[0])
    if w.colour(b) == w.colour(x[0]):
        return None
    return f"which bowl's the {x[0]} in?", answered(w.colour(b))


# ----- matching --------------------------------------------------------------------------------------
def t71_match_teen(w: World) -> Made:
    want = matching(w)
    if not _matching_fits(w, want):
        return None
    return "ok can u match the blocks to the bowls by colour", rels(*want)


def t71_match_nurse(w: World) -> Made:
    options = [
        (r.args[0], r.args[1])
        for r in _unsatisfied(w, matching(w))
        if _room(w, r.args[1])
    ]
    if not options:
        return None
    x, b = w.rng.choice(options)
    return f"Could you put the {x} in the bowl of the same colour, please?", rels(
        Rel("in", x, b)
    )


def t71_match_shop(w: World) -> Made:
    want = matching(w)
    if not _matching_fits(w, want):
        return None
    movers = {r.args[0] for r in _unsatisfied(w, want)}
    matched = {r.args[0] for r in want}
    others = [b for b in w.blocks if b not in matched]
    if not others:
        return None
    if any(o in w.state.above(m) for m in movers for o in others):
        return None
    return (
        "Sort the blocks into the bowls that match their colour, and leave the others where they are.",
        both(rels(*want), kept(*others)),
    )


def t71_match_teacher(w: World) -> Made:
    options = [
        (x, b)
        for b in w.bowls
        if (x := _block_of(w, w.colour(b))) and w.state.base(x) != b and _room(w, b)
    ]
    if not options:
        return None
    x, b = w.rng.choice(options)
    return (
        f"Find the block that's the same colour as the {b} and put it inside, please.",
        rels(Rel("in", x, b)),
    )


def t71_match_engineer(w: World) -> Made:
    options = [
        (x, m, b)
        for b in w.bowls
        if (m := _block_of(w, w.colour(b))) and _can_top(w, m)
        for x in _clear(w)
        if x != m and w.state.support[x] != m
    ]
    if not options:
        return None
    x, m, b = w.rng.choice(options)
    return (
        f"Kindly place the {x} on top of the block that matches the {b} in colour.",
        rels(Rel("on", x, m)),
    )


def t71_match_hurried(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.args[0] for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if (
        not rest
        or len(rest) > 5
        or not all(_room(w, r.args[1]) for r in _unsatisfied(w, want))
    ):
        return None
    return "match the blocks to their bowls by colour, bin the rest. quick", both(
        rels(*want), binned(rest)
    )


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
_STYLES = ("teen", "nurse", "shop", "teacher", "engineer", "hurried")

FRESH71: list[Template] = [
    (f"t71_{short}_{style}", category, globals()[f"t71_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
