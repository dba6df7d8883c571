"""`FRESH92`, the ninety-third untuned batch: sixty language templates, six per category, for the offline planner.

Theme: six more everyday users ask for the common jobs (a block into a bowl, a stack, sorting by colour, clearing the
table into the bin, a block to a named place, and questions: how many, where is, what is on or in) in their own
words. Each style is one user:

- learner: a non-native English speaker, simple grammar and dropped articles: "Please put red block in blue bowl."
- shift: a warehouse shift lead, terse and in a hurry: "Right, the red block belongs on the green block. Let's move."
- kid: a nine-year-old: "Put the red block on top of the green block!"
- tester: a roboticist testing the system: "Test one: pick up the red block and place it in the top left corner."
- parent: a busy parent between two other jobs: "Just toss the red block in the bin, thanks."
- retiree: a retired engineer, polite and precise: "Kindly put the block of the same colour as the blue bowl into that
  bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(By mistake the tester also printed the first three lines of `benchmarks/language_fresh54.py`: the opening of its
docstring, naming its theme, and no template.)

Each check also carries `intended`, the moves the tester had in mind ((block, target) pairs), for the self-check only.

Its first run (300 instructions, seed 0, on 20d35a8, after every fix before it and before anything it could prompt):
0.857 goal-correct (257 of 300), 42 refused, 1 asked, no wrong action and no wrong reply. The refusals were everyday
words the planner did not know yet ('W has to be emptied, okay?', 'X ought to be in P, and Y likewise', 'get the
blocks sorted into the bowls, color to color', 'all the blocks in the bowls, out', 'White bowl, how many blocks is
inside?').
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    matching,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

Move = tuple[str, str]


# ----- helpers ---------------------------------------------------------------------------------------
def _goal(want: list[Rel], moves: list[Move], *extra: Check) -> Check:
    """The relations in `want` (and every extra check) hold at the end, and the gripper is empty."""

    def check(i: SymState, f: SymState) -> bool:
        return (
            f.held is None
            and all(holds(r, f) for r in want)
            and all(c(i, f) for c in extra)
        )

    check.intended = moves  # type: ignore[attr-defined]
    return check


def _kept(*blocks: str) -> Check:
    return lambda i, f: all(i.support[b] == f.support[b] for b in blocks)


def _height(s: SymState, block: str) -> int:
    """1 for a block resting on the table, a bowl or a place; 2 for one on such a block; ..."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _same_tower(s: SymState, a: str, b: str) -> bool:
    return a == b or a in _below(s, b) or b in _below(s, a)


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.on_top(bowl))


def _c(name: str) -> str:
    """The colour word of a name: "red block" -> "red"."""
    return name.split()[0]


def _at(place: str) -> str:
    return "in the middle" if place == "middle" else f"in the {place}"


def _to(place: str) -> str:
    return "to the middle" if place == "middle" else f"to the {place}"


def _room_bowls(w: World) -> list[str]:
    return [c for c in w.bowls if _room(w.state, c) > 0]


def _stackable(w: World) -> list[tuple[str, str]]:
    """(a, b): a can go straight onto b: different towers, and b's tower has room above b."""
    s = w.state
    return [
        (a, b)
        for a in w.blocks
        for b in w.blocks
        if not _same_tower(s, a, b) and _height(s, b) < layout.MAX_TOWER
    ]


def _bottom_first(s: SymState, blocks: list[str]) -> list[str]:
    """Blocks ordered so that the top of every tower moves first."""
    return sorted(blocks, key=lambda b: -_height(s, b))


def _leftmost(w: World, among: list[str], margin: float = 0.04) -> str | None:
    ys = sorted(among, key=w.y)
    if len(ys) < 2 or w.y(ys[1]) - w.y(ys[0]) < margin:
        return None
    return ys[0]


def _nearest(w: World, to: str, among: list[str], margin: float = 0.03) -> str | None:
    ds = sorted(among, key=lambda b: w.dist(b, to))
    if not ds or (len(ds) > 1 and w.dist(ds[1], to) - w.dist(ds[0], to) < margin):
        return None
    return ds[0]


def _bowl_of(w: World) -> dict[str, str]:
    return {w.colour(b): b for b in w.bowls}


def _match_moves(w: World) -> list[Move]:
    """The matching blocks not yet in their bowls, with their bowls."""
    s = w.state
    return [(r.block, r.target) for r in matching(w) if s.base(r.block) != r.target]


