"""`FRESH194`, the hundred-and-ninety-fifth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing into the robot's chat window in
their own plain words. A radio host chats to "folks", a scout leader rallies the "team", a retired teacher asks
"would you be so kind", a gamer writes lower-case "lol" and "gg", a chemist "transfers" blocks in numbered steps and
a market trader shouts "chuck it in". They ask for the everyday jobs: a block into a bowl, onto another block or a
named place, towers, sorting blocks into the bowls of their colour, binning blocks, leaving some things as they are,
and one or two plain questions about the table. The checks accept any order and any free choice the words leave
open (where a block that is in the way goes, which blocks make up a count), require the gripper to end empty, and
refuse any block thrown in the bin that the message did not send there. The six styles:

- radio: "Alright folks, let's get the red block into the blue bowl, nice and easy!"
- scout: "Right, team, stack the cyan block on the orange block, but the blue block stays exactly where it is."
- teacher: "Would you be so kind as to tell me what the green block is resting on?"
- gamer: "move every block except the red block to the middle lol"
- chemist: "Transfer every block currently in the blue bowl to the bottom right corner."
- trader: "Oi, the bowl what's got the red block in it: chuck the green block in there an' all!"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 88fb887, the code of 2c7c312, before anything it could prompt): 0.77
goal-correct (231 of 300), 49 refused, 10 asked, no wrong action. Ten wrong replies: "how many blocks are there? also is
there a X lol" answered only the second question; "Oi, how many bowls we got out, and is anything sat on top of X?" was
not answered. It asked on "Right, team, the block in W: it's off to the bottom left corner!", "Transfer the block at the
very top of the stack containing X into W." and "Oi, the bowl what's got X in it: chuck Y in there an' all!". The
refusals: "Kindly note how the table ought to look when you have finished: ...", "Make it so W's got X in it and Y's
sat on Z, sharpish!", "everyone into W: all four blocks, no stragglers!", "put every block in its own corner lol, one
block per corner", "Every block that ain't in a bowl, chuck it in the bin, the lot of 'em!", "Get rid of every block
that ain't pink or orange", "the block thats closest to W (not the ones inside it)", "find the bowl that's the same
colour as X and pop X in it!", "Pink block in the pink bowl, sharpish, colours together!".
"""

from __future__ import annotations

from collections.abc import Iterable

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, both, count_in, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = [p for p in PLACES if p.endswith("corner")]
_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- helpers ----------------------------------------------------------------------------------------
def _the(name: str) -> str:
    return f"the {name}"


def _one(w: World, items: Iterable[str]) -> str | None:
    items = list(items)
    return w.rng.choice(items) if items else None


def _room(s: SymState, bowl: str) -> int:
    """How many more blocks the bowl takes."""
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _needs(s: SymState, bowl: str, *blocks: str) -> int:
    """How many of `blocks` are not in the bowl yet."""
    return sum(1 for b in set(blocks) if s.base(b) != bowl)


def _depth(s: SymState, block: str) -> int:
    """How many blocks are below `block` in its tower."""
    n, cur = 0, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _fits_on(s: SymState, top: str, below: str, extra: int = 1) -> bool:
    """Whether `extra` blocks (the first `top`) can go on `below` without a too tall tower or an overfull bowl."""
    if top == below or _depth(s, below) + 1 + extra > layout.MAX_TOWER:
        return False
    base = s.base(below)
    return base not in s.bowls or _room(s, base) >= extra


def _act(w: World, text: str, goal: Check, binnable: Iterable[str] = ()) -> Made:
    """An action: the goal must not hold yet; at the end nothing is held and no block the message did not send to
    the bin is in it."""
    if goal(w.state, w.state):
        return None
    allowed = set(binnable)

    def check(i: SymState, f: SymState) -> bool:
        if f.held is not None:
            return False
        if any(f.base(b) == BIN and i.base(b) != BIN and b not in allowed for b in f.blocks):
            return False
        return goal(i, f)

    return text, check


