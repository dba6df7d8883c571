"""`FRESH311`, the three-hundred-and-twelfth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- receptionist2: "Good morning. Could you please place the red block in the blue bowl? Thank you."
- indonesian: "Please put the red block on top the green block, thank you."
- engineer4: "Step 1: move the red block to the bin. Step 2: move the blue block into the green bowl."
- gamer5: "yeet the red block into the bin lol"
- nan: "Hello dear, could you lift the red block out of the blue bowl and set it down on the table for me?"
- plain92: "Empty the blue bowl into the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 13c008c, the code of 9a19843, before anything it could prompt): 0.8733
goal-correct (262 of 300), 30 refused, 5 asked, 0 wrong actions, 3 wrong replies. The wrong replies: an engineer's 'Two
queries: (1) how many blocks are on the table (bowls not counted)? (2) is X on Y?' (the first not answered). The
refusals and questions: an Indonesian speaker's 'X is must be on Y.', 'Put all block in W except X, X no need to go
there.', a gamer's 'full wipe, every single block into the bin gg', 'grab whatever block is closest to X and slap it on
top of it', a nan's 'Only don't put it in the bin, mind, I still want it.', 'That block in W, love, the only one in
there, could you put it on X for me?' (asked which), 'Which block is that sitting in W, dear? My eyes aren't what they
used to be.'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    empty,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _not(rel: str, *args: str) -> Rel:
    return Rel(rel, *args, negated=True)


def _loose(w: World) -> list[str]:
    """Blocks standing alone on the table: nothing under them but the table, nothing on them."""
    return [b for b in w.blocks if w.state.support[b] in _GROUND and w.state.is_clear(b)]


def _tower(w: World, block: str) -> set[str]:
    """Every block in the same tower as `block`."""
    bottom = block
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    return {bottom, *w.state.above(bottom)}


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _bin_fits(n: int) -> bool:
    return 0 < n <= len(layout.BIN_SLOTS)


def _on_ground(w: World) -> list[str]:
    return w.state.on_the_table()


def _bowl_colour(w: World, block: str) -> str | None:
    """The bowl of the block's colour, if there is one."""
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _extreme(w: World, sign: float) -> str | None:
    """The leftmost (sign 1) or rightmost (sign -1) block, when it stands out clearly from the next one."""
    ranked = sorted(w.blocks, key=lambda b: sign * w.y(b))
    if len(ranked) < 2 or sign * (w.y(ranked[1]) - w.y(ranked[0])) < 0.03:
        return None
    return ranked[0]


def _count(state: SymState, rel: str) -> int:
    return sum(1 for b in state.blocks if holds(Rel(rel, b), state))


