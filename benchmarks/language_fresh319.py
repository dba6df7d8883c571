"""`FRESH319`, the three-hundred-and-twentieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a tabletop between other things, each in the voice of
their own trade or age or first language. Six personas write them:
- dentist: a dentist, calm, precise, a little clinical ("Place the red block in the blue bowl, please.")
- waiter3: a waiter, polite and quick, restaurant habits ("Red block to the bin, right away!")
- grandpa5: a grandfather, slow, old-fashioned, long sentences with memories ("Would you be so kind as to stack the
  red block on top of the green block? My grandson used to build towers like that all afternoon.")
- russian: a Russian speaker writing English with small slips ("Put red block in bin, please.")
- gamer5: a gamer, slang, abbreviations ("yo stack the red block on the green block pls")
- plain100: a plain, ordinary adult ("Move the red block to the middle of the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 856dc52, the code of dba2683, before anything it could prompt): 0.90
goal-correct (270 of 300), 30 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a grandpa's 'X
should be sitting on top of Y, if you don't mind, just like the old wooden blocks I had as a boy.', 'It would be nice
if X were over in the top right corner, the way I used to keep my chess pieces tidy in the corner of the board.',
'Every block that isn't already sitting in a bowl, I'd like those put in the bin, please; my late wife always said a
tidy table is a happy table.' and 'I don't care for X sitting up on Y like that; it reminds me of a wobbly wedding
cake. It shouldn't be on there.', a waiter's 'Two blocks into W, please, coming right up.' and '..., then Y on top of
it, coming up!'.
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
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_MARGIN = 0.03  # metres: a relative word needs a clear winner


# ----- helpers -----
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _height(s: SymState, b: str) -> int:
    """How many blocks stand from the bottom of b's tower up to b, b included."""
    h, cur = 1, s.support[b]
    while cur in s.support:
        h, cur = h + 1, s.support[cur]
    return h


def _single(w: World) -> list[str]:
    """Blocks standing alone on the table: nothing under them, nothing on them."""
    return [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]


def _into(w: World) -> tuple[str, str] | None:
    """A free block and a bowl with room that it is not in yet."""
    bowls = w.pick(w.bowls)
    if not bowls or not _room(w, bowls[0]):
        return None
    blocks = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowls[0]])
    return (blocks[0], bowls[0]) if blocks else None