def _not_on_block(block: str) -> Check:
    """The block stands at the bottom of its tower (on the table, a place or in a bowl)."""
    return lambda _i, f: f.support[block] not in f.support and f.support[block] != BIN


def _on_table(block: str) -> Check:
    return rels(Rel("on_table", block))


def _same_base(blocks: Iterable[str]) -> Check:
    names = list(blocks)
    return lambda i, f: all(f.base(b) == i.base(b) for b in names)


def _open_pairs(w: World) -> list[Rel]:
    """Matching (block, same-coloured bowl) relations that do not hold yet."""
    return [r for r in matching(w) if not holds(r, w.state)]


def _pairs_fit(w: World, want: list[Rel]) -> bool:
    s = w.state
    return all(_room(s, r.target) >= 1 for r in want if not holds(r, s))


# ----- imperative ---------------------------------------------------------------------------------------
def t194_imp_radio(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if _room(s, c) >= 1])
    b = _one(w, [x for x in w.blocks if s.base(x) != bowl]) if bowl else None
    if bowl is None or b is None:
        return None
    return _act(w, f"Alright folks, let's get {_the(b)} into {_the(bowl)}, nice and easy!", rels(Rel("in", b, bowl)))


def t194_imp_scout(w: World) -> Made:
    s = w.state
    a = _one(w, w.blocks)
    b = _one(w, [x for x in w.blocks if a and _fits_on(s, a, x)])
    if a is None or b is None:
        return None
    return _act(w, f"Right, team! Pop {_the(a)} on top of {_the(b)}, please.", rels(Rel("on", a, b)))


def t194_imp_teacher(w: World) -> Made:
    a, corner = _one(w, w.blocks), _one(w, _CORNERS)
    if a is None or corner is None:
        return None
    text = f"Would you be so kind as to place {_the(a)} in the {corner}? Thank you ever so much."
    return _act(w, text, rels(Rel("at", a, corner)))


