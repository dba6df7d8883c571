"""`FRESH306`, the three-hundred-and-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing everyday jobs into the chat window in their own
plain words (a block into a bowl, onto another block or a named place, towers, sorting by colour, clearing a bowl or
the table into the bin, leaving some things as they are, and plain questions about the table). Six personas:
- security: a security guard, brief and firm: "Everything in the bin except the red block."
- dutch: a Dutch speaker writing English with small slips: "Put the block what is under the red block in the blue bowl."
- analyst: a data analyst, precise and list-like: "Step 1: yellow block to the top left corner. Step 2: ..."
- mum2: a busy mum, multitasking, short and practical: "chuck the orange block in the bin pls"
- poet: an amateur poet, a little flowery but clear: "The cyan block's rightful home is the bottom left corner."
- plain87: a plain, ordinary adult with no quirks: "Stack the red block on the green block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 44b5f33: the code of 8a8dc04 and one change that asked nothing here,
0abdbdd, reverted after it, before anything it could prompt): 0.85 goal-correct (255 of 300), 40 refused, 0 wrong
actions, 5 wrong replies. The wrong replies: an analyst's 'Two queries: (a) number of blocks not in any bowl; (b) is W
empty, yes or no?' (blocks not in a bowl not counted). The refusals: a poet's 'Lift X from W and lay it gently down upon
the open table.', 'The block that wanders farthest from W: bring it home into that bowl.', 'Set X upon Y, yet let Z
slumber undisturbed where it lies.', 'First let X leave W for the bare table; then let Y take its place within that
bowl.', 'Let every block that shares its hue with a bowl come home to the bowl that wears its colour.', an analyst's
'I'd like the following in W: (1) X, (2) Y.', 'Select the block nearest to W; move it to the bin.', 'For each bowl:
place the block of the matching colour inside it. Blocks without a matching bowl: leave in place.'.
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
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MARGIN = 0.03  # metres: how much nearer (or farther) "the nearest" must be than the runner-up


# ----- helpers --------------------------------------------------------------------------------------
def _made(w: World, text: str, check: Check) -> Made:
    """An action: the goal must hold with the gripper empty, and must not hold already."""

    def full(i: SymState, f: SymState) -> bool:
        return f.held is None and check(i, f)

    return None if full(w.state, w.state) else (text, full)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _c(name: str) -> str:
    """"red block" -> "red"."""
    return name.split()[0]


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _below(w: World, b: str) -> list[str]:
    """Blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _tower_of(w: World, b: str) -> set[str]:
    return {b, *_below(w, b), *w.state.above(b)}


def _can_stack(w: World, a: str, b: str) -> bool:
    """Whether `a` can end up directly on `b` (different towers, height and bowl room allow it)."""
    if a == b or b in _tower_of(w, a) or len(_below(w, b)) + 2 > layout.MAX_TOWER:
        return False
    base = w.state.base(b)
    if base == BIN:
        return False
    return base not in w.bowls or w.state.base(a) == base or _room(w, base)


def _into(w: World, block: str, bowl: str) -> bool:
    """Whether `block` can go into `bowl` (not there yet, room for it)."""
    return w.state.base(block) != bowl and _room(w, bowl)


def _extreme(w: World, dists: dict[str, float], far: bool = False) -> str | None:
    """The block with the smallest (or largest) distance, when it is clearly so."""
    if len(dists) < 2:
        return None
    ranked = sorted(dists, key=dists.get, reverse=far)  # type: ignore[arg-type]
    if abs(dists[ranked[0]] - dists[ranked[1]]) < _MARGIN:
        return None
    return ranked[0]


def _on_table(block: str) -> Check:
    """Its tower stands on the table (stacking on a block on the table counts): how people say 'on the table'."""
    return lambda _i, f: block in f.on_the_table()


def _bowl_with_stuff(w: World, most: int = layout.BOWL_CAPACITY) -> str | None:
    return _one(w, [b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= most])


