"""`FRESH81`, the eighty-second untuned batch: sixty language templates, six per category, for the offline planner.

Theme: goals stated as how the table should look at the end, not as commands. People state facts about the
finished table, say what they wish to find, set conditions for when the work is over, contrast how things are now
with how they should be, describe the finished arrangement as a picture, or give the test by which the job counts
as done. Questions ask about the table as it is now. The six styles:

- fact: "The orange block is on the pink block, and the pink block is on the green block."
- wish: "I'd like the pink block and the blue block to end up in the white bowl."
- when: "When you're done, the red bowl should be empty."
- contrast: "The purple block is in the white bowl at the moment. It should be in the bottom left corner."
- picture: "Picture the finished table: no block sitting on another block, every one of them on its own."
- done: "It's done when the orange block is sitting on the purple block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb2404a, after every fix before it and before anything it could prompt):
0.697 goal-correct (209 of 300), 83 refused, 3 asked, 5 wrong: one wrong action ('Picture the finished table: no block
sitting on another block, every one of them on its own.' did nothing) and four wrong replies ('I want to know how many
blocks the white bowl has in it right now.' answered with the help text; 'Is X in W already, as things are now?' said
there is no such bowl).
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
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

BIN_CAPACITY = len(layout.BIN_SLOTS)
PLACE_CAPACITY = len(layout.PLACE_SLOTS)
Move = tuple[str, str]  # (block, target): the intended plan, for the self-check only


# ----- helpers --------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _made(w: World, text: str, check: Check, moves: list[Move]) -> Made:
    """The instance, unless its goal holds already; the check (with an idle gripper) remembers the moves
    that reach it, for the self-check."""
    full = both(check, _idle)
    if full(w.state, w.state):
        return None
    full.moves = moves  # type: ignore[attr-defined]
    return text, full


def _ask(text: str, answer: str) -> Made:
    return text, answered(answer)


def _level(st: SymState, b: str) -> int:
    """How high `b` stands in its tower: 1 on the table, in a bowl or at a place."""
    n, s = 1, st.support[b]
    while s in st.support:
        n, s = n + 1, st.support[s]
    return n


def _below(st: SymState, b: str) -> list[str]:
    out, s = [], st.support[b]
    while s in st.support:
        out.append(s)
        s = st.support[s]
    return out


def _on_table(st: SymState, b: str) -> bool:
    return st.base(b) in (TABLE, *PLACES)


def _stackable(st: SymState, x: str, y: str) -> bool:
    """x can go on y: y's tower stands on the table and has room, and x is not under y."""
    return (
        x != y
        and _on_table(st, y)
        and _level(st, y) < layout.MAX_TOWER
        and x not in _below(st, y)
    )


def _n_bin(st: SymState) -> int:
    return sum(st.base(b) == BIN for b in st.blocks)


