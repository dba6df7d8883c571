"""`FRESH117`, the hundred-and-eighteenth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: ellipsis and reference inside one message, the way people avoid repeating themselves. A request names
something once and then points back at it ("it", "that one", "them", "both of them", "there", "the one you just
moved", "the block I mentioned first", "the former ... the latter") or leaves the repeated part out ("and the green
one too", "same for the yellow block", "ditto", "likewise", "do that again with ...", "the other way round").
Every request is feasible in its scene and has one intended end state; the checks accept every end state the
words allow and nothing else, and the gripper must end empty. The six styles are six speakers:

- teacher: "Put the red block in the blue bowl, and the green one too."
- coworker: "Drop the red block in the bin. Same for the yellow block."
- child: "put the red block on the blue block and then the green block on that!"
- engineer: "Move the red block to the top left corner, then do the same with the green block."
- grandparent: "Would you be a dear and take the red block off the blue block and put it in the bin?"
- gamer: "yeet the red block into the bin, then the blue one, then the green one"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on e798581, after every fix before it and before anything it could prompt):
0.467 goal-correct (140 of 300), 122 refused, 19 asked, 19 wrong, ten of them actions: 'X should be in W; Y should be
there too' left Y where it was (three times); 'Two blocks into the bin. Then another two, same thing.' and 'two in the
bin, then another two in W' moved too few; 'Take the block on X and put it in the bin. Then X itself.' put X on a block;
'That X - is it inside any of the bowls?' moved X into a bowl; 'clear all the blocks off the table into the bin? The
ones in the bowls as well.' put binned blocks into bowls (twice); 'X in W and Y in V; on second thought, swap them
round' did the first version; nine wrong replies ('That block sitting on X, can you move it onto Y?' answered, 'The X
block, dear, what is it sitting on?', 'X has a block on it! Is that one the Y block?').
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
from sim.core.lexicon import BIN, PLACES
from sim.core.relations import Rel
from sim.core.symbolic import SymState


# ----- helpers --------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _goal(*checks: Check, moves: tuple[tuple[str, str], ...] = ()) -> Check:
    """The checks together, with the gripper empty at the end; `intended` is one way to get there (for self-tests)."""
    check = both(*checks, _idle)
    check.intended = list(moves)  # type: ignore[attr-defined]
    return check


def _col(w: World, name: str) -> str:
    return w.colour(name)


def _one(w: World, name: str) -> str:
    """'green one' for the green block."""
    return f"{w.colour(name)} one"


def _floor(s: SymState, bowl: str) -> int:
    """Blocks standing directly on the bowl's floor."""
    return sum(1 for v in s.support.values() if v == bowl)


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its bottom up to `block`, `block` included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _in_bin(s: SymState) -> int:
    return sum(1 for b in s.blocks if s.base(b) == BIN)


def _bowls(w: World, room: int) -> list[str]:
    """Bowls with room on their floor for `room` more blocks."""
    return [b for b in w.bowls if _floor(w.state, b) + room <= layout.BOWL_CAPACITY]


def _stackable(w: World, extra: int = 1) -> list[str]:
    """Clear blocks that can take `extra` more blocks on top."""
    return [
        b for b in w.clear_blocks() if _height(w.state, b) + extra <= layout.MAX_TOWER
    ]


def _top_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) where `top` is clear and the only block on `below`."""
    return [
        (t, b) for t, b in w.pairs() if w.state.is_clear(t) and w.state.on_top(b) == [t]
    ]


def _below(s: SymState, block: str) -> list[str]:
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _at_count(s: SymState, place: str) -> int:
    return sum(1 for b in s.blocks if s.base(b) == place)


def _bin_count(n: int) -> Check:
    return lambda _i, f: _in_bin(f) == n


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _matches(w: World) -> dict[str, str]:
    """Block -> the bowl of its colour."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


# ----- imperative -----------------------------------------------------------------------------------
def t117_imp_teacher(w: World) -> Made:
    bowls = _bowls(w, 2)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [
        b
        for b in w.clear_blocks()
        if w.state.base(b) != bowl and _col(w, b) != _col(w, bowl)
    ]
    pair = w.pick(cands, 2)
    if not pair:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Put the {x} in the {bowl}, and the {_one(w, y)} too.",
            f"Please place the {x} in the {bowl}. Then the {_one(w, y)} as well.",
            f"Take the {x} and put it in the {bowl}; the {y} goes in there too.",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, bowl), Rel("in", y, bowl)), moves=((x, bowl), (y, bowl))
    )


def t117_imp_coworker(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Drop the {x} in the bin. Same for the {y}.",
            f"Can you toss the {x} into the bin? Ditto the {y}.",
            f"Bin the {x}, and do the same with the {y}, thanks.",
        ]
    )
    return text, _goal(binned([x, y]), moves=((x, BIN), (y, BIN)))


def t117_imp_child(w: World) -> Made:
    bases = _stackable(w, 2)
    if not bases:
        return None
    y = w.rng.choice(bases)
    pair = w.pick([b for b in w.clear_blocks() if b != y], 2)
    if not pair:
        return None
    x, z = pair
    text = w.rng.choice(
        [
            f"put the {x} on the {y} and then the {z} on that!",
            f"Put the {x} on top of the {y}! Then put the {z} on top of it!",
            f"can you put the {x} on the {y}, and then the {_one(w, z)} on top of that one",
        ]
    )
    return text, _goal(rels(Rel("on", x, y), Rel("on", z, x)), moves=((x, y), (z, x)))


