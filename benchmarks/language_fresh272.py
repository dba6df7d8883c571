"""`FRESH272`, the two-hundred-and-seventy-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing into the chat window in their own plain words.
The jobs are the everyday ones: a block into a bowl, onto another block or a named place, small towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table (one or two in a message). Six kinds of people write them:
- baker: a warm baker who talks of trays and batches: "Tip the whole batch from the blue bowl into the bin, love."
- turkish2: a Turkish speaker writing English with small slips: "Please put the blue block in the bin, but the yellow
  block stay where it is."
- tourist: a curious, slightly lost, polite tourist: "Excuse me, could you put all the blocks in the bin? Every single
  one, please."
- sailor: a sailor with salty talk of decks and hauling: "Heave the red block over the side into the bin, matey!"
- grandma5: a cheerful, chatty grandmother: "Sweetheart, I don't want anything sitting on the blue block, there's a
  dear."
- plain53: a plain, ordinary adult: "Take the red block out of the blue bowl, but don't put it in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on ceac69d, the code of 0b81cdb, before anything it could prompt): 0.7467
goal-correct (224 of 300), 65 refused, 6 wrong actions, 5 wrong replies. The wrong actions: a grandmother's 'My little
goal for today, pet, is to have X sitting in the corner. Isn't that nice?' got the help text (5); a sailor's 'Every bowl
gets exactly one block, no more and no less. Make it so, mate.' left a bowl with two blocks. The wrong replies: a
sailor's 'Is X sitting on Y, or isn't she?' looked for 'Y or is not she' (5). The refusals: a grandmother's 'would you
stack X on top of Y for your old gran? Thank you, pet.', 'I don't want anything sitting on X, there's a dear' and 'that
block all on its own in W, could you put it on top of X for me? Lovely.', a baker's layer cake, 'leave X just where it
is, it's still proving', a sailor's 'X lashed down on top of Y, aye', 'That block sitting nearest the bin, heave it in
there, matey', 'the red block stays put right where she sits, savvy?' and 'Find the bowl that's the same colour as X and
stow X in it, sailor', a Turkish speaker's 'in W there must be exactly two blocks, not more, not less', 'make empty W,
but don't put the blocks to the bin' and 'put in W the block which has same colour with it', a tourist's 'put X in one
of the bowls, but not W? Any other one is fine.'
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
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = list(PLACES[:4])


# ----- helpers ----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """(text, check) for an action, or None when the goal already holds in the scene."""
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _the(name: str) -> str:
    return f"the {name}"


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _height(s: SymState, block: str) -> int:
    """How many blocks stand in `block`'s tower up to and including it."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(s: SymState, top: str, below: str) -> bool:
    """Whether putting `top` on `below` is a plain, possible job: `below` is clear, `top` is not under it, the tower
    stays within `layout.MAX_TOWER` and a bowl holding the tower has room."""
    if top == below or not s.is_clear(below) or top in s.above(below) or s.base(below) == BIN:
        return False
    if s.support[top] == below:
        return False
    if _height(s, below) + 1 > layout.MAX_TOWER:
        return False
    base = s.base(below)
    return base not in s.bowls or base == s.base(top) or _room(s, base) >= 1


def _into(s: SymState, block: str, bowl: str) -> bool:
    """Whether putting `block` in `bowl` is possible and not already done."""
    return s.base(block) != bowl and _room(s, bowl) >= 1


def _loose_table(blocks: list[str]) -> Check:
    """Every block stands on the table (a tower on the table counts)."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _nearest(w: World, point: tuple[float, float], blocks: list[str], margin: float = 0.03) -> str | None:
    """The block nearest `point`, when it is clearly the nearest (by `margin`)."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2) ** 0.5

    ranked = sorted(blocks, key=d)
    if len(ranked) < 2 or d(ranked[1]) - d(ranked[0]) < margin:
        return None
    return ranked[0]


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _stack_pair(w: World) -> tuple[str, str] | None:
    s = w.state
    cands = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(s, a, b)]
    return w.rng.choice(cands) if cands else None


