"""`FRESH186`, the hundred-and-eighty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing what they want into the robot's
chat window in their own plain words. A museum guide describes and asks kindly ("you will notice", "kindly place"),
a mechanic is hands-on ("grab", "drop it in", "stack it up"), a yoga teacher goes slowly ("let's", "gently place"),
an accountant is precise ("exactly", "no more than", counts), a farmer is plain ("shift", "heap", "pile") and a
teenager doing homework with a friend types fast and loose ("we need", "can u", "ok wait"). The jobs are the
everyday ones: a block into a bowl, onto another block or to a named place, piles and towers, sorting by colour,
clearing the table or a bowl into the bin, leaving some things as they are, and plain questions about the table
(one or two in a message; a two-question message expects both answers, in order). The checks accept every outcome
a reasonable person would accept, in any order and with any free choice the words leave open, with nothing left
in the gripper; blocks the words do not move must rest where they rested (a block that had to come off a moved
one may go anywhere but the bin), and doing nothing never passes.

- guide: "Kindly place the red block in the blue bowl, if you would."
- mechanic: "Grab the red block and stack it up on the green block."
- yoga: "Let's take it slow. Gently place the red block in the top left corner."
- accountant: "Transfer exactly one block, the red block, from the blue bowl to the green bowl."
- farmer: "Shift the red block off the green block and set it down on the table."
- teen: "ok wait can u throw the red block in the bin pls"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on ddf760e, the code of fddedcb, before anything it could prompt): 0.7167
goal-correct (215 of 300), 68 refused. Seven wrong actions: "Pull X off Y and set it on the table, then stack Z up on
it" put Z on Y ('up on it' read as the block X came off); "Move exactly one block into W: X. One block, no more." put
another block in W and took X out again. Ten wrong replies: "ok wait how many blocks r there? and how many bowls" and
"Two figures, please: how many blocks are there altogether, and exactly how many of them are in bowls?" answered one
question or none. The refusals: "displayed in W", "sitting up on Y, nice and square", "find its way to", "exactly two
blocks in W: X and Y, and no others", "You will notice a single block in W. Kindly take it out ...", "no more than two
and no fewer; which two is up to you", "don't go putting it in the bin", "ok wait not X, i meant Y. put Y in W", "Of all
the blocks, take the one closest to the bottom right corner and put it exactly there", "Sort 'em by colour: ...", "For
each bowl, put in it the block of the same colour, if there is one. Move nothing else.", "ok wait can u throw X in the
bin pls".
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    both,
    binned,
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
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _hand_empty(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's goal: every check holds and nothing is left in the gripper."""
    return both(_hand_empty, *checks)


def _rest(*movers: str) -> Check:
    """Every block but `movers` rests where it rested; a block that had to come off one of them may go anywhere
    but the bin."""

    def check(i: SymState, f: SymState) -> bool:
        off = {a for m in movers for a in i.above(m)} - set(movers)
        return all(f.support[b] == i.support[b] for b in i.blocks if b not in movers and b not in off) and all(
            f.base(b) != BIN for b in off)

    return check


def _grounded(*blocks: str) -> Check:
    """Each block's tower stands on the table (a named place included)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _based(place: str, *blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) == place for b in blocks)


def _level(s: SymState, b: str) -> int:
    """1 for a block on the table or in a bowl, 2 for one on such a block, and so on."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _fits(s: SymState, b: str, n: int = 1) -> bool:
    """Whether `n` more blocks can go on block `b`: the tower stays within bounds, and so does its bowl."""
    base = s.base(b)
    return _level(s, b) + n <= layout.MAX_TOWER and (base not in s.bowls or _room(s, base) >= n)


def _loose(w: World) -> list[str]:
    """Clear blocks standing right on the table."""
    return [b for b in w.clear_blocks() if w.state.support[b] == TABLE]


