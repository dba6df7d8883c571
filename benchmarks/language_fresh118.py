"""`FRESH118`, the hundred-and-nineteenth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is goals that pack several constraints into one request, the way people do when they already have the end
state in mind: two blocks in the same bowl but not a given one, a block on another with both in a bowl, one block
per bowl, a tower in a corner with nothing else there, a block anywhere except the table or the bin, blocks kept
out of their own colour's bowl, and "don't touch" clauses on top. Every check accepts each end state that meets all
the stated constraints (and keeps what the words say to keep), with nothing left in the gripper. Every instance is
feasible in its scene: `make` builds one witness end state by hand (bowl capacity, tower height, bin and corner room
respected) and yields only when the check accepts it and rejects the start. The six styles are six speakers:

- engineer: "Load the red block and the blue block into a single bowl; the green bowl is off limits."
- teacher: "The red block and the blue block should share a bowl, while the green block sits in another one."
- puzzler: "Puzzle for you: the red block must end up touching neither the table, nor a bowl, nor the bin."
- manager: "Everything goes in the bin except the red block, which goes in the blue bowl."
- parent: "Tuck the red block under the blue block, and the blue block has to end up in a bowl."
- scientist: "Relocate the red block to the top left corner with the blue block on top of it, changing nothing else."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on c5e9e53, after every fix before it and before anything it could prompt):
0.427 goal-correct (128 of 300), 118 refused, 12 asked, 42 wrong, seventeen of them actions: 'X and Y in the same bowl;
Z in some other bowl' put Z in their bowl (five times, also 'X in W; Y in a bowl too, just a different one', 'X in W
and Y in one of the other bowls'); 'each block in the bowl of its own colour, except X, which goes in the bin' and
'... all but X; that one goes in the bin' left X out or binned another (six times); 'X and Y in the same bowl, but not
in a bowl that matches either of their colours' moved X alone; 'Load X and Y into a single bowl; W is off limits' used
W; 'move X to P, stack Y on top' left Y; 'X, Y and Z each go into a bowl, and no bowl gets two of them' put all three
in one; 25 wrong replies (questions packing two conditions: 'Is it true that X and Y are in two different bowls?').
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
    kept,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = [p for p in PLACES if "corner" in p]
_FLOOR = (TABLE, *PLACES)
_WITNESS: list[SymState] = []  # the last hand-built end state, for the self-check


# ----- helpers ----------------------------------------------------------------------------------------------------
def _the(name: str) -> str:
    return f"the {name}"


def _list(names: list[str]) -> str:
    parts = [_the(n) for n in names]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _hand(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    return both(_hand, *checks)


def _below(s: SymState, block: str) -> list[str]:
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _bowl(s: SymState, block: str) -> str | None:
    base = s.base(block)
    return base if base in s.bowls else None


def _clear(s: SymState, block: str) -> None:
    for top in s.above(block):
        s.support[top] = TABLE


def _put(s: SymState, block: str, target: str | None) -> None:
    """Put `block` on `target` (None: only take everything off `block`), clearing both first onto the table."""
    _clear(s, block)
    if target is None:
        return
    if target in s.support:
        _clear(s, target)
    s.support[block] = target


def _legal(s: SymState) -> bool:
    if s.held is not None:
        return False
    if any(len(s.in_bowl(b)) > layout.BOWL_CAPACITY for b in s.bowls):
        return False
    if sum(s.base(b) == BIN for b in s.blocks) > len(layout.BIN_SLOTS):
        return False
    if any(
        sum(s.support[b] == p for b in s.blocks) > len(layout.PLACE_SLOTS)
        for p in PLACES
    ):
        return False
    return all(
        b not in _below(s, b) and len(_below(s, b)) < layout.MAX_TOWER for b in s.blocks
    )


def _made(
    w: World, text: str, check: Check, moves: list[tuple[str, str | None]]
) -> Made:
    """(text, check) when the hand-built end state after `moves` is legal and meets the check, and the start
    does not; None otherwise (the request would be infeasible or already done)."""
    s = w.state.copy()
    for block, target in moves:
        _put(s, block, target)
    if not _legal(s) or not check(w.state, s) or check(w.state, w.state):
        return None
    _WITNESS[:] = [s]
    return text, check


def _roomiest(w: World, bowls: list[str], skip: tuple[str, ...] = ()) -> str | None:
    """The bowl among `bowls` with the fewest blocks that are not in `skip`."""
    if not bowls:
        return None
    return min(
        bowls,
        key=lambda b: (
            len([x for x in w.state.in_bowl(b) if x not in skip]),
            w.rng.random(),
        ),
    )


def _own(w: World, block: str) -> str | None:
    """The bowl of the block's colour, if there is one."""
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _out_of_bowls(w: World, bowls: list[str]) -> list[tuple[str, str | None]]:
    return [(b, TABLE) for bowl in bowls for b in w.state.in_bowl(bowl)]


def _settle(
    w: World, want: list[Rel], first: list[tuple[str, str | None]] | None = None
) -> list[tuple[str, str | None]]:
    """Moves (after `first`) that make every relation in `want` hold, touching only what does not hold yet."""
    s = w.state.copy()
    moves = list(first or [])
    for block, target in moves:
        _put(s, block, target)
    for _ in range(3):
        for r in want:
            if not holds(r, s):
                _put(s, r.block, r.target)
                moves.append((r.block, r.target))
    return moves


def _pick_prefer(w: World, preferred: list[str], k: int, p: float = 0.6) -> list[str]:
    pool = preferred if len(preferred) >= k and w.rng.random() < p else w.blocks
    return w.pick(pool, k)


# ----- imperative -------------------------------------------------------------------------------------------------
def t118_imp_engineer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    e = w.rng.choice(w.bowls)
    tgt = _roomiest(w, [b for b in w.bowls if b != e], (x, y))

    def check(_i: SymState, f: SymState) -> bool:
        bx = f.base(x)
        return f.held is None and bx in f.bowls and bx == f.base(y) and bx != e

    text = w.rng.choice(
        [
            f"Put the {x} and the {y} in the same bowl, any bowl but the {e}.",
            f"Load the {x} and the {y} into a single bowl; the {e} is off limits.",
            f"The {x} and the {y} go together in one bowl, just not the {e}.",
        ]
    )
    return _made(w, text, check, [(x, tgt), (y, tgt)])