def t117_imp_engineer(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    x, y = pair
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the {x} to the {p}, then do the same with the {y}.",
            f"Relocate the {x} to the {p}. Repeat for the {y}.",
            f"Transfer the {x} to the {p}; the {y} likewise.",
        ]
    )
    return text, _goal(rels(Rel("at", x, p), Rel("at", y, p)), moves=((x, p), (y, p)))


def t117_imp_grandparent(w: World) -> Made:
    pairs = w.pairs()
    pairs = [(t, b) for t, b in pairs if w.state.is_clear(t)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    targets = [BIN, *(b for b in _bowls(w, 1) if b != w.state.base(x))]
    tgt = w.rng.choice(targets)
    text = w.rng.choice(
        [
            f"Would you be a dear and take the {x} off the {y} and put it in the {tgt}?",
            f"Could you lift the {x} off the {y} and pop it into the {tgt}, love?",
            f"Take the {x} off the {y}, sweetheart, and put it in the {tgt}.",
        ]
    )
    goal = Rel("in_bin", x) if tgt == BIN else Rel("in", x, tgt)
    return text, _goal(rels(goal, Rel("on", x, y, negated=True)), moves=((x, tgt),))


def t117_imp_gamer(w: World) -> Made:
    trio = w.pick(w.clear_blocks(), 3)
    if not trio:
        return None
    x, y, z = trio
    text = w.rng.choice(
        [
            f"yeet the {x} into the bin, then the {_one(w, y)}, then the {_one(w, z)}",
            f"bin the {x}. now the {y}. now the {z}. ez",
            f"Throw the {x} in the bin, then the {y} and the {z}, same deal.",
        ]
    )
    return text, _goal(binned([x, y, z]), moves=((x, BIN), (y, BIN), (z, BIN)))


# ----- declarative ----------------------------------------------------------------------------------
def t117_dec_teacher(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    x, y = pair
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"The {x} belongs in the {p}, and so does the {y}.",
            f"The {x} should be in the {p}; the {y} should be there too.",
            f"The {x} goes in the {p}, and the {y} goes there as well.",
        ]
    )
    return text, _goal(rels(Rel("at", x, p), Rel("at", y, p)), moves=((x, p), (y, p)))


def t117_dec_coworker(w: World) -> Made:
    bowls = w.pick(_bowls(w, 1), 2)
    if not bowls:
        return None
    b1, b2 = bowls
    xs = [b for b in w.clear_blocks() if w.state.base(b) != b1]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [b for b in w.clear_blocks() if b != x and w.state.base(b) != b2]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"The {x} goes in the {b1}, the {y} in the {_col(w, b2)} one.",
            f"{_cap(x)}'s going in the {b1}, and the {y} in the {b2}.",
            f"So the {x} ends up in the {b1} and the {y} in the {b2}.",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, b1), Rel("in", y, b2)), moves=((x, b1), (y, b2))
    )


def t117_dec_child(w: World) -> Made:
    bowls = _bowls(w, 2)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    pair = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl], 2)
    if not pair:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"The {x} and the {y} are going in the {bowl}, both of them!",
            f"the {x} and the {y} go in the {bowl}. both of them do!",
            f"The {x} is going in the {bowl} and the {y} is going in it too!",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, bowl), Rel("in", y, bowl)), moves=((x, bowl), (y, bowl))
    )


def t117_dec_engineer(w: World) -> Made:
    bowls = _bowls(w, 1)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    pair = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl], 2)
    if not pair:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Target state: the {x} and the {y} both in the {bowl}, the former stacked on the latter.",
            f"Required end state: {x} on {y}, and both of them inside the {bowl}.",
            f"End configuration: the {y} in the {bowl}, with the {x} on top of it.",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, bowl), Rel("in", y, bowl), Rel("on", x, y)),
        moves=((y, bowl), (x, y)),
    )


def t117_dec_grandparent(w: World) -> Made:
    bowls = _bowls(w, 1)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    trio = w.pick(w.clear_blocks(), 3)
    if not trio:
        return None
    x, y, z = trio
    if w.state.base(x) == bowl:
        return None
    text = w.rng.choice(
        [
            (
                f"Now, the {x}, the {y} and the {z} all go in the bin. Oh, except the first one I mentioned, dear; "
                f"that one goes in the {bowl}."
            ),
            (
                f"The {x}, the {y} and the {z} belong in the bin, love. No, wait, not the first of those: that one "
                f"belongs in the {bowl}."
            ),
            f"The {x}, the {y} and the {z} go in the bin, except the block I named first, which goes in the {bowl}.",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, bowl)), binned([y, z]), moves=((x, bowl), (y, BIN), (z, BIN))
    )


def t117_dec_gamer(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    x, y = pair
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"ok so the {x} goes to the {p}, and the {y} goes right on top of it",
            f"{_cap(x)} is spawning at the {p}, and the {_one(w, y)} lands on it.",
            f"the {x} goes in the {p} and the {y} goes on that one, gg",
        ]
    )
    return text, _goal(rels(Rel("at", x, p), Rel("on", y, x)), moves=((x, p), (y, x)))


