"""`FRESH182`, the hundred-and-eighty-third untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no theme: six more kinds of ordinary people on an ordinary day type what they want into the robot's
chat window in their own plain words. A product manager giving a demo ("let's go ahead and", "next up"), a
carpenter ("set", "stack it up", "square it away"), a librarian ("shelve", "return", "keep it tidy"), a radio DJ
("alright folks", playful), a lawyer (careful and conditional: "provided that", "with the exception of") and
someone texting from a phone ("u", "ur", "2" for "to", no punctuation). They ask for the everyday jobs: a block
into a bowl, onto another block or to a named place, towers, sorting by colour, the bin, leaving things alone,
and plain questions about the table. The checks accept every outcome the words allow (any order, any free
choice they leave open, a block "in" a bowl or "at" a place may sit on another block there) and nothing else:
nothing is left in the gripper, and blocks the words do not touch stay where they were (a block that had to be
lifted off a moved block may go anywhere but the bin). The six styles:

- demo: "Let's go ahead and put the red block in the blue bowl."
- carpenter: "Grab the red block and stack it up on the green block."
- librarian: "Please take the red block out of the blue bowl and place it on the table."
- dj: "Alright folks, let's send the red block over to the top left corner!"
- lawyer: "If the blue bowl is empty, put the red block in it; otherwise, put the red block on the table."
- phone: "can u move the red block 2 the middle"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 10f101f, the code of 36e201a, before anything it could prompt): 0.7933
goal-correct (238 of 300), 53 refused, 4 asked. Five wrong actions: "I would like W emptied, with its blocks returned to
the table, please." did nothing ('its' read W as a matching bowl). The refusals: "Alright folks, ..." ('folks'), "set X
square on top of Y", "What I want to show you next is X sitting at the top right corner", "shelve every block ...",
"thereafter, and only thereafter, move ...", "Provided that there is a bowl of the same colour as X, place X in it;
otherwise, ...", "sort the blocks into the bowls that match there color", "let X chill right where it is", "any block
without a matching bowl stays where it is" when such a block sits on a block that must move.
"""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, both, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_FLOOR = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _place(p: str) -> str:
    return f"the {p}"


def _act(w: World, text: str, *checks: Check) -> Made:
    """An action: the goal, with nothing left in the gripper; None when the scene already satisfies it."""
    check = both(lambda _i, f: f.held is None, *checks)
    return None if check(w.state, w.state) else (text, check)


def _spared_in(i: SymState, f: SymState, moved: Sequence[str], touched: Sequence[str] = ()) -> bool:
    """Blocks the words do not touch keep their support; blocks that had to come off a named block, and named
    blocks that are only targets, may move but not into the bin."""
    loose = set(moved) | set(touched)
    for b in list(loose):
        if b in i.support:
            loose |= set(i.above(b))
    if any(f.support[b] != i.support[b] for b in i.blocks if b not in loose):
        return False
    return all(f.base(b) != BIN for b in loose - set(moved))


