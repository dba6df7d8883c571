"""`FRESH254`, the two-hundred-and-fifty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing into the chat window in their own plain
words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions about the
table, one or two in a message. Six kinds of people write them:
- mechanic2: a mechanic, practical, short sentences: "Red block in the blue bowl."
- hindi2: a Hindi speaker writing Indian English, object names right: "I want that the red block should go inside
  the blue bowl."
- novelist: a novelist, descriptive now and then, still clear: "The red block ought to rest upon the blue block, like
  a hat upon a head."
- parent3: a parent multitasking, quick and to the point: "throw the red block in the bin"
- retiree3: a retired bank clerk, orderly and polite: "Would you kindly place the red block on top of the blue block,
  and then the green block on top of the red block? Thank you."
- plain35: a plain, ordinary adult with no quirks at all: "Move the red block to the middle of the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 31138bf, the code of 106222b, before anything it could prompt): 0.8167
goal-correct (245 of 300), 50 refused, five questions, no wrong action and no wrong reply. The questions: the novelist's
"X longs for the bowl that shares its colour. Carry it there, would you?". The refusals: the novelist's "I should like
to see X, Y and Z gathered into one single tower; the order of them I leave to you.", "Let each bowl hold exactly one
block, no more and no fewer; which block goes to which bowl, I leave to you.", "Leave W as it is, undisturbed; but the
other bowls must be emptied of every block they hold.", "Of the blocks lying loose on the table, take the one nearest W
and set it on X." and "First, lift X from Y, where it has rested all morning; then lay it gently in W."; the retiree's
"Could you please make sure that each of the bowls is empty? The blocks may go wherever you find convenient." and "Of
the blocks standing on their own on the table, would you please put the one furthest from W into that bowl?"; the Hindi
speaker's "Put all the blocks in W except X, that one leave as it is." and "All blocks should go in the same colour
bowl, and whichever block is not having a same colour bowl, put that one on the table."; the mechanic's "Match colours.
Each block goes in the bowl of its colour. No matching bowl, bin it."
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

_ON_TABLE = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    return None if check(w.state, w.state) else (text, check)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _below(s: SymState, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out and cur != block:
        out.append(cur)
        cur = s.support[cur]
    return out


def _depth(s: SymState, block: str) -> int:
    return 1 + len(_below(s, block))


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can be put on `below` within the tower limit (and `below` is not under `top` already)."""
    s = w.state
    return top != below and top not in _below(s, below) and _depth(s, below) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _above(w: World, block: str) -> list[str]:
    return w.state.above(block)


def _loose(w: World) -> list[str]:
    """Blocks standing alone on the table: nothing under them, nothing on them."""
    s = w.state
    return [b for b in w.blocks if s.support[b] in _ON_TABLE and s.is_clear(b)]


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _holds_set(bowl: str, names: list[str]) -> Check:
    """The bowl holds exactly these blocks."""
    return lambda _i, f: set(f.in_bowl(bowl)) == set(names)


