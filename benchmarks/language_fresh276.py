"""`FRESH276`, the two-hundred-and-seventy-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. Six personas, one style each:
- teacher3: a secondary-school teacher, clear and a little bossy: "Every block goes in the bin except the red block."
- german2: a German speaker with small slips in English: "I would like that the blue block is in the red bowl."
- waiter: a waiter, polite service talk: "Right away: could you bring the yellow block to the middle, please?"
- gardener2: a gardener who talks of beds and pots: "Clear out the blue bowl like a weedy bed, all of it to the bin."
- teen3: a teenager, short lowercase messages: "chuck the red block in the bin"
- plain57: a plain, ordinary adult with no quirks: "The blue bowl should be empty."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on cda86fe, the code of 5e82692, before anything it could prompt): 0.80
goal-correct (240 of 300), 60 refused, no wrong action, no wrong reply. The refusals: a German speaker's 'it should
stand on top of him', 'Please put exact two blocks into W, not more' and 'X should not more be on Y', a gardener's 'The
top left corner is X's bed, so ...', 'lifted out and set on the table, like lifting bulbs out of a pot', 'like one
seedling per pot. Which block goes where, I don't mind.', 'but not into the bin, mind. It isn't compost.', 'leave that
bed just as it is' and 'Wrong plant, wrong pot.', a waiter's 'we're clearing this table', 'but not X: X stays in the
bowl' and 'Blocks that match a bowl go into that bowl, and the others into the bin, please. Right away.'
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

_GROUND = (TABLE, *PLACES)


# ----- helpers ---------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _all(*checks: Check) -> Check:
    return lambda i, f: all(c(i, f) for c in checks)


def _one(items: list[str], w: World) -> str | None:
    return w.rng.choice(items) if items else None


def _depth(s: SymState, block: str) -> int:
    """How many blocks lie under `block` in its tower."""
    n, cur = 0, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _stackable(w: World, a: str, b: str) -> bool:
    """Whether `a` can sensibly be put on `b` (different towers' order aside, height within the limit)."""
    s = w.state
    return (a != b and a not in s.above(b) and b not in s.above(a) and s.base(b) != BIN
            and _depth(s, b) + 2 <= layout.MAX_TOWER)


def _grounded(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _out_of(blocks: list[str], bowl: str) -> Check:
    return lambda _i, f: all(f.base(b) != bowl for b in blocks)


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower, in any order, with nothing else in it and not in the bin."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.support[bottoms[0]] in f.support or f.base(bottoms[0]) == BIN:
            return False
        chain = [bottoms[0]]
        while True:
            up = f.on_top(chain[-1])
            if not up:
                break
            if up[0] not in blocks:
                return False
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)
    return check


def _nearest(w: World, target: str, far: bool = False, margin: float = 0.03) -> str | None:
    """The block nearest to (or farthest from) `target`, when it is clearly so."""
    ranked = sorted(w.blocks, key=lambda b: w.dist(b, target), reverse=far)
    if len(ranked) < 2 or abs(w.dist(ranked[0], target) - w.dist(ranked[1], target)) < margin:
        return None
    return ranked[0]


# ----- imperative -----------------------------------------------------------------------------------
def t276_imp_teacher3(w: World) -> Made:
    bowl = _one([b for b in w.bowls if _room(w, b)], w)
    block = bowl and _one([b for b in w.blocks if w.state.base(b) != bowl], w)
    if not bowl or not block:
        return None
    return _made(w, f"Right, eyes on me. Put the {block} in the {bowl}. Now, please.", rels(Rel("in", block, bowl)))


def t276_imp_german2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please put the {a} onto the {b}, it should stand on top of him.", rels(Rel("on", a, b)))


def t276_imp_waiter(w: World) -> Made:
    place = w.rng.choice(list(PLACES))
    block = _one(w.blocks, w)
    if not block:
        return None
    return _made(w, f"Right away! Could you bring the {block} over to the {place}, please?",
                 rels(Rel("at", block, place)))


def t276_imp_gardener2(w: World) -> Made:
    bowl = _one([b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= 5], w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Clear out the {bowl} like a weedy bed, would you? Everything in it goes in the bin.",
                 _all(binned(inside), empty(bowl)))


def t276_imp_teen3(w: World) -> Made:
    block = _one(w.blocks, w)
    if not block:
        return None
    return _made(w, f"chuck the {block} in the bin", binned([block]))


def t276_imp_plain57(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Could you take the {top} off the {below} and put it down on the table?",
                 rels(Rel("on_table", top)))


# ----- declarative ----------------------------------------------------------------------------------
def t276_dec_teacher3(w: World) -> Made:
    bowl = _one([b for b in w.bowls if _room(w, b)], w)
    block = bowl and _one([b for b in w.blocks if w.state.base(b) != bowl], w)
    if not bowl or not block:
        return None
    return _made(w, f"By the end of this, the {block} should be in the {bowl}. No excuses.",
                 rels(Rel("in", block, bowl)))


def t276_dec_german2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} must stand on the {b}.", rels(Rel("on", a, b)))


