"""`FRESH127`, the hundred-and-twenty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: verbs that ask for a state rather than a move, as people say them. "Free up the red block" (nothing on
it), "uncover", "dig out", "unblock", "empty out the bowl onto the table", "level the towers" / "flatten
everything", "tidy up the bowls so each has at most one block", "separate the red and blue blocks" (not in one
tower, not in one bowl), "isolate the pink block" (nothing on it, resting on no block, sharing no bowl). Where the
sentence does not say where the moved blocks go, any place that gives the asked-for state is accepted; the
gripper must end empty. The six styles are six kinds of speaker:

- warehouse: "Free up the red block, there's stuff piled on it."
- teacher: "Please empty out the blue bowl onto the table."
- gamer: "Flatten everything, no towers left."
- labtech: "Separate the green block and the cyan block."
- parent: "Sweetie, can you uncover the yellow block for me?"
- engineer: "Isolate the pink block, so it isn't stacked with anything or sharing a bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 39a65cc, after every fix before it and before anything it could prompt):
0.393 goal-correct (118 of 300), 146 refused, 14 asked, 22 wrong, six of them actions: 'X is buried under Y. It has to
be freed up.' and 'I want W empty, with its blocks out on the table.' ended as done with nothing moved; 'Separate X from
Y' did nothing when Y was on X; 'X and Y can't be in the same stack or the same bowl' did nothing when they shared a bowl
(left: the planner has no relation for two blocks sharing a bowl); 'The block on top of X, get it on its own.' ended
holding it (twice); sixteen wrong replies ('Which block is blocking X?', 'Are X and Y in one tower?').
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    both,
    kept,
    rels,
    yes,
)
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_FLOOR = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _hand_free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _goal(*checks: Check) -> Check:
    """The stated goal, with nothing left in the gripper."""
    return both(_hand_free, *checks)


def _clear(*blocks: str) -> Check:
    return rels(*(Rel("clear", b) for b in blocks))


def _not_binned(*blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) != BIN for b in blocks)


def _covered(w: World) -> list[str]:
    """Blocks with something resting on them."""
    return [b for b in w.blocks if not w.state.is_clear(b)]


def _stacked(s: SymState) -> list[str]:
    """Blocks resting on a block."""
    return [b for b, sup in s.support.items() if sup in s.support]


def _flat(blocks: list[str] | None = None) -> Check:
    """None of `blocks` (default: every block) rests on a block."""
    return lambda _i, f: all(
        f.support[b] not in f.support
        for b in (blocks if blocks is not None else f.blocks)
    )


def _same_tower(s: SymState, a: str, b: str) -> bool:
    return a in s.above(b) or b in s.above(a)


def _together(s: SymState, a: str, b: str) -> bool:
    """In one tower, or in one bowl (or both in the bin)."""
    ba, bb = s.base(a), s.base(b)
    return _same_tower(s, a, b) or (ba == bb and (ba in s.bowls or ba == BIN))


def _separated(a: str, b: str) -> Check:
    return lambda _i, f: not _together(f, a, b)


def _isolated(s: SymState, b: str) -> bool:
    """Nothing on it, on no block, and sharing no bowl (or the bin) with another block."""
    sup = s.support[b]
    if sup == GRIPPER or sup in s.support or not s.is_clear(b):
        return False
    base = s.base(b)
    return base in _FLOOR or [x for x in s.blocks if s.base(x) == base] == [b]


def _alone(b: str) -> Check:
    return lambda _i, f: _isolated(f, b)


def _emptied(bowl: str, onto_table: bool = True) -> Check:
    """Nothing left in `bowl`; with `onto_table`, what was in it stands on the table (a place counts)."""

    def check(i: SymState, f: SymState) -> bool:
        if f.in_bowl(bowl):
            return False
        return not onto_table or all(f.base(b) in _FLOOR for b in i.in_bowl(bowl))

    return check


def _at_most_one(_i: SymState, f: SymState) -> bool:
    return all(len(f.in_bowl(bw)) <= 1 for bw in f.bowls)


def _crowded(w: World) -> list[str]:
    return [bw for bw in w.bowls if len(w.state.in_bowl(bw)) >= 2]


def _full_bowls(w: World) -> list[str]:
    return [bw for bw in w.bowls if w.state.in_bowl(bw)]


def _direct(w: World, bowl: str) -> list[str]:
    return [b for b in w.blocks if w.state.support[b] == bowl]


def _tower(s: SymState, b: str) -> list[str]:
    """Every block of the tower holding `b`, bottom first."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *s.above(bottom)[::-1]]


