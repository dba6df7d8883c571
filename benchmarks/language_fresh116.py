"""`FRESH116`, the hundred-and-seventeenth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: order and timing words, the way people sequence a job ("before you put X in the bowl, take Y out of
it", "X goes in the bin, but first put Y on Z", "once X is in the bowl, put Y on top of it", "start by ...",
"the last thing: ...", "in this order: ...", "X, and only then Y", "before anything else, ..."). Where the order
decides the end state (stacking, a bowl that must be emptied first, a block moved twice) the check requires the
end state that order gives; where it does not, any order is accepted. The six styles are six speakers:

- chef: "Before you put the red block in the blue bowl, take the green block out of it."
- lab: "Step one: put the red block on the blue block. Step two: put the green block on the red block."
- teacher: "Put the red block in the blue bowl. After that, move it to the middle."
- foreman: "Start by taking the green block off the red block and setting it on the table, then put the red block
  in the bin."
- parent: "Sweetie, throw the red block in the bin first, then put the green block in the blue bowl."
- manager: "Action items, in order: one, the red block in the blue bowl; two, the green block in the bin; three,
  the yellow block on the red block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

By mistake, after every template here was first written, a `ruff format --diff` run also printed a formatting
diff of `benchmarks.planner_language` past its line 131 (some of its own templates' sentences and its scoring
code). Later edits only raised the yield of a few templates (the relative, keep and one question template) and
drew on nothing seen there.

Its first run (300 instructions, seed 0, on 1d6664c, after every fix before it and before anything it could prompt):
0.563 goal-correct (169 of 300), 109 refused, 7 asked, 15 wrong, twelve of them actions: 'first put two blocks on X (any
two), then put Y in the bin' chose Y among the two (six times, with 'start by', 'begin by building two blocks up on X',
'move two blocks to the corner first'); 'Before you put X in W, take Y out of it.' ended holding Y; 'Take X out of W
before you put Y in' put Y on a block; 'Whatever's on top of X comes down onto the table, and then you put Y up there'
left Y on the table (twice); 'put Y in that same bowl' put Y in its own bowl; three wrong replies ('Before we start on
X, is it covered by another block?').
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
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

Move = tuple[str, str]  # (block, where it is put down)


# ----- helpers --------------------------------------------------------------------------------------
def _made(text: str, check: Check, moves: list[Move] | None = None) -> Made:
    """The instance; `moves` is one intended plan, kept for the tester's own self-check and not used by the suite."""
    del moves
    return text, check


def _free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    """The goal, with nothing left in the gripper."""
    return both(*checks, _free)


