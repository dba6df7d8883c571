"""`FRESH292`, the two-hundred-and-ninety-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them: a fisherman, laconic with sea talk now
and then; a French speaker writing English with small slips (object names right); a receptionist, polite and
efficient; a ten-year-old, excited, in simple words; a retiree, relaxed and chatty; and a plain, ordinary adult
with no quirks at all.
- fisherman: "stow the red block in the blue bowl. that's all."
- french3: "I would like that the blue block is in the red bowl, please."
- receptionist: "Could you please move the green block to the middle of the table? Thank you."
- kid: "i want a super tall tower with ALL the blocks!!! all of them in one tower"
- retiree: "Well now, the pink bowl ought to be empty by the end of all this. That's the main thing, really."
- plain73: "Both the red block and the yellow block should be in the green bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d29c621, the code of 314adaa, before anything it could prompt): 0.8667
goal-correct (260 of 300), 40 refused, no question, no wrong action. The refusals: a retiree's 'I'd have you take X out
of W and just set it down on the table, if that's alright with you.', 'Well now, W ought to be empty by the end of all
this. That's the main thing, really.', 'What I'd really like is for the table to be cleared off, all the blocks on it
into the bin. The bowls can stay just as they are, with whatever's in them.', '... and leave them on the table? Any old
spot on the table is fine by me.', 'Could you clear out W for me? Not into the bin though, mind, ...', 'I'd like X put
in the bin, but please leave W just as it is, with whatever's in it.' and 'Could you put the blocks that have a matching
bowl into those bowls, the same colour I mean, and leave the rest of them just where they are?', a kid's 'put the block
thats all the way on the left in the bin!!'.
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

_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    """(text, check) for an action, or None when the goal already holds in the scene."""
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _the(name: str) -> str:
    return f"the {name}"


def _below(s: SymState, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _height(s: SymState, block: str) -> int:
    """How high `block` stands in its tower (1 on the ground)."""
    return 1 + len(_below(s, block))


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can end up directly on `below` (a tower on the table, not too tall)."""
    s = w.state
    return (top != below and top not in _below(s, below) and s.base(below) in _GROUND
            and _height(s, below) < layout.MAX_TOWER)


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _free_bowls(w: World, block: str) -> list[str]:
    """Bowls that `block` is not in and that have room for it."""
    return [b for b in w.bowls if w.state.base(block) != b and _room(w, b) > 0]


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _on(top: str, below: str) -> Check:
    return rels(Rel("on", top, below))


def _at(block: str, place: str) -> Check:
    return rels(Rel("at", block, place))