def t118_imp_teacher(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    b = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Stack the {x} on the {y} and get both of them into the {b}.",
            f"Put the {x} on top of the {y}, with the pair of them sitting in the {b}.",
            f"Please put the {x} on the {y}, and I want both of them in the {b}.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("on", x, y), Rel("in", y, b))), [(y, b), (x, y)]
    )


def t118_imp_puzzler(w: World) -> Made:
    k = len(w.bowls)
    if k < 2:
        return None
    chosen = w.pick(w.blocks, k)
    order = w.rng.sample(w.bowls, k)

    def check(_i: SymState, f: SymState) -> bool:
        bases = [f.base(c) for c in chosen]
        return (
            f.held is None and all(b in f.bowls for b in bases) and len(set(bases)) == k
        )

    names = _list(chosen)
    text = w.rng.choice(
        [
            f"Put {names} into bowls, no two of them in the same bowl.",
            f"Here's a puzzle: {names} each go into a bowl, and no bowl gets two of them.",
            f"Drop {names} into the bowls so that every one of them is in a different bowl.",
        ]
    )
    return _made(w, text, check, list(zip(chosen, order)))


def t118_imp_manager(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    b = w.rng.choice(w.bowls)
    other = _roomiest(w, [o for o in w.bowls if o != b], (x, y))

    def check(_i: SymState, f: SymState) -> bool:
        by = f.base(y)
        return f.held is None and f.base(x) == b and by in f.bowls and by != b

    text = w.rng.choice(
        [
            f"Put the {x} in the {b} and the {y} in one of the other bowls.",
            f"Move the {x} into the {b}; the {y} goes in a bowl too, just a different one.",
            f"Get the {x} into the {b} and the {y} into any bowl other than that one.",
        ]
    )
    return _made(w, text, check, [(x, b), (y, other)])


def t118_imp_parent(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    tgt = _roomiest(w, w.bowls, (x, y))

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and y in _below(f, x) and f.base(x) in f.bowls

    text = w.rng.choice(
        [
            f"Put the {y} under the {x}, and make sure the {x} ends up in a bowl.",
            f"Tuck the {y} under the {x}, and the {x} has to end up in a bowl.",
            f"Sweetie, slide the {y} underneath the {x} and put the two of them in a bowl.",
        ]
    )
    return _made(w, text, check, [(y, tgt), (x, y)])


def t118_imp_scientist(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    p = w.rng.choice(_CORNERS)

    def check(_i: SymState, f: SymState) -> bool:
        there = {b for b in f.blocks if f.support[b] != GRIPPER and f.base(b) == p}
        return (
            f.held is None
            and f.support[x] == p
            and f.support[y] == x
            and f.support[z] == y
            and there == {x, y, z}
        )

    text = w.rng.choice(
        [
            (
                f"Build a tower in the {p}: the {x} at the bottom, then the {y}, then the {z} on top, "
                "and nothing else in that corner."
            ),
            f"Stack the {x}, the {y} and the {z}, bottom to top, in the {p}, with no other block in that corner.",
            (
                f"Assemble a tower in the {p} from the {x} (bottom), the {y} and the {z} (top); "
                "the corner must hold nothing else."
            ),
        ]
    )
    return _made(w, text, check, [(x, p), (y, x), (z, y)])


# ----- declarative ------------------------------------------------------------------------------------------------
def t118_dec_engineer(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    text = w.rng.choice(
        [
            f"The {x} goes in the bin and the {y} goes on the {z}.",
            f"The end state is the {x} in the bin and the {y} sitting on the {z}.",
            f"Spec: the {x} ends up in the bin, and the {y} ends up on top of the {z}.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("in_bin", x), Rel("on", y, z))), [(x, BIN), (y, z)]
    )


def t118_dec_teacher(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x, y, z = w.pick(w.blocks, 3)
    pair = _roomiest(w, w.bowls, (x, y, z))
    other = _roomiest(w, [b for b in w.bowls if b != pair], (x, y, z))

    def check(_i: SymState, f: SymState) -> bool:
        bx, bz = f.base(x), f.base(z)
        return (
            f.held is None
            and bx in f.bowls
            and bx == f.base(y)
            and bz in f.bowls
            and bz != bx
        )

    text = w.rng.choice(
        [
            f"The {x} and the {y} belong together in one bowl, and the {z} belongs in a different bowl.",
            f"The {x} and the {y} should share a bowl, while the {z} sits in another one.",
            f"The {x} and the {y} end up in the same bowl; the {z} ends up in some other bowl.",
        ]
    )
    return _made(w, text, check, [(x, pair), (y, pair), (z, other)])


def t118_dec_puzzler(w: World) -> Made:
    k = len(w.bowls)
    if len(w.blocks) < 2 * k:
        return None
    x = w.rng.choice(w.blocks)
    rest = w.rng.sample([b for b in w.blocks if b != x], 2 * k - 1)
    fill = [x, *rest]
    moves = _out_of_bowls(w, w.bowls) + [
        (fill[i], w.bowls[i // 2]) for i in range(2 * k)
    ]

    def check(_i: SymState, f: SymState) -> bool:
        return (
            f.held is None
            and all(len(f.in_bowl(b)) == 2 for b in f.bowls)
            and f.base(x) in f.bowls
        )

    if k == 1:
        b = w.bowls[0]
        text = w.rng.choice(
            [
                f"The {b} ends up with exactly two blocks in it, and the {x} is one of them.",
                f"Exactly two blocks in the {b}, no more, no fewer, and the {x} has to be one of the two.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Each bowl ends up with exactly two blocks in it, and the {x} is one of them.",
                f"Two blocks per bowl, no more, no fewer, and the {x} has to be in one of the bowls.",
                f"Every bowl holds exactly two blocks, with the {x} among them.",
            ]
        )
    return _made(w, text, check, moves)


def t118_dec_manager(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    b = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"The {x} and the {y} go in the bin, and the {z} goes in the {b}.",
            f"Bottom line: the {x} and the {y} end up in the bin and the {z} ends up in the {b}.",
            f"What we need is the {x} and the {y} in the bin, and the {z} in the {b}.",
        ]
    )
    return _made(
        w,
        text,
        _act(binned([x, y]), rels(Rel("in", z, b))),
        [(x, BIN), (y, BIN), (z, b)],
    )


def t118_dec_parent(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    tgt = _roomiest(w, w.bowls, (x,))

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and f.support[x] not in _FLOOR and f.base(x) != BIN

    text = w.rng.choice(
        [
            f"The {x} can go anywhere you like except the table or the bin.",
            f"Honey, the {x} doesn't belong on the table or in the bin; anywhere else is fine.",
            f"The {x} has to be somewhere that isn't the table and isn't the bin.",
        ]
    )
    return _made(w, text, check, [(x, tgt)])


def t118_dec_scientist(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    b = w.rng.choice(w.bowls)

    def check(_i: SymState, f: SymState) -> bool:
        return (
            f.held is None
            and f.in_bowl(b) == [x]
            and f.support[x] != GRIPPER
            and f.base(y) == BIN
        )

    text = w.rng.choice(
        [
            f"Target state: the {x} in the {b}, the {y} in the bin, and nothing but the {x} in the {b}.",
            f"The desired configuration has the {x} alone in the {b} and the {y} in the bin.",
            f"In the final state the {b} contains only the {x}, and the {y} is in the bin.",
        ]
    )
    moves = [(o, TABLE) for o in w.state.in_bowl(b) if o not in (x, y)]
    return _made(w, text, check, [*moves, (x, b), (y, BIN)])


# ----- desiderative -----------------------------------------------------------------------------------------------
def t118_des_engineer(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    p = w.rng.choice(list(PLACES))

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and f.support[x] == y and f.support[y] == p

    text = w.rng.choice(
        [
            f"I want the {x} on the {y}, and the two of them in the {p}.",
            f"I'd like the {y} moved to the {p} with the {x} stacked on it.",
            f"Ideally the {x} sits on the {y}, and that little stack stands in the {p}.",
        ]
    )
    return _made(w, text, check, [(y, p), (x, y)])


def t118_des_teacher(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    tgt = _roomiest(w, w.bowls, (x,))
    assert tgt is not None

    def check(_i: SymState, f: SymState) -> bool:
        bx = _bowl(f, x)
        return f.held is None and bx is not None and f.in_bowl(bx) == [x]

    text = w.rng.choice(
        [
            f"I'd like the {x} in a bowl all by itself, with no other block in that bowl.",
            f"I want the {x} to have a bowl to itself.",
            f"It would be nice if the {x} ended up alone in a bowl, with no other block sharing it.",
        ]
    )
    moves = [(o, TABLE) for o in w.state.in_bowl(tgt) if o != x]
    return _made(w, text, check, [*moves, (x, tgt)])


def t118_des_puzzler(w: World) -> Made:
    k = len(w.bowls)
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    if len(rest) < k:
        return None
    fill = w.rng.sample(rest, k)

    def check(_i: SymState, f: SymState) -> bool:
        return (
            f.held is None
            and all(len(f.in_bowl(b)) == 1 for b in f.bowls)
            and _bowl(f, x) is None
        )

    if k == 1:
        b = w.bowls[0]
        text = w.rng.choice(
            [
                f"I'd like exactly one block in the {b}, and it mustn't be the {x}.",
                f"I want a single block in the {b}, any block except the {x}.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"I'd like every bowl to hold exactly one block, and the {x} shouldn't be in any of them.",
                f"I'd love a single block in each bowl, just never the {x}.",
                f"What I want is one block per bowl, and the {x} kept out of the bowls.",
            ]
        )
    moves = _out_of_bowls(w, w.bowls) + list(zip(fill, w.bowls))
    return _made(w, text, check, moves)


def t118_des_manager(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    text = w.rng.choice(
        [
            f"I want the {x} and the {y} in the bin, and nothing else in there.",
            f"I'd like the bin to end up holding the {x} and the {y} and no other block.",
            f"I need the {x} and the {y} in the bin, only those two.",
        ]
    )
    return _made(
        w, text, _act(binned([x, y]), none_binned(others)), [(x, BIN), (y, BIN)]
    )


def t118_des_parent(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    p = w.rng.choice(list(PLACES))

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and f.support[x] == p and f.support[y] == p

    text = w.rng.choice(
        [
            f"I'd like the {x} and the {y} side by side in the {p}, not stacked.",
            f"I want the {x} and the {y} both sitting in the {p}, next to each other rather than one on the other.",
            f"It'd be nice to have the {x} and the {y} next to each other in the {p}, no stacking.",
        ]
    )
    return _made(w, text, check, [(x, p), (y, p)])


def t118_des_scientist(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    e = w.rng.choice(w.bowls)
    tgt = _roomiest(w, [b for b in w.bowls if b != e], (x, y))

    def check(_i: SymState, f: SymState) -> bool:
        by = f.base(y)
        return f.held is None and f.support[x] == y and by in f.bowls and by != e

    text = w.rng.choice(
        [
            f"I'd like the {x} resting directly on the {y}, with the {y} in any bowl except the {e}.",
            f"I want the {x} on top of the {y} and the {y} inside a bowl, but not the {e}.",
            f"Preferably the {x} sits on the {y}, and the {y} is in one of the bowls other than the {e}.",
        ]
    )
    return _made(w, text, check, [(y, tgt), (x, y)])


# ----- quantified -------------------------------------------------------------------------------------------------
def t118_qua_engineer(w: World) -> Made:
    k = len(w.bowls)
    extra = len(w.blocks) - k
    if k < 2 or not 0 <= extra <= 2:
        return None
    out = w.pick(w.blocks, extra) if extra else []
    inside = [b for b in w.blocks if b not in out]
    order = w.rng.sample(w.bowls, k)

    def check(_i: SymState, f: SymState) -> bool:
        bases = [f.base(b) for b in inside]
        ok = all(b in f.bowls for b in bases) and len(set(bases)) == len(bases)
        return f.held is None and ok and all(f.base(b) == BIN for b in out)

    if out:
        names = _list(out)
        text = w.rng.choice(
            [
                f"Every block except {names} goes into a bowl, no two sharing a bowl, and {names} go in the bin.",
                f"Put {names} in the bin and every other block in a bowl, with no two blocks in the same bowl.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                "Put every block in a bowl, and no two blocks in the same bowl.",
                "Each block goes into a bowl, one block per bowl.",
                "All the blocks into the bowls, please, and never two in the same bowl.",
            ]
        )
    moves = (
        _out_of_bowls(w, w.bowls) + [(b, BIN) for b in out] + list(zip(inside, order))
    )
    return _made(w, text, check, moves)


def t118_qua_teacher(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]

    def check(_i: SymState, f: SymState) -> bool:
        rest = all(f.base(b) == BIN for b in others)
        return f.held is None and rest and f.support[x] == y and f.base(y) != BIN

    text = w.rng.choice(
        [
            f"Put every block in the bin except the {x} and the {y}, and put the {x} on the {y}.",
            f"All of the blocks go in the bin apart from the {x} and the {y}; the {x} goes on top of the {y}.",
            f"Everything into the bin but the {x} and the {y}, and stack the {x} on the {y}.",
        ]
    )
    return _made(w, text, check, [*((b, BIN) for b in others), (x, y)])


def t118_qua_puzzler(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b, e = w.pick(w.bowls, 2)
    fill = w.pick(w.blocks, 3)

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and len(f.in_bowl(b)) == 2 and len(f.in_bowl(e)) == 1

    text = w.rng.choice(
        [
            f"Exactly two blocks in the {b} and exactly one in the {e}, whichever blocks you like.",
            f"Make it so the {b} has two blocks and the {e} has just one.",
            f"Arrange things so that there are precisely two blocks in the {b} and a single block in the {e}.",
        ]
    )
    moves = _out_of_bowls(w, [b, e]) + [(fill[0], b), (fill[1], b), (fill[2], e)]
    return _made(w, text, check, moves)


def t118_qua_manager(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    b = w.rng.choice(w.bowls)
    others = [o for o in w.blocks if o != x]
    text = w.rng.choice(
        [
            f"Everything goes in the bin except the {x}, which goes in the {b}.",
            f"Bin all the blocks but the {x}; the {x} goes into the {b}.",
            f"All blocks to the bin, with one exception: the {x} goes in the {b}.",
        ]
    )
    return _made(
        w,
        text,
        _act(binned(others), rels(Rel("in", x, b))),
        [*((o, BIN) for o in others), (x, b)],
    )


def t118_qua_parent(w: World) -> Made:
    k = len(w.bowls)
    if k < 2:
        return None
    order = w.rng.sample(w.blocks, len(w.blocks))

    def check(_i: SymState, f: SymState) -> bool:
        every = all(f.base(b) in f.bowls for b in f.blocks)
        return f.held is None and every and all(f.in_bowl(b) for b in f.bowls)

    text = w.rng.choice(
        [
            "Put all the blocks in the bowls, and don't leave any bowl empty.",
            "Every block goes in a bowl, and every bowl gets at least one block.",
            "Tidy up: all the blocks into bowls, at least one block in each bowl.",
        ]
    )
    moves = _out_of_bowls(w, w.bowls) + [
        (blk, w.bowls[i % k]) for i, blk in enumerate(order)
    ]
    return _made(w, text, check, moves)


def t118_qua_scientist(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    p = w.rng.choice(list(PLACES))

    def check(_i: SymState, f: SymState) -> bool:
        there = [b for b in f.blocks if f.support[b] != GRIPPER and f.base(b) == p]
        return (
            f.held is None
            and len(there) == 3
            and {x, y} <= set(there)
            and all(f.support[b] == p for b in there)
        )

    text = w.rng.choice(
        [
            f"Place exactly three blocks in the {p}, the {x} and the {y} among them, none stacked on another.",
            f"Put three blocks, no more, in the {p}: the {x}, the {y} and one more of your choice, all side by side.",
            f"I need exactly three blocks in the {p}, including the {x} and the {y}, with none on top of another.",
        ]
    )
    return _made(w, text, check, [(x, p), (y, p), (z, p)])


# ----- negated ----------------------------------------------------------------------------------------------------
def t118_neg_engineer(w: World) -> Made:
    if len(w.bowls) < 3:
        return None
    x, y = w.pick(w.blocks, 2)
    e = w.rng.choice(w.bowls)
    bx, by = [b for b in w.bowls if b != e]

    def check(_i: SymState, f: SymState) -> bool:
        fx, fy = f.base(x), f.base(y)
        return (
            f.held is None
            and fx in f.bowls
            and fy in f.bowls
            and fx != fy
            and e not in (fx, fy)
        )

    text = w.rng.choice(
        [
            f"Put the {x} and the {y} in bowls, but not in the same bowl, and not in the {e}.",
            f"Neither the {x} nor the {y} goes in the {e}, and they don't share a bowl, but both go in bowls.",
            f"Get the {x} and the {y} into bowls; don't use the {e}, and don't put them together.",
        ]
    )
    return _made(w, text, check, [(x, bx), (y, by)])


def t118_neg_teacher(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    text = w.rng.choice(
        [
            f"Don't leave any block in the {b}, and don't put any of them in the bin.",
            f"Nothing should stay in the {b}, and nothing goes in the bin either.",
            f"Empty the {b}, but not into the bin.",
        ]
    )
    check = _act(lambda _i, f: not f.in_bowl(b), none_binned(w.blocks))
    return _made(w, text, check, _out_of_bowls(w, [b]))


def t118_neg_puzzler(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bases = [
        b
        for b in w.blocks
        if b != x and w.state.is_clear(b) and x not in _below(w.state, b)
    ]
    if not bases:
        return None
    u = w.rng.choice(bases)
    touching = w.rng.random() < 0.5

    def check(_i: SymState, f: SymState) -> bool:
        on_block = f.support[x] in f.support
        return (
            f.held is None
            and on_block
            and (touching or f.base(x) not in (*f.bowls, BIN))
        )

    if touching:
        text = w.rng.choice(
            [
                f"Puzzle for you: the {x} must end up touching neither the table, nor a bowl, nor the bin.",
                f"Find the {x} a resting spot that touches no table, no bowl and no bin.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Put the {x} somewhere that isn't directly on the table, isn't in a bowl and isn't in the bin.",
                f"The {x} may not sit directly on the table, nor in a bowl, nor in the bin; find it a spot.",
            ]
        )
    return _made(w, text, check, [(x, u)])


def t118_neg_manager(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    y = (
        w.rng.choice(covered)
        if covered and w.rng.random() < 0.7
        else w.rng.choice(w.blocks)
    )
    x, z = w.pick([b for b in w.blocks if b != y], 2)
    text = w.rng.choice(
        [
            f"Bin the {x}, but keep the {y} and the {z} out of the bin, and make sure nothing is left on top of the {y}.",
            f"The {x} goes in the bin; the {y} and the {z} don't. Also, nothing should be stacked on the {y}.",
            f"Put the {x} in the bin, not the {y} or the {z}, and don't leave anything sitting on the {y}.",
        ]
    )
    check = _act(rels(Rel("in_bin", x), Rel("clear", y)), none_binned([y, z]))
    return _made(w, text, check, [(x, BIN), (y, None)])


def t118_neg_parent(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.rng.choice(w.blocks)
    e = w.rng.choice(w.bowls)
    tgt = _roomiest(w, [b for b in w.bowls if b != e], (x,))

    def check(_i: SymState, f: SymState) -> bool:
        bx = f.base(x)
        return f.held is None and bx in f.bowls and bx != e and f.support[x] == bx

    text = w.rng.choice(
        [
            f"Put the {x} in a bowl, not the {e}, and not on top of another block.",
            f"The {x} goes in a bowl, but not the {e}, and don't stack it on anything.",
            f"Pop the {x} into any bowl except the {e}, right on the bottom, not on another block.",
        ]
    )
    return _made(w, text, check, [(x, tgt)])


def t118_neg_scientist(w: World) -> Made:
    in_b = w.in_bowls()
    if in_b and w.rng.random() < 0.6:
        y = w.rng.choice(in_b)
        b = w.state.base(y)
    else:
        y = w.rng.choice(w.blocks)
        b = w.rng.choice(w.bowls)
    x = w.rng.choice([o for o in w.blocks if o != y])

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and f.support[x] == y and f.base(y) not in (b, BIN)

    text = w.rng.choice(
        [
            f"Put the {x} on the {y}, but the pair must not end up in the {b} or in the bin.",
            f"Condition: the {x} on top of the {y}, with neither of them in the {b} nor in the bin.",
            f"The {x} should rest on the {y}; that stack may not be in the {b}, and may not be in the bin.",
        ]
    )
    moves: list[tuple[str, str | None]] = [(y, TABLE)] if w.state.base(y) == b else []
    return _made(w, text, check, [*moves, (x, y)])


# ----- relative ---------------------------------------------------------------------------------------------------
def t118_rel_engineer(w: World) -> Made:
    pairs = w.pairs()
    in_b = w.in_bowls()
    if not pairs or not in_b:
        return None
    t, y = w.rng.choice(pairs)
    zs = [z for z in in_b if z not in (t, y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    bz = w.state.base(z)

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and f.base(t) == bz and z not in _below(f, t)

    text = w.rng.choice(
        [
            (
                f"Take the block that's sitting on the {y} and put it in the bowl the {z} is in, "
                f"next to the {z} rather than on it."
            ),
            f"Whatever block is on top of the {y}: move it into the same bowl as the {z}, but not onto the {z}.",
            f"The block that rests on the {y} should go into the bowl that holds the {z}, beside the {z}, not on it.",
        ]
    )
    return _made(w, text, check, [(t, bz)])


def t118_rel_teacher(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    b = w.rng.choice(singles)
    (t,) = w.state.in_bowl(b)
    x = w.rng.choice([o for o in w.blocks if o != t])
    text = w.rng.choice(
        [
            f"The block that's in the {b} goes into the bin, and the {x} takes its place in the {b}.",
            f"Take the block that is in the {b}, put it in the bin, and put the {x} in the {b} instead.",
            f"Whichever block is in the {b} right now, bin it, and then put the {x} in the {b}.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("in_bin", t), Rel("in", x, b))), [(t, BIN), (x, b)]
    )


def t118_rel_puzzler(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    pairs = w.pairs()
    if len(empties) != 1 or not pairs:
        return None
    e = empties[0]
    x, u = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Move the block the {x} is sitting on into the empty bowl, and put the {x} back on top of it.",
            f"The block underneath the {x} goes into the bowl that has nothing in it, with the {x} back on top.",
            f"Find the block under the {x}, move it into the bowl that's empty, and set the {x} on it again.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("in", u, e), Rel("on", x, u))), [(u, e), (x, u)]
    )


def t118_rel_manager(w: World) -> Made:
    in_b = w.in_bowls()
    rest = [b for b in w.blocks if b not in in_b]
    if not in_b or not rest or len(in_b) > len(layout.BIN_SLOTS):
        return None
    x = w.rng.choice(rest)
    b = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Every block that's in a bowl right now goes to the bin, and the {x} goes in the {b}.",
            f"The blocks currently sitting in bowls: bin them all. The {x} then goes into the {b}.",
            f"Whatever blocks are in the bowls at the moment go into the bin, and the {x} ends up in the {b}.",
        ]
    )
    return _made(
        w,
        text,
        _act(binned(in_b), rels(Rel("in", x, b))),
        [*((o, BIN) for o in in_b), (x, b)],
    )


def t118_rel_parent(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, x = w.rng.choice(pairs)
    b = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Put the block that's on top of the {x} into the {b}, and then put the {x} on top of it.",
            f"See the block sitting on the {x}? Put it in the {b}, and put the {x} on it.",
            f"The block on the {x} goes into the {b}, and the {x} goes on top of that block.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("in", t, b), Rel("on", x, t))), [(t, b), (x, t)]
    )


def t118_rel_scientist(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    cands = sorted((w.dist(o, b), o) for o in w.blocks if _bowl(w.state, o) is None)
    if len(cands) < 2 or cands[1][0] - cands[0][0] < 0.03:
        return None
    t = cands[0][1]
    if w.state.support[t] not in _FLOOR or not w.state.is_clear(t):
        return None
    y = w.rng.choice([o for o in w.blocks if o != t])
    text = w.rng.choice(
        [
            f"Take the block on the table that's closest to the {b}, put it in the {b}, and put the {y} in the bin.",
            f"The block on the table nearest the {b} goes into the {b}; the {y} goes into the bin.",
            f"Of the blocks on the table, the one nearest to the {b} goes into it, and the {y} goes to the bin.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("in", t, b), Rel("in_bin", y))), [(t, b), (y, BIN)]
    )


# ----- keep -------------------------------------------------------------------------------------------------------
def t118_keep_engineer(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y, z, k = w.pick(w.blocks, 4)
    text = w.rng.choice(
        [
            f"Put the {x} in the bin and the {y} on the {z}, and don't touch the {k}.",
            f"Bin the {x}, stack the {y} on the {z}, and leave the {k} alone.",
            f"I need the {x} in the bin and the {y} on top of the {z}; the {k} stays exactly where it is.",
        ]
    )
    return _made(
        w,
        text,
        _act(rels(Rel("in_bin", x), Rel("on", y, z)), kept(k)),
        [(x, BIN), (y, z)],
    )


def t118_keep_teacher(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    tgt = _roomiest(w, w.bowls, (x, y))

    def check(_i: SymState, f: SymState) -> bool:
        bx = f.base(x)
        return f.held is None and bx in f.bowls and bx == f.base(y)

    text = w.rng.choice(
        [
            f"Put the {x} and the {y} in the same bowl, but leave the {z} exactly where it is.",
            f"The {x} and the {y} need to share a bowl; the {z} must not move.",
            f"Get the {x} and the {y} into one bowl together, without moving the {z}.",
        ]
    )
    return _made(w, text, both(check, kept(z)), [(x, tgt), (y, tgt)])


def t118_keep_puzzler(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y, z, k = w.pick(w.blocks, 4)
    text = w.rng.choice(
        [
            f"Can you get the {x} onto the {y} without moving the {z} or the {k}?",
            f"Put the {x} on the {y}, but the {z} and the {k} must not move.",
            f"Stack the {x} on the {y}, while the {z} and the {k} stay put.",
        ]
    )
    return _made(w, text, _act(rels(Rel("on", x, y)), kept(z, k)), [(x, y)])


def t118_keep_manager(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    text = w.rng.choice(
        [
            f"Bin the {x} and the {y}, and leave everything else exactly where it is.",
            f"Only the {x} and the {y} move, and they go in the bin. Nothing else gets touched.",
            f"Throw the {x} and the {y} in the bin; every other block stays where it is.",
        ]
    )
    return _made(w, text, _act(binned([x, y]), kept(*others)), [(x, BIN), (y, BIN)])


def t118_keep_parent(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    b = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Put the {x} in the {b}, and leave the {y} and the {z} alone.",
            f"Pop the {x} into the {b}, but don't move the {y} or the {z}.",
            f"The {x} goes in the {b}; hands off the {y} and the {z}.",
        ]
    )
    return _made(w, text, _act(rels(Rel("in", x, b)), kept(y, z)), [(x, b)])


def t118_keep_scientist(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    p = w.rng.choice(list(PLACES))
    others = [b for b in w.blocks if b not in (x, y)]

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and f.support[x] == p and f.support[y] == x

    text = w.rng.choice(
        [
            f"Transfer the {x} to the {p} and place the {y} on it; every other block must remain where it is.",
            f"Move the {x} to the {p}, stack the {y} on top, and leave all the other blocks undisturbed.",
            f"Relocate the {x} to the {p} with the {y} on top of it, changing nothing else.",
        ]
    )
    return _made(w, text, both(check, kept(*others)), [(x, p), (y, x)])


# ----- multi-step -------------------------------------------------------------------------------------------------
def t118_multi_engineer(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    contents = w.state.in_bowl(b)
    rest = [o for o in w.blocks if o not in contents]
    if not rest:
        return None
    x = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"First empty the {b} into the bin, then put the {x} in the {b}.",
            f"Step one, dump everything in the {b} into the bin; step two, drop the {x} in the {b}.",
            f"Clear the {b} out into the bin, and after that put the {x} in it.",
        ]
    )
    return _made(
        w,
        text,
        _act(binned(contents), rels(Rel("in", x, b))),
        [*((o, BIN) for o in contents), (x, b)],
    )


def t118_multi_teacher(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    x = w.rng.choice(covered)
    ys = [o for o in w.blocks if o != x and o not in w.state.above(x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    b = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"First take everything off the {x}, then put the {x} in the {b}, and then stack the {y} on it.",
            f"Start by clearing the top of the {x}. Next, move the {x} into the {b}. Last, put the {y} on the {x}.",
            f"Unstack whatever is on the {x}, put the {x} in the {b}, and finish by setting the {y} on the {x}.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("in", x, b), Rel("on", y, x))), [(x, b), (y, x)]
    )


def t118_multi_puzzler(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    b = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"First put the {x} on the {y}, then the {z} on the {x}, and then get that whole stack into the {b}.",
            f"Build a three-block tower in the {b}: the {y} first, then the {x} on it, then the {z} on top.",
            f"Start with the {y} in the {b}, put the {x} on the {y} next, and finish with the {z} on the {x}.",
        ]
    )
    check = _act(rels(Rel("on", x, y), Rel("on", z, x), Rel("in", y, b)))
    return _made(w, text, check, [(y, b), (x, y), (z, x)])


def t118_multi_manager(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    b = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Step one: bin the {x}. Step two: put the {y} in the {b}. Step three: stack the {z} on the {y}.",
            f"First the {x} goes in the bin, then the {y} goes in the {b}, and finally the {z} goes on top of the {y}.",
            f"Bin the {x} first, after that move the {y} into the {b}, and then put the {z} on the {y}.",
        ]
    )
    check = _act(rels(Rel("in_bin", x), Rel("in", y, b), Rel("on", z, y)))
    return _made(w, text, check, [(x, BIN), (y, b), (z, y)])


def t118_multi_parent(w: World) -> Made:
    in_b = w.in_bowls()
    if not in_b:
        return None
    x = w.rng.choice(in_b)
    a = w.state.base(x)
    ys = [o for o in w.blocks if w.state.base(o) != a]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"First put the {x} in the bin, then put the {y} in the bowl the {x} was in.",
            f"Take the {x} out of its bowl and into the bin, and then put the {y} into that same bowl.",
            f"Move the {x} to the bin; after that, the {y} goes into the bowl the {x} came out of.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("in_bin", x), Rel("in", y, a))), [(x, BIN), (y, a)]
    )


def t118_multi_scientist(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    p1, p2 = w.pick(list(PLACES), 2)

    def check(_i: SymState, f: SymState) -> bool:
        return (
            f.held is None
            and f.support[x] == p1
            and f.support[y] == p2
            and f.support[z] == x
        )

    text = w.rng.choice(
        [
            f"First place the {x} in the {p1}, then the {y} in the {p2}, then stack the {z} on the {x}.",
            f"Procedure: move the {x} to the {p1}; move the {y} to the {p2}; finally put the {z} on the {x}.",
            f"Begin by putting the {x} in the {p1}, next the {y} in the {p2}, and end with the {z} on top of the {x}.",
        ]
    )
    return _made(w, text, check, [(x, p1), (y, p2), (z, x)])


# ----- questions --------------------------------------------------------------------------------------------------
def t118_q_engineer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x, y = _pick_prefer(w, w.in_bowls(), 2)
    s = w.state
    bx, by = _bowl(s, x), _bowl(s, y)
    flag = bx is not None and by is not None and bx != by
    text = w.rng.choice(
        [
            f"Are the {x} and the {y} both in bowls, and in different bowls?",
            f"Quick check: are the {x} and the {y} each in a bowl, but not the same one?",
            f"Is it true that the {x} and the {y} are in two different bowls?",
        ]
    )
    return text, answered(yes(flag))


def t118_q_teacher(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b = w.rng.choice(w.bowls)
    n = sum(1 for o in w.blocks if _bowl(w.state, o) not in (None, b))
    if n < 1:
        return None
    text = w.rng.choice(
        [
            f"How many blocks are in bowls other than the {b}?",
            f"Not counting the {b}, how many blocks are sitting in bowls?",
            f"Can you tell me how many blocks are in a bowl that isn't the {b}?",
        ]
    )
    return text, answered(str(n))


def t118_q_puzzler(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(w.blocks, 2)
    s = w.state
    if y in _below(s, x) and s.support[x] != y:
        return None
    flag = s.support[x] == y and _bowl(s, y) is None
    text = w.rng.choice(
        [
            f"Is the {x} sitting on the {y}, with the {y} not in any bowl?",
            f"Riddle me this: is the {x} directly on the {y}, and is the {y} outside all the bowls?",
            f"Is it the case that the {x} rests on the {y} and neither of them is in a bowl?",
        ]
    )
    return text, answered(yes(flag))


def t118_q_manager(w: World) -> Made:
    s = w.state
    n = sum(1 for o in w.blocks if _bowl(s, o) is None and s.is_clear(o))
    if n < 1:
        return None
    text = w.rng.choice(
        [
            "How many blocks are outside the bowls with nothing stacked on them?",
            "Give me a count: blocks that aren't in a bowl and have nothing on top of them.",
            "How many blocks are not in any bowl and have nothing sitting on them?",
        ]
    )
    return text, answered(str(n))


def t118_q_parent(w: World) -> Made:
    s = w.state
    same = [
        (a, c)
        for a in w.in_bowls()
        for c in w.in_bowls()
        if a != c and s.base(a) == s.base(c)
    ]
    if same and w.rng.random() < 0.6:
        x, y = w.rng.choice(same)
    else:
        x, y = w.pick(w.blocks, 2)
    if y in _below(s, x) and s.support[x] != y:
        return None
    bx = _bowl(s, x)
    flag = bx is not None and bx == _bowl(s, y) and s.support[x] != y
    text = w.rng.choice(
        [
            f"Is the {x} in the same bowl as the {y}, but not sitting on it?",
            f"Are the {x} and the {y} sharing a bowl, without the {x} being on top of the {y}?",
            *(
                [f"Is the {x} in the {y}'s bowl, and not stacked on the {y}?"]
                if _bowl(s, y)
                else []
            ),
        ]
    )
    return text, answered(yes(flag))


def t118_q_scientist(w: World) -> Made:
    s = w.state
    b = w.rng.choice(w.bowls)
    in_b = {o for o in w.blocks if s.base(o) == b}
    stacked = {o for o in w.blocks if s.support[o] in s.support}
    if in_b & stacked:
        return None  # "or" would read differently as inclusive and exclusive
    n = len(in_b | stacked)
    if n < 1:
        return None
    text = w.rng.choice(
        [
            f"How many blocks are in the {b} or resting on another block?",
            f"Count the blocks that are in the {b} or on top of another block: how many are there?",
            f"How many blocks are there that sit in the {b} or are stacked on some other block?",
        ]
    )
    return text, answered(str(n))


# ----- matching ---------------------------------------------------------------------------------------------------
def _assign_mismatched(w: World, blocks: list[str]) -> list[str] | None:
    """Distinct bowls for `blocks`, none of a block's own colour, with room (None if there are none)."""
    for _ in range(12):
        order = w.rng.sample(w.bowls, len(blocks))
        if all(w.colour(b) != w.colour(o) for b, o in zip(blocks, order)):
            return order
    return None


def t118_match_engineer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    owned = [b for b in w.blocks if _own(w, b)]
    x, y = _pick_prefer(w, owned, 2, 0.5) if len(owned) >= 2 else w.pick(w.blocks, 2)
    order = _assign_mismatched(w, [x, y])
    if order is None:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        fx, fy = f.base(x), f.base(y)
        if f.held is not None or fx not in f.bowls or fy not in f.bowls or fx == fy:
            return False
        return f.colours[fx] != f.colours[x] and f.colours[fy] != f.colours[y]

    text = w.rng.choice(
        [
            f"Put the {x} and the {y} in different bowls, and neither one in the bowl of its own colour.",
            f"The {x} and the {y} go into two separate bowls, but not into bowls that match their colours.",
            f"Split the {x} and the {y} between two bowls, and don't let either land in a bowl of its own colour.",
        ]
    )
    return _made(w, text, check, [(x, order[0]), (y, order[1])])


def t118_match_teacher(w: World) -> Made:
    owned = [b for b in w.blocks if _own(w, b)]
    if len(owned) < 2:
        return None
    x = w.rng.choice(owned)
    want = [Rel("in", b, o) for b in owned if b != x and (o := _own(w, b))]
    text = w.rng.choice(
        [
            f"Put each block in the bowl of its own colour, except the {x}, which goes in the bin.",
            f"Sort the blocks by colour into the matching bowls, all but the {x}; that one goes in the bin.",
            f"Every block that has a bowl of the same colour goes into it, apart from the {x}, which belongs in the bin.",
        ]
    )
    moves = _settle(w, want, [(x, BIN)])
    return _made(w, text, _act(rels(Rel("in_bin", x), *want)), moves)


def t118_match_puzzler(w: World) -> Made:
    owned = [b for b in w.blocks if _own(w, b)]
    rest = [b for b in w.blocks if b not in owned]
    if not owned or not rest or len(rest) > len(layout.BIN_SLOTS):
        return None
    want = [Rel("in", b, o) for b in owned if (o := _own(w, b))]
    text = w.rng.choice(
        [
            "Every block that matches a bowl's colour goes into that bowl, and every block that doesn't goes in the bin.",
            "Colour puzzle: blocks with a same-coloured bowl go in it; the rest go in the bin.",
            "If a block has a bowl of its colour, put it there; if not, bin it.",
        ]
    )
    moves = _settle(w, want, [(b, BIN) for b in rest])
    return _made(w, text, _act(rels(*want), binned(rest)), moves)


def t118_match_manager(w: World) -> Made:
    owned = [b for b in w.blocks if _own(w, b)]
    if not owned:
        return None
    x = w.rng.choice(owned)
    bx = _own(w, x)
    assert bx is not None
    y = w.rng.choice([o for o in w.blocks if o != x])
    text = w.rng.choice(
        [
            f"Put the {x} in the bowl that matches its colour, and the {y} on top of it.",
            f"Get the {x} into its matching bowl and then stack the {y} on the {x}.",
            f"The {x} goes in the bowl of the same colour, with the {y} sitting on it.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("in", x, bx), Rel("on", y, x))), [(x, bx), (y, x)]
    )


def t118_match_parent(w: World) -> Made:
    owned = [b for b in w.blocks if _own(w, b)]
    x = (
        w.rng.choice(owned)
        if owned and w.rng.random() < 0.7
        else w.rng.choice(w.blocks)
    )
    y = w.rng.choice([o for o in w.blocks if o != x])
    ok = [b for b in w.bowls if w.colour(b) not in (w.colour(x), w.colour(y))]
    if not ok:
        return None
    tgt = _roomiest(w, ok, (x, y))

    def check(_i: SymState, f: SymState) -> bool:
        bx = f.base(x)
        good = bx in f.bowls and bx == f.base(y)
        return (
            f.held is None
            and good
            and f.colours[bx] not in (f.colours[x], f.colours[y])
        )

    text = w.rng.choice(
        [
            f"Put the {x} and the {y} in the same bowl, but not in a bowl that matches either of their colours.",
            f"The {x} and the {y} should share a bowl, and it can't be the same colour as either of them.",
            f"Sweetheart, put the {x} and the {y} together in one bowl, one whose colour matches neither of them.",
        ]
    )
    return _made(w, text, check, [(x, tgt), (y, tgt)])


def t118_match_scientist(w: World) -> Made:
    owned = [b for b in w.blocks if _own(w, b)]
    if len(owned) < 2 and not (owned and w.rng.random() < 0.5):
        return None
    pool = owned if owned and w.rng.random() < 0.5 else w.blocks
    x = w.rng.choice(pool)
    want = [Rel("in", b, o) for b in owned if b != x and (o := _own(w, b))]
    if not want:
        return None
    text = w.rng.choice(
        [
            f"Sort every block into the bowl of its own colour, but leave the {x} exactly where it is.",
            f"Match the blocks to their same-coloured bowls, with one control: the {x} stays put.",
            f"Put each block into the bowl of its colour, except the {x}, which must not be moved.",
        ]
    )
    moves = _settle(w, want)
    return _made(w, text, _act(rels(*want), kept(x)), moves)


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
_STYLES = ("engineer", "teacher", "puzzler", "manager", "parent", "scientist")
FRESH118: list[Template] = [
    (f"t118_{short}_{style}", category, globals()[f"t118_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