def t194_imp_gamer(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None:
        return None
    return _act(w, f"yo move {_the(a)} to the middle lol", rels(Rel("at", a, "middle")))


def t194_imp_chemist(w: World) -> Made:
    pick = w.pick(w.blocks, 2)
    if not pick:
        return None
    a, b = pick
    return _act(w, f"Please transfer {_the(a)} and {_the(b)} into the bin.", binned([a, b]), binnable=[a, b])


def t194_imp_trader(w: World) -> Made:
    s = w.state
    pick = w.pick(w.blocks, 2)
    bowl = _one(w, [c for c in w.bowls if pick and _room(s, c) >= _needs(s, c, *pick)])
    if not pick or bowl is None:
        return None
    a, b = pick
    text = f"Oi! Chuck {_the(a)} and {_the(b)} in {_the(bowl)}, go on!"
    return _act(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- declarative --------------------------------------------------------------------------------------
def t194_dec_radio(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if _room(s, c) >= 1])
    a = _one(w, [x for x in w.blocks if s.base(x) != bowl]) if bowl else None
    b = _one(w, [x for x in w.blocks if x != a])
    place = _one(w, PLACES)
    if bowl is None or a is None or b is None or place is None:
        return None
    text = f"Here's how we want it, folks: {_the(a)} is sitting in {_the(bowl)} and {_the(b)} is over in the {place}."
    return _act(w, text, rels(Rel("in", a, bowl), Rel("at", b, place)))


def t194_dec_scout(w: World) -> Made:
    pick = w.pick(w.blocks, 2)
    if not pick:
        return None
    a, b = pick
    text = f"Right, team, here's the finished camp: {_the(b)} is standing on the table with {_the(a)} on top of it."
    return _act(w, text, rels(Rel("on_table", b), Rel("on", a, b)))


def t194_dec_teacher(w: World) -> Made:
    s = w.state
    b = _one(w, [x for x in w.blocks if s.support[x] != TABLE])
    a = _one(w, [x for x in w.blocks if x != b])
    if a is None or b is None:
        return None
    text = (f"Kindly note how the table ought to look when you have finished: {_the(a)} is in the bin, and "
            f"{_the(b)} sits directly on the table.")
    return _act(w, text, rels(Rel("in_bin", a), Rel("on_table", b)), binnable=[a])


def t194_dec_gamer(w: World) -> Made:
    s = w.state
    c = _one(w, [x for x in w.blocks if s.support[x] == TABLE])
    pick = w.pick([x for x in w.blocks if x != c], 2)
    if c is None or not pick:
        return None
    a, b = pick
    text = f"end state: {a} on {b}, {b} on {c}. gg"
    return _act(w, text, rels(Rel("on", a, b), Rel("on", b, c)))


def t194_dec_chemist(w: World) -> Made:
    s = w.state
    b = _one(w, [x for x in w.blocks if not s.is_clear(x)])
    a = _one(w, [x for x in w.blocks if x != b])
    corner = _one(w, _CORNERS)
    if a is None or b is None or corner is None:
        return None
    text = f"Required final state: {_the(a)} rests in the {corner}, and nothing rests on {_the(b)}."
    return _act(w, text, rels(Rel("at", a, corner), Rel("clear", b)))


def t194_dec_trader(w: World) -> Made:
    s = w.state
    pick = w.pick(w.blocks, 2)
    bowl = _one(w, [c for c in w.bowls if pick and _room(s, c) >= _needs(s, c, *pick)])
    if not pick or bowl is None:
        return None
    a, b = pick
    text = f"Right, here's how it's gotta look: {_the(a)} in {_the(bowl)}, {_the(b)} sat right on top of {_the(a)}!"
    return _act(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


# ----- desiderative -------------------------------------------------------------------------------------
def t194_des_radio(w: World) -> Made:
    b, place = _one(w, w.blocks), _one(w, PLACES)
    if b is None or place is None:
        return None
    text = f"I'd love to see {_the(b)} sitting in the {place} by the end of the show, folks!"
    return _act(w, text, rels(Rel("at", b, place)))


def t194_des_scout(w: World) -> Made:
    pick = w.pick(w.blocks, 3)
    if not pick:
        return None
    a, b, c = pick
    text = f"Right, team, I want a tower: {_the(a)} at the bottom, then {_the(b)}, then {_the(c)} right on top!"
    return _act(w, text, both(_not_on_block(a), rels(Rel("on", b, a), Rel("on", c, b))))


def t194_des_teacher(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if _room(s, c) >= 1])
    a = _one(w, [x for x in w.blocks if s.base(x) != bowl]) if bowl else None
    b = _one(w, [x for x in w.blocks if x != a])
    if bowl is None or a is None or b is None:
        return None
    text = f"I would like {_the(a)} placed in {_the(bowl)}, please, and {_the(b)} put in the bin."
    return _act(w, text, rels(Rel("in", a, bowl), Rel("in_bin", b)), binnable=[b])


def t194_des_gamer(w: World) -> Made:
    s = w.state
    a = _one(w, w.blocks)
    b = _one(w, [x for x in w.blocks if x != a])
    c = _one(w, [x for x in w.blocks if x not in (a, b) and b and _fits_on(s, b, x)])
    if a is None or b is None or c is None:
        return None
    text = f"i want {_the(a)} in the bin lol and {_the(b)} on {_the(c)} ez"
    return _act(w, text, rels(Rel("in_bin", a), Rel("on", b, c)), binnable=[a])


def t194_des_chemist(w: World) -> Made:
    pick, corner = w.pick(w.blocks, 2), _one(w, _CORNERS)
    if not pick or corner is None:
        return None
    a, b = pick
    text = f"I'd like {_the(a)} and {_the(b)} both transferred to the {corner}."
    return _act(w, text, rels(Rel("at", a, corner), Rel("at", b, corner)))


def t194_des_trader(w: World) -> Made:
    s = w.state
    pick = w.pick(w.blocks, 3)
    if not pick:
        return None
    a, b, c = pick
    bowl = _one(w, [x for x in w.bowls if _room(s, x) >= (2 if s.base(c) == x else 1) and s.base(a) != x])
    if bowl is None or not _fits_on(s, b, c):
        return None
    text = f"Make it so {_the(bowl)}'s got {_the(a)} in it and {_the(b)}'s sat on {_the(c)}, sharpish!"
    return _act(w, text, rels(Rel("in", a, bowl), Rel("on", b, c)))


# ----- quantified ---------------------------------------------------------------------------------------
def t194_qua_radio(w: World) -> Made:
    extra = ", the ones in the bowls too" if w.in_bowls() else ""
    text = f"Folks, let's clear the lot: every single block goes in the bin{extra}!"
    return _act(w, text, binned(w.blocks), binnable=w.blocks)


def t194_qua_scout(w: World) -> Made:
    n = len(w.blocks)
    bowl = _one(w, w.bowls)
    if n > layout.BOWL_CAPACITY or bowl is None:
        return None
    text = f"Right, team, everyone into {_the(bowl)}: all {_NUMBERS[n]} blocks, no stragglers!"
    return _act(w, text, rels(*(Rel("in", b, bowl) for b in w.blocks)))


def t194_qua_teacher(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if not s.in_bowl(c)])
    n = w.rng.choice([2, 3])
    if bowl is None or n > len(w.blocks):
        return None
    word = _NUMBERS[n]
    text = f"Would you be so kind as to put {word} blocks, any {word} you like, into {_the(bowl)}?"
    return _act(w, text, count_in(bowl, n))