# ----- desiderative ---------------------------------------------------------------------------------
def t117_des_teacher(w: World) -> Made:
    bowls = w.pick(_bowls(w, 1), 2)
    if not bowls:
        return None
    b1, b2 = bowls
    xs = [b for b in w.clear_blocks() if w.state.base(b) not in (b1, b2)]
    pair = w.pick(xs, 2)
    if not pair:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"I'd like the {x} in the {b1} and the {y} in the {b2}. Actually, make it the other way round.",
            f"I would like the {x} in the {b1} and the {y} in the {b2}. No, sorry, vice versa.",
            f"I want the {x} in the {b1} and the {y} in the {b2}; on second thought, swap them round.",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, b2), Rel("in", y, b1)), moves=((x, b2), (y, b1))
    )


def t117_des_coworker(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    x, y = pair
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I need the {x} at the {p}, and the {y} there too.",
            f"I'd want the {x} over in the {p}, and the {_one(w, y)} in the same spot.",
            f"Could use the {x} in the {p}. The {y} as well, while you're at it.",
        ]
    )
    return text, _goal(rels(Rel("at", x, p), Rel("at", y, p)), moves=((x, p), (y, p)))


def t117_des_child(w: World) -> Made:
    bases = _stackable(w, 2)
    if not bases:
        return None
    y = w.rng.choice(bases)
    pair = w.pick([b for b in w.clear_blocks() if b != y], 2)
    if not pair:
        return None
    x, z = pair
    text = w.rng.choice(
        [
            f"I want the {x} on the {y}! And then I want the {z} on the one you just moved!",
            f"i want the {x} on top of the {y}, and the {z} on top of the block you just moved",
            f"I wanna have the {x} on the {y}. Then the {z} on the one you moved!",
        ]
    )
    return text, _goal(rels(Rel("on", x, y), Rel("on", z, x)), moves=((x, y), (z, x)))


def t117_des_engineer(w: World) -> Made:
    trio = w.pick(w.clear_blocks(), 3)
    if not trio:
        return None
    x, y, z = trio
    text = w.rng.choice(
        [
            f"I'd like the {x} in the bin; likewise the {y} and the {z}.",
            f"The {x} should go to the bin, I'd prefer. The same applies to the {y} and the {z}.",
            f"I want the {x} disposed of in the bin, and the {y} and {z} likewise.",
        ]
    )
    return text, _goal(binned([x, y, z]), moves=((x, BIN), (y, BIN), (z, BIN)))


def t117_des_grandparent(w: World) -> Made:
    pairs = _top_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I'd love the {x} put in the bin, dear, and the one it's sitting on as well.",
            f"I should like the {x} in the bin, and the block underneath it too, please.",
            f"I'd like you to put the {x} in the bin, sweetheart, and then the one it was resting on.",
        ]
    )
    return text, _goal(binned([x, y]), moves=((x, BIN), (y, BIN)))


def t117_des_gamer(w: World) -> Made:
    trio = w.pick(w.clear_blocks(), 3)
    if not trio:
        return None
    x, y, z = trio
    text = w.rng.choice(
        [
            f"I want the {x} and the {y} in the bin. Then do that again with the {z}.",
            f"wanna see the {x} and the {y} in the bin, then run it back with the {z}",
            f"I want the {x} and {y} binned, and then the {z} same as those two.",
        ]
    )
    return text, _goal(binned([x, y, z]), moves=((x, BIN), (y, BIN), (z, BIN)))


# ----- quantified -----------------------------------------------------------------------------------
def t117_qua_teacher(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put two blocks in the bin, and then two in the {bowl} as well.",
            f"Please put two of the blocks in the bin, then another two in the {bowl}.",
            f"Two blocks go in the bin. Two more go in the {bowl}.",
        ]
    )
    a, b, c, d = sorted(w.blocks, key=lambda b: -_height(w.state, b))[:4]
    return text, _goal(
        _bin_count(2),
        count_in(bowl, 2),
        moves=((a, BIN), (b, BIN), (c, bowl), (d, bowl)),
    )


def t117_qua_coworker(w: World) -> Made:
    if len(w.blocks) > 5 or not w.state.in_bowls():
        return None
    text = w.rng.choice(
        [
            "Put every block on the table in the bin, and the ones in the bowls too.",
            "Everything on the table goes in the bin. Same for the blocks in the bowls.",
            "Can you clear all the blocks off the table into the bin? The ones in the bowls as well.",
        ]
    )
    order = sorted(w.blocks, key=lambda b: -_height(w.state, b))
    return text, _goal(binned(w.blocks), moves=tuple((b, BIN) for b in order))