def _sort_moves(w: World, also: tuple[str, ...] = ()) -> list[Move]:
    """`_match_moves`, then putting back a matched block that had to come off one of them (or off `also`)."""
    s = w.state
    moves = _match_moves(w)
    movers = [b for b, _ in moves] + list(also)
    back = [
        (r.block, r.target)
        for r in matching(w)
        if (r.block, r.target) not in moves
        and any(r.block in s.above(m) for m in movers)
    ]
    return moves + back


# ----- imperative ---------------------------------------------------------------------------------------
def t92_imp_learner(w: World) -> Made:
    bowls = _room_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = w.rng.choice(
        [
            f"Please put {b} in {bowl}.",
            f"You take {b} and put inside {bowl}, please.",
            f"Put the {b} into {bowl}, thank you.",
        ]
    )
    return text, _goal([Rel("in", b, bowl)], [(b, bowl)])


def t92_imp_shift(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if not 2 <= len(table) <= 5:
        return None
    text = w.rng.choice(
        [
            "Clear the table. Every block on it goes in the bin.",
            "All the blocks on the table, into the bin. Bowls stay.",
            "Clear off the table into the bin, let's go.",
        ]
    )
    return text, _goal(
        [Rel("in_bin", b) for b in table], [(b, BIN) for b in _bottom_first(s, table)]
    )


def t92_imp_kid(w: World) -> Made:
    pairs = [(a, b) for a, b in _stackable(w) if w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Put the {a} on top of the {b}!",
            f"Can you stack the {a} on the {b}? Pleeease!",
            f"Make the {a} sit on the {b}!",
        ]
    )
    return text, _goal([Rel("on", a, b)], [(a, b)])


def t92_imp_tester(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Test one: pick up the {b} and place it {_at(place)}.",
            f"Move the {b} {_to(place)}.",
            f"Pick the {b} and put it down {_at(place)}, please.",
        ]
    )
    return text, _goal([Rel("at", b, place)], [(b, place)])


def t92_imp_parent(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"Just toss the {b} in the bin, thanks.",
            f"{b.capitalize()}, in the bin. Thanks!",
            f"Throw the {b} into the bin for me, please.",
        ]
    )
    return text, _goal([Rel("in_bin", b)], [(b, BIN)])


def t92_imp_retiree(w: World) -> Made:
    s = w.state
    bases = [b for b in w.blocks if s.support[b] not in s.support]
    if not bases or len(w.blocks) < 3:
        return None
    bot = w.rng.choice(bases)
    mid, top = w.pick([b for b in w.blocks if b != bot], 2)
    if s.support[mid] == bot and s.support[top] == mid:
        return None
    text = w.rng.choice(
        [
            f"Kindly build a tower of three: the {bot} at the base, the {mid} in the middle and the {top} on top.",
            f"Please stack the {mid} on the {bot}, and then the {top} on the {mid}, so that we have one tower.",
            f"Would you build me a tower, the {bot} at the bottom, the {mid} above it and the {top} at the top?",
        ]
    )

    def tower(_i: SymState, f: SymState) -> bool:
        return f.support[bot] not in (*f.support, GRIPPER, BIN)

    return text, _goal(
        [Rel("on", mid, bot), Rel("on", top, mid)], [(mid, bot), (top, mid)], tower
    )


# ----- declarative ---------------------------------------------------------------------------------------
def t92_dec_learner(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"{_c(b).capitalize()} block must go in bin.",
            f"The {b} need to be in the bin.",
            f"{b.capitalize()} is for the bin, it go there.",
        ]
    )
    return text, _goal([Rel("in_bin", b)], [(b, BIN)])


def t92_dec_shift(w: World) -> Made:
    pairs = [(a, b) for a, b in _stackable(w) if w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The {a} goes on the {b}.",
            f"{a.capitalize()} goes on top of the {_c(b)} one, that's the setup.",
            f"Right, the {a} belongs on the {b}. Let's move.",
        ]
    )
    return text, _goal([Rel("on", a, b)], [(a, b)])


def t92_dec_kid(w: World) -> Made:
    bowls = _room_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = w.rng.choice(
        [
            f"The {b} should be in the {bowl}.",
            f"I think the {b} needs to go in the {bowl}!",
            f"The {b} lives in the {bowl} now!",
        ]
    )
    return text, _goal([Rel("in", b, bowl)], [(b, bowl)])


def t92_dec_tester(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Goal state: the {b} is {_at(place)}.",
            f"Expected result: {b} located {_at(place)}.",
            f"The {b} should end up {_at(place)}.",
        ]
    )
    return text, _goal([Rel("at", b, place)], [(b, place)])