def t194_qua_gamer(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > len(_CORNERS):
        return None

    def goal(_i: SymState, f: SymState) -> bool:
        bases = [f.base(b) for b in blocks]
        return all(p in _CORNERS for p in bases) and len(set(bases)) == len(bases)

    return _act(w, "yo put every block in its own corner lol, one block per corner", goal)


def t194_qua_chemist(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if s.in_bowl(c)])
    place = _one(w, PLACES)
    if bowl is None or place is None:
        return None
    inside = s.in_bowl(bowl)
    text = f"Transfer every block currently in {_the(bowl)} to the {place}."
    return _act(w, text, rels(*(Rel("at", b, place) for b in inside)))


def t194_qua_trader(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    text = "Oi! Every block that ain't in a bowl, chuck it in the bin, the lot of 'em!"
    return _act(w, text, both(binned(outside), _same_base(inside)), binnable=outside)


# ----- negated ------------------------------------------------------------------------------------------
def t194_neg_radio(w: World) -> Made:
    s = w.state
    r = _one(w, [x for x in w.blocks if s.support[x] not in s.support])
    if r is None:
        return None
    others = [x for x in w.blocks if x != r]
    text = f"Folks, let's get all the blocks into the bin, all except {_the(r)}: that one stays put."
    return _act(w, text, both(binned(others), kept(r)), binnable=others)


def t194_neg_scout(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if _room(s, c) >= 1])
    a = _one(w, [x for x in w.blocks if s.base(x) != bowl]) if bowl else None
    g = _one(w, [x for x in w.blocks if a and x != a and x not in s.above(a)])
    if bowl is None or a is None or g is None:
        return None
    text = f"Right, team, pop {_the(a)} in {_the(bowl)}, but nobody touch {_the(g)}!"
    return _act(w, text, both(rels(Rel("in", a, bowl)), kept(g)))