def t117_qua_child(w: World) -> Made:
    bowls = w.bowls
    before = {b: len(w.state.in_bowl(b)) for b in bowls}
    if any(_floor(w.state, b) >= layout.BOWL_CAPACITY for b in bowls):
        return None
    spare = [b for b in w.clear_blocks() if w.state.base(b) not in bowls]
    if len(spare) < len(bowls) + 1:
        return None
    more = any(before.values())
    word = "one more block" if more else "one block"
    text = w.rng.choice(
        [
            f"Put {word} in every bowl, and one in the bin too!",
            f"put {word} in each bowl! and one in the bin!",
            f"I want {word} in all the bowls. And the bin gets one too!",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return (
            all(len(f.in_bowl(b)) == before[b] + 1 for b in bowls) and _in_bin(f) == 1
        )

    moves = tuple(zip(spare, [*bowls, BIN]))
    return text, _goal(check, moves=moves)


def t117_qua_engineer(w: World) -> Made:
    free = w.clear_blocks()
    if len(free) < 4:
        return None
    p1, p2 = w.pick(list(PLACES), 2)
    text = w.rng.choice(
        [
            f"Move two blocks to the {p1} and the same number to the {p2}.",
            f"Place two blocks at the {p1}; repeat with two other blocks at the {p2}.",
            f"Put exactly two blocks in the {p1}, and likewise two in the {p2}.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return _at_count(f, p1) == 2 and _at_count(f, p2) == 2

    a, b, c, d = free[:4]
    return text, _goal(check, moves=((a, p1), (b, p1), (c, p2), (d, p2)))


def t117_qua_grandparent(w: World) -> Made:
    bowls = _bowls(w, 2)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    pair = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl], 2)
    if not pair:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Take the {x} and the {y}, dear, and put both of them in the {bowl}.",
            f"The {x} and the {y}: would you put the pair of them in the {bowl}?",
            f"Put the {x} and the {y} in the {bowl}, love, both of them.",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, bowl), Rel("in", y, bowl)), moves=((x, bowl), (y, bowl))
    )


def t117_qua_gamer(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = w.rng.choice(
        [
            "Grab any two blocks and bin them, then do the same with two more.",
            "bin two blocks, then two more, any ones",
            "Two blocks into the bin. Then another two, same thing.",
        ]
    )
    order = sorted(w.blocks, key=lambda b: -_height(w.state, b))[:4]
    return text, _goal(_bin_count(4), moves=tuple((b, BIN) for b in order))


# ----- negated --------------------------------------------------------------------------------------
def t117_neg_teacher(w: World) -> Made:
    bowls = _bowls(w, 2)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    pair = w.pick(
        [
            b
            for b in w.clear_blocks()
            if w.state.base(b) != bowl and _col(w, b) != _col(w, bowl)
        ],
        2,
    )
    if not pair:
        return None
    x, y = pair
    others = [b for b in w.blocks if b not in pair and w.state.base(b) != bowl]
    if not others:
        return None
    z = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Put the {x} in the {bowl}, and the {_one(w, y)} too, but not the {z}.",
            f"The {x} goes in the {bowl}. So does the {y}. The {z} does not.",
            f"Put the {x} and the {y} in the {bowl}; don't do that with the {z}, though.",
        ]
    )
    goal = rels(
        Rel("in", x, bowl), Rel("in", y, bowl), Rel("in", z, bowl, negated=True)
    )
    return text, _goal(goal, moves=((x, bowl), (y, bowl)))


def t117_neg_coworker(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    x, y = pair
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the {x} to the {p}. Don't do the same with the {y}; put it in the bin instead.",
            f"The {x} goes to the {p}, but not the {y}: that one goes in the bin.",
            f"Can you put the {x} in the {p}? Not the {y} though, bin that one.",
        ]
    )
    return text, _goal(
        rels(Rel("at", x, p), Rel("in_bin", y)), moves=((x, p), (y, BIN))
    )


def t117_neg_child(w: World) -> Made:
    bowls = _bowls(w, 1)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Don't put the {x} in the bin, put it in the {bowl}!",
            f"no no, the {x} doesn't go in the bin! it goes in the {bowl}!",
            f"Not the bin! Put the {x} in the {bowl}, it wants to go there!",
        ]
    )
    return text, _goal(rels(Rel("in", x, bowl)), moves=((x, bowl),))


def t117_neg_engineer(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    x, y = pair
    z = w.rng.choice([b for b in w.blocks if b not in pair])
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the {x} and the {y} to the {p}, but not the {z}.",
            f"Relocate the {x} to the {p}, then the {y} likewise; the {z} is excluded.",
            f"Send the {x} to the {p} and do the same with the {y}, but not with the {z}.",
        ]
    )
    goal = rels(Rel("at", x, p), Rel("at", y, p), Rel("at", z, p, negated=True))
    return text, _goal(goal, moves=((x, p), (y, p)))


def t117_neg_grandparent(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Put the {x} in the bin, dear, but not the one under it.",
            f"Would you put the {x} in the bin? Not the block it's sitting on, mind.",
            f"The {x} can go in the bin, love, but leave the one beneath it out of there.",
        ]
    )
    return text, _goal(binned([x]), none_binned([y]), moves=((x, BIN),))