def t92_dec_parent(w: World) -> Made:
    s = w.state
    bowls = [c for c in w.bowls if s.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = s.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"The {bowl} needs to be empty.",
            f"That {bowl} should be empty, thanks.",
            f"The {bowl} has to be emptied, okay?",
        ]
    )
    moves = [(b, TABLE) for b in _bottom_first(s, inside)]
    return text, _goal([], moves, lambda _i, f: not f.in_bowl(bowl))


def t92_dec_retiree(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"The {a} and the {b} both belong {_at(place)}.",
            f"The proper place for the {a} and the {b} is {_at(place)}.",
            f"The {a} ought to be {_at(place)}, and the {b} likewise.",
        ]
    )
    return text, _goal(
        [Rel("at", a, place), Rel("at", b, place)], [(a, place), (b, place)]
    )


# ----- desiderative ---------------------------------------------------------------------------------------
def t92_des_learner(w: World) -> Made:
    pairs = [(a, b) for a, b in _stackable(w) if w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I want {a} on {b}.",
            f"I want you put {a} on top of {b}, please.",
            f"I would like {a} is on the {b}.",
        ]
    )
    return text, _goal([Rel("on", a, b)], [(a, b)])


def t92_des_shift(w: World) -> Made:
    s = w.state
    bowls = [c for c in w.bowls if 1 <= len(s.in_bowl(c)) <= 5]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = s.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"I need the {bowl} emptied into the bin.",
            f"I want everything in the {bowl} dumped in the bin.",
            f"Need the {bowl} cleared out, all of it into the bin.",
        ]
    )
    return text, _goal(
        [Rel("in_bin", b) for b in inside], [(b, BIN) for b in _bottom_first(s, inside)]
    )


def t92_des_kid(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    ba = w.rng.choice(w.bowls)
    bb = w.rng.choice(w.bowls)
    if s.base(a) == ba and s.base(b) == bb:
        return None
    if ba == bb and _room(s, ba) < 2:
        return None
    text = w.rng.choice(
        [
            f"I wanna see the {a} in the {ba} and the {b} in the {bb}!",
            f"I want the {a} to go in the {ba}, and the {b} in the {bb}!",
            f"I want the {a} in the {ba}! And the {b} in the {bb} too!",
        ]
    )
    return text, _goal([Rel("in", a, ba), Rel("in", b, bb)], [(a, ba), (b, bb)])


def t92_des_tester(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I'd like the {b} placed {_at(place)}.",
            f"For this trial I want the {b} moved {_to(place)}.",
            f"I want to see the {b} {_at(place)}.",
        ]
    )
    return text, _goal([Rel("at", b, place)], [(b, place)])


def t92_des_parent(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = s.base(b)
    text = w.rng.choice(
        [
            f"I just want the {b} out of the {bowl}.",
            f"I'd really like the {b} out of that {bowl}, please.",
            f"Honestly, I want that {b} out of the {bowl}.",
        ]
    )
    return text, _goal([Rel("in", b, bowl, negated=True)], [(b, TABLE)])


def t92_des_retiree(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I should like the {b} moved {_to(place)}, if you would.",
            f"I would prefer the {b} to sit {_at(place)}.",
            f"My wish is simple: the {b}, {_at(place)}, please.",
        ]
    )
    return text, _goal([Rel("at", b, place)], [(b, place)])


# ----- quantified ---------------------------------------------------------------------------------------
def t92_qua_learner(w: World) -> Made:
    s = w.state
    if len(w.blocks) > 5:
        return None
    text = w.rng.choice(
        [
            "Put all block in bin.",
            "All the blocks, put in bin please.",
            "Every block go to the bin, please.",
        ]
    )
    return text, _goal(
        [Rel("in_bin", b) for b in w.blocks],
        [(b, BIN) for b in _bottom_first(s, w.blocks)],
    )


def t92_qua_shift(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    bowls = [
        c
        for c in w.bowls
        if 2 <= len(table) <= _room(s, c)
        and len(table) + len(s.in_bowl(c)) == len(w.blocks)
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Move every block on the table into the {bowl}.",
            f"Every block on the table goes in the {bowl}.",
            f"Get all the blocks off the table and into the {bowl}, now.",
        ]
    )
    return text, _goal(
        [Rel("in", b, bowl) for b in table],
        [(b, bowl) for b in _bottom_first(s, table)],
    )