def t194_neg_teacher(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    if pair is None:
        return None
    a, b = pair.split("|")
    text = f"Would you be so kind as to take {_the(a)} off {_the(b)}? Please do not put it in the bin."
    return _act(w, text, lambda _i, f: f.support[a] != b)


def t194_neg_gamer(w: World) -> Made:
    r = _one(w, w.blocks)
    if r is None:
        return None
    others = [x for x in w.blocks if x != r]
    text = f"move every block except {_the(r)} to the middle lol"
    goal = both(rels(*(Rel("at", x, "middle") for x in others)), rels(Rel("at", r, "middle", negated=True)))
    return _act(w, text, goal)


def t194_neg_chemist(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if _room(s, c) >= 1])
    a = _one(w, [x for x in w.blocks if s.base(x) != bowl and s.is_clear(x)]) if bowl else None
    if bowl is None or a is None:
        return None
    text = f"Transfer {_the(a)} to {_the(bowl)}. Do not move any other block."
    return _act(w, text, both(rels(Rel("in", a, bowl)), kept(*(x for x in w.blocks if x != a))))


def t194_neg_trader(w: World) -> Made:
    pick = w.pick(w.blocks, 2)
    if not pick:
        return None
    others = [x for x in w.blocks if x not in pick]
    c1, c2 = (w.colour(x) for x in pick)
    text = f"Get rid of every block that ain't {c1} or {c2}, chuck 'em in the bin!"
    return _act(w, text, both(binned(others), none_binned(pick)), binnable=others)


# ----- relative -----------------------------------------------------------------------------------------
def t194_rel_radio(w: World) -> Made:
    s = w.state
    r = _one(w, [x for x in w.blocks if not s.is_clear(x)])
    if r is None:
        return None
    top = s.on_top(r)[0]
    bowl = _one(w, [c for c in w.bowls if _room(s, c) >= 1 and s.base(top) != c])
    if bowl is None:
        return None
    text = f"Folks, see the block sitting right on top of {_the(r)}? Let's get that one into {_the(bowl)}."
    return _act(w, text, rels(Rel("in", top, bowl)))


def t194_rel_scout(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if len(s.in_bowl(c)) == 1])
    corner = _one(w, _CORNERS)
    if bowl is None or corner is None:
        return None
    (x,) = s.in_bowl(bowl)
    text = f"Right, team, the block in {_the(bowl)}: it's off to the {corner}!"
    return _act(w, text, rels(Rel("at", x, corner)))


def t194_rel_teacher(w: World) -> Made:
    s = w.state
    r = _one(w, [x for x in w.blocks if s.support[x] in s.support])
    if r is None:
        return None
    under = s.support[r]
    text = f"Would you be so kind as to put the block directly underneath {_the(r)} into the bin?"
    return _act(w, text, binned([under]), binnable=[under])