def t117_neg_gamer(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    rest = [b for b in w.blocks if b not in pair]
    if not rest or len(rest) > 5:
        return None
    text = w.rng.choice(
        [
            f"bin everything except the {x} and the {_one(w, y)}",
            f"Everything goes in the bin, except the {x}. And except the {y}.",
            f"yeet all the blocks into the bin, but not the {x}, and not the {y} either",
        ]
    )
    order = sorted(rest, key=lambda b: -_height(w.state, b))
    return text, _goal(
        binned(rest), none_binned([x, y]), moves=tuple((b, BIN) for b in order)
    )


# ----- relative -------------------------------------------------------------------------------------
def t117_rel_teacher(w: World) -> Made:
    pairs = _top_pairs(w)
    if not pairs:
        return None
    t, x = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Put the block that is sitting on the {x} in the bin, and the {x} as well.",
            f"Take the block that's on top of the {x} and put it in the bin. Then the {x} itself.",
            f"The block which rests on the {x} goes in the bin, and so does the {x}.",
        ]
    )
    return text, _goal(binned([t, x]), moves=((t, BIN), (x, BIN)))


def t117_rel_coworker(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, x = w.rng.choice(pairs)
    ys = [b for b in _stackable(w) if b != t]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"The block on top of the {x}: put it on the {y}, please.",
            f"That block that's sitting on the {x}, can you move it onto the {y}?",
            f"Whatever's stacked on the {x}, stick it on the {y}.",
        ]
    )
    return text, _goal(rels(Rel("on", t, y)), moves=((t, y),))


def t117_rel_child(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    order = sorted(w.blocks, key=w.y)
    left, right = order[0], order[-1]
    if w.y(order[1]) - w.y(left) < 0.03 or w.y(right) - w.y(order[-2]) < 0.03:
        return None
    text = w.rng.choice(
        [
            "The block that's most on the left, put it in the bin, and the one most on the right too!",
            "put the block that is furthest to the left in the bin! and the one furthest to the right!",
            "The leftmost block goes in the bin. The rightmost one too!",
        ]
    )
    return text, _goal(binned([left, right]), moves=((left, BIN), (right, BIN)))


def t117_rel_engineer(w: World) -> Made:
    pairs = [
        (x, y) for x, y in w.pairs() if any(b != w.state.base(y) for b in _bowls(w, 1))
    ]
    if pairs:
        x, y = w.rng.choice(pairs)
        bowl = w.rng.choice([b for b in _bowls(w, 1) if b != w.state.base(y)])
        text = w.rng.choice(
            [
                f"Place the block which the {x} rests on into the {bowl}, then put the {x} back on it.",
                f"Relocate the block supporting the {x} to the {bowl}; afterwards restore the {x} on top of it.",
                f"Move the block underneath the {x} into the {bowl}, and re-stack the {x} onto that block.",
            ]
        )
        goal = rels(Rel("in", y, bowl), Rel("on", x, y))
        return text, _goal(goal, moves=((x, "table"), (y, bowl), (x, y)))
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    (t,) = w.state.in_bowl(bowl)
    xs = [b for b in w.clear_blocks() if b != t]
    if not xs:
        return None
    x = w.rng.choice(xs)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the block that is currently in the {bowl} to the {p}, then stack the {x} on it.",
            f"Relocate the block contained in the {bowl} to the {p}; subsequently place the {x} on top of it.",
            f"Transfer the block which sits in the {bowl} to the {p}, and put the {x} onto that block.",
        ]
    )
    return text, _goal(rels(Rel("at", t, p), Rel("on", x, t)), moves=((t, p), (x, t)))


def t117_rel_grandparent(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    w.rng.shuffle(bowls)
    for bowl in bowls:  # the first empty bowl with one block clearly nearest to it
        order = sorted(w.blocks, key=lambda b: w.dist(b, bowl))
        x = order[0]
        if (
            len(order) > 1
            and w.dist(order[1], bowl) - w.dist(x, bowl) >= 0.03
            and w.state.is_clear(x)
        ):
            break
    else:
        return None
    text = w.rng.choice(
        [
            f"Take the block that's closest to the {bowl}, dear, and put it in that bowl.",
            f"Would you find the block nearest the {bowl} and pop it in there, love?",
            f"The block that sits nearest to the {bowl}: put it into that very bowl, please.",
        ]
    )
    return text, _goal(rels(Rel("in", x, bowl)), moves=((x, bowl),))


def t117_rel_gamer(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    pairs = _top_pairs(w)
    if bowls and (not pairs or w.rng.random() < 0.5):
        bowl = w.rng.choice(bowls)
        (t,) = w.state.in_bowl(bowl)
        ys = [b for b in _stackable(w) if b != t]
        if not ys:
            return None
        y = w.rng.choice(ys)
        text = w.rng.choice(
            [
                f"that block in the {bowl}, yank it out and stick it on the {y}",
                f"The block sitting in the {bowl}? Put it on top of the {y}.",
                f"yo, the one block in the {bowl} goes on the {y} now",
            ]
        )
        return text, _goal(rels(Rel("on", t, y)), moves=((t, y),))
    if not pairs:
        return None
    x, t = w.rng.choice(pairs)
    ys = [b for b in _stackable(w) if b not in (x, t)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"the block the {x} is standing on, yank it out and stick it on the {y}",
            f"The block under the {x}? Put that one on top of the {y}.",
            f"yo, whatever block the {x} is sitting on goes on the {y} now",
        ]
    )
    return text, _goal(rels(Rel("on", t, y)), moves=((x, "table"), (t, y)))


# ----- keep -----------------------------------------------------------------------------------------
def t117_keep_teacher(w: World) -> Made:
    bowls = _bowls(w, 2)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    pair = w.pick(
        [
            b
            for b in w.clear_blocks()
            if w.state.base(b) != bowl and _col(w, b) != _col(w, bowl)
        ],
        2,
    )
    if not pair:
        return None
    x, y = pair
    z = w.rng.choice([b for b in w.blocks if b not in pair])
    text = w.rng.choice(
        [
            f"Put the {x} in the {bowl} and the {_one(w, y)} too, but keep the {z} where it is.",
            f"Place the {x} in the {bowl}. The {y} as well. The {z} stays exactly where it is.",
            f"The {x} and then the {y} go in the {bowl}; please don't move the {z}.",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, bowl), Rel("in", y, bowl)),
        kept(z),
        moves=((x, bowl), (y, bowl)),
    )