def _tabled(*blocks: str) -> Check:
    """Each block stands on the table (or a place on it), directly or in a tower there."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _not(rel: str, *args: str) -> Rel:
    return Rel(rel, *args, negated=True)


def _bin_count(s: SymState) -> int:
    return sum(s.base(b) == BIN for b in s.blocks)


def _in_bin_exactly(n: int) -> Check:
    return lambda _i, f: _bin_count(f) == n


def _at_count(place: str, n: int) -> Check:
    return lambda _i, f: sum(f.base(b) == place for b in f.blocks) == n


def _above_count(block: str, n: int) -> Check:
    return lambda _i, f: len(f.above(block)) == n


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its bottom up to `block`, inclusive."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _fits(s: SymState, block: str, n: int = 1) -> bool:
    return _height(s, block) + n <= layout.MAX_TOWER


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return sum(s.support[b] == bowl for b in s.blocks) + n <= layout.BOWL_CAPACITY


def _clear(w: World, *exclude: str) -> list[str]:
    return [b for b in w.clear_blocks() if b not in exclude]


def _single_one_up(w: World) -> list[tuple[str, str]]:
    """(bottom, top) where exactly one block, `top`, rests on `bottom`."""
    return [(b, w.state.above(b)[0]) for b in w.blocks if len(w.state.above(b)) == 1]


def _contents(w: World, bowl: str) -> list[str]:
    """The blocks in a bowl, top first."""
    inside = w.state.in_bowl(bowl)
    return sorted(inside, key=lambda b: -_height(w.state, b))


def _top_first(s: SymState, blocks: list[str]) -> list[str]:
    return sorted(blocks, key=lambda b: -_height(s, b))


def _bowl_with_clear(w: World) -> list[tuple[str, str]]:
    """(bowl, block) for a clear block inside a bowl."""
    return [(w.state.base(b), b) for b in w.in_bowls() if w.state.is_clear(b)]


def _colour_bowl(w: World, block: str) -> str | None:
    by_colour = {w.colour(b): b for b in w.bowls}
    return by_colour.get(w.colour(block))


def _unsorted(w: World) -> list[Rel]:
    """The colour-matching goal, or [] when it is empty or already holds."""
    m = matching(w)
    return m if any(w.state.base(r.block) != r.target for r in m) else []


def _odd_ones(w: World) -> list[str]:
    """Clear blocks whose colour no bowl shares."""
    return [b for b in _clear(w) if _colour_bowl(w, b) is None]


def _one_block_bowls(w: World) -> list[tuple[str, str]]:
    return [
        (bw, w.state.in_bowl(bw)[0]) for bw in w.bowls if len(w.state.in_bowl(bw)) == 1
    ]


def _place(w: World, *exclude: str) -> str:
    return w.rng.choice([p for p in PLACES if p not in exclude])


# ----- imperative -----------------------------------------------------------------------------------
def t116_imp_chef(w: World) -> Made:
    options = [(bw, y) for bw, y in _bowl_with_clear(w) if _room(w.state, bw)]
    if not options:
        return None
    bowl, y = w.rng.choice(options)
    xs = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Before you put the {x} in the {bowl}, take the {y} out of it.",
            f"Take the {y} out of the {bowl} first, and only then put the {x} in there.",
            f"Pull the {y} out of the {bowl}, then put the {x} in it.",
        ]
    )
    return _made(
        text,
        _done(rels(Rel("in", x, bowl), _not("in", y, bowl))),
        [(y, TABLE), (x, bowl)],
    )


def t116_imp_lab(w: World) -> Made:
    picks = w.pick(_clear(w), 3)
    if not picks or not _fits(w.state, picks[1], 2):
        return None
    x, y, z = picks
    text = w.rng.choice(
        [
            f"Step one: put the {x} on the {y}. Step two: put the {z} on the {x}.",
            f"First stack the {x} on the {y}; once that's done, stack the {z} on top of the {x}.",
            f"Place the {x} on the {y}, and after that place the {z} on top of the {x}.",
        ]
    )
    return _made(text, _done(rels(Rel("on", x, y), Rel("on", z, x))), [(x, y), (z, x)])


def t116_imp_teacher(w: World) -> Made:
    options = [
        (b, bw)
        for b in _clear(w)
        for bw in w.bowls
        if w.state.base(b) != bw and _room(w.state, bw)
    ]
    if not options:
        return None
    x, bowl = w.rng.choice(options)
    place = _place(w)
    text = w.rng.choice(
        [
            f"Put the {x} in the {bowl}. After that, move it to the {place}.",
            f"First put the {x} into the {bowl}, and then take it out again and put it in the {place}.",
            f"Watch the order, class: the {x} goes in the {bowl} first, and then you move it to the {place}.",
        ]
    )
    return _made(text, _done(rels(Rel("at", x, place))), [(x, bowl), (x, place)])


def t116_imp_foreman(w: World) -> Made:
    pairs = _single_one_up(w)
    if not pairs:
        return None
    y, z = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Start by taking the {z} off the {y} and setting it on the table, then put the {y} in the bin.",
            f"Lift the {z} off the {y} and put it down on the table; when that's done, throw the {y} in the bin.",
            f"First get the {z} off the {y} and onto the table, and then bin the {y}.",
        ]
    )
    return _made(
        text, _done(_tabled(z), rels(Rel("in_bin", y))), [(z, TABLE), (y, BIN)]
    )


def t116_imp_parent(w: World) -> Made:
    picks = w.pick(_clear(w), 2)
    if not picks:
        return None
    x, y = picks
    bowls = [bw for bw in w.bowls if w.state.base(y) != bw and _room(w.state, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the {x} in the bin, and then, once that's done, put the {y} in the {bowl}.",
            f"Sweetie, throw the {x} in the bin first, then put the {y} in the {bowl}.",
            f"After you've put the {x} in the bin, put the {y} in the {bowl}, please.",
        ]
    )
    return _made(
        text, _done(rels(Rel("in_bin", x), Rel("in", y, bowl))), [(x, BIN), (y, bowl)]
    )


def t116_imp_manager(w: World) -> Made:
    picks = w.pick(_clear(w), 2)
    if not picks:
        return None
    x, y = picks
    place = _place(w)
    text = w.rng.choice(
        [
            f"Before anything else, move the {x} to the {place}. Then put the {y} on top of it.",
            f"Get the {x} into the {place} first; after that, stack the {y} on it.",
            f"Move the {x} to the {place}, and only then put the {y} on the {x}.",
        ]
    )
    return _made(
        text, _done(rels(Rel("at", x, place), Rel("on", y, x))), [(x, place), (y, x)]
    )


# ----- declarative ----------------------------------------------------------------------------------
def t116_dec_chef(w: World) -> Made:
    picks = w.pick(_clear(w), 3)
    if not picks or not _fits(w.state, picks[2]):
        return None
    x, y, z = picks
    text = w.rng.choice(
        [
            f"The {x} goes in the bin, but first the {y} goes on the {z}.",
            f"The {y} goes on top of the {z}, and after that the {x} goes in the bin.",
            f"First the {y} goes on the {z}; the {x} goes in the bin after.",
        ]
    )
    return _made(
        text, _done(rels(Rel("on", y, z), Rel("in_bin", x))), [(y, z), (x, BIN)]
    )


def t116_dec_lab(w: World) -> Made:
    options = _bowl_with_clear(w)
    if not options:
        return None
    bowl, y = w.rng.choice(options)
    xs = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"The {y} comes out of the {bowl} and goes in the bin first, and then the {x} goes into the {bowl}.",
            f"The {x} is going into the {bowl}, but the {y} has to go from there into the bin before that.",
            f"The protocol is: the {y} leaves the {bowl} for the bin, and once it's gone the {x} goes in.",
        ]
    )
    return _made(
        text, _done(rels(Rel("in_bin", y), Rel("in", x, bowl))), [(y, BIN), (x, bowl)]
    )


def t116_dec_teacher(w: World) -> Made:
    picks = w.pick(_clear(w), 2)
    if not picks:
        return None
    x, y = picks
    bowls = [bw for bw in w.bowls if w.state.base(y) != bw and _room(w.state, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"The {x} is going on top of the {y} once the {y} is in the {bowl}.",
            f"The {y} goes in the {bowl} first, and then the {x} goes on top of it.",
            f"First the {y} goes into the {bowl}; after that, the {x} goes on the {y}.",
        ]
    )
    return _made(
        text, _done(rels(Rel("in", y, bowl), Rel("on", x, y))), [(y, bowl), (x, y)]
    )


def t116_dec_foreman(w: World) -> Made:
    pairs = _single_one_up(w)
    if not pairs:
        return None
    y, z = w.rng.choice(pairs)
    place = _place(w)
    text = w.rng.choice(
        [
            f"The {z} comes off the {y} first; then the {y} goes to the {place}.",
            f"The {y} is going to the {place}, but the {z} comes off it before that.",
            f"First job: the {z} comes off the {y}. Second job: the {y} goes over to the {place}.",
        ]
    )
    return _made(
        text,
        _done(rels(Rel("at", y, place), _not("on", z, y))),
        [(z, TABLE), (y, place)],
    )


def t116_dec_parent(w: World) -> Made:
    options = [bw for bw in w.bowls if _room(w.state, bw, 2)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    picks = w.pick([b for b in _clear(w) if w.state.base(b) != bowl], 2)
    if not picks:
        return None
    x, y = picks
    text = w.rng.choice(
        [
            f"The {x} goes in the {bowl}, and after that the {y} goes in with it.",
            f"Your {x} goes in the {bowl} first, then your {y} goes in there too.",
            f"The {x} is going in the {bowl}, and when that's done the {y} is going in as well.",
        ]
    )
    return _made(
        text,
        _done(rels(Rel("in", x, bowl), Rel("in", y, bowl))),
        [(x, bowl), (y, bowl)],
    )


def t116_dec_manager(w: World) -> Made:
    bottoms = [b for b in _clear(w) if w.state.support[b] == TABLE]
    if not bottoms:
        return None
    x = w.rng.choice(bottoms)
    picks = w.pick(_clear(w, x), 2)
    if not picks:
        return None
    y, z = picks
    text = w.rng.choice(
        [
            f"The deliverable is a tower: the {x} at the bottom, then the {y}, and the {z} last, on top.",
            f"The {y} goes on the {x} first, and after that the {z} goes on the {y}.",
            f"The plan is that the {y} goes on top of the {x}, and then the {z} goes on top of the {y}.",
        ]
    )
    return _made(text, _done(rels(Rel("on", y, x), Rel("on", z, y))), [(y, x), (z, y)])


# ----- desiderative ---------------------------------------------------------------------------------
def t116_des_chef(w: World) -> Made:
    options = _bowl_with_clear(w)
    if not options:
        return None
    bowl, y = w.rng.choice(options)
    xs = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"I want the {x} in the {bowl}, but before that I need the {y} out of it and in the bin.",
            f"I'd like the {y} out of the {bowl} and in the bin first, and then I'd like the {x} in the {bowl}.",
            f"What I need: the {y} from the {bowl} into the bin, and after that the {x} into the {bowl}.",
        ]
    )
    return _made(
        text, _done(rels(Rel("in_bin", y), Rel("in", x, bowl))), [(y, BIN), (x, bowl)]
    )


def t116_des_lab(w: World) -> Made:
    picks = w.pick(_clear(w), 3)
    if not picks or not _fits(w.state, picks[1]):
        return None
    x, y, z = picks
    place = _place(w)
    text = w.rng.choice(
        [
            f"I'd like you to begin with the {x}: put it on the {y}. After that I'd like the {z} in the {place}.",
            f"I want the {x} on the {y} first, and then the {z} moved to the {place}.",
            f"I need the {x} stacked on the {y} before anything else; then I want the {z} at the {place}.",
        ]
    )
    return _made(
        text, _done(rels(Rel("on", x, y), Rel("at", z, place))), [(x, y), (z, place)]
    )


def t116_des_teacher(w: World) -> Made:
    xs = [b for b in _clear(w) if w.state.support[b] not in (TABLE, *PLACES)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = _clear(w, x)
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"I want the {x} on the table first, and then I'd like the {y} put on it.",
            f"I'd like the {x} moved onto the table, and once it's there, the {y} stacked on top of it.",
            f"First I'd like the {x} down on the table; after that I want the {y} on the {x}.",
        ]
    )
    return _made(
        text, _done(rels(Rel("on_table", x), Rel("on", y, x))), [(x, TABLE), (y, x)]
    )


def t116_des_foreman(w: World) -> Made:
    picks = w.pick(_clear(w), 3)
    if not picks:
        return None
    x, y, z = picks
    place = _place(w)
    text = w.rng.choice(
        [
            (
                f"What I need is the {y} moved to the {place}, and once it's there, the {x} stacked on it and the {z} on "
                "top of that."
            ),
            f"I want the {y} in the {place} first, then the {x} on the {y}, then the {z} on the {x}.",
            (
                f"I'd like the {y} over in the {place} to start with; the {x} goes on it next, and the {z} last of all, on "
                f"the {x}."
            ),
        ]
    )
    check = _done(rels(Rel("at", y, place), Rel("on", x, y), Rel("on", z, x)))
    return _made(text, check, [(y, place), (x, y), (z, x)])


def t116_des_parent(w: World) -> Made:
    picks = w.pick(_clear(w), 2)
    if not picks:
        return None
    x, y = picks
    bowls = [bw for bw in w.bowls if w.state.base(y) != bw and _room(w.state, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"I'd like you to put the {x} away in the bin first, and after that I'd like the {y} in the {bowl}.",
            f"I want the {y} in the {bowl}, but before that, I want the {x} in the bin.",
            f"Honey, I'd love the {x} in the bin, and when that's done, the {y} in the {bowl}.",
        ]
    )
    return _made(
        text, _done(rels(Rel("in_bin", x), Rel("in", y, bowl))), [(x, BIN), (y, bowl)]
    )


def t116_des_manager(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = _contents(w, bowl)
    xs = [b for b in _clear(w) if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"By the end I'd like the {x} in the {bowl}; start by emptying the {bowl} onto the table.",
            f"I want the {bowl} emptied onto the table first, and then I want the {x} put in it.",
            f"What I'd like is the {bowl} cleared out onto the table, and only then the {x} in it.",
        ]
    )
    check = _done(_tabled(*inside), rels(Rel("in", x, bowl)))
    return _made(text, check, [*((b, TABLE) for b in inside), (x, bowl)])


# ----- quantified -----------------------------------------------------------------------------------
def t116_qua_chef(w: World) -> Made:
    bowls = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not bowls or len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(bowls)
    xs = _clear(w)
    x = w.rng.choice(xs)
    others = _clear(w, x)[:2]
    if len(others) < 2:
        return None
    place = _place(w)
    text = w.rng.choice(
        [
            f"Start by putting two blocks in the {bowl} (any two), and then put the {x} in the {place}.",
            f"First, any two blocks go in the {bowl}; after that, move the {x} to the {place}.",
            f"Begin with two blocks in the {bowl}, whichever you like, then the {x} over to the {place}.",
        ]
    )
    check = _done(count_in(bowl, 2), rels(Rel("at", x, place)))
    return _made(text, check, [(others[0], bowl), (others[1], bowl), (x, place)])


def t116_qua_lab(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = _contents(w, bowl)
    xs = [b for b in _clear(w) if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"First, put every block from the {bowl} in the bin; then put the {x} in the {bowl}.",
            f"Empty all the blocks in the {bowl} into the bin, and when that's done, put the {x} in it.",
            f"All the blocks in the {bowl} go in the bin first, and only then does the {x} go in.",
        ]
    )
    return _made(
        text,
        _done(binned(inside), rels(Rel("in", x, bowl))),
        [*((b, BIN) for b in inside), (x, bowl)],
    )


def t116_qua_teacher(w: World) -> Made:
    xs = [b for b in _clear(w) if _fits(w.state, b, 2)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    picks = w.pick(_clear(w, x), 3)
    if not picks:
        return None
    y, a, b = picks
    text = w.rng.choice(
        [
            f"We'll start by stacking two blocks on the {x}, and then we'll put the {y} in the bin.",
            f"First put two blocks on top of the {x}, any two, then put the {y} in the bin.",
            f"Begin by building two blocks up on the {x}; when that's finished, the {y} goes in the bin.",
        ]
    )
    check = _done(_above_count(x, 2), rels(Rel("in_bin", y)))
    return _made(text, check, [(a, x), (b, a), (y, BIN)])


def t116_qua_foreman(w: World) -> Made:
    x = w.rng.choice(_clear(w))
    under = w.state.support[x]
    more = _clear(w, x) + ([under] if under in w.state.support else [])
    if len(more) < 2:
        return None
    text = w.rng.choice(
        [
            f"Three blocks into the bin, and the {x} goes in first.",
            f"Put three blocks in the bin, starting with the {x}.",
            f"Start with the {x} in the bin, then two more blocks after it, any two.",
        ]
    )
    return _made(
        text,
        _done(rels(Rel("in_bin", x)), _in_bin_exactly(3)),
        [(x, BIN), (more[0], BIN), (more[1], BIN)],
    )


def t116_qua_parent(w: World) -> Made:
    singles = [b for b in _clear(w) if w.state.support[b] == TABLE]
    picks = w.pick(singles, 2)
    if not picks:
        return None
    x, y = picks
    others = _top_first(w.state, [b for b in w.blocks if b not in (x, y)])
    if len(others) > 5 or not others:
        return None
    text = w.rng.choice(
        [
            f"First put the {x} on the {y}, then put all the other blocks in the bin.",
            f"Start by stacking the {x} on the {y}; after that, every other block goes in the bin.",
            f"Put the {x} on top of the {y} first, and once that's done, the rest of the blocks go in the bin.",
        ]
    )
    check = _done(rels(Rel("on", x, y)), binned(others), none_binned([x, y]))
    return _made(text, check, [(x, y), *((b, BIN) for b in others)])


def t116_qua_manager(w: World) -> Made:
    xs = _clear(w)
    x = w.rng.choice(xs)
    others = _clear(w, x)[:2]
    if len(others) < 2:
        return None
    place = _place(w)
    text = w.rng.choice(
        [
            f"Move two blocks to the {place} first, then put the {x} in the bin.",
            f"Phase one: two blocks over to the {place}. Phase two: the {x} into the bin.",
            f"Start by getting two blocks, any two, into the {place}; after that, the {x} goes in the bin.",
        ]
    )
    check = _done(_at_count(place, 2), rels(Rel("in_bin", x)))
    return _made(text, check, [(others[0], place), (others[1], place), (x, BIN)])


# ----- negated --------------------------------------------------------------------------------------
def t116_neg_chef(w: World) -> Made:
    options = [(bw, y) for bw, y in _bowl_with_clear(w) if _room(w.state, bw)]
    if not options:
        return None
    bowl, y = w.rng.choice(options)
    xs = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Take the {y} out of the {bowl} before you put the {x} in, and don't bin the {y}: set it on the table.",
            f"Don't put the {x} in the {bowl} until the {y} is out of it, and the {y} goes on the table, not in the bin.",
            f"First the {y} comes out of the {bowl} onto the table (not into the bin!), then the {x} goes in.",
        ]
    )
    return _made(
        text, _done(_tabled(y), rels(Rel("in", x, bowl))), [(y, TABLE), (x, bowl)]
    )


def t116_neg_lab(w: World) -> Made:
    picks = w.pick(_clear(w), 3)
    if not picks or not _fits(w.state, picks[1], 2):
        return None
    x, y, z = picks
    rest = [b for b in w.blocks if b not in picks]
    if not rest:
        return None
    q = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"First put the {x} on the {y}, then the {z} on the {x}; do not touch the {q}.",
            f"Don't move the {q} at all. Put the {x} on the {y} first, and after that the {z} on the {x}.",
            f"Without moving the {q}, stack the {x} on the {y}, and then the {z} on top of the {x}.",
        ]
    )
    return _made(
        text, _done(rels(Rel("on", x, y), Rel("on", z, x)), kept(q)), [(x, y), (z, x)]
    )


def t116_neg_teacher(w: World) -> Made:
    options = [
        (y, z, bw)
        for y, z in _single_one_up(w)
        for bw in w.bowls
        if w.state.base(y) != bw and _room(w.state, bw)
    ]
    if not options:
        return None
    y, z, bowl = w.rng.choice(options)
    text = w.rng.choice(
        [
            (
                f"Before you do anything else, take the {z} off the {y}, but don't put it in the bin; then put the {y} in "
                f"the {bowl}."
            ),
            f"Take the {z} off the {y} first (not into the bin, please), and then put the {y} in the {bowl}.",
            f"Don't bin the {z}; just lift it off the {y}, and after that put the {y} into the {bowl}.",
        ]
    )
    check = _done(rels(Rel("in", y, bowl), _not("on", z, y)), none_binned([z]))
    return _made(text, check, [(z, TABLE), (y, bowl)])


def t116_neg_foreman(w: World) -> Made:
    picks = w.pick(_clear(w), 2)
    if not picks:
        return None
    x, y = picks
    place = _place(w)
    text = w.rng.choice(
        [
            f"Bin the {x} first (only the {x}, nothing else goes in the bin), then shift the {y} to the {place}.",
            f"The {x} goes in the bin and nothing else does; after that, move the {y} over to the {place}.",
            f"Put the {x} in the bin, but don't put anything else in there; then the {y} goes to the {place}.",
        ]
    )
    check = _done(rels(Rel("in_bin", x), Rel("at", y, place)), _in_bin_exactly(1))
    return _made(text, check, [(x, BIN), (y, place)])


def t116_neg_parent(w: World) -> Made:
    options = [bw for bw in w.bowls if _room(w.state, bw, 2)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    picks = w.pick([b for b in _clear(w) if b in outside], 2)
    if not picks:
        return None
    x, y = picks
    rest = [b for b in outside if b not in picks]
    if not rest:
        return None
    z = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"First put the {x} in the {bowl}, then the {y}, but not the {z}.",
            f"Put the {x} in the {bowl}, and after that the {y}; don't put the {z} in there.",
            f"The {x} goes in the {bowl} first and the {y} after it, but the {z} doesn't go in.",
        ]
    )
    check = _done(rels(Rel("in", x, bowl), Rel("in", y, bowl), _not("in", z, bowl)))
    return _made(text, check, [(x, bowl), (y, bowl)])


def t116_neg_manager(w: World) -> Made:
    pairs = _single_one_up(w)
    if not pairs:
        return None
    y, x = w.rng.choice(pairs)
    place = _place(w)
    text = w.rng.choice(
        [
            (
                f"Before anything else, get the {y} out from under the {x} (don't bin either of them), then put the {y} in "
                f"the {place}."
            ),
            (
                f"First lift the {x} off the {y}, without putting it in the bin, and then move the {y} to the {place}; "
                "neither one goes in the bin."
            ),
            f"Don't throw anything away: take the {x} off the {y}, and only then move the {y} to the {place}.",
        ]
    )
    check = _done(rels(Rel("at", y, place), _not("on", x, y)), none_binned([x, y]))
    return _made(text, check, [(x, TABLE), (y, place)])


# ----- relative -------------------------------------------------------------------------------------
def t116_rel_chef(w: World) -> Made:
    spots = _one_block_bowls(w) + _single_one_up(w)
    if not spots:
        return None
    spot, y = w.rng.choice(spots)
    xs = _clear(w, y, spot)
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = spot in w.state.bowls
    where, goal = (
        f"{'in' if bowl else 'on'} the {spot}",
        Rel("in" if bowl else "on", x, spot),
    )
    text = w.rng.choice(
        [
            f"Take the block that's {where} and put it in the bin, then put the {x} where it was.",
            f"Whatever block is sitting {where} goes in the bin first; after that, put the {x} in its place.",
            f"Bin the block that's {where}, and once it's gone, put the {x} {where} instead.",
        ]
    )
    return _made(text, _done(rels(Rel("in_bin", y), goal)), [(y, BIN), (x, spot)])


def t116_rel_lab(w: World) -> Made:
    pairs = _single_one_up(w)
    if not pairs:
        return None
    y, z = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"First move the block sitting on the {y} to the table; then put the {y} in the bin.",
            f"Take whatever is on top of the {y}, put it on the table, and then put the {y} in the bin.",
            f"The block that's resting on the {y} goes onto the table first, and after that the {y} goes in the bin.",
        ]
    )
    return _made(
        text, _done(_tabled(z), rels(Rel("in_bin", y))), [(z, TABLE), (y, BIN)]
    )


def _extreme(w: World, sign: float) -> str | None:
    """The leftmost (sign 1) or rightmost (sign -1) block, if nothing is on it and no other block comes close."""
    order = sorted(w.blocks, key=lambda b: sign * w.y(b))
    first = order[0]
    if not w.state.is_clear(first):
        return None
    if len(order) > 1 and abs(w.y(order[1]) - w.y(first)) < 0.04:
        return None
    return first


def t116_rel_teacher(w: World) -> Made:
    sides = [
        (b, side)
        for b, side in ((_extreme(w, 1.0), "left"), (_extreme(w, -1.0), "right"))
        if b is not None
    ]
    if not sides:
        return None
    mover, side = w.rng.choice(sides)
    other = "right" if side == "left" else "left"
    targets = [b for b, s in sides if s == other and b != mover and _fits(w.state, b)]
    if targets and w.rng.random() < 0.5:
        target = targets[0]
        onto = f"the block on the far {other}"
        ones = f"the {other}most one"
    else:
        named = [b for b in _clear(w, mover) if _fits(w.state, b)]
        if not named:
            return None
        target = w.rng.choice(named)
        onto = ones = f"the {target}"
    xs = _clear(w, mover, target)
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"The block on the far {side} goes on top of {onto}, and after that the {x} goes in the bin.",
            f"Put the {side}most block on {ones} first; then put the {x} in the bin.",
            f"Start by stacking the block furthest to the {side} on {ones}, and finish by putting the {x} in the bin.",
        ]
    )
    return _made(
        text,
        _done(rels(Rel("on", mover, target), Rel("in_bin", x))),
        [(mover, target), (x, BIN)],
    )


def t116_rel_foreman(w: World) -> Made:
    pairs = [(y, x) for y, x in _single_one_up(w)]
    if not pairs:
        return None
    y, x = w.rng.choice(pairs)
    place = _place(w)
    text = w.rng.choice(
        [
            f"Move the {x} to the {place}, and then bin the block it was sitting on.",
            f"Shift the {x} over to the {place}; once it's there, the block that was under it goes in the bin.",
            f"First the {x} goes to the {place}, then whatever it was stacked on goes in the bin.",
        ]
    )
    return _made(
        text, _done(rels(Rel("at", x, place), Rel("in_bin", y))), [(x, place), (y, BIN)]
    )


def t116_rel_parent(w: World) -> Made:
    spots = _one_block_bowls(w) + _single_one_up(w)
    if not spots:
        return None
    spot, y = w.rng.choice(spots)
    xs = _clear(w, y, spot)
    if not xs:
        return None
    x = w.rng.choice(xs)
    if spot in w.state.bowls:
        goal = Rel("in", x, spot)
        text = w.rng.choice(
            [
                f"Put the block that's in the {spot} on the table first, then put the {x} in the {spot} instead.",
                (
                    f"Take out the block that's in your {spot} and put it on the table; after that, the {x} goes in the "
                    f"{spot}."
                ),
                f"Whatever's in the {spot} comes out onto the table, and then you put the {x} in there.",
            ]
        )
    else:
        goal = Rel("on", x, spot)
        text = w.rng.choice(
            [
                f"Put the block that's on the {spot} on the table first, then put the {x} on the {spot} instead.",
                (
                    f"Take off the block that's sitting on your {spot} and put it on the table; after that, the {x} goes "
                    f"on the {spot}."
                ),
                f"Whatever's on top of the {spot} comes down onto the table, and then you put the {x} up there.",
            ]
        )
    return _made(text, _done(_tabled(y), rels(goal)), [(y, TABLE), (x, spot)])


def t116_rel_manager(w: World) -> Made:
    options = [bw for bw in w.bowls if _room(w.state, bw)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    on_table = [b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES)]
    near = sorted(on_table, key=lambda b: w.dist(b, bowl))
    if len(near) < 2:
        return None
    c = near[0]
    if (
        w.state.support[c] != TABLE
        or not w.state.is_clear(c)
        or w.dist(near[1], bowl) - w.dist(c, bowl) < 0.03
    ):
        return None
    xs = _clear(w, c)
    if not xs:
        return None
    x = w.rng.choice(xs)
    place = _place(w)
    text = w.rng.choice(
        [
            (
                f"First, the block on the table that's closest to the {bowl} goes into it; after that, the {x} goes to the "
                f"{place}."
            ),
            f"Start by putting the block on the table nearest the {bowl} into it, then move the {x} to the {place}.",
            (
                f"Begin with whichever block on the table is closest to the {bowl}: put it in the {bowl}. Then the {x} "
                f"goes to the {place}."
            ),
        ]
    )
    return _made(
        text,
        _done(rels(Rel("in", c, bowl), Rel("at", x, place))),
        [(c, bowl), (x, place)],
    )


# ----- keep -----------------------------------------------------------------------------------------
def t116_keep_chef(w: World) -> Made:
    xs = [b for b in _clear(w) if _fits(w.state, b, 2)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    picks = w.pick(_clear(w, x), 2)
    if not picks:
        return None
    y, z = picks
    text = w.rng.choice(
        [
            f"Keep the {x} where it is. First put the {y} on it, then the {z} on the {y}.",
            f"The {x} stays right where it is; stack the {y} on it first, and then the {z} on top of the {y}.",
            f"Leave the {x} in its spot, put the {y} on top of it, and once that's done, put the {z} on the {y}.",
        ]
    )
    return _made(
        text, _done(kept(x), rels(Rel("on", y, x), Rel("on", z, y))), [(y, x), (z, y)]
    )


def _same_contents(bowl: str) -> Check:
    return lambda i, f: sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl))


def t116_keep_lab(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    picks = w.pick([b for b in _clear(w) if b not in inside], 2)
    if not picks:
        return None
    x, y = picks
    place = _place(w)
    text = w.rng.choice(
        [
            f"Leave the {bowl} exactly as it is. First put the {x} in the bin, then move the {y} to the {place}.",
            (
                f"Keep everything in the {bowl} where it is; begin by putting the {x} in the bin, and after that move the "
                f"{y} to the {place}."
            ),
            f"The {bowl} stays untouched. Start with the {x} into the bin, then the {y} over to the {place}.",
        ]
    )
    check = _done(
        kept(*inside), _same_contents(bowl), rels(Rel("in_bin", x), Rel("at", y, place))
    )
    return _made(text, check, [(x, BIN), (y, place)])


def _kept_spot(w: World) -> tuple[str, str, Rel] | None:
    """A block to keep where it rests on a block or in a bowl: (block, words for where, the relation)."""
    spots = [(x, y) for x, y in w.pairs()] + [
        (b, w.state.support[b])
        for b in w.in_bowls()
        if w.state.support[b] in w.state.bowls
    ]
    if not spots:
        return None
    x, y = w.rng.choice(spots)
    if y in w.state.bowls:
        return x, f"in the {y}", Rel("in", x, y)
    return x, f"on the {y}", Rel("on", x, y)


def t116_keep_teacher(w: World) -> Made:
    spot = _kept_spot(w)
    if spot is None:
        return None
    x, where, rel = spot
    picks = w.pick(_clear(w, x), 2)
    if not picks:
        return None
    z, q = picks
    place = _place(w)
    text = w.rng.choice(
        [
            f"Keep the {x} {where} the whole time. Move the {z} to the {place} first, then put the {q} in the bin.",
            f"The {x} has to stay {where}. Start by moving the {z} to the {place}, and then the {q} goes in the bin.",
            f"Leave the {x} sitting {where}; first the {z} goes to the {place}, and after that the {q} into the bin.",
        ]
    )
    check = _done(kept(x), rels(rel, Rel("at", z, place), Rel("in_bin", q)))
    return _made(text, check, [(z, place), (q, BIN)])


def t116_keep_foreman(w: World) -> Made:
    picks = w.pick(_clear(w), 2)
    if not picks:
        return None
    y, z = picks
    rest = [b for b in w.blocks if b not in picks]
    if not rest:
        return None
    x = w.rng.choice(rest)
    place = _place(w)
    text = w.rng.choice(
        [
            f"First the {y} goes in the bin, then the {z} goes to the {place}; the {x} stays put the whole time.",
            f"Keep the {x} where it is. Start by binning the {y}, and when that's done, move the {z} to the {place}.",
            f"The {x} stays where it is. Bin the {y} first, and after that shift the {z} over to the {place}.",
        ]
    )
    return _made(
        text,
        _done(kept(x), rels(Rel("in_bin", y), Rel("at", z, place))),
        [(y, BIN), (z, place)],
    )


def t116_keep_parent(w: World) -> Made:
    options = [bw for bw in w.bowls if _room(w.state, bw, 2)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    picks = w.pick([b for b in _clear(w) if w.state.base(b) != bowl], 2)
    if not picks:
        return None
    y, z = picks
    rest = [b for b in w.blocks if b not in picks]
    if not rest:
        return None
    x = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"Keep the {x} where it is; before you put the {y} in the {bowl}, put the {z} in there.",
            f"Leave the {x} alone. Put the {z} in the {bowl} first, and then the {y} in the {bowl} as well.",
            f"The {x} stays where it is. The {z} goes in the {bowl} first, and the {y} goes in after it.",
        ]
    )
    return _made(
        text,
        _done(kept(x), rels(Rel("in", y, bowl), Rel("in", z, bowl))),
        [(z, bowl), (y, bowl)],
    )


def t116_keep_manager(w: World) -> Made:
    spot = _kept_spot(w)
    if spot is None:
        return None
    x, where, rel = spot
    picks = w.pick(_clear(w, x), 2)
    if not picks:
        return None
    z, q = picks
    place = _place(w)
    text = w.rng.choice(
        [
            f"Keep the {x} {where} as it is. Move the {z} to the {place}, then put the {q} on top of the {z}.",
            (
                f"The {x} stays {where}, no changes there; first the {z} goes to the {place}, and after that the {q} goes "
                "on it."
            ),
            f"Leave the {x} where it is, {where}. Start with the {z} over in the {place}, then stack the {q} on it.",
        ]
    )
    check = _done(kept(x), rels(rel, Rel("at", z, place), Rel("on", q, z)))
    return _made(text, check, [(z, place), (q, z)])


# ----- multi-step -----------------------------------------------------------------------------------
def t116_multi_chef(w: World) -> Made:
    picks = w.pick(_clear(w), 3)
    if not picks:
        return None
    x, y, z = picks
    bowls = [bw for bw in w.bowls if w.state.base(x) != bw and _room(w.state, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    place = _place(w)
    text = w.rng.choice(
        [
            f"First, put the {x} in the {bowl}. Second, move the {y} to the {place}. Third, put the {z} in the bin.",
            f"In this order: the {x} into the {bowl}, the {y} to the {place}, and the {z} into the bin.",
            f"Start with the {x} in the {bowl}, then the {y} in the {place}, and finally the {z} in the bin.",
        ]
    )
    check = _done(rels(Rel("in", x, bowl), Rel("at", y, place), Rel("in_bin", z)))
    return _made(text, check, [(x, bowl), (y, place), (z, BIN)])


def t116_multi_lab(w: World) -> Made:
    picks = w.pick(_clear(w), 3)
    if not picks:
        return None
    x, y, z = picks
    place = _place(w)
    text = w.rng.choice(
        [
            f"In this order: the {x} goes to the {place}, the {y} goes on the {x}, and the {z} goes on the {y}.",
            (
                f"Step one, move the {x} to the {place}. Step two, stack the {y} on it. Step three, stack the {z} on the "
                f"{y}."
            ),
            f"Begin by moving the {x} to the {place}; next, put the {y} on the {x}; last, put the {z} on the {y}.",
        ]
    )
    check = _done(rels(Rel("at", x, place), Rel("on", y, x), Rel("on", z, y)))
    return _made(text, check, [(x, place), (y, x), (z, y)])


def t116_multi_teacher(w: World) -> Made:
    picks = w.pick(_clear(w), 3)
    if not picks:
        return None
    x, y, z = picks
    bowls = [bw for bw in w.bowls if w.state.base(y) != bw and _room(w.state, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Begin with the {x} in the bin. Next, the {y} in the {bowl}. Last of all, the {z} on the {y}.",
            (
                f"Let's start by putting the {x} in the bin; then put the {y} into the {bowl}; finally, put the {z} on top "
                f"of the {y}."
            ),
            f"First the {x} goes in the bin, second the {y} goes in the {bowl}, and third the {z} goes on the {y}.",
        ]
    )
    check = _done(rels(Rel("in_bin", x), Rel("in", y, bowl), Rel("on", z, y)))
    return _made(text, check, [(x, BIN), (y, bowl), (z, y)])


def t116_multi_foreman(w: World) -> Made:
    picks = w.pick(_clear(w), 3)
    if not picks:
        return None
    x, y, z = picks
    p1 = _place(w)
    p2 = _place(w, p1)
    text = w.rng.choice(
        [
            (
                f"Get the {x} over to the {p1}; when that's done, the {y} to the {p2}; and the last thing, the {z} in the "
                "bin."
            ),
            f"Right: the {x} goes to the {p1} first, then the {y} to the {p2}, and finally the {z} in the bin.",
            f"Do it in this order: {x} to the {p1}, {y} to the {p2}, {z} in the bin.",
        ]
    )
    check = _done(rels(Rel("at", x, p1), Rel("at", y, p2), Rel("in_bin", z)))
    return _made(text, check, [(x, p1), (y, p2), (z, BIN)])


def t116_multi_parent(w: World) -> Made:
    options = [
        (y, z, bw)
        for y, z in _single_one_up(w)
        for bw in w.bowls
        if w.state.base(y) != bw and _room(w.state, bw)
    ]
    if not options:
        return None
    y, z, bowl = w.rng.choice(options)
    xs = _clear(w, z)
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            (
                f"Before anything else, take the {z} off the {y}. After that put the {y} in the {bowl}, and then the {x} on "
                f"top of the {y}."
            ),
            f"First lift the {z} off the {y}, then put the {y} into the {bowl}, and last put the {x} on it.",
            (
                f"Start by getting the {z} off the {y}; next the {y} goes in the {bowl}; the last thing is the {x} on top "
                f"of the {y}."
            ),
        ]
    )
    check = _done(rels(_not("on", z, y), Rel("in", y, bowl), Rel("on", x, y)))
    return _made(text, check, [(z, TABLE), (y, bowl), (x, y)])


def t116_multi_manager(w: World) -> Made:
    picks = w.pick(_clear(w), 3)
    if not picks:
        return None
    x, y, z = picks
    bowls = [bw for bw in w.bowls if w.state.base(x) != bw and _room(w.state, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Action items, in order: one, the {x} in the {bowl}; two, the {y} in the bin; three, the {z} on the {x}.",
            f"First put the {x} in the {bowl}, second put the {y} in the bin, and third stack the {z} on the {x}.",
            (
                f"Kick off with the {x} into the {bowl}, follow up with the {y} into the bin, and close out by stacking the "
                f"{z} on the {x}."
            ),
        ]
    )
    check = _done(rels(Rel("in", x, bowl), Rel("in_bin", y), Rel("on", z, x)))
    return _made(text, check, [(x, bowl), (y, BIN), (z, x)])


# ----- questions ------------------------------------------------------------------------------------
def t116_q_chef(w: World) -> Made:
    floor = [
        (b, w.state.support[b]) for b in w.blocks if w.state.support[b] in w.state.bowls
    ]
    if floor and w.rng.random() < 0.5:
        x, bowl = w.rng.choice(floor)
    else:
        x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    base = w.state.base(x)
    if base == bowl and w.state.support[x] != bowl:
        return None
    text = w.rng.choice(
        [
            f"Before I start prepping: is the {x} in the {bowl}?",
            f"Quick one before we begin: is the {x} sitting in the {bowl}?",
            f"Before I do anything, tell me, is the {x} in the {bowl}?",
        ]
    )
    return _made(text, answered(yes(base == bowl)))


def t116_q_lab(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Before we begin the run, how many blocks are in the {bowl}?",
            f"First things first: how many blocks does the {bowl} have in it right now?",
            f"Before I start, can you count the blocks in the {bowl} for me?",
        ]
    )
    return _made(text, answered(str(len(w.state.in_bowl(bowl)))))


def t116_q_teacher(w: World) -> Made:
    pairs = _single_one_up(w)
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Before we stack anything else: what's sitting on top of the {x}?",
            f"Before we start, which block is on the {x}?",
            f"First, before anything moves, tell me which block is resting on the {x}.",
        ]
    )
    return _made(text, answered(z))


def t116_q_foreman(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    x = w.rng.choice(covered if covered and w.rng.random() < 0.5 else w.blocks)
    text = w.rng.choice(
        [
            f"Before I lift the {x}, is anything stacked on it?",
            f"First thing, before we move the {x}: is there a block on top of it?",
            f"Before we start on the {x}, is it covered by another block?",
        ]
    )
    return _made(text, answered(yes(not w.state.is_clear(x))))


def t116_q_parent(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    which = "block is" if len(inside) == 1 else "blocks are"
    text = w.rng.choice(
        [
            f"Before you tidy up, which {which} in the {bowl}?",
            f"Before we put things away, tell me: what's in the {bowl}?",
            f"Before you start, which {which} sitting in the {bowl} right now?",
        ]
    )
    return _made(text, answered("|".join(inside)))


def t116_q_manager(w: World) -> Made:
    covered = [b for b in w.blocks if w.state.above(b)]
    if not covered:
        return None
    x = w.rng.choice(covered)
    text = w.rng.choice(
        [
            f"Before we kick off: how many blocks are stacked on top of the {x}?",
            f"Status check before we start: how many blocks are piled up on the {x}?",
            f"Before the first step, how many blocks are there above the {x}?",
        ]
    )
    return _made(text, answered(str(len(w.state.above(x)))))


# ----- matching -------------------------------------------------------------------------------------
def _sort_moves(w: World, goal: list[Rel]) -> list[Move]:
    return [(r.block, r.target) for r in goal if w.state.base(r.block) != r.target]


def t116_match_chef(w: World) -> Made:
    goal, odd = _unsorted(w), _odd_ones(w)
    if not goal or not odd:
        return None
    x = w.rng.choice(odd)
    text = w.rng.choice(
        [
            (
                f"Before you sort anything, put the {x} in the bin; then put every block in the bowl that matches its "
                "colour."
            ),
            f"Start by binning the {x}. After that, each block goes into the bowl of the same colour.",
            f"The {x} goes in the bin first, and only then do you sort the blocks into the bowls of their colours.",
        ]
    )
    return _made(
        text, _done(rels(*goal, Rel("in_bin", x))), [(x, BIN), *_sort_moves(w, goal)]
    )


def t116_match_lab(w: World) -> Made:
    goal, odd = _unsorted(w), _odd_ones(w)
    if not goal or not odd:
        return None
    x = w.rng.choice(odd)
    place = _place(w)
    text = w.rng.choice(
        [
            f"Before the colour sort, move the {x} to the {place}; then put each block in the bowl of its own colour.",
            f"Step one: the {x} goes to the {place}. Step two: every block goes into the bowl that matches it.",
            f"First the {x} over to the {place}, and after that sort the blocks by colour into the bowls.",
        ]
    )
    return _made(
        text,
        _done(rels(*goal, Rel("at", x, place))),
        [(x, place), *_sort_moves(w, goal)],
    )


def t116_match_teacher(w: World) -> Made:
    options = [(b, _colour_bowl(w, b)) for b in _clear(w)]
    options = [
        (b, bw)
        for b, bw in options
        if bw is not None and w.state.base(b) != bw and _room(w.state, bw)
    ]
    if not options:
        return None
    x, bowl = w.rng.choice(options)
    ys = _clear(w, x)
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Start with the {x}: put it in the bowl that's the same colour as it. Then put the {y} on top of it.",
            f"First the {x} goes into the bowl of its own colour, and after that the {y} goes on top of the {x}.",
            f"Put the {x} in its matching bowl, and once it's in, stack the {y} on it.",
        ]
    )
    return _made(
        text, _done(rels(Rel("in", x, bowl), Rel("on", y, x))), [(x, bowl), (y, x)]
    )


def t116_match_foreman(w: World) -> Made:
    goal, odd = _unsorted(w), _odd_ones(w)
    if not goal or not odd:
        return None
    x = w.rng.choice(odd)
    place = _place(w)
    text = w.rng.choice(
        [
            f"Match them up: each block into the bowl of its colour, and once that's done, the {x} goes to the {place}.",
            (
                f"Sort the blocks into the bowls that match their colours first; the last thing is to move the {x} to the "
                f"{place}."
            ),
            f"Colours first: every block in the bowl that matches it. Then move the {x} over to the {place}.",
        ]
    )
    return _made(
        text,
        _done(rels(*goal, Rel("at", x, place))),
        [*_sort_moves(w, goal), (x, place)],
    )


def t116_match_parent(w: World) -> Made:
    options = [(b, _colour_bowl(w, b)) for b in _clear(w)]
    options = [
        (b, bw)
        for b, bw in options
        if bw is not None and w.state.base(b) != bw and _room(w.state, bw, 2)
    ]
    if not options:
        return None
    x, bowl = w.rng.choice(options)
    ys = [b for b in _clear(w, x) if w.state.base(b) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            (
                f"First find the bowl that's the same colour as your {x} and put the {x} in it; then put the {y} in there "
                "too."
            ),
            f"Put the {x} in the bowl that matches it, and after that, put the {y} in that same bowl.",
            f"The {x} goes in the bowl of its own colour first, and then the {y} joins it in that bowl.",
        ]
    )
    return _made(
        text,
        _done(rels(Rel("in", x, bowl), Rel("in", y, bowl))),
        [(x, bowl), (y, bowl)],
    )


def t116_match_manager(w: World) -> Made:
    goal, odd = _unsorted(w), _odd_ones(w)
    if not goal or not odd:
        return None
    x = w.rng.choice(odd)
    y = w.rng.choice(goal).block
    if w.state.support[x] == y:
        return None
    text = w.rng.choice(
        [
            f"After the colour sort (each block into its matching bowl), put the {x} on top of the {y}.",
            f"Sort every block into the bowl of its colour first, and when that's done, stack the {x} on the {y}.",
            (
                f"Deliverable one: every block in the bowl that matches its colour. Deliverable two, after that: the {x} on "
                f"the {y}."
            ),
        ]
    )
    return _made(
        text, _done(rels(*goal, Rel("on", x, y))), [*_sort_moves(w, goal), (x, y)]
    )


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
_STYLES = ("chef", "lab", "teacher", "foreman", "parent", "manager")
FRESH116: list[Template] = [
    (f"t116_{short}_{style}", category, globals()[f"t116_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