def t194_rel_gamer(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    corner = _one(w, _CORNERS)
    if bowl is None or corner is None:
        return None
    ground = sorted((w.dist(bowl, x), x) for x in w.blocks if s.support[x] == TABLE)
    # Blocks in the other bowls may be as close as the bowl's centre less its radius.
    rivals = [w.dist(bowl, c) - layout.BOWL_INNER_RADIUS for c in w.bowls if c != bowl and s.in_bowl(c)]
    rivals += [d for d, _ in ground[1:]]
    if not ground or not s.is_clear(ground[0][1]) or any(d < ground[0][0] + 0.05 for d in rivals):
        return None
    x = ground[0][1]
    extra = " (not the ones inside it)" if s.in_bowl(bowl) else ""
    text = f"move the block thats closest to {_the(bowl)}{extra} to the {corner} lol"
    return _act(w, text, rels(Rel("at", x, corner)))


def t194_rel_chemist(w: World) -> Made:
    s = w.state
    r = _one(w, [x for x in w.blocks if not s.is_clear(x)])
    if r is None:
        return None
    top = s.above(r)[0]
    bowl = _one(w, [c for c in w.bowls if _room(s, c) >= 1 and s.base(top) != c])
    if bowl is None:
        return None
    text = f"Transfer the block at the very top of the stack containing {_the(r)} into {_the(bowl)}."
    return _act(w, text, rels(Rel("in", top, bowl)))


def t194_rel_trader(w: World) -> Made:
    s = w.state
    r = _one(w, [x for x in w.blocks if s.base(x) in s.bowls and _room(s, s.base(x)) >= 1])
    if r is None:
        return None
    bowl = s.base(r)
    g = _one(w, [x for x in w.blocks if s.base(x) != bowl])
    if g is None:
        return None
    text = f"Oi, the bowl what's got {_the(r)} in it: chuck {_the(g)} in there an' all!"
    return _act(w, text, rels(Rel("in", g, bowl)))


# ----- keep ---------------------------------------------------------------------------------------------
def t194_keep_radio(w: World) -> Made:
    s = w.state
    a = _one(w, [x for x in w.blocks if s.is_clear(x)])
    corner = _one(w, _CORNERS)
    if a is None or corner is None:
        return None
    text = f"Folks, let's pop {_the(a)} over in the {corner}, and everything else stays right where it is."
    return _act(w, text, both(rels(Rel("at", a, corner)), kept(*(x for x in w.blocks if x != a))))


def t194_keep_scout(w: World) -> Made:
    s = w.state
    a = _one(w, w.blocks)
    b = _one(w, [x for x in w.blocks if a and _fits_on(s, a, x)])
    if a is None or b is None:
        return None
    k = _one(w, [x for x in w.blocks if x not in (a, b) and x not in s.above(a) + s.above(b)])
    if k is None:
        return None
    text = f"Right, team, stack {_the(a)} on {_the(b)}, but {_the(k)} stays exactly where it is."
    return _act(w, text, both(rels(Rel("on", a, b)), kept(k)))


def t194_keep_teacher(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if s.in_bowl(c)])
    a = _one(w, [x for x in w.blocks if s.base(x) != bowl]) if bowl else None
    if bowl is None or a is None:
        return None
    inside = s.in_bowl(bowl)
    leave = (f"the blocks in {_the(bowl)} as they are" if len(inside) > 1
             else f"{_the(inside[0])} in {_the(bowl)} as it is")
    text = f"Would you be so kind as to put {_the(a)} in the bin? Kindly leave {leave}."
    return _act(w, text, both(binned([a]), kept(*inside)), binnable=[a])


def t194_keep_gamer(w: World) -> Made:
    s = w.state
    pick = w.pick(w.blocks, 2)
    if not pick:
        return None
    a, b = pick
    k = _one(w, [x for x in w.blocks if x not in (a, b) and x not in s.above(a) + s.above(b)])
    if k is None:
        return None
    text = f"put {_the(a)} and {_the(b)} in the bin, keep {_the(k)} where it is lol"
    return _act(w, text, both(binned([a, b]), kept(k)), binnable=[a, b])


def t194_keep_chemist(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if _room(s, c) >= 1])
    a = _one(w, [x for x in w.blocks if s.base(x) != bowl]) if bowl else None
    pick = w.pick([x for x in w.blocks if a and x != a and x not in s.above(a)], 2)
    if bowl is None or a is None or not pick:
        return None
    b, c = pick
    text = f"Transfer {_the(a)} to {_the(bowl)}; {_the(b)} and {_the(c)} must remain exactly where they are."
    return _act(w, text, both(rels(Rel("in", a, bowl)), kept(b, c)))


def t194_keep_trader(w: World) -> Made:
    s = w.state
    a = _one(w, [x for x in w.blocks if s.is_clear(x) and s.support[x] != TABLE])
    if a is None:
        return None
    under = s.support[a]
    where = f"out of {_the(under)}" if under in s.bowls else f"off {_the(under)}"
    text = f"Shift {_the(a)} {where} and down onto the table, and leave the rest be!"
    return _act(w, text, both(_on_table(a), kept(*(x for x in w.blocks if x != a))))


