"""`FRESH242`, the two-hundred-and-forty-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, six kinds of first-time users typing what they want into the
chat window in their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a
named place, towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are,
and plain questions about the table, one or two in a message. The six personas:
- nurse5: a busy ward nurse, kind but brisk: "Red block into the blue bowl, please. Thanks."
- korean: a Korean speaker writing English with small slips: "Please put every blocks into the green bowl."
- architect: thinks in structures and order, exact words: "Target state: the red block sits directly on the blue block."
- teen5: a fifteen-year-old texting, lower case and abbreviations: "can u throw the pink block in the bin"
- polite3: very polite, anxious, sorry a lot: "Sorry, could you put the blue block in one of the bowls, just not the red
  bowl? Thank you, sorry."
- plain23: a plain, ordinary adult with no quirks, varied sentences: "Where's the green block?"
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2bfe932, the code of 3f277ac, before anything it could prompt): 0.9433
goal-correct (283 of 300), 12 refused, no question, five wrong actions and no wrong reply. The wrong actions: the
architect's "Construct a two-block stack on the table, X beneath Y, without disturbing the contents of W." put X on Y
(three times; twice refused); his "Take the uppermost block of the tallest stack and set it at the top right corner."
twice counts as wrong because the check takes the block under the top one of a three-block stack for the top (a slip in
`_towers`, which listed a pile's blocks bottom first only for two, mended after this run; the planner moved the top
block). The refusals: the architect's "I'd like a three-block column on the table: X at the base, Y in the middle and Z
at the top." and "Exactly two blocks should occupy W; which two is immaterial."
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

_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- small helpers -----------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its action check, or None when the goal already holds in the scene."""
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _depth(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its bottom up to `block`, itself included."""
    d = 1
    while s.support[block] in s.support:
        block = s.support[block]
        d += 1
    return d


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can be put directly on `below` in a tower no higher than allowed (top is not under below)."""
    s = w.state
    return top != below and top not in _below(s, below) and _depth(s, below) + 1 <= layout.MAX_TOWER


def _below(s: SymState, block: str) -> list[str]:
    out = []
    while s.support[block] in s.support:
        block = s.support[block]
        out.append(block)
    return out


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    """The bowl can take the blocks in `adding` (those already in it need no room)."""
    inside = w.state.in_bowl(bowl)
    return len(inside) + len([b for b in adding if b not in inside]) <= layout.BOWL_CAPACITY


def _on_ground(f: SymState, block: str) -> bool:
    """The block stands on the table (a named place included), directly or in a tower there."""
    return f.base(block) in _GROUND


def _on_table_blocks(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) in _GROUND]


def _towers(s: SymState) -> list[list[str]]:
    """Every pile of two or more blocks, bottom first."""
    out = []
    for b in s.blocks:
        if s.support[b] in s.support or s.base(b) == BIN:
            continue
        chain = [b, *reversed(s.above(b))]  # `above` lists top first
        if len(chain) >= 2:
            out.append(chain)
    return out


def _nearest(w: World, to: str, among: list[str]) -> str | None:
    """The one block of `among` clearly nearest to `to`, or None when two are close to a tie."""
    ds = sorted((w.dist(b, to), b) for b in among if b != to)
    if not ds:
        return None
    if len(ds) > 1 and (ds[1][0] - ds[0][0] < 0.05 or ds[1][0] < 1.4 * ds[0][0]):
        return None
    return ds[0][1]


def _where(w: World, block: str) -> str | None:
    """The short answer to "where is the block?", when it has one clear answer."""
    s = w.state
    sup = s.support[block]
    if sup in s.bowls:
        return sup
    if sup in s.support and s.base(block) in _GROUND:
        return sup
    if sup == TABLE:
        return TABLE
    if sup in PLACES:
        return sup
    return None


def _not_in(bowl: str, blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) != bowl for b in blocks)


def _grounded(blocks: list[str]) -> Check:
    return lambda _i, f: all(_on_ground(f, b) for b in blocks)


# ----- imperative --------------------------------------------------------------------------------------
def t242_imp_nurse5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    x = w.rng.choice(cands)
    return _made(w, f"{_cap(x)} into the {bowl}, please. Thanks.", rels(Rel("in", x, bowl)))


