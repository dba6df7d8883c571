"""`FRESH277`, the two-hundred-and-seventy-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six kinds of people write them:
- nurse7: a nurse, calm and precise: "Please place the red block in the blue bowl."
- french2: a French speaker writing English with small slips: "I want that the red block is in the blue bowl."
- builder: a builder who talks of bricks and courses: "First course: the red block in the top left corner."
- grandpa3: a chatty, rambling grandfather: "Now don't go putting the red block in the bin, mind."
- gamer2: a gamer who talks of quests and loot: "quest time: toss the red block in the bin"
- plain58: a plain, ordinary adult with no quirks: "Could you move the red block to the middle of the table?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on cda86fe, the code of 5e82692, before anything it could prompt): 0.8167
goal-correct (245 of 300), 54 refused, 1 question, no wrong action, no wrong reply. The refusals: a grandfather's 'for
years and years X always sat in the corner, that's where it belongs, and that's where it ought to be now', 'don't go
putting X in the bin, mind, I'm fond of that one. But the rest of them can all go in there', 'the cyan bowl there, leave
that just as it is, I like it the way it is. What I'm after is ...' and a colour match told through his granddaughter, a
builder's 'three-course tower' and 'it stays right where it's laid', a gamer's 'my goal: loot X and drop it off at ...',
'all the loot goes in the bin' and 'where it spawned', 'My goal is to have everything in W emptied into the bin', 'If a
block is sitting in a bowl that isn't its own colour, take it out and put it in the bin'.
"""

from __future__ import annotations

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

_CORNERS = PLACES[:4]
_GROUND = (TABLE, *PLACES)


# ----- helpers -------------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """All the checks hold and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    """An action request, or None when its goal already holds in the scene."""
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _tower(s: SymState, b: str) -> set[str]:
    return {*_below(s, b), b, *s.above(b)}


def _movable(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str, moving: list[str]) -> bool:
    """Whether the bowl can hold what it holds now plus `moving`."""
    return len(set(w.state.in_bowl(bowl)) | set(moving)) <= layout.BOWL_CAPACITY


def _stackable(w: World, a: str, b: str) -> bool:
    """Whether `a` can go onto `b`: other towers, height within bounds, and room in b's bowl."""
    s = w.state
    if a == b or b in _tower(s, a) or len(_below(s, b)) + 2 > layout.MAX_TOWER:
        return False
    base = s.base(b)
    return base != BIN and (base not in s.bowls or _room(w, base, [a]))


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in _movable(w) for b in _movable(w) if _stackable(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _into_bowl(w: World) -> tuple[str, str] | None:
    """A block and a bowl it is not in that has room for it."""
    pairs = [(a, c) for a in _movable(w) for c in w.bowls if w.state.base(a) != c and _room(w, c, [a])]
    return w.rng.choice(pairs) if pairs else None


def _on_ground(w: World, b: str) -> bool:
    return w.state.support[b] in _GROUND


def _solo(w: World, b: str) -> bool:
    """A block standing alone on the table: nothing under it, nothing on it."""
    return _on_ground(w, b) and w.state.is_clear(b)


def _nearest(w: World, ref: str, far: bool = False) -> str | None:
    """The block nearest to (or farthest from) `ref`, when it is clearly so and stands alone on the table."""
    cands = [b for b in _movable(w) if b != ref and ref not in _tower(w.state, b)]
    if len(cands) < 2:
        return None
    cands.sort(key=lambda b: w.dist(b, ref), reverse=far)
    d0, d1 = w.dist(cands[0], ref), w.dist(cands[1], ref)
    if abs(d0 - d1) < 0.05 or not _solo(w, cands[0]):
        return None
    return cands[0]


def _short_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) for towers of just two blocks, so "on top of" and "under" mean one block each."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t) and w.state.support[b] not in w.state.support]


def _match_fits(w: World) -> bool:
    """Whether every bowl has room for the blocks of its colour."""
    by_colour = _by_colour(w)
    return all(_room(w, c, [b for b in w.blocks if by_colour.get(w.colour(b)) == c]) for c in w.bowls)