# ----- multi_step ---------------------------------------------------------------------------------------
def t194_multi_radio(w: World) -> Made:
    s = w.state
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    if pair is None:
        return None
    a, b = pair.split("|")
    bowl = _one(w, [c for c in w.bowls if _room(s, c) >= 1 and s.base(b) != c])
    if bowl is None:
        return None
    text = f"First let's get {_the(a)} off {_the(b)}, folks, then pop {_the(b)} into {_the(bowl)}."
    return _act(w, text, both(rels(Rel("in", b, bowl)), lambda _i, f: f.support[a] != b))


def t194_multi_scout(w: World) -> Made:
    pick, corner = w.pick(w.blocks, 3), _one(w, _CORNERS)
    if not pick or corner is None:
        return None
    a, b, c = pick
    text = (f"Right, team: first {_the(a)} goes into the {corner}, then {_the(b)} goes on top of {_the(a)}, "
            f"and last of all {_the(c)} on top of {_the(b)}!")
    return _act(w, text, rels(Rel("at", a, corner), Rel("on", b, a), Rel("on", c, b)))


def t194_multi_teacher(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if _room(s, c) >= 1])
    b = _one(w, [x for x in w.blocks if s.base(x) != bowl]) if bowl else None
    a = _one(w, [x for x in w.blocks if x != b])
    if bowl is None or a is None or b is None:
        return None
    text = (f"Would you be so kind as to first place {_the(a)} in the middle, and after that put {_the(b)} "
            f"in {_the(bowl)}?")
    return _act(w, text, rels(Rel("at", a, "middle"), Rel("in", b, bowl)))


def t194_multi_gamer(w: World) -> Made:
    pick, corner = w.pick(w.blocks, 2), _one(w, _CORNERS)
    if not pick or corner is None:
        return None
    a, b = pick
    text = f"step 1: {a} in the bin. step 2: {b} to the {corner}. gg ez"
    return _act(w, text, rels(Rel("in_bin", a), Rel("at", b, corner)), binnable=[a])


def t194_multi_chemist(w: World) -> Made:
    s = w.state
    pick = w.pick(w.blocks, 3)
    if not pick:
        return None
    a, b, c = pick
    bowl = _one(w, [x for x in w.bowls if _room(s, x) >= _needs(s, x, a, b, c)])
    if bowl is None:
        return None
    text = (f"Step 1: transfer {_the(a)} to {_the(bowl)}. Step 2: transfer {_the(b)} to the same bowl. "
            f"Step 3: place {_the(c)} on top of {_the(b)}.")
    return _act(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl), Rel("on", c, b)))