def _bowl_pair(w: World) -> tuple[str, str] | None:
    s = w.state
    cands = [(b, bowl) for b in w.blocks for bowl in w.bowls if _into(s, b, bowl)]
    return w.rng.choice(cands) if cands else None


def _matching_ok(w: World) -> list[Rel] | None:
    """The colour-matching relations, when some are still to do and every bowl has room for what comes in."""
    want = matching(w)
    s = w.state
    todo = [r for r in want if not holds(r, s)]
    if not todo:
        return None
    for bowl in w.bowls:
        if len(s.in_bowl(bowl)) + sum(1 for r in todo if r.target == bowl) > layout.BOWL_CAPACITY:
            return None
    return want


def _unmatched(w: World) -> list[str]:
    colours = {w.colour(b) for b in w.bowls}
    return [b for b in w.blocks if w.colour(b) not in colours]


# ----- imperative ---------------------------------------------------------------------------------------
def t272_imp_baker(w: World) -> Made:
    pair = _bowl_pair(w)
    if not pair:
        return None
    b, bowl = pair
    text = f"Right, love, pop {_the(b)} into {_the(bowl)} for me, like a loaf going into its tin."
    return _made(w, text, rels(Rel("in", b, bowl)))


def t272_imp_turkish2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    text = f"Please take {_the(a)} and put it on the top of {_the(b)}, I need it like this."
    return _made(w, text, rels(Rel("on", a, b)))


