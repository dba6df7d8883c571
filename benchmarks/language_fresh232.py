"""`FRESH232`, the two-hundred-and-thirty-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time, in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. The six personas:
- vicar: a country vicar, gentle and a little formal: "Would you be so kind as to place the red block in the blue
  bowl, please?"
- czech: a Czech speaker writing English with small slips, object names right: "At first put the red block to the
  bin, after that put the blue block on the green block."
- paramedic: a paramedic, calm, brisk, clear priorities: "I need the blue bowl emptied. Everything in it goes in
  the bin."
- kid3: a ten-year-old, excited, simple words: "first put the red block on the blue block then put the green block
  on the red block!!!"
- accountant4: an accountant, tidy, likes totals and checks: "Please ensure the blue bowl contains exactly three
  blocks. No more, no fewer."
- plain13: a plain, ordinary adult with no quirks at all: "Can you take the red block off the blue block and put it
  on the table?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on f79de39, the code of c9e1454, before anything it could prompt): 0.90
goal-correct (270 of 300), 28 refused, no question, two wrong actions and no wrong reply. The wrong actions: the
paramedic's "One block in each bowl. Any block will do." left a bowl that already held blocks with more than one. The
refusals: the vicar's "..., I believe, if you would be so good", "Might every block in W be moved across into V? Thank you
kindly.", "save for X? That one I'd like to keep."; the paramedic's "Not X, that one stays.", "Everything else stays
put."; the Czech speaker's "build tower from X and Y, X on the bottom. But Z must stay on its place.".
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

_FLOOR = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _depth(s: SymState, b: str) -> int:
    """How many blocks stand in `b`'s tower from the bottom up to `b`, `b` included."""
    n = 1
    while s.support[b] in s.support:
        b = s.support[b]
        n += 1
    return n


def _bottom(s: SymState, b: str) -> str:
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _below(s: SymState, b: str) -> list[str]:
    out = []
    while s.support[b] in s.support:
        b = s.support[b]
        out.append(b)
    return out


def _clear(w: World) -> list[str]:
    return w.clear_blocks()


def _lone(w: World, b: str) -> bool:
    """A single block straight on the table: nothing on it, nothing under it."""
    return w.state.is_clear(b) and w.state.support[b] in _FLOOR


def _can_take(w: World, b: str) -> bool:
    """`b` is clear and a block can go on it without making a tower too tall (and not in the bin)."""
    s = w.state
    return s.is_clear(b) and s.base(b) in _FLOOR and _depth(s, b) < layout.MAX_TOWER


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _free_places(w: World) -> list[str]:
    return [p for p in PLACES if w.state.count_at(p) == 0]


