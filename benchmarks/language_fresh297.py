"""`FRESH297`, the two-hundred-and-ninety-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing into the chat window for the first time in their own
plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six kinds of first-time users, one per style:
- gardener2: a gardener, calm and earthy: "Take the red block and lay it down in the blue bowl, gently now."
- turkish3: a Turkish speaker writing English with small slips, object names right:
  "Can you put the red block on the top of the blue block, please?"
- pilot2: an airline pilot, calm radio-style phrasing: "Operator to arm: move the red block to the middle. Over."
- streamer: a live streamer talking to chat while asking: "ok chat watch this, toss the red block in the bin"
- aunt3: an aunt, fussy and detailed: "The blue bowl should be empty, dear. Not one single block left in it, mind."
- plain78: a plain, ordinary adult with no quirks at all: "Empty the blue bowl into the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 08f7254, the code of 314adaa, before anything it could prompt): 0.76
goal-correct (228 of 300), 65 refused, 3 questions, 4 wrong actions. The wrong actions: a streamer's 'chat we're doing
exactly one block in every bowl, lets gooo' took the only block out of a bowl, and 'ok chat put X on top of whatever
block is the same colour as W' put X in its own bowl. The refusals and questions: an aunt's 'I'd like a neat little
tower, dear: X at the bottom, Y on that, and Z right on the very top. Nicely lined up, please.', 'What I'd really like,
dear, is X sitting on top of Y, with the two of them together in W.' and 'The blocks that match a bowl go in their own
bowls, dear, and every other block goes in the bin. I won't have them cluttering up the table.'; a gardener's '..., like
one stone laid on another in a garden wall.' and 'X shouldn't stay in W any longer; give it a spot out on the table
instead.'; a pilot's 'Final position for X is the corner. Over.', '..., but negative on the bin: none of them goes in
the bin. Over.' and 'Sort the blocks into the bowls of the same colour. All other blocks, hold position. Over.'; a
streamer's 'chat i really want X in the middle of the table rn, lets see if it gets it', 'chat we're stacking X on Y but
dont mess with W, it stays exactly how it is', 'chat wants to know how many blocks are in W, and also is X in a bowl or
not' and 'chat you voted for it so here we go, ...'; a plain adult's 'Find the block closest to W, not counting any
already in it, and put it in W.'.
"""

from __future__ import annotations

import math

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
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
_MIDDLE = "middle" if "middle" in PLACES else PLACES[-1]
_BIN_ROOM = 5  # the most blocks a template asks to go in the bin


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _free(w: World) -> list[str]:
    """Blocks the arm can work with: not in the bin and not held."""
    return [b for b in w.blocks if w.state.base(b) != BIN and b != w.state.held]


def _depth(s: SymState, b: str) -> int:
    """How high `b` sits in its tower (1: at the bottom)."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _bottom(s: SymState, b: str) -> str:
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _apart(s: SymState, *blocks: str) -> bool:
    """The blocks stand in different towers."""
    return len({_bottom(s, b) for b in blocks}) == len(blocks)


def _can_stack(s: SymState, top: str, below: str) -> bool:
    return top != below and _apart(s, top, below) and _depth(s, below) + 1 <= layout.MAX_TOWER


def _above(s: SymState, b: str) -> set[str]:
    return set(s.above(b))


def _room(s: SymState, bowl: str, adding: list[str]) -> bool:
    new = [b for b in adding if s.base(b) != bowl]
    return len(s.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _on_table(*blocks: str) -> Check:
    """On the table as people say it: its tower stands on the table (or a named place on it)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _all_in(blocks: list[str], bowl: str) -> Check:
    return lambda _i, f: all(f.base(b) == bowl for b in blocks)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _nearest(w: World, dists: dict[str, float], margin: float = 0.04) -> str | None:
    """The block with the smallest distance, when it is clearly the smallest (a tower's blocks tie)."""
    if len(dists) < 2:
        return next(iter(dists), None)
    order = sorted(dists, key=lambda b: dists[b])
    return order[0] if dists[order[1]] - dists[order[0]] >= margin else None


def _place_dist(w: World, b: str, place: str) -> float:
    x, y = w.scene.get(b).position[:2]
    px, py = layout.PLACES[place]
    return math.hypot(x - px, y - py)