def t276_dec_waiter(w: World) -> Made:
    block = _one(w.blocks, w)
    if not block:
        return None
    return _made(w, f"One small order, if I may: the {block} goes in the bin. Thank you kindly.", binned([block]))


def t276_dec_gardener2(w: World) -> Made:
    place = w.rng.choice(list(PLACES)[:4])
    block = _one(w.blocks, w)
    if not block:
        return None
    return _made(w, f"The {place} is the {block}'s bed, so that's where the {block} should end up.",
                 rels(Rel("at", block, place)))


def t276_dec_teen3(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"{a} goes on top of the {b}. thats it thats the message", rels(Rel("on", a, b)))


def t276_dec_plain57(w: World) -> Made:
    bowl = _one([b for b in w.bowls if w.state.in_bowl(b)], w)
    if not bowl:
        return None
    return _made(w, f"The {bowl} should be empty.", empty(bowl))


# ----- desiderative ---------------------------------------------------------------------------------
def t276_des_teacher3(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"What I want to see is the {a} sitting on top of the {b}. Off you go.", rels(Rel("on", a, b)))


def t276_des_german2(w: World) -> Made:
    bowl = _one([b for b in w.bowls if _room(w, b)], w)
    block = bowl and _one([b for b in w.blocks if w.state.base(b) != bowl], w)
    if not bowl or not block:
        return None
    return _made(w, f"I would like that the {block} is in the {bowl}.", rels(Rel("in", block, bowl)))


def t276_des_waiter(w: World) -> Made:
    place = w.rng.choice(list(PLACES)[:4])
    block = _one(w.blocks, w)
    if not block:
        return None
    return _made(w, f"Good afternoon! I'd like the {block} in the {place}, if you please. No rush.",
                 rels(Rel("at", block, place)))


def t276_des_gardener2(w: World) -> Made:
    bowl = _one([b for b in w.bowls if w.state.in_bowl(b)], w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"I'd like everything in the {bowl} lifted out and set on the table, like lifting bulbs "
                    f"out of a pot.", _grounded(inside))


def t276_des_teen3(w: World) -> Made:
    block = _one(w.blocks, w)
    if not block:
        return None
    return _made(w, f"i want the {block} gone. in the bin pls", binned([block]))