def t92_qua_kid(w: World) -> Made:
    s = w.state
    bowls = [
        c
        for c in w.bowls
        if _room(s, c) >= 2 and len(w.blocks) - len(s.in_bowl(c)) >= 2
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put two blocks in the {bowl}! Any two!",
            f"Can you put two of the blocks into the {bowl}?",
            f"Put any two blocks in the {bowl} please!",
        ]
    )
    picks = [b for b in w.blocks if s.base(b) != bowl][:2]

    def two_more(i: SymState, f: SymState) -> bool:
        return len([b for b in f.in_bowl(bowl) if i.base(b) != bowl]) == 2

    return text, _goal([], [(b, bowl) for b in picks], two_more)


def t92_qua_tester(w: World) -> Made:
    s = w.state
    loose = [b for b in w.blocks if s.base(b) not in s.bowls]
    if not 2 <= len(loose) <= 5:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Test: move all blocks that are not in a bowl {_to(place)}.",
            f"Place every block that is not in a bowl {_at(place)}.",
            f"Next run: all the blocks outside the bowls go {_to(place)}.",
        ]
    )
    return text, _goal(
        [Rel("at", b, place) for b in loose],
        [(b, place) for b in _bottom_first(s, loose)],
    )


def t92_qua_parent(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if len(inside) < 2:
        return None
    text = w.rng.choice(
        [
            "Take all the blocks out of the bowls, please.",
            "Get every block out of the bowls. They can go on the table.",
            "All the blocks in the bowls, out. Thanks.",
        ]
    )

    def out(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) not in f.bowls for b in inside)

    return text, _goal([], [(b, TABLE) for b in _bottom_first(s, inside)], out)


def t92_qua_retiree(w: World) -> Made:
    s = w.state
    blocks = w.blocks
    if not 3 <= len(blocks) <= layout.MAX_TOWER:
        return None
    text = w.rng.choice(
        [
            "Stack all the blocks into one tower, if you'd be so kind.",
            "Kindly put every one of the blocks into a single tower.",
            "Would you gather all of the blocks into one stack, in any order?",
        ]
    )
    bases = [b for b in blocks if s.support[b] not in s.support]
    if len(bases) == 1:
        return None
    bottom = bases[0]
    order = [bottom] + [b for b in blocks if b != bottom]

    def one_tower(_i: SymState, f: SymState) -> bool:
        bases = [b for b in blocks if f.support[b] not in f.support]
        if len(bases) != 1 or f.support[bases[0]] in (GRIPPER, BIN):
            return False
        return len(f.above(bases[0])) == len(blocks) - 1

    return text, _goal([], list(zip(order[1:], order)), one_tower)


# ----- negated ---------------------------------------------------------------------------------------
def t92_neg_learner(w: World) -> Made:
    s = w.state
    red = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != red]
    if not 2 <= len(others) <= 5:
        return None
    text = w.rng.choice(
        [
            f"Put all blocks in bin, but no the {_c(red)} one.",
            f"All the block go to bin, not {red}.",
            f"Every block in bin except {_c(red)}, please.",
        ]
    )
    return text, _goal(
        [Rel("in_bin", b) for b in others],
        [(b, BIN) for b in _bottom_first(s, others)],
        lambda _i, f: f.base(red) != BIN,
    )


def t92_neg_shift(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    good, bad = w.pick(w.bowls, 2)
    if _room(s, good) < 1:
        return None
    blocks = [b for b in w.blocks if s.base(b) != good]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = w.rng.choice(
        [
            f"{b.capitalize()} goes in the {good}. Not the {_c(bad)} one.",
            f"Put the {b} in the {good}, not the {bad}.",
            f"The {b} into the {good}, not into the {bad}, got it?",
        ]
    )
    return text, _goal(
        [Rel("in", b, good), Rel("in", b, bad, negated=True)], [(b, good)]
    )


def t92_neg_kid(w: World) -> Made:
    s = w.state
    red = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != red]
    if not 2 <= len(others) <= 5:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Put all the blocks {_at(place)} but NOT the {_c(red)} one!",
            f"Move every block {_to(place)} except the {red}!",
            f"All the blocks go {_to(place)}, but don't put the {red} there!",
        ]
    )
    return text, _goal(
        [Rel("at", b, place) for b in others] + [Rel("at", red, place, negated=True)],
        [(b, place) for b in _bottom_first(s, others)],
    )


