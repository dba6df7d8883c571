"""`FRESH132`, the hundred-and-thirty-third untuned batch: sixty language templates, six per category, for the offline planner.

Theme: asking what is possible, or what it would take, before acting, and requests that hang on the answer.
People check whether a block is free to pick up, whether a bowl or the bin has room, how tall a tower may
still grow, and phrase their requests around those limits ("if the green bowl has room, put the red block in
it"). Every condition is decided by the scene and the limits in `sim.core.layout` (four blocks to a bowl,
five to the bin, towers of at most four), and every request is feasible.

- reach: what sits on top of what, and whether a block is free to pick up ("Dig the red block out and put it
  in the blue bowl.").
- room: a bowl's capacity ("Could the green bowl take three more blocks?").
- bin: the bin's capacity ("The bin can take five, so put every block in it.").
- tower: the tower height limit ("How many more blocks could go on the yellow block before the tower
  maxes out?").
- either: a request that branches on a condition the scene decides ("If the pink block is free, put it in the
  bin; if not, put the block on top of it in the bin.").
- cost: what it would take, and doing whatever it takes ("What would you have to move to get to the orange
  block?").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 1544f0c, the code of 9eefbb8, after every fix before it and before anything
it could prompt): 0.197 goal-correct (59 of 300), 209 refused, 2 asked, 30 wrong, twelve of them actions: 'I want to be
able to grab X - could you get everything off it?' ended holding X (three times); "I'd like to be able to put four more
blocks in W, so make room" filled W (twice); "The block that's in the way of X - put it in the bin" binned X (three
times); 'take away everything stacked on it' ended holding that block; 'Could you put X in W without moving any other
block first?' moved another block first (three times); four requests ('Check whether W has room for three more. If it
does, ...') got the list of questions I answer; fourteen wrong replies ('Is there room in W for four more blocks?',
'Could the bin take 6 blocks?', 'How many more blocks can I stack on X before the tower is too tall?'). Most refusals
were room, reach and cost said in words ('whatever it takes', 'it has room for them', 'dig X out from under').
"""

from __future__ import annotations

import itertools

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES
from sim.core.relations import Rel
from sim.core.symbolic import SymState

BOWL_CAP = layout.BOWL_CAPACITY
BIN_CAP = len(layout.BIN_SLOTS)
TOWER_CAP = layout.MAX_TOWER


# ----- scene helpers ----------------------------------------------------------------------------------
def _idle(*checks: Check) -> Check:
    """The goal holds and the gripper is empty."""
    return both(*checks, lambda _i, f: f.held is None)


def _above(w: World, b: str) -> list[str]:
    return w.state.above(b)


def _free(w: World, b: str) -> bool:
    return w.state.is_clear(b) and w.state.support[b] not in (BIN, GRIPPER)


def _covered(w: World) -> list[str]:
    return [b for b in w.blocks if not w.state.is_clear(b)]


def _bottom(s: SymState, b: str) -> str:
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _tower(s: SymState, b: str) -> list[str]:
    """The tower holding `b`, bottom first."""
    bottom = _bottom(s, b)
    return [bottom, *s.above(bottom)[::-1]]


def _level(s: SymState, b: str) -> int:
    """How many blocks of its tower are at or below `b`."""
    return _tower(s, b).index(b) + 1


def _direct(s: SymState, bowl: str) -> list[str]:
    return [b for b, sup in s.support.items() if sup == bowl]


def _tidy(w: World, bowl: str) -> bool:
    """No block in the bowl stands on another one, so its count and its slots agree."""
    return len(w.state.in_bowl(bowl)) == len(_direct(w.state, bowl))


def _room(w: World, bowl: str) -> int:
    return BOWL_CAP - len(_direct(w.state, bowl))


def _tops(w: World, min_height: int = 1, max_height: int = TOWER_CAP) -> list[str]:
    """Clear blocks whose tower has between min_height and max_height blocks."""
    return [
        b
        for b in w.clear_blocks()
        if min_height <= len(_tower(w.state, b)) <= max_height
    ]


def _some_block(w: World) -> str:
    """A block, buried ones more often than not, so that yes and no answers both come up."""
    covered = _covered(w)
    return w.rng.choice(covered if covered and w.rng.random() < 0.5 else w.blocks)


def _busy_bowl(w: World, bowls: list[str]) -> str:
    """One of the bowls, those with blocks in them more often than not."""
    busy = [b for b in bowls if _direct(w.state, b)]
    return w.rng.choice(busy if busy and w.rng.random() < 0.7 else bowls)