# ----- imperative -----------------------------------------------------------------------------------
def t311_imp_receptionist2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    text = f"Good morning. Could you please place the {b} in the {bowl}? Thank you."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t311_imp_indonesian(w: World) -> Made:
    bases = [b for b in w.blocks if w.state.base(b) in _GROUND and len(w.state.above(b)) == 0]
    if not bases:
        return None
    below = w.rng.choice(bases)
    cands = [b for b in w.blocks if b not in _tower(w, below)]
    if not cands:
        return None
    top = w.rng.choice(cands)
    text = f"Please put the {top} on top the {below}, thank you."
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t311_imp_engineer4(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    text = f"Action 1 of 1: move the {b} to the {corner}."
    return _made(w, text, _act(rels(Rel("at", b, corner))))


def t311_imp_gamer5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = f"yeet the {b} into the bin lol"
    return _made(w, text, _act(rels(Rel("in_bin", b))))


def t311_imp_nan(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    text = (f"Hello dear, could you lift the {b} out of the {bowl} and set it down on the table for me? "
            "Thank you ever so much.")
    return _made(w, text, _act(rels(Rel("on_table", b))))


def t311_imp_plain92(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    if not _bin_fits(len(inside)):
        return None
    text = f"Empty the {bowl} into the bin."
    return _made(w, text, _act(binned(inside), empty(bowl)))


# ----- declarative ----------------------------------------------------------------------------------
def t311_dec_receptionist2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    text = f"The {b} needs to be in the {bowl}, please. Thank you so much."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t311_dec_indonesian(w: World) -> Made:
    bases = _loose(w)
    if not bases:
        return None
    below = w.rng.choice(bases)
    cands = [b for b in w.blocks if b != below]
    top = w.rng.choice(cands)
    text = f"The {top} is must be on the {below}."
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t311_dec_engineer4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(cands) < 1 or not _room(w, bowl) or len(w.blocks) < 2:
        return None
    a = w.rng.choice(cands)
    b = w.rng.choice([x for x in w.blocks if x != a])
    corner = w.rng.choice(_CORNERS)
    text = f"Required final state: (1) the {a} is in the {bowl}; (2) the {b} is at the {corner}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("at", b, corner))))


def t311_dec_gamer5(w: World) -> Made:
    bases = _loose(w)
    if not bases:
        return None
    below = w.rng.choice(bases)
    top = w.rng.choice([b for b in w.blocks if b != below])
    text = f"the {top} goes on top of the {below}, ez"
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t311_dec_nan(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = f"The {b} ought to go in the bin now, dear, it's had its day."
    return _made(w, text, _act(rels(Rel("in_bin", b))))


def t311_dec_plain92(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = f"The {b} should end up in the middle of the table."
    return _made(w, text, _act(rels(Rel("at", b, _MIDDLE))))


# ----- desiderative ---------------------------------------------------------------------------------
def t311_des_receptionist2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    text = f"I'd like the {b} placed in the {bowl}, if it's no trouble. Thank you."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t311_des_indonesian(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    text = f"I want the {a} and the {b} both go to the bin."
    return _made(w, text, _act(binned([a, b])))


def t311_des_engineer4(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.base(b) in _GROUND]
    if not bottoms or len(w.blocks) < 3:
        return None
    a = w.rng.choice(bottoms)
    b, c = w.pick([x for x in w.blocks if x != a], 2)
    text = f"Desired outcome: one three-block tower, bottom to top: the {a}, the {b}, the {c}."
    return _made(w, text, _act(rels(Rel("stacked", a, b, c), Rel("clear", c))))


def t311_des_gamer5(w: World) -> Made:
    bases = _loose(w)
    if not bases:
        return None
    below = w.rng.choice(bases)
    top = w.rng.choice([b for b in w.blocks if b != below])
    text = f"i want the {top} stacked on the {below} no cap"
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t311_des_nan(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    text = f"What I'd really like, dear, is for the {b} to sit in the {corner}, where I can find it again."
    return _made(w, text, _act(rels(Rel("at", b, corner))))


def t311_des_plain92(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"My goal is to have nothing left in the {bowl}."
    return _made(w, text, _act(empty(bowl)))


# ----- quantified -----------------------------------------------------------------------------------
def t311_qua_receptionist2(w: World) -> Made:
    on_table = _on_ground(w)
    if not _bin_fits(len(on_table)):
        return None
    text = "Could you please place all the blocks that are on the table into the bin? Thank you kindly."
    return _made(w, text, _act(binned(on_table)))


def t311_qua_indonesian(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    text = f"Please put all the block into the {bowl}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t311_qua_engineer4(w: World) -> Made:
    free = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not free or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(free)
    text = f"Place exactly 2 blocks in the {bowl} (any 2 of them)."
    return _made(w, text, _act(lambda _i, f: len(f.in_bowl(bowl)) == 2))


def t311_qua_gamer5(w: World) -> Made:
    if not _bin_fits(len(w.blocks)):
        return None
    text = "full wipe, every single block into the bin gg"
    return _made(w, text, _act(binned(w.blocks)))


def t311_qua_nan(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(b) for b in w.bowls) or len(w.blocks) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    text = "Could you pop one block into each of the bowls, dear? Any of them will do, I'm not fussy."
    return _made(w, text, _act(lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)))


def t311_qua_plain92(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    text = "Stack all the blocks into one tower."
    return _made(w, text, _act(rels(Rel("tower", *w.blocks))))


# ----- negated --------------------------------------------------------------------------------------
def t311_neg_receptionist2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b]
    if not _bin_fits(len(others)):
        return None
    text = f"All the blocks may go in the bin, with the exception of the {b}. Thank you kindly."
    return _made(w, text, _act(binned(others), none_binned([b])))


def t311_neg_indonesian(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [x for x in w.blocks if w.state.base(x) != bowl]
    if not cands:
        return None
    b = w.rng.choice(cands)
    others = [x for x in w.blocks if x != b]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Put all block in the {bowl} except the {b}, the {b} no need to go there."
    return _made(w, text, _act(rels(*(Rel("in", x, bowl) for x in others), _not("in", b, bowl))))


def t311_neg_engineer4(w: World) -> Made:
    n = len(w.blocks)
    if not _bin_fits(n - 1):
        return None
    text = "Move all blocks but one to the bin. Which one stays out is your choice."
    return _made(w, text, _act(lambda _i, f: _count(f, "in_bin") == n - 1))


def t311_neg_gamer5(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    b, c = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in (b, c)]
    if not _bin_fits(len(others)):
        return None
    text = f"everything except the {b} and the {c} goes in the bin lol"
    return _made(w, text, _act(binned(others), none_binned([b, c])))


def t311_neg_nan(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.base(a)
    text = (f"Could you take the {a} out of the {bowl}, dear? Only don't put it in the bin, mind, "
            "I still want it.")
    return _made(w, text, _act(rels(_not("in", a, bowl), _not("in_bin", a))))


def t311_neg_plain92(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    blocks = list(w.blocks)
    text = f"Don't leave anything in the {bowl}, but don't throw anything away either."
    return _made(w, text, _act(empty(bowl), none_binned(blocks)))


# ----- relative -------------------------------------------------------------------------------------
def t311_rel_receptionist2(w: World) -> Made:
    cands = [(top, below) for top, below in w.pairs() if w.state.is_clear(top)]
    if not cands:
        return None
    top, below = w.rng.choice(cands)
    bowls = [b for b in w.bowls if w.state.base(top) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"There's a block sitting on top of the {below}; would you mind moving it into the {bowl}? Much appreciated."
    return _made(w, text, _act(rels(Rel("in", top, bowl))))


def t311_rel_indonesian(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.support[b] in _GROUND]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Please take the block under the {top} and put in the bin."
    return _made(w, text, _act(rels(Rel("in_bin", below))))


def t311_rel_engineer4(w: World) -> Made:
    b = _extreme(w, 1.0)
    if b is None:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"Move the leftmost block to the {corner}."
    return _made(w, text, _act(rels(Rel("at", b, corner))))


def t311_rel_gamer5(w: World) -> Made:
    bases = _loose(w)
    if not bases:
        return None
    base = w.rng.choice(bases)
    ranked = sorted((x for x in w.blocks if x != base), key=lambda x: w.dist(x, base))
    if not ranked or (len(ranked) > 1 and w.dist(ranked[1], base) - w.dist(ranked[0], base) < 0.03):
        return None
    near = ranked[0]
    text = f"grab whatever block is closest to the {base} and slap it on top of it"
    return _made(w, text, _act(rels(Rel("on", near, base))))


def t311_rel_nan(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    bases = _loose(w)
    if not singles or not bases:
        return None
    bowl = w.rng.choice(singles)
    x = w.state.in_bowl(bowl)[0]
    base = w.rng.choice(bases)
    text = f"That block in the {bowl}, love, the only one in there, could you put it on the {base} for me?"
    return _made(w, text, _act(rels(Rel("on", x, base))))


def t311_rel_plain92(w: World) -> Made:
    b = _extreme(w, -1.0)
    if b is None:
        return None
    text = "Put the rightmost block in the bin."
    return _made(w, text, _act(rels(Rel("in_bin", b))))


# ----- keep -----------------------------------------------------------------------------------------
def t311_keep_receptionist2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    keep = [b for b in w.blocks if b != a and b not in w.state.above(a)]
    if not keep:
        return None
    b = w.rng.choice(keep)
    text = f"Kindly put the {a} in the {bowl}, leaving the {b} exactly where it is. Thank you."
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(b)))


def t311_keep_indonesian(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    keep = [b for b in w.blocks if b != a and b not in w.state.above(a)]
    if not keep:
        return None
    b = w.rng.choice(keep)
    text = f"Move the {a} to the bin but the {b} please keep in same place."
    return _made(w, text, _act(rels(Rel("in_bin", a)), kept(b)))


def t311_keep_engineer4(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside or not _bin_fits(len(inside)):
        return None
    b = w.rng.choice(outside)
    text = f"Empty the {bowl} into the bin. Constraint: the {b} stays where it is."
    return _made(w, text, _act(binned(inside), kept(b)))


def t311_keep_gamer5(w: World) -> Made:
    bases = _loose(w)
    if not bases or len(w.blocks) < 3:
        return None
    below = w.rng.choice(bases)
    top = w.rng.choice([b for b in w.blocks if b != below])
    keep = [b for b in w.blocks if b not in (top, below) and b not in w.state.above(top)]
    if not keep:
        return None
    c = w.rng.choice(keep)
    text = f"stack the {top} on the {below} but dont touch the {c} k"
    return _made(w, text, _act(rels(Rel("on", top, below)), kept(c)))


def t311_keep_nan(w: World) -> Made:
    grounded = [b for b in w.blocks if w.state.support[b] in _GROUND]
    if not grounded:
        return None
    b = w.rng.choice(grounded)
    others = [x for x in _on_ground(w) if x != b]
    if not _bin_fits(len(others)):
        return None
    text = (f"Could you tidy the blocks on the table away into the bin, dear, but leave the {b} just as it is? "
            "It's my favourite.")
    return _made(w, text, _act(binned(others), kept(b)))


def t311_keep_plain92(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    c = w.rng.choice(inside)
    bowl = w.state.base(c)
    bases = [b for b in _loose(w)]
    if not bases:
        return None
    below = w.rng.choice(bases)
    tops = [x for x in w.blocks if x != below and w.state.base(x) != bowl]
    if not tops:
        return None
    top = w.rng.choice(tops)
    text = f"Put the {top} on the {below} and keep the {c} in the {bowl}."
    return _made(w, text, _act(rels(Rel("on", top, below), Rel("in", c, bowl))))


# ----- multi-step -----------------------------------------------------------------------------------
def t311_multi_receptionist2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl) or len(w.blocks) < 2:
        return None
    a = w.rng.choice(cands)
    b = w.rng.choice([x for x in w.blocks if x != a])
    corner = w.rng.choice(_CORNERS)
    text = (f"First, could you put the {a} in the {bowl}, and then move the {b} to the {corner}? "
            "Thank you very much.")
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("at", b, corner))))


def t311_multi_indonesian(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    corner = w.rng.choice(_CORNERS)
    text = f"First put the {a} to the {corner}, after that the {b} put on top the {a}."
    return _made(w, text, _act(rels(Rel("at", a, corner), Rel("on", b, a))))


def t311_multi_engineer4(w: World) -> Made:
    bases = _loose(w)
    if not bases or len(w.blocks) < 4:
        return None
    d = w.rng.choice(bases)
    bowl = w.rng.choice(w.bowls)
    movers = [x for x in w.blocks if x != d and w.state.base(x) != bowl]
    if not movers or not _room(w, bowl):
        return None
    b = w.rng.choice(movers)
    a, c = w.pick([x for x in w.blocks if x not in (b, d)], 2)
    text = (f"Step 1: move the {a} to the bin. Step 2: move the {b} into the {bowl}. "
            f"Step 3: stack the {c} on the {d}.")
    return _made(w, text, _act(rels(Rel("in_bin", a), Rel("in", b, bowl), Rel("on", c, d))))


def t311_multi_gamer5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl) or len(w.blocks) < 2:
        return None
    b = w.rng.choice(cands)
    a = w.rng.choice([x for x in w.blocks if x != b])
    text = f"first yeet the {a} in the bin then put the {b} in the {bowl} ez"
    return _made(w, text, _act(rels(Rel("in_bin", a), Rel("in", b, bowl))))


def t311_multi_nan(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w, x)]
    bases = [x for x in _loose(w) if x not in (a, b)]
    if not bowls or not bases:
        return None
    bowl = w.rng.choice(bowls)
    c = w.rng.choice(bases)
    text = (f"First things first, dear, could you take the {a} off the {b}? Then pop the {b} in the {bowl}, "
            f"and after that the {a} can go on top of the {c}. Thank you, love.")
    return _made(w, text, _act(rels(Rel("in", b, bowl), Rel("on", a, c))))


def t311_multi_plain92(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(b) in _GROUND]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [x for x in w.bowls if _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Take the {a} off the {b} and put it in the {bowl}, then put the {b} in the bin."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in_bin", b))))


# ----- questions ------------------------------------------------------------------------------------
def t311_q_receptionist2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    text = f"Good afternoon, could you tell me how many blocks are in the {bowl}, please?"
    return _made(w, text, answered(str(n)))


def t311_q_indonesian(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
    else:
        a = w.rng.choice(w.blocks)
        bowl = w.rng.choice(w.bowls)
    flag = w.state.base(a) == bowl
    text = f"The {a} is in the {bowl} or not?"
    return _made(w, text, answered(yes(flag)))


def t311_q_engineer4(w: World) -> Made:
    n = len(_on_ground(w))
    if n == 0 or len(w.blocks) < 2:
        return None
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = w.state.support[a] == b
    text = f"Two queries: (1) how many blocks are on the table (bowls not counted)? (2) is the {a} on the {b}?"
    return _made(w, text, answered(f"{n}|{yes(flag)}"))


def t311_q_gamer5(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.support[b] in _GROUND]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"whats under the {a}"
    return _made(w, text, answered(b))


def t311_q_nan(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    x = w.state.in_bowl(bowl)[0]
    text = f"Which block is that sitting in the {bowl}, dear? My eyes aren't what they used to be."
    return _made(w, text, answered(x))


def t311_q_plain92(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    flag = w.state.base(a) in w.bowls
    text = f"Is the {a} in a bowl? And how many blocks are there altogether?"
    return _made(w, text, answered(f"{yes(flag)}|{len(w.blocks)}"))


# ----- colour matching ------------------------------------------------------------------------------
def t311_match_receptionist2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "If you would, please put each block into the bowl of the same colour. Thank you."
    return _made(w, text, _act(rels(*want)))


def t311_match_indonesian(w: World) -> Made:
    cands = [b for b in w.blocks if _bowl_colour(w, b) and w.state.base(b) != _bowl_colour(w, b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = _bowl_colour(w, a)
    assert bowl is not None
    text = f"Please put the {a} to the bowl with same colour."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t311_match_engineer4(w: World) -> Made:
    want = matching(w)
    others = [b for b in w.blocks if _bowl_colour(w, b) is None]
    if not want or not _bin_fits(len(others)):
        return None
    text = ("Sort by colour: (1) every block with a bowl of the same colour goes into that bowl; "
            "(2) every other block goes to the bin.")
    return _made(w, text, _act(rels(*want), binned(others)))


def t311_match_gamer5(w: World) -> Made:
    pairs = [(x, bowl) for x in w.blocks for bowl in w.bowls if w.colour(x) == w.colour(bowl)]
    if not pairs:
        return None
    x, bowl = w.rng.choice(pairs)
    bases = [b for b in _loose(w) if b != x]
    if not bases:
        return None
    base = w.rng.choice(bases)
    text = f"find the block thats the same colour as the {bowl} and put it on the {base}"
    return _made(w, text, _act(rels(Rel("on", x, base))))


def t311_match_nan(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.is_clear(b) and _bowl_colour(w, b)
             and w.state.base(b) != _bowl_colour(w, b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = _bowl_colour(w, a)
    assert bowl is not None
    if not _room(w, bowl):
        return None
    others = [b for b in w.blocks if b != a]
    text = f"Would you put the {a} in the bowl that's the same colour as it, dear, and leave the others be?"
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(*others)))


def t311_match_plain92(w: World) -> Made:
    others = [b for b in w.blocks if _bowl_colour(w, b) is None]
    if not matching(w) or not _bin_fits(len(others)):
        return None
    text = "Put every block that doesn't have a bowl of its own colour in the bin."
    return _made(w, text, _act(binned(others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("receptionist2", "indonesian", "engineer4", "gamer5", "nan", "plain92")
FRESH311: list[Template] = [
    (f"t311_{short}_{style}", category, globals()[f"t311_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