def _on_floor(blocks: list[str]) -> Check:
    """Every block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: all(f.base(b) in _FLOOR for b in blocks)


def _the(name: str) -> str:
    return f"the {name}"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# ===== imperative =====================================================================================
def t232_imp_vicar(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Good morning. Would you be so kind as to place the {a} in the {bowl}, please?"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t232_imp_czech(w: World) -> Made:
    targets = [b for b in w.blocks if _can_take(w, b)]
    if not targets:
        return None
    b = w.rng.choice(targets)
    cands = [a for a in _clear(w) if a != b]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Please, can you put the {a} on top of the {b}? I will be glad."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t232_imp_paramedic(w: World) -> Made:
    places = _free_places(w)
    cands = _clear(w)
    if not places or not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(places)
    text = f"Move the {a} to the {place}. Go ahead."
    return _made(w, text, _act(rels(Rel("at", a, place))))


def t232_imp_kid3(w: World) -> Made:
    cands = _clear(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"put the {a} in the bin!!! pleeease"
    return _made(w, text, _act(rels(Rel("in_bin", a))))


def t232_imp_accountant4(w: World) -> Made:
    moves = [(a, w.state.base(a), b2) for a in _clear(w) if w.state.base(a) in w.bowls
             for b2 in w.bowls if b2 != w.state.base(a) and _room(w, b2)]
    if not moves:
        return None
    a, b1, b2 = w.rng.choice(moves)
    text = f"Kindly transfer the {a} from the {b1} to the {b2}. One item, one move."
    return _made(w, text, _act(rels(Rel("in", a, b2))))


def t232_imp_plain13(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Can you take the {top} off the {below} and put it on the table?"
    return _made(w, text, _act(rels(Rel("on_table", top))))


# ===== declarative ====================================================================================
def t232_dec_vicar(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"The {a} belongs in the {bowl}, I believe, if you would be so good."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t232_dec_czech(w: World) -> Made:
    cands = [a for a in w.blocks if _lone(w, a)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    targets = [b for b in w.blocks if b != a and _can_take(w, b)]
    if not targets:
        return None
    b = w.rng.choice(targets)
    text = f"The {a} should be on the {b}, not on the table."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t232_dec_paramedic(w: World) -> Made:
    places = _free_places(w)
    cands = _clear(w)
    if not places or len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    place = w.rng.choice(places)
    text = f"{_cap(_the(a))} at the {place}. The {b} in the bin. That's all."
    return _made(w, text, _act(rels(Rel("at", a, place), Rel("in_bin", b))))


def t232_dec_kid3(w: World) -> Made:
    bottoms = [c for c in w.blocks if w.state.support[c] in _FLOOR]
    if not bottoms or len(w.blocks) < 3:
        return None
    c = w.rng.choice(bottoms)
    a, b = w.pick([x for x in w.blocks if x != c], 2)
    text = f"the {a} is supposed to be on the {b} and the {b} goes on the {c}"
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("on", b, c))))


def t232_dec_accountant4(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    text = f"For the record, the {a} and the {b} should both be in the {bowl} at the end of this."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t232_dec_plain13(w: World) -> Made:
    cands = [a for a in _clear(w) if w.state.base(a) in w.bowls]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"The {a} should be on the table, not in the {w.state.base(a)}."
    return _made(w, text, _act(rels(Rel("on_table", a))))


# ===== desiderative ===================================================================================
def t232_des_vicar(w: World) -> Made:
    cands = _clear(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"I should very much like the {a} to go in the bin, if it's no trouble to you."
    return _made(w, text, _act(rels(Rel("in_bin", a))))


def t232_des_czech(w: World) -> Made:
    targets = [b for b in w.blocks if _can_take(w, b)]
    if not targets:
        return None
    b = w.rng.choice(targets)
    cands = [a for a in _clear(w) if a != b]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"I want that the {a} is standing on the {b}, please."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t232_des_paramedic(w: World) -> Made:
    bowls = [b for b in w.bowls if 1 <= len(w.state.in_bowl(b)) <= 5]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"I need the {bowl} emptied. Everything in it goes in the bin."
    return _made(w, text, _act(binned(w.state.in_bowl(bowl))))


def _one_tower(blocks: list[str]) -> Check:
    """All the blocks stand in one tower (any order, anything else in it too), not in the bin."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = {_bottom(f, b) for b in blocks}
        return len(bottoms) == 1 and f.base(blocks[0]) != BIN
    return check


def t232_des_kid3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = f"i want a big tower with the {a}, the {b} and the {c}!!! like really tall"
    return _made(w, text, _act(_one_tower([a, b, c])))


def t232_des_accountant4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    text = f"My goal is simple: exactly two blocks in the {bowl}, namely the {a} and the {b}."
    return _made(w, text, _act(lambda _i, f: sorted(f.in_bowl(bowl)) == sorted([a, b])))


def t232_des_plain13(w: World) -> Made:
    places = _free_places(w)
    cands = _clear(w)
    if not places or not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(places)
    text = f"I'd like the {a} moved over to the {place}, please."
    return _made(w, text, _act(rels(Rel("at", a, place))))


# ===== quantified =====================================================================================
def t232_qua_vicar(w: World) -> Made:
    pairs = [(b1, b2) for b1 in w.bowls for b2 in w.bowls
             if b1 != b2 and w.state.in_bowl(b1) and _room(w, b2, len(w.state.in_bowl(b1)))]
    if not pairs:
        return None
    b1, b2 = w.rng.choice(pairs)
    moved = w.state.in_bowl(b1)
    text = f"Might every block in the {b1} be moved across into the {b2}? Thank you kindly."
    return _made(w, text, _act(rels(*(Rel("in", b, b2) for b in moved))))