def _names(items: list[str]) -> str:
    parts = [f"the {x}" for x in items]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower (in any order, on any base) and nothing else is in between."""

    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        if any(b not in f.support for b in group):
            return False
        bases = [b for b in group if f.support[b] not in group]
        if len(bases) != 1:
            return False
        chain = _tower(f, bases[0])
        start = chain.index(bases[0])
        return set(chain[start : start + len(group)]) == group

    return check


def _tower_height_of(top: str, height: int) -> Check:
    """The tower holding `top` has `height` blocks."""
    return lambda _i, f: f.support.get(top) != BIN and len(_tower(f, top)) == height


# ----- imperative -------------------------------------------------------------------------------------
def t132_imp_reach(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    bowls = [
        b for b in w.bowls if _room(w, b) >= 1 and w.state.base(x) != b and _tidy(w, b)
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Dig the {x} out from under the other blocks and put it in the {bowl}.",
            (
                f"The {x} has stuff sitting on it. Clear that off and drop the {x} in the "
                f"{bowl}."
            ),
            f"Move whatever's in the way and get the {x} into the {bowl}.",
        ]
    )
    return text, _idle(rels(Rel("in", x, bowl)))


def t132_imp_room(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    room = _room(w, bowl)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if room < 1 or len(outside) < room:
        return None
    text = w.rng.choice(
        [
            f"Fill the {bowl} up: keep putting blocks in it until it can't take any more.",
            f"Top up the {bowl} with blocks until it's full.",
            f"Put blocks in the {bowl} till there's no room left in it.",
        ]
    )
    return text, _idle(lambda _i, f: len(f.in_bowl(bowl)) >= BOWL_CAP)


def t132_imp_bin(w: World) -> Made:
    if len(w.blocks) < BIN_CAP:
        return None
    text = w.rng.choice(
        [
            "Fill the bin: keep dropping blocks in until it's full.",
            "Load up the bin with blocks until it can't take another one.",
            "Throw blocks in the bin until there's no more room in it.",
        ]
    )
    return text, _idle(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == BIN_CAP)


def t132_imp_tower(w: World) -> Made:
    tops = _tops(w, 1, TOWER_CAP - 1)
    if not tops:
        return None
    y = w.rng.choice(tops)
    h = len(_tower(w.state, y))
    fits = TOWER_CAP - h
    others = [b for b in w.blocks if b not in _tower(w.state, y)]
    named = w.pick(others, fits + 1)
    if not named:
        return None
    order = ", then ".join(f"the {b}" for b in named)
    text = w.rng.choice(
        [
            (
                f"Stack {order} on the {y}, and stop once the tower is as tall as it's "
                f"allowed to get."
            ),
            (
                f"On top of the {y}, put {order} - but quit when the tower hits the height "
                f"limit."
            ),
            (
                f"Pile {order} onto the {y}, one after another, until the tower can't go "
                f"any higher."
            ),
        ]
    )
    chain = [y, *named[:fits]]
    want = [Rel("on", top, below) for below, top in itertools.pairwise(chain)]
    want.append(Rel("on", named[fits], chain[-1], negated=True))
    return text, _idle(rels(*want))


def t132_imp_either(w: World) -> Made:
    candidates = [b for b in w.blocks if len(_above(w, b)) <= 1]
    if not candidates:
        return None
    x = w.rng.choice(candidates)
    above = _above(w, x)
    text = w.rng.choice(
        [
            (
                f"If the {x} is free to pick up, put it in the bin; if it isn't, put the "
                f"block on top of it in the bin."
            ),
            (
                f"Check the {x}: if nothing is on it, bin it. Otherwise bin the block "
                f"that's sitting on it."
            ),
            (
                f"Put the {x} in the bin if you can grab it straight away - if something's "
                f"on top of it, put that block in the bin instead."
            ),
        ]
    )
    return text, _idle(binned(above if above else [x]))


def t132_imp_cost(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    place = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Do whatever it takes to get the {x} onto the {place}.",
            f"Whatever you have to shift, get the {x} over to the {place}.",
            (
                f"I don't care how many blocks you have to move - put the {x} on the "
                f"{place}."
            ),
        ]
    )
    return text, _idle(rels(Rel("at", x, place)))


# ----- declarative ------------------------------------------------------------------------------------
def t132_dec_reach(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    above = _above(w, x)[::-1]
    text = w.rng.choice(
        [
            f"The {x} is stuck under {_names(above)}, and it needs to end up in the bin.",
            (
                f"The {x} can't be picked up yet because of {_names(above)}. It belongs in "
                f"the bin."
            ),
            (
                f"The {x} goes in the bin, even though {_names(above)} "
                f"{'is' if len(above) == 1 else 'are'} on top of it right now."
            ),
        ]
    )
    return text, _idle(binned([x]))


def t132_dec_room(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b) and _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    room = _room(w, bowl)
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    more = "one more block" if room == 1 else f"{room} more blocks"
    text = w.rng.choice(
        [
            f"The {bowl} has room for {more}, and the {x} should be in there.",
            f"There's still space in the {bowl}, and that's where the {x} belongs.",
            f"The {x} goes in the {bowl} - it isn't full yet.",
        ]
    )
    return text, _idle(rels(Rel("in", x, bowl)))


def t132_dec_bin(w: World) -> Made:
    xs = w.pick(w.blocks, w.rng.randint(2, min(3, len(w.blocks))))
    if not xs:
        return None
    text = w.rng.choice(
        [
            f"The bin takes up to {BIN_CAP} blocks, and {_names(xs)} are going in it.",
            (
                f"There's enough room in the bin for {_names(xs)}, so they're the ones "
                f"that should be in it."
            ),
            (
                f"{_names(xs)[0].upper()}{_names(xs)[1:]} belong in the bin; it has plenty "
                f"of room."
            ),
        ]
    )
    return text, _idle(binned(xs))


def t132_dec_tower(w: World) -> Made:
    tops = _tops(w, 2, TOWER_CAP - 1)
    if not tops:
        return None
    t = w.rng.choice(tops)
    xs = [b for b in w.clear_blocks() if b not in _tower(w.state, t)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            (
                f"The stack with the {t} on top can still go one block higher, and that "
                f"block should be the {x}."
            ),
            (
                f"The tower topped by the {t} isn't at the height limit yet; the {x} "
                f"belongs on top of it."
            ),
            f"The {x} goes on the {t} - that stack has room for another block.",
        ]
    )
    return text, _idle(rels(Rel("on", x, t)))


def t132_dec_either(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(_direct(w.state, bowl))
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    k = w.rng.choice([1, 2])
    fewer = "empty" if k == 1 else "holding fewer than two blocks"
    text = w.rng.choice(
        [
            (
                f"If the {bowl} is {fewer}, the {x} goes there; otherwise it goes in the "
                f"bin."
            ),
            (
                f"The {x} should end up in the {bowl} if that bowl is {fewer}, and in the "
                f"bin if it isn't."
            ),
        ]
    )
    goal = Rel("in", x, bowl) if n < k else Rel("in_bin", x)
    return text, _idle(rels(goal))


def t132_dec_cost(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    ys = [
        b
        for b in w.blocks
        if b not in _tower(w.state, x) and _level(w.state, b) < TOWER_CAP
    ]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            (
                f"The {x} has to end up on the {y}, even if that means moving what's "
                f"sitting on it."
            ),
            (
                f"The {x} needs to be stacked on the {y}; whatever is in the way has to be "
                f"moved."
            ),
            f"Whatever it takes, the {x} should be sitting on top of the {y}.",
        ]
    )
    return text, _idle(rels(Rel("on", x, y)))


# ----- desiderative -----------------------------------------------------------------------------------
def t132_des_reach(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    text = w.rng.choice(
        [
            f"I'd like the {x} free to pick up, with nothing sitting on it.",
            f"I want to be able to grab the {x} - could you get everything off it?",
            f"I'd love for the {x} to be uncovered.",
        ]
    )
    return text, _idle(rels(Rel("clear", x)))


def t132_des_room(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b) and _direct(w.state, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    room = _room(w, bowl)
    k = w.rng.randint(room + 1, BOWL_CAP)
    more = "four more blocks" if k == BOWL_CAP else f"{k} more blocks"
    text = w.rng.choice(
        [
            f"I'd like the {bowl} to have room for {more}.",
            f"I want enough space in the {bowl} to fit {more}.",
            f"I'd like to be able to put {more} in the {bowl}, so make room.",
        ]
    )
    return text, _idle(lambda _i, f: len(f.in_bowl(bowl)) <= BOWL_CAP - k)


def t132_des_bin(w: World) -> Made:
    n = min(BIN_CAP, len(w.blocks))
    text = w.rng.choice(
        [
            "I'd like the bin as full as it can get.",
            "I want as many blocks in the bin as will fit.",
            "I'd like you to get as many blocks into the bin as it can hold.",
        ]
    )
    return text, _idle(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n)


def t132_des_tower(w: World) -> Made:
    xs = w.pick(w.blocks, TOWER_CAP)
    if not xs:
        return None
    text = w.rng.choice(
        [
            (
                f"I'd like {_names(xs)} all in a single stack - four is as tall as it's "
                f"allowed to go anyway."
            ),
            f"I want one tower made of {_names(xs)}, in any order.",
            (
                f"I'd like {_names(xs)} piled into one tower; that's right at the height "
                f"limit."
            ),
        ]
    )
    return text, _idle(_one_tower(xs))


def t132_des_either(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowls = [b for b in w.bowls if _tidy(w, b) and _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    above = _above(w, x)
    if not above and w.state.base(x) == bowl:
        return None
    text = w.rng.choice(
        [
            (
                f"If the {x} is free, I'd like it in the {bowl}; if it isn't, I'd like "
                f"whatever's on it moved to the table."
            ),
            (
                f"I'd like the {x} in the {bowl} if nothing is sitting on it. If something "
                f"is, I'd rather you just move that onto the table."
            ),
        ]
    )
    if above:
        return text, _idle(rels(*(Rel("on_table", b) for b in above)))
    return text, _idle(rels(Rel("in", x, bowl)))


def t132_des_cost(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    bowls = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(x) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            (
                f"I'd like the {x} in the {bowl}, and I don't mind how many blocks you "
                f"have to shift to get at it."
            ),
            f"I want the {x} in the {bowl}. Move whatever you need to.",
            f"I'd love to see the {x} in the {bowl}, whatever it takes.",
        ]
    )
    return text, _idle(rels(Rel("in", x, bowl)))


# ----- quantified -------------------------------------------------------------------------------------
def t132_qua_reach(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    free = w.clear_blocks()
    need = [b for b in free if w.state.base(b) != bowl]
    if len(need) < 2 or len(need) > _room(w, bowl):
        return None
    text = w.rng.choice(
        [
            f"Put every block you could pick up right now into the {bowl}.",
            (
                f"All the blocks that have nothing on top of them at the moment - put them "
                f"in the {bowl}."
            ),
            (
                f"Take each block that's free to grab before you start and put it in the "
                f"{bowl}."
            ),
        ]
    )
    return text, _idle(rels(*(Rel("in", b, bowl) for b in free)))


def t132_qua_room(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    room = _room(w, bowl)
    table = w.state.on_the_table()
    if room < 2 or len(table) < 2:
        return None
    k = w.rng.randint(2, min(room, len(table), 3))
    n = len(w.state.in_bowl(bowl))
    word = {2: "two", 3: "three"}[k]
    text = w.rng.choice(
        [
            (
                f"The {bowl} can hold {BOWL_CAP}, so add {word} blocks from the table to "
                f"it - any {word}."
            ),
            f"Put {word} more blocks in the {bowl}; any {word} from the table will do.",
            (
                f"There's room in the {bowl} for {word} more, so put {word} of the table "
                f"blocks in there."
            ),
        ]
    )

    def check(i: SymState, f: SymState) -> bool:
        added = set(f.in_bowl(bowl)) - set(i.in_bowl(bowl))
        return len(f.in_bowl(bowl)) == n + k and added <= set(i.on_the_table())

    return text, _idle(check)


def t132_qua_bin(w: World) -> Made:
    if len(w.blocks) > BIN_CAP:
        return None
    text = w.rng.choice(
        [
            f"The bin can take {BIN_CAP}, so put every block in it.",
            "There should be room in the bin for all of the blocks - put them all in.",
            "Put all the blocks in the bin; they'll all fit.",
        ]
    )
    return text, _idle(binned(w.blocks))


def t132_qua_tower(w: World) -> Made:
    table = w.state.on_the_table()
    if not 2 <= len(table) <= TOWER_CAP:
        return None
    if all(_tower(w.state, b) == _tower(w.state, table[0]) for b in table):
        return None
    text = w.rng.choice(
        [
            (
                f"There are only {len(table)} blocks on the table, so stack all of them "
                f"into one tower."
            ),
            (
                "Stack every block that's on the table into a single tower - there aren't "
                "too many for the height limit."
            ),
            "Make one tower out of all the blocks on the table.",
        ]
    )
    return text, _idle(_one_tower(table))


def t132_qua_either(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    if a in _tower(w.state, b):
        return None
    fa, fb = _free(w, a), _free(w, b)
    if not (fa or fb):
        return None
    text = w.rng.choice(
        [
            (
                f"If both the {a} and the {b} are free to pick up, put them both in the "
                f"bin; otherwise put in just the one that's free."
            ),
            (
                f"Put the {a} and the {b} in the bin if you can grab both straight away. "
                f"If only one of them is free, bin only that one."
            ),
        ]
    )
    if fa and fb:
        return text, _idle(binned([a, b]))
    free, other = (a, b) if fa else (b, a)
    return text, _idle(binned([free]), none_binned([other]))


def t132_qua_cost(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls or not _covered(w):
        return None
    bowl = w.rng.choice(bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    buried = [b for b in _covered(w) if b in outside]
    k = min(3, _room(w, bowl))
    if k < 2 or len(outside) < k or not buried:
        return None
    first = w.rng.choice(buried)
    xs = w.rng.sample([first, *w.pick([b for b in outside if b != first], k - 1)], k)
    word = {2: "both", 3: "all three"}[k]
    text = w.rng.choice(
        [
            f"Whatever you have to move, get {word} of {_names(xs)} into the {bowl}.",
            (
                f"I want {_names(xs)} in the {bowl} - {word} of them, even the ones that "
                f"are buried."
            ),
            (
                f"Get {word} of {_names(xs)} into the {bowl}, clearing off anything in the "
                f"way."
            ),
        ]
    )
    return text, _idle(rels(*(Rel("in", x, bowl) for x in xs)))


# ----- negated ----------------------------------------------------------------------------------------
def t132_neg_reach(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    bowls = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(x) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    above = _above(w, x)
    text = w.rng.choice(
        [
            (
                f"Put the {x} in the {bowl}, but don't throw the blocks that are in the way "
                f"into the bin."
            ),
            (
                f"Get the {x} into the {bowl}. Whatever is on top of it, don't put it in the "
                f"bin."
            ),
            f"The {x} goes in the {bowl}; just don't bin anything that's stacked on it.",
        ]
    )
    return text, _idle(rels(Rel("in", x, bowl)), none_binned(above))


def t132_neg_room(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != bowl and _room(w, b) >= 1]
    xs = [x for x in w.blocks if w.state.base(x) not in others]
    if not others or not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Put the {x} in a bowl that still has room - just not the {bowl}.",
            f"The {x} goes in one of the bowls with space left, but not the {bowl}.",
            f"Don't use the {bowl}; put the {x} in another bowl that can still take it.",
        ]
    )
    return text, _idle(lambda _i, f: f.support[x] != GRIPPER and f.base(x) in others)


def t132_neg_bin(w: World) -> Made:
    if not 4 <= len(w.blocks) <= BIN_CAP + 1:
        return None
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    opener = (
        "The bin can't take them all anyway, so"
        if len(w.blocks) > BIN_CAP
        else "The bin has room, so"
    )
    text = w.rng.choice(
        [
            f"{opener} put every block in it except the {x}.",
            f"Put all the blocks in the bin but not the {x}.",
            f"Don't put the {x} in the bin, but everything else goes in there.",
        ]
    )
    return text, _idle(binned(rest), none_binned([x]))


def t132_neg_tower(w: World) -> Made:
    tops = _tops(w, 2, TOWER_CAP - 1)
    if not tops:
        return None
    t = w.rng.choice(tops)
    tower = _tower(w.state, t)
    xs = [b for b in w.clear_blocks() if b not in tower]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            (
                f"Put the {x} on the {t}, and don't take that tower apart - just add to "
                f"the top."
            ),
            (
                f"Add the {x} to the top of the stack the {t} is on without unstacking "
                f"any of it."
            ),
            f"Don't rearrange the tower under the {t}; just set the {x} on top of it.",
        ]
    )
    return text, _idle(rels(Rel("on", x, t)), kept(*tower))


def t132_neg_either(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    ys = [b for b in w.blocks if b not in _tower(w.state, x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            (
                f"If the {x} isn't free to pick up, leave it alone and put the {y} in the "
                f"bin instead; if it is free, put the {x} in the bin."
            ),
            (
                f"Bin the {x} if nothing's on it. If something is, don't touch the {x} - "
                f"bin the {y} instead."
            ),
        ]
    )
    if _free(w, x):
        return text, _idle(binned([x]))
    return text, _idle(binned([y]), kept(x))


def t132_neg_cost(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    bowls = [
        b for b in w.bowls if _room(w, b) >= 1 and w.state.base(x) != b and _tidy(w, b)
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    above = _above(w, x)
    still = [b for b in w.blocks if b != x and b not in above]
    text = w.rng.choice(
        [
            f"Get the {x} into the {bowl} without moving anything that isn't in the way.",
            f"Put the {x} in the {bowl}, and don't move any block you don't have to.",
            (
                f"Move the {x} into the {bowl}; leave every other block alone unless it's "
                f"on top of the {x}."
            ),
        ]
    )
    return text, _idle(rels(Rel("in", x, bowl)), kept(*still))


# ----- relative ---------------------------------------------------------------------------------------
def t132_rel_reach(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    above = _above(w, x)
    if len(above) == 1:
        text = w.rng.choice(
            [
                f"Put the block that's keeping the {x} from being picked up into the bin.",
                f"The block that's in the way of the {x} - put it in the bin.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                (
                    f"Put the blocks that are keeping the {x} from being picked up into the "
                    f"bin."
                ),
                f"The blocks that are in the way of the {x} - put them in the bin.",
            ]
        )
    return text, _idle(binned(above))


def t132_rel_room(w: World) -> Made:
    options = []
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if len(bowls) >= 2 and len(bowls) == len(w.bowls):
        for pick, phrases in (
            (
                max,
                [
                    "Put the {x} in the bowl that has the most room left.",
                    "Move the {x} into whichever bowl has the most free space.",
                    "The {x} should go in the bowl that's got the most space in it.",
                ],
            ),
            (
                min,
                [
                    "Put the {x} in the bowl that has the least room left.",
                    "Move the {x} into the bowl that's the fullest.",
                    "The {x} should go in whichever bowl has the least space to spare.",
                ],
            ),
        ):
            best = pick(_room(w, b) for b in bowls)
            found = [b for b in bowls if _room(w, b) == best]
            if len(found) == 1:
                options.append((found[0], phrases))
    inside = w.state.in_bowls()
    if inside:
        y = w.rng.choice(inside)
        phrases = [
            f"Put the {{x}} in the bowl that the {y} is in - there's still room.",
            f"The bowl the {y} is sitting in has space left; put the {{x}} in there.",
            f"Move the {{x}} into the bowl where the {y} is, since it isn't full.",
        ]
        options.append((w.state.base(y), phrases))
    if not options:
        return None
    bowl, phrases = w.rng.choice(options)
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not xs or _room(w, bowl) < 1:
        return None
    x = w.rng.choice(xs)
    return w.rng.choice(phrases).format(x=x), _idle(rels(Rel("in", x, bowl)))


def t132_rel_bin(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside or len(inside) > BIN_CAP:
        return None
    text = w.rng.choice(
        [
            (
                "Put the blocks that are sitting in bowls into the bin - it has room for "
                "them."
            ),
            "Every block that's in a bowl right now should go in the bin.",
            "Take the blocks that are in the bowls and put them in the bin.",
        ]
    )
    return text, _idle(binned(inside))


def t132_rel_tower(w: World) -> Made:
    tops = _tops(w, 2, TOWER_CAP - 1)
    if not tops:
        return None
    heights = {t: len(_tower(w.state, t)) for t in tops}
    tallest = [t for t, h in heights.items() if h == max(heights.values())]
    if len(tallest) == 1 and w.rng.random() < 0.6:
        t = tallest[0]
        y = ""
    else:
        t = w.rng.choice(tops)
        y = w.rng.choice(_tower(w.state, t)[:-1])
    tower = _tower(w.state, t)
    xs = [b for b in w.clear_blocks() if b not in tower]
    if not xs:
        return None
    x = w.rng.choice(xs)
    if y:
        phrases = [
            f"Add the {x} to the top of the stack that the {y} is part of.",
            f"Put the {x} on top of the tower that has the {y} in it.",
            f"The tower that the {y} is in can take one more - set the {x} on top.",
        ]
    else:
        phrases = [
            f"Add the {x} to the top of the tallest tower - it's got room for one more.",
            f"Put the {x} on the stack that's the tallest.",
            f"Set the {x} on top of whichever tower is highest right now.",
        ]
    return w.rng.choice(phrases), _idle(rels(Rel("on", x, t)))


def t132_rel_either(w: World) -> Made:
    covered = _covered(w)
    free = [b for b in w.clear_blocks() if b not in covered]
    if not covered or not free:
        return None
    c, f = w.rng.choice(covered), w.rng.choice(free)
    a, b = w.rng.sample([c, f], 2)
    bowls = [bw for bw in w.bowls if _room(w, bw) >= 1 and w.state.base(f) != bw]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            (
                f"Of the {a} and the {b}, put the one that's free to pick up into the "
                f"{bowl}."
            ),
            (
                f"Put whichever of the {a} and the {b} has nothing on top of it in the "
                f"{bowl}."
            ),
            (
                f"One of the {a} and the {b} can be grabbed right away; put that one in the "
                f"{bowl}."
            ),
        ]
    )
    return text, _idle(rels(Rel("in", f, bowl)))


def t132_rel_cost(w: World) -> Made:
    under = [s for _b, s in w.pairs()]
    if not under:
        return None
    u = w.rng.choice(under)
    x = next(b for b in w.blocks if w.state.support[b] == u)
    bowls = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(u) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the block that's holding up the {x} into the {bowl}.",
            f"The block the {x} is sitting on - move it to the {bowl}.",
            f"Whatever block is right underneath the {x}, put it in the {bowl}.",
        ]
    )
    return text, _idle(rels(Rel("in", u, bowl)))


# ----- keep -------------------------------------------------------------------------------------------
def t132_keep_reach(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    ys = [b for b in w.blocks if b not in _tower(w.state, x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    above = _above(w, x)[::-1]
    text = w.rng.choice(
        [
            (
                f"Get the {x} out from under {_names(above)} and into the bin, but keep "
                f"the {y} where it is."
            ),
            (
                f"Put the {x} in the bin - you'll have to move what's on it - and leave "
                f"the {y} exactly where it is."
            ),
            f"Keep the {y} in place while you dig out the {x} and bin it.",
        ]
    )
    return text, _idle(binned([x]), kept(y))


def t132_keep_room(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b) and _direct(w.state, b) and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = _direct(w.state, bowl)
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            (
                f"Put the {x} in the {bowl} if there's room, and keep what's already in "
                f"there where it is."
            ),
            (
                f"The {bowl} still has space: add the {x}, but leave the blocks already in "
                f"it alone."
            ),
            (
                f"Without moving anything that's already in the {bowl}, squeeze the {x} in "
                f"there."
            ),
        ]
    )
    return text, _idle(rels(Rel("in", x, bowl)), kept(*inside))


def t132_keep_bin(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not xs or len(w.blocks) - 1 > BIN_CAP:
        return None
    x = w.rng.choice(xs)
    rest = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            (
                f"Put as many blocks in the bin as it'll take, but leave the {x} where it "
                f"is."
            ),
            f"Fill the bin with whatever fits, keeping the {x} right where it is.",
            (
                f"Keep the {x} in place and put the rest of the blocks in the bin, as many "
                f"as will go."
            ),
        ]
    )
    return text, _idle(binned(rest), kept(x))


def t132_keep_tower(w: World) -> Made:
    tops = _tops(w, 2, TOWER_CAP - 1)
    if not tops:
        return None
    t = w.rng.choice(tops)
    tower = _tower(w.state, t)
    if len(w.blocks) < TOWER_CAP:
        return None
    text = w.rng.choice(
        [
            (
                f"Make the tower with the {t} on top as tall as it's allowed to go, but "
                f"keep the blocks already in it where they are."
            ),
            (
                f"Keep the stack under the {t} as it is and keep adding blocks on top until "
                f"it reaches the height limit."
            ),
            (
                f"Build up the tower the {t} is on to the maximum height without moving "
                f"any of its blocks."
            ),
        ]
    )
    return text, _idle(_tower_height_of(t, TOWER_CAP), kept(*tower))


def t132_keep_either(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    bowl = _busy_bowl(w, bowls)
    xs = w.pick([b for b in w.blocks if w.state.base(b) != bowl], 3)
    if not xs:
        return None
    a, b, c = xs
    if c in _above(w, a) + _above(w, b):
        return None
    text = w.rng.choice(
        [
            (
                f"If the {bowl} can take all three of the {a}, the {b} and the {c}, put "
                f"them in; otherwise put in just the {a} and the {b} and keep the {c} "
                f"where it is."
            ),
            (
                f"Check whether the {bowl} has room for three more. If it does, put the "
                f"{a}, the {b} and the {c} in it; if not, only the {a} and the {b}, and "
                f"leave the {c} alone."
            ),
        ]
    )
    inside = [Rel("in", a, bowl), Rel("in", b, bowl)]
    if _room(w, bowl) >= 3:
        return text, _idle(rels(*inside, Rel("in", c, bowl)))
    return text, _idle(rels(*inside), kept(c))


def t132_keep_cost(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    text = w.rng.choice(
        [
            (
                f"Free up the {x} so it could be picked up, but keep the {x} itself where "
                f"it is."
            ),
            f"Clear off whatever is on the {x}; the {x} stays put.",
            f"Leave the {x} where it sits, just take away everything stacked on it.",
        ]
    )
    return text, _idle(rels(Rel("clear", x)), kept(x))


# ----- multi-step -------------------------------------------------------------------------------------
def t132_multi_reach(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    ys = [
        b
        for b in w.clear_blocks()
        if b not in _tower(w.state, x) and len(_tower(w.state, b)) < TOWER_CAP
    ]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"First clear off the {x}, then put it on the {y}.",
            (
                f"Start by getting everything off the {x}, and after that stack it on the "
                f"{y}."
            ),
            f"Uncover the {x} first; once it's free, set it on top of the {y}.",
        ]
    )
    return text, _idle(rels(Rel("on", x, y)))


def t132_multi_room(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in w.blocks if b not in inside]
    if not xs or len(inside) > BIN_CAP:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"First empty the {bowl} into the bin, then put the {x} in the {bowl}.",
            (
                f"Make room in the {bowl} by putting everything in it in the bin, and then "
                f"put the {x} in the {bowl}."
            ),
            (
                f"Clear out the {bowl} - the blocks go in the bin - and after that, move "
                f"the {x} into it."
            ),
        ]
    )
    return text, _idle(binned(inside), rels(Rel("in", x, bowl)))


def t132_multi_bin(w: World) -> Made:
    xs = w.pick(w.blocks, 3)
    if not xs:
        return None
    a, b, c = xs
    text = w.rng.choice(
        [
            (
                f"First put the {a} and the {b} in the bin, then see if there's room for "
                f"the {c} too, and put it in if there is."
            ),
            (
                f"Put the {a} in the bin, then the {b}, and then the {c} as well if the bin "
                f"can still take it."
            ),
        ]
    )
    return text, _idle(binned(xs))


def t132_multi_tower(w: World) -> Made:
    bases = _tops(w, 1, 2)
    if not bases:
        return None
    base = w.rng.choice(bases)
    level = len(_tower(w.state, base))
    xs = w.pick([b for b in w.blocks if b not in _tower(w.state, base)], 3)
    if not xs:
        return None
    a, c, d = xs
    text = w.rng.choice(
        [
            (
                f"First put the {a} on the {base}, then add the {c} on top, and then the "
                f"{d} if the tower isn't at its height limit yet."
            ),
            (
                f"Stack the {a} on the {base}, then the {c} on the {a}; after that, put "
                f"the {d} on top only if the tower can still go higher."
            ),
        ]
    )
    want = [Rel("on", a, base), Rel("on", c, a)]
    want.append(Rel("on", d, c, negated=level + 2 >= TOWER_CAP))
    return text, _idle(rels(*want))


def t132_multi_either(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowls = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(x) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    above = _above(w, x)
    text = w.rng.choice(
        [
            (
                f"First see if the {x} is free. If it is, put it in the {bowl}; if not, "
                f"move whatever's on it to the bin first and then put it in the {bowl}."
            ),
            (
                f"Check the {x}: anything on top of it goes in the bin first, then the "
                f"{x} goes in the {bowl}."
            ),
        ]
    )
    return text, _idle(binned(above), rels(Rel("in", x, bowl)))


def t132_multi_cost(w: World) -> Made:
    stuck = w.pick(_covered(w))
    if not stuck:
        return None
    x = stuck[0]
    above = _above(w, x)
    place = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            (
                f"Move whatever's blocking the {x} to the {place}, then put the {x} in the "
                f"bin."
            ),
            (
                f"First shift everything that's on the {x} over to the {place}, and then "
                f"bin the {x}."
            ),
        ]
    )
    return text, _idle(rels(*(Rel("at", b, place) for b in above)), binned([x]))


# ----- questions --------------------------------------------------------------------------------------
def t132_q_reach(w: World) -> Made:
    x = _some_block(w)
    free = _free(w, x)
    text, flag = w.rng.choice(
        [
            (f"Is the {x} free to pick up right now?", free),
            (f"Could you pick up the {x} without moving anything else first?", free),
            (f"Is there anything sitting on top of the {x}?", not free),
        ]
    )
    return text, answered(yes(flag))


def t132_q_room(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    bowl = _busy_bowl(w, bowls)
    room = _room(w, bowl)
    k = w.rng.choice([max(1, room - 1), room, min(BOWL_CAP, room + 1), room + 1])
    k = min(k, BOWL_CAP)
    word = {1: "one", 2: "two", 3: "three", 4: "four"}[k]
    text = w.rng.choice(
        [
            f"Could the {bowl} take {word} more block{'s' if k > 1 else ''}?",
            f"Is there room in the {bowl} for {word} more block{'s' if k > 1 else ''}?",
            f"Would {word} more block{'s' if k > 1 else ''} fit in the {bowl}?",
        ]
    )
    return text, answered(yes(room >= k))


def t132_q_bin(w: World) -> Made:
    n = len(w.blocks)
    k = w.rng.choice([n, BIN_CAP + 1]) if n <= BIN_CAP else n
    text, prefix = w.rng.choice(
        [
            ("How many more blocks would fit in the bin?", str(BIN_CAP)),
            (f"Could the bin take {k} blocks?", yes(k <= BIN_CAP)),
            (
                (
                    "Is there room in the bin for every block on the table and in the "
                    "bowls?"
                ),
                yes(n <= BIN_CAP),
            ),
        ]
    )
    return text, answered(prefix)


def t132_q_tower(w: World) -> Made:
    tops = _tops(w, 1, TOWER_CAP)
    if not tops:
        return None
    t = w.rng.choice(tops)
    left = TOWER_CAP - len(_tower(w.state, t))
    text = w.rng.choice(
        [
            (
                f"How many more blocks could go on top of the {t} before the tower hits "
                f"the height limit?"
            ),
            f"How many more blocks can I stack on the {t} before the tower is too tall?",
            f"How many more blocks could the tower topped by the {t} take?",
        ]
    )
    return text, answered(str(left))


def t132_q_either(w: World) -> Made:
    x = _some_block(w)
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    free = _free(w, x)
    text = w.rng.choice(
        [
            f"Could you put the {x} in the {bowl} without moving any other block first?",
            (
                f"If I asked you to put the {x} in the {bowl}, could you do it in one go, "
                f"without clearing anything off it?"
            ),
        ]
    )
    return text, answered(yes(free))


def t132_q_cost(w: World) -> Made:
    covered = _covered(w)
    x = w.rng.choice(covered if covered and w.rng.random() < 0.7 else w.blocks)
    above = _above(w, x)
    if above and w.rng.random() < 0.6:
        text = w.rng.choice(
            [
                f"What would you have to move to get to the {x}?",
                f"Which blocks are in the way of the {x}?",
            ]
        )
        return text, answered("|".join(above))
    text = w.rng.choice(
        [
            (
                f"How many blocks would you have to lift off before you could pick up the "
                f"{x}?"
            ),
            f"How many blocks are stacked on top of the {x}?",
        ]
    )
    return text, answered(str(len(above)))


# ----- matching ---------------------------------------------------------------------------------------
def t132_match_reach(w: World) -> Made:
    want = matching(w)
    if not want or all(r.args[1] == w.state.base(r.args[0]) for r in want):
        return None
    text = w.rng.choice(
        [
            "Put each block in the bowl of its own colour, moving whatever's in the way.",
            (
                "Every block that has a bowl of the same colour goes in that bowl - shift "
                "other blocks if you have to."
            ),
            (
                "Sort the blocks into the bowls that match their colours, even if some of "
                "them are buried."
            ),
        ]
    )
    return text, _idle(rels(*want))


def t132_match_room(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.args[0]) != r.args[1]]
    want = [r for r in want if _room(w, r.args[1]) >= 1]
    if not want:
        return None
    r = w.rng.choice(want)
    bowl = r.args[1]
    colour = w.colour(bowl)
    text = w.rng.choice(
        [
            f"If the {bowl} has room, put the block of the same colour in it.",
            (
                f"Put the {colour} block in the {colour} bowl, as long as there's space "
                f"for it."
            ),
            f"There's space in the {bowl}, right? Then put the matching block in it.",
        ]
    )
    return text, _idle(rels(r))


def t132_match_bin(w: World) -> Made:
    bowl_colours = {w.colour(b) for b in w.bowls}
    odd = [b for b in w.blocks if w.colour(b) not in bowl_colours]
    if not odd or len(odd) > BIN_CAP or len(odd) == len(w.blocks):
        return None
    text = w.rng.choice(
        [
            (
                "Put every block that doesn't have a bowl of its own colour in the bin - "
                "there's room for them."
            ),
            "The blocks whose colour doesn't match any bowl go in the bin.",
            "Any block without a matching bowl, throw it in the bin.",
        ]
    )
    return text, _idle(binned(odd))


def t132_match_tower(w: World) -> Made:
    tops = _tops(w, 1, TOWER_CAP - 1)
    pairs = [
        (r.args[0], t)
        for r in matching(w)
        for t in tops
        if w.state.is_clear(r.args[0]) and r.args[0] not in _tower(w.state, t)
    ]
    if not pairs:
        return None
    x, t = w.rng.choice(pairs)
    bowl = next(b for b in w.bowls if w.colour(b) == w.colour(x))
    text = w.rng.choice(
        [
            (
                f"Stack the block that's the same colour as the {bowl} on top of the {t} "
                f"- that tower still has room."
            ),
            f"Take the block matching the {bowl} and put it on the {t}.",
            f"The block with the same colour as the {bowl} goes on top of the {t}.",
        ]
    )
    return text, _idle(rels(Rel("on", x, t)))


def t132_match_either(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.args[0]) != r.args[1]]
    if not want:
        return None
    r = w.rng.choice(want)
    m, bowl = r.args
    above = _above(w, m)
    if len(_direct(w.state, bowl)) + max(1, len(above)) > BOWL_CAP or not _tidy(
        w, bowl
    ):
        return None
    text = w.rng.choice(
        [
            (
                f"If the block that matches the {bowl} is free, put it in the {bowl}; if "
                f"not, put whatever is on it in the {bowl} instead."
            ),
            (
                f"Is the block the same colour as the {bowl} free to pick up? If yes, it "
                f"goes in the {bowl}. If no, put what's on top of it in the {bowl}."
            ),
        ]
    )
    if above:
        return text, _idle(rels(*(Rel("in", b, bowl) for b in above)))
    return text, _idle(rels(r))


def t132_match_cost(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.args[0]) != r.args[1]]
    want = [r for r in want if _room(w, r.args[1]) >= 1]
    if not want:
        return None
    r = w.rng.choice(want)
    x, bowl = r.args
    text = w.rng.choice(
        [
            f"Get the {x} into the {bowl}, whatever has to be moved to do it.",
            f"Do whatever it takes to put the {x} in the bowl of the same colour.",
            (
                f"The {x} belongs in its matching bowl; move anything you need to get it "
                f"there."
            ),
        ]
    )
    return text, _idle(rels(r))


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
_STYLES = ("reach", "room", "bin", "tower", "either", "cost")
FRESH132: list[Template] = [
    (f"t132_{short}_{style}", category, globals()[f"t132_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