def t92_neg_tester(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = s.base(b)
    text = w.rng.choice(
        [
            f"Remove the {b} from the {bowl}. Do not place it in the bin.",
            f"Take the {b} out of the {bowl}, but not into the bin.",
            f"Trial: lift the {b} out of the {bowl}; it must not go in the bin.",
        ]
    )
    return text, _goal(
        [Rel("in", b, bowl, negated=True), Rel("in_bin", b, negated=True)], [(b, TABLE)]
    )


def t92_neg_parent(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Get the {top} off the {below}, but don't throw it away.",
            f"Take the {top} off the {below}. Not in the bin, though!",
            f"Can you move the {top} off the {below}? Don't bin it.",
        ]
    )
    return text, _goal(
        [Rel("on", top, below, negated=True), Rel("in_bin", top, negated=True)],
        [(top, TABLE)],
    )


def t92_neg_retiree(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = s.base(b)
    text = w.rng.choice(
        [
            f"Lift the {b} out of the {bowl} and set it on the table, not in a bowl.",
            f"Kindly move the {b} from the {bowl} onto the table itself, and not into any other bowl.",
            f"Take the {b} out of the {bowl}; it goes on the table, mind you, not in another bowl.",
        ]
    )
    return text, _goal([Rel("on_table", b)], [(b, TABLE)])


# ----- relative ---------------------------------------------------------------------------------------
def t92_rel_learner(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The block what is on {below}, put it in bin.",
            f"Block that is on the {below}, put in bin please.",
            f"Take block on top of {below} and put to the bin.",
        ]
    )
    return text, _goal([Rel("in_bin", top)], [(top, BIN)])


def t92_rel_shift(w: World) -> Made:
    s = w.state
    bowls = [c for c in w.bowls if len(s.in_bowl(c)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = s.in_bowl(bowl)[0]
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Grab whatever block is in the {bowl} and put it {_at(place)}.",
            f"The block sitting in the {bowl}, move it {_to(place)}.",
            f"Take the block that's in the {bowl} over {_to(place)}.",
        ]
    )
    return text, _goal([Rel("at", b, place)], [(b, place)])


def t92_rel_kid(w: World) -> Made:
    s = w.state
    b = _leftmost(w, w.blocks)
    if b is None:
        return None
    bowls = [c for c in _room_bowls(w) if s.base(b) != c]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the block that's the most to the left in the {bowl}!",
            f"The block that's farthest on the left, put it in the {bowl}!",
            f"Can you put the leftest block in the {bowl}?",
        ]
    )
    return text, _goal([Rel("in", b, bowl)], [(b, bowl)])


def t92_rel_tester(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Move the block beneath the {top} into the bin.",
            f"Target the block that the {top} is resting on; place it in the bin.",
            f"Put the block under the {top} in the bin.",
        ]
    )
    return text, _goal([Rel("in_bin", below)], [(below, BIN)])


def t92_rel_parent(w: World) -> Made:
    s = w.state
    bowls = [c for c in w.bowls if len(s.in_bowl(c)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = s.in_bowl(bowl)[0]
    targets = [
        t
        for t in w.blocks
        if not _same_tower(s, b, t) and _height(s, t) < layout.MAX_TOWER
    ]
    if not targets:
        return None
    t = w.rng.choice(targets)
    text = w.rng.choice(
        [
            f"Put the block that's in the {bowl} on the {t}.",
            f"Whatever's in the {bowl}, stick it on top of the {t}.",
            f"The block in the {bowl} goes on the {t}, please.",
        ]
    )
    return text, _goal([Rel("on", b, t)], [(b, t)])


def t92_rel_retiree(w: World) -> Made:
    s = w.state
    bowls = _room_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = _nearest(w, bowl, [x for x in w.blocks if s.base(x) != bowl])
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"Would you pick up the block closest to the {bowl} and put it in that bowl?",
            f"Kindly take the block nearest the {bowl} and place it inside the {bowl}.",
            f"The block that lies closest to the {bowl} ought to go into it, please.",
        ]
    )
    return text, _goal([Rel("in", b, bowl)], [(b, bowl)])


# ----- keep ---------------------------------------------------------------------------------------
def t92_keep_learner(w: World) -> Made:
    s = w.state
    bowls = _room_bowls(w)
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    movers = [b for b in w.blocks if s.base(b) != bowl]
    if not movers:
        return None
    b = w.rng.choice(movers)
    stays = [x for x in w.blocks if x != b and x not in s.above(b)]
    if not stays:
        return None
    k = w.rng.choice(stays)
    text = w.rng.choice(
        [
            f"Put {b} in {bowl}, but {k} stay where it is.",
            f"Please {b} go in the {bowl}. The {k} no move.",
            f"Put {b} inside {bowl}, and don't touch {k}.",
        ]
    )
    return text, _goal([Rel("in", b, bowl)], [(b, bowl)], _kept(k))


