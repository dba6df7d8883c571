"""`FRESH279`, the two-hundred-and-eightieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl into the bin, leaving some things as they are, and plain questions about
the table (one or two in a message). Six personas, one per style:
- driver: a chatty taxi driver, street talk: "alright chief, grab the red block and stick it in the blue bowl, cheers"
- japanese2: a Japanese speaker writing English with small slips: "I want the red block is in the blue bowl, please."
- accountant: an accountant who likes counts and totals: "I need exactly 2 blocks in the bin, no more and no fewer."
- poet2: a would-be poet, flowery but clear: "Carry the red block, gentle as a falling leaf, into the blue bowl."
- shy: a shy, apologetic person: "um, sorry to bother you, could you put the red block in the bin? thank you"
- plain60: a plain, ordinary adult with no quirks: "Move the red block to the middle of the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on cda86fe, the code of 5e82692, before anything it could prompt): 0.70
goal-correct (210 of 300), 66 refused, 14 questions, 5 wrong actions, 5 wrong replies. The wrong actions: an
accountant's 'Two moves, please: X to the corner, and Y into the bin. That's the lot.' binned every block (5). The wrong
replies: 'How many blocks are there in total, and how many of those are in bowls?' answered the first only. The refusals
and questions: a taxi driver's 'alright chief, ... cheers', '...'s gotta be sittin in W when we're done here, that's the
deal' and 'dump every block outta W into the bin, all of em, thanks pal', a poet's similes ('gentle as a falling leaf',
'like snow upon a mountain top', 'alone and at peace', 'still as a sleeping pond', 'like birds to their nests'), 'let
every block that lies within W wander out onto the open table', 'All but X shall leave W and journey to the bin', 'the
block that lies nearest X, its closest companion', an accountant's totals after a request ('That's two blocks going in,
in total.', 'That should leave exactly two blocks outside the bin.', 'There are 2 blocks with a bowl of the same colour.
Put both of them ...'), a Japanese speaker's 'The blue block is keep as it is, don't move.', a shy user's 'but please
not the purple block, that one shouldn't go in'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, both, kept, matching, none_binned, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = list(PLACES[:4])
_FLOOR = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _hand_empty(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return both(*checks, _hand_empty)


def _r(*want: Rel) -> Check:
    return lambda _i, f: all(holds(r, f) for r in want)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to ask for)."""
    return None if check(w.state, w.state) else (text, check)


