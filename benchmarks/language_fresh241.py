"""`FRESH241`, the two-hundred-and-forty-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. The six personas:
- optician: "Could you place the red block in the blue bowl, please? Gently does it, as with a new lens."
- portuguese: "Please, put the red block on the top of the blue block."
- gamer2: "yeet the green block into the bin pls"
- headteacher: "Move the yellow block to the top left corner, please."
- nan2: "hello dear, would you be so kind as to take the pink block out of the red bowl and put it on the table"
- plain22: "Stack the red block, the blue block and the green block into one tower."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d664204, the code of 3f277ac, before anything it could prompt): 0.9333
goal-correct (280 of 300), 20 refused, no question, no wrong action and no wrong reply. The refusals: the Portuguese
speaker's "X must be on the top of Y, is more nice like this." and "X is on Y? And how many bowls there are on the
table?"; the gamer's "clear out W but nothing goes in the bin ok"; the grandmother's "all of them into the bin apart
from X and Y please, I'm keeping those two".
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
_MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _loose(w: World) -> list[str]:
    """Every block not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _depth(s: SymState, b: str) -> int:
    """How many blocks from `b` down to whatever its tower stands on, `b` included."""
    n = 1
    while s.support[b] in s.support:
        b = s.support[b]
        n += 1
    return n


def _can_top(w: World, a: str, b: str) -> bool:
    """Whether `a` may sensibly go straight onto block `b`."""
    s = w.state
    return a != b and s.support[a] != b and b not in s.above(a) and _depth(s, b) + 1 <= layout.MAX_TOWER


def _on_table(b: str) -> Check:
    """The block ends up on the table: its tower stands on the table or a named place on it."""
    return lambda _i, f: f.base(b) in _GROUND


def _not_in(b: str, *places: str) -> Check:
    return lambda _i, f: f.base(b) not in places


def _one_tower(blocks: list[str], bottom: str | None = None) -> Check:
    """The blocks form one tower (one chain, any order unless `bottom` is named), not in the bin."""

    def check(_i: SymState, f: SymState) -> bool:
        sup = {b: f.support[b] for b in blocks}
        inner = [s for s in sup.values() if s in sup]
        roots = [b for b, s in sup.items() if s not in sup]
        if len(roots) != 1 or len(set(inner)) != len(inner) or f.base(roots[0]) == BIN:
            return False
        return bottom is None or roots[0] == bottom

    return check