def _stack(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(a, c): a free block a that can go on a free block c standing (in a tower) on the table."""
    free = [b for b in w.clear_blocks() if b not in exclude]
    pair = w.pick(free, 2)
    if not pair:
        return None
    a, c = pair
    if w.state.base(c) not in (TABLE, *PLACES) or _height(w.state, c) >= layout.MAX_TOWER:
        return None
    return a, c


def _winner(w: World, cands: list[str], key) -> str | None:
    """The candidate with the smallest key, when it beats every other by the margin and stands alone on the table."""
    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=key)
    best = ranked[0]
    if key(ranked[1]) - key(best) < _MARGIN or best not in _single(w):
        return None
    return best


def _in(b: str, bowl: str) -> Check:
    return lambda _i, f: holds(Rel("in", b, bowl), f)


def _on(a: str, c: str) -> Check:
    return rels(Rel("on", a, c))


def _at(b: str, place: str) -> Check:
    return rels(Rel("at", b, place))


def _bin(b: str) -> Check:
    return lambda _i, f: f.base(b) == BIN


# ----- imperative -----
def t319_imp_dentist(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    b, bowl = p
    return _made(w, f"Place the {b} in the {bowl}, please.", _act(_in(b, bowl)))


def t319_imp_waiter3(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"{_cap(b[0])} to the {place}, right away!", _act(_at(b[0], place)))


def t319_imp_grandpa5(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    a, c = p
    text = (f"Now then, would you be so kind as to stack the {a} on top of the {c}? My grandson used to build "
            "towers like that all afternoon when he was small.")
    return _made(w, text, _act(_on(a, c)))


def t319_imp_russian(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Put {b[0]} in bin, please.", _act(_bin(b[0])))


def t319_imp_gamer5(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    a, c = p
    return _made(w, f"yo move the {a} onto the {c} pls", _act(_on(a, c)))


def t319_imp_plain100(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Move the {b[0]} to the middle of the table.", _act(_at(b[0], PLACES[4])))


# ----- declarative -----
def t319_dec_dentist(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    b, bowl = p
    return _made(w, f"The {b} goes in the {bowl}.", _act(_in(b, bowl)))


def t319_dec_waiter3(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"The {b[0]} belongs in the bin, thank you.", _act(_bin(b[0])))


def t319_dec_grandpa5(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    a, c = p
    text = (f"The {a} should be sitting on top of the {c}, if you don't mind, just like the old wooden blocks "
            "I had as a boy.")
    return _made(w, text, _act(_on(a, c)))


def t319_dec_russian(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"{_cap(b[0])} must be in {place}.", _act(_at(b[0], place)))


def t319_dec_gamer5(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    b, bowl = p
    return _made(w, f"{b} has to be in the {bowl} rn", _act(_in(b, bowl)))


def t319_dec_plain100(w: World) -> Made:
    b = w.pick([x for x in w.in_bowls() if w.state.is_clear(x)])
    if not b:
        return None
    bowl = w.state.base(b[0])
    return _made(w, f"The {b[0]} needs to be on the table, not in the {bowl}.", _act(rels(Rel("on_table", b[0]))))


# ----- desiderative -----
def t319_des_dentist(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"I would like the {b[0]} placed in the bin.", _act(_bin(b[0])))


def t319_des_waiter3(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    b, bowl = p
    return _made(w, f"I'd love to see the {b} in the {bowl}, whenever you're ready.", _act(_in(b, bowl)))


def t319_des_grandpa5(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(PLACES[:4])
    text = (f"It would be nice if the {b[0]} were over in the {place}, the way I used to keep my chess pieces "
            "tidy in the corner of the board.")
    return _made(w, text, _act(_at(b[0], place)))


def t319_des_russian(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    a, c = p
    return _made(w, f"I want that {a} stands on {c}.", _act(_on(a, c)))


def t319_des_gamer5(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"wanna see the {b[0]} in the bin lol", _act(_bin(b[0])))


def t319_des_plain100(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    b, bowl = p
    return _made(w, f"I want the {b} in the {bowl}.", _act(_in(b, bowl)))


# ----- quantified -----
def t319_qua_dentist(w: World) -> Made:
    return _made(w, "Put all of the blocks in the bin.", _act(binned(w.blocks)))


def t319_qua_waiter3(w: World) -> Made:
    bowl = w.pick([x for x in w.bowls if not w.state.in_bowl(x)])
    if not bowl:
        return None
    return _made(w, f"Two blocks into the {bowl[0]}, please, coming right up.", _act(count_in(bowl[0], 2)))


def t319_qua_grandpa5(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    text = ("Every block that isn't already sitting in a bowl, I'd like those put in the bin, please; "
            "my late wife always said a tidy table is a happy table.")
    return _made(w, text, _act(binned(outside), none_binned(inside)))


def t319_qua_russian(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    bowl = w.pick(full)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    if any(w.state.support[b] != bowl[0] for b in inside):
        return None
    return _made(w, f"Take everything from {bowl[0]} and put on table.",
                 _act(rels(*(Rel("on_table", b) for b in inside))))


def t319_qua_gamer5(w: World) -> Made:
    table = w.state.on_the_table()
    if len(table) < 2:
        return None
    others = [b for b in w.blocks if b not in table]
    return _made(w, "yeet every block on the table into the bin", _act(binned(table), none_binned(others)))


def t319_qua_plain100(w: World) -> Made:
    bowl = w.pick([x for x in w.bowls if not w.state.in_bowl(x)])
    if not bowl or len(w.blocks) < 3:
        return None
    return _made(w, f"Put three blocks in the {bowl[0]}.", _act(count_in(bowl[0], 3)))


# ----- negated -----
def t319_neg_dentist(w: World) -> Made:
    bowl = w.pick([x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    return _made(w, f"No block should remain in the {bowl[0]}.", _act(empty(bowl[0])))


def t319_neg_waiter3(w: World) -> Made:
    b = w.pick(w.blocks)
    if not b or w.state.above(b[0]):
        return None
    others = [x for x in w.blocks if x != b[0]]
    return _made(w, f"Everything into the bin except the {b[0]}, please.",
                 _act(binned(others), none_binned(b)))


def t319_neg_grandpa5(w: World) -> Made:
    pairs = [(a, c) for a, c in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, c = w.rng.choice(pairs)
    text = (f"I don't care for the {a} sitting up on the {c} like that; it reminds me of a wobbly wedding cake. "
            "It shouldn't be on there.")
    return _made(w, text, _act(rels(Rel("on", a, c, negated=True))))


def t319_neg_russian(w: World) -> Made:
    b = w.pick(w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b[0])
    check = _act(rels(Rel("in", b[0], bowl, negated=True)))
    return _made(w, f"{_cap(b[0])} must not be in {bowl}. Take it out.", check)


def t319_neg_gamer5(w: World) -> Made:
    keep = w.pick(w.blocks, 2)
    if not keep or len(w.blocks) < 3 or any(w.state.above(b) for b in keep):
        return None
    others = [x for x in w.blocks if x not in keep]
    return _made(w, f"bin everything but the {keep[0]} and the {keep[1]} lol",
                 _act(binned(others), none_binned(keep)))


def t319_neg_plain100(w: World) -> Made:
    b = w.pick([s for _, s in w.pairs()])
    if not b:
        return None
    return _made(w, f"Nothing should be on top of the {b[0]}.", _act(rels(Rel("clear", b[0]))))


# ----- relative -----
def t319_rel_dentist(w: World) -> Made:
    bowl = w.pick([x for x in w.bowls if not w.state.in_bowl(x)])
    if not bowl:
        return None
    b = _winner(w, w.blocks, lambda x: w.dist(x, bowl[0]))
    if not b:
        return None
    return _made(w, f"Take the block nearest to the {bowl[0]} and place it in the bin.", _act(_bin(b)))


def t319_rel_waiter3(w: World) -> Made:
    pairs = [(a, c) for a, c in w.pairs() if w.state.is_clear(a)]
    bowl = w.pick(w.bowls)
    if not pairs or not bowl or not _room(w, bowl[0]):
        return None
    a, c = w.rng.choice(pairs)
    if w.state.base(a) == bowl[0]:
        return None
    return _made(w, f"The block on top of the {c}, into the {bowl[0]}, please.", _act(_in(a, bowl[0])))


def t319_rel_grandpa5(w: World) -> Made:
    b = _winner(w, w.blocks, w.y)
    bowl = w.pick(w.bowls)
    if not b or not bowl or not _room(w, bowl[0]):
        return None
    text = (f"The block furthest to the left, as I look at the table, could you pop that one into the {bowl[0]}? "
            "Left was always my good side.")
    return _made(w, text, _act(_in(b, bowl[0])))


def t319_rel_russian(w: World) -> Made:
    bowl = w.pick([x for x in w.bowls if len(w.state.in_bowl(x)) == 1])
    if not bowl:
        return None
    b = w.state.in_bowl(bowl[0])[0]
    return _made(w, f"Block which is in {bowl[0]}, put it in bin.", _act(_bin(b)))


def t319_rel_gamer5(w: World) -> Made:
    b = _winner(w, w.blocks, lambda x: -w.y(x))
    if not b:
        return None
    c = w.pick([x for x in w.clear_blocks() if x != b and w.state.base(x) in (TABLE, *PLACES)
                and _height(w.state, x) < layout.MAX_TOWER])
    if not c:
        return None
    return _made(w, f"grab the rightmost block n stack it on the {c[0]}", _act(_on(b, c[0])))


def t319_rel_plain100(w: World) -> Made:
    pairs = [(a, c) for a, c in w.pairs() if w.state.is_clear(a)]
    bowl = w.pick(w.bowls)
    if not pairs or not bowl or not _room(w, bowl[0]):
        return None
    a, c = w.rng.choice(pairs)
    if w.state.base(c) == bowl[0]:
        return None
    return _made(w, f"Take the block that's under the {a} and put it in the {bowl[0]}.", _act(_in(c, bowl[0])))


# ----- keep -----
def t319_keep_dentist(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    c = w.pick([x for x in w.blocks if x != b[0]])
    if not c:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"Move the {b[0]} to the {place}, but leave the {c[0]} where it is.",
                 _act(_at(b[0], place), kept(c[0])))


def t319_keep_waiter3(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    b = w.pick([x for x in w.clear_blocks() if w.state.base(x) != bowl[0]])
    if not b:
        return None
    inside = w.state.in_bowl(bowl[0])
    untouched: Check = lambda i, f: sorted(f.in_bowl(bowl[0])) == sorted(inside) and kept(*inside)(i, f)
    return _made(w, f"The {b[0]} in the bin, right away, and please don't touch the {bowl[0]}.",
                 _act(_bin(b[0]), untouched))


def t319_keep_grandpa5(w: World) -> Made:
    table = w.state.on_the_table()
    c = w.pick([x for x in table if w.state.support[x] == TABLE])
    if len(table) < 2 or not c:
        return None
    rest = [x for x in table if x != c[0]]
    text = (f"Clear the blocks off the table into the bin, would you, but my old favourite, the {c[0]}, "
            "you leave that one right where it is.")
    return _made(w, text, _act(binned(rest), kept(c[0])))


def t319_keep_russian(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    a, c = p
    d = w.pick([x for x in w.blocks if x not in (a, c)])
    if not d:
        return None
    return _made(w, f"Put {a} on {c}, but {d[0]} do not touch.", _act(_on(a, c), kept(d[0])))


def t319_keep_gamer5(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    b, bowl = p
    c = w.pick([x for x in w.blocks if x != b])
    if not c:
        return None
    return _made(w, f"move the {b} to the {bowl} but dont mess w the {c[0]} k", _act(_in(b, bowl), kept(c[0])))


def t319_keep_plain100(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    others = [x for x in w.blocks if x != b[0]]
    return _made(w, f"Put the {b[0]} in the bin and leave everything else alone.", _act(_bin(b[0]), kept(*others)))


# ----- multi_step -----
def t319_multi_dentist(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    a, bowl = p
    b = w.pick([x for x in w.clear_blocks() if x != a])
    if not b:
        return None
    return _made(w, f"First, place the {a} in the {bowl}. Then place the {b[0]} in the bin.",
                 _act(_in(a, bowl), _bin(b[0])))


def t319_multi_waiter3(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    a, b = pair
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"{_cap(a)} to the {place}, then the {b} on top of it, coming up!",
                 _act(_at(a, place), _on(b, a)))


def t319_multi_grandpa5(w: World) -> Made:
    pairs = [(a, c) for a, c in w.pairs() if w.state.is_clear(a) and w.state.support[c] == TABLE]
    bowl = w.pick(w.bowls)
    if not pairs or not bowl or not _room(w, bowl[0], 2):
        return None
    a, c = w.rng.choice(pairs)
    text = (f"Let's do this in order, as my father taught me: first lift the {a} off the {c}, then put the {c} "
            f"in the {bowl[0]}, and finally set the {a} back on top of the {c}.")
    return _made(w, text, _act(_in(c, bowl[0]), _on(a, c)))


def t319_multi_russian(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    b, bowl = p
    a = w.pick([x for x in w.clear_blocks() if x != b])
    if not a:
        return None
    return _made(w, f"First put {a[0]} in bin, after that put {b} in {bowl}.", _act(_bin(a[0]), _in(b, bowl)))


def t319_multi_gamer5(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    a, c = p
    d = w.pick([x for x in w.clear_blocks() if x not in (a, c)])
    if not d:
        return None
    return _made(w, f"stack the {a} on the {c} then yeet the {d[0]} in the bin", _act(_on(a, c), _bin(d[0])))


def t319_multi_plain100(w: World) -> Made:
    a = w.pick([x for x in w.in_bowls() if w.state.is_clear(x)])
    if not a:
        return None
    bowl = w.state.base(a[0])
    b = w.pick([x for x in w.clear_blocks() if w.state.base(x) != bowl])
    if not b:
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"Take the {a[0]} out of the {bowl} and put it in the {place}, then put the {b[0]} in the {bowl}.",
                 _act(_at(a[0], place), _in(b[0], bowl)))


# ----- question -----
def t319_q_dentist(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    return f"How many blocks are in the {bowl[0]}?", answered(str(len(w.state.in_bowl(bowl[0]))))


def t319_q_waiter3(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, c = w.rng.choice(pairs)
    else:
        two = w.pick(w.blocks, 2)
        if not two:
            return None
        a, c = two
    return f"Quick one: is the {a} on the {c}?", answered(yes(w.state.support[a] == c))


def t319_q_grandpa5(w: World) -> Made:
    b = w.pick(w.blocks)
    if not b:
        return None
    s = w.state.support[b[0]]
    if s in w.state.support and w.state.base(s) != TABLE:
        return None
    return f"Where has the {b[0]} got to? My eyes aren't what they used to be.", answered(s)


def t319_q_russian(w: World) -> Made:
    return "How many blocks is on table?", answered(str(w.state.count_at(TABLE)))


def t319_q_gamer5(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    return f"whats in the {bowl[0]} rn", answered("|".join(inside) if inside else "nothing")


def t319_q_plain100(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    return f"Is the {bowl[0]} empty?", answered(yes(not w.state.in_bowl(bowl[0])))


# ----- matching -----
def _all_match(w: World) -> Check | None:
    want = matching(w)
    return _act(rels(*want)) if want else None


def t319_match_dentist(w: World) -> Made:
    check = _all_match(w)
    return _made(w, "Sort the blocks into the bowls of the same colour.", check) if check else None


def t319_match_waiter3(w: World) -> Made:
    check = _all_match(w)
    return _made(w, "Each block to its matching bowl, please, right away.", check) if check else None


def t319_match_grandpa5(w: World) -> Made:
    want = w.pick(matching(w))
    if not want:
        return None
    b = want[0].block
    text = (f"Put the {b} into the bowl that's the same colour as it, there's a good lad; "
            "my mother sorted her buttons like that.")
    return _made(w, text, _act(rels(want[0])))


def t319_match_russian(w: World) -> Made:
    check = _all_match(w)
    return _made(w, "Put every block in bowl of same colour.", check) if check else None


def t319_match_gamer5(w: World) -> Made:
    check = _all_match(w)
    return _made(w, "color match the blocks w the bowls pls, ez", check) if check else None


def t319_match_plain100(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or any(x in rest for m in matched for x in w.state.above(m)):
        return None
    return _made(w, "Put the blocks that match a bowl's colour into that bowl, and leave the others where they are.",
                 _act(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("dentist", "waiter3", "grandpa5", "russian", "gamer5", "plain100")
FRESH319: list[Template] = [
    (f"t319_{short}_{style}", category, globals()[f"t319_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
