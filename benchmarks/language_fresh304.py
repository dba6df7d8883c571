"""`FRESH304`, the three-hundred-and-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing into the chat window for the first time in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. Six kinds of first-time users write them:
- bartender: an easy-going, quick bartender: "toss the red block in the blue bowl for me, cheers"
- korean4: a Korean speaker writing English with small slips, object names right: "I want the red block go to the
  top left corner."
- surveyor: a land surveyor, exact about positions: "Move the block furthest to the left to the top right corner."
- kid3: an excited seven-year-old, short sentences: "throw the red block in the bin!!! now!"
- grandpa3: a chatty, roundabout grandpa: "Now tell me, how many blocks are there altogether, and is the red block
  sitting in the blue bowl?"
- plain85: a plain, ordinary adult with no quirks: "Take everything out of the blue bowl except the red block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 44b5f33: the code of 8a8dc04 and one change that asked nothing here,
0abdbdd, reverted after it, before anything it could prompt): 0.90 goal-correct (270 of 300), 25 refused, 5 wrong
actions, 0 wrong replies. The wrong actions: a grandpa's 'First things first, clear out W, those can all go in the bin,
and after that I'd like X put in there.' put X in the bin (five times; 'there' is W). The refusals: a surveyor's 'X
belongs at the exact middle of the table.', a grandpa's 'I've always felt X and Y ought to be sitting together in W.',
'I don't want X or Y going anywhere near that bin, mind you, but all the other blocks can go in it.', 'That block way
over on the right, the one furthest right, would you pop it in W for me?', 'I'd like X stacked on Y, but that W, you
leave it just as it is, all right?'.
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

CORNERS = list(PLACES[:4])
MIDDLE = PLACES[4]
_ON_TABLE = (TABLE, *PLACES)
_MARGIN = 0.03  # how much nearer (or further left) the chosen block must be than the next, so the words are clear


# ----- helpers ---------------------------------------------------------------------------------------
def _empty_hand(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper ends empty."""
    return both(*checks, _empty_hand)


def _made(w: World, text: str, check: Check) -> Made:
    return None if check(w.state, w.state) else (text, check)


def _live(w: World) -> list[str]:
    """Blocks that are out on the table or in a bowl (not in the bin, not held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _below(st: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], st.support[b]
    while s in st.support:
        out.append(s)
        s = st.support[s]
    return out


def _depth(st: SymState, b: str) -> int:
    """How high `b` stands in its tower (1 at the bottom)."""
    return len(_below(st, b)) + 1


def _tower(st: SymState, b: str) -> set[str]:
    return {b, *_below(st, b), *st.above(b)}


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can be put on `below` without a too-tall tower (blocks over `below` move away first)."""
    st = w.state
    return top != below and top not in _below(st, below) and _depth(st, below) < layout.MAX_TOWER


def _room(w: World, bowl: str, new: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(new)) <= layout.BOWL_CAPACITY


def _base_is(block: str, where: tuple[str, ...]) -> Check:
    return lambda _i, f: f.base(block) in where


def _base_not(block: str, where: tuple[str, ...]) -> Check:
    return lambda _i, f: f.base(block) not in where


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _block_of(w: World, colour: str) -> str | None:
    return next((b for b in w.blocks if w.colour(b) == colour), None)


def _unique_best(w: World, cands: list[str], key) -> str | None:
    """The candidate with the smallest key, when it is clearly smaller than the next one."""
    ranked = sorted(cands, key=key)
    if not ranked:
        return None
    if len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < _MARGIN:
        return None
    return ranked[0]


def _place_words(place: str) -> str:
    return "the middle of the table" if place == MIDDLE else f"the {place}"


