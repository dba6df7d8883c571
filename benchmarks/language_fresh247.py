"""`FRESH247`, the two-hundred-and-forty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six kinds of people write them:
- vet2: a vet between appointments, kind and brisk: "Could you pop the red block into the blue bowl? Thanks!"
- swedish: a Swedish speaker writing English with small slips: "The red block should stand on top of the blue block."
- podcaster: a podcaster, chatty, with tangents, still clear: "Okay, two things. One, the red block goes in the bin."
- engineer3: a software engineer, terse and a bit literal: "Move the red block into the bin."
- granny4: a grandmother typing with one finger: "Please Take the red block off the blue block and put it on the table"
- plain28: a plain, ordinary adult with no quirks at all: "Empty the blue bowl into the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on c3765d4, the code of 33dca36, before anything it could prompt): 0.8567
goal-correct (257 of 300), 43 refused, no question, no wrong action and no wrong reply. The refusals: all six of the
podcaster's templates ("Okay so, random thing, but can you move X over to the bottom left corner? Just that one block,
that's all I need right now.", "What I really want, and this is kind of my whole vibe today, is a little tower: X at the
bottom, then Y, then Z on top.", "Okay, here's the plan: each bowl gets exactly one block. Doesn't matter which block
goes where, I'm honestly not picky about that part.", "Can you clear out W? But don't throw anything in the bin, okay?
I'm weirdly attached to all of these blocks.", "Honestly, just bin X. Y, though, that stays exactly where it is. I like
it there, it's got good energy.", "Okay, two things. One, X goes in the bin. Two, and this is the fun part, build me a
little tower with Y on Z.", "Okay, dumb question, but how many blocks are there in total? And while we're at it, how
many of them are in W?" and, three times, "W is looking kind of lonely, so put the block that's the same colour as it in
there. Colour coordination, love it."); the engineer's "For each bowl: put the block of the same colour in it."
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


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _fresh(w: World, *checks: Check) -> bool:
    """Whether none of the parts of a request already holds (for steps that must each do something)."""
    return not any(c(w.state, w.state) for c in checks)


def _shuffled(w: World, items: list[str]) -> list[str]:
    return w.rng.sample(items, len(items))


def _place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _is_block(s: SymState, name: str) -> bool:
    return name in s.support


def _depth(s: SymState, block: str) -> int:
    """How many blocks make up the tower from its bottom up to `block`, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _on_table(s: SymState, block: str) -> bool:
    return s.base(block) in (TABLE, *PLACES)


def _stackable(w: World, a: str, b: str) -> bool:
    """Whether `a` can go on `b`: a tower on the table, not under `a`, with room for one more."""
    s = w.state
    return a != b and _on_table(s, b) and b not in s.above(a) and _depth(s, b) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, *blocks: str) -> bool:
    """Whether `bowl` can take the given blocks besides those already in it."""
    inside = set(w.state.in_bowl(bowl))
    return len(inside | set(blocks)) <= layout.BOWL_CAPACITY


def _in_bin_count(s: SymState) -> int:
    return sum(1 for b in s.blocks if s.base(b) == BIN)


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _singled(w: World, ref: str, cands: list[str], far: bool) -> str | None:
    """The candidate nearest to (or farthest from) `ref`, when it is clearly so (and not part of a stack)."""
    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=lambda b: w.dist(b, ref), reverse=far)
    gap = abs(w.dist(ranked[0], ref) - w.dist(ranked[1], ref))
    s = w.state
    if gap < 0.04 or s.support[ranked[0]] not in (TABLE, *PLACES) or not s.is_clear(ranked[0]):
        return None
    return ranked[0]


def _tower_of(*blocks: str) -> Check:
    """One tower of exactly these blocks, in any order, standing on the table, a place or in a bowl."""
    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        bottoms = [b for b in blocks if f.support[b] not in f.support and f.support[b] not in (BIN, "gripper")]
        if len(bottoms) != 1:
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in group]
            if not up:
                break
            chain.append(up[0])
        return set(chain) == group
    return check