def t117_keep_coworker(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x = w.rng.choice(free)
    pair = w.pick([b for b in w.blocks if b != x], 2)
    if not pair:
        return None
    y, z = pair
    text = w.rng.choice(
        [
            f"Move the {x} to the bin; the {y} stays put, and so does the {z}.",
            f"Bin the {x}. Leave the {y} alone, same with the {z}.",
            f"Just the {x} into the bin, please. The {y} and the {z}, keep them where they are.",
        ]
    )
    return text, _goal(binned([x]), kept(y, z), moves=((x, BIN),))


def t117_keep_child(w: World) -> Made:
    bases = _stackable(w)
    if not bases:
        return None
    y = w.rng.choice(bases)
    xs = [b for b in w.clear_blocks() if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    pair = w.pick([b for b in w.blocks if b not in (x, y)], 2)
    if not pair:
        return None
    z, v = pair
    text = w.rng.choice(
        [
            f"Put the {x} on the {y}! But the {z} and the {v}, don't touch them!",
            f"put the {x} on top of the {y} but don't touch the {z}, and don't touch the {_one(w, v)} either",
            f"The {x} goes on the {y}! Leave the {z} alone. The {v} too!",
        ]
    )
    return text, _goal(rels(Rel("on", x, y)), kept(z, v), moves=((x, y),))


def t117_keep_engineer(w: World) -> Made:
    bases = _stackable(w, 2)
    if not bases:
        return None
    y = w.rng.choice(bases)
    pair = w.pick([b for b in w.clear_blocks() if b != y], 2)
    if not pair:
        return None
    x, z = pair
    vs = [b for b in w.blocks if b not in (x, y, z)]
    if not vs:
        return None
    v = w.rng.choice(vs)
    text = w.rng.choice(
        [
            f"Stack the {x} on the {y}, then the {z} on that; hold the {v}'s position fixed.",
            f"Put the {x} onto the {y} and the {z} onto the {x}. The {v} must remain where it is.",
            f"Build a tower: the {y}, the {x} on it, the {z} on top of that. Do not disturb the {v}.",
        ]
    )
    return text, _goal(
        rels(Rel("on", x, y), Rel("on", z, x)), kept(v), moves=((x, y), (z, x))
    )


def t117_keep_grandparent(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    rest = [b for b in w.blocks if b not in pair]
    if not rest or len(rest) > 5:
        return None
    for k in pair:  # what the kept blocks stand on must stay too
        if any(b in rest for b in _below(w.state, k)):
            return None
    text = w.rng.choice(
        [
            f"Leave the {x} where it is, dear, and the {y} as well, and put all the others in the bin.",
            f"Don't move the {x}, love, nor the {y}; every other block can go in the bin.",
            f"Keep the {x} just where it is, and likewise the {y}. The rest of the blocks go in the bin, please.",
        ]
    )
    order = sorted(rest, key=lambda b: -_height(w.state, b))
    return text, _goal(binned(rest), kept(x, y), moves=tuple((b, BIN) for b in order))


def t117_keep_gamer(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    x, y = pair
    z = w.rng.choice([b for b in w.blocks if b not in pair])
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"{_cap(x)} to the {p}, {y} ditto, {z} stays where it is, don't touch it.",
            f"move the {x} to the {p}, same for the {y}. the {z} is AFK, leave it",
            f"Send the {x} and the {y} to the {p}; the {z} doesn't move.",
        ]
    )
    return text, _goal(
        rels(Rel("at", x, p), Rel("at", y, p)), kept(z), moves=((x, p), (y, p))
    )


# ----- multi-step -----------------------------------------------------------------------------------
def t117_multi_teacher(w: World) -> Made:
    bowls = _bowls(w, 2)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    trio = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl], 3)
    if not trio:
        return None
    x, y, z = trio
    text = w.rng.choice(
        [
            (
                f"First put the {x} in the {bowl}. Then do that again with the {y}. After that, put the {z} on the "
                "one you moved first."
            ),
            f"Put the {x} in the {bowl}, and then the {y}. Finally, stack the {z} on the block I mentioned first.",
            (
                f"Start by putting the {x} in the {bowl}; the {y} goes in next. Then put the {z} on top of the first "
                "block you moved."
            ),
        ]
    )
    goal = rels(Rel("in", x, bowl), Rel("in", y, bowl), Rel("on", z, x))
    return text, _goal(goal, moves=((x, bowl), (y, bowl), (z, x)))