def _match_bowl(w: World, block: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == w.colour(block)), None)


def _not_alone(w: World, b: str) -> bool:
    return not _isolated(w.state, b)


def _listing(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _not_yet(w: World, check: Check) -> bool:
    return not check(w.state, w.state)


# ----- imperative -----------------------------------------------------------------------------------
def t127_imp_warehouse(w: World) -> Made:
    b = w.pick(_covered(w))
    if not b:
        return None
    b = b[0]
    text = w.rng.choice(
        [
            f"Free up the {b}, there's stuff piled on it.",
            f"Get the {b} freed up.",
            f"Clear the load off the {b}.",
        ]
    )
    return text, _goal(_clear(b))


def t127_imp_teacher(w: World) -> Made:
    bowl = w.pick(_full_bowls(w))
    if not bowl:
        return None
    bowl = bowl[0]
    text = w.rng.choice(
        [
            f"Please empty out the {bowl} onto the table.",
            f"Could you tip everything in the {bowl} out onto the table, please?",
            f"Empty the {bowl} out onto the table for me.",
        ]
    )
    return text, _goal(_emptied(bowl))


def t127_imp_gamer(w: World) -> Made:
    if not _stacked(w.state):
        return None
    text = w.rng.choice(
        [
            "Flatten everything, no towers left.",
            "Level all the towers.",
            "Knock the stacks flat, every block on its own.",
        ]
    )
    return text, _goal(_flat())


def t127_imp_labtech(w: World) -> Made:
    pairs = [
        (a, b) for a in w.blocks for b in w.blocks if a < b and _together(w.state, a, b)
    ]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    if w.rng.random() < 0.5:
        a, b = b, a
    text = w.rng.choice(
        [
            f"Separate the {a} and the {b}.",
            f"Separate the {a} from the {b}, please.",
            f"Split up the {a} and the {b}.",
        ]
    )
    return text, _goal(_separated(a, b))


def t127_imp_parent(w: World) -> Made:
    b = w.pick(_covered(w))
    if not b:
        return None
    b = b[0]
    text = w.rng.choice(
        [
            f"Sweetie, can you uncover the {b} for me?",
            f"Honey, uncover the {b}, please.",
            f"Dig the {b} out from under that pile, kiddo.",
        ]
    )
    return text, _goal(_clear(b))


def t127_imp_engineer(w: World) -> Made:
    cands = [b for b in w.blocks if _not_alone(w, b)]
    b = w.pick(cands)
    if not b:
        return None
    b = b[0]
    text = w.rng.choice(
        [
            f"Isolate the {b}.",
            f"Isolate the {b}, so it isn't stacked with anything or sharing a bowl.",
            f"Get the {b} isolated from the other blocks.",
        ]
    )
    return text, _goal(_alone(b), _not_binned(b))


# ----- declarative ----------------------------------------------------------------------------------
def t127_dec_warehouse(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    text = w.rng.choice(
        [
            f"The {below} is buried under the {top}. It has to be freed up.",
            f"The {below} is boxed in, the {top} is sitting on it, and it needs clearing.",
            f"We've got the {top} parked on the {below}; the {below} needs to be free.",
        ]
    )
    return text, _goal(_clear(below))


def t127_dec_teacher(w: World) -> Made:
    bowl = w.pick(_full_bowls(w))
    if not bowl:
        return None
    bowl = bowl[0]
    text = w.rng.choice(
        [
            f"The {bowl} needs to be emptied out onto the table.",
            f"The blocks in the {bowl} belong on the table, and the {bowl} should be empty.",
            f"Everything in the {bowl} goes out onto the table.",
        ]
    )
    return text, _goal(_emptied(bowl))


def t127_dec_gamer(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    text = w.rng.choice(
        [
            f"The {below} is stuck under the {top}, and those two need to be split up.",
            f"The {top} and the {below} are stacked together and that's not okay. They need to be apart.",
            f"Those two are glued together, the {top} and the {below}. They should be separated.",
        ]
    )
    return text, _goal(_separated(top, below))


def t127_dec_labtech(w: World) -> Made:
    if not _stacked(w.state):
        return None
    text = w.rng.choice(
        [
            "Every tower on this bench has to be taken down to single blocks.",
            "The towers need to be levelled: no block should be sitting on another block.",
            "Nothing is supposed to be stacked on anything here.",
        ]
    )
    return text, _goal(_flat())


def t127_dec_parent(w: World) -> Made:
    if not _crowded(w):
        if not _stacked(w.state):
            return None
        text = w.rng.choice(
            [
                "These towers are a mess, sweetie. Nothing should be on top of anything.",
                "Honey, blocks don't go on top of other blocks in this house.",
            ]
        )
        return text, _goal(_flat())
    text = w.rng.choice(
        [
            "The bowls are way too crowded. Each bowl gets one block at most.",
            "These bowls are a mess; there should be no more than one block in any bowl.",
            "Each bowl is only supposed to have one block in it, at most.",
        ]
    )
    return text, _goal(_at_most_one)


def t127_dec_engineer(w: World) -> Made:
    cands = [b for b in w.blocks if _not_alone(w, b)]
    b = w.pick(cands)
    if not b:
        return None
    b = b[0]
    text = w.rng.choice(
        [
            f"The {b} must end up isolated: no block on it, no block under it, no other block in its bowl.",
            f"Requirement: the {b} stands alone, with no block on it, under it or beside it in a bowl.",
            f"The {b} is to be isolated from the rest.",
        ]
    )
    return text, _goal(_alone(b), _not_binned(b))


# ----- desiderative ---------------------------------------------------------------------------------
def t127_des_warehouse(w: World) -> Made:
    b = w.pick(_covered(w))
    if not b:
        return None
    b = b[0]
    text = w.rng.choice(
        [
            f"I need the {b} freed up.",
            f"I want the {b} clear, nothing sitting on it.",
            f"I'd like the {b} unblocked so I can get at it.",
        ]
    )
    return text, _goal(_clear(b))


def t127_des_teacher(w: World) -> Made:
    bowl = w.pick(_full_bowls(w))
    if not bowl:
        return None
    bowl = bowl[0]
    text = w.rng.choice(
        [
            f"I'd like the {bowl} emptied out onto the table, please.",
            f"I would like everything out of the {bowl} and on the table.",
            f"I want the {bowl} empty, with its blocks out on the table.",
        ]
    )
    return text, _goal(_emptied(bowl))


def t127_des_gamer(w: World) -> Made:
    if not _stacked(w.state):
        return None
    text = w.rng.choice(
        [
            "I want all the towers flattened.",
            "I want everything flattened, no stacks.",
            "I'd love it if every tower got levelled.",
        ]
    )
    return text, _goal(_flat())


def t127_des_labtech(w: World) -> Made:
    pairs = [
        (a, b) for a in w.blocks for b in w.blocks if a < b and _together(w.state, a, b)
    ]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I'd like the {a} and the {b} separated.",
            f"I want the {a} kept apart from the {b}: not in one stack, not in one bowl.",
            f"I need the {b} and the {a} separated, please.",
        ]
    )
    return text, _goal(_separated(a, b))


def t127_des_parent(w: World) -> Made:
    if not _crowded(w):
        if not _stacked(w.state):
            return None
        text = w.rng.choice(
            [
                "Sweetie, I'd like all those stacks taken down, every block on its own.",
                "I want those towers flattened before dinner, honey.",
            ]
        )
        return text, _goal(_flat())
    text = w.rng.choice(
        [
            "I'd like each bowl to have no more than one block in it.",
            "I want the bowls tidied up so each one has at most one block.",
            "Mommy wants at most one block per bowl, okay?",
        ]
    )
    return text, _goal(_at_most_one)


def t127_des_engineer(w: World) -> Made:
    cands = [b for b in w.blocks if _not_alone(w, b)]
    b = w.pick(cands)
    if not b:
        return None
    b = b[0]
    text = w.rng.choice(
        [
            f"I want the {b} isolated.",
            f"I need the {b} on its own, not stacked with anything and not sharing a bowl.",
            f"I'd like the {b} set apart from everything else.",
        ]
    )
    return text, _goal(_alone(b), _not_binned(b))


# ----- quantified -----------------------------------------------------------------------------------
def t127_qua_warehouse(w: World) -> Made:
    cov = _covered(w)
    if not cov:
        return None
    text = w.rng.choice(
        [
            "Free up every block that has something on it.",
            "Clear off all the blocks that have stuff piled on them.",
            "Any block with something sitting on it, free it up.",
        ]
    )
    return text, _goal(_clear(*cov))


def t127_qua_teacher(w: World) -> Made:
    if len(w.bowls) < 2 or not _full_bowls(w):
        return None
    bowls = w.bowls
    if len(bowls) == 2:
        text = w.rng.choice(
            [
                "Please empty out both bowls onto the table.",
                "Empty both bowls onto the table.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                "Please empty out all the bowls onto the table.",
                "Empty every bowl out onto the table, please.",
            ]
        )
    return text, _goal(*(_emptied(bw) for bw in bowls))


def t127_qua_gamer(w: World) -> Made:
    if not _stacked(w.state) and not _crowded(w):
        return None
    text = w.rng.choice(
        [
            "Spread everything out so no two blocks share a stack or a bowl.",
            "Every block gets its own spot: no stacks, and no bowl with two blocks in it.",
            "Make sure no block shares a tower or a bowl with any other block.",
        ]
    )
    return text, _goal(_flat(), _at_most_one)


def t127_qua_labtech(w: World) -> Made:
    if not _stacked(w.state):
        return None
    text = w.rng.choice(
        [
            "Take every tower down so that no block sits on another block.",
            "Unstack all of the blocks.",
            "Every single block should be unstacked.",
        ]
    )
    return text, _goal(_flat())


def t127_qua_parent(w: World) -> Made:
    bowl = w.pick(_crowded(w))
    if not bowl:
        if len(_full_bowls(w)) < 1 or len(w.bowls) < 2:
            return None
        text = w.rng.choice(
            [
                "Honey, empty every bowl out onto the table.",
                "Sweetie, tip all of the bowls out onto the table, every last one.",
            ]
        )
        return text, _goal(*(_emptied(bw) for bw in w.bowls))
    bowl = bowl[0]
    text = w.rng.choice(
        [
            f"Leave only one block in the {bowl}, honey.",
            f"The {bowl} can keep one block at most, take the others out.",
            f"Sweetie, no more than one block in the {bowl}.",
        ]
    )
    return text, _goal(lambda _i, f: len(f.in_bowl(bowl)) <= 1)


def t127_qua_engineer(w: World) -> Made:
    tall = [
        b
        for b in w.blocks
        if w.state.support[b] not in w.state.support and len(w.state.above(b)) >= 1
    ]
    if not tall:
        return None
    bottom = w.rng.choice(tall)
    tower = _tower(w.state, bottom)
    names = _listing([f"the {b}" for b in tower])
    n = len(tower)
    word = {2: "both", 3: "all three", 4: "all four"}[n]
    text = w.rng.choice(
        [
            f"Clear {names}, {word} of them: none may have anything on top.",
            f"Ensure that {names} are free, {word} of them with nothing on top.",
        ]
    )
    return text, _goal(_clear(*tower))


# ----- negated --------------------------------------------------------------------------------------
def t127_neg_warehouse(w: World) -> Made:
    b = w.pick(_covered(w))
    if not b:
        return None
    b = b[0]
    text = w.rng.choice(
        [
            f"Don't leave anything sitting on the {b}.",
            f"I don't want a single thing on top of the {b}.",
            f"Nothing stays on the {b}, got it?",
        ]
    )
    return text, _goal(_clear(b))


def t127_neg_teacher(w: World) -> Made:
    bowl = w.pick(_full_bowls(w))
    if not bowl:
        return None
    bowl = bowl[0]
    text = w.rng.choice(
        [
            f"The {bowl} shouldn't have anything in it. Tip it out onto the table.",
            f"Please don't leave any blocks in the {bowl}; empty it onto the table.",
            f"No blocks in the {bowl}, please: empty it out onto the table.",
        ]
    )
    return text, _goal(_emptied(bowl))


def t127_neg_gamer(w: World) -> Made:
    if not _stacked(w.state):
        return None
    text = w.rng.choice(
        [
            "No more towers. Nothing stacked on anything.",
            "I don't want any block on top of another block.",
            "No stacking allowed, flatten it all.",
        ]
    )
    return text, _goal(_flat())


def t127_neg_labtech(w: World) -> Made:
    pairs = [
        (a, b) for a in w.blocks for b in w.blocks if a < b and _together(w.state, a, b)
    ]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The {a} must not be stacked with the {b} or share a bowl with it.",
            f"Don't let the {a} and the {b} stay together; separate them.",
            f"The {a} and the {b} can't be in the same stack or the same bowl.",
        ]
    )
    return text, _goal(_separated(a, b))