# ----- imperative -----------------------------------------------------------------------------------
def t306_imp_security(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _one(w, [x for x in w.blocks if bowl and _into(w, x, bowl)])
    if not bowl or not b:
        return None
    return _made(w, f"Put the {b} in the {bowl}. Now.", rels(Rel("in", b, bowl)))


def t306_imp_dutch(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Can you put the {a} on top from the {b} please?", rels(Rel("on", a, b)))


def t306_imp_analyst(w: World) -> Made:
    b = _one(w, w.blocks)
    place = w.rng.choice(PLACES)
    if not b:
        return None
    return _made(w, f"Action: relocate the {b} to the {place}.", rels(Rel("at", b, place)))


def t306_imp_mum2(w: World) -> Made:
    b = _one(w, w.blocks)
    if not b:
        return None
    return _made(w, f"chuck the {b} in the bin pls", binned([b]))


def t306_imp_poet(w: World) -> Made:
    b = _one(w, w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b)
    text = f"Lift the {b} from the {bowl} and lay it gently down upon the open table."
    return _made(w, text, rels(Rel("on_table", b)))


def t306_imp_plain87(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Stack the {a} on the {b}.", rels(Rel("on", a, b)))


# ----- declarative ----------------------------------------------------------------------------------
def t306_dec_security(w: World) -> Made:
    b = _one(w, w.blocks)
    if not b:
        return None
    return _made(w, f"The {b} belongs in the bin.", binned([b]))


def t306_dec_dutch(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _one(w, [x for x in w.blocks if bowl and _into(w, x, bowl)])
    if not bowl or not b:
        return None
    return _made(w, f"The {b} must be in the {bowl} at the end.", rels(Rel("in", b, bowl)))


def t306_dec_analyst(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if a != b and b not in _tower_of(w, a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Desired end state: {a} on {b}; {b} directly on the table."
    return _made(w, text, rels(Rel("on", a, b), Rel("on_table", b)))


def t306_dec_mum2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _one(w, [x for x in w.blocks if bowl and _into(w, x, bowl)])
    if not bowl or not b:
        return None
    return _made(w, f"the {b} should be in the {bowl}", rels(Rel("in", b, bowl)))


def t306_dec_poet(w: World) -> Made:
    b = _one(w, w.blocks)
    place = w.rng.choice(_CORNERS)
    if not b:
        return None
    return _made(w, f"The {b}'s rightful home is the {place}.", rels(Rel("at", b, place)))


def t306_dec_plain87(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} goes on top of the {b}.", rels(Rel("on", a, b)))


# ----- desiderative ---------------------------------------------------------------------------------
def t306_des_security(w: World) -> Made:
    b = _one(w, w.in_bowls())
    if not b:
        return None
    text = f"I want the {b} out of the {w.state.base(b)} and on the table."
    return _made(w, text, rels(Rel("on_table", b)))


def t306_des_dutch(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I would like that the {a} is lying on the {b}.", rels(Rel("on", a, b)))


def t306_des_analyst(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b, 2)])
    if not bowl:
        return None
    two = w.pick([x for x in w.blocks if w.state.base(x) != bowl], 2)
    if len(two) < 2:
        return None
    a, b = two
    text = f"I'd like the following in the {bowl}: (1) the {a}, (2) the {b}."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t306_des_mum2(w: World) -> Made:
    bowl = _bowl_with_stuff(w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"want the {bowl} emptied into the bin, thx", both(binned(inside), empty(bowl)))


def t306_des_poet(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if len(three) < 3:
        return None
    a, b, c = three
    text = (f"My wish is a small tower: the {a} at its foot, the {b} above it, "
            f"and the {c} as its crown.")
    return _made(w, text, rels(Rel("stacked", a, b, c)))


def t306_des_plain87(w: World) -> Made:
    b = _one(w, w.blocks)
    if not b:
        return None
    text = f"My goal is to have the {b} sitting in the middle of the table."
    return _made(w, text, rels(Rel("at", b, "middle")))


# ----- quantified -----------------------------------------------------------------------------------
def t306_qua_security(w: World) -> Made:
    return _made(w, "All blocks in the bin.", binned(w.blocks))


def t306_qua_dutch(w: World) -> Made:
    loose = w.state.on_the_table()
    bowl = _one(w, [b for b in w.bowls if _room(w, b, len(loose))])
    if not loose or not bowl:
        return None
    text = f"Put every block what is on the table in the {bowl} please."
    return _made(w, text, rels(*(Rel("in", b, bowl) for b in loose)))


def t306_qua_analyst(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) != 2])
    if not bowl or len(w.blocks) < 2:
        return None
    return _made(w, f"Exactly two blocks in the {bowl}. Which two: your choice.", count_in(bowl, 2))


def t306_qua_mum2(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or any(w.state.in_bowl(b) for b in bowls) or len(w.blocks) < len(bowls):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.in_bowl(b) for b in bowls)

    return _made(w, "put a block in each bowl, doesnt matter which", check)


def t306_qua_poet(w: World) -> Made:
    loose = w.state.on_the_table()
    if not 2 <= len(loose) <= layout.MAX_TOWER:
        return None
    text = "Gather all the blocks that rest upon the table into one single tower."
    return _made(w, text, rels(Rel("tower", *loose)))


def t306_qua_plain87(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Take every block out of the bowls and put them on the table."
    return _made(w, text, both(*(_on_table(b) for b in inside)))


# ----- negated --------------------------------------------------------------------------------------
def t306_neg_security(w: World) -> Made:
    b = _one(w, w.blocks)
    if not b:
        return None
    rest = [x for x in w.blocks if x != b]
    return _made(w, f"Everything in the bin except the {_c(b)} block.", both(binned(rest), none_binned([b])))


def t306_neg_dutch(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    b = _one(w, [x for x in w.blocks if w.state.base(x) != bowl])
    rest = [x for x in w.blocks if x != b]
    if not b or not rest or len(rest) > layout.BOWL_CAPACITY:
        return None
    text = f"Put all the blocks in the {bowl}, only not the {b}."
    return _made(w, text, rels(*(Rel("in", x, bowl) for x in rest), Rel("in", b, bowl, negated=True)))


def t306_neg_analyst(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    text = "Move every block to the bin, excluding the ones currently in bowls."
    return _made(w, text, both(binned(outside), none_binned(inside)))


def t306_neg_mum2(w: World) -> Made:
    pair = _one(w, [f"{t}|{s}" for t, s in w.pairs()])
    if not pair:
        return None
    top, below = pair.split("|")
    text = f"take the {top} off the {below}, dont put it in the bin tho"
    return _made(w, text, rels(Rel("on", top, below, negated=True), Rel("in_bin", top, negated=True)))


def t306_neg_poet(w: World) -> Made:
    bowl = _bowl_with_stuff(w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    text = f"Not a single block shall stay in the {bowl}; let them rest upon the table instead."
    return _made(w, text, both(empty(bowl), *(_on_table(b) for b in inside)))


def t306_neg_plain87(w: World) -> Made:
    two = w.pick(w.blocks, 2)
    if len(two) < 2 or len(w.blocks) < 3:
        return None
    a, b = two
    rest = [x for x in w.blocks if x not in two]
    text = f"Put every block except the {_c(a)} one and the {_c(b)} one in the bin."
    return _made(w, text, both(binned(rest), none_binned(two)))


# ----- relative -------------------------------------------------------------------------------------
def t306_rel_security(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The block on top of the {below} goes in the bin.", binned([top]))


def t306_rel_dutch(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.support[s] not in w.state.support]
    bowl = _one(w, w.bowls)
    if not pairs or not bowl:
        return None
    top, below = w.rng.choice(pairs)
    if not _into(w, below, bowl):
        return None
    text = f"Put the block what is under the {top} in the {bowl}."
    return _made(w, text, rels(Rel("in", below, bowl)))


def t306_rel_analyst(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl:
        return None
    b = _extreme(w, {x: w.dist(x, bowl) for x in w.blocks})
    if not b:
        return None
    return _made(w, f"Select the block nearest to the {bowl}; move it to the bin.", binned([b]))


def t306_rel_mum2(w: World) -> Made:
    tops = [t for t, _s in w.pairs() if w.state.is_clear(t)]
    if len(tops) != 1:
        return None
    return _made(w, "whatevers on top of the stack, bin it", binned(tops))


def t306_rel_poet(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    b = _extreme(w, {x: w.dist(x, bowl) for x in w.blocks}, far=True)
    if not b or not _into(w, b, bowl):
        return None
    text = f"The block that wanders farthest from the {bowl}: bring it home into that bowl."
    return _made(w, text, rels(Rel("in", b, bowl)))


def t306_rel_plain87(w: World) -> Made:
    mx, my = layout.PLACES["middle"]

    def d(x: str) -> float:
        p = w.scene.get(x).position
        return ((p[0] - mx) ** 2 + (p[1] - my) ** 2) ** 0.5

    b = _extreme(w, {x: d(x) for x in w.blocks})
    if not b:
        return None
    return _made(w, "Put the block that's closest to the middle of the table in the bin.", binned([b]))


# ----- keep -----------------------------------------------------------------------------------------
def t306_keep_security(w: World) -> Made:
    two = w.pick(w.blocks, 2)
    if len(two) < 2:
        return None
    a, b = two
    if b in w.state.above(a):
        return None
    return _made(w, f"{_c(a).capitalize()} block to the bin. The {b} stays where it is.",
                 both(binned([a]), kept(b)))


def _stack_keeping(w: World) -> tuple[str, str, str] | None:
    trios = [(a, b, k) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)
             for k in w.blocks if k not in (a, b) and k not in w.state.above(a) and k not in w.state.above(b)]
    return w.rng.choice(trios) if trios else None


def t306_keep_dutch(w: World) -> Made:
    trio = _stack_keeping(w)
    if not trio:
        return None
    a, b, k = trio
    text = f"Put the {a} on the {b}, but the {k} must stay on his place."
    return _made(w, text, both(rels(Rel("on", a, b)), kept(k)))


def t306_keep_analyst(w: World) -> Made:
    bowl = _bowl_with_stuff(w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    k = _one(w, [x for x in w.blocks if x not in inside])
    if not k:
        return None
    text = f"Task: empty the {bowl} into the bin. Constraint: the {k} is not to be moved."
    return _made(w, text, both(binned(inside), empty(bowl), kept(k)))


def t306_keep_mum2(w: World) -> Made:
    k = _one(w, [x for x in w.blocks if w.state.support[x] not in w.state.support])
    if not k:
        return None
    rest = [x for x in w.blocks if x != k]
    text = f"bin all the blocks but leave the {_c(k)} one where it is"
    return _made(w, text, both(binned(rest), kept(k)))


def t306_keep_poet(w: World) -> Made:
    trio = _stack_keeping(w)
    if not trio:
        return None
    a, b, k = trio
    text = f"Set the {a} upon the {b}, yet let the {k} slumber undisturbed where it lies."
    return _made(w, text, both(rels(Rel("on", a, b)), kept(k)))


def t306_keep_plain87(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if w.state.is_clear(x)])
    if not b:
        return None
    place = w.rng.choice(PLACES)
    rest = [x for x in w.blocks if x != b]
    text = f"Move the {b} to the {place} and leave everything else as it is."
    return _made(w, text, both(rels(Rel("at", b, place)), kept(*rest)))


# ----- multi-step -----------------------------------------------------------------------------------
def t306_multi_security(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    pairs = [(t, s) for t, s in w.pairs() if _into(w, s, bowl)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"First: {top} off the {below}, onto the table. Then: {below} into the {bowl}."
    return _made(w, text, rels(Rel("on_table", top), Rel("in", below, bowl)))


def t306_multi_dutch(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b, 2)])
    if not bowl:
        return None
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if a != b and w.state.base(a) != bowl and a not in _tower_of(w, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"First put the {a} in the {bowl}, and after that the {b} on the {a}."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


def t306_multi_analyst(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if len(three) < 3:
        return None
    a, b, c = three
    place = w.rng.choice(_CORNERS)
    text = (f"Step 1: {a} to the {place}. Step 2: {b} onto the {a}. "
            f"Step 3: {c} onto the {b}.")
    return _made(w, text, rels(Rel("at", a, place), Rel("on", b, a), Rel("on", c, b)))


def t306_multi_mum2(w: World) -> Made:
    bowl = _bowl_with_stuff(w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    b = _one(w, [x for x in w.blocks if x not in inside])
    if not b:
        return None
    text = f"ok first empty the {bowl} into the bin then put the {b} in the {bowl}"
    return _made(w, text, both(binned(inside), rels(Rel("in", b, bowl))))


def t306_multi_poet(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a)
    b = _one(w, [x for x in w.blocks if w.state.base(x) != bowl])
    if not b:
        return None
    text = (f"First let the {a} leave the {bowl} for the bare table; "
            f"then let the {b} take its place within that bowl.")
    return _made(w, text, rels(Rel("on_table", a), Rel("in", b, bowl)))


def t306_multi_plain87(w: World) -> Made:
    pair = _one(w, [f"{t}|{s}" for t, s in w.pairs()])
    if not pair:
        return None
    top, below = pair.split("|")
    text = f"First take the {top} off the {below}, then put the {below} on top of it."
    return _made(w, text, rels(Rel("on", below, top)))


# ----- questions ------------------------------------------------------------------------------------
def t306_q_security(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    return _ask(f"How many blocks in the {bowl}?", str(len(w.state.in_bowl(bowl))))


def t306_q_dutch(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        two = w.pick(w.blocks, 2)
        if len(two) < 2:
            return None
        a, b = two
    flag = holds(Rel("on", a, b), w.state)
    return _ask(f"Is the {a} lying on the {b}?", yes(flag))


def t306_q_analyst(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    n = sum(1 for b in w.blocks if w.state.base(b) not in w.bowls)
    flag = not w.state.in_bowl(bowl)
    text = f"Two queries: (a) number of blocks not in any bowl; (b) is the {bowl} empty, yes or no?"
    return _ask(text, f"{n}|{yes(flag)}")


def t306_q_mum2(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) <= 2])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _ask(f"whats in the {bowl} atm?", "|".join(inside) if inside else "nothing")


def t306_q_poet(w: World) -> Made:
    b = _one(w, w.blocks)
    if not b:
        return None
    on = w.state.on_top(b)
    text = f"Tell me, which block rests upon the {b}?"
    return _ask(text, on[0] if on else "nothing")


def t306_q_plain87(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if w.state.support[x] in (TABLE, *w.bowls)])
    if not b:
        return None
    where = w.state.support[b]
    text = f"Where's the {b} at the moment, and how many bowls are there?"
    return _ask(text, f"{where}|{len(w.bowls)}")


# ----- colour matching ------------------------------------------------------------------------------
def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _matchable(w: World) -> list[Rel]:
    """Matching relations, or [] when some bowl has no room for its block."""
    want = matching(w)
    if any(not holds(r, w.state) and not _room(w, r.target) for r in want):
        return []
    return want


def t306_match_security(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if (bw := _bowl_of(w, w.colour(x))) and _into(w, x, bw)])
    if not b:
        return None
    bowl = _bowl_of(w, w.colour(b))
    return _made(w, f"{_c(b).capitalize()} block into the bowl of the same colour.", rels(Rel("in", b, bowl)))


def t306_match_dutch(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    text = "Please put every block in the bowl with the same colour as him, if there is one."
    return _made(w, text, rels(*want))


def t306_match_analyst(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    movers = [r.block for r in want if not holds(r, w.state)]
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(k in w.state.above(m) for k in others for m in movers):
        return None
    text = ("For each bowl: place the block of the matching colour inside it. "
            "Blocks without a matching bowl: leave in place.")
    return _made(w, text, both(rels(*want), kept(*others)))


def t306_match_mum2(w: World) -> Made:
    want = _matchable(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not rest:
        return None
    text = "blocks that match a bowl go in that bowl, the rest in the bin pls"
    return _made(w, text, both(rels(*want), binned(rest)))


def t306_match_poet(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    text = "Let every block that shares its hue with a bowl come home to the bowl that wears its colour."
    return _made(w, text, rels(*want))


def t306_match_plain87(w: World) -> Made:
    keys = [x for x in w.blocks if _bowl_of(w, w.colour(x))]
    key = _one(w, keys)
    if not key:
        return None
    bowl = _bowl_of(w, w.colour(key))
    b = _one(w, [x for x in w.blocks if x != key and bowl and _into(w, x, bowl)])
    if not b or not bowl:
        return None
    text = f"Put the {b} in the bowl that's the same colour as the {key}."
    return _made(w, text, rels(Rel("in", b, bowl)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("security", "dutch", "analyst", "mum2", "poet", "plain87")
FRESH306: list[Template] = [
    (f"t306_{short}_{style}", category, globals()[f"t306_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
