"""`FRESH328`, the three-hundred-and-twenty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, asking for ordinary things in their own words. Six
personas write them:
- pilot5: an airline pilot, crisp procedure ("Step one: red block to the bin. Step two: blue block to the middle.")
- gardener6: a gardener, friendly, plant and garden talk ("Could you pop the red block in the bin, like a weed?")
- kid7: an eight-year-old, excited, simple words ("put the red block on the blue block!! make a tower")
- french5: a French speaker writing English with small slips ("I would like that the red block is in the middle.")
- manager: an office manager, businesslike, action items ("Action item: relocate the red block to the blue bowl.")
- plain109: a plain, ordinary adult ("Can you move the red block over to the blue bowl?")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb8ea72, the code of 7077ecf, before anything it could prompt): 0.9333
goal-correct (280 of 300), 20 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a French speaker's
'X must be in the bottom left corner, is more good there.', a kid's 'i want X on top of Y!! make it a tower', a
manager's 'Action item: move X to the bottom right corner. W is out of scope, no changes to it.', a gardener's '...
Layering it up like mulch.'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_MARGIN = 0.03  # metres: how much clearer a winner must be than the runner-up


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    """Whether `bowl` has room for `n` more blocks."""
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _height(w: World, block: str) -> int:
    """How many blocks the tower holds from `block` down to its base, `block` included."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _below(w: World, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _stackable(w: World, top: str, below: str, extra: int = 0) -> bool:
    """`top` (clear) can go on `below` (clear) without a tower taller than allowed."""
    return top != below and w.state.is_clear(below) and _height(w, below) + 1 + extra <= layout.MAX_TOWER


def _two(w: World) -> list[str]:
    """Two different clear blocks, the first to go onto the second, or []."""
    pair = w.pick(w.clear_blocks(), 2)
    return pair if pair and _stackable(w, pair[0], pair[1]) else []


def _winner(w: World, cands: list[str], key) -> str | None:
    """The candidate with the smallest key, when it beats the runner-up by `_MARGIN`."""
    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= _MARGIN else None


def _stay(*blocks: str) -> Check:
    """Each block's tower still stands where it stood (same bowl, table, ...)."""
    return lambda i, f: all(f.base(b) == i.base(b) for b in blocks)


def _on_table(b: str) -> Check:
    return lambda _i, f: f.base(b) in (TABLE, *PLACES)


def _in_bin(state: SymState) -> int:
    return sum(state.base(b) == BIN for b in state.blocks)


def _todo_matching(w: World) -> list[Rel]:
    """The colour-matching relations that do not hold yet, [] when a bowl would overflow."""
    want = matching(w)
    if any(not _room(w, r.target) for r in want if not holds(r, w.state)):
        return []
    return [r for r in want if not holds(r, w.state)]


def _unmatched(w: World) -> list[str]:
    bowl_colours = {w.colour(b) for b in w.bowls}
    return [b for b in w.blocks if w.colour(b) not in bowl_colours]


def _where(w: World, block: str) -> str:
    s = w.state.support[block]
    return "table" if s in (TABLE, *PLACES) else s


# ----- imperative ------------------------------------------------------------------------------------
def t328_imp_pilot5(w: World) -> Made:
    b, bowl = w.pick(w.clear_blocks()), w.pick(w.bowls)
    if not b or not _room(w, bowl[0]):
        return None
    return _made(w, f"Transfer the {b[0]} to the {bowl[0]}. Report when done.", _act(rels(Rel("in", b[0], bowl[0]))))


def t328_imp_gardener6(w: World) -> Made:
    pair = _two(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Could you set the {a} on top of the {b} for me? Like staking up a young tomato plant.",
                 _act(rels(Rel("on", a, b))))


def t328_imp_kid7(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"throw the {b[0]} in the bin!!! bye bye {w.colour(b[0])} block", _act(binned(b)))