def t194_multi_trader(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    corner = _one(w, _CORNERS)
    if pair is None or corner is None:
        return None
    a, b = pair.split("|")
    text = f"Shift {_the(a)} off {_the(b)}, then chuck {_the(b)} in the bin, then stick {_the(a)} in the {corner}!"
    return _act(w, text, rels(Rel("in_bin", b), Rel("at", a, corner)), binnable=[b])


# ----- question -----------------------------------------------------------------------------------------
def t194_q_radio(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = _one(w, inside)
        bowl = s.base(a) if a else None
    else:
        a, bowl = _one(w, w.blocks), _one(w, w.bowls)
    if a is None or bowl is None:
        return None
    text = f"Quick one from the folks at home: is {_the(a)} in {_the(bowl)}?"
    return text, answered(yes(s.base(a) == bowl))


def t194_q_scout(w: World) -> Made:
    s = w.state
    bowl = _one(w, [c for c in w.bowls if s.in_bowl(c)])
    if bowl is None:
        return None
    return f"Right, team, head count! How many blocks are in {_the(bowl)}?", answered(str(len(s.in_bowl(bowl))))


def t194_q_teacher(w: World) -> Made:
    s = w.state
    a = _one(w, w.blocks)
    if a is None:
        return None
    sup = s.support[a]
    if sup in s.support:
        prefix = f"{w.colour(sup)}|block"
    elif sup in s.bowls:
        prefix = f"{w.colour(sup)}|bowl"
    elif sup == TABLE:
        prefix = "table"
    else:
        return None
    return f"Would you be so kind as to tell me what {_the(a)} is resting on?", answered(prefix)


def t194_q_gamer(w: World) -> Made:
    present = sorted({w.colour(b) for b in w.blocks})
    absent = [c for c in layout.COLOURS if c not in present]
    colour = _one(w, present if w.rng.random() < 0.5 else absent)
    if colour is None:
        return None
    text = f"how many blocks are there? also is there a {colour} block lol"
    return text, answered(f"{len(w.blocks)}|{yes(colour in present)}")


def t194_q_chemist(w: World) -> Made:
    s = w.state
    r = _one(w, [x for x in w.blocks if not s.is_clear(x)])
    if r is None:
        return None
    top = s.on_top(r)[0]
    return f"Report the colour of the block directly on top of {_the(r)}.", answered(w.colour(top))


def t194_q_trader(w: World) -> Made:
    s = w.state
    g = _one(w, w.blocks)
    if g is None:
        return None
    text = f"Oi, how many bowls we got out, and is anything sat on top of {_the(g)}?"
    return text, answered(f"{len(w.bowls)}|{yes(not s.is_clear(g))}")


# ----- matching -----------------------------------------------------------------------------------------
def t194_match_radio(w: World) -> Made:
    want = matching(w)
    if not _open_pairs(w) or not _pairs_fit(w, want):
        return None
    text = "Folks, let's get every block that has a bowl of the same colour into that bowl!"
    return _act(w, text, rels(*want))


def t194_match_scout(w: World) -> Made:
    r = _one(w, [p for p in _open_pairs(w) if _room(w.state, p.target) >= 1])
    if r is None:
        return None
    b = r.block
    text = f"Right, team, find the bowl that's the same colour as {_the(b)} and pop {_the(b)} in it!"
    return _act(w, text, rels(r))


def t194_match_teacher(w: World) -> Made:
    s = w.state
    want = matching(w)
    matched = [r.block for r in want]
    rest = [b for b in w.blocks if b not in matched]
    open_blocks = [r.block for r in _open_pairs(w)]
    if not open_blocks or not rest or not _pairs_fit(w, want):
        return None
    if any(x in s.above(b) for b in open_blocks for x in rest):
        return None
    text = ("Would you be so kind as to put each block into the bowl of the same colour, where there is one, "
            "and leave the other blocks where they are?")
    return _act(w, text, both(rels(*want), kept(*rest)))


def t194_match_gamer(w: World) -> Made:
    r = _one(w, [p for p in _open_pairs(w) if _room(w.state, p.target) >= 1])
    if r is None:
        return None
    text = f"put the block thats the same colour as {_the(r.target)} into it ez"
    return _act(w, text, rels(r))


def t194_match_chemist(w: World) -> Made:
    want = matching(w)
    matched = [r.block for r in want]
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or not _pairs_fit(w, want):
        return None
    text = ("Sort the samples: transfer each block to the bowl of matching colour, and transfer every block "
            "with no matching bowl to the bin.")
    return _act(w, text, both(rels(*want), binned(rest)), binnable=rest)


def t194_match_trader(w: World) -> Made:
    want = matching(w)
    if not _open_pairs(w) or not _pairs_fit(w, want):
        return None
    listed = ", ".join(f"{r.block} in the {r.target}" for r in want)
    text = f"Oi! {listed[0].upper()}{listed[1:]}, sharpish, colours together!"
    return _act(w, text, rels(*want))


# ----- the batch ----------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("radio", "scout", "teacher", "gamer", "chemist", "trader")
FRESH194: list[Template] = [
    (f"t194_{short}_{style}", category, globals()[f"t194_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
