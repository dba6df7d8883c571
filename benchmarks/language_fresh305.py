"""`FRESH305`, the three-hundred-and-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing into the chat window in their own plain
words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table (one or two in a message). The six personas:
- tailor: "Kindly place the red block in the blue bowl, and do set it down neatly."
- swahili: "The red block it must be inside the blue bowl, please."
- coach2: "Red block into the bin! Right now, let's move!"
- teen3: "move the red block to the top left corner pls"
- retiree2: "Would you be so kind as to stack the red block on the blue block for me? Thank you ever so much."
- plain86: "Take the red block out of the blue bowl and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 44b5f33: the code of 8a8dc04 and one change that asked nothing here,
0abdbdd, reverted after it, before anything it could prompt): 0.9033 goal-correct (271 of 300), 20 refused, 4 wrong
actions, 5 wrong replies. The wrong actions: a coach's 'Step one: X on Y. Step two: Z on X. Build that tower, come on!'
built another tower from every block (four times). The wrong replies: a tailor's 'How many blocks are in W, precisely?'
looked for 'the W precisely'. The refusals: a tailor's 'Kindly place X in W, and do set it down neatly.', 'I would like
X, Y and Z made into a single tower: X at the bottom, Z at the top ...', a coach's 'Everything out of W! Everything
except X, that one stays in!', a Swahili speaker's 'Put the block which have the same colour like W inside that bowl.'.
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]
_FLOOR = (TABLE, *PLACES)


# ----- helpers ---------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's sentence and check, or None when the goal already holds in the scene."""
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _all(*checks: Check) -> Check:
    return lambda i, f: all(c(i, f) for c in checks)


def _on_floor(*blocks: str) -> Check:
    """Each block's tower stands on the table (or a named place on it): "on the table" as people say it."""
    return lambda _i, f: all(f.base(b) in _FLOOR for b in blocks)