def t328_imp_french5(w: World) -> Made:
    b, place = w.pick(w.clear_blocks()), w.rng.choice(PLACES)
    if not b:
        return None
    return _made(w, f"Please, you can put the {b[0]} on the {place}?", _act(rels(Rel("at", b[0], place))))


def t328_imp_manager(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the {top} off the {below} and set it down on the table, please.",
                 _act(rels(Rel("on_table", top))))


def t328_imp_plain109(w: World) -> Made:
    b, bowl = w.pick(w.clear_blocks()), w.pick(w.bowls)
    if not b or not _room(w, bowl[0]):
        return None
    return _made(w, f"Can you move the {b[0]} over to the {bowl[0]}?", _act(rels(Rel("in", b[0], bowl[0]))))


# ----- declarative -----------------------------------------------------------------------------------
def t328_dec_pilot5(w: World) -> Made:
    pair = _two(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Target configuration: the {a} on top of the {b}.", _act(rels(Rel("on", a, b))))


def t328_dec_gardener6(w: World) -> Made:
    b, bowl = w.pick(w.clear_blocks()), w.pick(w.bowls)
    if not b or not _room(w, bowl[0]):
        return None
    return _made(w, f"The {b[0]} belongs in the {bowl[0]}, same as a tulip belongs in its own bed.",
                 _act(rels(Rel("in", b[0], bowl[0]))))


def t328_dec_kid7(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"the {b[0]} has to go in the bin ok", _act(binned(b)))


def t328_dec_french5(w: World) -> Made:
    b, place = w.pick(w.clear_blocks()), w.rng.choice(PLACES)
    if not b:
        return None
    return _made(w, f"The {b[0]} must be in the {place}, is more good there.", _act(rels(Rel("at", b[0], place))))


def t328_dec_manager(w: World) -> Made:
    b, bowl = w.pick(w.clear_blocks()), w.pick(w.bowls)
    if not b or not _room(w, bowl[0]):
        return None
    return _made(w, f"Going forward, the {b[0]} needs to be in the {bowl[0]}.", _act(rels(Rel("in", b[0], bowl[0]))))


def t328_dec_plain109(w: World) -> Made:
    pair = _two(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"The {a} should be sitting on the {b}.", _act(rels(Rel("on", a, b))))


# ----- desiderative ----------------------------------------------------------------------------------
def t328_des_pilot5(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Request the {b[0]} be placed in the bin.", _act(binned(b)))


def t328_des_gardener6(w: World) -> Made:
    b, bowl = w.pick(w.clear_blocks()), w.pick(w.bowls)
    if not b or not _room(w, bowl[0]):
        return None
    return _made(w, f"I'd love to see the {b[0]} in the {bowl[0]}, snug as a bulb in a pot.",
                 _act(rels(Rel("in", b[0], bowl[0]))))


def t328_des_kid7(w: World) -> Made:
    pair = _two(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"i want the {a} on top of the {b}!! make it a tower", _act(rels(Rel("on", a, b))))


def t328_des_french5(w: World) -> Made:
    b, place = w.pick(w.clear_blocks()), w.rng.choice(PLACES)
    if not b:
        return None
    return _made(w, f"I would like that the {b[0]} is in the {place}.", _act(rels(Rel("at", b[0], place))))


def t328_des_manager(w: World) -> Made:
    b, bowl = w.pick(w.clear_blocks()), w.pick(w.bowls)
    if not b or not _room(w, bowl[0]):
        return None
    return _made(w, f"It would be great if the {b[0]} could end up in the {bowl[0]} by end of day.",
                 _act(rels(Rel("in", b[0], bowl[0]))))


def t328_des_plain109(w: World) -> Made:
    off = [b for b in w.clear_blocks() if w.state.support[b] != TABLE]
    if not off:
        return None
    b = w.rng.choice(off)
    return _made(w, f"I'd like the {b} put down on the table, please.", _act(rels(Rel("on_table", b))))


# ----- quantified ------------------------------------------------------------------------------------
def t328_qua_pilot5(w: World) -> Made:
    return _made(w, "All blocks to the bin. Every one of them.", _act(binned(w.blocks)))


def t328_qua_gardener6(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return _made(w, "Could you gather up every block that isn't in a bowl and put them in the bin? "
                    "Like clearing the weeds off the path.", _act(binned(outside), _stay(*inside)))


def t328_qua_kid7(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"put 2 blocks in the {bowl}!! just 2", _act(count_in(bowl, 2)))


def t328_qua_french5(w: World) -> Made:
    if not w.in_bowls():
        return None
    return _made(w, "Take all the blocks out of the bowls and put them on the table, please. All of them.",
                 _act(*(_on_table(b) for b in w.blocks)))


def t328_qua_manager(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full or len(w.bowls) < 2:
        return None
    src = w.rng.choice(full)
    dst = w.rng.choice([b for b in w.bowls if b != src])
    moving = w.state.in_bowl(src)
    if not _room(w, dst, len(moving)):
        return None
    return _made(w, f"Please move everything in the {src} into the {dst}.",
                 _act(rels(*(Rel("in", b, dst) for b in moving))))


def t328_qua_plain109(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    check = lambda _i, f: _in_bin(f) == 3
    return _made(w, "Put three of the blocks in the bin. Any three is fine.", _act(check))


# ----- negated ---------------------------------------------------------------------------------------
def t328_neg_pilot5(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"No blocks are to remain in the {bowl}. Clear it.", _act(empty(bowl)))


def t328_neg_gardener6(w: World) -> Made:
    keep = w.pick(w.blocks)
    if len(w.blocks) < 3:
        return None
    rest = [b for b in w.blocks if b != keep[0]]
    return _made(w, f"Everything except the {keep[0]} can go in the bin. Like pulling the weeds but keeping the one "
                    "rose.", _act(binned(rest), none_binned(keep)))


def t328_neg_kid7(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"the {top} can't be on the {below} anymore!! take it off",
                 _act(rels(Rel("on", top, below, negated=True))))


def t328_neg_french5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return _made(w, f"The {b} must not stay in the {bowl}, take it out please.",
                 _act(rels(Rel("in", b, bowl, negated=True))))


def t328_neg_manager(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    return _made(w, f"Bin everything apart from whatever is in the {bowl}. The {bowl} itself stays as it is.",
                 _act(binned(rest), kept(*inside)))


def t328_neg_plain109(w: World) -> Made:
    covered = [s for _t, s in w.pairs()]
    if not covered:
        return None
    b = w.rng.choice(covered)
    return _made(w, f"I don't want anything sitting on top of the {b}.", _act(rels(Rel("clear", b))))


# ----- relative --------------------------------------------------------------------------------------
def t328_rel_pilot5(w: World) -> Made:
    b = _winner(w, w.blocks, w.y)
    if b is None:
        return None
    return _made(w, "Leftmost block to the bin.", _act(binned([b])))


def t328_rel_gardener6(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = _winner(w, w.blocks, lambda x: w.dist(x, bowl))
    if b is None or not w.state.is_clear(b):
        return None
    return _made(w, f"Would you move the block closest to the {bowl} into it? Like tucking a seedling into its pot.",
                 _act(rels(Rel("in", b, bowl))))


def t328_rel_kid7(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"put the block thats on the {below} in the bin", _act(binned([top])))


def t328_rel_french5(w: World) -> Made:
    single = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block who is in the {bowl}, put it on the table please.", _act(rels(Rel("on_table", b))))


def t328_rel_manager(w: World) -> Made:
    b = _winner(w, w.blocks, lambda x: -w.y(x))
    place = w.rng.choice(PLACES)
    if b is None:
        return None
    return _made(w, f"Please relocate the rightmost block to the {place}.", _act(rels(Rel("at", b, place))))


def t328_rel_plain109(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the block that the {top} is sitting on and put it in the bin.", _act(binned([below])))


# ----- keep ------------------------------------------------------------------------------------------
def _keep_other(w: World, moving: list[str]) -> str | None:
    """A block that is neither moving nor resting above a moving block."""
    above = {x for m in moving for x in w.state.above(m)}
    others = [b for b in w.blocks if b not in moving and b not in above]
    return w.rng.choice(others) if others else None


def t328_keep_pilot5(w: World) -> Made:
    a, bowl = w.pick(w.clear_blocks()), w.pick(w.bowls)
    if not a or not _room(w, bowl[0]):
        return None
    b = _keep_other(w, a)
    if b is None:
        return None
    return _made(w, f"Move the {a[0]} to the {bowl[0]}. Do not disturb the {b}.",
                 _act(rels(Rel("in", a[0], bowl[0])), kept(b)))


def t328_keep_gardener6(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    b = _keep_other(w, a) if a else None
    if b is None:
        return None
    return _made(w, f"Pop the {a[0]} in the bin, but leave the {b} right where it's planted.",
                 _act(binned(a), kept(b)))


def t328_keep_kid7(w: World) -> Made:
    pair = _two(w)
    c = _keep_other(w, pair) if pair else None
    if c is None:
        return None
    a, b = pair
    return _made(w, f"put the {a} on the {b} but DONT touch the {c}!!", _act(rels(Rel("on", a, b)), kept(c)))


def t328_keep_french5(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not bottoms or len(w.blocks) < 3:
        return None
    b = w.rng.choice(bottoms)
    rest = [x for x in w.blocks if x != b]
    return _made(w, f"Put all the blocks in the bin but let the {b} where it is.", _act(binned(rest), kept(b)))


def t328_keep_manager(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    movable = [b for b in w.clear_blocks() if b not in inside]
    if not movable:
        return None
    a, place = w.rng.choice(movable), w.rng.choice(PLACES)
    check = _act(rels(Rel("at", a, place)), kept(*inside), count_in(bowl, len(inside)))
    return _made(w, f"Action item: move the {a} to the {place}. The {bowl} is out of scope, no changes to it.", check)


def t328_keep_plain109(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.rng.choice(full)
    bases = [b for b in w.state.in_bowl(bowl) if w.state.support[b] == bowl]
    b = w.rng.choice(bases)
    check = lambda _i, f: f.in_bowl(bowl) == [b]
    return _made(w, f"Empty out the {bowl}, but leave the {b} in there where it is.", _act(check, kept(b)))


# ----- multi_step ------------------------------------------------------------------------------------
def t328_multi_pilot5(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    a, b = pair
    place = w.rng.choice(PLACES)
    return _made(w, f"Step one: the {a} to the bin. Step two: the {b} to the {place}.",
                 _act(binned([a]), rels(Rel("at", b, place))))


def t328_multi_gardener6(w: World) -> Made:
    pair, bowl = w.pick(w.clear_blocks(), 2), w.pick(w.bowls)
    if not pair or not _room(w, bowl[0], 2):
        return None
    a, b = pair
    return _made(w, f"First could you put the {a} in the {bowl[0]}, and then set the {b} on top of it? "
                    "Layering it up like mulch.", _act(rels(Rel("in", a, bowl[0]), Rel("on", b, a))))


def t328_multi_kid7(w: World) -> Made:
    pairs, bowl = w.pairs(), w.pick(w.bowls)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if w.state.base(below) == bowl[0] or not _room(w, bowl[0]):
        return None
    return _made(w, f"first take the {top} off the {below} and then put the {below} in the {bowl[0]}",
                 _act(rels(Rel("on", top, below, negated=True), Rel("in", below, bowl[0]))))


def t328_multi_french5(w: World) -> Made:
    trio = w.pick(w.clear_blocks(), 3)
    if not trio or not _stackable(w, trio[0], trio[1], extra=1):
        return None
    a, b, c = trio
    return _made(w, f"First you put the {a} on the {b}, after you put the {c} on the {a}.",
                 _act(rels(Rel("on", a, b), Rel("on", c, a))))


def t328_multi_manager(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    movable = [b for b in w.clear_blocks() if b not in inside]
    if not movable:
        return None
    b = w.rng.choice(movable)
    return _made(w, f"Two action items: one, empty the {bowl} into the bin; two, once that's done, move the {b} "
                    f"into the {bowl}.", _act(binned(inside), rels(Rel("in", b, bowl))))


def t328_multi_plain109(w: World) -> Made:
    trio = w.pick(w.clear_blocks(), 3)
    if not trio or len(w.bowls) < 2:
        return None
    a, b, c = trio
    one, two = w.pick(w.bowls, 2)
    if not _room(w, one) or not _room(w, two):
        return None
    return _made(w, f"Put the {a} in the {one}, then the {b} in the {two}, and after that the {c} in the bin.",
                 _act(rels(Rel("in", a, one), Rel("in", b, two)), binned([c])))


# ----- question --------------------------------------------------------------------------------------
def t328_q_pilot5(w: World) -> Made:
    return "Status report: how many blocks are on the table?", answered(str(w.state.count_at(TABLE)))


def t328_q_gardener6(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return (f"What's growing in the {bowl} today? I mean, which blocks are in it?",
            answered("|".join(w.state.in_bowl(bowl))))


def t328_q_kid7(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        two = w.pick(w.blocks, 2)
        if not two:
            return None
        a, b = two
    return f"is the {a} on the {b}??", answered(yes(w.state.support[a] == b))


def t328_q_french5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return f"Where is the {b}, please? I don't find it.", answered(_where(w, b))


def t328_q_manager(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"Quick question: how many blocks are in the {bowl} right now?", answered(str(len(w.state.in_bowl(bowl))))


def t328_q_plain109(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"What's on top of the {below}?", answered(top)


# ----- matching --------------------------------------------------------------------------------------
def t328_match_pilot5(w: World) -> Made:
    todo = _todo_matching(w)
    if not todo:
        return None
    return _made(w, "Sort the blocks by colour into the matching bowls.", _act(rels(*matching(w))))


def t328_match_gardener6(w: World) -> Made:
    todo = _todo_matching(w)
    if not todo:
        return None
    return _made(w, "Could you put each block in the bowl of the same colour? Like sorting seeds into their packets.",
                 _act(rels(*matching(w))))


def t328_match_kid7(w: World) -> Made:
    todo = _todo_matching(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    return _made(w, f"put the {r.block} in the {r.target}!! they're the same colour!!", _act(rels(r)))


def t328_match_french5(w: World) -> Made:
    todo, other = _todo_matching(w), _unmatched(w)
    if not todo or not other:
        return None
    return _made(w, "Put the blocks in the bowls of the same colour, and the others blocks in the bin.",
                 _act(rels(*matching(w)), binned(other)))


def t328_match_manager(w: World) -> Made:
    todo, other = _todo_matching(w), _unmatched(w)
    moving = {r.block for r in todo}
    if not todo or not other or any(moving & set(_below(w, x)) for x in other):
        return None
    return _made(w, "Please match blocks to bowls by colour where possible. Anything without a matching bowl stays "
                    "exactly where it is.", _act(rels(*matching(w)), kept(*other)))


def t328_match_plain109(w: World) -> Made:
    todo = _todo_matching(w)
    if len(todo) < 2:
        return None
    r1, r2 = w.pick(todo, 2)
    return _made(w, f"Put the {r1.block} and the {r2.block} into the bowls that match their colours.",
                 _act(rels(r1, r2)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pilot5", "gardener6", "kid7", "french5", "manager", "plain109")
FRESH328: list[Template] = [
    (f"t328_{short}_{style}", category, globals()[f"t328_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