def t117_multi_coworker(w: World) -> Made:
    pairs = _top_pairs(w)
    if not pairs:
        return None
    x, u = w.rng.choice(pairs)
    ys = [b for b in _stackable(w) if b not in (x, u)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Put the {x} in the bin, then the one that was under it on the {y}.",
            f"Bin the {x}, and then move the block it was sitting on over onto the {y}.",
            f"Can you throw the {x} in the bin and then put whatever was under it on top of the {y}?",
        ]
    )
    return text, _goal(binned([x]), rels(Rel("on", u, y)), moves=((x, BIN), (u, y)))


def t117_multi_child(w: World) -> Made:
    bowls = _bowls(w, 2)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    bases = [b for b in _stackable(w) if w.state.base(b) != bowl]
    if not bases:
        return None
    y = w.rng.choice(bases)
    xs = [b for b in w.clear_blocks() if b != y and w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Put the {x} on the {y}, then put them both in the {bowl}!",
            f"put the {x} on top of the {y} and then put both of them in the {bowl}",
            f"First the {x} goes on the {y}! Then they both go in the {bowl}!",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, bowl), Rel("in", y, bowl)),
        moves=((x, y), (x, bowl), (y, bowl)),
    )


def t117_multi_engineer(w: World) -> Made:
    pairs = _top_pairs(w)
    if not pairs:
        return None
    x, u = w.rng.choice(pairs)
    pair = w.pick([b for b in w.clear_blocks() if b not in (x, u)], 2)
    if not pair:
        return None
    v, z = pair
    text = w.rng.choice(
        [
            f"Step 1: {x} to the bin. Step 2: repeat for the {v}. Step 3: {z} to where the {x} was.",
            f"Dispose of the {x} in the bin, then the {v} likewise, then place the {z} where the {x} used to be.",
            f"Bin the {x}, do the same with the {v}, and then put the {z} in the spot the {x} just left.",
        ]
    )
    return text, _goal(
        binned([x, v]), rels(Rel("on", z, u)), moves=((x, BIN), (v, BIN), (z, u))
    )


def t117_multi_grandparent(w: World) -> Made:
    bowls = _bowls(w, 1)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [b for b in w.clear_blocks() if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Put the {x} in the {bowl}, dear, and when you've done that, stack the {y} on it.",
            f"First the {x} goes in the {bowl}, love; then set the {y} on top of that block.",
            f"Would you put the {x} into the {bowl}, and after that put the {y} on top of the {_one(w, x)}?",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, bowl), Rel("on", y, x)), moves=((x, bowl), (y, x))
    )


def t117_multi_gamer(w: World) -> Made:
    trio = w.pick(w.clear_blocks(), 3)
    if not trio:
        return None
    x, y, z = trio
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"{x} to the {p}, then the {y} on it, then the {z} on the {_one(w, y)}, gg",
            f"ok: {x} goes to the {p}. {y} on top of that. {z} on top of that one. ez tower",
            f"Drop the {x} at the {p}, stack the {y} on it, and then the {z} on top of the {y}.",
        ]
    )
    goal = rels(Rel("at", x, p), Rel("on", y, x), Rel("on", z, y))
    return text, _goal(goal, moves=((x, p), (y, x), (z, y)))


# ----- question -------------------------------------------------------------------------------------
def t117_q_teacher(w: World) -> Made:
    busy = [b for b in w.blocks if not w.state.is_clear(b)]
    pool = busy if busy and w.rng.random() < 0.5 else w.blocks
    x = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Look at the {x}. Is there anything on top of it?",
            f"Now, the {x}: is any block sitting on it?",
            f"Find the {x}. Does it have a block on top of it?",
        ]
    )
    return text, answered(yes(not w.state.is_clear(x)))


def t117_q_coworker(w: World) -> Made:
    inside = w.in_bowls()
    pool = inside if inside and w.rng.random() < 0.5 else w.blocks
    x = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"The {x}, is it in one of the bowls?",
            f"Quick one about the {x}: is it sitting in a bowl?",
            f"That {x} - is it inside any of the bowls right now?",
        ]
    )
    return text, answered(yes(w.state.base(x) in w.state.bowls))


def t117_q_child(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, x = w.rng.choice(pairs)
    if w.rng.random() < 0.5:
        y = t
    else:
        others = [b for b in w.blocks if b not in (t, x)]
        if not others:
            return None
        y = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"There's a block on the {x}! Is it the {y}?",
            f"something is on top of the {x}. is that the {_one(w, y)}?",
            f"The {x} has a block on it! Is that one the {y}?",
        ]
    )
    return text, answered(yes(w.state.support[y] == x))


def t117_q_engineer(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Consider the {bowl}. How many blocks does it contain?",
            f"Regarding the {bowl}: how many blocks are in it at present?",
            f"Take the {bowl}. Count the blocks inside it, please.",
        ]
    )
    return text, answered(str(n))


def t117_q_grandparent(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] in (*w.blocks, *w.bowls)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    under = w.state.support[x]
    text = w.rng.choice(
        [
            f"The {x}, dear, what is it sitting on?",
            f"Tell me about the {x}, love: what's underneath it?",
            f"Now where's the {x}? What's it resting on?",
        ]
    )
    return text, answered(under)


