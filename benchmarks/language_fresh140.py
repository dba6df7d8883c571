"""`FRESH140`, the hundred-and-forty-first untuned batch: sixty language templates, six per category, for the offline planner.

Theme: coordination and logic words. People join objects and conditions with neither/nor, either/or,
both/and, not only/but also, as well as, all but and whichever, and mean exactly what those words say:
"either X or Y" is met by X, by Y or by both; "neither X nor Y" by none of them; "all but X" leaves X out;
"whichever of X and Y ..." picks the one the scene decides. The six styles:

- neither: "Neither the red block nor the blue block should be sitting on another block."
- either: "Put either the green block or the yellow block in the bin, I don't mind which."
- both: "Both the white block and the pink block go on the table."
- also: "Not only the red block but also the cyan block belongs in the purple bowl."
- except: "Put every block except the green block and the red block in the bin."
- whichever: "Put whichever of the red block and the blue block is on top into the white bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

One slip while reading: a grep for the names BIN, TABLE and GRIPPER in `sim/core/lexicon.py` also printed
four of its synonym patterns (words for the bin and the table, lines 41-49); nothing here was written from them.

Every state check also asks that the gripper ends empty. Each check carries the moves its writer intended
(`check.moves`, pairs of block and target) so that the batch can check itself on a symbolic copy of the scene.

Its first run (300 instructions, seed 0, on 1b2acf3, the code of eba1106, after every fix before it and before anything
it could prompt): 0.39 goal-correct (117 of 300), 154 refused, 6 asked, 23 wrong, seven of them actions: 'take whichever
of X and Y is not in a bowl and put it in W' ended holding a block (twice); 'put either two or three of the blocks in the
bin' binned one (twice); 'not a single block should stay in either W or V', "don't leave X in either of the bowls" and
'neither X nor Y ought to rest on top of another block' did nothing; sixteen wrong replies ('is it true that ...', 'is
X in W as well as Y?', 'whichever bowl is furthest left'). Most refusals were 'either ... or', 'not only ... but also',
'as well as', 'whichever'.
"""

from __future__ import annotations

from benchmarks.planner_language import Check, Made, Template, World, answered, yes
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)
_BIN_CAPACITY = len(layout.BIN_SLOTS)


