"""`FRESH108`, the hundred-and-ninth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: exclusions and negations in the many forms people use ("everything but X", "all except", "not including",
"leave out X", "save for", "bar X", "other than", "apart from", "with the exception of", "anything that isn't red",
"no longer on the table", "never in the bin", "don't bother with X", "the rest", "the others"), combined with
ordinary requests, goal sentences and questions. The six styles are six speakers:

- engineer: "Target state: every block except the red block in the bin, the red block unchanged."
- teacher: "Every block that isn't blue belongs in the green bowl."
- parent: "Put all but one of the blocks in the bin - I don't mind which one stays out."
- customer: "Could you move the red block to the middle? Don't bother with the rest."
- gamer: "Bin all the blocks save for the red and blue ones."
- colleague: "Mind emptying the bowls onto the table? Everything apart from the red block, that is."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on b72f94f, after every fix before it and before anything it could prompt):
0.597 goal-correct (179 of 300), 95 refused, 3 asked, 23 wrong: 9 wrong actions ('Any block that isn't C or D goes in the
bin.' binned D, twice, and "I want any block that isn't C in the bin." binned one block, twice; "I'd like X out of W, and
not on the table either." put X on the table, twice; 'Two blocks in W, please; anything but X.' put X in; "X goes in the
matching bowl, but don't add anything else to that bowl." moved three other blocks; 'Lift X off Y, but not onto the
table' stacked X on a block that stands on the table, which this batch counts as on the table) and 14 wrong replies
(questions with an exclusion: 'Are all the blocks except X on the table?', 'How many blocks, other than X, are not in any
bowl?', 'How many blocks are on the table, not counting X?', 'Does W hold any block other than X?').
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
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

BIN_CAPACITY = 5
PLACE_CAPACITY = len(layout.PLACE_SLOTS)
_GROUND = (TABLE, *PLACES)


# ----- helpers -----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _made(w: World, text: str, *checks: Check) -> Made:
    """An action instance: the goal plus an empty gripper, and only when the goal does not hold already."""
    check = both(*checks, _idle)
    return None if check(w.state, w.state) else (text, check)


def _say(w: World, options: list[str], **names: str) -> str:
    return w.rng.choice(options).format(**names)


def _loose(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) not in (BIN, GRIPPER)]


def _others(w: World, *excluded: str) -> list[str]:
    return [b for b in _loose(w) if b not in excluded]


def _in_bin(s: SymState) -> int:
    return sum(1 for b in s.blocks if s.base(b) == BIN)


def _bin_room(w: World, blocks: list[str]) -> bool:
    return (
        _in_bin(w.state) + sum(1 for b in blocks if w.state.base(b) != BIN)
        <= BIN_CAPACITY
    )


def _bowl_room(w: World, bowl: str, blocks: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(blocks)) <= layout.BOWL_CAPACITY


def _place_room(w: World, place: str, blocks: list[str]) -> bool:
    here = [b for b in w.blocks if w.state.base(b) == place]
    return len(set(here) | set(blocks)) <= PLACE_CAPACITY


def _height(s: SymState, block: str) -> int:
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(w: World, a: str, b: str) -> bool:
    s = w.state
    return (
        a != b
        and s.is_clear(a)
        and s.is_clear(b)
        and s.base(b) not in (BIN, GRIPPER)
        and _height(s, b) < layout.MAX_TOWER
    )


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_stack(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _at(blocks: list[str], place: str) -> Check:
    return rels(*(Rel("at", b, place) for b in blocks))


def _in(blocks: list[str], bowl: str) -> Check:
    return rels(*(Rel("in", b, bowl) for b in blocks))


def _not_in(blocks: list[str], bowl: str) -> Check:
    return rels(*(Rel("in", b, bowl, negated=True) for b in blocks))


def _not_at(blocks: list[str], place: str) -> Check:
    return rels(*(Rel("at", b, place, negated=True) for b in blocks))


def _on_ground(blocks: list[str]) -> Check:
    """On the table as people count it: the block's tower stands on the table or a named place."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _room_bowls(w: World, block: str | None = None) -> list[str]:
    return [c for c in w.bowls if _bowl_room(w, c, [block] if block else [])]


def _colour(w: World, block: str) -> str:
    return w.colour(block)


# ----- imperative ----------------------------------------------------------------------------------------
def t108_imp_engineer(w: World) -> Made:
    x = w.pick(_loose(w))[0]
    rest = _others(w, x)
    if not rest or not _bin_room(w, rest):
        return None
    text = _say(
        w,
        [
            "Move every block except the {x} into the bin.",
            "Transfer all blocks, excluding the {x}, to the bin.",
            "Send each block to the bin with the exception of the {x}.",
        ],
        x=x,
    )
    return _made(w, text, binned(rest), none_binned([x]))