def _on_table(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _place_words(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _unique_nearest(w: World, blocks: list[str], dist, margin: float = 0.03) -> str | None:
    """The block with the smallest `dist`, if it wins by `margin` (stacked blocks tie, so they never win)."""
    if len(blocks) < 2:
        return blocks[0] if blocks else None
    ranked = sorted(blocks, key=dist)
    return ranked[0] if dist(ranked[1]) - dist(ranked[0]) > margin else None


# ----- imperative ------------------------------------------------------------------------------------
def t292_imp_fisherman(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    bowls = _free_bowls(w, block[0])
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"stow {_the(block[0])} in {_the(bowl)}. that's all.", _in(block[0], bowl))


def t292_imp_french3(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please, put {_the(a)} on the top of {_the(b)}.", _on(a, b))


def t292_imp_receptionist(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"Could you please move {_the(block[0])} to {_place_words(place)}? Thank you.",
                 _at(block[0], place))


def t292_imp_kid(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    return _made(w, f"throw {_the(a)} in the bin!!! and {_the(b)} too", binned([a, b]))


def t292_imp_retiree(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    block = w.rng.choice(inside)
    bowl = w.state.base(block)
    return _made(w, f"Right, let's see. I'd have you take {_the(block)} out of {_the(bowl)} and just set it down on "
                    "the table, if that's alright with you.", _on_table(block))


def t292_imp_plain73(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    a, b, c = (w.colour(x) for x in three)
    return _made(w, f"Make a tower out of the {a}, {b} and {c} blocks.", rels(Rel("tower", *three)))


# ----- declarative -----------------------------------------------------------------------------------
def t292_dec_fisherman(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    return _made(w, f"{_the(block[0])} belongs in the bin.", binned(block))


def t292_dec_french3(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {w.colour(a)} block must be on the {w.colour(b)} block, at the end.", _on(a, b))


def t292_dec_receptionist(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"The {w.colour(block[0])} block should be in {_place_words(place)}, please.",
                 _at(block[0], place))


def t292_dec_kid(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    top, mid, bottom = three
    s = w.state
    if top in _below(s, bottom) or mid in _below(s, bottom) or s.base(bottom) not in _GROUND:
        return None
    if _height(s, bottom) + 2 > layout.MAX_TOWER:
        return None
    return _made(w, f"{_the(top)} goes on {_the(mid)} and {_the(mid)} goes on {_the(bottom)}!!",
                 _on(top, mid), _on(mid, bottom))


def t292_dec_retiree(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Well now, {_the(bowl)} ought to be empty by the end of all this. That's the main thing, "
                    "really.", empty(bowl))


def t292_dec_plain73(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    bowl = w.rng.choice(w.bowls)
    need = sum(1 for b in two if w.state.base(b) != bowl)
    if need > _room(w, bowl):
        return None
    a, b = two
    return _made(w, f"Both {_the(a)} and {_the(b)} should be in {_the(bowl)}.", _in(a, bowl), _in(b, bowl))


# ----- desiderative ----------------------------------------------------------------------------------
def t292_des_fisherman(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"want {_the(a)} on the {w.colour(b)} one.", _on(a, b))


def t292_des_french3(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    bowls = _free_bowls(w, block[0])
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"I would like that {_the(block[0])} is in {_the(bowl)}, please.", _in(block[0], bowl))


def t292_des_receptionist(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) in _GROUND]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"I'd like {_the(top)} taken off {_the(below)} and put down on the table, please.",
                 _on_table(top))


def t292_des_kid(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "i want a super tall tower with ALL the blocks!!! all of them in one tower",
                 rels(Rel("tower", *w.blocks)))


def t292_des_retiree(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    inside = s.in_bowls()
    if not table or len(table) > 4:
        return None
    return _made(w, "What I'd really like is for the table to be cleared off, all the blocks on it into the bin. "
                    "The bowls can stay just as they are, with whatever's in them.", binned(table), kept(*inside))


def t292_des_plain73(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    s = w.state
    if not any(sum(1 for x in two if s.base(x) != bowl) <= _room(w, bowl) for bowl in w.bowls):
        return None

    def same_bowl(_i: SymState, f: SymState) -> bool:
        return f.base(a) in f.bowls and f.base(a) == f.base(b)

    return _made(w, f"My goal is to have {_the(a)} and {_the(b)} in the same bowl.", same_bowl)


# ----- quantified ------------------------------------------------------------------------------------
def t292_qua_fisherman(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"haul every block into {_the(bowl)}.", rels(*(Rel("in", b, bowl) for b in w.blocks)))


def t292_qua_french3(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Please put exactly two blocks in {_the(bowl)}, not more, not less.", count_in(bowl, 2))


def t292_qua_receptionist(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or any(s.in_bowl(b) for b in w.bowls) or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "Could you place one block in each bowl, please? Any blocks will do.",
                 *(count_in(b, 1) for b in w.bowls))


def t292_qua_kid(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"move all the blocks to {_place_words(place)}!! every single one",
                 rels(*(Rel("at", b, place) for b in w.blocks)))


def t292_qua_retiree(w: World) -> Made:
    inside = w.in_bowls()
    if len(inside) < 2:
        return None
    return _made(w, "Would you take each of the blocks out of the bowls and leave them on the table? Any old spot "
                    "on the table is fine by me.", _on_table(*inside))


def t292_qua_plain73(w: World) -> Made:
    if any(w.state.base(b) == BIN for b in w.blocks) or len(w.blocks) < 3:
        return None

    def two_binned(_i: SymState, f: SymState) -> bool:
        return sum(1 for b in f.blocks if f.base(b) == BIN) == 2

    return _made(w, "Put two of the blocks in the bin. Any two, I don't mind which.", two_binned)


# ----- negated ---------------------------------------------------------------------------------------
def t292_neg_fisherman(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    keep = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != keep]
    return _made(w, f"everything in the bin but {_the(keep)}.", binned(rest), none_binned([keep]))


def t292_neg_french3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    keep = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != keep]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Put all the blocks in {_the(bowl)}, except {_the(keep)}. This one, no.",
                 rels(*(Rel("in", b, bowl) for b in rest)), _not(Rel("in", keep, bowl)))


def t292_neg_receptionist(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    avoid = w.rng.choice([b for b in w.blocks if b != block])
    options = [b for b in w.blocks if b not in (block, avoid) and _stackable(w, block, b)]
    if not options:
        return None
    others = [b for b in w.blocks if b not in (block, avoid)]

    def on_other(_i: SymState, f: SymState) -> bool:
        return f.support[block] in others

    return _made(w, f"Could you please place {_the(block)} on top of one of the other blocks? Any of them is fine, "
                    f"just not {_the(avoid)}. Thank you!", on_other)


def t292_neg_kid(w: World) -> Made:
    left_out = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != left_out]
    if not 2 <= len(rest) <= layout.MAX_TOWER:
        return None

    def apart(_i: SymState, f: SymState) -> bool:
        return f.support[left_out] not in rest

    return _made(w, f"make a tower out of all the blocks but NOT {_the(left_out)}!!! that one stays out of it",
                 rels(Rel("tower", *rest)), apart)


def t292_neg_retiree(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Could you clear out {_the(bowl)} for me? Not into the bin though, mind, I'm not done with "
                    "those blocks yet.", empty(bowl), none_binned(inside))


def t292_neg_plain73(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    block = w.rng.choice(_loose(w))
    avoid = w.rng.choice(w.bowls)
    if not [b for b in _free_bowls(w, block) if b != avoid]:
        return None

    def other_bowl(_i: SymState, f: SymState) -> bool:
        return f.base(block) in f.bowls and f.base(block) != avoid

    return _made(w, f"Put {_the(block)} in a bowl, but not {_the(avoid)}.", other_bowl)


# ----- relative --------------------------------------------------------------------------------------
def t292_rel_fisherman(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"block sitting on {_the(below)}. into the bin with it.", binned([top]))


def t292_rel_french3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = _free_bowls(w, below)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Put the block which is under {_the(top)} in {_the(bowl)}, please.", _in(below, bowl))


def t292_rel_receptionist(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    block = _unique_nearest(w, _loose(w), lambda b: w.dist(b, bowl))
    if block is None:
        return None
    return _made(w, f"Please move the block closest to {_the(bowl)} into the bin. Thank you.", binned([block]))


def t292_rel_kid(w: World) -> Made:
    block = _unique_nearest(w, _loose(w), w.y, margin=0.04)
    if block is None:
        return None
    return _made(w, "put the block thats all the way on the left in the bin!!", binned([block]))


def t292_rel_retiree(w: World) -> Made:
    lonely = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not lonely:
        return None
    bowl = w.rng.choice(lonely)
    block = w.state.in_bowl(bowl)[0]
    targets = [b for b in w.blocks if _stackable(w, block, b)]
    if not targets:
        return None
    target = w.rng.choice(targets)
    return _made(w, f"That block sitting all on its own in {_the(bowl)}, could you pop it on top of {_the(target)} "
                    "for me?", _on(block, target))


def t292_rel_plain73(w: World) -> Made:
    bx, by = layout.BIN_CENTER

    def to_bin(b: str) -> float:
        x, y, _z = w.scene.get(b).position
        return ((x - bx) ** 2 + (y - by) ** 2) ** 0.5

    block = _unique_nearest(w, _loose(w), to_bin)
    if block is None:
        return None
    bowls = _free_bowls(w, block)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Move the block nearest the bin into {_the(bowl)}.", _in(block, bowl))


# ----- keep ------------------------------------------------------------------------------------------
def t292_keep_fisherman(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    keep = w.rng.choice(outside)
    return _made(w, f"empty {_the(bowl)} into the bin. leave {_the(keep)} be.", binned(inside), kept(keep))


def t292_keep_french3(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    a, b, keep = three
    s = w.state
    if keep in s.above(a) or keep in s.above(b) or s.support[keep] in (a, b):
        return None
    if s.base(keep) == BIN:
        return None
    return _made(w, f"Make a tower with {_the(a)} and {_the(b)}, but let {_the(keep)} where it is.",
                 rels(Rel("tower", a, b)), kept(keep))


def t292_keep_receptionist(w: World) -> Made:
    s = w.state
    blocks = [b for b in _loose(w) if s.is_clear(b)]
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    bowls = _free_bowls(w, block)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    others = [b for b in w.blocks if b != block]
    return _made(w, f"Please put {_the(block)} in {_the(bowl)}, and kindly leave everything else exactly where it "
                    "is.", _in(block, bowl), kept(*others))


def t292_keep_kid(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    a, b, keep = three
    s = w.state
    if not _stackable(w, a, b) or keep in s.above(a) or keep in s.above(b) or s.base(keep) == BIN:
        return None
    return _made(w, f"put {_the(a)} on {_the(b)} but dont touch {_the(keep)}!!", _on(a, b), kept(keep))


def t292_keep_retiree(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    block = w.rng.choice(outside)

    def same_bowl(i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl))

    return _made(w, f"I'd like {_the(block)} put in the bin, but please leave {_the(bowl)} just as it is, with "
                    "whatever's in it.", binned([block]), same_bowl, kept(*inside))


def t292_keep_plain73(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    movers = [b for b in _loose(w) if b not in (top, below) and b not in _below(s, top)]
    if not movers:
        return None
    block = w.rng.choice(movers)
    place = w.rng.choice(PLACES)
    return _made(w, f"Move {_the(block)} to {_place_words(place)}, but keep {_the(top)} on {_the(below)}.",
                 _at(block, place), _on(top, below))


# ----- multi-step ------------------------------------------------------------------------------------
def t292_multi_fisherman(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    gone, a, b = three
    if not _stackable(w, a, b):
        return None
    return _made(w, f"first {_the(gone)} in the bin. then {_the(a)} on the {w.colour(b)} one.",
                 binned([gone]), _on(a, b))


def t292_multi_french3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    block = w.rng.choice(inside)
    bowl = w.state.base(block)
    targets = [b for b in w.blocks if _stackable(w, block, b)]
    if not targets:
        return None
    target = w.rng.choice(targets)
    return _made(w, f"First you take {_the(block)} out of {_the(bowl)}, after you put it on {_the(target)}.",
                 _on(block, target), _not(Rel("in", block, bowl)))


def t292_multi_receptionist(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    block = w.rng.choice(outside)
    return _made(w, f"Could you first empty {_the(bowl)} into the bin, and then put {_the(block)} in {_the(bowl)}? "
                    "Thank you.", binned(inside), _in(block, bowl))


def t292_multi_kid(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if not three:
        return None
    a, b, top = three

    def top_last(_i: SymState, f: SymState) -> bool:
        return f.support[top] in (a, b) and not [x for x in f.on_top(top) if x in (a, b)]

    return _made(w, f"first make a tower with {_the(a)} and {_the(b)} then put {_the(top)} on the top of it!!!",
                 rels(Rel("tower", a, b, top)), top_last)


def t292_multi_retiree(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    first, second = two
    bowls = _free_bowls(w, second)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    place = w.rng.choice(PLACES)
    return _made(w, f"Let's do this in steps, if you don't mind. To start, move {_the(first)} over to "
                    f"{_place_words(place)}. After that, {_the(second)} can go in {_the(bowl)}. And then we'll call "
                    "it a day.", _at(first, place), _in(second, bowl))


def t292_multi_plain73(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    block = w.rng.choice(outside)
    return _made(w, f"Take everything out of {_the(bowl)} and put it on the table, then put {_the(block)} in "
                    f"{_the(bowl)}.", _on_table(*inside), _in(block, bowl))


# ----- questions -------------------------------------------------------------------------------------
def t292_q_fisherman(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"how many blocks in {_the(bowl)}?", answered(str(len(w.state.in_bowl(bowl))))


def t292_q_french3(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    return f"Is {_the(block)} in {_the(bowl)}? I cannot see well.", answered(yes(w.state.base(block) == bowl))


def t292_q_receptionist(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
    else:
        two = [(a, b) for a in w.blocks for b in w.blocks if a != b and a not in w.state.above(b)]
        if not two:
            return None
        top, below = w.rng.choice(two)
    on = w.state.support[top] == below
    return (f"Could you tell me whether {_the(top)} is on {_the(below)}? And how many bowls are there on the "
            "table?", answered(f"{yes(on)}|{len(w.bowls)}"))


def t292_q_kid(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        return f"whats on top of {_the(below)}??", answered(top)
    clear = [b for b in _loose(w) if w.state.is_clear(b)]
    if not clear:
        return None
    return f"whats on top of {_the(w.rng.choice(clear))}??", answered("nothing")


def t292_q_retiree(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.on_the_table())
    if n == 0:
        return None
    anything = bool(w.state.in_bowl(bowl))
    return (f"Is there anything in {_the(bowl)} at the moment? And how many blocks are sitting on the table, not "
            "counting the ones in the bowls?", answered(f"{yes(anything)}|{n}"))


def t292_q_plain73(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    block = w.rng.choice(inside)
    return f"Which bowl is {_the(block)} in?", answered(w.state.base(block))


# ----- colour matching -------------------------------------------------------------------------------
def t292_match_fisherman(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "sort 'em by colour. any block with a bowl of its own colour goes in that bowl.", rels(*want))


def t292_match_french3(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    rel = w.rng.choice(want)
    return _made(w, f"Put {_the(rel.block)} in the bowl which has the same colour, please.", rels(rel))


def t292_match_receptionist(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or len(rest) > 4:
        return None
    return _made(w, "Please put each block whose colour matches a bowl into that bowl, and the remaining blocks in "
                    "the bin. Many thanks.", rels(*want), binned(rest))


def t292_match_kid(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    rel = w.rng.choice(want)
    return _made(w, f"find the block thats the same colour as {_the(rel.target)} and put it in there!!", rels(rel))


def t292_match_retiree(w: World) -> Made:
    s = w.state
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    moving = [r.block for r in want if not holds(r, s)]
    if not moving or any(x in s.above(m) for m in moving for x in rest):
        return None
    return _made(w, "Could you put the blocks that have a matching bowl into those bowls, the same colour I mean, "
                    "and leave the rest of them just where they are?", rels(*want), kept(*rest))


def t292_match_plain73(w: World) -> Made:
    s = w.state
    if not any(w.colour(s.base(b)) != w.colour(b) for b in s.in_bowls()):
        return None

    def no_mismatch(_i: SymState, f: SymState) -> bool:
        return all(f.colours[f.base(b)] == f.colours[b] for b in f.in_bowls())

    return _made(w, "No block should be left in a bowl of a different colour.", no_mismatch)


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("fisherman", "french3", "receptionist", "kid", "retiree", "plain73")
FRESH292: list[Template] = [
    (f"t292_{short}_{style}", category, globals()[f"t292_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