def t92_keep_shift(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    inside = w.in_bowls()
    if not 2 <= len(table) <= 5 or not inside:
        return None
    text = w.rng.choice(
        [
            "Everything on the table goes in the bin. Don't touch what's in the bowls.",
            "Bin all the blocks on the table; whatever's in the bowls stays put.",
            "Clear the table into the bin, and leave the bowls alone.",
        ]
    )
    return text, _goal(
        [Rel("in_bin", b) for b in table],
        [(b, BIN) for b in _bottom_first(s, table)],
        _kept(*inside),
    )


def t92_keep_kid(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a, b in _stackable(w) if s.support[a] != b]
    if not pairs or len(w.blocks) < 3:
        return None
    a, b = w.rng.choice(pairs)
    stays = [
        x
        for x in w.blocks
        if x not in (a, b) and x not in s.above(a) and x not in s.above(b)
    ]
    if not stays:
        return None
    k = w.rng.choice(stays)
    text = w.rng.choice(
        [
            f"Put the {a} on the {b} but don't move the {k}!",
            f"Stack the {a} on top of the {b}, and the {k} has to stay where it is!",
            f"Make the {a} go on the {b}! Don't touch the {k}!",
        ]
    )
    return text, _goal([Rel("on", a, b)], [(a, b)], _kept(k))


def t92_keep_tester(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 2:
        return None
    b = w.rng.choice(w.blocks)
    stays = [x for x in w.blocks if x != b and x not in s.above(b)]
    if not stays:
        return None
    k = w.rng.choice(stays)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the {b} {_to(place)}. Constraint: the {k} must remain where it is.",
            f"Place the {b} {_at(place)} without disturbing the {k}.",
            f"Test case: {b} {_to(place)}, {k} stays untouched.",
        ]
    )
    return text, _goal([Rel("at", b, place)], [(b, place)], _kept(k))


def t92_keep_parent(w: World) -> Made:
    s = w.state
    blocks = [b for b in w.blocks if s.is_clear(b)]
    if not blocks or len(w.blocks) < 2:
        return None
    b = w.rng.choice(blocks)
    others = [x for x in w.blocks if x != b]
    text = w.rng.choice(
        [
            f"Put the {b} in the bin and leave everything else where it is.",
            f"Just the {b} in the bin, please. Leave the rest alone.",
            f"Only the {b} goes in the bin; don't move anything else.",
        ]
    )
    return text, _goal([Rel("in_bin", b)], [(b, BIN)], _kept(*others))


def t92_keep_retiree(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    movers = [
        b for b in w.blocks if b not in (top, below) and b not in _below(s, below)
    ]
    if not movers:
        return None
    b = w.rng.choice(movers)
    text = w.rng.choice(
        [
            f"Kindly put the {b} in the bin, but leave the {top} sitting on the {below} as it is.",
            f"Please drop the {b} into the bin; the {top} and the {below} beneath it are to stay put.",
            f"Would you bin the {b}, taking care not to disturb the {top} or the {below}?",
        ]
    )
    return text, _goal([Rel("in_bin", b)], [(b, BIN)], _kept(top, below))


# ----- multi-step ---------------------------------------------------------------------------------------
def t92_multi_learner(w: World) -> Made:
    s = w.state
    bowls = _room_bowls(w)
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    movers = [b for b in w.blocks if s.base(b) != bowl]
    if not movers:
        return None
    a = w.rng.choice(movers)
    tops = [x for x in w.blocks if x != a and x not in _below(s, a)]
    if not tops:
        return None
    b = w.rng.choice(tops)
    text = w.rng.choice(
        [
            f"First put {a} in {bowl}, after that put {b} on {a}.",
            f"Put {a} inside {bowl}. Then {b} go on top of {a}.",
            f"{a.capitalize()} in the {bowl} first, and next {b} on it, please.",
        ]
    )
    return text, _goal([Rel("in", a, bowl), Rel("on", b, a)], [(a, bowl), (b, a)])


def t92_multi_shift(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Bin the {a}, then move the {b} {_to(place)}.",
            f"First the {a} in the bin, then the {b} {_to(place)}.",
            f"{a.capitalize()} into the bin. After that, {b} {_to(place)}. Go.",
        ]
    )
    return text, _goal([Rel("in_bin", a), Rel("at", b, place)], [(a, BIN), (b, place)])