def _emptied_into_bin(bowl: str, initial: SymState) -> Check:
    inside = initial.in_bowl(bowl)
    return both(empty(bowl), binned(inside))


def _with_match(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every block whose colour a bowl shares."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return [(b, by_colour[w.colour(b)]) for b in w.blocks if w.colour(b) in by_colour]


def _match_room(w: World) -> bool:
    pairs = _with_match(w)
    return all(_room(w, bowl, *[b for b, o in pairs if o == bowl]) for bowl in w.bowls)


# ----- imperative -------------------------------------------------------------------------------------
def t247_imp_vet2(w: World) -> Made:
    for a in _shuffled(w, _loose(w)):
        for bowl in _shuffled(w, w.bowls):
            if w.state.base(a) != bowl and _room(w, bowl, a):
                return _made(w, f"Could you pop the {a} into the {bowl}, please? Thanks!",
                             _act(rels(Rel("in", a, bowl))))
    return None


def t247_imp_swedish(w: World) -> Made:
    a, b, c = w.pick(_loose(w), 3) or ("", "", "")
    if not a:
        return None
    return _made(w, f"Can you build a tower of the {a}, the {b} and the {c}? The order is not so important.",
                 _act(_tower_of(a, b, c)))


def t247_imp_podcaster(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    p = w.rng.choice(PLACES)
    return _made(w, f"Okay so, random thing, but can you move the {a[0]} over to {_place(p)}? Just that one block, "
                    "that's all I need right now.", _act(rels(Rel("at", a[0], p))))


def t247_imp_engineer3(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    return _made(w, f"Move the {a[0]} into the bin.", _act(rels(Rel("in_bin", a[0]))))


def t247_imp_granny4(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    return _made(w, f"Please Take the {a} off the {b} and put it on the table", _act(rels(Rel("on_table", a))))


def t247_imp_plain28(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Empty the {bowl} into the bin.", _act(_emptied_into_bin(bowl, w.state)))


# ----- declarative ------------------------------------------------------------------------------------
def t247_dec_vet2(w: World) -> Made:
    for a in _shuffled(w, _loose(w)):
        for bowl in _shuffled(w, w.bowls):
            if w.state.base(a) != bowl and _room(w, bowl, a):
                return _made(w, f"The {a} should be in the {bowl} when you're done, thank you.",
                             _act(rels(Rel("in", a, bowl))))
    return None


def t247_dec_swedish(w: World) -> Made:
    for a in _shuffled(w, _loose(w)):
        for b in _shuffled(w, w.blocks):
            if _stackable(w, a, b):
                return _made(w, f"The {a} should stand on top of the {b}.", _act(rels(Rel("on", a, b))))
    return None


def t247_dec_podcaster(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    return _made(w, f"So the way I picture it, the {a[0]} ends up in the bin. Gone. I've been staring at it all "
                    "morning and it just has to go.", _act(rels(Rel("in_bin", a[0]))))


def t247_dec_engineer3(w: World) -> Made:
    s = w.state
    for c in _shuffled(w, [b for b in w.blocks if s.support[b] == TABLE]):
        others = [b for b in _loose(w) if b != c and c not in s.above(b)]
        if len(others) >= 2 and _depth(s, c) + 2 <= layout.MAX_TOWER:
            a, b = w.rng.sample(others, 2)
            return _made(w, f"Expected end state: {a} on {b}, {b} on {c}.",
                         _act(rels(Rel("on", a, b), Rel("on", b, c))))
    return None


def t247_dec_granny4(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} Should be empty at the end please", _act(empty(bowl)))


def t247_dec_plain28(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    p = w.rng.choice(PLACES)
    return _made(w, f"The {a[0]} goes in {_place(p)}.", _act(rels(Rel("at", a[0], p))))


# ----- desiderative -----------------------------------------------------------------------------------
def t247_des_vet2(w: World) -> Made:
    for bowl in _shuffled(w, w.bowls):
        outside = [b for b in _loose(w) if w.state.base(b) != bowl]
        if len(outside) >= 2:
            a, b = w.rng.sample(outside, 2)
            if _room(w, bowl, a, b):
                return _made(w, f"I'd like the {a} and the {b} both in the {bowl}, please. Thanks a lot!",
                             _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))
    return None


def t247_des_swedish(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"I would like to have the {a} in the bin, and the {b} also.", _act(binned([a, b])))


def t247_des_podcaster(w: World) -> Made:
    s = w.state
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    a, b, c = trio
    check = _act(lambda _i, f: f.support[a] not in f.support and f.support[a] not in (BIN, "gripper")
                 and f.support[b] == a and f.support[c] == b)
    if s.base(a) in s.bowls:
        return None
    return _made(w, f"What I really want, and this is kind of my whole vibe today, is a little tower: the {a} at the "
                    f"bottom, then the {b}, then the {c} on top.", check)


def t247_des_engineer3(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    return _made(w, f"want the {a[0]} in the middle of the table.", _act(rels(Rel("at", a[0], "middle"))))


def t247_des_granny4(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return _made(w, f"I Would like the {a} out of the {bowl} and on the table please",
                 _act(rels(Rel("on_table", a))))


def t247_des_plain28(w: World) -> Made:
    for a in _shuffled(w, _loose(w)):
        for b in _shuffled(w, w.blocks):
            if _stackable(w, a, b):
                return _made(w, f"My goal is to get the {a} sitting on top of the {b}.",
                             _act(rels(Rel("on", a, b))))
    return None


# ----- quantified -------------------------------------------------------------------------------------
def t247_qua_vet2(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "Every block into the bin, please. Thank you!", _act(binned(w.blocks)))


def t247_qua_swedish(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, *w.blocks):
        return None
    return _made(w, f"Please put all the blocks in the {bowl}.",
                 _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t247_qua_podcaster(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(w.blocks) < len(bowls):
        return None
    check = _act(lambda _i, f: all(len(f.in_bowl(o)) == 1 for o in bowls))
    return _made(w, "Okay, here's the plan: each bowl gets exactly one block. Doesn't matter which block goes "
                    "where, I'm honestly not picky about that part.", check)


def t247_qua_engineer3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Exactly 2 blocks in the {bowl}. Which ones doesn't matter.", _act(count_in(bowl, 2)))


def t247_qua_granny4(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if not table or any(s.support[b] not in (TABLE, *PLACES) for b in table):
        return None
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, *table):
        return None
    return _made(w, f"Please put Every block that is on the table into the {bowl}",
                 _act(rels(*(Rel("in", b, bowl) for b in table))))


def t247_qua_plain28(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    start = _in_bin_count(w.state)
    return _made(w, "Move three of the blocks to the bin. Any three will do.",
                 _act(lambda _i, f: _in_bin_count(f) == start + 3))


# ----- negated ----------------------------------------------------------------------------------------
def t247_neg_vet2(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != a]
    return _made(w, f"All the blocks except the {a} into the bin, please. Thanks so much!",
                 _act(binned(rest), none_binned([a])))


def t247_neg_swedish(w: World) -> Made:
    for a in _shuffled(w, w.blocks):
        bowl = w.rng.choice(w.bowls)
        rest = [b for b in w.blocks if b != a]
        if len(set(w.state.in_bowl(bowl)) - {a} | set(rest)) <= layout.BOWL_CAPACITY:
            return _made(w, f"Put the blocks in the {bowl}, but not the {a}.",
                         _act(rels(*(Rel("in", b, bowl) for b in rest), Rel("in", a, bowl, negated=True))))
    return None


def t247_neg_podcaster(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Can you clear out the {bowl}? But don't throw anything in the bin, okay? I'm weirdly "
                    "attached to all of these blocks.", _act(empty(bowl), none_binned(w.blocks)))


def t247_neg_engineer3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"Move all blocks except the {a} and the {b} to the bin.",
                 _act(binned(rest), none_binned([a, b])))


def t247_neg_granny4(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return _made(w, f"Please take the {a} out of the {bowl} But do Not put it in the bin",
                 _act(lambda _i, f: f.base(a) not in (bowl, BIN)))


def t247_neg_plain28(w: World) -> Made:
    n = len(w.blocks)
    return _made(w, "Put all but one of the blocks in the bin.",
                 _act(lambda _i, f: _in_bin_count(f) == n - 1))


# ----- relative ---------------------------------------------------------------------------------------
def t247_rel_vet2(w: World) -> Made:
    for a, b in w.rng.sample(w.pairs(), len(w.pairs())):
        for bowl in _shuffled(w, w.bowls):
            if w.state.base(a) != bowl and _room(w, bowl, a):
                return _made(w, f"Could you move the block that's sitting on the {b} into the {bowl}? Thanks.",
                             _act(rels(Rel("in", a, bowl))))
    return None


def t247_rel_swedish(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    return _made(w, f"Take the block under the {a} and put it in the bin.", _act(rels(Rel("in_bin", b))))


def t247_rel_podcaster(w: World) -> Made:
    for bowl in _shuffled(w, [o for o in w.bowls if not w.state.in_bowl(o)]):
        a = _singled(w, bowl, _loose(w), far=False)
        if a:
            return _made(w, f"So the block that's closest to the {bowl}, yeah, that one, can you pop it into the "
                            f"{bowl}? It's practically in there already anyway.", _act(rels(Rel("in", a, bowl))))
    return None


def t247_rel_engineer3(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _loose(w) if not _is_block(s, s.support[b]) and s.above(b)]
    if len(bottoms) != 1:
        return None
    top = s.above(bottoms[0])[0]
    p = w.rng.choice(PLACES)
    return _made(w, f"Move the top block of the stack to {_place(p)}.", _act(rels(Rel("at", top, p))))


def t247_rel_granny4(w: World) -> Made:
    single = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    a = w.state.in_bowl(bowl)[0]
    for b in _shuffled(w, w.blocks):
        if _stackable(w, a, b):
            return _made(w, f"Please take the block that is in the {bowl} and put it On top of the {b}",
                         _act(rels(Rel("on", a, b))))
    return None


def t247_rel_plain28(w: World) -> Made:
    for bowl in _shuffled(w, w.bowls):
        cands = [b for b in _loose(w) if w.state.base(b) != bowl]
        a = _singled(w, bowl, cands, far=True)
        if a:
            return _made(w, f"Put the block that's farthest from the {bowl} in the bin.",
                         _act(rels(Rel("in_bin", a))))
    return None


# ----- keep -------------------------------------------------------------------------------------------
def t247_keep_vet2(w: World) -> Made:
    s = w.state
    for a in _shuffled(w, _loose(w)):
        for bowl in _shuffled(w, w.bowls):
            keep = [b for b in w.blocks if b != a and b not in s.above(a)]
            if s.base(a) != bowl and _room(w, bowl, a) and keep:
                b = w.rng.choice(keep)
                return _made(w, f"Please put the {a} in the {bowl}, but leave the {b} where it is.",
                             _act(rels(Rel("in", a, bowl)), kept(b)))
    return None


def t247_keep_swedish(w: World) -> Made:
    s = w.state
    for a in _shuffled(w, _loose(w)):
        for b in _shuffled(w, w.blocks):
            keep = [c for c in w.blocks if c not in (a, b, *s.above(a), *s.above(b))]
            if _stackable(w, a, b) and keep:
                c = w.rng.choice(keep)
                return _made(w, f"Put the {a} on the {b}, but please do not move the {c}.",
                             _act(rels(Rel("on", a, b)), kept(c)))
    return None


def t247_keep_podcaster(w: World) -> Made:
    s = w.state
    a = w.rng.choice(_loose(w))
    keep = [b for b in w.blocks if b != a and b not in s.above(a)]
    if not keep:
        return None
    b = w.rng.choice(keep)
    return _made(w, f"Honestly, just bin the {a}. The {b}, though, that stays exactly where it is. I like it there, "
                    "it's got good energy.", _act(rels(Rel("in_bin", a)), kept(b)))


def t247_keep_engineer3(w: World) -> Made:
    s = w.state
    full = [o for o in w.bowls if s.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    keep = [b for b in w.blocks if s.base(b) != bowl]
    if not keep:
        return None
    a = w.rng.choice(keep)
    return _made(w, f"Empty the {bowl} into the bin. Keep the {a} unchanged.",
                 _act(_emptied_into_bin(bowl, s), kept(a)))


def t247_keep_granny4(w: World) -> Made:
    s = w.state
    keep = [b for b in w.blocks if not _is_block(s, s.support[b])]
    if not keep:
        return None
    a = w.rng.choice(keep)
    rest = [b for b in w.blocks if b != a]
    if len(rest) > 5:
        return None
    return _made(w, f"Please put all the blocks in the bin but Keep the {a} where it is",
                 _act(binned(rest), kept(a)))


def t247_keep_plain28(w: World) -> Made:
    s = w.state
    for bowl in _shuffled(w, [o for o in w.bowls if s.in_bowl(o)]):
        outside = [b for b in _loose(w) if s.base(b) != bowl]
        for a in _shuffled(w, outside):
            for b in _shuffled(w, outside):
                if _stackable(w, a, b):
                    return _made(w, f"Stack the {a} on the {b}, and leave everything in the {bowl} alone.",
                                 _act(rels(Rel("on", a, b)), kept(*s.in_bowl(bowl))))
    return None


# ----- multi-step -------------------------------------------------------------------------------------
def t247_multi_vet2(w: World) -> Made:
    s = w.state
    for a in _shuffled(w, _loose(w)):
        for bowl in _shuffled(w, w.bowls):
            if s.base(a) != bowl and _room(w, bowl, a):
                b = w.rng.choice([x for x in _loose(w) if x != a])
                first, then = rels(Rel("in", a, bowl)), rels(Rel("in_bin", b))
                if _fresh(w, first, then):
                    return _made(w, f"First the {a} into the {bowl}, then the {b} into the bin, please. Thanks!",
                                 _act(first, then))
    return None


def t247_multi_swedish(w: World) -> Made:
    for a, b in w.rng.sample(w.pairs(), len(w.pairs())):
        for bowl in _shuffled(w, w.bowls):
            if w.state.base(b) != bowl and _room(w, bowl, b):
                return _made(w, f"First you take the {a} off the {b}, and then you put the {b} in the {bowl}.",
                             _act(rels(Rel("in", b, bowl), Rel("on", a, b, negated=True))))
    return None


def t247_multi_podcaster(w: World) -> Made:
    s = w.state
    for a in _shuffled(w, _loose(w)):
        for c in _shuffled(w, w.blocks):
            if c == a or c in s.above(a):
                continue
            for b in _shuffled(w, _loose(w)):
                if b != a and _stackable(w, b, c):
                    first, then = rels(Rel("in_bin", a)), rels(Rel("on", b, c))
                    if _fresh(w, first, then):
                        return _made(w, f"Okay, two things. One, the {a} goes in the bin. Two, and this is the fun "
                                        f"part, build me a little tower with the {b} on the {c}.", _act(first, then))
    return None


def t247_multi_engineer3(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    p = w.rng.choice(PLACES)
    first, then = rels(Rel("at", a, p)), rels(Rel("on", b, a))
    if not _fresh(w, first, then):
        return None
    return _made(w, f"Step 1: move the {a} to {_place(p)}. Step 2: put the {b} on it.", _act(first, then))


def t247_multi_granny4(w: World) -> Made:
    for a, _below in w.rng.sample(w.pairs(), len(w.pairs())):
        for b in _shuffled(w, [x for x in _loose(w) if x != a]):
            bowl = w.rng.choice(w.bowls)
            if w.state.base(b) != bowl and _room(w, bowl, b):
                return _made(w, f"First please put the {a} on the table And after that put the {b} in the {bowl}",
                             _act(rels(Rel("on_table", a), Rel("in", b, bowl))))
    return None


def t247_multi_plain28(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    for b in _shuffled(w, w.in_bowls()):
        there = s.base(b)
        for bowl in _shuffled(w, [o for o in w.bowls if o != there]):
            for a in _shuffled(w, [x for x in _loose(w) if x != b and s.base(x) != bowl]):
                if _room(w, bowl, a):
                    return _made(w, f"Put the {a} in the {bowl}, then move the {b} from the {there} to the bin.",
                                 _act(rels(Rel("in", a, bowl), Rel("in_bin", b))))
    return None


# ----- questions --------------------------------------------------------------------------------------
def t247_q_vet2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"Quick one: how many blocks are in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t247_q_swedish(w: World) -> Made:
    s = w.state
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.rng.choice(w.pairs())
        return f"Is the {a} on the {b}?", answered(yes(True))
    a = w.rng.choice(_loose(w))
    below = []
    cur = s.support[a]
    while cur in s.support:
        below.append(cur)
        cur = s.support[cur]
    others = [b for b in w.blocks if b != a and b not in below]
    if not others:
        return None
    b = w.rng.choice(others)
    return f"Is the {a} on the {b}?", answered(yes(holds(Rel("on", a, b), s)))


def t247_q_podcaster(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n, k = len(w.blocks), len(w.state.in_bowl(bowl))
    if n == k:
        return None
    return (f"Okay, dumb question, but how many blocks are there in total? And while we're at it, how many of them "
            f"are in the {bowl}?", answered(f"{n}|{k}"))


def t247_q_engineer3(w: World) -> Made:
    a = w.rng.choice(_loose(w))
    up = w.state.on_top(a)
    return f"What is on top of the {a}?", answered(up[0] if up else "nothing")


def t247_q_granny4(w: World) -> Made:
    s = w.state
    for a in _shuffled(w, _loose(w)):
        sup = s.support[a]
        if sup in s.bowls:
            return f"Where is the {a}", answered(sup)
        if _is_block(s, sup) and s.base(sup) == TABLE:
            return f"Where is the {a}", answered(sup)
    return None


def t247_q_plain28(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return (f"Which bowl is the {a} in, and how many blocks are in that bowl altogether?",
            answered(f"{bowl}|{len(w.state.in_bowl(bowl))}"))


# ----- matching ---------------------------------------------------------------------------------------
def t247_match_vet2(w: World) -> Made:
    pairs = _with_match(w)
    rest = [b for b in w.blocks if all(b != x for x, _ in pairs)]
    if not pairs or not rest or len(rest) > 5:
        return None
    return _made(w, "Could you put the blocks that match a bowl into their matching bowls, and the rest in the "
                    "bin, please?", _act(rels(*matching(w)), binned(rest)))


def t247_match_swedish(w: World) -> Made:
    if not _with_match(w) or not _match_room(w):
        return None
    return _made(w, "Please put each block in the bowl of same colour, if there is one.", _act(rels(*matching(w))))


def t247_match_podcaster(w: World) -> Made:
    for a, bowl in w.rng.sample(_with_match(w), len(_with_match(w))):
        if w.state.base(a) != bowl and _room(w, bowl, a):
            return _made(w, f"The {bowl} is looking kind of lonely, so put the block that's the same colour as it "
                            "in there. Colour coordination, love it.", _act(rels(Rel("in", a, bowl))))
    return None


def t247_match_engineer3(w: World) -> Made:
    pairs = _with_match(w)
    if {o for _, o in pairs} != set(w.bowls) or not _match_room(w):
        return None
    return _made(w, "For each bowl: put the block of the same colour in it.", _act(rels(*matching(w))))


def t247_match_granny4(w: World) -> Made:
    for a, bowl in w.rng.sample(_with_match(w), len(_with_match(w))):
        if w.state.base(a) != bowl and _room(w, bowl, a):
            return _made(w, f"Please put the {a} In the bowl that is the same colour",
                         _act(rels(Rel("in", a, bowl))))
    return None


def t247_match_plain28(w: World) -> Made:
    s = w.state
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(s.base(b))]
    if not wrong:
        return None
    others = [b for b in w.blocks if b not in wrong]
    return _made(w, "Could you take any block that's sitting in a bowl of a different colour and put it in the bin?",
                 _act(binned(wrong), none_binned(others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("vet2", "swedish", "podcaster", "engineer3", "granny4", "plain28")
FRESH247: list[Template] = [
    (f"t247_{short}_{style}", category, globals()[f"t247_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