# ----- helpers --------------------------------------------------------------------------------------
def _say(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _goal(text: str, check: Check, moves: list[tuple[str, str]]) -> Made:
    """The sentence and its check; the gripper must end empty. `moves` is one way to meet it."""

    def full(i: SymState, f: SymState) -> bool:
        return f.held is None and check(i, f)

    full.moves = moves  # type: ignore[attr-defined]
    return text, full


def _in_bowl(s: SymState, b: str) -> bool:
    return s.base(b) in s.bowls


def _in(s: SymState, b: str, bowl: str) -> bool:
    return s.support[b] != GRIPPER and s.base(b) == bowl


def _binned(s: SymState, b: str) -> bool:
    return s.base(b) == BIN


def _grounded(s: SymState, b: str) -> bool:
    """The block's tower stands on the table (or a named place on it)."""
    return s.base(b) in _GROUND


def _flat(s: SymState, b: str) -> bool:
    """Lying directly on the table; a block stacked on another one is off the table in the plain sense."""
    return s.support[b] in _GROUND


def _stacked(s: SymState, b: str) -> bool:
    return s.support[b] in s.support


def _at(s: SymState, b: str, place: str) -> bool:
    return s.support[b] != GRIPPER and s.base(b) == place


def _bin_room(s: SymState) -> int:
    return _BIN_CAPACITY - sum(_binned(s, b) for b in s.blocks)


def _bowl_room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _tower(s: SymState, b: str) -> list[str]:
    """Every block of the tower holding `b`, bottom first."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *reversed(s.above(bottom))]


def _kept(i: SymState, f: SymState, *blocks: str) -> bool:
    return all(i.support[b] == f.support[b] for b in blocks)


def _two(w: World, a: str, b: str) -> tuple[str, str]:
    """The two names in a random order, as people would say them."""
    return (a, b) if w.rng.random() < 0.5 else (b, a)


def _apart(w: World, a: str, b: str) -> bool:
    """Far enough apart left to right that nobody would hesitate over which is further left."""
    return abs(w.y(a) - w.y(b)) > 0.05


def _to_bin(w: World, a: str, b: str) -> float:
    return abs(_bin_dist(w, a) - _bin_dist(w, b))


def _bin_dist(w: World, a: str) -> float:
    p = w.scene.get(a).position
    return (
        (p[0] - layout.BIN_CENTER[0]) ** 2 + (p[1] - layout.BIN_CENTER[1]) ** 2
    ) ** 0.5


def _matching_bowl(w: World, b: str) -> str | None:
    return next((c for c in w.bowls if w.colour(c) == w.colour(b)), None)


# ----- imperative -----------------------------------------------------------------------------------
def t140_imp_neither(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if _in_bowl(s, b)]
    if not inside:
        return None
    x = w.rng.choice(inside)
    a, b = _two(w, x, w.rng.choice([c for c in w.blocks if c != x]))
    text = _say(
        w,
        f"Make sure neither the {a} nor the {b} is left in a bowl.",
        f"See to it that neither the {a} nor the {b} stays in any of the bowls.",
        f"Leave neither the {a} nor the {b} in a bowl.",
    )
    moves = [(c, TABLE) for c in (a, b) if _in_bowl(s, c)]
    return _goal(text, lambda _i, f: not _in_bowl(f, a) and not _in_bowl(f, b), moves)


def t140_imp_either(w: World) -> Made:
    if _bin_room(w.state) < 1:
        return None
    a, b = w.pick(w.blocks, 2)
    text = _say(
        w,
        f"Put either the {a} or the {b} in the bin, I don't mind which.",
        f"Bin either the {a} or the {b} - your choice.",
        f"Drop either the {a} or the {b} into the bin.",
    )
    return _goal(text, lambda _i, f: _binned(f, a) or _binned(f, b), [(a, BIN)])


def t140_imp_both(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    need = [c for c in (a, b) if not _in(s, c, bowl)]
    if not need or _bowl_room(s, bowl) < len(need):
        return None
    text = _say(
        w,
        f"Put both the {a} and the {b} in the {bowl}.",
        f"Move both the {a} and the {b} into the {bowl}, please.",
        f"Get both the {a} and the {b} into the {bowl}.",
    )
    return _goal(
        text,
        lambda _i, f: _in(f, a, bowl) and _in(f, b, bowl),
        [(c, bowl) for c in need],
    )


def t140_imp_also(w: World) -> Made:
    pairs = w.pairs()
    if not pairs or _bin_room(w.state) < 2:
        return None
    top, below = w.rng.choice(pairs)
    text = _say(
        w,
        f"Bin the {top} as well as the block under it.",
        f"Put the {top} in the bin, as well as the block it's sitting on.",
        f"Throw the {top} into the bin, and the block beneath it as well.",
    )
    return _goal(
        text,
        lambda _i, f: _binned(f, top) and _binned(f, below),
        [(top, BIN), (below, BIN)],
    )


def t140_imp_except(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    rest = [c for c in w.blocks if c not in (a, b)]
    if len(rest) < 2 or len(rest) > _bin_room(w.state):
        return None
    text = _say(
        w,
        f"Put every block except the {a} and the {b} in the bin.",
        f"Bin all the blocks but the {a} and the {b}.",
        f"Clear all the blocks into the bin apart from the {a} and the {b}.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return (
            all(_binned(f, c) for c in rest) and not _binned(f, a) and not _binned(f, b)
        )

    return _goal(text, check, [(c, BIN) for c in rest])


def t140_imp_whichever(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [c for c in w.bowls if s.base(top) != c and _bowl_room(s, c) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a, b = _two(w, top, below)
    text = _say(
        w,
        f"Put whichever of the {a} and the {b} is on top into the {bowl}.",
        f"Of the {a} and the {b}, take whichever one is on top and put it in the {bowl}.",
        f"Whichever of the {a} and the {b} sits higher, move it into the {bowl}.",
    )
    return _goal(text, lambda _i, f: _in(f, top, bowl), [(top, bowl)])


# ----- declarative ----------------------------------------------------------------------------------
def t140_dec_neither(w: World) -> Made:
    s = w.state
    stacked = [b for b in w.blocks if _stacked(s, b)]
    if not stacked:
        return None
    x = w.rng.choice(stacked)
    a, b = _two(w, x, w.rng.choice([c for c in w.blocks if c != x]))
    text = _say(
        w,
        f"Neither the {a} nor the {b} should be sitting on another block.",
        f"The {a} and the {b} shouldn't be stacked on any block - neither of them.",
        f"Neither the {a} nor the {b} ought to rest on top of another block.",
    )
    moves = [(c, TABLE) for c in (a, b) if _stacked(s, c)]
    return _goal(text, lambda _i, f: not _stacked(f, a) and not _stacked(f, b), moves)


def t140_dec_either(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = _say(
        w,
        f"Either the {a} or the {b} should end up in the {place}.",
        f"Either the {a} or the {b} belongs in the {place}; I'm not fussy which.",
        f"The {place} is for either the {a} or the {b} - either one is fine.",
    )
    return _goal(text, lambda _i, f: _at(f, a, place) or _at(f, b, place), [(a, place)])


def t140_dec_both(w: World) -> Made:
    inside = [b for b in w.blocks if _in_bowl(w.state, b)]
    if len(inside) < 2:
        return None
    a, b = w.pick(inside, 2)
    text = _say(
        w,
        f"Both the {a} and the {b} go on the table.",
        f"The {a} and the {b} should both be on the table.",
        f"Both the {a} and the {b} belong on the table, not in a bowl.",
    )
    return _goal(
        text,
        lambda _i, f: _grounded(f, a) and _grounded(f, b),
        [(a, TABLE), (b, TABLE)],
    )


def t140_dec_also(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    need = [c for c in (a, b) if not _in(s, c, bowl)]
    if not need or _bowl_room(s, bowl) < len(need):
        return None
    text = _say(
        w,
        f"Not only the {a} but also the {b} belongs in the {bowl}.",
        f"The {a} belongs in the {bowl}, and so does the {b}.",
        f"The {bowl} is where the {a} goes - the {b} as well.",
    )
    return _goal(
        text,
        lambda _i, f: _in(f, a, bowl) and _in(f, b, bowl),
        [(c, bowl) for c in need],
    )


def t140_dec_except(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if not _in(s, b, bowl)]
    if not outside:
        return None
    x = w.rng.choice(outside)
    rest = [c for c in w.blocks if c != x]
    if len(rest) > layout.BOWL_CAPACITY or all(_in(s, c, bowl) for c in rest):
        return None
    text = _say(
        w,
        f"Every block apart from the {x} should end up in the {bowl}.",
        f"All the blocks but the {x} go in the {bowl}.",
        f"Apart from the {x}, every block belongs in the {bowl}.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return all(_in(f, c, bowl) for c in rest) and not _in(f, x, bowl)

    return _goal(text, check, [(c, bowl) for c in rest if not _in(s, c, bowl)])


def t140_dec_whichever(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    if b in _tower(s, a) or not _apart(w, a, b) or _bin_room(s) < 1:
        return None
    left = a if w.y(a) < w.y(b) else b
    text = _say(
        w,
        f"Whichever of the {a} and the {b} is further left goes in the bin.",
        f"Whichever one of the {a} and the {b} is more to the left belongs in the bin.",
        f"The bin is for whichever of the {a} and the {b} sits further to the left.",
    )
    return _goal(text, lambda _i, f: _binned(f, left), [(left, BIN)])


# ----- desiderative ---------------------------------------------------------------------------------
def t140_des_neither(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if _in_bowl(s, b)]
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = s.base(x)
    a, b = _two(w, x, w.rng.choice([c for c in w.blocks if c != x]))
    text = _say(
        w,
        f"I'd like the {bowl} to hold neither the {a} nor the {b}.",
        f"I want neither the {a} nor the {b} in the {bowl}.",
        f"I'd rather have neither the {a} nor the {b} sitting in the {bowl}.",
    )
    moves = [(c, TABLE) for c in (a, b) if _in(s, c, bowl)]
    return _goal(text, lambda _i, f: not _in(f, a, bowl) and not _in(f, b, bowl), moves)


def t140_des_either(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if _in(s, a, bowl) or _in(s, b, bowl) or _bowl_room(s, bowl) < 1:
        return None
    text = _say(
        w,
        f"I'd like either the {a} or the {b} in the {bowl} - either one is fine.",
        f"I want the {a} or the {b}, either of them, put in the {bowl}.",
        f"Could I have either the {a} or the {b} in the {bowl}? I don't mind which.",
    )
    return _goal(text, lambda _i, f: _in(f, a, bowl) or _in(f, b, bowl), [(a, bowl)])


def t140_des_both(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = _say(
        w,
        f"I want both the {a} and the {b} in the {place}.",
        f"I'd like both the {a} and the {b} moved to the {place}.",
        f"What I'd like is the {a} and the {b} both sitting in the {place}.",
    )
    return _goal(
        text,
        lambda _i, f: _at(f, a, place) and _at(f, b, place),
        [(a, place), (b, place)],
    )


def t140_des_also(w: World) -> Made:
    s = w.state
    bases = [b for b in w.blocks if not s.is_clear(b)]
    if not bases:
        return None
    x = w.rng.choice(bases)
    group = [x, *s.above(x)]
    if len(group) > _bin_room(s):
        return None
    text = _say(
        w,
        f"I'd like the {x} in the bin, as well as every block on top of it.",
        f"I want not only the {x} but also whatever is stacked on it in the bin.",
        f"I'd like the {x} binned - and the blocks sitting on it as well.",
    )
    return _goal(
        text, lambda _i, f: all(_binned(f, c) for c in group), [(c, BIN) for c in group]
    )


def t140_des_except(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    full = [c for c in w.bowls if s.in_bowl(c)]
    if not full:
        return None
    emptied = w.rng.choice(full)
    bowl = w.rng.choice([c for c in w.bowls if c != emptied])
    others = [c for c in w.bowls if c != bowl]
    content = [b for c in others for b in s.in_bowl(c)]
    keep = s.in_bowl(bowl)
    text = _say(
        w,
        f"I'd like every bowl except the {bowl} emptied.",
        f"I want all the bowls but the {bowl} to be empty.",
        f"I'd like the bowls emptied - all except the {bowl}.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return all(not f.in_bowl(c) for c in others) and all(
            _in(f, b, bowl) for b in keep
        )

    return _goal(text, check, [(b, TABLE) for b in content])


def t140_des_whichever(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if _in_bowl(s, b)]
    outside = [b for b in w.blocks if not _in_bowl(s, b)]
    if not inside or not outside:
        return None
    x = w.rng.choice(inside)
    a, b = _two(w, x, w.rng.choice(outside))
    place = w.rng.choice(PLACES)
    text = _say(
        w,
        f"I'd like whichever of the {a} and the {b} is in a bowl moved to the {place}.",
        f"I want whichever one of the {a} and the {b} sits in a bowl to go to the {place}.",
        f"Whichever of the {a} and the {b} is in a bowl, I'd like it in the {place}.",
    )
    return _goal(text, lambda _i, f: _at(f, x, place), [(x, place)])


# ----- quantified -----------------------------------------------------------------------------------
def t140_qua_neither(w: World) -> Made:
    s = w.state
    full = [c for c in w.bowls if s.in_bowl(c)]
    if len(w.bowls) < 2 or not full:
        return None
    one = w.rng.choice(full)
    one, two = _two(w, one, w.rng.choice([c for c in w.bowls if c != one]))
    content = s.in_bowl(one) + s.in_bowl(two)
    if not content:
        return None
    if len(w.bowls) == 2:
        text = _say(
            w,
            "Neither of the two bowls should have a single block left in it.",
            "Make sure neither bowl has any blocks in it.",
        )
    else:
        text = _say(
            w,
            f"Neither the {one} nor the {two} should have any block left in it.",
            f"Not a single block should stay in either the {one} or the {two}.",
        )
    return _goal(
        text,
        lambda _i, f: not f.in_bowl(one) and not f.in_bowl(two),
        [(b, TABLE) for b in content],
    )


def t140_qua_either(w: World) -> Made:
    if _bin_room(w.state) < 3:
        return None
    text = _say(
        w,
        "Put either two or three of the blocks in the bin.",
        "Bin two or three blocks - either number is fine.",
        "I need either two or three blocks in the bin; any of them will do.",
    )
    start = sum(_binned(w.state, b) for b in w.blocks)
    if start:
        return None
    moves = [(b, BIN) for b in w.pick(w.blocks, 2)]
    return _goal(
        text, lambda _i, f: sum(_binned(f, b) for b in f.blocks) in (2, 3), moves
    )


def t140_qua_both(w: World) -> Made:
    s = w.state
    full = [c for c in w.bowls if s.in_bowl(c)]
    if len(w.bowls) < 2 or not full:
        return None
    one = w.rng.choice(full)
    one, two = _two(w, one, w.rng.choice([c for c in w.bowls if c != one]))
    content = s.in_bowl(one) + s.in_bowl(two)
    if not content or len(content) > _bin_room(s):
        return None
    options = [
        f"Put every block from both the {one} and the {two} in the bin.",
        f"Empty both the {one} and the {two} into the bin - every block in them.",
        f"All the blocks in both the {one} and the {two} go in the bin.",
    ]
    if len(w.bowls) == 2:
        options.append("Put every block from both bowls in the bin.")
    text = _say(w, *options)
    return _goal(
        text,
        lambda _i, f: all(_binned(f, b) for b in content),
        [(b, BIN) for b in content],
    )


def t140_qua_also(w: World) -> Made:
    s = w.state
    full = [c for c in w.bowls if s.in_bowl(c)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    outside = [b for b in w.blocks if not _in(s, b, bowl)]
    if not outside:
        return None
    x = w.rng.choice(outside)
    group = [*s.in_bowl(bowl), x]
    if len(group) > _bin_room(s):
        return None
    text = _say(
        w,
        f"Put all the blocks from the {bowl} in the bin, as well as the {x}.",
        f"Bin every block in the {bowl}, as well as the {x}.",
        f"Everything in the {bowl} goes in the bin - the {x} as well.",
    )
    return _goal(
        text, lambda _i, f: all(_binned(f, c) for c in group), [(c, BIN) for c in group]
    )


def t140_qua_except(w: World) -> Made:
    s = w.state
    n = len(w.blocks)
    if n - 1 > _bin_room(s) or any(_binned(s, b) for b in w.blocks):
        return None
    text = _say(
        w,
        "Put all but one of the blocks in the bin; you choose which one stays out.",
        "Bin all the blocks but one - any one can stay.",
        "All but one of the blocks go in the bin, it doesn't matter which one stays.",
    )
    stay = w.rng.choice(w.blocks)
    moves = [(b, BIN) for b in w.blocks if b != stay]
    return _goal(
        text, lambda _i, f: sum(_binned(f, b) for b in f.blocks) == n - 1, moves
    )


def t140_qua_whichever(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    counts = sorted(((len(s.in_bowl(c)), c) for c in w.bowls), reverse=True)
    if counts[0][0] == 0 or counts[0][0] == counts[1][0] or counts[0][0] > _bin_room(s):
        return None
    bowl = counts[0][1]
    content = s.in_bowl(bowl)
    text = _say(
        w,
        "Empty whichever bowl holds the most blocks into the bin.",
        "Whichever bowl has the most blocks in it - put all of its blocks in the bin.",
        "Take whichever bowl is fullest and put every block in it into the bin.",
    )
    return _goal(
        text,
        lambda _i, f: all(_binned(f, b) for b in content),
        [(b, BIN) for b in content],
    )


# ----- negated --------------------------------------------------------------------------------------
def t140_neg_neither(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs or _bin_room(s) < 1:
        return None
    top, below = w.rng.choice(pairs)
    other = w.rng.choice([c for c in w.blocks if c not in (top, below)])
    a, b = _two(w, top, other)
    text = _say(
        w,
        f"Put the {below} in the bin, but neither the {a} nor the {b}.",
        f"Bin the {below} - not the {a}, though, and not the {b} either.",
        f"The {below} goes in the bin; don't put either the {a} or the {b} in there.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return _binned(f, below) and not _binned(f, a) and not _binned(f, b)

    return _goal(text, check, [(below, BIN)])


def t140_neg_either(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if _in_bowl(s, b)]
    if len(w.bowls) < 2 or not inside:
        return None
    x = w.rng.choice(inside)
    here = s.base(x)
    there = w.rng.choice([c for c in w.bowls if c != here])
    if len(w.bowls) == 2:
        text = _say(
            w,
            f"The {x} shouldn't be in either bowl.",
            f"Don't leave the {x} in either of the bowls.",
        )
    else:
        one, two = _two(w, here, there)
        text = _say(
            w,
            f"The {x} should not be in either the {one} or the {two}.",
            f"Don't keep the {x} in either the {one} or the {two}.",
        )
    return _goal(text, lambda _i, f: f.base(x) not in (here, there), [(x, TABLE)])


def t140_neg_both(w: World) -> Made:
    s = w.state
    flat = [b for b in w.blocks if s.support[b] in _GROUND]
    if len(flat) < 2 or _bin_room(s) < 1:
        return None
    a, b = w.pick(flat, 2)
    text = _say(
        w,
        f"The {a} and the {b} shouldn't both be left on the table.",
        f"Don't leave both the {a} and the {b} on the table - move one of them off it.",
        f"The {a} and the {b} must not both stay on the table.",
    )
    return _goal(text, lambda _i, f: not (_flat(f, a) and _flat(f, b)), [(a, BIN)])


def t140_neg_also(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = _say(
        w,
        f"Put the {a} as well as the {b} in the {place}, but not on top of each other.",
        f"Move the {a}, and the {b} as well, to the {place} - don't stack one on the other.",
        f"Not only the {a} but also the {b} goes in the {place}; just don't put one on the other.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        apart = f.support[a] != b and f.support[b] != a
        return _at(f, a, place) and _at(f, b, place) and apart

    return _goal(text, check, [(a, place), (b, place)])


def t140_neg_except(w: World) -> Made:
    s = w.state
    clear = [b for b in w.blocks if s.is_clear(b)]
    if not clear:
        return None
    x = w.rng.choice(clear)
    bowls = [c for c in w.bowls if not _in(s, x, c) and _bowl_room(s, c) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    rest = [c for c in w.blocks if c != x]
    text = _say(
        w,
        f"Don't move any block except the {x}; the {x} goes in the {bowl}.",
        f"Put the {x} in the {bowl}, and don't touch any block but that one.",
        f"Leave every block but the {x} alone - the {x} goes into the {bowl}.",
    )
    return _goal(text, lambda i, f: _in(f, x, bowl) and _kept(i, f, *rest), [(x, bowl)])


def t140_neg_whichever(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    if _in_bowl(s, a) == _in_bowl(s, b):
        return None
    loose = b if _in_bowl(s, a) else a
    bowls = [c for c in w.bowls if _bowl_room(s, c) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"Whichever of the {a} and the {b} isn't in a bowl, put it in the {bowl}.",
        f"Take whichever of the {a} and the {b} is not in a bowl and put it in the {bowl}.",
        f"Of the {a} and the {b}, whichever one isn't in a bowl yet should go into the {bowl}.",
    )
    return _goal(text, lambda _i, f: _in(f, loose, bowl), [(loose, bowl)])


# ----- relative -------------------------------------------------------------------------------------
def t140_rel_neither(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _say(
        w,
        f"Move the block that's sitting on the {below}, but put it neither in the bin nor in a bowl.",
        f"Take the block that is on top of the {below} off it, and put it neither in a bowl nor in the bin.",
        f"The block that's resting on the {below} has to come off - neither into the bin nor into a bowl, though.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[top] != below and not _binned(f, top) and not _in_bowl(f, top)

    return _goal(text, check, [(top, TABLE)])


def t140_rel_either(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [c for c in w.bowls if s.base(top) != c and _bowl_room(s, c) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"Put either the {top} or the block it's sitting on into the {bowl}.",
        f"Either the {top} or whatever block is under it should go in the {bowl}.",
        f"Move into the {bowl} either the {top} or the block that the {top} rests on.",
    )
    return _goal(
        text, lambda _i, f: _in(f, top, bowl) or _in(f, below, bowl), [(top, bowl)]
    )


def t140_rel_both(w: World) -> Made:
    s = w.state
    if _bin_room(s) < 2:
        return None
    alone = [b for b in w.blocks if len(_tower(s, b)) == 1]
    x = w.rng.choice(alone) if alone else None
    if x is None:
        return None
    near = sorted((w.dist(x, c), c) for c in w.blocks if c != x)
    if len(near) > 1 and near[1][0] - near[0][0] < 0.03:
        return None
    closest = near[0][1]
    if len(_tower(s, closest)) != 1:
        return None
    text = _say(
        w,
        f"Put both the {x} and the block that's closest to it in the bin.",
        f"Bin the {x}, and the block that sits closest to it too - both of them.",
        f"The {x} and the block nearest to it should both go in the bin.",
    )
    return _goal(
        text,
        lambda _i, f: _binned(f, x) and _binned(f, closest),
        [(x, BIN), (closest, BIN)],
    )


def t140_rel_also(w: World) -> Made:
    s = w.state
    tops = [b for b in w.blocks if _stacked(s, b)]
    rest = [b for b in w.blocks if b not in tops]
    if not tops or not rest:
        return None
    x = w.rng.choice(rest)
    group = [*tops, x]
    if len(group) > _bin_room(s):
        return None
    text = _say(
        w,
        f"Bin every block that's sitting on another block, as well as the {x}.",
        f"Put in the bin the {x} as well as every block that is stacked on top of another one.",
        f"Every block that rests on another block goes in the bin, and the {x} as well.",
    )
    return _goal(
        text, lambda _i, f: all(_binned(f, c) for c in group), [(c, BIN) for c in group]
    )


def t140_rel_except(w: World) -> Made:
    s = w.state
    loose = [b for b in w.blocks if not _in_bowl(s, b)]
    if len(loose) < 3:
        return None
    x = w.rng.choice(loose)
    rest = [b for b in loose if b != x]
    if len(rest) > _bin_room(s):
        return None
    text = _say(
        w,
        f"Put every block that isn't in a bowl in the bin, except the {x}.",
        f"Apart from the {x}, bin all the blocks that aren't in a bowl.",
        f"Every block that's not in a bowl goes in the bin - all except the {x}.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return all(_binned(f, c) for c in rest) and not _binned(f, x)

    return _goal(text, check, [(c, BIN) for c in rest])


def t140_rel_whichever(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [c for c in w.bowls if s.base(top) != c and _bowl_room(s, c) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"Whichever block is on top of the {below}, put it in the {bowl}.",
        f"Put whichever block is sitting on the {below} into the {bowl}.",
        f"Take whichever block is resting on the {below} and move it into the {bowl}.",
    )
    return _goal(text, lambda _i, f: _in(f, top, bowl), [(top, bowl)])


# ----- keep -----------------------------------------------------------------------------------------
def t140_keep_neither(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3 or _bin_room(s) < 1:
        return None
    x = w.rng.choice(w.blocks)
    still = [b for b in w.blocks if b != x and b not in s.above(x)]
    if len(still) < 2:
        return None
    a, b = w.pick(still, 2)
    text = _say(
        w,
        f"Put the {x} in the bin, but move neither the {a} nor the {b}.",
        f"Bin the {x}; neither the {a} nor the {b} should move.",
        f"Put the {x} in the bin without moving either the {a} or the {b}.",
    )
    return _goal(text, lambda i, f: _binned(f, x) and _kept(i, f, a, b), [(x, BIN)])


def t140_keep_either(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3 or _bin_room(s) < 1:
        return None
    a, b, z = w.pick(w.blocks, 3)
    if z in s.above(a) or z in s.above(b):
        return None
    text = _say(
        w,
        f"Put either the {a} or the {b} in the bin, but leave the {z} where it is.",
        f"Bin either the {a} or the {b} - your pick - and keep the {z} where it is.",
        f"Either the {a} or the {b} goes in the bin; the {z} stays put.",
    )
    return _goal(
        text,
        lambda i, f: (_binned(f, a) or _binned(f, b)) and _kept(i, f, z),
        [(a, BIN)],
    )


def t140_keep_both(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3:
        return None
    z = w.rng.choice(w.blocks)
    bowls = [c for c in w.bowls if not _in(s, z, c) and _bowl_room(s, c) >= 1]
    still = [b for b in w.blocks if b != z and b not in s.above(z)]
    if not bowls or len(still) < 2:
        return None
    bowl = w.rng.choice(bowls)
    a, b = w.pick(still, 2)
    text = _say(
        w,
        f"Put the {z} in the {bowl}, but leave both the {a} and the {b} exactly where they are.",
        f"Move the {z} into the {bowl}; both the {a} and the {b} stay where they are.",
        f"Keep both the {a} and the {b} in place and put the {z} in the {bowl}.",
    )
    return _goal(text, lambda i, f: _in(f, z, bowl) and _kept(i, f, a, b), [(z, bowl)])


def t140_keep_also(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    tower = _tower(s, below)
    movers = [b for b in w.blocks if b not in tower]
    if not movers:
        return None
    z = w.rng.choice(movers)
    bowls = [c for c in w.bowls if not _in(s, z, c) and _bowl_room(s, c) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"Keep the {below} where it is, and the block on top of it as well; put the {z} in the {bowl}.",
        f"Put the {z} in the {bowl} - not only the {below} but also the block sitting on it must stay where they are.",
        f"Leave the {below} as well as the block resting on it untouched, and move the {z} into the {bowl}.",
    )
    return _goal(
        text, lambda i, f: _in(f, z, bowl) and _kept(i, f, below, top), [(z, bowl)]
    )


def t140_keep_except(w: World) -> Made:
    s = w.state
    based = [b for b in w.blocks if not _stacked(s, b)]
    if not based:
        return None
    x = w.rng.choice(based)
    rest = [b for b in w.blocks if b != x]
    if len(rest) < 2 or len(rest) > _bin_room(s):
        return None
    text = _say(
        w,
        f"Bin every block except the {x}, and leave the {x} exactly where it is.",
        f"Put all the blocks but the {x} in the bin; the {x} stays where it is.",
        f"Everything except the {x} goes in the bin - don't move the {x}.",
    )
    return _goal(
        text,
        lambda i, f: all(_binned(f, c) for c in rest) and _kept(i, f, x),
        [(c, BIN) for c in rest],
    )


def t140_keep_whichever(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    if b in _tower(s, a) or _to_bin(w, a, b) < 0.04 or _bin_room(s) < 1:
        return None
    near, far = (a, b) if _bin_dist(w, a) < _bin_dist(w, b) else (b, a)
    text = _say(
        w,
        f"Put whichever of the {a} and the {b} is closer to the bin into it, and leave the other one where it is.",
        f"Whichever of the {a} and the {b} is nearer the bin goes in; the other one stays put.",
        f"Bin whichever of the {a} and the {b} is closer to the bin, without moving the other one.",
    )
    return _goal(
        text, lambda i, f: _binned(f, near) and _kept(i, f, far), [(near, BIN)]
    )


# ----- multi-step -----------------------------------------------------------------------------------
def t140_multi_neither(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3:
        return None
    x = w.rng.choice(w.blocks)
    bowls = [c for c in w.bowls if not _in(s, x, c) and _bowl_room(s, c) >= 1]
    flat = [b for b in w.blocks if b != x and s.support[b] in _GROUND]
    if not bowls or len(flat) < 2 or _bin_room(s) < 2:
        return None
    bowl = w.rng.choice(bowls)
    a, b = w.pick(flat, 2)
    text = _say(
        w,
        f"First put the {x} in the {bowl}, then see that neither the {a} nor the {b} is left on the table.",
        f"Put the {x} in the {bowl} first; after that, neither the {a} nor the {b} should be on the table.",
        f"Start with the {x}: into the {bowl}. Then make sure neither the {a} nor the {b} stays on the table.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return _in(f, x, bowl) and not _flat(f, a) and not _flat(f, b)

    return _goal(text, check, [(x, bowl), (a, BIN), (b, BIN)])


def t140_multi_either(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3 or _bin_room(s) < 1:
        return None
    x, a, b = w.pick(w.blocks, 3)
    bowls = [
        c
        for c in w.bowls
        if not _in(s, a, c) and not _in(s, b, c) and _bowl_room(s, c) >= 1
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"First put the {x} in the bin, then put either the {a} or the {b} in the {bowl}.",
        f"Bin the {x} first; after that, either the {a} or the {b} goes into the {bowl} - your choice.",
        f"Start by dropping the {x} in the bin, and then move either the {a} or the {b} into the {bowl}.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return _binned(f, x) and (_in(f, a, bowl) or _in(f, b, bowl))

    return _goal(text, check, [(x, BIN), (a, bowl)])


def t140_multi_both(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3 or _bin_room(s) < 2:
        return None
    a, b, z = w.pick(w.blocks, 3)
    bowls = [c for c in w.bowls if not _in(s, z, c) and _bowl_room(s, c) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"First put both the {a} and the {b} in the bin, then put the {z} in the {bowl}.",
        f"Bin both the {a} and the {b}, and after that move the {z} into the {bowl}.",
        f"Start by binning both the {a} and the {b}; then the {z} goes in the {bowl}.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return _binned(f, a) and _binned(f, b) and _in(f, z, bowl)

    return _goal(text, check, [(a, BIN), (b, BIN), (z, bowl)])


def t140_multi_also(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3 or _bin_room(s) < 2:
        return None
    x, a, b = w.pick(w.blocks, 3)
    place = w.rng.choice(PLACES)
    text = _say(
        w,
        f"Start by moving the {x} to the {place}, then put not only the {a} but also the {b} in the bin.",
        f"First the {x} goes to the {place}; then bin the {a} as well as the {b}.",
        f"Move the {x} to the {place} first, and after that put the {a} in the bin, and the {b} as well.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return _at(f, x, place) and _binned(f, a) and _binned(f, b)

    return _goal(text, check, [(x, place), (a, BIN), (b, BIN)])


def t140_multi_except(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if _in_bowl(s, b)]
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = s.base(x)
    rest = [b for b in w.blocks if b != x]
    if len(rest) < 2 or len(rest) > _bin_room(s):
        return None
    text = _say(
        w,
        f"First take the {x} out of the {bowl}, then put every other block in the bin.",
        f"Take the {x} out of the {bowl} first; after that, bin all the blocks except the {x}.",
        f"Start by getting the {x} out of the {bowl}, and then put everything but the {x} in the bin.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return (
            not _in(f, x, bowl)
            and not _binned(f, x)
            and all(_binned(f, c) for c in rest)
        )

    return _goal(text, check, [(x, TABLE), *((c, BIN) for c in rest)])


def t140_multi_whichever(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3 or _bin_room(s) < 1:
        return None
    x, a, b = w.pick(w.blocks, 3)
    if b in _tower(s, a) or not _apart(w, a, b):
        return None
    right = a if w.y(a) > w.y(b) else b
    bowls = [c for c in w.bowls if not _in(s, right, c) and _bowl_room(s, c) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"First put the {x} in the bin, then put whichever of the {a} and the {b} is further right in the {bowl}.",
        f"Bin the {x} first. Then whichever of the {a} and the {b} is more to the right goes into the {bowl}.",
        f"Start by binning the {x}; next, move whichever of the {a} and the {b} sits further to the right into the {bowl}.",
    )
    return _goal(
        text,
        lambda _i, f: _binned(f, x) and _in(f, right, bowl),
        [(x, BIN), (right, bowl)],
    )


# ----- questions ------------------------------------------------------------------------------------
def t140_q_neither(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if _in_bowl(s, b)]
    x = (
        w.rng.choice(inside)
        if inside and w.rng.random() < 0.5
        else w.rng.choice(w.blocks)
    )
    a, b = _two(w, x, w.rng.choice([c for c in w.blocks if c != x]))
    text = _say(
        w,
        f"Is it true that neither the {a} nor the {b} is in a bowl?",
        f"Neither the {a} nor the {b} is sitting in a bowl - is that right?",
        f"Am I right that neither the {a} nor the {b} is in a bowl?",
    )
    return text, answered(yes(not _in_bowl(s, a) and not _in_bowl(s, b)))


def t140_q_either(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    text = _say(
        w,
        f"Is either the {a} or the {b} sitting on top of another block?",
        f"Is the {a} or the {b}, either one, stacked on another block?",
        f"Does either the {a} or the {b} rest on another block?",
    )
    return text, answered(yes(_stacked(s, a) or _stacked(s, b)))


def t140_q_both(w: World) -> Made:
    s = w.state
    clear_cut = [b for b in w.blocks if s.support[b] in _GROUND or _in_bowl(s, b)]
    if len(clear_cut) < 2:
        return None
    a, b = w.pick(clear_cut, 2)
    text = _say(
        w,
        f"Are both the {a} and the {b} on the table?",
        f"Are the {a} and the {b} both sitting on the table?",
        f"Is it true that both the {a} and the {b} are on the table?",
    )
    return text, answered(yes(s.support[a] in _GROUND and s.support[b] in _GROUND))


def t140_q_also(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if _in_bowl(s, b)]
    if not inside:
        return None
    shared = [b for b in inside if len(s.in_bowl(s.base(b))) > 1]
    sure = shared and w.rng.random() < 0.5
    x = w.rng.choice(shared if sure else inside)
    bowl = s.base(x)
    mates = [b for b in s.in_bowl(bowl) if b != x]
    y = w.rng.choice(mates if sure else [c for c in w.blocks if c != x])
    text = _say(
        w,
        f"Is the {y} in the {bowl} as well as the {x}?",
        f"Besides the {x}, is the {y} in the {bowl} too?",
        f"The {x} is in the {bowl} - is the {y} in there as well?",
    )
    return text, answered(yes(_in(s, y, bowl)))


def t140_q_except(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if _in_bowl(s, b)]
    x = (
        w.rng.choice(inside)
        if len(inside) > 1 and w.rng.random() < 0.7
        else w.rng.choice(w.blocks)
    )
    n = len([b for b in inside if b != x])
    if n < 1:
        return None
    text = _say(
        w,
        f"Not counting the {x}, how many blocks are in bowls?",
        f"How many blocks other than the {x} are sitting in bowls?",
        f"Apart from the {x}, how many blocks are in the bowls?",
    )
    return text, answered(str(n))


def t140_q_whichever(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    order = sorted(w.bowls, key=w.y)
    ends = []
    if w.y(order[1]) - w.y(order[0]) >= 0.05 and s.in_bowl(order[0]):
        ends.append(("left", order[0]))
    if w.y(order[-1]) - w.y(order[-2]) >= 0.05 and s.in_bowl(order[-1]):
        ends.append(("right", order[-1]))
    if not ends:
        return None
    side, bowl = w.rng.choice(ends)
    n = len(s.in_bowl(bowl))
    text = _say(
        w,
        f"How many blocks are in whichever bowl is furthest to the {side}?",
        f"Whichever bowl is furthest {side} - how many blocks does it hold?",
        f"Take whichever bowl sits furthest to the {side}: how many blocks are in it?",
    )
    return text, answered(str(n))


# ----- matching -------------------------------------------------------------------------------------
def _wrong_bowl(w: World, s: SymState, b: str) -> bool:
    base = s.base(b)
    return base in s.bowls and w.colour(base) != w.colour(b)


def t140_match_neither(w: World) -> Made:
    s = w.state
    wrong = [b for b in w.blocks if _wrong_bowl(w, s, b)]
    if not wrong:
        return None
    x = w.rng.choice(wrong)
    a, b = _two(w, x, w.rng.choice([c for c in w.blocks if c != x]))
    text = _say(
        w,
        f"Neither the {a} nor the {b} should sit in a bowl of a different colour.",
        f"Make sure neither the {a} nor the {b} is in a bowl that doesn't match its colour.",
        f"Neither the {a} nor the {b} belongs in a bowl of another colour.",
    )
    moves = [(c, TABLE) for c in (a, b) if _wrong_bowl(w, s, c)]
    return _goal(
        text, lambda _i, f: not _wrong_bowl(w, f, a) and not _wrong_bowl(w, f, b), moves
    )


def t140_match_either(w: World) -> Made:
    s = w.state
    fits = [b for b in w.blocks if (m := _matching_bowl(w, b)) and not _in(s, b, m)]
    if not fits or _bin_room(s) < 1:
        return None
    x = w.rng.choice(fits)
    bowl = _matching_bowl(w, x)
    assert bowl is not None
    text = _say(
        w,
        f"Put the {x} either in the bowl of its own colour or in the bin.",
        f"The {x} goes either in the bowl that matches it or in the bin - your call.",
        f"Either the bowl of the same colour or the bin: put the {x} in one of them.",
    )
    target = bowl if _bowl_room(s, bowl) >= 1 else BIN
    return _goal(text, lambda _i, f: _in(f, x, bowl) or _binned(f, x), [(x, target)])


def t140_match_both(w: World) -> Made:
    s = w.state
    fits = [b for b in w.blocks if _matching_bowl(w, b)]
    if not fits:
        return None
    x = w.rng.choice(fits)
    bowl = _matching_bowl(w, x)
    assert bowl is not None
    y = w.rng.choice([c for c in w.blocks if c != x])
    need = [c for c in (x, y) if not _in(s, c, bowl)]
    if not need or _bowl_room(s, bowl) < len(need):
        return None
    text = _say(
        w,
        f"Put both the {x} and the {y} into the bowl that matches the {x}.",
        f"Both the {x} and the {y} go in the bowl of the {x}'s colour.",
        f"The bowl that's the same colour as the {x} - put both the {x} and the {y} in it.",
    )
    return _goal(
        text,
        lambda _i, f: _in(f, x, bowl) and _in(f, y, bowl),
        [(c, bowl) for c in need],
    )


def t140_match_also(w: World) -> Made:
    s = w.state
    fits = {b: m for b in w.blocks if (m := _matching_bowl(w, b))}
    odd = [b for b in w.blocks if b not in fits]
    if (
        not odd
        or not any(not _in(s, b, m) for b, m in fits.items())
        or _bin_room(s) < 1
    ):
        return None
    if any(_bowl_room(s, m) < 1 for b, m in fits.items() if not _in(s, b, m)):
        return None
    x = w.rng.choice(odd)
    text = _say(
        w,
        f"Put every block that has a bowl of its colour into that bowl, as well as the {x} into the bin.",
        f"Put each block into the bowl of its own colour where there is one, and bin the {x} as well.",
        f"Every block with a bowl of the same colour goes into it - and put the {x} in the bin as well.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return all(_in(f, b, m) for b, m in fits.items()) and _binned(f, x)

    moves = [(b, m) for b, m in fits.items() if not _in(s, b, m)]
    return _goal(text, check, [*moves, (x, BIN)])


def t140_match_except(w: World) -> Made:
    s = w.state
    odd = [b for b in w.blocks if not _matching_bowl(w, b)]
    if len(odd) < 3:
        return None
    x = w.rng.choice(odd)
    rest = [b for b in odd if b != x]
    if len(rest) > _bin_room(s):
        return None
    text = _say(
        w,
        f"Put every block whose colour matches none of the bowls in the bin, except the {x}.",
        f"Bin all the blocks that don't have a bowl of their colour - all but the {x}.",
        f"Apart from the {x}, every block without a bowl of the same colour goes in the bin.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return all(_binned(f, c) for c in rest) and not _binned(f, x)

    return _goal(text, check, [(c, BIN) for c in rest])


def t140_match_whichever(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    ma, mb = _matching_bowl(w, a), _matching_bowl(w, b)
    if (ma is None) == (mb is None):
        return None
    x, bowl = (a, ma) if ma else (b, mb)
    assert bowl is not None
    if _in(s, x, bowl) or _bowl_room(s, bowl) < 1:
        return None
    text = _say(
        w,
        f"Put whichever of the {a} and the {b} has a bowl of its own colour into that bowl.",
        f"Whichever of the {a} and the {b} matches one of the bowls in colour, put it in that bowl.",
        f"Of the {a} and the {b}, put whichever one shares a colour with a bowl into that bowl.",
    )
    return _goal(text, lambda _i, f: _in(f, x, bowl), [(x, bowl)])


# ----- the batch ------------------------------------------------------------------------------------
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
_STYLES = ("neither", "either", "both", "also", "except", "whichever")
FRESH140: list[Template] = [
    (f"t140_{short}_{style}", category, globals()[f"t140_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