def t92_multi_kid(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3:
        return None
    g = w.rng.choice([x for x in w.blocks if _height(s, x) <= layout.MAX_TOWER - 2])
    r, b = w.pick([x for x in w.blocks if x != g and x not in _below(s, g)], 2) or (
        None,
        None,
    )
    if r is None or b is None or (s.support[r] == g and s.support[b] == r):
        return None
    text = w.rng.choice(
        [
            f"Put the {r} on the {g} and then put the {b} on the {r}!",
            f"First the {r} goes on the {g}, then the {b} goes on the {r}!",
            f"Stack the {r} on the {g}! And then the {b} on top of the {r}!",
        ]
    )
    return text, _goal([Rel("on", r, g), Rel("on", b, r)], [(r, g), (b, r)])


def t92_multi_tester(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    p, q = w.pick(list(PLACES), 2)
    text = w.rng.choice(
        [
            f"Step 1: move the {a} {_to(p)}. Step 2: move the {b} {_to(q)}.",
            f"Sequence: the {a} {_to(p)}, then the {b} {_to(q)}.",
            f"First place the {a} {_at(p)}, then place the {b} {_at(q)}.",
        ]
    )
    return text, _goal([Rel("at", a, p), Rel("at", b, q)], [(a, p), (b, q)])


def t92_multi_parent(w: World) -> Made:
    s = w.state
    inside = [b for b in w.in_bowls() if s.support[b] in s.bowls]
    if not inside:
        return None
    r = w.rng.choice(inside)
    bowl = s.base(r)
    outs = [b for b in w.blocks if s.base(b) != bowl]
    if not outs:
        return None
    g = w.rng.choice(outs)
    text = w.rng.choice(
        [
            f"Take the {r} out of the {bowl} and put it on the table, then put the {g} in the {bowl}.",
            f"{r.capitalize()} out of the {bowl}, onto the table. Then the {g} goes in the {bowl}.",
            f"Swap them: the {r} from the {bowl} onto the table, and the {g} into the {bowl}.",
        ]
    )
    return text, _goal(
        [Rel("on_table", r), Rel("in", g, bowl)], [(r, TABLE), (g, bowl)]
    )


def t92_multi_retiree(w: World) -> Made:
    s = w.state
    bowls = [c for c in w.bowls if s.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = s.in_bowl(bowl)
    outs = [b for b in w.blocks if s.base(b) != bowl]
    if not outs:
        return None
    r = w.rng.choice(outs)
    text = w.rng.choice(
        [
            f"Empty the {bowl} into the bin, and then put the {r} in the {bowl}.",
            f"First tip whatever is in the {bowl} into the bin; afterwards, place the {r} in it.",
            f"Kindly clear the {bowl} into the bin before setting the {r} in the {bowl}.",
        ]
    )
    moves = [(b, BIN) for b in _bottom_first(s, inside)] + [(r, bowl)]
    return text, _goal([Rel("in_bin", b) for b in inside] + [Rel("in", r, bowl)], moves)


# ----- questions ---------------------------------------------------------------------------------------
def t92_q_learner(w: World) -> Made:
    s = w.state
    bowls = [c for c in w.bowls if s.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(s.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"How many block is in {bowl}?",
            f"{bowl.capitalize()}, how many blocks is inside?",
            f"How much blocks are in the {bowl}?",
        ]
    )
    return text, answered(str(n))


def _where(s: SymState, b: str) -> str | None:
    sup = s.support[b]
    if sup == TABLE:
        return "table"
    if sup in s.bowls:
        return sup
    if sup in s.support and s.base(b) == TABLE:
        return sup
    return None


def t92_q_shift(w: World) -> Made:
    s = w.state
    blocks = [b for b in w.blocks if _where(s, b)]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = w.rng.choice(
        [
            f"Where's the {b} at?",
            f"Where's the {b} right now?",
            f"Quick check, where is the {b}?",
        ]
    )
    return text, answered(_where(s, b) or "")


def t92_q_kid(w: World) -> Made:
    s = w.state
    bases = [b for b in w.blocks if len(s.above(b)) == 1]
    if not bases:
        return None
    b = w.rng.choice(bases)
    text = w.rng.choice(
        [
            f"What's on top of the {b}?",
            f"Hey, what block is on the {b}?",
            f"Which block is sitting on the {b}?",
        ]
    )
    return text, answered(s.above(b)[0])


def t92_q_tester(w: World) -> Made:
    s = w.state
    bowls = [c for c in w.bowls if s.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Query: what is in the {bowl}?",
            f"What does the {bowl} contain?",
            f"Which blocks are in the {bowl} right now?",
        ]
    )
    return text, answered("|".join(s.in_bowl(bowl)))


def t92_q_parent(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bowl = s.base(b) if w.rng.random() < 0.6 else w.rng.choice(w.bowls)
    else:
        b, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Is the {b} in the {bowl}?",
            f"Quick question, is the {b} in the {bowl}?",
            f"Hang on, is the {b} inside the {bowl}?",
        ]
    )
    return text, answered(yes(s.base(b) == bowl))


def t92_q_retiree(w: World) -> Made:
    s = w.state
    n = len(s.in_bowls())
    if n < 1:
        return None
    text = w.rng.choice(
        [
            "How many blocks are sitting in bowls, all told?",
            "Could you tell me how many blocks there are in the bowls altogether?",
            "What is the total number of blocks in the bowls?",
        ]
    )
    return text, answered(str(n))


# ----- matching ---------------------------------------------------------------------------------------
def t92_match_learner(w: World) -> Made:
    moves = _sort_moves(w)
    if not moves:
        return None
    text = w.rng.choice(
        [
            "Put blocks in bowl of same colour.",
            "Every block go in the bowl with same color, please.",
            "Put each block in bowl that have same colour like it.",
        ]
    )
    return text, _goal(matching(w), moves)


def t92_match_shift(w: World) -> Made:
    moves = _sort_moves(w)
    if not moves:
        return None
    text = w.rng.choice(
        [
            "Sort the blocks into the bowls by color.",
            "Color sort: blocks into their matching bowls.",
            "Get the blocks sorted into the bowls, color to color.",
        ]
    )
    return text, _goal(matching(w), moves)


def t92_match_kid(w: World) -> Made:
    moves = _match_moves(w)
    if not moves:
        return None
    b, bowl = w.rng.choice(moves)
    text = w.rng.choice(
        [
            f"Put the {b} in the bowl that's the same color as it!",
            f"The {b} goes in the bowl that matches!",
            f"Can you put the {b} in its matching bowl?",
        ]
    )
    return text, _goal([Rel("in", b, bowl)], [(b, bowl)])


def t92_match_tester(w: World) -> Made:
    s = w.state
    moves = _sort_moves(w)
    if not moves:
        return None
    by_colour = _bowl_of(w)
    odd = [b for b in w.blocks if w.colour(b) not in by_colour]
    movers = [m for m, _ in moves]
    if not odd or any(o in s.above(m) for o in odd for m in movers):
        return None
    text = w.rng.choice(
        [
            (
                "Test colour matching: place each block in the bowl of its own colour; "
                "blocks without a matching bowl stay where they are."
            ),
            "Put every block into the same-coloured bowl, and leave the blocks with no matching bowl untouched.",
            "Sort the blocks into bowls by colour. Do not move any block that has no bowl of its colour.",
        ]
    )
    return text, _goal(matching(w), moves, _kept(*odd))


def t92_match_parent(w: World) -> Made:
    s = w.state
    by_colour = _bowl_of(w)
    odd = [b for b in w.blocks if w.colour(b) not in by_colour]
    if not matching(w) or not 1 <= len(odd) <= 5:
        return None
    text = w.rng.choice(
        [
            "Blocks go in their matching bowls, and anything without a matching bowl goes in the bin.",
            "Put the blocks in the bowls that match their color. The ones that don't match, bin them.",
            "Match the blocks to the bowls by color, and toss the leftovers in the bin.",
        ]
    )
    moves = [(b, BIN) for b in _bottom_first(s, odd)] + _sort_moves(w, tuple(odd))
    return text, _goal(matching(w) + [Rel("in_bin", b) for b in odd], moves)


def t92_match_retiree(w: World) -> Made:
    moves = _match_moves(w)
    if not moves:
        return None
    b, bowl = w.rng.choice(moves)
    text = w.rng.choice(
        [
            f"Would you place the block matching the {bowl} inside it?",
            f"Kindly put the block of the same colour as the {bowl} into that bowl.",
            f"The {_c(bowl)} block, the one that matches the {bowl}, ought to go in it.",
        ]
    )
    return text, _goal([Rel("in", b, bowl)], [(b, bowl)])


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
_STYLES = ("learner", "shift", "kid", "tester", "parent", "retiree")
FRESH92: list[Template] = [
    (f"t92_{short}_{style}", category, globals()[f"t92_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
