"""`FRESH185`, the hundred-and-eighty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is none in particular: yet more ordinary people on an ordinary day, typing what they want into the robot's
chat window in their own plain words. A night-shift security guard is tired and plain ("just move", "check"); a
school librarian is orderly ("shelve", "return", "file"); a gamer streaming live is excited ("chat says", "let's
gooo"); a translator writes careful formal English ("kindly", "please ensure"); a plumber on a break is practical
("shift", "chuck", "pop", "sort out"); a mum on the school run texts in abbreviations ("pls", "thx", "u", "lol").
They ask for the everyday jobs: a block into a bowl, onto another block or to a named place, towers, colour sorting,
clearing blocks into the bin, leaving some things as they are, and plain questions (one or two in a message). The
checks accept any order and any free choice the words leave open (which empty bowl, which three blocks, where a block
taken off another lands when only "not into the bin" is said), always require an empty gripper, and never accept
the scene as it was.

The six styles:

- guard: "just move the red block into the blue bowl and leave everything else alone."
- librarian: "Please shelve the green block on the yellow block; the red block stays exactly where it is."
- gamer: "ok chat, first the red block goes on the blue block, then the pink block goes on the red block. let's gooo"
- translator: "Kindly ensure that every bowl is empty."
- plumber: "chuck any three blocks in the bin, doesn't matter which ones."
- mum: "is the red block in the blue bowl? and how many blocks r on the table? thx"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 3e77970, the code of fddedcb, before anything it could prompt): 0.8667
goal-correct (260 of 300), 40 refused, no wrong action and no wrong reply. The refusals: the gamer's "chat says ..." and
"yo X, chat says bin it", "Kindly move the block closest to the top left corner into that corner", "each block sharing
its colour with a bowl is placed in that bowl, and that no other block remains in any bowl", "sort out the colours:
whichever block is the same colour as W, shift it in there".
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
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

CORNERS = [p for p in PLACES if p != "middle"]


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """The goal of an action: every check holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _out(text: str, check: Check, w: World) -> Made:
    """The instance, unless the scene already satisfies it (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str) -> int:
    """Free room in a bowl, counting every block whose tower stands in it."""
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _depth(w: World, block: str) -> int:
    """How many blocks high the tower is up to and including `block`."""
    n, cur = 1, w.state.support[block]
    while cur in w.state.support:
        n, cur = n + 1, w.state.support[cur]
    return n


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower."""
    out, cur = [], w.state.support[block]
    while cur in w.state.support:
        out.append(cur)
        cur = w.state.support[cur]
    return out


def _bases(w: World, n: int = 1) -> list[str]:
    """Clear blocks that `n` more blocks can be stacked on."""
    return [b for b in w.clear_blocks() if _depth(w, b) + n <= layout.MAX_TOWER]


def _table(block: str) -> Check:
    """The block stands directly on the table (a named place included)."""
    return lambda _i, f: f.support[block] in (TABLE, *PLACES)


def _on_table(block: str) -> Check:
    """The block's tower stands on the table (a named place included)."""
    return lambda _i, f: f.base(block) in (TABLE, *PLACES)


def _not_in(block: str, where: str) -> Check:
    return lambda _i, f: f.base(block) != where