def t276_des_plain57(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    trio = w.pick(w.blocks, 3)
    names = f"the {trio[0]}, the {trio[1]} and the {trio[2]}"
    return _made(w, f"My goal is to have {names} in one stack.", _one_tower(trio))


# ----- quantified -----------------------------------------------------------------------------------
def t276_qua_teacher3(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Every block goes into the {bowl}. Every single one of them.",
                 rels(*(Rel("in", b, bowl) for b in w.blocks)))


def t276_qua_german2(w: World) -> Made:
    bowl = _one([b for b in w.bowls if not w.state.in_bowl(b)], w)
    if not bowl or len(w.blocks) < 2:
        return None
    return _made(w, f"Please put exact two blocks into the {bowl}, not more.", count_in(bowl, 2))


def t276_qua_waiter(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "All of the blocks into the bin, please; we're clearing this table.", binned(w.blocks))


def t276_qua_gardener2(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "One block in each bowl, please, like one seedling per pot. Which block goes where, I don't mind.",
                 _all(*(count_in(b, 1) for b in w.bowls)))


def t276_qua_teen3(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "stack all the blocks into one big tower", _one_tower(w.blocks))


def t276_qua_plain57(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Please take each block that's in a bowl out and put it on the table.", _grounded(inside))


# ----- negated --------------------------------------------------------------------------------------
def t276_neg_teacher3(w: World) -> Made:
    keep = _one(w.blocks, w)
    rest = [b for b in w.blocks if b != keep]
    if not keep or not rest or len(rest) > 5:
        return None
    return _made(w, f"Every block goes in the bin except the {keep}. The {keep} stays out.",
                 _all(binned(rest), none_binned([keep])))


def t276_neg_german2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The {top} should not more be on the {below}.", rels(Rel("on", top, below, negated=True)))


def t276_neg_waiter(w: World) -> Made:
    bowl = _one([b for b in w.bowls if 2 <= len(w.state.in_bowl(b)) <= 6], w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    keep = w.rng.choice(inside)
    rest = [b for b in inside if b != keep]
    return _made(w, f"Empty the {bowl} into the bin, please, but not the {keep}: the {keep} stays in the bowl.",
                 _all(binned(rest), rels(Rel("in", keep, bowl))))


def t276_neg_gardener2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    block = w.rng.choice(inside)
    bowl = w.state.base(block)
    return _made(w, f"Get the {block} out of the {bowl}, but not into the bin, mind. It isn't compost.",
                 _all(_out_of([block], bowl), none_binned([block])))


def t276_neg_teen3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    keep = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in keep]
    if len(rest) > 5:
        return None
    return _made(w, f"bin all the blocks except the {keep[0]} and the {keep[1]}",
                 _all(binned(rest), none_binned(keep)))


def t276_neg_plain57(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside or len(outside) > 5:
        return None
    where = {b: w.state.base(b) for b in inside}
    return _made(w, "Put all the blocks that aren't in a bowl into the bin.",
                 _all(binned(outside), lambda _i, f: all(f.base(b) == where[b] for b in inside)))


# ----- relative -------------------------------------------------------------------------------------
def t276_rel_teacher3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the block that's on top of the {below} and put it in the bin.", binned([top]))


def t276_rel_german2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _one([b for b in w.bowls if _room(w, b) and w.state.base(below) != b], w)
    if not bowl:
        return None
    return _made(w, f"The block under the {top}, please put it into the {bowl}.", rels(Rel("in", below, bowl)))


def t276_rel_waiter(w: World) -> Made:
    bowl = _one([b for b in w.bowls if not w.state.in_bowl(b)], w)
    block = bowl and _nearest(w, bowl)
    if not bowl or not block:
        return None
    return _made(w, f"The block nearest to the {bowl}? Into the {bowl} with it, please. Coming right up.",
                 rels(Rel("in", block, bowl)))


def t276_rel_gardener2(w: World) -> Made:
    sources = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    src = _one(sources, w)
    dst = src and _one([b for b in w.bowls if b != src and _room(w, b)], w)
    if not src or not dst:
        return None
    block = w.state.in_bowl(src)[0]
    return _made(w, f"The block sitting in the {src}, move it over to the {dst}, like repotting a seedling.",
                 rels(Rel("in", block, dst)))


def t276_rel_teen3(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"whatevers on the {below} put it on the table", rels(Rel("on_table", top)))


def t276_rel_plain57(w: World) -> Made:
    bowl = _one([b for b in w.bowls if _room(w, b)], w)
    block = bowl and _nearest(w, bowl, far=True)
    if not bowl or not block:
        return None
    return _made(w, f"Put the block that's farthest from the {bowl} into the {bowl}.", rels(Rel("in", block, bowl)))


# ----- keep -----------------------------------------------------------------------------------------
def t276_keep_teacher3(w: World) -> Made:
    block = _one(w.blocks, w)
    keep = block and _one([b for b in w.blocks if b != block and b not in w.state.above(block)], w)
    if not block or not keep:
        return None
    return _made(w, f"Put the {block} in the bin, and leave the {keep} exactly where it is. Understood?",
                 _all(binned([block]), kept(keep)))


def t276_keep_german2(w: World) -> Made:
    bowl = _one([b for b in w.bowls if w.state.in_bowl(b)], w)
    keep = bowl and _one([b for b in w.blocks if w.state.base(b) != bowl], w)
    if not bowl or not keep:
        return None
    return _made(w, f"Make the {bowl} empty, but the {keep} must stay where it is.", _all(empty(bowl), kept(keep)))


def t276_keep_waiter(w: World) -> Made:
    clear = [b for b in w.blocks if w.state.is_clear(b)]
    pairs = [(a, b) for a in clear for b in clear if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [x for x in w.blocks if x != a]
    return _made(w, f"Could you move the {a} onto the {b}, please, and leave everything else just as it is?",
                 _all(rels(Rel("on", a, b)), kept(*others)))


def t276_keep_gardener2(w: World) -> Made:
    bowl = _one([b for b in w.bowls if w.state.in_bowl(b)], w)
    block = bowl and _one([b for b in w.blocks if w.state.base(b) != bowl], w)
    if not bowl or not block:
        return None
    place = w.rng.choice(list(PLACES)[:4])
    inside = sorted(w.state.in_bowl(bowl))
    return _made(w, f"Put the {block} in the {place}, but don't disturb the {bowl}; leave that bed just as it is.",
                 _all(rels(Rel("at", block, place)), kept(*inside),
                      lambda _i, f: sorted(f.in_bowl(bowl)) == inside))


def t276_keep_teen3(w: World) -> Made:
    block = _one(w.blocks, w)
    keep = block and _one([b for b in w.blocks if b != block and b not in w.state.above(block)], w)
    if not block or not keep:
        return None
    return _made(w, f"bin the {block} but dont touch the {keep}", _all(binned([block]), kept(keep)))


def t276_keep_plain57(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    s = w.state
    keep = _one([x for x in w.blocks if x not in (a, b) and x not in s.above(a) and x not in s.above(b)], w)
    if not keep:
        return None
    return _made(w, f"Stack the {a} on the {b}, but keep the {keep} where it is.",
                 _all(rels(Rel("on", a, b)), kept(keep)))


# ----- multi-step -----------------------------------------------------------------------------------
def t276_multi_teacher3(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    first = _one([x for x in w.blocks if x not in (a, b)], w)
    if not first:
        return None
    return _made(w, f"First, put the {first} in the bin. Then put the {a} on the {b}.",
                 _all(binned([first]), rels(Rel("on", a, b))))


def t276_multi_german2(w: World) -> Made:
    bowl = _one([b for b in w.bowls if w.state.in_bowl(b)], w)
    if not bowl:
        return None
    out = w.rng.choice(w.state.in_bowl(bowl))
    put = _one([b for b in w.blocks if w.state.base(b) != bowl], w)
    if not put:
        return None
    return _made(w, f"At first take the {out} out of the {bowl}, after this put the {put} into the {bowl}.",
                 _all(_out_of([out], bowl), rels(Rel("in", put, bowl))))


def t276_multi_waiter(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"First the {a} to the middle, then the {b} on top of it, please. Coming right up.",
                 rels(Rel("at", a, "middle"), Rel("on", b, a)))


def t276_multi_gardener2(w: World) -> Made:
    bowl = _one([b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= 5], w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    block = _one([b for b in w.blocks if b not in inside], w)
    if not block:
        return None
    return _made(w, f"Start by clearing the {bowl} into the bin, then plant the {block} in it.",
                 _all(binned(inside), rels(Rel("in", block, bowl))))


def t276_multi_teen3(w: World) -> Made:
    off = _one([b for b in w.blocks if w.state.support[b] not in _GROUND], w)
    other = off and _one([b for b in w.blocks if b != off], w)
    if not off or not other:
        return None
    return _made(w, f"first move the {off} to the table then stack the {other} on it",
                 rels(Rel("on_table", off), Rel("on", other, off)))


def t276_multi_plain57(w: World) -> Made:
    bowl = _one([b for b in w.bowls if _room(w, b)], w)
    block = bowl and _one([b for b in w.blocks if w.state.base(b) != bowl], w)
    other = block and _one([b for b in w.blocks if b != block], w)
    if not bowl or not block or not other:
        return None
    return _made(w, f"Put the {block} in the {bowl}, and after that put the {other} in the bin.",
                 _all(rels(Rel("in", block, bowl)), binned([other])))


# ----- questions ------------------------------------------------------------------------------------
def t276_q_teacher3(w: World) -> Made:
    bowl = _one([b for b in w.bowls if w.state.in_bowl(b)], w)
    if not bowl:
        return None
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks are in the {bowl}? Just the number, please.", answered(str(n))


def t276_q_german2(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    return f"Is the {a} lying on the {b}?", answered(yes(holds(Rel("on", a, b), w.state)))


def t276_q_waiter(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.blocks)
    is_empty = not w.state.in_bowl(bowl)
    return (f"Before I take your order: how many blocks are there altogether, and is the {bowl} empty?",
            answered(f"{n}|{yes(is_empty).lower()}"))


def t276_q_gardener2(w: World) -> Made:
    bowl = _one([b for b in w.bowls if len(w.state.in_bowl(b)) == 1], w)
    if not bowl:
        return None
    return (f"What's growing in the {bowl}? Just the one block, I think. Which one is it?",
            answered(w.state.in_bowl(bowl)[0]))


def t276_q_teen3(w: World) -> Made:
    s = w.state

    def fine(b: str) -> bool:
        sup = s.support[b]
        return sup == TABLE or sup in s.bowls or (sup in s.support and s.base(b) == TABLE)

    block = _one([b for b in w.blocks if fine(b)], w)
    if not block:
        return None
    sup = s.support[block]
    return f"wheres the {block}", answered(sup)


def t276_q_plain57(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        block = w.rng.choice(pairs)[1]
    else:
        block = w.rng.choice(w.blocks)
    return f"Quick question: is anything sitting on top of the {block}?", answered(yes(not w.state.is_clear(block)))


# ----- colour matching ------------------------------------------------------------------------------
def t276_match_teacher3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Every block that has a bowl of the same colour goes into that bowl. Let's be tidy about it.",
                 rels(*want))


def t276_match_german2(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Please put the {r.block} in the bowl which has the same colour.", rels(r))


def t276_match_waiter(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or len(rest) > 5:
        return None
    return _made(w, "Blocks that match a bowl go into that bowl, and the others into the bin, please. Right away.",
                 _all(rels(*want), binned(rest)))


def t276_match_gardener2(w: World) -> Made:
    s = w.state
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(s.base(b))]
    if not wrong:
        return None
    return _made(w, "Anything sitting in a bowl of a different colour, take it out and put it on the table. "
                    "Wrong plant, wrong pot.", _grounded(wrong))


def t276_match_teen3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"put the block that matches the {r.target} in the bin lol", binned([r.block]))


def t276_match_plain57(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    s = w.state
    moving = [r.block for r in want if not holds(r, s)]
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(o in s.above(m) for m in moving for o in others):
        return None
    return _made(w, "Please put each block into the bowl of the same colour, if there is one, and leave the other "
                    "blocks where they are.", _all(rels(*want), kept(*others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("teacher3", "german2", "waiter", "gardener2", "teen3", "plain57")
FRESH276: list[Template] = [
    (f"t276_{short}_{style}", category, globals()[f"t276_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