def t117_q_gamer(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        apart = [
            (a, b)
            for a in w.blocks
            for b in w.blocks
            if a < b and a not in w.state.above(b) and b not in w.state.above(a)
        ]
        if not apart:
            return None
        x, y = w.rng.choice(apart)
        flag = False
    if w.rng.random() < 0.5:
        x, y = y, x
    text = w.rng.choice(
        [
            f"{_cap(x)} and {y}: is one of them on top of the other?",
            f"yo, the {x} and the {_one(w, y)}, is either of them stacked on the other?",
            f"The {x} and the {y} - is one of those two sitting on the other one?",
        ]
    )
    return text, answered(yes(flag))


# ----- matching -------------------------------------------------------------------------------------
def t117_match_teacher(w: World) -> Made:
    m = _matches(w)
    cands = [
        b
        for b in w.clear_blocks()
        if b in m and w.state.base(b) != m[b] and _floor(w.state, m[b]) <= 2
    ]
    if not cands:
        return None
    x = w.rng.choice(cands)
    bowl = m[x]
    ys = [b for b in w.clear_blocks() if b != x and w.state.base(b) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Put the {x} in the bowl that is the same colour as it, and then put the {y} in there too.",
            f"Place the {x} in its matching bowl. Then put the {y} into that bowl as well.",
            f"The {x} goes in the bowl of its own colour, and the {y} joins it in that bowl.",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, bowl), Rel("in", y, bowl)), moves=((x, bowl), (y, bowl))
    )


def t117_match_coworker(w: World) -> Made:
    m = _matches(w)
    moving = [b for b in m if w.state.base(b) != m[b]]
    if not moving or any(not w.state.is_clear(b) for b in moving):
        return None
    if any(_floor(w.state, m[b]) + 1 > layout.BOWL_CAPACITY for b in moving):
        return None
    rest = [b for b in w.blocks if b not in m]
    text = w.rng.choice(
        [
            "Whatever blocks have a bowl in their colour, drop each one in it; leave the rest where they are.",
            "Any block that's got a bowl of the same colour goes in that bowl. The others stay put.",
            "Blocks with a matching bowl, put them in it. Everything else, don't move it.",
        ]
    )
    return text, _goal(
        rels(*matching(w)), kept(*rest), moves=tuple((b, m[b]) for b in moving)
    )


def t117_match_child(w: World) -> Made:
    m = _matches(w)
    cands = [b for b in w.clear_blocks() if b in m and w.state.base(b) != m[b]]
    if not cands:
        return None
    x = w.rng.choice(cands)
    bowl = m[x]
    ys = [b for b in w.clear_blocks() if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Put the {x} in its bowl, the {_col(w, x)} one! And then put the {y} on top of it!",
            f"the {x} goes in the bowl that's the same colour! then the {y} goes on it!",
            f"Put the {x} in the bowl that matches it, and then stack the {y} on it!",
        ]
    )
    return text, _goal(
        rels(Rel("in", x, bowl), Rel("on", y, x)), moves=((x, bowl), (y, x))
    )


def t117_match_engineer(w: World) -> Made:
    m = _matches(w)
    if not m:
        return None
    rest = [b for b in w.blocks if b not in m]
    if not rest or len(rest) > 5:
        return None
    text = w.rng.choice(
        [
            "Sort the blocks by colour into the matching bowls; blocks without a matching bowl go in the bin.",
            "Each block whose colour matches a bowl goes in that bowl. The remaining blocks: bin them.",
            "Put every block in the bowl of its colour where one exists, and dispose of the others in the bin.",
        ]
    )
    order = sorted(w.blocks, key=lambda b: -_height(w.state, b))
    moves = tuple((b, m.get(b, BIN)) for b in order)
    return text, _goal(rels(*matching(w)), binned(rest), moves=moves)


def t117_match_grandparent(w: World) -> Made:
    m = _matches(w)
    if not m:
        return None
    x = w.rng.choice(sorted(m))
    bowl = m[x]
    if _floor(w.state, bowl) >= layout.BOWL_CAPACITY:
        return None
    ys = [b for b in w.clear_blocks() if b != x and w.state.base(b) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Find the bowl that's the same colour as the {x}, dear, and put the {y} in it.",
            f"You see the bowl that matches the {x}? Pop the {y} in there, love.",
            f"The {y} should go in the bowl whose colour matches the {x}, sweetheart.",
        ]
    )
    return text, _goal(rels(Rel("in", y, bowl)), moves=((y, bowl),))


def t117_match_gamer(w: World) -> Made:
    m = _matches(w)
    cands = [b for b in w.clear_blocks() if b in m and w.state.base(b) != m[b]]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"{x} into its matching bowl, and anything else that's got a matching bowl, same deal",
            f"Match the {x} to its bowl, then do the rest of the matching ones the same way.",
            f"colour match time: the {x} goes in the bowl with its colour, and so does every other block with one",
        ]
    )
    order = sorted(m, key=lambda b: -_height(w.state, b))
    moves = tuple((b, m[b]) for b in order if w.state.base(b) != m[b])
    return text, _goal(rels(*matching(w)), moves=moves)


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
_STYLES = ("teacher", "coworker", "child", "engineer", "grandparent", "gamer")
FRESH117: list[Template] = [
    (f"t117_{short}_{style}", category, globals()[f"t117_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