def _bowl_untouched(bowl: str, start: list[str]) -> Check:
    return both(_holds_set(bowl, start), kept(*start))


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one unbroken tower, in any order (whatever it stands on)."""

    def check(_i: SymState, f: SymState) -> bool:
        members = set(blocks)
        if any(f.base(b) == BIN for b in blocks):
            return False
        bottoms = [b for b in blocks if f.support[b] not in members]
        if len(bottoms) != 1:
            return False
        return all(len([t for t in f.on_top(b) if t in members]) <= 1 for b in blocks)

    return check


def _matched_bowl(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _unmatched(w: World) -> list[str]:
    return [b for b in w.blocks if _matched_bowl(w, b) is None]


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


# ----- imperative -----------------------------------------------------------------------------------
def t254_imp_mechanic2(w: World) -> Made:
    x, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if not _room(w, bowl):
        return None
    return _made(w, f"{_cap(x)} in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t254_imp_hindi2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if not _stackable(w, x, y):
        return None
    return _made(w, f"Kindly place the {x} on top of the {y}, please do the needful.", _act(rels(Rel("on", x, y))))


def t254_imp_novelist(w: World) -> Made:
    x, place = w.pick(w.blocks)[0], _place(w)
    if place == "middle":
        text = f"Take the {x} and set it down in the very middle of the table, where the light falls."
    else:
        text = f"Take the {x} and set it down in the {place}, where the light falls."
    return _made(w, text, _act(rels(Rel("at", x, place))))


def t254_imp_parent3(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"throw the {x} in the bin", _act(binned([x])))


def t254_imp_retiree3(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.base(b) in _ON_TABLE and _depth(s, b) + 2 <= layout.MAX_TOWER]
    if not bottoms:
        return None
    b = w.rng.choice(bottoms)
    rest = [o for o in w.blocks if o != b and o not in _below(s, b)]
    if len(rest) < 2:
        return None
    a, c = w.rng.sample(rest, 2)
    text = (f"Would you kindly place the {a} on top of the {b}, and then the {c} on top of the {a}? "
            "Thank you very much.")
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("on", c, a))))


def t254_imp_plain35(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"Move the {x} to the middle of the table.", _act(rels(Rel("at", x, "middle"))))


# ----- declarative ----------------------------------------------------------------------------------
def t254_dec_mechanic2(w: World) -> Made:
    x, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if not _room(w, bowl):
        return None
    return _made(w, f"The {x} goes in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t254_dec_hindi2(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"The {x} should be in the bin itself.", _act(binned([x])))


def t254_dec_novelist(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if not _stackable(w, x, y):
        return None
    text = f"The {x} ought to rest upon the {y}, like a hat upon a head."
    return _made(w, text, _act(rels(Rel("on", x, y))))


def t254_dec_parent3(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in _ON_TABLE]
    if not off:
        return None
    x = w.rng.choice(off)
    return _made(w, f"the {x} needs to be on the table", _act(rels(Rel("on_table", x))))


def t254_dec_retiree3(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    return _made(w, f"The {x} is to go in the {place}, please.", _act(rels(Rel("at", x, place))))


def t254_dec_plain35(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} should be empty.", _act(empty(bowl)))


# ----- desiderative ---------------------------------------------------------------------------------
def t254_des_mechanic2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if not _stackable(w, x, y):
        return None
    return _made(w, f"Want the {x} on the {y}.", _act(rels(Rel("on", x, y))))


def t254_des_hindi2(w: World) -> Made:
    x, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if not _room(w, bowl):
        return None
    return _made(w, f"I want that the {x} should go inside the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t254_des_novelist(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = (f"I should like to see the {a}, the {b} and the {c} gathered into one single tower; "
            "the order of them I leave to you.")
    return _made(w, text, _act(_one_tower([a, b, c])))


def t254_des_parent3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    return _made(w, f"i'd like the {x} out of the {bowl}", _act(_not(Rel("in", x, bowl))))


def t254_des_retiree3(w: World) -> Made:
    x, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if not _room(w, bowl):
        return None
    text = f"My goal is to have the {x} sitting in the {bowl}, if you would be so kind."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t254_des_plain35(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    return _made(w, f"I'd like the {x} and the {y} both in the bin.", _act(binned([x, y])))


# ----- quantified -----------------------------------------------------------------------------------
def t254_qua_mechanic2(w: World) -> Made:
    on_table = w.state.on_the_table()
    others = [b for b in w.blocks if b not in on_table]
    if not on_table:
        return None
    text = "Every block on the table into the bin. Bowls stay as they are."
    return _made(w, text, _act(binned(on_table), kept(*others)))


def t254_qua_hindi2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"Put exactly two blocks in the {bowl}, not more not less.", _act(count_in(bowl, 2)))


def t254_qua_novelist(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    text = ("Let each bowl hold exactly one block, no more and no fewer; which block goes to which bowl, "
            "I leave to you.")
    return _made(w, text, _act(*(count_in(b, 1) for b in bowls)))


def t254_qua_parent3(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"put all the blocks in the {bowl} please", _act(count_in(bowl, len(w.blocks))))


def t254_qua_retiree3(w: World) -> Made:
    if not w.in_bowls():
        return None
    text = ("Could you please make sure that each of the bowls is empty? "
            "The blocks may go wherever you find convenient.")
    return _made(w, text, _act(*(empty(b) for b in w.bowls)))


def t254_qua_plain35(w: World) -> Made:
    return _made(w, "Put any three of the blocks in the bin.", _act(_bin_count(3)))


# ----- negated --------------------------------------------------------------------------------------
def t254_neg_mechanic2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Clear the {bowl}. Not into the bin.", _act(empty(bowl), none_binned(inside)))


def t254_neg_hindi2(w: World) -> Made:
    s = w.state
    x, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    others = [b for b in w.blocks if b != x]
    if s.support[x] in s.support or s.base(x) == bowl or len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Put all the blocks in the {bowl} except the {x}, that one leave as it is."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in others)), kept(x)))


def t254_neg_novelist(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    keep = w.pick(w.bowls)[0]
    others = [b for b in w.bowls if b != keep]
    if not any(w.state.in_bowl(b) for b in others):
        return None
    start = w.state.in_bowl(keep)
    text = (f"Leave the {keep} as it is, undisturbed; but the other bowls must be emptied "
            "of every block they hold.")
    return _made(w, text, _act(_bowl_untouched(keep, start), *(empty(b) for b in others)))


def t254_neg_parent3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [o for o in w.blocks if o not in (a, b)]
    return _made(w, f"bin everything except the {a} and the {b}", _act(binned(others), none_binned([a, b])))


def t254_neg_retiree3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y, z = w.pick(w.blocks, 3)
    if not _stackable(w, x, y) or z in _above(w, x) or z in _above(w, y):
        return None
    text = f"Please move the {x} onto the {y}, but do not touch the {z}."
    return _made(w, text, _act(rels(Rel("on", x, y)), kept(z)))


def t254_neg_plain35(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.rng.choice(full)
    x = w.rng.choice(w.state.in_bowl(bowl))
    return _made(w, f"Take everything out of the {bowl} except the {x}.", _act(_holds_set(bowl, [x])))


# ----- relative -------------------------------------------------------------------------------------
def t254_rel_mechanic2(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Block sitting on the {below}. Bin it.", _act(binned([top])))


def t254_rel_hindi2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, under = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl):
        return None
    text = f"The block which is under the {top}, put that one in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", under, bowl))))


def _by_distance(w: World, bowl: str) -> list[tuple[float, str]]:
    return sorted((w.dist(b, bowl), b) for b in _loose(w))


def t254_rel_novelist(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    ranked = _by_distance(w, bowl)
    if len(ranked) < 2 or ranked[1][0] - ranked[0][0] < 0.04:
        return None
    near = ranked[0][1]
    targets = [y for y in w.blocks if _stackable(w, near, y)]
    if not targets:
        return None
    y = w.rng.choice(targets)
    text = (f"Of the blocks lying loose on the table, take the one nearest the {bowl} "
            f"and set it on the {y}.")
    return _made(w, text, _act(rels(Rel("on", near, y))))


def t254_rel_parent3(w: World) -> Made:
    s = w.state
    tops = [b for b in w.blocks if s.is_clear(b) and s.support[b] in s.support]
    if len(tops) != 1:
        return None
    return _made(w, "take the top block off the stack and put it in the bin", _act(binned(tops)))


def t254_rel_retiree3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl):
        return None
    ranked = _by_distance(w, bowl)
    if len(ranked) < 2 or ranked[-1][0] - ranked[-2][0] < 0.04:
        return None
    far = ranked[-1][1]
    text = (f"Of the blocks standing on their own on the table, would you please put the one "
            f"furthest from the {bowl} into that bowl?")
    return _made(w, text, _act(rels(Rel("in", far, bowl))))


def t254_rel_plain35(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    x = w.state.in_bowl(bowl)[0]
    targets = [y for y in w.blocks if w.state.base(y) != bowl and _stackable(w, x, y)]
    if not targets:
        return None
    y = w.rng.choice(targets)
    return _made(w, f"Put the block that's in the {bowl} on top of the {y}.", _act(rels(Rel("on", x, y))))


# ----- keep -----------------------------------------------------------------------------------------
def t254_keep_mechanic2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if y in _above(w, x):
        return None
    return _made(w, f"Bin the {x}. The {y} stays put.", _act(binned([x]), kept(y)))


def t254_keep_hindi2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if y in _above(w, x) or not _room(w, bowl):
        return None
    text = f"please put the {x} in the {bowl}, but the {y} should remain in its place only"
    return _made(w, text, _act(rels(Rel("in", x, bowl)), kept(y)))


def t254_keep_novelist(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    if not _stackable(w, a, b) or c in _above(w, a) or c in _above(w, b):
        return None
    text = f"Set the {a} upon the {b}; the {c}, however, must stay exactly where it lies."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(c)))


def t254_keep_parent3(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    x, y = w.rng.sample(clear, 2)
    if not _stackable(w, x, y):
        return None
    others = [b for b in w.blocks if b != x]
    return _made(w, f"put the {x} on the {y} and leave everything else alone",
                 _act(rels(Rel("on", x, y)), kept(*others)))


def t254_keep_retiree3(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    other = w.rng.choice([b for b in w.bowls if b != bowl])
    inside, start = w.state.in_bowl(bowl), w.state.in_bowl(other)
    text = f"Kindly empty the {bowl} into the bin, leaving the {other} just as it is."
    return _made(w, text, _act(binned(inside), _bowl_untouched(other, start)))


def t254_keep_plain35(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(w.blocks) < 3:
        return None
    c = w.rng.choice(inside)
    bowl = w.state.base(c)
    rest = [b for b in w.blocks if b != c]
    a, b = w.rng.sample(rest, 2)
    if not _stackable(w, a, b) or c in _above(w, a) or c in _above(w, b):
        return None
    text = f"Stack the {a} on the {b}, but keep the {c} in the {bowl}."
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("in", c, bowl))))


# ----- multi-step -----------------------------------------------------------------------------------
def t254_multi_mechanic2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y, z = w.pick(w.blocks, 3)
    if not _stackable(w, y, z):
        return None
    text = f"First the {x} in the bin. Then the {y} on the {z}."
    return _made(w, text, _act(binned([x]), rels(Rel("on", y, z))))


def t254_multi_hindi2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl, place = w.state.base(x), w.rng.choice([p for p in PLACES if p != "middle"])
    text = f"first take out the {x} from the {bowl}, then keep it in the {place}"
    return _made(w, text, _act(rels(Rel("at", x, place))))


def t254_multi_novelist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl) or w.state.base(a) == bowl:
        return None
    text = (f"First, lift the {a} from the {b}, where it has rested all morning; "
            f"then lay it gently in the {bowl}.")
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t254_multi_parent3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.rng.choice(outside)
    return _made(w, f"first clear out the {bowl} then put the {x} in it", _act(_holds_set(bowl, [x])))


def t254_multi_retiree3(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in _ON_TABLE]
    if not off:
        return None
    a = w.rng.choice(off)
    b = w.rng.choice([o for o in w.blocks if o != a])
    text = (f"Firstly, please put the {a} on the table. Secondly, place the {b} on top of it. "
            "Thank you kindly.")
    return _made(w, text, _act(rels(Rel("on_table", a), Rel("on", b, a))))


def t254_multi_plain35(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl):
        return None
    text = f"Put the {x} in the {bowl}, then put the {y} on top of it."
    return _made(w, text, _act(rels(Rel("in", x, bowl), Rel("on", y, x))))


# ----- questions ------------------------------------------------------------------------------------
def t254_q_mechanic2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"How many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t254_q_hindi2(w: World) -> Made:
    s = w.state
    under = [b for b in w.blocks if s.on_top(b)]
    if not under:
        return None
    x = w.rng.choice(under)
    return f"What is kept on top of the {x}?", answered(s.on_top(x)[0])


def t254_q_novelist(w: World) -> Made:
    x, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    flag = holds(Rel("in", x, bowl), w.state)
    return f"Tell me, is the {x} resting in the {bowl}?", answered(yes(flag))


def t254_q_parent3(w: World) -> Made:
    s = w.state
    x = w.pick(w.blocks)[0]
    n = s.count_at(TABLE)
    flag = s.base(x) in w.bowls
    return f"how many blocks are on the table right now? and is the {x} in a bowl", answered(f"{n}|{yes(flag)}")


def t254_q_retiree3(w: World) -> Made:
    s = w.state
    options = [b for b in w.blocks
               if s.support[b] in w.bowls or (s.support[b] in s.support and s.base(b) in _ON_TABLE)]
    if not options:
        return None
    x = w.rng.choice(options)
    return f"Could you kindly tell me where the {x} is at the moment?", answered(s.support[x])


def t254_q_plain35(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(w.blocks, 2)
        if y in _below(s, x) and s.support[x] != y:
            return None
    flag = s.support[x] == y
    text = f"Is the {x} on the {y}? And how many bowls are there?"
    return text, answered(f"{yes(flag)}|{len(w.bowls)}")


# ----- matching -------------------------------------------------------------------------------------
def t254_match_mechanic2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Match colours. Each block goes in the bowl of its colour. No matching bowl, bin it."
    return _made(w, text, _act(rels(*want), binned(_unmatched(w))))


def t254_match_hindi2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = ("All blocks should go in the same colour bowl, and whichever block is not having a same colour bowl, "
            "put that one on the table.")
    return _made(w, text, _act(rels(*want, *(Rel("on_table", b) for b in _unmatched(w)))))


def t254_match_novelist(w: World) -> Made:
    options = [b for b in w.blocks if _matched_bowl(w, b)]
    if not options:
        return None
    x = w.rng.choice(options)
    bowl = _matched_bowl(w, x)
    assert bowl is not None
    if not _room(w, bowl):
        return None
    text = f"The {x} longs for the bowl that shares its colour. Carry it there, would you?"
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t254_match_parent3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "sort the blocks into the matching color bowls pls", _act(rels(*want)))


def t254_match_retiree3(w: World) -> Made:
    s = w.state
    want = matching(w)
    if not want:
        return None
    moving = {r.block for r in want if not holds(r, s)}
    unmatched = _unmatched(w)
    if any(m in moving for u in unmatched for m in _below(s, u)):
        return None
    for bowl in w.bowls:
        staying = [u for u in unmatched if s.base(u) == bowl]
        if len(staying) + 1 > layout.BOWL_CAPACITY:
            return None
    text = ("Would you please put each block into the bowl of its own colour, and leave the blocks "
            "that have no such bowl where they are?")
    return _made(w, text, _act(rels(*want), kept(*unmatched)))


def t254_match_plain35(w: World) -> Made:
    options = [b for b in w.blocks if _matched_bowl(w, b)]
    if not options:
        return None
    y = w.rng.choice(options)
    bowl = _matched_bowl(w, y)
    assert bowl is not None
    x = w.rng.choice([b for b in w.blocks if b != y])
    if not _room(w, bowl):
        return None
    text = f"Put the {x} in the bowl that's the same colour as the {y}."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mechanic2", "hindi2", "novelist", "parent3", "retiree3", "plain35")
FRESH254: list[Template] = [
    (f"t254_{short}_{style}", category, globals()[f"t254_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
