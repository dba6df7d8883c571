"""`FRESH149`, the hundred-and-fiftieth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is robotics and warehouse jargon: engineers and operators who talk to the arm the way they talk on the
job. They stage a block at a named place, kit or load blocks into a bowl (a bowl called "the tote"), deposit,
transfer or retrieve a block, dispose of, discard or scrap one (into the bin), singulate or depalletize a stack
(every block of it on the table by itself), palletize blocks (one tower, at a named place), home a block (to the
home the sentence names), clear the workspace (every block in the bin), and file tickets with steps and
acceptance criteria. Any term a general English speaker might not know is defined in the same message, and the
check follows the definition given. The checks accept every outcome the words allow (any order, any free choice
they leave open), require an empty gripper after an action, never accept throwing a block the sentence did not
mention into the bin, and hold blocks the sentence says to leave alone to where they started. The six styles:

- warehouse: "The white bowl is the tote: I want it loaded with the red block and the green block."
- lab: "Deposit the blue block in the white bowl (that bowl is the receiving vessel)."
- factory: "Scrap the yellow block, which means throw it in the bin."
- research: "Execute a pick-and-place: grasp the red block and place it on top of the cyan block."
- ticket: "Ticket 4471: retrieve the pink block from the green bowl and place it on the table."
- shorthand: "Pick red block, place at top left corner."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 17bb5a2, the code of f7d5699, after every fix before it and before anything
it could prompt): 0.52 goal-correct (156 of 300), 123 refused, 10 asked, 11 wrong, two of them actions: 'pick any two
blocks and place both in the bin' binned every block ('both' read as all of them); nine wrong replies: a question after a
label ('Stock count for W, please: how many blocks does it hold?', 'State query: which block is directly supporting X?',
'Bowl holding X: which one?') and 'how many of the blocks are carrying a block on top of them?'. Most refusals were the
jargon itself ('retrieve X from W', 'stage X at P', 'scrap X', 'load X into W', 'the tote', 'singulate', 'palletize').
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
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_ON_TABLE = (TABLE, *PLACES)
_CAPACITY = 4  # blocks a bowl holds


# ----- helpers ----------------------------------------------------------------------------------------
def _empty_hand(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: nothing left in the gripper and every given check."""
    return both(_empty_hand, *checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None where the goal already holds (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _others(w: World, *names: str) -> list[str]:
    return [b for b in w.blocks if b not in names]


def _chain(s: SymState, top: str) -> list[str]:
    """The blocks from the bottom of `top`'s tower up to `top`."""
    out = [top]
    while s.support[out[-1]] in s.support:
        out.append(s.support[out[-1]])
    return out[::-1]


def _depth(s: SymState, block: str) -> int:
    return len(_chain(s, block))


def _tops(w: World) -> list[str]:
    """The top block of every stack (a clear block resting on a block)."""
    return [b for b in w.blocks if w.state.is_clear(b) and w.state.support[b] in w.state.support]


def _room(w: World, bowl: str) -> int:
    return _CAPACITY - len(w.state.in_bowl(bowl))


def _alone(blocks: list[str]) -> Check:
    """Each block straight on the table with nothing on it."""
    return lambda _i, f: all(f.support[b] in _ON_TABLE and f.is_clear(b) for b in blocks)


def _not_bin_or_bowl(block: str) -> Check:
    return lambda _i, f: f.base(block) != BIN and f.base(block) not in f.bowls


def _no_block_on_block(_i: SymState, f: SymState) -> bool:
    return all(s not in f.support for s in f.support.values())


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _colour(name: str) -> str:
    return name.split()[0]


def _and(names: list[str]) -> str:
    """'the red block, the blue block and the green block'."""
    parts = [f"the {n}" for n in names]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _ticket(w: World) -> int:
    return w.rng.randint(100, 9999)


def _matched(w: World) -> tuple[list[Rel], list[str]]:
    """The colour-matching relations, and the blocks without a bowl of their colour."""
    want = matching(w)
    moved = {r.block for r in want}
    return want, [b for b in w.blocks if b not in moved]


# ----- imperative -------------------------------------------------------------------------------------
def t149_imp_warehouse(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Stage the {x} at the {place}.",
        f"Go stage the {x} at the {place}, i.e. set it down there and leave it.",
    ])
    return _made(w, text, _act(rels(Rel("at", x, place)), none_binned(_others(w, x))))


def t149_imp_lab(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not xs or _room(w, bowl) < 1:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice([
        f"Deposit the {x} in the {bowl} (that bowl is the receiving vessel).",
        f"Load the {x} into the {bowl}, the way you'd load a sample into a vessel.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl)), none_binned(_others(w, x))))


def t149_imp_factory(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    text = w.rng.choice([
        f"Scrap the {x}, which means throw it in the bin.",
        f"Send the {x} to scrap: it goes in the bin.",
    ])
    return _made(w, text, _act(binned([x]), none_binned(_others(w, x))))


def t149_imp_research(w: World) -> Made:
    s = w.state
    (x,) = w.pick(w.blocks)
    ys = [y for y in w.blocks if y != x and y not in s.above(x) and _depth(s, y) <= 3 and s.support[x] != y]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice([
        f"Execute a pick-and-place: grasp the {x} and place it on top of the {y}.",
        f"Run one pick-and-place cycle with the {x} as the object and the top of the {y} as the place target.",
    ])
    return _made(w, text, _act(rels(Rel("on", x, y)), none_binned(_others(w, x))))


def t149_imp_ticket(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    text = f"Ticket {_ticket(w)}: retrieve the {x} from the {bowl} and place it on the table."
    return _made(w, text, _act(rels(Rel("on_table", x)), none_binned(_others(w, x))))


def t149_imp_shorthand(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    if w.rng.random() < 0.5:
        place = w.rng.choice(PLACES)
        text = w.rng.choice([f"Pick {x}, place at {place}.", f"Pick-and-place: {x} to the {place}."])
        return _made(w, text, _act(rels(Rel("at", x, place)), none_binned(_others(w, x))))
    bowl = w.rng.choice(w.bowls)
    if w.state.base(x) == bowl or _room(w, bowl) < 1:
        return None
    text = w.rng.choice([f"Pick {x}, place in {bowl}.", f"Pick-and-place: {x} into the {bowl}."])
    return _made(w, text, _act(rels(Rel("in", x, bowl)), none_binned(_others(w, x))))


# ----- declarative ------------------------------------------------------------------------------------
def t149_dec_warehouse(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    bowl = w.rng.choice(w.bowls)
    if w.state.base(y) != bowl and _room(w, bowl) < 1:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Final staging layout: the {x} is at the {place} and the {y} is in the {bowl}.",
        f"Here is how the floor should look when you're done: the {y} is in the {bowl}, and the {x} is staged at "
        f"the {place}.",
    ])
    return _made(w, text, _act(rels(Rel("at", x, place), Rel("in", y, bowl)), none_binned(w.blocks)))


def t149_dec_lab(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([
        f"Protocol end state: the {x} is in the {bowl}, and it is the only block in that bowl.",
        f"End of run, the {bowl} contains exactly one block, and that block is the {x}.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl)), count_in(bowl, 1), none_binned(w.blocks)))


def t149_dec_factory(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    text = w.rng.choice([
        f"Target configuration for this cell: the {x} is stacked on the {y}, and the {y} is on the table.",
        f"Cell spec: the {y} sits on the table and the {x} sits directly on top of it.",
    ])
    return _made(w, text, _act(rels(Rel("on", x, y), Rel("on_table", y)), none_binned(w.blocks)))


def t149_dec_research(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    text = w.rng.choice([
        f"Goal state: the {x} is on the table with nothing on top of it.",
        f"Desired end state: the {x} rests directly on the table surface and is clear, meaning no block is on it.",
    ])
    return _made(w, text, _act(rels(Rel("on_table", x), Rel("clear", x)), none_binned(_others(w, x))))


def t149_dec_ticket(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    bowl = w.rng.choice(w.bowls)
    if w.state.base(y) != bowl and _room(w, bowl) < 1:
        return None
    text = w.rng.choice([
        f"Acceptance criteria: the {x} is in the bin; the {y} is in the {bowl}.",
        f"Ticket {_ticket(w)} is done when the {y} is in the {bowl} and the {x} is in the bin.",
    ])
    return _made(w, text, _act(binned([x]), rels(Rel("in", y, bowl)), none_binned(_others(w, x))))


def t149_dec_shorthand(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Layout: {x} at {place}, {y} on top of {x}.",
        f"End state: {x} at the {place}; {y} stacked on the {x}.",
    ])
    return _made(w, text, _act(rels(Rel("at", x, place), Rel("on", y, x)), none_binned(w.blocks)))


# ----- desiderative -----------------------------------------------------------------------------------
def t149_des_warehouse(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    bowl = w.rng.choice(w.bowls)
    if sum(w.state.base(b) != bowl for b in pair) > _room(w, bowl):
        return None
    text = w.rng.choice([
        f"The {bowl} is the tote: I want it loaded with the {x} and the {y}.",
        f"I'd like the {x} and the {y} kitted into the {bowl}; kitting just means putting them together in it.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl), Rel("in", y, bowl)), none_binned(w.blocks)))


def t149_des_lab(w: World) -> Made:
    xs = w.in_bowls()
    if not xs or len(w.bowls) < 2:
        return None
    x = w.rng.choice(xs)
    src = w.state.base(x)
    dst = w.rng.choice([b for b in w.bowls if b != src])
    if _room(w, dst) < 1:
        return None
    text = w.rng.choice([
        f"I'd like the {x} transferred from the {src} to the {dst}, please.",
        f"I want the {x} moved out of the {src} and into the {dst}.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, dst)), none_binned(_others(w, x))))


def t149_des_factory(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    text = w.rng.choice([
        f"Make it so that {_and(pair)} are both scrapped, meaning they end up in the bin.",
        f"I want {_and(pair)} pulled off the line and scrapped (put in the bin).",
    ])
    return _made(w, text, _act(binned(pair), none_binned(_others(w, *pair))))


def t149_des_research(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    top = w.rng.choice(tops)
    tower = _chain(w.state, top)
    text = w.rng.choice([
        f"I'd like the stack with the {top} on top singulated, i.e. each of its blocks put on the table by itself.",
        f"I want the tower topped by the {top} singulated: every block in it should end up standing on the table "
        f"on its own, with nothing on it.",
    ])
    return _made(w, text, _act(_alone(tower), none_binned(w.blocks)))


def t149_des_ticket(w: World) -> Made:
    text = w.rng.choice([
        "Request from ops: I want the workspace cleared, meaning every block goes in the bin.",
        f"Ticket {_ticket(w)}: we'd like the workspace cleared. Cleared means every single block is in the bin.",
    ])
    return _made(w, text, _act(binned(w.blocks)))


def t149_des_shorthand(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    bowl = w.rng.choice(w.bowls)
    if _room(w, bowl) < 2:
        return None
    text = w.rng.choice([
        f"I'd like: {x} on {y}, {y} in the {bowl}.",
        f"Would like the {x} on the {y}, with the {y} in the {bowl}.",
    ])
    return _made(w, text, _act(rels(Rel("on", x, y), Rel("in", y, bowl)), none_binned(w.blocks)))


# ----- quantified -------------------------------------------------------------------------------------
def t149_qua_warehouse(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > 4:
        return None
    place = w.rng.choice(PLACES)
    n = len(blocks)
    text = w.rng.choice([
        f"Palletize all {n} blocks at the {place}: stack every one of them into a single tower standing at the "
        f"{place}.",
        f"Palletize the whole lot at the {place}, i.e. all the blocks in one stack, which stands at the {place}.",
    ])
    check = _act(rels(Rel("tower", *blocks)), lambda _i, f: all(f.base(b) == place for b in blocks))
    return _made(w, text, check)


def t149_qua_lab(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2:
        return None
    text = w.rng.choice([
        f"Dispense one block into each of the {len(bowls)} bowls, so that every bowl ends up holding exactly one "
        f"block; which block goes where is up to you.",
        "Each bowl should end up with exactly one block in it. Any blocks will do.",
    ])
    return _made(w, text, _act(*(count_in(b, 1) for b in bowls), none_binned(w.blocks)))


def t149_qua_factory(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice([
        f"Scrap every block in the {bowl}: all of them go to the bin.",
        f"Everything that's in the {bowl} is scrap. Put each of those blocks in the bin.",
    ])
    return _made(w, text, _act(binned(inside), none_binned(_others(w, *inside))))


def t149_qua_research(w: World) -> Made:
    if not w.pairs():
        return None
    text = w.rng.choice([
        "Singulate every stack, meaning take the stacks apart so that no block is resting on another block.",
        "Singulate all the blocks: afterwards no block may sit on top of any other block.",
    ])
    return _made(w, text, _act(_no_block_on_block, none_binned(w.blocks)))


def t149_qua_ticket(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    before = w.state.in_bowl(bowl)
    if len(before) > _CAPACITY - 2 or len(w.blocks) - len(before) < 2:
        return None
    text = w.rng.choice([
        f"Ticket {_ticket(w)}: move two blocks, any two that aren't already in it, into the {bowl}.",
        f"Ticket {_ticket(w)}: the {bowl} needs exactly two more blocks. Pick any two from outside it.",
    ])

    def grew(i: SymState, f: SymState) -> bool:
        start = i.in_bowl(bowl)
        return set(start) <= set(f.in_bowl(bowl)) and len(f.in_bowl(bowl)) == len(start) + 2

    return _made(w, text, _act(grew, none_binned(w.blocks)))


def t149_qua_shorthand(w: World) -> Made:
    text = w.rng.choice([
        "Pick any two blocks and place both in the bin.",
        "Bin two blocks, any two, no more.",
    ])
    return _made(w, text, _act(_bin_count(2)))


# ----- negated ----------------------------------------------------------------------------------------
def t149_neg_warehouse(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    rest = _others(w, x)
    text = w.rng.choice([
        f"Dispose of every block except the {x}; disposing of a block means putting it in the bin.",
        f"Everything goes to disposal (the bin) apart from the {x}, which you must not throw away.",
    ])
    return _made(w, text, _act(binned(rest), none_binned([x])))


def t149_neg_lab(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in w.blocks if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice([
        f"Discard the {x} into the waste bin (that's the bin), but do not disturb anything in the {bowl}.",
        f"Without touching the contents of the {bowl}, discard the {x} in the bin.",
    ])
    return _made(w, text, _act(binned([x]), kept(*inside), none_binned(_others(w, x))))


def t149_neg_factory(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    if w.rng.random() < 0.5 and w.state.support[x] in w.state.support:
        y = w.state.support[x]
    text = w.rng.choice([
        f"Stack the {x} onto any other block in the cell except the {y}.",
        f"Put the {x} on top of some block, whichever you like, as long as it is not the {y}.",
    ])

    def on_other(_i: SymState, f: SymState) -> bool:
        return f.support[x] in f.support and f.support[x] != y

    return _made(w, text, _act(on_other, none_binned(w.blocks)))


def t149_neg_research(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    text = w.rng.choice([
        f"Extract the {x} from the {bowl}; it must not end up in any bowl or in the bin.",
        f"Take the {x} out of the {bowl} and set it down somewhere that is neither a bowl nor the bin.",
    ])
    return _made(w, text, _act(_not_bin_or_bowl(x), none_binned(_others(w, x))))


def t149_neg_ticket(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice([
        f"Ticket {_ticket(w)}: empty the {bowl} without using the bin.",
        f"Ticket {_ticket(w)}: the {bowl} must end up empty. Do not put anything in the bin.",
    ])
    return _made(w, text, _act(empty(bowl), none_binned(w.blocks)))


def t149_neg_shorthand(w: World) -> Made:
    under = [b for b in w.blocks if not w.state.is_clear(b)]
    if not under:
        return None
    x = w.rng.choice(under)
    text = w.rng.choice([
        f"Take everything off the {x}; do not put any of it in the bin.",
        f"Clear the top of the {x}, no binning: nothing goes in the bin.",
    ])
    return _made(w, text, _act(rels(Rel("clear", x)), none_binned(w.blocks)))


# ----- relative ---------------------------------------------------------------------------------------
def t149_rel_warehouse(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Pull the block sitting directly on top of the {below} and stage it at the {place}.",
        f"Whatever block is resting on the {below}, stage it at the {place}.",
    ])
    return _made(w, text, _act(rels(Rel("at", top, place)), none_binned(w.blocks)))


def t149_rel_lab(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    src = w.rng.choice(singles)
    (x,) = w.state.in_bowl(src)
    dsts = [b for b in w.bowls if b != src and _room(w, b) >= 1]
    if dsts and w.rng.random() < 0.6:
        dst = w.rng.choice(dsts)
        text = w.rng.choice([
            f"Transfer the block in the {src} to the {dst}.",
            f"Whichever block is in the {src}, move it over into the {dst}.",
        ])
        return _made(w, text, _act(rels(Rel("in", x, dst)), none_binned(w.blocks)))
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Transfer the block in the {src} out to the {place} of the bench (the table).",
        f"Whichever block is sitting in the {src}, take it out and set it at the {place}.",
    ])
    return _made(w, text, _act(rels(Rel("at", x, place)), none_binned(w.blocks)))


def t149_rel_factory(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice([
        f"Scrap the block that the {top} is resting on: it goes in the bin.",
        f"The block directly underneath the {top} is defective. Scrap it (into the bin).",
    ])
    return _made(w, text, _act(binned([below]), none_binned(_others(w, below))))


def t149_rel_research(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        outside = sorted((b for b in w.blocks if w.state.base(b) != bowl), key=lambda b: w.dist(b, bowl))
        if _room(w, bowl) < 1 or len(outside) < 2:
            continue
        x = outside[0]
        if w.state.support[x] != TABLE or not w.state.is_clear(x) or w.dist(outside[1], bowl) - w.dist(x, bowl) < 0.05:
            continue
        text = w.rng.choice([
            f"Of the blocks outside the {bowl}, grasp the one closest to it and place it in the {bowl}.",
            f"Pick the block nearest to the {bowl} (not counting any already in it) and drop it into that bowl.",
        ])
        return _made(w, text, _act(rels(Rel("in", x, bowl)), none_binned(w.blocks)))
    return None


def t149_rel_ticket(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    ys = [b for b in w.blocks if w.state.base(b) != bowl]
    if not ys or _room(w, bowl) < 1:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice([
        f"Ticket {_ticket(w)}: the {y} belongs in whichever bowl currently holds the {x}; please move it there.",
        f"Ticket {_ticket(w)}: put the {y} into the same bowl the {x} is in.",
    ])
    return _made(w, text, _act(rels(Rel("in", y, bowl)), none_binned(w.blocks)))


def t149_rel_shorthand(w: World) -> Made:
    ys = [b for b in w.blocks if len(w.state.above(b)) == 1]
    if not ys:
        return None
    y = w.rng.choice(ys)
    (top,) = w.state.above(y)
    text = w.rng.choice([
        f"Block on the {y}: move it to the table.",
        f"Whatever block is sitting on the {y} -> onto the table.",
    ])
    return _made(w, text, _act(rels(Rel("on_table", top)), none_binned(w.blocks)))


# ----- keep -------------------------------------------------------------------------------------------
def t149_keep_warehouse(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    ys = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Stage the {x} at the {place} and leave the {y} where it is.",
        f"Don't move the {y}. Just stage the {x} at the {place}.",
    ])
    return _made(w, text, _act(rels(Rel("at", x, place)), kept(y), none_binned(_others(w, x))))


def t149_keep_lab(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b) and _room(w, b) >= 1]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in w.blocks if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    already = "the block already in it" if len(inside) == 1 else "the blocks already in it"
    text = w.rng.choice([
        f"Transfer the {x} into the {bowl}, leaving {already} undisturbed.",
        f"Add the {x} to the {bowl}; {_and(inside)} must stay exactly as they are."
        if len(inside) > 1 else f"Add the {x} to the {bowl}; the {inside[0]} must stay exactly as it is.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl)), kept(*inside), none_binned(w.blocks)))


def t149_keep_factory(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    x = w.rng.choice(clear)
    rest = _others(w, x)
    text = w.rng.choice([
        f"Scrap the {x} (put it in the bin) and don't move any other block.",
        f"Only the {x} gets scrapped, into the bin; every other block on the line stays exactly where it is.",
    ])
    return _made(w, text, _act(binned([x]), kept(*rest)))


def t149_keep_research(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    top = w.rng.choice(tops)
    tower = _chain(w.state, top)
    rest = _others(w, *tower)
    text = w.rng.choice([
        f"Singulate the stack topped by the {top} (put each of its blocks on the table by itself); the rest of the "
        f"scene must stay as it is.",
        f"Keep every other block where it is, and singulate the tower with the {top} on top, i.e. each block of "
        f"that tower ends up alone on the table.",
    ])
    return _made(w, text, _act(_alone(tower), kept(*rest)))


def t149_keep_ticket(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    x = w.rng.choice(clear)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Ticket {_ticket(w)}: home the {x}. Its home position is the {place}. Nothing else should move.",
        f"Ticket {_ticket(w)}: the {x}'s home is the {place}; send it home and leave all other blocks alone.",
    ])
    return _made(w, text, _act(rels(Rel("at", x, place)), kept(*_others(w, x))))


def t149_keep_shorthand(w: World) -> Made:
    (x,) = w.pick(w.blocks)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(x) == bowl or _room(w, bowl) < 1:
        return None
    ys = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if len(ys) < 2:
        return None
    y, z = w.rng.sample(ys, 2)
    text = w.rng.choice([
        f"Pick and place the {x} into the {bowl}; the {y} and the {z} stay put.",
        f"{x} -> {bowl}. Hands off the {y} and the {z}.",
    ])
    text = text[0].upper() + text[1:]
    return _made(w, text, _act(rels(Rel("in", x, bowl)), kept(y, z), none_binned(w.blocks)))


# ----- multi_step -------------------------------------------------------------------------------------
def t149_multi_warehouse(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    ys = [b for b in w.blocks if w.state.base(b) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"First retrieve the {x} from the {bowl} and stage it at the {place}; then load the {y} into the {bowl}.",
        f"Two moves: pull the {x} out of the {bowl} and stage it at the {place}, and once that's done, put the {y} "
        f"in the {bowl}.",
    ])
    return _made(w, text, _act(rels(Rel("at", x, place), Rel("in", y, bowl)), none_binned(w.blocks)))


def t149_multi_lab(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    bowl = w.rng.choice(w.bowls)
    if w.state.base(x) == bowl or _room(w, bowl) < 2:
        return None
    text = w.rng.choice([
        f"Step 1: deposit the {x} in the {bowl}. Step 2: place the {y} on top of the {x}.",
        f"Protocol: first transfer the {x} into the {bowl}, then stack the {y} on it.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl), Rel("on", y, x)), none_binned(w.blocks)))


def t149_multi_factory(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, c = trio
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Assembly sequence: first set the {a} at the {place}, then the {b} on the {a}, and finally the {c} on "
        f"the {b}.",
        f"Build this subassembly in order: {a} down at the {place}; {b} on top of it; {c} on top of the {b}.",
    ])
    return _made(w, text, _act(rels(Rel("stacked", a, b, c), Rel("at", a, place)), none_binned(w.blocks)))


def t149_multi_research(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    top = w.rng.choice(tops)
    tower = _chain(w.state, top)
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        f"Depalletize the stack with the {top} on top, i.e. take it apart so each of its blocks stands on the "
        f"table alone; after that, put the {top} in the {bowl}.",
        f"Two-phase task. Phase one: depalletize the tower whose top block is the {top} (unstack it so every block "
        f"of it is on the table by itself). Phase two: move the {top} into the {bowl}.",
    ])
    check = _act(_alone(tower[:-1]), rels(Rel("in", top, bowl)), none_binned(w.blocks))
    return _made(w, text, check)


def t149_multi_ticket(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, c = trio
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Ticket {_ticket(w)}, steps: (1) dispose of the {a} in the bin; (2) move the {b} to the {place}; "
        f"(3) put the {c} on top of the {b}.",
        f"Ticket {_ticket(w)}. Do these in order: bin the {a}, then relocate the {b} to the {place}, then stack "
        f"the {c} on the {b}.",
    ])
    check = _act(binned([a]), rels(Rel("at", b, place), Rel("on", c, b)), none_binned(_others(w, a)))
    return _made(w, text, check)


def t149_multi_shorthand(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    bowl = w.rng.choice(w.bowls)
    if w.state.base(y) != bowl and _room(w, bowl) < 1:
        return None
    text = w.rng.choice([
        f"Pick {x}, place in bin; then pick {y}, place in {bowl}.",
        f"1) {x} -> bin. 2) {y} -> {bowl}.",
    ])
    text = text[0].upper() + text[1:]
    return _made(w, text, _act(binned([x]), rels(Rel("in", y, bowl)), none_binned(_others(w, x))))


# ----- question ---------------------------------------------------------------------------------------
def t149_q_warehouse(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice([
        f"Inventory check: how many blocks are in the {bowl} right now?",
        f"Stock count for the {bowl}, please: how many blocks does it hold?",
    ])
    return text, answered(str(n))


def t149_q_lab(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    pool = inside if inside and w.rng.random() < 0.5 else w.blocks
    x = w.rng.choice(pool)
    text = w.rng.choice([
        f"Sample check: is the {x} currently sitting in the {bowl}?",
        f"Before the next run, confirm for me: is the {x} in the {bowl}?",
    ])
    return text, answered(yes(w.state.base(x) == bowl))


def t149_q_factory(w: World) -> Made:
    n = len(w.pairs())
    text = w.rng.choice([
        "Station count: how many blocks have another block stacked directly on top of them?",
        "Line check: how many of the blocks are carrying a block on top of them?",
    ])
    return text, answered(str(n))


def t149_q_research(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice([
        f"State query: which block is directly supporting the {top}?",
        f"Which block is the {top} resting on?",
    ])
    return text, answered(below)


def t149_q_ticket(w: World) -> Made:
    under = [b for b in w.blocks if not w.state.is_clear(b)]
    pool = under if under and w.rng.random() < 0.5 else w.blocks
    x = w.rng.choice(pool)
    text = w.rng.choice([
        f"Status check for ticket {_ticket(w)}: is anything stacked on the {x}?",
        f"Ticket {_ticket(w)}, quick question: is there a block on top of the {x}?",
    ])
    return text, answered(yes(not w.state.is_clear(x)))


def t149_q_shorthand(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice([f"Quick one: which bowl is the {x} in?", f"Bowl holding the {x}: which one?"])
    return text, answered(w.state.base(x))


# ----- matching ---------------------------------------------------------------------------------------
def t149_match_warehouse(w: World) -> Made:
    want, rest = _matched(w)
    if not want:
        return None
    s = w.state
    moving = [r.block for r in want if s.base(r.block) != r.target]
    if any(b in s.above(m) for m in moving for b in rest):
        return None
    text = w.rng.choice([
        "Sort to totes by colour: every block that has a bowl of the same colour goes into that bowl; blocks with "
        "no same-colour bowl stay where they are.",
        "The bowls are the totes. Put each block in the tote of its own colour where there is one, and leave the "
        "blocks that have no tote of their colour where they are.",
    ])
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t149_match_lab(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) != r.target]
    if not want:
        return None
    r = w.rng.choice(want)
    text = w.rng.choice([
        f"Transfer the block that is the same colour as the {r.target} into it.",
        f"Colour-coded vessels: whichever block matches the {r.target} in colour goes into the {r.target}.",
    ])
    return _made(w, text, _act(rels(r), none_binned(w.blocks)))


def t149_match_factory(w: World) -> Made:
    want, rest = _matched(w)
    if not want:
        return None
    text = w.rng.choice([
        "Kit by colour: put each block into the bowl of its own colour, and scrap (put in the bin) any block that "
        "has no bowl of its colour.",
        "Colour kitting: a block with a same-colour bowl goes into that bowl; a block without one is scrap and goes "
        "in the bin.",
    ])
    return _made(w, text, _act(rels(*want), binned(rest)))


def t149_match_research(w: World) -> Made:
    want, rest = _matched(w)
    if not want:
        return None
    text = w.rng.choice([
        "Colour-sorting task: each block that has a same-colour bowl goes in that bowl; every other block must end up "
        "outside the bowls, and nothing goes in the bin.",
        "Run the colour-match benchmark: blocks into the bowls of their own colour, all unmatched blocks out of the "
        "bowls (but not in the bin).",
    ])
    return _made(w, text, _act(rels(*want), *(_not_bin_or_bowl(b) for b in rest), none_binned(w.blocks)))


def t149_match_ticket(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) != r.target]
    if not want:
        return None
    r = w.rng.choice(want)
    text = w.rng.choice([
        f"Ticket {_ticket(w)}: the {r.block} should be in the bowl of its own colour. Please fix.",
        f"Ticket {_ticket(w)}: colour mismatch reported; the {r.block} goes in the {_colour(r.block)} bowl.",
    ])
    return _made(w, text, _act(rels(r), none_binned(w.blocks)))


def t149_match_shorthand(w: World) -> Made:
    want, _rest = _matched(w)
    if not want:
        return None
    text = w.rng.choice([
        "Colour-match: every block -> its same-colour bowl, where one exists.",
        "Blocks into same-colour bowls; skip any block with no bowl of its colour.",
    ])
    return _made(w, text, _act(rels(*want), none_binned(w.blocks)))


# ----- the batch --------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("warehouse", "lab", "factory", "research", "ticket", "shorthand")
FRESH149: list[Template] = [
    (f"t149_{short}_{style}", category, globals()[f"t149_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