def _binned_n(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _bowl_of(w: World, block: str) -> str | None:
    """The bowl of the block's colour, if there is one."""
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _support_words(w: World, block: str) -> str:
    s = w.state.support[block]
    return "table" if s in (TABLE, *PLACES) else s


# ----- imperative -------------------------------------------------------------------------------------
def t185_imp_guard(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    return _out(f"long night. just move the {x} over to the {place}.", _act(rels(Rel("at", x, place))), w)


def t185_imp_librarian(w: World) -> Made:
    ys = _bases(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in w.clear_blocks() if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _out(f"Please shelve the {x} on top of the {y}.", _act(rels(Rel("on", x, y))), w)


def t185_imp_gamer(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return _out(f"chat says bin the {x}!! do it do it, let's gooo", _act(binned([x])), w)


def t185_imp_translator(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    return _out(f"Kindly move the {x} to the {place}.", _act(rels(Rel("at", x, place))), w)


def t185_imp_plumber(w: World) -> Made:
    bowl = w.pick(w.bowls)
    xs = w.pick([b for b in w.blocks if bowl and w.state.base(b) != bowl[0]], 2)
    if not bowl or not xs or _room(w, bowl[0]) < 2:
        return None
    x, y = xs
    return _out(f"shift the {x} and the {y} into the {bowl[0]} for me, mate.",
                _act(rels(Rel("in", x, bowl[0]), Rel("in", y, bowl[0]))), w)


def t185_imp_mum(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    return _out(f"can u take the {x} out of the {bowl} and put it on the table pls thx",
                _act(_on_table(x)), w)


# ----- declarative ------------------------------------------------------------------------------------
def t185_dec_guard(w: World) -> Made:
    ys = _bases(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in w.clear_blocks() if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _out(f"the {x} should be sitting on the {y}. that's all.", _act(rels(Rel("on", x, y))), w)


def t185_dec_librarian(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    return _out(f"The {x} belongs in the {place}.", _act(rels(Rel("at", x, place))), w)


def t185_dec_gamer(w: World) -> Made:
    ys = _bases(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    rest = w.pick([b for b in w.clear_blocks() if b != y], 2)
    if not rest:
        return None
    x, z = rest
    return _out(f"ok chat, final layout: the {x} on top of the {y}, the {z} in the bin. let's gooo",
                _act(rels(Rel("on", x, y)), binned([z])), w)


def t185_dec_translator(w: World) -> Made:
    bowls = w.pick(w.bowls, 2)
    xs = w.pick(w.blocks, 2)
    if not bowls or not xs:
        return None
    (b1, b2), (x, y) = bowls, xs
    need = {b1: int(w.state.base(x) != b1), b2: int(w.state.base(y) != b2)}
    if any(_room(w, b) < n for b, n in need.items()):
        return None
    return _out(f"The intended arrangement is the following: the {x} is in the {b1}, and the {y} is in the {b2}.",
                _act(rels(Rel("in", x, b1), Rel("in", y, b2))), w)


def t185_dec_plumber(w: World) -> Made:
    xs = w.pick(w.blocks, 2)
    if not xs:
        return None
    x, y = xs
    corner = w.rng.choice(CORNERS)
    return _out(f"the {x}'s meant to be in the middle and the {y} in the {corner}, that's the job.",
                _act(rels(Rel("at", x, "middle"), Rel("at", y, corner))), w)


def t185_dec_mum(w: World) -> Made:
    bowl = w.pick(w.bowls)
    xs = w.pick(w.blocks, 2)
    if not bowl or not xs:
        return None
    x, y = xs
    if w.state.base(y) != bowl[0] and _room(w, bowl[0]) < 1:
        return None
    return _out(f"the {x} needs to be in the bin and the {y} in the {bowl[0]} asap lol",
                _act(binned([x]), rels(Rel("in", y, bowl[0]))), w)


# ----- desiderative -----------------------------------------------------------------------------------
def t185_des_guard(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or _room(w, bowl[0]) < 1:
        return None
    xs = [b for b in w.blocks if w.state.base(b) != bowl[0]]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _out(f"I want the {x} in the {bowl[0]}. just that.", _act(rels(Rel("in", x, bowl[0]))), w)


def t185_des_librarian(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    return _out(f"I'd like the {x} shelved in the {place}, please.", _act(rels(Rel("at", x, place))), w)


def t185_des_gamer(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)

    def tower(_i, f) -> bool:
        return (f.support[b] == a and f.support[c] == b and f.is_clear(c)
                and f.support[a] in (TABLE, *PLACES, *f.bowls))

    return _out(f"chat wants a tower!! the {a} on the bottom, then the {b}, then the {c} on top. let's gooo",
                _act(tower), w)


def t185_des_translator(w: World) -> Made:
    ys = _bases(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in w.clear_blocks() if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _out(f"I would be grateful if the {x} could be placed on top of the {y}.",
                _act(rels(Rel("on", x, y))), w)


def t185_des_plumber(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _out(f"what I'd want is the {x} off the {y} and down on the table.",
                _act(lambda _i, f: f.support[x] != y, _table(x)), w)


def t185_des_mum(w: World) -> Made:
    bowl = w.pick(w.bowls)
    xs = w.pick([b for b in w.blocks if bowl and w.state.base(b) != bowl[0]], 2)
    if not bowl or not xs or _room(w, bowl[0]) < 2:
        return None
    x, y = xs
    return _out(f"make it so the {x} and the {y} are both in the {bowl[0]} pls, thx",
                _act(rels(Rel("in", x, bowl[0]), Rel("in", y, bowl[0]))), w)


# ----- quantified -------------------------------------------------------------------------------------
def t185_qua_guard(w: World) -> Made:
    return _out("just put all the blocks in the bin.", _act(binned(w.blocks)), w)


def t185_qua_librarian(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    return _out("Please return every block that is in a bowl to the table.",
                _act(*(_on_table(x) for x in xs)), w)


def t185_qua_gamer(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _out(f"chat says exactly two blocks in the {bowl}!! any two, let's gooo", _act(count_in(bowl, 2)), w)


def t185_qua_translator(w: World) -> Made:
    if not w.in_bowls():
        return None
    return _out("Kindly ensure that every bowl is empty.", _act(*(empty(b) for b in w.bowls)), w)


def t185_qua_plumber(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _out("chuck any three blocks in the bin, doesn't matter which ones.", _act(_binned_n(3)), w)


def t185_qua_mum(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _out("pls put all the blocks in the middle thx",
                _act(rels(*(Rel("at", b, "middle") for b in w.blocks))), w)


# ----- negated ----------------------------------------------------------------------------------------
def t185_neg_guard(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    return _out(f"just put every block in the bin except the {x}.", _act(binned(others), none_binned([x])), w)


def t185_neg_librarian(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or _room(w, bowl[0]) < 1:
        return None
    xs = [b for b in w.blocks if w.state.support[b] != bowl[0]]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _out(f"Please shelve the {x} in the {bowl[0]}, but do not stack it on another block.",
                _act(lambda _i, f: f.support[x] == bowl[0]), w)


def t185_neg_gamer(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    return _out(f"chat says the {x} is NOT allowed in the {bowl} lol, get it out of there",
                _act(_not_in(x, bowl)), w)


def t185_neg_translator(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.rng.choice(w.blocks)
    base = w.state.base(x)
    b1 = base if base in w.bowls else w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != b1]
    if all(_room(w, b) < 1 for b in others):
        return None
    return _out(f"Kindly place the {x} in a bowl other than the {b1}.",
                _act(lambda _i, f: f.base(x) in others), w)


def t185_neg_plumber(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return _out("chuck every block that isn't in a bowl into the bin.",
                _act(binned(outside), lambda i, f: all(f.base(b) == i.base(b) for b in inside)), w)


def t185_neg_mum(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _out(f"pls get the {x} off the {y} but not into the bin thx",
                _act(lambda _i, f: f.support[x] != y, none_binned([x])), w)


# ----- relative ---------------------------------------------------------------------------------------
def t185_rel_guard(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]  # the one block above the y
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowls = [b for b in w.bowls if b != w.state.base(x) and _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _out(f"just move the block that's on top of the {y} into the {bowl}.",
                _act(rels(Rel("in", x, bowl))), w)


def t185_rel_librarian(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    place = w.rng.choice(PLACES)
    return _out(f"Please return the block in the {bowl} to the {place}.", _act(rels(Rel("at", x, place))), w)


def t185_rel_gamer(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if not _below(w, y)]  # the one block below the x
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _out(f"yo the block under the {x}, chat says bin it!! let's gooo", _act(binned([y])), w)


def _nearest(w: World, ref: str, xy: tuple[float, float] | None = None) -> str | None:
    """The lone block (on the table, nothing on it) clearly nearer than any other block to a bowl or a place."""
    p = xy or w.scene.get(ref).position[:2]
    ranked = sorted(w.blocks, key=lambda b: _dist(w, b, p))
    x = ranked[0]
    if w.state.support[x] != TABLE or not w.state.is_clear(x):
        return None
    if len(ranked) > 1 and _dist(w, ranked[1], p) - _dist(w, x, p) < 0.04:
        return None
    return x


def _dist(w: World, block: str, p: tuple[float, float]) -> float:
    q = w.scene.get(block).position
    return ((q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2) ** 0.5


def t185_rel_translator(w: World) -> Made:
    options = [(bowl, _nearest(w, bowl)) for bowl in w.bowls if not w.state.in_bowl(bowl)]
    options += [(corner, _nearest(w, corner, layout.PLACES[corner])) for corner in CORNERS]
    options = [(ref, x) for ref, x in options if x]
    if not options:
        return None
    ref, x = w.rng.choice(options)
    if ref in w.bowls:
        return _out(f"Kindly place the block nearest to the {ref} inside that bowl.",
                    _act(rels(Rel("in", x, ref))), w)
    return _out(f"Kindly move the block closest to the {ref} into that corner.", _act(rels(Rel("at", x, ref))), w)


def t185_rel_plumber(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    ys = [b for b in w.blocks if w.state.base(b) != bowl]
    if not ys or _room(w, bowl) < 1:
        return None
    y = w.rng.choice(ys)
    return _out(f"stick the {y} in the same bowl the {x}'s in, cheers.", _act(rels(Rel("in", y, bowl))), w)


def t185_rel_mum(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    x = w.rng.choice(w.blocks)
    return _out(f"pls put the {x} in an empty bowl thx", _act(lambda _i, f: f.base(x) in empties), w)


# ----- keep -------------------------------------------------------------------------------------------
def t185_keep_guard(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or _room(w, bowl[0]) < 1:
        return None
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl[0]]
    if not xs:
        return None
    x = w.rng.choice(xs)
    others = [b for b in w.blocks if b != x]
    return _out(f"just move the {x} into the {bowl[0]} and leave everything else alone.",
                _act(rels(Rel("in", x, bowl[0])), kept(*others)), w)


def t185_keep_librarian(w: World) -> Made:
    ys = _bases(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in w.clear_blocks() if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    zs = [b for b in w.blocks if b not in (x, y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _out(f"Please shelve the {x} on the {y}; the {z} stays exactly where it is.",
                _act(rels(Rel("on", x, y)), kept(z)), w)


def t185_keep_gamer(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _out(f"chat says bin the {x} but DON'T touch the blocks in the {bowl}",
                _act(binned([x]), kept(*w.state.in_bowl(bowl))), w)


def t185_keep_translator(w: World) -> Made:
    xs = w.clear_blocks()
    x = w.rng.choice(xs)
    yz = w.pick([b for b in w.blocks if b != x], 2)
    if not yz:
        return None
    y, z = yz
    place = w.rng.choice(PLACES)
    return _out(f"Please move the {x} to the {place}, ensuring that the {y} and the {z} remain where they are.",
                _act(rels(Rel("at", x, place)), kept(y, z)), w)


def t185_keep_plumber(w: World) -> Made:
    ys = _bases(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in w.clear_blocks() if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _out(f"pop the {x} on top of the {y}, but don't move the {y} itself.",
                _act(rels(Rel("on", x, y)), kept(y)), w)


def t185_keep_mum(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    yz = w.pick([b for b in w.blocks if b != x], 2)
    if not yz:
        return None
    y, z = yz
    return _out(f"pls put the {x} in the bin but leave the {y} & the {z} where they are thx",
                _act(binned([x]), kept(y, z)), w)


# ----- multi_step -------------------------------------------------------------------------------------
def t185_multi_guard(w: World) -> Made:
    bowl = w.pick(w.bowls)
    xs = w.pick(w.blocks, 2)
    if not bowl or not xs or _room(w, bowl[0]) < 2:
        return None
    x, y = xs
    return _out(f"first move the {x} into the {bowl[0]}, then put the {y} on top of the {x}.",
                _act(rels(Rel("in", x, bowl[0]), Rel("on", y, x))), w)


def t185_multi_librarian(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    p1, p2 = w.pick(list(PLACES), 2)
    return _out(f"Please shelve the {x} in the {p1} first, and after that return the {y} to the {p2}.",
                _act(rels(Rel("at", x, p1), Rel("at", y, p2))), w)


def t185_multi_gamer(w: World) -> Made:
    ys = _bases(w, 2)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xz = w.pick([b for b in w.blocks if b != y and b not in _below(w, y)], 2)
    if not xz:
        return None
    x, z = xz
    return _out(f"ok chat, first the {x} goes on the {y}, then the {z} goes on the {x}. let's gooo",
                _act(rels(Rel("on", x, y), Rel("on", z, x))), w)


def t185_multi_translator(w: World) -> Made:
    bowl = w.pick(w.bowls)
    xs = w.pick(w.blocks, 2)
    if not bowl or not xs:
        return None
    x, y = xs
    if w.state.base(x) != bowl[0] and _room(w, bowl[0]) < 1:
        return None
    place = w.rng.choice(PLACES)
    return _out(f"Kindly carry out these steps in order: first, place the {x} in the {bowl[0]}; "
                f"then, move the {y} to the {place}.",
                _act(rels(Rel("in", x, bowl[0]), Rel("at", y, place))), w)


def t185_multi_plumber(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in w.blocks if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _out(f"right, empty the {bowl} into the bin, then shift the {x} into it.",
                _act(binned(inside), rels(Rel("in", x, bowl))), w)


def t185_multi_mum(w: World) -> Made:
    bowl = w.pick(w.bowls)
    xs = w.pick(w.blocks, 2)
    if not bowl or not xs:
        return None
    x, y = xs
    if w.state.base(y) != bowl[0] and _room(w, bowl[0]) < 1:
        return None
    return _out(f"1st put the {x} in the bin, then the {y} in the {bowl[0]} pls thx",
                _act(binned([x]), rels(Rel("in", y, bowl[0]))), w)


# ----- question ---------------------------------------------------------------------------------------
def t185_q_guard(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"just checking: how many blocks are in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t185_q_librarian(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bowl = w.state.base(x)
    else:
        x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    return (f"Could you tell me whether the {x} is in the {bowl}?",
            answered(yes(w.state.base(x) == bowl)))


def t185_q_gamer(w: World) -> Made:
    return ("chat wants to know: how many blocks are on the table right now?",
            answered(str(len(w.state.on_the_table()))))


def t185_q_translator(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return f"Would you kindly tell me what the {x} is resting on?", answered(_support_words(w, x))


def t185_q_plumber(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x = w.rng.choice(w.blocks)
    n = len(w.state.in_bowl(bowl))
    return (f"how many blocks are in the {bowl}, and what's the {x} sitting on?",
            answered(f"{n}|{_support_words(w, x)}"))


def t185_q_mum(w: World) -> Made:
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    n = len(w.state.on_the_table())
    return (f"is the {x} in the {bowl}? and how many blocks r on the table? thx",
            answered(f"{yes(w.state.base(x) == bowl)}|{n}"))


# ----- matching ---------------------------------------------------------------------------------------
def _matches(w: World) -> list[Rel] | None:
    """The colour matches, if some are still to do and every bowl has room for its match."""
    want = matching(w)
    if not want or all(r.args[1] == w.state.base(r.args[0]) for r in want):
        return None
    if any(w.state.base(r.args[0]) != r.args[1] and _room(w, r.args[1]) < 1 for r in want):
        return None
    return want


def t185_match_guard(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    return _out("just put every block that has a bowl of the same colour into that bowl.", _act(rels(*want)), w)


def t185_match_librarian(w: World) -> Made:
    xs = [b for b in w.blocks if _bowl_of(w, b) and w.state.base(b) != _bowl_of(w, b)]
    xs = [b for b in xs if _room(w, _bowl_of(w, b) or "") >= 1]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = _bowl_of(w, x) or ""
    return _out(f"Please file the {x} in the bowl that matches its colour.", _act(rels(Rel("in", x, bowl))), w)


def t185_match_gamer(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    rest = [b for b in w.blocks if not _bowl_of(w, b)]
    return _out("colour match time!! blocks go in their matching bowls, the rest go in the bin, let's gooo",
                _act(rels(*want), binned(rest)), w)


def t185_match_translator(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    rest = [b for b in w.blocks if not _bowl_of(w, b)]
    return _out("Kindly ensure that each block sharing its colour with a bowl is placed in that bowl, "
                "and that no other block remains in any bowl.",
                _act(rels(*want), lambda _i, f: all(f.base(b) not in f.bowls for b in rest)), w)


def t185_match_plumber(w: World) -> Made:
    bowls = [b for b in w.bowls if any(w.colour(x) == w.colour(b) for x in w.blocks)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = next(x for x in w.blocks if w.colour(x) == w.colour(bowl))
    if w.state.base(x) != bowl and _room(w, bowl) < 1:
        return None
    return _out(f"sort out the colours: whichever block is the same colour as the {bowl}, shift it in there.",
                _act(rels(Rel("in", x, bowl))), w)


def t185_match_mum(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    rest = [b for b in w.blocks if not _bowl_of(w, b)]
    moving = [r.args[0] for r in want if w.state.base(r.args[0]) != r.args[1]]
    if any(b in w.state.above(m) for m in moving for b in rest):
        return None
    return _out("pls put the blocks in the bowls that match their colour thx, the rest can stay where they are",
                _act(rels(*want), kept(*rest)), w)


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("guard", "librarian", "gamer", "translator", "plumber", "mum")
FRESH185: list[Template] = [
    (f"t185_{short}_{style}", category, globals()[f"t185_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