def t272_imp_tourist(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(list(PLACES))
    where = "the middle of the table" if place == "middle" else f"the {place} of the table"
    text = f"Excuse me, sorry to bother you, could you move {_the(b)} to {where}, please?"
    return _made(w, text, rels(Rel("at", b, place)))


def t272_imp_sailor(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = f"Heave {_the(b)} over the side into the bin, matey!"
    return _made(w, text, rels(Rel("in_bin", b)))


def t272_imp_grandma5(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    text = f"Sweetheart, would you stack {_the(a)} on top of {_the(b)} for your old gran? Thank you, pet."
    return _made(w, text, rels(Rel("on", a, b)))


def t272_imp_plain53(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Take {_the(a)} off {_the(b)} and put it on the table."
    return _made(w, text, rels(Rel("on_table", a)))


# ----- declarative --------------------------------------------------------------------------------------
def t272_dec_baker(w: World) -> Made:
    pair = _bowl_pair(w)
    if not pair:
        return None
    b, bowl = pair
    text = f"{_the(b).capitalize()} belongs in {_the(bowl)}, dear, same as the dough belongs in its tin."
    return _made(w, text, rels(Rel("in", b, bowl)))


def t272_dec_turkish2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    text = f"{_the(a).capitalize()} must be on {_the(b)}, not in other place."
    return _made(w, text, rels(Rel("on", a, b)))


def t272_dec_tourist(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = f"Sorry if I say this wrong, I am new here: {_the(b)} should be in the middle of the table."
    return _made(w, text, rels(Rel("at", b, "middle")))


def t272_dec_sailor(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = f"{_the(b).capitalize()} goes in the bin. Overboard with her, that's an order."
    return _made(w, text, rels(Rel("in_bin", b)))


def t272_dec_grandma5(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"Now then, dear, {_the(bowl)} ought to be empty by the time you're done, bless you."
    return _made(w, text, empty(bowl))


def t272_dec_plain53(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"{_the(a).capitalize()} should be sitting on {_the(b)}, and {_the(b)} should be on the table."
    return _made(w, text, rels(Rel("on", a, b), Rel("on_table", b)))


# ----- desiderative -------------------------------------------------------------------------------------
def t272_des_baker(w: World) -> Made:
    g, r, b = w.pick(w.blocks, 3)
    text = (f"I'd love a little layer cake out of the blocks: {_the(g)} at the bottom, then {_the(r)}, "
            f"then {_the(b)} on top like the icing.")
    return _made(w, text, rels(Rel("stacked", g, r, b)))


def t272_des_turkish2(w: World) -> Made:
    s = w.state
    for _ in range(6):
        a, b = w.pick(w.blocks, 2)
        bowl = w.rng.choice(w.bowls)
        need = sum(1 for x in (a, b) if s.base(x) != bowl)
        if need and _room(s, bowl) >= need:
            text = f"I want that {_the(a)} and {_the(b)} are both in {_the(bowl)}."
            return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))
    return None


def t272_des_tourist(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = f"I'd like {_the(b)} to go in the bin, if that's all right? Thank you so much."
    return _made(w, text, rels(Rel("in_bin", b)))


def t272_des_sailor(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    text = f"What I'm after is {_the(a)} lashed down on top of {_the(b)}, aye."
    return _made(w, text, rels(Rel("on", a, b)))


def t272_des_grandma5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    text = f"My little goal for today, pet, is to have {_the(b)} sitting in the {corner}. Isn't that nice?"
    return _made(w, text, rels(Rel("at", b, corner)))


def t272_des_plain53(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    text = f"I'd like {_the(bowl)} to have only {_the(b)} in it."
    return _made(w, text, lambda _i, f: sorted(f.in_bowl(bowl)) == [b])


# ----- quantified ---------------------------------------------------------------------------------------
def t272_qua_baker(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"Tip the whole batch from {_the(bowl)} into the bin, love, every last block in it."
    return _made(w, text, binned(w.state.in_bowl(bowl)))


def t272_qua_turkish2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    text = f"Please, in {_the(bowl)} there must be exactly two blocks, not more, not less."
    return _made(w, text, count_in(bowl, 2))


def t272_qua_tourist(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = "Excuse me, could you put all the blocks in the bin? Every single one, please."
    return _made(w, text, binned(w.blocks))


def t272_qua_sailor(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowls = w.bowls
    text = "Every bowl gets exactly one block, no more and no less. Make it so, mate."
    return _made(w, text, lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))


def t272_qua_grandma5(w: World) -> Made:
    free = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not free:
        return None
    bowl = w.rng.choice(free)
    text = f"Could you put three blocks in {_the(bowl)} for me, darling? Any three you like, I'm not fussy."
    return _made(w, text, count_in(bowl, 3))


def t272_qua_plain53(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = "Take every block out of the bowls and put them on the table."
    return _made(w, text, _loose_table(inside))


# ----- negated ------------------------------------------------------------------------------------------
def t272_neg_baker(w: World) -> Made:
    keep = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != keep]
    text = (f"Every block goes in the bin except {_the(keep)}, that one's from my good batch, "
            "so keep it out of there.")
    return _made(w, text, both(binned(others), none_binned([keep])))


def t272_neg_turkish2(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"Please make empty {_the(bowl)}, but don't put the blocks to the bin."
    return _made(w, text, both(empty(bowl), none_binned(inside)))


def t272_neg_tourist(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    s = w.state
    b = w.rng.choice(w.blocks)
    bad = w.rng.choice(w.bowls)
    ok = [bowl for bowl in w.bowls if bowl != bad]
    if not any(_room(s, bowl) >= 1 for bowl in ok):
        return None
    text = f"Could you put {_the(b)} in one of the bowls, but not {_the(bad)}, please? Any other one is fine."
    return _made(w, text, lambda _i, f: f.base(b) in ok)


def t272_neg_sailor(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    left = [b for b in w.blocks if s.base(b) != bowl]
    if not left:
        return None
    out = w.rng.choice(left)
    others = [b for b in w.blocks if b != out]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Every block but {_the(out)} gets stowed in {_the(bowl)}, sailor. Step lively."
    return _made(w, text, both(rels(*(Rel("in", b, bowl) for b in others)), _not(Rel("in", out, bowl))))


def t272_neg_grandma5(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    b = w.rng.choice(covered)
    text = f"Sweetheart, I don't want anything sitting on {_the(b)}, there's a dear."
    return _made(w, text, rels(Rel("clear", b)))


def t272_neg_plain53(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = f"Take {_the(b)} out of {_the(bowl)}, but don't put it in the bin."
    return _made(w, text, both(_not(Rel("in", b, bowl)), _not(Rel("in_bin", b))))


# ----- relative -----------------------------------------------------------------------------------------
def t272_rel_baker(w: World) -> Made:
    s = w.state
    cands = [(a, b, bowl) for a, b in w.pairs() for bowl in w.bowls if _into(s, a, bowl)]
    if not cands:
        return None
    a, b, bowl = w.rng.choice(cands)
    text = (f"Whichever block is sitting right on top of {_the(b)}, move it over to {_the(bowl)}, dear, "
            "like shifting buns onto a fresh tray.")
    return _made(w, text, rels(Rel("in", a, bowl)))


def t272_rel_turkish2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Please put the block which is under {_the(a)} in the bin."
    return _made(w, text, rels(Rel("in_bin", b)))


def t272_rel_tourist(w: World) -> Made:
    s = w.state
    empties = [bowl for bowl in w.bowls if not s.in_bowl(bowl)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    b = _nearest(w, _xy(w, bowl), w.blocks)
    if b is None:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"Excuse me, the block that is closest to {_the(bowl)}, could you move it to the {corner}, please?"
    return _made(w, text, rels(Rel("at", b, corner)))


def t272_rel_sailor(w: World) -> Made:
    b = _nearest(w, layout.BIN_CENTER, w.blocks)
    if b is None:
        return None
    text = "That block sitting nearest the bin, heave it in there, matey."
    return _made(w, text, rels(Rel("in_bin", b)))


def t272_rel_grandma5(w: World) -> Made:
    s = w.state
    singles = [bowl for bowl in w.bowls if len(s.in_bowl(bowl)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    b = s.in_bowl(bowl)[0]
    targets = [t for t in w.blocks if _can_stack(s, b, t)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    text = (f"Darling, that block all on its own in {_the(bowl)}, could you put it on top of {_the(t)} "
            "for me? Lovely.")
    return _made(w, text, rels(Rel("on", b, t)))


def t272_rel_plain53(w: World) -> Made:
    s = w.state
    alone = [b for b in w.blocks if s.is_clear(b) and s.support[b] not in s.support and s.base(b) != BIN]
    if not alone:
        return None
    ref = w.rng.choice(alone)
    b = _nearest(w, _xy(w, ref), [x for x in w.blocks if x != ref])
    if b is None:
        return None
    bowls = [bowl for bowl in w.bowls if _into(s, b, bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Put the block nearest to {_the(ref)} into {_the(bowl)}."
    return _made(w, text, rels(Rel("in", b, bowl)))


# ----- keep ---------------------------------------------------------------------------------------------
def t272_keep_baker(w: World) -> Made:
    pair = _bowl_pair(w)
    if not pair:
        return None
    b, bowl = pair
    others = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not others:
        return None
    k = w.rng.choice(others)
    text = (f"Pop {_the(b)} into {_the(bowl)}, but leave {_the(k)} just where it is, "
            "it's still proving.")
    return _made(w, text, both(rels(Rel("in", b, bowl)), kept(k)))


def t272_keep_turkish2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not others:
        return None
    k = w.rng.choice(others)
    text = f"Please put {_the(b)} in the bin, but {_the(k)} stay where it is, don't move it."
    return _made(w, text, both(rels(Rel("in_bin", b)), kept(k)))


def t272_keep_tourist(w: World) -> Made:
    s = w.state
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    bowls = [bowl for bowl in w.bowls if s.base(a) != bowl and s.base(b) != bowl]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = sorted(s.in_bowl(bowl))

    def same_bowl(i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == inside and all(i.support[x] == f.support[x] for x in inside)

    text = (f"Could you stack {_the(a)} on {_the(b)}? And please don't touch {_the(bowl)}, "
            "keep it exactly how it is.")
    return _made(w, text, both(rels(Rel("on", a, b)), same_bowl))


def t272_keep_sailor(w: World) -> Made:
    s = w.state
    full = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    others = [b for b in w.blocks if b not in inside]
    if not others:
        return None
    k = w.rng.choice(others)
    text = f"Dump everything in {_the(bowl)} into the bin, but {_the(k)} stays put right where she sits, savvy?"
    return _made(w, text, both(binned(inside), kept(k)))


def t272_keep_grandma5(w: World) -> Made:
    s = w.state
    cands = [(a, b) for a in w.blocks for b in w.blocks if s.is_clear(a) and _can_stack(s, a, b)]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    others = [x for x in w.blocks if x != a]
    text = (f"Would you put {_the(a)} on {_the(b)}, dear, and leave everything else just as it is? "
            "I've got it all how I like it.")
    return _made(w, text, both(rels(Rel("on", a, b)), kept(*others)))


def t272_keep_plain53(w: World) -> Made:
    s = w.state
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    others = [x for x in w.blocks if x not in (a, b) and x not in s.above(a)]
    if not others:
        return None
    k = w.rng.choice(others)
    text = f"Put {_the(a)} on {_the(b)} without moving {_the(k)}."
    return _made(w, text, both(rels(Rel("on", a, b)), kept(k)))


# ----- multi-step ---------------------------------------------------------------------------------------
def t272_multi_baker(w: World) -> Made:
    s = w.state
    bowls = [bowl for bowl in w.bowls if _room(s, bowl) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    outside = [b for b in w.blocks if s.base(b) != bowl]
    if len(outside) < 1:
        return None
    r = w.rng.choice(outside)
    g = w.rng.choice([b for b in w.blocks if b != r])
    if s.base(g) == bowl and _room(s, bowl) < 1:
        return None
    text = (f"First pop {_the(r)} in {_the(bowl)}, then set {_the(g)} on top of it, "
            "like a cherry on a bun.")
    return _made(w, text, rels(Rel("in", r, bowl), Rel("on", g, r)))


def t272_multi_turkish2(w: World) -> Made:
    s = w.state
    off = [b for b in w.blocks if s.support[b] not in (TABLE, *PLACES)]
    if not off:
        return None
    r = w.rng.choice(off)
    b = w.rng.choice([x for x in w.blocks if x != r])
    text = f"First you put {_the(r)} on the table, after that put {_the(b)} on {_the(r)}."
    return _made(w, text, rels(Rel("on_table", r), Rel("on", b, r)))


def t272_multi_tourist(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    p, q = w.pick(list(PLACES), 2)

    def where(place: str) -> str:
        return "the middle" if place == "middle" else f"the {place}"

    text = (f"Could you first move {_the(a)} to {where(p)}, and then {_the(b)} to {where(q)}? "
            "Thank you, you are very kind!")
    return _made(w, text, rels(Rel("at", a, p), Rel("at", b, q)))


def t272_multi_sailor(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"First haul {_the(a)} off {_the(b)}, then heave {_the(b)} overboard into the bin."
    return _made(w, text, both(_not(Rel("on", a, b)), rels(Rel("in_bin", b))))


def t272_multi_grandma5(w: World) -> Made:
    s = w.state
    full = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    r = w.rng.choice(outside)
    text = (f"Sweetie, first take everything out of {_the(bowl)} and pop it on the table, "
            f"then put {_the(r)} in {_the(bowl)}. There's a love.")
    return _made(w, text, both(_loose_table(inside), lambda _i, f: f.in_bowl(bowl) == [r]))


def t272_multi_plain53(w: World) -> Made:
    r = w.rng.choice(w.blocks)
    s = w.state
    cands = [(a, b) for a in w.blocks for b in w.blocks if r not in (a, b) and _can_stack(s, a, b)]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    text = f"Put {_the(r)} in the bin, and after that move {_the(a)} onto {_the(b)}."
    return _made(w, text, rels(Rel("in_bin", r), Rel("on", a, b)))


# ----- questions ----------------------------------------------------------------------------------------
def t272_q_baker(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return _ask(f"How many blocks have we got in {_the(bowl)} right now, love? I'm counting my batch.", str(n))


def t272_q_turkish2(w: World) -> Made:
    s = w.state
    direct = [b for b in w.blocks if s.support[b] in s.bowls]
    if not direct:
        return None
    b = w.rng.choice(direct)
    r = w.rng.choice([x for x in w.blocks if x != b])
    top = s.on_top(r)
    first = top[0] if top else "nothing"
    text = f"What is there on {_the(r)}? And in which bowl is {_the(b)}?"
    return _ask(text, f"{first}|{s.support[b]}")


def t272_q_tourist(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return _ask(f"Sorry, I'm a little lost here. Which bowl is {_the(b)} in?", w.state.base(b))


def t272_q_sailor(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = w.state.support[a] == b
    return _ask(f"Is {_the(a)} sitting on {_the(b)}, or isn't she?", yes(flag))


def t272_q_grandma5(w: World) -> Made:
    n = w.state.count_at(TABLE)
    text = "How many blocks are sitting on the table altogether, sweetheart? My eyes aren't what they were."
    return _ask(text, str(n))


def t272_q_plain53(w: World) -> Made:
    s = w.state
    covered = [b for b in w.blocks if not s.is_clear(b)]
    if not covered:
        return None
    g = w.rng.choice(covered)
    b = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    flag = s.base(b) == bowl
    text = f"Is {_the(b)} in {_the(bowl)}? Also, what's on top of {_the(g)}?"
    return _ask(text, f"{yes(flag).lower()}|{s.on_top(g)[0]}")


# ----- matching -----------------------------------------------------------------------------------------
def t272_match_baker(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    text = ("Every block that has a bowl in its own colour goes into that bowl, love, "
            "like matching the cupcakes to their cases.")
    return _made(w, text, rels(*want))


def t272_match_turkish2(w: World) -> Made:
    s = w.state
    by_colour = {w.colour(b): b for b in w.blocks}
    cands = [(by_colour[w.colour(bowl)], bowl) for bowl in w.bowls if w.colour(bowl) in by_colour]
    cands = [(b, bowl) for b, bowl in cands if _into(s, b, bowl)]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    text = f"Please put in {_the(bowl)} the block which has same colour with it."
    return _made(w, text, rels(Rel("in", b, bowl)))


def t272_match_tourist(w: World) -> Made:
    want = _matching_ok(w)
    rest = _unmatched(w)
    if not want or not rest:
        return None
    text = ("Could each block go into the bowl of the same colour, please? And the ones with no bowl "
            "of their colour should go in the bin.")
    return _made(w, text, both(rels(*want), binned(rest)))


def t272_match_sailor(w: World) -> Made:
    s = w.state
    bowl_of = {w.colour(bowl): bowl for bowl in w.bowls}
    cands = [(b, bowl_of[w.colour(b)]) for b in w.blocks if w.colour(b) in bowl_of]
    cands = [(b, bowl) for b, bowl in cands if _into(s, b, bowl)]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    text = f"Find the bowl that's the same colour as {_the(b)} and stow {_the(b)} in it, sailor."
    return _made(w, text, rels(Rel("in", b, bowl)))


def t272_match_grandma5(w: World) -> Made:
    s = w.state
    want = _matching_ok(w)
    if not want:
        return None
    rest = _unmatched(w)
    movers = [r.block for r in want]
    if any(x in s.above(m) for m in movers for x in rest):
        return None
    text = ("Dear, put every block in the bowl that matches its colour, but leave the other ones alone, "
            "won't you?")
    return _made(w, text, both(rels(*want), kept(*rest)))


def t272_match_plain53(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    text = "Put each block in the bowl that's the same colour as it, if there is one."
    return _made(w, text, rels(*want))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("baker", "turkish2", "tourist", "sailor", "grandma5", "plain53")
FRESH272: list[Template] = [
    (f"t272_{short}_{style}", category, globals()[f"t272_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