def _same_contents(bowl: str) -> Check:
    return lambda i, f: sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl)) and all(
        f.support[b] == i.support[b] for b in i.in_bowl(bowl))


def _not_in(block: str, where: str) -> Check:
    return rels(Rel("in", block, where, negated=True))


def _by_colour(w: World) -> dict[str, str]:
    return {w.colour(c): c for c in w.bowls}


# ----- imperative ----------------------------------------------------------------------------------------
def t277_imp_nurse7(w: World) -> Made:
    pick = _into_bowl(w)
    if not pick:
        return None
    a, c = pick
    return _made(w, f"Please place the {a} in the {c}.", rels(Rel("in", a, c)))


def t277_imp_french2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Put please the {a} on the {b}.", rels(Rel("on", a, b)))


def t277_imp_builder(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Lay the {a} on top of the {b}, like a brick on the course below.", rels(Rel("on", a, b)))


def t277_imp_grandpa3(w: World) -> Made:
    a = w.rng.choice(_movable(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Well now, my eyes aren't what they used to be, but I'd be grateful if you'd shift the {a} "
                    f"over to the {corner} of the table, there's a good chap.", rels(Rel("at", a, corner)))


def t277_imp_gamer2(w: World) -> Made:
    a = w.rng.choice(_movable(w))
    return _made(w, f"quest time: toss the {a} in the bin", binned([a]))


def t277_imp_plain58(w: World) -> Made:
    a = w.rng.choice(_movable(w))
    return _made(w, f"Could you move the {a} to the middle of the table?", rels(Rel("at", a, "middle")))


# ----- declarative ---------------------------------------------------------------------------------------
def t277_dec_nurse7(w: World) -> Made:
    pick = _into_bowl(w)
    if not pick:
        return None
    a, c = pick
    return _made(w, f"The {a} should be in the {c}.", rels(Rel("in", a, c)))


def t277_dec_french2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"At the end the {a} is on the {b}, please.", rels(Rel("on", a, b)))


def t277_dec_builder(w: World) -> Made:
    grounds = [b for b in _movable(w) if _on_ground(w, b)]
    if not grounds or len(w.blocks) < 3:
        return None
    b = w.rng.choice(grounds)
    a, c = w.pick([x for x in _movable(w) if x != b], 2)
    return _made(w, f"The {a} goes on top of the {b}, and the {c} goes on the {a}. Two courses on one base.",
                 rels(Rel("on", a, b), Rel("on", c, a)))


def t277_dec_grandpa3(w: World) -> Made:
    a = w.rng.choice(_movable(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"You know, for years and years the {a} always sat in the {corner}, that's where it "
                    f"belongs, and that's where it ought to be now.", rels(Rel("at", a, corner)))


def t277_dec_gamer2(w: World) -> Made:
    ab = w.pick(_movable(w), 2)
    if not ab:
        return None
    a, b = ab
    return _made(w, f"win condition: {a} in the bin and {b} in the bin", binned([a, b]))


def t277_dec_plain58(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    return _made(w, f"The {c} should be empty.", empty(c))


# ----- desiderative --------------------------------------------------------------------------------------
def t277_des_nurse7(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"I would like the {a} placed on the {b}, please.", rels(Rel("on", a, b)))


def t277_des_french2(w: World) -> Made:
    pick = _into_bowl(w)
    if not pick:
        return None
    a, c = pick
    return _made(w, f"I want that the {a} is in the {c}.", rels(Rel("in", a, c)))


def t277_des_builder(w: World) -> Made:
    abc = w.pick(_movable(w), 3)
    if not abc:
        return None
    a, b, c = abc
    return _made(w, f"I'd like a three-course tower: the {a} at the bottom, the {b} on it, and the {c} on top.",
                 rels(Rel("stacked", a, b, c)))


def t277_des_grandpa3(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Oh, hello. My grandson set this contraption up for me, clever lad. What I'd like, if it's "
                    f"no trouble, is for the {a} to be sitting on top of the {b}.", rels(Rel("on", a, b)))


def t277_des_gamer2(w: World) -> Made:
    a = w.rng.choice(_movable(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"my goal: loot the {a} and drop it off at the {corner}", rels(Rel("at", a, corner)))


def t277_des_plain58(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    return _made(w, f"My goal is to have everything in the {c} emptied into the bin.", binned(w.state.in_bowl(c)))


# ----- quantified ----------------------------------------------------------------------------------------
def t277_qua_nurse7(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) > 5:
        return None
    return _made(w, "Please put every block into the bin.", binned(blocks))


def t277_qua_french2(w: World) -> Made:
    blocks = _movable(w)
    room = [c for c in w.bowls if _room(w, c, blocks)]
    if not room:
        return None
    c = w.rng.choice(room)
    return _made(w, f"Put each block in the {c}, all of them.", rels(*(Rel("in", b, c) for b in blocks)))


def t277_qua_builder(w: World) -> Made:
    c = w.rng.choice(w.bowls)
    n = w.rng.choice([1, 2]) if w.state.in_bowl(c) else 2
    word = {1: "one", 2: "two"}[n]
    return _made(w, f"I need exactly {word} block{'s' if n > 1 else ''} in the {c}, no more and no less.",
                 count_in(c, n))


def t277_qua_grandpa3(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or any(s.in_bowl(c) for c in w.bowls) or len(_movable(w)) < len(w.bowls):
        return None
    return _made(w, "Now, when I was a boy we had nothing like this. Anyway, here's what I'd like: "
                    "put one block in each bowl, just the one in each, any of them will do.",
                 *(count_in(c, 1) for c in w.bowls))


def t277_qua_gamer2(w: World) -> Made:
    loot = w.in_bowls()
    if not loot:
        return None
    return _made(w, "clear out every bowl, all the loot goes in the bin", binned(loot))


def t277_qua_plain58(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full or len(w.bowls) < 2:
        return None
    c = w.rng.choice(full)
    moving = w.state.in_bowl(c)
    dests = [d for d in w.bowls if d != c and _room(w, d, moving)]
    if not dests:
        return None
    d = w.rng.choice(dests)
    return _made(w, f"Move all the blocks in the {c} over to the {d}.", rels(*(Rel("in", b, d) for b in moving)))


# ----- negated -------------------------------------------------------------------------------------------
def t277_neg_nurse7(w: World) -> Made:
    blocks = _movable(w)
    a = w.rng.choice(blocks)
    rest = [b for b in blocks if b != a]
    if len(rest) > 5:
        return None
    return _made(w, f"Please put all the blocks in the bin except the {a}.", binned(rest), none_binned([a]))


def t277_neg_french2(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    outside = [b for b in _movable(w) if b not in inside]
    if not inside or not outside or len(outside) > 5:
        return None
    return _made(w, "Put in the bin all the blocks who are not in a bowl.", binned(outside), none_binned(inside))


def t277_neg_builder(w: World) -> Made:
    s = w.state
    loose = s.on_the_table()
    grounds = [b for b in loose if _on_ground(w, b)]
    if len(loose) < 2 or not grounds:
        return None
    a = w.rng.choice(grounds)
    rest = [b for b in loose if b != a]
    if len(rest) > 5:
        return None
    return _made(w, f"Clear the table into the bin, all but the {a}: that one stays put. Leave the bowls be.",
                 binned(rest), kept(a), *(_same_contents(c) for c in w.bowls))


def t277_neg_grandpa3(w: World) -> Made:
    blocks = _movable(w)
    a = w.rng.choice(blocks)
    rest = [b for b in blocks if b != a]
    if len(rest) > 5:
        return None
    return _made(w, f"Now don't go putting the {a} in the bin, mind, I'm fond of that one. But the rest of them can "
                    f"all go in there, they're only cluttering up the place.", binned(rest), none_binned([a]))


def t277_neg_gamer2(w: World) -> Made:
    s = w.state
    a = w.rng.choice(_movable(w))
    others = [b for b in _movable(w) if b != a and b not in s.above(a)]
    if not others:
        return None
    b = w.rng.choice(others)
    return _made(w, f"send the {a} to the bin, do NOT touch the {b}", binned([a]), kept(b))


def t277_neg_plain58(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    c = w.state.base(a)
    return _made(w, f"Take the {a} out of the {c}, but don't put it in the bin.", _not_in(a, c), none_binned([a]))


# ----- relative ------------------------------------------------------------------------------------------
def t277_rel_nurse7(w: World) -> Made:
    pairs = _short_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Please take the block that is on top of the {below} and put it in the bin.", binned([top]))


def t277_rel_french2(w: World) -> Made:
    pairs = _short_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [c for c in w.bowls if w.state.base(below) != c and _room(w, c, [below])]
    if not bowls:
        return None
    c = w.rng.choice(bowls)
    return _made(w, f"The block under the {top}, put it in the {c}.", rels(Rel("in", below, c)))


def t277_rel_builder(w: World) -> Made:
    c = w.rng.choice(w.bowls)
    if w.state.in_bowl(c):
        return None
    a = _nearest(w, c)
    if not a:
        return None
    targets = [b for b in _movable(w) if _stackable(w, a, b)]
    if not targets:
        return None
    b = w.rng.choice(targets)
    return _made(w, f"Grab whichever block is closest to the {c} and set it on the {b}.", rels(Rel("on", a, b)))


def t277_rel_grandpa3(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _movable(w) if _on_ground(w, b) and s.above(b)]
    if not bottoms:
        return None
    bottom = w.rng.choice(bottoms)
    top = s.above(bottom)[0]
    bowls = [c for c in w.bowls if _room(w, c, [top])]
    if not bowls:
        return None
    c = w.rng.choice(bowls)
    return _made(w, f"There's a little pile over there with the {bottom} at the bottom of it. Would you take "
                    f"whichever block is right at the very top of that pile and pop it in the {c}? Thank you kindly.",
                 rels(Rel("in", top, c)))


def t277_rel_gamer2(w: World) -> Made:
    refs = [b for b in w.blocks if w.state.base(b) in _GROUND]
    if not refs:
        return None
    ref = w.rng.choice(refs)
    a = _nearest(w, ref, far=True)
    if not a:
        return None
    return _made(w, f"the block farthest away from the {ref}? yeet it in the bin", binned([a]))


def t277_rel_plain58(w: World) -> Made:
    ones = [c for c in w.bowls if len(w.state.in_bowl(c)) == 1]
    if not ones:
        return None
    c = w.rng.choice(ones)
    a = w.state.in_bowl(c)[0]
    return _made(w, f"Put the block that's in the {c} on the table.", rels(Rel("on_table", a)))


# ----- keep ----------------------------------------------------------------------------------------------
def t277_keep_nurse7(w: World) -> Made:
    pick = _into_bowl(w)
    if not pick:
        return None
    a, c = pick
    others = [b for b in _movable(w) if b != a and b not in w.state.above(a)]
    if not others:
        return None
    b = w.rng.choice(others)
    return _made(w, f"Please move the {a} into the {c}, and leave the {b} exactly where it is.",
                 rels(Rel("in", a, c)), kept(b))


def t277_keep_french2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    s = w.state
    others = [c for c in _movable(w) if c not in (a, b) and c not in s.above(a) and c not in s.above(b)]
    if not others:
        return None
    c = w.rng.choice(others)
    return _made(w, f"Put the {a} on the {b} but keep the {c} at its place.", rels(Rel("on", a, b)), kept(c))


def t277_keep_builder(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    outside = [b for b in _movable(w) if w.state.base(b) != c]
    if not outside:
        return None
    a = w.rng.choice(outside)
    return _made(w, f"Knock everything out of the {c} into the bin, but don't disturb the {a}, it stays right "
                    f"where it's laid.", binned(w.state.in_bowl(c)), kept(a))


def t277_keep_grandpa3(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    pairs = [(a, b) for a in _movable(w) for b in _movable(w)
             if w.state.base(a) != c and w.state.base(b) != c and _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Right, so, the {c} there, leave that just as it is, I like it the way it is. What I'm after "
                    f"is the {a} stacked up on the {b}.", rels(Rel("on", a, b)), _same_contents(c))


def t277_keep_gamer2(w: World) -> Made:
    s = w.state
    a = w.rng.choice(_movable(w))
    corner = w.rng.choice(_CORNERS)
    others = [b for b in _movable(w) if b != a and b not in s.above(a)]
    if not others:
        return None
    b = w.rng.choice(others)
    return _made(w, f"move the {a} to the {corner} but keep the {b} where it spawned",
                 rels(Rel("at", a, corner)), kept(b))


def t277_keep_plain58(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    a = w.rng.choice(clear)
    rest = [b for b in w.blocks if b != a]
    return _made(w, f"Put the {a} in the bin and keep everything else where it is.", binned([a]), kept(*rest))


# ----- multi-step ----------------------------------------------------------------------------------------
def t277_multi_nurse7(w: World) -> Made:
    ab = w.pick(_movable(w), 2)
    if not ab:
        return None
    a, b = ab
    bowls = [c for c in w.bowls if _room(w, c, [a, b])]
    if not bowls:
        return None
    c = w.rng.choice(bowls)
    return _made(w, f"First, place the {a} in the {c}. Then place the {b} on the {a}.",
                 rels(Rel("in", a, c), Rel("on", b, a)))


def t277_multi_french2(w: World) -> Made:
    pick = _into_bowl(w)
    if not pick:
        return None
    b, c = pick
    others = [a for a in _movable(w) if a != b]
    if not others:
        return None
    a = w.rng.choice(others)
    return _made(w, f"First you take the {a} and you put it in the bin, after you put the {b} in the {c}.",
                 binned([a]), rels(Rel("in", b, c)))


def t277_multi_builder(w: World) -> Made:
    abc = w.pick(_movable(w), 3)
    if not abc:
        return None
    a, b, c = abc
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"First course: the {a} in the {corner}. Second course: the {b} on top of it. "
                    f"Then finish with the {c} on the {b}.",
                 rels(Rel("at", a, corner), Rel("on", b, a), Rel("on", c, b)))


def t277_multi_grandpa3(w: World) -> Made:
    blocks = _movable(w)
    a = w.rng.choice(blocks)
    pairs = [(b, c) for b in blocks for c in blocks if a not in (b, c) and _stackable(w, b, c)]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    return _made(w, f"Let me think now... first of all, the {a} wants to go in the bin, it's been bothering me. "
                    f"Then, once that's done, and only then, move the {b} onto the {c}.",
                 binned([a]), rels(Rel("on", b, c)))


def t277_multi_gamer2(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    loot = w.state.in_bowl(c)
    outside = [a for a in _movable(w) if a not in loot]
    if not outside:
        return None
    a = w.rng.choice(outside)
    return _made(w, f"step 1: dump everything in the {c} into the bin. step 2: put the {a} in the {c}. gg",
                 binned(loot), rels(Rel("in", a, c)))


def t277_multi_plain58(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    others = [c for c in _movable(w) if c not in (a, b) and c not in w.state.above(b)]
    if not others:
        return None
    c = w.rng.choice(others)
    place = w.rng.choice(PLACES)
    where = "middle of the table" if place == "middle" else place
    return _made(w, f"Put the {a} on the {b}, and after that move the {c} to the {where}.",
                 rels(Rel("on", a, b), Rel("at", c, place)))


# ----- questions -----------------------------------------------------------------------------------------
def t277_q_nurse7(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    return _ask(f"How many blocks are in the {c} at the moment?", str(len(w.state.in_bowl(c))))


def t277_q_french2(w: World) -> Made:
    s = w.state
    direct = [b for b in w.blocks if s.support[b] in s.bowls]
    if not direct:
        return None
    a = w.rng.choice(direct)
    return _ask(f"Where is the {a}? I don't find it.", s.support[a])


def t277_q_builder(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        ab = w.pick(w.blocks, 2)
        if not ab:
            return None
        a, b = ab
    flag = holds(Rel("on", a, b), w.state)
    return _ask(f"Is the {a} sitting on the {b}?", yes(flag))


def t277_q_grandpa3(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    c = w.rng.choice(w.bowls)
    flag = w.state.base(a) == c
    n = len(w.blocks)
    return _ask(f"I've lost count, my memory isn't what it was. How many blocks are there altogether? "
                f"And is the {a} in the {c}?", f"{n}|{yes(flag).lower()}")


def t277_q_gamer2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _ask(f"yo what block is sitting on the {below}", top)


def t277_q_plain58(w: World) -> Made:
    c = w.rng.choice(w.bowls)
    return _ask(f"Is the {c} empty?", yes(not w.state.in_bowl(c)))


# ----- matching ------------------------------------------------------------------------------------------
def t277_match_nurse7(w: World) -> Made:
    want = matching(w)
    if not want or not _match_fits(w):
        return None
    return _made(w, "Please place each block in the bowl of the same colour, where there is one.", rels(*want))


def t277_match_french2(w: World) -> Made:
    by_colour = _by_colour(w)
    cands = [b for b in _movable(w) if w.colour(b) in by_colour and _room(w, by_colour[w.colour(b)], [b])]
    if not cands:
        return None
    a = w.rng.choice(cands)
    return _made(w, f"Put the {a} in the bowl of the same color.", rels(Rel("in", a, by_colour[w.colour(a)])))


def t277_match_builder(w: World) -> Made:
    want = matching(w)
    by_colour = _by_colour(w)
    odd = [b for b in _movable(w) if w.colour(b) not in by_colour]
    if not want or not odd or len(odd) > 5 or not _match_fits(w):
        return None
    return _made(w, "Sort the bricks by colour: each block into the bowl of its own colour, and any block with no "
                    "bowl of its colour goes in the bin.", rels(*want), binned(odd))


def t277_match_grandpa3(w: World) -> Made:
    s = w.state
    want = matching(w)
    by_colour = _by_colour(w)
    odd = [b for b in w.blocks if w.colour(b) not in by_colour]
    movers = [r.block for r in want]
    if not want or not odd or not _match_fits(w) or any(o in s.above(m) for o in odd for m in movers):
        return None
    return _made(w, "My granddaughter likes everything to match, bless her. So any block that's the same colour as "
                    "one of the bowls, put it in that bowl, and the other blocks stay just where they are.",
                 rels(*want), kept(*odd))


def t277_match_gamer2(w: World) -> Made:
    by_colour = _by_colour(w)
    targets = [b for b in _movable(w) if w.colour(b) in by_colour]
    if not targets:
        return None
    t = w.rng.choice(targets)
    c = by_colour[w.colour(t)]
    movers = [a for a in _movable(w) if _stackable(w, a, t)]
    if not movers:
        return None
    a = w.rng.choice(movers)
    return _made(w, f"side quest: stack the {a} on the block that matches the {c}'s colour", rels(Rel("on", a, t)))


def t277_match_plain58(w: World) -> Made:
    s = w.state
    wrong = [b for b in s.in_bowls() if w.colour(b) != w.colour(s.base(b))]
    if not wrong or len(wrong) > 5:
        return None
    return _made(w, "If a block is sitting in a bowl that isn't its own colour, take it out and put it in the bin.",
                 binned(wrong))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse7", "french2", "builder", "grandpa3", "gamer2", "plain58")
FRESH277: list[Template] = [
    (f"t277_{short}_{style}", category, globals()[f"t277_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
