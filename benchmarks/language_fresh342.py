"""`FRESH342`, the three-hundred-and-forty-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a tabletop through a chat window, each in the words
they would use anyway. Six personas write them:
- mechanic5: a car mechanic, practical, shop slang ("Grab the red block and drop it in the blue bowl.")
- librarian7: a librarian, quiet, precise wording ("Kindly place the red block on the green block.")
- kid11: a child of nine, bossy, simple words ("Put the red block in the bin now!")
- spanish6: a Spanish speaker writing English with small slips ("The red block must to be on the green block.")
- poet6: a poet, flowery, metaphors ("Let the red block come to rest in the blue bowl, like a stone in a pond.")
- plain123: a plain, ordinary adult ("Move the red block to the middle.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 3de78d7, the code of 2cc17e8, before anything it could
prompt): 0.8467 goal-correct (254 of 300), 41 refused, 0 questions, 0 wrong actions, 5 wrong replies: a poet's 'how
many blocks rest upon the table's wide wooden face?'. The refusals: a poet's 'W is X's true home; there it should
rest', 'How lovely it would be to see X resting in W', 'every block that dwells in the bowls', 'while Y sleeps
undisturbed where it lies', 'let X descend into W, then let Y follow it there, and last let Z fall into the bin', 'Let
each block find the bowl that wears its colour, as birds return to their own nests'; a mechanic's 'if you can swing
it' and 'Whatever's sitting on X, pull it off and set it on the table'; a Spanish speaker's 'all the blocks of the
table' (once).
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

MARGIN = 0.03  # metres: a relative or position word needs a clear winner


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its bottom up to `block`, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _loose(w: World, k: int = 1) -> list[str]:
    """k distinct clear blocks (not in the bin), or []."""
    return w.pick(w.clear_blocks(), k)


def _into(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl it is not in, with room for it."""
    for b in _loose(w):
        bowls = [o for o in w.bowls if w.state.base(b) != o and _room(w, o)]
        if bowls:
            return b, w.pick(bowls)[0]
    return None


def _stack(w: World) -> tuple[str, str] | None:
    """(top, below): two distinct clear blocks, where `top` can go on `below` within the tower limit."""
    pair = _loose(w, 2)
    if not pair or _height(w.state, pair[1]) >= layout.MAX_TOWER:
        return None
    return pair[0], pair[1]


def _lifted(w: World) -> list[str]:
    """Blocks not standing right on the table: on another block or in a bowl."""
    return [b for b in w.blocks if not holds(Rel("on_table", b), w.state) and w.state.base(b) != BIN]


def _others(w: World, *skip: str) -> list[str]:
    return [b for b in w.blocks if b not in skip and w.state.base(b) != BIN]


def _winner(w: World, key, items: list[str]) -> str | None:
    """The item with the smallest key, if it beats every other item by `MARGIN`."""
    if not items:
        return None
    ranked = sorted(items, key=key)
    if len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < MARGIN:
        return None
    return ranked[0]


def _at(b: str, place: str) -> Check:
    return rels(Rel("at", b, place))


def _in(b: str, bowl: str) -> Check:
    return rels(Rel("in", b, bowl))


def _on(a: str, b: str) -> Check:
    return rels(Rel("on", a, b))


def _table(b: str) -> Check:
    return rels(Rel("on_table", b))


def _bin_ok(n: int) -> bool:
    """The bin takes a block per slot."""
    return n <= len(layout.BIN_SLOTS)


def _contents(s: SymState, bowl: str) -> set[str]:
    return set(s.in_bowl(bowl))