def _not_in(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _depth(s: SymState, block: str) -> int:
    """How high `block` sits in its tower (1 for a block on the table or in a bowl)."""
    n = 1
    while s.support[block] in s.support:
        block = s.support[block]
        n += 1
    return n


def _bottom(s: SymState, block: str) -> str:
    while s.support[block] in s.support:
        block = s.support[block]
    return block


def _tower(s: SymState, block: str) -> set[str]:
    bottom = _bottom(s, block)
    return {bottom, *s.above(bottom)}


def _stackable(w: World, a: str, b: str, extra: int = 1) -> bool:
    """Whether `a` can go on `b` (and `extra - 1` more blocks above it) on the table."""
    s = w.state
    return (a != b and s.base(b) in _FLOOR and a not in _tower(s, b)
            and _depth(s, b) + extra <= layout.MAX_TOWER)


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _loose(w: World) -> list[str]:
    """Blocks not in a bowl or the bin."""
    return [b for b in w.blocks if w.state.base(b) in _FLOOR]


def _lone(w: World, block: str) -> bool:
    """A block alone on the table: nothing under it, nothing on it."""
    return w.state.support[block] in _FLOOR and w.state.is_clear(block)


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _room_for(w: World, bowl: str, blocks: list[str]) -> bool:
    new = [b for b in blocks if w.state.base(b) != bowl]
    return _room(w, bowl, len(new))


# ----- imperative ------------------------------------------------------------------------------------
def t305_imp_tailor(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick([b for b in w.blocks if w.state.base(b) != bowl])
    if not a or not _room(w, bowl):
        return None
    return _made(w, f"Kindly place the {a[0]} in the {bowl}, and do set it down neatly.", rels(Rel("in", a[0], bowl)))


def t305_imp_swahili(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please you put the {a} on top of the {b}.", rels(Rel("on", a, b)))


def t305_imp_coach2(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"{a.capitalize()} into the bin! Right now, let's move!", binned([a]))


def t305_imp_teen3(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"move the {a} to the {corner} pls", rels(Rel("at", a, corner)))


def t305_imp_retiree2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Would you be so kind as to stack the {a} on the {b} for me? Thank you ever so much."
    return _made(w, text, rels(Rel("on", a, b)))


def t305_imp_plain86(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a[0])
    return _made(w, f"Take the {a[0]} out of the {bowl} and put it on the table.", _on_floor(a[0]))


# ----- declarative -----------------------------------------------------------------------------------
def t305_dec_tailor(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} ought to sit squarely on the {b}.", rels(Rel("on", a, b)))


def t305_dec_swahili(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick([b for b in w.blocks if w.state.base(b) != bowl])
    if not a or not _room(w, bowl):
        return None
    return _made(w, f"The {a[0]} it must be inside the {bowl}, please.", rels(Rel("in", a[0], bowl)))


def t305_dec_coach2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"The {a} goes in the bin. The {b} goes in the bin. That's the play, team!"
    return _made(w, text, binned([a, b]))


def t305_dec_teen3(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"the {a} goes in the {_MIDDLE}", rels(Rel("at", a, _MIDDLE)))


def t305_dec_retiree2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.pick(w.bowls)[0]
    a = w.pick([x for x in w.blocks if x != b and w.state.base(x) != bowl])
    if not a or not _room(w, bowl):
        return None
    text = (f"I do believe the {a[0]} ought to be in the {bowl}, and the {b} on the table, "
            f"if that's no trouble at all.")
    return _made(w, text, _all(rels(Rel("in", a[0], bowl)), _on_floor(b)))


def t305_dec_plain86(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} is supposed to be on top of the {b}.", rels(Rel("on", a, b)))


# ----- desiderative ----------------------------------------------------------------------------------
def t305_des_tailor(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = (f"I would like the {a}, the {b} and the {c} made into a single tower: "
            f"the {a} at the bottom, the {c} at the top.")
    return _made(w, text, rels(Rel("stacked", a, b, c), Rel("clear", c)))


def t305_des_swahili(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"I want that the {a} go to the bin.", binned([a]))


def t305_des_coach2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I want the {a} up on the {b}! Let's go, let's go!", rels(Rel("on", a, b)))


def t305_des_teen3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick([b for b in w.blocks if w.state.base(b) != bowl])
    if not a or not _room(w, bowl):
        return None
    return _made(w, f"i want the {a[0]} in the {bowl} lol", rels(Rel("in", a[0], bowl)))


def t305_des_retiree2(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    corner = w.rng.choice(_CORNERS)
    text = f"What I'd really like, if you don't mind, is for the {a} to end up in the {corner}."
    return _made(w, text, rels(Rel("at", a, corner)))


def t305_des_plain86(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"My goal is to have the {bowl} empty.", empty(bowl))


# ----- quantified ------------------------------------------------------------------------------------
def t305_qua_tailor(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"Put exactly two blocks in the {bowl}; no more, no fewer.", count_in(bowl, 2))


def t305_qua_swahili(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Put all the blocks which are in the {bowl} into the bin.", binned(w.state.in_bowl(bowl)))


def t305_qua_coach2(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "All blocks in the bin! Every single one of them! Move it!", binned(w.blocks))


def t305_qua_teen3(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    return _made(w, "each bowl needs exactly 1 block in it, no more", _all(*(count_in(b, 1) for b in w.bowls)))


def t305_qua_retiree2(w: World) -> Made:
    table = w.state.on_the_table()
    if not table or len(table) > 5:
        return None
    text = "Could you gather up all of the blocks that are sitting on the table and pop them in the bin, please?"
    return _made(w, text, binned(table))


def t305_qua_plain86(w: World) -> Made:
    if all(w.state.in_bowl(b) for b in w.bowls):
        return None
    return _made(w, "Make sure every bowl has at least one block in it.",
                 _all(*(count_in(b, 1, exact=False) for b in w.bowls)))


# ----- negated ---------------------------------------------------------------------------------------
def t305_neg_tailor(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    others = [b for b in w.blocks if b not in inside]
    if not others or len(others) > 5:
        return None
    text = f"Kindly leave the contents of the {bowl} untouched, and put every other block in the bin."
    return _made(w, text, _all(binned(others), kept(*inside)))


def t305_neg_swahili(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick([b for b in w.blocks if w.state.base(b) != bowl])
    if not a:
        return None
    others = [b for b in w.blocks if b != a[0]]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Please move all the blocks to the {bowl}, but not the {a[0]}, that one no."
    return _made(w, text, _all(rels(*(Rel("in", b, bowl) for b in others)), _not_in(a[0], bowl)))


def t305_neg_coach2(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    a = w.rng.choice(inside)
    text = f"Everything out of the {bowl}! Everything except the {a}, that one stays in!"
    return _made(w, text, _all(rels(Rel("in", a, bowl)), *(_not_in(b, bowl) for b in inside if b != a)))


def t305_neg_teen3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    if len(others) > 5:
        return None
    text = f"bin everything except the {w.colour(a)} and {w.colour(b)} blocks"
    return _made(w, text, _all(binned(others), none_binned([a, b])))


def t305_neg_retiree2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = (f"I'd like the {bowl} emptied, please, but not into the bin, if you don't mind; "
            f"just set the blocks down on the table.")
    return _made(w, text, _all(empty(bowl), _on_floor(*inside)))


def t305_neg_plain86(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a[0])
    return _made(w, f"Take the {a[0]} out of the {bowl}, but don't put it in the bin.",
                 _all(_not_in(a[0], bowl), none_binned(a)))


# ----- relative --------------------------------------------------------------------------------------
def t305_rel_tailor(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.pick([b for b in w.bowls if b != w.state.base(top)])
    if not bowl or not _room(w, bowl[0]):
        return None
    text = f"Take the block that sits on top of the {below} and place it in the {bowl[0]}, please."
    return _made(w, text, rels(Rel("in", top, bowl[0])))


def t305_rel_swahili(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The block which is under the {top}, put it in the bin.", binned([below]))


def _nearest(w: World, ref: str, candidates: list[str]) -> str | None:
    """The one candidate clearly nearest `ref`, standing alone on the table; None when that is not clear."""
    ranked = sorted(candidates, key=lambda b: w.dist(ref, b))
    if len(ranked) < 2:
        return None
    first, second = ranked[0], ranked[1]
    if not _lone(w, first) or w.dist(ref, second) - w.dist(ref, first) < 0.03:
        return None
    return first


def t305_rel_coach2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    near = _nearest(w, bowl, w.blocks)
    if near is None:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"Grab the block closest to the {bowl} and drop it in the {corner}! Quick feet!"
    return _made(w, text, rels(Rel("at", near, corner)))


def t305_rel_teen3(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"whatevers on top of the {below} can go in the bin", binned([top]))


def t305_rel_retiree2(w: World) -> Made:
    ref = w.pick([b for b in w.blocks if _lone(w, b)])
    if not ref:
        return None
    near = _nearest(w, ref[0], [b for b in w.blocks if b != ref[0]])
    bowl = w.pick(w.bowls)[0]
    if near is None or not _room(w, bowl):
        return None
    text = f"Would you mind terribly putting the block nearest to the {ref[0]} into the {bowl}?"
    return _made(w, text, rels(Rel("in", near, bowl)))


def t305_rel_plain86(w: World) -> Made:
    single = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    x = w.state.in_bowl(bowl)[0]
    b = w.pick([y for y in w.blocks if _stackable(w, x, y)])
    if not b:
        return None
    return _made(w, f"Put the block that's in the {bowl} on the {b[0]}.", rels(Rel("on", x, b[0])))


# ----- keep ------------------------------------------------------------------------------------------
def t305_keep_tailor(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick([b for b in w.blocks if w.state.base(b) != bowl])
    if not a or not _room(w, bowl):
        return None
    b = w.pick([x for x in w.blocks if x != a[0] and x not in w.state.above(a[0])])
    if not b:
        return None
    text = f"Put the {a[0]} in the {bowl}, but the {b[0]} must stay exactly where it is."
    return _made(w, text, _all(rels(Rel("in", a[0], bowl)), kept(b[0])))


def t305_keep_swahili(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    c = w.pick([x for x in w.blocks if x not in (a, b) and x not in w.state.above(a) and x not in w.state.above(b)])
    if not c:
        return None
    text = f"Put the {a} on the {b}, but the {c[0]} leave it where it is, don't move it."
    return _made(w, text, _all(rels(Rel("on", a, b)), kept(c[0])))


def t305_keep_coach2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    a = w.pick([b for b in w.blocks if b not in inside])
    if not a:
        return None
    text = f"Empty the {bowl} into the bin! But the {a[0]} stays put, nobody touches it!"
    return _made(w, text, _all(binned(inside), kept(a[0])))


def t305_keep_teen3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    a = w.pick([b for b in w.blocks if b not in inside])
    if not a:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"can u put the {a[0]} in the {corner} n keep the stuff in the {bowl} as is"
    return _made(w, text, _all(rels(Rel("at", a[0], corner)), kept(*inside)))


def t305_keep_retiree2(w: World) -> Made:
    a = w.pick([b for b in w.blocks if w.state.support[b] in _FLOOR])
    if not a:
        return None
    table = [b for b in w.state.on_the_table() if b != a[0]]
    if not table or len(table) > 5:
        return None
    text = (f"Could you tidy the blocks on the table away into the bin? "
            f"Only please keep the {a[0]} where it is, it's rather a favourite of mine.")
    return _made(w, text, _all(binned(table), kept(a[0])))


def t305_keep_plain86(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    place = w.rng.choice(PLACES)
    b = w.pick([x for x in w.blocks if x != a and x not in w.state.above(a)])
    if not b:
        return None
    text = f"Move the {a} to the {place} without moving the {b[0]}."
    return _made(w, text, _all(rels(Rel("at", a, place)), kept(b[0])))


# ----- multi-step ------------------------------------------------------------------------------------
def t305_multi_tailor(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    out = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(out) < 2 or not _room(w, bowl, 2):
        return None
    a, b = w.rng.sample(out, 2)
    text = f"First, the {a} into the {bowl}; then, the {b} into that same bowl."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t305_multi_swahili(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a[0])
    b = w.pick([x for x in w.blocks if w.state.base(x) != bowl])
    if not b:
        return None
    text = f"First remove the {a[0]} from the {bowl}, after that you put the {b[0]} inside it."
    return _made(w, text, _all(_not_in(a[0], bowl), rels(Rel("in", b[0], bowl))))


def t305_multi_coach2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    if not _stackable(w, a, b, extra=2) or c in _tower(w.state, b):
        return None
    text = (f"Step one: {a} on the {b}. Step two: {c} on the {a}. "
            f"Build that tower, come on!")
    return _made(w, text, rels(Rel("on", a, b), Rel("on", c, a)))


def t305_multi_teen3(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return _made(w, f"first bin the {a} then put the {b} in the {bowl}", _all(binned([a]), rels(Rel("in", b, bowl))))


def t305_multi_retiree2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    c1, c2 = w.rng.sample(_CORNERS, 2)
    text = (f"To begin with, would you put the {a} in the {c1}, and after that the {b} in the {c2}? "
            f"Many thanks, dear.")
    return _made(w, text, rels(Rel("at", a, c1), Rel("at", b, c2)))


def t305_multi_plain86(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    a = w.pick([b for b in w.blocks if w.state.base(b) != bowl])
    if not a:
        return None
    text = f"Take everything out of the {bowl}, then put the {a[0]} in it."
    return _made(w, text, lambda _i, f: f.in_bowl(bowl) == [a[0]])


# ----- questions -------------------------------------------------------------------------------------
def t305_q_tailor(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"How many blocks are in the {bowl}, precisely?", answered(str(len(w.state.in_bowl(bowl))))


def t305_q_swahili(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
    else:
        a = w.pick(w.blocks)[0]
        bowl = w.pick(w.bowls)[0]
    flag = holds(Rel("in", a, bowl), w.state)
    return f"Is the {a} inside the {bowl}? I want to know.", answered(yes(flag))


def t305_q_coach2(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    bowl = w.pick(w.bowls)[0]
    n = w.state.count_at(TABLE)
    flag = holds(Rel("in", a, bowl), w.state)
    text = f"Quick check! How many blocks are on the table? And is the {a} in the {bowl}?"
    return text, answered(f"{n}|{yes(flag)}")


def t305_q_teen3(w: World) -> Made:
    below = [b for b in w.blocks if len(w.state.above(b)) == 1]
    if not below:
        return None
    b = w.rng.choice(below)
    return f"whats on top of the {b}", answered(w.state.on_top(b)[0])


def t305_q_retiree2(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    text = f"Could you tell me which bowl the {a[0]} is in, please? My eyes aren't what they were."
    return text, answered(w.state.base(a[0]))


def t305_q_plain86(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = holds(Rel("on", a, b), w.state)
    return f"How many bowls are there, and is the {a} on the {b}?", answered(f"{len(w.bowls)}|{yes(flag)}")


# ----- matching --------------------------------------------------------------------------------------
def t305_match_tailor(w: World) -> Made:
    want = matching(w)
    if not want or not all(_room_for(w, bowl, [r.block for r in want if r.target == bowl]) for bowl in w.bowls):
        return None
    return _made(w, "Put each block into the bowl of its own colour, if you please.", rels(*want))


def t305_match_swahili(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    if not _room_for(w, r.target, [r.block]):
        return None
    text = f"Put the block which have the same colour like the {r.target} inside that bowl."
    return _made(w, text, rels(r))


def t305_match_coach2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    others = [b for b in w.blocks if _bowl_of(w, w.colour(b)) is None]
    if len(others) > 5:
        return None
    text = "Match 'em up! Every block into the bowl of the same colour, and the rest go in the bin!"
    return _made(w, text, _all(rels(*want), binned(others)))


def t305_match_teen3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want if not holds(r, w.state)]
    others = [b for b in w.blocks if _bowl_of(w, w.colour(b)) is None]
    if any(o in w.state.above(m) for m in movers for o in others):
        return None
    text = "put the blocks in the bowls that match their colour n dont touch the rest"
    return _made(w, text, _all(rels(*want), kept(*others)))


def t305_match_retiree2(w: World) -> Made:
    keys = [b for b in w.blocks if _bowl_of(w, w.colour(b)) is not None]
    if not keys:
        return None
    key = w.rng.choice(keys)
    bowl = _bowl_of(w, w.colour(key))
    assert bowl is not None
    a = w.pick([b for b in w.blocks if b != key and w.state.base(b) != bowl])
    if not a or not _room(w, bowl):
        return None
    text = f"Would you please put the {a[0]} into the bowl that's the same colour as the {key}?"
    return _made(w, text, rels(Rel("in", a[0], bowl)))


def t305_match_plain86(w: World) -> Made:
    odd = [b for b in w.blocks if _bowl_of(w, w.colour(b)) is None]
    if not odd or len(odd) > 5:
        return None
    return _made(w, "Put every block whose colour doesn't match any of the bowls into the bin.", binned(odd))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("tailor", "swahili", "coach2", "teen3", "retiree2", "plain86")
FRESH305: list[Template] = [
    (f"t305_{short}_{style}", category, globals()[f"t305_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