def _bowl_of(w: World, colour: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == colour), None)


def _block_of(w: World, colour: str) -> str | None:
    return next((b for b in w.blocks if w.colour(b) == colour), None)


# ----- imperative -----------------------------------------------------------------------------------
def t297_imp_gardener2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w.state, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice([
        f"Could you settle the {b} into the {bowl}, like a seedling into its pot?",
        f"Take the {b} and lay it down in the {bowl}, gently now.",
    ])
    return _made(w, text, rels(Rel("in", b, bowl)))


def t297_imp_turkish3(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w.state, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice([
        f"Can you put the {a} on the top of the {b}, please?",
        f"Please you put the {a} onto the {b}.",
    ])
    return _made(w, text, rels(Rel("on", a, b)))


def t297_imp_pilot2(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    b, place = w.rng.choice(cands), w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Operator to arm: move the {b} to the {place}. Over.",
        f"Arm, take the {b} and set it down at the {place}, over.",
    ])
    return _made(w, text, rels(Rel("at", b, place)))


def t297_imp_streamer(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice([
        f"ok chat watch this, toss the {b} in the bin",
        f"chat you voted for it so here we go, throw the {b} into the bin",
    ])
    return _made(w, text, binned([b]))


def _tower3(bottom: str, mid: str, top: str) -> Check:
    def check(_i: SymState, f: SymState) -> bool:
        s = f.support
        return (s[bottom] not in f.support and s[bottom] != BIN and s[mid] == bottom and s[top] == mid
                and f.is_clear(top))
    return check


def t297_imp_aunt3(w: World) -> Made:
    cands = _free(w)
    if len(cands) < 3:
        return None
    bottom, mid, top = w.rng.sample(cands, 3)
    text = (f"Now, I'd like a neat little tower, dear: the {bottom} at the bottom, the {mid} on that, and the "
            f"{top} right on the very top. Nicely lined up, please.")
    return _made(w, text, _tower3(bottom, mid, top))


def t297_imp_plain78(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    if len(inside) > _BIN_ROOM:
        return None
    text = w.rng.choice([f"Empty the {bowl} into the bin.", f"Please tip everything in the {bowl} into the bin."])
    return _made(w, text, binned(inside), empty(bowl))


# ----- declarative ----------------------------------------------------------------------------------
def t297_dec_gardener2(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w.state, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"The {a} ought to rest on top of the {b}, like one stone laid on another in a garden wall."
    return _made(w, text, rels(Rel("on", a, b)))


def t297_dec_turkish3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w.state, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice([f"The {b} must to be inside the {bowl}.", f"The {b} should be in the {bowl}, is more better."])
    return _made(w, text, rels(Rel("in", b, bowl)))


def t297_dec_pilot2(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    b, place = w.rng.choice(cands), w.rng.choice(PLACES)
    text = f"Final position for the {b} is the {place}. Over."
    return _made(w, text, rels(Rel("at", b, place)))


def t297_dec_streamer(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"alright chat the {b} is going in the bin, thats final lol"
    return _made(w, text, binned([b]))


def t297_dec_aunt3(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"The {bowl} should be empty, dear. Not one single block left in it, mind."
    return _made(w, text, empty(bowl))


def t297_dec_plain78(w: World) -> Made:
    inside = [b for b in _free(w) if w.state.base(b) in w.bowls]
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = f"The {b} should be on the table, not in the {bowl}."
    return _made(w, text, _on_table(b))


# ----- desiderative ---------------------------------------------------------------------------------
def t297_des_gardener2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w.state, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    text = f"I'd like to see the {b} tucked into the {bowl}, snug as a bulb in the soil."
    return _made(w, text, rels(Rel("in", b, bowl)))


def t297_des_turkish3(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w.state, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"I want that the {a} is on the {b}."
    return _made(w, text, rels(Rel("on", a, b)))


def t297_des_pilot2(w: World) -> Made:
    cands = _free(w)
    if len(cands) < 2:
        return None
    a, b = w.rng.sample(cands, 2)
    text = f"I'd like the {a} and the {b} both in the bin, please. Over."
    return _made(w, text, binned([a, b]))


def t297_des_streamer(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"chat i really want the {b} in the {_MIDDLE} of the table rn, lets see if it gets it"
    return _made(w, text, rels(Rel("at", b, _MIDDLE)))


def t297_des_aunt3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w.state, a, b)]
    pairs = [(a, b) for a, b in pairs if _room(w.state, bowl, [a, b])]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"What I'd really like, dear, is the {a} sitting on top of the {b}, with the two of them together "
            f"in the {bowl}.")
    return _made(w, text, rels(Rel("on", a, b), Rel("in", b, bowl)))


def t297_des_plain78(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"My goal is to have the {bowl} emptied out, with its blocks on the table."
    return _made(w, text, empty(bowl), _on_table(*inside))


# ----- quantified -----------------------------------------------------------------------------------
def t297_qua_gardener2(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = "Let's lift every block out of the bowls and lay them all on the table."
    return _made(w, text, _on_table(*inside))


def t297_qua_turkish3(w: World) -> Made:
    cands = _free(w)
    if len(cands) > _BIN_ROOM:
        return None
    text = w.rng.choice(["Please put all the blocks in to the bin.", "Put every blocks into the bin please."])
    return _made(w, text, binned(cands))


def t297_qua_pilot2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(_free(w)) < 2:
        return None
    text = f"Exactly two blocks in the {bowl}, any two will do. Over."
    return _made(w, text, count_in(bowl, 2))


def _one_each(bowls: list[str]) -> Check:
    return lambda _i, f: all(len(f.in_bowl(bw)) == 1 for bw in bowls)


def t297_qua_streamer(w: World) -> Made:
    if len(w.bowls) < 2 or len(_free(w)) < len(w.bowls):
        return None
    text = "chat we're doing exactly one block in every bowl, lets gooo"
    return _made(w, text, _one_each(w.bowls))


def t297_qua_aunt3(w: World) -> Made:
    out = [b for b in _free(w) if b in w.state.on_the_table()]
    inside = w.state.in_bowls()
    if not out or not inside or len(out) > _BIN_ROOM:
        return None
    text = ("Now then, every last block that's out on the table goes in the bin, please. The ones in the bowls "
            "are fine just where they are, dear.")
    return _made(w, text, binned(out), kept(*inside))


def t297_qua_plain78(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(_free(w)) < 3:
        return None
    text = w.rng.choice([f"Make sure the {bowl} has exactly three blocks in it.",
                         f"I need exactly three blocks in the {bowl}, whichever ones."])
    return _made(w, text, count_in(bowl, 3))


# ----- negated --------------------------------------------------------------------------------------
def t297_neg_gardener2(w: World) -> Made:
    inside = [b for b in _free(w) if w.state.base(b) in w.bowls]
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = f"The {b} shouldn't stay in the {bowl} any longer; give it a spot out on the table instead."
    return _made(w, text, _on_table(b))


def t297_neg_turkish3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.rng.choice(cands)
    others = [x for x in _free(w) if x != b]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Please put all blocks in the {bowl}, but not the {b}."
    return _made(w, text, _all_in(others, bowl), lambda _i, f: f.base(b) != bowl)


def t297_neg_pilot2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"Move every block out of the {bowl}, but negative on the bin: none of them goes in the bin. Over."
    return _made(w, text, empty(bowl), none_binned(inside))


def t297_neg_streamer(w: World) -> Made:
    out = [b for b in _free(w) if b in w.state.on_the_table()]
    s = w.state
    # the two that stay must not stand on a block that goes
    cands = [b for b in out if s.support[b] in _GROUND]
    if len(cands) < 2:
        return None
    a, b = w.rng.sample(cands, 2)
    rest = [x for x in out if x not in (a, b)]
    if not rest or len(rest) > _BIN_ROOM:
        return None
    text = f"ok chat everything on the table goes in the bin except the {a} and the {b}, those two stay where they are"
    return _made(w, text, binned(rest), kept(a, b))


def t297_neg_aunt3(w: World) -> Made:
    s = w.state
    cands = [b for b in _free(w) if s.support[b] not in s.support]
    if not cands:
        return None
    b = w.rng.choice(cands)
    others = [x for x in _free(w) if x != b]
    if not others or len(others) > _BIN_ROOM:
        return None
    text = f"All the blocks go in the bin except the {b}, dear; that one stays put, I'm rather fond of it."
    return _made(w, text, binned(others), kept(b))


def t297_neg_plain78(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if a in _free(w)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Get the {a} off the {b}, but don't put it in the bin."
    return _made(w, text, _not(Rel("on", a, b)), none_binned([a]))


# ----- relative -------------------------------------------------------------------------------------
def t297_rel_gardener2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pairs = [(a, b) for a, b in w.pairs() if a in _free(w) and w.state.base(a) != bowl]
    if not pairs or not _room(w.state, bowl, [pairs[0][0]]):
        return None
    top, below = w.rng.choice(pairs)
    text = f"Take whichever block is resting on the {below} and set it down in the {bowl}."
    return _made(w, text, rels(Rel("in", top, bowl)))


def t297_rel_turkish3(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if b in _free(w)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Please take the block under the {top} and put it to the bin."
    return _made(w, text, binned([below]))


def t297_rel_pilot2(w: World) -> Made:
    place = w.rng.choice(PLACES)
    b = _nearest(w, {x: _place_dist(w, x, place) for x in _free(w)})
    if b is None:
        return None
    text = f"Block nearest the {place}: move it onto the {place}. Over."
    return _made(w, text, rels(Rel("at", b, place)))


def t297_rel_streamer(w: World) -> Made:
    ones = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    x = w.state.in_bowl(bowl)[0]
    cands = [b for b in _free(w) if _can_stack(w.state, x, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"yo chat watch, put the block thats in the {bowl} on top of the {b}"
    return _made(w, text, rels(Rel("on", x, b)))


def t297_rel_aunt3(w: World) -> Made:
    inside = [b for b in _free(w) if w.state.base(b) in w.bowls]
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    cands = [a for a in _free(w) if w.state.base(a) != bowl]
    if not cands or not _room(w.state, bowl, cands[:1]):
        return None
    a = w.rng.choice(cands)
    text = f"Put the {a} into the same bowl the {b} is sitting in, would you, dear? Carefully."
    return _made(w, text, rels(Rel("in", a, bowl)))


def t297_rel_plain78(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.state.in_bowl(bowl)) >= layout.BOWL_CAPACITY:
        return None
    b = _nearest(w, {x: w.dist(x, bowl) for x in _free(w) if w.state.base(x) != bowl})
    if b is None:
        return None
    text = f"Find the block closest to the {bowl}, not counting any already in it, and put it in the {bowl}."
    return _made(w, text, rels(Rel("in", b, bowl)))


# ----- keep -----------------------------------------------------------------------------------------
def t297_keep_gardener2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w.state, bowl, cands[:1]):
        return None
    a = w.rng.choice(cands)
    others = [c for c in _free(w) if c != a and c not in _above(w.state, a)]
    if not others:
        return None
    c = w.rng.choice(others)
    text = f"Pop the {a} into the {bowl}, but let the {c} stay just where it's planted."
    return _made(w, text, rels(Rel("in", a, bowl)), kept(c))


def t297_keep_turkish3(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w.state, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    s = w.state
    others = [c for c in _free(w) if c not in (a, b) and c not in _above(s, a) | _above(s, b)]
    if not others:
        return None
    c = w.rng.choice(others)
    text = f"Put the {a} on the {b} but don't touch the {c}, it must stay in same place."
    return _made(w, text, rels(Rel("on", a, b)), kept(c))


def t297_keep_pilot2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    others = [c for c in _free(w) if c not in inside]
    if not others or len(inside) > _BIN_ROOM:
        return None
    c = w.rng.choice(others)
    text = f"Clear the {bowl} into the bin and keep the {c} where it is. Over."
    return _made(w, text, binned(inside), empty(bowl), kept(c))


def _bowl_as_is(bowl: str) -> Check:
    return lambda i, f: sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl)) and all(
        f.support[b] == i.support[b] for b in i.in_bowl(bowl))


def t297_keep_streamer(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    outside = [b for b in _free(w) if w.state.base(b) != bowl]
    pairs = [(a, b) for a in outside for b in outside if _can_stack(w.state, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"chat we're stacking the {a} on the {b} but dont mess with the {bowl}, it stays exactly how it is"
    return _made(w, text, rels(Rel("on", a, b)), _bowl_as_is(bowl))


def t297_keep_aunt3(w: World) -> Made:
    cands = [b for b in _free(w) if w.state.is_clear(b)]
    if not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(PLACES)
    others = [b for b in w.blocks if b != a]
    text = (f"Move the {a} to the {place}, and leave everything else exactly as it is, dear. I had it all "
            "just so.")
    return _made(w, text, rels(Rel("at", a, place)), kept(*others))


def t297_keep_plain78(w: World) -> Made:
    cands = _free(w)
    if len(cands) < 3:
        return None
    a, b = w.rng.sample(cands, 2)
    s = w.state
    others = [c for c in cands if c not in (a, b) and c not in _above(s, a) | _above(s, b)]
    if not others:
        return None
    c = w.rng.choice(others)
    text = f"Throw the {a} and the {b} in the bin, but keep the {c} as it is."
    return _made(w, text, binned([a, b]), kept(c))


# ----- multi-step -----------------------------------------------------------------------------------
def t297_multi_gardener2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _free(w)
    if len(cands) < 2:
        return None
    a, b = w.rng.sample(cands, 2)
    if not _room(w.state, bowl, [a, b]):
        return None
    text = f"First set the {a} in the {bowl}, then lay the {b} on top of it."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


def t297_multi_turkish3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _free(w)
    if len(cands) < 2:
        return None
    a, b = w.rng.sample(cands, 2)
    if w.state.base(b) == bowl or not _room(w.state, bowl, [b]) or b in _above(w.state, a):
        return None
    text = f"First put the {a} to the bin, after that put the {b} in the {bowl}."
    return _made(w, text, binned([a]), rels(Rel("in", b, bowl)))


def t297_multi_pilot2(w: World) -> Made:
    cands = _free(w)
    if len(cands) < 2:
        return None
    a, b = w.rng.sample(cands, 2)
    place = w.rng.choice(PLACES)
    text = f"Step one, the {a} to the {place}. Step two, the {b} on top of the {a}. Over."
    return _made(w, text, rels(Rel("at", a, place), Rel("on", b, a)))


def t297_multi_streamer(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _free(w) if b not in inside]
    if not cands or len(inside) > _BIN_ROOM:
        return None
    a = w.rng.choice(cands)
    text = f"ok chat first we empty the {bowl} into the bin and then we put the {a} in it, easy"
    return _made(w, text, binned(inside), lambda _i, f: f.in_bowl(bowl) == [a])


def t297_multi_aunt3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pairs = [(a, b) for a, b in w.pairs() if b in _free(w) and w.state.base(b) != bowl]
    if not pairs or not _room(w.state, bowl, [pairs[0][1]]):
        return None
    a, b = w.rng.choice(pairs)
    text = (f"First take the {a} off the {b} and put it on the table, and then the {b} goes into the {bowl}, "
            "dear. One at a time, please.")
    return _made(w, text, _on_table(a), rels(Rel("in", b, bowl)))


def t297_multi_plain78(w: World) -> Made:
    s = w.state
    trios = [(a, b, c) for a in _free(w) for b in _free(w) for c in _free(w)
             if _can_stack(s, a, b) and c not in (a, b) and _apart(s, a, c) and _apart(s, b, c)]
    if not trios:
        return None
    a, b, c = w.rng.choice(trios)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"Put the {a} on the {b}, and after that move the {c} to the {place}.",
                         f"Stack the {a} on the {b}. Once that's done, move the {c} to the {place}."])
    return _made(w, text, rels(Rel("on", a, b), Rel("at", c, place)))


# ----- questions ------------------------------------------------------------------------------------
def t297_q_gardener2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks are resting in the {bowl} just now?", answered(str(n))


def t297_q_turkish3(w: World) -> Made:
    s = w.state
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.rng.choice(w.pairs())
    else:
        cands = [(a, b) for a in w.blocks for b in w.blocks if a != b and a not in _above(s, b)]
        if not cands:
            return None
        a, b = w.rng.choice(cands)
    return f"Is the {a} on top the {b}?", answered(yes(s.support[a] == b))


def t297_q_pilot2(w: World) -> Made:
    cands = [b for b in w.blocks if len(w.state.above(b)) <= 1]
    if not cands:
        return None
    b = w.rng.choice(cands)
    top = w.state.on_top(b)
    return f"Confirm what is sitting on top of the {b}, over.", answered(top[0] if top else "nothing")


def t297_q_streamer(w: World) -> Made:
    bowl, a = w.rng.choice(w.bowls), w.rng.choice(w.blocks)
    n = len(w.state.in_bowl(bowl))
    text = f"chat wants to know how many blocks are in the {bowl}, and also is the {a} in a bowl or not"
    return text, answered(f"{n}|{yes(w.state.base(a) in w.bowls)}")


def t297_q_aunt3(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return f"Now tell me, dear, which bowl is the {b} in? I can't quite see from here.", answered(w.state.base(b))


def t297_q_plain78(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.blocks)
    text = f"How many blocks are there altogether, and is the {bowl} empty?"
    return text, answered(f"{n}|{yes(not w.state.in_bowl(bowl))}")


# ----- matching -------------------------------------------------------------------------------------
def t297_match_gardener2(w: World) -> Made:
    want = [r for r in matching(w) if r.block in _free(w)]
    if not want:
        return None
    text = "Could you put each block into the bowl that matches its colour, the way you'd sort seeds into packets?"
    return _made(w, text, rels(*want))


def t297_match_turkish3(w: World) -> Made:
    want = [r for r in matching(w) if r.block in _free(w) and not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    if not _room(w.state, r.target, [r.block]):
        return None
    text = f"Put the {r.block} in the bowl which has same colour with it."
    return _made(w, text, rels(r))


def t297_match_pilot2(w: World) -> Made:
    s = w.state
    want = [r for r in matching(w) if r.block in _free(w)]
    if not want:
        return None
    movers = [r.block for r in want if not holds(r, s)]
    stay = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(x in _above(s, m) for m in movers for x in stay):
        return None
    for r in want:
        if len([b for b in s.in_bowl(r.target) if b in stay]) + 1 > layout.BOWL_CAPACITY:
            return None
    text = "Sort the blocks into the bowls of the same colour. All other blocks, hold position. Over."
    return _made(w, text, rels(*want), kept(*stay))


def t297_match_streamer(w: World) -> Made:
    s = w.state
    targets = [m for m in (_block_of(w, w.colour(bw)) for bw in w.bowls) if m and m in _free(w)]
    options = [(a, m) for m in targets for a in _free(w) if _can_stack(s, a, m)]
    if not options:
        return None
    a, m = w.rng.choice(options)
    bowl = _bowl_of(w, w.colour(m))
    text = f"ok chat put the {a} on top of whatever block is the same colour as the {bowl}"
    return _made(w, text, rels(Rel("on", a, m)))


def t297_match_aunt3(w: World) -> Made:
    want = [r for r in matching(w) if r.block in _free(w)]
    rest = [b for b in _free(w) if b not in {r.block for r in want}]
    if not want or not rest or len(rest) > _BIN_ROOM:
        return None
    text = ("The blocks that match a bowl go in their own bowls, dear, and every other block goes in the bin. "
            "I won't have them cluttering up the table.")
    return _made(w, text, rels(*want), binned(rest))


def t297_match_plain78(w: World) -> Made:
    s = w.state
    options = []
    for b in w.blocks:
        bowl = _bowl_of(w, w.colour(b))
        if bowl is None:
            continue
        options += [(a, b, bowl) for a in _free(w) if a != b and s.base(a) != bowl and _room(s, bowl, [a])]
    if not options:
        return None
    a, b, bowl = w.rng.choice(options)
    text = f"Put the {a} in the bowl that's the same colour as the {b}."
    return _made(w, text, rels(Rel("in", a, bowl)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("gardener2", "turkish3", "pilot2", "streamer", "aunt3", "plain78")
FRESH297: list[Template] = [
    (f"t297_{short}_{style}", category, globals()[f"t297_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