# ----- imperative ------------------------------------------------------------------------------------
def t342_imp_mechanic5(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return _made(w, f"Grab the {b} and drop it in the {bowl}.", _act(_in(b, bowl)))


def t342_imp_librarian7(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"Kindly place the {a} on top of the {b}.", _act(_on(a, b)))


def t342_imp_kid11(w: World) -> Made:
    b = _loose(w)
    return _made(w, f"Put the {b[0]} in the bin now!", _act(binned(b))) if b else None


def t342_imp_spanish6(w: World) -> Made:
    b = _loose(w)
    if not b:
        return None
    place = w.pick(PLACES[:4])[0]
    return _made(w, f"Please you move the {b[0]} to the {place}.", _act(_at(b[0], place)))


def t342_imp_poet6(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return _made(w, f"Let the {b} come to rest in the {bowl}, like a stone settling in a pond.", _act(_in(b, bowl)))


def t342_imp_plain123(w: World) -> Made:
    b = _loose(w)
    return _made(w, f"Move the {b[0]} to the middle.", _act(_at(b[0], PLACES[4]))) if b else None


# ----- declarative -----------------------------------------------------------------------------------
def t342_dec_mechanic5(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return _made(w, f"{b.capitalize()} goes in the {bowl}. That's where it lives.", _act(_in(b, bowl)))


def t342_dec_librarian7(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"The {top} belongs on the table, not on the {below}.", _act(_table(top)))


def t342_dec_kid11(w: World) -> Made:
    b = _loose(w)
    return _made(w, f"The {b[0]} has to be in the bin.", _act(binned(b))) if b else None


def t342_dec_spanish6(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"The {a} must to be on top of the {b}.", _act(_on(a, b)))


def t342_dec_poet6(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return _made(w, f"The {bowl} is the {b}'s true home; there it should rest.", _act(_in(b, bowl)))


def t342_dec_plain123(w: World) -> Made:
    b = _loose(w)
    if not b:
        return None
    place = w.pick(PLACES[:4])[0]
    return _made(w, f"The {b[0]} should be in the {place}.", _act(_at(b[0], place)))


# ----- desiderative ----------------------------------------------------------------------------------
def t342_des_mechanic5(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"I'd like the {a} sitting on the {b}, if you can swing it.", _act(_on(a, b)))


def t342_des_librarian7(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return _made(w, f"I would like the {b} placed in the {bowl}, please.", _act(_in(b, bowl)))


def t342_des_kid11(w: World) -> Made:
    b = _loose(w)
    return _made(w, f"I want the {b[0]} in the bin!", _act(binned(b))) if b else None


def t342_des_spanish6(w: World) -> Made:
    b = _loose(w)
    if not b:
        return None
    place = w.pick(PLACES[:4])[0]
    return _made(w, f"I would like that the {b[0]} is in the {place}.", _act(_at(b[0], place)))


def t342_des_poet6(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return _made(w, f"How lovely it would be to see the {b} resting in the {bowl}.", _act(_in(b, bowl)))


def t342_des_plain123(w: World) -> Made:
    b = w.pick(_lifted(w))
    return _made(w, f"It would be nice if the {b[0]} were on the table.", _act(_table(b[0]))) if b else None


# ----- quantified ------------------------------------------------------------------------------------
def t342_qua_mechanic5(w: World) -> Made:
    if not _bin_ok(len(w.blocks)):
        return None
    return _made(w, "Dump all the blocks in the bin.", _act(binned(w.blocks)))


def t342_qua_librarian7(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Please place two blocks in the {bowl}.", _act(count_in(bowl, 2)))


def t342_qua_kid11(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside or not _bin_ok(len(outside)):
        return None
    stay = lambda i, f: all(f.base(b) == i.base(b) for b in inside)
    return _made(w, "Put every block that isn't in a bowl in the bin!", _act(binned(outside), stay))


def t342_qua_spanish6(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    on_table = w.state.on_the_table()
    if len(on_table) < 2 or not _room(w, bowl, len(on_table)):
        return None
    return _made(w, f"Put all the blocks of the table into the {bowl}, please.",
                 _act(*(_in(b, bowl) for b in on_table)))


def t342_qua_poet6(w: World) -> Made:
    inside = w.in_bowls()
    if len(inside) < 2:
        return None
    return _made(w, "Gather every block that dwells in the bowls and lay each one down upon the open table.",
                 _act(*(_table(b) for b in inside)))


def t342_qua_plain123(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Put three blocks in the bin.",
                 _act(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3))


# ----- negated ---------------------------------------------------------------------------------------
def t342_neg_mechanic5(w: World) -> Made:
    keep = w.pick(w.blocks)[0]
    rest = _others(w, keep)
    return _made(w, f"Bin everything except the {keep}.", _act(binned(rest), none_binned([keep])))


def t342_neg_librarian7(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"No block should remain in the {bowl}.", _act(empty(bowl)))


def t342_neg_kid11(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"The {top} can't be on the {below}! Get it off!",
                 _act(rels(Rel("on", top, below, negated=True))))


def t342_neg_spanish6(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b = w.pick(w.blocks, 2)
    rest = _others(w, a, b)
    return _made(w, f"Put all the blocks in the bin but not the {a} and not the {b}.",
                 _act(binned(rest), none_binned([a, b])))


def t342_neg_poet6(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    return _made(w, f"The {b} must not stay captive in the {bowl}; set it free.",
                 _act(rels(Rel("in", b, bowl, negated=True))))


def t342_neg_plain123(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Empty the {bowl}, but don't put anything in the bin.",
                 _act(empty(bowl), none_binned(w.blocks)))


# ----- relative --------------------------------------------------------------------------------------
def t342_rel_mechanic5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"Whatever's sitting on the {below}, pull it off and set it on the table.", _act(_table(top)))


def t342_rel_librarian7(w: World) -> Made:
    b = _winner(w, w.y, w.blocks)
    bowl = w.pick(w.bowls)[0]
    if not b or w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return _made(w, f"Please move the leftmost block into the {bowl}.", _act(_in(b, bowl)))


def t342_rel_kid11(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    b = _winner(w, lambda x: w.dist(x, bowl), w.blocks)
    if not b or w.state.base(b) != TABLE:
        return None
    return _made(w, f"Put the block that's closest to the {bowl} in the bin!", _act(binned([b])))


def t342_rel_spanish6(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block that is in the {bowl}, put it on the table please.", _act(_table(b)))


def t342_rel_poet6(w: World) -> Made:
    b = _winner(w, lambda x: -w.y(x), w.blocks)
    if not b:
        return None
    return _made(w, "The block that stands farthest to the right, like a sentinel at the edge of the world, "
                    "lay it gently in the bin.", _act(binned([b])))


def t342_rel_plain123(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"Put the block under the {top} in the bin.", _act(binned([below])))


# ----- keep ------------------------------------------------------------------------------------------
def t342_keep_mechanic5(w: World) -> Made:
    b = _loose(w)
    other = w.pick(_others(w, *b))
    if not b or not other:
        return None
    return _made(w, f"Toss the {b[0]} in the bin, but leave the {other[0]} where it is.",
                 _act(binned(b), kept(other[0])))


def t342_keep_librarian7(w: World) -> Made:
    lifted = [b for b in _lifted(w) if w.state.is_clear(b)]
    b = w.pick(lifted)
    if not b:
        return None
    bowls = [o for o in w.bowls if w.state.base(b[0]) != o]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    untouched = lambda i, f: _contents(i, bowl) == _contents(f, bowl)
    return _made(w, f"Please set the {b[0]} down on the table. Do not touch the {bowl}.",
                 _act(_table(b[0]), untouched, kept(*w.state.in_bowl(bowl))))


def t342_keep_kid11(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    other = w.pick(_others(w, b))
    if not other:
        return None
    return _made(w, f"Put the {b} in the {bowl} but DON'T move the {other[0]}!", _act(_in(b, bowl), kept(other[0])))


def t342_keep_spanish6(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    other = w.pick(_others(w, a, b))
    if not other:
        return None
    return _made(w, f"Put the {a} on the {b}, but the {other[0]} don't move it please.",
                 _act(_on(a, b), kept(other[0])))


def t342_keep_poet6(w: World) -> Made:
    b = _loose(w)
    other = w.pick(_others(w, *b))
    if not b or not other:
        return None
    place = PLACES[2]
    return _made(w, f"Let the {b[0]} wander to the {place}, while the {other[0]} sleeps undisturbed where it lies.",
                 _act(_at(b[0], place), kept(other[0])))


def t342_keep_plain123(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) >= 2 and w.state.on_top(o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    b = w.pick(w.state.on_top(bowl))[0]
    only = lambda _i, f: f.in_bowl(bowl) == [b]
    return _made(w, f"Clear out the {bowl}, but leave the {b} in it.", _act(only, kept(b)))


# ----- multi_step ------------------------------------------------------------------------------------
def t342_multi_mechanic5(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowls = [o for o in w.bowls if w.state.base(below) != o and _room(w, o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"First pull the {top} off the {below}, then stick the {below} in the {bowl}.",
                 _act(_in(below, bowl), rels(Rel("on", top, below, negated=True))))


def t342_multi_librarian7(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    other = w.pick([x for x in w.clear_blocks() if x != b])
    if not other:
        return None
    return _made(w, f"First, place the {other[0]} in the bin; then place the {b} in the {bowl}.",
                 _act(binned(other), _in(b, bowl)))


def t342_multi_kid11(w: World) -> Made:
    lifted = [b for b in _lifted(w) if w.state.is_clear(b)]
    a = w.pick(lifted)
    if not a:
        return None
    b = w.pick([x for x in w.clear_blocks() if x != a[0]])
    if not b:
        return None
    return _made(w, f"Put the {a[0]} on the table, then put the {b[0]} on it!",
                 _act(_table(a[0]), _on(b[0], a[0])))


def t342_multi_spanish6(w: World) -> Made:
    got = _loose(w, 2)
    if not got:
        return None
    a, b = got
    place = PLACES[0]
    return _made(w, f"First you put the {a} in the {place}, after you put the {b} over the {a}.",
                 _act(_at(a, place), _on(b, a)))


def t342_multi_poet6(w: World) -> Made:
    got = _loose(w, 3)
    if not got:
        return None
    a, b, c = got
    bowls = [o for o in w.bowls if _room(w, o, 2) and w.state.base(a) != o and w.state.base(b) != o]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"First let the {a} descend into the {bowl}, then let the {b} follow it there, "
                    f"and last let the {c} fall into the bin.", _act(_in(a, bowl), _in(b, bowl), binned([c])))


def t342_multi_plain123(w: World) -> Made:
    got = _loose(w, 2)
    if not got:
        return None
    a, b = got
    return _made(w, f"Move the {a} to the middle and then put the {b} in the bin.",
                 _act(_at(a, PLACES[4]), binned([b])))


# ----- question --------------------------------------------------------------------------------------
def t342_q_mechanic5(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return f"How many blocks you got in the {bowl} right now?", answered(str(len(w.state.in_bowl(bowl))))


def t342_q_librarian7(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    return f"Could you tell me what is in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t342_q_kid11(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.pick(pairs)[0]
    else:
        a, b = w.pick(w.blocks, 2)
    return f"Is the {a} on the {b}?", answered(yes(w.state.support[a] == b))


def t342_q_spanish6(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    sup = w.state.support[b]
    if sup in w.state.support and w.state.base(b) != TABLE:
        return None  # on a block inside a bowl: "on" or "in" would both be right
    return f"Where is the {b}? I don't find it.", answered(sup)


def t342_q_poet6(w: World) -> Made:
    return ("Tell me, how many blocks rest upon the table's wide wooden face?",
            answered(str(w.state.count_at(TABLE))))


def t342_q_plain123(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"Are there any blocks in the {bowl}?", answered(yes(bool(w.state.in_bowl(bowl))))


# ----- matching --------------------------------------------------------------------------------------
def _sortable(w: World) -> list[Rel]:
    return matching(w) if any(not holds(r, w.state) for r in matching(w)) else []


def t342_match_mechanic5(w: World) -> Made:
    want = _sortable(w)
    return _made(w, "Sort the blocks into the bowls that match their colour.", _act(rels(*want))) if want else None


def t342_match_librarian7(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "Kindly put each block into the bowl of the same colour, where there is one.", _act(rels(*want)))


def t342_match_kid11(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and w.state.is_clear(r.block)]
    if not want:
        return None
    r = w.pick(want)[0]
    return _made(w, f"Put the {r.block} in the bowl that's the same colour as it!", _act(rels(r)))


def t342_match_spanish6(w: World) -> Made:
    want = _sortable(w)
    return _made(w, "Can you put every block in the bowl with his same color?", _act(rels(*want))) if want else None


def t342_match_poet6(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "Let each block find the bowl that wears its colour, as birds return to their own nests.",
                 _act(rels(*want)))


def t342_match_plain123(w: World) -> Made:
    want = _sortable(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not rest or not _bin_ok(len(rest)):
        return None
    return _made(w, "Put the blocks that match a bowl's colour into that bowl, and bin the rest.",
                 _act(rels(*want), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mechanic5", "librarian7", "kid11", "spanish6", "poet6", "plain123")
FRESH342: list[Template] = [
    (f"t342_{short}_{style}", category, globals()[f"t342_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