def t127_neg_parent(w: World) -> Made:
    if not _crowded(w):
        if not _stacked(w.state):
            return None
        text = w.rng.choice(
            [
                "No towers, honey. Don't leave any block on top of another one.",
                "Sweetie, no block should be sitting on another block.",
            ]
        )
        return text, _goal(_flat())
    text = w.rng.choice(
        [
            "No bowl should have more than one block in it.",
            "Don't leave two blocks in the same bowl, sweetie.",
            "Honey, no bowl gets more than one block.",
        ]
    )
    return text, _goal(_at_most_one)


def t127_neg_engineer(w: World) -> Made:
    b = w.pick(_covered(w))
    if not b:
        return None
    b = b[0]
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Uncover the {b}, but don't move the {b} itself.",
                f"Clear the top of the {b} without moving the {b}.",
            ]
        )
        return text, _goal(_clear(b), kept(b))
    text = w.rng.choice(
        [
            f"Unblock the {b}, but don't put anything in the bin.",
            f"Free up the {b} without throwing anything in the bin.",
        ]
    )
    return text, _goal(_clear(b), _not_binned(*w.blocks))


# ----- relative -------------------------------------------------------------------------------------
def t127_rel_warehouse(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    text = w.rng.choice(
        [
            f"Free up the block that the {top} is sitting on.",
            f"Clear off the block the {top} is resting on.",
            f"The block that's under the {top}, free it up.",
        ]
    )
    return text, _goal(_clear(below))


def t127_rel_teacher(w: World) -> Made:
    inb = w.in_bowls()
    if not inb:
        return None
    b = w.rng.choice(inb)
    bowl = w.state.base(b)
    text = w.rng.choice(
        [
            f"Please empty out the bowl that has the {b} in it onto the table.",
            f"Empty the bowl the {b} is in onto the table.",
            f"Could you tip out the bowl which holds the {b}, onto the table?",
        ]
    )
    return text, _goal(_emptied(bowl))


def t127_rel_gamer(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    text = w.rng.choice(
        [
            f"Isolate the block that's sitting on the {below}.",
            f"The block on top of the {below}, get it on its own.",
            f"Isolate whatever block is stacked on the {below}.",
        ]
    )
    return text, _goal(_alone(top), _not_binned(top))


def t127_rel_labtech(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    text = w.rng.choice(
        [
            f"Separate the {top} from the block it's sitting on.",
            f"Separate the {top} from the block that is under it.",
            f"Split the {top} off the block it rests on.",
        ]
    )
    return text, _goal(_separated(top, below))


def t127_rel_parent(w: World) -> Made:
    if not w.pairs():
        return None
    top, _below = w.rng.choice(w.pairs())
    tower = _tower(w.state, top)
    text = w.rng.choice(
        [
            f"Flatten the tower that the {top} is part of, sweetie.",
            f"Honey, knock down the stack that has the {top} in it, so none of those blocks is on another.",
            f"Level the tower the {top} is in, kiddo.",
        ]
    )
    return text, _goal(_flat(tower))


def t127_rel_engineer(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    text = w.rng.choice(
        [
            f"Isolate the block that the {top} rests on.",
            f"Isolate the block which is underneath the {top}.",
            f"The block directly below the {top}: isolate it.",
        ]
    )
    return text, _goal(_alone(below), _not_binned(below))


# ----- keep -----------------------------------------------------------------------------------------
def t127_keep_warehouse(w: World) -> Made:
    b = w.pick(_covered(w))
    if not b:
        return None
    b = b[0]
    others = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    o = w.pick(others)
    if not o:
        return None
    o = o[0]
    text = w.rng.choice(
        [
            f"Free up the {b}, but keep the {o} where it is.",
            f"Clear the {b}; the {o} stays put.",
            f"Get the {b} unblocked and leave the {o} right where it is.",
        ]
    )
    return text, _goal(_clear(b), kept(o))


def t127_keep_teacher(w: World) -> Made:
    bowl = w.pick(_full_bowls(w))
    if not bowl:
        return None
    bowl = bowl[0]
    others = [x for x in w.blocks if w.state.base(x) != bowl]
    o = w.pick(others)
    if not o:
        return None
    o = o[0]
    text = w.rng.choice(
        [
            f"Please empty the {bowl} out onto the table, but keep the {o} where it is.",
            f"Empty out the {bowl} onto the table and leave the {o} alone.",
            f"Tip the {bowl} out onto the table; the {o} should stay where it is.",
        ]
    )
    return text, _goal(_emptied(bowl), kept(o))


def t127_keep_gamer(w: World) -> Made:
    if not _stacked(w.state):
        return None
    stay = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    o = w.rng.choice(stay)
    text = w.rng.choice(
        [
            f"Flatten everything but keep the {o} where it is.",
            f"Level all the towers, just don't move the {o}.",
            f"Knock every stack flat and leave the {o} in its spot.",
        ]
    )
    return text, _goal(_flat(), kept(o))


def t127_keep_labtech(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    text = w.rng.choice(
        [
            f"Separate the {top} and the {below}, keeping the {below} in place.",
            f"Separate the {top} from the {below}, but the {below} stays where it is.",
            f"Split the {top} and the {below} apart without moving the {below}.",
        ]
    )
    return text, _goal(_separated(top, below), kept(below))


def t127_keep_parent(w: World) -> Made:
    crowded = _crowded(w)
    if not crowded:
        if not _stacked(w.state):
            return None
        o = w.rng.choice(
            [b for b in w.blocks if w.state.support[b] not in w.state.support]
        )
        text = w.rng.choice(
            [
                f"Honey, take all the stacks apart, but keep the {o} where it is.",
                f"Sweetie, no more towers, and leave the {o} right where it is.",
            ]
        )
        return text, _goal(_flat(), kept(o))
    bowl = w.rng.choice(crowded)
    stay = _direct(w, bowl)
    if not stay:
        return None
    o = w.rng.choice(stay)
    text = w.rng.choice(
        [
            f"Tidy up the bowls so each has at most one block, and keep the {o} in the {bowl}.",
            f"Honey, one block per bowl at most, but the {o} stays in the {bowl}.",
            f"Sweetie, tidy the bowls so no bowl has more than one block; leave the {o} where it is.",
        ]
    )
    return text, _goal(_at_most_one, kept(o))


def t127_keep_engineer(w: World) -> Made:
    cands = [b for b in w.blocks if _not_alone(w, b)]
    b = w.pick(cands)
    if not b:
        return None
    b = b[0]
    others = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    o = w.pick(others)
    if not o:
        return None
    o = o[0]
    text = w.rng.choice(
        [
            f"Isolate the {b} while keeping the {o} where it is.",
            f"Isolate the {b}. Constraint: the {o} does not move.",
            f"Get the {b} isolated, leaving the {o} untouched.",
        ]
    )
    return text, _goal(_alone(b), _not_binned(b), kept(o))


# ----- multi-step -----------------------------------------------------------------------------------
def t127_multi_warehouse(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    text = w.rng.choice(
        [
            f"Free up the {below}, then chuck the {top} in the bin.",
            f"Clear the {below} first, and after that put the {top} in the bin.",
            f"Get the {below} freed up and then bin the {top}.",
        ]
    )
    return text, _goal(_clear(below), rels(Rel("in_bin", top)))


def t127_multi_teacher(w: World) -> Made:
    bowl = w.pick(_full_bowls(w))
    if not bowl:
        return None
    bowl = bowl[0]
    inside = w.state.in_bowl(bowl)
    b = w.rng.choice(inside if len(inside) >= 2 else w.blocks)

    def check(i: SymState, f: SymState) -> bool:
        return f.in_bowl(bowl) == [b] and all(
            f.base(x) in _FLOOR for x in i.in_bowl(bowl) if x != b
        )

    if not _not_yet(w, check):
        return None
    if b in inside:
        text = w.rng.choice(
            [
                f"Empty out the {bowl} onto the table, and then put the {b} back in it.",
                f"First tip the {bowl} out onto the table, then put just the {b} back in.",
                f"Please empty the {bowl} onto the table; after that, the {b} goes back into it.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Empty out the {bowl} onto the table, and then put the {b} in it.",
                f"First tip the {bowl} out onto the table, then the {b} goes in there.",
            ]
        )
    return text, _goal(check)


def t127_multi_gamer(w: World) -> Made:
    if not _stacked(w.state):
        return None
    a, b = w.pick(w.blocks, 2)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[a] == b and all(
            f.support[x] not in f.support for x in f.blocks if x != a
        )

    text = w.rng.choice(
        [
            f"Flatten all the towers, then stack the {a} on the {b}.",
            f"Level everything first, and then put the {a} on top of the {b}.",
            f"Knock all the stacks flat, then build the {a} on the {b}.",
        ]
    )
    if not _not_yet(w, check):
        return None
    return text, _goal(check)


def t127_multi_labtech(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Separate the {top} and the {below}, then put the {top} at the {place}.",
            f"First separate the {top} from the {below}, then move the {top} to the {place}.",
            f"Split the {top} off the {below} and then set the {top} down at the {place}.",
        ]
    )
    return text, _goal(_separated(top, below), rels(Rel("at", top, place)))


def t127_multi_parent(w: World) -> Made:
    b = w.pick(_covered(w))
    if not b:
        return None
    b = b[0]
    bowls = [bw for bw in w.bowls if w.state.base(b) != bw]
    bowl = w.pick(bowls)
    if not bowl:
        return None
    bowl = bowl[0]
    text = w.rng.choice(
        [
            f"Uncover the {b} and then put it in the {bowl}, sweetie.",
            f"Honey, dig out the {b} and put it in the {bowl}.",
            f"First get everything off the {b}, then put the {b} in the {bowl}.",
        ]
    )
    return text, _goal(rels(Rel("in", b, bowl)))


def t127_multi_engineer(w: World) -> Made:
    cands = [b for b in w.blocks if _not_alone(w, b)]
    b = w.pick(cands)
    if not b:
        return None
    b = b[0]
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"First isolate the {b}, then move it to the {place}.",
            f"Isolate the {b} and then place it at the {place}.",
            f"Step one: isolate the {b}. Step two: put the {b} at the {place}.",
        ]
    )
    return text, _goal(_alone(b), rels(Rel("at", b, place)))


# ----- question -------------------------------------------------------------------------------------
def t127_q_warehouse(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    free = w.state.is_clear(b) and w.state.support[b] != GRIPPER
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Is the {b} free, with nothing on top of it?",
                f"Is the {b} clear to grab?",
            ]
        )
        return text, answered(yes(free))
    text = w.rng.choice(
        [f"Is anything sitting on the {b}?", f"Has the {b} got something piled on it?"]
    )
    return text, answered(yes(not free))


def t127_q_teacher(w: World) -> Made:
    b = w.pick(_covered(w))
    if not b:
        return None
    b = b[0]
    n = len(w.state.above(b))
    text = w.rng.choice(
        [
            f"How many blocks would I have to take off to uncover the {b}?",
            f"How many blocks are on top of the {b}?",
            f"To free up the {b}, how many blocks need to come off it?",
        ]
    )
    return text, answered(str(n))


def t127_q_gamer(w: World) -> Made:
    cands = [b for b in w.blocks if len(w.state.above(b)) == 1]
    if not cands:
        return None
    b = w.rng.choice(cands)
    top = w.state.on_top(b)[0]
    text = w.rng.choice(
        [
            f"Which block is blocking the {b}?",
            f"What's sitting on top of the {b}?",
            f"Which block is on the {b}?",
        ]
    )
    return text, answered(top)


def t127_q_labtech(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    is_empty = not w.state.in_bowl(bowl)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [f"Is the {bowl} empty?", f"Is the {bowl} empty right now?"]
        )
        return text, answered(yes(is_empty))
    text = w.rng.choice(
        [f"Is there anything in the {bowl}?", f"Does the {bowl} have any blocks in it?"]
    )
    return text, answered(yes(not is_empty))


def t127_q_parent(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.rng.choice(w.pairs())
        flag = True
    else:
        pairs = [
            (a, b)
            for a in w.blocks
            for b in w.blocks
            if a < b and not _same_tower(w.state, a, b)
        ]
        if not pairs:
            return None
        a, b = w.rng.choice(pairs)
        flag = False
    text = w.rng.choice(
        [
            f"Are the {a} and the {b} stacked together?",
            f"Honey, is the {a} in the same stack as the {b}?",
            f"Are the {b} and the {a} in one tower?",
        ]
    )
    return text, answered(yes(flag))


def t127_q_engineer(w: World) -> Made:
    n = len(_covered(w))
    text = w.rng.choice(
        [
            "How many blocks have something stacked on them right now?",
            "How many blocks are covered by another block?",
            "Count the blocks that have a block on top of them: how many?",
        ]
    )
    return text, answered(str(n))


# ----- matching -------------------------------------------------------------------------------------
def t127_match_warehouse(w: World) -> Made:
    stuck = [
        b for b in w.blocks if not w.state.is_clear(b) or w.state.base(b) in w.bowls
    ]
    cands = [
        b for b in stuck if _match_bowl(w, b) and w.state.base(b) != _match_bowl(w, b)
    ]
    b = w.pick(cands)
    if not b:
        return None
    b = b[0]
    bowl = _match_bowl(w, b)
    assert bowl is not None
    if w.state.is_clear(b):  # stuck in a bowl of another colour
        cur = w.state.base(b)
        text = w.rng.choice(
            [
                f"Free the {b} from the {cur} and drop it in the bowl that matches it.",
                f"Get the {b} out of the {cur}; it belongs in the bowl of its own colour.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Free up the {b} and drop it in the bowl that matches it.",
                f"Dig out the {b} and put it in the bowl of the same colour.",
                f"Get the {b} unblocked, then into its matching bowl.",
            ]
        )
    return text, _goal(rels(Rel("in", b, bowl)))


def t127_match_teacher(w: World) -> Made:
    odd = [b for b in w.in_bowls() if w.colour(b) != w.colour(w.state.base(b))]
    if not odd:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        if any(f.base(b) not in _FLOOR for b in odd):
            return False
        return all(f.colours[b] == f.colours[f.base(b)] for b in f.in_bowls())

    text = w.rng.choice(
        [
            "Please take any block that's in a bowl of a different colour out and put it on the table.",
            "Tidy the bowls: a block that doesn't match its bowl's colour goes out onto the table.",
            "Every bowl should only hold blocks of its own colour; put the odd ones out on the table.",
        ]
    )
    return text, _goal(check)


def t127_match_gamer(w: World) -> Made:
    cands = []
    for bowl in w.bowls:
        m = next((b for b in w.blocks if w.colour(b) == w.colour(bowl)), None)
        if m is not None and [x for x in w.state.in_bowl(bowl) if x != m]:
            cands.append((bowl, m))
    if not cands:
        return None
    bowl, m = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Clear out the {bowl}, then put its matching block in it, and nothing else.",
            f"Empty the {bowl} and then fill it with the block of the same colour only.",
            f"Clear the {bowl}, and after that only the block that matches it goes in.",
        ]
    )
    return text, _goal(lambda _i, f: f.in_bowl(bowl) == [m])


def t127_match_labtech(w: World) -> Made:
    cands = [
        (a, b) for t, s in w.pairs() for a, b in ((t, s), (s, t)) if _match_bowl(w, a)
    ]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    bowl = _match_bowl(w, a)
    assert bowl is not None
    text = w.rng.choice(
        [
            f"Separate the {a} from the {b}, and put the {a} in the bowl that matches it.",
            f"Separate the {a} and the {b}, then the {a} goes into the bowl of its own colour.",
            f"Split the {a} from the {b} and place the {a} in its matching bowl.",
        ]
    )
    return text, _goal(_separated(a, b), rels(Rel("in", a, bowl)))


def t127_match_parent(w: World) -> Made:
    cands = []
    for b in w.blocks:
        bowl = _match_bowl(w, b)
        if bowl is not None and w.state.in_bowl(bowl) != [b]:
            cands.append((b, bowl))
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Sweetie, give the {b} the bowl of its own colour all to itself.",
            f"Honey, the {b} goes in its matching bowl, and nothing else should be in there.",
            f"Put the {b} in the bowl that's the same colour, all alone in it.",
        ]
    )
    return text, _goal(lambda _i, f: f.in_bowl(bowl) == [b])


def t127_match_engineer(w: World) -> Made:
    want = [b for b in w.blocks if _match_bowl(w, b)]
    if not want:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        if any(f.support[x] in f.support for x in f.blocks):
            return False
        return all(f.support[b] == _match_bowl(w, b) for b in want)

    if not _not_yet(w, check):
        return None
    text = w.rng.choice(
        [
            "Put every block that has a same-coloured bowl into that bowl, with no block stacked on another.",
            "Each block whose colour matches a bowl goes in that bowl; nothing stays stacked anywhere.",
            "Sort the blocks into their matching bowls and flatten everything, no stacks.",
        ]
    )
    return text, _goal(check)


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
_STYLES = ("warehouse", "teacher", "gamer", "labtech", "parent", "engineer")
FRESH127: list[Template] = [
    (f"t127_{short}_{style}", category, globals()[f"t127_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