def _free(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _bottom(s: SymState, b: str) -> str:
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of b's tower up to b, b included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _lone(s: SymState, b: str) -> bool:
    return s.support[b] not in s.support and s.is_clear(b)


def _apart(s: SymState, *blocks: str) -> bool:
    """Every block in a different tower (or alone)."""
    return len({_bottom(s, b) for b in blocks}) == len(blocks)


def _stackable(s: SymState, x: str, y: str) -> bool:
    """x can go straight onto y: different towers, y's tower on the table, room for one more."""
    return x != y and _apart(s, x, y) and s.base(y) in _FLOOR and _depth(s, y) < layout.MAX_TOWER


def _room(s: SymState, bowl: str, *new: str) -> bool:
    coming = [b for b in new if s.base(b) != bowl]
    return len(s.in_bowl(bowl)) + len(coming) <= layout.BOWL_CAPACITY


def _on_floor(*blocks: str) -> Check:
    """Each block's tower stands on the table (anywhere on it, a named place included)."""
    return lambda _i, f: all(f.base(b) in _FLOOR for b in blocks)


def _not_in_bowl(w: World) -> list[str]:
    return [b for b in _free(w) if w.state.base(b) not in w.bowls]


def _towers(s: SymState) -> list[str]:
    """Bottoms of every tower of two or more blocks."""
    return [b for b in s.blocks if s.support[b] not in s.support and s.on_top(b)]


def _nearest(w: World, to: str, candidates: list[str]) -> str | None:
    """The candidate clearly nearest `to` (by 3 cm at least), when it stands alone."""
    ranked = sorted(candidates, key=lambda b: w.dist(b, to))
    if len(ranked) < 2 or w.dist(ranked[1], to) < w.dist(ranked[0], to) + 0.03:
        return None
    return ranked[0] if _lone(w.state, ranked[0]) else None


def _pending_matches(w: World) -> list[Rel]:
    return [r for r in matching(w) if not holds(r, w.state)]


def _bowl_for(w: World, x: str) -> str | None:
    """A bowl that x is not in and that has room for it."""
    options = [b for b in w.bowls if w.state.base(x) != b and _room(w.state, b, x)]
    return w.rng.choice(options) if options else None


# ----- imperative -------------------------------------------------------------------------------------
def t279_imp_driver(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    bowl = _bowl_for(w, x) if x else None
    if not bowl:
        return None
    return _made(w, f"alright chief, grab the {x} and stick it in the {bowl}, cheers", _act(_r(Rel("in", x, bowl))))


def t279_imp_japanese2(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in _free(w) for y in _free(w) if _stackable(s, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Please put the {x} on top the {y}.", _act(_r(Rel("on", x, y))))


def t279_imp_accountant(w: World) -> Made:
    x, y = w.pick(_free(w), 2) or (None, None)
    if not x:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"Two moves, please: the {x} to the {corner}, and the {y} into the bin. That's the lot."
    return _made(w, text, _act(_r(Rel("at", x, corner), Rel("in_bin", y))))


def t279_imp_poet2(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    bowl = _bowl_for(w, x) if x else None
    if not bowl:
        return None
    text = f"Carry the {x}, gentle as a falling leaf, into the {bowl}."
    return _made(w, text, _act(_r(Rel("in", x, bowl))))


def t279_imp_shy(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    if not x:
        return None
    text = f"um, sorry to bother you, could you put the {x} in the bin? thank you so much"
    return _made(w, text, _act(_r(Rel("in_bin", x))))


def t279_imp_plain60(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    if not x:
        return None
    return _made(w, f"Move the {x} to the middle of the table.", _act(_r(Rel("at", x, "middle"))))


# ----- declarative ------------------------------------------------------------------------------------
def t279_dec_driver(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    bowl = _bowl_for(w, x) if x else None
    if not bowl:
        return None
    text = f"ok so the {x}'s gotta be sittin in the {bowl} when we're done here, that's the deal"
    return _made(w, text, _act(_r(Rel("in", x, bowl))))


def t279_dec_japanese2(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    if not x:
        return None
    return _made(w, f"The {x} should be inside of the bin.", _act(_r(Rel("in_bin", x))))


def t279_dec_accountant(w: World) -> Made:
    x, y = w.pick(_free(w), 2) or (None, None)
    bowl = _bowl_for(w, x) if x else None
    if not bowl:
        return None
    text = f"For the record: the {x} belongs in the {bowl}, and the {y} belongs in the bin."
    return _made(w, text, _act(_r(Rel("in", x, bowl), Rel("in_bin", y))))


def t279_dec_poet2(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in _free(w) for y in _free(w) if _stackable(s, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"The {x} shall rest upon the {y}, like snow upon a mountain top."
    return _made(w, text, _act(_r(Rel("on", x, y))))


def t279_dec_shy(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    text = f"sorry, i think the {x} is supposed to be on the table, not in the {bowl}... if that's ok"
    return _made(w, text, _act(_on_floor(x)))


def t279_dec_plain60(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    if not x:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"The {x} goes in the {corner}.", _act(_r(Rel("at", x, corner))))


# ----- desiderative -----------------------------------------------------------------------------------
def t279_des_driver(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in _free(w) for y in _free(w) if _stackable(s, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"what i want is the {x} up on the {y}, like a little tower ya know"
    return _made(w, text, _act(_r(Rel("on", x, y))))


def t279_des_japanese2(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    bowl = _bowl_for(w, x) if x else None
    if not bowl:
        return None
    return _made(w, f"I want the {x} is in the {bowl}, please.", _act(_r(Rel("in", x, bowl))))


def t279_des_accountant(w: World) -> Made:
    s = w.state
    bowls = w.bowls
    bowl = w.rng.choice(bowls)
    outside = [b for b in _free(w) if s.base(b) != bowl]
    pair = w.pick(outside, 2)
    if not pair or not _room(s, bowl, *pair):
        return None
    x, y = pair
    text = f"I'd like the {x} and the {y} in the {bowl}. That's two blocks going in, in total."
    return _made(w, text, _act(_r(Rel("in", x, bowl), Rel("in", y, bowl))))


def t279_des_poet2(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    if not x:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"My wish is that the {x} should come to dwell in the {corner}, alone and at peace."
    return _made(w, text, _act(_r(Rel("at", x, corner))))


def t279_des_shy(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    if not x:
        return None
    text = f"i'd really like the {x} in the bin, if it's not too much trouble... sorry"
    return _made(w, text, _act(_r(Rel("in_bin", x))))


def t279_des_plain60(w: World) -> Made:
    trio = w.pick(_free(w), 3)
    if not trio:
        return None
    a, b, c = trio

    def tower(_i: SymState, f: SymState) -> bool:
        return (f.support[b] == a and f.support[c] == b and f.is_clear(c)
                and f.support[a] not in f.support and f.base(a) != BIN)

    text = f"My goal is a tower with the {a} at the bottom, the {b} in the middle and the {c} on top."
    return _made(w, text, _act(tower))


# ----- quantified -------------------------------------------------------------------------------------
def t279_qua_driver(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"dump every block outta the {bowl} into the bin, all of em, thanks pal"
    return _made(w, text, _act(binned(inside)))


def t279_qua_japanese2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.state.in_bowl(bowl)) == 2:
        return None
    text = f"Please make the {bowl} have exactly two blocks in it. Any blocks are OK."
    return _made(w, text, _act(lambda _i, f: len(f.in_bowl(bowl)) == 2))


def t279_qua_accountant(w: World) -> Made:
    free = _free(w)
    n = w.rng.randint(1, min(3, len(free)))
    word = "block" if n == 1 else "blocks"
    text = f"I need exactly {n} {word} in the bin, no more and no fewer. Which ones is up to you."
    return _made(w, text, _act(lambda _i, f: f.count_at(BIN) == n))


def t279_qua_poet2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"Let every block that lies within the {bowl} wander out onto the open table."
    return _made(w, text, _act(_on_floor(*inside)))


def t279_qua_shy(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or any(s.in_bowl(b) for b in w.bowls) or len(_free(w)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    text = "sorry, could you put one block in each bowl? any blocks are fine, i don't mind which"
    return _made(w, text, _act(lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)))


def t279_qua_plain60(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Put every block that's sitting in a bowl into the bin.", _act(binned(inside)))


# ----- negated ----------------------------------------------------------------------------------------
def t279_neg_driver(w: World) -> Made:
    s = w.state
    free = _free(w)
    keep = [b for b in free if s.support[b] not in s.support]
    if not keep:
        return None
    x = w.rng.choice(keep)
    others = [b for b in free if b != x]
    if len(others) > 5:
        return None
    text = f"toss all the blocks in the bin except the {x}, that one stays put, got it?"
    return _made(w, text, _act(binned(others), kept(x)))


def t279_neg_japanese2(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in _free(w) if s.base(b) != bowl]
    if not outside:
        return None
    x = w.rng.choice(outside)
    others = [b for b in _free(w) if b != x]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Please put all blocks in the {bowl}, but not the {x}."
    return _made(w, text, _act(_r(*(Rel("in", b, bowl) for b in others), Rel("in", x, bowl, negated=True))))


def t279_neg_accountant(w: World) -> Made:
    free = _free(w)
    pair = w.pick(free, 2)
    if not pair:
        return None
    x, y = pair
    others = [b for b in free if b not in pair]
    if not others or len(others) > 5:
        return None
    text = (f"Bin every block except the {x} and the {y}. That should leave exactly two blocks "
            f"outside the bin.")
    return _made(w, text, _act(binned(others), none_binned([x, y])))


def t279_neg_poet2(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if len(s.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    x = w.rng.choice(inside)
    others = [b for b in inside if b != x]
    text = f"All but the {x} shall leave the {bowl} and journey to the bin."
    return _made(w, text, _act(binned(others), _r(Rel("in", x, bowl))))


def t279_neg_shy(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in _free(w) if s.base(b) != bowl]
    pair = w.pick(outside, 2)
    if not pair or not _room(s, bowl, pair[0]):
        return None
    x, y = pair
    text = f"sorry, um, could you move the {x} into the {bowl}? but please not the {y}, that one shouldn't go in"
    return _made(w, text, _act(_r(Rel("in", x, bowl), Rel("in", y, bowl, negated=True))))


def t279_neg_plain60(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    text = f"Take the {x} out of the {bowl}, but don't put it in the bin."
    return _made(w, text, _act(_r(Rel("in", x, bowl, negated=True), Rel("in_bin", x, negated=True))))


# ----- relative ---------------------------------------------------------------------------------------
def t279_rel_driver(w: World) -> Made:
    s = w.state
    pairs = [(top, below) for top, below in w.pairs() if s.on_top(below) == [top] and s.is_clear(top)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"see the block sittin on top of the {below}? bin it, boss"
    return _made(w, text, _act(_r(Rel("in_bin", top))))


def t279_rel_japanese2(w: World) -> Made:
    s = w.state
    pairs = [(x, z) for x, z in w.pairs() if s.support[z] not in s.support]
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    bowl = _bowl_for(w, z)
    if not bowl:
        return None
    text = f"Please move the block under the {x} to the {bowl}."
    return _made(w, text, _act(_r(Rel("in", z, bowl))))


def t279_rel_accountant(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    z = _nearest(w, bowl, _not_in_bowl(w))
    if not z or not _room(w.state, bowl, z):
        return None
    text = f"Of the blocks outside the bowls, the one closest to the {bowl} goes into it. One block, one move."
    return _made(w, text, _act(_r(Rel("in", z, bowl))))


def t279_rel_poet2(w: World) -> Made:
    s = w.state
    (x,) = w.pick(_free(w)) or (None,)
    if not x:
        return None
    z = _nearest(w, x, [b for b in _free(w) if _bottom(s, b) != _bottom(s, x)])
    bowl = _bowl_for(w, z) if z else None
    if not bowl:
        return None
    text = f"Bring the block that lies nearest the {x}, its closest companion, into the {bowl}."
    return _made(w, text, _act(_r(Rel("in", z, bowl))))


def t279_rel_shy(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    (z,) = w.state.in_bowl(bowl)
    text = f"sorry... the block that's in the {bowl}, could you take it out and put it on the table? thanks"
    return _made(w, text, _act(_on_floor(z)))


def t279_rel_plain60(w: World) -> Made:
    s = w.state
    bottoms = _towers(s)
    if len(bottoms) != 1:
        return None
    top = s.above(bottoms[0])[0]
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Move the block at the top of the tower to the {corner}.", _act(_r(Rel("at", top, corner))))


# ----- keep -------------------------------------------------------------------------------------------
def _keepable(w: World, movers: list[str]) -> list[str]:
    """Blocks that need not move when `movers` (and what is on them) are moved."""
    s = w.state
    above = {a for m in movers for a in s.above(m)}
    return [b for b in _free(w) if b not in movers and b not in above]


def t279_keep_driver(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    if not x:
        return None
    stay = _keepable(w, [x])
    if not stay:
        return None
    y = w.rng.choice(stay)
    corner = w.rng.choice(_CORNERS)
    text = f"move the {x} over to the {corner} but don't you touch the {y}, leave it right where it is"
    return _made(w, text, _act(_r(Rel("at", x, corner)), kept(y)))


def t279_keep_japanese2(w: World) -> Made:
    (x,) = w.pick(_free(w)) or (None,)
    bowl = _bowl_for(w, x) if x else None
    if not bowl:
        return None
    stay = _keepable(w, [x])
    if not stay:
        return None
    y = w.rng.choice(stay)
    text = f"Please put the {x} in the {bowl}. The {y} is keep as it is, don't move."
    return _made(w, text, _act(_r(Rel("in", x, bowl)), kept(y)))


def t279_keep_accountant(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if not pair:
        return None
    x, y = pair
    stay = _keepable(w, [x, y])
    others = [b for b in _free(w) if b not in pair]
    if not others or sorted(stay) != sorted(others):
        return None
    n = len(others)
    rest = "the other block stays" if n == 1 else f"the other {n} blocks stay"
    text = f"Put the {x} and the {y} in the bin; {rest} exactly where they are."
    if n == 1:
        text = text.replace("where they are", "where it is")
    return _made(w, text, _act(binned([x, y]), kept(*others)))


def t279_keep_poet2(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in _free(w) for y in _free(w) if _stackable(s, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    stay = [b for b in _keepable(w, [x, y]) if b != y]
    if not stay:
        return None
    z = w.rng.choice(stay)
    text = f"Lift the {x} onto the {y}, yet leave the {z} undisturbed, still as a sleeping pond."
    return _made(w, text, _act(_r(Rel("on", x, y)), kept(z)))


def t279_keep_shy(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in _free(w) if s.base(b) != bowl]
    if not outside:
        return None
    x = w.rng.choice(outside)
    inside = s.in_bowl(bowl)

    def untouched(i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl)) and kept(*inside)(i, f)

    text = f"could you put the {x} in the bin? sorry, and please leave the {bowl} just as it is"
    return _made(w, text, _act(_r(Rel("in_bin", x)), untouched))


def t279_keep_plain60(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if not inside:
        return None
    z = w.rng.choice(inside)
    bowl = s.base(z)
    pairs = [(x, y) for x in _free(w) for y in _free(w) if z not in (x, y) and _stackable(s, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"Stack the {x} on the {y}, but keep the {z} in the {bowl}."
    return _made(w, text, _act(_r(Rel("on", x, y), Rel("in", z, bowl))))


# ----- multi-step -------------------------------------------------------------------------------------
def t279_multi_driver(w: World) -> Made:
    s = w.state
    trio = w.pick(_free(w), 3)
    if not trio or not _apart(s, *trio):
        return None
    x, y, z = trio
    bowl = _bowl_for(w, x)
    if not bowl or not _stackable(s, y, z):
        return None
    text = f"first grab the {x} and put it in the {bowl}, then stick the {y} on top of the {z}, easy"
    return _made(w, text, _act(_r(Rel("in", x, bowl), Rel("on", y, z))))


def t279_multi_japanese2(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if not pair:
        return None
    x, y = pair
    bowl = _bowl_for(w, y)
    if not bowl:
        return None
    text = f"First, please put the {x} to the bin. After that, put the {y} in the {bowl}."
    return _made(w, text, _act(_r(Rel("in_bin", x), Rel("in", y, bowl))))


def t279_multi_accountant(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if not pair:
        return None
    x, y = pair
    c1, c2 = w.rng.sample(_CORNERS, 2)
    text = f"Step 1: move the {x} to the {c1}. Step 2: move the {y} to the {c2}. Two steps in total."
    return _made(w, text, _act(_r(Rel("at", x, c1), Rel("at", y, c2))))


def t279_multi_poet2(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in _free(w) if s.base(b) != bowl]
    pair = w.pick(outside, 2)
    if not pair or not _room(s, bowl, *pair):
        return None
    x, y = pair
    text = f"First let the {x} sink softly into the {bowl}; then let the {y} follow it there."
    return _made(w, text, _act(_r(Rel("in", x, bowl), Rel("in", y, bowl))))


def t279_multi_shy(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"sorry, could you first take the {x} off the {y}, and then put the {y} in the bin? thank you"
    return _made(w, text, _act(_r(Rel("in_bin", y), Rel("on", x, y, negated=True))))


def t279_multi_plain60(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = s.base(x)
    outside = [b for b in _free(w) if s.base(b) != bowl]
    if not outside:
        return None
    y = w.rng.choice(outside)
    text = f"Take the {x} out of the {bowl} and put it in the middle, then put the {y} in the {bowl}."
    return _made(w, text, _act(_r(Rel("at", x, "middle"), Rel("in", y, bowl))))


# ----- question ---------------------------------------------------------------------------------------
def t279_q_driver(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return f"hey so how many blocks we got in the {bowl} right now?", answered(str(n))


def t279_q_japanese2(w: World) -> Made:
    s = w.state
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
        return f"Is the {x} on the {y}?", answered("Yes")
    options = [(x, y) for x in _free(w) for y in _free(w)
               if x != y and y not in s.above(x) and x not in s.above(y)]
    if not options:
        return None
    x, y = w.rng.choice(options)
    return f"Is the {x} on the {y}?", answered(yes(s.support[x] == y))


def t279_q_accountant(w: World) -> Made:
    k = len(w.in_bowls())
    if not k:
        return None
    total = len(w.blocks)
    return "How many blocks are there in total, and how many of those are in bowls?", answered(f"{total}|{k}")


def t279_q_poet2(w: World) -> Made:
    s = w.state
    covered = [b for b in _free(w) if not s.is_clear(b)]
    if covered and w.rng.random() < 0.6:
        x = w.rng.choice(covered)
        answer = s.on_top(x)[0]
    else:
        x = w.rng.choice(_free(w))
        answer = s.on_top(x)[0] if s.on_top(x) else "nothing"
    return f"Tell me, what rests upon the {x}?", answered(answer)


def t279_q_shy(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if s.support[b] in w.bowls]
    if not inside:
        return None
    x = w.rng.choice(inside)
    return f"sorry, um, where is the {x}? i can't quite see it", answered(s.support[x])


def t279_q_plain60(w: World) -> Made:
    s = w.state
    x = w.rng.choice(_free(w))
    inside = s.base(x) in w.bowls
    text = f"How many bowls are there, and is the {x} in one of them?"
    return text, answered(f"{len(w.bowls)}|{yes(inside).lower()}")


# ----- matching ---------------------------------------------------------------------------------------
def t279_match_driver(w: World) -> Made:
    options = [r for r in _pending_matches(w) if _room(w.state, r.target, r.block)]
    if not options:
        return None
    r = w.rng.choice(options)
    text = f"drop the {r.block} in the bowl that's the same colour as it, colour to colour, ya know"
    return _made(w, text, _act(_r(r)))


def _all_matches(w: World) -> list[Rel] | None:
    want = matching(w)
    if not _pending_matches(w) or not all(_room(w.state, b, *[r.block for r in want if r.target == b])
                                          for b in w.bowls):
        return None
    return want


def t279_match_japanese2(w: World) -> Made:
    want = _all_matches(w)
    if not want:
        return None
    return _made(w, "Please put blocks into the bowl of same colour, if there is one.", _act(_r(*want)))


def t279_match_accountant(w: World) -> Made:
    want = _all_matches(w)
    if not want:
        return None
    n = len(want)
    if n == 1:
        text = "There is 1 block with a bowl of the same colour. Put that 1 block into its matching bowl."
    else:
        every = "both" if n == 2 else f"all {n}"
        text = f"There are {n} blocks with a bowl of the same colour. Put {every} of them into their matching bowls."
    return _made(w, text, _act(_r(*want)))


def t279_match_poet2(w: World) -> Made:
    want = _all_matches(w)
    if not want:
        return None
    text = "Let every block that shares a bowl's colour go home to that bowl, like birds to their nests."
    return _made(w, text, _act(_r(*want)))


def t279_match_shy(w: World) -> Made:
    want = _all_matches(w)
    if not want:
        return None
    text = "um, could you maybe put each block that has a bowl of its own colour into that bowl? sorry, thanks"
    return _made(w, text, _act(_r(*want)))


def t279_match_plain60(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    y, bowl = w.rng.choice(want).args
    options = [x for x in _free(w) if x != y and w.state.base(x) != bowl and _room(w.state, bowl, x)]
    if not options:
        return None
    x = w.rng.choice(options)
    text = f"Put the {x} in the bowl that matches the colour of the {y}."
    return _made(w, text, _act(_r(Rel("in", x, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("driver", "japanese2", "accountant", "poet2", "shy", "plain60")
FRESH279: list[Template] = [
    (f"t279_{short}_{style}", category, globals()[f"t279_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