def _room(st: SymState, bowl: str, k: int = 1) -> bool:
    return len(st.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _where(w: World, b: str) -> str:
    s = w.state.support[b]
    if s in w.state.bowls:
        return f"in the {s}"
    if s in w.state.support:
        return f"on the {s}"
    if s in PLACES:
        return f"in {_place(s)}"
    if s == BIN:
        return "in the bin"
    return "on the table"


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _block_of(w: World, bowl: str) -> str:
    """The block of the bowl's colour ("" if none)."""
    return next((b for b in w.blocks if w.colour(b) == w.colour(bowl)), "")


def _towers(st: SymState) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first."""
    roots = [b for b in st.blocks if st.support[b] not in st.support and st.on_top(b)]
    return [[r, *st.above(r)[::-1]] for r in roots]


def _extreme(w: World, right: bool) -> str | None:
    """The leftmost (or rightmost) block, when it is clearly so (towers share a position)."""
    ys = sorted(w.blocks, key=w.y, reverse=right)
    if len(ys) < 2 or abs(w.y(ys[0]) - w.y(ys[1])) < 0.04:
        return None
    return ys[0]


def _free_places(w: World) -> list[str]:
    st = w.state
    return [
        p for p in PLACES if sum(s == p for s in st.support.values()) < PLACE_CAPACITY
    ]


def _choose(w: World, options: list[str]) -> str:
    return w.rng.choice(options)


# ----- imperative: one block, one destination -------------------------------------------------------
def t81_imp_fact(w: World) -> Made:
    st = w.state
    x = _one(w, w.blocks)
    if x is None:
        return None
    y = _one(w, [b for b in w.blocks if _stackable(st, x, b) and st.support[x] != b])
    if y is None:
        return None
    text = _choose(
        w,
        [
            f"Make it so the {x} is sitting on the {y}.",
            f"See to it that the {x} ends up on top of the {y}.",
            f"Get things so the {x} is resting on the {y}.",
        ],
    )
    return _made(w, text, rels(Rel("on", x, y)), [(x, y)])


def t81_imp_wish(w: World) -> Made:
    st = w.state
    if _n_bin(st) >= BIN_CAPACITY:
        return None
    x = _one(w, [b for b in w.blocks if st.base(b) != BIN])
    if x is None:
        return None
    text = _choose(
        w,
        [
            f"I'd like the {x} to end up in the bin, please.",
            f"Could you make it so the {x} ends up in the bin? That's what I'd like.",
            f"I want the {x} in the bin by the end, if you would.",
        ],
    )
    return _made(w, text, rels(Rel("in_bin", x)), [(x, BIN)])


def t81_imp_when(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if _room(st, b)])
    if bowl is None:
        return None
    x = _one(w, [b for b in w.blocks if st.base(b) != bowl])
    if x is None:
        return None
    text = _choose(
        w,
        [
            f"When you're done, the {x} should be in the {bowl}.",
            f"By the time you finish, make sure the {x} is sitting in the {bowl}.",
            f"Once you're through, I expect to find the {x} inside the {bowl}.",
        ],
    )
    return _made(w, text, rels(Rel("in", x, bowl)), [(x, bowl)])


def t81_imp_contrast(w: World) -> Made:
    p = _one(w, _free_places(w))
    x = _one(w, w.blocks)
    if p is None or x is None or w.state.base(x) == p:
        return None
    text = _choose(
        w,
        [
            f"Right now the {x} is {_where(w, x)}; make it so it's in {_place(p)} instead.",
            f"The {x} is {_where(w, x)} at the moment. It should be in {_place(p)}.",
            f"At the moment the {x} sits {_where(w, x)} - change that so it ends up in {_place(p)}.",
        ],
    )
    return _made(w, text, rels(Rel("at", x, p)), [(x, p)])


def t81_imp_picture(w: World) -> Made:
    st = w.state
    x = _one(w, [b for b in w.blocks if st.support[b] not in (TABLE, *PLACES, BIN)])
    if x is None:
        return None
    text = _choose(
        w,
        [
            f"Arrange things so the {x} is standing directly on the table.",
            f"Picture the {x} sitting on the bare table, not on anything - make it look like that.",
            f"Set it up so the {x} rests on the table itself.",
        ],
    )
    return _made(w, text, rels(Rel("on_table", x)), [(x, TABLE)])


def t81_imp_done(w: World) -> Made:
    st = w.state
    y = _one(w, [b for b in w.blocks if _on_table(st, b)])
    if y is None:
        return None
    x = _one(w, [b for b in w.blocks if _stackable(st, b, y) and st.support[b] != y])
    if x is None:
        return None
    text = _choose(
        w,
        [
            f"Keep going until the {x} is on the {y}; then you're done.",
            f"It's done when the {x} is resting on top of the {y}. Make it happen.",
            f"Do what it takes - the job is finished once the {x} sits on the {y}.",
        ],
    )
    return _made(w, text, rels(Rel("on", x, y)), [(x, y)])


# ----- declarative: the end state as plain statements -----------------------------------------------
def t81_dec_fact(w: World) -> Made:
    st = w.state
    c = _one(
        w,
        [
            b
            for b in w.blocks
            if _on_table(st, b) and _level(st, b) <= layout.MAX_TOWER - 2
        ],
    )
    if c is None:
        return None
    rest = [b for b in w.blocks if b != c and b not in _below(st, c)]
    if len(rest) < 2:
        return None
    a, b = w.pick(rest, 2)
    text = _choose(
        w,
        [
            f"The {a} is on the {b}, and the {b} is on the {c}.",
            f"The {a} sits on the {b}, which sits on the {c}.",
            f"The {b} is on top of the {c}; the {a} is on top of the {b}.",
        ],
    )
    return _made(w, text, rels(Rel("on", a, b), Rel("on", b, c)), [(b, c), (a, b)])


def t81_dec_wish(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if _room(st, b)])
    if bowl is None:
        return None
    x = _one(w, [b for b in w.blocks if st.base(b) != bowl])
    if x is None:
        return None
    text = _choose(
        w,
        [
            f"The {x} is in the {bowl} - that's how I'd like it.",
            f"Here's what I'd love to see: the {x} is in the {bowl}.",
            f"Ideally, the {x} is in the {bowl}.",
        ],
    )
    return _made(w, text, rels(Rel("in", x, bowl)), [(x, bowl)])


def t81_dec_when(w: World) -> Made:
    p = _one(w, _free_places(w))
    x = _one(w, w.blocks)
    if p is None or x is None:
        return None
    text = _choose(
        w,
        [
            f"When you're finished, the {x} is in {_place(p)}.",
            f"By the end, the {x} is in {_place(p)}.",
            f"Once it's all over, the {x} is sitting in {_place(p)}.",
        ],
    )
    return _made(w, text, rels(Rel("at", x, p)), [(x, p)])


def t81_dec_contrast(w: World) -> Made:
    st = w.state
    x = _one(w, w.blocks)
    if x is None:
        return None
    y = _one(w, [b for b in w.blocks if _stackable(st, x, b) and st.support[x] != b])
    if y is None:
        return None
    text = _choose(
        w,
        [
            f"The {x} is {_where(w, x)} now. At the end it is on the {y}.",
            f"Now: the {x} is {_where(w, x)}. Afterwards: the {x} is on the {y}.",
            f"Before, the {x} is {_where(w, x)}; after, it's on the {y}.",
        ],
    )
    return _made(w, text, rels(Rel("on", x, y)), [(x, y)])


def t81_dec_picture(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if _room(st, b)])
    if bowl is None or _n_bin(st) >= BIN_CAPACITY:
        return None
    cands = [b for b in w.blocks if st.base(b) not in (bowl, BIN)]
    if len(cands) < 2:
        return None
    x, z = w.pick(cands, 2)
    text = _choose(
        w,
        [
            f"The finished table looks like this: the {x} is in the {bowl}, and the {z} is in the bin.",
            f"Here's the end result: the {z} is in the bin and the {x} is in the {bowl}.",
            f"The way it looks at the end: the {x} in the {bowl}, the {z} in the bin.",
        ],
    )
    check = rels(Rel("in", x, bowl), Rel("in_bin", z))
    return _made(w, text, check, [(x, bowl), (z, BIN)])


def t81_dec_done(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    text = _choose(
        w,
        [
            f"It's done when the {y} is sitting on the {x} and the {x} is right on the table.",
            f"The job is finished when the {x} stands on the table with the {y} on top of it.",
            f"You're done once the {x} is on the table and the {y} is on the {x}.",
        ],
    )
    check = rels(Rel("on_table", x), Rel("on", y, x))
    return _made(w, text, check, [(y, TABLE), (x, TABLE), (y, x)])


# ----- desiderative: what the user wants to find ----------------------------------------------------
def t81_des_fact(w: World) -> Made:
    st = w.state
    x = _one(w, w.blocks)
    if x is None:
        return None
    y = _one(w, [b for b in w.blocks if _stackable(st, x, b) and st.support[x] != b])
    if y is None:
        return None
    text = _choose(
        w,
        [
            f"All I need is for the {x} to be on the {y}.",
            f"What I want is the {x} sitting on the {y}.",
            f"I need the {x} to be on top of the {y}, that's it.",
        ],
    )
    return _made(w, text, rels(Rel("on", x, y)), [(x, y)])


def t81_des_wish(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if _room(st, b, 2)])
    if bowl is None:
        return None
    cands = [b for b in w.blocks if st.base(b) != bowl]
    if len(cands) < 2:
        return None
    x, z = w.pick(cands, 2)
    text = _choose(
        w,
        [
            f"I'd like the {x} and the {z} to end up in the {bowl}.",
            f"I'd love it if the {x} and the {z} were both in the {bowl} at the end.",
            f"Ideally I'd want both the {x} and the {z} in the {bowl}.",
        ],
    )
    return _made(
        w, text, rels(Rel("in", x, bowl), Rel("in", z, bowl)), [(x, bowl), (z, bowl)]
    )


def t81_des_when(w: World) -> Made:
    p = _one(w, _free_places(w))
    x = _one(w, w.blocks)
    if p is None or x is None:
        return None
    text = _choose(
        w,
        [
            f"When you're done, I'd love for the {x} to be in {_place(p)}.",
            f"I want the {x} in {_place(p)} by the time you're finished.",
            f"Once you're through, I'd like to see the {x} in {_place(p)}.",
        ],
    )
    return _made(w, text, rels(Rel("at", x, p)), [(x, p)])


def t81_des_contrast(w: World) -> Made:
    st = w.state
    if _n_bin(st) >= BIN_CAPACITY:
        return None
    x = _one(w, [b for b in w.blocks if st.base(b) != BIN])
    if x is None:
        return None
    text = _choose(
        w,
        [
            f"The {x} is {_where(w, x)} right now, but I'd rather have it in the bin.",
            f"At the moment the {x} is {_where(w, x)}; I want it in the bin instead.",
            f"Right now the {x} sits {_where(w, x)}. I'd prefer it in the bin.",
        ],
    )
    return _made(w, text, rels(Rel("in_bin", x)), [(x, BIN)])


def _bottom(c: str) -> Check:
    """c stands at the bottom of its tower (on the table, at a place or in a bowl)."""
    return lambda _i, f: f.support[c] not in f.support


def t81_des_picture(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = _choose(
        w,
        [
            (
                f"I'm picturing one tower: the {c} at the bottom, then the {b}, then the {a} on top. "
                "That's what I'd like."
            ),
            f"I'd like a single tower with the {c} at the bottom, the {b} on it and the {a} at the top.",
            (
                f"What I have in mind is the {a} on the {b} and the {b} on the {c}, with the {c} "
                "on the table."
            ),
        ],
    )
    return _made(
        w,
        text,
        both(rels(Rel("on", a, b), Rel("on", b, c)), _bottom(c)),
        [(a, TABLE), (b, TABLE), (c, TABLE), (b, c), (a, b)],
    )


def t81_des_done(w: World) -> Made:
    st = w.state
    if _n_bin(st) + 2 > BIN_CAPACITY:
        return None
    cands = [b for b in w.blocks if st.base(b) != BIN]
    if len(cands) < 2:
        return None
    x, z = w.pick(cands, 2)
    text = _choose(
        w,
        [
            f"I'll be happy once the {x} and the {z} are both in the bin.",
            f"I'd be satisfied when the {x} and the {z} have ended up in the bin.",
            f"For me it's done when both the {z} and the {x} are in the bin.",
        ],
    )
    return _made(w, text, binned([x, z]), [(x, BIN), (z, BIN)])


# ----- quantified -----------------------------------------------------------------------------------
def t81_qua_fact(w: World) -> Made:
    if len(w.blocks) > BIN_CAPACITY:
        return None
    text = _choose(
        w,
        [
            "Every block is in the bin.",
            "All the blocks are in the bin at the end.",
            "Every single block ends up in the bin.",
        ],
    )
    moves = [(b, BIN) for b in w.blocks]
    return _made(w, text, binned(w.blocks), moves)


def t81_qua_wish(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if len(st.in_bowl(b)) < 2])
    if bowl is None:
        return None
    outside = [b for b in w.blocks if st.base(b) != bowl]
    need = 2 - len(st.in_bowl(bowl))
    if len(outside) < need:
        return None
    text = _choose(
        w,
        [
            f"I'd like there to be exactly two blocks in the {bowl} - any two.",
            f"I want two blocks in the {bowl}, no more and no fewer. Which ones doesn't matter.",
            f"I'd love to see the {bowl} holding two blocks, whichever two you like.",
        ],
    )
    moves = [(b, bowl) for b in outside[:need]]
    return _made(w, text, count_in(bowl, 2), moves)


def t81_qua_when(w: World) -> Made:
    st = w.state
    if not w.in_bowls():
        return None
    if len(w.bowls) > 1:
        options = [
            "When you're done, every bowl should be empty.",
            "By the end, none of the bowls should have anything in it.",
            "When you finish, all the bowls are empty.",
        ]
    else:
        options = [
            "When you're done, not a single block should be left in the bowl.",
            "By the end, none of the blocks should be in the bowl any more.",
        ]
    text = _choose(w, options)
    check = lambda _i, f: not f.in_bowls()
    moves = [(b, TABLE) for b in st.in_bowls()]
    return _made(w, text, check, moves)


def t81_qua_contrast(w: World) -> Made:
    st = w.state
    if len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    k = len(st.in_bowls())
    now = {0: "none of the blocks is in a bowl", 1: "only one block is in a bowl"}.get(
        k, f"only {k} of the blocks are in bowls"
    )
    text = _choose(
        w,
        [
            f"At the moment {now}; when you're done, every block should be in a bowl.",
            f"Right now {now}. At the end, all of the blocks are in bowls.",
            f"Currently {now} - I want every last block in one of the bowls.",
        ],
    )
    moves: list[Move] = []
    fill = {b: len(st.in_bowl(b)) for b in w.bowls}
    for b in w.blocks:
        if st.base(b) in w.bowls:
            continue
        bowl = min(fill, key=fill.get)  # type: ignore[arg-type]
        fill[bowl] += 1
        moves.append((b, bowl))
    return _made(w, text, _all_in_bowls, moves)


def _all_in_bowls(_i: SymState, f: SymState) -> bool:
    return all(f.base(b) in f.bowls for b in f.blocks)


def t81_qua_picture(w: World) -> Made:
    st = w.state
    if not w.pairs():
        return None
    text = _choose(
        w,
        [
            "Picture the finished table: no block sitting on another block, every one of them on its own.",
            "The way I see it at the end, nothing is stacked - every block stands by itself.",
            "Imagine the table when it's done: not a single block on top of another one.",
        ],
    )
    check = lambda _i, f: all(f.support[b] not in f.support for b in f.blocks)
    moves = [(b, TABLE) for b, _s in w.pairs()]
    moves.sort(key=lambda m: -_level(st, m[0]))
    return _made(w, text, check, moves)


def t81_qua_done(w: World) -> Made:
    st = w.state
    if len(w.blocks) < 4 or _n_bin(st) > 0:
        return None
    text = _choose(
        w,
        [
            "It's done once there are three blocks in the bin - any three will do.",
            "You're finished when the bin has three blocks in it, whichever three.",
            "The job counts as done when exactly three blocks are lying in the bin.",
        ],
    )
    check = lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3
    return _made(w, text, check, [(b, BIN) for b in w.blocks[:3]])


# ----- negated --------------------------------------------------------------------------------------
def t81_neg_fact(w: World) -> Made:
    st = w.state
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    bowl = st.base(x)
    text = _choose(
        w,
        [
            f"The {x} is no longer in the {bowl}.",
            f"The {x} isn't in the {bowl} anymore at the end.",
            f"At the end, the {x} is not in the {bowl}.",
        ],
    )
    return _made(w, text, rels(Rel("in", x, bowl, negated=True)), [(x, TABLE)])


def t81_neg_wish(w: World) -> Made:
    st = w.state
    x = _one(w, [b for b in w.blocks if not st.is_clear(b)])
    if x is None:
        return None
    text = _choose(
        w,
        [
            f"I'd like nothing to be on top of the {x}.",
            f"I'd rather the {x} had nothing sitting on it.",
            f"I'd like the {x} to end up with nothing stacked on it.",
        ],
    )
    return _made(w, text, rels(Rel("clear", x)), [(st.above(x)[-1], TABLE)])


def t81_neg_when(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if st.in_bowl(b)])
    if bowl is None:
        return None
    text = _choose(
        w,
        [
            f"When you're done, the {bowl} should be empty.",
            f"By the time you finish, nothing should be left in the {bowl}.",
            f"Once you're through, I don't want anything in the {bowl}.",
        ],
    )
    moves = [(b, TABLE) for b in st.in_bowl(bowl)]
    moves.sort(key=lambda m: -_level(st, m[0]))
    return _made(w, text, empty(bowl), moves)


def t81_neg_contrast(w: World) -> Made:
    pair = _one(w, [f"{t}|{s}" for t, s in w.pairs()])
    if pair is None:
        return None
    x, y = pair.split("|")
    text = _choose(
        w,
        [
            f"Right now the {x} is sitting on the {y}. It shouldn't be on it when you're done.",
            f"At the moment the {x} is on top of the {y} - at the end it mustn't be.",
            f"The {x} is on the {y} now; afterwards it should not be on the {y}.",
        ],
    )
    return _made(w, text, rels(Rel("on", x, y, negated=True)), [(x, TABLE)])


def t81_neg_picture(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    text = _choose(
        w,
        [
            f"Picture the end: the {x} is not in any of the bowls.",
            f"The way I picture it when it's done, the {x} isn't in a bowl at all.",
            f"Imagine the finished table with the {x} in none of the bowls.",
        ],
    )
    check = lambda _i, f: f.base(x) not in f.bowls
    return _made(w, text, check, [(x, TABLE)])


def t81_neg_done(w: World) -> Made:
    st = w.state
    x = _one(w, [b for b in w.blocks if not st.is_clear(b)])
    if x is None:
        return None
    text = _choose(
        w,
        [
            f"You're done when nothing is on top of the {x} - and nothing goes in the bin.",
            f"It's finished once the {x} has nothing on it, without any block ending up in the bin.",
            f"It counts as done when the {x} is clear, and no block is in the bin.",
        ],
    )
    check = both(rels(Rel("clear", x)), none_binned(w.blocks))
    return _made(w, text, check, [(st.above(x)[-1], TABLE)])


# ----- relative: blocks picked out by where they are -------------------------------------------------
def t81_rel_fact(w: World) -> Made:
    st = w.state
    if _n_bin(st) >= BIN_CAPACITY:
        return None
    pair = _one(w, [f"{t}|{s}" for t, s in w.pairs()])
    if pair is None:
        return None
    t, y = pair.split("|")
    text = _choose(
        w,
        [
            f"The block that's sitting on the {y} ends up in the bin.",
            f"Whatever block is on top of the {y} finishes in the bin.",
            f"The block on the {y} is in the bin at the end.",
        ],
    )
    return _made(w, text, rels(Rel("in_bin", t)), [(t, BIN)])


def t81_rel_wish(w: World) -> Made:
    st = w.state
    refs = [
        (f"in the {b}", st.in_bowl(b)[0]) for b in w.bowls if len(st.in_bowl(b)) == 1
    ]
    refs += [(f"on the {s}", t) for t, s in w.pairs()]
    if not refs:
        return None
    ref, t = w.rng.choice(refs)
    y = _one(w, [b for b in w.blocks if _stackable(st, t, b) and st.support[t] != b])
    if y is None:
        return None
    text = _choose(
        w,
        [
            f"I'd like the block that's {ref} to end up on the {y}.",
            f"The block {ref} - I'd like it sitting on the {y} when you're done.",
            f"I'd love for whichever block is {ref} to be on top of the {y}.",
        ],
    )
    return _made(w, text, rels(Rel("on", t, y)), [(t, y)])


def t81_rel_when(w: World) -> Made:
    p = _one(w, _free_places(w))
    pair = _one(w, [f"{t}|{s}" for t, s in w.pairs()])
    if p is None or pair is None:
        return None
    x, b = pair.split("|")
    text = _choose(
        w,
        [
            f"When you're done, the block underneath the {x} should be in {_place(p)}.",
            f"By the end, whatever block the {x} is sitting on should be in {_place(p)}.",
            f"Once you finish, the block that's under the {x} is in {_place(p)}.",
        ],
    )
    return _made(w, text, rels(Rel("at", b, p)), [(b, p)])


def t81_rel_contrast(w: World) -> Made:
    st = w.state
    right = w.rng.random() < 0.5
    x = _extreme(w, right)
    if x is None:
        return None
    bowl = _one(w, [b for b in w.bowls if _room(st, b) and st.base(x) != b])
    if bowl is None:
        return None
    side = "right" if right else "left"
    text = _choose(
        w,
        [
            (
                f"Right now the block farthest to the {side} is {_where(w, x)}; "
                f"I want it in the {bowl} when you're done."
            ),
            f"The {side}most block is {_where(w, x)} at the moment. Afterwards it belongs in the {bowl}.",
            f"The block furthest {side} sits {_where(w, x)} now - at the end it should be in the {bowl}.",
        ],
    )
    return _made(w, text, rels(Rel("in", x, bowl)), [(x, bowl)])


def t81_rel_picture(w: World) -> Made:
    st = w.state
    towers = _towers(st)
    if len(towers) != 1 or _n_bin(st) >= BIN_CAPACITY:
        return None
    top = towers[0][-1]
    text = _choose(
        w,
        [
            "Picture the block at the top of the tower lying in the bin instead.",
            "The way I see it at the end, the block that was on top of the stack is in the bin.",
            "Imagine the table with the topmost block of the stack in the bin.",
        ],
    )
    return _made(w, text, rels(Rel("in_bin", top)), [(top, BIN)])


def t81_rel_done(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if _block_of(w, b)])
    if bowl is None:
        return None
    x = _block_of(w, bowl)
    y = _one(w, [b for b in w.blocks if _stackable(st, x, b) and st.support[x] != b])
    if y is None:
        return None
    text = _choose(
        w,
        [
            f"It's done when the block that's the same colour as the {bowl} is sitting on the {y}.",
            f"You're finished once the block matching the {bowl} in colour is on top of the {y}.",
            f"The job is done when the block with the {bowl}'s colour rests on the {y}.",
        ],
    )
    return _made(w, text, rels(Rel("on", x, y)), [(x, y)])


# ----- keep: a goal, and something that must not move -----------------------------------------------
def _keepable(st: SymState, k: str, *moving: str) -> bool:
    """k is none of the moving blocks and sits on none of them, so nothing forces it to move."""
    return k not in moving and not any(
        k in st.above(m) for m in moving if m in st.support
    )


def t81_keep_fact(w: World) -> Made:
    st = w.state
    x = _one(w, w.blocks)
    if x is None:
        return None
    y = _one(w, [b for b in w.blocks if _stackable(st, x, b) and st.support[x] != b])
    if y is None:
        return None
    k = _one(w, [b for b in w.blocks if _keepable(st, b, x, y)])
    if k is None:
        return None
    text = _choose(
        w,
        [
            f"The {x} is on the {y}, and the {k} is exactly where it is now.",
            f"At the end the {x} sits on the {y} while the {k} stays right where it is.",
            f"The {x} ends up on the {y}; the {k} hasn't moved at all.",
        ],
    )
    return _made(w, text, both(rels(Rel("on", x, y)), kept(k)), [(x, y)])


def t81_keep_wish(w: World) -> Made:
    st = w.state
    if _n_bin(st) >= BIN_CAPACITY:
        return None
    x = _one(w, [b for b in w.blocks if st.base(b) != BIN])
    if x is None:
        return None
    k = _one(w, [b for b in w.blocks if _keepable(st, b, x)])
    if k is None:
        return None
    text = _choose(
        w,
        [
            f"I'd like the {x} in the bin, but I'd like the {k} left alone.",
            f"I want the {x} to end up in the bin, and the {k} to stay exactly where it is.",
            f"I'd love the {x} gone into the bin - without the {k} being moved.",
        ],
    )
    return _made(w, text, both(rels(Rel("in_bin", x)), kept(k)), [(x, BIN)])


def t81_keep_when(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if _room(st, b)])
    if bowl is None:
        return None
    x = _one(w, [b for b in w.blocks if st.base(b) != bowl])
    if x is None:
        return None
    k = _one(w, [b for b in w.blocks if _keepable(st, b, x)])
    if k is None:
        return None
    text = _choose(
        w,
        [
            f"When you're done, the {x} should be in the {bowl}, and the {k} should still be where it is now.",
            f"By the end I want the {x} in the {bowl} - and the {k} must not have moved.",
            f"Once you finish, the {x} is in the {bowl} and the {k} is untouched.",
        ],
    )
    return _made(w, text, both(rels(Rel("in", x, bowl)), kept(k)), [(x, bowl)])


def t81_keep_contrast(w: World) -> Made:
    st = w.state
    p = _one(w, _free_places(w))
    x = _one(w, w.blocks)
    if p is None or x is None:
        return None
    k = _one(w, [b for b in w.blocks if _keepable(st, b, x)])
    if k is None:
        return None
    text = _choose(
        w,
        [
            (
                f"Right now the {x} is {_where(w, x)} and the {k} is {_where(w, k)}. "
                f"Afterwards the {x} should be in {_place(p)}; the {k} stays put."
            ),
            (
                f"The {x} is {_where(w, x)} now, but it belongs in {_place(p)}. "
                f"The {k} is fine {_where(w, k)} - it stays."
            ),
            (
                f"Now the {x} is {_where(w, x)}; at the end it's in {_place(p)}, "
                f"with the {k} still {_where(w, k)}."
            ),
        ],
    )
    return _made(w, text, both(rels(Rel("at", x, p)), kept(k)), [(x, p)])


def t81_keep_picture(w: World) -> Made:
    st = w.state
    x = _one(w, w.blocks)
    if x is None:
        return None
    y = _one(
        w,
        [
            b
            for b in w.blocks
            if _stackable(st, x, b) and st.support[x] != b and _keepable(st, b, x)
        ],
    )
    if y is None:
        return None
    text = _choose(
        w,
        [
            f"Picture the {x} sitting on the {y}, with the {y} still standing exactly where it is now.",
            f"The way I see it at the end: the {x} on top of the {y}, and the {y} itself not moved.",
            f"Imagine the {x} resting on the {y} - the {y} stays where it is; only the {x} comes to it.",
        ],
    )
    return _made(w, text, both(rels(Rel("on", x, y)), kept(y)), [(x, y)])


def t81_keep_done(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if st.in_bowl(b)])
    if bowl is None:
        return None
    k = _one(w, [b for b in w.blocks if st.base(b) != bowl])
    if k is None:
        return None
    text = _choose(
        w,
        [
            f"It's done when the {bowl} is empty, as long as the {k} hasn't moved.",
            f"You're finished once nothing is left in the {bowl} - but don't move the {k}.",
            f"The job's done when the {bowl} has nothing in it and the {k} is still where it was.",
        ],
    )
    moves = [(b, TABLE) for b in st.in_bowl(bowl)]
    moves.sort(key=lambda m: -_level(st, m[0]))
    return _made(w, text, both(empty(bowl), kept(k)), moves)


# ----- multi-step: several things true at the end ----------------------------------------------------
def t81_multi_fact(w: World) -> Made:
    st = w.state
    if _n_bin(st) >= BIN_CAPACITY:
        return None
    x = _one(w, [b for b in w.blocks if st.base(b) != BIN])
    if x is None:
        return None
    rest = [b for b in w.blocks if b != x]
    z = _one(w, [b for b in rest if _on_table(st, b) and x not in st.above(b)])
    if z is None:
        return None
    y = _one(w, [b for b in rest if _stackable(st, b, z) and st.support[b] != z])
    if y is None:
        return None
    text = _choose(
        w,
        [
            f"The {x} is in the bin and the {y} is on the {z}.",
            f"At the end: the {y} sits on the {z}, and the {x} is in the bin.",
            f"The {x} ends up in the bin, and the {y} ends up on top of the {z}.",
        ],
    )
    return _made(w, text, rels(Rel("in_bin", x), Rel("on", y, z)), [(x, BIN), (y, z)])


def t81_multi_wish(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if _room(st, b, 2)])
    if bowl is None or len(w.blocks) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    text = _choose(
        w,
        [
            f"First I'd like the {x} in the {bowl}, and after that the {y} on top of it.",
            f"I'd like the {x} to end up in the {bowl} with the {y} sitting on it.",
            f"What I want: the {x} in the {bowl}, then the {y} stacked on the {x}.",
        ],
    )
    check = rels(Rel("in", x, bowl), Rel("on", y, x))
    return _made(w, text, check, [(y, TABLE), (x, bowl), (y, x)])


def t81_multi_when(w: World) -> Made:
    places = _free_places(w)
    if len(places) < 2 or len(w.blocks) < 2:
        return None
    p1, p2 = w.pick(places, 2)
    x, y = w.pick(w.blocks, 2)
    text = _choose(
        w,
        [
            f"When you're done, the {x} should be in {_place(p1)} and the {y} in {_place(p2)}.",
            f"By the end, I want the {y} in {_place(p2)} and the {x} in {_place(p1)}.",
            f"Once you finish, the {x} is in {_place(p1)}, and the {y} is in {_place(p2)}.",
        ],
    )
    return _made(w, text, rels(Rel("at", x, p1), Rel("at", y, p2)), [(x, p1), (y, p2)])


def t81_multi_contrast(w: World) -> Made:
    st = w.state
    pair = _one(w, [f"{t}|{s}" for t, s in w.pairs() if _level(st, s) == 1])
    if pair is None:
        return None
    x, y = pair.split("|")
    text = _choose(
        w,
        [
            f"Right now the {x} is sitting on the {y}; I want it flipped, so the {y} ends up on the {x}.",
            (
                f"At the moment the {x} is on top of the {y}. At the end it's the other way round: "
                f"the {y} on the {x}."
            ),
            f"The {x} is on the {y} now - afterwards the {y} should be on the {x} instead.",
        ],
    )
    return _made(w, text, rels(Rel("on", y, x)), [(x, TABLE), (y, x)])


def t81_multi_picture(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if _room(st, b)])
    p = _one(w, _free_places(w))
    if bowl is None or p is None or _n_bin(st) >= BIN_CAPACITY or len(w.blocks) < 3:
        return None
    x, y, z = w.pick(w.blocks, 3)
    text = _choose(
        w,
        [
            f"Picture the finished table: the {x} in the {bowl}, the {y} in the bin, and the {z} in {_place(p)}.",
            (
                f"The way it should look at the end: the {y} in the bin, the {z} in {_place(p)}, "
                f"the {x} in the {bowl}."
            ),
            (
                f"Imagine it when it's done - the {x} is in the {bowl}, the {y} is in the bin, "
                f"and the {z} sits in {_place(p)}."
            ),
        ],
    )
    check = rels(Rel("in", x, bowl), Rel("in_bin", y), Rel("at", z, p))
    return _made(w, text, check, [(x, bowl), (y, BIN), (z, p)])


def t81_multi_done(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if st.in_bowl(b)])
    if bowl is None or _n_bin(st) + 2 > BIN_CAPACITY:
        return None
    cands = [b for b in w.blocks if st.base(b) != bowl]
    if len(cands) < 2:
        return None
    x, y = w.pick(cands, 2)
    text = _choose(
        w,
        [
            f"It's done when the {x} and the {y} are both in the bin and the {bowl} is empty.",
            f"You're finished once the {bowl} has nothing in it and the {y} and the {x} are in the bin.",
            f"The job counts as done when the {bowl} is empty and both the {x} and the {y} are in the bin.",
        ],
    )
    inside = sorted(st.in_bowl(bowl), key=lambda b: -_level(st, b))
    moves = [(b, TABLE) for b in inside] + [(x, BIN), (y, BIN)]
    return _made(w, text, both(binned([x, y]), empty(bowl)), moves)


# ----- questions: about the table as it is now --------------------------------------------------------
def t81_q_fact(w: World) -> Made:
    st = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x = _one(w, w.blocks)
        y = _one(w, [b for b in w.blocks if b != x and st.support[x] != b])
        if x is None or y is None:
            return None
    text = _choose(
        w,
        [
            f"Is the {x} sitting on the {y} right now?",
            f"Tell me, is the {x} on top of the {y} at the moment?",
            f"As things are, is the {x} on the {y}?",
        ],
    )
    return _ask(text, yes(st.support[x] == y))


def t81_q_wish(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    text = _choose(
        w,
        [
            f"I'd like to know how many blocks are in the {bowl} right now.",
            f"I'd like to know: how many blocks are in the {bowl} at the moment?",
            f"I want to know how many blocks the {bowl} has in it right now.",
        ],
    )
    return _ask(text, str(len(w.state.in_bowl(bowl))))


def t81_q_when(w: World) -> Made:
    pair = _one(w, [f"{t}|{s}" for t, s in w.pairs()])
    if pair is None:
        return None
    t, y = pair.split("|")
    text = _choose(
        w,
        [
            f"Quick question before anything moves: which block is on top of the {y}?",
            f"Before you touch anything, tell me which block is sitting on the {y}.",
            f"Just asking, nothing to do yet: what block is resting on the {y}?",
        ],
    )
    return _ask(text, t)


def t81_q_contrast(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    text = _choose(
        w,
        [
            f"Right now, is the {bowl} empty?",
            f"At the moment, is there nothing at all in the {bowl}?",
            f"As it stands now, is the {bowl} empty?",
        ],
    )
    return _ask(text, yes(not w.state.in_bowl(bowl)))


def t81_q_picture(w: World) -> Made:
    st = w.state
    bowl = _one(w, [b for b in w.bowls if len(st.in_bowl(b)) == 1])
    if bowl is not None and w.rng.random() < 0.6:
        text = _choose(
            w,
            [
                f"Looking at the table as it is now, which block is in the {bowl}?",
                f"As things stand, what block is inside the {bowl}?",
                f"In the current picture, which block sits in the {bowl}?",
            ],
        )
        return _ask(text, st.in_bowl(bowl)[0])
    if len(w.bowls) < 2:
        return None
    text = _choose(
        w,
        [
            "Looking at the table as it is now, how many of the bowls have a block in them?",
            "As things stand, how many bowls have at least one block inside?",
        ],
    )
    return _ask(text, str(sum(bool(st.in_bowl(b)) for b in w.bowls)))


def t81_q_done(w: World) -> Made:
    st = w.state
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bowl = st.base(x)
    else:
        x = _one(w, w.blocks)
        bowl = _one(w, w.bowls)
        if x is None or bowl is None:
            return None
    text = _choose(
        w,
        [
            f"Is the {x} already in the {bowl}?",
            f"Is the {x} in the {bowl} already, as things are now?",
            f"Has the {x} already ended up in the {bowl}?",
        ],
    )
    return _ask(text, yes(st.base(x) == bowl))


# ----- matching colours -----------------------------------------------------------------------------
def _matches(w: World) -> list[Rel]:
    """The block-bowl pairs of one colour, when every such bowl has room for its block."""
    st = w.state
    want = matching(w)
    adding: dict[str, int] = {}
    for r in want:
        if st.base(r.block) != r.target:
            adding[r.target] = adding.get(r.target, 0) + 1
    if any(not _room(st, b, n) for b, n in adding.items()):
        return []
    return want


def t81_match_fact(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    if len(want) == len(w.bowls):
        options = [
            "Each bowl holds the block of its own colour.",
            "Every bowl has the block of the same colour in it.",
        ]
    else:
        options = [
            "Every block that has a bowl of its colour is in that bowl.",
            "Each block whose colour matches a bowl sits in that bowl.",
        ]
    text = _choose(w, options)
    return _made(w, text, rels(*want), [(r.block, r.target) for r in want])


def t81_match_wish(w: World) -> Made:
    st = w.state
    r = _one(
        w,
        [f"{r.block}|{r.target}" for r in _matches(w) if st.base(r.block) != r.target],
    )
    if r is None:
        return None
    x, bowl = r.split("|")
    text = _choose(
        w,
        [
            f"I'd like the {x} to end up in the bowl that's the same colour as it.",
            f"I'd like the {x} in the bowl that matches it.",
            f"I want the {x} sitting in its own colour's bowl.",
        ],
    )
    return _made(w, text, rels(Rel("in", x, bowl)), [(x, bowl)])


def t81_match_when(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    text = _choose(
        w,
        [
            "When you're done, every block that has a bowl of the same colour should be in it.",
            "By the end, each block should be in the bowl of its own colour, where there is one.",
            "Once you finish, the blocks that match a bowl's colour are in those bowls.",
        ],
    )
    return _made(w, text, rels(*want), [(r.block, r.target) for r in want])


def t81_match_contrast(w: World) -> Made:
    st = w.state
    r = _one(
        w,
        [f"{r.block}|{r.target}" for r in _matches(w) if st.base(r.block) != r.target],
    )
    if r is None:
        return None
    x, bowl = r.split("|")
    text = _choose(
        w,
        [
            f"Right now the {x} is {_where(w, x)}, but it belongs in the bowl of the same colour.",
            f"The {x} is {_where(w, x)} at the moment; it should be in the bowl that matches it.",
            f"At present the {x} sits {_where(w, x)}. At the end it's in its matching bowl.",
        ],
    )
    return _made(w, text, rels(Rel("in", x, bowl)), [(x, bowl)])


def t81_match_picture(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    if not others or len(others) > BIN_CAPACITY:
        return None
    text = _choose(
        w,
        [
            (
                "Picture it done: each block with a bowl of its colour is in that bowl, and all the others "
                "are in the bin."
            ),
            (
                "The way I see the end: blocks in their matching bowls, and every block without a matching "
                "bowl in the bin."
            ),
            "Imagine the finished table - every block that matches a bowl is in it, the rest are in the bin.",
        ],
    )
    moves = [(r.block, r.target) for r in want] + [(b, BIN) for b in others]
    return _made(w, text, both(rels(*want), binned(others)), moves)


def t81_match_done(w: World) -> Made:
    st = w.state
    r = _one(w, [f"{r.block}|{r.target}" for r in matching(w)])
    if r is None:
        return None
    x, bowl = r.split("|")
    text = _choose(
        w,
        [
            f"It's done when the {bowl} holds the block of the same colour and nothing else.",
            f"You're finished once the only block in the {bowl} is the one that matches its colour.",
            f"The job's done when the {bowl} has just its matching block in it, nothing more.",
        ],
    )
    check = lambda _i, f: f.in_bowl(bowl) == [x]
    others = sorted(
        [b for b in st.in_bowl(bowl) if b != x], key=lambda b: -_level(st, b)
    )
    moves = [(b, TABLE) for b in others] + [(x, bowl)]
    return _made(w, text, check, moves)


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
_STYLES = ("fact", "wish", "when", "contrast", "picture", "done")
FRESH81: list[Template] = [
    (f"t81_{short}_{style}", category, globals()[f"t81_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