def t242_imp_korean(w: World) -> Made:
    pairs = [(x, y) for x in _loose(w) for y in _loose(w) if _stackable(w, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Please put the {x} on top of {y}.", rels(Rel("on", x, y)))


def t242_imp_architect(w: World) -> Made:
    x, place = w.rng.choice(_loose(w)), w.rng.choice(_CORNERS)
    return _made(w, f"Position the {x} precisely at the {place} of the table.", rels(Rel("at", x, place)))


def t242_imp_teen5(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    return _made(w, f"can u throw the {x} in the bin", rels(Rel("in_bin", x)))


def t242_imp_polite3(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.rng.choice(cands)
    bowl = w.state.base(x)
    text = f"Sorry, could you please take the {x} out of the {bowl} and put it on the table? Thank you so much."
    return _made(w, text, _grounded([x]))


def t242_imp_plain23(w: World) -> Made:
    blocks = w.pick(_loose(w), 3)
    if not blocks:
        return None
    a, b, c = blocks
    text = f"Make a tower out of the {a}, the {b} and the {c}. Any order is fine."
    return _made(w, text, rels(Rel("tower", a, b, c)))


# ----- declarative -------------------------------------------------------------------------------------
def t242_dec_nurse5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    x = w.rng.choice(cands)
    return _made(w, f"The {x} needs to go in the {bowl}.", rels(Rel("in", x, bowl)))


def t242_dec_korean(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.rng.choice(cands)
    return _made(w, f"{_cap(x)} should be on the table, not in the bowl.", _grounded([x]))


def t242_dec_architect(w: World) -> Made:
    pairs = [(x, y) for x in _loose(w) for y in _loose(w) if _stackable(w, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Target state: the {x} sits directly on the {y}.", rels(Rel("on", x, y)))


def t242_dec_teen5(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    return _made(w, f"the {x} goes in the bin k thx", rels(Rel("in_bin", x)))


def t242_dec_polite3(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    text = f"Sorry, I think the {x} is meant to be in the middle of the table? If you don't mind, sorry."
    return _made(w, text, rels(Rel("at", x, _MIDDLE)))


def t242_dec_plain23(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    pair = w.pick(cands, 2)
    if not pair or not _room(w, bowl, pair):
        return None
    x, y = pair
    text = f"The {x} and the {y} belong in the {bowl}."
    return _made(w, text, rels(Rel("in", x, bowl), Rel("in", y, bowl)))


# ----- desiderative ------------------------------------------------------------------------------------
def t242_des_nurse5(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"I need the {bowl} emptied into the bin, please.", both(binned(inside), empty(bowl)))


def t242_des_korean(w: World) -> Made:
    pairs = [(x, y) for x in _loose(w) for y in _loose(w) if _stackable(w, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"I want the {x} is on the {y}.", rels(Rel("on", x, y)))


def t242_des_architect(w: World) -> Made:
    blocks = w.pick(_loose(w), 3)
    if not blocks:
        return None
    a, b, c = blocks
    text = (f"I'd like a three-block column on the table: the {a} at the base, the {b} in the middle "
            f"and the {c} at the top.")
    return _made(w, text, rels(Rel("stacked", a, b, c)))


def t242_des_teen5(w: World) -> Made:
    x, place = w.rng.choice(_loose(w)), w.rng.choice(_CORNERS)
    return _made(w, f"i want the {x} in the {place} pls", rels(Rel("at", x, place)))


def t242_des_polite3(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.rng.choice(cands)
    bowl = w.state.base(x)
    text = f"I'm really sorry, but I'd like the {x} out of the {bowl} and in the bin, if that's okay? Sorry."
    return _made(w, text, rels(Rel("in_bin", x)))


def t242_des_plain23(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"My goal is an empty {bowl}. Whatever is in it should go on the table."
    return _made(w, text, both(empty(bowl), _grounded(inside)))


# ----- quantified --------------------------------------------------------------------------------------
def t242_qua_nurse5(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > 5:
        return None
    return _made(w, "All the blocks in the bin, please.", binned(blocks))


def t242_qua_korean(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Please put every blocks into the {bowl}.", rels(*(Rel("in", b, bowl) for b in blocks)))


def t242_qua_architect(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(_loose(w)) < 2:
        return None
    text = f"Exactly two blocks should occupy the {bowl}; which two is immaterial."
    return _made(w, text, count_in(bowl, 2))


def t242_qua_teen5(w: World) -> Made:
    if len(_loose(w)) < len(w.bowls) or all(w.state.in_bowl(b) for b in w.bowls):
        return None
    bowls = w.bowls
    check: Check = lambda _i, f: all(f.in_bowl(b) for b in bowls)
    text = "every bowl needs at least 1 block in it ok" if len(bowls) > 1 else "the bowl needs a block in it ok"
    return _made(w, text, check)


def t242_qua_polite3(w: World) -> Made:
    table, inside = _on_table_blocks(w), w.in_bowls()
    if not inside or not 2 <= len(table) <= 5:
        return None
    text = ("Sorry, could you put all the blocks that are on the table into the bin, please? "
            "The ones in the bowls are fine where they are.")
    return _made(w, text, both(binned(table), kept(*inside)))


def t242_qua_plain23(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Take all the blocks out of the bowls and put them on the table.", _grounded(inside))


# ----- negated -----------------------------------------------------------------------------------------
def t242_neg_nurse5(w: World) -> Made:
    blocks = _loose(w)
    x = w.rng.choice(blocks)
    rest = [b for b in blocks if b != x]
    if len(rest) > 5:
        return None
    return _made(w, f"Everything into the bin except the {x}.", both(binned(rest), none_binned([x])))


def t242_neg_korean(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    blocks = _loose(w)
    cands = [b for b in blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    x = w.rng.choice(cands)
    rest = [b for b in blocks if b != x]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    text = f"Please put all block in the {bowl}, but not the {x}."
    return _made(w, text, both(rels(*(Rel("in", b, bowl) for b in rest)), _not_in(bowl, [x])))


def t242_neg_architect(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside)
    rest = [b for b in inside if b != x]
    text = f"Clear the {bowl} of everything except the {x}, which is to remain in it."
    return _made(w, text, both(rels(Rel("in", x, bowl)), _not_in(bowl, rest)))


def t242_neg_teen5(w: World) -> Made:
    table = _on_table_blocks(w)
    if len(table) < 2:
        return None
    x = w.rng.choice(table)
    rest = [b for b in table if b != x]
    if len(rest) > 5:
        return None
    return _made(w, f"bin everything on the table but not the {x}", both(binned(rest), none_binned([x])))


def t242_neg_polite3(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != bowl]
    x = w.rng.choice(_loose(w))
    if not any(_room(w, o, [x]) for o in others):
        return None
    check: Check = lambda _i, f: f.base(x) in others
    text = f"Sorry, could you put the {x} in one of the bowls, just not the {bowl}? Thank you, sorry."
    return _made(w, text, check)


def t242_neg_plain23(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    blocks = _loose(w)
    if len(blocks) > layout.BOWL_CAPACITY * len(w.bowls) - 1:
        return None
    bowls = w.bowls
    check: Check = lambda _i, f: all(f.base(b) in bowls for b in blocks)
    return _made(w, "Don't leave any blocks on the table. They should all go in the bowls.", check)


# ----- relative ----------------------------------------------------------------------------------------
def t242_rel_nurse5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The block sitting on the {below} goes in the bin, please.", rels(Rel("in_bin", top)))


def t242_rel_korean(w: World) -> Made:
    pairs = w.pairs()
    bowl = w.rng.choice(w.bowls)
    cands = [(t, b) for t, b in pairs if w.state.base(b) != bowl]
    if not cands:
        return None
    top, below = w.rng.choice(cands)
    if not _room(w, bowl, [below]):
        return None
    return _made(w, f"Put the block under the {top} to the {bowl}.", rels(Rel("in", below, bowl)))


def t242_rel_architect(w: World) -> Made:
    towers = sorted(_towers(w.state), key=len, reverse=True)
    if not towers or (len(towers) > 1 and len(towers[1]) == len(towers[0])):
        return None
    top = towers[0][-1]
    place = w.rng.choice(_CORNERS)
    text = f"Take the uppermost block of the tallest stack and set it at the {place}."
    return _made(w, text, rels(Rel("at", top, place)))


def t242_rel_teen5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, ["-"]):
        return None
    x = _nearest(w, bowl, [b for b in _loose(w) if w.state.base(b) != bowl])
    if x is None:
        return None
    return _made(w, f"the block closest to the {bowl}, put it in there", rels(Rel("in", x, bowl)))


def t242_rel_polite3(w: World) -> Made:
    single = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    x = w.state.in_bowl(bowl)[0]
    text = f"Sorry, could you take the block that's in the {bowl} and put it in the bin, please?"
    return _made(w, text, rels(Rel("in_bin", x)))


def t242_rel_plain23(w: World) -> Made:
    s = w.state
    cands = [b for b in _loose(w) if s.support[b] in _GROUND and s.is_clear(b)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    n = _nearest(w, x, [b for b in _loose(w) if b != x])
    if n is None:
        return None
    return _made(w, f"Put the block nearest to the {x} on top of it.", rels(Rel("on", n, x)))


# ----- keep --------------------------------------------------------------------------------------------
def t242_keep_nurse5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    x = w.rng.choice(cands)
    keep = [k for k in _loose(w) if k != x and k not in w.state.above(x)]
    if not keep:
        return None
    k = w.rng.choice(keep)
    text = f"Put the {x} in the {bowl}, and leave the {k} where it is."
    return _made(w, text, both(rels(Rel("in", x, bowl)), kept(k)))


def t242_keep_korean(w: World) -> Made:
    blocks = _loose(w)
    keep = [k for k in blocks if w.state.support[k] not in w.state.support]
    k = w.rng.choice(keep)
    rest = [b for b in blocks if b != k]
    if not rest or len(rest) > 5:
        return None
    text = f"Please put all the blocks in bin, but leave the {k} like it is."
    return _made(w, text, both(binned(rest), kept(k)))


def t242_keep_architect(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    pair = w.pick([b for b in _loose(w) if b not in inside], 2)
    if not pair:
        return None
    a, b = pair
    text = (f"Construct a two-block stack on the table, the {a} beneath the {b}, without disturbing "
            f"the contents of the {bowl}.")
    return _made(w, text, both(rels(Rel("stacked", a, b)), kept(*inside)))


def t242_keep_teen5(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in _loose(w) for y in _loose(w) if _stackable(w, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    keep = [k for k in _loose(w) if k not in (x, y, *s.above(x), *s.above(y))]
    if not keep:
        return None
    k = w.rng.choice(keep)
    return _made(w, f"put the {x} on the {y} but dont touch the {k}", both(rels(Rel("on", x, y)), kept(k)))


def t242_keep_polite3(w: World) -> Made:
    s = w.state
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    a, b, k = trio
    if k in s.above(a) or k in s.above(b):
        return None
    text = (f"Sorry, could you put the {a} and the {b} in the bin, but please leave the {k} exactly where "
            "it is? Sorry for the fuss.")
    return _made(w, text, both(binned([a, b]), kept(k)))


def t242_keep_plain23(w: World) -> Made:
    inside = w.in_bowls()
    cands = [b for b in _loose(w) if b not in inside]
    if not inside or not cands:
        return None
    x, place = w.rng.choice(cands), w.rng.choice(_CORNERS)
    text = f"Move the {x} to the {place}, but keep everything in the bowls as it is."
    return _made(w, text, both(rels(Rel("at", x, place)), kept(*inside)))


# ----- multi-step --------------------------------------------------------------------------------------
def t242_multi_nurse5(w: World) -> Made:
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    a, b, c = trio
    if not _stackable(w, b, c):
        return None
    text = f"First the {a} in the bin, then the {b} on the {c}."
    return _made(w, text, rels(Rel("in_bin", a), Rel("on", b, c)))


def t242_multi_korean(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pair = w.pick(_loose(w), 2)
    if not pair or not _room(w, bowl, pair):
        return None
    y, x = pair
    text = f"First, put {y} in the {bowl}. After, put {x} on top of it."
    return _made(w, text, rels(Rel("in", y, bowl), Rel("on", x, y)))


def t242_multi_architect(w: World) -> Made:
    pairs = w.pairs()
    cands = [(x, y) for _t, y in pairs for x in _loose(w) if _stackable(w, x, y) and w.state.support[x] != y]
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    text = f"Step one: clear the top of the {y}. Step two: place the {x} upon it."
    return _made(w, text, rels(Rel("on", x, y)))


def t242_multi_teen5(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _loose(w) if b not in inside]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = f"first empty the {bowl} then put the {x} in it"
    return _made(w, text, both(_not_in(bowl, inside), rels(Rel("in", x, bowl))))


def t242_multi_polite3(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    place = w.rng.choice(_CORNERS)
    text = (f"Sorry, would you first move the {a} to the {place}, and then put the {b} on top of it? "
            "Thank you, and sorry.")
    return _made(w, text, rels(Rel("at", a, place), Rel("on", b, a)))


def t242_multi_plain23(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    g = w.rng.choice(inside)
    bowl = w.state.base(g)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    y = w.rng.choice(cands)
    text = f"Take the {g} out of the {bowl} and put it on the table, then put the {y} in the {bowl}."
    return _made(w, text, both(_grounded([g]), rels(Rel("in", y, bowl))))


# ----- question ----------------------------------------------------------------------------------------
def t242_q_nurse5(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"How many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t242_q_korean(w: World) -> Made:
    cands = [(t, b) for t, b in w.pairs() if w.state.above(b) == [t]]
    if not cands:
        return None
    top, below = w.rng.choice(cands)
    return f"What is on top of {below}?", answered(top)


def t242_q_architect(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        pair = w.pick(_loose(w), 2)
        if not pair:
            return None
        x, y = pair
        flag = w.state.support[x] == y
    return f"Is the {x} resting directly on the {y}?", answered(yes(flag))


def t242_q_teen5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"whats in the {bowl} rn", answered("|".join(inside) if inside else "nothing")


def t242_q_polite3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x = w.rng.choice(_loose(w))
    n = w.state.count_at(TABLE)
    text = (f"Sorry to bother you, but how many blocks are out on the table, not counting the ones in bowls? "
            f"And is the {x} in the {bowl}?")
    return text, answered(f"{n}|{yes(holds(Rel('in', x, bowl), w.state))}")


def t242_q_plain23(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    where = _where(w, x)
    if where is None:
        return None
    return f"Where's the {x}?", answered(where)


# ----- matching ----------------------------------------------------------------------------------------
def t242_match_nurse5(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Blocks into the bowls of the same colour, please.", rels(*want))


def t242_match_korean(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Please put the {r.block} in the bowl of same color.", rels(r))


def t242_match_architect(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in _loose(w) if b not in matched]
    if len(rest) > 5:
        return None
    text = ("Every block that has a bowl of its own colour goes into that bowl; every remaining block goes "
            "to the bin.")
    return _made(w, text, both(rels(*want), binned(rest)))


def t242_match_teen5(w: World) -> Made:
    s = w.state
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in _loose(w) if b not in matched]
    if any(r in s.above(m) for r in rest for m in matched):
        return None
    text = "put the blocks in the bowls that match their colour, leave the rest alone"
    return _made(w, text, both(rels(*want), kept(*rest)))


def t242_match_polite3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    y, bowl = r.block, r.target
    cands = [b for b in _loose(w) if b != y and w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    x = w.rng.choice(cands)
    text = f"Sorry, could you put the {x} into the bowl that's the same colour as the {y}? Thank you!"
    return _made(w, text, rels(Rel("in", x, bowl)))


def t242_match_plain23(w: World) -> Made:
    want = matching(w)
    if not want or len(w.bowls) < 2:
        return None
    r = w.rng.choice(want)
    m, same = r.block, r.target
    others = [b for b in w.bowls if b != same and w.state.base(m) != b]
    if not others:
        return None
    bowl = w.rng.choice(others)
    if not _room(w, bowl, [m]):
        return None
    text = f"Move the block that's the same colour as the {same} into the {bowl}."
    return _made(w, text, rels(Rel("in", m, bowl)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse5", "korean", "architect", "teen5", "polite3", "plain23")
FRESH242: list[Template] = [
    (f"t242_{short}_{style}", category, globals()[f"t242_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