def t232_qua_czech(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Please put two blocks in the {bowl}, which ones is not important."
    return _made(w, text, _act(count_in(bowl, 2)))


def t232_qua_paramedic(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    text = w.rng.choice(["One block in each bowl. Any block will do.",
                         "Each bowl gets exactly one block. Doesn't matter which."])
    return _made(w, text, _act(lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)))


def t232_qua_kid3(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = "take all the blocks out of the bowls and put them on the table!!"
    return _made(w, text, _act(_on_floor(inside)))


def t232_qua_accountant4(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"Please ensure the {bowl} contains exactly three blocks. No more, no fewer."
    return _made(w, text, _act(count_in(bowl, 3)))


def t232_qua_plain13(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not 2 <= len(on_table) <= 5:
        return None
    text = "Put every block that's on the table into the bin."
    return _made(w, text, _act(binned(on_table)))


# ===== negated ========================================================================================
def t232_neg_vicar(w: World) -> Made:
    if not 3 <= len(w.blocks) <= 6:
        return None
    a = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != a]
    text = f"Would you put all the blocks in the bin, save for the {a}? That one I'd like to keep."
    return _made(w, text, _act(binned(others), none_binned([a])))


def t232_neg_czech(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl1 = w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != bowl1]
    if not any(_room(w, b) for b in others):
        return None
    cands = [a for a in _clear(w) if w.state.base(a) not in w.bowls]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Put the {a} in some bowl, but not in the {bowl1}, please."
    return _made(w, text, _act(lambda _i, f: f.base(a) in others))


def t232_neg_paramedic(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.rng.choice(w.state.in_bowl(bowl))
    rest = [b for b in w.state.in_bowl(bowl) if b != a]
    text = f"Empty the {bowl} into the bin. Not the {a}, that one stays."
    return _made(w, text, _act(binned(rest), rels(Rel("in", a, bowl))))


def t232_neg_kid3(w: World) -> Made:
    cands = _clear(w)
    if len(cands) < 2:
        return None
    a = w.rng.choice(cands)
    b = w.rng.choice([x for x in w.blocks if x != a])
    alts = [x for x in w.blocks if x not in (a, b) and _can_take(w, x)]
    if not alts:
        return None
    blocks = w.blocks
    text = f"put the {a} on top of some other block but NOT the {b} ok"
    return _made(w, text, _act(lambda _i, f: f.support[a] in blocks and f.support[a] != b))


def t232_neg_accountant4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [a for a in w.blocks if w.state.base(a) != bowl]
    if not cands or len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    a = w.rng.choice(cands)
    others = [b for b in w.blocks if b != a]
    text = f"Move all blocks except the {a} into the {bowl}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in others)),
                               lambda _i, f: f.base(a) != bowl))


def t232_neg_plain13(w: World) -> Made:
    cands = [a for a in _clear(w) if w.state.base(a) in w.bowls]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.base(a)
    text = f"Get the {a} out of the {bowl}, but don't throw it in the bin."
    return _made(w, text, _act(lambda _i, f: f.base(a) not in (bowl, BIN)))


# ===== relative =======================================================================================
def t232_rel_vicar(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Could you lift the block that's sitting atop the {below} and set it down on the table?"
    return _made(w, text, _act(rels(Rel("on_table", top))))


def t232_rel_czech(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, s = w.rng.choice(pairs)
    text = f"Please put the block which is under the {a} into the bin."
    return _made(w, text, _act(rels(Rel("in_bin", s))))


def _nearest(w: World, to: str, cands: list[str], margin: float = 0.03) -> str | None:
    """The candidate nearest to `to`, when it is a lone block clearly nearer than any other candidate."""
    if not cands:
        return None
    ranked = sorted(cands, key=lambda b: w.dist(b, to))
    best = ranked[0]
    if not _lone(w, best):
        return None
    if len(ranked) > 1 and w.dist(ranked[1], to) - w.dist(best, to) < margin:
        return None
    return best


def t232_rel_paramedic(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = _nearest(w, bowl, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    text = f"Block closest to the {bowl}: into the {bowl}, please."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t232_rel_kid3(w: World) -> Made:
    ranked = sorted(w.blocks, key=w.y)
    a = ranked[0]
    if not _lone(w, a) or w.y(ranked[1]) - w.y(a) < 0.05:
        return None
    text = "put the block thats the most on the left in the bin"
    return _made(w, text, _act(rels(Rel("in_bin", a))))


def t232_rel_accountant4(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.base(b) != BIN]
    heights = sorted(((len(s.above(b)) + 1, b) for b in bottoms), reverse=True)
    if not heights or heights[0][0] < 2 or (len(heights) > 1 and heights[1][0] == heights[0][0]):
        return None
    top = s.above(heights[0][1])[0]
    bowls = [b for b in w.bowls if _room(w, b) and s.base(top) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Take the top block off the tallest stack and place it in the {bowl}, please."
    return _made(w, text, _act(rels(Rel("in", top, bowl))))


def t232_rel_plain13(w: World) -> Made:
    targets = [b for b in w.blocks if _can_take(w, b)]
    if not targets:
        return None
    c = w.rng.choice(targets)
    under = _below(w.state, c)
    near = _nearest(w, c, [b for b in w.blocks if b != c and b not in under])
    if near is None:
        return None
    text = f"Put the block that's nearest to the {c} on top of it."
    return _made(w, text, _act(rels(Rel("on", near, c))))


# ===== keep ===========================================================================================
def t232_keep_vicar(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    x = w.rng.choice([b for b in w.blocks if b != a])
    text = f"Might you put the {a} into the {bowl}? Do leave the {x} just where it is, mind."
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(x)))


def t232_keep_czech(w: World) -> Made:
    bases = [a for a in w.blocks if w.state.support[a] in _FLOOR and _depth(w.state, a) == 1]
    if not bases:
        return None
    a = w.rng.choice(bases)
    cands = [b for b in _clear(w) if b != a]
    if not cands:
        return None
    b = w.rng.choice(cands)
    xs = [x for x in w.blocks if x not in (a, b) and x not in w.state.above(a)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f"Please build tower from the {a} and the {b}, the {a} on the bottom. But the {x} must stay on its place."
    return _made(w, text, _act(rels(Rel("on", b, a), Rel("on_table", a)), kept(x)))


def t232_keep_paramedic(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    places = _free_places(w)
    if not bowls or not places:
        return None
    bowl = w.rng.choice(bowls)
    cands = [a for a in _clear(w) if w.state.base(a) != bowl]
    if not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(places)
    inside = w.state.in_bowl(bowl)
    text = f"Move the {a} to the {place}. Don't touch the {bowl}."

    def same(_i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(inside)

    return _made(w, text, _act(rels(Rel("at", a, place)), same, kept(*inside)))


def t232_keep_kid3(w: World) -> Made:
    cands = _clear(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    x = w.rng.choice([b for b in w.blocks if b != a])
    text = f"put the {a} in the bin but dont move the {x} ok?"
    return _made(w, text, _act(rels(Rel("in_bin", a)), kept(x)))


def t232_keep_accountant4(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in w.blocks if b != a]
    text = f"Please move the {a} into the {bowl}. All other blocks are to remain exactly where they are."
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(*others)))


def t232_keep_plain13(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.rng.choice(w.state.in_bowl(bowl))
    targets = [b for b in w.blocks if b != x and _can_take(w, b)]
    if not targets:
        return None
    b = w.rng.choice(targets)
    cands = [a for a in _clear(w) if a not in (b, x)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Stack the {a} on the {b}, but keep the {x} in the {bowl}."
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("in", x, bowl))))


# ===== multi_step =====================================================================================
def t232_multi_vicar(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _clear(w) if w.state.base(b) != bowl]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    text = f"First, would you put the {a} in the {bowl}, and then place the {b} on top of it? Many thanks."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t232_multi_czech(w: World) -> Made:
    cands = _clear(w)
    if len(cands) < 2:
        return None
    a = w.rng.choice(cands)
    targets = [c for c in w.blocks if c != a and _can_take(w, c)]
    if not targets:
        return None
    c = w.rng.choice(targets)
    bs = [b for b in cands if b not in (a, c)]
    if not bs:
        return None
    b = w.rng.choice(bs)
    text = f"At first put the {a} to the bin, after that put the {b} on the {c}."
    return _made(w, text, _act(rels(Rel("in_bin", a), Rel("on", b, c))))


def t232_multi_paramedic(w: World) -> Made:
    cands = [a for a in _clear(w) if w.state.base(a) in w.bowls]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.base(a)
    bs = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not bs:
        return None
    b = w.rng.choice(bs)
    text = f"Step one: the {a} out of the {bowl}, onto the table. Step two: the {b} into the {bowl}."
    return _made(w, text, _act(rels(Rel("on_table", a), Rel("in", b, bowl))))


def t232_multi_kid3(w: World) -> Made:
    bases = [b for b in w.blocks if w.state.support[b] in _FLOOR]
    if not bases or len(w.blocks) < 3:
        return None
    b = w.rng.choice(bases)
    a, c = w.pick([x for x in w.blocks if x != b], 2)
    text = f"first put the {a} on the {b} then put the {c} on the {a}!!! its gonna be so tall"
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("on", c, a))))


def t232_multi_accountant4(w: World) -> Made:
    places = _free_places(w)
    cands = _clear(w)
    if len(places) < 2 or len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    p1, p2 = w.pick(places, 2)
    text = f"Two steps, please: (1) move the {a} to the {p1}; (2) move the {b} to the {p2}."
    return _made(w, text, _act(rels(Rel("at", a, p1), Rel("at", b, p2))))


def t232_multi_plain13(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a, b = w.pick(w.state.in_bowl(bowl), 2)
    text = f"Take the {a} out of the {bowl} and put it in the bin, then do the same with the {b}."
    return _made(w, text, _act(binned([a, b])))


# ===== question =======================================================================================
def t232_q_vicar(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = f"Might I ask how many blocks there are in the {bowl} at present?"
    return text, answered(str(n))


def t232_q_czech(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        flag = True
    else:
        options = [(a, b) for a in w.blocks for b in w.blocks
                   if a != b and b not in _below(w.state, a) and a not in _below(w.state, b)]
        if not options:
            return None
        a, b = w.rng.choice(options)
        flag = False
    text = f"Please tell me, the {a} is on the {b}, or not?"
    return text, answered(yes(flag))


def t232_q_paramedic(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    text = f"Quick check: what's in the {bowl} right now?"
    return text, answered("|".join(inside) if inside else "nothing")


def t232_q_kid3(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        b = w.rng.choice(pairs)[1]
        answer = w.state.on_top(b)[0]
    else:
        b = w.rng.choice([x for x in w.blocks if w.state.is_clear(x)])
        answer = "nothing"
    text = f"whats on top of the {b}??"
    return text, answered(answer)


def t232_q_accountant4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n, m = w.state.count_at(TABLE), len(w.state.in_bowl(bowl))
    if n == m or m == 0:
        return None
    text = f"Two figures, please: how many blocks are on the table, and how many are in the {bowl}?"
    return text, answered(f"{n}|{m}")


def t232_q_plain13(w: World) -> Made:
    cands = [a for a in w.blocks if w.state.support[a] == TABLE or w.state.support[a] in w.bowls]
    if not cands:
        return None
    a = w.rng.choice(cands)
    where = w.state.support[a]
    text = w.rng.choice([f"Where is the {a}?", f"Where's the {a} at the moment?"])
    return text, answered(where)


# ===== matching =======================================================================================
def t232_match_vicar(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Would you kindly put each block into the bowl of its own colour, where there is one?"
    return _made(w, text, _act(rels(*want)))


def _bowl_of(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def t232_match_czech(w: World) -> Made:
    cands = [a for a in w.blocks if _bowl_of(w, a) and w.state.base(a) != _bowl_of(w, a)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = _bowl_of(w, a)
    text = f"Please put the {a} into the bowl which has same colour like it."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t232_match_paramedic(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    s = w.state
    movers = [r.block for r in want if not holds(r, s)]
    rest = [b for b in w.blocks if not _bowl_of(w, b)]
    if not rest or any(x in s.above(m) for m in movers for x in rest):
        return None
    text = "Match colours: each block into the bowl of the same colour. Everything else stays put."
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t232_match_kid3(w: World) -> Made:
    options = [(a, _bowl_of(w, a)) for a in w.blocks if _bowl_of(w, a)]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    text = f"put the block thats the same colour as the {bowl} in it!!"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t232_match_accountant4(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if not _bowl_of(w, b)]
    if not want or not 1 <= len(rest) <= 5:
        return None
    text = ("Reconcile the colours, please: each block whose colour matches a bowl goes into that bowl, "
            "and every other block goes into the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t232_match_plain13(w: World) -> Made:
    s = w.state
    wrong = [b for b in s.in_bowls() if w.colour(b) != w.colour(s.base(b))]
    if not wrong:
        return None
    text = "Could you take any blocks that are in a bowl of a different colour out and put them on the table?"
    return _made(w, text, _act(_on_floor(wrong)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("vicar", "czech", "paramedic", "kid3", "accountant4", "plain13")
FRESH232: list[Template] = [
    (f"t232_{short}_{style}", category, globals()[f"t232_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