def t108_imp_teacher(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.pick(outside)[0]
    rest = _others(w, x)
    if not _bowl_room(w, bowl, rest):
        return None
    text = _say(
        w,
        [
            "Put all the blocks other than the {x} in the {bowl}, please.",
            "Place every block apart from the {x} into the {bowl}.",
            "Right, into the {bowl} with all of the blocks - all of them except the {x}.",
        ],
        x=x,
        bowl=bowl,
    )
    return _made(w, text, _in(rest, bowl), _not_in([x], bowl))


def t108_imp_parent(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs or not _bin_room(w, [pairs[0][0]]):
        return None
    a, b = w.rng.choice(pairs)
    text = _say(
        w,
        [
            "Put the {a} in the bin, but not the {b} it's sitting on.",
            "Just the {a} in the bin, sweetheart - leave the {b} underneath it alone.",
            "Throw the {a} in the bin. Not the {b} under it, only the {a}.",
        ],
        a=a,
        b=b,
    )
    return _made(w, text, binned([a]), kept(b))


def t108_imp_customer(w: World) -> Made:
    clear = [b for b in _loose(w) if w.state.is_clear(b)]
    place = w.rng.choice(PLACES)
    if not clear or not _place_room(w, place, clear[:1]):
        return None
    a = w.pick(clear)[0]
    rest = _others(w, a)
    text = _say(
        w,
        [
            "Could you move the {a} to the {place}? Don't bother with the rest.",
            "Please put the {a} at the {place} and leave the other blocks as they are.",
            "Move the {a} over to the {place} for me - no need to touch anything else.",
        ],
        a=a,
        place=place,
    )
    return _made(w, text, _at([a], place), kept(*rest))


def t108_imp_gamer(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    x1, x2 = w.pick(loose, 2)
    rest = _others(w, x1, x2)
    if not _bin_room(w, rest):
        return None
    c1, c2 = _colour(w, x1), _colour(w, x2)
    text = _say(
        w,
        [
            "Bin all the blocks save for the {c1} and {c2} ones.",
            "Yeet every block into the bin except the {x1} and the {x2}.",
            "Everything into the bin, bar the {c1} and {c2} blocks. Go!",
        ],
        c1=c1,
        c2=c2,
        x1=x1,
        x2=x2,
    )
    return _made(w, text, binned(rest), none_binned([x1, x2]))


def t108_imp_colleague(w: World) -> Made:
    inside = w.in_bowls()
    if len(inside) < 2:
        return None
    x = w.pick(inside)[0]
    home = w.state.base(x)
    rest = [b for b in inside if b != x]
    text = _say(
        w,
        [
            "Could you take all the blocks out of the bowls except the {x} and set them on the table?",
            "Mind emptying the bowls onto the table? Everything apart from the {x}, that is.",
            "Can you move the blocks in the bowls, all but the {x}, onto the table?",
        ],
        x=x,
    )
    return _made(w, text, _on_ground(rest), _in([x], home))


# ----- declarative ---------------------------------------------------------------------------------------
def t108_dec_engineer(w: World) -> Made:
    bottoms = [b for b in _loose(w) if w.state.support[b] not in w.state.support]
    if not bottoms:
        return None
    x = w.pick(bottoms)[0]
    rest = _others(w, x)
    if not rest or not _bin_room(w, rest):
        return None
    text = _say(
        w,
        [
            "Target state: every block except the {x} in the bin, the {x} unchanged.",
            (
                "Spec for this run: the bin ends up holding all the blocks excluding the {x}, "
                "and the {x} does not move."
            ),
            "Expected end state: all blocks but the {x} are in the bin; the {x} stays exactly where it is.",
        ],
        x=x,
    )
    return _made(w, text, binned(rest), kept(x))


def t108_dec_teacher(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.pick(outside)[0]
    rest = _others(w, x)
    if not _bowl_room(w, bowl, rest):
        return None
    c = _colour(w, x)
    text = _say(
        w,
        [
            "Every block that isn't {c} belongs in the {bowl}.",
            "The blocks that are not {c} go into the {bowl}; the {c} one stays out.",
            "All the blocks other than the {c} one should end up in the {bowl}.",
        ],
        c=c,
        bowl=bowl,
    )
    return _made(w, text, _in(rest, bowl), _not_in([x], bowl))


def t108_dec_parent(w: World) -> Made:
    on_table = w.state.on_the_table()
    candidates = [b for b in on_table if w.state.support[b] == TABLE]
    if len(on_table) < 2 or not candidates:
        return None
    x = w.pick(candidates)[0]
    if not _bin_room(w, [b for b in on_table if b != x]):
        return None
    text = _say(
        w,
        [
            "No blocks left on the table except the {x}, please.",
            "By the time you're done, the {x} is the only block still on the table.",
            "The table should have no blocks on it but the {x}.",
        ],
        x=x,
    )
    return _made(w, text, lambda _i, f: set(f.on_the_table()) == {x})


def t108_dec_customer(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    y, z = w.pick(loose, 2)
    above = [b for b in w.state.above(y) + w.state.above(z) if b not in (y, z)]
    x = (
        w.rng.choice(above)
        if above
        else w.rng.choice([b for b in loose if b not in (y, z)])
    )
    if not _bin_room(w, [y, z]):
        return None
    text = _say(
        w,
        [
            "The {y} and the {z} should go in the bin, but the {x} should never end up in there.",
            "The {x} is never to be binned; the {y} and the {z} are.",
            "Both the {y} and the {z} belong in the bin - not the {x}, that one's a keeper.",
        ],
        x=x,
        y=y,
        z=z,
    )
    return _made(w, text, binned([y, z]), none_binned([x]))


def t108_dec_gamer(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    x = w.pick(_loose(w))[0]
    text = _say(
        w,
        [
            "Level clear = the {bowl} holds nothing but the {x}.",
            "Win condition: the {x} is in the {bowl} and no other block is.",
            "GG once the {bowl} has the {x} in it and nothing else.",
        ],
        x=x,
        bowl=bowl,
    )
    return _made(w, text, lambda _i, f: set(f.in_bowl(bowl)) == {x})


def t108_dec_colleague(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table:
        return None
    x = w.pick(on_table)[0]
    if not _room_bowls(w, x):
        return None
    text = _say(
        w,
        [
            "So the {x} shouldn't be on the table any more, and not in the bin either.",
            "End result: the {x} off the table - but not in the bin.",
            "The {x} needs to be somewhere other than the table, and the bin is not an option.",
        ],
        x=x,
    )
    return _made(w, text, lambda _i, f: f.base(x) in f.bowls)


# ----- desiderative --------------------------------------------------------------------------------------
def t108_des_engineer(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if len(outside) < 2:
        return None
    x, y = w.pick(outside, 2)
    rest = _others(w, x, y)
    if not rest or not _bowl_room(w, bowl, rest):
        return None
    text = _say(
        w,
        [
            "I need every block apart from the {x} and the {y} in the {bowl}.",
            "I want all blocks except the {x} and {y} placed in the {bowl}.",
            "What I need is the {bowl} holding all the blocks other than the {x} and the {y}.",
        ],
        x=x,
        y=y,
        bowl=bowl,
    )
    return _made(w, text, _in(rest, bowl), _not_in([x, y], bowl))


def t108_des_teacher(w: World) -> Made:
    place = w.rng.choice(PLACES)
    x = w.pick(_loose(w))[0]
    rest = _others(w, x)
    if not _place_room(w, place, rest) or w.state.base(x) == place:
        return None
    text = _say(
        w,
        [
            "I'd like all the blocks, not including the {x}, moved to the {place}.",
            "I would like every block except the {x} gathered at the {place}.",
            "I'd like to see all of the blocks but the {x} in the {place}.",
        ],
        x=x,
        place=place,
    )
    return _made(w, text, _at(rest, place), _not_at([x], place))


def t108_des_parent(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.pick(inside)[0]
    bowl = w.state.base(x)
    if not _bin_room(w, [x]):
        return None
    text = _say(
        w,
        [
            "I'd like the {x} out of the {bowl}, and not on the table either.",
            "I want the {x} taken out of the {bowl} - but don't leave it lying on the table.",
            "I'd like the {x} gone from the {bowl}, and not onto the table, please.",
        ],
        x=x,
        bowl=bowl,
    )
    return _made(w, text, lambda _i, f: f.base(x) not in (bowl, *_GROUND))


def t108_des_customer(w: World) -> Made:
    x = w.pick(_loose(w))[0]
    rest = _others(w, x)
    if not _bin_room(w, rest):
        return None
    text = _say(
        w,
        [
            "I'd like every block that isn't {c} in the bin.",
            "I'd like all of the blocks that aren't {c} thrown in the bin, please.",
            "I want any block that isn't {c} in the bin.",
        ],
        c=_colour(w, x),
    )
    return _made(w, text, binned(rest), none_binned([x]))


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower of their own, standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if (
            len(bottoms) != 1
            or f.support[bottoms[0]] in f.support
            or f.support[bottoms[0]] in (BIN, GRIPPER)
        ):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def t108_des_gamer(w: World) -> Made:
    bottoms = [b for b in _loose(w) if w.state.support[b] not in w.state.support]
    if not bottoms:
        return None
    x = w.pick(bottoms)[0]
    rest = _others(w, x)
    if not 2 <= len(rest) <= layout.MAX_TOWER:
        return None
    text = _say(
        w,
        [
            "I want all the other blocks in one tower, but leave the {x} out of it.",
            "I want one tower built out of every block except the {x} - and the {x} stays where it is.",
            "I wanna see a single stack with all the blocks apart from the {x}; don't touch the {x}.",
        ],
        x=x,
    )
    return _made(w, text, _one_tower(rest), kept(x))


def t108_des_colleague(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = _say(
        w,
        [
            "I'd like the {a} on top of the {b}; leave the other blocks alone.",
            "I'd like the {a} stacked on the {b}, without moving any of the others.",
            "Ideally the {a} ends up on the {b}, and nothing else gets moved.",
        ],
        a=a,
        b=b,
    )
    return _made(w, text, rels(Rel("on", a, b)), kept(*_others(w, a)))


# ----- quantified ----------------------------------------------------------------------------------------
def t108_qua_engineer(w: World) -> Made:
    empty_bowls = [c for c in w.bowls if not w.state.in_bowl(c)]
    if not empty_bowls:
        return None
    bowl = w.pick(empty_bowls)[0]
    x = w.pick(_loose(w))[0]
    if len(_others(w, x)) < 2:
        return None
    text = _say(
        w,
        [
            "Put two blocks into the {bowl} - any two except the {x}.",
            "Place exactly two of the blocks, not including the {x}, in the {bowl}.",
            "Two blocks in the {bowl}, please; anything but the {x}.",
        ],
        x=x,
        bowl=bowl,
    )
    return _made(w, text, count_in(bowl, 2), _not_in([x], bowl))


def t108_qua_teacher(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    outside = [b for b in _loose(w) if w.state.base(b) not in w.bowls]
    if not outside:
        return None
    x = w.pick(outside)[0]
    rest = _others(w, x)
    room = sum(layout.BOWL_CAPACITY - len(w.state.in_bowl(c)) for c in w.bowls)
    if sum(1 for b in rest if w.state.base(b) not in w.bowls) > room:
        return None
    text = _say(
        w,
        [
            "Each block apart from the {x} needs to be in a bowl - any bowl will do.",
            "Every single block except the {x} should go into one of the bowls.",
            "All blocks other than the {x} into bowls, please, whichever bowls you like.",
        ],
        x=x,
    )
    return _made(
        w,
        text,
        lambda _i, f: all(f.base(b) in f.bowls for b in rest),
        lambda _i, f: f.base(x) not in f.bowls,
    )


def t108_qua_parent(w: World) -> Made:
    loose = _loose(w)
    n = len(loose)
    if n < 2 or not _bin_room(w, loose[1:]):
        return None
    text = _say(
        w,
        [
            "Put all but one of the blocks in the bin - I don't mind which one stays out.",
            "Every block except one goes in the bin; any one you like can stay.",
            "Bin all the blocks apart from one of them, your pick which.",
        ],
    )
    return _made(w, text, lambda _i, f: _in_bin(f) == _in_bin(w.state) + n - 1)


def t108_qua_customer(w: World) -> Made:
    place = w.rng.choice(PLACES)
    if any(w.state.base(b) == place for b in w.blocks):
        return None
    x = w.pick(_loose(w))[0]
    if len(_others(w, x)) < 2:
        return None
    text = _say(
        w,
        [
            "Could you put any two blocks except the {x} at the {place}?",
            "I'll take two blocks at the {place}, please - any but the {x}.",
            "Two of the blocks to the {place}, please, just not the {x}.",
        ],
        x=x,
        place=place,
    )
    return _made(
        w,
        text,
        lambda _i, f: sum(1 for b in f.blocks if f.base(b) == place) == 2,
        _not_at([x], place),
    )


def t108_qua_gamer(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 4 or _in_bin(w.state) + 3 > BIN_CAPACITY:
        return None
    x = w.pick(loose)[0]
    start = _in_bin(w.state)
    text = _say(
        w,
        [
            "Bin three blocks - any except the {x}.",
            "Toss exactly three blocks in the bin; the {x} can't be one of them.",
            "Three blocks into the bin, whichever, as long as it's not the {x}.",
        ],
        x=x,
    )
    return _made(w, text, lambda _i, f: _in_bin(f) == start + 3, none_binned([x]))


def t108_qua_colleague(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    place = w.rng.choice(PLACES)
    x, y = w.pick(loose, 2)
    rest = _others(w, x, y)
    if not _place_room(w, place, rest):
        return None
    text = _say(
        w,
        [
            "Could you move every block except the {x} and the {y} to the {place}?",
            "All the blocks, bar the {x} and the {y}, over to the {place}, would you?",
            "Every one of the blocks other than the {x} and the {y} - to the {place}, please.",
        ],
        x=x,
        y=y,
        place=place,
    )
    return _made(w, text, _at(rest, place), _not_at([x, y], place))


# ----- negated ----------------------------------------------------------------------------------------
def t108_neg_engineer(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.pick(inside)[0]
    bowl = w.state.base(x)
    text = _say(
        w,
        [
            "Remove the {x} from the {bowl}, but not into the bin.",
            "Take the {x} out of the {bowl}. Do not put it in the bin.",
            "The {x} must leave the {bowl}; the bin is not an allowed destination.",
        ],
        x=x,
        bowl=bowl,
    )
    return _made(w, text, lambda _i, f: f.base(x) not in (bowl, BIN))


def t108_neg_teacher(w: World) -> Made:
    x = w.pick(_loose(w))[0]
    bowls = [c for c in _room_bowls(w, x) if w.state.base(x) != c]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        [
            "Don't put the {x} in the bin - put it in the {bowl} instead.",
            "Not the bin, please: the {x} goes into the {bowl}.",
            "The {x} does not go in the bin. It goes in the {bowl}.",
        ],
        x=x,
        bowl=bowl,
    )
    return _made(w, text, _in([x], bowl))


def t108_neg_parent(w: World) -> Made:
    x = w.pick(_loose(w))[0]
    rest = _others(w, x)
    if not _bin_room(w, rest):
        return None
    text = _say(
        w,
        [
            "Never put the {x} in the bin, okay? All the other blocks go in there though.",
            "The {x} never goes in the bin. The others do.",
            "Put the others in the bin, but not ever the {x}.",
        ],
        x=x,
    )
    return _made(w, text, binned(rest), none_binned([x]))


def t108_neg_customer(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    others = _others(w, a, b)
    if not others:
        return None
    c = w.rng.choice(others)
    text = _say(
        w,
        [
            "Move the {a} onto the {b}, but don't touch the {c}.",
            "Could you put the {a} on the {b}? Please don't move the {c}.",
            "Stack the {a} on top of the {b} - and don't you dare move the {c}.",
        ],
        a=a,
        b=b,
        c=c,
    )
    return _made(w, text, rels(Rel("on", a, b)), kept(c))


def t108_neg_gamer(w: World) -> Made:
    under = [b for b in _loose(w) if w.state.above(b)]
    if not under:
        return None
    x = w.pick(under)[0]
    above = w.state.above(x)
    text = _say(
        w,
        [
            "Nothing on top of the {x} - and don't bin the blocks you take off it.",
            "Clear the {x}, no binning the stuff that's on it.",
            "I don't want any block on the {x}, and none of them goes in the bin.",
        ],
        x=x,
    )
    return _made(w, text, rels(Rel("clear", x)), none_binned(above))


def t108_neg_colleague(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = _say(
        w,
        [
            "Could you take the {a} off the {b}? Just don't put it on the table.",
            "Lift the {a} off the {b}, but not onto the table, please.",
            "Can the {a} come off the {b}? Anywhere except the table.",
        ],
        a=a,
        b=b,
    )
    return _made(w, text, lambda _i, f: f.support[a] != b and f.base(a) not in _GROUND)


# ----- relative ----------------------------------------------------------------------------------------
def t108_rel_engineer(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in _loose(w) if b not in inside]
    if not inside or not outside or not _bin_room(w, outside):
        return None
    text = _say(
        w,
        [
            "Move the blocks that are not in any bowl into the bin.",
            "Bin the blocks which aren't in a bowl; the ones in bowls stay.",
            "Transfer all blocks not currently in a bowl to the bin.",
        ],
    )
    return _made(w, text, binned(outside), kept(*inside))


def t108_rel_teacher(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    place = w.rng.choice(PLACES)
    if not _place_room(w, place, [a]):
        return None
    text = _say(
        w,
        [
            "Move the block that's sitting on the {b} to the {place}, not the {b} itself.",
            "Take whichever block is on top of the {b} and put it at the {place}; the {b} stays.",
            "The block that rests on the {b} goes to the {place}. Leave the {b} where it is.",
        ],
        b=b,
        place=place,
    )
    return _made(w, text, _at([a], place), kept(b))


def t108_rel_parent(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in _loose(w) if b not in inside]
    if len(outside) < 2:
        return None
    x = w.pick(outside)[0]
    rest = [b for b in outside if b != x]
    if not _bin_room(w, rest):
        return None
    text = _say(
        w,
        [
            "Put the blocks that aren't in a bowl in the bin, except the {x}.",
            "All the blocks that aren't in bowls go in the bin - not the {x} though.",
            "Any block that's not in a bowl, pop it in the bin. Leave out the {x}.",
        ],
        x=x,
    )
    return _made(w, text, binned(rest), none_binned([x]), kept(*inside))


def t108_rel_customer(w: World) -> Made:
    loose = sorted(_loose(w), key=w.y)
    if len(loose) < 3:
        return None
    x, rest = loose[0], loose[1:]
    left = rest[0]
    if w.y(rest[1]) - w.y(left) < 0.03 or w.y(left) - w.y(x) < 0.01:
        return None
    bowls = [c for c in _room_bowls(w, left) if w.state.base(left) != c]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        [
            "Could you put the leftmost block, other than the {x}, in the {bowl}?",
            "Put the block furthest to the left - not counting the {x} - into the {bowl}, please.",
            "Ignoring the {x}, take the block that's furthest left and put it in the {bowl}.",
        ],
        x=x,
        bowl=bowl,
    )
    return _made(w, text, _in([left], bowl))


def t108_rel_gamer(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    x1, x2 = w.pick(loose, 2)
    rest = _others(w, x1, x2)
    if not _bin_room(w, rest):
        return None
    c1, c2 = _colour(w, x1), _colour(w, x2)
    text = _say(
        w,
        [
            "Move the blocks which are neither {c1} nor {c2} to the bin.",
            "Any block that isn't {c1} or {c2} goes in the bin.",
            "The blocks that aren't {c1} or {c2}, straight to the bin with them.",
        ],
        c1=c1,
        c2=c2,
    )
    return _made(w, text, binned(rest), none_binned([x1, x2]))


def t108_rel_colleague(w: World) -> Made:
    place = w.rng.choice(PLACES)
    x = w.pick(_loose(w))[0]
    rest = _others(w, x)
    if not _place_room(w, place, rest) or w.state.base(x) == place:
        return None
    c = _colour(w, x)
    text = _say(
        w,
        [
            "The blocks that aren't {c}: could you park them at the {place}?",
            "Move whatever blocks aren't {c} to the {place}.",
            "Put the blocks that are not {c} at the {place}, thanks.",
        ],
        c=c,
        place=place,
    )
    return _made(w, text, _at(rest, place), _not_at([x], place))


# ----- keep -------------------------------------------------------------------------------------------
def t108_keep_engineer(w: World) -> Made:
    on_table = w.state.on_the_table()
    candidates = [b for b in on_table if w.state.support[b] in _GROUND]
    if not candidates:
        return None
    x = w.pick(candidates)[0]
    rest = [b for b in on_table if b != x]
    if not rest or not _bin_room(w, rest):
        return None
    text = _say(
        w,
        [
            "Clear the blocks off the table into the bin, but keep the {x} where it is.",
            "Bin every block on the table except the {x}, which stays in place.",
            "Move all blocks on the table to the bin; keep the {x} fixed.",
        ],
        x=x,
    )
    return _made(w, text, binned(rest), kept(x))


def t108_keep_teacher(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    movers = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not movers or not _bowl_room(w, bowl, movers[:1]):
        return None
    a = w.pick(movers)[0]
    inside = w.state.in_bowl(bowl)
    fixed = [b for b in _others(w, a) if b not in w.state.above(a)]
    if not fixed:
        return None
    x = w.rng.choice(inside) if inside else w.rng.choice(fixed)
    text = _say(
        w,
        [
            "Put the {a} in the {bowl}, keeping the {x} exactly where it is.",
            "The {a} goes into the {bowl}; keep the {x} put, though.",
            "Please move the {a} into the {bowl} while keeping the {x} in its place.",
        ],
        a=a,
        bowl=bowl,
        x=x,
    )
    return _made(w, text, _in([a], bowl), kept(x))


def t108_keep_parent(w: World) -> Made:
    x = w.pick(_loose(w))[0]
    rest = _others(w, x)
    if not _bin_room(w, rest):
        return None
    text = _say(
        w,
        [
            "Tidy every block into the bin except the {x} - leave that one out.",
            "All the blocks in the bin now, but keep the {x} out of it.",
            "In the bin they go, all of them except the {x}; that one we keep.",
        ],
        x=x,
    )
    return _made(w, text, binned(rest), none_binned([x]))


def t108_keep_customer(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.pick(outside)[0]
    rest = _others(w, x)
    if not _bowl_room(w, bowl, rest):
        return None
    text = _say(
        w,
        [
            "Keep the {x} out of the {bowl}, but put the rest in there.",
            "Could everything go into the {bowl}, keeping the {x} out?",
            "I'll have all the blocks in the {bowl}, please - but keep the {x} out.",
        ],
        x=x,
        bowl=bowl,
    )
    return _made(w, text, _in(rest, bowl), _not_in([x], bowl))


def t108_keep_gamer(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.support[b] not in w.state.support]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    rest = _others(w, a, b)
    if not rest or not _bin_room(w, rest):
        return None
    text = _say(
        w,
        [
            "Keep the {a} on the {b} and bin everything else.",
            "The {a} stays on the {b}; all the other blocks get binned.",
            "Leave the {a} sitting on the {b}, and dump all the others in the bin.",
        ],
        a=a,
        b=b,
    )
    return _made(w, text, rels(Rel("on", a, b)), binned(rest))


def t108_keep_colleague(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    place = w.rng.choice(PLACES)
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not outside or not _place_room(w, place, outside):
        return None
    text = _say(
        w,
        [
            "Leave the {bowl} alone and move all the other blocks to the {place}.",
            "Don't touch what's in the {bowl}; everything else goes to the {place}.",
            "Keep the {bowl}'s blocks as they are and bring the rest to the {place}.",
        ],
        bowl=bowl,
        place=place,
    )
    return _made(w, text, _at(outside, place), kept(*w.state.in_bowl(bowl)))


# ----- multi-step -------------------------------------------------------------------------------------
def t108_multi_engineer(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if len(outside) < 1 or len(_loose(w)) < 3:
        return None
    x = w.pick(outside)[0]
    a = w.pick(_others(w, x))[0]
    rest = _others(w, x, a)
    if not rest or not _bowl_room(w, bowl, rest) or not _bin_room(w, [a]):
        return None
    text = _say(
        w,
        [
            "First bin the {a}, then put every other block except the {x} in the {bowl}.",
            "Step 1: {a} to the bin. Step 2: all remaining blocks, excluding the {x}, into the {bowl}.",
            (
                "Begin by moving the {a} to the bin; after that, move every remaining block other than the {x} "
                "into the {bowl}."
            ),
        ],
        a=a,
        x=x,
        bowl=bowl,
    )
    return _made(w, text, binned([a]), _in(rest, bowl), _not_in([x], bowl))


def t108_multi_teacher(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [c for c in _room_bowls(w, a) if w.state.base(a) != c]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        [
            "Take the {a} off the {b}, then put it in the {bowl}; leave the rest.",
            "First lift the {a} off the {b}, and then place it in the {bowl}. The others stay where they are.",
            "Remove the {a} from the {b} and then set it in the {bowl} - don't move the other blocks.",
        ],
        a=a,
        b=b,
        bowl=bowl,
    )
    return _made(w, text, _in([a], bowl), kept(*_others(w, a)))


def t108_multi_parent(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    movers = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not movers or len(_loose(w)) < 3 or not _bowl_room(w, bowl, movers[:1]):
        return None
    a = w.pick(movers)[0]
    x = w.pick(_others(w, a))[0]
    rest = _others(w, a, x)
    if not _bin_room(w, rest):
        return None
    text = _say(
        w,
        [
            "Put the {a} in the {bowl} and then the rest, apart from the {x}, in the bin.",
            "First the {a} goes in the {bowl}, then all the other blocks in the bin - except the {x}.",
            "The {a} in the {bowl} first, then everything else but the {x} into the bin, please.",
        ],
        a=a,
        x=x,
        bowl=bowl,
    )
    return _made(w, text, _in([a], bowl), binned(rest), none_binned([x]))


def t108_multi_customer(w: World) -> Made:
    clear = [b for b in _loose(w) if w.state.is_clear(b)]
    place = w.rng.choice(PLACES)
    if len(clear) < 2 or not _place_room(w, place, clear[:2]):
        return None
    a, b = w.pick(clear, 2)
    text = _say(
        w,
        [
            (
                "Could you move the {a} to the {place}, and after that stack the {b} on it? "
                "Nothing else needs moving."
            ),
            "First the {a} to the {place}, then the {b} on top of it, please - leave the rest.",
            "Put the {a} at the {place}, then set the {b} onto it. Please don't move anything else.",
        ],
        a=a,
        b=b,
        place=place,
    )
    return _made(
        w, text, _at([a], place), rels(Rel("on", b, a)), kept(*_others(w, a, b))
    )


def t108_multi_gamer(w: World) -> Made:
    x = w.pick(_loose(w))[0]
    rest = _others(w, x)
    place = w.rng.choice(PLACES)
    if not _bin_room(w, rest) or not _place_room(w, place, [x]):
        return None
    text = _say(
        w,
        [
            "Step one: everything but the {x} goes in the bin. Step two: {x} to the {place}.",
            "First bin all blocks except the {x}, then move the {x} to the {place}.",
            "Combo time: bin every block other than the {x}, then park the {x} at the {place}.",
        ],
        x=x,
        place=place,
    )
    return _made(w, text, binned(rest), _at([x], place))


def t108_multi_colleague(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    x = w.rng.choice(outside)
    text = _say(
        w,
        [
            "Empty the {bowl} onto the table, then put the {x} in it instead.",
            "Could you tip the {bowl}'s blocks out onto the table, and then put the {x} in there?",
            "Take everything out of the {bowl} and onto the table, then drop the {x} into it.",
        ],
        x=x,
        bowl=bowl,
    )
    return _made(w, text, _on_ground(inside), lambda _i, f: set(f.in_bowl(bowl)) == {x})


# ----- questions ----------------------------------------------------------------------------------------
def t108_q_engineer(w: World) -> Made:
    s = w.state
    if any(s.support[b] in s.support and s.base(b) in _GROUND for b in w.blocks):
        return None  # a block stacked on a table block: "on the table" would be unclear
    x = w.pick(w.blocks)[0]
    n = sum(1 for b in s.on_the_table() if b != x)
    text = _say(
        w,
        [
            "Excluding the {x}, how many blocks are on the table?",
            "How many blocks are on the table, not counting the {x}?",
            "Other than the {x}, what is the number of blocks on the table?",
        ],
        x=x,
    )
    if not n:
        return None  # a zero count may fairly be answered in words
    return text, answered(str(n))


def t108_q_teacher(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside) if inside and w.rng.random() < 0.6 else w.pick(w.blocks)[0]
    flag = any(b != x for b in inside)
    text = _say(
        w,
        [
            "Is any block other than the {x} in the {bowl}?",
            "Apart from the {x}, is there a block in the {bowl}?",
            "Besides the {x}, are there any blocks in the {bowl}?",
        ],
        x=x,
        bowl=bowl,
    )
    return text, answered(yes(flag))


def t108_q_parent(w: World) -> Made:
    s = w.state
    x = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != x]
    if any(s.support[b] in s.support and s.base(b) in _GROUND for b in others):
        return None  # stacked on a table block: "on the table" would be unclear
    flag = all(s.base(b) in _GROUND for b in others)
    text = _say(
        w,
        [
            "Are all the blocks except the {x} on the table?",
            "Is every block but the {x} on the table?",
            "Apart from the {x}, are all of the blocks on the table?",
        ],
        x=x,
    )
    return text, answered(yes(flag))


def t108_q_customer(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    n = sum(1 for b in w.blocks if b != x and w.state.base(b) not in w.bowls)
    text = _say(
        w,
        [
            "Not counting the {x}, how many blocks aren't in a bowl?",
            "How many blocks, other than the {x}, are not in any bowl?",
            "Can you tell me how many blocks are outside the bowls? Leave the {x} out of the count.",
        ],
        x=x,
    )
    if not n:
        return None  # a zero count may fairly be answered in words
    return text, answered(str(n))


def t108_q_gamer(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if len(inside) >= 2 and (w.rng.random() < 0.6 or not outside):
        x = w.rng.choice(inside)
    elif outside:
        x = w.rng.choice(outside)
    else:
        return None
    n = sum(1 for b in inside if b != x)
    text = _say(
        w,
        [
            "How many blocks does the {bowl} have, not counting the {x}?",
            "Blocks in the {bowl}, minus the {x} - how many?",
            "Excluding the {x}, how many blocks are in the {bowl}?",
        ],
        x=x,
        bowl=bowl,
    )
    if not n:
        return None  # a zero count may fairly be answered in words
    return text, answered(str(n))


def t108_q_colleague(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.pick(inside)[0]
    bowl = w.state.base(x)
    alone = set(w.state.in_bowl(bowl)) == {x}
    form = w.rng.randrange(3)
    if form == 0:
        return f"Is the {x} the only block in the {bowl}?", answered(yes(alone))
    if form == 1:
        return f"Apart from the {x}, is the {bowl} empty?", answered(yes(alone))
    return f"Does the {bowl} hold any block other than the {x}?", answered(
        yes(not alone)
    )


# ----- matching ---------------------------------------------------------------------------------------
def _matched(w: World) -> list[Rel]:
    return [r for r in matching(w) if w.state.base(r.block) not in (BIN, GRIPPER)]


def _match_room(w: World, pairs: list[Rel]) -> bool:
    return all(_bowl_room(w, r.target, [r.block]) for r in pairs)


def t108_match_engineer(w: World) -> Made:
    pairs = _matched(w)
    if not pairs or not _match_room(w, pairs):
        return None
    matched = [r.block for r in pairs]
    rest = [b for b in _loose(w) if b not in matched]
    if not _bin_room(w, rest):
        return None
    text = _say(
        w,
        [
            "Sort the blocks into the bowls by colour and send the rest to the bin.",
            "Each block goes to the bowl of the same colour; blocks without a matching bowl go to the bin.",
            "Match blocks to bowls by colour. Anything left over: bin.",
        ],
    )
    return _made(w, text, rels(*pairs), binned(rest))


def t108_match_teacher(w: World) -> Made:
    pairs = _matched(w)
    if not pairs or not _match_room(w, pairs):
        return None
    matched = [r.block for r in pairs]
    rest = [b for b in _loose(w) if b not in matched]
    s = w.state
    for r in pairs:
        if s.base(r.block) != r.target and any(b in rest for b in s.above(r.block)):
            return None  # a block that must stay sits on a block that must move
    text = _say(
        w,
        [
            (
                "Put each block into the bowl that has the same colour, but don't move the ones with no "
                "matching bowl."
            ),
            "Every block whose colour matches a bowl goes in that bowl; the others stay where they are.",
            "Blocks with a bowl of their own colour go into it - leave the other blocks alone.",
        ],
    )
    return _made(w, text, rels(*pairs), kept(*rest))


def t108_match_parent(w: World) -> Made:
    pairs = _matched(w)
    place = w.rng.choice(PLACES)
    if not pairs or not _match_room(w, pairs):
        return None
    matched = [r.block for r in pairs]
    rest = [b for b in _loose(w) if b not in matched]
    if not _place_room(w, place, rest):
        return None
    text = _say(
        w,
        [
            "Put the blocks in their own colour bowls, and anything without one goes in the {place}.",
            "Blocks into the bowls that match them, please - the others to the {place}.",
            "Every block goes in its same-colour bowl; if there's no bowl for it, put it at the {place}.",
        ],
        place=place,
    )
    return _made(w, text, rels(*pairs), _at(rest, place))


def t108_match_customer(w: World) -> Made:
    pairs = [
        r
        for r in _matched(w)
        if w.state.base(r.block) != r.target and _match_room(w, [r])
    ]
    if not pairs:
        return None
    r = w.rng.choice(pairs)
    b, bowl = r.block, r.target
    before = set(w.state.in_bowl(bowl))
    text = _say(
        w,
        [
            "Could you put the {c} block in the {c} bowl, and nothing else in it?",
            "Just the {b} into the bowl of the same colour, please - no other blocks in there.",
            "The {b} goes in the matching bowl, but don't add anything else to that bowl.",
        ],
        c=_colour(w, b),
        b=b,
    )
    return _made(w, text, rels(r), lambda _i, f: set(f.in_bowl(bowl)) <= before | {b})


def t108_match_gamer(w: World) -> Made:
    pairs = _matched(w)
    matched = [r.block for r in pairs]
    rest = [b for b in _loose(w) if b not in matched]
    if not pairs or not rest or not _bin_room(w, rest):
        return None
    if any(b in matched for r in rest for b in w.state.above(r)):
        return None  # a matching block sits on one that must go
    text = _say(
        w,
        [
            "Bin the blocks that don't match any bowl, and leave the matching ones where they are.",
            "Every block without a same-colour bowl goes in the bin; blocks that have one, don't touch.",
            "Any block whose colour isn't one of the bowls' colours - bin it. The rest stay.",
        ],
    )
    return _made(w, text, binned(rest), kept(*matched))


def t108_match_colleague(w: World) -> Made:
    pairs = _matched(w)
    if len(pairs) < 2 or not _match_room(w, pairs):
        return None
    r = w.rng.choice(pairs)
    x = r.block
    todo = [p for p in pairs if p is not r]
    s = w.state
    if any(x in s.above(p.block) for p in todo if s.base(p.block) != p.target):
        return None  # the block to leave sits on one that must move
    text = _say(
        w,
        [
            "Put every block in the bowl of its colour, apart from the {x}; that one stays where it is.",
            "Colour-match the blocks into the bowls, except for the {x} - leave it.",
            "Could you put the blocks into their same-coloured bowls? Not the {x}, though, that one stays put.",
        ],
        x=x,
    )
    return _made(w, text, rels(*todo), kept(x))


_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("engineer", "teacher", "parent", "customer", "gamer", "colleague")
FRESH108: list[Template] = [
    (f"t108_{short}_{style}", category, globals()[f"t108_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