def _same(bowl: str) -> Check:
    """The bowl holds the same blocks, resting as they rested."""
    return lambda i, f: set(i.in_bowl(bowl)) == set(f.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _matchers(w: World) -> list[str]:
    return [r.block for r in matching(w)]


# ----- imperative ---------------------------------------------------------------------------------------
def t241_imp_optician(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"Could you place the {b} in the {bowl}, please? Gently does it, as with a new lens.",
                 rels(Rel("in", b, bowl)))


def t241_imp_portuguese(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_top(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please, put the {a} on the top of the {b}.", rels(Rel("on", a, b)))


def t241_imp_gamer2(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    return _made(w, f"yeet the {b} into the bin pls", binned([b]))


def t241_imp_headteacher(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Move the {b} to the {corner}, please.", rels(Rel("at", b, corner)))


def t241_imp_nan2(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    return _made(w, f"hello dear, would you be so kind as to take the {b} out of the {bowl} and put it down on "
                    f"the table, thank you ever so much", _on_table(b))


def t241_imp_plain22(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    a, b, c = w.pick(loose, 3)
    return _made(w, f"Stack the {a}, the {b} and the {c} into one tower.", _one_tower([a, b, c]))


# ----- declarative --------------------------------------------------------------------------------------
def t241_dec_optician(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"The {b} should sit in the {bowl}, nicely centred, like a lens in its frame.",
                 rels(Rel("in", b, bowl)))


def t241_dec_portuguese(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_top(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} must be on the top of the {b}, is more nice like this.", rels(Rel("on", a, b)))


def t241_dec_gamer2(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    a, b = w.pick(loose, 2)
    return _made(w, f"the {a} n the {b} both go in the bin ok", binned([a, b]))


def t241_dec_headteacher(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} is to be completely empty when you have finished.", empty(bowl))


def t241_dec_nan2(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    return _made(w, f"now then, the {b} ought to be in the middle of the table I think dear",
                 rels(Rel("at", b, _MIDDLE)))


def t241_dec_plain22(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _made(w, f"The {b} belongs on the table, not in the {w.state.base(b)}.", _on_table(b))


# ----- desiderative -------------------------------------------------------------------------------------
def t241_des_optician(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if len(cands) < 2 or not _room(w, bowl, 2):
        return None
    a, b = w.pick(cands, 2)
    return _made(w, f"I'd like both the {a} and the {b} in the {bowl}, if you would be so kind.",
                 rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t241_des_portuguese(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"I want that the {b} goes to the {corner}, please.", rels(Rel("at", b, corner)))


def t241_des_gamer2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"i wanna see the {b} in the {bowl} lol", rels(Rel("in", b, bowl)))


def t241_des_headteacher(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    a, b, c = w.pick(loose, 3)
    return _made(w, f"My aim is a single tower of the {a}, the {b} and the {c}, with the {a} at the bottom.",
                 _one_tower([a, b, c], bottom=a))


def t241_des_nan2(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_top(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I'd like the {a} to sit on top of the {b} please dear, my grandson says it looks nicer that way",
                 rels(Rel("on", a, b)))


def t241_des_plain22(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"What I want is the {b} over in the {corner}.", rels(Rel("at", b, corner)))


# ----- quantified ---------------------------------------------------------------------------------------
def t241_qua_optician(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Every block presently in the {bowl} should go into the bin, please.",
                 binned(w.state.in_bowl(bowl)))


def t241_qua_portuguese(w: World) -> Made:
    loose = _loose(w)
    if len(loose) > 5:
        return None
    return _made(w, "Please, put all the blocks in the bin.", binned(loose))


def t241_qua_gamer2(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = w.rng.randint(1, min(3, len(_loose(w))))
    word = {1: "1 block", 2: "2 blocks", 3: "3 blocks"}[n]
    return _made(w, f"put exactly {word} in the {bowl}, dont care which", count_in(bowl, n))


def t241_qua_headteacher(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    return _made(w, "Each bowl is to contain exactly one block, no more and no fewer.",
                 both(*(count_in(bowl, 1) for bowl in w.bowls)))


def t241_qua_nan2(w: World) -> Made:
    out = [b for b in w.blocks if w.state.base(b) in _GROUND]
    bowl = w.rng.choice(w.bowls)
    if not out or not _room(w, bowl, len(out)):
        return None
    return _made(w, f"could you put all of the blocks that are out on the table into the {bowl} please dear",
                 rels(*(Rel("in", b, bowl) for b in out)))


def t241_qua_plain22(w: World) -> Made:
    loose = _loose(w)
    if len(loose) != len(w.blocks) or len(loose) > layout.MAX_TOWER:
        return None
    return _made(w, "Can you stack all of the blocks into one tower?", _one_tower(loose))


# ----- negated ------------------------------------------------------------------------------------------
def t241_neg_optician(w: World) -> Made:
    loose = _loose(w)
    x = w.rng.choice(loose)
    rest = [b for b in loose if b != x]
    return _made(w, f"Please move every block into the bin except the {x}.", both(binned(rest), none_binned([x])))


def t241_neg_portuguese(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    loose = _loose(w)
    cands = [b for b in loose if w.state.base(b) != bowl]
    if not cands or len(loose) - 1 > layout.BOWL_CAPACITY:
        return None
    y = w.rng.choice(cands)
    rest = [b for b in loose if b != y]
    return _made(w, f"Put all the blocks in the {bowl} but not the {y}, this one no.",
                 both(rels(*(Rel("in", b, bowl) for b in rest)), _not_in(y, bowl)))


def t241_neg_gamer2(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"clear out the {bowl} but nothing goes in the bin ok", both(empty(bowl), none_binned(w.blocks)))


def t241_neg_headteacher(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Remove all the blocks from the {bowl}, but do not put any of them on the table.",
                 both(empty(bowl), *(_not_in(b, *_GROUND) for b in inside)))


def t241_neg_nan2(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 4:
        return None
    a, b = w.pick(loose, 2)
    rest = [c for c in loose if c not in (a, b)]
    return _made(w, f"all of them into the bin apart from the {a} and the {b} please, I'm keeping those two",
                 both(binned(rest), none_binned([a, b])))


def t241_neg_plain22(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    return _made(w, f"Take the {b} out of the {bowl}, but don't put it in the bin.", _not_in(b, bowl, BIN))


# ----- relative -----------------------------------------------------------------------------------------
def t241_rel_optician(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    return _made(w, f"Kindly move the block sitting on top of the {s} into the bin.", binned([t]))


def t241_rel_portuguese(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    bowls = [bowl for bowl in w.bowls if bowl != w.state.base(s) and _room(w, bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Put the block what is under the {t} in the {bowl}.", rels(Rel("in", s, bowl)))


def t241_rel_gamer2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    loose = _loose(w)
    if w.state.in_bowl(bowl) or len(loose) < 2:
        return None
    near = sorted(loose, key=lambda b: w.dist(b, bowl))
    if w.dist(near[1], bowl) - w.dist(near[0], bowl) < 0.04:
        return None
    return _made(w, f"grab whichever block is closest to the {bowl} n bin it", binned([near[0]]))


def t241_rel_headteacher(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    left = sorted(loose, key=w.y)
    if w.y(left[1]) - w.y(left[0]) < 0.05:
        return None
    b = left[0]
    bowls = [bowl for bowl in w.bowls if bowl != w.state.base(b) and _room(w, bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Place the leftmost block in the {bowl}.", rels(Rel("in", b, bowl)))


def t241_rel_nan2(w: World) -> Made:
    bottoms = [b for b in _loose(w) if w.state.support[b] not in w.state.support and w.state.above(b)]
    if not bottoms:
        return None
    s = w.rng.choice(bottoms)
    top = w.state.above(s)[0]
    return _made(w, f"the block right at the very top of the pile the {s} is in, could you pop that one in the bin "
                    f"for me", binned([top]))


def t241_rel_plain22(w: World) -> Made:
    ones = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"Move the block that's in the {bowl} onto the table.", _on_table(b))


# ----- keep ---------------------------------------------------------------------------------------------
def t241_keep_optician(w: World) -> Made:
    loose = _loose(w)
    a = w.rng.choice(loose)
    others = [k for k in loose if k != a and k not in w.state.above(a)]
    if not others:
        return None
    k = w.rng.choice(others)
    return _made(w, f"Please put the {a} in the bin, and leave the {k} exactly where it is.",
                 both(binned([a]), kept(k)))


def t241_keep_portuguese(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    pairs = [(a, b) for a in outside for b in outside if _can_top(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Put the {a} on the {b} but let the {bowl} like it is.", both(rels(Rel("on", a, b)), _same(bowl)))


def t241_keep_gamer2(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    others = [k for k in _loose(w) if w.state.base(k) != bowl]
    if not others:
        return None
    k = w.rng.choice(others)
    return _made(w, f"empty the {bowl} into the bin but dont touch the {k}",
                 both(binned(w.state.in_bowl(bowl)), kept(k)))


def t241_keep_headteacher(w: World) -> Made:
    s = w.state
    bottoms = [r for r in _loose(w) if s.support[r] in _GROUND and s.is_clear(r)]
    if not bottoms:
        return None
    r = w.rng.choice(bottoms)
    tops = [t for t in _loose(w) if t != r]
    if not tops:
        return None
    t = w.rng.choice(tops)
    others = [k for k in _loose(w) if k not in (r, t) and k not in s.above(t)]
    if not others:
        return None
    k = w.rng.choice(others)
    low: Check = lambda _i, f: f.support[r] not in f.support
    return _made(w, f"Build a tower of two, with the {r} at the bottom and the {t} on top of it. The {k} is not to "
                    f"be moved.", both(rels(Rel("on", t, r)), low, kept(k)))


def t241_keep_nan2(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl) and _room(w, bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _made(w, f"would you put the {b} into the {bowl} for me, but please leave the ones already in there just "
                    f"as they are", both(rels(Rel("in", b, bowl)), kept(*w.state.in_bowl(bowl))))


def t241_keep_plain22(w: World) -> Made:
    if w.in_bowls():
        return None
    out = [b for b in w.blocks if w.state.base(b) in _GROUND]
    ground = [k for k in out if w.state.support[k] in _GROUND]
    if len(out) < 2 or not ground:
        return None
    k = w.rng.choice(ground)
    return _made(w, f"Clear the blocks off the table into the bin, but leave the {k} where it is.",
                 both(binned([b for b in out if b != k]), kept(k)))


# ----- multi_step ---------------------------------------------------------------------------------------
def t241_multi_optician(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, 2) or len(_loose(w)) < 2:
        return None
    a = w.rng.choice(cands)
    b = w.rng.choice([c for c in _loose(w) if c != a])
    return _made(w, f"First, put the {a} in the {bowl}; then set the {b} on top of it, please.",
                 rels(Rel("in", a, bowl), Rel("on", b, a)))


def t241_multi_portuguese(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    bowls = [bowl for bowl in w.bowls if bowl != w.state.base(s) and _room(w, bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    off: Check = lambda _i, f: f.support[t] != s
    return _made(w, f"First take the {t} off of the {s}, after put the {s} in the {bowl}.",
                 both(off, rels(Rel("in", s, bowl))))


def t241_multi_gamer2(w: World) -> Made:
    loose = _loose(w)
    a = w.rng.choice(loose)
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in loose if b != a and w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"ok first bin the {a} then put the {b} in the {bowl}", both(binned([a]), rels(Rel("in", b, bowl))))


def t241_multi_headteacher(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    y, g, r = w.pick(loose, 3)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"First, move the {y} to the {corner}. Next, place the {g} on top of it. Finally, put the {r} "
                    f"on top of the {g}.", rels(Rel("at", y, corner), Rel("on", g, y), Rel("on", r, g)))


def t241_multi_nan2(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _made(w, f"first of all could you empty the {bowl} into the bin, and after that put the {b} in it dear",
                 both(binned(w.state.in_bowl(bowl)), rels(Rel("in", b, bowl))))


def t241_multi_plain22(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    g = w.rng.choice(cands)
    others = [o for o in _loose(w) if o != g]
    if not others:
        return None
    o = w.rng.choice(others)
    return _made(w, f"Put the {g} on the table, then stack the {o} on it.",
                 both(_on_table(g), rels(Rel("on", o, g))))


# ----- question -----------------------------------------------------------------------------------------
def t241_q_optician(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return _ask(f"How many blocks are in the {bowl} at the moment?", str(len(w.state.in_bowl(bowl))))


def t241_q_portuguese(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    truth = holds(Rel("on", a, b), w.state)
    return _ask(f"The {a} is on the {b}? And how many bowls there are on the table?",
                f"{yes(truth).lower()}|{len(w.bowls)}")


def t241_q_gamer2(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] in w.bowls]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _ask(f"wheres the {b} rn", w.state.support[b])


def t241_q_headteacher(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    b = w.rng.choice(inside if inside and w.rng.random() < 0.5 else w.blocks)
    return _ask(f"Is the {b} in the {bowl}? Please answer yes or no.", yes(w.state.base(b) == bowl))


def t241_q_nan2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    return _ask(f"what's that sitting on top of the {s} dear, my eyes aren't what they were", t)


def t241_q_plain22(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return _ask(f"How many blocks are there altogether, and is the {bowl} empty?",
                f"{len(w.blocks)}|{yes(not w.state.in_bowl(bowl)).lower()}")


# ----- matching -----------------------------------------------------------------------------------------
def t241_match_optician(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Please sort the blocks into the bowls of matching colour.", rels(*want))


def t241_match_portuguese(w: World) -> Made:
    cands = [b for b in _matchers(w) if w.state.base(b) != _bowl_of(w, w.colour(b))]
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = _bowl_of(w, w.colour(b))
    if bowl is None or not _room(w, bowl):
        return None
    return _made(w, f"Put the {b} in the bowl of the same colour of it.", rels(Rel("in", b, bowl)))


def t241_match_gamer2(w: World) -> Made:
    refs = [c for c in w.blocks if _bowl_of(w, w.colour(c))]
    if not refs:
        return None
    c = w.rng.choice(refs)
    bowl = _bowl_of(w, w.colour(c))
    cands = [a for a in _loose(w) if a != c and w.state.base(a) != bowl]
    if bowl is None or not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    return _made(w, f"put the {a} in the bowl that matches the {c} colour", rels(Rel("in", a, bowl)))


def t241_match_headteacher(w: World) -> Made:
    want = matching(w)
    rest = [b for b in _loose(w) if b not in _matchers(w)]
    if not want or not rest:
        return None
    return _made(w, "Every block that has a bowl of its own colour is to go in that bowl; the rest are to go in "
                    "the bin.", both(rels(*want), binned(rest)))


def t241_match_nan2(w: World) -> Made:
    ms = [b for b in _matchers(w) if w.state.base(b) != _bowl_of(w, w.colour(b))]
    if len(ms) < 2:
        return None
    a, b = w.pick(ms, 2)
    return _made(w, f"could you put the {a} into the bowl that's the same colour as it, and the {b} into its "
                    f"matching bowl too, that would be lovely",
                 rels(Rel("in", a, _bowl_of(w, w.colour(a)) or ""), Rel("in", b, _bowl_of(w, w.colour(b)) or "")))


def t241_match_plain22(w: World) -> Made:
    ms = _matchers(w)
    rest = [b for b in _loose(w) if b not in ms]
    if not ms or not rest:
        return None
    return _made(w, "Put the blocks that don't match any bowl's colour in the bin.",
                 both(binned(rest), none_binned(ms)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("optician", "portuguese", "gamer2", "headteacher", "nan2", "plain22")
FRESH241: list[Template] = [
    (f"t241_{short}_{style}", category, globals()[f"t241_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
