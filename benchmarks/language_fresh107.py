"""`FRESH107`, the hundred-and-eighth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: the everyday verbs, phrasal verbs and idioms ordinary people use for moving things about, never the
textbook "put": pop, chuck, stick, shove, park, stash, dump, toss, tuck into, lift out, fish out, knock off,
pile up, stack up, shift, scoot, sort out, get rid of. Each style is a speaker:

- kid: "Pop the red block in the blue bowl, pleeease!"
- gran: "Be a love and shift the red block onto the green block."
- flatmate: "Oi, just chuck the yellow block in the bin, yeah?"
- warehouse: "Right, park the blue block over in the top left corner."
- chef: "Fish the red block out of the green bowl and set it down on the counter."
- teen: "yo knock the pink block off the cyan block onto the table"

Every check also asks for an empty gripper at the end. Each check carries `witness`, a list of (block, target)
moves that reach its goal from the scene it was made for; only the batch's own self-check reads it.

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(One slip: a grep meant to list the lexicon's constant names also printed five lines of its synonym tables, the
bin's and the table's synonyms and the place aliases; no template was written from them.)

Its first run (300 instructions, seed 0, on a7430d3, after every fix before it and before anything it could prompt):
0.79 goal-correct (237 of 300), 53 refused, 1 asked, 9 wrong, none of them an action: 9 wrong replies ('How many blocks
are hiding in W?', three times; 'Has something been piled on X?', three times; "Which block's been piled on X?", twice;
"What's X resting on, do you know?").
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
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

Move = tuple[str, str]


# ----- helpers ----------------------------------------------------------------------------------------
def _hand_empty(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(check: Check, *moves: Move) -> Check:
    """The check with an empty gripper at the end, and the moves that reach its goal (for the self-check)."""
    out = both(check, _hand_empty)
    out.witness = list(moves)  # type: ignore[attr-defined]
    return out


def _height(s: SymState, b: str) -> int:
    h = 1
    while s.support[b] in s.support:
        b = s.support[b]
        h += 1
    return h


def _can_top(s: SymState, y: str) -> bool:
    """Whether a block can go on `y`: nothing on it, not in the bin, the tower not at its maximum."""
    return (
        s.is_clear(y)
        and s.base(y) not in (BIN, GRIPPER)
        and _height(s, y) < layout.MAX_TOWER
    )


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.on_top(bowl)) + n <= layout.BOWL_CAPACITY


def _tops_first(s: SymState, blocks: list[str]) -> list[str]:
    return sorted(blocks, key=lambda b: -_height(s, b))


def _stackable(w: World) -> list[tuple[str, str]]:
    """(x, y): x clear and movable, y can take a block, x not already on y."""
    s = w.state
    return [
        (x, y)
        for x in w.clear_blocks()
        for y in w.clear_blocks()
        if x != y and _can_top(s, y)
    ]


def _into_bowl(w: World) -> list[tuple[str, str]]:
    s = w.state
    return [
        (b, bowl)
        for b in w.clear_blocks()
        for bowl in w.bowls
        if s.base(b) != bowl and _room(s, bowl)
    ]


def _lifted(w: World) -> list[str]:
    """Clear blocks in a bowl."""
    return [b for b in w.clear_blocks() if w.state.base(b) in w.state.bowls]


def _loose_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) where the top is clear."""
    return [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _matched(w: World) -> dict[str, str]:
    """Block -> the bowl of its colour."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _match_moves(w: World) -> list[Move]:
    """Every matched block not resting right on its bowl goes there, the highest first."""
    matched = {b: bowl for b, bowl in _matched(w).items() if w.state.support[b] != bowl}
    return [(b, matched[b]) for b in _tops_first(w.state, list(matched))]


def _unmatched(w: World) -> list[str]:
    colours = {w.colour(b) for b in w.bowls}
    return [b for b in w.blocks if w.colour(b) not in colours]


def _extreme(w: World, sign: int) -> str | None:
    """The clear block furthest left (sign 1) or right (sign -1), if clearly further than every other block."""
    order = sorted(w.blocks, key=lambda b: sign * w.y(b))
    if len(order) < 2 or not w.state.is_clear(order[0]):
        return None
    if abs(w.y(order[0]) - w.y(order[1])) < 0.03:
        return None
    return order[0]


def _not_on(x: str, y: str) -> Check:
    return lambda _i, f: f.support[x] != y and f.base(x) != BIN


def _off_table(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _in_any(x: str, bowls: list[str]) -> Check:
    return lambda _i, f: f.support[x] != GRIPPER and f.base(x) in bowls


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n


def _tower_of(n: int) -> Check:
    def check(_i: SymState, f: SymState) -> bool:
        return any(
            f.is_clear(b) and f.base(b) not in (BIN, GRIPPER) and _height(f, b) == n
            for b in f.blocks
        )

    return check


def _same_bowl(bowl: str) -> Check:
    return lambda i, f: (
        sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl))
        and all(i.support[b] == f.support[b] for b in i.in_bowl(bowl))
    )


# ----- imperative -------------------------------------------------------------------------------------
def t107_imp_kid(w: World) -> Made:
    opts = _into_bowl(w)
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Pop the {b} in the {bowl}!",
            f"Robot, pop the {b} into the {bowl}, pleeease!",
            f"Quick quick, pop the {b} in the {bowl}!",
        ]
    )
    return text, _done(rels(Rel("in", b, bowl)), (b, bowl))


def t107_imp_gran(w: World) -> Made:
    opts = _stackable(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Be a love and shift the {x} onto the {y}.",
            f"Now then, shift that {x} on top of the {y} for me, there's a dear.",
            f"Could you shift the {x} up onto the {y}, love?",
        ]
    )
    return text, _done(rels(Rel("on", x, y)), (x, y))


def t107_imp_flatmate(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    x = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Chuck the {x} in the bin, mate.",
            f"Oi, just chuck the {x} in the bin, yeah?",
            f"Can you chuck the {x} in the bin for me?",
        ]
    )
    return text, _done(binned([x]), (x, BIN))


def t107_imp_warehouse(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    x, p = w.rng.choice(opts), _place(w)
    text = w.rng.choice(
        [
            f"Park the {x} in the {p}.",
            f"The {x}: park it in the {p}.",
            f"Right, park the {x} over in the {p}.",
        ]
    )
    return text, _done(rels(Rel("at", x, p)), (x, p))


def t107_imp_chef(w: World) -> Made:
    opts = _lifted(w)
    if not opts:
        return None
    x = w.rng.choice(opts)
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"Fish the {x} out of the {bowl} and set it down on the counter.",
            f"Lift the {x} out of the {bowl} and set it on the table.",
            f"Get the {x} out of the {bowl}, onto the table please.",
        ]
    )
    return text, _done(rels(Rel("on_table", x)), (x, TABLE))


def t107_imp_teen(w: World) -> Made:
    opts = _loose_pairs(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"yo knock the {x} off the {y} onto the table",
            f"knock the {x} off the {y}, just leave it on the table",
            f"can you knock the {x} off the {y} lol, table's fine",
        ]
    )
    return text, _done(rels(Rel("on_table", x)), (x, TABLE))


# ----- declarative ------------------------------------------------------------------------------------
def t107_dec_kid(w: World) -> Made:
    opts = _into_bowl(w)
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {b} goes in the {bowl}, that's its house!",
            f"The {b} has to go in the {bowl} now.",
            f"The {b} wants to be in the {bowl}.",
        ]
    )
    return text, _done(rels(Rel("in", b, bowl)), (b, bowl))


def t107_dec_gran(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    x = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"That {x} belongs in the bin, I should think.",
            f"I've no use for the {x} any more; it's for the bin.",
            f"The {x} ought to go in the bin, dear.",
        ]
    )
    return text, _done(binned([x]), (x, BIN))


def t107_dec_flatmate(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    x, p = w.rng.choice(opts), _place(w)
    text = w.rng.choice(
        [
            f"The {x} needs shifting over to the {p}, it's in my way.",
            f"Your {x} needs to get moved to the {p}.",
            f"The {x} should really be over in the {p}.",
        ]
    )
    return text, _done(rels(Rel("at", x, p)), (x, p))


def t107_dec_warehouse(w: World) -> Made:
    opts = _stackable(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {x} gets stacked on the {y}.",
            f"The {x} is going on top of the {y}, that's the order.",
            f"Order says the {x} goes up on the {y}.",
        ]
    )
    return text, _done(rels(Rel("on", x, y)), (x, y))


def t107_dec_chef(w: World) -> Made:
    s = w.state
    opts = [
        (x, b) for x in _lifted(w) for b in w.bowls if b != s.base(x) and _room(s, b)
    ]
    if not opts:
        return None
    x, b2 = w.rng.choice(opts)
    b1 = s.base(x)
    text = w.rng.choice(
        [
            f"The {x} needs to come out of the {b1} and go in the {b2}.",
            f"That {x} in the {b1} belongs in the {b2}.",
            f"The {x} is in the wrong bowl: it goes in the {b2}, not the {b1}.",
        ]
    )
    return text, _done(rels(Rel("in", x, b2)), (x, b2))


def t107_dec_teen(w: World) -> Made:
    opts = _loose_pairs(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"ngl the {x} doesn't need to be on the {y}, it can just sit on the table",
            f"the {x} should be on the table, not stacked on the {y}",
            f"honestly the {x} belongs on the table, not on top of the {y}",
        ]
    )
    return text, _done(rels(Rel("on_table", x)), (x, TABLE))


# ----- desiderative -----------------------------------------------------------------------------------
def t107_des_kid(w: World) -> Made:
    opts = _stackable(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I wanna see the {x} stacked up on the {y}!",
            f"I want the {x} on top of the {y}! On top!",
            f"I wish the {x} was sitting on the {y}.",
        ]
    )
    return text, _done(rels(Rel("on", x, y)), (x, y))


def t107_des_gran(w: World) -> Made:
    opts = _into_bowl(w)
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I'd like the {b} tucked into the {bowl}, if you'd be so kind.",
            f"I'd be ever so pleased to see the {b} tucked away in the {bowl}.",
            f"What I'd like, dear, is the {b} tucked into the {bowl}.",
        ]
    )
    return text, _done(rels(Rel("in", b, bowl)), (b, bowl))


def t107_des_flatmate(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    x, p = w.rng.choice(opts), _place(w)
    text = w.rng.choice(
        [
            f"I'd rather the {x} was stashed over in the {p}, to be honest.",
            f"I'd love it if you could shove the {x} over to the {p}.",
            f"Would be great if the {x} lived in the {p} from now on.",
        ]
    )
    return text, _done(rels(Rel("at", x, p)), (x, p))


def t107_des_warehouse(w: World) -> Made:
    opts = w.clear_blocks()
    if len(opts) < 2:
        return None
    x, y = w.pick(opts, 2)
    text = w.rng.choice(
        [
            f"I want the {x} and the {y} both dumped in the bin.",
            f"I need the {x} and the {y} gone, dump them in the bin.",
            f"What I want is the {x} and the {y} in the bin.",
        ]
    )
    return text, _done(binned([x, y]), (x, BIN), (y, BIN))


def t107_des_chef(w: World) -> Made:
    opts = _lifted(w)
    if not opts:
        return None
    x, p = w.rng.choice(opts), _place(w)
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"I'd like the {x} lifted out of the {bowl} and parked in the {p}.",
            f"I want that {x} out of the {bowl} and over in the {p}, please.",
            f"Ideally the {x} comes out of the {bowl} and goes in the {p}.",
        ]
    )
    return text, _done(rels(Rel("at", x, p)), (x, p))


def t107_des_teen(w: World) -> Made:
    s = w.state
    opts = [
        (x, y, b)
        for x, y in _loose_pairs(w)
        for b in w.bowls
        if s.base(x) != b and _room(s, b)
    ]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"tbh i'd love it if the {x} got moved off the {y} and into the {bowl}",
            f"i kinda want the {x} off the {y} and in the {bowl}",
            f"would be sick if the {x} went from the {y} into the {bowl}",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)), (x, bowl))


# ----- quantified -------------------------------------------------------------------------------------
def t107_qua_kid(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if not s.in_bowl(b)]
    movable = w.clear_blocks()
    if not bowls or len(movable) < 2:
        return None
    bowl = w.rng.choice(bowls)
    x, y = w.pick(movable, 2)
    text = w.rng.choice(
        [
            f"Pop any two blocks into the {bowl}!",
            f"Can you pop two blocks in the {bowl}? Any two!",
            f"Two blocks in the {bowl}, pleeease! You pick which!",
        ]
    )
    return text, _done(count_in(bowl, 2), (x, bowl), (y, bowl))


def t107_qua_gran(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if 1 <= len(s.in_bowl(b)) <= 5]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = s.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Clear out everything in the {bowl} into the bin, would you, dear?",
            f"Tip all the blocks in the {bowl} into the bin for me, love.",
            f"Be a dear and empty the {bowl}; all of it goes in the bin.",
        ]
    )
    moves = [(b, BIN) for b in _tops_first(s, inside)]
    return text, _done(both(empty(bowl), binned(inside)), *moves)


def t107_qua_flatmate(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if not 1 <= len(inside) <= 5:
        return None
    text = w.rng.choice(
        [
            "Get rid of every block that's sitting in a bowl, straight in the bin.",
            "Any block in a bowl, chuck it in the bin.",
            "Chuck all the blocks out of the bowls and into the bin, would you?",
        ]
    )
    moves = [(b, BIN) for b in _tops_first(s, inside)]
    return text, _done(binned(inside), *moves)


def t107_qua_warehouse(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3 or any(_height(s, b) >= 3 for b in w.blocks):
        return None
    clear = w.clear_blocks()
    twos = [b for b in clear if _height(s, b) == 2 and _can_top(s, b)]
    if twos:
        t = w.rng.choice(twos)
        others = [b for b in clear if b != t]
        if not others:
            return None
        moves: list[Move] = [(w.rng.choice(others), t)]
    else:
        if len(clear) < 3:
            return None
        a, b, c = w.pick(clear, 3)
        moves = [(b, a), (c, b)]
    text = w.rng.choice(
        [
            "Pile three of the blocks up into one stack, any three will do.",
            "Stack up three blocks, one on another; doesn't matter which.",
            "I need a stack three blocks high. Any blocks, your call.",
        ]
    )
    return text, _done(_tower_of(3), *moves)


def t107_qua_chef(w: World) -> Made:
    s = w.state
    opts = [
        (b1, b2)
        for b1 in w.bowls
        for b2 in w.bowls
        if b1 != b2 and s.in_bowl(b1) and _room(s, b2, len(s.in_bowl(b1)))
    ]
    if not opts:
        return None
    b1, b2 = w.rng.choice(opts)
    inside = s.in_bowl(b1)
    lot = "both blocks" if len(inside) == 2 else "every block"
    text = w.rng.choice(
        [
            f"Tip the lot from the {b1} into the {b2}.",
            f"Shift {lot} from the {b1} over to the {b2}.",
            f"Everything in the {b1} gets moved across to the {b2}, all of it.",
        ]
    )
    moves = [(b, b2) for b in _tops_first(s, inside)]
    return text, _done(rels(*(Rel("in", b, b2) for b in inside)), *moves)


def t107_qua_teen(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    text = w.rng.choice(
        [
            "just toss any one block in the bin, idc which",
            "toss a single block in the bin, whichever",
            "chuck one block in the bin, doesn't matter which one",
        ]
    )
    return text, _done(_bin_count(1), (w.rng.choice(opts), BIN))


# ----- negated ----------------------------------------------------------------------------------------
def t107_neg_kid(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    opts = []
    for nb in w.bowls:
        ok = [b for b in w.bowls if b != nb]
        if not all(_room(s, b) for b in ok):
            continue
        opts += [(x, nb, ok) for x in w.clear_blocks() if s.base(x) not in ok]
    if not opts:
        return None
    x, nb, ok = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Pop the {x} in a bowl, but NOT the {nb}!",
            f"Pop the {x} in one of the bowls! Any one except the {nb}!",
            f"The {x} goes in a bowl! Not the {nb} though!",
        ]
    )
    return text, _done(_in_any(x, ok), (x, w.rng.choice(ok)))


def t107_neg_gran(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    x, p = w.rng.choice(opts), _place(w)
    text = w.rng.choice(
        [
            f"Don't throw the {x} away, dear, just move it over to the {p}.",
            f"I don't want the {x} binned; just shift it to the {p}.",
            f"Not the bin, dear! The {x} goes in the {p}.",
        ]
    )
    return text, _done(rels(Rel("at", x, p)), (x, p))


def t107_neg_flatmate(w: World) -> Made:
    opts = _loose_pairs(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Shove the {x} off the {y}. Not in the bin though, just onto the table.",
            f"Can you get the {x} off the {y}? Don't bin it, just leave it on the table.",
            f"Shift the {x} off the {y} and onto the table, don't chuck it.",
        ]
    )
    return text, _done(rels(Rel("on_table", x)), (x, TABLE))


def t107_neg_warehouse(w: World) -> Made:
    opts = _into_bowl(w)
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"The {x} does not go in the bin. Stash it in the {bowl}.",
            f"Don't bin the {x}; stash it in the {bowl}.",
            f"Not the bin for the {x}, it gets stashed in the {bowl}.",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)), (x, bowl))


def t107_neg_chef(w: World) -> Made:
    s = w.state
    opts = [(x, b) for b in w.bowls for x in s.on_top(b) if len(s.in_bowl(b)) >= 2]
    if not opts:
        singles = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
        if not singles:
            return None
        bowl = w.rng.choice(singles)
        x = s.in_bowl(bowl)[0]
        text = w.rng.choice(
            [
                f"Fish the {x} out of the {bowl}, not into the bin, just onto the counter.",
                f"Get the {x} out of the {bowl}. Don't bin it, set it on the table.",
            ]
        )
        return text, _done(rels(Rel("on_table", x)), (x, TABLE))
    x, bowl = w.rng.choice(opts)
    others = [b for b in s.in_bowl(bowl) if b != x]
    text = w.rng.choice(
        [
            f"Fish everything out of the {bowl} except the {x}, and set them on the counter.",
            f"Take every block out of the {bowl} but the {x}, onto the table with them.",
            f"Everything in the {bowl} comes out onto the table, apart from the {x}.",
        ]
    )
    moves = [(b, TABLE) for b in _tops_first(s, others)]
    return text, _done(both(rels(Rel("in", x, bowl)), _off_table(others)), *moves)


def t107_neg_teen(w: World) -> Made:
    opts = _stackable(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"nah don't chuck the {x}, stick it on top of the {y} instead",
            f"don't bin the {x} lol, stick it on the {y}",
            f"the {x} isn't going in the bin, stick it on the {y}",
        ]
    )
    return text, _done(rels(Rel("on", x, y)), (x, y))


# ----- relative ---------------------------------------------------------------------------------------
def t107_rel_kid(w: World) -> Made:
    s = w.state
    opts = [
        (x, y, b)
        for x, y in _loose_pairs(w)
        for b in w.bowls
        if s.base(y) != b and _room(s, b)
    ]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Pop the block that's on top of the {y} into the {bowl}!",
            f"The block sitting on the {y}, pop it in the {bowl}!",
            f"Pop the one that's on the {y} in the {bowl}!",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)), (x, bowl))


def t107_rel_gran(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    p = _place(w)
    if bowls and w.rng.random() < 0.6:
        bowl = w.rng.choice(bowls)
        x = s.in_bowl(bowl)[0]
        text = w.rng.choice(
            [
                f"That block sitting all on its own in the {bowl}: would you lift it out and move it to the {p}?",
                f"The block that's in the {bowl}, dear: lift it out and set it down in the {p}.",
                f"Lift out whichever block is in the {bowl} and shift it over to the {p}, please.",
            ]
        )
        return text, _done(rels(Rel("at", x, p)), (x, p))
    opts = _loose_pairs(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Would you move the block underneath the {x} over to the {p}? The {x} can go on the table.",
            f"The block the {x} is sitting on, dear, that one wants shifting to the {p}. Pop the {x} on the table first.",
        ]
    )
    return text, _done(both(rels(Rel("at", y, p)), _not_on(x, y)), (x, TABLE), (y, p))


def t107_rel_flatmate(w: World) -> Made:
    s = w.state
    refs = [(f"the {b}", w.scene.get(b).position) for b in w.bowls if not s.in_bowl(b)]
    refs += [(f"the {p}", xy) for p, xy in layout.PLACES.items()]
    ref, xy = w.rng.choice(refs)
    rx, ry = xy[0], xy[1]
    order = sorted(
        w.blocks,
        key=lambda b: (
            ((w.scene.get(b).position[0] - rx) ** 2 + (w.y(b) - ry) ** 2) ** 0.5
        ),
    )
    dist = [
        ((w.scene.get(b).position[0] - rx) ** 2 + (w.y(b) - ry) ** 2) ** 0.5
        for b in order
    ]
    x = order[0]
    if len(order) < 2 or dist[1] - dist[0] < 0.04 or not s.is_clear(x):
        return None
    text = w.rng.choice(
        [
            f"Chuck the block nearest {ref} in the bin.",
            f"Whichever block's closest to {ref}, chuck it in the bin.",
            f"The one closest to {ref}, can you chuck that in the bin?",
        ]
    )
    return text, _done(binned([x]), (x, BIN))


def t107_rel_warehouse(w: World) -> Made:
    x = _extreme(w, 1)
    if x is None:
        return None
    p = _place(w)
    text = w.rng.choice(
        [
            f"Take the leftmost block and park it in the {p}.",
            f"Block on the far left, park it in the {p}.",
            f"Grab whichever block is furthest left and park it in the {p}.",
        ]
    )
    return text, _done(rels(Rel("at", x, p)), (x, p))


def t107_rel_chef(w: World) -> Made:
    s = w.state
    empties = [b for b in w.bowls if not s.in_bowl(b)]
    if (
        len(w.bowls) >= 2
        and len(empties) == 1
        and w.clear_blocks()
        and w.rng.random() < 0.5
    ):
        e, x = empties[0], w.rng.choice(w.clear_blocks())
        text = w.rng.choice(
            [
                f"Tuck the {x} into the bowl that's got nothing in it.",
                f"The empty bowl: tuck the {x} in there.",
                f"Pop the {x} in whichever bowl is still empty.",
            ]
        )
        return text, _done(rels(Rel("in", x, e)), (x, e))
    opts = [
        (x, y)
        for x in w.clear_blocks()
        for y in s.in_bowls()
        if s.base(x) != s.base(y) and _room(s, s.base(y))
    ]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    bowl = s.base(y)
    text = w.rng.choice(
        [
            f"Tuck the {x} into the bowl the {y} is sitting in.",
            f"Whichever bowl has the {y} in it, tuck the {x} in there too.",
            f"The {x} goes in the same bowl as the {y}.",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)), (x, bowl))


def t107_rel_teen(w: World) -> Made:
    s = w.state
    x = _extreme(w, -1)
    if x is None:
        return None
    ys = [y for y in w.clear_blocks() if y != x and _can_top(s, y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"yo the block on the far right, stick it on the {y}",
            f"stick the rightmost block on top of the {y}",
            f"whatever block is furthest right, stick it on the {y} pls",
        ]
    )
    return text, _done(rels(Rel("on", x, y)), (x, y))


# ----- keep -------------------------------------------------------------------------------------------
def t107_keep_kid(w: World) -> Made:
    opts = [(x, b, z) for x, b in _into_bowl(w) for z in w.blocks if z != x]
    if not opts:
        return None
    x, bowl, z = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Pop the {x} in the {bowl} but don't touch my {z}!",
            f"Pop the {x} into the {bowl}, and leave my {z} alone!",
            f"The {x} goes in the {bowl}. Nobody touch the {z}!",
        ]
    )
    return text, _done(both(rels(Rel("in", x, bowl)), kept(z)), (x, bowl))


def t107_keep_gran(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if s.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    opts = [(x, y) for x, y in _stackable(w) if bowl not in (s.base(x), s.base(y))]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Move the {x} onto the {y}, but leave the {bowl} just as it is, dear.",
            f"Shift the {x} on top of the {y}, and don't disturb the {bowl}, love.",
            f"Would you lift the {x} onto the {y}? Mind you leave the {bowl} be.",
        ]
    )
    return text, _done(both(rels(Rel("on", x, y)), _same_bowl(bowl)), (x, y))


def t107_keep_flatmate(w: World) -> Made:
    opts = [(x, y) for x in w.clear_blocks() for y in w.blocks if y != x]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Chuck the {x} in the bin, but the {y} stays put, yeah?",
            f"Bin the {x}. Leave the {y} where it is though.",
            f"Chuck the {x} in the bin and don't move the {y}, it's mine.",
        ]
    )
    return text, _done(both(binned([x]), kept(y)), (x, BIN))


def t107_keep_warehouse(w: World) -> Made:
    opts = _loose_pairs(w)
    if not opts:
        return None
    x, _y = w.rng.choice(opts)
    below = [b for b in w.blocks if x in w.state.above(b)]
    p = _place(w)
    text = w.rng.choice(
        [
            f"Shift the {x} to the {p}; the rest of that stack stays where it is.",
            f"Pull the {x} off the top of its stack and park it in the {p}. Leave the rest of the stack alone.",
            f"Just the {x} goes to the {p}, the blocks under it stay put.",
        ]
    )
    return text, _done(both(rels(Rel("at", x, p)), kept(*below)), (x, p))


def t107_keep_chef(w: World) -> Made:
    s = w.state
    opts = [x for x in _lifted(w) if len(s.in_bowl(s.base(x))) >= 2]
    if opts and w.rng.random() < 0.6:
        x = w.rng.choice(opts)
        bowl = s.base(x)
        others = [b for b in s.in_bowl(bowl) if b != x]
        text = w.rng.choice(
            [
                f"Fish the {x} out of the {bowl} and into the bin. The rest stays in there as is.",
                f"Get the {x} out of the {bowl} and bin it, but leave the other blocks in there alone.",
                f"Only the {x} comes out of the {bowl}, into the bin; don't touch the rest.",
            ]
        )
        return text, _done(both(binned([x]), kept(*others)), (x, BIN))
    opts2 = [
        (x, b) for x in _lifted(w) for b in w.bowls if b != s.base(x) and s.in_bowl(b)
    ]
    if not opts2:
        return None
    x, keep = w.rng.choice(opts2)
    bowl = s.base(x)
    text = w.rng.choice(
        [
            f"Fish the {x} out of the {bowl} and chuck it in the bin, but leave the {keep} exactly as it is.",
            f"Bin the {x} from the {bowl}. Hands off the {keep}, mind.",
        ]
    )
    return text, _done(both(binned([x]), _same_bowl(keep)), (x, BIN))


def t107_keep_teen(w: World) -> Made:
    opts = [(x, y, z) for x, y in _stackable(w) for z in w.blocks if z not in (x, y)]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"stack the {x} on the {y} but like don't mess with the {z}",
            f"stick the {x} on top of the {y}, leave the {z} alone tho",
            f"the {x} goes on the {y}, and don't touch the {z} ok",
        ]
    )
    return text, _done(both(rels(Rel("on", x, y)), kept(z)), (x, y))


# ----- multi-step -------------------------------------------------------------------------------------
def t107_multi_kid(w: World) -> Made:
    opts = [(x, y, b) for y, b in _into_bowl(w) for x in w.clear_blocks() if x != y]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"First pop the {x} in the bin, then pop the {y} in the {bowl}!",
            f"Pop the {x} in the bin and then the {y} in the {bowl}!",
            f"Chuck the {x} in the bin! Then the {y} goes in the {bowl}!",
        ]
    )
    return text, _done(both(binned([x]), rels(Rel("in", y, bowl))), (x, BIN), (y, bowl))


def t107_multi_gran(w: World) -> Made:
    s = w.state
    opts = [
        (x, y, b)
        for x, y in _loose_pairs(w)
        for b in w.bowls
        if s.base(y) != b and _room(s, b)
    ]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Lift the {x} off the {y}, then set the {y} down in the {bowl}, dear.",
            f"First take the {x} off the {y}, and then move the {y} into the {bowl}.",
            f"Would you lift the {x} off the {y} and afterwards tuck the {y} into the {bowl}?",
        ]
    )
    return text, _done(
        both(rels(Rel("in", y, bowl)), _not_on(x, y)), (x, TABLE), (y, bowl)
    )


def t107_multi_flatmate(w: World) -> Made:
    s = w.state
    opts = [
        (x, y, z)
        for x in _lifted(w)
        for y in w.clear_blocks()
        for z in w.clear_blocks()
        if len({x, y, z}) == 3 and _can_top(s, y) and s.base(y) != s.base(x)
    ]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    bowl = s.base(x)
    text = w.rng.choice(
        [
            f"Get the {x} out of the {bowl}, stick it on the {y}, then chuck the {z} in the bin.",
            f"Grab the {x} out of the {bowl} and stick it on the {y}; after that, chuck the {z} in the bin.",
            f"Stick the {x} from the {bowl} on top of the {y}, and then chuck the {z} in the bin, cheers.",
        ]
    )
    return text, _done(both(rels(Rel("on", x, y)), binned([z])), (x, y), (z, BIN))


def t107_multi_warehouse(w: World) -> Made:
    s = w.state
    clear = w.clear_blocks()
    bottoms = [a for a in clear if s.support[a] == TABLE]
    opts = [
        (a, b, c) for a in bottoms for b in clear for c in clear if len({a, b, c}) == 3
    ]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Stack the {b} on the {a}, then the {c} on the {b}.",
            f"First the {b} goes on the {a}, then the {c} goes on top of the {b}.",
            f"Stack them up: the {a} on the bottom, the {b} on that, and the {c} on top.",
        ]
    )
    return text, _done(rels(Rel("stacked", a, b, c)), (b, a), (c, b))


def t107_multi_chef(w: World) -> Made:
    s = w.state
    opts = []
    for x in _lifted(w):
        b1 = s.base(x)
        if len(s.on_top(b1)) - (s.support[x] == b1) + 1 > layout.BOWL_CAPACITY:
            continue
        opts += [(x, y) for y in w.clear_blocks() if s.base(y) != b1]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    b1 = s.base(x)
    text = w.rng.choice(
        [
            f"Fish the {x} out of the {b1} onto the table, and then tuck the {y} into the {b1} in its place.",
            f"Lift the {x} out of the {b1} and set it on the table, then tuck the {y} in there instead.",
            f"Out of the {b1} comes the {x}, onto the table, and the {y} goes in the {b1} instead.",
        ]
    )
    return text, _done(
        both(rels(Rel("in", y, b1), Rel("on_table", x))), (x, TABLE), (y, b1)
    )


def t107_multi_teen(w: World) -> Made:
    s = w.state
    opts = [
        (x, y, z)
        for x, y in _loose_pairs(w)
        for z in w.clear_blocks()
        if z not in (x, y) and _can_top(s, z)
    ]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"knock the {x} off the {y} onto the table and then stack the {y} on the {z}",
            f"first knock the {x} off the {y}, leave it on the table, then stick the {y} on top of the {z}",
            f"knock the {x} off the {y} (table's fine) then stack the {y} on the {z}",
        ]
    )
    return text, _done(rels(Rel("on_table", x), Rel("on", y, z)), (x, TABLE), (y, z))


# ----- questions --------------------------------------------------------------------------------------
def t107_q_kid(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if s.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"How many blocks are hiding in the {bowl}?",
            f"How many blocks are in the {bowl} right now?",
            f"Count the blocks in the {bowl} for me! How many?",
        ]
    )
    return text, answered(str(len(s.in_bowl(bowl))))


def t107_q_gran(w: World) -> Made:
    s = w.state
    covered = [b for b in w.blocks if not s.is_clear(b)]
    pool = covered if covered and w.rng.random() < 0.5 else w.blocks
    x = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Is there anything sitting on top of the {x}, dear?",
            f"Has something been piled on the {x}?",
            f"Is anything stacked on the {x}, love?",
        ]
    )
    return text, answered(yes(not s.is_clear(x)))


def t107_q_flatmate(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.blocks)
    sup = s.support[x]
    if sup not in (TABLE, *s.bowls, *s.blocks):
        return None
    text = w.rng.choice(
        [
            f"What's the {x} sitting on?",
            f"What's under the {x} at the moment?",
            f"What's the {x} resting on, do you know?",
        ]
    )
    return text, answered(sup)


def t107_q_warehouse(w: World) -> Made:
    opts = w.pairs()
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Which block is stacked on the {y}?",
            f"What's sitting on top of the {y}?",
            f"Which block's been piled on the {y}?",
        ]
    )
    return text, answered(x)


def t107_q_chef(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bowl = s.base(x)
    else:
        x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Is the {x} in the {bowl}?",
            f"Is the {x} already in the {bowl}?",
            f"Has the {x} gone into the {bowl}?",
        ]
    )
    return text, answered(yes(s.base(x) == bowl))


def t107_q_teen(w: World) -> Made:
    n = len(w.pairs())
    if not n:
        return None
    text = w.rng.choice(
        [
            "how many blocks are sitting on top of other blocks right now?",
            "wait how many blocks are stacked on another block?",
            "quick q, how many of the blocks are on top of another block",
        ]
    )
    return text, answered(str(n))


# ----- matching ---------------------------------------------------------------------------------------
def t107_match_kid(w: World) -> Made:
    s = w.state
    todo = {b: bowl for b, bowl in _matched(w).items() if s.base(b) != bowl}
    if not todo or not all(_room(s, bowl) for bowl in todo.values()):
        return None
    text = w.rng.choice(
        [
            "Pop every block into the bowl that's the same colour as it!",
            "Can all the blocks go in their matching bowls? Pop them in!",
            "Sort the blocks out! Each one in the bowl of its own colour!",
        ]
    )
    return text, _done(rels(*matching(w)), *_match_moves(w))


def t107_match_gran(w: World) -> Made:
    s = w.state
    opts = [
        (b, bowl)
        for b, bowl in _matched(w).items()
        if s.base(b) != bowl and s.is_clear(b) and _room(s, bowl)
    ]
    opts = [(b, bowl) for b, bowl in opts if s.base(b) != BIN]
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Would you tuck the {x} into the bowl that matches it, dear?",
            f"The {x}, love: pop it in the bowl of the same colour.",
            f"Tuck the {x} away in its matching bowl, there's a dear.",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)), (x, bowl))


def t107_match_flatmate(w: World) -> Made:
    opts = list(_matched(w).items())
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Chuck the block that's the same colour as the {bowl} in the bin.",
            f"Whichever block matches the {bowl}, chuck it in the bin.",
            f"The block that matches the {bowl}: get rid of it, in the bin.",
        ]
    )
    return text, _done(binned([x]), (x, BIN))


def t107_match_warehouse(w: World) -> Made:
    s = w.state
    todo = {b: bowl for b, bowl in _matched(w).items() if s.base(b) != bowl}
    odd = _unmatched(w)
    if (
        not todo
        or not odd
        or len(odd) > 5
        or not all(_room(s, bowl) for bowl in todo.values())
    ):
        return None
    text = w.rng.choice(
        [
            "Sort out the blocks: each one goes in its matching bowl, anything without a match goes in the bin.",
            (
                "Sort these out. Blocks go in the bowl of the same colour, and any block with no matching bowl"
                " gets dumped in the bin."
            ),
            (
                "Every block into the bowl of its own colour, and the ones with no bowl of their colour, chuck"
                " them in the bin."
            ),
        ]
    )
    moves = _match_moves(w) + [(b, BIN) for b in _tops_first(s, odd)]
    return text, _done(both(rels(*matching(w)), binned(odd)), *moves)


def t107_match_chef(w: World) -> Made:
    opts = list(_matched(w).items())
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    p = _place(w)
    text = w.rng.choice(
        [
            f"Stash the block that matches the {bowl} in the {p}.",
            f"The block the same colour as the {bowl}: stash it over in the {p}.",
            f"Take the block that matches the {bowl} and park it in the {p}.",
        ]
    )
    return text, _done(rels(Rel("at", x, p)), (x, p))


def t107_match_teen(w: World) -> Made:
    s = w.state
    odd = _unmatched(w)
    if not odd or len(odd) > 5 or len(odd) == len(w.blocks):
        return None
    p = _place(w)
    text = w.rng.choice(
        [
            f"dump all the blocks that don't match any bowl in the {p}",
            f"any block that doesn't match a bowl colour, just dump it in the {p}",
            f"the blocks with no matching bowl, dump them in the {p}",
        ]
    )
    moves = [(b, p) for b in _tops_first(s, odd)]
    return text, _done(rels(*(Rel("at", b, p) for b in odd)), *moves)


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
_STYLES = ("kid", "gran", "flatmate", "warehouse", "chef", "teen")
FRESH107: list[Template] = [
    (f"t107_{short}_{style}", category, globals()[f"t107_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