def _the(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _nonempty(w: World) -> list[str]:
    return [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]


def _unmatched(w: World) -> list[Rel]:
    return [r for r in matching(w) if not holds(r, w.state)]


def _fit(w: World, todo: list[Rel]) -> bool:
    """Whether every bowl has room for the blocks that `todo` puts in it."""
    return all(_room(w.state, bowl) >= sum(r.target == bowl for r in todo) for bowl in w.bowls)


def _still_holds(check: Check, w: World) -> bool:
    return check(w.state, w.state)


def _nearest(w: World, xy: tuple[float, float], candidates: list[str]) -> str | None:
    """The loose block clearly nearest to `xy` among `candidates` (a margin of 5 cm over the next one)."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - xy[0]) ** 2 + (p[1] - xy[1]) ** 2) ** 0.5

    ranked = sorted(candidates, key=d)
    if len(ranked) < 2 or ranked[0] not in _loose(w) or d(ranked[1]) - d(ranked[0]) < 0.05:
        return None
    return ranked[0]


# ----- imperative -------------------------------------------------------------------------------------
def t186_imp_guide(w: World) -> Made:
    s = w.state
    opts = [(b, bowl) for b in w.clear_blocks() for bowl in w.bowls if s.base(b) != bowl and _room(s, bowl) > 0]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice([f"Kindly place the {b} in the {bowl}, if you would.",
                         f"For our next exhibit, kindly place the {b} inside the {bowl}."])
    return text, _act(rels(Rel("in", b, bowl)), _rest(b))


def t186_imp_mechanic(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if a != b and _fits(s, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return f"Grab the {a} and stack it up on the {b}.", _act(rels(Rel("on", a, b)), _rest(a))


def t186_imp_yoga(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(PLACES)
    return (f"Let's take it slow. Gently place the {b[0]} in {_the(place)}.",
            _act(rels(Rel("at", b[0], place)), _rest(b[0])))


def t186_imp_accountant(w: World) -> Made:
    s = w.state
    opts = [(b, s.base(b), dst) for b in w.clear_blocks() if s.base(b) in s.bowls
            for dst in w.bowls if dst != s.base(b) and _room(s, dst) > 0]
    if opts:
        b, src, dst = w.rng.choice(opts)
        text = f"Transfer exactly one block, the {b}, from the {src} to the {dst}."
    else:
        more = [(b, dst) for b in w.clear_blocks() for dst in w.bowls if s.base(b) != dst and _room(s, dst) > 0]
        if not more:
            return None
        b, dst = w.rng.choice(more)
        text = f"Move exactly one block into the {dst}: the {b}. One block, no more."
    return text, _act(rels(Rel("in", b, dst)), _rest(b))


def t186_imp_farmer(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a, b in w.pairs() if s.is_clear(a)]
    if pairs:
        a, b = w.rng.choice(pairs)
        text = f"Shift the {a} off the {b} and set it down on the table."
    else:
        loose = [a for a in w.clear_blocks() if s.support[a] in s.bowls]
        if not loose:
            return None
        a = w.rng.choice(loose)
        text = f"Shift the {a} out of the {s.support[a]} and set it down on the table."
    return text, _act(rels(Rel("on_table", a)), _rest(a))


def t186_imp_teen(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    text = w.rng.choice([f"ok wait can u throw the {b[0]} in the bin pls", f"can u put the {b[0]} in the bin"])
    return text, _act(binned(b), _rest(b[0]))


# ----- declarative ------------------------------------------------------------------------------------
def t186_dec_guide(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if a != b and _fits(s, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return (f"In the finished display, the {a} stands on top of the {b}.",
            _act(rels(Rel("on", a, b)), _rest(a)))


def t186_dec_mechanic(w: World) -> Made:
    s = w.state
    opts = [(a, b, bowl) for a in w.clear_blocks() for b in w.clear_blocks() for bowl in w.bowls
            if a != b and s.base(a) != bowl and _room(s, bowl) > 0]
    if not opts:
        return None
    a, b, bowl = w.rng.choice(opts)
    return (f"Right, here's how it ought to end up: the {a} in the {bowl}, the {b} in the bin.",
            _act(rels(Rel("in", a, bowl), Rel("in_bin", b)), _rest(a, b)))


def t186_dec_yoga(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(PLACES)
    return (f"When our session ends, the {b[0]} rests peacefully in {_the(place)}.",
            _act(rels(Rel("at", b[0], place)), _rest(b[0])))


def t186_dec_accountant(w: World) -> Made:
    clear = w.clear_blocks()
    opts = [(a, b) for a in clear for b in clear if a != b]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    check = _act(rels(Rel("on", a, b), Rel("on_table", b)), _rest(a, b))
    return f"Final position: the {a} is on the {b}, and the {b} is on the table.", check


def t186_dec_farmer(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    text = w.rng.choice([f"Both the {a} and the {b} belong in the bin.",
                         f"The {a} goes in the bin, and the {b} goes in there with it."])
    return text, _act(binned([a, b]), _rest(a, b))


def t186_dec_teen(w: World) -> Made:
    s = w.state
    opts = [bowl for bowl in w.bowls if _room(s, bowl) >= 2]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    two = w.pick([b for b in w.clear_blocks() if s.base(b) != bowl], 2)
    if not two:
        return None
    a, b = two
    return (f"ok so the {a} is supposed to be in the {bowl} and the {b} too",
            _act(rels(Rel("in", a, bowl), Rel("in", b, bowl)), _rest(a, b)))


# ----- desiderative -----------------------------------------------------------------------------------
def t186_des_guide(w: World) -> Made:
    s = w.state
    opts = [(b, bowl) for b in w.clear_blocks() for bowl in w.bowls if s.base(b) != bowl and _room(s, bowl) > 0]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    return (f"I would like the {b} displayed in the {bowl}, please.",
            _act(rels(Rel("in", b, bowl)), _rest(b)))


def t186_des_mechanic(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if a != b and _fits(s, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return (f"What I want is the {a} sitting up on the {b}, nice and square.",
            _act(rels(Rel("on", a, b)), _rest(a)))


def t186_des_yoga(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(PLACES)
    return (f"I'd love for the {b[0]} to find its way to {_the(place)}.",
            _act(rels(Rel("at", b[0], place)), _rest(b[0])))


def t186_des_accountant(w: World) -> Made:
    s = w.state
    bowls = [bowl for bowl in w.bowls if not s.in_bowl(bowl)]
    two = w.pick(w.clear_blocks(), 2)
    if not bowls or not two:
        return None
    bowl = w.rng.choice(bowls)
    a, b = two
    check = _act(lambda _i, f: sorted(f.in_bowl(bowl)) == sorted([a, b]), _rest(a, b))
    return f"I'd like exactly two blocks in the {bowl}: the {a} and the {b}, and no others.", check


def t186_des_farmer(w: World) -> Made:
    bottoms = _loose(w)
    if not bottoms:
        return None
    c = w.rng.choice(bottoms)
    two = w.pick([b for b in w.clear_blocks() if b != c], 2)
    if not two:
        return None
    b, a = two
    return (f"I want a pile: the {c} at the bottom, the {b} on that, and the {a} on top.",
            _act(rels(Rel("on", b, c), Rel("on", a, b)), _rest(a, b)))


def t186_des_teen(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    return (f"make it so that the {a} and the {b} r both in the bin, thx",
            _act(binned([a, b]), _rest(a, b)))


# ----- quantified -------------------------------------------------------------------------------------
def t186_qua_guide(w: World) -> Made:
    bowls = _nonempty(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    if len(inside) == 1:
        text = f"You will notice a single block in the {bowl}. Kindly take it out and place it on the table."
    else:
        text = (f"Each of the {len(inside)} blocks you will notice in the {bowl} should be taken out and placed "
                "on the table.")
    return text, _act(empty(bowl), _grounded(*inside), _rest(*inside))


def t186_qua_mechanic(w: World) -> Made:
    text = w.rng.choice(["Drop all the blocks in the bin, every last one of them.",
                         "Every block goes in the bin. All of them."])
    return text, _act(binned(w.blocks))


def t186_qua_yoga(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    place = w.rng.choice(PLACES)
    return (f"Let's bring each block, one at a time, to {_the(place)}.",
            _act(_based(place, *w.blocks)))


def t186_qua_accountant(w: World) -> Made:
    s = w.state
    bowls = [bowl for bowl in w.bowls if len(s.in_bowl(bowl)) < 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (f"When you are done I need exactly two blocks in the {bowl}, no more than two and no fewer; "
            "which two is up to you.", _act(count_in(bowl, 2), none_binned(w.blocks)))


def t186_qua_farmer(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    check = _act(rels(Rel("tower", *w.blocks)))
    if _still_holds(check, w):
        return None
    return "Pile all the blocks up into one stack on the table.", check


def t186_qua_teen(w: World) -> Made:
    def check(i: SymState, f: SymState) -> bool:
        gone = [b for b in f.blocks if f.base(b) == BIN]
        return f.held is None and len(gone) == 2 and _rest(*gone)(i, f)

    return "can u move 2 blocks into the bin, doesnt matter which ones", check


# ----- negated ----------------------------------------------------------------------------------------
def t186_neg_guide(w: World) -> Made:
    s = w.state
    keep = [b for b in w.blocks if s.support[b] not in s.support]
    if not keep:
        return None
    a = w.rng.choice(keep)
    others = [b for b in w.blocks if b != a]
    return f"Kindly place every block in the bin, except the {a}.", _act(binned(others), kept(a))


def t186_neg_mechanic(w: World) -> Made:
    s = w.state
    opts = [(a, bowl) for a in w.clear_blocks() for bowl in w.bowls if s.base(a) != bowl and _room(s, bowl) > 0]
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    return (f"Don't drop the {a} in the bin, drop it in the {bowl} instead.",
            _act(rels(Rel("in", a, bowl)), _rest(a)))


def t186_neg_yoga(w: World) -> Made:
    s = w.state
    bowls = _nonempty(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.pick([b for b in w.clear_blocks() if s.base(b) != bowl])
    if not a:
        return None
    inside = s.in_bowl(bowl)
    return (f"Let's move the {a[0]} to the middle of the table, without disturbing anything in the {bowl}.",
            _act(rels(Rel("at", a[0], "middle")), kept(*inside), _rest(a[0])))


def t186_neg_accountant(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if a != b and _fits(s, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    others = [x for x in w.blocks if x != a]
    return (f"Move the {a} onto the {b}, and do not move any other block.",
            _act(rels(Rel("on", a, b)), kept(*others)))


def t186_neg_farmer(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[a] != b and f.base(a) != BIN

    return f"Get the {a} off the {b}, but don't go putting it in the bin.", _act(check, _rest(a))


def t186_neg_teen(w: World) -> Made:
    s = w.state
    opts = [(a, b, bowl) for a in w.blocks for b in w.clear_blocks() for bowl in w.bowls
            if a != b and s.base(b) != bowl and _room(s, bowl) > 0]
    if not opts:
        return None
    a, b, bowl = w.rng.choice(opts)
    return (f"ok wait not the {a}, i meant the {b}. put the {b} in the {bowl}",
            _act(rels(Rel("in", b, bowl)), _rest(b)))


# ----- relative ---------------------------------------------------------------------------------------
def t186_rel_guide(w: World) -> Made:
    s = w.state
    opts = [(x, b, bowl) for x, b in w.pairs() if s.is_clear(x) for bowl in w.bowls
            if s.base(x) != bowl and _room(s, bowl) > 0]
    if not opts:
        return None
    x, b, bowl = w.rng.choice(opts)
    return (f"You will notice a block sitting on top of the {b}. Kindly place that block in the {bowl}.",
            _act(rels(Rel("in", x, bowl)), _rest(x)))


def t186_rel_mechanic(w: World) -> Made:
    bowls = _nonempty(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    return (f"Take whatever's in the {bowl} and drop it in the bin.",
            _act(binned(inside), _rest(*inside)))


def t186_rel_yoga(w: World) -> Made:
    s = w.state
    def nearest(bowl: str) -> str | None:
        p = w.scene.get(bowl).position
        return _nearest(w, (p[0], p[1]), [b for b in w.blocks if s.base(b) != bowl])

    found = [(bowl, x) for bowl in w.bowls if _room(s, bowl) > 0 and (x := nearest(bowl))]
    if not found:
        return None
    bowl, x = w.rng.choice(found)
    return (f"Let's gently place the block nearest to the {bowl} into it.",
            _act(rels(Rel("in", x, bowl)), _rest(x)))


def t186_rel_accountant(w: World) -> Made:
    found = [(p, x) for p in PLACES if (x := _nearest(w, layout.PLACES[p], list(w.blocks)))]
    if not found:
        return None
    place, x = w.rng.choice(found)
    return (f"Of all the blocks, take the one closest to {_the(place)} and put it exactly there.",
            _act(rels(Rel("at", x, place)), _rest(x)))


def t186_rel_farmer(w: World) -> Made:
    s = w.state
    bowls = [bowl for bowl in w.bowls if len(s.in_bowl(bowl)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = s.in_bowl(bowl)[0]
    targets = [b for b in w.clear_blocks() if b != x and _fits(s, b)]
    if not targets:
        return None
    b = w.rng.choice(targets)
    return f"Shift the block that's in the {bowl} onto the {b}.", _act(rels(Rel("on", x, b)), _rest(x))


def t186_rel_teen(w: World) -> Made:
    s = w.state
    pairs = [(a, x) for a, x in w.pairs() if s.is_clear(a)]
    if not pairs:
        return None
    a, x = w.rng.choice(pairs)
    return (f"can u put the block under the {a} in the bin",
            _act(binned([x]), none_binned([a]), _rest(x)))


# ----- keep -------------------------------------------------------------------------------------------
def t186_keep_guide(w: World) -> Made:
    s = w.state
    bowls = _nonempty(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    free = [b for b in w.clear_blocks() if s.base(b) != bowl]
    opts = [(a, b) for a in free for b in free if a != b and _fits(s, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    inside = s.in_bowl(bowl)
    return (f"Kindly place the {a} on the {b}; the blocks in the {bowl} should stay exactly as they are.",
            _act(rels(Rel("on", a, b)), kept(*inside), _rest(a)))


def t186_keep_mechanic(w: World) -> Made:
    s = w.state
    loose = s.on_the_table()
    keep = [b for b in loose if s.support[b] == TABLE]
    if not keep:
        return None
    a = w.rng.choice(keep)
    others = [b for b in loose if b != a]
    if not others:
        return None
    stay = [a, *s.in_bowls()]
    return (f"Drop every block that isn't in a bowl into the bin, but leave the {a} where it is.",
            _act(binned(others), kept(*stay)))


def t186_keep_yoga(w: World) -> Made:
    s = w.state
    opts = [(a, bowl) for a in w.clear_blocks() for bowl in w.bowls if s.base(a) != bowl and _room(s, bowl) > 0]
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    b = w.rng.choice([x for x in w.blocks if x != a])
    return (f"Let's move the {a} into the {bowl}, and let the {b} rest just where it is.",
            _act(rels(Rel("in", a, bowl)), kept(b), _rest(a)))


def t186_keep_accountant(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    place = w.rng.choice(PLACES)
    others = [b for b in w.blocks if b != a[0]]
    return (f"Move the {a[0]} to {_the(place)}. Everything else stays exactly where it is.",
            _act(rels(Rel("at", a[0], place)), kept(*others)))


def t186_keep_farmer(w: World) -> Made:
    s = w.state
    bases = [c for c in w.clear_blocks() if _fits(s, c, 2)]
    if not bases:
        return None
    c = w.rng.choice(bases)
    two = w.pick([b for b in w.clear_blocks() if b != c], 2)
    if not two:
        return None
    a, b = two

    def heap(_i: SymState, f: SymState) -> bool:
        return (f.support[a], f.support[b]) in ((c, a), (b, c))

    return f"Heap the {a} and the {b} on the {c}; leave the rest be.", _act(heap, _rest(a, b))


def t186_keep_teen(w: World) -> Made:
    s = w.state
    bowls = _nonempty(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.pick([b for b in w.clear_blocks() if s.base(b) != bowl])
    if not a:
        return None
    inside = s.in_bowl(bowl)
    return (f"we need the {a[0]} in the bin but leave the stuff in the {bowl} alone ok",
            _act(binned(a), kept(*inside), _rest(a[0])))


# ----- multi-step -------------------------------------------------------------------------------------
def t186_multi_guide(w: World) -> Made:
    s = w.state
    bowls = [bowl for bowl in w.bowls if _room(s, bowl) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    firsts = [a for a in w.clear_blocks() if s.base(a) != bowl]
    if not firsts:
        return None
    a = w.rng.choice(firsts)
    b = w.pick([x for x in w.clear_blocks() if x != a])
    if not b:
        return None
    return (f"First, kindly place the {a} in the {bowl}. Then place the {b[0]} on top of the {a}.",
            _act(rels(Rel("in", a, bowl), Rel("on", b[0], a)), _rest(a, b[0])))


def t186_multi_mechanic(w: World) -> Made:
    s = w.state
    pairs = [(a, x) for a, x in w.pairs() if s.is_clear(a)]
    if not pairs:
        return None
    a, x = w.rng.choice(pairs)
    b = w.pick([y for y in w.clear_blocks() if y != a])
    if not b:
        return None
    return (f"Pull the {a} off the {x} and set it on the table, then stack the {b[0]} up on it.",
            _act(rels(Rel("on_table", a), Rel("on", b[0], a)), _rest(a, b[0])))


def t186_multi_yoga(w: World) -> Made:
    three = w.pick(w.clear_blocks(), 3)
    if not three:
        return None
    a, b, c = three
    return (f"Let's start by placing the {a} in the bin. Then the {b} goes in the bin as well. "
            f"Finally, let the {c} rest in the middle of the table.",
            _act(binned([a, b]), rels(Rel("at", c, "middle")), _rest(a, b, c)))


def t186_multi_accountant(w: World) -> Made:
    s = w.state
    opts = [(a, bowl) for a in w.clear_blocks() for bowl in w.bowls if s.base(a) != bowl and _room(s, bowl) > 0]
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    b = w.pick([x for x in w.clear_blocks() if x != a])
    if not b:
        return None
    return (f"Step 1: move the {a} to the {bowl}. Step 2: move the {b[0]} to the bin. That is all.",
            _act(rels(Rel("in", a, bowl), Rel("in_bin", b[0])), _rest(a, b[0])))


def t186_multi_farmer(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    return (f"First shift the {a} over to {_the(place)}, then pile the {b} on top of it.",
            _act(rels(Rel("at", a, place), Rel("on", b, a)), _rest(a, b)))


def t186_multi_teen(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.clear_blocks() if s.support[a] not in _GROUND
            for b in w.clear_blocks() if b != a and s.base(b) != s.support[a]]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    where = s.support[a]
    goal = Rel("in", b, where) if where in s.bowls else Rel("on", b, where)
    return (f"ok so first put the {a} in the bin and then put the {b} where the {a} was",
            _act(binned([a]), rels(goal), _rest(a, b)))


# ----- questions --------------------------------------------------------------------------------------
def t186_q_guide(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return f"You will notice a {bowl} on the table. How many blocks are in it?", answered(str(n))


def t186_q_mechanic(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    under = w.state.support[a]
    return f"What's the {a} sitting on right now?", answered(under)


def t186_q_yoga(w: World) -> Made:
    s = w.state
    inside = [(b, bowl) for bowl in w.bowls for b in w.blocks if s.support[b] == bowl]
    outside = [(b, bowl) for bowl in w.bowls for b in w.blocks if s.base(b) != bowl]
    a, bowl = w.rng.choice(inside if inside and w.rng.random() < 0.5 else outside)
    return f"Let's pause and notice. Is the {a} in the {bowl}?", answered(yes(s.base(a) == bowl))


def t186_q_accountant(w: World) -> Made:
    total, inside = len(w.blocks), len(w.state.in_bowls())
    return ("Two figures, please: how many blocks are there altogether, and exactly how many of them are in bowls?",
            answered(f"{total}|{inside}"))


def t186_q_farmer(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if s.base(b) in s.bowls]
    if not inside:
        return None
    a = w.rng.choice(inside)
    return f"Which bowl's the {a} in?", answered(s.base(a))


def t186_q_teen(w: World) -> Made:
    nb, nw = len(w.blocks), len(w.bowls)
    if nb == nw:
        return None
    return "ok wait how many blocks r there? and how many bowls", answered(f"{nb}|{nw}")


# ----- matching ---------------------------------------------------------------------------------------
def t186_match_guide(w: World) -> Made:
    todo = _unmatched(w)
    if not todo or not _fit(w, todo):
        return None
    movers = [r.block for r in todo]
    return ("Kindly place each block in the bowl of its own colour, if there is one.",
            _act(rels(*matching(w)), _rest(*movers)))


def t186_match_mechanic(w: World) -> Made:
    want = matching(w)
    if not want or not _fit(w, _unmatched(w)):
        return None
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    return ("Sort 'em by colour: each block goes in the bowl that matches it, and any block without a matching "
            "bowl gets dropped in the bin.", _act(rels(*want), binned(others)))


def t186_match_yoga(w: World) -> Made:
    s = w.state
    todo = [r for r in _unmatched(w) if s.is_clear(r.block) and _room(s, r.target) > 0]
    if not todo:
        return None
    r = w.rng.choice(todo)
    return (f"Let's gently place the {r.block} in the bowl that shares its colour.",
            _act(rels(r), _rest(r.block)))


def t186_match_accountant(w: World) -> Made:
    s = w.state
    todo = _unmatched(w)
    movers = {r.block for r in todo}
    if not todo or not _fit(w, todo) or any(a not in movers for m in movers for a in s.above(m)):
        return None
    return ("For each bowl, put in it the block of the same colour, if there is one. Move nothing else.",
            _act(rels(*matching(w)), kept(*(b for b in w.blocks if b not in movers))))


def t186_match_farmer(w: World) -> Made:
    want = matching(w)
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not others or not _fit(w, _unmatched(w)):
        return None
    place = w.rng.choice(PLACES)
    return (f"Put the blocks in the bowls that match their colour, and pile the rest in {_the(place)}.",
            _act(rels(*want), _based(place, *others)))


def t186_match_teen(w: World) -> Made:
    s = w.state
    todo = [r for r in _unmatched(w) if _room(s, r.target) > 0]
    if not todo:
        return None
    r = w.rng.choice(todo)
    return (f"can u put the block thats the same colour as the {r.target} in it",
            _act(rels(r), _rest(r.block)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("guide", "mechanic", "yoga", "accountant", "farmer", "teen")
FRESH186: list[Template] = [
    (f"t186_{short}_{style}", category, globals()[f"t186_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