# ----- imperative ------------------------------------------------------------------------------------
def t304_imp_bartender(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    a = w.rng.choice(cands)
    return _made(w, f"toss the {a} in the {bowl} for me, cheers", _act(rels(Rel("in", a, bowl))))


def t304_imp_korean4(w: World) -> Made:
    live = _live(w)
    pairs = [(a, b) for a in live for b in live if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please put the {a} on the top of {b}.", _act(rels(Rel("on", a, b))))


def t304_imp_surveyor(w: World) -> Made:
    a = w.rng.choice(_live(w))
    place = w.rng.choice(CORNERS)
    return _made(w, f"Relocate the {a} to the {place} of the table.", _act(rels(Rel("at", a, place))))


def t304_imp_kid3(w: World) -> Made:
    a = w.rng.choice(_live(w))
    return _made(w, f"throw the {a} in the bin!!! now!", _act(rels(Rel("in_bin", a))))


def t304_imp_grandpa3(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.base(a)
    text = (f"Oh, and while you're at it, would you take the {a} out of the {bowl} and set it down on the table? "
            "There's a good lad.")
    return _made(w, text, _act(rels(Rel("on_table", a))))


def t304_imp_plain85(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Empty the {bowl} into the bin.", _act(binned(w.state.in_bowl(bowl)), empty(bowl)))


# ----- declarative -----------------------------------------------------------------------------------
def t304_dec_bartender(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    a = w.rng.choice(cands)
    return _made(w, f"the {a} goes in the {bowl}, ta", _act(rels(Rel("in", a, bowl))))


def t304_dec_korean4(w: World) -> Made:
    live = _live(w)
    pairs = [(a, b) for a in live for b in live if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I think the {a} should be on {b}.", _act(rels(Rel("on", a, b))))


def t304_dec_surveyor(w: World) -> Made:
    a = w.rng.choice(_live(w))
    return _made(w, f"The {a} belongs at the exact middle of the table.", _act(rels(Rel("at", a, MIDDLE))))


def t304_dec_kid3(w: World) -> Made:
    a = w.rng.choice(_live(w))
    return _made(w, f"the {a} goes in the bin! its yucky", _act(rels(Rel("in_bin", a))))


def t304_dec_grandpa3(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.rng.sample(live, 2)
    bowls = [bw for bw in w.bowls if _room(w, bw, [a, b])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"You know, I've always felt the {a} and the {b} ought to be sitting together in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t304_dec_plain85(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.rng.sample(live, 3)
    text = f"The {a}, the {b} and the {c} should be stacked in one tower on the table."
    return _made(w, text, _act(rels(Rel("tower", a, b, c))))


# ----- desiderative ----------------------------------------------------------------------------------
def t304_des_bartender(w: World) -> Made:
    live = _live(w)
    pairs = [(a, b) for a in live for b in live if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"i'd like the {a} on the {b}, ta", _act(rels(Rel("on", a, b))))


def t304_des_korean4(w: World) -> Made:
    a = w.rng.choice(_live(w))
    place = w.rng.choice(CORNERS)
    return _made(w, f"I want the {a} go to the {place}.", _act(rels(Rel("at", a, place))))


def t304_des_surveyor(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.rng.sample(live, 2)
    p, q = w.rng.sample(CORNERS, 2)
    text = f"I would like the {a} positioned at the {p} and the {b} at the {q}."
    return _made(w, text, _act(rels(Rel("at", a, p), Rel("at", b, q))))


def t304_des_kid3(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    b, a, c = w.rng.sample(live, 3)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[b] in (*_ON_TABLE, *f.bowls) and f.support[a] == b and f.support[c] == a and f.is_clear(c)

    text = f"i want a tower!!! the {b} at the bottom, then the {a}, and the {c} on top!"
    return _made(w, text, _act(check))


def t304_des_grandpa3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = (f"What I'd really like, if it's no bother, is for the {bowl} to be emptied out, with whatever's in it "
            "just set back on the table.")
    return _made(w, text, _act(empty(bowl), *(_base_is(b, _ON_TABLE) for b in inside)))


def t304_des_plain85(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.rng.sample(live, 2)
    bowls = [bw for bw in w.bowls if _room(w, bw, [b]) and a not in w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"My goal is to have the {a} in the bin and the {b} in the {bowl}."
    return _made(w, text, _act(rels(Rel("in_bin", a), Rel("in", b, bowl))))


# ----- quantified ------------------------------------------------------------------------------------
def t304_qua_bartender(w: World) -> Made:
    return _made(w, "all the blocks in the bin please, we're closing up", _act(binned(w.blocks)))


def t304_qua_korean4(w: World) -> Made:
    table = w.state.on_the_table()
    if len(table) < 2:
        return None
    bowls = [bw for bw in w.bowls if _room(w, bw, table)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Please put every block on table into the {bowl}.",
                 _act(rels(*(Rel("in", b, bowl) for b in table))))


def t304_qua_surveyor(w: World) -> Made:
    if len(_live(w)) < 2:
        return None
    place = w.rng.choice(PLACES)

    def check(_i: SymState, f: SymState) -> bool:
        return sum(1 for b in f.blocks if f.base(b) == place) == 2

    return _made(w, f"Place exactly two blocks at {_place_words(place)}.", _act(check))


def t304_qua_kid3(w: World) -> Made:
    if len(w.bowls) < 2 or w.in_bowls() or len(_live(w)) < len(w.bowls):
        return None
    return _made(w, "put one block in each bowl!! one each!", _act(*(count_in(bw, 1) for bw in w.bowls)))


def t304_qua_grandpa3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    bowls = "the bowls" if len(w.bowls) > 1 else "the bowl"
    text = (f"I'd be much obliged if you'd take every last block out of {bowls} and put them back on the table, "
            "where I can see them.")
    return _made(w, text, _act(*(empty(bw) for bw in w.bowls), *(_base_is(b, _ON_TABLE) for b in inside)))


def t304_qua_plain85(w: World) -> Made:
    bowls = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not bowls or len(_live(w)) < 3:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Put three blocks in the {bowl}.", _act(count_in(bowl, 3)))


# ----- negated ---------------------------------------------------------------------------------------
def t304_neg_bartender(w: World) -> Made:
    a = w.rng.choice(_live(w))
    others = [b for b in w.blocks if b != a]
    return _made(w, f"bin everything but the {a}", _act(binned(others), none_binned([a])))


def t304_neg_korean4(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    a = w.rng.choice(_live(w))
    bowl = w.rng.choice(w.bowls)
    others = [b for b in w.blocks if b != a]
    check = _act(rels(*(Rel("in", b, bowl) for b in others), Rel("in", a, bowl, negated=True)))
    return _made(w, f"Please put all block in the {bowl} except the {a}.", check)


def t304_neg_surveyor(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b = w.rng.sample(live, 2)
    if not any(_stackable(w, a, c) for c in live if c != b):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[a] in f.support and f.support[a] != b

    return _made(w, f"Set the {a} on top of any block other than the {b}; which one is up to you.", _act(check))


def t304_neg_kid3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return _made(w, f"the {a} is NOT allowed in the {bowl}!! get it out", _act(_base_not(a, (bowl,))))


def t304_neg_grandpa3(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b = w.rng.sample(live, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    text = (f"Now, I don't want the {a} or the {b} going anywhere near that bin, mind you, "
            "but all the other blocks can go in it.")
    return _made(w, text, _act(binned(others), none_binned([a, b])))


def t304_neg_plain85(w: World) -> Made:
    bowls = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.rng.choice(w.state.in_bowl(bowl))

    def check(_i: SymState, f: SymState) -> bool:
        return f.in_bowl(bowl) == [a]

    return _made(w, f"Take everything out of the {bowl} except the {a}.", _act(check))


# ----- relative --------------------------------------------------------------------------------------
def t304_rel_bartender(w: World) -> Made:
    bowls = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    near = _unique_best(w, _live(w), lambda b: w.dist(b, bowl))
    if near is None:
        return None
    return _made(w, f"grab whichever block's closest to the {bowl} and drop it in there",
                 _act(rels(Rel("in", near, bowl))))


def t304_rel_korean4(w: World) -> Made:
    pairs = [(top, s) for top, s in w.pairs() if w.state.is_clear(top)]
    if not pairs:
        return None
    top, s = w.rng.choice(pairs)
    bowls = [bw for bw in w.bowls if w.state.base(top) != bw and _room(w, bw, [top])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Please put the block which is on {s} into the {bowl}.", _act(rels(Rel("in", top, bowl))))


def t304_rel_surveyor(w: World) -> Made:
    left = _unique_best(w, _live(w), w.y)
    if left is None:
        return None
    place = w.rng.choice(CORNERS)
    return _made(w, f"Move the block furthest to the left to the {place}.", _act(rels(Rel("at", left, place))))


def t304_rel_kid3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, s = w.rng.choice(pairs)
    return _made(w, f"put the block under the {top} in the bin!!", _act(rels(Rel("in_bin", s))))


def t304_rel_grandpa3(w: World) -> Made:
    right = _unique_best(w, _live(w), lambda b: -w.y(b))
    if right is None:
        return None
    bowls = [bw for bw in w.bowls if w.state.base(right) != bw and _room(w, bw, [right])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"That block way over on the right, the one furthest right, would you pop it in the {bowl} for me?"
    return _made(w, text, _act(rels(Rel("in", right, bowl))))


def t304_rel_plain85(w: World) -> Made:
    live = _live(w)
    b = w.rng.choice(live)
    if _depth(w.state, b) >= layout.MAX_TOWER:
        return None
    cands = [x for x in live if x not in _tower(w.state, b)]
    near = _unique_best(w, cands, lambda x: w.dist(x, b))
    if near is None:
        return None
    return _made(w, f"Put whichever block is closest to the {b} on top of the {b}.", _act(rels(Rel("on", near, b))))


# ----- keep ------------------------------------------------------------------------------------------
def t304_keep_bartender(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a = w.rng.choice(live)
    keeps = [b for b in live if b != a and b not in w.state.above(a)]
    bowls = [bw for bw in w.bowls if w.state.base(a) != bw and _room(w, bw, [a])]
    if not keeps or not bowls:
        return None
    b, bowl = w.rng.choice(keeps), w.rng.choice(bowls)
    return _made(w, f"get the {a} in the {bowl} but leave the {b} where it is, cheers",
                 _act(rels(Rel("in", a, bowl)), kept(b)))


def t304_keep_korean4(w: World) -> Made:
    live = _live(w)
    pairs = [(a, b) for a in live for b in live if _stackable(w, a, b)]
    if len(live) < 3 or not pairs:
        return None
    a, b = w.rng.choice(pairs)
    keeps = [c for c in live if c not in (a, b) and c not in w.state.above(a) and c not in w.state.above(b)]
    if not keeps:
        return None
    c = w.rng.choice(keeps)
    return _made(w, f"Please stack the {a} on the {b}, and keep the {c} at same place.",
                 _act(rels(Rel("on", a, b)), kept(c)))


def t304_keep_surveyor(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    others = [b for b in w.blocks if b not in inside]
    text = f"Empty the {bowl} into the bin. Every other block is to remain exactly where it is."
    return _made(w, text, _act(binned(inside), kept(*others)))


def t304_keep_kid3(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.support[b] not in w.state.support]
    if not cands or len(w.blocks) < 2:
        return None
    a = w.rng.choice(cands)
    others = [b for b in w.blocks if b != a]
    return _made(w, f"dont move the {a}!! put all the other blocks in the bin!", _act(binned(others), kept(a)))


def t304_keep_grandpa3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    live = [b for b in _live(w) if b not in inside]
    pairs = [(a, b) for a in live for b in live if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)

    def same_bowl(_i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(inside)

    text = f"I'd like the {a} stacked on the {b}, but that {bowl}, you leave it just as it is, all right?"
    return _made(w, text, _act(rels(Rel("on", a, b)), same_bowl, kept(*inside)))


def t304_keep_plain85(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.is_clear(b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    place = w.rng.choice(PLACES)
    others = [b for b in w.blocks if b != a]
    return _made(w, f"Move the {a} to {_place_words(place)} and leave everything else alone.",
                 _act(rels(Rel("at", a, place)), kept(*others)))


# ----- multi_step ------------------------------------------------------------------------------------
def t304_multi_bartender(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.rng.sample(live, 2)
    bowls = [bw for bw in w.bowls if _room(w, bw, [a, b])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"first the {a} in the {bowl}, then the {b} on top of it",
                 _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t304_multi_korean4(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.rng.sample(live, 2)
    bowls = [bw for bw in w.bowls if _room(w, bw, [b]) and a not in w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"First put the {a} to the bin, and then put the {b} in the {bowl}.",
                 _act(rels(Rel("in_bin", a), Rel("in", b, bowl))))


def t304_multi_surveyor(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.rng.sample(live, 3)
    p, q = w.rng.sample(CORNERS, 2)
    text = (f"First, move the {a} to the {p}. Second, move the {b} to the {q}. "
            f"Finally, set the {c} on top of the {a}.")
    return _made(w, text, _act(rels(Rel("at", a, p), Rel("at", b, q), Rel("on", c, a))))


def t304_multi_kid3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, s = w.rng.choice(pairs)
    bowls = [bw for bw in w.bowls if w.state.base(a) != bw and _room(w, bw, [a])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"first take the {a} off the {s}! then put it in the {bowl}!", _act(rels(Rel("in", a, bowl))))


def t304_multi_grandpa3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _live(w) if b not in inside]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = (f"First things first, clear out the {bowl}, those can all go in the bin, and after that "
            f"I'd like the {a} put in there.")
    return _made(w, text, _act(binned(inside), rels(Rel("in", a, bowl))))


def t304_multi_plain85(w: World) -> Made:
    live = _live(w)
    cands = [a for a in live if w.state.support[a] not in _ON_TABLE]
    if not cands or len(live) < 2:
        return None
    a = w.rng.choice(cands)
    b = w.rng.choice([x for x in live if x != a])
    return _made(w, f"Put the {a} on the table, then stack the {b} on it.",
                 _act(rels(Rel("on_table", a), Rel("on", b, a))))


# ----- question --------------------------------------------------------------------------------------
def t304_q_bartender(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"how many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t304_q_korean4(w: World) -> Made:
    pairs = w.pairs()
    live = _live(w)
    if w.rng.random() < 0.5 and pairs:
        a, b = w.rng.choice(pairs)
        return f"Is the {a} on top of {b} now?", answered("Yes")
    cands = [(a, b) for a in live for b in live if a != b and a not in _tower(w.state, b)]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    return f"Is the {a} on top of {b} now?", answered("No")


def t304_q_surveyor(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.support[b] not in _ON_TABLE]
    if not cands:
        return None
    a = w.rng.choice(cands)
    return f"What is directly beneath the {a}?", answered(w.state.support[a])


def t304_q_kid3(w: World) -> Made:
    pairs = [(top, s) for top, s in w.pairs() if w.state.is_clear(top)]
    if not pairs:
        return None
    top, s = w.rng.choice(pairs)
    return f"whats on top of the {s}??", answered(top)


def t304_q_grandpa3(w: World) -> Made:
    a = w.rng.choice(_live(w))
    bowl = w.rng.choice(w.bowls)
    flag = holds(Rel("in", a, bowl), w.state)
    text = f"Now tell me, how many blocks are there altogether, and is the {a} sitting in the {bowl}?"
    return text, answered(f"{len(w.blocks)}|{yes(flag)}")


def t304_q_plain85(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    return f"Which bowl is the {a} in?", answered(w.state.base(a))


# ----- matching --------------------------------------------------------------------------------------
def t304_match_bartender(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "any block that's got a bowl in its colour, pop it in that bowl", _act(rels(*want)))


def t304_match_korean4(w: World) -> Made:
    cands = [b for b in _live(w) if _bowl_of(w, w.colour(b))]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = _bowl_of(w, w.colour(a))
    if bowl is None or not _room(w, bowl, [a]):
        return None
    return _made(w, f"Please put the {a} in bowl of same color.", _act(rels(Rel("in", a, bowl))))


def t304_match_surveyor(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or len(rest) > len(PLACES):
        return None
    text = ("Each block whose colour matches a bowl goes into that bowl; every remaining block goes to the middle of "
            "the table.")
    return _made(w, text, _act(rels(*want), *(_base_is(b, (MIDDLE,)) for b in rest)))


def t304_match_kid3(w: World) -> Made:
    refs = [b for b in w.blocks if _bowl_of(w, w.colour(b))]
    if not refs:
        return None
    ref = w.rng.choice(refs)
    bowl = _bowl_of(w, w.colour(ref))
    cands = [a for a in _live(w) if a != ref and w.state.base(a) != bowl]
    if bowl is None or not cands or not _room(w, bowl, cands[:1]):
        return None
    a = w.rng.choice(cands)
    return _made(w, f"put the {a} in the bowl that is the same color as the {ref}!", _act(rels(Rel("in", a, bowl))))


def t304_match_grandpa3(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _block_of(w, w.colour(bw)) in _live(w)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    target = _block_of(w, w.colour(bowl))
    cands = [a for a in _live(w) if target is not None and _stackable(w, a, target)]
    if target is None or not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Would you put the {a} on top of whichever block is the same colour as the {bowl}? That'd be grand."
    return _made(w, text, _act(rels(Rel("on", a, target))))


def t304_match_plain85(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest:
        return None
    text = "Sort the blocks into the bowls that match their colour, and throw the others in the bin."
    return _made(w, text, _act(rels(*want), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("bartender", "korean4", "surveyor", "kid3", "grandpa3", "plain85")
FRESH304: list[Template] = [
    (f"t304_{short}_{style}", category, globals()[f"t304_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