def _spared(moved: Sequence[str], touched: Sequence[str] = ()) -> Check:
    return lambda i, f: _spared_in(i, f, list(moved), list(touched))


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of b's tower up to b, b included."""
    d, cur = 1, s.support[b]
    while cur in s.support:
        d, cur = d + 1, s.support[cur]
    return d


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _floor(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (or a named place on it): out of bowls and the bin."""
    return lambda _i, f: all(f.base(b) in _FLOOR for b in blocks)


def _on_table(b: str) -> Check:
    return rels(Rel("on_table", b))


def _in(b: str, bowl: str) -> Check:
    return rels(Rel("in", b, bowl))


def _on(a: str, b: str) -> Check:
    return rels(Rel("on", a, b))


def _at(b: str, place: str) -> Check:
    return rels(Rel("at", b, place))


def _stackable(w: World, a: str, b: str) -> bool:
    """a can go straight on b: different blocks, b not above a, and the tower stays within the limit."""
    s = w.state
    return a != b and b not in s.above(a) and _depth(s, b) <= layout.MAX_TOWER - 1


def _pairs_on(w: World) -> list[tuple[str, str]]:
    return w.pairs()


def _sole_in(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every bowl holding exactly one block."""
    out = []
    for bowl in w.bowls:
        inside = w.state.in_bowl(bowl)
        if len(inside) == 1:
            out.append((inside[0], bowl))
    return out


def _one_tower(blocks: list[str]) -> Check:
    """All the blocks in one tower, standing on the table, a place or in a bowl (not in the bin)."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.support[bottoms[0]] == BIN:
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)
    return check


def _tower3(a: str, b: str, c: str) -> Check:
    """c on b on a, with a standing on the table, a place or in a bowl."""
    return lambda _i, f: (f.support[b] == a and f.support[c] == b and f.support[a] not in f.support
                          and f.support[a] != BIN)


def _keeps(w: World, avoid: list[str], k: int) -> list[str]:
    """k blocks that can stay put: not among `avoid` and not above any of them."""
    s = w.state
    out = set(avoid)
    for b in avoid:
        out |= set(s.above(b))
    return w.pick([b for b in w.blocks if b not in out], k)


def _matches(w: World) -> list[Rel]:
    return matching(w)


def _what(s: SymState, name: str) -> str:
    return name if name in s.support or name in s.bowls else "table"


# ----- imperative -------------------------------------------------------------------------------------
def t182_imp_demo(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    text = w.rng.choice([f"Let's go ahead and put the {b} in the {bowl}.",
                         f"Okay, for our first trick, let's go ahead and drop the {b} into the {bowl}."])
    return _act(w, text, _in(b, bowl), _spared([b]))


def t182_imp_carpenter(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _stackable(w, a, b):
        return None
    text = w.rng.choice([f"Grab the {a} and stack it up on the {b}.", f"Set the {a} square on top of the {b}."])
    return _act(w, text, _on(a, b), _spared([a], [b]))


def t182_imp_librarian(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.6:
        b = w.rng.choice(inside)
        text = f"Please take the {b} out of the {w.state.base(b)} and place it on the table."
    else:
        pairs = _pairs_on(w)
        if not pairs:
            return None
        b, below = w.rng.choice(pairs)
        text = f"Kindly lift the {b} off the {below} and return it to the table, please."
    return _act(w, text, _on_table(b), _spared([b]))


def t182_imp_dj(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    text = w.rng.choice([f"Alright folks, let's send the {b} over to {_place(p)}!",
                         f"Alright folks, next up on the playlist: move the {b} to {_place(p)}!"])
    return _act(w, text, _at(b, p), _spared([b]))


def t182_imp_lawyer(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.rng.choice(cands)
    goal = _in(b, bowl) if not w.state.in_bowl(bowl) else _on_table(b)
    text = f"If the {bowl} is empty, put the {b} in it; otherwise, put the {b} on the table."
    return _act(w, text, goal, _spared([b]))


def t182_imp_phone(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    if w.rng.random() < 0.5:
        return _act(w, f"put the {b} in the bin pls", binned([b]), _spared([b]))
    p = w.rng.choice(PLACES)
    return _act(w, f"can u move the {b} 2 the {p}", _at(b, p), _spared([b]))


# ----- declarative ------------------------------------------------------------------------------------
def t182_dec_demo(w: World) -> Made:
    if w.rng.random() < 0.5:
        a, b = w.pick(w.blocks, 2)
        if not _stackable(w, a, b):
            return None
        return _act(w, f"Here's the end state we're going for: the {a} is sitting on the {b}.",
                    _on(a, b), _spared([a], [b]))
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _act(w, f"Next up, the finished picture: the {b} is in the {bowl}.", _in(b, bowl), _spared([b]))


def t182_dec_carpenter(w: World) -> Made:
    s = w.state
    a, b, c = w.pick(w.blocks, 3)
    if b in s.above(a) or c in s.above(a) or c in s.above(b) or _depth(s, c) > layout.MAX_TOWER - 2:
        return None
    text = f"The {a} should be stacked square on the {b}, and the {b} should be sitting on the {c}."
    return _act(w, text, _on(a, b), _on(b, c), _spared([a, b], [c]))


def t182_dec_librarian(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in _FLOOR]
    if off and w.rng.random() < 0.5:
        b = w.rng.choice(off)
        return _act(w, f"The {b} belongs on the table, not where it is now.", _on_table(b), _spared([b]))
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _act(w, f"The {b} belongs in the {bowl}.", _in(b, bowl), _spared([b]))


def t182_dec_dj(w: World) -> Made:
    b, c = w.pick(w.blocks, 2)
    if c in w.state.above(b):
        b, c = c, b
    p = w.rng.choice(PLACES)
    text = f"Alright folks, here's the picture: the {b} is chilling at {_place(p)}, and the {c} is in the bin!"
    return _act(w, text, _at(b, p), binned([c]), _spared([b, c]))


def t182_dec_lawyer(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(cands) < 1 or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    others = [c for c in w.blocks if c != b and c not in w.state.above(b) and w.state.support[c] not in _FLOOR]
    if not others:
        return None
    c = w.rng.choice(others)
    text = f"The {b} shall be in the {bowl}, and the {c} shall be on the table."
    return _act(w, text, _in(b, bowl), _on_table(c), _spared([b, c]))


def t182_dec_phone(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(cands) < 2 or not _room(w, bowl):
        return None
    b, c = w.pick(cands, 2)
    if c in w.state.above(b):
        b, c = c, b
    text = f"ok so the {b} should b in the {bowl} and the {c} on top of it"
    return _act(w, text, _in(b, bowl), _on(c, b), _spared([b, c]))


# ----- desiderative -----------------------------------------------------------------------------------
def t182_des_demo(w: World) -> Made:
    if w.rng.random() < 0.5:
        a, b = w.pick(w.blocks, 2)
        if not _stackable(w, a, b):
            return None
        return _act(w, f"I'd love for everyone to see the {a} stacked on the {b}.", _on(a, b), _spared([a], [b]))
    b = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    return _act(w, f"What I want to show you next is the {b} sitting at {_place(p)}.", _at(b, p), _spared([b]))


def t182_des_carpenter(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = f"I want a tower: the {a} on the bottom, then the {b}, then the {c} on top."
    return _act(w, text, _tower3(a, b, c), _spared([a, b, c]))


def t182_des_librarian(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"I would like the {bowl} emptied, with its blocks returned to the table, please."
    return _act(w, text, _floor(inside), _spared(inside))


def t182_des_dj(w: World) -> Made:
    if w.rng.random() < 0.5:
        b = w.rng.choice(w.blocks)
        return _act(w, f"Folks, I want the {b} in the bin, and I want it now!", binned([b]), _spared([b]))
    bowl = w.rng.choice(w.bowls)
    a, b = w.pick(w.blocks, 2)
    if not _room(w, bowl, 2):
        return None
    text = f"I wanna see the {a} and the {b} sitting in the {bowl} together, folks!"
    return _act(w, text, _in(a, bowl), _in(b, bowl), _spared([a, b]))


def t182_des_lawyer(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    keep = _keeps(w, [a], 1)
    if not keep:
        return None
    c = keep[0]
    text = f"It is my wish that the {a} be placed in the {bowl}, provided that the {c} is not disturbed."
    return _act(w, text, _in(a, bowl), kept(c), _spared([a]))


def t182_des_phone(w: World) -> Made:
    if w.rng.random() < 0.5:
        b = w.rng.choice(w.blocks)
        return _act(w, f"i want the {b} in the middle", _at(b, "middle"), _spared([b]))
    a, b = w.pick(w.blocks, 2)
    if not _stackable(w, a, b):
        return None
    return _act(w, f"id like the {a} on the {b} plz", _on(a, b), _spared([a], [b]))


# ----- quantified -------------------------------------------------------------------------------------
def t182_qua_demo(w: World) -> Made:
    n = len(w.blocks)
    text = w.rng.choice([f"Let's go ahead and put all {n} blocks in the bin.",
                         "Next up, let's go ahead and put every single block in the bin."])
    return _act(w, text, binned(w.blocks))


def t182_qua_carpenter(w: World) -> Made:
    n = len(w.blocks)
    if n > layout.MAX_TOWER:
        return None
    text = w.rng.choice([f"Stack all {n} blocks up into one tower.", "Stack every block up into a single tower."])
    return _act(w, text, _one_tower(w.blocks))


def t182_qua_librarian(w: World) -> Made:
    loose = w.state.on_the_table()
    bowl = w.rng.choice(w.bowls)
    if not loose or len(loose) + len(w.state.in_bowl(bowl)) > layout.BOWL_CAPACITY:
        return None
    text = (f"Please shelve every block that is on the table in the {bowl}; the blocks already in bowls stay "
            "where they are.")
    return _act(w, text, rels(*(Rel("in", b, bowl) for b in loose)), _spared(loose))


def t182_qua_dj(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    text = f"Alright folks, two blocks are going into the {bowl}, any two you like!"

    def moved_ok(i: SymState, f: SymState) -> bool:
        return _spared_in(i, f, f.in_bowl(bowl))
    return _act(w, text, count_in(bowl, 2), none_binned(w.blocks), moved_ok)


def t182_qua_lawyer(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Every block that is presently in a bowl shall be moved to the table."
    return _act(w, text, _floor(inside), _spared(inside))


def t182_qua_phone(w: World) -> Made:
    text = w.rng.choice(["put any 2 blocks in the bin", "can u put 2 blocks in the bin doesnt matter which"])

    def check(i: SymState, f: SymState) -> bool:
        gone = [b for b in f.blocks if f.base(b) == BIN]
        return len(gone) == 2 and _spared_in(i, f, gone)
    return _act(w, text, check)


# ----- negated ----------------------------------------------------------------------------------------
def _except(w: World, spare: list[str]) -> Check:
    s = w.state
    stay = [b for b in spare if s.support[b] not in s.support]
    return both(binned([b for b in w.blocks if b not in spare]), none_binned(spare), kept(*stay))


def t182_neg_demo(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = w.rng.choice([f"Let's go ahead and put every block in the bin except the {b}.",
                         f"Next up: everything goes in the bin, but not the {b}."])
    return _act(w, text, _except(w, [b]))


def t182_neg_carpenter(w: World) -> Made:
    pairs = _pairs_on(w)
    if not pairs:
        return None
    a, c = w.rng.choice(pairs)
    text = f"Get the {a} off the {c}, but don't put it in the bin."
    return _act(w, text, lambda _i, f: f.support[a] != c, none_binned([a]), _spared([a]))


def t182_neg_librarian(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = f"Please move the {b} out of the {bowl}, but do not put it in the bin."
    return _act(w, text, lambda _i, f: f.base(b) != bowl, none_binned([b]), _spared([b]))


def t182_neg_dj(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"Alright folks, not a single block stays in the {bowl}, and keep every one of them out of the bin!"
    return _act(w, text, empty(bowl), none_binned(w.blocks), _spared(inside))


def t182_neg_lawyer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    text = f"Place every block in the bin, with the exception of the {a} and the {b}."
    return _act(w, text, _except(w, [a, b]))


def t182_neg_phone(w: World) -> Made:
    b, c = w.pick(w.blocks, 2)
    if not any(_stackable(w, b, t) for t in w.blocks if t not in (b, c)):
        return None
    text = f"put the {b} on top of another block just not the {c}"

    def check(i: SymState, f: SymState) -> bool:
        t = f.support[b]
        return t in f.support and t != c and _spared_in(i, f, [b], [t])
    return _act(w, text, check)


# ----- relative ---------------------------------------------------------------------------------------
def t182_rel_demo(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    refs = [(top, f"the block sitting on top of the {below}") for top, below in _pairs_on(w)]
    refs += [(b, f"the block in the {bw}") for b, bw in _sole_in(w) if bw != bowl]
    refs = [(b, r) for b, r in refs if w.state.base(b) != bowl]
    if not refs or not _room(w, bowl):
        return None
    x, ref = w.rng.choice(refs)
    return _act(w, f"Let's go ahead and take {ref} and put it in the {bowl}.", _in(x, bowl), _spared([x]))


def t182_rel_carpenter(w: World) -> Made:
    pairs = _pairs_on(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    p = w.rng.choice(PLACES)
    text = f"Take the block the {top} is sitting on and set it down at {_place(p)}."
    return _act(w, text, _at(below, p), _spared([below]))


def t182_rel_librarian(w: World) -> Made:
    sole = _sole_in(w)
    if not sole:
        return None
    x, bowl = w.rng.choice(sole)
    text = f"Please return the block that is in the {bowl} to the table."
    return _act(w, text, _on_table(x), _spared([x]))


def _closest(w: World, bowl: str) -> str | None:
    """The loose block clearly closest to `bowl` (blocks already in it aside), if one is."""
    s = w.state
    near = sorted((b for b in w.blocks if s.base(b) != bowl), key=lambda b: w.dist(b, bowl))
    if len(near) < 2 or not _room(w, bowl):
        return None
    x, second = near[0], near[1]
    if s.support[x] != TABLE or s.above(x) or w.dist(second, bowl) - w.dist(x, bowl) < 0.06:
        return None
    return x


def t182_rel_dj(w: World) -> Made:
    found = [(bowl, x) for bowl in w.bowls if (x := _closest(w, bowl)) is not None]
    if not found:
        return None
    bowl, x = w.rng.choice(found)
    text = f"Alright folks, grab the block closest to the {bowl} and drop it right in!"
    return _act(w, text, _in(x, bowl), _spared([x]))


def t182_rel_lawyer(w: World) -> Made:
    pairs = _pairs_on(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if w.rng.random() < 0.5:
        return _act(w, f"The block presently resting upon the {below} shall be moved to the bin.",
                    binned([top]), _spared([top]))
    return _act(w, f"The block directly beneath the {top} shall be moved to the bin.",
                binned([below]), _spared([below]))


def t182_rel_phone(w: World) -> Made:
    refs = [(top, f"the block thats on the {below}") for top, below in _pairs_on(w)]
    refs += [(b, f"the block in the {bw}") for b, bw in _sole_in(w)]
    if not refs:
        return None
    x, ref = w.rng.choice(refs)
    p = w.rng.choice(PLACES)
    return _act(w, f"move {ref} 2 the {p}", _at(x, p), _spared([x]))


# ----- keep -------------------------------------------------------------------------------------------
def t182_keep_demo(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    keep = _keeps(w, [a], 1)
    if not keep:
        return None
    text = f"Let's move the {a} into the {bowl} and leave the {keep[0]} right where it is."
    return _act(w, text, _in(a, bowl), kept(keep[0]), _spared([a]))


def t182_keep_carpenter(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b = w.pick(w.blocks, 2)
    if not _stackable(w, a, b):
        return None
    keep = _keeps(w, [a, b], 2)
    if len(keep) < 2:
        return None
    c, d = keep
    text = f"Stack the {a} on the {b}, but don't touch the {c} or the {d}."
    return _act(w, text, _on(a, b), kept(c, d), _spared([a], [b]))


def t182_keep_librarian(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    off = [b for b in w.blocks if w.state.support[b] not in _FLOOR and w.state.base(b) != bowl]
    if not off:
        return None
    a = w.rng.choice(off)
    inside = w.state.in_bowl(bowl)
    text = f"Please return the {a} to the table, and keep the {bowl} exactly as it is."

    def same_bowl(i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(inside) and all(f.support[b] == i.support[b] for b in inside)
    return _act(w, text, _on_table(a), same_bowl, _spared([a]))


def t182_keep_dj(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    keep = _keeps(w, [a], 1)
    if not keep:
        return None
    text = w.rng.choice([f"Alright folks, the {a} is off to the bin, but the {keep[0]} stays put!",
                         f"Alright folks, toss the {a} in the bin and let the {keep[0]} chill right where it is!"])
    return _act(w, text, binned([a]), kept(keep[0]), _spared([a]))


def t182_keep_lawyer(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    keep = _keeps(w, [a], 2)
    if len(keep) < 2:
        return None
    c, d = keep
    text = f"Place the {a} in the {bowl}, provided that the {c} and the {d} remain exactly where they are."
    return _act(w, text, _in(a, bowl), kept(c, d), _spared([a]))


def t182_keep_phone(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    a = w.rng.choice(clear)
    p = w.rng.choice(PLACES)
    others = [b for b in w.blocks if b != a]
    text = f"move the {a} 2 the {p} n dont touch anything else"
    return _act(w, text, _at(a, p), kept(*others))


# ----- multi-step -------------------------------------------------------------------------------------
def t182_multi_demo(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a, b = w.pick(w.blocks, 2)
    if not _room(w, bowl, 2):
        return None
    text = f"First, let's put the {a} in the {bowl}. Next up, the {b} goes on top of the {a}."
    return _act(w, text, _in(a, bowl), _on(b, a), _spared([a, b]))


def t182_multi_carpenter(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = f"First set the {a} on the table, then stack the {b} on it, then put the {c} on top."
    return _act(w, text, rels(Rel("stacked", a, b, c)), _spared([a, b, c]))


def t182_multi_librarian(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in w.blocks if b not in inside]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Start by emptying the {bowl} onto the table, then put the {a} in it."
    return _act(w, text, _floor(inside), _in(a, bowl), _spared([*inside, a]))


def t182_multi_dj(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    p1, p2 = w.pick(list(PLACES), 2)
    text = f"Alright folks, step one: the {a} goes to {_place(p1)}. Step two: the {b} goes to {_place(p2)}!"
    return _act(w, text, _at(a, p1), _at(b, p2), _spared([a, b]))


def t182_multi_lawyer(w: World) -> Made:
    pairs = _pairs_on(w)
    if pairs and w.rng.random() < 0.6:
        a, c = w.rng.choice(pairs)
        text = (f"First, remove the {a} from the {c} and place it on the table; thereafter, place the {c} upon "
                f"the {a}.")
        return _act(w, text, _on_table(a), _on(c, a), _spared([a, c]))
    a, b = w.pick(w.blocks, 2)
    p = w.rng.choice(PLACES)
    text = f"First, place the {a} in the bin; thereafter, and only thereafter, move the {b} to {_place(p)}."
    return _act(w, text, binned([a]), _at(b, p), _spared([a, b]))


def t182_multi_phone(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a, b = w.pick(w.blocks, 2)
    if not _room(w, bowl):
        return None
    text = f"1st put the {a} in the bin then put the {b} in the {bowl}"
    return _act(w, text, binned([a]), _in(b, bowl), _spared([a, b]))


# ----- question ---------------------------------------------------------------------------------------
def t182_q_demo(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = w.state.count_at(bowl)
    return f"Quick question for the demo: how many blocks are in the {bowl}?", answered(str(n))


def t182_q_carpenter(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    under = _what(w.state, w.state.support[b])
    text = w.rng.choice([f"What's the {b} sitting on?", f"What's underneath the {b} right now?"])
    return text, answered(under)


def t182_q_librarian(w: World) -> Made:
    if w.rng.random() < 0.7:
        bowl = w.rng.choice(w.bowls)
        return f"Is the {bowl} empty?", answered(yes(not w.state.in_bowl(bowl)))
    return "How many bowls are on the table, please?", answered(str(len(w.bowls)))


def t182_q_dj(w: World) -> Made:
    colour = w.rng.choice(list(layout.COLOURS))
    there = any(w.colour(b) == colour for b in w.blocks)
    return f"Alright folks, quiz time: do we have a {colour} block anywhere?", answered(yes(there))


def t182_q_lawyer(w: World) -> Made:
    pairs = _pairs_on(w)
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    text = f"Can you confirm whether the {a} is resting directly on the {b}?"
    return text, answered(yes(w.state.support[a] == b))


def t182_q_phone(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"whats in the {bowl}", answered("|".join(sorted(w.state.in_bowl(bowl))))


# ----- matching ---------------------------------------------------------------------------------------
def _matched(w: World) -> list[str]:
    return [r.block for r in _matches(w)]


def t182_match_demo(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    text = "Let's go ahead and put each block in the bowl that matches its colour."
    return _act(w, text, rels(*want), _spared(_matched(w)))


def t182_match_carpenter(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    r = w.rng.choice(want)
    c = w.colour(r.block)
    text = f"Set the {c} block in the bowl that's the same colour as it."
    return _act(w, text, rels(r), _spared([r.block]))


def t182_match_librarian(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    text = ("Please sort the blocks into the bowls of matching colour; any block without a matching bowl stays "
            "where it is.")
    return _act(w, text, rels(*want), _spared(_matched(w)))


def t182_match_dj(w: World) -> Made:
    want = _matches(w)
    rest = [b for b in w.blocks if b not in _matched(w)]
    if not want or not rest:
        return None
    text = ("Alright folks, colour party! Every block goes in the bowl of its own colour, and the ones with no "
            "matching bowl go in the bin!")
    return _act(w, text, rels(*want), binned(rest))


def t182_match_lawyer(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    r = w.rng.choice(want)
    a = r.block
    text = (f"Provided that there is a bowl of the same colour as the {a}, place the {a} in it; otherwise, "
            f"leave the {a} where it is.")
    return _act(w, text, rels(r), _spared([a]))


def t182_match_phone(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    text = w.rng.choice(["put evry block in the same color bowl if there is one",
                         "can u sort the blocks into the bowls that match there color"])
    return _act(w, text, rels(*want), _spared(_matched(w)))


# ----- the list ---------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("demo", "carpenter", "librarian", "dj", "lawyer", "phone")
FRESH182: list[Template] = [
    (f"t182_{short}_{style}", category, globals()[f"t182_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
